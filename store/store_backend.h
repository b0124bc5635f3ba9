/*
 * store_backend.h — private to store/: the table of operations a storage
 * backend implements.  store.c checks arguments and dispatches; a backend
 * (the sqlite_*.c files today, PostgreSQL later) may assume that every
 * pointer the public contract calls required is non-NULL and that numeric
 * arguments are in range.
 *
 * A backend stores and queries; it decides nothing.  What a page's
 * findings do to leads (open, resolve, re-open, hits, evidence) is decided
 * in leads.c, which reads and writes through the lead_page, rules_seen,
 * findings_replace and leads_apply entries and batches its writes per
 * transaction, so that a network database pays a round trip per batch,
 * not per page.
 */
#ifndef WANGJIAN_STORE_BACKEND_H
#define WANGJIAN_STORE_BACKEND_H

#include "store/store.h"

/* A parsed search query (search_query.c): a conjunction of clauses; a
 * clause is one excluded word (neg) or alternatives of which one must
 * occur.  Words are as the user typed them (not normalised), owned. */
typedef struct {
    char *text;
    int phrase;  /* came from "..." */
    char *codes; /* NULL, or the identity codes the word reads as, one
                    "kind\tvalue\n" line each (store_query_read_codes) */
} store_query_word;
typedef struct {
    int neg;
    size_t n;
    store_query_word *w;
} store_query_clause;
struct store_query {
    size_t n;
    store_query_clause *c;
};

/* Backend-private handle state. */
typedef struct store_impl store_impl;

/* What store_page_findings needs to know of a page: its lead subject, the
 * host and url its leads show, its region (NULL when it has none) and the
 * distinct rules of its findings now (nrules of them, in any order).
 * Every pointer is NULL or owned by the struct: free with
 * leads_page_free (leads.h). */
typedef struct {
    char *subject, *host, *url, *region;
    char **rules;
    size_t nrules;
} store_lead_page;

/* One lead's change, decided by leads.c.  With hits > 0 the lead (subject,
 * rule) is created (first_seen, last_seen, hits, status open) or updated:
 * first_seen kept, hits added, status open, last_seen, severity, host, url,
 * evidence and law set as given (NULL included), region set unless NULL.
 * Then, with resolve set, its status becomes resolved (a lead that does
 * not exist stays absent).  Each status this makes a lead pass through
 * (created open, re-opened, resolved) is a history entry dated at.
 * Strings are owned by the list's builder. */
typedef struct {
    char *subject, *rule;
    int64_t hits;
    char *severity, *host, *url, *evidence, *law, *region, *region_source, *authority;
    int64_t first_seen, last_seen;
    int resolve;
    int64_t at;      /* when the last of the merged changes was made */
} store_lead_change;

