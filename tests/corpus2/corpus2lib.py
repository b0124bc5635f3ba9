"""Building blocks for gen.py: number formats, templates, encodings.

This module never decides a label.  It computes identifiers (USCC, 注册号, ICP,
公网安备) from the formats in DOMAIN.md, wraps hand-written page bodies in
look-alike shop-system templates, and encodes the result.  Every identifier it
makes is recorded in FACTS with the validity the author intended, so that
selfcheck.py can verify it with its own, separate implementation.
"""

import hashlib

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]

# identifier string -> (kind, intended_valid)
FACTS = {}

# province abbreviation -> GB/T 2260 province prefix
PROV = {"京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21",
        "吉": "22", "黑": "23", "沪": "31", "苏": "32", "浙": "33", "皖": "34",
        "闽": "35", "赣": "36", "鲁": "37", "豫": "41", "鄂": "42", "湘": "43",
        "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "蜀": "51",
        "黔": "52", "滇": "53", "藏": "54", "陕": "61", "甘": "62", "陇": "62",
        "青": "63", "宁": "64", "新": "65"}


def _digits(seed, n):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    out = "".join(str(int(c, 16) % 10) for c in h)
    return out[:n]


def org_check(org8):
    total = 0
    for ch, w in zip(org8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        total += v * w
    c = 11 - total % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    total = sum(USCC_ALPHA.index(ch) * w for ch, w in zip(first17, USCC_W))
    return USCC_ALPHA[(31 - total % 31) % 31]


def uscc(div, seed, kind="91", bad=None):
    """A USCC for division `div`; bad: None (valid), 'check' (wrong check
    character), 'org' (GB 11714 check inside wrong, outer check right),
    'char' (a letter outside the alphabet), 'short' (17 characters)."""
    org8 = _digits(seed, 8)
    oc = org_check(org8)
    if bad == "org":
        oc = str((int(oc) + 3) % 10) if oc.isdigit() else "1"
    body = kind + div + org8 + oc
    code = body + uscc_check(body)
    if bad == "check":
        i = USCC_ALPHA.index(code[-1])
        code = code[:-1] + USCC_ALPHA[(i + 7) % 31]
    elif bad == "char":
        code = code[:12] + "O" + code[13:]
    elif bad == "short":
        code = code[:17]
    FACTS[code] = ("uscc", bad is None)
    return code


def regno(div, seed, bad=False):
    """15-digit 注册号 with ISO 7064 MOD 11,10 check digit."""
    first14 = div + _digits(seed, 8)
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    chk = (11 - p) % 10
    if bad:
        chk = (chk + 4) % 10
    code = first14 + str(chk)
    FACTS[code] = ("regno", not bad)
    return code


def icp(prov, seed, site=None, year=None, valid=True, raw=None):
    """ICP filing number.  raw: an exact (usually malformed) string."""
    if raw is not None:
        FACTS[raw] = ("icp", valid)
        return raw
    num = (year + _digits("icp:" + seed, 6)) if year else _digits("icp:" + seed, 8)
    s = "%sICP备%s号" % (prov, num)
    if site:
        s += "-%d" % site
    FACTS[s] = ("icp", valid)
    return s


def gongan(prov, county, seed):
    assert county.startswith(PROV[prov])
    s = "%s公网安备 %s%s号" % (prov, county, _digits("ga:" + seed, 8))
    FACTS[s] = ("gongan", True)
    return s


# ---------------------------------------------------------------- encodings

META = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}


def meta_tag(enc, style):
    if style == "none":
        return ""
    if style.startswith("label:"):
        label = style[6:]
    else:
        label = META[enc]
    if style == "http-equiv" or style.startswith("label:"):
        return ('<meta http-equiv="Content-Type" content="text/html; charset=%s">'
                % label)
    return '<meta charset="%s">' % label


def encode(text, enc, bom):
    data = text.encode(enc)  # strict: a character outside the set is a bug
    if bom:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data


