#!/usr/bin/env python3
"""corpus8/o generator. Every site, page body, label and note is written here by hand.
python3 gen.py          -> writes pages/, holdout/, labels.tsv, notes.tsv, registry.tsv, history*
python3 gen.py --check  -> regenerates into a temp dir and compares byte for byte"""
import os, sys, shutil, tempfile, filecmp
from lib import U, BAD, R, RBAD, encode, mall_page, page

MALL = "http://mall.wangjian.test"
SITES = []


def site(key, holdout, pages):
    SITES.append(dict(key=key, holdout=holdout, pages=pages))


def P(name, url, enc, bom, html, codes, note, hist=None):
    return dict(name=name, url=url, enc=enc, bom=bom, html=html, codes=codes, note=note, hist=hist or [])


def shop_home(sid, name, lic_html, mark_html, body, charset="utf-8"):
    b = """<div class="shop-head"><h1 class="shop-name">%s</h1>%s</div>
<div class="shop-nav"><a href="/shop/%s/">店铺首页</a> <a href="/shop/%s/all">全部宝贝</a> <a href="/shop/%s/info">店铺资质</a></div>
%s
<div class="shop-license">%s</div>""" % (name, mark_html, sid, sid, sid, body, lic_html)
    return mall_page(name, charset, b)


def item(title, price, orig, body, charset="utf-8", shop=""):
    o = '<span class="price-origin">%s</span>' % orig if orig else ""
    b = """<div class="item-main"><div class="item-shop">%s</div><h1 class="item-title">%s</h1>
<div class="price-box"><span class="price">¥%s</span> %s</div>
<div class="item-desc">%s</div></div>""" % (shop, title, price, o, body)
    return mall_page(title, charset, b)


MARK = '<span class="mall-mark">网剑商城 亮标认证</span>'

# ======================= platform shop S1: 如羽母婴 (main) =======================
c = U("91330106", "MA2H3K5L")
site("mall-ruyu", False, [
    P("ruyu-home", MALL + "/shop/ruyu-muying/", "utf-8", False, shop_home("ruyu-muying", "如羽母婴旗舰店",
        "营业执照：杭州如羽母婴用品有限公司 统一社会信用代码 %s 食品经营许可证 JY13301060123456" % c, MARK,
        """<div class="notice">📢 宝妈们注意啦～本店所有奶粉都是品牌方授权，国行正品，每罐都有追溯码，扫码就能查！
婴幼儿配方乳粉产品配方注册号都印在罐底，大家到手可以自己上市场监管总局官网对一下～
冲奶粉比例严格按罐上写的来，不是1:1哈，千万别自己加浓！</div>"""),
      "-", "trap: 1:1 here is a refusal of a mixing ratio, not a replica claim; licence code valid and shown in .shop-license, mark present (电子商务法第十五条 satisfied)"),
    P("ruyu-milk-haoping", MALL + "/item/ry10021.html", "utf-8", False, item("【新客价】飞X 星X 3段 幼儿配方奶粉 800g", "238", "",
        """宝宝爱喝不上火💕 收到货亲们记得给个五星好评哦～<br>五星好评+15字以上走心评价+3张图，截图发客服，立返<b>8元</b>现金红包！！追评再加2元，红包当天到～""",
        shop="如羽母婴旗舰店"), "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: cash for five-star reviews with pictures — 电子商务法第十七条 (编造用户评价), 反不正当竞争法第八条"),
    P("ruyu-fenzhuang", MALL + "/item/ry10077.html", "utf-8", False, item("大罐分装 婴儿配方奶粉 试喝装 400g 自封袋 一段", "49.9", "",
        """因为大罐太贵很多宝妈想先试试，我们把<b>原罐奶粉拆开分装</b>成400g小袋，自封袋+干燥剂，真空机封口，新生儿一段奶粉，比整罐便宜一半！<br>
⚠️分装后无原罐，不提供追溯码，介意勿拍""", shop="如羽母婴旗舰店"),
      "PROHIBITED_GOODS", "PROHIBITED_GOODS: infant formula re-packed from bulk — 食品安全法第八十一条 (不得以分装方式生产婴幼儿配方乳粉); goods banned from sale"),
    P("ruyu-mifen", MALL + "/item/ry10103.html", "utf-8", False, item("有机高铁米粉 6月+ 婴幼儿谷物辅助食品 225g", "69", "",
        """<table class="nutrition"><tr><th>项目</th><th>每100g</th><th>NRV%</th></tr><tr><td>能量</td><td>1650kJ</td><td>20%</td></tr><tr><td>铁</td><td>7.5mg</td><td>50%</td></tr></table>
执行标准：GB 10769 婴幼儿谷类辅助食品<br>冲调：最佳冲调水温40-50℃，现冲现喝，剩余的不要留到下一顿哦～<br>铁是血红细胞形成的必需元素。""", shop="如羽母婴旗舰店"),
      "-", "trap: 最佳冲调水温 is a usage tip exempt under the 2023 绝对化用语 guideline; '铁是血红细胞形成的必需元素' is a GB 28050 nutrient function claim, not a medical claim"),
])

# ======================= platform shop S2: 燃力运动营养 (main) =======================
c = U("91310115", "MA1H7P2R")
site("mall-ranli", False, [
    P("ranli-home", MALL + "/shop/ranli-lab/", "utf-8", False, shop_home("ranli-lab", "燃力LAB运动营养",
        "上海燃力运动营养有限公司｜统一社会信用代码：%s" % c, "",
        """<div class="banner">🔥撸铁人的口粮！乳清蛋白 / 增肌粉 / 电解质 / 肌酸，健身房同款，教练都在囤～</div>
<div class="tips">蛋白粉是食品不是药，营养补充要配合训练和饮食，别迷信“吃了就长肌肉”。</div>"""),
      "MARK_MISSING", "MARK_MISSING: shop home has shop-name and licence but no element with class token mall-mark — platform profile 亮标 duty (seed: 平台为网店亮标)"),
    P("ranli-shouxing", MALL + "/item/rl2001.html", "utf-8", False, item("燃脂代餐蛋白粉 香草味 2磅", "199", "",
        """姐妹们冲！早晚各一勺代替正餐，<b>月瘦20斤不是梦</b>，吃了不反弹！！燃烧脂肪 排出宿便 调节内分泌，<br>
❗30天无效全额退款，瘦不下来找我！""", shop="燃力LAB运动营养"),
      "FALSE_CLAIM", "FALSE_CLAIM: weight-loss efficacy with refund guarantee and 调节内分泌 for an ordinary food — 广告法第十七条, 第二十八条; 食品安全法第七十三条"),
    P("ranli-whey", MALL + "/item/rl2009.html", "utf-8", False, item("分离乳清蛋白粉 5磅 巧克力味", "329", "日常价 ¥599",
        """限时直降！<s>日常价599</s> 今天直播间只要329！！<br>蛋白质含量每份25g，适合训练后补充。""", shop="燃力LAB运动营养"),
      "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 日常价 599 above the 329-349 shown in captures 2 and 5 days before — 明码标价和禁止价格欺诈规定第十六条, 第十九条",
      hist=[(5, item("分离乳清蛋白粉 5磅 巧克力味", "349", "", "蛋白质含量每份25g。", shop="燃力LAB运动营养")),
            (2, item("分离乳清蛋白粉 5磅 巧克力味", "329", "", "蛋白质含量每份25g。", shop="燃力LAB运动营养"))]),
])

# ======================= platform shop S3: 老酒坊 (main) =======================
c = BAD(U("91321300", "MA1XR3T6"))
site("mall-laojiu", False, [
    P("laojiu-home", MALL + "/shop/laojiufang/", "utf-8", False, shop_home("laojiufang", "宿迁老酒坊酒类专营",
        "<p>营业执照信息</p><p>宿迁老酒坊酒业有限公司</p><p>统一社会信用代码：%s</p><p>酒类商品批发许可证 已办理</p>" % c, MARK,
        "<div>纯粮固态发酵，窖藏老酒，未成年人请勿饮酒🍶</div>"),
      "LICENSE_INVALID", "LICENSE_INVALID: displayed 统一社会信用代码 fails its GB 32100-2015 check character — 电子商务法第十五条 (false display)"),
    P("laojiu-gaofang", MALL + "/item/lj3001.html", "utf-8", False, item("酱香53度 飞天款 口感一模一样", "168", "",
        """懂的来～跟<span>高</span><span>仿</span>的不一样，我们这个是<b>高端定制仿真版</b>，瓶子盒子防伪码全套，送礼有面子，内行喝不出来区别！不议价。""", shop="宿迁老酒坊酒类专营"),
      "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 高仿 split across spans and 仿真版 with full-set fake 防伪码 for a branded liquor — 商标法第五十七条"),
    P("laojiu-youji", MALL + "/item/lj3005.html", "utf-8", False, item("浓香型白酒 52%vol 500ml 优级", "88", "",
        """<dl><dt>产品类型</dt><dd>浓香型白酒</dd><dt>执行标准</dt><dd>GB/T 10781.1</dd><dt>质量等级</dt><dd>优级</dd><dt>生产许可证</dt><dd>SC11532130000123</dd></dl>
复刻八十年代老包装，还是那个熟悉的味道。""", shop="宿迁老酒坊酒类专营"),
      "-", "trap: 优级 is the GB/T 10781.1 grade (standard grade exempt); 复刻 refers to the shop's own old packaging, not a copy of another's mark"),
    P("laojiu-chiming", MALL + "/item/lj3012.html", "utf-8", False, item("老酒坊 陈酿10年 礼盒装", "268", "",
        """<h3>✨中国驰名商标✨ 百年老窖 匠心酿造</h3>逢年过节送长辈，倍有面子～""", shop="宿迁老酒坊酒类专营"),
      "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: 驰名商标 used in advertising — 商标法第十四条第五款"),
])

