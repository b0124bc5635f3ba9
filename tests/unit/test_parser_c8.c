/*
 * Fact classes taught by the corpus6 holdouts and the img-attribute
 * misses of corpus7 (wangjian issue #15), each tried on phrasings of its
 * own, with its traps:
 *   - a licence label written in mixed script (注冊號, 统一社會信用代码:
 *     a template converted in part) labels its code as either script does;
 *   - a company name on a line that holds a code of its own (a platform's
 *     footer, a designer's credit) is that code's holder, never the name
 *     another code is judged against.
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

static parser_page *parse(const char *html)
{
    parser_page *p = NULL;
    assert_int_equal(parser_parse(html, strlen(html), "text/html; charset=utf-8",
                                  "http://shop.example.test/", NULL, &p),
                     PARSER_OK);
    return p;
}

static const parser_license *visible_code(const parser_page *p, const char *code)
{
    for (size_t i = 0; i < p->n_licenses; i++)
        if (p->licenses[i].visible && !strcmp(p->licenses[i].code, code))
            return &p->licenses[i];
    return NULL;
}

/* ---- licence labels in mixed script ---- */

static void test_mixed_script_labels(void **state)
{
    (void)state;
    static const char *const cases[][3] = {
        /* a 15-digit number is read only after a label: its script mixed */
        {"<p>註册号：440304600123450</p>", "440304600123450", "1"},
        {"<p>经营者 深圳市南山区小满文具店　注冊號 440304600123459</p>", "440304600123459", "1"},
        {"<p>工商註冊号：350203200612344</p>", "350203200612344", "1"},
        {"<p>執照编號：440304600123459</p>", "440304600123459", "1"},
        /* an 18-character code failing its check: read only when labelled */
        {"<p>统一社會信用代码：92440304MA5F1K2L4C</p>", "92440304MA5F1K2L4C", "1"},
        {"<p>統一社会信用代碼　92440304MA5F1K2L4C</p>", "92440304MA5F1K2L4C", "1"},
        /* traps: the script folded, still no licence label */
        {"<p>註冊會員：440304600123459</p>", "440304600123459", "0"},
        {"<p>訂單號：440304600123459</p>", "440304600123459", "0"},
        {"<p>會員編號：92440304MA5F1K2L4C</p>", "92440304MA5F1K2L4C", "0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page *p = parse(cases[i][0]);
        int want = cases[i][2][0] == '1';
        if ((visible_code(p, cases[i][1]) != NULL) != want)
            fail_msg("%s: read %d, want %d", cases[i][0], !want, want);
        parser_page_free(p);
    }
}

/* ---- a name on a line with a code of its own ---- */

static void test_name_of_other_code(void **state)
{
    (void)state;
    /* a shop's trade name no name-ending marks, a platform footer below */
    parser_page *p = parse("<div>深圳市南山区晓晓数码 92440304MA5F1K2L4B</div><p>购物车</p>"
                           "<p>杭州某某网络科技有限公司 统一社会信用代码 91330106MA2H7Q3B4P</p>");
    const parser_license *l = visible_code(p, "92440304MA5F1K2L4B");
    assert_non_null(l);
    assert_null(l->company);
    l = visible_code(p, "91330106MA2H7Q3B4P");
    assert_non_null(l);
    assert_non_null(l->company);
    assert_string_equal(l->company, "杭州某某网络科技有限公司");
    parser_page_free(p);
    /* the same above: a second shop in a list */
    p = parse("<p>厦门某某茶业有限公司 91330106MA2H7Q3B4P</p><p>本周推荐</p>"
              "<p>统一社会信用代码：92350203MA8N4P6R1G</p>");
    l = visible_code(p, "92350203MA8N4P6R1G");
    assert_non_null(l);
    assert_null(l->company);
    parser_page_free(p);
    /* a name on its own line above the code still names it */
    p = parse("<p>厦门鹭岛茶业有限公司</p><p>统一社会信用代码：92350203MA8N4P6R1G</p>"
              "<p>技术支持：杭州某某网络科技有限公司 统一社会信用代码 91330106MA2H7Q3B4P</p>");
    l = visible_code(p, "92350203MA8N4P6R1G");
    assert_non_null(l);
    assert_non_null(l->company);
    assert_string_equal(l->company, "厦门鹭岛茶业有限公司");
    parser_page_free(p);
    /* a name below, in a line with no code, still names it */
    p = parse("<p>统一社会信用代码：92350203MA8N4P6R1G</p><p>运营：厦门鹭岛茶业有限公司</p>");
    l = visible_code(p, "92350203MA8N4P6R1G");
    assert_non_null(l);
    assert_non_null(l->company);
    assert_string_equal(l->company, "厦门鹭岛茶业有限公司");
    parser_page_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mixed_script_labels),
        cmocka_unit_test(test_name_of_other_code),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
