#!/usr/bin/env python3
"""corpus12 / author B: health, beauty and baby goods sold online.

Every page, its codes and its note are written by hand below.  Labels are never computed from text.
`python3 gen.py` writes pages/, holdout/, labels, notes, history, registry.
`python3 gen.py --check` regenerates into a temp dir and compares byte for byte.
"""
import os
import shutil
import sys
import tempfile

import lib
from lib import uscc, spoil, regno, mall_page, page

HERE = os.path.dirname(os.path.abspath(__file__))
MALL = "http://mall.wangjian.test"

# ------------------------------------------------------------------ identities
# name -> (code, intended_valid).  Division codes, ICP abbreviation and 公网安备 prefix agree per company.
IDS = {}


def ident(key, code, valid):
    IDS[key] = (code, valid)
    return code


PLAT = ident("plat", "91330100MA27WJ011R", True)                      # 浙 platform operator
C_YANZHI = ident("yanzhi", uscc("91", "330106", "MA2C7Y4K"), True)    # 浙 杭州西湖
C_XIAOLU = ident("xiaolu", uscc("91", "320105", "MA1XQ3N2"), True)    # 苏 南京建邺
C_KANGJIAN = ident("kangjian", uscc("91", "440106", "MA5CLP07"), True)  # 粤 广州天河
C_ANKANG = ident("ankang", uscc("91", "110105", "MA01DW8H"), True)    # 京 朝阳
C_AIJIU_OK = uscc("91", "360102", "MA38RT5U")                          # 赣 南昌东湖
C_AIJIU = ident("aijiu_bad", spoil(C_AIJIU_OK), False)                 # shown with a wrong check char
C_YUEJI = ident("yueji", uscc("91", "510104", "MA6B2K9Q"), True)      # 川 成都锦江
C_ANHU = ident("anhu", uscc("91", "410105", "MA44FN6R"), True)        # 豫 郑州金水 (registry: 吊销)
C_JIANJIAN = ident("jianjian", uscc("91", "310104", "MA1GH20W"), True)  # 沪 徐汇
C_JIYUAN = ident("jiyuan", uscc("91", "350206", "MA8T3LPX"), True)    # 闽 厦门湖里 (absent from registry)
C_HONGCHUN = ident("hongchun", uscc("92", "430104", "L7M2QJ5A"), True)  # 湘 个体工商户
C_FUYAN = ident("fuyan", uscc("91", "440305", "MA5DKQ1B"), True)      # 粤 深圳南山
C_QINGSI = ident("qingsi", uscc("91", "330102", "MA27YC3E"), True)    # 浙 杭州上城
C_LINGSHENG = ident("lingsheng", uscc("91", "110108", "MA0T5R7N"), True)  # 京 海淀
C_MINGSHI = ident("mingshi", uscc("91", "350203", "MA2YJ6D1"), True)  # 闽 厦门思明
C_BEILE = ident("beile", uscc("91", "120104", "MA06X2NR"), True)      # 津 南开
C_BEILE_OTHER = ident("beile_other", uscc("91", "120116", "MA07H4KC"), True)  # 津 滨海, another firm
R_JIYIN = ident("jiyin_regno", regno("32059400018527"), True)          # 苏 苏州工业园区, 15-digit 注册号
C_ZUDAO = ident("zudao", uscc("91", "430103", "MA4QLC2T"), True)      # 湘 长沙天心
C_ANTU = ident("antu", uscc("91", "330203", "MA2GN86P"), True)        # 浙 宁波海曙
C_RENHE = ident("renhe", uscc("91", "370102", "MA3MBR4L"), True)      # 鲁 济南历下
R_YUEXIANG_OK = regno("44190000203417")
R_YUEXIANG = ident("yuexiang_bad", spoil(R_YUEXIANG_OK), False)       # 粤 东莞, 注册号 wrong check digit
C_AOMEI = ident("aomei", uscc("91", "440402", "MA54T8EW"), True)      # 粤 珠海香洲
C_ANHE = ident("anhe", uscc("91", "510107", "MA62PD3Y"), True)        # 川 成都武侯
C_HUDUN_OK = uscc("91", "130602", "MA0E4UQ8")
C_HUDUN = ident("hudun_bad", spoil(C_HUDUN_OK), False)                 # 冀 保定, wrong check char
C_BEIYIN = ident("beiyin", uscc("91", "440111", "MA9W1H2C"), True)    # 粤 广州白云
C_AIKANG = ident("aikang", uscc("91", "420106", "MA4KJ7R3"), True)    # 鄂 武汉武昌
C_KUAIYAO = ident("kuaiyao", uscc("91", "340104", "MA2UW5B6"), True)  # 皖 合肥蜀山
C_ANYI = ident("anyi", uscc("91", "610113", "MA6X8CN1"), True)        # 陕 西安雁塔
C_YANHUAN = ident("yanhuan", uscc("91", "440604", "MA52RW7K"), True)  # 粤 佛山禅城

REGISTRY = [
    (PLAT, "杭州网剑网络科技有限公司", "存续"),
    (C_YANZHI, "杭州颜值研究所化妆品有限公司", "存续"),
    (C_XIAOLU, "南京小鹿母婴用品有限公司", "存续"),
    (C_KANGJIAN, "广州康健大药房连锁有限公司", "存续"),
    (C_ANKANG, "北京安康家用医疗器械有限公司", "存续"),
    (C_YUEJI, "成都悦己生活用品有限公司", "存续"),
    (C_ANHU, "郑州安护防护用品有限公司", "吊销"),
    (C_JIANJIAN, "上海健检健康管理有限公司", "存续"),
    (C_HONGCHUN, "长沙市芙蓉区红唇美妆商行", "存续"),
    (C_FUYAN, "深圳肤研生物科技有限公司", "存续"),
    (C_QINGSI, "杭州青丝日化有限公司", "存续"),
    (C_LINGSHENG, "北京聆声听力科技有限公司", "存续"),
    (C_MINGSHI, "厦门明视眼镜有限公司", "存续"),
    (C_BEILE, "天津贝乐母婴用品有限公司", "存续"),
    (C_BEILE_OTHER, "天津滨海宏图贸易有限公司", "存续"),
    (R_JIYIN, "苏州基因立方生物科技有限公司", "存续"),
    (C_ZUDAO, "长沙足道堂健康管理有限公司", "存续"),
    (C_ANTU, "宁波安途儿童用品有限公司", "存续"),
    (C_RENHE, "济南仁和大药房有限公司", "存续"),
    (C_AOMEI, "珠海澳美化妆品有限公司", "存续"),
    (C_ANHE, "成都安和健康管理有限公司", "存续"),
    (C_BEIYIN, "广州贝因母婴用品有限公司", "存续"),
    (C_AIKANG, "武汉艾康健康科技有限公司", "存续"),
    (C_KUAIYAO, "合肥快药健康科技有限公司", "存续"),
    (C_ANYI, "西安安颐护理用品有限公司", "存续"),
    (C_YANHUAN, "佛山颜焕美容仪器有限公司", "存续"),
]

def fullwidth(code):
    """The same code typed with full-width digits and letters (as some sellers paste it)."""
    return "".join(chr(ord(c) + 0xFEE0) for c in code)


PAGES = []    # dicts: side, file, url, enc, bom, codes, note, html, history
SITES = {}    # site key -> side


def add(site, side, name, url, codes, note, html, enc="utf-8", bom=False, history=()):
    prev = SITES.setdefault(site, side)
    assert prev == side, "site %s split across sides" % site
    PAGES.append(dict(site=site, side=side, name=name, url=url, codes=codes, note=note,
                      html=html, enc=enc, bom=bom, history=list(history)))


def cap(title, price, meta="utf-8"):
    """An earlier capture of a platform item: current price only."""
    return mall_page(title, '<div class="item"><h1>%s</h1><p>到手价 <span class="price">¥%s</span></p></div>'
                     % (title, price), meta=meta)


# ====================================================================== PLATFORM SHOPS
# ---- S1 颜值研究所 (main) --------------------------------------------------
MARK = ('<a class="mall-mark" href="%s/rule/mark" title="网剑商城亮标">'
        '<img src="/static/mark-v3.png" alt="网剑商城认证店铺"></a>' % MALL)

add("yanzhi", "M", "yanzhi-home", MALL + "/shop/yanzhi/", "-",
    "trap: shop home of a cosmetics seller showing 营业执照 code and 亮标; the word 药妆 appears only in a "
    "statement that the shop does not use it (化妆品监督管理条例 第三十七条; NMPA 2019 不存在药妆概念). No case needed.",
    mall_page("颜值研究所美妆旗舰店", """
<div class="shop-head">
  <h1 class="shop-name">颜值研究所美妆旗舰店</h1>
  """ + MARK + """
</div>
<nav class="shop-cats"><a href="#">面霜</a> <a href="#">精华</a> <a href="#">防晒</a> <a href="#">洁面</a></nav>
<section class="notice">店铺公告：本店商品均为普通化妆品或已取得注册证的特殊化妆品，详情页标注备案/注册编号；
我们不使用“药妆”“医学护肤”这类说法，因为化妆品不是药品。</section>
<ul class="goods">
  <li><a href="/item/yz1001.html">净澈焕亮霜 50g</a> <span class="price">¥98.00</span></li>
  <li><a href="/item/yz1002.html">光感焕白精华 30ml</a> <span class="price">¥219.00</span></li>
  <li><a href="/item/yz1003.html">玻尿酸水润面霜</a> <span class="price">¥129.00</span></li>
</ul>
<div class="shop-license">经营主体：杭州颜值研究所化妆品有限公司<br>
统一社会信用代码：""" + C_YANZHI + """<br>
<a href="/shop/yanzhi/license">查看营业执照</a></div>
"""))

add("yanzhi", "M", "yanzhi-spotcream", MALL + "/item/yz1001.html", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 (disease words 黄褐斑/妊娠斑 '根除') and 第二十八条; 化妆品监督管理条例 第三十七条 "
    "(普通化妆品 备案, no 祛斑 claim allowed). Case: 南充阆中市市场监管局 2021 春雷行动 美容工作室 '祖传中药祛斑…黄褐斑、"
    "妊娠斑' 化妆品虚假宣传案; 哈尔滨市场监管 2022 以案说法 案例二 (非特殊用途化妆品宣称'色斑淡化').",
    mall_page("净澈焕亮霜", """
<div class="item">
<h1>净澈焕亮霜 50g（国产普通化妆品 浙G妆网备字2022012345）</h1>
<p class="sale">到手价 <span class="price">¥98.00</span> 月销 2000+</p>
<div class="detail">
<p>老板娘自己脸上的蝴蝶斑就是用它搞定的！</p>
<p>黄褐斑、妊娠斑、老年斑，三种顽固斑一次根除，坚持两个疗程斑点自然脱落，停用不反弹。</p>
<p>草本萃取，孕妇哺乳期也能放心抹。</p>
</div>
</div>"""))

