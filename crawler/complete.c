/*
 * Completed transfers: classify the outcome (retry, failure, unchanged,
 * page), send the page to the thread pool for its WARC evidence, parsing
 * and rules, and store the result in the current batch when it comes back.
 * The loop thread keeps only the curl/uv glue and the store.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <jansson.h>
#include "crawl_int.h"

static void work_run(uv_work_t *req);
static void work_done(uv_work_t *req, int status);
static void writer_push(crawl_work *w);
static void writer_commit(crawl *c);

static void log_fetch(crawl *c, const crawl_xfer *x, long status, CURLcode res, double secs)
{
    static const char *const kinds[] = {"page", "robots", "sitemap"};
    if (!c->log)
        return;
    const char *err = res == CURLE_OK ? NULL
                      : x->redirect_loop ? "redirect loop"
                      : x->body.overflow ? "body larger than --max-bytes"
                      : x->refused_private ? "refused: private or loopback address"
                      : x->errbuf[0] ? x->errbuf : curl_easy_strerror(res);
    json_t *hops = json_array();
    const char *p = x->hops.data, *end = p ? p + x->hops.len : NULL;
    while (hops && p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
        json_array_append_new(hops, json_stringn(p, l));
        p += l + 1;
    }
    long ver = 0;
    curl_easy_getinfo(x->easy, CURLINFO_HTTP_VERSION, &ver);
    const char *http = ver == CURL_HTTP_VERSION_1_0 ? "1.0" : ver == CURL_HTTP_VERSION_1_1 ? "1.1"
                     : ver == CURL_HTTP_VERSION_2_0 ? "2" : ver == CURL_HTTP_VERSION_3 ? "3" : NULL;
    json_t *o = json_pack("{s:I, s:s, s:s, s:i, s:s?, s:I, s:f, s:i, s:s?, s:o}",
                          "time", (json_int_t)time(NULL), "kind", kinds[x->kind], "url", x->url,
                          "status", (int)status, "http", http, "bytes", (json_int_t)x->body.len,
                          "seconds", secs, "attempt", x->attempt + 1, "error", err, "redirects", hops);
    if (o) {
        json_dumpf(o, c->log, JSON_COMPACT);
        fputc('\n', c->log);
        json_decref(o);
    }
}

static int is_html(const char *ctype)
{
    return ctype[0] == '\0' || strncasecmp(ctype, "text/html", 9) == 0 ||
           strncasecmp(ctype, "application/xhtml", 17) == 0;
}

static int retryable(CURLcode res, long status)
{
    switch (res) {
    case CURLE_OK:
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    case CURLE_OPERATION_TIMEDOUT: case CURLE_COULDNT_CONNECT: case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR: case CURLE_GOT_NOTHING: case CURLE_PARTIAL_FILE: case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return 1;
    default:
        return 0;
    }
}

static int grow_append(char **buf, size_t *len, size_t *cap, const char *p, size_t n)
{
    if (!*buf || *len + n + 1 > *cap) {
        size_t c = *cap ? *cap : 4096;
        while (c < *len + n + 1)
            c *= 2;
        char *b = realloc(*buf, c);
        if (!b)
            return -1;
        *buf = b;
        *cap = c;
    }
    if (n > 0)
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

/* Write x's WARC pair (worker thread: the writer is thread-safe, and the
 * loop only reads c->warc and c->warc_dir_abs, which stay fixed while work
 * is queued).  Sets w->warc_file (owned by w) and w->warc_off; on failure
 * leaves w->warc_err for work_done to report on the loop thread. */
static void write_evidence(crawl_work *w)
{
    const crawl *c = w->c;
    const crawl_xfer *x = w->x;
    if (!c->warc)
        return;
    size_t resp_len = 0, payload_off = 0;
    uint64_t offset = 0;
    char *resp = warc_response(x, &resp_len, &payload_off);
    warc_exchange ex = {
        .target_uri = x->url, .ip = w->ip[0] ? w->ip : NULL,
        .request = x->req_head.data ? x->req_head.data : "",
        .request_len = x->req_head.len, .response = resp, .response_len = resp_len,
        .payload_offset = payload_off, .truncated = x->body.overflow ? "length" : NULL,
    };
    char *name = NULL;
    w->warc_err = resp ? warc_write_pair(c->warc, &ex, &name, &offset) : WARC_ENOMEM;
    free(resp);
    if (w->warc_err != WARC_OK)
        return;
    /* the store keeps an absolute path so `evidence` works from any directory */
    size_t n = strlen(c->warc_dir_abs) + strlen(name) + 2;
    if ((w->warc_file = malloc(n)))
        snprintf(w->warc_file, n, "%s/%s", c->warc_dir_abs, name);
    free(name);
    w->warc_off = (int64_t)offset;
}