# ---------------------------------------------------------------- templates

TRAD = {
    "首页": "首頁", "全部商品分类": "全部商品分類", "购物车": "購物車", "我的订单": "我的訂單",
    "登录": "登入", "免费注册": "免費註冊", "帮助中心": "幫助中心", "关于我们": "關於我們",
    "联系我们": "聯絡我們", "售后服务": "售後服務", "配送方式": "配送方式", "支付方式": "付款方式",
    "版权所有": "版權所有", "客服热线": "客服熱線", "在线客服": "線上客服", "搜索": "搜尋",
    "商品详情": "商品詳情", "规格参数": "規格參數", "累计评价": "累計評價", "加入购物车": "加入購物車",
    "立即购买": "立即購買", "营业执照": "營業執照", "统一社会信用代码": "統一社會信用代碼",
    "销量": "銷量", "库存": "庫存", "运费": "運費", "包邮": "包郵", "服务": "服務",
    "新品上市": "新品上市", "热销推荐": "熱銷推薦", "店铺": "店鋪", "收藏": "收藏",
    "价格": "價格", "原价": "原價", "现价": "現價", "市场价": "市場價", "本店售价": "本店售價",
    "促销价": "促銷價", "品牌": "品牌", "会员中心": "會員中心", "地址": "地址",
    "本站": "本站", "公司": "公司", "经营者": "經營者",
}


def L(word, trad):
    return TRAD[word] if trad else word


def _nav(trad, items):
    return "".join('<li><a href="/%s">%s</a></li>' % (href, L(w, trad))
                   for href, w in items)


def _foot_lines(site, page):
    """The licence/ICP/公安 lines of an independent site's footer.  A page may
    replace any of them (lic=, icp=, gongan= given as HTML, '' to omit)."""
    lic = page.get("lic", site.get("lic_html", ""))
    icp_s = page.get("icp", site.get("icp_html", ""))
    ga = page.get("gongan", site.get("gongan_html", ""))
    return lic, icp_s, ga


def tpl_ecshop(site, page, body):
    t = site.get("trad", False)
    lic, icp_s, ga = _foot_lines(site, page)
    return """<div id="top-bar"><div class="block clearfix"><span class="f_l">{welcome}</span>
<ul class="top_nav f_r"><li><a href="user.php">{login}</a></li><li><a href="user.php?act=register">{reg}</a></li><li><a href="flow.php">{cart}</a></li></ul></div></div>
<div class="block header_bg"><div id="logo"><a href="/"><img src="themes/default/images/logo.gif" alt="{shop}"></a></div>
<form id="searchForm" action="search.php"><input name="keywords" type="text"><input type="submit" value="{search}"></form></div>
<div id="mainNav" class="block clearfix"><a href="index.php" class="cur">{home}</a>{nav}</div>
<div class="block clearfix" id="main">
{body}
</div>
<div class="blank"></div>
<div id="bottomNav" class="block"><div class="box_1"><div class="helpTitle">{help}</div>
<a href="article.php?id=1">{about}</a> | <a href="article.php?id=2">{contact}</a> | <a href="article.php?id=3">{after}</a></div></div>
<div id="footer" class="block"><div class="text">
&copy; 2015-2026 {shop} {rights}<br>
{lic}<br>
{hot}: {tel}<br>
{icp} {ga}
</div></div>""".format(
        welcome=site.get("welcome", "欢迎光临本店！" if not t else "歡迎光臨本店！"),
        login=L("登录", t), reg=L("免费注册", t), cart=L("购物车", t), shop=site["shop"],
        search=L("搜索", t), home=L("首页", t),
        nav="".join('<a href="category.php?id=%d">%s</a>' % (i + 1, c)
                    for i, c in enumerate(site.get("cats", []))),
        body=body, help=L("帮助中心", t), about=L("关于我们", t), contact=L("联系我们", t),
        after=L("售后服务", t), rights=L("版权所有", t), lic=lic, hot=L("客服热线", t),
        tel=site.get("tel", "400-820-0000"), icp=icp_s, ga=ga)