typedef struct {
    const char *name;
    /* Open location (backend-specific, prefix removed) in mode, with the
     * contract of store_open_mode; on failure *out is NULL and err holds
     * the reason.  The caller closes *out with close. */
    store_result (*open)(const char *location, store_mode mode, store_impl **out, char *err,
                         size_t errlen);
    store_result (*close)(store_impl *b);
    const char *(*errmsg)(const store_impl *b);
    store_result (*busy_timeout)(store_impl *b, int ms);
    /* store_schema_version */
    store_result (*schema_version)(store_impl *b, int *found, int *current);

    store_result (*begin)(store_impl *b);
    store_result (*commit)(store_impl *b);
    store_result (*rollback)(store_impl *b);
    /* Whether a transaction is open: store_begin's, unless the backend had
     * to end it on its own (SQLite rolls back after some I/O errors). */
    int (*in_transaction)(const store_impl *b);

    /* The run entries make a run current on b (run_end ends it): while
     * one is, frontier_add stamps rows with it, frontier_take and
     * frontier_hosts see only its rows, and leads_apply records every
     * lead status change in the lead's history with the run and its
     * kind as actor (store.h, "runs"). */
    store_result (*run_begin)(store_impl *b, int64_t now, const char *kind, int64_t *run_id);
    /* status NULL: store_run_pause (counts added, the run left open) */
    store_result (*run_end)(store_impl *b, int64_t run_id, int64_t now, const char *status,
                            store_run_counts *c);
    store_result (*run_open)(store_impl *b, int64_t now, const char *scope,
                             const char *const *hosts, size_t n, int64_t *run_id, int *resumed);
    store_result (*run_describe)(store_impl *b, int64_t run_id, const store_run_info *info);
    store_result (*runs)(store_impl *b, long limit, store_row_fn fn, void *ud);
    store_result (*run_last)(store_impl *b, int64_t *run_id);
    store_result (*leads)(store_impl *b, const store_lead_filter *f, store_row_fn fn, void *ud);
    /* store_run_rules: findings_replace then replaces (and hides in
     * lead_pages) only findings of these rules; n 0: all rules */
    store_result (*judge_rules)(store_impl *b, const char *const *codes, size_t n);
    /* *id = the page stored under url; STORE_ENOTFOUND when none */
    store_result (*page_id)(store_impl *b, const char *url, int64_t *id);
    store_result (*lead_evidence)(store_impl *b, int64_t lead_id, char *url, size_t urllen,
                                  char *file, size_t filelen, int64_t *offset);
    store_result (*lead_set)(store_impl *b, int64_t id, const char *status, const char *actor,
                             const char *note, const char *outcome, int64_t now);
    /* pages 0: store_lead_history's rows; 1: store_lead_pages';
     * 2: store_lead_captures' */
    store_result (*lead_rows)(store_impl *b, int64_t id, int pages, store_row_fn fn, void *ud);

    store_result (*frontier_add)(store_impl *b, const char *url, const char *host, int depth,
                                 int64_t not_before, int *added);
    store_result (*frontier_take)(store_impl *b, const char *host, size_t max,
                                  store_frontier_item **items, size_t *n);
    store_result (*frontier_finish)(store_impl *b, int64_t id, int state);
    store_result (*frontier_requeue_leased)(store_impl *b);
    store_result (*frontier_hosts)(store_impl *b,
                                   void (*fn)(void *ud, const char *host, long queued), void *ud);
    store_result (*frontier_count)(store_impl *b, int state, long *n);

    store_result (*page_put)(store_impl *b, const store_page *p, int64_t *page_id);
    /* Pack a body for page_put; called from any thread, so it must not
     * touch a connection.  NULL when the backend keeps bodies as they are. */
    store_result (*body_pack)(const void *body, size_t len, store_blob *out);
    /* Prepare page text for the search index; any thread, so it may only
     * read what open set up.  NULL when the backend indexes text as is. */
    store_result (*text_pack)(const store_impl *b, const char *text, size_t len, store_blob *out);

    /* Fill *out for page_id (reads only); STORE_ENOTFOUND for an unknown
     * page.  Whatever the result, *out (zeroed by the caller) holds only
     * what the caller frees with leads_page_free. */
    store_result (*lead_page)(store_impl *b, int64_t page_id, store_lead_page *out);
    /* seen[i] = 1 when a page of subject other than page_id has a finding
     * of rules[i], else 0 (reads only). */
    store_result (*rules_seen)(store_impl *b, const char *subject, int64_t page_id,
                               char *const *rules, size_t n, unsigned char *seen);
    /* Replace the finding rows of page_id with f[0..n), seen at now: all
     * or nothing.  Called inside a transaction. */
    store_result (*findings_replace)(store_impl *b, int64_t page_id, const store_finding *f,
                                     size_t n, int64_t now);
    /* Apply c[0..n): all or nothing.  The changes name distinct leads, so
     * they may be applied in any order, except that leads created get
     * their ids (lead_id) in list order.  Called inside a transaction. */
    store_result (*leads_apply)(store_impl *b, const store_lead_change *c, size_t n);
    store_result (*export_rows)(store_impl *b, const char *what, store_row_fn fn, void *ud);
    store_result (*search)(store_impl *b, const store_search_opts *o, store_row_fn fn, void *ud,
                           long *total);
    store_result (*search_captures)(store_impl *b, const store_search_opts *o, store_row_fn fn,
                                    void *ud);
    store_result (*query_match)(store_impl *b, const store_query *q, const char *title,
                                const char *text, int *match, char **snippet);
    /* Use fn/ctx/id as the index's normaliser (store_set_normaliser). */
    store_result (*set_normaliser)(store_impl *b, store_norm_fn fn, void *ctx, const char *id);
    store_result (*pages_each)(store_impl *b, store_page_fn fn, void *ud);
    store_result (*page_get)(store_impl *b, const char *url, store_page_fn fn, void *ud);
    store_result (*page_evidence)(store_impl *b, const char *url, char *file, size_t filelen,
                                  int64_t *offset);
    store_result (*page_validators)(store_impl *b, const char *url, const char *rulebook,
                                    char *etag, size_t etaglen, char *lm, size_t lmlen);
    store_result (*page_time)(store_impl *b, int64_t page_id, int64_t *fetched_at,
                                int64_t *run_id);
    store_result (*page_subject)(store_impl *b, int64_t page_id, const char *subject);
    store_result (*page_count)(store_impl *b, long *n);
    store_result (*lead_count)(store_impl *b, const char *status, long *n);

    store_result (*price_put)(store_impl *b, const char *item_key, int64_t page_id, double price,
                              double original, int64_t observed_at, int64_t run_id);
    store_result (*price_floor)(store_impl *b, const char *item_key, int64_t since, int64_t before,
                                int64_t before_run, double *lowest);

    store_result (*registry_put)(store_impl *b, const char *code, const char *name,
                                 const char *status);
    store_result (*registry_lookup)(store_impl *b, const char *code, char *name, size_t namelen,
                                    char *status, size_t statuslen);
    store_result (*registry_count)(store_impl *b, long *n);

    /* complaints (store.h): complaint_add is store_complaint_add,
     * complaints_seeded store_complaints_seeded (run_id checked), and
     * complaint_rows hands out the rows of store_complaints_unseeded,
     * store_complaints_of (subject) or store_complaint_subjects, as what
     * says (one of the STORE_COMPLAINT_ROWS_* values) */
    store_result (*complaint_add)(store_impl *b, const store_complaint *c, int *added);
    /* identity signals: store_page_signals (page_id unchecked), store_signals */
    store_result (*page_signals)(store_impl *b, int64_t page_id, const store_signal *v, size_t n,
                                 int64_t now);
    store_result (*signal_rows)(store_impl *b, store_row_fn fn, void *ud);
    store_result (*complaints_seeded)(store_impl *b, int64_t upto, int64_t run_id, long *n);
    store_result (*complaint_rows)(store_impl *b, int what, const char *subject, store_row_fn fn,
                                   void *ud);
    /* store_report (what checked, queued lead changes written) */
    store_result (*report_rows)(store_impl *b, int what, const store_report_query *q,
                                store_row_fn fn, void *ud);

    /* keyword crawls (store.h): keyword_hit is store_keyword_hit for the
     * current run, frontier_claim store_frontier_claim, lead_keywords
     * store_lead_keywords */
    store_result (*keyword_hit)(store_impl *b, const char *keyword, const char *url, int64_t now);
    store_result (*frontier_claim)(store_impl *b, const char *url, int depth, int *claimed);
    store_result (*lead_keywords)(store_impl *b, int64_t lead_id, store_row_fn fn, void *ud);
} store_backend;

enum { STORE_COMPLAINT_ROWS_UNSEEDED, STORE_COMPLAINT_ROWS_OF, STORE_COMPLAINT_ROWS_SUBJECTS };

/* The SQLite backend (sqlite_db.c and the files sqlite_int.h lists). */
extern const store_backend store_sqlite_backend;

#endif
