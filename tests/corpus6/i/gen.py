#!/usr/bin/env python3
"""corpus6/i generator. Every page, its codes and its note are written by hand below."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, bad_uscc, regno, bad_regno, shell, mall_page, encode

# ---- companies (codes built by check-digit arithmetic; validity intended as named) ----
C_ZJ1 = uscc("330106", "MA2H7Q3K")   # 杭州 西湖
C_ZJ2 = uscc("330782", "MA28TUP5")   # 义乌
C_GD1 = uscc("440300", "MA5FKR2T")   # 深圳
C_GD2 = uscc("440106", "MA9W3LXN")   # 广州 天河
C_JS1 = uscc("320505", "MA1NPB8D")   # 苏州 高新
C_SH1 = uscc("310115", "MA1H9C4E")   # 上海 浦东
C_FJ1 = uscc("350203", "MA3277UM")   # 厦门 思明
C_SC1 = uscc("510107", "MA61TQ2W")   # 成都 武侯
C_SD1 = uscc("370202", "MA3CJ7N0")   # 青岛 市南
C_BJ1 = uscc("110105", "MA01RX6G")   # 北京 朝阳
C_HN1 = uscc("430104", "MA4L2E8F")   # 长沙 岳麓
C_YN1 = uscc("530102", "MA6K5P0A")   # 昆明 五华
C_HB1 = uscc("420106", "MA4KWB3C")   # 武汉 武昌
C_AH1 = uscc("341702", "MA2TX1D6")   # 池州 贵池
C_GX1 = uscc("450103", "MA5N8HJ2")   # 南宁 青秀
C_ZJ3 = uscc("330212", "MA2CL9W4")   # 宁波 鄞州
C_FJ2 = uscc("350102", "MA8RQ2E1")   # 福州 鼓楼
C_HAI = uscc("460108", "MA5T0GKM")   # 海口 美兰 (跨境)
C_TJ1 = uscc("120116", "MA06P3QH")   # 天津 滨海 (保税)
C_CQ1 = uscc("500103", "MA60J9R7")   # 重庆 渝中
C_SX1 = uscc("610113", "MAB0TN5K")   # 西安 雁塔
C_REV = uscc("440304", "MA5D2R9Y")   # 深圳 福田: registry 吊销
C_ABN = uscc("330108", "MA2J4W6B")   # 杭州 滨江: registry 经营异常
C_GONE = uscc("320106", "MA1Y8E2F")  # 南京 鼓楼: not in registry at all
C_OTH = uscc("350206", "MA31XK8P")   # 厦门 湖里: registry name differs
BAD1 = bad_uscc("440106", "MA7R2D5C")
BAD2 = bad_uscc("370212", "MA3F8KQ1")
BAD3 = bad_uscc("330683", "MA2B6WX9")
R_OLD = regno("35020020006781")       # valid 15-digit 注册号
R_BAD = bad_regno("51010600045523")
# shop licences on the platform
S_TEA = uscc("350781", "MA32KP7N")   # 武夷山
S_FRU = uscc("450304", "MA5PX2H8")   # 桂林 象山
S_BAG = uscc("440111", "MA59J3DW")   # 广州 白云
S_BABY = uscc("330424", "MA2JD8QH")  # 海盐
S_PHN = uscc("440307", "MA5G7T1R")   # 深圳 龙岗
S_MED = uscc("410105", "MA47QX2C")   # 郑州 金水
S_PET = uscc("320583", "MA1XQ6B4")   # 昆山
S_WINE = uscc("520381", "MAAJ2C8L")  # 仁怀

REGISTRY = [
    ("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续"),
    (C_ZJ1, "杭州栖茶文化创意有限公司", "存续"), (C_ZJ2, "义乌市拾贝电子商务有限公司", "存续"),
    (C_GD1, "深圳市云岫科技有限公司", "存续"), (C_GD2, "广州市禾悦化妆品有限公司", "存续"),
    (C_JS1, "苏州绮绣丝绸有限公司", "存续"), (C_SH1, "上海宁檬母婴用品有限公司", "存续"),
    (C_FJ1, "厦门海晏商贸有限公司", "存续"), (C_SC1, "成都锦里川味食品有限公司", "存续"),
    (C_SD1, "青岛浪花海产品有限公司", "存续"), (C_BJ1, "北京知行启航教育科技有限公司", "存续"),
    (C_HN1, "长沙麓岚家居有限公司", "存续"), (C_YN1, "昆明彩云农业科技有限公司", "存续"),
    (C_HB1, "武汉江城优选社区团购有限公司", "存续"), (C_AH1, "池州贵池区书香文化用品有限公司", "存续"),
    (C_GX1, "南宁绿野户外用品有限公司", "存续"), (C_ZJ3, "宁波鄞州甬匠五金工具有限公司", "存续"),
    (C_FJ2, "福州闽韵茶业有限公司", "存续"), (C_HAI, "海口美兰环球优选跨境电商有限公司", "存续"),
    (C_TJ1, "天津滨海保税优品供应链有限公司", "存续"), (C_CQ1, "重庆渝中山城火锅底料有限公司", "存续"),
    (C_SX1, "西安雁塔长安手作文创有限公司", "存续"),
    (C_REV, "深圳市福田区鑫达电子商行有限公司", "吊销"), (C_ABN, "杭州滨江悦颜美妆有限公司", "经营异常"),
    (C_OTH, "厦门湖里区恒通物流有限公司", "存续"),
    (R_OLD, "厦门鹭江茶叶商行", "存续"),
    (S_TEA, "武夷山市岩骨茶业有限公司", "存续"), (S_FRU, "桂林象山区果园直供有限公司", "存续"),
    (S_BAG, "广州白云区皮尚皮具有限公司", "存续"), (S_BABY, "海盐县暖贝母婴用品有限公司", "存续"),
    (S_PHN, "深圳市龙岗区数码汇贸易有限公司", "存续"), (S_MED, "郑州金水区康禾健康科技有限公司", "存续"),
    (S_PET, "昆山市萌爪宠物用品有限公司", "存续"), (S_WINE, "仁怀市茅乡酒业有限公司", "存续"),
]

# site key -> host, encoding, bom, charset meta written in the page (None = no meta), holdout
SITES = {}
def site(key, host, enc="utf-8", bom=False, meta="utf-8", holdout=False, lang="zh-CN"):
    SITES[key] = dict(host=host, enc=enc, bom=bom, meta=meta, holdout=holdout, lang=lang)

PAGES = []
def P(sk, path, codes, note, title, body):
    PAGES.append(dict(site=sk, path=path, codes=codes, note=note, title=title, body=body))

HIST = []  # (site, path, days_before, title, body)
def H(sk, path, days, title, body):
    HIST.append(dict(site=sk, path=path, days=days, title=title, body=body))

# ================= platform mall.wangjian.test (shops split by shop) =================
site("m-tea", "mall.wangjian.test")
site("m-fruit", "mall.wangjian.test")
site("m-bag", "mall.wangjian.test", holdout=True)
site("m-baby", "mall.wangjian.test")
site("m-phone", "mall.wangjian.test", holdout=True)
site("m-med", "mall.wangjian.test")
site("m-pet", "mall.wangjian.test", holdout=True)
site("m-wine", "mall.wangjian.test")
site("m-xz", "mall.wangjian.test")

P("m-tea", "/shop/yangu-tea/", [], "trap: shop home complete (shop-name, shop-license with a registered 存续 code, mall-mark); '特级' is the GB/T 18745 grade of 武夷岩茶, not a superiority claim (广告法第九条第三项 not engaged)",
  "岩骨茶业旗舰店", f"""<div class="shop-head"><h1 class="shop-name">岩骨茶业旗舰店</h1><img class="badge mall-mark" src="/img/mark.png" alt="网剑商城认证店铺"></div>
