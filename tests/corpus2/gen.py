#!/usr/bin/env python3
"""Generate tests/corpus2: an independently labelled corpus of shop pages.

Every page body, every label and every note below is written by hand from the
law and the rule definitions in DESIGN.md; nothing here looks at the scanner,
its rule files or the team's corpus.  corpus2lib.py supplies the skeletons
(look-alike ECShop / ShopXO / CRMEB / likeshop / DSMall templates and the
demo platform mall.wangjian.test), the identifier arithmetic and encodings.

    python3 gen.py            write the corpus next to this file
    python3 gen.py --out DIR  write it under DIR
    python3 gen.py --check    regenerate in a temp dir and compare byte for byte
"""

import argparse
import filecmp
import os
import random
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus2lib as C  # noqa: E402

CODES = ["LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING",
         "ICP_INVALID", "MARK_MISSING", "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD",
         "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE", "RETURN_REFUSED",
         "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"]
SHORT = {"LM": "LICENSE_MISSING", "LI": "LICENSE_INVALID", "LX": "LICENSE_MISMATCH",
         "IM": "ICP_MISSING", "II": "ICP_INVALID", "MM": "MARK_MISSING",
         "CT": "COUNTERFEIT_TERM", "WK": "WELLKNOWN_MARK_AD", "AT": "ABSOLUTE_TERM",
         "FC": "FALSE_CLAIM", "FP": "FAKE_ORIGINAL_PRICE", "RR": "RETURN_REFUSED",
         "PG": "PROHIBITED_GOODS", "RI": "REVIEW_INDUCEMENT", "FH": "FALSE_HONOUR"}

SEED = 20261206  # holdout draw

SITES = {}
PAGES = []
REGISTRY = []  # (code, name, status)
UNSHOWN = set()  # codes on record whose site shows only a licence image or link

# ------------------------------------------------------------------ helpers


def lic_line(name, code, label=None, trad=False, prefix=None):
    if label is None:
        label = "統一社會信用代碼" if trad else "统一社会信用代码"
    if prefix is None:
        prefix = "營業執照" if trad else "营业执照"
    return '<span class="license">%s：%s　%s：%s</span>' % (prefix, name, label, code)


def site(key, host, tpl, shop, company, code, icp=None, ga=None, enc="utf-8",
         registry="存续", reg_name=None, lic_html=None, trad=False, **kw):
    """One independent site.  registry: the status written to registry.tsv, or
    None to leave the code out of it; reg_name: the name on record when it is
    written differently (simplified script of the same name, or another name)."""
    s = dict(host=host, tpl=tpl, shop=shop, company=company, code=code, enc=enc,
             trad=trad, **kw)
    s["lic_html"] = lic_html if lic_html is not None else (
        lic_line(company, code, trad=trad) if code else "")
    s["icp_html"] = ('<a href="https://beian.miit.gov.cn/" target="_blank">%s</a>' % icp
                     if icp else "")
    s["gongan_html"] = ('<a href="https://beian.mps.gov.cn/#/query/webSearch">'
                        '<img src="/static/images/gongan.png" alt="">%s</a>' % ga if ga else "")
    SITES[key] = s
    if code and registry:
        REGISTRY.append((code, reg_name or company, registry))
    return s


PLATFORM = dict(
    host="mall.wangjian.test", company="杭州网剑云集电子商务有限公司",
    code=C.uscc("330106", "platform-mall"),
    icp=C.icp("浙", "platform-mall", site=1, year="2023"),
    b2="浙B2-20230417", gongan=C.gongan("浙", "330106", "platform-mall"),
    tel="400-600-1315")
PLATFORM["lic_html"] = lic_line(PLATFORM["company"], PLATFORM["code"], prefix="平台经营者营业执照")
REGISTRY.append((PLATFORM["code"], PLATFORM["company"], "存续"))

CUR = {"utf-8": "￥", "gbk": "￥", "gb18030": "￥", "big5": "¥"}


def price_block(tpl, name, price, orig=None, olabel=None, cur="￥", extra="", trad=False):
    """An item's title and price block in the look of the given template."""
    def m(v):
        return "%s%s" % (cur, v)
    if tpl == "ecshop":
        ol = olabel or ("市場價格" if trad else "市场价格")
        now = "本店售價" if trad else "本店售价"
        o = ('<li><strong>%s：</strong><font class="market">%s元</font></li>' % (ol, m(orig))
             if orig else "")
        return ('<div class="goodsInfo"><div class="textInfo"><h1>%s</h1><ul>%s'
                '<li><strong>%s：</strong><font class="shop" id="ECS_SHOPPRICE">%s元</font></li>'
                '</ul>%s</div></div>' % (name, o, now, m(price), extra))
    if tpl == "shopxo":
        o = ('<dl class="price-original"><dt>%s</dt><dd><del>%s</del></dd></dl>'
             % (olabel or "原价", m(orig)) if orig else "")
        return ('<div class="goods-detail"><h1 class="detail-title">%s</h1><div class="price-container">'
                '%s<dl class="price-now"><dt>销售价</dt><dd><b class="goods-price">%s</b></dd></dl></div>%s</div>'
                % (name, o, m(price), extra))
    if tpl == "crmeb":
        o = ('<span class="vip-money">%s %s</span>' % (olabel or "原价", m(orig)) if orig else "")
        return ('<div class="goods-detail acea-row"><div class="text"><div class="name">%s</div>'
                '<div class="money-count"><span class="money">%s</span>%s</div>%s</div></div>'
                % (name, m(price), o, extra))
    if tpl == "likeshop":
        o = ('<del class="goods-price__line">%s %s</del>' % (olabel or "划线价", m(orig)) if orig else "")
        return ('<section class="goods-info"><h1 class="goods-name">%s</h1><div class="goods-price">'
                '<span class="goods-price__now">%s</span>%s</div>%s</section>' % (name, m(price), o, extra))
    if tpl == "dsmall":
        o = ('<dl><dt>%s：</dt><dd class="cost-price"><strong>%s</strong></dd></dl>'
             % (olabel or "市场价", m(orig)) if orig else "")
        return ('<div class="ncs-goods-summary"><div class="name"><h1>%s</h1></div><div class="ncs-meta">%s'
                '<dl><dt>%s：</dt><dd class="price"><strong>%s</strong></dd></dl></div>%s</div>'
                % (name, o, "商城價" if trad else "商城价", m(price), extra))
    if tpl == "mall":
        o = ('<s class="was">%s %s</s>' % (olabel or "划线价", m(orig)) if orig else "")
        return ('<div class="mall-item-main"><h1 class="mall-item-title">%s</h1><div class="mall-price">'
                '<span class="now">%s</span>%s</div>%s</div>' % (name, m(price), o, extra))
    raise ValueError(tpl)


def P(slug, where, path, codes, note, body, title=None, enc=None, bom=False, meta="auto",
      hist=(), trap=False, **over):
    """One page.  where: a site key, or ('shop', shop_dict) / ('item', shop_dict)
    on the platform.  codes: short codes ('LM', 'CT'...) decided by hand.
    hist: ((days_before, body), ...) earlier versions of the same URL."""
    PAGES.append(dict(slug=slug, where=where, path=path,
                      codes=sorted(SHORT[c] for c in codes), note=note, body=body,
                      title=title, enc=enc, bom=bom, meta=meta, hist=list(hist),
                      trap=trap, over=over))


def mall_shop(shop_id, name, **kw):
    d = dict(shop_id=shop_id, name=name, enc="utf-8")
    d.update(kw)
    return d


def shop_lic_block(company, code, label="统一社会信用代码"):
    return ('<div class="shop-qualify"><span>店铺资质</span> 经营者：%s　%s：%s　'
            '<a href="/shop/license">查看营业执照</a></div>' % (company, label, code))


MARK = '<span class="shop-badge mall-mark" title="网剑商城认证店铺">认证店铺</span>'


def render(p):
    """HTML text (str) of a page or of a history version's body."""
    return _render(p, p["body"])


def _render(p, body):
    w = p["where"]
    o = p["over"]
    if isinstance(w, tuple):
        kind, shop = w
        enc = p["enc"] or shop["enc"]
        if kind == "shop":
            head = ('<div class="mall-shop-head mall-w"><div class="shop-sign">'
                    '<h2 class="shop-name">%s</h2>%s</div>%s</div>'
                    % (shop["name"], o.get("mark", MARK), o.get("shoplic", shop.get("lic", ""))))
            inner = head + '\n<div class="mall-shop-body mall-w">\n' + body + "\n</div>"
        else:
            inner = ('<div class="mall-item mall-w">\n%s\n<aside class="mall-item-shop">'
                     '<a href="/shop/%s/">%s</a> <a href="/shop/%s/#kefu">联系客服</a></aside></div>'
                     % (body, shop["shop_id"], shop["name"], shop["shop_id"]))
        html = C.mall_frame(PLATFORM, inner)
        title = p["title"] or shop["name"] + " - 网剑商城"
        trad = False
    else:
        s = SITES[w]
        enc = p["enc"] or s["enc"]
        html = C.TEMPLATES[s["tpl"]](s, o, body)
        title = p["title"] or s["shop"]
        trad = s.get("trad", False)
    lang = "zh-TW" if trad else "zh-CN"
    return C.document(title, o.get("head", ""), C.meta_tag(enc, p["meta"]), html, lang), enc


def url_of(p):
    w = p["where"]
    if isinstance(w, tuple):
        return "https://%s%s" % (PLATFORM["host"], p["path"])
    return "%s://%s%s" % (SITES[w].get("scheme", "https"), SITES[w]["host"], p["path"])


# ------------------------------------------------------------------ pages

# Hand-written page definitions (exec'd into gen.py's namespace).
# Codes: LM LICENSE_MISSING, LI LICENSE_INVALID, LX LICENSE_MISMATCH, IM ICP_MISSING,
# II ICP_INVALID, MM MARK_MISSING, CT COUNTERFEIT_TERM, WK WELLKNOWN_MARK_AD,
# AT ABSOLUTE_TERM, FC FALSE_CLAIM, FP FAKE_ORIGINAL_PRICE, RR RETURN_REFUSED,
# PG PROHIBITED_GOODS, RI REVIEW_INDUCEMENT, FH FALSE_HONOUR.
# Law shorthand in notes: EC=电子商务法, AD=广告法, TM=商标法, CP=消费者权益保护法,
# PR=明码标价和禁止价格欺诈规定(2022), AUC=反不正当竞争法, G2023=市场监管总局2023年绝对化用语执法指南.

def ul(*items):
    return '<ul class="goods-list">' + "".join(
        '<li class="item"><a href="#"><p class="name">%s</p></a></li>' % x for x in items) + "</ul>"


def para(*xs):
    return "".join("<p>%s</p>" % x for x in xs)


def desc(*xs):
    return '<div class="goods-desc detail-content"><h3>商品详情</h3>%s</div>' % para(*xs)


def tdesc(*xs):
    return '<div class="goods-desc detail-content"><h3>商品詳情</h3>%s</div>' % para(*xs)


# ====================================================== A 闽茗茶业 (ECShop, GBK)
A = site("A", "mingcha.test", "ecshop", "闽茗茶业商城", "福州闽茗茶业有限公司",
         C.uscc("350102", "mingcha"), icp=C.icp("闽", "mingcha", site=1, year="2019"),
         ga=C.gongan("闽", "350102", "mingcha"), enc="gbk", cats=["岩茶", "红茶", "白茶", "花茶"],
         tel="0591-8765 4321")
P("mingcha-home", "A", "/", [], "trap: 最佳赏味期 is a storage tip, exempt (G2023; AD第九条第三项 not engaged); home shows licence (EC第十五条) and ICP",
  '<div class="box"><h3>新品上市</h3>' + ul("武夷岩茶 大红袍 250g 礼盒", "正山小种 罐装 100g", "福鼎白茶 寿眉饼 350g") +
  para("温馨提示：茶叶最佳赏味期为开封后30天，请密封、避光、防潮保存。") + "</div>", trap=True)
P("mingcha-dahongpao", "A", "/goods.php?id=12", ["FC"], "FC: ordinary tea claims to lower blood sugar/pressure and treat diabetes (AD第十七条, 第二十八条)",
  price_block("ecshop", "武夷岩茶 大红袍 250g", "268.00", cur="￥") +
  desc("传统炭焙工艺，岩骨花香。", "长期饮用可降血糖、降血压，对糖尿病、高血脂有明显辅助治疗作用，中老年人适用。"))
P("mingcha-xiaozhong", "A", "/goods.php?id=15", [], "trap: 特级 is a grade defined by GB/T 13738.2 and 最佳冲泡水温 is a use tip (G2023 exemptions); not an absolute claim",
  price_block("ecshop", "特级 正山小种 红茶 100g", "128.00", cur="￥") +
  desc("等级：特级（按 GB/T 13738.2《红茶 第2部分：工夫红茶》分级）", "冲泡建议：最佳冲泡水温 90℃，首泡 10 秒出汤。"), trap=True)
P("mingcha-baicha", "A", "/goods.php?id=18", ["FP"], "FP: 市场价格 368 > 168, the lowest price seen 3 days before (PR第十六条)",
  price_block("ecshop", "福鼎白茶 寿眉饼 350g", "198.00", orig="368.00", cur="￥") + desc("2019年原料，日晒干燥。"),
  hist=[(3, price_block("ecshop", "福鼎白茶 寿眉饼 350g", "168.00", cur="￥") + desc("2019年原料，日晒干燥。"))])
P("mingcha-molihua", "A", "/goods.php?id=21", [], "trap: 市场价格 128 equals the lowest price inside the 7-day window (2 days: 128); the 69 was 9 days before, outside it (PR第十六条)",
  price_block("ecshop", "茉莉花茶 特种 250g", "88.00", orig="128.00", cur="￥") + desc("七窨一提，香气鲜灵。"),
  hist=[(9, price_block("ecshop", "茉莉花茶 特种 250g", "69.00", cur="￥") + desc("七窨一提，香气鲜灵。")),
        (2, price_block("ecshop", "茉莉花茶 特种 250g", "128.00", cur="￥") + desc("七窨一提，香气鲜灵。"))],
  trap=True)

# ====================================================== B 潮牌汇 (ShopXO, UTF-8), no licence
B = site("B", "chaopaihui.test", "shopxo", "潮牌汇", "", None,
         icp=C.icp("粤", "chaopaihui", site=1), cats=["包包", "鞋子", "手表"])
P("chaopaihui-home", "B", "/", ["CT", "LM"], "LM: home shows ICP only, no licence, no link, no 第十条 statement (EC第十五条); CT: 高仿/1:1 offered as goods (TM第五十七条)",
  '<div class="banner"><h2>大牌包包 高仿 1:1 做工 专柜品质</h2></div>' + ul("老花 手提包 原厂皮", "经典 链条包", "男士 钢带 机械表"))
