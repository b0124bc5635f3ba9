/*
 * The crawl loop: one libuv loop drives one libcurl multi handle through the
 * socket API (socket callback → uv_poll per socket, timer callback →
 * uv_timer, curl_multi_socket_action, completions drained with
 * curl_multi_info_read after every action).  New transfers are added only
 * from the loop, never inside curl callbacks.
 *
 * Politeness: a host gets at most --per-host transfers, and request starts
 * to one host are at least max(--delay, Crawl-delay) apart.  The scheduler
 * walks hosts round-robin, so one huge host cannot starve the others.
 *
 * Durability: the frontier is in the store; writes are batched into one
 * transaction committed every COMMIT_MS or COMMIT_WRITES.  A crash loses at
 * most the open batch; leased rows are requeued on the next start.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <jansson.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "crawl_int.h"

#define COMMIT_MS 500
#define COMMIT_WRITES 200
#define LEASE_BATCH 8
#define CRAWLER_UA_TOKEN "wangjian"

static void schedule(crawl *c);
static void maybe_finish(crawl *c);

const char *crawler_strerror(crawler_result r)
{
    switch (r) {
    case CRAWLER_OK: return "success";
    case CRAWLER_ENOMEM: return "out of memory";
    case CRAWLER_EINVAL: return "invalid option";
    case CRAWLER_EINIT: return "cannot initialise libcurl or libuv";
    case CRAWLER_ESTORE: return "store failure";
    case CRAWLER_EIO: return "cannot write evidence or log file";
    case CRAWLER_EURL: return "invalid URL";
    }
    return "unknown error";
}

void crawler_options_init(crawler_options *o)
{
    memset(o, 0, sizeof(*o));
    o->concurrency = 64;
    o->per_host = 2;
    o->delay_ms = 1000;
    o->depth = -1;
    o->max_bytes = 10u * 1024 * 1024;
    o->timeout_ms = 30000;
    o->progress_fd = -1;
}

/* Record the first fatal error and stop starting new work. */
void crawl_fail(crawl *c, crawler_result r, const char *fmt, ...)
{
    if (c->fatal == CRAWLER_OK) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->err, c->errlen, fmt, ap);
        va_end(ap);
        c->fatal = r;
    }
    c->stopping = 1;
}

/* ---- store batching ---- */

static int txn_touch(crawl *c)
{
    if (!c->in_txn) {
        store_result r = store_begin(c->st);
        if (r != STORE_OK) {
            crawl_fail(c, CRAWLER_ESTORE, "cannot begin a transaction: %s", store_errmsg(c->st));
            return -1;
        }
        c->in_txn = 1;
    }
    c->txn_writes++;
    return 0;
}

static void txn_commit(crawl *c)
{
    if (!c->in_txn)
        return;
    store_result r = store_commit(c->st);
    c->in_txn = 0;
    c->txn_writes = 0;
    if (r != STORE_OK)
        crawl_fail(c, CRAWLER_ESTORE, "cannot commit: %s", store_errmsg(c->st));
}

/* ---- libcurl ↔ libuv glue ---- */

typedef struct {
    uv_poll_t poll;
    curl_socket_t fd;
    crawl *c;
} crawl_sock;

static void drain(crawl *c);

static void sock_closed(uv_handle_t *h)
{
    free(h->data);
}

static void on_poll(uv_poll_t *h, int status, int events)
{
    crawl_sock *s = h->data;
    int flags = 0, running = 0;
    if (status < 0)
        flags = CURL_CSELECT_ERR;
    if (events & UV_READABLE)
        flags |= CURL_CSELECT_IN;
    if (events & UV_WRITABLE)
        flags |= CURL_CSELECT_OUT;
    crawl *c = s->c;
    curl_multi_socket_action(c->multi, s->fd, flags, &running);
    drain(c);
}

