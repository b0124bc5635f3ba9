"""Templates, check-digit arithmetic and encoding helpers. Holds no labels."""
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(c8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(v(a) * b for a, b in zip(c8, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind, div, org8):
    """Build a valid 18-char code from kind ('91'), division (6) and 8 org chars."""
    s = kind + div + org8 + org_check(org8)
    t = sum(ALPH.index(ch) * w for ch, w in zip(s, W18))
    return s + ALPH[(31 - t % 31) % 31]


def regno(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def bad_last(code):
    """Same code with a wrong final check character (deliberately invalid)."""
    last = code[-1]
    pool = ALPH if len(code) == 18 else "0123456789"
    for ch in pool:
        if ch != last:
            return code[:-1] + ch


PLATFORM_FOOTER = (
    '<div class="mall-footer"><p>网剑商城 版权所有 &copy; 2019-2026 杭州网剑网络科技有限公司</p>'
    '<p>统一社会信用代码 91330100MA27WJ011R ｜ <a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> ｜ '
    '浙公网安备 33010802000405号</p><p>平台规则 ｜ 消费者保障 ｜ 知识产权投诉</p></div>')


def meta(cs):
    return '' if cs is None else '<meta charset="%s">' % cs


def platform_page(title, body, charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s - 网剑商城</title>'
            '<link rel="stylesheet" href="/static/mall.css"></head>\n<body>\n'
            '<div class="mall-top"><a href="/">网剑商城</a> <input placeholder="搜索宝贝"> <a href="/cart">购物车</a></div>\n'
            '%s\n%s\n</body></html>\n') % (meta(charset), title, body, PLATFORM_FOOTER)


def shop_head(name, lic_html, mark, extra=""):
    m = ('<span class="mall-mark badge">网剑商城认证店铺</span>' if mark == "mark" else
         ('<span class="shop-badge">金牌卖家</span>' if mark == "none" else mark))
    return ('<div class="shop-header"><h1 class="shop-name">%s</h1>%s%s</div>\n'
            '<div class="shop-info">%s</div>') % (name, m, extra, lic_html)


def plain_page(title, body, charset, lang="zh-CN", head_extra=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<title>%s</title>%s\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, meta(charset), title, head_extra, body))


def encode(text, enc, bom):
    b = text.encode(enc)  # strict: fails loudly on an unencodable char
    return (b"\xef\xbb\xbf" + b) if bom else b
