#!/usr/bin/env python3
"""corpus10 author W: branded and big-ticket goods.
Every page, its codes and its note are written by hand below. `python3 gen.py` writes all files;
`python3 gen.py --check` regenerates into a temp dir and compares byte for byte."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, uscc_bad, regno, regno_bad, mall_page, site_page, encode

PAGES = []      # dicts: split, site, file, url, enc, bom, codes, note, html, history
REGISTRY = []   # (code, name, status)


def page(split, site, file, url, enc, codes, note, html, bom=False, history=()):
    PAGES.append(dict(split=split, site=site, file=file, url=url, enc=enc, bom=bom,
                      codes=codes, note=note, html=html, history=list(history)))


M = "http://mall.wangjian.test"
PLAT = "91330100MA27WJ011R"
REGISTRY.append((PLAT, "杭州网剑网络科技有限公司", "存续"))

# ---------------- companies ----------------
C_JINYU = uscc("440300", "MA5F3K2L"); REGISTRY.append((C_JINYU, "深圳市金玉满堂珠宝有限公司", "存续"))
C_LUX = uscc("310104", "MA1G8Q3T"); REGISTRY.append((C_LUX, "上海臻选寄卖服务有限公司", "存续"))
C_SNEAK = uscc("350582", "MA32K8L4"); REGISTRY.append((C_SNEAK, "晋江市潮步鞋业有限公司", "存续"))
C_PHONE_BAD = uscc_bad("440106", "MA59R2XN")          # intentionally invalid check character
C_AIR = uscc("440606", "MA4UJ7HB"); REGISTRY.append((C_AIR, "佛山市顺德区凉风电器有限公司", "吊销"))
C_JIU = uscc("520382", "MA6H1C2D"); REGISTRY.append((C_JIU, "仁怀市酱源酒业有限公司", "存续"))
C_BOOK = uscc("110108", "MA01T5WK"); REGISTRY.append((C_BOOK, "北京书香音像有限公司", "存续"))
C_TICK = uscc("510104", "MA6C9Y2E"); REGISTRY.append((C_TICK, "成都趣游票务有限公司", "存续"))
C_HKJ = uscc("440300", "MA5G0P8Q"); REGISTRY.append((C_HKJ, "深圳前海周生记珠宝有限公司", "存续"))
C_WATCH = uscc("120101", "MA06K3LR"); REGISTRY.append((C_WATCH, "天津名表汇商贸有限公司", "存续"))
C_SHUMA = uscc("441900", "MA52X7QW"); REGISTRY.append((C_SHUMA, "东莞市䶮祥数码科技有限公司", "存续"))
R_JIAJU = regno("32050000018765"); REGISTRY.append((R_JIAJU, "苏州木作坊家具有限公司", "存续"))
C_CAR = uscc("330200", "MA2H4N6J"); REGISTRY.append((C_CAR, "宁波车途汽车用品有限公司", "存续"))
C_CAR_OTHER = uscc("330200", "MA2J8W1K"); REGISTRY.append((C_CAR_OTHER, "宁波驰越贸易有限公司", "存续"))
C_WINE = uscc("310115", "MA1K2B3C"); REGISTRY.append((C_WINE, "上海醇境酒业有限公司", "存续"))
# holdout companies
C_JERSEY = uscc("350500", "MA33F5G7"); REGISTRY.append((C_JERSEY, "泉州绿茵体育用品有限公司", "存续"))
C_FURN2 = uscc("330700", "MA2M9R4T")                 # valid but deliberately absent from the registry
C_CAR2 = uscc("370200", "MA3N7P2Q"); REGISTRY.append((C_CAR2, "青岛路宝汽配有限公司", "存续"))
C_KJ_BAD = uscc_bad("120116", "MA07L2M3")             # intentionally invalid
C_TICK2 = uscc("610113", "MA6W2X8Y"); REGISTRY.append((C_TICK2, "西安长安乐游文化旅游有限公司", "存续"))
C_TEA = uscc("532800", "MA6P3Q4R"); REGISTRY.append((C_TEA, "西双版纳古树茶业有限公司", "存续"))
C_TWJ = uscc("350200", "MA31A2B3"); REGISTRY.append((C_TWJ, "厦门台金珠宝有限公司", "存续"))
C_BJ = uscc("110105", "MA01X4Y5"); REGISTRY.append((C_BJ, "北京朝阳优品电器有限公司", "存续"))
R_SPORT_BAD = regno_bad("35058200004321")             # intentionally invalid 注册号

MARK = '<a class="mall-mark badge" href="%s/license/%s.html"><img src="/img/liangbiao.png" alt="网剑商城亮照亮标">已亮照</a>'


def shop_license(name, code, extra=""):
    return ('<div class="shop-info shop-license"><span>经营者：%s</span> <span>统一社会信用代码：%s</span>%s</div>'
            % (name, code, extra))


# =====================================================================================
# MAIN SPLIT
# =====================================================================================

# ---- shop jinyu: 黄金珠宝, 京东 POP decoration-module style (utf-8) ----
page("main", "shop:jinyu", "001-jinyu-home.html", M + "/shop/jinyu/", "utf-8", "-",
     "trap: 国家级非物质文化遗产代表性项目“花丝镶嵌制作技艺” is a title conferred by the State Council list (2008), "
     "an exempt state-awarded title under SAMR 2023 绝对化用语 guidance; licence and mark displayed. no case found",
     mall_page("金玉满堂珠宝官方店 - 网剑商城", """
<div class="shop-header"><h1 class="shop-name">金玉满堂珠宝官方店</h1>
""" + MARK % (M, "jinyu") + """</div>
<div class="J_module mod-banner"><img src="/img/jy-banner.jpg" alt="古法金 新品"></div>
<div class="J_module mod-text"><h2>关于花丝</h2>
<p>合作工坊传承人参与的花丝镶嵌制作技艺，2008年列入第二批国家级非物质文化遗产代表性项目名录。每件花丝摆件附工坊出品卡。</p></div>
<div class="J_module mod-goods"><ul>
<li><a href="/item/88010231.html">古法金素圈手镯 足金</a></li><li><a href="/item/88010233.html">和田玉平安扣</a></li></ul></div>
""" + shop_license("深圳市金玉满堂珠宝有限公司", C_JINYU) + "\n"))

page("main", "shop:jinyu", "002-jinyu-bangle.html", M + "/item/88010231.html", "utf-8", "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 划线价 ¥12,880 above the lowest price ¥9,680 captured 2.5 days earlier "
     "(明码标价和禁止价格欺诈规定 第十六条, 第十九条). case of the kind: 某网店电源“原价318元，促销价159元”虚构原价 (东莞市网络零售专项检查案例1, 2018)",
     mall_page("古法金素圈手镯 足金 约20g - 金玉满堂", """
<div class="item-main"><h1 class="item-title">古法金素圈手镯 足金 约20g 可刻字</h1>
<div class="price-box"><span class="label">到手价</span> <em class="price now-price">￥10,980</em>
<del class="price-origin">划线价 ￥12,880</del></div>
<p class="tips">金价每日浮动，以下单时为准。</p>
<dl class="attrs"><dt>材质</dt><dd>足金（含金量≥990‰）</dd><dt>工艺</dt><dd>古法手工锤揲</dd></dl></div>
"""),
     history=[(2.5, mall_page("古法金素圈手镯 足金 约20g - 金玉满堂", """
<div class="item-main"><h1 class="item-title">古法金素圈手镯 足金 约20g 可刻字</h1>
<div class="price-box"><span class="label">到手价</span> <em class="price now-price">￥9,680</em>
<del class="price-origin">划线价 ￥12,880</del></div></div>
""")), (5.0, mall_page("古法金素圈手镯 足金 约20g - 金玉满堂", """
<div class="item-main"><h1 class="item-title">古法金素圈手镯 足金 约20g 可刻字</h1>
<div class="price-box"><em class="price now-price">￥9,880</em></div></div>
"""))])

page("main", "shop:jinyu", "003-jinyu-hetian.html", M + "/item/88010233.html", "utf-8", "FALSE_CLAIM",
     "FALSE_CLAIM: 玉石 claimed to 降血压、调理失眠、促进血液循环 — disease/efficacy claims for a non-drug good "
     "(广告法 第十七条, 第二十八条). case of the same kind: 怀化张某宣称普通服饰预防治疗疾病罚20万元 "
     "(市场监管总局百日行动典型案例, 2019)",
     mall_page("和田玉平安扣 - 金玉满堂", """
<div class="item-main"><h1 class="item-title">新疆和田玉 青白玉平安扣吊坠</h1>
<div class="price-box"><em class="price">￥1,280</em></div>
<div class="desc"><p>老话说“人养玉三年，玉养人一生”。</p>
<p>贴身佩戴，玉石中的微量元素经皮肤吸收，<b>长期佩戴可辅助降血压</b>，对失眠多梦也有调理作用，促进血液循环。</p>
<p>附省级检测站证书，一物一证。</p></div></div>
"""))

page("main", "shop:jinyu", "004-jinyu-notice.html", M + "/item/88010240.html", "utf-8", "-",
     "trap: a warning to buyers (“谨防高仿金条”) and advice on checking serial numbers; it offers no counterfeit goods "
     "(商标法 第五十七条 concerns selling infringing goods). no case found",
     mall_page("投资金条 Au9999 50g - 金玉满堂", """
<div class="item-main"><h1 class="item-title">投资金条 Au9999 50g 带编号</h1>
<div class="price-box"><em class="price">￥29,650</em></div>
<div class="notice"><h3>购买须知</h3>
<p>近期市面出现高仿金条、镀金钨条，请认准条身钢印编号并在品牌官网查询。收到后可凭证书到任意检测站复检。</p>
<p>Au9999 为 GB/T 4134 规定的金锭牌号。</p></div></div>
"""))

# ---- shop lux: 二手奢侈品寄卖, 得物-like 鉴定 page style (utf-8) ----
page("main", "shop:lux", "005-lux-home.html", M + "/shop/lux-jishou/", "utf-8", "MARK_MISSING",
     "MARK_MISSING: the badge carries class “mall-marker”, not the token mall-mark, and no other element has it "
     "(平台为网店亮标; 电子商务法 第十五条 display via platform). licence displayed. no case found; campaign: 市场监管总局《关于开展“百家电商平台点亮”行动的通知》(2023) on shop licence display",
     mall_page("臻选二手奢侈品寄卖 - 网剑商城", """
