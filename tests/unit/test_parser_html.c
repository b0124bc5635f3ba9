/*
 * Visible text, runs (offsets back into the source), links, title and
 * page kinds on small hand-made pages, including broken markup.
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

static parser_page *parse_url(const char *html, const char *url)
{
    parser_page *p = NULL;
    assert_int_equal(parser_parse(html, strlen(html), "text/html; charset=utf-8", url, NULL, &p),
                     PARSER_OK);
    return p;
}

static parser_page *parse(const char *html)
{
    return parse_url(html, "http://shop.example.test/a/b.html");
}

/* Every run that does not start at a character reference is a byte copy. */
static void assert_runs_exact(const parser_page *p)
{
    size_t covered = 0;
    for (size_t i = 0; i < p->n_runs; i++) {
        const parser_run *r = &p->runs[i];
        assert_true(r->text_off + r->len <= p->text_len);
        assert_true(r->src_off + r->len <= p->source_len || p->source[r->src_off] == '&');
        if (i > 0)
            assert_true(r->text_off >= p->runs[i - 1].text_off + p->runs[i - 1].len);
        if (p->source[r->src_off] != '&')
            assert_memory_equal(p->source + r->src_off, p->text + r->text_off, r->len);
        covered += r->len;
    }
    assert_true(covered <= p->text_len);
}

static void assert_maps_to(const parser_page *p, const char *needle)
{
    const char *t = strstr(p->text, needle);
    assert_non_null(t);
    size_t so = parser_text_to_source(p, (size_t)(t - p->text));
    assert_true(so < p->source_len);
    assert_memory_equal(p->source + so, needle, strlen(needle));
}

static void test_hidden_parts(void **state)
{
    (void)state;
    parser_page *p = parse(
        "<html><head><title> 店铺 首页 </title><style>.x{}</style>"
        "<script>var a='脚本文字';</script></head><body>"
        "<p>可见一</p><!-- 注释文字 --><noscript>无脚本</noscript>"
        "<template><p>模板</p></template><div hidden>隐藏属性</div>"
        "<div style='DISPLAY: none'>不显示<span>子元素</span></div>"
        "<span style=\"visibility:hidden\">不可见</span><p>可见二</p></body></html>");
    assert_string_equal(p->title, "店铺 首页");
    assert_string_equal(p->text, "可见一\n可见二");
    assert_runs_exact(p);
    parser_page_free(p);
}

static void test_blocks_cells_spaces(void **state)
{
    (void)state;
    parser_page *p = parse("<div>a  b\n\t c</div><p>d<br>e</p><table><tr><td>x</td><td>y</td>"
                           "</tr><tr><td>z</td></tr></table><b>in</b><i>line</i> <u>w</u>"
                           "<p>\xc2\xa0nb\xe3\x80\x80sp\xc2\xa0</p>");
    assert_string_equal(p->text, "a b c\nd\ne\nx\ty\nz\ninline w\nnb sp");
    assert_runs_exact(p);
    parser_page_free(p);
}