add("yanzhi", "M", "yanzhi-whitening-registered", MALL + "/item/yz1002.html", "-",
    "trap: 祛斑美白 is a 特殊化妆品 category (化妆品监督管理条例 第十六条); this item shows its 国妆特注字 registration and "
    "claims only 'helps even tone / 淡化晒后色沉' with a 人体功效评价 (化妆品功效宣称评价规范 第五、六条). Compare the "
    "2025 网络巡查 case on a 持有有效国产特殊化妆品注册证 祛斑美白 套装 that was punished only for the extra '敏感肌' claim, "
    "which this page does not make.",
    mall_page("光感焕白精华", """
<div class="item">
<h1>光感焕白精华液 30ml</h1>
<p class="sale">价格 <span class="price">¥219.00</span></p>
<table class="spec">
<tr><th>产品类别</th><td>特殊化妆品（祛斑美白类）</td></tr>
<tr><th>注册证编号</th><td>国妆特字G20230987</td></tr>
<tr><th>功效宣称</th><td>美白、祛斑（淡化晒后色素沉着）</td></tr>
<tr><th>功效评价</th><td>已完成人体功效试验，摘要见国家药监局化妆品注册备案信息服务平台</td></tr>
</table>
<p>帮助提亮肤色、淡化日晒后的色沉。化妆品不能治疗黄褐斑等皮肤病，如有皮肤疾病请就医。</p>
</div>"""))

add("yanzhi", "M", "yanzhi-facecream-price", MALL + "/item/yz1003.html", "FAKE_ORIGINAL_PRICE",
    "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 / 第十九条; 划线价 ¥299 is above ¥119 captured 2 days "
    "before on the same URL. no case found (price-fraud cases searched, none on cosmetics with a usable text).",
    mall_page("玻尿酸水润面霜", """
<div class="item">
<h1>玻尿酸水润面霜 50g</h1>
<div class="price-box">
  <span class="price">¥129.00</span>
  <del class="origin">划线价 ¥299.00</del>
  <em>限时直降170元</em>
</div>
<p>保湿面霜，适合干性及混合性肌肤日常使用。</p>
</div>"""),
    history=[(2.0, cap("玻尿酸水润面霜", "119.00")), (9.0, cap("玻尿酸水润面霜", "299.00"))])

add("yanzhi", "M", "yanzhi-toner-price-trap", MALL + "/item/yz1005.html", "-",
    "trap: 划线价 ¥79 equals the lowest price (¥79) in the captures 0.5 and 4 days before; 明码标价和禁止价格欺诈规定 第十六条 "
    "requires the compared price to be not higher than that lowest price, and it is not higher.",
    mall_page("舒缓保湿水", """
<div class="item">
<h1>舒缓保湿水 200ml</h1>
<div class="price-box"><span class="price">¥59.00</span> <del>划线价 ¥79.00</del> 满99减20</div>
<p>开封后建议6个月内用完。</p>
</div>"""),
    history=[(0.5, cap("舒缓保湿水", "79.00")), (4.0, cap("舒缓保湿水", "79.00"))])

# ---- S2 小鹿母婴 (main) ---------------------------------------------------------
add("xiaolu", "M", "xiaolu-home", MALL + "/shop/xiaolu/", "MARK_MISSING",
    "MARK_MISSING: platform rule 平台为网店亮标 (seed), 电子商务法 第十五条/网络交易监督管理办法 第十二条 context; the "
    "element carries class 'mall-marker' and 'mall-mark-wrap' but not the exact token mall-mark. no case found.",
    mall_page("小鹿母婴官方店", """
<div class="shop-head">
  <h1 class="shop-name">小鹿母婴官方店</h1>
  <span class="mall-marker mall-mark-wrap">认证店铺</span>
</div>
<dl class="shop-license">
  <dt>企业名称</dt><dd>南京小鹿母婴用品有限公司</dd>
  <dt>统一社会信用代码</dt><dd>""" + C_XIAOLU + """</dd>
</dl>
<ul class="goods">
  <li><a href="/item/xl2001.html">轻薄透气纸尿裤 M码</a></li>
  <li><a href="/item/xl2002.html">PPSU宽口奶瓶 240ml</a></li>
</ul>"""))

add("xiaolu", "M", "xiaolu-diaper-cashback", MALL + "/item/xl2001.html", "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条; 网络反不正当竞争暂行规定 (2024) 第九条第(五)项. "
    "Case: 扬州市生态科技新城市场监管局 2022 扬州某电子商务有限公司 '全五星美评+晒图…领取1元' 好评返现卡 罚1.5万 "
    "(江苏省局 互联网领域反不正当竞争典型案例).",
    mall_page("轻薄透气纸尿裤", """
<div class="item">
<h1>轻薄透气纸尿裤 M码 64片</h1>
<p><span class="price">¥79.90</span></p>
<div class="card">
<p>宝妈福利 ❤</p>
<p>收到宝贝后给个五颗星，再配三张宝宝穿着的照片＋十五字以上评价，</p>
<p>截图发给客服小鹿，立领 <b>6.6元</b> 红包～ 每个订单限一次</p>
</div>
</div>"""))

add("xiaolu", "M", "xiaolu-bottle-tips", MALL + "/item/xl2002.html", "-",
    "trap: 最佳 appears only in feeding tips (最佳冲调水温, 最佳更换周期) — 2023 绝对化用语 guideline exempts tips of this "
    "kind (like 最佳保存期限); the material comparison is with the brand's own previous bottle (self-comparison).",
    mall_page("PPSU宽口奶瓶", """
<div class="item">
<h1>PPSU宽口奶瓶 240ml</h1>
<p><span class="price">¥128.00</span></p>
<h3>使用小贴士</h3>
<ul>
<li>冲奶粉的最佳水温是 40～50℃，请先滴在手腕内侧试温。</li>
<li>奶嘴建议每2～3个月更换，奶瓶本体的最佳更换周期约为半年。</li>
<li>与我们2021款PP奶瓶相比，新款耐温上限由110℃提高到180℃。</li>
</ul>
</div>"""))

add("xiaolu", "M", "xiaolu-booster-cushion", MALL + "/item/xl2003.html", "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 儿童安全坐垫 — 市场监管总局 2024年7-9月 集中整治 declared every 儿童安全坐垫 on sale an illegally made "
    "机动车儿童乘员用约束系统 product to be delisted (产品质量法; 强制性产品认证管理规定: CCC required, GB 27887). Case: "
    "市场监管总局 2024 儿童安全坐垫集中整治; 中消协 2025-08-18 消费提示.",
    mall_page("便携儿童坐垫", """
<div class="item">
<h1>便携式儿童汽车增高坐垫 3-12岁 折叠可收纳</h1>
<p><span class="price">¥39.00</span></p>
<p>代替笨重的安全座椅！一条束带固定在后座，宝宝出行不再被交警查。</p>
<p>重量仅0.6kg，可放进背包，网约车、出租车都能用。</p>
</div>"""))

add("xiaolu", "M", "xiaolu-stroller-entities", MALL + "/item/xl2004.html", "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '高仿' written as numeric character references (&#39640;&#20223;) and a brand named "
    "('博格步同款 原厂模具'). Case: 温州瓯海区 2023 直播间假冒品牌案 pattern (cheap copies of named brands); no stroller case found.",
    mall_page("轻便婴儿推车", """
<div class="item"><h1>轻便婴儿推车 可坐可躺 一键收车</h1>
<p><span class="price">¥299.00</span></p>
<p>&#39640;&#20223;博格步同款，原厂模具，车架细节对比图见下方，价格只要专柜零头。</p></div>"""))

# ---- S3 康健大药房 (main) ---------------------------------------------------------
add("kangjian", "M", "kangjian-home", MALL + "/shop/kangjian/", "-",
    "trap: licensed pharmacy shop home: 营业执照 code, 药品经营许可证 and 互联网药品信息服务资格证书 shown "
    "(药品网络销售监督管理办法 第十二条 display duty); mentions 处方药 only as a rule (凭处方).",
    mall_page("康健大药房旗舰店", """
<div class="shop-head">
<h1 class="shop-name">康健大药房旗舰店</h1>
<img class="mall-mark badge" src="/static/mark-v3.png" alt="网剑商城亮标">
</div>
<div class="shop-license qualifications">
<p>企业名称：广州康健大药房连锁有限公司　统一社会信用代码：""" + C_KANGJIAN + """</p>
<p>药品经营许可证：粤AA0200123　互联网药品信息服务资格证书：（粤）-经营性-2023-0045</p>
<p>执业药师：陈某某　在线时间 9:00-21:00</p>
</div>
<p class="notice">处方药须凭医师处方购买，由执业药师审核后发货。</p>"""))

add("kangjian", "M", "kangjian-rx-amoxicillin", MALL + "/item/kj3001.html", "-",
    "trap: 阿莫西林 is a prescription antibiotic that is not on the 药品网络销售禁止清单 (its list (四) names other "
    "antibiotics); sold 凭处方 with pharmacist review as 药品网络销售监督管理办法 第九条 requires; stating a drug's 适应症 "
    "is not a FALSE_CLAIM for non-drug goods.",
    mall_page("阿莫西林胶囊", """
<div class="item rx">
<h1>【Rx】阿莫西林胶囊 0.25g×24粒</h1>
<p><span class="price">¥18.50</span></p>
<p class="rx-tip">处方药：请上传医师处方，药师审核通过后方可支付。</p>
<p>【适应症】详见说明书。国药准字H44021351</p>
</div>"""))

add("kangjian", "M", "kangjian-dextromethorphan", MALL + "/item/kj3002.html", "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 药品网络销售禁止清单（第一版）二(二) 右美沙芬口服单方制剂 (国家药监局 2022-11-30 公告, 2022-12-01 施行); "
    "药品管理法 第六十一条. Case: the 禁止清单 itself.",
    mall_page("氢溴酸右美沙芬片", """
<div class="item">
<h1>氢溴酸右美沙芬片 15mg×24片</h1>
<p><span class="price">¥12.80</span> 3盒起包邮</p>
<p>干咳无痰、夜咳睡不着，囤几盒放家里。</p>
</div>"""))

add("kangjian", "M", "kangjian-ibuprofen-hidden", MALL + "/item/kj3003.html", "-",
    "trap: an OTC drug page whose SEO keyword block ('第一品牌 最好的止痛药 驰名商标') is styled visibility:hidden and a "
    "second one carries the hidden attribute — not displayed, so it neither triggers ABSOLUTE_TERM nor WELLKNOWN_MARK_AD "
    "(contract); the visible text states the approved 适应症 of a drug.",
    mall_page("布洛芬缓释胶囊", """
<div class="item"><h1>【OTC】布洛芬缓释胶囊 0.3g×20粒</h1>
<p><span class="price">¥16.80</span></p>
<p>用于缓解轻至中度疼痛，如头痛、关节痛、牙痛、痛经；也用于普通感冒或流行性感冒引起的发热。请按说明书使用。</p>
<div style="visibility:hidden">布洛芬 第一品牌 最好的止痛药</div>
<p hidden>驰名商标 止痛首选</p></div>"""))

# ---- S4 美瞳星球 (holdout) -----------------------------------------------------
add("meitong", "H", "meitong-home", MALL + "/shop/meitong/", "LICENSE_MISSING",
    "LICENSE_MISSING: 电子商务法 第十五条, 第七十六条; 网络交易监督管理办法 第十二条 — no shop-license element, no code, no "
    "licence image or link; the platform footer's code is the platform's own. Case: 上海崇明区市场监管局 2024 小程序销售美瞳 "
    "(未取得医疗器械经营许可证) for the kind of seller.",
    mall_page("美瞳星球", """
<div class="shop-head">
<h1 class="shop-name">美瞳星球 Meitong Planet</h1>
<a class="mall-mark" href="/rule/mark">亮标</a>
</div>
<div class="banner">新色上架｜日抛月抛年抛｜直径14.0-14.5</div>
<ul class="goods">
<li><a href="/item/mt4001.html">混血灰棕 年抛</a></li>
<li><a href="/item/mt4002.html">水光棕 月抛 2片装</a></li>
</ul>
<p class="contact">客服微信：mtxq_kf　发货地：上海</p>"""))

