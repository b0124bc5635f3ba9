"""Helpers for corpus9/s: check-digit arithmetic, page templates, encoding.
Holds no labels: every label is written by hand in gen.py next to its page."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(head2, div6, org8):
    """A valid code: head ('91','92','93'), division, 8-char organisation body."""
    assert len(head2) == 2 and len(div6) == 6 and len(org8) == 8
    assert all(c in USCC_CHARS for c in head2 + div6 + org8), org8
    org = org8 + org_check(org8)
    f17 = head2 + div6 + org
    return f17 + uscc_check(f17)


def uscc_bad(head2, div6, org8):
    """Same code with a wrong final check character."""
    good = uscc(head2, div6, org8)
    i = USCC_CHARS.index(good[-1])
    return good[:-1] + USCC_CHARS[(i + 7) % 31]


def regno_check(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def regno(first14):
    return first14 + regno_check(first14)


def regno_bad(first14):
    good = regno_check(first14)
    return first14 + str((int(good) + 3) % 10)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def spans(s):
    return "".join("<span>%s</span>" % c for c in s)


def encode(text, enc, bom):
    data = text.encode(enc)  # strict: a character the encoding lacks is an error
    if bom:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data


# ---- the demo platform -------------------------------------------------------------------------
PLATFORM_FOOTER = """<div class="mall-footer">
<p>网剑商城 版权所有 &copy; 2023-2026 杭州网剑网络科技有限公司</p>
<p>统一社会信用代码 91330100MA27WJ011R ｜ <a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> ｜ <a href="http://www.beian.gov.cn/">浙公网安备 33010802000405号</a></p>
<p>平台规则 ｜ 消费者保障 ｜ 商家入驻 ｜ 廉正举报</p>
</div>"""


def mall_page(title, body, charset_meta="utf-8"):
    meta = '<meta charset="%s">\n' % charset_meta if charset_meta else ""
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
%s<title>%s - 网剑商城</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/static/mall/v3/base.css">
</head>
<body>
<div class="mall-topbar"><a href="http://mall.wangjian.test/">网剑商城首页</a> ｜ <a href="/login">请登录</a> ｜ <a href="/reg">免费注册</a> ｜ 我的订单 ｜ 手机逛商城</div>
<div class="mall-search"><form action="/search"><input name="q" placeholder="搜索 宝贝/店铺"><button>搜索</button></form></div>
%s
%s
</body>
</html>
""" % (meta, title, body, PLATFORM_FOOTER)
