"""Helpers for corpus4/d: check-digit arithmetic, page wrappers, encoding.
Holds no labels: every label is written by hand in gen.py."""
C31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(base8):
    c = 11 - sum(_orgval(a) * w for a, w in zip(base8, W9)) % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc(kind, div, org8, valid=True):
    """kind '91'/'92'/'93', div = 6-digit division, org8 = 8 chars of organisation code."""
    body = kind + div + org8 + org_check(org8)
    s = sum(C31.index(a) * w for a, w in zip(body, W18))
    ck = (31 - s % 31) % 31
    if not valid:
        ck = (ck + 7) % 31
    return body + C31[ck]


def regno(first14, valid=True):
    p = 10
    for a in first14:
        s = (p + int(a)) % 10 or 10
        p = (2 * s) % 11
    ck = (11 - p) % 10
    if not valid:
        ck = (ck + 3) % 10
    return first14 + str(ck)


PLAT_FOOTER = ('<div class="mall-footer"><p>网剑商城 版权所有 &copy; 2023-2026 杭州网剑网络科技有限公司</p>'
               '<p>统一社会信用代码 91330100MA27WJ011R ｜ <a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> ｜ '
               '浙公网安备 33010802000405号</p></div>')


def plat(title, body, charset='utf-8'):
    meta = '<meta charset="%s">' % charset if charset else ''
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s - 网剑商城</title></head>\n<body>\n'
            '<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> 首页 | 我的订单 | 购物车</div>\n'
            '%s\n%s\n</body></html>\n') % (meta, title, body, PLAT_FOOTER)


def site(title, body, meta='<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html><head>%s<title>%s</title></head>\n<body>\n%s\n</body></html>\n') % (meta, title, body)


def encode(text, enc, bom=False):
    if enc == 'gbk':
        text = text.replace('\u00a5', '\uffe5')  # legacy pages write the full-width yuan sign
    b = text.encode(enc)  # strict: a character outside the encoding is an error in gen.py
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b
