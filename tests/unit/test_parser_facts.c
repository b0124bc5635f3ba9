/*
 * Licence numbers, licence display evidence, ICP / B2 / 公网安备 numbers,
 * prices and platform profiles, on small hand-made pages.
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

static parser_page *parse_with(const char *html, const char *url, const parser_profiles *pr)
{
    parser_page *p = NULL;
    assert_int_equal(parser_parse(html, strlen(html), "text/html; charset=utf-8", url, pr, &p),
                     PARSER_OK);
    return p;
}

static parser_page *parse(const char *html)
{
    return parse_with(html, "http://shop.example.test/", NULL);
}

static const parser_license *find_lic(const parser_page *p, const char *code)
{
    for (size_t i = 0; i < p->n_licenses; i++)
        if (strcmp(p->licenses[i].code, code) == 0)
            return &p->licenses[i];
    return NULL;
}

static const parser_icp *find_icp(const parser_page *p, parser_icp_kind kind, const char *num)
{
    for (size_t i = 0; i < p->n_icps; i++)
        if (p->icps[i].kind == kind && strcmp(p->icps[i].number, num) == 0)
            return &p->icps[i];
    return NULL;
}

/* ---- check characters ---- */

static void test_check_chars(void **state)
{
    (void)state;
    assert_true(parser_uscc_valid("91110000600037341L"));
    assert_true(parser_uscc_valid("91330106673959654P"));
    assert_true(parser_uscc_valid("91350100M000100Y43"));
    assert_false(parser_uscc_valid("91110000600037341M"));
    assert_false(parser_uscc_valid("91330106673959654"));
    assert_false(parser_uscc_valid("9133010667395965OP")); /* O is not in the charset */
    assert_false(parser_uscc_valid(NULL));
    /* GB 11714: the organisation code inside (chars 9-17) has its own check
     * character; each pair differs only there, the outer check passing */
    assert_true(parser_uscc_valid("9132050658641973XN"));  /* inner check X */
    assert_false(parser_uscc_valid("91320506586419730W"));
    assert_true(parser_uscc_valid("92440106MA4R7K2E99"));  /* letters A-Z = 10-35 */
    assert_false(parser_uscc_valid("92440106MA4R7K2E0D"));
    assert_true(parser_uscc_valid("91510104MA6CQ9T18P"));
    assert_false(parser_uscc_valid("91510104MA6CQ9T10Y"));
    assert_true(parser_regno_valid("110108000000016"));
    assert_true(parser_regno_valid("330106000123458"));
    assert_false(parser_regno_valid("330106000123457"));
    assert_false(parser_regno_valid("33010600012345A"));
    assert_false(parser_regno_valid("1101080000000160"));
}

/* ---- licences ---- */

static void test_license_block(void **state)
{
    (void)state;
    parser_page *p = parse(
        "<html><body><div class=footer><p>企业名称：杭州示例网络科技有限公司</p>"
        "<p>统一社会信用代码：91330106673959654P</p><p>法定代表人：张三</p>"
        "<p>住所：浙江省杭州市西湖区文三路 100 号</p></div></body></html>");
    const parser_license *l = find_lic(p, "91330106673959654P");
    assert_non_null(l);
    assert_int_equal(l->kind, PARSER_LIC_USCC);
    assert_int_equal(l->check_ok, 1);
    assert_int_equal(l->visible, 1);
    assert_memory_equal(p->text + l->text_off, "91330106673959654P", 18);
    assert_string_equal(l->company, "杭州示例网络科技有限公司");
    assert_string_equal(l->legal_rep, "张三");
    assert_string_equal(l->address, "浙江省杭州市西湖区文三路 100 号");
    parser_page_free(p);
}

static void test_license_table(void **state)
{
    (void)state;
    parser_page *p = parse("<table><tr><th>名称</th><td>厦门示例贸易有限公司</td></tr>"
                           "<tr><th>统一社会信用代码</th><td>91350100M000100Y43</td></tr>"
                           "<tr><th>法定代表人</th><td>王五</td></tr>"
                           "<tr><th>住所</th><td>福建省厦门市思明区 1 号</td></tr></table>");
    const parser_license *l = find_lic(p, "91350100M000100Y43");
    assert_non_null(l);
    assert_int_equal(l->check_ok, 1);
    assert_string_equal(l->company, "厦门示例贸易有限公司");
    assert_string_equal(l->legal_rep, "王五");
    assert_string_equal(l->address, "福建省厦门市思明区 1 号");
    parser_page_free(p);
}

static void test_license_bad_check_labelled(void **state)
{
    (void)state;
    parser_page *p = parse("<p>北京某某商贸有限公司 营业执照注册号 110108000000017 "
                           "社会信用代码:91110000600037341M</p>");
    const parser_license *l = find_lic(p, "91110000600037341M");
    assert_non_null(l);
    assert_int_equal(l->check_ok, 0);
    assert_int_equal(l->visible, 1);
    assert_string_equal(l->company, "北京某某商贸有限公司");
    const parser_license *r = find_lic(p, "110108000000017");
    assert_non_null(r);
    assert_int_equal(r->kind, PARSER_LIC_REGNO);
    assert_int_equal(r->check_ok, 0);
    parser_page_free(p);
}

static void test_license_traps(void **state)
{
    (void)state;
    parser_page *p = parse(
        "<p>订单号 202311230000123457 商品编码 ABCDEFGH12345678XY 物流单号 330106000123458</p>"
        "<p>SKU X91330106673959654PX 与 913301066739596541P2</p>");
    assert_int_equal(p->n_licenses, 0);
    parser_page_free(p);
    /* an unlabelled code that has the shape and passes the check is a code */
    p = parse("<p>本店主体 91350100M000100Y43</p>");
    assert_non_null(find_lic(p, "91350100M000100Y43"));
    parser_page_free(p);
}

/* The holder's name: a heading run into it by inline spans is cut off
 * (a name may still hold 信息 itself), and a name ending in 厂 or 商行 is
 * taken before a 有限公司 of another line. */
static void test_license_holder_name(void **state)
{
    (void)state;
    parser_page *p = parse("<div><span>企业资质信息</span><span>武汉汉江信息技术有限公司　"
                           "统一社会信用代码 91420106MB3W8E5C74</span></div>");
    const parser_license *l = find_lic(p, "91420106MB3W8E5C74");
    assert_non_null(l);
    assert_string_equal(l->company, "武汉汉江信息技术有限公司");
    parser_page_free(p);
    p = parse("<p>福州市鼓楼区榕树下茶叶商行 | 信用代码 92350102MA2YK7HD48</p>"
              "<p>仓储合作：福建闽运仓储有限公司</p>");
    l = find_lic(p, "92350102MA2YK7HD48");
    assert_non_null(l);
    assert_string_equal(l->company, "福州市鼓楼区榕树下茶叶商行");
    parser_page_free(p);
    /* a 经营部 on the line above a 注册号 is its holder, not the platform
     * operator's 有限公司 in the footer below (corpus13 d/cd-home) */
    p = parse("<p>成都市新都区蜀匠板材经营部</p><p>营业执照注册号：510125000612346</p>"
              "<p>网剑商城 由 杭州网剑网络科技有限公司 运营</p>");
    l = find_lic(p, "510125000612346");
    assert_non_null(l);
    assert_string_equal(l->company, "成都市新都区蜀匠板材经营部");
    parser_page_free(p);
    /* 厂 followed by more CJK (厂家) ends no name */
    p = parse("<p>源头厂家直供 信用代码 92350102MA2YK7HD48</p>");
    l = find_lic(p, "92350102MA2YK7HD48");
    assert_non_null(l);
    assert_null(l->company);
    parser_page_free(p);
}

