"""Helpers for corpus6/j: check-digit arithmetic, page templates, encoding. Holds no labels."""
import html as _h

UC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
OW = [3, 7, 9, 10, 5, 8, 4, 2]


def _ov(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_code(base8):
    s = sum(_ov(c) * w for c, w in zip(base8, OW))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(kind, div, base8):
    body = kind + div + org_code(base8)
    s = sum(UC.index(c) * w for c, w in zip(body, UW))
    return body + UC[(31 - s % 31) % 31]


def bad_uscc(kind, div, base8):
    good = uscc(kind, div, base8)
    i = UC.index(good[-1])
    return good[:-1] + UC[(i + 7) % 31]


def regno(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return first14 + str((11 - p) % 10)


def bad_regno(first14):
    good = regno(first14)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def esc(s):
    return _h.escape(s, quote=True)


def encode(text, enc, bom):
    b = text.encode(enc, errors="strict")
    if bom:
        b = b"\xef\xbb\xbf" + b
    return b


def meta(enc, mode):
    if mode == "missing":
        return ""
    if mode:  # an explicitly stated (possibly wrong) label
        return '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % mode
    return '<meta charset="%s">\n' % enc


# ---- page templates: each returns an HTML string (no labels involved) ----

def t_dede(site, title, body, foot):
    """织梦-style table layout, written anew."""
    nav = "".join('<td class="navtd"><a href="%s">%s</a></td>' % (u, n) for n, u in site["nav"])
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html>\n<head>\n%s"
            "<title>%s_%s</title>\n<meta name=\"keywords\" content=\"%s\" />\n"
            "<link href=\"/templets/default/style/dedecms.css\" rel=\"stylesheet\" />\n</head>\n<body>\n"
            "<table width=\"1000\" align=\"center\" class=\"top\"><tr><td><img src=\"/templets/default/images/logo.gif\" alt=\"%s\" /></td>"
            "<td align=\"right\">服务热线：%s</td></tr></table>\n"
            "<table width=\"1000\" align=\"center\" class=\"nav\"><tr>%s</tr></table>\n"
            "<table width=\"1000\" align=\"center\"><tr><td class=\"main\">\n%s\n</td></tr></table>\n"
            "<table width=\"1000\" align=\"center\" class=\"flink\"><tr><td>友情链接：%s</td></tr></table>\n"
            "<div class=\"footer\">%s</div>\n</body>\n</html>\n") % (
        site["meta"], title, site["name"], site["name"], site["name"], site["tel"], nav, body,
        " | ".join('<a href="%s" target="_blank">%s</a>' % (u, n) for n, u in site["links"]), foot)


def t_empire(site, title, body, foot):
    """帝国CMS-style div layout."""
    nav = "\n".join('  <li><a href="%s">%s</a></li>' % (u, n) for n, u in site["nav"])
    return ("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n%s<title>%s - %s</title>\n"
            "<link rel=\"stylesheet\" href=\"/skin/ecms/css/style.css\">\n</head>\n<body>\n"
            "<div class=\"header\"><div class=\"wrap\"><a class=\"logo\" href=\"/\">%s</a>"
            "<form class=\"search\" action=\"/e/search/index.php\" method=\"post\"><input name=\"keyboard\"><button>搜索</button></form></div></div>\n"
            "<ul class=\"nav\">\n%s\n</ul>\n<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; %s</div>\n"
            "<div class=\"wrap content\">\n%s\n</div>\n"
            "<div class=\"links\"><h4>合作伙伴</h4>%s</div>\n<div class=\"copyright\">%s</div>\n"
            "<div id=\"cookie-bar\" class=\"notice\">本站使用Cookie以改善浏览体验，继续浏览即表示同意。<a href=\"/privacy.html\">隐私政策</a></div>\n"
            "</body>\n</html>\n") % (
        site["meta"], title, site["name"], site["name"], nav, title, body,
        "".join('<a href="%s">%s</a> ' % (u, n) for n, u in site["links"]), foot)


def t_wp(site, title, body, foot):
    """WordPress 企业站 theme look."""
    nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (u, n) for n, u in site["nav"])
    return ("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n%s<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s &#8211; %s</title>\n<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css' media='all' />\n"
            "</head>\n<body class=\"home page-template-default\">\n<header class=\"site-header\"><div class=\"site-branding\"><p class=\"site-title\"><a href=\"/\">%s</a></p></div>\n"
            "<nav class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\">%s</ul></nav></header>\n"
            "<main id=\"main\" class=\"site-main\"><article class=\"page type-page\"><div class=\"entry-content\">\n%s\n</div></article></main>\n"
            "<footer class=\"site-footer\"><div class=\"footer-widget\">%s</div>\n<div class=\"site-info\">%s</div></footer>\n"
            "<script>/* <![CDATA[ */ var astra = {\"break_point\":\"921\"}; /* ]]> */</script>\n</body>\n</html>\n") % (
        site["meta"], title, site["name"], site["name"], nav, body,
        "".join('<a href="%s">%s</a><br>' % (u, n) for n, u in site["links"]), foot)