static int on_curl_socket(CURL *e, curl_socket_t fd, int action, void *ud, void *sockp)
{
    (void)e;
    crawl *c = ud;
    crawl_sock *s = sockp;
    if (action == CURL_POLL_REMOVE) {
        if (s) {
            uv_poll_stop(&s->poll);
            curl_multi_assign(c->multi, fd, NULL);
            uv_close((uv_handle_t *)&s->poll, sock_closed);
        }
        return 0;
    }
    if (!s) {
        s = calloc(1, sizeof(*s));
        if (!s)
            return -1;
        s->fd = fd;
        s->c = c;
        if (uv_poll_init_socket(&c->loop, &s->poll, fd) != 0) {
            free(s);
            return -1;
        }
        s->poll.data = s;
        curl_multi_assign(c->multi, fd, s);
    }
    int ev = 0;
    if (action & CURL_POLL_IN)
        ev |= UV_READABLE;
    if (action & CURL_POLL_OUT)
        ev |= UV_WRITABLE;
    uv_poll_start(&s->poll, ev, on_poll);
    return 0;
}

static void on_curl_timeout(uv_timer_t *t)
{
    crawl *c = t->data;
    int running = 0;
    curl_multi_socket_action(c->multi, CURL_SOCKET_TIMEOUT, 0, &running);
    drain(c);
}

static int on_curl_timer(CURLM *m, long ms, void *ud)
{
    (void)m;
    crawl *c = ud;
    if (ms < 0)
        uv_timer_stop(&c->curl_timer);
    else
        uv_timer_start(&c->curl_timer, on_curl_timeout, (uint64_t)ms, 0);
    return 0;
}

/* ---- scheduling ---- */

/* The host named name, created with the default delay when new. */
static crawl_host *host_for(crawl *c, const char *name)
{
    crawl_host *h = crawl_hosts_get(&c->hosts, name, 1);
    if (!h)
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
    else if (h->robots_state == ROBOTS_NONE && h->delay_ms < c->opts->delay_ms)
        h->delay_ms = c->opts->delay_ms;
    return h;
}

static int start_xfer(crawl *c, crawl_host *h, crawl_xfer *x)
{
    if (!x) {
        crawl_fail(c, CRAWLER_ENOMEM, "cannot create a transfer");
        return -1;
    }
    if (curl_multi_add_handle(c->multi, x->easy) != CURLM_OK) {
        crawl_xfer_free(x);
        crawl_fail(c, CRAWLER_EINIT, "libcurl refused a transfer");
        return -1;
    }
    c->active++;
    h->active++;
    h->next_start = uv_now(&c->loop) + (uint64_t)h->delay_ms;
    return 0;
}

/* robots.txt URL of the site that url belongs to; caller frees. */
static char *robots_url(const char *url)
{
    CURLU *u = curl_url();
    char *out = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_PATH, "/robots.txt", 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_QUERY, NULL, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0) == CURLUE_OK) {
        char *tmp = NULL;
        if (curl_url_get(u, CURLUPART_URL, &tmp, 0) == CURLUE_OK) {
            out = strdup(tmp);
            curl_free(tmp);
        }
    }
    curl_url_cleanup(u);
    return out;
}

/* Path and query of url, for robots matching; caller frees. */
static char *path_query(const char *url)
{
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    if (!p)
        return strdup("/");
    size_t n = strcspn(p, "#");
    return strndup(p, n);
}

/* Next leased frontier row of h, leasing a batch from the store when the
 * buffer is empty.  Returns 1 with *it filled (caller owns it->url), 0 when
 * the host has nothing queued, -1 on store failure. */
static int host_next(crawl *c, crawl_host *h, store_frontier_item *it)
{
    if (h->buf_pos == h->buf_n) {
        free(h->buf);
        h->buf = NULL;
        h->buf_n = h->buf_pos = 0;
        if (h->queued <= 0 || txn_touch(c) != 0)
            return h->queued <= 0 ? 0 : -1;
        if (store_frontier_take(c->st, h->name, LEASE_BATCH, &h->buf, &h->buf_n) != STORE_OK) {
            crawl_fail(c, CRAWLER_ESTORE, "cannot read the frontier: %s", store_errmsg(c->st));
            return -1;
        }
        h->queued = h->buf_n == 0 ? 0 : h->queued - (long)h->buf_n;
        if (h->queued < 0)
            h->queued = 0;
        if (h->buf_n == 0)
            return 0;
    }
    *it = h->buf[h->buf_pos++];
    return 1;
}

