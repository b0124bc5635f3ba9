#!/usr/bin/env python3
"""corpus7/n: every page and its label written by hand below. python3 gen.py [--check]"""
import os, sys, shutil, tempfile, filecmp
from lib import (uscc, regno, bad_last, platform_page, shop_head, plain_page, encode)

MALL = "http://mall.wangjian.test"
# ---- companies (codes from hand-chosen division + organisation codes) ----
C = {
 "plat": uscc("91", "330100", "MA27WJ01"),
 "lux": uscc("91", "440300", "MA5FQ2K7"),      # 深圳 寄卖
 "spt": uscc("91", "350582", "MA32RT05"),      # 晋江 运动
 "mz": uscc("91", "310115", "MA1H8K3C"),       # 上海 美妆
 "toy_reg": regno("33020000012345"),            # 宁波 old 注册号 (valid base)
 "jf": uscc("91", "320582", "MA1N6D2B"),       # 张家港 家纺 (吊销)
 "sm": uscc("91", "440304", "MA5G0P1X"),       # 深圳福田 数码
 "cp": uscc("91", "330782", "MA2EC8Q1"),       # 义乌 服装
 "km": uscc("92", "330481", "MA2BXK7L"),       # 海宁 个体户 童装
 "km_other": uscc("92", "330481", "MA2BXK9T"), # another 个体户 (zzlz serial)
 "kids9": uscc("91", "410105", "MA46JR2W"),    # 郑州 母婴 (holdout shop)
 "s10": uscc("91", "510107", "MA6CH3U4"),      # 成都 数码 holdout shop
 "gs": uscc("91", "440101", "MA59TL6N"),       # 广州 港式寄卖 big5
 "hzjf": uscc("91", "330110", "MA27QX3D"),     # 杭州余杭 家纺 gbk
 "nbtoy": uscc("91", "330212", "MA2GT0A8"),    # 宁波 玩具 gb18030
 "szp": uscc("91", "440307", "MA5DUP4R"),      # 深圳龙岗 手机
 "my": uscc("91", "310112", "MA1GBR7E"),       # 上海 美妆 H5
 "tws": uscc("91", "350206", "MA31YF8K"),      # 厦门 运动鞋 big5
 "jx": uscc("91", "360102", "MA35LE9Q"),       # 南昌 家具 gbk
 "fs": uscc("92", "440604", "MA4W2H5J"),       # 佛山 (trap site; 个体)
 "wx_fake": uscc("91", "420106", "MA4K7P2T"),  # 武汉 — NOT in registry
 "hkd": uscc("91", "440304", "MA5H2W8C"),      # 深圳 港版数码 (registry name differs)
 "cs": uscc("91", "430104", "MA4QRU5D"),       # 长沙 家纺2 gbk
}
REGISTRY = [
 (C["plat"], "杭州网剑网络科技有限公司", "存续"),
 (C["lux"], "深圳市臻品寄卖科技有限公司", "存续"),
 (C["spt"], "晋江市跃步体育用品有限公司", "存续"),
 (C["mz"], "上海颜究所化妆品有限公司", "存续"),
 (C["jf"], "张家港市暖眠家纺有限公司", "吊销"),
 (C["sm"], "深圳市焕新数码科技有限公司", "存续"),
 (C["cp"], "义乌市潮派服饰有限公司", "存续"),
 (C["km"], "海宁市许巷小猫童装店", "存续"),
 (C["km_other"], "海宁市长安镇衣橱服装店", "存续"),
 (C["kids9"], "郑州贝贝乐母婴用品有限公司", "存续"),
 (C["s10"], "成都市蓉数通讯器材有限公司", "存续"),
 (C["gs"], "广州港尚名品寄卖有限公司", "存续"),
 (C["hzjf"], "杭州云眠家纺有限公司", "存续"),
 (C["nbtoy"], "宁波乐童玩具有限公司", "经营异常"),
 (C["szp"], "深圳市机友通讯有限公司", "存续"),
 (C["my"], "上海美妍日化有限公司", "存续"),
 (C["tws"], "厦门市步云鞋业有限公司", "存续"),
 (C["jx"], "南昌木语家居有限公司", "存续"),
 (C["hkd"], "深圳市港数通电子有限公司", "存续"),
 (C["cs"], "长沙市棉语家纺有限公司", "存续"),
]
SITES = []  # each: dict(host, hold, pages=[...], hist=[...])


def site(host, hold):
    s = {"host": host, "hold": hold, "pages": [], "hist": []}
    SITES.append(s)
    return s


def P(s, name, path, html, codes, note, enc="utf-8", bom=False):
    s["pages"].append(dict(name=name, url="http://%s%s" % (s["host"], path), html=html,
                           codes=codes, note=note, enc=enc, bom=bom))


def H(s, name, path, days, html, enc="utf-8"):
    s["hist"].append(dict(name=name, url="http://%s%s" % (s["host"], path), days=days, html=html, enc=enc))


def item(title, body, charset="utf-8"):
    return platform_page(title, '<div class="item-main">\n<h1 class="item-title">%s</h1>\n%s\n</div>' % (title, body), charset)


def shop(name, head, body):
    return platform_page(name, head + "\n" + body)


# ======================= platform shops (mall.wangjian.test) =======================
M = "mall.wangjian.test"
# ---- S1 臻品寄卖 (main): luxury second-hand, 鉴定/寄卖/回收 ----
s = site(M, False)
P(s, "001-lux-shop-home", "/shop/zhenpin-jimai/", shop("臻品寄卖 二手奢侈品", shop_head("臻品寄卖二手奢侈品店",
  '<dl class="shop-license"><dt>营业执照信息</dt><dd>企业名称：深圳市臻品寄卖科技有限公司</dd>'
  '<dd>统一社会信用代码：%s</dd><dd>经营范围：二手商品销售；寄卖服务；旧货回收</dd></dl>' % C["lux"], "mark"),
  '<div class="notice">本店只做正品二手，每件均经中检/第三方鉴定，<b>拒收高仿、A货</b>，发现即报警。</div>'
  '<ul class="cats"><li>箱包</li><li>腕表</li><li>珠宝</li><li>寄卖入口</li><li>回收估价</li></ul>'),
  "-", "trap: 高仿/A货 appear only in a refusal (拒收); licence in <dl class=shop-license> with a 存续 code; mall-mark present")
P(s, "002-lux-item-bag", "/item/zp10021.html", item("【95新】LV Neverfull 中号 老花托特包 寄卖",
  '<div class="price-box"><span class="price">￥6,980</span></div>\n'
  '<table class="spec"><tr><th>成色</th><td>95新(轻微使用痕迹)</td></tr><tr><th>鉴定</th><td>中检鉴定，附证书；假一赔三</td></tr>'
  '<tr><th>码数</th><td>M40995</td></tr><tr><th>附件</th><td>防尘袋、购物小票复印件</td></tr></table>\n'
  '<div class="faq"><details><summary>会不会是高仿？</summary><p>不会。所有寄卖商品入库前双重鉴定，1:1 还原的仿品我们一眼能看出来，也从不收。</p></details></div>'),
  "-", "trap: 高仿 in a customer question answered with a refusal; 1:1 in a sentence about rejecting replicas; 95新 is a condition grade")
P(s, "003-lux-item-watch", "/item/zp10022.html", item("劳力士 日志型 36mm 腕表 寄卖 店长推荐",
  '<div class="price-box"><span class="price">￥39,800</span></div>\n'
  '<table class="spec"><tr><th>机芯</th><td>自动机械</td></tr><tr><th>版本</th><td>原单尾货 ZF厂 V3</td></tr>'
  '<tr><th>防水</th><td>100米</td></tr><tr><th>保卡</th><td>无</td></tr></table>\n<p>外观和专柜一致，懂的来。</p>'),
  "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 规格参数 版本 '原单尾货 ZF厂' names a replica factory version — 商标法 第五十七条")
P(s, "004-lux-item-huishou", "/item/zp10023.html", item("爱马仕 Picotin 18 菜篮子 回收后精选 转售",
  '<div class="price-box"><span class="price">￥18,600</span> <del class="price-old">划线价￥23,800</del></div>\n'
  '<p>本店回收、鉴定后上架，支持复检。到手价以页面为准。</p>'),
  "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 划线价 23800 above 18600 shown on this URL 3 days earlier — 明码标价和禁止价格欺诈规定 第十六条")
H(s, "zp10023-d3", "/item/zp10023.html", 3, item("爱马仕 Picotin 18 菜篮子 回收后精选 转售",
  '<div class="price-box"><span class="price">￥18,600</span></div>'))
H(s, "zp10023-d10", "/item/zp10023.html", 10, item("爱马仕 Picotin 18 菜篮子 回收后精选 转售",
  '<div class="price-box"><span class="price">￥23,800</span></div>'))