P("chaopaihui-neverfull", "B", "/goods/1.html", ["CT", "RI"], "CT: 原单尾货 (TM第五十七条); RI: 好评晒图返现 (EC第十七条); item page, so no home-only LM",
  price_block("shopxo", "老花 Neverfull 中号 原单尾货", "680.00") +
  desc("原单尾货，五金刻字一致。", "收货后好评并晒图3张，联系客服返现10元。"))
P("chaopaihui-aj1", "B", "/goods/2.html", ["CT"], "CT: 纯原 / 莆田货 as selling points (TM第五十七条)",
  price_block("shopxo", "AJ1 高帮 芝加哥 纯原版本", "459.00") + desc("莆田货源，纯原鞋底，细节对版，支持得物式鉴定对比。"))
P("chaopaihui-shuigui", "B", "/goods/3.html", ["CT"], "CT: 高*仿 with a separator between the characters (TM第五十七条; DESIGN normalisation)",
  price_block("shopxo", "潜航者 水鬼 绿盘 高*仿 机芯", "1280.00") + desc("高*仿 3135机芯，防水50米。"))

# ====================================================== C 义乌好物 (DSMall, GBK)
Cs = site("C", "yiwu-haowu.test", "dsmall", "义乌好物优选", "义乌市好物优选电子商务有限公司",
          C.uscc("330782", "yiwu-haowu"), icp=C.icp("浙", "yiwu-haowu", site=1),
          ga=C.gongan("浙", "330782", "yiwu-haowu"), enc="gbk", cats=["家居", "玩具", "收纳"])
P("yiwu-home", "C", "/", [], "trap: 高仿真绿萝 = high-fidelity artificial plant (仿真植物), not a counterfeit (TM第五十七条 not engaged); licence and ICP shown",
  '<div class="floor"><h3>热销推荐</h3>' + ul("高仿真绿萝 客厅装饰盆栽", "北欧 陶瓷 花瓶", "桌面收纳盒 三件套") + "</div>", trap=True)
P("yiwu-shounahe", "C", "/home/goods/index/goods_id/101.html", [], "trap: 原单价 = the unit price before a bulk discount, not 原单 goods; no 原价 compared either",
  price_block("dsmall", "桌面收纳盒 三件套", "12.80") + desc("批发说明：原单价 ￥12.8/套，满100套按 ￥9.9/套 结算。"), trap=True)
P("yiwu-baowenbei", "C", "/home/goods/index/goods_id/102.html", ["RR"], "RR: 概不退换 for a vacuum flask, not a 第二十五条 exemption (CP第二十五条)",
  price_block("dsmall", "316不锈钢 保温杯 500ml", "39.00") + desc("售后说明：本店商品一经售出，概不退换，请谨慎下单。"))
P("yiwu-fangzhenqiang", "C", "/home/goods/index/goods_id/103.html", ["PG"], "PG: 仿真手枪 firing 6mm BB pellets; 枪支管理法第二十二条 bans selling 仿真枪",
  price_block("dsmall", "金属仿真手枪 可发射6mm BB弹 成人射击", "168.00") + desc("全金属枪身，初速高，送弹夹两个。"))
P("yiwu-paopaoqiang", "C", "/home/goods/index/goods_id/104.html", [], "trap: a bubble/water toy gun for children, not a 仿真枪 (GB 6675 toy); no prohibited goods",
  price_block("dsmall", "儿童泡泡枪 电动 水枪 二合一", "29.90") + desc("塑料材质，符合 GB 6675 玩具安全标准，非仿真枪，3岁以上。"), trap=True)
P("yiwu-huojia", "C", "/home/goods/index/goods_id/105.html", [], "trap: 本店不卖高仿 and 谨防A货 are refusals/warnings, not offers (TM第五十七条 not engaged)",
  price_block("dsmall", "A字型 落地展示架", "89.00") + desc("本店所有商品均为自有品牌正品，不卖高仿，谨防A货冒充本店。"), trap=True)

# ====================================================== D 康养堂 (CRMEB, UTF-8+BOM)
D = site("D", "kangyangtang.test", "crmeb", "康养堂健康商城", "广州康养堂健康科技有限公司",
         C.uscc("440106", "kangyangtang"), icp=C.icp("粤", "kangyangtang", site=1, year="2020"),
         ga=C.gongan("粤", "440106", "kangyangtang"), tel="020-3888 6688")
P("kangyang-home", "D", "/", [], "trap: the mandatory health-food warning (保健食品不是药物) is a caution, not a claim (AD第十八条); licence and ICP shown",
  '<div class="notice">温馨提示：保健食品不是药物，不能代替药物治疗疾病。</div>' + ul("灵芝孢子粉", "深海鱼油软胶囊", "蜂胶软胶囊"), bom=True, trap=True)
P("kangyang-baozifen", "D", "/goods_detail/11", ["FC"], "FC: spore powder claimed to fight tumours and cure insomnia (AD第十七条)",
  price_block("crmeb", "破壁灵芝孢子粉 2g×60袋", "598.00") + desc("抗肿瘤、提高免疫力，坚持服用三个月根治失眠。"), bom=True)
P("kangyang-yuyou", "D", "/goods_detail/12", ["FH"], "FH: 国家免检产品; the 免检 scheme was abolished in 2008 (国务院 2008 决定 / 原质检总局公告 [number unverified]); AD第二十八条第二款第(二)项",
  price_block("crmeb", "深海鱼油软胶囊 1000mg×100粒", "199.00") + desc("连续多年荣获“国家免检产品”称号，品质可靠。"), bom=True)
P("kangyang-fengjiao", "D", "/goods_detail/13", [], "trap: lists suitable/unsuitable groups and 本品不能代替药物, the statutory health-food wording; no efficacy claim (AD第十八条)",
  price_block("crmeb", "蜂胶软胶囊 0.5g×60粒", "158.00") + desc("保健功能：增强免疫力（以批准证书为准）。", "适宜人群：免疫力低下者；不适宜人群：少年儿童、孕妇。", "本品不能代替药物。"), bom=True, trap=True)
P("kangyang-jiaoyuan", "D", "/goods_detail/14", ["FC"], "FC: a drink promising freckle removal and wrinkles gone 100% (AD第十七条, 第二十八条)",
  price_block("crmeb", "胶原蛋白肽饮 50ml×10瓶", "239.00") + desc("28天淡化色斑，皱纹消失，100%有效，无效退款。"))
P("kangyang-anjitang", "D", "/goods_detail/15", ["FC", "RI"], "FC: glucosamine claimed to treat arthritis (AD第十七条); RI: cash for a 5-star review screenshot (EC第十七条)",
  price_block("crmeb", "氨糖软骨素钙片 120片", "128.00") + desc("治疗关节炎、骨质增生，7天见效。", "收货五星好评截图发给客服，返现15元。"))

# ====================================================== E 寶島好物 (DSMall trad, Big5)
E = site("E", "baodao-haowu.test", "dsmall", "寶島好物", "廈門寶島好物貿易有限公司",
         C.uscc("350203", "baodao"), enc="big5", trad=True, reg_name="厦门宝岛好物贸易有限公司",
         icp=C.icp("閩", "baodao", site=1, year="2021", raw="閩ICP備2021" + C._digits("baodao", 6) + "號-1"),
         ga=None, cats=["伴手禮", "茶葉", "服飾"], promise="正品保障 · 滿99包郵")
P("baodao-home", "E", "/", [], "trap: licence and ICP filing are written in traditional script (營業執照/統一社會信用代碼/閩ICP備); they are displayed, so no LM/IM/II; registry name is the simplified form of the same name",
  '<div class="floor"><h3>熱銷推薦</h3>' + ul("鳳梨酥 禮盒 12入", "阿里山 高山烏龍茶", "文創 帆布袋") + "</div>", trap=True)
P("baodao-fenglisu", "E", "/home/goods/index/goods_id/21.html", ["AT"], "AT: 全網銷量第一 (traditional) as an unqualified claim (AD第九条第三项)",
  price_block("dsmall", "鳳梨酥 禮盒 12入", "88.00", cur="¥", trad=True) + tdesc("全網銷量第一，百年老店傳承配方。"))
P("baodao-gaoshancha", "E", "/home/goods/index/goods_id/22.html", ["FC"], "FC: tea claimed to lower blood lipids and treat hypertension, traditional script (AD第十七条)",
  price_block("dsmall", "阿里山 高山烏龍茶 150g", "168.00", cur="¥", trad=True) + tdesc("每日飲用可降血脂、治療高血壓。"))
P("baodao-bao", "E", "/home/goods/index/goods_id/23.html", ["CT"], "CT: 高倣 (variant of 高仿) and 一比一 (=1:1) in traditional script (TM第五十七条)",
  price_block("dsmall", "名牌 托特包 高倣 一比一 做工", "520.00", cur="¥", trad=True) + tdesc("高倣版本，一比一開模，五金同廠。"))
P("baodao-fushi", "E", "/home/goods/index/goods_id/24.html", ["RR"], "RR: 不支援七天無理由退貨 for clothing (CP第二十五条; not an exempt class)",
  price_block("dsmall", "棉麻 襯衫 女款", "139.00", cur="¥", trad=True) + tdesc("售後：本店服飾不支援七天無理由退貨，介意慎拍。"))
P("baodao-pinglun", "E", "/home/goods/index/goods_id/25.html", ["RI"], "RI: 五星好評+曬圖 for a cash red packet, traditional script (EC第十七条)",
  price_block("dsmall", "手工 牛軋糖 500g", "45.00", cur="¥", trad=True) + tdesc("五星好評＋曬圖，聯繫客服領取現金紅包8元。"))
P("baodao-mingpai", "E", "/home/goods/index/goods_id/26.html", ["FH"], "FH: 省著名商標 and 中國名牌產品, both abolished schemes (AD第二十八条第二款第(二)项; abolition notices named in README, dates unverified)",
  price_block("dsmall", "老字號 肉鬆 300g", "59.00", cur="¥", trad=True) + tdesc("榮獲福建省著名商標、中國名牌產品。"))
P("baodao-chiming", "E", "/home/goods/index/goods_id/27.html", ["WK"], "WK: 中國馳名商標 used in advertising (TM第十四条第五款)",
  price_block("dsmall", "金門 貢糖 禮盒", "98.00", cur="¥", trad=True) + tdesc("中國馳名商標 品牌，送禮自用皆宜。"))

# ====================================================== F 𠮷祥山货 (likeshop, GB18030)
F = site("F", "jixiang-shanhuo.test", "likeshop", "𠮷祥山货", "龙岩𠮷祥山货贸易有限公司",
         C.uscc("350802", "jixiang"), icp=C.icp("闽", "jixiang", site=1),
         ga=C.gongan("闽", "350802", "jixiang"), enc="gb18030", tel="0597-2233 4455")
P("jixiang-home", "F", "/", [], "trap: 生鲜 goods refused for 七天无理由 as 鲜活易腐 (CP第二十五条第一款第(二)项); dry goods keep the right; shop name uses 𠮷 (outside GBK)",
  '<section class="notice">' + para("退换说明：鲜笋、鲜菌菇属鲜活易腐商品，依法不适用七天无理由退货；干货未拆封支持七天无理由退货。") + "</section>" +
  ul("𠮷祥 鲜松茸 500g", "古田 香菇 干货 250g", "䶮山 红菇 100g"), trap=True)
P("jixiang-songrong", "F", "/goods/201", [], "trap: fresh matsutake, 鲜活易腐 → statutory exemption CP第二十五条第一款第(二)项, damage still compensated",
  price_block("likeshop", "𠮷祥 鲜松茸 500g 顺丰冷链", "299.00") + desc("鲜活易腐商品，签收后不支持七天无理由退货；坏果请24小时内拍照，包赔。"), trap=True)
P("jixiang-lingzhi", "F", "/goods/202", ["FC"], "FC: 灵芝切片 promoted to prevent and fight cancer (AD第十七条)",
  price_block("likeshop", "赤灵芝 切片 250g", "88.00") + desc("泡水常饮，防癌抗癌，调理三高。"))
P("jixiang-shanjia", "F", "/goods/203", ["PG"], "PG: 炮山甲 = pangolin scales; pangolins are 国家一级保护 and their products may not be sold (野生动物保护法第二十八条, 第三十二条)",
  price_block("likeshop", "炮山甲 片 50g 野生", "960.00") + desc("正宗穿山甲鳞片炮制，通经下乳。"))
P("jixiang-xianggu", "F", "/goods/204", ["FP"], "FP: 划线价 89 > 55, the lowest price seen 1.5 days before (PR第十六条)",
  price_block("likeshop", "古田 香菇 干货 250g", "59.00", orig="89.00") + desc("肉厚柄短。"),
  hist=[(5, price_block("likeshop", "古田 香菇 干货 250g", "59.00") + desc("肉厚柄短。")),
        (1.5, price_block("likeshop", "古田 香菇 干货 250g", "55.00") + desc("肉厚柄短。"))])
P("jixiang-honggu", "F", "/goods/205", [], "trap: 划线价 79 equals every price seen in the 7 days before (6 and 2 days: 79) (PR第十六条)",
  price_block("likeshop", "䶮山 红菇 100g", "49.00", orig="79.00") + desc("野生红菇，晒干。"),
  hist=[(6, price_block("likeshop", "䶮山 红菇 100g", "79.00") + desc("野生红菇，晒干。")),
        (2, price_block("likeshop", "䶮山 红菇 100g", "79.00") + desc("野生红菇，晒干。"))], trap=True)

# ====================================================== G 数码家 (ShopXO, UTF-8)
G = site("G", "shuma-jia.test", "shopxo", "数码家", "深圳数码家科技有限公司",
         C.uscc("440305", "shumajia"), icp=C.icp("粤", "shumajia", site=2),
         ga=C.gongan("粤", "440305", "shumajia"), cats=["手机", "耳机", "配件", "软件"])
P("shumajia-home", "G", "/", ["AT"], "AT: 全网最低价 and 行业第一品牌 as unqualified claims (AD第九条第三项)",
  '<div class="banner"><h2>全网最低价 · 行业第一品牌</h2></div>' + ul("降噪蓝牙耳机", "20000mAh 移动电源", "办公软件 激活码"))
P("shumajia-erji", "G", "/goods-31.html", ["RR"], "RR: headphones marked 不支持7天无理由退货; not an exempt class and no buyer confirmation (CP第二十五条)",
  price_block("shopxo", "主动降噪 蓝牙耳机", "299.00") + desc("服务说明：本商品不支持7天无理由退货，仅质量问题可换。"))
