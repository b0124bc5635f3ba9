/*
 * store — everything wangjian keeps: frontier, pages, findings, leads,
 * price history, registry and the full-text index.
 *
 * An interface with one implementation today (SQLite, WAL, FTS5 trigram) and
 * room for a second (PostgreSQL fleet mode): callers see only this header.
 * Only the SQLite backend's files (store/sqlite_*.c) include sqlite3.h.
 *
 * Threading: a store handle belongs to one thread.  During a crawl that is
 * the store thread: it owns the handle, and nothing else touches it (other
 * threads send it work).  Other commands use the handle from their single
 * thread.  Only store_body_pack and store_text_pack (which touch no
 * connection state) and store_blob_free may run on other threads while
 * the handle is open.  So the store needs no locks of its own.
 * Strings passed in are borrowed; strings handed out through callbacks are
 * valid only during the callback.
 *
 * Leads: one per (subject, rule).  store_page_findings() replaces a page's
 * findings and rolls them into leads: first_seen, last_seen, hits, best
 * evidence.  A lead whose subject was re-crawled without the violation (no
 * page of the subject still has a finding of that rule) is resolved by the
 * same call; a violation that returns re-opens it.  Inside a transaction
 * the lead changes are held in memory and written at store_commit, in one
 * go (a network database pays per round trip); every read of leads sees
 * them all the same.
 *
 * A callback that calls the iterating function it was called from gets
 * STORE_EINVAL; other store calls (writes included) are fine.
 *
 * Timestamps passed in are unix seconds (UTC); exports print them as ISO 8601
 * UTC ("2026-11-23T18:05:00Z").  Every function returns STORE_EINVAL for a
 * NULL handle or a NULL required argument.  STORE_EBUSY means the database
 * stayed locked by another process past the busy timeout; STORE_EIO is a
 * failed read or write (disk full, I/O error, read-only file).
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
    STORE_ESCHEMA,   /* schema from a newer wangjian */
    STORE_ENODB,     /* no database at the path (store_open_mode without CREATE) */
    STORE_EOLD       /* schema from an older wangjian, opened read-only: migrate it */
} store_result;

const char *store_strerror(store_result r);

typedef struct store store;

/* Row callback: return non-zero to stop.  names/values have ncols entries;
 * a NULL column is handed out as "".  Strings are valid during the call. */
typedef int (*store_row_fn)(void *ud, size_t ncols, const char *const *names,
                            const char *const *values);

/*
 * Open or create the database at path ("FILE" or "sqlite:FILE").  Creates the
 * schema, turns on WAL, synchronous=NORMAL and a busy timeout.  On error *out
 * is NULL and err (may be NULL) holds a one-line reason.  The caller owns
 * *out and closes it with store_close.
 */
store_result store_open(const char *path, store **out, char *err, size_t errlen);

/* How store_open_mode treats the file. */
typedef enum {
    STORE_OPEN_CREATE,   /* store_open: create a missing file, migrate an older schema */
    STORE_OPEN_WRITE,    /* the file must exist (else STORE_ENODB); migrate an older schema */
    STORE_OPEN_READONLY  /* must exist; read only (below) */
} store_mode;

/*
 * store_open with a mode.  Without STORE_OPEN_CREATE a missing file (or an
 * empty one, which holds no wangjian schema) is STORE_ENODB, err
 * "no database at 'PATH'", and nothing is created.
 *
 * STORE_OPEN_READONLY writes nothing: no journal mode change, no
 * migration, no file created (not the database, nor its -wal and -shm
 * when they are absent), so it works on a read-only file in a read-only
 * folder.  An older schema is STORE_EOLD (err names both versions); the
 * caller says how to upgrade it.  Every write through the handle fails
 * (STORE_EIO).  The handle sees the data committed when it was opened or
 * later, as a concurrent crawl commits it, with one limit: a database
 * closed cleanly (no -wal file) is read as an immutable file, so a crawl
 * that starts during the read and checkpoints (after 32 MiB of writes)
 * before the read ends may make it fail or see a mix; the file itself is
 * never harmed.  See sqlite_db.c.
 */
store_result store_open_mode(const char *path, store_mode mode, store **out, char *err,
                             size_t errlen);

/* The schema version the file had when it was opened (*found; 0 for a file
 * this open created) and the one this build uses (*current).  After a
 * STORE_OPEN_CREATE or _WRITE open the file is at *current. */
store_result store_schema_version(store *s, int *found, int *current);
/* Close; returns STORE_OK only when every statement was finalised and the
 * backend closed cleanly.  The handle is freed in every case. */
store_result store_close(store *s); /* accepts NULL */
/* Last error text from the backend, valid until the next call. */
const char *store_errmsg(const store *s);

/* How long a write waits for another process's lock before STORE_EBUSY
 * (default 5000 ms; ms < 0 is STORE_EINVAL). */
