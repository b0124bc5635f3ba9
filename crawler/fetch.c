/*
 * One transfer of the crawl: an easy handle with the settings every fetch
 * shares (easy.c: limits, protocols, redirects, address guard, User-Agent),
 * plus what the crawl needs on top: the request as sent and the last
 * response's headers for the WARC record, validators for a conditional GET,
 * Retry-After, redirect-loop detection, the shared DNS cache and --resolve,
 * and the host's politeness clock restarted when the request goes out.
 *
 * Runs on the loop thread: libcurl calls these callbacks from
 * curl_multi_socket_action.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "crawl_int.h"

#define HEAD_MAX (64 * 1024)

/* Copy a header value (trimmed) into dst when the line names key. */
static void header_value(const char *line, size_t n, const char *key, char *dst, size_t dstlen)
{
    size_t klen = strlen(key);
    if (n <= klen || strncasecmp(line, key, klen) != 0 || line[klen] != ':')
        return;
    const char *v = line + klen + 1, *end = line + n;
    while (v < end && (*v == ' ' || *v == '\t'))
        v++;
    while (end > v && isspace((unsigned char)end[-1]))
        end--;
    size_t len = (size_t)(end - v) < dstlen - 1 ? (size_t)(end - v) : dstlen - 1;
    memcpy(dst, v, len);
    dst[len] = '\0';
}

/* Record one redirect target; a target seen before in this chain is a loop,
 * which aborts the transfer rather than letting it run to the hop limit. */
static int note_hop(crawl_xfer *x, const char *loc)
{
    size_t n = strlen(loc);
    const char *p = x->hops.data, *end = p ? p + x->hops.len : NULL;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (l == n && memcmp(p, loc, n) == 0) {
            x->redirect_loop = 1;
            return -1;
        }
        p += l + 1;
    }
    if (crawl_buf_append(&x->hops, loc, n) != 0 || crawl_buf_append(&x->hops, "\n", 1) != 0)
        return 0;   /* hop list full: curl's MAXREDIRS still bounds the chain */
    return 0;
}

/* Retry-After: delay-seconds or an HTTP-date, as milliseconds from now. */
static long retry_after_ms(const char *v)
{
    char *end;
    long secs = strtol(v, &end, 10);
    if (end != v && *end == '\0')
        return secs < 0 ? 0 : secs > 3600 ? 3600000L : secs * 1000;
    time_t t = curl_getdate(v, NULL);
    if (t < 0)
        return -1;
    time_t now = time(NULL);
    return t <= now ? 0 : t - now > 3600 ? 3600000L : (long)(t - now) * 1000;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    crawl_xfer *x = ud;
    size_t len = size * n;
    char v[2048];
    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
        /* a new response (after a redirect or 100-continue): start over */
        x->resp_head.len = 0;
        x->content_type[0] = x->etag[0] = x->last_modified[0] = '\0';
        x->retry_after_ms = -1;
    }
    if (crawl_buf_append(&x->resp_head, p, len) != 0)
        return 0;
    header_value(p, len, "Content-Type", x->content_type, sizeof(x->content_type));
    header_value(p, len, "ETag", x->etag, sizeof(x->etag));
    header_value(p, len, "Last-Modified", x->last_modified, sizeof(x->last_modified));
    v[0] = '\0';
    header_value(p, len, "Retry-After", v, sizeof(v));
    if (v[0])
        x->retry_after_ms = retry_after_ms(v);
    v[0] = '\0';
    header_value(p, len, "Location", v, sizeof(v));
    if (v[0] && note_hop(x, v) != 0)
        return 0;
    return len;
}

/* Conditional GET: send the validators the store kept for this URL, and
 * keep a copy for a retry. */
static int set_validators(crawl_xfer *x, const char *etag, const char *last_modified)
{
    char line[256];
    if ((etag && *etag && !(x->sent.etag = strdup(etag))) ||
        (last_modified && *last_modified && !(x->sent.last_modified = strdup(last_modified))))
        return -1;
    if (etag && *etag) {
        snprintf(line, sizeof(line), "If-None-Match: %s", etag);
        struct curl_slist *l = curl_slist_append(x->req_headers, line);
        if (!l)
            return -1;
        x->req_headers = l;
    }
    if (last_modified && *last_modified) {
        snprintf(line, sizeof(line), "If-Modified-Since: %s", last_modified);
        struct curl_slist *l = curl_slist_append(x->req_headers, line);
        if (!l)
            return -1;
        x->req_headers = l;
    }
    if (x->req_headers)
        curl_easy_setopt(x->easy, CURLOPT_HTTPHEADER, x->req_headers);
    return 0;
}

