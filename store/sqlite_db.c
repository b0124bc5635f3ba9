/*
 * sqlite_db.c — the SQLite backend's file and connection: open, schema,
 * migration, close, transactions and crawl runs, and the backend's table
 * (store_sqlite_backend).  The other parts live in the sqlite_*.c files
 * listed in sqlite_int.h.  Runs on the thread that owns the store.
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
 * only through bound parameters (sqlite_stmt.c).  Functions that write
 * several rows run in their own transaction, or in a savepoint when the
 * caller holds one.
 *
 * Schema version 1 indexed pages by triggers with positions; opening it
 * read-write rebuilds the index once (see sqlite_search.c for the index).
 *
 * Opened read-only (STORE_OPEN_READONLY) the connection writes nothing and
 * should create nothing.  SQLite's read-only connection to a WAL database
 * creates the -wal and -shm files when they are absent (and fails when the
 * folder is not writable), and leaves them behind: it cannot take the lock
 * that lets the last connection delete them.  So when there is no -wal
 * (nor -journal) file, every writer closed cleanly and the database file
 * holds everything: it is opened immutable=1, which creates no file and
 * takes no lock.  The trade-off: a crawl that starts during that read and
 * checkpoints before it ends changes pages under it (a failed or mixed
 * read; the file is not harmed).  A crawl checkpoints after 32 MiB of
 * writes, longer than a read command runs.  When the -wal file exists
 * (a writer is open, or died), the plain read-only open uses the files
 * there, safe alongside the writer.
 */
#include "store/sqlite_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    SCHEMA_VERSION = 7,
    APP_ID = 0x574a4442, /* "WJDB" */
    BUSY_MS = 5000
};

/* The search index, as a new file and the schema-1 migration create it.
 * merge 16 segments per level, not 4: a crawl flushes a segment per MB of
 * pending terms, and merging them four at a time rewrote the index again
 * and again (full bench corpus: 3.09 -> 2.96 ms CPU per page); queries
 * read a few more segments, with the same results.  Inserts and updates
 * are indexed by the FTS queue; nothing deletes pages today, and a delete
 * is rare enough to index row by row. */
#define FTS_SCHEMA_SQL                                                                             \
    "CREATE VIRTUAL TABLE pages_fts USING fts5(title, text, content='',"                           \
    " tokenize='trigram case_sensitive 1', detail=none);"                                          \
    "INSERT INTO pages_fts(pages_fts, rank) VALUES('automerge', 16);"                              \
    "CREATE TRIGGER pages_fts_ad AFTER DELETE ON pages BEGIN"                                      \
    " INSERT INTO pages_fts(pages_fts, rowid, title, text)"                                        \
    " VALUES('delete', old.id, lower(old.title), lower(old.text)); END;"

/* Schema 3: what each run did (kind, the seed hosts it covers, page and
 * lead counts), which run queued each frontier row and when the row was
 * last answered, and the history of every lead's status. */
#define RUNS_V3_COLS                                                                               \
    ", kind TEXT NOT NULL DEFAULT 'crawl', scope TEXT, status TEXT,"                               \
    " changed INTEGER, unchanged INTEGER, failed INTEGER, leads_new INTEGER,"                      \
    " leads_reopened INTEGER, leads_resolved INTEGER, leads_open INTEGER"
#define LEAD_EVENTS_SQL                                                                            \
    "CREATE TABLE lead_events("                                                                    \
    " id INTEGER PRIMARY KEY, lead_id INTEGER NOT NULL REFERENCES leads(lead_id),"                 \
    " at INTEGER NOT NULL, run_id INTEGER REFERENCES runs(id), old_status TEXT,"                   \
    " new_status TEXT NOT NULL, actor TEXT, note TEXT);"                                           \
    "CREATE INDEX lead_events_lead ON lead_events(lead_id, id);"                                   \
    "CREATE INDEX lead_events_run ON lead_events(run_id);"

/* Schema 4: a lead's status may be set by people (confirmed, dismissed,
 * referred) as well as by runs (open, resolved) and is routed (authority,
 * region_source: where its province came from); a history entry can say
 * what the receiving authority did (outcome); lead_pages keeps every page
 * that has shown a lead and whether it shows it now, so that hits counts
 * pages, not the times a page was processed.  A capture is one version of
 * a page as fetched (kept when its title or text changed); findings belong
 * to one, and lead_pages keeps the first and the latest that showed a
 * lead, so the evidence survives the page's next version. */
#define LEADS_COLS_SQL                                                                             \
    "(lead_id INTEGER PRIMARY KEY, subject TEXT NOT NULL, rule TEXT NOT NULL,"                     \
    " severity TEXT, status TEXT NOT NULL"                                                          \
    " CHECK(status IN ('open','confirmed','dismissed','referred','resolved')),"                   \
    " host TEXT, url TEXT, evidence TEXT, law TEXT, region TEXT,"                                  \
    " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"                                    \
    " hits INTEGER NOT NULL DEFAULT 0, authority TEXT, region_source TEXT,"                        \
    " UNIQUE(subject, rule));"
