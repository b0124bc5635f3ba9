/*
 * Private to crawler/: the state of one crawl and the calls between its
 * files.  Three kinds of thread touch it, and every shared field says which
 * one owns it:
 *
 *   loop    the thread that called crawler_run: the libuv loop, libcurl,
 *           scheduling, hosts, counting, the browser (render/).  Files:
 *           crawler.c (setup and teardown), loop.c, schedule.c, outcome.c,
 *           fetch.c, render_stage.c (pages that need a browser).
 *   worker  libuv's thread pool: WARC evidence, parse and rules of one
 *           fetched page, its links.  File: parse.c.
 *   store   one thread that alone uses the store handle during the crawl:
 *           it runs commands sent to it in order (leases ahead of the
 *           rest), in batched transactions, and sends the results back
 *           through a uv_async.  File: storer.c.
 *
 * "fixed" fields are set before any thread starts and only read afterwards.
 * Data moves between threads only inside a command or a work item, whose
 * owner changes when it is queued; the queues are guarded by q_lock, the
 * only lock.  Calls between the files go one way, never in a circle
 * (tests/callgraph.py checks it):
 *   crawler.c → loop.c → outcome.c → schedule.c → storer.c → fetch.c →
 *   easy.c → netguard.c, with hosts.c, url.c, robots.c and sitemap.c below
 *   whoever needs them; parse.c runs on the pool, handed over by loop.c.
 *   render_stage.c is called by crawler.c, loop.c and outcome.c and calls
 *   down only (fetch.c, storer.c, hosts.c, url.c, netguard.c); it returns
 *   to the loop through c->kick and c->parsed_cb, function pointers loop.c
 *   sets, so the calls stay one way.
 */
#ifndef WANGJIAN_CRAWL_INT_H
#define WANGJIAN_CRAWL_INT_H

#include <curl/curl.h>
#include <uv.h>
#include "crawler.h"
#include "robots.h"
#include "../scan/scan.h"
#include "../warc/warc.h"

/* FNV-1a of the string s: the crawl's hash tables of host names and of
 * frontier URLs.  Not collision-resistant; nothing relies on it being. */
static inline uint64_t crawl_fnv1a(const char *s)
{
    uint64_t h = 14695981039346656037ULL;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h;
}

enum { ROBOTS_NONE = 0, ROBOTS_FETCHING, ROBOTS_READY };
enum { XFER_PAGE = 0, XFER_ROBOTS, XFER_SITEMAP, XFER_SUBRES };

/* What a conditional GET of a stored page sends (NULL when none), owned. */
typedef struct {
    char *etag;
    char *last_modified;
} crawl_validators;

/* Free the strings of val[from..to) (val may be NULL); the array stays. */
void crawl_validators_free(crawl_validators *val, size_t from, size_t to);

/* A frontier row waiting to be retried after a transient failure (loop). */
typedef struct {
    store_frontier_item it;
    crawl_validators val;    /* what its first request sent, owned */
    int attempt;             /* attempts made so far */
    uint64_t due;            /* loop time (ms) */
} crawl_retry;

/* One host: its politeness clock, robots.txt and a small buffer of leased
 * frontier rows (the rest stay in the store).  Owned by the loop; the store
 * thread reads only name (fixed once the host exists). */