P("shumajia-jihuoma", "G", "/goods-32.html", [], "trap: activation code delivered online — 在线下载的计算机软件, exempt under CP第二十五条第一款第(三)项",
  price_block("shopxo", "办公软件 家庭版 激活码", "198.00") + desc("本品为在线交付的数字化商品，发码后不适用七天无理由退货。"), trap=True)
P("shumajia-shouji", "G", "/goods-33.html", ["FP"], "FP: 原价 3999 > 2899, the price seen 4 days before (PR第十六条)",
  price_block("shopxo", "5G 智能手机 12+256G", "2999.00", orig="3999.00") + desc("骁龙芯片，5000mAh。"),
  hist=[(4, price_block("shopxo", "5G 智能手机 12+256G", "2899.00") + desc("骁龙芯片，5000mAh。"))])
P("shumajia-chongdianbao", "G", "/goods-34.html", ["FH"], "FH: CCC certificate number 'CCC-888' is malformed (real CCC certificate numbers are 16 digits [from memory, unverified]); AD第二十八条",
  price_block("shopxo", "20000mAh 移动电源", "89.00") + desc("已通过3C认证，证书编号：CCC-888。"))
P("shumajia-zhenkong", "G", "/goods-35.html", ["PG"], "PG: pinhole camera disguised as a charger for covert filming — 窃照专用器材 (刑法第二百八十四条; 禁止销售)",
  price_block("shopxo", "微型针孔摄像头 伪装充电头", "159.00") + desc("外观为普通充电器，隐蔽拍摄，手机远程观看，无需灯光。"))
P("shumajia-jiance", "G", "/goods-36.html", [], "trap: a detector that finds hidden cameras, sold to protect privacy; not a spying device",
  price_block("shopxo", "防偷拍检测仪 酒店用", "69.00") + desc("可检测针孔摄像头、定位器信号，出差住酒店保护隐私。"), trap=True)

# ====================================================== H 衣尚服饰 (likeshop, UTF-8)
H = site("H", "yishang-fushi.test", "likeshop", "衣尚服饰", "杭州衣尚服饰有限公司",
         C.uscc("330102", "yishang"), icp=C.icp("浙", "yishang", site=1, year="2022"),
         ga=C.gongan("浙", "330102", "yishang"),
         lic_html='<a href="/license.html">营业执照</a> · <a href="/about.html">经营者信息</a>')
UNSHOWN.add(H["code"])
P("yishang-home", "H", "/", [], "trap: the licence is shown as a link (营业执照 → /license.html), which EC第十五条 allows (上述信息的链接标识)",
  ul("法式碎花连衣裙", "95白鸭绒 羽绒服", "定制印字T恤"), trap=True)
P("yishang-lianyiqun", "H", "/goods/301", ["RR"], "RR: 特价款不退不换 with no buyer confirmation; a discount alone is not a 第二十五条 exemption (CP第二十五条)",
  price_block("likeshop", "法式碎花连衣裙", "129.00") + desc("特价款不退不换，请看好尺码再拍。"))
P("yishang-neiyi", "H", "/goods/302", [], "trap: intimate apparel excluded only after opening and with the buyer's confirmation at purchase (CP第二十五条第二款)",
  price_block("likeshop", "莫代尔 内衣套装", "79.00") + desc("贴身衣物拆封后影响卫生：下单时需勾选确认“拆封后不适用七天无理由退货”；未拆封支持七天无理由退货。"), trap=True)
P("yishang-yurongfu", "H", "/goods/303", ["FP"], "FP: 划线价 1299 > 659, the price 6.5 days before (PR第十六条)",
  price_block("likeshop", "95白鸭绒 羽绒服", "699.00", orig="1299.00") + desc("充绒量200g。"),
  hist=[(6.5, price_block("likeshop", "95白鸭绒 羽绒服", "659.00") + desc("充绒量200g。"))])
P("yishang-dingzhi", "H", "/goods/304", [], "trap: 定制 goods (printed to order) are exempt (CP第二十五条第一款第(一)项)",
  price_block("likeshop", "定制印字T恤", "59.00") + desc("个性定制（印字、印图）商品按您的要求制作，不支持七天无理由退货。"), trap=True)
P("yishang-weiyi", "H", "/goods/305", ["RI"], "RI: red packet for a 30-character follow-up review with photos (EC第十七条)",
  price_block("likeshop", "加绒 连帽卫衣", "149.00") + desc("追评满30字+3张图，私信客服领5元无门槛红包。"))

# ====================================================== I 贝乐母婴 (ECShop, UTF-8)
I = site("I", "muying-bao.test", "ecshop", "贝乐母婴", "上海贝乐母婴用品有限公司",
         C.uscc("310115", "beile"), icp=C.icp("沪", "beile", site=1),
         ga=C.gongan("沪", "310115", "beile"), cats=["奶粉", "纸尿裤", "喂养"])
P("beile-home", "I", "/", ["WK"], "WK: 中国驰名商标 in the home banner (TM第十四条第五款)",
  '<div class="ad"><h2>中国驰名商标 · 贝乐 守护宝宝每一天</h2></div>' + ul("婴儿配方奶粉 1段", "纸尿裤 L码", "宽口径奶瓶"))
P("beile-naifen", "I", "/goods.php?id=41", ["AT"], "AT: 最接近母乳 as a claim (AD第九条第三项)",
  price_block("ecshop", "婴儿配方奶粉 1段 800g", "298.00") + desc("最接近母乳的黄金配方。"))
P("beile-niaoku", "I", "/goods.php?id=42", [], "trap: 最好在睡前更换 is usage advice, not a claim about the goods (G2023)",
  price_block("ecshop", "纸尿裤 L码 54片", "99.00") + desc("使用建议：每3-4小时更换一次，夜间最好在宝宝睡前更换。"), trap=True)
P("beile-naiping", "I", "/goods.php?id=43", [], "trap: 市场价格 shown but the tool saw no price for this item before (no history): PR第十六条 cannot be judged, no finding",
  price_block("ecshop", "宽口径 玻璃奶瓶 240ml", "99.00", orig="159.00") + desc("耐高温玻璃。"), trap=True)

# ====================================================== J 美居家居 (DSMall, GBK)
J = site("J", "jiaju-mei.test", "dsmall", "美居家居", "苏州美居家居有限公司",
         C.uscc("320506", "meiju"), icp=C.icp("苏", "meiju", site=1),
         ga=C.gongan("苏", "320506", "meiju"), enc="gbk", cats=["客厅", "卧室", "餐厅"])
P("meiju-home", "J", "/", [], "trap: 纯原木 = solid raw wood (纯 + 原木), not the counterfeit slang 纯原 (TM第五十七条 not engaged)",
  '<div class="floor"><h3>纯原木系列</h3>' + ul("纯原木 餐桌 1.4米", "北美黑胡桃 实木椅", "乳胶床垫 1.8米") + "</div>", trap=True)
P("meiju-shafa", "J", "/home/goods/index/goods_id/501.html", ["RR"], "RR: furniture refused for 七天无理由 after delivery; furniture is not exempt (CP第二十五条)",
  price_block("dsmall", "真皮 沙发 三人位", "4999.00") + desc("大件家具签收后不支持七天无理由退货。"))
P("meiju-chuangdian", "J", "/home/goods/index/goods_id/502.html", ["FC"], "FC: a mattress claimed to treat cervical spondylosis and hypertension (AD第十七条)",
  price_block("dsmall", "磁疗 乳胶床垫 1.8米", "2680.00") + desc("磁疗颗粒，治疗颈椎病，改善高血压。"))
P("meiju-canzhuo", "J", "/home/goods/index/goods_id/503.html", ["FH"], "FH: 江苏省著名商标 — provincial 著名商标 recognition was stopped (notice named in README, date unverified) (AD第二十八条第二款第(二)项)",
  price_block("dsmall", "纯原木 餐桌 1.4米", "1899.00") + desc("品牌荣获江苏省著名商标。"))
P("meiju-yizi", "J", "/home/goods/index/goods_id/504.html", [], "trap: 本系列最轻的一款 compares models within one brand's own range (G2023 self-comparison exemption)",
  price_block("dsmall", "北美黑胡桃 实木椅", "699.00") + desc("自重4.2kg，是本品牌本系列中最轻的一款。"), trap=True)

# ====================================================== K 云雾 (CRMEB, UTF-8)
K = site("K", "yunwu-shop.test", "crmeb", "云雾小铺", "东莞云雾电子科技有限公司",
         C.uscc("441900", "yunwu"), icp=C.icp("粤", "yunwu", site=1),
         ga=C.gongan("粤", "441900", "yunwu"))
P("yunwu-home", "K", "/", ["PG"], "PG: e-cigarettes and pods sold online, banned by the 2019 国家烟草专卖局/市场监管总局 notice on protecting minors from e-cigarettes",
  '<div class="banner"><h2>电子烟 烟弹 多口味 全国包邮</h2></div>' + ul("一次性电子烟 3000口", "换弹式 主机", "烟弹 三颗装"))
P("yunwu-xiangyan", "K", "/goods_detail/61", ["PG"], "PG: cigarettes by the carton online (烟草专卖法; no online retail of tobacco)",
  price_block("crmeb", "软包 香烟 一条 正品", "450.00") + desc("正品保证，顺丰直发，整条出售。"))
P("yunwu-jiashiqi", "K", "/goods_detail/62", [], "trap: a humidifier page stating the shop does NOT sell e-cigarettes/tobacco online (negation)",
  price_block("crmeb", "桌面 加湿器 USB", "49.00") + desc("根据国家规定，本店不通过网络销售电子烟、烟弹及烟草制品。"), trap=True)

# ====================================================== L 办证快 (likeshop, UTF-8+BOM), no licence, no ICP
L = site("L", "banzheng-kuai.test", "likeshop", "快办服务", "", None, scheme="http")
P("banzheng-home", "L", "/", ["IM", "LM", "PG"], "LM+IM: home shows neither licence nor ICP filing (EC第十五条; 互联网信息服务管理办法第十二条); PG: 代开发票 and forged certificates (发票管理办法第二十二条; 刑法第二百八十条)",
  ul("代开各类增值税发票", "毕业证 学位证 办理 可查", "驾驶证 快速办理"), bom=True)
P("banzheng-lunwen", "L", "/service/lunwen.html", ["PG"], "PG: ghost-writing of theses (学位法 2024 第三十七条 bans 代写; [article number unverified])",
  desc("硕士/本科论文代写，查重率低于10%，包过盲审，不过全额退款。"), bom=True)
P("banzheng-sijiantao", "L", "/service/ka.html", ["PG"], "PG: bank-card 四件套 and real-name SIM cards for sale (反电信网络诈骗法第三十一条)",
  desc("出售银行卡四件套（卡、U盾、手机卡、身份证复印件），实名手机卡批量供应。"))

# ====================================================== M 墨香阁 (ShopXO, GBK)
M = site("M", "moxiang-ge.test", "shopxo", "墨香阁", "北京墨香阁文化有限公司",
         C.uscc("110105", "moxiang"), icp=C.icp("京", "moxiang", site=1),
         ga=C.gongan("京", "110105", "moxiang"), enc="gbk", cats=["春联", "宣纸", "毛笔"])
P("moxiang-home", "M", "/", [], "trap: 国家级非物质文化遗产 is a state-awarded title (G2023 exemption; a real, current honour, so not FH either)",
  '<div class="banner"><h2>国家级非物质文化遗产代表性项目 · 传统手工宣纸</h2></div>' + ul("手写春联 定制", "四尺 生宣 100张", "湖笔 兼毫"), trap=True)
P("moxiang-chunlian", "M", "/goods-71.html", [], "trap: 代写春联 is lawful calligraphy to order, not a prohibited 代写 service; custom goods exempt from 七天无理由 (CP第二十五条第一款第(一)项)",
  price_block("shopxo", "书法家手写春联 可代写内容", "68.00") + desc("可代写福字、春联内容，按您要求书写；定制商品不支持七天无理由退货。"), trap=True)
P("moxiang-xuanzhi", "M", "/goods-72.html", [], "trap: 原价 59 equals the lowest price in the 7 days before (3 days: 59); the 39 was 7.5 days before, outside the window (PR第十六条)",
  price_block("shopxo", "四尺 生宣 100张", "45.00", orig="59.00") + desc("檀皮含量40%。"),
  hist=[(7.5, price_block("shopxo", "四尺 生宣 100张", "39.00") + desc("檀皮含量40%。")),
        (3, price_block("shopxo", "四尺 生宣 100张", "59.00") + desc("檀皮含量40%。"))], trap=True)
P("moxiang-maobi", "M", "/goods-73.html", [], "trap: 中华老字号 is a current scheme of 商务部 and the claim names the recogniser; not an abolished honour (FH not engaged)",
  price_block("shopxo", "湖笔 兼毫 中楷", "36.00") + desc("合作笔庄为商务部认定的“中华老字号”企业。"), trap=True)

# ====================================================== N 酒乡坊 (ECShop, GBK), 蜀ICP备
N = site("N", "jiuxiang-fang.test", "ecshop", "酒乡坊", "四川酒乡坊酒业有限公司",
         C.uscc("510107", "jiuxiang"), icp=C.icp("蜀", "jiuxiang", site=1),
         ga=C.gongan("川", "510107", "jiuxiang"), enc="gbk", cats=["浓香", "酱香", "清香"])
P("jiuxiang-home", "N", "/", ["WK"], "WK: 荣获中国驰名商标 on the home page (TM第十四条第五款); the 蜀ICP备 filing is a valid variant of 川, so no II",
  '<div class="ad"><h2>荣获中国驰名商标 · 百年窖池</h2></div>' + ul("浓香型 52度 500ml", "酱香型 53度 500ml"))
P("jiuxiang-jiangxiang", "N", "/goods.php?id=81", ["FH"], "FH: 2024年中国名牌产品 — the 中国名牌 programme had been stopped long before (AD第二十八条第二款第(二)项; notice named in README)",
  price_block("ecshop", "酱香型 53度 500ml", "399.00", cur="￥") + desc("荣获2024年中国名牌产品称号。"))
P("jiuxiang-nianfen", "N", "/goods.php?id=82", ["AT"], "AT: 世界级 and 行业标杆之最 as claims (AD第九条第三项)",
  price_block("ecshop", "十年 年份酒 礼盒", "1288.00", cur="￥") + desc("世界级酿造工艺，堪称行业标杆之最。"))
