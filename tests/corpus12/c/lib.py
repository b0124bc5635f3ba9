"""Helpers for corpus12/c: page skeletons (shop-system look-alikes), check-digit
arithmetic for making identifiers, and encoding.  No labels live here."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2, division6, org8):
    body = prefix2 + division6 + org8 + org_check(org8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def uscc_bad(code):
    """same code with a wrong final check character"""
    i = USCC_CHARS.index(code[-1])
    return code[:-1] + USCC_CHARS[(i + 7) % 31]


def regno(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        s = 10 if s == 0 else s
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def regno_bad(code):
    return code[:-1] + str((int(code[-1]) + 3) % 10)


PLATFORM_FOOTER = (
    '<div class="mall-footer"><p>网剑商城 mall.wangjian.test ｜ 平台运营：杭州网剑网络科技有限公司 '
    '统一社会信用代码 91330100MA27WJ011R</p>'
    '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> ｜ 浙公网安备 33010802000405号 ｜ '
    '平台客服 400-000-5151</p></div>')


def platform_page(title, body, kind="item"):
    """mall.wangjian.test page; kind item|shop"""
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            '<title>%s - 网剑商城</title><link rel="stylesheet" href="/static/mall.css"></head>\n'
            '<body class="mall-%s"><header class="mall-top"><a class="mall-logo" href="/">网剑商城</a>'
            '<form class="mall-search" action="/search"><input name="q" placeholder="搜索商品/店铺"></form>'
            '<nav><a href="/cart">购物车</a> <a href="/user">我的</a></nav></header>\n'
            '<main>\n%s\n</main>\n%s\n</body></html>\n') % (title, kind, body, PLATFORM_FOOTER)


def meta_tag(charset):
    return '' if charset is None else '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset


def indie_page(title, charset, head_extra, body):
    return ('<!DOCTYPE html>\n<html><head>%s<title>%s</title>%s</head>\n<body>\n%s\n</body></html>\n'
            % (meta_tag(charset), title, head_extra, body))


def encode(text, enc, bom=False):
    b = text.encode(enc)   # strict: fails loudly on a character the encoding lacks
    if bom:
        assert enc == "utf-8"
        b = b"\xef\xbb\xbf" + b
    return b
