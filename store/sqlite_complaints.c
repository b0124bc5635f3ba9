/*
 * sqlite_complaints.c — the SQLite backend's complaints (诉转案): recording
 * an imported complaint once per ref, the complaints no crawl has seeded
 * and marking them seeded, and the rows `leads show` and `leads --source
 * complaint` list.  Runs on the thread that owns the store.
 */
#include "store/sqlite_int.h"

store_result sqlite_complaint_add(store_impl *b, const store_complaint *c, int *added)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_COMPLAINT_ADD, &st);
    int rc = SQLITE_OK;

    *added = 0;
    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, c->ref, &rc);
    sqlite_bind_text(st, 2, c->received, &rc);
    sqlite_bind_text(st, 3, c->url, &rc);
    sqlite_bind_text(st, 4, c->platform, &rc);
    sqlite_bind_text(st, 5, c->text, &rc);
    sqlite_bind_text(st, 6, c->subject, &rc);
    sqlite_bind_text(st, 7, c->host, &rc);
    sqlite_bind_int(st, 8, c->imported_at, &rc);
    sqlite_bind_text(st, 9, c->source, &rc);
    result = sqlite_run_stmt(b, st, rc);
    if (result == STORE_OK)
        *added = sqlite3_changes(b->db) > 0;
    return result;
}

/* An unknown run_id breaks the foreign key (foreign_keys is on): the
 * UPDATE fails with a constraint error, STORE_EINVAL. */
store_result sqlite_complaints_seeded(store_impl *b, int64_t upto, int64_t run_id, long *n)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_COMPLAINTS_SEEDED, &st);
    int rc = SQLITE_OK;

    *n = 0;
    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, upto, &rc);
    sqlite_bind_int(st, 2, run_id, &rc);
    result = sqlite_run_stmt(b, st, rc);
    if (result == STORE_OK)
        *n = (long)sqlite3_changes(b->db);
    return result;
}

store_result sqlite_complaint_rows(store_impl *b, int what, const char *subject, store_row_fn fn,
                                   void *ud)
{
    enum sqlite_stmt_id id = what == STORE_COMPLAINT_ROWS_OF         ? ST_COMPLAINTS_OF
                             : what == STORE_COMPLAINT_ROWS_SUBJECTS ? ST_COMPLAINT_SUBJECTS
                                                                     : ST_COMPLAINTS_UNSEEDED;
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, id, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    if (id == ST_COMPLAINTS_OF)
        sqlite_bind_text(st, 1, subject, &rc);
    return sqlite_emit_rows(b, st, rc, fn, ud);
}
