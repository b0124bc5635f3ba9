/*
 * sqlite_frontier.c — the SQLite backend's URL frontier: adding URLs once,
 * leasing a host's due URLs oldest first, finishing and re-queueing them,
 * and the per-host counts a crawl resumes from.  Runs on the thread that
 * owns the store.
 */
#include "store/sqlite_int.h"

#include <stdlib.h>

store_result sqlite_frontier_add(store_impl *b, const char *url, const char *host, int depth,
                                 int64_t not_before, int *added)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FR_ADD, &st);
    int rc = SQLITE_OK;

    *added = 0;
    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, url, &rc);
    sqlite_bind_text(st, 2, host, &rc);
    sqlite_bind_int(st, 3, depth, &rc);
    sqlite_bind_int(st, 4, not_before, &rc);
    sqlite_bind_ref(st, 5, b->run_id, &rc);
    result = sqlite_run_stmt(b, st, rc);
    if (result == STORE_OK)
        *added = sqlite3_changes(b->db) > 0;
    return result;
}

static int item_cmp(const void *a, const void *b)
{
    const store_frontier_item *x = a, *y = b;

    return (x->id > y->id) - (x->id < y->id);
}

/* Append the current RETURNING row to *items (capacity *cap). */
static store_result take_row(sqlite3_stmt *st, store_frontier_item **items, size_t *n, size_t *cap)
{
    store_frontier_item *it;
    store_result result;

    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        store_frontier_item *p = realloc(*items, ncap * sizeof *p);

        if (!p)
            return STORE_ENOMEM;
        *items = p;
        *cap = ncap;
    }
    it = &(*items)[*n];
    it->id = sqlite3_column_int64(st, 0);
    it->depth = sqlite3_column_int(st, 2);
    result = sqlite_dup_col(st, 1, &it->url);
    if (result == STORE_OK && !it->url)
        result = STORE_ECORRUPT;
    if (result == STORE_OK)
        (*n)++;
    return result;
}

store_result sqlite_frontier_take(store_impl *b, const char *host, size_t max,
                                  store_frontier_item **items, size_t *n)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FR_TAKE, &st);
    size_t cap = 0;
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, host, &rc);
    sqlite_bind_int(st, 2, (int64_t)max, &rc);
    sqlite_bind_ref(st, 3, b->run_id, &rc);
    /* The UPDATE happens on the first step; keep stepping to collect rows. */
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW && result == STORE_OK)
            result = take_row(st, items, n, &cap);
    }
    if (rc != SQLITE_DONE && result == STORE_OK)
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    if (result != STORE_OK) {
        store_frontier_items_free(*items, *n);
        *items = NULL;
        *n = 0;
        return result;
    }
    if (*n > 1)
        qsort(*items, *n, sizeof **items, item_cmp);
    return STORE_OK;
}

static store_result finish_row(store_impl *b, enum sqlite_stmt_id sid, int64_t id, int64_t v)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, sid, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, id, &rc);
    sqlite_bind_int(st, 2, v, &rc);
    return sid == ST_FR_FINISH ? sqlite_run_changes(b, st, rc) : sqlite_run_stmt(b, st, rc);
}

/* A URL answered (done) in a run counts its page's subject as checked by
 * the run (run_subjects, for the report): a 304 as much as a new page. */
store_result sqlite_frontier_finish(store_impl *b, int64_t id, int state)
{
    int own;

    if (state != STORE_URL_DONE || b->run_id <= 0)
        return finish_row(b, ST_FR_FINISH, id, state);
    store_result result = sqlite_atomic_begin(b, &own);
    if (result != STORE_OK)
        return result;
    result = finish_row(b, ST_FR_FINISH, id, state);
    if (result == STORE_OK)
        result = finish_row(b, ST_RUN_SUBJECT_URL, id, b->run_id);
    return sqlite_atomic_end(b, own, result);
}

store_result sqlite_frontier_requeue_leased(store_impl *b)
{
    return sqlite_exec_id(b, ST_FR_REQUEUE);
}

store_result sqlite_frontier_hosts(store_impl *b,
                                   void (*fn)(void *ud, const char *host, long queued), void *ud)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FR_HOSTS, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_ref(st, 1, b->run_id, &rc);
    if (rc != SQLITE_OK) {
        sqlite_finish(st);
        return sqlite_fail(b, rc);
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *host = (const char *)sqlite3_column_text(st, 0);

        if (host)
            fn(ud, host, (long)sqlite3_column_int64(st, 1));
    }
    if (rc != SQLITE_DONE)
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    return result;
}

store_result sqlite_frontier_count(store_impl *b, int state, long *n)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FR_COUNT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, state, &rc);
    return sqlite_count_of(b, st, rc, n);
}
