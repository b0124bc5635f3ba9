/*
 * sqlite_int.h — private to the SQLite backend of store/ (the sqlite_*.c
 * files, the only ones that include sqlite3.h): the handle, the statement
 * table, and the helpers the backend's files share.
 *
 * The backend is split by subsystem, each file saying what it owns:
 *   sqlite_db.c       the file format: open, schema, migration, close,
 *                     transactions, runs, and the backend's table
 *   sqlite_stmt.c     every statement's SQL, preparing, binding, stepping,
 *                     error mapping, atomic groups, row emission
 *   sqlite_frontier.c the URL frontier
 *   sqlite_pages.c    pages, findings, leads, prices, registry, export
 *   sqlite_search.c   the search index: FTS tokenizer, text pack, FTS queue,
 *                     keyword search
 *   sqlite_complaints.c complaints: import, crawl seeds, listings
 *   sqlite_report.c   the 统计表 and the referral lists (read only)
 *   sqlite_operators.c identity signals of pages (operator linking)
 *
 * Code here runs on the thread that owns the store handle, except
 * sqlite_text_pack and sqlite_body_pack (any thread; see store_backend.h).
 */
#ifndef WANGJIAN_SQLITE_INT_H
#define WANGJIAN_SQLITE_INT_H

#include "store/store_backend.h"

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

/* Every statement of the backend, prepared once per handle on first use
 * (sqlite_get_stmt); the SQL is sqlite_stmt_sql[id] (sqlite_stmt.c). */
enum sqlite_stmt_id {
    ST_BEGIN,
    ST_COMMIT,
    ST_ROLLBACK,
    ST_SAVEPOINT,
    ST_RELEASE,
    ST_ROLLBACK_TO,
    ST_RUN_BEGIN,
    ST_RUN_LAST,
    ST_FR_RECRAWL,
    ST_RUN_END,
    ST_FR_RECRAWL_SCOPE,
    ST_RUNS,
    ST_RUN_FINISHED,
    ST_LEADS_FILTER,
    ST_LEADS_FILTER_PROV,
    ST_LEADS_PLAIN,
    ST_LEADS_PLAIN_PROV,
    ST_FR_ADD,
    ST_FR_TAKE,
    ST_FR_FINISH,
    ST_FR_REQUEUE,
    ST_FR_HOSTS,
    ST_FR_COUNT,
    ST_PAGE_PUT,
    ST_FTS_OLD,
    ST_FTS_DELETE,
    ST_FTS_SOURCE,
    ST_FTS_INSERT,
    ST_FTS_INSERT_PACKED,
    ST_FTS_CLEAR,
    ST_FTS_REBUILD,
    ST_FTS_STATE,
    ST_FTS_STATE_SET,
    ST_FTS_COUNT,
    ST_LEAD_PAGE,
    ST_FIND_DELETE,
    ST_FIND_DELETE_JUDGED,
    ST_FIND_INSERT,
    ST_CAPTURE_NEW,
    ST_CAPTURE_LINK,
    ST_LEAD_EVIDENCE,
    ST_LEAD_UPSERT,
    ST_RULE_SEEN,
    ST_LEAD_RESOLVE,
    ST_LEAD_STATE,
    ST_LEAD_STATUS_OF,
    ST_PAGE_ID,
    ST_LEAD_SET,
    ST_LEAD_HISTORY,
    ST_LEAD_PAGES,
    ST_LP_HIDE,
    ST_LP_HIDE_JUDGED,
    ST_LP_SHOW,
    ST_LEAD_EVENT,
    ST_EXPORT_FINDINGS,
    ST_EXPORT_LEADS,
    ST_SEARCH_FTS,
    ST_SEARCH_SCAN,
    ST_SEARCH_CODES,
    ST_SEARCH_SCAN_CODES,
    ST_SEARCH_CAPTURES,
    ST_PAGE_NEXT,
    ST_PAGE_BY_URL,
    ST_PAGE_EVIDENCE,
    ST_PAGE_VALIDATORS,
    ST_PAGE_TIME,
    ST_PAGE_SUBJECT,
    ST_PAGE_COUNT,
    ST_LEAD_COUNT,
    ST_PRICE_PUT,
    ST_PRICE_FLOOR,
    ST_REG_PUT,
    ST_REG_LOOKUP,
    ST_REG_COUNT,
    ST_RUN_DESCRIBE,
    ST_LEAD_CAPTURES,
    ST_RUN_UNSEEN,
    ST_RUN_UNSEEN_JUDGED,
    ST_LEAD_RESOLVE_ID,
    ST_LEAD_MOVED_TO,
    ST_COMPLAINT_ADD,
    ST_COMPLAINTS_UNSEEDED,
    ST_COMPLAINTS_SEEDED,
    ST_COMPLAINTS_OF,
    ST_COMPLAINT_SUBJECTS,
    ST_RUN_SUBJECT,
    ST_RUN_SUBJECT_URL,
    ST_KW_HIT,
    ST_FR_CLAIM,
    ST_KW_OF_LEAD,
    ST_SIG_DELETE,
    ST_SIG_INSERT,
    ST_SIG_ROWS,
    ST_COUNT
};

