/*
 * Fact classes taught by corpus7 (wangjian issue #15), each tried on
 * phrasings of its own, with its traps:
 *   - an ICP number printed in digit groups (a year first, then the rest,
 *     up to three groups), with a space before 号, is one number;
 *   - a licence shown only as a link into the electronic licence
 *     (zzlz.gsxt.gov.cn ...serial=CODE): the company named around the
 *     link's anchor is what the registry's name for CODE must match; a
 *     link alone in its box takes no name from another block (a
 *     platform's footer).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"
#include "rules/rules.h"

static parser_page *parse(const char *html)
{
    parser_page *p = NULL;
    assert_int_equal(parser_parse(html, strlen(html), "text/html; charset=utf-8",
                                  "http://shop.example.test/", NULL, &p),
                     PARSER_OK);
    return p;
}

/* ---- ICP numbers in digit groups ---- */

static void test_icp_groups(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        /* a year, then six digits, a space before 号 */
        {"<p>闽ICP备 2020 051234 号</p>", "1"},
        {"<p>鄂ICP备2019 045718 号-3</p>", "1"},
        /* three groups making ten digits */
        {"<p>川ICP备 2021 05 1234号</p>", "1"},
        /* full-width digits, ideographic spaces */
        {"<p>皖ICP备２０１８　３３０１２２　号</p>", "1"},
        /* nine or eleven digits in all: malformed, still recorded */
        {"<p>湘ICP备 2021 03815 号</p>", "0"},
        {"<p>豫ICP备 2021 0381 45678号</p>", "0"},
        /* no 号 or suffix after the groups: the first group alone */
        {"<p>陕ICP备 2020 051234 联系电话</p>", "0"},
        /* a line break is no group space */
        {"<p>闽ICP备 2020<br>051234 号</p>", "0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page *p = parse(cases[i][0]);
        if (p->n_icps != 1)
            fail_msg("%s: %zu numbers", cases[i][0], p->n_icps);
        if (p->icps[0].well_formed != (cases[i][1][0] == '1'))
            fail_msg("%s: well_formed %d", cases[i][0], p->icps[0].well_formed);
        parser_page_free(p);
    }
    /* a whole number followed by a year is not joined to it */
    parser_page *p = parse("<p>赣ICP备20190457 2024 号</p>");
    assert_true(p->icps[0].well_formed);
    assert_non_null(strstr(p->icps[0].number, "20190457"));
    assert_null(strstr(p->icps[0].number, "2024"));
    parser_page_free(p);
}

/* ---- the holder of an electronic-licence link ---- */

#define EZZ(code) \
    "<a href=\"https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=" code \
    "-SAIC_SHOW_10000091100000000123&amp;signData=MEUC\">"

static void test_ezz_holder(void **state)
{
    (void)state;
    /* the name in the link's own line */
    parser_page *p = parse("<footer><p>版权所有 深圳市南岭灯饰有限公司 · " EZZ("91440104MA02EFGH71")
                           "查看电子亮照</a></p></footer>");
    assert_string_equal(p->license_display.ezz_serial,
                        "91440104MA02EFGH71-SAIC_SHOW_10000091100000000123");
    assert_non_null(p->license_display.ezz_company);
    assert_string_equal(p->license_display.ezz_company, "深圳市南岭灯饰有限公司");
    assert_int_equal(p->license_display.ezz_len, strlen("查看电子亮照"));
    assert_memory_equal(p->text + p->license_display.ezz_off, "查看电子亮照",
                        strlen("查看电子亮照"));
    parser_page_free(p);
    /* a labelled holder on the line above */
    p = parse("<div><p>经营者名称：武汉楚天户外用品有限公司</p><p>" EZZ("91110105MA01ABCD5F")
              "营业执照电子版</a></p></div>");
    assert_non_null(p->license_display.ezz_company);
    assert_string_equal(p->license_display.ezz_company, "武汉楚天户外用品有限公司");
    parser_page_free(p);
    /* trap: a link alone in a shop's box takes no name from the footer */
    p = parse("<div class=\"box\">" EZZ("91110105MA01ABCD5F") "电子营业执照</a></div>"
              "<div class=\"foot\"><p>某某网络科技有限公司 提供技术支持</p></div>");
    assert_null(p->license_display.ezz_company);
    parser_page_free(p);
    /* trap: an image link has no anchor in the visible text */
    p = parse("<p>某某商贸有限公司</p><p>" EZZ("91110105MA01ABCD5F")
              "<img src=\"/lz.png\" alt=\"电子亮照\"></a></p>");
    assert_null(p->license_display.ezz_company);
    parser_page_free(p);
}

/* ---- through the default rulebook ---- */

typedef struct {
    const char *code, *name;
} reg;

static int lookup(void *ud, const char *code, char *name, size_t nl, char *status, size_t sl)
{
    const reg *r = ud;
    if (strcmp(code, r->code) != 0)
        return 0;
    snprintf(name, nl, "%s", r->name);
    snprintf(status, sl, "%s", "存续");
    return 1;
}

static void diag_fail(void *ud, const char *file, int line, const char *msg)
{
    (void)ud;
    fail_msg("unexpected diagnostic %s:%d: %s", file, line, msg);
}

static int mismatch(rules_book *book, const char *html, const reg *r)
{
    parser_page *p = parse(html);
    rules_context ctx = {.registry_lookup = lookup, .ud = (void *)r};
    rules_findings f = {0};
    assert_int_equal(rules_check_page(book, p, &ctx, &f), RULES_OK);
    int found = 0;
    for (size_t i = 0; i < f.n; i++)
        found |= !strcmp(f.v[i].code, "LICENSE_MISMATCH");
    rules_findings_clear(&f);
    parser_page_free(p);
    return found;
}

static void test_ezz_mismatch(void **state)
{
    (void)state;
    const char *d = getenv("WANGJIAN_RULES_DIR");
    rules_book *book = NULL;
    assert_int_equal(rules_load(d && *d ? d : "rules/default", diag_fail, NULL, &book), RULES_OK);
    const char *page = "<p>广州市越秀区云帆文具有限公司 | " EZZ("91440104MA02EFGH71") "亮照</a></p>";
    const reg own = {"91440104MA02EFGH71", "广州市越秀区云帆文具有限公司"};
    const reg other = {"91440104MA02EFGH71", "佛山市禅城区远航陶瓷有限公司"};
    const reg unknown = {"91110105MA01ABCD5F", "佛山市禅城区远航陶瓷有限公司"};
    assert_true(mismatch(book, page, &other));
    /* traps: the serial registered to the named company; a serial the
     * registry does not hold (the link's own page would say) */
    assert_false(mismatch(book, page, &own));
    assert_false(mismatch(book, page, &unknown));
    /* trap: a link alone in its box, another company in the footer */
    const char *alone = "<div>" EZZ("91440104MA02EFGH71") "亮照</a></div>"
                        "<div><p>佛山市禅城区远航陶瓷有限公司 技术支持</p></div>";
    assert_false(mismatch(book, alone, &other));
    rules_free(book);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_icp_groups),
        cmocka_unit_test(test_ezz_holder),
        cmocka_unit_test(test_ezz_mismatch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
