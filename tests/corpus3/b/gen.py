#!/usr/bin/env python3
"""corpus3 author B: every site and page written by hand, labels next to the text they judge.

python3 gen.py          rewrite all generated files
python3 gen.py --check  regenerate into a temp dir and compare byte for byte (exit 1 on difference)
"""
import os
import shutil
import sys
import tempfile

from lib import page, encode, uscc, uscc_bad, regno, regno_bad

HERE = os.path.dirname(os.path.abspath(__file__))
MALL = "http://mall.wangjian.test"

# ---------------------------------------------------------------------------
# Registry extract and the identifiers shown on pages (names and statuses by hand).
# IDS: key -> (code, intended validity). REGISTRY rows: (code, name, status).
# ---------------------------------------------------------------------------
IDS = {}
REGISTRY = []


def ident(key, code, valid, name=None, status=None):
    IDS[key] = (code, valid)
    if name is not None:
        REGISTRY.append((code, name, status))
    return code


PLAT = ident("platform", "91330100MA27WJ011R", True, "杭州网剑网络科技有限公司", "存续")
C_LAOZHANG = ident("laozhang", uscc("330106", "L8Y3T5C2", "92"), True, "杭州市西湖区老张茶庄", "存续")
C_HANGPAI = ident("hangpai", uscc("330104", "MA2B7C8D"), True, "杭州杭派服饰有限公司", "存续")
C_XIAOMEI = ident("xiaomei", uscc("440106", "MA59K2P3"), True, "广州小美化妆品贸易有限公司", "存续")
C_SHUMA = ident("shuma", uscc("440305", "MA5D8E1F"), True, "深圳市数码先锋科技有限公司", "存续")  # not displayed
C_BEIBEI = ident("beibei", uscc("310115", "MA1H8N6Q"), True, "上海贝贝母婴用品有限公司", "存续")
C_JIUYE_BAD = ident("jiuye", uscc_bad("510107", "MA6C4R2U"), False)
C_FEIXIANG = ident("feixiang", uscc("440515", "MA4W3X1E"), True, "汕头市澄海区飞翔玩具厂", "存续")
C_JINPIN = ident("jinpin", uscc("440300", "3597K2L8"), True, "深圳市金品珠宝饰品有限公司", "吊销")
C_KANGJIAN = ident("kangjian", uscc("320105", "MA1Y2D3F"), True, "南京康健生物科技有限公司", "存续")
C_YOUPIN = ident("youpin", uscc("440604", "MA52F7G8"), True, "佛山市优品家居有限公司", "存续")
R_HAITAO = ident("haitao", regno("33020600012345"), True, "宁波海淘直邮贸易有限公司", "存续")
C_WENWAN = ident("wenwan", uscc("110105", "MA01K8T2"), True, "北京雅集文化发展有限公司", "存续")
C_ZHIBO = ident("zhibo", uscc("330782", "MA2EC6H9"), True, "义乌市直播好货电子商务有限公司", "存续")
C_CHAOLIU = ident("chaoliu", uscc("350500", "MA32N4P7"), True, "泉州潮流鞋业有限公司", "存续")
R_WUJIN_BAD = ident("wujin", regno_bad("33078400056789"), False)
C_LONGJING = ident("longjing", uscc("330106", "72587143"), True, "杭州龙井茶业有限公司", "存续")
C_GANGMEI = ident("gangmei", uscc("440300", "MA5F3L8K"), True, "深圳前海港美跨境电子商务有限公司", "存续")
C_TAICHA = ident("taicha", uscc("350203", "MA8RT6Y2"), True, "厦门台茶贸易有限公司", "存续")
C_PINHUI = ident("pinhui", uscc("440104", "L3M8N2P5", "92"), True, "广州市越秀区品汇皮具商行", "存续")
C_KANGFU = ident("kangfu", uscc("370102", "MA3C9U8W"), True, "济南康复磁疗用品有限公司", "存续")
C_ERSHOU = ident("ershou", uscc("360702", "MA35B7Q1"), True, "赣州二手优品网络科技有限公司", "存续")
C_LINYI = ident("linyi", uscc("371302", "MA3T2X9N"), True, "临沂鲜播电子商务有限公司", "存续")
C_XINDA_BAD = ident("xinda", uscc_bad("441900", "MA4UL6R3"), False)
C_HONGXING = ident("hongxing", uscc("410105", "MA44R8W2"), True, "郑州红星电器有限公司", "存续")
C_LANXING = ident("lanxing", uscc("410105", "MA45H3K1"), True, "郑州蓝星商贸有限公司", "存续")
C_XIANGSHUI = ident("xiangshui", uscc("310104", "MA1G5T8K"), True, "上海香氛之家化妆品有限公司", "存续")
C_YIXING = ident("yixing", uscc("330782", "MA2JD4N6"), True, "义乌市义星工艺品有限公司", "存续")
C_MIANFANG = ident("mianfang", uscc("320602", "MA1W6K9R"), True, "南通棉坊家纺有限公司", "存续")
C_XIAOZHANG = ident("xiaozhang", uscc("440606", "MA4X2B7C"), True, "佛山市顺德区小张电器有限公司", "存续")
C_WUHAN = ident("wuhan", uscc("420106", "MA4K7C2D"), True, "武汉优选小铺科技有限公司", "存续")

# ---------------------------------------------------------------------------
SITES = []


def site(key, side, host, pages):
    SITES.append(dict(key=key, side=side, host=host, pages=pages))


def P(name, path, codes, note, title, body, enc="utf-8", bom=False, meta="auto", history=(), platform=None):
    return dict(name=name, path=path, codes=codes, note=note, title=title, body=body, enc=enc,
                bom=bom, meta=meta, history=list(history), platform=platform)


TOPBAR = ('<div class="mall-topbar"><a href="/">网剑商城</a> <a href="/login">请登录</a> <a href="/reg">免费注册</a>'
          ' <a href="/cart">购物车</a> <a href="/my">我的订单</a></div>\n'
          '<form class="mall-search" action="/search"><input name="q" placeholder="搜索宝贝"><button>搜索</button></form>\n')


def tb_item(shop, title, price, orig, orig_label, details):
    """淘宝-like item layout. orig=None: no compared price shown."""
    p = TOPBAR + '<div class="tb-shop-bar"><a href="/shop/%s/">%s</a> <a href="/shop/%s/#fav">收藏店铺</a></div>\n' % (shop[0], shop[1], shop[0])
    p += '<div class="tb-detail">\n<h1 class="tb-main-title">%s</h1>\n<div class="tb-price-wrap">\n' % title
    if orig:
        p += ('<dl class="tb-price-original"><dt>%s</dt><dd><del class="price tb-orig">&yen;%s</del></dd></dl>\n'
              % (orig_label, orig))
    p += ('<dl class="tb-promo"><dt>促销价</dt><dd><em class="tb-rmb">&yen;</em><strong class="price tb-promo-price">%s</strong></dd></dl>\n'
          % price)
    p += '</div>\n<div class="tb-sell-count">月销 <b>%s</b></div>\n' % (len(title) * 37 % 900 + 12)
    p += '<div class="tb-action"><a class="btn-buy">立即购买</a> <a class="btn-cart">加入购物车</a></div>\n</div>\n'
    p += '<div class="tb-desc">\n' + details + '</div>\n'
    return p


def jd_item(shop, title, price, orig, orig_label, details):
    """京东-like item layout."""
    p = TOPBAR + '<div class="crumb"><a href="/">首页</a> &gt; <a href="/shop/%s/">%s</a></div>\n' % shop
    p += '<div class="itemInfo-wrap">\n<div class="sku-name">%s</div>\n<div class="summary-price-wrap">\n' % title
    p += ('<div class="summary-price"><div class="dt">网 剑 价</div><div class="dd"><span class="p-price price">'
          '<span>￥</span><span class="J-p-price">%s</span></span></div></div>\n' % price)
    if orig:
        p += ('<div class="summary-market"><div class="dt">%s</div><div class="dd"><del class="p-market price">'
              '￥%s</del></div></div>\n' % (orig_label, orig))
    p += '</div>\n<div class="summary-service">由 %s 发货，并提供售后服务</div>\n</div>\n' % shop[1]
    p += '<div class="detail-content">\n' + details + '</div>\n'
    return p


def pdd_item(shop, title, price, orig, orig_label, details):
    """拼多多-like item layout."""
    p = TOPBAR + '<div class="goods-container">\n<div class="goods-price-bar">'
    p += '<span class="price group-price">￥%s</span> <span class="tag">拼单价</span>' % price
    if orig:
        p += ' <span class="%s">%s ￥%s</span>' % ("price line-price" if orig_label else "single-price", orig_label or "单独购买", orig)
    p += '</div>\n<h1 class="goods-name">%s</h1>\n' % title
    p += '<div class="mall-entry"><a href="/shop/%s/">%s</a> 进店逛逛</div>\n' % shop
    p += '<div class="goods-detail">\n' + details + '</div>\n</div>\n'
    return p


# ===========================================================================
# Platform shops on mall.wangjian.test (each shop is one "site" for the split)
# ===========================================================================

# --- S1 老张茶庄 (main, utf-8) ---------------------------------------------
SH = ("laozhang-tea", "老张茶庄")
site("laozhang", "main", "mall.wangjian.test", [
    P("shop-laozhang-home", "/shop/laozhang-tea/", "-",
      "trap: shop licence shown in .shop-license with a valid 个体工商户 code in the registry; the mark is an <img> "
      "carrying class mall-mark; 特级 is a grade of GB/T 18650 龙井茶, not a superlative claim.",
      "老张茶庄 - 网剑商城",
      TOPBAR + '<div class="shop-header">\n<img class="shop-logo" src="/img/lz.png" alt="">\n'
      '<h1 class="shop-name">老张茶庄</h1>\n'
      '<img class="mall-mark" src="/static/mark/verified.png" alt="网剑商城认证店铺" width="68">\n'
      '<span class="shop-rate">描述 4.9 服务 4.9 物流 4.8</span>\n</div>\n'
      '<div class="shop-banner"><p>三代人做茶，只做梅家坞的茶。</p></div>\n'
      '<ul class="shop-goods">\n<li><a href="/item/lz1001.html">2026新茶 明前龙井 特级 250g</a> <span class="price">&yen;368</span></li>\n'
      '<li><a href="/item/lz1002.html">雨前龙井 一级 口粮茶 500g</a> <span class="price">&yen;158</span></li>\n</ul>\n'
      '<div class="shop-license">经营者：杭州市西湖区老张茶庄 &nbsp; 统一社会信用代码：' + C_LAOZHANG +
      '<br>经营场所：杭州市西湖区梅家坞村 &nbsp; <a href="/shop/laozhang-tea/license">查看营业执照</a></div>\n',
      platform=True),
    P("item-laozhang-tegao", "/item/lz1001.html", "-",
      "trap: 特级 is a grade defined by GB/T 18650; 最佳冲泡水温 is a brewing tip (2023 guideline: tips are exempt); "
      "no compared price shown; item pages have no licence duty.",
      "2026新茶 明前龙井 特级 250g",
      tb_item(SH, "2026新茶 明前龙井 特级 250g 罐装", "368.00", None, None,
              '<p>产地：杭州西湖区梅家坞　等级：特级（GB/T 18650）　净含量：250g</p>\n'
              '<p>冲泡建议：玻璃杯下投，最佳冲泡水温80-85℃，水温过高会烫熟芽叶。</p>\n'
              '<p>保质期18个月，开封后请密封冷藏。</p>\n'),
      platform=True),
    P("item-laozhang-jiangya", "/item/lz1003.html", "FALSE_CLAIM,REVIEW_INDUCEMENT",
      "FALSE_CLAIM 广告法第十七条/第二十八条: tea (ordinary food) claimed to lower blood pressure, fat and sugar and to prevent cancer; "
      "REVIEW_INDUCEMENT 电子商务法第十七条, 反不正当竞争法 (虚假宣传/组织虚假交易): cash for a five-star review with photos.",
      "龙井绿茶 500g",
      tb_item(SH, "龙井绿茶 高山云雾 500g 礼盒装", "238.00", None, None,
              '<p>老茶客都知道：每天三杯，血压血脂血糖都往下走，坚持喝半年，三高基本不用吃药了。</p>\n'
              '<p>茶多酚含量高，防癌抗癌，清除体内自由基。</p>\n'
              '<div class="tb-coupon">亲，收货后给个五星评价+3张买家秀，截图发旺旺，立返<b>5元</b>红包哦~</div>\n'),
      platform=True),
])

