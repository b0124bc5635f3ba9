/*
 * sqlite_pages.c — the SQLite backend's rows about what a crawl saw:
 * pages (bodies zlib-compressed), the rows of findings and leads (what
 * they should be is decided in leads.c), price history, the business
 * registry, exports, rescans and statistics.  The search index of the
 * pages is sqlite_search.c's.  Runs on the thread that owns the store,
 * except sqlite_body_pack (any thread).
 *
 * Page bodies are stored zlib-compressed with their raw length (a crawl
 * that keeps them in WARC files stores none).
 */
#include "store/sqlite_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>
#include <zlib.h>

/* ---- pages ---- */

/* zlib-compress len bytes of src (RFC 1950, what zlib's uncompress reads
 * back).  libdeflate at level 1: ~2.5x faster than zlib's level 1 on shop
 * pages, and smaller.  Caller frees *out (NULL when len is 0). */
static store_result compress_body(const void *src, size_t len, unsigned char **out, size_t *outlen)
{
    struct libdeflate_compressor *c;
    size_t cap, n;

    *out = NULL;
    *outlen = 0;
    if (len == 0)
        return STORE_OK;
    c = libdeflate_alloc_compressor(1);
    if (!c)
        return STORE_ENOMEM;
    cap = libdeflate_zlib_compress_bound(c, len);
    *out = malloc(cap);
    n = *out ? libdeflate_zlib_compress(c, src, len, *out, cap) : 0;
    libdeflate_free_compressor(c);
    if (n == 0) { /* cannot happen with a bound-sized buffer: out of memory */
        free(*out);
        *out = NULL;
        return STORE_ENOMEM;
    }
    *outlen = n;
    return STORE_OK;
}

size_t sqlite_text_len(const store_page *p)
{
    return p->text_len ? p->text_len : strlen(p->text);
}

static void bind_page(sqlite3_stmt *st, const store_page *p, const unsigned char *z, size_t zlen,
                      int *rc)
{
    sqlite_bind_text(st, 1, p->url, rc);
    sqlite_bind_text(st, 2, p->host, rc);
    sqlite_bind_text(st, 3, p->subject ? p->subject : p->host, rc);
    sqlite_bind_int(st, 4, p->status, rc);
    sqlite_bind_text(st, 5, p->content_type, rc);
    sqlite_bind_text(st, 6, p->charset, rc);
    sqlite_bind_text(st, 7, p->title, rc);
    if (*rc == SQLITE_OK)
        *rc = p->text ? sqlite3_bind_text64(st, 8, p->text, sqlite_text_len(p), SQLITE_STATIC,
                                            SQLITE_UTF8)
                      : sqlite3_bind_null(st, 8);
    if (*rc == SQLITE_OK)
        *rc = z ? sqlite3_bind_blob64(st, 9, z, zlen, SQLITE_STATIC) : sqlite3_bind_null(st, 9);
    sqlite_bind_int(st, 10, (int64_t)(z ? p->body_len : 0), rc);
    sqlite_bind_text(st, 11, p->warc_file, rc);
    sqlite_bind_int(st, 12, p->warc_offset, rc);
    sqlite_bind_text(st, 13, p->sha256, rc);
    sqlite_bind_text(st, 14, p->ip, rc);
    sqlite_bind_text(st, 15, p->etag, rc);
    sqlite_bind_text(st, 16, p->last_modified, rc);
    sqlite_bind_int(st, 17, p->fetched_at, rc);
    sqlite_bind_ref(st, 18, p->run_id, rc);
    sqlite_bind_text(st, 19, p->region, rc);
    sqlite_bind_text(st, 20, p->final_url, rc);
    sqlite_bind_text(st, 21, p->facts, rc);
}

store_result sqlite_body_pack(const void *body, size_t len, store_blob *out)
{
    unsigned char *z = NULL;
    size_t zlen = 0;
    store_result result = compress_body(body, len, &z, &zlen);

    if (result == STORE_OK) {
        out->data = z;
        out->len = zlen;
        out->raw_len = len;
    }
    return result;
}

static store_result page_upsert(store_impl *b, const store_page *p, int64_t *page_id)
{
    sqlite3_stmt *st;
    unsigned char *z = NULL;
    size_t zlen = 0;
    store_result result = sqlite_get_stmt(b, ST_PAGE_PUT, &st);
    int rc = SQLITE_OK;
    int packed = p->packed && p->packed->data;

    if (result == STORE_OK && !packed)
        result = compress_body(p->body, p->body_len, &z, &zlen);
    if (result != STORE_OK)
        return result == STORE_ENOMEM ? sqlite_fail_msg(b, result, "out of memory") : result;
    bind_page(st, p, packed ? p->packed->data : z, packed ? p->packed->len : zlen, &rc);
    result = sqlite_one_int(b, st, rc, page_id);
    free(z);
    return result;
}