static void finish_item(crawl *c, int64_t id, int state)
{
    if (txn_touch(c) == 0 && store_frontier_finish(c->st, id, state) != STORE_OK)
        crawl_fail(c, CRAWLER_ESTORE, "cannot update the frontier: %s", store_errmsg(c->st));
}

/* Start one transfer for h if robots.txt allows; returns 1 if started. */
static int host_start_one(crawl *c, crawl_host *h)
{
    store_frontier_item it;
    int r;
    while ((r = host_next(c, h, &it)) == 1) {
        char *pq = path_query(it.url);
        int ok = pq && robots_allows(h->rules, CRAWLER_UA_TOKEN, pq);
        free(pq);
        if (ok) {
            crawl_xfer *x = crawl_xfer_new(c, h, it.url, 0);
            if (x) {
                x->frontier_id = it.id;
                x->depth = it.depth;
            }
            free(it.url);
            if (start_xfer(c, h, x) != 0)
                return 0;
            c->started++;
            return 1;
        }
        c->stats->refused++;
        finish_item(c, it.id, STORE_URL_FAILED);
        free(it.url);
    }
    return 0;
}

static int host_runnable(const crawl_host *h)
{
    return !h->blocked && (h->queued > 0 || h->buf_pos < h->buf_n);
}

static void on_sched(uv_timer_t *t)
{
    schedule(t->data);
}

/* Start what politeness allows: passes round-robin over hosts, one start per
 * host per pass, until nothing more can start; then arm the timer for the
 * earliest host whose delay has not passed. */
static void schedule(crawl *c)
{
    const crawler_options *o = c->opts;
    uint64_t wake = UINT64_MAX;
    int progress = 1;
    while (progress && !c->stopping) {
        progress = 0;
        uint64_t now = uv_now(&c->loop);
        size_t n = c->hosts.n;
        for (size_t k = 0; k < n && c->active < o->concurrency; k++) {
            if (o->max_pages > 0 && c->started >= o->max_pages)
                break;
            crawl_host *h = c->hosts.all[(c->hosts.cursor + k) % n];
            if (!host_runnable(h) || h->active >= o->per_host || h->robots_state == ROBOTS_FETCHING)
                continue;
            if (now < h->next_start) {
                wake = h->next_start < wake ? h->next_start : wake;
                continue;
            }
            if (h->robots_state == ROBOTS_NONE) {
                store_frontier_item it;
                if (host_next(c, h, &it) != 1)
                    continue;
                h->buf_pos--;              /* peeked: keep it for later */
                char *ru = robots_url(it.url);
                h->robots_state = ROBOTS_FETCHING;
                crawl_xfer *x = ru ? crawl_xfer_new(c, h, ru, 1) : NULL;
                free(ru);
                progress |= start_xfer(c, h, x) == 0;
                continue;
            }
            progress |= host_start_one(c, h);
        }
        if (n)
            c->hosts.cursor = (c->hosts.cursor + 1) % n;
    }
    if (wake != UINT64_MAX && !c->stopping) {
        uint64_t now = uv_now(&c->loop);
        uv_timer_start(&c->sched_timer, on_sched, wake > now ? wake - now : 0, 0);
    }
    maybe_finish(c);
}

/* ---- completions ---- */

static void log_fetch(crawl *c, const crawl_xfer *x, long status, CURLcode res, double secs)
{
    if (!c->log)
        return;
    json_t *o = json_pack("{s:I, s:s, s:i, s:I, s:f, s:s?, s:b}",
                          "time", (json_int_t)time(NULL), "url", x->url, "status", (int)status,
                          "bytes", (json_int_t)x->body.len, "seconds", secs,
                          "error", res == CURLE_OK ? NULL : (x->errbuf[0] ? x->errbuf : curl_easy_strerror(res)),
                          "robots", x->is_robots);
    if (o) {
        json_dumpf(o, c->log, JSON_COMPACT);
        fputc('\n', c->log);
        json_decref(o);
    }
}

