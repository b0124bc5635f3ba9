/*
 * Fact classes taught by the corpus6 holdouts and the img-attribute
 * misses of corpus7 (wangjian issue #15), each tried on phrasings of its
 * own, with its traps:
 *   - a licence label written in mixed script (注冊號, 统一社會信用代码:
 *     a template converted in part) labels its code as either script does;
 *   - a company name on a line that holds a code of its own (a platform's
 *     footer, a designer's credit) is that code's holder, never the name
 *     another code is judged against;
 *   - the alt and title of a shown <img> are displayed text, each a block
 *     of its own with runs of kind ALT / TITLE mapped into the attribute's
 *     value in the source; hidden images, empty values and a value the
 *     text beside it repeats add nothing.
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


/* ---- the description of a shown image ---- */

/* Every run that does not start at a character reference is a byte copy
 * (test_parser_html's invariant), in order. */
static void assert_runs_exact(const parser_page *p)
{
    for (size_t i = 0; i < p->n_runs; i++) {
        const parser_run *r = &p->runs[i];
        assert_true(r->text_off + r->len <= p->text_len);
        if (i > 0)
            assert_true(r->text_off >= p->runs[i - 1].text_off + p->runs[i - 1].len);
        if (p->source[r->src_off] != '&')
            assert_memory_equal(p->source + r->src_off, p->text + r->text_off, r->len);
    }
}

/* needle is in the text, of kind kind, and maps to source text starting
 * with the bytes of src (the attribute's value or the node's text). */
static void assert_at(const parser_page *p, const char *needle, parser_run_kind kind,
                      const char *src)
{
    const char *t = strstr(p->text, needle);
    if (!t)
        fail_msg("'%s' not in '%s'", needle, p->text);
    size_t off = (size_t)(t - p->text);
    assert_int_equal(parser_text_kind(p, off), kind);
    size_t so = parser_text_to_source(p, off);
    assert_true(so < p->source_len);
    if (strncmp(p->source + so, src, strlen(src)) != 0)
        fail_msg("'%s' maps to '%.20s'", needle, p->source + so);
}

static void test_img_text(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        /* its own block, between the text around it */
        {"<p>前文</p><img src=\"a.jpg\" alt=\"降血糖 不用打针\"><p>后文</p>",
         "前文\n降血糖 不用打针\n后文"},
        {"<span>买</span><img alt=\"图\"><span>卖</span>", "买\n图\n卖"},
        /* the title too, a block of its own; once when it equals the alt */
        {"<p>x</p><img title=\"提示文字\" alt=\"说明文字\"><p>y</p>", "x\n说明文字\n提示文字\ny"},
        {"<p>x</p><img alt=\"同款\" title=\"同款\"><p>y</p>", "x\n同款\ny"},
        /* hidden images, empty or blank values: nothing, not even a break */
        {"<span>买</span><img hidden alt=\"甲\"><img style=\"display:none\" alt=\"乙\">"
         "<span style=\"visibility:hidden\"><img alt=\"丙\"></span><noscript><img alt=\"丁\">"
         "</noscript><span>卖</span>", "买卖"},
        {"<span>买</span><img alt=\"\"><img alt=\"  \"><img alt=\"\xe3\x80\x80\" title=\"\">"
         "<img alt><span>卖</span>", "买卖"},
        /* a caption that repeats it, before or after: written once */
        {"<p>春装上新</p><img alt=\"春装上新\">", "春装上新"},
        {"<figure><img src=\"c.jpg\" alt=\"手工编织\"><figcaption>手工编织</figcaption></figure>",
         "手工编织"},
        /* ... but a longer text is no repeat */
        {"<figure><img alt=\"手工\"><figcaption>手工编织</figcaption></figure>", "手工\n手工编织"},
        /* only images: a title on another element is a tooltip of its text */
        {"<p><a href=\"/x\" title=\"导航提示\">首页</a></p>", "首页"},
        /* in <head> nothing is shown */
        {"<html><head><title>t</title></head><body><p>z</p></body></html>", "z"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page *p = parse(cases[i][0]);
        if (strcmp(p->text, cases[i][1]) != 0)
            fail_msg("%s: text '%s', want '%s'", cases[i][0], p->text, cases[i][1]);
        assert_runs_exact(p);
        parser_page_free(p);
    }
}