store_result store_busy_timeout(store *s, int ms);

/* Transactions group many writes; nesting is not supported (store_begin
 * inside a transaction is STORE_EINVAL).  The functions below that write
 * several rows are atomic on their own and join the caller's transaction.
 * store_commit first writes the lead changes store_page_findings queued; if
 * that or the commit fails, the transaction stays open and the caller rolls
 * back.  store_rollback drops the queued changes with the rest. */
store_result store_begin(store *s);
store_result store_commit(store *s);
store_result store_rollback(store *s);

/* ---- runs ---- */
/*
 * A run is one crawl or rescan.  While a run is current (from
 * store_run_begin or store_run_open to store_run_end, on this handle) the
 * store ties its work to it: frontier rows it adds are the run's, leases
 * and store_frontier_hosts see only the run's queued rows, and every lead
 * status change is kept in the lead's history with the run's id.
 * Without a current run (tests, `parse`) nothing is filtered.
 */

/* What a run did.  The page counts are the caller's; store_run_end fills
 * in the lead counts from the history of this run. */
typedef struct {
    long pages;      /* page URLs checked: changed + unchanged + failed */
    long changed;    /* new pages, or pages whose title or text changed */
    long unchanged;  /* 304, or the same title and text as stored */
    long failed;     /* no page: network error, 4xx or 5xx after retries */
    long errors;     /* network errors and 5xx after retries (not 4xx) */
    long leads_new, leads_reopened, leads_resolved;  /* status changes in the run */
    long leads_open; /* open leads when the run ended */
} store_run_counts;

/* Start a run of kind ("crawl" or "rescan") without seed hosts; *run_id
 * identifies it in pages, price history and lead history. */
store_result store_run_begin(store *s, int64_t now, const char *kind, int64_t *run_id);
/* Start a crawl whose seeds are on hosts[0..n), with scope a key that
 * names what the crawl covers (its hosts and any --scope pattern): when
 * the newest crawl with the same scope never ended (the process was
 * killed or stopped), resume it (*resumed = 1, same *run_id); otherwise
 * begin a new run that queues again every known URL of those hosts and
 * every URL the earlier runs of this scope queued (*resumed = 0).  Other
 * hosts' rows are left alone, also a run of another scope that was
 * interrupted: it resumes when its scope runs again. */
store_result store_run_open(store *s, int64_t now, const char *scope, const char *const *hosts,
                            size_t n, int64_t *run_id, int *resumed);
/* What made a run's captures, kept with the run for evidence (strings
 * borrowed; any may be NULL). */
typedef struct {
    const char *options;          /* the run's options, a JSON object */
    const char *tool;             /* "wangjian 0.1.0" */
    const char *rulebook_version; /* the rulebook's declared version */
    const char *rulebook_sha256;  /* rules_book_digest */
} store_run_info;
/* Record info with run run_id.  A resumed run keeps what the part that
 * started it recorded (its captures were made with that); a part resumed
 * with other options or another rulebook is not recorded apart.
 * STORE_ENOTFOUND when run_id is unknown. */
store_result store_run_describe(store *s, int64_t run_id, const store_run_info *info);
/* End the current run with status ("finished", or "failed" when it could
 * not do its job), adding the page counts of *c to those earlier parts of
 * the run recorded (store_run_pause); fills in c's lead counts, which are
 * the whole run's.  STORE_ENOTFOUND when run_id is unknown. */
store_result store_run_end(store *s, int64_t run_id, int64_t now, const char *status,
                           store_run_counts *c);
/* A run stopped before its end (a signal): add c's page counts to the
 * run and leave it open for the crawl that resumes it.  No longer the
 * current run on this handle. */
store_result store_run_pause(store *s, int64_t run_id, const store_run_counts *c);
/* Past runs, newest first, at most limit (1..100000): columns run, kind,
 * started, ended (ISO 8601 UTC, "" while running), status, pages, changed,
 * unchanged, failed, errors, new, reopened, resolved, open, scope.  A run
 * that never ended shows status "unfinished" (killed, stopped, or still
 * running). */
store_result store_runs(store *s, long limit, store_row_fn fn, void *ud);
/* *run_id = the newest run that ended, finished or failed (STORE_ENOTFOUND
 * when none). */
store_result store_run_last(store *s, int64_t *run_id);

/* The rules the current run judges (its rulebook's codes): a page's
 * findings of other rules are kept as they are, so a run without a rule
 * never resolves that rule's leads.  n 0: every rule (the default, also
 * after store_run_end). */
store_result store_run_rules(store *s, const char *const *codes, size_t n);