/* Run statement id on page_id alone. */
static store_result page_stmt(store_impl *b, enum sqlite_stmt_id id, int64_t page_id)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, id, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    return sqlite_run_stmt(b, st, rc);
}

/* Inside the caller's transaction the page is indexed at its COMMIT;
 * otherwise in a transaction of its own. */
store_result sqlite_page_put(store_impl *b, const store_page *p, int64_t *page_id)
{
    int own = sqlite3_get_autocommit(b->db), changed = 1;
    size_t queued_before;
    int64_t id = 0;
    store_result result = STORE_OK;

    if (own) {
        sqlite_fts_queue_clear(b); /* left over from a transaction SQLite rolled back */
        result = sqlite_exec_id(b, ST_BEGIN);
    }
    queued_before = b->fq_n;
    if (result == STORE_OK)
        result = sqlite_fts_queue_page(b, p, &changed);
    if (result == STORE_OK)
        result = page_upsert(b, p, &id);
    if (result == STORE_OK && changed)   /* a new version: a capture of its own */
        result = page_stmt(b, ST_CAPTURE_NEW, id);
    if (result == STORE_OK && changed)
        result = page_stmt(b, ST_CAPTURE_LINK, id);
    sqlite_fts_queue_settle(b, queued_before, result, id);
    if (result == STORE_OK && (own || sqlite_fts_queue_full(b)))
        result = sqlite_fts_queue_index(b);
    if (own)
        result = result == STORE_OK ? sqlite_exec_id(b, ST_COMMIT) : result;
    if (own && result != STORE_OK)
        sqlite_rollback(b);
    if (result == STORE_OK && page_id)
        *page_id = id;
    if (result == STORE_OK && p->changed)
        *p->changed = changed;
    return result;
}

/* ---- findings and leads (the decisions are leads.c's) ---- */

/* Add the current ST_LEAD_PAGE row to *out: the page's columns from the
 * first row, the rule (NULL when the page has no findings) from each. */
static store_result lead_page_row(sqlite3_stmt *st, store_lead_page *out, size_t *cap)
{
    char **col[4] = {&out->subject, &out->host, &out->url, &out->region};
    store_result result = STORE_OK;
    int first = !out->subject;

    for (int i = 0; i < 4 && first && result == STORE_OK; i++)
        result = sqlite_dup_col(st, i, col[i]);
    if (result == STORE_OK && !out->subject)
        result = STORE_ECORRUPT; /* NOT NULL in the schema */
    if (result != STORE_OK || sqlite3_column_type(st, 4) == SQLITE_NULL)
        return result;
    if (out->nrules == *cap) {
        size_t ncap = *cap ? 2 * *cap : 8;
        char **v = realloc(out->rules, ncap * sizeof *v);

        if (!v)
            return STORE_ENOMEM;
        out->rules = v;
        *cap = ncap;
    }
    result = sqlite_dup_col(st, 4, &out->rules[out->nrules]);
    if (result == STORE_OK)
        out->nrules++;
    return result;
}

store_result sqlite_lead_page(store_impl *b, int64_t page_id, store_lead_page *out)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_LEAD_PAGE, &st);
    size_t cap = 0;
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW && result == STORE_OK)
            result = lead_page_row(st, out, &cap);
    }
    if (rc != SQLITE_DONE && result == STORE_OK)
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    if (result == STORE_OK && !out->subject)
        result = sqlite_fail_msg(b, STORE_ENOTFOUND, "no such page");
    if (result == STORE_ENOMEM || result == STORE_ECORRUPT)
        sqlite_fail_msg(b, result,
                        result == STORE_ENOMEM ? "out of memory" : "page without subject");
    return result;
}

