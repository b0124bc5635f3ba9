"""Helpers for gen.py: check-digit arithmetic, HTML wrappers, encoding.
No labels live here: every label is written by hand in gen.py next to its page."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def org_code(body8):
    """GB 11714: 8 body characters -> 9-char organisation code."""
    s = sum(ORG_CHARS.index(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    ch = "X" if c == 10 else ("0" if c == 11 else str(c))
    return body8 + ch


def uscc(div6, body8, kind="91"):
    """GB 32100: authority+kind (2) + division (6) + org code (9) + check."""
    first17 = kind + div6 + org_code(body8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return first17 + USCC_CHARS[(31 - s % 31) % 31]


def uscc_bad(div6, body8, kind="91"):
    """Same code with a wrong check character (intentionally invalid)."""
    good = uscc(div6, body8, kind)
    i = USCC_CHARS.index(good[-1])
    return good[:-1] + USCC_CHARS[(i + 7) % 31]


def regno(first14):
    """ISO 7064 MOD 11,10 check digit for a 15-digit 注册号."""
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


META_LABEL = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}


def head(title, enc, meta="ok", extra=""):
    """meta: 'ok' -> correct <meta charset>; 'http-equiv' -> correct, old form;
    'none' -> no charset meta; any other string -> that (wrong) label."""
    if meta == "ok":
        m = '<meta charset="%s">' % META_LABEL[enc]
    elif meta == "http-equiv":
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % META_LABEL[enc]
    elif meta == "none":
        m = ""
    else:
        m = '<meta charset="%s">' % meta
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n%s\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n"
            % (m, title, extra))


MALL_FOOTER = """<footer class="mall-footer">
<div class="mall-footer-links"><a href="/help/">帮助中心</a> | <a href="/rules/">平台规则</a> | <a href="/about/">关于网剑商城</a></div>
<p>网剑商城由 杭州网剑网络科技有限公司 运营 &nbsp; 统一社会信用代码 91330100MA27WJ011R</p>
<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> &nbsp; <a href="http://www.beian.gov.cn/">浙公网安备 33010802000405号</a></p>
</footer>"""


def mall_page(title, inner, enc="utf-8", meta="ok"):
    """A page on the demo platform mall.wangjian.test: platform header and footer."""
    return (head(title, enc, meta)
            + "<body class=\"mall\">\n<header class=\"mall-top\"><a href=\"/\">网剑商城</a>"
            + " <form action=\"/search\"><input name=\"q\" placeholder=\"搜索商品\"></form></header>\n"
            + inner.strip("\n") + "\n" + MALL_FOOTER + "\n</body>\n</html>\n")


def site_page(title, inner, enc, meta="ok", extra_head=""):
    return head(title, enc, meta, extra_head) + inner.strip("\n") + "\n</html>\n"


def encode(text, enc, bom=False):
    data = text.encode(enc)  # strict: fails on any character the encoding lacks
    if bom:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data