add("meitong", "H", "meitong-yuandan", MALL + "/item/mt4001.html", "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '韩国原单' and '1比1' (written out) signal goods copied from a brand. The "
    "goods are 第三类医疗器械 (彩色平光隐形眼镜, NMPA since 2012). Case: 上海崇明区市场监管局 2024 微信小程序销售美瞳案 "
    "(上海法治报 2025-04-09) for the trade; counterfeit-word case no case found.",
    mall_page("混血灰棕年抛", """
<div class="item">
<h1>混血灰棕 年抛彩色隐形眼镜 1片</h1>
<p><span class="price">¥59.00</span></p>
<p>韩国原单工厂出货，和大牌专柜款 1比1 花纹，戴上自然放大。</p>
<p>度数0-800，下单备注度数。</p>
</div>"""))

add("meitong", "H", "meitong-price", MALL + "/item/mt4002.html", "FAKE_ORIGINAL_PRICE",
    "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条; 原价 ¥168 is above ¥89 captured 3.5 days before (and the "
    "page's own ¥89). no case found.",
    mall_page("水光棕月抛", """
<div class="item">
<h1>水光棕 月抛 2片装（国械注进20183160123）</h1>
<div class="buy"><span class="price now">¥89.00</span> <s>原价：¥168.00</s></div>
<p>直径14.2mm　基弧8.6mm　含水量38%</p>
</div>"""),
    history=[(3.5, cap("水光棕月抛", "89.00")), (6.5, cap("水光棕月抛", "168.00"))])

# ---- S5 安康家用器械 (holdout) ---------------------------------------------------
add("ankang", "H", "ankang-home", MALL + "/shop/ankang/", "-",
    "trap: device shop home displaying 营业执照 code, 第二类医疗器械经营备案凭证 and 医疗器械网络销售备案 "
    "(医疗器械网络销售监督管理办法 第十条) — the words 医疗器械/治疗 appear as licence titles, not as claims.",
    mall_page("安康家用医疗器械专营店", """
<div class="shop-head">
<h1 class="shop-name">安康家用医疗器械专营店</h1>
<span class="badge mall-mark">网剑认证</span>
</div>
<table class="shop-license">
<tr><td>企业名称</td><td>北京安康家用医疗器械有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>""" + C_ANKANG + """</td></tr>
<tr><td>第二类医疗器械经营备案凭证</td><td>京朝食药监械经营备20190123号</td></tr>
<tr><td>医疗器械网络销售备案</td><td>（京）网械平台备字（2021）第00045号</td></tr>
</table>"""))

add("ankang", "H", "ankang-glucometer", MALL + "/item/ak5001.html", "-",
    "trap: 血糖仪 (第二类医疗器械) page quoting its registered 适用范围 verbatim with its 注册证号; a device may state its "
    "approved scope (医疗器械监督管理条例 第六十条 ad rules; 广告法 第十六条). No cure claim.",
    mall_page("血糖仪", """
<div class="item">
<h1>家用血糖仪套装（含50片试纸）</h1>
<p><span class="price">¥168.00</span></p>
<dl>
<dt>注册证编号</dt><dd>京械注准20202400321</dd>
<dt>适用范围</dt><dd>用于定量检测人体新鲜毛细血管全血中的葡萄糖浓度，供糖尿病患者自我监测使用，不能用于糖尿病的诊断和筛查。</dd>
</dl>
<p>请仔细阅读产品说明书或者在医务人员的指导下购买和使用。</p>
</div>"""))

add("ankang", "H", "ankang-tens", MALL + "/item/ak5002.html", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第二十八条 (功效 beyond the registered scope), 第四十六条/医疗器械广告 rules; promise of cure and "
    "stopping medicine. Case: 国家食药监局 2011 曝光四种医疗器械广告 ('超强辐射治疗器…可彻底治愈', '弛誉药磁鞋'); "
    "慈溪市市场监管局 2016 医疗器械免费体验专项整治 (电磁综合康复仪).",
    mall_page("颈腰椎理疗仪", """
<div class="item">
<h1>低频颈腰椎理疗仪 家用</h1>
<p><span class="price">¥399.00</span></p>
<p>颈椎病、腰椎间盘突出、骨质增生，每天贴30分钟，三个月彻底断根。</p>
<p>用了它，止痛药可以扔了，很多老顾客已经不用再去医院做牵引。</p>
</div>"""))

# ---- S6 艾灸堂 (main, GBK platform pages: legacy 淘宝-like) -----------------------
add("aijiu", "M", "aijiu-home", MALL + "/shop/aijiu/", "LICENSE_INVALID",
    "LICENSE_INVALID: the displayed 统一社会信用代码 fails its GB 32100-2015 check character (电子商务法 第十五条 false "
    "display). Not also LICENSE_MISMATCH: I label MISMATCH only for well-formed codes. no case found.",
    mall_page("艾灸堂养生馆", """
<div class="shop-head"><h1 class="shop-name">艾灸堂养生馆</h1>
<a class="mall-mark" href="/rule/mark"><img src="/static/mark-v2.gif" alt="亮标"></a></div>
<div class="shop-license">南昌艾灸堂健康科技有限公司　社会信用代码 """ + C_AIJIU + """</div>
<ul class="goods"><li><a href="/item/aj6001.html">温灸贴</a></li><li><a href="/item/aj6002.html">陈年艾条</a></li></ul>""",
              meta="gbk"), enc="gbk")

add("aijiu", "M", "aijiu-moxa-patch", MALL + "/item/aj6001.html", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 (宫寒/痛经/风湿 disease words for a non-drug, non-device 艾灸贴). Case: 广东省市场监管局 "
    "2020 疫情防控期间典型违法广告 (艾灸贴宣称预防冠状病毒).",
    mall_page("温灸贴", """
<div class="item"><h1>暖宫温灸贴 10贴/盒</h1>
<p><span class="price">￥29.90</span></p>
<p>宫寒、痛经、手脚冰凉的姐妹看过来：贴三盒调理好，来例假再也不用吃布洛芬。</p>
<p>老寒腿、风湿骨痛贴上就见效。</p></div>""", meta="gbk"), enc="gbk")

add("aijiu", "M", "aijiu-moxa-stick", MALL + "/item/aj6002.html", "-",
    "trap: '21:1' is the 艾绒 extraction ratio (21斤艾叶出1斤绒) — the substring 1:1 sits inside a number; the page makes "
    "no health claim (it says the stick is not a medicine).",
    mall_page("陈年艾条", """
<div class="item"><h1>三年陈艾条 21:1 金艾绒 10支</h1>
<p><span class="price">￥45.00</span></p>
<p>出绒比21:1，烟少火力柔。艾条为日用品，不是药品，孕妇及皮肤破损处请勿使用。</p></div>""", meta="gbk"), enc="gbk")

# ---- S7 悦己 成人用品 (holdout) ----------------------------------------------------
add("yueji", "H", "yueji-home", MALL + "/shop/yueji/", "MARK_MISSING",
    "MARK_MISSING: the only mall-mark element is inside a display:none block, so it is not displayed (contract); seed rule "
    "平台为网店亮标. no case found.",
    mall_page("悦己生活馆", """
<div class="shop-head"><h1 class="shop-name">悦己生活馆</h1>
<div style="display:none"><a class="mall-mark" href="/rule/mark">亮标</a></div></div>
<div class="shop-license">成都悦己生活用品有限公司<br>统一社会信用代码：""" + C_YUEJI + """</div>
<p>隐私发货，外包装不显示商品名称。</p>"""))

add("yueji", "H", "yueji-condom-returns", MALL + "/item/yj7001.html", "-",
    "trap: opened condoms (第二类医疗器械, hygiene goods) excluded from 七日无理由 only after opening and with the buyer's "
    "confirmation at checkout — 消费者权益保护法 第二十五条第二款; 网络购买商品七日无理由退货暂行办法 第七条 (拆封后易影响人身"
    "安全或者生命健康的商品, with its 显著确认程序). Unopened goods stay returnable.",
    mall_page("超薄避孕套", """
<div class="item"><h1>超薄避孕套 10只装</h1>
<p><span class="price">¥36.00</span></p>
<p>医疗器械注册证：国械注准20153660123</p>
<div class="after-sale">售后说明：未拆封商品支持7天无理由退货；本品属贴身卫生用品，拆封后不支持7天无理由退货
（下单页已请您勾选确认“已知悉拆封后不退”）。质量问题不受此限。</div></div>"""))

add("yueji", "H", "yueji-oil", MALL + "/item/yj7002.html", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 (早泄/阳痿 treatment claims for a 日化 massage oil). Case: no case found for this product; "
    "kind of claim as in 上海市市场监管局 2020 文峰美发美容 (普通化妆品 宣称消炎杀菌) false-ad case.",
    mall_page("男士按摩精油", """
<div class="item"><h1>男士植物按摩精油 15ml</h1>
<p><span class="price">¥88.00</span></p>
<p>告别早泄阳痿，持久不软，三十分钟起效，比伟哥还猛，纯植物无依赖。</p></div>"""))

add("yueji", "H", "yueji-spans", MALL + "/item/yj7003.html", "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '原单' split one character per <span> and '日本大牌' named by model; the seller "
    "offers factory surplus copies of a brand. no case found for this trade.",
    mall_page("男士护理杯", """
<div class="item"><h1>男士护理杯 软胶内芯 可水洗</h1>
<p><span class="price">¥69.00</span></p>
<p>日本大牌同款，<span>原</span><span>单</span>工厂流出，外盒无logo，隐私发货。</p></div>"""))

# ---- S8 安护 口罩 (main) -----------------------------------------------------------
add("anhu", "M", "anhu-home", MALL + "/shop/anhu/", "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: code well-formed but the registry shows the company 吊销 (电子商务法 第十五条 requires current, true "
    "licence information; 市场主体登记管理条例 第三十六条). no case found.",
    mall_page("安护防护用品店", """
<div class="shop-head"><h1 class="shop-name">安护防护用品店</h1><a class="mall-mark" href="/rule/mark">亮标</a></div>
<div class="shop-license">郑州安护防护用品有限公司｜统一社会信用代码 """ + C_ANHU + """</div>"""))

add("anhu", "M", "anhu-medical-word", MALL + "/item/ah8001.html", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 (医用/防病毒 words making an ordinary 日常防护口罩 look like a device) and 第二十八条. Case: "
    "上海市市场监管局 2020 疫情相关虚假广告8起 (上海朗峰实业 天猫 护目镜; 诺与汽车 '防病毒').",
    mall_page("一次性防护口罩", """
<div class="item"><h1>一次性三层防护口罩 50只 医用级熔喷布</h1>
<p><span class="price">¥19.90</span></p>
<p>医院同款，医用级别阻隔，戴上能防新冠、防流感病毒，老人孩子出门必备。</p>
<p>执行标准：GB/T 32610（日常防护型口罩，非医疗器械）</p></div>"""))

add("anhu", "M", "anhu-kn95-price", MALL + "/item/ah8002.html", "FAKE_ORIGINAL_PRICE",
    "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条; 日常价 ¥59.90 is above ¥35.90 captured 1 day before. "
    "no case found.",
    mall_page("KN95口罩", """
<div class="item"><h1>KN95防护口罩 独立包装 30只</h1>
<p>活动价 <span class="price">¥39.90</span>　日常价 ¥59.90</p>
<p>本店只卖有合格证的口罩，不卖三无货。</p></div>"""),
    history=[(1.0, cap("KN95口罩", "35.90")), (12.0, cap("KN95口罩", "59.90"))])