store_result sqlite_rules_seen(store_impl *b, const char *subject, int64_t page_id,
                               char *const *rules, size_t n, unsigned char *seen)
{
    store_result result = STORE_OK;

    for (size_t i = 0; i < n && result == STORE_OK; i++) {
        sqlite3_stmt *st;
        int64_t one = 0;
        int rc = SQLITE_OK;

        result = sqlite_get_stmt(b, ST_RULE_SEEN, &st);
        if (result != STORE_OK)
            return result;
        sqlite_bind_text(st, 1, subject, &rc);
        sqlite_bind_text(st, 2, rules[i], &rc);
        sqlite_bind_int(st, 3, page_id, &rc);
        result = sqlite_one_int(b, st, rc, &one);
        seen[i] = result == STORE_OK;
        if (result == STORE_ENOTFOUND)
            result = STORE_OK;
    }
    return result;
}

static store_result insert_finding(store_impl *b, int64_t page_id, const store_finding *f,
                                   int64_t now)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FIND_INSERT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    sqlite_bind_text(st, 2, f->rule, &rc);
    sqlite_bind_text(st, 3, f->severity, &rc);
    sqlite_bind_text(st, 4, f->basis, &rc);
    sqlite_bind_text(st, 5, f->snippet, &rc);
    sqlite_bind_int(st, 6, f->src_off, &rc);
    sqlite_bind_int(st, 7, now, &rc);
    return sqlite_run_stmt(b, st, rc);
}


/* The page shows rule at now (lead_pages). */
static store_result show_rule(store_impl *b, int64_t page_id, const char *rule, int64_t now)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, ST_LP_SHOW, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    sqlite_bind_text(st, 2, rule, &rc);
    sqlite_bind_int(st, 3, now, &rc);
    sqlite_bind_ref(st, 4, b->run_id, &rc);
    return sqlite_run_stmt(b, st, rc);
}

/* The page no longer shows what it showed (of the judged rules), as this
 * run found: lead_pages.checked_run. */
static store_result hide_rules(store_impl *b, int64_t page_id)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, b->judging ? ST_LP_HIDE_JUDGED : ST_LP_HIDE, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    sqlite_bind_ref(st, 2, b->run_id, &rc);
    return sqlite_run_stmt(b, st, rc);
}

/* The current run checked page_id: its subject's run_subjects row counts
 * it (created with the page's host and province on the first page). */
static store_result count_subject(store_impl *b, int64_t page_id)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, ST_RUN_SUBJECT, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    sqlite_bind_int(st, 2, b->run_id, &rc);
    return sqlite_run_stmt(b, st, rc);
}

/* The findings of the rules the run judges (all, unless it judges some)
 * are replaced; what the page shows is kept in lead_pages. */
store_result sqlite_findings_replace(store_impl *b, int64_t page_id, const store_finding *f,
                                     size_t n, int64_t now)
{
    int own;
    store_result result = sqlite_atomic_begin(b, &own);

    if (result != STORE_OK)
        return result;
    result = page_stmt(b, b->judging ? ST_FIND_DELETE_JUDGED : ST_FIND_DELETE, page_id);
    if (result == STORE_OK)
        result = hide_rules(b, page_id);
    for (size_t i = 0; i < n && result == STORE_OK; i++)
        result = insert_finding(b, page_id, &f[i], now);
    for (size_t i = 0; i < n && result == STORE_OK; i++)
        result = show_rule(b, page_id, f[i].rule, now);
    /* a rescan checked the page's subject (run_subjects, for the report; a
     * crawl counts its pages as their frontier rows are answered) */
    if (result == STORE_OK && b->run_id > 0 && strcmp(b->run_kind, "rescan") == 0)
        result = count_subject(b, page_id);
    return sqlite_atomic_end(b, own, result);
}

static store_result upsert_lead(store_impl *b, const store_lead_change *c)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_LEAD_UPSERT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, c->subject, &rc);
    sqlite_bind_text(st, 2, c->rule, &rc);
    sqlite_bind_text(st, 3, c->severity, &rc);
    sqlite_bind_text(st, 4, c->host, &rc);
    sqlite_bind_text(st, 5, c->url, &rc);
    sqlite_bind_text(st, 6, c->evidence, &rc);
    sqlite_bind_text(st, 7, c->law, &rc);
    sqlite_bind_text(st, 8, c->region, &rc);
    sqlite_bind_int(st, 9, c->first_seen, &rc);
    sqlite_bind_int(st, 10, c->last_seen, &rc);
    sqlite_bind_text(st, 11, c->region_source, &rc);
    sqlite_bind_text(st, 12, c->authority, &rc);
    return sqlite_run_stmt(b, st, rc);
}

static store_result resolve_lead(store_impl *b, const store_lead_change *c)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_LEAD_RESOLVE, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, c->subject, &rc);
    sqlite_bind_text(st, 2, c->rule, &rc);
    return sqlite_run_stmt(b, st, rc);
}