static void robots_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    crawl_host *h = x->host;
    int body_ok = res == CURLE_OK || (res == CURLE_WRITE_ERROR && x->body.overflow);
    if (body_ok && status >= 200 && status < 300)
        h->rules = robots_parse(x->body.data ? x->body.data : "", x->body.len);
    else if (body_ok && status >= 400 && status < 500)
        h->rules = robots_allow_all();
    else
        h->blocked = 1;   /* 5xx or unreachable: RFC 9309 says assume disallow */
    if (!h->blocked && !h->rules) {
        crawl_fail(c, CRAWLER_ENOMEM, "cannot parse robots.txt of %s", h->name);
        return;
    }
    if (h->rules) {
        long cd = robots_crawl_delay(h->rules, CRAWLER_UA_TOKEN);
        if (cd > h->delay_ms)
            h->delay_ms = cd;
    }
    h->robots_state = ROBOTS_READY;
}

static void work_run(uv_work_t *req);
static void work_done(uv_work_t *req, int status);

static int is_html(const char *ctype)
{
    return ctype[0] == '\0' || strncasecmp(ctype, "text/html", 9) == 0 ||
           strncasecmp(ctype, "application/xhtml", 17) == 0;
}

/* Append n bytes to a growing buffer; -1 when out of memory. */
static int grow_append(char **buf, size_t *len, size_t *cap, const char *p, size_t n)
{
    if (*len + n + 1 > *cap) {
        size_t c = *cap ? *cap : 4096;
        while (c < *len + n + 1)
            c *= 2;
        char *b = realloc(*buf, c);
        if (!b)
            return -1;
        *buf = b;
        *cap = c;
    }
    memcpy(*buf + *len, p, n);
    *len += n;
    return 0;
}

/* The response as the WARC record keeps it: the status line and headers as
 * received, describing the body we hold.  libcurl has already decoded the
 * body, so Content-Encoding, Transfer-Encoding and Content-Length are kept
 * under X-Wangjian-Original-* and a true Content-Length is added.  Caller
 * frees; *payload_off is where the body starts. */
static char *warc_response(const crawl_xfer *x, size_t *len, size_t *payload_off)
{
    char *out = NULL;
    size_t n = 0, cap = 0;
    const char *p = x->resp_head.data ? x->resp_head.data : "";
    const char *end = p + x->resp_head.len;
    int err = 0;
    while (p < end && !err) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t ll = eol ? (size_t)(eol - p) + 1 : (size_t)(end - p);
        if (ll <= 2 && (p[0] == '\r' || p[0] == '\n'))
            break;   /* the blank line: headers end */
        if (!strncasecmp(p, "Content-Encoding:", 17) || !strncasecmp(p, "Transfer-Encoding:", 18) ||
            !strncasecmp(p, "Content-Length:", 15))
            err |= grow_append(&out, &n, &cap, "X-Wangjian-Original-", 20);
        err |= grow_append(&out, &n, &cap, p, ll);
        p += ll;
    }
    char cl[64];
    int k = snprintf(cl, sizeof(cl), "Content-Length: %zu\r\n\r\n", x->body.len);
    err |= grow_append(&out, &n, &cap, cl, (size_t)k);
    *payload_off = n;
    if (x->body.len)
        err |= grow_append(&out, &n, &cap, x->body.data, x->body.len);
    if (err) {
        free(out);
        return NULL;
    }
    *len = n;
    return out;
}

static void write_evidence(crawl *c, crawl_xfer *x, char **file, int64_t *off)
{
    if (!c->warc)
        return;
    char *ip = NULL;
    size_t resp_len = 0, payload_off = 0;
    uint64_t offset = 0;
    curl_easy_getinfo(x->easy, CURLINFO_PRIMARY_IP, &ip);
    char *resp = warc_response(x, &resp_len, &payload_off);
    warc_exchange ex = {
        .target_uri = x->url, .ip = ip, .request = x->req_head.data ? x->req_head.data : "",
        .request_len = x->req_head.len, .response = resp, .response_len = resp_len,
        .payload_offset = payload_off, .truncated = x->body.overflow ? "length" : NULL,
    };
    char *name = NULL;
    warc_result r = resp ? warc_write_pair(c->warc, &ex, &name, &offset) : WARC_ENOMEM;
    free(resp);
    if (r != WARC_OK) {
        crawl_fail(c, CRAWLER_EIO, "cannot write WARC evidence for %s: %s", x->url, warc_strerror(r));
        return;
    }
    /* the store keeps an absolute path so `evidence` works from any directory */
    size_t n = strlen(c->warc_dir_abs) + strlen(name) + 2;
    if ((*file = malloc(n)))
        snprintf(*file, n, "%s/%s", c->warc_dir_abs, name);
    free(name);
    *off = (int64_t)offset;
}