# ======================= platform shop S4: 马家海鲜 (holdout) =======================
c = U("91370212", "MA3D8E2K")
site("mall-majia", True, [
    P("majia-home", MALL + "/shop/majia-haixian/", "utf-8", False, shop_home("majia-haixian", "青岛马家海鲜档口",
        "青岛马家海鲜有限公司 统一社会信用代码 %s" % c, '<span class="mall-mark" style="display:none">网剑商城 亮标认证</span>',
        "<div>🦀 码头直发，每天凌晨4点上货，活蟹活虾顺丰冷链！</div>"),
      "MARK_MISSING", "MARK_MISSING: the mall-mark element is hidden (display:none), so no mark is displayed — seed: 平台为网店亮标"),
    P("majia-xiexian", MALL + "/item/mj4002.html", "utf-8", False, item("鲜活梭子蟹 2斤装 顺丰冷链", "128", "",
        """活蟹属于鲜活易腐商品，依照《消费者权益保护法》第二十五条不适用七天无理由退货；到货死蟹超过2只请拍视频联系客服，包赔！""", shop="青岛马家海鲜档口"),
      "-", "trap: refusal limited to 鲜活易腐 goods, the statutory exemption of 消费者权益保护法第二十五条(二)"),
    P("majia-hetun", MALL + "/item/mj4010.html", "utf-8", False, item("野生河豚 现杀 鲜货 1斤", "158", "",
        """正宗长江野生河豚🐡，渔民刚捞上来的，现杀现发，不是养殖的！河豚血和肝可以要求留（懂的人都懂），吃过的都说鲜掉眉毛""", shop="青岛马家海鲜档口"),
      "PROHIBITED_GOODS", "PROHIBITED_GOODS: wild pufferfish, fresh and with liver/blood — only farmed 河鲀 processed by approved plants may be sold (农办渔〔2016〕53号; 食品安全法第三十四条)"),
])

# ======================= platform shop S5: 康源保健 (main) =======================
c = U("91340100", "MA2T6Y4G")
site("mall-kangyuan", False, [
    P("kangyuan-home", MALL + "/shop/kangyuan/", "utf-8", False, shop_home("kangyuan", "康源保健食品专营店",
        "合肥康源保健品有限公司<br>统一社会信用代码：%s<br>食品经营许可证：JY13401040056789" % c, '<div class="shop-badges"><span class="badge mall-mark">亮标</span></div>',
        """<div class="bluehat">🔵蓝帽子保健食品｜康源牌 灵芝孢子粉胶囊 国食健注G20190321<br>保健功能：增强免疫力<br>
适宜人群：免疫力低下者；不适宜人群：少年儿童、孕妇、乳母<br><b>保健食品不是药物，不能代替药物治疗疾病。</b></div>"""),
      "-", "trap: approved 保健功能 of a registered 保健食品 with the mandatory 不能代替药物 warning (保健食品注册与备案管理办法) — lawful health claim; mark present via class token in a list"),
    P("kangyuan-gutiyinliao", MALL + "/item/ky5003.html", "utf-8", False, item("苦荞桑叶茶 固体饮料 30袋", "59", "",
        """家里老人血糖高的赶紧囤！！每天一袋，<b>降糖降压降血脂</b>，三高人群喝了两个月停了降压药，医生都说好～""", shop="康源保健食品专营店"),
      "FALSE_CLAIM", "FALSE_CLAIM: ordinary 固体饮料 claiming to lower blood sugar/pressure and replace medicine — 广告法第十七条; 食品安全法第七十一条"),
    P("kangyuan-mianjian", MALL + "/item/ky5008.html", "utf-8", False, item("蜂胶软胶囊 60粒", "168", "",
        """<ul><li>国家质量免检产品</li><li>ISO9001质量管理体系认证</li><li>蓝帽子 国食健注G20180456</li></ul>""", shop="康源保健食品专营店"),
      "FALSE_HONOUR", "FALSE_HONOUR: 国家免检 scheme abolished in 2008 (国务院令第503号废止), so the honour cannot be true — 广告法第二十八条"),
    P("kangyuan-vitc", MALL + "/item/ky5012.html", "utf-8", False, item("维生素C咀嚼片 蓝帽子 100片", "49", "",
        """🔵 保健食品 国食健字G20120345 ｜ 保健功能：补充维生素C<br>❗防骗提醒：保健食品不能治病！凡是说“根治”“治愈”“替代药物”的都是骗人的，请认准蓝帽子并遵医嘱。<br>本品不能代替药物。""", shop="康源保健食品专营店"),
      "-", "trap: registered 营养素补充剂 stating only its approved function; 根治/治愈 appear in an anti-fraud warning"),
])

# ======================= platform shop S6: 益膳特医 (holdout) =======================
c = U("91420106", "MA4K7F3A")
site("mall-yishan", True, [
    P("yishan-home", MALL + "/shop/yishan-tmfood/", "utf-8", False, shop_home("yishan-tmfood", "益膳特医营养",
        "武汉益膳营养科技有限公司　统一社会信用代码 %s" % c, '<span class="mall-mark-old">亮标(旧)</span>',
        "<div>特殊医学用途配方食品专营 · 药师在线</div>"),
      "LICENSE_MISMATCH,MARK_MISSING", "LICENSE_MISMATCH: registry status 吊销 for the displayed code — 电子商务法第十五条; MARK_MISSING: class token is mall-mark-old, not mall-mark — seed 平台为网店亮标"),
    P("yishan-tsmf", MALL + "/item/ys6001.html", "utf-8", False, item("全营养配方食品 特殊医学用途配方食品 400g", "298", "",
        """产品注册证号：国食注字TY20200017<br>适用人群：10岁以上需要补充营养的人群<br>
<b>请在医生或临床营养师指导下使用；不适用于非目标人群使用；本品禁止用于肠外营养支持和静脉注射。</b>""", shop="益膳特医营养"),
      "-", "trap: 特医食品 label statements required by GB 29922 and 特殊医学用途配方食品注册管理办法; no treatment claim"),
    P("yishan-tangniao", MALL + "/item/ys6004.html", "utf-8", False, item("控糖营养粉 糖友专用", "199", "",
        """坚持吃三个月，很多糖友<b>糖尿病治愈</b>了，胰岛素都打少了！<br>📷收到货晒图带字好评，联系客服返10元，限前100名""", shop="益膳特医营养"),
      "FALSE_CLAIM,REVIEW_INDUCEMENT", "FALSE_CLAIM: food claiming to cure diabetes — 广告法第十七条; REVIEW_INDUCEMENT: cash back for picture reviews — 电子商务法第十七条"),
])

# ======================= platform shop S7: 阿福零食屋 (main) =======================
site("mall-afu", False, [
    P("afu-home", MALL + "/shop/afu-snack/", "utf-8", False, shop_home("afu-snack", "阿福零食屋",
        "店主很懒，资质以后再补～", "",
        "<div>🍿 坚果炒货 辣条 肉脯 一站购齐，满59包邮！</div>"),
      "LICENSE_MISSING,MARK_MISSING", "LICENSE_MISSING: shop home shows no licence, code, image or link (platform footer is the platform's own) — 电子商务法第十五条; MARK_MISSING: no mall-mark element"),
    P("afu-jianguo", MALL + "/item/af7002.html", "utf-8", False, item("每日坚果 30包 混合果仁", "89", "",
        """密封独立小包装，保质期8个月。<br>⚠️温馨提示：食品类商品一经售出，<b>不支持7天无理由退换</b>，拍下即视为同意哦～""", shop="阿福零食屋"),
      "RETURN_REFUSED", "RETURN_REFUSED: sealed shelf-stable nuts are outside 消费者权益保护法第二十五条 exemptions; blanket 不支持7天无理由"),
    P("afu-lajiao", MALL + "/item/af7010.html", "utf-8", False, item("网红辣条 大礼包", "29.9", "",
        """<b>全网最低价</b>！！同款辣条全网销量第一，吃过最好吃的辣条没有之一😋""", shop="阿福零食屋"),
      "ABSOLUTE_TERM", "ABSOLUTE_TERM: 全网最低价, 销量第一, 最好吃 as unprovable superlatives — 广告法第九条第三项"),
])

# ======================= platform shop S8: 轻盈代餐 (holdout) =======================
c = U("91430104", "MA4Q2R8B")
site("mall-qingying", True, [
    P("qingying-home", MALL + "/shop/qingying/", "utf-8", False, shop_home("qingying", "轻盈代餐官方店",
        '<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091430104MA4Q2R8B1234&amp;signData=MEUCIQD">长沙轻盈食品有限公司 电子营业执照</a> 统一社会信用代码 %s' % (c, c),
        '<i class="icon mall-mark shine" title="平台认证">✔</i>',
        """<table class="nutrition"><caption>营养成分表（每份30g）</caption><tr><td>能量</td><td>460kJ</td><td>5%</td></tr><tr><td>蛋白质</td><td>8.0g</td><td>13%</td></tr><tr><td>糖</td><td>0g</td><td></td></tr></table>
<p>高蛋白、无蔗糖（含糖醇），代餐是饮食管理的一部分，不能替代均衡膳食，减重效果因人而异。</p>"""),
      "-", "trap: 营养成分表 and 无蔗糖/高蛋白 content claims allowed by GB 28050; the 因人而异 advice is no efficacy claim; zzlz serial names the same code; mark token present among classes"),
    P("qingying-naixi", MALL + "/item/qy8003.html", "utf-8", False, item("代餐奶昔 10袋装", "99", "原价 ¥199",
        """<b>史上最强</b>代餐，闺蜜群都在喝～""", shop="轻盈代餐官方店"),
      "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE", "ABSOLUTE_TERM: 史上最强 — 广告法第九条第三项; FAKE_ORIGINAL_PRICE: 原价199 above the 89 shown 3 days before — 明码标价和禁止价格欺诈规定第十六条",
      hist=[(3, item("代餐奶昔 10袋装", "89", "", "闺蜜群都在喝～", shop="轻盈代餐官方店"))]),
    P("qingying-bang", MALL + "/item/qy8005.html", "utf-8", False, item("蛋白棒 12支", "79", "原价 ¥109",
        """巧克力脆脆口味，一支15g蛋白质。""", shop="轻盈代餐官方店"),
      "-", "trap: 原价109 equals the price shown 1 and 4 days before; the 69 capture is 9 days old (outside the 7-day window of 第十六条)",
      hist=[(9, item("蛋白棒 12支", "69", "", "巧克力脆脆口味。", shop="轻盈代餐官方店")),
            (4, item("蛋白棒 12支", "109", "", "巧克力脆脆口味。", shop="轻盈代餐官方店")),
            (1, item("蛋白棒 12支", "109", "", "巧克力脆脆口味。", shop="轻盈代餐官方店"))]),
])

