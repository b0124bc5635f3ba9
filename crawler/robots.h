/*
 * robots.h — robots.txt parser and matcher (RFC 9309, with Google's
 * documented extensions), private to the crawler module.
 *
 * Semantics follow google/robotstxt's RobotsMatcher: the groups naming the
 * caller's product token (case-insensitive) apply, all of them merged; only
 * if no group names it do the "*" groups apply; the longest matching
 * pattern wins and Allow wins ties; "*" and a final "$" are wildcards;
 * patterns are percent-normalised (non-ASCII bytes escaped, %xx
 * upper-cased); lines may end in LF, CR or CRLF; a leading UTF-8 BOM is
 * skipped; "key value" without a colon is accepted when it is exactly two
 * words; common typos ("useragent", "disalow", ...) are accepted.  Only
 * the first ROBOTS_MAX_BYTES of a file are read (RFC 9309 2.5).
 *
 * Fetch-status handling (4xx = allow all, 5xx/unreachable = disallow all)
 * is the crawler's job; robots_allow_all()/robots_disallow_all() build the
 * corresponding objects.  A robots object is immutable after construction,
 * so one object may be read from several threads.
 */
#ifndef WANGJIAN_CRAWLER_ROBOTS_H
#define WANGJIAN_CRAWLER_ROBOTS_H

#include <stddef.h>

#define ROBOTS_MAX_BYTES (500 * 1024)
#define ROBOTS_MAX_SITEMAPS 1000

typedef struct robots robots;

/*
 * Parse len bytes of robots.txt (need not be NUL-terminated; bytes beyond
 * ROBOTS_MAX_BYTES are ignored).  Never fails on content: garbage yields an
 * object that allows everything.  Returns a new object owned by the caller
 * (free with robots_free), or NULL only when memory runs out.
 */
robots *robots_parse(const char *bytes, size_t len);

/* Objects for "no usable robots.txt": allow everything / disallow
 * everything.  Owned by the caller; NULL only on allocation failure. */
robots *robots_allow_all(void);
robots *robots_disallow_all(void);

/* Free r (NULL is fine). */
void robots_free(robots *r);

/*
 * 1 if user agent product token ua may fetch path_and_query, 0 if not.
 * ua is the bare product token (e.g. "wangjian", RFC 9309 2.2.1: letters,
 * '_' and '-'); it is compared whole and case-insensitively with the
 * token at the start of each user-agent line, so "wangjian/0.1" would
 * match no group.  path_and_query is the URL's path, params and
 * query as sent on the wire (percent-encoded, starting with '/', no
 * fragment); robots_path_of_url() produces it from a URL.  A NULL r
 * allows everything.
 */
int robots_allows(const robots *r, const char *ua, const char *path_and_query);

/*
 * Crawl-delay for ua in milliseconds, or -1 when the applicable groups
 * (same selection as robots_allows) set none.  Values are capped at one
 * hour; fractional seconds are kept.
 */
long robots_crawl_delay(const robots *r, const char *ua);

/*
 * Sitemap URLs of the file (all "Sitemap:" lines, whatever group they are
 * in; at most ROBOTS_MAX_SITEMAPS).  *urls receives an array borrowed from
 * r, valid until robots_free(r); the return value is its length.
 */
size_t robots_sitemaps(const robots *r, const char *const **urls);

/*
 * Path, params and query of a URL as google's GetPathParamsQuery computes
 * them ("/" when empty, fragment removed).  Returns a new string owned by
 * the caller, NULL on allocation failure.
 */
char *robots_path_of_url(const char *url);

#endif
