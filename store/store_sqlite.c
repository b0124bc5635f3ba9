/*
 * store_sqlite.c — the SQLite backend of store/ (the only file that includes
 * sqlite3.h).
 *
 * The database is ours when PRAGMA application_id is APP_ID; PRAGMA
 * user_version holds the schema version.  An empty file gets the schema; a
 * SQLite file with other tables, or a file that is not SQLite at all, is
 * refused without being written to (the checks run before anything that
 * writes, journal mode included).  A newer schema is refused.
 *
 * Each connection runs in WAL mode with synchronous=NORMAL, a busy timeout
 * and foreign keys on.  Every statement is prepared once per handle on first
 * use, kept in the handle, reset and unbound after each use, and takes input
 * only through bound parameters.  Functions that write several rows run in
 * their own transaction, or in a savepoint when the caller holds one.
 *
 * Page bodies are stored zlib-compressed with their raw length (a crawl
 * that keeps them in WARC files stores none); the FTS5 table pages_fts
 * (trigram tokenizer) indexes pages.title and pages.text, keeping no
 * content of its own.  page_put does not index at once: it queues the page id
 * (with the values the index holds for it, to delete) and the queue is
 * indexed just before COMMIT.  FTS5 writes its pending terms out as a new
 * segment at every savepoint and at every statement that needs a statement
 * journal (a trigger, INSERT ... SELECT); indexed row by row inside a batch,
 * each page became a segment of its own and merging them cost more than the
 * tokenising (small bench corpus: 1.7 vs 1.0 CPU-s per 2,000 pages).
 *
 * The index is a filter: it answers which pages hold every trigram of a
 * query, and search confirms the substring with LIKE on those pages, so a
 * stale entry can only cost time, never a wrong result.  Hence:
 *  - no positions (detail=none).  They made the index twice the size (62 vs
 *    26 MB for 2,000 shop pages) and cost 0.4 ms of CPU per page, for phrase
 *    MATCH and bm25 ranking, which a substring search needs neither of;
 *  - no content (content=''): the index gets lower(title) and lower(text)
 *    and a case-sensitive trigram tokenizer, which is the ASCII-only case
 *    folding of LIKE.  FTS5's own folding of every character cost another
 *    30% of the indexing.
 *
 * Most of the indexing was hashing the same trigram again: a shop page's
 * text has ~6,000 trigrams and ~1,300 distinct ones, and the index keeps
 * one entry per distinct trigram and page.  So store_text_pack runs FTS5's
 * trigram tokenizer on a worker thread and keeps each distinct trigram of
 * lower(text) once, and every connection of ours registers a tokenizer
 * named "trigram" in front of FTS5's own (FTS5 looks tokenizers up newest
 * first) that hands such prepared text to the index as it is and passes
 * everything else (queries, deletes, rebuilds) to the built-in one.  The
 * index is the same as the built-in tokenizer makes, so the file stays a
 * plain FTS5 table for any other SQLite program.
 *
 * Schema version 1 indexed by triggers with positions; opening it
 * read-write rebuilds the index once.
 */
#include "store/store_backend.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libdeflate.h>
#include <sqlite3.h>
#include <zlib.h>

enum {
    SCHEMA_VERSION = 2,
    APP_ID = 0x574a4442, /* "WJDB" */
    BUSY_MS = 5000,
    ERRMSG_MAX = 512,
    QUERY_MAX = 4096, /* bytes of a search query */
    /* Pages queued for indexing before the queue is indexed early, and the
     * bytes of old title and text it may hold (a batch of re-crawled pages
     * with huge texts must not hold them all until COMMIT). */
    FTS_QUEUE_MAX = 1024,
    FTS_TERMS = 16, /* trigrams of a query looked up in the index */
    FTS_QUEUE_BYTES = 16 << 20,
    EXPORT_COLS_MAX = 16
};

/* The search index, as a new file and the schema-1 migration create it.
 * merge 16 segments per level, not 4: a crawl flushes a segment per MB of
 * pending terms, and merging them four at a time rewrote the index again
 * and again (full bench corpus: 3.09 -> 2.96 ms CPU per page); queries
 * read a few more segments, with the same results.  Inserts and updates
 * are indexed by the FTS queue; nothing deletes pages today, and a delete
 * is rare enough to index row by row. */
#define FTS_SCHEMA_SQL \
    "CREATE VIRTUAL TABLE pages_fts USING fts5(title, text, content=''," \
    " tokenize='trigram case_sensitive 1', detail=none);" \
    "INSERT INTO pages_fts(pages_fts, rank) VALUES('automerge', 16);" \
    "CREATE TRIGGER pages_fts_ad AFTER DELETE ON pages BEGIN" \
    " INSERT INTO pages_fts(pages_fts, rowid, title, text)" \
    " VALUES('delete', old.id, lower(old.title), lower(old.text)); END;"

static const char schema_sql[] =
    "CREATE TABLE runs("
    " id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, ended_at INTEGER,"
    " pages INTEGER, errors INTEGER);"
    "CREATE TABLE frontier("
    " id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, host TEXT NOT NULL,"
    " depth INTEGER NOT NULL, state INTEGER NOT NULL DEFAULT 0,"
    " not_before INTEGER NOT NULL DEFAULT 0, added_at INTEGER NOT NULL);"
    "CREATE INDEX frontier_host_state ON frontier(host, state, id);"
    "CREATE TABLE pages("
    " id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, host TEXT NOT NULL,"
    " subject TEXT NOT NULL, status INTEGER, content_type TEXT, charset TEXT,"
    " title TEXT, text TEXT, body BLOB, body_len INTEGER NOT NULL DEFAULT 0,"
    " warc_file TEXT, warc_offset INTEGER, sha256 TEXT, ip TEXT, etag TEXT,"
    " last_modified TEXT, fetched_at INTEGER,"
    " run_id INTEGER REFERENCES runs(id), region TEXT);"
    "CREATE INDEX pages_subject ON pages(subject);"
    "CREATE TABLE findings("
    " id INTEGER PRIMARY KEY,"
    " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
    " rule TEXT NOT NULL, severity TEXT, basis TEXT, snippet TEXT,"
    " src_off INTEGER, seen_at INTEGER NOT NULL);"
    "CREATE INDEX findings_page ON findings(page_id);"
    "CREATE INDEX findings_rule ON findings(rule, page_id);"
    "CREATE TABLE leads("
    " lead_id INTEGER PRIMARY KEY, subject TEXT NOT NULL, rule TEXT NOT NULL,"
    " severity TEXT, status TEXT NOT NULL CHECK(status IN ('open','resolved')),"
    " host TEXT, url TEXT, evidence TEXT, law TEXT, region TEXT,"
    " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
    " hits INTEGER NOT NULL DEFAULT 0, UNIQUE(subject, rule));"
    "CREATE INDEX leads_status ON leads(status);"
    "CREATE TABLE prices("
    " id INTEGER PRIMARY KEY, item_key TEXT NOT NULL,"
    " page_id INTEGER REFERENCES pages(id) ON DELETE SET NULL,"
    " price REAL NOT NULL, original REAL, observed_at INTEGER NOT NULL,"
    " run_id INTEGER REFERENCES runs(id));"
    "CREATE INDEX prices_item ON prices(item_key, observed_at);"
    "CREATE TABLE registry(code TEXT PRIMARY KEY, name TEXT, status TEXT);"
    FTS_SCHEMA_SQL;

/* Schema 1 -> 2: the FTS queue replaces the insert and update triggers,
 * and the index is rebuilt without positions. */
static const char migrate_v2_sql[] =
    "DROP TRIGGER IF EXISTS pages_fts_ai;"
    "DROP TRIGGER IF EXISTS pages_fts_au;"
    "DROP TRIGGER IF EXISTS pages_fts_ad;"
    "DROP TABLE pages_fts;"
    FTS_SCHEMA_SQL
    "INSERT INTO pages_fts(rowid, title, text) SELECT id, lower(title), lower(text) FROM pages;"
    "PRAGMA user_version = 2;";

#define ISO_TIME(col) "strftime('%Y-%m-%dT%H:%M:%SZ', " col ", 'unixepoch')"
#define NOW_SQL "CAST(strftime('%s', 'now') AS INTEGER)"

