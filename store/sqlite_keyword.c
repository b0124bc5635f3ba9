/*
 * sqlite_keyword.c — the SQLite backend's part of keyword crawls
 * (store.h "keyword crawls"): which keyword's search led to which URL
 * (table keyword_hits, schema 6), and taking a frontier row another run
 * finished into the current one.  Runs on the thread that owns the store.
 */
#include "store/sqlite_int.h"

store_result sqlite_keyword_hit(store_impl *b, const char *keyword, const char *url, int64_t now)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_KW_HIT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, keyword, &rc);
    sqlite_bind_text(st, 2, url, &rc);
    sqlite_bind_ref(st, 3, b->run_id, &rc);
    sqlite_bind_int(st, 4, now, &rc);
    return sqlite_run_stmt(b, st, rc);
}

store_result sqlite_frontier_claim(store_impl *b, const char *url, int depth, int *claimed)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FR_CLAIM, &st);
    int rc = SQLITE_OK;

    *claimed = 0;
    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, url, &rc);
    sqlite_bind_ref(st, 2, b->run_id, &rc);
    sqlite_bind_int(st, 3, depth, &rc);
    result = sqlite_run_stmt(b, st, rc);
    if (result == STORE_OK)
        *claimed = sqlite3_changes(b->db) > 0;
    return result;
}

store_result sqlite_lead_keywords(store_impl *b, int64_t lead_id, store_row_fn fn, void *ud)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_KW_OF_LEAD, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, lead_id, &rc);
    return sqlite_emit_rows(b, st, rc, fn, ud);
}