#define V4_TABLES_SQL                                                                              \
    "ALTER TABLE lead_events ADD COLUMN outcome TEXT;"                                             \
    "CREATE TABLE lead_pages(subject TEXT NOT NULL, rule TEXT NOT NULL, url TEXT NOT NULL,"        \
    " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, showing INTEGER NOT NULL,"          \
    " first_capture INTEGER, last_capture INTEGER,"                                                \
    " PRIMARY KEY(subject, rule, url)) WITHOUT ROWID;"                                             \
    "CREATE INDEX lead_pages_url ON lead_pages(url);"                                              \
    "CREATE TABLE captures(id INTEGER PRIMARY KEY, url TEXT NOT NULL, fetched_at INTEGER,"         \
    " status INTEGER, ip TEXT, sha256 TEXT, warc_file TEXT, warc_offset INTEGER,"                  \
    " run_id INTEGER REFERENCES runs(id));"                                                        \
    "CREATE INDEX captures_url ON captures(url, id);"

/* Views for an investigator reading the file with the sqlite3 shell
 * (docs/schema.md has examples).  A view stores nothing and writes
 * nothing, so the read-only open is unaffected.  A lead's region is the
 * one `wangjian leads` shows: its own, else another page of its subject's.
 * A later migration that rebuilds a table these read (leads, lead_events,
 * lead_pages, pages) must drop the views first and create them again
 * after: SQLite checks every view when a table is renamed. */
#define V4_VIEWS_SQL                                                                               \
    "CREATE VIEW open_leads_by_province AS SELECT province, count(*) AS open_leads,"               \
    " sum(status = 'confirmed') AS confirmed, count(DISTINCT subject) AS subjects FROM"            \
    " (SELECT status, subject, COALESCE(NULLIF(region, ''), (SELECT p.region FROM pages p"         \
    " WHERE p.subject = leads.subject AND p.region IS NOT NULL AND p.region != '' LIMIT 1),"       \
    " '未知') AS province FROM leads WHERE status IN ('open', 'confirmed')) GROUP BY province"   \
    " ORDER BY open_leads DESC, province;"                                                         \
    "CREATE VIEW lead_changes AS SELECT e.id AS event_id,"                                         \
    " strftime('%Y-%m-%dT%H:%M:%SZ', e.at, 'unixepoch') AS at_utc,"                                \
    " strftime('%Y-%m-%d %H:%M:%S', e.at, 'unixepoch', '+8 hours') AS at_shanghai,"                \
    " e.lead_id AS lead_id, l.rule AS rule, l.subject AS subject, e.old_status AS old_status,"     \
    " e.new_status AS new_status, e.actor AS actor, e.run_id AS run, e.note AS note,"              \
    " e.outcome AS outcome FROM lead_events e JOIN leads l ON l.lead_id = e.lead_id"               \
    " ORDER BY e.id;"                                                                              \
    "CREATE VIEW lead_sightings AS SELECT l.lead_id AS lead_id, l.rule AS rule, l.subject"         \
    " AS subject, lp.url AS url, strftime('%Y-%m-%dT%H:%M:%SZ', lp.first_seen, 'unixepoch')"       \
    " AS first_seen_utc, strftime('%Y-%m-%dT%H:%M:%SZ', lp.last_seen, 'unixepoch') AS"             \
    " last_seen_utc, lp.showing AS showing, strftime('%Y-%m-%dT%H:%M:%SZ', p.fetched_at,"          \
    " 'unixepoch') AS fetched_utc, p.status AS http_status, p.ip AS ip, p.sha256 AS sha256,"       \
    " p.warc_file AS warc_file, p.warc_offset AS warc_offset FROM leads l JOIN lead_pages"         \
    " lp ON lp.subject = l.subject AND lp.rule = l.rule LEFT JOIN pages p ON p.url = lp.url"       \
    " ORDER BY l.lead_id, lp.first_seen, lp.url;"

/* Schema 5: what made each capture (the run's options as JSON, the tool
 * and the rulebook's declared version and digest), the URL a capture was
 * answered from after redirects, a digest of the facts extracted from a
 * page (a new capture when they change, even if the text did not), and
 * complaints (诉转案) recorded against their subjects. */
#define V5_SQL                                                                                     \
    "ALTER TABLE runs ADD COLUMN options TEXT;"                                                    \
    "ALTER TABLE runs ADD COLUMN tool TEXT;"                                                       \
    "ALTER TABLE runs ADD COLUMN rulebook_version TEXT;"                                           \
    "ALTER TABLE runs ADD COLUMN rulebook_sha256 TEXT;"                                            \
    "ALTER TABLE pages ADD COLUMN final_url TEXT;"                                                 \
    "ALTER TABLE pages ADD COLUMN facts TEXT;"                                                     \
    "ALTER TABLE captures ADD COLUMN final_url TEXT;"                                              \
    "ALTER TABLE lead_pages ADD COLUMN checked_run INTEGER;"                                       \
    "CREATE TABLE complaints(id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, received TEXT,"     \
    " url TEXT NOT NULL, platform TEXT, text TEXT, subject TEXT NOT NULL, host TEXT NOT NULL,"     \
    " imported_at INTEGER NOT NULL, source TEXT, seeded_run INTEGER REFERENCES runs(id));"         \
    "CREATE INDEX complaints_subject ON complaints(subject);"

/* Schema 6, the report's part: one row per run and subject it checked
 * (监测网站网店, 个次: each subject checked in each run counts once), with
 * the pages of the subject the run judged and the first province one of
 * them named.  Written by the run with the findings of every page it
 * judges (crawl and rescan); runs before schema 6 have no rows. */