enum stmt_id {
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
    ST_PAGE_INFO,
    ST_PAGE_RULES,
    ST_FIND_DELETE,
    ST_FIND_INSERT,
    ST_LEAD_UPSERT,
    ST_RULE_SEEN,
    ST_LEAD_RESOLVE,
    ST_EXPORT_FINDINGS,
    ST_EXPORT_LEADS,
    ST_SEARCH_FTS,
    ST_SEARCH_LIKE,
    ST_PAGE_NEXT,
    ST_PAGE_BY_URL,
    ST_PAGE_EVIDENCE,
    ST_PAGE_VALIDATORS,
    ST_PAGE_TIME,
    ST_PAGE_COUNT,
    ST_LEAD_COUNT,
    ST_PRICE_PUT,
    ST_PRICE_FLOOR,
    ST_REG_PUT,
    ST_REG_LOOKUP,
    ST_REG_COUNT,
    ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_SAVEPOINT] = "SAVEPOINT wj_atomic",
    [ST_RELEASE] = "RELEASE wj_atomic",
    [ST_ROLLBACK_TO] = "ROLLBACK TO wj_atomic",
    [ST_RUN_BEGIN] = "INSERT INTO runs(started_at) VALUES(?1) RETURNING id",
    [ST_RUN_LAST] = "SELECT id FROM runs WHERE ended_at IS NULL AND id = (SELECT max(id) FROM runs)",
    [ST_FR_RECRAWL] = "UPDATE frontier SET state = 0 WHERE state IN (2, 3)",
    [ST_RUN_END] = "UPDATE runs SET ended_at = ?2, pages = ?3, errors = ?4 WHERE id = ?1",
    [ST_FR_ADD] = "INSERT INTO frontier(url, host, depth, state, not_before, added_at)"
                  " VALUES(?1, ?2, ?3, 0, ?4, " NOW_SQL ") ON CONFLICT(url) DO NOTHING",
    [ST_FR_TAKE] = "UPDATE frontier SET state = 1 WHERE id IN (SELECT id FROM frontier"
                   " WHERE host = ?1 AND state = 0 AND not_before <= " NOW_SQL
                   " ORDER BY id LIMIT ?2) RETURNING id, url, depth",
    [ST_FR_FINISH] = "UPDATE frontier SET state = ?2 WHERE id = ?1",
    [ST_FR_REQUEUE] = "UPDATE frontier SET state = 0 WHERE state = 1",
    [ST_FR_HOSTS] = "SELECT host, count(*) FROM frontier WHERE state = 0"
                    " GROUP BY host ORDER BY host",
    [ST_FR_COUNT] = "SELECT count(*) FROM frontier WHERE ?1 < 0 OR state = ?1",
    [ST_PAGE_PUT] =
        "INSERT INTO pages(url, host, subject, status, content_type, charset, title, text,"
        " body, body_len, warc_file, warc_offset, sha256, ip, etag, last_modified,"
        " fetched_at, run_id, region)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
        " ?17, ?18, ?19)"
        " ON CONFLICT(url) DO UPDATE SET host = excluded.host, subject = excluded.subject,"
        " status = excluded.status, content_type = excluded.content_type,"
        " charset = excluded.charset, title = excluded.title, text = excluded.text,"
        " body = excluded.body, body_len = excluded.body_len,"
        " warc_file = excluded.warc_file, warc_offset = excluded.warc_offset,"
        " sha256 = excluded.sha256, ip = excluded.ip, etag = excluded.etag,"
        " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at,"
        " run_id = excluded.run_id, region = excluded.region"
        " RETURNING id",
    [ST_FTS_OLD] = "SELECT id, title, text FROM pages WHERE url = ?1",
    [ST_FTS_DELETE] = "INSERT INTO pages_fts(pages_fts, rowid, title, text)"
                      " VALUES('delete', ?1, lower(?2), lower(?3))",
    [ST_FTS_SOURCE] = "SELECT title, text FROM pages WHERE id = ?1",
    /* VALUES, not INSERT ... SELECT: see the FTS queue at the top */
    [ST_FTS_INSERT] = "INSERT INTO pages_fts(rowid, title, text) VALUES(?1, lower(?2), lower(?3))",
    [ST_FTS_INSERT_PACKED] = "INSERT INTO pages_fts(rowid, title, text) VALUES(?1, lower(?2), ?3)",
    [ST_PAGE_INFO] = "SELECT subject, host, url, region FROM pages WHERE id = ?1",
    [ST_PAGE_RULES] = "SELECT DISTINCT rule FROM findings WHERE page_id = ?1",
    [ST_FIND_DELETE] = "DELETE FROM findings WHERE page_id = ?1",
    [ST_FIND_INSERT] = "INSERT INTO findings(page_id, rule, severity, basis, snippet, src_off,"
                       " seen_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [ST_LEAD_UPSERT] =
        "INSERT INTO leads(subject, rule, severity, status, host, url, evidence, law, region,"
        " first_seen, last_seen, hits) VALUES(?1, ?2, ?3, 'open', ?4, ?5, ?6, ?7, ?8, ?9, ?9, 1)"
        " ON CONFLICT(subject, rule) DO UPDATE SET severity = excluded.severity,"
        " status = 'open', host = excluded.host, url = excluded.url,"
        " evidence = excluded.evidence, law = excluded.law,"
        " region = coalesce(excluded.region, leads.region),"
        " last_seen = excluded.last_seen, hits = leads.hits + 1",
    [ST_RULE_SEEN] = "SELECT 1 FROM findings f JOIN pages p ON p.id = f.page_id"
                     " WHERE p.subject = ?1 AND f.rule = ?2 LIMIT 1",
    [ST_LEAD_RESOLVE] = "UPDATE leads SET status = 'resolved' WHERE subject = ?1 AND rule = ?2",
    [ST_EXPORT_FINDINGS] =
        "SELECT p.url AS url, f.rule AS rule, f.severity AS severity, f.snippet AS snippet,"
        " f.src_off AS src_off, f.basis AS law, p.subject AS subject, p.host AS host,"
        " " ISO_TIME("f.seen_at") " AS seen_at"
                                  " FROM findings f JOIN pages p ON p.id = f.page_id"
                                  " ORDER BY p.url, f.rule, f.src_off, f.id",
    [ST_EXPORT_LEADS] =
        /* a lead seen only on pages without a region (an item page) takes
         * the region another page of the same subject shows (its home page) */
        "SELECT lead_id, rule, severity, status, subject, host, url, evidence, law,"
        " COALESCE(NULLIF(region, ''), (SELECT p.region FROM pages p WHERE p.subject ="
        " leads.subject AND p.region IS NOT NULL AND p.region != '' LIMIT 1), '') AS region,"
        " " ISO_TIME("first_seen") " AS first_seen, " ISO_TIME(
            "last_seen") " AS last_seen,"
                         " hits FROM leads ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' "
                         "THEN 1"
                         " WHEN 'low' THEN 2 ELSE 3 END, lead_id",
    /* ?4: trigrams of the query for the index; LIKE confirms each page */
    [ST_SEARCH_FTS] =
        "SELECT url, title, substr(text, max(instr(text, ?2) - 16, 1), 48) AS snippet"
        " FROM pages WHERE id IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?4)"
        " AND (title LIKE ?1 ESCAPE '\\' OR text LIKE ?1 ESCAPE '\\') ORDER BY id LIMIT ?3",
    [ST_SEARCH_LIKE] =
        "SELECT url, title, substr(text, max(instr(text, ?2) - 16, 1), 48) AS snippet"
        " FROM pages WHERE title LIKE ?1 ESCAPE '\\' OR text LIKE ?1 ESCAPE '\\'"
        " ORDER BY id LIMIT ?3",
    [ST_PAGE_NEXT] = "SELECT id, url, content_type, body, body_len, subject, host FROM pages"
                     " WHERE id > ?1 ORDER BY id LIMIT 1",
    [ST_PAGE_TIME] = "SELECT fetched_at FROM pages WHERE id = ?1",
    [ST_PAGE_VALIDATORS] = "SELECT etag, last_modified FROM pages WHERE url = ?1",
    [ST_PAGE_EVIDENCE] = "SELECT warc_file, warc_offset FROM pages WHERE url = ?1",
    [ST_PAGE_BY_URL] = "SELECT id, url, content_type, body, body_len, subject, host FROM pages"
                       " WHERE url = ?1",
    [ST_PAGE_COUNT] = "SELECT count(*) FROM pages",
    [ST_LEAD_COUNT] = "SELECT count(*) FROM leads WHERE ?1 IS NULL OR status = ?1",
    [ST_PRICE_PUT] = "INSERT INTO prices(item_key, page_id, price, original, observed_at, run_id)"
                     " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
    [ST_PRICE_FLOOR] = "SELECT min(price) FROM prices WHERE item_key = ?1"
                       " AND observed_at >= ?2 AND observed_at < ?3",
    [ST_REG_PUT] = "INSERT INTO registry(code, name, status) VALUES(?1, ?2, ?3)"
                   " ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
                   " status = excluded.status",
    [ST_REG_LOOKUP] = "SELECT name, status FROM registry WHERE code = ?1",
    [ST_REG_COUNT] = "SELECT count(*) FROM registry",
};

/* A page waiting to be indexed.  When indexed, the index holds title and
 * text for id (NULL for SQL NULL), which must be deleted from it first.
 * packed (owned, or NULL) is the page's text from store_text_pack. */
typedef struct {
    int64_t id;
    int indexed;
    char *title, *text;
    size_t title_len, text_len;
    unsigned char *packed;
    size_t packed_len, packed_raw; /* and the bytes of text it was made from */
} fts_entry;

struct store_impl {
    sqlite3 *db;
    /* FTS5's own trigram tokenizer, which ours wraps and text_pack runs
     * (read-only after open, so any thread may use it) */
    fts5_tokenizer tri;
    void *tri_ctx;
    unsigned char *ibuf; /* what the index is given for prepared text */
    size_t ibuf_cap;
    sqlite3_stmt *st[ST_COUNT];
    fts_entry *fq; /* the FTS queue: non-empty only inside a transaction */
    size_t fq_n, fq_cap, fq_bytes;
    char errmsg[ERRMSG_MAX];
};

/* ---- errors ---- */

