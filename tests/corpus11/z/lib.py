"""Helpers for gen.py: check-digit arithmetic, page templates, encoding.
Holds no labels: every label is written by hand in gen.py."""

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    if c.isdigit():
        return int(c)
    return ord(c) - ord('A') + 10


def org_check(base8):
    s = sum(_orgval(c) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_ALPHA[(31 - s % 31) % 31]


def uscc(div6, org8, kind='91'):
    """A valid 统一社会信用代码 for division div6 and organisation base org8."""
    org = org8 + org_check(org8)
    body = kind + div6 + org
    assert len(body) == 17, body
    return body + uscc_check(body)


def uscc_badcheck(code):
    """The same code with a wrong final check character (deliberately invalid)."""
    good = code[-1]
    i = (USCC_ALPHA.index(good) + 7) % 31
    return code[:-1] + USCC_ALPHA[i]


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


def encode(text, enc, bom=False):
    data = text.encode(enc)
    if bom:
        assert enc == 'utf-8'
        data = b'\xef\xbb\xbf' + data
    return data


def meta(charset):
    return '' if charset is None else '<meta charset="%s">\n' % charset


PLATFORM_FOOTER = (
    '<div class="mall-footer"><p>网剑商城 mall.wangjian.test 版权所有 &copy; 2026</p>'
    '<p>杭州网剑网络科技有限公司 统一社会信用代码 91330100MA27WJ011R</p>'
    '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> | '
    '浙公网安备 33010802000405号</p></div>')


def platform_page(title, charset, shop_head, body):
    """A page of the demo platform mall.wangjian.test (its own footer always)."""
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n' + meta(charset) +
            '<title>%s - 网剑商城</title>\n<link rel="stylesheet" href="/static/mall.css">\n'
            '</head>\n<body>\n<div class="mall-topbar"><a href="/">网剑商城首页</a> | '
            '<a href="/cart">购物车</a> | <a href="/help">帮助中心</a></div>\n'
            '%s\n<div class="mall-main">\n%s\n</div>\n%s\n</body>\n</html>\n'
            % (title, shop_head, body, PLATFORM_FOOTER))


def site_page(title, charset, header, body, footer, lang='zh-CN', extra_head=''):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s<title>%s</title>\n%s</head>\n'
            '<body>\n%s\n%s\n%s\n</body>\n</html>\n'
            % (lang, meta(charset), title, extra_head, header, body, footer))
