/*
 * Scheduling (loop thread): which transfer starts next.  Politeness is
 * enforced here: a host gets at most --per-host transfers and its request
 * starts are at least max(--delay, Crawl-delay) apart; robots.txt is
 * fetched before any page of a host and its sitemaps right after.  Hosts
 * are walked round-robin, one start per host per pass, so one huge host
 * cannot starve the others.  Transient failures wait in a per-host retry
 * list with exponential backoff and jitter, or the server's Retry-After.
 *
 * Frontier rows come from the store thread in leases: a host asks for more
 * when its buffer runs low and goes on with what it has; the reply arrives
 * whenever it does (crawl_lease_done).  Everything this file tells the
 * store (rows finished, URLs found) is a command sent without waiting.
 */
#include <stdlib.h>
#include <string.h>
#include "crawl_int.h"

#define LEASE_BATCH 8
#define MAX_ATTEMPTS 4            /* first try + 3 retries */
#define BACKOFF_BASE_MS 1000
#define BACKOFF_MAX_MS 60000
#define RETRY_AFTER_MAX_MS 300000

/* ---- what the store hears ---- */

void crawl_finish_row(crawl *c, int64_t id, int state)
{
    crawl_cmd *cmd = crawl_cmd_new(c, CMD_FINISH);
    if (!cmd)
        return;
    cmd->id = id;
    cmd->state = state;
    crawl_store_send(c, cmd);
}

void crawl_finish_gone(crawl *c, int64_t id, const char *url)
{
    crawl_cmd *cmd = crawl_cmd_new(c, CMD_FINISH);
    if (!cmd)
        return;
    cmd->id = id;
    cmd->state = STORE_URL_DONE;
    if ((cmd->urls = calloc(1, sizeof *cmd->urls)) && (cmd->urls[0] = strdup(url)))
        cmd->n_urls = 1;
    else   /* the row is still finished; only its page keeps its findings */
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
    crawl_store_send(c, cmd);
}

void crawl_add_urls(crawl *c, char **urls, size_t n, int depth)
{
    crawl_cmd *cmd = n ? crawl_cmd_new(c, CMD_ADD) : NULL;
    if (!cmd) {
        for (size_t i = 0; i < n; i++)
            free(urls[i]);
        free(urls);
        return;
    }
    cmd->urls = urls;
    cmd->n_urls = n;
    cmd->depth = depth;
    crawl_store_send(c, cmd);
}

void crawl_count_added(crawl *c, const crawl_cmd *cmd)
{
    for (size_t i = 0; cmd->added && i < cmd->n_urls && !c->stopping; i++) {
        if (!cmd->added[i])
            continue;
        char *h = crawler_url_host(cmd->urls[i]);
        crawl_host *host = h ? crawl_host_for(c, h) : NULL;
        free(h);
        if (!host) {
            crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
            return;
        }
        host->queued++;
    }
}

/* ---- retries ---- */

static uint64_t jitter(crawl *c, uint64_t ms)
{
    /* xorshift64: per-crawl state, no global generator */
    c->rng ^= c->rng << 13;
    c->rng ^= c->rng >> 7;
    c->rng ^= c->rng << 17;
    return ms * 3 / 4 + c->rng % (ms / 2 + 1);   /* ±25 % */
}

/* How long to wait before the next try after `failures` failed ones: the
 * server's Retry-After when it gave a usable one, else exponential backoff
 * with jitter. */
uint64_t crawl_retry_delay(crawl *c, const crawl_xfer *x, int failures)
{
    if (x->retry_after_ms >= 0 && x->retry_after_ms <= RETRY_AFTER_MAX_MS)
        return (uint64_t)x->retry_after_ms;
    uint64_t delay = jitter(c, (uint64_t)BACKOFF_BASE_MS << (failures - 1));
    return delay > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : delay;
}

int crawl_retry_later(crawl *c, crawl_xfer *x)
{
    crawl_host *h = x->host;
    if (x->attempt + 1 >= MAX_ATTEMPTS)
        return -1;
    if (x->retry_after_ms > RETRY_AFTER_MAX_MS)
        return -1;   /* the server asks for more patience than a crawl has */
    uint64_t delay = crawl_retry_delay(c, x, x->attempt + 1);
    if (h->n_retry == h->cap_retry) {
        size_t cap = h->cap_retry ? h->cap_retry * 2 : 8;
        crawl_retry *v = realloc(h->retry, cap * sizeof(*v));
        if (!v)
            return -1;
        h->retry = v;
        h->cap_retry = cap;
    }
    crawl_retry *r = &h->retry[h->n_retry];
    if (!(r->it.url = strdup(x->url)))
        return -1;
    uint64_t now = uv_now(&c->loop);
    r->val = x->sent;   /* the retry sends the same validators */
    memset(&x->sent, 0, sizeof(x->sent));
    r->it.id = x->frontier_id;
    r->it.depth = x->depth;
    r->attempt = x->attempt + 1;
    r->due = now + delay;
    h->n_retry++;
    if (x->retry_after_ms >= 0 && h->next_start < now + delay)
        h->next_start = now + delay;   /* 429/503 with Retry-After: the whole host waits */
    c->stats->retries++;
    return 0;
}