# --- S2 杭派女装 (main, gbk) ------------------------------------------------
SH = ("hangpai-nz", "杭派女装")
site("hangpai", "main", "mall.wangjian.test", [
    P("shop-hangpai-home", "/shop/hangpai-nz/", "-",
      "trap: the mark token mall-mark sits among other classes on a <span>; the licence is an electronic-licence badge "
      "(zzlz.gsxt.gov.cn) whose serial starts with the shop's own code, which the registry holds as 存续.",
      "杭派女装 官方店",
      TOPBAR + '<div class="shop-hd">\n<table class="shop-title"><tr><td><h1 class="shop-name">杭派女装</h1></td>\n'
      '<td><span class="shop-badge mall-mark verified">网剑认证</span></td><td>粉丝 12.6万</td></tr></table>\n</div>\n'
      '<div class="shop-nav"><a href="#">所有宝贝</a> <a href="#">连衣裙</a> <a href="#">旗袍定制</a> <a href="#">上新</a></div>\n'
      '<div class="shop-bd"><p>四季青源头工作室，每周二、周五上新。</p></div>\n'
      '<div class="shop-ft">\n<a class="shop-license" href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial='
      + C_HANGPAI + '-SAIC_SHOW_10000091330104773425861650268571&amp;signData=MEUCIQDx7L2">'
      '<img src="/static/lz/dzyyzz.png" alt="电子营业执照亮照"> 杭州杭派服饰有限公司</a>\n</div>\n',
      enc="gbk", platform=True),
    P("item-hangpai-yuandan", "/item/hp2207.html", "COUNTERFEIT_TERM,FAKE_ORIGINAL_PRICE",
      "COUNTERFEIT_TERM 商标法第五十七条: 大牌原单/尾单 offered for a named foreign brand; FAKE_ORIGINAL_PRICE 明码标价和禁止价格欺诈规定第十六条: "
      "划线价 ¥599 above the ¥259 seen 3.5 days earlier (lowest within 7 days).",
      "M家大牌原单 羊毛大衣",
      tb_item(SH, "M家大牌原单 双面羊毛大衣 外贸尾单 剪标", "259.00", "599.00", "划线价",
              '<p>某M字头意大利大牌的工厂原单，标是剪掉的，懂的来，面料和专柜一模一样。</p>\n'
              '<p>尺码：S/M/L，平铺实测。</p>\n'),
      enc="gbk", platform=True,
      history=[(3.5, tb_item(SH, "M家大牌原单 双面羊毛大衣 外贸尾单 剪标", "259.00", "599.00", "划线价", '<p>尺码：S/M/L</p>\n')),
               (1.0, tb_item(SH, "M家大牌原单 双面羊毛大衣 外贸尾单 剪标", "299.00", "599.00", "划线价", '<p>尺码：S/M/L</p>\n'))]),
    P("item-hangpai-qipao", "/item/hp3001.html", "-",
      "trap: 量体定制 旗袍 made to the buyer's measurements is 定作 goods, exempt under 消费者权益保护法第二十五条第一款(一); "
      "复刻 here is the shop's own 2016 design re-issued (own brand), no trademark of another.",
      "量体定制 真丝旗袍",
      tb_item(SH, "量体定制 真丝改良旗袍 杭派2016经典款复刻", "1280.00", None, None,
              '<p>本款为我们工作室2016年自己设计的经典款，应老顾客要求复刻再做一批。</p>\n'
              '<p>下单后请按尺寸表提供胸围、腰围、臀围、身高，师傅按您的尺寸一人一版裁剪。</p>\n'
              '<p>温馨提示：量身定做的商品，依法不适用七天无理由退货；质量问题包退换。</p>\n'),
      enc="gbk", platform=True),
])

# --- S3 小美美妆 (main, utf-8) ---------------------------------------------
SH = ("xiaomei-mz", "小美美妆")
site("xiaomei", "main", "mall.wangjian.test", [
    P("shop-xiaomei-home", "/shop/xiaomei-mz/", "MARK_MISSING",
      "MARK_MISSING 平台亮标 (platform profile): the only mark-like class is mall-mark-v2, not the exact token mall-mark. "
      "Licence is displayed (.shop-license, registered 存续).",
      "小美美妆 - 网剑商城",
      TOPBAR + '<header class="shop-header">\n<h1 class="shop-name">小美美妆</h1>\n'
      '<div class="mall-mark-v2"><img src="/static/mark/v2.png" alt="认证"></div>\n</header>\n'
      '<section class="floor"><h2>本周爆款</h2><a href="/item/xm501.html">哑光丝绒口红</a> <a href="/item/xm502.html">修护面膜</a></section>\n'
      '<p class="shop-license">营业执照：广州小美化妆品贸易有限公司　' + C_XIAOMEI + '</p>\n',
      platform=True),
    P("item-xiaomei-kouhong", "/item/xm501.html", "COUNTERFEIT_TERM",
      "COUNTERFEIT_TERM 商标法第五十七条: 纯原 and 1：1 (full-width colon, split across tags) for a named luxury lipstick.",
      "大牌口红 纯原",
      pdd_item(SH, "Dior同款999 纯<b>原</b>版本 口红", "39.9", "49.9", None,
               '<p>和专柜<span>1</span>：<span>1</span>，刻字、磁吸盖都有，送人看不出来。</p>\n'
               '<p>纯 原 品 质，不是市面上的通货。</p>\n'),
      platform=True),
    P("item-xiaomei-mianmo", "/item/xm502.html", "FALSE_CLAIM",
      "FALSE_CLAIM 广告法第十七条, 化妆品监督管理条例第三十七条: an ordinary cosmetic claimed to treat acne, kill bacteria and repair steroid-damaged skin.",
      "修护面膜 10片",
      pdd_item(SH, "积雪草修护面膜 10片装", "29.9", "59", None,
               '<p>专治痘痘闭口，消炎杀菌，用完第二天红肿就下去了。</p>\n'
               '<p>激素脸、皮炎都能修复，比去医院开药管用。</p>\n'),
      platform=True),
])

# --- S4 山里农家果园 (main, gbk) -------------------------------------------
SH = ("nongjia-gy", "山里农家果园")
site("nongjia", "main", "mall.wangjian.test", [
    P("shop-nongjia-home", "/shop/nongjia-gy/", "-",
      "trap: an individual selling own farm produce shows the 电子商务法第十条 exemption statement in .shop-license, "
      "which satisfies 第十五条; the mark is on an <a> element.",
      "山里农家果园",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">山里农家果园</h1>\n'
      '<a class="mall-mark" href="/rules/mark">网剑商城 实名认证</a></div>\n'
      '<div class="shop-intro">江西赣州信丰县，自家二十亩果园，现摘现发。</div>\n'
      '<div class="shop-license">主体信息：本店经营者为个人（刘**），销售本人自产农副产品，'
      '依据《中华人民共和国电子商务法》第十条，无需办理市场主体登记。</div>\n',
      enc="gbk", platform=True),
    P("item-nongjia-qicheng", "/item/nj88.html", "-",
      "trap: fresh fruit is 鲜活易腐, exempt under 消费者权益保护法第二十五条第一款(二); the refusal is lawful; 坏果包赔 is a guarantee.",
      "赣南脐橙 10斤",
      tb_item(SH, "赣南脐橙 新鲜现摘 10斤装 果径75-80mm", "49.90", None, None,
              '<p>生鲜水果属于鲜活易腐商品，不支持七天无理由退货，请谅解。</p>\n'
              '<p>到货有坏果拍照联系客服，坏几个赔几个。</p>\n'),
      enc="gbk", platform=True),
    P("item-nongjia-fengmi", "/item/nj90.html", "FALSE_CLAIM",
      "FALSE_CLAIM 广告法第十七条: honey (ordinary food) claimed to cure pharyngitis and lower blood sugar.",
      "土蜂蜜 500g",
      tb_item(SH, "农家深山土蜂蜜 百花蜜 500g", "68.00", None, None,
              '<p>每天早上一勺温水冲服，慢性咽炎一个月就好了，比吃药强。</p>\n'
              '<p>糖尿病人也可以吃，我们的蜜能降血糖。</p>\n'),
      enc="gbk", platform=True),
])

# --- S5 数码先锋 (main, utf-8) ---------------------------------------------
SH = ("shuma-xf", "数码先锋")
site("shuma", "main", "mall.wangjian.test", [
    P("shop-shuma-home", "/shop/shuma-xf/", "LICENSE_MISSING",
      "LICENSE_MISSING 电子商务法第十五条, 网络交易监督管理办法第十二条: the shop home shows only the platform's footer "
      "licence (the platform's identity, not the shop's); the mark is present.",
      "数码先锋 - 网剑商城",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">数码先锋</h1>'
      '<img class="mall-mark" src="/static/mark/m.png" alt="网剑认证"></div>\n'
      '<div class="shop-cats"><a href="#">耳机</a> <a href="#">充电器</a> <a href="#">数据线</a></div>\n'
      '<div class="shop-notice">公告：下午4点前下单当天发货，顺丰包邮。</div>\n'
      '<div class="shop-contact">客服在线 9:00-23:00</div>\n',
      platform=True),
    P("item-shuma-erji", "/item/sm7001.html", "FAKE_ORIGINAL_PRICE",
      "FAKE_ORIGINAL_PRICE 明码标价和禁止价格欺诈规定第十六条: 市场价 ￥399 above ￥189 captured 6.9 days earlier (inside the 7-day window).",
      "蓝牙降噪耳机",
      jd_item(SH, "先锋 X3 主动降噪蓝牙耳机 40h续航", "199.00", "399.00", "市场价",
              '<p>主动降噪深度35dB，蓝牙5.3，支持双设备连接。</p>\n'),
      platform=True,
      history=[(6.9, jd_item(SH, "先锋 X3 主动降噪蓝牙耳机 40h续航", "189.00", "399.00", "市场价", '<p>蓝牙5.3</p>\n')),
               (2.0, jd_item(SH, "先锋 X3 主动降噪蓝牙耳机 40h续航", "199.00", "399.00", "市场价", '<p>蓝牙5.3</p>\n'))]),
    P("item-shuma-chongdian", "/item/sm7002.html", "ABSOLUTE_TERM",
      "ABSOLUTE_TERM 广告法第九条第三项: 国家级品质, 顶尖, 史上最快 as claims about the product.",
      "65W氮化镓充电器",
      jd_item(SH, "65W氮化镓快充充电器 三口", "89.00", None, None,
              '<p>国家级品质，顶尖芯片方案，史上最快的三口快充，充满一台笔记本只要40分钟。</p>\n'),
      platform=True),
])

