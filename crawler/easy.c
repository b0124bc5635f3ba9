/*
 * The settings every fetch of wangjian shares, for the crawl's transfers
 * (fetch.c) and the one blocking fetch behind `wangjian parse URL`
 * (fetchone.c): protocols, redirects, timeouts, the low-speed limit, the
 * size cap, decoding, User-Agent, proxy and CA file, and the address guard.
 * One place, so the two cannot drift apart again.
 *
 * Any thread: it only configures the handle it is given.
 */
#include <stdlib.h>
#include <string.h>
#include "crawl_int.h"
#include "netguard.h"

int crawl_buf_append(crawl_buf *b, const char *p, size_t n)
{
    if (b->len + n > b->max) {
        b->overflow = 1;
        return -1;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 16384;
        while (cap < b->len + n + 1)
            cap *= 2;
        if (cap > b->max + 1)
            cap = b->max + 1;
        char *d = realloc(b->data, cap);
        if (!d)
            return -1;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

/* The write callback: the body into a crawl_buf with a hard maximum.  The
 * decoded bytes are counted, so a gzip bomb stops at the cap too. */
static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    crawl_easy *ez = ud;
    return crawl_buf_append(ez->body, p, size * n) == 0 ? size * n : 0;
}

/* Refuse loopback, private and link-local targets unless allowed.  With a
 * proxy every connection goes to the operator's proxy, which is trusted
 * configuration; the guard protects the targets of links. */
static curl_socket_t on_open_socket(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
    crawl_easy *ez = ud;
    (void)purpose;
    if (!ez->o->allow_private && !ez->o->proxy && netguard_is_private(&a->addr)) {
        ez->refused_private = 1;
        return CURL_SOCKET_BAD;
    }
    return socket(a->family, a->socktype, a->protocol);
}

int crawl_easy_setup(CURL *e, const char *url, crawl_easy *ez)
{
    const crawler_options *o = ez->o;
    if (curl_easy_setopt(e, CURLOPT_URL, url) != CURLE_OK)
        return -1;
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, o->timeout_ms);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 100L);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, 20L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    /* o->max_bytes, not body->max: robots.txt has a smaller body cap, and
     * a longer one is cut there and parsed, not refused */
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, ez);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, ez);
    curl_easy_setopt(e, CURLOPT_USERAGENT, o->user_agent ? o->user_agent : CRAWLER_UA_DEFAULT);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    if (o->ca_file)
        curl_easy_setopt(e, CURLOPT_CAINFO, o->ca_file);
    if (o->proxy)
        curl_easy_setopt(e, CURLOPT_PROXY, o->proxy);
    else
        curl_easy_setopt(e, CURLOPT_NOPROXY, "*");   /* ignore http_proxy from the environment */
    return 0;
}

const char *crawl_easy_error(const crawl_easy *ez, CURLcode res, const char *errbuf)
{
    if (res == CURLE_OK)
        return NULL;
    if (ez->body->overflow || res == CURLE_FILESIZE_EXCEEDED)
        return "body larger than --max-bytes";
    if (ez->refused_private)
        return "refused: private or loopback address (use --allow-private)";
    return errbuf && errbuf[0] ? errbuf : curl_easy_strerror(res);
}
