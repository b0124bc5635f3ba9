/*
 * Identity signals (parser/signals.c): each kind on a small page, its
 * normalised value and strength; full-width and traditional forms; values
 * that are malformed or only look like a signal give nothing; the template
 * fingerprint: one theme one value whatever the content, two themes two,
 * none on a plain page.
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

static const parser_signal *find(const parser_page *p, const char *kind, const char *value)
{
    for (size_t i = 0; i < p->n_signals; i++)
        if (strcmp(p->signals[i].kind, kind) == 0 && strcmp(p->signals[i].value, value) == 0)
            return &p->signals[i];
    return NULL;
}

static size_t count(const parser_page *p, const char *kind)
{
    size_t n = 0;
    for (size_t i = 0; i < p->n_signals; i++)
        n += strcmp(p->signals[i].kind, kind) == 0;
    return n;
}

static void test_registry_facts(void **state)
{
    (void)state;
    parser_page *p = parse("<html><body><footer><p>公司名称：深圳市甲乙贸易有限公司</p>"
                           "<p>统一社会信用代码：91440300MA5F1AAA83</p>"
                           "<p>粤ICP备20230001号-3　粤公网安备 44030502000001号</p>"
                           "</footer></body></html>");
    const parser_signal *s = find(p, "uscc", "91440300MA5F1AAA83");
    assert_non_null(s);
    assert_int_equal(s->strong, 1);
    s = find(p, "icp", "粤ICP备20230001");
    assert_non_null(s); /* the -3 site suffix is dropped */
    assert_int_equal(s->strong, 1);
    assert_non_null(find(p, "psb", "44030502000001"));
    s = find(p, "company", "深圳市甲乙贸易有限公司");
    assert_non_null(s);
    assert_int_equal(s->strong, 0);
    parser_page_free(p);
}

static void test_phones(void **state)
{
    (void)state;
    parser_page *p = parse("<p>手机：+86 139-1234-5678</p><p>电话：0755-8888 6666</p>"
                           "<p>热线 400-800-1234</p><p>订单号 202612061234567890</p>"
                           "<p>SKU13912345679 价格 0.99</p>");
    const parser_signal *s = find(p, "mobile", "13912345678");
    assert_non_null(s);
    assert_int_equal(s->strong, 1);
    s = find(p, "landline", "075588886666");
    assert_non_null(s);
    assert_int_equal(s->strong, 0);
    s = find(p, "hotline", "4008001234");
    assert_non_null(s);
    assert_int_equal(s->strong, 0);
    assert_int_equal(count(p, "mobile"), 1); /* not the order number, not inside the SKU */
    parser_page_free(p);
}

static void test_contacts(void **state)
{
    (void)state;
    parser_page *p = parse("<p>邮箱：Sales@JiaYi-Trade.com.cn</p><p>客服QQ：12345678</p>"
                           "<p>加微信：JiaYi_2024</p><p>VX: shop-boss88</p>"
                           "<p>收款人：王小明</p><p>logo@2x.png</p><p>QQ：0123 微信支付</p>");
    assert_non_null(find(p, "email", "sales@jiayi-trade.com.cn"));
    assert_non_null(find(p, "qq", "12345678"));
    assert_non_null(find(p, "wechat", "jiayi_2024"));
    assert_non_null(find(p, "wechat", "shop-boss88"));
    const parser_signal *s = find(p, "payee", "王小明");
    assert_non_null(s);
    assert_int_equal(s->strong, 1);
    assert_int_equal(count(p, "email"), 1);  /* not the image name */
    assert_int_equal(count(p, "qq"), 1);     /* 0123: too short, leading zero */
    assert_int_equal(count(p, "wechat"), 2); /* 微信支付 is not an ID */
    parser_page_free(p);
}