<section class="shop-hd"><div class="shop-name">臻选二手奢侈品寄卖</div>
<span class="mall-marker">实力卖家</span></section>
<section class="identify-flow"><h2>寄卖流程</h2><ol><li>上门取件</li><li>专业鉴定师两道验货</li><li>拍照上架</li><li>成交结算</li></ol></section>
""" + shop_license("上海臻选寄卖服务有限公司", C_LUX) + "\n"))

page("main", "shop:lux", "006-lux-bag.html", M + "/item/71200458.html", "utf-8", "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: “工厂原单”“尾单”, i.e. overrun goods from an OEM sold under LV’s mark without licence "
     "(商标法 第五十七条). case: 南京市质监局查处微商仵某某经朋友圈、微店销售假冒LV/GUCCI/CHANEL箱包首饰案 "
     "(质检总局2017年“质检利剑”典型案件)",
     mall_page("LV 老花 Neverfull 中号 - 臻选寄卖", """
<div class="goods"><h1 class="goods-title">LV 老花 Neverfull 中号托特包 9新</h1>
<p class="price-line"><span class="price">¥2,380</span></p>
<p class="goods-desc">广州工厂原<span>单</span>，和专柜同一批皮料，尾单清货数量不多，不议价。配防尘袋小票。</p></div>
"""))

page("main", "shop:lux", "007-lux-guide.html", M + "/item/71200460.html", "utf-8", "-",
     "trap: an authentication service explaining how 高仿 bags are told apart from genuine ones; the listing sells a "
     "鉴定 service, not counterfeit goods (商标法 第五十七条 not engaged). no case found",
     mall_page("奢侈品包袋鉴定服务 - 臻选寄卖", """
<div class="goods"><h1 class="goods-title">奢侈品包袋鉴定服务（线上图片鉴定）</h1>
<p class="price-line"><span class="price">¥49</span>/件</p>
<div class="article"><h3>鉴定师笔记：高仿包最常露馅的四个地方</h3>
<p>1. 五金刻字：高仿刻字深浅不一，正品字体边缘圆润。2. 车线针距：正品每格针数固定。3. 内标压印。4. 皮料气味。</p>
<p>鉴定结论为“非正品”的，可出具报告供您向卖家维权。</p></div></div>
"""))

page("main", "shop:lux", "008-lux-rules.html", M + "/item/71200461.html", "utf-8", "-",
     "trap: a refusal — the consignment shop states it will not accept 高仿/A货/原单; negation of the counterfeit "
     "trade (商标法 第五十七条 not engaged). no case found",
     mall_page("寄卖须知 - 臻选寄卖", """
<div class="goods"><h1 class="goods-title">寄卖服务费（按成交价8%）</h1>
<p class="price-line"><span class="price">¥0</span> 成交后收取</p>
<ul class="rules"><li>本店拒收高仿、A货、“原单”货，验出即原路退回并拉黑。</li><li>缺少配件的请在寄件时说明。</li></ul></div>
"""))

# ---- shop sneaker: 潮鞋, 快手小店-like (gbk; platform served legacy GBK) ----
page("main", "shop:chaobu", "009-chaobu-home.html", M + "/shop/chaobu/", "gbk", "LICENSE_MISSING",
     "LICENSE_MISSING: shop home shows no 经营者 licence code, image or link; only the platform’s own footer "
     "(电子商务法 第十五条, 第七十六条; 网络交易监督管理办法 第十二条). case: 扬州市江都区网红糕点店微信销售未公示营业执照和许可信息罚2000元 (江苏省市场监督管理局, 2019)",
     mall_page("潮步球鞋 - 网剑商城", """
<div class="ks-shop"><div class="ks-avatar"><img src="/img/chaobu.png" alt=""></div>
<p class="shop-name">潮步球鞋</p><p>粉丝 3.2万 · 已售 1.8万件</p>
""" + MARK % (M, "chaobu") + """
<div class="ks-tabs"><a href="/item/66100871.html">篮球鞋</a> <a href="/item/66100872.html">复古跑鞋</a></div>
<p class="ks-service">客服在线 9:00-23:00</p></div>
""", enc="gbk", meta="http-equiv"))

page("main", "shop:chaobu", "010-chaobu-aj.html", M + "/item/66100871.html", "gbk", "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: “纯原”“莆田”“对版” offered as copies of AJ1 (商标法 第五十七条). case of the kind: "
     "南京质监局仵某某微店售假案 (2017); no case on sneakers specifically found",
     mall_page("AJ1 芝加哥 纯原版本 - 潮步球鞋", """
<div class="ks-item"><h1>AJ1 芝加哥 高帮 <span>纯</span><span>原</span>版本</h1>
<div class="ks-price"><span class="price">￥398</span></div>
<p>莆田老厂出货，鞋盒钢印对版，得物级细节，支持任意验货。</p></div>
""", enc="gbk", meta="http-equiv"))

page("main", "shop:chaobu", "011-chaobu-retro.html", M + "/item/66100872.html", "gbk", "-",
     "trap: “复刻” here is the brand’s own lawful re-issue (Nike “Retro” line, 品牌官方复刻), sold with the brand’s "
     "own 货号 and labelled as such; no infringement (商标法 第五十七条 not engaged). no case found",
     mall_page("Air Jordan 1 Retro High OG 官方复刻 - 潮步球鞋", """
<div class="ks-item"><h1>Air Jordan 1 Retro High OG 2025 官方复刻</h1>
<div class="ks-price"><span class="price">￥1,499</span></div>
<p>耐克官方按1985年原版配色推出的复刻款（Retro），货号 DZ5485-612，耐克中国官网同步发售，附发票。</p></div>
""", enc="gbk", meta="http-equiv"))

page("main", "shop:chaobu", "012-chaobu-card.html", M + "/item/66100873.html", "gbk", "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: a cash 红包 for a 5-star review with photos and 15 characters (电子商务法 第十七条; "
     "反不正当竞争法 第八条). case: 扬州市江都区某饮品店“好评返现”卡罚12000元 (江苏省市场监管局2021年刷单炒信典型案例)",
     mall_page("球鞋清洁套装 - 潮步球鞋", """
<div class="ks-item"><h1>球鞋清洁套装 擦鞋神器</h1>
<div class="ks-price"><span class="price">￥29.9</span></div>
<div class="card"><p>【售后福利】收货后五星评价+晒三张图+15字以上，截图发客服，立领5元微信红包！</p></div></div>
""", enc="gbk", meta="http-equiv"))

# ---- shop phone: 数码, 苏宁易购-like 第三方 (utf-8) ----
page("main", "shop:jisutong", "013-jisutong-home.html", M + "/shop/jisutong/", "utf-8", "LICENSE_INVALID",
     "LICENSE_INVALID: displayed 统一社会信用代码 %s fails its GB 32100 check character "
     "(电子商务法 第十五条; false display). no case found" % C_PHONE_BAD,
     mall_page("极速通数码专营店 - 网剑商城", """
<div class="sn-shop"><div class="sn-shop-head"><span class="shop-name">极速通数码专营店</span><i class="tag">第三方</i>
""" + MARK % (M, "jisutong") + """</div>
<div class="sn-floor"><h3>手机</h3><a href="/item/50120011.html">旗舰手机 12+256G</a></div>
<div class="sn-floor"><h3>耳机</h3><a href="/item/50120015.html">真无线降噪耳机</a></div>
""" + shop_license("广州市天河区极速通数码科技有限公司", C_PHONE_BAD) + "</div>\n"))

page("main", "shop:jisutong", "014-jisutong-phone.html", M + "/item/50120011.html", "utf-8", "-",
     "trap: 划线价 ¥5,999 equals the lowest price captured within 7 days (¥5,999, 3 days before); the lower ¥4,599 "
     "capture is 9 days old, outside the window of 明码标价和禁止价格欺诈规定 第十六条. no case found",
     mall_page("旗舰手机 12+256G - 极速通", """
<div class="sn-item"><h1>旗舰手机 12GB+256GB 全网通 国行</h1>
<div class="sn-price"><span class="price">￥5,299</span> <s class="price-del">￥5,999</s></div>
<p>国行正品，全国联保一年。</p></div>
"""), history=[(3.0, mall_page("旗舰手机 12+256G - 极速通", """
<div class="sn-item"><h1>旗舰手机 12GB+256GB 全网通 国行</h1>
<div class="sn-price"><span class="price">￥5,999</span></div></div>
""")), (9.0, mall_page("旗舰手机 12+256G - 极速通", """
<div class="sn-item"><h1>旗舰手机 12GB+256GB 全网通 国行</h1>
<div class="sn-price"><span class="price">￥4,599</span> <s class="price-del">￥5,999</s></div></div>
"""))])

page("main", "shop:jisutong", "015-jisutong-buds.html", M + "/item/50120015.html", "utf-8", "RETURN_REFUSED",
     "RETURN_REFUSED: blanket “不支持七天无理由” for standard earphones even unopened; not 定作, perishable, opened "
     "digital goods or periodicals (消费者权益保护法 第二十五条). no case found",
     mall_page("真无线降噪耳机 - 极速通", """
<div class="sn-item"><h1>真无线主动降噪耳机 蓝牙5.3</h1>
<div class="sn-price"><span class="price">￥399</span></div>
<div class="sn-service"><span>正品保障</span> <span>顺丰包邮</span> <span class="warn">本商品不支持7天无理由退换，未拆封也不退</span></div></div>
"""))

page("main", "shop:jisutong", "016-jisutong-aftersale.html", M + "/item/50120019.html", "utf-8", "-",
     "trap: “原单号” (original order number) and a 1:1 square photo mode are innocent look-alikes of 原单 and 1:1; "
     "the engraved case is 定作 and lawfully excluded from 7-day returns (消费者权益保护法 第二十五条第一款第(一)项). no case found",
     mall_page("手机壳 定制刻字 - 极速通", """
<div class="sn-item"><h1>磨砂手机壳（支持定制刻字）</h1>
<div class="sn-price"><span class="price">￥39</span></div>
<p>适配相机1:1方形画幅取景框开孔。</p>
<p>售后：请提供原单号与照片。刻字定制款属于按您要求定作的商品，依法不适用七日无理由退货；未刻字款支持七天无理由。</p></div>
"""))

# ---- shop aircon: 空调, 唯品会-like 特卖 (gbk) ----
page("main", "shop:liangfeng", "017-liangfeng-home.html", M + "/shop/liangfeng/", "gbk", "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the displayed code is valid but the registry shows the company 吊销 "
     "(电子商务法 第十五条; 市场主体登记管理条例 第三十六条). no case found",
     mall_page("凉风电器特卖 - 网剑商城", """