/* ---- lead lifecycle ----
 * Statuses: open and resolved are set by runs (a run opens a lead it sees,
 * re-opens a resolved one it sees again, and resolves an open one no page
 * shows any more); confirmed, dismissed and referred by people.  A run
 * never changes a dismissed or referred lead (its sightings still count);
 * a confirmed lead no longer seen keeps its status and gets a "rectified"
 * history entry.  When a lead's page shows its rule under another subject
 * now (a platform profile moved the page, say an item to its shop), the
 * entries say "moved to lead N" (instead of "rectified"; an open lead is
 * resolved) and "moved from lead M", and the run's counts take a move as
 * neither new nor resolved.  Every change is kept in the lead's history. */

/* 1 when status is one of the five. */
int store_lead_status_valid(const char *status);
/* Set lead id's status, by actor (required, a person's name), with note
 * and outcome (what the receiving authority did; both may be NULL), at
 * now; the change goes into the history (also when the status stays the
 * same: a note).  STORE_ENOTFOUND for an unknown id, STORE_EINVAL for an
 * invalid status.  Joins the caller's transaction. */
store_result store_lead_set(store *s, int64_t id, const char *status, const char *actor,
                            const char *note, const char *outcome, int64_t now);
/* Lead id's history, oldest first: columns at (ISO 8601 UTC), run, actor,
 * old_status, new_status, note, outcome. */
store_result store_lead_history(store *s, int64_t id, store_row_fn fn, void *ud);
/* The pages that have shown lead id, first seen first: columns url,
 * first_seen, last_seen, showing ("1" now, "0" no longer), and from the
 * stored page: fetched_at, status, ip, sha256, warc_file, warc_offset
 * ("" when the page is gone from the store). */
store_result store_lead_pages(store *s, int64_t id, store_row_fn fn, void *ud);

/* The evidence captures of lead id, oldest first: per page that showed
 * it, its first and its latest capture that showed it (one row when they
 * are the same capture).  Columns: role ("first", "latest",
 * "first+latest"), capture, url (requested), final_url (after redirects;
 * = url when none), fetched_at (ISO 8601 UTC), fetched_epoch, status, ip,
 * sha256, warc_file (absolute path; "" without WARC), warc_offset, run,
 * run_kind, run_options (a JSON object as text; "" for runs before schema
 * 5), tool, rulebook_version, rulebook_sha256, showing ("1" the page
 * shows it now, else "0"). */
store_result store_lead_captures(store *s, int64_t id, store_row_fn fn, void *ud);

/* ---- frontier ---- */
enum { STORE_URL_QUEUED = 0, STORE_URL_LEASED = 1, STORE_URL_DONE = 2, STORE_URL_FAILED = 3 };

/* Add url (already canonical) unless seen; *added = 1 when new (added may
 * be NULL).  A URL already present keeps its state, depth and not_before. */
store_result store_frontier_add(store *s, const char *url, const char *host, int depth,
                                int64_t not_before, int *added);
typedef struct { int64_t id; char *url; int depth; } store_frontier_item;
/* Lease up to max queued URLs of host (state → LEASED), oldest first (by
 * insertion), skipping URLs whose not_before is later than the wall clock.
 * *items (caller frees with store_frontier_items_free) holds *n entries;
 * when none is due, *items is NULL and *n is 0 (STORE_OK).  max is capped at
 * 10000. */
store_result store_frontier_take(store *s, const char *host, size_t max,
                                 store_frontier_item **items, size_t *n);
void store_frontier_items_free(store_frontier_item *items, size_t n);
/* Set the state of frontier row id (any STORE_URL_* value; STORE_ENOTFOUND
 * for an unknown id). */
store_result store_frontier_finish(store *s, int64_t id, int state);
/* Return leased URLs to the queue (after a crash or at start). */
store_result store_frontier_requeue_leased(store *s);
/* Call fn for every host with queued URLs (to rebuild host queues on resume),
 * in host order.  fn must not call store_frontier_hosts again. */
store_result store_frontier_hosts(store *s, void (*fn)(void *ud, const char *host, long queued),
                                  void *ud);
/* *n = number of frontier URLs in state (state -1: all). */
store_result store_frontier_count(store *s, int state, long *n);

/* ---- pages ---- */

/* A body packed the way the store keeps it (store_body_pack).  data is
 * owned by the blob (store_blob_free); data NULL means "not packed". */
typedef struct {
    void *data;
    size_t len;
    size_t raw_len;           /* bytes of the body it packs */
} store_blob;