static int on_debug(CURL *e, curl_infotype type, char *data, size_t size, void *ud)
{
    (void)e;
    crawl_xfer *x = ud;
    if (type == CURLINFO_HEADER_OUT) {
        x->req_head.len = 0;   /* keep the last request (after redirects) */
        (void)crawl_buf_append(&x->req_head, data, size);
    }
    return 0;
}

/* Called when the request is about to go out, after any connect: the
 * politeness clock of the host restarts here, so the gap the server sees
 * between two requests is never shorter than the delay. */
static int on_prereq(void *ud, char *ip, char *local_ip, int port, int local_port)
{
    crawl_xfer *x = ud;
    (void)ip;
    (void)local_ip;
    (void)port;
    (void)local_port;
    if (x->kind == XFER_SUBRES)
        return CURL_PREREQFUNC_OK;   /* a page's subresources are not spaced by --delay */
    uv_update_time(&x->c->loop);
    /* uv_now() is whole milliseconds, up to one behind the real time: one
     * more, as in start_xfer, or the next start may come a fraction of a
     * millisecond early */
    uint64_t next = uv_now(&x->c->loop) + (uint64_t)x->host->delay_ms + 1;
    if (x->host->delay_ms > 0 && next > x->host->next_start)
        x->host->next_start = next;
    return CURL_PREREQFUNC_OK;
}

static int setup(crawl_xfer *x, const char *url)
{
    crawl *c = x->c;
    CURL *e = x->easy;
    x->ez.o = c->opts;
    x->ez.body = &x->body;
    if (crawl_easy_setup(e, url, &x->ez) != 0)
        return -1;
    curl_easy_setopt(e, CURLOPT_PRIVATE, x);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
    curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, on_prereq);
    curl_easy_setopt(e, CURLOPT_PREREQDATA, x);
    if (c->warc) {
        curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, on_debug);
        curl_easy_setopt(e, CURLOPT_DEBUGDATA, x);
        curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    }
    curl_easy_setopt(e, CURLOPT_SHARE, c->share);
    if (c->resolve)
        curl_easy_setopt(e, CURLOPT_RESOLVE, c->resolve);
    return 0;
}

/* New transfer for url on host; NULL when out of memory or the URL is
 * rejected by libcurl.  The caller adds x->easy to the multi handle and owns
 * x until crawl_xfer_free. */
crawl_xfer *crawl_xfer_new(crawl *c, crawl_host *h, const char *url, int kind,
                           const char *etag, const char *last_modified)
{
    crawl_xfer *x = calloc(1, sizeof(*x));
    if (!x)
        return NULL;
    x->c = c;
    x->host = h;
    x->kind = kind;
    x->retry_after_ms = -1;
    x->body.max = kind == XFER_ROBOTS ? ROBOTS_MAX_BYTES : c->opts->max_bytes;
    x->resp_head.max = HEAD_MAX;
    x->req_head.max = HEAD_MAX;
    x->hops.max = HEAD_MAX;
    x->url = strdup(url);
    x->easy = curl_easy_init();
    if (!x->url || !x->easy || setup(x, url) != 0 || set_validators(x, etag, last_modified) != 0) {
        crawl_xfer_free(x);
        return NULL;
    }
    return x;
}

void crawl_xfer_free(crawl_xfer *x)
{
    if (!x)
        return;
    if (x->easy)
        curl_easy_cleanup(x->easy);
    free(x->body.data);
    free(x->resp_head.data);
    free(x->req_head.data);
    free(x->hops.data);
    curl_slist_free_all(x->req_headers);
    crawl_validators_free(&x->sent, 0, 1);
    free(x->request_id);
    free(x->url);
    free(x);
}

void crawl_xfer_link(crawl *c, crawl_xfer *x)
{
    x->live_prev = NULL;
    x->live_next = c->live;
    if (c->live)
        c->live->live_prev = x;
    c->live = x;
}

void crawl_xfer_unlink(crawl *c, crawl_xfer *x)
{
    if (x->live_prev)
        x->live_prev->live_next = x->live_next;
    else if (c->live == x)
        c->live = x->live_next;
    if (x->live_next)
        x->live_next->live_prev = x->live_prev;
    x->live_prev = x->live_next = NULL;
}