<div class="vip-brand"><div class="vip-logo"><b class="shop-name">凉风电器特卖</b></div>
""" + MARK % (M, "liangfeng") + """
<div class="vip-count">距结束 2天</div><ul class="vip-list"><li><a href="/item/40330081.html">变频挂机 1.5匹</a></li></ul>
""" + shop_license("佛山市顺德区凉风电器有限公司", C_AIR) + "</div>\n", enc="gbk"))

page("main", "shop:liangfeng", "018-liangfeng-ac.html", M + "/item/40330081.html", "gbk", "-",
     "trap: “新一级能效” is the grade defined by GB 21455-2019 (房间空气调节器能效限定值及能效等级); a standard grade term, "
     "exempt under SAMR 2023 guidance (广告法 第九条第三项 not engaged). no case found",
     mall_page("变频挂机 1.5匹 新一级能效 - 凉风电器", """
<div class="vip-item"><h1>变频冷暖挂机 1.5匹 新一级能效</h1>
<p><span class="price">￥2,399</span></p>
<table class="spec"><tr><td>能效等级</td><td>1级（GB 21455-2019）</td></tr><tr><td>APF</td><td>5.30</td></tr></table></div>
""", enc="gbk"))

page("main", "shop:liangfeng", "019-liangfeng-purify.html", M + "/item/40330085.html", "gbk", "FALSE_CLAIM",
     "FALSE_CLAIM: an air conditioner claimed to kill 新冠病毒 and prevent 呼吸道疾病/过敏性鼻炎 (广告法 第十七条, "
     "第二十八条). case: 南京艾氧环保科技有限公司空气净化器“高效杀灭新冠病毒”罚10万元 (南京市雨花台区市场监管局, 2022)",
     mall_page("除菌自清洁空调 - 凉风电器", """
<div class="vip-item"><h1>除菌自清洁 变频柜机 3匹</h1>
<p><span class="price">￥5,699</span></p>
<p class="sell">UVC深紫外模块，送风杀灭新冠病毒，全家<span>预防</span>呼吸道疾病，鼻炎患者开机一周明显好转。</p></div>
""", enc="gbk"))

# ---- shop baijiu: 酒类, 京东 POP (utf-8) ----
page("main", "shop:jiangyuan", "020-jiangyuan-home.html", M + "/shop/jiangyuan/", "utf-8", "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: “驰名商标” used as a selling point on the shop home (商标法 第十四条第五款, 第五十三条). "
     "no case found", mall_page("酱源酒业旗舰店 - 网剑商城", """
<div class="pop-shop"><h1 class="shop-name">酱源酒业旗舰店</h1>
""" + MARK % (M, "jiangyuan") + """
<div class="pop-banner"><p>“酱源”——中国<strong>驰名商标</strong> · 赤水河畔三十年</p></div>
<div class="pop-goods"><a href="/item/30220051.html">酱香型白酒 53度</a></div>
""" + shop_license("仁怀市酱源酒业有限公司", C_JIU) + "</div>\n"))

page("main", "shop:jiangyuan", "021-jiangyuan-feitian.html", M + "/item/30220055.html", "utf-8", "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: “1:1复刻”飞天包装 — copying another owner’s registered 飞天 packaging (商标法 第五十七条). "
     "case: 桐梓县某酒类经营部使用“飛天”等注册商标侵权案 (遵义市市场监管局白酒专项整治第四批典型案例, 2023)",
     mall_page("茅台镇 酱香 飞天款 - 酱源酒业", """
<div class="pop-item"><h1>茅台镇坤沙酱香 飞天款 500ml*6</h1>
<div class="p-price"><span class="price">￥588</span></div>
<p>瓶型、飘带、红盖 1：1 复刻飞天，送礼有面子，同厂同窖。</p></div>
"""))

page("main", "shop:jiangyuan", "022-jiangyuan-53.html", M + "/item/30220051.html", "utf-8", "-",
     "trap: “最佳饮用温度” is a usage tip and “优级” is the grade of GB/T 26760 (酱香型白酒); both exempt under SAMR "
     "2023 guidance (广告法 第九条第三项 not engaged). no case found",
     mall_page("酱香型白酒 53度 - 酱源酒业", """
<div class="pop-item"><h1>酱源 酱香型白酒 53%vol 500ml</h1>
<div class="p-price"><span class="price">￥268</span></div>
<dl><dt>执行标准</dt><dd>GB/T 26760 优级</dd><dt>饮用建议</dt><dd>最佳饮用温度约18-20℃，开瓶后请尽快饮用。</dd></dl></div>
"""))

# ---- shop books: 图书音像 (utf-8) ----
page("main", "shop:shuxiang", "023-shuxiang-home.html", M + "/shop/shuxiang/", "utf-8", "-",
     "compliant shop home: licence block and mall-mark present. no case found",
     mall_page("书香音像 - 网剑商城", """
<div class="shop-top"><h1 class="shop-name">书香音像</h1>
""" + MARK % (M, "shuxiang") + """</div>
<ul class="cat"><li>黑胶唱片</li><li>CD</li><li>蓝光电影</li></ul>
""" + shop_license("北京书香音像有限公司", C_BOOK, " <span>出版物经营许可证：新出发京零字第海210088号</span>") + "\n"))

page("main", "shop:shuxiang", "024-shuxiang-vinyl.html", M + "/item/20110007.html", "utf-8", "-",
     "trap: opened 音像制品 are a statutory exemption; unopened records remain returnable (消费者权益保护法 第二十五条第一款第(三)项). "
     "no case found", mall_page("黑胶唱片 - 书香音像", """
<div class="item"><h1>经典民乐 黑胶唱片 LP 180g</h1><p><span class="price">￥238</span></p>
<p class="return">退换说明：塑封拆开后的音像制品不适用七天无理由退货；未拆封的支持七天无理由。</p></div>
"""))

# ---- shop tickets: 旅游票务 / 本地生活, 美团-like card (utf-8) ----
page("main", "shop:quyou", "025-quyou-home.html", M + "/shop/quyou/", "utf-8", "MARK_MISSING",
     "MARK_MISSING: the mall-mark element is inside a display:none block, so it is not displayed "
     "(平台为网店亮标). licence displayed. no case found; campaign: 市场监管总局《关于开展“百家电商平台点亮”行动的通知》(2023) on shop licence display", mall_page("趣游票务 - 网剑商城", """
<div class="mt-shop"><h1 class="shop-name">趣游票务</h1>
<div class="fold" style="display:none">""" + MARK % (M, "quyou") + """</div>
<ul><li><a href="/item/10550021.html">熊猫基地门票</a></li><li><a href="/item/10550025.html">火锅双人套餐券</a></li></ul>
""" + shop_license("成都趣游票务有限公司", C_TICK) + "</div>\n"))

page("main", "shop:quyou", "026-quyou-ticket.html", M + "/item/10550021.html", "utf-8", "-",
     "trap: a dated admission ticket is a service, outside 消费者权益保护法 第二十五条 (goods bought online); "
     "“不退不改” is not a refusal of the statutory 7-day return. no case found",
     mall_page("成都大熊猫繁育研究基地 门票 - 趣游票务", """
<div class="mt-deal"><h1>成都大熊猫繁育研究基地 成人票（指定日期）</h1>
<p><span class="price">￥55</span></p>
<p>使用说明：指定日期入园，预订后不退不改，当日凭身份证入园。</p></div>
"""))

page("main", "shop:quyou", "027-quyou-hotpot.html", M + "/item/10550025.html", "utf-8", "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: 核销后写好评送10元代金券 — a reward tied to a positive review (电子商务法 第十七条; "
     "反不正当竞争法 第八条). case: 扬州市江都区某饮品店好评返现罚12000元 (江苏省市场监管局2021)",
     mall_page("火锅双人套餐券 - 趣游票务", """
<div class="mt-deal"><h1>老码头火锅 双人套餐 代金券</h1>
<p><span class="price">￥168</span> 门市价 ￥236</p>
<p class="act">到店核销后发布五星点评（带图），下次消费立减10元！</p></div>
"""))


# ---- site hkjewel: 港资珠宝, Big5, Shopline-like ----
def hkj_foot():
    return """<div id="footer"><p>深圳前海周生記珠寶有限公司 ｜ 統一社會信用代碼：%s</p>
<p><a href="https://beian.miit.gov.cn/">粵ICP備2021088431號-1</a> ｜ 粵公網安備 44030502008812號</p></div>""" % C_HKJ


H = "http://www.zhoushengji-jewel.test"
page("main", "site:hkjewel", "028-hkjewel-home.html", H + "/", "big5", "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: “業界最佳工藝”“最高級”(traditional script) as superlative claims (广告法 第九条第三项). licence and "
     "ICP displayed (粤 for a Shenzhen company). no case found",
     site_page("周生記珠寶 內地網店", """<body><div class="sl-header"><h1>周生記珠寶</h1><p>香港老字號 直送內地</p></div>
<div class="sl-hero"><p>業界最佳鑲嵌工藝，採用最高級VVS淨度美鑽。</p></div>
<ul class="sl-grid"><li><a href="/products/jade-bangle">天然翡翠手鐲</a></li><li><a href="/products/diamond-ring">18K鑽戒</a></li></ul>
""" + hkj_foot() + "</body>", "big5"))

page("main", "site:hkjewel", "029-hkjewel-jade.html", H + "/products/jade-bangle", "big5", "-",
     "trap: “A貨翡翠” is the jade trade’s term for natural, untreated jadeite (as opposed to B/C貨 treated stone), "
     "backed here by a GB/T 16552 certificate; not a counterfeit term (商标法 第五十七条 not engaged). no case found",
     site_page("天然翡翠手鐲 A貨 - 周生記珠寶", """<body><div class="sl-product"><h1>緬甸天然翡翠手鐲 A貨 冰種</h1>
<p class="price">人民幣 12,800 元</p>
<p>A貨即未經酸洗充膠、未染色的天然翡翠，附國家珠寶玉石檢測證書（依 GB/T 16552 鑑定）。</p></div>
""" + hkj_foot() + "</body>", "big5"))

page("main", "site:hkjewel", "030-hkjewel-ivory.html", H + "/products/ivory-bead", "big5", "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 象牙 bead bracelet offered for sale; commercial processing and sale of ivory stopped by "
     "国务院办公厅 通知 (2016, in force 2017-12-31); 野生动物保护法 第二十八条. case: customs seizures of ivory items "
     "in post (天津海关, 2020 report); no online-shop case found",
     site_page("老象牙 手串 - 周生記珠寶", """<body><div class="sl-product"><h1>老象牙手串 12mm 包漿</h1>
<p class="price">人民幣 6,600 元</p>
<p>上世紀老料，利茲紋清晰，私訊看實拍，順豐保價寄送。</p></div>
""" + hkj_foot() + "</body>", "big5"))

page("main", "site:hkjewel", "031-hkjewel-watch.html", H + "/products/rlx-sub", "big5", "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: “超Ａ”(full-width A) and “精仿” Rolex Submariner (商标法 第五十七条). case of the kind: "
     "南京质监局仵某某售假名牌首饰案 (2017)",
     site_page("勞力士 水鬼 - 周生記珠寶", """<body><div class="sl-product"><h1>勞力士 潛航者 綠水鬼 超Ａ版</h1>