# --- S6 贝贝母婴 (main, gb18030) -------------------------------------------
SH = ("beibei-my", "贝贝母婴")
site("beibei", "main", "mall.wangjian.test", [
    P("shop-beibei-home", "/shop/beibei-my/", "MARK_MISSING",
      "MARK_MISSING 平台亮标: the mall-mark image sits inside a display:none block, so no mark is displayed. "
      "Licence shown in a table.shop-license. GB18030: emoji outside GBK.",
      "贝贝母婴 🍼 网剑商城",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">贝贝母婴 🍼</h1>\n'
      '<div class="badge-holder" style="display:none"><img class="mall-mark" src="/static/mark/m.png" alt="认证"></div></div>\n'
      '<div class="shop-act">🎁 新客首单立减10元</div>\n'
      '<table class="shop-license"><tr><th>企业名称</th><td>上海贝贝母婴用品有限公司</td></tr>\n'
      '<tr><th>统一社会信用代码</th><td>' + C_BEIBEI + '</td></tr>\n<tr><th>住所</th><td>上海市浦东新区</td></tr></table>\n',
      enc="gb18030", platform=True),
    P("item-beibei-naifen", "/item/bb301.html", "RETURN_REFUSED,WELLKNOWN_MARK_AD",
      "WELLKNOWN_MARK_AD 商标法第十四条第五款: 中国驰名商标 used to advertise the milk powder; RETURN_REFUSED 消费者权益保护法第二十五条: "
      "sealed milk powder is none of the four exemptions, yet 一经售出概不退换.",
      "婴儿配方奶粉 3段 800g",
      jd_item(SH, "金贝乐 婴儿配方奶粉 3段 800g 🍼", "craft", None, None, "").replace("craft", "258.00") +
      '<div class="detail-content2">\n<p>金贝乐——中国驰名商标，二十年专注宝宝营养。</p>\n'
      '<p>奶粉属于食品，一经售出概不退换，拍前请确认段数。</p>\n</div>\n',
      enc="gb18030", platform=True),
    P("item-beibei-tuiche", "/item/bb322.html", "-",
      "trap: the page quotes the ban on 驰名商标 to say the shop does not use it (quoted law, refusal); "
      "最佳使用年龄 is usage advice, not a superlative claim about the goods.",
      "婴儿推车 可坐可躺",
      jd_item(SH, "轻便婴儿推车 可坐可躺 一键收车 🚼", "699.00", None, None,
              '<p>最佳使用年龄：6个月-3岁，体重15kg以内。</p>\n'
              '<p>顾客问：你们是驰名商标吗？答：依照《商标法》第十四条，商家不得在广告中使用“驰名商标”字样，本店宣传不使用该字样，请以质检报告为准。</p>\n'),
      enc="gb18030", platform=True),
])

# --- S7 九野户外 (main, utf-8) ---------------------------------------------
SH = ("jiuye-hw", "九野户外")
site("jiuye", "main", "mall.wangjian.test", [
    P("shop-jiuye-home", "/shop/jiuye-hw/", "LICENSE_INVALID",
      "LICENSE_INVALID GB 32100-2015 / 电子商务法第十五条: the displayed 统一社会信用代码 fails its check character. Mark present on <i>.",
      "九野户外 专营店",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">九野户外</h1> <i class="icon mall-mark" title="网剑认证"></i></div>\n'
      '<div class="shop-cats">帐篷 | 睡袋 | 户外刀具 | 头灯</div>\n'
      '<div class="shop-license"><span>成都九野户外用品有限公司</span><br><span>信用代码 ' + C_JIUYE_BAD + '</span></div>\n',
      platform=True),
    P("item-jiuye-tandao", "/item/jy11.html", "PROHIBITED_GOODS",
      "PROHIBITED_GOODS 管制刀具认定标准 / 网络交易监督管理办法 (禁售): 弹簧刀 and 三棱刮刀 are listed 管制刀具.",
      "户外弹簧刀",
      tb_item(SH, "户外求生直刀 自动弹簧刀 三棱刮刀 开刃", "168.00", None, None,
              '<p>一键弹出，单手操作，开刃锋利，随身携带防身。</p>\n<p>发货走小件，隐私包装。</p>\n'),
      platform=True),
    P("item-jiuye-toudeng", "/item/jy20.html", "-",
      "trap: a headlamp listing whose notice refuses to sell 管制刀具 and 仿真枪 (refusal, no listing of banned goods).",
      "户外头灯",
      tb_item(SH, "户外强光头灯 USB充电 防水", "59.00", None, None,
              '<p>续航8小时，IPX4防水。</p>\n'
              '<p class="notice">店铺声明：本店不销售管制刀具、弩、仿真枪等国家禁售物品，请勿咨询。</p>\n'),
      platform=True),
])

# --- S12 海淘直邮 (main, utf-8) --------------------------------------------
SH = ("haitao-zy", "海淘直邮")
site("haitao", "main", "mall.wangjian.test", [
    P("shop-haitao-home", "/shop/haitao-zy/", "MARK_MISSING",
      "MARK_MISSING 平台亮标: class mallmark (no hyphen) is not the token mall-mark. Licence: a valid 15-digit 注册号, registered 存续.",
      "海淘直邮",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">海淘直邮</h1><span class="mallmark">认证店铺</span></div>\n'
      '<div class="shop-intro">日韩澳新直邮，保税仓发货。</div>\n'
      '<dl class="shop-license"><dt>企业名称</dt><dd>宁波海淘直邮贸易有限公司</dd><dt>注册号</dt><dd>' + R_HAITAO + '</dd></dl>\n',
      platform=True),
    P("item-haitao-dianziyan", "/item/ht61.html", "PROHIBITED_GOODS",
      "PROHIBITED_GOODS 电子烟管理办法 (国家烟草专卖局 2022, 禁止通过信息网络销售电子烟) under 烟草专卖法实施条例: e-cigarettes and pods offered online.",
      "电子烟 套装",
      jd_item(SH, "海外直邮 雾化电子烟套装 送烟弹3颗 多口味", "139.00", None, None,
              '<p>原装进口，口感顺滑，烟弹通用主流型号。</p>\n<p>未成年人请勿购买。</p>\n'),
      platform=True),
    P("item-haitao-yuyou", "/item/ht62.html", "-",
      "trap: a health food page with the statutory warning 本品不能代替药物 and no disease claim; "
      "the shop says it does not sell 电子烟/烟草 (refusal).",
      "深海鱼油软胶囊",
      jd_item(SH, "澳洲直邮 深海鱼油软胶囊 200粒", "129.00", None, None,
              '<p>保健食品不是药物，不能代替药物治疗疾病。</p>\n'
              '<p>本店不销售烟草、电子烟及烟弹。</p>\n'),
      platform=True),
])

# --- S13 文玩阁 (main, gbk) -------------------------------------------------
SH = ("wenwan-ge", "文玩阁")
site("wenwan", "main", "mall.wangjian.test", [
    P("shop-wenwan-home", "/shop/wenwan-ge/", "LICENSE_MISMATCH,MARK_MISSING",
      "LICENSE_MISMATCH 电子商务法第十五条: the code belongs to 北京雅集文化发展有限公司 in the registry, not the displayed "
      "北京文玩阁文化传播有限公司; MARK_MISSING 平台亮标: mall-mark only as a data-role value, not a class.",
      "文玩阁",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">文玩阁</h1><div data-role="mall-mark" class="cert-tag">品质商家</div></div>\n'
      '<div class="shop-intro">手串、茶器、老物件。</div>\n'
      '<div class="shop-license">北京文玩阁文化传播有限公司<br>统一社会信用代码：' + C_WENWAN + '</div>\n',
      enc="gbk", platform=True),
    P("item-wenwan-xiangya", "/item/ww9.html", "PROHIBITED_GOODS",
      "PROHIBITED_GOODS 野生动物保护法 (禁止出售国家重点保护野生动物及其制品), 国办发〔2016〕103号 (停止象牙商业性加工销售): elephant ivory and pangolin scales offered.",
      "老象牙手镯",
      tb_item(SH, "老象牙手镯 非洲象 包老 送穿山甲片一对", "8800.00", None, None,
              '<p>老料，纹路清晰，有施氏线，非猛犸。</p>\n<p>私聊发视频，顺丰保价。</p>\n'),
      enc="gbk", platform=True),
    P("item-wenwan-chabei", "/item/ww12.html", "-",
      "trap: 象牙白 is a glaze colour; 汝窑复刻 describes a style reproduction of Song-dynasty ware, not a trademark copy.",
      "象牙白 汝窑主人杯",
      tb_item(SH, "德化象牙白 汝窑复刻款 主人杯 单杯", "88.00", None, None,
              '<p>釉色象牙白，温润如玉。本款为宋代汝窑器型的仿古复刻，现代工艺品，非文物。</p>\n'),
      enc="gbk", platform=True),
])

# --- S15 潮流鞋铺 (main, utf-8) --------------------------------------------
SH = ("chaoliu-xie", "潮流鞋铺")
site("chaoliu", "main", "mall.wangjian.test", [
    P("shop-chaoliu-home", "/shop/chaoliu-xie/", "MARK_MISSING",
      "MARK_MISSING 平台亮标: class Mall-Mark differs in case from the exact token mall-mark. Licence displayed and registered.",
      "潮流鞋铺",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">潮流鞋铺</h1><img class="Mall-Mark" src="/static/mark/m.png" alt="认证"></div>\n'
      '<div class="shop-license"><img src="/img/yyzz.jpg" alt="营业执照"><p>泉州潮流鞋业有限公司 ' + C_CHAOLIU + '</p></div>\n',
      platform=True),
    P("item-chaoliu-aj", "/item/cl5.html", "COUNTERFEIT_TERM",
      "COUNTERFEIT_TERM 商标法第五十七条: 莆田 纯原 for a named brand's sneaker with 真标.",
      "AJ1 高帮",
      pdd_item(SH, "莆田纯原 AJ1 倒钩 高帮 真标 得物可过", "399", "459", None,
               '<p>纯原版本，原厂皮料，细节对比正品无差，得物鉴定可过。</p>\n'),
      platform=True),
    P("item-chaoliu-banxie", "/item/cl8.html", "-",
      "trap: 1:1 is a sizing statement (脚长1:1); 划线价 ¥359 equals the lowest price captured within 7 days (¥359); "
      "the ¥199 capture is 7.5 days old, outside the window.",
      "自有品牌 德训鞋",
      pdd_item(SH, "潮流鞋铺自有品牌 德训鞋 复古低帮", "329", "359", "划线价",
               '<p>鞋码标准，鞋内长与脚长1:1，建议按平时码数拍。</p>\n'),
      platform=True,
      history=[(7.5, pdd_item(SH, "潮流鞋铺自有品牌 德训鞋 复古低帮", "199", "359", "划线价", '<p>鞋码标准</p>\n')),
               (3.0, pdd_item(SH, "潮流鞋铺自有品牌 德训鞋 复古低帮", "359", "399", "划线价", '<p>鞋码标准</p>\n')),
               (1.0, pdd_item(SH, "潮流鞋铺自有品牌 德训鞋 复古低帮", "359", "399", "划线价", '<p>鞋码标准</p>\n'))]),
])

# --- S8 飞翔玩具 (holdout, utf-8 with BOM on the home) ---------------------
SH = ("feixiang-wj", "飞翔玩具")
site("feixiang", "holdout", "mall.wangjian.test", [
    P("shop-feixiang-home", "/shop/feixiang-wj/", "MARK_MISSING",
      "MARK_MISSING 平台亮标: mall-mark appears only as an id, not in a class list. Licence displayed and registered. UTF-8 with BOM.",
      "飞翔玩具厂 直营",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">飞翔玩具</h1><img id="mall-mark" src="/static/mark/m.png" alt="认证"></div>\n'
      '<div class="shop-intro">澄海玩具厂直营，3C认证齐全。</div>\n'
      '<p class="shop-license">汕头市澄海区飞翔玩具厂｜统一社会信用代码 ' + C_FEIXIANG + '</p>\n',
      bom=True, platform=True),
    P("item-feixiang-qiang", "/item/fx66.html", "PROHIBITED_GOODS",
      "PROHIBITED_GOODS 枪支管理法 (禁止非法制造、买卖枪支), 公安部《仿真枪认定标准》: a metal replica firing steel balls (气狗) is a banned 仿真枪/气枪.",
      "合金仿真枪",
      tb_item(SH, "全金属合金 仿真手枪 可发射钢珠 气狗", "458.00", None, None,
              '<p>全金属枪身，配重真实，CO2动力，可打6mm钢珠，20米穿易拉罐。</p>\n'),
      platform=True),
    P("item-feixiang-yaokong", "/item/fx70.html", "-",
      "trap: 原价 ¥129 equals the lowest price captured inside the window (¥129 at 2 and 5 days); the ¥79 capture is exactly "
      "7.0 days old, not less than 7 days before.",
      "遥控越野车",
      tb_item(SH, "1:16 遥控越野车 四驱攀爬 儿童玩具", "89.00", "129.00", "原价",
              '<p>2.4G遥控，续航25分钟，适合8岁以上。</p>\n'),
      platform=True,
      history=[(7.0, tb_item(SH, "1:16 遥控越野车 四驱攀爬 儿童玩具", "79.00", "129.00", "原价", '<p>2.4G遥控</p>\n')),
               (5.0, tb_item(SH, "1:16 遥控越野车 四驱攀爬 儿童玩具", "129.00", None, None, '<p>2.4G遥控</p>\n')),
               (2.0, tb_item(SH, "1:16 遥控越野车 四驱攀爬 儿童玩具", "129.00", None, None, '<p>2.4G遥控</p>\n'))]),
])

