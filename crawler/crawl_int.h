/*
 * Private to crawler/: the state of one crawl, shared by crawler.c (loop and
 * scheduling), fetch.c (one transfer) and hosts.c (per-host queues).
 *
 * Invariants: everything here is touched only on the loop thread, except a
 * crawl_work while it is on the thread pool (then only by the worker) or
 * queued for the writer thread (then only by the writer), and what st_lock
 * and wq_lock guard.  Workers and the writer also read what stays fixed
 * while work is queued: opts, book, run_id, seed_hosts, scope_re, st (only
 * for store_body_pack, which touches no connection, outside st_lock), warc
 * (thread-safe), warc_dir_abs and the names of hosts.
 */
#ifndef WANGJIAN_CRAWL_INT_H
#define WANGJIAN_CRAWL_INT_H

#include <curl/curl.h>
#include <uv.h>
#include "crawler.h"
#include "robots.h"
#include "warc.h"

enum { ROBOTS_NONE = 0, ROBOTS_FETCHING, ROBOTS_READY };
enum { XFER_PAGE = 0, XFER_ROBOTS, XFER_SITEMAP };

/* A frontier row waiting to be retried after a transient failure. */
typedef struct {
    store_frontier_item it;
    int attempt;             /* attempts made so far */
    uint64_t due;            /* loop time (ms) */
} crawl_retry;

/* What a conditional GET of a stored page sends (NULL when none), owned. */
typedef struct {
    char *etag;
    char *last_modified;
} crawl_validators;

/* Free the strings of val[from..to) (val may be NULL); the array stays. */
void crawl_validators_free(crawl_validators *val, size_t from, size_t to);

/* One host: its politeness clock, robots.txt and a small buffer of leased
 * frontier rows (the rest stay on disk). */
typedef struct crawl_host {
    char *name;
    int active;              /* transfers in flight */
    long queued;             /* frontier rows still QUEUED in the store (approx.) */
    uint64_t next_start;     /* loop time (ms) before which no request may start */
    long delay_ms;           /* max(--delay, Crawl-delay) */
    int robots_state;
    int blocked;             /* robots.txt unreachable or 5xx after every retry: skip the host this run */
    robots *rules;           /* owned; NULL until ROBOTS_READY */
    uint64_t robots_expires; /* loop time (ms) after which robots.txt is fetched again */
    int robots_tries;        /* failed robots.txt fetches in a row */
    char *robots_url;        /* owned; set by the first fetch, reused to refresh it */
    store_frontier_item *buf; size_t buf_n, buf_pos; /* leased, not yet started */
    crawl_validators *val;   /* buf_n: each row's stored ETag and Last-Modified (also of
                                rows started already, until the buffer is refilled) */
    crawl_retry *retry; size_t n_retry, cap_retry;     /* transient failures, owned */
    char **sitemaps; size_t n_sitemaps, sitemap_pos;   /* sitemap URLs to fetch, owned */
    struct crawl_host *next_in_bucket;
} crawl_host;

typedef struct {
    crawl_host **buckets; size_t nbuckets;
    crawl_host **all; size_t n, cap;   /* insertion order, for round-robin */
    size_t cursor;
} crawl_hosts;

/* A set of host names, open addressing.  Built before the crawl starts and
 * only read afterwards, so worker threads may query it. */
typedef struct {
    char **slot; size_t cap, n;
} crawl_nameset;

typedef struct {
    char *data; size_t len, cap, max;
    int overflow;            /* body exceeded max: transfer aborted */
} crawl_buf;

struct crawl;

/* One transfer (page or robots.txt). Owned by the crawl while in the multi
 * handle; freed by crawl_xfer_free after completion is handled. */
typedef struct crawl_xfer {
    struct crawl *c;
    crawl_host *host;
    CURL *easy;
    int kind;                /* XFER_PAGE, XFER_ROBOTS or XFER_SITEMAP */
    int attempt;             /* earlier attempts of this URL */
    int64_t frontier_id;
    int depth;
    char *url;
    crawl_buf body;
    crawl_buf resp_head;     /* last response's status line + headers */
    crawl_buf req_head;      /* request as sent (for WARC) */
    char content_type[128];
    char etag[128];
    char last_modified[64];
    char errbuf[CURL_ERROR_SIZE];
    int refused_private;     /* opensocket refused a private address */
    long retry_after_ms;     /* Retry-After of the last response, or -1 */
    crawl_buf hops;          /* redirect targets, one per line */
    int redirect_loop;       /* a target repeated: transfer aborted */
    struct curl_slist *req_headers; /* conditional-GET headers, owned */
} crawl_xfer;

