"""Helpers for corpus9/t: check-digit arithmetic, encoding and page templates.
No labels live here: every label is written by hand in gen.py next to its page."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check(base8):
    s = sum(_org_val(c) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    """head8 = registration authority + kind + 6-digit division; org8 = first 8 of the org code."""
    body = head8 + org8 + org_check(org8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def uscc_bad(code):
    """The same code with a wrong final check character (a false display)."""
    i = USCC_CHARS.index(code[-1])
    return code[:-1] + USCC_CHARS[(i + 7) % 31]


def reg15(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def reg15_bad(code):
    return code[:-1] + str((int(code[-1]) + 3) % 10)


def encode(text, enc, bom=False):
    b = text.encode(enc)  # strict: a character the codec lacks is a bug in the page
    if bom:
        assert enc == "utf-8"
        b = b"\xef\xbb\xbf" + b
    return b


# ---------------------------------------------------------------- platform (mall.wangjian.test)
MALL_FOOTER = (
    '<div class="mall-foot">\n'
    '  <p>网剑商城 版权所有 &copy; 2019-2026 杭州网剑网络科技有限公司</p>\n'
    '  <p>统一社会信用代码 91330100MA27WJ011R ｜ <a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a>'
    ' ｜ <a href="http://www.beian.gov.cn/">浙公网安备 33010802000405号</a></p>\n'
    '</div>\n')


def mall_shop(charset, title, shop_name, license_html, mark_html, body):
    meta = '<meta charset="%s">\n' % charset if charset else ""
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n' + meta +
            '<title>%s - 网剑商城</title>\n<link rel="stylesheet" href="/static/mall.css">\n</head>\n<body class="shop-home">\n'
            '<div class="mall-top"><a href="/">网剑商城</a> <a href="/rules/">规则中心</a> <a href="/help/">帮助</a></div>\n'
            '<div class="shop-head">\n  <h1 class="shop-name">%s</h1>\n%s%s</div>\n'
            '<div class="shop-body">\n%s\n</div>\n%s</body>\n</html>\n'
            ) % (title, shop_name, license_html, mark_html, body, MALL_FOOTER)


def mall_item(charset, title, shop_link, body):
    meta = '<meta charset="%s">\n' % charset if charset else ""
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n' + meta +
            '<title>%s - 网剑商城</title>\n<link rel="stylesheet" href="/static/mall.css">\n</head>\n<body class="item-detail">\n'
            '<div class="mall-top"><a href="/">网剑商城</a> &gt; %s</div>\n'
            '<div class="item-main">\n%s\n</div>\n%s</body>\n</html>\n'
            ) % (title, shop_link, body, MALL_FOOTER)


# ---------------------------------------------------------------- independent sites, by look-alike
def _head(meta, title, extra=""):
    return ('<!DOCTYPE html>\n<html>\n<head>\n%s<title>%s</title>\n%s</head>\n'
            % (meta, title, extra))


TRAD_CHROME = [("商品分类", "商品分類"), ("我的账户", "我的帳戶"), ("购物车", "購物車")]


def page(style, meta, title, body, footer="", trad=False):
    """style names the shop system whose layout the markup imitates (own markup, not copied).
    trad=True writes the template's own words in traditional script (for Big5 pages)."""
    html = _page(style, meta, title, body, footer)
    if trad:
        for a, b in TRAD_CHROME:
            html = html.replace(a, b)
    return html


def _page(style, meta, title, body, footer):
    if style == "javashop":
        return (_head(meta, title, '<link rel="stylesheet" href="/statics/css/javashop.css">\n') +
                '<body>\n<div id="header" class="js-header"><div class="logo"></div><ul class="nav"><li><a href="/">首页</a></li>'
                '<li><a href="/goods/list">全部商品</a></li><li><a href="/member/">会员中心</a></li></ul></div>\n'
                '<div id="main" class="js-main">\n%s\n</div>\n<div id="footer" class="js-footer">\n%s\n</div>\n</body>\n</html>\n'
                % (body, footer))
    if style == "presta":
        return (_head(meta, title, '<link rel="stylesheet" href="/themes/classic-zh/assets/css/theme.css">\n') +
                '<body id="index" class="lang-zh">\n<header id="header"><div class="header-nav"><span class="hidden-sm-down">欢迎光临</span></div>'
                '<div class="header-top"><div id="_desktop_logo"></div></div></header>\n'
                '<section id="wrapper"><div class="container"><div id="content-wrapper">\n%s\n</div></div></section>\n'
                '<footer id="footer"><div class="footer-container"><div class="container">\n%s\n</div></div></footer>\n</body>\n</html>\n'
                % (body, footer))
    if style == "opencart":
        return (_head(meta, title, '<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet">\n') +
                '<body class="common-home">\n<nav id="top"><div class="container"><div id="top-links" class="nav pull-right">'
                '<ul class="list-inline"><li><a href="index.php?route=account/account">我的账户</a></li>'
                '<li><a href="index.php?route=checkout/cart">购物车</a></li></ul></div></div></nav>\n'
                '<div id="common-home" class="container"><div class="row"><div id="content" class="col-sm-12">\n%s\n</div></div></div>\n'
                '<footer><div class="container">\n%s\n</div></footer>\n</body>\n</html>\n' % (body, footer))
    if style == "zencart":
        return (_head(meta, title, '<link rel="stylesheet" href="includes/templates/classic/css/stylesheet.css">\n') +
                '<body id="indexBody">\n<div id="mainWrapper">\n<table width="100%%" border="0" cellspacing="0" cellpadding="0" id="contentMainWrapper">\n'
                '<tr><td id="navColumnOne" class="columnLeft" style="width: 150px"><div id="categories" class="leftBoxContainer">'
                '<h3 class="leftBoxHeading">商品分类</h3></div></td>\n<td valign="top">\n%s\n</td></tr>\n</table>\n'
                '<div id="navSuppWrapper">\n%s\n</div>\n</div>\n</body>\n</html>\n' % (body, footer))
    if style == "miniapp":
        return (_head(meta, title, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n') +
                '<body>\n<div id="app" class="wx-webview"><div class="page">\n%s\n<div class="page-foot">\n%s\n</div>\n'
                '</div></div>\n<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>\n</body>\n</html>\n'
                % (body, footer))
    if style == "b2b":
        return (_head(meta, title, '<link rel="stylesheet" href="/css/b2b_supply.css">\n') +
                '<body>\n<div class="topbar">供应信息 ｜ 求购信息 ｜ 企业黄页 ｜ 展会</div>\n<div class="wrap">\n%s\n</div>\n'
                '<div class="copyright">\n%s\n</div>\n</body>\n</html>\n' % (body, footer))
    if style == "saas":
        return (_head(meta, title, '<link rel="stylesheet" href="/assets/site.min.css">\n') +
                '<body>\n<header class="site-header"><nav><a href="/">首页</a><a href="/pricing.html">价格方案</a>'
                '<a href="/join.html">招商合作</a><a href="/about.html">关于我们</a></nav></header>\n<main>\n%s\n</main>\n'
                '<footer class="site-footer">\n%s\n</footer>\n</body>\n</html>\n' % (body, footer))
    if style == "plain":
        return (_head(meta, title) + '<body>\n%s\n<hr>\n%s\n</body>\n</html>\n' % (body, footer))
    raise ValueError(style)
