/*
 * crawler — fetch pages politely and hand them through parser and rules to
 * the store.
 *
 * One libuv loop drives one libcurl multi handle through the socket API.
 * Parsing and rule matching run on libuv's thread pool (through scan/); one
 * store thread alone uses the store handle while the crawl runs, taking
 * commands from the loop and committing them in batches.  The caller must
 * not use the store while crawler_run runs.  The frontier lives in the
 * store, so a killed crawl resumes where its last committed batch ended.
 *
 * Library code: never prints, never exits.  Errors come back as
 * crawler_result plus a one-line message in the caller's buffer.
 */
#ifndef WANGJIAN_CRAWLER_H
#define WANGJIAN_CRAWLER_H

#include <stddef.h>
#include <stdint.h>
#include "../parser/parser.h"
#include "../rules/rules.h"
#include "../store/store.h"

typedef enum {
    CRAWLER_OK = 0,
    CRAWLER_ENOMEM,
    CRAWLER_EINVAL,   /* bad option or seed URL */
    CRAWLER_EINIT,    /* libcurl or libuv refused to start */
    CRAWLER_ESTORE,   /* the store failed; crawl stopped, committed data kept */
    CRAWLER_EIO,      /* WARC or log file could not be written */
    CRAWLER_EURL,     /* URL could not be parsed */
    CRAWLER_ESTOPPED  /* SIGINT or SIGTERM: stopped early, run left open to resume */
} crawler_result;

const char *crawler_strerror(crawler_result r);

typedef struct {
    const char *const *seeds;  size_t n_seeds;    /* start URLs (borrowed) */
    const char *proxy;                            /* curl's CURLOPT_PROXY, or NULL */
    const char *const *resolve; size_t n_resolve; /* "HOST:PORT:ADDR" (CURLOPT_RESOLVE) */
    int allow_private;      /* allow loopback/private/link-local targets */
    long max_pages;         /* stop after this many fetched pages; 0 = no limit */
    const char *warc_dir;   /* NULL = no WARC evidence */
    int concurrency;        /* transfers overall (default 64) */
    int per_host;           /* transfers per host (default 2) */
    long delay_ms;          /* between request starts to one host (default 1000) */
    int depth;              /* link depth from the seeds; < 0 = unlimited */
    const char *scope_regex;/* PCRE2; NULL = same host as the seed */
    const char *user_agent; /* NULL = "wangjian/VERSION (+contact)" */
    size_t max_bytes;       /* cap on (decompressed) body size, default 10 MiB */
    long timeout_ms;        /* total per transfer, default 30000 */
    const char *log_path;   /* JSON lines per fetch, or NULL */
    int progress_fd;        /* >= 0: write a live status line there (a tty) */
    const parser_profiles *profiles; /* may be NULL */
    int use_sitemaps;       /* follow Sitemap: lines of robots.txt (default 1) */
    long robots_ttl_s;      /* refetch a host's robots.txt after this (default 86400) */
    const char *ca_file;    /* PEM CA bundle for HTTPS instead of the system's, or NULL */
    int max_error_pct;      /* a run where more than this percent of the URLs ended in a
                               network error or 5xx has failed (default 50) */
    const char *run_options;/* the options as the user gave them, a JSON object kept with
                               the run for evidence (store_run_describe), or NULL */
    size_t n_scope_seeds;   /* seeds[0..n) name the run (its scope, which a stopped run
                               resumes by); the others (complaint URLs) are fetched with
                               them but do not change which run this is.  0 = all */
    const char *keyword;    /* a keyword crawl (关键词搜索), or NULL: the seeds are the
                               platforms' search pages for it; a search page whose profile
                               marks its links gives only its results (at link distance 1,
                               whatever page listed them) and its next page (up to the
                               profile's max_pages); every URL the run queues is recorded
                               as turned up by the keyword (store_keyword_hit); the run
                               is its own (scope "HOSTS ?keyword") and takes into it the
                               URLs it reaches that other runs fetched, not the rest of
                               the hosts' frontier */
    int render;             /* CRAWLER_RENDER_*: which pages headless Chromium renders */
    int render_concurrency; /* pages rendered at once (default 2) */
    long render_max_mb;     /* restart the browser above this resident memory (default 1024) */
    long render_budget_ms;  /* one page's rendering, subresources included (default 15000) */
} crawler_options;

/* --render: never; auto renders a page that shows almost no text (fewer
 * than CRAWLER_RENDER_AUTO_CHARS non-space characters) and runs a program
 * (a <script src=...>, or inline scripts of CRAWLER_RENDER_AUTO_SCRIPT
 * bytes or more): a shell its scripts fill in; always renders every HTML
 * page.  A rendered page is judged on the browser's DOM, its text on what
 * the browser displays. */
enum { CRAWLER_RENDER_NEVER = 0, CRAWLER_RENDER_AUTO, CRAWLER_RENDER_ALWAYS };
#define CRAWLER_RENDER_AUTO_CHARS 64
#define CRAWLER_RENDER_AUTO_SCRIPT 256

