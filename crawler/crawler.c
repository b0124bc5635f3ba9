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
 * Threads: the loop thread fetches, leases frontier rows and schedules;
 * libuv's pool parses, checks the rules and writes WARC evidence; one
 * writer thread (complete.c) stores each page with its findings, frontier
 * row and new links.  All share one store connection under st_lock, so
 * there is one writer transaction.
 *
 * Durability: the frontier is in the store; writes are batched into one
 * transaction committed every COMMIT_MS or CRAWL_COMMIT_PAGES.  A crash loses at
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
    o->use_sitemaps = 1;
    o->robots_ttl_s = 86400;   /* RFC 9309 2.4: a cached copy should not outlive 24 hours */
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

int crawl_txn_touch(crawl *c)
{
    if (!c->in_txn) {
        store_result r = store_begin(c->st);
        if (r != STORE_OK) {
            crawl_fail(c, CRAWLER_ESTORE, "cannot begin a transaction: %s", store_errmsg(c->st));
            return -1;
        }
        c->in_txn = 1;
    }
    return 0;
}

void crawl_txn_commit_locked(crawl *c)
{
    uv_mutex_lock(&c->st_lock);
    crawl_txn_commit(c);
    uv_mutex_unlock(&c->st_lock);
}

void crawl_txn_commit(crawl *c)
{
    if (!c->in_txn)
        return;
    store_result r = store_commit(c->st);
    c->in_txn = 0;
    c->txn_pages = 0;
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
        crawl_complete(c, x, res, status, secs);
    }
    crawl_schedule(c);
}

/* ---- progress, batching, shutdown ---- */

static long total_queued(const crawl *c, long *hosts_active)
{
    long q = 0, a = 0;
    for (size_t i = 0; i < c->hosts.n; i++) {
        const crawl_host *h = c->hosts.all[i];
        q += h->queued + (long)(h->buf_n - h->buf_pos);
        a += h->active > 0 || crawl_host_runnable(h);   /* hosts with work left */
    }
    *hosts_active = a;
    return q;
}

static void progress_line(crawl *c, int final)
{
    if (c->opts->progress_fd < 0)
        return;
    uv_update_time(&c->loop);
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
    crawl_writer_commit(c);
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
void crawl_maybe_finish(crawl *c)
{
    if (c->closing || c->active > 0 || c->working > 0 || c->storing > 0)
        return;
    if (!c->stopping) {
        int more = 0;
        for (size_t i = 0; i < c->hosts.n && !more; i++)
            more = crawl_host_runnable(c->hosts.all[i]);
        if (more && !(c->opts->max_pages > 0 && c->started >= c->opts->max_pages))
            return;
    }
    c->closing = 1;
    crawl_writer_mute(c);
    crawl_txn_commit_locked(c);
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
    crawl_host *h = crawl_host_for(c, name);
    if (h)
        h->queued = queued;
}

/* Insert the seeds in one transaction (a million seeds in one go, not a
 * million commits) and remember their hosts: the default scope. */
static crawler_result insert_seeds(crawl *c)
{
    const crawler_options *o = c->opts;
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
        int e = crawl_nameset_add(&c->seed_hosts, h);
        free(u);
        free(h);
        if (r != STORE_OK)
            return CRAWLER_ESTORE;
        if (e != 0)
            return CRAWLER_ENOMEM;
    }
    return CRAWLER_OK;
}

/* Seeds into the frontier; hosts already queued there come back from the
 * store (a resumed crawl). */
static crawler_result add_seeds(crawl *c)
{
    if (store_frontier_requeue_leased(c->st) != STORE_OK || store_begin(c->st) != STORE_OK)
        return CRAWLER_ESTORE;
    crawler_result r = insert_seeds(c);
    if (r != CRAWLER_OK) {
        store_rollback(c->st);
        return r;
    }
    if (store_commit(c->st) != STORE_OK || store_frontier_hosts(c->st, on_host_row, c) != STORE_OK)
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
    if (!o->proxy)   /* through a proxy every host shares the proxy's connections */
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
    if (uv_mutex_init(&c->st_lock) != 0)
        return CRAWLER_EINIT;
    c->st_lock_ready = 1;
    if (crawl_writer_start(c) != 0)
        return CRAWLER_EINIT;
    /* enough fetched pages to keep every pool thread busy, and no more:
     * each holds its body (8 instead of 32: 4 MB less peak RSS, same speed) */
    c->parse_cap = 4 * (int)uv_available_parallelism();
    if (c->parse_cap < 8)
        c->parse_cap = 8;
    if (crawl_hosts_init(&c->hosts) != 0 ||
        !(c->known = calloc(CRAWL_KNOWN_SLOTS, sizeof(*c->known))))
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
    crawl_writer_stop(c);
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
    crawl_nameset_free(&c->seed_hosts);
    free(c->known);
    pcre2_code_free(c->scope_re);
    warc_close(c->warc);
    free(c->warc_dir_abs);
    if (c->log)
        fclose(c->log);
    if (c->st_lock_ready)
        uv_mutex_destroy(&c->st_lock);
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
    c->rng = (uint64_t)time(NULL) * 2654435761u + (uint64_t)getpid() + 1;
    crawler_result r = setup(c);
    if (r == CRAWLER_OK) {
        c->t0 = uv_now(&c->loop);
        uv_timer_start(&c->commit_timer, on_commit_tick, COMMIT_MS, COMMIT_MS);
        crawl_schedule(c);
        uv_run(&c->loop, UV_RUN_DEFAULT);
        r = (crawler_result)c->fatal;
        if (r == CRAWLER_OK && store_run_end(st, c->run_id, (int64_t)time(NULL), stats->pages,
                                             stats->errors) != STORE_OK)
            r = CRAWLER_ESTORE;
        uv_update_time(&c->loop);
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