<p class="price">人民幣 3,200 元</p>
<p>精&#20223;機芯，走時穩定，與專櫃對比無差。</p></div>
""" + hkj_foot() + "</body>", "big5"))


# ---- site watch: 名表, Magento 2 Luma zh theme (gbk) ----
def watch_foot():
    return """<footer class="page-footer"><div class="footer content"><ul class="footer links"><li><a href="/about-us">关于我们</a></li></ul>
<small class="copyright">天津名表汇商贸有限公司 统一社会信用代码 %s<br>津公网安备 12010102000587号</small></div></footer>""" % C_WATCH


W = "http://www.minbiaohui.test"
page("main", "site:watch", "032-watch-home.html", W + "/", "gbk", "ICP_MISSING",
     "ICP_MISSING: the home shows a 公网安备 number but no ICP 备案/许可证 number (互联网信息服务管理办法 第十二条; "
     "非经营性互联网信息服务备案管理办法). licence displayed. no case found",
     site_page("名表汇 - 正品名表", """<body class="cms-index-index page-layout-1column"><div class="page-wrapper">
<header class="page-header"><a class="logo" href="/">名表汇</a></header>
<main id="maincontent" class="page-main"><div class="widget block-products-list"><ol class="product-items">
<li class="product-item"><a class="product-item-link" href="/omega-1957.html">欧米茄 1957三杰</a></li>
<li class="product-item"><a class="product-item-link" href="/tissot-prx.html">天梭 PRX</a></li></ol></div></main>
""" + watch_foot() + "</div></body>", "gbk"))

page("main", "site:watch", "033-watch-omega.html", W + "/omega-1957.html", "gbk", "-",
     "trap: “复刻” names Omega’s own 1957 Trilogy re-edition, a lawful reissue by the brand itself; “官方授权” "
     "dealer wording is not a counterfeit term (商标法 第五十七条 not engaged). no case found",
     site_page("欧米茄 超霸 1957三杰 复刻版 - 名表汇", """<body class="catalog-product-view"><div class="page-wrapper">
<div class="product-info-main"><h1 class="page-title"><span class="base">欧米茄 超霸系列 1957三杰 复刻版</span></h1>
<div class="price-box"><span class="price">￥52,800</span></div>
<div class="product attribute overview">欧米茄2017年为纪念1957年三款经典表推出的官方复刻限量款。本店为品牌官方授权经销商，原厂表带、原厂证书齐全。</div></div>
""" + watch_foot() + "</div></body>", "gbk"))

page("main", "site:watch", "034-watch-tissot.html", W + "/tissot-prx.html", "gbk", "FALSE_HONOUR",
     "FALSE_HONOUR: “中国名牌产品”“国家免检” — 中国名牌 evaluation ceased and 免检 abolished in 2008 (国家质检总局 "
     "废止《产品免于质量监督检查管理办法》2008), so the honour cannot be current (广告法 第二十八条; 反不正当竞争法 第九条). "
     "no case found",
     site_page("天梭 PRX - 名表汇", """<body class="catalog-product-view"><div class="page-wrapper">
<div class="product-info-main"><h1 class="page-title"><span class="base">天梭 PRX 石英 40mm</span></h1>
<div class="price-box"><span class="price">￥2,950</span></div>
<div class="product attribute overview">本店表带配件厂荣获“中国名牌产品”称号，产品国家免检，品质放心。</div></div>
""" + watch_foot() + "</div></body>", "gbk"))

page("main", "site:watch", "035-watch-service.html", W + "/service.html", "gbk", "-",
     "trap: quoted consumer law — the page states the statutory exemptions correctly and refuses nothing beyond them "
     "(消费者权益保护法 第二十五条); mentions 高仿 only as a warning. no case found",
     site_page("售后服务 - 名表汇", """<body class="cms-page-view"><div class="page-wrapper"><main class="page-main">
<h1>售后与退换</h1><p>依据《消费者权益保护法》第二十五条，手表自签收之日起七日内可无理由退货，需保持表膜、吊牌完好。按您要求刻字的定作商品除外。</p>
<p>网传“高仿表”多以低价引流，请通过品牌官网核验保卡。</p></main>
""" + watch_foot() + "</div></body>", "gbk"))


# ---- site shuma: 数码, AMP page (gb18030, emoji and ext-A name) ----
def shuma_foot():
    return """<footer><p>东莞市䶮祥数码科技有限公司 统一社会信用代码：%s</p>
<p>粤ICP备2023XX号 · 粤公网安备 44190002007731号</p></footer>""" % C_SHUMA


def shuma_foot_item():
    return """<footer><p>东莞市䶮祥数码科技有限公司 统一社会信用代码：%s</p><p><a href="/">返回首页</a></p></footer>""" % C_SHUMA


S = "http://www.yanxiang-digital.test"
page("main", "site:shuma", "036-shuma-home.html", S + "/", "gb18030", "ICP_INVALID",
     "ICP_INVALID: “粤ICP备2023XX号” has placeholder letters instead of digits (互联网信息服务管理办法 第十二条). licence "
     "displayed; bytes use GB18030 four-byte sequences (䶮, emoji). no case found",
     site_page("䶮祥数码 📱 手机耳机", """<body amp><header><h1>䶮祥数码 📱</h1></header>
<main><amp-carousel width="400" height="200" layout="responsive" type="slides"><div>🔥 新品耳机到货</div></amp-carousel>
<ul><li><a href="/p/anc-pro.html">降噪耳机 Pro</a></li><li><a href="/p/refurb.html">官方翻新机</a></li></ul></main>
""" + shuma_foot() + "</body>", "gb18030", extra_head='<link rel="canonical" href="/">\n'))

page("main", "site:shuma", "037-shuma-anc.html", S + "/p/anc-pro.html", "gb18030", "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 日常价 ¥1,299 above the ¥899 selling price captured 1.5 days earlier "
     "(明码标价和禁止价格欺诈规定 第十六条). case of the kind: 某网店电源“原价318元，促销价159元”虚构原价 (东莞市网络零售专项检查案例1, 2018)",
     site_page("降噪耳机 Pro 🎧 - 䶮祥数码", """<body amp><main><h1>头戴降噪耳机 Pro 🎧</h1>
<p class="price-row">日常价 <span class="orig">￥1,299</span> 今日 <span class="price">￥999</span></p></main>
""" + shuma_foot_item() + "</body>", "gb18030"),
     history=[(1.5, site_page("降噪耳机 Pro 🎧 - 䶮祥数码", """<body amp><main><h1>头戴降噪耳机 Pro 🎧</h1>
<p class="price-row">限时 <span class="price">￥899</span></p></main>""" + shuma_foot_item() + "</body>", "gb18030"))])

page("main", "site:shuma", "038-shuma-refurb.html", S + "/p/refurb.html", "gb18030", "-",
     "trap: “官方翻新” (manufacturer-certified refurbished) and “原厂配件” are lawful descriptions, not counterfeit "
     "terms (商标法 第五十七条 not engaged). no case found",
     site_page("官方翻新机 ♻ - 䶮祥数码", """<body amp><main><h1>官方认证翻新机 ♻ 128G</h1>
<p><span class="price">￥3,188</span></p>
<p>品牌官方翻新，更换全新原厂电池和外壳，享一年官方保修，外包装标注“翻新”。</p></main>
""" + shuma_foot_item() + "</body>", "gb18030"))


# ---- site jiaju: 家具建材, Joomla VirtueMart (gbk, 注册号) ----
def jiaju_foot():
    return """<div id="footer"><table><tr><td>苏州木作坊家具有限公司</td><td>营业执照注册号：%s</td></tr>
<tr><td><a href="https://beian.miit.gov.cn/">苏ICP备17045210号-2</a></td><td>苏公网安备 32050502010233号</td></tr></table></div>""" % R_JIAJU


J = "http://www.muzuofang.test"
page("main", "site:jiaju", "039-jiaju-home.html", J + "/", "gbk", "FALSE_HONOUR",
     "FALSE_HONOUR: “CCTV上榜品牌” — CCTV declared (2006, 2015) it never granted such titles, so the honour cannot be "
     "true (广告法 第二十八条; 反不正当竞争法 第九条). case: 宁波某家居用品公司拼多多主页“CCTV展播品牌”罚10万元 "
     "(余姚市市场监管局, reported 2025); 阜南县“央视上榜品牌”虚假宣传案 (2018). licence (注册号) and ICP displayed",
     site_page("木作坊实木家具", """<body><div id="vmMainPage"><div class="vm-header"><h1>木作坊 实木家具</h1>
<p class="slogan">CCTV上榜品牌 · 二十年老厂</p></div>
<div class="browse-view"><div class="row"><div class="product"><a href="/index.php?option=com_virtuemart&amp;view=productdetails&amp;virtuemart_product_id=12">北美黑胡桃餐桌</a></div>
<div class="product"><a href="/index.php?option=com_virtuemart&amp;view=productdetails&amp;virtuemart_product_id=15">大板瓷砖</a></div></div></div></div>
""" + jiaju_foot() + "</body>", "gbk", meta="http-equiv"))

page("main", "site:jiaju", "040-jiaju-table.html",
     J + "/index.php?option=com_virtuemart&view=productdetails&virtuemart_product_id=12", "gbk", "-",
     "trap: “E0级” is the formaldehyde-emission grade of GB/T 39600-2021 (a standard grade); made-to-measure tables "
     "are 定作 and lawfully excluded from 7-day returns (消费者权益保护法 第二十五条第一款第(一)项). no case found",
     site_page("北美黑胡桃餐桌 - 木作坊", """<body><div class="productdetails-view"><h1>北美黑胡桃实木餐桌（可定制尺寸）</h1>
<div class="product-price"><span class="PricesalesPrice price">￥6,800</span></div>
<div class="product-description">板材甲醛释放量E0级（GB/T 39600-2021）。标准尺寸支持七天无理由退货；按您提供尺寸定做的不适用七日无理由退货。</div></div>
""" + jiaju_foot() + "</body>", "gbk", meta="http-equiv"))

page("main", "site:jiaju", "041-jiaju-tile.html",
     J + "/index.php?option=com_virtuemart&view=productdetails&virtuemart_product_id=15", "gbk", "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: “国家级品质”“行业第一品牌” (广告法 第九条第三项). no case found",
     site_page("大板瓷砖 - 木作坊", """<body><div class="productdetails-view"><h1>岩板大板瓷砖 750×1500</h1>
