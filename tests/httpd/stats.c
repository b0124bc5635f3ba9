/*
 * stats.c — per-Host counters for the politeness tests, and the request log.
 *
 * A request is "in flight" from the moment its head has been read until its
 * response has been fully written (or the connection died).  A connection
 * counts towards a host from its first request naming that host until it
 * closes.  The table is bounded (HTTPD_MAX_HOSTS hosts, HTTPD_MAX_STARTS
 * start times each) because host names come from the network.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "httpd.h"

struct httpd_host *httpd_host_get(struct httpd_server *srv, const char *host)
{
    if (host[0] == '\0')
        return NULL;
    for (struct httpd_host *h = srv->hosts; h; h = h->next)
        if (strcmp(h->name, host) == 0)
            return h;
    if (srv->nhosts >= HTTPD_MAX_HOSTS)
        return NULL;
    struct httpd_host *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    snprintf(h->name, sizeof h->name, "%s", host);
    h->next = srv->hosts;
    srv->hosts = h;
    srv->nhosts++;
    return h;
}

static void record_start(struct httpd_host *h, uint64_t ns)
{
    if (h->nstarts == h->starts_cap) {
        if (h->starts_cap >= HTTPD_MAX_STARTS)
            return;
        size_t cap = h->starts_cap ? h->starts_cap * 2 : 64;
        uint64_t *p = realloc(h->starts_ns, cap * sizeof *p);
        if (!p)
            return; /* the counters stay right; only the list is cut short */
        h->starts_ns = p;
        h->starts_cap = cap;
    }
    h->starts_ns[h->nstarts++] = ns;
}

void httpd_host_request_begin(struct httpd_host *h, uint64_t now)
{
    h->requests++;
    if (++h->in_flight > h->max_concurrent)
        h->max_concurrent = h->in_flight;
    record_start(h, now);
}

void httpd_host_request_end(struct httpd_host *h)
{
    if (h->in_flight > 0)
        h->in_flight--;
}

void httpd_host_conn_open(struct httpd_host *h)
{
    if (++h->open_conns > h->max_connections)
        h->max_connections = h->open_conns;
}

void httpd_host_conn_close(struct httpd_host *h)
{
    if (h->open_conns > 0)
        h->open_conns--;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* One host's object; NULL when out of memory.  The gaps are taken between
 * arrivals sorted by time: two requests that reached the kernel close
 * together on two connections may be read in either order. */
static json_t *host_json(const struct httpd_server *srv, const struct httpd_host *h)
{
    uint64_t *sorted = h->nstarts ? malloc(h->nstarts * sizeof *sorted) : NULL;
    if (h->nstarts && !sorted)
        return NULL;
    if (sorted) {
        memcpy(sorted, h->starts_ns, h->nstarts * sizeof *sorted);
        qsort(sorted, h->nstarts, sizeof *sorted, cmp_u64);
    }
    int64_t min_gap = -1;
    json_t *starts = json_array();
    for (size_t i = 0; i < h->nstarts; i++) {
        if (i > 0 && (min_gap < 0 || (int64_t)(sorted[i] - sorted[i - 1]) < min_gap))
            min_gap = (int64_t)(sorted[i] - sorted[i - 1]);
        uint64_t since = sorted[i] > srv->start_ns ? sorted[i] - srv->start_ns : 0;
        if (starts)
            json_array_append_new(starts, json_integer((json_int_t)(since / 1000000u)));
    }
    free(sorted);
    json_t *o = json_pack("{s:I,s:i,s:i,s:i,s:o,s:o}",
                          "requests", (json_int_t)h->requests,
                          "max_concurrent", (int)h->max_concurrent,
                          "in_flight", (int)h->in_flight,
                          "max_connections", (int)h->max_connections,
                          "min_gap_ms",
                          min_gap < 0 ? json_null() : json_integer(min_gap / 1000000),
                          "starts_ms", starts ? starts : json_array());
    return o;
}

char *httpd_stats_json(const struct httpd_server *srv)
{
    json_t *hosts = json_object();
    json_t *root = json_pack("{s:o}", "hosts", hosts);
    if (!root)
        return NULL;
    for (const struct httpd_host *h = srv->hosts; h; h = h->next) {
        json_t *o = host_json(srv, h);
        if (!o || json_object_set_new(hosts, h->name, o) != 0) {
            json_decref(root);
            return NULL;
        }
    }
    char *text = json_dumps(root, JSON_SORT_KEYS | JSON_COMPACT);
    json_decref(root);
    return text;
}

/* The target for the log: bytes outside printable ASCII are percent-encoded
 * so the line stays valid JSON whatever the client sent. */
static void log_target(const struct httpd_request *req, char *out, size_t cap)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (size_t i = 0; i < req->target_len && o + 3 < cap; i++) {
        unsigned char ch = (unsigned char)req->target[i];
        if (ch > ' ' && ch < 0x7f) {
            out[o++] = (char)ch;
        } else {
            out[o++] = '%';
            out[o++] = hex[ch >> 4];
            out[o++] = hex[ch & 15];
        }
    }
    out[o] = '\0';
}

void httpd_log_request(struct httpd_server *srv, const char *peer,
                       const struct httpd_request *req, int status, size_t bytes)
{
    if (!srv->log)
        return;
    struct timespec ts;
    struct tm tm;
    char when[64];
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(when + n, sizeof when - n, ".%03ldZ", ts.tv_nsec / 1000000);
    char *target = malloc(3 * req->target_len + 1);
    if (!target)
        return;
    log_target(req, target, 3 * req->target_len + 1);
    json_t *line = json_pack("{s:s,s:s,s:s,s:s,s:s,s:i,s:I}", "time", when, "peer", peer,
                             "host", req->host, "method", req->method, "target", target,
                             "status", status, "bytes", (json_int_t)bytes);
    free(target);
    char *text = line ? json_dumps(line, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
    if (text) {
        fprintf(srv->log, "%s\n", text);
        fflush(srv->log);
    }
    free(text);
    json_decref(line);
}

void httpd_hosts_free(struct httpd_server *srv)
{
    struct httpd_host *h = srv->hosts;
    while (h) {
        struct httpd_host *next = h->next;
        free(h->starts_ns);
        free(h);
        h = next;
    }
    srv->hosts = NULL;
    srv->nhosts = 0;
}