<ul class="shop-cats"><li>特级大红袍</li><li>一级肉桂</li><li>二级水仙</li></ul>
<div class="shop-license">主体：武夷山市岩骨茶业有限公司<br>统一社会信用代码：{S_TEA}<br>食品经营许可证 JY13507810012345</div>""")
P("m-tea", "/item/tea101.html", [], "trap: 最佳冲泡水温 is brewing advice (2023 绝对化用语指引: words describing use conditions are not claims); 特级 is a national-standard grade",
  "特级大红袍 250g", """<div class="goods"><h2>武夷岩茶 特级大红袍 250g 罐装</h2><div class="price-box"><span class="price now">¥268.00</span></div>
<p>冲泡建议：最佳冲泡水温 100℃，头三泡快出汤。等级：特级（GB/T 18745-2006）。</p></div>""")
P("m-tea", "/item/tea102.html", ["FALSE_HONOUR", "WELLKNOWN_MARK_AD"], "WELLKNOWN_MARK_AD: 商标法第十四条第五款 ('中国驰名商标' on goods ad); FALSE_HONOUR: 国家免检 abolished 2008 (质检总局公告2008年第109号, 产品质量法), 广告法第二十八条. Drawn on 市场监管 typical cases of 驰名商标 used in online ads and '免检' claims",
  "岩骨 大红袍礼盒", """<div class="goods"><h2>岩骨牌 大红袍礼盒 500g</h2><span class="price">¥598.00</span>
<p>岩骨® 荣膺<b>中国驰名</b><b>商标</b>，品质看得见！</p><p>本品系<span>国家</span><span>免检</span>产品，送礼倍有面子。</p></div>""")

P("m-fruit", "/shop/guilin-guoyuan/", ["MARK_MISSING"], "MARK_MISSING: shop home without any element carrying class token mall-mark (platform seed 平台为网店亮标; 网络交易监督管理办法第二十四条). Licence present and registered",
  "象山果园直供", f"""<header><div class="shop-name">象山果园直供 · 社区团购</div><span class="tag">今日团 18:00 截单</span></header>
<section class="shop-license"><p>经营者：桂林象山区果园直供有限公司</p><p>信用代码 {S_FRU}</p></section>""")
P("m-fruit", "/item/fruit201.html", ["REVIEW_INDUCEMENT"], "REVIEW_INDUCEMENT: cash for a five-star review with screenshot (电子商务法第十七条; 网络交易监督管理办法第十四条). Drawn on 春雷行动 '好评返现' case",
  "沙糖桔 5斤", """<div class="goods"><h2>桂林沙糖桔 5斤装 团购</h2><span class="price">¥19.90</span>
<div class="tip">温馨小提示：到货后给个五颗星+15字以上评价，截图私信客服，<em>红包 2 元</em>马上安排~</div></div>""")
P("m-fruit", "/item/fruit202.html", [], "trap: 鲜活易腐 goods are a statutory exemption from 七日无理由退货 (消费者权益保护法第二十五条第二款第一项); the shop still compensates bad fruit",
  "金桔 3斤", """<div class="goods"><h2>融安金桔 3斤</h2><span class="price">¥15.80</span>
<p>售后：生鲜属于鲜活易腐商品，依法不适用七天无理由退货；坏果拍照，按个包赔。</p></div>""")

P("m-bag", "/shop/pishang-bag/", ["LICENSE_MISSING"], "LICENSE_MISSING: shop home shows no licence code, image, link or 第十条 statement; platform footer is the platform's own identity (电子商务法第十五条; 网络交易监督管理办法第十二条)",
  "皮尚皮具", """<div class="shop-name">皮尚皮具工厂店</div><span class="mall-mark">网剑认证</span>
<p>广州白云源头工厂 · 支持七天无理由退货</p>""")
P("m-bag", "/item/bag301.html", ["COUNTERFEIT_TERM"], "COUNTERFEIT_TERM: '１：１' (full-width) with 大牌同款/专柜 offers a copy of another's mark (商标法第五十七条). Drawn on 傍名牌 cases",
  "大牌同款 托特包", """<div class="goods"><h2>大牌同款 老花托特包</h2><span class="price">¥189</span>
<p>原厂皮料 · 五金一比一 · 做工<span>１</span>：<span>１</span>还原专柜 · 懂的来</p></div>""")
P("m-bag", "/item/bag302.html", [], "trap: the shop refuses copies ('拒绝高仿、拒绝A货') for its own brand; negation is not an offer (商标法第五十七条 not engaged)",
  "皮尚 自有品牌 手提包", """<div class="goods"><h2>皮尚 PISHANG 自有品牌 头层牛皮手提包</h2><span class="price">¥329</span>
<p>我们只做自己的牌子：拒绝高仿、拒绝A货，不蹭任何大牌。</p></div>""")

P("m-baby", "/shop/nuanbei-baby/", [], "trap: complete shop home; mall-mark is one token in a class list; '最' appears only in '最近上新'",
  "暖贝母婴", f"""<div class="hd"><span class="shop-name">暖贝母婴</span> <i class="ico mall-mark verified" title="网剑亮标">已亮标</i></div>
<div class="nav">最近上新 | 全部宝贝</div>
<dl class="info shop-license"><dt>企业名称</dt><dd>海盐县暖贝母婴用品有限公司</dd><dt>统一社会信用代码</dt><dd>{S_BABY}</dd></dl>""")
P("m-baby", "/item/baby401.html", ["FAKE_ORIGINAL_PRICE"], "FAKE_ORIGINAL_PRICE: 划线价 329 above 159 shown 2 days earlier (明码标价和禁止价格欺诈规定第十九条第(二)项 / 第十八条). Drawn on 北京三中院 天猫 虚构原价 cases",
  "婴儿睡袋", """<div class="goods"><h2>婴儿恒温睡袋 四季款</h2><div><span class="price">¥169</span> <del class="old">划线价 ¥329</del></div></div>""")
H("m-baby", "/item/baby401.html", 2, "婴儿睡袋", """<div class="goods"><h2>婴儿恒温睡袋 四季款</h2><div><span class="price">¥159</span></div></div>""")
P("m-baby", "/item/baby402.html", [], "trap: 划线价 299 equals the lowest price in captures within 7 days (299 at 3 and 5 days); the 199 capture is 10 days old, outside the window",
  "婴儿推车", """<div class="goods"><h2>轻便婴儿推车</h2><span class="price">¥239</span> <s>日常价 ¥299</s></div>""")
H("m-baby", "/item/baby402.html", 3, "婴儿推车", """<div class="goods"><h2>轻便婴儿推车</h2><span class="price">¥299</span></div>""")
H("m-baby", "/item/baby402.html", 5, "婴儿推车", """<div class="goods"><h2>轻便婴儿推车</h2><span class="price">¥299</span></div>""")
H("m-baby", "/item/baby402.html", 10, "婴儿推车", """<div class="goods"><h2>轻便婴儿推车</h2><span class="price">¥199</span></div>""")
P("m-baby", "/item/baby403.html", ["RETURN_REFUSED"], "RETURN_REFUSED: baby clothing is not in the 第二十五条 exemption list, yet '一经售出概不退换' (消费者权益保护法第二十五条)",
  "新生儿连体衣", """<div class="goods"><h2>新生儿纯棉连体衣 3件装</h2><span class="price">¥89</span>