static store_result map_rc(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return STORE_OK;
    case SQLITE_NOMEM:
        return STORE_ENOMEM;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return STORE_EBUSY;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return STORE_ECORRUPT;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_MISUSE:
        return STORE_EINVAL;
    default: /* IOERR, FULL, READONLY, CANTOPEN, PROTOCOL, ... */
        return STORE_EIO;
    }
}

/* Record the connection's error text for rc and return its store code. */
static store_result fail(store_impl *b, int rc)
{
    snprintf(b->errmsg, sizeof b->errmsg, "%s", sqlite3_errmsg(b->db));
    return map_rc(rc);
}

static store_result fail_msg(store_impl *b, store_result r, const char *msg)
{
    snprintf(b->errmsg, sizeof b->errmsg, "%s", msg);
    return r;
}

/* ---- statements ---- */

/* Fetch statement id, preparing it on first use.  A statement still running
 * (a callback re-entering the iterator that owns it) is STORE_EINVAL. */
static store_result get_stmt(store_impl *b, enum stmt_id id, sqlite3_stmt **out)
{
    *out = NULL;
    if (!b->st[id]) {
        int rc = sqlite3_prepare_v3(b->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &b->st[id],
                                    NULL);
        if (rc != SQLITE_OK)
            return fail(b, rc);
    } else if (sqlite3_stmt_busy(b->st[id])) {
        return fail_msg(b, STORE_EINVAL, "re-entrant call from a store callback");
    }
    *out = b->st[id];
    return STORE_OK;
}

static void finish(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

/* Binders record the first failure in *rc and do nothing after one. */
static void bind_text(sqlite3_stmt *st, int i, const char *s, int *rc)
{
    if (*rc == SQLITE_OK)
        *rc = s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

static void bind_int(sqlite3_stmt *st, int i, int64_t v, int *rc)
{
    if (*rc == SQLITE_OK)
        *rc = sqlite3_bind_int64(st, i, v);
}

/* Bind v, or NULL when v <= 0 (optional references). */
static void bind_ref(sqlite3_stmt *st, int i, int64_t v, int *rc)
{
    if (*rc == SQLITE_OK)
        *rc = v > 0 ? sqlite3_bind_int64(st, i, v) : sqlite3_bind_null(st, i);
}

/* Run st (already bound; bind_rc is the binders' result) to completion. */
static store_result run_stmt(store_impl *b, sqlite3_stmt *st, int bind_rc)
{
    store_result result = STORE_OK;
    int rc = bind_rc;

    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            ;
    }
    if (rc != SQLITE_DONE)
        result = fail(b, rc);
    finish(st);
    return result;
}

static store_result exec_id(store_impl *b, enum stmt_id id)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, id, &st);

    return result == STORE_OK ? run_stmt(b, st, SQLITE_OK) : result;
}

/* Run a bound statement that yields one integer (count, id) into *v.  It is
 * stepped to the end: an INSERT ... RETURNING in autocommit mode commits
 * only then, and a failed commit (disk full) must not pass for success. */
static store_result one_int(store_impl *b, sqlite3_stmt *st, int bind_rc, int64_t *v)
{
    int rc = bind_rc, found = 0;

    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *v = sqlite3_column_int64(st, 0);
        found = 1;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            ;
    }
    if (rc != SQLITE_DONE) {
        store_result result = fail(b, rc);

        finish(st);
        return result;
    }
    finish(st);
    return found ? STORE_OK : fail_msg(b, STORE_ENOTFOUND, "no such row");
}

static store_result count_of(store_impl *b, sqlite3_stmt *st, int bind_rc, long *n)
{
    int64_t v = 0;
    store_result result = one_int(b, st, bind_rc, &v);

    *n = (long)v;
    return result;
}

/* Copy column i of the current row (NULL stays NULL).  Caller frees *out. */
/* Copy text column i of st into *out (NULL for SQL NULL), its length into
 * *len when len is not NULL.  Caller frees *out. */
static store_result dup_col_len(sqlite3_stmt *st, int i, char **out, size_t *len)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    size_t n;

    *out = NULL;
    if (len)
        *len = 0;
    if (!t)
        return sqlite3_column_type(st, i) == SQLITE_NULL ? STORE_OK : STORE_ENOMEM;
    n = (size_t)sqlite3_column_bytes(st, i);
    *out = malloc(n + 1);
    if (!*out)
        return STORE_ENOMEM;
    memcpy(*out, t, n + 1);
    if (len)
        *len = n;
    return STORE_OK;
}

static store_result dup_col(sqlite3_stmt *st, int i, char **out)
{
    return dup_col_len(st, i, out, NULL);
}

/* ---- atomic groups ---- */

/* Start an atomic group: a transaction of its own, or a savepoint inside the
 * caller's.  *own tells atomic_end which one it was. */
static store_result atomic_begin(store_impl *b, int *own)
{
    *own = sqlite3_get_autocommit(b->db);
    return exec_id(b, *own ? ST_BEGIN : ST_SAVEPOINT);
}

/* Finish the group: commit on STORE_OK, undo otherwise.  Returns result, or
 * the commit's failure. */
static store_result atomic_end(store_impl *b, int own, store_result result)
{
    if (result == STORE_OK) {
        store_result r = exec_id(b, own ? ST_COMMIT : ST_RELEASE);
        if (r == STORE_OK)
            return STORE_OK;
        result = r;
    }
    if (own) {
        if (!sqlite3_get_autocommit(b->db))
            exec_id(b, ST_ROLLBACK);
    } else if (exec_id(b, ST_ROLLBACK_TO) == STORE_OK) {
        exec_id(b, ST_RELEASE);
    }
    return result;
}

/* ---- the trigram tokenizer in front of FTS5's (see the top of the file) ---- */

/* What the index is given for prepared text: these bytes (which valid
 * UTF-8 never starts with), the byte length T of lower(text) (4 bytes,
 * little-endian), lower(text), then the prepared list: for each distinct
 * trigram, its byte offset in lower(text) (LEB128) and its byte length. */
#define PACK_MAGIC "\xffWJ2"
#define PACK_HEAD 8

typedef struct {
    const store_impl *b;
    Fts5Tokenizer *inner; /* FTS5's trigram tokenizer, with the table's options */
} front_tok;