extern const char *const sqlite_stmt_sql[ST_COUNT];

/* A page waiting to be indexed (sqlite_search.c).  When indexed, the index
 * holds title and text for id (NULL for SQL NULL), which must be deleted
 * from it first.  packed (owned, or NULL) is the page's text from
 * store_text_pack. */
typedef struct {
    int64_t id;
    int indexed;
    char *title, *text;
    size_t title_len, text_len;
    unsigned char *packed;
    size_t packed_len, packed_raw; /* and the bytes of text it was made from */
} sqlite_fts_entry;

/* The backend's handle: one connection and what hangs off it.  Owned by
 * the thread that owns the store, except tri and tri_ctx (see below). */
struct store_impl {
    sqlite3 *db;
    /* FTS5's own trigram tokenizer, which ours wraps and text_pack runs
     * (read-only after open, so any thread may use it) */
    fts5_tokenizer tri;
    void *tri_ctx;
    sqlite3_stmt *st[ST_COUNT];
    sqlite_fts_entry *fq; /* the FTS queue: non-empty only inside a transaction */
    size_t fq_n, fq_cap, fq_bytes;
    char errmsg[512]; /* the last error's text (store_errmsg) */
    int64_t run_id;   /* the current run (store.h "runs"), 0 when none */
    char run_kind[16]; /* its kind, the actor of its lead history entries */
    int judging;      /* temp.judged_rules holds the rules the run judges:
                         findings of other rules are kept as they are */
    int found_version; /* user_version when opened (0: empty file) */
    /* The search index's normaliser (store_set_normaliser; NULL: ASCII
     * case folding, id "lower"), read-only once set, so text_pack may use
     * it on any thread.  Every write to the index and every search first
     * reads search_index: a store is never trusted to know what another
     * process or a rolled-back transaction left there. */
    store_norm_fn norm;
    void *norm_ctx;
    char norm_id[64];
};

/* ---- sqlite_stmt.c: errors ---- */

/* Record the connection's error text for rc and return its store code. */
store_result sqlite_fail(store_impl *b, int rc);
/* Record msg as the error text and return r. */
store_result sqlite_fail_msg(store_impl *b, store_result r, const char *msg);

/* ---- sqlite_stmt.c: statements ---- */

/* Fetch statement id, preparing it on first use.  A statement still running
 * (a callback re-entering the iterator that owns it) is STORE_EINVAL. */
store_result sqlite_get_stmt(store_impl *b, enum sqlite_stmt_id id, sqlite3_stmt **out);
/* Reset st and clear its bindings, ready for the next use. */
void sqlite_finish(sqlite3_stmt *st);
/* Binders record the first failure in *rc and do nothing after one.
 * Strings are bound SQLITE_STATIC: they must outlive the statement's run.
 * sqlite_bind_ref binds v, or NULL when v <= 0 (optional references). */
void sqlite_bind_text(sqlite3_stmt *st, int i, const char *s, int *rc);
void sqlite_bind_int(sqlite3_stmt *st, int i, int64_t v, int *rc);
void sqlite_bind_ref(sqlite3_stmt *st, int i, int64_t v, int *rc);
/* Run st (already bound; bind_rc is the binders' result) to completion,
 * then finish it. */
store_result sqlite_run_stmt(store_impl *b, sqlite3_stmt *st, int bind_rc);
/* sqlite_run_stmt, STORE_ENOTFOUND when st changed no row. */
store_result sqlite_run_changes(store_impl *b, sqlite3_stmt *st, int bind_rc);
/* Run statement id, which takes no parameters. */
store_result sqlite_exec_id(store_impl *b, enum sqlite_stmt_id id);
/* Run a bound statement that yields one integer (count, id) into *v;
 * STORE_ENOTFOUND when it yields no row.  Stepped to the end. */