# ---- S2 跃步体育 (main): sport brand shop, no own licence ----
s = site(M, False)
P(s, "005-sport-shop-home", "/shop/yuebu-sport/", shop("跃步体育", shop_head("跃步体育专营店", "", "mark",
  '<span class="shop-score">描述 4.8 服务 4.9</span>'),
  '<div class="banner"><img src="/img/b1.jpg" alt="双十二 全场满300减40"></div><ul class="goods"><li>跑鞋</li><li>篮球鞋</li><li>运动服</li></ul>'),
  "LICENSE_MISSING", "LICENSE_MISSING: shop home shows no business-licence info of its own; the platform footer is the platform's — 电子商务法 第十五条")
P(s, "006-sport-item-sneaker", "/item/yb20011.html", item("AJ1 芝加哥 高帮篮球鞋 男女同款",
  '<div class="price-box"><span class="price">￥389</span></div>\n'
  '<div class="gallery"><img src="/img/aj1-1.jpg" alt="莆田纯原版本 细节对比"><img src="/img/aj1-2.jpg" alt="鞋标 钢印"></div>\n'
  '<p>质量放心，过验无压力。</p>'),
  "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: image alt '莆田纯原版本' on a ￥389 AJ1 — 商标法 第五十七条")
P(s, "007-sport-item-review", "/item/yb20012.html", item("李宁 速干运动T恤 男款",
  '<div class="price-box"><span class="price">￥79</span></div>\n'
  '<div class="reviews"><div class="rv"><p>穿着很舒服，尺码标准。</p><div class="seller-reply">商家回复：感谢亲的支持~ 带图追评后截图发给客服，可领无门槛5元红包哦</div></div></div>'),
  "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: 商家回复 offers a 5元红包 for a picture review — 电子商务法 第十七条; 反不正当竞争法")
P(s, "008-sport-item-retro", "/item/yb20013.html", item("Air Jordan 1 Retro High OG 官方复刻 正品行货",
  '<div class="price-box"><span class="price">￥1,399</span></div>\n'
  '<p>Retro 为品牌官方复刻系列（重新发售经典配色），授权经销，附购物发票，支持得物/识货查验。</p>'
  '<p>尺码比例 1:1 对照官方尺码表。</p>'),
  "-", "trap: 复刻 here is the brand's own Retro re-release sold with invoice, and 1:1 refers to a size chart; no counterfeit offered")

# ---- S3 颜究所 (main): cosmetics ----
s = site(M, False)
P(s, "009-mz-shop-home", "/shop/yanjiusuo/", shop("颜究所官方旗舰店", shop_head("颜究所官方旗舰店",
  '<div class="shop-license lic-img"><a href="/shop/yanjiusuo/license.html"><img src="/img/lic-yjs.jpg" alt="营业执照电子版"></a>'
  '<span>上海颜究所化妆品有限公司</span></div>', "mark"),
  '<div class="notice">温馨提示：敏感肌请先在耳后试用，最佳使用时间为晚间洁面后。</div>'),
  "-", "trap: licence shown as a linked licence image (a licence display per 第十五条 '链接标识'); 最佳使用时间 is a usage tip, exempt under the 2023 guideline")
P(s, "010-mz-item-sunscreen", "/item/yj30011.html", item("轻透隔离防晒乳 SPF50+ PA++++ 50ml",
  '<div class="price-box"><span class="price">￥128</span></div>\n'
  '<table class="spec"><tr><th>产品类别</th><td>特殊化妆品（防晒类）</td></tr><tr><th>注册证号</th><td>国妆特字G20230517</td></tr>'
  '<tr><th>功效</th><td>防晒</td></tr></table><p>SPF/PA 数值依据注册检验报告标注。</p>'),
  "-", "trap: 防晒 is a special-cosmetic efficacy claimed with its 国妆特字 registration — lawful under 化妆品监督管理条例 第十六条")
P(s, "011-mz-item-cream", "/item/yj30012.html", item("烟酰胺焕亮面霜 50g 普通备案",
  '<div class="price-box"><span class="price">￥89</span></div>\n'
  '<table class="spec"><tr><th>备案编号</th><td>沪G妆网备字2024012345</td></tr><tr><th>功效</th><td>保湿 提亮</td></tr></table>\n'
  '<div class="faq"><details><summary>能去斑吗？</summary><p>能！坚持用28天黄褐斑、老年斑明显变淡，还能消炎祛痘，比药膏还管用。</p></details></div>'),
  "FALSE_CLAIM", "FALSE_CLAIM: FAQ claims 祛斑 (a special-cosmetic efficacy without 注册证) and 消炎 (medical) for an ordinary cosmetic — 广告法 第十七条, 第二十八条; 化妆品监督管理条例 第十六条")
P(s, "012-mz-item-shampoo", "/item/yj30013.html", item("生姜防脱洗发水 500ml",
  '<div class="price-box"><span class="price">￥59.9</span></div>\n'
  '<table class="spec"><tr><th>品牌</th><td>姜韵（中国驰名商标）</td></tr><tr><th>产品类别</th><td>普通化妆品 清洁类</td></tr></table>\n'
  '<p>30天头顶长出新发，脂溢性脱发专用，告别秃顶。</p>'),
  "FALSE_CLAIM,WELLKNOWN_MARK_AD", "FALSE_CLAIM: 长出新发/脂溢性脱发专用 — hair-growth and disease claims for a 清洁类 cosmetic, 广告法 第十七条; WELLKNOWN_MARK_AD: '中国驰名商标' in the spec table — 商标法 第十四条第五款")

# ---- S4 乐贝玩具 (main): toys, old 注册号 with wrong check digit ----
s = site(M, False)
P(s, "013-toy-shop-home", "/shop/lebei-toys/", shop("乐贝玩具", shop_head("乐贝玩具母婴店",
  '<p class="shop-license">营业执照注册号：%s　宁波市乐贝玩具有限公司</p>' % bad_last(C["toy_reg"]), "mark"),
  '<ul class="goods"><li>积木</li><li>童车</li><li>早教机</li></ul>'),
  "LICENSE_INVALID", "LICENSE_INVALID: displayed 15-digit 注册号 fails its MOD 11,10 check digit — 电子商务法 第十五条 (false display)")
P(s, "014-toy-item-car", "/item/lb40011.html", item("儿童电动车 四轮遥控 可坐人 3C认证",
  '<div class="price-box"><span class="price">￥699</span></div>\n'
  '<ul class="honor"><li>CCC 证书编号：2023011601234567</li><li>国家免检产品 质量信得过</li></ul>'),
  "FALSE_HONOUR", "FALSE_HONOUR: 国家免检产品 — the 免检 scheme was abolished in 2008, the honour cannot be true — 广告法 第二十八条")
P(s, "015-toy-item-blocks", "/item/lb40012.html", item("大颗粒积木 120块 益智拼插",
  '<div class="price-box"><span class="price">￥69</span></div>\n'
  '<table class="spec"><tr><th>最佳年龄</th><td>3-6岁</td></tr><tr><th>执行标准</th><td>GB 6675-2014</td></tr><tr><th>3C</th><td>2022011606345678</td></tr></table>\n'
  '<p>警告：含小零件，不适合3岁以下儿童。</p>'),
  "-", "trap: 最佳年龄 is a use recommendation, not a superiority claim (2023 guideline: tips); a warning label")
P(s, "016-toy-item-fanxian", "/item/lb40013.html", item("早教故事机 婴儿音乐玩具",
  '<div class="price-box"><span class="price">￥129</span></div>\n'
  '<div class="act-rules"><h3>活动规则</h3><ol><li>下单立减10元</li><li>确认收货后给5星+15字+3张图，联系客服返3元</li></ol></div>'),
  "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: 活动规则 pays 3元 for a five-star review with pictures — 电子商务法 第十七条")

# ---- S5 暖眠家纺 (main): licence of a revoked company ----
s = site(M, False)
P(s, "017-jf-shop-home", "/shop/nuanmian/", shop("暖眠家纺", shop_head("暖眠家纺工厂店",
  '<table class="shop-license"><tr><td>公司</td><td>张家港市暖眠家纺有限公司</td></tr><tr><td>信用代码</td><td>%s</td></tr></table>' % C["jf"], "mark"),
  '<p>源头工厂 直发全国</p>'),
  "LICENSE_MISMATCH", "LICENSE_MISMATCH: the displayed code's registry status is 吊销 — 电子商务法 第十五条; 网络交易监督管理办法 第十二条")
P(s, "018-jf-item-pillow", "/item/nm50011.html", item("泰国天然乳胶枕 护颈枕",
  '<div class="price-box"><span class="price">￥99</span></div>\n'
  '<div class="detail"><img src="/img/p1.jpg" title="专治颈椎病 睡一晚改善失眠"><p>高低枕设计，回弹好。</p></div>'),
  "FALSE_CLAIM", "FALSE_CLAIM: image title claims the pillow 专治颈椎病/改善失眠 — disease claims for a non-medical good, 广告法 第十七条")