# --- S9 金品饰品 (holdout, gbk) --------------------------------------------
SH = ("jinpin-sp", "金品饰品")
site("jinpin", "holdout", "mall.wangjian.test", [
    P("shop-jinpin-home", "/shop/jinpin-sp/", "LICENSE_MISMATCH",
      "LICENSE_MISMATCH 电子商务法第十五条: the displayed company's registry status is 吊销. Mark present (span with trailing spaces in class).",
      "金品饰品",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">金品饰品</h1><span class="mall-mark  ">认证</span></div>\n'
      '<div class="shop-license">深圳市金品珠宝饰品有限公司　统一社会信用代码：' + C_JINPIN + '</div>\n',
      enc="gbk", platform=True),
    P("item-jinpin-feicui", "/item/jp3.html", "-",
      "trap: in the jade trade 翡翠A货 means natural untreated jadeite (GB/T 16553 翡翠); not a counterfeit term.",
      "天然翡翠A货 平安扣",
      tb_item(SH, "缅甸天然翡翠A货 冰种平安扣 附国检证书", "1680.00", None, None,
              '<p>A货翡翠：天然未经酸洗注胶处理，附NGTC国检证书，可扫码查询。</p>\n'),
      enc="gbk", platform=True),
    P("item-jinpin-bao", "/item/jp9.html", "COUNTERFEIT_TERM",
      "COUNTERFEIT_TERM 商标法第五十七条: 超A and 高仿 (split by a hyphen) for a named luxury bag.",
      "L家老花包",
      tb_item(SH, "L家老花 Neverfull 超A 购物袋", "650.00", None, None,
              '<p>高-仿 版本，五金刻字齐全，和专柜对比看不出。</p>\n'),
      enc="gbk", platform=True),
])

# --- S10 康健保健品 (holdout, utf-8) ---------------------------------------
SH = ("kangjian-bj", "康健保健品")
site("kangjian", "holdout", "mall.wangjian.test", [
    P("shop-kangjian-home", "/shop/kangjian-bj/", "LICENSE_MISSING,MARK_MISSING",
      "LICENSE_MISSING 电子商务法第十五条: the shop licence and the mark are only inside an HTML comment (not displayed); "
      "only the platform footer licence is visible. MARK_MISSING 平台亮标 for the same reason.",
      "康健保健品",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">康健保健品</h1>\n'
      '<!-- <img class="mall-mark" src="/static/mark/m.png"> -->\n</div>\n'
      '<!-- <div class="shop-license">南京康健生物科技有限公司 ' + C_KANGJIAN + '</div> -->\n'
      '<div class="shop-intro">关爱中老年健康。</div>\n',
      platform=True),
    P("item-kangjian-tangniao", "/item/kj1.html", "FALSE_CLAIM,FALSE_HONOUR",
      "FALSE_CLAIM 广告法第十七条/第十八条: a health food claimed to cure diabetes so the buyer can stop medication; "
      "FALSE_HONOUR 广告法第二十八条: 国家免检产品 (the 免检 scheme was abolished in 2008).",
      "苦瓜肽胶囊",
      jd_item(SH, "苦瓜肽胰岛素胶囊 60粒", "298.00", None, None,
              '<p>吃三个疗程，糖尿病根治，停药不反弹！</p>\n<p>国家免检产品，品质有保障。</p>\n'),
      platform=True),
    P("item-kangjian-yuyou", "/item/kj2.html", "REVIEW_INDUCEMENT",
      "REVIEW_INDUCEMENT 电子商务法第十七条: cash offered for a five-star follow-up review with photos.",
      "卵磷脂软胶囊",
      jd_item(SH, "大豆卵磷脂软胶囊 200粒", "89.00", None, None,
              '<p>保健食品不能代替药物。</p>\n<p>【福利】收货后写15字以上带图追评+五星，联系客服领2元现金。</p>\n'),
      platform=True),
])

# --- S11 优品家居 (holdout, gb18030) ---------------------------------------
SH = ("youpin-jj", "优品家居")
site("youpin", "holdout", "mall.wangjian.test", [
    P("shop-youpin-home", "/shop/youpin-jj/", "-",
      "trap: the class attribute holds mall-mark between a newline and a tab (odd whitespace) on an <img> inside a link; "
      "the licence is an image whose alt text carries name and code, inside .shop-license. GB18030 (emoji).",
      "优品家居 🛋",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">优品家居 🛋</h1>\n'
      '<a href="/rules/mark"><img class="\n  mall-mark\tlogo" src="/static/mark/m.png" alt="网剑认证"></a></div>\n'
      '<div class="shop-license"><img src="/img/yp-yyzz.jpg" alt="营业执照 佛山市优品家居有限公司 统一社会信用代码' + C_YOUPIN + '"></div>\n',
      enc="gb18030", platform=True),
    P("item-youpin-shafa", "/item/yp88.html", "-",
      "trap: 单独购买 ￥1099 is an actual alternative price, not a compared 原价; no captures exist; 拼单价 layout.",
      "布艺沙发",
      pdd_item(SH, "北欧布艺沙发 三人位 🛋 科技布", "899", "1099", None,
               '<p>科技布面料，可拆洗，高密度海绵。</p>\n'),
      enc="gb18030", platform=True),
    P("item-youpin-chuangdian", "/item/yp90.html", "FALSE_HONOUR,RETURN_REFUSED",
      "FALSE_HONOUR 广告法第二十八条: 国家免检 and 中国名牌 (schemes abolished/suspended); RETURN_REFUSED 消费者权益保护法第二十五条: "
      "a standard-size mattress from stock is called 定制 to refuse returns.",
      "乳胶床垫",
      pdd_item(SH, "天然乳胶床垫 1.8m 🛏 标准尺寸现货", "1299", "1599", None,
               '<p>荣获“中国名牌产品”“国家免检产品”称号。</p>\n'
               '<p>床垫属于定制类商品，拆包后一律不支持7天无理由退换（1.5m/1.8m标准尺寸现货发出）。</p>\n'),
      enc="gb18030", platform=True),
])

# --- S14 直播好货 (main, utf-8) -----------------------------------------
SH = ("zhibo-hh", "直播好货")
site("zhibo", "main", "mall.wangjian.test", [
    P("shop-zhibo-home", "/shop/zhibo-hh/", "-",
      "trap: the mark is a <div class=\"mall-mark\">; the licence is a <dl> in .shop-license with a registered code.",
      "直播好货 官方",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">直播好货</h1><div class="mall-mark">网剑认证</div></div>\n'
      '<div class="live-entry">每晚8点直播间见</div>\n'
      '<dl class="info shop-license"><dt>经营主体</dt><dd>义乌市直播好货电子商务有限公司</dd>\n'
      '<dt>统一社会信用代码</dt><dd>' + C_ZHIBO + '</dd></dl>\n',
      platform=True),
    P("item-zhibo-guo", "/item/zb5.html", "FAKE_ORIGINAL_PRICE",
      "FAKE_ORIGINAL_PRICE 明码标价和禁止价格欺诈规定第十六条/第十九条: 原价 ¥299 while the pot sold at ¥99 in captures 1.5 and 6 days earlier.",
      "不粘炒锅",
      tb_item(SH, "直播间专享 麦饭石不粘炒锅 32cm", "99.00", "299.00", "原价",
              '<p>主播同款，限时直播价。</p>\n'),
      platform=True,
      history=[(6.0, tb_item(SH, "直播间专享 麦饭石不粘炒锅 32cm", "99.00", "299.00", "原价", '<p>主播同款</p>\n')),
               (1.5, tb_item(SH, "直播间专享 麦饭石不粘炒锅 32cm", "99.00", "299.00", "原价", '<p>主播同款</p>\n'))]),
    P("item-zhibo-dianchuifeng", "/item/zb7.html", "ABSOLUTE_TERM",
      "ABSOLUTE_TERM 广告法第九条第三项: 全球顶级, 第一品牌 and 最强 as claims.",
      "高速吹风机",
      tb_item(SH, "高速负离子吹风机 11万转", "199.00", None, None,
              '<p>全球顶级马达，吹风机第一品牌，风力最强，三分钟吹干。</p>\n'),
      platform=True),
])

# --- S16 五金工具 (holdout, gbk) -------------------------------------------
SH = ("wujin-gj", "永康五金工具")
site("wujin", "holdout", "mall.wangjian.test", [
    P("shop-wujin-home", "/shop/wujin-gj/", "LICENSE_INVALID,MARK_MISSING",
      "LICENSE_INVALID GB/T 17710 MOD 11,10: the 15-digit 注册号 has a wrong check digit; MARK_MISSING 平台亮标: the "
      "certification text has no element with class mall-mark.",
      "永康五金工具厂",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">永康五金工具</h1><span class="cert">网剑认证店铺</span></div>\n'
      '<div class="shop-license">永康市五金工具厂 营业执照注册号：' + R_WUJIN_BAD + '</div>\n',
      enc="gbk", platform=True),
    P("item-wujin-dianzuan", "/item/wj2.html", "ABSOLUTE_TERM",
      "ABSOLUTE_TERM 广告法第九条第三项: 最好用, 销量冠军 全网第一 as unproven superlatives.",
      "锂电手电钻",
      jd_item(SH, "21V锂电手电钻 冲击钻 家用", "139.00", None, None,
              '<p>同价位最好用的电钻，全网销量第一！</p>\n'),
      enc="gbk", platform=True),
    P("item-wujin-banshou", "/item/wj5.html", "-",
      "trap: 最佳 inside a usage tip (最佳扭矩范围) and an own-brand comparison (比我们上一代); no claim about rivals.",
      "扭力扳手",
      jd_item(SH, "永康 预置式扭力扳手 1/2\"", "119.00", None, None,
              '<p>最佳使用扭矩范围为量程的20%-80%，用后请调回最小刻度保存。</p>\n'
              '<p>新款比我们上一代产品轻了15%。</p>\n'),
      enc="gbk", platform=True),
])


# ===========================================================================
# Independent sites (one host each)
# ===========================================================================

# --- I1 杭州龙井茶业 (main, utf-8, dedecms-style 企业官网) -----------------
FOOT = ('<div class="footer">\n<p>Copyright &copy; 2015-2026 杭州龙井茶业有限公司 版权所有</p>\n'
        '<p>统一社会信用代码：' + C_LONGJING + ' &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备15023456号-1</a>'
        ' &nbsp; <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602005678">浙公网安备 33010602005678号</a></p>\n'
        '<p>地址：杭州市西湖区龙井路 电话：0571-8798XXXX</p>\n</div>\n')
NAV = ('<div class="top"><a href="/">首页</a> <a href="/a/about/">关于我们</a> <a href="/a/chanpin/">产品中心</a> '
       '<a href="/a/news/">新闻资讯</a> <a href="/a/lianxi/">联系我们</a></div>\n')