def t_uni(site, title, body, foot):
    """uni-app / Vue H5 mall rendered to HTML."""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n%s<meta name=\"viewport\" content=\"width=device-width,user-scalable=no,initial-scale=1\">\n"
            "<title>%s</title>\n<link rel=\"stylesheet\" href=\"/h5/static/index.63b34199.css\">\n</head>\n<body>\n"
            "<div id=\"app\"><uni-app><uni-page><uni-page-wrapper><uni-page-body>\n"
            "<uni-view class=\"top-bar\"><uni-text><span>%s</span></uni-text></uni-view>\n%s\n"
            "<uni-view class=\"foot-info\">%s</uni-view>\n"
            "<uni-view class=\"tabbar\"><uni-view class=\"tab\">首页</uni-view><uni-view class=\"tab\">分类</uni-view><uni-view class=\"tab\">购物车</uni-view><uni-view class=\"tab\">我的</uni-view></uni-view>\n"
            "</uni-page-body></uni-page-wrapper></uni-page></uni-app></div>\n"
            "<script src=\"/h5/static/js/chunk-vendors.9b1f5c2e.js\"></script>\n</body>\n</html>\n") % (
        site["meta"], title, site["name"], body, foot)


def t_ecstore(site, title, body, foot):
    """商派 ECStore-style layout with dl data lists."""
    nav = "".join('<li><a href="%s">%s</a></li>' % (u, n) for n, u in site["nav"])
    return ("<!DOCTYPE html>\n<html>\n<head>\n%s<title>%s | %s</title>\n<link rel=\"stylesheet\" href=\"/public/app/b2c/statics/framework.css\">\n</head>\n"
            "<body>\n<div id=\"header\"><div class=\"logo\"><a href=\"/\"><img src=\"/public/images/logo.png\" alt=\"%s\"></a></div>"
            "<div class=\"topbar\"><a href=\"/passport-login.html\">登录</a> | <a href=\"/passport-signup.html\">免费注册</a> | <a href=\"/cart.html\">购物车</a></div></div>\n"
            "<div id=\"nav\"><ul>%s</ul></div>\n<div id=\"main\" class=\"clearfix\">\n%s\n</div>\n"
            "<div id=\"footer\"><div class=\"help\"><dl><dt>购物指南</dt><dd><a href=\"/article-1.html\">购物流程</a></dd><dd><a href=\"/article-2.html\">支付方式</a></dd></dl>"
            "<dl><dt>售后服务</dt><dd><a href=\"/article-5.html\">退换货政策</a></dd><dd><a href=\"/article-6.html\">发票说明</a></dd></dl></div>\n"
            "<div class=\"flink\">%s</div>\n<div class=\"copyright\">%s</div></div>\n</body>\n</html>\n") % (
        site["meta"], title, site["name"], site["name"], nav, body,
        " ".join('<a href="%s">%s</a>' % (u, n) for n, u in site["links"]), foot)