<div class="product-price"><span class="PricesalesPrice price">￥168/片</span></div>
<div class="product-description">国家级品质，行业第一品牌，吸水率≤0.05%。</div></div>
""" + jiaju_foot() + "</body>", "gbk", meta="http-equiv"))


# ---- site car: 汽车用品, Drupal Commerce (utf-8 with BOM) ----
def car_foot():
    return """<footer role="contentinfo" class="site-footer"><div class="region region-footer">
<p>宁波车途汽车用品有限公司 统一社会信用代码 %s</p>
<p><a href="https://beian.miit.gov.cn/">浙ICP备2022017763号-1</a> 浙公网安备 33021202001456号</p></div></footer>""" % C_CAR


CR = "http://www.chetu-auto.test"
page("main", "site:car", "042-car-home.html", CR + "/", "utf-8", "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the 电子营业执照 badge links to zzlz.gsxt.gov.cn with a serial that names %s "
     "(宁波驰越贸易有限公司), not the code shown (电子商务法 第十五条; 市场主体登记管理条例 第二十二条). no case found"
     % C_CAR_OTHER,
     site_page("车途汽车用品", """<body class="path-frontpage"><div class="dialog-off-canvas-main-canvas">
<header role="banner"><h1 class="site-branding__name">车途汽车用品</h1></header>
<main role="main"><div class="views-view-grid"><div class="views-col"><a href="/product/strobe">车顶爆闪灯</a></div>
<div class="views-col"><a href="/product/oem-pads">原厂刹车片</a></div><div class="views-col"><a href="/product/oil">全合成机油</a></div></div>
<div class="block-licence"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1000009133020212345678&amp;signData=MEUCIQDx"><img src="/img/dzyyzz.png" alt="电子营业执照"></a></div></main>
""" % C_CAR_OTHER + car_foot() + "</div></body>", "utf-8"), bom=True)

page("main", "site:car", "043-car-strobe.html", CR + "/product/strobe", "utf-8", "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: red-blue 警灯 and 警报器 sold for private cars; 警报器/标志灯具 are reserved to 警车、消防车、救护车、"
     "工程救险车 (道路交通安全法 第十五条) and 警用标志 may not be sold by others (人民警察法 第三十六条). case of the kind: "
     "新华网2014《警灯警报器销售使用乱象调查》 (网店销售, 甘肃省公安厅专项整治); 福建南平交警查处网购红蓝爆闪灯私装案 (2024 report)",
     site_page("红蓝爆闪警灯 - 车途", """<body class="path-product"><article class="commerce-product">
<h1>红蓝爆闪长排警灯 + 100W警报器 套装</h1><div class="field--name-price"><span class="price">￥458</span></div>
<div class="field--name-body"><p>私家车可装，喊话、警笛六种音效，前方拥堵一开就让路。</p></div></article>
""" + car_foot() + "</body>", "utf-8"), bom=True)

page("main", "site:car", "044-car-pads.html", CR + "/product/oem-pads", "utf-8", "-",
     "trap: “原厂件” (OEM original part) vs “品牌件/副厂件” is normal parts-trade wording; no counterfeit is offered "
     "(商标法 第五十七条 not engaged). no case found",
     site_page("原厂刹车片 - 车途", """<body class="path-product"><article class="commerce-product">
<h1>原厂刹车片 前轮（4S店同款配件）</h1><div class="field--name-price"><span class="price">￥380</span></div>
<div class="field--name-body"><p>原厂件：带车企标识与配件编码；品牌件：博世等零部件品牌；副厂件：第三方生产。本品为原厂件，可查配件编码。</p></div></article>
""" + car_foot() + "</body>", "utf-8"), bom=True)

page("main", "site:car", "045-car-oil.html", CR + "/product/oil", "utf-8", "-",
     "trap: “最佳换油周期” is maintenance advice, the exempt usage-tip form under SAMR 2023 guidance "
     "(广告法 第九条第三项 not engaged). no case found",
     site_page("全合成机油 - 车途", """<body class="path-product"><article class="commerce-product">
<h1>全合成机油 0W-20 SP 4L</h1><div class="field--name-price"><span class="price">￥268</span></div>
<div class="field--name-body"><p>保养小贴士：城市拥堵路况下，最佳换油周期约为7500公里或6个月，以车辆手册为准。</p></div></article>
""" + car_foot() + "</body>", "utf-8"), bom=True)

# ---- site piaowu: 演出票务 agent, 微盟-like H5 (utf-8, no charset meta) ----
page("main", "site:piaowu", "046-piaowu-home.html", "http://m.kuaile-piaowu.test/", "utf-8",
     "ICP_MISSING,LICENSE_MISSING",
     "LICENSE_MISSING: no licence code, image or link on the home (电子商务法 第十五条); ICP_MISSING: no ICP number "
     "(互联网信息服务管理办法 第十二条). case: 扬州市江都区网红糕点店微信销售未公示营业执照和许可信息罚2000元 (江苏省市场监督管理局, 2019). no charset meta (missing)",
     site_page("快乐票务 演唱会 景区 卡券", """<body><div id="app" data-v-app><div class="wm-page">
<div class="wm-swiper"><img src="/img/concert.jpg" alt="演唱会"></div>
<div class="wm-goods"><p class="wm-goods-title">欢乐谷 日场票</p><p class="price">￥199</p></div>
<div class="wm-goods"><p class="wm-goods-title">电影通兑券 2张</p><p class="price">￥69.9</p></div>
<div class="wm-foot">客服微信 kuaile_pw · 技术支持：点点店铺</div></div></div></body>""", "utf-8", meta="none"))


# ---- site wine: 进口葡萄酒, Typecho blog with shop links (gbk) ----
def wine_foot():
    return """<footer id="footer"><p>&copy; 上海醇境酒业有限公司 &nbsp; 统一社会信用代码：%s</p>
<p>沪ICP备1902号 &nbsp; 沪公网安备 31011502018890号</p></footer>""" % C_WINE


def wine_foot_item():
    return """<footer id="footer"><p>&copy; 上海醇境酒业有限公司 &nbsp; 统一社会信用代码：%s</p></footer>""" % C_WINE


WN = "http://blog.chunjing-wine.test"
page("main", "site:wine", "047-wine-home.html", WN + "/", "gbk", "ICP_INVALID",
     "ICP_INVALID: “沪ICP备1902号” has 4 digits; filings have 8 (or 10 with a year prefix) "
     "(互联网信息服务管理办法 第十二条). licence displayed. no case found. meta says utf-8 but the bytes are GBK (wrong)",
     site_page("醇境 · 葡萄酒笔记", """<body><div id="body"><div class="container"><div class="col-mb-12 col-8" id="main">
<article class="post"><h2 class="post-title"><a href="/archives/58/">波尔多2020年份品鉴</a></h2>
<div class="post-content"><p>本周到货几款右岸酒，点击进入<a href="/shop/">小店</a>选购。</p></div></article></div></div></div>
""" + wine_foot() + "</body>", "gbk", meta="utf-8"))

page("main", "site:wine", "048-wine-rouge.html", WN + "/shop/rouge-2020.html", "gbk",
     "RETURN_REFUSED,WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: “荣获中国驰名商标” on the listing (商标法 第十四条第五款); RETURN_REFUSED: all wine, "
     "unopened included, “售出概不退换”; wine is not a 第二十五条 exemption (消费者权益保护法 第二十五条). no case found",
     site_page("醇境干红 2020 - 醇境小店", """<body><div id="main"><article class="post"><h1 class="post-title">醇境 赤霞珠干红 2020 750ml</h1>
<div class="post-content"><p class="buy"><span class="price">￥168</span></p>
<p>国产酒庄系列，酒庄商标荣获“中国驰<i></i>名商标”认定。</p>
<p>温馨提示：酒类商品一经售出概不退换，请谨慎下单。</p></div></article></div>
""" + wine_foot_item() + "</body>", "gbk"))

page("main", "site:wine", "049-wine-grade.html", WN + "/archives/61/", "gbk", "-",
     "trap: “列级名庄”(1855 Classification) and “特级园 Grand Cru” are official classifications/appellation "
     "grades, and the page is a tasting note; not absolute claims (广告法 第九条第三项 not engaged). no case found",
     site_page("什么是列级名庄 - 醇境", """<body><div id="main"><article class="post"><h1 class="post-title">什么是“列级名庄”与“特级园”</h1>
<div class="post-content"><p>1855年波尔多分级把61家酒庄列为列级名庄，分一级至五级；勃艮第的Grand Cru译作“特级园”，是法定产区等级。</p>
<p>这些是官方分级名称，不代表哪瓶酒“最好”，适饮与否还要看年份。</p></div></article></div>
""" + wine_foot_item() + "</body>", "gbk"))


# ---- site chanong: 茶农 selling own tea, 第十条 exemption, table layout (gbk) ----
page("main", "site:chanong", "050-chanong-home.html", "http://www.laobanzhang-chanong.test/", "gbk", "-",
     "trap: no licence code, but the home displays the 电子商务法 第十条 exemption statement (个人销售自产农副产品), "
     "which satisfies 第十五条; ICP displayed. no case found",
     site_page("布朗山老李家 自产普洱毛茶", """<body><table width="100%" cellpadding="6"><tr><td><h1>布朗山老李家 · 自家茶园</h1></td></tr>
<tr><td>春茶毛料 500g <span class="price">￥360</span> ｜ 秋茶毛料 500g <span class="price">￥220</span></td></tr>
<tr><td class="foot">本店由茶农李某某经营，只卖自家茶园采制的普洱毛茶，属于《电子商务法》第十条规定的个人销售自产农副产品，依法不需要办理市场主体登记。<br>
地址：勐海县布朗山乡<br><a href="https://beian.miit.gov.cn/">滇ICP备2022003391号-1</a></td></tr></table></body>""", "gbk"))

# ---- site hangjian: 建材供应链, 飞书-like landing page (utf-8) ----
page("main", "site:hangjian", "051-hangjian-home.html", "http://jc.hangjian-supply.test/", "utf-8", "-",
     "trap: the licence is shown as an image (alt 营业执照) with a link to the licence page, which satisfies "
     "电子商务法 第十五条 (licence image or link); the ICP number is written in full-width digits with &nbsp; and is "
     "well formed after normalisation. no case found",
     site_page("杭建供应链 | 建材集采", """<body><div class="lark-landing"><section class="hero"><h1>杭建供应链 · 建材集采平台</h1>