/* Steps st (bound, rc the binding's result) for one row (lead id,
 * status) into *id and status[16], left 0 and "" when there is none;
 * finishes st. */
static store_result id_status_row(store_impl *b, sqlite3_stmt *st, int rc, int64_t *id,
                                  char status[16])
{
    store_result result = STORE_OK;

    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        result = sqlite_copy_col(st, 1, status, 16);
        rc = SQLITE_DONE;
    }
    if (rc != SQLITE_DONE && result == STORE_OK)
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    return result;
}

/* The lead (c's subject, rule): *id and its status into status[16] ("" and
 * *id 0 when there is none). */
static store_result lead_state(store_impl *b, const store_lead_change *c, int64_t *id,
                               char status[16])
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_LEAD_STATE, &st);
    int rc = SQLITE_OK;

    *id = 0;
    status[0] = '\0';
    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, c->subject, &rc);
    sqlite_bind_text(st, 2, c->rule, &rc);
    return id_status_row(b, st, rc, id, status);
}

/* One history entry of lead id: from old ("" for a new lead) to new, by
 * actor (NULL: the current run's kind), with note and outcome (may be
 * NULL). */
static store_result lead_event(store_impl *b, int64_t id, int64_t at, const char *old,
                               const char *new_status, const char *actor, const char *note,
                               const char *outcome)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_LEAD_EVENT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, id, &rc);
    sqlite_bind_int(st, 2, at, &rc);
    sqlite_bind_ref(st, 3, actor ? 0 : b->run_id, &rc);
    sqlite_bind_text(st, 4, old[0] ? old : NULL, &rc);
    sqlite_bind_text(st, 5, new_status, &rc);
    sqlite_bind_text(st, 6, actor ? actor : b->run_id > 0 ? b->run_kind : NULL, &rc);
    sqlite_bind_text(st, 7, note, &rc);
    sqlite_bind_text(st, 8, outcome, &rc);
    return sqlite_run_stmt(b, st, rc);
}

/* Apply one change of a run and record what it did to the lead's status.
 * A run opens a new lead and re-opens a resolved one, and resolves an
 * open one; a confirmed lead no longer seen keeps its status and gets a
 * "rectified" entry; a dismissed or referred lead keeps its status
 * whatever a run sees (its sightings still update hits and last_seen). */
static store_result apply_change(store_impl *b, const store_lead_change *c)
{
    char was[16];
    int64_t id;
    store_result result = lead_state(b, c, &id, was);
    int opens = c->hits > 0 && (was[0] == '\0' || strcmp(was, "resolved") == 0);

    if (result == STORE_OK && c->hits > 0)
        result = upsert_lead(b, c);
    if (result == STORE_OK && opens) {
        if (!id)
            result = lead_state(b, c, &id, (char[16]){0});
        if (result == STORE_OK)
            result = lead_event(b, id, c->at, was, "open", NULL, NULL, NULL);
        snprintf(was, sizeof was, "open");
    }
    /* during a run, decided when the run has finished (sqlite_run_resolve_unseen) */
    if (result != STORE_OK || !c->resolve || !id || b->run_id > 0)
        return result;
    if (strcmp(was, "open") == 0) {
        result = resolve_lead(b, c);
        if (result == STORE_OK)
            result = lead_event(b, id, c->at, was, "resolved", NULL, NULL, NULL);
    } else if (strcmp(was, "confirmed") == 0) {
        result = lead_event(b, id, c->at, was, "confirmed", NULL, "rectified", NULL);
    }
    return result;
}

/* The lead (*to, its status in status) that now shows on one of lead
 * id's pages under another subject; *to 0 when there is none. */
static store_result moved_to(store_impl *b, int64_t id, int64_t *to, char status[16])
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_LEAD_MOVED_TO, &st);
    int rc = SQLITE_OK;

    *to = 0;
    status[0] = '\0';
    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, id, &rc);
    return id_status_row(b, st, rc, to, status);
}

/* Resolve lead id (open) or note that it was rectified (confirmed), as
 * the current run; or, when its pages show the rule under another
 * subject now, say in both leads' histories that it moved. */
