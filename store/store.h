/*
 * store — everything wangjian keeps: frontier, pages, findings, leads,
 * price history, registry and the full-text index.
 *
 * An interface with one implementation today (SQLite, WAL, FTS5 trigram) and
 * room for a second (PostgreSQL fleet mode): callers see only this header.
 * The only file that includes sqlite3.h is store/store_sqlite.c.
 *
 * Threading: one store handle is used by one thread at a time (the writer).
 * Strings passed in are borrowed; strings handed out through callbacks are
 * valid only during the callback.
 *
 * Leads: one per (subject, rule).  store_page_findings() replaces a page's
 * findings and rolls them into leads: first_seen, last_seen, hits, best
 * evidence.  A lead whose subject was re-crawled without the violation is
 * resolved by store_leads_resolve_missing(); a violation that returns
 * re-opens it.
 */
#ifndef WANGJIAN_STORE_H
#define WANGJIAN_STORE_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    STORE_OK = 0,
    STORE_ENOMEM,
    STORE_EOPEN,     /* cannot open or create the database file */
    STORE_EIO,       /* write or read failed (disk full, I/O error) */
    STORE_ECORRUPT,  /* not a wangjian database, or damaged */
    STORE_EBUSY,     /* locked by another process past the busy timeout */
    STORE_ENOTFOUND,
    STORE_EINVAL,
    STORE_ESCHEMA    /* schema from a newer wangjian */
} store_result;

const char *store_strerror(store_result r);

typedef struct store store;

/*
 * Open or create the database at path ("FILE" or "sqlite:FILE").  Creates the
 * schema, turns on WAL, synchronous=NORMAL and a busy timeout.  On error *out
 * is NULL and err (may be NULL) holds a one-line reason.  The caller owns
 * *out and closes it with store_close.
 */
store_result store_open(const char *path, store **out, char *err, size_t errlen);
/* Close; returns STORE_OK only when every statement was finalised. */
store_result store_close(store *s); /* accepts NULL */
/* Last error text from the backend, valid until the next call. */
const char *store_errmsg(const store *s);

/* Transactions group many writes; nesting is not supported. */
store_result store_begin(store *s);
store_result store_commit(store *s);
store_result store_rollback(store *s);

/* ---- crawl runs ---- */
/* Start a crawl run; *run_id identifies it in pages and price history. */
store_result store_run_begin(store *s, int64_t now, int64_t *run_id);
store_result store_run_end(store *s, int64_t run_id, int64_t now, long pages, long errors);

/* ---- frontier ---- */
enum { STORE_URL_QUEUED = 0, STORE_URL_LEASED = 1, STORE_URL_DONE = 2, STORE_URL_FAILED = 3 };

/* Add url (already canonical) unless seen; *added = 1 when new. */
store_result store_frontier_add(store *s, const char *url, const char *host, int depth,
                                int64_t not_before, int *added);
typedef struct { int64_t id; char *url; int depth; } store_frontier_item;
/* Lease up to max queued URLs of host (state → LEASED), oldest first.
 * *items (caller frees with store_frontier_items_free) holds *n entries. */
store_result store_frontier_take(store *s, const char *host, size_t max,
                                 store_frontier_item **items, size_t *n);
void store_frontier_items_free(store_frontier_item *items, size_t n);
store_result store_frontier_finish(store *s, int64_t id, int state);
/* Return leased URLs to the queue (after a crash or at start). */
store_result store_frontier_requeue_leased(store *s);
/* Call fn for every host with queued URLs (to rebuild host queues on resume). */
store_result store_frontier_hosts(store *s, void (*fn)(void *ud, const char *host, long queued),
                                  void *ud);
store_result store_frontier_count(store *s, int state, long *n);

/* ---- pages ---- */
typedef struct {
    const char *url;
    const char *host;
    const char *subject;      /* shop or site the page belongs to (lead subject) */
    int status;               /* HTTP status */
    const char *content_type;
    const char *charset;
    const char *title;
    const char *text;         /* visible text (indexed for keyword search) */
    size_t text_len;
    const char *warc_file;    /* evidence location, may be NULL */
    int64_t warc_offset;
    const char *sha256;       /* hex digest of the payload */
    const char *ip;           /* server address actually connected to */
    const char *etag;
    const char *last_modified;
    int64_t fetched_at;       /* unix seconds */
    int64_t run_id;
    const char *region;       /* province, may be NULL */
} store_page;

/* Insert or update the page by URL; *page_id receives its id. */
store_result store_page_put(store *s, const store_page *p, int64_t *page_id);

typedef struct {
    const char *rule;
    const char *severity;
    const char *basis;
    const char *snippet;
    int64_t src_off;
} store_finding;

/* Replace the findings of page_id with f[0..n) and roll them into leads. */
store_result store_page_findings(store *s, int64_t page_id, const store_finding *f, size_t n,
                                 int64_t now);

/* ---- iteration (export, rescan, evidence) ---- */
/* Row callback: return non-zero to stop.  names/values have ncols entries. */
typedef int (*store_row_fn)(void *ud, size_t ncols, const char *const *names,
                            const char *const *values);
/* what: "findings" or "leads".  Columns as in DESIGN.md, in that order. */
store_result store_export(store *s, const char *what, store_row_fn fn, void *ud);

#endif
