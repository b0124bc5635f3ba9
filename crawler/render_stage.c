/*
 * Pages that need a browser (loop thread): a page the first parse marked
 * (parse.c, wants_render) waits here for a tab of the crawl's headless
 * Chromium (render/), at most --render-concurrency at once.  The browser
 * asks for every request through the Fetch domain and is answered here:
 *
 *   the page itself     with the crawl's own response (the one that goes
 *                       into the WARC), so it renders exactly those bytes;
 *   its subresources    by libcurl on the crawl's multi handle, with the
 *                       crawl's proxy and address guard (XFER_SUBRES: they
 *                       count as the host's transfers but are not spaced
 *                       by --delay, and redirects come back to the browser
 *                       so every hop is checked and recorded), each
 *                       exchange written to the WARC on the pool;
 *   anything else       refused: other methods than GET, schemes other
 *                       than http(s), loopback and private address
 *                       literals (unless --allow-private), navigations
 *                       away from the page, more than SUBRES_MAX requests,
 *                       the browser's own /favicon.ico.
 *
 * When the page is done (or timed out, or its tab or the browser crashed)
 * it goes back to the pool for crawl_parse_rendered and then on as every
 * page does.  The browser starts with the first page that needs it and is
 * started again after a crash or its memory limit; a browser that cannot
 * start turns rendering off for the run (pages are judged unrendered, the
 * log says why).  Every page that should have been rendered and was not
 * has its reason in the log and in a WARC metadata record.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <jansson.h>
#include "crawl_int.h"
#include "netguard.h"
#include "../render/render.h"

#define SUBRES_MAX 256   /* requests one page may make */

typedef struct crawl_render_job {
    crawl *c;
    crawl_work *w;           /* NULL once the page is done */
    render_page *page;       /* valid while w is set */
    char *nav_url;           /* what the tab opened (after the crawl's redirects), owned */
    int doc_answered;
    int pending;             /* subresource transfers in flight */
    int n_requests;
    uint64_t t0;
} crawl_render_job;

struct crawl_render {
    render_browser *browser;
    int off;                 /* no rendering for the rest of the run */
    char off_why[256];
    int closing;             /* the crawl is ending: no new browser */
    int running;             /* pages in the browser */
    crawl_work *wait, *wait_tail;
    int io;                  /* subresource exchanges on their way to the WARC */
    int rendered;            /* pages the current browser rendered */
    int deaths;              /* browsers in a row that died before rendering a page */
};

/* Browsers that die before rendering anything, in a row, before rendering
 * is turned off for the run (a browser that cannot run here, e.g. without
 * user namespaces for its sandbox, would otherwise be started per page). */
#define BROWSER_DEATHS_MAX 3

static void pump(crawl *c);

/* ---- the log ---- */

static void log_render(crawl *c, const char *url, const char *status, const char *why,
                       long long ms)
{
    if (!c->log)
        return;
    char ts[48];
    crawl_log_time(ts, sizeof(ts));
    crawl_log_line(c, json_pack("{s:s, s:s, s:s, s:s, s:s?, s:I}", "ts", ts, "event", "render",
                                "url", url, "status", status, "reason", why, "ms",
                                (json_int_t)ms));
}

/* ---- pages back to the pool ---- */

/* w's rendering is over (rendered, or why in w->render_why): the second
 * parse, which ends in c->parsed_cb like the first. */
static void parse_again(crawl *c, crawl_work *w)
{
    w->render_wanted = 0;
    if (!w->render_html) {
        c->stats->render_failed++;
        if (!w->render_why)
            w->render_why = strdup("not rendered");
        log_render(c, w->x->url, "unrendered", w->render_why, 0);
    }
    if (uv_queue_work(&c->loop, &w->req, crawl_parse_rendered, c->parsed_cb) != 0) {
        c->working--;
        crawl_work_free(w);
        crawl_fail(c, CRAWLER_EINIT, "cannot queue parse work");
    }
}

static void unrendered(crawl *c, crawl_work *w, const char *why)
{
    free(w->render_why);
    w->render_why = strdup(why);
    parse_again(c, w);
}

/* ---- the browser ---- */

