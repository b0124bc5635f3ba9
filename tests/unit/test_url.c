/*
 * test_url.c — crawler_url_resolve / crawler_url_host against the WHATWG
 * URL test suite (web-platform-tests urltestdata.json, read in place from
 * $SHARED/data/url) and hand-written canonicalisation cases.
 *
 * Which suite cases apply: every case whose input and base are C strings
 * (17 cases contain U+0000 and are skipped: a C string cannot carry it).
 *   - expected http:/https: result -> our result must equal the expected
 *     href with the fragment removed and %xx hex upper-cased (the
 *     canonical form's two additions to WHATWG's serialisation);
 *   - expected failure, or a result with any other scheme (file:, data:,
 *     non-special, javascript: ...) -> we must return NULL, since the
 *     crawler only follows http(s).
 * Required pass rate: 98% of the http(s) results (240/242 pass; the two
 * misses are a host with "!$&'()*+,;=" that libcurl refuses and "%e2%98%83"
 * = U+2603, which IDNA2008 disallows) and 100% of the NULL expectations.
 * toascii.json: 82% (73/87 pass; libidn2's IDNA2008 rules differ from
 * UTS #46 on symbols, hyphens in non-ASCII labels and U+1E9E).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crawler/crawler.h"

static char *canonical_expected(const char *href)
{
    char *s = strdup(href);
    char *hash = strchr(s, '#');
    if (hash)
        *hash = '\0';
    for (char *p = s; *p; p++)
        if (p[0] == '%' && isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])) {
            p[1] = (char)toupper((unsigned char)p[1]);
            p[2] = (char)toupper((unsigned char)p[2]);
        }
    return s;
}

static int has_nul(json_t *v)
{
    return json_is_string(v) && strlen(json_string_value(v)) != json_string_length(v);
}

static void test_wpt_suite(void **state)
{
    (void)state;
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char path[4096];
    snprintf(path, sizeof path, "%s/data/url/urltestdata.json", shared);
    json_error_t jerr;
    json_t *root = json_load_file(path, JSON_ALLOW_NUL, &jerr);
    if (!root) {
        printf("NOTE: %s not readable: the WHATWG URL suite was NOT run\n", path);
        return;
    }
    size_t i, http_n = 0, http_ok = 0, null_n = 0, null_ok = 0, skipped = 0;
    json_t *c;
    json_array_foreach(root, i, c) {
        if (!json_is_object(c))
            continue;
        json_t *in = json_object_get(c, "input"), *base = json_object_get(c, "base");
        if (has_nul(in) || has_nul(base)) {
            skipped++;
            continue;
        }
        const char *proto = json_string_value(json_object_get(c, "protocol"));
        int failure = json_is_true(json_object_get(c, "failure"));
        int http = !failure && proto && (!strcmp(proto, "http:") || !strcmp(proto, "https:"));
        char *got = crawler_url_resolve(json_string_value(base), json_string_value(in));
        if (http) {
            char *want = canonical_expected(json_string_value(json_object_get(c, "href")));
            http_n++;
            if (got && !strcmp(got, want))
                http_ok++;
            else
                printf("MISMATCH input=<%s> base=<%s> want=<%s> got=<%s>\n",
                       json_string_value(in), json_string_value(base), want,
                       got ? got : "(null)");
            free(want);
        } else {
            null_n++;
            if (!got)
                null_ok++;
            else
                printf("EXPECTED NULL input=<%s> base=<%s> got=<%s>\n", json_string_value(in),
                       json_string_value(base), got);
        }
        free(got);
    }
    json_decref(root);
    printf("URL suite: %zu applicable, %zu passed (http(s) results %zu/%zu, "
           "failure or non-http %zu/%zu; %zu skipped for U+0000)\n",
           http_n + null_n, http_ok + null_ok, http_ok, http_n, null_ok, null_n, skipped);
    assert_true(http_n > 200);
    assert_true(http_ok * 100 >= http_n * 98);
    assert_int_equal(null_ok, null_n);
}

/* WPT toascii.json: host -> ASCII (IDNA, UTS #46) or failure, checked as
 * "https://HOST/x".  libidn2 implements IDNA2008 + TR46 mapping, which is
 * stricter than UTS #46 in places (symbols, hyphen rules, bidi), so the
 * requirement is a pass rate, reported with the mismatches. */
static void test_wpt_toascii(void **state)
{
    (void)state;
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char path[4096], url[1024], want[1024];
    snprintf(path, sizeof path, "%s/data/url/toascii.json", shared);
    json_error_t jerr;
    json_t *root = json_load_file(path, JSON_ALLOW_NUL, &jerr), *c;
    if (!root) {
        printf("NOTE: %s not readable: the WHATWG toascii suite was NOT run\n", path);
        return;
    }
    size_t i, n = 0, ok = 0;
    json_array_foreach(root, i, c) {
        json_t *in = json_object_get(c, "input"), *out = json_object_get(c, "output");
        if (!json_is_string(in) || has_nul(in))
            continue;
        snprintf(url, sizeof url, "https://%s/x", json_string_value(in));
        if (json_is_string(out))
            snprintf(want, sizeof want, "https://%s/x", json_string_value(out));
        char *got = crawler_url_resolve(NULL, url);
        int pass = json_is_string(out) ? got && !strcmp(got, want) : got == NULL;
        n++;
        ok += (size_t)pass;
        if (!pass)
            printf("TOASCII MISMATCH <%s>: want %s got %s\n", json_string_value(in),
                   json_is_string(out) ? want : "(failure)", got ? got : "(null)");
        free(got);
    }
    json_decref(root);
    printf("toascii suite: %zu applicable, %zu passed\n", n, ok);
    assert_true(n > 80);
    assert_true(ok * 100 >= n * 82);
}