static store_result unseen_one(store_impl *b, int64_t id, const char *was, int64_t now)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    int64_t to;
    char to_status[16], note[48] = "rectified", back[48];
    store_result result = moved_to(b, id, &to, to_status);

    if (result != STORE_OK)
        return result;
    if (to) {
        snprintf(note, sizeof note, "moved to lead %lld", (long long)to);
        snprintf(back, sizeof back, "moved from lead %lld", (long long)id);
        result = lead_event(b, to, now, to_status, to_status, NULL, back, NULL);
    }
    if (result == STORE_OK && strcmp(was, "confirmed") == 0)
        return lead_event(b, id, now, was, "confirmed", NULL, note, NULL);
    if (result == STORE_OK && (result = sqlite_get_stmt(b, ST_LEAD_RESOLVE_ID, &st)) == STORE_OK) {
        sqlite_bind_int(st, 1, id, &rc);
        result = sqlite_run_stmt(b, st, rc);
    }
    return result == STORE_OK ? lead_event(b, id, now, was, "resolved", NULL, to ? note : NULL, NULL)
                              : result;
}

store_result sqlite_run_resolve_unseen(store_impl *b, int64_t run_id, int rescan, int64_t now)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK, own;
    struct unseen { int64_t id; char was[16]; } *v = NULL;
    size_t n = 0, cap = 0;
    store_result result = sqlite_get_stmt(b, b->judging ? ST_RUN_UNSEEN_JUDGED : ST_RUN_UNSEEN, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, run_id, &rc);
    sqlite_bind_int(st, 2, rescan, &rc);
    /* read them all first: the updates below touch the tables the query reads */
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            struct unseen *nv = realloc(v, (cap = cap ? 2 * cap : 16) * sizeof *v);
            if (!nv) {
                result = STORE_ENOMEM;
                break;
            }
            v = nv;
        }
        v[n].id = sqlite3_column_int64(st, 0);
        snprintf(v[n].was, sizeof v[n].was, "%s", (const char *)sqlite3_column_text(st, 1));
        n++;
        rc = SQLITE_OK;
    }
    if (result == STORE_OK && rc != SQLITE_DONE)
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    if (result == STORE_OK && n > 0 && (result = sqlite_atomic_begin(b, &own)) == STORE_OK) {
        for (size_t i = 0; i < n && result == STORE_OK; i++)
            result = unseen_one(b, v[i].id, v[i].was, now);
        result = sqlite_atomic_end(b, own, result);
    }
    free(v);
    return result == STORE_ENOMEM ? sqlite_fail_msg(b, result, "out of memory") : result;
}

store_result sqlite_leads_apply(store_impl *b, const store_lead_change *c, size_t n)
{
    int own;
    store_result result = sqlite_atomic_begin(b, &own);

    if (result != STORE_OK)
        return result;
    for (size_t i = 0; i < n && result == STORE_OK; i++)
        result = apply_change(b, &c[i]);
    return sqlite_atomic_end(b, own, result);
}

/* Bind f's filters (?5 to ?14) to st; the JSON lists go into lists[3]
 * (the caller frees them after the statement ran). */
static store_result bind_lead_filter(sqlite3_stmt *st, const store_lead_filter *f, char *lists[3],
                                     int *rc)
{
    int ok[3];

    lists[0] = sqlite_json_list(f->rules, f->nrules, &ok[0]);
    lists[1] = sqlite_json_list(f->severities, f->nseverities, &ok[1]);
    lists[2] = sqlite_json_list(f->statuses, f->nstatuses, &ok[2]);
    sqlite_bind_int(st, 5, f->lead_id, rc);
    sqlite_bind_text(st, 6, f->subject, rc);
    sqlite_bind_text(st, 7, f->province, rc);
    sqlite_bind_text(st, 8, f->authority, rc);
    for (int i = 0; i < 3; i++)
        sqlite_bind_text(st, 9 + i, lists[i], rc);
    sqlite_bind_text(st, 12, f->host, rc);
    sqlite_bind_int(st, 13, f->seen_from, rc);
    sqlite_bind_int(st, 14, f->seen_before, rc);
    sqlite_bind_text(st, 15, f->keyword, rc);
    return ok[0] && ok[1] && ok[2] ? STORE_OK : STORE_ENOMEM;
}