static void job_release(crawl_render_job *j)
{
    if (!j->w && j->pending == 0) {
        free(j->nav_url);
        free(j);
    }
}

static void on_browser_closed(render_browser *b, render_result r, const char *why, void *arg)
{
    crawl *c = arg;
    struct crawl_render *R = c->render;
    long peak = render_browser_peak_kb(b);
    if (peak > c->stats->render_peak_kb)
        c->stats->render_peak_kb = peak;
    R->browser = NULL;
    if (!R->closing) {   /* it crashed or passed its memory limit: the next page restarts it */
        c->stats->render_restarts++;
        log_render(c, "", "browser-restart", why, 0);
        R->deaths = R->rendered ? 0 : R->deaths + 1;
        if (R->deaths >= BROWSER_DEATHS_MAX && r != RENDER_EMEMORY) {
            R->off = 1;
            snprintf(R->off_why, sizeof(R->off_why), "the browser failed %d times in a row: %s",
                     R->deaths, why);
        }
    }
    R->rendered = 0;
    pump(c);
    c->kick(c);
}

/* Start the browser; on failure rendering is off for the run. */
static int start_browser(crawl *c)
{
    struct crawl_render *R = c->render;
    char err[256];
    render_options o = {0};
    o.max_mb = c->opts->render_max_mb;
    o.log_fd = -1;
    o.on_closed = on_browser_closed;
    o.arg = c;
    if (render_browser_start(&c->loop, &o, &R->browser, err, sizeof(err)) == RENDER_OK)
        return 0;
    R->off = 1;
    snprintf(R->off_why, sizeof(R->off_why), "%s", err);
    log_render(c, "", "browser-failed", err, 0);
    return -1;
}

/* ---- answering the browser's requests ---- */

/* The crawl's own response to the page's navigation. */
static void answer_document(crawl_render_job *j, const render_request *rq)
{
    crawl_xfer *x = j->w->x;
    j->doc_answered = 1;   /* before: fulfilling may end the page and free j */
    render_page_fulfill(j->page, rq->id, (int)j->w->status, x->resp_head.data, x->body.data,
                        x->body.len);
}

/* Why the browser may not have url (NULL: it may, through libcurl). */
static const char *refusal(const crawl *c, const crawl_render_job *j, const render_request *rq,
                           const char *host)
{
    if (j->n_requests > SUBRES_MAX)
        return "BlockedByClient";
    if (strcmp(rq->method, "GET") != 0 || !host)
        return "BlockedByClient";
    /* the browser's own favicon fetch shows nothing on the page */
    size_t n = strlen(rq->url);
    if (!strcmp(rq->resource_type, "Other") && n >= 12 && !strcmp(rq->url + n - 12, "/favicon.ico"))
        return "BlockedByClient";
    if (!c->opts->allow_private &&
        (netguard_is_private_str(host) == 1 || !strcasecmp(host, "localhost") ||
         (strlen(host) > 10 && !strcasecmp(host + strlen(host) - 10, ".localhost"))))
        return "AccessDenied";
    return NULL;
}

/* Fetch a subresource with libcurl for the browser. */
static void fetch_subres(crawl *c, crawl_render_job *j, const render_request *rq, char *url,
                         char *host)
{
    crawl_host *h = crawl_host_for(c, host);
    crawl_xfer *x = h ? crawl_xfer_new(c, h, url, XFER_SUBRES, NULL, NULL) : NULL;
    if (!x || !(x->request_id = strdup(rq->id)) ||
        curl_multi_add_handle(c->multi, x->easy) != CURLM_OK) {
        crawl_xfer_free(x);
        render_page_fail(j->page, rq->id, "Failed");
        return;
    }
    /* the browser follows redirects itself: each hop comes back here */
    curl_easy_setopt(x->easy, CURLOPT_FOLLOWLOCATION, 0L);
    x->job = j;
    j->pending++;
    crawl_xfer_link(c, x);
    c->active++;
    h->active++;
}

