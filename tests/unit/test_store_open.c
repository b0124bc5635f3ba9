/*
 * test_store_open.c — store_open's refusals and crash safety on real files:
 * missing or unwritable directory, junk file, foreign SQLite database, newer
 * schema, a writer killed mid-transaction, and a clean close; the search
 * index kept in step with the pages, and an old schema brought up to date.
 *
 * The test uses sqlite3 directly only to build the hostile inputs (a foreign
 * database, a "newer" schema) and to inspect the file from outside.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store/store.h"
#include "tests/unit/schema_age.h"

typedef struct {
    char dir[256];
    char path[300];
} fixture;

static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char p[512];

    if (!d)
        return;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (rmdir(p) != 0)
            unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    const char *tmp = getenv("TMPDIR");

    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "%s/wj-store-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;

    rm_tree(f->dir);
    free(f);
    return 0;
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *fp = fopen(path, "wb");

    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);
}

/* Read up to cap bytes of path into buf; returns the length. */
static size_t read_file(const char *path, unsigned char *buf, size_t cap)
{
    FILE *fp = fopen(path, "rb");
    size_t n;

    assert_non_null(fp);
    n = fread(buf, 1, cap, fp);
    fclose(fp);
    return n;
}

static int exists(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0;
}

static void sql(const char *path, const char *text)
{
    sqlite3 *db = NULL;

    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

static void test_missing_dir(void **state)
{
    fixture *f = *state;
    char path[400], err[512];
    store *s = (store *)1;

    snprintf(path, sizeof path, "%s/no/such/dir/t.db", f->dir);
    assert_int_equal(store_open(path, &s, err, sizeof err), STORE_EOPEN);
    assert_null(s);
    assert_non_null(strstr(err, path));
    assert_non_null(strstr(err, strerror(ENOENT)));
}

static void test_parent_is_file(void **state)
{
    fixture *f = *state;
    char path[400], err[512];
    store *s = NULL;

    write_file(f->path, "x", 1);
    snprintf(path, sizeof path, "%s/t.db", f->path);
    assert_int_equal(store_open(path, &s, err, sizeof err), STORE_EOPEN);
    assert_null(s);
    assert_non_null(strstr(err, path));
    assert_non_null(strstr(err, strerror(ENOTDIR)));
}

static void test_unwritable_dir(void **state)
{
    fixture *f = *state;
    char dir[320], path[400], err[512];
    store *s = NULL;

    if (geteuid() == 0) {
        /* root ignores mode bits; sysfs refuses file creation even to root. */
        snprintf(path, sizeof path, "/sys/wangjian-test.db");
    } else {
        snprintf(dir, sizeof dir, "%s/ro", f->dir);
        assert_int_equal(mkdir(dir, 0555), 0);
        snprintf(path, sizeof path, "%s/t.db", dir);
    }
    assert_int_equal(store_open(path, &s, err, sizeof err), STORE_EOPEN);
    assert_null(s);
    assert_non_null(strstr(err, path));
    assert_true(strstr(err, strerror(EACCES)) || strstr(err, strerror(EROFS)));
    assert_false(exists(path));
}

static void test_junk_file(void **state)
{
    fixture *f = *state;
    unsigned char junk[8192], after[8192 + 16];
    char wal[320], err[512];
    store *s = NULL;

    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)(i * 131 + 7);
    write_file(f->path, junk, sizeof junk);
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_ECORRUPT);
    assert_null(s);
    assert_non_null(strstr(err, f->path));
    assert_non_null(strstr(err, "not a SQLite database"));
    assert_int_equal(read_file(f->path, after, sizeof after), sizeof junk);
    assert_memory_equal(after, junk, sizeof junk);
    snprintf(wal, sizeof wal, "%s-wal", f->path);
    assert_false(exists(wal));
}

static void test_foreign_db(void **state)
{
    fixture *f = *state;
    unsigned char before[65536], after[65536];
    char err[512];
    size_t n;
    store *s = NULL;

    sql(f->path, "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);"
                 "INSERT INTO customers(name) VALUES('a');");
    n = read_file(f->path, before, sizeof before);
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_ECORRUPT);
    assert_null(s);
    assert_non_null(strstr(err, "not a wangjian"));
    assert_int_equal(read_file(f->path, after, sizeof after), n);
    assert_memory_equal(after, before, n); /* not even switched to WAL */
}

