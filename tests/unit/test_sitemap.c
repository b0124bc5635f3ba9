/*
 * test_sitemap.c — sitemap parsing: urlset, sitemapindex, namespaces,
 * CDATA and entities, gzip (single and multi-member), caps on URL count,
 * URL length and decompressed size, plain-text sitemaps, hostile XML
 * (external entities, broken documents) and wrong roots.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "crawler/sitemap.h"

static sitemap *parse_ok(const char *xml, size_t max)
{
    sitemap *s = NULL;
    assert_int_equal(sitemap_parse(xml, strlen(xml), max, &s), SITEMAP_OK);
    assert_non_null(s);
    return s;
}

static void test_urlset(void **state)
{
    (void)state;
    const char *xml =
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        "  <url><loc>https://shop.example/</loc><lastmod>2024-01-01</lastmod></url>\n"
        "  <url><loc>\n   https://shop.example/item?id=1&amp;c=2\n  </loc></url>\n"
        "  <url><loc><![CDATA[https://shop.example/商品]]></loc></url>\n"
        "  <url><loc></loc></url><url><loc/></url>\n"
        "  <url><image:loc xmlns:image=\"x\">https://img.example/a.jpg</image:loc></url>\n"
        "</urlset>\n";
    sitemap *s = parse_ok(xml, 0);
    assert_int_equal(s->is_index, 0);
    assert_int_equal(s->truncated, 0);
    assert_int_equal(s->malformed, 0);
    /* image:loc has local name "loc" as well: a crawler can use it too. */
    assert_int_equal(s->n_urls, 4);
    assert_string_equal(s->urls[0], "https://shop.example/");
    assert_string_equal(s->urls[1], "https://shop.example/item?id=1&c=2");
    assert_string_equal(s->urls[2], "https://shop.example/商品");
    assert_string_equal(s->urls[3], "https://img.example/a.jpg");
    sitemap_free(s);
}

static void test_index(void **state)
{
    (void)state;
    const char *xml = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                      "<sitemap><loc>https://a.example/s1.xml.gz</loc></sitemap>"
                      "<sitemap><loc>https://a.example/s2.xml</loc></sitemap></sitemapindex>";
    sitemap *s = parse_ok(xml, 0);
    assert_int_equal(s->is_index, 1);
    assert_int_equal(s->n_urls, 2);
    assert_string_equal(s->urls[1], "https://a.example/s2.xml");
    sitemap_free(s);
}

static char *gz(const char *in, size_t len, size_t *outlen)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    size_t cap = len / 2 + 1024;
    char *out = malloc(cap);
    assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (Bytef *)(uintptr_t)in;
    z.avail_in = (uInt)len;
    z.next_out = (Bytef *)out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *outlen = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

static void test_gzip(void **state)
{
    (void)state;
    const char *a = "<urlset><url><loc>http://a.example/1</loc></url>";
    const char *b = "<url><loc>http://a.example/2</loc></url></urlset>";
    size_t la, lb;
    char *ga = gz(a, strlen(a), &la), *gb = gz(b, strlen(b), &lb);
    char *both = malloc(la + lb);
    memcpy(both, ga, la);
    memcpy(both + la, gb, lb);
    sitemap *s = NULL;
    assert_int_equal(sitemap_parse(both, la + lb, 0, &s), SITEMAP_OK);
    assert_int_equal(s->n_urls, 2);
    assert_string_equal(s->urls[1], "http://a.example/2");
    sitemap_free(s);
    /* Corrupt and truncated gzip. */
    both[la / 2] ^= 0x55;
    assert_int_equal(sitemap_parse(both, la + lb, 0, &s), SITEMAP_EGZIP);
    assert_int_equal(sitemap_parse(gb, lb - 5, 0, &s), SITEMAP_EGZIP);
    assert_null(s);
    free(ga);
    free(gb);
    free(both);
}

static void test_gzip_bomb(void **state)
{
    (void)state;
    size_t n = SITEMAP_MAX_BYTES + 4096, glen;
    char *big = malloc(n);
    memset(big, ' ', n);
    memcpy(big, "<urlset>", 8);
    char *g = gz(big, n, &glen);
    assert_true(glen < 200000); /* a small download that inflates past the cap */
    sitemap *s = NULL;
    assert_int_equal(sitemap_parse(g, glen, 0, &s), SITEMAP_ETOOBIG);
    assert_null(s);
    free(g);
    free(big);
}

