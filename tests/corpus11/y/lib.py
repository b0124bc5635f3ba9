"""Helpers for corpus11/y: check-digit arithmetic, page shells, encoding.
Holds no labels: every label and note is written by hand in gen.py."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = 0
    for ch, w in zip(body8, ORG_W):
        s += (int(ch) if ch.isdigit() else ord(ch) - 55) * w
    r = 11 - s % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def uscc(prefix2, div6, body8):
    """Valid USCC: prefix + division + org code (with its GB 11714 check) + GB 32100 check."""
    head = prefix2 + div6 + body8 + org_check(body8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(head, USCC_W))
    return head + USCC_CHARS[(31 - s % 31) % 31]


def uscc_bad(prefix2, div6, body8):
    """Same code with a wrong final check character."""
    good = uscc(prefix2, div6, body8)
    i = USCC_CHARS.index(good[-1])
    return good[:-1] + USCC_CHARS[(i + 7) % 31]


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


PLATFORM_FOOTER = (
    '<div class="mall-footer"><p>杭州网剑网络科技有限公司 版权所有 | 统一社会信用代码 91330100MA27WJ011R</p>'
    '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> | 浙公网安备 33010802000405号</p></div>'
)
PLATFORM_FOOTER_GBK = PLATFORM_FOOTER  # same text; encoded per page


def meta_tag(kind):
    if kind is None:
        return ""
    return kind + "\n"


def shell(title, body, meta, head_extra=""):
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + meta_tag(meta)
        + "<title>" + title + "</title>\n" + head_extra + "</head>\n<body>\n" + body + "\n</body>\n</html>\n"
    )


def mall_page(title, body, meta='<meta charset="utf-8">'):
    top = ('<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> | '
           '<a href="http://mall.wangjian.test/rules/">规则中心</a> | 我的订单 | 购物车</div>\n')
    return shell(title, top + body + "\n" + PLATFORM_FOOTER, meta)


def encode(html, enc, bom=False):
    data = html.encode(enc, errors="strict")
    if bom:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data


def shop_head(shop_name, mark="shown", extra_class=""):
    if mark == "shown":
        m = '<span class="badge mall-mark" title="网剑商城已核验经营者身份">网剑认证店铺</span>'
    elif mark == "hidden":
        m = '<span class="badge mall-mark" style="display:none">网剑认证店铺</span>'
    elif mark == "lookalike":
        m = '<span class="badge mall-marker">实力商家</span>'
    else:
        m = ""
    return ('<div class="shop-head ' + extra_class + '"><img src="/static/logo.png" alt="">'
            '<h1 class="shop-name">' + shop_name + '</h1>' + m + '</div>\n')


def footer_br(lines):
    return '<div id="footer" class="footer">' + "<br>\n".join(lines) + "</div>"


def footer_table(rows):
    cells = "".join("<tr><td>" + a + "</td><td>" + b + "</td></tr>" for a, b in rows)
    return '<table class="foot-info" width="100%">' + cells + "</table>"


def footer_dl(rows):
    return '<dl class="site-info">' + "".join("<dt>" + a + "</dt><dd>" + b + "</dd>" for a, b in rows) + "</dl>"


def icp_link(icp):
    return '<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">' + icp + "</a>"