static void page_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    if (res != CURLE_OK || status < 200 || status >= 300 || !is_html(x->content_type)) {
        if (x->refused_private)
            c->stats->refused++;
        else if (res != CURLE_OK || status >= 400)
            c->stats->errors++;
        finish_item(c, x->frontier_id, res == CURLE_OK ? STORE_URL_DONE : STORE_URL_FAILED);
        crawl_xfer_free(x);
        return;
    }
    crawl_work *w = calloc(1, sizeof(*w));
    if (!w) {
        crawl_xfer_free(x);
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
        return;
    }
    w->c = c;
    w->x = x;
    w->req.data = w;
    write_evidence(c, x, &w->warc_file, &w->warc_off);
    if (uv_queue_work(&c->loop, &w->req, work_run, work_done) != 0) {
        crawl_xfer_free(x);
        free(w);
        crawl_fail(c, CRAWLER_EINIT, "cannot queue parse work");
        return;
    }
    c->working++;
}

static void drain(crawl *c)
{
    CURLMsg *m;
    int left;
    while (c->multi && (m = curl_multi_info_read(c->multi, &left))) {
        if (m->msg != CURLMSG_DONE)
            continue;
        CURL *e = m->easy_handle;
        CURLcode res = m->data.result;
        crawl_xfer *x = NULL;
        long status = 0;
        double secs = 0;
        curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&x);
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_getinfo(e, CURLINFO_TOTAL_TIME, &secs);
        curl_multi_remove_handle(c->multi, e);
        c->active--;
        x->host->active--;
        log_fetch(c, x, status, res, secs);
        if (x->is_robots) {
            robots_done(c, x, res, status);
            crawl_xfer_free(x);
        } else {
            page_done(c, x, res, status);
        }
    }
    schedule(c);
}

/* ---- parse + rules on the thread pool ---- */

static int in_scope(const crawl *c, const char *url, const char *host)
{
    if (c->scope_re) {
        pcre2_match_data *md = pcre2_match_data_create(4, NULL);
        int rc = md ? pcre2_match(c->scope_re, (PCRE2_SPTR)url, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) : -1;
        pcre2_match_data_free(md);
        return rc >= 0;
    }
    for (size_t i = 0; i < c->n_seed_hosts; i++)
        if (strcmp(c->seed_hosts[i], host) == 0)
            return 1;
    return 0;
}

/* Resolve the page's links to canonical in-scope URLs (worker thread). */
static void collect_links(crawl_work *w)
{
    const crawl *c = w->c;
    const parser_page *pg = w->page;
    if (c->opts->depth >= 0 && w->x->depth >= c->opts->depth)
        return;
    char *base = pg->base_href ? crawler_url_resolve(w->x->url, pg->base_href) : NULL;
    w->links = calloc(pg->n_links ? pg->n_links : 1, sizeof(char *));
    for (size_t i = 0; w->links && i < pg->n_links; i++) {
        char *u = crawler_url_resolve(base ? base : w->x->url, pg->links[i].href);
        char *h = u ? crawler_url_host(u) : NULL;
        if (h && in_scope(c, u, h))
            w->links[w->n_links++] = u;
        else
            free(u);
        free(h);
    }
    free(base);
}

static void work_run(uv_work_t *req)
{
    crawl_work *w = req->data;
    crawl_xfer *x = w->x;
    if (crawler_analyse(x->body.data ? x->body.data : "", x->body.len, x->content_type, x->url,
                        w->c->opts->profiles, w->c->book, &w->page, &w->findings) != CRAWLER_OK) {
        w->parse_error = 1;
        return;
    }
    collect_links(w);
}

static void queue_links(crawl *c, crawl_work *w)
{
    for (size_t i = 0; i < w->n_links && !c->stopping; i++) {
        char *h = crawler_url_host(w->links[i]);
        int added = 0;
        if (!h || txn_touch(c) != 0)
            break;
        if (store_frontier_add(c->st, w->links[i], h, w->x->depth + 1, 0, &added) != STORE_OK) {
            free(h);
            crawl_fail(c, CRAWLER_ESTORE, "cannot add to the frontier: %s", store_errmsg(c->st));
            break;
        }
        if (added) {
            crawl_host *host = host_for(c, h);
            if (!host) {
                free(h);
                break;
            }
            host->queued++;
        }
        free(h);
    }
}