<p>瓷砖、板材、卫浴 工程集采报价 24小时内响应</p></section>
<section class="cards"><div class="card"><h3>工程集采</h3><p>按项目清单报价</p></div><div class="card"><h3>样品寄送</h3><p>免费寄样</p></div></section>
<footer class="lark-footer"><a href="/license.html"><img src="/img/yyzz-thumb.jpg" alt="营业执照" width="80"></a>
<span>杭州杭建供应链管理有限公司</span><br>
<a href="https://beian.miit.gov.cn/">浙ICP备２０２１０３４５７８号-１</a>&nbsp;&nbsp;浙公网安备&nbsp;33010602011842号</footer></div></body>""", "utf-8"))


# ---- more main pages: seller phrasing a word list may lack ----
page("main", "site:watch", "052-watch-vsf.html", W + "/omega-seamaster-vs.html", "gbk", "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: “VS厂” (a replica-factory name), “一比一” and “对版” offered for an Omega Seamaster "
     "(商标法 第五十七条). case of the kind: 南京质监局仵某某售假名牌首饰案 (2017)",
     site_page("海马300 VS厂 - 名表汇", """<body class="catalog-product-view"><div class="page-wrapper">
<div class="product-info-main"><h1 class="page-title"><span class="base">海马300 蓝盘 VS厂 8800机芯</span></h1>
<div class="price-box"><span class="price">￥3,680</span></div>
<div class="product attribute overview">一比一开模，表壳、刻字、夜光全部对版，背透可看，支持专柜拆机对比。</div></div>
""" + watch_foot() + "</div></body>", "gbk"))

page("main", "site:shuma", "053-shuma-tws.html", S + "/p/tws-top1.html", "gb18030", "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: “全网销量TOP1” and “降噪天花板NO.1” used as ranking claims without a source "
     "(广告法 第九条第三项). no case found",
     site_page("TWS耳机 🏆 - 䶮祥数码", """<body amp><main><h1>TWS 半入耳耳机 🏆</h1>
<p><span class="price">￥159</span></p><p>全网销量TOP1，同价位降噪NO.1，续航36小时。</p></main>
""" + shuma_foot_item() + "</body>", "gb18030"))

page("main", "shop:lux", "054-lux-scarf.html", M + "/item/71200466.html", "utf-8", "RETURN_REFUSED",
     "RETURN_REFUSED: “二手商品售出不退不换” for a second-hand silk scarf sold by a company; second-hand goods are not "
     "among the 第二十五条 exemptions (消费者权益保护法 第二十五条). no case found",
     mall_page("爱马仕 丝巾 90 二手 - 臻选寄卖", """
<div class="goods"><h1 class="goods-title">爱马仕 90cm 真丝方巾 二手95新（已鉴定）</h1>
<p class="price-line"><span class="price">¥1,650</span></p>
<p class="goods-desc">附鉴定证书。二手商品一经售出不退不换，介意慎拍。</p></div>
"""))

page("main", "site:hkjewel", "055-hkjewel-gold.html", H + "/products/gold-pendant", "big5", "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: “中國馳名商標” (traditional script) used to sell a gold pendant (商标法 第十四条第五款). "
     "no case found",
     site_page("足金吊墜 - 周生記珠寶", """<body><div class="sl-product"><h1>足金 福字吊墜 約3克</h1>
<p class="price">人民幣 2,380 元</p>
<p>周生記——中國馳名商標，百年金工傳承。</p></div>
""" + hkj_foot() + "</body>", "big5"))


# =====================================================================================
# HOLDOUT SPLIT
# =====================================================================================

# ---- shop jersey: 球衣, 小红书-like 笔记+商品卡 (utf-8) ----
page("holdout", "shop:lvyin", "101-lvyin-home.html", M + "/shop/lvyin-qiuyi/", "utf-8", "MARK_MISSING",
     "MARK_MISSING: no element with class token mall-mark on the shop home; the text “已认证” is not the mark "
     "(平台为网店亮标). licence displayed. no case found; campaign: 市场监管总局《关于开展“百家电商平台点亮”行动的通知》(2023) on shop licence display",
     mall_page("绿茵球衣小站 - 网剑商城", """
<div class="xhs-shop"><h1 class="shop-name">绿茵球衣小站</h1><span class="verified">已认证</span>
<div class="note-card"><p>📝 今年新赛季主场球衣上新，尺码表见商品页</p></div>
""" + shop_license("泉州绿茵体育用品有限公司", C_JERSEY) + "</div>\n"))

page("holdout", "shop:lvyin", "102-lvyin-thai.html", M + "/item/91500012.html", "utf-8", "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: “泰版AAA” and “复刻” club jerseys with the club crest and maker’s logo, written with "
     "separators (复·刻) (商标法 第五十七条). case of the kind: 南京质监局仵某某售假案 (2017); no jersey case found",
     mall_page("梅西 球衣 泰版 - 绿茵球衣小站", """
<div class="xhs-goods"><h1>迈阿密国际 10号 主场球衣 泰版AAA</h1><p><span class="price">¥89</span></p>
<p>复·刻球员版做工，队徽刺绣、品牌标都有，和正品放一起分不出来。</p></div>
"""))

page("holdout", "shop:lvyin", "103-lvyin-replica.html", M + "/item/91500015.html", "utf-8", "-",
     "trap: “Replica/球迷版” is the kit makers’ own name for the licensed fan version, set against “Authentic/球员版”; "
     "genuine goods with hang-tags (商标法 第五十七条 not engaged). no case found",
     mall_page("阿迪达斯 官方球迷版球衣 - 绿茵球衣小站", """
<div class="xhs-goods"><h1>阿迪达斯 曼联 主场球迷版（Replica）正品</h1><p><span class="price">¥599</span></p>
<p>球迷版（Replica）与球员版（Authentic）都是品牌官方款：球迷版版型宽松，球员版为比赛用贴合剪裁。附吊牌、可查验防伪码。</p></div>
"""))

# ---- shop furn2: 家具, 商派 B2B2C (gbk) ----
page("holdout", "shop:yiju", "104-yiju-home.html", M + "/shop/yiju/", "gbk", "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: displayed code %s has a valid check character but is absent from the registry "
     "(电子商务法 第十五条). no case found" % C_FURN2,
     mall_page("宜居家具 - 网剑商城", """
<div class="b2b2c-store"><div class="store-hd"><span class="shop-name">宜居家具</span>
""" + MARK % (M, "yiju") + """</div>
<div class="store-goods"><a href="/item/81300021.html">定制衣柜</a> <a href="/item/81300025.html">乳胶床垫</a></div>
""" + shop_license("金华市宜居家具有限公司", C_FURN2) + "</div>\n", enc="gbk"))

page("holdout", "shop:yiju", "105-yiju-wardrobe.html", M + "/item/81300021.html", "gbk", "-",
     "trap: a wardrobe built to the buyer’s measurements is 定作 and lawfully excluded from 7-day returns "
     "(消费者权益保护法 第二十五条第一款第(一)项). no case found",
     mall_page("全屋定制衣柜 - 宜居家具", """
<div class="goods-detail"><h1>全屋定制衣柜 按尺寸上门测量</h1><p><span class="price">￥899/㎡</span></p>
<p>本品为按您房间尺寸定做的商品，依法不适用七天无理由退货，量尺后签字确认。</p></div>
""", enc="gbk"))

page("holdout", "shop:yiju", "106-yiju-mattress.html", M + "/item/81300025.html", "gbk", "RETURN_REFUSED",
     "RETURN_REFUSED: standard-size mattress, not made to order, yet “不支持7天无理由退货” "
     "(消费者权益保护法 第二十五条). no case found",
     mall_page("乳胶床垫 1.8m - 宜居家具", """
<div class="goods-detail"><h1>天然乳胶床垫 1.8m×2m 标准尺寸 现货</h1><p><span class="price">￥1,599</span></p>
<p class="svc">大件商品 不支持7天无理由退货 · 送货上门</p></div>
""", enc="gbk"))

# ---- shop carparts2: 汽配 (utf-8) ----
page("holdout", "shop:lubao", "107-lubao-home.html", M + "/shop/lubao/", "utf-8", "LICENSE_MISSING",
     "LICENSE_MISSING: the licence text is only inside an HTML comment, so nothing is displayed "
     "(电子商务法 第十五条). mark displayed. case: 扬州市江都区网红糕点店微信销售未公示营业执照和许可信息罚2000元 (江苏省市场监督管理局, 2019)",
     mall_page("路宝汽配 - 网剑商城", """
<div class="shop-wrap"><h1 class="shop-name">路宝汽配</h1>
""" + MARK % (M, "lubao") + """
<!-- <div class="shop-license">青岛路宝汽配有限公司 %s</div> -->
<div class="goods"><a href="/item/60770031.html">行车记录仪 4K</a> <a href="/item/60770035.html">汽车脚垫</a></div></div>
""" % C_CAR2))

page("holdout", "shop:lubao", "108-lubao-dashcam.html", M + "/item/60770031.html", "utf-8", "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 原价 ¥699 above the ¥459 price captured 0.5 days earlier (明码标价和禁止价格欺诈规定 "
     "第十六条). case of the kind: 某网店电源“原价318元，促销价159元”虚构原价 (东莞市网络零售专项检查案例1, 2018)",
     mall_page("行车记录仪 4K - 路宝汽配", """
<div class="item"><h1>行车记录仪 4K 前后双录</h1>
<p>原价 <del>￥699</del> 限时 <span class="price">￥499</span></p></div>
"""), history=[(0.5, mall_page("行车记录仪 4K - 路宝汽配", """
<div class="item"><h1>行车记录仪 4K 前后双录</h1><p><span class="price">￥459</span></p></div>
"""))])

page("holdout", "shop:lubao", "109-lubao-mats.html", M + "/item/60770035.html", "utf-8", "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: 追评+晒图 rewarded with a 洗车券 (电子商务法 第十七条; 反不正当竞争法 第八条). case: "
     "上海柳弋科技有限公司刷单炒信罚款20万元 (上海市市场监管局第八批铁拳典型案例, 2023)",
     mall_page("全包围汽车脚垫 - 路宝汽配", """
<div class="item"><h1>全包围汽车脚垫 TPE</h1><p><span class="price">￥268</span></p>
<p>使用一周后追评+晒车内图，联系客服免费领取精洗车券一张（价值58元）。</p></div>
"""))

# ---- shop kuajing: 跨境进口 保税/直邮 (utf-8) ----
page("holdout", "shop:haitao", "110-haitao-home.html", M + "/shop/haitao-youxuan/", "utf-8", "LICENSE_INVALID",
     "LICENSE_INVALID: displayed code %s fails its check character (电子商务法 第十五条). no case found" % C_KJ_BAD,
     mall_page("海淘优选 跨境保税 - 网剑商城", """