static void test_offsets_ascii_cjk_entities(void **state)
{
    (void)state;
    const char *html = "<html><body><div title=\"网店名称\">网店名称</div>"
                       "<script>document.write('营业执照');</script>"
                       "<p class=a>Tom &amp; Jerry 商店</p><p>&lt;b&gt; 营业执照 &#x4E2D;&#25991; end</p>"
                       "<p>line\r\nnext 第二行</p></body></html>";
    parser_page *p = parse(html);
    assert_string_equal(p->text, "网店名称\nTom & Jerry 商店\n<b> 营业执照 中文 end\nline next 第二行");
    assert_runs_exact(p);
    assert_maps_to(p, "网店名称");          /* not the title attribute */
    assert_true(parser_text_to_source(p, 0) > strlen("<html><body><div title=\"网店名称\""));
    assert_maps_to(p, "营业执照");          /* not the script */
    assert_true(strstr(p->source, "<p>&lt;") <
                p->source + parser_text_to_source(p, (size_t)(strstr(p->text, "营业执照") - p->text)));
    assert_maps_to(p, "Jerry 商店");
    assert_maps_to(p, "Tom");
    assert_maps_to(p, "end");
    assert_maps_to(p, "第二行");

    /* the entity run points at its reference */
    size_t amp = parser_text_to_source(p, (size_t)(strstr(p->text, "&") - p->text));
    assert_memory_equal(p->source + amp, "&amp;", 5);
    parser_page_free(p);

    /* single spaces stay inside a run; collapsed runs of spaces split it */
    p = parse("<p>Tom and 杰瑞 go</p><p>a  b</p>");
    assert_string_equal(p->text, "Tom and 杰瑞 go\na b");
    assert_int_equal(p->n_runs, 3);
    assert_int_equal(p->runs[0].len, strlen("Tom and 杰瑞 go"));
    assert_runs_exact(p);
    parser_page_free(p);

    /* characters libxml2 drops from text (C0 controls, U+FFFE) */
    p = parse("<p>a\x01" "b\x1f\x1f营\xef\xbf\xbe业</p>");
    assert_string_equal(p->text, "ab营业");
    assert_runs_exact(p);
    assert_maps_to(p, "营");
    assert_int_equal(parser_text_to_source(p, 1), (size_t)(strchr(p->source, 'b') - p->source));
    parser_page_free(p);

    /* the same words in a hidden block before the visible ones */
    p = parse("<div hidden><b>营业执照</b></div><noscript>营业执照</noscript><p>营业执照</p>");
    assert_string_equal(p->text, "营业执照");
    assert_int_equal(p->n_runs, 1);
    assert_true(p->runs[0].src_off == (size_t)(strstr(p->source, "<p>") - p->source) + 3);
    parser_page_free(p);
}

static void test_broken_markup(void **state)
{
    (void)state;
    parser_page *p = parse("<div><p>未闭合<b>粗体<table><td>格子<tr><td>第二<a href=x>链接"
                           "</div></span></p>尾巴<<>><p =x>奇怪</");
    assert_non_null(strstr(p->text, "未闭合"));
    assert_non_null(strstr(p->text, "格子"));
    assert_non_null(strstr(p->text, "尾巴"));
    assert_runs_exact(p);
    parser_page_free(p);

    /* deep nesting: no recursion in the walk, no crash */
    size_t depth = 20000;
    char *deep = malloc(depth * 5 + 16);
    assert_non_null(deep);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++)
        n += (size_t)snprintf(deep + n, 6, "<div>");
    memcpy(deep + n, "深处", sizeof "深处");
    p = parse(deep);
    assert_non_null(p->text);
    parser_page_free(p);
    free(deep);
}

static void test_links(void **state)
{
    (void)state;
    parser_page *p = parse(
        "<html><head><base href='http://cdn.example.test/'><link rel=stylesheet href=s.css>"
        "<link rel=alternate href='/m/'><link rel='next' href='?page=2'>"
        "<meta property='og:site_name' content=' 示例 商城 '>"
        "<meta http-equiv=refresh content=\"5; URL='/moved.html'\"></head><body>"
        "<a href='/p?a=1&amp;b=2'>商品 <b>详情</b></a><a href=/ad rel='sponsored nofollow'>广告</a>"
        "<a href=/img><img src=x.png alt='图片链接'></a><a name=anchor>no href</a>"
        "<map><area href=/area alt=区域></map><iframe src='/frame.html'></iframe>"
        "<frameset><frame src=/f2.html></frameset></body></html>");
    assert_string_equal(p->base_href, "http://cdn.example.test/");
    assert_string_equal(p->site_name, "示例 商城");
    struct {
        const char *href, *tag, *anchor;
        int nofollow;
    } want[] = {
        {"/m/", "link", "", 0},        {"?page=2", "link", "", 0},
        {"/moved.html", "meta-refresh", "", 0},
        {"/p?a=1&b=2", "a", "商品 详情", 0}, {"/ad", "a", "广告", 1},
        {"/img", "a", "图片链接", 0},  {"/area", "area", "区域", 0},
        {"/frame.html", "iframe", "", 0},
    };
    size_t nw = sizeof want / sizeof want[0];
    assert_true(p->n_links >= nw);
    for (size_t i = 0; i < nw; i++) {
        assert_string_equal(p->links[i].href, want[i].href);
        assert_string_equal(p->links[i].tag, want[i].tag);
        assert_string_equal(p->links[i].anchor, want[i].anchor);
        assert_int_equal(p->links[i].nofollow, want[i].nofollow);
    }
    parser_page_free(p);
}