#define V6_REPORT_SQL                                                                              \
    "CREATE TABLE run_subjects(run_id INTEGER NOT NULL REFERENCES runs(id),"                       \
    " subject TEXT NOT NULL, host TEXT NOT NULL, region TEXT, pages INTEGER NOT NULL,"             \
    " PRIMARY KEY(run_id, subject)) WITHOUT ROWID;"
/* Schema 6, keyword crawls: which keyword's search led a crawl to a URL
 * (the search pages, the results they listed and what those link to,
 * within the crawl's depth).  A URL several keywords reached has a row
 * for each; run_id and first_seen are the first run that reached it,
 * last_run and last_seen the latest. */
#define V6_KEYWORD_SQL                                                                             \
    "CREATE TABLE keyword_hits(keyword TEXT NOT NULL, url TEXT NOT NULL,"                          \
    " run_id INTEGER REFERENCES runs(id), first_seen INTEGER NOT NULL,"                            \
    " last_run INTEGER REFERENCES runs(id), last_seen INTEGER NOT NULL,"                           \
    " PRIMARY KEY(keyword, url)) WITHOUT ROWID;"                                                   \
    "CREATE INDEX keyword_hits_url ON keyword_hits(url);"

/* Schema 6 (search): the index holds normalised text (the rules'
 * normalisation, sqlite_search.c's wj_fts()) with prefix indexes of 1 and
 * 2 characters for short queries, and search_index records which
 * normaliser built it.  The old index (lower() only) is dropped, and the
 * new one starts empty with normaliser 'none': the first writable open
 * that sets a normaliser (migrate, crawl, rescan) fills it, and until then
 * a search scans.  The delete trigger calls wj_fts, which every wangjian
 * connection registers (another SQLite program cannot delete pages). */
#define V6_SEARCH_SQL                                                                              \
    "DROP TRIGGER IF EXISTS pages_fts_ad; DROP TABLE IF EXISTS pages_fts;"                         \
    "CREATE VIRTUAL TABLE pages_fts USING fts5(title, text, content='',"                           \
    " tokenize='trigram case_sensitive 1', detail=none, prefix='1 2');"                            \
    "INSERT INTO pages_fts(pages_fts, rank) VALUES('automerge', 16);"                              \
    "CREATE TRIGGER pages_fts_ad AFTER DELETE ON pages BEGIN"                                      \
    " INSERT INTO pages_fts(pages_fts, rowid, title, text)"                                        \
    " VALUES('delete', old.id, wj_fts(old.title), wj_fts(old.text)); END;"                         \
    "CREATE TABLE search_index(id INTEGER PRIMARY KEY CHECK(id = 1), normaliser TEXT NOT NULL);"  \
    "INSERT INTO search_index VALUES(1, 'none');"

/* Schema 6, leads listing and export (issue #14): the indexes that let
 * `leads --province P` and `export --province P` read only the leads of
 * P: routed leads by their region, the unrouted ones (whose province comes
 * from another page of their subject) apart.  The statements that use
 * them are ST_LEADS_*_PROV in sqlite_stmt.c. */
#define V6_LEADS_SQL                                                                               \
    "CREATE INDEX IF NOT EXISTS leads_region ON leads(region);"                                    \
    "CREATE INDEX IF NOT EXISTS leads_unrouted ON leads(lead_id)"                                  \
    " WHERE region_source IS NULL OR region_source = 'unknown';"

/* Schema 6, operator linking (同一经营者): the identity signals each
 * page shows (parser/signals.c), replaced when the page is stored again,
 * kept under the page's subject so that subjects sharing a strong signal
 * can be joined into one operator. */
#define V6_OPERATOR_SQL                                                                            \
    "CREATE TABLE signals(id INTEGER PRIMARY KEY,"                                                 \
    " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"                            \
    " subject TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,"                             \
    " strength TEXT NOT NULL CHECK (strength IN ('strong', 'weak')),"                              \
    " url TEXT NOT NULL, seen_at INTEGER NOT NULL);"                                               \
    "CREATE INDEX signals_page ON signals(page_id);"                                               \
    "CREATE INDEX signals_value ON signals(kind, value);"

/* Schema 6: the blocks of the changes that needed it, for a new file and
 * the 5 -> 6 migration alike. */
#define V6_SQL V6_REPORT_SQL V6_KEYWORD_SQL V6_SEARCH_SQL V6_LEADS_SQL \
    V6_OPERATOR_SQL

/* Schema 7: the first page of a subject that names a province, for a
 * lead whose own pages named none (the report's and the lead listings'
 * province, REGION_EXPR).  Without it every page of the subject was read,
 * region sitting behind the page's text: 1.5 s for a report of 10,000
 * leads of which 1,000 unrouted, on shops of 200 pages. */
#define V7_SQL                                                                                     \
    "CREATE INDEX IF NOT EXISTS pages_subject_region ON pages(subject, id, region)"                \
    " WHERE region IS NOT NULL AND region != '';"