def tpl_shopxo(site, page, body):
    t = site.get("trad", False)
    lic, icp_s, ga = _foot_lines(site, page)
    return """<div class="header-top"><div class="am-container"><ul class="top-nav-left"><li>{welcome}</li></ul>
<ul class="top-nav-right"><li><a href="/index.php?s=/index/user/index.html">{member}</a></li><li><a href="/index.php?s=/index/cart/index.html">{cart}</a></li></ul></div></div>
<div class="nav-search am-container"><div class="logo"><a href="/"><img src="/static/upload/images/common/logo.png" alt="{shop}"></a></div>
<div class="search-bar"><input type="text" placeholder="{search}"><button>{search}</button></div></div>
<div class="goods-category-nav am-container"><span class="category-all">{allcat}</span><ul class="nav-list">{nav}</ul></div>
<div class="am-container page-body">
{body}
</div>
<div class="footer am-container"><div class="footer-nav"><a href="/about.html">{about}</a><a href="/contact.html">{contact}</a><a href="/payment.html">{pay}</a><a href="/delivery.html">{ship}</a></div>
<div class="footer-about"><p>{lic}</p><p>{addr}</p>
<p class="footer-icp">{icp} {ga}</p><p class="copyright">Copyright &copy; 2026 {shop}</p></div></div>""".format(
        welcome=site.get("welcome", "您好，欢迎来到" + site["shop"]), member=L("会员中心", t),
        cart=L("购物车", t), shop=site["shop"], search=L("搜索", t), allcat=L("全部商品分类", t),
        nav="".join('<li><a href="/category-%d.html">%s</a></li>' % (i + 1, c)
                    for i, c in enumerate(site.get("cats", []))),
        body=body, about=L("关于我们", t), contact=L("联系我们", t), pay=L("支付方式", t),
        ship=L("配送方式", t), lic=lic, addr=site.get("addr", ""), icp=icp_s, ga=ga)


def tpl_crmeb(site, page, body):
    lic, icp_s, ga = _foot_lines(site, page)
    state = page.get("state_json", '{"config":{"site_name":"%s"}}' % site["shop"])
    return """<div id="app" data-server-rendered="true"><div class="header"><div class="wrapper"><div class="logo"><a href="/" class="nuxt-link-active"><img src="/static/images/logo.png" alt="{shop}"></a></div>
<div class="menu acea-row"><a href="/" class="item">首页</a><a href="/goods_cate" class="item">商品分类</a><a href="/goods_list" class="item">全部商品</a><a href="/user" class="item">个人中心</a></div></div></div>
<div class="wrapper_1200">
{body}
</div>
<div class="footer"><div class="wrapper_1200"><div class="footer-info"><div class="item">{lic}</div>
<div class="item">客服电话：{tel}</div><div class="item beian">{icp} {ga}</div>
<div class="item">Copyright &copy; {shop}</div></div></div></div></div>
<script>window.__NUXT__={state}</script>""".format(
        shop=site["shop"], body=body, lic=lic, tel=site.get("tel", "400-000-0000"),
        icp=icp_s, ga=ga, state=state)


def tpl_likeshop(site, page, body):
    lic, icp_s, ga = _foot_lines(site, page)
    return """<header class="ls-header"><div class="ls-header__inner"><a class="ls-logo" href="/">{shop}</a>
<nav class="ls-nav"><a href="/">首页</a><a href="/category">分类</a><a href="/news">资讯</a><a href="/cart">购物车</a><a href="/user">我的</a></nav></div></header>
<main class="ls-main">
{body}
</main>
<footer class="ls-footer"><div class="ls-footer__service"><span>正品保障</span><span>快速发货</span><span>售后无忧</span></div>
<div class="ls-footer__copyright"><p>{lic}</p><p>{icp} {ga}</p><p>&copy; 2026 {shop} 客服：{tel}</p></div></footer>""".format(
        shop=site["shop"], body=body, lic=lic, icp=icp_s, ga=ga, tel=site.get("tel", "400-111-2222"))