P(s, "019-jf-item-quilt", "/item/nm50012.html", item("桑蚕丝被 春秋被 100%蚕丝",
  '<div class="price-box"><span class="price">￥459</span></div>\n'
  '<div class="brand"><img src="/img/logo.png" alt="暖眠" title="暖眠 中国驰名商标 品质保证"></div>'),
  "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: '中国驰名商标' in the logo's title attribute — 商标法 第十四条第五款")
P(s, "020-jf-item-sheet", "/item/nm50013.html", item("A类 婴幼儿纯棉四件套",
  '<div class="price-box"><span class="price">￥239</span></div>\n'
  '<table class="spec"><tr><th>安全类别</th><td>GB 18401-2010 A类（婴幼儿用品）</td></tr><tr><th>质量等级</th><td>一等品</td></tr><tr><th>支数</th><td>60支</td></tr></table>'),
  "-", "trap: A类 and 一等品 are standard grades (GB 18401, product grade), not A货 or a superiority claim")

# ---- S6 焕新数码 (main): refurbished phones; no mall-mark, invalid code ----
s = site(M, False)
P(s, "021-sm-shop-home", "/shop/huanxin-3c/", shop("焕新数码", shop_head("焕新数码 官换机专营", 
  '<div class="shop-license">深圳市焕新数码科技有限公司 统一社会信用代码 %s</div>' % bad_last(C["sm"]), "none"),
  '<p>官换机 / 国行 / 港版 / 展示机 一站购齐</p>'),
  "LICENSE_INVALID,MARK_MISSING", "LICENSE_INVALID: displayed code fails the GB 32100 check character; MARK_MISSING: no element with class mall-mark (only a 金牌卖家 badge) — 电子商务法 第十五条; platform 亮标 rule")
P(s, "022-sm-item-guanhuan", "/item/hx60011.html", item("iPhone 15 官换机 128G 国行",
  '<div class="price-box"><span class="price">￥4,199</span></div>\n'
  '<div class="faq"><details><summary>可以七天无理由吗？</summary><p>本店所有机器一经售出不支持七天无理由退换，只保修。</p></details></div>'),
  "RETURN_REFUSED", "RETURN_REFUSED: phones are outside 第二十五条's exemptions; the FAQ refuses all 7-day returns — 消费者权益保护法 第二十五条")
P(s, "023-sm-item-hk", "/item/hx60012.html", item("iPhone 15 Pro 港版 双卡 256G",
  '<div class="price-box"><span class="price">￥6,299</span> <span class="price-orig">日常价 <s>￥7,299</s></span></div>'),
  "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 日常价 7299 above 6499 (2 days) and 6299 (5 days) shown on this URL — 明码标价和禁止价格欺诈规定 第十六条")
H(s, "hx60012-d2", "/item/hx60012.html", 2, item("iPhone 15 Pro 港版 双卡 256G", '<div class="price-box"><span class="price">￥6,499</span></div>'))
H(s, "hx60012-d5", "/item/hx60012.html", 5, item("iPhone 15 Pro 港版 双卡 256G", '<div class="price-box"><span class="price">￥6,299</span></div>'))
P(s, "024-sm-item-demo", "/item/hx60013.html", item("华为 Mate 60 展示机 9成新",
  '<div class="price-box"><span class="price">￥2,899</span></div>\n'
  '<p>展示机为门店柜台样机，屏幕有轻微使用痕迹。</p><p class="warn">谨防高仿机、拼装机！本店每台可查 IMEI 与激活日期。</p>'),
  "-", "trap: 高仿 in a warning against replicas; 展示机 is a lawful used-goods disclosure")
P(s, "025-sm-item-cam", "/item/hx60014.html", item("微型无线摄像头 纽扣式 隐蔽拍摄",
  '<div class="price-box"><span class="price">￥158</span></div>\n'
  '<p>针孔镜头可藏于纽扣、插座内，远程实时查看，对方完全察觉不到。</p>'),
  "PROHIBITED_GOODS", "PROHIBITED_GOODS: pinhole covert camera marketed for concealment — 窃照专用器材, banned (禁止非法生产销售使用窃听窃照专用器材和伪基站设备的规定)")

# ---- S7 潮派服饰 (main): counterfeit notice on home; mall-mark hidden ----
s = site(M, False)
P(s, "026-cp-shop-home", "/shop/chaopai/", shop("潮派服饰", shop_head("潮派服饰 大牌同源",
  '<div class="shop-license"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091145629891590&amp;signData=MEUCIQ">'
  '<img src="/img/gsxt.png" alt="电子营业执照"></a> 义乌市潮派服饰有限公司</div>' % C["cp"],
  '<span class="mall-mark" style="display:none">网剑商城认证店铺</span>'),
  '<div class="notice">本店主营<span>超</span><span>A</span>、<span>精</span><span>仿</span>大牌，和正品对比无差别，支持专柜验货。</div>'),
  "COUNTERFEIT_TERM,MARK_MISSING", "COUNTERFEIT_TERM: 公告 offers 超A/精仿 (split per character across spans) — 商标法 第五十七条; MARK_MISSING: the mall-mark element is display:none, so not displayed; the zzlz serial names the shown company's own code (no mismatch)")
P(s, "027-cp-item-bag", "/item/cp70011.html", item("顶级复刻 经典菱格链条包 专柜品质",
  '<div class="price-box"><span class="price">￥560</span></div><p>五金、走线与原版一致。</p>'),
  "ABSOLUTE_TERM,COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 复刻 of another maker's 菱格链条包 'with the original' — 商标法 第五十七条; ABSOLUTE_TERM: 顶级 as a superiority claim — 广告法 第九条第三项")
P(s, "028-cp-item-down", "/item/cp70012.html", item("90白鸭绒 羽绒服 男女款",
  '<div class="price-box"><span class="price">￥299</span></div>\n'
  '<div class="coupon-rule">【活动说明】全网独一份的低价，羽绒服类目销量无敌第一，错过再等一年。</div>'),
  "ABSOLUTE_TERM", "ABSOLUTE_TERM: 全网独一份/无敌第一 in the 活动 text — 广告法 第九条第三项")
P(s, "029-cp-item-skirt", "/item/cp70013.html", item("A字半身裙 高腰显瘦 秋冬",
  '<div class="price-box"><span class="price">￥129</span></div>\n'
  '<table class="spec"><tr><th>版型</th><td>A字</td></tr><tr><th>面料</th><td>羊毛30% 聚酯纤维70%</td></tr><tr><th>安全类别</th><td>B类</td></tr></table>'
  '<p>本店原创设计，版权所有，抄袭必究。</p>'),
  "-", "trap: A字 is a cut, B类 a GB 18401 class, 原创 is not 原单")

# ---- S8 小猫童装 (holdout): zzlz link names another code ----
s = site(M, True)
P(s, "030-km-shop-home", "/shop/xiaomao-kids/", shop("小猫童装", shop_head("小猫童装",
  '<div class="shop-license">个体工商户 海宁市许巷小猫童装店 统一社会信用代码：%s '
  '<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000092330481551012&amp;signData=MEQCIB">查看电子营业执照</a></div>' % (C["km"], C["km_other"]), "mark"),
  '<p>自家设计 海宁发货</p>'),
  "LICENSE_MISMATCH", "LICENSE_MISMATCH: the electronic-licence link's serial names another 个体户's code than the one displayed — 电子商务法 第十五条; 市场主体登记管理条例 第三十六条")
P(s, "031-km-item-stroller", "/item/xm80011.html", item("婴儿推车 可坐可躺 轻便折叠",
  '<div class="price-box"><span class="price">￥368</span></div>\n'
  '<div class="service"><span>48小时发货</span><span>大件商品 <em>不支持7天无理由</em></span></div>'),
  "RETURN_REFUSED", "RETURN_REFUSED: a stroller is not among the statutory exemptions; size is not a ground — 消费者权益保护法 第二十五条")
P(s, "032-km-item-custom", "/item/xm80012.html", item("定制姓名刺绣 儿童卫衣",
  '<div class="price-box"><span class="price">￥89</span></div>\n'
  '<p>下单备注宝宝名字，按名字单独刺绣。定制商品不支持七天无理由退换，质量问题包退。</p>'),
  "-", "trap: 定作 goods are exempt from 7-day returns — 消费者权益保护法 第二十五条第一款(一)")
P(s, "033-km-item-sale", "/item/xm80013.html", item("加绒打底裤 女童 2件装",
  '<div class="price-box"><span class="price">￥49</span> <span>原价 <s>￥79</s></span></div>'),
  "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 原价 79 above 45 shown on this URL 4.5 days earlier — 明码标价和禁止价格欺诈规定 第十六条")
H(s, "xm80013-d4", "/item/xm80013.html", 4.5, item("加绒打底裤 女童 2件装", '<div class="price-box"><span class="price">￥45</span></div>'))