/* A due retry of h, if any: 1 with *r filled (caller owns r->it.url). */
static int take_retry(crawl *c, crawl_host *h, crawl_retry *r, uint64_t *wake)
{
    uint64_t now = uv_now(&c->loop);
    for (size_t i = 0; i < h->n_retry; i++) {
        if (h->retry[i].due <= now) {
            *r = h->retry[i];
            h->retry[i] = h->retry[--h->n_retry];
            return 1;
        }
        if (h->retry[i].due < *wake)
            *wake = h->retry[i].due;
    }
    return 0;
}

/* ---- frontier rows of a host ---- */

/* Append v and val (n rows) to what is left of h's buffer; takes v's URLs
 * and frees the arrays.  -1 after crawl_fail (the rows stay leased and
 * are requeued on the next start). */
static int buffer_rows(crawl *c, crawl_host *h, store_frontier_item *v, crawl_validators *val,
                       size_t n)
{
    size_t left = h->buf_n - h->buf_pos;
    store_frontier_item *nb = malloc((left + n) * sizeof(*nb));
    crawl_validators *nv = malloc((left + n) * sizeof(*nv));
    if (!nb || !nv) {
        free(nb);
        free(nv);
        store_frontier_items_free(v, n);
        crawl_validators_free(val, 0, n);
        free(val);
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
        return -1;
    }
    if (left) {
        memcpy(nb, h->buf + h->buf_pos, left * sizeof(*nb));
        memcpy(nv, h->val + h->buf_pos, left * sizeof(*nv));
    }
    memcpy(nb + left, v, n * sizeof(*nb));
    memcpy(nv + left, val, n * sizeof(*nv));
    crawl_validators_free(h->val, 0, h->buf_pos);   /* rows started already */
    free(h->buf);
    free(h->val);
    free(v);
    free(val);
    h->buf = nb;
    h->val = nv;
    h->buf_n = left + n;
    h->buf_pos = 0;
    return 0;
}

/* Ask the store thread for up to LEASE_BATCH more rows of h, unless a
 * lease is on its way already. */
static void request_lease(crawl *c, crawl_host *h)
{
    if (h->leasing || h->queued <= 0)
        return;
    crawl_cmd *cmd = crawl_cmd_new(c, CMD_LEASE);
    if (!cmd)
        return;
    cmd->host = h;
    cmd->want = LEASE_BATCH;
    h->leasing = 1;
    crawl_store_send(c, cmd);
}

/* The rows leased for cmd->host came back (the reply is the loop's now).
 * None means the host has no more due: its count of queued rows is only an
 * estimate. */
void crawl_lease_done(crawl *c, crawl_cmd *cmd)
{
    crawl_host *h = cmd->host;
    size_t n = cmd->n;
    h->leasing = 0;
    if (cmd->err)
        return;   /* the caller reports it */
    h->queued = n == 0 ? 0 : h->queued - (long)n;
    if (h->queued < 0)
        h->queued = 0;
    if (n == 0)
        return;
    store_frontier_item *v = cmd->items;
    crawl_validators *val = cmd->val;
    cmd->items = NULL;
    cmd->val = NULL;
    cmd->n = 0;
    if (!val) {
        store_frontier_items_free(v, n);
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
        return;
    }
    buffer_rows(c, h, v, val, n);
}

/* Next leased row of h (caller owns it->url) and its validators (valid
 * until the buffer is refilled), asking for more when the buffer runs low:
 * 1, or 0 when none is here now. */
static int host_next(crawl *c, crawl_host *h, store_frontier_item *it,
                     const crawl_validators **val)
{
    size_t left = h->buf_n - h->buf_pos;
    if (left <= LEASE_BATCH / 2)
        request_lease(c, h);
    if (h->buf_pos == h->buf_n)
        return 0;
    if (val)
        *val = &h->val[h->buf_pos];
    *it = h->buf[h->buf_pos++];
    return 1;
}

int crawl_host_runnable(const crawl_host *h)
{
    return !h->blocked && (h->queued > 0 || h->leasing || h->buf_pos < h->buf_n ||
                           h->n_retry > 0 || h->sitemap_pos < h->n_sitemaps);
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
    crawl_xfer_link(c, x);
    c->active++;
    h->active++;
    /* the loop's cached clock may lag the real start time: refresh it, so
     * the gap the server sees is never shorter than the delay */
    uv_update_time(&c->loop);
    h->next_start = uv_now(&c->loop) + (uint64_t)h->delay_ms + (h->delay_ms > 0);
    return 0;
}