static const char schema_sql[] =
    "CREATE TABLE runs("
    " id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, ended_at INTEGER,"
    " pages INTEGER, errors INTEGER" RUNS_V3_COLS ");"
    "CREATE TABLE frontier("
    " id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, host TEXT NOT NULL,"
    " depth INTEGER NOT NULL, state INTEGER NOT NULL DEFAULT 0,"
    " not_before INTEGER NOT NULL DEFAULT 0, added_at INTEGER NOT NULL,"
    " run_id INTEGER, checked_at INTEGER);"
    "CREATE INDEX frontier_host_state ON frontier(host, state, id);"
    "CREATE TABLE pages("
    " id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, host TEXT NOT NULL,"
    " subject TEXT NOT NULL, status INTEGER, content_type TEXT, charset TEXT,"
    " title TEXT, text TEXT, body BLOB, body_len INTEGER NOT NULL DEFAULT 0,"
    " warc_file TEXT, warc_offset INTEGER, sha256 TEXT, ip TEXT, etag TEXT,"
    " last_modified TEXT, fetched_at INTEGER,"
    " run_id INTEGER REFERENCES runs(id), region TEXT, capture_id INTEGER);"
    "CREATE INDEX pages_subject ON pages(subject);"
    "CREATE TABLE findings("
    " id INTEGER PRIMARY KEY,"
    " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
    " rule TEXT NOT NULL, severity TEXT, basis TEXT, snippet TEXT,"
    " src_off INTEGER, seen_at INTEGER NOT NULL, capture_id INTEGER);"
    "CREATE INDEX findings_page ON findings(page_id);"
    "CREATE INDEX findings_rule ON findings(rule, page_id);"
    "CREATE TABLE leads" LEADS_COLS_SQL
    "CREATE INDEX leads_status ON leads(status);"
    "CREATE TABLE prices("
    " id INTEGER PRIMARY KEY, item_key TEXT NOT NULL,"
    " page_id INTEGER REFERENCES pages(id) ON DELETE SET NULL,"
    " price REAL NOT NULL, original REAL, observed_at INTEGER NOT NULL,"
    " run_id INTEGER REFERENCES runs(id));"
    "CREATE INDEX prices_item ON prices(item_key, observed_at);"
    "CREATE TABLE registry(code TEXT PRIMARY KEY, name TEXT, status TEXT);" FTS_SCHEMA_SQL
    LEAD_EVENTS_SQL V4_TABLES_SQL V4_VIEWS_SQL V5_SQL V6_SQL V7_SQL;

/* Schema 1 -> 2: the FTS queue replaces the insert and update triggers,
 * and the index is rebuilt without positions. */
static const char migrate_v2_sql[] =
    "DROP TRIGGER IF EXISTS pages_fts_ai;"
    "DROP TRIGGER IF EXISTS pages_fts_au;"
    "DROP TRIGGER IF EXISTS pages_fts_ad;"
    "DROP TABLE pages_fts;" FTS_SCHEMA_SQL
    "INSERT INTO pages_fts(rowid, title, text) SELECT id, lower(title), lower(text) FROM pages;"
    "PRAGMA user_version = 2;";

/* Schema 2 -> 3: runs, frontier rows and lead history (see RUNS_V3_COLS).
 * A run a killed crawl left open belongs to no seed hosts, so no crawl
 * would ever resume it: it is closed as interrupted, and its queued rows
 * wait for the next crawl of their hosts. */
static const char migrate_v3_sql[] =
    "ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'crawl';"
    "ALTER TABLE runs ADD COLUMN scope TEXT;"
    "ALTER TABLE runs ADD COLUMN status TEXT;"
    "ALTER TABLE runs ADD COLUMN changed INTEGER;"
    "ALTER TABLE runs ADD COLUMN unchanged INTEGER;"
    "ALTER TABLE runs ADD COLUMN failed INTEGER;"
    "ALTER TABLE runs ADD COLUMN leads_new INTEGER;"
    "ALTER TABLE runs ADD COLUMN leads_reopened INTEGER;"
    "ALTER TABLE runs ADD COLUMN leads_resolved INTEGER;"
    "ALTER TABLE runs ADD COLUMN leads_open INTEGER;"
    "UPDATE runs SET status = 'finished' WHERE ended_at IS NOT NULL;"
    "UPDATE runs SET ended_at = started_at, status = 'interrupted' WHERE ended_at IS NULL;"
    "ALTER TABLE frontier ADD COLUMN run_id INTEGER;"
    "ALTER TABLE frontier ADD COLUMN checked_at INTEGER;"
    "UPDATE frontier SET state = 0 WHERE state = 1;" LEAD_EVENTS_SQL
    "PRAGMA user_version = 3;";

/* Schema 3 -> 4 (foreign keys off: the leads table is rebuilt for its
 * wider CHECK).  The pages that show a lead now become its lead_pages; a
 * lead no page shows now (resolved) keeps the page it names.  hits becomes
 * that number of pages. */