add("anhu", "M", "anhu-no-fakes", MALL + "/item/ah8003.html", "-",
    "trap: '高仿' and 'A货' appear only in a refusal (本店不卖…) and in an HTML comment; negation, not an offer "
    "(商标法 第五十七条 needs a sale of infringing goods).",
    mall_page("儿童口罩", """
<div class="item"><h1>儿童立体口罩 卡通印花 20只</h1>
<p><span class="price">¥25.00</span></p>
<!-- 旧文案：大牌A货 -->
<p>常有顾客问是不是高仿大牌——不是。本店只卖自有品牌，不做任何品牌的高仿或A货。</p></div>"""))

# ---- S9 健检 体检/基因 (holdout) ---------------------------------------------------
add("jianjian", "H", "jianjian-home", MALL + "/shop/jianjian/", "-",
    "trap: health-check shop home with 营业执照 code and the partner clinics' 医疗机构执业许可证 (医疗机构管理条例); the words "
    "诊断/治疗 appear only in a statement that the shop does not diagnose.",
    mall_page("健检体检服务", """
<div class="shop-head"><h1 class="shop-name">健检体检服务</h1>
<img class="mall-mark" src="/static/mark-v3.png" alt="亮标"></div>
<div class="shop-license">上海健检健康管理有限公司　统一社会信用代码：""" + C_JIANJIAN + """</div>
<p>体检由合作医疗机构（医疗机构执业许可证登记号 PDY00123431010417A1002）实施；本店提供预约服务，不提供诊断或治疗。</p>"""))

add("jianjian", "H", "jianjian-gene", MALL + "/item/jj9001.html", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第二十八条第二款 (guaranteed accuracy, disease prevention promise for a consumer gene test) and "
    "第十七条 (疾病 prevention claims). no case found for 消费级基因检测; kind of claim as in 天津津南区金轩宝贝孕婴用品商店 "
    "2020 虚假广告案.",
    mall_page("全基因健康检测", """
<div class="item"><h1>全基因健康风险检测（唾液采样）</h1>
<p><span class="price">¥1299.00</span></p>
<p>一管口水，测出你会不会得癌症、糖尿病、老年痴呆，准确率100%。</p>
<p>查出来提前调理，从根上把病挡在门外，一次检测终身受益。</p></div>"""))

add("jianjian", "H", "jianjian-package-price", MALL + "/item/jj9002.html", "-",
    "trap: 原价 ¥999 is not above the lowest price in captures less than 7 days before (¥999 at 2 and 5 days); the ¥599 "
    "capture is 9 days old, outside 明码标价和禁止价格欺诈规定 第十六条's 7-day window.",
    mall_page("入职体检套餐", """
<div class="item"><h1>中青年深度体检套餐（含胃功能三项）</h1>
<div class="price-row"><span class="price">¥699.00</span> <span class="was">原价 ¥999.00</span></div>
<p>全国300+门店通用，预约后30天内有效。</p></div>"""),
    history=[(2.0, cap("入职体检套餐", "999.00")), (5.0, cap("入职体检套餐", "999.00")),
             (9.0, cap("入职体检套餐", "599.00"))])

# ---- S10 肌源 (main) ---------------------------------------------------------------
add("jiyuan", "M", "jiyuan-home", MALL + "/shop/jiyuan/", "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: a well-formed code that is absent from the registry extract (电子商务法 第十五条 true licence "
    "information). no case found.",
    mall_page("肌源护肤", """
<div class="shop-head"><h1 class="shop-name">肌源护肤</h1><a class="mall-mark" href="/rule/mark">亮标</a></div>
<p class="shop-license">主体：厦门肌源护肤品有限公司　统一社会信用代码：<span>""" + C_JIYUAN + """</span></p>
<p>主营：洁面、面膜、身体乳。</p>"""))

add("jiyuan", "M", "jiyuan-mask-pao", MALL + "/item/jy1101.html", "-",
    "trap: '最佳' only in a storage/usage tip (开封后最佳使用期限) — exempt in the 2023 绝对化用语 guideline; '医用' only in "
    "a warning that the mask is not a 医用敷料 (an honest negative statement).",
    mall_page("保湿面膜", """
<div class="item"><h1>玻尿酸保湿面膜 5片</h1>
<p><span class="price">¥49.00</span></p>
<p>温馨提示：本品为普通化妆品，不是医用敷料（械字号），不能用于伤口。开封后最佳使用期限为12个月。</p></div>"""))

# ---- S11 红唇美妆商行 (main) --------------------------------------------------------
add("hongchun", "M", "hongchun-home", MALL + "/shop/hongchun/", "MARK_MISSING",
    "MARK_MISSING: the words 网剑商城认证店铺 are plain text; no element has the class token mall-mark (seed: 平台为网店亮标). "
    "no case found. The licence code is written in full-width characters; after normalisation it is valid and 存续, "
    "so no licence code applies.",
    mall_page("红唇美妆", """
<div class="shop-head"><h1 class="shop-name">红唇美妆</h1>
<p class="tip">网剑商城认证店铺</p></div>
<div class="shop-license">经营者：长沙市芙蓉区红唇美妆商行（个体工商户）<br>统一社会信用代码 """ + fullwidth(C_HONGCHUN) + """</div>"""))

add("hongchun", "M", "hongchun-lipstick-a", MALL + "/item/hc1201.html", "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '超Ａ' (full-width) and '专柜版同模具' for brand lipsticks. Case: 江苏高邮 2019 "
    "网购假冒迪奥口红案 (案值超亿); 温州瓯海区 2023 直播间假冒SK-II等化妆品案.",
    mall_page("大牌同款口红", """
<div class="item"><h1>大牌同款丝绒口红 999色</h1>
<p><span class="price">¥25.00</span></p>
<p>超Ａ品质，和专柜版同一套模具，刻字logo都有，送人看不出来。</p></div>"""))

add("hongchun", "M", "hongchun-no-return", MALL + "/item/hc1202.html", "RETURN_REFUSED",
    "RETURN_REFUSED: 消费者权益保护法 第二十五条 — lipstick is none of the four statutory exemptions, and the refusal covers "
    "unopened goods without any buyer confirmation (网络购买商品七日无理由退货暂行办法 第六、七条). no case found.",
    mall_page("唇釉", """
<div class="item"><h1>镜面水光唇釉</h1>
<p><span class="price">¥32.00</span></p>
<p class="after">彩妆类商品一经发出不退不换，未拆封也不支持七天无理由，介意勿拍。</p></div>"""))

# ====================================================================== INDEPENDENT SITES
# ---- I1 yaozhuang.test 肤研 (main, Shoplazza-like 独立站) ------------------------------
FUYAN_FOOT = ("<footer class=\"site-footer\"><div class=\"footer-legal\">深圳肤研生物科技有限公司 ｜ "
              "统一社会信用代码 %s<br><a href=\"https://beian.miit.gov.cn/\">粤ICP备2021087654号-1</a> ｜ "
              "粤公网安备 44030502001234号</div></footer>" % C_FUYAN)

add("fuyan", "M", "fuyan-home", "http://yaozhuang.test/", "-",
    "trap: independent home with licence code, ICP and an electronic-licence (亮照) link whose serial begins with the "
    "same code as displayed (DOMAIN: compare serial with the code; they agree) — 电子商务法 第十五条 satisfied by the link.",
    page("肤研 FUYAN | 敏感肌护理", """
<div id="shoplazza-header"><a class="logo" href="/">FUYAN 肤研</a>
<nav><a href="/collections/all">全部商品</a> <a href="/blogs/science">护肤科普</a></nav></div>
<section class="hero"><h2>温和护理，给屏障一点时间</h2><a class="btn" href="/products/b5-cream">查看修护霜</a></section>
<div class="license-entry"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=""" + C_FUYAN + """-SAIC_SHOW_1000009""" + C_FUYAN + """1658220731234&amp;signData=MEQCIH0r">
<img src="/cdn/lz-badge.png" alt="电子营业执照亮照"></a></div>
""" + FUYAN_FOOT))

add("fuyan", "M", "fuyan-medical-skincare", "http://yaozhuang.test/products/b5-cream", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 (湿疹/激素依赖性皮炎 treatment; 医学 words for a 普通化妆品); 化妆品监督管理条例 第三十七条; "
    "NMPA 化妆品分类规则 bans 医学护肤/药妆. Case: 哈尔滨市场监管 2022 以案说法 案例一 (深圳某中药科技 '明眸修护套组' 易与药品混淆 "
    "用语, 罚20万).",
    page("B5修护霜 - 肤研", """
<div class="product-detail"><h1>B5积雪草修护霜 50g</h1>
<div class="product-price"><span class="price">¥168.00</span></div>
<div class="rte">
<p>医学护肤线｜皮肤科医生都在推的药妆级修护</p>
<p>湿疹、激素脸、玫瑰痤疮，厚涂一周红血丝褪掉，屏障重建，停掉药膏也不复发。</p>
</div></div>
""" + FUYAN_FOOT))

add("fuyan", "M", "fuyan-science-article", "http://yaozhuang.test/blogs/science/what-is-yaozhuang", "-",
    "trap: 科普 article that quotes the banned words (药妆, 医学护肤, 治疗湿疹) to explain that cosmetics may not use them "
    "(NMPA 2019 '药妆'概念 statement; 化妆品监督管理条例 第三十七条). News/advice, not a claim for a product.",
    page("“药妆”是什么？ - 肤研护肤科普", """
<article class="blog"><h1>“药妆”是什么？一篇讲清楚</h1>
<p>常有朋友问：你们是不是药妆？答案是否定的。我国法规中没有“药妆”这一产品类别，国家药监局明确表示，
以化妆品名义注册或备案的产品，宣称“药妆”“医学护肤品”等概念的，属于违法行为。</p>
<p>如果你有湿疹、激素依赖性皮炎等皮肤病，请到医院皮肤科就诊，遵医嘱用药。化妆品只能做日常护理，不能治疗疾病。</p>
<p>延伸阅读：《化妆品监督管理条例》第三十七条。</p></article>
""" + FUYAN_FOOT))

add("fuyan", "M", "fuyan-patent", "http://yaozhuang.test/products/essence", "FALSE_HONOUR",
    "FALSE_HONOUR: 专利法 第十六条/专利标识标注办法 and 广告法 第十二条 — the 专利号 'ZL201910345678.1' fails the CN "
    "application-number check digit (the correct one is 6), so the number cannot be a granted patent. "
    "Case: 家用美容仪 行政处罚 review (meirongyi.cc) lists 广告法 第十二条 专利标注不真实 penalties.",
    page("次抛精华 - 肤研", """
<div class="product-detail"><h1>积雪草次抛精华 1.5ml×30支</h1>
<div class="product-price"><span class="price">¥199.00</span></div>
<p>微囊包裹工艺　<b>发明专利号：ZL201910345678.1</b></p>
<p>每晚洁面后取一支，轻拍至吸收。</p></div>
""" + FUYAN_FOOT))

# ---- I2 fangtuo.test 青丝 (main, GBK, ECShop-like) -----------------------------------
add("qingsi", "M", "qingsi-home", "http://fangtuo.test/", "ICP_MISSING,LICENSE_MISSING",
    "LICENSE_MISSING: 电子商务法 第十五条 — the licence block is display:none, so nothing is displayed. ICP_MISSING: "
    "互联网信息服务管理办法 第十二条 — only a 公网安备 number is shown, which is not an ICP filing. no case found.",
    page("青丝日化 - 防脱洗护专家", """
<div id="header"><div class="logo">青丝日化</div><div id="mainNav"><a href="index.php">首页</a> <a href="category.php?id=3">洗发水</a></div></div>
<div class="block"><h3>新品推荐</h3><ul><li><a href="goods.php?id=31">生姜防脱洗发水 500ml</a> <font class="shop_s">￥69.00</font></li></ul></div>
<div class="license" style="display:none">杭州青丝日化有限公司 统一社会信用代码 """ + C_QINGSI + """</div>
<div id="footer"><div class="text">&copy; 2024 青丝日化 版权所有<br>
<img src="themes/default/images/ga.png">浙公网安备 33010202001234号<br>客服热线：0571-8888 6120</div></div>""",
         meta="gbk", meta_style="http"), enc="gbk")