static void test_newer_schema(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
    sql(f->path, "PRAGMA user_version = 99");
    s = NULL;
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_ESCHEMA);
    assert_null(s);
    assert_non_null(strstr(err, "99"));
}

static void test_wal_and_schema(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT count(*) FROM sqlite_master WHERE name IN"
                                        " ('runs','frontier','pages','findings','leads',"
                                        "'prices','registry','pages_fts',"
                                        "'frontier_host_state')",
                                        -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 9);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    assert_int_equal(store_close(s), STORE_OK);
}

static void test_postgres_not_built(void **state)
{
    char err[256];
    store *s = NULL;

    (void)state;
    assert_int_equal(store_open("postgresql://localhost/wj", &s, err, sizeof err), STORE_EOPEN);
    assert_null(s);
    assert_non_null(strstr(err, "PostgreSQL"));
    assert_int_equal(store_open("sqlite:", &s, err, sizeof err), STORE_EINVAL);
    assert_int_equal(store_open(NULL, &s, NULL, 0), STORE_EINVAL);
}

/* The child: open, begin, write plenty (so pages spill into the WAL before
 * commit), then die without committing. */
static void doomed_writer(const char *path)
{
    static char text[4096];
    store *s = NULL;
    char url[64];

    memset(text, 'z', sizeof text - 1);
    if (store_open(path, &s, NULL, 0) != STORE_OK || store_begin(s) != STORE_OK)
        _exit(3);
    for (int i = 0; i < 5000; i++) {
        store_page p = {0};

        snprintf(url, sizeof url, "http://doomed.cn/%d", i);
        p.url = url;
        p.host = "doomed.cn";
        p.etag = text; /* bulk that is not indexed: fast even under ASan */
        if (store_page_put(s, &p, NULL) != STORE_OK ||
            store_frontier_add(s, url, "doomed.cn", 0, 0, NULL) != STORE_OK)
            _exit(4);
    }
    _exit(0);
}

static void test_killed_writer(void **state)
{
    fixture *f = *state;
    char err[512], wal[320];
    struct stat st;
    store *s = NULL;
    store_page p = {0};
    long n = 0;
    int status = 0;
    pid_t pid;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://kept.cn/", "kept.cn", 0, 0, NULL), STORE_OK);
    p.url = "http://kept.cn/";
    p.host = "kept.cn";
    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);

    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0)
        doomed_writer(f->path);
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    /* The uncommitted pages really reached the disk (spilled into the WAL). */
    snprintf(wal, sizeof wal, "%s-wal", f->path);
    assert_int_equal(stat(wal, &st), 0);
    assert_true(st.st_size > 1024 * 1024);

    s = NULL;
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_page_count(s, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(store_frontier_count(s, -1, &n), STORE_OK);
    assert_int_equal(n, 1);
    /* The database is writable again: the dead writer's lock is gone. */
    assert_int_equal(store_frontier_add(s, "http://kept.cn/2", "kept.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
}

/* The child: with files capped at the size they have, a big write must fail
 * with STORE_EIO (the disk-full path).  Exit code 0 means it did. */
static void capped_writer(const char *path)
{
    enum { TEXT = 1 << 20 };
    struct rlimit rl = {256 * 1024, 256 * 1024};
    char *text = malloc(TEXT);
    store *s = NULL;
    store_page p = {0};
    store_result r;

    if (!text)
        _exit(5);
    for (size_t i = 0; i < TEXT - 1; i++) /* incompressible by the pager */
        text[i] = (char)('a' + (i * 2654435761u >> 7) % 26);
    text[TEXT - 1] = '\0';
    signal(SIGXFSZ, SIG_IGN);
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0 || store_open(path, &s, NULL, 0) != STORE_OK)
        _exit(3);
    p.url = "http://big.cn/";
    p.host = "big.cn";
    p.text = text;
    p.text_len = TEXT - 1;
    r = store_page_put(s, &p, NULL);
    _exit(r == STORE_EIO ? 0 : 10 + (int)r);
}

static void test_disk_full(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;
    long n = -1;
    int status = 0;
    pid_t pid;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0)
        capped_writer(f->path);
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    s = NULL;
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_page_count(s, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_close(s), STORE_OK);
}

#define EVIL "x'); DROP TABLE pages; --\"%_\\ \xe9\xab\x98"

