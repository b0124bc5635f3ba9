"""Helpers for corpus9/r: check-digit arithmetic, encoding, page skeletons.
Holds no labels: every label is written by hand in gen.py next to its page."""
import os

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    """GB 11714 check character for an 8-character organisation code body."""
    s = 0
    for i, ch in enumerate(body8):
        v = int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 .. Z=35
        s += v * ORG_W[i]
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(ch) * USCC_W[i] for i, ch in enumerate(first17))
    return USCC_CHARS[(31 - s % 31) % 31]


def make_uscc(prefix8, body8):
    """prefix8 = authority+kind+division (e.g. '91330106'), body8 = org code body."""
    first17 = prefix8 + body8 + org_check(body8)
    return first17 + uscc_check(first17)


def regno_check(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def make_regno(first14):
    return first14 + regno_check(first14)


def write_page(path, text, encoding, bom=False):
    data = text.encode(encoding)  # strict: fails if a character is not in the encoding
    if bom:
        data = b"\xef\xbb\xbf" + data
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def doc(title, body, meta, head_extra="", lang="zh-CN"):
    """A whole HTML document. `meta` is the charset declaration exactly as the
    site writes it ('' when the site declares none)."""
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n%s%s<title>%s</title>\n%s</head>\n"
            "<body>\n%s\n</body>\n</html>\n") % (
        lang, meta + "\n" if meta else "",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        title, head_extra, body)


MALL_FOOTER = """<div class="mall-footer">
  <ul class="mall-links"><li><a href="/help/">帮助中心</a></li><li><a href="/rules/">规则中心</a></li><li><a href="/jubao/">违法和不良信息举报</a></li></ul>
  <p>网剑商城 mall.wangjian.test &copy; 2023-2026 杭州网剑网络科技有限公司 版权所有</p>
  <p>统一社会信用代码：91330100MA27WJ011R&nbsp;|&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2023040506号-1</a>&nbsp;|&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010802000405">浙公网安备 33010802000405号</a></p>
</div>"""

MALL_TOP = """<div class="mall-top"><a class="mall-logo" href="http://mall.wangjian.test/">网剑商城</a>
  <form class="mall-search" action="/search"><input name="q" placeholder="搜索商品/店铺"><button>搜索</button></form>
  <a href="/cart/">购物车</a> <a href="/my/">我的订单</a></div>"""


def mall_shop(shop_name, mark_html, license_html, body_html):
    body = """%s
<div class="shop-header">
  <div class="shop-logo"><img src="/static/shop/logo.png" alt=""></div>
  <h1 class="shop-name">%s</h1>
  %s
  <a class="btn-follow" href="#">+ 关注店铺</a>
</div>
<div class="shop-nav"><a href="#">首页</a><a href="#">全部宝贝</a><a href="#">新品</a><a href="#">店铺动态</a></div>
%s
<div class="shop-info">
%s
</div>
%s""" % (MALL_TOP, shop_name, mark_html, body_html, license_html, MALL_FOOTER)
    return doc(shop_name + " - 网剑商城", body, '<meta charset="utf-8">')


def mall_item(shop_id, shop_name, title, price_html, body_html):
    body = """%s
<div class="item-main">
  <div class="item-gallery"><img src="/static/item/main.jpg" alt="%s"></div>
  <div class="item-info">
    <h1 class="item-title">%s</h1>
    <div class="item-price-box">%s</div>
    <div class="item-buy"><button class="btn-cart">加入购物车</button><button class="btn-buy">立即购买</button></div>
  </div>
</div>
<div class="item-shop-card"><a href="http://mall.wangjian.test/shop/%s/">%s</a> <a href="http://mall.wangjian.test/shop/%s/">进店逛逛</a></div>
<div class="item-detail">
%s
</div>
%s""" % (MALL_TOP, title, title, price_html, shop_id, shop_name, shop_id, body_html, MALL_FOOTER)
    return doc(title + " - 网剑商城", body, '<meta charset="utf-8">')
