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
    /* an item names its shop in the page, not in its URL */
    expect_shop(pr, "<div class='item' data-item-id='6001' data-shop-id='102'>录音笔</div>",
                "http://mall.wangjian.test/item/6001.html", "102", "mall.wangjian.test/shop/102", 1);
    /* an item whose shop the page does not say is still a shop's page,
     * but its subject can only be the platform's host */
    expect_shop(pr, plain, "http://mall.wangjian.test/item/6001.html", NULL, "mall.wangjian.test", 1);
    /* a value that is no id (a URL, spaces, too long) is not taken */
    expect_shop(pr, "<div data-shop-id='http://x.test/shop/1'>x</div>",
                "http://mall.wangjian.test/item/7.html", NULL, "mall.wangjian.test", 1);
    expect_shop(pr, "<div data-shop-id='10 2'>x</div>", "http://mall.wangjian.test/item/7.html",
                NULL, "mall.wangjian.test", 1);
    char longid[200];
    snprintf(longid, sizeof longid, "<div data-shop-id='%065d'>x</div>", 1);
    expect_shop(pr, longid, "http://mall.wangjian.test/item/7.html", NULL, "mall.wangjian.test", 1);
    /* the platform's own pages belong to no shop */
    expect_shop(pr, plain, "http://mall.wangjian.test/", NULL, "mall.wangjian.test", 0);
    expect_shop(pr, plain, "http://mall.wangjian.test/shopping/guide.html", NULL,
                "mall.wangjian.test", 0);
    parser_profiles_free(pr);
}

/* A platform whose shops live elsewhere than /shop/: the profile says
 * where, and nothing in the code assumes the demo's layout. */
static void test_other_layout(void **state)
{
    (void)state;
    char dir[] = "/tmp/wj_shop_XXXXXX", path[256], err[256];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/p.ini", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("[platform]\nname = other\nhosts = other.test\n"
          "shop_path = ^/store-([0-9]+)\\.html\n"
          "[item]\npath = ^/p/([0-9]+)$\nitem_id = 1\n"
          "shop_id_xpath = substring-after(//a[@class='enter']/@href, '/store-')\n",
          f);
    fclose(f);
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
    /* a URL under the demo's /shop/ names no shop on this platform */
    p = parse_with("<p>店</p>", "http://other.test/shop/1/", pr);
    assert_null(p->shop_id);
    parser_page_free(p);
    parser_profiles_free(pr);

    /* bad keys are refused with file:line */
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("[platform]\nname = other\nhosts = other.test\nshop_path = ^/store\n", f);
    fclose(f);
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "p.ini:4:"));
    assert_non_null(strstr(err, "no group for the shop id"));
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("[platform]\nname = other\nhosts = other.test\n[item]\nshop_id_xpath = //a[\n", f);
    fclose(f);
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "p.ini:5: invalid XPath"));
    /* with two bad lines, the message is the first line's */
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("[platform]\nname = other\nhosts = other.test\nshop_pat = x\n[item]\ncolour = red\n", f);
    fclose(f);
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "p.ini:4: unknown key 'shop_pat'"));
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