static const char migrate_v4_sql[] =
    "CREATE TABLE leads_v4" LEADS_COLS_SQL
    "INSERT INTO leads_v4 SELECT *, NULL, NULL FROM leads;"
    "DROP TABLE leads;"
    "ALTER TABLE leads_v4 RENAME TO leads;"
    "CREATE INDEX leads_status ON leads(status);" V4_TABLES_SQL
    /* each stored page is one capture (its id the page's) */
    "ALTER TABLE pages ADD COLUMN capture_id INTEGER;"
    "ALTER TABLE findings ADD COLUMN capture_id INTEGER;"
    "INSERT INTO captures(id, url, fetched_at, status, ip, sha256, warc_file, warc_offset, run_id)"
    " SELECT id, url, fetched_at, status, ip, sha256, warc_file, warc_offset, run_id FROM pages;"
    "UPDATE pages SET capture_id = id;"
    "UPDATE findings SET capture_id = page_id;"
    "INSERT INTO lead_pages SELECT p.subject, f.rule, p.url, min(f.seen_at), max(f.seen_at), 1,"
    " p.id, p.id FROM findings f JOIN pages p ON p.id = f.page_id GROUP BY p.subject, f.rule, p.url;"
    "INSERT OR IGNORE INTO lead_pages SELECT subject, rule, url, first_seen, last_seen, 0,"
    " (SELECT id FROM pages WHERE pages.url = leads.url), (SELECT id FROM pages WHERE pages.url ="
    " leads.url) FROM leads WHERE url IS NOT NULL AND NOT EXISTS(SELECT 1 FROM lead_pages lp"
    " WHERE lp.subject = leads.subject AND lp.rule = leads.rule);"
    "UPDATE leads SET hits = (SELECT count(*) FROM lead_pages lp"
    " WHERE lp.subject = leads.subject AND lp.rule = leads.rule)"
    " WHERE EXISTS(SELECT 1 FROM lead_pages lp WHERE lp.subject = leads.subject"
    " AND lp.rule = leads.rule);" V4_VIEWS_SQL
    "PRAGMA user_version = 4;";

static const char migrate_v5_sql[] = V5_SQL "PRAGMA user_version = 5;";
static const char migrate_v6_sql[] = V6_SQL "PRAGMA user_version = 6;";
static const char migrate_v7_sql[] = V7_SQL "PRAGMA user_version = 7;";

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
        return sqlite_fail(b, rc);
    result = sqlite_one_int(b, st, SQLITE_OK, v);
    sqlite3_finalize(st);
    return result;
}

static store_result exec_sql(store_impl *b, const char *sql)
{
    int rc = sqlite3_exec(b->db, sql, NULL, NULL, NULL);

    return rc == SQLITE_OK ? STORE_OK : sqlite_fail(b, rc);
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
static store_result check_schema(store_impl *b, const char *path, int *empty, int *old, char *err,
                                 size_t errlen)
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
    b->found_version = (int)version;
    return STORE_OK;
}

/* Bring an older schema up to date, in one write transaction (another
 * process may have done it first: the version is read again inside). */
static store_result migrate_schema(store_impl *b)
{
    int64_t version = 0;
    store_result result = exec_sql(b, "PRAGMA foreign_keys = OFF");   /* not inside BEGIN */

    if (result == STORE_OK)
        result = exec_sql(b, "BEGIN IMMEDIATE");
    if (result != STORE_OK) {
        exec_sql(b, "PRAGMA foreign_keys = ON");
        return result;
    }
    result = pragma_int(b, "PRAGMA user_version", &version);
    if (result == STORE_OK && version == 1)
        result = exec_sql(b, migrate_v2_sql);
    if (result == STORE_OK && version <= 2)
        result = exec_sql(b, migrate_v3_sql);
    if (result == STORE_OK && version <= 3)
        result = exec_sql(b, migrate_v4_sql);
    if (result == STORE_OK && version <= 4)
        result = exec_sql(b, migrate_v5_sql);
    if (result == STORE_OK && version <= 5)
        result = exec_sql(b, migrate_v6_sql);
    if (result == STORE_OK && version <= 6)
        result = exec_sql(b, migrate_v7_sql);
    if (result == STORE_OK)
        result = exec_sql(b, "COMMIT");
    else
        sqlite3_exec(b->db, "ROLLBACK", NULL, NULL, NULL);
    if (exec_sql(b, "PRAGMA foreign_keys = ON") != STORE_OK && result == STORE_OK)
        result = STORE_EIO;
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

static int path_exists(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0 || (errno != ENOENT && errno != ENOTDIR);
}

/* Whether path + suffix exists (when that cannot be told: yes). */
static int sibling_exists(const char *path, const char *suffix)
{
    size_t n = strlen(path) + strlen(suffix) + 1;
    char *p = malloc(n);
    int yes;

    if (!p)
        return 1;
    snprintf(p, n, "%s%s", path, suffix);
    yes = path_exists(p);
    free(p);
    return yes;
}

/* "file:PATH?immutable=1", PATH percent-encoded, for SQLITE_OPEN_URI (an
 * absolute PATH gets an empty authority: file:///...).  Caller frees. */
static char *immutable_uri(const char *path)
{
    static const char plain[] = "/._-~";
    static const char tail[] = "?immutable=1";
    char *uri = malloc(strlen(path) * 3 + sizeof "file://" + sizeof tail);
    char *p = uri;

    if (!uri)
        return NULL;
    p += snprintf(p, 8, "%s", path[0] == '/' ? "file://" : "file:");
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
            strchr(plain, *c))
            *p++ = (char)*c;
        else
            p += snprintf(p, 4, "%%%02X", *c);
    }
    memcpy(p, tail, sizeof tail);
    return uri;
}

static store_result no_db(char *err, size_t errlen, const char *path, const char *why)
{
    if (err && errlen > 0)
        snprintf(err, errlen, "no database at '%s'%s", path, why);
    return STORE_ENODB;
}