# ---- S9 贝贝乐母婴 (holdout): only platform licence, mark class not exact token ----
s = site(M, True)
P(s, "034-bb-shop-home", "/shop/beibeile/", shop("贝贝乐母婴", shop_head("贝贝乐母婴生活馆", "",
  '<span class="mall-mark-v1">网剑认证</span>'),
  '<div class="qual"><p>本店入驻网剑商城，平台营业执照：杭州网剑网络科技有限公司 91330100MA27WJ011R</p></div>'),
  "LICENSE_MISSING,MARK_MISSING", "LICENSE_MISSING: only the platform's licence is shown, not the shop's — 电子商务法 第十五条; MARK_MISSING: class mall-mark-v1 is not the token mall-mark")
P(s, "035-bb-item-bottle", "/item/bb90011.html", item("宽口径玻璃奶瓶 240ml",
  '<div class="price-box"><span class="price">￥69</span></div>\n'
  '<ul class="honor"><li>国家免检产品</li><li>中国名牌</li></ul>'),
  "FALSE_HONOUR", "FALSE_HONOUR: 国家免检产品 (abolished 2008) and 中国名牌 (evaluations stopped 2008) — 广告法 第二十八条")
P(s, "036-bb-item-wipes", "/item/bb90012.html", item("婴儿手口湿巾 80抽 10包",
  '<div class="price-box"><span class="price">￥39.9</span></div>\n'
  '<div class="reviews"><div class="seller-reply">商家回复：谢谢宝妈！晒单满20字带3图，截图给客服立返2元，下次回购再送一包～</div></div>'),
  "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: 商家回复 offers 立返2元 for a review with pictures — 电子商务法 第十七条")
P(s, "037-bb-item-formula", "/item/bb90013.html", item("婴幼儿配方奶粉 1段 800g",
  '<div class="price-box"><span class="price">￥238</span></div>\n'
  '<p>驰名商标、国家级品牌请以国家市场监督管理总局公示为准，本店不作此类宣传。</p><p>配方注册号：国食注字YP20180008</p>'),
  "-", "trap: 驰名商标/国家级 quoted in a disclaimer refusing such claims; a real-form 配方注册号")

# ---- S10 蓉数通讯 (holdout): full-width invalid code, mark only as text ----
def fw(t):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in t)
s = site(M, True)
P(s, "038-rs-shop-home", "/shop/rongshu-tx/", shop("蓉数通讯", shop_head("蓉数通讯 国行/港版 正品",
  '<p class="shop-license qual">统一社会信用代码：%s<br>成都市蓉数通讯器材有限公司</p>' % fw(bad_last(C["s10"])),
  '<span class="shop-tag">网剑商城认证店铺</span>'),
  '<p>国行 港版 美版 有锁无锁 均可咨询</p>'),
  "LICENSE_INVALID,MARK_MISSING", "LICENSE_INVALID: full-width code fails its GB 32100 check character; MARK_MISSING: '网剑商城认证' is plain text in class shop-tag, no mall-mark element")
P(s, "039-rs-item-phone", "/item/rs10011.html", item("小米14 国行 12+256 全新未拆封",
  '<div class="price-box"><span class="price">￥3,599</span></div>\n'
  '<div class="coupon-rule">领券说明：使用店铺券购买的商品，恕不支持7天无理由退货。</div>'),
  "RETURN_REFUSED", "RETURN_REFUSED: using a coupon is not a statutory exemption — 消费者权益保护法 第二十五条")
P(s, "040-rs-item-jammer", "/item/rs10012.html", item("大功率手机信号屏蔽器 考场会议室 全频段",
  '<div class="price-box"><span class="price">￥880</span></div><p>一键切断周边 50 米 4G/5G 信号，可定制 GPS 频段。</p>'),
  "PROHIBITED_GOODS", "PROHIBITED_GOODS: 手机信号屏蔽器 sold to the public — 无线电管理条例 第四十四条/第七十一条 (干扰器 sale ban)")
P(s, "041-rs-item-refurb", "/item/rs10013.html", item("iPad Air 5 官翻 国行 64G",
  '<div class="price-box"><span class="price">￥2,699</span> <span>原价 <s>￥3,299</s></span></div>\n'
  '<p>官翻 = Apple 官方翻新，新电池新外壳，一年保修。支持七天无理由（激活后不影响）。</p>'),
  "-", "trap: 原价 3299 is not above the lowest price in the 7 days before (captures 3 days: ￥3,299; 9 days: ￥2,499 is too old)")
H(s, "rs10013-d3", "/item/rs10013.html", 3, item("iPad Air 5 官翻 国行 64G", '<div class="price-box"><span class="price">￥3,299</span></div>'))
H(s, "rs10013-d9", "/item/rs10013.html", 9, item("iPad Air 5 官翻 国行 64G", '<div class="price-box"><span class="price">￥2,499</span></div>'))

# ---- S11 织音家居 (main): clean shop ----
s = site(M, False)
P(s, "042-zy-shop-home", "/shop/zhiyin-home/", shop("织音家居", shop_head("织音家居旗舰店",
  '<div class="lic shop-license"><span>营业执照：</span><span>长沙市棉语家纺有限公司</span> <span>%s</span> '
  '<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091430104700321">电子营业执照</a></div>' % (C["cs"], C["cs"]),
  '<i class="badge mall-mark" title="网剑认证"></i>'),
  '<p>我们的目标：做最好的国民床品（品牌愿景）。</p>'),
  "-", "trap: '做最好的…' is stated as the brand's aim (2023 guideline: business philosophy/goals); mall-mark present as one class token; zzlz serial = shown code")
P(s, "043-zy-item-towel", "/item/zy11011.html", item("新疆长绒棉 毛巾 3条装",
  '<div class="price-box"><span class="price">￥59</span> <span>划线价 <s>￥69</s></span></div>\n'
  '<table class="spec"><tr><th>等级</th><td>优等品（GB/T 22864）</td></tr><tr><th>吸水性</th><td>≤5秒</td></tr></table>'),
  "-", "trap: 优等品 is a standard grade; 划线价 69 equals the lowest price 6 days before (￥69) and a lower price (￥49) was 12 days ago")
H(s, "zy11011-d6", "/item/zy11011.html", 6, item("新疆长绒棉 毛巾 3条装", '<div class="price-box"><span class="price">￥69</span></div>'))
H(s, "zy11011-d12", "/item/zy11011.html", 12, item("新疆长绒棉 毛巾 3条装", '<div class="price-box"><span class="price">￥49</span></div>'))
P(s, "044-zy-item-mattress", "/item/zy11012.html", item("独立弹簧床垫 1.8m 乳胶层",
  '<div class="price-box"><span class="price">￥1,899</span></div>\n'
  '<div class="faq"><details><summary>床垫能治腰椎间盘突出吗？</summary><p>不能。床垫不是医疗器械，不具有治疗作用，腰椎不适请就医。</p></details>'
  '<details><summary>拆封了还能退吗？</summary><p>支持七天无理由退货，拆封不影响二次销售即可。</p></details></div>'),
  "-", "trap: treatment claim is denied (不具有治疗作用); returns are supported")

# ======================= independent sites =======================
# ---- I1 港尚名品 (main, Big5, Shopify-like Chinese theme, traditional script) ----
s = site("www.gangshang-lux.test", False)
def gs_page(title, main):
    return plain_page(title + " | 港尚名品",
      '<header class="site-header"><a class="logo" href="/">港尚名品 GANGSHANG</a><nav><a href="/collections/bags">手袋</a> <a href="/collections/watches">腕錶</a> <a href="/pages/consign">寄賣</a></nav></header>\n'
      '<main class="page-width">%s</main>\n'
      '<footer class="site-footer"><p>廣州港尚名品寄賣有限公司　統一社會信用代碼：%s</p>'
      '<p><a href="https://beian.miit.gov.cn/">粵ICP備2021088123號-1</a>　粵公網安備 44010402001234號</p><p>&copy; 2026 港尚名品</p></footer>'
      % (main, C["gs"]), "big5", "zh-Hant")
P(s, "045-gs-home", "/", gs_page("首頁", '<section class="hero"><h2>香港中環門店 · 內地包郵</h2><p>所有寄賣商品經第三方鑑定，拒絕高倣貨品。</p></section>'),
  "-", "trap: 高倣 (traditional 高仿) appears only in a refusal; licence and 粵ICP備 filing in the footer, Guangzhou code and 粵 agree", "big5")
P(s, "046-gs-item-bag", "/products/chanel-cf-25", gs_page("經典口蓋包 25cm",
  '<div class="product"><h1>經典口蓋包 25cm 羊皮 金扣</h1><p class="price">人民幣 3,280 元</p>'
  '<dl><dt>版本</dt><dd>頂級復刻　專櫃對版</dd><dt>配件</dt><dd>全套包裝</dd></dl></div>'),
  "ABSOLUTE_TERM,COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 復刻/專櫃對版 in the <dl> spec at 3,280元 for a 25cm 口蓋包 — 商标法 第五十七条; ABSOLUTE_TERM: 頂級 — 广告法 第九条第三项", "big5")