static void page_failed(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    if (!x->refused_private && retryable(res, status) && crawl_retry_later(c, x) == 0)
        return;   /* the row stays leased; the retry list owns it now */
    if (x->refused_private)
        c->stats->refused++;
    else if (res != CURLE_OK || status >= 400)
        c->stats->errors++;
    crawl_finish_item(c, x->frontier_id, res == CURLE_OK ? STORE_URL_DONE : STORE_URL_FAILED);
}

static void page_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    if (res == CURLE_OK && status == 304) {
        c->stats->unchanged++;   /* conditional GET: what we stored still stands */
        crawl_finish_item(c, x->frontier_id, STORE_URL_DONE);
        crawl_xfer_free(x);
        return;
    }
    if (res != CURLE_OK || status < 200 || status >= 300 || !is_html(x->content_type)) {
        page_failed(c, x, res, status);
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
    w->pending = 2;
    w->status = status;
    char *ip = NULL;   /* read here: the easy handle belongs to the loop thread */
    if (curl_easy_getinfo(x->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip)
        snprintf(w->ip, sizeof(w->ip), "%s", ip);
    /* nothing reads the handle after this, and its buffers are not small:
     * a page can wait a while for the parser and the writer */
    curl_easy_cleanup(x->easy);
    x->easy = NULL;
    if (uv_queue_work(&c->loop, &w->req, work_run, work_done) != 0) {
        crawl_xfer_free(x);
        free(w->warc_file);
        free(w);
        crawl_fail(c, CRAWLER_EINIT, "cannot queue parse work");
        return;
    }
    c->working++;
}

void crawl_complete(crawl *c, crawl_xfer *x, CURLcode res, long status, double secs)
{
    log_fetch(c, x, status, res, secs);
    switch (x->kind) {
    case XFER_ROBOTS:
        crawl_robots_done(c, x, res, status);
        crawl_xfer_free(x);
        break;
    case XFER_SITEMAP:
        crawl_sitemap_done(c, x, res, status);
        crawl_xfer_free(x);
        break;
    default:
        page_done(c, x, res, status);
    }
}

/* ---- parse + rules on the thread pool ---- */

int crawl_in_scope(const crawl *c, const char *url, const char *host)
{
    if (c->scope_re) {
        pcre2_match_data *md = pcre2_match_data_create(4, NULL);
        int rc = md ? pcre2_match(c->scope_re, (PCRE2_SPTR)url, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) : -1;
        pcre2_match_data_free(md);
        return rc >= 0;
    }
    return crawl_nameset_has(&c->seed_hosts, host);
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
        if (h && crawl_in_scope(c, u, h))
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
    write_evidence(w);
    if (crawler_analyse(x->body.data ? x->body.data : "", x->body.len, x->content_type, x->url,
                        w->c->opts->profiles, w->c->book, &w->page, &w->findings) != CRAWLER_OK) {
        w->parse_error = 1;
    } else {
        collect_links(w);
        parser_page_trim(w->page);   /* it may wait a while for the writer */
        /* With evidence written, the WARC record is where the body is kept
         * (rescan reads it back from there): a second, zlib copy in the
         * store cost a compression per page and a quarter of the database.
         * Without it, on failure body_z stays empty and the store packs
         * the body itself. */
        if (!w->warc_file &&
            store_body_pack(w->c->st, x->body.data, x->body.len, &w->body_z) != STORE_OK)
            store_blob_free(&w->body_z);
        if (w->warc_file || w->body_z.data) {
            free(x->body.data);
            x->body.data = NULL;
            x->body.cap = 0;
        }
        /* indexing the text is the writer's longest step; most of it can
         * be done here (on failure the store indexes the text itself) */
        if (w->page->text &&
            store_text_pack(w->c->st, w->page->text, w->page->text_len, &w->text_z) != STORE_OK)
            store_blob_free(&w->text_z);
    }
    writer_push(w);
}

/* The page with its findings; NULL, or what failed. */
static const char *store_page_locked(crawl *c, crawl_work *w)
{
    crawl_xfer *x = w->x;
    crawler_fetch f = {
        .url = x->url, .host = x->host->name, .status = (int)w->status,
        .content_type = x->content_type, .body = x->body.data,
        .body_len = x->body.data || w->body_z.data ? x->body.len : 0,   /* 0: in the WARC */
        .packed_body = &w->body_z, .packed_text = &w->text_z,
        .warc_file = w->warc_file, .warc_offset = w->warc_off,
        .ip = w->ip[0] ? w->ip : NULL, .etag = x->etag, .last_modified = x->last_modified,
        .fetched_at = (int64_t)time(NULL), .run_id = c->run_id,
    };
    int64_t page_id = 0;
    if (crawler_check_stored(c->st, c->book, x->url, w->page, f.fetched_at, &w->findings) != CRAWLER_OK)
        return "cannot check against stored data";
    if (crawler_save(c->st, &f, w->page, &w->findings, &page_id) != CRAWLER_OK)
        return "cannot store";
    return NULL;
}

/* The links of a stored page; NULL, or what failed. */
static const char *store_links_locked(crawl *c, crawl_work *w)
{
    if (w->n_links == 0)
        return NULL;
    if (!(w->added = calloc(w->n_links, 1)))
        return "out of memory for";
    for (size_t i = 0; i < w->n_links; i++) {
        int added = 0;
        if (crawl_frontier_add(c, w->links[i], w->x->depth + 1, &added) != STORE_OK)
            return "cannot add the links of";
        w->added[i] = (unsigned char)added;
    }
    return NULL;
}

/* The writer's store step for one page: the page, its findings, its
 * frontier row and its new links go into the open batch together, under
 * st_lock, and the batch is committed when full.  Failures are left in
 * w->store_err for the loop, which owns crawl_fail. */
static void store_work(crawl_work *w)
{
    crawl *c = w->c;
    const char *what = NULL;
    uv_mutex_lock(&c->st_lock);
    if (!c->in_txn) {
        if (store_begin(c->st) == STORE_OK)
            c->in_txn = 1;
        else
            what = "cannot begin a transaction for";
    }
    if (!what && !w->parse_error && !(what = store_page_locked(c, w))) {
        w->stored = 1;
        c->txn_pages++;
    }
    if (!what && store_frontier_finish(c->st, w->x->frontier_id,
                                       w->stored ? STORE_URL_DONE : STORE_URL_FAILED) != STORE_OK)
        what = "cannot update the frontier for";
    w->finished = !what;
    if (!what && w->stored)
        what = store_links_locked(c, w);
    if (!what && c->txn_pages >= CRAWL_COMMIT_PAGES) {
        store_result r = store_commit(c->st);
        c->in_txn = 0;
        c->txn_pages = 0;
        if (r != STORE_OK)
            what = "cannot commit the batch with";
    }
    if (what) {
        const char *why = store_errmsg(c->st);
        size_t n = strlen(what) + strlen(w->x->url) + strlen(why) + 4;
        if ((w->store_err = malloc(n)))
            snprintf(w->store_err, n, "%s %s: %s", what, w->x->url, why);
    }
    uv_mutex_unlock(&c->st_lock);
    w->n_findings = w->findings.n;
    w->limit_hits = w->findings.limit_hits;
    parser_page_free(w->page);
    w->page = NULL;
    rules_findings_clear(&w->findings);
    store_blob_free(&w->body_z);
    store_blob_free(&w->text_z);
}

/* Append the list first..last to a queue (wq_lock held). */
static void wq_append(crawl_work **head, crawl_work **tail, crawl_work *first, crawl_work *last)
{
    if (*tail)
        (*tail)->next = first;
    else
        *head = first;
    *tail = last;
}

/* The writer thread: stores queued pages in arrival order and hands them
 * back to the loop, until crawl_writer_stop. */
static void writer_main(void *arg)
{
    crawl *c = arg;
    for (;;) {
        uv_mutex_lock(&c->wq_lock);
        while (!c->wq_in && !c->writer_quit && !c->commit_wanted)
            uv_cond_wait(&c->wq_cond, &c->wq_lock);
        crawl_work *batch = c->wq_in, *last = c->wq_in_tail;
        int commit = c->commit_wanted;
        c->wq_in = c->wq_in_tail = NULL;
        c->commit_wanted = 0;
        uv_mutex_unlock(&c->wq_lock);
        for (crawl_work *w = batch; w; w = w->next)
            store_work(w);
        if (commit)
            writer_commit(c);
        if (!batch && !commit)
            return;   /* quit, with nothing left */
        /* also after a bare commit: the loop may have skipped leasing
         * while the store was held (host_lease) */
        uv_mutex_lock(&c->wq_lock);
        if (batch)
            wq_append(&c->wq_done, &c->wq_done_tail, batch, last);
        if (!c->wq_muted)
            uv_async_send(&c->wq_async);
        uv_mutex_unlock(&c->wq_lock);
    }
}

/* The commit timer's commit.  A failure is reported by the next commit
 * on the loop thread (the batch stays open). */
static void writer_commit(crawl *c)
{
    uv_mutex_lock(&c->st_lock);
    if (c->in_txn && store_commit(c->st) == STORE_OK) {
        c->in_txn = 0;
        c->txn_pages = 0;
    }
    uv_mutex_unlock(&c->st_lock);
}

void crawl_writer_commit(crawl *c)
{
    uv_mutex_lock(&c->wq_lock);
    c->commit_wanted = 1;
    uv_cond_signal(&c->wq_cond);
    uv_mutex_unlock(&c->wq_lock);
}

void crawl_writer_mute(crawl *c)
{
    if (!c->wq_ready)
        return;
    uv_mutex_lock(&c->wq_lock);
    c->wq_muted = 1;
    uv_mutex_unlock(&c->wq_lock);
}

static void writer_push(crawl_work *w)
{
    crawl *c = w->c;
    w->next = NULL;
    uv_mutex_lock(&c->wq_lock);
    wq_append(&c->wq_in, &c->wq_in_tail, w, w);
    uv_cond_signal(&c->wq_cond);
    uv_mutex_unlock(&c->wq_lock);
}

static void on_writer_done(uv_async_t *a);

int crawl_writer_start(crawl *c)
{
    if (uv_mutex_init(&c->wq_lock) != 0)
        return -1;
    if (uv_cond_init(&c->wq_cond) != 0) {
        uv_mutex_destroy(&c->wq_lock);
        return -1;
    }
    c->wq_ready = 1;
    if (uv_async_init(&c->loop, &c->wq_async, on_writer_done) != 0)
        return -1;
    c->wq_async.data = c;
    if (uv_thread_create(&c->writer, writer_main, c) != 0)
        return -1;
    c->writer_ready = 1;
    return 0;
}

void crawl_writer_stop(crawl *c)
{
    if (c->writer_ready) {
        uv_mutex_lock(&c->wq_lock);
        c->writer_quit = 1;
        uv_cond_signal(&c->wq_cond);
        uv_mutex_unlock(&c->wq_lock);
        uv_thread_join(&c->writer);
        c->writer_ready = 0;
    }
    if (c->wq_ready) {
        uv_cond_destroy(&c->wq_cond);
        uv_mutex_destroy(&c->wq_lock);
        c->wq_ready = 0;
    }
}

/* Count the links the writer found new in their hosts' queues. */
static void count_links(crawl *c, const crawl_work *w)
{
    for (size_t i = 0; w->added && i < w->n_links && !c->stopping; i++)
        if (w->added[i] && crawl_host_count_new(c, w->links[i]) != 0)
            break;
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
    store_blob_free(&w->body_z);
    store_blob_free(&w->text_z);
    free(w->added);
    free(w->store_err);
    free(w);
}

/* Count a stored page and free its work (loop thread). */
static void work_finish(crawl *c, crawl_work *w)
{
    c->storing -= w->pushed;
    if (w->warc_err != WARC_OK)
        crawl_fail(c, CRAWLER_EIO, "cannot write WARC evidence for %s: %s", w->x->url,
                   warc_strerror(w->warc_err));
    if (w->store_err)
        crawl_fail(c, CRAWLER_ESTORE, "%s", w->store_err);
    if (w->stored) {
        c->stats->pages++;
        c->stats->findings += (long)w->n_findings;
        c->stats->limit_hits += w->limit_hits;
        count_links(c, w);
    } else if (w->parse_error) {
        c->stats->errors++;
    }
    work_free(w);
}

/* A work is done when both the pool (its uv_work_t) and the writer are
 * through with it, in either order; a job the pool never ran (status !=
 * 0) never reached the writer and leaves its frontier row leased. */
static void work_done(uv_work_t *req, int status)
{
    crawl_work *w = req->data;
    crawl *c = w->c;
    c->working--;
    w->pushed = status == 0;
    c->storing += w->pushed;
    w->pending -= status == 0 ? 1 : 2;
    if (w->pending == 0)
        work_finish(c, w);
    crawl_schedule(c);   /* a pool slot is free */
}

static void on_writer_done(uv_async_t *a)
{
    crawl *c = a->data;
    uv_mutex_lock(&c->wq_lock);
    crawl_work *w = c->wq_done;
    c->wq_done = c->wq_done_tail = NULL;
    uv_mutex_unlock(&c->wq_lock);
    while (w) {
        crawl_work *next = w->next;
        if (--w->pending == 0)
            work_finish(c, w);
        w = next;
    }
    crawl_schedule(c);
}

