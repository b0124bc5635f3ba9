/*
 * Scheduling: which transfer starts next.  Politeness is enforced here: a
 * host gets at most --per-host transfers and its request starts are at
 * least max(--delay, Crawl-delay) apart; robots.txt is fetched before any
 * page of a host and its sitemaps right after.  Hosts are walked
 * round-robin, one start per host per pass, so one huge host cannot starve
 * the others.  Transient failures wait in a per-host retry list with
 * exponential backoff and jitter, or the server's Retry-After.
 */
#include <stdlib.h>
#include <string.h>
#include "crawl_int.h"
#include "sitemap.h"

#define LEASE_BATCH 8
#define MAX_ATTEMPTS 4            /* first try + 3 retries */
#define BACKOFF_BASE_MS 1000
#define BACKOFF_MAX_MS 60000
#define RETRY_AFTER_MAX_MS 300000
#define ROBOTS_TRIES 3             /* robots.txt fetches before a host is left for the next run */
#define SITEMAPS_PER_HOST 50
#define SITEMAP_URLS_MAX 50000

crawl_host *crawl_host_for(crawl *c, const char *name)
{
    crawl_host *h = crawl_hosts_get(&c->hosts, name, 1);
    if (!h)
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
    else if (h->robots_state == ROBOTS_NONE && h->delay_ms < c->opts->delay_ms)
        h->delay_ms = c->opts->delay_ms;
    return h;
}

void crawl_finish_item(crawl *c, int64_t id, int state)
{
    uv_mutex_lock(&c->st_lock);
    if (crawl_txn_touch(c) == 0 && store_frontier_finish(c->st, id, state) != STORE_OK)
        crawl_fail(c, CRAWLER_ESTORE, "cannot update the frontier: %s", store_errmsg(c->st));
    uv_mutex_unlock(&c->st_lock);
}

/* FNV-1a of url, never 0 (0 marks an empty cache slot). */
static uint64_t url_hash(const char *url)
{
    uint64_t h = 14695981039346656037ULL;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h ? h : 1;
}

/* Most links on a shop page point at URLs the frontier already holds (its
 * navigation, and the sitemap queued the rest), and each one cost an
 * INSERT ... ON CONFLICT DO NOTHING on the loop thread.  A URL whose hash
 * sits in the known-URL cache was added or found present earlier in this
 * run, so the INSERT would change nothing and is skipped.  Rows are never
 * deleted during a crawl; a collision of two 64-bit hashes is the only way
 * to skip a new URL. */
store_result crawl_frontier_add(crawl *c, const char *url, int depth, int *added)
{
    uint64_t key = url_hash(url);
    uint64_t *slot = c->known ? &c->known[key & (CRAWL_KNOWN_SLOTS - 1)] : NULL;
    *added = 0;
    if (slot && *slot == key)
        return STORE_OK;
    char *h = crawler_url_host(url);
    if (!h)
        return STORE_ENOMEM;
    store_result r = store_frontier_add(c->st, url, h, depth, 0, added);
    free(h);
    if (r == STORE_OK && slot)
        *slot = key;
    return r;
}

int crawl_host_count_new(crawl *c, const char *url)
{
    char *h = crawler_url_host(url);
    crawl_host *host = h ? crawl_host_for(c, h) : NULL;
    free(h);
    if (!host) {
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
        return -1;
    }
    host->queued++;
    return 0;
}