P(s, "047-gs-item-watch", "/products/omega-seamaster", gs_page("海馬300 二手腕錶",
  '<div class="product"><h1>海馬 300 二手腕錶 2019年</h1><p class="price">人民幣 23,800 元</p>'
  '<p>附原廠保卡及鑑定報告。「A貨」「原單」等字眼均屬仿冒品術語，本店一律不收不賣。</p></div>'),
  "-", "trap: A貨/原單 named only to say the shop never deals in them", "big5")
P(s, "048-gs-page-consign", "/pages/consign", gs_page("寄賣須知",
  '<article><h1>寄賣與回收須知</h1><ol><li>寄賣商品需通過鑑定，鑑定費由寄賣人承擔。</li>'
  '<li>回收報價以鑑定結果為準，最佳報價時段為每週一至週五。</li><li>本店不提供「保證升值」承諾。</li></ol></article>'),
  "-", "trap: 最佳報價時段 is a timing tip; 不提供保證升值 refuses a guaranteed-return claim", "big5")

# ---- I2 云眠家纺 (main, GBK, 帝国CMS-like) ----
s = site("www.yunmian-jf.test", False)
def ym_page(title, main):
    return plain_page(title + "_云眠家纺",
      '<table width="980" align="center"><tr><td class="top"><a href="/">云眠家纺</a> | <a href="/chanpin/">产品中心</a> | <a href="/news/">新闻动态</a> | <a href="/about/">关于我们</a></td></tr>\n'
      '<tr><td class="main">%s</td></tr>\n'
      '<tr><td class="foot">杭州云眠家纺有限公司 版权所有<br>统一社会信用代码：%s<br>浙公网安备 33011002016688号<br>Powered by EmpireCMS</td></tr></table>'
      % (main, C["hzjf"]), "gbk")
P(s, "049-ym-home", "/", ym_page("首页", '<div class="ad"><img src="/d/file/banner1.jpg" alt="冬季新品 蚕丝被"></div><ul class="list"><li><a href="/chanpin/1.html">桑蚕丝被</a></li><li><a href="/chanpin/2.html">抗菌枕</a></li></ul>'),
  "ICP_MISSING", "ICP_MISSING: the home shows a 公网安备 number but no ICP filing or licence — 互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法", "gbk")
P(s, "050-ym-item-pillow", "/chanpin/2.html", ym_page("银离子抗菌枕",
  '<h1>银离子抗菌枕</h1><p>售价：<b class="price">168元</b></p><p>抑菌率99%（检测报告编号见详情）。</p>'
  '<p>长期使用可根治过敏性鼻炎和湿疹，孕妇宝宝都适用。</p>'),
  "FALSE_CLAIM", "FALSE_CLAIM: 根治过敏性鼻炎和湿疹 — disease cure claim for a pillow, 广告法 第十七条", "gbk")
P(s, "051-ym-item-quilt", "/chanpin/1.html", ym_page("桑蚕丝被",
  '<h1>桑蚕丝被</h1><p>售价：<b class="price">899元</b></p><p>云眠&reg;荣获“浙江省著名商标”“中国驰名商标”称号。</p>'),
  "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: '中国驰名商标' in product copy — 商标法 第十四条第五款", "gbk")
P(s, "052-ym-news", "/news/2024/0315.html", ym_page("新闻：315 消费提示",
  '<h1>315消费提示：如何辨别蚕丝被</h1><p>据新闻报道，有商家以“国家级”“最高级”“最佳”宣传，被依据《广告法》第九条处罚。</p>'
  '<p>消费者购买时请认准 GB/T 24252 标准，谨防高仿冒“100%蚕丝”。</p>'),
  "-", "trap: a news item quoting 广告法 words and warning of fakes; no claim or offer by the seller", "gbk")

# ---- I3 乐童玩具 (holdout, GB18030 with emoji, ShopEx/ECStore-like) ----
s = site("shop.letong-toys.test", True)
def lt_page(title, main):
    return plain_page(title + " - 乐童玩具商城",
      '<div id="header"><div class="logo">乐童玩具 🎈</div><div class="search"><input name="keyword"></div></div>\n'
      '<div id="body">%s</div>\n'
      '<div id="footer"><div class="foot-links">关于我们 | 配送方式 | 售后服务</div>'
      '<div class="copyright">宁波乐童玩具有限公司　统一社会信用代码 %s<br><a href="https://beian.miit.gov.cn/">浙ICP备12345678号</a>　Powered by ECStore</div></div>'
      % (main, C["nbtoy"]), "gb18030")
P(s, "053-lt-home", "/", lt_page("首页", '<div class="floor"><h2>🎁 圣诞礼物季</h2><ul><li>积木</li><li>遥控车</li><li>水枪</li></ul></div>'),
  "ICP_INVALID,LICENSE_MISMATCH", "ICP_INVALID: 浙ICP备12345678号 is a placeholder, not a filing — 互联网信息服务管理办法 第十二条; LICENSE_MISMATCH: the code's registry status is 经营异常 — 电子商务法 第十五条", "gb18030")
P(s, "054-lt-item-gun", "/product-2088.html", lt_page("合金仿真手枪",
  '<div class="goods-info"><h1>1:2.05 全金属仿真手枪 可发射</h1><p class="price">￥268.00</p>'
  '<p>🔫 可拆卸弹夹，配钢珠弹 200 发，威力大，可打穿易拉罐。</p></div>'),
  "ICP_INVALID,LICENSE_MISMATCH,PROHIBITED_GOODS", "PROHIBITED_GOODS: metal replica pistol firing steel balls — 仿真枪 banned (枪支管理法 第二十二条; 公安部 仿真枪认定标准); 1:2.05 is a scale, not a counterfeit term; LICENSE_MISMATCH: the site-wide footer shows a code whose registry status is 经营异常 — 电子商务法 第十五条; ICP_INVALID: the site-wide footer shows the placeholder 浙ICP备12345678号 — 互联网信息服务管理办法 第十二条", "gb18030")
P(s, "055-lt-item-blocks", "/product-2101.html", lt_page("乐童 大颗粒积木",
  '<div class="goods-info"><h1>乐童 大颗粒积木 200粒</h1><p class="price">￥99.00</p>'
  '<div class="brand-story">乐童——中国驰名商标，最安全的儿童积木，孩子的不二之选 👍</div></div>'),
  "ABSOLUTE_TERM,ICP_INVALID,LICENSE_MISMATCH,WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: '中国驰名商标' — 商标法 第十四条第五款; ABSOLUTE_TERM: 最安全/不二之选 — 广告法 第九条第三项; LICENSE_MISMATCH: the site-wide footer shows a code whose registry status is 经营异常 — 电子商务法 第十五条; ICP_INVALID: the site-wide footer shows the placeholder 浙ICP备12345678号 — 互联网信息服务管理办法 第十二条", "gb18030")

# ---- I4 机友通讯 (main, GBK, PHPCMS-like) ----
s = site("www.jiyou-phone.test", False)
def jy_page(title, main):
    return plain_page(title + " - 机友通讯",
      '<div class="header"><h1 class="logo">机友通讯</h1><ul class="nav"><li>首页</li><li>国行</li><li>港版</li><li>官换机</li><li>二手回收</li></ul></div>\n'
      '<div class="content">%s</div>\n'
      '<div class="footer"><p>深圳市机友通讯有限公司</p><p>营业执照号：%s</p><p>地址：深圳市龙岗区华强电子城 3 楼</p></div>'
      % (main, bad_last(C["szp"])), "gbk")
P(s, "056-jy-home", "/index.html", jy_page("首页", '<div class="hot">热销：iPhone 15 港版 / 华为 Mate 60 国行</div>'),
  "ICP_MISSING,LICENSE_INVALID", "LICENSE_INVALID: footer code fails GB 32100 check; ICP_MISSING: no ICP number anywhere on the independent home — 电子商务法 第十五条; 互联网信息服务管理办法 第十二条", "gbk")
P(s, "057-jy-item-mate", "/show-12-301.html", jy_page("华为 Mate 60 Pro",
  '<h2>华为 Mate 60 Pro 12+512G 国行</h2><p>现价 <span class="price">5699</span> 元　市场价 <del class="price-market">7999</del> 元</p>'),
  "FAKE_ORIGINAL_PRICE,LICENSE_INVALID", "FAKE_ORIGINAL_PRICE: 市场价 7999 above 5699 shown on this URL 1.5 days before — 明码标价和禁止价格欺诈规定 第十六条; LICENSE_INVALID: the site-wide footer displays the same code failing its GB 32100 check — 电子商务法 第十五条 (false display)", "gbk")