/* Start the page transfer for a row robots.txt allows, sending val's
 * validators; 1 if started. */
static int start_page(crawl *c, crawl_host *h, const store_frontier_item *it, int attempt,
                      const crawl_validators *val)
{
    char *pq = robots_path_of_url(it->url);
    int allowed = pq && robots_allows(h->rules, CRAWLER_UA_TOKEN, pq);
    free(pq);
    if (!allowed) {
        c->stats->refused++;
        crawl_finish_row(c, it->id, STORE_URL_FAILED);
        return 0;
    }
    crawl_xfer *x = crawl_xfer_new(c, h, it->url, XFER_PAGE, val->etag, val->last_modified);
    if (x) {
        x->frontier_id = it->id;
        x->depth = it->depth;
        x->attempt = attempt;
    }
    if (start_xfer(c, h, x) != 0)
        return 0;
    c->started++;
    return 1;
}

/* robots.txt of the site that url belongs to; caller frees. */
static char *robots_url(const char *url)
{
    CURLU *u = curl_url();
    char *out = NULL, *tmp = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_PATH, "/robots.txt", 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_QUERY, NULL, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_URL, &tmp, 0) == CURLUE_OK) {
        out = strdup(tmp);
        curl_free(tmp);
    }
    curl_url_cleanup(u);
    return out;
}

static int start_robots(crawl *c, crawl_host *h)
{
    if (!h->robots_url) {
        store_frontier_item it;
        if (host_next(c, h, &it, NULL) != 1)
            return 0;
        h->buf_pos--;   /* only peeked at the row, to learn the scheme and port */
        h->robots_url = robots_url(it.url);
    }
    h->robots_state = ROBOTS_FETCHING;
    crawl_xfer *x = h->robots_url ? crawl_xfer_new(c, h, h->robots_url, XFER_ROBOTS, NULL, NULL) : NULL;
    return start_xfer(c, h, x) == 0;
}

/* Start one transfer for h: a sitemap, a due retry or the next row. */
static int host_start_one(crawl *c, crawl_host *h, uint64_t *wake)
{
    if (h->sitemap_pos < h->n_sitemaps) {
        const char *u = h->sitemaps[h->sitemap_pos++];
        return start_xfer(c, h, crawl_xfer_new(c, h, u, XFER_SITEMAP, NULL, NULL)) == 0;
    }
    crawl_retry r;
    if (take_retry(c, h, &r, wake)) {
        int started = start_page(c, h, &r.it, r.attempt, &r.val);
        free(r.it.url);
        crawl_validators_free(&r.val, 0, 1);
        return started;
    }
    store_frontier_item it;
    const crawl_validators *val = NULL;
    while (host_next(c, h, &it, &val) == 1) {
        int started = start_page(c, h, &it, 0, val);
        free(it.url);
        if (started || c->stopping)
            return started;
    }
    return 0;
}

static int host_can_start(const crawl *c, const crawl_host *h)
{
    return crawl_host_runnable(h) && h->active < c->opts->per_host &&
           h->robots_state != ROBOTS_FETCHING;
}

uint64_t crawl_schedule(crawl *c)
{
    const crawler_options *o = c->opts;
    uint64_t wake = UINT64_MAX;
    int progress = 1;
    while (progress && !c->stopping && !c->closing) {
        progress = 0;
        uint64_t now = uv_now(&c->loop);
        size_t n = c->hosts.n;
        /* fetched pages waiting for the thread pool or the store thread count
         * too, each against its own bound: without that, bodies pile up in
         * a queue when parsing or storing is the slower side */
        for (size_t k = 0; k < n && c->active < o->concurrency && c->working < c->parse_cap &&
                           c->storing < CRAWL_STORE_QUEUE && !c->stopping;
             k++) {
            if (o->max_pages > 0 && c->started >= o->max_pages)
                break;
            crawl_host *h = c->hosts.all[(c->hosts.cursor + k) % n];
            if (!host_can_start(c, h))
                continue;
            if (now < h->next_start) {
                wake = h->next_start < wake ? h->next_start : wake;
                continue;
            }
            if (h->robots_state == ROBOTS_READY && !h->blocked && now >= h->robots_expires)
                h->robots_state = ROBOTS_NONE;   /* the cached copy is stale: refresh it first */
            if (h->robots_state == ROBOTS_NONE)
                progress |= start_robots(c, h);
            else
                progress |= host_start_one(c, h, &wake);
        }
        if (n)
            c->hosts.cursor = (c->hosts.cursor + 1) % n;
    }
    return c->stopping || c->closing ? UINT64_MAX : wake;
}

