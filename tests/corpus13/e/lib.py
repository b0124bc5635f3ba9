"""Helpers for corpus13/e: check-digit arithmetic (adapted from corpus12/a/lib.py), page shells, encoding.
Holds no labels: every label is written by hand in gen.py next to its page."""
import html as _html

USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 .. Z=35


def org_check(body8):
    s = sum(_org_val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc(kind2, div6, org8, broken=False):
    """Build a 统一社会信用代码 (GB 32100-2015). broken=True gives a wrong check character."""
    core = kind2 + div6 + org8 + org_check(org8)
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(core, USCC_W))
    chk = USCC_ALPHA[(31 - s % 31) % 31]
    if broken:
        chk = USCC_ALPHA[(USCC_ALPHA.index(chk) + 11) % 31]
    return core + chk


def regno(first14, broken=False):
    """15-digit 注册号, ISO 7064 MOD 11,10 (GB/T 17710)."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    chk = (11 - p) % 10
    if broken:
        chk = (chk + 4) % 10
    return first14 + str(chk)


def fullwidth(s):
    """ASCII digits/letters to their full-width forms (the page shows the same number)."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


PLATFORM_FOOTER = (
    '<div class="mall-footer"><p>网剑商城 mall.wangjian.test 由 杭州网剑网络科技有限公司 运营</p>'
    '<p>统一社会信用代码 91330100MA27WJ011R ｜ <a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> ｜ '
    '浙公网安备 33010802000405号</p><p>平台规则 · 消费者保障 · 举报中心</p></div>')


PLATFORM_FOOTER_TW = (
    '<div class="mall-footer"><p>網劍商城 mall.wangjian.test 由 杭州網劍網絡科技有限公司 運營</p>'
    '<p>統一社會信用代碼 91330100MA27WJ011R ｜ <a href="https://beian.miit.gov.cn/">浙ICP備2023040506號-1</a> ｜ '
    '浙公網安備 33010802000405號</p><p>平臺規則 · 消費者保障 · 舉報中心</p></div>')


def esc(s):
    return _html.escape(s, quote=True)


def shell(title, body, meta='<meta charset="utf-8">', lang='zh-CN', head_extra=''):
    m = (meta + '\n') if meta else ''
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, m, title, head_extra, body))


def mall_shop(shop_id, title, inner, meta='<meta charset="utf-8">', tw=False):
    if tw:
        return shell(title + ' - 網劍商城',
                     '<div class="mall-top"><a href="http://mall.wangjian.test/">網劍商城</a> | 我的訂單 | 購物車</div>\n'
                     '<div class="shop-wrap" data-shop="%s">\n%s\n</div>\n%s' % (shop_id, inner, PLATFORM_FOOTER_TW),
                     meta=meta, lang='zh-TW')
    return shell(title + ' - 网剑商城',
                 '<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> | 我的订单 | 购物车</div>\n'
                 '<div class="shop-wrap" data-shop="%s">\n%s\n</div>\n%s' % (shop_id, inner, PLATFORM_FOOTER), meta=meta)


def mall_item(shop_id, title, inner, meta='<meta charset="utf-8">', tw=False):
    if tw:
        return shell(title + ' - 網劍商城',
                     '<div class="mall-top"><a href="http://mall.wangjian.test/">網劍商城</a> | 搜尋 | 購物車</div>\n'
                     '<div class="detail" data-shop="%s">\n%s\n</div>\n'
                     '<div class="shop-entry"><a href="http://mall.wangjian.test/shop/%s/">進入店鋪</a></div>\n%s'
                     % (shop_id, inner, shop_id, PLATFORM_FOOTER_TW), meta=meta, lang='zh-TW')
    return shell(title + ' - 网剑商城',
                 '<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> | 搜索 | 购物车</div>\n'
                 '<div class="detail" data-shop="%s">\n%s\n</div>\n'
                 '<div class="shop-entry"><a href="http://mall.wangjian.test/shop/%s/">进入店铺</a></div>\n%s'
                 % (shop_id, inner, shop_id, PLATFORM_FOOTER), meta=meta)


def encode(text, enc, bom=False):
    b = text.encode(enc)  # strict: fails loudly on an unencodable character
    if bom:
        assert enc == 'utf-8'
        b = b'\xef\xbb\xbf' + b
    return b