<p class="notice">贴身衣物，一经售出，概不退换，拍前请看好尺码。</p></div>""")

P("m-phone", "/shop/shumahui/", ["MARK_MISSING"], "MARK_MISSING: the mall-mark element is display:none, so not displayed (contract); licence registered",
  "数码汇", f"""<div class="shop-name">数码汇 官方授权店</div><div class="mall-mark" style="display:none">网剑认证</div>
<div class="shop-license">深圳市龙岗区数码汇贸易有限公司 · {S_PHN}</div>""")
P("m-phone", "/item/phn501.html", ["FAKE_ORIGINAL_PRICE"], "FAKE_ORIGINAL_PRICE: 原价 2999 above 1899 shown 1.5 days earlier (明码标价和禁止价格欺诈规定第十九条)",
  "5G 手机 8+256", """<div class="goods"><h2>5G 手机 8+256G 曜石黑</h2><p><span class="price">¥1999</span> 原价<del>¥2999</del> 限时直降</p></div>""")
H("m-phone", "/item/phn501.html", 1.5, "5G 手机 8+256", """<div class="goods"><h2>5G 手机 8+256G 曜石黑</h2><p><span class="price">¥1899</span></p></div>""")
P("m-phone", "/item/phn502.html", ["PROHIBITED_GOODS"], "PROHIBITED_GOODS: disguised pinhole camera is a 窃照专用器材 (禁止非法生产销售使用窃听窃照专用器材和\"伪基站\"设备的规定; 刑法第二百八十四条)",
  "插座摄像头", """<div class="goods"><h2>插座造型 无线微型摄像头</h2><span class="price">¥128</span>
<p>外观就是普通插座，镜头隐藏在插孔里，对方完全察觉不到，手机远程看+收音。</p></div>""")
P("m-phone", "/item/phn503.html", [], "trap: 七天无理由 is offered; only engraved (消费者定作) units are excluded, a statutory exemption (消费者权益保护法第二十五条第二款)",
  "刻字 充电宝", """<div class="goods"><h2>定制刻字 充电宝 10000mAh</h2><span class="price">¥79</span>
<p>支持七天无理由退货；选择刻字服务的属于定作商品，不适用无理由退货。</p></div>""")

P("m-med", "/shop/kanghe/", [], "trap: complete shop home; the words '治疗' appear only in a warning that the shop does not sell drugs",
  "康禾健康", f"""<h1 class="shop-name">康禾健康生活馆</h1><span class="mall-mark">网剑亮标</span>
<p>本店不销售药品，商品不能代替药物治疗，身体不适请就医。</p>
<p class="shop-license">营业执照：郑州金水区康禾健康科技有限公司 <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={S_MED}">电子营业执照</a> {S_MED}</p>""")
P("m-med", "/item/med601.html", ["FALSE_CLAIM"], "FALSE_CLAIM: ordinary foot patch claims to lower 三高 and cure insomnia (广告法第十七条, 第二十八条第二款第(二)项). Drawn on 富阳 天猫网店 不实功能广告 case (杭富市管罚处字〔2018〕50号)",
  "艾草足贴", """<div class="goods"><h2>老中医艾草足贴 30贴</h2><span class="price">¥39.9</span>
<p>贴一晚，湿气毒素从脚底排出来；坚持一个疗程，血压血糖血脂都下来了，睡不着的老毛病也能调好。</p></div>""")
P("m-med", "/item/med602.html", [], "trap: registered 保健食品 with its approved function and the mandatory statement '本品不能代替药物' (保健食品标注警示用语指南); not an unlawful efficacy claim",
  "维生素C 保健食品", """<div class="goods"><h2>维生素C咀嚼片（保健食品）</h2><span class="price">¥59</span>
<p>国食健注G20190123 · 保健功能：补充维生素C</p><p><b>保健食品不是药物，不能代替药物治疗疾病。</b></p></div>""")
P("m-med", "/item/med603.html", ["PROHIBITED_GOODS"], "PROHIBITED_GOODS: botulinum toxin is a 医疗用毒性药品, not sold to consumers online (药品管理法第六十一条; 药品网络销售禁止清单). Drawn on 云南 医美 BOTOX case",
  "瘦脸针 家用", """<div class="goods"><h2>进口 A型肉毒素 100单位 家用瘦脸</h2><span class="price">¥880</span>
<p>不用去医院，在家自己打，附注射视频教程，冷链发货。</p></div>""")

P("m-pet", "/shop/mengzhua/", ["MARK_MISSING"], "MARK_MISSING: the mark exists only inside an HTML comment, not displayed (contract)",
  "萌爪宠物", f"""<div class="shop-name">萌爪宠物用品</div><!-- <span class="mall-mark">网剑认证</span> -->
<div class="shop-license">昆山市萌爪宠物用品有限公司 统一社会信用代码 {S_PET}</div>""")
P("m-pet", "/item/pet701.html", ["REVIEW_INDUCEMENT"], "REVIEW_INDUCEMENT: coupon for a video review with follow-up review (电子商务法第十七条; 网络交易监督管理办法第十四条)",
  "冻干猫粮", """<div class="goods"><h2>鸡肉冻干猫粮 1.5kg</h2><span class="price">¥99</span>
<p>拍主子干饭视频 + 带图追评，找客服领 5 元无门槛券，下次直接抵扣！</p></div>""")
P("m-pet", "/item/pet702.html", ["ABSOLUTE_TERM"], "ABSOLUTE_TERM: '全网销量NO.1' and '天花板' as superiority claims (广告法第九条第三项)",
  "全价狗粮", """<div class="goods"><h2>全价狗粮 10kg</h2><span class="price">¥239</span>
<p>狗粮界天花板，全网销量 NO.1，铲屎官闭眼入。</p></div>""")

P("m-wine", "/shop/maoxiang/", ["MARK_MISSING"], "MARK_MISSING: the badge's class is 'mall-marker', not the exact token mall-mark (contract)",
  "茅乡酒业", f"""<table class="shop"><tr><td class="shop-name">茅乡酒业自营店</td><td><span class="mall-marker">网剑认证</span></td></tr>
<tr><td colspan="2" class="shop-license">仁怀市茅乡酒业有限公司　{S_WINE}</td></tr></table>""")
P("m-wine", "/item/wine801.html", ["ABSOLUTE_TERM", "FALSE_HONOUR"], "ABSOLUTE_TERM: '酱香第一品牌' (广告法第九条第三项); FALSE_HONOUR: provincial 著名商标 schemes abolished (商标法2013 第十四条; 各省著名商标条例废止), 广告法第二十八条",
  "53度 酱香", """<div class="goods"><h2>茅乡 53度 酱香型白酒 500ml</h2><span class="price">¥368</span>
<p>贵州省著名商标 · 酱香第一品牌 · 坤沙工艺</p></div>""")
P("m-wine", "/item/wine802.html", [], "trap: '最佳饮用温度' is serving advice; warning to minors is required text",
  "低度 米酒", """<div class="goods"><h2>桂花米酒 8度 750ml</h2><span class="price">¥45</span>
<p>最佳饮用温度 8-12℃。饮酒有害健康，未成年人请勿饮酒。</p></div>""")