static void test_fullwidth_traditional(void **state)
{
    (void)state;
    parser_page *p = parse("<p>電話：１３８　００１３　８０００</p><p>郵箱：ｓｈｏｐ＠ｅｘａｍｐｌｅ．ｃｏｍ</p>"
                           "<p>ＱＱ號：８８８６６６</p><p>公司名稱：臺北甲乙有限公司</p>"
                           "<p>戶名：陳大文</p><p>微信號：ｃｈｅｎ＿ｄａｗｅｎ</p>");
    assert_non_null(find(p, "mobile", "13800138000"));
    assert_non_null(find(p, "email", "shop@example.com"));
    assert_non_null(find(p, "qq", "888666"));
    assert_non_null(find(p, "company", "臺北甲乙有限公司"));
    assert_non_null(find(p, "payee", "陳大文"));
    assert_non_null(find(p, "wechat", "chen_dawen"));
    parser_page_free(p);
}

static void test_analytics(void **state)
{
    (void)state;
    parser_page *p = parse(
        "<html><head>"
        "<meta content=\"code-AbC123xyz\" name=\"baidu-site-verification\">"
        "<meta name=\"google-site-verification\" content=\"Xy9_abcdefGH\">"
        "<script>var _hmt=[];(function(){var hm=document.createElement('script');"
        "hm.src='https://hm.baidu.com/hm.js?0123456789ABCDEF0123456789abcdef';})();</script>"
        "<script src=\"https://s4.cnzz.com/z_stat.php?id=1280001234&web_id=1280001234\"></script>"
        "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-AB12CD34EF\"></script>"
        "<script>ga('create','UA-1234567-2','auto');(window,'GTM-K9X7P2Q');</script>"
        "</head><body><p>G-SHOCK 手表 UA-99 hm.js?short</p></body></html>");
    assert_non_null(find(p, "baidu_tongji", "0123456789abcdef0123456789abcdef"));
    assert_non_null(find(p, "cnzz", "1280001234"));
    assert_non_null(find(p, "ga", "G-AB12CD34EF"));
    assert_non_null(find(p, "ga", "UA-1234567"));
    assert_non_null(find(p, "gtm", "GTM-K9X7P2Q"));
    assert_non_null(find(p, "baidu_verify", "code-AbC123xyz"));
    assert_non_null(find(p, "google_verify", "Xy9_abcdefGH"));
    assert_int_equal(count(p, "ga"), 2);
    assert_int_equal(count(p, "baidu_tongji"), 1);
    assert_int_equal(count(p, "cnzz"), 1);
    parser_page_free(p);
}

static void test_malformed(void **state)
{
    (void)state;
    /* a USCC with a wrong check character, a placeholder ICP number, a
     * 12-digit "mobile", an e-mail without a domain, a 4-digit QQ */
    parser_page *p = parse("<p>统一社会信用代码：91440300MA5F1AAA0B</p><p>粤ICP备12345678号</p>"
                           "<p>手机：139123456789</p><p>邮箱：shop@localhost</p><p>QQ：1234</p>"
                           "<p>公司名称：</p>");
    assert_int_equal(count(p, "uscc"), 0);
    assert_int_equal(count(p, "icp"), 0);
    assert_int_equal(count(p, "mobile"), 0);
    assert_int_equal(count(p, "email"), 0);
    assert_int_equal(count(p, "qq"), 0);
    assert_int_equal(count(p, "company"), 0);
    parser_page_free(p);
}

static void test_hidden_contacts_ignored(void **state)
{
    (void)state;
    parser_page *p = parse("<p>店铺</p><script>var tel='13912345678';</script>"
                           "<!-- 统一社会信用代码：91440300MA5F1AAA83 -->");
    assert_int_equal(count(p, "mobile"), 0);
    assert_int_equal(count(p, "uscc"), 0);
    parser_page_free(p);
}