typedef struct {
    const char *url;
    const char *host;
    const char *subject;      /* shop or site the page belongs to (lead subject) */
    int status;               /* HTTP status */
    const char *content_type;
    const char *charset;
    const char *title;
    const char *text;         /* visible text (indexed for keyword search) */
    size_t text_len;          /* bytes of text; 0 with text set: NUL-terminated */
    const char *warc_file;    /* evidence location, may be NULL */
    int64_t warc_offset;
    const char *sha256;       /* hex digest of the payload; unless rendered,
                                 the same digest as stored means the same
                                 page (see changed) */
    int rendered;             /* title, text and facts come from a rendered
                                 DOM, which the same payload need not give */
    const char *ip;           /* server address actually connected to */
    const char *etag;
    const char *last_modified;
    int64_t fetched_at;       /* unix seconds */
    int64_t run_id;
    const char *region;       /* province, may be NULL */
    const void *body;         /* raw response body, may be NULL (also when
                                 packed holds it); stored zlib-compressed,
                                 handed back decompressed */
    size_t body_len;          /* at most STORE_BODY_MAX */
    const store_blob *packed; /* body already packed by store_body_pack, or
                                 NULL: store_page_put packs body itself */
    store_blob *packed_text;  /* text prepared by store_text_pack, or NULL:
                                 indexed from text at commit.  page_put
                                 may take its data (leaving it empty) */
    int *changed;             /* out, may be NULL: store_page_put sets it to
                                 1 when the page is new or its title,
                                 text or facts differ from what was
                                 stored, else 0; also 0 when only a newer
                                 parser read the same payload differently
                                 (sha256 as stored, not rendered): it is
                                 re-indexed, but no new capture */
    const char *final_url;    /* where the answer came from after
                                 redirects, or NULL (the url itself) */
    const char *facts;        /* digest of the facts extracted from the
                                 page (licences, filings, prices...), or
                                 NULL; a different digest is a new version
                                 (a stored NULL compares equal) */
} store_page;

/* Largest body the store keeps (and will ever decompress). */
#define STORE_BODY_MAX ((size_t)64 * 1024 * 1024)

/* Insert or update the page by URL (url and host required); *page_id
 * receives its id (page_id may be NULL).  A NULL subject stores the host as
 * the subject.  run_id <= 0 means "no run"; any other run_id must come from
 * store_run_begin (else STORE_EINVAL).  text is indexed for store_search.
 * A body over STORE_BODY_MAX is STORE_EINVAL. */
store_result store_page_put(store *s, const store_page *p, int64_t *page_id);

/* Pack body[len] (at most STORE_BODY_MAX) for store_page_put.  The costly
 * part of storing a page (compression), split off so that it can run on a
 * worker thread: it touches no connection state, so it is safe on any
 * thread while s is open.  On STORE_OK *out owns the packed bytes (or holds
 * data NULL when the backend does not pack: page_put then takes body as
 * is).  Free with store_blob_free (NULL-safe; leaves the blob empty). */
store_result store_body_pack(store *s, const void *body, size_t len, store_blob *out);
/* Prepare text[len] (a page's text, as store_page_put will get it) for the
 * search index: the costly part of indexing a page, split off like
 * store_body_pack and safe on any thread while s is open.  On STORE_OK *out
 * owns the prepared bytes (data NULL when the backend does not prepare). */
store_result store_text_pack(store *s, const char *text, size_t len, store_blob *out);
void store_blob_free(store_blob *b);

typedef struct {
    const char *rule;
    const char *severity;
    const char *basis;
    const char *snippet;
    int64_t src_off;
    /* Routing of the lead (may be NULL): the province it goes to and where
     * that came from ("uscc", "icp", "police_filing", "unknown"; NULL:
     * the page's region, as before), and the authority ("market" or
     * "telecom"). */
    const char *region;
    const char *region_source;
    const char *authority;
} store_finding;

/* Replace the findings of page_id with f[0..n) and roll them into leads
 * (atomic: a failed call changes nothing).  For each finding the lead (page
 * subject, rule) is created or updated: first_seen kept, last_seen = now,
 * hits + 1, severity, law (basis), evidence (snippet) from this finding, url
 * and host from the page, region from the page when it has one, status
 * open.  Then each rule the page had before and has no longer is resolved
 * unless another page of the subject still has a finding of it (decided
 * now, not at commit).  Inside a transaction the finding rows are written
 * at once and the lead changes at store_commit, with the same result as
 * writing them at once.  rule is required in every finding; other fields
 * may be NULL.  STORE_ENOTFOUND for an unknown page_id; n > 100000 is
 * STORE_EINVAL. */
store_result store_page_findings(store *s, int64_t page_id, const store_finding *f, size_t n,
                                 int64_t now);

/* ---- identity signals (同一经营者) ---- */
/* One identity signal of a page (parser_signal): kind and normalised value
 * (both required), strong or weak.  Strings borrowed. */
typedef struct {
    const char *kind;
    const char *value;
    int strong;
} store_signal;

/* Replace the identity signals of page_id with v[0..n), seen at now, kept
 * under the page's subject and url (atomic: a failed call changes
 * nothing).  STORE_ENOTFOUND for an unknown page_id; n > 100000 is
 * STORE_EINVAL. */
store_result store_page_signals(store *s, int64_t page_id, const store_signal *v, size_t n,
                                int64_t now);