store_result sqlite_leads(store_impl *b, const store_lead_filter *f, store_row_fn fn, void *ud)
{
    sqlite3_stmt *st;
    /* a province has statements of its own: they read its leads only */
    store_result result = sqlite_get_stmt(
        b, f->plain ? (f->province ? ST_LEADS_PLAIN_PROV : ST_LEADS_PLAIN)
                    : (f->province ? ST_LEADS_FILTER_PROV : ST_LEADS_FILTER), &st);
    int rc = SQLITE_OK;
    char *lists[3] = {NULL, NULL, NULL};

    if (result != STORE_OK)
        return result;
    if (bind_lead_filter(st, f, lists, &rc) != STORE_OK) {
        sqlite_finish(st);
        result = sqlite_fail_msg(b, STORE_ENOMEM, "out of memory");
    } else if (f->plain) {
        result = sqlite_emit_rows(b, st, rc, fn, ud);
    } else {
        sqlite_bind_int(st, 1, f->changed_run, &rc);
        sqlite_bind_int(st, 2, f->changed_since, &rc);
        sqlite_bind_int(st, 3, f->changed_run > 0 || f->changed_since > 0, &rc);
        sqlite_bind_int(st, 4, f->stale_before, &rc);
        result = sqlite_emit_rows(b, st, rc, fn, ud);
    }
    for (int i = 0; i < 3; i++)
        free(lists[i]);
    return result;
}

/* The rules the run judges go into a temporary table of this connection,
 * which the judged statements read. */
store_result sqlite_judge_rules(store_impl *b, const char *const *codes, size_t n)
{
    store_result result = STORE_OK;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_exec(b->db, "CREATE TEMP TABLE IF NOT EXISTS judged_rules(rule TEXT PRIMARY KEY);"
                          "DELETE FROM temp.judged_rules", NULL, NULL, NULL);

    b->judging = 0;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(b->db, "INSERT OR IGNORE INTO temp.judged_rules VALUES(?1)", -1, &st,
                                NULL);
    for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
        rc = sqlite3_bind_text(st, 1, codes[i], -1, SQLITE_STATIC);
        if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_DONE)
            rc = sqlite3_reset(st);
    }
    if (rc != SQLITE_OK)
        result = sqlite_fail(b, rc);
    sqlite3_finalize(st);
    if (result == STORE_OK)
        b->judging = n > 0;
    return result;
}

store_result sqlite_lead_evidence(store_impl *b, int64_t lead_id, char *url, size_t urllen,
                                  char *file, size_t filelen, int64_t *offset)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, ST_LEAD_EVIDENCE, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, lead_id, &rc);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        result = sqlite_copy_col(st, 0, url, urllen);
        if (result == STORE_OK)
            result = sqlite_copy_col(st, 1, file, filelen);
        *offset = sqlite3_column_int64(st, 2);
        if (result == STORE_OK && !file[0])
            result = STORE_ENOTFOUND;   /* a capture without a WARC record */
    } else {
        result = rc == SQLITE_DONE ? STORE_ENOTFOUND : sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    return result;
}

store_result sqlite_page_id(store_impl *b, const char *url, int64_t *id)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, ST_PAGE_ID, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, url, &rc);
    return sqlite_one_int(b, st, rc, id);
}

store_result sqlite_lead_set(store_impl *b, int64_t id, const char *status, const char *actor,
                             const char *note, const char *outcome, int64_t now)
{
    char was[16] = "";
    sqlite3_stmt *st;
    int own, rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, ST_LEAD_STATUS_OF, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, id, &rc);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        result = sqlite_copy_col(st, 0, was, sizeof was);
    else
        result = rc == SQLITE_DONE ? STORE_ENOTFOUND : sqlite_fail(b, rc);
    sqlite_finish(st);
    if (result != STORE_OK || (result = sqlite_atomic_begin(b, &own)) != STORE_OK)
        return result;
    rc = SQLITE_OK;
    if ((result = sqlite_get_stmt(b, ST_LEAD_SET, &st)) == STORE_OK) {
        sqlite_bind_int(st, 1, id, &rc);
        sqlite_bind_text(st, 2, status, &rc);
        result = sqlite_run_stmt(b, st, rc);
    }
    if (result == STORE_OK)
        result = lead_event(b, id, now, was, status, actor, note, outcome);
    return sqlite_atomic_end(b, own, result);
}

store_result sqlite_lead_rows(store_impl *b, int64_t id, int pages, store_row_fn fn, void *ud)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(
        b, pages == 2 ? ST_LEAD_CAPTURES : pages ? ST_LEAD_PAGES : ST_LEAD_HISTORY, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, id, &rc);
    return sqlite_emit_rows(b, st, rc, fn, ud);
}

/* ---- row iteration ---- */

store_result sqlite_export(store_impl *b, const char *what, store_row_fn fn, void *ud)
{
    sqlite3_stmt *st;
    store_result result =
        sqlite_get_stmt(b, strcmp(what, "leads") == 0 ? ST_EXPORT_LEADS : ST_EXPORT_FINDINGS, &st);

    return result == STORE_OK ? sqlite_emit_rows(b, st, SQLITE_OK, fn, ud) : result;
}

