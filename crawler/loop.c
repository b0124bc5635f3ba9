/*
 * The loop (loop thread): one libuv loop drives one libcurl multi handle
 * through the socket API (socket callback → uv_poll per socket, timer
 * callback → uv_timer, curl_multi_socket_action, completions drained with
 * curl_multi_info_read after every action).  Every callback libuv makes
 * into the crawl starts here, and each ends the same way (after_event):
 * start what may start, arm the politeness timer, and close the loop's
 * handles once all work is done.  New transfers are added only from here,
 * never inside curl callbacks.
 *
 * SIGINT and SIGTERM arrive here too (uv_signal_t, so the handler runs on
 * the loop like any other callback): the first one stops the crawl in
 * order (on_signal); its handlers are stopped at once, which gives both
 * signals back their default action, so a second one kills the process
 * without waiting for the stop to finish.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "crawl_int.h"

#define COMMIT_MS 500

static void after_event(crawl *c);
static void queue_parse(crawl *c, crawl_work *w);
static void drain(crawl *c);

/* ---- libcurl ↔ libuv glue ---- */

typedef struct {
    uv_poll_t poll;
    curl_socket_t fd;
    crawl *c;
} crawl_sock;


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
        curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&x);
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
        curl_multi_remove_handle(c->multi, e);
        crawl_xfer_unlink(c, x);
        c->active--;
        x->host->active--;
        crawl_work *w = crawl_complete(c, x, res, status);
        if (w)
            queue_parse(c, w);
    }
    after_event(c);
}

/* ---- parse workers and the store thread ---- */

static void on_parsed(uv_work_t *req, int status)
{
    crawl_work *w = req->data;
    crawl_parsed(w->c, w, status);
    after_event(w->c);   /* a pool slot is free */
}

static void queue_parse(crawl *c, crawl_work *w)
{
    if (uv_queue_work(&c->loop, &w->req, crawl_parse_run, on_parsed) != 0) {
        crawl_work_free(w);
        crawl_fail(c, CRAWLER_EINIT, "cannot queue parse work");
        return;
    }
    c->working++;
}

/* The store thread's replies (uv_async may coalesce wake-ups: take all). */
static void on_replies(uv_async_t *a)
{
    crawl *c = a->data;
    for (crawl_cmd *cmd = crawl_store_replies(c), *next; cmd; cmd = next) {
        next = cmd->next;
        crawl_reply(c, cmd);
    }
    after_event(c);
}

/* ---- progress, commits, shutdown ---- */

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
    crawl_store_commit(c);
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

/* Everything done (or stopping and idle): close the handles so uv_run
 * returns.  The store thread commits its last batch when it is stopped. */
static void maybe_finish(crawl *c)
{
    if (c->closing || c->active > 0 || c->working > 0 || c->storing > 0 || c->commands > 0)
        return;
    if (!c->stopping) {
        int more = 0;
        for (size_t i = 0; i < c->hosts.n && !more; i++)
            more = crawl_host_runnable(c->hosts.all[i]);
        if (more && !(c->opts->max_pages > 0 && c->started >= c->opts->max_pages))
            return;
    }
    if (crawl_render_shutdown(c))
        return;   /* the browser's end kicks the loop again */
    c->closing = 1;
    crawl_store_mute(c);
    progress_line(c, 1);
    /* curl_multi_cleanup closes cached connections; their CURL_POLL_REMOVE
     * callbacks close the poll handles. */
    curl_multi_cleanup(c->multi);
    c->multi = NULL;
    uv_walk(&c->loop, close_walk, NULL);
}

/* ---- SIGINT and SIGTERM ---- */

/* Drop every transfer in flight, without waiting for its server: a page's
 * frontier row stays leased, and the next run's requeue takes it. */
static void drop_live(crawl *c)
{
    while (c->live) {
        crawl_xfer *x = c->live;
        crawl_xfer_unlink(c, x);
        curl_multi_remove_handle(c->multi, x->easy);
        c->active--;
        x->host->active--;
        if (x->kind == XFER_SUBRES)
            crawl_render_subres_dropped(c, x);
        crawl_xfer_free(x);
    }
}

/* The first signal: start nothing more, drop what is in flight, and let
 * the pages already fetched be parsed and stored; maybe_finish then closes
 * the loop, the store thread commits, and teardown closes the WARC file.
 * The run is left open (CRAWLER_ESTOPPED), so the next crawl resumes it. */
static void on_signal(uv_signal_t *sig, int signum)
{
    crawl *c = sig->data;
    uv_signal_stop(&c->sig_int);    /* both back to their default action */
    uv_signal_stop(&c->sig_term);
    if (c->closing)
        return;
    crawl_fail(c, CRAWLER_ESTOPPED, "stopped by %s", signum == SIGINT ? "SIGINT" : "SIGTERM");
    drop_live(c);
    crawl_render_shutdown(c);   /* pages in the browser end now, unrendered */
    after_event(c);
}

static void on_sched(uv_timer_t *t)
{
    after_event(t->data);
}

static void after_event(crawl *c)
{
    uint64_t wake = crawl_schedule(c);
    if (wake != UINT64_MAX) {
        uint64_t now = uv_now(&c->loop);
        uv_timer_start(&c->sched_timer, on_sched, wake > now ? wake - now : 0, 0);
    }
    maybe_finish(c);
}

/* ---- setup and teardown ---- */

int crawl_loop_init(crawl *c)
{
    if (uv_loop_init(&c->loop) != 0)
        return -1;
    c->loop_ready = 1;
    c->kick = after_event;
    c->parsed_cb = on_parsed;
    uv_timer_init(&c->loop, &c->curl_timer);
    uv_timer_init(&c->loop, &c->sched_timer);
    uv_timer_init(&c->loop, &c->commit_timer);
    c->curl_timer.data = c->sched_timer.data = c->commit_timer.data = c;
    if (uv_signal_init(&c->loop, &c->sig_int) != 0 || uv_signal_init(&c->loop, &c->sig_term) != 0)
        return -1;
    c->sig_int.data = c->sig_term.data = c;
    if (uv_signal_start(&c->sig_int, on_signal, SIGINT) != 0 ||
        uv_signal_start(&c->sig_term, on_signal, SIGTERM) != 0)
        return -1;
    return 0;
}

int crawl_loop_start_store(crawl *c)
{
    return crawl_store_start(c, on_replies);
}

void crawl_loop_setup_multi(crawl *c)
{
    const crawler_options *o = c->opts;
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETFUNCTION, on_curl_socket);
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETDATA, c);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERFUNCTION, on_curl_timer);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERDATA, c);
    curl_multi_setopt(c->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)o->concurrency);
    if (!o->proxy)   /* through a proxy every host shares the proxy's connections */
        curl_multi_setopt(c->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)o->per_host);
    curl_multi_setopt(c->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
}

void crawl_loop_run(crawl *c)
{
    c->t0 = uv_now(&c->loop);
    uv_timer_start(&c->commit_timer, on_commit_tick, COMMIT_MS, COMMIT_MS);
    after_event(c);
    uv_run(&c->loop, UV_RUN_DEFAULT);
    uv_update_time(&c->loop);
    c->stats->seconds = (double)(uv_now(&c->loop) - c->t0) / 1000.0;
}

void crawl_loop_close(crawl *c)
{
    if (c->multi) {
        curl_multi_cleanup(c->multi);
        c->multi = NULL;
    }
    if (!c->loop_ready)
        return;
    uv_walk(&c->loop, close_walk, NULL);
    uv_run(&c->loop, UV_RUN_DEFAULT);
    uv_loop_close(&c->loop);
    c->loop_ready = 0;
}