/* Every stored signal, and each page's server IP as kind "ip" (weak):
 * columns subject, kind, value, strength ("strong" or "weak"), url,
 * seen_at (ISO 8601 UTC), ordered by kind, value, subject, url.  fn must
 * not call store_signals again. */
store_result store_signals(store *s, store_row_fn fn, void *ud);

/* ---- iteration (export, rescan, evidence) ---- */
/* what: "findings" or "leads" (anything else: STORE_EINVAL).
 *   findings: url,rule,severity,snippet,src_off,law,subject,host,seen_at
 *             ordered by url, rule, src_off;
 *   leads:    lead_id,rule,severity,status,subject,host,url,evidence,law,
 *             region,first_seen,last_seen,hits
 *             ordered by severity (high, medium, low, other), then lead_id.
 * Times are ISO 8601 UTC.  fn must not call store_export again.  Leads
 * include the changes queued in the open transaction (written first). */
store_result store_export(store *s, const char *what, store_row_fn fn, void *ud);
/* Which leads store_leads hands out; zero fields do not filter. */
typedef struct {
    int64_t lead_id;       /* > 0: only this lead */
    const char *subject;   /* non-NULL: only the leads of this subject */
    const char *province;  /* non-NULL: only leads routed to it ("unknown": to none) */
    const char *authority; /* non-NULL: only leads for it ("market" or "telecom") */
    int64_t changed_run;   /* > 0: leads added or re-opened by this run or a later one */
    int64_t changed_since; /* > 0: leads added or re-opened at or after this time */
    int64_t stale_before;  /* > 0: open leads whose pages were last checked before this */
    /* Lists (borrowed; n 0: no filter): only leads with one of these rule
     * codes, severities, statuses. */
    const char *const *rules;
    size_t nrules;
    const char *const *severities;
    size_t nseverities;
    const char *const *statuses;
    size_t nstatuses;
    const char *host;      /* non-NULL: only leads whose host is this */
    int64_t seen_from;     /* > 0: only leads last seen at or after this time */
    int64_t seen_before;   /* > 0: only leads last seen before this time */
    int plain;             /* non-zero: only the store_export "leads" columns, in
                            * its order; cheaper (no checked/change), for exports */
    const char *keyword;   /* non-NULL: leads with a page a search for it turned up */
} store_lead_filter;
/* The leads f selects, with the columns of store_export "leads" (same
 * order: its hits are the pages that have shown the lead, showing those
 * that show it now) and then: checked (ISO 8601 UTC: the last time a run fetched a
 * page that shows the lead), change ("new" or "re-opened": the latest
 * such change in the window, "" without one) and change_run (its run).
 * Every filter is a bound value; rows are streamed (memory does not grow
 * with their number).  STORE_ENOMEM when a list cannot be bound.
 * fn must not call store_leads again. */
store_result store_leads(store *s, const store_lead_filter *f, store_row_fn fn, void *ud);

/* The column names store_export hands out for what (static storage), or
 * NULL for an unknown what; *n receives their count. */
const char *const *store_export_columns(const char *what, size_t *n);

/*
 * Keyword search.  The index and every comparison use one text normaliser
 * (the rules': full/half width, traditional -> simplified, zero-width and
 * separator characters, ASCII case), so a query finds a term in any of
 * those forms.  fn(ctx, in, len, &out, &out_len, &map) returns 0 and a
 * malloc'd *out (NUL-terminated) and *map (out_len + 1 entries: the input
 * offset each output byte came from), or -1 when out of memory; it must be
 * thread-safe (store_text_pack calls it from worker threads) and give the
 * same output for the same input as long as id is the same.
 *
 * store_set_normaliser: call after open, before any other use; ctx is
 * borrowed and must outlive the handle.  A store without one uses ASCII
 * case folding only (id "lower").  The index records the id it was built
 * with: on a writable store whose index was built with another (or emptied
 * by the schema 6 migration) the call rebuilds it, in one transaction (a
 * while for a large store); a read-only store whose index does not match
 * searches without it (a full scan, same results).
 */
typedef int (*store_norm_fn)(void *ctx, const char *in, size_t len, char **out,
                             size_t *out_len, size_t **map);
store_result store_set_normaliser(store *s, store_norm_fn fn, void *ctx, const char *id);

/*
 * A parsed search query (store_query_parse; caller frees with
 * store_query_free).  Syntax: words separated by spaces must all occur;
 * "a OR b" needs one of them (OR binds the words next to it); "NOT w"
 * excludes pages with w; "..." is a phrase taken literally (so "OR" and
 * "NOT" are words), spaces included.  A word of any length (1 character
 * too) is a substring of the title or text after normalisation.  Errors
 * (STORE_EINVAL, err says what): empty query, unclosed quote, empty
 * phrase, OR or NOT without a word, only excluded words, more than 64
 * words, a query over 4096 bytes.
 */