# ======================= I1 鲜果家 (main, GBK, javashop) =======================
c = U("91440106", "MA5CK9H2")
F1 = """<p><a href="/about.html">关于我们</a> | <a href="/help.html">配送说明</a> | <a href="/license.html">营业执照</a></p>
<p>广州鲜果家农业科技有限公司 &nbsp; 统一社会信用代码：%s</p>
<p><a href="https://beian.miit.gov.cn/">粤ICP备2021078923号-1</a> &nbsp; 粤公网安备 44010602009876号</p>""" % c
H = "http://www.xianguojia.test"
site("xianguojia", False, [
    P("xianguojia-home", H + "/", "gbk", False, page("javashop", "鲜果家 - 产地直发水果", "gbk",
        """<div class="floor"><h2>本周鲜果</h2><ul class="goods-list"><li>赣南脐橙 特级果 5斤 ￥39.9</li><li>海南金煌芒 一级果 ￥29.9</li></ul>
<p>芒果到货后放常温2-3天，表皮微皱、有果香时就是最佳赏味期。特级、一级按 GB/T 15034 等级规格分级。</p></div>""", F1),
      "-", "trap: 特级果/一级果 are grade words of a standard and 最佳赏味期 is a storage tip — both exempt under the 2023 绝对化用语 guideline"),
    P("xianguojia-mihoutao", H + "/goods-318.html", "gbk", False, page("javashop", "红心猕猴桃 12枚装", "gbk",
        """<div class="goods-info"><h1>红心猕猴桃 12枚装</h1><div class="price">￥59.9</div>
<p>维C之王！每天两个，<b>防癌抗癌</b>，软化血管，便秘的吃了第二天就通，比吃药强多了～</p></div>""", F1),
      "FALSE_CLAIM", "FALSE_CLAIM: fruit claimed to prevent cancer, soften vessels and beat medicine — 广告法第十七条, 第二十八条"),
    P("xianguojia-chengzi", H + "/goods-322.html", "gbk", False, page("javashop", "赣南脐橙 10斤", "gbk",
        """<div class="goods-info"><h1>赣南脐橙 10斤</h1><div class="price-box"><span class="price">￥49.9</span> <del class="price-market">市场价：￥89</del></div>
<p>果园现摘现发，坏果包赔。</p></div>""", F1),
      "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 市场价 89 above the 45.9 shown 6 days before — 明码标价和禁止价格欺诈规定第十六条",
      hist=[(6, page("javashop", "赣南脐橙 10斤", "gbk", """<div class="goods-info"><h1>赣南脐橙 10斤</h1><div class="price-box"><span class="price">￥45.9</span></div></div>""", F1))]),
    P("xianguojia-piyao", H + "/news-45.html", "gbk", False, page("javashop", "关于“高仿车厘子”传言的说明", "gbk",
        """<div class="article"><h1>关于“高仿车厘子”传言的说明</h1><p>近日有顾客私信问我们卖的是不是“高仿车厘子”“染色车厘子”。在此说明：本店车厘子均为智利进口，附海关报关单与检验检疫证明，不存在所谓高仿，欢迎到店查验单据。</p></div>""", F1),
      "-", "trap: 高仿 appears only in a rebuttal of a rumour; nothing counterfeit is offered (商标法第五十七条 not engaged)"),
])

# ======================= I2 环球佳品 (main, GBK, opencart) =======================
c = U("91350200", "MA32HK7N")
F2 = """<p>厦门环球佳品贸易有限公司 版权所有 &copy; 2024</p><p>统一社会信用代码 %s ｜ 进口食品均附入境货物检验检疫证明</p><p>Powered By OpenCart</p>""" % c
H = "http://www.huanqiujiapin.test"
site("huanqiujiapin", False, [
    P("huanqiu-home", H + "/", "gbk", False, page("opencart", "环球佳品 进口食品", "gbk",
        """<div class="row"><div class="product-layout"><h4>意大利 特级初榨橄榄油 1L</h4><p class="price">￥128</p></div><div class="product-layout"><h4>比利时 黑巧克力 72%</h4><p class="price">￥45</p></div></div>""", F2),
      "ICP_MISSING,LICENSE_MISMATCH", "ICP_MISSING: independent home shows no ICP filing or licence — 互联网信息服务管理办法第十二条; LICENSE_MISMATCH: registry status 注销 — 电子商务法第十五条"),
    P("huanqiu-fuke", H + "/index.php?route=product/product&product_id=52", "gbk", False, page("opencart", "G家 金装巧克力礼盒 复刻版", "gbk",
        """<h1>G家金装巧克力礼盒（复刻版）</h1><p class="price">￥69</p><ul><li>盒子、丝带、金标 <b>1:1复刻</b> 专柜版</li><li>口感接近正品八成，送女友不会穿帮</li></ul>""", F2),
      "COUNTERFEIT_TERM,LICENSE_MISMATCH", "COUNTERFEIT_TERM: 1:1复刻 of another brand's boxed chocolate — 商标法第五十七条; LICENSE_MISMATCH: footer shows the code the registry lists as 注销 — 电子商务法第十五条"),
    P("huanqiu-ganlan", H + "/index.php?route=product/product&product_id=41", "gbk", False, page("opencart", "特级初榨橄榄油 1L", "gbk",
        """<h1>意大利 特级初榨橄榄油 1L</h1><p class="price">￥128</p><table class="table"><tr><td>等级</td><td>特级初榨橄榄油</td></tr><tr><td>执行标准</td><td>GB/T 23347</td></tr><tr><td>原产国</td><td>意大利</td></tr><tr><td>进口商</td><td>厦门环球佳品贸易有限公司</td></tr></table>
<p>凉拌、低温烹饪风味最好，开瓶后请避光保存并在3个月内用完。</p>""", F2),
      "LICENSE_MISMATCH", "LICENSE_MISMATCH: footer shows the code the registry lists as 注销 — 电子商务法第十五条. Look-alikes lawful: 特级初榨 is the GB/T 23347 grade name; 风味最好 is cooking advice"),
])

# ======================= I3 味鲜达预制菜 (main, GBK, javashop) =======================
c = U("91320506", "MA1Y6W3D")
F3 = """<table class="foot-info" width="100%%"><tr><td>苏州味鲜达食品有限公司</td><td>统一社会信用代码：%s</td></tr>
<tr><td>食品生产许可证：SC11132050600456</td><td>苏ICP备XXXXXXXX号</td></tr></table>""" % c
H = "http://www.weixianda.test"
site("weixianda", False, [
    P("weixianda-home", H + "/index.html", "gbk", False, page("javashop", "味鲜达 预制菜 家宴年菜", "gbk",
        """<div class="floor"><h2>年夜饭套餐</h2><p>8菜1汤，解冻加热10分钟上桌，冷链配送。</p></div>""", F3),
      "ICP_INVALID", "ICP_INVALID: 苏ICP备XXXXXXXX号 is a placeholder, not a filing — 非经营性互联网信息服务备案管理办法"),
    P("weixianda-foutiaoqiang", H + "/goods-9.html", "gbk", False, page("javashop", "佛跳墙 家宴装", "gbk",
        """<div class="goods-info"><h1>佛跳墙 家宴装 1.5kg</h1><div class="price">￥268</div>
<p>国宴级大厨亲自研发，<b>全国第一</b>的预制佛跳墙，行业天花板，别家都是渣渣！</p></div>""", F3),
      "ABSOLUTE_TERM,ICP_INVALID", "ABSOLUTE_TERM: 国宴级 (a 国家级 equivalent), 全国第一, 天花板 as claims — 广告法第九条第三项; ICP_INVALID: footer shows the placeholder 苏ICP备XXXXXXXX号 — 非经营性互联网信息服务备案管理办法"),
    P("weixianda-hongshaorou", H + "/goods-12.html", "gbk", False, page("javashop", "外婆红烧肉", "gbk",
        """<div class="goods-info"><h1>外婆红烧肉 500g</h1><div class="price">￥39.9</div>
<p>复刻外婆灶台上那一口：冰糖炒色、黄酒慢炖两小时。配料：猪五花肉、冰糖、黄酒、酱油（酿造酱油 特级）。</p></div>""", F3),
      "ICP_INVALID", "ICP_INVALID: footer shows the placeholder 苏ICP备XXXXXXXX号 — 非经营性互联网信息服务备案管理办法. Look-alikes lawful: 复刻 of the family's own recipe; 特级 is the GB/T 18186 soy-sauce grade"),
])

