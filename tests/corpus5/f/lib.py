"""Templates, check-digit arithmetic and encoding helpers for corpus5/f. Holds no labels."""
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(base8):
    s = sum(int(c, 36) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(div6, base8, kind="91"):
    body = kind + div6 + base8 + org_check(base8)
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - s % 31) % 31]


def bad_uscc(div6, base8, kind="91"):
    good = uscc(div6, base8, kind)
    last = USCC_CH[(USCC_CH.index(good[-1]) + 7) % 31]
    return good[:-1] + last


def regno(first14):
    p = 10
    for a in first14:
        s = (p + int(a)) % 10 or 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def bad_regno(first14):
    g = regno(first14)
    return g[:-1] + str((int(g[-1]) + 3) % 10)


META = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}


def page(title, body, enc, meta="same", bom=False, style="plain"):
    """meta: 'same' -> declare enc; None -> no meta; other string -> declared (wrong) charset."""
    m = META[enc] if meta == "same" else meta
    head = '<meta charset="%s">\n' % m if m else ""
    if style == "h5":
        head += '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n'
    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n%s<title>%s</title>\n"
            "<link rel=\"stylesheet\" href=\"/static/css/%s.css\">\n</head>\n<body class=\"%s\">\n%s\n</body>\n</html>\n"
            % (head, title, style, style, body))
    data = html.encode(enc, errors="strict")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data
