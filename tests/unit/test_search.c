/*
 * test_search.c — store_query_parse (AND, OR, NOT, phrases, errors), and
 * search with the rules' normaliser: traditional, full-width and 1-2
 * character queries, the snippet from the original text, showing N of M,
 * and a schema-5 database (old lower()-only index) migrated and rebuilt
 * without FTS5 ever reporting the index malformed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "rules/rules.h"
#include "store/store.h"

/* ---- the parser ---- */

static void parses_as(const char *q, const char *want)
{
    store_query *p = NULL;
    char err[128], got[512];

    assert_int_equal(store_query_parse(q, &p, err, sizeof err), STORE_OK);
    store_query_describe(p, got, sizeof got);
    assert_string_equal(got, want);
    store_query_free(p);
}

static void fails_with(const char *q, const char *words)
{
    store_query *p = NULL;
    char err[128];

    assert_int_equal(store_query_parse(q, &p, err, sizeof err), STORE_EINVAL);
    assert_null(p);
    if (!strstr(err, words))
        fail_msg("query '%s': error '%s' lacks '%s'", q, err, words);
}

static void test_parse(void **state)
{
    (void)state;
    parses_as("高仿", "[高仿]");
    parses_as("  七天 无理由 ", "[七天] AND [无理由]");
    parses_as("a OR b c", "[a] OR [b] AND [c]");
    parses_as("a OR b OR c NOT d", "[a] OR [b] OR [c] AND NOT [d]");
    parses_as("NOT x y", "NOT [x] AND [y]");
    parses_as("\"七天 无理由\"", "[七天 无理由]");
    parses_as("\"OR\" \"NOT\"", "[OR] AND [NOT]");
    parses_as("or not", "[or] AND [not]");  /* operators are capitals only */
    parses_as("专柜\xe3\x80\x80正品", "[专柜] AND [正品]"); /* ideographic space */
    parses_as("a\"b c\"d", "[ab cd]");
    parses_as("x", "[x]");
}

static void test_parse_errors(void **state)
{
    (void)state;
    fails_with("", "empty");
    fails_with("   ", "empty");
    fails_with("NOT", "NOT must be followed");
    fails_with("a NOT", "NOT must be followed");
    fails_with("NOT OR", "NOT must be followed");
    fails_with("OR a", "OR must stand between");
    fails_with("a OR", "OR must stand between");
    fails_with("a OR OR b", "OR must stand between");
    fails_with("a OR NOT b", "OR must stand between");
    fails_with("NOT a OR b", "cannot be joined with OR");
    fails_with("\"a b", "unclosed quote");
    fails_with("a \"\"", "empty phrase");
    fails_with("NOT a NOT b", "only excluded");
    char many[400] = "";
    for (int i = 0; i < 65; i++)
        strncat(many, "w ", sizeof many - strlen(many) - 1);
    fails_with(many, "at most 64");
}

/* ---- search with the rules' normaliser ---- */

typedef struct {
    char path[300];
    rules_normaliser *norm;
} fixture;

static int norm_fn(void *ctx, const char *in, size_t len, char **out, size_t *out_len,
                   size_t **map)
{
    return rules_normaliser_apply(ctx, in, len, out, out_len, map) == RULES_OK ? 0 : -1;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->path, sizeof f->path, "/tmp/wj-search-%d.db", (int)getpid());
    if (rules_normaliser_new(&f->norm) != RULES_OK)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char p[320];
    unlink(f->path);
    snprintf(p, sizeof p, "%s-wal", f->path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", f->path);
    unlink(p);
    rules_normaliser_free(f->norm);
    free(f);
    return 0;
}

static void put(store *s, const char *url, const char *title, const char *text, int prepare)
{
    store_page p = {0};
    store_blob prep = {0};
    if (prepare)
        assert_int_equal(store_text_pack(s, text, strlen(text), &prep), STORE_OK);
    p.url = url;
    p.host = strstr(url, "b.cn") ? "b.cn" : "a.cn";
    p.subject = p.host;
    p.status = 200;
    p.title = title;
    p.text = text;
    p.fetched_at = 1000;
    p.packed_text = prepare ? &prep : NULL;
    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
    store_blob_free(&prep);
}

