"""Templates, check-digit arithmetic and encoding. Holds no labels."""
C31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org(base8):
    s = sum(int(c) * w for c, w in zip(base8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return base8 + ('X' if c == 10 else '0' if c == 11 else str(c))

def uscc(kind, div6, base8):
    b = kind + div6 + org(base8)
    s = sum(C31.index(c) * w for c, w in zip(b, W))
    return b + C31[(31 - s % 31) % 31]

def broken(code):
    """same code with a wrong final character (written deliberately invalid)"""
    last = code[-1]
    if len(code) == 15:
        return code[:-1] + str((int(last) + 3) % 10)
    return code[:-1] + C31[(C31.index(last) + 7) % 31]

def regno(d14):
    p = 10
    for a in d14:
        s = (p + int(a)) % 10 or 10
        p = (2 * s) % 11
    return d14 + str((11 - p) % 10)

MALL_FOOT = ('<div class="mall-footer"><p>杭州网剑网络科技有限公司 版权所有</p>'
             '<p>统一社会信用代码 91330100MA27WJ011R | 浙ICP备2023040506号-1 | '
             '浙公网安备 33010802000405号</p></div>')

def mall_home(title, shop_name, lic_html, mark_html, body):
    return ('<!DOCTYPE html><html><head>{META}<title>%s - 网剑商城</title></head><body>'
            '<div class="mall-top"><a href="/">网剑商城</a> | <a href="/cart">购物车</a></div>'
            '<div class="shop-header"><span class="shop-name">%s</span>%s</div>'
            '<div class="shop-body">%s</div>%s<div class="shop-foot">%s</div>%s</body></html>'
            % (title, shop_name, mark_html, body, '', lic_html, MALL_FOOT))

def mall_item(title, shop_name, price_html, body):
    return ('<!DOCTYPE html><html><head>{META}<title>%s-网剑商城</title></head><body>'
            '<div class="mall-top"><a href="/">网剑商城</a></div>'
            '<div class="item-main"><h1 class="item-title">%s</h1>'
            '<div class="item-price-box">%s</div><div class="item-shop">店铺：%s</div></div>'
            '<div class="item-detail">%s</div>%s</body></html>'
            % (title, title, price_html, shop_name, body, MALL_FOOT))

def site_page(title, body, footer):
    return ('<!DOCTYPE html><html><head>{META}<title>%s</title></head><body>'
            '<div class="wrap">%s</div><div class="footer">%s</div></body></html>'
            % (title, body, footer))

def encode(html, enc, bom, meta):
    """meta: None = right label for enc; '' = no meta; other = that (wrong) label"""
    label = {'utf-8': 'utf-8', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5'}[enc]
    if meta is None:
        m = '<meta charset="%s">' % label
    elif meta == '':
        m = ''
    else:
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % meta
    b = html.replace('{META}', m).encode(enc, errors='strict')
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b
