/*
 * Fact classes taught by the open parts of corpus8 (wangjian issue #15),
 * each tried on phrasings and addresses of its own, with its traps:
 *   - a front controller (/, /index.php) whose query routes to another
 *     page (an OpenCart route, a Zen Cart main_page, an id parameter) is
 *     no home page; a query of tracking, visitor or language parameters,
 *     or a route naming the home itself, keeps it the home;
 *   - a holder labelled on the line right above another code (a platform
 *     operator over the platform's code) is that code's, never the one
 *     a shop's code is judged against; a name written after its form of
 *     business (个体工商户 NAME 统一社会信用代码 …) is its code's holder;
 *   - an amount after a two-character reward word (返现, 奖励, 补贴, 红包,
 *     佣金 …) is paid to the buyer and is no price of the item;
 *   - (s29, corpus13/d) an amount after 价值 is a gift's worth (下单赠价值 88 元
 *     的保温杯), no second item: the page keeps its one item and its key, so
 *     a history capture of the same URL still meets it.
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

static parser_page *parse_at(const char *html, const char *url)
{
    parser_page *p = NULL;
    assert_int_equal(parser_parse(html, strlen(html), "text/html; charset=utf-8", url, NULL, &p),
                     PARSER_OK);
    return p;
}

/* ---- front controllers routed to another page ---- */

static void test_front_controller_kind(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        /* routed to another page: no home */
        {"http://a.test/index.php?route=product/product&product_id=52", "-"},
        {"http://a.test/index.php?main_page=product_info&cPath=3&products_id=21", "-"},
        {"http://a.test/index.php?route=information/information&information_id=6", "-"},
        {"http://a.test/?p=128", "-"},
        {"http://a.test/index.php?m=article&a=show&id=9", "-"},
        {"http://a.test/index.php?option=com_content&view=article&id=4", "-"},
        {"http://a.test/?r=site/about", "-"},
        {"http://a.test/index.php?s=/Home/Goods/detail", "-"},
        {"http://a.test/index.php?act=goods", "-"},
        {"http://a.test/INDEX.PHP?Route=checkout/cart", "-"},
        {"http://a.test/?productId=A77", "-"},
        {"http://a.test/default.htm?cat=12", "-"},
        /* still the home page */
        {"http://a.test/", "home"},
        {"http://a.test/index.php", "home"},
        {"http://a.test/index.php?", "home"},
        {"http://a.test/index.php?route=common/home", "home"},
        {"http://a.test/index.php?main_page=index", "home"},
        {"http://a.test/?r=site/index", "home"},
        {"http://a.test/index.php?s=/Home/Index/index", "home"},
        {"http://a.test/?utm_source=baidu&utm_medium=cpc&utm_campaign=brand", "home"},
        {"http://a.test/?from=timeline&spm=a21bo.1", "home"},
        {"http://a.test/index.html?gclid=EAIaIQob&fbclid=IwAR3", "home"},
        {"http://a.test/?lang=zh-cn", "home"},
        {"http://a.test/?uid=88123", "home"},
        {"http://a.test/?route=", "home"},
        /* an ordinary product script keeps its own kind */
        {"http://a.test/goods.php?id=12", "item"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page *p = parse_at("<p>欢迎</p>", cases[i][0]);
        const char *k = p->page_kind ? p->page_kind : "-";
        if (strcmp(k, cases[i][1]) != 0)
            fail_msg("%s: kind %s, want %s", cases[i][0], k, cases[i][1]);
        parser_page_free(p);
    }
}

/* ---- licence holders ---- */

static const parser_license *code_of(const parser_page *p, const char *code)
{
    for (size_t i = 0; i < p->n_licenses; i++)
        if (!strcmp(p->licenses[i].code, code))
            return &p->licenses[i];
    return NULL;
}

static void expect_company(const char *html, const char *code, const char *want)
{
    parser_page *p = parse_at(html, "http://shop.example.test/");
    const parser_license *l = code_of(p, code);
    if (!l)
        fail_msg("%s not read in %s", code, html);
    const char *got = l->company ? l->company : "(none)";
    if (strcmp(got, want ? want : "(none)") != 0)
        fail_msg("%s: company '%s', want '%s'\n%s", code, got, want ? want : "(none)", html);
    parser_page_free(p);
}

static void test_holder_over_other_code(void **state)
{
    (void)state;
    /* the operator labelled over the platform's code is not the shop's holder */
    expect_company("<div><p>统一社会信用代码：92330106MA2CE3Y02X</p><p>店内满百包邮</p></div>"
                   "<div><p>平台运营方：杭州远山网络科技有限公司</p>"
                   "<p>统一社会信用代码 91330108MA2H13HX8W</p></div>",
                   "92330106MA2CE3Y02X", NULL);
    expect_company("<div><p>执照编号 92330106MA2CE3Y02X</p></div>"
                   "<div><p>主办单位：成都青禾信息技术有限公司</p>"
                   "<p>91510100MA61R3BR58 蜀ICP备2020012345号</p></div>",
                   "92330106MA2CE3Y02X", NULL);
    /* the other code keeps its own holder */
    expect_company("<div><p>统一社会信用代码：92330106MA2CE3Y02X</p></div>"
                   "<div><p>平台运营方：杭州远山网络科技有限公司</p>"
                   "<p>统一社会信用代码 91330108MA2H13HX8W</p></div>",
                   "91330108MA2H13HX8W", "杭州远山网络科技有限公司");
    /* an unlabelled name over the other code still stays in this code's window */
    expect_company("<div><p>统一社会信用代码：91330108MA2H13HX8W</p>"
                   "<p>杭州远山网络科技有限公司 版权所有</p>"
                   "<p>友情合作 92330106MA2CE3Y02X</p></div>",
                   "91330108MA2H13HX8W", "杭州远山网络科技有限公司");
    /* the code's own block still names it first */
    expect_company("<div><p>经营者：宁波市海曙区拾光书店</p><p>统一社会信用代码：92330106MA2CE3Y02X</p></div>"
                   "<div><p>平台运营方：杭州远山网络科技有限公司</p>"
                   "<p>统一社会信用代码 91330108MA2H13HX8W</p></div>",
                   "92330106MA2CE3Y02X", "宁波市海曙区拾光书店");
}

