"""Helpers for corpus4/e: check-digit arithmetic, page templates, encoding. Holds no labels."""
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]

def org_code(base8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * w for ch, w in zip(base8, ORG_W)) % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))

def uscc(kind, div6, org8):
    s = kind + div6 + org_code(org8)
    c = (31 - sum(USCC_CH.index(ch) * w for ch, w in zip(s, USCC_W)) % 31) % 31
    return s + USCC_CH[c]

def bad_uscc(code):
    """same code with a wrong final check character"""
    i = USCC_CH.index(code[-1])
    return code[:-1] + USCC_CH[(i + 7) % 31]

def regno(d14):
    p = 10
    for ch in d14:
        s = (p + int(ch)) % 10
        s = 10 if s == 0 else s
        p = (2 * s) % 11
    return d14 + str((11 - p) % 10)

def bad_regno(r):
    return r[:-1] + str((int(r[-1]) + 3) % 10)

PLAT_FOOT = ('<div class="mall-footer"><p>网剑商城 版权所有 杭州网剑网络科技有限公司 统一社会信用代码 91330100MA27WJ011R</p>'
             '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> | 浙公网安备 33010802000405号</p></div>')

def meta(charset):
    return '' if charset is None else '<meta charset="%s">' % charset

def plat_shop(charset, title, shop_name, head_extra, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s - 网剑商城</title></head>\n<body class="mall shop-home">\n'
            '<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> 首页 | 我的订单 | 购物车</div>\n'
            '<div class="shop-head"><h1 class="shop-name">%s</h1>%s</div>\n%s\n%s\n</body></html>\n'
            % (meta(charset), title, shop_name, head_extra, body, PLAT_FOOT))

def plat_item(charset, title, price_html, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s - 网剑商城</title></head>\n<body class="mall item-detail">\n'
            '<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> 首页 | 购物车</div>\n'
            '<div class="tb-item"><h1 class="tb-title">%s</h1>\n<div class="tb-price-box">%s</div>\n%s</div>\n%s\n</body></html>\n'
            % (meta(charset), title, title, price_html, body, PLAT_FOOT))

def site(charset, title, body, foot, lang="zh-CN"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head>%s<title>%s</title></head>\n<body>\n%s\n<div class="footer">%s</div>\n</body></html>\n'
            % (lang, meta(charset), title, body, foot))

def encode(text, enc, bom):
    b = text.encode(enc, errors="strict")
    return (b"\xef\xbb\xbf" + b) if bom else b