typedef struct {
    long rows;
    char first_snippet[256];
    char urls[1024];
} found;

static int row(void *ud, size_t n, const char *const *names, const char *const *v)
{
    found *r = ud;
    assert_true(n >= 3);
    assert_string_equal(names[2], "snippet");
    if (!r->rows++)
        snprintf(r->first_snippet, sizeof r->first_snippet, "%s", v[2]);
    strncat(r->urls, v[0], sizeof r->urls - strlen(r->urls) - 2);
    strncat(r->urls, " ", sizeof r->urls - strlen(r->urls) - 1);
    return 0;
}

/* Pages matching q (total), the first limit handed out in r. */
static long search(store *s, const char *q, long limit, found *r, const char *host)
{
    store_query *p = NULL;
    long total = -1;
    memset(r, 0, sizeof *r);
    assert_int_equal(store_query_parse(q, &p, NULL, 0), STORE_OK);
    store_search_opts o = {p, host, NULL, 0, 0, limit};
    assert_int_equal(store_search_pages(s, &o, row, r, &total), STORE_OK);
    store_query_free(p);
    return total;
}

static int fts_ok(const char *path)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    int rc = sqlite3_exec(db, "INSERT INTO pages_fts(pages_fts, rank) VALUES('integrity-check', 1)",
                          NULL, NULL, NULL);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

static void fill(store *s)
{
    assert_int_equal(store_begin(s), STORE_OK);
    put(s, "http://a.cn/1", "名牌包", "本店出售高倣名牌包，專櫃正品，七天 无理由退货", 1);
    put(s, "http://a.cn/2", "运动鞋", "正品运动鞋，支持ＩＣＰ备案查询 Ａ货", 0);
    put(s, "http://b.cn/3", "手表", "瑞士手表 高 * 仿 特价 ab", 1);
    put(s, "http://b.cn/4", "普通", "完全无关的内容", 0);
    assert_int_equal(store_commit(s), STORE_OK);
}

static void check_searches(store *s)
{
    found r;
    assert_int_equal(search(s, "高仿", 10, &r, NULL), 2);     /* 高倣 and 高 * 仿 */
    assert_non_null(strstr(r.first_snippet, "高倣"));         /* the page's own text */
    assert_int_equal(search(s, "高倣", 10, &r, NULL), 2);
    assert_int_equal(search(s, "专柜", 10, &r, NULL), 1);
    assert_non_null(strstr(r.first_snippet, "專櫃"));
    assert_int_equal(search(s, "Ａ货", 10, &r, NULL), 1);
    assert_int_equal(search(s, "icp", 10, &r, NULL), 1);
    assert_non_null(strstr(r.first_snippet, "ＩＣＰ"));
    assert_int_equal(search(s, "七天 无理由", 10, &r, NULL), 1);
    assert_int_equal(search(s, "\"七天 无理由\"", 10, &r, NULL), 1);
    assert_int_equal(search(s, "正品 NOT 运动鞋", 10, &r, NULL), 1);
    assert_int_equal(search(s, "手表 OR 名牌包", 10, &r, NULL), 2);
    assert_int_equal(search(s, "手表 OR 名牌包", 1, &r, NULL), 2); /* showing 1 of 2 */
    assert_int_equal(r.rows, 1);
    assert_int_equal(search(s, "正品", 10, &r, "a.cn"), 2);
    assert_int_equal(search(s, "正品", 10, &r, "b.cn"), 0);
    /* one and two characters, the last ones of a text too */
    assert_int_equal(search(s, "仿", 10, &r, NULL), 2);
    assert_int_equal(search(s, "ab", 10, &r, NULL), 1);
    assert_int_equal(search(s, "b", 10, &r, NULL), 1);
    assert_int_equal(search(s, "容", 10, &r, NULL), 1);
    assert_int_equal(search(s, "普通", 10, &r, NULL), 1);        /* title only */
    assert_int_equal(search(s, "不存在", 10, &r, NULL), 0);
}

