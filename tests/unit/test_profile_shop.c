/* Which shop a platform page belongs to: the profile's [platform]
 * shop_path (group 1 of a regex on the path, for every page of a shop the
 * URL names) and a page kind's shop_id_xpath (item pages, whose URL does
 * not name the shop), and the lead subject scan builds from them. */
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
#include "scan/scan.h"

static parser_page *parse_with(const char *html, const char *url, const parser_profiles *pr)
{
    parser_page *p = NULL;
    assert_int_equal(parser_parse(html, strlen(html), "text/html; charset=utf-8", url, pr, &p),
                     PARSER_OK);
    return p;
}

static parser_profiles *demomall(void)
{
    char dir[1024], err[256];
    const char *top = getenv("TOP");
    snprintf(dir, sizeof dir, "%s/seeds/platforms", top ? top : ".");
    parser_profiles *pr = NULL;
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_OK);
    return pr;
}

/* shop id and subject of html served at url; expect_id NULL: none. */
static void expect_shop(const parser_profiles *pr, const char *html, const char *url,
                        const char *expect_id, const char *expect_subject, int platform_shop)
{
    parser_page *p = parse_with(html, url, pr);
    if (expect_id)
        assert_string_equal(p->shop_id, expect_id);
    else
        assert_null(p->shop_id);
    char *s = scan_subject("mall.wangjian.test", p);
    assert_string_equal(s, expect_subject);
    assert_int_equal(scan_platform_shop(p), platform_shop);
    free(s);
    parser_page_free(p);
}

static void test_demomall_shops(void **state)
{
    (void)state;
    parser_profiles *pr = demomall();
    const char *plain = "<html><body><p>店铺</p></body></html>";
    /* a shop's home, and its other pages under /shop/ID/ (no page kind) */
    expect_shop(pr, plain, "http://mall.wangjian.test/shop/s100/", "s100",
                "mall.wangjian.test/shop/s100", 1);
    expect_shop(pr, plain, "http://mall.wangjian.test/shop/s100/about.html?tab=2", "s100",
                "mall.wangjian.test/shop/s100", 1);
    /* the demo profile does not name an item's shop (see demomall.ini):
     * an item is a shop's page, but its subject is the platform's host */
    expect_shop(pr, "<div class='item' data-item-id='6001' data-shop-id='102'>录音笔</div>",
                "http://mall.wangjian.test/item/6001.html", NULL, "mall.wangjian.test", 1);
    /* the platform's own pages belong to no shop */
    expect_shop(pr, plain, "http://mall.wangjian.test/", NULL, "mall.wangjian.test", 0);
    expect_shop(pr, plain, "http://mall.wangjian.test/shopping/guide.html", NULL,
                "mall.wangjian.test", 0);
    parser_profiles_free(pr);
}

static void write_profile(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* The profile text in dir/p.ini fails to load with a message containing want. */
static void expect_refused(const char *dir, const char *path, const char *text, const char *want)
{
    char err[256];
    parser_profiles *pr = NULL;
    write_profile(path, text);
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_null(pr);
    assert_non_null(strstr(err, want));
}

/* A platform whose shops live elsewhere than /shop/: the profile says
 * where, and nothing in the code assumes the demo's layout. */
static void test_other_layout(void **state)
{
    (void)state;
    char dir[] = "/tmp/wj_shop_XXXXXX", path[256], err[256];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/p.ini", dir);
    write_profile(path, "[platform]\nname = other\nhosts = other.test\n"
                        "shop_path = ^/store-([0-9]+)\\.html\n"
                        "[item]\npath = ^/p/([0-9]+)$\nitem_id = 1\n"
                        "shop_id_xpath = substring-after(//a[@class='enter']/@href, '/store-')\n"
                        "[search]\npath = ^/s\\?\nshop_id_xpath = //*[@data-shop-id]/@data-shop-id\n");
    parser_profiles *pr = NULL;
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_OK);
    parser_page *p = parse_with("<p>店</p>", "http://other.test/store-88.html", pr);
    assert_string_equal(p->shop_id, "88");
    parser_page_free(p);
    /* the XPath's string is the id only when it is one: "9.html" is not */
    p = parse_with("<a class='enter' href='/store-9.html'>进店</a>", "http://other.test/p/5", pr);
    assert_null(p->shop_id);
    parser_page_free(p);
    p = parse_with("<a class='enter' href='/store-9'>进店</a>", "http://other.test/p/5", pr);
    assert_string_equal(p->shop_id, "9");
    char *s = scan_subject("other.test", p);
    assert_string_equal(s, "other.test/shop/9");
    free(s);
    parser_page_free(p);
    /* an attribute's value; a value that is no id (a URL, spaces, too long) is not taken */
    static const char *const not_ids[] = {"<div data-shop-id='http://x.test/shop/1'>x</div>",
                                          "<div data-shop-id='10 2'>x</div>", NULL};
    p = parse_with("<div data-shop-id='s-102_a'>x</div>", "http://other.test/s?q=1", pr);
    assert_string_equal(p->shop_id, "s-102_a");
    parser_page_free(p);
    for (size_t i = 0; not_ids[i]; i++) {
        p = parse_with(not_ids[i], "http://other.test/s?q=1", pr);
        assert_null(p->shop_id);
        parser_page_free(p);
    }
    char longid[200];
    snprintf(longid, sizeof longid, "<div data-shop-id='%065d'>x</div>", 1);
    p = parse_with(longid, "http://other.test/s?q=1", pr);
    assert_null(p->shop_id);
    parser_page_free(p);
    /* a URL under the demo's /shop/ names no shop on this platform */
    p = parse_with("<p>店</p>", "http://other.test/shop/1/", pr);
    assert_null(p->shop_id);
    parser_page_free(p);
    parser_profiles_free(pr);

    /* bad keys are refused with file:line; with two bad lines, the
     * message is the first line's */
    expect_refused(dir, path, "[platform]\nname = other\nhosts = other.test\nshop_path = ^/store\n",
                   "p.ini:4: shop_path '^/store' has no group for the shop id");
    expect_refused(dir, path, "[platform]\nname = other\nhosts = other.test\n[item]\n"
                              "shop_id_xpath = //a[\n", "p.ini:5: invalid XPath");
    expect_refused(dir, path, "[platform]\nname = other\nhosts = other.test\nshop_pat = x\n"
                              "[item]\ncolour = red\n", "p.ini:4: unknown key 'shop_pat'");
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_demomall_shops),
        cmocka_unit_test(test_other_layout),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
