"""Templates, check-digit arithmetic and encoding for corpus4/c. Holds no labels."""
CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
PROV = {  # abbr: (division code, traditional abbr)
    "浙": "330106", "沪": "310115", "粤": "440305", "京": "110105", "苏": "320583",
    "闽": "350203", "川": "510107", "鄂": "420106", "鲁": "370202", "湘": "430104",
    "豫": "410105", "皖": "340104", "渝": "500103", "滇": "530102", "陕": "610113",
    "辽": "210202", "赣": "360102", "桂": "450103", "黔": "520102", "冀": "130102",
}
TRAD = {"浙": "浙", "闽": "閩", "粤": "粵", "沪": "滬", "京": "京"}

def org(seq8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(seq8, w))
    c = 11 - s % 11
    return seq8 + ("X" if c == 10 else "0" if c == 11 else str(c))

def uscc(div, seq8, kind="91"):
    body = kind + div + org(seq8)
    s = sum(CS.index(c) * w for c, w in zip(body, W18))
    return body + CS[(31 - s % 31) % 31]

def spoil(code):
    """same code with a wrong last character"""
    last = code[-1]
    alt = CS[(CS.index(last) + 7) % 31] if len(code) == 18 else str((int(last) + 3) % 10)
    return code[:-1] + alt

def regno(div, seq8):
    d = div + seq8
    p = 10
    for ch in d:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return d + str((11 - p) % 10)

def icp(abbr, n, suffix=1, trad=False):
    a = TRAD.get(abbr, abbr) if trad else abbr
    return "%sICP%s%s号-%d" % (a, "備" if trad else "备", n, suffix) if not trad else "%sICP備%s號-%d" % (a, n, suffix)

def gongan(abbr, n, trad=False):
    a = TRAD.get(abbr, abbr) if trad else abbr
    return ("%s公網安備 %s%s號" if trad else "%s公网安备 %s%s号") % (a, PROV[abbr], n)

BASIS = {
    "LICENSE_MISSING": "电子商务法第十五条、第七十六条; 网络交易监督管理办法第十二条",
    "LICENSE_INVALID": "电子商务法第十五条 (虚假公示); GB 32100-2015 校验码",
    "LICENSE_MISMATCH": "电子商务法第十五条; 市场主体登记管理条例第三十六条 (公示信息与登记不符)",
    "ICP_MISSING": "互联网信息服务管理办法第十二条; 非经营性互联网信息服务备案管理办法",
    "ICP_INVALID": "互联网信息服务管理办法第十二条 (备案号格式/省份简称不成立)",
    "MARK_MISSING": "平台为网店亮标 (平台规则)",
    "COUNTERFEIT_TERM": "商标法第五十七条",
    "WELLKNOWN_MARK_AD": "商标法第十四条第五款",
    "ABSOLUTE_TERM": "广告法第九条第三项",
    "FALSE_CLAIM": "广告法第十七条、第二十五条、第二十八条",
    "FAKE_ORIGINAL_PRICE": "明码标价和禁止价格欺诈规定第十六条",
    "RETURN_REFUSED": "消费者权益保护法第二十五条",
    "PROHIBITED_GOODS": "国家禁售规定 (电子商务法第十三条)",
    "REVIEW_INDUCEMENT": "电子商务法第十七条; 反不正当竞争法第八条",
    "FALSE_HONOUR": "广告法第二十八条; 反不正当竞争法(2025)第九条",
}

META = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}

WRAP = {
    "wx": ('<div id="js_article" class="rich_media"><h1 class="rich_media_title">{title}</h1>'
           '<div class="rich_media_meta_list"><span class="rich_media_meta_nickname">{name}</span></div>'
           '<div class="rich_media_content" id="js_content">{body}</div></div>'),
    "live": ('<div class="live-room"><header class="anchor-bar"><span class="anchor">{name} 直播间</span>'
             '<span class="viewers">在线</span></header><section class="live-goods">{body}</section></div>'),
    "xhs": ('<div class="note-container"><div class="note-title">{title}</div>'
            '<div class="note-desc">{body}</div><div class="note-shop"><a href="/shop">店铺</a></div></div>'),
    "tg": ('<div class="tuan-page"><div class="tuan-head">{title}</div><ul class="tuan-list">{body}</ul></div>'),
    "ws": ('<center><h2>{title}</h2></center><table border="1" cellpadding="4" width="100%">{body}</table>'),
    "corp": ('<div class="header"><div class="logo">{name}</div><ul class="nav"><li><a href="/">首页</a></li>'
             '<li><a href="/about/">关于我们</a></li><li><a href="/product/">产品中心</a></li></ul></div>'
             '<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; {title}</div>'
             '<div class="content">{body}</div></div>'),
    "forum": ('<div id="wp"><div id="pt">论坛 › 交易区 › {title}</div><table class="plhin"><tr>'
              '<td class="pls">楼主</td><td class="plc"><div class="pct"><div class="t_fsz"><table><tr>'
              '<td class="t_f" id="postmessage_1">{body}</td></tr></table></div></div></td>'
              '</tr></table></div>'),
    "wc": ('<div class="site"><header class="site-header"><p class="site-title">{name}</p></header>'
           '<main class="site-main"><div class="product type-product"><h1 class="product_title entry-title">{title}</h1>'
           '<div class="woocommerce-product-details__short-description">{body}</div></div></main></div>'),
    "yz": ('<div class="van-page"><div class="goods-header">{title}</div>'
           '<div class="cap-richtext">{body}</div><div class="van-goods-action">'
           '<button class="van-button">立即购买</button></div></div>'),
    "jd": ('<div class="w"><div class="product-intro"><div class="sku-name">{title}</div>'
           '<div class="itemInfo-wrap">{body}</div></div></div>'),
    "b2b": ('<div class="supplier"><div class="company-name">{name}</div><div class="offer">'
            '<h1 class="d-title">{title}</h1><div class="desc-content">{body}</div></div></div>'),
    "faq": ('<div class="help-center"><h1>{title}</h1><div class="help-body">{body}</div></div>'),
}

def render(site, pg):
    enc = site["enc"]
    meta = pg.get("meta", "own")
    if meta == "own":
        m = '<meta charset="%s">' % META[enc] if site.get("short_meta", True) else \
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % META[enc]
    elif meta == "none":
        m = ""
    else:
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % meta
    wrap = WRAP[pg.get("tmpl", site["tmpl"])]
    if site.get("trad"):
        wrap = wrap.replace("立即购买", "立即購買").replace("店铺", "店鋪")
    inner = wrap.format(title=pg["title"], name=site["name"], body=pg["body"])
    foot = pg.get("foot")
    if foot is None:
        foot = site["footer"]
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<title>%s - %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n<body>\n%s\n'
            '<div class="footer">%s</div>\n</body>\n</html>\n') % (
        "zh-TW" if enc == "big5" else "zh-CN", m, pg["title"], site["name"], inner, foot)
    if enc in ("gbk", "big5"):
        html = html.replace("©", "&copy;").replace("¥", "￥")
    b = html.encode(enc)
    if pg.get("bom"):
        b = b"\xef\xbb\xbf" + b
    return b

PLATFORM_FOOT = ('<div class="mall-footer">杭州网剑网络科技有限公司 统一社会信用代码 91330100MA27WJ011R '
                 '<a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> 浙公网安备 33010802000405号</div>')