static void save_work(crawl *c, crawl_work *w)
{
    crawl_xfer *x = w->x;
    char *ip = NULL;
    long status = 0;
    curl_easy_getinfo(x->easy, CURLINFO_PRIMARY_IP, &ip);
    curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
    crawler_fetch f = {
        .url = x->url, .host = x->host->name, .status = (int)status,
        .content_type = x->content_type, .body = x->body.data, .body_len = x->body.len,
        .warc_file = w->warc_file, .warc_offset = w->warc_off, .ip = ip,
        .etag = x->etag, .last_modified = x->last_modified,
        .fetched_at = (int64_t)time(NULL), .run_id = c->run_id,
    };
    int64_t page_id = 0;
    if (txn_touch(c) != 0)
        return;
    if (crawler_save(c->st, &f, w->page, &w->findings, &page_id) != CRAWLER_OK) {
        crawl_fail(c, CRAWLER_ESTORE, "cannot store %s: %s", x->url, store_errmsg(c->st));
        return;
    }
    c->stats->pages++;
    c->stats->findings += (long)w->findings.n;
    queue_links(c, w);
}

static void work_free(crawl_work *w)
{
    for (size_t i = 0; i < w->n_links; i++)
        free(w->links[i]);
    free(w->links);
    parser_page_free(w->page);
    rules_findings_clear(&w->findings);
    crawl_xfer_free(w->x);
    free(w->warc_file);
    free(w);
}

static void work_done(uv_work_t *req, int status)
{
    crawl_work *w = req->data;
    crawl *c = w->c;
    c->working--;
    if (status == 0 && !w->parse_error && !c->stopping)
        save_work(c, w);
    else if (w->parse_error)
        c->stats->errors++;
    if (!c->stopping)
        finish_item(c, w->x->frontier_id, w->parse_error ? STORE_URL_FAILED : STORE_URL_DONE);
    work_free(w);
    if (c->txn_writes >= COMMIT_WRITES)
        txn_commit(c);
    schedule(c);
}

/* ---- progress, batching, shutdown ---- */

static long total_queued(const crawl *c, long *hosts_active)
{
    long q = 0, a = 0;
    for (size_t i = 0; i < c->hosts.n; i++) {
        const crawl_host *h = c->hosts.all[i];
        q += h->queued + (long)(h->buf_n - h->buf_pos);
        a += h->active > 0;
    }
    *hosts_active = a;
    return q;
}

static void progress_line(crawl *c, int final)
{
    if (c->opts->progress_fd < 0)
        return;
    double secs = (double)(uv_now(&c->loop) - c->t0) / 1000.0;
    long hosts_active = 0, queued = total_queued(c, &hosts_active);
    char line[256];
    int n = snprintf(line, sizeof(line),
                     "\r\033[Kpages %ld  %.1f/s  queued %ld  active hosts %ld  errors %ld%s",
                     c->stats->pages, secs > 0 ? (double)c->stats->pages / secs : 0.0, queued,
                     hosts_active, c->stats->errors, final ? "\n" : "");
    if (n > 0) {
        /* a broken terminal is not worth stopping the crawl for */
        ssize_t wr = write(c->opts->progress_fd, line, (size_t)n);
        (void)wr;
    }
}

static void on_commit_tick(uv_timer_t *t)
{
    crawl *c = t->data;
    txn_commit(c);
    progress_line(c, 0);
    if (c->log)
        fflush(c->log);
}

static void close_walk(uv_handle_t *h, void *ud)
{
    (void)ud;
    if (!uv_is_closing(h))
        uv_close(h, h->type == UV_POLL ? sock_closed : NULL);
}

/* Everything done (or stopping and idle): commit and close the handles so
 * uv_run returns. */