<div class="kj-shop"><h1 class="shop-name">海淘优选</h1>
""" + MARK % (M, "haitao") + """
<p>保税仓发货 · 海外直邮 · 跨境电商零售进口</p>
""" + shop_license("天津滨海新区海淘优选供应链有限公司", C_KJ_BAD) + "</div>\n"))

page("holdout", "shop:haitao", "111-haitao-cig.html", M + "/item/70880041.html", "utf-8", "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: cigarettes sold online via 日本直邮 (烟草专卖许可证管理办法 第四十一条: only licensed producers and "
     "wholesalers may sell 烟草专卖品 over information networks; 烟草专卖法). case of the kind: 交口县烟草专卖局 快递环节查获网购香烟 "
     "(央广网, 2017); no shop-level case found",
     mall_page("日本直邮 七星 - 海淘优选", """
<div class="kj-item"><h1>日本直邮 MEVIUS 七星 一条装（10包）</h1><p><span class="price">￥260</span></p>
<p>海外仓直邮，个人物品清关，7-12天到货。</p></div>
"""))

page("holdout", "shop:haitao", "112-haitao-milk.html", M + "/item/70880045.html", "utf-8", "-",
     "trap: “正品保障 假一赔十” is a seller’s compensation promise, not an investment-return guarantee "
     "(广告法 第二十五条/第二十八条 not engaged); no disease claim. no case found",
     mall_page("保税仓 婴幼儿奶粉 - 海淘优选", """
<div class="kj-item"><h1>保税仓发货 婴儿配方奶粉 3段 800g</h1><p><span class="price">￥219</span></p>
<p>海关监管保税仓直发，附跨境电商零售进口清单。正品保障，假一赔十。</p></div>
"""))

# ---- shop tickets2: 本地生活 (utf-8) ----
page("holdout", "shop:leyou", "113-leyou-home.html", M + "/shop/leyou/", "utf-8", "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: “全网最低价”“西安第一” as claims (广告法 第九条第三项). licence and mark displayed. "
     "no case found",
     mall_page("长安乐游 - 网剑商城", """
<div class="ly-shop"><h1 class="shop-name">长安乐游</h1>
""" + MARK % (M, "leyou") + """
<div class="ly-banner">兵马俑门票 全网最低价，西安第一票务平台</div>
""" + shop_license("西安长安乐游文化旅游有限公司", C_TICK2) + "</div>\n"))

page("holdout", "shop:leyou", "114-leyou-5a.html", M + "/item/12660011.html", "utf-8", "-",
     "trap: “国家5A级旅游景区” is the official rating under GB/T 17775; a state-conferred grade, exempt "
     "(广告法 第九条第三项 not engaged). no case found",
     mall_page("秦始皇帝陵博物院 门票 - 长安乐游", """
<div class="ly-deal"><h1>秦始皇帝陵博物院（兵马俑）门票</h1><p><span class="price">￥120</span></p>
<p>景区等级：国家5A级旅游景区。需提前一天实名预约。</p></div>
"""))


# ---- site tea: 普洱茶, Halo blog theme (gbk) ----
def tea_foot():
    return """<footer class="halo-footer"><p>西双版纳古树茶业有限公司 · 统一社会信用代码 %s</p>
<p><a href="https://beian.miit.gov.cn/">滇ICP备2020004317号-1</a> · 滇公网安备 53280102000219号</p></footer>""" % C_TEA


T = "http://www.gushu-puer.test"
page("holdout", "site:tea", "115-tea-home.html", T + "/", "gbk", "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: “中国驰名商标” split across inline tags on the home (商标法 第十四条第五款). licence and ICP "
     "displayed. no case found",
     site_page("古树普洱 - 勐海原料", """<body><div class="halo-wrap"><header class="halo-header"><h1>古树普洱</h1>
<p class="sub"><span>中国</span><span>驰名</span><span>商标</span> · 勐海古树原料</p></header>
<section class="post-list"><a href="/archives/shengcha">2019 班章生茶</a> <a href="/archives/notice">关于商标宣传的说明</a></section></div>
""" + tea_foot() + "</body>", "gbk"))

page("holdout", "site:tea", "116-tea-shengcha.html", T + "/archives/shengcha", "gbk", "FALSE_CLAIM",
     "FALSE_CLAIM: 普洱茶 claimed to 降血糖血脂、治疗糖尿病 (广告法 第十七条, 第二十八条). case of the kind: 西双版纳州 "
     "2023 普洱茶营销专项整治典型案例 (勐海某茶厂虚假标签); 怀化张某服饰治病广告罚20万元 (2019). "
     "meta says big5 but the bytes are GBK (wrong)",
     site_page("2019 班章生茶 - 古树普洱", """<body><div class="halo-wrap"><article><h1>2019 班章古树生茶 357g</h1>
<p><span class="price">￥1,880</span></p>
<p>老茶客反馈：每天三泡，三个月血糖降下来了，糖尿病人可以长期喝，还能降血脂。</p></article></div>
""" + tea_foot() + "</body>", "gbk", meta="big5"))

page("holdout", "site:tea", "117-tea-notice.html", T + "/archives/notice", "gbk", "-",
     "trap: quotes 商标法 第十四条第五款 and says the shop will not use “驰名商标” in ads — negation/quoted law, not "
     "advertising use. no case found. no charset meta (missing)",
     site_page("关于商标宣传的说明 - 古树普洱", """<body><div class="halo-wrap"><article><h1>关于商标宣传的说明</h1>
<p>依据《商标法》第十四条第五款，生产、经营者不得将“驰名商标”字样用于商品、包装或者容器上，或者用于广告宣传。本店今后所有页面不再出现此类字样，已印刷的包装全部停用。</p></article></div>
""" + tea_foot() + "</body>", "gbk", meta="none"))


# ---- site twj: 台资黄金珠宝, Big5 ----
def twj_foot():
    return """<div class="ft">廈門台金珠寶有限公司　統一社會信用代碼 %s<br>閩公網安備 35020302001180號</div>""" % C_TWJ


TW = "http://www.taijin-jewelry.test"
page("holdout", "site:twj", "118-twj-home.html", TW + "/", "big5", "ICP_MISSING",
     "ICP_MISSING: only a 公网安备 number, no ICP 备案 number (互联网信息服务管理办法 第十二条). licence displayed. "
     "no case found",
     site_page("台金珠寶 黃金 鑽石", """<body><table width="960" align="center"><tr><td class="hd">台金珠寶 — 臺灣品牌 大陸直營</td></tr>
<tr><td><a href="/gold/999.html">千足金 轉運珠</a></td></tr>
<tr><td>""" + twj_foot() + "</td></tr></table></body>", "big5"))

page("holdout", "site:twj", "119-twj-gold.html", TW + "/gold/999.html", "big5", "-",
     "trap: “千足金” is the purity name defined by GB 11887-2012 (≥999‰); a standard grade, not an absolute claim "
     "(广告法 第九条第三项 not engaged). no case found",
     site_page("千足金 轉運珠 - 台金珠寶", """<body><table width="960" align="center"><tr><td><h1>千足金 轉運珠 約2.1克</h1>
<p class="price">人民幣 1,560 元（含工費）</p>
<p>成色：千足金（依 GB 11887-2012 首飾貴金屬純度命名，含金量不低於千分之九百九十九）。</p></td></tr>
<tr><td>""" + twj_foot() + "</td></tr></table></body>", "big5"))


# ---- site bj: 家电, 多用户 B2B2C 门户 (gb18030) ----
def bj_foot():
    return """<div class="footer"><p>北京朝阳优品电器有限公司　统一社会信用代码：%s</p>
<p>京ICP备XXXXXXXX号-1　京公网安备 11010502041234号</p></div>""" % C_BJ


def bj_foot_item():
    return """<div class="footer"><p>北京朝阳优品电器有限公司　统一社会信用代码：%s</p></div>""" % C_BJ


BJ = "http://www.youpin-dianqi.test"
page("holdout", "site:bj", "120-bj-home.html", BJ + "/", "gb18030", "ICP_INVALID",
     "ICP_INVALID: “京ICP备XXXXXXXX号-1” is a template placeholder, not a filing number "
     "(互联网信息服务管理办法 第十二条). licence displayed; GB18030 bytes with emoji. no case found",
     site_page("优品电器 🏠 家电商城", """<body><div class="b2b2c-top">🏠 优品电器 · 多商家入驻</div>
<div class="floor"><a href="/goods/ac-9.html">新风空调</a> <a href="/goods/iphone.html">二手手机</a></div>
""" + bj_foot() + "</body>", "gb18030"))

page("holdout", "site:bj", "121-bj-ac.html", BJ + "/goods/ac-9.html", "gb18030", "FALSE_HONOUR",
     "FALSE_HONOUR: “国家免检产品” — the 免检 scheme was abolished in 2008 (广告法 第二十八条; 反不正当竞争法 第九条). "
     "no case found",
     site_page("新风空调 ❄ - 优品电器", """<body><div class="goods-main"><h1>新风空调 ❄ 1.5匹</h1>
<p><span class="price">￥3,299</span></p><p>国家免检产品，质量信得过。</p></div>
""" + bj_foot_item() + "</body>", "gb18030"))

page("holdout", "site:bj", "122-bj-iphone.html", BJ + "/goods/iphone.html", "gb18030", "-",
     "trap: “官换机”“原厂” describe manufacturer replacement units, and the seller lists a 鉴定 report; no counterfeit "
     "term (商标法 第五十七条 not engaged). no case found",
     site_page("官换机 未激活 📦 - 优品电器", """<body><div class="goods-main"><h1>官换机 未激活 256G 📦</h1>
<p><span class="price">￥4,180</span></p><p>厂商售后更换下发的整机，原厂包装，附第三方鉴定报告，官网可查保修。</p></div>
""" + bj_foot_item() + "</body>", "gb18030"))


# ---- site sport: 运动鞋服, Vue SPA shell with server-rendered content (utf-8 BOM, 注册号) ----
def sport_foot():
    return """<footer class="ft">晋江市跃动体育用品有限公司 营业执照注册号：%s<br>
<a href="https://beian.miit.gov.cn/">闽ICP备19027716号-1</a> 闽公网安备 35058202000312号</footer>""" % R_SPORT_BAD


def sport_foot_short():
    return """<footer class="ft"><a href="https://beian.miit.gov.cn/">闽ICP备19027716号-1</a> · <a href="/">返回首页</a></footer>"""


SP = "http://www.yuedong-sports.test"
page("holdout", "site:sport", "123-sport-home.html", SP + "/", "utf-8", "LICENSE_INVALID",
     "LICENSE_INVALID: 15-digit 注册号 %s fails ISO 7064 MOD 11,10 (电子商务法 第十五条; false display). ICP "
     "displayed. no case found" % R_SPORT_BAD,
     site_page("跃动体育", """<body><div id="app" data-server-rendered="true"><div class="nav">跃动体育 · 专业跑鞋</div>
