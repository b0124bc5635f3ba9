"""Helpers for corpus6/i: check-digit arithmetic, page shells, encoding. No labels here."""
CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
OW = [3, 7, 9, 10, 5, 8, 4, 2]

def _ov(c):
    return int(c) if c.isdigit() else ord(c) - 55

def org_check(body8):
    s = sum(_ov(c) * w for c, w in zip(body8, OW))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(div6, body8, kind="91"):
    """Valid 18-char code: kind + division + org body + org check + GB 32100 check."""
    s17 = kind + div6 + body8 + org_check(body8)
    t = sum(CH.index(c) * w for c, w in zip(s17, W))
    return s17 + CH[(31 - t % 31) % 31]

def bad_uscc(div6, body8, kind="91"):
    """Same code with a wrong final check character."""
    good = uscc(div6, body8, kind)
    wrong = CH[(CH.index(good[-1]) + 7) % 31]
    return good[:-1] + wrong

def regno(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)

def bad_regno(first14):
    g = regno(first14)
    return g[:-1] + str((int(g[-1]) + 3) % 10)

PLATFORM_FOOT = ('<div class="mall-footer"><p>网剑商城 由 杭州网剑网络科技有限公司 运营 · 统一社会信用代码 91330100MA27WJ011R</p>'
                 '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> · 浙公网安备 33010802000405号</p></div>')

def shell(title, body, charset_meta, lang="zh-CN", head_extra=""):
    meta = "" if charset_meta is None else '<meta charset="%s">\n' % charset_meta
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, meta, title, head_extra, body))

def mall_page(title, body, charset_meta="utf-8"):
    top = '<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> | <a href="/cart">购物车</a></div>'
    return shell(title, top + "\n" + body + "\n" + PLATFORM_FOOT, charset_meta)

def encode(text, enc, bom=False):
    b = text.encode(enc)  # strict: a character the encoding lacks is an authoring error
    if bom:
        b = b"\xef\xbb\xbf" + b
    return b