H(s, "jy301-d1", "/show-12-301.html", 1.5, jy_page("华为 Mate 60 Pro", '<h2>华为 Mate 60 Pro 12+512G 国行</h2><p>现价 <span class="price">5699</span> 元</p>'), "gbk")
P(s, "058-jy-item-iphone", "/show-12-302.html", jy_page("iPhone 15 港版",
  '<h2>iPhone 15 港版 128G</h2><p>现价 <span class="price">4599</span> 元</p><p>深圳地区行货价格天花板以下，全国最便宜，找不到比我们更低的！</p>'),
  "ABSOLUTE_TERM,LICENSE_INVALID", "ABSOLUTE_TERM: 全国最便宜 — 广告法 第九条第三项; LICENSE_INVALID: the site-wide footer displays the same code failing its GB 32100 check — 电子商务法 第十五条 (false display)", "gbk")
P(s, "059-jy-item-guanhuan", "/show-12-303.html", jy_page("官换机说明",
  '<h2>什么是官换机？</h2><p>官换机是 Apple 售后为客户更换的整机，非翻新、非拼装。市面所谓“原装官换”多为高仿外壳翻新机，请勿贪便宜。</p>'
  '<p>本店所售均支持七日无理由退货。</p>'),
  "LICENSE_INVALID", "trap for COUNTERFEIT_TERM: explains 官换机 and warns that so-called 原装官换 are often 高仿 refurbishments; returns supported; LICENSE_INVALID: the site-wide footer displays the same code failing its GB 32100 check — 电子商务法 第十五条 (false display)", "gbk")

# ---- I5 美妍 H5 (main, UTF-8 with BOM, uni-app rendered) ----
s = site("m.meiyan.test", False)
def my_page(title, main):
    return plain_page(title,
      '<uni-app><uni-page><uni-page-body><view class="page">%s</view>\n'
      '<view class="tabbar"><text>首页</text><text>分类</text><text>购物车</text><text>我的</text></view>\n'
      '<view class="about"><text>美妍日化 沪ICP备2022013579号-2</text></view></uni-page-body></uni-page></uni-app>'
      '<script>window.__INITIAL_STATE__={"license":"%s"}</script>' % (main, C["my"]), "utf-8",
      head_extra='<meta name="viewport" content="width=device-width">')
P(s, "060-my-home", "/", my_page("美妍商城", '<view class="swiper"><image src="/static/b1.png" alt="新人礼"></image></view><view class="goods-list"><text>精华</text><text>面膜</text></view>'),
  "LICENSE_MISSING", "LICENSE_MISSING: the company's code exists only inside <script> state, not displayed; ICP filing is shown — 电子商务法 第十五条", "utf-8", True)
P(s, "061-my-item-serum", "/pages/goods/detail?id=301", my_page("美白淡斑精华",
  '<view class="goods"><text class="goods-name">玻尿酸补水精华 30ml</text><text class="price">¥139</text>'
  '<view class="desc"><text>普通化妆品备案；</text><text>一抹白三度，斑点痘印一扫光，</text><text>还能修复激素脸。</text></view></view>'),
  "FALSE_CLAIM", "FALSE_CLAIM: 斑点一扫光/修复激素脸 — whitening-spot and medical claims on an ordinary cosmetic — 广告法 第十七条, 第二十八条", "utf-8", True)
P(s, "062-my-item-mask", "/pages/goods/detail?id=302", my_page("冻干面膜",
  '<view class="goods"><text class="goods-name">冻干面膜 5片</text><text class="price">¥79</text>'
  '<view class="desc"><text>行业标杆，</text><text>No.1 的补水效果，</text><text>顶尖实验室出品。</text></view></view>'),
  "ABSOLUTE_TERM", "ABSOLUTE_TERM: No.1/顶尖 as superiority claims — 广告法 第九条第三项", "utf-8", True)

# ---- I6 步云鞋业 (holdout, Big5, WooCommerce-free own theme) ----
s = site("www.buyun-shoes.test", True)
def by_page(title, main):
    return plain_page(title + "｜步雲鞋業",
      '<div class="wrap"><div class="hd"><a href="/">步雲鞋業</a></div><div class="bd">%s</div>'
      '<div class="ft">廈門市步雲鞋業有限公司 統一社會信用代碼 %s<br>台ICP備2020011223號</div></div>' % (main, C["tws"]), "big5", "zh-Hant")
P(s, "063-by-home", "/", by_page("首頁", '<p>台灣設計 廈門出貨 全大陸包郵</p>'),
  "ICP_INVALID", "ICP_INVALID: 台 is not a filing-province abbreviation — 非经营性互联网信息服务备案管理办法", "big5")
P(s, "064-by-item-dunk", "/p/dunk-low", by_page("Dunk Low 熊貓",
  '<h1>Dunk Low 熊貓配色</h1><p>人民幣 268 元</p><p>純原版本，１：１開模，鞋盒標籤齊全。</p>'
  '<p class="note">收貨後五星好評並曬圖，私訊客服返現 5 元。</p>'),
  "COUNTERFEIT_TERM,ICP_INVALID,REVIEW_INDUCEMENT", "COUNTERFEIT_TERM: 純原/１：１開模 (full-width) for a 268元 Dunk — 商标法 第五十七条; REVIEW_INDUCEMENT: 好評曬圖返現 — 电子商务法 第十七条; ICP_INVALID: the site-wide footer shows 台ICP備, no such filing province — 非经营性互联网信息服务备案管理办法", "big5")

# ---- I7 木语家居 (main, GBK bytes; meta says utf-8 or is missing; WordPress 企业站) ----
s = site("www.muyu-jiaju.test", False)
def mu_page(title, main, meta_cs):
    return plain_page(title + " &#8211; 木语家居",
      '<div id="page" class="site"><header id="masthead"><p class="site-title"><a href="/">木语家居</a></p><nav class="main-navigation"><ul class="menu"><li>实木床</li><li>沙发</li><li>餐桌</li></ul></nav></header>\n'
      '<div id="content" class="site-content">%s</div>\n'
      '<footer id="colophon" class="site-footer"><div class="site-info">南昌木语家居有限公司<br>统一社会信用代码：<span>%s</span><br>'
      '萌ICP备20240520号<br>自豪地采用 WordPress</div></footer></div>' % (main, C["jx"]), meta_cs)
P(s, "065-mu-home", "/", mu_page("首页", '<article class="page"><h2 class="entry-title">北美黑胡桃 实木家具</h2></article>', "utf-8"),
  "ICP_INVALID", "ICP_INVALID: 萌ICP备 is a joke registry with no province, not a filing — 互联网信息服务管理办法 第十二条. meta charset says utf-8 but bytes are GBK (wrong meta)", "gbk")
P(s, "066-mu-item-bed", "/product/walnut-bed/", mu_page("黑胡桃实木床",
  '<div class="product"><h1 class="product_title">黑胡桃实木床 1.8m</h1><p class="price"><span class="woocommerce-Price-amount">￥8,600</span></p>'
  '<div class="woocommerce-Tabs-panel"><h2>售后</h2><p>实木家具属大件商品，签收后概不退换，请慎重下单。</p></div></div>', "utf-8"),
  "ICP_INVALID,RETURN_REFUSED", "RETURN_REFUSED: a stock (not made-to-order) bed; 概不退换 refuses statutory 7-day returns — 消费者权益保护法 第二十五条; ICP_INVALID: the site-wide footer shows 萌ICP备, a joke registry — 互联网信息服务管理办法 第十二条. meta charset says utf-8 but bytes are GBK (wrong meta)", "gbk")
P(s, "067-mu-item-sofa", "/product/leather-sofa/", mu_page("头层牛皮沙发",
  '<div class="product"><h1 class="product_title">头层牛皮沙发 三人位</h1><p class="price"><span class="woocommerce-Price-amount">￥12,800</span></p>'
  '<ul class="honor"><li>中国名牌产品（2025年度）</li><li>中国环境标志认证</li></ul></div>', None),
  "FALSE_HONOUR,ICP_INVALID", "FALSE_HONOUR: 中国名牌产品 2025年度 — the 中国名牌 evaluation stopped in 2008 (质检总局 2008 公告), so a 2025 award cannot be true — 广告法 第二十八条; ICP_INVALID: the site-wide footer shows 萌ICP备, a joke registry — 互联网信息服务管理办法 第十二条. meta charset missing (GBK bytes)", "gbk")

# ---- I8 小鱼手作 (main, GB18030; 第十条 exemption) ----
s = site("www.xiaoyu-handmade.test", False)
def xy_page(title, main):
    return plain_page(title + " · 小鱼手作",
      '<div class="container"><div class="brand">小鱼手作 · 妈妈的千层底 🧵</div>%s'
      '<div class="footer"><p>本店为家庭手工业产品销售，依照《电子商务法》第十条规定不需要办理市场主体登记。</p>'
      '<p><a href="https://beian.miit.gov.cn/">粤ICP备2023112233号-1</a></p></div></div>' % main, "gb18030")
P(s, "068-xy-home", "/", xy_page("首页", '<p>手纳千层底布鞋、虎头鞋，每双都是妈妈一针一线做的。𠮷祥如意款现货。</p>'),
  "-", "trap: no licence code, but the 第十条 exemption statement is displayed as 第十五条 allows; ICP filing shown", "gb18030")
