"""corpus11/x helper: page shells in the style of a few shop systems, and byte encoding.

Holds no labels and no page text that is judged; gen.py passes every judged word in.
"""

MALL = "http://mall.wangjian.test"

# The platform's own footer (contract text: the platform's identity, not the shop's).
MALL_FOOTER = (
    '<div class="mall-footer"><p>杭州网剑网络科技有限公司 版权所有 · 统一社会信用代码 91330100MA27WJ011R</p>'
    '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> | '
    '<a href="http://www.beian.gov.cn/">浙公网安备 33010802000405号</a></p>'
    '<p><a href="/rules/">平台规则</a> · <a href="/help/">帮助中心</a> · 网剑商城 mall.wangjian.test</p></div>'
)


def meta(charset):
    """charset None -> no meta at all; otherwise the declared label (may be wrong on purpose)."""
    if charset is None:
        return ""
    return '<meta charset="%s">\n' % charset


def doc(charset, title, body, head_extra=""):
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + meta(charset)
        + "<title>%s</title>\n" % title
        + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        + head_extra
        + "</head>\n<body>\n" + body + "\n</body>\n</html>\n"
    )


def doc_http_equiv(charset, title, body):
    """Older CMS style (dedecms/帝国CMS): http-equiv content-type."""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % charset
        + "<title>%s</title>\n</head>\n<body>\n" % title + body + "\n</body>\n</html>\n"
    )


def mall_shop(charset, title, shop_id, top, body):
    """A 网剑商城 shop home (大众点评/美团-like merchant page layout). `top` holds the
    shop-name / shop-license / mall-mark elements exactly as gen.py writes them."""
    return doc(
        charset,
        title,
        '<div class="mall-topbar"><a href="%s/">网剑商城</a> &gt; <a href="%s/shop/%s/">店铺首页</a></div>\n'
        % (MALL, MALL, shop_id)
        + '<div class="shop-header">' + top + "</div>\n"
        + '<div class="shop-body">' + body + "</div>\n" + MALL_FOOTER,
    )


def mall_item(charset, title, shop_id, body, head_extra=""):
    """A 网剑商城 item page (团购券 / 课程 / 商品 detail)."""
    return doc(
        charset,
        title,
        '<div class="mall-topbar"><a href="%s/">网剑商城</a> &gt; <a href="%s/shop/%s/">进入店铺</a></div>\n'
        % (MALL, MALL, shop_id)
        + '<div class="item-main">' + body + "</div>\n" + MALL_FOOTER,
        head_extra,
    )


def encode(text, enc, bom):
    data = text.encode(enc)  # strict: a character the encoding lacks is an error in gen.py
    if bom:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data