P("jiuxiang-nongxiang", "N", "/goods.php?id=83", [], "trap: 优级 is the grade of GB/T 10781.1 and 最佳饮用温度 is a tip (G2023 exemptions)",
  price_block("ecshop", "浓香型 52度 500ml", "168.00", cur="￥") + desc("质量等级：优级（GB/T 10781.1）", "最佳饮用温度 15-20℃。"), trap=True)

# ====================================================== O 美颜坊 (likeshop, UTF-8)
O = site("O", "meiyan-fang.test", "likeshop", "美颜坊", "杭州美颜坊化妆品有限公司",
         C.uscc("330105", "meiyan"), icp=C.icp("浙", "meiyan", site=3),
         ga=C.gongan("浙", "330105", "meiyan"))
P("meiyan-home", "O", "/", ["AT"], "AT: 全球顶级 and 美白第一品牌 as claims (AD第九条第三项)",
  '<div class="banner"><h2>全球顶级奢护 · 美白第一品牌</h2></div>' + ul("修护面霜", "玻尿酸精华", "补水面膜"))
P("meiyan-mianshuang", "O", "/goods/401", ["FC"], "FC: a cream claimed to treat eczema and repair steroid-damaged skin (AD第十七条; cosmetics may not claim medical effects)",
  price_block("likeshop", "修护面霜 50g", "199.00") + desc("7天淡斑祛痘，修复激素脸，治疗湿疹皮炎。"))
P("meiyan-jinghua", "O", "/goods/402", ["CT"], "CT: 1比1 / 复刻版 of a 大牌 serum (TM第五十七条)",
  price_block("likeshop", "大牌小棕瓶 同款 精华 50ml", "139.00") + desc("1比1复刻版，与专柜同批原液。"))
P("meiyan-mianmo", "O", "/goods/403", [], "trap: opened cosmetics excluded only with confirmation at purchase; unopened keep the right (CP第二十五条第二款)",
  price_block("likeshop", "补水面膜 10片", "59.00") + desc("面膜拆封后依据商品性质且经您下单时勾选确认不适用七天无理由退货；未拆封支持。"), trap=True)
P("meiyan-kouhong", "O", "/goods/404", ["RI"], "RI: cash for a photo review and more for a follow-up review (EC第十七条)",
  price_block("likeshop", "丝绒哑光 口红", "89.00") + desc("晒图好评返现3元，追加评价再返2元，截图发客服。"))

# ====================================================== P 财富宝 (ShopXO, UTF-8)
Pp = site("P", "caifu-bao.test", "shopxo", "财富宝课堂", "深圳财富宝信息咨询有限公司",
          C.uscc("440304", "caifubao"), icp=C.icp("粤", "caifubao", site=1),
          ga=C.gongan("粤", "440304", "caifubao"), cats=["理财课", "炒股课"])
P("caifubao-home", "P", "/", ["FC"], "FC: guaranteed principal and 18% yearly return (AD第二十五条)",
  '<div class="banner"><h2>年化收益18% 保本保息 稳赚不赔</h2></div>' + ul("理财入门课", "短线实战课"))
P("caifubao-course", "P", "/goods-1.html", ["FC"], "FC: 月收益30%以上, losses fully compensated — a guaranteed return (AD第二十五条)",
  price_block("shopxo", "短线实战课 VIP", "3980.00") + desc("跟着老师操作，月收益30%以上，亏损全额补偿。"))
P("caifubao-about", "P", "/about.html", [], "trap: 投资有风险 and an explicit refusal to promise returns (AD第二十五条 observed)",
  desc("投资有风险，入市需谨慎。本站课程仅为投资知识教育，不承诺任何收益，不代客理财。"), trap=True)

# ====================================================== LICENSE_INVALID sites
Q1 = site("Q1", "wujin-cheng.test", "ecshop", "五金城商城", "宁波五金城贸易有限公司",
          C.uscc("330203", "wujin", bad="check"), icp=C.icp("浙", "wujin", site=1),
          ga=C.gongan("浙", "330203", "wujin"), enc="gbk", registry=None, cats=["工具", "锁具"])
P("wujin-home", "Q1", "/", ["LI"], "LI: the 统一社会信用代码 fails its GB 32100 check character (EC第十五条 false display)",
  ul("家用 工具箱 套装", "指纹锁 智能门锁", "电钻 锂电"))
P("wujin-dianzuan", "Q1", "/goods.php?id=7", ["LI"], "LI: same failing code in the footer of an item page (the false display is on every page that shows it)",
  price_block("ecshop", "锂电 电钻 12V", "159.00", cur="￥") + desc("双速，附两块电池。"))
Q2 = site("Q2", "yuju-shop.test", "shopxo", "裕居生活馆", "成都裕居商贸有限公司",
          C.regno("510107", "yuju", bad=True), icp=C.icp("川", "yuju", site=1), registry=None,
          lic_html=lic_line("成都裕居商贸有限公司", C.regno("510107", "yuju", bad=True), label="注册号"))
P("yuju-home", "Q2", "/", ["LI"], "LI: the 15-digit 注册号 fails ISO 7064 MOD 11,10 (GB/T 17710)", ul("香薰蜡烛", "棉麻抱枕"))
Q3 = site("Q3", "lvye-nongzi.test", "dsmall", "绿野农资", "郑州绿野农资有限公司",
          C.uscc("410105", "lvye", bad="org"), icp=C.icp("豫", "lvye", site=1), registry=None,
          ga=C.gongan("豫", "410105", "lvye"), cats=["种子", "肥料"])
P("lvye-home", "Q3", "/", ["LI"], "LI: outer GB 32100 check character is right but the GB 11714 organisation-code check inside (chars 9-17) fails",
  ul("玉米种子 郑单958", "复合肥 40kg"))
Q4 = site("Q4", "chengxin-jd.test", "likeshop", "诚信家电", "武汉诚信家电销售有限公司",
          C.uscc("420106", "chengxin", bad="char"), icp=C.icp("鄂", "chengxin", site=1), registry=None)
P("chengxin-home", "Q4", "/", ["LI"], "LI: the code contains the letter O, which GB 32100 excludes", ul("变频空调 1.5匹", "滚筒洗衣机"))
Q5 = site("Q5", "haoyun-shipin.test", "crmeb", "好运食品", "长沙好运食品有限公司",
          C.uscc("430104", "haoyun", bad="short"), icp=C.icp("湘", "haoyun", site=1), registry=None)
P("haoyun-home", "Q5", "/", ["LI"], "LI: a 17-character 统一社会信用代码 — malformed, so invalid rather than missing (issue #15)",
  ul("辣条 大礼包", "剁椒 酱"))