/* Parse + rules job for the thread pool, then a store job for the writer. */
typedef struct crawl_work {
    uv_work_t req;
    struct crawl *c;
    struct crawl_work *next; /* in the writer's queues */
    int pending;             /* of the pool's and the writer's completions */
    int pushed;              /* it went to the writer (counted in storing) */
    crawl_xfer *x;           /* owned by the work until done */
    parser_page *page;       /* result, owned */
    char **links;            /* canonical in-scope URLs found on the page, owned */
    size_t n_links;
    rules_findings findings; /* result, owned */
    int parse_error;
    char *warc_file;         /* evidence location, owned, or NULL */
    int64_t warc_off;
    warc_result warc_err;    /* evidence write failed (reported by work_done) */
    store_blob body_z;       /* the body packed for the store, owned */
    store_blob text_z;       /* the text prepared for the search index, owned */
    char ip[64];             /* server address, copied on the loop thread */
    long status;             /* HTTP status, copied on the loop thread */
    /* set by the writer's store step */
    int stored;              /* the page is in the open batch */
    int finished;            /* its frontier row is marked */
    unsigned char *added;    /* n_links flags: the link was new to the frontier, owned */
    char *store_err;         /* why the store step failed, owned, or NULL */
    size_t n_findings;       /* counts kept when the writer frees the results */
    int limit_hits;
} crawl_work;

typedef struct crawl {
    uv_loop_t loop;
    int loop_ready;          /* uv_loop_init succeeded */
    uv_timer_t curl_timer;   /* libcurl's timeout */
    uv_timer_t sched_timer;  /* politeness: wake when a host becomes ready */
    uv_timer_t commit_timer; /* periodic batch commit + progress line */
    CURLM *multi;
    CURLSH *share;           /* DNS cache shared by all transfers */
    struct curl_slist *resolve;
    const crawler_options *opts;
    store *st;
    /* st_lock serialises every use of st, the batch (in_txn, txn_pages)
     * and the known-URL cache: the loop thread leases and marks frontier
     * rows and the writer stores pages, in one transaction of one
     * connection */
    uv_mutex_t st_lock;
    int st_lock_ready;
    /* The writer thread stores what the workers parsed, so neither the
     * loop nor a worker waits while a batch commits.  wq_lock guards the
     * queues and writer_quit. */
    uv_thread_t writer;
    int writer_ready;
    uv_mutex_t wq_lock;
    uv_cond_t wq_cond;
    int wq_ready;
    crawl_work *wq_in, *wq_in_tail;     /* parsed, to store */
    crawl_work *wq_done, *wq_done_tail; /* stored, for the loop to count and free */
    int writer_quit;
    int commit_wanted;       /* the loop's commit timer: commit at the next chance */
    uv_async_t wq_async;     /* writer -> loop: wq_done has items, or the store is free */
    int wq_muted;            /* wq_async is closing: the writer must not send */
    const rules_book *book;
    crawler_stats *stats;
    crawl_hosts hosts;
    crawl_nameset seed_hosts;  /* the default scope */
    uint64_t *known;         /* CRAWL_KNOWN_SLOTS hashes of URLs known to be in
                                the frontier (direct-mapped, 0 = empty), owned */
    void *scope_re;          /* pcre2_code*, or NULL */
    warc *warc;
    char *warc_dir_abs;      /* realpath of --warc-dir, owned */
    FILE *log;
    int active;              /* transfers in flight */
    int working;             /* jobs on the thread pool */
    int parse_cap;           /* bound on working: a few per pool thread */
    int storing;             /* parsed pages the writer has not handed back */
    long started;            /* page transfers started (for --max-pages) */
    int in_txn;              /* a store transaction is open */
    long txn_pages;          /* pages stored in the open transaction */
    int64_t run_id;
    int stopping;
    int closing;             /* handles are being closed */
    int fatal;               /* crawler_result that stops the crawl */
    char *err; size_t errlen;
    uint64_t t0;
    uint64_t rng;            /* xorshift state for retry jitter */
} crawl;