/* Fill defaults into opts (zeroes everything else). */
void crawler_options_init(crawler_options *opts);

typedef struct {
    long pages;       /* HTML pages fetched and stored */
    long changed;     /* of those: new, or their title or text changed */
    long unchanged;   /* 304 Not Modified, or stored with the same title and text */
    long failed;      /* page URLs that gave no page: network error, 4xx, 5xx, unparsable */
    long errors;      /* of those: network errors and 5xx after every retry (a 4xx is an
                         answer, not an error) */
    long answered;    /* page URLs that answered 2xx or 304 */
    long refused;     /* URLs refused (robots, private address, scope) */
    long retries;     /* transient failures retried */
    long limit_hits;  /* rule patterns stopped by their PCRE2 match/depth limit */
    long hosts_skipped; /* robots.txt unreachable or 5xx: host left for the next run */
    long seed_hosts;  /* distinct hosts of the seeds */
    long seed_hosts_answered; /* of those: hosts that gave any HTTP answer below 500 */
    long findings;
    long leads_new, leads_reopened, leads_resolved; /* lead changes of the run */
    long leads_open;  /* open leads in the database when the run ended */
    long rendered;    /* pages judged on their rendered DOM */
    long render_failed; /* pages that should have been rendered and were not (the log says why) */
    long render_restarts; /* browser restarts after a crash or its memory limit */
    long subresources;  /* requests of rendered pages answered through libcurl */
    long render_peak_kb;  /* the browser's highest resident memory (all its processes) */
    int64_t run_id;   /* the run (0 when none was opened) */
    int resumed;      /* an interrupted crawl was resumed */
    double seconds;
    char first_error[256]; /* the first network error, "" when none */
    char failed_why[768];  /* why the run could not do its job, "" when it did: no
                              seed host answered, no page answered 2xx or 304, or
                              too many errors (max_error_pct); recorded as the
                              run's status ("failed" instead of "finished") */
} crawler_stats;

/*
 * Crawl.  store and book are borrowed and must outlive the call.  Returns
 * CRAWLER_OK when the crawl ran to its end (individual fetch failures are
 * counted in stats, not returned; whether the run did its job is
 * stats->failed_why).  err receives a one-line reason.
 *
 * A crawl refused before it fetches anything (a seed that is not an
 * http(s) URL, a bad --scope, a file that cannot be opened) opens no run
 * and changes nothing in the store.
 *
 * While the loop runs, SIGINT and SIGTERM are caught: the first one stops
 * the crawl within seconds (transfers in flight are dropped and their rows
 * requeued by the next run; pages already fetched are parsed and stored;
 * the last batch is committed and the WARC file closed) and returns
 * CRAWLER_ESTOPPED with err "stopped by SIGTERM" (or SIGINT).  The run is
 * not ended, so the next crawl resumes it.  The handlers are removed at
 * the first signal: a second one takes its default action (the process
 * dies at once; the next crawl still resumes from the last commit).
 *
 * With log_path, every fetch and, at the end, the run as a whole are
 * logged as JSON lines (see log_fetch and crawl_log_run in outcome.c).
 */
crawler_result crawler_run(const crawler_options *opts, store *st, const rules_book *book,
                           crawler_stats *stats, char *err, size_t errlen);

/*
 * Fetch one URL (blocking, for `wangjian parse URL`) with the crawl's
 * limits and address guard from o (max_bytes, timeout_ms, proxy,
 * allow_private, user_agent).  On CRAWLER_OK *body (NUL-terminated, *len
 * bytes) and *content_type (may be NULL) are owned by the caller.
 */
crawler_result crawler_fetch_one(const char *url, const crawler_options *o, char **body,
                                 size_t *len, char **content_type, char *err, size_t errlen);

/*
 * Resolve href against base (WHATWG rules on top of curl's URL API) and
 * return the canonical form used for the seen-set: fragment dropped, scheme
 * and host lower-cased, default port removed, percent-encoding normalised,
 * IDN hosts in punycode.  Returns a new string owned by the caller, or NULL
 * when href cannot be resolved to an http(s) URL.
 */
char *crawler_url_resolve(const char *base, const char *href);

/*
 * Keyword crawls: may the crawl fetch url according to its host's
 * robots.txt (fetched now, blocking, with o's limits and address guard)?
 * *allowed = 1 or 0 on CRAWLER_OK (a robots.txt answering 4xx allows
 * everything); CRAWLER_EIO with the reason in err when robots.txt could
 * not be read (network error or 5xx: RFC 9309 says assume nothing is
 * allowed, and the caller says so).
 */
crawler_result crawler_robots_check(const char *url, const crawler_options *o, int *allowed,
                                    char *err, size_t errlen);

/* Host part of an absolute URL (lower-case), caller frees; NULL on failure. */
char *crawler_url_host(const char *url);

#endif