def t_wx(site, title, body, foot):
    """微信公众号 article page that sells (mirrored to the shop's own host)."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n%s<meta name=\"viewport\" content=\"width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0\">\n"
            "<title>%s</title>\n</head>\n<body id=\"activity-detail\" class=\"zh_CN\">\n<div class=\"rich_media\"><div class=\"rich_media_inner\">\n"
            "<h1 class=\"rich_media_title\" id=\"activity-name\">%s</h1>\n<div class=\"rich_media_meta_list\"><span class=\"rich_media_meta rich_media_meta_nickname\">%s</span></div>\n"
            "<div class=\"rich_media_content\" id=\"js_content\">\n%s\n</div>\n<div class=\"rich_media_tool\">阅读原文 · 在看</div>\n</div></div>\n"
            "<div class=\"site-foot\">%s</div>\n</body>\n</html>\n") % (
        site["meta"], title, title, site["name"], body, foot)


def t_hishop(site, title, body, foot):
    """HiShop-style shop with nested divs."""
    nav = "".join('<a href="%s">%s</a>' % (u, n) for n, u in site["nav"])
    return ("<!DOCTYPE html>\n<html>\n<head>\n%s<title>%s-%s</title>\n<link href=\"/Templates/common/style/main.css\" rel=\"stylesheet\">\n</head>\n<body>\n"
            "<div class=\"hishop-top\"><div class=\"w\"><span>欢迎光临%s！</span><span class=\"fr\"><a href=\"/User/Login\">请登录</a> <a href=\"/User/Register\">免费注册</a></span></div></div>\n"
            "<div class=\"hishop-head w\"><div class=\"logo\"><a href=\"/\">%s</a></div></div>\n<div class=\"hishop-nav\"><div class=\"w\">%s</div></div>\n"
            "<div class=\"w hishop-main\"><div class=\"inner\"><div class=\"box\">\n%s\n</div></div></div>\n"
            "<div class=\"hishop-foot\"><div class=\"w\"><div class=\"service\"><span>正品保障</span><span>极速配送</span><span>售后无忧</span></div>\n"
            "<div class=\"links\">%s</div><div class=\"copy\">%s</div></div></div>\n</body>\n</html>\n") % (
        site["meta"], title, site["name"], site["name"], site["name"], nav, body,
        " | ".join('<a href="%s">%s</a>' % (u, n) for n, u in site["links"]), foot)


def t_mall(site, title, body, foot):
    """The demo platform mall.wangjian.test (its own footer always present)."""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n%s<title>%s - 网剑商城</title>\n</head>\n<body>\n"
            "<div class=\"mall-top\"><a href=\"http://mall.wangjian.test/\">网剑商城</a> <a href=\"http://mall.wangjian.test/help/\">帮助中心</a></div>\n"
            "%s\n<div class=\"mall-footer\">%s<p>杭州网剑网络科技有限公司 统一社会信用代码 91330100MA27WJ011R</p>"
            "<p><a href=\"https://beian.miit.gov.cn/\">浙ICP备2023040506号-1</a> 浙公网安备 33010802000405号</p></div>\n</body>\n</html>\n") % (
        site["meta"], title, body, foot)


TEMPLATES = {"dede": t_dede, "empire": t_empire, "wp": t_wp, "uni": t_uni, "ecstore": t_ecstore,
             "wx": t_wx, "hishop": t_hishop, "mall": t_mall}


def render(site, title, body, foot):
    return TEMPLATES[site["tpl"]](site, title, body, foot)


# fixed template words in traditional script, for Big5 sites (template chrome only; page text is written by hand)
_T2 = dict(zip("录费册购车后务换货发说网剑欢临请证质无忧极阅读当页览继续隐热线链伙码钟边选单际关联们", "錄費冊購車後務換貨發說網劍歡臨請證質無憂極閱讀當頁覽繼續隱熱線鏈夥碼鐘邊選單際關聯們"))


def render_any(site, title, body, foot):
    body = with_guide(site, body)
    if site["enc"] != "big5":
        return render(site, title, body, foot)
    raw = render(site, title, "\x01", "\x02")
    raw = "".join(_T2.get(c, c) for c in raw)
    return raw.replace("\x01", body).replace("\x02", foot)


# long lawful chrome blocks (shopping notes), placed before the page's own content so a breach sits deep in the page
GUIDE_S = ('<div class="guide"><h3>购物须知</h3>'
           '<p>【配送】订单在付款后48小时内发出，默认中通、韵达快递，偏远地区（新疆、西藏、青海部分地区）另行协商运费。签收前请当着快递员的面检查外包装，'
           '如有破损可拒收，由我们补发。</p><p>【发票】本店可开具增值税普通发票和专用发票，请在下单备注中填写抬头与税号，发票随货或电子邮件发送。</p>'
           '<p>【支付】支持微信支付、支付宝、银联云闪付与对公转账；对公转账请备注订单号，到账后安排发货。</p>'
           '<p>【隐私】我们仅为履行订单收集收货人姓名、电话与地址，不向第三方出售您的个人信息；依照《个人信息保护法》，您可随时申请查阅、更正或删除。</p>'
           '<p>【价格】页面价格为含税价。促销活动以活动页面公示的规则为准，活动结束后恢复原标价的，以下单时页面显示为准。</p></div>')
GUIDE_T = ('<div class="guide"><h3>購物須知</h3>'
           '<p>【配送】訂單在付款後48小時內發出，默認順豐或中通快遞，偏遠地區另行協商運費。簽收前請當著快遞員的面檢查外包裝，如有破損可拒收，由我們補發。</p>'
           '<p>【發票】本店可開具增值稅普通發票，請在下單備註中填寫抬頭與稅號。</p>'
           '<p>【支付】支持微信支付、支付寶與銀聯；對公轉賬請備註訂單號。</p>'
           '<p>【隱私】我們僅為履行訂單收集收貨人姓名、電話與地址，不向第三方出售您的個人信息；您可隨時申請查閱、更正或刪除。</p></div>')


def with_guide(site, body):
    if site["tpl"] == "mall":
        return body
    return (GUIDE_T if site["enc"] == "big5" else GUIDE_S) + "\n" + body
