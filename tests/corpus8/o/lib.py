"""Helpers for corpus8/o: check-digit arithmetic, encodings and page skeletons.
Holds no labels: every label is written by hand in gen.py next to its page."""

A31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W17 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(o8):
    s = 0
    for ch, w in zip(o8, [3, 7, 9, 10, 5, 8, 4, 2]):
        s += (int(ch) if ch.isdigit() else ord(ch) - 55) * w
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def U(head8, org8):
    """Valid 统一社会信用代码 from 登记管理部门+类别+行政区划 (8) and an organisation-code body (8)."""
    body = head8 + org8 + _org_check(org8)
    s = sum(A31.index(ch) * w for ch, w in zip(body, W17))
    return body + A31[(31 - s % 31) % 31]


def BAD(code):
    """Same code with a wrong final check character (a false display)."""
    last = code[-1]
    i = (A31.index(last) + 7) % 31
    return code[:-1] + A31[i]


def R(first14):
    """Valid 15-digit 注册号 (ISO 7064 MOD 11,10)."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def RBAD(first14):
    good = R(first14)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def encode(text, enc, bom):
    data = text.encode(enc)
    if bom:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data


def meta(charset):
    if charset is None:
        return ""
    return '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset


# ---- platform mall.wangjian.test -------------------------------------------------
MALL_FOOT = """<div class="mall-footer">
<p><a href="/help/">帮助中心</a> | <a href="/rules/">平台规则</a> | <a href="/ip/">知识产权保护</a> | <a href="/report/">违法和不良信息举报</a></p>
<p>杭州网剑网络科技有限公司 统一社会信用代码：91330100MA27WJ011R</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2023040506号-1</a> &nbsp; <a href="http://www.beian.gov.cn/">浙公网安备 33010802000405号</a></p>
<p>&copy; 2021-2026 网剑商城 mall.wangjian.test 版权所有</p>
</div>"""


def mall_page(title, charset, body):
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
%s<title>%s - 网剑商城</title>
<link rel="stylesheet" href="/static/mall.css">
</head>
<body>
<div class="mall-top"><a href="/">网剑商城首页</a> <a href="/login">请登录</a> <a href="/cart">购物车</a> <form action="/search"><input name="q" placeholder="搜索 商品/店铺"></form></div>
%s
%s
</body>
</html>
""" % (meta(charset), title, body, MALL_FOOT)


# ---- independent sites: skeletons in the style of various shop systems ------------
_TRAD = str.maketrans({"录": "錄", "类": "類", "页": "頁", "们": "們", "联": "聯", "户": "戶", "账": "賬", "车": "車"})


def page(style, title, charset, body, foot, html5_meta=False):
    out = _page(style, title, charset, body, foot, html5_meta)
    if charset == "big5":
        # traditional-script sellers localise the shop system's own chrome too
        out = out.replace("联系我们", "聯絡我們").translate(_TRAD)
    return out


def _page(style, title, charset, body, foot, html5_meta=False):
    if html5_meta and charset:
        m = '<meta charset="%s">\n' % charset
    else:
        m = meta(charset)
    if style == "javashop":
        return """<!DOCTYPE html>
<html>
<head>
%s<title>%s</title>
<link href="/static/css/javashop-b2b2c.css" rel="stylesheet">
</head>
<body>
<div id="shortcut"><div class="w"><ul class="fl"><li>您好，欢迎来到本商城！</li><li><a href="/login.html">[登录]</a></li><li><a href="/register.html">[免费注册]</a></li></ul></div></div>
<div id="header" class="w"><div class="logo"><a href="/"><img src="/static/logo.png" alt="logo"></a></div></div>
<div class="w main">
%s
</div>
<div id="footer"><div class="w">
%s
</div></div>
</body>
</html>
""" % (m, title, body, foot)
    if style == "opencart":
        return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html dir="ltr" lang="zh-CN">
