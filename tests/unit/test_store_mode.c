/*
 * test_store_mode.c — store_open_mode: without CREATE a missing or empty
 * file is STORE_ENODB and nothing is created; READONLY writes and creates
 * nothing (no -wal or -shm beside a cleanly closed database), refuses an
 * older schema with STORE_EOLD, refuses writes, and reads alongside an open
 * writer; WRITE upgrades an older schema and store_schema_version says from
 * what to what.
 *
 * sqlite3 is used directly only to age a database (user_version) and to
 * hold a writer's connection open from outside the store.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
    /* a ? and a space in the folder name: the read-only open builds a URI */
    snprintf(f->dir, sizeof f->dir, "%s/wj mode?%%XXXXXX", tmp && *tmp ? tmp : "/tmp");
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

/* Entries in dir (. and .. not counted). */
static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;

    assert_non_null(d);
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static int exists_with(const char *path, const char *suffix)
{
    char p[400];
    struct stat st;

    snprintf(p, sizeof p, "%s%s", path, suffix);
    return stat(p, &st) == 0;
}

/* The whole file, malloc'd; *len its size. */
static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    unsigned char *buf = malloc(1 << 20);

    assert_non_null(fp);
    assert_non_null(buf);
    *len = fread(buf, 1, 1 << 20, fp);
    assert_true(*len < 1 << 20);
    fclose(fp);
    return buf;
}

