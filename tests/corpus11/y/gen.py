#!/usr/bin/env python3
"""corpus11/y generator: every site, page, label and note is written by hand below.
python3 gen.py          -> writes pages/, holdout/, labels.tsv, notes.tsv, registry.tsv, history*
python3 gen.py --check  -> regenerates into a temp dir and compares byte for byte (exit 1 on difference)"""
import os
import sys
import shutil
import filecmp
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import (uscc, uscc_bad, regno, regno_bad, shell, mall_page, encode, shop_head,
                 footer_br, footer_table, footer_dl, icp_link)

MALL = "http://mall.wangjian.test"
U8 = '<meta charset="utf-8">'
GBK = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
G18 = '<meta charset="gb18030">'
B5 = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'

# ---------------------------------------------------------------- companies (registry rows by hand)
# key: (name, prefix, division, org-code body, registry status or None = not in registry)
CO = {
    "mall": ("杭州网剑网络科技有限公司", "91", "330100", "MA27WJ01", "存续"),
    "mz":   ("杭州美颜直播电子商务有限公司", "91", "330106", "MA2H7K3Q", "存续"),
    "tg":   ("宁波小渔社区团购有限公司", "91", "330203", "MA2GLX05", "存续"),
    "hp":   ("温州好评鞋业有限公司", "91", "330302", "74508812", "存续"),
    "lg":   ("义乌市老葛特惠日用品商行", "92", "330782", "MA2EQ91N", "存续"),
    "ca":   ("广州超爱服饰有限公司", "91", "440111", "MA5CU7R2", None),
    "lily": ("金华莉莉直播电子商务有限公司", "91", "330702", "MA2M4B8E", "存续"),
    "pp":   ("嘉兴市秀洲区拼拼果蔬专业合作社", "93", "330411", "MA2JP3F6", "存续"),
    "ah":   ("湖州阿慧微商贸易有限公司", "91", "330502", "MA2D8WQ4", "吊销"),
    "tz":   ("杭州团长帮供应链管理有限公司", "91", "330110", "MA2KC6L1", "存续"),
    "qg":   ("杭州抢购网络科技有限公司", "91", "330108", "MA28F3XW", "存续"),
    "hy":   ("上海会员优选商贸有限公司", "91", "310115", "MA1G8NX3", "存续"),
    "sy":   ("苏州试用派电子商务有限公司", "91", "320506", "MA1YB27K", "存续"),
    "xq":   ("成都小区优选网络科技有限公司", "91", "510107", "MA6C3R9U", "存续"),
    "hk":   ("深圳港至优贸易有限公司", "91", "440300", "MA5F2K7D", "存续"),
    "fx":   ("长沙分享家网络科技有限公司", "91", "430104", "MA4Q7U2H", "存续"),
    "lp":   ("济南良品家电有限公司", "91", "370102", "67231945", "存续"),
    "sph":  ("武汉视频号优品商贸有限公司", "91", "420106", "MA4K5B2N", "存续"),
    "nz":   ("郑州丰收农资有限公司", "91", "410105", "77086453", "存续"),
    "yw":   ("深圳云雾科技有限公司", "91", "440305", "MA5G4W8T", "存续"),
    "mx":   ("北京名星直播文化传媒有限公司", "91", "110105", "MA01BC3Y", "存续"),
    "mx2":  ("北京星光传媒广告有限公司", "91", "110108", "MA02DK5R", "存续"),
    "xs":   ("杭州限时特价服饰有限公司", "91", "330104", "MA2B6TY1", "存续"),
    "lz":   ("福州闽味老字号食品有限公司", "91", "350102", "15432870", "存续"),
    "gzh":  ("南京邻里团电子商务有限公司", "91", "320104", "MA1XQ5E2", "存续"),
    "wx":   ("青岛微店优选商贸有限公司", "91", "370212", "MA3C9H7P", "存续"),
    "dr":   ("广州达人带货贸易有限公司", "91", "440106", "MA59R2KB", "存续"),
    "yd":   ("石家庄康宁大药房连锁有限公司", "91", "130102", "72167824", "存续"),
    "ms":   ("合肥秒杀优品电子商务有限公司", "91", "340104", "MA2TN5W3", "存续"),
    "jk":   ("重庆康乐家健康科技有限公司", "91", "500103", "MA60A4F9", "存续"),
    "tw":   ("厦门台湾茶坊贸易有限公司", "91", "350206", "MA31NT4R", "存续"),
    "zz":   ("广州优收再生资源有限公司", "91", "440106", "MA5AH3Q6", "存续"),
}
C = {k: uscc(v[1], v[2], v[3]) for k, v in CO.items()}
N = {k: v[0] for k, v in CO.items()}

PAGES = []   # dicts: side, site, name, url, enc, bom, html, codes, note
HIST = []    # dicts: side, name, url, days, enc, html


def page(side, site, name, url, enc, html, codes, note, bom=False):
    PAGES.append(dict(side=side, site=site, name=name, url=url, enc=enc, bom=bom, html=html,
                      codes=codes, note=note))


def hist(side, name, url, days, enc, html):
    HIST.append(dict(side=side, name=name, url=url, days=days, enc=enc, html=html))


def lic(k, label="营业执照信息"):
    return ('<div class="shop-license"><span>' + label + '</span>：' + N[k]
            + ' &nbsp;统一社会信用代码：' + C[k] + '</div>\n')


def mall_item(title, body):
    return mall_page(title + " - 网剑商城", '<div class="item-main">\n<h1 class="item-title">' + title
                     + "</h1>\n" + body + "\n</div>")


def mall_shop(shop_name, mark, license_html, body):
    return mall_page(shop_name + " - 网剑商城", shop_head(shop_name, mark) + license_html + body)

# ================================================================ MAIN: platform shops on mall.wangjian.test
# --- S1 美颜直播间 (live-room beauty shop)
page("main", "mall/mz", "mz-home", MALL + "/shop/mzlive/", "utf-8", mall_shop(
    "美颜姐姐直播间", "shown", lic("mz"),
    '<div class="notice"><b>主播公告：</b>最近有人冒充我们直播间在私域群里卖“同款”，价格只要一半，'
    '家人们千万别信！那些都是高仿、A货，我们只在本店铺和官方直播间上链接，私下转账一律不认。</div>\n'
    '<ul class="goods"><li>水光补水面膜 <span class="price">¥89</span></li>'
    '<li>氨基酸洁面 <span class="price">¥59</span></li></ul>'),
    "-", "trap: 主播 warns buyers that third-party copies are 高仿/A货 and tells them not to buy; a warning against "
    "counterfeits is not an offer of them (商标法 第五十七条 needs a sale). Licence and 亮标 shown (电子商务法 第十五条).")

page("main", "mall/mz", "mz-item-collagen", MALL + "/item/mz-1001.html", "utf-8", mall_item(
    "【直播间专享】超声波胶原导入仪 美容仪家用",
    '<div class="price-box">直播价 <span class="price">¥399</span></div>\n'
    '<div class="live-copy"><p>主播口播整理：这个胶原炮打进去，<b>直接激活你的细胞再生</b>，'
    '三次下来法令纹填平，松弛下垂的姐妹用完脸就提上去了，比去医院打针还管用。</p>'
    '<p>它还能疏通淋巴排毒，改善面瘫后遗症，家里老人也能用。</p></div>'),
    "FALSE_CLAIM",
    "FALSE_CLAIM: a home beauty device (not a medical device per page) claimed to regenerate cells, cure 面瘫后遗症, "
    "replace injections — 广告法 第十七条, 第二十八条第二款第(二)项. Kind of goods and claim from 市场监管总局 第四批直播电商典型案例 "
    "(2025): 太原市市场监管局查处山西老葛商贸有限公司虚假宣传、价格欺诈系列案 (超声胶原炮, 细胞肌活冻龄因子液).")

P_MZ2 = MALL + "/item/mz-1002.html"


def mz2(price, line):
    lp = ('<del class="price-line">划线价 ¥' + line + '</del> ') if line else ""
    return mall_item("冻龄因子精华液 30ml 直播福利",
                     '<div class="price-box">' + lp + '到手价 <span class="price">¥' + price + "</span></div>\n"
                     "<p>主播福利链接，拍一发二。</p>")


hist("main", "mz-1002-d6", P_MZ2, 6, "utf-8", mz2("139", ""))
hist("main", "mz-1002-d2", P_MZ2, 2, "utf-8", mz2("299", ""))
page("main", "mall/mz", "mz-item-serum-price", P_MZ2, "utf-8", mz2("159", "299"),
     "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 划线价 ¥299 while the captures 6 days before show ¥139 (raised to ¥299 two days before: "
     "先涨后降) — 明码标价和禁止价格欺诈规定 第十六条, 第十七条第二款. Case: 市场监管总局 第四批直播电商典型案例 (2025), "
     "太原市市场监管局 山西老葛商贸有限公司 价格欺诈 (无法证明的价格比较).")

# --- S2 社区团购 团长 shop: no 亮标
page("main", "mall/tg", "tg-home", MALL + "/shop/xiaoyu-tuan/", "utf-8", mall_shop(
    "小渔社区团购·宁波海曙站", "lookalike", lic("tg", "主体信息"),
    '<div class="tuan"><p>今日团：舟山带鱼、奉化水蜜桃、余姚杨梅。每晚22点截团，次日16点前到自提点。</p>'
    '<p>团长微信：xiaoyu-tuan</p></div>'),
    "MARK_MISSING",
    "MARK_MISSING: shop home shows only a seller-made 实力商家 badge (class mall-marker, not the mall-mark token); the "
    "platform's identity mark is absent — seed rule 平台为网店亮标. Licence shown. no case found.")

page("main", "mall/tg", "tg-item-peach", MALL + "/item/tg-2201.html", "utf-8", mall_item(
    "奉化水蜜桃 4.5斤装 社区团购次日达",
    '<div class="price-box">团购价 <span class="price">¥39.9</span></div>\n'
    '<div class="after-sale"><h3>售后说明</h3><p>水蜜桃属鲜活易腐商品，依《消费者权益保护法》第二十五条不适用七天无理由退货；'
    '到货坏果、少称请在24小时内拍照联系团长，坏多少赔多少。</p></div>'),
    "-", "trap: 不适用七天无理由 stated for 鲜活易腐 fresh peaches, exactly the exemption of 消费者权益保护法 第二十五条第(二)项, "
    "with a damage remedy. Item page: no home duties.")

# --- S3 好评返现 shoe shop (mark only in a hidden element)
page("main", "mall/hp", "hp-home", MALL + "/shop/haopingxie/", "utf-8", mall_shop(
    "温州好评鞋业旗舰店", "hidden", lic("hp"),
    '<div class="banner">真皮男鞋 工厂直发 <span class="price">¥128起</span></div>'),
    "MARK_MISSING",
    "MARK_MISSING: the mall-mark element is display:none, so no identity mark is displayed — seed rule 平台为网店亮标. "
    "Licence displayed. no case found.")