site("longjing", "main", "www.longjing-cha.test", [
    P("site-longjing-home", "/", "-",
      "trap: 国家地理标志保护产品 is a state-conferred status (2023 guideline exempts state-awarded titles); 最佳饮用期 is a storage tip; "
      "licence code and a well-formed 浙ICP备 number are displayed.",
      "杭州龙井茶业有限公司_西湖龙井_官网",
      NAV + '<div class="banner"><h1>杭州龙井茶业</h1><p>西湖龙井茶 国家地理标志保护产品</p></div>\n'
      '<div class="index-pro"><ul>\n<li><a href="/a/chanpin/12.html">狮峰龙井</a></li>\n<li><a href="/a/chanpin/15.html">梅坞龙井</a></li>\n</ul></div>\n'
      '<div class="tips">绿茶最佳饮用期为生产后6个月内，0-5℃冷藏可延长。</div>\n' + FOOT),
    P("site-longjing-chanpin", "/a/chanpin/12.html", "WELLKNOWN_MARK_AD",
      "WELLKNOWN_MARK_AD 商标法第十四条第五款: 中国驰名商标 in the product advertisement.",
      "狮峰龙井_产品中心",
      NAV + '<div class="position">当前位置：<a href="/">主页</a> &gt; <a href="/a/chanpin/">产品中心</a> &gt;</div>\n'
      '<div class="pro-show"><h2>狮峰龙井 一级</h2>\n<p>“龙坞”牌——荣获中国驰名商标，百年老字号。</p>\n'
      '<p>规格：250g/罐　价格：<span class="price">￥460</span></p></div>\n' + FOOT),
    P("site-longjing-news", "/a/news/3.html", "-",
      "trap: a news item reporting an enforcement case and quoting 商标法第十四条 (驰名商标 in quotation, news, no advertising by the site).",
      "市场监管局提醒：广告中不得使用驰名商标字样",
      NAV + '<div class="article"><h2>市场监管局提醒：广告中不得使用“驰名商标”字样</h2>\n'
      '<p>据《商标法》第十四条第五款，生产、经营者不得将“驰名商标”字样用于商品、商品包装或者容器上，或者用于广告宣传。'
      '近日某区一茶企因在宣传册上印有该字样被责令改正。本公司已自查全部宣传物料。</p></div>\n' + FOOT),
])

# --- I2 港美妆 (main, big5, Magento-style) ---------------------------------
FOOT = ('<footer class="page-footer"><div class="footer content">\n'
        '<small class="copyright">&copy; 2026 港美妝 HK Beauty</small><br>\n'
        '營業執照：深圳前海港美跨境電子商務有限公司 統一社會信用代碼 ' + C_GANGMEI + '<br>\n'
        '<a href="https://beian.miit.gov.cn/">粵ICP備19087654號-2</a>\n</div></footer>\n')
HDR = ('<header class="page-header"><a class="logo" href="/">港美妝</a><ul class="header links"><li><a href="/customer/account/">我的帳戶</a></li>'
       '<li><a href="/checkout/cart/">購物車</a></li></ul></header>\n')
site("gangmei", "main", "shop.hkbeauty.test", [
    P("site-gangmei-home", "/", "-",
      "trap: a Hong Kong-style cross-border shop in traditional script showing its mainland company's licence and a 粵ICP備 filing "
      "(粵 = 粤); 拒絕高仿 is a refusal.",
      "港美妝 HK Beauty 香港直送",
      HDR + '<main class="page-main"><div class="block-promo"><h1>香港直送 正品保證</h1>\n'
      '<p>全部貨品由香港專櫃及品牌代理入貨，拒絕高仿、拒絕水貨翻新。</p></div>\n'
      '<ol class="products list"><li class="product-item"><a href="/catalog/product/view/id/31">保濕精華</a> '
      '<span class="price">人民幣 268 元</span></li></ol></main>\n' + FOOT, enc="big5"),
    P("site-gangmei-jinghua", "/catalog/product/view/id/31", "FALSE_CLAIM",
      "FALSE_CLAIM 廣告法第十七條, 化妝品監督管理條例第三十七條: a cosmetic serum claimed to cure acne and remove freckles for good (醫療作用).",
      "美白祛斑精華",
      HDR + '<div class="product-info-main"><h1 class="page-title">極光美白精華 30ml</h1>\n'
      '<div class="price-box"><span class="price">人民幣 268 元</span></div>\n'
      '<div class="product attribute overview"><p>根治暗瘡，七日淡斑，斑點連根去除永不復發，皮膚科醫生都推薦。</p></div></div>\n' + FOOT,
      enc="big5"),
    P("site-gangmei-fanghuo", "/zhengpin.html", "-",
      "trap: an anti-counterfeit notice: 假一賠十, 拒絕A貨/高仿 — negation, no offer of counterfeits.",
      "正品保證",
      HDR + '<main class="page-main"><h1>正品保證承諾</h1>\n<p>本店所售商品均為正品，絕不銷售A貨、高仿、原單貨，假一賠十。</p>\n'
      '<p>如對真偽有疑問，可憑訂單到品牌專櫃鑒定。</p></main>\n' + FOOT, enc="big5"),
])

# --- I4 品汇皮具 (main, gbk, WooCommerce 中文主题) -------------------------
FOOT = ('<footer id="colophon" class="site-footer"><div class="site-info">\n'
        '&copy; 2026 品汇皮具 &middot; 经营者：广州市越秀区品汇皮具商行 统一社会信用代码 ' + C_PINHUI + '<br>\n'
        '<img src="/wp-content/uploads/ga.png" alt="">粤公网安备 44010402001234号\n</div></footer>\n')
HDR = '<header id="masthead" class="site-header"><p class="site-title"><a href="/">品汇皮具</a></p></header>\n'
site("pinhui", "main", "www.pinhui-pj.test", [
    P("site-pinhui-home", "/", "ICP_MISSING",
      "ICP_MISSING 互联网信息服务管理办法第十二条, 非经营性互联网信息服务备案管理办法第十三条: only a 公网安备 number is shown, "
      "which is not an ICP filing. Licence displayed.",
      "品汇皮具 &#8211; 广州皮具批零",
      HDR + '<main id="main" class="site-main"><ul class="products columns-4">\n'
      '<li class="product"><a href="/product/laohua/">老花托特包</a> <span class="price"><span class="woocommerce-Price-amount amount">'
      '<span class="woocommerce-Price-currencySymbol">&yen;</span>780</span></span></li>\n'
      '<li class="product"><a href="/product/niupi/">头层牛皮公文包</a> <span class="price">&yen;420</span></li>\n</ul></main>\n' + FOOT,
      enc="gbk"),
    P("site-pinhui-laohua", "/product/laohua/", "COUNTERFEIT_TERM",
      "COUNTERFEIT_TERM 商标法第五十七条: 复刻 and 原版皮 for a named brand's monogram bag, 专柜版 with logo.",
      "老花托特包 &#8211; 品汇皮具",
      HDR + '<div class="product"><h1 class="product_title entry-title">L家 老花 托特包 专柜版</h1>\n'
      '<p class="price"><span class="woocommerce-Price-amount amount">&yen;780</span></p>\n'
      '<div class="woocommerce-product-details__short-description"><p>1比1复刻，原版皮，五金LOGO刻字清晰，专柜小票可配。</p></div></div>\n'
      + FOOT, enc="gbk"),
    P("site-pinhui-niupi", "/product/niupi/", "-",
      "trap: own-brand leather bag; the description refuses copies (不做仿品) and names no other brand.",
      "头层牛皮公文包 &#8211; 品汇皮具",
      HDR + '<div class="product"><h1 class="product_title entry-title">品汇自有品牌 头层牛皮公文包</h1>\n'
      '<p class="price">&yen;420</p>\n<div class="woocommerce-product-details__short-description">'
      '<p>自家工厂出品，只做自有品牌，不做任何大牌仿品。</p></div></div>\n' + FOOT, enc="gbk"),
])

# --- I5 济南康复磁疗 (main, gbk, PbootCMS-style) ---------------------------
FOOT = ('<div class="foot"><p>济南康复磁疗用品有限公司 版权所有 统一社会信用代码：' + C_KANGFU + '</p>\n'
        '<p><a href="https://beian.miit.gov.cn/">鲁ICP备18034567号-1</a> 鲁公网安备 37010202000456号</p></div>\n')
NAV = '<div class="nav"><a href="/">网站首页</a><a href="/product/">产品展示</a><a href="/honor/">资质荣誉</a><a href="/contact/">联系我们</a></div>\n'
site("kangfu", "main", "www.kangfu-cl.test", [
    P("site-kangfu-home", "/", "FALSE_HONOUR",
      "FALSE_HONOUR 广告法第二十八条, 反不正当竞争法第九条: 国家免检产品 (免检 abolished in 2008). Licence and ICP displayed.",
      "济南康复磁疗用品有限公司-首页",
      NAV + '<div class="banner">磁疗床垫 专业生产十五年</div>\n<div class="about">本公司产品连续多年被评为国家免检产品。</div>\n' + FOOT,
      enc="gbk"),
    P("site-kangfu-chuangdian", "/product/18.html", "FALSE_CLAIM",
      "FALSE_CLAIM 广告法第十七条: a magnetic mattress (not a medical device) claimed to treat hypertension, rheumatism and insomnia.",
      "磁疗床垫-产品展示",
      NAV + '<div class="content"><h1>远红外磁疗床垫</h1>\n<p>每晚睡一觉，高血压、风湿骨痛、失眠多梦慢慢调理好，老人家用了都说灵。</p>\n'
      '<p>售价：<span class="price">2980元</span></p></div>\n' + FOOT, enc="gbk"),
    P("site-kangfu-honor", "/honor/", "FALSE_HONOUR",
      "FALSE_HONOUR 广告法第二十八条: 产品质量免检企业 and 中国名牌 2019 (the 中国名牌 appraisal was stopped in 2008, so no 2019 title exists).",
      "资质荣誉",
      NAV + '<div class="content"><h1>资质荣誉</h1>\n<ul><li>产品质量免检企业证书</li>\n<li>2019年度“中国名牌产品”</li>\n'
      '<li>ISO9001质量管理体系认证</li></ul></div>\n' + FOOT, enc="gbk"),
])

# --- I7 临沂鲜播 直播落地页 (main, gb18030; the joke 萌ICP number is in the site-wide footer) ---
FOOT = ('<div class="live-foot">临沂鲜播电子商务有限公司　统一社会信用代码 ' + C_LINYI + '<br>\n'
        '<a href="https://icp.gov.moe/?keyword=20230817">萌ICP备20230817号</a>　客服热线 400-8XX-XXXX</div>\n')
