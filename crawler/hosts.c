/*
 * Hosts and scope.  The per-host state table is a chained hash for lookup
 * by name plus an array in insertion order that the scheduler walks
 * round-robin, so a host with a huge queue gets one turn per round like
 * every other host.  Also the scope test, the crawl's first fatal error
 * and the JSON log's time stamp and line writer (outcome.c and
 * render_stage.c both log).
 *
 * Loop thread, except the name set and crawl_in_scope, which only read
 * what was fixed before the crawl started and so serve the parse workers
 * too.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "crawl_int.h"

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

static size_t hash_name(const char *s)
{
    return (size_t)crawl_fnv1a(s);
}

static int nameset_grow(crawl_nameset *s)
{
    size_t cap = s->cap ? s->cap * 2 : 64;
    char **slot = calloc(cap, sizeof(char *));
    if (!slot)
        return -1;
    for (size_t i = 0; i < s->cap; i++) {
        if (!s->slot[i])
            continue;
        size_t j = hash_name(s->slot[i]) & (cap - 1);
        while (slot[j])
            j = (j + 1) & (cap - 1);
        slot[j] = s->slot[i];
    }
    free(s->slot);
    s->slot = slot;
    s->cap = cap;
    return 0;
}

int crawl_nameset_has(const crawl_nameset *s, const char *name)
{
    if (s->cap == 0)
        return 0;
    for (size_t j = hash_name(name) & (s->cap - 1); s->slot[j]; j = (j + 1) & (s->cap - 1))
        if (strcmp(s->slot[j], name) == 0)
            return 1;
    return 0;
}

int crawl_nameset_add(crawl_nameset *s, const char *name)
{
    if (crawl_nameset_has(s, name))
        return 0;
    if ((s->n + 1) * 2 > s->cap && nameset_grow(s) != 0)
        return -1;
    size_t j = hash_name(name) & (s->cap - 1);
    while (s->slot[j])
        j = (j + 1) & (s->cap - 1);
    if (!(s->slot[j] = strdup(name)))
        return -1;
    s->n++;
    return 0;
}

void crawl_nameset_free(crawl_nameset *s)
{
    for (size_t i = 0; i < s->cap; i++)
        free(s->slot[i]);
    free(s->slot);
    memset(s, 0, sizeof(*s));
}

int crawl_hosts_init(crawl_hosts *h)
{
    memset(h, 0, sizeof(*h));
    h->nbuckets = 1024;
    h->buckets = calloc(h->nbuckets, sizeof(*h->buckets));
    return h->buckets ? 0 : -1;
}

void crawl_validators_free(crawl_validators *val, size_t from, size_t to)
{
    for (size_t i = from; val && i < to; i++) {
        free(val[i].etag);
        free(val[i].last_modified);
    }
}

static void host_free(crawl_host *host)
{
    robots_free(host->rules);
    free(host->robots_url);
    for (size_t i = host->buf_pos; i < host->buf_n; i++)
        free(host->buf[i].url);   /* still LEASED in the store: requeued next start */
    free(host->buf);
    crawl_validators_free(host->val, 0, host->buf_n);
    free(host->val);
    for (size_t i = 0; i < host->n_retry; i++) {
        free(host->retry[i].it.url);
        crawl_validators_free(&host->retry[i].val, 0, 1);
    }
    free(host->retry);
    for (size_t i = 0; i < host->n_sitemaps; i++)
        free(host->sitemaps[i]);
    free(host->sitemaps);
    free(host->name);
    free(host);
}

void crawl_hosts_free(crawl_hosts *h)
{
    for (size_t i = 0; i < h->n; i++)
        host_free(h->all[i]);
    free(h->all);
    free(h->buckets);
    memset(h, 0, sizeof(*h));
}

static int grow_all(crawl_hosts *h)
{
    if (h->n < h->cap)
        return 0;
    size_t cap = h->cap ? h->cap * 2 : 64;
    crawl_host **v = realloc(h->all, cap * sizeof(*v));
    if (!v)
        return -1;
    h->all = v;
    h->cap = cap;
    return 0;
}

/* Find host by name; with create, add it when absent.  NULL when absent or
 * out of memory.  The table owns every host. */
crawl_host *crawl_hosts_get(crawl_hosts *h, const char *name, int create)
{
    size_t b = hash_name(name) % h->nbuckets;
    for (crawl_host *x = h->buckets[b]; x; x = x->next_in_bucket)
        if (strcmp(x->name, name) == 0)
            return x;
    if (!create || grow_all(h) != 0)
        return NULL;
    crawl_host *x = calloc(1, sizeof(*x));
    if (!x)
        return NULL;
    x->name = strdup(name);
    if (!x->name) {
        free(x);
        return NULL;
    }
    x->next_in_bucket = h->buckets[b];
    h->buckets[b] = x;
    h->all[h->n++] = x;
    return x;
}

crawl_host *crawl_host_for(crawl *c, const char *name)
{
    crawl_host *h = crawl_hosts_get(&c->hosts, name, 1);
    if (!h)
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
    else if (h->robots_state == ROBOTS_NONE && h->delay_ms < c->opts->delay_ms)
        h->delay_ms = c->opts->delay_ms;
    return h;
}

void crawl_log_time(char *buf, size_t len)
{
    struct timespec now;
    struct tm tm;
    char day[24], zone[6];   /* "YYYY-MM-DDTHH:MM:SS", "+hhmm": longer does not fit */
    buf[0] = '\0';
    if (clock_gettime(CLOCK_REALTIME, &now) != 0 || !localtime_r(&now.tv_sec, &tm) ||
        strftime(day, sizeof(day), "%Y-%m-%dT%H:%M:%S", &tm) == 0 ||
        strftime(zone, sizeof(zone), "%z", &tm) != 5)
        return;
    snprintf(buf, len, "%s.%03d%.3s:%s", day, (int)(now.tv_nsec / 1000000 % 1000), zone, zone + 3);
}

void crawl_log_line(crawl *c, json_t *o)
{
    if (!o)
        return;
    if (c->log) {
        json_dumpf(o, c->log, JSON_COMPACT);
        fputc('\n', c->log);
    }
    json_decref(o);
}
