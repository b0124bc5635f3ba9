/*
 * test_search_codes.c — search by code: scan_search_codes (which codes a
 * search word reads as, normalised as the parser normalises its signals),
 * store_query_read_codes, and store_search_pages finding a page by a code
 * its text holds only in groups (the code is one of its signals), alone,
 * with other words, excluded, counted, with a snippet.
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

#include "scan/scan.h"
#include "store/store.h"

/* ---- scan_search_codes ---- */

static void reads_as(const char *word, const char *want)
{
    char *got = (char *)"unset";
    assert_int_equal(scan_search_codes(NULL, word, &got), 0);
    if (!want) {
        if (got)
            fail_msg("'%s' reads as '%s', want no code", word, got);
        return;
    }
    if (!got || strcmp(got, want) != 0)
        fail_msg("'%s' reads as '%s', want '%s'", word, got ? got : "(none)", want);
    free(got);
}

static void test_reader(void **state)
{
    (void)state;
    /* USCC: case, full width, dashes and dots between groups */
    reads_as("91430102MAJKG5959L", "uscc\t91430102MAJKG5959L\n");
    reads_as("91430102majkg5959l", "uscc\t91430102MAJKG5959L\n");
    reads_as("９１４３０１０２ＭＡＪＫＧ５９５９Ｌ", "uscc\t91430102MAJKG5959L\n");
    reads_as("9143-0102-MAJK-G595-9L", "uscc\t91430102MAJKG5959L\n");
    reads_as("9143 0102 MAJK G595 9L", "uscc\t91430102MAJKG5959L\n"); /* a phrase */
    /* 18 digits: a USCC or a 公网安备 number */
    reads_as("914301020000000001", "uscc\t914301020000000001\npsb\t914301020000000001\n");
    /* ICP: filing or licence, the -N suffix and 号 not part of it */
    reads_as("浙ICP备2023040506", "icp\t浙ICP备2023040506\n");
    reads_as("浙ICP备2023040506号-1", "icp\t浙ICP备2023040506\n");
    reads_as("浙icp备 2023040506号", "icp\t浙ICP备2023040506\n");
    reads_as("浙ＩＣＰ备２０２３０４０５０６号", "icp\t浙ICP备2023040506\n");
    reads_as("京ICP证030173号", "icp\t京ICP证030173\n");
    /* 公网安备: the digits, with or without the label */
    reads_as("33010602011771", "psb\t33010602011771\n");
    reads_as("浙公网安备33010602011771号", "psb\t33010602011771\n");
    reads_as("３３０１０６０２０１１７７１", "psb\t33010602011771\n");
    /* not codes: ordinary words and fragments cost no lookup */
    reads_as("高仿", NULL);
    reads_as("91430102MAJK", NULL);
    reads_as("91430102MAJKG5959L0", NULL);  /* 19 characters */
    reads_as("ICP备2023040506", NULL);      /* no province */
    reads_as("浙ICP备2023", NULL);          /* too few digits */
    reads_as("浙ICP备2023040506X", NULL);
    reads_as("2023040506号", NULL);         /* 10 digits and a word: no label */
    reads_as("iphone15promax", NULL);
    reads_as("", NULL);
}

/* ---- store_query_read_codes ---- */

static int fail_fn(void *ctx, const char *word, char **codes)
{
    (void)ctx;
    (void)word;
    *codes = NULL;
    return -1;
}

static int quoted_fn(void *ctx, const char *word, char **codes)
{
    (void)ctx;
    *codes = strcmp(word, "odd") == 0 ? strdup("uscc\ta\"b\\c\n") : NULL;
    return strcmp(word, "odd") == 0 && !*codes ? -1 : 0;
}

/* ---- search ---- */

typedef struct {
    long rows;
    char snippets[512];
    char urls[1024];
} found;

static int row(void *ud, size_t n, const char *const *names, const char *const *v)
{
    found *r = ud;
    assert_true(n >= 3);
    (void)names;
    r->rows++;
    strncat(r->urls, v[0], sizeof r->urls - strlen(r->urls) - 2);
    strncat(r->urls, " ", sizeof r->urls - strlen(r->urls) - 1);
    strncat(r->snippets, v[2], sizeof r->snippets - strlen(r->snippets) - 2);
    strncat(r->snippets, "|", sizeof r->snippets - strlen(r->snippets) - 1);
    return 0;
}

static long search(store *s, const char *q, long limit, found *r, store_code_fn fn)
{
    store_query *p = NULL;
    long total = -1;
    memset(r, 0, sizeof *r);
    assert_int_equal(store_query_parse(q, &p, NULL, 0), STORE_OK);
    if (fn)
        assert_int_equal(store_query_read_codes(p, fn, NULL), STORE_OK);
    store_search_opts o = {p, NULL, NULL, 0, 0, limit};
    assert_int_equal(store_search_pages(s, &o, row, r, &total), STORE_OK);
    store_query_free(p);
    return total;
}