page("main", "mall/hp", "hp-item-card", MALL + "/item/hp-3301.html", "utf-8", mall_item(
    "头层牛皮商务皮鞋 男士正装",
    '<div class="price-box">券后 <span class="price">¥168</span></div>\n'
    '<div class="gift-card"><p>【包裹里的小卡片】亲，收到宝贝后确认收货，给个五星+15字+3张图，'
    '截图发给在线客服，<b>返您3元无门槛红包</b>，石头剪刀布赢了再加1.8元哦～</p></div>'),
    "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: cash red packet for a five-star review with photos — 电子商务法 第十七条; 反不正当竞争法 第八条第一款. "
    "Case: 江苏省市场监管局 2021 刷单炒信典型案例, 扬州市江都区某饮品店 好评返现 卡片 (石头剪刀布 红包), 罚款12000元.")

# --- S4 百亿补贴 shop with invalid licence code, real price history item
page("main", "mall/lg", "lg-home", MALL + "/shop/laoge-butie/", "utf-8", mall_shop(
    "老葛百亿补贴日用百货", "shown",
    '<div class="shop-license">经营者：' + N["lg"] + '（个体工商户）<br>统一社会信用代码：'
    + uscc_bad("92", "330782", "MA2EQ91N") + '</div>\n',
    '<p>纸巾、洗衣液、垃圾袋，百亿补贴专区天天有。</p>'),
    "LICENSE_INVALID",
    "LICENSE_INVALID: displayed 统一社会信用代码 fails its GB 32100-2015 check character (last char altered) — "
    "电子商务法 第十五条 (false display). Mark shown. no case found.")

P_LG = MALL + "/item/lg-4401.html"


def lg(price, butie):
    if butie:
        return mall_item("蓝月亮风格 深层洁净洗衣液 3kg×2 百亿补贴",
                         '<div class="price-box"><span class="tag">百亿补贴</span> 补贴价 <span class="price">¥49</span> '
                         '<del class="price-line">日常价¥69</del></div>\n'
                         '<p class="note">日常价为本商品近30天在本店的实际成交价，补贴由平台承担。</p>')
    return mall_item("蓝月亮风格 深层洁净洗衣液 3kg×2",
                     '<div class="price-box">售价 <span class="price">¥' + price + '</span></div>')


for d in (20, 10, 6, 3, 1):
    hist("main", "lg-4401-d%d" % d, P_LG, d, "utf-8", lg("69", False))
page("main", "mall/lg", "lg-item-butie", P_LG, "utf-8", lg("49", True),
     "-", "trap: 日常价 ¥69 equals the only price seen in every capture of the 20 days before (6, 3, 1 days too): "
     "compared price not above the 7-day lowest — 明码标价和禁止价格欺诈规定 第十六条 satisfied; a real price history.")

# --- S5 超A clothing live shop: licence code not in registry
page("main", "mall/ca", "ca-home", MALL + "/shop/chaoai-fs/", "utf-8", mall_shop(
    "超爱服饰直播间", "shown",
    '<div class="shop-license"><dl><dt>企业名称</dt><dd>' + N["ca"] + '</dd><dt>统一社会信用代码</dt><dd>'
    + C["ca"] + '</dd></dl></div>\n',
    '<p>每晚8点开播，新款秋冬外套。</p>'),
    "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: the displayed code is well-formed but absent from registry.tsv (no such registered company) — "
    "电子商务法 第十五条; 网络交易监督管理办法 第十二条. Mark shown. no case found.")

page("main", "mall/ca", "ca-item-jacket", MALL + "/item/ca-5501.html", "utf-8", mall_item(
    "【直播间】秋冬羽绒服 大牌同厂 纯原版本",
    '<div class="price-box">直播价 <span class="price">¥299</span></div>\n'
    '<p>姐妹们懂的都懂，跟专柜一比一开模，吊牌、领标、防伪扣全套，<span>纯</span><span>原</span>品质，'
    '不是那种货不对板的，拿去专柜都看不出来。直播间不能说牌子，看我手势。</p>'),
    "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 纯原 (split across spans), 一比一开模 with full brand tags — offer of goods copying a mark, "
    "商标法 第五十七条. Case: 长春市二道区人民法院 2025 赵某 直播销售假冒注册商标的服装 (3940单), and 上海宝山警方 2024 直播带货售假案.")

# --- S6 双11 appliance shop: no licence at all
page("main", "mall/s11", "s11-home", MALL + "/shop/s11-dianqi/", "utf-8", mall_shop(
    "双11家电狂欢店", "shown", "",
    '<div class="promo">双11预售：定金50抵150，11月11日0点付尾款。</div>'
    '<p class="kefu">客服电话 0571-8888 6611</p>'),
    "LICENSE_MISSING",
    "LICENSE_MISSING: shop home shows no licence, code, licence image, link, nor 第十条 statement; the platform footer's "
    "code is the platform's — 电子商务法 第十五条, 第七十六条. Case: 市场监管总局 第二批直播电商典型案例 (2025), "
    "广州市白云区市场监管局查处广州芝源供应链有限公司不依法公示证照信息和虚假宣传案.")

page("main", "mall/s11", "s11-item-fryer", MALL + "/item/s11-6601.html", "utf-8", mall_item(
    "空气炸锅 6L 双11预售",
    '<div class="price-box">到手价 <span class="price">¥259</span></div>\n'
    '<p>同价位里找不到第二台，<b>全网销量NO.1</b>，炸锅界的天花板，买它就对了，闭眼入！</p>'),
    "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 全网销量NO.1 as an unproven claim (equivalent of 第一) — 广告法 第九条第(三)项. Case: 灌南百姓网 "
    "公众号自称“第一” 罚款20万元 (灌南县市场监管局, reported). ")

page("main", "mall/s11", "s11-item-trade-in", MALL + "/item/s11-6602.html", "utf-8", mall_item(
    "一级能效 变频冰箱 以旧换新",
    '<div class="price-box">售价 <span class="price">¥3299</span></div>\n'
    '<div class="trade-in"><h3>以旧换新说明</h3><p>旧机由持证回收企业上门评估，回收款按评估结果另行支付，'
    '与新机售价分开结算；享受政府以旧换新补贴的，补贴金额在结算页单列并以实际核定为准。</p>'
    '<p>能效等级依 GB 12021.2 标注为“1级”。</p></div>'),
    "-", "trap: lawful 以旧换新 — recycling paid separately, subsidy shown as its own line; 一级能效 is a grade defined by a "
    "national standard (exempt from 广告法 第九条 per SAMR 2023 guideline). No compared price.")

# --- platform's own rules page (platform itself)
page("main", "mall/rules", "mall-rules", MALL + "/rules/review.html", "utf-8", mall_page(
    "评价规则 - 网剑商城规则中心",
    '<div class="rule-doc"><h1>网剑商城评价规范（2025版）</h1>'
    '<p>第五条 商家不得以“好评返现”“晒图返现”“五星好评送红包”等方式诱导消费者作出评价，'
    '不得组织或参与刷单炒信。依据《电子商务法》第十七条。</p>'
    '<p>第六条 商家不得销售高仿、A货、原单等侵犯他人注册商标专用权的商品。</p>'
    '<p>第七条 经营者在商品页面使用“最佳”“国家级”等用语的，平台将要求整改。</p></div>'),
    "-", "trap: the platform's own published rules quote the banned practices (好评返现, 高仿, 最佳) in order to forbid them; "
    "no offer, no claim. Not a shop home.")

# ================================================================ MAIN: independent sites
# --- qiangou-miaosha.test  (ECShop-like 秒杀, GBK)
QG = "http://qiangou-miaosha.test"
QG_FOOT = footer_table([
    ("版权所有", N["qg"] + " &copy; 2019-2026"),
    ("营业执照", "统一社会信用代码 " + C["qg"]),
    ("备案信息", icp_link("浙ICP备19033517号-2") + " &nbsp; 浙公网安备 33010802009126号"),
])
page("main", "qiangou", "qg-home", QG + "/", "gbk", shell("抢购网 - 限时秒杀 每天10点开抢", (
    '<div class="header"><a href="/">抢购网</a> <a href="/category.php?id=3">秒杀</a> <a href="/article.php?id=1">帮助</a></div>\n'
    '<div class="slogan"><h2>双11秒杀专场</h2><p>今晚20点整点开抢，抢到就是赚到——'
    '<strong>全网最低价，低过直播间</strong>，买贵了找我们！</p></div>\n'
    '<ul class="goods_list"><li><a href="/goods.php?id=88">九阳风格豆浆机</a> <font class="shop_price">￥199</font></li></ul>\n'
    + QG_FOOT), GBK),
    "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 全网最低价 as an unproven superlative price claim — 广告法 第九条第(三)项 (最低 as an equivalent of 最高级); "
    "also 价格法 第十四条. Case: 市场监管总局 第四批直播电商典型案例 (2025) 太原 山西老葛商贸 (使用无法证明的价格比较). "
    "Licence and ICP shown in a footer table (浙/330108 agree).")

P_QG = QG + "/goods.php?id=88"


def qg(line):
    lp = '<del class="market_price">原价：￥399</del> ' if line else ""
    return shell("九阳风格豆浆机 破壁免滤 - 抢购网", (
        '<div id="goodsInfo"><h1>九阳风格豆浆机 破壁免滤 1.2L</h1>\n<div class="price">' + lp
        + '秒杀价：<font class="shop_price">￥199</font></div>\n<p>限量300台，抢完即止。</p></div>\n' + QG_FOOT), GBK)


for d in (5, 3, 1):
    hist("main", "qg-88-d%d" % d, P_QG, d, "gbk", qg(False))
page("main", "qiangou", "qg-goods-88", P_QG, "gbk", qg(True),
     "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 原价 ￥399 but the captures 5, 3 and 1 days before all sold at ￥199 — a 虚构原价, "
     "明码标价和禁止价格欺诈规定 第十六条, 第十九条第(一)项. Case kind: 市场监管总局 第四批直播电商典型案例 (2025), 太原 价格欺诈.")