P("m-xz", "/shop/xianzhi-erhand/", ["LICENSE_MISSING"], "LICENSE_MISSING: 闲鱼-like seller with a mark but no licence info and no 电子商务法第十条 statement (电子商务法第十五条)",
  "小林的闲置", """<div class="shop-name">小林的闲置小铺</div><span class="mall-mark">网剑实人认证</span>
<p>长期出闲置，数码、书、衣服都有，砍价别太狠~</p>""")
P("m-xz", "/item/xz901.html", [], "trap: '原价' is the buyer's own purchase price of a used item, not a seller's comparison price; there is no history for this URL",
  "闲置 咖啡机", """<div class="goods"><h2>自用闲置 胶囊咖啡机 九成新</h2><span class="price">¥200</span>
<p>去年原价 599 买的，用了不到十次，搬家出。</p></div>""")

# ================= independent sites =================
site("qicha", "www.qicha.test", enc="gbk", meta="gbk")
P("qicha", "/", [], "trap: WordPress 企业站 home complete (licence in <dl>, 浙ICP备); '最佳赏味期' is a storage term (2023 指引: not an absolute claim)",
  "栖茶 | 杭州茶文化", f"""<div class="site-header"><h1>栖茶</h1><nav>首页 | 龙井 | 茶器 | 资讯</nav></div>
<article><p>明前龙井已到，最佳赏味期为 18 个月，开封后请冷藏。</p></article>
<footer class="site-footer"><dl><dt>主体</dt><dd>杭州栖茶文化创意有限公司</dd><dt>统一社会信用代码</dt><dd>{C_ZJ1}</dd></dl>
<p><a href="https://beian.miit.gov.cn/">浙ICP备2024011834号-1</a>&nbsp;&nbsp;浙公网安备 33010602012345号</p></footer>""")
P("qicha", "/product/longjing.html", ["ABSOLUTE_TERM"], "ABSOLUTE_TERM: '没有之一' / '天花板' claim to be the very best (广告法第九条第三项); 一级 is the GB/T 18650 grade and does not count",
  "西湖龙井 一级", """<div class="entry-content"><h2>西湖龙井 一级 250g</h2><p class="price">￥680</p>
<p>狮峰山头的口粮茶，说它是龙井里的天花板，没有之一。</p></div>""")
P("qicha", "/news/mianjian.html", [], "trap: consumer news saying the 免检 system was abolished and warning against '免检产品' claims (no honour is claimed)",
  "资讯：看到免检产品要当心", """<article><h2>看到"免检产品"四个字，要当心</h2>
<p>国家产品免检制度已于2008年废止。现在还在包装上印"国家免检"的，要么是老库存，要么是虚假宣传，遇到可向12315反映。</p></article>""")

site("shibei", "www.shibei.test", enc="gbk", meta="gb2312")
P("shibei", "/", ["ICP_MISSING"], "ICP_MISSING: independent 拼团 site home with licence but no ICP filing or licence number (互联网信息服务管理办法第十二条; 非经营性互联网信息服务备案管理办法第十三条); 公网安备 alone is not an ICP number",
  "拾贝拼团", f"""<div class="tuan"><h1>拾贝拼团</h1><p>3人成团 · 义乌直发</p></div>
<div class="foot">义乌市拾贝电子商务有限公司<br>统一社会信用代码 {C_ZJ2}<br>浙公网安备 33078202001122号</div>""")
P("shibei", "/goods/77.html", ["COUNTERFEIT_TERM"], "COUNTERFEIT_TERM: '原单' (factory-overrun goods bearing another's mark) (商标法第五十七条)",
  "外贸运动鞋", """<div class="goods"><h2>外贸跑鞋 原单尾货</h2><p class="price">拼团价 ￥79</p>
<p>大厂代工 原 单 出货，鞋标齐全，吊牌都在，数量不多。</p></div>""")
P("shibei", "/goods/78.html", [], "trap: '1:1' is a model's scale (1:18 / 1:1 比例 display of a part), not a replica of a mark",
  "合金车模", """<div class="goods"><h2>1:18 合金车模 + 1:1 比例钥匙扣</h2><p class="price">拼团价 ￥59</p>
<p>车模 1:18，附送 1:1 尺寸的仿真车钥匙造型钥匙扣（无品牌标识）。</p></div>""")

site("yunxiu", "www.yunxiu.test", enc="gbk", meta="gbk")
P("yunxiu", "/", [], "trap: HiShop-like home complete; '全网最低价' is explicitly disclaimed (negation)",
  "云岫数码商城", f"""<div id="header">云岫数码商城</div>
<div class="notice">我们不喊"全网最低价"，只保证价格透明、明码标价。</div>
<div id="footer"><table><tr><td>深圳市云岫科技有限公司</td><td>统一社会信用代码：{C_GD1}</td></tr>
<tr><td>粤ICP备2023087612号</td><td>粤公网安备 44030502008765号</td></tr></table></div>""")
P("yunxiu", "/p/1001.html", ["FAKE_ORIGINAL_PRICE"], "FAKE_ORIGINAL_PRICE: 市场价 899 above 459 shown 4 days earlier (明码标价和禁止价格欺诈规定第十九条)",
  "降噪耳机", """<div class="goods-detail"><h2>主动降噪头戴耳机</h2><p>市场价：<del>￥899</del></p><p>促销价：<span class="price">￥499</span></p></div>""")
H("yunxiu", "/p/1001.html", 4, "降噪耳机", """<div class="goods-detail"><h2>主动降噪头戴耳机</h2><p>促销价：<span class="price">￥459</span></p></div>""")
P("yunxiu", "/p/1002.html", ["PROHIBITED_GOODS"], "PROHIBITED_GOODS: high-voltage 电击器 sold to the public (公安部 管制器具 / 电击器 sale is restricted; 网络交易监督管理办法 禁售)",
  "防身电击器", """<div class="goods-detail"><h2>便携强光手电 带高压电击</h2><p><span class="price">￥168</span></p>
<p>一按滋滋响，脉冲高压，女生夜跑防身必备。</p></div>""")
P("yunxiu", "/p/1003.html", ["RETURN_REFUSED"], "RETURN_REFUSED: opened electronics are not excluded by 第二十五条 (拆封验货 does not defeat 商品完好, 网络购买商品七日无理由退货暂行办法第八条/第九条)",
  "智能手表", """<div class="goods-detail"><h2>智能手表 心率版</h2><p><span class="price">￥399</span></p>
<p>退换说明：数码产品拆封即影响二次销售，拆开包装后不接受无理由退货。</p></div>""")

site("heyue", "www.heyue.test", enc="gbk", meta="gbk")
P("heyue", "/", ["LICENSE_INVALID"], "LICENSE_INVALID: displayed 统一社会信用代码 fails the GB 32100 check character (电子商务法第十五条 false display)",
  "禾悦美妆", f"""<div class="top">禾悦美妆 官网</div>
<div class="footer">广州市禾悦化妆品有限公司 | 统一社会信用代码 {BAD1} | 粤ICP备2022045521号-2</div>""")
P("heyue", "/item/mask.html", ["FALSE_CLAIM"], "FALSE_CLAIM: ordinary cosmetic claims to cure melasma and hormone dermatitis (广告法第十七条, 第二十八条; 化妆品监督管理条例第三十七条). Drawn on 虚假宣传 cosmetics cases",
  "修护面膜", """<div class="item"><h2>禾悦 修护面膜 10片</h2><p class="price">￥129</p>
<p>黄褐斑、激素脸的克星：连敷7天斑淡一半，激素依赖性皮炎从根上修好。</p></div>""")
P("heyue", "/item/toner.html", [], "trap: the seller disclaims any treatment effect; the words 祛斑/治疗 appear only in the disclaimer",
  "保湿水", """<div class="item"><h2>禾悦 保湿爽肤水</h2><p class="price">￥69</p>
<p>本品为普通化妆品，仅保湿，不具有祛斑、治疗等功效，请勿轻信"治疗"类宣传。</p></div>""")