static void test_normalise(void **state)
{
    (void)state;
    const char *cases[][3] = {
        {"icp", "浙icp备2023040506号-1", "浙ICP备2023040506"},
        {"hotline", "400-800 1234", "4008001234"},
        {"mobile", "+86 139 1234 5678", "13912345678"},
        {"email", "Boss@Example.COM", "boss@example.com"},
        {"psb", "33010802000405", "33010802000405"},
        {"uscc", "91330100ma27wj011r", "91330100MA27WJ011R"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *v = parser_signal_normalise(cases[i][0], cases[i][1]);
        assert_non_null(v);
        assert_string_equal(v, cases[i][2]);
        free(v);
    }
    assert_int_equal(parser_signal_contact("wechat"), 1);
    assert_int_equal(parser_signal_contact("icp"), 0);
    assert_int_equal(parser_signal_strong("landline"), 0);
    assert_int_equal(parser_signal_strong("cnzz"), 1);
}

/* The same operator in traditional script and full-width forms gives the
 * same strong signals as in simplified ASCII (issue #15 point 4). */
static void test_registry_facts_traditional(void **state)
{
    (void)state;
    parser_page *s = parse("<p>统一社会信用代码：91110000600037341L</p>"
                           "<p>闽ICP备20210123号-2　闽公网安备 35020302000123号</p>");
    parser_page *t = parse("<p>統一社會信用代碼：９１１１００００６０００３７３４１Ｌ</p>"
                           "<p>閩ICP備２０２１０１２３號-1　閩公網安備 ３５０２０３０２０００１２３號</p>");
    static const char *const kv[][2] = {
        {"uscc", "91110000600037341L"}, {"icp", "闽ICP备20210123"}, {"psb", "35020302000123"}};
    for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++) {
        if (!find(s, kv[i][0], kv[i][1]))
            fail_msg("simplified page lacks %s %s", kv[i][0], kv[i][1]);
        if (!find(t, kv[i][0], kv[i][1]))
            fail_msg("traditional page lacks %s %s", kv[i][0], kv[i][1]);
    }
    parser_page_free(s);
    parser_page_free(t);
    /* a profile may write the filing either way */
    char *v = parser_signal_normalise("icp", "粵ICP備20230001號-3");
    assert_string_equal(v, "粤ICP备20230001");
    free(v);
}

/* ---- the template fingerprint (parser/skeleton.c) ---- */

/* A page being written (no allocation: a failed assertion leaks nothing). */
typedef struct {
    char b[16384];
    size_t n;
} page_buf;

static void cat(page_buf *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(p->b + p->n, sizeof p->b - p->n, fmt, ap);
    va_end(ap);
    assert_true(n >= 0 && (size_t)n < sizeof p->b - p->n);
    p->n += (size_t)n;
}

/* A shop's home page in one of two themes, as a shop system renders it:
 * the theme fixes the element names, classes and ids; the shop fixes its
 * name, its products (how many, their ids, names and prices) and its text. */
static const char *theme_page(page_buf *b, int theme, const char *shop, int items, int id0,
                              const char *blurb)
{
    b->n = 0;
    cat(b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title>"
           "<style>.x{}</style></head><body class=\"%s\">", shop, theme ? "am-body" : "index");
    if (theme == 0) /* an ECShop look-alike */
        cat(b, "<div id=\"header\" class=\"header clearfix\"><div class=\"logo\"><a href=\"/\">"
               "%s</a></div><div class=\"top-nav\"><ul class=\"nav\"><li class=\"nav-item cur\">"
               "首页</li><li class=\"nav-item\">全部商品</li></ul></div></div>"
               "<div class=\"block clearfix\"><div class=\"AreaL\"><div class=\"box\">"
               "<div class=\"box_1\"><h3 class=\"title\">商品分类</h3></div></div></div>"
               "<div class=\"AreaR\"><div class=\"goods-list\"><ul class=\"clearfix\">", shop);
    else /* a ShopXO look-alike */
        cat(b, "<header class=\"am-header header-top\"><div class=\"am-container\">"
               "<div class=\"am-logo\">%s</div></div></header><nav class=\"am-nav nav-main\">"
               "<ul class=\"am-nav-list\"><li class=\"am-nav-item\">首页</li></ul></nav>"
               "<section class=\"home-floor\"><div class=\"floor-title\"><h2>热卖</h2></div>"
               "<div class=\"am-g goods-floor\">", shop);
    for (int i = 0; i < items; i++) {
        if (theme == 0)
            cat(b, "<li class=\"goods-item\" id=\"goods_%d\"><div class=\"goods-img\"><img "
                   "src=\"/images/%d.jpg\"></div><p class=\"goods-name\">商品%d号</p>"
                   "<div class=\"price\">￥%d.00 <del>￥%d.00</del></div></li>",
                   id0 + i, id0 + i, id0 + i, 10 + 7 * i, 99 + 13 * i);
        else
            cat(b, "<div class=\"am-u-sm-6 am-u-md-%d goods-%d\"><div class=\"item-card\">"
                   "<p class=\"item-title\">好物%d</p><p class=\"item-price\">¥%d</p></div></div>",
                   3 + i % 2, id0 + i, id0 + i, 20 + i);
    }
    cat(b, theme == 0 ? "</ul></div><div class=\"intro\"><p>%s</p></div></div></div>"
                        "<div id=\"footer\" class=\"footer\"><div class=\"copyright\">"
                        "© 2024 %s</div></div></body></html>"
                      : "</div><div class=\"floor-intro\"><p>%s</p></div></section>"
                        "<footer class=\"am-footer\"><div class=\"footer-copy\">© 2025 %s"
                        "</div></footer></body></html>",
        blurb, shop);
    return b->b;
}