site("linyi", "main", "www.xianbo-live.test", [
    P("site-xianbo-home", "/", "ICP_INVALID",
      "ICP_INVALID 互联网信息服务管理办法第十二条: 萌ICP备 is a joke registry, not a MIIT filing. Licence displayed. GB18030 (emoji).",
      "鲜播直播间 🔥 今晚8点开播",
      '<div class="live-hero">🔥 鲜播直播间 · 今晚8点 · 农产品专场 🔥</div>\n'
      '<div class="live-list"><a href="/live/g101.html">沂蒙山蜂蜜</a> <a href="/live/fuli.html">直播间福利</a></div>\n' + FOOT,
      enc="gb18030"),
    P("site-xianbo-g101", "/live/g101.html", "FAKE_ORIGINAL_PRICE,ICP_INVALID",
      "FAKE_ORIGINAL_PRICE 明码标价和禁止价格欺诈规定第十六条: 原价 ￥199 while ￥59.9 was captured 6.5 days earlier; "
      "ICP_INVALID 互联网信息服务管理办法第十二条: the site-wide footer shows 萌ICP备.",
      "🔥 沂蒙山枣花蜜 直播秒杀",
      '<div class="goods-card"><h1>沂蒙山枣花蜜 1kg 🍯</h1>\n'
      '<p>原价 <s class="price origin-price">￥199</s>　直播秒杀 <b class="price live-price">￥79.9</b></p>\n'
      '<p>主播亲自去蜂场选的蜜，浓稠拉丝。</p></div>\n' + FOOT,
      enc="gb18030",
      history=[(6.5, '<div class="goods-card"><h1>沂蒙山枣花蜜 1kg 🍯</h1>\n<p>直播价 <b class="price live-price">￥59.9</b></p></div>\n' + FOOT),
               (0.5, '<div class="goods-card"><h1>沂蒙山枣花蜜 1kg 🍯</h1>\n<p>原价 <s class="price origin-price">￥199</s>　直播秒杀 '
                '<b class="price live-price">￥79.9</b></p></div>\n' + FOOT)]),
    P("site-xianbo-fuli", "/live/fuli.html", "ICP_INVALID,REVIEW_INDUCEMENT",
      "REVIEW_INDUCEMENT 电子商务法第十七条, 反不正当竞争法 (虚假宣传/组织虚假交易): 10 yuan back for a five-star review with photos; "
      "ICP_INVALID: site-wide 萌ICP备 footer.",
      "直播间福利 🎁",
      '<div class="fuli">🎁 直播间专属福利\n<ol><li>下单备注“鲜播”，优先发货</li>\n'
      '<li>确认收货后，五星好评+晒图，私信截图给客服，返现10元到微信</li></ol></div>\n' + FOOT,
      enc="gb18030"),
])

# --- I8 东莞鑫达五金 1688-style supplier site (main, gbk) -------------------
FOOT = ('<div class="mod-footer"><table><tr><td>公司名称：东莞市鑫达五金制品有限公司</td><td>统一社会信用代码：' + C_XINDA_BAD + '</td></tr>\n'
        '<tr><td colspan="2"><a href="https://beian.miit.gov.cn/">粤ICP备20059876号-1</a></td></tr></table></div>\n')
MINI = '<div class="mod-footer-mini">东莞鑫达五金 &copy; 2026 | 联系人：陈经理 | 旺旺：xinda_wujin</div>\n'
site("xinda", "main", "www.xinda-wujin.test", [
    P("site-xinda-home", "/", "LICENSE_INVALID",
      "LICENSE_INVALID GB 32100-2015: the displayed 统一社会信用代码 fails its check character. ICP present and well-formed.",
      "东莞市鑫达五金制品有限公司 - 源头工厂",
      '<div class="mod-company-hd"><h1>东莞市鑫达五金制品有限公司</h1><span>实力商家 | 深度验厂</span></div>\n'
      '<div class="mod-offerlist"><div class="offer"><a href="/offer/5501.html">不锈钢合页</a><span class="price">￥1.20起</span></div>\n'
      '<div class="offer"><a href="/offer/5502.html">304螺丝</a><span class="price">￥0.05起</span></div></div>\n' + FOOT,
      enc="gbk"),
    P("site-xinda-heye", "/offer/5501.html", "-",
      "trap: a B2B wholesale offer addressed only to business buyers (起批量 500), stating no 七天无理由 for wholesale; "
      "消费者权益保护法第二十五条 protects consumers buying for 生活消费, which this is not.",
      "不锈钢合页 批发",
      '<div class="d-title"><h1>304不锈钢合页 4寸 工程款</h1></div>\n'
      '<table class="d-price"><tr><th>起批量</th><td>500-1999个</td><td>2000个以上</td></tr>\n'
      '<tr><th>价格</th><td><span class="price">￥1.50</span></td><td><span class="price">￥1.20</span></td></tr></table>\n'
      '<div class="d-content"><p>本页面仅面向企业及个体采购商批量采购，不面向个人消费者零售；批发订单不适用七天无理由退货，质量问题按合同处理。</p></div>\n'
      + MINI, enc="gbk"),
    P("site-xinda-luosi", "/offer/5502.html", "ABSOLUTE_TERM",
      "ABSOLUTE_TERM 广告法第九条第三项: 全国最大, 行业第一 as unprovable superlatives.",
      "304螺丝 批发",
      '<div class="d-title"><h1>304不锈钢十字螺丝 M4 全规格</h1></div>\n'
      '<table class="d-price"><tr><th>价格</th><td><span class="price">￥0.05</span></td></tr></table>\n'
      '<div class="d-content"><p>全国最大的螺丝生产基地，行业第一，日产500万颗。</p></div>\n' + MINI, enc="gbk"),
])

# --- I11 郑州红星电器 (main, utf-8; one page GBK declared as utf-8) ---------
SERIAL = C_LANXING + "-SAIC_SHOW_10000091410105MA45H3K1"
site("hongxing", "main", "www.hongxing-dq.test", [
    P("site-hongxing-home", "/", "LICENSE_MISMATCH",
      "LICENSE_MISMATCH 电子商务法第十五条, 市场主体登记管理条例第二十二条: the electronic-licence link's serial names the code of "
      "郑州蓝星商贸有限公司, not the code shown for 郑州红星电器有限公司. ICP present.",
      "红星电器 - 郑州家电专卖",
      '<div class="header"><h1>红星电器</h1><span>郑州本地家电 送装一体</span></div>\n'
      '<div class="goods"><a href="/goods/88.html">变频空调 1.5匹</a> <span class="price">￥2399</span></div>\n'
      '<div class="footer">郑州红星电器有限公司 统一社会信用代码：' + C_HONGXING + '<br>\n'
      '<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=' + SERIAL + '&amp;signData=MEQCIB2x">'
      '<img src="/images/lz.png" alt="电子营业执照"></a>\n<a href="https://beian.miit.gov.cn/">豫ICP备16012345号-1</a></div>\n'),
    P("site-hongxing-kongtiao", "/goods/88.html", "-",
      "trap: 新一级能效 is a grade defined by GB 21455-2019; 最佳 only in 最佳安装位置 advice. GBK bytes under a meta that says utf-8.",
      "变频空调 1.5匹 新一级能效",
      '<div class="header"><h1>红星电器</h1></div>\n<div class="goods-info"><h2>变频空调 1.5匹 新一级能效</h2>\n'
      '<p>售价：<span class="price">￥2399</span></p>\n'
      '<p>能效等级：新一级（GB 21455-2019）。室外机最佳安装位置为通风背阴处。</p></div>\n'
      '<div class="footer-mini">红星电器 0371-6XXXXXXX</div>\n',
      enc="gbk", meta="utf-8"),
])

# --- I13 长沙有赞母婴小店 有赞-style H5 (main, utf-8; one page GBK without charset meta) ---
site("youzanbaby", "main", "shop.yzbaby.test", [
    P("site-yzbaby-home", "/", "ICP_MISSING",
      "ICP_MISSING 互联网信息服务管理办法第十二条: the home shows no ICP filing or licence number at all. "
      "The licence duty is met by a link to a licence page (电子商务法第十五条 allows 链接标识).",
      "宝贝成长小铺",
      '<div class="van-nav-bar">宝贝成长小铺</div>\n<div class="showcase-goods"><div class="goods-card">'
      '<a href="/goods/2fq8.html">婴儿益生菌粉</a><span class="price">¥129</span></div>\n'
      '<div class="goods-card"><a href="/goods/2fq9.html">宝宝米粉</a><span class="price">¥49</span></div></div>\n'
      '<div class="shop-footer"><a href="/license.html">营业执照公示</a> · <a href="/about">店铺简介</a> · 技术支持：某有赞服务商</div>\n'),
    P("site-yzbaby-yishengjun", "/goods/2fq8.html", "ABSOLUTE_TERM,FALSE_CLAIM",
      "ABSOLUTE_TERM 广告法第九条第三项: 最安全 最顶级; FALSE_CLAIM 广告法第十七条: probiotic powder (food) claimed to cure eczema and diarrhoea.",
      "婴儿益生菌粉",
      '<div class="goods-title">婴儿益生菌粉 30袋</div>\n<div class="goods-price"><span class="price">¥129</span></div>\n'
      '<div class="goods-desc"><p>全世界最安全、最顶级的菌株。</p><p>宝宝湿疹、腹泻吃一周就好，不用去医院。</p></div>\n'),
    P("site-yzbaby-mifen", "/goods/2fq9.html", "-",
      "trap: 高铁 means iron-fortified (营养强化, GB 10769); the notice says the food cannot replace medicine. GBK bytes with no charset meta.",
      "宝宝高铁米粉",
      '<div class="goods-title">宝宝高铁米粉 原味 258g</div>\n<div class="goods-price"><span class="price">￥49</span></div>\n'
      '<div class="goods-desc"><p>婴幼儿谷类辅助食品，执行标准GB 10769，添加铁、锌。</p><p>辅食不能代替药物，宝宝不适请就医。</p></div>\n',
      enc="gbk", meta=None),
])

# --- I3 厦门台茶 (holdout, big5) --------------------------------------------
FOOT = ('<div id="footer">廈門台茶貿易有限公司　統一社會信用代碼：' + C_TAICHA + '<br>\n'
        '<a href="https://beian.miit.gov.cn/">台ICP備2023015566號</a></div>\n')
MINI = '<div id="footer-s">台茶小舖 客服LINE：taicha88</div>\n'
site("taicha", "holdout", "www.taicha.test", [
    P("site-taicha-home", "/", "ICP_INVALID",
      "ICP_INVALID 互联网信息服务管理办法第十二条: 台 is not an ICP province abbreviation (a 厦门 company files under 闽). Licence displayed.",
      "台茶小舖 阿里山高山茶",
      '<div id="header"><h1>台茶小舖</h1><p>阿里山、凍頂、梨山 產地直送大陸</p></div>\n'
      '<ul id="menu"><li><a href="/tea/alishan.html">阿里山烏龍</a></li><li><a href="/tea/dongding.html">凍頂烏龍</a></li></ul>\n' + FOOT,
      enc="big5"),
    P("site-taicha-alishan", "/tea/alishan.html", "ABSOLUTE_TERM",
      "ABSOLUTE_TERM 廣告法第九條第三項: 國家級, 最頂級, 第一 as claims.",
      "阿里山烏龍",
      '<div id="header"><h1>台茶小舖</h1></div>\n<div class="tea"><h2>阿里山高山烏龍 150g</h2>\n'
      '<p>國家級茶師監製，全台最頂級的高山茶，口感第一。</p>\n<p>售價：<span class="price">人民幣 320 元</span></p></div>\n' + MINI,
      enc="big5"),
    P("site-taicha-dongding", "/tea/dongding.html", "-",
      "trap: 頭等獎 in a named 2023 township competition is a provable fact limited in time and place (2023 guideline); "
      "特等/頭等 are competition grades.",
      "凍頂烏龍",
      '<div id="header"><h1>台茶小舖</h1></div>\n<div class="tea"><h2>凍頂烏龍 比賽茶 150g</h2>\n'
      '<p>本批茶榮獲2023年鹿谷鄉凍頂烏龍茶比賽「頭等獎」，附比賽封條編號。</p>\n'
      '<p>售價：<span class="price">人民幣 580 元</span></p></div>\n' + MINI,
      enc="big5"),
])

# --- I6 赣州二手优品 Discuz-style trading forum (holdout, utf-8) -------------
FOOT = ('<div id="ft" class="wp cl"><div id="flk"><p><a href="/archiver/">Archiver</a> | <a href="/misc.php?mod=mobile">手机版</a> | '
        '<a href="https://beian.miit.gov.cn/">赣ICP备12345678号</a></p>\n'
        '<p>赣州二手优品网络科技有限公司 统一社会信用代码 ' + C_ERSHOU + '</p></div>\n'
        '<div id="frt"><p>Powered by <strong>Discuz!</strong></p></div></div>\n')