static int front_create(void *ctx, const char **az, int n, Fts5Tokenizer **out)
{
    const store_impl *b = ctx;
    front_tok *t = sqlite3_malloc(sizeof *t);
    int rc;

    if (!t)
        return SQLITE_NOMEM;
    t->b = b;
    rc = b->tri.xCreate(b->tri_ctx, az, n, &t->inner);
    if (rc != SQLITE_OK) {
        sqlite3_free(t);
        return rc;
    }
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void front_delete(Fts5Tokenizer *tok)
{
    front_tok *t = (front_tok *)tok;

    t->b->tri.xDelete(t->inner);
    sqlite3_free(t);
}

/* Read one LEB128 number of at most 32 bits at p[*i..n); -1 if malformed. */
static int64_t read_leb(const unsigned char *p, int n, int *i)
{
    int64_t v = 0;

    for (int shift = 0; *i < n && shift < 35; shift += 7) {
        unsigned char c = p[(*i)++];
        v |= (int64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    return -1;
}

/* The tokens of prepared text, or -1 when it is not well-formed (then it
 * is tokenized as plain text). */
static int emit_packed(void *ctx, const char *text, int n,
                       int (*tok)(void *, int, const char *, int, int, int))
{
    const unsigned char *p = (const unsigned char *)text;
    int64_t t = (int64_t)p[4] | (int64_t)p[5] << 8 | (int64_t)p[6] << 16 | (int64_t)p[7] << 24;
    const char *low = text + PACK_HEAD;
    int rc = SQLITE_OK;

    if (t > n - PACK_HEAD)
        return -1;
    for (int i = PACK_HEAD + (int)t; i < n;) { /* check it all before the index sees any */
        int64_t at = read_leb(p, n, &i);
        if (at < 0 || i >= n || p[i] == 0 || at + p[i] > t)
            return -1;
        i++;
    }
    for (int i = PACK_HEAD + (int)t; i < n && rc == SQLITE_OK;) {
        int at = (int)read_leb(p, n, &i), len = p[i++];
        rc = tok(ctx, 0, low + at, len, at, at + len);
    }
    return rc;
}

static int front_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
                          int (*xtoken)(void *, int, const char *, int, int, int))
{
    front_tok *t = (front_tok *)tok;

    if ((flags & FTS5_TOKENIZE_DOCUMENT) && n >= PACK_HEAD && memcmp(text, PACK_MAGIC, 4) == 0) {
        int rc = emit_packed(ctx, text, n, xtoken);
        if (rc >= 0)
            return rc;
    }
    return t->b->tri.xTokenize(t->inner, ctx, flags, text, n, xtoken);
}

/* Find FTS5's trigram tokenizer, and register ours under the same name on
 * b's connection. */
static store_result register_tokenizer(store_impl *b)
{
    static const fts5_tokenizer front = {front_create, front_delete, front_tokenize};
    fts5_tokenizer copy = front;
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;

    if (sqlite3_prepare_v2(b->db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL) == SQLITE_OK)
        sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2 ||
        api->xFindTokenizer(api, "trigram", &b->tri_ctx, &b->tri) != SQLITE_OK ||
        api->xCreateTokenizer(api, "trigram", b, &copy, NULL) != SQLITE_OK)
        return fail_msg(b, STORE_EIO, "SQLite lacks FTS5 or its trigram tokenizer (3.34 or later needed)");
    return STORE_OK;
}

/* dst[0..n) = SQLite's lower() of src[0..n): ASCII letters only (no ICU). */
static void ascii_lower(unsigned char *dst, const unsigned char *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = src[i] >= 'A' && src[i] <= 'Z' ? (unsigned char)(src[i] + 32) : src[i];
}

/* Distinct trigrams of lower(text), collected by pack_token. */
typedef struct {
    const char *low;
    unsigned char *out; /* the prepared list */
    size_t n, cap;
    int32_t *slot;      /* offset in low of a distinct trigram + 1, 0 free */
    size_t mask;
    int unusable;       /* a token is not the bytes it came from */
} pack_ctx;

static uint32_t bytes_hash(const char *p, int n)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

static int pack_token(void *ud, int tflags, const char *tok, int n, int start, int end)
{
    pack_ctx *c = ud;
    size_t i;

    (void)tflags;
    /* The tokenizer re-encodes what it reads: the same bytes unless the
     * text is not valid UTF-8, and then the row's text is indexed. */
    if (n <= 0 || n > 255 || end - start != n || memcmp(c->low + start, tok, (size_t)n) != 0) {
        c->unusable = 1;
        return SQLITE_DONE;
    }
    for (i = bytes_hash(tok, n) & c->mask; c->slot[i]; i = (i + 1) & c->mask) {
        const char *seen = c->low + c->slot[i] - 1;
        if (memcmp(seen, tok, (size_t)n) == 0) /* UTF-8: no trigram prefixes another */
            return SQLITE_OK;
    }
    c->slot[i] = start + 1;
    for (uint32_t v = (uint32_t)start; ; v >>= 7) { /* room: 6 bytes per token at most */
        c->out[c->n++] = (unsigned char)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
        if (v <= 0x7f)
            break;
    }
    c->out[c->n++] = (unsigned char)n;
    return SQLITE_OK;
}

/* The distinct trigrams of lower(text) (SQLite's lower(): ASCII only), as
 * the index's tokenizer (with pages_fts's options) finds them: the prepared
 * list of PACK_MAGIC's comment, without the text (the row has it). */
static store_result sqlite_text_pack(const store_impl *b, const char *text, size_t len,
                                     store_blob *out)
{
    const char *args[] = {"case_sensitive", "1"};
    pack_ctx c = {NULL, NULL, 0, 0, NULL, 0, 0};
    Fts5Tokenizer *tok = NULL;
    char *low;
    size_t chars = 0, slots = 64;
    int rc;

    if (len > (size_t)INT32_MAX / 8)
        return STORE_OK; /* not prepared: indexed from the row */
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)text[i] & 0xc0) != 0x80;
    while (slots < 2 * chars)
        slots *= 2;
    c.low = low = malloc(len + 1);
    c.slot = calloc(slots, sizeof *c.slot);
    c.mask = slots - 1;
    c.out = malloc(6 * chars + 1); /* a token per character at most */
    rc = low && c.slot && c.out ? b->tri.xCreate(b->tri_ctx, args, 2, &tok) : SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
        ascii_lower((unsigned char *)low, (const unsigned char *)text, len);
        rc = b->tri.xTokenize(tok, &c, FTS5_TOKENIZE_DOCUMENT, low, (int)len, pack_token);
        b->tri.xDelete(tok);
    }
    free(low);
    free(c.slot);
    if (c.unusable || (rc != SQLITE_OK && rc != SQLITE_DONE)) {
        free(c.out);
        return c.unusable ? STORE_OK : STORE_ENOMEM;
    }
    /* it waits for the writer and the commit: no slack */
    out->data = realloc(c.out, c.n ? c.n : 1);
    out->data = out->data ? out->data : c.out;
    out->len = c.n;
    out->raw_len = len;
    return STORE_OK;
}

/* ---- open and close ---- */

static void open_err(char *err, size_t errlen, const char *path, const char *reason)
{
    if (err && errlen > 0)
        snprintf(err, errlen, "cannot open '%s': %s", path, reason);
}

static store_result pragma_int(store_impl *b, const char *sql, int64_t *v)
{
    sqlite3_stmt *st = NULL;
    store_result result;
    int rc = sqlite3_prepare_v2(b->db, sql, -1, &st, NULL);

    if (rc != SQLITE_OK)
        return fail(b, rc);
    result = one_int(b, st, SQLITE_OK, v);
    sqlite3_finalize(st);
    return result;
}

static store_result exec_sql(store_impl *b, const char *sql)
{
    int rc = sqlite3_exec(b->db, sql, NULL, NULL, NULL);

    return rc == SQLITE_OK ? STORE_OK : fail(b, rc);
}

/* Create the schema in an empty database, inside a write transaction so two
 * processes opening the same new file cannot both create it. */
static store_result create_schema(store_impl *b)
{
    int64_t tables = 0, version = 0;
    store_result result = exec_sql(b, "BEGIN IMMEDIATE");

    if (result != STORE_OK)
        return result;
    result = pragma_int(b, "SELECT count(*) FROM sqlite_master", &tables);
    if (result == STORE_OK)
        result = pragma_int(b, "PRAGMA user_version", &version);
    if (result == STORE_OK && tables == 0 && version == 0) {
        char sql[96];

        result = exec_sql(b, schema_sql);
        snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
                 (int)APP_ID, (int)SCHEMA_VERSION);
        if (result == STORE_OK)
            result = exec_sql(b, sql);
    }
    if (result == STORE_OK)
        return exec_sql(b, "COMMIT");
    sqlite3_exec(b->db, "ROLLBACK", NULL, NULL, NULL);
    return result;
}

/* Decide whether the open file is ours, empty, foreign, damaged or newer,
 * reading only.  *empty = 1 when the schema must be created. */
static store_result check_schema(store_impl *b, const char *path, int *empty, int *old,
                                 char *err, size_t errlen)
{
    int64_t tables = 0, app = 0, version = 0;
    store_result result = pragma_int(b, "SELECT count(*) FROM sqlite_master", &tables);

    if (result == STORE_OK)
        result = pragma_int(b, "PRAGMA application_id", &app);
    if (result == STORE_OK)
        result = pragma_int(b, "PRAGMA user_version", &version);
    if (result == STORE_ECORRUPT) {
        open_err(err, errlen, path, "not a SQLite database, or damaged");
        return result;
    }
    if (result != STORE_OK) {
        open_err(err, errlen, path, b->errmsg);
        return result;
    }
    *empty = tables == 0 && app == 0 && version == 0;
    if (*empty)
        return STORE_OK;
    if (app != APP_ID) {
        open_err(err, errlen, path, "a SQLite database, but not a wangjian one");
        return STORE_ECORRUPT;
    }
    if (version > SCHEMA_VERSION) {
        if (err && errlen > 0)
            snprintf(err, errlen, "cannot open '%s': schema version %lld is newer than %d", path,
                     (long long)version, (int)SCHEMA_VERSION);
        return STORE_ESCHEMA;
    }
    if (version < 1) {
        open_err(err, errlen, path, "wangjian database without a schema version");
        return STORE_ECORRUPT;
    }
    *old = version < SCHEMA_VERSION;
    return STORE_OK;
}

/* Bring an older schema up to date, in one write transaction (another
 * process may have done it first: the version is read again inside). */
static store_result migrate_schema(store_impl *b)
{
    int64_t version = 0;
    store_result result = exec_sql(b, "BEGIN IMMEDIATE");

    if (result != STORE_OK)
        return result;
    result = pragma_int(b, "PRAGMA user_version", &version);
    if (result == STORE_OK && version == 1)
        result = exec_sql(b, migrate_v2_sql);
    if (result == STORE_OK)
        return exec_sql(b, "COMMIT");
    sqlite3_exec(b->db, "ROLLBACK", NULL, NULL, NULL);
    return result;
}

/* errno explaining why path could not be opened.  SQLite retries a failed
 * read-write open as read-only, which leaves ENOENT behind for a new file in
 * an unwritable directory; for a missing file, repeat the create (O_EXCL, so
 * nothing existing is touched) to learn the real reason. */
static int open_errno(const char *path, int sys)
{
    struct stat st;
    int fd;

    if (stat(path, &st) == 0 || errno != ENOENT)
        return sys;
    fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno;
    close(fd);
    unlink(path);
    return sys;
}