/* hosts.c */
int crawl_hosts_init(crawl_hosts *h);
void crawl_hosts_free(crawl_hosts *h);
crawl_host *crawl_hosts_get(crawl_hosts *h, const char *name, int create);

int crawl_nameset_add(crawl_nameset *s, const char *name);   /* copies name; -1 on ENOMEM */
int crawl_nameset_has(const crawl_nameset *s, const char *name);
void crawl_nameset_free(crawl_nameset *s);

/* fetch.c */
/* New transfer of kind for url; etag/last_modified (may be NULL) make it a
 * conditional GET. */
crawl_xfer *crawl_xfer_new(crawl *c, crawl_host *h, const char *url, int kind,
                           const char *etag, const char *last_modified);
void crawl_xfer_free(crawl_xfer *x);

#define CRAWLER_UA_TOKEN "wangjian"   /* product token matched against robots.txt */
/* Slots of the known-URL cache (a power of two; 512 KiB). */
#define CRAWL_KNOWN_SLOTS 65536

/* Pages stored per batch transaction.  Pages, not rows: a page brings its
 * links (~40 frontier rows on a shop page) and every commit also flushes
 * the FTS5 pending terms as a new segment, so counting rows made batches of
 * ~5 pages and many small index segments to merge. */
#define CRAWL_COMMIT_PAGES 200
/* Parsed pages that may wait for the writer.  A commit indexes its batch
 * for search and holds the writer for tens of ms; the queue lets fetching
 * and parsing go on meanwhile.  A queued page costs ~60 KB: 64 instead of
 * 32 cost 4 MB of peak RSS on the small bench corpus for no gain. */
#define CRAWL_STORE_QUEUE 32

/* crawler.c: loop, batching, shutdown */
void crawl_fail(crawl *c, crawler_result r, const char *fmt, ...);
/* The batch functions and crawl_frontier_add need st_lock held. */
int crawl_txn_touch(crawl *c);       /* open the batch transaction if needed; -1 on failure */
void crawl_txn_commit(crawl *c);
/* Commit under st_lock (loop thread). */
void crawl_txn_commit_locked(crawl *c);
/* complete.c: the writer thread (its async handle is closed with the
 * loop's handles; stop joins the thread and is safe to call twice). */
int crawl_writer_start(crawl *c);
void crawl_writer_stop(crawl *c);
/* Have the writer commit the open batch (the loop must not wait for it). */
void crawl_writer_commit(crawl *c);
/* Stop the writer's wake-ups before the loop closes wq_async. */
void crawl_writer_mute(crawl *c);
void crawl_maybe_finish(crawl *c);   /* close the loop's handles when all work is done */

/* schedule.c: politeness, robots.txt, sitemaps, retries */
crawl_host *crawl_host_for(crawl *c, const char *name);
void crawl_schedule(crawl *c);
int crawl_host_runnable(const crawl_host *h);
void crawl_finish_item(crawl *c, int64_t id, int state);
/* Add a canonical URL to the frontier (and its host's queue); -1 on failure. */
int crawl_queue_url(crawl *c, const char *url, int depth);
/* Add url to the frontier unless the known-URL cache has it (any thread,
 * st_lock held); *added = 1 when it was new.  STORE_OK or the store's error. */
store_result crawl_frontier_add(crawl *c, const char *url, int depth, int *added);
/* Count url, which crawl_frontier_add found new, in its host's queue (loop
 * thread); -1 after crawl_fail when out of memory. */
int crawl_host_count_new(crawl *c, const char *url);
/* Keep x's row for a later attempt; -1 when attempts or patience ran out. */
int crawl_retry_later(crawl *c, crawl_xfer *x);
void crawl_robots_done(crawl *c, crawl_xfer *x, CURLcode res, long status);
void crawl_sitemap_done(crawl *c, crawl_xfer *x, CURLcode res, long status);

/* complete.c: outcomes, evidence, parse work, storing */
void crawl_complete(crawl *c, crawl_xfer *x, CURLcode res, long status, double secs);
int crawl_in_scope(const crawl *c, const char *url, const char *host);

#endif