static void test_normalised_search(void **state)
{
    fixture *f = *state;
    store *s = NULL;
    char err[256];
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_set_normaliser(s, norm_fn, f->norm, rules_normaliser_id(f->norm)),
                     STORE_OK);
    fill(s);
    check_searches(s);
    /* changed pages are deleted from the index with the tokens they added */
    put(s, "http://a.cn/1", "名牌包", "已下架", 1);
    put(s, "http://b.cn/3", "手表", "已下架", 0);
    found r;
    assert_int_equal(search(s, "高仿", 10, &r, NULL), 0);
    assert_int_equal(store_close(s), STORE_OK);
    assert_true(fts_ok(f->path));
}

/* A schema-5 file: the old index (lower() of title and text, no prefix
 * indexes), pages in it; migrated, rebuilt with the normaliser, searched,
 * changed: FTS5 never finds the index malformed. */
static void test_v5_migrated(void **state)
{
    fixture *f = *state;
    store *s = NULL;
    sqlite3 *db = NULL;
    char err[256];
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
        "DROP INDEX pages_subject_region;"
        "DROP TABLE run_subjects; DROP TABLE keyword_hits; DROP TABLE signals;"
        "DROP TABLE search_index; DROP TRIGGER pages_fts_ad; DROP TABLE pages_fts;"
        "CREATE VIRTUAL TABLE pages_fts USING fts5(title, text, content='',"
        " tokenize='trigram case_sensitive 1', detail=none);"
        "CREATE TRIGGER pages_fts_ad AFTER DELETE ON pages BEGIN"
        " INSERT INTO pages_fts(pages_fts, rowid, title, text)"
        " VALUES('delete', old.id, lower(old.title), lower(old.text)); END;"
        "INSERT INTO pages(url, host, subject, title, text, fetched_at) VALUES"
        " ('http://a.cn/1', 'a.cn', 'a.cn', '名牌包', '本店出售高倣名牌包，專櫃正品', 1000),"
        " ('http://b.cn/4', 'b.cn', 'b.cn', '普通', '完全无关的内容', 1000);"
        "INSERT INTO pages_fts(rowid, title, text) SELECT id, lower(title), lower(text) FROM pages;"
        "PRAGMA user_version = 5;", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_true(fts_ok(f->path));

    /* read-only before the rebuild: an older schema is refused */
    assert_int_equal(store_open_mode(f->path, STORE_OPEN_READONLY, &s, err, sizeof err),
                     STORE_EOLD);
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    found r;
    assert_int_equal(search(s, "高倣", 10, &r, NULL), 1); /* emptied index: a scan */
    assert_int_equal(store_set_normaliser(s, norm_fn, f->norm, rules_normaliser_id(f->norm)),
                     STORE_OK); /* rebuilt */
    assert_int_equal(search(s, "专柜", 10, &r, NULL), 1);
    put(s, "http://a.cn/1", "名牌包", "已下架", 1);
    assert_int_equal(search(s, "高仿", 10, &r, NULL), 0);
    fill(s);
    check_searches(s);
    assert_int_equal(store_close(s), STORE_OK);
    assert_true(fts_ok(f->path));

    /* a program without the normaliser writes: the index is rebuilt its way */
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    put(s, "http://b.cn/4", "普通", "新的内容 HELLO", 0);
    assert_int_equal(search(s, "hello", 10, &r, NULL), 1);
    assert_int_equal(store_close(s), STORE_OK);
    assert_true(fts_ok(f->path));
    assert_int_equal(store_open(f->path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_set_normaliser(s, norm_fn, f->norm, rules_normaliser_id(f->norm)),
                     STORE_OK);
    check_searches(s);
    assert_int_equal(store_close(s), STORE_OK);
    assert_true(fts_ok(f->path));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test_setup_teardown(test_normalised_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_v5_migrated, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