# ======================= I4 川味小厨 外卖店 (main, GB18030, waimai) =======================
c = U("91510107", "MA6C2R7J")
F4 = """<h4>商家资质</h4><img src="/qual/yyzz.jpg" alt="营业执照 成都川味小厨餐饮管理有限公司 %s"><br>
<img src="/qual/spjy.jpg" alt="食品经营许可证 JY25101070098765"><br>
<span class="beian">蜀ICP备2022011234号-2</span> <span>川公网安备 51010702001234号</span>""" % c
H = "http://chuanwei.test"
site("chuanwei", False, [
    P("chuanwei-home", H + "/", "gb18030", False, page("waimai", "川味小厨（玉林店）", "gb18030",
        """<div class="shop-info">⭐4.8 月售3000+ 🛵 30分钟送达</div>
<div class="activity">🧧 下单后给五星好评并配图，凭截图下次送冒菜一份或返现5元～ 😘</div>""", F4),
      "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: food or cash for five-star picture reviews — 电子商务法第十七条; licence shown in image alt text, ICP with variant 蜀; emoji outside GBK"),
    P("chuanwei-menu", H + "/menu.html", "gb18030", False, page("waimai", "川味小厨 菜单", "gb18030",
        """<ul class="menu"><li>🌶️ 招牌毛血旺 ¥48 — <b>成都最正宗</b>，吃过的都说是全城No.1</li><li>🥢 夫妻肺片 ¥32</li><li>辣度：微辣/中辣/特辣（特辣慎点🔥）</li></ul>""", F4),
      "ABSOLUTE_TERM", "ABSOLUTE_TERM: 最正宗, 全城No.1 — 广告法第九条第三项 (特辣 is a spice level, not a claim)"),
    P("chuanwei-notice", H + "/notice.html", "gb18030", False, page("waimai", "川味小厨 食品安全公示", "gb18030",
        """<div class="food-safety">📋 食品安全信息公示：量化分级 A级（良好）｜从业人员健康证齐全｜明厨亮灶直播👉<br>
本店不使用罂粟壳等非食用物质，底料全部自炒，欢迎监督举报。<br>📍 餐具每日消毒，外卖封签防拆。</div>""", F4),
      "-", "trap: 罂粟壳 appears in a refusal; 量化分级 A级 is the official 餐饮服务食品安全量化分级 rating, not a claim"),
])

# ======================= I5 台康健康館 (main, Big5, zencart) =======================
c = U("91350203", "MA31XK4F")
F5 = """<div id="siteinfoLegal">廈門台康貿易有限公司<br>統一社會信用代碼：%s<br>閩公網安備 35020302001122號<br>Copyright &copy; 2025 台康健康館</div>""" % c
H = "http://www.taikang.test"
site("taikang", False, [
    P("taikang-home", H + "/", "big5", False, page("zencart", "台康健康館 台灣原裝進口食品", "big5",
        """<div class="centerColumn" id="indexDefault"><h1 id="indexDefaultHeading">歡迎光臨台康健康館</h1>
<div id="indexDefaultMainContent">台灣原裝進口 鳳梨酥、牛軋糖、高山茶，大陸地區包郵，海關清關文件齊全。</div></div>""", F5),
      "ICP_MISSING", "ICP_MISSING: only a 公網安備 number is shown, which is not an ICP filing — 互聯網信息服務管理辦法第十二條"),
    P("taikang-yexue", H + "/index.php?main_page=product_info&products_id=21", "big5", False, page("zencart", "納豆紅麴膠囊", "big5",
        """<h1 id="productName">納豆紅麴膠囊 90粒</h1><h2 id="productPrices" class="productGeneral"><span class="price">人民幣 368元</span></h2>
<div id="productDescription">台灣銷售冠軍！每天兩粒，<b>血壓血脂全部降下來</b>，中風的長輩吃了都能走路，可以<b>取代降壓藥</b>。</div>""", F5),
      "ABSOLUTE_TERM,FALSE_CLAIM", "FALSE_CLAIM: ordinary food (no 保健食品 registration) claims to lower blood pressure and replace medicine — 廣告法第十七條; ABSOLUTE_TERM: 銷售冠軍 unproven — 廣告法第九條第三項"),
    P("taikang-lanmao", H + "/index.php?main_page=product_info&products_id=27", "big5", False, page("zencart", "魚油軟膠囊", "big5",
        """<h1 id="productName">深海魚油軟膠囊 100粒</h1><h2 class="productGeneral"><span class="price">人民幣 198元</span></h2>
<div id="productDescription"><dl><dt>批准文號</dt><dd>國食健注J20190015</dd><dt>保健功能</dt><dd>輔助降血脂</dd><dt>注意事項</dt><dd>本品不能代替藥物；不宜超過推薦量或與同類營養素補充劑同時食用。</dd></dl></div>""", F5),
      "-", "trap: registered 保健食品 (import J number) stating only its approved function 輔助降血脂 with the 不能代替藥物 warning — lawful"),
])

# ======================= I6 港優母嬰 (holdout, Big5, presta) =======================
c = U("91440300", "MA5G4T8Q")
F6 = """<div class="block-contact"><p>深圳港優母嬰貿易有限公司</p><p>統一社會信用代碼 %s</p><p>粵ICP備2019112233號-1</p></div>""" % c
H = "https://www.gangyou.test"
site("gangyou", True, [
    P("gangyou-home", H + "/", "big5", False, page("presta", "港優母嬰 香港直郵奶粉", "big5",
        """<section class="featured-products"><h2>香港直郵 奶粉 尿片</h2><p>每週兩次直郵，附香港購物小票。</p></section>""", F6),
      "LICENSE_MISMATCH", "LICENSE_MISMATCH: registry status 經營異常 for the displayed code — 電子商務法第十五條; 網絡交易監督管理辦法第十二條"),
    P("gangyou-yuandan", H + "/naifen/12-mj-a2.html", "big5", False, page("presta", "港版 3段奶粉 原單", "big5",
        """<h1 class="h1">港版 3段 幼兒奶粉 900g</h1><div class="product-prices"><span class="price">￥168</span></div>
<div class="product-description">工廠<b>原單</b>尾貨，跟專櫃同一條生產線，沒有香港小票，價格只要一半，懂的姐妹直接拍。</div>""".replace("￥", "¥"), F6),
      "COUNTERFEIT_TERM,LICENSE_MISMATCH", "COUNTERFEIT_TERM: 原單 尾貨 offered for a branded formula without provenance — 商標法第五十七條; LICENSE_MISMATCH: footer code listed as 經營異常 — 電子商務法第十五條"),
])

# ======================= I7 窖香酒业 批发 (main, GBK, b2b) =======================
c = U("91510500", "MA62KL4R")
F7 = """<dl class="contact"><dt>公司名称</dt><dd>泸州窖香酒业有限公司</dd><dt>统一社会信用代码</dt><dd>%s</dd><dt>网站备案</dt><dd>川ICP备2019056789号-1</dd></dl>""" % c
H = "http://jiaoxiang.test"
site("jiaoxiang", False, [
    P("jiaoxiang-home", H + "/", "gbk", False, page("b2b", "泸州窖香酒业有限公司", "gbk",
        """<div class="supply"><h3>供应产品</h3><table><tr><th>品名</th><th>起批量</th><th>批发价</th></tr><tr><td>浓香型白酒 52度 优级</td><td>≥10箱</td><td>￥360/箱</td></tr><tr><td>光瓶酒 42度 一级</td><td>≥20箱</td><td>￥150/箱</td></tr></table>
<p>执行标准 GB/T 10781.1，优级、一级为国标质量等级。最低起订量10箱。</p></div>""", F7),
      "-", "trap: 优级/一级 are GB/T 10781.1 quality grades; 最低起订量 is a factual order minimum"),
    P("jiaoxiang-chiming", H + "/offer/5521.html", "gbk", False, page("b2b", "窖香 陈酿 礼盒", "gbk",
        """<div class="offer"><h1>窖香陈酿 礼盒装 6瓶/箱</h1><p class="price">￥880/箱</p><p>“窖香”商标荣获<b>中国驰名商标</b>，诚招各地经销商！</p></div>""", F7),
      "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: 中国驰名商标 in trade advertising — 商标法第十四条第五款"),
    P("jiaoxiang-yangjiu", H + "/offer/5590.html", "gbk", False, page("b2b", "进口洋酒 XO 批发", "gbk",
        """<div class="offer"><h1>XO 干邑风格 700ml 洋酒</h1><p class="price">￥45/瓶</p><p>大牌<b>仿</b>&#29260;，<b>1比1</b>瓶型，酒吧KTV夜场专供，量大从优。</p></div>""", F7),
      "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 仿牌 (second character as a numeric reference) and 1比1 bottle copy — 商标法第五十七条"),
])

# ======================= I8 北粮粮油 (main, GBK, b2b, wrong meta utf-8) =======================
c = U("91230100", "MA1B7CD3")
F8 = """哈尔滨北粮粮油有限公司<br>统一社会信用代码：%s<br>地址：哈尔滨市道里区××路88号 电话：0451-8888××××""" % c
H = "http://beiliang.test"
site("beiliang", False, [
    P("beiliang-home", H + "/", "gbk", False, page("b2b", "北粮粮油 东北大米 大豆油", "utf-8",
        """<div class="supply"><p>五常稻花香 一级大米（GB/T 1354）｜ 一级大豆油（GB/T 1535）</p></div>""", F8),
      "ICP_MISSING", "ICP_MISSING: independent home shows no ICP number — 互联网信息服务管理办法第十二条; trap words 一级 are standard grades. Bytes are GBK but the meta says utf-8 (wrong charset meta)"),
    P("beiliang-mianjian", H + "/product/7.html", "gbk", False, page("b2b", "东北大豆油 5L", "utf-8",
        """<div class="offer"><h1>非转基因大豆油 5L</h1><p class="price">￥69.8</p><p>荣誉：<b>国家免检产品</b>、省著名商标、AAA级信用企业</p></div>""", F8),
      "FALSE_HONOUR", "FALSE_HONOUR: 国家免检产品 — scheme abolished 2008, cannot be true — 广告法第二十八条. Bytes are GBK but the meta says utf-8 (wrong charset meta)"),
])