/* Page fields no store call hands back are checked from outside. */
static void test_page_fields_verbatim(void **state)
{
    fixture *f = *state;
    static const char *const cols[] = {
        "url",       "host",   "subject", "content_type", "charset",       "title", "text",
        "warc_file", "sha256", "ip",      "etag",         "last_modified", "region"};
    char err[512], q[128];
    store *s = NULL;
    store_page p = {0};
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    p.url = p.host = p.subject = p.content_type = p.charset = p.title = EVIL;
    p.warc_file = p.sha256 = p.ip = p.etag = p.last_modified = p.region = EVIL;
    p.text = EVIL "tail not stored";
    p.text_len = strlen(EVIL);
    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        snprintf(q, sizeof q, "SELECT %s FROM pages", cols[i]);
        assert_int_equal(sqlite3_prepare_v2(db, q, -1, &st, NULL), SQLITE_OK);
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        assert_string_equal((const char *)sqlite3_column_text(st, 0), EVIL);
        sqlite3_finalize(st);
    }
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

enum { RACE_URLS = 400, RACE_WORKERS = 3 };

/* A child leasing from the shared host until it is empty; writes the ids it
 * got to fd.  Exit code 0 on success. */
static void lease_worker(const char *path, int fd)
{
    store *s = NULL;
    store_frontier_item *it;
    size_t n;

    if (store_open(path, &s, NULL, 0) != STORE_OK)
        _exit(3);
    for (;;) {
        if (store_frontier_take(s, "race.cn", 3, &it, &n) != STORE_OK)
            _exit(4);
        if (n == 0)
            break;
        for (size_t i = 0; i < n; i++) {
            if (write(fd, &it[i].id, sizeof it[i].id) != (ssize_t)sizeof it[i].id ||
                store_frontier_finish(s, it[i].id, STORE_URL_DONE) != STORE_OK)
                _exit(5);
        }
        store_frontier_items_free(it, n);
    }
    _exit(store_close(s) == STORE_OK ? 0 : 6);
}

/* Processes leasing from the same host never get the same URL. */
static void test_take_is_atomic(void **state)
{
    fixture *f = *state;
    static unsigned char seen[RACE_URLS + 1];
    char err[512], url[64];
    store *s = NULL;
    int fds[2], status;
    int64_t id;
    long total = 0, n = 0;
    pid_t pids[RACE_WORKERS];

    memset(seen, 0, sizeof seen);
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK);
    for (int i = 0; i < RACE_URLS; i++) {
        snprintf(url, sizeof url, "http://race.cn/%d", i);
        assert_int_equal(store_frontier_add(s, url, "race.cn", 0, 0, NULL), STORE_OK);
    }
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK); /* no connection across fork */
    assert_int_equal(pipe(fds), 0);
    for (int w = 0; w < RACE_WORKERS; w++) {
        pids[w] = fork();
        assert_true(pids[w] >= 0);
        if (pids[w] == 0) {
            close(fds[0]);
            lease_worker(f->path, fds[1]);
        }
    }
    close(fds[1]);
    while (read(fds[0], &id, sizeof id) == (ssize_t)sizeof id) {
        assert_true(id >= 1 && id <= RACE_URLS);
        assert_int_equal(seen[id], 0);
        seen[id] = 1;
        total++;
    }
    close(fds[0]);
    for (int w = 0; w < RACE_WORKERS; w++) {
        assert_int_equal(waitpid(pids[w], &status, 0), pids[w]);
        assert_true(WIFEXITED(status));
        assert_int_equal(WEXITSTATUS(status), 0);
    }
    assert_int_equal(total, RACE_URLS);
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_frontier_count(s, STORE_URL_DONE, &n), STORE_OK);
    assert_int_equal(n, RACE_URLS);
    assert_int_equal(store_close(s), STORE_OK);
}

static int never(void *ud, int64_t page_id, const char *url, const char *content_type,
                 const void *body, size_t body_len, const char *subject, const char *host)
{
    (void)ud, (void)page_id, (void)url, (void)content_type, (void)body, (void)body_len;
    (void)subject, (void)host;
    fail_msg("callback called for a damaged body");
    return 1;
}

/* A stored body that no longer inflates, or claims an absurd size, is
 * STORE_ECORRUPT, not a crash or a huge allocation. */