/* sqlite3_open_v2 for mode: create, must exist, or read-only (immutable
 * when nothing but the database file is there; see the file comment). */
static int open_mode(store_impl *b, const char *path, store_mode mode)
{
    char *uri = NULL;
    int rc, flags = mode == STORE_OPEN_CREATE  ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                    : mode == STORE_OPEN_WRITE ? SQLITE_OPEN_READWRITE
                                               : SQLITE_OPEN_READONLY;

    if (mode == STORE_OPEN_READONLY && !sibling_exists(path, "-wal") &&
        !sibling_exists(path, "-journal")) {
        uri = immutable_uri(path);
        if (!uri)
            return SQLITE_NOMEM;
        flags |= SQLITE_OPEN_URI;
    }
    rc = sqlite3_open_v2(uri ? uri : path, &b->db, flags, NULL);
    free(uri);
    return rc;
}

/* Connection settings that write nothing to the file. */
static store_result connect_db(store_impl *b, const char *path, store_mode mode, char *err,
                               size_t errlen)
{
    int rc;

    if (mode != STORE_OPEN_CREATE && !path_exists(path))
        return no_db(err, errlen, path, "");
    rc = open_mode(b, path, mode);
    if (rc != SQLITE_OK) {
        int e;

        if (rc == SQLITE_NOMEM || !b->db) {
            open_err(err, errlen, path, "out of memory");
            return STORE_ENOMEM;
        }
        if (mode != STORE_OPEN_CREATE && !path_exists(path)) /* gone meanwhile */
            return no_db(err, errlen, path, "");
        e = mode == STORE_OPEN_CREATE ? open_errno(path, sqlite3_system_errno(b->db))
                                      : sqlite3_system_errno(b->db);
        open_err(err, errlen, path, e ? strerror(e) : sqlite3_errmsg(b->db));
        return STORE_EOPEN;
    }
    sqlite3_extended_result_codes(b->db, 1);
    sqlite3_busy_timeout(b->db, BUSY_MS);
    if (exec_sql(b, "PRAGMA foreign_keys = ON") != STORE_OK ||
        sqlite_register_tokenizer(b) != STORE_OK) {
        open_err(err, errlen, path, b->errmsg);
        return STORE_EIO;
    }
    return STORE_OK;
}

static store_result sqlite_close(store_impl *b);

/* A writable connection: WAL and its settings, then the schema created or
 * brought up to date. */
static store_result setup_rw(store_impl *b, int empty, int old)
{
    store_result result = exec_sql(b, "PRAGMA journal_mode = WAL");

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
    return result;
}

/* What the mode makes of the schema check's verdict; writes only when the
 * mode and the file allow it. */
static store_result settle_schema(store_impl *b, const char *path, store_mode mode, int empty,
                                  int old, char *err, size_t errlen)
{
    store_result result;

    if (empty && mode != STORE_OPEN_CREATE)
        return no_db(err, errlen, path, " (the file is empty)");
    if (old && mode == STORE_OPEN_READONLY) {
        if (err && errlen > 0)
            snprintf(err, errlen, "'%s' has schema version %d, older than this wangjian's %d",
                     path, b->found_version, (int)SCHEMA_VERSION);
        return STORE_EOLD;
    }
    if (mode == STORE_OPEN_READONLY)
        return STORE_OK;
    if (sqlite3_db_readonly(b->db, "main")) {
        if (!empty && mode == STORE_OPEN_CREATE) /* a crawl's writes will say */
            return STORE_OK;
        if (!empty) {
            open_err(err, errlen, path, "the file is read-only");
            return STORE_EOPEN;
        }
        open_err(err, errlen, path, "read-only file without a wangjian schema");
        return STORE_EOPEN;
    }
    result = setup_rw(b, empty, old);
    if (result != STORE_OK)
        open_err(err, errlen, path, b->errmsg);
    return result;
}

static store_result sqlite_open(const char *path, store_mode mode, store_impl **out, char *err,
                                size_t errlen)
{
    store_impl *b = calloc(1, sizeof *b);
    store_result result;
    int empty = 0, old = 0;

    *out = NULL;
    if (!b) {
        open_err(err, errlen, path, "out of memory");
        return STORE_ENOMEM;
    }
    snprintf(b->norm_id, sizeof b->norm_id, "lower");
    result = connect_db(b, path, mode, err, errlen);
    if (result == STORE_OK)
        result = check_schema(b, path, &empty, &old, err, errlen);
    if (result == STORE_OK)
        result = settle_schema(b, path, mode, empty, old, err, errlen);
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
    sqlite_fts_queue_clear(b);
    free(b->fq);
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(b->st[i]);
    rc = sqlite3_close(b->db);
    if (rc != SQLITE_OK) /* cannot happen with every statement finalised */
        sqlite3_close_v2(b->db);
    free(b);
    return rc == SQLITE_OK ? STORE_OK : STORE_EIO;
}

static const char *sqlite_errmsg(const store_impl *b)
{
    return b->errmsg;
}

static store_result sqlite_schema_version(store_impl *b, int *found, int *current)
{
    *found = b->found_version;
    *current = SCHEMA_VERSION;
    return STORE_OK;
}