int crawl_queue_url(crawl *c, const char *url, int depth)
{
    int added = 0, rc;
    uv_mutex_lock(&c->st_lock);
    rc = crawl_txn_touch(c);
    if (rc == 0) {
        store_result r = crawl_frontier_add(c, url, depth, &added);
        if (r != STORE_OK) {
            crawl_fail(c, CRAWLER_ESTORE, "cannot add to the frontier: %s",
                       r == STORE_ENOMEM ? "out of memory" : store_errmsg(c->st));
            rc = -1;
        }
    }
    uv_mutex_unlock(&c->st_lock);
    if (rc != 0)
        return -1;
    return added ? crawl_host_count_new(c, url) : 0;
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
static uint64_t retry_delay(crawl *c, const crawl_xfer *x, int failures)
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
    uint64_t delay = retry_delay(c, x, x->attempt + 1);
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

/* The rows of v (n, leased) with their validators, read under st_lock.
 * -1 after crawl_fail. */
static int read_validators(crawl *c, const store_frontier_item *v, size_t n,
                           crawl_validators **out)
{
    crawl_validators *val = n ? calloc(n, sizeof(*val)) : NULL;
    *out = val;
    if (n && !val) {
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        char etag[128] = "", lm[64] = "";
        if (store_page_validators(c->st, v[i].url, etag, sizeof(etag), lm, sizeof(lm)) != STORE_OK)
            etag[0] = lm[0] = '\0';
        if ((etag[0] && !(val[i].etag = strdup(etag))) ||
            (lm[0] && !(val[i].last_modified = strdup(lm)))) {
            crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
            return -1;   /* the caller frees val's strings */
        }
    }
    return 0;
}

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

/* Lease up to LEASE_BATCH more rows of h, with their validators, in one
 * hold of st_lock.  When the writer holds the store, skip: the rows still
 * buffered go on, and a host left with none waits for the writer's next
 * wake-up (it sends one whenever it lets go of the store after a batch or
 * a commit).  Waiting for the lock instead stopped the whole loop for the
 * length of a commit, ~40 ms every 200 pages, and the parse workers ran
 * dry.  -1 after crawl_fail. */
static int host_lease(crawl *c, crawl_host *h)
{
    store_frontier_item *v = NULL;
    crawl_validators *val = NULL;
    size_t n = 0;
    if (uv_mutex_trylock(&c->st_lock) != 0)
        return 0;
    int rc = crawl_txn_touch(c);
    if (rc == 0 && store_frontier_take(c->st, h->name, LEASE_BATCH, &v, &n) != STORE_OK) {
        crawl_fail(c, CRAWLER_ESTORE, "cannot read the frontier: %s", store_errmsg(c->st));
        rc = -1;
    }
    if (rc == 0)
        rc = read_validators(c, v, n, &val);
    uv_mutex_unlock(&c->st_lock);
    if (rc != 0) {
        store_frontier_items_free(v, n);
        crawl_validators_free(val, 0, n);
        free(val);
        return -1;
    }
    h->queued = n == 0 ? 0 : h->queued - (long)n;
    if (h->queued < 0)
        h->queued = 0;
    if (n == 0) {
        free(v);
        return 0;
    }
    return buffer_rows(c, h, v, val, n);
}

/* Next leased row of h (caller owns it->url) and its validators (valid
 * until the next call), leasing more when the buffer runs low: 1, 0 when
 * nothing is queued, -1 on failure. */
static int host_next(crawl *c, crawl_host *h, store_frontier_item *it,
                     const crawl_validators **val)
{
    size_t left = h->buf_n - h->buf_pos;
    if (left <= LEASE_BATCH / 2 && h->queued > 0 && host_lease(c, h) != 0)
        return -1;
    if (h->buf_pos == h->buf_n)
        return 0;
    if (val)
        *val = &h->val[h->buf_pos];
    *it = h->buf[h->buf_pos++];
    return 1;
}

int crawl_host_runnable(const crawl_host *h)
{
    return !h->blocked && (h->queued > 0 || h->buf_pos < h->buf_n || h->n_retry > 0 ||
                           h->sitemap_pos < h->n_sitemaps);
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
    /* the loop's cached clock may lag the real start time: refresh it, so
     * the gap the server sees is never shorter than the delay */
    uv_update_time(&c->loop);
    h->next_start = uv_now(&c->loop) + (uint64_t)h->delay_ms + (h->delay_ms > 0);
    return 0;
}

/* Start the page transfer for a row robots.txt allows; 1 if started. */
/* val: the row's validators, or NULL to read them now. */
static int start_page(crawl *c, crawl_host *h, const store_frontier_item *it, int attempt,
                      const crawl_validators *val)
{
    char *pq = robots_path_of_url(it->url);
    int allowed = pq && robots_allows(h->rules, CRAWLER_UA_TOKEN, pq);
    free(pq);
    if (!allowed) {
        c->stats->refused++;
        crawl_finish_item(c, it->id, STORE_URL_FAILED);
        return 0;
    }
    char etag[128] = "", lm[64] = "";
    crawl_validators now = {etag, lm};
    if (!val) {
        uv_mutex_lock(&c->st_lock);
        if (store_page_validators(c->st, it->url, etag, sizeof(etag), lm, sizeof(lm)) != STORE_OK)
            etag[0] = lm[0] = '\0';
        uv_mutex_unlock(&c->st_lock);
        val = &now;
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
        int started = start_page(c, h, &r.it, r.attempt, NULL);
        free(r.it.url);
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

static void on_sched(uv_timer_t *t)
{
    crawl_schedule(t->data);
}

static int host_can_start(const crawl *c, const crawl_host *h)
{
    return crawl_host_runnable(h) && h->active < c->opts->per_host &&
           h->robots_state != ROBOTS_FETCHING;
}

void crawl_schedule(crawl *c)
{
    const crawler_options *o = c->opts;
    uint64_t wake = UINT64_MAX;
    int progress = 1;
    while (progress && !c->stopping && !c->closing) {
        progress = 0;
        uint64_t now = uv_now(&c->loop);
        size_t n = c->hosts.n;
        /* fetched pages waiting for the thread pool or the writer count
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
    if (wake != UINT64_MAX && !c->stopping && !c->closing) {
        uint64_t now = uv_now(&c->loop);
        uv_timer_start(&c->sched_timer, on_sched, wake > now ? wake - now : 0, 0);
    }
    crawl_maybe_finish(c);
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
    if (x->refused_private) {
        h->blocked = 1;
        c->stats->refused += h->queued + 1;   /* the address guard: nothing of it is fetched */
    } else if (++h->robots_tries >= ROBOTS_TRIES) {
        h->blocked = 1;
        c->stats->hosts_skipped++;
    } else {
        h->next_start = uv_now(&c->loop) + retry_delay(c, x, h->robots_tries + 1);
        h->robots_state = ROBOTS_NONE;
        c->stats->retries++;
        return;
    }
    h->robots_state = ROBOTS_READY;
}

void crawl_robots_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
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

void crawl_sitemap_done(crawl *c, crawl_xfer *x, CURLcode res, long status)
{
    if (res != CURLE_OK || status < 200 || status >= 300)
        return;   /* a missing sitemap is common and harmless */
    sitemap *sm = NULL;
    if (sitemap_parse(x->body.data ? x->body.data : "", x->body.len, SITEMAP_URLS_MAX, &sm) != SITEMAP_OK)
        return;
    if (sm->is_index) {
        add_sitemaps(c, x->host, (const char *const *)sm->urls, sm->n_urls);
    } else {
        for (size_t i = 0; i < sm->n_urls && !c->stopping; i++) {
            char *u = crawler_url_resolve(x->url, sm->urls[i]);
            char *uh = u ? crawler_url_host(u) : NULL;
            if (uh && crawl_in_scope(c, u, uh))
                crawl_queue_url(c, u, 1);
            free(u);
            free(uh);
        }
    }
    sitemap_free(sm);
}
