"""Helpers for corpus10/u: check-digit arithmetic, skeletons, encoding. No labels live here."""
A31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_code(base8):
    s = sum(_org_val(c) * w for c, w in zip(base8, W9))
    c = 11 - s % 11
    return base8 + ('X' if c == 10 else '0' if c == 11 else str(c))


def uscc(div6, base8, head='91'):
    body = head + div6 + org_code(base8)
    s = sum(A31.index(c) * w for c, w in zip(body, W18))
    return body + A31[(31 - s % 31) % 31]


def spoil(code):
    """Return the code with a wrong last character (for pages that display a false code)."""
    last = code[-1]
    alt = A31[(A31.index(last) + 7) % 31] if not code.isdigit() else str((int(last) + 3) % 10)
    return code[:-1] + alt


def regno(prefix14):
    p = 10
    for ch in prefix14:
        s = (p + int(ch)) % 10
        s = 10 if s == 0 else s
        p = (2 * s) % 11
    return prefix14 + str((11 - p) % 10)


PLATFORM_FOOT = ('<div class="mall-footer"><p>网剑商城 mall.wangjian.test 由杭州网剑网络科技有限公司运营'
                 ' | 统一社会信用代码 91330100MA27WJ011R</p><p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a>'
                 ' | 浙公网安备 33010802000405号</p></div>')


def doc(title, body, meta='utf-8', lang='zh-CN', head_extra=''):
    m = '' if meta is None else '<meta charset="%s">\n' % meta
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, m, title, head_extra, body))


def platform(title, body, meta='utf-8'):
    top = ('<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> '
           '<a href="http://mall.wangjian.test/rules/">规则中心</a> <a href="http://mall.wangjian.test/help/">帮助</a></div>')
    return doc(title, top + '\n' + body + '\n' + PLATFORM_FOOT, meta)


def encode(text, enc, bom):
    b = text.encode(enc, errors='strict')
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b