static void test_img_text_offsets(void **state)
{
    (void)state;
    /* kinds and source offsets: inside the attribute's value */
    parser_page *p = parse("<div><p>正品保障</p><IMG SRC=a.jpg TITLE='专治失眠' ALT=\"降三高\">"
                           "<p>正品保障 七天</p></div>");
    assert_string_equal(p->text, "正品保障\n降三高\n专治失眠\n正品保障 七天");
    assert_at(p, "降三高", PARSER_RUN_ALT, "降三高\"");
    assert_at(p, "专治失眠", PARSER_RUN_TITLE, "专治失眠'");
    assert_at(p, "正品保障 七天", PARSER_RUN_TEXT, "正品保障 七天</p>"); /* cursor kept */
    assert_int_equal(parser_text_kind(p, 0), PARSER_RUN_TEXT);
    assert_runs_exact(p);
    parser_page_free(p);
    /* unquoted value; references split the runs as in text */
    p = parse("<p>甲</p><img alt=A&amp;B&#x6CBB;愈率百分百 src=x.png><p>乙</p>");
    assert_string_equal(p->text, "甲\nA&B治愈率百分百\n乙");
    assert_at(p, "愈率", PARSER_RUN_ALT, "愈率百分百 ");
    assert_at(p, "A&B", PARSER_RUN_ALT, "A&amp;B");
    assert_runs_exact(p);
    parser_page_free(p);
    /* two images with one alt: each maps to its own tag */
    p = parse("<img alt=\"新品\" id=a><p>中间</p><p>x</p><img id=b alt=\"新品\">");
    const char *second = strstr(p->source, "id=b alt=\"") + strlen("id=b alt=\"");
    const char *t = strstr(p->text, "x\n新品");
    assert_non_null(t);
    assert_int_equal(parser_text_to_source(p, (size_t)(t - p->text) + 2),
                     (size_t)(second - p->source));
    assert_runs_exact(p);
    parser_page_free(p);
    /* the text after an image is found after it, not in its attribute */
    p = parse("<p><img alt=\"包邮到家\">包邮到家更省心</p>");
    assert_at(p, "包邮到家更省心", PARSER_RUN_TEXT, "包邮到家更省心</p>");
    parser_page_free(p);
    /* a licence shown as an image with its code in the alt is shown */
    p = parse("<div class=\"lic\"><img src=\"/lic.jpg\" alt=\"营业执照 统一社会信用代码 "
              "92350203MA8N4P6R1G\"></div>");
    const parser_license *l = visible_code(p, "92350203MA8N4P6R1G");
    assert_non_null(l);
    assert_int_equal(parser_text_kind(p, l->text_off), PARSER_RUN_ALT);
    parser_page_free(p);
}

/* ---- findings quoted from an image's description ---- */

static void diag_fail(void *ud, const char *file, int line, const char *msg)
{
    (void)ud;
    fail_msg("unexpected diagnostic %s:%d: %s", file, line, msg);
}

/* The kind of text the first finding of code on html quotes, -1: none. */
static int finding_from(rules_book *book, const char *html, const char *code)
{
    parser_page *p = parse(html);
    rules_findings f = {0};
    assert_int_equal(rules_check_page(book, p, NULL, &f), RULES_OK);
    int kind = -1;
    for (size_t i = 0; i < f.n && kind < 0; i++)
        if (!strcmp(f.v[i].code, code))
            kind = (int)scan_finding_kind(p, &f.v[i]);
    rules_findings_clear(&f);
    parser_page_free(p);
    return kind;
}