# --- pengyouquan-h5.test  (微商/朋友圈 H5 shop, 微擎-like module, GBK)
PY = "http://pengyouquan-h5.test"
page("main", "pengyouquan", "py-home", PY + "/app/index.php?i=2&c=entry&m=ewei_shop", "gbk", shell("阿May的小店", (
    '<div class="fui-page"><div class="fui-header">阿May的小店</div>\n'
    '<div class="fui-notice">每天朋友圈上新，下单备注微信号，顺丰包邮。</div>\n'
    '<div class="fui-goods-group"><div class="fui-goods-item"><p class="title">小香风外套</p><p class="price">￥358</p></div></div>\n'
    '<div class="fui-footer">客服微信：amay_1688 &nbsp; 技术支持：微擎</div></div>'), GBK),
    "-", "trap: looks like a home but the URL is an app entry path (/app/index.php?...), not / or /index.html, so the "
    "home-only duties do not apply to this capture; no other look-alike.")
page("main", "pengyouquan", "py-index", PY + "/", "gbk", shell("阿May的小店 - 朋友圈同款", (
    '<div class="fui-page"><div class="fui-header">阿May的小店</div>\n'
    '<div class="fui-goods-group"><div class="fui-goods-item"><p class="title">LV家老花托特 高*仿 '
    '专柜皮料</p><p class="price">￥680</p></div>'
    '<div class="fui-goods-item"><p class="title">香家链条包 Ａ 货 五金刻字齐全</p><p class="price">￥520</p></div></div>\n'
    '<div class="fui-footer">客服微信：amay_1688</div></div>'), GBK),
    "COUNTERFEIT_TERM,ICP_MISSING,LICENSE_MISSING",
    "COUNTERFEIT_TERM: 高*仿 and full-width Ａ 货 with a brand's bag — 商标法 第五十七条 (case kind: 上海宝山警方 2024 "
    "直播带货售假案; 长春二道区法院 2025). LICENSE_MISSING: site home shows no licence at all — 电子商务法 第十五条. "
    "ICP_MISSING: no filing number — 互联网信息服务管理办法 第十二条.")

# --- huiyuan-chuzhi.test  (会员价/储值, Odoo-eCommerce-like, UTF-8 with BOM)
HY = "http://huiyuan-chuzhi.test"
HY_FOOT = ('<footer class="o_footer"><div class="container"><div class="row">'
           '<div class="col-lg-6"><p>' + N["hy"] + '</p><p>统一社会信用代码：' + C["hy"] + '</p></div>'
           '<div class="col-lg-6"><p>' + icp_link("沪ICP备2023号") + '</p></div></div></div></footer>')
page("main", "huiyuan", "hy-home", HY + "/", "utf-8", shell("会员优选 | Member Select", (
    '<header class="o_header_standard"><a class="navbar-brand" href="/">会员优选</a></header>\n'
    '<main><section class="s_banner"><h1>开通会员，全年享会员价</h1><p>储值500送50，余额永久有效，可随时申请退还未消费余额。</p></section></main>\n'
    + HY_FOOT), '<meta charset="gbk">'),
    "ICP_INVALID",
    "ICP_INVALID: 沪ICP备2023号 has 4 digits, not an 8-digit (or year-prefixed 10-digit) filing serial — "
    "互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法. Licence shown and valid. no case found. "
    "Wrong meta: bytes are UTF-8 with BOM but <meta charset=\"gbk\"> (the BOM decides).", bom=True)

page("main", "huiyuan", "hy-vip", HY + "/shop/member-price", "utf-8", shell("会员价说明 | 会员优选", (
    '<main><div class="oe_website_sale"><h1>有机纯牛奶 250ml×12</h1>'
    '<div class="product_price"><span class="oe_price">¥49.90</span> <small>非会员价 ¥55.90</small></div>'
    '<p>会员价面向已开通会员的顾客，非会员按标价购买；两种价格同时有效，不是“原价”折扣。</p>'
    '<p>储值规则：储值余额不设有效期，未消费余额可随时申请全额退还，赠送部分不退。</p></div></main>\n'
    '<footer class="o_footer"><p>' + N["hy"] + ' 客服热线 021-5080 1234</p></footer>'),
    U8), "-",
    "trap: 会员价 beside a concurrently valid 非会员价 is two current prices for two buyer groups, not a 原价/划线价 "
    "comparison (明码标价和禁止价格欺诈规定 第十六条 concerns 被比较价格); 储值 refund terms are lawful. Not a home; "
    "this page's footer carries no ICP text.", bom=True)

# --- shiyong-0yuan.test  (试用/0元购, dedecms-like, GBK)
SY = "http://shiyong-0yuan.test"
SY_FOOT = footer_br([
    "Copyright &copy; 试用派 " + N["sy"],
    '<a href="/about/license.html"><img src="/uploads/yyzz.jpg" alt="营业执照 ' + N["sy"] + " 统一社会信用代码 " + C["sy"]
    + '" width="80"></a>',
    icp_link("苏ICP备20051893号-1") + " 苏公网安备 32050602011287号",
])
page("main", "shiyong", "sy-home", SY + "/index.html", "gbk", shell("试用派 - 免费试用 0元购", (
    '<div class="top">试用派 | 今日试用 | 试用报告 | 商家入驻</div>\n'
    '<div class="list"><h2>本期免费试用</h2><ul><li>儿童防晒乳 50份 <span class="price">0元</span></li>'
    '<li>即食燕麦 200份 <span class="price">0元</span></li></ul>'
    '<p>试用者只需在收货后7日内提交真实的使用体验，好评差评都可以，我们不审核观点，不设任何返现或奖励。</p></div>\n'
    + SY_FOOT), GBK),
    "-", "trap: asks for an honest 试用报告, explicitly 好评差评都可以 and no 返现 — no reward tied to a positive review "
    "(电子商务法 第十七条 not engaged). Licence shown as an image whose alt text carries the code, plus a link to a licence "
    "page; ICP 苏/320506 agree.")

page("main", "shiyong", "sy-trial", SY + "/plus/view.php?aid=3318", "gbk", shell("【0元购】电动牙刷 下单返全款 - 试用派", (
    '<div class="article"><h1>0元购：声波电动牙刷 限100名</h1>'
    '<ol><li>在指定店铺原价拍下（￥129）；</li><li>收货后给<b>五星好评，带3张实拍图+30字</b>，不要提“试用”二字；</li>'
    '<li>追评后截图上传本页，审核通过<b>全额返款129元</b>到支付宝。</li></ol>'
    '<p>注意：中差评或提到返款的，不予返款。</p></div>\n' + SY_FOOT), GBK),
    "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: full refund only for a five-star review that hides the refund — a paid review and a fake "
    "transaction (刷单炒信), 电子商务法 第十七条; 反不正当竞争法 第八条. Case: 江苏省市场监管局 2021 刷单炒信典型案例 "
    "(苏州吴中区某电器公司组织刷单; 扬州江都区 好评返现).")

# --- tuangou-xiaoqu.test  (社区团购, 多多买菜/美团优选-like, UTF-8)
XQ = "http://tuangou-xiaoqu.test"
XQ_FOOT = ('<div class="ft"><div class="ft-row">' + N["xq"] + '</div>'
           '<div class="ft-row"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial='
           + C["xq"] + '-SAIC_SHOW_10000091' + C["xq"][-6:] + '&amp;signData=MEUCIQDx">'
           '<img src="/img/lz.png" alt="电子营业执照亮照">电子营业执照</a></div>'
           '<div class="ft-row">' + icp_link("蜀ICP备2021004417号-1") + ' · 川公网安备 51010702043561号</div></div>')
page("main", "xiaoqu", "xq-home", XQ + "/", "utf-8", shell("小区优选 · 今日下单 明日自提", (
    '<div id="app"><div class="city">成都·武侯</div><div class="banner">今日特价：攀枝花芒果、郫县豆瓣、冷鲜土猪肉</div>\n'
    '<div class="sku"><a href="/item/3321.html">攀枝花凯特芒果 5斤</a> <span class="price">¥22.9</span></div>'
    '<div class="sku"><a href="/item/3322.html">原木抽纸 24包整箱</a> <span class="price">¥29.9</span></div></div>\n'
    + XQ_FOOT), U8),
    "-", "trap: licence shown only as the SAMR electronic-licence badge link whose serial starts with this company's own "
    "code (a 链接标识, 电子商务法 第十五条); ICP uses the real variant abbreviation 蜀 (=川), 公网安备 5101 agrees.")

P_XQ1 = XQ + "/item/3321.html"


def xq1(price, line):
    lp = ('<s class="line-price">¥' + line + '</s>') if line else ""
    return shell("攀枝花凯特芒果 5斤 - 小区优选", (
        '<div id="app"><h1>攀枝花凯特芒果 5斤 单果300g+</h1><div class="price-row"><span class="price">¥' + price
        + '</span>' + lp + '</div>\n<div class="svc">生鲜水果不支持七天无理由退货（鲜活易腐）。坏果包赔：签收48小时内拍照申请。</div></div>\n'
        + XQ_FOOT), U8)


hist("main", "xq-3321-d8", P_XQ1, 8, "utf-8", xq1("19.9", ""))
hist("main", "xq-3321-d5", P_XQ1, 5, "utf-8", xq1("29.9", ""))
hist("main", "xq-3321-d2", P_XQ1, 2, "utf-8", xq1("29.9", ""))
page("main", "xiaoqu", "xq-item-mango", P_XQ1, "utf-8", xq1("22.9", "29.9"),
     "-", "trap: 划线 ¥29.9 equals the lowest price in the captures less than 7 days before (5 and 2 days: ¥29.9); the "
     "cheaper ¥19.9 capture is 8 days old, outside the window of 明码标价和禁止价格欺诈规定 第十六条. 不支持七天无理由 for "
     "fresh fruit is the 鲜活易腐 exemption, 消费者权益保护法 第二十五条第(二)项.")

page("main", "xiaoqu", "xq-item-tissue", XQ + "/item/3322.html", "utf-8", shell("原木抽纸 24包整箱 - 小区优选", (
    '<div id="app"><h1>原木抽纸 3层100抽 24包整箱</h1><div class="price-row"><span class="price">¥29.9</span></div>\n'
    '<div class="svc">团购特价商品，自提点签收后<b>不退不换</b>，不支持7天无理由，介意慎拍。</div></div>\n'
    + XQ_FOOT), U8),
    "RETURN_REFUSED",
    "RETURN_REFUSED: boxed tissue paper is in none of the 消费者权益保护法 第二十五条 exemptions; a 团购特价 label does not "
    "create one (网络购买商品七日无理由退货暂行办法 第六条/第七条). no case found (platform complaints only).")