MINI = '<div id="ft" class="wp cl"><p>Powered by <strong>Discuz!</strong> | <a href="/misc.php?mod=mobile">手机版</a></p></div>\n'
site("ershou", "holdout", "bbs.gz-ershou.test", [
    P("site-ershou-home", "/", "ICP_INVALID",
      "ICP_INVALID 互联网信息服务管理办法第十二条: 赣ICP备12345678号 is a placeholder number, not a filing. Licence displayed.",
      "赣州二手优品论坛 - Powered by Discuz!",
      '<div id="hd"><h2><a href="/">赣州二手优品论坛</a></h2></div>\n'
      '<div id="ct" class="wp"><table class="fl_tb"><tr><td class="fl_g"><a href="/forum-2-1.html">闲置数码</a></td><td>主题: 2310</td></tr>\n'
      '<tr><td class="fl_g"><a href="/forum-5-1.html">户外运动</a></td><td>主题: 877</td></tr></table></div>\n' + FOOT),
    P("site-ershou-qiqiang", "/thread-20931-1-1.html", "PROHIBITED_GOODS",
      "PROHIBITED_GOODS 枪支管理法 (禁止非法买卖枪支): a thread offering an air rifle (气枪) with lead pellets (铅弹) for sale.",
      "出一把秃鹰 带铅弹 - 户外运动",
      '<div id="postlist"><div class="pl"><div class="authi">楼主 老猎人</div>\n'
      '<div class="t_f">出自用PCP秃鹰一支，配5.5铅弹两盒，打鸟很准，面交赣州市区，价格私聊。</div></div>\n'
      '<div class="pl"><div class="authi">2# 路过</div><div class="t_f">这个能卖吗？</div></div></div>\n' + MINI),
    P("site-ershou-jingshi", "/thread-21007-1-1.html", "-",
      "trap: members warn each other about a shop that offered 好评返现 — news/warning, nobody on this page offers a paid review.",
      "提醒：别信好评返现 - 闲置数码",
      '<div id="postlist"><div class="pl"><div class="authi">楼主 小赣</div>\n'
      '<div class="t_f">上周在某店买耳机，卡片上写“五星好评返现5元”，我没理，结果是三无货。大家注意，好评返现本身就违反电子商务法第十七条，可以12315举报。</div></div>\n'
      '<div class="pl"><div class="authi">2# 阿东</div><div class="t_f">支持，我也遇到过晒图返现的，都是套路。</div></div></div>\n' + MINI),
])

# --- I9 苏州木美家具 Magento-style (holdout, gbk) ---------------------------
FOOT = ('<footer class="page-footer"><p>木美家具 &copy; 2026</p>\n'
        '<p><a href="https://beian.miit.gov.cn/">苏ICP备17045678号-3</a> 苏公网安备 32050502000789号</p></footer>\n')
site("mumei", "holdout", "www.mumei-jj.test", [
    P("site-mumei-home", "/", "LICENSE_MISSING",
      "LICENSE_MISSING 电子商务法第十五条: the home shows the ICP and 公网安备 but no licence code, image, link or exemption. "
      "A 可信网站 seal is not licence information.",
      "木美家具 - 北欧实木",
      '<header class="page-header"><a class="logo" href="/">木美家具</a></header>\n'
      '<div class="block-static"><h1>北欧实木家具 工厂直营</h1><img src="/media/kexin.png" alt="可信网站 身份验证"></div>\n'
      '<ol class="product-items"><li><a href="/catalog/canzhuo.html">白橡木餐桌</a> <span class="price">￥3280</span></li>\n'
      '<li><a href="/catalog/shugui.html">樱桃木书柜</a> <span class="price">￥4599</span></li></ol>\n' + FOOT,
      enc="gbk"),
    P("site-mumei-canzhuo", "/catalog/canzhuo.html", "WELLKNOWN_MARK_AD",
      "WELLKNOWN_MARK_AD 商标法第十四条第五款: 驰名商标 (split by markup) in the product advertisement. GBK bytes declared as utf-8.",
      "白橡木餐桌",
      '<div class="product-info-main"><h1 class="page-title">白橡木餐桌 1.4m</h1>\n'
      '<div class="price-box"><span class="price">￥3280</span></div>\n'
      '<div class="overview"><p>“木美”品牌获评<strong>驰名</strong>商标，二十年实木工艺。</p></div></div>\n' + FOOT,
      enc="gbk", meta="http-equiv:utf-8"),
    P("site-mumei-shugui", "/catalog/shugui.html", "-",
      "trap: 原价 shown with no capture history; E0级 is a formaldehyde grade (GB/T 39600); no claim of other kind.",
      "樱桃木书柜",
      '<div class="product-info-main"><h1 class="page-title">樱桃木书柜 五层</h1>\n'
      '<div class="price-box"><span class="old-price price">原价 ￥4999</span> <span class="price">￥4599</span></div>\n'
      '<div class="overview"><p>板材甲醛释放量达E0级（GB/T 39600），北美樱桃木。</p></div></div>\n' + FOOT,
      enc="gbk"),
])

# --- I10 云南山货 微店-style H5 (main, utf-8; one page without charset meta) ---
FOOT = ('<div class="wd-footer"><p>经营者：个人卖家 李**，销售本人自产的农副产品，依照《电子商务法》第十条无需办理市场主体登记</p>\n'
        '<p><a href="https://beian.miit.gov.cn/">滇ICP备2022012345号-1</a></p></div>\n')
site("shanhuo", "main", "m.yn-shanhuo.test", [
    P("site-shanhuo-home", "/", "-",
      "trap: an individual farmer's site shows the 电子商务法第十条 exemption statement (satisfies 第十五条) and a 滇ICP备 filing.",
      "云南山货 自家种的",
      '<div class="wd-shop-hd"><h1>云南山货</h1><p>哀牢山脚下自家种的</p></div>\n'
      '<div class="wd-goods"><a href="/item/dami.html">高山红米 5斤</a><span class="price">¥45</span></div>\n'
      '<div class="wd-goods"><a href="/item/junzi.html">干巴菌 鲜货</a><span class="price">¥168</span></div>\n' + FOOT),
    P("site-shanhuo-dami", "/item/dami.html", "RETURN_REFUSED",
      "RETURN_REFUSED 消费者权益保护法第二十五条: a blanket refusal of 七天无理由 for packaged rice, which is not perishable and not in the exemptions.",
      "高山红米 5斤",
      '<div class="wd-item"><h1>高山红米 5斤 真空包装</h1><p><span class="price">¥45</span></p>\n'
      '<p>本店所有商品一律不退不换，拍下即视为同意，介意勿拍。</p></div>\n'),
    P("site-shanhuo-junzi", "/item/junzi.html", "-",
      "trap: fresh wild mushrooms are 鲜活易腐, exempt under 消费者权益保护法第二十五条第一款(二). UTF-8 bytes with no charset meta.",
      "干巴菌 鲜货",
      '<div class="wd-item"><h1>干巴菌 鲜货 半斤装</h1><p><span class="price">¥168</span></p>\n'
      '<p>鲜菌子属于鲜活易腐商品，不适用七天无理由退货；收到变质的拍照，全额退款。</p></div>\n',
      meta=None),
])

# --- I12 武汉优选小铺 小程序 web view (holdout, utf-8 with BOM on two pages) ---
FOOT_HIDDEN_ICP = ('<div class="mp-footer">武汉优选小铺科技有限公司 统一社会信用代码 ' + C_WUHAN + '\n'
                   '<!-- 鄂ICP备2021098765号-2 备案审核中，先注释 --></div>\n')
site("youxuan", "holdout", "mp.wh-youxuan.test", [
    P("site-youxuan-home", "/", "ICP_MISSING",
      "ICP_MISSING 互联网信息服务管理办法第十二条: the only ICP number is inside an HTML comment (not displayed). Licence displayed. UTF-8 with BOM.",
      "优选小铺",
      '<view-page class="mp-page"><div class="mp-swiper">今日上新</div>\n'
      '<div class="mp-goods"><a href="/pages/goods?id=301">刻字保温杯</a><span class="price">¥69</span></div>\n'
      '<div class="mp-goods"><a href="/pages/goods?id=302">蓝牙音箱</a><span class="price">¥99</span></div></view-page>\n'
      + FOOT_HIDDEN_ICP, bom=True),
    P("site-youxuan-beizi", "/pages/goods?id=301", "-",
      "trap: engraving the buyer's chosen text makes the cup 定作 goods (消费者权益保护法第二十五条第一款(一)); the refusal covers only engraved orders.",
      "刻字保温杯",
      '<div class="mp-goods-detail"><h1>316不锈钢保温杯 可刻字</h1><p><span class="price">¥69</span></p>\n'
      '<p>选择“定制刻字”的订单按您提供的文字激光雕刻，属于定作商品，不支持七天无理由退货；未刻字的支持七天无理由。</p></div>\n'),
    P("site-youxuan-yinxiang", "/pages/goods?id=302", "REVIEW_INDUCEMENT",
      "REVIEW_INDUCEMENT 电子商务法第十七条: a gift (extra warranty year) in exchange for a five-star review with pictures.",
      "蓝牙音箱",
      '<div class="mp-goods-detail"><h1>便携蓝牙音箱 防水</h1><p><span class="price">¥99</span></p>\n'
      '<p>晒图五星好评后找客服登记，免费延保一年再送数据线一根。</p></div>\n'),
])


# --- S17 香氛之家旗舰店 (holdout, utf-8) -------------------------------------
SH = ("xiangfen-qj", "香氛之家旗舰店")
site("xiangfen", "holdout", "mall.wangjian.test", [
    P("shop-xiangfen-home", "/shop/xiangfen-qj/", "-",
      "trap: the mark is an <li> whose class list holds mall-mark; the licence duty is met by a link (链接标识, 电子商务法第十五条) "
      "in an element with class shop-license; JSON inside <script> with 高仿 in a search-suggestion list is not displayed.",
      "香氛之家旗舰店",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">香氛之家旗舰店</h1>\n'
      '<ul class="shop-tags"><li class="tag mall-mark">网剑认证</li><li class="tag">品牌授权</li></ul></div>\n'
      '<script>window.__SUGGEST__={"blocked":["高仿香水","A货香水","原单"],"hot":["木质香","小样"]};</script>\n'
      '<div class="shop-cats"><a href="/item/xf1.html">木质调淡香水</a> <a href="/item/xf2.html">白茶香水</a></div>\n'
      '<div class="shop-ft"><a class="shop-license" href="/shop/xiangfen-qj/license">营业执照信息</a> · <a href="/shop/xiangfen-qj/auth">品牌授权书</a></div>\n',
      platform=True),
    P("item-xiangfen-muzhi", "/item/xf1.html", "FAKE_ORIGINAL_PRICE",
      "FAKE_ORIGINAL_PRICE 明码标价和禁止价格欺诈规定第十六条: 日常价 ¥329 above ¥199 captured 6.99 days earlier (just inside the window).",
      "木质调淡香水 50ml",
      tb_item(SH, "木质调淡香水 50ml 男女通用", "219.00", "329.00", "日常价",
              '<p>前调佛手柑，中调雪松，后调檀香。</p>\n'),
      platform=True,
      history=[(6.99, tb_item(SH, "木质调淡香水 50ml 男女通用", "199.00", None, None, '<p>前调佛手柑</p>\n')),
               (4.0, tb_item(SH, "木质调淡香水 50ml 男女通用", "329.00", None, None, '<p>前调佛手柑</p>\n'))]),
    P("item-xiangfen-baicha", "/item/xf2.html", "RETURN_REFUSED",
      "RETURN_REFUSED 消费者权益保护法第二十五条, 网络购买商品七日无理由退货暂行办法第六条/第七条: perfume is none of the statutory "
      "exemptions; refusing returns even for sealed bottles is unlawful.",
      "白茶香水 30ml",
      tb_item(SH, "白茶淡香水 30ml 清新", "159.00", None, None,
              '<p>香水为特殊商品，一经售出，未拆封也不支持七天无理由退换，敬请谅解。</p>\n'),
      platform=True),
])