/* Connection settings that write nothing to the file. */
static store_result connect_db(store_impl *b, const char *path, char *err, size_t errlen)
{
    int rc = sqlite3_open_v2(path, &b->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

    if (rc != SQLITE_OK) {
        int e = open_errno(path, b->db ? sqlite3_system_errno(b->db) : 0);

        if (rc == SQLITE_NOMEM || !b->db) {
            open_err(err, errlen, path, "out of memory");
            return STORE_ENOMEM;
        }
        open_err(err, errlen, path, e ? strerror(e) : sqlite3_errmsg(b->db));
        return STORE_EOPEN;
    }
    sqlite3_extended_result_codes(b->db, 1);
    sqlite3_busy_timeout(b->db, BUSY_MS);
    if (exec_sql(b, "PRAGMA foreign_keys = ON") != STORE_OK || register_tokenizer(b) != STORE_OK) {
        open_err(err, errlen, path, b->errmsg);
        return STORE_EIO;
    }
    return STORE_OK;
}

static store_result sqlite_close(store_impl *b);
static void fts_queue_clear(store_impl *b);
static store_result fts_queue_index(store_impl *b);

static store_result sqlite_open(const char *path, store_impl **out, char *err, size_t errlen)
{
    store_impl *b = calloc(1, sizeof *b);
    store_result result;
    int empty = 0, old = 0;

    *out = NULL;
    if (!b) {
        open_err(err, errlen, path, "out of memory");
        return STORE_ENOMEM;
    }
    result = connect_db(b, path, err, errlen);
    if (result == STORE_OK)
        result = check_schema(b, path, &empty, &old, err, errlen);
    if (result == STORE_OK && !sqlite3_db_readonly(b->db, "main")) {
        result = exec_sql(b, "PRAGMA journal_mode = WAL");
        /* 4 MiB of page cache: the hot part of a crawl (frontier and URL
         * indexes, the open batch) fits, and 16 MiB cost 13 MB of peak RSS
         * for no CPU gain on the bench corpus.  Larger batches spill to
         * the WAL, which synchronous=NORMAL does not fsync.
         * A checkpoint every 32 MiB of WAL, not every 4 MiB: a crawl's
         * batch of 200 pages writes ~4 MiB, so each commit checkpointed,
         * fsyncing the WAL and the database while the writer held the
         * store (full bench corpus: 16.4 -> 15.4 s). */
        if (result == STORE_OK)
            result = exec_sql(b, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -4096;"
                                 " PRAGMA wal_autocheckpoint = 8192");
        if (result == STORE_OK && empty)
            result = create_schema(b);
        if (result == STORE_OK && old)
            result = migrate_schema(b);
        if (result != STORE_OK)
            open_err(err, errlen, path, b->errmsg);
    } else if (result == STORE_OK && empty) {
        open_err(err, errlen, path, "read-only file without a wangjian schema");
        result = STORE_EOPEN;
    }
    if (result != STORE_OK) {
        sqlite_close(b);
        return result;
    }
    *out = b;
    return STORE_OK;
}

static store_result sqlite_close(store_impl *b)
{
    int rc;

    if (!b)
        return STORE_OK;
    fts_queue_clear(b);
    free(b->fq);
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(b->st[i]);
    rc = sqlite3_close(b->db);
    if (rc != SQLITE_OK) /* cannot happen with every statement finalised */
        sqlite3_close_v2(b->db);
    free(b->ibuf);
    free(b);
    return rc == SQLITE_OK ? STORE_OK : STORE_EIO;
}

static const char *sqlite_errmsg(const store_impl *b)
{
    return b->errmsg;
}

static store_result sqlite_busy_timeout(store_impl *b, int ms)
{
    int rc = sqlite3_busy_timeout(b->db, ms);

    return rc == SQLITE_OK ? STORE_OK : fail(b, rc);
}

/* ---- transactions ---- */

static store_result sqlite_begin(store_impl *b)
{
    if (!sqlite3_get_autocommit(b->db))
        return fail_msg(b, STORE_EINVAL, "transaction already open");
    return exec_id(b, ST_BEGIN);
}

/* On failure the transaction stays open (the queue is indexed first, and
 * COMMIT may fail); the caller rolls back. */
static store_result sqlite_commit(store_impl *b)
{
    store_result result;

    if (sqlite3_get_autocommit(b->db))
        return fail_msg(b, STORE_EINVAL, "no transaction open");
    result = fts_queue_index(b);
    return result == STORE_OK ? exec_id(b, ST_COMMIT) : result;
}

/* Rolling back with no transaction open is a no-op: SQLite may already have
 * rolled back after an I/O error, and error paths should not need to know. */
static store_result sqlite_rollback(store_impl *b)
{
    fts_queue_clear(b);
    if (sqlite3_get_autocommit(b->db))
        return STORE_OK;
    return exec_id(b, ST_ROLLBACK);
}

/* ---- runs ---- */

static store_result sqlite_run_begin(store_impl *b, int64_t now, int64_t *run_id)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_RUN_BEGIN, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, now, &rc);
    return one_int(b, st, rc, run_id);
}

/* Resume the newest run if it never ended (a killed crawl), else start a new
 * run and queue every finished frontier URL again (a new pass). */
static store_result sqlite_run_open(store_impl *b, int64_t now, int64_t *run_id, int *resumed)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_RUN_LAST, &st);
    int rc = SQLITE_OK;

    *resumed = 0;
    if (result != STORE_OK)
        return result;
    result = one_int(b, st, rc, run_id);
    if (result == STORE_OK) {
        *resumed = 1;
        return STORE_OK;
    }
    if (result != STORE_ENOTFOUND)
        return result;
    if ((result = get_stmt(b, ST_FR_RECRAWL, &st)) != STORE_OK ||
        (result = run_stmt(b, st, SQLITE_OK)) != STORE_OK)
        return result;
    return sqlite_run_begin(b, now, run_id);
}

/* STORE_ENOTFOUND when st changed no row. */
static store_result run_changes(store_impl *b, sqlite3_stmt *st, int rc)
{
    store_result result = run_stmt(b, st, rc);

    if (result == STORE_OK && sqlite3_changes(b->db) == 0)
        result = fail_msg(b, STORE_ENOTFOUND, "no such row");
    return result;
}

static store_result sqlite_run_end(store_impl *b, int64_t run_id, int64_t now, long pages,
                                   long errors)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_RUN_END, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, run_id, &rc);
    bind_int(st, 2, now, &rc);
    bind_int(st, 3, pages, &rc);
    bind_int(st, 4, errors, &rc);
    return run_changes(b, st, rc);
}

/* ---- frontier ---- */

static store_result sqlite_frontier_add(store_impl *b, const char *url, const char *host, int depth,
                                        int64_t not_before, int *added)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_FR_ADD, &st);
    int rc = SQLITE_OK;

    *added = 0;
    if (result != STORE_OK)
        return result;
    bind_text(st, 1, url, &rc);
    bind_text(st, 2, host, &rc);
    bind_int(st, 3, depth, &rc);
    bind_int(st, 4, not_before, &rc);
    result = run_stmt(b, st, rc);
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
    result = dup_col(st, 1, &it->url);
    if (result == STORE_OK && !it->url)
        result = STORE_ECORRUPT;
    if (result == STORE_OK)
        (*n)++;
    return result;
}

static store_result sqlite_frontier_take(store_impl *b, const char *host, size_t max,
                                         store_frontier_item **items, size_t *n)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_FR_TAKE, &st);
    size_t cap = 0;
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, host, &rc);
    bind_int(st, 2, (int64_t)max, &rc);
    /* The UPDATE happens on the first step; keep stepping to collect rows. */
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW && result == STORE_OK)
            result = take_row(st, items, n, &cap);
    }
    if (rc != SQLITE_DONE && result == STORE_OK)
        result = fail(b, rc);
    finish(st);
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

static store_result sqlite_frontier_finish(store_impl *b, int64_t id, int state)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_FR_FINISH, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, id, &rc);
    bind_int(st, 2, state, &rc);
    return run_changes(b, st, rc);
}

static store_result sqlite_frontier_requeue_leased(store_impl *b)
{
    return exec_id(b, ST_FR_REQUEUE);
}

static store_result
sqlite_frontier_hosts(store_impl *b, void (*fn)(void *ud, const char *host, long queued), void *ud)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_FR_HOSTS, &st);
    int rc;

    if (result != STORE_OK)
        return result;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *host = (const char *)sqlite3_column_text(st, 0);

        if (host)
            fn(ud, host, (long)sqlite3_column_int64(st, 1));
    }
    if (rc != SQLITE_DONE)
        result = fail(b, rc);
    finish(st);
    return result;
}

static store_result sqlite_frontier_count(store_impl *b, int state, long *n)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_FR_COUNT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, state, &rc);
    return count_of(b, st, rc, n);
}

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

static size_t text_len(const store_page *p)
{
    return p->text_len ? p->text_len : strlen(p->text);
}

static void bind_page(sqlite3_stmt *st, const store_page *p, const unsigned char *z, size_t zlen,
                      int *rc)
{
    bind_text(st, 1, p->url, rc);
    bind_text(st, 2, p->host, rc);
    bind_text(st, 3, p->subject ? p->subject : p->host, rc);
    bind_int(st, 4, p->status, rc);
    bind_text(st, 5, p->content_type, rc);
    bind_text(st, 6, p->charset, rc);
    bind_text(st, 7, p->title, rc);
    if (*rc == SQLITE_OK)
        *rc = p->text ? sqlite3_bind_text64(st, 8, p->text, text_len(p), SQLITE_STATIC, SQLITE_UTF8)
                      : sqlite3_bind_null(st, 8);
    if (*rc == SQLITE_OK)
        *rc = z ? sqlite3_bind_blob64(st, 9, z, zlen, SQLITE_STATIC) : sqlite3_bind_null(st, 9);
    bind_int(st, 10, (int64_t)(z ? p->body_len : 0), rc);
    bind_text(st, 11, p->warc_file, rc);
    bind_int(st, 12, p->warc_offset, rc);
    bind_text(st, 13, p->sha256, rc);
    bind_text(st, 14, p->ip, rc);
    bind_text(st, 15, p->etag, rc);
    bind_text(st, 16, p->last_modified, rc);
    bind_int(st, 17, p->fetched_at, rc);
    bind_ref(st, 18, p->run_id, rc);
    bind_text(st, 19, p->region, rc);
}