# --- hk-zhiyou.test  (港澳-style seller into the mainland, traditional script, Big5)
HK = "http://hk-zhiyou.test"
HK_NAME_T = "深圳港至優貿易有限公司"
HK_FOOT = footer_dl([
    ("經營主體", HK_NAME_T + "（內地進口商）"),
    ("統一社會信用代碼", C["hk"]),
    ("ICP備案", icp_link("粵ICP備20087731號-3")),
    ("公安備案", "粵公網安備 44030002005812號"),
])
page("main", "hkzhiyou", "hk-home", HK + "/", "big5", shell("港至優 HK Select｜香港直郵 正品行貨", (
    '<div class="nav">港至優｜護膚｜奶粉｜保健｜關於我們</div>\n'
    '<div class="promise"><h2>我們的承諾</h2><p>本店所有商品均由香港授權經銷商供貨，附報關單及進口證明。'
    '我們<b>拒絕高仿、拒絕A貨、不賣原單尾貨</b>，如有發現假貨，假一賠十。</p></div>\n'
    + HK_FOOT), B5),
    "-", "trap: 拒絕高仿/拒絕A貨/不賣原單 is a refusal, not an offer (商标法 第五十七条 needs a sale). Licence and ICP shown "
    "in a <dl>; 粤/440300/4403 agree; the company name is shown in traditional script (same name as the registry's "
    "simplified form).")

page("main", "hkzhiyou", "hk-item-oil", HK + "/product/hk-oil-28.html", "big5", shell("港版 活絡油 40ml｜港至優", (
    '<div class="product"><h1>港版 老字號 活絡油 40ml</h1><p class="price">¥68</p>\n'
    '<p>香港百年品牌，榮獲<b>「中國馳名商標」</b>認定，港人家中必備。</p>'
    '<p>舒緩肩頸疲勞，外用按摩（此為外用品說明，詳見包裝）。</p></div>\n' + HK_FOOT), B5),
    "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 中國馳名商標 (traditional script) used in product advertising — 商标法 第十四条第五款. "
    "no case found for this product; kind of claim common in 直播/港货 listings.")

# --- taiwan-chaye.test  (台湾茶 seller, Big5)
page("main", "twtea", "tw-item-tea", "http://taiwan-chaye.test/goods/gaoshan-oolong.html", "big5", shell(
    "阿里山高山烏龍 150g｜台灣茶坊", (
    '<table class="goods" width="100%"><tr><td><h1>阿里山高山烏龍茶 150g 罐裝</h1></td></tr>'
    '<tr><td class="price">特價 ¥238</td></tr>'
    '<tr><td><p>每天三杯，<b>降三高、穩血糖</b>，糖尿病人喝了可以慢慢停藥，比吃降壓藥還有效。</p>'
    '<p>茶農直送，冷泡熱泡都好喝。</p></td></tr></table>\n'
    '<p class="foot">廈門台灣茶坊貿易有限公司｜閩ICP備18021766號-1</p>'), B5),
    "FALSE_CLAIM",
    "FALSE_CLAIM: ordinary tea claimed to lower blood pressure/sugar and to let diabetics stop medication — 广告法 "
    "第十七条, 第二十八条; 食品安全法 第七十三条. Case kind: 市场监管总局 五起民生领域私域直播虚假宣传典型案例 (2025) "
    "(普通食品 宣称疾病治疗 to the elderly).")

# --- fenxiao-zhaomu.test  (分销/团长招募 H5, GB18030)
page("main", "fenxiao", "fx-recruit", "http://fenxiao-zhaomu.test/h5/recruit.html", "gb18030", shell(
    "招募合伙人 | 分享家", (
    '<div class="h5"><h1>0门槛做分享家合伙人</h1>'
    '<p>只要转发商品到朋友圈，好友下单你就拿佣金。交398元开通“金牌团长”，<b>保证每月躺赚3000+</b>，'
    '<b>三个月回不了本全额退</b>，稳赚不赔。</p>'
    '<p>长沙𠮷姐：宝妈一个，上个月分佣到账5268元。</p></div>\n'
    '<div class="foot">长沙分享家网络科技有限公司 湘ICP备20017652号-1</div>'), G18),
    "FALSE_CLAIM",
    "FALSE_CLAIM: guaranteed monthly income and 回不了本全额退 for a paid 团长 membership — 广告法 第二十五条 (no "
    "guaranteed returns), 第二十八条. Case: 市场监管总局 第二批直播电商典型案例 (2025), 海南省市场监管局查处海南聚广众达"
    "电子商务咨询有限公司虚假宣传案 (承诺一个月赚不回学费全额退款). 𠮷 (U+20BB7) is outside GBK.")

# --- liangpin-618.test  (618 appliance shop, ShopEx-like, GBK)
LP = "http://liangpin-618.test"
LP_FOOT = footer_br([
    N["lp"] + " 版权所有",
    "统一社会信用代码：" + C["lp"],
    icp_link("鲁ICP备17022845号") + " &nbsp; 鲁公网安备 37010202000817号",
])
page("main", "liangpin", "lp-home", LP + "/", "gbk", shell("良品家电 618年中大促", (
    '<div class="head"><img src="/images/logo.gif" alt="良品家电"> 618 年中大促 满3000减300</div>\n'
    '<div class="honor"><img src="/images/mj.jpg" alt="国家质量免检产品"> 本店热水器荣获'
    '<b>国家质量免检产品</b>称号，品质有保障。</div>\n'
    '<ul class="gl"><li>燃气热水器 16L <span class="price">￥1899</span></li></ul>\n' + LP_FOOT), GBK),
    "FALSE_HONOUR",
    "FALSE_HONOUR: 国家质量免检产品 — the 免检 scheme was abolished in 2008 (国务院 废止《国务院关于进一步加强产品质量"
    "工作若干问题的决定》中免检制度; 产品质量法 修正 2018), so the honour cannot be current — 广告法 第二十八条第二款第(三)项; "
    "反不正当竞争法 第九条. no case found. Licence and ICP shown (鲁/370102 agree).")

page("main", "liangpin", "lp-item-heater", LP + "/product-1618.html", "gbk", shell("燃气热水器 16L 一级能效 - 良品家电", (
    '<div class="goods-detail"><h1>燃气热水器 16L 一级能效 零冷水</h1>'
    '<div class="price">618到手价 <span class="price">￥1899</span></div>'
    '<p>一级能效（GB 20665-2015 能效等级1级），较同品牌三级能效老款每年约省气费120元（按每日洗浴2人计算）。</p>'
    '<p>最佳使用水温建议设定在42℃左右。</p>'
    '<p>本店出库前每台通电检测，不存在所谓“免检”，检测报告随箱附上。</p></div>\n' + LP_FOOT), GBK),
    "-", "trap: 一级能效 is a grade under a national standard; 最佳使用水温 is a usage tip; the saving compares the same "
    "brand's own models (all exempt per SAMR 2023 绝对化用语 guideline); 不存在所谓“免检” denies, not claims, the abolished "
    "honour.")

# --- shipinhao-xiaodian.test  (视频号小店/短视频 商品卡, UTF-8)
SPH = "http://shipinhao-xiaodian.test"
page("main", "shipinhao", "sph-card-mark", SPH + "/product/88101.html", "utf-8", shell("短视频同款｜老陈醋 2.3L", (
    '<div class="card"><div class="video-cover"><img src="/v/88101.jpg" alt="短视频封面"></div>'
    '<div class="card-info"><p class="t">山西老陈醋 2.3L 家庭装</p><p class="price">¥26.8</p>'
    '<p class="tag">驰名商标 · 百年老厂 · 视频同款</p></div></div>\n'
    '<p class="shop">' + N["sph"] + '</p>'), U8),
    "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 驰名商标 as a selling tag on a 短视频商品卡 — 商标法 第十四条第五款. no case found.")

page("main", "shipinhao", "sph-card-shoes", SPH + "/product/88102.html", "utf-8", shell("短视频同款｜跑鞋", (
    '<div class="card"><div class="card-info"><p class="t">AJ1 芝加哥配色 莆田纯原版</p><p class="price">¥328</p>'
    '<p class="desc">得物可过，鞋盒钢印全套，和正品同一条流水线出来的。</p></div></div>\n'
    '<p class="shop">' + N["sph"] + '</p>'), U8),
    "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 莆田纯原版 (counterfeit-shoe slang), 鉴定可过 — 商标法 第五十七条. Case kind: 上海宝山警方 2024 "
    "直播带货售假案 (侵犯知名品牌). ")

page("main", "shipinhao", "sph-home", SPH + "/", "utf-8", shell("视频号优品小店", (
    '<div class="home"><h1>视频号优品小店</h1><p>关注视频号“优品老陈”，每周三晚直播。</p>'
    '<p class="warn">提示：直播间只推荐正品，凡是评论区私信说有“1:1”“原单”的都是骗子，不要加他们。</p>'
    '<p>兑水比例参考：浓缩醋与水 1:1 调和，可做凉拌汁。</p></div>\n'
    '<div class="about">' + footer_dl([("经营者", N["sph"]), ("统一社会信用代码", C["sph"]),
                                       ("备案号", icp_link("鄂ICP备2022005139号-1"))]) + '</div>'), U8),
    "-", "trap: “1:1”“原单” appear only in a warning against scammers, and 1:1 also as a mixing ratio; no offer of copies. "
    "Licence and ICP shown (鄂/420106).")

# --- nongzi-zhibo.test  (农资 直播 shop, PbootCMS-like, GBK)
NZ = "http://nongzi-zhibo.test"
NZ_FOOT = footer_table([
    ("公司", N["nz"]), ("信用代码", C["nz"]),
    ("备案", icp_link("豫ICP备16030274号-1") + " 豫公网安备 41010502003361号"),
    ("许可", "农药经营许可证 农药经许（豫）41010520180037"),
])
page("main", "nongzi", "nz-home", NZ + "/", "gbk", shell("丰收农资 - 直播间同款 农药化肥种子", (
    '<div class="pb-nav">首页 | 杀虫剂 | 除草剂 | 叶面肥 | 直播回放</div>\n'
    '<div class="pb-notice"><h3>告农户书</h3><p>甲胺磷、对硫磷、百草枯水剂等已被国家禁止使用，本店一律不售，'
    '有人在直播间私信卖这些的请直接举报。需要除草的请选草铵膦、草甘膦等登记产品。</p></div>\n'
    + NZ_FOOT), GBK),
    "-", "trap: banned pesticides named only in a refusal and a warning (农业农村部 禁限用农药名录); lawful alternatives "
    "with registrations offered. Licence, 农药经营许可 and ICP shown (豫/410105).")

page("main", "nongzi", "nz-item-paraquat", NZ + "/goods/232.html", "gbk", shell("20%百草枯 水剂 烧根烂叶 - 丰收农资", (
    '<div class="pb-goods"><h1>20%百草枯水剂 1000ml 老包装 库存货</h1><div class="price">￥45/瓶 10瓶起发</div>'
    '<p>老农都知道的灭生性除草，一喷就黄，下雨不怕。厂家停产了，库存不多，物流发货写“叶面肥”。</p></div>\n'
    + NZ_FOOT), GBK),
    "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 百草枯水剂, whose sale and use in China stopped on 2016-07-01 (农业部 第1745号公告; 禁限用农药名录); "
    "offered with disguised shipping — 农药管理条例 第五十五条. no enforcement case found for an online shop; the kind "
    "of goods is from the 禁限用农药名录.")