typedef struct crawl_host {
    char *name;
    int active;              /* transfers in flight */
    long queued;             /* frontier rows still QUEUED in the store (approx.) */
    int leasing;             /* a lease command is on its way to the store thread */
    uint64_t next_start;     /* loop time (ms) before which no request may start */
    long delay_ms;           /* max(--delay, Crawl-delay) */
    int robots_state;
    int blocked;             /* robots.txt unreachable or 5xx after every retry: skip the host this run */
    int answered;            /* gave an HTTP answer below 500 this run */
    robots *rules;           /* owned; NULL until ROBOTS_READY */
    uint64_t robots_expires; /* loop time (ms) after which robots.txt is fetched again */
    int robots_tries;        /* failed robots.txt fetches in a row */
    char *robots_url;        /* owned; set by the first fetch, reused to refresh it */
    store_frontier_item *buf; size_t buf_n, buf_pos; /* leased, not yet started */
    crawl_validators *val;   /* buf_n: each row's stored ETag and Last-Modified */
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

/* easy.c (any thread): the easy-handle settings every fetch shares */
#define CRAWLER_UA_TOKEN "wangjian"   /* product token matched against robots.txt */
#define CRAWLER_UA_DEFAULT "wangjian/" WANGJIAN_VERSION " (market-regulation compliance crawler)"

/* Append p[n] to b, keeping it NUL-terminated; -1 past b->max (overflow
 * set) or when out of memory. */
int crawl_buf_append(crawl_buf *b, const char *p, size_t n);

/* What crawl_easy_setup's callbacks need, living as long as the handle. */
typedef struct {
    const crawler_options *o;  /* borrowed */
    crawl_buf *body;           /* the body goes here, up to body->max bytes */
    int refused_private;       /* set when the address guard refused a connect */
} crawl_easy;

/* Configure e for url the way every wangjian fetch is made: http(s) only,
 * up to 10 redirects, connect and total timeouts, a low-speed limit, the
 * body capped at ez->body->max (also when it is decoded), the User-Agent,
 * proxy or none, the CA file and the address guard.  -1 when libcurl
 * rejects the URL. */
int crawl_easy_setup(CURL *e, const char *url, crawl_easy *ez);
/* A one-line reason for a failed transfer (static or errbuf), NULL for
 * CURLE_OK. */
const char *crawl_easy_error(const crawl_easy *ez, CURLcode res, const char *errbuf);

struct crawl;

/* One transfer (page, robots.txt or sitemap).  Owned by the loop while in
 * the multi handle; a page's transfer then travels inside its crawl_work. */
typedef struct crawl_xfer {
    struct crawl *c;
    crawl_host *host;
    CURL *easy;
    int kind;                /* XFER_PAGE, XFER_ROBOTS or XFER_SITEMAP */
    int attempt;             /* earlier attempts of this URL */
    int64_t frontier_id;
    int depth;
    char *url;
    crawl_validators sent;   /* the validators this request sent, owned */
    crawl_buf body;
    crawl_buf resp_head;     /* last response's status line + headers */
    crawl_buf req_head;      /* request as sent (for WARC) */
    char content_type[128];
    char etag[128];
    char last_modified[64];
    char errbuf[CURL_ERROR_SIZE];
    crawl_easy ez;           /* the shared settings' state (ez.refused_private) */
    long retry_after_ms;     /* Retry-After of the last response, or -1 */
    crawl_buf hops;          /* redirect targets, one per line */
    int redirect_loop;       /* a target repeated: transfer aborted */
    struct curl_slist *req_headers; /* conditional-GET headers, owned */
    struct crawl_render_job *job;   /* XFER_SUBRES: the rendering that asked, or NULL */
    char *request_id;        /* XFER_SUBRES: the browser's id for the request, owned */
    struct crawl_xfer *live_prev, *live_next; /* c->live while in the multi handle */
} crawl_xfer;

/* ---- commands for the store thread ---- */

enum { CMD_PAGE = 0, CMD_FINISH, CMD_ADD, CMD_LEASE, CMD_COMMIT };

struct crawl_work;

/*
 * One command.  The sender fills the request, crawl_store_send hands the
 * whole command to the store thread, and crawl_store_results hands it back
 * to the loop with the reply filled in; the loop frees it (crawl_cmd_free,
 * or work_free for CMD_PAGE, whose command lives inside its work).
 */
typedef struct crawl_cmd {
    struct crawl_cmd *next;  /* queue link (whoever holds the queue) */
    int kind;
    /* request */
    struct crawl_work *work; /* CMD_PAGE: the parsed page */
    int64_t id; int state;   /* CMD_FINISH: frontier row and its STORE_URL_* state;
                                with one of urls: the page there is gone (404/410) */
    char **urls; size_t n_urls; int depth; /* CMD_ADD (and a page's links): canonical URLs, owned */
    int *depths;             /* NULL, or each URL's own depth (a keyword run's links), owned */
    crawl_host *host;        /* CMD_LEASE: the store thread reads host->name only */
    size_t want;             /* CMD_LEASE: rows wanted */
    /* reply */
    unsigned char *added;    /* CMD_ADD, CMD_PAGE: n_urls flags, 1 = new to the frontier, owned */
    store_frontier_item *items; crawl_validators *val; size_t n; /* CMD_LEASE: owned */
    char *err;               /* what failed, owned, or NULL */
} crawl_cmd;

/* Free cmd and what it owns; not for CMD_PAGE, whose command lives in its
 * work (crawl_work_free). */
void crawl_cmd_free(crawl_cmd *cmd);

/* A fetched page: parsed on the pool (parse.c), then stored by the store
 * thread (its cmd), then counted and freed by the loop. */
typedef struct crawl_work {
    uv_work_t req;
    crawl_cmd cmd;           /* CMD_PAGE; its urls are the page's in-scope links */
    struct crawl *c;
    crawl_xfer *x;           /* owned by the work until done */
    char ip[64];             /* server address, copied on the loop thread */
    long status;             /* HTTP status, copied on the loop thread */
    char *final_url;         /* after redirects (owned), NULL when none; loop thread */
    char sha256[65];         /* hex SHA-256 of the body, "" if unknown; parse worker */
    /* set on the worker */
    parser_page *page;       /* owned; freed by the store thread once stored */
    rules_findings findings; /* owned; cleared by the store thread once stored */
    int parse_error;
    char *warc_file;         /* evidence location, owned, or NULL */
    int64_t warc_off;
    warc_result warc_err;    /* evidence write failed (reported by the loop) */
    store_blob body_z;       /* the body packed for the store, owned */
    store_blob text_z;       /* the text prepared for the search index, owned */
    /* set on the store thread */
    int stored;              /* the page is in the open batch */
    int changed;             /* it is new, or its title or text changed */
    size_t n_findings;       /* counts kept when the store thread frees the results */
    int limit_hits;
    /* rendering (render_stage.c on the loop, parse.c on the pool) */
    int render_wanted;       /* set by the first parse: the page goes to the browser */
    char *render_html; size_t render_html_len; /* the rendered DOM, owned, or NULL */
    unsigned char *render_png; size_t render_png_len; /* its screenshot, owned, or NULL */
    char *render_why;        /* why it was not rendered, owned, or NULL */
    int judged_rendered;     /* page and findings come from the rendered DOM */
    struct crawl_work *render_next; /* the queue of pages waiting for a tab */
} crawl_work;

typedef struct crawl {
    /* ---- fixed ---- */
    const crawler_options *opts;
    const rules_book *book;
    crawl_nameset seed_hosts;  /* the default scope */
    crawl_nameset key_hosts;   /* hosts of the seeds that name the run (opts->n_scope_seeds) */
    void *scope_re;            /* pcre2_code*, or NULL */
    warc *warc;                /* thread-safe writer, or NULL */
    char *warc_dir_abs;        /* realpath of --warc-dir, owned */
    store *st;                 /* used only by the store thread once it runs (and
                                  by workers for store_*_pack, which touch no
                                  connection state) */
    int64_t run_id;
    int parse_cap;             /* bound on working: a few per pool thread */

    /* ---- loop ---- */
    uv_loop_t loop;
    int loop_ready;            /* uv_loop_init succeeded */
    uv_timer_t curl_timer;     /* libcurl's timeout */
    uv_timer_t sched_timer;    /* politeness: wake when a host becomes ready */
    uv_timer_t commit_timer;   /* periodic batch commit + progress line */
    uv_signal_t sig_int, sig_term; /* stop on SIGINT / SIGTERM (stopped at the first) */
    crawl_xfer *live;          /* transfers in the multi handle (crawl_xfer_link) */
    CURLM *multi;
    CURLSH *share;             /* DNS cache shared by all transfers */
    struct curl_slist *resolve;
    crawler_stats *stats;
    crawl_hosts hosts;
    FILE *log;
    int active;                /* transfers in flight */
    int working;               /* pages on the thread pool */
    int storing;               /* pages sent to the store thread, not back yet */
    int commands;              /* other commands sent, not back yet */
    long started;              /* page transfers started (for --max-pages) */
    int stopping;
    int closing;               /* handles are being closed */
    int fatal;                 /* crawler_result that stops the crawl */
    char *err; size_t errlen;
    uint64_t t0;
    void (*kick)(struct crawl *c);  /* loop.c's after_event: what every callback ends with */
    uv_after_work_cb parsed_cb;     /* loop.c's end of a parse on the pool */
    struct crawl_render *render;    /* render_stage.c's state, owned; NULL when never */
    uint64_t rng;              /* xorshift state for retry jitter */

    /* ---- store thread ---- */
    int in_txn;                /* a batch transaction is open */
    char commit_why[512];      /* why a commit failed (the rollback after it
                                  resets the store's message) */
    long txn_pages;            /* pages stored in the open batch */
    uint64_t *known;           /* CRAWL_KNOWN_SLOTS hashes of URLs known to be in
                                  the frontier (direct-mapped, 0 = empty), owned */

    /* ---- the queues, under q_lock ---- */
    uv_thread_t store_thread;
    int store_started;
    uv_mutex_t q_lock;
    uv_cond_t q_cond;
    int q_ready;
    crawl_cmd *q_lease, *q_lease_tail;  /* leases: run before other commands */
    crawl_cmd *q_in, *q_in_tail;        /* everything else, in order */
    crawl_cmd *q_done, *q_done_tail;    /* replies, for the loop */
    int q_commit;              /* commit the open batch at the next chance */
    int q_quit;                /* finish the queue, commit, return */
    int q_muted;               /* q_async is closing: no more sends */
    uv_async_t q_async;        /* store thread → loop: q_done has replies */
    char *store_err;           /* the store thread's final error, owned (read after join) */
} crawl;

/* hosts.c (loop, except where said): hosts, scope, the crawl's first error */
int crawl_hosts_init(crawl_hosts *h);
void crawl_hosts_free(crawl_hosts *h);
crawl_host *crawl_hosts_get(crawl_hosts *h, const char *name, int create);
/* The host called name, created with the crawl's delay when new; NULL after
 * crawl_fail when out of memory. */
crawl_host *crawl_host_for(crawl *c, const char *name);
int crawl_nameset_add(crawl_nameset *s, const char *name);   /* copies name; -1 on ENOMEM */
int crawl_nameset_has(const crawl_nameset *s, const char *name);
void crawl_nameset_free(crawl_nameset *s);
/* url (on host) is in the crawl's scope: --scope, else a seed's host.
 * Reads fixed fields only: safe on any thread. */
int crawl_in_scope(const crawl *c, const char *url, const char *host);
/* Record the first fatal error and stop starting new work. */
void crawl_fail(crawl *c, crawler_result r, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The JSON log (--log): now as ISO 8601 local time with milliseconds and
 * numeric zone, "2026-12-06T22:05:01.123+08:00", in buf ("" when the clock
 * cannot be read); and one line of it, o taken (NULL: nothing; no log:
 * dropped). */
struct json_t;
void crawl_log_time(char *buf, size_t len);
void crawl_log_line(crawl *c, struct json_t *o);

/* fetch.c (loop): one transfer */
/* New transfer of kind for url; etag/last_modified (may be NULL) make it a
 * conditional GET.  NULL when out of memory or libcurl rejects the URL. */
crawl_xfer *crawl_xfer_new(crawl *c, crawl_host *h, const char *url, int kind,
                           const char *etag, const char *last_modified);
void crawl_xfer_free(crawl_xfer *x);
/* x was added to (removed from) the multi handle: keep the list of
 * transfers in flight (c->live), which a stop drops without waiting. */
void crawl_xfer_link(crawl *c, crawl_xfer *x);
void crawl_xfer_unlink(crawl *c, crawl_xfer *x);

/* storer.c: the store thread and the commands it runs */
/* Slots of the known-URL cache (a power of two; 512 KiB). */
#define CRAWL_KNOWN_SLOTS 65536
/* Pages stored per batch transaction.  Pages, not rows: a page brings its
 * links (~40 frontier rows on a shop page) and every commit also flushes
 * the FTS5 pending terms as a new segment, so counting rows made batches of
 * ~5 pages and many small index segments to merge. */
#define CRAWL_COMMIT_PAGES 200
/* Parsed pages that may wait for the store thread.  A commit indexes its
 * batch for search and holds the thread for tens of ms; the queue lets
 * fetching and parsing go on meanwhile.  A queued page costs ~60 KB. */
#define CRAWL_STORE_QUEUE 32

/* Before the store thread starts (loop thread, which owns the store until
 * then): requeue rows a killed crawl left leased, open or resume the run,
 * insert the seeds and learn the hosts with queued rows.  All or nothing:
 * on failure no run was opened (run_id 0) and the store is unchanged. */
crawler_result crawl_store_open_run(crawl *c);
/* Start the store thread; its replies wake on_replies on the loop.  -1 on
 * failure (nothing started). */
int crawl_store_start(crawl *c, uv_async_cb on_replies);
/* Free w and all it owns (its transfer, its command). */
void crawl_work_free(crawl_work *w);
/* Hand cmd to the store thread (loop thread). */
void crawl_store_send(crawl *c, crawl_cmd *cmd);
/* New command of kind (loop), or NULL after crawl_fail. */
crawl_cmd *crawl_cmd_new(crawl *c, int kind);
/* Ask for the open batch to be committed soon; the loop does not wait. */
void crawl_store_commit(crawl *c);
/* Replies since the last call, oldest first (loop thread; caller owns). */
crawl_cmd *crawl_store_replies(crawl *c);
/* Stop waking the loop (before it closes q_async). */
void crawl_store_mute(crawl *c);
/* Let the thread finish its queue, commit and exit; join it.  Safe to call
 * twice.  Returns CRAWLER_OK or CRAWLER_ESTORE with the reason in err. */
crawler_result crawl_store_stop(crawl *c);
/* After crawl_store_stop (the loop thread owns the store again): with
 * finished, judge the run and end it (finished or failed); without (a
 * signal stopped it), add its page counts to the run and leave it open
 * for the next crawl to resume. */
crawler_result crawl_store_end_run(crawl *c, int finished);

/* parse.c (worker): evidence, parse, rules and links of one page */
void crawl_parse_run(uv_work_t *req);

/* schedule.c (loop): politeness, leases, retries; starts transfers */
/* Start what may start now; returns the loop time of the next politeness
 * wake-up, or UINT64_MAX for none. */
uint64_t crawl_schedule(crawl *c);
/* 1 while h has something left to fetch this run. */
int crawl_host_runnable(const crawl_host *h);
/* Send frontier row id's final state to the store. */
void crawl_finish_row(crawl *c, int64_t id, int state);
/* Row id is done and its URL answered 404 or 410: the stored page there,
 * if any, shows nothing any more (store_page_gone). */
void crawl_finish_gone(crawl *c, int64_t id, const char *url);
/* Queue canonical URLs at depth: one CMD_ADD.  Takes urls and its strings
 * (freed here when n is 0). */
void crawl_add_urls(crawl *c, char **urls, size_t n, int depth);
/* Keep x's row for a later attempt; -1 when attempts or patience ran out. */
int crawl_retry_later(crawl *c, crawl_xfer *x);
/* How long to wait before try number failures + 1 (loop thread). */
uint64_t crawl_retry_delay(crawl *c, const crawl_xfer *x, int failures);
/* A lease came back: buffer its rows in its host. */
void crawl_lease_done(crawl *c, crawl_cmd *cmd);
/* Count the URLs a reply found new in their hosts' queues. */
void crawl_count_added(crawl *c, const crawl_cmd *cmd);

/* A subresource's exchange on its way to the WARC (pool), then freed by
 * render_stage.c on the loop. */
typedef struct {
    uv_work_t req;
    struct crawl *c;
    crawl_xfer *x;           /* owned */
    char ip[64];
    warc_result warc_err;
} crawl_subres_work;
/* parse.c (worker): write a subresource's WARC pair. */
void crawl_parse_subres(uv_work_t *req);

/* parse.c (worker): the second parse of a page that went to the browser:
 * its evidence with the rendered DOM and screenshot (or the reason it was
 * not rendered), the rules on the rendered DOM, links, packing. */
void crawl_parse_rendered(uv_work_t *req);

/* render_stage.c (loop): pages that need a browser */
/* Set up rendering for the crawl (nothing starts yet); CRAWLER_EINIT with
 * the reason in c->err under --render always when there is no browser. */
crawler_result crawl_render_init(crawl *c);
/* Render w's page (it keeps its c->working slot), then hand it to the pool
 * for crawl_parse_rendered and back to c->parsed_cb. */
void crawl_render_page(crawl *c, crawl_work *w);
/* A subresource transfer finished: answer the browser, record it; frees x. */
void crawl_render_subres_done(crawl *c, crawl_xfer *x, CURLcode res, long status);
/* A subresource transfer is dropped by a stop (x is freed by the caller). */
void crawl_render_subres_dropped(crawl *c, crawl_xfer *x);
/* All other work is done: close the browser.  1 while it (or a record
 * write) is still going: c->kick runs again when it is gone. */
int crawl_render_shutdown(crawl *c);
/* Free what is left (after the loop is closed). */
void crawl_render_free(crawl *c);

/* loop.c (loop): the libuv loop and every callback it makes */
/* uv_loop_init, the loop's timers and the SIGINT/SIGTERM handlers.  -1 on
 * failure. */
int crawl_loop_init(crawl *c);
/* Start the store thread (its replies wake the loop); after
 * crawl_store_open_run.  -1 on failure. */
int crawl_loop_start_store(crawl *c);
/* Attach the multi handle to the loop and set its connection limits. */
void crawl_loop_setup_multi(crawl *c);
/* Run the crawl until all work is done or it stops; sets stats->seconds. */
void crawl_loop_run(crawl *c);
/* Close whatever handles are left and the loop (the store thread must be
 * stopped first: it sends on one of them). */
void crawl_loop_close(crawl *c);

/* outcome.c (loop): what a finished transfer means */
/* Handle a finished transfer; returns the page work to parse, or NULL
 * when nothing is left to do with it (x is then freed). */
crawl_work *crawl_complete(crawl *c, crawl_xfer *x, CURLcode res, long status);
/* The pool is through with w (status as in uv_after_work_cb): send it on
 * to the store thread. */
void crawl_parsed(crawl *c, crawl_work *w, int status);
/* A reply of the store thread: count it, free it. */
void crawl_reply(crawl *c, crawl_cmd *cmd);
/* Append the run's summary line to the JSON log (when there is one):
 * status "finished", "stopped" or "failed", run_id (0 = no run opened:
 * null), ms the run's duration, and every counter of s.  err (may be NULL
 * or "") says why it did not finish. */
void crawl_log_run(crawl *c, const char *status, long long ms, const crawler_stats *s,
                   const char *err);

#endif