static void test_finding_kind(void **state)
{
    (void)state;
    const char *d = getenv("WANGJIAN_RULES_DIR");
    rules_book *book = NULL;
    assert_int_equal(rules_load(d && *d ? d : "rules/default", diag_fail, NULL, &book), RULES_OK);
    assert_int_equal(finding_from(book, "<p>护膝</p><img src=a.jpg alt=\"专治关节炎\">", "FALSE_CLAIM"),
                     PARSER_RUN_ALT);
    assert_int_equal(finding_from(book, "<p>护膝</p><img src=a.jpg title=\"专治关节炎\">", "FALSE_CLAIM"),
                     PARSER_RUN_TITLE);
    assert_int_equal(finding_from(book, "<p>护膝，专治关节炎</p><img src=a.jpg alt=\"护膝\">",
                                  "FALSE_CLAIM"),
                     PARSER_RUN_TEXT);
    /* a hidden image's claim is no finding */
    assert_int_equal(finding_from(book, "<p>护膝</p><img hidden alt=\"专治关节炎\">", "FALSE_CLAIM"), -1);
    rules_free(book);
    assert_string_equal(parser_run_kind_label(PARSER_RUN_ALT), "图片说明");
    assert_string_equal(parser_run_kind_label(PARSER_RUN_TITLE), "图片标题");
    assert_null(parser_run_kind_label(PARSER_RUN_TEXT));
    assert_string_equal(scan_snippet_body("[图片说明] …专治关节炎"), "…专治关节炎");
    assert_string_equal(scan_snippet_body("[图片标题] 专治"), "专治");
    assert_string_equal(scan_snippet_body("…[图片说明] 原文"), "…[图片说明] 原文");
    assert_null(scan_snippet_body(NULL));
}

/* The stored snippet of a finding from an image's alt starts with the
 * label, and scan_snippet_body() gives back the page's own words. */
typedef struct {
    int rows;
    char snippet[512];
} found_row;

static int finding_row(void *ud, size_t ncols, const char *const *names, const char *const *values)
{
    found_row *r = ud;
    for (size_t i = 0; i < ncols; i++)
        if (!strcmp(names[i], "rule") && values[i] && !strcmp(values[i], "FALSE_CLAIM"))
            r->rows++;
    for (size_t i = 0; i < ncols; i++)
        if (!strcmp(names[i], "snippet") && values[i] && r->rows == 1 && !r->snippet[0])
            snprintf(r->snippet, sizeof r->snippet, "%s", values[i]);
    return 0;
}

static void test_stored_snippet_label(void **state)
{
    (void)state;
    char dir[] = "/tmp/wj-c8-XXXXXX", db[64], path[96];
    assert_non_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/t.db", dir);
    const char *d = getenv("WANGJIAN_RULES_DIR");
    rules_book *book = NULL;
    assert_int_equal(rules_load(d && *d ? d : "rules/default", diag_fail, NULL, &book), RULES_OK);
    store *s = NULL;
    assert_int_equal(store_open(db, &s, NULL, 0), STORE_OK);
    int64_t run = 0, page_id = 0;
    assert_int_equal(store_run_begin(s, 1700000000, "crawl", &run), STORE_OK);
    const char *body = "<html><body><p>艾灸贴 10贴</p><img src=\"/a.jpg\" alt=\"贴三天专治腰椎间盘突出\">"
                       "<p>欢迎选购</p></body></html>";
    const char *url = "http://shop.example.test/item/1.html";
    parser_page *page = NULL;
    rules_findings found = {0};
    assert_int_equal(scan_analyse(body, strlen(body), "text/html; charset=utf-8", url, NULL, book,
                                  &page, &found),
                     SCAN_OK);
    scan_fetch fx = {.url = url, .host = "shop.example.test", .status = 200,
                     .content_type = "text/html", .body = body, .body_len = strlen(body),
                     .fetched_at = 1700000000, .run_id = run};
    assert_int_equal(scan_save(s, &fx, page, &found, &page_id), SCAN_OK);
    store_run_counts rc = {.pages = 1};
    assert_int_equal(store_run_end(s, run, 1700000001, "finished", &rc), STORE_OK);
    found_row r = {0};
    assert_int_equal(store_export(s, "findings", finding_row, &r), STORE_OK);
    assert_int_equal(r.rows, 1);
    if (strncmp(r.snippet, "[图片说明] ", strlen("[图片说明] ")) != 0)
        fail_msg("snippet '%s'", r.snippet);
    assert_non_null(strstr(page->text, scan_snippet_body(r.snippet)));
    rules_findings_clear(&found);
    parser_page_free(page);
    assert_int_equal(store_close(s), STORE_OK);
    rules_free(book);
    static const char *const sfx[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s%s", db, sfx[i]);
        unlink(path);
    }
    rmdir(dir);
}

