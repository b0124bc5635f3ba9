/*
 * test_robots.c — robots.txt parser/matcher against google/robotstxt's own
 * cases (all 145 allow/deny cases including the GoogleOnly_ ones, path
 * extraction and sitemap parse cases), RFC 9309's examples and the protego
 * cases on which protego and google agree; all read in place from
 * $SHARED/data/robots.  Plus own cases for crawl-delay, sitemaps, limits
 * and the allow-all / disallow-all constructors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crawler/robots.h"

static json_t *load(const char *name)
{
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char path[4096];
    json_error_t jerr;
    snprintf(path, sizeof path, "%s/data/robots/%s", shared, name);
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root)
        printf("NOTE: %s not readable: this external robots suite was NOT run\n", path);
    return root;
}

/* Decode base64 (standard alphabet) into a malloc'd buffer. */
static char *b64decode(const char *s, size_t *outlen)
{
    static const char alpha[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t n = strlen(s), j = 0;
    unsigned v = 0;
    int bits = 0;
    char *out = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        const char *p = strchr(alpha, s[i]);
        if (!p || !s[i])
            continue;
        v = v << 6 | (unsigned)(p - alpha);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[j++] = (char)((v >> bits) & 0xFF);
        }
    }
    *outlen = j;
    return out;
}

/* Run one {robots_txt[_base64], user_agent, url, expected_allowed} case;
 * returns 1 when our verdict matches. */
static int run_case(json_t *c)
{
    json_t *b64 = json_object_get(c, "robots_txt_base64");
    size_t len;
    char *body;
    if (json_is_string(b64)) {
        body = b64decode(json_string_value(b64), &len);
    } else {
        json_t *t = json_object_get(c, "robots_txt");
        len = json_string_length(t);
        body = malloc(len + 1);
        memcpy(body, json_string_value(t), len + 1);
    }
    robots *r = robots_parse(body, len);
    assert_non_null(r);
    char *path = robots_path_of_url(json_string_value(json_object_get(c, "url")));
    int got = robots_allows(r, json_string_value(json_object_get(c, "user_agent")), path);
    int want = json_is_true(json_object_get(c, "expected_allowed"));
    if (got != want)
        printf("MISMATCH %s: ua=%s url=%.80s want %d\n",
               json_string_value(json_object_get(c, "id")),
               json_string_value(json_object_get(c, "user_agent")),
               json_string_value(json_object_get(c, "url")), want);
    free(path);
    free(body);
    robots_free(r);
    return got == want;
}

static void test_google_cases(void **state)
{
    (void)state;
    json_t *root = load("google_robotstxt_cases.json");
    if (!root)
        return;
    size_t i, n = 0, ok = 0, gn = 0, gok = 0;
    json_t *c;
    json_array_foreach(json_object_get(root, "allowed_cases"), i, c) {
        int r = run_case(c);
        if (json_is_true(json_object_get(c, "google_specific"))) {
            gn++;
            gok += (size_t)r;
        } else {
            n++;
            ok += (size_t)r;
        }
    }
    printf("google allow/deny: %zu/%zu RFC cases, %zu/%zu GoogleOnly cases passed\n", ok, n, gok,
           gn);
    assert_int_equal(n + gn, 145);
    assert_int_equal(ok, n);
    assert_int_equal(gok, gn);

    size_t pn = 0, pok = 0;
    json_array_foreach(json_object_get(root, "path_cases"), i, c) {
        char *p = robots_path_of_url(json_string_value(json_object_get(c, "url")));
        const char *want = json_string_value(json_object_get(c, "expected_path_params_query"));
        pn++;
        if (!strcmp(p, want))
            pok++;
        else
            printf("PATH MISMATCH %s: got %s want %s\n",
                   json_string_value(json_object_get(c, "url")), p, want);
        free(p);
    }
    printf("google path extraction: %zu/%zu passed\n", pok, pn);
    assert_int_equal(pok, pn);

    size_t sn = 0;
    json_array_foreach(json_object_get(root, "parse_stat_cases"), i, c) {
        if (strcmp(json_string_value(json_object_get(c, "stat")), "sitemap"))
            continue;
        const char *txt = json_string_value(json_object_get(c, "robots_txt"));
        robots *r = robots_parse(txt, strlen(txt));
        const char *const *urls;
        assert_int_equal(robots_sitemaps(r, &urls), 1);
        assert_string_equal(urls[0], json_string_value(json_object_get(c, "expected")));
        robots_free(r);
        sn++;
    }
    assert_int_equal(sn, 2);
    json_decref(root);
}

static void run_file(const char *name, int only_agreeing)
{
    json_t *root = load(name);
    if (!root)
        return;
    size_t i, n = 0, ok = 0, skipped = 0;
    json_t *c;
    json_array_foreach(json_object_get(root, "cases"), i, c) {
        if (only_agreeing && !json_is_true(json_object_get(c, "agrees_with_google"))) {
            skipped++;
            continue;
        }
        n++;
        ok += (size_t)run_case(c);
    }
    printf("%s: %zu/%zu passed (%zu skipped: protego disagrees with google)\n", name, ok, n,
           skipped);
    assert_true(n > 0);
    assert_int_equal(ok, n);
    json_decref(root);
}

static void test_rfc_examples(void **state)
{
    (void)state;
    run_file("rfc9309_examples.json", 0);
}

