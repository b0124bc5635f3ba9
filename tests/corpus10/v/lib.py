"""Helpers for gen.py: check-digit arithmetic, page skeletons, encoding.
No labels live here: every code and note is written by hand in gen.py."""

USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(base8):
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    r = 11 - sum(v(c) * w for c, w in zip(base8, ORG_W)) % 11
    return base8 + {10: 'X', 11: '0'}.get(r, str(r))


def uscc(kind, div, base8):
    """A valid 统一社会信用代码: kind '91'/'92', 6-digit division, 8-char org-code base."""
    body = kind + div + org_code(base8)
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_ALPHA[(31 - s % 31) % 31]


def uscc_bad(kind, div, base8):
    """Same code with the last character moved one place on in the alphabet (check fails)."""
    good = uscc(kind, div, base8)
    i = USCC_ALPHA.index(good[-1])
    return good[:-1] + USCC_ALPHA[(i + 1) % 31]


def regno(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def regno_bad(first14):
    good = regno(first14)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


MALL_FOOTER = ('<div class="mall-footer"><p>网剑商城 版权所有 © 2026 杭州网剑网络科技有限公司</p>'
               '<p>统一社会信用代码 91330100MA27WJ011R | <a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a>'
               ' | 浙公网安备 33010802000405号</p><p><a href="/rules/">平台规则</a> · <a href="/help/">帮助中心</a>'
               ' · 违法和不良信息举报电话 0571-8800 0000</p></div>')


def head(title, meta, extra=''):
    m = '<meta charset="%s">' % meta if meta else ''
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n%s\n<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s</head>\n' % (m, title, extra))


def mall_page(title, body):
    """A page of the demo platform mall.wangjian.test (always UTF-8)."""
    return (head(title + ' - 网剑商城', 'utf-8') +
            '<body class="mall">\n<div class="mall-top"><a href="/">网剑商城</a> <form action="/search"><input name="q"></form></div>\n'
            + body + '\n' + MALL_FOOTER + '\n</body>\n</html>\n')


def site_page(title, meta, body, footer, extra_head=''):
    return head(title, meta, extra_head) + '<body>\n' + body + '\n' + footer + '\n</body>\n</html>\n'


def encode(text, enc, bom):
    b = text.encode(enc)
    if bom:
        assert enc == 'utf-8'
        b = b'\xef\xbb\xbf' + b
    return b


def fullwidth(s):
    """ASCII digits and letters to their full-width forms (markup variation only)."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def entities(s):
    """Every character as a decimal numeric character reference (markup variation only)."""
    return ''.join('&#%d;' % ord(c) for c in s)


def spans(s):
    """One inline <span> per character (markup variation only)."""
    return ''.join('<span>%s</span>' % c for c in s)