store_result sqlite_one_int(store_impl *b, sqlite3_stmt *st, int bind_rc, int64_t *v);
store_result sqlite_count_of(store_impl *b, sqlite3_stmt *st, int bind_rc, long *n);
/* Copy text column i of st into *out (NULL for SQL NULL), its length into
 * *len when len is not NULL.  Caller frees *out. */
store_result sqlite_dup_col_len(sqlite3_stmt *st, int i, char **out, size_t *len);
store_result sqlite_dup_col(sqlite3_stmt *st, int i, char **out);
/* Copy column i into buf[len] (nothing when buf is NULL or len 0);
 * STORE_EINVAL (buf "") when it does not fit. */
/* v[0..n) as a JSON array of strings, for a list bound as one parameter and
 * read with json_each (a new string the caller frees), or NULL for n 0
 * (*ok 1) or out of memory (*ok 0). */
char *sqlite_json_list(const char *const *v, size_t n, int *ok);
store_result sqlite_copy_col(sqlite3_stmt *st, int i, char *buf, size_t len);
/* Hand every row of the bound statement st to fn (NULL columns as ""),
 * until fn returns non-zero; then finish st. */
store_result sqlite_emit_rows(store_impl *b, sqlite3_stmt *st, int rc, store_row_fn fn, void *ud);

/* ---- sqlite_stmt.c: atomic groups ---- */

/* Start an atomic group: a transaction of its own, or a savepoint inside the
 * caller's.  *own tells sqlite_atomic_end which one it was. */
store_result sqlite_atomic_begin(store_impl *b, int *own);
/* Finish the group: commit on STORE_OK, undo otherwise.  Returns result, or
 * the commit's failure. */
store_result sqlite_atomic_end(store_impl *b, int own, store_result result);

/* ---- sqlite_db.c ---- */

store_result sqlite_rollback(store_impl *b);

/* ---- sqlite_frontier.c ---- */

store_result sqlite_frontier_add(store_impl *b, const char *url, const char *host, int depth,
                                 int64_t not_before, int *added);
store_result sqlite_frontier_take(store_impl *b, const char *host, size_t max,
                                  store_frontier_item **items, size_t *n);
store_result sqlite_frontier_finish(store_impl *b, int64_t id, int state);
store_result sqlite_frontier_requeue_leased(store_impl *b);
store_result sqlite_frontier_hosts(store_impl *b,
                                   void (*fn)(void *ud, const char *host, long queued), void *ud);
store_result sqlite_frontier_count(store_impl *b, int state, long *n);

/* ---- sqlite_pages.c ---- */

/* Bytes of p->text (p->text_len, or strlen when that is 0). */
size_t sqlite_text_len(const store_page *p);
store_result sqlite_body_pack(const void *body, size_t len, store_blob *out);
store_result sqlite_page_put(store_impl *b, const store_page *p, int64_t *page_id);
store_result sqlite_lead_page(store_impl *b, int64_t page_id, store_lead_page *out);
store_result sqlite_rules_seen(store_impl *b, const char *subject, int64_t page_id,
                               char *const *rules, size_t n, unsigned char *seen);
store_result sqlite_findings_replace(store_impl *b, int64_t page_id, const store_finding *f,
                                     size_t n, int64_t now);
store_result sqlite_leads_apply(store_impl *b, const store_lead_change *c, size_t n);
/* At the end of finished run run_id (the current run; rescan non-zero
 * for a rescan): resolve the open leads of the judged rules that no page
 * shows any more and whose pages were all answered in the run, and write
 * the "rectified" entry of such confirmed leads.  A lead whose page now
 * shows the same rule under another subject (a profile change moved the
 * page) is moved, not rectified: its entry says "moved to lead N" and
 * lead N's says "moved from lead M"; an open one is resolved all the same,
 * since its subject no longer shows it.  Until then a run leaves
 * those leads as they are, so a run that fails or is stopped half-way
 * resolves nothing. */
store_result sqlite_run_resolve_unseen(store_impl *b, int64_t run_id, int rescan, int64_t now);
store_result sqlite_leads(store_impl *b, const store_lead_filter *f, store_row_fn fn, void *ud);
store_result sqlite_judge_rules(store_impl *b, const char *const *codes, size_t n);
store_result sqlite_page_id(store_impl *b, const char *url, int64_t *id);
store_result sqlite_lead_evidence(store_impl *b, int64_t lead_id, char *url, size_t urllen,
                                  char *file, size_t filelen, int64_t *offset);
store_result sqlite_lead_set(store_impl *b, int64_t id, const char *status, const char *actor,
                             const char *note, const char *outcome, int64_t now);