static void test_caps(void **state)
{
    (void)state;
    size_t cap = 64 * 100 + 64, n = 0;
    char *xml = malloc(cap);
    n += (size_t)snprintf(xml + n, cap - n, "<urlset>");
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(xml + n, cap - n, "<url><loc>http://a/%d</loc></url>", i);
    snprintf(xml + n, cap - n, "</urlset>");
    sitemap *s = parse_ok(xml, 10);
    assert_int_equal(s->n_urls, 10);
    assert_int_equal(s->truncated, 1);
    assert_string_equal(s->urls[9], "http://a/9");
    sitemap_free(s);
    free(xml);

    size_t big = SITEMAP_MAX_URL_LEN + 100;
    xml = malloc(big + 100);
    n = (size_t)snprintf(xml, 100, "<urlset><url><loc>http://a/");
    memset(xml + n, 'x', big);
    snprintf(xml + n + big, 100, "</loc></url><url><loc>http://b/</loc></url></urlset>");
    s = parse_ok(xml, 0);
    assert_int_equal(s->n_urls, 1); /* the overlong one is skipped */
    assert_string_equal(s->urls[0], "http://b/");
    sitemap_free(s);
    free(xml);
}

static void test_hostile(void **state)
{
    (void)state;
    /* External entity: must not be read (no file content, no network). */
    const char *xxe = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                      "<urlset><url><loc>http://a/&x;</loc></url></urlset>";
    sitemap *s = parse_ok(xxe, 0);
    for (size_t i = 0; i < s->n_urls; i++)
        assert_null(strstr(s->urls[i], "root:"));
    sitemap_free(s);
    /* Entity expansion bomb: libxml2's limits stop it; no crash, no blowup. */
    const char *lol = "<?xml version=\"1.0\"?><!DOCTYPE urlset ["
                      "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                      "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                      "<urlset><url><loc>http://a/&e;</loc></url></urlset>";
    sitemap_result rc = sitemap_parse(lol, strlen(lol), 0, &s);
    if (rc == SITEMAP_OK) {
        for (size_t i = 0; i < s->n_urls; i++)
            assert_true(strlen(s->urls[i]) <= SITEMAP_MAX_URL_LEN);
        sitemap_free(s);
    }
    /* Broken document: keep what came before the break. */
    s = parse_ok("<urlset><url><loc>http://a/1</loc></url><url><loc>http://a/2</lo", 0);
    assert_int_equal(s->malformed, 1);
    assert_true(s->n_urls >= 1);
    assert_string_equal(s->urls[0], "http://a/1");
    sitemap_free(s);
    /* Not a sitemap. */
    const char *html = "<html><body><a href=\"http://x/\">x</a></body></html>";
    assert_int_equal(sitemap_parse(html, strlen(html), 0, &s), SITEMAP_EPARSE);
    assert_int_equal(sitemap_parse("", 0, 0, &s), SITEMAP_EPARSE);
    assert_int_equal(sitemap_parse("just words\n", 11, 0, &s), SITEMAP_EPARSE);
    assert_null(s);
    sitemap_free(NULL);
    assert_string_equal(sitemap_strerror(SITEMAP_ETOOBIG), "sitemap too large");
}

static void test_text(void **state)
{
    (void)state;
    const char *txt = "https://a.example/1\r\n\n  http://a.example/2  \nftp://no/\n# comment\n"
                      "https://a.example/3";
    sitemap *s = parse_ok(txt, 0);
    assert_int_equal(s->n_urls, 3);
    assert_string_equal(s->urls[0], "https://a.example/1");
    assert_string_equal(s->urls[1], "http://a.example/2");
    assert_string_equal(s->urls[2], "https://a.example/3");
    sitemap_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_urlset),     cmocka_unit_test(test_index),
        cmocka_unit_test(test_gzip),       cmocka_unit_test(test_gzip_bomb),
        cmocka_unit_test(test_caps),       cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