static void test_link_cap(void **state)
{
    (void)state;
    size_t n = 6000, len = 0;
    char *html = malloc(n * 24 + 1);
    assert_non_null(html);
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(html + len, 24, "<a href=/%zu>x</a>", i);
    parser_page *p = parse(html);
    assert_int_equal(p->n_links, 5000);
    assert_string_equal(p->links[4999].href, "/4999");
    parser_page_free(p);
    free(html);
}

static void test_page_kind_default(void **state)
{
    (void)state;
    static const char *const homes[] = {"http://a.test", "http://a.test/", "http://a.test/index.html",
                                        "http://a.test/index.htm?x=1", "http://a.test/index.php",
                                        "https://a.test:8443/default.html#top", NULL};
    for (size_t i = 0; homes[i]; i++) {
        parser_page *p = parse_url("<p>x</p>", homes[i]);
        assert_non_null(p->page_kind);
        assert_string_equal(p->page_kind, "home");
        assert_null(p->platform);
        parser_page_free(p);
    }
    parser_page *p = parse_url("<p>x</p>", "http://a.test/about.html");
    assert_null(p->page_kind);
    parser_page_free(p);
}

/* ---- the SAX parse and the tree give the same page ---- */

static void assert_same_str(const char *a, const char *b)
{
    if (!a || !b)
        assert_ptr_equal(a, b);
    else
        assert_string_equal(a, b);
}

/* The fields html.c fills, for pages parsed without a tree (no profile) and
 * with one (the URL's host has a profile). */
static void assert_same_html_facts(const parser_page *a, const parser_page *b)
{
    assert_int_equal(a->text_len, b->text_len);
    assert_string_equal(a->text, b->text);
    assert_int_equal(a->n_runs, b->n_runs);
    for (size_t i = 0; i < a->n_runs; i++) {
        assert_int_equal(a->runs[i].text_off, b->runs[i].text_off);
        assert_int_equal(a->runs[i].len, b->runs[i].len);
        assert_int_equal(a->runs[i].src_off, b->runs[i].src_off);
    }
    assert_int_equal(a->n_links, b->n_links);
    for (size_t i = 0; i < a->n_links; i++) {
        assert_string_equal(a->links[i].href, b->links[i].href);
        assert_string_equal(a->links[i].tag, b->links[i].tag);
        assert_string_equal(a->links[i].anchor, b->links[i].anchor);
        assert_int_equal(a->links[i].nofollow, b->links[i].nofollow);
    }
    assert_same_str(a->title, b->title);
    assert_same_str(a->site_name, b->site_name);
    assert_same_str(a->base_href, b->base_href);
    assert_int_equal(a->license_display.image, b->license_display.image);
    assert_int_equal(a->license_display.link, b->license_display.link);
    assert_int_equal(a->license_display.ezz_link, b->license_display.ezz_link);
    assert_same_str(a->license_display.ezz_serial, b->license_display.ezz_serial);
    assert_int_equal(a->n_prices, b->n_prices);
}