# ======================= I9 点云餐饮 SaaS (holdout, utf-8, saas) =======================
c = U("91330110", "MA2KJ8N4")
F9 = """<div class="f-legal"><span>杭州点云餐饮软件有限公司</span><span>统一社会信用代码 %s</span><span><a href="https://beian.miit.gov.cn">萌ICP备20220518号</a></span></div>""" % c
H = "https://www.dianyun-canyin.test"
site("dianyun", True, [
    P("dianyun-home", H + "/", "utf-8", False, page("saas", "点云 餐饮收银与外卖小程序", "utf-8",
        """<section class="hero"><h1>让每家小餐馆都有自己的点餐小程序</h1><p>扫码点餐 · 外卖自配送 · 会员储值 · 食安台账</p></section>""", F9, html5_meta=True),
      "ICP_INVALID", "ICP_INVALID: 萌ICP备 is a joke registry, not a filing under 非经营性互联网信息服务备案管理办法"),
    P("dianyun-pricing", H + "/pricing.html", "utf-8", False, page("saas", "价格方案 - 点云", "utf-8",
        """<table class="plans"><tr><th>方案</th><th>基础版</th><th>专业版</th><th>旗舰版</th></tr>
<tr><td>年费</td><td>¥980/年</td><td>¥2980/年</td><td>¥6800/年</td></tr><tr><td>门店数</td><td>1</td><td>最多3家</td><td>最多20家</td></tr>
<tr><td>好评管理</td><td>—</td><td>✓ 自动回复差评</td><td>✓</td></tr></table>
<p class="note">平台规则提醒：本系统不提供“好评返现”“刷单”功能，邀评卡片不得附带任何奖励。</p>""", F9, html5_meta=True),
      "ICP_INVALID", "ICP_INVALID: footer shows the joke 萌ICP备 number on this page too — 非经营性互联网信息服务备案管理办法. Look-alikes lawful: 最多3家 is a plan limit; 好评返现 appears in a refusal"),
])

# ======================= I10 田地农产 自产自销 (main, utf-8, plain) =======================
H = "http://www.tiandi-nong.test"
F10 = """<p>本店为农户自产自销农副产品，依据《中华人民共和国电子商务法》第十条，属于不需要办理市场主体登记的情形。</p>
<p>经营者：赣州市信丰县 刘××（个人农户）　<a href="https://beian.miit.gov.cn/">赣ICP备2023001122号-1</a></p>"""
site("tiandi", False, [
    P("tiandi-home", H + "/", "utf-8", False, page("plain", "老刘家脐橙 土鸡蛋", "utf-8",
        """<h2>老刘家果园</h2><p>自家果园种的脐橙，自家散养的土鸡下的蛋，量不多，卖完就等明年～</p>""", F10),
      "-", "trap: no licence code but the 电子商务法第十条 exemption statement for 自产农副产品 is displayed (第十五条 allows it); ICP filed"),
    P("tiandi-jidan", H + "/jidan.html", "utf-8", False, page("plain", "土鸡蛋 30枚", "utf-8",
        """<h2>散养土鸡蛋 30枚 ¥45</h2><p>鸡蛋属于鲜活易腐商品，收货后非质量问题不支持七天无理由退货；破损的拍照给我，按个数赔。</p>""", F10),
      "-", "trap: refusal limited to 鲜活易腐 goods — 消费者权益保护法第二十五条(二)"),
])

# ======================= I11 禾苗婴童 辅食 (holdout, utf-8 BOM, social) =======================
c = U("91310105", "MA1G8K3N")
F11 = """<div class="lic">营业执照公示：上海禾苗婴童食品有限公司 · 统一社会信用代码 %s<br>沪ICP备2020012345号-3 · 沪公网安备 31010502006789号</div>""" % c
H = "https://m.hemiao-baby.test"
site("hemiao", True, [
    P("hemiao-home", H + "/", "utf-8", True, page("social", "禾苗宝宝辅食", "utf-8",
        """<div class="article">🍼 6个月添加辅食，第一口建议高铁米粉；不要过早加盐加糖，1岁前辅食不加盐是最好的习惯哦～（参考《中国居民膳食指南》婴幼儿喂养指南）</div>""", F11),
      "-", "trap: '最好的习惯' is feeding advice quoting the dietary guideline, not a claim about goods"),
    P("hemiao-fanxian", H + "/goods/1203", "utf-8", True, page("social", "宝宝肉松", "utf-8",
        """<div class="goods"><h1>宝宝肉松 无添加 100g</h1><span class="price">¥39.9</span><p>收货后晒图评价满20字，私信店主截图，<b>返3元</b>到微信零钱～</p></div>""", F11),
      "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: cash back for picture reviews — 电子商务法第十七条"),
    P("hemiao-mianyi", H + "/goods/1210", "utf-8", True, page("social", "益生菌溶豆", "utf-8",
        """<div class="goods"><h1>益生菌溶豆 宝宝零食</h1><span class="price">¥29.9</span><p>每天一小把，<b>提高免疫力 预防感冒发烧</b>，宝宝一年都没去过医院！</p></div>""", F11),
      "FALSE_CLAIM", "FALSE_CLAIM: infant snack claiming immunity and disease prevention — 广告法第十七条; 食品安全法第七十三条"),
])

# ======================= I12 拼享 拼团 (main, utf-8 BOM, miniapp) =======================
c = BAD(U("91330302", "MA2L5B8R"))
F12 = """<view class="about">温州拼享电子商务有限公司 统一社会信用代码：%s<br>港ICP备2021011223号</view>""" % c
H = "https://pin.pinxiang.test"
site("pinxiang", False, [
    P("pinxiang-home", H + "/", "utf-8", True, page("miniapp", "拼享 3人团 砍价0元拿", "utf-8",
        """<view class="groups"><view class="g">🔥 3人团 阳澄湖大闸蟹券 ¥99</view><view class="g">砍一刀 0元领 坚果礼盒</view></view>""", F12),
      "ICP_INVALID,LICENSE_INVALID", "LICENSE_INVALID: displayed code fails its GB 32100 check character — 电子商务法第十五条; ICP_INVALID: 港 is no ICP province abbreviation — 非经营性互联网信息服务备案管理办法"),
    P("pinxiang-xie", H + "/group/8831.html", "utf-8", True, page("miniapp", "阳澄湖大闸蟹礼券 3人团", "utf-8",
        """<view class="goods"><text class="price">拼团价 ¥99</text> <text class="price-del">原价 ¥298</text><view>4两公蟹+3两母蟹 各4只，礼券全国通用</view></view>""", F12),
      "FAKE_ORIGINAL_PRICE,ICP_INVALID,LICENSE_INVALID", "FAKE_ORIGINAL_PRICE: 原价298 above the 119 shown 4.5 days before — 明码标价和禁止价格欺诈规定第十六条; LICENSE_INVALID and ICP_INVALID: the footer repeats the bad code and 港ICP备 — 电子商务法第十五条; 备案管理办法",
      hist=[(4.5, page("miniapp", "阳澄湖大闸蟹礼券 3人团", "utf-8", """<view class="goods"><text class="price">拼团价 ¥119</text><view>4两公蟹+3两母蟹 各4只</view></view>""", F12))]),
])

# ======================= I13 甬礼 企业微信商城 (main, utf-8, no meta) =======================
c = U("91330205", "MA2J3U7E")
F13 = """<p>宁波甬礼食品有限公司 ｜ 统一社会信用代码 %s ｜ <a href="https://beian.miit.gov.cn/">浙ICP备2020056789号-2</a></p>""" % c
H = "https://wx.yongli-food.test"
site("yongli", False, [
    P("yongli-home", H + "/", "utf-8", False, page("social", "甬礼 企业团购 年货礼盒", None,
        """<div class="wecom-card">👋 我是你的专属顾问小甬，加企业微信领团购价～<br>宁波汤圆、烤麸、年糕、黄鱼鲞，企业福利一站搞定</div>""", F13),
      "-", "trap: clean home with licence and ICP; page carries no charset meta at all (missing charset meta)"),
    P("yongli-lihe", H + "/goods/lihe-2026.html", "utf-8", False, page("social", "2026 年货礼盒", None,
        """<div class="goods"><h1>宁波年货礼盒（年糕+烤麸罐头+黄鱼鲞）</h1><span class="price">¥168</span>
<p>企业采购说明：礼盒商品一经发出<b>概不退换</b>，不支持七天无理由，下单前请确认。</p></div>""", F13),
      "RETURN_REFUSED", "RETURN_REFUSED: sealed gift boxes of shelf-stable food are outside the 第二十五条 exemptions — 消费者权益保护法第二十五条. No charset meta (missing)"),
    P("yongli-dingzhi", H + "/goods/dingzhi-tangyuan.html", "utf-8", False, page("social", "企业LOGO定制汤圆礼盒", None,
        """<div class="goods"><h1>企业LOGO定制 汤圆礼盒</h1><span class="price">¥58起</span><p>按贵司LOGO定制印刷外盒，属于定作商品，依法不适用七天无理由退货；速冻汤圆亦属易腐食品。</p></div>""", F13),
      "-", "trap: 定作 goods, exempt under 消费者权益保护法第二十五条(一). No charset meta (missing)"),
])