static void test_damaged_body(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;
    store_page p = {0};

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    p.url = "http://a.cn/";
    p.host = "a.cn";
    p.body = "hello hello hello hello";
    p.body_len = 23;
    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);

    sql(f->path, "UPDATE pages SET body = x'78da00112233'");
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_pages_each(s, never, NULL), STORE_ECORRUPT);
    assert_int_equal(store_page_get(s, "http://a.cn/", never, NULL), STORE_ECORRUPT);
    assert_int_equal(store_close(s), STORE_OK);

    sql(f->path, "UPDATE pages SET body_len = 1099511627776");
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_pages_each(s, never, NULL), STORE_ECORRUPT);
    assert_int_equal(store_close(s), STORE_OK);
}

static void test_close_ok(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;
    store_frontier_item *it = NULL;
    size_t n = 0;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    /* Use many statements, including one iteration stopped early. */
    assert_int_equal(store_frontier_add(s, "http://a.cn/", "a.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_take(s, "a.cn", 1, &it, &n), STORE_OK);
    store_frontier_items_free(it, n);
    assert_int_equal(store_registry_put(s, "c", "n", "s"), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK); /* left open: close rolls back */
    assert_int_equal(store_registry_put(s, "d", "n", "s"), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
}

/* ---- the search index ---- */

/* FTS5's own check of pages_fts's structure (the index keeps no content,
 * so it cannot be compared with pages: the searches below do that). */
static int fts_consistent(const char *path)
{
    sqlite3 *db = NULL;
    int rc;

    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    rc = sqlite3_exec(db, "INSERT INTO pages_fts(pages_fts, rank) VALUES('integrity-check', 1)",
                      NULL, NULL, NULL);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    return rc == SQLITE_OK;
}

static int count_row(void *ud, size_t ncols, const char *const *names, const char *const *vals)
{
    (void)ncols, (void)names, (void)vals;
    ++*(long *)ud;
    return 0;
}

static long hits(store *s, const char *q)
{
    long n = 0;

    assert_int_equal(store_search(s, q, 100, count_row, &n), STORE_OK);
    return n;
}

/* Put a page; with prepare, its text goes through store_text_pack first. */
static void put_page(store *s, const char *url, const char *title, const char *text, int prepare)
{
    store_page p = {0};
    store_blob prep = {0};

    if (prepare)
        assert_int_equal(store_text_pack(s, text, strlen(text), &prep), STORE_OK);
    p.url = url;
    p.host = "fts.cn";
    p.title = title;
    p.text = text;
    p.packed_text = prepare ? &prep : NULL;
    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
    store_blob_free(&prep);
}

static void put_text(store *s, const char *url, const char *title, const char *text)
{
    put_page(s, url, title, text, 0);
}

/* Pages are indexed at COMMIT, updates replace what the index held, a
 * rollback indexes nothing, and a long batch is indexed in parts. */
static void test_fts_follows_pages(void **state)
{
    fixture *f = *state;
    char err[512], url[64], text[64];
    store *s = NULL;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    put_text(s, "http://fts.cn/a", "甲店", "出售高仿名牌包"); /* own transaction */
    assert_int_equal(hits(s, "高仿名"), 1);

    assert_int_equal(store_begin(s), STORE_OK);
    put_text(s, "http://fts.cn/b", "乙店", "正品运动鞋");
    put_text(s, "http://fts.cn/a", "甲店", "已下架的商品"); /* indexed before */
    put_text(s, "http://fts.cn/a", "甲店", "再次上架精仿手表");
    put_text(s, "http://fts.cn/b", "乙店", "正品运动鞋"); /* unchanged, queued */
    put_text(s, "http://fts.cn/c", NULL, NULL);
    put_text(s, "http://fts.cn/c", "丙店", "新品上市");
    assert_int_equal(store_commit(s), STORE_OK);
    assert_true(fts_consistent(f->path));
    assert_int_equal(hits(s, "高仿名"), 0);
    assert_int_equal(hits(s, "已下架"), 0);
    assert_int_equal(hits(s, "精仿手表"), 1);
    assert_int_equal(hits(s, "运动鞋"), 1);
    assert_int_equal(hits(s, "丙店"), 1);

    put_text(s, "http://fts.cn/b", "乙店", "正品运动鞋"); /* unchanged: nothing to do */
    assert_int_equal(store_begin(s), STORE_OK);
    put_text(s, "http://fts.cn/a", "甲店", "回滚的文字");
    put_text(s, "http://fts.cn/d", "丁店", "回滚的新页");
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_true(fts_consistent(f->path));
    assert_int_equal(hits(s, "回滚的"), 0);
    assert_int_equal(hits(s, "精仿手表"), 1);

    /* More pages than the queue holds: indexed in parts within the batch. */
    assert_int_equal(store_begin(s), STORE_OK);
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 1500; i++) {
            snprintf(url, sizeof url, "http://fts.cn/many/%d", i);
            snprintf(text, sizeof text, "批量%d号页面第%d轮", i, round);
            put_text(s, url, "批量", text);
        }
    }
    assert_int_equal(store_commit(s), STORE_OK);
    assert_true(fts_consistent(f->path));
    assert_int_equal(hits(s, "批量7号页面第1轮"), 1);
    assert_int_equal(hits(s, "批量7号页面第0轮"), 0);
    assert_int_equal(store_close(s), STORE_OK);

    /* Search goes through the index: a row written behind its back is not
     * found (so the hits above are the index's). */
    sql(f->path, "INSERT INTO pages(url, host, subject, text) VALUES('x:', 'x', 'x', '未索引的')");
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(hits(s, "未索引的"), 0);
    assert_int_equal(hits(s, "未索"), 0); /* two characters: the index's prefixes */
    assert_int_equal(store_close(s), STORE_OK);
}

static void put_prepared(store *s, const char *url, const char *text)
{
    put_page(s, url, "店", text, 1);
}

/* Every substring of 3..6 characters of text, found by search. */
static void assert_all_found(store *s, const char *text)
{
    const char *c[256];
    size_t n = 0;

    for (const char *p = text; *p && n < 256; p++)
        if (((unsigned char)*p & 0xc0) != 0x80)
            c[n++] = p;
    for (size_t i = 0; i + 3 <= n; i++) {
        for (size_t k = 3; k <= 6 && i + k <= n; k++) {
            char q[64];
            size_t len = (i + k < n ? (size_t)(c[i + k] - c[i]) : strlen(c[i]));
            if (len >= sizeof q)
                continue;
            memcpy(q, c[i], len);
            q[len] = '\0';
            if (hits(s, q) < 1)
                fail_msg("'%s' of '%s' not found", q, text);
        }
    }
}

/* Text prepared on a worker thread (store_text_pack: each distinct trigram
 * once) indexes exactly what the row's text would: every substring is
 * found, an update removes what only the old text had, FTS5's own check
 * passes on a plain connection, and text that cannot be prepared (not
 * UTF-8) is indexed from the row. */
static void test_fts_prepared_text(void **state)
{
    fixture *f = *state;
    static const char *const texts[] = {
        "出售高仿名牌包，高仿名牌包，高仿名牌包，一比一高仿", "Nike耐克AIR MAX 官方旗舰店 nike",
        "表情😀😀好评返现😀", "ab", "", "ABCabcABC 大小写 XyZ", "\xff\xfe\x80不是UTF-8的高仿货"};
    char err[512], url[64];
    store *s = NULL;
    store_page p = {0};
    store_blob prep = {0};

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK);
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        snprintf(url, sizeof url, "http://fts.cn/p/%zu", i);
        put_prepared(s, url, texts[i]);
    }
    assert_int_equal(store_commit(s), STORE_OK);
    for (size_t i = 0; i + 1 < sizeof texts / sizeof *texts; i++)
        assert_all_found(s, texts[i]);
    assert_all_found(s, "不是UTF-8的高仿货"); /* the valid part of the last */
    assert_int_equal(hits(s, "nike耐克air max"), 1); /* ASCII case folded, as LIKE does */
    assert_true(fts_consistent(f->path));

    assert_int_equal(store_begin(s), STORE_OK);
    put_prepared(s, "http://fts.cn/p/0", "已下架的商品");
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(hits(s, "高仿名"), 0);
    assert_all_found(s, "已下架的商品");
    assert_true(fts_consistent(f->path));

    /* prepared for another text than the page's: refused */
    assert_int_equal(store_text_pack(s, "别的文字", strlen("别的文字"), &prep), STORE_OK);
    p.url = "http://fts.cn/x";
    p.host = "fts.cn";
    p.text = "这页的文字";
    p.packed_text = &prep;
    assert_int_equal(store_page_put(s, &p, NULL), STORE_EINVAL);
    store_blob_free(&prep);
    assert_int_equal(store_close(s), STORE_OK);
}