typedef struct store_query store_query;
store_result store_query_parse(const char *text, store_query **out, char *err, size_t errlen);
void store_query_free(store_query *q); /* accepts NULL */
/*
 * Codes (统一社会信用代码, ICP filing or licence, 公网安备): a page that prints
 * its code in groups ("9143 0102 MAJK G595 90", split across tags) holds
 * in its text no substring equal to the code, but the parser reads the
 * code whole and store_page_signals keeps it.  store_query_read_codes asks
 * fn, for each word of q, which codes it reads as: fn(ctx, word, &codes)
 * sets codes to NULL (none) or a malloc'd list of "kind\tvalue\n" lines,
 * kind and value as store_page_signals stores them (so the caller's
 * normalisation must be the parser's), and returns 0, or -1 when out of
 * memory.  A word with codes then also matches a page with a signal equal
 * to one of them (the search stays a text search for every other page).
 * The store itself knows no code syntax: the caller (scan_search_codes)
 * does.  STORE_ENOMEM when fn fails; q is then as before.
 */
typedef int (*store_code_fn)(void *ctx, const char *word, char **codes);
store_result store_query_read_codes(store_query *q, store_code_fn fn, void *ctx);

/* The query in a canonical form, for tests and messages: clauses joined by
 * " AND ", alternatives by " OR ", "NOT " before an excluded word, each
 * word in brackets: "[a] OR [b] AND NOT [c]".  Returns the length it
 * needed (snprintf style). */
size_t store_query_describe(const store_query *q, char *buf, size_t len);

/* What to search and how much to hand out (store_search_pages). */
typedef struct {
    const store_query *query; /* required */
    const char *host;         /* pages of this host only; NULL: any */
    const char *rule;         /* pages with a finding of this rule; NULL: any */
    int64_t since, until;     /* fetched_at within [since, until); 0: no bound */
    long limit;               /* rows handed to fn: 1..10000 */
} store_search_opts;

/* Pages of the latest capture of each URL matching o: fn gets columns
 * url, title, snippet (the match in the page's original text, with
 * context; title when the match is only there), host, fetched_at, page_id,
 * for the first o->limit pages in page order; *total (may be NULL)
 * receives how many pages match in all. */
store_result store_search_pages(store *s, const store_search_opts *o, store_row_fn fn, void *ud,
                                long *total);

/* --all-captures: the captures of stored URLs that are not their latest
 * (the earlier versions store_search_pages does not see) and that o's
 * filters keep (host, fetched_at of the capture, a rule of the URL's page
 * findings; o->query and o->limit are not used), oldest first: fn gets
 * capture_id, url, host, fetched_at, warc_file ("" without a WARC
 * record), warc_offset.  The caller reads and parses the bodies and
 * matches them with store_query_match. */
store_result store_search_captures(store *s, const store_search_opts *o, store_row_fn fn,
                                   void *ud);

/* Whether title and text (either may be NULL) match q as store_search_pages
 * would match a page (*match 1 or 0); *snippet (caller frees; NULL when no
 * match) as its snippet column. */
store_result store_query_match(store *s, const store_query *q, const char *title,
                               const char *text, int *match, char **snippet);

/* store_search_pages with query text (the syntax above) and no filters;
 * fn gets url, title, snippet only.  A syntax error is STORE_EINVAL. */
store_result store_search(store *s, const char *query, long limit, store_row_fn fn, void *ud);

/* Rescan callback: body (decompressed, body_len bytes, NULL when the page has
 * none) and the strings are valid during the call.  Return non-zero to stop. */
typedef int (*store_page_fn)(void *ud, int64_t page_id, const char *url,
                             const char *content_type, const void *body, size_t body_len,
                             const char *subject, const char *host);
/* Call fn for every page in id order.  fn may write to the store (e.g.
 * store_page_findings); pages added meanwhile are visited too.  A stored body
 * that fails to decompress is STORE_ECORRUPT. */
store_result store_pages_each(store *s, store_page_fn fn, void *ud);
/* Call fn once for the page stored under url (evidence); its return value is
 * ignored.  STORE_ENOTFOUND for an unknown url. */
store_result store_page_get(store *s, const char *url, store_page_fn fn, void *ud);

/* Where the WARC evidence of the page at url is: file (path as stored)
 * into file[filelen] and the record offset.  STORE_ENOTFOUND when the page
 * is unknown or was stored without evidence. */
store_result store_page_evidence(store *s, const char *url, char *file, size_t filelen,
                                 int64_t *offset);

/* The ETag and Last-Modified stored with the page at url (for a
 * conditional GET), each "" when absent or longer than its buffer.  With
 * rulebook (a rules_book_digest) both are "" unless the run that last
 * fetched the page recorded that rulebook (runs.rulebook_sha256): a page
 * judged by other rules is fetched in full, so a new rulebook reaches the
 * pages that would answer 304.  STORE_ENOTFOUND for an unknown page. */