static void maybe_finish(crawl *c)
{
    if (c->closing || c->active > 0 || c->working > 0)
        return;
    if (!c->stopping) {
        int more = 0;
        for (size_t i = 0; i < c->hosts.n && !more; i++)
            more = host_runnable(c->hosts.all[i]);
        if (more && !(c->opts->max_pages > 0 && c->started >= c->opts->max_pages))
            return;
    }
    c->closing = 1;
    txn_commit(c);
    progress_line(c, 1);
    /* curl_multi_cleanup closes cached connections; their CURL_POLL_REMOVE
     * callbacks close the poll handles. */
    curl_multi_cleanup(c->multi);
    c->multi = NULL;
    uv_walk(&c->loop, close_walk, NULL);
}

/* ---- setup ---- */

static void on_host_row(void *ud, const char *name, long queued)
{
    crawl *c = ud;
    crawl_host *h = host_for(c, name);
    if (h)
        h->queued = queued;
}

/* Put the seeds into the frontier and remember their hosts (the default
 * scope). Hosts already in the frontier come back from the store. */
static crawler_result add_seeds(crawl *c)
{
    const crawler_options *o = c->opts;
    c->seed_hosts = calloc(o->n_seeds ? o->n_seeds : 1, sizeof(char *));
    if (!c->seed_hosts)
        return CRAWLER_ENOMEM;
    if (store_frontier_requeue_leased(c->st) != STORE_OK)
        return CRAWLER_ESTORE;
    for (size_t i = 0; i < o->n_seeds; i++) {
        char *u = crawler_url_resolve(NULL, o->seeds[i]);
        char *h = u ? crawler_url_host(u) : NULL;
        int added = 0;
        if (!h) {
            free(u);
            snprintf(c->err, c->errlen, "seed %zu is not an http(s) URL: '%s'", i + 1, o->seeds[i]);
            return CRAWLER_EURL;
        }
        store_result r = store_frontier_add(c->st, u, h, 0, 0, &added);
        free(u);
        c->seed_hosts[c->n_seed_hosts++] = h;
        if (r != STORE_OK)
            return CRAWLER_ESTORE;
    }
    if (store_frontier_hosts(c->st, on_host_row, c) != STORE_OK)
        return CRAWLER_ESTORE;
    return CRAWLER_OK;
}

static crawler_result setup_scope(crawl *c)
{
    if (!c->opts->scope_regex)
        return CRAWLER_OK;
    int errcode;
    PCRE2_SIZE erroff;
    c->scope_re = pcre2_compile((PCRE2_SPTR)c->opts->scope_regex, PCRE2_ZERO_TERMINATED,
                                PCRE2_UTF, &errcode, &erroff, NULL);
    if (!c->scope_re) {
        PCRE2_UCHAR msg[120];
        pcre2_get_error_message(errcode, msg, sizeof(msg));
        snprintf(c->err, c->errlen, "--scope: %s at offset %zu", (char *)msg, (size_t)erroff);
        return CRAWLER_EINVAL;
    }
    return CRAWLER_OK;
}

static crawler_result setup_curl(crawl *c)
{
    const crawler_options *o = c->opts;
    c->multi = curl_multi_init();
    c->share = curl_share_init();
    if (!c->multi || !c->share)
        return CRAWLER_EINIT;
    curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETFUNCTION, on_curl_socket);
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETDATA, c);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERFUNCTION, on_curl_timer);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERDATA, c);
    curl_multi_setopt(c->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)o->concurrency);
    curl_multi_setopt(c->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)o->per_host);
    curl_multi_setopt(c->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
    for (size_t i = 0; i < o->n_resolve; i++) {
        struct curl_slist *n = curl_slist_append(c->resolve, o->resolve[i]);
        if (!n)
            return CRAWLER_ENOMEM;
        c->resolve = n;
    }
    return CRAWLER_OK;
}

