/*
 * Licence facts taught by corpus6 (wangjian issue #15), each as a class
 * of layout tried on phrasings of its own, and its traps:
 *   - a code written right after the company name with no label
 *     (the name is its label), ASCII or full-width, valid or failing
 *     its check;
 *   - a licence box one field a line: the holder's label on the line above;
 *   - "营业执照：<a>点击查看</a>": the link after a licence label is the
 *     licence display whatever its text; a link to the registry's home page
 *     is not;
 *   - a bracketed (个体工商户) after a name does not make it differ from the
 *     registry's name (through the default rulebook).
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

static const parser_license *find_lic(const parser_page *p, const char *code)
{
    for (size_t i = 0; i < p->n_licenses; i++)
        if (strcmp(p->licenses[i].code, code) == 0)
            return &p->licenses[i];
    return NULL;
}

static size_t visible_licences(const parser_page *p)
{
    size_t k = 0;
    for (size_t i = 0; i < p->n_licenses; i++)
        k += p->licenses[i].visible != 0;
    return k;
}

/* ---- a code labelled by the company name before it ---- */

static void test_named_code(void **state)
{
    (void)state;
    /* a failing code on the line under the name: recorded, check_ok 0 */
    parser_page *p = parse("<footer><span>成都锦江示例茶具有限公司</span><br>"
                           "91510104MA6CQ3XR2J</footer>");
    const parser_license *l = find_lic(p, "91510104MA6CQ3XR2J");
    assert_non_null(l);
    assert_int_equal(l->check_ok, 0);
    assert_int_equal(l->visible, 1);
    assert_string_equal(l->company, "成都锦江示例茶具有限公司");
    parser_page_free(p);

    /* full-width, after a bar; valid */
    p = parse("<div class=lic>广州示例文具有限公司｜９１１１０１０５５４３２３１９４８３</div>");
    l = find_lic(p, "911101055432319483");
    assert_non_null(l);
    assert_int_equal(l->check_ok, 1);
    assert_string_equal(l->company, "广州示例文具有限公司");
    parser_page_free(p);

    /* a 个体工商户 in brackets, a comma, digit groups */
    p = parse("<p>某某县李记粮油店（个体工商户），92 510104 MA6CQ3XR2K</p>");
    l = find_lic(p, "92510104MA6CQ3XR2K");
    assert_non_null(l);
    assert_int_equal(l->visible, 1);
    parser_page_free(p);
}

static void test_named_code_traps(void **state)
{
    (void)state;
    /* numbers that merely follow a name: an identity card (no letter in
     * the body, failing check), a phone, an order number too long, a code
     * shape starting with 0 */
    static const char *const pages[] = {
        "<p>示例电器有限公司 110101199003071235 张先生</p>",
        "<p>示例电器有限公司 400-8123-4567 / 13812345678</p>",
        "<p>示例电器有限公司 订单 2023120112345678901234</p>",
        "<p>示例电器有限公司 91370212MA3F8KQ1889</p>",
        "<p>示例电器有限公司 0137021MA3F8KQ1880</p>",
        "<p>示例电器工作室<br>SN: AB1234567890CDEFGH</p>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        parser_page *p = parse(pages[i]);
        if (visible_licences(p) != 0)
            fail_msg("'%s': took %s as a licence", pages[i], p->licenses[0].code);
        parser_page_free(p);
    }
}

/* ---- the holder's label on the line above ---- */

