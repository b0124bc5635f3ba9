/*
 * test_rules_honour.c — FALSE_HONOUR (rules/default/honour.ini, kind = honour).
 *
 * The pattern half on a table of general texts: honours from abolished
 * schemes are found (also traditional, spaced, in a title), and history, law
 * text, denials, current schemes and look-alike words stay silent.  The
 * built-in half on pages whose certificate facts are set by hand, so it does
 * not depend on the parser.  The loader accepts kind = honour with or without
 * patterns.  The rulebook comes from WANGJIAN_RULES_DIR, else rules/default.
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
#include "rules/rules.h"

static rules_book *book;

static void diag_count(void *ud, const char *file, int line, const char *msg)
{
    int *n = ud;
    (*n)++;
    print_message("diagnostic %s:%d: %s\n", file, line, msg);
}

static int setup(void **state)
{
    (void)state;
    const char *d = getenv("WANGJIAN_RULES_DIR");
    int n = 0;
    return rules_load(d && *d ? d : "rules/default", diag_count, &n, &book) == RULES_OK && n == 0
               ? 0
               : -1;
}

static int teardown(void **state)
{
    (void)state;
    rules_free(book);
    return 0;
}

static const rules_finding *honour(const rules_findings *f)
{
    for (size_t i = 0; i < f->n; i++)
        if (!strcmp(f->v[i].code, "FALSE_HONOUR")) return &f->v[i];
    return NULL;
}

static void test_abolished_schemes(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int hit;
    } cases[] = {
        {"本品系国家免检产品，请放心选购", 1},
        {"我公司为质量免检企业", 1},
        {"國家免檢產品 品質保證", 1},
        {"荣获中国名牌产品称号", 1},
        {"中国世界名牌 出口三十国", 1},
        {"本品牌是浙江省著名商标", 1},
        {"荣获宁波市著 名 商 标", 1},
        {"温州市知名商标企业", 1},
        {"山東省著名商標", 1},
        /* history, law, denials */
        {"食品免检制度已于2008年废止，我们每批送检", 0},
        {"国家早已取消免检产品评选，谨防虚假宣传", 0},
        {"本店商品并非免检产品，每批次附质检报告", 0},
        {"依据广告法，不得宣传国家免检等已取消的称号", 0},
        {"2018年起，各省已停止认定著名商标", 0},
        /* current schemes and look-alikes */
        {"中华老字号 始创于1890年", 0},
        {"国家级非物质文化遗产 传承人手作", 0},
        {"新车六年免检，到期记得年检", 0},
        {"中国名牌大学毕业的设计师团队", 0},
        {"世界著名商标展览 参观指南", 0},
        {"出口免验企业", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page p;
        memset(&p, 0, sizeof p);
        p.text = (char *)cases[i].text;
        p.text_len = strlen(cases[i].text);
        rules_findings f = {0};
        assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
        if ((honour(&f) != NULL) != cases[i].hit)
            fail_msg("FALSE_HONOUR %s on: %s", cases[i].hit ? "missed" : "reported", cases[i].text);
        rules_findings_clear(&f);
    }
}

static void test_title(void **state)
{
    (void)state;
    parser_page p;
    memset(&p, 0, sizeof p);
    p.title = (char *)"国家免检 有机大米 - 某某粮油";
    p.text = (char *)"五常大米 5kg";
    p.text_len = strlen(p.text);
    rules_findings f = {0};
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    assert_non_null(honour(&f));
    rules_findings_clear(&f);
}

/* The built-in half: a malformed certificate number is a finding quoting it;
 * a well-formed one, or one the parser recorded as well formed, is not. */
static void test_certificates(void **state)
{
    (void)state;
    const char *text = "产品已通过强制性认证，证书编号：CCC-12。欢迎选购";
    const char *num = strstr(text, "CCC-12");
    parser_cert c = {PARSER_CERT_CCC, (char *)"CCC-12", 0, (size_t)(num - text), strlen("CCC-12")};
    parser_page p;
    memset(&p, 0, sizeof p);
    p.text = (char *)text;
    p.text_len = strlen(text);
    p.certs = &c;
    p.n_certs = 1;
    rules_findings f = {0};
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    const rules_finding *h = honour(&f);
    assert_non_null(h);
    assert_string_equal(h->matched, "CCC-12");
    assert_int_equal(h->text_off, c.text_off);
    assert_non_null(strstr(h->snippet, "CCC-12"));
    rules_findings_clear(&f);

    c.well_formed = 1;
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    assert_null(honour(&f));
    rules_findings_clear(&f);

    /* one finding per page: the pattern's, even with a bad number too */
    c.well_formed = 0;
    const char *both = "国家免检产品 证书编号：CCC-12";
    p.text = (char *)both;
    p.text_len = strlen(both);
    c.text_off = (size_t)(strstr(both, "CCC-12") - both);
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    size_t n = 0;
    for (size_t i = 0; i < f.n; i++) n += !strcmp(f.v[i].code, "FALSE_HONOUR");
    assert_int_equal(n, 1);
    assert_int_equal(honour(&f)->text_off, 0);
    rules_findings_clear(&f);
}

static void write_file(const char *path, const char *s)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

/* kind = honour takes patterns like kind = pattern, and also none (then only
 * certificate numbers); other built-in kinds still refuse patterns. */
static void test_loader(void **state)
{
    (void)state;
    char dir[] = "/tmp/wj-honour-XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/a.ini", dir);
    static const char head[] = "[H]\ntitle = t\nseverity = high\ncategory = c\nbasis = b\n";
    char ini[512];
    rules_book *b = NULL;
    int n = 0;
    snprintf(ini, sizeof ini, "%skind = honour\n", head);
    write_file(path, ini);
    assert_int_equal(rules_load(dir, diag_count, &n, &b), RULES_OK);
    rules_free(b);
    b = NULL;
    snprintf(ini, sizeof ini, "%skind = honour\npattern = 免检产品\nallow_near = 废止\nnear = 20\n", head);
    write_file(path, ini);
    assert_int_equal(rules_load(dir, diag_count, &n, &b), RULES_OK);
    assert_int_equal(n, 0);
    parser_page p;
    memset(&p, 0, sizeof p);
    p.text = (char *)"免检產品";
    p.text_len = strlen(p.text);
    rules_findings f = {0};
    assert_int_equal(rules_check_page(b, &p, NULL, &f), RULES_OK);
    assert_int_equal(f.n, 1);
    rules_findings_clear(&f);
    rules_free(b);
    b = NULL;
    snprintf(ini, sizeof ini, "%skind = icp_invalid\npattern = 免检\n", head);
    write_file(path, ini);
    assert_int_not_equal(rules_load(dir, diag_count, &n, &b), RULES_OK);
    assert_null(b);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abolished_schemes),
        cmocka_unit_test(test_title),
        cmocka_unit_test(test_certificates),
        cmocka_unit_test(test_loader),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