/* ---- rescan ---- */

/* One page handed to a store_page_fn: owned copies, so the statement is
 * reset before the callback (which may write to the store). */
typedef struct {
    int64_t id;
    char *s[4]; /* url, content_type, subject, host */
    unsigned char *body;
    size_t body_len;
} page_row;

static void page_row_free(page_row *r)
{
    for (int i = 0; i < 4; i++)
        free(r->s[i]);
    free(r->body);
}

static store_result inflate_body(sqlite3_stmt *st, page_row *r)
{
    const void *z = sqlite3_column_blob(st, 3);
    sqlite3_int64 raw = sqlite3_column_int64(st, 4);
    uLongf got;

    if (!z || raw <= 0)
        return STORE_OK;
    if ((uint64_t)raw > STORE_BODY_MAX)
        return STORE_ECORRUPT;
    r->body = malloc((size_t)raw);
    if (!r->body)
        return STORE_ENOMEM;
    got = (uLongf)raw;
    if (uncompress(r->body, &got, z, (uLong)sqlite3_column_bytes(st, 3)) != Z_OK ||
        got != (uLongf)raw)
        return STORE_ECORRUPT;
    r->body_len = (size_t)raw;
    return STORE_OK;
}

/* Load the row of the bound statement st (ST_PAGE_NEXT or ST_PAGE_BY_URL)
 * into r; STORE_ENOTFOUND when there is none. */
static store_result load_page_row(store_impl *b, sqlite3_stmt *st, int rc, page_row *r)
{
    static const int cols[4] = {1, 2, 5, 6};
    store_result result = STORE_OK;

    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        r->id = sqlite3_column_int64(st, 0);
        for (int i = 0; i < 4 && result == STORE_OK; i++)
            result = sqlite_dup_col(st, cols[i], &r->s[i]);
        if (result == STORE_OK)
            result = inflate_body(st, r);
        if (result == STORE_ECORRUPT)
            sqlite_fail_msg(b, result, "stored page body does not decompress");
    } else if (rc == SQLITE_DONE) {
        result = sqlite_fail_msg(b, STORE_ENOTFOUND, "no such page");
    } else {
        result = sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    return result;
}

/* Load the first page with id > after into r; STORE_ENOTFOUND at the end. */
static store_result next_page(store_impl *b, int64_t after, page_row *r)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PAGE_NEXT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, after, &rc);
    return load_page_row(b, st, rc, r);
}

store_result sqlite_page_get(store_impl *b, const char *url, store_page_fn fn, void *ud)
{
    page_row r = {0, {NULL, NULL, NULL, NULL}, NULL, 0};
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PAGE_BY_URL, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, url, &rc);
    result = load_page_row(b, st, rc, &r);
    if (result == STORE_OK)
        fn(ud, r.id, r.s[0], r.s[1], r.body, r.body_len, r.s[2], r.s[3]);
    page_row_free(&r);
    return result;
}

store_result sqlite_page_evidence(store_impl *b, const char *url, char *file, size_t filelen,
                                  int64_t *offset)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PAGE_EVIDENCE, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, url, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *f = (const char *)sqlite3_column_text(st, 0);
        size_t n = f ? strlen(f) : 0;
        *offset = sqlite3_column_int64(st, 1);
        if (n == 0)
            result =
                sqlite_fail_msg(b, STORE_ENOTFOUND, "the page was stored without WARC evidence");
        else if (n >= filelen)
            result = sqlite_fail_msg(b, STORE_EINVAL, "WARC file name too long");
        else
            memcpy(file, f, n + 1);
        sqlite_finish(st);
        return result;
    }
    result = rc == SQLITE_DONE ? sqlite_fail_msg(b, STORE_ENOTFOUND, "no such page")
                               : sqlite_fail(b, rc);
    sqlite_finish(st);
    return result;
}

store_result sqlite_page_validators(store_impl *b, const char *url, const char *rulebook,
                                    char *etag, size_t etaglen, char *lm, size_t lmlen)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PAGE_VALIDATORS, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, url, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        /* a validator too long for the buffer is dropped: the GET is then unconditional */
        (void)sqlite_copy_col(st, 0, etag, etaglen);
        (void)sqlite_copy_col(st, 1, lm, lmlen);
        const unsigned char *judged = sqlite3_column_text(st, 2);
        if (rulebook && (!judged || strcmp((const char *)judged, rulebook) != 0))
            etag[0] = lm[0] = '\0';
        result = STORE_OK;
    } else {
        result = rc == SQLITE_DONE ? STORE_ENOTFOUND : sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    return result;
}

