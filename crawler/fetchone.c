/*
 * One blocking fetch, for `wangjian parse URL`: the crawl's own easy-handle
 * settings (easy.c), so the same limits, protocols, redirects, address
 * guard and User-Agent, without the loop.  Not for crawling: no robots.txt,
 * no politeness (a person asked for this one page).  Runs on the caller's
 * thread.
 */
#include <stdlib.h>
#include <string.h>
#include "crawl_int.h"

/* Fill the caller's results from a finished transfer: CRAWLER_OK with the
 * body handed over, or CRAWLER_EIO with the reason in err. */
static crawler_result take_result(CURL *e, const char *url, crawl_easy *ez, CURLcode res,
                                  const char *errbuf, char **body, size_t *len,
                                  char **content_type, char *err, size_t errlen)
{
    long status = 0;
    char *ct = NULL;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &ct);
    if (res != CURLE_OK) {
        snprintf(err, errlen, "cannot fetch %s: %s", url, crawl_easy_error(ez, res, errbuf));
        return CRAWLER_EIO;
    }
    if (status < 200 || status >= 300) {
        snprintf(err, errlen, "cannot fetch %s: HTTP error status %ld", url, status);
        return CRAWLER_EIO;
    }
    *body = ez->body->data ? ez->body->data : calloc(1, 1);
    if (!*body)
        return CRAWLER_ENOMEM;
    ez->body->data = NULL;
    *len = ez->body->len;
    if (ct && !(*content_type = strdup(ct))) {
        free(*body);
        *body = NULL;
        return CRAWLER_ENOMEM;
    }
    return CRAWLER_OK;
}

crawler_result crawler_fetch_one(const char *url, const crawler_options *o, char **body,
                                 size_t *len, char **content_type, char *err, size_t errlen)
{
    crawl_buf b = {NULL, 0, 0, o->max_bytes, 0};
    crawl_easy ez = {o, &b, 0};
    char errbuf[CURL_ERROR_SIZE] = "";
    *body = NULL;
    *content_type = NULL;
    *len = 0;
    CURL *e = curl_easy_init();
    if (!e)
        return CRAWLER_EINIT;
    crawler_result r = CRAWLER_EURL;
    if (crawl_easy_setup(e, url, &ez) == 0) {
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
        CURLcode res = curl_easy_perform(e);
        r = take_result(e, url, &ez, res, errbuf, body, len, content_type, err, errlen);
    } else {
        snprintf(err, errlen, "cannot fetch %s: not a URL libcurl accepts", url);
    }
    free(b.data);
    curl_easy_cleanup(e);
    return r;
}
