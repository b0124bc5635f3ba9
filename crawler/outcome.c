/*
 * What a finished transfer means (loop thread): a page to parse, a retry,
 * a failure, an unchanged page (304), robots.txt or a sitemap; and what the
 * parse workers and the store thread hand back: a parsed page to send on
 * to the store, replies to count.  The JSON log is written here: one line
 * per fetch, and one for the run as a whole at its end.
 *
 * Log format (one JSON object per line, keys in this order):
 *   {"ts":"2026-12-06T22:05:01.123+08:00","event":"fetch","kind":"page",
 *    "url":..,"status":200,"http":"1.1","bytes":..,"ms":12,"attempt":1,
 *    "error":null,"redirects":[..]}
 *   {"ts":..,"event":"run","run_id":7,"status":"finished","ms":5230,
 *    "resumed":false,"pages":..,(every counter of crawler_stats),"error":null}
 *   {"ts":..,"event":"render","url":..,"status":"rendered"|"unrendered"|"refused"|
 *    "browser-restart"|"browser-failed","reason":null|"why","ms":..}   (render_stage.c)
 * A subresource a rendered page asked for is a "fetch" of kind "subresource".
 * ts is local time with milliseconds and the numeric zone; durations are
 * integer milliseconds ("ms"); no number in the log is a float.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <jansson.h>
#include "crawl_int.h"
#include "sitemap.h"

#define ROBOTS_TRIES 3             /* robots.txt fetches before a host is left for the next run */
#define SITEMAPS_PER_HOST 50
#define SITEMAP_URLS_MAX 50000

/* One line per finished transfer: "ms" is libcurl's total time, rounded. */
static void log_fetch(crawl *c, const crawl_xfer *x, long status, CURLcode res)
{
    static const char *const kinds[] = {"page", "robots", "sitemap", "subresource"};
    if (!c->log)
        return;
    const char *err = res != CURLE_OK && x->redirect_loop ? "redirect loop"
                      : crawl_easy_error(&x->ez, res, x->errbuf);
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
    curl_off_t us = 0;
    curl_easy_getinfo(x->easy, CURLINFO_TOTAL_TIME_T, &us);
    char ts[48];
    crawl_log_time(ts, sizeof(ts));
    crawl_log_line(c, json_pack("{s:s, s:s, s:s, s:s, s:i, s:s?, s:I, s:I, s:i, s:s?, s:o}", "ts", ts,
                          "event", "fetch", "kind", kinds[x->kind], "url", x->url,
                          "status", (int)status, "http", http, "bytes", (json_int_t)x->body.len,
                          "ms", (json_int_t)((us + 500) / 1000), "attempt", x->attempt + 1,
                          "error", err, "redirects", hops));
}