/* A 15-digit 注册号 whose label comes after it (a swapped <dt>/<dd>, the
 * label in brackets) is the page's licence when its check digit is right;
 * a label that has a value of its own labels that value. */
static void test_license_label_after(void **state)
{
    (void)state;
    parser_page *p = parse("<dl><dt>名称</dt><dd>420106000312754</dd><dt>注册号</dt>"
                           "<dd>武汉江岸五金有限公司</dd></dl>");
    const parser_license *l = find_lic(p, "420106000312754");
    assert_non_null(l);
    assert_int_equal(l->kind, PARSER_LIC_REGNO);
    assert_string_equal(l->company, "武汉江岸五金有限公司");
    parser_page_free(p);
    p = parse("<p>上海浦江灯具有限公司 310115000986420（营业执照注册号）</p>");
    assert_non_null(find_lic(p, "310115000986420"));
    parser_page_free(p);
    p = parse("<p>快递单号 310115000986420</p><p>营业执照：详见页脚</p>");
    assert_null(find_lic(p, "310115000986420"));
    parser_page_free(p);
    p = parse("<p>订单 310115000986421</p><p>注册号</p>"); /* wrong check digit */
    assert_null(find_lic(p, "310115000986421"));
    parser_page_free(p);
}

static void test_license_hidden(void **state)
{
    (void)state;
    parser_page *p = parse("<script>var uscc=\"91110000600037341L\";</script>"
                           "<div style='display:none'>信用代码 91330106673959654P</div>"
                           "<!-- 统一社会信用代码 91350100M000100Y43 --><p>欢迎光临</p>");
    assert_int_equal(p->n_licenses, 3);
    for (size_t i = 0; i < p->n_licenses; i++)
        assert_int_equal(p->licenses[i].visible, 0);
    parser_page_free(p);
}

static void test_license_display(void **state)
{
    (void)state;
    parser_page *p = parse("<p>欢迎</p>");
    assert_int_equal(p->license_display.image + p->license_display.link +
                         p->license_display.ezz_link + p->license_display.exemption, 0);
    parser_page_free(p);

    p = parse("<div><img src=/a/yyzz.jpg alt=''></div>");
    assert_int_equal(p->license_display.image, 1);
    parser_page_free(p);
    p = parse("<div><img src=/a/1.jpg title='营业执照'></div>");
    assert_int_equal(p->license_display.image, 1);
    parser_page_free(p);
    p = parse("<div hidden><img src=/a/1.jpg alt='营业执照'></div>");
    assert_int_equal(p->license_display.image, 0);
    parser_page_free(p);
    p = parse("<a href='https://creativecommons.org/licenses/by/4.0/'><img alt='CC License' "
              "src='/cc-license.png'></a><a href='/LICENSE.txt'>License</a>");
    assert_int_equal(p->license_display.image + p->license_display.link, 0);
    parser_page_free(p);
    p = parse("<img hidden alt='营业执照'><a href='/yyzz.html' style='display:none'>营业执照</a>");
    assert_int_equal(p->license_display.image + p->license_display.link, 0);
    parser_page_free(p);
    p = parse("<footer><a href='/about/cert.html'>工商亮照</a></footer>");
    assert_int_equal(p->license_display.link, 1);
    parser_page_free(p);
    p = parse("<a href='https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;"
              "serial=91330106673959654P-SAIC_SHOW_1000&amp;signData=abc'><img src=b.png></a>");
    assert_int_equal(p->license_display.ezz_link, 1);
    assert_string_equal(p->license_display.ezz_serial, "91330106673959654P-SAIC_SHOW_1000");
    parser_page_free(p);
    p = parse("<p>本店为个人销售自产农副产品，依据《中华人民共和国电子商务法》第十条，"
              "不需要办理市场主体登记。</p>");
    assert_int_equal(p->license_display.exemption, 1);
    parser_page_free(p);
    p = parse("<script>var s='不需要办理市场主体登记';</script>");
    assert_int_equal(p->license_display.exemption, 0);
    parser_page_free(p);
}


/* ---- traditional, full-width and malformed forms (issue #15) ---- */

static void test_license_forms_zh(void **state)
{
    (void)state;
    /* full-width code after a traditional label; a code printed in groups */
    parser_page *p = parse("<div><p>統一社會信用代碼：９１１１００００６０００３７３４１Ｌ</p>"
                           "<p>注册号 1101 0800 0000 016</p></div>");
    const parser_license *l = find_lic(p, "91110000600037341L");
    assert_non_null(l);
    assert_int_equal(l->kind, PARSER_LIC_USCC);
    assert_int_equal(l->check_ok, 1);
    assert_int_equal(l->visible, 1);
    assert_memory_equal(p->text + l->text_off, "９", strlen("９"));
    l = find_lic(p, "110108000000016");
    assert_non_null(l);
    assert_int_equal(l->kind, PARSER_LIC_REGNO);
    assert_int_equal(l->check_ok, 1);
    parser_page_free(p);

    /* groups join only while the code fits 18: a year after it stays out */
    p = parse("<p>营业执照 信用代码: 913301 066739 59654P 2024</p>");
    assert_non_null(find_lic(p, "91330106673959654P"));
    assert_int_equal(p->n_licenses, 1);
    parser_page_free(p);

    /* a label above its value (<dt>/<dd>, stacked cells): one line break
     * between them; a line that is not the code ends its reach */
    p = parse("<dl><dt>统一社会信用代码</dt><dd>9133 0106 6739 5965 4P</dd></dl>");
    assert_non_null(find_lic(p, "91330106673959654P"));
    parser_page_free(p);
    p = parse("<table><tr><td>注册号</td></tr><tr><td>1101 0800 0000 016</td></tr></table>");
    assert_non_null(find_lic(p, "110108000000016"));
    parser_page_free(p);
    p = parse("<p>统一社会信用代码</p><p></p><p>联系电话</p><p>0571 8888 6666 1234 5</p>");
    assert_int_equal(p->n_licenses, 0);
    parser_page_free(p);
}