# --- yunwu-vape.test  (e-cigarette site, Shopify-like, UTF-8)
page("main", "yunwu", "yw-home", "http://yunwu-vape.test/", "utf-8", shell("云雾 CLOUD | 电子烟 一次性小烟 官网直售", (
    '<div class="shopify-section"><h2>新品 一次性电子烟 6000口</h2>'
    '<div class="grid"><div class="card"><p>西瓜冰 烟油 20mg</p><span class="price">¥89</span></div>'
    '<div class="card"><p>换弹主机 套装</p><span class="price">¥159</span></div></div>'
    '<p>官网下单 全国顺丰包邮 支持货到付款</p></div>\n'
    + footer_br([N["yw"], "统一社会信用代码 " + C["yw"], icp_link("粤ICP备21058863号-1")
                 + " 粤公网安备 44030502007913号"])), U8),
    "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: e-cigarettes and flavoured e-liquid sold and shipped from a website — online sale of e-cigarettes "
    "outside the national trading platform is banned by 《电子烟管理办法》(国家烟草专卖局 2022; article number not "
    "verified) under 烟草专卖法实施条例 (2021) 第六十五条. no case found. Licence and ICP shown.")

# --- mingxing-live.test  (直播回放 / MCN site, WordPress-like, UTF-8)
MX = "http://mingxing-live.test"
page("main", "mingxing", "mx-home", MX + "/", "utf-8", shell("名星直播 - 品牌带货 直播回放", (
    '<div class="wp-site-blocks"><header><h1 class="site-title">名星直播</h1></header>\n'
    '<main><p>每周二、四、六晚8点，名星严选直播间。</p></main>\n'
    '<footer class="wp-block-group"><p>' + N["mx"] + ' 统一社会信用代码：' + C["mx"] + '</p>'
    '<p><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=' + C["mx2"]
    + '-SAIC_SHOW_10000091100000412&amp;signData=MEQCIFx">电子营业执照亮照</a></p>'
    '<p>' + icp_link("京ICP备2022014473号-2") + ' 京公网安备 11010502051836号</p></footer></div>'), U8),
    "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: the electronic-licence link's serial begins with another company's code (" + C["mx2"] + ", "
    "北京星光传媒广告有限公司) while the page shows " + C["mx"] + " — 电子商务法 第十五条 (false display); "
    "市场主体登记管理条例 第三十六条. no case found.")

page("main", "mingxing", "mx-replay", MX + "/replay/20251111.html", "utf-8", shell("直播回放文字稿 11.11 专场 - 名星直播", (
    '<article class="post"><h1>11.11 专场回放文字稿（节选）</h1>'
    '<p>主播：来，3号链接，这个羊绒围巾，我跟你们讲，<em>全世界没有比它更软的</em>，'
    '整个直播行业价格最狠的就是我们家，<em>史无前例</em>，今天错过就再也没有了！</p>'
    '<p>助播：家人们先拍先得，三二一上链接！</p></article>'), U8),
    "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 全世界没有比它更软的 (a superlative without the word 最), 价格最狠, 史无前例 — 广告法 第九条第(三)项; "
    "主播 is an 广告代言人/发布者 for the 直播营销 (网络直播营销管理办法(试行) 第十八条). Case kind: 市场监管总局 直播电商典型案例 "
    "(2025) 杭州余杭区 杭州杰福文化传媒 主播口播话术.")

# --- temai-quan.test  (券后价 导购 site, Discuz-like, GBK, no charset meta)
page("main", "temai", "tm-home", "http://temai-quan.test/", "gbk", shell("特卖券 - 领券再买 券后价更低", (
    '<div id="hd"><h2>特卖券</h2><p>淘宝天猫京东隐藏优惠券，领券后下单，券后价立省一半。</p></div>\n'
    '<div id="ct"><ul><li>洗脸巾 3包 券后￥9.9</li><li>保温杯 500ml 券后￥29</li></ul></div>\n'
    '<div id="ft"><p>无锡特卖券网络科技有限公司 &nbsp; 营业执照注册号：' + regno_bad("32020000012345")
    + '</p><p>' + icp_link("苏ICP备1234号") + '</p><p>Powered by Discuz! X3.4</p></div>'), None),
    "ICP_INVALID,LICENSE_INVALID",
    "LICENSE_INVALID: the 15-digit 注册号 fails ISO 7064 MOD 11,10 — 电子商务法 第十五条 (false display). ICP_INVALID: "
    "苏ICP备1234号 is a placeholder-length serial — 互联网信息服务管理办法 第十二条. no case found. Missing meta: no "
    "<meta charset> at all; bytes are GBK.")

# --- xianshi-tejia.test  (限时特价 clothing, HiShop-like, GBK labelled gb2312)
XS = "http://xianshi-tejia.test"
XS_META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
page("main", "xianshi", "xs-home", XS + "/index.html", "gbk", shell("限时特价 女装清仓", (
    '<div class="hs-top">限时特价 · 每日10点上新</div>\n'
    '<div class="hs-goods"><a href="/goods/7781.html">羊毛大衣</a> <span class="price">￥299</span></div>\n'
    '<div class="hs-footer">' + N["xs"] + '<br>统一社会信用代码：' + C["xs"] + '<br>客服：阿堃 0571-8506 3321</div>'),
    XS_META),
    "ICP_MISSING",
    "ICP_MISSING: independent site home with licence but no ICP filing or licence number — 互联网信息服务管理办法 第十二条; "
    "referral to 浙江省通信管理局. no case found. Wrong meta: labelled gb2312 but the text holds 堃, which is GBK-only; "
    "real encoding gbk.")

page("main", "xianshi", "xs-item-coat", XS + "/goods/7781.html", "gbk", shell("双面羊毛大衣 限时特价", (
    '<div class="hs-detail"><h1>双面羊毛大衣 90%绵羊毛 限时特价</h1><div class="price">特价 <span class="price">￥299</span></div>'
    '<div class="hs-tips"><b>特价清仓商品，一经售出概不退换</b>，拍前请看好尺码，'
    '“七天无理由”不适用于本活动。售后客服：小喆、阿堃。</div></div>\n'
    '<div class="hs-footer">' + N["xs"] + '</div>'), XS_META),
    "RETURN_REFUSED",
    "RETURN_REFUSED: a wool coat is not custom-made, perishable, digital or a periodical; 特价/清仓 is no exemption — "
    "消费者权益保护法 第二十五条; 网络购买商品七日无理由退货暂行办法 第七条. Case kind: 直播间 福利款 不退不换 complaints "
    "(no case found). Wrong meta: labelled gb2312 but the text holds 喆 and 堃, which are GBK-only; real encoding gbk.")

# --- laozihao-yuebing.test  (月饼 老字号, 帝国CMS-like, GB18030)
LZ = "http://laozihao-yuebing.test"
LZ_FOOT = footer_br([N["lz"] + " 统一社会信用代码 " + C["lz"],
                     icp_link("闽ICP备15006218号-1") + " 闽公网安备 35010202000461号"])
page("main", "laozihao", "lz-home", LZ + "/", "gb18030", shell("闽味老字号 - 福州传统糕饼", (
    '<div class="ecms-nav">首页 | 中秋月饼 | 光饼 | 品牌故事</div>\n'
    '<div class="story"><p>本店系商务部认定的“中华老字号”（第二批名录），福州传统糕饼制作技艺列入国家级非物质文化遗产代表性项目名录扩展项目。</p>'
    '<p>中秋礼盒印赵孟𫖯《秋兴赋》书法。月饼最佳赏味期为出炉后7天内。</p></div>\n' + LZ_FOOT), G18),
    "-", "trap: 中华老字号 and 国家级非物质文化遗产 are titles awarded by the state (商务部, 国务院 名录) — an exemption in the "
    "SAMR 2023 绝对化用语 guideline; 最佳赏味期 is a tip. 𫖯 (U+2B5AF) is outside GBK. Licence and ICP shown (闽/350102).")

page("main", "laozihao", "lz-item-gift", LZ + "/yuebing/2025zq.html", "gb18030", shell("2025中秋礼盒 - 闽味老字号", (
    '<div class="goods"><h1>2025中秋 𫖯体书法 月饼礼盒 8枚</h1><p class="price">￥168</p>'
    '<p>荣获<b>2022年度中国名牌产品</b>、省著名商标，送礼有面子。</p></div>\n' + LZ_FOOT), G18),
    "FALSE_HONOUR",
    "FALSE_HONOUR: 2022年度中国名牌产品 — the 中国名牌产品 evaluation was stopped by 国家质检总局 in 2008 (notice number not "
    "verified), so a 2022 award cannot exist; 省著名商标 schemes were repealed by the provinces (2016-2019) — 广告法 "
    "第二十八条; 反不正当竞争法 第九条. no case found.")

# ================================================================ MAIN: extra traps
page("main", "qiangou", "qg-help-jiabao", QG + "/article.php?id=1", "gbk", shell("价保与售后 - 抢购网", (
    '<div class="article"><h1>秒杀价保说明</h1>'
    '<p>下单后7天内，同一商品在本站降价的，可凭<b>原单号</b>（原订单编号）申请退差价，每单限一次。</p>'
    '<p>秒杀商品同样享受七天无理由退货，退回运费由我们承担。</p></div>\n' + QG_FOOT), GBK),
    "-", "trap: 原单号 means the original order number, not 原单 surplus goods; the page grants 价保 and keeps 七天无理由 "
    "(消费者权益保护法 第二十五条 honoured).")

page("main", "shipinhao", "sph-card-retro", SPH + "/product/88103.html", "utf-8", shell("短视频同款｜国货帆布鞋 1985复刻款", (
    '<div class="card"><div class="card-info"><p class="t">本厂1985年经典款 官方复刻 帆布鞋</p><p class="price">¥119</p>'
    '<p class="desc">按我们厂1985年的老鞋楦与配色重新生产，鞋舌印本厂注册商标，非仿冒他牌。</p></div></div>\n'
    '<p class="shop">' + N["sph"] + '</p>'), U8),
    "-", "trap: 复刻 of the maker's own 1985 design under its own registered mark — a reissue, not a copy of another's "
    "mark (商标法 第五十七条 not engaged).")