static store_result sqlite_body_pack(const void *body, size_t len, store_blob *out)
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

/* ---- the FTS queue (see the top of the file) ---- */

static void fts_queue_clear(store_impl *b)
{
    for (size_t i = 0; i < b->fq_n; i++) {
        free(b->fq[i].title);
        free(b->fq[i].text);
        free(b->fq[i].packed);
    }
    b->fq_n = 0;
    b->fq_bytes = 0;
}

static fts_entry *fts_queued(store_impl *b, int64_t id)
{
    for (size_t i = 0; i < b->fq_n; i++)
        if (b->fq[i].id == id)
            return &b->fq[i];
    return NULL;
}

/* Take p's prepared text for the queue (NULL when it has none: the row's
 * text is indexed instead). */
static unsigned char *packed_take(const store_page *p, size_t *len, size_t *raw)
{
    unsigned char *c = p->packed_text ? p->packed_text->data : NULL;
    *len = c ? p->packed_text->len : 0;
    *raw = c ? p->packed_text->raw_len : 0;
    if (c)
        memset(p->packed_text, 0, sizeof *p->packed_text);
    return c;
}

static int same_text(const char *a, size_t alen, const char *b, size_t blen)
{
    if (!a || !b)
        return !a && !b;
    return alen == blen && memcmp(a, b, alen) == 0;
}

/* What the index is given for e's prepared text (PACK_MAGIC's comment),
 * built in b->ibuf from the row's text in src; its length, or 0 when the
 * row's text must be indexed instead (out of memory, or the text is not
 * what was prepared). */
static size_t packed_input(store_impl *b, const fts_entry *e, sqlite3_stmt *src)
{
    const unsigned char *text = sqlite3_column_text(src, 1);
    size_t t = (size_t)sqlite3_column_bytes(src, 1), n = PACK_HEAD + t + e->packed_len;

    if (!text || t != e->packed_raw || t > INT32_MAX - PACK_HEAD - e->packed_len)
        return 0;
    if (n > b->ibuf_cap) {
        unsigned char *p = realloc(b->ibuf, n);
        if (!p)
            return 0;
        b->ibuf = p;
        b->ibuf_cap = n;
    }
    memcpy(b->ibuf, PACK_MAGIC, 4);
    for (int i = 0; i < 4; i++)
        b->ibuf[4 + i] = (unsigned char)(t >> (8 * i));
    ascii_lower(b->ibuf + PACK_HEAD, text, t);
    memcpy(b->ibuf + PACK_HEAD + t, e->packed, e->packed_len);
    return n;
}

/* Index one queued page: delete what the index holds for it, then add the
 * row as it is now (gone rows are only deleted). */
static store_result fts_index_one(store_impl *b, const fts_entry *e)
{
    sqlite3_stmt *src, *ins;
    store_result result = STORE_OK;
    int rc = SQLITE_OK;

    if (e->indexed && (result = get_stmt(b, ST_FTS_DELETE, &ins)) == STORE_OK) {
        bind_int(ins, 1, e->id, &rc);
        if (rc == SQLITE_OK)
            rc = e->title ? sqlite3_bind_text64(ins, 2, e->title, e->title_len, SQLITE_STATIC,
                                                SQLITE_UTF8)
                          : sqlite3_bind_null(ins, 2);
        if (rc == SQLITE_OK)
            rc = e->text ? sqlite3_bind_text64(ins, 3, e->text, e->text_len, SQLITE_STATIC,
                                               SQLITE_UTF8)
                         : sqlite3_bind_null(ins, 3);
        result = run_stmt(b, ins, rc);
    }
    if (result != STORE_OK || (result = get_stmt(b, ST_FTS_SOURCE, &src)) != STORE_OK)
        return result;
    rc = sqlite3_bind_int64(src, 1, e->id);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(src);
    size_t n = rc == SQLITE_ROW && e->packed ? packed_input(b, e, src) : 0;
    if (rc == SQLITE_ROW &&
        (result = get_stmt(b, n ? ST_FTS_INSERT_PACKED : ST_FTS_INSERT, &ins)) == STORE_OK) {
        rc = sqlite3_bind_int64(ins, 1, e->id);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_value(ins, 2, sqlite3_column_value(src, 0));
        if (rc == SQLITE_OK)
            rc = n ? sqlite3_bind_text64(ins, 3, (const char *)b->ibuf, n, SQLITE_STATIC,
                                         SQLITE_UTF8)
                   : sqlite3_bind_value(ins, 3, sqlite3_column_value(src, 1));
        result = run_stmt(b, ins, rc);
    } else if (rc != SQLITE_DONE && result == STORE_OK) {
        result = fail(b, rc);
    }
    finish(src);
    return result;
}

/* Index every queued page and empty the queue. */
static store_result fts_queue_index(store_impl *b)
{
    store_result result = STORE_OK;

    for (size_t i = 0; i < b->fq_n && result == STORE_OK; i++)
        result = fts_index_one(b, &b->fq[i]);
    fts_queue_clear(b);
    return result;
}

/* Queue the page p is about to become, unless it is queued already or its
 * title and text are what the index holds. */
static store_result fts_queue_page(store_impl *b, const store_page *p)
{
    sqlite3_stmt *st;
    fts_entry e = {0};
    store_result result = get_stmt(b, ST_FTS_OLD, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, p->url, &rc);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        e.id = sqlite3_column_int64(st, 0);
        e.indexed = 1;
        result = dup_col_len(st, 1, &e.title, &e.title_len);
        if (result == STORE_OK)
            result = dup_col_len(st, 2, &e.text, &e.text_len);
    } else if (rc != SQLITE_DONE) {
        result = fail(b, rc);
    }
    finish(st);
    fts_entry *queued = result == STORE_OK && e.indexed ? fts_queued(b, e.id) : NULL;
    if (queued) { /* put again in this batch: index the row as it will be */
        free(queued->packed);
        queued->packed = NULL;
        b->fq_bytes -= queued->packed_len;
        queued->packed_len = 0;
        e.indexed = -1;
    } else if (result == STORE_OK && e.indexed &&
               same_text(e.title, e.title_len, p->title, p->title ? strlen(p->title) : 0) &&
               same_text(e.text, e.text_len, p->text, p->text ? text_len(p) : 0)) {
        e.indexed = -1; /* nothing to queue */
    }
    if (result == STORE_OK && e.indexed >= 0 && b->fq_n == b->fq_cap) {
        size_t cap = b->fq_cap ? 2 * b->fq_cap : 64;
        fts_entry *v = realloc(b->fq, cap * sizeof *v);
        if (v) {
            b->fq = v;
            b->fq_cap = cap;
        } else {
            result = STORE_ENOMEM;
        }
    }
    if (result != STORE_OK || e.indexed < 0) {
        free(e.title);
        free(e.text);
        return result == STORE_ENOMEM ? fail_msg(b, result, "out of memory") : result;
    }
    e.packed = packed_take(p, &e.packed_len, &e.packed_raw);
    b->fq[b->fq_n++] = e; /* e.id is 0 for a new row: set after the insert */
    b->fq_bytes += e.title_len + e.text_len + e.packed_len;
    return STORE_OK;
}

static store_result page_upsert(store_impl *b, const store_page *p, int64_t *page_id)
{
    sqlite3_stmt *st;
    unsigned char *z = NULL;
    size_t zlen = 0;
    store_result result = get_stmt(b, ST_PAGE_PUT, &st);
    int rc = SQLITE_OK;
    int packed = p->packed && p->packed->data;

    if (result == STORE_OK && !packed)
        result = compress_body(p->body, p->body_len, &z, &zlen);
    if (result != STORE_OK)
        return result == STORE_ENOMEM ? fail_msg(b, result, "out of memory") : result;
    bind_page(st, p, packed ? p->packed->data : z, packed ? p->packed->len : zlen, &rc);
    result = one_int(b, st, rc, page_id);
    free(z);
    return result;
}

/* Inside the caller's transaction the page is indexed at its COMMIT;
 * otherwise in a transaction of its own. */
static store_result sqlite_page_put(store_impl *b, const store_page *p, int64_t *page_id)
{
    int own = sqlite3_get_autocommit(b->db);
    size_t queued_before;
    int64_t id = 0;
    store_result result = STORE_OK;

    if (own) {
        fts_queue_clear(b); /* left over from a transaction SQLite rolled back */
        result = exec_id(b, ST_BEGIN);
    }
    queued_before = b->fq_n;
    if (result == STORE_OK)
        result = fts_queue_page(b, p);
    if (result == STORE_OK)
        result = page_upsert(b, p, &id);
    if (b->fq_n > queued_before) { /* the entry fts_queue_page added */
        fts_entry *e = &b->fq[b->fq_n - 1];
        if (result == STORE_OK) {
            e->id = id;
        } else { /* the row did not change: nothing to index */
            b->fq_bytes -= e->title_len + e->text_len + e->packed_len;
            free(e->title);
            free(e->text);
            free(e->packed);
            b->fq_n--;
        }
    }
    if (result == STORE_OK && (own || b->fq_n >= FTS_QUEUE_MAX || b->fq_bytes >= FTS_QUEUE_BYTES))
        result = fts_queue_index(b);
    if (own)
        result = result == STORE_OK ? exec_id(b, ST_COMMIT) : result;
    if (own && result != STORE_OK)
        sqlite_rollback(b);
    if (result == STORE_OK && page_id)
        *page_id = id;
    return result;
}

