"""Helpers for corpus7/l: check-digit arithmetic, page templates, encoding. Holds no labels."""
A31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v36(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org(body8):
    c = 11 - sum(_v36(x) * w for x, w in zip(body8, W9)) % 11
    return body8 + ('X' if c == 10 else '0' if c == 11 else str(c))


def uscc(kind, div, body8):
    s = kind + div + org(body8)
    c = (31 - sum(A31.index(x) * w for x, w in zip(s, W18)) % 31) % 31
    return s + A31[c]


def bad(code):
    """same code with a wrong last character"""
    if len(code) == 15:
        return code[:14] + str((int(code[14]) + 3) % 10)
    i = A31.index(code[-1])
    return code[:-1] + A31[(i + 7) % 31]


def regno(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


MALL_FOOT = ('<div class="mall-footer"><p>杭州网剑网络科技有限公司 版权所有 | 统一社会信用代码 91330100MA27WJ011R</p>'
             '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> | 浙公网安备 33010802000405号</p></div>')


def meta(cs):
    return '' if cs is None else '<meta charset="%s">\n' % cs


def mall_shop(cs, shop_name, lic, mark, body):
    """platform shop home; lic and mark are raw HTML supplied by the page author"""
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s - 网剑商城</title>'
            '<link rel="stylesheet" href="/static/mall/shop.css"></head>\n<body class="shop-home">\n'
            '<header class="mall-top"><a href="/">网剑商城</a> <form action="/search"><input name="q"></form></header>\n'
            '<div class="shop-head"><h1 class="shop-name">%s</h1>%s</div>\n'
            '<main class="shop-body">\n%s\n</main>\n<div class="shop-qual">%s</div>\n%s\n</body></html>\n'
            % (meta(cs), shop_name, shop_name, mark, body, lic, MALL_FOOT))


def mall_item(cs, title, shop, price, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s</title></head>\n<body class="item">\n'
            '<header class="mall-top"><a href="/">网剑商城</a></header>\n'
            '<div class="item-main"><h1 class="item-title">%s</h1>\n<div class="item-shop">店铺：%s</div>\n'
            '<div class="price-box">%s</div>\n</div>\n<section class="item-desc">\n%s\n</section>\n%s\n</body></html>\n'
            % (meta(cs), title, title, shop, price, body, MALL_FOOT))


def dede(cs, title, nav, body, foot):
    """织梦-style table layout written for this corpus"""
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html><head>%s<title>%s</title>\n<meta name="generator" content="DedeCMS-like"></head>\n<body>\n'
            '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="nav">%s</td></tr>\n'
            '<tr><td class="main">\n%s\n</td></tr>\n<tr><td class="foot" align="center">%s</td></tr></table>\n</body></html>\n'
            % (meta(cs), title, nav, body, foot))


def empire(cs, title, body, foot):
    """帝国CMS-style div layout"""
    return ('<!DOCTYPE html>\n<html><head>%s<title>%s</title>\n<script>var _hmt=_hmt||[];</script></head>\n<body>\n'
            '<div id="header"><div class="logo">%s</div></div>\n<div id="wrap"><div class="listbox">\n%s\n</div></div>\n'
            '<div id="footer">%s</div>\n</body></html>\n' % (meta(cs), title, title, body, foot))


def wp(cs, title, body, foot):
    """WordPress 企业站-style"""
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s</title>\n'
            '<link rel="stylesheet" href="/wp-content/themes/qiye/style.css"></head>\n<body class="home page-template">\n'
            '<div class="site"><header class="site-header"><p class="site-title">%s</p></header>\n'
            '<div class="entry-content">\n%s\n</div>\n<footer class="site-footer"><div class="site-info">%s</div></footer></div>\n</body></html>\n'
            % (meta(cs), title, title, body, foot))


def uni(cs, title, body, foot):
    """uni-app H5 mall rendered to HTML"""
    return ('<!DOCTYPE html>\n<html><head>%s<meta name="viewport" content="width=device-width"><title>%s</title></head>\n'
            '<body><uni-app><uni-page data-page="pages/index/index"><uni-page-body>\n'
            '<uni-view class="u-nav">%s</uni-view>\n%s\n<uni-view class="u-foot">%s</uni-view>\n'
            '</uni-page-body></uni-page></uni-app>\n</body></html>\n' % (meta(cs), title, title, body, foot))


def wx(cs, title, author, body, foot):
    """微信公众号 article page that sells"""
    return ('<!DOCTYPE html>\n<html><head>%s<title>%s</title></head>\n<body id="activity-detail" class="zh_CN">\n'
            '<div class="rich_media"><h1 class="rich_media_title">%s</h1>\n<div class="rich_media_meta_list"><span class="rich_media_meta_nickname">%s</span></div>\n'
            '<div class="rich_media_content" id="js_content">\n%s\n</div>\n<div class="article_foot">%s</div></div>\n</body></html>\n'
            % (meta(cs), title, title, author, body, foot))


def shopex(cs, title, body, foot):
    """商派 ShopEx/ECStore-style"""
    return ('<!DOCTYPE html>\n<html><head>%s<title>%s</title>\n<link href="/themes/default/images/css.css" rel="stylesheet"></head>\n<body>\n'
            '<div class="page-header"><div class="logo"><a href="./">%s</a></div></div>\n<div class="page-main"><div class="GoodsListWrap">\n%s\n</div></div>\n'
            '<div class="page-footer"><div class="copyright">%s</div></div>\n</body></html>\n' % (meta(cs), title, title, body, foot))


def encode(html, enc, bom):
    b = html.encode(enc)  # strict
    return (b'\xef\xbb\xbf' + b) if bom else b