static void test_sax_matches_tree(void **state)
{
    (void)state;
    static const char *const pages[] = {
        "<p>unclosed <b>bold <i>it<div>block</p></p> stray</p>tail &amp; &#20013;&nbsp;x",
        "<title>a<b>b</b> c</title><title>second</title><p>t\r\nline</p>",
        "<a href='/1'>one<a href='/2' rel=nofollow>two</a>three</a><a href='/3'><img alt='营业执照'></a>",
        "<a href='/x'><span hidden>藏</span><script>s()</script><b>b<img title='t'></b></a>",
        "<o:p>word</o:p><x:y:z>b</x:y:z><p foo:hidden>e</p><v:shape hidden>vs</v:shape>",
        "<p>a<!-- c -->b<?pi x?>c</p><div style='display:none'><a href='/h'>h</a></div>",
        "<p>x <del>¥99</del> <s>¥88</s> ¥66</p><td>c1<td>c2<tr><th>h",
        "<html><body>x</body></html><p>late</p>after",
        "<!DOCTYPE html><html><body>x</body></html>  <script>s</script> tail",
        "<html hidden><body>hidden root</body></html><p>late</p>", /* SAX gives up */
        "<head><meta property='og:site_name' content=' 店 '><base href='/b/'></head>",
        "<iframe src='https://zzlz.gsxt.gov.cn/i?serial=12&a=b'>x</iframe>text",
        "<div>truncated <a href='http://a/b",
    };
    char dir[1024], err[256], deep[8192];
    const char *top = getenv("TOP");
    snprintf(dir, sizeof dir, "%s/seeds/platforms", top ? top : ".");
    parser_profiles *pr = NULL;
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_OK);
    size_t k = 0;
    for (int i = 0; i < 300; i++) /* deeper than the tree builder goes: SAX gives up */
        k += (size_t)snprintf(deep + k, sizeof deep - k, "<span>%d", i % 10);
    /* a 3 MB inline script before the text: SAX keeps going (script bodies
     * are not copied), and must still agree with the tree */
    size_t big_len = 3u << 20;
    char *big = malloc(big_len + 64);
    assert_non_null(big);
    size_t b0 = (size_t)snprintf(big, 64, "<p>a</p><script>");
    memset(big + b0, 'x', big_len);
    snprintf(big + b0 + big_len, 64, "</script><p>b 高仿</p>");
    const size_t n_pages = sizeof pages / sizeof pages[0];
    for (size_t i = 0; i <= n_pages + 1; i++) {
        const char *html = i < n_pages ? pages[i] : i == n_pages ? deep : big;
        parser_page *a = NULL, *b = NULL;
        assert_int_equal(parser_parse(html, strlen(html), NULL, "http://shop.example.test/x.html",
                                      pr, &a), PARSER_OK);
        assert_int_equal(parser_parse(html, strlen(html), NULL, "http://mall.wangjian.test/x.html",
                                      pr, &b), PARSER_OK);
        assert_non_null(b->platform); /* the second one went through a tree */
        assert_same_html_facts(a, b);
        if (html == big)
            assert_non_null(strstr(a->text, "高仿"));
        parser_page_free(a);
        parser_page_free(b);
    }
    free(big);
    parser_profiles_free(pr);
}

static void test_strerror(void **state)
{
    (void)state;
    assert_string_equal(parser_strerror(PARSER_OK), "success");
    assert_non_null(strstr(parser_strerror(PARSER_ESYNTAX), "malformed"));
    assert_non_null(parser_strerror((parser_result)99));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hidden_parts),
        cmocka_unit_test(test_blocks_cells_spaces),
        cmocka_unit_test(test_offsets_ascii_cjk_entities),
        cmocka_unit_test(test_broken_markup),
        cmocka_unit_test(test_links),
        cmocka_unit_test(test_link_cap),
        cmocka_unit_test(test_page_kind_default),
        cmocka_unit_test(test_sax_matches_tree),
        cmocka_unit_test(test_strerror),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
