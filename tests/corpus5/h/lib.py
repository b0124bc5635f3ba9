"""Templates, check-digit arithmetic and encoding for corpus5/h. Holds no labels."""
USC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_CH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

def org_check(o8):
    s = sum(ORG_CH.index(c) * w for c, w in zip(o8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def usc(div6, org8, kind="91"):
    body = kind + div6 + org8 + org_check(org8)
    s = sum(USC_CH.index(c) * w for c, w in zip(body, USC_W))
    return body + USC_CH[(31 - s % 31) % 31]

def usc_bad(div6, org8, kind="91"):
    good = usc(div6, org8, kind)
    i = USC_CH.index(good[-1])
    return good[:-1] + USC_CH[(i + 7) % 31]

def reg15(d14):
    p = 10
    for ch in d14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return d14 + str((11 - p) % 10)

def reg15_bad(d14):
    g = reg15(d14)
    return g[:-1] + str((int(g[-1]) + 3) % 10)

NAV = ["首页", "全部商品", "新品上市", "热卖推荐", "品牌故事", "新闻中心", "荣誉资质", "会员中心", "帮助中心", "联系我们"]
NAV_T = ["首頁", "全部商品", "新品上市", "熱賣推薦", "品牌故事", "新聞中心", "榮譽資質", "會員中心", "幫助中心", "聯絡我們"]
FOOT_COLS = [
    ("购物指南", ["购物流程", "会员介绍", "常见问题", "联系客服", "发票说明"]),
    ("配送方式", ["上门自提", "快递运输", "配送服务查询", "配送费收取标准", "海外配送"]),
    ("支付方式", ["在线支付", "货到付款", "公司转账", "分期付款", "礼品卡"]),
    ("售后服务", ["售后政策", "价格保护", "退款说明", "返修/退换货", "取消订单"]),
    ("关于我们", ["公司简介", "新闻中心", "荣誉资质", "诚聘英才", "服务条款", "隐私政策"]),
]
FRIENDS = ["中国消费者协会", "12315平台", "国家企业信用信息公示系统", "中国质量新闻网", "中国电子商务协会"]

S2T = dict(zip("业们会关册务协单发员国录护换条标浏电礼简线绍统继续联荣见览誉计订诚询说请账货质购费资车转输运递链门问闻隐题验",
               "業們會關冊務協單發員國錄護換條標瀏電禮簡線紹統繼續聯榮見覽譽計訂誠詢說請賬貨質購費資車轉輸運遞鏈門問聞隱題驗"))

def t2(s, trad):
    return "".join(S2T.get(c, c) for c in s) if trad else s

def page_indep(title, host, body, footer, meta="utf-8", trad=False, cookie=True, friends=True, extra_head=""):
    nav = NAV_T if trad else NAV
    lis = "".join(f'<li><a href="/{"index.html" if i == 0 else "c/%d.html" % i}">{n}</a></li>' for i, n in enumerate(nav))
    cols = "".join(
        '<dl class="fcol"><dt>%s</dt>%s</dl>' % (h, "".join(f'<dd><a href="/help/{j}{k}.html">{x}</a></dd>' for k, x in enumerate(xs)))
        for j, (h, xs) in enumerate(FOOT_COLS))
    fl = ""
    if friends:
        fl = '<div class="flink"><b>友情链接：</b>' + " | ".join(f'<a href="http://link{k}.example.test/">{n}</a>' for k, n in enumerate(FRIENDS)) + "</div>"
    ck = ""
    if cookie:
        ck = ('<div id="cookie-bar" class="cookie">本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们的'
              '<a href="/help/privacy.html">隐私政策</a>。<button>我知道了</button></div>')
    cols, fl, ck = t2(cols, trad), t2(fl, trad), t2(ck, trad)
    m = f'<meta charset="{meta}">' if meta else ""
    return (f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n{m}\n<title>{title}</title>\n"
            f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n{extra_head}</head>\n<body>\n"
            + t2("<div class=\"topbar\"><a href=\"/member/login.html\">请登录</a> <a href=\"/member/reg.html\">免费注册</a> <a href=\"/cart.html\">购物车</a></div>\n", trad) +
            f"<div class=\"header\"><a class=\"logo\" href=\"http://{host}/\">{title.split('-')[-1]}</a>"
            + t2("<form action=\"/search.html\"><input name=\"kw\" placeholder=\"搜索商品\"><button>搜索</button></form></div>\n", trad) +
            f"<ul class=\"nav\">{lis}</ul>\n<div class=\"main\">\n{body}\n</div>\n"
            f"<div class=\"footer\">\n<div class=\"fcols\">{cols}</div>\n{fl}\n{footer}\n</div>\n{ck}\n"
            f"<script>var _hmt=_hmt||[];/* stat */</script>\n</body>\n</html>\n")

PLATFORM_FOOT = ('<div class="mall-footer"><p>网剑商城 版权所有 杭州网剑网络科技有限公司 统一社会信用代码 91330100MA27WJ011R</p>'
                 '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> 浙公网安备 33010802000405号</p>'
                 '<p><a href="http://mall.wangjian.test/rules/">平台规则</a> | <a href="http://mall.wangjian.test/help/">帮助中心</a> | '
                 '<a href="http://mall.wangjian.test/privacy/">隐私政策</a> | <a href="http://mall.wangjian.test/license/">平台证照</a></p></div>')

def page_platform(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title} - 网剑商城</title>\n</head>\n<body>\n"
            "<div class=\"mall-top\"><a href=\"http://mall.wangjian.test/\">网剑商城首页</a> <a href=\"http://mall.wangjian.test/cart\">购物车</a> "
            "<a href=\"http://mall.wangjian.test/my\">我的订单</a> <a href=\"http://mall.wangjian.test/help/\">客户服务</a></div>\n"
            f"{body}\n{PLATFORM_FOOT}\n</body>\n</html>\n")

def encode(text, enc, bom=False):
    b = text.encode(enc, errors="strict")
    if bom:
        b = b"\xef\xbb\xbf" + b
    return b