static void put(store *s, const char *url, const char *text, const char *kind, const char *code)
{
    store_page p = {0};
    int64_t id = 0;
    p.url = url;
    p.host = "a.cn";
    p.subject = p.host;
    p.status = 200;
    p.title = "店";
    p.text = text;
    p.fetched_at = 1000;
    assert_int_equal(store_page_put(s, &p, &id), STORE_OK);
    store_signal sig[2] = {{"company", "长沙茶叶商行", 0}, {kind, code, 1}};
    assert_int_equal(store_page_signals(s, id, sig, code ? 2 : 1, 1000), STORE_OK);
}

static void test_search(void **state)
{
    char path[64], err[256];
    store *s = NULL;
    found r;
    (void)state;
    snprintf(path, sizeof path, "/tmp/wj-codes-%d.db", (int)getpid());
    unlink(path);
    assert_int_equal(store_open(path, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK);
    put(s, "http://a.cn/whole", "代码 91430102MAJKG5959L 茶叶", "uscc", "91430102MAJKG5959L");
    put(s, "http://a.cn/groups", "代码 9143 0102 MAJK G595 9L 茶叶", "uscc", "91430102MAJKG5959L");
    put(s, "http://a.cn/dash", "代码 9143-0102-MAJK-G595-9L", "uscc", "91430102MAJKG5959L");
    put(s, "http://a.cn/other", "代码 91330106MA2B0C1D2U 茶叶", "uscc", "91330106MA2B0C1D2U");
    put(s, "http://a.cn/icp1", "浙ICP备 2023040506号-1", "icp", "浙ICP备2023040506");
    put(s, "http://a.cn/icp2", "浙ICP备2023040506号-2", "icp", "浙ICP备2023040506");
    put(s, "http://a.cn/none", "茶叶", NULL, NULL);
    assert_int_equal(store_commit(s), STORE_OK);

    /* without codes read: the text search as before */
    assert_int_equal(search(s, "91430102MAJKG5959L", 10, &r, NULL), 1);
    /* with them: every page whose signal is the code, however printed */
    assert_int_equal(search(s, "91430102MAJKG5959L", 10, &r, scan_search_codes), 3);
    assert_non_null(strstr(r.urls, "/groups "));
    assert_non_null(strstr(r.urls, "/dash "));
    assert_null(strstr(r.urls, "/other "));
    assert_non_null(strstr(r.snippets, "91430102MAJKG5959L 茶叶")); /* the text's own match */
    assert_non_null(strstr(r.snippets, "|91430102MAJKG5959L|"));    /* the code read */
    assert_int_equal(search(s, "91430102majkg5959l", 1, &r, scan_search_codes), 3);
    assert_int_equal(r.rows, 1);                                      /* showing 1 of 3 */
    assert_int_equal(search(s, "91430102MAJKG5959L 茶叶", 10, &r, scan_search_codes), 2);
    assert_int_equal(search(s, "茶叶 91430102MAJKG5959L", 10, &r, scan_search_codes), 2);
    assert_int_equal(search(s, "91430102MAJKG5959L NOT 茶叶", 10, &r, scan_search_codes), 1);
    assert_non_null(strstr(r.urls, "/dash "));
    assert_int_equal(search(s, "茶叶 NOT 91430102MAJKG5959L", 10, &r, scan_search_codes), 2);
    assert_int_equal(search(s, "91330106MA2B0C1D2U OR 91430102MAJKG5959L", 10, &r,
                            scan_search_codes), 4);
    assert_int_equal(search(s, "\"9143 0102 MAJK G595 9L\"", 10, &r, scan_search_codes), 3);
    assert_int_equal(search(s, "91430102MAJK", 10, &r, scan_search_codes), 1); /* substring */
    assert_int_equal(search(s, "浙ICP备2023040506", 10, &r, scan_search_codes), 2);
    assert_int_equal(search(s, "浙ICP备2023040506号-2", 10, &r, scan_search_codes), 2);
    assert_int_equal(search(s, "91430102MAJKG59590", 10, &r, scan_search_codes), 0);
    /* a code with JSON's special characters is bound as it is */
    assert_int_equal(search(s, "odd", 10, &r, quoted_fn), 0);

    store_query *p = NULL;
    assert_int_equal(store_query_parse("a b", &p, NULL, 0), STORE_OK);
    assert_int_equal(store_query_read_codes(p, fail_fn, NULL), STORE_ENOMEM);
    assert_int_equal(store_query_read_codes(NULL, scan_search_codes, NULL), STORE_EINVAL);
    store_query_free(p);
    assert_int_equal(store_close(s), STORE_OK);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reader),
        cmocka_unit_test(test_search),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