P(s, "069-xy-item-shoes", "/shoes/hutou.html", xy_page("虎头鞋",
  '<h1>复古虎头鞋 婴儿学步</h1><p class="price">¥88</p><p>仿古纹样，按传统老样子复刻的针法；尺码与脚长 1:1 对应，最佳穿着月龄 8-18 个月。</p>'),
  "-", "trap: 复古/仿古/复刻的针法 describe a traditional style, not another's trademark; 1:1 is a size ratio; 最佳穿着月龄 is a fitting tip", "gb18030")

# ---- I9 好物日报 (holdout, UTF-8, 微信公众号-style article pages that sell) ----
s = site("wx.haowu-daily.test", True)
def wx_page(title, main):
    return plain_page(title,
      '<div class="rich_media"><h1 class="rich_media_title">%s</h1><div class="rich_media_meta_list"><span class="rich_media_meta_nickname">好物日报</span> <em>2026-12-05</em></div>\n'
      '<div class="rich_media_content" id="js_content">%s</div></div>' % (title, main), "utf-8",
      head_extra='<meta name="viewport" content="width=device-width,initial-scale=1">')
P(s, "070-wx-home", "/", wx_page("好物日报 — 每天一件好东西",
  '<section><p>主体：武汉好物日报电子商务有限公司</p><p>统一社会信用代码：%s</p><p>商务合作请加微信 haowu2026</p></section>' % C["wx_fake"]),
  "ICP_MISSING,LICENSE_MISMATCH", "LICENSE_MISMATCH: the displayed code is valid but absent from the registry extract — 电子商务法 第十五条; ICP_MISSING: independent home without any ICP number — 互联网信息服务管理办法 第十二条")
P(s, "071-wx-article-tea", "/s/20261205-tea.html", wx_page("喝了三个月，我瘦了23斤",
  '<p>这款<strong>纤体代用茶</strong>（普通食品）我已经回购第五盒了。</p><p>每天一杯，<span>刮油、排毒、降三高</span>，不节食不运动月瘦10斤，无效退款。</p>'
  '<p><a class="buy" href="https://wx.haowu-daily.test/buy?id=88">¥99 两盒 点击购买</a></p>'),
  "FALSE_CLAIM", "FALSE_CLAIM: 降三高 (disease) and guaranteed weight loss for an ordinary food — 广告法 第十七条, 第二十八条")
P(s, "072-wx-article-law", "/s/20261201-law.html", wx_page("买买买之前，先看看这几条法律",
  '<p>《广告法》第九条：广告不得使用“国家级”、“最高级”、“最佳”等用语。</p>'
  '<p>《消费者权益保护法》第二十五条：经营者采用网络方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由。商家写“不支持七天无理由退货”的，多数情况下违法。</p>'
  '<p>遇到“好评返现”“A货”“原单”的店铺，请直接举报 12315。</p>'),
  "-", "trap: an article quoting the law and warning consumers; nothing is sold or claimed")

# ---- I10 港数通 (holdout, Big5, HiShop-like) ----
s = site("www.gangshu-digital.test", True)
def gsd_page(title, main):
    return plain_page(title + " - 港數通數碼",
      '<div class="hishop-top">港數通數碼 | 港版 國行 對比專家</div><div class="hishop-main">%s</div>'
      '<div class="hishop-foot"><p>深圳市港數通科技有限公司</p><p>統一社會信用代碼：%s</p><p>粵ICP備2019-0456號</p></div>' % (main, C["hkd"]), "big5", "zh-Hant")
P(s, "073-gsd-home", "/", gsd_page("首頁", '<p>港版原封、國行正品，支持驗機。</p>'),
  "ICP_INVALID,LICENSE_MISMATCH", "LICENSE_MISMATCH: the registry names this code 深圳市港數通电子有限公司, the page 港數通科技 — different company name; ICP_INVALID: 粵ICP備2019-0456號 has a malformed number — 电子商务法 第十五条; 互联网信息服务管理办法 第十二条", "big5")
P(s, "074-gsd-item-s24", "/goods/1024.html", gsd_page("三星 S24 港版",
  '<h1>三星 Galaxy S24 港版 8+256</h1><p>售價 <span class="price">4,399</span> 元　<span class="price-line">劃線價 <s>5,199</s> 元</span></p>'),
  "FAKE_ORIGINAL_PRICE,ICP_INVALID,LICENSE_MISMATCH", "FAKE_ORIGINAL_PRICE: 劃線價 5199 above 4299 shown on this URL 0.5 days before — 明码标价和禁止价格欺诈规定 第十六条; LICENSE_MISMATCH: the site-wide footer's code belongs to a differently named company in the registry (港數通科技 vs 港数通电子) — 电子商务法 第十五条; ICP_INVALID: the site-wide footer shows the malformed 粵ICP備2019-0456號 — 互联网信息服务管理办法 第十二条", "big5")
H(s, "gsd1024-d05", "/goods/1024.html", 0.5, gsd_page("三星 S24 港版", '<h1>三星 Galaxy S24 港版 8+256</h1><p>售價 <span class="price">4,299</span> 元</p>'), "big5")
P(s, "075-gsd-item-compare", "/article/hk-vs-cn.html", gsd_page("港版與國行的區別",
  '<h1>港版與國行的區別</h1><p>港版為香港行貨，國行為內地行貨，保修政策不同。港版並非高仿或水貨翻新。</p><p>本店所有商品均支持七天無理由退貨。</p>'),
  "ICP_INVALID,LICENSE_MISMATCH", "trap for COUNTERFEIT_TERM: explains 港版 vs 國行; 高仿 appears in a negation; returns supported; LICENSE_MISMATCH: the site-wide footer's code belongs to a differently named company in the registry (港數通科技 vs 港数通电子) — 电子商务法 第十五条; ICP_INVALID: the site-wide footer shows the malformed 粵ICP備2019-0456號 — 互联网信息服务管理办法 第十二条", "big5")

# ---- I11 青社美妆 (holdout, UTF-8, own Vue SSR mall) ----
s = site("www.qingshe-beauty.test", True)
def qs_page(title, main):
    return plain_page(title + " | 青社美妆",
      '<div id="app" data-server-rendered="true"><div class="nav">青社美妆</div><div class="view">%s</div>'
      '<div class="footer"><a href="/license.html"><img src="/img/yyzz.jpg" alt="营业执照"></a> 上海颜究所化妆品有限公司 '
      '<span>统一社会信用代码&nbsp;%s</span> <a href="https://beian.miit.gov.cn/">沪ICP备2021034567号-3</a></div></div>' % (main, C["mz"]), "utf-8")
P(s, "076-qs-home", "/", qs_page("首页", '<div class="floor">本周上新：防晒、洁面、精华</div>'),
  "-", "trap: a clean home with licence image link, code (separated by &nbsp;) and 沪ICP备; the company's code and 沪 agree")
P(s, "077-qs-item-whitening", "/goods/7001", qs_page("美白淡斑精华",
  '<h1>烟酰胺美白淡斑精华液 30ml</h1><p class="price">¥299</p><table class="params"><tr><td>产品类别</td><td>特殊化妆品 祛斑美白类</td></tr>'
  '<tr><td>注册证号</td><td>国妆特字G20240312</td></tr></table><p>功效宣称依据已在国家药监局化妆品注册备案平台公开。</p>'),
  "-", "trap: 美白淡斑 claimed by a registered 特殊化妆品 (国妆特字) — lawful under 化妆品监督管理条例 第十六条, 第二十二条")
P(s, "078-qs-item-hairloss", "/goods/7002", qs_page("防脱洗发液",
  '<h1>防脱固发洗发液 400ml</h1><p class="price">¥119</p><dl><dt>类别</dt><dd>特殊化妆品（防脱发）</dd><dt>注册证号</dt><dd>国妆特字G20230888</dd></dl>'
  '<p>本品可减少洗发时的掉发，不能治疗脱发疾病，斑秃请就医。</p>'),
  "-", "trap: 防脱发 is a special-cosmetic claim backed by its 注册证; disease treatment is expressly denied")
P(s, "090-qs-item-cleanser", "/goods/7003", qs_page("氨基酸洁面",
  '<h1>氨基酸洁面乳 120g</h1><p class="price">¥69</p><p>普通化妆品（清洁类）。温和清洁，不宣称祛痘、美白等功效。</p>'
  '<p>评价区：<span class="seller-reply">商家回复：谢谢反馈，差评我们也会认真看，不会以任何返现换取修改评价。</span></p>'),
  "-", "trap: an ordinary cosmetic that disclaims 祛痘/美白; the 商家回复 refuses cash-for-review")