/* The page's template value (the test fails unless it has exactly one,
 * weak, "skel1:" + 16 hex), copied into out. */
static void template_of(const char *html, char out[32])
{
    parser_page *p = parse(html);
    size_t n = count(p, "template");
    int strong = -1;
    out[0] = '\0';
    for (size_t i = 0; i < p->n_signals; i++)
        if (strcmp(p->signals[i].kind, "template") == 0 && strlen(p->signals[i].value) < 32) {
            snprintf(out, 32, "%s", p->signals[i].value);
            strong = p->signals[i].strong;
        }
    parser_page_free(p); /* before any assertion: a failed one leaks nothing */
    assert_int_equal(n, 1);
    assert_int_equal(strong, 0);
    assert_int_equal(strlen(out), 22);
    assert_memory_equal(out, "skel1:", 6);
    assert_int_equal(strspn(out + 6, "0123456789abcdef"), 16);
}

/* Two shops on one theme: different names, products (3 and 11, other ids,
 * prices) and text give one value; the other theme gives another. */
static void test_template_same_theme(void **state)
{
    (void)state;
    static page_buf b;
    char va[32], vb[32], vc[32], vd[32];
    template_of(theme_page(&b, 0, "甲店", 3, 100, "本店主营茶叶，正品保障。"), va);
    template_of(theme_page(&b, 0, "乙家旗舰店", 11, 5077, "全场包邮，七天无理由退货，客服QQ 12345678。"),
                vb);
    template_of(theme_page(&b, 1, "甲店", 3, 100, "本店主营茶叶，正品保障。"), vc);
    template_of(theme_page(&b, 1, "丙店", 6, 9, "新品上市。"), vd);
    assert_string_equal(va, vb);
    assert_string_equal(vc, vd); /* digits in classes (am-u-md-3/4, goods-N) do not count */
    assert_string_not_equal(va, vc);
}

/* Only the skeleton counts: the same markup with other text, digits and
 * prices, other inline elements, attributes and unmarked wrappers gives
 * the same value; one theme class renamed gives another. */
static void test_template_content_free(void **state)
{
    (void)state;
    const char *frame = "<html><body><div class=\"top\"><div class=\"logo\">%s</div></div>"
                        "<div class=\"nav\"><ul class=\"menu\"><li class=\"m\">%s</li></ul></div>"
                        "<div class=\"main\"><div class=\"list\"><ul class=\"goods\">"
                        "<li class=\"g\"><p class=\"name\">%s</p><p class=\"%s\">%s</p></li>"
                        "</ul></div>%s</div><div class=\"foot\">%s</div></body></html>";
    char x[2048], y[2048], z[2048], vx[32], vy[32], vz[32];
    snprintf(x, sizeof x, frame, "甲", "首页", "茶叶", "price", "￥10.00", "", "© 2020");
    snprintf(y, sizeof y, frame, "<span class=\"brand\">乙号店</span>", "<b>全部</b> 分类 88",
             "<a href=\"/g/9.html\" title=\"x\">茶具 7 件套</a>", "price", "¥1,299",
             "<div><div style=\"color:red\"><p>店主自写的介绍</p></div></div>", "© 2026 乙");
    snprintf(z, sizeof z, frame, "甲", "首页", "茶叶", "cost", "￥10.00", "", "© 2020");
    template_of(x, vx);
    template_of(y, vy);
    template_of(z, vz);
    assert_string_equal(vx, vy);
    assert_string_not_equal(vx, vz);
}

