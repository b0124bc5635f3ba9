/*
 * parser_parse() from several threads at once (the crawler runs it on the
 * libuv thread pool): after parser_global_init(), four threads parse the
 * same pages (GBK, Big5, UTF-8, a profile page) repeatedly, and every
 * result must equal the single-threaded one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

enum { THREADS = 4, ROUNDS = 25 };

static const char *const PAGES[] = {
    "<meta charset=gbk><title>\xd6\xd0\xce\xc4</title><p>\xd3\xaa\xd2\xb5\xd6\xb4\xd5\xd5 "
    "91330106673959654P</p><p>\xbe\xa9ICP\xb1\xb8" "16017121\xba\xc5</p>",
    "<meta charset=big5><p>\xa4\xa4\xa4\xe5</p><a href=/x>x</a>",
    "<p>统一社会信用代码：91110000600037341L 京公网安备 11010502032345号 现价 ¥99 原价 ¥199</p>",
    "<h1 class=shop-name>店</h1><span class=mall-mark>标</span><p class=price>¥59</p>",
};

typedef struct {
    const parser_profiles *profiles;
    char *expect[sizeof PAGES / sizeof PAGES[0]];
    int failures;
} shared_state;

static char *describe(const parser_page *p)
{
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "%s|%s|%zu|%zu|%zu|%s|%d", p->charset, p->text, p->n_runs,
                     p->n_licenses, p->n_icps, p->shop_name ? p->shop_name : "-", p->mark_present);
    return n > 0 ? strdup(buf) : NULL;
}

static char *parse_once(const shared_state *st, size_t i)
{
    parser_page *p = NULL;
    if (parser_parse(PAGES[i], strlen(PAGES[i]), NULL, "http://mall.wangjian.test/shop/a/",
                     st->profiles, &p) != PARSER_OK)
        return NULL;
    char *d = describe(p);
    parser_page_free(p);
    return d;
}

static void *worker(void *arg)
{
    shared_state *st = arg;
    int bad = 0;
    for (int r = 0; r < ROUNDS; r++)
        for (size_t i = 0; i < sizeof PAGES / sizeof PAGES[0]; i++) {
            char *d = parse_once(st, i);
            bad += !d || strcmp(d, st->expect[i]) != 0;
            free(d);
        }
    return (void *)(intptr_t)bad;
}

static void test_threads(void **state)
{
    (void)state;
    parser_global_init();
    parser_profiles *profiles = NULL;
    const char *top = getenv("TOP");
    char dir[1024], err[256];
    snprintf(dir, sizeof dir, "%s/seeds/platforms", top ? top : ".");
    assert_int_equal(parser_profiles_load(dir, &profiles, err, sizeof err), PARSER_OK);
    shared_state st = {.profiles = profiles};
    for (size_t i = 0; i < sizeof PAGES / sizeof PAGES[0]; i++) {
        st.expect[i] = parse_once(&st, i);
        assert_non_null(st.expect[i]);
    }
    assert_non_null(strstr(st.expect[0], "营业执照"));
    assert_non_null(strstr(st.expect[3], "|店|1"));
    pthread_t t[THREADS];
    for (int k = 0; k < THREADS; k++)
        assert_int_equal(pthread_create(&t[k], NULL, worker, &st), 0);
    int bad = 0;
    for (int k = 0; k < THREADS; k++) {
        void *r;
        pthread_join(t[k], &r);
        bad += (int)(intptr_t)r;
    }
    assert_int_equal(bad, 0);
    for (size_t i = 0; i < sizeof PAGES / sizeof PAGES[0]; i++)
        free(st.expect[i]);
    parser_profiles_free(profiles);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_threads)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