add("qingsi", "M", "qingsi-hairloss", "http://fangtuo.test/goods.php?id=31", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 (脂溢性脱发/斑秃 are diseases) and 第二十八条; 化妆品分类规则: 防脱发 is a 特殊化妆品 claim "
    "that may not promise 生发/治疗. Case: 滨州市沾化区市场监管局 2023 淘宝网店 非特殊用途化妆品宣称'美白''去皱' (罚3600元) — same "
    "pattern of unapproved efficacy; no 防脱-specific case found.",
    page("生姜防脱洗发水 - 青丝日化", """
<div id="goodsInfo"><h1>生姜防脱洗发水 500ml</h1>
<ul><li>本店售价：<font class="shop">￥69.00</font></li></ul>
<div id="com_v"><p>斑秃、脂溢性脱发、产后掉发都能治，用完一瓶新发冒出来，第二瓶发际线往前长。</p>
<p>不是药胜似药，不伤头皮。</p></div></div>
<div id="footer">杭州青丝日化有限公司</div>""", meta="gbk", meta_style="http"), enc="gbk")

add("qingsi", "M", "qingsi-mingpai", "http://fangtuo.test/goods.php?id=32", "FALSE_HONOUR",
    "FALSE_HONOUR: '中国名牌产品' — the 中国名牌 evaluation was stopped by 质检总局 in 2008 and the 国家免检 scheme abolished the "
    "same year, so both honours cannot be current; 广告法 第二十八条, 反不正当竞争法 (2025) 第九条. no case found.",
    page("何首乌洗发皂 - 青丝日化", """
<div id="goodsInfo"><h1>何首乌草本洗发皂 100g</h1>
<ul><li>本店售价：<font class="shop">￥29.00</font></li></ul>
<div id="com_v"><p>荣誉：中国名牌产品<br>国家免检产品</p><p>冷制工艺，泡沫细腻，适合油性头皮日常清洁。</p></div></div>
<div id="footer">杭州青丝日化有限公司</div>""", meta="gbk", meta_style="http"), enc="gbk")

# ---- I3 tingli.test 聆声 助听器 (holdout, GBK, dedecms-like) ----------------------------
TING_FOOT = ("<div class=\"foot\">北京聆声听力科技有限公司　统一社会信用代码：%s<br>"
             "<a href=\"https://beian.miit.gov.cn\">京ICP备19023456号-1</a>　京公网安备 11010802030405号<br>"
             "医疗器械经营许可证：京海食药监械经营许20190456号</div>" % C_LINGSHENG)

add("lingsheng", "H", "lingsheng-home", "http://tingli.test/", "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '中国驰名商标' used as a banner honour to sell the goods (商标局 2016-09-09 批复: "
    "突出使用 as an honour is unlawful). Case: 福州市市场监管局 2016-2017 企业自建网站使用'驰名商标'字样 查处.",
    page("聆声助听器官网", """
<div class="top"><img src="/templets/default/images/logo.gif" alt="聆声"> <span class="slogan">中国驰名商标 · 聆声助听器</span></div>
<div class="nav"><a href="/">首页</a> <a href="/a/chanpin/">产品中心</a> <a href="/a/mendian/">验配门店</a></div>
<div class="list"><ul><li><a href="/a/chanpin/15.html">耳背式数字助听器 LS-20</a></li></ul></div>
""" + TING_FOOT, meta="gbk"), enc="gbk")

add("lingsheng", "H", "lingsheng-hearing-aid", "http://tingli.test/a/chanpin/15.html", "-",
    "trap: 助听器 (第二类医疗器械) page quoting the 注册证 and its 适用范围 and telling buyers to get a hearing test; the word "
    "听力损失 is in the registered scope (广告法 第十六条; 医疗器械说明书和标签管理规定).",
    page("耳背式数字助听器 LS-20_聆声助听器", """
<div class="viewbox"><h1>耳背式数字助听器 LS-20</h1>
<p>注册证编号：京械注准20212190456</p>
<p>适用范围：供轻度至中重度听力损失患者补偿听力使用。</p>
<p>验配前请先做纯音测听，由验配师按听力图调试；效果因人而异。禁忌内容或者注意事项详见说明书。</p></div>
""" + TING_FOOT, meta="gbk"), enc="gbk")

# ---- I4 yanjing.test 明視眼鏡 (main, Big5, traditional script, 廈門 company) ---------------
MS_FOOT = ("<div class=\"footer\">廈門明視眼鏡有限公司　統一社會信用代碼：%s<br>"
           "<a href=\"https://beian.miit.gov.cn/\">閩ICP備2020012345號-1</a>　閩公網安備 35020302000123號</div>" % C_MINGSHI)

add("mingshi", "M", "mingshi-home", "http://yanjing.test/", "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 廣告法 第九條第三項 — '業界頂尖' and '全網最低' as claims about the shop's lenses/prices (not a grade, not "
    "a provable local fact). no case found.",
    page("明視眼鏡 | 台灣老師傅驗光配鏡", """
<div class="header"><h1>明視眼鏡</h1><p>台灣老師傅三十年驗光經驗，來廈門為大陸朋友服務</p></div>
<div class="promo"><p>鏡片業界頂尖，價格全網最低，買貴退差價！</p></div>
<ul class="menu"><li><a href="/lens/myopia-control">青少年控度鏡片</a></li><li><a href="/lens/custom">訂製近視鏡片</a></li></ul>
""" + MS_FOOT, meta="big5", lang="zh-TW"), enc="big5")

add("mingshi", "M", "mingshi-myopia", "http://yanjing.test/lens/myopia-control", "FALSE_CLAIM",
    "FALSE_CLAIM: 廣告法 第十七條 and 第二十八條 — promises to cure myopia and reverse 度數 for ordinary spectacle lenses. "
    "no case found (kind of claim as in the 2011 國家食藥監局 device-ad exposure).",
    page("青少年控度鏡片 - 明視眼鏡", """
<div class="product"><h2>青少年控度鏡片</h2>
<p>售價：人民幣 <span class="price">1280</span> 元／副</p>
<p>戴滿一年近視度數不漲反降，假性近視直接治癒，孩子從此告別眼鏡。</p></div>
""" + MS_FOOT, meta="big5", lang="zh-TW"), enc="big5")

add("mingshi", "M", "mingshi-custom-lens", "http://yanjing.test/lens/custom", "-",
    "trap: lenses ground to the buyer's 驗光處方 are 定作 goods, exempt from 七日無理由 by 消費者權益保護法 第二十五條第一款(一); "
    "frames bought alone stay returnable, which the page says.",
    page("訂製近視鏡片 - 明視眼鏡", """
<div class="product"><h2>訂製近視鏡片（依驗光處方加工）</h2>
<p>售價：人民幣 <span class="price">680</span> 元起</p>
<p>退換說明：鏡片依您提供的驗光處方單獨磨製，屬定作商品，依法不適用七天無理由退貨；
單買鏡框未加工者，收貨七天內可無理由退貨。</p></div>
""" + MS_FOOT, meta="big5", lang="zh-TW"), enc="big5")

add("mingshi", "M", "mingshi-split-claim", "http://yanjing.test/lens/warm-eye", "FALSE_CLAIM",
    "FALSE_CLAIM: 廣告法 第十七條 — 乾眼症/青光眼 treatment promised for a heated eye mask (not a device), with the verb split "
    "across tags (治<b>癒</b>) and &nbsp; entities. Case: 國家食藥監局 2011 device-ad exposure (kind of claim); no eye-mask case found.",
    page("蒸氣熱敷眼罩 - 明視眼鏡", """
<div class="product"><h2>蒸氣熱敷眼罩&nbsp;20片</h2>
<p>售價：人民幣 <span class="price">89</span> 元</p>
<p>乾眼症、青光眼早期，每晚一片，三週<span>治</span><b>癒</b>，眼藥水可以&nbsp;停&nbsp;了。</p></div>
""" + MS_FOOT, meta="big5", lang="zh-TW"), enc="big5")

# ---- I5 beile.test 贝乐母婴 (holdout, 有赞-like H5) ---------------------------------------
BEILE_FOOT = ("<div class=\"footer\">天津贝乐母婴用品有限公司 统一社会信用代码：%s<br>"
              "<a href=\"https://beian.miit.gov.cn/\">津ICP备2022003456号-2</a></div>" % C_BEILE)

add("beile", "H", "beile-home", "http://beile.test/", "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: the 亮照 link's serial begins with another company's code (" + C_BEILE_OTHER + ", 天津滨海宏图贸易) "
    "while the page shows " + C_BEILE + " (DOMAIN: compare serial with the code shown; 电子商务法 第十五条 true display). "
    "no case found.",
    page("贝乐母婴 · 微商城", """
<div class="van-nav-bar"><span class="van-nav-bar__title">贝乐母婴</span></div>
<div class="custom-image-swiper"><img src="/upload/banner1.jpg" alt="新客礼"></div>
<div class="goods-list"><a href="/goods/probiotic">婴幼儿益生菌粉</a></div>
<div class="shop-cert"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=""" + C_BEILE_OTHER + """-SAIC_SHOW_1000009""" + C_BEILE_OTHER + """1681234567890&amp;signData=MEUCIQDx"><img src="/img/lz.png" alt="营业执照亮照"></a></div>
""" + BEILE_FOOT))

add("beile", "H", "beile-probiotic", "http://beile.test/goods/probiotic", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 and 第二十八条 (湿疹/腹泻/免疫 claims for an ordinary 固体饮料). Case: 天津市津南区市场监管局 "
    "2020 金轩宝贝孕婴用品商店 '激活自身免疫细胞' 虚假广告 罚20万.",
    page("婴幼儿益生菌粉", """
<div class="goods-title">婴幼儿益生菌粉 2g×30袋（固体饮料）</div>
<div class="goods-price"><span class="price">¥158</span></div>
<div class="rich-text"><p>宝宝湿疹反反复复？拉肚子、便秘、积食一冲就好。</p>
<p>每天一袋，提升免疫力，少跑医院少打针。</p></div>
""" + BEILE_FOOT))

# ---- I6 jiyin.test 基因立方 (main, 飞书-like landing) --------------------------------------
JY_FOOT = ("<footer><p>苏州基因立方生物科技有限公司　营业执照注册号：%s</p>"
           "<p><a href=\"https://beian.miit.gov.cn/\">苏ICP备16012345号-3</a>　苏公网安备 32059002001234号</p></footer>" % R_JIYIN)

add("jiyin", "M", "jiyin-home", "http://jiyin.test/", "-",
    "trap: the licence is shown as a valid 15-digit 注册号 (ISO 7064 MOD 11,10 checks), the pre-2015 format, still a licence "
    "display (电子商务法 第十五条); the registry extract lists it 存续.",
    page("基因立方 GeneCube", """
<main class="landing"><section class="hero"><h1>读懂自己的基因</h1><p>祖源分析 · 营养代谢 · 运动基因</p>
<a class="cta" href="/kit/full">了解检测套餐</a></section></main>
""" + JY_FOOT))