static crawler_result setup(crawl *c)
{
    crawler_result r;
    if (uv_loop_init(&c->loop) != 0)
        return CRAWLER_EINIT;
    c->loop_ready = 1;
    uv_timer_init(&c->loop, &c->curl_timer);
    uv_timer_init(&c->loop, &c->sched_timer);
    uv_timer_init(&c->loop, &c->commit_timer);
    c->curl_timer.data = c->sched_timer.data = c->commit_timer.data = c;
    if (crawl_hosts_init(&c->hosts) != 0)
        return CRAWLER_ENOMEM;
    if ((r = setup_curl(c)) != CRAWLER_OK || (r = setup_scope(c)) != CRAWLER_OK)
        return r;
    if (c->opts->warc_dir && mkdir(c->opts->warc_dir, 0755) != 0 && errno != EEXIST) {
        snprintf(c->err, c->errlen, "cannot create '%s': %s", c->opts->warc_dir, strerror(errno));
        return CRAWLER_EIO;
    }
    if (c->opts->warc_dir &&
        warc_open(c->opts->warc_dir, "wangjian", 1024ULL * 1024 * 1024, "wangjian/" WANGJIAN_VERSION,
                  &c->warc) != WARC_OK) {
        snprintf(c->err, c->errlen, "cannot create WARC files in '%s'", c->opts->warc_dir);
        return CRAWLER_EIO;
    }
    if (c->opts->warc_dir && !(c->warc_dir_abs = realpath(c->opts->warc_dir, NULL))) {
        snprintf(c->err, c->errlen, "cannot resolve '%s': %s", c->opts->warc_dir, strerror(errno));
        return CRAWLER_EIO;
    }
    if (c->opts->log_path && !(c->log = fopen(c->opts->log_path, "a"))) {
        snprintf(c->err, c->errlen, "cannot open log '%s': %s", c->opts->log_path, strerror(errno));
        return CRAWLER_EIO;
    }
    if (store_run_open(c->st, (int64_t)time(NULL), &c->run_id, &c->stats->resumed) != STORE_OK)
        return CRAWLER_ESTORE;
    return add_seeds(c);
}

static void teardown(crawl *c)
{
    if (c->multi) {
        curl_multi_cleanup(c->multi);
        c->multi = NULL;
    }
    if (c->in_txn)
        store_rollback(c->st);
    if (c->loop_ready) {
        uv_walk(&c->loop, close_walk, NULL);
        uv_run(&c->loop, UV_RUN_DEFAULT);
        uv_loop_close(&c->loop);
    }
    curl_share_cleanup(c->share);
    curl_slist_free_all(c->resolve);
    crawl_hosts_free(&c->hosts);
    for (size_t i = 0; i < c->n_seed_hosts; i++)
        free(c->seed_hosts[i]);
    free(c->seed_hosts);
    pcre2_code_free(c->scope_re);
    warc_close(c->warc);
    free(c->warc_dir_abs);
    if (c->log)
        fclose(c->log);
}

crawler_result crawler_run(const crawler_options *opts, store *st, const rules_book *book,
                           crawler_stats *stats, char *err, size_t errlen)
{
    if (!opts || !st || !book || !stats || !err || errlen == 0)
        return CRAWLER_EINVAL;
    crawl *c = calloc(1, sizeof(*c));
    if (!c)
        return CRAWLER_ENOMEM;
    crawler_options o = *opts;
    if (!o.user_agent)
        o.user_agent = "wangjian/" WANGJIAN_VERSION " (market-regulation compliance crawler)";
    memset(stats, 0, sizeof(*stats));
    err[0] = '\0';
    c->opts = &o;
    c->st = st;
    c->book = book;
    c->stats = stats;
    c->err = err;
    c->errlen = errlen;
    crawler_result r = setup(c);
    if (r == CRAWLER_OK) {
        c->t0 = uv_now(&c->loop);
        uv_timer_start(&c->commit_timer, on_commit_tick, COMMIT_MS, COMMIT_MS);
        schedule(c);
        uv_run(&c->loop, UV_RUN_DEFAULT);
        r = (crawler_result)c->fatal;
        if (r == CRAWLER_OK && store_run_end(st, c->run_id, (int64_t)time(NULL), stats->pages,
                                             stats->errors) != STORE_OK)
            r = CRAWLER_ESTORE;
        stats->seconds = (double)(uv_now(&c->loop) - c->t0) / 1000.0;
    }
    if (r == CRAWLER_ESTORE && !err[0])
        snprintf(err, errlen, "%s", store_errmsg(st));
    if (r != CRAWLER_OK && !err[0])
        snprintf(err, errlen, "%s", crawler_strerror(r));
    teardown(c);
    free(c);
    return r;
}