store_result sqlite_lead_rows(store_impl *b, int64_t id, int pages, store_row_fn fn, void *ud);
store_result sqlite_export(store_impl *b, const char *what, store_row_fn fn, void *ud);
store_result sqlite_pages_each(store_impl *b, store_page_fn fn, void *ud);
store_result sqlite_page_get(store_impl *b, const char *url, store_page_fn fn, void *ud);
store_result sqlite_page_evidence(store_impl *b, const char *url, char *file, size_t filelen,
                                  int64_t *offset);
store_result sqlite_page_validators(store_impl *b, const char *url, const char *rulebook,
                                    char *etag, size_t etaglen, char *lm, size_t lmlen);
store_result sqlite_page_subject(store_impl *b, int64_t page_id, const char *subject);
store_result sqlite_page_time(store_impl *b, int64_t page_id, int64_t *fetched_at,
                              int64_t *run_id);
store_result sqlite_page_count(store_impl *b, long *n);
store_result sqlite_lead_count(store_impl *b, const char *status, long *n);
store_result sqlite_price_put(store_impl *b, const char *item_key, int64_t page_id, double price,
                              double original, int64_t observed_at, int64_t run_id);
store_result sqlite_price_floor(store_impl *b, const char *item_key, int64_t since, int64_t before,
                                int64_t before_run, double *lowest);
store_result sqlite_registry_put(store_impl *b, const char *code, const char *name,
                                 const char *status);
store_result sqlite_registry_lookup(store_impl *b, const char *code, char *name, size_t namelen,
                                    char *status, size_t statuslen);
store_result sqlite_registry_count(store_impl *b, long *n);

/* ---- sqlite_operators.c ---- */

store_result sqlite_page_signals(store_impl *b, int64_t page_id, const store_signal *v, size_t n,
                                 int64_t now);
store_result sqlite_signal_rows(store_impl *b, store_row_fn fn, void *ud);

/* ---- sqlite_complaints.c ---- */

store_result sqlite_complaint_add(store_impl *b, const store_complaint *c, int *added);
/* sqlite_keyword.c: keyword crawls (store.h) */
store_result sqlite_keyword_hit(store_impl *b, const char *keyword, const char *url, int64_t now);
store_result sqlite_frontier_claim(store_impl *b, const char *url, int depth, int *claimed);
store_result sqlite_lead_keywords(store_impl *b, int64_t lead_id, store_row_fn fn, void *ud);
store_result sqlite_complaints_seeded(store_impl *b, int64_t upto, int64_t run_id, long *n);
store_result sqlite_complaint_rows(store_impl *b, int what, const char *subject, store_row_fn fn,
                                   void *ud);

/* ---- sqlite_report.c ---- */

store_result sqlite_report_rows(store_impl *b, int what, const store_report_query *q,
                                store_row_fn fn, void *ud);

/* ---- sqlite_search.c ---- */

/* Register our trigram tokenizer in front of FTS5's on b's connection. */
store_result sqlite_register_tokenizer(store_impl *b);
store_result sqlite_text_pack(const store_impl *b, const char *text, size_t len, store_blob *out);
/* Queue the page p is about to become for indexing at COMMIT, unless it
 * is queued already or its title and text are what the index holds; takes
 * p->packed_text's data when it queues the page. */
store_result sqlite_fts_queue_page(store_impl *b, const store_page *p, int *changed);
/* After the page row was written (result STORE_OK, row id) or not: give
 * the entry sqlite_fts_queue_page added, if the queue grew past before,
 * its row id, or drop it (the row did not change). */
void sqlite_fts_queue_settle(store_impl *b, size_t before, store_result result, int64_t id);
/* Whether the queue is due to be indexed before COMMIT (too long or too
 * large to hold). */
int sqlite_fts_queue_full(const store_impl *b);
/* Index every queued page and empty the queue. */
store_result sqlite_fts_queue_index(store_impl *b);
/* Empty the queue without indexing it (rollback, close). */
void sqlite_fts_queue_clear(store_impl *b);
store_result sqlite_search(store_impl *b, const store_search_opts *o, store_row_fn fn, void *ud,
                           long *total);
store_result sqlite_set_normaliser(store_impl *b, store_norm_fn fn, void *ctx, const char *id);
store_result sqlite_search_captures(store_impl *b, const store_search_opts *o, store_row_fn fn,
                                    void *ud);
store_result sqlite_query_match(store_impl *b, const store_query *q, const char *title,
                                const char *text, int *match, char **snippet);

#endif