typedef struct {
    const char *base, *href, *want; /* want NULL = must fail */
} rcase;

static const rcase cases[] = {
    {"http://a.com/b/c", "d", "http://a.com/b/d"},
    {"http://a.com/b/c", "../d?x=1#frag", "http://a.com/d?x=1"},
    {"http://a.com/b/c", "#only", "http://a.com/b/c"},
    {"http://a.com/b/c?q", "", "http://a.com/b/c?q"},
    {"http://a.com/b/c?q", "?", "http://a.com/b/c?"},
    {"https://a.com/", "//B.Example.COM:443", "https://b.example.com/"},
    {"http://a.com/", "HTTP://A.COM:80/x", "http://a.com/x"},
    {"http://a.com/", "http://a.com:8080", "http://a.com:8080/"},
    {"http://a.com/", "http://a.com:0080/", "http://a.com/"},
    {"http://a.com/", "  \t http://a.com/x\ny \x01", "http://a.com/xy"},
    {"http://a.com/", "\\\\evil.com\\p\\q?x=\\", "http://evil.com/p/q?x=\\"},
    {"http://a.com/", "/a/./b/../c/%2e%2E/d", "http://a.com/a/d"},
    {"http://a.com/", "/%7e%2fx%3A?%aa", "http://a.com/%7E%2Fx%3A?%AA"},
    {"http://a.com/", "/a b<c>?d e'f", "http://a.com/a%20b%3Cc%3E?d%20e%27f"},
    {"http://a.com/", "/商品?q=手机", "http://a.com/%E5%95%86%E5%93%81?q=%E6%89%8B%E6%9C%BA"},
    {"http://a.com/", "http://例子.中国/", "http://xn--fsqu00a.xn--fiqs8s/"},
    {"http://a.com/", "http://例子。中国/", "http://xn--fsqu00a.xn--fiqs8s/"},
    {"http://a.com/", "http://ＥＸＡＭＰＬＥ.com/", "http://example.com/"},
    {"http://a.com/", "http://0x7f.1/", "http://127.0.0.1/"},
    {"http://a.com/", "http://[0:0:0::1]:8080/", "http://[::1]:8080/"},
    {"http://a.com/", "http://1.2.3.4.5/", NULL},
    {"http://a.com/", "http://a.09/", NULL},
    {"http://a.com/", "http://a b/", NULL},
    {"http://a.com/", "http://a.com:65536/", NULL},
    {"http://a.com/", "http://user@/", NULL},
    {"http://a.com/", "mailto:x@y.z", NULL},
    {"http://a.com/", "javascript:void(0)", NULL},
    {"http://a.com/", "ftp://a.com/", NULL},
    {"http://a.com/", "data:text/html,hi", NULL},
    {"ftp://a.com/", "x", NULL},
    {NULL, "/relative", NULL},
    {NULL, "https://a.com", "https://a.com/"},
    {"http://a.com/x", "https:b.com/c", "https://b.com/c"},
    {"http://a.com/x/y", "http:z", "http://a.com/x/z"},
    {"http://a.com/", "http://u:p@a.com/", "http://u:p@a.com/"},
};

static void test_handwritten(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = crawler_url_resolve(cases[i].base, cases[i].href);
        if (!cases[i].want) {
            if (got)
                fail_msg("case %zu <%s>: want NULL, got %s", i, cases[i].href, got);
        } else {
            if (!got || strcmp(got, cases[i].want))
                fail_msg("case %zu <%s>: want %s, got %s", i, cases[i].href, cases[i].want,
                         got ? got : "(null)");
        }
        free(got);
    }
}

static void test_limits(void **state)
{
    (void)state;
    size_t n = 9000;
    char *big = malloc(n + 1);
    memcpy(big, "http://a.com/", 13);
    memset(big + 13, 'a', n - 13);
    big[n] = '\0';
    assert_null(crawler_url_resolve(NULL, big));
    big[8000] = '\0';
    char *ok = crawler_url_resolve(NULL, big);
    assert_non_null(ok);
    assert_int_equal(strlen(ok), 8000);
    free(ok);
    /* Percent-encoding triples the size: a result longer than any input
     * could be is refused, so every canonical URL can be read back (the
     * URL fuzzer found the round trip broken when outputs grew to 24 KB). */
    memset(big + 13, ' ', 8000 - 13);
    big[7999] = 'x';
    assert_null(crawler_url_resolve(NULL, big));
    big[13 + 2000] = 'x';
    big[13 + 2001] = '\0';
    ok = crawler_url_resolve(NULL, big);
    assert_non_null(ok);
    assert_int_equal(strlen(ok), 13 + 3 * 2000 + 1);
    char *again = crawler_url_resolve(NULL, ok);
    assert_non_null(again);
    assert_string_equal(again, ok);
    free(again);
    free(ok);
    free(big);
    assert_null(crawler_url_resolve("http://a.com/", NULL));
}

static void test_host(void **state)
{
    (void)state;
    char *h = crawler_url_host("http://Shop.Example.COM:8080/x?y");
    assert_string_equal(h, "shop.example.com");
    free(h);
    h = crawler_url_host("https://[::1]/");
    assert_string_equal(h, "[::1]");
    free(h);
    assert_null(crawler_url_host("not a url"));
    assert_null(crawler_url_host(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_handwritten),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_host),
        cmocka_unit_test(test_wpt_suite),
        cmocka_unit_test(test_wpt_toascii),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