_q6 = C.uscc("530102", "yunnan-yao", bad="check")
_q6fw = _q6.translate(str.maketrans("0123456789ABCDEFGHJKLMNPQRTUWXY", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＴＵＷＸＹ"))
C.FACTS[_q6fw] = ("uscc", False)
Q6 = site("Q6", "dian-yaocai.test", "dsmall", "滇藥材行", "昆明滇藥材貿易有限公司", _q6, enc="big5", trad=True,
          icp=C.icp("滇", "yunnan-yao", site=1, raw="滇ICP備" + C._digits("yunnan-yao", 8) + "號-1"), registry=None,
          lic_html=lic_line("昆明滇藥材貿易有限公司", _q6fw, trad=True, label="統一社會信用代碼"), promise="正品保障 · 滿99包郵",
          cats=["三七", "天麻"])
P("dianyao-home", "Q6", "/", ["LI"], "LI: code written in full-width characters inside a traditional-script footer; after normalisation it fails the check character",
  ul("文山三七 頭子 250g", "昭通天麻 100g"))
Q7 = site("Q7", "dongbei-techan.test", "likeshop", "黑土地特产", "哈尔滨黑土地特产有限公司",
          C.uscc("230102", "heitudi", bad="check"), icp=C.icp("黑", "heitudi", site=1), enc="gb18030", registry=None)
P("heitudi-home", "Q7", "/", ["LI"], "LI: check character wrong (GB 32100); page in GB18030", ul("五常大米 10kg", "东北 黑木耳 250g"))
P("heitudi-muer", "Q7", "/goods/9", ["LI"], "LI: same failing code in an item page's footer",
  price_block("likeshop", "东北 黑木耳 250g", "39.90") + desc("秋耳，肉厚。"))

# traps for LICENSE_INVALID
Q8 = site("Q8", "laodian-tangguo.test", "ecshop", "老店糖果", "天津老店糖果有限公司",
          C.regno("120101", "laodian"), icp=C.icp("津", "laodian", site=1), enc="gbk",
          lic_html=lic_line("天津老店糖果有限公司", C.regno("120101", "laodian"), label="营业执照注册号"))
P("laodian-home", "Q8", "/", [], "trap: an old 15-digit 注册号 with a correct MOD 11,10 check digit — valid, still a displayed licence",
  ul("什锦 水果糖 500g", "麻花 礼盒"), trap=True)
P("laodian-dingdan", "Q8", "/goods.php?id=3", [], "trap: 18-digit order number and a 13-digit barcode and SC food-production licence — none is a business licence code",
  price_block("ecshop", "什锦 水果糖 500g", "25.00", cur="￥") +
  desc("食品生产许可证编号：SC10812010100532", "商品条码：6901234567892", "示例订单编号：202612011234567890（下单后可在会员中心查看）"), trap=True)
_spaced = C.uscc("370202", "haibin")
Q9 = site("Q9", "haibin-haixian.test", "shopxo", "海滨海鲜", "青岛海滨海鲜有限公司", _spaced,
          icp=C.icp("鲁", "haibin", site=1), ga=C.gongan("鲁", "370202", "haibin"),
          lic_html=lic_line("青岛海滨海鲜有限公司", " ".join([_spaced[:6], _spaced[6:12], _spaced[12:]])))
C.FACTS[" ".join([_spaced[:6], _spaced[6:12], _spaced[12:]])] = ("uscc", True)
P("haibin-home", "Q9", "/", [], "trap: a valid code printed in groups of six with spaces; still the same valid code (no LI); fresh seafood note is a 第二十五条 exemption",
  ul("鲜活 大虾 1kg", "即食 海参") + para("鲜活水产签收后不适用七天无理由退货（鲜活易腐）。"), trap=True)

# ====================================================== LICENSE_MISMATCH sites
X1 = site("X1", "huamei-dianqi.test", "shopxo", "华美电器", "佛山华美电器有限公司",
          C.uscc("440604", "huamei"), icp=C.icp("粤", "huamei", site=1), registry=None)
P("huamei-home", "X1", "/", ["LX"], "LX: a well-formed code that the registry does not hold (registry.tsv has no entry)",
  ul("电饭煲 4L", "空气炸锅"))
P("huamei-fanbao", "X1", "/goods-5.html", ["LX"], "LX: same unregistered code in the footer of an item page",
  price_block("shopxo", "电饭煲 4L", "199.00") + desc("IH加热。"))
X2 = site("X2", "jinfu-zhubao.test", "ecshop", "金福珠宝", "深圳金福黄金珠宝有限公司",
          C.uscc("440303", "jinfu"), icp=C.icp("粤", "jinfu", site=1), enc="gbk",
          reg_name="深圳金福首饰加工厂")
P("jinfu-home", "X2", "/", ["LX"], "LX: the registry holds this code under another company name (深圳金福首饰加工厂)",
  ul("足金 手镯", "18K 项链"))
X3 = site("X3", "anxin-yaofang.test", "crmeb", "安心大药房", "重庆安心医药有限公司",
          C.uscc("500103", "anxin"), icp=C.icp("渝", "anxin", site=1), registry="吊销")
P("anxin-home", "X3", "/", ["LX"], "LX: registry status 吊销 (licence revoked)", ul("医用口罩", "体温计"))
X4 = site("X4", "lanting-chaye.test", "dsmall", "兰亭茶叶", "绍兴兰亭茶叶有限公司",
          C.uscc("330602", "lanting"), icp=C.icp("浙", "lanting", site=1), registry="注销")
P("lanting-home", "X4", "/", ["LX"], "LX: registry status 注销 (deregistered)", ul("越乡龙井", "平水珠茶"))
X5 = site("X5", "youpin-jia.test", "likeshop", "优品家", "合肥优品家居用品有限公司",
          C.uscc("340104", "youpin"), icp=C.icp("皖", "youpin", site=1), registry="经营异常")
P("youpin-home", "X5", "/", ["LX"], "LX: registry status 经营异常 (listed as abnormal)", ul("记忆棉枕", "四件套"))
X6 = site("X6", "tianyi-sm.test", "shopxo", "天意商贸", "石家庄天意商贸有限公司",
          C.uscc("130102", "tianyi"), icp=C.icp("冀", "tianyi", site=1), registry="严重违法失信")
P("tianyi-home", "X6", "/", ["LX"], "LX: registry status 严重违法失信", ul("劳保手套", "安全帽"))
_x7a = C.uscc("320106", "xinghe")
_x7b = C.uscc("320106", "xinghe-other")
REGISTRY.append((_x7b, "南京星河另一贸易有限公司", "存续"))
X7 = site("X7", "xinghe-dianzi.test", "ecshop", "星河电子", "南京星河电子有限公司", _x7a,
          icp=C.icp("苏", "xinghe", site=1),
          lic_html=lic_line("南京星河电子有限公司", _x7a) +
          ' <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091145678901234&amp;signData=MEUCIQDx"><img src="/images/lz.png" alt="电子营业执照"></a>' % _x7b)
P("xinghe-home", "X7", "/", ["LX"], "LX: the electronic-licence link's serial starts with another USCC than the one displayed",
  ul("USB 数据线", "蓝牙音箱"))
X8 = site("X8", "taihe-xiuzhuang.test", "dsmall", "泰和繡莊", "蘇州泰和刺繡有限公司",
          C.uscc("320508", "taihe"), icp=C.icp("苏", "taihe", site=1, raw="蘇ICP備" + C._digits("taihe", 8) + "號-1"),
          enc="big5", trad=True, reg_name="苏州泰和纺织品有限公司", promise="正品保障 · 滿99包郵", cats=["蘇繡", "團扇"])
P("taihe-home", "X8", "/", ["LX"], "LX: traditional-script page; the registry holds the code under another name (苏州泰和纺织品有限公司, not 苏州泰和刺绣有限公司 even after traditional→simplified)",
  ul("蘇繡 團扇 貓", "雙面繡 擺件"))
# trap: electronic licence link whose serial matches
_x9 = C.uscc("350100", "ruixiang")
X9 = site("X9", "ruixiang-sm.test", "crmeb", "瑞祥商贸", "福州瑞祥商贸有限公司", _x9,
          icp=C.icp("闽", "ruixiang", site=2),
          lic_html='<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091145670000001&amp;signData=MEQCIGk"><img src="/static/images/lz.png" alt="营业执照亮照"> 电子营业执照</a>' % _x9)
P("ruixiang-home", "X9", "/", [], "trap: only the zzlz.gsxt.gov.cn electronic-licence badge is shown; its serial carries this company's registered code (no LM: the link satisfies EC第十五条; no LX)",
  ul("闽南 肉粽", "土笋冻"), trap=True)

# ====================================================== ICP_MISSING sites
R1 = site("R1", "xiaoyu-shop.test", "likeshop", "小鱼杂货铺", "厦门小鱼网络科技有限公司",
          C.uscc("350203", "xiaoyu"))
P("xiaoyu-home", "R1", "/", ["IM"], "IM: an independent site's home with a licence but no ICP filing or licence number (互联网信息服务管理办法第十二条)",
  ul("手工 皂", "帆布 包"))
P("xiaoyu-zao", "R1", "/goods/11", [], "trap: ICP display is a home-page duty; an item page without it is not a finding (互联网信息服务管理办法第十二条 names the 首页)",
  price_block("likeshop", "手工 冷制皂", "28.00") + desc("橄榄油冷制，成熟期6周。"), trap=True, meta="label:gbk")
R2 = site("R2", "guofeng-hanfu.test", "shopxo", "国风汉服馆", "西安国风汉服文化有限公司",
          C.uscc("610113", "guofeng"), ga=C.gongan("陕", "610113", "guofeng"))
P("guofeng-home", "R2", "/", ["IM"], "IM: only a 公网安备 number is shown; a public-security filing is not an ICP filing (DOMAIN Formats)",
  ul("明制 马面裙", "宋制 褙子"))
R3 = site("R3", "maoyi-tong.test", "ecshop", "贸易通", "大连贸易通进出口有限公司",
          C.uscc("210203", "maoyitong"), enc="gbk")
P("maoyitong-home", "R3", "/", ["IM"], "IM: the ICP number exists only inside an HTML comment — not displayed (DESIGN: comments do not satisfy display rules)",
  ul("进口 红酒", "橄榄油"), icp="<!-- 辽ICP备" + C._digits("maoyitong", 8) + "号-1 -->")
R4 = site("R4", "kuaile-wanju.test", "crmeb", "快乐玩具", "汕头快乐玩具有限公司",
          C.uscc("440507", "kuaile"))
P("kuaile-home", "R4", "/", ["IM"], "IM: the ICP number is only in the page's script state (window.__NUXT__), never rendered — not displayed",
  ul("积木 城堡", "遥控 赛车"), state_json='{"config":{"site_name":"快乐玩具","record_no":"粤ICP备%s号-1"}}' % C._digits("kuaile", 8))
R5 = site("R5", "jiayuan-sc.test", "dsmall", "家园生鲜", "南宁家园生鲜配送有限公司",
          C.uscc("450103", "jiayuan"), icp_html="")
P("jiayuan-home", "R5", "/", ["IM"], "IM: footer says 网站备案中 — no filing number is shown",
  ul("芒果 5斤", "百香果 3斤"), icp="网站备案中")
R6 = site("R6", "taifeng-hang.test", "ecshop", "泰豐茶行", "漳州泰丰茶行有限公司",
          C.uscc("350602", "taifeng"), enc="big5", trad=True,
          lic_html=lic_line("漳州泰丰茶行有限公司", C.uscc("350602", "taifeng"), trad=True, label="統一社會信用代碼"),
          welcome="歡迎光臨泰豐茶行！", cats=["鐵觀音", "水仙"])
P("taifeng-home", "R6", "/", ["IM"], "IM: traditional-script home with a licence but no ICP number", ul("安溪 鐵觀音 250g", "漳平 水仙 茶餅"))
R7 = site("R7", "shuiguo-xian.test", "likeshop", "鲜果园", "烟台鲜果园农业有限公司",
          C.uscc("370602", "xianguo"))
P("xianguo-index", "R7", "/index.html", ["IM"], "IM: /index.html is a home page; no ICP number (互联网信息服务管理办法第十二条)",
  ul("烟台 红富士 10斤", "大樱桃 2斤"))
R8 = site("R8", "zangxiang-shop.test", "shopxo", "藏香阁", "拉萨藏香阁商贸有限公司",
          C.uscc("540102", "zangxiang"), enc="gb18030")
P("zangxiang-home", "R8", "/", ["IM"], "IM: GB18030 home without an ICP number", ul("手工 藏香", "牦牛 肉干"))
R9 = site("R9", "huanyu-keji.test", "shopxo", "寰宇科技", "天津寰宇科技有限公司",
          C.uscc("120116", "huanyu"))
P("huanyu-home", "R9", "/", ["IM"], "IM: the ICP number is in an element hidden with display:none — not displayed (DESIGN)",
  ul("智能手环", "电子秤"), icp='<span style="display:none">津ICP备%s号-1</span>' % C._digits("huanyu", 8))
# traps: ICP licence (证) instead of filing; full-width ICP; 陇 variant
R10 = site("R10", "jingdu-shuju.test", "ecshop", "京都书局", "北京京都书局有限公司",
           C.uscc("110108", "jingdu"), icp=C.icp("京", "jingdu", raw="京ICP证%s号" % C._digits("jingdu", 6)),
           ga=C.gongan("京", "110108", "jingdu"), cats=["期刊", "图书"])
P("jingdu-home", "R10", "/", [], "trap: shows an ICP licence (京ICP证NNNNNN号, six digits) rather than a filing; a licence satisfies the duty and is well-formed",
  ul("月刊 订阅", "古籍 影印本"), trap=True)
P("jingdu-qikan", "R10", "/goods.php?id=2", [], "trap: delivered newspapers/periodicals are exempt from 七天无理由 (CP第二十五条第一款第(四)项)",
  price_block("ecshop", "《文史月刊》全年订阅", "216.00") + desc("期刊按月寄送，已交付的期刊不适用七天无理由退货。"), trap=True)
R11 = site("R11", "longyuan-gs.test", "dsmall", "陇原特产", "兰州陇原特产有限公司",
           C.uscc("620102", "longyuan"), icp=C.icp("陇", "longyuan", site=1, year="2024"),
           ga=C.gongan("甘", "620102", "longyuan"))
P("longyuan-home", "R11", "/", [], "trap: 陇ICP备 is the real variant abbreviation of 甘; a 10-digit year-prefixed number — valid (no II)",
  ul("兰州 百合 干", "苦水 玫瑰 花茶"), trap=True)
_fw = "浙ＩＣＰ备" + "".join(chr(0xFF10 + int(d)) for d in C._digits("fwicp", 8)) + "号"
C.FACTS[_fw] = ("icp", True)
R12 = site("R12", "xihu-sichou.test", "likeshop", "西湖丝绸", "杭州西湖丝绸有限公司",
           C.uscc("330106", "xihusichou"), icp=C.icp("浙", "fwicp", raw=_fw), enc="gbk")
P("xihu-home", "R12", "/", [], "trap: ICP filing written with full-width letters and digits (浙ＩＣＰ备…) — the same valid number after normalisation (no II/IM)",
  ul("真丝 围巾", "桑蚕丝 睡衣"), trap=True)
_sp = "粤ICP备 %s号-2" % C._digits("spicp", 8)
C.FACTS[_sp] = ("icp", True)
R13 = site("R13", "nanhai-chawan.test", "ecshop", "南海茶碗", "广州南海陶瓷有限公司",
           C.uscc("440105", "nanhai"), icp=C.icp("粤", "spicp", raw=_sp))
P("nanhai-home", "R13", "/", [], "trap: a space between 备 and the digits and a -2 site suffix — both occur in real filings (DOMAIN Formats)",
  ul("石湾 公道杯", "手绘 盖碗"), trap=True)

# ====================================================== ICP_INVALID sites
def _isite(key, host, tpl, shop, company, div, seed, raw, enc="utf-8", trad=False, **kw):
    return site(key, host, tpl, shop, company, C.uscc(div, seed),
                icp=C.icp("", seed, valid=False, raw=raw), enc=enc, trad=trad, **kw)


_isite("T1", "mengmeng-shop.test", "likeshop", "萌萌手作", "南京萌萌手作工作室有限公司", "320104", "mengmeng", "萌ICP备20250117号")
P("mengmeng-home", "T1", "/", ["II"], "II: 萌ICP备 is a joke registry — not a province, not a filing (DOMAIN Formats)", ul("毛毡 小猫", "手作 耳环"))
P("mengmeng-erhuan", "T1", "/goods/3", ["II"], "II: the same joke number in an item page footer",
  price_block("likeshop", "手作 耳环 925银针", "39.00") + desc("纯手工缠绕。"))
_isite("T2", "demo-shangcheng.test", "shopxo", "演示商城", "东莞演示网络科技有限公司", "441900", "demo", "粤ICP备12345678号")
P("demo-home", "T2", "/", ["II"], "II: 12345678 is a template placeholder, not a filing (DOMAIN Formats)", ul("示例商品一", "示例商品二"))
_isite("T3", "xx-shop.test", "ecshop", "鑫鑫百货", "北京鑫鑫百货有限公司", "110106", "xinxin", "京ICP备XXXXXXXX号", enc="gbk")
P("xinxin-home", "T3", "/", ["II"], "II: 京ICP备XXXXXXXX号 — letters where the number should be", ul("洗衣液", "抽纸"))
_isite("T4", "zhonghua-mall.test", "dsmall", "中华优品", "中华优品（北京）电子商务有限公司", "110105", "zhonghua", "中ICP备20200101号")
P("zhonghua-home", "T4", "/", ["II"], "II: 中 is not a province abbreviation", ul("国潮 T恤", "茶具"))
_isite("T5", "liuwei-shop.test", "crmeb", "六味小馆", "杭州六味餐饮管理有限公司", "330104", "liuwei", "浙ICP备2021123号")
P("liuwei-home", "T5", "/", ["II"], "II: seven digits — a filing number has 8 (or 10 with a year prefix)", ul("酱鸭", "定胜糕"))
_isite("T6", "chaxiang-ge.test", "likeshop", "茶香阁", "黄山茶香阁茶业有限公司", "341002", "chaxiangge", "茶ICP备2024001688号", enc="gb18030")
P("chaxiangge-home", "T6", "/", ["II"], "II: 茶ICP备 is a joke registry, not a province", ul("黄山毛峰", "太平猴魁"))
_isite("T7", "jiuwei-shop.test", "ecshop", "久味", "上海久味食品有限公司", "310104", "jiuwei", "沪ICP备123456789号")
P("jiuwei-home", "T7", "/", ["II"], "II: nine digits (neither 8 nor 10)", ul("蝴蝶酥", "青团"))
_isite("T8", "gangshi-naicha.test", "dsmall", "港式奶茶鋪", "深圳港式奶茶餐飲有限公司", "440304", "gangshi", "港ICP備20230088號", enc="big5", trad=True,
       reg_name="深圳港式奶茶餐饮有限公司",
       lic_html=lic_line("深圳港式奶茶餐飲有限公司", C.uscc("440304", "gangshi"), trad=True, label="統一社會信用代碼"),
       promise="正品保障 · 滿99包郵", cats=["奶茶", "蛋撻"])
P("gangshi-home", "T8", "/", ["II"], "II: 港 is not one of the mainland province abbreviations used by MIIT filings (traditional-script page)",
  ul("絲襪奶茶 茶包", "葡式蛋撻 冷凍"))
_isite("T9", "huaxia-guan.test", "shopxo", "华夏馆", "郑州华夏文化传播有限公司", "410102", "huaxia", "华ICP备2019088812号", enc="gbk")
P("huaxia-home", "T9", "/", ["II"], "II: 华 is not a province abbreviation", ul("仿古 书签", "团扇"))

# ====================================================== platform mall.wangjian.test
def _shop(sid, name, company, div, seed, enc="utf-8", registry="存续", label="统一社会信用代码", bad=None):
    code = C.uscc(div, seed, kind="92" if "个体" in company else "91", bad=bad)
    if registry and not bad:
        REGISTRY.append((code, company, registry))
    return mall_shop(sid, name, enc=enc, company=company, code=code,
                     lic=shop_lic_block(company, code, label))


S101 = _shop(101, "潮玩小铺", "广州潮玩小铺贸易有限公司", "440106", "s101")
P("mall-s101-home", ("shop", S101), "/shop/101/", ["MM"], "MM: platform shop home without any element carrying the mall-mark class (platform profile; seed 平台为网店亮标)",
  ul("盲盒 系列一", "手办 展示盒"), mark="")
S102 = _shop(102, "木子家纺", "南通木子家纺有限公司", "320602", "s102")
P("mall-s102-home", ("shop", S102), "/shop/102/", ["MM"], "MM: class token is mall-marker, not mall-mark (the profile's mark is the exact class token)",
  ul("全棉 四件套", "蚕丝被"), mark='<span class="mall-marker">认证</span>')
S103 = _shop(103, "阿福零食", "长沙阿福食品有限公司", "430102", "s103")
P("mall-s103-home", ("shop", S103), "/shop/103/", ["MM"], "MM: id=\"mall-mark\" but no class mall-mark",
  ul("麻辣 豆干", "鸭脖"), mark='<span id="mall-mark">认证店铺</span>')
S104 = _shop(104, "青禾农场", "眉山市东坡区青禾农场（个体工商户）", "511402", "s104")
P("mall-s104-home", ("shop", S104), "/shop/104/", ["MM"], "MM: the mark element sits inside an HTML comment — not in the document",
  ul("丑橘 5斤", "耙耙柑"), mark='<!-- <span class="mall-mark">认证店铺</span> -->')
S105 = _shop(105, "星辰数码", "成都星辰数码有限公司", "510104", "s105")
P("mall-s105-home", ("shop", S105), "/shop/105/", ["MM"], "MM: mark element hidden with display:none — not displayed (DESIGN: hidden elements do not satisfy display rules)",
  ul("手机壳", "数据线"), mark='<span class="mall-mark" style="display:none">认证店铺</span>')
S106 = _shop(106, "悦己美妆", "上海悦己化妆品有限公司", "310106", "s106")
P("mall-s106-home", ("shop", S106), "/shop/106/", ["MM"], "MM: text says 网剑认证 but the class is mallmark (no mall-mark token)",
  ul("气垫", "眼影盘"), mark='<em class="mallmark">网剑认证</em>')
S107 = mall_shop(107, "小马鞋铺")
P("mall-s107-home", ("shop", S107), "/shop/107/", ["LM", "MM"], "MM: no mark; LM: the shop shows no licence of its own — the platform's licence in the footer is the platform's, not the shop's (EC第十五条, 第二十七条)",
  ul("帆布鞋", "老北京布鞋"), mark="")
S108 = _shop(108, "老陈茶庄", "普洱老陈茶业有限公司", "530802", "s108")
P("mall-s108-home", ("shop", S108), "/shop/108/", ["MM"], "MM: class mall-mark-v2 is a different token",
  ul("普洱 熟茶饼", "滇红"), mark='<i class="mall-mark-v2"></i>')
S109 = _shop(109, "蜀味坊", "成都蜀味坊食品有限公司", "510106", "s109", enc="gbk")
P("mall-s109-home", ("shop", S109), "/shop/109/", ["MM"], "MM: GBK shop home without mark", ul("火锅底料", "郫县豆瓣"), mark="")
S110 = _shop(110, "鞋都优选", "晋江鞋都优选贸易有限公司", "350582", "s110")
P("mall-s110-home", ("shop", S110), "/shop/110/", ["CT", "MM"], "MM: no mark; CT: 莆田 纯原 and 超A versions offered (TM第五十七条)",
  '<h3 class="floor-title">莆田纯原 · 超A版本 到货</h3>' + ul("AJ4 黑猫 超A", "椰子350 纯原"), mark="")
# MARK traps
S111 = _shop(111, "禾木家居", "杭州禾木家居有限公司", "330110", "s111")
P("mall-s111-home", ("shop", S111), "/shop/111/", [], "trap: class list separated by tabs and double spaces still contains the token mall-mark",
  ul("实木 边几", "藤编 收纳"), mark='<span class="badge\tmall-mark  gold">认证店铺</span>', trap=True)
S112 = _shop(112, "一叶书屋", "北京一叶书屋文化有限公司", "110102", "s112")
P("mall-s112-home", ("shop", S112), "/shop/112/", [], "trap: the mark is an <img class=\"mall-mark\"> — an element with the token, displayed",
  ul("绘本 套装", "二手 旧书"), mark='<img class="mall-mark" src="https://mall.wangjian.test/static/mark.png" alt="认证">', trap=True)
S113 = mall_shop(113, "瓯江渔村", company="温州瓯江渔业有限公司", code=C.uscc("330302", "s113"),
                 lic='<div class="shop-qualify"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091145600000113&amp;signData=MEYCIQ"><img src="/img/lz.png" alt="电子营业执照"> 亮照</a></div>' % C.uscc("330302", "s113"))
REGISTRY.append((S113["code"], "温州瓯江渔业有限公司", "存续"))
P("mall-s113-home", ("shop", S113), "/shop/113/", [], "trap: the shop's licence is shown only as the zzlz electronic-licence badge whose serial is its own code (EC第十五条 链接标识); platform shops need no ICP",
  ul("东海 带鱼", "虾干") + para("鲜活海产签收后不适用七天无理由退货，死货包赔。"), trap=True)
S114 = mall_shop(114, "乐淘小店")
P("mall-s114-home", ("shop", S114), "/shop/114/", ["LM"], "LM: a platform shop home with the mark but no licence of its own, no link, no 第十条 statement (EC第十五条)",
  ul("小夜灯", "挂钩"))
S115 = mall_shop(115, "甜心烘焙", lic='<script>var shopLicense={"code":"%s","name":"合肥甜心烘焙有限公司"};</script>' % C.uscc("340102", "s115"))
REGISTRY.append((C.uscc("340102", "s115"), "合肥甜心烘焙有限公司", "存续"))
P("mall-s115-home", ("shop", S115), "/shop/115/", ["LM"], "LM: the shop's licence is only in a <script> variable — not displayed (DESIGN)",
  ul("曲奇 礼盒", "蛋黄酥"))
S116 = mall_shop(116, "山里红", lic='<div class="shop-qualify">本店经营者为农户，销售自产农副产品，依照《电子商务法》第十条规定无需办理市场主体登记。</div>')
P("mall-s116-home", ("shop", S116), "/shop/116/", [], "trap: a farmer selling own produce shows the 第十条 exemption statement instead of a licence (EC第十条, 第十五条)",
  ul("山楂 5斤", "核桃"), trap=True)
S117 = _shop(117, "晓燕手作", "嘉兴市南湖区晓燕手作店（个体工商户）", "330402", "s117", bad="check")
P("mall-s117-home", ("shop", S117), "/shop/117/", ["LI"], "LI: the shop's own code (个体工商户, 92…) fails its check character",
  ul("钩针 杯垫", "毛线 包"))
S118 = _shop(118, "悦动体育", "泉州悦动体育用品有限公司", "350503", "s118", registry=None)
P("mall-s118-home", ("shop", S118), "/shop/118/", ["LX"], "LX: a well-formed shop code absent from the registry",
  ul("篮球", "跳绳"))
S119 = _shop(119, "家和五金", "温州家和五金有限公司", "330304", "s119", registry="吊销")
P("mall-s119-home", ("shop", S119), "/shop/119/", ["LX"], "LX: the shop's code is registered but 吊销",
  ul("合页", "门吸"))
S120 = _shop(120, "手艺人木雕", "东阳手艺人木雕工作室", "330783", "s120")
P("mall-s120-home", ("shop", S120), "/shop/120/", [], "trap: a complete, compliant platform shop home; no ICP on the page is right, platform shops have no ICP duty",
  ul("樟木 摆件", "黄杨木 梳子") + para("部分商品为按图定制，定制款不支持七天无理由退货，现货支持。"), trap=True)

# ====================================================== platform items
def MI(slug, shop, iid, codes, note, name, price, text, orig=None, olabel=None, hist=(), **kw):
    cur = "￥"
    body = price_block("mall", name, price, orig=orig, olabel=olabel, cur=cur) + desc(*text)
    h = [(d, price_block("mall", name, hp, cur=cur) + desc(*text)) for d, hp in hist]
    P(slug, ("item", shop), "/item/%d.html" % iid, codes, note, body, hist=h, **kw)


MI("mall-i2001", S110, 2001, ["CT", "RI"], "CT: full-width Ａ货 (TM第五十七条; DESIGN full-width normalisation); RI: 带图好评返5元 (EC第十七条)",
   "AJ11 康扣 Ａ货 顶配", "329.00", ["Ａ货顶配，鞋盒配件齐全。", "带图好评返5元，截图找客服。"])
MI("mall-i2002", S106, 2002, ["CT"], "CT: 精仿 大牌 cushion (TM第五十七条)", "精仿 大牌 气垫 粉底", "69.00",
   ["精仿版本，外壳logo与正品一致。"])
MI("mall-i2003", S101, 2003, ["CT"], "CT: 高仿 written as 高&#20223; (numeric character reference) in the title",
   "高&#20223; 限定 手办 28cm", "199.00", ["做工细致，涂装还原。"])
MI("mall-i2004", S111, 2004, [], "trap: 1:1 is the epoxy mixing ratio, not a replica claim (TM第五十七条 not engaged)",
   "环氧树脂 河流桌 DIY 套装", "259.00", ["A胶与B胶按 1:1 比例混合，充分搅拌后浇筑。"], trap=True)
MI("mall-i2005", S109, 2005, ["AT"], "AT: 全国销量冠军 without any source, period or place (AD第九条第三项)",
   "牛油 火锅底料 500g", "29.90", ["正宗老成都味道，全国销量冠军。"], enc="gbk")
MI("mall-i2006", S103, 2006, [], "trap: a ranking limited in time, place and category with its data source — a provable fact (G2023 exemption)",
   "卤味 鸭脖 400g", "39.90", ["2025年度网剑商城长沙地区鸭脖类目销量第一（数据来源：网剑商城2025年度类目榜，统计期2025.1.1–2025.12.31）。"], trap=True)
MI("mall-i2007", S108, 2007, ["FP"], "FP: 划线价 599 > 459, seen 2 days before (PR第十六条)",
   "普洱 熟茶饼 357g 2015年", "499.00", ["勐海料，干仓。"], orig="599.00", hist=[(2, "459.00"), (6, "499.00")])
MI("mall-i2008", S108, 2008, [], "trap: every price seen in the 7 days before is at or above the 划线价 399 (3 days: 399, 5 days: 420) (PR第十六条)",
   "滇红 金芽 250g", "329.00", ["凤庆大叶种。"], orig="399.00", hist=[(5, "420.00"), (3, "399.00")], trap=True)
MI("mall-i2009", S105, 2009, ["RR"], "RR: all goods of a phone-accessory shop refused for 七天无理由 (CP第二十五条)",
   "磁吸 手机壳", "39.00", ["本店所有商品均不支持七天无理由退货，拍下即视为同意。"])
MI("mall-i2010", S105, 2010, [], "trap: activated phones excluded only with the buyer's confirmation at purchase; unactivated ones keep the right (CP第二十五条第二款)",
   "二手 智能手机 95新", "1299.00", ["手机激活后价值贬损较大：下单时需勾选确认“激活后不适用七天无理由退货”；未激活支持七天无理由退货。"], trap=True)
MI("mall-i2011", S120, 2011, [], "trap: engraved-to-order carving is 定作 (CP第二十五条第一款第(一)项)",
   "樟木 刻字 印章 定制", "88.00", ["按您提供的文字雕刻，定制商品不支持七天无理由退货。"], trap=True)
MI("mall-i2012", S104, 2012, ["RI"], "RI: an extra pound of fruit for a five-star review (EC第十七条)",
   "丑橘 5斤 现摘", "39.90", ["五星好评后联系客服，下次购买补发一斤。"])
MI("mall-i2013", S107, 2013, ["RI"], "RI: phone credit for a five-star review screenshot (EC第十七条)",
   "老北京 布鞋 手工", "59.00", ["确认收货并给五星好评，截图领取3元话费。"])
MI("mall-i2014", S114, 2014, [], "trap: the shop says it never trades cash for reviews (negation, EC第十七条 observed)",
   "LED 小夜灯", "19.90", ["评价与售后无关，欢迎如实评价；本店从不以返现换取好评。"], trap=True)
MI("mall-i2015", S114, 2015, [], "trap: 满199返现20 is a purchase rebate unrelated to reviews (not REVIEW_INDUCEMENT)",
   "粘钩 20只装", "9.90", ["店铺活动：单笔满199元返现20元（下单即返，与评价无关）。"], trap=True)
MI("mall-i2016", S101, 2016, ["PG"], "PG: spring knives and batons — 管制刀具 (公安部 管制刀具认定标准)",
   "弹簧刀 折叠 开刃 + 甩棍", "128.00", ["一键弹出，锋利开刃，附赠甩棍。"])
MI("mall-i2017", S111, 2017, [], "trap: kitchen knife, explicitly not a 管制刀具 (not PROHIBITED_GOODS)",
   "家用 不锈钢 菜刀", "59.00", ["厨房用刀，非管制刀具，按快递规定包装寄送。"], trap=True)
MI("mall-i2018", S106, 2018, ["WK"], "WK: 驰名商标 in a cosmetics listing (TM第十四条第五款)",
   "驰名商标品牌 水润气垫", "99.00", ["驰名商标品牌，值得信赖。"])
MI("mall-i2019", S102, 2019, ["WK"], "WK: 驰 名 商 标 spaced out to evade matching (TM第十四条第五款; DESIGN normalisation)",
   "长绒棉 四件套", "299.00", ["驰 名 商 标 · 百年家纺。"])
MI("mall-i2020", S109, 2020, ["FH"], "FH: 国家免检 — the 免检 scheme was abolished (AD第二十八条第二款第(二)项)",
   "清油 火锅底料 400g", "25.00", ["国家免检产品，放心食用。"], enc="gbk")
MI("mall-i2021", S111, 2021, ["FH"], "FH: 杭州市著名商标 — municipal 著名商标 recognition was abolished (AD第二十八条第二款第(二)项)",
   "实木 茶几", "899.00", ["荣获杭州市著名商标。"])
MI("mall-i2022", S112, 2022, [], "trap: a book on trademark law quoting 第十四条 (不得将“驰名商标”字样用于广告) — a citation, not an advertisement",
   "《商标法》条文释义", "58.00", ["第十四条第五款：生产、经营者不得将“驰名商标”字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中。"], trap=True)
MI("mall-i2023", S112, 2023, [], "trap: the seller explains 免检产品 no longer exists — a warning, not a claim (FH not engaged)",
   "《食品安全常识》", "32.00", ["本书提醒：国家早已取消食品“免检产品”制度，任何宣称“免检”的食品都不可信。"], trap=True)
MI("mall-i2024", S104, 2024, ["FP"], "FP: 划线价 69.9 > 35.9, seen 4.5 days before (PR第十六条)",
   "耙耙柑 5斤", "45.90", ["现摘现发。"], orig="69.90", hist=[(4.5, "35.90")])
MI("mall-i2025", S120, 2025, [], "trap: a lower price seen 5 days before, but the page shows no 原价/划线价 to compare (no FP)",
   "黄杨木 梳子", "199.00", ["手工打磨。"], hist=[(5, "180.00")], trap=True)
MI("mall-i2026", S113, 2026, ["FC"], "FC: sea cucumber claimed to cure diabetes (AD第十七条)",
   "淡干 海参 250g", "899.00", ["每天一只，治好糖尿病，增强体质。"])
MI("mall-i2027", S116, 2027, ["FC"], "FC: hawthorn claimed to soften blood vessels and treat hypertension (AD第十七条)",
   "山楂干 500g", "19.90", ["软化血管，治疗高血压，老人必备。"])
MI("mall-i2028", S117, 2028, [], "trap: 做最用心的手作 states a goal/business philosophy (G2023 exemption)",
   "钩针 杯垫 4只", "29.00", ["我们的目标：做最用心的手作，让每一件都有温度。"], trap=True)
MI("mall-i2029", S119, 2029, ["AT"], "AT: NO.1 and 史上最低价 as claims (AD第九条第三项)",
   "不锈钢 合页 10只", "15.90", ["五金NO.1品牌，史上最低价。"])
MI("mall-i2030", S118, 2030, ["AT"], "AT: 国家级 used as a quality claim with no state award behind it (AD第九条第三项)",
   "7号 篮球 比赛用球", "129.00", ["国家级品质，专业比赛用球。"])

# ====================================================== LICENSE_MISSING sites
V1 = site("V1", "huahua-dian.test", "likeshop", "花花小店", "", None, icp=C.icp("苏", "huahua", site=1))
P("huahua-home", "V1", "/", ["LM"], "LM: home with ICP and copyright only — no licence, link or 第十条 statement (EC第十五条)",
  ul("永生花 礼盒", "香薰 蜡烛"))
P("huahua-lazhu", "V1", "/goods/5", [], "trap: item page of a site without licence info: display is a home-page duty (EC第十五条 首页显著位置)",
  price_block("likeshop", "香薰 蜡烛 大豆蜡", "49.00") + desc("燃烧时长约40小时。"), trap=True)
V2 = site("V2", "laoyang-rou.test", "ecshop", "老杨牛肉", "内蒙古老杨食品有限公司", C.uscc("150102", "laoyang"),
          icp=C.icp("蒙", "laoyang", site=1), enc="gbk", registry="存续",
          lic_html="<!-- 营业执照：内蒙古老杨食品有限公司 统一社会信用代码：%s -->" % C.uscc("150102", "laoyang"))
P("laoyang-home", "V2", "/", ["LM"], "LM: the licence line is inside an HTML comment — not displayed (DESIGN)",
  ul("风干 牛肉干 500g", "奶皮子"), meta="none")
V3 = site("V3", "qingshan-cha.test", "shopxo", "青山茶舍", "", None, icp=C.icp("赣", "qingshan", site=1),
          lic_html='<div style="display:none">营业执照：九江青山茶业有限公司 统一社会信用代码：%s</div>' % C.uscc("360402", "qingshan"))
REGISTRY.append((C.uscc("360402", "qingshan"), "九江青山茶业有限公司", "存续"))
P("qingshan-home", "V3", "/", ["LM"], "LM: the licence line is in a display:none block — not displayed (DESIGN)",
  ul("庐山 云雾茶", "修水 宁红"))
V4 = site("V4", "kexin-baihuo.test", "dsmall", "可信百货", "", None, icp=C.icp("晋", "kexin", site=1),
          lic_html='<a href="https://ss.knet.cn/verifyseal.dll?sn=e26120614010000000"><img src="/images/kexin.png" alt="可信网站"> 可信网站 身份验证</a>')
P("kexin-home", "V4", "/", ["LM"], "LM: only a 可信网站 trust seal — a commercial seal, not the licence or its link (DOMAIN 亮照)",
  ul("太原 老陈醋", "平遥 牛肉"))
V5 = site("V5", "minsu-zhijia.test", "crmeb", "民宿之家", "", None, icp=C.icp("琼", "minsu", site=1),
          lic_html="营业执照信息请咨询在线客服索取")
P("minsu-home", "V5", "/", ["LM"], "LM: 'ask customer service for the licence' is neither the licence nor a link to it (EC第十五条 持续公示)",
  ul("椰子 鸡 汤料", "海南 咖啡"))
V6 = site("V6", "xiangjiang-shop.test", "ecshop", "香江精品", "", None, enc="big5", trad=True,
          icp=C.icp("粤", "xiangjiang", raw="粵ICP備" + C._digits("xiangjiang", 8) + "號-1"),
          welcome="歡迎光臨香江精品！", cats=["腕錶", "皮具"])
P("xiangjiang-home", "V6", "/", ["CT", "LM"], "LM: traditional-script home, ICP shown but no licence; CT: 原單 and 超A in traditional (TM第五十七条)",
  '<div class="ad"><h2>原單 皮具 · 超A 腕錶 到貨</h2></div>' + ul("原單 手袋", "超A 機械錶"), meta="none")
V7 = site("V7", "shouzuo-pu.test", "shopxo", "阿婆手作铺", "", None, icp=C.icp("黔", "shouzuo", site=1),
          lic_html="本店为家庭手工业经营者，销售自制蜡染、刺绣，依照《中华人民共和国电子商务法》第十条规定不需要办理市场主体登记。")
P("shouzuo-home", "V7", "/", [], "trap: a home-craft seller displays the 第十条 exemption statement instead of a licence (EC第十条, 第十五条)",
  ul("苗族 蜡染 布", "手工 刺绣 香包"), trap=True)
V8 = site("V8", "jinling-yanxi.test", "dsmall", "金陵砚溪", "南京砚溪文化用品有限公司", C.uscc("320102", "yanxi"),
          icp=C.icp("苏", "yanxi", site=1), enc="gbk",
          lic_html='<a href="/license.html"><img src="/uploads/license.jpg" alt="营业执照" width="120"></a>')
UNSHOWN.add(V8["code"])
P("yanxi-home", "V8", "/", [], "trap: the licence is displayed as an image (营业执照 picture linked to a licence page) — DESIGN counts a licence image",
  ul("端砚", "徽墨"), trap=True, meta="label:gb2312")
V9 = site("V9", "yunshang-nongchan.test", "likeshop", "云上农产", "", None, enc="gb18030",
          icp=C.icp("滇", "yunshang", site=1))
P("yunshang-home", "V9", "/", ["LM"], "LM: GB18030 home without licence info (EC第十五条)", ul("鲜花饼", "小粒咖啡"))

# ====================================================== more claims on independent sites
W1 = site("W1", "baijia-tiaowei.test", "ecshop", "百佳调味", "佛山百佳调味食品有限公司", C.uscc("440605", "baijia"),
          icp=C.icp("粤", "baijia", site=1), ga=C.gongan("粤", "440605", "baijia"), enc="gbk")
P("baijia-home", "W1", "/", ["WK"], "WK: 驰名商标 in the site welcome banner (TM第十四条第五款)",
  '<div class="ad"><h2>国家工商总局认定 驰名商标 · 百佳酱油</h2></div>' + ul("头抽 酱油", "蚝油"))
P("baijia-haoyou", "W1", "/goods.php?id=5", [], "trap: 驰名中外 is a phrase ('famous at home and abroad'), not the words 驰名商标 (TM第十四条第五款 not engaged)",
  price_block("ecshop", "古法 蚝油 700g", "26.80", cur="￥") + desc("顺德风味，驰名中外的老味道。"), trap=True)
P("baijia-jiangyou", "W1", "/goods.php?id=6", ["WK"], "WK: 驰名商标 in the description of a sauce (TM第十四条第五款)",
  price_block("ecshop", "头抽 酱油 1.6L", "19.90", cur="￥") + desc("百佳——中国驰名商标，三年晒制。"))
W2 = site("W2", "lvzhou-jiaju.test", "crmeb", "绿洲家居", "成都绿洲家居有限公司", C.uscc("510108", "lvzhou"),
          icp=C.icp("川", "lvzhou", site=1))
P("lvzhou-home", "W2", "/", ["WK"], "WK: 驰名商标 with a recogniser named, still banned in advertising (TM第十四条第五款)",
  '<div class="banner"><h2>绿洲 · 国家认定驰名商标</h2></div>' + ul("布艺 沙发", "岩板 餐桌"))
P("lvzhou-chuang", "W2", "/goods_detail/8", ["FP"], "FP: 原价 3280 > 2580, the lowest price seen 5 days before (PR第十六条)",
  price_block("crmeb", "实木 双人床 1.8米", "2680.00", orig="3280.00") + desc("北美白蜡木。"),
  hist=[(5, price_block("crmeb", "实木 双人床 1.8米", "2580.00") + desc("北美白蜡木。")),
        (1, price_block("crmeb", "实木 双人床 1.8米", "2680.00") + desc("北美白蜡木。"))])
W3 = site("W3", "tianmu-zhubao.test", "shopxo", "天目珠宝", "深圳天目珠宝有限公司", C.uscc("440303", "tianmu"),
          icp=C.icp("粤", "tianmu", site=1))
P("tianmu-home", "W3", "/", ["FH"], "FH: 中国名牌 and 免检 together on the home banner — both abolished (AD第二十八条第二款第(二)项)",
  '<div class="banner"><h2>中国名牌产品 · 质量免检企业</h2></div>' + ul("足金 吊坠", "和田玉 手镯"))
P("tianmu-diaozhui", "W3", "/goods-11.html", ["FH"], "FH: an appraisal certificate whose number is the all-zero placeholder 0000000000 — it cannot be a real certificate (AD第二十八条)",
  price_block("shopxo", "足金 吊坠 3g", "1980.00") + desc("附珠宝玉石质量检验鉴定证书，证书编号：0000000000。"))
P("tianmu-shouzhuo", "W3", "/goods-12.html", ["CT"], "CT: 精仿 和田玉 offered as such (counterfeit wording, TM第五十七条)",
  price_block("shopxo", "精仿 和田玉 手镯", "268.00") + desc("精仿籽料，肉眼难辨。"))
W4 = site("W4", "kangfu-qixie.test", "dsmall", "康复器械", "郑州康复器械有限公司", C.uscc("410103", "kangfu"),
          icp=C.icp("豫", "kangfu", site=1), ga=C.gongan("豫", "410103", "kangfu"))
P("kangfu-home", "W4", "/", [], "trap: 如有不适请及时就医 and 不能替代治疗 are cautions (AD第十七条 observed)",
  ul("颈椎 按摩枕", "足浴盆") + para("本店器械用于日常放松，不能替代医疗；如有不适请及时就医。"), trap=True)
P("kangfu-anmozhen", "W4", "/home/goods/index/goods_id/31.html", ["FC"], "FC: a massage pillow promising to cure cervical spondylosis for good (AD第十七条)",
  price_block("dsmall", "颈椎 按摩枕 热敷", "168.00") + desc("每天20分钟，彻底根治颈椎病，告别头晕手麻。"))
P("kangfu-zuyu", "W4", "/home/goods/index/goods_id/32.html", ["RR"], "RR: a foot spa refused for returns once shipped — not an exempt class (CP第二十五条)",
  price_block("dsmall", "全自动 足浴盆", "299.00") + desc("电器类商品发货后不予退换，介意勿拍。"))
W5 = site("W5", "wanjia-chaoshi.test", "likeshop", "万家超市", "青岛万家超市有限公司", C.uscc("370203", "wanjia"),
          icp=C.icp("鲁", "wanjia", site=1), ga=C.gongan("鲁", "370203", "wanjia"))
P("wanjia-home", "W5", "/", [], "trap: advice to consumers on how to spot 高仿 liquor — a warning, not an offer (TM第五十七条 not engaged)",
  '<section class="notice"><h3>防伪提示</h3>' + para("近期市场上出现高仿名酒，请认准瓶盖防伪码并在官方渠道查询。本超市所售酒类均有完整进货凭证。") + "</section>" + ul("青岛 啤酒 24听", "白酒 礼盒"), trap=True)
P("wanjia-pijiu", "W5", "/goods/61", ["FP"], "FP: 划线价 99 > 76, the lowest price seen 0.5 days before (PR第十六条)",
  price_block("likeshop", "啤酒 500ml×24听", "79.00", orig="99.00") + desc("经典 10 度。"),
  hist=[(0.5, price_block("likeshop", "啤酒 500ml×24听", "76.00") + desc("经典 10 度。"))])
P("wanjia-dami", "W5", "/goods/62", ["FP"], "FP: the struck-through 日常价 69 > 52, seen 3.5 days before (PR第十六条; 日常价 is a compared price)",
  price_block("likeshop", "东北 大米 10kg", "59.00", orig="69.00", olabel="日常价") + desc("当季新米。"),
  hist=[(3.5, price_block("likeshop", "东北 大米 10kg", "52.00") + desc("当季新米。"))])
P("wanjia-youyan", "W5", "/goods/63", ["RR"], "RR: cooking oil (not 鲜活易腐) refused for returns (not 鲜活易腐; CP第二十五条)",
  price_block("likeshop", "花生油 5L", "89.90") + desc("粮油类商品不支持七天无理由退货。"))
W6 = site("W6", "chaoliu-nanzhuang.test", "shopxo", "潮流男装", "广州潮流男装有限公司", C.uscc("440104", "chaoliu"),
          icp=C.icp("粤", "chaoliu", site=1), enc="gbk")
P("chaoliu-home", "W6", "/", ["AT"], "AT: 顶级 and 独一无二 in the home banner (AD第九条第三项)",
  '<div class="banner"><h2>顶级面料 独一无二的版型</h2></div>' + ul("牛仔裤", "夹克"), meta="label:gb2312")
P("chaoliu-niuzai", "W6", "/goods-3.html", ["RI"], "RI: 好评返现 stated on a card inside the parcel, quoted on the page (EC第十七条)",
  price_block("shopxo", "直筒 牛仔裤", "159.00") + desc("包裹内附好评卡：五星好评+15字晒图，凭截图返现5元。"), meta="none")
P("chaoliu-jiake", "W6", "/goods-4.html", ["RR"], "RR: 退货需扣30%手续费 and 无质量问题不退 — refuses the statutory right for clothing (CP第二十五条)",
  price_block("shopxo", "工装 夹克", "299.00") + desc("无质量问题不退不换，确需退货扣除30%手续费。"))
W7 = site("W7", "jinghua-xiangbao.test", "ecshop", "京华箱包", "北京京华箱包有限公司", C.uscc("110106", "jinghua"),
          icp=C.icp("京", "jinghua", site=1), enc="gbk")
P("jinghua-home", "W7", "/", ["CT"], "CT: 仿牌 箱包 and 复刻 in the home banner (TM第五十七条)",
  '<div class="ad"><h2>仿牌箱包 复刻经典 一手货源</h2></div>' + ul("登机箱 20寸", "双肩包"), meta="label:utf-8")
P("jinghua-xiangzi", "W7", "/goods.php?id=9", [], "trap: 复刻 of the brand's own 1990s design, reissued by the same company — not a counterfeit of another's mark",
  price_block("ecshop", "京华 1995 经典款 复刻版 行李箱", "699.00", cur="￥") + desc("京华品牌自家1995年经典款官方复刻再版，由本公司生产。"), trap=True)
W8 = site("W8", "shengshi-wangluo.test", "crmeb", "盛世网络服务", "杭州盛世网络服务有限公司", C.uscc("330108", "shengshi"),
          icp=C.icp("浙", "shengshi", site=1))
P("shengshi-home", "W8", "/", ["RI"], "RI: a paid-review (刷单/代刷好评) service (EC第十七条; AUC第九条)",
  '<div class="banner"><h2>店铺好评代刷 · 真人补单 · 提升权重</h2></div>' + ul("好评套餐 100条", "真人晒图 50条"))
P("shengshi-taocan", "W8", "/goods_detail/3", ["RI"], "RI: 真人补单+五星好评 sold as a service (EC第十七条; AUC第九条)",
  price_block("crmeb", "好评套餐 100条 真人账号", "300.00") + desc("真人账号下单，五星好评+晒图，一条3元。"))
W9 = site("W9", "jiankang-mall.test", "likeshop", "健康优选", "南京健康优选科技有限公司", C.uscc("320105", "jiankang"),
          icp=C.icp("苏", "jiankang", site=1), enc="utf-8")
P("jiankang-home", "W9", "/", ["FC", "FH"], "FC: a food supplement that 'replaces medicine'; FH: 国家免检 (AD第十七条; 第二十八条第二款第(二)项)",
  '<div class="banner"><h2>国家免检 · 吃它不用再吃药</h2></div>' + ul("纳豆激酶", "辅酶Q10"), bom=True)
P("jiankang-nadou", "W9", "/goods/12", ["FC"], "FC: 溶解血栓 and 预防中风 for a food product (AD第十七条)",
  price_block("likeshop", "纳豆激酶 胶囊 60粒", "268.00") + desc("溶解血栓，预防中风，服用一月血管通畅。"), bom=True)
P("jiankang-q10", "W9", "/goods/13", ["FH"], "FH: 高新技术企业 certificate number 'GR-2020' is malformed (real ones are GR + 12 digits [from memory, unverified]) (AD第二十八条)",
  price_block("likeshop", "辅酶Q10 软胶囊", "199.00") + desc("生产企业为国家高新技术企业，证书编号：GR-2020。"), bom=True)

# ====================================================== Big5 and GB18030 extras
Y1 = site("Y1", "fujian-laozihao.test", "ecshop", "閩南老字號", "泉州閩南老字號食品有限公司", C.uscc("350502", "mnlzh"),
          icp=C.icp("闽", "mnlzh", raw="閩ICP備" + C._digits("mnlzh", 8) + "號-2"), enc="big5", trad=True,
          reg_name="泉州闽南老字号食品有限公司",
          welcome="歡迎光臨閩南老字號！", cats=["糕點", "茶點"])
P("mnlzh-home", "Y1", "/", ["WK"], "WK: 馳名商標 in a traditional-script banner (TM第十四条第五款)",
  '<div class="ad"><h2>中國馳名商標 · 百年傳承</h2></div>' + ul("綠豆餅 禮盒", "花生糖"))
P("mnlzh-lvdoubing", "Y1", "/goods.php?id=3", ["AT"], "AT: 全國最好吃 and 銷量第一 as claims in traditional script (AD第九条第三项)",
  price_block("ecshop", "綠豆餅 禮盒 20入", "68.00", cur="¥", trad=True) + tdesc("全國最好吃的綠豆餅，銷量第一。"))
P("mnlzh-huashengtang", "Y1", "/goods.php?id=4", [], "trap: 最佳賞味期 (best-before tip) and 建議 storage advice in traditional script (G2023)",
  price_block("ecshop", "花生糖 300g", "32.00", cur="¥", trad=True) + tdesc("最佳賞味期：開封後7天內。建議冷藏保存。"), trap=True)
Y2 = site("Y2", "aomen-qipai.test", "dsmall", "澳門精品", "珠海澳門精品貿易有限公司", C.uscc("440402", "aomen"),
          icp=C.icp("粤", "aomen", raw="粵ICP備" + C._digits("aomen", 8) + "號-1"), enc="big5", trad=True,
          reg_name="珠海澳门精品贸易有限公司",
          promise="正品保障 · 滿99包郵", cats=["煙酒", "手信"])
P("aomen-home", "Y2", "/", ["PG"], "PG: cigarettes and e-cigarettes sold online, traditional script (烟草专卖法; 2019 e-cigarette notice)",
  ul("免稅 香煙 整條", "電子煙 一次性"), meta="none")
P("aomen-shouxin", "Y2", "/home/goods/index/goods_id/2.html", [], "trap: a shop stating it does not sell tobacco or e-cigarettes in traditional script (negation)",
  price_block("dsmall", "杏仁餅 手信 禮盒", "58.00", cur="¥", trad=True) + tdesc("本店手信均為食品，不銷售香煙、電子煙等煙草製品。"), trap=True)
Y3 = site("Y3", "bashu-tuchan.test", "shopxo", "巴蜀土产", "重庆巴蜀土产有限公司", C.uscc("500105", "bashu"),
          icp=C.icp("渝", "bashu", site=1), ga=C.gongan("渝", "500105", "bashu"), enc="gb18030",
          cats=["腊肉", "火锅料", "调料"])
P("bashu-home", "Y3", "/", [], "trap: 象牙白 is a colour name in a product title, not ivory (PROHIBITED_GOODS not engaged); shop uses 𠮷 in a product name",
  ul("𠮷祥 腊肉 礼盒", "象牙白 陶瓷 调味罐 四件套"), trap=True, meta="label:gb2312")
P("bashu-larou", "Y3", "/goods-21.html", ["RR"], "RR: cured meat (not 鲜活易腐) refused for returns (CP第二十五条)",
  price_block("shopxo", "𠮷祥 腊肉 礼盒 2kg", "168.00") + desc("腊肉为熟成干货，一经发出不支持七天无理由退货。"))
P("bashu-huoguo", "Y3", "/goods-22.html", ["FP"], "FP: 原价 98 > 78, seen 2.5 days before (PR第十六条)",
  price_block("shopxo", "老火锅 底料 500g×2", "88.00", orig="98.00") + desc("牛油 手工炒制。"),
  hist=[(2.5, price_block("shopxo", "老火锅 底料 500g×2", "78.00") + desc("牛油 手工炒制。"))])
P("bashu-huajiao", "Y3", "/goods-23.html", ["FP"], "FP: 原价 45 > 32: the lowest of three observations in the window (6.9 days: 32) (PR第十六条)",
  price_block("shopxo", "汉源 花椒 250g", "39.00", orig="45.00") + desc("大红袍花椒。"),
  hist=[(10, price_block("shopxo", "汉源 花椒 250g", "29.00") + desc("大红袍花椒。")),
        (6.9, price_block("shopxo", "汉源 花椒 250g", "32.00") + desc("大红袍花椒。")),
        (1, price_block("shopxo", "汉源 花椒 250g", "45.00") + desc("大红袍花椒。"))])
Y4 = site("Y4", "huwai-zhuangbei.test", "likeshop", "户外装备", "杭州户外装备有限公司", C.uscc("330109", "huwai"),
          icp=C.icp("浙", "huwai", site=2))
P("huwai-home", "Y4", "/", [], "trap: 顶好® is a registered brand name containing the word (G2023: names and registered marks are exempt)",
  ul("顶好® 登山杖", "顶好® 冲锋衣") + para("“顶好”为本公司注册商标（第12345679号）。"), trap=True)
P("huwai-nu", "Y4", "/goods/31", ["PG"], "PG: a hunting crossbow with steel bolts — 弩 is a 管制器具 banned from sale (公安部等 关于对弩实行管制的通知)",
  price_block("likeshop", "狩猎 反曲弩 配钢箭", "680.00") + desc("拉力150磅，配钢箭12支，射程80米。"))
P("huwai-jingshi", "Y4", "/goods/32", ["PG"], "PG: police uniform and insignia for sale (人民警察法第三十六条: 警用标志 may not be sold)",
  price_block("likeshop", "警用 制服 全套 带警号", "399.00") + desc("含警衔肩章、警号、臂章，与现役款式一致。"))
P("huwai-chongfengyi", "Y4", "/goods/33", ["RR"], "RR: outdoor jacket: 不支持无理由退换 for the whole season sale (CP第二十五条)",
  price_block("likeshop", "顶好® 冲锋衣", "499.00") + desc("换季清仓，一律不支持无理由退换。"))
Y5 = site("Y5", "liangpin-jia.test", "crmeb", "良品家", "宁波良品家居有限公司", C.uscc("330212", "liangpin"),
          icp=C.icp("浙", "liangpin", site=1))
P("liangpin-home", "Y5", "/", ["AT"], "AT: 宇宙级好用 and 无敌 as claims in a heading (AD第九条第三项)",
  '<div class="banner"><h2>宇宙级好用 无敌收纳神器</h2></div>' + ul("真空 收纳袋", "衣架 20只"))
P("liangpin-yijia", "Y5", "/goods_detail/5", [], "trap: 好评率98% is a statistic, 欢迎如实评价 invites honest reviews — no inducement (EC第十七条 observed)",
  price_block("crmeb", "植绒 衣架 20只", "29.90") + desc("好评率98%，欢迎您收货后如实评价。"), trap=True)
P("liangpin-shounadai", "Y5", "/goods_detail/6", ["WK"], "WK: 驰名商标 in a listing's selling points (TM第十四条第五款)",
  price_block("crmeb", "真空 收纳袋 8件套", "39.90") + desc("驰名商标企业出品，品质保障。"))
P("liangpin-tuihuo", "Y5", "/goods_detail/7", [], "trap: 退货请备注原单号 — 原单号 is the original order number (not 原单 goods)",
  price_block("crmeb", "折叠 脏衣篓", "35.00") + desc("支持七天无理由退货，退货时请在包裹内备注原单号。"), trap=True)
P("liangpin-shiyin", "Y5", "/goods_detail/9", [], "trap: 食品经营许可证 JY-number and 商品条码 are not business-licence codes (no LI)",
  price_block("crmeb", "宁波 汤圆 500g", "19.90") + desc("食品经营许可证：JY13302120012345", "条码：6923456789014"), trap=True)


# ------------------------------------------------------------------ output

def number_pages():
    for i, p in enumerate(PAGES):
        p["file"] = "%03d-%s.html" % (i + 1, p["slug"])


def split_holdout():
    """One third to holdout/, stratified: pages are grouped by their rarest
    code (or trap / clean), each group shuffled with a fixed seed and every
    third page held out; redrawn (next seed) until every code has positives
    on both sides."""
    freq = {c: sum(c in p["codes"] for p in PAGES) for c in CODES}
    for attempt in range(100):
        rng = random.Random(SEED + attempt)
        groups = {}
        for p in PAGES:
            key = (min(p["codes"], key=lambda c: (freq[c], c)) if p["codes"]
                   else ("trap" if p["trap"] else "clean"))
            groups.setdefault(key, []).append(p)
        held = set()
        offset = 0
        for key in sorted(groups):
            g = groups[key][:]
            rng.shuffle(g)
            for j, p in enumerate(g):
                if (j + offset) % 3 == 2:
                    held.add(p["file"])
            offset += len(g)
        ok = all(any(c in p["codes"] and p["file"] in held for p in PAGES) and
                 any(c in p["codes"] and p["file"] not in held for p in PAGES)
                 for c in CODES)
        if ok:
            return held
    raise SystemExit("no stratified split found")


def write_tree(root, pages):
    os.makedirs(os.path.join(root, "pages"), exist_ok=True)
    os.makedirs(os.path.join(root, "history"), exist_ok=True)
    labels = ["# file\turl\tcodes (comma-separated, sorted; - = no finding)"]
    notes = ["# file\tencoding\tbom\tnote (traps start with trap:)"]
    hist = ["# file\turl\tdays_before (earlier captures of the same URL)"]
    for p in pages:
        html, enc = render(p)
        try:
            data = C.encode(html, enc, p["bom"])
        except UnicodeEncodeError as e:
            raise SystemExit("%s: %s near %r" % (p["file"], e, html[max(0, e.start - 20):e.end + 5]))
        with open(os.path.join(root, "pages", p["file"]), "wb") as f:
            f.write(data)
        labels.append("%s\t%s\t%s" % (p["file"], url_of(p), ",".join(p["codes"]) or "-"))
        note = p["note"]
        assert p["trap"] == note.startswith("trap:"), p["file"]
        meta = p["meta"]
        decl = ("no charset declaration" if meta == "none" else
                "declares %s" % meta[6:] if meta.startswith("label:") else "")
        if decl:
            note = "%s [%s; bytes are %s]" % (note, decl, enc)
        notes.append("%s\t%s\t%s\t%s" % (p["file"], enc, "yes" if p["bom"] else "no", note))
        for k, (days, body) in enumerate(p["hist"]):
            hname = "%s.h%d.html" % (p["file"][:-5], k + 1)
            hhtml, henc = _render(p, body)
            with open(os.path.join(root, "history", hname), "wb") as f:
                f.write(C.encode(hhtml, henc, False))
            hist.append("%s\t%s\t%s" % (hname, url_of(p), days))
    for name, lines in (("labels.tsv", labels), ("notes.tsv", notes), ("history.tsv", hist)):
        with open(os.path.join(root, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")


def write_all(root):
    number_pages()
    held = split_holdout()
    if os.path.isdir(os.path.join(root, "pages")):
        for d in ("pages", "history", "holdout"):
            shutil.rmtree(os.path.join(root, d), ignore_errors=True)
    write_tree(root, [p for p in PAGES if p["file"] not in held])
    write_tree(os.path.join(root, "holdout"), [p for p in PAGES if p["file"] in held])
    with open(os.path.join(root, "holdout", "README.md"), "w", encoding="utf-8") as f:
        f.write(HOLDOUT_README)
    with open(os.path.join(root, "registry.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tstatus (business registry extract for LICENSE_MISMATCH)\n")
        seen = set()
        for code, name, status in REGISTRY:
            assert code not in seen, code
            seen.add(code)
            f.write("%s\t%s\t%s\n" % (code, name, status))


HOLDOUT_README = """# corpus2 holdout

One third of corpus2, drawn at random with a fixed seed (gen.py SEED) and stratified so that
every rule code has positive pages both here and in the main part.

**Do not read these pages, labels or notes while tuning rules.** They are scored only once, at the
end of issue #15. Same formats as ../: labels.tsv, notes.tsv, history.tsv, pages/, history/.
The business registry for both parts is ../registry.tsv.
"""

OUTPUTS = ("pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv",
           "registry.tsv")


def compare(a, b):
    bad = []
    for name in OUTPUTS:
        pa, pb = os.path.join(a, name), os.path.join(b, name)
        if os.path.isdir(pb):
            cmp = filecmp.dircmp(pa, pb) if os.path.isdir(pa) else None
            if cmp is None:
                bad.append(name)
                continue
            stack = [(cmp, name)]
            while stack:
                d, rel = stack.pop()
                bad += [os.path.join(rel, x) for x in d.left_only + d.right_only + d.funny_files]
                for x in d.common_files:
                    if not filecmp.cmp(os.path.join(d.left, x), os.path.join(d.right, x), shallow=False):
                        bad.append(os.path.join(rel, x))
                stack += [(sub, os.path.join(rel, k)) for k, sub in d.subdirs.items()]
        elif not (os.path.isfile(pa) and filecmp.cmp(pa, pb, shallow=False)):
            bad.append(name)
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        tmp = tempfile.mkdtemp(prefix="corpus2.")
        try:
            write_all(tmp)
            bad = compare(a.out, tmp)
        finally:
            shutil.rmtree(tmp)
        if bad:
            print("gen.py --check: %d difference(s): %s" % (len(bad), " ".join(sorted(bad)[:20])))
            return 1
        print("gen.py --check: %d pages up to date" % len(PAGES))
        return 0
    write_all(a.out)
    print("wrote %d pages (%d history versions) to %s"
          % (len(PAGES), sum(len(p["hist"]) for p in PAGES), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