page("main", "mingxing", "mx-news-review", MX + "/news/2025-review-rules.html", "utf-8", shell("关于评价的说明 - 名星直播", (
    '<article class="post"><h1>我们为什么不做“好评返现”</h1>'
    '<p>江苏省市场监管局通报过一起案例：一家饮品店在外卖里夹带“好评返现”卡片，五星好评截图换红包，'
    '被依据《反不正当竞争法》罚款12000元。</p><p>名星直播间的商品不附返现卡，评价写什么由你决定。</p></article>'), U8),
    "-", "trap: quotes a 好评返现 enforcement case as news and states the opposite policy; no reward is offered "
    "(电子商务法 第十七条 not engaged).")

page("main", "xiaoqu", "xq-item-cake", XQ + "/item/3390.html", "utf-8", shell("定制照片蛋糕 6寸 - 小区优选", (
    '<div id="app"><h1>定制照片蛋糕 6寸（上传照片+祝福语）</h1><div class="price-row"><span class="price">¥88</span></div>\n'
    '<div class="svc">按您上传的照片和文字现做，属定作且鲜活易腐商品，不适用七天无理由退货；如有破损、与下单图片不符，'
    '可全额退款。</div></div>\n' + XQ_FOOT), U8),
    "-", "trap: a made-to-order, perishable cake — 消费者权益保护法 第二十五条第(一)(二)项 exemptions both apply; quality "
    "remedies kept.")

page("main", "mall/lg", "lg-item-nuts", MALL + "/item/lg-4402.html", "utf-8", mall_item(
    "每日坚果 30包 礼盒装",
    '<div class="price-box">售价 <span class="price">¥79</span></div>\n'
    '<div class="detail"><p>最佳赏味期：开袋后24小时内。保质期240天。</p>'
    '<p>无需特别储存，置于阴凉干燥处；本品为普通食品，不能代替药物，不具有疾病治疗功能。</p></div>'),
    "-", "trap: 最佳赏味期 is a consumption tip (exempt under the SAMR 2023 绝对化用语 guideline); the food disclaimer "
    "negates any medical claim. No compared price.")

P_MZ3 = MALL + "/item/mz-1003.html"


def mz3(line):
    lp = '<del class="price-line">日常价 ¥59</del> ' if line else ""
    pr = "45" if line else "59"
    return mall_item("氨基酸洁面乳 120g" + (" 直播福利" if line else ""),
                     '<div class="price-box">' + lp + '到手价 <span class="price">¥' + pr + '</span></div>\n'
                     + ('<p class="card">用完如果觉得好，欢迎写写真实感受；不好也请直说。我们不搞好评返现，评价与售后无关。</p>'
                        if line else ""))


for d in (9, 5, 2, 0.5):
    hist("main", "mz-1003-d%g" % d, P_MZ3, d, "utf-8", mz3(False))
page("main", "mall/mz", "mz-item-cleanser", P_MZ3, "utf-8", mz3(True),
     "-", "trap: 日常价 ¥59 equals the price in every capture of the 9 days before (5, 2 and 0.5 days too) — a real "
     "price history, 明码标价和禁止价格欺诈规定 第十六条 met; the review invitation offers no reward and welcomes bad "
     "reviews.")

ZZ = "http://huishou-zhuanzhuan.test"
page("main", "huishou", "zz-home", ZZ + "/", "gbk", shell("转转优收 - 手机数码 奢品回收", (
    '<div class="hd">转转优收 · 上门回收 · 当场打款</div>\n'
    '<div class="bd"><h3>回收须知</h3><p>奢侈品回收需提供原购买凭证或专柜小票；经鉴定为仿品、高仿、“A货”的，一律不回收并当面退还，'
    '不收取任何鉴定费。</p><p>手机回收前请自行备份并退出账号，我们按国家标准进行数据擦除。</p></div>\n'
    + footer_dl([("公司", "广州优收再生资源有限公司"), ("统一社会信用代码", C["zz"]),
                 ("ICP", icp_link("粤ICP备20046681号-1")), ("公安备案", "粤公网安备 44010602008826号")])), GBK),
    "-", "trap: 仿品/高仿/A货 named only as goods the recycler refuses — no offer (商标法 第五十七条 not engaged). "
    "Licence and ICP shown (粤/440106).")

page("main", "twtea", "tw-home", "http://taiwan-chaye.test/", "big5", shell("台灣茶坊｜阿里山 凍頂 高山茶", (
    '<div class="nav">台灣茶坊｜高山茶｜凍頂烏龍｜東方美人</div>\n'
    '<div class="about"><p>本店凍頂烏龍曾獲「2023年鹿谷鄉農會春季優良茶比賽」頭等獎（證書可於店內查閱）。</p>'
    '<p>茶葉為一般食品，不具醫療效能，請勿以茶代藥。</p></div>\n'
    '<div class="ft">廈門台灣茶坊貿易有限公司　統一社會信用代碼 ' + C["tw"] + '<br>'
    + icp_link("閩ICP備18021766號-1") + '　閩公網安備 35020602001147號</div>'), B5),
    "-", "trap: a dated, place-limited competition award that can be proven (SAMR 2023 绝对化用语 guideline: facts limited "
    "in time and place) and a no-medical-effect disclaimer. Licence and ICP shown (闽/350206), company name in "
    "traditional script.")

# ================================================================ HOLDOUT: platform shops
# --- H1 莉莉直播间 (福袋 shop)
page("hold", "mall/lily", "lily-home", MALL + "/shop/lily-live/", "utf-8", mall_shop(
    "莉莉的直播间", "shown",
    '<div class="shop-license"><a href="/shop/lily-live/license.html">营业执照公示</a>：' + N["lily"]
    + '（' + C["lily"] + '）</div>\n',
    '<div class="live-tip">直播预告：周五晚7点 福袋专场。<br>提醒：直播间不会私信让你加微信转账，'
    '凡是自称“莉莉小号”卖原单、高仿的，都是冒充的。</div>'),
    "-", "trap: 主播 warns that impostors sell 原单/高仿 — a warning, not an offer. Licence link plus code and 亮标 shown.")

page("hold", "mall/lily", "lily-item-scarf", MALL + "/item/lily-7701.html", "utf-8", mall_item(
    "【莉莉推荐】真丝围巾 桑蚕丝",
    '<div class="price-box">直播价 <span class="price">¥129</span></div>\n'
    '<div class="replay"><p>回放文字：这条围巾是我用过<b>最顶的</b>真丝，市面上<b>没有第二家</b>能做到这个克重，'
    '全网独一份，我敢说是<b>天花板级别</b>。</p></div>'),
    "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 最顶的, 没有第二家, 全网独一份 as unproven superlatives — 广告法 第九条第(三)项. Case kind: 市场监管总局 "
    "直播电商典型案例 (2025) 主播口播话术 (杭州余杭区 杰福文化传媒).")

page("hold", "mall/lily", "lily-item-fudai", MALL + "/item/lily-7702.html", "utf-8", mall_item(
    "福袋 美妆随机盲盒 5件装",
    '<div class="price-box">福袋价 <span class="price">¥99</span></div>\n'
    '<div class="terms"><h3>福袋规则</h3><ol><li>每个福袋含5件正装美妆，内容物清单与各款出现概率见下表，单个福袋商品总标价不低于¥199；</li>'
    '<li>不含临期品、试用装；</li><li>福袋未拆封的享受七天无理由退货，拆封后按商品质量问题处理；</li>'
    '<li>抽中款式不满意不可指定更换。</li></ol></div>'),
    "-", "trap: 福袋 terms stated lawfully — contents and odds disclosed (盲盒经营行为规范指引(试行) 2023), 七天无理由 kept for "
    "unopened bags; 标价不低于¥199 is a content value statement, not a 划线价 for this item.")

# --- H2 拼拼果园 (no 亮标)
page("hold", "mall/pp", "pp-home", MALL + "/shop/pinpin-guoyuan/", "utf-8", mall_shop(
    "拼拼果园 产地直发", "none", lic("pp"),
    '<div class="pin">两人拼团价 <span class="price">¥19.9</span> 嘉兴秀洲 葡萄 番茄 产地直发</div>'),
    "MARK_MISSING",
    "MARK_MISSING: no element with the mall-mark token on the shop home — seed rule 平台为网店亮标. Licence shown "
    "(cooperative, 93-prefix code). no case found.")

page("hold", "mall/pp", "pp-item-refund", MALL + "/item/pp-8801.html", "utf-8", mall_item(
    "阳光玫瑰葡萄 2斤 拼团",
    '<div class="price-box">拼团价 <span class="price">¥19.9</span></div>\n'
    '<div class="rule"><h3>售后规则</h3><p>鲜果不支持七天无理由退货。签收后发现坏果，可在订单页申请“仅退款”，'
    '按平台《仅退款规则》核实后退还对应金额；拼团未成功的，系统自动全额退款。</p></div>'),
    "-", "trap: 仅退款 and 拼团失败自动退款 are lawful after-sale terms; the 七天无理由 exclusion covers fresh fruit "
    "(消费者权益保护法 第二十五条第(二)项).")

# --- H3 阿慧微商 (licence revoked in registry)
page("hold", "mall/ah", "ah-home", MALL + "/shop/ahui-ws/", "utf-8", mall_shop(
    "阿慧的朋友圈好物", "shown", lic("ah", "营业执照"),
    '<p>宝妈自用好物分享，团购价只在本店。</p>'),
    "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: the displayed code is in registry.tsv with status 吊销 — 电子商务法 第十五条 (the licence shown "
    "no longer authorises business); 市场主体登记管理条例 第三十六条. no case found.")

page("hold", "mall/ah", "ah-item-invite", MALL + "/item/ah-9901.html", "utf-8", mall_item(
    "婴儿纱布浴巾 6层 2条装",
    '<div class="price-box">售价 <span class="price">¥59</span></div>\n'
    '<div class="card"><p>亲爱的宝妈：用得满意的话，希望您能在评价里说说真实感受，好评差评我们都认真看；'
    '不满意请先联系我，能帮的一定帮。评价与否都不影响售后，也没有返现。</p></div>'),
    "-", "trap: a 好评 invitation without any reward and with bad reviews welcome — no inducement (电子商务法 第十七条 not "
    "engaged).")

# --- H4 团长帮 (团长招募)
page("hold", "mall/tz", "tz-home", MALL + "/shop/tuanzhangbang/", "utf-8", mall_shop(
    "团长帮社区团购供货", "shown",
    '<div class="shop-license"><img src="/img/tz-yyzz.jpg" alt="营业执照"> ' + N["tz"] + '<br>' + C["tz"] + '</div>\n',
    '<p>为社区团长提供日用百货一件代发。本店不承诺任何收益，团长佣金按实际成交计算。</p>'),
    "-", "trap: 不承诺任何收益 is a disclaimer, the opposite of a guaranteed return (广告法 第二十五条). Licence image and "
    "code, mark shown.")