/* ---- findings and leads ---- */

typedef struct {
    char **v;
    size_t n, cap;
} strvec;

static void strvec_free(strvec *sv)
{
    for (size_t i = 0; i < sv->n; i++)
        free(sv->v[i]);
    free(sv->v);
    sv->v = NULL;
    sv->n = sv->cap = 0;
}

/* Take ownership of s (freed here on failure). */
static store_result strvec_push(strvec *sv, char *s)
{
    if (sv->n == sv->cap) {
        size_t ncap = sv->cap ? sv->cap * 2 : 8;
        char **p = realloc(sv->v, ncap * sizeof *p);

        if (!p) {
            free(s);
            return STORE_ENOMEM;
        }
        sv->v = p;
        sv->cap = ncap;
    }
    sv->v[sv->n++] = s;
    return STORE_OK;
}

/* The page's subject, host, url and region, in that order (owned strings). */
typedef struct {
    char *f[4];
} page_info;

static void page_info_free(page_info *pi)
{
    for (int i = 0; i < 4; i++)
        free(pi->f[i]);
}

static store_result load_page_info(store_impl *b, int64_t page_id, page_info *pi)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_INFO, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, page_id, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        for (int i = 0; i < 4 && result == STORE_OK; i++)
            result = dup_col(st, i, &pi->f[i]);
    } else if (rc == SQLITE_DONE) {
        result = fail_msg(b, STORE_ENOTFOUND, "no such page");
    } else {
        result = fail(b, rc);
    }
    finish(st);
    return result;
}

/* Rules the page has findings of right now. */
static store_result load_page_rules(store_impl *b, int64_t page_id, strvec *rules)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_RULES, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, page_id, &rc);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        char *rule;

        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW || result != STORE_OK)
            continue;
        result = dup_col(st, 0, &rule);
        if (result == STORE_OK && rule)
            result = strvec_push(rules, rule);
    }
    if (rc != SQLITE_DONE && result == STORE_OK)
        result = fail(b, rc);
    finish(st);
    return result;
}

static store_result insert_finding(store_impl *b, int64_t page_id, const store_finding *f,
                                   int64_t now)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_FIND_INSERT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, page_id, &rc);
    bind_text(st, 2, f->rule, &rc);
    bind_text(st, 3, f->severity, &rc);
    bind_text(st, 4, f->basis, &rc);
    bind_text(st, 5, f->snippet, &rc);
    bind_int(st, 6, f->src_off, &rc);
    bind_int(st, 7, now, &rc);
    return run_stmt(b, st, rc);
}

static store_result upsert_lead(store_impl *b, const page_info *pi, const store_finding *f,
                                int64_t now)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_LEAD_UPSERT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, pi->f[0], &rc);
    bind_text(st, 2, f->rule, &rc);
    bind_text(st, 3, f->severity, &rc);
    bind_text(st, 4, pi->f[1], &rc);
    bind_text(st, 5, pi->f[2], &rc);
    bind_text(st, 6, f->snippet, &rc);
    bind_text(st, 7, f->basis, &rc);
    bind_text(st, 8, pi->f[3], &rc);
    bind_int(st, 9, now, &rc);
    return run_stmt(b, st, rc);
}

/* Resolve the lead (subject, rule) unless some page of subject still has a
 * finding of rule. */
static store_result resolve_if_gone(store_impl *b, const char *subject, const char *rule)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_RULE_SEEN, &st);
    int64_t one = 0;
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, subject, &rc);
    bind_text(st, 2, rule, &rc);
    result = one_int(b, st, rc, &one);
    if (result != STORE_ENOTFOUND)
        return result;
    result = get_stmt(b, ST_LEAD_RESOLVE, &st);
    if (result != STORE_OK)
        return result;
    rc = SQLITE_OK;
    bind_text(st, 1, subject, &rc);
    bind_text(st, 2, rule, &rc);
    return run_stmt(b, st, rc);
}

static int rule_in(const char *rule, const store_finding *f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(f[i].rule, rule) == 0)
            return 1;
    return 0;
}

/* The body of store_page_findings, inside its atomic group. */
static store_result replace_findings(store_impl *b, int64_t page_id, const store_finding *f,
                                     size_t n, int64_t now)
{
    page_info pi = {{NULL, NULL, NULL, NULL}};
    strvec before = {NULL, 0, 0};
    sqlite3_stmt *st;
    store_result result = load_page_info(b, page_id, &pi);
    int rc = SQLITE_OK;

    if (result == STORE_OK)
        result = load_page_rules(b, page_id, &before);
    if (result == STORE_OK)
        result = get_stmt(b, ST_FIND_DELETE, &st);
    if (result == STORE_OK) {
        bind_int(st, 1, page_id, &rc);
        result = run_stmt(b, st, rc);
    }
    for (size_t i = 0; i < n && result == STORE_OK; i++) {
        result = insert_finding(b, page_id, &f[i], now);
        if (result == STORE_OK)
            result = upsert_lead(b, &pi, &f[i], now);
    }
    for (size_t i = 0; i < before.n && result == STORE_OK; i++)
        if (!rule_in(before.v[i], f, n))
            result = resolve_if_gone(b, pi.f[0], before.v[i]);
    strvec_free(&before);
    page_info_free(&pi);
    return result;
}

static store_result sqlite_page_findings(store_impl *b, int64_t page_id, const store_finding *f,
                                         size_t n, int64_t now)
{
    int own;
    store_result result = atomic_begin(b, &own);

    if (result != STORE_OK)
        return result;
    return atomic_end(b, own, replace_findings(b, page_id, f, n, now));
}

/* ---- row iteration ---- */

/* Hand every row of the bound statement st to fn (NULL columns as ""). */
static store_result emit_rows(store_impl *b, sqlite3_stmt *st, int rc, store_row_fn fn, void *ud)
{
    const char *names[EXPORT_COLS_MAX];
    const char *values[EXPORT_COLS_MAX];
    size_t ncols = (size_t)sqlite3_column_count(st);
    store_result result = STORE_OK;

    if (ncols > EXPORT_COLS_MAX)
        ncols = EXPORT_COLS_MAX;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW)
            break;
        /* Names are fetched after the step: a step may re-prepare the
         * statement, which frees the earlier name strings. */
        for (size_t i = 0; i < ncols; i++) {
            const char *v = (const char *)sqlite3_column_text(st, (int)i);

            names[i] = sqlite3_column_name(st, (int)i);
            if (!names[i] || (!v && sqlite3_column_type(st, (int)i) != SQLITE_NULL)) {
                rc = SQLITE_NOMEM;
                break;
            }
            values[i] = v ? v : "";
        }
        if (rc == SQLITE_ROW && fn(ud, ncols, names, values) != 0) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE)
        result = fail(b, rc);
    finish(st);
    return result;
}

static store_result sqlite_export(store_impl *b, const char *what, store_row_fn fn, void *ud)
{
    sqlite3_stmt *st;
    store_result result =
        get_stmt(b, strcmp(what, "leads") == 0 ? ST_EXPORT_LEADS : ST_EXPORT_FINDINGS, &st);

    return result == STORE_OK ? emit_rows(b, st, SQLITE_OK, fn, ud) : result;
}

/* Number of UTF-8 characters in s. */
static size_t utf8_chars(const char *s)
{
    size_t n = 0;

    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

/* The FTS5 query for q: an AND of quoted trigrams of lower(q), at most
 * FTS_TERMS of them spread over q (LIKE confirms the rest).  q has at
 * least 3 characters and at most QUERY_MAX bytes.  Caller frees *out. */
static store_result fts_trigrams(const char *q, char **out)
{
    size_t len = strlen(q), n = 0, j = 0;
    size_t *starts = malloc((len + 1) * sizeof(*starts));
    char *p = malloc(FTS_TERMS * (2 * 12 + 7) + 1);

    *out = p;
    if (!p || !starts) {
        free(starts);
        return STORE_ENOMEM;
    }
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)q[i] & 0xC0) != 0x80)
            starts[n++] = i;
    starts[n] = len;
    size_t tri = n >= 3 ? n - 2 : 0, terms = tri < FTS_TERMS ? tri : FTS_TERMS;
    for (size_t k = 0; k < terms; k++) {
        size_t t = terms > 1 ? k * (tri - 1) / (terms - 1) : 0;
        if (k) {
            memcpy(p + j, " AND ", 5);
            j += 5;
        }
        p[j++] = '"';
        for (size_t i = starts[t], end = starts[t + 3]; i < end; i++) {
            char ch = q[i] >= 'A' && q[i] <= 'Z' ? (char)(q[i] - 'A' + 'a') : q[i];
            if (ch == '"')
                p[j++] = '"';
            p[j++] = ch;
        }
        p[j++] = '"';
    }
    p[j] = '\0';
    free(starts);
    return STORE_OK;
}

/* "%q%"; with escape set, LIKE's % _ and the escape \ are escaped.  Caller
 * frees *out. */
