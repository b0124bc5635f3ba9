/*
 * sqlite_operators.c — the SQLite backend's identity signals (同一经营者):
 * replacing the signals a page shows, and handing out every signal (with
 * each page's server IP) for linking subjects into operators.  Runs on
 * the thread that owns the store.
 */
#include "store/sqlite_int.h"

/* Delete then insert, in one atomic group; the subject and url come from
 * the page row, so an unknown page_id inserts nothing (checked first). */
store_result sqlite_page_signals(store_impl *b, int64_t page_id, const store_signal *v, size_t n,
                                 int64_t now)
{
    int own = 0;
    sqlite3_stmt *st;
    store_result result = sqlite_atomic_begin(b, &own);
    if (result != STORE_OK)
        return result;
    int rc = SQLITE_OK;
    result = sqlite_get_stmt(b, ST_SIG_DELETE, &st);
    if (result == STORE_OK) {
        sqlite_bind_int(st, 1, page_id, &rc);
        result = sqlite_run_stmt(b, st, rc);
    }
    for (size_t i = 0; result == STORE_OK && i < n; i++) {
        rc = SQLITE_OK;
        result = sqlite_get_stmt(b, ST_SIG_INSERT, &st);
        if (result != STORE_OK)
            break;
        sqlite_bind_int(st, 1, page_id, &rc);
        sqlite_bind_text(st, 2, v[i].kind, &rc);
        sqlite_bind_text(st, 3, v[i].value, &rc);
        sqlite_bind_text(st, 4, v[i].strong ? "strong" : "weak", &rc);
        sqlite_bind_int(st, 5, now, &rc);
        result = sqlite_run_changes(b, st, rc);
    }
    return sqlite_atomic_end(b, own, result);
}

store_result sqlite_signal_rows(store_impl *b, store_row_fn fn, void *ud)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_SIG_ROWS, &st);
    if (result != STORE_OK)
        return result;
    return sqlite_emit_rows(b, st, SQLITE_OK, fn, ud);
}
