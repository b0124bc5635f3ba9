"""Helpers for gen.py: page skeletons in the style of several shop systems,
check-digit arithmetic and encoding.  No labels live here."""
import html

USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc(kind2, div6, org8, valid=True):
    """kind2 e.g. '91'; org8 the first 8 chars of the organisation code.
    valid=False gives a wrong final check character (organisation code kept right)."""
    first17 = kind2 + div6 + org8 + org_check(org8)
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(first17, USCC_W))
    chk = (31 - s % 31) % 31
    if not valid:
        chk = (chk + 7) % 31
    return first17 + USCC_ALPHA[chk]


def regno(first14, valid=True):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    d = (11 - p) % 10
    if not valid:
        d = (d + 3) % 10
    return first14 + str(d)


def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def encode(text, enc, bom=False):
    b = text.encode(enc)  # strict: a character the encoding lacks is an error
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b


def meta_tag(meta):
    return '' if meta is None else '<meta charset="%s">\n' % meta


PLATFORM_FOOT = ('<div class="mall-footer"><p>网剑商城 mall.wangjian.test · 平台经营者：杭州网剑网络科技有限公司</p>'
                 '<p>统一社会信用代码 91330100MA27WJ011R · <a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a>'
                 ' · 浙公网安备 33010802000405号</p></div>')

STYLES = {
    # Javashop-like B2C: top bar, category nav, footer with cert row
    'javashop': ('<div class="top-bar"><div class="w"><a href="/member/login">登录</a> | <a href="/member/register">免费注册</a> | <a href="/member/order">我的订单</a></div></div>\n'
                 '<div class="header w"><a class="logo" href="/">{site}</a><form class="search"><input name="keyword"><button>搜索</button></form></div>\n'
                 '<div class="nav w"><ul><li><a href="/">首页</a></li><li><a href="/goods/list">全部商品</a></li><li><a href="/help">帮助中心</a></li></ul></div>\n'
                 '<div class="main w">\n{body}\n</div>\n<div class="footer w"><div class="copyright-cert">{foot}</div></div>'),
    # OpenCart Chinese theme
    'opencart': ('<nav id="top"><div class="container"><ul class="list-inline"><li><a href="/index.php?route=account/account">我的账户</a></li><li><a href="/index.php?route=checkout/cart">购物车</a></li></ul></div></nav>\n'
                 '<header><div class="container"><div id="logo"><h1><a href="/">{site}</a></h1></div></div></header>\n'
                 '<div class="container"><div class="row"><div id="content" class="col-sm-12">\n{body}\n</div></div></div>\n'
                 '<footer><div class="container"><hr>{foot}</div></footer>'),
    # SaaS 官网 with 价格方案
    'saas': ('<header class="site-header"><a class="brand" href="/">{site}</a><nav><a href="/product">产品</a><a href="/pricing.html">价格</a><a href="/cases">客户案例</a><a class="btn" href="/trial">免费试用</a></nav></header>\n'
             '<main>\n{body}\n</main>\n<footer class="site-footer"><div class="footer-legal">{foot}</div></footer>'),
    # 美团/大众点评-like store page
    'store': ('<div class="store-header"><div class="store-title">{site}</div><div class="store-meta"><span class="score">4.8分</span><span>人均¥--</span></div></div>\n'
              '<div class="store-tabs"><a>服务</a><a>评价</a><a>商家信息</a></div>\n<section class="store-body">\n{body}\n</section>\n'
              '<section class="store-info">{foot}</section>'),
    # Zen Cart classic table layout
    'zencart': ('<table id="mainWrapper" width="100%" cellspacing="0" cellpadding="0"><tr><td id="headerWrapper"><div id="logoWrapper"><a href="/">{site}</a></div>'
                '<div id="navMainWrapper"><a href="/">首页</a> :: <a href="/index.php?main_page=products_all">全部线路</a></div></td></tr>\n'
                '<tr><td id="contentMainWrapper">\n{body}\n</td></tr>\n<tr><td id="footer"><div id="siteinfoLegal">{foot}</div></td></tr></table>'),
    # 小程序 web-view H5
    'miniapp': ('<div id="app"><div class="uni-page-head"><div class="uni-page-head-title">{site}</div></div>\n<div class="uni-page-body">\n{body}\n</div>\n'
                '<div class="copyright-bar">{foot}</div></div>'),
    # 慧聪/中国制造网-like B2B 企业站
    'b2b': ('<div class="hc-top">欢迎来到 {site} 企业商铺 <a href="/contact.html">联系方式</a></div>\n<div class="hc-banner"><h1>{site}</h1></div>\n'
            '<div class="hc-nav"><a href="/">商铺首页</a><a href="/service/">服务项目</a><a href="/about.html">公司介绍</a></div>\n'
            '<div class="hc-main">\n{body}\n</div>\n<div class="hc-foot">{foot}</div>'),
    # 拼团/砍价 H5
    'pintuan': ('<div class="pt-wrap"><div class="pt-head">{site}</div>\n{body}\n<div class="pt-foot">{foot}</div></div>'),
    # 企业微信 shop page
    'wecom': ('<div class="wecom-shop"><div class="wecom-bar">{site} · 企业微信认证</div>\n<div class="wecom-content">\n{body}\n</div>\n<div class="wecom-foot">{foot}</div></div>'),
    # dated hand-written table site
    'oldtable': ('<table width="960" align="center" border="0"><tr><td bgcolor="#CC0000"><font color="#FFFFFF" size="5">{site}</font></td></tr>\n'
                 '<tr><td>\n{body}\n</td></tr>\n<tr><td align="center"><font size="2">{foot}</font></td></tr></table>'),
    # the demo platform
    'mall': ('<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> <a href="http://mall.wangjian.test/cart">购物车</a></div>\n'
             '<div class="mall-body">\n{body}\n</div>\n' + PLATFORM_FOOT),
}


# traditional-script skeletons for the Big5 (港澳台-run) sites
STYLES_TW = {
    'b2b': ('<div class="hc-top">歡迎來到 {site} 企業商鋪 <a href="/contact.html">聯絡方式</a></div>\n<div class="hc-banner"><h1>{site}</h1></div>\n'
            '<div class="hc-nav"><a href="/">商鋪首頁</a><a href="/service/">服務項目</a><a href="/about.html">公司介紹</a></div>\n'
            '<div class="hc-main">\n{body}\n</div>\n<div class="hc-foot">{foot}</div>'),
    'saas': ('<header class="site-header"><a class="brand" href="/">{site}</a><nav><a href="/product">產品</a><a href="/plans.html">價格</a><a href="/faq">常見問題</a><a class="btn" href="/buy">立即購買</a></nav></header>\n'
             '<main>\n{body}\n</main>\n<footer class="site-footer"><div class="footer-legal">{foot}</div></footer>'),
}


def render(style, title, site, body, foot, meta, lang='zh-CN'):
    skel = STYLES_TW[style] if lang == 'zh-TW' else STYLES[style]
    inner = skel.replace('{site}', html.escape(site)).replace('{body}', body).replace('{foot}', foot)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, meta_tag(meta), html.escape(title), inner))


def history_page(title, price_html, meta, style='mall', lang='zh-CN'):
    body = '<div class="item-detail"><h1 class="item-title">%s</h1>\n%s\n</div>' % (html.escape(title), price_html)
    if style == 'mall':
        return render('mall', title, '网剑商城', body, '', meta)
    return render(style, title, title, body, '', meta, lang)