page("hold", "mall/tz", "tz-item-recruit", MALL + "/item/tz-1101.html", "utf-8", mall_item(
    "团长招募礼包 399元 开通团长资格",
    '<div class="price-box">礼包价 <span class="price">¥399</span></div>\n'
    '<p>开通即送399元货品；拉满10个团员就<b>保你月入过万</b>，做不到<b>平台兜底补足差额</b>，零风险、稳赚，'
    '宝妈在家带娃就能干。</p>'),
    "FALSE_CLAIM",
    "FALSE_CLAIM: guaranteed income (月入过万, 兜底补足) for a paid membership — 广告法 第二十五条, 第二十八条. Case: "
    "市场监管总局 第二批直播电商典型案例 (2025), 海南聚广众达电子商务咨询有限公司 (承诺赚不回学费全额退款).")

# ================================================================ HOLDOUT: independent sites
# --- linli-tuan.test  (公众号 社区团购 H5, GBK)
LL = "http://linli-tuan.test"
page("hold", "linli", "ll-home", LL + "/", "gbk", shell("邻里团 - 南京社区团购", (
    '<div class="weui-panel"><div class="weui-panel__hd">邻里团 · 南京鼓楼</div>'
    '<div class="weui-media-box"><p>今日团品：盐水鸭、雨花茶、洗衣凝珠。晚9点截单，次日自提。</p>'
    '<p>团长热线 025-8331 0021</p></div></div>\n'
    '<div class="weui-footer"><p class="weui-footer__text">' + icp_link("苏ICP备2022031178号-1") + '</p></div>'), GBK),
    "LICENSE_MISSING",
    "LICENSE_MISSING: site home shows ICP but no licence information, image, link or 第十条 statement — 电子商务法 "
    "第十五条, 第七十六条. Case: 广州市白云区市场监管局 广州芝源供应链有限公司 不依法公示证照信息 (总局 第二批直播电商典型案例, 2025).")

page("hold", "linli", "ll-item-pods", LL + "/goods/512.html", "gbk", shell("洗衣凝珠 52颗 - 邻里团", (
    '<div class="weui-article"><h1>洗衣凝珠 52颗×2盒</h1><p>团购价 <span class="price">￥35.8</span></p>'
    '<p><b>团购商品自提后不接受七天无理由退货</b>，质量问题请联系团长。</p></div>'), GBK),
    "RETURN_REFUSED",
    "RETURN_REFUSED: detergent pods are in no 第二十五条 exemption; 团购/自提 is no reason — 消费者权益保护法 第二十五条. "
    "no case found.")

# --- jd-shuang11.test  (双11 京东-like, UTF-8 with BOM)
JD = "http://jd-shuang11.test"
page("hold", "jd11", "jd-home", JD + "/", "utf-8", shell("双11数码狂欢 - 京选数码", (
    '<div id="shortcut">京选数码 | 我的订单 | 企业采购</div>\n'
    '<div id="J_floor">11.11 数码狂欢 满1000减100</div>\n'
    '<div class="w"><div class="mod_copyright"><p>南京京选数码科技有限公司 营业执照注册号：' + regno_bad("32010400098765")
    + '</p><p>' + icp_link("苏ICP备19066321号-1") + ' | 苏公网安备 32010602010518号</p></div></div>'), U8),
    "LICENSE_INVALID",
    "LICENSE_INVALID: the 15-digit 注册号 fails its MOD 11,10 check digit — 电子商务法 第十五条 (false display). ICP "
    "shown (苏/3201). no case found.", bom=True)

P_JD1 = JD + "/item/100042.html"


def jd1(price, line):
    lp = ('<span class="p-price-origin">日常价 <del>¥' + line + '</del></span>') if line else ""
    return shell("平板电脑 11英寸 8+256G - 京选数码", (
        '<div class="itemInfo-wrap"><div class="sku-name">平板电脑 11英寸 8+256G WiFi版</div>'
        '<div class="summary-price"><span class="p-price"><span class="price">¥' + price + '</span></span> ' + lp
        + '</div></div>'), U8)


hist("hold", "jd-100042-d4", P_JD1, 4, "utf-8", jd1("1899", ""))
hist("hold", "jd-100042-d1.5", P_JD1, 1.5, "utf-8", jd1("2599", ""))
page("hold", "jd11", "jd-item-pad", P_JD1, "utf-8", jd1("1999", "2599"),
     "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 日常价 ¥2599 while the capture 4 days before sold it at ¥1899 (raised 1.5 days before: "
     "先涨后降) — 明码标价和禁止价格欺诈规定 第十六条, 第十七条. Case: 市场监管总局 第四批直播电商典型案例 (2025), 太原 "
     "山西老葛商贸 价格欺诈 (第十七条第二款).", bom=True)

P_JD2 = JD + "/item/100043.html"


def jd2(price, line):
    lp = ('<span class="p-price-origin">原价 <del>¥' + line + '</del></span>') if line else ""
    return shell("蓝牙耳机 降噪 - 京选数码", (
        '<div class="itemInfo-wrap"><div class="sku-name">主动降噪蓝牙耳机</div>'
        '<div class="summary-price"><span class="p-price"><span class="price">¥' + price + '</span></span> ' + lp
        + '</div><p class="tip">原价为本店该商品前7日内最低成交价。</p></div>'), U8)


hist("hold", "jd-100043-d6", P_JD2, 6, "utf-8", jd2("499", ""))
hist("hold", "jd-100043-d3", P_JD2, 3, "utf-8", jd2("599", ""))
page("hold", "jd11", "jd-item-earbuds", P_JD2, "utf-8", jd2("399", "499"),
     "-", "trap: 原价 ¥499 equals the lowest price in the captures of the 7 days before (6 days: ¥499; 3 days: ¥599) — "
     "not above it, as 明码标价和禁止价格欺诈规定 第十六条 requires.", bom=True)

# --- weixin-xiaoshangdian.test  (微信小商店 H5, GBK)
WX = "http://weixin-xiaoshangdian.test"
page("hold", "wxxsd", "wx-home", WX + "/", "gbk", shell("优选小铺 - 微信小商店", (
    '<div class="page"><div class="store-hd"><h1>优选小铺</h1></div>'
    '<div class="store-bd"><p>青岛海鲜干货、崂山绿茶。</p></div>'
    '<div class="store-ft"><p>经营者：' + N["wx"] + '</p><p>统一社会信用代码：' + C["wx"] + '</p></div></div>'), GBK),
    "ICP_MISSING",
    "ICP_MISSING: independent site home with licence but no ICP filing — 互联网信息服务管理办法 第十二条. no case found.")

page("hold", "wxxsd", "wx-item-tea", WX + "/goods/2026.html", "gbk", shell("崂山绿茶 250g - 优选小铺", (
    '<div class="page"><h1>崂山绿茶 一级 250g</h1><p class="price">￥88</p>'
    '<div class="mini-card">【晒单有礼】收货后发朋友圈或在评价区晒图，配文不少于20字，'
    '截图给小助手，<b>下单金额返10%到零钱</b>；追评再<b>返5元</b>。</div></div>'), GBK),
    "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: cash back for 晒图 reviews and 追评 — 电子商务法 第十七条; 反不正当竞争法 第八条. Case: 江苏省市场监管局 "
    "2021 刷单炒信典型案例 (好评返现). 一级 is a tea grade, not a claim.")

# --- daren-daihuo.test  (达人带货 selection site, 港台-style traditional script, Big5)
DR = "http://daren-daihuo.test"
DR_NAME_T = "廣州達人帶貨貿易有限公司"
page("hold", "daren", "dr-home", DR + "/", "big5", shell("達人帶貨 選品庫", (
    '<div class="hd">達人帶貨｜選品庫｜主播合作</div>\n'
    '<div class="bd"><p>為直播達人提供一件代發選品，樣品免費寄。</p></div>\n'
    '<div class="ft">' + DR_NAME_T + '　統一社會信用代碼：' + C["dr"] + '<br>' + icp_link("華ICP備20230611號-1")
    + '</div>'), B5),
    "ICP_INVALID",
    "ICP_INVALID: 華(华)ICP備 — 华 is not a province abbreviation, so the number cannot be a filing — 互联网信息服务管理办法 "
    "第十二条. Licence shown (name in traditional script). no case found.")

page("hold", "daren", "dr-item-bag", DR + "/xuanpin/3307.html", "big5", shell("選品 3307｜托特包", (
    '<div class="item"><h1>經典老花托特包 專櫃品質</h1><p class="price">供貨價 ¥260</p>'
    '<p>高倣　進口皮料，五金刻字齊全，一比一還原；品牌方為<b>中國馳名商標</b>，直播時可以放心講。</p></div>'), B5),
    "COUNTERFEIT_TERM,WELLKNOWN_MARK_AD",
    "COUNTERFEIT_TERM: 高倣 (variant of 高仿, full-width space), 一比一還原 — 商标法 第五十七条 (case kind: 长春二道区法院 2025 "
    "直播销售假冒注册商标服装). WELLKNOWN_MARK_AD: 中國馳名商標 used to advertise — 商标法 第十四条第五款.")

# --- kangning-yaofang.test  (online pharmacy, GBK)
YD = "http://kangning-yaofang.test"
YD_FOOT = footer_br([N["yd"] + " 统一社会信用代码：" + C["yd"],
                     "药品网络销售备案：冀药网备202300017",
                     icp_link("冀ICP备17009823号-1") + " 冀公网安备 13010202000733号"])
page("hold", "yaofang", "yd-item-diazepam", YD + "/drug/1203.html", "gbk", shell("地西泮片 2.5mg - 康宁大药房", (
    '<div class="drug"><h1>地西泮片 2.5mg×20片</h1><p class="price">￥18.5</p>'
    '<p>助眠安神，睡不着来一片。无需处方，线上问诊秒开，隐私包装发货。</p></div>\n' + YD_FOOT), GBK),
    "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 地西泮 is a 第二类精神药品; 精神药品 may not be sold online — 药品管理法 第六十一条第二款; "
    "药品网络销售禁止清单（第一版）(国家药监局 2022). no case found.")

page("hold", "yaofang", "yd-item-ibuprofen", YD + "/drug/1204.html", "gbk", shell("布洛芬缓释胶囊 - 康宁大药房", (
    '<div class="drug"><h1>布洛芬缓释胶囊 0.3g×20粒（OTC）</h1><p class="price">￥16.8</p>'
    '<p>【功能主治】用于缓解轻至中度疼痛如头痛、关节痛、偏头痛、牙痛、肌肉痛、神经痛、痛经；也用于普通感冒或流行性感冒引起的发热。</p>'
    '<p>请仔细阅读说明书并按说明使用或在药师指导下购买和使用。</p></div>\n' + YD_FOOT), GBK),
    "-", "trap: 功能主治 on a registered OTC drug is the approved label text of a drug, not a medical claim for a non-drug "
    "(广告法 第十七条 targets non-drug goods); OTC drugs may be sold online (药品管理法 第六十一条).")