P(s, "079-qs-page-activity", "/activity/1212", qs_page("双十二活动规则",
  '<h1>双十二活动规则</h1><ol><li>满299减50，可与店铺券叠加。</li><li>评价有礼活动已于2025年取消；评价内容不影响售后与赠品。</li>'
  '<li>最终解释权归法律规定所有，以《消费者权益保护法》为准。</li></ol>'),
  "-", "trap: coupon rules; mentions review gifts only to say they were cancelled and reviews do not affect anything")

# ---- I12 安家母婴 (main, UTF-8, 抖店-like product pages) ----
s = site("www.anjia-baby.test", False)
def aj_page(title, main):
    return plain_page(title + " - 安家母婴",
      '<div class="ecom-shop"><div class="shop-bar">安家母婴 官方</div><div class="goods-detail">%s</div>'
      '<div class="shop-footer">长沙市棉语家纺有限公司（安家母婴品牌运营方）｜统一社会信用代码 %s｜湘ICP备2022009876号-2｜湘公网安备 43010402000321号</div></div>' % (main, C["cs"]), "utf-8")
P(s, "080-aj-home", "/index.html", aj_page("首页", '<div class="live">直播中：冬季婴儿睡袋专场</div>'),
  "-", "trap: clean home: code of a 存续 Changsha company, 湘ICP备 and 湘公网安备 4301… agree")
P(s, "081-aj-item-milk", "/goods/milk.html", aj_page("低温鲜牛奶",
  '<h1>儿童低温鲜牛奶 200ml×10</h1><p class="price">¥59.9</p><p>鲜活易腐商品，依法不适用七天无理由退货；收货破损请拍照联系客服。</p>'),
  "-", "trap: fresh milk is 鲜活易腐, a statutory exemption — 消费者权益保护法 第二十五条第一款(二)")
P(s, "082-aj-item-carseat", "/goods/seat.html", aj_page("儿童安全座椅",
  '<h1>儿童安全座椅 ISOFIX 0-12岁</h1><p class="price">¥1,299</p>'
  '<table><tr><td>CCC证书编号</td><td>2021011111412345</td></tr><tr><td>执行标准</td><td>GB 27887-2011</td></tr><tr><td>获奖</td><td>2023 德国红点设计奖</td></tr></table>'
  '<p>安全等级以国家标准为准，我们不说“最安全”，只做真实测试。</p>'),
  "-", "trap: CCC number of the real 16-digit form; a verifiable design award; 最安全 appears only in a refusal")
P(s, "091-aj-item-teether", "/goods/teether.html", aj_page("婴儿牙胶",
  '<h1>食品级硅胶牙胶 3个月+</h1><p class="price">¥39</p><table><tr><td>材质</td><td>食品级液态硅胶（GB 4806.11）</td></tr>'
  '<tr><td>消毒</td><td>可蒸汽消毒，最高耐温 200℃</td></tr></table><p>本品不能缓解或治疗出牙疼痛引起的发热，发热请就医。</p>'),
  "-", "trap: 最高耐温 is a material limit; a treatment effect is expressly denied")
P(s, "083-aj-item-sleepbag", "/goods/sleep.html", aj_page("婴儿睡袋",
  '<h1>婴儿恒温睡袋 纯棉</h1><p class="price">¥189</p><p>不高仿、不贴牌，安家自有工厂出品，与安家上一代睡袋相比保暖提升 20%。</p>'),
  "-", "trap: 高仿 negated; an own-brand comparison with the previous generation (2023 guideline)")

# ---- I13 行野户外 (main, UTF-8, 网店管家-style store front) ----
s = site("www.xingye-outdoor.test", False)
def xg_page(title, main):
    return plain_page(title + " - 行野户外",
      '<div class="wdgj-head"><span class="logo">行野户外</span><span class="tel">客服 400-800-1234</span></div><div class="wdgj-body">%s</div>'
      '<div class="wdgj-foot">行野户外 &copy; 2026 ｜ 营业执照已办理，如需查看请联系在线客服 ｜ 地址：福州市仓山区</div>' % main, "utf-8")
P(s, "084-xg-home", "/", xg_page("首页", '<div class="cats">冲锋衣 / 帐篷 / 露营灯 / 登山杖</div>'),
  "ICP_MISSING,LICENSE_MISSING", "LICENSE_MISSING: only says a licence exists and to ask customer service — no code, image or link, 电子商务法 第十五条 requires display; ICP_MISSING: no ICP number — 互联网信息服务管理办法 第十二条")
P(s, "085-xg-item-crossbow", "/goods/881.html", xg_page("户外狩猎弩",
  '<h1>户外射鱼 狩猎弩 配 12 支碳箭</h1><p class="price">￥1,580</p><p>拉力 150 磅，有效射程 60 米，顺丰隐私包装发货。</p>'),
  "PROHIBITED_GOODS", "PROHIBITED_GOODS: a hunting crossbow — 弩 is a controlled weapon whose sale is banned (公安部等《关于加强弩管理的通知》)")
P(s, "086-xg-item-jacket", "/goods/882.html", xg_page("三合一冲锋衣",
  '<h1>三合一冲锋衣 可拆卸抓绒内胆</h1><p class="price">￥699</p>'
  '<p class="cert">本品为国家质量技术监督局认定的免检产品（证书号 MJ-2025-0871）。</p>'
  '<table><tr><td>内胆填充</td><td>仿羽绒棉</td></tr><tr><td>执行标准</td><td>GB/T 32614-2016 一等品</td></tr></table>'),
  "FALSE_HONOUR", "FALSE_HONOUR: a 2025 免检 certificate — the 免检 scheme was abolished in 2008, and the 国家质量技术监督局 no longer exists — 广告法 第二十八条 (仿羽绒棉 is a filling name)")
P(s, "087-xg-item-lamp", "/goods/883.html", xg_page("露营灯",
  '<h1>充电露营灯 三档调光</h1><p class="price">￥129</p><table><tr><td>最高亮度</td><td>500 流明</td></tr><tr><td>最长续航</td><td>72 小时（最低档）</td></tr></table>'),
  "-", "trap: 最高亮度/最长续航 are measured spec maxima of this product, not comparative claims")
P(s, "088-xg-page-return", "/help/return.html", xg_page("退换货说明",
  '<h1>退换货说明</h1><ol><li>支持七天无理由退货，商品需保持完好。</li><li>退货请在备注中填写原单号，运费险自动理赔。</li><li>仿冒投诉请提供权利证明。</li></ol>'),
  "-", "trap: returns supported; 原单号 is the original order number, 仿冒投诉 an IP complaint channel")
P(s, "089-xg-item-tent", "/goods/884.html", xg_page("家庭帐篷",
  '<h1>家庭帐篷 4-6人 一室一厅</h1><p class="price">￥899</p><div class="faq"><details><summary>是大牌复刻款吗？</summary>'
  '<p>不是，帐篷为自有品牌原创设计，外观专利号 ZL202430123456.7。</p></details></div>'),
  "-", "trap: FAQ denies being a 复刻 of a brand; own design with a patent number")


# ======================= writer =======================
def write_all(out):
    for sub in ("pages", "history", "holdout/pages", "holdout/history"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\tstatus\n")
        for row in REGISTRY:
            f.write("\t".join(row) + "\n")
    for hold in (False, True):
        base = os.path.join(out, "holdout") if hold else out
        lab = ["# file\turl\tcodes\n"]
        notes = ["# file\tencoding\tbom\tnote\n"]
        hist = ["# file\turl\tdays_before\n"]
        for s in SITES:
            if s["hold"] != hold:
                continue
            for p in s["pages"]:
                fn = p["name"] + ".html"
                with open(os.path.join(base, "pages", fn), "wb") as f:
                    f.write(encode(p["html"], p["enc"], p["bom"]))
                codes = p["codes"]
                assert codes == "-" or codes == ",".join(sorted(codes.split(","))), p["name"]
                lab.append("%s\t%s\t%s\n" % (fn, p["url"], codes))
                notes.append("%s\t%s\t%s\t%s\n" % (fn, p["enc"], "yes" if p["bom"] else "no", p["note"]))
            for h in s["hist"]:
                fn = h["name"] + ".html"
                with open(os.path.join(base, "history", fn), "wb") as f:
                    f.write(encode(h["html"], h["enc"], False))
                hist.append("%s\t%s\t%s\n" % (fn, h["url"], ("%g" % h["days"])))
        for name, rows in (("labels.tsv", lab), ("notes.tsv", notes), ("history.tsv", hist)):
            with open(os.path.join(base, name), "w", encoding="utf-8") as f:
                f.writelines(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            bad = []
            for root, _, files in os.walk(tmp):
                for fn in files:
                    a = os.path.join(root, fn)
                    b = os.path.join(here, os.path.relpath(a, tmp))
                    if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                        bad.append(os.path.relpath(a, tmp))
            for sub in ("pages", "history", "holdout/pages", "holdout/history"):
                for fn in os.listdir(os.path.join(here, sub)):
                    if not os.path.exists(os.path.join(tmp, sub, fn)):
                        bad.append(sub + "/" + fn + " (stale)")
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