static void on_request(render_page *p, const render_request *rq, void *arg)
{
    crawl_render_job *j = arg;
    crawl *c = j->c;
    (void)p;
    if (rq->is_navigation) {
        /* the tab's first navigation is the page (whatever the browser's
         * spelling of its URL); any later one would leave it */
        if (!j->doc_answered)
            answer_document(j, rq);
        else   /* only the page the crawl fetched is rendered */
            render_page_fail(j->page, rq->id, "BlockedByClient");
        return;
    }
    j->n_requests++;
    char *url = crawler_url_resolve(NULL, rq->url);
    char *host = url ? crawler_url_host(url) : NULL;
    const char *no = refusal(c, j, rq, host);
    if (no) {
        if (!strcmp(no, "AccessDenied"))
            log_render(c, rq->url, "refused", "private or loopback address (use --allow-private)",
                       0);
        render_page_fail(j->page, rq->id, no);
    } else {
        fetch_subres(c, j, rq, url, host);
    }
    free(url);
    free(host);
}

/* The page is done: drop the transfers still fetching for it (a page
 * that never loaded must not keep the crawl waiting for its images). */
static void drop_transfers(crawl *c, crawl_render_job *j)
{
    for (crawl_xfer *x = c->live, *next; x && j->pending > 0; x = next) {
        next = x->live_next;
        if (x->kind != XFER_SUBRES || x->job != j)
            continue;
        crawl_xfer_unlink(c, x);
        curl_multi_remove_handle(c->multi, x->easy);
        c->active--;
        x->host->active--;
        j->pending--;
        crawl_xfer_free(x);
    }
}

static void on_done(render_page *p, render_result r, const char *why, render_output *out,
                    void *arg)
{
    crawl_render_job *j = arg;
    crawl *c = j->c;
    crawl_work *w = j->w;
    (void)p;
    c->render->running--;
    long peak = render_browser_peak_kb(c->render->browser);
    if (peak > c->stats->render_peak_kb)
        c->stats->render_peak_kb = peak;
    j->w = NULL;
    j->page = NULL;
    drop_transfers(c, j);
    if (r == RENDER_OK && out->html) {
        w->render_html = out->html;
        w->render_html_len = out->html_len;
        w->render_png = out->png;
        w->render_png_len = out->png_len;
        out->html = NULL;
        out->png = NULL;
        c->stats->rendered++;
        c->render->rendered++;
        log_render(c, w->x->url, "rendered", NULL, (long long)(uv_now(&c->loop) - j->t0));
    } else {
        w->render_why = strdup(why);
    }
    job_release(j);
    parse_again(c, w);
    pump(c);
    c->kick(c);
}

/* ---- the queue ---- */

static void start_page(crawl *c, crawl_work *w)
{
    struct crawl_render *R = c->render;
    crawl_render_job *j = calloc(1, sizeof(*j));
    const char *nav = w->final_url ? w->final_url : w->x->url;
    if (!j || !(j->nav_url = strdup(nav))) {
        free(j);
        unrendered(c, w, "out of memory");
        return;
    }
    j->c = c;
    j->w = w;
    j->t0 = uv_now(&c->loop);
    render_callbacks cb = {on_request, on_done, j};
    render_result r = render_page_open(R->browser, nav, c->opts->render_budget_ms, &cb, &j->page);
    if (r != RENDER_OK) {
        free(j->nav_url);
        free(j);
        unrendered(c, w, render_strerror(r));
        return;
    }
    R->running++;
}

/* Start waiting pages while tabs are free; without a browser (off, or
 * the crawl is ending) they go on unrendered. */
static void pump(crawl *c)
{
    struct crawl_render *R = c->render;
    while (R->wait) {
        if (!R->off && !R->closing && R->running >= c->opts->render_concurrency)
            return;
        if (!R->off && !R->closing && R->browser && !render_browser_alive(R->browser))
            return;   /* a browser is going away: its on_closed pumps again */
        if (!R->off && !R->closing && !R->browser && start_browser(c) != 0)
            continue;   /* off now: the loop flushes the queue */
        crawl_work *w = R->wait;
        R->wait = w->render_next;
        if (!R->wait)
            R->wait_tail = NULL;
        w->render_next = NULL;
        if (R->off)
            unrendered(c, w, R->off_why);
        else if (R->closing)
            unrendered(c, w, "the crawl is stopping");
        else
            start_page(c, w);
    }
}