# ======================= I14 纤姿减肥茶 (holdout, GBK, opencart) =======================
H = "http://www.xianzi-cha.test"
F14 = """<p>客服微信：xianzi88 ｜ 工作时间 9:00-22:00</p><p>&copy; 2025 纤姿茶坊</p>"""
site("xianzi", True, [
    P("xianzi-home", H + "/", "gbk", False, page("opencart", "纤姿茶坊 - 官网", "gbk",
        """<div class="slideshow"><h2>纤姿 荷叶决明子茶</h2><p>2022年度中国名牌产品 · 畅销十年</p></div>""", F14),
      "FALSE_HONOUR,ICP_MISSING,LICENSE_MISSING", "LICENSE_MISSING: no licence information — 电子商务法第十五条; ICP_MISSING: no ICP — 互联网信息服务管理办法第十二条; FALSE_HONOUR: 中国名牌产品 evaluation stopped in 2008 (质检总局2008年第101号公告), a 2022 award cannot be true — 广告法第二十八条"),
    P("xianzi-diaocheng", H + "/index.php?route=product/product&product_id=8", "gbk", False, page("opencart", "荷叶决明子茶 30包", "gbk",
        """<h1>荷叶决明子茶 30包</h1><p class="price">￥98</p><p>一周掉秤8斤！<b>刮油去脂 排毒通便</b>，管不住嘴也能瘦，<b>中国驰名商标</b>，老品牌放心喝。</p>""", F14),
      "FALSE_CLAIM,WELLKNOWN_MARK_AD", "FALSE_CLAIM: ordinary tea claiming weight loss and 排毒通便 — 广告法第十七条, 第二十八条; WELLKNOWN_MARK_AD: 驰名商标 in advertising — 商标法第十四条第五款"),
    P("xianzi-tuihuo", H + "/index.php?route=information/information&information_id=6", "gbk", False, page("opencart", "售后说明", "gbk",
        """<h1>售后说明</h1><p>本店茶包为密封包装食品，<b>所有商品均不支持七天无理由退货</b>，拆不拆封都不退，请谨慎下单。</p>""", F14),
      "RETURN_REFUSED", "RETURN_REFUSED: blanket refusal for sealed tea bags, not within the 第二十五条 exemptions — 消费者权益保护法第二十五条"),
])

# ======================= I15 山林食品 (main, GB18030, presta) =======================
c = U("91450100", "MA5N7P2K")
F15 = """<div class="footer-legal">南宁山林食品有限公司<br>统一社会信用代码：%s<br><a href="https://beian.miit.gov.cn/">桂ICP备2022006655号-1</a></div>""" % c
H = "https://www.shanlin-food.test"
site("shanlin", False, [
    P("shanlin-home", H + "/", "gb18030", False, page("presta", "山林食品 广西土特产", "gb18030",
        """<section><h2>🌿 广西土特产</h2><p>螺蛳粉、桂圆干、罗汉果、六堡茶，产地直发📦</p><p class="notice">🚫 响应禁食野生动物决定，本店不收购、不销售任何野生动物及其制品，请勿私信询问“野味”。</p></section>""", F15),
      "-", "trap: 野生动物 appears in a refusal notice (全国人大常委会 2020 禁食野生动物决定 quoted); emoji outside GBK"),
    P("shanlin-hehuaque", H + "/yewei/3-hehuaque.html", "gb18030", False, page("presta", "禾花雀 现货", "gb18030",
        """<h1 class="h1">🐦 正宗野生禾花雀 一斤约40只</h1><div class="product-prices"><span class="price">¥388</span></div><p>稻田里网的，冻品真空包装，补肾壮阳，老广都懂的滋补野味，低调发货📦</p>""", F15),
      "FALSE_CLAIM,PROHIBITED_GOODS", "PROHIBITED_GOODS: 禾花雀 (黄胸鹀) is a 国家一级保护野生动物 — 野生动物保护法第三十一条, 第三十二条 (网络交易禁止); FALSE_CLAIM: 补肾壮阳 efficacy for a food — 广告法第十七条"),
    P("shanlin-chuanshan", H + "/yaocai/7.html", "gb18030", False, page("presta", "炮山甲片", "gb18030",
        """<h1 class="h1">炮山甲片 10克</h1><div class="product-prices"><span class="price">¥260</span></div><p>老库存穿山甲鳞片，砂烫炮制，下奶通经，存货有限，先到先得📦。</p>""", F15),
      "FALSE_CLAIM,PROHIBITED_GOODS", "PROHIBITED_GOODS: 穿山甲 scales (国家一级保护 since 2020, removed from the 2020 药典) sold online — 野生动物保护法第三十二条; FALSE_CLAIM: 下奶通经 medical claim for non-drug goods — 广告法第十七条; emoji outside GBK"),
    P("shanlin-luosifen", H + "/tc/1-luosifen.html", "gb18030", False, page("presta", "柳州螺蛳粉 5包", "gb18030",
        """<h1 class="h1">🍜 柳州螺蛳粉 5包装</h1><div class="product-prices"><span class="price">¥49.9</span></div><p>柳州螺蛳粉手工技艺于2021年列入第五批国家级非物质文化遗产代表性项目名录。地理标志产品，执行标准 DBS45/034。</p>""", F15),
      "-", "trap: 国家级 is part of the state-conferred 国家级非物质文化遗产 listing, a provable dated fact exempt under the 2023 guideline; emoji outside GBK"),
])

# ======================= I16 鹿谷茶行 (holdout, Big5, zencart) =======================
H = "http://www.lugu-tea.test"
reg = RBAD("35060000012345")
F16 = """<div id="siteinfoLegal">漳州鹿谷茶業有限公司　註冊號：%s<br>閩ICP備2021076543號-1</div>""" % reg
site("lugu", True, [
    P("lugu-home", H + "/", "big5", False, page("zencart", "鹿谷茶行 台灣高山茶", "big5",
        """<div class="centerColumn"><h1>台灣凍頂烏龍 · 阿里山高山茶</h1><p>茶農直送，兩岸同價。</p></div>""", F16),
      "LICENSE_INVALID", "LICENSE_INVALID: displayed 15-digit 註冊號 fails its ISO 7064 MOD 11,10 check digit — 電子商務法第十五條"),
    P("lugu-dongding", H + "/index.php?main_page=product_info&products_id=3", "big5", False, page("zencart", "凍頂烏龍 特等獎", "big5",
        """<h1 id="productName">凍頂烏龍茶 150g</h1><span class="price">人民幣 580元</span>
<p>本批茶獲「2024年鹿谷鄉農會春季優良茶比賽 頭等獎」，附比賽證書編號。<b>全台最頂級</b>的凍頂，世界第一好喝！</p>""", F16),
      "ABSOLUTE_TERM,LICENSE_INVALID", "ABSOLUTE_TERM: 最頂級, 世界第一 — 廣告法第九條第三項 (the dated local competition award is a provable, limited fact and alone would be lawful); LICENSE_INVALID: footer 註冊號 fails MOD 11,10 — 電子商務法第十五條"),
])

# ======================= I17 麦香烘焙 (main, utf-8, presta) =======================
c = U("91120116", "MA06G5H2")
F17 = """<ul class="legal"><li>天津麦香烘焙有限公司</li><li>统一社会信用代码：%s</li><li><a href="https://beian.miit.gov.cn/">津ICP备2020004455号-1</a></li><li>津公网安备 12011602000345号</li></ul>""" % c
H = "https://www.maixiang-bake.test"
site("maixiang", False, [
    P("maixiang-home", H + "/", "utf-8", False, page("presta", "麦香烘焙 生日蛋糕 面包", "utf-8",
        """<section><h2>🎂 生日蛋糕 当天现做</h2><p>动物奶油，天津市内三小时送达。</p></section>""", F17, html5_meta=True),
      "-", "trap: clean home (licence, ICP) with no findings"),
    P("maixiang-dangao", H + "/cake/12-dingzhi.html", "utf-8", False, page("presta", "定制生日蛋糕", "utf-8",
        """<h1>数字定制生日蛋糕 8寸</h1><span class="price">¥238</span><p>按您提供的照片和文字定做，属于定作且易腐商品，不适用七天无理由退货。最佳食用时间为收货后2小时内。</p>""", F17, html5_meta=True),
      "-", "trap: 定作 and 鲜活易腐 — 消费者权益保护法第二十五条(一)(二); 最佳食用时间 is a tip"),
    P("maixiang-dantai", H + "/bread/3-dantai.html", "utf-8", False, page("presta", "葡式蛋挞 6只装", "utf-8",
        """<h1>葡式蛋挞 6只装</h1><span class="price">¥29</span><p>🥧 好评晒图+五星，下单备注“晒图”，下次到店<b>免费送</b>2只蛋挞！</p>""", F17, html5_meta=True),
      "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: free goods for five-star picture reviews — 电子商务法第十七条"),
    P("maixiang-binggan", H + "/gift/5-binggan.html", "utf-8", False, page("presta", "黄油曲奇礼盒", "utf-8",
        """<h1>黄油曲奇礼盒 480g</h1><span class="price">¥88</span><p>保质期180天，铁盒密封。⚠️本商品为食品，不支持七天无理由退换货。</p>""", F17, html5_meta=True),
      "RETURN_REFUSED", "RETURN_REFUSED: sealed cookies with 180-day shelf life are not 鲜活易腐 — 消费者权益保护法第二十五条"),
    P("maixiang-about", H + "/content/4-about.html", "utf-8", False, page("presta", "关于麦香", "utf-8",
        """<h1>关于我们</h1><p>主理人曾获“2024年天津市和平区职工烘焙技能大赛 金奖”。欧包出炉后2小时内是最佳赏味期，隔夜请冷冻保存，复热180℃ 5分钟。</p>""", F17, html5_meta=True),
      "-", "trap: a dated, local, provable award and a 最佳赏味期 storage tip — both exempt under the 2023 绝对化用语 guideline"),
])