static void test_holder_above(void **state)
{
    (void)state;
    parser_page *p = parse("<div class=box>经营者：宁波市海曙区小林面馆<br>"
                           "统一社会信用代码：92330203MA2H4R1X82</div>"
                           "<div class=foot><p>宁波示例商城网络有限公司 统一社会信用代码 "
                           "91330100MA27WJ011R</p></div>");
    const parser_license *l = find_lic(p, "92330203MA2H4R1X82");
    assert_non_null(l);
    assert_string_equal(l->company, "宁波市海曙区小林面馆");
    l = find_lic(p, "91330100MA27WJ011R");
    assert_non_null(l);
    assert_string_equal(l->company, "宁波示例商城网络有限公司");
    parser_page_free(p);

    /* trap: a person's name above (a 经营者 that is not an organisation)
     * is no company name */
    p = parse("<div>经营者：王芳<br>统一社会信用代码：92330203MA2H4R1X82</div>");
    l = find_lic(p, "92330203MA2H4R1X82");
    assert_non_null(l);
    assert_true(l->company == NULL || strcmp(l->company, "王芳") != 0);
    parser_page_free(p);
}

/* ---- licence links ---- */

static void test_licence_lead_link(void **state)
{
    (void)state;
    static const char *const shown[] = {
        "<p>营业执照：<a href='/about/cert.html'>点击查看</a></p>",
        "<p>營業執照: <a href='/img/1.jpg'>查看</a></p>",
        "<dl><dt>证照信息</dt><dd><a href='/p/9'>详情</a></dd></dl>",
    };
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++) {
        parser_page *p = parse(shown[i]);
        if (!p->license_display.link)
            fail_msg("'%s': no licence link", shown[i]);
        parser_page_free(p);
    }
    static const char *const not_shown[] = {
        /* the registry's home page in a list of partner sites */
        "<div>合作伙伴 <a href='https://www.gsxt.gov.cn/'>国家企业信用信息公示系统</a></div>",
        "<a href='http://gsxt.gov.cn'>公示系统</a>",
        /* a sentence ending in 营业执照, then an unrelated link */
        "<p>请向商家索取营业执照 <a href='/help'>帮助中心</a></p>",
        /* a label with a link, but hidden */
        "<p style='display:none'>营业执照：<a href='/lic'>查看</a></p>",
    };
    for (size_t i = 0; i < sizeof not_shown / sizeof not_shown[0]; i++) {
        parser_page *p = parse(not_shown[i]);
        if (p->license_display.link)
            fail_msg("'%s': counted as a licence link", not_shown[i]);
        parser_page_free(p);
    }
    /* a link into the registry (an entry) still counts */
    parser_page *p = parse("<a href='https://www.gsxt.gov.cn/corp-query-entprise-info-x.html'>"
                           "工商信息</a>");
    assert_true(p->license_display.link);
    parser_page_free(p);
}

/* ---- (个体工商户) and the registry's name ---- */

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

static void test_form_bracket(void **state)
{
    (void)state;
    const char *d = getenv("WANGJIAN_RULES_DIR");
    rules_book *book = NULL;
    assert_int_equal(rules_load(d && *d ? d : "rules/default", diag_fail, NULL, &book), RULES_OK);
    const reg plain = {"92330203MA2H4R1X82", "宁波市海曙区小林面馆"};
    const reg braced = {"92330203MA2H4R1X82", "宁波市海曙区小林面馆（个体工商户）"};
    const char *page_braced = "<p>寧波市海曙區小林麵館(個體工商戶) 統一社會信用代碼：92330203MA2H4R1X82</p>";
    const char *page_plain = "<p>名称：宁波市海曙区小林面馆 统一社会信用代码：92330203MA2H4R1X82</p>";
    assert_false(mismatch(book, page_braced, &plain));
    assert_false(mismatch(book, page_plain, &braced));
    assert_false(mismatch(book, page_braced, &braced));
    /* trap: another name, bracket or not, still differs */
    const reg other = {"92330203MA2H4R1X82", "宁波市海曙区大林面馆（个体工商户）"};
    assert_true(mismatch(book, page_braced, &other));
    assert_true(mismatch(book, page_plain, &other));
    rules_free(book);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_named_code),
        cmocka_unit_test(test_named_code_traps),
        cmocka_unit_test(test_holder_above),
        cmocka_unit_test(test_licence_lead_link),
        cmocka_unit_test(test_form_bracket),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