store_result store_page_validators(store *s, const char *url, const char *rulebook, char *etag,
                                   size_t etaglen, char *last_modified, size_t lmlen);

/* The evidence of lead lead_id: the latest capture that showed it (on
 * any of its pages), even when the page has changed since: its url and
 * its WARC record (file as stored, record offset).  STORE_ENOTFOUND for
 * an unknown lead or when no capture that showed it has a WARC record
 * (crawled without WARC evidence).  Strings are "" when they do not fit. */
store_result store_lead_evidence(store *s, int64_t lead_id, char *url, size_t urllen, char *file,
                                 size_t filelen, int64_t *offset);

/* The page at url answered 404 or 410 (a listing taken down): it shows
 * nothing now, so its findings (of the rules the run judges) are replaced
 * by none, at now, and its leads resolve unless another page shows them.
 * STORE_OK also when no page is stored at url (nothing to do). */
store_result store_page_gone(store *s, const char *url, int64_t now);

/* When the page page_id was fetched (unix seconds) and by which run (0:
 * none recorded); STORE_ENOTFOUND if unknown. */
store_result store_page_time(store *s, int64_t page_id, int64_t *fetched_at, int64_t *run_id);

/* Page page_id belongs to subject now (a rescan under a changed platform
 * profile: an item page moved to its shop).  Its next findings go to the
 * new subject's leads; the old subject's leads it showed resolve as moved
 * at the run's end (see the lead lifecycle).  Joins the caller's
 * transaction; STORE_OK also when the subject is unchanged. */
store_result store_page_subject(store *s, int64_t page_id, const char *subject);

/* ---- statistics ---- */
store_result store_page_count(store *s, long *n);
/* status "open", "resolved", or NULL for all leads; counts the changes
 * queued in the open transaction too (written first). */
store_result store_lead_count(store *s, const char *status, long *n);

/* ---- price history (FAKE_ORIGINAL_PRICE) ---- */
/* Record one observation of item_key (required).  page_id and run_id <= 0
 * mean none; original < 0 or NaN means the page showed no original price. */
store_result store_price_put(store *s, const char *item_key, int64_t page_id, double price,
                             double original, int64_t observed_at, int64_t run_id);
/* *lowest = lowest price of item_key observed in [since, before) by a run
 * older than before_run (run id < before_run) or by none (imported
 * history); before_run <= 0: by any run.  A crawl passes its own run, so
 * the prices it has already seen do not count and its findings do not
 * depend on the order it fetched pages in.  STORE_ENOTFOUND when there is
 * no such observation. */
store_result store_price_floor(store *s, const char *item_key, int64_t since, int64_t before,
                               int64_t before_run, double *lowest);

/* ---- business registry (LICENSE_MISMATCH) ---- */
/* Insert or replace the registry entry for code (name and status may be NULL). */
store_result store_registry_put(store *s, const char *code, const char *name,
                                 const char *status);
/* Copy the entry for code into name[namelen] and status[statuslen] (either
 * buffer may be NULL with length 0 to skip it; a NULL field copies as "").
 * STORE_ENOTFOUND for an unknown code; STORE_EINVAL when a buffer is too
 * small (the buffer then holds "" — never a truncated name). */
store_result store_registry_lookup(store *s, const char *code, char *name, size_t namelen,
                                   char *status, size_t statuslen);
store_result store_registry_count(store *s, long *n);

/* ---- complaints (诉转案) ----
 * A complaint a consumer filed (12315 and the like), imported from a file.
 * It is recorded against the subject its URL names (the key leads use), so
 * it shows on that subject's leads, and its URL seeds the next crawl that
 * reads a seeds file (see `wangjian crawl`). */
typedef struct {
    const char *ref;        /* the complaint's id in the file (required, unique) */
    const char *received;   /* date received, YYYY-MM-DD, or NULL */
    const char *url;        /* canonical http(s) URL of the shop or site (required) */
    const char *platform;   /* the platform the file names, or NULL */
    const char *text;       /* what the consumer wrote, or NULL */
    const char *subject;    /* lead subject of url (required) */
    const char *host;       /* host of url (required) */
    const char *source;     /* where it came from, "FILE:LINE", or NULL */
    int64_t imported_at;    /* unix seconds */
} store_complaint;

/* Record c unless a complaint with its ref is stored: *added is 1 when it
 * was recorded, 0 when the ref was there already (nothing changes).
 * Joins the caller's transaction. */
store_result store_complaint_add(store *s, const store_complaint *c, int *added);
/* The complaints no crawl has seeded yet, oldest first: columns id, url,
 * host. */
