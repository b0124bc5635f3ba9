"""Helpers for corpus8/p: identifier arithmetic, page skeletons, encoding.
Holds no labels: every label is written by hand in gen.py next to its page."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_code(base8):
    s = sum(_orgval(c) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(kind, div6, base8):
    body = kind + div6 + org_code(base8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def uscc_bad(code):
    """Same code with a wrong check character."""
    i = USCC_CHARS.index(code[-1])
    return code[:-1] + USCC_CHARS[(i + 7) % 31]


def regno(d14):
    p = 10
    for a in d14:
        s = (p + int(a)) % 10 or 10
        p = (2 * s) % 11
    return d14 + str((11 - p) % 10)


def regno_bad(r):
    return r[:-1] + str((int(r[-1]) + 3) % 10)


def doc(title, body, meta_charset, head_extra="", lang="zh-CN"):
    m = '<meta charset="%s">\n' % meta_charset if meta_charset else ""
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, m, title, head_extra, body))


def doc_http_equiv(title, body, charset, lang="zh-CN"):
    m = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset) if charset else ""
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n%s<title>%s</title>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (m, title, body))


MALL_FOOTER = """<footer class="mall-footer">
<p>网剑商城 版权所有 &copy; 2019-2026 杭州网剑网络科技有限公司</p>
<p>统一社会信用代码：91330100MA27WJ011R　<a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a>　
<a href="http://www.beian.gov.cn/">浙公网安备 33010802000405号</a></p>
<p><a href="/rules/">平台规则</a> | <a href="/help/">帮助中心</a> | 违法和不良信息举报：0571-8888 0405</p>
</footer>"""


def mall_page(title, inner, shop_name=None, shop_id=None):
    nav = ""
    if shop_name:
        nav = ('<div class="crumb"><a href="http://mall.wangjian.test/">网剑商城</a> &gt; '
               '<a href="http://mall.wangjian.test/shop/%s/">%s</a></div>\n' % (shop_id, shop_name))
    body = ('<header class="mall-top"><a class="logo" href="http://mall.wangjian.test/">网剑商城</a>'
            '<form class="search"><input name="q" placeholder="搜索商品/店铺"><button>搜索</button></form></header>\n'
            + nav + inner + "\n" + MALL_FOOTER)
    return doc(title + " - 网剑商城", body, "utf-8")


def encode(text, enc, bom=False):
    b = text.encode(enc, errors="strict")
    if bom:
        assert enc == "utf-8"
        b = b"\xef\xbb\xbf" + b
    return b