<head>
%s<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet">
</head>
<body class="common-home">
<nav id="top"><div class="container"><div id="top-links" class="nav pull-right"><ul class="list-inline"><li><a href="index.php?route=account/account">我的账户</a></li><li><a href="index.php?route=checkout/cart">购物车</a></li></ul></div></div></nav>
<div id="content" class="container">
%s
</div>
<footer><div class="container">
<div class="row"><div class="col-sm-3"><h5>信息</h5><ul class="list-unstyled"><li><a href="index.php?route=information/information&amp;information_id=4">关于我们</a></li><li><a href="index.php?route=information/information&amp;information_id=6">配送说明</a></li></ul></div>
<div class="col-sm-3"><h5>客户服务</h5><ul class="list-unstyled"><li><a href="index.php?route=information/contact">联系我们</a></li><li><a href="index.php?route=account/return/add">退换货</a></li></ul></div></div>
<hr>
%s
</div></footer>
</body></html>
""" % (m, title, body, foot)
    if style == "zencart":
        return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="zh">
<head>
%s<title>%s</title>
<base href="/" />
</head>
<body id="indexHomeBody">
<div id="mainWrapper">
<div id="headerWrapper"><div id="navMainWrapper"><ul class="back"><li><a href="index.php?main_page=index">首页</a></li><li><a href="index.php?main_page=login">登录</a></li></ul></div></div>
<table width="100%%" border="0" cellspacing="0" cellpadding="0" id="contentMainWrapper"><tr>
<td id="navColumnOne" class="columnLeft" style="width: 150px"><div class="leftBoxContainer"><h3 class="leftBoxHeading">商品分类</h3></div></td>
<td valign="top">
%s
</td></tr></table>
<div id="navSuppWrapper">%s</div>
</div>
</body></html>
""" % (m, title, body, foot)
    if style == "waimai":
        return """<!DOCTYPE html>
<html>
<head>
%s<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>%s</title>
</head>
<body class="wm-body">
<div class="wm-header"><span class="wm-back">&lt;</span><span class="wm-title">%s</span></div>
<div class="wm-container">
%s
</div>
<div class="wm-qualification">
%s
</div>
<div class="wm-cart-bar"><a class="btn-settle" href="#">去结算</a></div>
</body>
</html>
""" % (m, title, title, body, foot)
    if style == "miniapp":
        return """<!DOCTYPE html>
<html>
<head>
%s<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>%s</title>
<script>window.__wxjs_environment = 'miniprogram';</script>
</head>
<body>
<div id="app"><uni-page><uni-page-wrapper><uni-page-body>
<view class="page">
%s
<view class="page-foot">
%s
</view>
</view>
</uni-page-body></uni-page-wrapper></uni-page></div>
</body>
</html>
""" % (m, title, body, foot)
    if style == "b2b":
        return """<!DOCTYPE html>
<html>
<head>
%s<title>%s</title>
<meta name="keywords" content="批发,厂家,供应">
</head>
<body>
<div class="topnav">欢迎来到产业带批发频道 | <a href="/member/">卖家中心</a> | <a href="/buyer/">采购中心</a></div>
<table class="company-head" width="1200" align="center"><tr><td class="cname">%s</td><td class="vip">诚信通第5年</td></tr></table>
<div class="company-main">
%s
</div>
<div class="company-foot">
%s
</div>
</body>
</html>
""" % (m, title, title, body, foot)
    if style == "saas":
        return """<!doctype html>
<html lang="zh-CN">
<head>
%s<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s</title>
</head>
<body>
<header class="site-header"><nav><a href="/">首页</a><a href="/pricing.html">价格方案</a><a href="/cases.html">客户案例</a><a class="btn" href="/trial.html">免费试用</a></nav></header>
<main>
%s
</main>
<footer class="site-footer">
%s
</footer>
</body>
</html>
""" % (m, title, body, foot)
    if style == "social":
        return """<!DOCTYPE html>
<html>
<head>
%s<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s</title>
</head>
<body class="yj-body">
<section class="yj-shopkeeper"><img class="avatar" src="/img/keeper.jpg" alt=""><span class="nick">店主推荐</span></section>
<section class="yj-content">
%s
</section>
<section class="yj-foot">
%s
</section>
<nav class="tabbar"><a href="/">首页</a><a href="/category">分类</a><a href="/cart">购物车</a><a href="/mine">我的</a></nav>
</body>
</html>
""" % (m, title, body, foot)
    if style == "presta":
        return """<!doctype html>
<html lang="zh">
<head>
%s<title>%s</title>
<link rel="stylesheet" href="/themes/classic/assets/css/theme.css" type="text/css" media="all">
</head>
<body id="index" class="lang-zh country-cn currency-cny layout-full-width page-index">
<main>
<header id="header"><div class="header-nav"><div id="_desktop_contact_link"><div id="contact-link"><a href="/contact-us">联系我们</a></div></div></div></header>
<section id="wrapper"><div class="container"><div id="content-wrapper">
%s
</div></div></section>
<footer id="footer"><div class="footer-container"><div class="container">
%s
</div></div></footer>
</main>
</body>
</html>
""" % (m, title, body, foot)
    if style == "plain":
        return """<html>
<head>
%s<title>%s</title>
</head>
<body bgcolor="#ffffff">
%s
<hr>
%s
</body>
</html>
""" % (m, title, body, foot)
    raise ValueError(style)
