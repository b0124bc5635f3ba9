"""Helpers for gen.py: check-digit arithmetic, page wrappers, encoding.

No labels live here: every label is written by hand in gen.py next to its page.
"""

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(body8):
    r = 11 - sum(_org_val(c) * w for c, w in zip(body8, ORG_W)) % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def uscc(div6, org8, kind="91"):
    """A valid 统一社会信用代码 (GB 32100) built from division + org body."""
    first17 = kind + div6 + org8 + org_check(org8)
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(first17, USCC_W))
    return first17 + USCC_ALPHA[(31 - s % 31) % 31]


def uscc_bad(div6, org8, kind="91"):
    """The same code with a wrong check character (the next one in the alphabet)."""
    good = uscc(div6, org8, kind)
    i = USCC_ALPHA.index(good[-1])
    return good[:-1] + USCC_ALPHA[(i + 7) % 31]


def regno(first14):
    """A valid 15-digit 注册号 (ISO 7064 MOD 11,10)."""
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


PLATFORM_FOOTER = (
    '<div class="mall-footer">\n'
    '<p><a href="/about/">关于网剑商城</a> | <a href="/rules/">平台规则</a> | <a href="/help/">帮助中心</a> | '
    '<a href="/report/">违规举报</a></p>\n'
    '<p>杭州网剑网络科技有限公司 统一社会信用代码 91330100MA27WJ011R</p>\n'
    '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> '
    '<img src="/static/ga.png" alt="">浙公网安备 33010802000405号</p>\n'
    '<p>网剑商城 版权所有 &copy; 2021-2026</p>\n'
    '</div>\n'
)

META = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}


def page(title, body, enc, meta="auto", platform=False, head_extra=""):
    """Wrap a hand-written body. meta: 'auto' (declare the real charset),
    None (no charset meta), or a label string (declared as given, possibly wrong)."""
    if meta == "auto":
        m = '<meta charset="%s">\n' % META[enc]
    elif meta is None:
        m = ""
    elif meta.startswith("http-equiv:"):
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % meta[11:]
    else:
        m = '<meta charset="%s">\n' % meta
    out = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + m +
           '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           "<title>" + title + "</title>\n" + head_extra + "</head>\n<body>\n" + body)
    if platform:
        out += PLATFORM_FOOTER
    out += "</body>\n</html>\n"
    return out


def encode(text, enc, bom=False):
    data = text.encode(enc, "strict")
    if bom:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data
