# corpus12/b helper: check-digit arithmetic, page skeletons, encoding.
# No labels live here; every label is written by hand in gen.py next to its page.

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(ch):
    if ch.isdigit():
        return int(ch)
    return ord(ch) - ord("A") + 10


def org_code(base8):
    """GB 11714: 8 body chars + check char."""
    s = sum(_orgval(c) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    ck = "X" if c == 10 else ("0" if c == 11 else str(c))
    return base8 + ck


def uscc(kind, div6, base8):
    """kind '91' etc., division code, 8-char organisation body -> valid 18-char code."""
    body = kind + div6 + org_code(base8)
    assert len(body) == 17 and all(ch in USCC_ALPHA for ch in body), body
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_ALPHA[(31 - s % 31) % 31]


def spoil(code):
    """Same code with a wrong final check character."""
    last = code[-1]
    if code[:-1].isdigit() and len(code) == 15:
        return code[:-1] + str((int(last) + 3) % 10)
    i = USCC_ALPHA.index(last)
    return code[:-1] + USCC_ALPHA[(i + 7) % 31]


def regno(first14):
    """ISO 7064 MOD 11,10 check digit for a 15-digit 注册号."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def patent(app12):
    """CN application number check digit (weights 2..9 repeating), 10 -> X."""
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * x for c, x in zip(app12, w)) % 11
    return "X" if s == 10 else str(s)


# ---------------------------------------------------------------- platform skeleton
MALL_FOOTER = (
    '<footer class="mall-footer">\n'
    '<p>网剑商城 版权所有 | 运营方：杭州网剑网络科技有限公司 | 统一社会信用代码 91330100MA27WJ011R</p>\n'
    '<p><a href="https://beian.miit.gov.cn/" rel="nofollow">浙ICP备2023040506号-1</a> '
    '<img src="/static/ga.png" alt="">浙公网安备 33010802000405号</p>\n'
    '</footer>\n'
)


def mall_page(title, body, meta="utf-8", extra_head=""):
    m = '<meta charset="%s">\n' % meta if meta else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + m +
        "<title>%s - 网剑商城</title>\n" % title +
        '<link rel="stylesheet" href="/static/mall.css">\n' + extra_head +
        "</head>\n<body>\n"
        '<header class="mall-top"><a href="/">网剑商城</a> <form action="/search"><input name="q"></form></header>\n'
        + body + "\n" + MALL_FOOTER + "</body>\n</html>\n"
    )


def page(title, body, meta="utf-8", lang="zh-CN", extra_head="", meta_style="short"):
    if meta is None:
        m = ""
    elif meta_style == "http":
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % meta
    else:
        m = '<meta charset="%s">\n' % meta
    return (
        "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n" % lang + m +
        "<title>%s</title>\n" % title + extra_head +
        "</head>\n<body>\n" + body + "\n</body>\n</html>\n"
    )


def encode(text, enc, bom=False):
    b = text.encode(enc)  # strict: raises on any character the encoding lacks
    if bom:
        assert enc == "utf-8"
        b = b"\xef\xbb\xbf" + b
    return b