<div class="list"><a href="/goods/101">竞速跑鞋</a> <a href="/guide/jianding">球鞋鉴定指南</a></div>
""" + sport_foot() + """</div><script>window.__INITIAL_STATE__={"page":"home"}</script></body>""", "utf-8"), bom=True)

page("holdout", "site:sport", "124-sport-runner.html", SP + "/goods/101", "utf-8", "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: “史上最强缓震”“顶级碳板” as claims (广告法 第九条第三项). no case found",
     site_page("竞速跑鞋 - 跃动体育", """<body><div id="app" data-server-rendered="true"><h1>竞速碳板跑鞋</h1>
<p><span class="price">￥899</span></p><p>史上最强缓震，顶级碳板，马拉松PB神器。</p>
""" + sport_foot_short() + "</div></body>", "utf-8"), bom=True)

page("holdout", "site:sport", "125-sport-guide.html", SP + "/guide/jianding", "utf-8", "-",
     "trap: a 鉴定 guide explaining how 莆田货/纯原 copies differ from genuine shoes; educational, no counterfeit "
     "offered (商标法 第五十七条 not engaged). no case found",
     site_page("球鞋鉴定指南 - 跃动体育", """<body><div id="app" data-server-rendered="true"><h1>球鞋鉴定指南：别被“纯原”骗了</h1>
<p>所谓“纯原”“莆田货”都是仿冒品的说法。看鞋标字体、中底钢印和鞋盒标签，拿不准就送正规鉴定机构。本站只售品牌授权正品。</p>
""" + sport_foot_short() + "</div></body>", "utf-8"), bom=True)


# ---- more holdout pages ----
page("holdout", "shop:yiju", "126-yiju-ivorywhite.html", M + "/item/81300029.html", "gbk", "-",
     "trap: “象牙白” names a paint colour (ivory white) of an MDF wardrobe; no ivory is sold "
     "(国家禁售 list not engaged). no case found",
     mall_page("象牙白烤漆 三门衣柜 - 宜居家具", """
<div class="goods-detail"><h1>象牙白 烤漆三门衣柜 1.2m 标准款</h1><p><span class="price">￥1,299</span></p>
<p>颜色：象牙白 / 胡桃色。柜体E1级中纤板，标准款支持七天无理由退货。</p></div>
""", enc="gbk"))

page("holdout", "site:twj", "127-twj-chain.html", TW + "/gold/chain.html", "big5", "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 原價 4,980 元 above the 3,580 元 selling price captured 4 days earlier "
     "(明码标价和禁止价格欺诈规定 第十六条). case of the kind: 某网店电源“原价318元，促销价159元”虚构原价 (东莞市网络零售专项检查案例1, 2018)",
     site_page("黃金項鍊 - 台金珠寶", """<body><table width="960" align="center"><tr><td><h1>足金 馬鞭鏈 約5克</h1>
<p>原價 <s>4,980 元</s>　特價 <span class="price">3,980 元</span></p></td></tr>
<tr><td>""" + twj_foot() + "</td></tr></table></body>", "big5"),
     history=[(4.0, site_page("黃金項鍊 - 台金珠寶", """<body><table width="960" align="center"><tr><td><h1>足金 馬鞭鏈 約5克</h1>
<p>特價 <span class="price">3,580 元</span></p></td></tr>
<tr><td>""" + twj_foot() + "</td></tr></table></body>", "big5"))])

C_MINGCHA = uscc("330106", "MA2KQ3W8"); REGISTRY.append((C_MINGCHA, "杭州明前茶叶有限公司", "存续"))
FW = C_MINGCHA.translate(str.maketrans("0123456789ABCDEFGHJKLMNPQRTUWXY",
                                       "０１２３４５６７８９ＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＴＵＷＸＹ"))
page("holdout", "shop:mingqian", "128-mingqian-home.html", M + "/shop/mingqian/", "utf-8", "-",
     "trap: the shop name is split into one <span> per character and the licence code is written in full-width "
     "characters (%s); both are displayed, the code is valid and registered 存续; mark displayed. no case found" % FW,
     mall_page("明前茶庄 - 网剑商城", """
<div class="tea-shop"><h1 class="shop-name"><span>明</span><span>前</span><span>茶</span><span>庄</span></h1>
""" + MARK % (M, "mingqian") + """
<ul><li><a href="/item/33440011.html">西湖龙井 明前特级</a></li></ul>
<div class="shop-license">营业执照　杭州明前茶叶有限公司　统一社会信用代码：""" + FW + """</div></div>
"""))

page("holdout", "shop:mingqian", "129-mingqian-longjing.html", M + "/item/33440011.html", "utf-8", "-",
     "trap: 日常价 ¥599 equals the lowest price captured within 7 days (¥599, 6 days before); the ¥399 capture is 7.5 "
     "days old (明码标价和禁止价格欺诈规定 第十六条). “特级” is the grade of GB/T 18650 (龙井茶), not an absolute claim. "
     "no case found",
     mall_page("西湖龙井 明前特级 - 明前茶庄", """
<div class="tea-item"><h1>西湖龙井 明前 特级 250g</h1>
<p>日常价 <del>￥599</del> 活动价 <span class="price">￥459</span></p>
<p>等级：特级（GB/T 18650 地理标志产品 龙井茶）。</p></div>
"""), history=[(6.0, mall_page("西湖龙井 明前特级 - 明前茶庄", """
<div class="tea-item"><h1>西湖龙井 明前 特级 250g</h1><p><span class="price">￥599</span></p></div>
""")), (7.5, mall_page("西湖龙井 明前特级 - 明前茶庄", """
<div class="tea-item"><h1>西湖龙井 明前 特级 250g</h1><p><span class="price">￥399</span></p></div>
"""))])


page("holdout", "site:twj", "130-twj-review.html", TW + "/gold/earring.html", "big5", "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: a silver gift for a five-star review with photos (曬單有禮) (电子商务法 第十七条; 反不正当竞争法 "
     "第八条). case: 扬州市江都区某饮品店好评返现罚12000元 (江苏省市场监管局2021)",
     site_page("足金耳釘 - 台金珠寶", """<body><table width="960" align="center"><tr><td><h1>足金 小花耳釘 一對</h1>
<p class="price">人民幣 880 元</p>
<p>曬單有禮：收貨後給五星好評並上傳三張實拍，聯繫客服即送925銀耳釘一對。</p></td></tr>
<tr><td>""" + twj_foot() + "</td></tr></table></body>", "big5"))

page("holdout", "site:twj", "131-twj-daimao.html", TW + "/gold/hawksbill.html", "big5", "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 玳瑁 (hawksbill shell) bangle; hawksbill is a 国家一级保护野生动物 and CITES Appendix I species, "
     "its products may not be sold (野生动物保护法 第二十八条). case of the kind: customs seizures of 玳瑁/象牙 ornaments "
     "(沈阳海关 report); no online-shop case found",
     site_page("老玳瑁手鐲 - 台金珠寶", """<body><table width="960" align="center"><tr><td><h1>老玳瑁 手鐲 包金 內徑56mm</h1>
<p class="price">人民幣 5,200 元</p>
<p>早年南洋老料，花紋通透，包足金口，可私訊看視頻。</p></td></tr>
<tr><td>""" + twj_foot() + "</td></tr></table></body>", "big5"))

page("holdout", "shop:yiju", "132-yiju-ion.html", M + "/item/81300031.html", "gbk", "FALSE_CLAIM",
     "FALSE_CLAIM: a mattress claimed to treat 腰椎间盘突出 and 颈椎病 with 负离子 (广告法 第十七条, 第二十八条). case: "
     "连云港赣榆区王浪家纺用品经营部 普通家纺宣称治疗疾病罚20万元 (总局百日行动典型案例, 2019)",
     mall_page("负离子 乳胶床垫 - 宜居家具", """
<div class="goods-detail"><h1>负离子乳胶床垫 1.5m 标准款</h1><p><span class="price">￥2,199</span></p>
<p>睡一晚释放负离子，疏通经络，腰椎间盘突出、颈椎病患者睡三个月不再疼。</p></div>
""", enc="gbk"))


# =====================================================================================
# writer
# =====================================================================================
def write_all(out):
    if os.path.exists(out):
        for sub in ("pages", "history", "holdout"):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    sides = {"main": out, "holdout": os.path.join(out, "holdout")}
    seen_site_side = {}
    for p in PAGES:
        assert seen_site_side.setdefault(p["site"], p["split"]) == p["split"], p["site"]
    for side, base in sides.items():
        os.makedirs(os.path.join(base, "pages"), exist_ok=True)
        os.makedirs(os.path.join(base, "history"), exist_ok=True)
        lab = ["# file\turl\tcodes"]
        notes = ["# file\tencoding\tbom\tnote"]
        hist = ["# file\turl\tdays_before"]
        for p in PAGES:
            if p["split"] != side:
                continue
            with open(os.path.join(base, "pages", p["file"]), "wb") as f:
                f.write(encode(p["html"], p["enc"], p["bom"]))
            lab.append("%s\t%s\t%s" % (p["file"], p["url"], p["codes"]))
            notes.append("%s\t%s\t%s\t%s" % (p["file"], p["enc"], "yes" if p["bom"] else "no", p["note"]))
            for days, html in p["history"]:
                hf = "%s-d%s.html" % (p["file"][:-5], ("%g" % days).replace(".", "_"))
                with open(os.path.join(base, "history", hf), "wb") as f:
                    f.write(encode(html, p["enc"], p["bom"]))
                hist.append("%s\t%s\t%g" % (hf, p["url"], days))
        for name, rows in (("labels.tsv", lab), ("notes.tsv", notes), ("history.tsv", hist)):
            with open(os.path.join(base, name), "w", encoding="utf-8") as f:
                f.write("\n".join(rows) + "\n")
    reg = ["# code\tname\tstatus"] + ["%s\t%s\t%s" % r for r in REGISTRY]
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(reg) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            bad = []
            for root, _, files in os.walk(tmp):
                for fn in files:
                    rel = os.path.relpath(os.path.join(root, fn), tmp)
                    mine = os.path.join(here, rel)
                    if not os.path.exists(mine) or not filecmp.cmp(os.path.join(tmp, rel), mine, shallow=False):
                        bad.append(rel)
            for sub in ("pages", "history", "holdout/pages", "holdout/history"):
                d = os.path.join(here, sub)
                for fn in (os.listdir(d) if os.path.isdir(d) else []):
                    if not os.path.exists(os.path.join(tmp, sub, fn)):
                        bad.append(os.path.join(sub, fn))
            for b in bad:
                print("differs:", b)
            sys.exit(1 if bad else 0)
        finally:
            shutil.rmtree(tmp)
    write_all(here)


if __name__ == "__main__":
    main()