store_result store_complaints_unseeded(store *s, store_row_fn fn, void *ud);
/* Mark the complaints with id <= upto that no crawl has seeded as seeded
 * by run_id (the crawl they joined); *n (may be NULL) receives how many.
 * run_id must be a run of this database (else STORE_EINVAL). */
store_result store_complaints_seeded(store *s, int64_t upto, int64_t run_id, long *n);
/* The complaints of subject, oldest received first (undated last): columns
 * ref, received, url, platform, text, source, imported (ISO 8601 UTC),
 * seeded_run ("" while no crawl has seeded it). */
store_result store_complaints_of(store *s, const char *subject, store_row_fn fn, void *ud);
/* Every subject complaints named, by subject, with its leads: one row per
 * lead (by lead id), or one row with the lead columns "" when no rule
 * fired on it.  Columns subject, complaints (how many), refs (their ids,
 * oldest received first, one per line), received (the latest date, "" when
 * none is dated), lead_id, rule, severity, status.  Leads include the
 * changes queued in the open transaction. */
store_result store_complaint_subjects(store *s, store_row_fn fn, void *ud);

/* ---- the 统计表 (wangjian report) and the referral lists ---- */

/* What store_report reads.  since and until are unix seconds, both
 * included; province NULL: every province. */
typedef struct {
    int64_t since, until;  /* STORE_REPORT_LEADS, _CHECKS, _LEAD_LIST */
    const char *province;  /* STORE_REPORT_TELECOM, _MARKET, _CLOSING */
} store_report_query;

/* A lead's province, everywhere below, is its region, else the region of
 * another page of its subject, else "未知" (as `wangjian leads` shows it).
 * Every count is a whole number; times are unix seconds.
 *
 * STORE_REPORT_LEADS: one row per province, rule, authority and host with
 *   a lead event in [since, until] or a lead still open then; columns
 *   province, rule, authority, host, found (created or re-opened; not a
 *   lead a run opened for pages it moved from another subject), confirmed
 *   (set to confirmed), rectified (a run's "rectified" entry), referred,
 *   dismissed (set to those statuses from another), open_end (leads whose
 *   status at until was open or confirmed).
 * STORE_REPORT_CHECKS: one row per province and host checked by the runs
 *   started in [since, until]: columns province, host, sites (runs × subjects
 *   checked), pages (pages judged), old (0).  A run that answered pages but
 *   has no run_subjects rows (it ran before schema 6) gives one row with province "未知", host "",
 *   sites the subjects of the pages it fetched last, pages its runs.pages,
 *   old 1.
 * STORE_REPORT_LEAD_LIST: the leads with an event in [since, until], by
 *   province, rule, lead_id: columns lead_id, rule, severity, status,
 *   subject, host, url, province, authority, first_seen, last_seen.
 * STORE_REPORT_TELECOM: the leads of authority telecom that are open,
 *   confirmed or referred (in province when set), by province, host:
 *   columns lead_id, rule, status, domain (the lead's host), ip (the server
 *   address of the evidence capture), province, url (the evidence page),
 *   captured (when that capture was fetched), evidence, text (the page's
 *   visible text now, to read the ICP number from).
 * STORE_REPORT_MARKET: the referred leads of authority market: columns
 *   lead_id, rule, severity, subject, host, url, province, referred_at,
 *   referred_by, note, evidence.
 * STORE_REPORT_CLOSING: the referred leads whose latest outcome is closed
 *   or service-stopped: columns lead_id, rule, subject, host, url, province,
 *   authority, outcome, outcome_at.
 * Rows include the lead changes queued in the open transaction. */
enum {
    STORE_REPORT_LEADS,
    STORE_REPORT_CHECKS,
    STORE_REPORT_LEAD_LIST,
    STORE_REPORT_TELECOM,
    STORE_REPORT_MARKET,
    STORE_REPORT_CLOSING
};
store_result store_report(store *s, int what, const store_report_query *q, store_row_fn fn,
                          void *ud);

/* ---- keyword crawls (关键词搜索: a crawl seeded from platform searches) ---- */
/* Record that a search for keyword led the current run to url: a row of
 * keyword_hits, whose first run and time stay and whose last ones follow.
 * Strings borrowed; the run is the one store_run_open opened (none: NULL). */
store_result store_keyword_hit(store *s, const char *keyword, const char *url, int64_t now);
/* A keyword run reached url, which the frontier holds as answered or
 * failed by another run: queue it again for the current run at depth
 * (*claimed = 1; 0 when url is not there, queued, or this run's already). */
store_result store_frontier_claim(store *s, const char *url, int depth, int *claimed);
/* The keywords whose searches turned up a page of lead_id, by keyword:
 * columns keyword, pages (how many of the lead's pages), first_seen (ISO
 * 8601 UTC). */
store_result store_lead_keywords(store *s, int64_t lead_id, store_row_fn fn, void *ud);

#endif
