/*
 * Keyword crawls, before the crawl: may the platform's search page be
 * fetched at all?  One blocking fetch of the site's robots.txt with the
 * crawl's own easy-handle settings (easy.c) and its --resolve entries and the crawl's robots.txt
 * reading (robots.c), so that a platform that disallows its search is
 * reported and left out instead of opening a run that fetches nothing.
 * The crawl itself checks robots.txt again for every URL.  Runs on the
 * caller's thread.
 */
#include <stdlib.h>
#include <string.h>
#include "crawl_int.h"

/* robots.txt of the site that url belongs to; caller frees, NULL when url
 * is not one libcurl parses. */
static char *site_robots(const char *url)
{
    CURLU *u = curl_url();
    char *out = NULL, *tmp = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_PATH, "/robots.txt", 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_QUERY, NULL, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_URL, &tmp, 0) == CURLUE_OK) {
        out = strdup(tmp);
        curl_free(tmp);
    }
    curl_url_cleanup(u);
    return out;
}

/* The rules robots.txt at rurl gives (owned by the caller), or NULL with
 * the reason in err (*r then says why: CRAWLER_EIO or CRAWLER_ENOMEM). */
static robots *fetch_rules(const char *rurl, const crawler_options *o, crawler_result *r,
                           char *err, size_t errlen)
{
    crawl_buf b = {NULL, 0, 0, ROBOTS_MAX_BYTES, 0};
    crawl_easy ez = {o, &b, 0};
    char errbuf[CURL_ERROR_SIZE] = "";
    robots *rules = NULL;
    long status = 0;
    CURL *e = curl_easy_init();
    *r = CRAWLER_EIO;
    if (!e) {
        *r = CRAWLER_EINIT;
        snprintf(err, errlen, "cannot start libcurl to read %s", rurl);
        return NULL;
    }
    struct curl_slist *resolve = NULL;
    for (size_t i = 0; i < o->n_resolve; i++) {   /* as the crawl resolves */
        struct curl_slist *l = curl_slist_append(resolve, o->resolve[i]);
        if (l)
            resolve = l;
    }
    if (crawl_easy_setup(e, rurl, &ez) == 0) {
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(e, CURLOPT_RESOLVE, resolve);
        CURLcode res = curl_easy_perform(e);
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
        if (res != CURLE_OK && !(res == CURLE_WRITE_ERROR && b.overflow))
            snprintf(err, errlen, "cannot read %s: %s", rurl, crawl_easy_error(&ez, res, errbuf));
        else if (status >= 500 || status < 200)
            snprintf(err, errlen, "cannot read %s: HTTP status %ld", rurl, status);
        else if (!(rules = status < 300 ? robots_parse(b.data ? b.data : "", b.len)
                                        : robots_allow_all()))   /* 4xx: no rules */
            *r = CRAWLER_ENOMEM;
    } else {
        snprintf(err, errlen, "cannot read %s: not a URL libcurl accepts", rurl);
    }
    free(b.data);
    curl_easy_cleanup(e);
    curl_slist_free_all(resolve);
    return rules;
}

crawler_result crawler_robots_check(const char *url, const crawler_options *o, int *allowed,
                                    char *err, size_t errlen)
{
    *allowed = 0;
    if (!url || !o)
        return CRAWLER_EINVAL;
    char *rurl = site_robots(url), *path = robots_path_of_url(url);
    crawler_result r = rurl && path ? CRAWLER_OK : CRAWLER_EURL;
    robots *rules = r == CRAWLER_OK ? fetch_rules(rurl, o, &r, err, errlen) : NULL;
    if (r == CRAWLER_EURL)
        snprintf(err, errlen, "not a URL: '%s'", url);
    if (rules) {
        r = CRAWLER_OK;
        *allowed = robots_allows(rules, CRAWLER_UA_TOKEN, path);
    }
    robots_free(rules);
    free(rurl);
    free(path);
    return r;
}