add("jiyin", "M", "jiyin-kit", "http://jiyin.test/kit/full", "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 广告法 第九条第三项 — '全球顶级' and '精准度无人能及' as claims. Not FALSE_CLAIM: the page claims only "
    "ancestry/nutrition traits, no disease. no case found.",
    page("全景基因检测 - 基因立方", """
<main><h1>全景基因检测套餐</h1>
<p class="price">¥599</p>
<p>全球顶级测序平台，数据精准度无人能及。</p>
<p>报告包含祖源构成、营养代谢与运动特质共120项，不涉及疾病诊断。</p></main>
""" + JY_FOOT))

# ---- I7 zuliao.test 足道堂 (main, GBK, PbootCMS-like) ------------------------------------
ZD_FOOT = ("<div class=\"copyright\">长沙足道堂健康管理有限公司 统一社会信用代码：%s　"
           "<a href=\"https://beian.miit.gov.cn/\">湘ICP备2021031号</a></div>" % C_ZUDAO)
ZD_FOOT_OK = ("<div class=\"copyright\">长沙足道堂健康管理有限公司</div>")

add("zudao", "M", "zudao-home", "http://zuliao.test/", "ICP_INVALID",
    "ICP_INVALID: '湘ICP备2021031号' has 7 digits — a filing number has 8 (or 10 with a year prefix) — 非经营性互联网信息服务"
    "备案管理办法. no case found.",
    page("足道堂 - 足疗养生连锁", """
<div class="pb-header"><a href="/" class="logo">足道堂</a></div>
<div class="pb-banner"><h2>一双脚，一盆水，一份安心</h2></div>
<div class="pb-list"><a href="/product/12.html">中药足浴粉</a> <a href="/service/3.html">到店足疗套餐</a></div>
""" + ZD_FOOT, meta="gbk"), enc="gbk")

add("zudao", "M", "zudao-footbath", "http://zuliao.test/product/12.html", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十七条 (降三高/失眠/痛风 for a foot-bath powder, not a drug). Case: no exact case found; kind as in "
    "慈溪市市场监管局 2016 (养生体验店 '治疗…高血压、高血脂'). Wrong charset: bytes are GBK, <meta> says utf-8.",
    page("中药足浴粉", """
<div class="pb-content"><h1>中药足浴粉 30包</h1><p>价格：<span class="price">￥58</span></p>
<p>每晚泡一包，血压血脂血糖三高慢慢降下来，痛风、失眠泡上半个月明显好转。</p></div>
""" + ZD_FOOT_OK, meta="utf-8"), enc="gbk")

add("zudao", "M", "zudao-service-review", "http://zuliao.test/service/3.html", "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 网络反不正当竞争暂行规定 第九条第(五)项 (卡券 for a 指定好评); 反不正当竞争法 第八条. Case: 扬州市江都区 "
    "市场监管局 2020 饮品店 '好评返现' 卡片 罚12000 (江苏省局 刷单炒信典型案例).",
    page("到店足疗套餐", """
<div class="pb-content"><h1>到店足疗套餐 90分钟</h1><p>团购价：<span class="price">￥128</span></p>
<p>消费后在点评写五星好评并带三张店内照片，凭截图前台领取价值68元的艾灸体验券一张。</p></div>
""" + ZD_FOOT_OK, meta="gbk"), enc="gbk")

# ---- I8 zuoyi.test 安途 (holdout, GB18030, 1688-like B2B) --------------------------------
AT_FOOT = ("<div class=\"mod-footer\">宁波安途儿童用品有限公司　统一社会信用代码 %s<br>"
           "<a href=\"https://beian.miit.gov.cn/\">浙ICP备2019034567号-1</a>　浙公网安备 33020302001122号<br>"
           "业务对接：王䶮 0574-8765 4321</div>" % C_ANTU)

add("antu", "H", "antu-home", "http://zuoyi.test/", "FALSE_HONOUR",
    "FALSE_HONOUR: '国家免检产品' — the 免检 scheme was abolished in 2008 (国务院 2008-09 废止《国务院关于进一步加强产品质量"
    "工作若干问题的决定》免检条款; 质检总局 2008年第109号令 废止《产品免于质量监督检查管理办法》), so the honour cannot be "
    "current; 广告法 第二十八条, 反不正当竞争法 (2025) 第九条. no case found. GB18030 page with 䶮 (outside GBK).",
    page("安途儿童安全座椅 源头工厂", """
<div class="mod-header"><h1>安途儿童安全座椅</h1><span class="tag">国家免检产品</span> <span class="tag">源头工厂 支持OEM</span></div>
<div class="offer-list"><a href="/offer/8801.html">ISOFIX 儿童安全座椅 0-12岁</a></div>
""" + AT_FOOT, meta="gb18030"), enc="gb18030")

add("antu", "H", "antu-seat-3c", "http://zuoyi.test/offer/8801.html", "-",
    "trap: a real child seat with its CCC certificate number and GB 27887 / ECE R129 — the lawful contrast to the 安全坐垫 "
    "listings (强制性产品认证管理规定); the words 安全坐垫 appear only to say it is not one.",
    page("ISOFIX 儿童安全座椅", """
<div class="offer"><h1>ISOFIX 儿童安全座椅 0-12岁 360°旋转</h1>
<p>批发价 <span class="price">￥420.00</span>/台 起批量 10台</p>
<table><tr><td>3C证书编号</td><td>2022011119123456</td></tr>
<tr><td>执行标准</td><td>GB 27887-2011；ECE R129</td></tr></table>
<p>本品为刚性座椅，不是“安全坐垫”。联系人：王䶮</p></div>
""" + AT_FOOT, meta="gb18030"), enc="gb18030")

# ---- I9 renhe.test 仁和大药房 (main, 阿里健康-like 药房) ----------------------------------
RH_FOOT = ("<div class=\"ft\"><p>济南仁和大药房有限公司　统一社会信用代码：%s</p>"
           "<p>药品经营许可证：鲁AA5310042　互联网药品信息服务资格证书：（鲁）-经营性-2022-0031</p>"
           "<p><a href=\"https://beian.miit.gov.cn/\">鲁ICP备2020045678号-1</a>　鲁公网安备 37010202000888号</p></div>" % C_RENHE)

add("renhe", "M", "renhe-home", "http://renhe.test/", "-",
    "trap: a licensed online pharmacy home showing 营业执照, 药品经营许可证 and 互联网药品信息服务资格证书 (药品网络销售监督管理"
    "办法 第十二条); 处方药 mentioned only as a rule.",
    page("仁和大药房网上药店", """
<div class="hd"><h1>仁和大药房网上药店</h1><p>处方药须凭处方，执业药师在线审方</p></div>
<ul class="cat"><li><a href="/otc/">非处方药</a></li><li><a href="/rx/">处方药</a></li><li><a href="/notice/banned">网售禁止药品说明</a></li></ul>
""" + RH_FOOT))

add("renhe", "M", "renhe-mifepristone", "http://renhe.test/rx/mifepristone", "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 药品网络销售禁止清单（第一版）二(四) 米非司酮 (国家药监局 2022-11-30 公告); 药品管理法 第六十一条. "
    "Case: the 禁止清单 itself.",
    page("米非司酮片 - 仁和大药房", """
<div class="goods"><h1>米非司酮片 25mg×6片</h1><p class="price">¥65.00</p>
<p>隐私包装，顺丰当日发，无需到院，拍下后药师电话指导服用。</p></div>
""" + RH_FOOT))

add("renhe", "M", "renhe-banned-notice", "http://renhe.test/notice/banned", "-",
    "trap: a refusal notice that quotes names from the 药品网络销售禁止清单 (疫苗, 米非司酮, 复方甘草片…) to say they are NOT "
    "sold online — quoted law and refusal, no listing.",
    page("网售禁止药品说明 - 仁和大药房", """
<div class="article"><h1>以下药品本店不在网上销售</h1>
<p>根据国家药监局《药品网络销售禁止清单（第一版）》，疫苗、血液制品、麻醉药品、精神药品，以及米非司酮、右美沙芬口服单方制剂、
含麻醉药品的口服复方制剂（如复方甘草片）等，不能通过网络零售。如需购买，请持处方到我们的线下门店咨询药师。</p></div>
""" + RH_FOOT))

# ---- I10 qingqu.test 悦享 成人用品 (main, GBK, WooCommerce-like) --------------------------
YX_FOOT = ("<footer class=\"site-info\">东莞悦享生活科技有限公司　营业执照注册号：%s　"
           "<a href=\"https://beian.miit.gov.cn/\">粤ICP备2020098765号-1</a></footer>" % R_YUEXIANG)

add("yuexiang", "M", "yuexiang-home", "http://qingqu.test/", "LICENSE_INVALID,RETURN_REFUSED",
    "LICENSE_INVALID: the 15-digit 注册号 fails its ISO 7064 MOD 11,10 check digit (GB/T 17710). RETURN_REFUSED: "
    "消费者权益保护法 第二十五条 — a blanket 'all goods, opened or not, no 七天无理由' covers sealed goods and has no buyer "
    "confirmation (七日无理由退货暂行办法 第七、八条 only allow excluding opened hygiene goods after confirmation). no case found.",
    page("悦享 · 成人生活馆", """
<div class="site-header"><span class="site-title">悦享 · 成人生活馆</span></div>
<div class="woocommerce-store-notice">隐私商品，全场不支持七天无理由退换，拆不拆封都不退，下单即视为同意。</div>
<ul class="products"><li class="product"><a href="/product/lingerie">蕾丝睡裙</a></li><li class="product"><a href="/product/massager">按摩器</a></li></ul>
""" + YX_FOOT, meta="gbk"), enc="gbk")

add("yuexiang", "M", "yuexiang-fuke", "http://qingqu.test/product/lingerie", "COUNTERFEIT_TERM,LICENSE_INVALID",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '复刻' a named brand's design with its logo tag. Case: 扬州 2025 假冒'朱莉欧'素颜霜 "
    "12家网店售假案 for the online counterfeit pattern; no lingerie case found. LICENSE_INVALID: the footer 注册号 fails "
    "ISO 7064 MOD 11,10 (LICENSE_INVALID is not a home-only duty in the contract).",
    page("蕾丝睡裙", """
<div class="product"><h1 class="product_title">蕾丝吊带睡裙</h1>
<p class="price"><span class="woocommerce-Price-amount">￥89.00</span></p>
<div class="woocommerce-product-details__short-description"><p>复刻维密秀场款，领标吊牌一比一还原，不是正品价。</p></div></div>
""" + YX_FOOT, meta="gbk"), enc="gbk")

add("yuexiang", "M", "yuexiang-chiming", "http://qingqu.test/product/massager", "LICENSE_INVALID,WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '驰名商标' as a selling point in the product title. Case: 福州市市场监管局 "
    "2016-2017 自建网站'驰名商标'字样 查处. LICENSE_INVALID: footer 注册号 fails ISO 7064 MOD 11,10 (not home-only).",
    page("按摩器", """
<div class="product"><h1 class="product_title">【驰名商标】悦享牌 颈肩按摩器</h1>
<p class="price"><span class="woocommerce-Price-amount">￥199.00</span></p>
<p>揉捏＋热敷两档，USB充电，适合久坐上班族放松肩颈。</p></div>
""" + YX_FOOT, meta="gbk"), enc="gbk")

# ---- I11 aomei.test 澳美 (holdout, Big5, 澳門-style seller, 珠海 company) -----------------
AM_FOOT = ("<div id=\"foot\">珠海澳美化妝品有限公司　統一社會信用代碼 %s<br>粵公網安備 44040202000567號</div>" % C_AOMEI)