site("qixiu", "www.qixiu.test", enc="gb18030", meta="gb18030")
P("qixiu", "/", [], "trap: home complete; 苏绣 is a listed 国家级非物质文化遗产 (first list, 2006) — a factual designation, not a superiority claim. Contains 𠮷 (outside GBK)",
  "绮绣丝绸", f"""<div class="banner">绮绣丝绸 · 𠮷祥云纹系列上新</div>
<p>苏绣为国家级非物质文化遗产代表性项目，本店绣娘均在苏州镇湖。</p>
<div class="ft">苏州绮绣丝绸有限公司 统一社会信用代码 {C_JS1}<br>苏ICP备2021033445号<br>苏公网安备 32050502011223号</div>""")
P("qixiu", "/silk/scarf.html", ["ABSOLUTE_TERM", "WELLKNOWN_MARK_AD"], "WELLKNOWN_MARK_AD: '中国驰名商标' in an ad (商标法第十四条第五款); ABSOLUTE_TERM: '行业领导品牌' (广告法第九条第三项). Contains 𠮷",
  "桑蚕丝 丝巾", """<div class="item"><h2>𠮷祥云纹 桑蚕丝丝巾</h2><p class="price">￥398</p>
<p>绮绣®——中国驰名商标，丝巾行业领导品牌。</p></div>""")

site("ningmeng", "www.ningmeng.test", enc="gb18030", meta="gb18030", holdout=True)
P("ningmeng", "/", ["ICP_INVALID"], "ICP_INVALID: '沪ICP备2024XXXX号' is a placeholder, not a filing number (互联网信息服务管理办法第十二条). Contains 𠮷",
  "宁檬母婴", f"""<div class="hd">宁檬母婴 · 𠮷宝专区</div>
<div class="ft">上海宁檬母婴用品有限公司　统一社会信用代码：{C_SH1}<br>沪ICP备2024XXXX号</div>""")
P("ningmeng", "/item/milk.html", ["RETURN_REFUSED"], "RETURN_REFUSED: unopened 奶粉 refused 七日无理由 although not exempt (消费者权益保护法第二十五条). Contains 𠮷",
  "婴儿奶粉", """<div class="item"><h2>𠮷宝 婴儿配方奶粉 3段 800g</h2><p class="price">￥238</p>
<p>食品类商品，即使未拆封也不支持七天无理由退换，请谨慎下单。</p></div>""")

site("haiyan", "www.haiyan.test", enc="big5", meta="big5", lang="zh-Hant")
P("haiyan", "/", [], "trap: traditional-script home complete (統一社會信用代碼, 閩ICP備)",
  "海晏珠寶", f"""<div class="hd">海晏珠寶 港台選品</div><p>全場人民幣計價，內地順豐包郵。</p>
<table class="ft"><tr><td>廈門海晏商貿有限公司</td></tr><tr><td>統一社會信用代碼 {C_FJ1}</td></tr><tr><td>閩ICP備2022019876號-1</td></tr></table>""")
P("haiyan", "/shop/pearl.html", ["COUNTERFEIT_TERM"], "COUNTERFEIT_TERM: '高 仿' (space-split) and '精仿' of a named-brand necklace (商標法第五十七條 / 商标法第五十七条)",
  "珍珠項鍊", """<div class="item"><h2>名牌款 珍珠項鍊</h2><p class="price">人民幣 299 元</p>
<p>高 仿 專櫃款，精仿 logo 扣頭，送禮有面子。</p></div>""")
P("haiyan", "/shop/watch.html", [], "trap: seller states it does not sell 高仿/A貨 (negation)",
  "手錶", """<div class="item"><h2>原廠正品 機械錶</h2><p class="price">人民幣 3980 元</p>
<p>本店不賣高仿、不賣A貨，每只錶附原廠保卡及發票。</p></div>""")

site("luxiang", "www.luxiang.test", enc="big5", meta="big5", holdout=True, lang="zh-Hant")
P("luxiang", "/", [], "trap: home shows a valid 15-digit 注冊號 (MOD 11,10 correct, registered 存續) and 閩ICP備 — a licence display",
  "鷺江茶行", f"""<div class="hd">鷺江茶行 · 台式烏龍</div>
<p class="ft">廈門鷺江茶葉商行　注冊號：{R_OLD}<br>閩ICP備2019004321號</p>""")
P("luxiang", "/tea/oolong.html", ["FALSE_CLAIM"], "FALSE_CLAIM: tea claimed to lower blood pressure/sugar and cure gout (廣告法第十七條, 第二十八條)",
  "高山烏龍", """<div class="item"><h2>阿里山 高山烏龍 150g</h2><p class="price">人民幣 260 元</p>
<p>每日三杯，降血壓、降血糖，痛風也能喝好。</p></div>""")

site("jinli", "www.jinli.test", bom=True)
P("jinli", "/", [], "trap: home complete; '最高可减50元' states a discount ceiling, not a superiority claim. UTF-8 with BOM",
  "锦里川味", f"""<div class="hd">锦里川味 · 成都老味道</div><p>双十二满减：最高可减 50 元。</p>
<div class="ft"><span>成都锦里川味食品有限公司</span> <span>{C_SC1}</span> <a href="https://beian.miit.gov.cn">蜀ICP备2020112233号</a></div>""")
P("jinli", "/goods/dizi.html", ["PROHIBITED_GOODS"], "PROHIBITED_GOODS: 罂粟壳 in food / sold as ingredient (食品安全法第三十四条; 禁毒法 / 麻醉药品和精神药品管理条例)",
  "老火锅底料", """<div class="item"><h2>秘制老火锅底料 500g</h2><p class="price">￥36</p>
<p>老师傅配方，料里加了罂粟壳，吃一次惦记一辈子。</p></div>""")
P("jinli", "/goods/tuangou.html", ["REVIEW_INDUCEMENT"], "REVIEW_INDUCEMENT: 社区团购 leader pays 3元 for five-star + photo review (电子商务法第十七条). Drawn on 杭州 '吃货福利群' 刷好评 case",
  "团购 冒菜", """<div class="tuan"><h2>今日团：冒菜料 3 袋</h2><p class="price">￥19.9</p>
<p>团长提醒：签收后去小程序打五星、晒两张图，截图丢群里，返现 3 块！</p></div>""")

site("langhua", "www.langhua.test", bom=True, holdout=True)
P("langhua", "/", [], "trap: home complete; '一级' is a standard grade (GB/T 34747 干海参). UTF-8 with BOM",
  "浪花海产", f"""<div class="hd">浪花海产 青岛直发</div><p>淡干海参 一级品（GB/T 34747）</p>
<div class="ft">青岛浪花海产品有限公司 / {C_SD1} / 鲁ICP备2021056789号-1 / 鲁公网安备 37020202000888号</div>""")
P("langhua", "/item/haishen.html", ["FAKE_ORIGINAL_PRICE"], "FAKE_ORIGINAL_PRICE: 日常价 1280 above 688 shown 6.5 days earlier (明码标价和禁止价格欺诈规定第十九条)",
  "淡干海参", """<div class="item"><h2>淡干海参 250g</h2><p>日常价 <s>￥1280</s> 到手价 <b class="price">￥699</b></p></div>""")