def tpl_dsmall(site, page, body):
    t = site.get("trad", False)
    lic, icp_s, ga = _foot_lines(site, page)
    return """<div class="public-top"><div class="w1200"><span class="login-info">{welcome} <a href="/home/login/login.html">{login}</a> <a href="/home/login/register.html">{reg}</a></span>
<ul class="quick-menu"><li><a href="/home/memberorder/index.html">{orders}</a></li><li><a href="/home/cart/index.html">{cart}</a></li></ul></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="/uploads/home/common/site_logo.png" alt="{shop}"></a></div></div>
<div class="ds-nav w1200"><ul><li><a href="/">{home}</a></li>{nav}</ul></div>
<div class="w1200 ds-main">
{body}
</div>
<div class="footer"><div class="w1200"><div class="footer-promise"><dl><dt>{svc}</dt></dl></div>
<div class="footer-link"><a href="/home/article/show/article_id/1.html">{about}</a> | <a href="/home/article/show/article_id/2.html">{contact}</a></div>
<div class="footer-copyright"><p>{lic}</p><p>{icp} {ga}</p><p>Copyright &copy; 2026 {shop} {rights}</p></div></div></div>""".format(
        welcome=site.get("welcome", ("您好，歡迎來到" if t else "您好，欢迎来到") + site["shop"]), login=L("登录", t),
        reg=L("免费注册", t), orders=L("我的订单", t), cart=L("购物车", t), shop=site["shop"],
        home=L("首页", t),
        nav="".join('<li><a href="/home/goods/index/cate_id/%d.html">%s</a></li>' % (i + 1, c)
                    for i, c in enumerate(site.get("cats", []))),
        body=body, svc=site.get("promise", "正品保障 · 七天无理由退货 · 满99包邮" if not t else "正品保障 · 滿99包郵"),
        about=L("关于我们", t), contact=L("联系我们", t), lic=lic, icp=icp_s, ga=ga,
        rights=L("版权所有", t))


TEMPLATES = {"ecshop": tpl_ecshop, "shopxo": tpl_shopxo, "crmeb": tpl_crmeb,
             "likeshop": tpl_likeshop, "dsmall": tpl_dsmall}


def mall_frame(platform, body):
    """The demo platform mall.wangjian.test: its own header and footer with the
    platform's identity (licence, ICP, B2 permit, hotline).  These belong to
    the platform, not to the shop whose page it is."""
    return """<div class="mall-topbar"><div class="mall-w">网剑商城 · 放心购 <a href="https://mall.wangjian.test/login">请登录</a> <a href="https://mall.wangjian.test/reg">免费注册</a></div></div>
<div class="mall-header mall-w"><a class="mall-logo" href="https://mall.wangjian.test/">网剑商城</a><form class="mall-search" action="/search"><input name="q"><button>搜索</button></form></div>
{body}
<div class="mall-footer"><div class="mall-w"><p><a href="/rules">平台规则</a> | <a href="/help">消费者保障</a> | <a href="/open">商家入驻</a></p>
<p>{plic}</p><p>{picp} | 增值电信业务经营许可证：{b2} | {pga}</p><p>平台客服热线 {tel} &copy; 2026 网剑商城</p></div></div>""".format(
        body=body, plic=platform["lic_html"], picp=platform["icp"], b2=platform["b2"],
        pga=platform["gongan"], tel=platform["tel"])


def document(title, head_extra, meta, body_html, lang="zh-CN"):
    return """<!DOCTYPE html>
<html lang="{lang}">
<head>
{meta}
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/common.css">
{extra}
</head>
<body>
{body}
</body>
</html>
""".format(lang=lang, meta=meta, title=title, extra=head_extra, body=body_html)