void crawl_render_page(crawl *c, crawl_work *w)
{
    struct crawl_render *R = c->render;
    if (!R) {   /* cannot happen: no page is marked without --render */
        unrendered(c, w, "rendering is off");
        return;
    }
    if (R->wait_tail)
        R->wait_tail->render_next = w;
    else
        R->wait = w;
    R->wait_tail = w;
    pump(c);
}

/* ---- subresources done ---- */

static void on_subres_written(uv_work_t *req, int status)
{
    crawl_subres_work *s = req->data;
    crawl *c = s->c;
    (void)status;
    c->render->io--;
    if (s->warc_err != WARC_OK)
        crawl_fail(c, CRAWLER_EIO, "cannot write WARC evidence for %s: %s", s->x->url,
                   warc_strerror(s->warc_err));
    crawl_xfer_free(s->x);
    free(s);
    c->kick(c);
}

/* Hand x's exchange to the pool for the WARC (takes x). */
static void record_subres(crawl *c, crawl_xfer *x)
{
    crawl_subres_work *s = c->warc ? calloc(1, sizeof(*s)) : NULL;
    if (!s) {
        crawl_xfer_free(x);
        return;
    }
    char *ip = NULL;
    if (curl_easy_getinfo(x->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip)
        snprintf(s->ip, sizeof(s->ip), "%s", ip);
    curl_easy_cleanup(x->easy);   /* the pool must not touch the handle */
    x->easy = NULL;
    s->c = c;
    s->x = x;
    s->req.data = s;
    if (uv_queue_work(&c->loop, &s->req, crawl_parse_subres, on_subres_written) != 0) {
        crawl_xfer_free(x);
        free(s);
        return;
    }
    c->render->io++;
}

void crawl_render_subres_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    crawl_render_job *j = x->job;
    c->stats->subresources++;
    if (j && j->w) {
        if (res == CURLE_OK)
            render_page_fulfill(j->page, x->request_id, (int)status, x->resp_head.data,
                                x->body.data, x->body.len);
        else
            render_page_fail(j->page, x->request_id,
                             x->ez.refused_private ? "AccessDenied" : "Failed");
    }
    if (j) {
        j->pending--;
        job_release(j);
    }
    x->job = NULL;
    if (res == CURLE_OK)
        record_subres(c, x);
    else
        crawl_xfer_free(x);
}

void crawl_render_subres_dropped(crawl *c, crawl_xfer *x)
{
    crawl_render_job *j = x->job;
    (void)c;
    if (j) {
        if (j->w)
            render_page_fail(j->page, x->request_id, "Aborted");
        j->pending--;
        job_release(j);
    }
    x->job = NULL;
}

/* ---- setup and shutdown ---- */

crawler_result crawl_render_init(crawl *c)
{
    const crawler_options *o = c->opts;
    if (o->render == CRAWLER_RENDER_NEVER)
        return CRAWLER_OK;
    if (!(c->render = calloc(1, sizeof(*c->render))))
        return CRAWLER_ENOMEM;
    char bin[4096];
    render_options ro = {0};
    if (render_find_chromium(&ro, bin, sizeof(bin)) != 0) {
        if (o->render == CRAWLER_RENDER_ALWAYS) {
            snprintf(c->err, c->errlen, "--render always: chromium not found (make deps "
                                        "installs it; or set WANGJIAN_CHROMIUM)");
            return CRAWLER_EINIT;   /* the machine, not the command line: exit 1 */
        }
        c->render->off = 1;
        snprintf(c->render->off_why, sizeof(c->render->off_why), "chromium not found");
    }
    return CRAWLER_OK;
}

int crawl_render_shutdown(crawl *c)
{
    struct crawl_render *R = c->render;
    if (!R)
        return 0;
    R->closing = 1;
    pump(c);   /* whatever waits goes on unrendered */
    if (R->browser) {
        render_browser_close(R->browser);
        return 1;
    }
    return R->io > 0;
}

void crawl_render_free(crawl *c)
{
    free(c->render);
    c->render = NULL;
}