static store_result sqlite_busy_timeout(store_impl *b, int ms)
{
    int rc = sqlite3_busy_timeout(b->db, ms);

    return rc == SQLITE_OK ? STORE_OK : sqlite_fail(b, rc);
}

/* ---- transactions ---- */

static store_result sqlite_begin(store_impl *b)
{
    if (!sqlite3_get_autocommit(b->db))
        return sqlite_fail_msg(b, STORE_EINVAL, "transaction already open");
    return sqlite_exec_id(b, ST_BEGIN);
}

/* On failure the transaction stays open (the queue is indexed first, and
 * COMMIT may fail); the caller rolls back. */
static store_result sqlite_commit(store_impl *b)
{
    store_result result;

    if (sqlite3_get_autocommit(b->db))
        return sqlite_fail_msg(b, STORE_EINVAL, "no transaction open");
    result = sqlite_fts_queue_index(b);
    return result == STORE_OK ? sqlite_exec_id(b, ST_COMMIT) : result;
}

/* Rolling back with no transaction open is a no-op: SQLite may already have
 * rolled back after an I/O error, and error paths should not need to know. */
store_result sqlite_rollback(store_impl *b)
{
    sqlite_fts_queue_clear(b);
    if (sqlite3_get_autocommit(b->db))
        return STORE_OK;
    return sqlite_exec_id(b, ST_ROLLBACK);
}

static int sqlite_in_transaction(const store_impl *b)
{
    return !sqlite3_get_autocommit(b->db);
}

/* ---- runs ---- */

/* Insert a run of kind (scope may be NULL) and make it current. */
static store_result run_insert(store_impl *b, int64_t now, const char *kind, const char *scope,
                               int64_t *run_id)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_RUN_BEGIN, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, now, &rc);
    sqlite_bind_text(st, 2, kind, &rc);
    sqlite_bind_text(st, 3, scope, &rc);
    result = sqlite_one_int(b, st, rc, run_id);
    if (result == STORE_OK) {
        b->run_id = *run_id;
        snprintf(b->run_kind, sizeof b->run_kind, "%s", kind);
    }
    return result;
}

static store_result sqlite_run_begin(store_impl *b, int64_t now, const char *kind, int64_t *run_id)
{
    return run_insert(b, now, kind, NULL, run_id);
}

/* Queue again the rows of hosts[0..n) and of the earlier runs of scope,
 * for run run_id. */
static store_result recrawl(store_impl *b, int64_t run_id, const char *scope,
                            const char *const *hosts, size_t n)
{
    sqlite3_stmt *st;
    store_result result = STORE_OK;

    for (size_t i = 0; i < n && result == STORE_OK; i++) {
        int rc = SQLITE_OK;

        if ((result = sqlite_get_stmt(b, ST_FR_RECRAWL, &st)) != STORE_OK)
            break;
        sqlite_bind_int(st, 1, run_id, &rc);
        sqlite_bind_text(st, 2, hosts[i], &rc);
        result = sqlite_run_stmt(b, st, rc);
    }
    if (result == STORE_OK && (result = sqlite_get_stmt(b, ST_FR_RECRAWL_SCOPE, &st)) == STORE_OK) {
        int rc = SQLITE_OK;

        sqlite_bind_int(st, 1, run_id, &rc);
        sqlite_bind_text(st, 2, scope, &rc);
        result = sqlite_run_stmt(b, st, rc);
    }
    return result;
}

/* Resume the newest crawl of scope if it never ended (killed or
 * stopped), else start a new run of it, in one transaction. */
static store_result sqlite_run_open(store_impl *b, int64_t now, const char *scope,
                                    const char *const *hosts, size_t n, int64_t *run_id,
                                    int *resumed)
{
    sqlite3_stmt *st;
    int own, rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, ST_RUN_LAST, &st);

    *resumed = 0;
    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, scope, &rc);
    result = sqlite_one_int(b, st, rc, run_id);
    if (result == STORE_OK) {
        *resumed = 1;
        b->run_id = *run_id;
        snprintf(b->run_kind, sizeof b->run_kind, "crawl");
        return STORE_OK;
    }
    if (result != STORE_ENOTFOUND)
        return result;
    if ((result = sqlite_atomic_begin(b, &own)) != STORE_OK)
        return result;
    result = run_insert(b, now, "crawl", scope, run_id);
    if (result == STORE_OK)
        result = recrawl(b, *run_id, scope, hosts, n);
    result = sqlite_atomic_end(b, own, result);
    if (result != STORE_OK)
        b->run_id = 0;
    return result;
}