add("aomei", "H", "aomei-home", "http://aomei.test/", "ICP_MISSING",
    "ICP_MISSING: 互聯網信息服務管理辦法 第十二條 — only a 公網安備 number is shown; it is not an ICP filing or licence. "
    "Licence code is shown and 存續. no case found.",
    page("澳美美妝 · 澳門直郵", """
<div id="head"><h1>澳美美妝</h1><p>澳門門市直郵內地，珠海公司開票</p></div>
<div id="list"><a href="/p/101">保濕面霜</a>　<a href="/p/102">口紅禮盒</a></div>
""" + AM_FOOT, meta="big5", lang="zh-TW"), enc="big5")

add("aomei", "H", "aomei-yuandan", "http://aomei.test/p/101", "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商標法 第五十七條 — '原單' (traditional script) and '專櫃貨同廠' for brand cream. Case: 溫州甌海區 2023 "
    "直播間假冒SK-II 面霜案 ('正品積壓貨、清倉貨' cover story).",
    page("保濕面霜 - 澳美美妝", """
<div class="item"><h2>大牌保濕面霜 50ml</h2><p>價格：人民幣 <span class="price">158</span> 元</p>
<p>原單尾貨，與專櫃貨同廠同批，外盒輕微壓痕所以便宜。</p></div>
""" + AM_FOOT, meta="big5", lang="zh-TW"), enc="big5")

add("aomei", "H", "aomei-no-return", "http://aomei.test/p/102", "RETURN_REFUSED",
    "RETURN_REFUSED: 消費者權益保護法 第二十五條 — sealed lipstick gift boxes are no statutory exemption; refusal is blanket. "
    "no case found.",
    page("口紅禮盒 - 澳美美妝", """
<div class="item"><h2>口紅禮盒 三支裝</h2><p>價格：人民幣 <span class="price">299</span> 元</p>
<p>跨境直郵商品，一經售出，恕不接受七天無理由退貨，未拆封亦同。</p></div>
""" + AM_FOOT, meta="big5", lang="zh-TW"), enc="big5")

# ---- I12 tijian.test 安和 (main, UTF-8 BOM, Halo-like) -------------------------------------
AH_FOOT = ("<footer class=\"footer\"><a href=\"https://beian.miit.gov.cn/\">川ICP备2022019876号-3</a>"
           "　川公网安备 51010702002345号</footer>")

add("anhe", "M", "anhe-home", "http://tijian.test/", "LICENSE_MISSING",
    "LICENSE_MISSING: 电子商务法 第十五条 — only a '可信网站' trust seal is displayed; the licence code sits in a <script> "
    "JSON block, which is not displayed. Trust seals are not 亮照 (DOMAIN). no case found.",
    page("安和体检 · 预约", """
<div class="nav"><a href="/">安和体检</a> <a href="/packages/hp">幽门螺杆菌检测</a></div>
<section><h2>企业团检 · 个人体检预约</h2><p>成都武侯、高新、锦江三家门店。</p></section>
<div class="seal"><a href="https://credit.example-seal.test/"><img src="/img/kexin.png" alt="可信网站 身份验证"></a></div>
<script type="application/ld+json">{"@type":"Organization","name":"成都安和健康管理有限公司","taxID":\"""" + C_ANHE + """\"}</script>
""" + AH_FOOT), bom=True)

add("anhe", "M", "anhe-hp-test", "http://tijian.test/packages/hp", "-",
    "trap: a 碳13 breath-test package stating that results are for reference and the clinic diagnoses — disease words in a "
    "medical service description by a 医疗机构-backed seller, with no cure promise (广告法 第十七条 concerns claims of "
    "treatment for non-medical goods).",
    page("幽门螺杆菌检测 - 安和体检", """
<article><h1>碳13呼气试验（幽门螺杆菌检测）</h1><p>价格 <span class="price">¥120</span></p>
<p>检测在合作医院检验科完成，报告由执业医师签发。结果阳性是否需要治疗，请遵医嘱；本页不作治疗承诺。</p></article>
""" + AH_FOOT), bom=True)

# ---- I13 hudun.test 护盾 口罩 (holdout, GBK, 慧聪-like B2B) --------------------------------
HD_FOOT = ("<div class=\"foot\">保定护盾防护用品有限公司　统一社会信用代码：%s<br>"
           "<a href=\"https://beian.miit.gov.cn/\">冀ICP备2021012345号-1</a>　冀公网安备 13060202000456号</div>" % C_HUDUN)

add("hudun", "H", "hudun-home", "http://kouzhao-b2b.test/", "LICENSE_INVALID",
    "LICENSE_INVALID: the displayed 统一社会信用代码 fails the GB 32100-2015 check character. no case found.",
    page("护盾防护 - 口罩源头厂家", """
<div class="hc-top"><h1>护盾防护用品</h1><p>KN95 / 日常防护口罩 / 防尘口罩 源头厂家</p></div>
<div class="prod"><a href="/prod/kn95.html">KN95 折叠口罩</a>　<a href="/prod/dust.html">防尘口罩</a></div>
""" + HD_FOOT, meta="gbk"), enc="gbk")

add("hudun", "H", "hudun-patent", "http://kouzhao-b2b.test/prod/kn95.html", "FALSE_HONOUR,LICENSE_INVALID",
    "FALSE_HONOUR: '专利号 ZL 2020 2 123456.7' has 11 digits before the dot — a CN application number has 12 (or 8 before "
    "2003), so it is malformed; 广告法 第十二条, 反不正当竞争法 (2025) 第九条. no case found. LICENSE_INVALID: footer code fails "
    "GB 32100 check (not a home-only duty). Missing <meta charset> (bytes GBK).",
    page("KN95 折叠口罩 - 护盾防护", """
<div class="prod-detail"><h1>KN95 折叠口罩（GB 2626-2019）</h1><p>出厂价：<span class="price">￥0.45</span>/只　5万只起订</p>
<p>鼻夹专利号：ZL 2020 2 123456.7</p><p>执行标准 GB 2626-2019 KN95，非医疗器械。</p></div>
""" + HD_FOOT, meta=None), enc="gbk")

add("hudun", "H", "hudun-absolute", "http://kouzhao-b2b.test/prod/dust.html", "ABSOLUTE_TERM,LICENSE_INVALID",
    "ABSOLUTE_TERM: 广告法 第九条第三项 — '过滤效率行业最强' and '顶级熔喷布' as claims (not the standard's KN95 grade). "
    "no case found. LICENSE_INVALID: footer code fails GB 32100 check (not a home-only duty).",
    page("防尘口罩 - 护盾防护", """
<div class="prod-detail"><h1>工业防尘口罩 带呼吸阀</h1><p>出厂价：<span class="price">￥1.20</span>/只</p>
<p>过滤效率行业最强，顶级熔喷布，打磨、装修粉尘统统挡住。</p></div>
""" + HD_FOOT, meta="gbk"), enc="gbk")

# ---- I14 beiyin.test 贝因 奶瓶 (main, GBK, Discuz!/portal-like brand site) ----------------
BY_FOOT = ("<div id=\"ft\">广州贝因母婴用品有限公司　统一社会信用代码：%s<br>"
           "<a href=\"https://beian.miit.gov.cn/\">粤ICP备2018076543号-1</a>　粤公网安备 44011102000777号</div>" % C_BEIYIN)

add("beiyin", "M", "beiyin-home", "http://naiping.test/", "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '驰名商标' in the home-page banner next to the buy button (突出使用 as an "
    "honour; 商标局 2016 批复). Case: 福州市市场监管局 2016-2017 自建网站 驰名商标字样.",
    page("贝因 BEIYIN 奶瓶官网", """
<div id="hd"><h2>贝因 BEIYIN</h2></div>
<div class="banner"><b>驰名商标 贝因奶瓶</b>　宝宝喝奶不呛不胀气　<a href="/goods/ppsu.html">立即购买</a></div>
<div class="nav"><a href="/about.html">品牌故事</a>　<a href="/goods/ppsu.html">PPSU奶瓶</a></div>
""" + BY_FOOT, meta="gbk"), enc="gbk")

add("beiyin", "M", "beiyin-about", "http://naiping.test/about.html", "-",
    "trap: a factual history line ('2016年…被认定为驰名商标' with the court case number) in the 'about us' text, not "
    "突出使用 — 商标局 2016-09-09 批复 to 江苏省工商局 says such 事实性陈述 is not a 第十四条第五款 violation. Not a home "
    "page. Missing <meta charset> (bytes GBK).",
    page("品牌故事 - 贝因", """
<div class="mn"><h1>品牌故事</h1>
<p>贝因成立于2009年，从一家奶嘴代工厂起步。2016年，广州知识产权法院在（2016）粤73民初123号案件中认定“贝因”商标为驰名商标，
这是对我们十多年产品的一份肯定。今天我们仍专注奶瓶和奶嘴两件事。</p></div>
""" + BY_FOOT, meta=None), enc="gbk")

add("beiyin", "M", "beiyin-own-compare", "http://naiping.test/goods/ppsu.html", "-",
    "trap: own-brand comparison (new model vs the brand's own 2019 model, with numbers) — exempt as self-comparison in the "
    "2023 绝对化用语 guideline; no '最' claim against others.",
    page("PPSU奶瓶 - 贝因", """
<div class="mn"><h1>贝因第三代 PPSU 奶瓶 270ml</h1><p>售价：<span class="price">￥139.00</span></p>
<p>和贝因2019款相比：瓶身轻了18%，防胀气阀由单孔改为双孔，耐温由150℃提高到180℃。</p></div>
""" + BY_FOOT, meta="gbk"), enc="gbk")

# ---- I15 kangfu-wx.test 艾康 (main, UTF-8 BOM, 公众号文章+小程序卡片) ------------------------
AK_FOOT = ("<div class=\"rich_media_tool\">武汉艾康健康科技有限公司　统一社会信用代码：%s</div>" % C_AIKANG)

add("aikang", "M", "aikang-home", "http://kangfu-wx.test/", "ICP_MISSING",
    "ICP_MISSING: 互联网信息服务管理办法 第十二条 — the footer says 'ICP备案审核中' without any number; no filing is shown. "
    "no case found.",
    page("艾康健康 · 居家艾灸", """
<div class="weui-panel"><h2>艾康健康</h2><p>居家艾灸用品与艾灸知识</p>
<a class="weui-cell" href="/mp/moxa-article">艾灸能治百病吗？</a></div>
""" + AK_FOOT + """<p class="beian">ICP备案审核中</p>"""), bom=True)

add("aikang", "M", "aikang-article", "http://kangfu-wx.test/mp/moxa-article", "-",
    "trap: a 科普 article rejecting cure claims for moxibustion and a product card with plain use instructions — the "
    "disease words appear in negations and advice to see a doctor. BOM page whose <meta> wrongly says gbk (BOM wins).",
    page("艾灸能治百病吗？", """
<div class="rich_media_content">
<h1>艾灸能治百病吗？</h1>
<p>不能。网上“艾灸根治风湿”“贴一贴治好宫寒不孕”的说法没有依据。艾灸是一种温热疗法，家用艾灸盒只是日用品，
腰痛、关节痛持续不缓解，请到正规医院就诊。</p>
<div class="weapp_card"><p>小程序 · 艾康居家艾灸盒</p><p>¥69　使用时离皮肤3厘米以上，防止烫伤。</p></div>
</div>
""" + AK_FOOT, meta="gbk"), bom=True)