store_result sqlite_page_subject(store_impl *b, int64_t page_id, const char *subject)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PAGE_SUBJECT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    sqlite_bind_text(st, 2, subject, &rc);
    return sqlite_run_stmt(b, st, rc);
}

store_result sqlite_page_time(store_impl *b, int64_t page_id, int64_t *fetched_at,
                              int64_t *run_id)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PAGE_TIME, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, page_id, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *fetched_at = sqlite3_column_int64(st, 0);
        if (run_id)
            *run_id = sqlite3_column_int64(st, 1);
        result = STORE_OK;
    } else {
        result = rc == SQLITE_DONE ? sqlite_fail_msg(b, STORE_ENOTFOUND, "no such page")
                                   : sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    return result;
}

store_result sqlite_pages_each(store_impl *b, store_page_fn fn, void *ud)
{
    int64_t after = 0;

    for (;;) {
        page_row r = {0, {NULL, NULL, NULL, NULL}, NULL, 0};
        store_result result = next_page(b, after, &r);
        int stop = 0;

        if (result == STORE_OK) {
            stop = fn(ud, r.id, r.s[0], r.s[1], r.body, r.body_len, r.s[2], r.s[3]);
            after = r.id;
        }
        page_row_free(&r);
        if (result == STORE_ENOTFOUND)
            return STORE_OK;
        if (result != STORE_OK || stop)
            return result;
    }
}

/* ---- statistics ---- */

store_result sqlite_page_count(store_impl *b, long *n)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PAGE_COUNT, &st);

    return result == STORE_OK ? sqlite_count_of(b, st, SQLITE_OK, n) : result;
}

store_result sqlite_lead_count(store_impl *b, const char *status, long *n)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_LEAD_COUNT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, status, &rc);
    return sqlite_count_of(b, st, rc, n);
}

/* ---- prices ---- */

store_result sqlite_price_put(store_impl *b, const char *item_key, int64_t page_id, double price,
                              double original, int64_t observed_at, int64_t run_id)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PRICE_PUT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, item_key, &rc);
    sqlite_bind_ref(st, 2, page_id, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_double(st, 3, price);
    if (rc == SQLITE_OK)
        rc = original >= 0 ? sqlite3_bind_double(st, 4, original) : sqlite3_bind_null(st, 4);
    sqlite_bind_int(st, 5, observed_at, &rc);
    sqlite_bind_ref(st, 6, run_id, &rc);
    return sqlite_run_stmt(b, st, rc);
}

store_result sqlite_price_floor(store_impl *b, const char *item_key, int64_t since, int64_t before,
                                int64_t before_run, double *lowest)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_PRICE_FLOOR, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, item_key, &rc);
    sqlite_bind_int(st, 2, since, &rc);
    sqlite_bind_int(st, 3, before, &rc);
    sqlite_bind_int(st, 4, before_run, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        *lowest = sqlite3_column_double(st, 0);
    else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        result = sqlite_fail_msg(b, STORE_ENOTFOUND, "no price observed in that window");
    else
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    return result;
}

/* ---- registry ---- */

store_result sqlite_registry_put(store_impl *b, const char *code, const char *name,
                                 const char *status)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_REG_PUT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, code, &rc);
    sqlite_bind_text(st, 2, name, &rc);
    sqlite_bind_text(st, 3, status, &rc);
    return sqlite_run_stmt(b, st, rc);
}

store_result sqlite_registry_lookup(store_impl *b, const char *code, char *name, size_t namelen,
                                    char *status, size_t statuslen)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_REG_LOOKUP, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, code, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        result = sqlite_copy_col(st, 0, name, namelen);
        if (result == STORE_OK)
            result = sqlite_copy_col(st, 1, status, statuslen);
        if (result != STORE_OK)
            sqlite_fail_msg(b, result, "registry field does not fit the buffer");
    } else if (rc == SQLITE_DONE) {
        result = sqlite_fail_msg(b, STORE_ENOTFOUND, "code not in registry");
    } else {
        result = sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    return result;
}

store_result sqlite_registry_count(store_impl *b, long *n)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_REG_COUNT, &st);

    return result == STORE_OK ? sqlite_count_of(b, st, SQLITE_OK, n) : result;
}