/* A page too plain to tell a theme by (fewer than 8 marked structural
 * elements, or none marked at all) has no template; nor do classes on
 * inline elements or hidden blocks make one. */
static void test_template_none(void **state)
{
    (void)state;
    const char *pages[] = {
        "<p>店铺</p>",
        "<html><body><div class=\"header\"><h1>店</h1></div><div class=\"main\"><p>欢迎</p>"
        "<ul><li>新款</li><li>包邮</li></ul></div><div class=\"footer\">页脚</div></body></html>",
        "<div><div><ul><li>a</li></ul><div><p>b</p><section><div>c</div></section></div>"
        "</div><footer><div><p>d</p></div></footer><nav><ul><li>e</li></ul></nav></div>",
        "<div class=\"a\"><span class=\"b\">1</span><span class=\"c\">2</span><em class=\"d\">3</em>"
        "<a class=\"e\">4</a><b class=\"f\">5</b><i class=\"g\">6</i><img class=\"h\"><span "
        "class=\"i\">7</span></div><div hidden><div class=\"j\"><div class=\"k\"><div class=\"l\">"
        "<div class=\"m\"><div class=\"n\"><div class=\"o\"><div class=\"p\"></div></div></div>"
        "</div></div></div></div></div>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        parser_page *p = parse(pages[i]);
        if (count(p, "template") != 0)
            fail_msg("page %zu has a template", i);
        parser_page_free(p);
    }
}

/* A page of thousands of distinct marked blocks (a hostile or generated
 * page) still parses, and only its first 256 distinct paths count: what
 * follows them does not change the value. */
static void test_template_bounded(void **state)
{
    (void)state;
    static page_buf x, y;
    char vx[32], vy[32];
    for (int k = 0; k < 2; k++) {
        page_buf *b = k ? &y : &x;
        b->n = 0;
        cat(b, "<html><body>");
        for (int i = 0; i < 600; i++) /* letters: digits would not make them distinct */
            cat(b, "<div class=\"c%c%c%c\"></div>", 'a' + i % 26, 'a' + i / 26 % 26, 'a' + k);
        cat(b, "</body></html>");
    }
    template_of(x.b, vx);
    template_of(y.b, vy);
    assert_string_not_equal(vx, vy); /* the first 256 differ (their third letter) */
    x.n = y.n = 0;
    cat(&x, "<html><body>");
    for (int i = 0; i < 300; i++)
        cat(&x, "<div class=\"c%c%c\"></div>", 'a' + i % 26, 'a' + i / 26 % 26);
    memcpy(&y, &x, sizeof x);
    cat(&x, "<div class=\"tail-one\"></div></body></html>");
    cat(&y, "<div class=\"tail-two\"></div></body></html>");
    template_of(x.b, vx);
    template_of(y.b, vy);
    assert_string_equal(vx, vy);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_registry_facts),
        cmocka_unit_test(test_registry_facts_traditional),
        cmocka_unit_test(test_phones),
        cmocka_unit_test(test_contacts),
        cmocka_unit_test(test_fullwidth_traditional),
        cmocka_unit_test(test_analytics),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_hidden_contacts_ignored),
        cmocka_unit_test(test_normalise),
        cmocka_unit_test(test_template_same_theme),
        cmocka_unit_test(test_template_content_free),
        cmocka_unit_test(test_template_none),
        cmocka_unit_test(test_template_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