/* The one number query (SELECT count ...) gives on the file at path. */
static long sql_long(const char *path, const char *query)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    long v = -1;

    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, query, -1, &st, NULL), SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    return v;
}

/* Put url with text, payload digest sha256 and rendered; *changed back. */
static int put_version(store *s, const char *text, const char *sha256, int rendered)
{
    int changed = -1;
    store_page p = {.url = "http://fts.cn/v", .host = "fts.cn", .title = "店", .text = text,
                    .sha256 = sha256, .rendered = rendered, .changed = &changed};

    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
    return changed;
}

/* The same payload read differently (a newer parser after an upgrade) is
 * re-indexed but is not a new version: no capture, not "changed", so the
 * first nightly run after an upgrade does not report every page as
 * changed.  A rendered page's text may change with the same payload (its
 * scripts fetch the rest), and a new payload with new text is a change. */
static void test_reparse_same_body(void **state)
{
    fixture *f = *state;
    char err[512];
    const char *a = "aaaa", *b = "bbbb";
    const char *caps = "SELECT count(*) FROM captures WHERE url = 'http://fts.cn/v'";
    store *s = NULL;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(put_version(s, "第一版文字", a, 0), 1);        /* new */
    assert_int_equal(put_version(s, "第一版文字", b, 0), 0);        /* same text */
    assert_int_equal(put_version(s, "新解析的文字", b, 0), 0);      /* same payload */
    assert_int_equal(hits(s, "新解析"), 1);
    assert_int_equal(hits(s, "第一版"), 0);
    assert_int_equal(put_version(s, "脚本加载的文字", b, 1), 1);    /* rendered */
    assert_int_equal(put_version(s, "又一版文字", "cccc", 0), 1);   /* new payload */
    assert_int_equal(put_version(s, "再一版文字", NULL, 0), 1);     /* digest unknown */
    assert_int_equal(put_version(s, "又再一版", "", 0), 1);
    assert_int_equal(store_close(s), STORE_OK);
    assert_true(fts_consistent(f->path));
    assert_int_equal(sql_long(f->path, caps), 5);
}

