"""Templates, check-digit arithmetic and encoding for corpus7/m. Holds no labels."""
import html

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_code(base8):
    s = sum(_orgval(c) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(kind, division, base8, valid=True):
    body = kind + division + org_code(base8)
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(body, USCC_W))
    chk = USCC_ALPHA[(31 - s % 31) % 31]
    if not valid:  # deliberately wrong check character
        chk = USCC_ALPHA[(USCC_ALPHA.index(chk) + 7) % 31]
    return body + chk


def regno(first14, valid=True):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    d = (11 - p) % 10
    if not valid:
        d = (d + 3) % 10
    return first14 + str(d)


STYLES = {
 # name: (wrapper open, wrapper close) -- look-alikes written for this corpus
 "empire": ('<div id="header"><div class="logo">{site}</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/list/">产品中心</a></li><li><a href="/about/">关于我们</a></li></ul></div>\n<div id="main" class="ecms-content">', '</div>'),
 "phpcms": ('<div class="header"><h1 class="site-name">{site}</h1></div>\n<div class="main"><div class="crumbs"><a href="/">首页</a> &gt; 正文</div><div class="content">', '</div></div>'),
 "hishop": ('<div class="hishop-top"><span class="shopname">{site}</span> <a href="/member/">会员中心</a> | <a href="/cart/">购物车</a></div>\n<div class="goods-wrap"><div class="goodsinfo">', '</div></div>'),
 "ecstore": ('<div id="topbar"><div class="logo"><a href="/">{site}</a></div></div>\n<table class="product-box" width="980" cellpadding="0" cellspacing="0"><tr><td>', '</td></tr></table>'),
 "wp": ('<header class="site-header"><p class="site-title"><a href="/">{site}</a></p></header>\n<main id="primary" class="site-main"><article class="post hentry"><div class="entry-content">', '</div></article></main>'),
 "uniapp": ('<div id="app" data-v-app=""><uni-page><uni-page-head><div class="uni-page-head__title">{site}</div></uni-page-head><uni-page-body><div class="page-body" data-v-7a3c1e="">', '</div></uni-page-body></uni-page></div>'),
 "shopify": ('<div class="announcement-bar">全场包邮</div><header class="header-wrapper"><a class="header__heading-link" href="/">{site}</a></header>\n<main id="MainContent" class="content-for-layout"><div class="product__info-wrapper">', '</div></main>'),
 "wx": ('<div class="rich_media"><h1 class="rich_media_title">{title}</h1><div class="rich_media_meta_list"><span class="rich_media_meta_nickname">{site}</span></div><div class="rich_media_content" id="js_content">', '</div></div>'),
 "xianyu": ('<div class="idle-header"><span class="idle-nick">{site}</span> 个人闲置</div>\n<div class="idle-item"><div class="idle-desc">', '</div></div>'),
 "doudian": ('<div class="dd-shop-head"><span class="dd-shop-title">{site}</span><span class="dd-fans">粉丝 2.3万</span></div>\n<section class="dd-goods">', '</section>'),
}


def page(site, title, body, enc, meta="ok", bom=False, style="empire", footer=""):
    """meta: 'ok' declares enc; 'none' omits it; otherwise the (wrong) charset to declare."""
    declared = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}[enc]
    if meta == "ok":
        m = '<meta charset="%s">\n' % declared if enc == "utf-8" else \
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % declared
    elif meta == "none":
        m = ""
    else:
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % meta
    op, cl = STYLES[style]
    op = op.format(site=html.escape(site), title=html.escape(title))
    if enc == "big5":  # template chrome in traditional script for 港澳台-style sellers
        for a, b in (("首页", "首頁"), ("产品中心", "產品中心"), ("关于我们", "關於我們"), ("会员中心", "會員中心"),
                     ("购物车", "購物車"), ("全场包邮", "全場包郵"), ("粉丝", "粉絲"), ("个人闲置", "個人閒置")):
            op = op.replace(a, b)
    doc = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + m +
           "<title>%s</title>\n</head>\n<body>\n%s\n%s\n%s\n<div class=\"footer\">%s</div>\n</body>\n</html>\n"
           % (html.escape(title), op, body.strip(), cl, footer.strip()))
    data = doc.encode(enc if enc != "utf-8" else "utf-8", errors="strict")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data
