/*
 * One blocking fetch, for `wangjian parse URL`: the same limits and the
 * same address guard as the crawl, without the loop.  Not for crawling:
 * no robots.txt, no politeness (a person asked for this one page).
 */
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>
#include "crawler.h"
#include "netguard.h"

typedef struct {
    char *data;
    size_t len, max;
    int overflow, refused;
    int allow_private, proxied;
} one_buf;

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
    one_buf *b = ud;
    size_t add = size * n;
    if (b->len + add > b->max) {
        b->overflow = 1;
        return 0;
    }
    char *d = realloc(b->data, b->len + add + 1);
    if (!d)
        return 0;
    memcpy(d + b->len, p, add);
    b->data = d;
    b->len += add;
    d[b->len] = '\0';
    return add;
}

static curl_socket_t on_socket(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
    one_buf *b = ud;
    (void)purpose;
    if (!b->allow_private && !b->proxied && netguard_is_private(&a->addr)) {
        b->refused = 1;
        return CURL_SOCKET_BAD;
    }
    return socket(a->family, a->socktype, a->protocol);
}

crawler_result crawler_fetch_one(const char *url, const crawler_options *o, char **body,
                                 size_t *len, char **content_type, char *err, size_t errlen)
{
    CURL *e = curl_easy_init();
    one_buf b = {NULL, 0, o->max_bytes, 0, 0, o->allow_private, o->proxy != NULL};
    char errbuf[CURL_ERROR_SIZE] = "";
    *body = NULL;
    *content_type = NULL;
    if (!e)
        return CRAWLER_EINIT;
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, o->timeout_ms);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_USERAGENT, o->user_agent ? o->user_agent : "wangjian/" WANGJIAN_VERSION);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &b);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, &b);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    if (o->ca_file)
        curl_easy_setopt(e, CURLOPT_CAINFO, o->ca_file);
    if (o->proxy)
        curl_easy_setopt(e, CURLOPT_PROXY, o->proxy);
    else
        curl_easy_setopt(e, CURLOPT_NOPROXY, "*");
    CURLcode res = curl_easy_perform(e);
    long status = 0;
    char *ct = NULL;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &ct);
    crawler_result r = CRAWLER_OK;
    if (res != CURLE_OK || status < 200 || status >= 300) {
        snprintf(err, errlen, "cannot fetch %s: %s", url,
                 b.refused ? "refused: private or loopback address (use --allow-private)"
                 : b.overflow ? "body larger than --max-bytes"
                 : res != CURLE_OK ? (errbuf[0] ? errbuf : curl_easy_strerror(res))
                 : "HTTP error status");
        if (res == CURLE_OK)
            snprintf(err + strlen(err), errlen - strlen(err), " %ld", status);
        r = CRAWLER_EIO;
        free(b.data);
    } else {
        *body = b.data ? b.data : calloc(1, 1);
        *len = b.len;
        *content_type = ct ? strdup(ct) : NULL;
        if (!*body)
            r = CRAWLER_ENOMEM;
    }
    curl_easy_cleanup(e);
    return r;
}