static void sql(const char *path, const char *text)
{
    sqlite3 *db = NULL;

    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

static void put(store *s, const char *url)
{
    store_page p = {0};

    p.url = url;
    p.host = "ro.cn";
    p.title = "只读";
    p.text = "只读的高仿货页面";
    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
}

/* A database with one page, closed cleanly (no -wal left). */
static void make_db(const fixture *f)
{
    store *s = NULL;

    assert_int_equal(store_open(f->path, &s, NULL, 0), STORE_OK);
    put(s, "http://ro.cn/1");
    assert_int_equal(store_close(s), STORE_OK);
    assert_false(exists_with(f->path, "-wal"));
}

static long pages(store *s)
{
    long n = -1;

    assert_int_equal(store_page_count(s, &n), STORE_OK);
    return n;
}

static void test_missing(void **state)
{
    fixture *f = *state;
    const store_mode modes[] = {STORE_OPEN_WRITE, STORE_OPEN_READONLY};
    char err[512], nodir[400];

    snprintf(nodir, sizeof nodir, "%s/no/such.db", f->dir);
    for (size_t i = 0; i < 2; i++) {
        store *s = (store *)1;

        assert_int_equal(store_open_mode(f->path, modes[i], &s, err, sizeof err), STORE_ENODB);
        assert_null(s);
        assert_non_null(strstr(err, "no database at"));
        assert_non_null(strstr(err, f->path));
        assert_int_equal(store_open_mode(nodir, modes[i], &s, err, sizeof err), STORE_ENODB);
        assert_non_null(strstr(err, nodir));
        assert_int_equal(store_open_mode(f->path, modes[i], &s, NULL, 0), STORE_ENODB);
        assert_int_equal(entries(f->dir), 0);
    }
    assert_int_equal(store_open_mode(f->path, (store_mode)7, &(store *){NULL}, err, sizeof err),
                     STORE_EINVAL);
    assert_int_equal(entries(f->dir), 0);
}

static void test_empty_file(void **state)
{
    fixture *f = *state;
    char err[512];
    store *s = NULL;
    FILE *fp = fopen(f->path, "wb");

    assert_non_null(fp);
    fclose(fp);
    assert_int_equal(store_open_mode(f->path, STORE_OPEN_READONLY, &s, err, sizeof err),
                     STORE_ENODB);
    assert_non_null(strstr(err, "empty"));
    assert_int_equal(store_open_mode(f->path, STORE_OPEN_WRITE, &s, err, sizeof err), STORE_ENODB);
    assert_int_equal(entries(f->dir), 1);
}

/* Read-only: reads work, writes fail, the file keeps its bytes and no
 * other file appears. */
static void test_readonly_writes_nothing(void **state)
{
    fixture *f = *state;
    unsigned char *before, *after;
    size_t n1, n2;
    int found = -1, current = -1;
    store *s = NULL;
    store_page p = {0};

    make_db(f);
    before = slurp(f->path, &n1);
    assert_int_equal(store_open_mode(f->path, STORE_OPEN_READONLY, &s, NULL, 0), STORE_OK);
    assert_int_equal(pages(s), 1);
    assert_int_equal(store_schema_version(s, &found, &current), STORE_OK);
    assert_int_equal(found, current);
    assert_false(exists_with(f->path, "-wal"));
    assert_false(exists_with(f->path, "-shm"));
    p.url = "http://ro.cn/2";
    p.host = "ro.cn";
    assert_int_not_equal(store_page_put(s, &p, NULL), STORE_OK);
    assert_int_not_equal(store_registry_put(s, "x", "y", "z"), STORE_OK);
    assert_int_equal(pages(s), 1);
    assert_int_equal(store_close(s), STORE_OK);
    after = slurp(f->path, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
    assert_int_equal(entries(f->dir), 1);
    free(before);
    free(after);
}

/* A new file made to look like one wangjian 0.1 wrote (schema 2): what
 * schema 3 added taken away again. */
#define AGE_TO_V2_SQL SCHEMA_BACK_TO_V2_SQL "PRAGMA user_version = 2"

/* An older schema: read-only refuses it untouched; WRITE upgrades it and
 * says from which version. */
static void test_old_schema(void **state)
{
    fixture *f = *state;
    unsigned char *before, *after;
    size_t n1, n2;
    char err[512];
    int found = -1, current = -1;
    store *s = NULL;

    make_db(f);
    sql(f->path, AGE_TO_V2_SQL);
    before = slurp(f->path, &n1);
    assert_int_equal(store_open_mode(f->path, STORE_OPEN_READONLY, &s, err, sizeof err),
                     STORE_EOLD);
    assert_null(s);
    assert_non_null(strstr(err, f->path));
    assert_non_null(strstr(err, "version 2"));
    after = slurp(f->path, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
    assert_int_equal(entries(f->dir), 1);

    assert_int_equal(store_open_mode(f->path, STORE_OPEN_WRITE, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_schema_version(s, &found, &current), STORE_OK);
    assert_int_equal(found, 2);
    assert_true(current > 2);
    assert_int_equal(store_close(s), STORE_OK);

    assert_int_equal(store_open_mode(f->path, STORE_OPEN_READONLY, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_schema_version(s, &found, &current), STORE_OK);
    assert_int_equal(found, current);
    assert_int_equal(pages(s), 1);
    assert_int_equal(store_close(s), STORE_OK);
    free(before);
    free(after);
}

/* Beside an open writer (its -wal is there) the read-only handle sees what
 * the writer committed, before and after it opened. */
static void test_readonly_beside_writer(void **state)
{
    fixture *f = *state;
    store *w = NULL, *r = NULL;
    int found = -1, current = -1;

    make_db(f);
    assert_int_equal(store_open(f->path, &w, NULL, 0), STORE_OK);
    put(w, "http://ro.cn/2");
    assert_true(exists_with(f->path, "-wal"));
    assert_int_equal(store_open_mode(f->path, STORE_OPEN_READONLY, &r, NULL, 0), STORE_OK);
    assert_int_equal(pages(r), 2);
    put(w, "http://ro.cn/3");
    assert_int_equal(pages(r), 3);
    assert_int_equal(store_close(r), STORE_OK);
    put(w, "http://ro.cn/4");
    assert_int_equal(pages(w), 4);
    assert_int_equal(store_schema_version(w, &found, &current), STORE_OK);
    assert_int_equal(found, current);
    assert_int_equal(store_close(w), STORE_OK);
    assert_false(exists_with(f->path, "-wal")); /* the writer cleaned up as usual */
}

/* A file created by this open reports found 0. */
static void test_created_version(void **state)
{
    fixture *f = *state;
    store *s = NULL;
    int found = -1, current = -1;

    assert_int_equal(store_open_mode(f->path, STORE_OPEN_CREATE, &s, NULL, 0), STORE_OK);
    assert_int_equal(store_schema_version(s, &found, &current), STORE_OK);
    assert_int_equal(found, 0);
    assert_true(current >= 1);
    assert_int_equal(store_schema_version(NULL, &found, &current), STORE_EINVAL);
    assert_int_equal(store_close(s), STORE_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_missing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_readonly_writes_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_old_schema, setup, teardown),
        cmocka_unit_test_setup_teardown(test_readonly_beside_writer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_created_version, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