/* A page whose text repeats itself, changed again and again: its old text
 * is taken out of the index counted as its prepared text was put in (each
 * distinct trigram once).  Counted as plain text instead, FTS5's token
 * totals went below zero and it called the table corrupt after a few
 * hundred changed shop pages (every COMMIT failed from then on). */
static void test_fts_repetitive_text_changes(void **state)
{
    fixture *f = *state;
    char err[512], *text = malloc(64 * 1024);
    static const char *const unit[] = {"高仿名牌包", "售出概不退换", "五星好评返现", "全网最低价"};
    store *s = NULL;

    assert_non_null(text);
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    for (int round = 0; round < 8; round++) {
        size_t n = 0, l = strlen(unit[round % 4]);
        while (n + l + 8 < 64 * 1024) {   /* thousands of trigrams, a handful distinct */
            memcpy(text + n, unit[round % 4], l);
            n += l;
            n += (size_t)snprintf(text + n, 8, "%d", round);
        }
        text[n] = '\0';
        assert_int_equal(store_begin(s), STORE_OK);
        put_prepared(s, "http://fts.cn/same", text);
        put_page(s, "http://fts.cn/plain", "店", text, 0);   /* and one indexed from the row */
        assert_int_equal(store_commit(s), STORE_OK);
    }
    assert_int_equal(hits(s, "全网最低价"), 2);
    assert_int_equal(hits(s, "高仿名牌"), 0);
    assert_true(fts_consistent(f->path));
    assert_int_equal(store_close(s), STORE_OK);
    free(text);
}

/* What schema 3 added, taken away again: a new file made to look like
 * one an older wangjian wrote. */
#define UNDO_V3_SQL SCHEMA_BACK_TO_V2_SQL

/* A schema-2 file keeps its rows; a run a killed crawl left open is
 * closed as interrupted (no crawl could match its seeds to resume it) and
 * its leased rows are queued again for the next crawl of their hosts. */