/* ---- (c9sg) a heading followed by the next field's label ---- */

static void test_heading_then_label(void **state)
{
    (void)state;
    static const char *const cases[][3] = {
        /* 营业执照 heads the box, the code's own label follows: the holder is the name after the code */
        {"<p>营业执照：统一社会信用代码 91330106MA2H7Q3B4P 杭州某某网络科技有限公司 版权所有</p>",
         "91330106MA2H7Q3B4P", "杭州某某网络科技有限公司"},
        {"<p>經營者：註冊號 440304600123459 深圳市南山区小满文具有限公司</p>", "440304600123459",
         "深圳市南山区小满文具有限公司"},
        {"<p>营业执照 法定代表人 王某 厦门鹭岛茶业有限公司 91350203MA8N4P6R1A</p>",
         "91350203MA8N4P6R1A", "厦门鹭岛茶业有限公司"},
        /* one label or value a line: holder label, name, the code's label, the code */
        {"<div><p>经营者</p><p>义乌市某某体育用品商行</p><p>统一社会信用代码</p><p>92330782MA2EKT6R0C</p>"
         "</div><p>杭州某某网络科技有限公司 统一社会信用代码 91330106MA2H7Q3B4P</p>",
         "92330782MA2EKT6R0C", "义乌市某某体育用品商行"},
        {"<dl><dt>企业名称：</dt><dd>厦门鹭岛茶业有限公司</dd><dt>统一社会信用代码：</dt>"
         "<dd>91350203MA8N4P6R1A</dd></dl>",
         "91350203MA8N4P6R1A", "厦门鹭岛茶业有限公司"},
        /* trap: the heading names the holder itself */
        {"<p>营业执照：厦门鹭岛茶业有限公司 统一社会信用代码 91350203MA8N4P6R1A</p>",
         "91350203MA8N4P6R1A", "厦门鹭岛茶业有限公司"},
    };
    /* trap: a person's name above the code's label names no organisation */
    parser_page *q = parse("<div><p>经营者</p><p>张三</p><p>统一社会信用代码</p>"
                           "<p>92330782MA2EKT6R0C</p></div>");
    const parser_license *ql = visible_code(q, "92330782MA2EKT6R0C");
    assert_non_null(ql);
    if (ql->company && strcmp(ql->company, "张三") == 0)
        fail_msg("a person's name read as the holder");
    parser_page_free(q);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page *p = parse(cases[i][0]);
        const parser_license *l = NULL;
        for (size_t k = 0; k < p->n_licenses && !l; k++)
            if (!strcmp(p->licenses[k].code, cases[i][1]))
                l = &p->licenses[k];
        if (!l)
            fail_msg("%s: code not read", cases[i][0]);
        if (!l->company || strcmp(l->company, cases[i][2]) != 0)
            fail_msg("%s: company '%s', want '%s'", cases[i][0], l->company ? l->company : "(null)",
                     cases[i][2]);
        parser_page_free(p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mixed_script_labels),
        cmocka_unit_test(test_name_of_other_code),
        cmocka_unit_test(test_img_text),
        cmocka_unit_test(test_img_text_offsets),
        cmocka_unit_test(test_finding_kind),
        cmocka_unit_test(test_stored_snippet_label),
        cmocka_unit_test(test_heading_then_label),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