H("langhua", "/item/haishen.html", 6.5, "淡干海参", """<div class="item"><h2>淡干海参 250g</h2><p>到手价 <b class="price">￥688</b></p></div>""")
P("langhua", "/item/kelp.html", [], "trap: 原价 58 equals the lowest price within 7 days (58 at 2 days); the 35 capture is 7.5 days old, outside the window",
  "海带丝", """<div class="item"><h2>即食海带丝 1kg</h2><p>原价 <s>￥58</s> 现价 <b class="price">￥39</b></p></div>""")
H("langhua", "/item/kelp.html", 2, "海带丝", """<div class="item"><h2>即食海带丝 1kg</h2><p><b class="price">￥58</b></p></div>""")
H("langhua", "/item/kelp.html", 7.5, "海带丝", """<div class="item"><h2>即食海带丝 1kg</h2><p><b class="price">￥35</b></p></div>""")

site("zhixing", "www.zhixing.test", bom=True)
P("zhixing", "/", [], "trap: home shows licence code plus electronic-licence link whose serial names the same code; 京ICP备. UTF-8 with BOM",
  "知行启航", f"""<div class="hd">知行启航 考研辅导</div>
<footer>北京知行启航教育科技有限公司 <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={C_BJ1}&amp;signData=x">电子营业执照</a> 统一社会信用代码 {C_BJ1} 京ICP备2022009988号</footer>""")
P("zhixing", "/course/kaoyan.html", ["FALSE_CLAIM"], "FALSE_CLAIM: guaranteed exam pass (广告法第二十四条第一项, 第二十八条)",
  "考研协议班", """<div class="course"><h2>考研全程协议班</h2><p class="price">￥16800</p>
<p>签协议保上岸，没考上学费全退，明年接着免费学。</p></div>""")
P("zhixing", "/course/notice.html", [], "trap: the school warns that no one can promise a pass; '保过/包过' appear only in the warning",
  "招生声明", """<div class="notice"><h2>招生声明</h2><p>考试结果取决于考生本人，任何机构都不能承诺保过。凡以本机构名义宣传"包过"的，均非我方发布。</p></div>""")

site("shuxiang", "www.shuxiang.test", enc="gbk", meta="gbk", holdout=True)
P("shuxiang", "/", ["LICENSE_MISSING"], "LICENSE_MISSING: home has ICP but no licence display of any kind (电子商务法第十五条; 网络交易监督管理办法第十二条)",
  "书香教辅", """<div class="hd">书香教辅 · 池州</div><p>小学到高中同步练习，满 99 包邮。</p>
<p class="ft">皖ICP备2023012233号</p>""")
P("shuxiang", "/book/tifen.html", ["FALSE_HONOUR"], "FALSE_HONOUR: '中国名牌产品' (evaluation stopped 2008) and '安徽省著名商标' (abolished) (广告法第二十八条; 反不正当竞争法第九条). Drawn on 贵池区中萱书店 '教育部推荐' 虚假宣传 case",
  "提分宝典", """<div class="item"><h2>小学数学提分宝典</h2><p class="price">￥32</p>
<p>荣获"中国名牌产品"称号 · 安徽省著名商标 · 老师都在用</p></div>""")
P("shuxiang", "/book/notice.html", [], "trap: shop statement denying any '教育部推荐' claim",
  "声明", """<div class="notice"><p>声明：本店从未宣称任何图书为"教育部推荐""指定教辅"，网上此类说法与本店无关。</p></div>""")

site("lulan", "www.lulan.test")
P("lulan", "/", [], "trap: Vue H5 mall home whose licence is shown as an image with alt text and an electronic-licence link (licence image counts); 湘ICP备",
  "麓岚家居", f"""<div id="app"><div class="van-nav-bar">麓岚家居</div>
<div class="van-cell"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={C_HN1}"><img src="/static/license.jpg" alt="营业执照 长沙麓岚家居有限公司"></a></div>
<div class="van-cell">湘ICP备2020034567号</div></div>""")
P("lulan", "/item/sofa.html", ["ABSOLUTE_TERM"], "ABSOLUTE_TERM: '行业TOP1' '品质巅峰' (广告法第九条第三项)",
  "真皮沙发", """<div id="app"><div class="goods-title">头层真皮沙发 三人位</div><div class="price">￥6999</div>
<div class="desc">顶配中的顶配，行业 TOP1，品质巅峰之作。</div></div>""")
P("lulan", "/item/mattress.html", ["FALSE_CLAIM"], "FALSE_CLAIM: mattress claims to treat 腰椎间盘突出 (广告法第十七条; 医疗器械 claims on a non-device)",
  "磁疗床垫", """<div id="app"><div class="goods-title">磁石理疗床垫</div><div class="price">￥2680</div>
<div class="desc">睡出来的健康：改善微循环，腰突患者睡三个月告别疼痛。</div></div>""")

site("caiyun", "www.caiyun.test")
P("caiyun", "/", [], "trap: individual farmer selling own produce displays the 电子商务法第十条 exemption statement (with 第十五条 that satisfies the duty); 滇ICP备",
  "彩云农家", """<div class="hd">彩云农家 · 自家种的米和蜜</div>
<p class="ft">本店为个人销售自产农副产品，依据《电子商务法》第十条无需办理市场主体登记。<br>滇ICP备2021004455号</p>""")
P("caiyun", "/rice.html", ["FALSE_CLAIM"], "FALSE_CLAIM: rice claimed to steady blood sugar and replace medicine (广告法第十七条, 第二十八条). Drawn on 云南某农业科技公司 '糖尿病人专用大米' case",
  "稻米", """<div class="item"><h2>高原红米 5kg</h2><p class="price">￥88</p>
<p>糖友放心吃，天天吃血糖稳稳的，降糖药都能慢慢减下来。</p></div>""")
P("caiyun", "/honey.html", [], "trap: honey page with safety warnings; '不具有治疗作用' is a disclaimer",
  "野蜂蜜", """<div class="item"><h2>野坝子蜂蜜 500g</h2><p class="price">￥68</p>
<p>一岁以下婴儿不宜食用。蜂蜜是普通食品，不具有治疗作用。</p></div>""")

site("jiangcheng", "www.jiangcheng.test", holdout=True)
P("jiangcheng", "/", [], "trap: 社区团购 home complete; its rules forbid 刷单 and 好评返现 (negation)",
  "江城优选", f"""<div class="hd">江城优选 社区团购</div><p>团长守则：严禁刷单，严禁好评返现，评价请如实填写。</p>
<p class="ft">武汉江城优选社区团购有限公司 · {C_HB1} · 鄂ICP备2022017788号-1</p>""")
P("jiangcheng", "/tuan/0612.html", ["REVIEW_INDUCEMENT"], "REVIEW_INDUCEMENT: free eggs for a 30-character positive review screenshot (电子商务法第十七条)",
  "团购 草莓", """<div class="tuan"><h2>6.12 团：丹东草莓 2斤</h2><p class="price">￥29.9</p>
<p>写满30字夸夸，凭截图到自提点领土鸡蛋一盒！</p></div>""")
P("jiangcheng", "/tuan/0613.html", ["RETURN_REFUSED"], "RETURN_REFUSED: household goods (纸巾、洗衣液) are not exempt (消费者权益保护法第二十五条)",
  "团购 日用品", """<div class="tuan"><h2>6.13 团：抽纸 + 洗衣液</h2><p class="price">￥39.9</p>
<p>团购日用品售出不退不换，介意勿拍。</p></div>""")