void crawl_log_run(crawl *c, const char *status, long long ms, const crawler_stats *s,
                   const char *err)
{
    static const struct { const char *name; size_t off; } counts[] = {
#define COUNT(f) {#f, offsetof(crawler_stats, f)}
        COUNT(pages), COUNT(changed), COUNT(unchanged), COUNT(failed), COUNT(errors),
        COUNT(answered), COUNT(refused), COUNT(retries), COUNT(limit_hits), COUNT(hosts_skipped),
        COUNT(seed_hosts), COUNT(seed_hosts_answered), COUNT(findings), COUNT(leads_new),
        COUNT(leads_reopened), COUNT(leads_resolved), COUNT(leads_open), COUNT(rendered),
        COUNT(render_failed), COUNT(render_restarts), COUNT(subresources), COUNT(render_peak_kb),
#undef COUNT
    };
    if (!c->log)
        return;
    char ts[48];
    crawl_log_time(ts, sizeof(ts));
    json_t *run_id = c->run_id > 0 ? json_integer((json_int_t)c->run_id) : json_null();
    /* a run that ended but could not do its job is "failed", like its row in runs */
    if (strcmp(status, "finished") == 0 && s->failed_why[0])
        status = "failed";
    json_t *o = json_pack("{s:s, s:s, s:o, s:s, s:I, s:b}", "ts", ts, "event", "run", "run_id",
                          run_id, "status", status, "ms", (json_int_t)ms, "resumed", s->resumed);
    for (size_t i = 0; o && i < sizeof counts / sizeof counts[0]; i++)
        json_object_set_new(o, counts[i].name,
                            json_integer(*(const long *)((const char *)s + counts[i].off)));
    if (o && err && err[0])
        json_object_set_new(o, "error", json_string(err));
    else if (o)
        json_object_set_new(o, "error", s->failed_why[0] ? json_string(s->failed_why) : json_null());
    crawl_log_line(c, o);
    fflush(c->log);
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

/* Keep the first network error's text for the run's verdict. */
static void note_error(crawl *c, const crawl_xfer *x, CURLcode res)
{
    if (res == CURLE_OK || c->stats->first_error[0])
        return;
    const char *why = x->redirect_loop ? "redirect loop" : crawl_easy_error(&x->ez, res, x->errbuf);
    snprintf(c->stats->first_error, sizeof c->stats->first_error, "%.120s: %.120s", x->url,
             why ? why : "failed");
}

/* A page URL that gave no page (or a non-HTML answer).  A 4xx is an
 * answer (a listing taken down), so it fails the URL without counting
 * as an error. */
static void page_failed(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    if (!x->ez.refused_private && retryable(res, status) && crawl_retry_later(c, x) == 0)
        return;   /* the row stays leased; the retry list owns it now */
    if (x->ez.refused_private) {
        c->stats->refused++;
    } else if (res != CURLE_OK || status >= 500) {
        c->stats->errors++;
        c->stats->failed++;
        note_error(c, x, res);
    } else if (status >= 400) {
        c->stats->failed++;
        if (status == 404 || status == 410) {   /* taken down: it shows nothing now */
            crawl_finish_gone(c, x->frontier_id, x->url);
            return;
        }
    } else if (status >= 200 && status < 300) {
        c->stats->answered++;   /* not HTML: nothing to check */
    }
    /* done: an answer that says what the URL holds now (a non-HTML page);
     * an error status says nothing about it, so the URL failed this time */
    crawl_finish_row(c, x->frontier_id,
                     res == CURLE_OK && status < 400 ? STORE_URL_DONE : STORE_URL_FAILED);
}

/* A page transfer ended: the work to parse it, or NULL (x freed). */
static crawl_work *page_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    if (res == CURLE_OK && status == 304) {
        c->stats->unchanged++;   /* conditional GET: what we stored still stands */
        c->stats->answered++;
        crawl_finish_row(c, x->frontier_id, STORE_URL_DONE);
        crawl_xfer_free(x);
        return NULL;
    }
    if (res != CURLE_OK || status < 200 || status >= 300 || !is_html(x->content_type)) {
        page_failed(c, x, res, status);
        crawl_xfer_free(x);
        return NULL;
    }
    crawl_work *w = calloc(1, sizeof(*w));
    if (!w) {
        crawl_xfer_free(x);
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
        return NULL;
    }
    w->c = c;
    w->x = x;
    w->req.data = w;
    w->cmd.kind = CMD_PAGE;
    w->cmd.work = w;
    w->status = status;
    char *ip = NULL;   /* read here: the easy handle belongs to the loop thread */
    if (curl_easy_getinfo(x->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip)
        snprintf(w->ip, sizeof(w->ip), "%s", ip);
    char *eff = NULL;   /* where the answer came from; no memory: the capture names x->url */
    if (curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff &&
        strcmp(eff, x->url) != 0)
        w->final_url = strdup(eff);
    /* nothing reads the handle after this, and its buffers are not small:
     * a page can wait a while for the parser and the store thread */
    curl_easy_cleanup(x->easy);
    x->easy = NULL;
    return w;
}

/* ---- robots.txt and sitemaps ---- */

static void add_sitemaps(crawl *c, crawl_host *h, const char *const *urls, size_t n)
{
    for (size_t i = 0; i < n && h->n_sitemaps < SITEMAPS_PER_HOST; i++) {
        char *u = crawler_url_resolve(NULL, urls[i]);
        char *uh = u ? crawler_url_host(u) : NULL;
        /* only the host's own sitemaps: a sitemap elsewhere is another site's business */
        if (uh && strcmp(uh, h->name) == 0) {
            char **v = realloc(h->sitemaps, (h->n_sitemaps + 1) * sizeof(*v));
            if (v) {
                h->sitemaps = v;
                h->sitemaps[h->n_sitemaps++] = u;
                u = NULL;
            }
        }
        free(u);
        free(uh);
    }
    (void)c;
}

/* robots.txt was 5xx or unreachable: RFC 9309 says assume complete
 * disallow, so no page of h starts until a retry fetches it; after the last
 * retry the host is left (its rows stay queued) for the next run. */
static void robots_failed(crawl *c, crawl_host *h, const crawl_xfer *x)
{
    robots_free(h->rules);
    h->rules = NULL;
    if (x->ez.refused_private) {
        h->blocked = 1;
        c->stats->refused += h->queued + 1;   /* the address guard: nothing of it is fetched */
    } else if (++h->robots_tries >= ROBOTS_TRIES) {
        h->blocked = 1;
        c->stats->hosts_skipped++;
    } else {
        h->next_start = uv_now(&c->loop) + crawl_retry_delay(c, x, h->robots_tries + 1);
        h->robots_state = ROBOTS_NONE;
        c->stats->retries++;
        return;
    }
    h->robots_state = ROBOTS_READY;
}

static void robots_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    crawl_host *h = x->host;
    int body_ok = res == CURLE_OK || (res == CURLE_WRITE_ERROR && x->body.overflow);
    if (!body_ok || status < 200 || (status >= 300 && status < 400) || status >= 500) {
        robots_failed(c, h, x);
        return;
    }
    robots *r = status < 300 ? robots_parse(x->body.data ? x->body.data : "", x->body.len)
                             : robots_allow_all();   /* 4xx: no rules at all */
    if (!r) {
        crawl_fail(c, CRAWLER_ENOMEM, "cannot parse robots.txt of %s", h->name);
        return;
    }
    int first = h->robots_expires == 0;
    robots_free(h->rules);
    h->rules = r;
    h->robots_tries = 0;
    h->robots_expires = uv_now(&c->loop) + (uint64_t)c->opts->robots_ttl_s * 1000;
    long cd = robots_crawl_delay(r, CRAWLER_UA_TOKEN);
    if (cd > h->delay_ms)
        h->delay_ms = cd;
    const char *const *maps = NULL;
    size_t n = robots_sitemaps(r, &maps);
    if (c->opts->use_sitemaps && first)
        add_sitemaps(c, h, maps, n);   /* once: a refresh must not queue them again */
    h->robots_state = ROBOTS_READY;
}