static store_result sqlite_run_end(store_impl *b, int64_t run_id, int64_t now, const char *status,
                                   store_run_counts *c)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK, own;
    store_result result = sqlite_atomic_begin(b, &own);   /* resolutions and the end at once */

    if (result != STORE_OK)
        return result;
    if (status && strcmp(status, "finished") == 0 && run_id == b->run_id)
        result = sqlite_run_resolve_unseen(b, run_id, strcmp(b->run_kind, "rescan") == 0, now);
    if (result == STORE_OK)
        result = sqlite_get_stmt(b, ST_RUN_END, &st);
    if (result != STORE_OK)
        return sqlite_atomic_end(b, own, result);
    sqlite_bind_int(st, 1, run_id, &rc);
    sqlite_bind_int(st, 2, now, &rc);
    sqlite_bind_text(st, 3, status, &rc);
    sqlite_bind_int(st, 4, c->pages, &rc);
    sqlite_bind_int(st, 5, c->errors, &rc);
    sqlite_bind_int(st, 6, c->changed, &rc);
    sqlite_bind_int(st, 7, c->unchanged, &rc);
    sqlite_bind_int(st, 8, c->failed, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        c->leads_new = (long)sqlite3_column_int64(st, 0);
        c->leads_reopened = (long)sqlite3_column_int64(st, 1);
        c->leads_resolved = (long)sqlite3_column_int64(st, 2);
        c->leads_open = (long)sqlite3_column_int64(st, 3);
        rc = sqlite3_step(st);
        result = rc == SQLITE_DONE ? STORE_OK : sqlite_fail(b, rc);
    } else {
        result = rc == SQLITE_DONE ? STORE_ENOTFOUND : sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    result = sqlite_atomic_end(b, own, result);
    if (result == STORE_OK && run_id == b->run_id)
        b->run_id = 0;
    return result;
}

static store_result sqlite_run_describe(store_impl *b, int64_t run_id, const store_run_info *info)
{
    sqlite3_stmt *st;
    int rc = SQLITE_OK;
    store_result result = sqlite_get_stmt(b, ST_RUN_DESCRIBE, &st);

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, run_id, &rc);
    sqlite_bind_text(st, 2, info->options, &rc);
    sqlite_bind_text(st, 3, info->tool, &rc);
    sqlite_bind_text(st, 4, info->rulebook_version, &rc);
    sqlite_bind_text(st, 5, info->rulebook_sha256, &rc);
    result = sqlite_run_stmt(b, st, rc);
    if (result == STORE_OK && sqlite3_changes(b->db) == 0)
        result = STORE_ENOTFOUND;
    return result;
}

static store_result sqlite_runs(store_impl *b, long limit, store_row_fn fn, void *ud)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_RUNS, &st);
    int rc = SQLITE_OK;

    if (result != STORE_OK)
        return result;
    sqlite_bind_int(st, 1, limit, &rc);
    return sqlite_emit_rows(b, st, rc, fn, ud);
}

static store_result sqlite_run_last(store_impl *b, int64_t *run_id)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_RUN_FINISHED, &st);

    return result == STORE_OK ? sqlite_one_int(b, st, SQLITE_OK, run_id) : result;
}

const store_backend store_sqlite_backend = {
    .name = "sqlite",
    .open = sqlite_open,
    .close = sqlite_close,
    .errmsg = sqlite_errmsg,
    .busy_timeout = sqlite_busy_timeout,
    .schema_version = sqlite_schema_version,
    .begin = sqlite_begin,
    .commit = sqlite_commit,
    .rollback = sqlite_rollback,
    .in_transaction = sqlite_in_transaction,
    .run_begin = sqlite_run_begin,
    .run_end = sqlite_run_end,
    .run_describe = sqlite_run_describe,
    .run_open = sqlite_run_open,
    .runs = sqlite_runs,
    .run_last = sqlite_run_last,
    .leads = sqlite_leads,
    .judge_rules = sqlite_judge_rules,
    .page_id = sqlite_page_id,
    .lead_evidence = sqlite_lead_evidence,
    .lead_set = sqlite_lead_set,
    .lead_rows = sqlite_lead_rows,
    .page_evidence = sqlite_page_evidence,
    .page_validators = sqlite_page_validators,
    .page_time = sqlite_page_time,
    .page_subject = sqlite_page_subject,
    .frontier_add = sqlite_frontier_add,
    .frontier_take = sqlite_frontier_take,
    .frontier_finish = sqlite_frontier_finish,
    .frontier_requeue_leased = sqlite_frontier_requeue_leased,
    .frontier_hosts = sqlite_frontier_hosts,
    .frontier_count = sqlite_frontier_count,
    .page_put = sqlite_page_put,
    .body_pack = sqlite_body_pack,
    .text_pack = sqlite_text_pack,
    .lead_page = sqlite_lead_page,
    .rules_seen = sqlite_rules_seen,
    .findings_replace = sqlite_findings_replace,
    .leads_apply = sqlite_leads_apply,
    .export_rows = sqlite_export,
    .search = sqlite_search,
    .set_normaliser = sqlite_set_normaliser,
    .search_captures = sqlite_search_captures,
    .query_match = sqlite_query_match,
    .pages_each = sqlite_pages_each,
    .page_get = sqlite_page_get,
    .page_count = sqlite_page_count,
    .lead_count = sqlite_lead_count,
    .price_put = sqlite_price_put,
    .price_floor = sqlite_price_floor,
    .registry_put = sqlite_registry_put,
    .registry_lookup = sqlite_registry_lookup,
    .registry_count = sqlite_registry_count,
    .complaint_add = sqlite_complaint_add,
    .complaints_seeded = sqlite_complaints_seeded,
    .complaint_rows = sqlite_complaint_rows,
    .report_rows = sqlite_report_rows,
    .keyword_hit = sqlite_keyword_hit,
    .frontier_claim = sqlite_frontier_claim,
    .lead_keywords = sqlite_lead_keywords,
    .page_signals = sqlite_page_signals,
    .signal_rows = sqlite_signal_rows,
};
