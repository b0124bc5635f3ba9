#!/usr/bin/env python3
"""corpus4/e generator. Every page, its labels and its note are written by hand below.
python3 gen.py  -> writes files;  python3 gen.py --check -> regenerate to a temp dir and compare."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, bad_uscc, regno, bad_regno, plat_shop, plat_item, site, encode

# ---------------- registry (hand data: companies, statuses) ----------------
C = {}
REG = []
def co(key, name, kind, div, org8, status="存续", in_registry=True, reg_name=None):
    c = uscc(kind, div, org8)
    C[key] = (c, name)
    if in_registry:
        REG.append((c, reg_name or name, status))
    return c

# the platform operator (its footer code is displayed on every mall page)
co("platform", "杭州网剑网络科技有限公司", "91", "330100", "MA27WJ01")
co("renji", "深圳前海仁濟堂醫藥貿易有限公司", "91", "440300", "35912207")
co("rongji", "珠海榮記餅家食品有限公司", "91", "440400", "59217736")
co("fengji", "廈門峰記茶業有限公司", "91", "350203", "70215534")
co("henghui", "深圳恆輝鐘錶貿易有限公司", "91", "440304", "66132805")
co("haitao", "上海海淘驿站供应链管理有限公司", "91", "310115", "32406117")
co("longquan", "龙泉市剑韵坊刀剑有限公司", "91", "331181", "14770952")
co("longquan_other", "丽水瓯江工艺品有限公司", "91", "331102", "34781126")
co("beibei", "杭州贝贝乐母婴用品有限公司", "91", "330106", "58327740")
co("youpin", "广州优品寄卖行有限公司", "91", "440104", "30456218", status="吊销")
co("xingjian", "成都星舰模型有限公司", "91", "510104", "20911673")
co("yequ", "兰州野趣户外用品有限公司", "91", "620102", "71103859")
co("tongtai", "苏州同泰昌酱园有限公司", "91", "320508", "13846620")
co("hkyaohang", "深圳福田港貨藥行有限公司", "91", "440304", "77210034", in_registry=False)
co("mama", "宁波妈咪宝贝母婴用品有限公司", "91", "330203", "52014468")
co("jimai", "温州二手好物电子商务有限公司", "91", "330302", "60033215")
co("modelwu", "东莞吴记模型玩具有限公司", "91", "441900", "57716209")
co("teaxz", "福州小栈茶业有限公司", "91", "350102", "48823107")
co("baohe", "深圳保和堂參茸貿易有限公司", "91", "440303", "67120448")
co("datong", "廈門大同鐘錶有限公司", "91", "350206", "33508127")
co("baoshui", "宁波保税仓直发贸易有限公司", "91", "330206", "30995016", status="经营异常")
co("daojian", "青岛刀剑收藏馆文化有限公司", "91", "370202", "06612359")
co("yinian", "哈尔滨颐年堂保健品有限公司", "91", "230103", "12987745")
co("qiaopu", "珠海橋埠貿易有限公司", "91", "440402", "72630014")
co("laopu", "海口老铺海味商行有限公司", "91", "460106", "58800427")
co("hkhaiwei", "深圳德昌海味有限公司", "91", "440303", "55120987")
# old 15-digit 注册号 (before 2015), status 注销 in the registry extract
KANGSHOU_REG = regno("11010500012345")
REG.append((KANGSHOU_REG, "北京康寿源保健食品有限公司", "注销"))

PAGES = []   # (side, file, url, codes, enc, bom, note, html)
HIST = []    # (side, file, url, days_before, enc, html)
def P(side, name, url, codes, enc, note, html, bom=False):
    PAGES.append((side, name, url, codes, enc, bom, note, html))
def H(side, name, url, days, enc, html):
    HIST.append((side, name, url, days, enc, html))

def lic_t(key):   # traditional-script licence line
    c, n = C[key]
    return "%s ※ 統一社會信用代碼：%s" % (n, c)
def lic_s(key):
    c, n = C[key]
    return "%s ◆ 统一社会信用代码：%s" % (n, c)

# ====================== MAIN ======================
# ---- 1. 仁濟堂藥房 (香港藥房, 深圳前海 entity), Big5, WooCommerce-like theme ----
U = "http://renjitang.test"
P("main", "001-renji-home.html", U + "/", "-", "big5",
  "trap: 藥房 home shows valid 統一社會信用代碼 and 粵ICP備; '最佳' appears only in 最佳服用時間 tip (2023 guideline: tips are not claims); 第一 in 第一次購買 is not a ranking",
  site("big5", "仁濟堂藥房 ＊ 香港老字號 網上商店",
       '<div class="site-header"><h1>仁濟堂藥房</h1><p>香港直送 ◆ 內地包稅</p></div>\n'
       '<ul class="products columns-4"><li class="product"><h2 class="woocommerce-loop-product__title">花旗參片 １００克</h2><span class="price"><bdi>¥２６８.００</bdi></span></li>\n'
       '<li class="product"><h2>陳皮 十年 ５０克</h2><span class="price">¥１８８</span></li></ul>\n'
       '<p>※ 參片最佳服用時間為早餐前，請依個人體質酌量。第一次購買可聯絡客服諮詢。</p>',
       '<p>' + lic_t("renji") + '</p><p><a href="https://beian.miit.gov.cn/">粵ICP備19088123號-1</a>　粵公網安備 44030502004418號</p>'))
P("main", "002-renji-lingzhi.html", U + "/product/lingzhi-baozifen/", "FALSE_CLAIM", "big5",
  "FALSE_CLAIM: 靈芝孢子粉 is a food, yet claimed to 抗腫瘤/降三高/術後康復 — 廣告法 第十七條 (disease claims outside medical ads), 第二十八條",
  site("big5", "破壁靈芝孢子粉 - 仁濟堂藥房",
       '<div class="product"><h1 class="product_title">破壁靈芝孢子粉　６０包裝</h1><p class="price">¥５９８.００</p>\n'
       '<div class="woocommerce-product-details__short-description"><p>◆ 術後康復好幫手，化療期間調理，有效<b>抑制</b>腫瘤細胞</p>\n'
       '<p>◆ 長期服用 降血壓、降血糖、降血脂，三高人群福音</p></div></div>',
       '<p>仁濟堂藥房 版權所有</p>'))
P("main", "003-renji-yanwo.html", U + "/product/yanwo-gift/", "ABSOLUTE_TERM,WELLKNOWN_MARK_AD", "big5",
  "ABSOLUTE_TERM: '頂級' and '全港最好' as quality claims — 廣告法 第九條第三項; WELLKNOWN_MARK_AD: '馳名商標' in the ad — 商標法 第十四條第五款",
  site("big5", "印尼官燕禮盒 - 仁濟堂藥房",
       '<div class="product"><h1 class="product_title">印尼官燕 禮盒裝 ５０克</h1><p class="price"><del>¥１６８０</del> <ins>¥１３８０</ins></p>\n'
       '<p>頂級燕盞 ＊ 全港最好的燕窩就在仁濟堂</p><p>仁濟堂 ── 中國馳名商標，百年信譽</p></div>',
       '<p>仁濟堂藥房 版權所有</p>'))

P("main", "083-renji-statement.html", U + "/news/statement.html", "-", "big5",
  "trap: a warning that others sell '高倣' goods under the shop's name and '馳名' appears in a quoted court report — warning and news, no offer; 商標法 第十四條 bans use in advertising, not reporting",
  site("big5", "嚴正聲明 - 仁濟堂藥房",
       '<div class="news"><h2>嚴正聲明</h2><p>近日有網店冒用本店名義銷售高倣參茸產品，本店從未授權，請認準本站購買。</p>\n'
       '<p>另據報道，某地法院判決一宗把「馳名商標」字樣印上包裝的案件，商家被罰款十萬元。</p></div>',
       '<p>仁濟堂藥房 版權所有</p>'))

# ---- 2. 榮記餅家 (澳門老字號), Big5, 企業官網 (PbootCMS-like) ----
U = "http://rongji-bing.test"
bad = bad_uscc(C["rongji"][0])
P("main", "004-rongji-home.html", U + "/", "ICP_INVALID,LICENSE_INVALID", "big5",
  "LICENSE_INVALID: displayed code %s fails the GB 32100 check character — 電子商務法 第十五條 (false display); ICP_INVALID: '澳ICP備' — 澳 is not a mainland province abbreviation, no such filing can exist — 互聯網信息服務管理辦法 第十二條" % bad,
  site("big5", "榮記餅家 澳門手信 官方網站",
       '<div class="nav"><a href="/">首頁</a> | <a href="/about/">關於榮記</a> | <a href="/products/">產品中心</a></div>\n'
       '<div class="banner">一九六二年創立 ＊ 澳門路環</div>\n<div class="pro-list"><dl><dt>杏仁餅</dt><dd>¥４８／盒</dd></dl><dl><dt>蛋卷</dt><dd>¥５８／罐</dd></dl></div>',
       '<table class="foot"><tr><td>珠海榮記餅家食品有限公司</td><td>統一社會信用代碼 ' + bad + '</td></tr>'
       '<tr><td colspan="2"><a href="https://beian.miit.gov.cn/">澳ICP備20210088號</a></td></tr></table>'))
P("main", "005-rongji-xingren.html", U + "/products/almond-cake.html", "-", "big5",
  "trap: '最佳賞味期' is a storage tip (2023 guideline: tips are not absolute claims); 1:1 appears as 杏仁 1:1 綠豆 ratio, not a counterfeit term",
  site("big5", "杏仁餅 - 榮記餅家",
       '<div class="pro-info"><h1>手工炭燒杏仁餅</h1><p class="price">¥４８／盒（２０片）</p>\n'
       '<p>配方：杏仁粉與綠豆粉 1:1 ，人手逐個壓模。</p><p>※ 開封後最佳賞味期為七日，請密封存放。</p></div>',
       '<p>珠海榮記餅家食品有限公司</p>'))
P("main", "006-rongji-giftbox.html", U + "/products/gift-tin.html", "RETURN_REFUSED", "big5",
  "RETURN_REFUSED: sealed tin gift box (shelf life 6 months, not 鮮活易腐, not 定作) declared '一經售出 不設七天無理由退貨' — 消費者權益保護法 第二十五條",
  site("big5", "手信禮盒 - 榮記餅家",
       '<div class="pro-info"><h1>澳門手信鐵罐禮盒</h1><p class="price">¥１６８</p><p>保質期：六個月（密封鐵罐）</p>\n'
       '<div class="notice">購物須知：禮盒商品一經售出<span>，</span>恕不設七天無理由退貨，敬請見諒。</div></div>',
       '<p>珠海榮記餅家食品有限公司</p>'))

# ---- 3. 峰記茶莊 (台灣茶莊), Big5, Magento-like ----
U = "http://fengji-tea.test"
P("main", "007-fengji-home.html", U + "/", "ICP_INVALID", "big5",
  "trap: '特級' is a tea grade from GB/T 30357 standards, not an absolute claim; licence shown and valid. ICP_INVALID: '臺ICP備' — 臺 is not a province abbreviation of the filing system — 非經營性互聯網信息服務備案管理辦法",
  site("big5", "峰記茶莊 ◆ 台灣高山茶",
       '<div class="page-wrapper"><ol class="products list items product-items"><li class="item product product-item"><strong class="product-item-name">凍頂烏龍 特級</strong>'
       '<span class="price-container"><span class="price">¥３２０</span></span></li></ol></div>',
       '<address>' + lic_t("fengji") + '<br>臺ICP備08812345號<br>地址：廈門市思明區</address>'))
P("main", "008-fengji-oolong.html", U + "/oolong-dongding.html", "FALSE_CLAIM", "big5",
  "FALSE_CLAIM: tea claimed to 降血壓、改善失眠、溶解血栓 — 廣告法 第十七條; trap in same page: '特級' is a standard grade",
  site("big5", "凍頂烏龍 - 峰記茶莊",
       '<div class="product-info-main"><h1 class="page-title">凍頂烏龍 特級 ３００克</h1><div class="price-box"><span class="price">¥３２０</span></div>\n'
       '<div class="product attribute overview">每日三杯，血壓穩穩降；失眠多夢者連喝一週即見效，更可溶解血栓。</div></div>',
       '<p>峰記茶莊</p>'))
P("main", "009-fengji-reissue.html", U + "/tin-1980.html", "-", "big5",
  "trap: '復刻' here is the shop's own 1980 tin design re-issued by the same brand (own-brand reissue, no third-party mark) — not 商標法 第五十七條 infringement",
  site("big5", "1980 復刻茶罐 - 峰記茶莊",
       '<div class="product-info-main"><h1 class="page-title">峰記 1980 年經典茶罐 復刻版</h1><div class="price-box"><span class="price">¥１８０</span></div>\n'
       '<p>本莊把1980年自家設計的鐵罐重新印製，內裝金萱烏龍１５０克。</p></div>',
       '<p>峰記茶莊</p>'))

# ---- 4. 德昌海味 (香港海味), GBK traditional, Discuz-like shop page ----
U = "http://dechang-haiwei.test"
P("main", "010-dechang-home.html", U + "/index.html", "LICENSE_MISSING", "gbk",
  "LICENSE_MISSING: home shows ICP and phone only; no licence code, image, link or 第十條 statement — 電子商務法 第十五條, 第七十六條; trap: '香港註冊商號' text gives no licence information",
  site("gbk", "德昌海味 香港上環 正宗海味",
       '<table class="goods"><tr><th>貨品</th><th>價錢</th></tr><tr><td>日本刺參 ５００克</td><td>￥１２８０</td></tr><tr><td>花膠筒 一斤</td><td>￥２６８０</td></tr></table>\n'
       '<p>香港註冊商號 ＊ 上環文咸西街老店 ＊ 電話 ０７５５－８８１２３４５６</p>',
       '<p><a href="https://beian.miit.gov.cn/">粵ICP備17012345號-2</a></p>'))
P("main", "011-dechang-huajiao.html", U + "/goods/huajiao.html", "FALSE_CLAIM", "gbk",
  "FALSE_CLAIM: 花膠 sold as a collectible with '穩賺不賠、年年升值' guaranteed return — 廣告法 第二十五條 (投資回報) and 第二十八條",
  site("gbk", "花膠 收藏級 - 德昌海味",
       '<div class="t_f">【收藏級 花膠公】 每兩 ￥８８０<br>◆ 花膠越放越值錢，買入即升值，三年翻倍，穩賺不賠！<br>◆ 可代客寄存，隨時回購</div>',
       '<p>德昌海味</p>'))
P("main", "012-dechang-jia.html", U + "/goods/jiapian.html", "PROHIBITED_GOODS", "gbk",
  "PROHIBITED_GOODS: 穿山甲片 (national first-class protected animal, removed from 藥典 2020; online sale banned) — 野生動物保護法 第二十八/三十一條",
  site("gbk", "炮山甲 - 德昌海味",
       '<div class="t_f">【炮山甲片】 正貨 ５０克 ￥１６８０ ＊ 量少先到先得，私信發貨</div>',
       '<p>德昌海味</p>'))

# ---- 5. 恆輝錶行 (香港手錶行), Big5 ----
U = "http://henghui-watch.test"
P("main", "013-henghui-home.html", U + "/", "ICP_MISSING", "big5",
  "ICP_MISSING: independent home with licence but no ICP filing or licence number (only 公網安備, which is not an ICP filing) — 互聯網信息服務管理辦法 第十二條",
  site("big5", "恆輝錶行 ＊ 香港名錶",
       '<div class="grid"><div class="cell"><b>勞力士 蠔式恆動</b><span class="price">¥４２８００</span></div><div class="cell"><b>歐米茄 海馬</b><span class="price">¥３６５００</span></div></div>',
       '<div>' + lic_t("henghui") + '</div><div>粵公網安備 44030402005566號</div>'))
P("main", "014-henghui-fuke.html", U + "/watch/sub-1to1.html", "COUNTERFEIT_TERM", "big5",
  "COUNTERFEIT_TERM: '原單' and '１：１復刻' (full-width) for a third-party brand watch at 2%% of retail — 商標法 第五十七條",
  site("big5", "綠水鬼 - 恆輝錶行",
       '<div class="detail"><h1>綠水鬼 ＊ 瑞士原單機芯 版</h1><p class="price">¥１６８０</p><p>１：１ 復刻 ，與專櫃正品對比無差別，<span>原</span><span>單</span>包裝齊全</p></div>',
       '<p>恆輝錶行</p>'))
P("main", "015-henghui-return.html", U + "/help/return.html", "RETURN_REFUSED", "big5",
  "RETURN_REFUSED: brand-new watches (not an exemption of 第二十五條) '一律不設七天無理由退換' — 消費者權益保護法 第二十五條",
  site("big5", "售後說明 - 恆輝錶行",
       '<div class="help"><h2>售後說明</h2><p>本行所有手錶均為全新未佩戴貨品，出貨前已拍片確認，一律不設七天無理由退換，敬請考慮清楚再下單。</p></div>',
       '<p>恆輝錶行</p>'))
P("main", "016-henghui-jade.html", U + "/jade/bangle.html", "-", "big5",
  "trap: '翡翠A貨' is the trade grade for untreated natural jadeite (GB/T 16553 天然翡翠), not the counterfeit slang A货; certificate shown",
  site("big5", "天然翡翠手鐲 - 恆輝錶行",
       '<div class="detail"><h1>天然翡翠 A貨 冰種手鐲</h1><p class="price">¥１２８００</p><p>附國家珠寶玉石質量監督檢驗中心證書：天然翡翠（A貨），未經酸洗充膠。</p></div>',
       '<p>恆輝錶行</p>'))

# ---- 6. 海淘驿站 (跨境保税), UTF-8, 有赞-like H5 ----
U = "http://haitao-yizhan.test"
P("main", "017-haitao-home.html", U + "/", "ABSOLUTE_TERM", "utf-8",
  "ABSOLUTE_TERM: '全网最低价' and '跨境No.1' as unproven superlatives — 广告法 第九条第三项; licence and 沪ICP备 valid",
  site("utf-8", "海淘驿站 | 保税仓直发",
       '<div class="van-swipe">保税仓直发 ＊ 全网最低价 ＊ 跨境No．1 平台</div>\n'
       '<div class="goods-list"><div class="goods-card"><p class="title">澳洲 羊毛脂面霜 100g</p><p class="price">￥89</p></div></div>',
       '<p>' + lic_s("haitao") + '</p><p>沪ICP备20201234号-3 ※ 沪公网安备 31011502007788号</p>'))
P("main", "018-haitao-cream.html", U + "/goods/lanolin.html", "FAKE_ORIGINAL_PRICE", "utf-8",
  "FAKE_ORIGINAL_PRICE: 划线价 ￥199 while the same URL sold at ￥79 three days before (history 3.0 d) — 明码标价和禁止价格欺诈规定 第十六条",
  site("utf-8", "澳洲羊毛脂面霜 - 海淘驿站",
       '<div class="goods-info"><h1>澳洲 羊毛脂面霜 100g 保税直发</h1><div class="goods-price"><span class="price">￥89</span> <s class="origin-price">划线价 ￥199</s></div><p>跨境商品 ＊ 个人物品清关</p></div>',
       '<p>海淘驿站</p>'))
H("main", "018-haitao-cream-3d.html", U + "/goods/lanolin.html", "3.0", "utf-8",
  site("utf-8", "澳洲羊毛脂面霜 - 海淘驿站", '<div class="goods-info"><h1>澳洲 羊毛脂面霜 100g 保税直发</h1><div class="goods-price"><span class="price">￥79</span></div></div>', '<p>海淘驿站</p>'))
P("main", "019-haitao-review.html", U + "/goods/vitamin-d.html", "REVIEW_INDUCEMENT", "utf-8",
  "REVIEW_INDUCEMENT: '五星+晒图 截图给客服 返5元' — paid positive review, 电子商务法 第十七条; 反不正当竞争法 第八条",
  site("utf-8", "维生素D3滴剂 - 海淘驿站",
       '<div class="goods-info"><h1>维生素D3滴剂 婴幼儿 10ml</h1><span class="price">￥128</span>\n<div class="tips">收货后给个⭐⭐⭐⭐⭐＋晒图，截图发给客服立返 ５ 元现金～</div></div>',
       '<p>海淘驿站</p>'))

P("main", "085-haitao-promise.html", U + "/help/review.html", "-", "utf-8",
  "trap: '不做好评返现' and '拒绝刷单' are refusals; the 店铺承诺 offers nothing for a review",
  site("utf-8", "评价说明 - 海淘驿站",
       '<div class="help"><p>海淘驿站承诺：不做好评返现，不刷单，不删差评。收货后请如实评价，好评差评都是对我们的帮助。</p></div>',
       '<p>海淘驿站</p>'))

# ---- 7. 剑韵坊 (龙泉宝剑, 非遗), GB18030 (contains non-GBK characters), dedecms-like ----
U = "http://longquan-jian.test"
other = C["longquan_other"][0]
P("main", "020-longquan-home.html", U + "/", "LICENSE_MISMATCH", "gb18030",
  "trap: '国家级非物质文化遗产' is a state-awarded listing (2023 guideline exempts state-awarded titles). LICENSE_MISMATCH: the 亮照 link serial starts with %s (丽水瓯江工艺品有限公司), not the code shown for 剑韵坊 — 电子商务法 第十五条; 市场主体登记管理条例 第三十六条" % other,
  site("gb18030", "剑韵坊 龙泉宝剑 国家级非物质文化遗产 龙泉宝剑锻制技艺",
       '<div class="listbox"><ul><li><a href="/a/jian/1.html">龙泉𠮷祥剑 未开刃 礼品</a> ￥680</li><li><a href="/a/jian/2.html">八面汉剑</a> ￥1280</li></ul></div>\n'
       '<p>龙泉宝剑锻制技艺 — 第一批国家级非物质文化遗产代表性项目（2006年公布）</p>',
       '<p>' + lic_s("longquan") + ' <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&serial=' + other + '-SAIC_SHOW_10000091330000123456789012&signData=MEUCIQ">电子营业执照</a></p><p>浙ICP备16033421号-1　浙公网安备 33118102000123号</p>'))
P("main", "021-longquan-jixiang.html", U + "/a/jian/1.html", "-", "gb18030",
  "trap: 未开刃 decorative sword (not a 管制刀具 under 公安部 管制刀具认定标准: no edge, not a dagger/三棱刀/弹簧刀); '非遗' is a factual listing; '𠮷' is outside GBK",
  site("gb18030", "龙泉𠮷祥剑 - 剑韵坊",
       '<div class="arc"><h1>龙泉𠮷祥剑（未开刃 ＊ 工艺礼品）</h1><p class="price">￥680</p><p>剑身为花纹钢，出厂不开刃，仅作陈设收藏；购买需实名登记。</p></div>',
       '<p>剑韵坊</p>'))
P("main", "022-longquan-knife.html", U + "/a/jian/9.html", "PROHIBITED_GOODS", "gb18030",
  "PROHIBITED_GOODS: 弹簧自锁 直刀 开刃 and 三棱刮刀 — 管制刀具 (公安部 管制刀具认定标准), banned from online sale; text contains non-GBK '𠮷'",
  site("gb18030", "户外直刀 - 剑韵坊",
       '<div class="arc"><h1>𠮷字号 按压弹簧直刀 开刃 ＋ 三棱刮刀 套装</h1><p class="price">￥360</p><p>一按即出，单手开合，D2钢，已开锋，可放车上防身。</p></div>',
       '<p>剑韵坊</p>'))

# ---- 8. 康寿源 (保健品), GBK mixed simplified/traditional, old 注册号 ----
U = "http://kangshouyuan.test"
P("main", "023-kangshou-home.html", U + "/", "ICP_INVALID,LICENSE_MISMATCH", "gbk",
  "LICENSE_MISMATCH: 注册号 %s is in the registry as 注销 — 电子商务法 第十五条; ICP_INVALID: '京ICP备XXXXXXXX号' is a placeholder, not a filing — 互联网信息服务管理办法 第十二条" % KANGSHOU_REG,
  site("gbk", "康寿源保健品商城",
       '<div class="main"><div class="item"><b>蓝帽子 鱼油软胶囊</b> ￥１９８</div><div class="item"><b>葡萄籽 胶囊</b> ￥１６８</div></div>',
       '北京康寿源保健食品有限公司<br>营业执照注册号：' + KANGSHOU_REG + '<br>京ICP备XXXXXXXX号<br>京公网安备 11010502030011号'))
P("main", "024-kangshou-sugar.html", U + "/goods/kuguo.html", "FALSE_CLAIM", "gbk",
  "FALSE_CLAIM: 苦瓜肽 food claimed to let diabetics 停药/根治糖尿病 — 广告法 第十七条, 第二十八条; 保健食品 may not claim disease treatment (广告法 第十八条)",
  site("gbk", "苦瓜肽 - 康寿源",
       '<div class="goods"><h1>苦瓜肽 植物胰岛素</h1><span class="price">￥２９８</span><p>坚持三个疗程，血糖平稳，不少顧客已经停掉二甲双胍，告别糖尿病困擾。</p></div>',
       '<p>康寿源</p>'))
P("main", "025-kangshou-fishoil.html", U + "/goods/fishoil.html", "-", "gbk",
  "trap: mandatory 保健食品 warning '本品不能代替药物' and '不能治疗疾病' (negations required by 保健食品标注警示用语指南 2019); 国食健注 number well-formed",
  site("gbk", "鱼油软胶囊 - 康寿源",
       '<div class="goods"><h1>鱼油软胶囊（蓝帽子）</h1><span class="price">￥１９８</span><p>保健功能：辅助降血脂。批准文号：国食健注G20140321</p>\n'
       '<p class="warn">保健食品不是药物，不能代替药物治疗疾病。本品不能治疗高血脂，如有疾病請遵醫囑。</p></div>',
       '<p>康寿源</p>'))
P("main", "026-kangshou-mianjian.html", U + "/goods/grape.html", "FALSE_HONOUR", "gbk",
  "FALSE_HONOUR: '国家免检产品' — the 免检 scheme was abolished in 2008 (国务院令 第503号 / 质检总局 2008), so the honour cannot be true — 广告法 第二十八条; 反不正当竞争法 第九条",
  site("gbk", "葡萄籽胶囊 - 康寿源",
       '<div class="goods"><h1>葡萄籽 胶囊 ６０粒</h1><span class="price">￥１６８</span><p>◆ 荣获“国家免检产品”称号 ◆ 连续十年质量信得过</p></div>',
       '<p>康寿源</p>'))

# ---- 9. 贝贝乐母婴, UTF-8 with BOM, 微店-like ----
U = "http://beibeile.test"
badb = bad_uscc(C["beibei"][0])
P("main", "027-beibei-home.html", U + "/", "LICENSE_INVALID", "utf-8",
  "LICENSE_INVALID: code %s fails the GB 32100 check character — 电子商务法 第十五条 (false display); ICP valid" % badb,
  site("utf-8", "贝贝乐母婴生活馆",
       '<div class="wd-shop"><div class="wd-goods"><p>婴儿纸尿裤 L码</p><em class="price">￥１２９</em></div><div class="wd-goods"><p>有机米粉</p><em class="price">￥６８</em></div></div>',
       '<p>杭州贝贝乐母婴用品有限公司　统一社会信用代码：' + badb + '</p><p>浙ICP备18045566号-1</p>'), bom=True)
P("main", "028-beibei-milk.html", U + "/goods/milk-3.html", "WELLKNOWN_MARK_AD", "utf-8",
  "WELLKNOWN_MARK_AD: '中国驰名商标' in the listing text — 商标法 第十四条第五款",
  site("utf-8", "3段奶粉 - 贝贝乐",
       '<div class="wd-detail"><h1>某某 3段 幼儿配方奶粉 800g</h1><em class="price">￥２５８</em><p>荣膺“中国驰名商标”，妈妈们信赖的老牌子</p></div>',
       '<p>贝贝乐</p>'), bom=True)
P("main", "029-beibei-diaper.html", U + "/goods/diaper.html", "-", "utf-8",
  "trap: '拆封后不支持七天无理由' for hygiene goods whose opening affects safety, confirmed by the buyer at purchase — lawful under 网络购买商品七日无理由退货暂行办法 第七条 and 消保法 第二十五条第二款; unopened packs are returnable",
  site("utf-8", "纸尿裤 - 贝贝乐",
       '<div class="wd-detail"><h1>婴儿纸尿裤 L码 ５２片</h1><em class="price">￥１２９</em><p>※ 未拆封支持七天无理由退货；贴身卫生用品拆封后不支持七天无理由退货，下单页已请您勾选确认。</p></div>',
       '<p>贝贝乐</p>'), bom=True)

# ---- 10. 优品寄卖行 (二手/寄卖), GBK, home without charset meta ----
U = "http://youpin-jimai.test"
P("main", "030-youpin-home.html", U + "/", "LICENSE_MISMATCH", "gbk",
  "LICENSE_MISMATCH: displayed code is in the registry with status 吊销 — 电子商务法 第十五条; 市场主体登记管理条例 第三十六条; trap: '回收' and '寄卖' are lawful trades. No <meta charset> at all (missing charset meta; bytes are GBK).",
  site(None, "优品寄卖行 二手奢侈品 回收 寄卖",
       '<div class="list"><dl><dt>二手 香奈儿 CF 中号</dt><dd>九成新 ￥３２８００</dd></dl><dl><dt>二手 百达翡丽 5711</dt><dd>￥４８００００</dd></dl></div>',
       lic_s("youpin") + '<br>粤ICP备20067788号-1<br>粤公网安备 44010402003399号'))
P("main", "031-youpin-lv.html", U + "/goods/lv-neverfull.html", "COUNTERFEIT_TERM", "gbk",
  "trap: '原单号' in the last sentence is a consignment order number. COUNTERFEIT_TERM: '原单 尾货' and 'Ａ货' for a third-party luxury bag at a fraction of retail — 商标法 第五十七条",
  site("gbk", "LV 托特包 - 优品寄卖行",
       '<div class="goods"><h1>LV Neverfull 中号 原单尾货</h1><span class="price">￥６８０</span><p>工厂外流 ＊ Ａ货 ＊ 与专柜一致。寄卖单请保留原单号以便结算。</p></div>',
       '<p>优品寄卖行</p>'))
P("main", "032-youpin-ivorywhite.html", U + "/goods/dehua-cup.html", "-", "gbk",
  "trap: '象牙白' is the name of 德化白瓷 glaze colour, not ivory; '复刻' absent; second-hand porcelain is lawful",
  site("gbk", "德化象牙白 杯 - 优品寄卖行",
       '<div class="goods"><h1>德化 象牙白 瓷杯 一对（寄卖）</h1><span class="price">￥４５０</span><p>德化白瓷“象牙白”“猪油白”釉色，八十年代国营瓷厂出品，无磕碰。</p></div>',
       '<p>优品寄卖行</p>'))

# ---- 11. 星舰模型 (hobby), UTF-8, WooCommerce-like ----
U = "http://xingjian-model.test"
P("main", "033-xingjian-home.html", U + "/", "ICP_MISSING", "utf-8",
  "ICP_MISSING: home says 'ICP备案审核中' with no number — 互联网信息服务管理办法 第十二条 (must display the filing number); licence valid",
  site("utf-8", "星舰模型 — 车模 兵人 高达",
       '<ul class="products"><li class="product">1:18 合金车模 法拉利 <span class="price">￥４５９</span></li><li class="product">1/144 高达 拼装 <span class="price">￥１２８</span></li></ul>',
       '<p>' + lic_s("xingjian") + '</p><p>ICP备案审核中 ｜ 川公网安备 51010402001234号</p>'))
P("main", "034-xingjian-car.html", U + "/product/ferrari-118/", "-", "utf-8",
  "trap: '1:18' and '１：１ 还原' are model scales / faithful-detail claims for a licensed die-cast model ('官方授权'), not counterfeit slang",
  site("utf-8", "1:18 法拉利 - 星舰模型",
       '<div class="product"><h1 class="product_title">BBR 1:18 法拉利 SF90 官方授权 合金车模</h1><p class="price">￥４５９</p><p>内饰按原车１：１比例缩放还原，附授权证书。</p></div>',
       '<p>星舰模型</p>'))
P("main", "035-xingjian-gun.html", U + "/product/m4-gel/", "PROHIBITED_GOODS", "utf-8",
  "trap: '1:1' is the scale of the replica, not counterfeit slang (no COUNTERFEIT_TERM). PROHIBITED_GOODS: 全金属 仿真枪 firing 6mm 钢珠 — 仿真枪 are banned from sale (公安部 仿真枪认定标准; 枪支管理法 第四十四条)",
  site("utf-8", "M4 金属 - 星舰模型",
       '<div class="product"><h1 class="product_title">M4A1 全金属 1:1 仿真 枪模</h1><p class="price">￥１６８０</p><p>可发射 ６mm 钢珠，初速高，手感与真枪一致，拆分发货。</p></div>',
       '<p>星舰模型</p>'))

P("main", "084-xingjian-safety.html", U + "/help/safety.html", "-", "utf-8",
  "trap: refusal and advice — '不销售 可发射弹丸的仿真枪' and '高仿真' describes detail of static display models; no banned goods are offered",
  site("utf-8", "安全须知 - 星舰模型",
       '<div class="entry-content"><p>※ 本店只销售静态展示模型及 GB 6675 合格的水弹玩具，不销售任何可发射弹丸的仿真枪，请勿询问。</p><p>静态模型做工高仿真，仅供陈列。</p></div>',
       '<p>星舰模型</p>'))

# ---- 12. 野趣户外 (outdoor), GB18030 with non-GBK characters ----
U = "http://yequ-outdoor.test"
P("main", "036-yequ-home.html", U + "/", "FALSE_HONOUR,ICP_MISSING", "gb18030",
  "FALSE_HONOUR: '中国名牌产品' — the 中国名牌 evaluation was stopped in 2008 (质检总局公告), an honour that cannot be current — 广告法 第二十八条; ICP_MISSING: only 公网安备 shown, no ICP number — 互联网信息服务管理办法 第十二条; non-GBK '䶮'",
  site("gb18030", "野趣户外 帐篷 冲锋衣",
       '<div class="cat">帐篷 ◆ 睡袋 ◆ 冲锋衣</div><p>旗下“䶮峰”系列帐篷荣获 中国名牌产品 称号</p>',
       '<p>' + lic_s("yequ") + '</p><p>甘公网安备 62010202000777号</p>'))
P("main", "037-yequ-shock.html", U + "/goods/stun.html", "PROHIBITED_GOODS", "gb18030",
  "PROHIBITED_GOODS: 高压电击器 for 防身 — 电击器 are 管制器具 banned from sale (公安部 专用器具管理); non-GBK '䶮'",
  site("gb18030", "户外防身 - 野趣户外",
       '<div class="goods"><h1>䶮峰 户外防身 高压电击棍 强光手电二合一</h1><span class="price">￥２３９</span><p>瞬间电压高，女性夜跑防身必备</p></div>',
       '<p>野趣户外</p>'))
P("main", "038-yequ-notice.html", U + "/help/notice.html", "-", "gb18030",
  "trap: refusal notice '本店不售 电击器、弩、仿真枪' — naming banned goods in a refusal is lawful; '最佳' only in 最佳使用温度 tip; non-GBK '䶮'",
  site("gb18030", "购物须知 - 野趣户外",
       '<div class="help"><p>※ 依照法律规定，本店不售电击器、弩、仿真枪及管制刀具，请勿咨询。</p><p>䶮峰睡袋最佳使用温度 ５℃ 至 １５℃。</p></div>',
       '<p>野趣户外</p>'))

# ---- 13. 高山农家 (farm produce, 第十条 exemption), UTF-8 ----
U = "http://gaoshan-nongjia.test"
P("main", "039-gaoshan-home.html", U + "/", "-", "utf-8",
  "trap: no licence code, but the home displays the 电子商务法 第十条 exemption statement (自产农副产品, 无需办理市场主体登记) — satisfies 第十五条; ICP valid",
  site("utf-8", "高山农家 自家种的",
       '<div class="items"><div>高山土蜂蜜 500g ￥８８</div><div>妃子笑 荔枝 ５斤 ￥９９</div></div>',
       '<p>经营者：李春花（个人）｜ 本店销售本人自产农副产品，依据《电子商务法》第十条规定无需办理市场主体登记。</p><p>桂ICP备21004567号</p>'))
P("main", "040-gaoshan-lychee.html", U + "/goods/lychee.html", "-", "utf-8",
  "trap: '生鲜 不支持七天无理由退货' for fresh lychee — 鲜活易腐 is a statutory exemption (消保法 第二十五条第一款第二项); '最佳' only in 最佳食用期",
  site("utf-8", "妃子笑荔枝 - 高山农家",
       '<div class="goods"><h1>妃子笑 荔枝 现摘现发 ５斤</h1><span class="price">￥９９</span><p>鲜活易腐，不支持七天无理由退货；坏果拍照包赔。最佳食用期为到货后两天内。</p></div>',
       '<p>高山农家</p>'))
P("main", "041-gaoshan-honey.html", U + "/goods/honey.html", "FALSE_CLAIM", "utf-8",
  "FALSE_CLAIM: honey claimed to 治咳嗽、降血脂、养好胃病 — 广告法 第十七条 (disease claims for a food)",
  site("utf-8", "土蜂蜜 - 高山农家",
       '<div class="goods"><h1>高山土蜂蜜 500g</h1><span class="price">￥８８</span><p>老人家咳了半年，每天一勺，咳嗽就好了；还能降血脂，胃病吃一个月就养好。</p></div>',
       '<p>高山农家</p>'))
P("main", "042-gaoshan-redpack.html", U + "/goods/walnut.html", "REVIEW_INDUCEMENT", "utf-8",
  "REVIEW_INDUCEMENT: '好评带图 找我领2元红包' — reward conditional on a positive review, 电子商务法 第十七条",
  site("utf-8", "山核桃 - 高山农家",
       '<div class="goods"><h1>手剥山核桃 ２斤</h1><span class="price">￥６８</span><p>亲收到后觉得好吃的话，好.评带图发我，领 ２ 元红包哦～</p></div>',
       '<p>高山农家</p>'))

# ---- 14. 同泰昌酱园 (中华老字号), GBK, 企业官网 with licence image ----
U = "http://tongtaichang.test"
P("main", "043-tongtai-home.html", U + "/", "-", "gbk",
  "trap: licence shown as an image with alt text plus a link to /license.html and the code (valid, 存续); '中华老字号' is a state-awarded title (商务部 认定, 2023 guideline exempts)",
  site("gbk", "同泰昌酱园 ＊ 中华老字号",
       '<div class="intro">始创于清光绪年间 ＊ 商务部认定“中华老字号”</div>',
       '<a href="/license.html"><img src="/img/yyzz.jpg" alt="营业执照：苏州同泰昌酱园有限公司 ' + C["tongtai"][0] + '"></a><br><a href="/license.html">营业执照公示</a> | 苏ICP备05012345号-1 | 苏公网安备 32050802010123号'))
P("main", "044-tongtai-soy.html", U + "/product/soy-special.html", "-", "gbk",
  "trap: '特级' is the grade of GB/T 18186 酿造酱油; '一级' likewise; not absolute terms",
  site("gbk", "特级生抽 - 同泰昌",
       '<div class="pro"><h1>头抽 特级 酿造酱油 500ml</h1><span class="price">￥２８</span><p>执行标准 GB/T 18186 高盐稀态 特级（氨基酸态氮≥0.8g/100ml）</p></div>',
       '<p>同泰昌酱园</p>'))
P("main", "045-tongtai-wellknown.html", U + "/product/vinegar.html", "WELLKNOWN_MARK_AD", "gbk",
  "trap: '中华老字号' is a state-awarded title, lawful. WELLKNOWN_MARK_AD: '驰名商标' split across tags (<b>驰名</b>商标) in the product ad — 商标法 第十四条第五款",
  site("gbk", "香醋 - 同泰昌",
       '<div class="pro"><h1>同泰昌 陈年香醋</h1><span class="price">￥３２</span><p>中华老字号 ◆ <b>驰名</b>商标 ◆ 百年工艺</p></div>',
       '<p>同泰昌酱园</p>'))
P("main", "046-tongtai-price.html", U + "/product/giftbox.html", "-", "gbk",
  "trap: 原价 ￥88 equals the lowest price of the last 7 days (2 d capture ￥88); the ￥59 capture is 9 days old, outside the 7-day window of 明码标价和禁止价格欺诈规定 第十六条",
  site("gbk", "酱菜礼盒 - 同泰昌",
       '<div class="pro"><h1>酱菜 礼盒 六味</h1><div class="price-box"><span class="price">￥６８</span> <del>原价 ￥８８</del></div></div>',
       '<p>同泰昌酱园</p>'))
H("main", "046-tongtai-price-9d.html", U + "/product/giftbox.html", "9.0", "gbk",
  site("gbk", "酱菜礼盒 - 同泰昌", '<div class="pro"><h1>酱菜 礼盒 六味</h1><div class="price-box"><span class="price">￥５９</span></div></div>', '<p>同泰昌酱园</p>'))
H("main", "046-tongtai-price-2d.html", U + "/product/giftbox.html", "2.0", "gbk",
  site("gbk", "酱菜礼盒 - 同泰昌", '<div class="pro"><h1>酱菜 礼盒 六味</h1><div class="price-box"><span class="price">￥８８</span></div></div>', '<p>同泰昌酱园</p>'))

# ---------------- platform shops on mall.wangjian.test (main) ----------------
M = "http://mall.wangjian.test"
MARK = '<span class="shop-badge mall-mark" title="网剑商城认证店铺">网剑认证</span>'
def slic(key, trad=False):
    c, n = C[key]
    return '<div class="shop-license">%s %s：%s</div>' % (n, "統一社會信用代碼" if trad else "统一社会信用代码", c)

# ---- 15. 港貨藥行 (GBK traditional) ----
P("main", "047-mall-hkyaohang-home.html", M + "/shop/hk-yaohang/", "LICENSE_MISMATCH", "gbk",
  "LICENSE_MISMATCH: shop licence code (valid check digits) is absent from the registry extract — 电子商务法 第十五条; 网络交易监督管理办法 第十二条; mark present",
  plat_shop("gbk", "港貨藥行", "港貨藥行 ＊ 香港正品代購", MARK + slic("hkyaohang", True),
            '<div class="shop-goods"><div class="goods"><a href="/item/hk-hongyou.html">嬰兒爽身粉</a> <span class="price">￥４５</span></div></div>'))
P("main", "048-mall-hkyaohang-item.html", M + "/item/hk-hongyou.html", "REVIEW_INDUCEMENT", "gbk",
  "REVIEW_INDUCEMENT: '五星好評 截圖 送 ３ 元無門檻券' — reward for positive reviews, 电子商务法 第十七条",
  plat_item("gbk", "香港 嬰兒爽身粉 １４０克", '<span class="price">￥４５</span>',
            '<div class="desc">收貨後五星好評並截圖給客服，即送 ３ 元無門檻券，下次購物直接抵用。</div>'))

# ---- 16. 妈咪宝贝 (baby) ----
P("main", "049-mall-mama-home.html", M + "/shop/mama-baobei/", "MARK_MISSING", "utf-8",
  "MARK_MISSING: shop home has licence but the badge element's class is 'mall-mark-old', not the exact token mall-mark — seed: 平台为网店亮标",
  plat_shop("utf-8", "妈咪宝贝母婴", "妈咪宝贝母婴专营", '<span class="mall-mark-old">老店</span>' + slic("mama"),
            '<div class="shop-goods"><div class="goods"><a href="/item/mama-bottle.html">宽口玻璃奶瓶</a> <span class="price">￥７９</span></div></div>'))
P("main", "050-mall-mama-bottle.html", M + "/item/mama-bottle.html", "FAKE_ORIGINAL_PRICE", "utf-8",
  "FAKE_ORIGINAL_PRICE: 日常价 ￥129 while 1.5 days earlier the same URL sold at ￥69 — 明码标价和禁止价格欺诈规定 第十六条",
  plat_item("utf-8", "宽口径 玻璃奶瓶 240ml", '<span class="price">￥７９</span> <span class="origin">日常价 ￥１２９</span>',
            '<div class="desc">双十二 限时特惠</div>'))
H("main", "050-mall-mama-bottle-1.5d.html", M + "/item/mama-bottle.html", "1.5", "utf-8",
  plat_item("utf-8", "宽口径 玻璃奶瓶 240ml", '<span class="price">￥６９</span>', '<div class="desc">日常销售</div>'))

# ---- 17. 二手好物 (second-hand) ----
P("main", "051-mall-jimai-home.html", M + "/shop/ershou-haowu/", "LICENSE_MISSING", "utf-8",
  "LICENSE_MISSING: shop home shows mark and name but no shop licence; the platform's footer code is the platform's identity — 电子商务法 第十五条, 第七十六条",
  plat_shop("utf-8", "二手好物", "二手好物 回收 寄卖", MARK,
            '<div class="shop-goods"><div class="goods"><a href="/item/jimai-bag.html">手袋</a> <span class="price">￥４８０</span></div></div>'))
P("main", "052-mall-jimai-bag.html", M + "/item/jimai-bag.html", "COUNTERFEIT_TERM", "utf-8",
  "COUNTERFEIT_TERM: '高＊仿' (symbol between characters) and '纯原' for a Gucci-pattern bag — 商标法 第五十七条",
  plat_item("utf-8", "G家 老花 托特包", '<span class="price">￥４８０</span>',
            '<div class="desc">高＊仿 纯原版本，五金刻字一致，懂的来</div>'))

P("main", "088-mall-jimai-promise.html", M + "/item/jimai-check.html", "-", "utf-8",
  "trap: '拒绝高仿' and '假一赔三' are a refusal and a guarantee; '原价' absent; second-hand resale of genuine goods is lawful",
  plat_item("utf-8", "二手 正品 鉴定服务", '<span class="price">￥３０</span>',
            '<div class="desc">所有寄卖包袋先经第三方鉴定，拒绝高仿，假一赔三。</div>'))

# ---- 18. 小栈茶业 ----
P("main", "053-mall-teaxz-home.html", M + "/shop/xiaozhan-tea/", "LICENSE_MISSING,MARK_MISSING", "utf-8",
  "LICENSE_MISSING: the shop licence sits only inside an HTML comment (not displayed) — 电子商务法 第十五条; MARK_MISSING: the mall-mark element is hidden (display:none) — seed: 平台为网店亮标",
  plat_shop("utf-8", "小栈茶业", "小栈茶业", '<span class="mall-mark" style="display:none">网剑认证</span><!-- <div class="shop-license">' + lic_s("teaxz") + '</div> -->',
            '<div class="shop-goods"><div class="goods"><a href="/item/teaxz-dhp.html">大红袍</a> <span class="price">￥１９８</span></div></div>'))
P("main", "054-mall-teaxz-dhp.html", M + "/item/teaxz-dhp.html", "ABSOLUTE_TERM", "utf-8",
  "ABSOLUTE_TERM: '全网第一' and '顶级' as quality claims — 广告法 第九条第三项",
  plat_item("utf-8", "武夷山 大红袍 250g", '<span class="price">￥１９８</span>',
            '<div class="desc">顶级岩茶，口感全网第一，喝过都说好</div>'))

# ---- 19. 吴记模型 ----
P("main", "055-mall-modelwu-home.html", M + "/shop/wuji-model/", "-", "utf-8",
  "trap: complete platform shop home (licence in shop-license, mall-mark present); '1:35' and '1/700' are scales",
  plat_shop("utf-8", "吴记模型", "吴记模型 ＊ 坦克 舰船", MARK + slic("modelwu"),
            '<div class="shop-goods"><div class="goods">1:35 虎式坦克 拼装 <span class="price">￥１５８</span></div><div class="goods">1/700 辽宁舰 <span class="price">￥２２８</span></div></div>'))
P("main", "056-mall-modelwu-return.html", M + "/item/wuji-tiger.html", "RETURN_REFUSED", "utf-8",
  "RETURN_REFUSED: an unbuilt plastic model kit is none of the 第二十五条 exemptions, yet '模型类商品 不支持七天无理由' — 消费者权益保护法 第二十五条",
  plat_item("utf-8", "1:35 虎式坦克 拼装模型", '<span class="price">￥１５８</span>',
            '<div class="desc">※ 模型类商品 不支持 七天无理由 退换货，下单即视为同意</div>'))
P("main", "057-mall-modelwu-knife.html", M + "/item/wuji-butterfly.html", "PROHIBITED_GOODS", "utf-8",
  "PROHIBITED_GOODS: 开刃 蝴蝶刀 / 甩刀 with lock — 管制刀具 under 公安部 管制刀具认定标准, banned online",
  plat_item("utf-8", "收藏级 开刃蝴蝶刀 甩刀", '<span class="price">￥２６８</span>',
            '<div class="desc">D2钢 已开锋，带锁扣，收藏练习两用，非玩具</div>'))

# ====================== HOLDOUT ======================
# ---- H1. 保和堂參茸行, Big5 ----
U = "http://baohetang.test"
badh = bad_uscc(C["baohe"][0])
P("hold", "058-baohe-home.html", U + "/", "LICENSE_INVALID", "big5",
  "trap: '百年老字號 誠信為本' is a business philosophy/slogan, not a ranking. LICENSE_INVALID: %s fails the GB 32100 check character — 電子商務法 第十五條" % badh,
  site("big5", "保和堂參茸行 ＊ 香港",
       '<div class="goods"><p>長白山 野山參</p><p class="price">¥２８８０</p></div><p>百年老字號 ◆ 誠信為本</p>',
       '<p>深圳保和堂參茸貿易有限公司 統一社會信用代碼 ' + badh + '</p><p>粵ICP備18077654號-1</p>'))
P("hold", "059-baohe-chongcao.html", U + "/goods/chongcao.html", "FALSE_CLAIM", "big5",
  "FALSE_CLAIM: 冬蟲夏草 sold as food with '抗癌、治肺病' — 廣告法 第十七條",
  site("big5", "冬蟲夏草 - 保和堂",
       '<div class="goods"><h1>那曲 冬蟲夏草 ５克</h1><p class="price">¥１６８０</p><p>增強免疫，抗癌防癌，久咳肺病服用一月明顯好轉。</p></div>', '<p>保和堂</p>'))
P("hold", "060-baohe-wellknown.html", U + "/goods/renshen.html", "WELLKNOWN_MARK_AD", "big5",
  "WELLKNOWN_MARK_AD: '馳 名 商 標' with spaces between characters — 商標法 第十四條第五款",
  site("big5", "花旗參 - 保和堂",
       '<div class="goods"><h1>花旗參 圓粒 ２２７克</h1><p class="price">¥６８０</p><p>中國 馳 名 商 標 ＊ 原產威斯康星</p></div>', '<p>保和堂</p>'))

P("hold", "087-baohe-tips.html", U + "/news/brew.html", "-", "big5",
  "trap: '最佳' only in '最佳沖泡溫度' (a tip, 2023 guideline) and '第一泡' is the first infusion; no disease claim ('不能代替藥物')",
  site("big5", "花旗參沖泡方法 - 保和堂",
       '<div class="news"><p>花旗參片最佳沖泡溫度約為８５℃，第一泡可焗五分鐘。參茶是日常飲品，不能代替藥物。</p></div>', '<p>保和堂</p>'))

# ---- H2. 大同鐘錶, Big5 ----
U = "http://datong-watch.test"
P("hold", "061-datong-home.html", U + "/", "ICP_MISSING", "big5",
  "ICP_MISSING: licence shown, no ICP number on the home — 互聯網信息服務管理辦法 第十二條",
  site("big5", "大同鐘錶 台灣老店",
       '<div class="grid"><p>精工 SEIKO 5 ¥１６８０</p><p>西鐵城 光動能 ¥２２８０</p></div>',
       '<p>' + lic_t("datong") + '</p><p>客服：０５９２－５１２３４５６</p>'))
P("hold", "062-datong-superA.html", U + "/watch/daytona.html", "COUNTERFEIT_TERM", "big5",
  "COUNTERFEIT_TERM: '超Ａ 精倣' (full-width A, variant 倣) for a Rolex Daytona at ¥2380 — 商標法 第五十七條",
  site("big5", "迪通拿 - 大同鐘錶",
       '<div class="detail"><h1>迪通拿 熊貓 超Ａ 精倣</h1><p class="price">¥２３８０</p><p>4130 機芯 ＊ 專櫃對比無差</p></div>', '<p>大同鐘錶</p>'))
P("hold", "063-datong-return.html", U + "/help/after-sale.html", "RETURN_REFUSED", "big5",
  "RETURN_REFUSED: new watches '恕不接受七日無理由退貨' — 消費者權益保護法 第二十五條 (not an exemption)",
  site("big5", "售後 - 大同鐘錶",
       '<div class="help"><p>全新手錶拆封後恕不接受七日無理由退貨，只提供一年保修。</p></div>', '<p>大同鐘錶</p>'))

P("hold", "086-datong-guide.html", U + "/news/how-to-spot.html", "-", "big5",
  "trap: buyer advice on spotting '高倣' and '復刻' fakes — an article warning against counterfeits, no offer",
  site("big5", "教你分辨假錶 - 大同鐘錶",
       '<div class="news"><h2>教你分辨高倣錶</h2><p>市面上的「復刻」「超Ａ」手錶多為侵權假貨，購買前請核對保卡序號並到專櫃驗證。</p></div>', '<p>大同鐘錶</p>'))

# ---- H3. 保税仓直发, UTF-8 with BOM ----
U = "http://baoshui-zhifa.test"
P("hold", "064-baoshui-home.html", U + "/", "ICP_INVALID,LICENSE_MISMATCH", "utf-8",
  "LICENSE_MISMATCH: code registered with status 经营异常 — 电子商务法 第十五条; ICP_INVALID: '港ICP备' — 港 is no province abbreviation of the filing system — 互联网信息服务管理办法 第十二条",
  site("utf-8", "保税仓直发 跨境购",
       '<div class="goods-list"><div class="goods-card">日本 DHC 维C <span class="price">￥４９</span></div></div>',
       '<p>' + lic_s("baoshui") + '</p><p>港ICP备20230011号</p>'), bom=True)
P("hold", "065-baoshui-vc.html", U + "/goods/dhc-vc.html", "FAKE_ORIGINAL_PRICE", "utf-8",
  "FAKE_ORIGINAL_PRICE: 市场价 ￥99 while the URL sold at ￥39 0.5 days earlier — 明码标价和禁止价格欺诈规定 第十六条",
  site("utf-8", "DHC 维C - 保税仓直发",
       '<div class="goods-info"><h1>DHC 维生素C 90日</h1><span class="price">￥４９</span> <s>市场价 ￥９９</s></div>', '<p>保税仓直发</p>'), bom=True)
H("hold", "065-baoshui-vc-0.5d.html", U + "/goods/dhc-vc.html", "0.5", "utf-8",
  site("utf-8", "DHC 维C - 保税仓直发", '<div class="goods-info"><h1>DHC 维生素C 90日</h1><span class="price">￥３９</span></div>', '<p>保税仓直发</p>'))

# ---- H4. 云岭茶农, GB18030 ----
U = "http://yunling-chanong.test"
P("hold", "066-yunling-home.html", U + "/", "LICENSE_MISSING", "gb18030",
  "LICENSE_MISSING: a cooperative-style farm shop shows no licence and no 第十条 statement — 电子商务法 第十五条, 第七十六条; ICP valid; non-GBK '𠮷'",
  site("gb18030", "云岭茶农 普洱",
       '<div class="list"><p>𠮷祥 古树普洱 生茶 357g ￥２８０</p></div>', '<p>滇ICP备19004455号-1</p>'))
P("hold", "067-yunling-mianjian.html", U + "/goods/puer-2019.html", "FALSE_HONOUR", "gb18030",
  "FALSE_HONOUR: '国家免检' for tea — scheme abolished 2008, cannot be true — 广告法 第二十八条; 反不正当竞争法 第九条; non-GBK '𠮷'",
  site("gb18030", "2019 普洱 - 云岭茶农",
       '<div class="goods"><h1>𠮷祥 2019 古树生茶</h1><span class="price">￥２８０</span><p>国家免检 ＊ 质量过硬</p></div>', '<p>云岭茶农</p>'))
P("hold", "068-yunling-best.html", U + "/goods/puer-king.html", "ABSOLUTE_TERM", "gb18030",
  "ABSOLUTE_TERM: '云南最好的普洱' and '极品中的极品' as claims — 广告法 第九条第三项; non-GBK '𠮷'",
  site("gb18030", "茶王 - 云岭茶农",
       '<div class="goods"><h1>𠮷祥 茶王 古树</h1><span class="price">￥９８０</span><p>云南最好的普洱，极品中的极品</p></div>', '<p>云岭茶农</p>'))

# ---- H5. 刀剑收藏馆, GBK ----
U = "http://daojian-shoucang.test"
P("hold", "069-daojian-home.html", U + "/", "-", "gbk",
  "trap: complete home (licence valid, 鲁ICP备 valid); '收藏' and '刀剑' words alone are lawful",
  site("gbk", "刀剑收藏馆",
       '<div class="list"><p>1:6 兵人 配件</p><p>未开刃 唐刀 装饰</p></div>',
       lic_s("daojian") + '<br>鲁ICP备17023456号-1<br>鲁公网安备 37020202000888号'))
P("hold", "070-daojian-junci.html", U + "/goods/junci.html", "PROHIBITED_GOODS", "gbk",
  "PROHIBITED_GOODS: 三棱军刺 开刃 — 管制刀具 (公安部 管制刀具认定标准), banned online",
  site("gbk", "军刺 - 刀剑收藏馆",
       '<div class="goods"><h1>56式 三棱军刺 开刃 收藏</h1><span class="price">￥４５０</span><p>原厂库存，带鞘，快递包装成工艺品</p></div>', '<p>刀剑收藏馆</p>'))
P("hold", "071-daojian-figure.html", U + "/goods/figure-16.html", "-", "gbk",
  "trap: '1:6' scale and '复刻' of the maker's own earlier figure ('本社 2012 版 复刻'); plastic toy knife accessory is no 管制刀具",
  site("gbk", "1:6 兵人 - 刀剑收藏馆",
       '<div class="goods"><h1>1:6 兵人 塑料配件包（本社2012版复刻）</h1><span class="price">￥６８</span><p>含塑料匕首模型、背包</p></div>', '<p>刀剑收藏馆</p>'))

# ---- H6. 颐年堂保健, GBK bytes with a wrong meta charset=utf-8 ----
U = "http://yinian.test"
P("hold", "072-yinian-home.html", U + "/", "-", "gbk",
  "trap: licence and 黑ICP备 valid; '国家级' appears only in a quoted 广告法 第九条 reminder to staff (quoted law). Wrong <meta charset=utf-8>; bytes are GBK.",
  site("utf-8", "颐年堂保健",
       '<div class="list"><p>钙片 ￥６８</p></div><p class="notice">本店遵守广告法第九条，不使用“国家级”“最高级”“最佳”等用语。</p>',
       lic_s("yinian") + '<br>黑ICP备15003344号-2'))
P("hold", "073-yinian-review.html", U + "/goods/calcium.html", "REVIEW_INDUCEMENT", "gbk",
  "REVIEW_INDUCEMENT: '好评返现 ８ 元' on an insert card shown in the listing — 电子商务法 第十七条. Wrong <meta charset=utf-8>; bytes are GBK.",
  site("utf-8", "钙片 - 颐年堂",
       '<div class="goods"><h1>碳酸钙D3片 100片</h1><span class="price">￥６８</span><p>【售后卡】给个好评返现 ８ 元，加微信领取</p></div>', '<p>颐年堂</p>'))
P("hold", "074-yinian-sc.html", U + "/goods/gaba.html", "FALSE_HONOUR", "gbk",
  "FALSE_HONOUR: '食品生产许可证 SC1234567' — an SC number has 'SC' + 14 digits; this one cannot be a real certificate — 广告法 第二十八条; 反不正当竞争法 第九条. Wrong <meta charset=utf-8>; bytes are GBK.",
  site("utf-8", "GABA 软糖 - 颐年堂",
       '<div class="goods"><h1>GABA 睡眠 软糖</h1><span class="price">￥９９</span><p>食品生产许可证编号：SC1234567 ＊ 正规厂家</p></div>', '<p>颐年堂</p>'))

# ---------------- platform shops (holdout) ----------------
# ---- H7. 橋埠貿易 (GBK traditional) ----
P("hold", "075-mall-qiaopu-home.html", M + "/shop/qiaopu/", "MARK_MISSING", "gbk",
  "MARK_MISSING: the mall-mark element carries the hidden attribute, so no mark is displayed — seed: 平台为网店亮标; licence valid",
  plat_shop("gbk", "橋埠澳門手信", "橋埠 ◆ 澳門手信", '<span class="mall-mark" hidden>網劍認證</span>' + slic("qiaopu", True),
            '<div class="shop-goods"><div class="goods"><a href="/item/qiaopu-egg.html">蛋卷</a> <span class="price">￥５８</span></div></div>'))
P("hold", "076-mall-qiaopu-egg.html", M + "/item/qiaopu-egg.html", "REVIEW_INDUCEMENT", "gbk",
  "REVIEW_INDUCEMENT: '曬圖＋好評 返 ２ 元紅包' — 电子商务法 第十七条",
  plat_item("gbk", "澳門 手工蛋卷 罐裝", '<span class="price">￥５８</span>',
            '<div class="desc">曬圖＋好評，聯絡客服返 ２ 元紅包 ※ 數量有限</div>'))

# ---- H8. 二货铺 ----
P("hold", "077-mall-erhuo-home.html", M + "/shop/erhuo/", "LICENSE_MISSING", "utf-8",
  "LICENSE_MISSING: shop-license element present but empty apart from '资质审核中' — no licence information — 电子商务法 第十五条; mark present",
  plat_shop("utf-8", "二货铺", "二货铺 闲置 回收", MARK + '<div class="shop-license">资质审核中</div>',
            '<div class="shop-goods"><div class="goods"><a href="/item/erhuo-aj1.html">AJ1</a> <span class="price">￥３５０</span></div></div>'))
P("hold", "078-mall-erhuo-aj1.html", M + "/item/erhuo-aj1.html", "COUNTERFEIT_TERM", "utf-8",
  "COUNTERFEIT_TERM: '莆田 纯原' and 'gaofang' (pinyin) for Nike AJ1 at ￥350 — 商标法 第五十七条",
  plat_item("utf-8", "AJ1 芝加哥 闲置", '<span class="price">￥３５０</span>',
            '<div class="desc">莆田 纯原 版本，gaofang 做工，鞋标齐全</div>'))

# ---- H9. 老铺海味 ----
badl = bad_uscc(C["laopu"][0])
P("hold", "079-mall-laopu-home.html", M + "/shop/laopu-haiwei/", "LICENSE_INVALID", "utf-8",
  "LICENSE_INVALID: shop-license code %s fails its check character — 电子商务法 第十五条; mark present" % badl,
  plat_shop("utf-8", "老铺海味", "老铺海味 ＊ 海南干货", MARK + '<div class="shop-license">海口老铺海味商行有限公司 统一社会信用代码：' + badl + '</div>',
            '<div class="shop-goods"><div class="goods"><a href="/item/laopu-xia.html">虾干</a> <span class="price">￥８８</span></div></div>'))
P("hold", "080-mall-laopu-xia.html", M + "/item/laopu-xia.html", "FAKE_ORIGINAL_PRICE", "utf-8",
  "FAKE_ORIGINAL_PRICE: 划线价 ￥168 while 4 days earlier the same URL sold at ￥78 — 明码标价和禁止价格欺诈规定 第十六条",
  plat_item("utf-8", "海南 虾干 250g", '<span class="price">￥８８</span> <del class="line-price">￥１６８</del>', '<div class="desc">年货节 5.2折</div>'))
H("hold", "080-mall-laopu-xia-4d.html", M + "/item/laopu-xia.html", "4.0", "utf-8",
  plat_item("utf-8", "海南 虾干 250g", '<span class="price">￥７８</span>', '<div class="desc">日常</div>'))

# ---- H10. 李家果园 (personal, 第十条) ----
P("hold", "081-mall-lijia-home.html", M + "/shop/lijia-guoyuan/", "MARK_MISSING", "utf-8",
  "trap: no licence code, but the 电子商务法 第十条 statement in shop-license satisfies 第十五条 (no LICENSE_MISSING). MARK_MISSING: no element with class token mall-mark (only the text '网剑认证' in a plain span) — seed: 平台为网店亮标",
  plat_shop("utf-8", "李家果园", "李家果园", '<span class="tag">网剑认证</span><div class="shop-license">个人卖家：销售自产农副产品，依《电子商务法》第十条无需办理市场主体登记</div>',
            '<div class="shop-goods"><div class="goods">赣南脐橙 １０斤 <span class="price">￥５９</span></div></div>'))
P("hold", "082-mall-lijia-orange.html", M + "/item/lijia-orange.html", "-", "utf-8",
  "trap: '不支持七天无理由' for fresh oranges — 鲜活易腐 exemption of 消保法 第二十五条; '我们不做好评返现' is a refusal, not an offer",
  plat_item("utf-8", "赣南脐橙 现摘 １０斤", '<span class="price">￥５９</span>',
            '<div class="desc">生鲜水果不支持七天无理由退货，坏果包赔。我们不做好评返现，评价请如实填写。</div>'))

# ====================== writer ======================
def write_all(root):
    if os.path.isdir(root):
        for sub in ("pages", "history", "holdout"):
            shutil.rmtree(os.path.join(root, sub), ignore_errors=True)
    for side in ("main", "hold"):
        base = root if side == "main" else os.path.join(root, "holdout")
        os.makedirs(os.path.join(base, "pages"), exist_ok=True)
        os.makedirs(os.path.join(base, "history"), exist_ok=True)
        lab = ["# file\turl\tcodes"]
        nts = ["# file\tencoding\tbom\tnote"]
        for (sd, name, url, codes, enc, bom, note, html) in PAGES:
            if sd != side:
                continue
            with open(os.path.join(base, "pages", name), "wb") as f:
                f.write(encode(html, enc, bom))
            lab.append("%s\t%s\t%s" % (name, url, codes))
            nts.append("%s\t%s\t%s\t%s" % (name, enc, "yes" if bom else "no", note))
        his = ["# file\turl\tdays_before"]
        for (sd, name, url, days, enc, html) in HIST:
            if sd != side:
                continue
            with open(os.path.join(base, "history", name), "wb") as f:
                f.write(encode(html, enc, False))
            his.append("%s\t%s\t%s" % (name, url, days))
        for fn, rows in (("labels.tsv", lab), ("notes.tsv", nts), ("history.tsv", his)):
            with open(os.path.join(base, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(rows) + "\n")
    with open(os.path.join(root, "registry.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tstatus\n")
        for c, n, s in REG:
            f.write("%s\t%s\t%s\n" % (c, n, s))

OUT = ["pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            bad = []
            for o in OUT:
                a, b = os.path.join(here, o), os.path.join(tmp, o)
                if os.path.isdir(b):
                    for dp, dn, fns in os.walk(b):
                        for fn in fns:
                            rel = os.path.relpath(os.path.join(dp, fn), tmp)
                            if not os.path.exists(os.path.join(here, rel)) or not filecmp.cmp(os.path.join(here, rel), os.path.join(tmp, rel), shallow=False):
                                bad.append(rel)
                    for dp, dn, fns in os.walk(a):
                        for fn in fns:
                            rel = os.path.relpath(os.path.join(dp, fn), here)
                            if not os.path.exists(os.path.join(tmp, rel)):
                                bad.append(rel + " (extra)")
                elif not os.path.exists(a) or not filecmp.cmp(a, b, shallow=False):
                    bad.append(o)
            if bad:
                print("differs:", *bad, sep="\n  ")
                sys.exit(1)
            print("check ok")
        finally:
            shutil.rmtree(tmp)
    else:
        write_all(here)

if __name__ == "__main__":
    main()