static void test_protego_cases(void **state)
{
    (void)state;
    run_file("protego_cases.json", 1);
}

static int allows(const char *txt, const char *ua, const char *path)
{
    robots *r = robots_parse(txt, strlen(txt));
    assert_non_null(r);
    int v = robots_allows(r, ua, path);
    robots_free(r);
    return v;
}

static void test_own_matching(void **state)
{
    (void)state;
    const char *t = "User-agent: *\nDisallow: /private\n\n"
                    "User-agent: wangjian\nDisallow: /shop/*.php$\nAllow: /shop/ok.php\n"
                    "User-agent: other\nDisallow: /\n"
                    "User-agent: WangJian\nDisallow: /cart\n";
    assert_int_equal(allows(t, "wangjian", "/private"), 1); /* specific group only */
    assert_int_equal(allows(t, "wangjian", "/shop/x.php"), 0);
    assert_int_equal(allows(t, "wangjian", "/shop/x.php?a=1"), 1); /* "$" anchors */
    assert_int_equal(allows(t, "wangjian", "/shop/ok.php"), 1);
    assert_int_equal(allows(t, "wangjian", "/cart/1"), 0);          /* merged group */
    assert_int_equal(allows(t, "somebot", "/private/x"), 0);
    assert_int_equal(allows(t, "somebot", "/shop/x.php"), 1);
    /* Allow wins a tie of equal length. */
    assert_int_equal(allows("User-agent: *\nDisallow: /a\nAllow: /a\n", "x", "/a"), 1);
    /* Non-ASCII pattern bytes are percent-encoded, %xx upper-cased. */
    assert_int_equal(allows("User-agent: *\nDisallow: /商品\n", "x", "/%E5%95%86%E5%93%81/1"), 0);
    assert_int_equal(allows("User-agent: *\nDisallow: /a%3cb\n", "x", "/a%3Cb"), 0);
    /* CR-only line ends, BOM, missing colon, comments. */
    assert_int_equal(allows("\xEF\xBB\xBFUser-agent: *\rDisallow /x # c\r", "x", "/x"), 0);
    /* Content beyond the 500 KiB cap is ignored. */
    size_t big = ROBOTS_MAX_BYTES + 100;
    char *buf = malloc(big + 1);
    memset(buf, '\n', big);
    memcpy(buf, "User-agent: *\n", 14);
    memcpy(buf + ROBOTS_MAX_BYTES + 10, "Disallow: /\n", 12);
    buf[big] = '\0';
    assert_int_equal(allows(buf, "x", "/y"), 1);
    memcpy(buf + ROBOTS_MAX_BYTES - 20, "Disallow: /\n", 12);
    assert_int_equal(allows(buf, "x", "/y"), 0);
    free(buf);
}

static void test_delay_and_sitemaps(void **state)
{
    (void)state;
    const char *t = "Sitemap: https://a.com/s1.xml\n"
                    "User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n"
                    "User-agent: wangjian\nUser-agent: b\nCrawl-delay: 10\n"
                    "sitemap: https://a.com/s2.xml.gz\nDisallow: /y\n"
                    "User-agent: nodelay\nDisallow: /z\n"
                    "User-agent: huge\nCrawl-delay: 999999999999\nDisallow: /h\n"
                    "User-agent: bad\nCrawl-delay: soon\n";
    robots *r = robots_parse(t, strlen(t));
    assert_int_equal(robots_crawl_delay(r, "wangjian"), 10000);
    assert_int_equal(robots_crawl_delay(r, "B"), 10000);
    assert_int_equal(robots_crawl_delay(r, "other"), 2500);
    assert_int_equal(robots_crawl_delay(r, "nodelay"), -1);
    assert_int_equal(robots_crawl_delay(r, "huge"), 3600000);
    assert_int_equal(robots_crawl_delay(r, "bad"), -1);
    const char *const *urls;
    assert_int_equal(robots_sitemaps(r, &urls), 2);
    assert_string_equal(urls[0], "https://a.com/s1.xml");
    assert_string_equal(urls[1], "https://a.com/s2.xml.gz");
    robots_free(r);
    robots *e = robots_parse("", 0);
    assert_int_equal(robots_crawl_delay(e, "x"), -1);
    assert_int_equal(robots_sitemaps(e, &urls), 0);
    assert_int_equal(robots_allows(e, "x", "/"), 1);
    robots_free(e);
}

static void test_constructors(void **state)
{
    (void)state;
    robots *a = robots_allow_all(), *d = robots_disallow_all();
    assert_int_equal(robots_allows(a, "x", "/anything"), 1);
    assert_int_equal(robots_allows(d, "x", "/"), 0);
    assert_int_equal(robots_crawl_delay(d, "x"), -1);
    assert_int_equal(robots_allows(NULL, "x", "/"), 1);
    robots *p = robots_parse("User-agent: *\nDisallow: /\n", 26);
    assert_int_equal(robots_allows(p, NULL, NULL), 0); /* NULL ua/path: "*" and "/" */
    assert_int_equal(robots_crawl_delay(p, NULL), -1);
    robots_free(p);
    robots_free(a);
    robots_free(d);
    robots_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_own_matching),
        cmocka_unit_test(test_delay_and_sitemaps),
        cmocka_unit_test(test_constructors),
        cmocka_unit_test(test_google_cases),
        cmocka_unit_test(test_rfc_examples),
        cmocka_unit_test(test_protego_cases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