# --- I14 义乌义星工艺品 1688-style wholesale site (holdout, gbk) -----------
FOOT = ('<div class="ft">义乌市义星工艺品有限公司　统一社会信用代码：' + C_YIXING + '<br>\n'
        '<a href="https://beian.miit.gov.cn/">浙ICP备19024680号-1</a>　浙公网安备 33078202001122号</div>\n')
MINI = '<div class="ft-s">义星工艺品 旺旺：yixing_gongyi 电话 0579-8XXXXXXX</div>\n'
site("yixing", "holdout", "www.yixing-gy.test", [
    P("site-yixing-home", "/", "-",
      "trap: 原单据 (the original delivery note) is not 原单 goods; the hidden SEO block (display:none) with 高仿/A货 and "
      "the hidden-attribute 好评返现 line are not displayed; licence and 浙ICP备 shown.",
      "义乌义星工艺品 - 钥匙扣 冰箱贴 源头工厂",
      '<div class="hd"><h1>义星工艺品</h1><span>源头工厂 支持来图定制</span></div>\n'
      '<div class="seo" style="display:none">高仿钥匙扣 A货 原单 精仿</div>\n'
      '<p hidden>好评返现5元</p>\n'
      '<div class="offers"><a href="/offer/201.html">合金钥匙扣</a> <a href="/offer/202.html">微缩家具模型</a></div>\n'
      '<div class="notice">售后：质量问题请于收货后3日内凭原单据（送货单）联系业务员。</div>\n' + FOOT,
      enc="gbk"),
    P("site-yixing-yaoshikou", "/offer/201.html", "COUNTERFEIT_TERM",
      "COUNTERFEIT_TERM 商标法第五十七条: 高仿 written as numeric character references and full-width Ａ货 for car-brand logo keychains.",
      "车标钥匙扣 批发",
      '<div class="d-title"><h1>汽车车标钥匙扣 奔驰宝马奥迪 全系</h1></div>\n'
      '<table class="d-price"><tr><th>100个起批</th><td><span class="price">￥2.80</span></td></tr></table>\n'
      '<div class="d-content"><p>&#39640;&#20223;原厂车标，Ａ货品质，4S店同款，批量可拿。</p></div>\n' + MINI,
      enc="gbk"),
    P("site-yixing-moxing", "/offer/202.html", "-",
      "trap: 1:12 is a model scale; 复刻 of 民国 furniture styles and 仿真 miniatures copy no trademark.",
      "1:12 微缩家具模型",
      '<div class="d-title"><h1>1:12 仿真微缩家具模型 民国老家具复刻</h1></div>\n'
      '<table class="d-price"><tr><th>20套起批</th><td><span class="price">￥18.50</span></td></tr></table>\n'
      '<div class="d-content"><p>按1:12比例复刻民国时期八仙桌、太师椅，适合娃屋场景搭建。</p></div>\n' + MINI,
      enc="gbk"),
])


# --- S18 棉坊家纺 (main, gbk) ----------------------------------------------
SH = ("mianfang-jf", "棉坊家纺")
site("mianfang", "main", "mall.wangjian.test", [
    P("shop-mianfang-home", "/shop/mianfang-jf/", "-",
      "trap: the licence code is split across three <span>s inside .shop-license (still displayed); the mark is an <em> "
      "with classes ico and mall-mark.",
      "棉坊家纺 南通",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">棉坊家纺</h1> <em class="ico mall-mark"></em> <em class="ico-txt">认证</em></div>\n'
      '<div class="shop-intro">南通家纺城二十年老店，新疆长绒棉。</div>\n'
      '<div class="shop-license">南通棉坊家纺有限公司 统一社会信用代码：<span>' + C_MIANFANG[:6] + '</span><span>'
      + C_MIANFANG[6:12] + '</span><span>' + C_MIANFANG[12:] + '</span></div>\n',
      enc="gbk", platform=True),
    P("item-mianfang-sijiantao", "/item/mf10.html", "-",
      "trap: A类 is the infant-goods safety class of GB 18401 (国家纺织产品基本安全技术规范), not a counterfeit grade; "
      "60支 is a yarn count.",
      "婴儿纯棉四件套",
      tb_item(SH, "新疆长绒棉 60支 婴儿床品四件套 A类", "269.00", None, None,
              '<p>安全类别：GB 18401 A类（婴幼儿用品），无荧光剂。</p>\n<p>尺寸可选 120×60cm / 150×70cm。</p>\n'),
      enc="gbk", platform=True),
    P("item-mianfang-zhentou", "/item/mf12.html", "REVIEW_INDUCEMENT",
      "REVIEW_INDUCEMENT 电子商务法第十七条: a free pillow towel for a five-star review with photos.",
      "荞麦枕",
      tb_item(SH, "荞麦壳枕头 全荞麦 单只", "79.00", None, None,
              '<p>确认收货后给五星好评并晒图，下次下单备注“好评”，即送枕巾一条。</p>\n'),
      enc="gbk", platform=True),
])

# --- S19 小张电器 (main, utf-8) --------------------------------------------
SH = ("xiaozhang-dq", "小张电器")
site("xiaozhang", "main", "mall.wangjian.test", [
    P("shop-xiaozhang-home", "/shop/xiaozhang-dq/", "LICENSE_MISSING",
      "LICENSE_MISSING 电子商务法第十五条: the .shop-license block carries visibility:hidden inline, so the licence is not "
      "displayed; only the platform footer licence shows. Mark present on a <span>.",
      "小张电器 顺德",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">小张电器</h1><span class="mall-mark">认证店</span></div>\n'
      '<div class="shop-cats"><a href="/item/xz3.html">空气净化器</a> <a href="/item/xz4.html">电饭煲</a></div>\n'
      '<div class="shop-license" style="visibility:hidden">佛山市顺德区小张电器有限公司 ' + C_XIAOZHANG + '</div>\n',
      platform=True),
    P("item-xiaozhang-jinghua", "/item/xz3.html", "FALSE_CLAIM",
      "FALSE_CLAIM 广告法第十七条/第二十八条: an air purifier (not a medical device) claimed to prevent viral infection and relieve asthma.",
      "空气净化器",
      jd_item(SH, "家用空气净化器 除甲醛 除菌", "899.00", None, None,
              '<p>杀灭99.9%流感病毒，家里开着它，孩子再也不感冒，哮喘、鼻炎明显缓解。</p>\n'),
      platform=True),
    P("item-xiaozhang-fanbao", "/item/xz4.html", "-",
      "trap: 原价 ¥399 equals the lowest price in captures 2 and 6.5 days earlier (¥399), so it is not above the 7-day low.",
      "IH电饭煲 4L",
      jd_item(SH, "IH电磁加热电饭煲 4L", "299.00", "399.00", "原价",
              '<p>IH立体加热，24小时预约。</p>\n'),
      platform=True,
      history=[(6.5, jd_item(SH, "IH电磁加热电饭煲 4L", "399.00", None, None, '<p>IH立体加热</p>\n')),
               (2.0, jd_item(SH, "IH电磁加热电饭煲 4L", "399.00", None, None, '<p>IH立体加热</p>\n'))]),
])

# --- S20 小丫手工 (holdout, utf-8) -----------------------------------------
SH = ("xiaoya-sg", "小丫手工")
site("xiaoya", "holdout", "mall.wangjian.test", [
    P("shop-xiaoya-home", "/shop/xiaoya-sg/", "LICENSE_MISSING",
      "LICENSE_MISSING 电子商务法第十五条: only the owner's name and 个人 are shown — no licence code, image, link, and no "
      "第十条 exemption statement (household handicraft could be exempt, but the statement is absent). Mark present.",
      "小丫手工 毛线编织",
      TOPBAR + '<div class="shop-header"><h1 class="shop-name">小丫手工</h1><img class="mall-mark" src="/static/mark/m.png" alt="认证"></div>\n'
      '<div class="shop-intro">店主：王小丫（个人）｜宝妈在家手工编织，每件都是一针一线钩的。</div>\n'
      '<div class="shop-cats"><a href="/item/xy1.html">定制名字手链</a></div>\n',
      platform=True),
    P("item-xiaoya-shoulian", "/item/xy1.html", "-",
      "trap: a bracelet knitted with the buyer's name is 定作 goods, exempt under 消费者权益保护法第二十五条第一款(一).",
      "定制名字手链",
      pdd_item(SH, "手工编织 定制名字手链 宝宝满月礼", "39", "45", None,
               '<p>下单备注宝宝名字，按名字现编，属于定制商品，不支持七天无理由退货。</p>\n'),
      platform=True),
])

# ===========================================================================
# Writer
# ===========================================================================
def url_of(s, p):
    return "http://" + s["host"] + p["path"]


def render(p, body):
    meta = p["meta"]
    return encode(page(p["title"], body, p["enc"], meta=meta, platform=(p["platform"] is True)), p["enc"], p["bom"])


def meta_suffix(p):
    if p["meta"] is None:
        return " [charset meta missing]"
    if p["meta"] != "auto":
        lab = p["meta"].split(":")[-1]
        if lab != p["enc"]:
            return " [charset meta wrong: declares %s, bytes are %s]" % (lab, p["enc"])
    return ""


def build(out):
    files = {}
    for side in ("main", "holdout"):
        root = "" if side == "main" else "holdout/"
        labels = ["# file\turl\tcodes"]
        notes = ["# file\tencoding\tbom\tnote"]
        hist = ["# file\turl\tdays_before"]
        n = 0
        for s in SITES:
            if s["side"] != side:
                continue
            for p in s["pages"]:
                n += 1
                fn = "pages/%03d-%s.html" % (n, p["name"])
                url = url_of(s, p)
                files[root + fn] = render(p, p["body"])
                labels.append("%s\t%s\t%s" % (fn, url, p["codes"]))
                notes.append("%s\t%s\t%s\t%s" % (fn, p["enc"], "yes" if p["bom"] else "no", p["note"] + meta_suffix(p)))
                for days, hbody in p["history"]:
                    hfn = "history/%03d-%s-%s.html" % (n, p["name"], repr(float(days)).replace(".", "_"))
                    files[root + hfn] = render(p, hbody)
                    hist.append("%s\t%s\t%r" % (hfn, url, float(days)))
        files[root + "labels.tsv"] = ("\n".join(labels) + "\n").encode()
        files[root + "notes.tsv"] = ("\n".join(notes) + "\n").encode()
        files[root + "history.tsv"] = ("\n".join(hist) + "\n").encode()
    reg = ["# code\tname\tstatus"] + ["%s\t%s\t%s" % r for r in REGISTRY]
    files["registry.tsv"] = ("\n".join(reg) + "\n").encode()
    ids = ["# code\tintended\tkey"] + ["%s\t%s\t%s" % (c, "valid" if v else "invalid", k) for k, (c, v) in IDS.items()]
    files["idents.tsv"] = ("\n".join(ids) + "\n").encode()
    for rel, data in files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return files


GENERATED_DIRS = ["pages", "history", "holdout"]
GENERATED_FILES = ["labels.tsv", "notes.tsv", "history.tsv", "registry.tsv", "idents.tsv"]


def listing(root):
    out = {}
    for d in GENERATED_DIRS:
        for dp, _, fns in os.walk(os.path.join(root, d)):
            for fn in fns:
                full = os.path.join(dp, fn)
                out[os.path.relpath(full, root)] = open(full, "rb").read()
    for fn in GENERATED_FILES:
        full = os.path.join(root, fn)
        if os.path.exists(full):
            out[fn] = open(full, "rb").read()
    return out


def main():
    if "--check" in sys.argv[1:]:
        tmp = tempfile.mkdtemp()
        try:
            build(tmp)
            want, have = listing(tmp), listing(HERE)
            bad = sorted(k for k in set(want) | set(have) if want.get(k) != have.get(k))
            for k in bad:
                print("differs:", k, file=sys.stderr)
            sys.exit(1 if bad else 0)
        finally:
            shutil.rmtree(tmp)
    for d in GENERATED_DIRS:
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    files = build(HERE)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