# ---- I16 kuaiyao.test 快药 (holdout, GB18030, 叮当快药-like) ---------------------------------
KY_FOOT = ("<div class=\"footer\"><p>合肥快药健康科技有限公司　<a href=\"/license.html\">营业执照</a>　"
           "<a href=\"/license.html#drug\">药品经营许可证</a>　互联网药品信息服务资格证书：（皖）-经营性-2021-0012</p>"
           "<p><a href=\"https://beian.miit.gov.cn/\">皖ICP备2020056789号-2</a>　皖公网安备 34010402001234号</p>"
           "<p>药师热线 0551-6500 1234（药师：李䶮）</p></div>")

add("kuaiyao", "H", "kuaiyao-home", "http://kuaiyao.test/", "-",
    "trap: the licence is displayed as an image with alt text plus a link to a licence page (电子商务法 第十五条 allows "
    "'上述信息的链接标识'); no code in text, yet the duty is met. GB18030 page (䶮 outside GBK).",
    page("快药 · 28分钟送药上门", """
<div class="header"><h1>快药</h1><p>合肥市区 28 分钟送药上门</p></div>
<div class="cert"><a href="/license.html"><img src="/img/yyzz-thumb.jpg" alt="营业执照电子版（合肥快药健康科技有限公司）"></a></div>
<ul class="goods"><li><a href="/otc/">感冒止咳</a></li><li><a href="/rx/">慢病用药（凭处方）</a></li></ul>
""" + KY_FOOT, meta="gb18030"), enc="gb18030")

add("kuaiyao", "H", "kuaiyao-gancao", "http://kuaiyao.test/drug/3301", "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 药品网络销售禁止清单（第一版）二(二) 含麻醉药品口服复方制剂 — 复方甘草片 contains 阿片粉 (国家药监局 "
    "2022-11-30 公告). Case: the 禁止清单 itself.",
    page("复方甘草片 - 快药", """
<div class="drug"><h1>复方甘草片 100片/瓶</h1><p>价格：<span class="price">￥9.80</span></p>
<p>老牌止咳片，多拍多优惠，一次最多可买10瓶。</p></div>
""" + KY_FOOT, meta="gb18030"), enc="gb18030")

add("kuaiyao", "H", "kuaiyao-insulin", "http://kuaiyao.test/drug/3302", "-",
    "trap: insulin is an injection, but the 禁止清单 二(一) excludes 降糖类药物 from the injection ban and 二(三) excludes "
    "胰岛素 from the peptide-hormone ban; sold on prescription with cold-chain delivery.",
    page("胰岛素注射液 - 快药", """
<div class="drug"><h1>【处方药】门冬胰岛素注射液 3ml:300单位</h1><p>价格：<span class="price">￥76.00</span></p>
<p>凭处方购买，药师审核；全程2-8℃冷链配送。降糖类注射剂不在网售禁止清单范围内。</p></div>
""" + KY_FOOT, meta="gb18030"), enc="gb18030")

# ---- I17 xianzhi.test 个人闲置 (main, 闲鱼-like personal seller) ----------------------------
XZ_FOOT = ("<div class=\"ft\"><p>本站由个人运营：出售自家孩子用过的母婴闲置，属于零星小额交易，依照《电子商务法》第十条"
           "不需要办理市场主体登记。</p><p><a href=\"https://beian.miit.gov.cn/\">渝ICP备2023004567号-1</a></p></div>")

add("xianzhi", "M", "xianzhi-home", "http://xianzhi.test/", "-",
    "trap: no licence code, but the 电子商务法 第十条 exemption statement (零星小额交易, 不需要办理市场主体登记) is displayed, "
    "which 第十五条 accepts instead of licence information; personal ICP filing shown.",
    page("小满家的母婴闲置", """
<div class="idle-list"><h1>小满家的母婴闲置</h1>
<div class="card"><a href="/item/seat">二手儿童安全座椅 九成新</a> <span class="price">¥260</span></div>
<div class="card"><a href="/item/seat">婴儿背带</a> <span class="price">¥40</span></div></div>
""" + XZ_FOOT))

add("xianzhi", "M", "xianzhi-used-seat", "http://xianzhi.test/item/seat", "-",
    "trap: a used CCC-certified child seat (3C mark photographed, GB 27887) — not a 安全坐垫; 'A货'/'原单' do not occur; "
    "'高仿' appears only inside a hidden element (display:none), which is not displayed.",
    page("二手儿童安全座椅", """
<div class="idle-detail"><h1>二手儿童安全座椅 九成新</h1><p class="price">¥260</p>
<p>2022年买的，3C标志和合格证都在（见图），ISOFIX接口，孩子长大用不上了。同城自提优先。</p>
<p style="display:none">搜索词：高仿 坐垫</p></div>
""" + XZ_FOOT))

# ---- I18 anyi.test 安颐 护理用品 (holdout) ---------------------------------------------------
AY_FOOT = ("<div class=\"footer\">西安安颐护理用品有限公司　统一社会信用代码：%s　"
           "<a href=\"https://beian.miit.gov.cn/\">华ICP备20230415号</a></div>" % C_ANYI)

add("anyi", "H", "anyi-home", "http://anyi.test/", "ICP_INVALID",
    "ICP_INVALID: '华ICP备20230415号' — 华 is no province abbreviation (非经营性互联网信息服务备案管理办法; DOMAIN list). "
    "no case found.",
    page("安颐护理 · 成人护理用品", """
<div class="top"><h1>安颐护理</h1><p>成人纸尿裤 · 护理垫 · 防褥疮床垫</p></div>
<div class="list"><a href="/goods/adult-diaper">成人拉拉裤</a></div>
""" + AY_FOOT))

add("anyi", "H", "anyi-diaper-review", "http://anyi.test/goods/adult-diaper", "ICP_INVALID,REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 电子商务法 第十七条; 网络反不正当竞争暂行规定 第九条第(五)项 — cash for a 5-star review with photos. "
    "Case: 什邡市人民法院 2024 行政案 (客服承诺'好评带图返现1元' 被市场监管部门处罚). ICP_INVALID: the site footer's '华ICP备' "
    "(unknown abbreviation) is displayed here too; ICP_INVALID is not a home-only duty in the contract.",
    page("成人拉拉裤 - 安颐护理", """
<div class="goods"><h1>成人拉拉裤 L码 10片</h1><p class="price">¥45.00</p>
<p>【晒单有礼】收货后追评满星并上传两张图，联系客服返 3 元现金，长辈用得好请帮我们说句好话。</p></div>
""" + AY_FOOT))

# ---- I19 meirongyi.test 射频美容仪 (main) ------------------------------------------------
MY_FOOT = ("<footer class=\"sl-footer\"><p>佛山颜焕美容仪器有限公司 · 统一社会信用代码 %s</p>"
           "<p><a href=\"https://beian.miit.gov.cn/\">萌ICP备20230888号</a></p></footer>" % C_YANHUAN)

add("yanhuan", "M", "yanhuan-home", "http://meirongyi.test/", "ICP_INVALID",
    "ICP_INVALID: '萌ICP备' is a joke registry, not a province abbreviation (DOMAIN: 萌ICP备 is not a filing; "
    "互联网信息服务管理办法 第十二条). no case found.",
    page("YANHUAN 颜焕 家用美容仪", """
<div class="sl-header"><a href="/">YANHUAN</a> <a href="/products/rf-pro">RF Pro 射频仪</a></div>
<section class="sl-hero"><h2>把护肤这件事，交给时间和坚持</h2></section>
""" + MY_FOOT))

add("yanhuan", "M", "yanhuan-rf", "http://meirongyi.test/products/rf-pro", "FALSE_CLAIM,ICP_INVALID",
    "FALSE_CLAIM: 广告法 第十七条 (痤疮 treatment), 第二十八条 (医美效果, 溶脂); 射频美容仪 is a 第三类医疗器械 from 2024-04-01 "
    "(国家药监局 2022年第30号公告) and this page shows no 注册证. Case: 家用美容仪 行政处罚 review (meirongyi.cc 2024) citing 广告法 "
    "第十七条 违法使用医疗用语 penalties. ICP_INVALID: the footer's '萌ICP备' joke number is displayed here too (not home-only).",
    page("RF Pro 射频美容仪", """
<div class="product-info"><h1>RF Pro 多极射频美容仪</h1>
<div class="product-price"><span class="price">¥1,680.00</span></div>
<p>在家做热玛吉！医美级射频直达筋膜层，溶脂瘦脸，法令纹一次淡化，痘痘、痘印一起治。</p></div>
""" + MY_FOOT))


# ====================================================================== writing
def tsv_cell(s):
    assert "\t" not in s and "\n" not in s, s
    return s


def build(out):
    files = {}   # relpath -> bytes
    lab = {"M": ["# file\turl\tcodes"], "H": ["# file\turl\tcodes"]}
    notes = {"M": ["# file\tencoding\tbom\tnote"], "H": ["# file\tencoding\tbom\tnote"]}
    hist = {"M": ["# file\turl\tdays_before"], "H": ["# file\turl\tdays_before"]}
    n = {"M": 0, "H": 0}
    seen_names = set()
    for p in PAGES:
        side = p["side"]
        n[side] += 1
        assert p["name"] not in seen_names, p["name"]
        seen_names.add(p["name"])
        fname = "%03d-%s.html" % (n[side], p["name"])
        base = "" if side == "M" else "holdout/"
        files[base + "pages/" + fname] = lib.encode(p["html"], p["enc"], p["bom"])
        codes = p["codes"]
        if codes != "-":
            parts = codes.split(",")
            assert parts == sorted(parts) and len(set(parts)) == len(parts), codes
        lab[side].append("\t".join([fname, tsv_cell(p["url"]), codes]))
        notes[side].append("\t".join([fname, p["enc"], "yes" if p["bom"] else "no", tsv_cell(p["note"])]))
        for i, (days, html) in enumerate(p["history"]):
            hname = "%s-h%d.html" % (fname[:-5], i + 1)
            files[base + "history/" + hname] = lib.encode(html, "utf-8")
            hist[side].append("\t".join([hname, p["url"], ("%g" % days)]))
    for side, base in (("M", ""), ("H", "holdout/")):
        files[base + "labels.tsv"] = ("\n".join(lab[side]) + "\n").encode("utf-8")
        files[base + "notes.tsv"] = ("\n".join(notes[side]) + "\n").encode("utf-8")
        files[base + "history.tsv"] = ("\n".join(hist[side]) + "\n").encode("utf-8")
    files["registry.tsv"] = ("# code\tname\tstatus\n" + "".join(
        "%s\t%s\t%s\n" % r for r in REGISTRY)).encode("utf-8")
    for rel, data in files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return files


GENERATED_DIRS = ["pages", "history", "holdout"]
GENERATED_FILES = ["labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        tmp = tempfile.mkdtemp()
        try:
            files = build(tmp)
            bad = 0
            for rel, data in files.items():
                path = os.path.join(HERE, rel)
                if not os.path.exists(path) or open(path, "rb").read() != data:
                    print("differs:", rel)
                    bad += 1
            on_disk = set()
            for d in GENERATED_DIRS:
                for root, _, fs in os.walk(os.path.join(HERE, d)):
                    for f in fs:
                        on_disk.add(os.path.relpath(os.path.join(root, f), HERE))
            for extra in sorted(on_disk - set(files)):
                print("extra file:", extra)
                bad += 1
            if bad:
                sys.exit(1)
            print("check ok: %d files identical" % len(files))
        finally:
            shutil.rmtree(tmp)
        return
    for d in GENERATED_DIRS:
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    files = build(HERE)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
