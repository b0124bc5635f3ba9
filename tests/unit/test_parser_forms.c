/*
 * Display forms of licence codes, 注册号, ICP filings and licences, B2 and
 * 公网安备 numbers: one row per form (label family, separator, code shape,
 * placement) with what must be read. Written from the independent corpora's
 * footers and public shop templates before reading parser/, to measure the
 * extractors on forms rather than on the pages they were tuned on.
 * The test prints every failing row and the count, then asserts none fail.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "parser/parser.h"

enum form_kind { K_USCC, K_REGNO, K_NOLIC, K_FILING, K_LICENSE, K_B2, K_PSB, K_NOICP };

struct form_row {
    enum form_kind kind;
    const char *want; /* canonical reading; NULL with K_NO*: nothing at all */
    int ok;           /* check_ok for licences, well_formed for ICP numbers */
    const char *html;
    const char *name;
};

static const struct form_row rows[] = {
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91330106673959654P</p>", "label simplified"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会信用代码: 91110000600037341M</p>", "invalid, label simplified"},
    {K_USCC, "91330106673959654P", 1, "<p>統一社會信用代碼：91330106673959654P</p>", "label traditional"},
    {K_USCC, "91110000600037341M", 0, "<p>統一社會信用代碼: 91110000600037341M</p>", "invalid, label traditional"},
    {K_USCC, "91330106673959654P", 1, "<p>信用代码：91330106673959654P</p>", "label short"},
    {K_USCC, "91110000600037341M", 0, "<p>信用代码: 91110000600037341M</p>", "invalid, label short"},
    {K_USCC, "91330106673959654P", 1, "<p>社会信用代码：91330106673959654P</p>", "label no 统一"},
    {K_USCC, "91110000600037341M", 0, "<p>社会信用代码: 91110000600037341M</p>", "invalid, label no 统一"},
    {K_USCC, "91330106673959654P", 1, "<p>USCC：91330106673959654P</p>", "label USCC"},
    {K_USCC, "91110000600037341M", 0, "<p>USCC: 91110000600037341M</p>", "invalid, label USCC"},
    {K_USCC, "91330106673959654P", 1, "<p>Unified Social Credit Code：91330106673959654P</p>", "label English"},
    {K_USCC, "91110000600037341M", 0, "<p>Unified Social Credit Code: 91110000600037341M</p>", "invalid, label English"},
    {K_USCC, "91330106673959654P", 1, "<p>统一信用代码：91330106673959654P</p>", "label 统一信用代码"},
    {K_USCC, "91110000600037341M", 0, "<p>统一信用代码: 91110000600037341M</p>", "invalid, label 统一信用代码"},
    {K_USCC, "91330106673959654P", 1, "<p>營業執照統一社會信用代碼：91330106673959654P</p>", "label trad with 營業執照"},
    {K_USCC, "91110000600037341M", 0, "<p>營業執照統一社會信用代碼: 91110000600037341M</p>", "invalid, label trad with 營業執照"},
    {K_USCC, "91330106673959654P", 1, "<p>营业执照：91330106673959654P</p>", "label 营业执照 label"},
    {K_USCC, "91110000600037341M", 0, "<p>营业执照: 91110000600037341M</p>", "invalid, label 营业执照 label"},
    {K_USCC, "91330106673959654P", 1, "<p>Business Licence No.：91330106673959654P</p>", "label English licence"},
    {K_USCC, "91110000600037341M", 0, "<p>Business Licence No.: 91110000600037341M</p>", "invalid, label English licence"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码：91110000600037341L</div>", "separator full colon"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码:91110000600037341L</div>", "separator colon"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码　91110000600037341L</div>", "separator ideographic space"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码 | 91110000600037341L</div>", "separator bar"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码｜91110000600037341L</div>", "separator full bar"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码、91110000600037341L</div>", "separator enumeration comma"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码 91110000600037341L</div>", "separator space"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码91110000600037341L</div>", "separator none"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码\n91110000600037341L</div>", "separator line break"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码：<br>91110000600037341L</div>", "separator br"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码 - 91110000600037341L</div>", "separator dash"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码：&nbsp;91110000600037341L</div>", "separator nbsp"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码（91110000600037341L</div>", "separator paren"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码 = 91110000600037341L</div>", "separator equals"},
    {K_USCC, "91110000600037341L", 1, "<div>统一社会信用代码：\t91110000600037341L</div>", "separator tab"},
    {K_USCC, "91350100M000100Y43", 1, "<table><tr><td>统一社会信用代码</td><td>91350100M000100Y43</td></tr></table>", "table cell"},
    {K_USCC, "91350100M000100Y43", 1, "<table><tr><th>统一社会信用代码：</th><td> 91350100M000100Y43 </td></tr></table>", "th and td"},
    {K_USCC, "91330106673959654Q", 0, "<table><tr><td>信用代码</td><td>91330106673959654Q</td></tr></table>", "invalid table cell"},
    {K_USCC, "92440106MA4R7K2E99", 1, "<dl><dt>统一社会信用代码</dt><dd>92440106MA4R7K2E99</dd></dl>", "dt/dd"},
    {K_USCC, "91110000600037341M", 0, "<dl><dt>統一社會信用代碼</dt><dd>91110000600037341M</dd></dl>", "invalid dt/dd traditional"},
    {K_USCC, "91510104MA6CQ9T18P", 1, "<ul><li><span>统一社会信用代码</span><span>91510104MA6CQ9T18P</span></li></ul>", "adjacent spans"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：９１３３０１０６６７３９５９６５４Ｐ</p>", "full-width digits and letters"},
    {K_USCC, "91330106673959654Q", 0, "<p>统一社会信用代码：９１３３０１０６６７３９５９６５４Ｑ</p>", "invalid full-width"},
    {K_USCC, "91350100M000100Y43", 1, "<p>统一社会信用代码：９１３５０１００M000100Y43</p>", "half full-width"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：9133 0106 6739 5965 4P</p>", "spaces in groups of 4"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91 330106 673959654 P</p>", "spaces by field"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会信用代码：9111 0000 6000 3734 1M</p>", "invalid with spaces"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91330106-673959654-P</p>", "hyphens by field"},
    {K_USCC, "91110000600037341L", 1, "<p>统一社会信用代码：911100006-00037341L</p>", "one hyphen"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：<span>91330106</span><b>673959654P</b></p>", "split across inline tags"},
    {K_USCC, "91350100M000100Y43", 1, "<p>统一社会信用代码：<em>9135</em>0100<em>M000</em>100Y43</p>", "split into many inline tags"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会信用代码：<span>911100006000</span>37341M</p>", "invalid split"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：&#x39;1330106673959654P</p>", "hex entity"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：&#57;&#49;330106673959654&#80;</p>", "decimal entities"},
    {K_USCC, "91330106673959654P", 1, "<p>&#32479;&#19968;&#31038;&#20250;&#20449;&#29992;&#20195;&#30721;：91330106673959654P</p>", "label as entities"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91330106673959654p</p>", "lower-case check letter"},
    {K_USCC, "91350100M000100Y43", 1, "<p>统一社会信用代码：91350100m000100y43</p>", "lower-case letters"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会信用代码：91110000600037341m</p>", "invalid lower-case"},
    {K_USCC, "9132050658641973XN", 1, "<p>统一社会信用代码：9132050658641973xn</p>", "lower-case inner X"},
    {K_USCC, "91330106673959654P", 1, "<p>91330106673959654P（统一社会信用代码）</p>", "code before label, paren"},
    {K_USCC, "91110000600037341L", 1, "<p>91110000600037341L 为本公司统一社会信用代码</p>", "code before label, sentence"},
    {K_USCC, "91330106673959654P", 1, "<p><img src=\"/lic.png\" alt=\"统一社会信用代码：91330106673959654P\"></p>", "image alt"},
    {K_USCC, "91330106673959654P", 1, "<p><a href=\"/lic\" title=\"统一社会信用代码 91330106673959654P\">营业执照</a></p>", "title attribute"},
    {K_USCC, "91330106673959654P", 1, "<p><a href=\"https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91330106673959654P-SAIC_SHOW_1000\">统一社会信用代码：91330106673959654P</a></p>", "link text to 电子营业执照"},
    {K_USCC, "91510104MA6CQ9T18P", 1, "<p><a href=\"https://www.gsxt.gov.cn/\">91510104MA6CQ9T18P</a>（统一社会信用代码）</p>", "link to gsxt, code before label"},
    {K_USCC, "91350100M000100Y43", 1, "<p>店铺经营者统一社会信用代码：91350100M000100Y43 平台运营方统一社会信用代码：91110000600037341L</p>", "two codes, first"},
    {K_USCC, "91110000600037341L", 1, "<p>店铺经营者统一社会信用代码：91350100M000100Y43 平台运营方统一社会信用代码：91110000600037341L</p>", "two codes, second"},
    {K_USCC, "92440106MA4R7K2E99", 1, "<p>经营者：某某商行（个体工商户）| 统一社会信用代码：92440106MA4R7K2E99 | 平台：91510104MA6CQ9T18P</p>", "two codes bar, first"},
    {K_USCC, "91510104MA6CQ9T18P", 1, "<p>经营者：某某商行（个体工商户）| 统一社会信用代码：92440106MA4R7K2E99 | 平台：91510104MA6CQ9T18P</p>", "two codes bar, second"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会信用代码：91110000600037341M；91330106673959654P</p>", "invalid then valid, first"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91330106673959654P 电话：0571-88886666</p>", "next to phone"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91330106673959654P 订单号：202311230000123457</p>", "next to order number"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91330106673959654P<br>客服电话：400-888-6666</p>", "br then phone"},
    {K_USCC, "91350100M000100Y43", 1, "<p>统一社会信用代码91350100M000100Y43联系电话13800138000</p>", "glued to label and phone"},
    {K_USCC, "91110000600037341M", 0, "<dl><dt>主体</dt><dd>某某有限公司</dd><dt>执照号</dt><dd>91110000600037341M</dd></dl>", "invalid, dt/dd 执照号"},
    {K_USCC, "91330106673959654P", 1, "<p>执照号码：91330106673959654P</p>", "label 执照号码"},
    {K_USCC, "91110000600037341M", 0, "<p>执照代码 91110000600037341M</p>", "invalid, label 执照代码"},
    {K_USCC, "91350100M000100Y43", 1, "<table><tr><td>執照號</td><td>91350100M000100Y43</td></tr></table>", "label 執照號 traditional"},
    {K_REGNO, "110108000000017", 0, "<p>执照编码：110108000000017</p>", "regno invalid, label 执照编码"},
    /* (review s28 item 15) a 执照 label after another word names another licence, and a
     * label with a value of its own does not label the next number */
    {K_NOLIC, NULL, 0, "<p>驾驶执照号：110101199003074578</p>", "not 驾驶执照号 (an ID number)"},
    {K_NOLIC, NULL, 0, "<p>医师执照号：141110105000512</p>", "not 医师执照号"},
    {K_NOLIC, NULL, 0, "<p>飞行执照编号 320586199912120035</p>", "not 飞行执照编号"},
    {K_NOLIC, NULL, 0, "<dl><dt>执照号</dt><dd>见执照图片</dd><dt>订单号</dt><dd>202312010000457</dd></dl>", "not an order number after 执照号's own value"},
    {K_NOLIC, NULL, 0, "<dl><dt>营业执照</dt><dd>见详情页</dd><dt>物流单号</dt><dd>773012345678901234</dd></dl>", "not a waybill after 营业执照's own value"},
    /* (review s29 item G12) a label whose own cell or line holds its code does not label a number
     * in the next cell or later on the line */
    {K_USCC, "91330106673959654P", 1, "<table><tr><td>执照号：91330106673959654P</td><td>订单号：202312051234567</td></tr></table>", "执照号 with its code in its own cell"},
    {K_NOLIC, "202312051234567", 0, "<table><tr><td>执照号：91330106673959654P</td><td>订单号：202312051234567</td></tr></table>", "not the order number in the cell after 执照号's own code"},
    {K_NOLIC, "202312051234567", 0, "<p>执照号：91330106673959654P 订单号：202312051234567</p>", "not the order number on 执照号's own line"},
    {K_NOLIC, "202312051234567", 0, "<table><tr><td>执照号：９１３３０１０６６７３９５９６５４Ｐ</td><td>订单号：202312051234567</td></tr></table>", "not the order number after a full-width own code"},
    {K_NOLIC, "911100006000373410", 0, "<div>执照编号：110108000000016</div><div>交易单号：911100006000373410</div>", "not an 18-digit trade number after 执照编号's own regno"},
    {K_REGNO, "110108000000016", 1, "<div>执照编号：110108000000016</div><div>交易单号：911100006000373410</div>", "执照编号's own regno beside a trade number"},
    {K_REGNO, "110108000000016", 1, "<p>营业执照号：110108000000016</p>", "regno label 营业执照号"},
    {K_REGNO, "110108000000016", 1, "<p>主体：某某商行 执照号：110108000000016</p>", "regno 执照号 after a space"},
    {K_REGNO, "110108000000016", 1, "<p>营业执照注册号：110108000000016</p>", "regno label 营业执照注册号"},
    {K_REGNO, "110108000000016", 1, "<p>工商注册号：110108000000016</p>", "regno label 工商注册号"},
    {K_REGNO, "110108000000016", 1, "<p>注册号：110108000000016</p>", "regno label 注册号"},
    {K_REGNO, "110108000000016", 1, "<p>營業執照註冊號：110108000000016</p>", "regno label traditional"},
    {K_REGNO, "110108000000016", 1, "<p>工商註冊號：110108000000016</p>", "regno label traditional 工商"},
    {K_REGNO, "110108000000016", 1, "<p>Registration No.：110108000000016</p>", "regno label English"},
    {K_REGNO, "110108000000016", 1, "<p>企业注册号：110108000000016</p>", "regno label 企业注册号"},
    {K_REGNO, "110108000000017", 0, "<p>营业执照注册号：110108000000017</p>", "regno invalid"},
    {K_REGNO, "110108000000017", 0, "<p>工商注册号 110108000000017</p>", "regno invalid space"},
    {K_REGNO, "330106000123458", 1, "<p>营业执照注册号：３３０１０６０００１２３４５８</p>", "regno full-width"},
    {K_REGNO, "330106000123458", 1, "<p>营业执照注册号：330106 000123458</p>", "regno with space"},
    {K_REGNO, "330106000123458", 1, "<table><tr><td>注册号</td><td>330106000123458</td></tr></table>", "regno table cell"},
    {K_REGNO, "330106000123458", 1, "<dl><dt>工商注册号</dt><dd>330106000123458</dd></dl>", "regno dt/dd"},
    {K_REGNO, "110108000000016", 1, "<p>营业执照注册号：<br>110108000000016</p>", "regno br"},
    {K_REGNO, "110108000000016", 1, "<p>营业执照注册号：110108000000016 电话：0571-88886666</p>", "regno next to phone"},
    {K_NOLIC, "330106000123458", 0, "<p>订单号：330106000123458</p>", "order number with regno check"},
    {K_NOLIC, "330106000123458", 0, "<p>物流单号 330106000123458</p>", "tracking number"},
    {K_NOLIC, "110101199003077", 0, "<p>身份证号：110101199003077</p>", "15-digit old ID number"},
    {K_NOLIC, "110101199003077", 0, "<p>联系人身份证 110101199003077</p>", "ID number without colon"},
    {K_NOLIC, "110108000000016", 0, "<p>电话：110108000000016</p>", "15-digit phone label"},
    {K_NOLIC, "110108000000016", 0, "<p>会员编号 110108000000016 统一社会信用代码见营业执照</p>", "member number near label words"},
    {K_NOLIC, NULL, 0, "<p>订单号 202311230000123457</p>", "18-digit order number"},
    {K_NOLIC, NULL, 0, "<p>商品编码 91330106673959654P0</p>", "19-character product code"},
    {K_NOLIC, NULL, 0, "<p>统一社会信用代码：请见营业执照图片 电话 13800138000</p>", "label without code, phone"},
    {K_NOLIC, NULL, 0, "<p>SKU：X91330106673959654PX</p>", "code inside longer token"},
    {K_NOLIC, NULL, 0, "<p>快递单号：YT9133010667395965</p>", "tracking with letters"},
    {K_NOLIC, NULL, 0, "<p>統一社會信用代碼：（未公示）</p>", "label, no code"},
    {K_FILING, "粤ICP备20240001号", 1, "<p>粤ICP备20240001号</p>", "filing plain"},
    {K_FILING, "粤ICP备20240001号-1", 1, "<p>粤ICP备20240001号-1</p>", "filing -1"},
    {K_FILING, "粤ICP备2024000101号-3", 1, "<p>粤ICP备2024000101号-3</p>", "filing 10 digits -3"},
    {K_FILING, "粤ICP备20240001号", 1, "<p>粤ICP备 20240001号</p>", "filing space after 备"},
    {K_FILING, "粤ICP备20240001号-1", 1, "<p>粤 ICP 备 20240001 号 - 1</p>", "filing spaces everywhere"},
    {K_FILING, "粤ICP备20240001号-1", 1, "<p>粤ICP备20240001号－1</p>", "filing full-width hyphen"},
    {K_FILING, "粤ICP备20240001号", 1, "<p>粤ＩＣＰ备２０２４０００１号</p>", "filing full-width ICP and digits"},
    {K_FILING, "粤ICP备20240001号", 1, "<p>粵ICP備20240001號</p>", "filing traditional"},
    {K_FILING, "粤ICP备20240001号-2", 1, "<p>粵ICP備２０２４０００１號－２</p>", "filing traditional full-width"},
    {K_FILING, "京ICP备16017121号-1", 1, "<p><a href=\"https://beian.miit.gov.cn/\" target=\"_blank\">京ICP备16017121号-1</a></p>", "filing linked"},
    {K_FILING, "京ICP备16017121号-1", 1, "<p>ICP备案号：<a href=\"http://beian.miit.gov.cn\">京ICP备16017121号-1</a></p>", "filing labelled linked"},
    {K_FILING, "浙ICP备2023040506号-1", 1, "<p>浙ICP&#22791;2023040506&#21495;-1</p>", "filing with entities"},
    {K_FILING, "京ICP备16017121号-1", 1, "<p><span>京ICP备</span><span>16017121号-1</span></p>", "filing split across spans"},
    {K_FILING, "京ICP备16017121号", 1, "<p>京icp备16017121号</p>", "filing lower-case icp"},
    {K_FILING, "京ICP备16017121-1号", 1, "<p>京ICP备16017121-1号</p>", "filing -N before 号"},
    {K_FILING, "京ICP备16017121号", 1, "<p>京ICP备16017121号 电话：010-12345678</p>", "filing next to phone"},
    {K_FILING, "京ICP备16017121号", 1, "<p>京ICP备16017121号<br>京公网安备 11010502032345号</p>", "filing br then PSB"},
    {K_FILING, "沪ICP备16017121号", 1, "<p>Copyright © 2024 沪ICP备16017121号</p>", "filing after copyright"},
    {K_FILING, "苏ICP备2020066125号-3", 1, "<p>苏ICP备2020066125号-3　苏公网安备 32050502011276号</p>", "filing and PSB ideographic space"},
    {K_FILING, "蜀ICP备18001234号", 1, "<p>蜀ICP备18001234号</p>", "filing 蜀"},
    {K_FILING, "京ICP备12345678号", 0, "<p>京ICP备12345678号</p>", "placeholder filing"},
    {K_FILING, "京ICP备XXXXXXXX号", 0, "<p>京ICP备XXXXXXXX号</p>", "placeholder XX filing"},
    {K_FILING, "粤ICP备20240001号", 1, "<p>粤ICP备：20240001号</p>", "filing colon after 备"},
    {K_FILING, "闽ICP备20210123号-1", 1, "<table><tr><td>备案号</td><td>闽ICP备20210123号-1</td></tr></table>", "filing table cell"},
    {K_FILING, "湘ICP备2021012230号-1", 1, "<p>湘ICP备2021012230号-1 | 湘公网安备 43010202001530号</p>", "filing bar PSB"},
    {K_FILING, "京ICP备16017121号", 1, "<p>京ICP备&nbsp;16017121号</p>", "filing nbsp"},
    {K_LICENSE, "京ICP证030173号", 1, "<p>京ICP证030173号</p>", "licence plain"},
    {K_LICENSE, "京ICP证030173号", 1, "<p>京ICP證030173號</p>", "licence traditional"},
    {K_LICENSE, "京ICP证030173号", 1, "<p>经营许可证编号：京ICP证030173号</p>", "licence labelled"},
    {K_LICENSE, "京ICP证030173号", 1, "<p>京ＩＣＰ证０３０１７３号</p>", "licence full-width"},
    {K_LICENSE, "京ICP证030173号", 1, "<p>京ICP证 030173 号</p>", "licence spaces"},
    {K_LICENSE, "京ICP证030173号", 1, "<p><a href=\"https://beian.miit.gov.cn/\">京ICP证030173号</a></p>", "licence linked"},
    {K_B2, "浙B2-20080101", 1, "<p>浙B2-20080101</p>", "B2 plain"},
    {K_B2, "浙B2-20080101", 1, "<p>增值电信业务经营许可证：浙B2-20080101</p>", "B2 labelled"},
    {K_B2, "浙B2-20080101", 1, "<p>浙Ｂ２－２００８０１０１</p>", "B2 full-width"},
    {K_B2, "浙B2-20080101", 1, "<p>浙B2 - 20080101</p>", "B2 spaces"},
    {K_B2, "浙B2-20080101", 1, "<p>增值電信業務經營許可證 浙B2-20080101</p>", "B2 traditional label"},
    {K_B2, "京B2-20080101", 1, "<p>京ICP证030173号 | 京B2-20080101</p>", "B2 after licence"},
    {K_B2, "浙B2-20080101", 1, "<p>浙b2-20080101</p>", "B2 lower-case"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公网安备 11010502032345号</p>", "PSB plain"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公网安备11010502032345号</p>", "PSB no space"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公網安備 11010502032345號</p>", "PSB traditional"},
    {K_PSB, "京公网安备11010502032345", 1, "<p>京公网安备 11010502032345</p>", "PSB without 号"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公网安备：11010502032345号</p>", "PSB colon"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公网安备　11010502032345号</p>", "PSB ideographic space"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公网安备 １１０１０５０２０３２３４５号</p>", "PSB full-width digits"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p><a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502032345\"><img src=\"/ga.png\">京公网安备 11010502032345号</a></p>", "PSB linked with icon"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p><img src=\"/ga.png\"><span>京公网安备</span> <span>11010502032345号</span></p>", "PSB split spans"},
    {K_PSB, "沪公网安备310104000001", 1, "<p>沪公网安备310104000001</p>", "PSB 12 digits"},
    {K_PSB, "粤公网安备44010602000001号", 1, "<p>粤ICP备20240001号-1 粤公网安备 44010602000001号</p>", "PSB after filing"},
    {K_PSB, "京公网安备31010402000001号", 0, "<p>京公网安备 31010402000001号</p>", "PSB province mismatch"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公网安备&nbsp;11010502032345号</p>", "PSB nbsp"},
    {K_NOICP, NULL, 0, "<p>ICP备案查询 | 工信部备案系统</p>", "ICP words, no number"},
    {K_NOICP, NULL, 0, "<p>代办ICP许可证、EDI许可证</p>", "ICP service ad"},
    {K_NOICP, NULL, 0, "<p>公网安备查询</p>", "PSB words, no number"},
    {K_NOICP, NULL, 0, "<p>订单号：ICP20240001</p>", "ICP-like order number"},
    {K_NOICP, NULL, 0, "<p>型号：ＸＢ２－２０２３０４１５</p>", "full-width model number ending in B2"},
    {K_NOICP, NULL, 0, "<p>型号：AB2-20230415</p>", "model number ending in B2"},
    {K_USCC, "91110000600037341M", 0, "<p>Unified social credit code: 91110000600037341M</p>", "invalid, English label lower-case"},
    {K_USCC, "91110000600037341M", 0, "<p>uscc：91110000600037341M</p>", "invalid, lower-case USCC"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会信用代码（USCC）：91110000600037341M</p>", "invalid, label with bracketed USCC"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会信用代码：9111000060<wbr>0037341M</p>", "invalid, wbr inside"},
    {K_USCC, "91110000600037341M", 0, "<p>统一社会<br>信用代码：91110000600037341M</p>", "invalid, label broken by br"},
    {K_USCC, "91330106673959654P", 1, "<p>统一社会信用代码：91330106673959654P（点击查看营业执照）</p>", "code then bracketed link words"},
    {K_USCC, "91110000600037341M", 0, "<p>統一社會信用代碼:９１１１００００６０００３７３４１Ｍ</p>", "invalid traditional full-width"},
    {K_REGNO, "110108000000017", 0, "<p>Reg. No.: 110108000000017</p>", "regno invalid, Reg. No."},
    {K_REGNO, "110108000000017", 0, "<p>註冊號碼：110108000000017</p>", "regno invalid, 註冊號碼"},
    {K_FILING, "京ICP备16017121号", 1, "<p>京ICP 备16017121号</p>", "filing space between ICP and 备"},
    {K_LICENSE, "京ICP证030173号", 1, "<p>京 ICP 证 030173 号</p>", "licence spaced"},
    {K_FILING, "粤ICP备20240001号-1", 1, "<p>ICP备案号：粤ICP备20240001号-1</p>", "filing with ICP备案号 label"},
    {K_PSB, "京公网安备11010502032345号", 1, "<p>京公网安备 11010502032345 号</p>", "PSB space before 号"},
    {K_B2, "浙B2-20080101", 1, "<p>浙B2—20080101</p>", "B2 em dash"},
    {K_B2, "浙B2-20080101", 1, "<p>浙B2–20080101</p>", "B2 en dash"},
    {K_FILING, "粤ICP备20240001号-1", 1, "<p>粤ICP备20240001号–1</p>", "filing en dash suffix"},
};

/* Traditional characters that occur in the numbers themselves, mapped to the
 * simplified ones of the canonical readings above. */
static const char *const trad[][2] = {
    {"備", "备"}, {"號", "号"}, {"證", "证"}, {"網", "网"}, {"粵", "粤"}, {"閩", "闽"},
    {"滬", "沪"}, {"蘇", "苏"}, {"遼", "辽"}, {"陝", "陕"}, {"寧", "宁"}, {"贛", "赣"},
    {"魯", "鲁"}, {"瓊", "琼"}, {"晉", "晋"}, {"隴", "陇"},
};

/* The form of a reading, not its storage, is under test: compare after folding
 * full-width ASCII and letter case, dropping spaces (ASCII, U+00A0, U+3000)
 * and colons, for licence codes hyphens, for ICP numbers 号 (which a "-N号"
 * display moves) and traditional characters; the expectation is folded too. */
static void fold(const char *s, int licence, char *out, size_t cap)
{
    size_t n = 0;
    while (*s && n + 4 < cap) {
        const unsigned char *u = (const unsigned char *)s;
        if (u[0] == 0xEF && (u[1] == 0xBC || u[1] == 0xBD) && u[2] >= 0x80) {
            unsigned cp = ((u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu)) + 0xF000u;
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                char c = (char)(cp - 0xFEE0);
                s += 3;
                if (!(licence && c == '-') && c != ':')
                    out[n++] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
                continue;
            }
        }
        if (*s == ' ' || *s == '\t' || *s == '\n') { s++; continue; }
        if (u[0] == 0xC2 && u[1] == 0xA0) { s += 2; continue; }
        if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) { s += 3; continue; }
        if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94)) { /* en, em dash */
            s += 3;
            if (!licence)
                out[n++] = '-';
            continue;
        }
        if ((licence && *s == '-') || *s == ':') { s++; continue; }
        if (!licence && (strncmp(s, "号", 3) == 0 || strncmp(s, "號", 3) == 0)) { s += 3; continue; }
        int done = 0;
        for (size_t i = 0; i < sizeof trad / sizeof trad[0] && !done; i++) {
            size_t l = strlen(trad[i][0]);
            if (strncmp(s, trad[i][0], l) == 0) {
                size_t m = strlen(trad[i][1]);
                memcpy(out + n, trad[i][1], m);
                n += m;
                s += l;
                done = 1;
            }
        }
        if (done)
            continue;
        char c = *s++;
        out[n++] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    out[n] = '\0';
}

static parser_icp_kind icp_kind(enum form_kind k)
{
    return k == K_FILING ? PARSER_ICP_FILING
         : k == K_LICENSE ? PARSER_ICP_LICENSE
         : k == K_B2 ? PARSER_ICP_B2 : PARSER_ICP_PSB;
}

/* Returns NULL when the row is read as it must be, else why not. */
static const char *check_row(const struct form_row *r, const parser_page *p, char *why, size_t cap)
{
    char got[256], want[256];
    fold(r->want ? r->want : "", r->kind <= K_NOLIC, want, sizeof want);
    if (r->kind == K_USCC || r->kind == K_REGNO || r->kind == K_NOLIC) {
        for (size_t i = 0; i < p->n_licenses; i++) {
            fold(p->licenses[i].code, 1, got, sizeof got);
            if (r->kind == K_NOLIC) {
                if (!r->want || strcmp(got, want) == 0) {
                    snprintf(why, cap, "read %s", p->licenses[i].code);
                    return why;
                }
                continue;
            }
            if (strcmp(got, want) != 0)
                continue;
            int want_kind = r->kind == K_USCC ? PARSER_LIC_USCC : PARSER_LIC_REGNO;
            if ((int)p->licenses[i].kind != want_kind || p->licenses[i].check_ok != r->ok) {
                snprintf(why, cap, "kind %d check_ok %d", (int)p->licenses[i].kind,
                         p->licenses[i].check_ok);
                return why;
            }
            return NULL;
        }
        if (r->kind == K_NOLIC)
            return NULL;
        snprintf(why, cap, "not read (%zu licences)", p->n_licenses);
        return why;
    }
    for (size_t i = 0; i < p->n_icps; i++) {
        fold(p->icps[i].number, 0, got, sizeof got);
        if (r->kind == K_NOICP) {
            snprintf(why, cap, "read %s", p->icps[i].number);
            return why;
        }
        if (p->icps[i].kind != icp_kind(r->kind) || strcmp(got, want) != 0)
            continue;
        if (p->icps[i].well_formed != r->ok) {
            snprintf(why, cap, "well_formed %d", p->icps[i].well_formed);
            return why;
        }
        return NULL;
    }
    if (r->kind == K_NOICP)
        return NULL;
    snprintf(why, cap, "not read (%zu numbers%s%s)", p->n_icps, p->n_icps ? ", first " : "",
             p->n_icps ? p->icps[0].number : "");
    return why;
}

static void test_forms(void **state)
{
    (void)state;
    size_t n = sizeof rows / sizeof rows[0], miss = 0;
    for (size_t i = 0; i < n; i++) {
        char page[2048], why[512];
        snprintf(page, sizeof page, "<html><body><footer>%s</footer></body></html>", rows[i].html);
        parser_page *p = NULL;
        assert_int_equal(parser_parse(page, strlen(page), "text/html; charset=utf-8",
                                      "http://shop.example.test/", NULL, &p),
                         PARSER_OK);
        const char *bad = check_row(&rows[i], p, why, sizeof why);
        if (bad) {
            miss++;
            print_message("MISS %3zu %-40s %s: %s\n", i, rows[i].name,
                          rows[i].want ? rows[i].want : "-", bad);
        }
        parser_page_free(p);
    }
    print_message("forms: %zu of %zu rows read as expected\n", n - miss, n);
    assert_int_equal(miss, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