static void test_schema2_migrated(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    store_frontier_item *it = NULL;
    size_t n = 0;
    int64_t run = 0;
    int resumed = -1;
    const char *hosts[] = {"old.cn"};

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
    sql(f->path, UNDO_V3_SQL
        "INSERT INTO runs(started_at, ended_at, pages, errors) VALUES(100, 200, 3, 0);"
        "INSERT INTO runs(started_at) VALUES(300);"
        "INSERT INTO frontier(url, host, depth, state, added_at)"
        " VALUES('http://old.cn/', 'old.cn', 0, 2, 100), ('http://old.cn/2', 'old.cn', 1, 1, 300);"
        "PRAGMA user_version = 2;");

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_run_open(s, 400, "old.cn", hosts, 1, &run, &resumed), STORE_OK);
    assert_int_equal(resumed, 0);
    assert_int_equal(run, 3);
    assert_int_equal(store_frontier_take(s, "old.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 2);   /* the done row again, and the one left leased */
    store_frontier_items_free(it, n);
    assert_int_equal(store_close(s), STORE_OK);

    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT (SELECT user_version FROM pragma_user_version),"
                                        " (SELECT group_concat(status, ',') FROM runs WHERE"
                                        " id < 3)",
                                        -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 7);
    assert_string_equal((const char *)sqlite3_column_text(st, 1), "finished,interrupted");
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* A schema-1 file (index with positions, kept by triggers) is rebuilt on
 * its first read-write open and keeps every page searchable. */
static void test_schema1_migrated(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
    sql(f->path, UNDO_V3_SQL
        "DROP TABLE pages_fts; DROP TRIGGER pages_fts_ad;"
        "CREATE VIRTUAL TABLE pages_fts USING fts5(title, text, content='pages',"
        " content_rowid='id', tokenize='trigram');"
        "CREATE TRIGGER pages_fts_ai AFTER INSERT ON pages BEGIN"
        " INSERT INTO pages_fts(rowid, title, text) VALUES(new.id, new.title, new.text); END;"
        "CREATE TRIGGER pages_fts_ad AFTER DELETE ON pages BEGIN"
        " INSERT INTO pages_fts(pages_fts, rowid, title, text)"
        " VALUES('delete', old.id, old.title, old.text); END;"
        "CREATE TRIGGER pages_fts_au AFTER UPDATE OF title, text ON pages BEGIN"
        " INSERT INTO pages_fts(pages_fts, rowid, title, text)"
        " VALUES('delete', old.id, old.title, old.text);"
        " INSERT INTO pages_fts(rowid, title, text) VALUES(new.id, new.title, new.text); END;"
        "INSERT INTO pages(url, host, subject, title, text)"
        " VALUES('http://old.cn/1', 'old.cn', 'old.cn', '旧库', '旧版本数据库里的高仿货');"
        "PRAGMA user_version = 1;");
    assert_true(fts_consistent(f->path));

    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(hits(s, "高仿货"), 1);
    put_text(s, "http://old.cn/1", "旧库", "更新后的文字");
    assert_int_equal(hits(s, "高仿货"), 0);
    assert_int_equal(store_close(s), STORE_OK);
    assert_true(fts_consistent(f->path));

    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT (SELECT user_version FROM pragma_user_version),"
                                        " (SELECT count(*) FROM sqlite_master WHERE type ="
                                        " 'trigger'), (SELECT sql LIKE '%detail=none%' FROM"
                                        " sqlite_master WHERE name = 'pages_fts')",
                                        -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 7);
    assert_int_equal(sqlite3_column_int(st, 1), 1); /* only the delete trigger */
    assert_int_equal(sqlite3_column_int(st, 2), 1);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_missing_dir, setup, teardown),
        cmocka_unit_test_setup_teardown(test_parent_is_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unwritable_dir, setup, teardown),
        cmocka_unit_test_setup_teardown(test_junk_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_foreign_db, setup, teardown),
        cmocka_unit_test_setup_teardown(test_newer_schema, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wal_and_schema, setup, teardown),
        cmocka_unit_test_setup_teardown(test_postgres_not_built, setup, teardown),
        cmocka_unit_test_setup_teardown(test_killed_writer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_disk_full, setup, teardown),
        cmocka_unit_test_setup_teardown(test_page_fields_verbatim, setup, teardown),
        cmocka_unit_test_setup_teardown(test_damaged_body, setup, teardown),
        cmocka_unit_test_setup_teardown(test_take_is_atomic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close_ok, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fts_follows_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fts_prepared_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fts_repetitive_text_changes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reparse_same_body, setup, teardown),
        cmocka_unit_test_setup_teardown(test_schema2_migrated, setup, teardown),
        cmocka_unit_test_setup_teardown(test_schema1_migrated, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
