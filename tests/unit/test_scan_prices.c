/*
 * FAKE_ORIGINAL_PRICE must not depend on the order a crawl fetches pages
 * in (issue #15 point 5).  Two URLs of one platform item (the same item
 * key) show different prices; the crawl path (scan_analyse,
 * scan_check_stored, scan_save, one run) is replayed in every order of the
 * pages, and every order must give the same findings.  Prices from an
 * earlier run do count, so the rule still fires on real history.
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

#include "parser/parser.h"
#include "rules/rules.h"
#include "scan/scan.h"
#include "store/store.h"

enum { DAY = 86400 };
static const int64_t T0 = 1795457100; /* the crawl under test */

/* One item page of the demo platform: item 77, price now, original price
 * orig (<= 0: none shown). */
static char *item_page(int now, int orig)
{
    char *buf = malloc(1024);
    assert_non_null(buf);
    char o[64] = "";
    if (orig > 0)
        snprintf(o, sizeof o, "　原价：<del>¥%d</del>", orig);
    snprintf(buf, 1024,
             "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>枕头</title></head>"
             "<body><div class=\"item\"><h1>天然乳胶枕</h1>"
             "<p class=\"price\">现价：<span class=\"now\">¥%d</span>%s</p>"
             "<p>泰国进口乳胶，透气回弹。</p></div></body></html>",
             now, o);
    return buf;
}

typedef struct {
    const char *url;
    int now, orig;
} page_def;

/* Same item key (demomall:77): the profile's item path allows a query. */
static const page_def PAGES[] = {
    {"http://mall.wangjian.test/item/77.html", 100, 150},
    {"http://mall.wangjian.test/item/77.html?from=shop", 90, 0},
    {"http://mall.wangjian.test/item/77.html?from=search", 95, 140},
};
enum { NPAGES = sizeof PAGES / sizeof PAGES[0] };

typedef struct {
    char dir[256];
    parser_profiles *profiles;
    rules_book *book;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    const char *tmp = getenv("TMPDIR"), *top = getenv("TOP");
    char path[1024], err[256];

    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "%s/wj-prices-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    snprintf(path, sizeof path, "%s/seeds/platforms", top ? top : ".");
    if (!mkdtemp(f->dir) || parser_profiles_load(path, &f->profiles, err, sizeof err) != PARSER_OK) {
        fprintf(stderr, "setup: %s\n", err);
        free(f);
        return -1;
    }
    snprintf(path, sizeof path, "%s/rules/default", top ? top : ".");
    if (rules_load(path, NULL, NULL, &f->book) != RULES_OK) {
        parser_profiles_free(f->profiles);
        free(f);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    rules_free(f->book);
    parser_profiles_free(f->profiles);
    rmdir(f->dir);
    free(f);
    return 0;
}

/* Fetch page d as run `run` did at time t, the way the crawl's storer does;
 * returns how many FAKE_ORIGINAL_PRICE findings it got. */
static int crawl_page(store *s, const fixture *f, const page_def *d, int64_t run, int64_t t)
{
    char *body = item_page(d->now, d->orig);
    parser_page *page = NULL;
    rules_findings found = {0};
    int64_t page_id = 0, hits = 0;

    assert_int_equal(scan_analyse(body, strlen(body), "text/html; charset=utf-8", d->url,
                                  f->profiles, f->book, &page, &found),
                     SCAN_OK);
    assert_int_equal(scan_check_stored(s, f->book, d->url, page, t, run, &found), SCAN_OK);
    for (size_t i = 0; i < found.n; i++)
        hits += strcmp(found.v[i].code, "FAKE_ORIGINAL_PRICE") == 0;
    scan_fetch fx = {.url = d->url, .host = "mall.wangjian.test", .status = 200,
                     .content_type = "text/html", .body = body, .body_len = strlen(body),
                     .fetched_at = t, .run_id = run};
    assert_int_equal(scan_save(s, &fx, page, &found, &page_id), SCAN_OK);
    rules_findings_clear(&found);
    parser_page_free(page);
    free(body);
    return (int)hits;
}

/* A fresh store; with history (its age in seconds, 0: none), an earlier
 * run saw the item at 120 that long before.  Then one run fetches the
 * pages in order[]; returns the findings per page (by page index) as a bit
 * set. */
static unsigned crawl_in_order(const fixture *f, const int *order, int64_t history)
{
    char db[300];
    store *s = NULL;
    int64_t run = 0;
    unsigned flagged = 0;

    snprintf(db, sizeof db, "%s/t.db", f->dir);
    assert_int_equal(store_open(db, &s, NULL, 0), STORE_OK);
    if (history) {
        assert_int_equal(store_run_begin(s, T0 - history, "crawl", &run), STORE_OK);
        assert_int_equal(store_price_put(s, "demomall:77", 0, 120.0, -1, T0 - history, run),
                         STORE_OK);
        store_run_counts rc = {.pages = 1};
        assert_int_equal(store_run_end(s, run, T0 - history, "finished", &rc), STORE_OK);
    }
    assert_int_equal(store_run_begin(s, T0, "crawl", &run), STORE_OK);
    for (int i = 0; i < NPAGES; i++)
        if (crawl_page(s, f, &PAGES[order[i]], run, T0 + i))
            flagged |= 1u << order[i];
    store_run_counts rc = {.pages = NPAGES};
    assert_int_equal(store_run_end(s, run, T0 + NPAGES, "finished", &rc), STORE_OK);
    assert_int_equal(store_close(s), STORE_OK);
    char p[400];
    static const char *const sfx[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", db, sfx[i]);
        unlink(p);
    }
    return flagged;
}

static const int ORDERS[][NPAGES] = {
    {0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0},
};

/* No earlier run: the cheaper prices the crawl itself sees on other URLs
 * of the item are not history, in any order. */
static void test_same_run_prices_do_not_count(void **state)
{
    const fixture *f = *state;
    for (size_t k = 0; k < sizeof ORDERS / sizeof ORDERS[0]; k++)
        assert_int_equal(crawl_in_order(f, ORDERS[k], 0), 0u);
}

/* An earlier run saw 120: the pages showing 150 and 140 as the original
 * price are flagged (120 < both), the one with no original is not, and
 * every order gives the same. */
static void test_earlier_run_counts_in_every_order(void **state)
{
    const fixture *f = *state;
    const unsigned want = (1u << 0) | (1u << 2);
    for (size_t k = 0; k < sizeof ORDERS / sizeof ORDERS[0]; k++)
        assert_int_equal(crawl_in_order(f, ORDERS[k], 2 * DAY), want);
}

/* The window is "less than 7 days before" the capture: a price seen exactly
 * seven days before the first page is outside it, one second later inside.
 * (The first page fetched is at T0; later ones are a second or two later,
 * so the 7-day-old price is older still for them.) */
static void test_seven_days_is_outside(void **state)
{
    const fixture *f = *state;
    const int order[NPAGES] = {0, 1, 2};
    assert_int_equal(crawl_in_order(f, order, 7 * DAY), 0u);
    assert_int_equal(crawl_in_order(f, order, 7 * DAY - 1), 1u << 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_run_prices_do_not_count),
        cmocka_unit_test(test_earlier_run_counts_in_every_order),
        cmocka_unit_test(test_seven_days_is_outside),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
