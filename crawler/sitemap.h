/*
 * sitemap.h — parse sitemaps (sitemaps.org 0.9): <urlset>, <sitemapindex>
 * and plain-text lists, optionally gzip-compressed.  Private to the
 * crawler module.  No network access, no entity expansion, no DTD loading.
 */
#ifndef WANGJIAN_CRAWLER_SITEMAP_H
#define WANGJIAN_CRAWLER_SITEMAP_H

#include <stddef.h>

/* sitemaps.org limits: 50 MB uncompressed, 50,000 URLs per file. */
#define SITEMAP_MAX_BYTES (50u * 1024 * 1024)
#define SITEMAP_MAX_URLS 50000
#define SITEMAP_MAX_URL_LEN 8192

typedef enum {
    SITEMAP_OK = 0,
    SITEMAP_ENOMEM,
    SITEMAP_EGZIP,  /* gzip data is corrupt */
    SITEMAP_ETOOBIG, /* decompressed size beyond SITEMAP_MAX_BYTES */
    SITEMAP_EPARSE  /* not a sitemap (wrong root element, not XML or text) */
} sitemap_result;

const char *sitemap_strerror(sitemap_result r);

typedef struct {
    int is_index;    /* 1: <sitemapindex>, urls are further sitemaps */
    int truncated;   /* more <loc> entries than the cap; the rest dropped */
    int malformed;   /* the XML broke off; urls holds what came before */
    char **urls;     /* <loc> values, whitespace-trimmed, as written (not resolved) */
    size_t n_urls;
} sitemap;

/*
 * Parse len bytes of a sitemap (gzip detected by its magic bytes, so .gz
 * files and Content-Encoding both work).  At most max_urls (0 or more than
 * SITEMAP_MAX_URLS = SITEMAP_MAX_URLS) URLs are kept; <loc> values longer
 * than SITEMAP_MAX_URL_LEN are skipped.  Plain-text sitemaps keep lines
 * starting with http:// or https://.  URLs are returned as written; the
 * caller resolves them (crawler_url_resolve) and applies its scope.
 * On success *out is owned by the caller (sitemap_free).
 */
sitemap_result sitemap_parse(const char *bytes, size_t len, size_t max_urls, sitemap **out);

void sitemap_free(sitemap *s);

#endif