# ======================= I18 清泉饮品 (main, utf-8, opencart) =======================
c = U("91110105", "MA01B3C8")
F18 = """<p>北京清泉饮品有限公司　统一社会信用代码 %s</p><p>京ICP备12345678号　京公网安备 11010502000123号</p>""" % c
H = "https://www.qingquan-drinks.test"
site("qingquan", False, [
    P("qingquan-home", H + "/", "utf-8", False, page("opencart", "清泉饮品 - 酸梅汤 北冰洋风味汽水", "utf-8",
        """<div class="row"><h3>老北京酸梅汤 · 桂花味</h3><p>非遗手艺：“清泉酸梅汤制作技艺”列入东城区级非物质文化遗产代表性项目名录（2019）。</p></div>""", F18),
      "ICP_INVALID", "ICP_INVALID: 京ICP备12345678号 is a placeholder number, not a filing — 非经营性互联网信息服务备案管理办法"),
    P("qingquan-chiming", H + "/index.php?route=product/product&product_id=30", "utf-8", False, page("opencart", "酸梅汤 24瓶", "utf-8",
        """<h1>老北京酸梅汤 300ml×24瓶</h1><p class="price">¥79</p><p>🏆 <span>驰名</span><span>商标</span>品牌，三十年老厂，解腻神器！</p>""", F18),
      "ICP_INVALID,WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: 驰名商标 split across spans, used in advertising — 商标法第十四条第五款; ICP_INVALID: footer placeholder 京ICP备12345678号 — 备案管理办法"),
    P("qingquan-laozihao", H + "/index.php?route=product/product&product_id=33", "utf-8", False, page("opencart", "北冰洋风味汽水", "utf-8",
        """<h1>橘子风味汽水 248ml×12</h1><p class="price">¥48</p><p>老厂是商务部认定的“中华老字号”企业。新闻回顾：2024年某饮料企业因在广告中使用“驰名商标”字样被罚款10万元，本店商品页不使用此类字样。</p>""", F18),
      "ICP_INVALID", "ICP_INVALID: footer placeholder 京ICP备12345678号 — 备案管理办法. Look-alikes lawful: 中华老字号 is a state-conferred title; 驰名商标 appears only in quoted news and a refusal"),
])

# ======================= I19 鲜到家 (holdout, GB18030, social) =======================
c = U("91500105", "MA60PQ7Y")
F19 = """<div class="qual"><p>营业执照：重庆鲜到家电子商务有限公司</p><p>统一社会信用代码：%s</p><p>渝ICP备2021009988号-1　渝公网安备 50010502001234号</p></div>""" % c
H = "https://m.xiandaojia.test"
site("xiandaojia", True, [
    P("xiandaojia-home", H + "/", "gb18030", False, page("social", "鲜到家 30分钟送菜上门", "gb18030",
        """<div class="banner">🥬 新鲜蔬菜 🥩 冷鲜肉 🐟 活鱼 30分钟送达</div>""", F19),
      "LICENSE_MISMATCH", "LICENSE_MISMATCH: registry holds the code under another name (重庆鲜到家供应链有限公司) — 电子商务法第十五条; emoji outside GBK"),
    P("xiandaojia-qiaomai", H + "/goods/5512", "gb18030", False, page("social", "苦荞麦面", "gb18030",
        """<div class="goods"><h1>🌾 苦荞麦挂面 1kg</h1><span class="price">¥19.9</span><p>糖友放心吃，吃了<b>降血脂、稳血糖</b>，很多阿姨吃完复查指标都正常了！</p></div>""", F19),
      "FALSE_CLAIM,LICENSE_MISMATCH", "FALSE_CLAIM: noodles claiming to lower blood lipids and sugar — 广告法第十七条, 第二十八条; LICENSE_MISMATCH: footer company name differs from the registry's — 电子商务法第十五条"),
    P("xiandaojia-niurou", H + "/goods/5530", "gb18030", False, page("social", "冷鲜牛腱子", "gb18030",
        """<div class="goods"><h1>🥩 冷鲜牛腱子 500g</h1><span class="price">¥39.9</span> <del class="price-line">划线价 ¥69.9</del></div>""", F19),
      "FAKE_ORIGINAL_PRICE,LICENSE_MISMATCH", "FAKE_ORIGINAL_PRICE: 划线价 69.9 above the 36.9 shown 0.5 days before — 明码标价和禁止价格欺诈规定第十六条; LICENSE_MISMATCH: footer company name differs from the registry's — 电子商务法第十五条",
      hist=[(0.5, page("social", "冷鲜牛腱子", "gb18030", """<div class="goods"><h1>🥩 冷鲜牛腱子 500g</h1><span class="price">¥36.9</span></div>""", F19))]),
])

# ======================= I20 益康特医 (main, utf-8, javashop) =======================
c = U("91610131", "MA6W9X1C")
F20 = """营业执照：西安益康特医营养有限公司&nbsp;&nbsp;统一社会信用代码：%s<br><a href="https://beian.miit.gov.cn/">陕ICP备2021013579号-1</a><br>
<a href="/license/food.html">食品经营许可证</a>""" % c
H = "https://www.yikang-fsmp.test"
site("yikang", False, [
    P("yikang-home", H + "/", "utf-8", False, page("javashop", "益康特医 特殊医学用途配方食品商城", "utf-8",
        """<div class="floor"><h2>特医食品专区</h2><p>特殊医学用途配方食品须在医生或临床营养师指导下使用。本站不销售处方药。</p></div>""", F20, html5_meta=True),
      "-", "trap: required 特医 usage warning and a refusal (处方药); licence and ICP displayed"),
    P("yikang-mingpai", H + "/goods-88.html", "utf-8", False, page("javashop", "乳清蛋白粉 营养强化", "utf-8",
        """<div class="goods-info"><h1>乳清蛋白粉 400g</h1><div class="price">¥158</div><p>荣获“2023年度中国名牌产品”称号，质量信得过！</p></div>""", F20, html5_meta=True),
      "FALSE_HONOUR", "FALSE_HONOUR: 中国名牌产品 evaluation stopped in 2008, a 2023 award cannot be true — 广告法第二十八条; 反不正当竞争法第九条"),
    P("yikang-tsmf", H + "/goods-91.html", "utf-8", False, page("javashop", "电解质配方 特医食品", "utf-8",
        """<div class="goods-info"><h1>电解质配方食品 特殊医学用途配方食品</h1><div class="price">¥128</div>
<p>注册证号：国食注字TY20230015　执行标准：GB 29922<br>适用人群：1岁以上腹泻、呕吐等需要补充电解质的人群。不适用于非目标人群。请在医生或临床营养师指导下使用。</p></div>""", F20, html5_meta=True),
      "-", "trap: registered 特医 with its approved 适用人群 statement (GB 29922); no cure claim"),
    P("yikang-faq", H + "/help/faq.html", "utf-8", False, page("javashop", "常见问题", "utf-8",
        """<div class="help"><h2>为什么商品页不写“治疗”“治愈”？</h2><p>根据《广告法》第十七条，除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能。特医食品不是药品，不能治疗疾病、降血糖或根治任何病症，请遵医嘱。</p></div>""", F20, html5_meta=True),
      "-", "trap: 治疗/治愈/降血糖 appear in quoted law and a denial, not as claims"),
])

# ======================= platform shop S9: 牧场鲜奶 (main) =======================
site("mall-muchang", False, [
    P("muchang-home", MALL + "/shop/muchang-milk/", "utf-8", False, shop_home("muchang-milk", "牧场鲜奶直供",
        "食品经营许可证：JY13301100034567（仅零售）", MARK,
        "<div>🐄 自有牧场 巴氏鲜奶 冷链次日达</div>"),
      "LICENSE_MISSING", "LICENSE_MISSING: only a 食品经营许可证 number is shown; no business-licence code, image or link — 电子商务法第十五条 requires 营业执照信息"),
    P("muchang-xiannai", MALL + "/item/mc9001.html", "utf-8", False, item("巴氏杀菌鲜牛奶 950ml×2", "36", "",
        """<dl><dt>产品类别</dt><dd>巴氏杀菌乳</dd><dt>执行标准</dt><dd>GB 19645</dd><dt>蛋白质</dt><dd>≥3.0g/100g（实测最高可达3.6g）</dd><dt>贮存</dt><dd>2-6℃冷藏，开封后最好当天喝完</dd></dl>""", shop="牧场鲜奶直供"),
      "-", "trap: 最高可达 is a measured range and 最好当天喝完 a storage tip, both exempt; GB 19645 is the product standard"),
    P("muchang-pingjia", MALL + "/item/mc9005.html", "utf-8", False, item("原味酸奶 200g×12", "49", "",
        """💬 关于评价：很多顾客问“好评有没有返现”——没有哦！我们不做好评返现，也不会删差评，请按真实感受评价，有问题直接找客服处理～""", shop="牧场鲜奶直供"),
      "-", "trap: 好评返现 appears only in a refusal (电子商务法第十七条 is respected)"),
])

# ======================= platform shop S10: 轻食主义 (holdout) =======================
c = BAD(U("91330108", "MA2CX6Y3"))
site("mall-qingshi", True, [
    P("qingshi-home", MALL + "/shop/qingshi-zhuyi/", "utf-8", False, shop_home("qingshi-zhuyi", "轻食主义 健身餐",
        "营业执照<br>杭州轻食主义餐饮管理有限公司<br>统一社会信用代码：%s" % c, MARK,
        "<div>🥗 低脂健身餐 每周配送计划</div>"),
      "LICENSE_INVALID", "LICENSE_INVALID: displayed code fails its GB 32100-2015 check character — 电子商务法第十五条"),
    P("qingshi-jirou", MALL + "/item/qs1102.html", "utf-8", False, item("低脂鸡胸肉 即食 100g×10", "59.9", "",
        """每100g：蛋白质24g、脂肪1.9g，低脂（符合GB 28050“低脂肪”≤3g/100g）。0添加蔗糖。<br>健身增肌靠的是训练+饮食，鸡胸肉只是帮你吃够蛋白质。""", shop="轻食主义 健身餐"),
      "-", "trap: 低脂 content claim meets the GB 28050 threshold; the advice makes no efficacy claim"),
    P("qingshi-zhouji", MALL + "/item/qs1109.html", "utf-8", False, item("一周轻食套餐 5天10餐", "299", "",
        """🍱 菜单每周更新，本周：黑椒牛柳藜麦饭、香煎三文鱼、照烧鸡腿糙米饭……<br>配送说明：现做冷藏餐，保质期48小时，属鲜活易腐商品，不适用七天无理由退货。""", shop="轻食主义 健身餐"),
      "-", "trap: refusal limited to freshly made perishable meals — 消费者权益保护法第二十五条(二)"),
])