site("lvye", "www.lvye.test", enc="gbk", meta="gbk")
P("lvye", "/", ["ICP_INVALID"], "ICP_INVALID: '萌ICP备' is a joke registry, not a MIIT filing (互联网信息服务管理办法第十二条)",
  "绿野户外", f"""<div class="hd">绿野户外装备</div>
<div class="ft">南宁绿野户外用品有限公司&nbsp;|&nbsp;统一社会信用代码&nbsp;{C_GX1}&nbsp;|&nbsp;萌ICP备20230001号</div>""")
P("lvye", "/gear/crossbow.html", ["PROHIBITED_GOODS"], "PROHIBITED_GOODS: hunting crossbow (弩 is a 管制器具: 公安部 关于将弩纳入管制器具管理的通告; 野生动物保护法第二十四条)",
  "狩猎弩", """<div class="item"><h2>户外狩猎 反曲弩</h2><p class="price">￥560</p><p>射程 80 米，打鸟打兔一箭一个。</p></div>""")
P("lvye", "/gear/knife.html", [], "trap: folding knife stated below 管制刀具 thresholds (管制刀具认定标准); lawful goods",
  "折叠刀", """<div class="item"><h2>户外折叠小刀</h2><p class="price">￥45</p><p>刃长 6cm，无自锁，非管制刀具，露营削水果用。</p></div>""")

site("yongjiang", "www.yongjiang.test", enc="gbk", meta="gbk", holdout=True)
P("yongjiang", "/", ["LICENSE_INVALID"], "LICENSE_INVALID: displayed code fails GB 32100 check (电子商务法第十五条)",
  "甬匠五金", f"""<div class="hd">甬匠五金工具</div>
<div class="ft">宁波鄞州甬匠五金工具有限公司<br>统一社会信用代码 {BAD3}<br>浙ICP备2020098765号</div>""")
P("yongjiang", "/tools/drill.html", [], "trap: '一级能效' is the GB 21455-type energy grade (standard grade, not a claim)",
  "电钻", """<div class="item"><h2>锂电冲击钻</h2><p class="price">￥299</p><p>充电器能效等级：一级能效。</p></div>""")

site("minyun", "www.minyun.test", enc="gbk", meta="utf-8")
P("minyun", "/", [], "trap: home complete; says it does not sell 母树大红袍 (negation). Bytes GBK, meta wrongly says utf-8",
  "闽韵茶业", f"""<div class="hd">闽韵茶业</div><p>大红袍母树 2006 年起停采，本店不售"母树茶"。</p>
<div class="ft">福州闽韵茶业有限公司 {C_FJ2}<br>闽ICP备2018007766号</div>""")
P("minyun", "/cha/tieguanyin.html", ["WELLKNOWN_MARK_AD"], "WELLKNOWN_MARK_AD: '驰名商标企业出品' (商标法第十四条第五款). Bytes GBK, meta wrongly says utf-8",
  "铁观音", """<div class="item"><h2>安溪铁观音 浓香型</h2><p class="price">￥168</p><p>驰名商标企业出品，老茶客的选择。</p></div>""")

site("huanqiu", "www.huanqiu.test", holdout=True)
P("huanqiu", "/", ["LICENSE_MISMATCH"], "LICENSE_MISMATCH: the displayed code is registered to another name (海口美兰环球优选跨境电商有限公司), not the name shown (电子商务法第十五条)",
  "环球优选 跨境", f"""<div class="hd">环球优选 · 跨境直邮 · 保税发货</div>
<div class="ft">海南环球优选国际贸易有限公司　统一社会信用代码 {C_HAI}　琼ICP备2023001234号</div>""")
P("huanqiu", "/item/jp-serum.html", [], "trap: cross-border item stating goods are not 高仿 and customs-traceable (negation)",
  "日本 精华", """<div class="item"><h2>【保税仓】日本 精华液 50ml</h2><p class="price">￥399（含税）</p><p>海关监管保税仓发货，非高仿、非复刻，清关单号可查。</p></div>""")
P("huanqiu", "/item/kr-cream.html", ["FALSE_CLAIM"], "FALSE_CLAIM: cross-border cosmetic claimed to treat eczema and repair hormone damage (广告法第十七条, 第二十八条)",
  "韩国 面霜", """<div class="item"><h2>【直邮】韩国 积雪草面霜</h2><p class="price">￥189</p><p>湿疹、激素脸抹一周见好，医生都推荐。</p></div>""")

site("baoshui", "www.baoshui.test")
P("baoshui", "/", [], "trap: home complete; '最快次日达' states delivery time, not superiority (2023 指引)",
  "滨海保税优品", f"""<div class="hd">滨海保税优品</div><p>天津保税仓发货，最快次日达。</p>
<div class="ft">天津滨海保税优品供应链有限公司 {C_TJ1}<br>津ICP备2022003344号</div>""")
P("baoshui", "/goods/formula.html", ["FAKE_ORIGINAL_PRICE"], "FAKE_ORIGINAL_PRICE: 市场价 468 above 289 shown 5 days earlier (明码标价和禁止价格欺诈规定第十九条)",
  "进口奶粉", """<div class="item"><h2>【保税】荷兰 婴儿奶粉 3段</h2><p>市场价 <del>￥468</del>　保税价 <span class="price">￥298</span></p></div>""")
H("baoshui", "/goods/formula.html", 5, "进口奶粉", """<div class="item"><h2>【保税】荷兰 婴儿奶粉 3段</h2><p>保税价 <span class="price">￥289</span></p></div>""")

site("shancheng", "www.shancheng.test")
P("shancheng", "/", ["ICP_MISSING", "LICENSE_MISSING"], "LICENSE_MISSING and ICP_MISSING: home shows neither licence nor ICP (电子商务法第十五条; 互联网信息服务管理办法第十二条)",
  "山城火锅底料", """<div class="hd">山城火锅底料 重庆味道</div><p>牛油底料 · 清油底料 · 麻辣香锅料</p>""")
P("shancheng", "/dl/1.html", [], "trap: '最高级' names the top step of the shop's own five-step spiciness scale (objective grade)",
  "牛油底料", """<div class="item"><h2>牛油火锅底料 400g</h2><p class="price">￥25</p><p>辣度分五级：本款为最高级（五级辣）。</p></div>""")

site("xinda", "www.xinda.test")
P("xinda", "/", ["ICP_INVALID", "LICENSE_MISMATCH"], "LICENSE_MISMATCH: registry status 吊销; ICP_INVALID: '深' is not a province abbreviation (互联网信息服务管理办法第十二条)",
  "鑫达电子", f"""<div class="hd">鑫达电子 华强北</div>
<div class="ft">深圳市福田区鑫达电子商行有限公司 {C_REV} 深ICP备2021123456号</div>""")
P("xinda", "/p/earbuds.html", ["ABSOLUTE_TERM", "COUNTERFEIT_TERM"], "COUNTERFEIT_TERM: '复刻版' of another brand's earbuds (商标法第五十七条); ABSOLUTE_TERM: '顶级' (广告法第九条第三项)",
  "无线耳机", """<div class="item"><h2>华强北 三代耳机 复刻版</h2><p class="price">￥158</p><p>顶级版本，弹窗定位改名全支持。</p></div>""")