static void test_license_malformed_labelled(void **state)
{
    (void)state;
    /* 17 and 19 characters, and a letter outside the alphabet, after a
     * label: displayed but invalid (LICENSE_INVALID), never "no licence" */
    static const char *const bad[][2] = {
        {"<p>统一社会信用代码：91330106673959654</p>", "91330106673959654"},
        {"<p>統一社會信用代碼：913301066739596541P</p>", "913301066739596541P"},
        {"<p>信用代码：9133010667395965OP</p>", "9133010667395965OP"},
        {"<p>营业执照注册号：11010800000001</p>", "11010800000001"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        parser_page *p = parse(bad[i][0]);
        const parser_license *l = find_lic(p, bad[i][1]);
        if (!l)
            fail_msg("not recorded: %s", bad[i][0]);
        assert_int_equal(l->check_ok, 0);
        assert_int_equal(l->visible, 1);
        parser_page_free(p);
    }
    /* unlabelled or too short: not a licence at all */
    parser_page *p = parse("<p>订单号 91330106673959654</p><p>信用代码：2019年换发</p>"
                           "<p>营业执照 SC10637010200123 食品生产许可</p>");
    assert_int_equal(p->n_licenses, 0);
    parser_page_free(p);
}

static void test_license_fields_per_block(void **state)
{
    (void)state;
    /* the shop's block and the footer's block each keep their own holder;
     * a name outside the BMP and a closing bracket stay in the name */
    parser_page *p = parse(
        "<div><p>店铺资质 经营者：龙岩𠮷祥山货工作室 统一社会信用代码：91330106673959654P</p>"
        "<p>营业执照：某某农场（个体工商户） 注册号：110108000000016</p>"
        "<p>运营方营业执照：杭州某某科技有限公司 统一社会信用代码：91110000600037341L</p></div>");
    const parser_license *l = find_lic(p, "91330106673959654P");
    assert_non_null(l);
    assert_string_equal(l->company, "龙岩𠮷祥山货工作室");
    l = find_lic(p, "110108000000016");
    assert_non_null(l);
    assert_string_equal(l->company, "某某农场（个体工商户）");
    l = find_lic(p, "91110000600037341L");
    assert_string_equal(l->company, "杭州某某科技有限公司");
    assert_int_equal(l->platform, 0); /* not a platform page */
    parser_page_free(p);

    /* the form closing the name before it ("…（个体工商户）统一社会信用代码 9244…", no
     * space) is no prefix of a name after it: the label is no holder (corpus12 a/holdout 064) */
    p = parse("<p>某某县山珍小铺（个体工商户）统一社会信用代码 91330106673959654P</p>");
    assert_string_equal(find_lic(p, "91330106673959654P")->company, "某某县山珍小铺（个体工商户）");
    parser_page_free(p);

    /* "经营者：张三" names a person: no company from it */
    p = parse("<p>经营者：张三 统一社会信用代码：91330106673959654P</p>");
    assert_null(find_lic(p, "91330106673959654P")->company);
    parser_page_free(p);

    /* a branch's registered name runs on to its suffix (a place, then
     * 分公司 / 营业部 ...); words that only follow the name do not */
    static const char *const names[][2] = {
        {"佛山某某陶瓷有限公司南海分公司", "佛山某某陶瓷有限公司南海分公司"},
        {"上海某某贸易有限公司浦东新区营业部", "上海某某贸易有限公司浦东新区营业部"},
        {"杭州某某科技有限公司欢迎光临本店分店", "杭州某某科技有限公司"},
        {"杭州某某科技有限公司全国各地分公司", "杭州某某科技有限公司"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char html[256];
        snprintf(html, sizeof html, "<p>%s 统一社会信用代码：91330106673959654P</p>", names[i][0]);
        p = parse(html);
        const char *got = find_lic(p, "91330106673959654P")->company;
        if (!got || strcmp(got, names[i][1]) != 0)
            fail_msg("%s: company %s", names[i][0], got ? got : "(none)");
        parser_page_free(p);
    }
}

static void test_icp_traditional(void **state)
{
    (void)state;
    parser_page *p = parse("<p>閩ICP備２０２１０１２３號-1</p><p>粵ICP證030173號</p>"
                           "<p>蘇公網安備 32050802000123號</p><p>滬ICP备16017121号</p>");
    const parser_icp *e = find_icp(p, PARSER_ICP_FILING, "閩ICP備２０２１０１２３號-1");
    assert_non_null(e);
    assert_int_equal(e->well_formed, 1);
    assert_string_equal(e->province, "福建");
    e = find_icp(p, PARSER_ICP_LICENSE, "粵ICP證030173號");
    assert_non_null(e);
    assert_string_equal(e->province, "广东");
    e = find_icp(p, PARSER_ICP_PSB, "蘇公網安備 32050802000123號");
    assert_non_null(e);
    assert_int_equal(e->well_formed, 1); /* 32 = 江苏 */
    e = find_icp(p, PARSER_ICP_FILING, "滬ICP备16017121号");
    assert_non_null(e);
    assert_string_equal(e->province, "上海");
    parser_page_free(p);

    /* a short number is shown, malformed: ICP_INVALID's, not missing */
    p = parse("<p>京ICP备123号</p>");
    assert_int_equal(p->n_icps, 1);
    assert_int_equal(p->icps[0].well_formed, 0);
    parser_page_free(p);
    /* the word alone is no number */
    p = parse("<p>ICP备案办理中</p><p>ICP备：待审核</p>");
    assert_int_equal(p->n_icps, 0);
    parser_page_free(p);
}

/* ---- ICP ---- */

static void test_icp_forms(void **state)
{
    (void)state;
    parser_page *p = parse(
        "<footer><p>京ICP备16017121号-1</p><p>粤ICP备2024000101号</p><p>京ICP证030173号</p>"
        "<p>增值电信业务经营许可证：浙B2-20080101</p><p>京公网安备 11010502032345号</p>"
        "<p>京｜ICP备１１０２０８７２号－１７</p><p>蜀ICP备18001234号</p><p>陇ICP备17000001号</p>"
        "<p>沪公网安备310104000001</p></footer>");
    const parser_icp *e = find_icp(p, PARSER_ICP_FILING, "京ICP备16017121号-1");
    assert_non_null(e);
    assert_string_equal(e->abbr, "京");
    assert_string_equal(e->province, "北京");
    assert_int_equal(e->well_formed, 1);
    assert_int_equal(e->visible, 1);
    assert_memory_equal(p->text + e->text_off, "京ICP备", strlen("京ICP备"));
    e = find_icp(p, PARSER_ICP_FILING, "粤ICP备2024000101号");
    assert_non_null(e);
    assert_int_equal(e->well_formed, 1);
    e = find_icp(p, PARSER_ICP_LICENSE, "京ICP证030173号");
    assert_non_null(e);
    assert_int_equal(e->well_formed, 1);
    e = find_icp(p, PARSER_ICP_B2, "浙B2-20080101");
    assert_non_null(e);
    assert_string_equal(e->province, "浙江");
    assert_int_equal(e->well_formed, 1);
    e = find_icp(p, PARSER_ICP_PSB, "京公网安备 11010502032345号");
    assert_non_null(e);
    assert_int_equal(e->well_formed, 1);
    e = find_icp(p, PARSER_ICP_FILING, "京｜ICP备１１０２０８７２号－１７");
    assert_non_null(e);
    assert_int_equal(e->well_formed, 1);
    e = find_icp(p, PARSER_ICP_FILING, "蜀ICP备18001234号");
    assert_non_null(e);
    assert_string_equal(e->province, "四川");
    e = find_icp(p, PARSER_ICP_FILING, "陇ICP备17000001号");
    assert_non_null(e);
    assert_string_equal(e->province, "甘肃");
    e = find_icp(p, PARSER_ICP_PSB, "沪公网安备310104000001");
    assert_non_null(e);
    assert_int_equal(e->well_formed, 1);
    assert_int_equal(p->n_icps, 9);
    parser_page_free(p);
}

static void test_icp_malformed(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "京ICP备12345678号", "京ICP备XXXXXXXX号", "京ICP备88888888号", "萌ICP备20240001号",
        "茶ICP备20240002号", "京ICP备1601712号", "京ICP证03017号", "粤B2-2008010",
        "京公网安备 31010502032345号", "京公网安备 1101050203号", "ICP备16017121号", NULL};
    for (size_t i = 0; bad[i]; i++) {
        char html[256];
        snprintf(html, sizeof html, "<p>%s</p>", bad[i]);
        parser_page *p = parse(html);
        assert_int_equal(p->n_icps, 1);
        if (p->icps[0].well_formed)
            fail_msg("%s: well_formed should be 0", bad[i]);
        assert_string_equal(p->icps[0].number, bad[i]);
        parser_page_free(p);
    }
    parser_page *p = parse("<p>萌ICP备20240001号</p>");
    assert_string_equal(p->icps[0].abbr, "萌");
    assert_null(p->icps[0].province);
    parser_page_free(p);

    /* a number printed in two groups is one number: valid when the whole
     * is, malformed when the whole is; a year after a whole number is not
     * a second group */
    static const char *const grouped[][2] = {
        {"<p>苏ICP备1102 3456号</p>", "1"}, {"<p>苏ICP备2019　045718号-2</p>", "1"},
        {"<p>苏ICP备1102 345号</p>", "0"}, {"<p>苏ICP备0000 0000号</p>", "0"},
        /* full-width digits with a typographic space (en, thin, NBSP) between */
        {"<p>苏ICP备１１０２\xE2\x80\x82３４５６号</p>", "1"}, /* U+2002 */
        {"<p>苏ICP备２０１９\xE2\x80\x89０４５７１８号</p>", "1"}, /* U+2009 */
        {"<p>苏ICP备１１０２\xC2\xA0３４５６号-1</p>", "1"}, /* U+00A0 */
        /* a line break is no group space */
        {"<p>苏ICP备1102<br>3456号</p>", "0"}};
    for (size_t i = 0; i < sizeof grouped / sizeof grouped[0]; i++) {
        p = parse(grouped[i][0]);
        assert_int_equal(p->n_icps, 1);
        if (p->icps[0].well_formed != (grouped[i][1][0] == '1'))
            fail_msg("%s: well_formed %d", grouped[i][0], p->icps[0].well_formed);
        parser_page_free(p);
    }
    static const char *const whole[] = {"<p>苏ICP备11023456 2024号-1</p>", "<p>京ICP备10291736 1号</p>",
                                        "<p>京ICP证030173 1号</p>"};
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++) {
        p = parse(whole[i]);
        if (!p->icps[0].well_formed)
            fail_msg("%s: a whole number and a stray group were joined", whole[i]);
        parser_page_free(p);
    }
}