# ======================= I21 醇享酒窖 (holdout, GBK, saas-like brand site) =======================
H = "http://www.chunxiang-wine.test"
F21 = """<!-- 营业执照：广州醇享酒业有限公司 91440101MA59XXXXXX 待补充 -->
<div class="lic" style="display:none">营业执照：广州醇享酒业有限公司</div>
<p>醇享酒窖 &copy; 2025 ｜ <a href="https://beian.miit.gov.cn/">粤ICP备2020088123号-1</a></p>"""
site("chunxiang", True, [
    P("chunxiang-home", H + "/", "gbk", False, page("presta", "醇享酒窖 进口葡萄酒", "gbk",
        """<section><h2>法国波尔多 AOC 红葡萄酒 · 西班牙 DO 级</h2><p>未成年人禁止饮酒，理性饮酒。</p></section>""", F21),
      "LICENSE_MISSING", "LICENSE_MISSING: the only licence text is in an HTML comment and a display:none block, neither is displayed — 电子商务法第十五条"),
    P("chunxiang-grandcru", H + "/wine/12.html", "gbk", False, page("presta", "勃艮第 特级园 红葡萄酒", "gbk",
        """<h1>勃艮第 特级园（Grand Cru）黑皮诺 2019</h1><span class="price">￥1280</span><p>特级园是勃艮第法定分级中的最高等级，仅占产量约1%。醒酒约30分钟后饮用口感最佳。</p>""", F21),
      "-", "trap: 特级园/最高等级 describe the official Burgundy appellation grade (a defined grade term); 口感最佳 after decanting is a serving tip"),
    P("chunxiang-yuandan", H + "/order/help.html", "gbk", False, page("presta", "订单帮助", "gbk",
        """<h1>订单帮助</h1><p>如需开票，请在备注填写原单号（原订单编号）；换货时原单退回即可。A货架为现货区，B货架为预售区。</p>""", F21),
      "-", "trap: 原单号 means original order number and A货架 a shelf area — no counterfeit offer"),
])

# ======================= I22 动能电解质 (main, utf-8, saas-style brand site) =======================
c = U("91350100", "MA32Y9T1")
F22 = """<div class="f-legal"><a href="/yyzz.html"><img src="/img/license-thumb.png" alt="营业执照"></a>
<span>福州动能饮品有限公司</span> <span>统一社会信用代码：%s</span> <span><a href="https://beian.miit.gov.cn/">闽ICP备2022011456号-1</a></span></div>""" % c
H = "https://www.dongneng-drink.test"
site("dongneng", False, [
    P("dongneng-home", H + "/", "utf-8", False, page("saas", "动能 电解质水 运动饮料", "utf-8",
        """<section class="hero"><h1>出汗多？补点电解质</h1><p>我们的目标：做让中国跑者最放心的运动饮料。</p></section>""", F22, html5_meta=True),
      "-", "trap: '最放心' is a business goal/slogan, exempt under the 2023 绝对化用语 guideline"),
    P("dongneng-biaozhun", H + "/product/electrolyte.html", "utf-8", False, page("saas", "电解质水 550ml×15", "utf-8",
        """<h1>电解质水 550ml×15</h1><p class="price">¥59</p><table><tr><td>产品类型</td><td>运动饮料</td></tr><tr><td>执行标准</td><td>GB 15266</td></tr><tr><td>钠</td><td>50mg/100ml</td></tr></table>
<p>本品不适用于儿童及不宜大量摄入钠的人群；本品不能代替药物，高血压患者请遵医嘱。</p>""", F22, html5_meta=True),
      "-", "trap: standard line and warnings mentioning 药物/高血压 make no efficacy claim"),
    P("dongneng-bijiao", H + "/product/compare.html", "utf-8", False, page("saas", "新旧配方对比", "utf-8",
        """<h1>2026新配方 vs 2024老配方</h1><table><tr><th></th><th>老配方</th><th>新配方</th></tr><tr><td>糖</td><td>4.2g/100ml</td><td>2.0g/100ml</td></tr></table>
<p>新配方是我们做过含糖最低的一版。</p>""", F22, html5_meta=True),
      "-", "trap: superlative limited to a comparison within the seller's own brand — exempt under the 2023 绝对化用语 guideline"),
])

# ======================= business-registry extract (hand-written) =======================
REGISTRY = [
    ("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续"),
    (U("91330106", "MA2H3K5L"), "杭州如羽母婴用品有限公司", "存续"),
    (U("91310115", "MA1H7P2R"), "上海燃力运动营养有限公司", "存续"),
    (U("91370212", "MA3D8E2K"), "青岛马家海鲜有限公司", "存续"),
    (U("91340100", "MA2T6Y4G"), "合肥康源保健品有限公司", "存续"),
    (U("91420106", "MA4K7F3A"), "武汉益膳营养科技有限公司", "吊销"),
    (U("91430104", "MA4Q2R8B"), "长沙轻盈食品有限公司", "存续"),
    (U("91440106", "MA5CK9H2"), "广州鲜果家农业科技有限公司", "存续"),
    (U("91350200", "MA32HK7N"), "厦门环球佳品贸易有限公司", "注销"),
    (U("91320506", "MA1Y6W3D"), "苏州味鲜达食品有限公司", "存续"),
    (U("91510107", "MA6C2R7J"), "成都川味小厨餐饮管理有限公司", "存续"),
    (U("91350203", "MA31XK4F"), "厦门台康贸易有限公司", "存续"),
    (U("91440300", "MA5G4T8Q"), "深圳港优母婴贸易有限公司", "经营异常"),
    (U("91510500", "MA62KL4R"), "泸州窖香酒业有限公司", "存续"),
    (U("91230100", "MA1B7CD3"), "哈尔滨北粮粮油有限公司", "存续"),
    (U("91330110", "MA2KJ8N4"), "杭州点云餐饮软件有限公司", "存续"),
    (U("91310105", "MA1G8K3N"), "上海禾苗婴童食品有限公司", "存续"),
    (U("91330205", "MA2J3U7E"), "宁波甬礼食品有限公司", "存续"),
    (U("91450100", "MA5N7P2K"), "南宁山林食品有限公司", "存续"),
    (U("91120116", "MA06G5H2"), "天津麦香烘焙有限公司", "存续"),
    (U("91110105", "MA01B3C8"), "北京清泉饮品有限公司", "存续"),
    (U("91500105", "MA60PQ7Y"), "重庆鲜到家供应链有限公司", "存续"),
    (U("91610131", "MA6W9X1C"), "西安益康特医营养有限公司", "存续"),
    (U("91350100", "MA32Y9T1"), "福州动能饮品有限公司", "存续"),
]


def build(out):
    files = {}
    for side, holdout in (("", False), ("holdout/", True)):
        labels = ["# file\turl\tcodes"]
        notes = ["# file\tencoding\tbom\tnote"]
        hist = ["# file\turl\tdays_before"]
        n = 0
        for s in SITES:
            if s["holdout"] != holdout:
                continue
            for p in s["pages"]:
                n += 1
                fn = "pages/%03d-%s.html" % (n, p["name"])
                files[side + fn] = encode(p["html"], p["enc"], p["bom"])
                labels.append("%s\t%s\t%s" % (fn, p["url"], p["codes"]))
                notes.append("%s\t%s\t%s\t%s" % (fn, p["enc"], "yes" if p["bom"] else "no", p["note"]))
                for days, h in p["hist"]:
                    hn = "history/%03d-%s-d%s.html" % (n, p["name"], str(days).replace(".", "_"))
                    files[side + hn] = encode(h, p["enc"], p["bom"])
                    hist.append("%s\t%s\t%s" % (hn, p["url"], days))
        files[side + "labels.tsv"] = ("\n".join(labels) + "\n").encode("utf-8")
        files[side + "notes.tsv"] = ("\n".join(notes) + "\n").encode("utf-8")
        files[side + "history.tsv"] = ("\n".join(hist) + "\n").encode("utf-8")
    reg = ["# code\tname\tstatus"] + ["%s\t%s\t%s" % r for r in REGISTRY]
    files["registry.tsv"] = ("\n".join(reg) + "\n").encode("utf-8")
    for rel, data in files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return files


OUTPUT_DIRS = ["pages", "history", "holdout"]
OUTPUT_FILES = ["labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv[1:]:
        tmp = tempfile.mkdtemp()
        try:
            files = build(tmp)
            bad = []
            for rel, data in files.items():
                p = os.path.join(here, rel)
                if not os.path.exists(p) or open(p, "rb").read() != data:
                    bad.append(rel)
            for d in OUTPUT_DIRS:
                for root, _, names in os.walk(os.path.join(here, d)):
                    for nm in names:
                        rel = os.path.relpath(os.path.join(root, nm), here)
                        if rel not in files:
                            bad.append(rel + " (stale)")
            if bad:
                print("differs:", *bad, sep="\n  ")
                sys.exit(1)
            print("ok: %d files identical" % len(files))
        finally:
            shutil.rmtree(tmp)
        return
    for d in OUTPUT_DIRS:
        shutil.rmtree(os.path.join(here, d), ignore_errors=True)
    files = build(here)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