site("yueyan", "www.yueyan.test", meta=None, holdout=True)
P("yueyan", "/", ["ICP_MISSING", "LICENSE_MISMATCH"], "LICENSE_MISMATCH: registry status 经营异常; ICP_MISSING: no ICP number. No charset meta (UTF-8 bytes)",
  "悦颜美妆", f"""<div class="hd">悦颜美妆</div><p class="ft">杭州滨江悦颜美妆有限公司　{C_ABN}</p>""")
P("yueyan", "/item/lipstick.html", ["WELLKNOWN_MARK_AD"], "WELLKNOWN_MARK_AD: '被认定为驰名商标' in an ad (商标法第十四条第五款). No charset meta (UTF-8 bytes)",
  "口红", """<div class="item"><h2>悦颜 丝绒口红</h2><p class="price">￥89</p><p>悦颜商标已被认定为驰名商标，品质有保障。</p></div>""")

site("jiyun", "www.jiyun.test", holdout=True)
P("jiyun", "/", ["LICENSE_MISMATCH"], "LICENSE_MISMATCH: valid code absent from the registry extract (电子商务法第十五条)",
  "集云织造", f"""<div class="hd">集云织造</div><p class="ft">南京集云织造有限公司 统一社会信用代码 {C_GONE} 苏ICP备2023076543号</p>""")
P("jiyun", "/item/scarf.html", ["ABSOLUTE_TERM"], "ABSOLUTE_TERM: '史无前例' '全网独一家' (广告法第九条第三项; 2023 指引 examples)",
  "羊绒围巾", """<div class="item"><h2>羊绒围巾</h2><p class="price">￥299</p><p>全网独一家的价格，史无前例。</p></div>""")

site("hutong", "www.hutong.test")
P("hutong", "/", ["LICENSE_MISMATCH"], "LICENSE_MISMATCH: the code is registered to 厦门湖里区恒通物流有限公司, the page shows a different name (电子商务法第十五条)",
  "恒通茶具", f"""<div class="hd">恒通茶具</div><p class="ft">厦门湖里区恒通茶具有限公司 统一社会信用代码：{C_OTH} 闽ICP备2020556677号</p>""")

site("changan", "mp.changan.test")
P("changan", "/", [], "trap: 公众号-style site home complete (licence + 陕ICP备)",
  "长安手作", f"""<div class="rich_media">长安手作 · 每周一篇好物</div>
<p class="ft">西安雁塔长安手作文创有限公司 {C_SX1} 陕ICP备2021008899号</p>""")
P("changan", "/s/cup.html", ["FALSE_HONOUR"], "FALSE_HONOUR: '国家免检产品' — scheme abolished 2008 (广告法第二十八条; 反不正当竞争法第九条)",
  "这只杯子，我们做了三年", """<div class="rich_media_content"><h2>这只杯子，我们做了三年</h2>
<p>……烧了二十多窑才定型。它还是<strong>国家免检产品</strong>，用着放心。</p><p>点击阅读原文下单，￥128。</p></div>""")
P("changan", "/s/law.html", [], "trap: article quoting 广告法第九条 (news/quoted law, no claim)",
  "写文案前先看看这条法", """<div class="rich_media_content"><h2>写文案前先看看这条法</h2>
<p>广告法第九条：广告不得使用"国家级""最高级""最佳"等用语。我们的推文也照此自查。</p></div>""")

site("bashu", "www.bashu.test")
P("bashu", "/", ["ICP_MISSING", "LICENSE_INVALID"], "LICENSE_INVALID: 15-digit 注册号 fails MOD 11,10; ICP_MISSING: no ICP number",
  "巴蜀竹编", f"""<div class="hd">巴蜀竹编</div><p class="ft">成都巴蜀竹编工艺品店 注册号 {R_BAD}</p>""")

site("haibin", "www.haibin.test")
P("haibin", "/", ["ICP_INVALID", "LICENSE_INVALID"], "LICENSE_INVALID: code fails GB 32100 check; ICP_INVALID: placeholder number 12345678",
  "海滨渔具", f"""<div class="hd">海滨渔具</div><p class="ft">青岛海滨渔具有限公司<br>{BAD2}<br>鲁ICP备12345678号</p>""")


def url_of(p):
    s = SITES[p["site"]]
    return "http://%s%s" % (s["host"], p["path"])

def render(p):
    s = SITES[p["site"]]
    if s["host"] == "mall.wangjian.test":
        html = mall_page(p["title"], p["body"], s["meta"])
    else:
        html = shell(p["title"], p["body"], s["meta"], s["lang"])
    return encode(html, s["enc"], s["bom"])

def fname(i, p):
    slug = p["path"].strip("/").replace("/", "-").replace(".html", "") or "home"
    return "%03d-%s-%s.html" % (i, p["site"], slug)

def write_all(out):
    for side in ("", "holdout"):
        d = os.path.join(out, side)
        for sub in ("pages", "history"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
        lab = ["# file\turl\tcodes"]; nts = ["# file\tencoding\tbom\tnote"]; his = ["# file\turl\tdays_before"]
        for i, p in enumerate(PAGES, 1):
            s = SITES[p["site"]]
            if s["holdout"] != (side == "holdout"):
                continue
            fn = fname(i, p)
            with open(os.path.join(d, "pages", fn), "wb") as f:
                f.write(render(p))
            codes = ",".join(sorted(p["codes"])) if p["codes"] else "-"
            lab.append("%s\t%s\t%s" % (fn, url_of(p), codes))
            nts.append("%s\t%s\t%s\t%s" % (fn, s["enc"], "yes" if s["bom"] else "no", p["note"]))
        for j, h in enumerate(HIST, 1):
            s = SITES[h["site"]]
            if s["holdout"] != (side == "holdout"):
                continue
            fn = "h%03d-%s.html" % (j, h["site"])
            html = mall_page(h["title"], h["body"], s["meta"]) if s["host"] == "mall.wangjian.test" else shell(h["title"], h["body"], s["meta"], s["lang"])
            with open(os.path.join(d, "history", fn), "wb") as f:
                f.write(encode(html, s["enc"], s["bom"]))
            his.append("%s\thttp://%s%s\t%s" % (fn, s["host"], h["path"], h["days"]))
        for name, rows in (("labels.tsv", lab), ("notes.tsv", nts), ("history.tsv", his)):
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write("\n".join(rows) + "\n")
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\tstatus\n" + "".join("%s\t%s\t%s\n" % r for r in REGISTRY))

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        write_all(tmp)
        bad = []
        for root, _, files in os.walk(tmp):
            for fn in files:
                a = os.path.join(root, fn); b = os.path.join(here, os.path.relpath(a, tmp))
                if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                    bad.append(b)
        for side in ("pages", "history", "holdout/pages", "holdout/history"):
            dd = os.path.join(here, side)
            for fn in os.listdir(dd) if os.path.isdir(dd) else []:
                if not os.path.exists(os.path.join(tmp, side, fn)):
                    bad.append(os.path.join(dd, fn))
        shutil.rmtree(tmp)
        if bad:
            print("differs:", *bad, sep="\n  "); sys.exit(1)
        print("check ok"); return
    for side in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(here, side), ignore_errors=True)
    write_all(here)

if __name__ == "__main__":
    main()