/* The in-scope URLs of a sitemap into the frontier, at depth 1, in one
 * command. */
static void queue_sitemap_urls(crawl *c, const crawl_xfer *x, const sitemap *sm)
{
    char **urls = calloc(sm->n_urls ? sm->n_urls : 1, sizeof(*urls));
    size_t n = 0;
    if (!urls) {
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
        return;
    }
    for (size_t i = 0; i < sm->n_urls; i++) {
        char *u = crawler_url_resolve(x->url, sm->urls[i]);
        char *uh = u ? crawler_url_host(u) : NULL;
        if (uh && crawl_in_scope(c, u, uh))
            urls[n++] = u;
        else
            free(u);
        free(uh);
    }
    crawl_add_urls(c, urls, n, 1);   /* takes urls, also when n is 0 */
}

static void sitemap_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    if (res != CURLE_OK || status < 200 || status >= 300)
        return;   /* a missing sitemap is common and harmless */
    sitemap *sm = NULL;
    if (sitemap_parse(x->body.data ? x->body.data : "", x->body.len, SITEMAP_URLS_MAX, &sm) != SITEMAP_OK)
        return;
    if (sm->is_index)
        add_sitemaps(c, x->host, (const char *const *)sm->urls, sm->n_urls);
    else
        queue_sitemap_urls(c, x, sm);
    sitemap_free(sm);
}

crawl_work *crawl_complete(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    log_fetch(c, x, status, res);
    if (res == CURLE_OK && status >= 100 && status < 500)
        x->host->answered = 1;
    else if (x->kind == XFER_ROBOTS)
        note_error(c, x, res);
    switch (x->kind) {
    case XFER_ROBOTS:
        robots_done(c, x, res, status);
        break;
    case XFER_SITEMAP:
        sitemap_done(c, x, res, status);
        break;
    case XFER_SUBRES:
        crawl_render_subres_done(c, x, res, status);   /* takes x */
        return NULL;
    default:
        return page_done(c, x, res, status);
    }
    crawl_xfer_free(x);
    return NULL;
}

void crawl_parsed(crawl *c, crawl_work *w, int status)
{
    if (status == 0 && w->render_wanted) {
        crawl_render_page(c, w);   /* back here once rendered; keeps its working slot */
        return;
    }
    c->working--;
    if (w->warc_err != WARC_OK)
        crawl_fail(c, CRAWLER_EIO, "cannot write WARC evidence for %s: %s", w->x->url,
                   warc_strerror(w->warc_err));
    if (status != 0) {   /* cancelled: its row stays leased, requeued next start */
        crawl_work_free(w);
        return;
    }
    crawl_store_send(c, &w->cmd);
}

/* A page is back from the store thread: count it. */
static void page_stored(crawl *c, crawl_work *w)
{
    c->storing--;
    if (w->stored) {
        c->stats->pages++;
        c->stats->answered++;
        if (w->changed)
            c->stats->changed++;
        else
            c->stats->unchanged++;
        c->stats->findings += (long)w->n_findings;
        c->stats->limit_hits += w->limit_hits;
        crawl_count_added(c, &w->cmd);
    } else if (w->parse_error) {
        c->stats->failed++;
    }
}

void crawl_reply(crawl *c, crawl_cmd *cmd)
{
    if (cmd->err)
        crawl_fail(c, CRAWLER_ESTORE, "%s", cmd->err);
    switch (cmd->kind) {
    case CMD_PAGE:
        page_stored(c, cmd->work);
        crawl_work_free(cmd->work);
        return;
    case CMD_LEASE:
        crawl_lease_done(c, cmd);
        break;
    case CMD_ADD:
        crawl_count_added(c, cmd);
        break;
    default:
        break;
    }
    c->commands--;
    crawl_cmd_free(cmd);
}