static store_result like_pattern(const char *q, int escape, char **out)
{
    size_t len = strlen(q), j = 0;
    char *p = malloc(2 * len + 3);

    *out = p;
    if (!p)
        return STORE_ENOMEM;
    p[j++] = '%';
    for (size_t i = 0; i < len; i++) {
        if (escape && (q[i] == '%' || q[i] == '_' || q[i] == '\\'))
            p[j++] = '\\';
        p[j++] = q[i];
    }
    p[j++] = '%';
    p[j] = '\0';
    return STORE_OK;
}

static store_result sqlite_search(store_impl *b, const char *query, long limit, store_row_fn fn,
                                  void *ud)
{
    int fts = utf8_chars(query) >= 3; /* the index holds trigrams */
    sqlite3_stmt *st;
    char *pattern = NULL, *match = NULL;
    store_result result;
    int rc = SQLITE_OK;

    if (strlen(query) > QUERY_MAX)
        return fail_msg(b, STORE_EINVAL, "search query too long");
    result = get_stmt(b, fts ? ST_SEARCH_FTS : ST_SEARCH_LIKE, &st);
    if (result == STORE_OK)
        result = like_pattern(query, 1, &pattern);
    if (result == STORE_OK && fts)
        result = fts_trigrams(query, &match);
    if (result != STORE_OK) {
        free(pattern);
        free(match);
        return result == STORE_ENOMEM ? fail_msg(b, result, "out of memory") : result;
    }
    bind_text(st, 1, pattern, &rc);
    bind_text(st, 2, query, &rc);
    bind_int(st, 3, limit, &rc);
    if (fts)
        bind_text(st, 4, match, &rc);
    result = emit_rows(b, st, rc, fn, ud);
    free(pattern);
    free(match);
    return result;
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
            result = dup_col(st, cols[i], &r->s[i]);
        if (result == STORE_OK)
            result = inflate_body(st, r);
        if (result == STORE_ECORRUPT)
            fail_msg(b, result, "stored page body does not decompress");
    } else if (rc == SQLITE_DONE) {
        result = fail_msg(b, STORE_ENOTFOUND, "no such page");
    } else {
        result = fail(b, rc);
    }
    finish(st);
    return result;
}

/* Load the first page with id > after into r; STORE_ENOTFOUND at the end. */
static store_result next_page(store_impl *b, int64_t after, page_row *r)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_NEXT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, after, &rc);
    return load_page_row(b, st, rc, r);
}

static store_result sqlite_page_get(store_impl *b, const char *url, store_page_fn fn, void *ud)
{
    page_row r = {0, {NULL, NULL, NULL, NULL}, NULL, 0};
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_BY_URL, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, url, &rc);
    result = load_page_row(b, st, rc, &r);
    if (result == STORE_OK)
        fn(ud, r.id, r.s[0], r.s[1], r.body, r.body_len, r.s[2], r.s[3]);
    page_row_free(&r);
    return result;
}

static store_result sqlite_page_evidence(store_impl *b, const char *url, char *file,
                                         size_t filelen, int64_t *offset)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_EVIDENCE, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, url, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *f = (const char *)sqlite3_column_text(st, 0);
        size_t n = f ? strlen(f) : 0;
        *offset = sqlite3_column_int64(st, 1);
        if (n == 0)
            result = fail_msg(b, STORE_ENOTFOUND, "the page was stored without WARC evidence");
        else if (n >= filelen)
            result = fail_msg(b, STORE_EINVAL, "WARC file name too long");
        else
            memcpy(file, f, n + 1);
        finish(st);
        return result;
    }
    result = rc == SQLITE_DONE ? fail_msg(b, STORE_ENOTFOUND, "no such page") : fail(b, rc);
    finish(st);
    return result;
}

static store_result copy_col(sqlite3_stmt *st, int i, char *buf, size_t len);

static store_result sqlite_page_validators(store_impl *b, const char *url, char *etag,
                                           size_t etaglen, char *lm, size_t lmlen)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_VALIDATORS, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, url, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        /* a validator too long for the buffer is dropped: the GET is then unconditional */
        (void)copy_col(st, 0, etag, etaglen);
        (void)copy_col(st, 1, lm, lmlen);
        result = STORE_OK;
    } else {
        result = rc == SQLITE_DONE ? STORE_ENOTFOUND : fail(b, rc);
    }
    finish(st);
    return result;
}

static store_result sqlite_page_time(store_impl *b, int64_t page_id, int64_t *fetched_at)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_TIME, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_int(st, 1, page_id, &rc);
    return one_int(b, st, rc, fetched_at);
}

static store_result sqlite_pages_each(store_impl *b, store_page_fn fn, void *ud)
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

static store_result sqlite_page_count(store_impl *b, long *n)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PAGE_COUNT, &st);

    return result == STORE_OK ? count_of(b, st, SQLITE_OK, n) : result;
}

static store_result sqlite_lead_count(store_impl *b, const char *status, long *n)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_LEAD_COUNT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, status, &rc);
    return count_of(b, st, rc, n);
}

/* ---- prices ---- */

static store_result sqlite_price_put(store_impl *b, const char *item_key, int64_t page_id,
                                     double price, double original, int64_t observed_at,
                                     int64_t run_id)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PRICE_PUT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, item_key, &rc);
    bind_ref(st, 2, page_id, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_double(st, 3, price);
    if (rc == SQLITE_OK)
        rc = original >= 0 ? sqlite3_bind_double(st, 4, original) : sqlite3_bind_null(st, 4);
    bind_int(st, 5, observed_at, &rc);
    bind_ref(st, 6, run_id, &rc);
    return run_stmt(b, st, rc);
}

static store_result sqlite_price_floor(store_impl *b, const char *item_key, int64_t since,
                                       int64_t before, double *lowest)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_PRICE_FLOOR, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, item_key, &rc);
    bind_int(st, 2, since, &rc);
    bind_int(st, 3, before, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        *lowest = sqlite3_column_double(st, 0);
    else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        result = fail_msg(b, STORE_ENOTFOUND, "no price observed in that window");
    else
        result = fail(b, rc);
    finish(st);
    return result;
}

/* ---- registry ---- */

static store_result sqlite_registry_put(store_impl *b, const char *code, const char *name,
                                        const char *status)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_REG_PUT, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, code, &rc);
    bind_text(st, 2, name, &rc);
    bind_text(st, 3, status, &rc);
    return run_stmt(b, st, rc);
}

/* Copy column i into buf[len]; STORE_EINVAL (buf "") when it does not fit. */
static store_result copy_col(sqlite3_stmt *st, int i, char *buf, size_t len)
{
    const unsigned char *t;
    size_t n;

    if (!buf || len == 0)
        return STORE_OK;
    buf[0] = '\0';
    t = sqlite3_column_text(st, i);
    if (!t)
        return sqlite3_column_type(st, i) == SQLITE_NULL ? STORE_OK : STORE_ENOMEM;
    n = (size_t)sqlite3_column_bytes(st, i);
    if (n >= len)
        return STORE_EINVAL;
    memcpy(buf, t, n + 1);
    return STORE_OK;
}

static store_result sqlite_registry_lookup(store_impl *b, const char *code, char *name,
                                           size_t namelen, char *status, size_t statuslen)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_REG_LOOKUP, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    bind_text(st, 1, code, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        result = copy_col(st, 0, name, namelen);
        if (result == STORE_OK)
            result = copy_col(st, 1, status, statuslen);
        if (result != STORE_OK)
            fail_msg(b, result, "registry field does not fit the buffer");
    } else if (rc == SQLITE_DONE) {
        result = fail_msg(b, STORE_ENOTFOUND, "code not in registry");
    } else {
        result = fail(b, rc);
    }
    finish(st);
    return result;
}

static store_result sqlite_registry_count(store_impl *b, long *n)
{
    sqlite3_stmt *st;
    store_result result = get_stmt(b, ST_REG_COUNT, &st);

    return result == STORE_OK ? count_of(b, st, SQLITE_OK, n) : result;
}

const store_backend store_sqlite_backend = {
    .name = "sqlite",
    .open = sqlite_open,
    .close = sqlite_close,
    .errmsg = sqlite_errmsg,
    .busy_timeout = sqlite_busy_timeout,
    .begin = sqlite_begin,
    .commit = sqlite_commit,
    .rollback = sqlite_rollback,
    .run_begin = sqlite_run_begin,
    .run_end = sqlite_run_end,
    .run_open = sqlite_run_open,
    .page_evidence = sqlite_page_evidence,
    .page_validators = sqlite_page_validators,
    .page_time = sqlite_page_time,
    .frontier_add = sqlite_frontier_add,
    .frontier_take = sqlite_frontier_take,
    .frontier_finish = sqlite_frontier_finish,
    .frontier_requeue_leased = sqlite_frontier_requeue_leased,
    .frontier_hosts = sqlite_frontier_hosts,
    .frontier_count = sqlite_frontier_count,
    .page_put = sqlite_page_put,
    .body_pack = sqlite_body_pack,
    .text_pack = sqlite_text_pack,
    .page_findings = sqlite_page_findings,
    .export_rows = sqlite_export,
    .search = sqlite_search,
    .pages_each = sqlite_pages_each,
    .page_get = sqlite_page_get,
    .page_count = sqlite_page_count,
    .lead_count = sqlite_lead_count,
    .price_put = sqlite_price_put,
    .price_floor = sqlite_price_floor,
    .registry_put = sqlite_registry_put,
    .registry_lookup = sqlite_registry_lookup,
    .registry_count = sqlite_registry_count,
};