# --- miaosha-618.test  (618 秒杀, GB18030)
MS = "http://miaosha-618.test"
MS_FOOT = footer_table([("主体", N["ms"]), ("代码", C["ms"]),
                        ("备案", icp_link("皖ICP备20041187号-1") + " 皖公网安备 34010402703315号")])
page("hold", "ms618", "ms-home", MS + "/", "gb18030", shell("秒杀618 年中囤货节", (
    '<div class="hd">秒杀618 · 年中囤货节</div>\n'
    '<div class="honor"><p>合作工厂产品均为<b>国家免检</b>产品，荣誉墙见下。</p><p>安徽䶮鑫厨具厂直供。</p></div>\n'
    + MS_FOOT), G18),
    "FALSE_HONOUR",
    "FALSE_HONOUR: 国家免检 — the 免检 system was abolished in 2008, so the honour cannot be true — 广告法 第二十八条; "
    "反不正当竞争法 第九条. no case found. 䶮 (U+4DAE) is outside GBK. Licence and ICP (皖/340104) shown.")

P_MS = MS + "/item/618-3003.html"


def ms(price, line):
    lp = ('<s class="price-del">划线价 ￥' + line + '</s>') if line else ""
    return shell("不粘锅 32cm - 秒杀618", (
        '<div class="item"><h1>䶮鑫 麦饭石不粘炒锅 32cm</h1><div><span class="price">￥' + price + '</span> ' + lp
        + '</div>' + ('<p>史上最低！618当天全网最便宜，过了今天再也没有这个价。</p>' if line else '')
        + '</div>\n' + MS_FOOT), None)


hist("hold", "ms-3003-d6.5", P_MS, 6.5, "gb18030", ms("89", ""))
hist("hold", "ms-3003-d2", P_MS, 2, "gb18030", ms("99", ""))
page("hold", "ms618", "ms-item-wok", P_MS, "gb18030", ms("79", "128"),
     "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 划线价 ￥128 while captures 6.5 and 2 days before sold at ￥89 and ￥99 — 明码标价和禁止价格欺诈"
     "规定 第十六条, 第十九条. ABSOLUTE_TERM: 史上最低, 全网最便宜 — 广告法 第九条第(三)项. Case: 市场监管总局 第四批直播电商"
     "典型案例 (2025) 太原 山西老葛商贸. Missing meta: no <meta charset>; bytes are GB18030 (䶮 outside GBK).")

# --- kangle-jiankang.test  (私域直播 health goods for the elderly, UTF-8)
JK = "http://kangle-jiankang.test"
page("hold", "kangle", "jk-item-mattress", JK + "/live/goods/66.html", "utf-8", shell("远红外磁疗床垫 - 康乐家直播", (
    '<div class="live-goods"><h1>远红外能量磁疗床垫 1.8m</h1><p class="price">直播专享 ¥3980</p>'
    '<ul><li>睡一觉就能<b>把血压降下来</b>，高血压、糖尿病、老寒腿都适用</li>'
    '<li>疏通经络、排出体内毒素，坚持三个月<b>告别降压药</b></li></ul>'
    '<p>叔叔阿姨们，名额有限，今天下单送足浴盆！</p></div>'), U8),
    "FALSE_CLAIM",
    "FALSE_CLAIM: an ordinary mattress claimed to lower blood pressure and replace medication — 广告法 第十七条, 第二十八条. "
    "Case: 市场监管总局 五起民生领域私域直播虚假宣传典型案例 (2025) (免费讲座/直播领福利 引流老年人, 虚假宣传).")

page("hold", "kangle", "jk-replay-warning", JK + "/live/replay/1205.html", "utf-8", shell("直播回放 12月5日 - 康乐家直播", (
    '<article><h1>12月5日直播回放（文字整理）</h1>'
    '<p>主播：叔叔阿姨们注意，咱们这个艾草足浴包就是日常泡脚用的，是普通商品，<b>不能治病</b>，'
    '也不能代替药物，有高血压、糖尿病的一定按医生说的吃药。</p>'
    '<p>也有人问是不是“最好的”，广告法不让这么说，我只能说我自己家里在用。</p></article>'), U8),
    "-", "trap: 不能治病/不能代替药物 is a disclaimer, and “最好的” is quoted only to refuse the claim under 广告法 第九条; "
    "no medical claim, no superlative claim. Not a home.")


# ================================================================ HOLDOUT: extra traps
page("hold", "linli", "ll-recruit", LL + "/tuanzhang.html", "gbk", shell("招募团长 - 邻里团", (
    '<div class="weui-article"><h1>招募小区团长</h1>'
    '<p>团长佣金为团员实际确认收货金额的8%，多劳多得，<b>不保证收入</b>，也不收取任何加盟费。</p>'
    '<p>请如实向团员介绍商品，不得组织刷单，不得用“好评返红包”拉评价。</p></div>'), GBK),
    "-", "trap: commission tied to real sales, 不保证收入, no fee — no guaranteed return (广告法 第二十五条); 好评返红包 "
    "named only as forbidden.")

page("hold", "kangle", "jk-home", JK + "/", "utf-8", shell("康乐家 - 中老年生活用品", (
    '<div class="hd"><h1>康乐家</h1><p>中老年日用、足浴、护膝护腰。</p></div>\n'
    '<div style="display:none">降血压 治疗糖尿病 根治 最佳 国家级 特效</div>\n'
    '<script>var seo="全国第一 最好 驰名商标";</script>\n'
    '<div class="ft"><p>' + N["jk"] + ' 统一社会信用代码 ' + C["jk"] + '</p><p>' + icp_link("渝ICP备2023002419号-1")
    + ' 渝公网安备 50010302004126号</p></div>'), U8),
    "-", "trap: the disease and superlative words sit only in a display:none block and a <script> — not displayed, so "
    "they trigger nothing (scorer contract). Displayed text is plain; licence and ICP (渝/500103) shown.")

page("hold", "yaofang", "yd-home", YD + "/", "gbk", shell("康宁大药房 网上药店", (
    '<div class="hd">康宁大药房 · 网上药店</div>\n'
    '<div class="bd"><p>处方药须凭医师处方，经执业药师审核后销售。</p>'
    '<p>依《药品网络销售禁止清单》，本店不在网上销售疫苗、血液制品、麻醉药品、精神药品、医疗用毒性药品等。</p></div>\n'
    + YD_FOOT), GBK),
    "-", "trap: 精神药品/麻醉药品 named only as goods the pharmacy refuses to sell online (药品管理法 第六十一条; "
    "药品网络销售禁止清单); licence, 药品网络销售备案 and ICP shown (冀/130102).")

page("hold", "ms618", "ms-price-rule", MS + "/help/price.html", "gb18030", shell("价格说明 - 秒杀618", (
    '<div class="help"><h1>划线价、日常价说明</h1>'
    '<p>商品详情页的划线价为该商品在本站前七日内的最低成交价；前七日内没有成交的，为最后一次成交价。'
    '这一口径与《明码标价和禁止价格欺诈规定》第十六条一致。</p><p>䶮鑫厨具的活动价以结算页为准。</p></div>\n'
    + MS_FOOT), G18),
    "-", "trap: explains 划线价/日常价 by quoting 明码标价和禁止价格欺诈规定 第十六条; no item, no compared price shown.")

# ================================================================ writer
def write_all(root):
    for sub in ("pages", "history", "holdout"):
        p = os.path.join(root, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    sides = {"main": root, "hold": os.path.join(root, "holdout")}
    for side, base in sides.items():
        os.makedirs(os.path.join(base, "pages"), exist_ok=True)
        os.makedirs(os.path.join(base, "history"), exist_ok=True)
        labels = ["# file\turl\tcodes"]
        notes = ["# file\tencoding\tbom\tnote"]
        n = 0
        for pg in PAGES:
            if pg["side"] != side:
                continue
            n += 1
            fn = "%03d-%s.html" % (n, pg["name"])
            with open(os.path.join(base, "pages", fn), "wb") as f:
                f.write(encode(pg["html"], pg["enc"], pg["bom"]))
            codes = pg["codes"]
            if codes != "-":
                lst = codes.split(",")
                assert lst == sorted(lst) and len(set(lst)) == len(lst), (fn, codes)
            labels.append("pages/%s\t%s\t%s" % (fn, pg["url"], codes))
            notes.append("pages/%s\t%s\t%s\t%s" % (fn, pg["enc"], "yes" if pg["bom"] else "no",
                                                 pg["note"].replace("\t", " ").replace("\n", " ")))
        hrows = ["# file\turl\tdays_before"]
        for h in HIST:
            if h["side"] != side:
                continue
            fn = h["name"] + ".html"
            with open(os.path.join(base, "history", fn), "wb") as f:
                f.write(encode(h["html"], h["enc"]))
            d = h["days"]
            hrows.append("history/%s\t%s\t%s" % (fn, h["url"], ("%g" % d)))
        for name, rows in (("labels.tsv", labels), ("notes.tsv", notes), ("history.tsv", hrows)):
            with open(os.path.join(base, name), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(rows) + "\n")
    reg = ["# code\tname\tstatus"]
    for k, v in CO.items():
        if v[4] is not None:
            reg.append("%s\t%s\t%s" % (C[k], v[0], v[4]))
    with open(os.path.join(root, "registry.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(reg) + "\n")


OUTPUTS = ["pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            bad = []
            for o in OUTPUTS:
                a, b = os.path.join(here, o), os.path.join(tmp, o)
                if os.path.isfile(b):
                    if not os.path.isfile(a) or open(a, "rb").read() != open(b, "rb").read():
                        bad.append(o)
                    continue
                for dp, _, fs in os.walk(b):
                    for fn in fs:
                        rel = os.path.relpath(os.path.join(dp, fn), tmp)
                        pa = os.path.join(here, rel)
                        if not os.path.isfile(pa) or open(pa, "rb").read() != open(os.path.join(dp, fn), "rb").read():
                            bad.append(rel)
                if os.path.isdir(a):
                    for dp, _, fs in os.walk(a):
                        for fn in fs:
                            rel = os.path.relpath(os.path.join(dp, fn), here)
                            if not os.path.isfile(os.path.join(tmp, rel)):
                                bad.append("extra: " + rel)
            for x in bad:
                print("DIFF", x)
            sys.exit(1 if bad else 0)
        finally:
            shutil.rmtree(tmp)
    write_all(here)


if __name__ == "__main__":
    main()