static void test_icp_visibility(void **state)
{
    (void)state;
    parser_page *p = parse("<p>浙ICP备16017121号</p><script>var f='京ICP备11041704号';</script>"
                           "<p hidden>京公网安备 11000002000088号</p><p>浙ICP备16017121号</p>");
    assert_int_equal(p->n_icps, 3);
    assert_int_equal(find_icp(p, PARSER_ICP_FILING, "浙ICP备16017121号")->visible, 1);
    assert_int_equal(find_icp(p, PARSER_ICP_FILING, "京ICP备11041704号")->visible, 0);
    assert_int_equal(find_icp(p, PARSER_ICP_PSB, "京公网安备 11000002000088号")->visible, 0);
    parser_page_free(p);
}

/* ---- prices ---- */

static void test_prices_item_page(void **state)
{
    (void)state;
    static const char *const body = "<div>推荐 ¥5</div><div class=price>促销价 ￥1,299.50</div>"
                                    "<div>原价 ¥1,599</div>";
    /* not an item page by URL: three tokens, two current prices */
    parser_page *p = parse_with(body, "http://shop.example.test/goods/list.html?page=2", NULL);
    assert_null(p->page_kind);
    assert_int_equal(p->n_prices, 2);
    assert_string_equal(p->prices[0].item_key, "/goods/list.html?page=2#1");
    assert_true(p->prices[1].price == 1299.50);
    assert_true(p->prices[1].original == 1599.0);
    parser_page_free(p);
    /* a product address: one item, its labelled current price */
    p = parse_with(body, "http://shop.example.test/goods/88.html", NULL);
    assert_string_equal(p->page_kind, "item");
    assert_int_equal(p->n_prices, 1);
    assert_string_equal(p->prices[0].item_key, "/goods/88.html");
    assert_true(p->prices[0].price == 1299.50 && p->prices[0].original == 1599.0);
    parser_page_free(p);

    p = parse("<p>到手价 88元</p><p>吊牌价：199元</p>");
    assert_int_equal(p->n_prices, 1);
    assert_string_equal(p->prices[0].item_key, "/");
    assert_true(p->prices[0].price == 88.0);
    assert_true(p->prices[0].original == 199.0);
    assert_memory_equal(p->text + p->prices[0].text_off, "88", 2);
    parser_page_free(p);

    /* a maker's suggested price is the compared price (推荐零售价, 厂家指导价, 建议售价 of the
     * published 价格欺诈 cases); 政府指导价 is a price regime, the price itself */
    p = parse("<p>厂家指导价￥368，活动价￥98</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 98.0 && p->prices[0].original == 368.0);
    parser_page_free(p);
    p = parse("<p>建议售价：128元 售价：68元</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 68.0 && p->prices[0].original == 128.0);
    parser_page_free(p);
    /* the traditional forms of HK/TW templates, 品牌指導價 and 廠商指導價 too */
    p = parse("<p>品牌指導價 ¥1280 到手價 ¥880</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 880.0 && p->prices[0].original == 1280.0);
    parser_page_free(p);
    p = parse("<p>廠商指導價：368元 售價：98元</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 98.0 && p->prices[0].original == 368.0);
    parser_page_free(p);
    p = parse("<p>政府指导价 ¥45</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 45.0 && p->prices[0].original < 0);
    parser_page_free(p);
}

/* Product addresses of independent shops are item pages; lists, searches,
 * news and scripts that are not about a product are not (corpus4: tiered
 * prices on /offer/6001.html were three items, none keyed like the page's
 * earlier capture). */
static void test_product_addresses(void **state)
{
    (void)state;
    static const char *const items[] = {
        "/goods/33.html", "/offer/6001.html", "/p/8812", "/goods-33.html", "/Item_5.htm",
        "/goods.php?id=12", "/item.htm?spm=a1&id=640012", "/product/detail?ID=7",
        "/products/tea-2024", "/mall/goods/77.html", NULL};
    static const char *const others[] = {
        "/goods/list.html", "/products/", "/search?q=1", "/news/2024.html", "/p/",
        "/category/12.html", "/view.php?id=3", "/list.php?goods_id=3", "/about.html",
        "/goods.php?act=cart", "/goods/list_2.html", "/products/page-3.html", "/category/shoes/p/2",
        "/news/p2.html", "/items-list-3.html", "/goods/new-2.html", NULL};
    char url[256];
    for (size_t i = 0; items[i]; i++) {
        snprintf(url, sizeof url, "http://shop.example.test%s", items[i]);
        parser_page *p = parse_with("<p>¥10</p>", url, NULL);
        if (!p->page_kind || strcmp(p->page_kind, "item") != 0)
            fail_msg("not an item page: %s", items[i]);
        parser_page_free(p);
    }
    for (size_t i = 0; others[i]; i++) {
        snprintf(url, sizeof url, "http://shop.example.test%s", others[i]);
        parser_page *p = parse_with("<p>¥10</p>", url, NULL);
        if (p->page_kind)
            fail_msg("%s is a %s page", others[i], p->page_kind);
        parser_page_free(p);
    }
    /* one path serves the kind and the price keys: homes are matched before
     * the query and in any case, items on a lower-cased copy, and the price
     * key keeps the address as written */
    static const char *const homes[] = {"/INDEX.HTML?from=ad", "/?utm=1", "/Default.htm", NULL};
    for (size_t i = 0; homes[i]; i++) {
        snprintf(url, sizeof url, "http://shop.example.test%s", homes[i]);
        parser_page *p = parse_with("<p>¥10</p>", url, NULL);
        if (!p->page_kind || strcmp(p->page_kind, "home") != 0)
            fail_msg("not a home page: %s", homes[i]);
        parser_page_free(p);
    }
    parser_page *p = parse_with("<p>¥10</p>", "http://shop.example.test/Goods/33.HTML?Ref=Top", NULL);
    assert_string_equal(p->page_kind, "item");
    assert_int_equal(p->n_prices, 1);
    assert_string_equal(p->prices[0].item_key, "/Goods/33.HTML?Ref=Top");
    parser_page_free(p);
    p = parse_with("<p>¥10</p>", "http://shop.example.test/index.html5", NULL);
    assert_null(p->page_kind);
    parser_page_free(p);
}

/* Traditional labels, full-width digits and "X价格" labels (issue #15). */
static void test_prices_forms_zh(void **state)
{
    (void)state;
    parser_page *p = parse("<p>售價：ＮＴ ￥１２９元</p><p>原價：￥２５９</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 129.0);
    assert_true(p->prices[0].original == 259.0);
    parser_page_free(p);

    /* 市场价格 is the compared price although it ends in 价格 */
    p = parse("<p>市场价格：¥368.00元</p><p>本店售价：¥198.00元</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 198.0);
    assert_true(p->prices[0].original == 368.0);
    parser_page_free(p);

    /* traditional discounts are amounts, not prices; a full-width digit run
     * inside a longer one is not a second price */
    p = parse("<p>劃線價 ¥99</p><p>現價 ¥59</p><p>滿300減50元　贈品 10元券</p><p>型號１２３４５６元</p>");
    assert_true(p->prices[0].price == 59.0);
    assert_true(p->prices[0].original == 99.0);
    for (size_t i = 0; i < p->n_prices; i++)
        assert_true(p->prices[i].price != 50.0 && p->prices[i].price != 10.0 &&
                    p->prices[i].price != 23456.0);
    parser_page_free(p);
}

/* A page whose first price is 88, and the compared price read beside it. */
typedef struct {
    const char *html;
    double original; /* -1: none read */
} original_case;

/* Each case read with 88 as its first price (the only one when one_price)
 * and its original as given. */
static void check_originals(const original_case *cases, size_t n, int one_price)
{
    for (size_t i = 0; i < n; i++) {
        parser_page *p = parse(cases[i].html);
        if (one_price)
            assert_int_equal(p->n_prices, 1);
        assert_true(p->n_prices >= 1);
        assert_true(p->prices[0].price == 88.0);
        if (cases[i].original < 0)
            assert_true(p->prices[0].original < 0);
        else
            assert_true(p->prices[0].original == cases[i].original);
        parser_page_free(p);
    }
}

/* Compared-price labels in other sellers' words (paraphrase round, issue #15): the bare
 * number after an original label is the compared price; 按原价 settles a sum, compares
 * nothing; a bare number counting something after 吊牌 is no price. */
static void test_prices_para_labels(void **state)
{
    (void)state;
    static const original_case cases[] = {
        {"<p>¥88</p><p>门店价：699，线上专享</p>", 699},
        {"<p>¥88</p><p>原售价￥3999</p>", 3999},
        {"<p>¥88</p><p>日常售价 169元</p>", 169},
        {"<p>¥88</p><p>平时卖3999，今天直播间只要</p>", 3999},
        {"<p>¥88</p><p>實體店價 ¥699</p>", 699},
        {"<p>¥88</p><p>退货运费按原价格10元由本店承担</p>", -1},
        {"<p>¥88</p><p>不满意以原价 20元 退回</p>", -1},
        {"<p>¥88</p><p>附吊牌2个</p>", -1},
        {"<p>¥88</p><p>原价123abc</p>", -1},
        /* review s27 (12, 13): 以 ending another word settles nothing (所以原价, 可以原价);
         * a bare number going on as a size, a range, a phone number or a date is no price,
         * nor does its label reach a later amount; one ending at a space before a word is */
        {"<p>¥88</p><p>活动结束，所以原价¥259的外套要恢复了</p>", 259},
        {"<p>¥88</p><p>您可以原价¥159对比一下</p>", 159},
        {"<p>¥88</p><p>吊牌：170/92A，与实物一致</p>", -1},
        {"<p>¥88</p><p>吊牌：155-160</p>", -1},
        {"<p>¥88</p><p>门店价：400-123-4567</p>", -1},
        {"<p>¥88</p><p>原价 2025-03-01 起上调</p>", -1},
        {"<p>¥88</p><p>吊牌 2025.03</p>", -1},
        {"<p>¥88</p><p>原价 12:30 更新</p>", -1},
        {"<p>吊牌：155-160</p><p>¥88</p>", -1},
        {"<p>原价 2025-03-01 起上调</p><p>¥88</p>", -1},
        {"<p>原价2599 现价¥88</p>", 2599},
        /* review s27b (11): a count or a term after the space is no compared price */
        {"<p>¥88</p><p>原价：2 盒装</p>", -1},
        {"<p>¥88</p><p>原价：3 件起批</p>", -1},
        {"<p>¥88</p><p>原价 3 年质保</p>", -1},
        {"<p>¥88</p><p>专柜价 6 支一组</p>", -1},
        {"<p>¥88</p><p>原价 599 元</p>", 599},
        {"<p>¥88</p><p>原价 3999 限时直降</p>", 3999},
    };
    check_originals(cases, sizeof cases / sizeof cases[0], 0);
}

/* A label names the amount after it, not one after a second amount: the
 * compared price's label reaches across a short line to the promotion
 * price only when another label sits between them (corpus3). */
static void test_prices_label_stops_at_amount(void **state)
{
    (void)state;
    parser_page *p = parse_with("<p>吊牌价 ¥459.00</p><p>年货节 ¥219</p>",
                                "http://shop.example.test/item.htm?id=7", NULL);
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 219.0);
    assert_true(p->prices[0].original == 459.0);
    parser_page_free(p);
    p = parse("<p>参考价 ￥88 　限时抢 ￥39.9</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 39.9);
    assert_true(p->prices[0].original == 88.0);
    parser_page_free(p);
}

static void test_prices_strike_and_range(void **state)
{
    (void)state;
    parser_page *p = parse("<p><del>¥299</del> ¥199</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 199.0);
    assert_true(p->prices[0].original == 299.0);
    parser_page_free(p);
    p = parse("<p>¥10.5-20 包邮</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 10.5);
    assert_true(p->prices[0].original < 0);
    parser_page_free(p);
    p = parse("<p>满300减50元 领券立减¥10元 运费：8元 10元优惠券 省20元</p><p>RMB 30 ～ 45元</p>"
              "<p>2023年 共3件 第1页 100%</p>");
    assert_int_equal(p->n_prices, 1);
    assert_true(p->prices[0].price == 30.0);
    parser_page_free(p);
}

/* A 划线价 struck by styling, as shop themes draw it (issue #15, corpus10): an
 * inline element whose style has line-through or whose class names a former
 * price.  Not a block named so (a row of prices called price-line holds the
 * current price too), nor a class that only says market or price. */
static void test_prices_styled_strike(void **state)
{
    (void)state;
    static const original_case cases[] = {
        {"<p><span class=\"now\">¥88</span> <span class=\"line-price\">¥158</span></p>", 158},
        {"<p>到手 ¥88 <em class=\"goods-price__line\">¥158</em></p>", 158},
        {"<p><b>¥88</b><span style=\"color:#999; text-decoration: line-through\">¥158</span></p>", 158},
        {"<p><i class=\"price old\">¥158</i> <b class=\"price\">¥88</b></p>", 158},
        {"<p>¥88 <span class=\"OriginPrice strikethrough\">¥158</span></p>", 158},
        {"<table><tr><td>¥88</td><td style=\"text-decoration:line-through\">¥158</td></tr></table>",
         158},
        {"<p>¥88</p><div style=\"TEXT-DECORATION: Line-Through\">¥158</div>", 158},
        {"<p>¥88 <span class=\"goods price-original\">¥158</span></p>", 158},
        {"<div class=\"price-line\"><span class=\"price\">¥88</span></div>", -1},
        {"<p><span class=\"market-price\">¥88</span></p>", -1},
        {"<p><span class=\"price now\">¥88</span> <span class=\"hotline\">客服</span></p>", -1},
        /* a needle inside a longer word is not one: model-price is no del-price, gold- and
         * bold-price no old-price, online- and headline-price no line-price, price-delivery
         * no price-del */
        {"<p>到手价 <span class=\"gold-price\">¥88</span></p>", -1},
        {"<p><span class=\"bold-price\">¥88</span></p>", -1},
        {"<p><span class=\"model-price\">¥88</span></p>", -1},
        {"<p><span class=\"online-price\">¥88</span></p>", -1},
        {"<p><span class=\"headline-price\">¥88</span></p>", -1},
        {"<p><span class=\"price-delivery\">¥88</span></p>", -1},
    };
    check_originals(cases, sizeof cases / sizeof cases[0], 1);
}

static void test_prices_list(void **state)
{
    (void)state;
    parser_page *p = parse_with("<ul><li>商品A ¥10 <s>¥15</s></li><li>商品B ¥20</li>"
                                "<li>商品C 现价30元 原价40元</li></ul>",
                                "http://shop.example.test/list?page=2", NULL);
    assert_int_equal(p->n_prices, 3);
    assert_string_equal(p->prices[0].item_key, "/list?page=2#1");
    assert_string_equal(p->prices[2].item_key, "/list?page=2#3");
    assert_true(p->prices[0].original == 15.0);
    assert_true(p->prices[1].original < 0);
    assert_true(p->prices[2].price == 30.0 && p->prices[2].original == 40.0);
    parser_page_free(p);
}

/* ---- profiles ---- */

static const char *platforms_dir(char *buf, size_t len)
{
    const char *top = getenv("TOP");
    snprintf(buf, len, "%s/seeds/platforms", top ? top : ".");
    return buf;
}

static void test_profile_demomall(void **state)
{
    (void)state;
    char dir[1024], err[256];
    parser_profiles *pr = NULL;
    assert_int_equal(parser_profiles_load(platforms_dir(dir, sizeof dir), &pr, err, sizeof err),
                     PARSER_OK);
    const char *shop = "<html><body><h1 class='shop-name'> 示例 小店 </h1>"
                       "<span class='badge mall-mark'>平台认证</span></body></html>";
    static const char *const homes[] = {"http://mall.wangjian.test/shop/s100/",
                                        "http://MALL.wangjian.test/shop/s100/index.html", NULL};
    for (size_t i = 0; homes[i]; i++) {
        parser_page *p = parse_with(shop, homes[i], pr);
        assert_string_equal(p->platform, "demomall");
        assert_string_equal(p->page_kind, "home");
        assert_string_equal(p->shop_name, "示例 小店");
        assert_int_equal(p->mark_required, 1);
        assert_int_equal(p->mark_present, 1);
        parser_page_free(p);
    }
    parser_page *p = parse_with("<h1 class='shop-name'>无标店</h1><span class='mall-marker'>x</span>",
                                "http://mall.wangjian.test/shop/s2/", pr);
    assert_int_equal(p->mark_required, 1);
    assert_int_equal(p->mark_present, 0);
    parser_page_free(p);

    /* the mark must be displayed: inside a hidden block or <noscript> it is
     * no mark; a block that only looks hidden (display:none-ish class
     * names, visibility:visible) does not hide it */
    static const char *const hidden_marks[] = {
        "<div style='DISPLAY: none'><p><img class='mall-mark' src='m.png'></p></div>",
        "<section hidden><span class='mall-mark'>认证</span></section>",
        "<div style='color:red;visibility : hidden'><i class='x mall-mark'></i></div>",
        "<noscript><span class='mall-mark'>认证</span></noscript>",
        "<select><option class='mall-mark'>认证</option></select>",
        "<textarea><span class='mall-mark'>认证</span></textarea>", NULL};
    for (size_t i = 0; hidden_marks[i]; i++) {
        p = parse_with(hidden_marks[i], "http://mall.wangjian.test/shop/s3/", pr);
        assert_int_equal(p->mark_required, 1);
        assert_int_equal(p->mark_present, 0);
        parser_page_free(p);
    }
    p = parse_with("<div class='display-none hidden-xs' style='visibility:visible'>"
                   "<span class='mall-mark'>认证</span></div>"
                   "<div style='display:none'><span class='mall-mark'>x</span></div>",
                   "http://mall.wangjian.test/shop/s4/", pr);
    assert_int_equal(p->mark_present, 1);
    parser_page_free(p);

    p = parse_with("<h1 class='shop-name'>店</h1><p>运费 ¥5</p><p class='price now'>¥59</p>"
                   "<p>原价 ¥99</p><p>售价 ¥3 起</p>",
                   "http://mall.wangjian.test/item/123.html", pr);
    assert_string_equal(p->page_kind, "item");
    assert_int_equal(p->mark_required, 0);
    assert_int_equal(p->n_prices, 1);
    assert_string_equal(p->prices[0].item_key, "demomall:123");
    assert_true(p->prices[0].price == 59.0 && p->prices[0].original == 99.0);
    parser_page_free(p);

    p = parse_with("<p>x</p>", "http://mall.wangjian.test/search?q=abc", pr);
    assert_string_equal(p->page_kind, "search");
    parser_page_free(p);
    p = parse_with("<p>x</p>", "http://mall.wangjian.test/", pr);
    assert_string_equal(p->platform, "demomall");
    assert_string_equal(p->page_kind, "home");
    assert_int_equal(p->mark_required, 0);
    parser_page_free(p);
    p = parse_with("<p>x</p>", "http://other.test/shop/s1/", pr);
    assert_null(p->platform);
    assert_null(p->page_kind);
    parser_page_free(p);

    char *u = parser_profiles_search_url(pr, "demomall", "高仿 包 a&b");
    assert_string_equal(u, "http://mall.wangjian.test/search?q=%E9%AB%98%E4%BB%BF%20%E5%8C%85%20a%26b");
    free(u);
    assert_null(parser_profiles_search_url(pr, "nosuch", "x"));
    parser_profiles_free(pr);
    parser_profiles_free(NULL);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_profile_errors(void **state)
{
    (void)state;
    char dir[] = "/tmp/wj_profiles_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256], err[256];
    parser_profiles *pr = NULL;
    snprintf(path, sizeof path, "%s/bad.ini", dir);

    write_file(path, "[platform]\nname = x\nhosts = x.test\n[home]\npath = ^/(\n");
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_null(pr);
    assert_non_null(strstr(err, "bad.ini:5:"));

    write_file(path, "[platform]\nname = x\nhosts = x.test\n[item]\nmark = //*[@class=\n");
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "bad.ini:5:"));

    write_file(path, "[platform]\nname = x\n");
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "needs name and hosts"));

    write_file(path, "[platform]\nname = x\nhosts = x.test\ncolour = red\n");
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "bad.ini:4: unknown key"));

    char longline[400]; /* a 260-byte XPath line: inih would cut it silently */
    snprintf(longline, sizeof longline,
             "[platform]\nname = x\nhosts = x.test\n[home]\nmark = //*[@id='%0250d']\n", 7);
    write_file(path, longline);
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "bad.ini:5: line longer"));

    unlink(path);
    rmdir(dir);
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_EIO);
}

/* [search] results/next/max_pages: the demo profile marks a result page's
 * links; the keys are checked strictly (file:line) and only [search] has
 * them. */
static void test_profile_search_keys(void **state)
{
    (void)state;
    char dir[1024], err[256];
    parser_profiles *pr = NULL;
    assert_int_equal(parser_profiles_load(platforms_dir(dir, sizeof dir), &pr, err, sizeof err),
                     PARSER_OK);
    assert_string_equal(parser_profiles_name(pr, 0), "demomall");
    assert_null(parser_profiles_name(pr, 1));
    assert_int_equal(parser_profiles_search_pages(pr, "demomall"), 3);
    assert_int_equal(parser_profiles_search_pages(pr, "nosuch"), 0);
    parser_page *p = parse_with("<nav><a href='/'>首页</a></nav><ul class='results'>"
                                "<li><a class='result' href='/item/1.html'>a</a></li>"
                                "<li><a class='result' href='/shop/2/'>b</a></li></ul>"
                                "<a class='next' href='/search?q=x&amp;page=2'>下一页</a>",
                                "http://mall.wangjian.test/search?q=x", pr);
    assert_int_equal(p->search_links, 1);
    assert_int_equal(p->n_links, 4);
    assert_int_equal(p->links[0].role, 0);
    assert_int_equal(p->links[1].role, PARSER_LINK_RESULT);
    assert_int_equal(p->links[2].role, PARSER_LINK_RESULT);
    assert_int_equal(p->links[3].role, PARSER_LINK_NEXT);
    assert_string_equal(p->links[3].href, "/search?q=x&page=2");
    parser_page_free(p);
    p = parse_with("<a class='result' href='/item/1.html'>a</a>", /* not a search page */
                   "http://mall.wangjian.test/item/1.html", pr);
    assert_int_equal(p->search_links, 0);
    assert_int_equal(p->links[0].role, 0);
    parser_page_free(p);
    parser_profiles_free(pr);

    char tmp[] = "/tmp/wj_profiles_XXXXXX", path[256];
    assert_non_null(mkdtemp(tmp));
    snprintf(path, sizeof path, "%s/s.ini", tmp);
    write_file(path, "[platform]\nname = s\nhosts = s.test\nsearch = http://s.test/?k={q}\n"
                     "[search]\npath = ^/\\?k=\nresults = //a\nmax_pages = 7\n");
    assert_int_equal(parser_profiles_load(tmp, &pr, err, sizeof err), PARSER_OK);
    assert_int_equal(parser_profiles_search_pages(pr, "s"), 7);
    parser_profiles_free(pr);
    write_file(path, "[platform]\nname = s\nhosts = s.test\n[search]\nresults = //a\n"
                     "pages = 3\n");   /* a key [search] does not have */
    assert_int_equal(parser_profiles_load(tmp, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_null(pr);
    assert_non_null(strstr(err, "s.ini:6: unknown key 'pages'"));
    write_file(path, "[platform]\nname = s\nhosts = s.test\n[item]\nresults = //a\n");
    assert_int_equal(parser_profiles_load(tmp, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "s.ini:5: unknown key 'results'"));
    write_file(path, "[platform]\nname = s\nhosts = s.test\n[search]\nmax_pages = 51\n");
    assert_int_equal(parser_profiles_load(tmp, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "s.ini:5: max_pages must be 1-50"));
    write_file(path, "[platform]\nname = s\nhosts = s.test\n[search]\nnext = //a[\n");
    assert_int_equal(parser_profiles_load(tmp, &pr, err, sizeof err), PARSER_ESYNTAX);
    assert_non_null(strstr(err, "s.ini:5: invalid XPath"));
    unlink(path);
    rmdir(tmp);
}

/* On a platform page the footer's licence is the platform's: labelled as
 * 平台… in its block, or listed in the profile's [identity]; the shop's own
 * stays the shop's.  On an independent site nothing is the platform's. */
static void test_license_platform_own(void **state)
{
    (void)state;
    char dir[1024], err[256];
    parser_profiles *pr = NULL;
    assert_int_equal(parser_profiles_load(platforms_dir(dir, sizeof dir), &pr, err, sizeof err),
                     PARSER_OK);
    const char *html = "<div><p>经营者：某某茶叶有限公司 统一社会信用代码：91330106673959654P</p>"
                       "<p>平台经营者营业执照：某某网络有限公司 统一社会信用代码：91110000600037341L</p>"
                       "<p>91330100MA27WJ011R</p></div>";
    parser_page *p = parse_with(html, "http://mall.wangjian.test/shop/s1/", pr);
    assert_int_equal(find_lic(p, "91330106673959654P")->platform, 0);
    assert_int_equal(find_lic(p, "91110000600037341L")->platform, 1);
    assert_string_equal(find_lic(p, "91110000600037341L")->company, "某某网络有限公司");
    const parser_license *id = find_lic(p, "91330100MA27WJ011R");
    if (id) /* recorded when its check character holds: then it is the profile's */
        assert_int_equal(id->platform, 1);
    parser_page_free(p);
    p = parse_with(html, "http://tea.example.test/", pr);
    assert_int_equal(find_lic(p, "91110000600037341L")->platform, 0);
    parser_page_free(p);
    /* the shop saying where it shows its licence keeps it its own */
    p = parse_with("<p>本店已在平台公示营业执照，统一社会信用代码：91330106673959654P</p>",
                   "http://mall.wangjian.test/shop/s1/", pr);
    assert_int_equal(find_lic(p, "91330106673959654P")->platform, 0);
    parser_page_free(p);
    parser_profiles_free(pr);
}

/* ---- certificate numbers (FALSE_HONOUR) ---- */

static const parser_cert *only_cert(const parser_page *p)
{
    assert_int_equal(p->n_certs, 1);
    return &p->certs[0];
}

static void test_certs(void **state)
{
    (void)state;
    static const struct {
        const char *html;
        parser_cert_kind kind;
        int well;
    } cases[] = {
        /* CCC: 16 digits starting with the year of issue (2002 or later) */
        {"<p>3C认证证书编号：2021010901234567</p>", PARSER_CERT_CCC, 1},
        /* a patent number: 12 digits (8 before 2003) before its check character (corpus12 b/holdout 024) */
        {"<p>鼻夹专利号：ZL 2020 2 123456.7</p>", PARSER_CERT_PATENT, 0},   /* 11 digits */
        {"<p>专利号：ZL 2019 2 1234567.8</p>", PARSER_CERT_PATENT, 1},
        {"<p>专利号码：ZL201830123456X</p>", PARSER_CERT_PATENT, 1},       /* check run on */
        {"<p>專利號：ZL99123456.7</p>", PARSER_CERT_PATENT, 1},            /* before 2003 */
        {"<p>专利号：ZL 2021 5 1234567.2</p>", PARSER_CERT_PATENT, 0},     /* no type 5 */
        {"<p>强制性产品认证 证书号：２０１８０１０７０３０１２３４５</p>", PARSER_CERT_CCC, 1},
        {"<p>已通过CCC认证，证书编号：CCC-77</p>", PARSER_CERT_CCC, 0},
        {"<p>3C证书编号：1999010901234567</p>", PARSER_CERT_CCC, 0},   /* before CCC existed */
        {"<p>3C证书编号：202101090123456</p>", PARSER_CERT_CCC, 0},    /* 15 digits */
        /* 高新技术企业: GR + year + province + six digits */
        {"<p>高新技术企业证书编号：GR202344001234</p>", PARSER_CERT_HNTE, 1},
        {"<p>高新技術企業 證書編號：GR201931000077</p>", PARSER_CERT_HNTE, 1},
        {"<p>高新技术企业（证书编号：GR-2019）</p>", PARSER_CERT_HNTE, 0},
        {"<p>高新技术企业证书号：GR202399001234</p>", PARSER_CERT_HNTE, 0}, /* no province 99 */
        {"<p>高新技术企业证书号：GR200511001234</p>", PARSER_CERT_HNTE, 0}, /* before 2008 */
        /* anything else: only placeholders */
        {"<p>科技奖证书编号：0000000000</p>", PARSER_CERT_OTHER, 0},
        {"<p>荣誉证书编号：123456789</p>", PARSER_CERT_OTHER, 0},
        {"<p>质量奖证书编号：2020-XXXX</p>", PARSER_CERT_OTHER, 0},
        {"<p>ISO9001认证证书编号：00122Q30123R1M</p>", PARSER_CERT_OTHER, 1},
        {"<p>获奖证书号 ZJ-2022-0317</p>", PARSER_CERT_OTHER, 1},
        /* a check character X (numbers built from an ID card) is no mask */
        {"<p>职业资格证书编号：11010519491231002X</p>", PARSER_CERT_OTHER, 1},
        {"<p>获奖证书编号：2021-***-***</p>", PARSER_CERT_OTHER, 0},
        /* a bilingual label: the number after its English half */
        {"<p>证书编号/Certificate No.: CN-2019-0456</p>", PARSER_CERT_OTHER, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page *p = parse(cases[i].html);
        if (p->n_certs != 1)
            fail_msg("%zu certificates in %s", p->n_certs, cases[i].html);
        const parser_cert *c = only_cert(p);
        if ((int)c->kind != (int)cases[i].kind || c->well_formed != cases[i].well)
            fail_msg("%s: kind %d well_formed %d", cases[i].html, (int)c->kind, c->well_formed);
        assert_memory_equal(p->text + c->text_off, c->number, strlen(c->number) < c->text_len
                                                                   ? strlen(c->number)
                                                                   : c->text_len);
        parser_page_free(p);
    }
}

static void test_certs_not_claims(void **state)
{
    (void)state;
    /* a label without a value, and a number only in a script or comment */
    parser_page *p = parse("<p>证书编号：见附件</p><script>var c='证书编号：0000000';</script>"
                           "<!-- 证书编号：1111111 --><p>证书号</p>");
    assert_int_equal(p->n_certs, 0);
    parser_page_free(p);
    /* the value stops at the sentence and keeps its display form */
    p = parse("<p>证书编号：GR202333000123。有效期三年</p>");
    assert_string_equal(only_cert(p)->number, "GR202333000123");
    parser_page_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_chars),
        cmocka_unit_test(test_license_block),
        cmocka_unit_test(test_license_table),
        cmocka_unit_test(test_license_bad_check_labelled),
        cmocka_unit_test(test_license_traps),
        cmocka_unit_test(test_license_holder_name),
        cmocka_unit_test(test_license_label_after),
        cmocka_unit_test(test_license_hidden),
        cmocka_unit_test(test_license_display),
        cmocka_unit_test(test_icp_forms),
        cmocka_unit_test(test_icp_malformed),
        cmocka_unit_test(test_icp_visibility),
        cmocka_unit_test(test_license_forms_zh),
        cmocka_unit_test(test_license_malformed_labelled),
        cmocka_unit_test(test_license_fields_per_block),
        cmocka_unit_test(test_icp_traditional),
        cmocka_unit_test(test_license_platform_own),
        cmocka_unit_test(test_certs),
        cmocka_unit_test(test_certs_not_claims),
        cmocka_unit_test(test_prices_item_page),
        cmocka_unit_test(test_prices_label_stops_at_amount),
        cmocka_unit_test(test_product_addresses),
        cmocka_unit_test(test_prices_strike_and_range),
        cmocka_unit_test(test_prices_styled_strike),
        cmocka_unit_test(test_prices_forms_zh),
        cmocka_unit_test(test_prices_para_labels),
        cmocka_unit_test(test_prices_list),
        cmocka_unit_test(test_profile_demomall),
        cmocka_unit_test(test_profile_errors),
        cmocka_unit_test(test_profile_search_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