static void test_name_after_form(void **state)
{
    (void)state;
    expect_company("<p>个体工商户 宁波市海曙区拾光书店 统一社会信用代码 92330106MA2CE3Y02X</p>",
                   "92330106MA2CE3Y02X", "宁波市海曙区拾光书店");
    expect_company("<p>个人独资企业：厦门市思明区半山茶行 执照 92330106MA2CE3Y02X</p>",
                   "92330106MA2CE3Y02X", "厦门市思明区半山茶行");
    expect_company("<p>個體工商戶　台山市臺城鎮海記餅家 統一社會信用代碼 92330106MA2CE3Y02X</p>",
                   "92330106MA2CE3Y02X", "台山市臺城鎮海記餅家");
    /* the form after the name: the name before it, with the form */
    expect_company("<p>宁波市海曙区拾光书店（个体工商户） 统一社会信用代码 92330106MA2CE3Y02X</p>",
                   "92330106MA2CE3Y02X", "宁波市海曙区拾光书店（个体工商户）");
    /* the form as a heading word: no name read from it */
    expect_company("<p>个体工商户营业执照 统一社会信用代码 92330106MA2CE3Y02X</p>",
                   "92330106MA2CE3Y02X", NULL);
    expect_company("<p>个体工商户 SHOP88 统一社会信用代码 92330106MA2CE3Y02X</p>",
                   "92330106MA2CE3Y02X", NULL);
}

/* ---- rewards are no prices ---- */

static void test_reward_amounts(void **state)
{
    (void)state;
    static const char *const rewards[] = {
        "<p>售价 ¥320</p><p>晒单后返现 15 元</p>",
        "<p>售价 ¥320</p><p>推荐好友奖励 20元</p>",
        "<p>售价 ¥320</p><p>以旧换新补贴 ¥30</p>",
        "<p>售价 ¥320</p><p>下单再得红包 8 元</p>",
        "<p>售价 ¥320</p><p>分销佣金：12元</p>",
        "<p>售價 ¥320</p><p>評價獎勵 10 元</p>",
        "<p>售价 ¥320</p><p>好评返利5元</p>",
    };
    for (size_t i = 0; i < sizeof rewards / sizeof rewards[0]; i++) {
        parser_page *p = parse_at(rewards[i], "http://a.test/course/basic.html");
        if (p->n_prices != 1 || p->prices[0].price != 320)
            fail_msg("%zu prices in %s", p->n_prices, rewards[i]);
        if (strcmp(p->prices[0].item_key, "/course/basic.html") != 0)
            fail_msg("key %s", p->prices[0].item_key);
        parser_page_free(p);
    }
    /* prices whose label merely ends in those characters stay prices */
    static const char *const prices[] = {
        "<p>套餐一 ¥320</p><p>套餐二 现价 ¥450</p>",
        "<p>书包 ¥320</p><p>钱包 ¥45</p>",
        "<p>现金价 ¥320</p><p>分期价 ¥340</p>",
    };
    for (size_t i = 0; i < sizeof prices / sizeof prices[0]; i++) {
        parser_page *p = parse_at(prices[i], "http://a.test/course/basic.html");
        if (p->n_prices != 2)
            fail_msg("%zu prices in %s", p->n_prices, prices[i]);
        parser_page_free(p);
    }
}

/* ---- a gift's worth is no price ---- */

static void test_worth_amounts(void **state)
{
    (void)state;
    static const char *const worth[] = {
        "<p>到手价 ¥560</p><p>划线价 ¥980</p><p>下单赠价值 88 元的保温杯一只</p>",
        "<p>到手价 ¥560</p><p>划线价 ¥980</p><p>晒单抽奖：价值：¥300 的按摩仪</p>",
        "<p>到手價 ¥560</p><p>劃線價 ¥980</p><p>加贈價值 120 元禮盒</p>",
    };
    for (size_t i = 0; i < sizeof worth / sizeof worth[0]; i++) {
        parser_page *p = parse_at(worth[i], "https://b.test/goods/kettle-7.html");
        if (p->n_prices != 1 || p->prices[0].price != 560 || p->prices[0].original != 980)
            fail_msg("%zu prices in %s", p->n_prices, worth[i]);
        if (strcmp(p->prices[0].item_key, "/goods/kettle-7.html") != 0)
            fail_msg("key %s", p->prices[0].item_key);
        parser_page_free(p);
    }
    /* a label that merely holds 值 stays a price: 超值价, 值得买 */
    static const char *const prices[] = {
        "<p>超值价 ¥99</p><p>日常款 ¥120</p>",
        "<p>值得买 ¥99</p><p>加大款 ¥120</p>",
    };
    for (size_t i = 0; i < sizeof prices / sizeof prices[0]; i++) {
        parser_page *p = parse_at(prices[i], "https://b.test/goods/kettle-7.html");
        if (p->n_prices != 2)
            fail_msg("%zu prices in %s", p->n_prices, prices[i]);
        parser_page_free(p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_front_controller_kind),
        cmocka_unit_test(test_holder_over_other_code),
        cmocka_unit_test(test_name_after_form),
        cmocka_unit_test(test_reward_amounts),
        cmocka_unit_test(test_worth_amounts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
