#!/usr/bin/env python3
"""Generate the labelled evaluation corpus: tests/corpus/pages/*.html + labels.tsv + notes.tsv.

Standard library only, deterministic (no randomness, no clock).  Every page is spelled out below
with its URL, its expected rule codes and a note; the generator only supplies the page skeletons
(headers, navigation, footers with licence / ICP variants) and the byte encoding.  Labels are
written by hand from the rule definitions (see README.md), never computed by matching.

    python3 tests/corpus/gen.py            # rewrite pages/, labels.tsv, notes.tsv
    python3 tests/corpus/gen.py --check    # regenerate in memory and compare with the files
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------- check characters
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(org8):
    """GB 11714 check character of an 8-character organisation code body."""
    s = sum(int(c, 36) * w for c, w in zip(org8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17])


def uscc(kind, division, org8):
    """A valid USCC: kind ('91'), 6-digit division, 8-char org body (+ GB 11714 check)."""
    first17 = kind + division + org8 + org_check(org8)
    return first17 + uscc_check(first17)


def uscc_bad(code):
    """The same code with a wrong check character (the next one in the alphabet)."""
    i = USCC_CHARS.index(code[17])
    return code[:17] + USCC_CHARS[(i + 1) % 31]


def regno_check(first14):
    p = 10
    for a in first14:
        s = (p + int(a)) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def regno_ok(code):
    return len(code) == 15 and code.isdigit() and regno_check(code[:14]) == code[14]


def regno(first14):
    return first14 + regno_check(first14)


def regno_bad(code):
    return code[:14] + str((int(code[14]) + 1) % 10)


# ---------------------------------------------------------------------------- sites
class Site:
    """One host: company facts and valid licence / ICP numbers for its footers."""

    def __init__(self, host, name, company, abbr, division, org8, rep, addr, icp, psb,
                 kind="91"):
        self.host, self.name, self.company, self.abbr = host, name, company, abbr
        self.uscc = uscc(kind, division, org8)
        self.rep, self.addr = rep, addr
        self.rep_label = "法定代表人" if kind == "91" else "经营者"
        self.icp = f"{abbr}ICP备{icp}"  # icp ends in 号 or 号-N
        self.psb = f"{abbr}公网安备 {psb}号"


def S(*a, **k):
    return Site(*a, **k)


SITES = {s.host: s for s in [
    S("fangzhou-bags.test", "方舟箱包", "广州市方舟箱包有限公司", "粤", "440111", "MA5AX3K1", "梁文辉",
      "广东省广州市白云区石井街道凰岗路21号", "2021045512号-1", "44011102001231"),
    S("yunduo-fushi.test", "云朵服饰", "杭州云朵服饰有限公司", "浙", "330110", "MA2KB7D4", "沈丽",
      "浙江省杭州市余杭区临平街道星光街8号", "2022031147号-1", "33011002012045"),
    S("xingchen-digital.test", "星辰数码", "深圳市星辰数码科技有限公司", "粤", "440306", "MA5H2P8C", "郑海",
      "广东省深圳市宝安区新安街道创业一路33号", "2020098765号-2", "44030602004411"),
    S("liangpin-food.test", "良品食坊", "武汉良品食坊食品有限公司", "鄂", "420102", "MA4K5N2W", "刘洋",
      "湖北省武汉市江岸区解放大道1200号", "2021006321号-1", "42010202000876"),
    S("qinghe-home.test", "青禾家居", "苏州青禾家居用品有限公司", "苏", "320505", "MA1W8T3E", "顾敏",
      "江苏省苏州市虎丘区狮山路188号", "2019054432号-3", "32050502010234"),
    S("moubai-beauty.test", "墨白美妆", "上海墨白化妆品有限公司", "沪", "310104", "MA1FL6R9", "蒋雯",
      "上海市徐汇区漕溪北路88号", "2023001234号-1", "31010402008765"),
    S("shanye-outdoor.test", "山野户外", "成都山野户外用品有限公司", "川", "510107", "MA62TQ4U", "何军",
      "四川省成都市武侯区科华北路66号", "2020023456号-1", "51010702000567"),
    S("nuanyang-baby.test", "暖阳母婴", "长沙暖阳母婴用品有限公司", "湘", "430104", "MA4PR2J7", "彭娟",
      "湖南省长沙市岳麓区麓山南路9号", "2022012399号-1", "43010402000345"),
    S("zhiwei-tea.test", "知味茶行", "福州知味茶业有限公司", "闽", "350102", "MA8RLX56", "陈平",
      "福建省福州市鼓楼区五四路128号", "2021017788号-1", "35010202001122"),
    S("beian-news.test", "北岸资讯", "北京北岸文化传媒有限公司", "京", "110105", "MA01H2Q8", "王强",
      "北京市朝阳区建国路77号", "2018016623号-1", "11010502033333"),
    S("huajian-flower.test", "花间鲜花", "昆明花间园艺有限公司", "滇", "530112", "MA6N4CE2", "杨艳",
      "云南省昆明市西山区滇池路588号", "2022004567号-1", "53011202000222"),
    S("chuxin-toys.test", "初见玩具", "汕头市初见玩具有限公司", "粤", "440507", "MA52G7YA", "黄涛",
      "广东省汕头市澄海区玩具城大道18号", "2021076543号-1", "44051502000789"),
]}

PLATFORM = "mall.wangjian.test"
MARK = '<div class="mall-mark"><img src="/static/mark.png" alt="平台亮标"></div>'


# ---------------------------------------------------------------------------- skeletons
def meta_for(enc_decl):
    if enc_decl is None:
        return ""
    if enc_decl.startswith("http-equiv:"):
        cs = enc_decl.split(":", 1)[1]
        return f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
    return f'<meta charset="{enc_decl}">'


def html5(title, meta, header, body, footer, head_extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{margin:0;font:14px/1.6 "Microsoft YaHei",sans-serif}}.price{{color:#e4393c}}</style>
{head_extra}</head>
<body>
{header}
<main>
{body}
</main>
{footer}
</body>
</html>
"""


def xhtml_table(title, meta, header, body, footer, head_extra=""):
    """Old-style table layout (many small Chinese shops still use it)."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}
<title>{title}</title>
{head_extra}</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="top">{header}</td></tr>
  <tr><td class="main">
{body}
  </td></tr>
  <tr><td class="bottom" align="center">{footer}</td></tr>
</table>
</body>
</html>
"""


def div_sidebar(title, meta, header, body, footer, head_extra=""):
    return f"""<!doctype html>
<html>
<head>
{meta}
<title>{title}</title>
<link rel="canonical" href="#">
{head_extra}</head>
<body>
<div id="wrap">
  <div id="hd">{header}</div>
  <div id="bd">
    <div class="side"><h3>商品分类</h3><ul><li><a href="/list/1.html">新品</a></li><li><a href="/list/2.html">热卖</a></li></ul></div>
    <div class="main-col">
{body}
    </div>
  </div>
  <div id="ft">{footer}</div>
</div>
</body>
</html>
"""


LAYOUTS = {"html5": html5, "table": xhtml_table, "side": div_sidebar}


def header_for(site):
    return (f'<header class="site-hd"><a class="logo" href="/">{site.name}</a>'
            f'<nav><a href="/">首页</a> <a href="/list.html">全部商品</a> '
            f'<a href="/about.html">关于我们</a> <a href="/help.html">帮助中心</a></nav></header>')


def lic_html(site, mode):
    """Licence display variants for a footer.  Modes that satisfy the display duty:
    block, line, table, regno, image, imgsrc, link, gongshang, ezz, exempt.  Modes that do not:
    none, hidden, hidden-attr, visibility, comment, script, text, bad, bad-regno (bad* display
    an invalid number: LICENSE_INVALID, not LICENSE_MISSING)."""
    c = site.uscc
    ezz = (f"https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={c}"
           f"-SAIC_SHOW_1000{c}1699999999999&amp;signData=MEUCIQ")
    return {
        "none": "",
        "block": f"""<div class="lic"><p>企业名称：{site.company}</p><p>统一社会信用代码：{c}</p>
<p>{site.rep_label}：{site.rep}</p><p>地址：{site.addr}</p></div>""",
        "line": f"<p>{site.company}　统一社会信用代码：{c}　{site.rep_label}：{site.rep}　地址：{site.addr}</p>",
        "table": f"""<table class="lic"><tr><th>名称</th><td>{site.company}</td></tr>
<tr><th>统一社会信用代码</th><td>{c}</td></tr><tr><th>{site.rep_label}</th><td>{site.rep}</td></tr>
<tr><th>住所</th><td>{site.addr}</td></tr></table>""",
        "image": f'<p><a href="/license.html"><img src="/static/cert_01.jpg" alt="营业执照" width="60"></a></p>',
        "imgsrc": '<p><img src="/uploads/营业执照.jpg" width="80" height="56"></p>',
        "link": '<p><a href="/license.html">营业执照</a> | <a href="/help.html">隐私政策</a></p>',
        "gongshang": '<p><a href="/gs.html" target="_blank">工商亮照</a></p>',
        "ezz": f'<p><a href="{ezz}" target="_blank"><img src="/static/lz.png" alt="电子亮照"></a></p>',
        "exempt": ("<p>本店经营者为个人，销售自产农副产品，依据《中华人民共和国电子商务法》第十条规定，"
                   "不需要办理市场主体登记。</p>"),
        "hidden": f'<div style="display:none">统一社会信用代码：{c}</div>',
        "hidden-attr": f'<p hidden>统一社会信用代码：{c}</p>',
        "visibility": f'<p style="visibility: hidden">统一社会信用代码：{c}</p>',
        "comment": f"<!-- 统一社会信用代码：{c} 营业执照待上传 -->",
        "script": f'<script>var shopLicense = {{"uscc": "{c}", "label": "营业执照"}};</script>',
        "text": "<p>如需查看营业执照，请联系在线客服索取。</p>",
        "bad": f"<p>{site.company}　统一社会信用代码：{uscc_bad(c)}</p>",
    }[mode]


def icp_html(site, mode):
    """ICP display variants.  Valid: beian, beian-link, spaced, fullwidth, license.  Not an ICP
    number: none, psb (公安备案 only), comment, script, hidden.  Invalid forms are passed as text."""
    if mode.startswith("raw:"):
        return f"<p>{mode[4:]}</p>"
    return {
        "none": "",
        "beian": f"<p>{site.icp}　{site.psb}</p>",
        "beian-link": (f'<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">{site.icp}</a>'
                       f' <img src="/static/ga.png" alt=""> {site.psb}</p>'),
        "spaced": f"<p>{site.icp.replace('ICP备', 'ICP备 ')}</p>",
        "fullwidth": f"<p>{site.icp.replace('-', '－')}　{site.psb}</p>",
        "license": f"<p>{site.abbr}ICP证0{sum(map(ord, site.host)) % 90000 + 10000}号　{site.psb}</p>",
        "psb": f"<p>{site.psb}</p>",
        "comment": f"<!-- {site.icp} -->",
        "script": f'<script>document.title += "";var beian="{site.icp}";</script>',
        "hidden": f'<p style="display:none">{site.icp}</p>',
    }[mode]


def footer_for(site, lic, icp, extra=""):
    return (f'<footer class="site-ft">\n<p><a href="/about.html">关于我们</a> | <a href="/help.html">联系客服</a> | '
            f'<a href="/help.html#pay">支付方式</a></p>\n{extra}{lic_html(site, lic)}\n{icp_html(site, icp)}\n'
            f"<p>Copyright &copy; 2026 {site.name} 版权所有</p>\n</footer>")


# ---------------------------------------------------------------------------- page list
PAGES = []  # dicts: slug, url, codes, html (str), enc, bom, note


def add(slug, url, codes, html, enc="utf-8", bom=False, note=""):
    codes = sorted(set(codes))
    PAGES.append(dict(slug=slug, url=url, codes=codes, html=html, enc=enc, bom=bom, note=note))


def render(host, body, title=None, lic="none", icp="beian", layout="html5", decl="utf-8",
           head_extra="", footer_extra=""):
    site = SITES[host]
    return LAYOUTS[layout](title or site.name, meta_for(decl), header_for(site), body,
                           footer_for(site, lic, icp, footer_extra), head_extra)


def page(slug, host, path, codes, body, title=None, lic="none", icp="beian", layout="html5",
         enc="utf-8", decl="utf-8", bom=False, note="", head_extra="", footer_extra=""):
    """A page on one of SITES.  decl is what the page declares (None = nothing)."""
    html = render(host, body, title, lic, icp, layout, decl, head_extra, footer_extra)
    add(slug, f"http://{host}{path}", codes, html, enc=enc, bom=bom, note=note)


def item(name, price, desc, orig=None, extra=""):
    o = f"　原价：<del>¥{orig}</del>" if orig else ""
    return f"""<div class="item-detail">
<h1>{name}</h1>
<p class="price">现价：<strong>¥{price}</strong>{o}</p>
<div class="desc">{desc}</div>
{extra}
<p class="svc"><span>正品保障</span> <span>48小时发货</span></p>
</div>"""


def shop_list(items):
    lis = "\n".join(f'<li class="card"><a href="/item/{i}.html">{n}</a> <span class="price">¥{p}</span></li>'
                    for i, n, p in items)
    return f'<ul class="goods">\n{lis}\n</ul>'


# ---------------------------------------------------------------------------- more hosts

PROV = {  # abbr: (division used for USCC and 公网安备, city, district address)
    "京": ("110108", "北京", "北京市海淀区中关村大街"), "沪": ("310115", "上海", "上海市浦东新区张江路"),
    "浙": ("330102", "杭州", "浙江省杭州市上城区解放路"), "粤": ("440104", "广州", "广东省广州市越秀区中山五路"),
    "苏": ("320102", "南京", "江苏省南京市玄武区中山路"), "闽": ("350203", "厦门", "福建省厦门市思明区湖滨南路"),
    "鲁": ("370202", "青岛", "山东省青岛市市南区香港中路"), "川": ("510104", "成都", "四川省成都市锦江区春熙路"),
    "鄂": ("420106", "武汉", "湖北省武汉市武昌区中北路"), "湘": ("430102", "长沙", "湖南省长沙市芙蓉区五一大道"),
    "皖": ("340104", "合肥", "安徽省合肥市蜀山区长江西路"), "豫": ("410105", "郑州", "河南省郑州市金水区花园路"),
    "渝": ("500103", "重庆", "重庆市渝中区解放碑民权路"), "陕": ("610113", "西安", "陕西省西安市雁塔区科技路"),
    "蜀": ("510107", "成都", "四川省成都市武侯区人民南路"), "陇": ("620102", "兰州", "甘肃省兰州市城关区东岗西路"),
}
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def auto_site(host, name, abbr, trade="商贸", rep="张伟", kind="91"):
    """A host with derived, deterministic, valid numbers (no real company)."""
    h = hashlib.sha1(host.encode()).digest()
    div, city, street = PROV[abbr]
    org8 = "MA" + "".join(ORG_CHARS[b % 31] for b in h[:6])
    num = int.from_bytes(h[6:10], "big")
    icp = f"{2018 + num % 7}{num % 1000000:06d}号-{1 + h[10] % 3}"
    psb = f"{div}{int.from_bytes(h[11:15], 'big') % 100000000:08d}"
    company = f"{city}{name}{trade}有限公司" if kind == "91" else f"{city}市{name}经营部（个体工商户）"
    site = Site(host, name, company, abbr, div, org8, rep, f"{street}{10 + h[15] % 180}号", icp, psb, kind)
    SITES[host] = site
    return site


PLAT = auto_site(PLATFORM, "网剑商城", "浙", "网络科技", "周明")


def shop_home(slug, sid, codes, shop_name, body, op=None, lic="block", mark=True, mark_html=MARK,
              enc="utf-8", decl="utf-8", note="", layout="html5"):
    """A shop home on the demo platform: /shop/<sid>/ (no ICP duty; mark and licence needed)."""
    op = op or auto_site(f"shop{sid}.{PLATFORM}", shop_name, "浙", rep="李娜", kind="92")
    hd = (f'<header class="mall-top"><a class="mall-logo" href="http://{PLATFORM}/">网剑商城</a>'
          f'<form action="/search"><input name="q"><button>搜索</button></form></header>\n'
          f'<div class="shop-head" data-shop-id="{sid}"><h1>{shop_name}</h1>'
          f'{mark_html if mark else ""}</div>')
    ft = (f'<footer class="mall-ft"><div class="shop-lic">{lic_html(op, lic)}</div>\n'
          f'<p>网剑商城 {PLAT.icp}</p></footer>')
    html = LAYOUTS[layout](f"{shop_name} - 网剑商城", meta_for(decl), hd, body, ft)
    add(slug, f"http://{PLATFORM}/shop/{sid}/", codes, html, enc=enc, note=note)


def mall_item_html(iid, sid, shop_name, body, decl="utf-8"):
    hd = (f'<header class="mall-top"><a class="mall-logo" href="http://{PLATFORM}/">网剑商城</a></header>\n'
          f'<div class="crumb"><a href="/shop/{sid}/">{shop_name}</a> &gt; 商品详情</div>')
    ft = f'<footer class="mall-ft"><p>网剑商城 {PLAT.icp}　{PLAT.psb}</p></footer>'
    return html5(f"商品详情 - {shop_name}", meta_for(decl), hd,
                 f'<div data-item-id="{iid}" data-shop-id="{sid}">{body}</div>', ft)


def mall_item(slug, iid, codes, sid, shop_name, body, enc="utf-8", decl="utf-8", note=""):
    add(slug, f"http://{PLATFORM}/item/{iid}.html", codes, mall_item_html(iid, sid, shop_name, body, decl),
        enc=enc, note=note)


def big5_page(slug, url, codes, title, body, note="", decl="big5"):
    """A traditional-Chinese page (Big5 bytes); non-home, so no display duties are tested."""
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
{meta_for(decl)}
<title>{title}</title>
</head>
<body>
<div class="top"><a href="/">首頁</a>｜<a href="/products.html">商品一覽</a>｜<a href="/about.html">關於我們</a></div>
<div class="content">
{body}
</div>
<div class="footer">版權所有 2026　客服信箱：service@example.test</div>
</body>
</html>
"""
    add(slug, url, codes, html, enc="big5", note=note)


# ============================================================================ COUNTERFEIT_TERM
CT = "COUNTERFEIT_TERM"
page("ct-gaofang-plain", "fangzhou-bags.test", "/item/8801.html", [CT], item(
    "高仿LV老花手提包", "358", "<p>进口皮料，五金刻字清晰，送礼自用都合适。</p>", orig="598"),
    title="高仿LV老花手提包 - 方舟箱包", note="plain 高仿 in title and h1")
page("ct-ahuo-list", "fangzhou-bags.test", "/list.html", [CT], """<h1>全部商品</h1>
<table class="goods"><tr><th>商品</th><th>价格</th><th>月销</th></tr>
<tr><td><a href="/item/8801.html">老花手提包 A货</a></td><td>¥358</td><td>1203</td></tr>
<tr><td><a href="/item/8802.html">链条单肩包</a></td><td>¥299</td><td>877</td></tr>
<tr><td><a href="/item/8803.html">双肩背包 原单尾货</a></td><td>¥189</td><td>654</td></tr></table>""",
     layout="table", note="A货 and 原单 in a product table")
page("ct-star-sep", "fangzhou-bags.test", "/item/8802.html", [CT], item(
    "链条单肩包", "299", "<p>专柜同款 高*仿 品质，细节对比图见下方。</p>"), note="高*仿 symbol between characters")
page("ct-space-sep", "fangzhou-bags.test", "/item/8803.html", [CT], item(
    "双肩背包", "189", "<p>高 仿 大牌双肩包，皮标压印清楚。</p>"), note="高 仿 space between characters")
page("ct-fullwidth-a", "yunduo-fushi.test", "/item/2301.html", [CT], item(
    "羊绒大衣", "899", "<p>Ａ货 版型，面料手感柔软，专柜吊牌齐全。</p>", orig="1599"),
    note="full-width Ａ货")
page("ct-inline-tag", "yunduo-fushi.test", "/item/2302.html", [CT], item(
    "印花丝巾", "129", "<p>高<b>仿</b>大牌丝巾，和正品放在一起看不出区别。</p>"),
    note="高<b>仿</b> split across an inline tag")
page("ct-ncr-dec", "yunduo-fushi.test", "/item/2303.html", [CT], item(
    "经典格纹围巾", "169", "<p>&#39640;&#20223;版本，做工细致。</p>"),
    note="numeric character references &#39640;&#20223; = 高仿")
page("ct-ncr-hex", "yunduo-fushi.test", "/item/2304.html", [CT], item(
    "小香风外套", "459", "<p>&#x7CBE;&#x4EFF;款，对版面料。</p>"), note="hex NCR &#x7CBE;&#x4EFF; = 精仿")
page("ct-chao-a", "xingchen-digital.test", "/item/5501.html", [CT], item(
    "无线降噪耳机", "268", "<p>超A版本，弹窗定位改名全功能，序列号可查。</p>", orig="1899"),
    note="超A for electronics")
page("ct-11-fuke", "xingchen-digital.test", "/item/5502.html", [CT], item(
    "机械腕表", "780", "<p>1:1复刻 劳力士 水鬼，机芯走时精准。</p>"), note="1:1 and 复刻 in a selling context")
page("ct-chunyuan", "fangzhou-bags.test", "/item/8804.html", [CT], item(
    "篮球鞋", "420", "<p>纯原版本，鞋盒鞋标齐全，莆田货源直发。</p>"), note="纯原 (莆田货源 is not 莆田货 on its own, 纯原 decides)")
page("ct-fangpai", "yunduo-fushi.test", "/item/2305.html", [CT], item(
    "POLO衫", "89", "<p>外贸仿牌 POLO，三标齐全。</p>"), note="仿牌")
page("ct-zwsp", "yunduo-fushi.test", "/item/2306.html", [CT], item(
    "帆布托特包", "139", "<p>高\u200b仿大牌托特包，容量大。</p>"), note="zero-width space between 高 and 仿")
page("ct-putian", "fangzhou-bags.test", "/item/8805.html", [CT], item(
    "休闲板鞋", "260", "<p>正宗莆田货，与专柜对比无差别。</p>"), note="莆田货 as seller slang")
page("ct-gbk-gaofang", "xingchen-digital.test", "/item/5503.html", [CT], item(
    "智能手表", "399", "<p>高仿苹果手表，功能齐全，支持心率显示。</p>"),
    enc="gbk", decl="gbk", note="GBK bytes")
page("ct-gbk-ahuo-table", "xingchen-digital.test", "/list.html", [CT], """<h1>热销榜</h1>
<table><tr><td>蓝牙音箱 A货</td><td>￥99</td></tr><tr><td>充电宝</td><td>￥69</td></tr></table>""",
     enc="gbk", decl="http-equiv:gbk", layout="table", note="GBK bytes, http-equiv meta, table layout")
big5_page("ct-big5-trad", "http://hk-mingbiao.test/item/77.html", [CT], "精品手錶",
          "<h1>精品手錶</h1><p>高倣名錶，Ａ貨品質，一比一還原細節。</p><p>售價：HK$ 1,280</p>",
          note="Big5, traditional 高倣 and Ａ貨")
page("ct-dash-sep", "fangzhou-bags.test", "/search.html", [CT], """<h1>搜索结果：包</h1>
<ul><li>大牌同款手提包 高-仿 ¥329</li><li>真皮钱包 ¥89</li></ul>""", note="高-仿 with hyphen, search page")

# ============================================================================ ABSOLUTE_TERM
AT = "ABSOLUTE_TERM"
page("at-guojiaji", "liangpin-food.test", "/item/301.html", [AT], item(
    "土蜂蜜 500g", "88", "<p>国家级品质，源自秦岭深山。</p>"), note="国家级 as a quality claim")
page("at-zuijia", "liangpin-food.test", "/item/302.html", [AT], item(
    "坚果礼盒", "158", "<p>中秋送礼的最佳选择，六种坚果每日一袋。</p>"), note="最佳选择")
page("at-diyi", "xingchen-digital.test", "/item/5504.html", [AT], item(
    "充电宝 20000mAh", "129", "<p>全网销量第一，续航可充手机五次。</p>"), note="销量第一")
page("at-dingji", "xingchen-digital.test", "/item/5505.html", [AT], item(
    "头戴式耳机", "699", "<p>顶级音质，专业调音师调校。</p>"), note="顶级")
page("at-zuigaoji", "qinghe-home.test", "/item/901.html", [AT], item(
    "乳胶床垫", "2680", "<p>采用最高级天然乳胶，睡感柔软。</p>"), note="最高级 as a grade claim")
page("at-inline", "qinghe-home.test", "/item/902.html", [AT], item(
    "真丝枕套", "199", '<p>最<span class="hl">佳</span>睡眠伴侣，亲肤透气。</p>'), note="最<span>佳</span>")
page("at-ncr", "qinghe-home.test", "/item/903.html", [AT], item(
    "羊毛地毯", "1280", "<p>&#22269;&#23478;&#32423;工艺标准，手工编织。</p>"), note="NCR 国家级 as a claim")
page("at-spaced", "moubai-beauty.test", "/item/401.html", [AT], item(
    "精华液", "329", "<p>全球 顶 级 原料，质地清爽。</p>"), note="顶 级 with spaces")
page("at-gbk-home-ish", "zhiwei-tea.test", "/item/61.html", [AT], item(
    "武夷岩茶 大红袍", "368", "<p>最佳口感，岩韵明显，第一品牌。</p>"), enc="gbk", decl="gbk",
    note="GBK, 最佳 and 第一品牌")
page("at-gbk-banner", "zhiwei-tea.test", "/list.html", [AT], """<div class="banner"><h1>国家级茶艺师亲自拼配，顶级岩茶</h1></div>
<ul><li><a href="/item/61.html">大红袍</a> ￥368</li><li><a href="/item/62.html">肉桂</a> ￥298</li></ul>""",
     enc="gbk", decl="gb2312", layout="side",
     note="GBK bytes declared gb2312; 顶级 is a claim (国家级茶艺师 is a real qualification level but here used to sell)")
big5_page("at-big5", "http://taiwan-tea.test/products/12.html", [AT], "高山烏龍茶",
          "<h1>高山烏龍茶</h1><p>國家級品質，最佳的送禮選擇。</p><p>售價：NT$ 880</p>",
          note="Big5, 國家級 and 最佳 in traditional")

# ============================================================================ FALSE_CLAIM
FC = "FALSE_CLAIM"
page("fc-tea-diabetes", "zhiwei-tea.test", "/item/63.html", [FC], item(
    "桑叶降糖茶", "128", "<p>每天三杯，治疗糖尿病，两个疗程血糖恢复正常。</p>"), note="food claims to treat diabetes")
page("fc-mattress", "qinghe-home.test", "/item/904.html", [FC], item(
    "磁疗床垫", "1980", "<p>远红外磁疗，治疗失眠、颈椎病、腰椎间盘突出。</p>"), note="mattress treats diseases")
page("fc-insole", "shanye-outdoor.test", "/item/71.html", [FC], item(
    "艾草鞋垫", "39", "<p>根治脚气，三天见效，不复发。</p>"), note="根治 a fungal disease")
page("fc-inline", "liangpin-food.test", "/item/303.html", [FC], item(
    "黑芝麻丸", "69", "<p>坚持食用可治<i>疗</i>白发脱发，降血压。</p>"), note="治<i>疗</i> split; 降血压")
page("fc-baozhi", "liangpin-food.test", "/item/304.html", [FC], item(
    "灵芝孢子粉", "598", "<p>包治百病，抗癌防癌，提高免疫力。</p>"), note="包治百病, 抗癌 for a food")
page("fc-finance", "beian-news.test", "/licai.html", [FC], """<h1>稳盈宝 理财计划</h1>
<p>保本保息，稳赚不赔，年化收益率18%，随存随取。</p><p><a href="/licai/buy.html">立即购买</a></p>""",
     note="guaranteed returns (广告法 第二十五条)")
page("fc-invest-gbk", "beian-news.test", "/jiameng.html", [FC], """<h1>奶茶加盟</h1>
<p>投资5万元，保证三个月回本，零风险，稳赚。</p>""", enc="gbk", decl="gbk", note="GBK, guaranteed return on a franchise")
page("fc-purifier", "qinghe-home.test", "/item/905.html", [FC], item(
    "净水器", "1699", "<p>长期饮用可预防癌症，治疗肾结石。</p>"), note="water purifier prevents cancer")
page("fc-underwear", "yunduo-fushi.test", "/item/2307.html", [FC], item(
    "磁石内衣", "199", "<p>穿着即可消除乳腺增生，疏通经络。</p>"), note="消除乳腺增生 disease claim for clothing")
big5_page("fc-big5", "http://hk-health.test/item/8.html", [FC], "草本茶",
          "<h1>草本降壓茶</h1><p>治療高血壓，一個月停藥。</p><p>售價：HK$ 260</p>", note="Big5, 治療高血壓")

# ============================================================================ RETURN_REFUSED
RR = "RETURN_REFUSED"
page("rr-clothes", "yunduo-fushi.test", "/item/2308.html", [RR], item(
    "针织开衫", "159", "<p>柔软亲肤，春秋百搭。</p>", extra='<p class="notice">本商品不支持七天无理由退货。</p>'),
    note="clothing")
page("rr-digit7", "xingchen-digital.test", "/item/5506.html", [RR], item(
    "蓝牙键盘", "189", "<p>三模连接，续航半年。</p>", extra="<p>拆封后不支持7天无理由退换货。</p>"),
    note="7天 with digit; 拆封 is not an exemption for a keyboard")
page("rr-qiri", "chuxin-toys.test", "/item/41.html", [RR], item(
    "积木套装", "299", "<p>1200颗粒，适合8岁以上。</p>", extra="<p>特价清仓，不支持七日无理由退货。</p>"),
    note="七日 variant, toys")
page("rr-shoes-gbk", "fangzhou-bags.test", "/item/8806.html", [RR], item(
    "登山鞋", "359", "<p>防水透气，大底耐磨。</p>", extra="<p>鞋类商品一律不支持七天无理由退货。</p>"),
    enc="gbk", decl="gbk", note="GBK, shoes")
page("rr-cosmetics", "moubai-beauty.test", "/item/402.html", [RR], item(
    "口红", "139", "<p>丝绒哑光，持妆一整天。</p>", extra="<p>化妆品属特殊商品，不支持七天无理由退货。</p>"),
    note="cosmetics are not a statutory exemption")
page("rr-help", "xingchen-digital.test", "/help.html", [RR], """<h1>售后政策</h1>
<p>1. 所有商品签收后15天内有质量问题可换货。</p>
<p>2. 电子产品售出后不支持七天无理由退货。</p>""", note="policy page; hardware is not a 数字化商品")
page("rr-gaibutuihuan", "chuxin-toys.test", "/item/42.html", [RR], item(
    "遥控汽车", "219", "<p>充电款，续航40分钟。</p>", extra="<p>一经售出，概不退换。</p>"),
    note="概不退换 refuses statutory 7-day returns too")
page("rr-inline", "qinghe-home.test", "/item/906.html", [RR], item(
    "实木餐桌", "1599", "<p>北美白橡木，现货发售（非定制）。</p>",
    extra="<p>大件商品<strong>不支持七天无理由</strong>退货。</p>"), note="ready-made furniture, split by <strong>")
page("rr-table", "shanye-outdoor.test", "/item/72.html", [RR], item(
    "冲锋衣", "499", "<table><tr><th>售后</th><td>不支持七天无理由退货</td></tr><tr><th>发货</th><td>48小时内</td></tr></table>"),
    note="refusal in a table cell")

# ============================================================================ PROHIBITED_GOODS
PG = "PROHIBITED_GOODS"
page("pg-qiegting", "xingchen-digital.test", "/item/5507.html", [PG], item(
    "微型录音设备", "268", "<p>窃听器 远程监听，手机实时收听，隐蔽安装。</p>"), note="窃听器")
page("pg-mizhi", "liangpin-food.test", "/item/305.html", [PG], item(
    "特效饮品", "380", "<p>无色无味迷药，听话水，放入饮料即可。</p>"), note="迷药")
page("pg-gun", "shanye-outdoor.test", "/item/73.html", [PG], item(
    "户外气枪", "1200", "<p>高压气枪，可发射铅弹，射程50米。</p>"), note="air gun firing pellets")
page("pg-knife", "shanye-outdoor.test", "/item/74.html", [PG], item(
    "户外直刀", "260", "<p>三棱刮刀 开刃 管制刀具 防身用，快递可发。</p>"), note="管制刀具")
page("pg-fakecert", "beian-news.test", "/banzheng.html", [PG], """<h1>快速办证</h1>
<p>办假证：毕业证、学位证、驾驶证，三天出证，可上网查询。</p>""", note="假证")
page("pg-pinhole-gbk", "xingchen-digital.test", "/item/5508.html", [PG], item(
    "针孔摄像头", "158", "<p>偷拍神器，针孔隐藏式，酒店卫生间都能装。</p>"), enc="gbk", decl="gbk",
    note="GBK, covert-filming camera (窃照专用器材)")
page("pg-crossbow", "shanye-outdoor.test", "/item/75.html", [PG], item(
    "狩猎弩", "980", "<p>钢臂弩 配钢箭，穿透力强。</p>"), note="crossbow")
page("pg-ivory", "zhiwei-tea.test", "/item/64.html", [PG], item(
    "象牙手串", "3800", "<p>老象牙制品，附穿山甲鳞片赠品。</p>"), note="ivory, pangolin scales")
page("pg-fapiao", "beian-news.test", "/daikai.html", [PG], """<h1>代开发票</h1>
<p>代开增值税发票，点数低，可验证。</p>""", note="selling invoices")
mall_item("pg-mall-gun", "6201", [PG], "205", "极限运动社", item(
    "仿真枪", "560", "<p>金属仿真枪，可发射钢珠，送弹夹。</p>"), note="platform item page")

# ============================================================================ REVIEW_INDUCEMENT
RI = "REVIEW_INDUCEMENT"
page("ri-haoping", "liangpin-food.test", "/item/306.html", [RI], item(
    "手撕牛肉干", "59", "<p>内蒙古风干牛肉。</p>", extra='<p class="promo">好评返现3元！</p>'), note="好评返现")
page("ri-shaitu", "yunduo-fushi.test", "/item/2309.html", [RI], item(
    "纯棉T恤", "49", "<p>精梳棉，不起球。</p>", extra="<p>晒图返现5元，联系客服领取。</p>"), note="晒图返现")
page("ri-wuxing", "moubai-beauty.test", "/item/403.html", [RI], item(
    "保湿面膜", "79", "<p>10片装。</p>", extra="<p>五星好评截图发给客服，领取红包5元。</p>"), note="5-star review for a red packet")
page("ri-card", "qinghe-home.test", "/item/907.html", [RI], item(
    "四件套", "299", "<p>60支长绒棉。</p>",
    extra='<div class="card-insert">亲，带图好评+追评，即送10元话费！</div>'), note="带图好评 … 送话费 (insert card)")
page("ri-spaced", "chuxin-toys.test", "/item/43.html", [RI], item(
    "拼图", "39", "<p>1000片风景拼图。</p>", extra="<p>好 评 返 现 2 元</p>"), note="spaced 好 评 返 现")
page("ri-inline", "zhiwei-tea.test", "/item/65.html", [RI], item(
    "白茶饼", "198", "<p>福鼎白茶，2019年料。</p>", extra="<p>收货<em>好评返现</em>，晒图<b>再返</b>5元</p>"),
    note="inside <em>; 晒图再返")
page("ri-gbk", "fangzhou-bags.test", "/item/8807.html", [RI], item(
    "旅行箱", "399", "<p>PC材质，万向轮。</p>", extra="<p>确认收货后五星好评返现10元。</p>"),
    enc="gbk", decl="gbk", note="GBK")
page("ri-shaidan", "nuanyang-baby.test", "/item/11.html", [RI], item(
    "婴儿湿巾", "29", "<p>80抽×6包。</p>", extra="<p>晒单好评送5元无门槛券，下次购物可用。</p>"),
    note="coupon for a review")
shop_home("ri-shop", "206", [RI], "小熊零食铺", shop_list([(6301, "芒果干", 19.9), (6302, "猪肉脯", 29.9)])
          + '<p class="promo">全店好评返现2元！</p>', note="platform shop home, compliant otherwise")

# ============================================================================ WELLKNOWN_MARK_AD
WM = "WELLKNOWN_MARK_AD"
page("wm-plain", "liangpin-food.test", "/item/307.html", [WM], item(
    "老陈醋", "35", "<p>中国驰名商标，百年老字号。</p>"), note="中国驰名商标")
page("wm-banner", "qinghe-home.test", "/list.html", [WM], """<div class="banner"><img src="/b.jpg" alt="">
<h2>驰名商标 品质家纺</h2></div><ul><li><a href="/item/907.html">四件套</a> ¥299</li></ul>""",
     note="banner heading")
page("wm-inline", "zhiwei-tea.test", "/item/66.html", [WM], item(
    "茉莉花茶", "88", "<p>驰名<strong>商标</strong>企业出品。</p>"), note="split by <strong>")
page("wm-spaced", "nuanyang-baby.test", "/item/12.html", [WM], item(
    "奶瓶", "89", "<p>荣获 驰 名 商 标，妈妈放心之选。</p>"), note="spaced")
page("wm-ncr", "chuxin-toys.test", "/item/44.html", [WM], item(
    "积木", "199", "<p>&#39536;&#21517;&#21830;&#26631;品牌积木。</p>"), note="NCR 驰名商标")
page("wm-gbk", "liangpin-food.test", "/item/308.html", [WM], item(
    "腊肠", "68", "<p>本品牌为中国驰名商标，广式风味。</p>"), enc="gbk", decl="gbk", note="GBK")
page("wm-about", "moubai-beauty.test", "/about.html", [WM], """<h1>品牌故事</h1>
<p>墨白于2008年创立，2015年被认定为中国驰名商标，现有产品二百余款。</p>""",
     note="brand page advertising the mark (ads include the shop's own pages)")
big5_page("wm-big5", "http://tw-sauce.test/about.html", [WM], "品牌介紹",
          "<h1>品牌介紹</h1><p>中國馳名商標，百年醬油老店。</p>", note="Big5 馳名商標")
page("wm-title", "shanye-outdoor.test", "/item/76.html", [WM], item(
    "登山杖", "129", "<p>碳纤维材质，三节伸缩。</p><p>驰名商标品质保障</p>"), note="plain in description")


def home_body(site, extra="", items=None):
    items = items or [(101, "新品上市", 99), (102, "店长推荐", 159), (103, "限时特价", 69)]
    return (f'<section class="banner"><h1>欢迎光临{site.name}</h1><p>全场满199减20，下单后48小时内发货。</p></section>\n'
            f'<section class="hot"><h2>热卖商品</h2>\n{shop_list(items)}\n</section>\n{extra}')


def home(slug, host, name, abbr, codes, lic="block", icp="beian", extra="", path="/", enc="utf-8",
         decl="utf-8", bom=False, layout="html5", note="", items=None, head_extra="", trade="商贸"):
    """A home page of an independent site (new host unless the host already exists)."""
    site = SITES.get(host) or auto_site(host, name, abbr, trade)
    page(slug, host, path, codes, home_body(site, extra, items), title=f"{site.name} - 官方网站",
         lic=lic, icp=icp, enc=enc, decl=decl, bom=bom, layout=layout, note=note, head_extra=head_extra)


# ============================================================================ LICENSE_MISSING
LM, LI, IM, II, MM = "LICENSE_MISSING", "LICENSE_INVALID", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING"
home("lm-none", "baihe-shop.test", "百合生活馆", "浙", [LM], lic="none", note="no licence information at all")
home("lm-hidden", "lanwan-fish.test", "蓝湾渔具", "鲁", [LM], lic="hidden", note="licence only in display:none")
home("lm-hidden-attr", "mumu-furniture.test", "木槿家具", "苏", [LM], lic="hidden-attr", note="hidden attribute")
home("lm-visibility", "qingshan-bike.test", "青山单车", "渝", [LM], lic="visibility", note="visibility: hidden")
home("lm-comment", "xiaomai-bakery.test", "小麦烘焙", "豫", [LM], lic="comment", note="licence in an HTML comment")
home("lm-script", "haitang-pets.test", "海棠宠物", "川", [LM], lic="script", note="licence only in a script object")
home("lm-text", "songyun-pen.test", "松云文具", "皖", [LM], lic="text",
     note="营业执照 mentioned as plain text, not a link, no number")
home("lm-gbk-none", "jinyu-watch.test", "金羽钟表", "粤", [IM, LM], lic="none", icp="none", enc="gbk",
     decl="gbk", layout="table", note="GBK, neither licence nor ICP")
home("lm-index-html", "yuelai-shoes.test", "悦来鞋铺", "闽", [LM], lic="none", path="/index.html",
     note="home page served as /index.html")
home("lm-bom", "chengyi-gifts.test", "橙意礼品", "湘", [LM], lic="none", bom=True, note="UTF-8 with BOM")
home("lm-logo-img", "beifeng-coat.test", "北风羽绒", "京", [LM], lic="none",
     extra='<p><img src="/static/logo.png" alt="店铺logo"></p>', note="only a logo image, no licence image")
shop_home("lm-shop", "207", [LM], "悠然茶具店", shop_list([(6401, "紫砂壶", 268), (6402, "建盏", 188)]),
          lic="none", note="platform shop home with the mark but no licence")
shop_home("lm-shop-hidden", "208", [LM], "南山花艺", shop_list([(6501, "永生花", 199)]), lic="hidden",
          note="platform shop, licence display:none")

# ============================================================================ LICENSE_INVALID
home("li-home-bad", "hongyun-liquor.test", "鸿运酒行", "鲁", [LI], lic="bad", note="home page, check character wrong")
page("li-about-bad", "qinghe-home.test", "/about.html", [LI], f"""<h1>关于青禾</h1>
<p>青禾家居创立于2012年，专注家纺与收纳。</p>
<p>企业名称：{SITES['qinghe-home.test'].company}</p><p>统一社会信用代码：{uscc_bad(SITES['qinghe-home.test'].uscc)}</p>""",
     note="about page")
_rn = regno("33010600112233")
page("li-regno-bad", "zhiwei-tea.test", "/about.html", [LI], f"""<h1>关于知味</h1>
<p>注册号：{regno_bad(_rn)}</p><p>成立日期：2009年5月</p>""", note="15-digit 注册号 failing MOD 11,10")
page("li-gbk", "liangpin-food.test", "/contact.html", [LI], f"""<h1>联系我们</h1>
<p>统一社会信用代码：{uscc_bad(SITES['liangpin-food.test'].uscc)}</p><p>电话：027-8555xxxx</p>""",
     enc="gbk", decl="gbk", note="GBK")
page("li-table", "shanye-outdoor.test", "/license.html", [LI], f"""<h1>证照信息</h1>
<table border="1"><tr><th>名称</th><td>{SITES['shanye-outdoor.test'].company}</td></tr>
<tr><th>统一社会信用代码</th><td>{uscc_bad(SITES['shanye-outdoor.test'].uscc)}</td></tr>
<tr><th>类型</th><td>有限责任公司</td></tr></table>""", layout="table", note="label and number in adjacent cells")
shop_home("li-shop", "209", [LI], "鹿鸣书店", shop_list([(6601, "线装书", 88)]), lic="bad",
          note="platform shop home with the mark, invalid USCC")
page("li-label-short", "nuanyang-baby.test", "/about.html", [LI], f"""<h1>关于暖阳</h1>
<p>社会信用代码：{uscc_bad(SITES['nuanyang-baby.test'].uscc)}</p>""", note="label 社会信用代码")
_rn2 = regno("44010400123456")
page("li-regno-yyzz", "fangzhou-bags.test", "/about.html", [LI], f"""<h1>关于方舟</h1>
<p>营业执照注册号：{regno_bad(_rn2)}</p>""", note="营业执照注册号 label")
page("li-halfwidth", "chuxin-toys.test", "/about.html", [LI], f"""<h1>公司简介</h1>
<p>统一社会信用代码: {uscc_bad(SITES['chuxin-toys.test'].uscc)}</p>""", note="half-width colon and a space")
big5_page("li-big5", "http://tw-sauce.test/contact.html", [LI], "聯絡我們",
          f"<h1>聯絡我們</h1><p>統一社會信用代碼：{uscc_bad(uscc('91', '350203', 'MA8TW3F1'))}</p>",
          note="Big5, traditional label")

# ============================================================================ ICP_MISSING
home("im-none", "xiangyun-silk.test", "祥云丝绸", "苏", [IM], icp="none", note="licence shown, no ICP")
home("im-psb-only", "heyuan-rice.test", "禾源米业", "皖", [IM], icp="psb", note="only 公网安备 (not an ICP filing)")
home("im-comment", "yuanye-camp.test", "原野营地", "陕", [IM], icp="comment", note="ICP only in a comment")
home("im-script", "lanting-ink.test", "兰亭墨业", "浙", [IM], icp="script", note="ICP only in a script")
home("im-hidden", "taohua-wine.test", "桃花酒坊", "鄂", [IM], icp="hidden", note="ICP in display:none")
home("im-gbk", "fuxing-hardware.test", "福兴五金", "粤", [IM], icp="none", enc="gbk",
     decl="http-equiv:gbk", layout="side", note="GBK, licence table, no ICP")
home("im-bom-wrongmeta", "yinhe-lamp.test", "银河灯饰", "粤", [IM], icp="none", bom=True, decl="gbk",
     note="UTF-8 BOM while <meta> says gbk: the BOM wins")
home("im-exempt", "shanjia-farm.test", "山家农庄", "湘", [IM], lic="exempt", icp="none",
     note="licence exemption statement (第十条) shown; ICP still missing")
home("im-zzlz", "ruixue-down.test", "瑞雪羽绒", "苏", [IM], lic="ezz", icp="none",
     note="licence via zzlz.gsxt.gov.cn badge; no ICP")
add("im-news-home", "http://xiangcun-daily.test/", [IM, LM], html5(
    "乡村日报网", '<meta charset="utf-8">', '<div class="masthead">乡村日报网</div>',
    "<h2>要闻</h2><ul><li><a href=\"/n/1.html\">春耕备耕有序推进</a></li><li><a href=\"/n/2.html\">县域物流网络加快建设</a></li></ul>",
    "<footer><p>乡村日报网 版权所有 未经授权禁止转载</p></footer>"), note="news portal home, no ICP and no licence")

# ============================================================================ ICP_INVALID
home("ii-placeholder", "longteng-tea.test", "龙腾茶叶", "京", [II], icp="raw:京ICP备12345678号-1",
     note="placeholder 12345678")
page("ii-xx", "moubai-beauty.test", "/help.html", [II], "<h1>帮助中心</h1><p>订单问题请联系客服。</p>",
     icp="raw:沪ICP备XXXXXXXX号", note="placeholder XX on a non-home page")
home("ii-meng", "miaomiao-cat.test", "喵喵猫舍", "浙", [II], icp="raw:萌ICP备20230721号",
     note="joke registry 萌ICP备 (displayed, so not ICP_MISSING)")
page("ii-cha", "zhiwei-tea.test", "/help.html", [II], "<h1>购茶须知</h1><p>茶叶请避光密封保存。</p>",
     icp="raw:茶ICP备20220001号", note="joke registry 茶ICP备")
page("ii-short", "yunduo-fushi.test", "/help.html", [II], "<h1>尺码说明</h1><p>请参考尺码表选择。</p>",
     icp="raw:浙ICP备1234号", note="4 digits")
home("ii-long", "feiyu-drone.test", "飞羽无人机", "沪", [II], icp="raw:沪ICP备123456789012号",
     note="12 digits")
home("ii-gang", "haixin-trade.test", "海鑫贸易", "粤", [II], icp="raw:港ICP备20210001号",
     note="unknown province abbreviation 港")
home("ii-gbk", "jiangnan-fabric.test", "江南布艺", "苏", [II], icp="raw:苏ICP备12345678号-1", enc="gbk",
     decl="gbk", note="GBK, placeholder")
page("ii-zhong", "nuanyang-baby.test", "/help.html", [II], "<h1>配送说明</h1><p>全国包邮（偏远地区除外）。</p>",
     icp="raw:中ICP备18001234号", note="unknown abbreviation 中")
page("ii-9digit", "chuxin-toys.test", "/help.html", [II], "<h1>售后说明</h1><p>质量问题包退换。</p>",
     icp="raw:粤ICP备201912345号", note="9 digits")
page("ii-lower-x", "shanye-outdoor.test", "/help.html", [II], "<h1>常见问题</h1><p>下单后可在个人中心查看物流。</p>",
     icp="raw:川ICP备xxxxxxxx号-1", note="lower-case x placeholder")

# ============================================================================ MARK_MISSING
_items = shop_list([(7001, "亚麻衬衫", 189), (7002, "棉麻长裤", 229)])
shop_home("mm-none", "301", [MM], "素然女装", _items, mark=False, note="no mark element")
shop_home("mm-comment", "302", [MM], "拾光古着", _items, mark_html="<!-- " + MARK + " -->",
          note="mark only inside an HTML comment")
shop_home("mm-script", "303", [MM], "木子饰品", _items,
          mark_html="<script>var markHtml='<div class=\"mall-mark\"></div>';</script>", note="mark only in a script string")
shop_home("mm-wrongclass", "304", [MM], "花田童装", _items,
          mark_html='<div class="mall-marker"><img src="/static/mark.png" alt="平台亮标"></div>',
          note="class mall-marker is not the class mall-mark")
shop_home("mm-nolic", "305", [LM, MM], "阿福杂货", _items, mark=False, lic="none",
          note="neither mark nor licence")
shop_home("mm-gbk", "306", [MM], "江南丝巾", _items, mark=False, enc="gbk", decl="gbk", note="GBK shop home")
shop_home("mm-table", "307", [MM], "老街布鞋", _items, mark=False, layout="table", note="table layout")
shop_home("mm-ct", "308", [CT, MM], "潮品汇", shop_list([(7101, "高仿卫衣", 199)]), mark=False,
          note="no mark and a counterfeit listing")
shop_home("mm-ezz", "309", [MM], "悦读书屋", _items, mark=False, lic="ezz", note="licence via zzlz link")
shop_home("mm-img-only", "310", [MM], "青柠水果", _items,
          mark_html='<img src="/static/mark.png" alt="平台亮标">', note="mark image without the mall-mark element")

# ============================================================================ TRAPS (no finding at all)
auto_site("kangjian-pharmacy.test", "康健大药房", "鲁", "医药", "孙红")
N = []  # no codes
page("trap-shangweiqi", "liangpin-food.test", "/item/309.html", N, item(
    "挂耳咖啡", "59", "<p>烘焙后第7-30天为最佳赏味期，请尽快饮用。</p>"), note="trap:最佳赏味期 (storage tip)")
page("trap-shiyongqi", "liangpin-food.test", "/item/310.html", N, item(
    "广式月饼礼盒", "168", "<p>保质期60天，最佳食用期为生产后15天内。</p>"), note="trap:最佳食用期")
page("trap-ncr-shangwei", "zhiwei-tea.test", "/item/67.html", N, item(
    "冷萃茶包", "45", "<p>&#26368;&#20339;&#36175;&#21619;&#26399;为开封后两周。</p>"),
    note="trap:最佳赏味期 written as NCR")
page("trap-browser-tip", "beian-news.test", "/about.html", N, """<h1>关于本站</h1>
<p>北岸资讯提供本地生活新闻。</p>""", footer_extra="<p>建议使用IE10.0或以上浏览器，以获得最佳浏览效果！</p>",
     note="trap:最佳浏览效果 (real footer text, zh-pages)")
page("trap-sports", "beian-news.test", "/n/1001.html", N, """<article><h1>女排联赛收官 三名球员入选最佳阵容</h1>
<p>本赛季联赛昨晚落幕，颜妮、王梦洁、丁霞入选最佳阵容。决赛首局双方战至比分1:1后，主队连得三分。</p>
<p>发布时间：2026-11-11 11:17</p></article>""", note="trap:最佳阵容, 比分1:1, time 11:17 (news)")
page("trap-film", "beian-news.test", "/n/1002.html", N, """<article><h1>金鸡奖揭晓</h1>
<p>第三十九届中国电影金鸡奖颁奖典礼在厦门举行，最佳故事片、最佳导演等奖项揭晓。</p></article>""",
     note="trap:award names 最佳故事片 (news, not an ad)")
page("trap-court", "beian-news.test", "/n/1003.html", N, """<article><h1>最高人民法院发布典型案例</h1>
<p>最高人民法院今日发布十起知识产权典型案例，其中一起涉及驰名商标的认定与保护。</p>
<p>法院认为，驰名商标的认定应当坚持个案认定、被动保护原则。</p></article>""",
     note="trap:最高人民法院 (name), 驰名商标 in legal news (not advertising)")
page("trap-history", "beian-news.test", "/n/1004.html", N, """<article><h1>传呼机的黄金年代</h1>
<p>上世纪九十年代，寻呼业务迅速普及，1996年发展到最高峰，用户数一度超过千万。</p>
<p>我第一次用上传呼机，是在1995年的冬天。</p></article>""", note="trap:最高峰, 第一次 (ordinal)")
page("trap-feiyi", "lanting-ink.test", "/item/21.html", N, item(
    "泾县宣纸 四尺", "380", "<p>宣纸制作技艺是国家级非物质文化遗产，本品产自安徽泾县。</p>"),
    note="trap:国家级非物质文化遗产 (state-awarded title)")
add("trap-hospital", "http://renmin-hospital.test/news/202611.html", N, html5(
    "我院心内科成功救治一名急性心梗患者", '<meta charset="utf-8">', '<div class="hd">市第一人民医院</div>',
    """<article><h1>我院心内科成功救治一名急性心梗患者</h1>
<p>我院心血管内科是国家级重点专科。11月3日凌晨，科室团队为一名急性心肌梗死患者实施急诊介入治疗，术后患者恢复良好。</p>
<p>医院提醒：出现胸痛请及时就医，切勿自行用药。</p></article>""",
    "<footer><p>市第一人民医院 地址：人民路1号</p></footer>"),
    note="trap:国家级重点专科, 治疗 in hospital news, 第一人民医院 (name)")
page("trap-gaoxin", "xingchen-digital.test", "/about.html", N, """<h1>关于星辰</h1>
<p>公司成立于2014年，2020年被认定为国家级高新技术企业，拥有专利三十余项。</p>""",
     note="trap:国家级高新技术企业 (state-awarded title)")
page("trap-reserve", "shanye-outdoor.test", "/news/wolong.html", N, """<article><h1>卧龙徒步记</h1>
<p>卧龙国家级自然保护区位于四川汶川，进入核心区需提前报备。第一天我们走了十二公里。</p></article>""",
     note="trap:国家级自然保护区 (place name), 第一天")
page("trap-xinqu", "beian-news.test", "/n/1005.html", N, """<article><h1>浦东新区发布三季度经济数据</h1>
<p>作为首个国家级新区，浦东第一季度至第三季度地区生产总值同比增长。</p></article>""",
     note="trap:国家级新区 (administrative term), 第一季度")
page("trap-domain", "xingchen-digital.test", "/news/cn-domain.html", N, """<article><h1>如何注册.cn域名</h1>
<p>.cn是中国的国家顶级域名，注册需要实名认证。顶级域名之下可以设置二级域名。</p></article>""",
     note="trap:国家顶级域名 (technical term)")
page("trap-grammar", "beian-news.test", "/edu/english-12.html", N, """<article><h1>英语语法：形容词的比较级和最高级</h1>
<p>单音节形容词的最高级一般在词尾加 -est，如 tall → tallest。</p></article>""",
     note="trap:最高级 (grammar lesson)")
page("trap-model", "chuxin-toys.test", "/item/45.html", N, item(
    "拼装飞机模型", "129", "<p>1:100 比例，全塑料拼装，附涂装说明。比例尺1:72的版本另售。</p>"),
    note="trap:1:100 and 1:72 scale")
page("trap-recipe", "liangpin-food.test", "/news/bread.html", N, """<article><h1>在家做全麦面包</h1>
<p>全麦粉和高筋粉按1:1混合，水量为面粉的65%。烤箱预热180℃，烤25分钟。</p></article>""",
     note="trap:比例1:1 in a recipe (decision: a ratio is not a replica claim)")
page("trap-time", "qinghe-home.test", "/notice.html", N, """<h1>双十一活动公告</h1>
<p>活动时间：11月11日 00:00 至 11月11日 23:59；客服在线时间 9:00-21:10。</p>
<p>预售尾款支付时间：11:11 开始。</p>""", note="trap:times 11:11 and 21:10 contain 1:1")
page("trap-yuandanwei", "beian-news.test", "/n/1006.html", N, """<article><h1>退休人员待遇认证指南</h1>
<p>由原单位统一办理的，请携带身份证到原单位人事部门；原单据遗失的可申请补办。</p></article>""",
     note="trap:原单位, 原单据")
page("trap-yuandanhao", "fangzhou-bags.test", "/help.html", N, """<h1>退换货说明</h1>
<p>申请退货时请填写原单号，并附上原单价截图，我们将在收到退货后3个工作日内退款。</p>
<p>本店支持七天无理由退货。</p>""", note="trap:原单号, 原单价")
page("trap-ahuojia", "fuxing-hardware.test", "/item/31.html", N, item(
    "仓储货架 A货架", "320", "<p>A货架为单面五层，B货架为双面；仓库A货区、B货区均可使用。</p>"),
    note="trap:A货架, A货区 (warehouse shelving)")
page("trap-huodao", "xingchen-digital.test", "/item/5509.html", N, item(
    "自动售货机", "8800", "<p>设有A货道至F货道共六组，每组可放20件。</p>"), note="trap:A货道")
page("trap-chaoa-office", "beian-news.test", "/n/1007.html", N, """<article><h1>写字楼租金走势</h1>
<p>陆家嘴超A级写字楼平均租金环比持平，甲级写字楼空置率略有上升。</p></article>""",
     note="trap:超A级写字楼 (real-estate grade)")
page("trap-amoled", "xingchen-digital.test", "/item/5510.html", N, item(
    "平板电脑", "2599", "<p>11英寸超AMOLED屏幕，2560×1600分辨率。</p>"), note="trap:超AMOLED (Samsung Super AMOLED)")
page("trap-fuke-history", "lanting-ink.test", "/news/guji.html", N, """<article><h1>古籍的翻刻与复刻</h1>
<p>清代书坊常据宋本复刻，复刻本保留了原书的版式与字体，是研究版本学的重要材料。</p></article>""",
     note="trap:复刻本 in a history text")
page("trap-fangzhen-flower", "huajian-flower.test", "/item/51.html", N, item(
    "高仿真绿植 龟背竹", "168", "<p>高仿真度仿真植物，免浇水，适合办公室摆放。</p>"),
    note="trap:高仿真 (artificial plants are a legitimate product)")
add("trap-fangzhen-medical", "http://renmin-hospital.test/news/sim.html", N, html5(
    "临床技能中心启用", '<meta charset="utf-8">', '<div class="hd">市第一人民医院</div>',
    "<article><h1>临床技能中心启用</h1><p>中心配备高仿真模拟人，用于急救培训。</p></article>",
    "<footer><p>市第一人民医院 地址：人民路1号</p></footer>"), note="trap:高仿真模拟人 (medical training)")
page("trap-fangsong", "beian-news.test", "/n/notice-format.html", N, """<article><h1>公文格式要求</h1>
<p>标题使用小标宋体，正文使用仿宋_GB2312三号字。</p></article>""", note="trap:仿宋 (font name)")
page("trap-chunyuanmu", "qinghe-home.test", "/item/908.html", N, item(
    "纯原木儿童床", "1880", "<p>采用纯原木制作，无胶水拼接。</p>"), note="trap:纯原木")
page("trap-yuanjiang", "liangpin-food.test", "/item/311.html", N, item(
    "精酿原浆啤酒", "99", "<p>纯原浆鲜啤，未经过滤，冷藏保存7天。</p>"), note="trap:纯原浆")
page("trap-putian-freight", "fuxing-hardware.test", "/news/logistics.html", N, """<article><h1>物流合作</h1>
<p>本公司与杭州至莆田货运专线合作，莆田货运站次日可提。</p></article>""", note="trap:莆田货运")
page("trap-famous", "huajian-flower.test", "/news/dianchi.html", N, """<article><h1>滇池赏鸥</h1>
<p>昆明的红嘴鸥驰名中外，每年十一月飞抵滇池。</p></article>""", note="trap:驰名中外")
page("trap-reviews", "yunduo-fushi.test", "/item/2310.html", N, item(
    "亚麻衬衫", "169", "<p>透气凉爽。</p>",
    extra='<div class="reviews"><h3>买家晒图（128）</h3><p>好评率98%</p><p>“面料很舒服，已经回购。”</p></div>'),
    note="trap:买家晒图 section title, 好评率")
page("trap-cashback", "beian-news.test", "/n/1008.html", N, """<article><h1>信用卡年末活动</h1>
<p>持卡人在指定商户消费满200元返现20元，每月限一次。</p></article>""",
     note="trap:消费返现 (purchase cashback, not for reviews)")
page("trap-rules-page", "beian-news.test", "/n/1009.html", N, """<article><h1>平台发布商家行为规范</h1>
<p>商家不得以好评返现、晒图返现等方式诱导评价，不得发布高仿、A货等侵权商品。</p></article>""",
     note="trap:violations named inside a prohibition (news of a rule, not an offer)")
page("trap-consumer-tip", "beian-news.test", "/n/1010.html", N, """<article><h1>市场监管局发布消费提示</h1>
<p>消费者网购时应警惕“高仿”“A货”等字样，不要购买来源不明的商品。</p></article>""",
     note="trap:regulator's warning quoting counterfeit words")
page("trap-police", "beian-news.test", "/n/1011.html", N, """<article><h1>警方破获制售假证案</h1>
<p>犯罪嫌疑人还涉嫌网上销售迷药、窃听器等违禁品，已被依法刑事拘留。</p></article>""",
     note="trap:police news naming prohibited goods (not a listing)")
page("trap-tools", "fuxing-hardware.test", "/list.html", N, """<h1>电动工具</h1>
<ul><li>热熔胶枪 ¥29</li><li>电焊枪 ¥159</li><li>喷漆枪 ¥89</li><li>洗车水枪 ¥45</li><li>不锈钢菜刀 ¥68</li></ul>""",
     note="trap:胶枪/焊枪/水枪/菜刀 are lawful tools")
page("trap-antibug", "xingchen-digital.test", "/item/5511.html", N, item(
    "防偷拍检测仪", "199", "<p>可检测酒店房间内的针孔摄像头和窃听器信号，出差旅行必备。</p>"),
    note="trap:detector against covert cameras and bugs (lawful)")
page("trap-custom-return", "qinghe-home.test", "/item/909.html", N, item(
    "定制窗帘", "899", "<p>按尺寸定制。</p>", extra="<p>定制商品不支持七天无理由退货。</p>"),
    note="trap:定作 goods are exempt (消保法 第二十五条(一))")
page("trap-fresh-return", "huajian-flower.test", "/item/52.html", N, item(
    "鲜切玫瑰 19枝", "139", "<p>云南基地直发。</p>", extra="<p>鲜花属于鲜活易腐商品，不支持七天无理由退货。</p>"),
    note="trap:鲜活易腐 exemption")
page("trap-seafood-return", "lanwan-fish.test", "/item/81.html", N, item(
    "鲜活大闸蟹", "288", "<p>顺丰冷链。</p>", extra="<p>生鲜商品不支持七天无理由退货，死蟹包赔。</p>"),
    note="trap:鲜活易腐 exemption (crabs)")
page("trap-digital-return", "xingchen-digital.test", "/item/5512.html", N, item(
    "办公软件激活码", "199", "<p>在线发送激活码。</p>", extra="<p>数字化商品，激活码发出后不支持七天无理由退货。</p>"),
    note="trap:数字化商品 exemption")
page("trap-magazine-return", "beian-news.test", "/subscribe.html", N, """<h1>杂志订阅</h1>
<p>全年12期 ¥240。已交付的报纸、期刊不支持七天无理由退货。</p>""", note="trap:报纸期刊 exemption")
page("trap-script-json", "yunduo-fushi.test", "/item/2311.html", N, item(
    "棉麻长裙", "239", "<p>宽松版型，垂感好。</p>",
    extra='<script>window.__DATA__={"seoWords":"高仿 A货 超A 复刻","tip":"好评返现"};</script>\n<!-- 旧文案：国家级品质 最佳选择 驰名商标 -->'),
    note="trap:violations only inside script and a comment")
page("trap-hidden", "yunduo-fushi.test", "/item/2312.html", N, item(
    "羊毛围巾", "159", "<p>澳洲美利奴羊毛。</p>",
    extra='<div style="display: none;">好评返现5元 高仿</div>\n<p hidden>不支持七天无理由退货</p>\n'
          '<span style="visibility:hidden">治疗颈椎病</span>'),
    note="trap:violations only in hidden elements (display:none, hidden, visibility:hidden)")
page("trap-meta-kw", "fangzhou-bags.test", "/item/8808.html", N, item(
    "帆布包", "59", "<p>纯棉帆布，可机洗。</p>"),
    head_extra='<meta name="keywords" content="帆布包,高仿,A货,原单">\n', note="trap:counterfeit words only in meta keywords")
page("trap-fangmianliao", "yunduo-fushi.test", "/item/2313.html", N, item(
    "短靴", "299", "<ul class=\"spec\"><li>鞋跟：5cm 中跟高</li>\n<li>仿麂皮绒鞋面，防泼水</li>\n<li>廓形：A</li>\n<li>货号：YD2301</li></ul>"),
    note="trap:block boundaries 高|仿 and A|货 must not join; 仿麂皮 is a material")
page("trap-drug", "kangjian-pharmacy.test", "/pharmacy/ibuprofen.html", N, item(
    "布洛芬缓释胶囊", "25", "<p>【功能主治】用于缓解轻至中度疼痛如头痛、关节痛、牙痛。</p><p>请仔细阅读说明书并按说明使用。</p>"),
    note="trap:a drug's approved indications (FALSE_CLAIM is for non-drug goods)")
page("trap-tracking", "fangzhou-bags.test", "/order/track.html", N, """<h1>物流查询</h1>
<p>运单号：773012345678901234　状态：派送中</p><p>订单编号：260311204455667788</p>""",
     note="trap:18-digit numbers that are not labelled licence codes")
page("trap-baobenguide", "beian-news.test", "/n/1012.html", N, """<article><h1>资管新规落地后 保本理财退出市场</h1>
<p>业内人士提醒，如今宣称“保本保息”“稳赚不赔”的产品需要警惕。</p></article>""",
     note="trap:guaranteed-return words quoted in a warning")
page("trap-bijiao", "qinghe-home.test", "/news/pillow.html", N, """<article><h1>如何挑选枕头</h1>
<p>仰睡时枕头高度约一拳为宜。第一步量肩宽，第二步看睡姿。</p></article>""", note="trap:第一步 (ordinal)")

# compliant home pages: every way of satisfying the display duties
home("trap-home-exempt", "laonong-honey.test", "老农蜂蜜", "陕", N, lic="exempt",
     extra="<p>本店蜂蜜为自家蜂场所产，最佳食用期为开封后三个月。</p>",
     note="trap:exemption statement satisfies LICENSE_MISSING; 最佳食用期")
home("trap-home-gongshang", "qiaomu-clock.test", "乔木钟表", "沪", N, lic="gongshang", icp="license",
     note="trap:工商亮照 link; ICP licence (ICP证) form")
home("trap-home-imgsrc", "yunshan-paper.test", "云杉纸品", "闽", N, lic="imgsrc", icp="spaced",
     note="trap:licence image named 营业执照 in src; ICP备 followed by a space")
_rn3 = regno("35020300443322")
home("trap-home-regno", "haibin-seafood.test", "海滨海产", "闽", N, lic="none", icp="fullwidth",
     extra=f"<p>营业执照注册号：{_rn3}　厦门海滨海产有限公司</p>",
     note="trap:valid 15-digit 注册号; full-width hyphen in the ICP number")
home("trap-home-shu", "jinli-snacks.test", "锦里小吃", "蜀", N, lic="table",
     extra="<p>锦里小吃是成都的老字号，今年第一次开通网店。</p>", note="trap:蜀 variant abbreviation; 第一次")
home("trap-home-long", "huangtu-apple.test", "黄土苹果", "陇", N, lic="link",
     extra="<p>鲜果属于鲜活易腐商品，不支持七天无理由退货，坏果包赔。</p>",
     note="trap:陇 variant; 营业执照 link; exempt return refusal for fresh fruit")
home("trap-home-ezz", "mingyue-lamp.test", "明月灯具", "浙", N, lic="ezz", icp="beian-link",
     note="trap:electronic-licence badge only")
home("trap-home-image", "xiyang-knit.test", "夕阳针织", "鲁", N, lic="image", layout="side",
     note="trap:licence image link only")
home("trap-home-line", "baicao-garden.test", "百草园艺", "渝", N, lic="line", layout="table",
     extra="<p>高仿真绿植与鲜活盆栽两条产品线，仿真植物可七天无理由退货。</p>",
     note="trap:licence in one footer line; 高仿真")
home("trap-home-feiyi", "jingde-porcelain.test", "景德瓷坊", "京", N,
     extra="<p>景德镇手工制瓷技艺为国家级非物质文化遗产，本店瓷器均为手工拉坯。</p>",
     note="trap:国家级非物质文化遗产 on a home page")
home("trap-home-gbk", "xinhua-stationery.test", "新华文具", "苏", N, enc="gbk", decl="gbk",
     extra="<p>营业时间：9:00-21:10；11月11日全天营业。</p>", note="trap:GBK home; times with 1:1 inside")
home("trap-home-gbk2", "dongpo-food.test", "东坡食府", "川", N, enc="gbk", decl="gb2312", layout="table",
     extra="<p>东坡肘子真空包装，最佳赏味期为收货后5天。</p>", note="trap:GBK declared gb2312; 最佳赏味期")
home("trap-home-gbk3", "wuzhen-cloth.test", "乌镇蓝印", "浙", N, enc="gbk", decl="GBK", lic="line",
     extra="<p>蓝印花布印染技艺被列入国家级非物质文化遗产名录。</p>", note="trap:GBK home; 国家级非遗")
home("trap-home-bom", "songshu-nuts.test", "松鼠坚果", "皖", N, bom=True,
     extra="<p>开袋后最佳食用期为7天，请密封保存。</p>", note="trap:UTF-8 BOM home")
home("trap-home-bom-meta", "lvzhou-water.test", "绿洲净水", "陕", N, bom=True, decl="gb2312",
     extra="<p>滤芯建议6个月更换一次。</p>", note="trap:BOM with a contradicting gb2312 meta (BOM wins)")

# more GBK traps (non-home)
page("trap-gbk-shangwei", "zhiwei-tea.test", "/item/68.html", N, item(
    "正山小种", "168", "<p>开封后最佳赏味期为一个月。</p>"), enc="gbk", decl="gbk", note="trap:GBK 最佳赏味期")
page("trap-gbk-yuandan", "fangzhou-bags.test", "/help/refund.html", N, """<h1>退款说明</h1>
<p>请在退货单上注明原单号，原单据请一并寄回。</p>""", enc="gbk", decl="gbk", note="trap:GBK 原单号, 原单据")
page("trap-gbk-model", "chuxin-toys.test", "/item/46.html", N, item(
    "高铁模型", "268", "<p>1:87 比例，合金车身，第一节车厢可亮灯。</p>"), enc="gbk", decl="gbk",
    note="trap:GBK 1:87 scale, 第一节 (ordinal)")
page("trap-gbk-flower", "huajian-flower.test", "/item/53.html", N, item(
    "仿真花束", "89", "<p>高仿真玫瑰，不凋谢。</p>"), enc="gbk", decl="gbk", note="trap:GBK 高仿真")
page("trap-gbk-news", "beian-news.test", "/n/1013.html", N, """<article><h1>乡村振兴调研</h1>
<p>调研组走访了县第一中学和国家级贫困县摘帽后的三个村。</p></article>""", enc="gbk", decl="gbk",
     note="trap:GBK 第一中学 (name), 国家级贫困县 (official designation)")
page("trap-gbk-return", "huajian-flower.test", "/item/54.html", N, item(
    "多肉盆栽", "39", "<p>带盆发货。</p>", extra="<p>活体植物属鲜活易腐商品，不支持七天无理由退货。</p>"),
    enc="gbk", decl="gbk", note="trap:GBK exempt return refusal (live plants)")
page("trap-gbk-script", "xingchen-digital.test", "/item/5513.html", N, item(
    "USB集线器", "59", "<p>一拖四，铝合金外壳。</p>",
    extra="<script>var ad='全网第一 顶级品质 高仿';</script>"), enc="gbk", decl="gbk",
    note="trap:GBK, violations only in a script")

# Big5 traps
big5_page("trap-big5-feiyi", "http://taiwan-tea.test/story.html", N, "茶廠故事",
          "<h1>茶廠故事</h1><p>製茶技藝列入國家級非物質文化遺產，本廠第一代創辦人於1950年開業。</p>",
          note="trap:Big5 國家級非物質文化遺產, 第一代")
big5_page("trap-big5-shangwei", "http://taiwan-tea.test/products/13.html", N, "凍頂烏龍",
          "<h1>凍頂烏龍</h1><p>開封後最佳賞味期為一個月，請冷藏保存。</p><p>售價：NT$ 650</p>",
          note="trap:Big5 最佳賞味期")

# declared charset is wrong: UTF-8 bytes under a gb2312 meta (as in the shared gne-people page)
page("wrongcs-ct", "yunduo-fushi.test", "/item/2314.html", [CT], item(
    "牛仔外套", "199", "<p>原单尾货，吊牌齐全。</p>"), decl="gb2312",
    note="UTF-8 bytes declared gb2312; labelled by the author's text (原单)")
page("wrongcs-trap", "liangpin-food.test", "/item/312.html", N, item(
    "桂花糕", "39", "<p>冷藏后口感更好，最佳赏味期3天。</p>"), decl="gb2312",
    note="trap:UTF-8 bytes declared gb2312; 最佳赏味期")
page("nodecl-gbk", "zhiwei-tea.test", "/item/69.html", [AT], item(
    "铁观音", "128", "<p>清香型铁观音，顶级茶园出品。</p>"), enc="gbk", decl=None,
    note="GBK bytes with no charset declaration (GB18030 default)")

# platform traps
shop_home("trap-mall-multiclass", "311", N, "禾田米铺", shop_list([(7201, "五常大米", 79)]),
          mark_html='<div class="shop-badge mall-mark"><img src="/static/mark.png" alt="平台亮标"></div>',
          note="trap:mark element with two classes")
add("trap-mall-subpage", f"http://{PLATFORM}/shop/311/list.html", N, html5(
    "全部宝贝 - 禾田米铺", '<meta charset="utf-8">', '<header><a href="/shop/311/">禾田米铺</a></header>',
    shop_list([(7201, "五常大米", 79), (7202, "东北小米", 39)]), f"<footer><p>网剑商城 {PLAT.icp}</p></footer>"),
    note="trap:a shop's non-home page needs no mark and no licence")
mall_item("trap-mall-item", "7201", N, "311", "禾田米铺", item(
    "五常大米 5kg", "79", "<p>当季新米，真空包装，最佳食用期为开袋后一个月。</p>", orig="99"),
    note="trap:platform item page (no mark duty); 原价 (FAKE_ORIGINAL_PRICE not labelled)")
shop_home("trap-mall-clean-ezz", "312", N, "巧手编织", shop_list([(7301, "手工围巾", 129)]), lic="ezz",
          note="trap:shop licence via zzlz badge, mark present")
add("trap-mall-home", f"http://{PLATFORM}/", N, html5(
    "网剑商城 - 放心购物", '<meta charset="utf-8">', '<header><a href="/">网剑商城</a></header>',
    shop_list([(7201, "五常大米", 79), (6301, "芒果干", 19.9)]),
    f'<footer>{lic_html(PLAT, "block")}<p>增值电信业务经营许可证：浙B2-20230415</p>{icp_html(PLAT, "beian-link")}</footer>'),
    note="trap:the platform's own home (independent site, compliant)")

# ordinary clean pages
page("clean-about", "liangpin-food.test", "/about.html", N, """<h1>关于良品食坊</h1>
<p>良品食坊成立于2016年，主营湖北特产和休闲零食。</p>""", note="clean")
page("clean-help", "qinghe-home.test", "/help.html", N, """<h1>帮助中心</h1>
<p>支持七天无理由退货，退货运费由买家承担（质量问题除外）。</p>""", note="clean")
page("clean-item-gbk", "liangpin-food.test", "/item/313.html", N, item(
    "热干面", "29", "<p>五人份，含芝麻酱料包。</p>"), enc="gbk", decl="gbk", note="clean GBK item")
page("clean-news", "shanye-outdoor.test", "/news/rain.html", N, """<article><h1>雨季徒步注意事项</h1>
<p>雨天路滑，请穿防滑鞋，尽量结伴而行。</p></article>""", note="clean news")

# ============================================================================ multi-code pages
page("multi-ct-ri", "fangzhou-bags.test", "/item/8809.html", [CT, RI], item(
    "斜挎包", "219", "<p>精仿大牌，五金不掉色。</p>", extra="<p>好评返现5元。</p>"), note="two codes on one item")
home("multi-home", "tianma-sports.test", "天马体育", "鲁", [AT, CT, IM, LM], lic="none", icp="none",
     extra="<p>国家级运动装备，A货球鞋批发。</p>", note="home with four codes")
page("multi-fc-at", "moubai-beauty.test", "/item/404.html", [AT, FC], item(
    "祛痘精华", "219", "<p>最佳祛痘产品，七天治愈痤疮。</p>"), note="absolute claim and a disease cure")
page("multi-pg-ri", "xingchen-digital.test", "/item/5514.html", [PG, RI], item(
    "信号屏蔽器", "388", "<p>考场专用作弊耳机，隐形无线接收。</p>", extra="<p>好评返现10元</p>"),
    note="exam-cheating device (prohibited) and paid review")
page("multi-wm-rr", "liangpin-food.test", "/item/314.html", [RR, WM], item(
    "香油", "45", "<p>驰名商标，小磨工艺。</p>", extra="<p>本品不支持七天无理由退货。</p>"),
    note="bottled sesame oil is not 鲜活易腐")
home("multi-home-gbk", "dahai-seafood.test", "大海干货", "闽", [II, LI], lic="bad", icp="raw:闽ICP备XXXXXXXX号",
     enc="gbk", decl="gbk", note="GBK home: invalid USCC and an XX ICP placeholder")


# ============================================================================ LICENSE_MISMATCH
# registry.tsv stands for the business registry an investigator imports: it knows every site's code
# with its company name and status 存续, except what REGISTRY changes below.  Pages of other sections
# are judged against it too, so a code the registry lacks by accident shows up as a false positive.
LX = "LICENSE_MISMATCH"
REGISTRY = {}  # host: None (code unknown to the registry) or (registered name or None = as shown, status)


REGISTRY_EXTRA = [  # (code, name, status) of numbers shown by no site of SITES: old 15-digit 注册号
    (_rn3, "厦门海滨海产有限公司", "存续"),
]


def reg(host, name=None, status="存续（在营、开业、在册）", known=True):
    REGISTRY[host] = (name, status) if known else None


home("lx-absent-block", "jinxiu-silk.test", "锦绣丝绸", "苏", [LX], note="code unknown to the registry")
reg("jinxiu-silk.test", known=False)
home("lx-absent-gbk", "fengqiao-rice.test", "枫桥米业", "苏", [LX], lic="table", enc="gbk", decl="gbk",
     layout="table", note="GBK, licence table, code unknown to the registry")
reg("fengqiao-rice.test", known=False)
auto_site("yueya-lamp.test", "月牙灯饰", "粤")
page("lx-absent-about", "yueya-lamp.test", "/about.html", [LX], "<h1>关于月牙</h1><p>专注家居照明十年。</p>",
     lic="block", note="about page, code unknown to the registry")
reg("yueya-lamp.test", known=False)
home("lx-name-other", "jincheng-trade.test", "锦程", "浙", [LX], note="registry names another company")
reg("jincheng-trade.test", name="杭州锦程实业发展有限公司")
home("lx-name-line", "lvye-garden.test", "绿野园艺", "闽", [LX], lic="line", layout="side",
     note="one-line licence, registry names another company")
reg("lvye-garden.test", name="厦门绿野农业科技有限公司")
home("lx-revoked", "hengtong-auto.test", "恒通汽配", "豫", [LX], note="registry status 吊销，未注销")
reg("hengtong-auto.test", status="吊销，未注销")
home("lx-cancelled", "qiaojia-kitchen.test", "巧家厨具", "川", [LX], lic="table", note="registry status 注销")
reg("qiaojia-kitchen.test", status="注销")
home("lx-abnormal", "xiangyun-paper.test", "祥云纸品", "皖", [LX], note="registry: 列入经营异常名录")
reg("xiangyun-paper.test", status="存续（列入经营异常名录）")
home("lx-dishonest", "baisheng-wine.test", "百盛酒业", "鲁", [LX], enc="gbk", decl="gbk",
     note="GBK, registry: 严重违法失信企业名单")
reg("baisheng-wine.test", status="存续（列入严重违法失信企业名单）")
_other = auto_site("huaxia-steel.test", "华夏钢材", "京").uscc
_ezz_other = (f'<p><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={_other}'
              f'-SAIC_SHOW_1000{_other}1699999999999&amp;signData=MEUCIQ"><img src="/static/lz.png" alt="电子亮照">'
              f'</a></p>')
home("lx-ezz-other", "ruyi-jewelry.test", "如意珠宝", "沪", [LX], extra=_ezz_other,
     note="shows its own code, but its electronic-licence link carries another company's serial")
shop_home("lx-shop-revoked", "401", [LX], "晨光文具店", shop_list([(8101, "中性笔", 19)]),
          note="platform shop, operator's licence revoked in the registry")
reg("shop401.mall.wangjian.test", status="吊销")
# traps: no LICENSE_MISMATCH
shop_home("lx-trap-parens", "402", N, "小满杂货", shop_list([(8201, "收纳盒", 29)]),
          note="trap: registry writes (个体工商户) with ASCII parentheses, the page with full-width ones")
reg("shop402.mall.wangjian.test", name=SITES["shop402.mall.wangjian.test"].company.replace("（", "(").replace("）", ")"))
home("lx-trap-hidden", "shuiyue-tea.test", "水月茶舍", "浙", [LM], lic="hidden",
     note="licence only in display:none and unknown to the registry: LICENSE_MISSING, not a mismatch")
reg("shuiyue-tea.test", known=False)
home("lx-trap-invalid", "tiancheng-tile.test", "天成瓷砖", "粤", [LI], lic="bad",
     note="invalid check character: LICENSE_INVALID only; the registry cannot know such a code")
home("lx-trap-zaiye", "yunshan-honey.test", "云山蜂蜜", "陕", N, note="trap: registry status 在业")
reg("yunshan-honey.test", status="在业")
home("lx-trap-news", "minsheng-daily.test", "民生日报", "京", N, trade="传媒",
     extra="<article><h2>市场监管通报</h2><p>某科技公司因虚假宣传被吊销营业执照，其法定代表人已被列入严重违法失信名单。</p></article>",
     note="trap: news text about a revoked licence; the site's own licence is registered")

# ============================================================================ FAKE_ORIGINAL_PRICE
# history.tsv lists earlier versions of some pages as this tool saw them, days before the scored
# crawl: eval stores their prices first, the way a crawl does, so the rule compares against them.
FP_ = "FAKE_ORIGINAL_PRICE"
HISTORY = []  # dicts: slug, url, days, html, enc


def price_page(slug, host, path, codes, name, price, orig, seen, note, desc="<p>现货速发，支持七天无理由退货。</p>",
               enc="utf-8", layout="html5", body=None, seen_body=None):
    """An item page now (price, orig) and the same URL as seen before: seen = [(days, price, orig)]."""
    page(slug, host, path, codes, body or item(name, price, desc, orig=orig), enc=enc, decl=enc,
         layout=layout, note=note)
    for k, (days, p, o) in enumerate(seen):
        html = render(host, seen_body(p, o) if seen_body else item(name, p, desc, orig=o),
                      layout=layout, decl=enc)
        HISTORY.append(dict(slug=f"{slug}-seen{k + 1}", url=f"http://{host}{path}", days=days, html=html,
                            enc=enc))


_fx = auto_site("haoyun-home.test", "好运家纺", "浙")
price_page("fop-3days", "haoyun-home.test", "/item/501.html", [FP_], "蚕丝被", 399, 899, [(3, 399, None)],
           "原价 899, sold at 399 three days before")
price_page("fop-1day", "haoyun-home.test", "/item/502.html", [FP_], "乳胶枕", 129, 259, [(1, 119, 259)],
           "原价 259, sold at 119 yesterday")
price_page("fop-6days", "haoyun-home.test", "/item/503.html", [FP_], "四件套", 299, 599, [(6.5, 289, None)],
           "seen 6.5 days before at 289")
price_page("fop-many", "haoyun-home.test", "/item/504.html", [FP_], "羽绒被", 499, 999,
           [(5, 459, None), (2, 999, None), (1, 899, 999)], "three observations, the lowest 459 five days before")
price_page("fop-just-under", "haoyun-home.test", "/item/505.html", [FP_], "毛毯", 199, 299, [(4, 298.5, None)],
           "lowest 298.50, 原价 299: above by half a yuan")
auto_site("jiayi-shoes.test", "嘉艺鞋业", "闽")
price_page("fop-gbk", "jiayi-shoes.test", "/item/61.html", [FP_], "真皮休闲鞋", 268, 698, [(2, 268, None)],
           "GBK page", enc="gbk", layout="table")
_hx = lambda p, o: (f'<div class="item-detail"><h1>纯棉衬衫</h1><p>到手价 ¥{p} 划线价 ¥{o}</p>'
                    f'<p>面料舒适，四季可穿。</p></div>' if o else
                    f'<div class="item-detail"><h1>纯棉衬衫</h1><p>到手价 ¥{p}</p><p>面料舒适，四季可穿。</p></div>')
price_page("fop-huaxian", "jiayi-shoes.test", "/item/62.html", [FP_], "纯棉衬衫", 89, 199, [(3, 79, None)],
           "到手价 with 划线价 wording", body=_hx(89, 199), seen_body=_hx)
price_page("fop-div", "jiayi-shoes.test", "/item/63.html", [FP_], "帆布鞋", 59, 159, [(4, 59, 159), (3, 49, None)],
           "sidebar layout; earlier page showed the same fake 原价", layout="side")
_mx = lambda p, o: item("保温杯", p, "<p>316不锈钢内胆。</p>", orig=o)
mall_item("fop-mall", "9101", [FP_], "401", "晨光文具店", _mx(69, 168),
          note="platform item page: the profile's item id is the key")
HISTORY.append(dict(slug="fop-mall-seen1", url=f"http://{PLATFORM}/item/9101.html", days=2,
                    html=mall_item_html("9101", "401", "晨光文具店", _mx(59, None)), enc="utf-8"))
price_page("fop-week-edge", "jiayi-shoes.test", "/item/64.html", [FP_], "凉拖", 39, 99, [(6.9, 39, None)],
           "seen 6.9 days before: inside the 7-day window")
# traps: no FAKE_ORIGINAL_PRICE
price_page("fop-trap-8days", "haoyun-home.test", "/item/506.html", N, "床笠", 99, 199, [(8, 89, None)],
           "trap: the low price was 8 days ago, outside the 7-day window")
price_page("fop-trap-7days", "haoyun-home.test", "/item/507.html", N, "抱枕", 49, 99, [(7.05, 45, None)],
           "trap: seen 7 days and an hour before: outside the window")
price_page("fop-trap-equal", "haoyun-home.test", "/item/508.html", N, "凉席", 159, 259, [(2, 259, None)],
           "trap: sold at 259 two days before: the 原价 259 is real")
price_page("fop-trap-higher", "haoyun-home.test", "/item/509.html", N, "蚊帐", 79, 129, [(3, 139, None)],
           "trap: sold above the 原价 before")
price_page("fop-trap-nohist", "jiayi-shoes.test", "/item/65.html", N, "板鞋", 129, 299, [],
           "trap: 原价 shown but this tool never saw the item before")
price_page("fop-trap-noorig", "jiayi-shoes.test", "/item/66.html", N, "拖鞋", 29, None, [(2, 19, None)],
           "trap: cheaper before, but the page shows no 原价")
price_page("fop-trap-otheritem", "jiayi-shoes.test", "/item/67.html", N, "雨靴", 89, 189, [],
           "trap: another item (/item/68.html) was cheaper; this one has no history")
HISTORY.append(dict(slug="fop-trap-otheritem-seen1", url="http://jiayi-shoes.test/item/68.html", days=1,
                    html=render("jiayi-shoes.test", item("雨靴", 49, "<p>现货速发，支持七天无理由退货。</p>")),
                    enc="utf-8"))
price_page("fop-trap-future", "haoyun-home.test", "/item/510.html", N, "靠垫", 39, 79, [(-1, 29, None)],
           "trap: the cheaper observation is later than the scored crawl")


# ============================================================================ FALSE_HONOUR (issue #15)
# Honours from abolished schemes (免检 since 国办发〔2008〕110号, 中国名牌 expired by 2012, provincial and
# municipal 著名商标/知名商标 repealed 2018-2019: rules/default/honour.ini cites them) and certificate
# numbers no certificate of their kind can carry.  Traps: the same words in history, law and denials,
# current schemes (中华老字号), a car's 免检 year, and well-formed numbers.
FH = "FALSE_HONOUR"
page("fh-mianjian-item", "liangpin-food.test", "/item/320.html", [FH], item(
    "手工挂面", "25", "<p>本品为国家免检产品，面粉取自河套平原。</p>"), note="免检 claimed for food after 2008")
page("fh-mianjian-qiye", "shanye-outdoor.test", "/about.html", [FH], """<h1>关于我们</h1>
<p>我厂是质量免检企业，产品远销东南亚。</p>""", note="质量免检企业: the company as a 免检 holder")
page("fh-mingpai", "jiayi-shoes.test", "/item/70.html", [FH], item(
    "真皮短靴", "459", "<p>荣膺中国名牌产品称号，做工考究。</p>"), note="中国名牌 claimed today (titles expired by 2012)")
page("fh-zhuming-prov", "haoyun-home.test", "/item/511.html", [FH], item(
    "羊毛被", "699", "<p>品牌系江苏省著名商标，二十年专注床品。</p>"), note="provincial 著名商标")
page("fh-zhiming-city", "fangzhou-bags.test", "/item/8810.html", [FH], item(
    "牛皮公文包", "389", "<p>温州市知名商标 · 三十年老厂</p>"), note="municipal 知名商标")
mall_item("fh-mall-spaced", "9120", [FH], "402", "溪谷茶庄", item(
    "龙井 250g", "168", "<p>本茶庄商标为杭州市著 名 商 标。</p>"),
    note="municipal 著名商标 spaced out on a platform item")
big5_page("fh-big5", "http://tw-sauce.test/item/33.html", [FH], "古法醬油",
          "<h1>古法醬油</h1><p>國家免檢產品，釀造一百八十天。</p>", note="Big5 國家免檢產品")
page("fh-ccc-short", "xingchen-digital.test", "/item/5520.html", [FH], item(
    "电热水壶", "99", "<p>产品已通过CCC强制认证，证书编号：2019-0001。</p>"),
    note="a CCC certificate number is 16 digits starting with the year")
page("fh-gr-short", "xingchen-digital.test", "/about-tech.html", [FH], """<h1>企业资质</h1>
<p>本公司是高新技术企业（证书编号：GR2021），拥有多项专利。</p>""",
     note="a 高新技术企业 number is GR + year + province + six digits")
page("fh-cert-zero", "moubai-beauty.test", "/honor.html", [FH], """<h1>荣誉资质</h1>
<p>荣获行业科技创新奖　证书编号：0000000000</p>""", note="a placeholder award number")
page("fh-ccc-fullwidth", "qinghe-home.test", "/item/77.html", [FH], item(
    "暖风机", "159", "<p>３Ｃ认证证书号：ＣＣＣ２０２１８８</p>"), note="full-width CCC number, too short")
big5_page("fh-big5-nodecl", "http://tw-sauce.test/item/35.html", [FH], "老字號麻油",
          "<h1>老字號麻油</h1><p>本公司榮獲福建省著名商標，選用本地芝麻，冷壓製成。"
          "每瓶附檢驗報告，歡迎批發與零售訂購。</p>",
          note="Big5 bytes without any charset declaration (sniffed as Big5); provincial 著名商標", decl=None)
# traps
page("fh-trap-ccc-ok", "qinghe-home.test", "/item/78.html", N, item(
    "取暖器", "199", "<p>3C认证证书编号：2021010901234567</p>"), note="trap: a 16-digit CCC number from 2021")
page("fh-trap-gr-ok", "xingchen-digital.test", "/about-cert.html", N, """<h1>资质证书</h1>
<p>高新技术企业证书编号：GR202233001234　有效期三年</p>""", note="trap: a well-formed 高新技术企业 number")
page("fh-trap-iso", "moubai-beauty.test", "/cert.html", N, """<h1>体系认证</h1>
<p>ISO9001质量管理体系认证证书编号：00122Q30123R1M</p>""", note="trap: another certificate, not a placeholder")
page("fh-trap-history", "liangpin-food.test", "/news/jianyan.html", N, """<article><h1>我们如何检验</h1>
<p>食品免检制度已于2008年废止，本店商品每批都送第三方检测。</p></article>""",
     note="trap: history of the abolished scheme")
page("fh-trap-denial", "haoyun-home.test", "/help-quality.html", N, """<h1>质量说明</h1>
<p>本店商品并非免检产品，每批次均附质检报告。</p>""", note="trap: a shop saying it makes no 免检 claim")
page("fh-trap-law", "shanye-outdoor.test", "/news/ad-law.html", N, """<article><h1>广告合规小课堂</h1>
<p>依据广告法，商家不得宣传国家免检、中国名牌等已取消的称号。</p></article>""",
     note="trap: a law explanation naming the schemes")
page("fh-trap-car", "qingshan-bike.test", "/news/car.html", N, """<article><h1>用车小知识</h1>
<p>私家车注册后六年内享受免检政策，但每两年仍需申领检验标志。</p></article>""",
     note="trap: a vehicle's 免检 years are not an honour")
page("fh-trap-laozihao", "liangpin-food.test", "/brand.html", N, """<h1>品牌故事</h1>
<p>本店为商务部认定的中华老字号，始创于清光绪年间。</p>""", note="trap: 中华老字号 is a current scheme")


# ============================================================================ facts: traditional, full-width, malformed (issue #15)
home("li-17chars", "jinhe-tea.test", "金禾茶行", "闽", [LI], lic="none",
     extra="<p>营业执照：厦门金禾茶行商贸有限公司　统一社会信用代码：91350203MA2Y7K3Q1</p>",
     note="a 17-character code after its label: displayed but malformed, LICENSE_INVALID not LICENSE_MISSING")
_gs = auto_site("yunfeng-paper.test", "云峰纸品", "粤")
home("trap-lic-grouped", "yunfeng-paper.test", "云峰纸品", "粤", N, lic="none",
     extra=f"<p>营业执照：{_gs.company}　统一社会信用代码：{' '.join(_gs.uscc[i:i + 6] for i in (0, 6, 12))}</p>",
     note="trap: a valid code printed in groups of six is displayed")
_fw = auto_site("huaxin-lamp.test", "华信灯饰", "沪")
_fwc = "".join(chr(ord(c) + 0xFEE0) for c in _fw.uscc)
home("trap-lic-fullwidth-trad", "huaxin-lamp.test", "华信灯饰", "沪", N, lic="none", icp="raw:滬ICP備" +
     _fw.icp.replace("号", "號"), extra=f"<p>企業名稱：{_fw.company}　統一社會信用代碼：{_fwc}</p>",
     note="trap: full-width code after a traditional label, traditional 滬ICP備…號 filing")
home("ii-4digits", "lianhua-mat.test", "莲花凉席", "浙", [II], icp="raw:浙ICP备2034号",
     note="a 4-digit ICP filing number: displayed but malformed, ICP_INVALID not ICP_MISSING")
_pl = auto_site(f"shop403.{PLATFORM}", "松间竹艺", "浙", rep="王芳", kind="92")
add("lm-mall-platform-licence-only", f"http://{PLATFORM}/shop/403/", [LM], html5(
    "松间竹艺 - 网剑商城", '<meta charset="utf-8">',
    f'<header class="mall-top"><a class="mall-logo" href="http://{PLATFORM}/">网剑商城</a></header>\n'
    f'<div class="shop-head" data-shop-id="403"><h1>松间竹艺</h1>{MARK}</div>',
    shop_list([(9130, "竹编果篮", 59)]),
    f'<footer class="mall-ft"><p>平台经营者营业执照：{PLAT.company}　统一社会信用代码：{PLAT.uscc}</p>\n'
    f'<p>网剑商城 {PLAT.icp}</p></footer>'),
    note="the only licence is the platform operator's in the footer; the shop shows none of its own")
# ============================================================================ contexts (#15 pt 2)
# Words in other forms than the lists above had, and the contexts that make them no offer or
# claim: a shop's refusal, a warning to buyers, a ranking's source, advice, a brand's own
# reissue, the buyer's confirmation at purchase (CP 第二十五条 第二款), news.
page("cx-world-class", "zhiwei-tea.test", "/item/t31.html", [AT], item(
    "正山小种 礼盒", "368", "<p>世界级制茶工艺，一泡入魂。</p>"), enc="gbk", decl="gbk",
     note="AT: 世界级 as a claim (AD 第九条第三项), GBK")
page("cx-champion-heading", "liangpin-food.test", "/item/f77.html", [AT], item(
    "每日坚果 30袋", "129", "<h2>连续三年类目冠军</h2><p>坚果配比科学。</p>"),
     note="AT: 类目冠军 in a heading, no source")
page("cx-monthly-return", "beian-news.test", "/licai/p9.html", [FC], """<h1>稳盈宝</h1>
<p>起投1000元，月收益稳定8%，亏损由平台全额兜底。</p>""", note="FC: promised monthly return and loss cover (AD 第二十五条)")
page("cx-replace-drug", "qinghe-home.test", "/item/h55.html", [FC], item(
    "远红外理疗枕", "499", "<p>枕着睡觉，长期坚持，从此告别降压药。</p>"),
     note="FC: bedding claimed to replace medicine (AD 第十七条)")
page("cx-thesis", "beian-news.test", "/fuwu/lw.html", [PG], """<h1>学术服务</h1>
<p>毕业论文代写，硕博均可，不过退款。</p>""", note="PG: thesis ghost-writing (学位法 2024)")
page("cx-police", "shanye-outdoor.test", "/item/o41.html", [PG], item(
    "警用肩章 臂章 全套", "88", "<p>与制式款一致，可定制编号。</p>"), note="PG: police insignia for sale")
page("cx-tobacco", "fangzhou-bags.test", "/item/8851.html", [PG], item(
    "外烟代购", "420", "<p>整条包邮，支持验货。</p>"), note="PG: cigarettes sold online (烟草专卖法)")
page("cx-review-goods", "nuanyang-baby.test", "/item/b17.html", [RI], item(
    "婴儿湿巾 80抽×6包", "39", "<p>晒图+五星好评，联系客服加送同款一包。</p>"),
     note="RI: goods for a photo review (EC 第十七条)")
page("cx-return-fee", "xingchen-digital.test", "/item/d88.html", [RR], item(
    "蓝牙音箱", "199", "<p>退换货须扣除15%折旧费。</p>"), note="RR: a fee that voids the right (CP 第二十五条)")
page("cx-return-signed", "qinghe-home.test", "/item/h56.html", [RR], item(
    "吸顶灯", "259", "<p>灯具类商品签收后一律不退换。</p>"), note="RR: refused once delivered, not an exempt class")
page("trap-cx-no-tobacco", "fangzhou-bags.test", "/about/notice.html", N, """<h1>购物须知</h1>
<p>本店不销售任何电子烟产品，未成年人请勿购买打火机。</p>""", note="trap: a shop saying what it does not sell")
page("trap-cx-rank-source", "liangpin-food.test", "/item/f78.html", N, item(
    "手剥山核桃 500g", "89", "<p>据某商城2025年第三季度数据统计，本品位列华南地区坚果类目销量第一。</p>"),
     note="trap: a ranking limited in time, place and category, with its source (G2023)")
page("trap-cx-confirm", "moubai-beauty.test", "/item/m23.html", N, item(
    "隐形眼镜护理液 360ml", "45", "<p>已拆封的护理液不支持七天无理由退货，购买时须勾选确认。</p>"),
     note="trap: excluded by its nature with the buyer's confirmation at purchase (CP 第二十五条 第二款)")
page("trap-cx-caution", "beian-news.test", "/n/1031.html", N, """<article><h1>消费提示</h1>
<p>消费提示：市面上有商家以“原单尾货”名义兜售假冒商品，请通过品牌官方渠道购买。</p></article>""",
     note="trap: a warning that quotes 原单")
page("trap-cx-ivory-white", "yunduo-fushi.test", "/item/2331.html", N, item(
    "真丝衬衫 象牙白", "459", "<p>颜色：象牙白、雾霾蓝。</p>"), note="trap: 象牙白 is a colour")
page("trap-cx-reissue", "jiayi-shoes.test", "/item/71.html", N, item(
    "篮球鞋", "1299", "<p>品牌官方复刻AJ1，经典配色回归。</p>"), note="trap: a brand's own official reissue")
page("trap-cx-advice", "zhiwei-tea.test", "/item/t32.html", N, item(
    "明前龙井 250g", "298", "<p>小贴士：冲泡时水温在85℃左右口感最佳。</p>"), note="trap: brewing advice (G2023 tips)")
page("trap-cx-police-news", "beian-news.test", "/n/1032.html", N, """<article><h1>春运一线</h1>
<p>民警身着警服在站口执勤，提醒旅客看管好行李。</p></article>""", note="trap: news naming a police uniform")

# ============================================================================ lessons of corpus3
# A promotion price with a label of its own words (年货节, 直播秒杀) right after the compared price:
# the compared price's label must not reach across the first amount to the second.
_px = lambda p, o: (f'<div class="item-detail"><h1>羊毛围巾</h1><p>专柜价 ¥{o}</p><p>年货节 ¥{p}</p>'
                    f'<p>澳洲美利奴羊毛。</p></div>' if o else
                    f'<div class="item-detail"><h1>羊毛围巾</h1><p>¥{p}</p><p>澳洲美利奴羊毛。</p></div>')
price_page("fop-promo-label", "jiayi-shoes.test", "/item/81.html", [FP_], "羊毛围巾", 129, 399, [(4, 99, None)],
           "专柜价 399 with a promotion price 129 after it that no price label names; sold at 99 four days before",
           body=_px(129, 399), seen_body=_px)
price_page("fop-trap-promo-label", "jiayi-shoes.test", "/item/82.html", N, "羊毛围巾", 129, 399,
           [(4, 399, None)], "trap: same layout, but it sold at the 专柜价 399 four days before",
           body=_px(129, 399), seen_body=_px)
# The mark must be displayed: inside a block hidden by an ancestor (the hidden attribute, a style that
# hides a wrapper two levels up) there is no mark; a wrapper whose class names only sound hidden hides
# nothing.
shop_home("mm-hidden-ancestor", "321", [MM], "初晴家居", _items,
          mark_html='<aside hidden><div class="badge-row"><span class="tag mall-mark">平台认证</span></div></aside>',
          note="mark inside an element with the hidden attribute, two levels up")
shop_home("mm-hidden-wrapper", "322", [MM], "北巷皮具", _items,
          mark_html='<div style="Visibility: Hidden"><p><img class="mall-mark" src="/static/mark.png" alt="认证"></p></div>',
          note="mark image inside a wrapper styled visibility:hidden")
shop_home("mm-trap-hidden-sounding", "323", N, "南山茶舍", _items,
          mark_html='<div class="hidden-xs display-none-sm"><span class="mall-mark">平台认证</span></div>',
          note="trap: class names that sound hidden hide nothing; the mark is displayed")
# A label above its value (<dt>/<dd>, a label row over a value row), the code in groups: still the
# displayed code, valid or not.
_st = auto_site("qingmu-stationery.test", "青木文具", "鄂")
home("trap-lic-stacked", "qingmu-stationery.test", "青木文具", "鄂", N, lic="none",
     extra=(f"<dl class='corp'><dt>企业名称</dt><dd>{_st.company}</dd><dt>信用代码</dt>"
            f"<dd>{' '.join(_st.uscc[i:i + 4] for i in range(0, 18, 4))}</dd></dl>"),
     note="trap: the licence code sits under its label in a <dd>, printed in groups of four")
_sb = auto_site("haiyan-kitchen.test", "海燕厨具", "湘")
_sb_bad = _sb.uscc[:17] + ("0" if _sb.uscc[17] != "0" else "1")
home("li-stacked-bad", "haiyan-kitchen.test", "海燕厨具", "湘", [LI], lic="none",
     extra=(f"<table class='corp'><tr><td>统一社会信用代码</td></tr>"
            f"<tr><td>{_sb_bad}</td></tr></table>"),
     note="a code in the row under its label with a wrong check character: LICENSE_INVALID")
# A branch (分公司, 营业部) has its own code and registered name: the name runs on past 有限公司 to the
# branch suffix, so the branch's own registry entry matches and another branch's does not.
_br = auto_site("xinghe-tiles.test", "星河瓷砖", "粤")
_br.company = _br.company + "天河营业部"
home("trap-lx-branch", "xinghe-tiles.test", "星河瓷砖", "粤", N, lic="line",
     note="trap: a branch shows its own code, registered under the branch's name")
_bo = auto_site("qingsong-pharm.test", "青松大药房", "川")
_bo.company = _bo.company + "锦江分公司"
home("lx-other-branch", "qingsong-pharm.test", "青松大药房", "川", [LX], lic="line",
     note="the code is registered to the same company's 武侯分公司, not the 锦江分公司 the page names")
reg("qingsong-pharm.test", name=_bo.company.replace("锦江分公司", "武侯分公司"))
# An ICP number printed in two groups ("1102 3456号") is one number, valid or not as a whole.
_ig = auto_site("lanshan-outdoor.test", "蓝山户外", "苏")
home("trap-icp-two-groups", "lanshan-outdoor.test", "蓝山户外", "苏", N,
     icp=f"raw:{_ig.icp[:_ig.icp.index('备') + 5]} {_ig.icp[_ig.icp.index('备') + 5:]}",
     note="trap: a valid filing number printed as two groups of digits")
auto_site("shuimu-toys.test", "水木玩具", "苏")
home("ii-two-groups-short", "shuimu-toys.test", "水木玩具", "苏", [II], icp="raw:苏ICP备2021 047号",
     note="two groups that make seven digits: malformed as a whole")
# A product address (/product/…) holds one product even when it shows several current prices (tiers
# by quantity, by pack): its compared price is that product's, keyed like its earlier captures, which
# showed a single price before the tiers were added.
_tx = lambda p, o: (f'<div class="tiers"><h1>不锈钢保温桶 10L</h1><table><tr><td>2-49个</td><td>¥{p + 6}/个</td>'
                    f'</tr><tr><td>50个以上</td><td>¥{p}/个</td></tr></table>'
                    + (f'<p>参考价：¥{o}/个</p>' if o else '') + '</div>')
_t1 = lambda p, o: f'<div class="tiers"><h1>不锈钢保温桶 10L</h1><p>批发价 ¥{p}/个</p></div>'
price_page("fop-tiers", "jiayi-shoes.test", "/product/3307.html", [FP_], "保温桶", 86, 158, [(3, 79, None)],
           "two quantity tiers and a 参考价 158 on a product address; one price, 79, three days before",
           body=_tx(86, 158), seen_body=_t1)
price_page("fop-trap-tiers", "jiayi-shoes.test", "/product/3308.html", N, "保温桶", 86, 158, [(3, 158, None)],
           "trap: same tiers, and it sold at the 参考价 158 three days before",
           body=_tx(86, 158), seen_body=_t1)


# ============================================================================ corpus3 lessons (#15): absolute terms, 1:1, returns
# What corpus3 taught, in other words than its pages: 最 said without 最 (an idiom no one matches,
# the best of its class, 没有之一, "the best I ever used"); 最佳 closing a tip on how to use the goods;
# a sentence quoting the law's banned words; 1:1 after a body or garment measure; an offer to
# business buyers only (CP 第二条: consumers buy for 生活消费).
page("cx3-at-idiom", "qinghe-home.test", "/item/h61.html", [AT], item(
    "真丝睡衣", "599", "<p>22姆米桑蚕丝，垂感与光泽无人能及，堪称睡衣中的极品。</p>"),
     note="AT: 最 in other words, an idiom no one matches (无人能及) and the best of its class (睡衣中的极品)")
page("cx3-at-best-used", "shanye-outdoor.test", "/item/o51.html", [AT], item(
    "折叠露营椅", "189", "<p>主播亲测：这是我用过最舒服的一把椅子，没有之一。</p>"),
     note="AT: a seller's 用过最舒服的, sealed with 没有之一")
page("cx3-at-law-then-claim", "zhiwei-tea.test", "/item/t41.html", [AT], item(
    "汝窑茶盘", "268", "<p>本店商品介绍已按广告法自查。这款茶盘是送长辈的最佳之选。</p>"),
     note="AT: citing the law in one sentence does not excuse the claim in the next")
page("cx3-at-rating-not-tip", "xingchen-digital.test", "/item/5531.html", [AT], item(
    "便携蓝牙音箱", "299", "<p>同价位音质最佳的便携音箱，适合4人以内小聚。</p>"),
     note="AT: 最佳 rates the goods (音质最佳的…); the head-count after it is no condition of use")
page("cx3-ct-against-genuine", "fangzhou-bags.test", "/item/8861.html", [CT], item(
    "复古板鞋", "268", "<p>鞋型与正品1:1开模，细节对版。</p>"),
     note="CT: 1:1 against the genuine article names no measure: a copy grade")
page("cx3-rr-wholesale-price", "xingchen-digital.test", "/item/5532.html", [RR], item(
    "USB数据线 10条装", "39", "<p>工厂直销批发价。</p>", extra="<p>特价商品不支持七天无理由退货。</p>"),
     note="RR: a 批发价 offered to anyone is still a consumer sale")
page("trap-cx3-decant", "hongyun-liquor.test", "/item/w12.html", N, item(
    "赤霞珠干红 750ml", "168", "<p>醒酒30分钟后饮用风味最佳。</p>"),
     note="trap: 最佳 closing a tip on how to use the goods (G2023 tips)")
page("trap-cx3-tent", "shanye-outdoor.test", "/item/o52.html", N, item(
    "双层帐篷", "459", "<p>可容纳3人，2人居住最佳。</p>"),
     note="trap: a head-count for the best use, not a comparison with other goods")
page("trap-cx3-placement", "qinghe-home.test", "/item/h62.html", N, item(
    "生态鱼缸 60cm", "329", "<p>鱼缸最佳摆放位置为远离窗户的墙边，避免阳光直射。</p>"),
     note="trap: placement advice (最佳摆放位置)")
page("trap-cx3-wash-advice", "yunduo-fushi.test", "/item/2341.html", N, item(
    "莫代尔内裤 3条装", "79", "<p>贴身衣物穿过最好当天手洗，晾干后再收纳。</p>"),
     note="trap: 最好 as advice after 穿过, not the best ever worn")
page("trap-cx3-law-notice", "beian-news.test", "/n/1041.html", N, """<article><h1>网店合规提示</h1>
<p>市场监管部门提醒：依照广告法，“顶级”“第一品牌”“全网最低”都属于绝对化用语，商家须自查整改。</p></article>""",
     note="trap: a notice quoting the law's banned words makes no claim for goods")
page("trap-cx3-glove-size", "yunduo-fushi.test", "/item/2342.html", N, item(
    "羊皮手套", "129", "<p>尺码说明：掌宽与手套宽度一比一，按实测选择。</p>"),
     note="trap: 一比一 after a measure is a sizing statement")
page("cx3-at-law-evasion", "xingchen-digital.test", "/item/5533.html", [AT], item(
    "不粘炒锅 32cm", "219", "<p>主播说：广告法不让说最好，但这口锅的涂层真的是顶级的。</p>"),
     note="AT: naming the law to wink at it (广告法不让说最好) still boasts (顶级) in the same sentence")
page("cx3-rr-personal-fault", "chuxin-toys.test", "/item/c61.html", [RR], item(
    "电动遥控船", "259", "<p>续航25分钟。</p>", extra="<p>本店不对个人原因造成的损坏负责，不支持七天无理由退货。</p>"),
     note="RR: 不对个人原因… is about fault, not an offer closed to consumers")
auto_site("hengtong-fastener.test", "恒通紧固件", "苏", trade="五金")
page("trap-cx3-b2b", "hengtong-fastener.test", "/offer/m6.html", N, """<h1>304不锈钢螺丝 批发</h1>
<p>本店只向经销商和企业客户供货，不向个人零售，大宗订单不支持七日无理由退货。</p>""",
     note="trap: an offer to business buyers only; CP 第二十五条 protects consumers buying for 生活消费 (第二条)")


# ============================================================================ claims, goods, reviews (#15 pt 3)
# Lessons of tests/corpus3 in other words: a disease named before what became of it (no treatment
# verb), cancer cells and relapse, a measure made normal or medicine stopped, a classification
# denied (不属于), pesticides banned from sale, a review asked for with a gift in the same sentence.
auto_site("lvye-nongzi.test", "绿野农资", "豫", "农资", "李刚")
page("fc-disease-first-kneepad", "shanye-outdoor.test", "/p3/fc-disease-first-kneepad.html", [FC], item(
    "远红外护膝", "168", "<p>老寒腿、关节炎戴上一个月痊愈，阴雨天膝盖不再酸痛。</p>"),
     note="FC: the disease named first, then its cure (痊愈) — no treatment verb (AD 第十七条)")
page("fc-disease-first-tea", "zhiwei-tea.test", "/p3/fc-disease-first-tea.html", [FC], item(
    "金银花胖大海茶", "58", "<p>老师、主播常备：咽炎、口腔溃疡喝上三天明显减轻。</p>"), enc="gbk", decl="gbk",
     note="FC: 咽炎、口腔溃疡 … 明显减轻 for a herbal tea (ordinary food), GBK")
page("fc-cancer-relapse", "liangpin-food.test", "/p3/fc-cancer-relapse.html", [FC], item(
    "云芝多糖粉", "420", "<p>术后调养佳品，可杀灭肿瘤细胞，防止癌症复发。</p>"),
     note="FC: 杀灭肿瘤细胞, 防止癌症复发 for a food (AD 第十七条)")
page("fc-medicine-stopped", "qinghe-home.test", "/p3/fc-medicine-stopped.html", [FC], item(
    "负离子理疗床垫", "2680", "<p>睡了两个月，血压降下去了，降压药也停了，不用去医院开药。</p>"),
     note="FC: a measure made normal and medicine stopped, told as a buyer's story (AD 第十七条, 第二十八条)")
page("fc-never-ill", "nuanyang-baby.test", "/p3/fc-never-ill.html", [FC], item(
    "儿童草本香囊", "36", "<p>挂在床头，宝宝从此不再生病。</p>"),
     note="FC: a prevention claim (从此不再生病) for a sachet")
page("trap-fc-advice-just", "liangpin-food.test", "/p3/trap-fc-advice-just.html", N, item(
    "荞麦挂面 1kg", "26", "<p>痛风人群平时少吃海鲜、多喝水就好，本品为低嘌呤杂粮面。</p>"),
     note="trap: a disease named with dietary advice, no outcome of the product (就好 after a diet, not a use)")
page("trap-fc-disease-no-outcome", "moubai-beauty.test", "/p3/trap-fc-disease-no-outcome.html", N, item(
    "婴儿润肤霜", "79", "<p>湿疹宝宝请先咨询医生再使用；本品为普通化妆品，不能预防复发。</p>"),
     note="trap: a disease named with a doctor's advice; relapse named only to deny it")
page("trap-fc-bp-meter", "xingchen-digital.test", "/p3/trap-fc-bp-meter.html", N, item(
    "电子血压计", "239", "<p>每天早晚各测一次血压，数据自动同步到手机，请勿自行停药。</p>"),
     note="trap: a blood-pressure meter; 停药 only in advice")
pest = "lvye-nongzi.test"
page("pg-pesticide-banned", pest, "/p3/pg-pesticide-banned.html", [PG], """<h1>40%对硫磷乳油 500ml</h1>
<p>老式杀虫药，棉花、水稻通用，量大从优。</p><p>价格：45元/瓶</p>""", enc="gbk", decl="gbk",
     note="PG: 对硫磷 (parathion), a pesticide banned from sale (农药管理条例), GBK")
page("pg-rodenticide", pest, "/p3/pg-rodenticide.html", [PG], """<h1>灭鼠专家</h1>
<p>毒鼠强原粉，一包能药一仓库，快递发货。</p>""", note="PG: 毒鼠强 (tetramine), a banned rodenticide")
page("trap-pg-pesticide-replace", pest, "/p3/trap-pg-pesticide-replace.html", N, """<h1>200g/L草铵膦水剂</h1>
<p>百草枯禁用以后果农的新选择，触杀速度快，对果树根系安全。</p>""",
     note="trap: a lawful herbicide said to follow the banned one (百草枯禁用)")
page("trap-pg-not-controlled", "qinghe-home.test", "/p3/trap-pg-not-controlled.html", N, item(
    "陶瓷水果刀", "29", "<p>刃长10cm，按规定不属于管制刀具，可正常快递。</p>"),
     note="trap: a knife said not to be a controlled knife (a classification denied)")
page("ri-ask-gift-warranty", "xingchen-digital.test", "/p3/ri-ask-gift-warranty.html", [RI], item(
    "扫地机器人", "1599", "<p>激光导航，自动回充。</p>", extra="<p>收到货后留个五星评价，联系客服加赠一年保修。</p>"),
     note="RI: a service (保修) for a five-star review (EC 第十七条)")
mall_item("ri-mall-ask-gift", "6202", [RI], "205", "极限运动社", item(
    "速干运动T恤", "69", "<p>写好评截图给客服，就送运动护腕一对。</p>"), note="RI: goods for a written good review, platform item")
page("trap-ri-praise-delivery", "liangpin-food.test", "/p3/trap-ri-praise-delivery.html", N, item(
    "坚果礼盒", "168", "<p>老客户好评如潮，满意请给五星好评，同城免费送货上门。</p>"),
     note="trap: praise and a request for a review, but the only 送 is delivery")
page("trap-ri-praise-count", "zhiwei-tea.test", "/p3/trap-ri-praise-count.html", N, item(
    "凤凰单丛 250g", "198", "<p>累计2万条五星好评，新客下单即送试饮装。</p>"),
     note="trap: a count of five-star reviews (praise) and a gift for buying, not for reviewing")


# ============================================================================ corpus4 lessons (#15): ad terms, counterfeit slang
# What corpus4 taught, in other words than its pages: a sentence reporting a case, a fine or a
# platform's sanction names the banned words without using them (@ENFORCEMENT); a superlative over
# a stated field (全网/同类/业内 … 最强/顶尖) and 顶尖 as 顶级; 最佳 with a measure and its value is a
# tip; 1:1 as a size held against a gauge, an ingredient ratio or a model's scale; A货 as the
# treatment grade of jadeite.  Each has its positive: the threat 一经查处 is no report, a boast in
# the sentence after a sanction still counts, 与正品/和专柜 1:1 stays a copy grade.
auto_site("cuiyu-jade.test", "翠玉珠宝", "粤", trade="珠宝")
page("c4-wm-threat", "liangpin-food.test", "/p4/c4-wm-threat.html", [WM], item(
    "手工米粉 2kg", "46", "<p>驰名商标品牌，仿冒必究，一经查处严惩不贷。</p>"),
     note="WM: the shop's own mark advertised; 一经查处 threatens, it reports no case")
page("trap-c4-wm-fined", "beian-news.test", "/p4/trap-c4-wm-fined.html", N, """<article><h1>执法动态</h1>
<p>区市场监管局通报：一酱料厂在网店首页标注“驰名商标”，已被处以罚款并责令改正。</p></article>""",
     note="trap: a report of a fine for the words (商标法 第十四条第五款 enforced, not breached)")
page("trap-c4-at-case", "beian-news.test", "/p4/trap-c4-at-case.html", N, """<article><h1>案例速递</h1>
<p>某灯具网店在详情页写“全网销量第一”，被市场监管部门立案调查。</p></article>""",
     note="trap: a case report quoting an absolute term")
page("trap-c4-ct-forum-ban", "shanye-outdoor.test", "/p4/trap-c4-ct-forum-ban.html", N, """<h1>二手交易区 公告</h1>
<p>发布超A、原单货源的帖子，发现一次禁言七天，两次直接封号。</p>""",
     note="trap: a forum's sanction names the slang it bans (商标法 第五十七条 not engaged)")
page("c4-ct-after-sanction", "shanye-outdoor.test", "/p4/c4-ct-after-sanction.html", [CT], """<h1>户外装备 闲置</h1>
<p>违规发帖会被封号。私聊有莆田纯原登山鞋，量大从优。</p>""",
     note="CT: the sanction is another sentence; the offer after it is the slang in use")
page("c4-at-field-best", "xingchen-digital.test", "/p4/c4-at-field-best.html", [AT], item(
    "轻薄笔记本 14英寸", "4299", "<p>同价位里续航最强的一台，出差一周不用带充电器。</p>"),
     note="AT: a superlative over a stated field (同价位…最强)")
page("c4-at-dingjian", "yunduo-fushi.test", "/p4/c4-at-dingjian.html", [AT], item(
    "羊绒围巾", "399", "<p>选用顶尖的内蒙古山羊绒，轻软保暖。</p>"), note="AT: 顶尖 is 顶级 in other words")
page("trap-c4-at-advice-field", "qinghe-home.test", "/p4/trap-c4-at-advice-field.html", N, item(
    "智能马桶盖", "1899", "<p>全国范围内最好提前三天预约上门安装。掐顶尖的园艺剪另售。</p>"),
     note="trap: 最好 as advice after a field; 掐顶尖 is pruning")
page("trap-c4-at-measure", "liangpin-food.test", "/p4/trap-c4-at-measure.html", N, item(
    "酸奶发酵菌粉", "29", "<p>最佳发酵温度为40℃左右，室内最佳湿度40%-60%。</p>"),
     note="trap: 最佳 with a measure and its value is a tip on use (G2023)")
page("c4-at-best-value", "liangpin-food.test", "/p4/c4-at-best-value.html", [AT], item(
    "混合果仁", "59", "<p>最佳性价比，只要59元一大罐。</p>"),
     note="AT: a price after 最佳性价比 is no measure of use")
page("trap-c4-ct-scale-ratio", "chuxin-toys.test", "/p4/trap-c4-ct-scale-ratio.html", N, item(
    "合金坦克模型", "268", "<p>1:1 比例合金坦克模型，履带可转动。</p><p>背包大小与航空公司规格框1:1比对过。</p>"
    "<p>DIY奶茶：椰浆与牛奶1:1冲调。</p>"),
     note="trap: 1:1 as a model's scale, a size against a gauge, an ingredient ratio")
page("c4-ct-against-counter", "fangzhou-bags.test", "/p4/c4-ct-against-counter.html", [CT], item(
    "手提包", "428", "<p>大小与专柜一比一，五金刻字清晰。</p>"),
     note="CT: a size held against the counter (专柜) is a copy grade, not a measure")
page("trap-c4-ct-jade", "cuiyu-jade.test", "/p4/trap-c4-ct-jade.html", N, item(
    "缅甸翡翠平安扣", "2600", "<p>缅甸翡翠A货，附国检证书。</p><p>A货即天然未经任何处理的翡翠，B货经酸洗充胶。</p>"),
     note="trap: A货 is the treatment grade of jadeite (GB/T 16553), not counterfeit slang")
page("c4-ct-ahuo-yulan", "moubai-beauty.test", "/p4/c4-ct-ahuo-yulan.html", [CT], item(
    "面霜", "69", "<p>玉兰油A货面霜，和专柜一样的香味。</p>"),
     note="CT: 玉兰油 is a brand, not jade: A货 is the slang")

# ============================================================================ goods and honours (#15, corpus4)
# Lessons of tests/corpus4 in other words: a refusal governs every item of its list and a whole
# object phrase; knives of the 管制刀具 standard (spring knives, 三棱刮刀, an edged balisong or
# dagger); stun devices; signal jammers; phone cards sold pre-registered; prescription drugs
# without a prescription (and 非 inside a drug's name is no negation); pangolin scales under
# materia-medica names; a consumer association's endorsement; a denial just before an honour.
page("trap-pg-refusal-list", "shanye-outdoor.test", "/p4/trap-pg-refusal-list.html", N, """<h1>店铺公告</h1>
<p>本店郑重声明：不出售猎枪、弓弩、甩棍或者弹簧刀，请勿询价。</p>""",
     note="trap: one refusal cue governs a whole list; the last items lie beyond the negate window")
page("trap-pg-refusal-any", "xingchen-digital.test", "/p4/trap-pg-refusal-any.html", N, """<h1>售前须知</h1>
<p>我们拒绝销售各类带有隐藏镜头的窃照器材，只卖普通家用监控。</p>""",
     note="trap: a refusal of 各类… (a universal object), the good named far from the cue")
page("pg-knife-dagger-edged", "shanye-outdoor.test", "/p4/pg-knife-dagger-edged.html", [PG], item(
    "大马士革纹 匕首", "420", "<p>已开锋，锋利可削纸，附皮鞘。</p>"),
     note="PG: a dagger sold edged (管制刀具认定标准)")
page("pg-knife-spring", "shanye-outdoor.test", "/p4/pg-knife-spring.html", [PG], item(
    "战术折刀", "199", "<p>侧按弹簧跳刀，单手秒开，锁死牢靠。</p>"), enc="gbk", decl="gbk",
     note="PG: a spring-opened knife (跳刀), GBK")
page("trap-pg-knife-trainer", "chuxin-toys.test", "/p4/trap-pg-knife-trainer.html", N, item(
    "蝴蝶刀练习款", "59", "<p>铝合金刀身，不开刃，圆头设计，适合新手练花式。</p>"),
     note="trap: a blunt trainer balisong (不开刃)")
page("pg-stun-baton", "shanye-outdoor.test", "/p4/pg-stun-baton.html", [PG], item(
    "夜行护卫棒", "268", "<p>多功能电击棒，按下即放电，独行女生随身带。</p>"),
     note="PG: a stun baton (电击棒)")
page("trap-pg-socket-shock", "qinghe-home.test", "/p4/trap-pg-socket-shock.html", N, item(
    "五孔插座", "19", "<p>内置防电击保护门，宝宝手指插不进去。</p>"),
     note="trap: 防电击, a safety feature")
page("pg-jammer-beidou", "xingchen-digital.test", "/p4/pg-jammer-beidou.html", [PG], item(
    "车载隐私卫士", "158", "<p>北斗定位屏蔽器，点烟器供电，开车不被追踪。</p>"),
     note="PG: a satellite-positioning jammer (无线电管理条例)")
page("trap-pg-booster", "xingchen-digital.test", "/p4/trap-pg-booster.html", N, item(
    "手机信号放大器", "299", "<p>山区地下室信号增强，抗干扰设计，需运营商许可安装。</p>"),
     note="trap: a signal booster with 抗干扰, no jammer")
page("pg-simcard-unregistered", "xingchen-digital.test", "/p4/pg-simcard-unregistered.html", [PG], item(
    "物联网卡 100张", "900", "<p>物联网卡无需实名，插上就能上网，量大价优。</p>"),
     note="PG: phone cards sold without real-name registration (反电信网络诈骗法 第三十一条)")
page("trap-pg-simcard-realname", "xingchen-digital.test", "/p4/trap-pg-simcard-realname.html", N, item(
    "5G流量卡", "19", "<p>须持本人身份证实名激活，一人限办一张。</p>"),
     note="trap: a lawful card that must be registered by its user")
page("pg-rx-no-prescription", "moubai-beauty.test", "/p4/pg-rx-no-prescription.html", [PG], item(
    "他达拉非片 5mg", "188", "<p>不用处方，下单即发，夜间也可送达。</p>"),
     note="PG: a prescription drug sold without prescription; 非 in 他达拉非 is no negation")
page("trap-pg-otc", "moubai-beauty.test", "/p4/trap-pg-otc.html", N, item(
    "布洛芬缓释胶囊", "22", "<p>甲类OTC非处方药，无需处方即可购买，请按说明书服用。</p>"),
     note="trap: an OTC drug needs no prescription")
page("pg-pangolin-tcm", "zhiwei-tea.test", "/p4/pg-pangolin-tcm.html", [PG], item(
    "醋山甲 30克", "980", "<p>老药工炮制，通经下乳，数量有限。</p>"),
     note="PG: pangolin scales under a materia-medica name (醋山甲)")
page("trap-pg-nail-tips", "moubai-beauty.test", "/p4/trap-pg-nail-tips.html", N, item(
    "穿戴甲 24片", "29", "<p>美甲甲片，可反复使用，附果冻胶。</p>"),
     note="trap: 甲片 is nail art")
page("fh-consumer-assoc", "haoyun-home.test", "/p4/fh-consumer-assoc.html", [FH], item(
    "乳胶枕", "239", "<p>荣获省消委会指定放心品牌，十年老店。</p>"),
     note="FH: a consumer association's endorsement (消保法 第三十八条 forbids it)")
page("trap-fh-consumer-assoc-complaint", "haoyun-home.test", "/p4/trap-fh-consumer-assoc-complaint.html", N, item(
    "记忆棉床垫", "1299", "<p>如有质量问题，可拨打12315或向当地消费者协会投诉。</p>"),
     note="trap: a consumer association named as where to complain")
page("trap-fh-denied", "liangpin-food.test", "/p4/trap-fh-denied.html", N, item(
    "石磨豆浆粉", "36", "<p>这不是免检产品，每批出厂前都送第三方检测。</p>"),
     note="trap: a denial (不是) just before the abolished honour")
page("pg-guarantee-not-refusal", "shanye-outdoor.test", "/p4/pg-guarantee-not-refusal.html", [PG], item(
    "防身套装", "158", "<p>假一赔十、甩棍现货，顺丰包邮。</p>"),
     note="PG: 假一赔十 guarantees the goods, it refuses nothing (no negation)")
page("fh-guarantee-not-denial", "liangpin-food.test", "/p4/fh-guarantee-not-denial.html", [FH], item(
    "东北大米 10kg", "69", "<p>假一赔十国家免检产品，产地直发。</p>"),
     note="FH: 假一赔十 before the honour is no denial of it")

# ============================================================================ corpus4 lessons (#15 pt 4): claims, reviews, returns
# Lessons of tests/corpus4 in other words: any adverb between a measure and its fall, a list of symptoms
# before 都/全好了, a named medicine stopped, a disease left behind (摆脱), sexual-function claims, a
# health food's approved function on its label; a buyer's quoted review and a report of a fine are not
# an offer; the refusal verbs of returns as a class (不设, 不办理, 不在…范围).
page("fc4-measure-adverb", "qinghe-home.test", "/p4/fc4-measure-adverb.html", [FC], item(
    "托玛琳理疗枕", "468", "<p>枕了小半年，我爸的血压一点点降下去了。</p>"),
     note="FC: a measure made normal with an adverb between (一点点降下去) for a pillow (AD 第十七条)")
page("fc4-symptoms-gone", "shanye-outdoor.test", "/p4/fc4-symptoms-gone.html", [FC], item(
    "艾草护腰", "98", "<p>贴满一个疗程，腰椎间盘突出和久坐的酸胀基本没了。</p>"), enc="gbk", decl="gbk",
     note="FC: a disease and other symptoms, then 基本没了 (AD 第十七条), GBK")
page("fc4-drug-stopped", "liangpin-food.test", "/p4/fc4-drug-stopped.html", [FC], item(
    "桑叶玉米须茶", "69", "<p>老客户反馈：喝了两个月，停用了降糖药，也摆脱了失眠。</p>"),
     note="FC: a named medicine stopped (停用了降糖药) and a disease left behind (摆脱失眠) for a tea")
page("fc4-sexual", "zhiwei-tea.test", "/p4/fc4-sexual.html", [FC], item(
    "玛咖黄精片（压片糖果）", "238", "<p>男士专享，提高性功能，重振雄风。</p>"),
     note="FC: a sexual-function claim for a candy (AD 第十七条)")
page("trap-fc4-health-food-label", "liangpin-food.test", "/p4/trap-fc4-health-food-label.html", N, item(
    "纳豆红曲胶囊", "258", "<p>保健功能：辅助降血压。</p><p>注册证号：国食健注G20190088。保健食品不能代替药物。</p>"),
     note="trap: a registered health food's approved function on its label, with the mandatory warning")
page("trap-fc4-measure-negated", "xingchen-digital.test", "/p4/trap-fc4-measure-negated.html", N, item(
    "低GI杂粮饭", "39", "<p>本品为普通食品，不能让血糖降下来，请勿擅自停用降糖药。</p>"),
     note="trap: the fall of a measure and stopping medicine both denied (不能, 请勿)")
page("trap-fc4-things-ready", "moubai-beauty.test", "/p4/trap-fc4-things-ready.html", N, item(
    "防花粉口罩 10只", "29", "<p>鼻炎换季，口罩和纸巾都备好了吗？现货当天发。</p>"),
     note="trap: a disease named with a preparation done (都备好了), no cure")
page("trap-fc4-no-ingredient", "liangpin-food.test", "/p4/trap-fc4-no-ingredient.html", N, item(
    "黄精枸杞酒 500ml", "158", "<p>纯粮酿造，不含任何壮阳成分；想知道血压值正常了吗？请用血压计测量。</p>"),
     note="trap: an ingredient denied (不含…壮阳成分) and a question about a measure, no claim")
page("trap-fc4-cosmetic-advice", "moubai-beauty.test", "/p4/trap-fc4-cosmetic-advice.html", N, item(
    "修护精华 30ml", "199", "<p>敏感肌建议先停用含激素的护肤品，再开始使用本品。</p>"),
     note="trap: 停用 before a cosmetic, not a medicine")
page("fc4-authority-named", "zhiwei-tea.test", "/p4/fc4-authority-named.html", [FC], item(
    "苦荞降糖茶", "88", "<p>经监管部门备案，长期饮用能降血糖。</p>"),
     note="FC: an authority named alone does not make a claim a report of enforcement")
page("trap-fc4-fine-report", "zhiwei-tea.test", "/p4/trap-fc4-fine-report.html", N, """<h1>行业动态</h1>
<p>某茶企因在包装上标注“降血压、降血脂”被市场监督管理局处以罚款二十万元。</p>""",
     note="trap: a regulator's fine reported, the shop makes no claim")
page("ri4-notice-gift", "nuanyang-baby.test", "/p4/ri4-notice-gift.html", [RI], item(
    "婴儿防胀气奶瓶", "119", "<p>买家须知：晒图评价后联系客服，返5元话费。</p>"),
     note="RI: the shop's own notice (买家须知 is no review) offering credit for a review")
page("trap-ri4-buyer-review", "yunduo-fushi.test", "/p4/trap-ri4-buyer-review.html", N, item(
    "羊绒围巾", "329", "<p>用户评价：包裹里夹了张卡片叫我晒图领红包，没去领，围巾质量不错。</p>"),
     note="trap: a buyer's quoted review telling of a card in the parcel; the page offers nothing")
page("trap-ri4-court", "beian-news.test", "/p4/trap-ri4-court.html", N, """<h1>法治播报</h1>
<p>法院审理查明，被告组织好评返现换取五星评价，构成虚假宣传。</p>""",
     note="trap: a court report of paid reviews (@NEWS), no offer by the page")
page("trap-ri4-regulator", "beian-news.test", "/p4/trap-ri4-regulator.html", N, """<h1>典型案例</h1>
<p>一电商店铺承诺“晒图评价送优惠券”，被当地监管部门责令改正。</p>""",
     note="trap: a regulator's case reported (责令改正), no offer by the page")
page("rr4-not-set", "xingchen-digital.test", "/p4/rr4-not-set.html", [RR], item(
    "机械手表", "1299", "<p>自动上链，动储40小时。</p>", extra="<p>本店表款不办理7日无理由退换，请慎重下单。</p>"),
     note="RR: 不办理7日无理由退换 for a watch (消法 第二十五条)")
big5_page("rr4-big5-scope", "http://hk-bags.test/item/3.html", [RR], "真皮手袋",
          "<h1>真皮手袋</h1><p>本商品不在七天無理由退貨範圍內。</p><p>售價：HK$ 880</p>",
          note="RR: Big5, goods put outside the right (不在七天无理由退货范围)")
page("trap-rr4-no-threshold", "chuxin-toys.test", "/p4/trap-rr4-no-threshold.html", N, item(
    "益智拼插积木", "129", "<p>领券不设门槛，全店支持七天无理由退货。</p>"),
     note="trap: 不设 before a threshold, the 7-day right granted")



# ============================================================================ PROHIBITED_GOODS, FALSE_HONOUR: corpus5 lessons
# Classes taken from corpus5 f/029 (a buyer's question whether a knife is a 管制刀具), f/057 (a shop
# saying it stopped selling e-cigarettes), h/068 (a regulator's list of 免检 cases) and h/084 (a
# hawksbill bracelet), written here in other words: questions are not offers, goods withdrawn from sale
# (before or after their name) are not offered, enforcement reports claim nothing, titles in 《》 name a
# law; 玳瑁 (hawksbill) and 羚羊角 (saiga horn) are protected-wildlife goods, 玳瑁色/玳瑁纹 are colours.
def _p5(slug, host, codes, name, price, desc, note, enc="utf-8", decl="utf-8"):
    page(slug, host, f"/p5/{slug}.html", codes, item(name, price, desc), enc=enc, decl=decl, note=note)


def _p5a(slug, host, codes, heading, text, note):
    page(slug, host, f"/p5/{slug}.html", codes, f"<article><h1>{heading}</h1>\n<p>{text}</p></article>", note=note)


# positives: wildlife goods, and offers next to questions, countdowns and praise
_p5("pg5-hawksbill-comb", "zhiwei-tea.test", [PG], "手工梳子", "1280",
    "<p>整块玳瑁背甲开料，手工打磨，附收藏盒。</p>", note="PG: hawksbill shell (玳瑁), a first-class protected species")
mall_item("pg5-hawksbill-mall", "9501", [PG], "405", "南洋旧物铺", item(
    "老玳瑁烟嘴", "560", "<p>上世纪老料，包浆自然。</p>"), note="PG: hawksbill in the item name on a platform page")
_p5("pg5-saiga-horn", "zhiwei-tea.test", [PG], "羚羊角镑片 10克", "699",
    "<p>整支羚羊角现切，真空包装。</p>", note="PG: saiga horn (羚羊角), a first-class protected species")
_p5("pg5-countdown", "xingchen-digital.test", [PG], "雾化套装", "129",
    "<p>即将下架，最后一批烟弹，抓紧下单！</p>", note="PG: 即将下架 is a countdown that still sells, no withdrawal")
_p5("pg5-before-stop", "xingchen-digital.test", [PG], "清仓套装", "99",
    "<p>停售前清仓：电子烟套装口味齐全，先到先得。</p>", note="PG: 停售前 sells before the stop")
_p5("pg5-hook-question", "shanye-outdoor.test", [PG], "户外用品", "560",
    "<p>想要金属仿真枪吗？私聊客服发图。</p>", note="PG: a hook question (想要…吗) asks no class, it offers")
_p5("pg5-qa-answer-offers", "shanye-outdoor.test", [PG], "户外工具", "88",
    "<p>问大家：有现货吗？</p><p>答：有，三棱刮刀现货，当天发。</p>", note="PG: the answer to a buyer's question offers the knife")
_p5("pg5-question-then-offer", "shanye-outdoor.test", [PG], "折刀", "168",
    "<p>这款弹簧刀是正品吗？当然！开刃弹簧刀，快递可发。</p>",
    note="PG: the question sentence is dropped, the next sentence offers the knife")
_p5("fh5-answer-claims", "jiayi-shoes.test", [FH], "牛皮工装靴", "499",
    "<p>是不是中国名牌？当然是，本品荣获中国名牌产品称号。</p>",
    note="FH: 是不是 asks (it denies nothing), the answer claims an expired title")
_p5("fh5-faq-claim", "liangpin-food.test", [FH], "石磨面粉 5kg", "59",
    "<p>顾客常问：质量怎么样？本品为质量免检产品，放心食用。</p>", note="FH: a question answered with a 免检 claim")
_p5("fh5-program-title", "haoyun-home.test", [FH], "真丝枕套", "259",
    "<p>《品质之选》栏目推荐：国家免检产品，放心购买。</p>",
    note="FH: a programme's title in 《》 does not cover the claim after it")
_p5("fh5-praised", "fangzhou-bags.test", [FH], "头层牛皮背包", "699",
    "<p>本品牌多次被通报表扬，荣获国家免检产品。</p>", note="FH: 通报表扬 is praise, no enforcement report")
_p5("fh5-recent-year", "qinghe-home.test", [FH], "竹纤维毛巾", "39",
    "<p>2023年荣获山东省著名商标，品质可靠。</p>", note="FH: a provincial 著名商标 claimed after the schemes were repealed")

# traps: questions, withdrawals, enforcement, law titles, colours
_p5("trap-pg5-ship-question", "shanye-outdoor.test", N, "多功能工具钳", "129",
    "<p>买家提问：弹簧刀能寄快递吗？</p><p>掌柜回复：本店没有这类商品。</p>",
    note="trap: a buyer's labelled question (买家提问: …吗?) offers nothing")
_p5("trap-pg5-class-question", "shanye-outdoor.test", N, "美工刀", "12",
    "<p>问：这把美工刀算管制刀具吗？答：不算，刀片可伸缩。</p>",
    note="trap: a question whether the item is of a banned class (算…吗)")
_p5a("trap-pg5-help-faq", "shanye-outdoor.test", N, "帮助中心",
     "常见问题：户外砍刀是否属于管制刀具？答：请以当地规定为准，本店商品均为生活用刀。",
     note="trap: help-centre question 是否属于…")
_p5a("trap-pg5-a-not-a", "beian-news.test", N, "网友互助",
     "请问各位，折叠水果刀属不属于管制刀具？", note="trap: an A-not-A question (属不属于)")
_p5a("trap-pg5-stop-notice", "xingchen-digital.test", N, "店铺公告",
     "根据国家规定，本店即日起停止销售电子烟烟弹，已付款订单全额退款。",
     note="trap: the shop stops selling (停止销售), the goods follow the cue")
_p5a("trap-pg5-withdrawn-after", "xingchen-digital.test", N, "下架说明",
     "应监管要求，雾化烟弹已全部下架，感谢理解。", note="trap: the goods named before 已全部下架")
_p5a("trap-pg5-no-longer", "liangpin-food.test", N, "购物须知",
     "自2022年起本店不再出售香烟，请勿咨询。", note="trap: 不再出售 before the goods")
mall_item("trap-pg5-paused-mall", "9502", N, "205", "极限运动社", item(
    "战术背包", "239", "<p>本店已暂停销售一切仿真枪配件，仅售背包与护具。</p>"),
    note="trap: 暂停销售 a whole class on a platform page")
_p5a("trap-pg5-case", "beian-news.test", N, "典型案例",
     "某网店销售金属仿真枪，被当地市场监管部门罚款五万元。", note="trap: a fine reported (@ENFORCEMENT)")
_p5a("trap-pg5-law-title", "beian-news.test", N, "法规速递",
     "推荐阅读：《仿真枪认定标准》答疑汇编。", note="trap: the banned word inside a standard's title in 《》")
_p5("trap-pg5-frame", "yunduo-fushi.test", N, "复古圆框眼镜", "168",
    "<p>板材镜框，玳瑁色，百搭显脸小。</p>", note="trap: 玳瑁色, a colour of acetate frames")
_p5("trap-pg5-clip", "moubai-beauty.test", N, "大号抓夹", "19",
    "<p>玳瑁纹鲨鱼夹，醋酸材质。</p>", note="trap: 玳瑁纹, a pattern")
_p5("trap-pg5-imitation", "moubai-beauty.test", N, "发簪", "39",
    "<p>仿玳瑁发簪，树脂材质，古风盘发。</p>", note="trap: 仿玳瑁, imitation tortoiseshell")
_p5("trap-pg5-cat", "chuxin-toys.test", N, "玳瑁猫毛绒公仔", "69",
    "<p>玳瑁猫造型抱枕，PP棉填充。</p>", note="trap: 玳瑁猫 is a tortoiseshell cat")
_p5("trap-pg5-toggle", "yunduo-fushi.test", N, "双面呢大衣", "899",
    "<p>经典羚羊角扣设计，羊毛混纺。</p>", note="trap: 羚羊角扣, a toggle button")
_p5("trap-fh5-buyer-ask", "liangpin-food.test", N, "手工挂面", "29",
    "<p>顾客咨询：你们这个是免检产品吗？</p><p>客服：每批都有第三方检测报告。</p>",
    note="trap: a buyer asks about 免检 (咨询: …吗?); the answer claims nothing")
_p5a("trap-fh5-asked", "beian-news.test", N, "读者来信",
     "有人问：中国名牌还能评吗？欢迎在评论区讨论。", note="trap: a reader's question about the expired title")
_p5a("trap-fh5-case-list", "beian-news.test", N, "执法动态",
     "市场监管部门公布十起案件，其中一家企业宣称“国家免检”被立案调查。",
     note="trap: an enforcement list (案件, 立案) naming the claim")
_p5a("trap-fh5-press", "beian-news.test", N, "行业新闻",
     "据新华社报道，多地查处标注“中国名牌产品”的过期包装。", note="trap: a press report of enforcement")
_p5a("trap-fh5-law-title", "beian-news.test", N, "延伸阅读",
     "《中国名牌产品管理办法》全文与解读。", note="trap: the honour inside a regulation's title in 《》")
_p5a("trap-fh5-class-question", "beian-news.test", N, "商标知识问答",
     "请问省著名商标属于荣誉称号吗？", note="trap: a question whether the title is an honour (属于…吗)")

# second round of invented cases: a rhetorical question asserts, a platform's list of goods that may
# not be posted, 玳瑁 said to be an imitation material, a consumer warning and a reporter's inquiry
_p5("pg5-rhetorical", "shanye-outdoor.test", [PG], "户外装备", "680",
    "<p>全金属结构，这不就是你要的仿真枪吗？</p>", note="PG: 不就是…吗 is a rhetorical assertion, not a question")
_p5a("trap-pg5-platform-list", "beian-news.test", N, "帮助中心",
     "哪些商品不能发布？包括但不限于：仿真枪、管制刀具、电子烟。",
     note="trap: a platform's list of goods that may not be posted (不能发布 …)")
_p5("trap-pg5-resin", "moubai-beauty.test", N, "复古发梳", "49",
    "<p>本店所售“玳瑁”均为树脂仿制品，质轻不易断。</p>", note="trap: 玳瑁 said to be a resin imitation")
_p5a("trap-fh5-consumer-tip", "beian-news.test", N, "消费提示",
     "市面上标称“免检产品”的宣传均属违规，购买时请查看检验报告。",
     note="trap: a consumer tip saying the claim is unlawful")
_p5a("trap-fh5-reporter", "beian-news.test", N, "记者调查",
     "记者调查发现，一些商家仍在包装上印“国家免检”字样。", note="trap: a reporter's inquiry naming the claim")

# classes of banned goods the list lacked: counterfeit money, detonators, electric fishing gear, bird nets
_p5("pg5-fake-money", "beian-news.test", [PG], "高清收藏币", "300",
    "<p>高清假钞一比十，面额齐全，包过验钞机。</p>", note="PG: counterfeit money (刑法 第一百七十二条)")
_p5("pg5-detonator", "shanye-outdoor.test", [PG], "工程配件", "15",
    "<p>工程雷管现货，量大从优。</p>", note="PG: detonators (民用爆炸物品安全管理条例)")
_p5("pg5-electrofish", "shanye-outdoor.test", [PG], "大功率逆变器", "780",
    "<p>电鱼机一体机，12V电瓶直接用，包邮。</p>", note="PG: electric fishing gear (渔业法 第三十条)")
_p5("pg5-bird-net", "shanye-outdoor.test", [PG], "园林网具", "45",
    "<p>捕鸟网20米，送竹竿两根。</p>", note="PG: a bird-catching net (野生动物保护法)")
_p5("trap-pg5-counter", "xingchen-digital.test", N, "点验钞机", "399",
    "<p>双屏显示，假币识别率99%，支持新版人民币。</p>", note="trap: a detector of counterfeit money")
_p5("trap-pg5-orchard-net", "haoyun-home.test", N, "果园防鸟网", "35",
    "<p>尼龙材质，网眼细密，不伤鸟。</p>", note="trap: an orchard net that keeps birds off")

_p5("pg5-discontinued", "xingchen-digital.test", [PG], "收藏套装", "199",
    "<p>官方停售的老款烟弹，本店还有少量现货。</p>",
    note="PG: a discontinued model offered (停售的老款 … 现货) is no withdrawal")

# ============================================================================ corpus5 lessons (#15): ad terms, counterfeit slang
# What corpus5 taught, in other words than its pages: a superlative over a stated field takes any
# measure (最轻, 最便宜, 最小), but a bound (最高可达, 最快次日达) or a comparison (最大的区别) is none;
# 首选 in a health claim; 国家级 before a state registration (审定, 登记) and 最佳努力 in legal text
# are no claims; the words listed as a class (“X”“Y”等…用语) are quoted, not used.  Counterfeit
# slang: a refusal reaches every item of a list (禁止发布A、B、高仿), a refusal may follow the words
# (A货免问), goods set apart from copies (有别于…高仿) are none, a fraud reported to the police or
# news of a seizure names the words; 原单 in a refund is the original order.  驰名商标 denied or
# left empty (驰名商标：否) is no advertisement.  Each has its positive in other words.
page("c5-at-field-measure", "qinghe-home.test", "/p5/c5-at-field-measure.html", [AT], item(
    "无线吸尘器", "899", "<p>机身在同类产品里重量最小，单手举过头顶不费力。</p>"),
     note="AT: a superlative over a stated field with a measure (同类…最小)")
page("c5-at-field-light", "liangpin-food.test", "/p5/c5-at-field-light.html", [AT], item(
    "折叠晴雨伞", "69", "<p>市面上同尺寸的伞里它最轻，放进口袋几乎没感觉。</p>"),
     note="AT: 市面上…最轻 (a measure superlative over the market)")
page("trap-c5-at-bound", "xingchen-digital.test", "/p5/trap-c5-at-bound.html", N, item(
    "变频空调 1.5匹", "2599", "<p>比同类定频机型最高可省电三成，全国多数城市最快次日送装。</p>"),
     note="trap: 最高可, 最快次日 state bounds, not superlatives")
page("trap-c5-at-difference", "xingchen-digital.test", "/p5/trap-c5-at-difference.html", N, item(
    "扫地机器人", "1999", "<p>和同类机型最大的区别在于自带水箱自清洁。</p>"),
     note="trap: 最大的区别 compares, it boasts of nothing")
page("c5-at-health-first", "liangpin-food.test", "/p5/c5-at-health-first.html", [AT], item(
    "苦荞茶", "58", "<p>糖尿病人群日常饮用首选，控糖好帮手。</p>"),
     note="AT: 首选 in a health claim (medical/health claims never minor, 2023 guideline)")
page("trap-c5-at-gift-first", "liangpin-food.test", "/p5/trap-c5-at-gift-first.html", N, item(
    "坚果礼盒", "168", "<p>春节走亲访友的送礼首选，八种坚果独立小包。</p>"),
     note="trap: 送礼首选 outside health claims is left to the reviewer (not in the rulebook)")
page("trap-c5-at-state-register", "liangpin-food.test", "/p5/trap-c5-at-state-register.html", N, item(
    "甜玉米种子", "25", "<p>国家级登记品种，登记编号见包装背面。</p>"),
     note="trap: 国家级 before a state registration is a provable fact (2023 guideline)")
page("trap-c5-at-best-efforts", "qinghe-home.test", "/p5/trap-c5-at-best-efforts.html", N, """<h1>用户协议</h1>
<p>如遇不可抗力导致延迟发货，本公司将以最佳努力尽快完成配送。</p>""",
     note="trap: 最佳努力 (best efforts) is a legal commitment, no advertising claim")
page("trap-c5-at-word-class", "beian-news.test", "/p5/trap-c5-at-word-class.html", N, """<h1>商家发布规范</h1>
<p>第五条 商品标题中出现“顶级”“第一”等极限性字样的，平台将要求修改。</p>""",
     note="trap: the words listed as a class of words (“X”“Y”等…字样) are quoted, not used")
page("c5-at-word-class-then-claim", "zhiwei-tea.test", "/p5/c5-at-word-class-then-claim.html", [AT], item(
    "正山小种", "228", "<p>平台不让写“顶级”等字样。但这款确实是最佳的红茶。</p>"),
     note="AT: the word class is quoted in one sentence, the claim made in the next")
page("trap-c5-ct-list-ban", "shanye-outdoor.test", "/p5/trap-c5-ct-list-ban.html", N, """<h1>交易区版规</h1>
<p>本版严禁出售枪支配件、管制刀具、精仿名表等物品。</p>""",
     note="trap: a ban reaches every item of its list (严禁出售A、B、精仿名表)")
page("c5-ct-after-list", "shanye-outdoor.test", "/p5/c5-ct-after-list.html", [CT], """<h1>闲置转让</h1>
<p>不议价，精仿手表一口价八百。</p>""",
     note="CT: 不议价 refuses bargaining, the clause after it offers the copy")
page("trap-c5-ct-after-refusal", "fangzhou-bags.test", "/p5/trap-c5-ct-after-refusal.html", N, """<h1>收二手名牌包</h1>
<p>只收专柜正品，A货免问，假货绕道。</p>""",
     note="trap: a refusal after the words (A货免问) in a wanted post")
page("c5-ct-bargain-refused", "fangzhou-bags.test", "/p5/c5-ct-bargain-refused.html", [CT], """<h1>转让</h1>
<p>A货斜挎包，砍价勿扰。</p>""",
     note="CT: 勿扰 refuses bargaining, not the A货 before it")
page("trap-c5-ct-set-apart", "xingchen-digital.test", "/p5/trap-c5-ct-set-apart.html", N, item(
    "金属手机壳", "59", "<p>自主开模，有别于市面上的高仿货，细节经得起对比。</p>"),
     note="trap: goods set apart from copies (有别于…高仿)")
page("trap-c5-ct-police", "beian-news.test", "/p5/trap-c5-ct-police.html", N, """<h1>避坑帖</h1>
<p>网上买的运动鞋到手是高仿，商家拒不退款，我已报案。</p>""",
     note="trap: a fraud reported to the police names the slang")
page("trap-c5-ct-seizure", "beian-news.test", "/p5/trap-c5-ct-seizure.html", N, """<h1>本地新闻</h1>
<p>海关缉私部门查获A货手表两千余只，案值逾百万元。</p>""",
     note="trap: news of a seizure (@NEWS)")
page("trap-c5-ct-refund-order", "yunduo-fushi.test", "/p5/trap-c5-ct-refund-order.html", N, item(
    "棉麻衬衫", "139", "<p>退款审核通过后，款项按原单原路返还。</p>"),
     note="trap: 原单 in a refund is the original order")
page("c5-ct-yuandan-tail", "yunduo-fushi.test", "/p5/c5-ct-yuandan-tail.html", [CT], item(
    "羽绒服", "299", "<p>外贸原单尾货，吊牌齐全。</p>"), note="CT: 原单尾货, the counterfeit grade")
page("trap-c5-wm-field-empty", "liangpin-food.test", "/p5/trap-c5-wm-field-empty.html", N, item(
    "手工挂面", "29", "<table><tr><th>驰名商标</th><td>：否</td></tr></table><p>驰名商标：否</p>"),
     note="trap: a spec field saying the mark is not well-known (驰名商标：否)")
page("trap-c5-wm-denied", "liangpin-food.test", "/p5/trap-c5-wm-denied.html", N, item(
    "菜籽油 5L", "89", "<p>本品牌并非驰名商标，靠口碑卖货。</p>"), note="trap: 并非驰名商标, a denial")
page("c5-wm-field-yes", "liangpin-food.test", "/p5/c5-wm-field-yes.html", [WM], item(
    "陈醋 500ml", "18", "<p>驰名商标：是，老字号酿造。</p>"), note="WM: the field filled in (驰名商标：是)")

# ============================================================================ corpus5 lessons (#15 pt 5): claims, reviews, returns
# Lessons of tests/corpus5 in other words: a guaranteed exam pass or certificate (广告法 第二十四条) as a
# class (保过, 包过, 保证取证, 不过退费); an effect promised for good or a skin condition removed at the
# root; a review asked for in any words (晒N张照, 好评截图) with a reward later in the sentence (减5元);
# a question put only to be denied (…?没这回事) for every content rule; a promise said to be one nobody
# may make.
page("fc5-exam-pass", "shanye-outdoor.test", "/p5/fc5-exam-pass.html", [FC], item(
    "驾照科目一题库班", "299", "<p>科目一包过，一次考不过退全部报名费。</p>"),
     note="FC: a guaranteed exam pass (包过, 不过退报名费) for a training course (AD 第二十四条)")
page("fc5-cert-guarantee", "xingchen-digital.test", "/p5/fc5-cert-guarantee.html", [FC], item(
    "初级会计职称网课", "1680", "<p>名师直播带学，零基础保证取证。</p>"), enc="gbk", decl="gbk",
     note="FC: a certificate guaranteed (保证取证) for a course (AD 第二十四条), GBK")
page("trap-fc5-pass-refused", "shanye-outdoor.test", "/p5/trap-fc5-pass-refused.html", N, item(
    "教师资格证笔试课", "599", "<p>本课程不保过，确保过程全程录播，考试结果以考试院公布为准。</p>"),
     note="trap: the guarantee refused (不保过) and 确保过程 (not 保过)")
page("fc5-acne-root", "moubai-beauty.test", "/p5/fc5-acne-root.html", [FC], item(
    "祛痘精华 20ml", "129", "<p>坚持两周，痘印去根，停用也永不反弹。</p>"),
     note="FC: a skin condition removed at the root (痘印去根) and an effect promised for good, cosmetic")
page("trap-fc5-pest-coupon", "qinghe-home.test", "/p5/trap-fc5-pest-coupon.html", N, item(
    "厨房除蟑胶饵", "39", "<p>一次投放，彻底根除蟑螂窝。</p><p>会员积分永久有效，优惠券终身有效。</p>"),
     note="trap: 根除 of pests, not a skin condition; 永久有效 of points and coupons")
page("trap-fc5-nobody-promises", "moubai-beauty.test", "/p5/trap-fc5-nobody-promises.html", N,
     """<h1>术后答疑</h1><p>正规医美都不会承诺疤痕能根除，请理性看待修复效果。</p>""",
     note="trap: a promise said to be one nobody makes (不会承诺…根除)")
page("trap-fc5-denied-question", "zhiwei-tea.test", "/p5/trap-fc5-denied-question.html", N, item(
    "苦丁茶 250g", "45", "<p>喝茶能降血糖？不可能的，本品只是普通饮品。</p>"),
     note="trap: a claim asked only to be denied (…?不可能)")
page("ri5-photos-reward", "yunduo-fushi.test", "/p5/ri5-photos-reward.html", [RI], item(
    "雪纺连衣裙", "159", "<p>穿上拍照，晒4张照片发给客服可领3元现金。</p>"),
     note="RI: photos of the goods asked for (晒4张照) with cash later in the sentence")
page("ri5-next-order", "nuanyang-baby.test", "/p5/ri5-next-order.html", [RI], item(
    "婴儿洗衣液 2L", "69", "<p>好评截图私信客服，再次购买时减5元。</p>"), enc="gbk", decl="gbk",
     note="RI: a discount on the next order for a review (减5元), GBK")
page("ri5-confirmed-question", "chuxin-toys.test", "/p5/ri5-confirmed-question.html", [RI], item(
    "磁力片 100片", "189", "<p>有好评返现吗？是的，好评返现5元，截图找客服。</p>"),
     note="RI: a question answered yes is no denial")
page("trap-ri5-praise-promo", "liangpin-food.test", "/p5/trap-ri5-praise-promo.html", N, item(
    "每日坚果 30袋", "99", "<p>本店已有1万条五星好评，新客下单立减5元。</p><p>好评如潮的爆款，领券立减10元。</p>"),
     note="trap: praise counted (1万条五星好评, 好评如潮) beside a store promotion")
page("trap-ri5-denied-question", "zhiwei-tea.test", "/p5/trap-ri5-denied-question.html", N, item(
    "红茶礼盒", "268", "<p>晒图就返现？没这回事，本店评价全凭自愿。</p>"),
     note="trap: a review offer asked only to be denied (…?没这回事)")
page("trap-rr5-denied-question", "qinghe-home.test", "/p5/trap-rr5-denied-question.html", N, item(
    "乳胶枕", "199", "<p>有人问本店是不是概不退换？当然不是，全部商品支持七天无理由退货。</p>"),
     note="trap: a refusal asked only to be denied (…?当然不是), the right granted")


# ============================================================================ holdout lessons, round 6 (claims)
# Classes taken from the holdout misses of corpus2 060, 3a 080/082, 3b 012/020/021, 4c 058/113, 4e 074,
# 5f 076/093 and 5g 013/024, written here in other words: a refusal governs a clause whose way, place
# or object stands before its verb (不通过网络销售…, 不会把…用于刷单) and a whole list (one shared
# context, @REFUSAL_SCOPE, for goods and counterfeit terms and review offers); a claim or a scheme
# disowned (不宣传, 不参与); a question answered by a refusal (…?我们不做); a writer's own account
# (我也遇到过…, 我没理); a reward of goods counted out (领…一枚); a treatment verb before any disease
# named by its suffix (炎, 症, 疹…); 定制 said of stock or standard-size goods is no exemption; the 免检
# honour in other words; a food licence number of the wrong length; air-gun pellets.
def _h6(slug, host, codes, name, price, desc, note, enc="utf-8", decl="utf-8"):
    page(slug, host, f"/p6c/{slug}.html", codes, item(name, price, desc), enc=enc, decl=decl, note=note)


def _h6a(slug, host, codes, heading, text, note):
    page(slug, host, f"/p6c/{slug}.html", codes, f"<article><h1>{heading}</h1>\n<p>{text}</p></article>", note=note)


_h6a("h6-pg-pellets", "shanye-outdoor.test", [PG], "闲置转让",
     "转让闲置打气筒一台，另有4.5口径铅弹五盒，同城自取。",
     note="PG: air-gun pellets (铅弹) offered; 枪支管理法 counts compressed-gas guns")
_h6a("h6-pg-condor", "shanye-outdoor.test", [PG], "出闲置",
     "秃鹰二代一把，原厂气瓶配瞄具，同城交易。",
     note="PG: a pre-charged air rifle by its trade name (秃鹰) offered")
_h6("h6-pg-not-to-minors", "xingchen-digital.test", [PG], "雾化套装", "129",
    "<p>本店不向未成年人出售电子烟套装，成年人可直接下单。</p>",
    note="PG: refusing minors only (不向未成年人) still sells e-cigarettes to adults online")
_h6("trap-h6-pg-refusal-channel", "shanye-outdoor.test", N, "三季帐篷", "399",
    "<p>依照规定，本店不经由电商平台出售仿真枪、弩和管制刀具，只售户外帐篷。</p>",
    note="trap: a refusal with the channel between it and its verb (不经由电商平台出售) governs the list")
_h6("trap-h6-pg-refusal-place", "xingchen-digital.test", N, "数据线 1m", "19",
    "<p>小店不在线上卖烟弹或雾化烟油，只做数码配件。</p>",
    note="trap: a refusal with the place before its verb (不在线上卖) covers its objects")
_h6("trap-h6-pg-vulture-pencil", "qingmu-stationery.test", N, "野生动物摄影集", "88",
    "<p>收录秃鹰标本与猛禽照片两百幅，随书附赠2B铅笔一盒。</p>",
    note="trap: a vulture (秃鹰) in a photo book and pencil lead (铅笔), no gun")
_h6("trap-h6-ct-refusal-channel", "yunduo-fushi.test", N, "羊毛大衣", "899",
    "<p>我们不通过任何渠道出售高仿或A货，只卖自家工厂出品。</p>",
    note="trap: the shared refusal context reaches counterfeit terms (不通过任何渠道出售高仿或A货)")
_h6("h6-ri-gift-count", "chuxin-toys.test", [RI], "积木城堡", "239",
    "<p>收货后发个五星好评，截图给客服，可领精美冰箱贴两个。</p>",
    note="RI: goods counted out for a review (领…两个)")
_h6("h6-ri-gift-count-gbk", "nuanyang-baby.test", [RI], "婴儿湿巾 80抽", "49",
    "<p>追评附三张图，联系售后赠纸巾2包。</p>", enc="gbk", decl="gbk",
    note="RI: goods counted out for a follow-up review (赠纸巾2包), GBK")
_h6a("trap-h6-ri-forum-story", "chuxin-toys.test", N, "避坑帖",
     "我以前碰到过一家店，包裹里夹着晒单返现卡，当时没搭理。",
     note="trap: a writer's own account of a seller's offer (我以前碰到过…, 没搭理)")
_h6("trap-h6-ri-privacy", "liangpin-food.test", N, "混合坚果", "59",
    "<p>本平台不会将用户数据用于刷信誉或代写评价。</p>",
    note="trap: a refusal over a clause (不会将…用于刷信誉或代写评价)")
_h6("trap-h6-ri-refused-answer", "yunduo-fushi.test", N, "针织开衫", "199",
    "<p>晒图送红包？小店从不搞这些，评价请随心。</p>",
    note="trap: a review offer asked and answered with a refusal (…?小店从不搞)")
_h6("trap-h6-ri-not-join", "zhiwei-tea.test", N, "白茶饼", "328",
    "<p>本店不参加任何五星返现活动，评价全凭买家意愿。</p>",
    note="trap: a scheme disowned (不参加任何五星返现活动)")
_h6("trap-h6-ri-praise-sample", "liangpin-food.test", N, "芒果干", "29",
    "<p>好评过万的人气款，下单即可领取试吃装一份。</p>",
    note="trap: praise counted (好评过万) beside a sample for every order")
_h6("h6-fc-suffix-disease", "shanye-outdoor.test", [FC], "足弓支撑鞋垫", "129",
    "<p>老顾客反馈，穿了三周治好了足底筋膜炎。</p>",
    note="FC: a treatment verb before a condition the lists do not name (治好…筋膜炎)")
_h6("h6-fc-suffix-disorder", "qinghe-home.test", [FC], "负离子枕芯", "259",
    "<p>枕芯释放负离子，医治神经衰弱症。</p>", enc="gbk", decl="gbk",
    note="FC: a treatment verb before a condition named by its suffix (医治…症), GBK")
_h6("trap-h6-fc-disowned", "zhiwei-tea.test", N, "熟普散茶", "128",
    "<p>本店不标榜“包治百病”，茶叶只是饮品。</p>",
    note="trap: a claim quoted to disown it (不标榜“包治百病”)")
_h6("trap-h6-fc-patient", "qinghe-home.test", N, "护理气垫床", "699",
    "<p>适合治疗期间的病人长期卧床使用，防止压疮需勤翻身。</p>",
    note="trap: 治疗期间的病人 names patients, no treatment claimed")
_h6("h6-rr-stock-called-custom", "qinghe-home.test", [RR], "实木书柜", "1599",
    "<p>本款书柜按定做商品处理，售出后概不退换（常规尺寸，仓库现货发货）。</p>",
    note="RR: standard stock goods called 定做 to refuse returns (消费者权益保护法 第二十五条)")
_h6("trap-h6-rr-real-custom", "qinghe-home.test", N, "遮光窗帘", "268",
    "<p>窗帘按您提供的尺寸订做，订做商品不支持七天无理由退货，现货款支持。</p>",
    note="trap: made to the buyer's size (订做) is exempt; 现货款支持 contrasts another kind")
_h6("h6-fh-exempt-cert", "liangpin-food.test", [FH], "山核桃仁", "79",
    "<p>本厂已取得免检证书，产品质量可靠。</p>",
    note="FH: the abolished 免检 honour as a certificate (免检证书)")
_h6("h6-fh-exempt-formal", "qinghe-home.test", [FH], "电热水壶", "139",
    "<p>公司产品享有免于质量监督检查资格。</p>",
    note="FH: the 免检 scheme by its formal name (免于质量监督检查)")
_h6("h6-fh-sc-short", "liangpin-food.test", [FH], "桂花糕", "36",
    "<p>食品生产许可证号：SC1053302</p>",
    note="FH: a 食品生产许可证 number of 7 digits (SC + 14 digits required)")
_h6("h6-fh-jy-short", "zhiwei-tea.test", [FH], "茉莉花茶", "68",
    "<p>食品经营许可证：JY2330106</p>", enc="gbk", decl="gbk",
    note="FH: a 食品经营许可证 number of 7 digits (JY + 14 digits required), GBK")
_h6("trap-h6-fh-sc-valid", "liangpin-food.test", N, "绿豆糕", "32",
    "<p>生产许可证编号：SC10633010200457</p>",
    note="trap: a 食品生产许可证 number of the right form (SC + 14 digits)")
_h6a("trap-h6-fh-exempt-history", "qinghe-home.test", N, "质量小知识",
     "国家早在2008年就停止了产品免于质量监督检查的做法。",
     note="trap: the 免检 scheme named as abolished (2008年就停止)")
# ============================================================================ holdout lessons (#15, s23): ad terms, counterfeit slang
# What the holdout thirds taught, in other words than their pages.  Counterfeit slang in a buyer's guide
# or warning: telling fakes apart (分辨, 辨认), the words called fakes or infringing (…都是假冒的), a
# buyer who fell for one (被坑, 中招), a warning not to buy (千万不要买) are no offers; a seller's boast
# that no one can tell (看不出是假的), advice on which copy to take (别买贵了), a threat (一经查处
# 双倍赔付) and 打击价 stay offers; 超A级 before a measured property (亮度) is a grade.  A ratio
# ends at its sentence's 。 (the old \p{Han} ran across it).  驰名商标 called unlawful after the words is
# a warning, 违者必究 is none; 成功案例 in a menu is a portfolio, no legal case.  最佳 before a verb of
# care or use and a way or period (最佳晾晒方法, 最佳品鉴期) is a tip; a superlative or 第一 over a
# region or a boast's field (全省…第一, 地表最强), a rank by scale (品种最全) and 是…第一家 are claims,
# not one's own first shop (老板开的第一家分店).
def _h6v(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/p6/{slug}.html", codes, item(name, price, desc), note=note)


def _h6va(slug, host, codes, heading, text, note):
    page(slug, host, f"/p6/{slug}.html", codes, f"<article><h1>{heading}</h1>\n<p>{text}</p></article>", note=note)


_h6va("trap-h6-ct-tell-apart", "beian-news.test", N, "三步分辨精仿腕表",
     "先看表盘印字是否发虚，再听机芯走动声，最后核对保修卡编号。",
     "trap: a guide to telling copies apart (分辨精仿) sells nothing")
_h6va("trap-h6-ct-called-fake", "beian-news.test", N, "球鞋选购提醒",
     "朋友圈里吆喝的“纯原”球鞋其实全是假冒的，正品只在品牌门店和官方旗舰店有售。",
     "trap: the slang called fakes in so many words (…全是假冒的)")
_h6va("trap-h6-ct-fell-for", "beian-news.test", N, "网购踩雷记",
     "被坑过一次：三百块买的超A墨镜，戴了两天镜腿就掉漆。",
     "trap: a buyer who fell for a copy (被坑) tells of it")
_h6va("trap-h6-ct-dont-buy", "beian-news.test", N, "皮具保养问答",
     "看到商品标题里写着精仿腰带的，千万不要买，售后没有任何保障。",
     "trap: a warning not to buy (千万不要买)")
_h6v("trap-h6-ct-grade-measure", "xingchen-digital.test", N, "铜版纸 A3 200张", "86",
    "<p>超A级亮度，双面可打印，适合彩页与海报。</p>",
    note="trap: 超A级 before a measured property (亮度) is a paper grade, not the copy slang")
_h6v("trap-h6-ct-ratio-sentence", "liangpin-food.test", N, "原味豆浆粉 500g", "39",
    "<p>冲泡时豆浆粉和水一比一。正品原料，放心冲泡。</p>",
    note="trap: a ratio (粉和水一比一) ends at its 。; the next sentence's 正品 does not make it a copy grade")
_h6v("h6-ct-cant-tell", "fangzhou-bags.test", [CT], "男士机械腕表", "780",
    "<p>精仿腕表，外人根本看不出是假的，走时精准。</p>",
    note="CT: a seller's boast that no one can tell (看不出是假的) is no warning")
_h6v("h6-ct-threat", "fangzhou-bags.test", [CT], "女士手提包", "520",
    "<p>超A手袋，一经查处本店双倍赔付。</p>",
    note="CT: 一经查处 is a threat made while offering, no report of enforcement")
_h6v("h6-ct-buy-right", "fangzhou-bags.test", [CT], "复古跑鞋", "260",
    "<p>A货球鞋不要买贵了，本店出厂价直发。</p>",
    note="CT: 不要买贵了 advises which copy to take, it warns against none")
_h6v("h6-ct-strike-price", "fangzhou-bags.test", [CT], "头层皮带", "49",
    "<p>高仿皮带打击价，数量有限。</p>", note="CT: 打击价 is a price, not 打击 (a crackdown)")
_h6va("trap-h6-wm-called-unlawful", "beian-news.test", N, "商标知识",
     "有的网店首页挂着驰名商标四个大字，这种宣传其实属于违法行为。",
     "trap: 驰名商标 called unlawful after the words, a warning")
_h6v("h6-wm-rights-reserved", "liangpin-food.test", [WM], "老卤酱鸭", "68",
    "<p>中国驰名商标，盗用图片违者必究。</p>",
    note="WM: 违者必究 after the words is the seller's threat, no warning that they are unlawful")
page("h6-wm-portfolio-menu", "qinghe-home.test", "/p6/h6-wm-portfolio-menu.html", [WM],
     """<ul class="nav"><li>成功案例</li><li>客户案例</li></ul>
<div class="banner"><h2>青禾 · 国家驰名商标</h2></div>""",
     note="WM: 成功案例 in a menu is a shop's portfolio, not a legal case near the words")
_h6v("trap-h6-at-care-way", "yunduo-fushi.test", N, "羊毛开衫", "329",
    "<p>护理：最佳晾晒方法是平铺阴干，避免暴晒。</p>",
    note="trap: 最佳 before a verb of care and a way (最佳晾晒方法) is a tip")
_h6v("trap-h6-at-taste-period", "zhiwei-tea.test", N, "十年陈皮", "168",
    "<p>最佳品鉴期在开封后三个月内，请密封避光。</p>",
    note="trap: 最佳品鉴期, a period of use")
_h6v("h6-at-buy-way", "zhiwei-tea.test", [AT], "金骏眉 礼盒", "399",
    "<p>送长辈的最佳之选，礼盒包装。</p>",
    note="AT: 最佳之选 is a choice, no use of the goods")
_h6v("h6-at-region-rank", "liangpin-food.test", [AT], "手工水饺 1kg", "45",
    "<p>全省味道第一的手工水饺，皮薄馅足。</p>",
    note="AT: 第一 over a region (全省…第一)")
_h6v("h6-at-earth", "xingchen-digital.test", [AT], "20000mAh 充电宝", "129",
    "<p>地表最强续航，出差一周不用充电。</p>", note="AT: 地表最强, a boast's own field")
_h6v("h6-at-first-shop", "liangpin-food.test", [AT], "碱水面包", "18",
    "<p>我们是本市第一家引进德国烤炉的面包房。</p>", note="AT: 是…第一家, first of its kind over rivals")
_h6v("trap-h6-at-own-first", "liangpin-food.test", N, "全麦吐司", "22",
    "<p>这是老板开的第一家分店，欢迎街坊来尝。</p>",
    note="trap: one's own first branch (老板开的第一家) ranks over no rival")
_h6v("h6-at-scale", "qinghe-home.test", [AT], "多肉组合盆栽", "59",
    "<p>华东地区品种最全的多肉基地直发。</p>", note="AT: a rank by scale (品种最全)")
_h6v("h6-at-after-stop", "qinghe-home.test", [AT], "电热毯 双人", "199",
    "<p>这款电热毯舒适度最佳。温度可调5档。</p>",
    note="AT: 最佳 ends its sentence; the measure in the next (温度…5档) is no tip about it")
# ============================================================================ fact lessons (#15 pt 6)
# Licence, price and charset facts from the holdout misses, each as a class in other words.
# (1) GB 32100 wraps a GB 11714 organisation code (chars 9-17) with its own check character: a code
# whose outer check passes but whose inner one fails is made up (LICENSE_INVALID, not a mismatch).
_oc = auto_site("qianfeng-glass.test", "千峰玻璃", "鲁")
_oc17 = "91370102" + "MA0K3T7P" + ("1" if org_check("MA0K3T7P") != "1" else "2")
home("li-orgcode-inner", "qianfeng-glass.test", "千峰玻璃", "鲁", [LI], lic="none",
     extra=f"<p>{_oc.company}　统一社会信用代码：{_oc17 + uscc_check(_oc17)}</p>",
     note="the outer check character is right, the organisation code's own (GB 11714) is not")
_ox = next(o for o in (f"MA0Q{i:04d}" for i in range(10000)) if org_check(o) == "X")
_oxs = auto_site("bairui-clean.test", "百瑞清洁", "陕")
_oxs.uscc = uscc("91", _oxs.uscc[2:8], _ox)
home("trap-li-orgcode-x", "bairui-clean.test", "百瑞清洁", "陕", N, lic="block",
     note="trap: an organisation code whose GB 11714 check character is X (10) is valid")
# (2) A heading run into the holder's name by inline spans is not part of the name.
_hd = auto_site("yunding-ceramics.test", "云顶陶瓷", "皖")
home("trap-lic-heading-run", "yunding-ceramics.test", "云顶陶瓷", "皖", N, lic="none",
     extra=(f'<div class="corp"><span class="t">经营主体信息</span><span class="v">{_hd.company}　'
            f'统一社会信用代码 {_hd.uscc}</span></div>'),
     note="trap: 经营主体信息 and the company are adjacent spans; the registered name is the company alone")
_hd2 = auto_site("lanxi-rattan.test", "兰溪藤编", "浙")
home("lx-heading-run-other", "lanxi-rattan.test", "兰溪藤编", "浙", [LX], lic="none",
     extra=(f'<div class="corp"><b>营业执照公示</b><i>{_hd2.company}</i><i> 信用代码：{_hd2.uscc}</i></div>'),
     note="heading run into the name; the registry names another company")
reg("lanxi-rattan.test", name="金华兰溪竹木工艺有限公司")
# (3) A factory or trading house (…厂, …商行) is the holder's name, before a company in another line.
_fa = auto_site("chaoshan-toys.test", "潮汕积木", "粤", kind="92")
_fa_name = "汕头市龙湖区巧手积木加工厂"
home("trap-lic-factory-name", "chaoshan-toys.test", "潮汕积木", "粤", N, lic="none",
     extra=(f"<p>{_fa_name} / 信用代码 {_fa.uscc}</p>"
            "<p>物流合作伙伴：顺驰速运物流有限公司　售后电话 0754-8888 1234</p>"),
     note="trap: the holder is a 加工厂; the 有限公司 on the next line is a partner's, not the holder's")
reg("chaoshan-toys.test", name=_fa_name)
_fb = auto_site("minjiang-tea-shop.test", "闽江茶行", "闽", kind="92")
home("lx-factory-name-other", "minjiang-tea-shop.test", "闽江茶行", "闽", [LX], lic="none",
     extra=f"<p>福州市台江区闽江茶叶商行 ｜ 统一社会信用代码 {_fb.uscc}</p>",
     note="the holder is a 商行; the registry names another trading house")
reg("minjiang-tea-shop.test", name="福州市台江区闽韵茶叶商行")
# (4) A 15-digit 注册号 with its label after it (<dt>/<dd> swapped, or the label in brackets after):
# still the displayed licence, checked against the registry.
_rg_a = regno("35020310045712")
_rg_b = regno("41010520038864")
auto_site("haixi-seafood.test", "海西海产", "闽")
home("trap-lic-label-after", "haixi-seafood.test", "海西海产", "闽", N, lic="none",
     extra=f"<p>厦门海西海产品贸易有限公司</p><p>{_rg_a}（营业执照注册号）</p>",
     note="trap: the 注册号 label follows the number in brackets; registered and in business")
auto_site("zhongyuan-seed.test", "中原种业", "豫")
home("lx-label-after-revoked", "zhongyuan-seed.test", "中原种业", "豫", [LX], lic="none",
     extra=(f"<dl class='corp'><dt>企业名称</dt><dd>{_rg_b}</dd><dt>注册号</dt>"
            "<dd>郑州中原种子有限公司</dd></dl>"),
     note="labels and values swapped in the list; the registry says the licence was revoked")
REGISTRY_EXTRA.append((_rg_a, "厦门海西海产品贸易有限公司", "存续"))
REGISTRY_EXTRA.append((_rg_b, "郑州中原种子有限公司", "吊销，未注销"))
_rg_c = regno("33010600077781")
home("trap-order-no-before-label", "zhongyuan-seed.test", "中原种业", "豫", N, lic="block",
     path="/help.html",
     extra=f"<p>示例订单号 {_rg_c}</p><p>营业执照：见页脚</p>",
     note="trap: an order number before a 营业执照 line that has its own value: not a licence")
# (5) "Less than 7 days before": a capture exactly seven days old is outside the window.
auto_site("songhe-tableware.test", "松鹤餐具", "湘")
price_page("fop-trap-exact-week", "songhe-tableware.test", "/item/71.html", N, "骨瓷碗", 49, 89,
           [(7, 39, None), (3, 89, None)],
           "trap: the 39 capture is exactly 7.0 days old, not less than 7 days before")
price_page("fop-under-week", "songhe-tableware.test", "/item/72.html", [FP_], "竹筷", 25, 45,
           [(6.99, 19, None)], "seen a quarter hour short of 7 days before at 19")
# (6) A GBK declaration kept on a Big5 page: the bytes decide.
big5_page("at-big5-declared-gbk", "http://tainan-soap.test/item/5.html", [AT], "手工皂",
          "<h1>冷製手工皂</h1><p>選用天然椰子油與橄欖油，溫和不刺激，頂級冷製工藝。</p>"
          "<p>每塊約一百公克，請置於通風處保存。</p>",
          decl="gbk", note="Big5 bytes under <meta charset=gbk>; 頂級 in traditional")
big5_page("trap-big5-declared-gbk", "http://tainan-soap.test/item/6.html", N, "洗髮皂",
          "<h1>洗髮皂</h1><p>適合油性髮質，洗後清爽蓬鬆。</p><p>每塊約八十公克，開封後請於一年內使用完畢。</p>",
          decl="gbk", note="trap: Big5 under <meta charset=gbk>, nothing to report")

# ============================================================================ ABSOLUTE_TERM, COUNTERFEIT_TERM: corpus6 lessons
# Classes taken from corpus6 i/036 i/044 i/065 i/086 i/088, j/007 j/030 j/060 j/083 j/090 j/100 and k/034,
# written here in other words: a superlative over a city or region after 全 (全重庆最低, 全港最平), a
# superlative by a negated comparison with us (没有比我们更好的), the top of a field as a metaphor (TOP1,
# 巅峰, 天花板, 领导品牌), a denial in the shop's own voice (不喊"全网最低价"), the top step of a stated
# scale (分五级…最高级); jade grades named as grades (A货 beside B货, 天然A货), a 仿X word read across a
# term (精仿古铜色), a copy hub with a reissue (华强北…复刻版), an anti-counterfeit tag listed among a
# copy's features (防伪扣…全齐) is no warning to buyers.
def _c6(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c6/{slug}.html", codes, item(name, price, desc), note=note)


_c6("at6-region-cheapest", "shanye-outdoor.test", [AT], "冷吃兔 250g", "39",
    "<p>自贡老师傅手艺，全川最地道的冷吃兔，麻辣鲜香。</p>",
    note="AT: a superlative over a province (全川最地道): the field is a region, not only 全网")
_c6("at6-cantonese-cheapest", "xingchen-digital.test", [AT], "机械键盘", "299",
    "<p>澳门直营，全澳最平，欢迎同行比价。</p>", note="AT: 最平 is Cantonese for 最便宜, over 全澳")
_c6("at6-none-better", "nuanyang-baby.test", [AT], "月子套餐 28天", "26800",
    "<p>整个杭州找不到比我家更实惠的月子套餐，护理师一对一。</p>",
    note="AT: a superlative by a negated comparison with us (找不到比我家更实惠的)")
_c6("at6-top-metaphor", "xingchen-digital.test", [AT], "降噪耳机", "459",
    "<p>同价位音质天花板，主动降噪深度 45dB。</p>", note="AT: 音质天花板 is the top of its field, 最佳 in other words")
_c6("at6-leader-brand", "qinghe-home.test", [AT], "按摩椅", "6999",
    "<p>国内按摩椅领袖品牌，十年专注零重力。</p>", note="AT: 领袖品牌 claims first place in a trade")
_c6("at6-top-one", "yunduo-fushi.test", [AT], "羽绒服", "899",
    "<p>冬季热销榜 TOP 1 的爆款，90% 白鸭绒。</p>", note="AT: TOP 1 is NO.1 in other words")
_c6("at6-top-step-claim", "haoyun-home.test", [AT], "真丝床品四件套", "1599",
    "<p>最高级的睡眠享受，22姆米重磅真丝。</p>", note="AT: 最高级 with no scale stated stays a claim")
_c6("at6-region-first", "liangpin-food.test", [AT], "脆皮烧鹅", "128",
    "<p>三代传承，全粤第一的脆皮烧鹅，现烤现发。</p>", note="AT: 第一 over a province (全粤第一)")
_c6("trap-at6-region-ordinal", "qinghe-home.test", N, "智能门锁", "899",
    "<p>本厂入选全省第一批智能制造试点单位。</p>", note="trap: 全省第一批 is an ordinal (the first batch), not a rank")
_c6("trap-at6-bounds-places", "liangpin-food.test", N, "零食大礼包", "69",
    "<p>全家最爱的小零食，全市最快次日达，全场最低5折起。</p>",
    note="trap: 全家/全场 are no places; 全市最快次日达 and 最低5折 are bounds, not ranks")
_c6("trap-at6-not-cheaper", "zhiwei-tea.test", N, "岩茶 250g", "268",
    "<p>我们没有比别家更便宜，但每一泡都是自家茶园的。</p>",
    note="trap: 我们没有比别家更便宜 denies being cheaper, it claims nothing")
_c6("trap-at6-ceiling-peak", "qinghe-home.test", N, "集成吊顶", "129",
    "<p>装修时天花板吊顶要留检修口；榜单TOP10里有三款同系列。</p><p>团队领导者培训课程另售。</p>",
    note="trap: 天花板 of a room, a TOP10 list and a team's 领导者 are no claims")
_c6("trap-at6-we-dont-boast", "jiayi-shoes.test", N, "帆布鞋", "129",
    "<p>我们不吹\u201c全网最低\u201d，只求明码实价。</p>", note="trap: a superlative the shop says it does not boast (不吹)")
_c6("trap-at6-scale-step", "haoyun-home.test", N, "乳胶床垫", "2599",
    "<p>软硬度分为5级，本款床垫最高级（5级，偏硬）。</p>",
    note="trap: 最高级 is the top step of the scale stated with it (分为5级), a grade")
_c6("ct6-hub-reissue", "xingchen-digital.test", [CT], "无线耳机", "168",
    "<p>华强北 四代 复刻版，弹窗秒连。</p>", note="CT: 复刻 named with the copy hub 华强北, no brand's reissue")
_c6("ct6-bag-a-goods", "yunduo-fushi.test", [CT], "女士手提包", "399",
    "<p>天然牛皮 A货女包，五金刻字清晰。</p>", note="CT: 天然 of the leather, not a jade grade: the A货 stays")
_c6("ct6-fake-tags", "jiayi-shoes.test", [CT], "男士腕表", "980",
    "<p>超A货机械表，防伪卡、保修卡都有，放心入手。</p>",
    note="CT: 防伪卡 listed among a copy's features (都有) is no warning to buyers")
_c6("ct6-brand-after-fang", "yunduo-fushi.test", [CT], "托特包", "459",
    "<p>精仿古驰托特包，走线细密。</p>", note="CT: 精仿 of a brand (古驰), not 仿古 of a finish")
_c6("trap-ct6-jade-grades", "cuiyu-jade.test", N, "冰种手镯", "8800",
    "<p>行里把没做过处理的叫A货，酸洗注胶的叫B货；本手镯为天然A货。</p>",
    note="trap: A货 named beside B货 and 天然A货: jade treatment grades, not counterfeit slang")
_c6("trap-ct6-fang-finish", "hengtong-fastener.test", N, "柜门铰链", "4.5",
    "<p>精仿旧黄铜色表面，配仿牌匾雕花门头另售。</p>",
    note="trap: 精仿旧 is 精 + 仿旧 (a finish), 仿牌匾 a copy of a plaque")
_c6("trap-ct6-hub-address", "xingchen-digital.test", N, "充电宝", "99",
    "<p>门店位于深圳华强北赛格广场，欢迎到店自提。</p>", note="trap: 华强北 as an address, no copy named")
_c6("trap-ct6-tags-warned", "jiayi-shoes.test", N, "运动鞋", "599",
    "<p>谨防高仿，本店鞋盒防伪标签齐全可查。</p>",
    note="trap: a warning against copies (谨防) stays one though the shop's tags are listed as complete")

# corpus6 lessons (c6claims): each class with a positive and a trap in other words
def _p6c(slug, host, codes, name, price, desc, note, enc="utf-8", decl="utf-8"):
    page(slug, host, f"/p6c/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), enc=enc, decl=decl,
         note=note)


_p6c("fc6-measure-down", "zhiwei-tea.test", [FC], "苦荞茶 30包", "58",
     "每天三杯，坚持两个月，血脂慢慢下去了。", note="FC: a measure said to come down without 降 (下去了)")
_p6c("trap-fc6-measure-watch", "nuanyang-baby.test", N, "家用血糖仪", "129",
     "饭后两小时测一次，看看血糖是否平稳，数据自动同步到手机。",
     note="trap: a meter measures whether blood sugar is steady; no effect claimed")
_p6c("fc6-drug-less", "liangpin-food.test", [FC], "低GI燕麦 1kg", "45",
     "老爸吃了半年，胰岛素用量减半。", note="FC: a medicine taken less (胰岛素 … 减半) because of a food")
_p6c("trap-fc6-drug-advice", "qinghe-home.test", N, "分药盒 7格", "15",
     "服用降压药期间请勿擅自减量，按时服药。", note="trap: advice not to reduce a medicine (请勿 before it)")
_p6c("fc6-mended", "zhiwei-tea.test", [FC], "猴头菇养胃茶", "88",
     "我家老胃病喝一个月就调好了。", note="FC: a condition mended (胃病 … 调好)")
_p6c("trap-fc6-nemesis-pest", "haoyun-home.test", N, "蟑螂屋 10个装", "19",
     "厨房蟑螂的克星，放在角落即可。", note="trap: 克星 of a pest, not of a disease")
_p6c("fc6-effect", "moubai-beauty.test", [FC], "草本护甲液", "69",
     "对灰指甲有明显的治疗效果，每天涂两次。", note="FC: a cure stated as the goods' effect (有明显的治疗效果)")
_p6c("trap-fc6-effect-denied", "moubai-beauty.test", N, "艾草足贴", "39",
     "足贴只是足部护理用品，并无明显疗效。",
     note="trap: the effect said to be absent (并无明显疗效)")
_p6c("fc6-pet-disease", "chuxin-toys.test", [FC], "宠物耳道清洁液", "49",
     "连用三天治疗耳螨，猫狗通用。", note="FC: 治疗 + a disease morpheme (耳螨) on a non-drug pet product")
_p6c("trap-fc6-pet-vet", "chuxin-toys.test", N, "猫咪处方粮伴侣罐", "12",
     "猫咪皮肤治疗期间可搭配食用，具体请咨询宠物医生。",
     note="trap: 治疗期间 names a period, no disease treated by the goods")
_p6c("fc6-patient", "qinghe-home.test", [FC], "记忆棉护颈枕", "229",
     "颈椎不好的病友枕上一个月就告别酸痛。", note="FC: patients addressed, then what becomes of them (病友 … 告别)")
_p6c("trap-fc6-patient-denied", "liangpin-food.test", N, "无糖饼干", "29",
     "糖友请注意，本品是普通食品，糖友不能靠它摆脱药物。",
     note="trap: the outcome said to be out of reach (不能靠它摆脱)")
_p6c("fc6-exam-admit", "beian-news.test", [FC], "艺考冲刺营", "9800",
     "签约班保录取，落榜的同学明年继续跟班。", note="FC: admission guaranteed (保录取), 广告法 第二十四条")
_p6c("fc6-exam-refund", "beian-news.test", [FC], "公务员面试班", "6800",
     "协议班未上岸退一半学费。", note="FC: a refund tied to failing (未上岸 … 退)")
_p6c("trap-fc6-exam-denied", "beian-news.test", N, "考研英语网课", "399",
     "本校不承诺保录取，成绩取决于个人努力。考不上也别灰心，明年再来。",
     note="trap: the guarantee refused (不承诺), and encouragement without a refund")
_p6c("fc6-value", "cuiyu-jade.test", [FC], "和田玉籽料手把件", "16800",
     "本店确保藏品逐年升值，可随时回店寄售。", note="FC: a gain in value guaranteed (确保 … 升值), 广告法 第二十五条")
_p6c("trap-fc6-value-denied", "cuiyu-jade.test", N, "南红手串", "980",
     "我们无法保证任何藏品升值，收藏请量力而行。", note="trap: a gain in value said not to be guaranteed")
_p6c("trap-fc6-bluehat", "qingsong-pharm.test", N, "蓝帽 辅助降血脂 鱼油软胶囊", "138",
     "每日两粒，随餐食用。", note="trap: a registered health food's function named by its blue-hat logo")
_p6c("trap-fc6-home-care", "nuanyang-baby.test", N, "家用雾化器", "199",
     "孩子夜里咳嗽不用去医院排队，在家做雾化，安静低噪。",
     note="trap: a device used at home instead of a clinic visit; no cure promised")
_p6c("ri6-reward-later", "yunduo-fushi.test", [RI], "针织开衫", "129",
     "确认收货后发个五星评论，截个图给我，微信转你8块。",
     note="RI: a review asked for, the money said later without a verb before it (8块)")
_p6c("ri6-reward-numeral", "zhiwei-tea.test", [RI], "凤凰单丛 250g", "168",
     "喝得满意麻烦晒三张图追评，联系客服领五元红包。",
     note="RI: photos asked for (晒三张图), a sum in Chinese numerals (五元红包)")
_p6c("trap-ri6-reward-refused", "yunduo-fushi.test", N, "羊毛围巾", "199",
     "晒图评价全凭自愿，本店从不给好评发红包。", note="trap: paid reviews refused (从不给好评发红包)")
_p6c("trap-ri6-rate-promo", "liangpin-food.test", N, "混合果干 500g", "39",
     "店铺好评率98%，本周满99元减10元。", note="trap: a review rate beside a store promotion")
_p6c("pg6-poppy", "liangpin-food.test", [PG], "秘制卤料包", "25",
     "卤料里放入少许罂粟，回味无穷。", note="PG: poppy as a food ingredient (放入 … 罂粟)")
_p6c("trap-pg6-poppy-refused", "liangpin-food.test", N, "麻辣卤味拼盘", "59",
     "本店卤味配料表公开，绝不使用罂粟壳等违禁调料。", note="trap: poppy husk refused (绝不使用)")
_p6c("pg6-police-light", "xingchen-digital.test", [PG], "汽车中网爆闪灯", "99",
     "警灯款红蓝双闪，家用车也能装。", note="PG: police lights offered for a private car (道路交通安全法 第十五条)")
_p6c("trap-pg6-police-toy", "chuxin-toys.test", N, "合金玩具警车", "59",
     "车顶带警灯和警笛音效，回力滑行。", note="trap: a toy police car's lights, no civilian vehicle")
_p6c("pg6-botox", "moubai-beauty.test", [PG], "进口小分子除皱精华", "680",
     "韩国肉毒杆菌毒素 现货 顺丰冷链。", note="PG: botulinum toxin (医疗用毒性药品) offered from stock")
_p6c("trap-pg6-botox-science", "moubai-beauty.test", N, "玻色因面霜", "299",
     "医美科普：肉毒素注射须在正规医疗机构由医生操作。本品为普通护肤品。",
     note="trap: botulinum toxin explained, nothing offered")
_p6c("trap-pg6-ivory-like", "zhiwei-tea.test", N, "椰壳雕刻茶则", "45",
     "椰壳手工雕刻，色泽温润如象牙。", note="trap: ivory named only as a comparison (如象牙)")
_p6c("rr6-opened", "nuanyang-baby.test", [RR], "纯棉内衣套装", "89",
     "内衣拆封后概不退换。", note="RR: a refusal after opening with no right left for the unopened")
_p6c("trap-rr6-opened-partial", "nuanyang-baby.test", N, "婴儿奶粉 800g", "268",
     "奶粉开罐后不予退货，未开封的7天内可退。",
     note="trap: a refusal limited to opened goods, the unopened returnable in the same sentence")
_p6c("rr6-exempt-denied", "qinghe-home.test", [RR], "亚麻窗帘", "159",
     "有顾客问这款是定制的吗？不是，都是现货尺寸。本店商品售出不退不换。",
     note="RR: an exempt class named only to be denied (定制?不是), then the refusal")
_p6c("trap-rr6-exempt-confirmed", "qinghe-home.test", N, "刻字保温杯", "79",
     "刻字款算定制吗？算，刻字后不支持七天无理由退货。",
     note="trap: the exempt class confirmed (算), the refusal lawful")

_p6c("trap-fc6-recovery", "qingsong-pharm.test", N, "术后营养粉 400g", "168",
     "适用于术后患者康复期营养补充。", note="trap: 康复期 names a period, no recovery promised")
_p6c("trap-fc6-vat", "cuiyu-jade.test", N, "黄金转运珠", "1280",
     "本店保证开具增值税专用发票，支持对公转账。", note="trap: 增值税 is a tax, not a gain in value")

_p6c("trap-ri6-praise-price", "yunduo-fushi.test", N, "白鸭绒羽绒服", "199",
     "好评超多的一款羽绒服，到手价199元。", note="trap: praise beside a price; no review asked, no reward")

_p6c("trap-pg6-poppy-family", "haoyun-home.test", N, "虞美人花种子 500粒", "9.9",
     "虞美人，罂粟科一年生草本，花色艳丽，春播夏开。", note="trap: 罂粟科 names the plant family of a garden flower")

# ============================================================================ c6facts: licence layouts (corpus6)
# Layouts of the licence display the corpus6 authors used, each as a class tried in other words.
def _fw(code):
    """The full-width form of a code (０-９ Ａ-Ｚ)."""
    return "".join(chr(ord(c) + 0xFEE0) for c in code)


# a code written right after the company name with no label: the name labels it
_s = auto_site("longyuan-leather.test", "陇原皮具", "陇")
home("li6-name-code-under", "longyuan-leather.test", "陇原皮具", "陇", [LI], lic="none",
     extra=f'<div class="corp"><b>{_s.company}</b><br>{uscc_bad(_s.uscc)}</div>',
     note="LICENSE_INVALID: the code under the company name, no label, fails its check")
_s = auto_site("xiling-seal.test", "西泠印社", "浙", trade="文化")
home("trap-lm6-name-code-fullwidth", "xiling-seal.test", "西泠印社", "浙", N, lic="none",
     extra=f'<p class="corp">{_s.company} / {_fw(_s.uscc)}</p>',
     note="trap: licence shown as the company name then its full-width code, no label (valid)")
home("trap-li6-name-phone", "jinsha-audio.test", "金沙音响", "蜀", N,
     extra='<p>售后服务商：成都声浪电子有限公司 4008-820-8208 转 61</p>',
     note="trap: a phone after a company name is no licence number")

# a link after a licence label is the licence display, whatever the link says
home("trap-lm6-label-link", "songfeng-tea.test", "松风茶社", "皖", N, lic="none",
     extra='<p>工商执照信息：<a href="/company/profile">查看详情</a> | 食品经营许可：见商品页</p>',
     note="trap: 执照信息 labels a link (电子商务法第十五条 allows 链接标识)")
# a link to the registry's home page shows no shop's entry
home("lm6-registry-home-link", "yunshui-ceramic.test", "云水陶瓷", "豫", [LM], lic="visibility",
     extra='<div class="friend">友情链接：<a href="http://www.gsxt.gov.cn/index.html">企业信用信息公示</a> '
           '<a href="https://www.12315.cn/">全国12315平台</a></div>',
     note="LICENSE_MISSING: licence invisible; a partner link to the registry's home page shows no entry")

# a licence box one field a line: the holder's label stands on the line above the code
_s = auto_site("qingyou-flower.test", "青柚花艺", "苏", kind="92")
_s.company = "南京市玄武区青柚花艺店"
home("trap-lx6-holder-above", "qingyou-flower.test", "青柚花艺", "苏", N, lic="none",
     extra=(f'<div class="zz">经营者：{_s.company}<br>统一社会信用代码：{_s.uscc}<br>'
            f'技术支持：南京云帆网络科技有限公司</div>'),
     note="trap: the holder (经营者) is on the line above the code; the web designer's company below is not it")
_s = auto_site("xingguang-lamp.test", "星光灯具", "粤", kind="92")
_s.company = "广州市越秀区星光灯具行"
home("lx6-holder-above-other", "xingguang-lamp.test", "星光灯具", "粤", [LX], lic="none",
     extra=(f'<div class="zz">经营者：{_s.company}<br>统一社会信用代码：{_s.uscc}<br>'
            f'网站建设：广州启航网络科技有限公司</div>'),
     note="LICENSE_MISMATCH: the holder on the line above is not the registry's holder of the code")
reg("xingguang-lamp.test", name="广州市越秀区清风五金店")

# a bracketed form of business (个体工商户) is no part of the name
_s = auto_site("yuquan-noodle.test", "玉泉面馆", "陕", kind="92")
home("trap-lx6-form-bracket", "yuquan-noodle.test", "玉泉面馆", "陕", N, lic="line",
     note="trap: the page writes （个体工商户） after the name, the registry the name alone")
reg("yuquan-noodle.test", name=_s.company.replace("（个体工商户）", ""))


# ============================================================================ c7facts: facts (corpus7)
# (1) A licence shown only as a link into the electronic licence (zzlz.gsxt.gov.cn ...serial=CODE):
# the code its serial names must be registered to the company the page names around the link, as a
# code written out must.  (2) An ICP number printed in digit groups, a year first, with a space
# before 号, is one number.
_c7_other = auto_site("dongfang-glass.test", "东方玻璃", "鄂").uscc


def _c7_ezz(code, text):
    return (f'<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={code}'
            f'-SAIC_SHOW_1000{code}1699999999999&amp;signData=MEUCIQ" target="_blank">{text}</a>')


_c7_pot = auto_site("qingshan-pottery.test", "青山陶艺", "皖")
home("c7-lx-ezz-only-other", "qingshan-pottery.test", "青山陶艺", "皖", [LX], lic="none",
     extra=f"<p>运营主体：{_c7_pot.company} · {_c7_ezz(_c7_other, '查看电子执照')}</p>",
     note="no code written out; the electronic-licence link's serial is registered to another company")
_c7_bam = auto_site("songlin-bamboo.test", "松林竹器", "川")
home("c7-lx-ezz-only-own", "songlin-bamboo.test", "松林竹器", "川", N, lic="none",
     extra=f"<p>{_c7_bam.company}<br>{_c7_ezz(_c7_bam.uscc, '电子亮照')}</p>",
     note="trap: the electronic-licence link's serial is the site's own registered code")
home("c7-ii-grouped-short", "xiangjiang-rug.test", "湘江地毯", "湘", [II], icp="raw:湘ICP备 2021 03815 号",
     note="ICP number in groups, 9 digits in all: malformed")
home("c7-ii-grouped-trap", "xihu-fan.test", "西湖折扇", "浙", N, icp="raw:浙ICP备 2021 038145 号-3",
     note="trap: ICP number printed as a year and six digits, spaces before 号: one valid filing")
# corpus7 lessons (c7claims): each class with a positive and a trap in other words
def _p7c(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/p7c/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


_p7c("fc7-bare-cure-hearsay", "zhiwei-tea.test", [FC], "艾草足浴包 30袋", "39",
     "村里老人都讲，艾叶煮水治便秘，一包见效。", note="FC: a bare 治 before a disease, told as hearsay (治便秘)")
_p7c("trap-fc7-bare-cure-drug", "qingsong-pharm.test", N, "风湿骨痛胶囊（国药准字）", "46",
     "【功能主治】温经散寒，主治风湿关节痛。", note="trap: 主治 on a registered drug's label is its indication")
_p7c("trap-fc7-bare-cure-asked", "zhiwei-tea.test", N, "酸枣仁茶 20包", "45",
     "买家提问：泡着喝可以治痛风么？商家回复：本品为普通食品，身体不适请咨询医生。",
     note="trap: a buyer asks whether it cures; the seller sends them to a doctor")
_p7c("fc7-cough", "liangpin-food.test", [FC], "川贝雪梨膏 300g", "58",
     "小孩子喝两勺就能治疗咳嗽，比止咳糖浆还灵。", note="FC: a food said to treat a cough (咳嗽, missing from the lists)")
_p7c("trap-fc7-cough-advice", "nuanyang-baby.test", N, "加湿器 4L", "159",
     "宝宝咳嗽发烧请及时就医，加湿器只用来调节室内湿度。", note="trap: a cough named with advice to see a doctor")
_p7c("fc7-pet-plague", "chuxin-toys.test", [FC], "宠物益生菌粉", "68",
     "两天治愈猫瘟，小猫又活蹦乱跳。", note="FC: an animal disease (猫瘟, suffix 瘟) cured by a supplement")
_p7c("trap-fc7-pet-vaccine", "chuxin-toys.test", N, "猫咪营养罐", "9",
     "猫瘟要去宠物医院打疫苗，本品只是零食。", note="trap: an animal disease named with advice, no cure claimed")
_p7c("fc7-life-longer", "cuiyu-jade.test", [FC], "长白山林下参 20年", "2680",
     "肺癌晚期的老父亲含了半年多活了三年。", note="FC: a life said to be prolonged for a disease (癌 … 多活)")
_p7c("trap-fc7-life-stat", "beian-news.test", N, "健康科普手册", "15",
     "规律作息、适度运动，有助于保持身体健康，多活动少久坐。", note="trap: 多活动 is exercise; no disease named")
_p7c("fc7-hair-regrow", "moubai-beauty.test", [FC], "侧柏叶洗发露 400ml", "79",
     "坚持用三个月，地中海秃顶明显缓解。", note="FC: baldness (秃顶) said to be relieved by a shampoo")
_p7c("trap-fc7-long-hair", "moubai-beauty.test", N, "宽齿梳", "19",
     "长头发、卷发都适合，梳头不打结。", note="trap: 长头发 is long hair, no growth claimed")
_p7c("fc7-spot-sweep", "moubai-beauty.test", [FC], "烟酰胺精华水", "99",
     "脸上的痘疤一扫而空，皮肤像剥了壳的鸡蛋。", note="FC: blemishes swept away (痘疤一扫而空) by a cosmetic")
_p7c("trap-fc7-sweep-sale", "haoyun-home.test", N, "清仓零食礼包", "29",
     "库存一扫而空前赶紧下单，先到先得。", note="trap: stock swept away, no blemish")
_p7c("fc7-melasma-fade", "moubai-beauty.test", [FC], "珍珠面霜 50g", "128",
     "两颊黄褐斑一个月淡化了一大半。", note="FC: melasma (黄褐斑, a skin disease) said to fade")
_p7c("fc7-steroid-face", "moubai-beauty.test", [FC], "积雪草修护乳", "149",
     "敏感肌也能用，坚持三周拯救激素脸。", note="FC: a hormone-damaged face said to be rescued")
_p7c("trap-fc7-disowned", "zhiwei-tea.test", N, "蒲公英茶", "36",
     "就是日常泡水喝的花草茶，别相信什么根治胃病的说法。", note="trap: a claim disowned (别相信 … 根治)")
_p7c("trap-fc7-question-no", "qinghe-home.test", N, "乳胶枕", "199",
     "常有人问：枕这个能治好失眠吗？不行。它只是一个枕头，睡不好请看医生。",
     note="trap: a cure asked about and answered with a bare no (不行)")
_p7c("fc7-question-yes", "qinghe-home.test", [FC], "决明子枕", "89",
     "枕这个能治好失眠吗？能！一周见效。", note="FC: the same question answered yes")


# corpus7 lessons (c7claims), PROHIBITED_GOODS
_p7c("pg7-pinhole-lens", "haoyun-home.test", [PG], "迷你监控 插座款", "159",
     "针孔探头藏在插座面板里，远程看回放，别人根本发现不了。", note="PG: a pinhole camera hidden in a socket (针孔探头)")
_p7c("trap-pg7-pinhole-detector", "haoyun-home.test", N, "酒店防偷拍检测仪", "89",
     "出差住酒店扫一扫，能发现隐藏的针孔镜头和红外信号。", note="trap: a detector of pinhole cameras")
_p7c("pg7-game-cheat", "haoyun-home.test", [PG], "手游辅助 月卡", "45",
     "锁头挂+无后座，一键开启，稳定不掉线。", note="PG: a game cheat (锁头挂), 刑法 第二百八十五条")
_p7c("trap-pg7-ac-hanger", "qinghe-home.test", N, "空调外挂机支架", "69",
     "加厚镀锌钢，承重150斤，外挂机安装更稳固。", note="trap: 外挂机 is an air conditioner's outdoor unit")
_p7c("pg7-diploma-after", "haoyun-home.test", [PG], "学历服务", "3800",
     "国外名校毕业证全套制作，钢印齐全。", note="PG: a diploma named before its offer (毕业证 … 制作)")
_p7c("trap-pg7-diploma-lost", "beian-news.test", N, "学历咨询", "0",
     "毕业证遗失后只能由学校出具证明书，本机构不代办任何证件。", note="trap: advice on a lost diploma, offer refused")
_p7c("trap-pg7-free-of", "zhiwei-tea.test", N, "滋补炖汤料", "88",
     "汤料只有党参、黄芪、红枣，全部不添加虎骨、犀角等违禁药材。", note="trap: banned goods said to be absent (不添加)")


# corpus7 lessons (c7claims), REVIEW_INDUCEMENT
_p7c("ri7-digit-stars", "yunduo-fushi.test", [RI], "纯棉T恤", "59",
     "收到后打满5颗星再配两张买家秀，找在线客服领2元。", note="RI: a star count as a digit (5颗星) and a reward")
_p7c("trap-ri7-digit-hotel", "beian-news.test", N, "三亚亲子游套餐", "2999",
     "入住5星海景酒店，评分4.5星，含双早。", note="trap: a 5-star hotel and a rating, no review asked")
_p7c("trap-ri7-promo-ended", "yunduo-fushi.test", N, "亚麻衬衫", "139",
     "晒图返现活动现已全面取消，请按真实感受评价。", note="trap: an inducement said to have ended")


# corpus7 lessons (c7claims), RETURN_REFUSED
_p7c("trap-rr7-ticket", "beian-news.test", N, "话剧《茶馆》 电子门票", "380",
     "电子门票一经售出概不退换，开演前可转让他人。", note="trap: a ticket is a voucher for a service, not goods")
_p7c("trap-rr7-private", "qinghe-home.test", N, "闲置 儿童自行车", "150",
     "孩子长大了用不上，个人闲置，出了不退，同城自提。", note="trap: a private person's own used item, no trader")
_p7c("rr7-shop-used", "qinghe-home.test", [RR], "二手笔记本电脑 批量", "1299",
     "本店专营二手电脑，售出不退不换。", note="RR: a trader of used goods refuses returns")


# ============================================================================ c9rev: REVIEW_INDUCEMENT, COUNTERFEIT_TERM from the measures
# (catalogue round) Written from the sources, not from pages: 网络交易监督管理办法 第十四条, 网络反不正当竞争
# 暂行规定 第九条(五), 反不正当竞争法 (2025) 第九条 for the review kinds and rewards; 商标法 第五十七条 and the
# campaign jargon for the copy grades.  Each form has its lawful look-alike in several registers.
def _c9rev(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c9rev/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _c9rev_about(slug, host, codes, heading, text, note):
    page(slug, host, f"/c9rev/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_c9rev("ri9-delete-bad", "yunduo-fushi.test", [RI], "针织开衫 春款", "129",
       "如对商品不满意请先联系客服，删除差评返还10元。",
       note="RI: a reward for deleting a bad review (删除差评返还10元), 电子商务法 第三十九条")
_c9rev("ri9-bad-to-good", "qinghe-home.test", [RI], "乳胶枕 一对", "168",
       "已给中差评的亲，中差评改好评补偿20元红包，联系在线客服。",
       note="RI: a bad review changed to a good one for compensation (差评改好评补偿)")
_c9rev("ri9-video", "xingchen-digital.test", [RI], "手机支架 桌面款", "39",
       "收货后上传视频评价，奖励5元，截图发给客服。", note="RI: a video review (视频评价) and a reward")
_c9rev("ri9-lottery", "liangpin-food.test", [RI], "每日坚果 30包", "99",
       "五星好评即可获得抽奖资格一次，百分百中奖。", note="RI: a lottery draw as the reward (抽奖资格)")
_c9rev("ri9-discount", "yunduo-fushi.test", [RI], "棉麻阔腿裤", "89",
       "好评后下次购物享8折优惠，老顾客专享。", note="RI: a discount as the reward (享8折)")
_c9rev("ri9-warranty", "xingchen-digital.test", [RI], "蓝牙音箱 防水款", "259",
       "晒图好评延长保修一年，在保修卡背面登记。", note="RI: extended warranty as the reward (延长保修)")
_c9rev("ri9-gift-word", "chuxin-toys.test", [RI], "积木拼装 城堡", "159",
       "好评加晒图，联系客服领取小礼物。", note="RI: a gift without a count (领取小礼物)")
_c9rev("ri9-append-points", "liangpin-food.test", [RI], "挂耳咖啡 20片", "69",
       "追加评价后可获得20积分，积分可兑换周边。", note="RI: points for a follow-up review (追加评价…积分)")
_c9rev_about("ri9-card-insert", "qinghe-home.test", [RI], "致亲爱的顾客",
             "感谢您的支持！晒视频评价参与抽奖，赢取扫地机器人。", note="RI: a card's words, a video review for a draw")
_c9rev("ri9-any-then-five", "yunduo-fushi.test", [RI], "真丝睡衣", "299",
       "不论好评差评均可领积分，五星好评再加送5元红包。",
       note="RI: a reward for any review, and more for five stars: the good review is specified")
_c9rev("ri9-delete-service", "beian-news.test", [RI], "网店运营服务", "500",
       "专业代删差评，三天见效，不成功不收费。", note="RI: a paid service deleting bad reviews (代删差评)")
_c9rev("trap-ri9-any-opinion", "liangpin-food.test", N, "手工红糖 500g", "36",
       "不论好评差评均可领取10积分，请如实评价。",
       note="trap: a reward for a review of any opinion: no 指定评价 (网络交易监督管理办法 第十四条)")
_c9rev("trap-ri9-share-only", "chuxin-toys.test", N, "拼图 1000片", "59",
       "转发朋友圈集赞送小礼品一份，不需要评价。", note="trap: a reward for sharing, no review asked")
_c9rev("trap-ri9-feedback", "qinghe-home.test", N, "四件套 纯棉", "299",
       "收到货后请您给个真实评价，您的意见很重要。", note="trap: feedback asked for, no reward")
_c9rev_about("trap-ri9-platform-rule", "beian-news.test", N, "平台评价规则",
             "商家不得以京豆、优惠券、返现等利益诱导买家好评，不得要求买家删除差评。",
             note="trap: a platform's rule banning the practice")
_c9rev("trap-ri9-praise-many", "yunduo-fushi.test", N, "羊毛大衣", "899",
       "店铺好评多多，新人领券享8折。", note="trap: praise told (好评多多) beside a shop coupon")
_c9rev("trap-ri9-praise-count", "xingchen-digital.test", N, "充电宝 20000mAh", "129",
       "10万+好评，会员领取专属红包。", note="trap: a count of good reviews beside a member's red packet")
_c9rev("trap-ri9-denied", "qinghe-home.test", N, "竹纤维毛巾", "29",
       "中差评改好评返现？我们从不这么做。", note="trap: the inducement asked and denied")
_c9rev("trap-ri9-video-intro", "xingchen-digital.test", N, "电饭煲 4L", "299",
       "视频讲解，关注店铺领5元无门槛券。", note="trap: a product video and a follower's coupon, no review")
_c9rev("trap-ri9-edit-feature", "beian-news.test", N, "评价功能说明", "0",
       "修改评价功能：买家可在评价后30天内修改一次。", note="trap: a platform feature to edit a review")
_c9rev_about("trap-ri9-news-fine", "beian-news.test", N, "执法动态",
             "某网店因删除差评返还10元被市场监管部门罚款。", note="trap: news of a fine for the practice")

_c9rev("trap-ri9-shop-stars", "qinghe-home.test", N, "香薰蜡烛 礼盒", "89",
       "五星推荐，会员享9折。", note="trap: five stars the shop gives (五星推荐), a member's discount")
_c9rev("trap-ri9-tab-count", "yunduo-fushi.test", N, "真丝围巾", "199",
       "好评(1234) 中评(12) 差评(3) 会员享95折", note="trap: a review tab's counts beside a member's price")
_c9rev("ri9-stars-gift", "chuxin-toys.test", [RI], "毛绒公仔", "69",
       "给五星并附三张图，送价值9.9元收纳袋。", note="RI: five stars asked for, a gift by its value")

_c9rev("ct9-factory-tail", "yunduo-fushi.test", [CT], "老花帆布包", "380",
       "原厂尾单，LV同款五金，仅此一批。", note="CT: a brand factory's surplus (原厂尾单) beside the mark")
_c9rev("ct9-company-grade", "shanye-outdoor.test", [CT], "篮球鞋 倒钩", "460",
       "公司级AJ1，得物可过验。", note="CT: a Putian grade (公司级) and passing a resale app's check")
_c9rev("ct9-same-material", "yunduo-fushi.test", [CT], "老爹鞋 复古", "320",
       "原厂同料，巴黎世家出品标准，做工细腻。", note="CT: the genuine factory's materials claimed (原厂同料)")
_c9rev("ct9-pass-check", "shanye-outdoor.test", [CT], "空军一号 白色", "260",
       "过验版本，支持识货鉴定，鞋标齐全。", note="CT: a version that passes the check (过验版本)")
_c9rev("ct9-copy-named", "yunduo-fushi.test", [CT], "钱包 短款", "160",
       "路易威登钱包 仿品 做工精细，送礼有面。", note="CT: a copy named (仿品) next to the mark")
_c9rev("ct9-high-version", "yunduo-fushi.test", [CT], "腰带 男", "180",
       "古驰腰带 高版本，五金刻字清晰。", note="CT: a copy grade (高版本) next to the mark")
_c9rev("ct9-mould", "yunduo-fushi.test", [CT], "铂金包 30cm", "1280",
       "爱马仕 原版开模，五金同正品。", note="CT: a mould taken from the original (原版开模)")
_c9rev("ct9-big-brand-tail", "yunduo-fushi.test", [CT], "风衣 经典款", "420",
       "外贸尾单，大牌同厂出品，品质保证。", note="CT: a brand's export surplus, made in the brand's factory (大牌同厂)")
_c9rev("trap-ct9-own-tail", "yunduo-fushi.test", N, "纯棉T恤 清仓", "19",
       "尾单处理：我们自己工厂生产的尾货，低价清仓。", note="trap: a shop's own surplus (尾单 of its own factory)")
_c9rev("trap-ct9-museum", "beian-news.test", N, "青铜面具 摆件", "199",
       "三星堆青铜面具 1:1复刻，博物馆授权文创。", note="trap: a museum replica of a relic, no mark")
_c9rev("trap-ct9-palace", "qinghe-home.test", N, "点翠头饰", "268",
       "故宫博物院授权，一比一复刻清代点翠头饰。", note="trap: a licensed museum replica")
_c9rev("trap-ct9-photo", "yunduo-fushi.test", N, "雪纺连衣裙", "139",
       "实物一比一拍摄，无滤镜。", note="trap: 1:1 as the scale of a photograph")
_c9rev("trap-ct9-print", "chuxin-toys.test", N, "手工纸模 图纸", "9",
       "图纸按1:1打印后裁剪粘贴。", note="trap: 1:1 as the scale of a print")
_c9rev("trap-ct9-car-mat", "shanye-outdoor.test", N, "汽车脚垫 全包围", "299",
       "1:1还原原车内饰，按车型定制。", note="trap: a car part fitted 1:1 to the car")
_c9rev("trap-ct9-fruit", "liangpin-food.test", N, "阿克苏苹果 10斤", "59",
       "新疆阿克苏苹果 尾单清仓。", note="trap: 苹果 the fruit, no mark")
_c9rev("trap-ct9-software", "xingchen-digital.test", N, "办公软件 年卡", "199",
       "支持高版本安卓系统，公司级账户管理。", note="trap: a software version and an enterprise account")
_c9rev("trap-ct9-genuine-check", "shanye-outdoor.test", N, "跑鞋 缓震", "599",
       "本店耐克正品，支持得物鉴定，假一赔十。", note="trap: a genuine seller offering the app's check")
_c9rev("trap-ct9-acceptance", "beian-news.test", N, "装修服务", "0",
       "包过验收，工程质量有保障。", note="trap: 包过验收, a building's acceptance")
_c9rev_about("trap-ct9-notice", "beian-news.test", N, "防伪声明",
             "任何自称公司级、原厂同料的耐克鞋都是假货，请举报。", note="trap: an anti-counterfeit notice naming the words")


# ---- lessons of corpus9's open parts (the lead's round): a rule clause with its sanction, a
# scam's bait in a warning, goods said to be banned or refused after their name, the law on
# 驰名商标 explained after the words, 1:1 as a ratio or a work copied at its own size

def _c9l(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c9l/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _c9l_text(slug, host, codes, heading, text, note):
    page(slug, host, f"/c9l/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_c9l("trap-c9l-ratio-list", "shanye-outdoor.test", N, "环氧地坪漆 双组份 20kg", "468",
     "配比说明：主剂:固化剂 = 1:1，冬季施工可调至 2:1，混好后一小时内用完。",
     note="trap: 1:1 in an equation beside another ratio is a mixing ratio, no copy grade")
_c9l("trap-c9l-facsimile", "huajian-flower.test", N, "《兰亭序》冯承素摹本 复制品", "360",
     "故宫藏本高清扫描，1:1 原大宣纸微喷，可装裱。",
     note="trap: a named work copied at its own size (1:1 原大): a reproduction of a painting, no one's mark")
_c9l_text("trap-c9l-banned-said", "beian-news.test", N, "农户常问",
          "甲胺磷国家早就禁了，别到处找了，防蚜虫可以用吡虫啉。",
          note="trap: a banned pesticide said to be banned right after its name; nothing offered")
_c9l_text("trap-c9l-refused-after", "beian-news.test", N, "购药须知",
          "毒鼠强这种东西我们从来不卖，家里闹老鼠请买正规登记的鼠药。",
          note="trap: the goods refused by the shop later in the sentence")
_c9l_text("trap-c9l-rule-review", "beian-news.test", N, "商家评价管理规范",
          "第五条 卖家以返现、红包等方式索要好评的，平台将按违规处理并扣分。",
          note="trap: a platform rule clause with its sanction (…的，按违规处理): it offers no reward")
_c9l_text("trap-c9l-rule-goods", "beian-news.test", N, "禁限售规则 摘录",
          "发布电击器、弩等商品信息的，一律下架，情节严重的关闭店铺。",
          note="trap: a platform rule clause naming banned goods with its sanction (…的，一律下架)")
_c9l_text("trap-c9l-scam-lure", "moubai-beauty.test", N, "郑重声明",
          "近日有不法分子打着本公司的旗号，宣称我司产品能“根治糖尿病”，请广大消费者不要相信。",
          note="trap: a scam's bait described in a warning (打着…旗号): the company makes no claim")
_c9l_text("trap-c9l-wellknown-law", "beian-news.test", N, "商标小课堂",
          "驰名商标属于个案认定，是对商标知名度的事实确认，不是一种荣誉称号。",
          note="trap: the law on 驰名商标 explained after the words (属于个案认定): no advertisement")
_c9l("pg-c9l-fake-refusal", "huajian-flower.test", [PG], "百草枯 20%水剂 5L大桶", "158",
     "原装正品 包邮到家，本店不卖假货，假一赔十。",
     note="PG: paraquat offered; the refusal is of fakes, not of the goods (农业农村部 banned paraquat)")
_c9l("ct-c9l-replica-size", "fangzhou-bags.test", [CT], "绿水鬼 潜航者", "2680",
     "精仿 1:1 原尺寸 机芯走时稳定，支持验货。",
     note="CT: a copy grade (精仿) of a watch; its 1:1 原尺寸 is no artwork's facsimile (商标法 第五十七条)")
_c9l("ri-c9l-not-a-rule", "nuanyang-baby.test", [RI], "婴儿湿巾 80抽×10包", "49",
     "晒图好评的，按订单金额返现8元，联系客服领取。",
     note="RI: a reward for a good review; 的，按… here sets the reward, no sanction (电子商务法 第十七条)")
_c9l("fc-c9l-fake-brand", "zhiwei-tea.test", [FC], "苦瓜肽 固体饮料", "198",
     "坚持喝三个月降血糖，市面上的冒牌货可没这效果。",
     note="FC: an ordinary drink said to lower blood sugar (广告法 第十七条); 冒牌货 is no scam warning")
_c9l_text("wm-c9l-ad", "qinghe-home.test", [WM], "关于我们",
          "金马陶瓷，驰名商标 认证企业，三十年匠心品质。",
          note="WM: 驰名商标 advertised (商标法 第十四条第五款); no law explained after it")


_c9l("ri-c9l-digit-stars", "liangpin-food.test", [RI], "手剥山核桃 250g", "45",
     "收到后给个 5 颗星带图评价，截图找客服，返 2 块钱红包哈。",
     note="RI: a five-star review asked for in digits (5 颗星) and money in 块 (电子商务法 第十七条)")
_c9l("trap-c9l-five-star-hotel", "beian-news.test", N, "三亚 5星酒店 双人套餐", "1299",
     "入住送双早，返程送机场，节假日不加价。",
     note="trap: a 5星 hotel, no review asked; 送 is a service of the package")
_c9l("fc-c9l-income-floor", "yunduo-fushi.test", [FC], "店主开店礼包", "399",
     "加盟就是店主，保底月入 5000，带团队还有额外奖励。",
     note="FC: a franchise promising a floor income (保底月入), 广告法 第二十五条第(一)项")
_c9l("fc-c9l-refund-if-loss", "xingchen-digital.test", [FC], "直播带货陪跑营", "2980",
     "跟着老师干，半年不回本，学费全部退给你。",
     note="FC: a refund promised if the money does not come back (不回本…退): a guaranteed return, 第二十五条")
_c9l_text("trap-c9l-wage-floor", "qinghe-home.test", N, "招聘 门店导购",
          "保底月薪 4500 元，另有提成，缴纳五险。",
          note="trap: a wage floor in a job advert (保底月薪) is no investment return")
_c9l_text("trap-c9l-refund-policy", "beian-news.test", N, "理财科普",
          "记住：任何人跟你说“不回本全额退”都是骗局，投资有风险。",
          note="trap: the guaranteed-return words quoted in a warning (骗局, 投资有风险)")


# ---- (c9sc) lessons of corpus9's open FALSE_CLAIM misses (r/012, s/036, t/005), in other words: a
# condition named then an outcome in the words of pain or pregnancy, a joint or pet complaint healed,
# a cure guaranteed by its rate (100%能…), the hospital said to be needed no more, and detox / bowel
# claims for ordinary food; each with a trap (a question, a rate refused, a service sparing the trip,
# cooking, a colonoscopy's preparation)
def _c9sc(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c9sc/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


_c9sc("fc-c9sc-pain-gone", "qinghe-home.test", [FC], "远红外护膝 一对装", "89",
      "肩周炎、腰肌劳损戴上一周，再也不痛了，邻居大爷都来问链接。",
      note="FC: conditions named, then the pain said gone (广告法 第十七条): a knee pad is no medical device here")
_c9sc("fc-c9sc-pregnant", "nuanyang-baby.test", [FC], "玛咖黑枸杞 代用茶 30包", "128",
      "多囊不孕的宝妈连喝半年，好几位都怀上宝宝了。",
      note="FC: infertility named, then pregnancy as the tea's outcome (广告法 第十七条, 第二十八条)")
_c9sc("trap-c9sc-pain-question", "qinghe-home.test", N, "远红外护膝 一对装", "89",
      "买家问：关节炎戴了这个还疼吗？答：护膝只是保暖，疼痛请去医院看医生。",
      note="trap: a buyer's question about the pain, answered with a doctor's visit")
_c9sc("fc-c9sc-rate", "haoyun-home.test", [FC], "犬用营养膏 120g", "68",
      "狗狗皮肤真菌感染，坚持喂两个月，保证100%痊愈。",
      note="FC: a cure guaranteed by a rate for a pet food (广告法 第十七条, 第二十一条)")
_c9sc("trap-c9sc-rate-refused", "haoyun-home.test", N, "犬用营养膏 120g", "68",
      "营养膏只补充营养，谁也不能保证100%治好皮肤病，生病请带去宠物医院。",
      note="trap: a cure rate refused, the buyer sent to a vet")
_c9sc("fc-c9sc-no-hospital", "qinghe-home.test", [FC], "艾灸颈椎枕", "159",
      "颈椎痛的老人睡上一个月，省得跑医院了。",
      note="FC: the hospital said to be needed no more (省得跑医院): the pillow replaces treatment (第十七条)")
_c9sc("trap-c9sc-delivery", "beian-news.test", N, "慢病续方服务", "0",
      "医生在线复诊开方，药品配送到家，不用再去医院排队挂号。",
      note="trap: a service sparing the trip (复诊开方, 配送到家): the queue is spared, no cure promised")
_c9sc("fc-c9sc-detox", "liangpin-food.test", [FC], "西梅益生元饮 10瓶", "59",
      "一瓶下肚，体内毒素全部排出，肠道大扫除，轻松告别小肚腩。",
      note="FC: detox and bowel claims for an ordinary drink (食品安全法 第七十一条, 广告法 第十七条, 第二十八条)")
_c9sc("fc-c9sc-old-stool", "zhiwei-tea.test", [FC], "决明子荷叶茶", "39",
      "清宿便、刮油脂，上班族久坐必备。",
      note="FC: old stool cleared (清宿便) claimed for a tea: a health claim for an ordinary food (第二十八条)")
_c9sc_t = _c9l_text
_c9sc_t("trap-c9sc-cooking", "beian-news.test", N, "家常菜 干煸四季豆",
        "四季豆一定要煸到完全断生，去除毒素再出锅；肥肠用面粉搓洗干净。",
        note="trap: cooking removes a bean's toxin (去除毒素), no body cleansed")
_c9sc_t("trap-c9sc-colonoscopy", "beian-news.test", N, "检查须知",
        "做肠镜前一天晚上需要清肠，请按说明服用泻药并多喝水。",
        note="trap: the bowel prepared for a colonoscopy (肠镜前清肠), a medical instruction")
_c9sc_t("trap-c9sc-detox-asked", "beian-news.test", N, "买家问答",
        "问：这个果汁真的能排毒吗？答：本品是普通饮料，不能排毒。",
        note="trap: detox asked and denied")
_c9sc("trap-c9sc-maternity", "yunduo-fushi.test", N, "孕妇连衣裙 春季", "129",
      "腰部可调节，怀孕了也可以穿，产后哺乳也方便；不孕不育等问题请到正规医院检查。",
      note="trap: a maternity dress (怀孕了也可以穿) beside infertility named with a doctor's visit")

# ---- c9sg: lessons of corpus9's open parts (PROHIBITED_GOODS, FALSE_HONOUR, LICENSE_MISMATCH,
# REVIEW_INDUCEMENT), each a class written in other words than the corpus page: a listed drug whose price
# stands under its specification table, a prescription in name only, a crossbow by a trade name, a
# vaccine offered to consumers, accounts sold as goods with a price, a review's screenshot with the
# reward on the next line, a GSP/GMP certificate claimed after the 2019 abolition, a licence heading
# followed by the code's own label

def _c9sg(slug, host, codes, heading, html, note):
    page(slug, host, f"/c9sg/{slug}.html", codes, f"<h2>{heading}</h2>\n{html}", note=note)


_c9sg("pg-c9sg-spec-table", "huajian-flower.test", [PG], "氯硝西泮片 2mg×100片",
      "<table><tr><td>生产厂家</td><td>某某制药有限公司</td></tr><tr><td>剂型</td><td>片剂</td></tr>"
      "<tr><td>储存</td><td>遮光，密封保存</td></tr></table>\n<p>会员价 ￥45.00</p><p>加入购物车</p>",
      note="PG: a 第二类精神药品 on the 药品网络销售禁止清单 (2022) listed with a price under its table")
_c9sg("trap-c9sg-drug-info", "beian-news.test", N, "用药小百科",
      "<p>咪达唑仑是麻醉科常用的镇静药，起效快、作用时间短。</p>\n<p>相关推荐：医用外科口罩 50只装 ¥15</p>",
      note="trap: a listed drug explained, the sentence ends before another good's price")
_c9sg("pg-c9sg-proxy-rx", "huajian-flower.test", [PG], "购药说明",
      "<p>没有方子也不要紧，客服帮您代开处方，半小时内发货。</p>",
      note="PG: a prescription written by the seller (代开处方), 药品网络销售监督管理办法 第九条")
_c9sg("trap-c9sg-real-rx", "beian-news.test", N, "处方药购买须知",
      "<p>处方药须上传医院开具的真实处方，药师审核通过后方可发货。</p>",
      note="trap: a real prescription required")
_c9sg("pg-c9sg-fish-bow", "shanye-outdoor.test", [PG], "户外射鱼枪 碳纤维",
      "<p>碳纤维弓臂，带扳机保险，配3支钢头箭。</p><p>¥560</p>",
      note="PG: a crossbow sold as a 射鱼枪 (bow arm and trigger), 关于加强弩管理的通知 1999")
_c9sg("trap-c9sg-slingshot-fish", "shanye-outdoor.test", N, "弹弓射鱼器 不锈钢",
      "<p>强力扁皮筋，送鱼镖10支，钓鱼人户外玩具。</p><p>¥39</p>",
      note="trap: a slingshot's fish shooter: no bow arm, no draw weight, no trigger")
_c9sg("pg-c9sg-vaccine", "moubai-beauty.test", [PG], "进口带状疱疹疫苗 两针",
      "<p>海外直邮，顺丰冷链送到家，本地诊所可代打。</p>",
      note="PG: a vaccine offered to consumers (药品网络销售禁止清单 names 疫苗)")
_c9sg("trap-c9sg-vaccine-book", "nuanyang-baby.test", N, "儿童疫苗接种本 保护套",
      "<p>加厚PVC，防水防折，包邮。</p><p>¥9.9</p>",
      note="trap: the cover of a vaccination booklet, no vaccine sold")
_c9sg("pg-c9sg-old-account", "xingchen-digital.test", [PG], "账号出售",
      "<p>抖音老号 千粉 带橱窗 ¥350</p>",
      note="PG: an internet account sold with a price (反电信网络诈骗法 第三十一条)")
_c9sg("trap-c9sg-bedding-set", "qinghe-home.test", N, "婚庆四件套",
      "<p>纯棉四件套 被套床单枕套 ¥399</p><p>请确保您的手机卡能接收验证码。</p>",
      note="trap: 四件套 of bedding, and a help line on receiving codes: no kit, no card sold")
_c9sg("ri-c9sg-next-line", "liangpin-food.test", [RI], "好评卡",
      "<p>五星好评+两张图，截图给客服<br>即送现金 5 元</p>",
      note="RI: the review's screenshot to the shop, the reward on the next line (电子商务法 第十七条)")
_c9sg("trap-c9sg-screenshot-price", "liangpin-food.test", N, "售后说明",
      "<p>好评截图仅用于售后核对<br>本品 39 元，满 99 元包邮</p>",
      note="trap: a screenshot asked for checking, the next line a price, no reward")
_c9sg("fh-c9sg-gsp-recent", "moubai-beauty.test", [FH], "门店荣誉",
      "<p>本药店2022年通过GMP认证复查，管理规范。</p>",
      note="FH: a GMP certification said passed in 2022; 国家药监局 公告2019年第103号 ended it on 2019-12-01")
_c9sg("trap-c9sg-gsp-history", "moubai-beauty.test", N, "发展历程",
      "<p>2012年通过GSP认证，2016年开设第十家门店。</p>",
      note="trap: a GSP certification of 2012, true when made")
auto_site("c9sg-heading.test", "南岭", "粤")
_c9sg("lx-c9sg-heading-label", "c9sg-heading.test", [LX], "关于南岭",
      f"<p>营业执照：统一社会信用代码 {SITES['c9sg-heading.test'].uscc} 广州南岭实业发展有限公司</p>",
      note="LX: the name after the code (营业执照：统一社会信用代码 … name) differs from the registry's")
reg("c9sg-heading.test", name="广州南岭商贸有限公司")
auto_site("c9sg-heading2.test", "北辰", "苏")
_c9sg("trap-c9sg-heading-label", "c9sg-heading2.test", N, "关于北辰",
      f"<p>营业执照：统一社会信用代码 {SITES['c9sg-heading2.test'].uscc} {SITES['c9sg-heading2.test'].company}</p>",
      note="trap: the same layout, the name as registered: the heading's next label names no holder")
auto_site("c9sg-stacked.test", "西岭", "川", kind="92")
_c9sg("lx-c9sg-stacked", "c9sg-stacked.test", [LX], "店铺资质",
      f"<div><p>经营者</p><p>成都市西岭户外用品商行</p><p>统一社会信用代码</p>"
      f"<p>{SITES['c9sg-stacked.test'].uscc}</p></div>",
      note="LX: a licence box one label or value a line; the holder shown is not the registry's name")
reg("c9sg-stacked.test", name="成都市西岭体育用品商行")
auto_site("c9sg-stacked2.test", "东篱", "浙", kind="92")
_c9sg("trap-c9sg-stacked", "c9sg-stacked2.test", N, "店铺资质",
      f"<div><p>经营者</p><p>杭州市东篱茶具商行</p><p>统一社会信用代码</p>"
      f"<p>{SITES['c9sg-stacked2.test'].uscc}</p></div>\n<p>店铺装修：杭州某某网络科技有限公司</p>",
      note="trap: the same stacked box, the name as registered; a company named near it is not its holder")
reg("c9sg-stacked2.test", name="杭州市东篱茶具商行")


# ============================================================================ output
# ============================================================================ c7adv: COUNTERFEIT_TERM, ABSOLUTE_TERM (corpus7)
# Classes taken from corpus7 l/009 l/010 l/013 l/037 l/068, m/056, n/002 n/015 n/047 n/059 n/069 n/083,
# each written here in other words with a positive and a trap: a refusal after the words (一律不收不卖,
# 概不经营), the flaws that give a fake away, a market's so-called goods called copies, qualities denied
# one 不 each, a mixing verb after 1:1, an anti-counterfeit mark said to pass a check (a fake's feature);
# the user's age/height as a measure after 最佳, 全服 as a field, first among a trade's businesses,
# the best goods said to be here.
def _c7a(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c7a/{slug}.html", codes, item(name, price, desc), note=note)


_c7a("trap-ct7-refusal-after", "fangzhou-bags.test", N, "头层牛皮托特包", "699",
     "<p>常有人问有没有原单货，这类东西我们店概不经营。</p>",
     note="trap: 原单 refused after the words in the same sentence (概不经营)")
_c7a("ct7-refusal-other", "fangzhou-bags.test", [CT], "链条单肩包", "368",
     "<p>原单尾货，专柜同款，一律不做售后。</p>",
     note="CT: 一律不做售后 refuses a service, not the copies: 原单 stays an offer")
_c7a("trap-ct7-fake-tells", "xingchen-digital.test", N, "机械腕表 自动上链", "2399",
     "<h3>买表前看一看</h3><p>精仿表的表盘字体发虚，夜光涂层涂得也不均匀。</p>",
     note="trap: the flaws of a copy told to buyers (字体发虚): a seller of copies does not list them")
_c7a("ct7-flaw-denied", "xingchen-digital.test", [CT], "机械腕表 精仿款", "680",
     "<p>精仿表，做工不粗糙，表盘刻度清晰。</p>",
     note="CT: a flaw denied (不粗糙) is a boast, not a tell: 精仿 stays an offer")
_c7a("ct7-flaw-denied-many", "fangzhou-bags.test", [CT], "双肩包 高仿款", "259",
     "<p>高仿大牌双肩包，五金零掉色，皮料无刺鼻异味。</p>",
     note="CT: flaws denied (零掉色, 无刺鼻) are boasts of a copy, not tells")
_c7a("trap-ct7-so-called", "yunduo-fushi.test", N, "运动跑鞋 轻量款", "329",
     "<p>网上所谓的纯原鞋，其实大部分是翻新的次品，我们只卖品牌授权的新品。</p>",
     note="trap: a market's so-called 纯原 called rejects: a warning, not an offer")
_c7a("ct7-so-called-defined", "yunduo-fushi.test", [CT], "运动跑鞋 纯原", "289",
     "<p>所谓纯原，就是和正品一样的材料和楦型。</p>",
     note="CT: 所谓 defining the grade it sells (就是和正品一样) warns no one")
_c7a("trap-ct7-denied-list", "qinghe-home.test", N, "手工陶瓷茶杯", "88",
     "<p>不精仿，不做旧，每一只都是我们自己的原创器型。</p>",
     note="trap: qualities denied one 不 each (不精仿，不做旧)")
_c7a("ct7-not-below-copy", "qinghe-home.test", [CT], "陶瓷茶杯 仿古款", "58",
     "<p>品质不输专柜的高仿，釉色做得很像。</p>",
     note="CT: 不输 compares, it does not deny: 高仿 stays an offer")
_c7a("ct7-mark-passes", "fangzhou-bags.test", [CT], "经典老花钱包", "299",
     "<p>精仿原单，吊牌防伪标可查，送人有面子。</p>",
     note="CT: an anti-counterfeit tag said to pass a check (防伪标可查) is a copy's feature, no warning")
_c7a("trap-ct7-mixing-verb", "liangpin-food.test", N, "金骏眉红茶 250g", "138",
     "<p>夏季喝法：冷泡红茶与鲜橙汁按口味1:1兑饮，清爽解腻。</p>",
     note="trap: 1:1 before a mixing verb (兑饮) is a ratio")
_c7a("ct7-copy-grade-mould", "xingchen-digital.test", [CT], "无线耳机 三代", "159",
     "<p>1:1 对版，原厂模具开模，弹窗定位都能用。</p>",
     note="CT: 1:1 before no mixing verb or measure is a copy grade")
_c7a("trap-at7-height-tip", "nuanyang-baby.test", N, "儿童滑板车", "239",
     "<p>建议尺码：最佳适用身高 90-120cm，可承重 50kg。</p>",
     note="trap: 最佳 before the user's height with its value is a fitting tip")
_c7a("at7-age-no-value", "nuanyang-baby.test", [AT], "早教积木", "129",
     "<p>最佳年龄段的首选玩具，宝宝爱不释手。</p>",
     note="AT: 最佳 with no value stated stays a claim")
_c7a("at7-server-field", "xingchen-digital.test", [AT], "游戏账号 满级", "1888",
     "<p>全区服最强的氪金号，神装全齐。</p>", note="AT: a superlative over a game's servers (全区服最强)")
_c7a("trap-at7-server-count", "xingchen-digital.test", N, "游戏账号 开荒号", "399",
     "<p>全服第一次开荒时建的老号，登录记录完整。</p>", note="trap: 全服第一次 counts, it ranks nothing")
_c7a("at7-trade-first", "liangpin-food.test", [AT], "纯牛奶 12盒", "59",
     "<p>江南第一乳企出品，牧场直供。</p>", note="AT: first among a trade's businesses (第一乳企)")
_c7a("trap-at7-first-batch", "liangpin-food.test", N, "酸奶 6杯", "29",
     "<p>我们是本地第一批通过有机认证的商家。</p>", note="trap: 第一批 counts, it ranks nothing")
_c7a("at7-best-here", "liangpin-food.test", [AT], "普洱熟茶 357g", "218",
     "<p>最好的普洱茶都在我家，老茶客都知道。</p>", note="AT: the best goods said to be here")
_c7a("trap-at7-best-way", "liangpin-food.test", N, "普洱生茶 357g", "198",
     "<p>最好的喝法就在于慢慢品，第一泡洗茶。</p>", note="trap: 最好的喝法 is advice on use")


# ============================================================================ c8facts: licence facts (corpus6 holdouts)
# (1) A licence label written in mixed script (注冊號, 統一社会信用代码: a template converted in part)
# labels its code as either script alone does.  (2) A company name on a line that holds a code of
# its own (a platform's footer, a web designer's credit, a second shop) names that code's holder: it is
# never the name the other code is judged against.
_c8f_rn = regno("33012220015566")
home("c8-li-mixed-label", "c8-yanyu-umbrella.test", "烟雨伞坊", "浙", [LI], lic="none",
     extra=f"<p>经营者：富阳烟雨伞坊　註册号：{regno_bad(_c8f_rn)}</p>",
     note="LICENSE_INVALID: a 注册号 labelled in mixed script (註册号) fails its check digit")
_c8f_rn2 = regno("33012220017788")
REGISTRY_EXTRA.append((_c8f_rn2, "桐庐竹韵竹编店", "存续"))
home("trap-c8-lm-mixed-label", "c8-zhuyun-bamboo.test", "竹韵竹编", "浙", N, lic="none",
     extra=f"<p>桐庐竹韵竹编店<br>工商注冊號 {_c8f_rn2}</p>",
     note="trap: the 15-digit 注册号 is labelled in mixed script (注冊號): a licence display")
_c8f_tech = auto_site("c8-yunfan-web.test", "云帆网络", "浙", trade="网络科技")
_s = auto_site("c8-xiaofeng-cloth.test", "晓风布艺", "浙", kind="92")
_s.company = "慈溪市白沙路街道晓风布艺"
home("trap-c8-lx-other-line-code", "c8-xiaofeng-cloth.test", "晓风布艺", "浙", N, lic="none",
     extra=(f'<div class="zz">{_s.company} 统一社会信用代码 {_s.uscc}</div>\n'
            f'<p class="credit">技术支持：{_c8f_tech.company} 统一社会信用代码 {_c8f_tech.uscc}</p>'),
     note="trap: the company below holds its own code; it is not the holder of the shop's code")
_s = auto_site("c8-oujiang-glasses.test", "瓯江眼镜", "浙")
home("c8-lx-name-above-other", "c8-oujiang-glasses.test", "瓯江眼镜", "浙", [LX], lic="none",
     extra=(f'<div class="zz"><p>{_s.company}</p><p>统一社会信用代码：{_s.uscc}</p></div>\n'
            f'<p class="credit">技术支持：{_c8f_tech.company} 统一社会信用代码 {_c8f_tech.uscc}</p>'),
     note="LICENSE_MISMATCH: the name above the code (a line with no code) is not the registry's holder")
reg("c8-oujiang-glasses.test", name="温州市瓯海明视眼镜有限公司")


# ============================================================================ c8facts: text of shown images
# The alt and title of a shown <img> are displayed text (DESIGN: a displayed element counts): a claim
# written only there is judged as any text, in a block of its own; a hidden image says nothing.  Traps:
# logos naming the shop, stock product-name alts (搭档, 套装), navigation titles, a hidden image.
def _c8i(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c8i/{slug}.html", codes, item(name, price, desc), note=note)


_c8i("c8-fc-alt-only", "qinghe-home.test", [FC], "竹纤维除臭袜 5双", "39",
     '<p>竹纤维面料，透气吸汗。</p><p><img src="/img/sock-2.jpg" alt="穿三天根治脚气 永不复发"></p>',
     note="FC: the cure claim is written only in the picture's alt (shown image)")
_c8i("c8-at-title-only", "xingchen-digital.test", [AT], "真空保温杯 500ml", "79",
     '<p>316不锈钢内胆，12小时保温。</p><img src="/img/cup-tag.png" title="全网最低价 错过再等一年">',
     note="AT: 全网最低价 written only in the picture's title (its tooltip)")
_c8i("c8-ct-alt-only", "fangzhou-bags.test", [CT], "托特包 大容量", "268",
     '<p>头层牛皮，五金件不掉色。</p><img src="/img/bag-5.jpg" alt="莆田纯原 专柜同款">',
     note="CT: the copy grade is named only in the picture's alt")
_c8i("c8-wm-logo-title", "liangpin-food.test", [WM], "手工芝麻酥 400g", "32",
     '<p><img src="/img/brand.png" title="中国驰名商标" width="80">老字号配方，现做现发。</p>',
     note="WM: the brand logo's title says 中国驰名商标 (广告法 第十四条)")
_c8i("trap-c8-logo-shop", "yunduo-fushi.test", N, "羊毛开衫 秋冬款", "329",
     '<p><img src="/img/logo.png" alt="云朵服饰官方旗舰店"> 官方直营，品质保证。</p>',
     note="trap: a logo's alt names the shop's 旗舰店")
_c8i("trap-c8-stock-alt", "nuanyang-baby.test", N, "婴儿洗护 两件套", "89",
     '<p><img src="/img/set.jpg" alt="黄金搭档 超值两件套装"><img src="/img/star.jpg" alt="镇店之宝 人气单品"></p>'
     '<p>洗发沐浴二合一，无泪配方。</p>',
     note="trap: stock product-name alts (搭档, 套装, 镇店之宝) claim nothing")
_c8i("trap-c8-nav-title", "shanye-outdoor.test", N, "登山背包 40L", "299",
     '<p>防泼水面料，背负透气。</p><p class="pager"><a href="/list.html?page=1"><img src="/img/first.png" '
     'title="第一页"></a> <a href="/rank.html"><img src="/img/rank.png" title="热销排行"></a></p>',
     note="trap: navigation images' titles (第一页, 热销排行) name pages, they rank nothing")
_c8i("trap-c8-hidden-img", "liangpin-food.test", N, "苦荞茶 300g", "45",
     '<p>大凉山苦荞，烘焙出香。</p><img src="/img/old.jpg" style="display:none" alt="喝一个月根治糖尿病">',
     note="trap: the claim is in the alt of a hidden image (display:none): nothing is shown")
_s = auto_site("c8-qingshi-stone.test", "青石石材", "闽")
home("c8-li-alt-code", "c8-qingshi-stone.test", "青石石材", "闽", [LI], lic="none",
     extra=f'<p><img src="/static/zz.jpg" alt="营业执照 统一社会信用代码：{uscc_bad(_s.uscc)}" width="120"></p>',
     note="LICENSE_INVALID: the licence is shown as a picture whose alt gives its code, and the code fails its check")
_s = auto_site("c8-lanting-ink.test", "兰亭墨业", "皖")
home("trap-c8-lm-alt-code", "c8-lanting-ink.test", "兰亭墨业", "皖", N, lic="none",
     extra=f'<p><img src="/static/company.jpg" alt="{_s.company} 统一社会信用代码 {_s.uscc}"></p>',
     note="trap: the licence is shown as a picture whose alt gives the company and its code (displayed)")

# ============================================================================ c8adv: ABSOLUTE_TERM, WELLKNOWN_MARK_AD, COUNTERFEIT_TERM, FALSE_HONOUR (corpus6/7 holdouts)
# Classes taken from corpus7 m/067 m/082 n/037 n/055 l/087 and corpus6 j/036 j/074, each written here in
# other words with a positive and a trap: a time, interval or frequency of use after 最佳 (a usage or
# dosage tip); 最 + a quality of the goods before a noun (an attributive superlative), over a field too,
# not a tip's way or measure, not a buying guide's how-to; the only choice in idioms (不二之选);
# words disowned in the shop's own voice (quoted after a denied verb of claiming, a banner refused) or
# refused by a back-reference after them (此类宣传, 之类的字眼, 以下用语：…); a facsimile reproducing a
# print's format at 1:1; a 高新技术企业 number named without a 证书编号 label.
def _c8a(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c8a/{slug}.html", codes, item(name, price, desc), note=note)


def _c8a_about(slug, host, codes, heading, text, note):
    page(slug, host, f"/c8a/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_c8a("trap-at8-feed-interval", "huajian-flower.test", N, "绿萝专用营养液 500ml", "19.9",
     "<p>用法：稀释后浇灌，最佳追肥间隔为半个月一次，冬季减半。</p>",
     note="trap: 最佳 before an interval of use with its value (追肥间隔) is a usage tip")
_c8a_about("trap-at8-when-to-act", "beian-news.test", N, "考研备考指南",
           "跨专业考生的最佳准备时间是考前一年的三月，先打好数学基础。",
           note="trap: 最佳 before a time to act (准备时间) is advice on when, not a claim")
_c8a("at8-buy-time", "xingchen-digital.test", [AT], "降噪耳机 旗舰款", "899",
     "<p>最佳入手时机就是现在，错过再等一年。</p>",
     note="AT: a time to buy (入手时机) is no use of the goods: 最佳 stays a claim")
_c8a("at8-attributive-quality", "qinghe-home.test", [AT], "可降解垃圾袋 3卷", "15.8",
     "<p>最环保的可降解垃圾袋，一卷30只，厨房卫生间都能用。</p>",
     note="AT: 最 + a quality of the goods before a noun (最环保的垃圾袋) claims 最高级")
_c8a("at8-field-quality", "shanye-outdoor.test", [AT], "网面徒步鞋", "329",
     "<p>同类产品中最透气，夏天走一天也不闷脚。</p>",
     note="AT: a superlative of a quality over a field (同类产品中最透气)")
_c8a("trap-at8-quality-tip", "liangpin-food.test", N, "鲜活鲈鱼 2条", "68",
     "<p>最健康的烹饪方法是清蒸，少油少盐，八分钟出锅。</p>",
     note="trap: 最健康的 before a way of cooking is a tip, not a claim about the goods")
_c8a_about("trap-at8-how-to-choose", "beian-news.test", N, "选购指南",
           "如何选购最安全的儿童安全座椅？看接口、看认证、看侧撞测试。",
           note="trap: a buying guide's how-to (如何选购最安全的…) teaches, it claims nothing")
_c8a("trap-at8-own-colour", "yunduo-fushi.test", N, "加绒卫衣", "159",
     "<p>三种颜色可选，店主觉得最好看的配色是燕麦色。</p>",
     note="trap: a colour ranked among the goods' own (最好看的配色) is self-comparison")
_c8a("at8-only-choice", "shanye-outdoor.test", [AT], "速开帐篷 3-4人", "459",
     "<p>露营党的唯一之选，三秒速开，防雨涂层。</p>",
     note="AT: the only choice in an idiom (唯一之选) is 最佳选择 in other words")
_c8a("trap-at8-choice-plain", "liangpin-food.test", N, "坚果礼盒 1.2kg", "128",
     "<p>年货之选，实惠之选，八种坚果独立小包。</p>",
     note="trap: 之选 alone (年货之选) ranks nothing")
_c8a("trap-wm8-disowned-quote", "zhiwei-tea.test", N, "土蜂蜜 500g", "88",
     "<p>我们从不挂“驰名商标”“行业第一”的招牌，只卖自家蜂场的蜜。</p>",
     note="trap: 驰名商标 and 行业第一 quoted as the object of a denied claim (不挂…招牌)")
_c8a_about("trap-fh8-disowned-banner", "qinghe-home.test", N, "关于我们",
           "我们不蹭省著名商标的名头，二十年只靠回头客。",
           note="trap: 著名商标 named in a banner the shop refuses to use (不蹭…的名头)")
_c8a("wm8-disowned-other", "qinghe-home.test", [WM], "乳胶枕", "199",
     "<p>不打价格战，我们是中国驰名商标企业。</p>",
     note="WM: 不打价格战 refuses a price war, not the words: 驰名商标 stays a claim")
_c8a("at8-affirm-quote", "qinghe-home.test", [AT], "手工刺绣桌旗", "268",
     "<p>不愧是“国家级”手艺，一针一线都讲究。</p>",
     note="AT: 不愧是 affirms the quoted words, it disowns nothing")
_c8a("trap-at8-backref", "yunduo-fushi.test", N, "纯棉T恤", "79",
     "<p>顶级、第一之类的字眼我们从来不写进详情页，好坏您说了算。</p>",
     note="trap: the words refused by a back-reference after them (之类的字眼…从来不写)")
_c8a_about("trap-fh8-backref-list", "liangpin-food.test", N, "宣传承诺",
           "下列字样本店一律不用：免检产品、中国名牌。",
           note="trap: the honours listed after a refusal of them and a colon")
_c8a("at8-backref-before", "xingchen-digital.test", [AT], "充电宝 20000mAh", "129",
     "<p>不做虚假宣传，全网最低价，假一赔十。</p>",
     note="AT: 不做虚假宣传 points back at nothing: 全网最低价 stays a claim")
_c8a("trap-ct8-facsimile-format", "zhiwei-tea.test", N, "宋拓本字帖 影印版", "45",
     "<p>据宋拓本影印，一比一再现原帖版式与字号，适合临摹。</p>",
     note="trap: a facsimile reproducing a print's format at 一比一 names no trademark")
_c8a("ct8-facsimile-brand", "fangzhou-bags.test", [CT], "老花斜挎包", "259",
     "<p>1:1还原大牌logo字体，细节到位。</p>",
     note="CT: 1:1 against a brand's mark stays a copy grade, whatever the format word")
_c8a_about("fh8-hnte-named", "chuxin-toys.test", [FH], "企业资质",
           "公司是国家高新技术企业（GR20193300），拥有实用新型专利12项。",
           note="FH: a 高新技术企业 number named without a label, too short to exist (GR + year + province + 6 digits)")
_c8a_about("trap-fh8-hnte-named-ok", "chuxin-toys.test", N, "荣誉证书",
           "国家高新技术企业 GR201944001276，拥有发明专利3项。",
           note="trap: a well-formed 高新技术企业 number named without a label")
# ============================================================================ c8claims: the claims codes (corpus6/7 holdouts)
# Classes taken from the remaining misses of the corpus6 and corpus7 holdouts, each written here in other
# words with a positive and a trap: lock-picking tools, covert cameras named with a disguise or sold for
# filming unseen, jammers in any form, number-plate hiders, protected wild animals offered alive (PG);
# recovery and disappearance words after a disease, 祛 before one, a visa guarantee (FC); a review asked
# for by length or in slang, a campaign refused by its running verb (RI); a concession that extends a
# refusal to sealed goods (RR); a sentence calling a term unlawful (RI, RR, FC).
def _c8c(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c8c/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


_c8c("pg8-lockpick", "haoyun-home.test", [PG], "锁具配件 工具套装", "260",
     "锡纸快开工具一套，各种叶片锁通杀，附教学视频。", note="PG: lock-picking tools (锡纸快开工具)")
_c8c("trap-pg8-lock-resists", "qinghe-home.test", N, "智能门锁 超C级锁芯", "1299",
     "超C级锁芯，防锡纸开锁、防猫眼开锁，守护家人安全。", note="trap: a lock said to resist picking (防锡纸开锁)")
_c8c("trap-pg8-locksmith", "qinghe-home.test", N, "上门换锁服务", "80",
     "师傅自带开锁工具上门，开锁前须出示身份证和房产证明。", note="trap: a locksmith brings his own tools to a call")
_c8c("pg8-cam-disguised", "haoyun-home.test", [PG], "迷你高清摄像头", "139",
     "高清摄像头 充电头造型，插上就能录。", note="PG: a camera named before the object it looks like (充电头造型)")
_c8c("pg8-cam-unseen", "haoyun-home.test", [PG], "迷你录音笔 长续航", "99",
     "偷录对方谈话神不知鬼不觉，续航20小时。", note="PG: recording unseen sold as the use (偷录…神不知鬼不觉)")
_c8c("trap-pg8-cam-victim", "xingchen-digital.test", N, "酒店防窥检测仪", "89",
     "住酒店担心被偷拍？打开检测仪扫一圈就知道。", note="trap: a victim of filming (被偷拍) and a detector")
_c8c("trap-pg8-trailcam", "shanye-outdoor.test", N, "红外狩猎相机", "599",
     "野外迷彩外壳，红外夜视，记录野生动物活动。", note="trap: a wildlife trail camera in camouflage")
_c8c("pg8-jammer", "xingchen-digital.test", [PG], "便携式信号干扰设备", "1680",
     "覆盖半径50米，一键开启，电池可用4小时。", note="PG: a jamming device named by its target (信号干扰设备)")
_c8c("pg8-counter-drone", "xingchen-digital.test", [PG], "无人机反制器 手持款", "5200",
     "一键驱离，个人也能买。", note="PG: a counter-drone jammer (反制器)")
_c8c("trap-pg8-anti-interference", "xingchen-digital.test", N, "音频线 双层屏蔽", "39",
     "双层屏蔽，抗干扰能力强，适合音响连接。", note="trap: 抗干扰, a cable's immunity")
_c8c("pg8-plate-hider", "haoyun-home.test", [PG], "号牌遮挡装置", "699",
     "遥控升降，过测速不拍。", note="PG: a device that hides the number plate (号牌遮挡装置)")
_c8c("trap-pg8-plate-frame", "haoyun-home.test", N, "车牌架 不锈钢", "35",
     "防盗螺丝，一副两只，新能源牌照通用。", note="trap: a plain number-plate frame")
_c8c("trap-pg8-plate-fine", "beian-news.test", N, "驾考题库 科目一", "0",
     "故意遮挡号牌的，记12分并罚款200元。", note="trap: the penalty for covering a plate")
_c8c("pg8-wildlife-live", "chuxin-toys.test", [PG], "非洲灰鹦鹉", "16800",
     "手养 已开食，会说话，顺丰空运。", note="PG: a CITES I parrot offered alive (手养, 已开食)")
_c8c("pg8-wildlife-live-before", "chuxin-toys.test", [PG], "宠物猴", "9800",
     "出售活体猕猴一只，包活到家。", note="PG: a protected primate offered alive (活体猕猴)")
_c8c("trap-pg8-wildlife-food", "chuxin-toys.test", N, "大型鹦鹉坚果粮 2kg", "128",
     "金刚鹦鹉专用饲料，坚果混合粮。", note="trap: food for a protected parrot, no animal sold")
_c8c("trap-pg8-wildlife-toy", "chuxin-toys.test", N, "学舌鹦鹉毛绒玩具", "59",
     "会说话的金刚鹦鹉毛绒玩具，按一下就学舌。", note="trap: a plush toy of a protected parrot")
_c8c("trap-pg8-pet-parrot", "chuxin-toys.test", N, "玄凤鹦鹉 幼鸟", "280",
     "玄凤鹦鹉 幼鸟 手养，温顺亲人。", note="trap: a parrot bred as an ordinary pet (玄凤), not protected")
_c8c("trap-pg8-wildlife-licensed", "chuxin-toys.test", N, "金刚鹦鹉（人工繁育）", "26000",
     "金刚鹦鹉 幼鸟 手养，持有人工繁育许可证和经营利用许可证，附专用标识。",
     note="trap: a protected parrot sold with the breeding and trading licences and the special mark")
_c8c("fc8-better", "zhiwei-tea.test", [FC], "养胃猴头菇茶", "88",
     "老胃病喝了半个月明显好转。", note="FC: a disease said to get better (好转)")
_c8c("fc8-gone", "cuiyu-jade.test", [FC], "野生灵芝孢子粉", "1280",
     "复查时肿瘤不见了，医生都惊讶。", note="FC: a tumour said to be gone (不见了)")
_c8c("trap-fc8-not-better", "moubai-beauty.test", N, "舒缓修护霜", "139",
     "湿疹用了三天没有好转的，可以申请退货。", note="trap: a disease said not to get better (没有好转)")
_c8c("fc8-qu", "liangpin-food.test", [FC], "五加皮药酒 500ml", "168",
     "这款药酒祛风湿，一喝就灵。", note="FC: 祛 before a disease (祛风湿) for a liquor")
_c8c("trap-fc8-qu-drug", "qingsong-pharm.test", N, "独活寄生丸（国药准字）", "32",
     "【功能主治】祛风湿，止痹痛。", note="trap: a registered drug's indications under their heading")
_c8c("trap-fc8-qu-damp", "liangpin-food.test", N, "红豆薏米茶", "39",
     "祛湿茶，红豆薏米芡实，夏季常备。", note="trap: 祛湿 names no disease")
_c8c("trap-fc8-visa", "beian-news.test", N, "美国旅游签证代办", "899",
     "美国签证包过，材料我们来准备。", note="trap: a visa guarantee is no exam pass (广告法 第二十四条)")
_c8c("fc8-exam-pass", "beian-news.test", [FC], "教师资格证面试班", "1299",
     "面试班包过！", note="FC: a guaranteed exam pass (包过)")
_c8c("trap-fc8-called-unlawful", "beian-news.test", N, "消费提示合集", "0",
     "商家宣传“根治糖尿病”属于违法行为。", note="trap: a sentence that calls the claim unlawful")
_c8c("ri8-length-slang", "yunduo-fushi.test", [RI], "纯棉卫衣", "129",
     "收到后写满50字夸夸我们，截图发客服领3元红包。", note="RI: a review asked for by length and in slang (写满50字夸夸)")
_c8c("ri8-comment-gift", "qinghe-home.test", [RI], "抽纸 24包", "49",
     "发条评论带上照片，找客服领纸巾一包。", note="RI: a comment asked for and a gift counted out")
_c8c("ri8-top-score", "yunduo-fushi.test", [RI], "针织开衫", "159",
     "打满分的亲，私聊客服返你5块。", note="RI: a top score asked for and money paid back")
_c8c("trap-ri8-praise-told", "liangpin-food.test", N, "全麦面包", "19",
     "顾客都夸夸我们家的面包，门店买二送一件。", note="trap: praise told and a buy-two-get-one promotion")
_c8c("trap-ri8-scheme-refused", "yunduo-fushi.test", N, "羊毛围巾", "199",
     "本店不组织晒单送红包这类活动，评价请按真实感受写。", note="trap: a campaign refused by its running verb (不组织)")
_c8c("trap-ri8-called-unlawful", "beian-news.test", N, "网购避坑指南", "0",
     "“好评返现”属于违规行为，商家以红包换好评违法。", note="trap: a sentence that calls the inducement unlawful")
_c8c("trap-ri8-engrave", "chuxin-toys.test", N, "定制刻字钢笔", "89",
     "刻字限10字以内，送礼盒一个。", note="trap: 10字 is an engraving limit, no review asked")
_c8c("rr8-concession", "moubai-beauty.test", [RR], "保湿精华 30ml", "199",
     "化妆品一经售出，哪怕未开封也不退换。", note="RR: a concession extends the refusal to sealed goods (哪怕未开封也不退换)")
_c8c("rr8-unopened-refused", "beian-news.test", [RR], "散文集 精装", "58",
     "本店图书即使未拆封也不支持7天无理由退货。", note="RR: sealed books refused (即使未拆封也不支持): books are no exemption")
_c8c("trap-rr8-unopened-granted", "moubai-beauty.test", N, "洁面乳 120g", "69",
     "开封后不支持七天无理由退货，未拆封的支持退货。", note="trap: only opened goods refused, sealed ones returnable")
_c8c("trap-rr8-unfair-term", "beian-news.test", N, "消费维权手册", "0",
     "“售出概不退换”属于霸王条款，消费者可以投诉。", note="trap: a sentence that calls the refusal an unfair term")
_c8c("trap-rr8-seller-unlawful", "beian-news.test", N, "网购法律常识", "0",
     "有的卖家写“不支持七日无理由退货”，这种做法不合法。", note="trap: a seller's refusal reported and judged unlawful")
_c8c("rr8-threat", "yunduo-fushi.test", [RR], "真丝睡衣", "259",
     "本店商品不支持七天无理由退货，恶意退货属于违法行为。",
     note="RR: a refusal with a threat to buyers (恶意退货…违法) is still a refusal")
_c8c("trap-pg8-pores", "moubai-beauty.test", N, "毛孔细致精华", "159",
     "粗大毛孔细如针孔，隐形毛孔，上妆服帖。", note="trap: pores as small as pinholes, no camera")
_c8c("trap-pg8-jammer-part", "xingchen-digital.test", N, "HiFi 解码耳放", "699",
     "采用低干扰器件，底噪更低。", note="trap: 干扰器件, a circuit component")

# ============================================================================ r2adv: corpus8 open misses (AT, CT, WM, FH)
# Classes taken from corpus8 p/065 q/004 q/030 q/038 o/009 o/022 q/027, each written here in other words
# with a positive and a trap: any place as the field of a rank after 全 (@PLACE_*); the first brand of a
# category (X第一Y品牌), not an ordinal; the king of a measure (性价比之王), not an animal's epithet; a
# reader warned not to be misled by the words (@MISLEAD_WARNING), a rumour rebutted (@RUMOUR) and a
# buyer's question reported (@REPORTED_QUESTION), for every code of this block; anti-counterfeit marks
# sold as a full set with a copy; the words said not to exist; a building rebuilt at 1:1.
def _r2a(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/r2a/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _r2a_about(slug, host, codes, heading, text, note):
    page(slug, host, f"/r2a/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_r2a("at-r2-place-field", "liangpin-food.test", [AT], "广式腊肠 500g", "58",
     "老字号作坊，全粤销量最高的腊味，肥瘦三七开。",
     note="AT: a province after 全 is a field (全粤销量最高), as 全网 is")
_r2a("trap-at-r2-place-ship", "liangpin-food.test", N, "云南鲜花饼 10枚", "39",
     "全滇各地均可配送，最快次日达，偏远地区除外。",
     note="trap: 全滇 with a delivery bound (最快次日达) ranks nothing")
_r2a("at-r2-category-brand", "qinghe-home.test", [AT], "蚕丝被 200×230", "899",
     "华东第一大家纺品牌，二十年只做好被子。",
     note="AT: the first brand of a category (第一大家纺品牌) is 第一品牌 with the goods named")
_r2a_about("trap-at-r2-first-brand-ordinal", "qinghe-home.test", N, "品牌故事",
           "2015年我们推出了第一个子品牌，入选当年第一批品牌培育名单。",
           note="trap: an ordinal before 品牌 (第一个子品牌, 第一批品牌) ranks nothing")
_r2a("at-r2-king", "xingchen-digital.test", [AT], "蓝牙耳机 长续航版", "199",
     "千元以内的续航之王，充一次用一周。",
     note="AT: the king of a measure (续航之王) is 最高级 as a title")
_r2a("at-r2-king-field", "xingchen-digital.test", [AT], "移动硬盘 2TB", "459",
     "同价位里的性价比王者，读写稳定。",
     note="AT: the king of a field (同价位…王者) is a superlative over it")
_r2a("trap-at-r2-king-animal", "chuxin-toys.test", N, "毛绒老虎公仔 40cm", "69",
     "森林之王老虎造型，百兽之王也有软萌的一面。",
     note="trap: an animal's epithet (森林之王, 百兽之王) names no goods' rank")
_r2a_about("trap-at-r2-mislead", "beian-news.test", N, "选购提醒",
           "买净水器别轻信“行业顶级”“国家级认证”之类的广告，先看检测报告。",
           note="trap: the words as the object of a warning not to believe them (别轻信…之类的广告)")
_r2a_about("trap-wm-r2-mislead", "beian-news.test", N, "消费提醒",
           "千万别被“驰名商标”的招牌唬住，看清厂名厂址。",
           note="trap: 驰名商标 as the object of a warning (别被…的招牌唬住): @MISLEAD_WARNING")
_r2a("at-r2-mislead-contrast", "zhiwei-tea.test", [AT], "正山小种 250g", "168",
     "不要被低价忽悠，本店只做顶级桐木关原料。",
     note="AT: a warning about others' prices, then the shop's own boast after a comma")
_r2a_about("trap-fh-r2-rumour", "liangpin-food.test", N, "公告",
           "网上说本厂是“免检企业”的谣言与我们无关，产品均按批次送检。",
           note="trap: an honour named as what a rumour says (谣言): @RUMOUR")
_r2a_about("trap-ct-r2-rumour", "fangzhou-bags.test", N, "辟谣声明",
           "针对网传本店出售A货一事辟谣：所售箱包均有品牌授权书。",
           note="trap: A货 named in a rumour's rebuttal (辟谣)")
_r2a_about("trap-ct-r2-question", "fangzhou-bags.test", N, "常见问题",
           "常有买家留言咨询是否原单货，统一答复：全部专柜渠道正品。",
           note="trap: a buyer's question reported (咨询是否原单货): @REPORTED_QUESTION")
_r2a("ct-r2-question-answered", "fangzhou-bags.test", [CT], "链条小方包", "299",
     "好多人问是不是原单，对，就是原单，细节看图。",
     note="CT: the answer after the question affirms the words (就是原单)")
_r2a("ct-r2-full-set", "zhiwei-tea.test", [CT], "茅台飞天 53度 仿款", "199",
     "精仿版本，瓶身酒盒防伪标一套配齐，送人有面子。",
     note="CT: an anti-counterfeit mark sold as a full set with a copy (防伪标一套配齐)")
_r2a("trap-ct-r2-not-exist", "fangzhou-bags.test", N, "牛皮托特包", "459",
     "工厂直营，不存在所谓“高仿”，每只包附品牌吊牌。",
     note="trap: the words said not to exist (不存在所谓“高仿”)")
_r2a("ct-r2-not-exist-flaw", "fangzhou-bags.test", [CT], "经典老花包", "380",
     "不存在色差的精仿款，对比专柜一模一样。",
     note="CT: 不存在 denies a flaw of the copy, not the words: 精仿 stays")
_r2a_about("trap-ct-r2-rebuilt", "beian-news.test", N, "景区导览",
           "影视城里一比一还原的民国老街，晚上有灯光秀。",
           note="trap: a street rebuilt at 一比一 is a scale, no goods")
_r2a("ct-r2-rebuilt-brand", "fangzhou-bags.test", [CT], "菱格链条包", "420",
     "一比一还原专柜款，五金刻字清晰。",
     note="CT: 一比一 against a counter's model stays a copy grade")


# ============================================================================ r2facts: corpus8 fact classes
# (1) A front controller (/, /index.php) whose query routes to another page (a cart's product route,
# an id parameter) is no home: home-only duties (ICP_MISSING, LICENSE_MISSING) are not asked of it;
# tracking and language parameters, or a route naming the home itself, keep the home.  (2) A holder
# labelled on the line over another code (a brand's or platform's operator over its own code) is that
# code's, never the one this code is judged against; a name written after its form of business
# (个体工商户 NAME 统一社会信用代码 …) is its code's holder.  (3) An amount after a reward word
# (返现, 补贴, 奖励, 佣金) is paid to the buyer and is no price of the item.
def _r2f_home_query(path):
    """A front controller's address whose query keeps the home page (tracking, or the home route)."""
    base, _, query = path.partition("?")
    if not query or base not in ("/", "/index.html", "/index.php"):
        return False
    for kv in query.split("&"):
        k, _, v = kv.partition("=")
        if not (k.startswith("utm_") or k in ("from", "spm", "lang") or (k == "route" and v == "common/home")):
            return False
    return True


auto_site("mingshan-wine.test", "鸣山酒庄", "鲁")
page("trap-r2f-im-cart-route", "mingshan-wine.test", "/index.php?route=product/product&product_id=18", N,
     item("赤霞珠干红 750ml", "168", "<p>烟台产区，橡木桶陈酿十二个月。</p>"), icp="none",
     note="trap: a cart's product route behind index.php is an item page, not the home: no ICP asked")
auto_site("baiyun-tea.test", "白云茶庄", "闽")
page("trap-r2f-im-zen-products", "baiyun-tea.test", "/index.php?main_page=product_info&cPath=2&products_id=7",
     N, item("武夷岩茶 250g", "238", "<p>中火焙制，岩韵明显。</p>"), icp="none", enc="gbk", decl="gbk",
     note="trap: GBK; an item named by main_page and products_id behind index.php is no home")
home("r2f-im-home-tracking", "qiaomu-toy.test", "乔木玩具", "苏", [IM], icp="none",
     path="/?utm_source=baidu&utm_medium=cpc&from=brandzone",
     note="ICP_MISSING: the home reached through an ad link (tracking parameters only) shows no ICP number")
home("r2f-im-home-route", "yuanye-bag.test", "原野箱包", "粤", [IM], icp="none",
     path="/index.php?route=common/home",
     note="ICP_MISSING: a cart's own home route is the home page; it shows no ICP number")

_r2f_own = auto_site("shiguang-books.test", "拾光书屋", "浙", kind="92")
_r2f_own.company = "宁波市海曙区拾光书店"
home("r2f-lx-form-before-name", "shiguang-books.test", "拾光书屋", "浙", [LX], lic="none",
     extra=f'<div class="zz"><p>个体工商户 {_r2f_own.company} 统一社会信用代码 {_r2f_own.uscc}</p></div>',
     note="LICENSE_MISMATCH: the name after its form (个体工商户) is not the registry's holder of the code")
reg("shiguang-books.test", name="宁波市海曙区拾光文具店")
_r2f_own = auto_site("banshan-tea.test", "半山茶行", "闽", kind="92")
_r2f_own.company = "厦门市思明区半山茶行"
_r2f_brand = auto_site("yunmu-brand.test", "云木", "闽", trade="品牌管理")
home("trap-r2f-lx-holder-over-brand-code", "banshan-tea.test", "半山茶行", "闽", N, lic="none",
     extra=(f'<div class="zz"><p>统一社会信用代码：{_r2f_own.uscc}</p><p>门店自提，满百包邮</p></div>'
            f'<div class="brand"><p>品牌运营方：{_r2f_brand.company}</p>'
            f'<p>统一社会信用代码 {_r2f_brand.uscc}</p></div>'),
     note="trap: the brand operator labelled over the brand's own code is not this shop code's holder")
_r2f_own = auto_site("qingchuan-honey.test", "晴川蜂业", "鄂", kind="92")
_r2f_own.company = "武汉市江岸区晴川蜂蜜店"
home("trap-r2f-lx-form-before-name", "qingchuan-honey.test", "晴川蜂业", "鄂", N, lic="none",
     extra=(f'<div class="zz"><p>个人独资企业：{_r2f_own.company}　统一社会信用代码：{_r2f_own.uscc}</p></div>'
            f'<div class="brand"><p>主办单位：{_r2f_brand.company}</p><p>{_r2f_brand.uscc}</p></div>'),
     note="trap: the name after its form is the registry's holder; the sponsor over its own code is not")

auto_site("zhixing-edu.test", "知行教育", "川", trade="教育咨询")
_r2f_seen = lambda p, o: item("初级会计 全程班", p, "<p>零基础可学，含教材。</p>", orig=o)
price_page("r2f-fop-reward-slug", "zhixing-edu.test", "/kecheng/chuji-kuaiji.html", [FP_, RI],
           "初级会计 全程班", 1280, 2980, [(3, 1280, None)],
           "FAKE_ORIGINAL_PRICE: 原价 2980, sold at 1280 three days before; the 返现 amount is paid to the "
           "buyer, no second price; REVIEW_INDUCEMENT: cash back for a posted order (晒单返现)",
           body=item("初级会计 全程班", 1280, "<p>报名后晒单返现 30 元，名额有限。</p>", orig=2980),
           seen_body=_r2f_seen)
_r2f_seen = lambda p, o: item("税务实操 周末班", p, "<p>小班授课。</p>", orig=o)
price_page("trap-r2f-fop-reward-slug", "zhixing-edu.test", "/kecheng/shuiwu-shicao.html", N, "税务实操 周末班",
           860, 1280, [(2, 1280, None)], "trap: sold at the 原价 1280 two days before; 推荐好友补贴 is a reward",
           body=item("税务实操 周末班", 860, "<p>推荐好友报名补贴 50 元，佣金次月发放。</p>", orig=1280),
           seen_body=_r2f_seen)



# ============================================================================ r2claims: corpus8 open misses, claims codes
# Classes taken from the corpus8 open misses, each written here in other words with a positive and a
# trap: prevention of a disease named by its suffix (预防…症/炎/畸形), the outcomes of study guaranteed
# (包文凭, 包就业, 保 N 分), a result guaranteed with a refund if missed (达不到…退), a business return
# guaranteed (承诺投产比), words named under a denied verb of writing (FC); a blanket refusal that a
# purchase confirmation does not save, a service named as what is sold (RR); the follow-up review in its
# long forms (RI).
def _r2c(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/r2c/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


_r2c("fc-r2-prevent-syndrome", "xingchen-digital.test", [FC], "防蓝光护目镜", "129",
     "每天戴两小时，有效预防干眼症。", note="FC: prevention of a disease named by its suffix (预防干眼症)")
_r2c("fc-r2-prevent-deform", "yunduo-fushi.test", [FC], "儿童矫姿学步鞋", "239",
     "足弓支撑设计，能防治宝宝足部畸形。", note="FC: prevention of a deformity (防治…畸形) for shoes")
_r2c("trap-fc-r2-crop-pests", "liangpin-food.test", N, "果树专用有机肥 20kg", "88",
     "增产提质，预防病虫害，春秋两季施用。", note="trap: 病虫害 is a crop's pests, no disease")
_r2c("fc-r2-diploma", "beian-news.test", [FC], "成人函授本科", "16800",
     "签约即包文凭，两年半拿本。", note="FC: a diploma guaranteed (包文凭), 广告法 第二十四条")
_r2c("fc-r2-job", "beian-news.test", [FC], "Java 全栈就业班", "19800",
     "零基础入学，学完包就业。", note="FC: a job guaranteed after a course (包就业)")
_r2c("fc-r2-score", "beian-news.test", [FC], "大学英语四级冲刺营", "699",
     "押题精准，四级保 520 分。", note="FC: an exam score guaranteed (保 520 分)")
_r2c("trap-fc-r2-schoolbag", "chuxin-toys.test", N, "护脊双肩书包", "199",
     "书包毕业季特惠，续航保 90 分钟的护眼灯加购立减。",
     note="trap: 书包 before 毕业季 and 保 90 分钟 are no guarantee of study")
_r2c("fc-r2-refund-miss", "moubai-beauty.test", [FC], "祛痘精华液", "259",
     "坚持用满 28 天，效果达不到全额退款。", note="FC: a result guaranteed with a refund if missed (达不到…退款)")
_r2c("fc-r2-refund-target", "liangpin-food.test", [FC], "轻体代餐套装", "399",
     "30 天没达到目标体重，退还全部费用。", note="FC: a target guaranteed with a refund (没达到…退)")
_r2c("trap-fc-r2-quality-refund", "qinghe-home.test", N, "不锈钢炒锅", "168",
     "如产品质量达不到国家标准，签收后可退货退款。", note="trap: a quality guarantee promises the goods, not a result")
_r2c("fc-r2-roi", "beian-news.test", [FC], "直播间代运营套餐", "15000",
     "签约后承诺投产比 1:5，按月结算。", note="FC: a return on an agency's service guaranteed (承诺投产比)")
_r2c("trap-fc-r2-roi-explained", "beian-news.test", N, "电商运营入门课", "99",
     "投产比是衡量直播效果的指标，任何机构都无法保证投产比。", note="trap: the measure explained and a guarantee denied")
_r2c("trap-fc-r2-words-named", "moubai-beauty.test", N, "修护面霜", "189",
     "详情页不写“抗衰老”“降血糖”“根治”等字眼，只写成分和用法。",
     note="trap: claim words named under a denied verb of writing (不写“降血糖”“根治”)")
_r2c("rr-r2-blanket-confirm", "liangpin-food.test", [RR], "坚果大礼包", "128",
     "礼包售出后不退不换，拍下时请确认。",
     note="RR: a blanket refusal from the sale on (售出后不退不换); a confirmation does not make it lawful")
_r2c("trap-rr-r2-nature-confirm", "yunduo-fushi.test", N, "纯棉内裤 三条装", "59",
     "贴身衣物拆封后不支持七天无理由退货，下单前请确认。",
     note="trap: goods excluded by their nature, confirmed at purchase (第二十五条 第二款)")
_r2c("trap-rr-r2-service", "beian-news.test", N, "婚礼跟拍 半天", "2800",
     "婚礼跟拍属于上门服务，预约后不适用7天无理由退款。", note="trap: a service, not goods (属于上门服务)")
_r2c("trap-rr-r2-service-class", "qinghe-home.test", N, "深度保洁 三小时", "360",
     "家政保洁为服务类项目，不支持七日无理由退款，可提前一天改约。",
     note="trap: a service class named (服务类项目), not goods")
_r2c("rr-r2-service-beside", "qinghe-home.test", [RR], "北欧吸顶灯", "499",
     "本店提供免费安装服务，灯具不支持七天无理由退货。",
     note="RR: a service offered beside goods; the goods are refused")
_r2c("rr-r2-service-word", "xingchen-digital.test", [RR], "厨下净水器", "1299",
     "净水器属于售后服务有保障的家电，不支持七天无理由退货。",
     note="RR: 服务 said of the after-sales of goods, not what is sold (属于售后服务有保障的家电)")
_r2c("ri-r2-followup", "yunduo-fushi.test", [RI], "羊绒大衣", "899",
     "收货一周后补充评价，附上穿搭照片，找客服领 8 元红包。",
     note="RI: a follow-up review asked for (补充评价) and a red packet")
_r2c("ri-r2-followup-second", "qinghe-home.test", [RI], "乳胶枕", "159",
     "二次评价满 20 字，私信客服返 3 元。", note="RI: a second review asked for (二次评价) and money paid back")
_r2c("trap-ri-r2-followup-feature", "beian-news.test", N, "购物帮助", "0",
     "追加评价功能已上线，确认收货后 180 天内均可追加评价。", note="trap: the follow-up review feature explained, no reward")
# ============================================================================ r2goods: PROHIBITED_GOODS (corpus8 open misses)
# Classes taken from corpus8's missed PROHIBITED_GOODS pages, each written here in other words with a
# positive and a trap: phone/IoT cards sold past real-name registration, a diploma had without study or
# in days, fireworks sent by courier and toxic chemicals sold without a permit, infant formula re-packed
# from its can, wild game sold as food, a crossbow by its other name, a reported question whether to buy.
def _r2g(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/r2g/{slug}.html", codes, item(name, price, desc), note=note)


_r2g("pg-r2g-card-noreal", "xingchen-digital.test", [PG], "随身上网卡 大流量", "29",
     "<p>电信上网卡 月租29元</p><p>不需要实名，收到即可上网。</p>",
     note="PG: a data card sold without real-name registration (不需要实名), 反电信网络诈骗法 第三十一条")
_r2g("pg-r2g-card-other", "xingchen-digital.test", [PG], "移动成品卡 现货", "120",
     "<p>成品卡到手直接用，无需本人到场核验。</p>",
     note="PG: a card registered to someone else used as it is (成品卡…无需本人)")
_r2g("pg-r2g-card-before", "xingchen-digital.test", [PG], "尾号6666 靓号", "3800",
     "<p>免过户 联通手机卡，插上就能打。</p>",
     note="PG: a way round the real name before the card (免过户…手机卡)")
_r2g("trap-pg-r2g-card-lawful", "xingchen-digital.test", N, "5G手机卡 新用户办理", "0",
     "<p>按国家规定实名登记，需本人持身份证激活，一证最多五张。</p>",
     note="trap: a card sold with real-name registration by the holder")
_r2g("trap-pg-r2g-card-refused", "xingchen-digital.test", N, "物联网卡 行业专用", "15",
     "<p>本店物联网卡拒绝免实名销售，每张卡均按规定实名登记。</p>",
     note="trap: a shop refusing sale without the real name (拒绝免实名)")
_r2g("trap-pg-r2g-giftcard", "qinghe-home.test", N, "超市购物卡 实体卡 500面值", "500",
     "<p>不记名，免实名，全国门店通用。</p>", note="trap: a store gift card (实体卡), no phone card")
_r2g("pg-r2g-degree-noexam", "beian-news.test", [PG], "在职研究生 硕士学位证", "39800",
     "<p>无需参加考试，交费后学位证三周下证。</p>",
     note="PG: a degree had without an exam, out in weeks (无需参加考试…三周下证), 刑法 第二百八十条")
_r2g("pg-r2g-diploma-days", "beian-news.test", [PG], "成人本科毕业证 快速通道", "16800",
     "<p>毕业证 免到校 免考试，20个工作日出证。</p>",
     note="PG: a diploma without classes or exams, out in days (免到校 免考试, 20个工作日出证)")
_r2g("trap-pg-r2g-open-univ", "beian-news.test", N, "国家开放大学 本科", "6800",
     "<p>免试入学，网上学习，课程考试合格后颁发毕业证，学信网可查。</p>",
     note="trap: admission without an entrance exam, courses still examined")
_r2g("trap-pg-r2g-distance", "beian-news.test", N, "网络教育 专升本", "9800",
     "<p>无需到校上课，在线学习，统考合格即可毕业，颁发毕业证书。</p>",
     note="trap: distance learning without classes on site, exams kept")
_r2g("pg-r2g-fireworks-courier", "haoyun-home.test", [PG], "加特林 组合烟花 36发", "168",
     "<p>韵达发货，偏远地区加运费。</p>",
     note="PG: fireworks sent by a courier (组合烟花…韵达发货): 烟花爆竹 may not be mailed")
_r2g("pg-r2g-firecracker-disguised", "haoyun-home.test", [PG], "过年小鞭炮 一箱", "88",
     "<p>快递到家，外包装写玩具。</p>", note="PG: firecrackers by courier, declared as toys")
_r2g("pg-r2g-toxic-anyone", "haoyun-home.test", [PG], "三氧化二砷 分析纯 500g", "260",
     "<p>个人可以购买，直接下单即可。</p>",
     note="PG: a highly toxic chemical sold to anyone (个人可以购买), 危险化学品安全管理条例")
_r2g("trap-pg-r2g-fireworks-shop", "haoyun-home.test", N, "烟花爆竹零售点（持证经营）", "0",
     "<p>礼花弹、组合烟花到店选购，仅限门店自提，不发快递。</p>",
     note="trap: a licensed shop that sends no fireworks by courier")
_r2g("trap-pg-r2g-e-firecracker", "haoyun-home.test", N, "婚庆电子鞭炮 LED", "59",
     "<p>电子鞭炮无火药，顺丰包邮。</p>", note="trap: an electric firecracker without powder")
_r2g("trap-pg-r2g-firecracker-deco", "haoyun-home.test", N, "仿真鞭炮挂件 春节装饰", "19",
     "<p>红色鞭炮挂饰一串，包邮。</p>", note="trap: a decorative firecracker string")
_r2g("trap-pg-r2g-toxic-permit", "haoyun-home.test", N, "氰化钠 工业级", "0",
     "<p>凭剧毒化学品购买许可证采购，危险品专车运输。</p>",
     note="trap: a toxic chemical sold against the purchase permit")
_r2g("trap-pg-r2g-mail-notice", "beian-news.test", N, "寄件须知", "0",
     "<p>烟花爆竹属于禁寄物品，请勿通过快递寄递。</p>", note="trap: a notice that fireworks may not be mailed")
_r2g("pg-r2g-formula-repacked", "liangpin-food.test", [PG], "幼儿配方乳粉 尝鲜装", "39",
     "<p>正品幼儿配方乳粉拆罐分装，每袋150克，尝鲜价。</p>",
     note="PG: infant formula re-packed from its can (乳粉拆罐分装), 食品安全法 第八十一条")
_r2g("trap-pg-r2g-formula-box", "liangpin-food.test", N, "奶粉分装盒 便携三格", "25",
     "<p>出门时把大罐里的奶粉分装进三格盒，冲泡方便。</p>",
     note="trap: a formula box a parent fills from the can")
_r2g("pg-r2g-game-dove", "liangpin-food.test", [PG], "农家腊味 风干", "198",
     "<p>山里野生斑鸠，每只约三两，炖汤香。</p>",
     note="PG: a wild bird sold as food (野生斑鸠…炖汤), 野生动物保护法 第三十一条")
_r2g("pg-r2g-game-civet", "liangpin-food.test", [PG], "果子狸 鲜货", "680",
     "<p>果子狸肉 真空冷冻 顺丰冷链。</p>", note="PG: civet meat sold as food")
_r2g("trap-pg-r2g-birdwatch", "beian-news.test", N, "观鸟日记", "0",
     "<p>今年秋天在稻田边拍到一群禾花雀，数量比往年多。</p>",
     note="trap: a protected bird seen, nothing sold")
_r2g("trap-pg-r2g-wild-mushroom", "liangpin-food.test", N, "云南野生菌 干货", "88",
     "<p>野生牛肝菌一斤装，炖鸡鲜美。</p>", note="trap: wild mushrooms, no animal")
_r2g("pg-r2g-crossbow", "shanye-outdoor.test", [PG], "复合十字弓 150磅", "1280",
     "<p>配红点瞄准器，户外射猎。</p>", note="PG: a crossbow by its other name (十字弓)")
_r2g("trap-pg-r2g-recurve", "shanye-outdoor.test", N, "反曲弓 射箭俱乐部训练弓", "680",
     "<p>适合射箭馆和比赛训练，需在俱乐部教练指导下使用。</p>", note="trap: a competition bow")
_r2g("trap-pg-r2g-crossbow-shape", "chuxin-toys.test", N, "十字弓造型 金属书签", "15",
     "<p>复古金属书签，送礼自用。</p>", note="trap: a bookmark shaped like a crossbow")
_r2g("trap-pg-r2g-asked", "beian-news.test", N, "开锁行业提醒", "0",
     "<p>常有业主私信问哪里能买到开锁工具，我们的回答是：这类工具只卖给备案师傅。</p>",
     note="trap: someone's question where to buy reported and answered")
_r2g("pg-r2g-asked-other", "haoyun-home.test", [PG], "开锁工具套装", "260",
     "<p>不少顾客问能不能教，我们附送教学视频，锡纸快开工具一套。</p>",
     note="PG: a question reported that is not about buying does not excuse the offer")
_r2g("pg-r2g-xueli-nostudy", "beian-news.test", [PG], "专科学历 速成班", "8800",
     "<p>专科学历，不用到校也不用考试，报名即安排。</p>",
     note="PG: a 学历 had without classes or exams (不用到校也不用考试)")
_r2g("trap-pg-r2g-job-xueli", "beian-news.test", N, "招聘：在线客服", "0",
     "<p>学历不限，无需考试，不用坐班，时间自由。</p>", note="trap: a job ad, 学历不限")
_r2g("pg-r2g-cold-fireworks", "haoyun-home.test", [PG], "婚礼冷焰火 室内款", "99",
     "<p>一箱12支，中通快递发全国。</p>", note="PG: cold fireworks (冷焰火) sent by courier")
_r2g("trap-pg-r2g-cold-machine", "haoyun-home.test", N, "电子冷焰火机 舞台设备", "1580",
     "<p>用钛粉耗材，不含火药，顺丰包邮。</p>", note="trap: an electric spark machine, no fireworks")
_r2g("trap-pg-r2g-qq-number", "xingchen-digital.test", N, "QQ靓号 五位数", "1200",
     "<p>免实名，付款后秒发账号密码。</p>", note="trap: a chat account number (QQ靓号), no phone card")

# ============================================================================ c9claims: FALSE_CLAIM from the catalogues
# Classes taken from the sources, not from pages, each with positives in several registers (a listing,
# a buyer's review, a livestream line, a franchise pitch) and the lawful look-alike: an efficacy verb
# before a chronic or serious disease (@C9C_DISEASE: 慢性病规划, 重疾定义, 门诊慢特病), a health food's
# function (@C9C_HEALTH_FUNCTION, 保健功能目录 2023) claimed by other goods, a safety assurance or a
# comparison with medicines (广告法 第十八条), a pesticide's or veterinary drug's safety and cure rates
# (第二十一条, 第十六条), guaranteed returns in other words (第二十五条), and what a cosmetic may not
# claim (化妆品分类规则和分类目录: 生发, a filed cosmetic's 美白, beauty eaten, 械字号面膜).
def _c9c(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c9c/{slug}.html", codes, item(name, price, desc), note=note)


_c9c("fc9-reverse-diabetes", "zhiwei-tea.test", [FC], "苦荞桑叶茶 30袋", "98",
     "<p>坚持喝三个月，逆转2型糖尿病不是梦。</p>", note="FC: 逆转 before a chronic disease (慢性病规划)")
_c9c("fc9-stroke-prevent", "liangpin-food.test", [FC], "纳豆红曲胶囊糖果", "168",
     "<p>中老年人每天两粒，远离脑梗和中风。</p>", note="FC: 远离 before serious diseases (重疾定义: 脑中风)")
_c9c("fc9-spondylitis", "qinghe-home.test", [FC], "艾草泡脚包 30包", "59",
     "<p>坚持泡脚一个月，缓解强直性脊柱炎晨僵。</p>", note="FC: 缓解 before a 门诊慢特病 (强直性脊柱炎)")
_c9c("fc9-review-uremia", "cuiyu-jade.test", [FC], "野生灵芝切片", "680",
     "<p>买家评价：我爸尿毒症喝了半年就不复发了，复查时医生都说少见。</p>",
     note="FC: a serious disease and its cure told in a buyer's review the shop shows")
_c9c("fc9-honey-immunity", "liangpin-food.test", [FC], "农家土蜂蜜 500g", "68",
     "<p>纯正土蜂蜜，增强免疫力，润肠通便，老少皆宜。</p>",
     note="FC: health-food functions (保健功能目录) claimed by an ordinary food")
_c9c("fc9-drink-liver", "liangpin-food.test", [FC], "葛根解酒饮 10瓶", "88",
     "<p>应酬前喝一瓶，护肝不伤胃。</p>", note="FC: 护肝 (对化学性肝损伤有辅助保护作用) for a drink")
_c9c("fc9-probiotic-food", "nuanyang-baby.test", [FC], "益生菌固体饮料 20条", "129",
     "<p>每天一条，调节肠道菌群，宝宝吃饭香。</p>", note="FC: 调节肠道菌群 for an ordinary solid drink")
_c9c("fc9-no-side-effect", "qinghe-home.test", [FC], "草本足贴 30贴", "49",
     "<p>纯植物萃取，无任何副作用，睡前贴上即可。</p>", note="FC: a safety assurance (无任何副作用), 广告法 第十八条")
_c9c("fc9-beats-medicine", "zhiwei-tea.test", [FC], "罗布麻茶 直播专享", "79",
     "<p>主播：家人们，这个茶喝下去比吃降压药还管用，三号链接！</p>",
     note="FC: a comparison with a medicine in a livestream line (比吃降压药还管用)")
_c9c("fc9-herbicide", "shanye-outdoor.test", [FC], "草铵膦 除草剂 5L", "120",
     "<p>一喷见效，对人畜无害，保证药效。</p>", note="FC: a pesticide's safety and efficacy asserted (广告法 第二十一条)")
_c9c("fc9-vet-rate", "chuxin-toys.test", [FC], "宠物驱虫滴剂 兽药", "65",
     "<p>三天见效，治愈率高达95%。</p>", note="FC: a cure rate stated for a veterinary drug (第二十一条(三))")
_c9c("fc9-adopt-cow", "liangpin-food.test", [FC], "认养一头牛 牧场合作", "9800",
     "<p>认养即签约，保收益，年底按头分红。</p>", note="FC: 保收益 for an investment with expected returns (第二十五条)")
_c9c("fc9-franchise", "beian-news.test", [FC], "社区生鲜店加盟", "50000",
     "<p>总部全程扶持，六个月就能回本，开店就是躺赚。</p>", note="FC: a franchise return promised (六个月就能回本, 躺赚)")
_c9c("fc9-buyback", "cuiyu-jade.test", [FC], "生肖纪念金章 收藏版", "3680",
     "<p>限量发行，原价回购，只涨不跌。</p>", note="FC: a buy-back guaranteed and a rise promised (原价回购, 只涨不跌)")
_c9c("fc9-hair", "moubai-beauty.test", [FC], "生姜防脱洗发水", "89",
     "<p>防脱生发，坚持三周长出新发。</p>", note="FC: 生发 is a drug's claim (化妆品分类规则和分类目录)")
_c9c("fc9-filed-whitening", "moubai-beauty.test", [FC], "烟酰胺精华 30ml", "159",
     "<p>国妆网备进字J2021001234，美白祛斑，七天提亮。</p>",
     note="FC: a filed ordinary cosmetic claiming a special cosmetic's efficacy (美白祛斑)")
_c9c("fc9-oral-beauty", "liangpin-food.test", [FC], "胶原蛋白肽饮 10瓶", "199",
     "<p>口服美白，由内而外喝出透亮肌。</p>", note="FC: beauty claimed for a drink (口服美白)")
_c9c("fc9-mask-device", "moubai-beauty.test", [FC], "重组胶原蛋白敷料", "128",
     "<p>械字号面膜，医美术后修复。</p>", note="FC: a 械字号面膜, which does not exist (a dressing may not be named 面膜)")
_c9c("fc9-gel-medical", "moubai-beauty.test", [FC], "芦荟舒缓凝胶", "39",
     "<p>这款凝胶能给皮肤消炎，蚊子包一抹就消。</p>", note="FC: a medical word for a cosmetic (皮肤消炎)")
_c9c("trap-fc9-question", "zhiwei-tea.test", N, "苦荞桑叶茶 30袋", "98",
     "<p>问大家：喝这个茶能逆转糖尿病吗？</p>", note="trap: a buyer's question")
_c9c("trap-fc9-pillow", "qinghe-home.test", N, "记忆棉护颈枕", "199",
     "<p>慢回弹记忆棉，缓解颈部和腰椎压力，睡得更踏实。</p>", note="trap: a pillow relieves 腰椎 of pressure")
_c9c("trap-fc9-lifestyle", "beian-news.test", N, "健康科普：血压管理", "0",
     "<p>坚持适量运动、低盐饮食，远离高血压。</p>", note="trap: a health habit advised, nothing sold")
_c9c("trap-fc9-hospital", "cuiyu-jade.test", N, "野生灵芝切片", "680",
     "<p>买家评价：去年住院治疗后肝炎好转，今年买来给家里人泡水喝，味道偏苦。</p>",
     note="trap: a buyer's story of a hospital stay; the goods are credited with nothing")
_c9c("trap-fc9-health-food", "liangpin-food.test", N, "某牌蛋白粉（保健食品）", "268",
     "<p>保健功能：有助于增强免疫力。</p><p>批准文号：国食健注G20210123</p><p>保健食品不是药物，不能代替药物治疗疾病。</p>",
     note="trap: a registered health food stating its approved function with its number")
_c9c("trap-fc9-device-scope", "qinghe-home.test", N, "颈椎牵引器（医疗器械）", "399",
     "<p>【适用范围】用于缓解颈椎病引起的颈肩部疼痛。</p><p>注册证编号：苏械注准20212090123</p>",
     note="trap: a registered device's approved use under its heading")
_c9c("trap-fc9-disclaimer", "liangpin-food.test", N, "苦瓜肽代餐粉", "139",
     "<p>本品为普通食品，不能逆转糖尿病，糖友请遵医嘱用药。</p>", note="trap: a disclaimer (不能逆转)")
_c9c("trap-fc9-recipe", "liangpin-food.test", N, "火龙果 5斤装", "39",
     "<p>辅食做法：便秘的宝宝可以把火龙果压成泥，一天一小碗。</p>", note="trap: a symptom named in a recipe, no claim")
_c9c("trap-fc9-side-effect-qa", "qinghe-home.test", N, "草本足贴 30贴", "49",
     "<p>问：孕妇用有没有副作用？答：孕期请先咨询医生。</p>", note="trap: a buyer asks about side effects")
_c9c("trap-fc9-pharmacy-price", "beian-news.test", N, "家用医药箱", "59",
     "<p>正品保证，比药店便宜一半。</p>", note="trap: 比药店便宜, a price")
_c9c("trap-fc9-slang", "chuxin-toys.test", N, "小奶狗毛绒公仔", "59",
     "<p>一张人畜无害的脸，抱着睡觉超治愈系。</p>", note="trap: 人畜无害的, slang for a sweet face")
_c9c("trap-fc9-vegetables", "liangpin-food.test", N, "有机蔬菜 家庭套餐", "88",
     "<p>基地直供，农药零残留，检测报告可查。</p>", note="trap: a vegetable's residues, no pesticide advertised")
_c9c("trap-fc9-wage", "beian-news.test", N, "招聘：门店店员", "0",
     "<p>保底工资5000元加提成，月休四天。</p>", note="trap: a guaranteed wage (保底工资), no investment")
_c9c("trap-fc9-gold-recycle", "cuiyu-jade.test", N, "黄金回收", "0",
     "<p>按当日金价回购，不收手工费。</p>", note="trap: gold bought back at the day's price")
_c9c("trap-fc9-risk-grade", "beian-news.test", N, "稳健理财 R3", "10000",
     "<p>本产品为中风险（R3）理财产品，投资有风险，过往业绩不代表未来。</p>", note="trap: 中风险, a risk grade")
_c9c("trap-fc9-filed-disowned", "moubai-beauty.test", N, "保湿面霜 50g", "99",
     "<p>本品为普通化妆品（粤G妆网备字2022000123），仅有保湿功效，不具备美白功效。</p>",
     note="trap: a filed cosmetic saying it does not whiten")
_c9c("trap-fc9-debunk", "beian-news.test", N, "美容避坑指南", "0",
     "<p>所谓口服美白没有科学依据，别交智商税。</p>", note="trap: oral whitening called unfounded")
_c9c("trap-fc9-no-device-mask", "beian-news.test", N, "消费提示：医用敷料", "0",
     "<p>市面上并没有械字号面膜，医用敷料不能叫面膜。</p>", note="trap: the 械字号面膜 said not to exist")
_c9c("trap-fc9-trial", "qingsong-pharm.test", N, "某某胶囊（处方药说明书）", "45",
     "<p>【临床试验】多中心随机对照试验中，本品总有效率为85%。</p>", note="trap: a drug's clinical-trial section")
_c9c("trap-fc9-headline", "beian-news.test", N, "理财频道", "0",
     "<p>推荐阅读：国庆小长假如何躺赚？这份假期理财攻略请收好。</p>", note="trap: a news headline asking how (如何躺赚)")
_c9c("trap-fc9-eye-mask", "qinghe-home.test", N, "蒸汽眼罩 10片", "29",
     "<p>40℃恒温热敷，缓解眼疲劳，午休必备。</p>", note="trap: an eye mask relieves tired eyes (no health-food function)")


# ============================================================================ c9goods: PROHIBITED_GOODS from the catalogues
# Entries of 药品网络销售禁止清单（第一版）, the 剧毒化学品目录, the banned-pesticide notices (536号, 736号),
# the narcotics lists, the 2021 protected-wildlife list, 河豚 (农办渔〔2016〕53号), 反电信网络诈骗法 第三十一条,
# 刑法 第二百五十三条之一, gambling tools, obscene goods, 军服/警用 and exam answers: a positive for each class
# and its lawful look-alike (a substitute, a warning, news, a refusal, a privacy policy, a toy, a lawful product).
def _c9g(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c9g/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _c9g_about(slug, host, codes, heading, text, note):
    page(slug, host, f"/c9g/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_c9g("pg-c9g-tramadol", "kangjian-pharmacy.test", [PG], "盐酸曲马多缓释片 100mg×10片", "80",
     "三盒起拍，顺丰保密包装。", note="PG: a 精神药品 (曲马多) offered online, 药品网络销售禁止清单 一")
_c9g("pg-c9g-abortion-set", "kangjian-pharmacy.test", [PG], "米非司酮片 + 米索前列醇片 组合", "168",
     "药流套装，隐私发货。", note="PG: 终止妊娠药品 (米非司酮, 米索前列醇) sold online, 禁止清单 二(四)")
_c9g("pg-c9g-digoxin", "kangjian-pharmacy.test", [PG], "地高辛片 0.25mg×30片", "12.5",
     "用法用量：遵医嘱。", note="PG: a named single-ingredient drug of 禁止清单 二(四) (地高辛) with a price")
_c9g("pg-c9g-anabolic", "shanye-outdoor.test", [PG], "康力龙 健身增肌 一瓶100粒", "260",
     "练完配合蛋白粉，一个周期见效。", note="PG: a 蛋白同化制剂 (康力龙 = 司坦唑醇) sold to gym users")
_c9g("pg-c9g-raw-herb", "liangpin-food.test", [PG], "生半夏 农家自晒 500g", "45",
     "中药材，全国包邮。", note="PG: a 医疗用毒性药品 raw herb (生半夏) sold by the pound")
_c9g_about("pg-c9g-drug-forum", "beian-news.test", [PG], "二手闲置",
           "长期代购米索前列醇，量大从优，需要的私聊。",
           note="PG: an offer before the drug name (代购米索前列醇) in a forum post")
_c9g("trap-pg-c9g-tonic-water", "liangpin-food.test", N, "汤力水 奎宁水 330ml×24罐", "96",
     "调鸡尾酒必备，金汤力用。", note="trap: tonic water (奎宁水) is a soft drink, not the drug 奎宁")
_c9g("trap-pg-c9g-lithium-battery", "xingchen-digital.test", N, "电池级碳酸锂 99.5% 25kg/袋", "2100",
     "正极材料原料，支持开票。", note="trap: battery-grade lithium carbonate, not 碳酸锂片")
_c9g_about("trap-pg-c9g-warfarin-advice", "kangjian-pharmacy.test", N, "用药提醒",
           "服用华法林期间应定期监测INR，饮食中维生素K的摄入要保持稳定，剂量请遵医嘱调整。",
           note="trap: a dosage instruction names 华法林 and offers nothing")
_c9g_about("trap-pg-c9g-drug-news", "beian-news.test", N, "社会新闻",
           "警方破获一起网上贩卖三唑仑案，两名嫌疑人已被刑事拘留。",
           note="trap: news of an arrest names 三唑仑")
_c9g("trap-pg-c9g-pharmacy-refusal", "kangjian-pharmacy.test", N, "维生素C片 100片", "9.9",
     "依据药品网络销售禁止清单，本店不销售曲马多、地高辛、米非司酮等药品。",
     note="trap: a pharmacy that refuses the listed drugs (禁止清单, 不销售)")
_c9g("pg-c9g-cannabinoid", "xingchen-digital.test", [PG], "合成大麻素 粉末 10g", "300",
     "效果强，走暗号发货。", note="PG: 合成大麻素 (整类列管 2021), a narcotic by its name")
_c9g("pg-c9g-laughing-gas", "haoyun-home.test", [PG], "快乐气球 派对笑气 一箱", "199",
     "打气球吸一口就嗨，酒吧同款。", note="PG: 笑气 sold for inhaling (快乐气球)")
_c9g("trap-pg-c9g-cream-charger", "liangpin-food.test", N, "奶油发泡气弹 8g×50支", "88",
     "食品级一氧化二氮，搭配奶油枪打发淡奶油。", note="trap: a bakery's cream charger, no 笑气 for inhaling")
_c9g_about("trap-pg-c9g-etomidate-news", "beian-news.test", N, "禁毒宣传",
           "依托咪酯已被列入管制，所谓“上头电子烟”实为毒品，公安机关提醒广大青少年远离。",
           note="trap: an anti-drug notice names 依托咪酯 and 上头电子烟")
_c9g("pg-c9g-omethoate", "haoyun-home.test", [PG], "40%氧乐果乳油 500ml", "35",
     "蚜虫红蜘蛛一喷净，果园常用。", note="PG: 氧乐果, sale banned from 2026-06-01 (农业农村部 公告 第736号)")
_c9g("pg-c9g-phorate", "haoyun-home.test", [PG], "甲拌磷颗粒剂 地下害虫专用", "28",
     "一亩用两袋，包邮到家。", note="PG: 甲拌磷, sale banned from 2024-09-01 (农业农村部 公告 第536号)")
_c9g("trap-pg-c9g-carbosulfan", "haoyun-home.test", N, "20%丁硫克百威乳油 500ml", "32",
     "低毒登记产品，水稻稻飞虱。", note="trap: 丁硫克百威 is lawful; only 克百威 is banned")
_c9g_about("trap-pg-c9g-pesticide-ban-list", "beian-news.test", N, "农资提示",
           "国家禁用农药名单：甲拌磷、氧乐果、克百威、灭多威等，农户请勿购买使用。",
           note="trap: the banned list itself (禁用农药名单)")
_c9g("pg-c9g-cyanide", "xingchen-digital.test", [PG], "氰化钾 分析纯 500g", "150",
     "实验室试剂，个人可拍。", note="PG: a 剧毒化学品 (氰化钾) offered to anyone")
_c9g("pg-c9g-arsenic", "haoyun-home.test", [PG], "老式砒霜 灭鼠 一小包", "15",
     "农村老法子，包邮。", note="PG: 砒霜 (剧毒化学品目录, 毒性药品) sold by its common name")
_c9g_about("trap-pg-c9g-cyanide-news", "beian-news.test", N, "法治在线",
           "男子用氰化物投毒，被法院判处有期徒刑十五年。", note="trap: a court report names 氰化物")
_c9g("pg-c9g-musk", "liangpin-food.test", [PG], "天然麝香 1克装", "980",
     "正宗麝香仁，可入药可收藏。", note="PG: 天然麝香 (林麝/马麝, first class in the 2021 list)")
_c9g("pg-c9g-red-coral", "yunduo-fushi.test", [PG], "阿卡红珊瑚手串 8mm", "3600",
     "深红满色，附证书。", note="PG: 红珊瑚 (红珊瑚科, first class) as jewellery")
_c9g("pg-c9g-clam", "yunduo-fushi.test", [PG], "白砗磲手串 108颗", "128",
     "天然砗磲佛珠，送礼自用。", note="PG: 砗磲 (砗磲科, protected) as beads")
_c9g("trap-pg-c9g-artificial-musk", "moubai-beauty.test", N, "白麝香淡香水 30ml", "199",
     "前调柑橘，后调人工麝香与雪松。", note="trap: a perfume note (白麝香, 人工麝香)")
_c9g("trap-pg-c9g-resin-coral", "yunduo-fushi.test", N, "树脂仿红珊瑚手串", "29",
     "颜色鲜艳，适合日常搭配。", note="trap: a resin imitation (仿红珊瑚)")
_c9g("pg-c9g-red-panda", "chuxin-toys.test", [PG], "小熊猫 幼崽 活体", "8800",
     "已开食，可上手，全国空运。", note="PG: 小熊猫 (second class) sold alive as a pet")
_c9g("pg-c9g-box-turtle", "chuxin-toys.test", [PG], "黄缘闭壳龟 苗子", "650",
     "活体包活，保温发货。", note="PG: 黄缘闭壳龟 (second class) sold alive")
_c9g("trap-pg-c9g-bengal-cat", "chuxin-toys.test", N, "孟加拉豹猫 幼猫 活体", "6000",
     "疫苗已打，血统证书齐全。", note="trap: the Bengal cat (孟加拉豹猫) is a domestic breed")
_c9g("trap-pg-c9g-panda-plush", "chuxin-toys.test", N, "小熊猫公仔 毛绒玩具 30cm", "59",
     "软萌可爱，送女友。", note="trap: a plush red panda")
_c9g("pg-c9g-wild-puffer", "liangpin-food.test", [PG], "长江野生河豚 2斤", "680",
     "当天打捞，冰鲜发货。", note="PG: 野生河豚 (农办渔〔2016〕53号 admits only two farmed species)")
_c9g("pg-c9g-puffer-roe", "liangpin-food.test", [PG], "河豚鱼籽 500g", "120",
     "渔民自留，下酒好菜。", note="PG: puffer roe, the most toxic part, sold as food")
_c9g("trap-pg-c9g-puffer-plush", "chuxin-toys.test", N, "河豚抱枕 鼓气款", "39",
     "可爱河豚造型，沙发靠垫。", note="trap: a puffer-fish cushion")
_c9g("trap-pg-c9g-puffer-processed", "liangpin-food.test", N, "养殖暗纹东方鲀 河豚鱼片 预包装", "158",
     "备案鱼源基地，持证加工企业出品，附溯源码。", note="trap: farmed and processed puffer, the lawful route")
_c9g("pg-c9g-wechat-account", "xingchen-digital.test", [PG], "出售微信老号 实名", "150",
     "已解封，包换绑。", note="PG: a chat account sold (反电信网络诈骗法 第三十一条)")
_c9g_about("pg-c9g-payee-code", "beian-news.test", [PG], "兼职信息",
           "收款码出租，日结佣金，一部手机就能做。", note="PG: a payment code rented out (跑分)")
_c9g("pg-c9g-sim-pool", "xingchen-digital.test", [PG], "32口猫池 多卡宝", "1800",
     "支持批量收发短信。", note="PG: a SIM bank (猫池), 反电信网络诈骗法 第十四条")
_c9g_about("trap-pg-c9g-shop-transfer", "haoyun-home.test", N, "店铺转让",
           "本店转让请加微信号：haoyun888。", note="trap: a contact line after 转让, no account sold")
_c9g_about("trap-pg-c9g-privacy", "xingchen-digital.test", N, "隐私政策",
           "我们不会向任何第三方出售、出租您的个人信息，法律法规另有规定的除外。",
           note="trap: a privacy policy promising not to sell personal information")
_c9g("trap-pg-c9g-phone-recycle", "xingchen-digital.test", N, "旧手机回收 高价上门", "0",
     "苹果华为都收，当面验机。", note="trap: second-hand phones bought, no card or account")
_c9g_about("pg-c9g-hotel-records", "beian-news.test", [PG], "专业调查",
           "查开房记录、手机定位查询，24小时出结果。", note="PG: a lookup of someone's hotel stays and location")
_c9g_about("pg-c9g-data-sale", "beian-news.test", [PG], "资源合作",
           "出售精准客户数据，宝妈名单一手货源。", note="PG: lists of people sold (刑法 第二百五十三条之一)")
_c9g_about("trap-pg-c9g-pii-news", "beian-news.test", N, "法治在线",
           "警方破获一起侵犯公民个人信息案，嫌疑人出售个人信息三万余条。",
           note="trap: news of the crime")
_c9g("pg-c9g-marked-cards", "chuxin-toys.test", [PG], "透视扑克 配隐形眼镜", "260",
     "牌背记号肉眼看不见。", note="PG: marked cards (a gambling cheat)")
_c9g("pg-c9g-remote-dice", "chuxin-toys.test", [PG], "遥控骰子 六颗装", "88",
     "按键控制点数。", note="PG: remote-controlled dice")
_c9g("trap-pg-c9g-toy-slot", "chuxin-toys.test", N, "儿童老虎机存钱罐", "45",
     "投币就转，存钱好帮手。", note="trap: a toy slot-machine coin bank")
_c9g_about("pg-c9g-obscene", "beian-news.test", [PG], "资源分享",
           "无码资源网盘打包，付款发链接。", note="PG: an obscene video pack (刑法 第三百六十三条)")
_c9g_about("trap-pg-c9g-obscene-news", "beian-news.test", N, "扫黄打非",
           "执法人员在检查中查获淫秽光盘两千余张，依法予以没收。", note="trap: news of a seizure")
_c9g("pg-c9g-uniform", "yunduo-fushi.test", [PG], "21式作训服 全套", "399",
     "带臂章，尺码齐全。", note="PG: a current military uniform (军服管理条例)")
_c9g("trap-pg-c9g-camo", "shanye-outdoor.test", N, "户外迷彩服 军训服", "89",
     "透气耐磨，学生军训适用。", note="trap: camouflage and school training wear, not 制式军服")
_c9g("trap-pg-c9g-id-holder", "yunduo-fushi.test", N, "警官证件套 真皮", "38",
     "证件收纳，不含证件。", note="trap: a leather holder, not the identity paper")
_c9g_about("pg-c9g-exam-answers", "beian-news.test", [PG], "四六级冲刺",
           "四六级答案考前发，不过退款。", note="PG: exam answers before the exam (刑法 第二百八十四条之一)")
_c9g("pg-c9g-earpiece", "xingchen-digital.test", [PG], "隐形耳机 考试专用", "320",
     "微型入耳，外人看不见。", note="PG: a hidden earpiece sold for exams")
_c9g("trap-pg-c9g-past-papers", "beian-news.test", N, "考研英语真题答案解析 2015-2024", "49",
     "逐题精讲，附作文范文。", note="trap: past papers with answers")
_c9g("trap-pg-c9g-listening-headset", "xingchen-digital.test", N, "英语听力考试耳机 FM调频", "65",
     "学校四六级听力考试用，频率可调。", note="trap: the official listening-test headset")

_c9g_about("trap-pg-c9g-account-headline", "beian-news.test", N, "今日要闻",
           "出租银行卡、微信号和支付账号，后果很严重！", note="trap: a headline warning of the consequences")
_c9g_about("pg-c9g-account-rent-forum", "beian-news.test", [PG], "兼职群",
           "长期收购手机卡和实名支付宝，价格私聊。", note="PG: cards and payment accounts bought (收购…手机卡)")
_c9g_about("trap-pg-c9g-toxic-warning", "beian-news.test", N, "安全常识",
           "砒霜、氰化钾属于剧毒化学品，个人千万不要网购。", note="trap: a safety note naming toxic chemicals")
_c9g_about("pg-c9g-toxic-offer-before", "beian-news.test", [PG], "求购转让",
           "出售氰化钠，小量可发，量大另议。", note="PG: an offer before the chemical (出售氰化钠)")

_c9g_about("trap-pg-c9g-pseudoephedrine-notice", "kangjian-pharmacy.test", N, "购药须知",
           "含伪麻黄碱的感冒药请凭身份证到实体药店登记购买。", note="trap: a notice that the drug is sold offline only")
_c9g("trap-pg-c9g-birthday-balloons", "haoyun-home.test", N, "生日快乐气球套装 派对布置", "19.9",
     "铝膜字母气球，附打气筒。", note="trap: party balloons (生日快乐气球), no 笑气")
_c9g("trap-pg-c9g-keto-bhb", "shanye-outdoor.test", N, "β-羟丁酸盐 生酮饮食 60粒", "168",
     "外源性酮体补充。", note="trap: β-hydroxybutyrate, a supplement, not γ-羟丁酸")


# ============================================================================ c9adv: ABSOLUTE_TERM and RETURN_REFUSED from the sources
# Classes from the 2023 市场监管总局《广告绝对化用语执法指南》 exemptions and from 网络购买商品七日无理由退货
# 暂行办法 (2017) 第六条/第七条, each written with a positive and a trap in several registers: a plan marked
# 最受欢迎 among the seller's own (a price table's badge), not over a field; 最佳 with a stated time or a
# how-to after a colon (a tip), not 最佳 with no time; 国家级 naming a real body or a list with its batch or
# year, in a news report, under a quoted rule; an award with its issuer and year; 极品, 全国唯一; a refusal
# for a 第七条 class (opened underwear, an activated phone, near-expiry food), not a blanket refusal of them;
# refusals in other words (特价商品不退换, 拆封不退, 非质量问题不退, 谢绝退换, a fee by another name), not a
# lawful 完好 condition (洗涤后不予退换) nor a quality-return promise.
def _c9a(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c9a/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _c9a_about(slug, host, codes, heading, body, note):
    page(slug, host, f"/c9a/{slug}.html", codes, f"<h2>{heading}</h2>\n{body}", note=note)


_c9a_about("trap-at9-plan-badge", "xingchen-digital.test", N, "云存储套餐",
           "<div>基础版 ¥9/月 50GB</div>\n<div>最受欢迎</div>\n<div>专业版 ¥29/月 1TB</div>\n"
           "<div>企业版 ¥99/月 10TB</div>",
           note="trap: 最受欢迎 as a price table's badge on one of the seller's own plans")
_c9a("trap-at9-own-flavour", "liangpin-food.test", N, "手工牛轧糖 三口味", "39",
     "原味、抹茶、蔓越莓三种口味中最受欢迎的是原味，回购最多。",
     note="trap: the most popular of the seller's own flavours (内部比较)")
_c9a("at9-field-popular", "zhiwei-tea.test", [AT], "凤凰单丛 250g", "168",
     "全城最受欢迎的单丛，老茶客都认这一款。",
     note="AT: 最受欢迎 over a field (全城) is a rank over every rival")
_c9a("at9-popular-brand", "qinghe-home.test", [AT], "记忆棉枕", "139",
     "我们是全国最受欢迎的枕头品牌之一，更是最受欢迎的睡眠专家。",
     note="AT: 最受欢迎 of the brand over the nation, no own ordering")
_c9a("trap-at9-buy-time", "haoyun-home.test", N, "拼团 厨房纸 12卷", "19.9",
     "最佳拼团时间：每晚8点准时开团；砍价最佳技巧：先分享给三位好友。",
     note="trap: 最佳 with a stated time (每晚8点) or a how-to after a colon is a consumer tip")
_c9a("at9-buy-now", "haoyun-home.test", [AT], "空气炸锅 5L", "259",
     "今年最佳的空气炸锅，错过再等一年。",
     note="AT: 最佳 of the goods over a year, no time of use")
_c9a_about("trap-at9-news-state", "beian-news.test", N, "本地新闻",
           "<p>记者从市科技局获悉，我市今年新增两家国家级企业，均来自电子信息产业。</p>",
           note="trap: 国家级 in a news report (记者…获悉)")
_c9a_about("trap-at9-batch-list", "zhiwei-tea.test", N, "制茶师傅",
           "<p>师傅于2018年入选第五批国家级代表性传承人名录，从事制茶四十年。</p>",
           note="trap: 国家级 naming a real list with its batch")
_c9a("trap-at9-incubator", "xingchen-digital.test", N, "智能门铃", "199",
           "公司入驻国家级科技企业孵化器，研发团队二十人。",
           note="trap: 国家级 naming a real body (国家级孵化器)")
_c9a("at9-state-quality", "moubai-beauty.test", [AT], "玻尿酸面膜 10片", "89",
     "国家级品质，专柜同源。", note="AT: 国家级 as a grade of the goods' quality")
_c9a_about("trap-at9-award-issuer", "zhiwei-tea.test", N, "品牌荣誉",
           "<p>2022年荣获中国茶叶流通协会评选的年度最佳新锐品牌。</p>",
           note="trap: an award with its issuer (协会评选) and its year")
_c9a("at9-award-no-issuer", "zhiwei-tea.test", [AT], "正山小种 200g", "118",
     "2023年全网销量第一的正山小种。", note="AT: a year alone names no issuer: 全网销量第一 stays a claim")
_c9a_about("trap-at9-rule-quote", "beian-news.test", N, "合规解读",
           "<p>《广告绝对化用语执法指南》第五条规定，“最佳保质期”之类的消费提示不适用上述规定。</p>",
           note="trap: a quoted rule by its title and article")
_c9a("at9-jipin", "zhiwei-tea.test", [AT], "武夷岩茶 125g", "368",
     "极品大红袍，岩韵明显。", note="AT: 极品 before the goods, the best grade in other words")
_c9a_about("trap-at9-jipin-game", "beian-news.test", N, "游戏资讯",
           "<p>经典赛车游戏极品飞车推出新作，画面全面升级。</p>", note="trap: 极品飞车, a game's name")
_c9a("at9-only-nation", "liangpin-food.test", [AT], "手工腊肉 500g", "78",
     "全国唯一坚持柴火熏制的腊肉作坊。", note="AT: 全国唯一 over a field")
_c9a("trap-rr9-opened-underwear", "nuanyang-baby.test", N, "纯棉内裤 3条装", "49",
     "贴身衣物拆封后不支持七天无理由退货，下单前请确认尺码。",
     note="trap: opened underwear, a class of 暂行办法 第七条 (一)")
_c9a("trap-rr9-activated", "xingchen-digital.test", N, "5G 手机 256GB", "2999",
     "手机一经激活不支持7天无理由退货，未激活的支持。",
     note="trap: an activated phone, a class of 暂行办法 第七条 (二)")
_c9a("trap-rr9-near-expiry", "liangpin-food.test", N, "临期饼干 清仓", "9.9",
     "临期食品，保质期至下月底，不适用七天无理由退货。",
     note="trap: near-expiry food stated at sale, a class of 暂行办法 第七条 (三)")
_c9a("rr9-cosmetic-sealed", "moubai-beauty.test", [RR], "水乳套装", "259",
     "化妆品不支持七天无理由退货。", note="RR: cosmetics named alone (not opened) are no class of 第七条")
_c9a("rr9-flawed-blanket", "yunduo-fushi.test", [RR], "微瑕卫衣", "59",
     "微瑕商品一经售出概不退换。", note="RR: a blanket refusal (概不退换) refuses defects too, whatever the class")
_c9a("rr9-promo", "yunduo-fushi.test", [RR], "清仓连衣裙", "69",
     "清仓款不退不换，介意慎拍。促销商品不予退货。", note="RR: goods of a sale refused (促销商品不予退货)")
_c9a("rr9-promo-plain", "haoyun-home.test", [RR], "秒杀 保温杯", "29",
     "秒杀商品不退换。", note="RR: 秒杀商品不退换")
_c9a("trap-rr9-price-diff", "haoyun-home.test", N, "活动款 电热水壶", "79",
     "活动商品不退差价，支持七天无理由退货。", note="trap: a price difference refused, not the return")
_c9a("rr9-open-refused", "xingchen-digital.test", [RR], "蓝牙音箱", "199",
     "开箱后不退换，请谨慎购买。", note="RR: opening to inspect refused as a ground (开箱后不退换)")
_c9a("rr9-non-quality", "qinghe-home.test", [RR], "陶瓷餐具 8件套", "129",
     "质量问题包退换，非质量问题不退。", note="RR: every ground but a defect refused")
_c9a("trap-rr9-quality-promise", "qinghe-home.test", N, "陶瓷花瓶", "89",
     "支持七天无理由退货，质量问题包退换并承担来回运费。", note="trap: a quality-return promise")
_c9a("trap-rr9-washed", "yunduo-fushi.test", N, "羊毛衫", "299",
     "支持七天无理由退货，洗涤后、吊牌剪掉不予退换。", note="trap: a lawful 完好 condition (洗涤后不予退换)")
_c9a("rr9-decline", "zhiwei-tea.test", [RR], "紫砂壶", "580",
     "全场谢绝退换。", note="RR: 谢绝退换 over the whole shop")
_c9a("rr9-fee-named", "xingchen-digital.test", [RR], "机械键盘", "399",
     "七天无理由退货需收取50元服务费。", note="RR: a return fee by another name (服务费) defeats the right")
_c9a("trap-rr9-postage", "xingchen-digital.test", N, "鼠标垫", "29",
     "支持七天无理由退货，退货运费由买家承担。", note="trap: the buyer pays the return postage, lawful")



# ============================================================================ k3: RETURN_REFUSED and REVIEW_INDUCEMENT from published cases
# Classes from the published enforcement and dispute cases (cited in returns.ini and reviews.ini, read in
# secondary reports): a 好评返现 card's prize named without a sum (领取奖励, 免费享用), a review's screenshot
# sent for a reward, not praise counted, a refusal, a buyer's past nor a report of the case; a plain refusal
# of returns (不支持退换), a refusal from the sale or delivery on (发货后不退), exchange in place of the
# return (只换不退), a window shorter than seven days, a waiver of the right, a fee the buyer must bear; not
# a service's refund, a deposit, a lawful exemption (定制, 生鲜, 下载的电子书), the seven days run out, the
# heading of a list of 完好 conditions, a faster refund or free postage inside the window, nor a quoted case.
def _k3(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/k3/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _k3_about(slug, host, codes, heading, body, note):
    page(slug, host, f"/k3/{slug}.html", codes, f"<h2>{heading}</h2>\n{body}", note=note)


_k3("ri-k3-prize-word", "liangpin-food.test", [RI], "招牌奶茶 大杯", "16",
    "收到后给五星好评并晒图，联系客服领取奖励哦～", note="RI: a review asked for and a prize without a sum (领取奖励)")
_k3("ri-k3-free-meal", "liangpin-food.test", [RI], "双人火锅套餐", "168",
    "到店打卡拍照、发布五星好评，即可免费享用甜品一份。", note="RI: a review paid with free food (免费享用)")
_k3("ri-k3-card-surprise", "yunduo-fushi.test", [RI], "纯棉T恤", "59",
    "亲亲~带图追评15字以上，下次回购可获得神秘好礼！", note="RI: a follow-up review paid with a gift (获得…好礼)")
_k3("ri-k3-screenshot", "xingchen-digital.test", [RI], "数据线 2米", "19",
    "评价截图发给客服，返现金2元，感谢支持。", note="RI: a review's screenshot sent for cash (评价截图…返现金)")
_k3_about("ri-k3-screenshot-chat", "zhiwei-tea.test", [RI], "售后小卡片",
          "<p>感谢购买！评论截屏私信店长，抽取免单大奖。</p>", note="RI: 评论截屏 for a draw of a free order")
_k3_about("trap-ri-k3-count", "zhiwei-tea.test", N, "店铺活动",
          "<p>10万+好评，会员领取专属福利。好评率99%，新人免费领取试用装。</p>",
          note="trap: good reviews counted, a member's or a new buyer's gift")
_k3_about("trap-ri-k3-buyer-past", "yunduo-fushi.test", N, "买家追评",
          "<p>追评：穿了一个月，获得了很多夸奖，店家还送了小礼物。</p>", note="trap: a buyer's past (获得了, 送了)")
_k3_about("trap-ri-k3-refusal", "liangpin-food.test", N, "评价说明",
          "<p>本店不搞好评返现，评价请如实填写。关注店铺免费领取小样。</p>",
          note="trap: a refusal of paid reviews, a follower's gift apart from the review")
_k3_about("trap-ri-k3-case-news", "beian-news.test", N, "执法动态",
          "<p>某饮品店在外卖中放置好评返现卡片，承诺五星好评截图可领取奖励，被市场监管局罚款12000元。</p>",
          note="trap: a report of the enforcement case")
_k3_about("trap-ri-k3-screenshot-use", "xingchen-digital.test", N, "售后说明",
          "<p>评价截图仅用于售后核对，不返现。评价截图请勿外传。</p>", note="trap: a review's screenshot used for service")
_k3("rr-k3-plain-refusal", "yunduo-fushi.test", [RR], "直播专享 羽绒服", "399",
    "直播专享价，售出不支持退货。", note="RR: a plain refusal (不支持退货) of goods of a live sale")
_k3("rr-k3-intimate", "nuanyang-baby.test", [RR], "婴儿睡袋", "129",
    "本品属于贴身用品，不支持退换，请确认尺码。", note="RR: a sealed item refused for its kind, not once opened")
_k3("rr-k3-after-ship", "haoyun-home.test", [RR], "懒人沙发", "299",
    "大件商品发货后不退，介意勿拍。", note="RR: refused from dispatch on (发货后不退)")
_k3("rr-k3-exchange-only", "yunduo-fushi.test", [RR], "牛仔裤", "139",
    "尺码不合适只换不退，收到货后有问题只能换货不能退货。", note="RR: exchange in place of the return")
_k3("rr-k3-short-window", "qinghe-home.test", [RR], "玻璃收纳罐", "39",
    "收货48小时内可退换，超过3天不退。", note="RR: a window shorter than seven days")
_k3("rr-k3-waiver", "moubai-beauty.test", [RR], "精华液 30ml", "199",
    "本店商品拍下视为自动放弃退货权利。", note="RR: the right waived in advance (放弃退货权)")
_k3("rr-k3-fee-bear", "xingchen-digital.test", [RR], "降噪耳机", "599",
    "七天无理由退货需承担来回运费及30元检测费。", note="RR: a fee the buyer must bear (承担…检测费)")
_k3("trap-rr-k3-service", "xingchen-digital.test", N, "会员年卡", "198",
    "会员服务一经开通不支持退款。", note="trap: a service's refund, not goods returned")
_k3("trap-rr-k3-custom", "qinghe-home.test", N, "定制刻字保温杯", "89",
    "定制刻字商品，发货后不退不换。", note="trap: made to order, exempt (第二十五条 (一))")
_k3("trap-rr-k3-fresh-window", "liangpin-food.test", N, "赣南脐橙 5斤", "39",
    "生鲜水果，签收后24小时内可退换，坏果包赔。", note="trap: fresh goods, exempt; the window is a favour")
_k3("trap-rr-k3-seven-days-run", "yunduo-fushi.test", N, "针织开衫", "169",
    "支持七天无理由退货，收货超过7天不支持退换。", note="trap: the seven days run out")
_k3("trap-rr-k3-conditions", "yunduo-fushi.test", N, "真丝衬衫", "329",
    "支持七天无理由退货。以下情况不支持退货：已洗涤、吊牌剪掉、配件缺失。",
    note="trap: the heading of a list of lawful 完好 conditions")
_k3("trap-rr-k3-postage-window", "haoyun-home.test", N, "晾衣架", "59",
    "支持7天无理由退换货，签收后3天内退货免运费。", note="trap: free postage inside the window")
_k3("trap-rr-k3-ebook", "beian-news.test", N, "电子书 合集", "29",
    "电子书下载后不支持退换。", note="trap: a downloaded digital good, exempt (第二十五条 (三))")
_k3_about("trap-rr-k3-case-quote", "beian-news.test", N, "维权案例",
          "<p>有消费者反映商家写着“只换不退”，律师表示这一条款无效。</p>", note="trap: a quoted clause called void")
_k3_about("ri-k3-card-shorthand", "liangpin-food.test", [RI], "外卖小卡片",
          "<p>好评+晒图=2元红包，截图找客服~</p>", note="RI: the card's shorthand (好评+晒图=2元红包)")
_k3("ri-k3-surprise", "moubai-beauty.test", [RI], "卸妆水 500ml", "79",
    "给个五星好评，联系客服有小惊喜哦！", note="RI: a five-star review for a surprise (有小惊喜)")
_k3_about("trap-ri-k3-buyer-surprise", "moubai-beauty.test", N, "买家评价",
          "<p>好评，还有小礼物，很贴心。拒绝好评红包，真实评价。</p>",
          note="trap: a buyer's praise (还有小礼物) and a refusal of 好评红包")
_k3("rr-k3-exchange-alone", "xingchen-digital.test", [RR], "智能手环", "169",
    "本产品为特殊商品，售后只支持换货。", note="RR: exchange offered alone (只支持换货)")
_k3("rr-k3-apply-window", "haoyun-home.test", [RR], "折叠桌", "159",
    "收货后请在24小时内申请退货，超时不予受理。", note="RR: the buyer told to apply within 24 hours")
_k3("rr-k3-limited-window", "qinghe-home.test", [RR], "香薰蜡烛", "49",
    "无理由退货仅限收货后3日内。", note="RR: the return limited to three days (仅限收货后3日内)")
_k3("trap-rr-k3-warranty-exchange", "xingchen-digital.test", N, "扫地机器人", "1299",
    "支持七天无理由退货。一年质保期内只换不退，每单仅支持换货一次。",
    note="trap: exchange-only in the warranty after the seven days; a count of exchanges")

# ============================================================================ k2goods/k2ct: PROHIBITED_GOODS and COUNTERFEIT_TERM from published cases
# Issue #15 round 5: the general case of each published enforcement case (the cases are cited in goods.ini and
# counterfeit.ini under k2): bank-card kits and rented cards (断卡 cases), birds of prey and CITES tortoises,
# pythons and iguanas sold alive or as specimens, a knife with a blood groove, drugs barred from food animals,
# precursor chemicals, knock-out drugs named by their effect, 伪基站; copies said to match the genuine article,
# cut from it, graded beside a mark, 3A货, 仿大牌.  Each with its lawful look-alike in another register: a
# warning, news, a food or lamp for the animal, an imitation, a test kit, a colour, a bedding set, a licensed
# dealer's promise, a scenic area's grade.
def _k2(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/k2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _k2_about(slug, host, codes, heading, text, note):
    page(slug, host, f"/k2/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_k2_about("pg-k2-card-kit-forum", "beian-news.test", [PG], "兼职信息",
          "长期收对公户三件套，执照齐全的老板私聊，当天结算。", note="PG: a bank-account kit bought in (对公户三件套)")
_k2("pg-k2-card-kit-item", "xingchen-digital.test", [PG], "卡三件套 一手资料", "600",
    "银行卡、绑定手机号、U盾一起发，可过人脸。", note="PG: a bank card sold with its phone card and U盾 (卡三件套)")
_k2_about("pg-k2-card-rent", "beian-news.test", [PG], "在家赚钱",
          "出借银行卡一天给三百，不用你操作，用完就还。", note="PG: a bank card rented out by the day (出借银行卡)")
_k2_about("pg-k2-card-class", "beian-news.test", [PG], "高价收",
          "一类户二类户都收，流水干净的加价，日结不压款。", note="PG: bank accounts bought in by their class (一类户 … 收 … 日结)")
_k2("trap-pg-k2-bedding-set", "haoyun-home.test", N, "全棉床上用品三件套 1.5m", "199",
    "被套、床单、枕套三件套，A类面料。", note="trap: a bedding 三件套, no bank card")
_k2_about("trap-pg-k2-card-warning", "beian-news.test", N, "反诈提醒",
          "银行卡、手机卡和U盾三件套切勿出借他人，谨防沦为电诈帮凶。", note="trap: a warning not to lend the kit")
_k2_about("trap-pg-k2-class-account", "beian-news.test", N, "开户指南",
          "开通二类户后每日转账限额为1万元，可绑定一类卡充值。", note="trap: a bank's guide to account classes")
_k2("trap-pg-k2-usb-recycling", "xingchen-digital.test", N, "旧电脑回收 上门", "0",
    "回收U盘、硬盘、旧笔记本，数据当面销毁。", note="trap: recycling of USB drives (U盘), no U盾")

_k2("pg-k2-tortoise", "chuxin-toys.test", [PG], "苏卡达陆龟 龟苗 5cm", "380",
    "已开食，顺丰包活到家。", note="PG: a CITES tortoise sold alive (苏卡达 龟苗 包活)")
_k2_about("pg-k2-star-tortoise-post", "beian-news.test", [PG], "爬友转让",
          "自繁印度星龟苗子两只，公母各一，同城面交。", note="PG: an Indian star tortoise offered in a forum (星龟 苗子)")
_k2("pg-k2-python", "chuxin-toys.test", [PG], "球蟒 香蕉变异 幼体", "1200",
    "开食稳定，附饲养指导。", note="PG: a ball python sold alive (球蟒 幼体)")
_k2_about("pg-k2-hawk-moments", "beian-news.test", [PG], "鸟友群",
          "新到凤头鹰雏鸟三只，已经手养上手了，要的抓紧。", note="PG: a crested goshawk chick sold (凤头鹰 雏鸟)")
_k2("pg-k2-owl-specimen", "haoyun-home.test", [PG], "真品猫头鹰标本 展翅", "2600",
    "老物件，羽毛完整，适合书房。", note="PG: an owl specimen (猫头鹰标本), a protected bird's product")
_k2_about("pg-k2-eagle-specimen-post", "beian-news.test", [PG], "闲置",
          "家里一只老鹰做的标本，搬家出了，价格好说。", note="PG: a stuffed bird of prey offered (老鹰 … 标本)")
_k2("trap-pg-k2-tortoise-food", "chuxin-toys.test", N, "陆龟粮 苏卡达幼体专用 500g", "39",
    "高纤维配方，添加钙质。", note="trap: tortoise food for juveniles, no tortoise sold")
_k2("trap-pg-k2-tortoise-lamp", "chuxin-toys.test", N, "豹纹陆龟晒背灯 UVB 加热灯", "58",
    "爬宠箱专用，一年质保。", note="trap: a basking lamp for tortoises")
_k2("trap-pg-k2-decoy-hawk", "haoyun-home.test", N, "仿真老鹰标本 驱鸟神器", "45",
    "果园鱼塘用，挂起来随风转动，吓跑麻雀。", note="trap: a plastic bird-scarer shaped like a hawk")
_k2("trap-pg-k2-owl-plush", "chuxin-toys.test", N, "猫头鹰毛绒公仔 幼崽款", "69",
    "柔软填充，送孩子的生日礼物。", note="trap: a plush owl (幼崽款 is a toy size)")
_k2("trap-pg-k2-chickpea", "liangpin-food.test", N, "鹰嘴豆 即食 500g", "19.9",
    "高蛋白代餐，开袋即食。", note="trap: chickpeas (鹰嘴豆)")
_k2("trap-pg-k2-insect-specimen", "qingmu-stationery.test", N, "昆虫标本套装 儿童科普", "49",
    "蝴蝶、甲虫标本八枚，附放大镜。", note="trap: insect specimens for children")
_k2("trap-pg-k2-mammoth", "haoyun-home.test", N, "猛犸象牙雕件 貔貅 挂件", "1880",
    "西伯利亚出土猛犸牙料，附来源说明。", note="trap: mammoth ivory, the tusk of an extinct animal, lawfully traded")

_k2("pg-k2-groove-knife", "shanye-outdoor.test", [PG], "户外直刀 带血槽 刀长28cm", "268",
    "D2钢，附皮套。", note="PG: a knife with a blood groove, a 匕首 by 管制刀具认定标准 一(一)")
_k2_about("pg-k2-groove-post", "beian-news.test", [PG], "刀友交流",
          "出一把双血槽猎刀，九成新，刀锋很利。", note="PG: a hunting knife with blood grooves offered")
_k2("trap-pg-k2-groove-craft", "shanye-outdoor.test", N, "工艺剑 带血槽 未开刃", "320",
    "展示收藏用，刀尖倒圆。", note="trap: an unsharpened craft blade, exempt by the standard's 二")

_k2("pg-k2-malachite-green", "haoyun-home.test", [PG], "孔雀石绿 鱼药 治水霉", "35",
    "鱼塘专用，一包兑水全池泼洒。", note="PG: malachite green sold as a fish drug (农业农村部 公告 第250号)")
_k2_about("pg-k2-ractopamine-post", "beian-news.test", [PG], "饲料交流",
          "供应莱克多巴胺原粉，拌料育肥效果明显。", note="PG: ractopamine offered for feed")
_k2("pg-k2-precursor", "xingchen-digital.test", [PG], "羟亚胺 99% 现货", "900",
    "量大从优，支持寄样。", note="PG: a first-class precursor chemical (羟亚胺) offered")
_k2("trap-pg-k2-clenbuterol-kit", "xingchen-digital.test", N, "瘦肉精检测卡 猪尿快检 50条", "68",
    "三合一试纸，五分钟出结果。", note="trap: a test kit for 瘦肉精")
_k2("trap-pg-k2-pork", "liangpin-food.test", N, "土猪五花肉 500g", "28",
    "农家散养，不含瘦肉精，每批检测合格。", note="trap: pork said to be free of 瘦肉精")
_k2("trap-pg-k2-malachite-bead", "yunduo-fushi.test", N, "孔雀石绿松石手串", "128",
    "天然矿石，配银扣。", note="trap: malachite and turquoise beads, the mineral, no drug")
_k2_about("trap-pg-k2-vet-notice", "beian-news.test", N, "养殖常识",
          "饲料中严禁添加莱克多巴胺，孔雀石绿也不得用于食品动物。", note="trap: a rule quoted to farmers")

_k2_about("pg-k2-knockout-post", "beian-news.test", [PG], "私聊",
          "这款香水只要轻轻一喷，就能让她瞬间昏睡。", note="PG: a knock-out drug named by its effect (普陀法院 2022 case)")
_k2("pg-k2-knockout-item", "moubai-beauty.test", [PG], "成人香水 失身水 无色无味", "198",
    "保密发货。", note="PG: a knock-out drug by its trade name (失身水)")
_k2("trap-pg-k2-eye-mask", "haoyun-home.test", N, "真丝眼罩 送女友", "79",
    "遮光透气，让她很快睡过去，午休神器。", note="trap: an eye mask given to her, no drug")
_k2_about("pg-k2-imsi-catcher", "beian-news.test", [PG], "设备转让",
          "伪基站整套出，带短信发射模块。", note="PG: a fake base station sold as equipment")
_k2_about("trap-pg-k2-imsi-news", "beian-news.test", N, "法治新闻",
          "警方破获一起销售伪基站设备案件，两名嫌疑人被刑事拘留。", note="trap: news of a seizure")

_k2("ct-k2-same-as-genuine", "yunduo-fushi.test", [CT], "老花邮差包", "980",
    "和正品一模一样，专柜也验不出来。", note="CT: goods said to match the genuine article (白云皮具城 reports)")
_k2_about("ct-k2-counter-post", "beian-news.test", [CT], "好物分享",
          "这批香奈儿跟专柜没区别，鉴定师都看不出。", note="CT: a copy said not to be told apart from the counter's")
_k2("ct-k2-pattern-cut", "yunduo-fushi.test", [CT], "马衔扣乐福鞋", "460",
    "原版开版，五金电镀。", note="CT: a pattern cut from the genuine (原版开版)")
_k2("ct-k2-factory-goods", "yunduo-fushi.test", [CT], "古驰 工厂货 双G腰带", "320",
    "送礼盒手提袋。", note="CT: 工厂货 beside a mark")
_k2("ct-k2-latin-grade", "yunduo-fushi.test", [AT, CT], "LV 顶级货 老花钱包", "560",
    "细节到位。", note="CT: 顶级货 right after a Latin mark (and AT: 顶级)")
_k2_about("ct-k2-mirror-grade", "beian-news.test", [CT], "表友圈",
          "镜面级劳力士绿水鬼，机芯一比一。", note="CT: 镜面级 beside a watch mark")
_k2("ct-k2-3a", "yunduo-fushi.test", [CT], "3A货 托特包 大容量", "299",
    "皮料柔软。", note="CT: the A货 grade by its count (3A货)")
_k2("ct-k2-imitation-brands", "yunduo-fushi.test", [CT], "仿大牌女包 链条包", "159",
    "百搭通勤。", note="CT: 仿大牌, a copy of brands as the goods' kind")
_k2("trap-ct-k2-dealer-warranty", "xingchen-digital.test", N, "无线降噪耳机", "1299",
    "官方授权经销商，与专柜一样享受全国联保。", note="trap: a dealer promising the counter's warranty")
_k2("trap-ct-k2-used-phone", "xingchen-digital.test", N, "二手手机 95新", "2300",
    "边框细微划痕，肉眼看不出，电池健康90%。", note="trap: a used phone's scratches")
_k2_about("trap-ct-k2-warning", "beian-news.test", N, "消费提示",
          "商家声称和正品一模一样的，其实都是假货，消费者要警惕。", note="trap: a warning that names the claim")
_k2("trap-ct-k2-tea-grade", "liangpin-food.test", [AT], "明前龙井 顶级货 250g", "368",
    "核心产区，手工炒制。", note="AT only: 顶级货 of tea names no mark, so no COUNTERFEIT_TERM (顶级 is an absolute term)")
_k2("trap-ct-k2-own-factory", "yunduo-fushi.test", N, "纯棉T恤 工厂货", "39",
    "自家工厂生产，无品牌。", note="trap: 工厂货 of a shop's own plant")
_k2("trap-ct-k2-phone-case", "xingchen-digital.test", N, "镜面版手机壳 适用华为P60", "29",
    "电镀边框，防摔。", note="trap: a mirror-finish phone case for a Huawei phone")
_k2("trap-ct-k2-battery", "xingchen-digital.test", N, "AAA电池 4节装", "12.9",
    "碱性电池，遥控器适用。", note="trap: AAA batteries")
_k2_about("trap-ct-k2-scenic", "beian-news.test", N, "景区介绍", "本景区为国家AAA级旅游景区，成人票60元。",
          note="trap: a scenic area's grade (AAA级), no A货")
_k2("trap-ct-k2-design", "yunduo-fushi.test", N, "原创设计连衣裙", "259",
    "拒绝模仿大牌的设计，每一款都是原创。", note="trap: 模仿大牌 refused, no copy")

# k2goods, second batch: unapproved foreign cancer drugs, wild seahorses, parcel data; a ban reported with
# its date, an identity paper asked of the buyer.
_k2("pg-k2-foreign-drug", "kangjian-pharmacy.test", [PG], "印度版 奥希替尼 80mg×30片", "1500",
    "海外直邮，三盒包邮。", note="PG: an unapproved foreign copy of a cancer drug offered (深圳检察院 2012 case)")
_k2_about("pg-k2-foreign-drug-moments", "beian-news.test", [PG], "病友群",
          "长期代购老挝版靶向药，需要的私信。", note="PG: an offer before a foreign-version drug (代购老挝版靶向药)")
_k2_about("trap-pg-k2-foreign-drug-news", "beian-news.test", N, "用药安全",
          "近期有媒体曝光一些商家在网上宣称能代购印度版易瑞沙，实为假药，请患者通过正规渠道购药。",
          note="trap: a warning that reports the offer")
_k2("trap-pg-k2-licensed-import", "kangjian-pharmacy.test", N, "泰瑞沙 甲磺酸奥希替尼片 80mg", "5200",
    "进口药品注册证齐全，处方药须凭处方在药师指导下购买。", note="trap: an approved import sold by a pharmacy")
_k2("pg-k2-wild-seahorse", "liangpin-food.test", [PG], "野生海马干 泡酒 50g", "260",
    "海边渔民自晒。", note="PG: wild seahorses (海马属, second class) sold by weight")
_k2("trap-pg-k2-farmed-seahorse", "liangpin-food.test", N, "养殖海马 海马干 50g", "180",
    "人工养殖，附养殖场证明。", note="trap: farmed seahorses")
_k2_about("pg-k2-parcel-data", "beian-news.test", [PG], "资源合作",
          "每天更新快递数据，姓名电话地址齐全，打包出。", note="PG: parcel data (buyers' personal information) sold")
_k2("trap-pg-k2-blank-labels", "qingmu-stationery.test", N, "空白快递面单 热敏纸 500张", "35",
    "一联单，兼容主流打印机。", note="trap: blank thermal shipping labels")
_k2_about("trap-pg-k2-paraquat-date", "haoyun-home.test", N, "选购提示",
          "百草枯已于2016年停止在国内销售，灭生性除草请选购草铵膦。", note="trap: a ban reported with its date after the name")
_k2("trap-pg-k2-sim-id-check", "xingchen-digital.test", N, "移动手机卡 营业厅办理", "0",
    "实名办理，需本人身份证原件。", note="trap: a SIM card office asking for the buyer's own ID")

_k2_about("trap-pg-k2-parcel-promise", "xingchen-digital.test", N, "隐私承诺",
          "快递信息仅用于配送，绝不对外出售。", note="trap: a shop promising not to sell parcel data")

# k2: warnings, reports and questions about the same goods and words, in other registers
_k2_about("trap-pg-k2-card-dont", "beian-news.test", N, "反诈课堂",
          "不要出租银行卡，否则可能构成帮信罪。", note="trap: a warning not to rent out a bank card")
_k2_about("trap-pg-k2-owl-unlawful", "beian-news.test", N, "普法",
          "买卖猫头鹰标本属于违法行为。", note="trap: a sentence that calls the trade unlawful")
_k2_about("trap-pg-k2-hawk-sentenced", "beian-news.test", N, "法治在线",
          "男子网上出售凤头鹰雏鸟被判刑。", note="trap: a report of a sentence")
_k2_about("trap-ct-k2-question", "beian-news.test", N, "消费课堂",
          "和正品一模一样？专家提醒：这样宣传的多为假货。", note="trap: the claim put as a question and answered")
_k2_about("trap-ct-k2-glossary", "beian-news.test", N, "网购黑话",
          "3A货是什么意思？其实就是假货的另一种说法。", note="trap: a glossary's question")

_k2("pg-k2-crossbow-lawful-use", "shanye-outdoor.test", [PG], "十字弩 进口 狩猎款", "1680",
    "仅供狩猎练习，请勿用于违法用途。", note="PG: a crossbow whose seller asks for lawful use; 违法用途 calls nothing unlawful")

_k2("ct-k2-oem-direct", "yunduo-fushi.test", [CT], "代工厂直发 nike 空军一号 低帮", "239",
    "全码现货。", note="CT: a brand's supposed contract factory named before the mark (代工厂直发 nike)")
_k2("trap-ct-k2-oem-socks", "yunduo-fushi.test", N, "纯棉袜子 代工厂直供 10双装", "29.9",
    "无品牌，透气吸汗。", note="trap: a contract factory's own unbranded goods")

# ---- (k1) rules from published enforcement cases (round 5): claims and advertising.  Each general case
# of claims.ini / advertising.ini / honour.ini's (k1) blocks in a seller's words and in others', with its
# lawful look-alike (a warning, a question, a goal, an evaluation with its source, a channel edition).
def _k1(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/k1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _k1_text(slug, host, codes, heading, text, note):
    page(slug, host, f"/k1/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


# effortless income (市场监管总局 2025 互联网违法广告典型案例: '在家躺着赚钱，年入百万+')
_k1("fc-k1-lying-income", "xingchen-digital.test", [FC], "副业实操课 终身回放", "699",
    "跟着老师一步步操作，在家躺着就能收钱，宝妈也能年入几十万。",
    note="FC: an effortless income promised for a course (广告法 第二十四条, 第二十五条)")
_k1("fc-k1-newbie-income", "xingchen-digital.test", [FC], "短视频剪辑训练营", "1980",
    "零基础小白结业即可接单，月入过万不是梦。",
    note="FC: an income promised as the result of training (零基础…月入过万)")
_k1_text("fc-k1-franchise-income", "liangpin-food.test", [FC], "招商加盟",
         "加盟我们的卤味店，足不出户也能月赚3万，总部全程扶持。",
         note="FC: a franchise's income promised (广告法 第二十五条第(一)项)")
_k1_text("trap-k1-income-warning", "beian-news.test", N, "防骗提醒",
         "警惕“在家躺着赚钱、月入过万”的刷单兼职，这类都是骗局。",
         note="trap: the income promise quoted in a warning (警惕, 骗局)")
_k1_text("trap-k1-income-question", "beian-news.test", N, "网友问答",
         "网上说躺着就能赚钱？天下没有免费的午餐，投资有风险。",
         note="trap: the promise asked about and denied")
_k1_text("trap-k1-income-howto", "beian-news.test", N, "财经频道",
         "热门文章：国庆小长假如何躺着赚钱，这份假期理财攻略请收好。",
         note="trap: a how-to headline (如何躺着赚钱), no goods promise it")
# a disease named, then an effect on it (2019 食品保健食品案例; 北票 2020 水灵子)
_k1("fc-k1-effect-on", "zhiwei-tea.test", [FC], "桑叶苦荞茶 30袋", "89",
    "对糖尿病、高血脂有很好的调理效果，老人喝了都说好。",
    note="FC: an effect on named diseases claimed for a tea (广告法 第十七条)")
_k1("fc-k1-effect-list", "liangpin-food.test", [FC], "灵芝孢子粉 100g", "268",
    "对肝炎、胃炎等疾病有明显的治疗保健作用。",
    note="FC: a treatment effect claimed for a food (广告法 第十七条)")
_k1("trap-k1-effect-none", "liangpin-food.test", N, "灵芝孢子粉 100g", "268",
    "本品为普通食品，对糖尿病没有治疗作用，不能代替药物。",
    note="trap: the effect said to be absent")
# 解决 and a symptom (2025 鱼油凝胶糖果 '解决头晕头痛、手麻脚麻')
_k1("fc-k1-solve-symptom", "haoyun-home.test", [FC], "深海鱼油凝胶糖果", "128",
    "每天两粒，解决头晕头痛、手麻脚麻，中老年人必备。",
    note="FC: symptoms solved by a candy (广告法 第十七条)")
_k1("fc-k1-solve-constipation", "liangpin-food.test", [FC], "西梅纤维饮", "69",
    "专门解决便秘，一喝就通。",
    note="FC: a disease solved by a drink")
_k1("trap-k1-solve-idiom", "qinghe-home.test", N, "折叠收纳箱 3只装", "59",
    "解决让人头痛的收纳难题，换季衣物一箱装下。",
    note="trap: 让人头痛 is an idiom for a chore")
# viruses and epidemics (2020年第一批虚假违法广告典型案件; 辽宁 2020)
_k1("fc-k1-antivirus", "liangpin-food.test", [FC], "即食海参 500g", "399",
    "提升体质，抗病毒，换季必备。",
    note="FC: an antiviral claim for a food (广告法 第十七条, 第二十八条)")
_k1("fc-k1-flu", "zhiwei-tea.test", [FC], "金银花茶", "39",
    "每天一杯，能预防流感，对新冠肺炎也有防治作用。",
    note="FC: flu and an epidemic prevented by a tea")
_k1("trap-k1-disinfect", "haoyun-home.test", N, "84消毒液 2L", "25",
    "含氯消毒剂，按说明稀释后可杀灭新冠病毒等多种病毒，卫消证字备案。",
    note="trap: a disinfectant's kill claim (杀灭), which a 消毒产品 may state")
_k1("trap-k1-fabric", "yunduo-fushi.test", N, "抗病毒面料 口罩套 5只", "49",
    "抗病毒面料经检测对H1N1灭活率99%，可水洗20次。",
    note="trap: a fabric's antiviral finish, no disease treated")
_k1_text("trap-k1-vaccine", "beian-news.test", N, "健康提示",
         "接种流感疫苗可以有效预防流感，请前往社区卫生服务中心。",
         note="trap: a vaccine's use in a health notice")
# blood clots, lungs, pain
_k1("fc-k1-clot", "liangpin-food.test", [FC], "纳豆红曲胶囊 60粒", "158",
    "降血粘，溶血栓，心脑血管双重养护。",
    note="FC: clots dissolved by a food (2019/2025 cases)")
_k1("fc-k1-lung", "zhiwei-tea.test", [FC], "罗汉果清润茶", "49",
    "老烟民必备，坚持喝，黑肺也能慢慢洗干净。",
    note="FC: a smoker's lungs cleaned by a tea (广东 2019 十大案例)")
_k1("fc-k1-pain", "haoyun-home.test", [FC], "艾草护膝贴 10片", "39",
    "贴上就能消炎止痛，老寒腿福音。",
    note="FC: a drug's claim (消炎止痛) for a plaster")
# franchise payback and all shops profiting (加盟 cases)
_k1_text("fc-k1-payback", "liangpin-food.test", [FC], "奶茶加盟",
         "小店投资，三个月就能回本，一年开两家。",
         note="FC: a franchise's payback promised by a time (广告法 第二十五条)")
_k1_text("fc-k1-all-profit", "liangpin-food.test", [FC], "招商加盟",
         "目前全国200多家加盟店全部盈利，没有一家亏损。",
         note="FC: every franchise shop said to profit")
_k1_text("trap-k1-payback-estimate", "liangpin-food.test", N, "加盟须知",
         "预计回本周期约18个月，数据仅供参考，视经营情况而定，投资有风险。",
         note="trap: an estimate with its basis and a risk warning")
_k1_text("trap-k1-shops-open", "liangpin-food.test", N, "门店信息",
         "本市门店都在正常营业，欢迎到店自提。",
         note="trap: shops said to be open, no profit claimed")
# exams and jobs guaranteed (江苏 2025 教育培训违法广告典型案例; 桂林 提醒)
_k1("fc-k1-exam-refund", "xingchen-digital.test", [FC], "教师资格证 笔试班", "1280",
    "签协议上课，考试不通过全额退款。",
    note="FC: a refund tied to failing (广告法 第二十四条第(一)项)")
_k1("fc-k1-pass-rate", "xingchen-digital.test", [FC], "会计初级 冲刺班", "980",
    "历年学员通过率100%，报名即送题库。",
    note="FC: a pass rate of 100% stated as the course's")
_k1("fc-k1-job", "xingchen-digital.test", [FC], "UI设计 就业班", "12800",
    "学完保证就业，合作企业直接面试。",
    note="FC: a job guaranteed by a school (广告法 第二十四条)")
_k1("trap-k1-review-refund", "xingchen-digital.test", N, "企业资质代办", "2000",
    "资质审核不通过全额退款，请放心提交材料。",
    note="trap: an application refused with a refund, no exam")
_k1("trap-k1-qc-rate", "qinghe-home.test", N, "不锈钢保温杯", "79",
    "出厂检验通过率100%，每一只都经过气密检测。",
    note="trap: a factory's inspection rate")
# 最具, a measure ranked first, 一流, superiority, 唯一, 填补空白, 领先
_k1_text("at-k1-most-strength", "xingchen-digital.test", [AT], "关于我们",
         "深耕本地十余年，是全市最具实力的职业培训品牌。",
         note="AT: 最具实力 (本溪市 2024 典型案例)")
_k1("at-k1-acceptance", "moubai-beauty.test", [AT], "玻尿酸原液", "129",
    "当下认知度最高、纯度最高的玻尿酸原液。",
    note="AT: a measure ranked first (贵阳 2022 医美案例)")
_k1("at-k1-first-class", "moubai-beauty.test", [AT], "热玛吉 全脸", "9800",
    "汇集国际一流整形专家，效果看得见。",
    note="AT: 国际一流 (温州 2022 医美案例)")
_k1("at-k1-beat-all", "haoyun-home.test", [AT], "RO反渗透净水器", "1999",
    "六级过滤，秒杀一切同类净水器。",
    note="AT: superiority over every rival (辽宁 2020)")
_k1("at-k1-only-china", "xingchen-digital.test", [AT], "基因检测套餐", "999",
    "中国唯一拥有该项技术的检测机构。",
    note="AT: 中国唯一 (市场监管总局 2024 民生领域典型案例)")
_k1("at-k1-gap", "qinghe-home.test", [AT], "纳米涂层炒锅", "299",
    "自主研发，填补国内空白，技术全球领先。",
    note="AT: 填补国内空白 and 全球领先")
_k1_text("trap-k1-goal", "beian-news.test", N, "学校简介",
         "学校正加快建设世界一流学科，致力于打造国际一流的研发平台。",
         note="trap: a goal (建设, 打造), no claim")
_k1("trap-k1-own-purity", "liangpin-food.test", N, "手工蜂蜜 三款", "88",
    "三款中纯度最高的是黑标款，适合送礼。",
    note="trap: the seller's own versions ranked among themselves")
_k1("trap-k1-flash-sale", "yunduo-fushi.test", N, "秋冬外套", "199",
    "今晚八点限时秒杀，秒杀所有爆款5折起。",
    note="trap: a flash sale (秒杀), no rival named")
_k1_text("trap-k1-evaluated", "beian-news.test", N, "科技成果",
         "该项目经省科技厅组织专家组鉴定，达到国际领先水平。",
         note="trap: an evaluation's finding with its evaluator")
_k1("trap-k1-representative", "cuiyu-jade.test", N, "山水画 复制品", "360",
    "黄公望最具代表性的作品，高清微喷复制。",
    note="trap: 最具代表性 of a painter's work")
# 特供 with a state organ (市场监管总局 2024 严禁制售特供酒公告)
_k1("fh-k1-state-supply", "zhiwei-tea.test", [FH], "53度酱香 500ml", "1880",
    "人民大会堂特供，国宴专用，限量供应。",
    note="FH: a state supply claimed (广告法 第九条第(二)项; 2024 特供酒 公告)")
_k1("fh-k1-army-supply", "zhiwei-tea.test", [FH], "大红袍 礼盒", "980",
    "部队特供茶，领导接待首选。",
    note="FH: an army supply claimed")
_k1("trap-k1-channel-edition", "xingchen-digital.test", N, "蓝牙耳机 京东特供款", "199",
    "京东特供款，超市专供装另售。",
    note="trap: a channel's edition (京东特供款), no state organ")
_k1_text("trap-k1-supply-notice", "beian-news.test", N, "公告转载",
         "市场监管总局公告：严禁销售含有“特供”“专供”党政机关和军队字样的酒类商品。",
         note="trap: the notice banning the words")


CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "RETURN_REFUSED",
         "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "LICENSE_MISMATCH", "FAKE_ORIGINAL_PRICE",
         "FALSE_HONOUR"}
HOME_ONLY = {"LICENSE_MISSING", "ICP_MISSING", "MARK_MISSING"}


# ---- (c10 lead) lessons of corpus9's holdout, studied once corpus10 replaced it as the unseen
# measure: the antibacterials of 药品网络销售禁止清单 二(四) in an external form (its 备注 2 leaves
# them out), a pesticide said to be banned with the date of the ban, and a franchise's profit
# promised in other words (保证盈利, a payback period as fact, the loss made good by the seller)
def _c10l(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/c10l/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _c10l_text(slug, host, codes, heading, text, note):
    page(slug, host, f"/c10l/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_c10l("trap-c10l-rx-external", "huajian-flower.test", N, "夫西地酸软膏 10g 皮肤感染", "26",
      "处方药，请上传医生处方，药师审核后发货。外用，一日两次涂患处。",
      note="trap: 夫西地酸 is on 禁止清单 二(四), but 备注 2 leaves out the external forms of antibacterials")
_c10l("trap-c10l-rx-eye", "huajian-flower.test", N, "左氧氟沙星滴眼液 5ml", "18",
      "处方药 凭处方购买。",
      note="trap: an antibacterial eye drop not on the list; a lawful prescription sale")
_c10l("pg-c10l-rx-oral", "huajian-flower.test", [PG], "伊曲康唑胶囊 0.1g×14粒", "96",
      "真菌感染口服，下单后48小时内发货。",
      note="PG: 伊曲康唑 in an oral form, on 药品网络销售禁止清单 二(四) (备注 2 spares only external forms)")
_c10l_text("trap-c10l-ban-dated", "beian-news.test", N, "农资小知识",
           "甲胺磷自2008年1月1日起全面禁止在国内销售和使用，防治稻飞虱请选用已登记的低毒农药。",
           note="trap: a banned pesticide named with the date of its ban (农业部 公告 第632号 wording); nothing offered")
_c10l("trap-c10l-ban-dated-item", "shanye-outdoor.test", N, "草铵膦 200g/L 水剂 5kg", "139",
      "百草枯早在2016年就停售了，本品为登记在册的灭生性除草剂，按标签用量使用。",
      note="trap: paraquat said to be withdrawn in 2016 on a lawful herbicide's listing")
_c10l("pg-c10l-paraquat-year", "shanye-outdoor.test", [PG], "百草枯 20%水剂 老配方", "88",
      "2024年新到货，烧根快，量大从优。",
      note="PG: paraquat offered; a year of stock is no ban (农业部 公告 第1745号)")
_c10l_text("fc-c10l-franchise-payback", "yunduo-fushi.test", [FC], "加盟政策",
           "单店投资12万，8个月回本，总部全程扶持。",
           note="FC: a payback period stated as fact to recruit franchisees (广告法 第二十五条第(一)项)")
_c10l_text("fc-c10l-franchise-loss", "yunduo-fushi.test", [FC], "加盟保障",
           "选址由总部负责，一年不赚钱，加盟费全额退还。",
           note="FC: the franchisee's loss promised to be made good (不赚钱…全额退还), 第二十五条第(一)项")
_c10l_text("fc-c10l-franchise-profit", "xingchen-digital.test", [FC], "合伙人计划",
           "零经验也能做，确保盈利，开业即有客源。",
           note="FC: profit guaranteed (确保盈利), 广告法 第二十五条第(一)项")
_c10l_text("trap-c10l-payback-own", "beian-news.test", N, "创业日记",
           "去年盘下这家小店，装修花了六万，做了十个月回本了，现在每月略有结余。",
           note="trap: a shop owner's own past payback (回本了) is no promise to anyone")
_c10l_text("trap-c10l-profit-refused", "qinghe-home.test", N, "合作须知",
           "我们不承诺收益，不保证盈利，经营结果取决于选址和投入，请慎重决定。",
           note="trap: profit expressly not guaranteed")
_c10l("trap-c10l-praise-count", "liangpin-food.test", N, "每日坚果 30袋装", "89",
      "五星好评3000条，新客首单立减10元，满99包邮。",
      note="trap: a count of good reviews told (好评3000条) before an ordinary discount; no review asked")
_c10l("trap-c10l-praise-count-plus", "nuanyang-baby.test", N, "纯棉口水巾 6条装", "29",
      "累计好评2万+ 今日下单再减5元。",
      note="trap: praise counted (好评2万+) then a discount for ordering, not for reviewing")
_c10l("ri-c10l-few-reviews", "liangpin-food.test", [RI], "芒果干 500g", "35",
      "带图好评2条以上，返5元现金，找客服登记。",
      note="RI: money for a number of good reviews (电子商务法 第十七条); two reviews are asked, not counted")



# ---- (s1) lessons of corpus10's open parts, trademark and advertising words: the jargon of those who
# explain, detect or refuse fakes (鉴定 tells, intake refusals, others' fraud described, the buyer sent
# to the brand to verify), a period style or a jade grade that names no mark, a copy named as the big
# brands', a time-bound usage tip, a drug's no-return rule, a review's screenshot paid for, others'
# conduct reported in a notice, and a dated record of a mark's recognition
def _s1(slug, host, codes, name, price, desc, note, title=None):
    page(slug, host, f"/s1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), title=title, note=note)


def _s1_text(slug, host, codes, heading, text, note):
    page(slug, host, f"/s1/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_s1("ct-s1-brand-copy", "fangzhou-bags.test", [CT], "名牌复刻款手袋 老花", "399",
    "五金刻字、防伪扣和专柜一模一样，送人有面子。",
    note="CT: a copy named as a big brand's (名牌复刻) with the mark's anti-counterfeit clasp copied (商标法 第五十七条)")
_s1_text("trap-s1-intake", "fangzhou-bags.test", N, "二手奢品回收说明",
         "本店不回收高仿、A货及仿牌，发现即原件退回。",
         note="trap: a buy-back shop refusing to take copies in; a refusal of the trade")
_s1("ct-s1-intake-fee", "fangzhou-bags.test", [CT], "包邮不收运费 高仿大牌包", "260",
    "支持验货，走量价。",
    note="CT: 高仿 offered; 不收运费 refuses postage, not copies")
_s1_text("trap-s1-tell", "beian-news.test", N, "鉴表小课堂",
         "精仿表的破绽多在夜光和背透，收到表先对照官方图片。",
         note="trap: the tells of a copy told to buyers; nothing offered")
_s1("ct-s1-no-tell", "fangzhou-bags.test", [CT], "高仿女包 新款", "320",
    "高仿包毫无破绽，拿去专柜都看不出来。",
    note="CT: a copy boasted to have no tell (毫无破绽)")
_s1_text("trap-s1-market-fraud", "qinghe-home.test", N, "选购提醒",
         "部分商家用高仿皮冒充头层牛皮，买沙发时注意看毛孔。",
         note="trap: others' passing-off described in a buyer's guide")
_s1_text("trap-s1-verify", "xingchen-digital.test", N, "正品保障",
         "担心买到精仿货，建议登录品牌官网核验序列号。",
         note="trap: the buyer sent to the brand's own site to verify")
_s1("trap-s1-period", "qinghe-home.test", N, "精仿清式架子床 老榆木", "16800",
    "榫卯结构，按传世样式比例放样。",
    note="trap: a Qing-style bed copied; a period style is a public-domain design, no mark")
_s1("ct-s1-star", "fangzhou-bags.test", [CT], "精仿明星同款包包", "188",
    "大牌走秀款，细节到位。",
    note="CT: 精仿 of a celebrity's bag: 明星 is no period")
_s1("trap-s1-jade", "huajian-flower.test", N, "满绿蛋面 A货 18K金镶嵌", "5600",
    "飘花玉坠（A货，附检测证书）同店有售。",
    note="trap: A货 as the jadeite grade (GB/T 16552 天然), with the jade's cut and colour named")
_s1("ct-s1-bag-a", "fangzhou-bags.test", [CT], "老花手袋 A货 原厂皮", "450",
    "走量款，可拍。",
    note="CT: A货 of a bag, no stone named")
_s1("trap-s1-shop-title", "xingchen-digital.test", N, "浪琴 名匠系列 复刻版", "21800",
    "品牌2019年推出的官方复刻款，国行保卡。",
    note="trap: a brand's own reissue; the title's shop name (名表阁) follows a separator",
    title="浪琴 名匠 复刻版 - 名表阁")
_s1("ct-s1-replica-shop", "xingchen-digital.test", [CT], "复刻名表店 劳力士 水鬼", "1280",
    "机芯稳定，防水。",
    note="CT: a replica-watch shop (复刻名表) with a mark named")
_s1("trap-s1-tip", "moubai-beauty.test", N, "修护睡眠面膜 80g", "129",
    "睡前20分钟敷用效果最佳，次日清水洗净。",
    note="trap: 最佳 of a time-bound usage tip (2023 绝对化用语 guideline)")
_s1("at-s1-rated", "moubai-beauty.test", [AT], "水润防晒乳 SPF50", "99",
    "同类产品中涂抹效果最佳，轻薄不黏。",
    note="AT: 最佳 over other products (广告法 第九条第三项)")
_s1("trap-s1-drug", "huajian-flower.test", N, "阿莫西林胶囊 0.25g×24粒", "16",
    "处方药，凭处方购买。处方药一经售出，不予退换，请核对后下单。",
    note="trap: a drug's return refused but for quality, as 药品经营质量管理规范 requires")
_s1("rr-s1-supplement", "liangpin-food.test", [RR], "鱼油软胶囊 100粒", "128",
    "保健品非质量问题不退换。",
    note="RR: a health food is no drug; every ground but a defect refused (消费者权益保护法 第二十五条)")
_s1("ri-s1-trial", "nuanyang-baby.test", [RI], "婴儿湿巾 80抽 试用装", "0",
    "0元试用：五星评价后，评价截图找客服全额退还货款。",
    note="RI: a trial's price paid back for a five-star review (电子商务法 第十七条)")
_s1_text("trap-s1-notice", "beian-news.test", N, "消费提示",
         "部分商家在包裹里塞好评返现卡，请大家按真实体验评价。",
         note="trap: others' conduct reported; nothing offered")
_s1_text("trap-s1-history", "zhiwei-tea.test", N, "发展历程",
         "1998年 知味茶行成立<br>2015年 “知味”商标被国家工商总局商标局认定为中国驰名商标<br>2020年 新建茶园",
         note="trap: a dated history line recording the recognition (商标局 2016 批复 as corpus10 cites it)")
_s1_text("wm-s1-honour", "zhiwei-tea.test", [WM], "品牌故事",
         "2015年荣获中国驰名商标，老字号好茶。",
         note="WM: 驰名商标 put forward as an honour (商标法 第十四条第五款)")
_s1_text("trap-s1-faq-no", "fangzhou-bags.test", N, "常见问题",
         "问：这款是高仿吗？<br>答：不是，自家工厂原创款，有外观专利。",
         note="trap: an FAQ asking whether it is a copy, answered no")
_s1_text("ct-s1-faq-yes", "fangzhou-bags.test", [CT], "常见问题",
         "问：有精仿的吗？<br>答：有，细节对比图私聊。",
         note="CT: the question answered yes; copies offered")

# ---- (s2) lessons of corpus10's open parts (claims, goods, honours, a styled 划线价): each class of
# a miss with a page of its own words and a trap that shares only the class
def _s2(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/s2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _s2_text(slug, host, codes, heading, text, note):
    page(slug, host, f"/s2/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_s2("fc-s2-plaque", "liangpin-food.test", [FC], "纳豆红曲胶囊 60粒（普通食品）", "168",
    "爸妈坚持吃三个月，复查时颈动脉斑块明显变小了。",
    note="FC: arterial plaque said to shrink, a cardiovascular cure claimed for an ordinary food (广告法 第十七条)")
_s2("trap-s2-plaque-tile", "xinghe-tiles.test", N, "仿古砖 600×600", "45",
    "表面的斑块是窑变自然形成的，铺贴后不会消失，每片纹理不同。",
    note="trap: 斑块 of a glaze, said not to disappear; no body and no cure")
_s2("fc-s2-keepaway", "qingchuan-honey.test", [FC], "蜂胶喷雾 30ml", "59",
    "换季喷一喷，甲流乙流统统绕道走。",
    note="FC: infections said to keep away from the user, a prevention claimed for a food (广告法 第十七条)")
_s2("trap-s2-keepaway-stock", "kangjian-pharmacy.test", N, "一次性医用口罩 50只", "19",
    "流感季不怕断货，工厂日产十万只，当天发出。",
    note="trap: 流感季 and 不怕 about stock, not about catching flu")
_s2("fc-s2-symptom", "haixi-seafood.test", [FC], "秋梨膏 300g（普通食品）", "39",
    "家里老人咳嗽，早晚一勺，一周下来就好了。",
    note="FC: a symptom said to be gone after eating an ordinary food (广告法 第十七条)")
_s2("trap-s2-symptom-fan", "huaxin-lamp.test", N, "HiFi 解码耳放", "899",
    "发烧友口碑款，换上之后声场好了不止一个档次。",
    note="trap: 发烧友 is an audio fan; 好了 is the sound")
_s2("fc-s2-pet", "shuimu-toys.test", [FC], "犬用营养膏 120g（宠物饲料）", "49",
    "犬瘟康复中的狗狗，拌粮吃两周，复查转阴了。",
    note="FC: a pet disease said to be cured by a feed (饲料和饲料添加剂管理条例; 广告法 第二十一条)")
_s2("trap-s2-pet-vet", "shuimu-toys.test", N, "犬用营养膏 120g", "49",
    "猫瘟、犬瘟请及时就医，本品仅为病后恢复期的营养补充。",
    note="trap: the diseases named to send the owner to a vet; no outcome claimed")
_s2("fc-s2-beats-treatment", "songlin-bamboo.test", [FC], "艾草泡脚包 30包", "69",
    "腿脚冰凉的，泡一周比输液还管用。",
    note="FC: the goods said to beat a medical treatment (广告法 第十七条)")
_s2("trap-s2-treatment-price", "kangjian-pharmacy.test", N, "家用雾化面罩", "29",
    "在家做雾化，比跑医院排队方便。",
    note="trap: convenience over a trip to hospital, no cure or comparison of effect")
_s2("fc-s2-myopia", "yueya-lamp.test", [FC], "儿童护眼台灯", "299",
    "孩子写作业用了一学期，视力恢复到5.0。",
    note="FC: myopia reversed claimed for a lamp (市场监管总局 2025 典型案例: 儿童叶黄素 '有效预防近视')")
_s2("trap-s2-myopia-lens", "c8-oujiang-glasses.test", N, "日抛彩色隐形眼镜 10片", "89",
    "摘掉眼镜，换上日抛，运动更方便；近视度数有变化请重新验光配镜。",
    note="trap: a wearer switching to lenses, and a refraction advised")
_s2("fc-s2-cosmetic", "bairui-clean.test", [FC], "芦荟修护凝胶（普通化妆品）", "39",
    "消炎止痒，脂溢性皮炎也适用。",
    note="FC: medical words for a cosmetic (化妆品监督管理条例 第三十七条) and a disease it is said to suit")
_s2("trap-s2-cosmetic-warn", "bairui-clean.test", N, "芦荟保湿凝胶", "35",
    "皮炎患者不适用，破损肌肤慎用。",
    note="trap: a disease named to warn off its sufferers")
_s2_text("trap-s2-words-listed", "qingsong-pharm.test", N, "详情页整改说明",
         "我们已把“包治”“根除”之类的说法从全部详情页撤下，欢迎监督。",
         note="trap: claims named as words a shop removed, none of them made")
_s2_text("fc-s2-words-claimed", "qingsong-pharm.test", [FC], "老药方",
         "祖传膏方，根治鼻炎、咽炎等老毛病。",
         note="FC: 等 after a list of diseases the goods are said to cure, not of words")
_s2("pg-s2-pods", "chaoshan-toys.test", [PG], "雾化杆套装", "199",
    "新款雾化杆，配三颗果味弹，私信发货。",
    note="PG: an e-cigarette by its sellers' words (雾化杆, 果味弹); 电子烟管理办法 keeps sale to the national platform")
_s2("trap-s2-pipe", "xiling-seal.test", N, "民国铜烟杆 老物件", "680",
    "老烟杆一支，铜锅竹身，包浆自然，仅供收藏。",
    note="trap: an old tobacco pipe, a collectible; no pods")
_s2("trap-s2-springy", "yuquan-noodle.test", N, "潮汕牛肉丸 500g", "58",
    "多种口味弹牙爽滑，冷冻发货。",
    note="trap: 口味弹 of springy meatballs")
_s2_text("trap-s2-list-refused", "lvye-nongzi.test", N, "门市须知",
         "克百威、氧乐果、灭多威等剧毒农药我们门市一律不售；涕灭威及其制剂国家已停止销售和使用。",
         note="trap: banned pesticides listed before the shop's refusal and a ban")
_s2("pg-s2-list-offered", "lvye-nongzi.test", [PG], "杀虫剂组合", "88",
    "克百威、氧乐果现货，量大从优，假货一律不售。",
    note="PG: the same list offered; the refusal is of fakes, in the next clause")
_s2_text("fh-s2-cctv", "yunding-ceramics.test", [FH], "品牌介绍",
         "央视展播品牌，二十年匠心烧制。",
         note="FH: an honour CCTV never grants (央视 2006/2015 statements; 余姚 2025 'CCTV展播品牌' 案)")
_s2_text("trap-s2-cctv-report", "yunding-ceramics.test", N, "品牌故事",
         "央视《消费主张》栏目曾走进我们的窑口拍摄，本品牌也入选了央视国家品牌计划。",
         note="trap: a programme that filmed the shop and a real airtime programme named as such")
_s2x = lambda p, o: (f'<div class="item-detail"><h1>真丝眼罩</h1><p>到手 ¥{p} '
                     f'<span style="color:#999;text-decoration:line-through">¥{o}</span></p>'
                     f'<p>6A 桑蚕丝。</p></div>' if o else
                     f'<div class="item-detail"><h1>真丝眼罩</h1><p>到手 ¥{p}</p><p>6A 桑蚕丝。</p></div>')
price_page("fop-s2-styled", "haoyun-home.test", "/item/s2-701.html", [FP_], "真丝眼罩", 69, 159,
           [(2, 59, None)], "FOP: 划线价 struck by inline style (line-through), sold at 59 two days before",
           body=_s2x(69, 159), seen_body=_s2x)
_s2r = lambda p, o: (f'<div class="item-detail"><h1>蚕丝枕套</h1><div class="price-line"><span class="price">¥{p}</span>'
                     f' <span class="tag">包邮</span></div><p>22 姆米。</p></div>')
price_page("fop-trap-s2-row", "haoyun-home.test", "/item/s2-702.html", N, "蚕丝枕套", 129, None,
           [(2, 99, None)], "trap: a row of prices named price-line holds the current price, no 划线价",
           body=_s2r(129, None), seen_body=_s2r)


# ---- (m1) mends of the session's review (trademark, reviews, returns, a mark's record): an allow that
# cleared a whole sentence now needs its own words (an offer ends a market-fraud note, a counter check
# invited is the copy seller's boast, a tell denied a few words back is a boast too, the buyer's right
# to refuse delivery is no refusal of copies, a review's length is no count of reviews, others named
# only with the verb reported of them, a drug named only in its own clause); and the look-alikes a new
# pattern caught (a phone called 原版, the counter's genuine guarantee, a fee or a postage service denied)
def _m1(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/m1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


_m1("ct-m1-market-then-offer", "fangzhou-bags.test", [CT], "老花手袋", "380",
    "网上冒充正品的太多了，我们只做精仿，做工对得起价格。",
    note="CT: others' passing-off named, then the shop's own copies offered in the same sentence")
_m1("ct-m1-counter-invited", "fangzhou-bags.test", [CT], "精仿大牌腰包", "260",
    "五金细节到位，欢迎拿去专柜鉴定。",
    note="CT: a copy seller inviting the counter's check, a boast, not a buyer sent to verify")
_m1("ct-m1-tell-denied", "fangzhou-bags.test", [CT], "高仿托特包", "420",
    "走线和压花都看不出一点破绽。",
    note="CT: the tell denied a few characters back (不出一点破绽), the seller's boast")
_m1("ct-m1-refuse-delivery", "fangzhou-bags.test", [CT], "原单水桶包", "350",
    "货到付款，验货不满意可拒收。",
    note="CT: 原单 offered; 可拒收 is the buyer's right to refuse delivery, no refusal of copies")
_m1("ct-m1-shop-name", "fangzhou-bags.test", [CT], "复刻名表坊 潜航者腕表", "980",
    "机芯稳定，支持走时视频。",
    note="CT: a replica shop's name without 版 is no reissue's title")
_m1("trap-m1-phone-original", "xingchen-digital.test", N, "二手 原版iPhone12 128G", "2299",
    "电池效率88%，无拆无修，附购机发票。",
    note="trap: 原版 of a used phone means unrepaired, not a copy grade")
_m1("trap-m1-counter-guarantee", "fangzhou-bags.test", N, "日本直邮 保湿面霜", "560",
    "海外专柜购入，与专柜一样正品保证，附小票。",
    note="trap: the counter's own goods promised, not a copy said to equal them")
_m1("ri-m1-length-asked", "moubai-beauty.test", [RI], "补水面膜 10片", "59",
    "收货后写好评50字以上，截图给客服返3元。",
    note="RI: a review's length asked for before a reward, no count of reviews")
_m1("ri-m1-compare-others", "moubai-beauty.test", [RI], "洗面奶 120g", "45",
    "带图好评返红包8元，比别的小店给得多，比一些商家都大方。",
    note="RI: the shop's own reward compared with others'; nothing reported of them")
_m1("ri-m1-fan-screenshot", "moubai-beauty.test", [RI], "眼霜 15ml", "99",
    "收到后晒图截图发给客服，即返现6元。",
    note="RI: a screenshot of a shown photo review paid for")
_m1("rr-m1-food-not-drug", "liangpin-food.test", [RR], "酸枣仁膏 200g", "68",
    "本品为固体饮料，并非药物，售出一律不退。",
    note="RR: a food saying it is no drug, then refusing every return")
_m1("trap-m1-fee-waived", "yunduo-fushi.test", N, "羊毛大衣", "699",
    "七天无理由退货，退货无需承担任何包装费。",
    note="trap: a fee denied, the right given")
_m1("trap-m1-no-postage-insurance", "yunduo-fushi.test", N, "棉麻衬衫", "139",
    "本店不提供退货运费险，七天无理由退货正常支持。",
    note="trap: the shop gives no postage insurance; the return itself is granted")
_m1("wm-m1-record-then-sell", "liangpin-food.test", [WM], "老字号酱菜礼盒", "88",
    "\n2009年本厂商标经国家工商总局商标局认定为驰名商标，驰名商标放心之选，欢迎订购。",
    note="WM: a dated record of the recognition, then the mark used to sell in the same sentence")

# (m2) Lessons of review s26 (goods, claims, honours, shared lists): an allow that a seller's own
# reassurance or an unrelated common word used to satisfy, and false alarms on ordinary shop words.
def _m2(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/m2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


_m2("pg-m2-card-reassure", "shuimu-toys.test", [PG], "工作室长期合作", "300",
    "长期出租二类卡，每张日结，放心不会被判刑。",
    note="PG: the seller's own 不会被判刑 is a reassurance, not a report of a sentence")
_m2("pg-m2-card-lawful", "shuimu-toys.test", [PG], "兼职项目", "200",
    "高价收一类卡，一天结清，这不构成犯罪，也不用担心是否违法。",
    note="PG: 不构成犯罪 and 是否违法 deny the crime; they do not call the trade unlawful")
_m2("pg-m2-card-special", "shuimu-toys.test", [PG], "对公户业务", "500",
    "一类卡出售，另外特别收购企业对公户。",
    note="PG: 别 inside 特别 is no 别 (don't) before 收购")
_m2("pg-m2-id-sale", "shuimu-toys.test", [PG], "证件资料", "80",
    "身份证出售 需要身份证的老板联系我。",
    note="PG: 需要身份证 of a buyer who wants one, no check of the buyer's own paper")
_m2("pg-m2-rat-aftersale", "lvye-nongzi.test", [PG], "灭鼠药", "15",
    "毒鼠强现货，特价和清仓商品均不售后。",
    note="PG: 均不售后 is no after-sales service, not a refusal of the goods listed")
_m2("pg-m2-oral-antifungal", "kangjian-pharmacy.test", [PG], "伊曲康唑胶囊 14粒", "45",
    "伊曲康唑胶囊口服，用于阴道念珠菌病，无需处方现货。",
    note="PG: an oral capsule; 阴道 names the disease, not a vaginal form")
_m2("fc-m2-no-additive", "liangpin-food.test", [FC], "酸枣仁膏", "69",
    "纯天然无添加，对失眠有明显改善效果。",
    note="FC: 无添加 is no negation of the sleep claim after it")
_m2("fc-m2-garlic-virus", "liangpin-food.test", [FC], "大蒜素软胶囊（普通食品）", "88",
    "天然杀菌，抗病毒，换季必备。",
    note="FC: 杀菌 here is the food's own claim, not a disinfectant product before 病毒")
_m2("fc-m2-cert-pass", "qingsong-pharm.test", [FC], "PMP认证冲刺班", "3999",
    "PMP认证通过率100%，名师带练。",
    note="FC: an exam's pass rate; 认证 names the credential, not a product's test")
_m2("fc-m2-vaccine-compare", "liangpin-food.test", [FC], "接骨木莓饮", "59",
    "每天一杯，流感不中招，比打疫苗还管用。",
    note="FC: 疫苗 named to be beaten by the drink, no vaccine advice")
_m2("fc-m2-no-surgery", "yueya-lamp.test", [FC], "护眼贴", "39",
    "坚持贴了两个月，视力恢复到5.0，不用做飞秒了。",
    note="FC: the surgery named as not needed, not as the cause")
_m2("trap-m2-qc-pass", "haoyun-home.test", N, "电热水壶 1.7L", "129",
    "每台出厂前100%通过质检，百分百通过耐压检测。",
    note="trap: a factory's inspection rate, not an exam")
_m2("trap-m2-antivirus", "huaxin-lamp.test", N, "杀毒软件 一年授权", "98",
    "实时防病毒、防木马，自动查杀。",
    note="trap: antivirus software, no disease")
_m2("trap-m2-thermometer", "haoyun-home.test", N, "电子体温计", "29",
    "孩子夜里发烧退了没有，额头一测就知道。",
    note="trap: a question whether a fever is gone, answered by measuring")
_m2("trap-m2-glasses-price", "c8-oujiang-glasses.test", N, "近视眼镜 防蓝光", "168",
    "近视眼镜本周降了30元，配镜送镜盒。",
    note="trap: the price of glasses came down, not myopia")
_m2("trap-m2-pet-strip", "shuimu-toys.test", N, "猫瘟检测试纸 5条", "35",
    "猫瘟检测试纸，十分钟可检测是否转阴。",
    note="trap: a test strip that reads whether a result turned negative")
_m2("trap-m2-price-refund", "haoyun-home.test", N, "空气炸锅", "299",
    "保价30天，买贵了买亏了全额退差价。",
    note="trap: a price guarantee, no franchise loss refunded")
_m2("trap-m2-cctv-camera", "huaxin-lamp.test", N, "CCTV监控摄像头 400万", "199",
    "CCTV摄像头推荐品牌，夜视清晰，手机远程查看。",
    note="trap: CCTV as closed-circuit cameras, not the broadcaster")
_m2("trap-m2-flash-sale", "haoyun-home.test", N, "蓝牙耳机", "59",
    "双12整点秒杀一切好物，秒杀同价位限量抢。",
    note="trap: 秒杀 of a flash sale, no rival named")
_m2("trap-m2-buyer-surprise", "haoyun-home.test", N, "婴儿推车", "899",
    "追评：用了两个月，有惊喜，轮子很顺。",
    note="trap: a buyer's own review says 有惊喜; no prize offered")
_m2("trap-m2-payback-past", "yuquan-noodle.test", N, "奶茶加盟", "39800",
    "我们的加盟商两个月就回本了，总部全程扶持。",
    note="trap: 回本了 told as one franchisee's past result, no payback promised (K1_FC reads it so; an older lookbehind no longer overrides it)")
_m2_t = lambda slug, host, codes, h, t, note: page(slug, host, f"/m2/{slug}.html", codes,
                                                  f"<h2>{h}</h2>\n<p>{t}</p>", note=note)
_m2_t("fh-m2-organ-supply", "yunding-ceramics.test", [FH], "酱香老酒",
      "本酒为军区特供酒，限量供应。",
      note="FH: 特供 with the army, a state endorsement that cannot be true")
_m2_t("trap-m2-organ-ban", "yunding-ceramics.test", N, "购酒提醒",
      "国家严禁生产销售部队特供酒，请勿轻信。",
      note="trap: the ban on 特供 named, a cue before the organ")


# (p1) Paraphrase round (issue #15, round 6): the general cases that other sellers' words of the same
# acts showed missing, each with a page in words of its own and a trap beside it.
def _P1(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/p1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


_P1("fc-p1-bare-treat-sore", "lvye-nongzi.test", [FC], "羊用营养舔砖 5kg", "45",
    "放在羊圈里让羊自己舔，专门治羊口疮，还能长膘。",
    note="FC: a bare 治 before a condition named by its last character (口疮) for a feed, 广告法 第十七条; 饲料和饲料添加剂管理条例 bans treatment claims for feed")
_P1("fc-p1-bare-treat-infertile", "liangpin-food.test", [FC], "益母草红糖姜茶", "39",
    "坚持喝三个月，能治多囊不孕。",
    note="FC: 治 before 不孕, a condition, for an ordinary food, 广告法 第十七条")
_P1("trap-p1-bare-treat-clinic", "kangjian-pharmacy.test", N, "线上问诊 皮肤科", "20",
    "执业医师在线诊治，皮肤有疑问可以先拍照咨询。",
    note="trap: 诊治 names a licensed clinic's work, and no condition is named after 治")
_P1("trap-p1-bare-cure-generic", "liangpin-food.test", N, "选购小贴士", "0",
    "普通食品没有批准文号，凡是说能治病的广告，请直接忽略。",
    note="trap: 治病 bare names no condition; the shop warns against such claims")
_P1("fc-p1-no-more-shots", "liangpin-food.test", [FC], "桑叶玉米须茶", "58",
    "喝了半年，再也不用打针了，医生都说奇怪。",
    note="FC: injections said to be needed no more (再也不用打针) after an ordinary tea, 广告法 第十七条")
_P1("fc-p1-effect-ensured", "kangjian-pharmacy.test", [FC], "草本祛痘凝胶（普通化妆品）", "79",
    "按疗程涂抹，确保见效，痘印一个不留。",
    note="FC: an effect guaranteed (确保见效) for an ordinary cosmetic, 广告法 第二十八条")
_P1("trap-p1-effect-not-ensured", "kangjian-pharmacy.test", N, "保湿面霜", "89",
    "护肤效果因人而异，本店不保证见效时间。",
    note="trap: the guarantee refused (不保证), no claim")
_P1("fc-p1-no-effect-refund", "kangjian-pharmacy.test", [FC], "生发精华液（普通化妆品）", "168",
    "用完两瓶没起效退还货款，放心试。",
    note="FC: a refund if the goods do not work, 无效退款 in other words (广告法 第二十八条); hair growth is no claim a cosmetic may make")
_P1("trap-p1-no-effect-refund", "kangjian-pharmacy.test", N, "保湿面霜", "89",
    "功效因人而异，本店不承诺无效退款，过敏可申请退货。",
    note="trap: the refund-on-no-effect promise refused; a return for allergy is ordinary after-sales")
_P1("fc-p1-profit-floor", "qingsong-pharm.test", [FC], "私募跟投计划", "5000",
    "入金即享利润保底，每季度分红。",
    note="FC: a profit said to have a floor (利润保底), a guaranteed return, 广告法 第二十五条")
_P1("fc-p1-loss-repaid", "qingsong-pharm.test", [FC], "外汇带单服务", "2999",
    "跟着导师做单，亏本双倍赔偿。",
    note="FC: losses said to be made good (亏本双倍赔偿), 广告法 第二十五条")
_P1("trap-p1-loss-chikui", "haoyun-home.test", N, "破壁机", "399",
    "买贵了不用担心吃亏了赔钱，30天保价。",
    note="trap: 吃亏 of a buyer and a price guarantee, no investment loss repaid")
_P1("fc-p1-cert-sure", "qingsong-pharm.test", [FC], "教师资格证培训", "2680",
    "报名即签协议，稳拿教师资格证。",
    note="FC: a certificate guaranteed (稳拿…证), 广告法 第二十四条第(一)项")
_P1("trap-p1-wallet-id", "haoyun-home.test", N, "真皮钱包", "129",
    "卡位多，钱包拿出来就能找到证件。",
    note="trap: 钱包 is a wallet; 证件 is no certificate promised")
_P1("fc-p1-no-cancer", "liangpin-food.test", [FC], "富硒黑米 5斤", "69",
    "长寿村的人顿顿吃，几十年没人得癌。",
    note="FC: cancer said to be avoided by eating the rice, 广告法 第十七条")
_P1("fc-p1-myopia-degrees", "liangpin-food.test", [FC], "护眼蓝莓压片糖果", "99",
    "孩子吃了一学期，近视减少了150度。",
    note="FC: myopia's degrees said to drop after a sweet, 广告法 第十七条 (市场监管总局 2025 十起违法广告典型案例 kind)")
_P1("trap-p1-myopia-check", "c8-oujiang-glasses.test", N, "验光配镜套餐", "299",
    "近视加深到300度以上的孩子，建议每半年复查一次。",
    note="trap: myopia deepening named in advice, no drop claimed")
_P1("trap-p1-hearsay-disowned", "liangpin-food.test", N, "山西老陈醋", "25",
    "别听有人吹喝醋能软化血管，醋就是调味品。",
    note="trap: a claim named only to disown it (别听有人吹…)")
_P1("trap-p1-not-blown", "liangpin-food.test", N, "野生蜂蜜", "78",
    "我们不吹治失眠，只保证是纯蜂蜜。",
    note="trap: 不吹 refuses the claim; 保证 is of purity, not an effect")
_P1("trap-p1-crop-disease", "lvye-nongzi.test", N, "戊唑醇悬浮剂 100ml", "18",
    "主要防治小麦赤霉病，亩用量按标签执行。",
    note="trap: a pesticide's registered use against a crop disease, no human medical claim")
_P1("trap-p1-otc-approval", "kangjian-pharmacy.test", N, "感冒清热颗粒 10袋", "22",
    "国药准字Z11020366，用于治疗风寒感冒头痛，乙类非处方药。",
    note="trap: a drug's approved use beside its full approval number; 广告法 第十七条 is about goods that are not drugs")
_P1("fc-p1-post-surgery-pitch", "liangpin-food.test", [FC], "破壁灵芝孢子油", "398",
    "手术后恢复专用，清除肿瘤细胞，提高免疫。",
    note="FC: the goods offered for the time after surgery with a cancer claim; 手术后 here is a pitch, not a patient's story")
_P1("trap-p1-post-surgery-story", "liangpin-food.test", N, "店主日记", "0",
    "我爸手术后做了化疗，复查时肿瘤消失了，这是医院的功劳，和我们卖的米粉无关。",
    note="trap: an outcome of medical treatment told, the goods claim nothing")
_P1("fc-p1-cured-testimony", "liangpin-food.test", [FC], "猴头菇养胃饼干", "49",
    "老顾客留言：吃了半年，治愈了我妈十几年的慢性胃炎。",
    note="FC: a cure told as a testimony with the sufferer between the verb and the disease, for a biscuit (广告法 第十七条, 第十八条 on testimonials)")
_P1("trap-p1-cured-by-hospital", "haoyun-home.test", N, "加湿器 4L", "159",
    "去年医院治好了我的肺炎，今年换季给家里添了台加湿器。",
    note="trap: a hospital's cure told; the humidifier claims nothing")
_P1("fc-p1-disease-wonder", "liangpin-food.test", [FC], "秋梨膏", "36",
    "老北京配方，对慢性咽炎有奇效。",
    note="FC: a disease said to meet the goods' 奇效, a medical claim for a food (广告法 第十七条)")
_P1("trap-p1-no-wonder-drug", "kangjian-pharmacy.test", N, "血糖仪 套装", "199",
    "糖尿病至今没有特效药，控糖要靠饮食、运动和遵医嘱用药。",
    note="trap: 没有特效药 is a fact about medicine; the meter claims nothing")
_P1("fc-p1-pathogen-gone", "liangpin-food.test", [FC], "蒲公英根茶", "42",
    "坚持喝了一个月，复查幽门螺杆菌转阴了。",
    note="FC: a pathogen said to be eradicated by a tea, a drug's effect claimed (广告法 第十七条)")
_P1("trap-p1-pathogen-test", "kangjian-pharmacy.test", N, "幽门螺杆菌检测卡", "29",
    "幽门螺杆菌抗体检测，十分钟出结果，阳性请到医院复诊。",
    note="trap: a test kit names the pathogen, no outcome claimed")
_P1("fc-p1-measure-falls", "liangpin-food.test", [FC], "苦荞茶", "38",
    "三高人群喝它，胆固醇一个月就往下走。",
    note="FC: a blood measure said to fall after a tea, 广告法 第十七条")
_P1("trap-p1-measure-meter", "kangjian-pharmacy.test", N, "电子血压计", "139",
    "血压往下掉还是往上升，每天早晚测一测就知道。",
    note="trap: a meter tells which way the pressure moves; no fall claimed")
_P1("fc-p1-stone-dissolved", "liangpin-food.test", [FC], "金钱草茶", "45",
    "老顾客反馈：胆结石连喝三个月就化掉了。",
    note="FC: a stone said to be dissolved by a tea, 广告法 第十七条")
_P1("fc-p1-dividend-sure", "qingsong-pharm.test", [FC], "社区团购合伙人", "10000",
    "成为合伙人，每年稳拿20%分红。",
    note="FC: a dividend guaranteed in the words 稳拿…分红, 广告法 第二十五条")
_P1("trap-p1-dividend-risk", "qingsong-pharm.test", N, "基金定投入门课", "199",
    "投资有风险，没有谁能稳拿收益，课程只讲方法。",
    note="trap: the guarantee denied beside the risk warning")
_P1("at-p1-king-choice", "haoyun-home.test", [AT], "越野车载冰箱", "1299",
    "零下20度速冻，越野玩家的王者之选。",
    note="AT: 王者之选, 最佳选择 in other words, 广告法 第九条第三项")
_P1("at-p1-sole-field", "haoyun-home.test", [AT], "手工铸铁锅", "459",
    "古法翻砂，这门手艺行业独一家。",
    note="AT: the only one over a field (行业独一家), 独一无二 in other words, 广告法 第九条第三项")
_P1("trap-p1-sole-bare", "haoyun-home.test", N, "刻字木盒", "69",
    "刻上你们的名字，就是独一份的纪念。",
    note="trap: 独一份 without a field ranks nothing; an engraved gift")
_P1("trap-p1-superlative-asked", "haoyun-home.test", N, "电煮锅", "129",
    "买家问：这是全国最便宜的吗？客服答：价格以页面为准。",
    note="trap: a superlative over a field put by a buyer as a question, no claim asserted")

# ============================================================================ p2: COUNTERFEIT_TERM and PROHIBITED_GOODS paraphrases
# Issue #15 round 6 (paraphrase round, group p2): each general case the paraphrases of
# tests/corpus/para/goods.tsv showed missing, written here in other words, with its lawful look-alike:
# copies compared to the genuine article, graded in letters, initials and pinyin, made by a replica
# "factory", named as a copy with a logo or from a genuine shoe or bag; explainers' tutorials, bans
# over a list, buyers' similes, rumours put as questions, 1:1 in a measurement or a facsimile;
# cigarettes by kind and brand, guns by what they fire, knives, cards, e-cigarettes, electric fishing,
# botulinum brands, poppy and pangolin names, police lights, thesis ghost-writers, lock-picks.
def _p2(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/p2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


def _p2_about(slug, host, codes, heading, text, note):
    page(slug, host, f"/p2/{slug}.html", codes, f"<h2>{heading}</h2>\n<p>{text}</p>", note=note)


_p2("ct-p2-same-as-counter", "xingchen-digital.test", [CT], "女士腕表 玫瑰金", "680",
    "同专柜货摆一起分辨不出，表盘字体清晰。", note="CT: a watch said not to be told from the counter's (同专柜货 … 分辨不出)")
_p2("ct-p2-compare-genuine", "xingchen-digital.test", [CT], "男士皮带 双扣", "260",
    "比对真品无异，扣头刻字清楚。", note="CT: a belt compared with the genuine article (比对真品无异)")
_p2_about("trap-ct-p2-verdict", "beian-news.test", N, "查验报告",
          "送检皮包与正品比对无差异，认定为真品。", note="trap: an inspection report's verdict that the bag is genuine")
_p2("ct-p2-super-a", "xingchen-digital.test", [CT], "老花钱包 短款", "320",
    "SUPER A 品质，五金刻字清晰。", note="CT: the A grade in English (SUPER A)")
_p2("ct-p2-gf-shoes", "xingchen-digital.test", [CT], "帆布鞋 高帮", "199",
    "gf款 带logo 鞋盒齐全。", note="CT: the initials of 高仿 (gf款)")
_p2("trap-ct-p2-amoled", "xingchen-digital.test", N, "5G手机 8+256G", "1999",
    "Super AMOLED 屏幕，120Hz 高刷。", note="trap: Super AMOLED is a screen type, not the super A grade")
_p2("ct-p2-factory", "xingchen-digital.test", [CT], "潜水腕表 蓝盘", "2300",
    "ZF厂出品 帝舵碧湾 自动机芯。", note="CT: a replica watch named by its factory (ZF厂)")
_p2_about("trap-ct-p2-plant-area", "beian-news.test", N, "园区公告",
          "本公司位于N厂区三号楼，手套生产线周一检修。", note="trap: N厂区 is a plant's area, no replica factory")
_p2("ct-p2-copy-logo", "xingchen-digital.test", [CT], "机械表 男款", "560",
    "仿版手表，表盘带logo。", note="CT: a copy watch with the mark's logo (仿版 … logo)")
_p2("ct-p2-brand-copy", "xingchen-digital.test", [CT], "羊绒围巾", "230",
    "名牌的仿款围巾，手感柔软。", note="CT: 名牌的仿款, a copy of branded goods")
_p2("ct-p2-from-genuine", "xingchen-digital.test", [CT], "托特包 大号", "890",
    "原包开版，对版皮质。", note="CT: a pattern cut from a genuine bag, the genuine article's leather (原包开版, 对版皮)")
_p2("trap-ct-p2-game-skin", "xingchen-digital.test", N, "游戏礼包 兑换码", "30",
    "含原版皮肤和限定头像框。", note="trap: 原版皮肤 is a game skin, not 原版皮 leather")
_p2("trap-ct-p2-dial", "haoyun-home.test", N, "手绘钟表 定制", "150",
    "复刻表盘，手绘定制，按您提供的照片画。", note="trap: a dial painted to order (复刻表盘), no replica watch")
_p2_about("trap-ct-p2-forum-ban", "beian-news.test", N, "论坛规定",
          "二手区禁售精仿包，发现即删帖。", note="trap: a forum rule banning copies (禁售精仿)")
_p2_about("trap-ct-p2-buyer-thought", "beian-news.test", N, "买家秀",
          "刚收到时我以为是精仿，拿去专柜验了是正品。", note="trap: a buyer thought it was a copy; nothing offered")
_p2("ct-p2-thought-offer", "xingchen-digital.test", [CT], "手提包", "450",
    "别以为精仿都差，我家精仿做工一流。", note="CT: the second clause offers 精仿 outright")
_p2_about("trap-ct-p2-tips", "beian-news.test", N, "验货干货",
          "验货干货：原单为什么不可信。", note="trap: an inspection tutorial's heading")
_p2_about("trap-ct-p2-appraiser", "beian-news.test", N, "鉴定课堂",
          "鉴定师分享：精仿表的三个特征。", note="trap: an appraiser's talk on telling copies")
_p2("ct-p2-appraiser-boast", "xingchen-digital.test", [CT], "机械表 皮带款", "760",
    "鉴定师都看不出的精仿表。", note="CT: a seller's boast that appraisers cannot tell the copy")
_p2_about("trap-ct-p2-so-called", "beian-news.test", N, "购物提醒",
          "所谓原单，全是仿货。", note="trap: so-called 原单 called copies")
_p2_about("trap-ct-p2-rumour", "beian-news.test", N, "声明",
          "有人质疑本店卖超A？附上品牌授权书。", note="trap: a rumour about the shop put as a question")
_p2_about("trap-ct-p2-list-ban", "beian-news.test", N, "发布规范",
          "精仿、原单、超A商品严禁发布。", note="trap: a list of the words banned at its end")
_p2("ct-p2-list-offer", "xingchen-digital.test", [CT], "女包 现货", "390",
    "精仿、原单现货，均可发货。", note="CT: a list of copy grades offered, no ban")
_p2_about("trap-ct-p2-intake", "beian-news.test", N, "寄卖须知",
          "拒收一切高仿。", note="trap: a consignment shop refusing every copy")
_p2("trap-ct-p2-insole", "haoyun-home.test", N, "定制鞋垫", "59",
    "鞋垫1:1打样后实测。", note="trap: 1:1 is the pattern size of a measured insole")
_p2("trap-ct-p2-facsimile", "haoyun-home.test", N, "书法复制品", "120",
    "原大1:1复制《兰亭序》。", note="trap: a facsimile at the original size of a public-domain work")
_p2("trap-ct-p2-model", "haoyun-home.test", N, "合金战斗机模型", "268",
    "合金战斗机模型 座舱1:1还原。", note="trap: a model's cockpit detail, 1:1 a scale")
_p2("ct-p2-genuine-one-to-one", "xingchen-digital.test", [CT], "钱包 长款", "280",
    "LV钱包 与正品1:1还原 实测无差。", note="CT: 1:1 against the genuine article stays a copy grade, a 实测 after it notwithstanding")

_p2("pg-p2-popbead-cig", "haoyun-home.test", [PG], "爆珠烟", "260",
    "爆珠烟 整条包邮。", note="PG: cigarettes by the carton online (爆珠烟 整条)")
_p2("pg-p2-brand-cig", "haoyun-home.test", [PG], "芙蓉王", "300",
    "芙蓉王 硬细支 一条 顺丰发。", note="PG: a cigarette brand by the carton with delivery")
_p2("trap-pg-p2-pipe", "haoyun-home.test", N, "进口烟斗 石楠木", "380",
    "进口烟斗 整支包邮。", note="trap: a tobacco pipe (烟具) may be sold online")
_p2("trap-pg-p2-no-cartons", "haoyun-home.test", N, "打火机", "25",
    "本店不卖条烟，只卖打火机。", note="trap: a refusal of cartons")
_p2("pg-p2-steel-shot", "haoyun-home.test", [PG], "金属短枪", "680",
    "这把金属短枪能射钢弹。", note="PG: a gun that fires steel shot (射钢弹)")
_p2("trap-pg-p2-slingshot", "haoyun-home.test", N, "竞技弹弓", "88",
    "竞技弹弓 可打钢珠和泥丸。", note="trap: a slingshot fires steel balls; it is no gun")
_p2("pg-p2-slingshot-crossbow", "haoyun-home.test", [PG], "折叠弹弓弩", "158",
    "折叠弹弓弩 射钢弹 狩猎。", note="PG: a crossbow named with a slingshot (弹弓弩); the slingshot allowance does not reach past 弩")
_p2("pg-p2-bayonet", "haoyun-home.test", [PG], "手工三棱军刺", "420",
    "手工三棱军刺 带鞘。", note="PG: a triangular bayonet (三棱军刺)")
_p2("pg-p2-switchblade", "haoyun-home.test", [PG], "跳刀", "160",
    "跳刀 一键弹出 女士防身。", note="PG: a spring knife sold for self-defence")
_p2_about("trap-pg-p2-lathe", "beian-news.test", N, "机修问答",
          "机床跳刀原因：弹簧老化或刀架松动。", note="trap: 跳刀 as a lathe fault")
_p2("pg-p2-proxy-card", "xingchen-digital.test", [PG], "电话卡 批量", "50",
    "代实名电话卡 批量出。", note="PG: phone cards registered in another's name (代实名)")
_p2_about("trap-pg-p2-card-registered", "beian-news.test", N, "营业厅通知",
          "您的号卡已实名登记成功。", note="trap: an operator confirming the subscriber's own registration")
_p2("pg-p2-ecig-online", "haoyun-home.test", [PG], "电子烟", "99",
    "电子烟 网上直接拍。", note="PG: e-cigarettes sold online (网上 … 拍)")
_p2_about("trap-pg-p2-ecig-health", "beian-news.test", N, "控烟知识",
          "控烟知识：电子烟同样危害健康，一次性电子烟尤甚。", note="trap: a health article on disposable e-cigarettes")
_p2("pg-p2-inverter-fishing", "haoyun-home.test", [PG], "逆变捕鱼机", "1280",
    "逆变捕鱼机 一体。", note="PG: electric fishing gear by its inverter (逆变 捕鱼机)")
_p2("trap-pg-p2-fish-trap", "haoyun-home.test", N, "地笼捕鱼器", "45",
    "地笼捕鱼器 折叠 高密度网。", note="trap: a folding net trap, no current")
_p2("pg-p2-botox-brand", "haoyun-home.test", [PG], "乐提葆 100U", "1680",
    "乐提葆 100U 顺丰冷链。", note="PG: botulinum toxin by brand, sent by courier")
_p2_about("trap-pg-p2-clinic", "beian-news.test", N, "医院项目",
          "医院项目：保妥适注射 需面诊。", note="trap: a hospital's injection service after consultation, no parcel sale")
_p2("pg-p2-poppy-seed", "haoyun-home.test", [PG], "卤水配方", "58",
    "卤水配方 加御米籽。", note="PG: poppy seed by its materia-medica name (御米籽) in a food recipe")
_p2("pg-p2-pangolin-name", "haoyun-home.test", [PG], "鲮鲤甲", "380",
    "鲮鲤甲 通经。", note="PG: pangolin scale by its classical name (鲮鲤甲)")
_p2("trap-pg-p2-rice", "haoyun-home.test", N, "御米牌东北大米", "49",
    "御米牌东北大米 5kg。", note="trap: 御米 as a rice brand")
_p2("trap-pg-p2-deck-model", "haoyun-home.test", N, "战舰模型", "299",
    "炮甲板模型 1:700。", note="trap: 炮甲板 is a gun deck, no pangolin")
_p2("pg-p2-knockout-spray", "haoyun-home.test", [PG], "迷情喷雾", "198",
    "迷情喷雾 一喷见效。", note="PG: a knock-out spray (迷情喷雾)")
_p2("trap-pg-p2-fibre", "haoyun-home.test", N, "膳食纤维粉", "69",
    "膳食纤维粉 无色无味 可加入任何饮料。", note="trap: a food additive's description")
_p2("pg-p2-car-siren", "haoyun-home.test", [PG], "车载警笛", "230",
    "车载警笛 喊话一体。", note="PG: a police siren for a car (车载警笛)")
_p2("trap-pg-p2-toy-police", "haoyun-home.test", N, "儿童电动警车", "399",
    "儿童电动警车 红蓝警灯 声光。", note="trap: a toy police car's lights")
_p2("pg-p2-thesis", "haoyun-home.test", [PG], "毕设辅导", "1500",
    "毕设代笔 本科。", note="PG: ghost-writing of a graduation project (毕设代笔)")
_p2_about("trap-pg-p2-thesis-check", "beian-news.test", N, "论文服务",
          "论文查重服务，不做代笔。", note="trap: a plagiarism check that refuses ghost-writing")
_p2("pg-p2-lockpick", "haoyun-home.test", [PG], "汽车开锁器", "260",
    "汽车开锁器 一秒开门。", note="PG: a lock-pick (开锁器) sold to anyone")
_p2("trap-pg-p2-anti-pick", "haoyun-home.test", N, "防盗锁芯", "120",
    "防开锁器 C级锁芯。", note="trap: a lock cylinder that resists lock-picks")
_p2_about("trap-pg-p2-out-of-scope", "beian-news.test", N, "经营说明",
          "弩、仿真枪不在本店经营范围。", note="trap: banned goods said to be outside the shop's range")

# ---- (p3 trade) Paraphrase round (issue #15, round 6): each general case a paraphrase missed, as a
# positive and a trap page in words other than tests/corpus/para/trade.tsv's (returns refused with
# other verbs, by label and value, in English or with the sealed goods conceded; the exempt classes by
# the buyer's specification, food made fresh and services; reviews rewarded with warranty, refunds, a
# red packet handed out, money off or a swap; a score asked by points; reviews sold; the words of those
# who police a refusal or a paid review; compared prices under other labels and bare numbers)
def P3_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/p3/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


P3_item("rr-p3-verb", "haoyun-home.test", [RR], "铝框拉杆箱 24寸", "399",
        "拉杆箱到货后不再受理任何七日无理由退货申请。",
        note="RR: 不再受理 and 任何 before the seven days: a luggage case is none of the 第二十五条 classes")
P3_item("trap-rr-p3-verb-window", "haoyun-home.test", N, "铝框拉杆箱 20寸", "329",
        "签收7天以内支持无理由退货，满7天后不再受理退货。",
        note="trap: the refusal starts after the seven days have run (消费者权益保护法 第二十五条)")
P3_item("rr-p3-label", "huaxin-lamp.test", [RR], "LED护眼台灯", "159",
        "售后说明｜七日无理由：不支援｜质保：一年",
        note="RR: the right as a label and 不支援 its value; a lamp is not exempt")
P3_item("trap-rr-p3-label", "huaxin-lamp.test", N, "鲜切玫瑰 11枝", "99",
        "鲜花七日无理由：不支持（鲜活易腐，花损包赔）",
        note="trap: 鲜活易腐 is 第二十五条第一款(二); the label form changes nothing")
P3_item("rr-p3-give", "haoyun-home.test", [RR], "纯银耳环", "89",
        "耳饰属贴近皮肤的饰品，离店后一律不让退。",
        note="RR: 离店后不让退, a blanket refusal; earrings are no 第二十五条 class")
P3_item("trap-rr-p3-deposit", "haoyun-home.test", N, "汉服租赁 一日", "59",
        "租赁押金200元，离店后不退押金的情形仅限衣物破损。",
        note="trap: a rental deposit withheld for damage, no goods' return refused")
P3_item("rr-p3-english", "huaxin-lamp.test", [RR], "Vintage 黄铜吊灯", "699",
        "All sales final — no returns, no refunds. 请谨慎下单。",
        note="RR: a refusal in English; a lamp is no exempt class")
P3_item("trap-rr-p3-english", "huaxin-lamp.test", N, "Vintage 黄铜壁灯", "399",
        "7天无理由退货，Free returns within 7 days, no return shipping fee for you.",
        note="trap: returns granted; no return shipping fee is the postage")
P3_item("rr-p3-sealed", "liangpin-food.test", [RR], "有机米粉 3段", "128",
        "米粉一律不退，原封未动的同样不退。",
        note="RR: sealed goods refused too (密封/原封 conceded), not a 第七条 opened class")
P3_item("trap-rr-p3-opened", "liangpin-food.test", N, "有机米粉 2段", "118",
        "米粉开封后不支持七天无理由（下单时勾选确认），密封完好的照常可退。",
        note="trap: only opened infant food excluded, with the buyer's confirmation (暂行办法 第七条)")
P3_item("rr-p3-unactivated", "huaxin-lamp.test", [RR], "随身WiFi 路由器", "199",
        "路由器未激活也不支持七天无理由退货。",
        note="RR: the unactivated device refused: no 第七条 activation class")
P3_item("trap-rr-p3-activated", "huaxin-lamp.test", N, "儿童智能手表", "299",
        "手表激活后不支持七天无理由退货（购买页已提示并由您确认），未激活可退。",
        note="trap: activated goods excluded with the buyer's confirmation (暂行办法 第七条)")
P3_item("rr-p3-custom-label", "haoyun-home.test", [RR], "纯棉T恤 常规码", "69",
        "常规尺码T恤统一视为定制商品，售出不退。",
        note="RR: stock goods merely called 定制: no 定作 (第二十五条第一款(一))")
P3_item("trap-rr-p3-spec", "haoyun-home.test", N, "遮光窗帘", "260",
        "窗帘按顾客提供的尺寸裁剪缝制，不退不换。",
        note="trap: made to the buyer's own measurements: 定作, 第二十五条第一款(一)")
P3_item("trap-rr-p3-fresh-made", "liangpin-food.test", N, "手工鲜肉包 10只", "38",
        "包子现蒸现发，不支持七天无理由退货。",
        note="trap: food made fresh to order is 鲜活易腐 (第二十五条第一款(二))")
P3_item("rr-p3-hotel-goods", "haoyun-home.test", [RR], "酒店同款床品四件套", "459",
        "酒店同款四件套不支持七天无理由退货。",
        note="RR: bedding sold as the hotel's style is goods, not a hotel booking")
P3_item("trap-rr-p3-hotel", "haoyun-home.test", N, "海景酒店 双人房", "688",
        "酒店房间预订成功后不支持七天无理由退货，可提前一天免费取消。",
        note="trap: a hotel booking is a service, outside 第二十五条's goods")
P3_item("trap-rr-p3-quoted", "haoyun-home.test", N, "全棉浴巾", "49",
        "我们从不写“售出概不退换”这种话，七天内随时可退。",
        note="trap: the refusal quoted as what the shop never writes")
P3_item("trap-rr-p3-fined", "haoyun-home.test", N, "店铺公告", "1",
        "近日有网店因在详情页写明“拆封不退”被市场监管局罚款，本店七天无理由退货照常。",
        note="trap: a penalty reported; the shop grants the right")
P3_item("rr-p3-tryon", "haoyun-home.test", [RR], "真皮短靴", "399",
        "鞋子试穿后不予退货。",
        note="RR: trying on keeps goods 完好 (暂行办法 第八条), so the refusal is blanket")
P3_item("trap-rr-p3-worn", "haoyun-home.test", N, "真皮长靴", "499",
        "七天无理由退货；鞋底有行走使用痕迹的不予退货。",
        note="trap: goods used beyond a try-on are not 完好 (暂行办法 第九条)")
P3_item("trap-rr-p3-strips", "haoyun-home.test", N, "验孕试纸 5条", "19",
        "试纸拆封后不予退货，未拆封的可7天内无理由退。",
        note="trap: only opened test strips excluded; the unopened returnable")
P3_item("trap-rr-p3-gsp", "haoyun-home.test", N, "感冒清热颗粒", "25",
        "中成药依照药品经营质量管理规范，非质量原因一经售出不予退换。",
        note="trap: GSP forbids taking back a drug sold but for quality")
P3_item("rr-p3-not-drug", "liangpin-food.test", [RR], "维生素C咀嚼片（保健食品）", "59",
        "保健食品不是药，一经售出不予退换。",
        note="RR: a health food is no drug, and sealed it is no 第二十五条 class")

P3_item("ri-p3-membership", "huaxin-lamp.test", [RI], "健身房月卡", "199",
        "五星带图评价后，会员加送30天。",
        note="RI: membership time for a five-star review (电子商务法 第十七条)")
P3_item("trap-ri-p3-membership", "huaxin-lamp.test", N, "健身房年卡", "1999",
        "好评如潮的年卡，本月开卡会员加送30天。",
        note="trap: praise told, a sign-up offer not tied to any review")
P3_item("ri-p3-refund", "haoyun-home.test", [RI], "硅胶厨具套装", "89",
        "收到后写五星好评，货款全额返还到支付宝。",
        note="RI: the price refunded for a five-star review (刷单 / 编造评价)")
P3_item("trap-ri-p3-refund", "haoyun-home.test", N, "硅胶锅铲", "29",
        "好评率99%，不满意全额退款。",
        note="trap: a review rate and a money-back promise, no review bought")
P3_item("ri-p3-red-packet", "liangpin-food.test", [RI], "手工牛轧糖", "39",
        "群友晒单好评后，群主派5元红包。",
        note="RI: a red packet handed out for a good review")
P3_item("trap-ri-p3-red-packet", "liangpin-food.test", N, "手工雪花酥", "35",
        "双十一店铺派发现金红包，下单即可抢，与评价无关。",
        note="trap: a shop-wide red packet not tied to any review")
P3_item("ri-p3-money-off", "huaxin-lamp.test", [RI], "空调清洗上门", "99",
        "师傅看到您的五星好评截图，当即减免20元。",
        note="RI: money off for a five-star review")
P3_item("trap-ri-p3-praised-shop", "huaxin-lamp.test", N, "空调加氟上门", "120",
        "本店是五星好评店铺，新客下单即可立减20元。",
        note="trap: the shop's rating named, a new-customer discount")
P3_item("ri-p3-swap", "liangpin-food.test", [RI], "冰粉 堂食", "12",
        "堂食后晒图好评，凭截屏兑换冰粉一碗。",
        note="RI: a free bowl for a review screenshot")
P3_item("trap-ri-p3-swap", "liangpin-food.test", N, "凉糕 堂食", "10",
        "欢迎晒图分享，凭付款截图可兑换小样，不论评价好坏。",
        note="trap: a gift for the payment screenshot whatever the review says")
P3_item("ri-p3-points", "huaxin-lamp.test", [RI], "USB小风扇", "29",
        "给店铺打5分的亲，私信领3元。",
        note="RI: a top score paid (5分 = five stars)")
P3_item("trap-ri-p3-points", "huaxin-lamp.test", N, "桌面小风扇", "39",
        "本品在测评中被打5分满分，领券更优惠。",
        note="trap: a test score reported, coupons for everyone")
P3_item("ri-p3-sold", "huaxin-lamp.test", [RI], "电商运营服务", "99",
        "批发好评：每条图文评价3元。",
        note="RI: reviews sold (刷单炒信, 反不正当竞争法 第八条)")
P3_item("trap-ri-p3-sold", "huaxin-lamp.test", N, "网店转让", "50000",
        "出售好评率99%的老店一家，每条评价都真实。",
        note="trap: a shop sold with its review rate; no review sold")
P3_item("ri-p3-no-tricks", "liangpin-food.test", [RI], "麻辣牛肉干", "49",
        "新店无套路：五星好评返现5元。",
        note="RI: 无 denies tricks, not the cash back that follows")
P3_item("trap-ri-p3-none", "liangpin-food.test", N, "五香牛肉干", "49",
        "店铺无好评返现，也没有刷单，请放心如实评价。",
        note="trap: the scheme denied with 无")
P3_item("trap-ri-p3-warning", "liangpin-food.test", N, "买家论坛", "1",
        "避雷这家，包裹里的卡片写着五星好评返8元。",
        note="trap: a buyer warns others off a shop that paid for reviews")

P3_item("trap-rr-p3-service", "haoyun-home.test", N, "山景民宿 大床房", "388",
        "民宿入住是住宿服务，预订成功后不支持七天无理由退货，可改期一次。",
        note="trap: a stay is a service, outside 第二十五条's goods")
P3_item("rr-p3-service-goods", "haoyun-home.test", [RR], "民宿同款香薰", "88",
        "香薰为服务配套的实物商品，售出后不支持七天无理由退货。",
        note="RR: goods sold with a service are still goods")

P3_item("rr-p3-any-reason", "huaxin-lamp.test", [RR], "无线充电器", "79",
        "充电器邮寄出去以后，谢绝一切理由的退货。",
        note="RR: every reason refused for a charger, no 第二十五条 class")
P3_item("trap-rr-p3-any-reason", "huaxin-lamp.test", N, "无线充电板", "99",
        "签收七日内可无理由退货，超过七日谢绝退货。",
        note="trap: refused only after the seven days")
P3_item("rr-p3-posted", "huaxin-lamp.test", [RR], "机械键盘", "299",
        "键盘寄出后一律不退。",
        note="RR: refused from posting on; a keyboard is no exempt class")
P3_item("ri-p3-buyer-show", "liangpin-food.test", [RI], "坚果礼盒", "129",
        "上传买家秀并打五星，返8元现金。",
        note="RI: cash for a buyer's show with five stars")
P3_item("trap-ri-p3-buyer-show", "liangpin-food.test", N, "坚果罐", "59",
        "买家秀：收到啦，包装很好，返购了两次。",
        note="trap: a buyer's own show quoted; nothing offered")

P3_item("rr-p3-no-longer", "huaxin-lamp.test", [RR], "床头灯", "69",
        "床头灯下单后不再接受任何退换。",
        note="RR: returns no longer accepted from the order on; a lamp is no exempt class")
P3_item("trap-rr-p3-no-longer", "huaxin-lamp.test", N, "落地灯", "199",
        "签收满7天后不再接受退货，七天内可无理由退。",
        note="trap: refused only after the seven days")
P3_item("rr-p3-absent", "haoyun-home.test", [RR], "陶瓷餐具套装", "159",
        "餐具套装售后：没有7日无理由退换。",
        note="RR: the right said to be absent for tableware")
P3_item("trap-rr-p3-asked", "haoyun-home.test", N, "陶瓷茶具", "199",
        "问：有没有7日无理由？答：有的，签收后七天内可退。",
        note="trap: the right asked about and granted")
P3_item("rr-p3-both-words", "haoyun-home.test", [RR], "亚麻围裙", "39",
        "围裙属于处理品，不退也不换。",
        note="RR: both return and exchange refused for an apron (a 处理品 is no 第二十五条 class)")
P3_item("trap-rr-p3-live-seafood", "liangpin-food.test", N, "鲜活大闸蟹 8只", "268",
        "活蟹不支持七天无理由退货，死蟹包赔。",
        note="trap: live crabs are 鲜活易腐 (第二十五条第一款(二))")
P3_item("ri-p3-offered-up", "liangpin-food.test", [RI], "手工辣酱", "29",
        "晒图好评的朋友，红包奉上！",
        note="RI: a red packet offered for a photo review")
P3_item("trap-ri-p3-offered-up", "liangpin-food.test", N, "手工酱菜", "25",
        "新店开业，红包奉上，人人有份。",
        note="trap: a shop-wide red packet, no review asked")
P3_item("ri-p3-prize", "huaxin-lamp.test", [RI], "手机支架", "19",
        "确认收货并好评后，凭截图来领奖。",
        note="RI: a prize for a good review")
P3_item("trap-ri-p3-prize", "huaxin-lamp.test", N, "车载支架", "39",
        "好评如潮的车载支架，抽奖活动中奖者请到客服处领奖。",
        note="trap: a prize of a draw open to all; 好评如潮 is praise told")

_p3p = lambda lab: (lambda p, o: f'<div class="item-detail"><h1>商品</h1><p>{lab} {o}，今天到手 ¥{p}</p>'
                    f'<p>现货速发。</p></div>' if o else
                    f'<div class="item-detail"><h1>商品</h1><p>今天到手 ¥{p}</p><p>现货速发。</p></div>')
price_page("fop-p3-usual", "haoyun-home.test", "/item/p3-801.html", [FP_], "商品", 299, 459,
           [(3, 299, None)], "FOP: 平常价 is a compared price; 299 three days before",
           body=_p3p("平常价 ¥")(299, 459), seen_body=_p3p("平常价 ¥"))
price_page("fop-p3-bare", "haoyun-home.test", "/item/p3-802.html", [FP_], "商品", 880, 1280,
           [(2, 880, None)], "FOP: 以前卖 1280, a bare number after the label; 880 two days before",
           body=_p3p("以前卖")(880, 1280), seen_body=_p3p("以前卖"))
price_page("fop-p3-trad", "haoyun-home.test", "/item/p3-803.html", [FP_], "商品", 420, 560,
           [(4, 420, None)], "FOP: 市面價 (traditional) 560; 420 four days before",
           body=_p3p("市面價 ¥")(420, 560), seen_body=_p3p("市面價 ¥"))
price_page("fop-trap-p3-settle", "haoyun-home.test", "/item/p3-804.html", N, "商品", 99, 199,
           [(2, 99, None)], "trap: 以原价 names the sum a refund is settled at, no compared price",
           body=_p3p("质量问题以原价 ¥")(99, 199), seen_body=_p3p("质量问题以原价 ¥"))
price_page("fop-trap-p3-count", "haoyun-home.test", "/item/p3-805.html", N, "商品", 99, 3,
           [(2, 59, None)], "trap: 吊牌3个 counts tags, a bare number is no price",
           body=_p3p("附吊牌")(99, "3个"), seen_body=_p3p("附吊牌"))


# ---- (s3) Study of corpus11's open parts (issue #15): claims and advertising. Each class a miss showed,
# in words of its own, with a trap beside it: a failure named and the fee returned or the course repeated;
# study promised until the result; an offer locked; a franchise's payback with an adverb and its shortfall
# made good; a farm input's yield guaranteed and a crop disease cured; the words of a refund rule and of a
# warning, which name a guarantee to reject it; 天花板 with its scope, a negated comparison; 最佳 in a tip.
def s3_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/s3/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


s3_item("fc-s3-fail-refund", "zhixing-edu.test", [FC], "CPA 单科冲刺协议班", "6800",
        "协议约定：今年这科没考过，报名费如数退还。",
        note="FC: a failure named, then the fee returned across a comma (广告法 第二十四条第(一)项: no guaranteed pass in a training ad)")
s3_item("fc-s3-fail-repeat", "zhixing-edu.test", [FC], "教师编面试班", "9800",
        "面试未上岸，次年免费复训，名额有限。",
        note="FC: a failure named, then the course repeated free (广告法 第二十四条第(一)项)")
s3_item("trap-s3-fail-norefund", "zhixing-edu.test", N, "教师编笔试班", "3600",
        "考不上也别灰心，老师会陪你复盘错题。退费按已上课时比例计算。",
        note="trap: a failure consoled and a pro-rata refund rule: no refund is tied to the result")
s3_item("fc-s3-until-pass", "zhixing-edu.test", [FC], "驾考科目一 VIP", "1200",
        "一次交费，陪练陪考直到考过为止。",
        note="FC: study promised until the exam is passed (考过为止), a guaranteed pass in other words (广告法 第二十四条)")
s3_item("trap-s3-until-hours", "zhixing-edu.test", N, "自习室月卡", "299",
        "每天早上八点开放，到晚上十点为止。",
        note="trap: 为止 ends an opening time, no result is promised")
s3_item("fc-s3-offer-locked", "zhixing-edu.test", [FC], "英国硕士申请 全程服务", "45000",
        "名校直申，签完合同即锁定录取。",
        note="FC: an admission said locked on signing (锁定录取), 广告法 第二十四条第(一)项")
s3_item("trap-s3-warning", "zhixing-edu.test", N, "留学避坑指南", "0",
        "避坑：凡是号称“保录取”“拿不到offer全额退”的中介，一律绕开。",
        note="trap: the words of a warning name guarantees to reject them")
s3_item("trap-s3-refund-rule", "zhixing-edu.test", N, "退费须知", "0",
        "本机构不做“不过退费”“包过”之类承诺；开课前退费全额退还。",
        note="trap: a refund rule that refuses to make the guarantee and states what is refunded")
s3_item("fc-s3-payback-adverb", "beian-news.test", [FC], "炸串店加盟", "68000",
        "小本创业，单店投入6万，轻松回本。",
        note="FC: a franchise's payback promised (轻松回本), 广告法 第二十五条第(一)项")
s3_item("fc-s3-shortfall", "beian-news.test", [FC], "烘焙店加盟", "120000",
        "合同写明：首年没回本，差额由总部补齐。",
        note="FC: the franchisor makes a shortfall good (没回本…补齐), a guaranteed return, 广告法 第二十五条第(一)项")
s3_item("trap-s3-payback-estimate", "beian-news.test", N, "烘焙店加盟 说明", "0",
        "回本周期约14个月，仅供参考，实际视经营情况而定。",
        note="trap: a payback estimated with its basis, no promise")
s3_item("fc-s3-yield", "lvye-nongzi.test", [FC], "生根冲施肥 20kg", "128",
        "随水冲施两次，确保增产，不增收双倍赔。",
        note="FC: a fertiliser's yield guaranteed with a refund (确保增产, 不增收…赔): 广告法 第二十八条 (no article names fertiliser; 第二十一条 and 第二十七条 ban such guarantees for pesticides, feed and seeds)")
s3_item("fc-s3-crop-cure", "lvye-nongzi.test", [FC], "氨基酸叶面肥 500ml", "38",
        "葡萄白粉病喷一遍就好了，比打药还有效。",
        note="FC: a fertiliser said to cure a crop disease and to beat a pesticide: 广告法 第二十八条; 农药管理条例 第四十四条 treats a non-pesticide sold as controlling disease as a fake pesticide")
s3_item("trap-s3-crop-registered", "lvye-nongzi.test", N, "代森锰锌 可湿性粉剂", "25",
        "登记作物：番茄；防治对象：早疫病。示范田亩产数据见田间试验报告。",
        note="trap: a pesticide's registered target and a trial's report: no assertion or guarantee")
s3_item("at-s3-ceiling", "haoyun-home.test", [AT], "钛合金保温杯", "159",
        "保温性能全网天花板，同行没有比我们更久的。",
        note="AT: 天花板 with its scope (全网) and a negated comparison with us: 最高级 in other words, 广告法 第九条第三项")
s3_item("trap-s3-ceiling-room", "haoyun-home.test", N, "吸顶灯 客厅款", "299",
        "直接安装在天花板上，附膨胀螺丝。",
        note="trap: a room's ceiling")
s3_item("trap-s3-best-time-tip", "haoyun-home.test", N, "行李寄存服务", "20",
        "最佳上门取件预约时间为出发前两天。",
        note="trap: 最佳 in a tip on when to book (2023 绝对化用语 guideline: tips are exempt)")
s3_item("at-s3-best-buy-time", "haoyun-home.test", [AT], "羽绒服 清仓", "399",
        "最佳囤货下单时机就在今天，错过等一年。",
        note="AT: 最佳 before a buy (下单): a claim, no tip on use")

# ---- (m3) mends of review s27 (trade): each offence the paraphrase round let through and each lawful
# text it flagged, in words other than the review's (everyday words the p3 exempt list matched, a
# seller's words the policing list took for a policer's, 无 denying part of a scheme, 所以原价, a bare
# number that is a size, a phone number or a date after a price label, a service tag after 无理由)
def m3_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/m3/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


m3_item("rr-m3-found", "huaxin-lamp.test", [RR], "蓝牙音箱", "129",
        "蓝牙音箱不支持七天无理由退货，签收时发现包裹变形请拒收。",
        note="RR: 发现包裹 names no food made fresh (现包 inside a word); a speaker is no exempt class")
m3_item("rr-m3-appear", "haoyun-home.test", [RR], "羊毛大衣", "599",
        "羊毛大衣不支持七天无理由退货，收到后如出现做工问题请联系客服。",
        note="RR: 出现做工 is no 现做; a coat is no exempt class")
m3_item("rr-m3-measure", "haoyun-home.test", [RR], "儿童雨衣", "49",
        "儿童雨衣不支持七天无理由退货，下单前请给宝宝量身长。",
        note="RR: 量身长 asks the buyer to measure; a stock raincoat is not made to order")
m3_item("rr-m3-nursery", "haoyun-home.test", [RR], "入园被子三件套", "159",
        "幼儿园入园被子三件套，不支持7天无理由退货。",
        note="RR: 入园 of a kindergarten, no ticket; bedding is no exempt class")
m3_item("rr-m3-flavour", "liangpin-food.test", [RR], "鲜蟹味饼干", "15",
        "鲜蟹味饼干不支持七天无理由退货。",
        note="RR: 鲜蟹味 is a flavour of packaged biscuits, no live seafood")
m3_item("rr-m3-terms", "haoyun-home.test", [RR], "瑜伽垫", "89",
        "瑜伽垫不支持七天无理由退货，本服务条款由本店负责解释。",
        note="RR: 本服务 names the shop's terms, not a service sold")
m3_item("rr-m3-staff", "huaxin-lamp.test", [RR], "保温壶", "69",
        "保温壶不支持7天无理由退货，售后为线上服务。",
        note="RR: the after-sales staff said to serve online; the kettle is goods")
m3_item("rr-m3-seller-crackdown", "jiayi-shoes.test", [RR], "运动鞋", "299",
        "运动鞋一经售出概不退换，平台严查售假。",
        note="RR: a crackdown on fakes named by the seller polices no refusal")
m3_item("rr-m3-seller-warn", "jiayi-shoes.test", [RR], "纯棉T恤", "59",
        "给大家避雷劣质货，本店T恤售出概不退换。",
        note="RR: the seller's own 避雷 against poor goods; its refusal stands")
m3_item("rr-m3-seller-distrust", "haoyun-home.test", [RR], "羊绒毛衣", "399",
        "低价货不可信，本店毛衣售出一律不退。",
        note="RR: 不可信 said of cheap goods by the seller, no buyer's warning")
m3_item("rr-m3-seller-law", "jiayi-shoes.test", [RR], "渔夫帽", "49",
        "帽子售出概不退换，消费者依法享受的三包权益不变。",
        note="RR: the 三包 right conceded does not restore the seven-day return refused")
m3_item("ri-m3-seller-crackdown", "liangpin-food.test", [RI], "坚果礼盒", "128",
        "带图好评返现6元，平台严查，加微信领取。",
        note="RI: 平台严查 written by the seller paying for the review")
m3_item("ri-m3-seller-safe", "liangpin-food.test", [RI], "牛肉干", "45",
        "放心买不踩雷，好评晒图返3元红包。",
        note="RI: the seller's 不踩雷, a paid review after it")
m3_item("ri-m3-part-denied", "huaxin-lamp.test", [RI], "小夜灯", "29",
        "无晒图五星也返现3元。",
        note="RI: 无 denies the photo, not the cash for five stars")
m3_item("trap-rr-m3-handle", "haoyun-home.test", N, "羽绒枕", "129",
        "收货超过7天的订单不处理退货。",
        note="trap: returns refused only after the seven days have run")
m3_item("trap-rr-m3-tags", "huaxin-lamp.test", N, "床头阅读灯", "99",
        "服务：七天无理由退换 不支持货到付款",
        note="trap: the seven days granted; 不支持 belongs to the next tag (cash on delivery)")
m3_item("trap-rr-m3-container", "liangpin-food.test", N, "进口矿泉水 24瓶", "96",
        "进口矿泉水 Non-returnable container 一次性瓶",
        note="trap: a one-way bottle, no refusal of a return")
m3_item("trap-ri-m3-rate", "huaxin-lamp.test", N, "智能电饭煲", "299",
        "店铺95%好评，支持免费换新和上门安装。",
        note="trap: a rating told and an offer to every buyer, no review asked")

_m3p = lambda text: (lambda p, o: f'<div class="item-detail"><h1>商品</h1><p>{text(p, o)}</p>'
                     f'<p>现货速发。</p></div>')
_m3_so = _m3p(lambda p, o: f"活动最后一天，所以原价 ¥{o} 的这款今天 ¥{p}" if o else f"今天 ¥{p}")
price_page("fop-m3-so", "haoyun-home.test", "/item/m3-901.html", [FP_], "商品", 159, 329,
           [(3, 159, None)], "FOP: 所以原价 329, the 以 ends 所以; 159 three days before",
           body=_m3_so(159, 329), seen_body=_m3_so)
_m3_bare = _m3p(lambda p, o: f"原价{o} 现价¥{p}" if o else f"现价¥{p}")
price_page("fop-m3-bare-space", "haoyun-home.test", "/item/m3-902.html", [FP_], "商品", 699, 1980,
           [(2, 699, None)], "FOP: 原价1980, a bare number ended by a space before 现价; 699 two days before",
           body=_m3_bare(699, 1980), seen_body=_m3_bare)
_m3_size = _m3p(lambda p, o: f"到手 ¥{p}，吊牌：{o}，以实物为准")
price_page("fop-trap-m3-size", "jiayi-shoes.test", "/item/m3-903.html", N, "商品", 88, "170/92A",
           [(2, 88, "170/92A")], "trap: 吊牌：170/92A is a size on the tag, no compared price",
           body=_m3_size(88, "170/92A"), seen_body=_m3_size)
_m3_phone = _m3p(lambda p, o: f"到手 ¥{p}，门店价：{o}")
price_page("fop-trap-m3-phone", "jiayi-shoes.test", "/item/m3-904.html", N, "商品", 88, "400-123-4567",
           [(2, 88, "400-123-4567")], "trap: 门店价：400-123-4567 reads as a hotline, no compared price",
           body=_m3_phone(88, "400-123-4567"), seen_body=_m3_phone)
_m3_date = _m3p(lambda p, o: f"原价 {o} 起上调，到手 ¥{p}")
price_page("fop-trap-m3-date", "jiayi-shoes.test", "/item/m3-905.html", N, "商品", 88, "2025-03-01",
           [(2, 88, "2025-03-01")], "trap: 原价 2025-03-01 dates a change; the label names no later amount",
           body=_m3_date(88, "2025-03-01"), seen_body=_m3_date)
_m3_range = _m3p(lambda p, o: f"吊牌：{o}\u3000到手 ¥{p}")
price_page("fop-trap-m3-range", "jiayi-shoes.test", "/item/m3-906.html", N, "商品", 88, "155-160",
           [(2, 88, "155-160")], "trap: 吊牌：155-160 is a height range; the label names no later amount",
           body=_m3_range(88, "155-160"), seen_body=_m3_range)


def is_home(url):
    path = url.split("://", 1)[1].split("/", 1)[1] if "/" in url.split("://", 1)[1] else ""
    path = "/" + path
    if path in ("/", "/index.html") or _r2f_home_query(path):
        return True
    parts = path.split("/")
    return url.startswith(f"http://{PLATFORM}/shop/") and len(parts) == 4 and parts[3] == ""


def encode(p):
    text = p["html"]
    if p["enc"] in ("gbk", "big5"):
        text = text.replace("¥", "￥")
    data = text.encode(p["enc"])  # strict: a character the encoding lacks is a bug here
    if p["bom"]:
        data = b"\xef\xbb\xbf" + data
    return data


# ---- (s2g) lessons of corpus11's open parts, goods and marks (issue #15, study round): each class of a
# miss with a page in other words and a trap sharing only the class (spring knives by name, the
# couriers' check evaded, a purchase permit said unneeded and a poison sold to individuals, electric
# fishing gear by its voltage and frequency, banned fishing gear and pesticides by their names, a fake
# base station described; goods re-marked with another's mark; and the words of those who refuse
# goods in a list, warn of others' copies, call copy-sellers scammers, or refuse copies at intake)
def S2G_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/s2g/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


S2G_item("pg-s2g-sidejump", "haoyun-home.test", [PG], "钛柄侧跳刀 EDC款", "239",
         "拇指一推刀身侧向弹出，锁定牢靠，刀刃长12厘米。",
         note="PG: 侧跳刀, a spring-opened knife by the trade's name (管制刀具认定标准 2007: 弹簧跳刀)")
S2G_item("trap-s2g-lathe", "haoyun-home.test", N, "硬质合金车刀片 10片", "88",
         "进给量过大或装夹不稳时容易跳刀，建议降低转速。",
         note="trap: 跳刀 alone is a lathe fault, no knife sold")
S2G_item("pg-s2g-evade", "kangjian-pharmacy.test", [PG], "硝酸铵 农用级 50kg", "320",
         "走零担专线，可躲过物流安检，外包装只写化肥。",
         note="PG: a controlled chemical (易制爆) said to be shipped past the security check that stops it")
S2G_item("trap-s2g-checkpoint", "haoyun-home.test", N, "旅行收纳袋 登机款", "39",
         "高铁安检排队久，建议提前四十分钟进站，液体单独放。",
         note="trap: a security check named as a traveller's chore; nothing evades it")
S2G_item("pg-s2g-permit", "kangjian-pharmacy.test", [PG], "氯酸钾 分析纯 500g", "95",
         "实验室和个人都可下单，免准购证，当天发货。",
         note="PG: a controlled chemical said to need no purchase permit (危险化学品安全管理条例)")
S2G_item("pg-s2g-poison", "kangjian-pharmacy.test", [PG], "氰化钾 AR 25g", "160",
         "学校实验室同款试剂，个人也能买，顺丰到家。",
         note="PG: a 剧毒化学品 offered to individuals (危险化学品安全管理条例 第三十九条 ff.)")
S2G_item("trap-s2g-licence", "huaxin-lamp.test", N, "灯光控制软件 专业版", "0",
         "个人用户永久免费，无需购买许可证即可商用。",
         note="trap: a software licence (许可证) said unneeded; no controlled good")
S2G_item("trap-s2g-spice", "haixi-seafood.test", N, "卤料包 山奈八角桂皮 100g", "12",
         "个人家用小包装，炖肉放两颗山奈就够香。",
         note="trap: 山奈 the spice (沙姜), not the cyanide jargon; no sale to individuals of a poison")
S2G_item("pg-s2g-fishing", "songlin-bamboo.test", [PG], "锂电水下升压一体机", "1980",
         "升压后输出900V，脉冲30~150Hz可调，续航一整夜。",
         note="PG: electric fishing gear by what it is, a boost to hundreds of volts at a low adjustable frequency (渔业法 第三十条)")
S2G_item("trap-s2g-vfd", "huaxin-lamp.test", N, "通用变频器 2.2kW", "680",
         "三相380V输入，输出频率0-400Hz，适配水泵风机。",
         note="trap: a variable-frequency drive, no boost and no fishing")
S2G_item("pg-s2g-gear", "songlin-bamboo.test", [PG], "五层地笼 15米", "58",
         "多层倒须设计，小鱼小虾一网打尽。",
         note="PG: 多层倒须 cage, of the 长江流域重点水域禁用渔具名录 (2021)")
S2G_item("trap-s2g-keepnet", "songlin-bamboo.test", N, "加厚鱼护 2.5米", "45",
         "入口带倒须防逃，钓到的鱼不会跑。",
         note="trap: 倒须 of a keep-net's mouth, no banned gear")
S2G_item("pg-s2g-sms", "huaxin-lamp.test", [PG], "便携式营销短信设备", "19800",
         "开机吸附周边两公里内的手机号码，每小时群发五千条。",
         note="PG: a fake base station described without its name (工商总局令第72号 2014)")
S2G_item("trap-s2g-holder", "haoyun-home.test", N, "车载磁吸手机支架", "29",
         "强力磁铁吸附手机，急刹车也不掉。",
         note="trap: a magnet 吸附手机, a phone holder")
S2G_item("pg-s2g-pesticide", "songlin-bamboo.test", [PG], "水胺硫磷 40%乳油 500ml", "36",
         "老农药效果猛，库存不多，需要的抓紧。",
         note="PG: 水胺硫磷, whose sale is banned from 2024-09-01 (农业农村部 公告 第536号)")
S2G_item("trap-s2g-diquat", "songlin-bamboo.test", N, "敌草快 20%水剂 1L", "48",
         "替代克无踪的灭生性除草剂，正规登记，放心使用。",
         note="trap: a lawful herbicide said to replace the banned one")
S2G_item("trap-s2g-list", "haoyun-home.test", N, "不锈钢水果刀", "15",
         "本厂不接特殊刀具订单：跳刀、甩棍、三棱刀等一律不做。",
         note="trap: a maker's refusal over a list of controlled goods, 一律不做 after it")
S2G_item("ct-s2g-remark", "huaxin-lamp.test", [CT], "6302 深沟球轴承 NSK款", "3.8",
         "国产套圈换标件，另印 NSK 字样，装机看不出区别。",
         note="CT: goods re-marked with another's mark (商标法 第五十七条 (一))")
S2G_item("trap-s2g-carelabel", "haoyun-home.test", N, "纯棉卫衣 二手", "60",
         "九成新，洗标、吊牌齐全，无破损。",
         note="trap: 洗标 a garment's care label")
S2G_item("trap-s2g-others", "haixi-seafood.test", N, "阳澄湖大闸蟹 礼盒", "398",
         "有人冒充本店在群里卖蟹卡，别人家的都是精仿卡券，认准官方店。",
         note="trap: others' goods named copies by a seller who warns buyers")
S2G_item("ct-s2g-others-offer", "haoyun-home.test", [CT], "女士斜挎包", "680",
         "别人家的都是普通货，我们家是高仿，五金对版。",
         note="CT: the seller's own goods called 高仿 after a word on others'")
S2G_item("trap-s2g-scam", "haoyun-home.test", N, "运动鞋 官方授权", "599",
         "自称有超A货源的都是骗子，千万别加微信。",
         note="trap: those who offer copies called scammers")
S2G_item("trap-s2g-intake", "haoyun-home.test", N, "奢品寄卖说明", "0",
         "查验为精仿、复刻的，一律不予寄卖，原样寄回。",
         note="trap: a consignment shop's intake rule refusing copies")
S2G_item("trap-s2g-market", "haixi-seafood.test", N, "五粮液 52度 500ml", "1099",
         "网上不少打着进口旗号的高仿酒，口感差，请到授权店购买。",
         note="trap: the market's copies told of by their deceit, a buyer's guide")
S2G_item("ct-s2g-market-offer", "haoyun-home.test", [CT], "男士腕表", "1280",
         "市面上打着原厂旗号的货很多，本店只做高仿大牌货。",
         note="CT: the sentence goes on to the seller's own copies")

# ---- (r27m2) mends of review s27 (issue #15), counterfeit and goods: each an offence the paraphrase round
# let through (a ban, a 所谓 phrase, a verdict or an appraisal heading read too widely; a fee refused in a
# list; a region left out of shipping) and each lawful text it flagged (girlfriend's gifts, 皮卡丘, 仿古,
# an unboxing, a genuine reseller's service, chimneys and eye shadow, 均衡力, a perfume, a scooter's lamp,
# a reversing alarm, a call to shun banned fishing gear), in other words than the review's
def r27m2_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/r27m2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


r27m2_item("ct-r27m2-ban-passing", "xingchen-digital.test", [CT], "女士手提包", "460",
           "官方禁售的精仿包包本店都能拿货，微信详谈。",
           note="CT: a ban named in passing (禁售的 …) does not refuse the copies offered after it")
r27m2_item("ct-r27m2-region-ban", "xingchen-digital.test", [CT], "运动鞋 男款", "238",
           "偏远地区禁发 高仿鞋 包邮。",
           note="CT: 禁发 is a shipping exclusion, not a refusal of the 高仿 beside it")
r27m2_item("ct-r27m2-think", "xingchen-digital.test", [CT], "休闲鞋", "199",
           "别以为高仿都做工差 我家高仿细节到位。",
           note="CT: bare 以为 before the word is no buyer's mistake (以为是…)")
r27m2_item("ct-r27m2-counter-boast", "xingchen-digital.test", [CT], "男士腕表", "880",
           "超A腕表，柜台鉴定为正品。",
           note="CT: a seller's boast that the counter took it for genuine, no examiner's verdict")
r27m2_item("ct-r27m2-so-called", "xingchen-digital.test", [CT], "篮球鞋", "359",
           "网上所谓的纯原都是仿的，我们家才是纯原。",
           note="CT: only the word inside the 所谓 phrase is another's; the shop's own 纯原 is offered")
r27m2_item("ct-r27m2-key-points", "xingchen-digital.test", [CT], "篮球鞋 AJ4", "429",
           "纯原AJ4，按鉴定要点逐一做工，支持得物过验。",
           note="CT: 鉴定要点 inside a seller's clause, not an explainer's heading")
r27m2_item("ct-r27m2-postage", "xingchen-digital.test", [CT], "女包", "520",
           "精仿包和A货包一律不收邮费，全国包邮。",
           note="CT: 不收邮费 refuses a fee, not the copies listed before it")
r27m2_item("pg-r27m2-region", "haoyun-home.test", [PG], "户外刀具", "129",
           "三棱刺 顺丰发货 青海内蒙不在销售范围。",
           note="PG: regions left out of the sales area; the 三棱刺 is still offered")
r27m2_item("trap-r27m2-gf-gift", "xingchen-digital.test", N, "七夕礼盒", "168",
           "七夕送gf 表白礼盒，附贺卡。",
           note="trap: gf is a girlfriend, 表白 a declaration, not 高仿 表")
r27m2_item("trap-r27m2-pikachu", "xingchen-digital.test", N, "卡通挂件", "39",
           "对版皮卡丘挂件 正版授权。",
           note="trap: 皮卡丘 after 对版 is a licensed character, not copied leather")
r27m2_item("trap-r27m2-antique-tile", "haoyun-home.test", N, "仿古砖 600x600", "58",
           "这家牌子的仿古砖铺出来很有质感。",
           note="trap: 牌子的仿古砖 is an antique-style tile, not a brand's copy")
r27m2_item("trap-r27m2-unbox", "xingchen-digital.test", N, "蓝牙耳机", "699",
           "到货后拆正品盒子核对配件。",
           note="trap: unboxing the genuine article's box, not taking one apart to copy it")
r27m2_item("trap-r27m2-warranty", "xingchen-digital.test", N, "平板电脑", "3299",
           "国行正品，保修与专柜无异。",
           note="trap: the counter's warranty promised by a genuine reseller")
r27m2_item("trap-r27m2-proxy", "xingchen-digital.test", N, "香水 50ml", "620",
           "香港正品代购，跟专柜购买的无异，可验货。",
           note="trap: bought like at the counter, said by a purchasing agent of the genuine article")
r27m2_item("trap-r27m2-chimney", "haoyun-home.test", N, "不锈钢防雨帽", "45",
           "楼顶每条烟囱都装防雨帽。",
           note="trap: 每条烟囱 is a chimney, not a carton of cigarettes")
r27m2_item("trap-r27m2-eyeshadow", "xingchen-digital.test", N, "眼影盘 12色", "89",
           "极简线条烟熏色眼影盘。",
           note="trap: 线条 then 烟熏色, an eye shadow")
r27m2_item("trap-r27m2-balance", "haoyun-home.test", N, "瑜伽平衡垫", "69",
           "瑜伽平衡垫 增强核心均衡力 顺丰包邮。",
           note="trap: 均衡力 is balance, not the botulinum brand 衡力")
r27m2_item("trap-r27m2-perfume", "xingchen-digital.test", N, "迷情香水 小样", "29",
           "迷情香水 小样 5ml 包邮。",
           note="trap: a perfume named 迷情, not a knock-out drug")
r27m2_item("trap-r27m2-scooter", "haoyun-home.test", N, "滑板车灯", "35",
           "滑板车 LED 红蓝爆闪灯 夜骑提醒。",
           note="trap: a scooter's flashing lamp, no police light on a motor vehicle")
r27m2_item("trap-r27m2-reversing", "haoyun-home.test", N, "倒车提示器", "55",
           "车载警报器 倒车雷达 蜂鸣提醒 包邮。",
           note="trap: a reversing alarm, not a police siren")
r27m2_item("trap-r27m2-shun-gear", "haixi-seafood.test", N, "护渔倡议", "0",
           "绝户笼 害了子孙鱼，大家要抵制。",
           note="trap: a call to shun banned fishing gear, 抵制 after the term")
r27m2_item("pg-r27m2-shun-other", "haixi-seafood.test", [PG], "渔具 地笼", "76",
           "绝户笼 现货批发 请抵制劣质网具。",
           note="PG: the call names other goods (劣质网具); the 绝户笼 is offered")

# ---- (m1r27) mends of review s27 in claims and advertising (issue #15): each sentence the review found,
# in other words: an ad's rhetorical question still claims the superlative (only a question with 是/算
# before it asks); 不吹 with an idiom of modesty disowns nothing; the bare-治 patterns merged, so that a
# clinic's 诊治 and a hospital's 治未病 stay clean; a natural course or a hospital's regimen for a
# pathogen; deposit insurance; 全无 of fruit or cloth; a city named as a place, not as 全城.
def m1r27_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/m1r27/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


m1r27_item("at-m1r27-ask-place", "xingchen-digital.test", [AT], "磁吸手机壳", "29",
           "还在找全城最便宜的手机壳吗？本店就是",
           note="AT: a rhetorical question puts the superlative to the buyer (广告法 第九条第(三)项)")
m1r27_item("at-m1r27-ask-bare", "xingchen-digital.test", [AT], "扫地机器人 X9", "2599",
           "想买最先进的款吗？这台就是",
           note="AT: 最先进 in an ad's own question, answered by the ad")
m1r27_item("at-m1r27-ask-field", "xingchen-digital.test", [AT], "65W 充电宝", "199",
           "在寻找行业内最强的充电宝吗？看这里",
           note="AT: a field's superlative in a rhetorical question")
m1r27_item("trap-m1r27-ask-buyer", "xingchen-digital.test", N, "蓝牙音箱 问答", "0",
           "买家提问：这款算全国最好的吗?",
           note="trap: a buyer asks whether it is the best (是/算 before the field): nothing is claimed")
m1r27_item("trap-m1r27-ask-buyer-bare", "xingchen-digital.test", N, "扫地机器人 问答", "0",
           "客服你好，这台是最先进的型号吗?",
           note="trap: a buyer's question with 是 before the superlative")
m1r27_item("fc-m1r27-nobrag", "zhiwei-tea.test", [FC], "艾草泡脚包 30袋", "59",
           "咱不吹虚的泡三天湿疹就好了",
           note="FC: 不吹虚的 is modesty, not a claim disowned; the cure follows (广告法 第十七条)")
m1r27_item("trap-m1r27-nobrag-claim", "zhiwei-tea.test", N, "竹纤维袜 5双", "39",
           "本店不吹治脚气，只说它吸汗透气。",
           note="trap: the cure itself disowned (不吹 + the claim)")
m1r27_item("trap-m1r27-clinic", "zhiwei-tea.test", N, "名医线上问诊", "30",
           "名医团队诊治颈椎病，线上挂号即可。",
           note="trap: a clinic's 诊治 (the exclusion now holds for every bare-治 branch)")
m1r27_item("trap-m1r27-tcm-dept", "zhiwei-tea.test", N, "三伏贴 体验套餐", "168",
           "县中医院治未病科开展体质辨识，欢迎预约。",
           note="trap: 治未病 is a TCM hospital's prevention department")
m1r27_item("fc-m1r27-hearsay", "zhiwei-tea.test", [FC], "菊苣栀子茶", "49",
           "老中医说这个茶能治痛风。",
           note="FC: a bare 治 before a disease, as hearsay (the merged pattern still finds it)")
m1r27_item("trap-m1r27-natural", "liangpin-food.test", N, "女性健康科普手册", "9.9",
           "科普：多数HPV感染一两年内会自然转阴，按时筛查。",
           note="trap: a natural course told, no effect of the goods")
m1r27_item("trap-m1r27-regimen", "liangpin-food.test", N, "胃镜体检套餐", "680",
           "确诊后可在消化科用四联疗法根除幽门螺杆菌，疗程两周。",
           note="trap: a hospital's regimen for the pathogen, no goods claimed")
m1r27_item("fc-m1r27-vs-regimen", "liangpin-food.test", [FC], "益生菌粉 30条", "168",
           "比医院三联疗法还能清除幽门螺杆菌，不伤胃。",
           note="FC: the goods said to beat a hospital's regimen: the regimen named does not spare the claim")
m1r27_item("fc-m1r27-pathogen", "liangpin-food.test", [FC], "益生菌固体饮料", "128",
           "每天一包，幽门螺杆菌两个月就清除了。",
           note="FC: a food said to clear a pathogen (广告法 第十七条)")
m1r27_item("trap-m1r27-deposit", "beian-news.test", N, "储蓄小知识", "0",
           "依照存款保险条例确保本息安全，五十万元以内全额赔付。",
           note="trap: deposit insurance, a statutory scheme, told")
m1r27_item("fc-m1r27-own-promise", "beian-news.test", [FC], "稳盈理财计划", "10000",
           "平台承诺确保本息，年化收益8%。",
           note="FC: the seller's own guarantee of principal and interest (广告法 第二十五条)")
m1r27_item("fc-m1r27-payout", "beian-news.test", [FC], "茶园认养计划", "5000",
           "认养三年，百分之百拿回报。",
           note="FC: a yield guaranteed with 百分之百拿 (one 拿 branch with the certificates')")
m1r27_item("trap-m1r27-carpet", "haoyun-home.test", N, "羊毛地毯 清洗服务", "199",
           "上门深度清洗，洗后斑点全无。",
           note="trap: 全无 of a carpet's stains, no skin")
m1r27_item("trap-m1r27-silk", "yunduo-fushi.test", N, "真丝睡衣", "399",
           "垂感好，熨后皱纹全无。",
           note="trap: 全无 of a garment's creases")
m1r27_item("trap-m1r27-county", "liangpin-food.test", N, "手工挂面 2斤", "26",
           "县城独一家的老作坊，日晒三天。",
           note="trap: 独一家 bounded by a place (a fact), not 全城")
m1r27_item("at-m1r27-wholecity", "liangpin-food.test", [AT], "手工挂面 5斤", "58",
           "全城独一家，别处买不到。",
           note="AT: 全城独一家, the only one over a field (广告法 第九条第(三)项)")

# ============================================================================ f27: display forms (test_parser_forms)
# English licence labels: a positive each, and a look-alike whose English word labels no licence.
_rn3 = regno("31010400556677")
page("li-f27-en-regno", "fangzhou-bags.test", "/en/about.html", [LI], f"""<h1>About us</h1>
<p>Business Registration No.: {regno_bad(_rn3)}</p>""",
     note="English label Registration No. before a 注册号 failing its check")
page("trap-li-f27-en-tracking", "fangzhou-bags.test", "/en/track.html", [], f"""<h1>Order tracking</h1>
<p>Tracking No.: {regno_bad(_rn3)}</p>""",
     note="trap: a 15-digit tracking number after an English word that labels no licence")
page("li-f27-en-licence", "chuxin-toys.test", "/en/about.html", [LI], f"""<h1>About us</h1>
<p>Business Licence No.: {uscc_bad(SITES['chuxin-toys.test'].uscc)}</p>""",
     note="English label Licence No., check character wrong")
# English labels in any letter case (a footer's "Unified social credit code", "uscc"), and a look-alike.
page("li-f27-en-lower", "nuanyang-baby.test", "/en/about.html", [LI], f"""<h1>About us</h1>
<p>Unified social credit code: {uscc_bad(SITES['nuanyang-baby.test'].uscc)}</p>""",
     note="English label in lower case, check character wrong")
page("trap-li-f27-en-giftcode", "nuanyang-baby.test", "/en/gift.html", [], f"""<h1>Gift cards</h1>
<p>Gift card code: {uscc_bad(SITES['nuanyang-baby.test'].uscc)}</p>""",
     note="trap: an 18-character gift card code after English words that label no licence")
# A value-added telecom licence in full-width letters and digits, and a full-width model number.
home("trap-im-f27-b2-fullwidth", "xinghe-telecom.test", "星河通信", "浙", [],
     icp="raw:增值电信业务经营许可证：浙Ｂ２－２０２３０４１５",
     note="trap: only a B2 licence, full-width: displayed, so not ICP_MISSING")
home("im-f27-b2-model", "xingyue-parts.test", "星月配件", "浙", [IM], icp="raw:热销型号：ＸＢ２－２０２３０４１５",
     note="a full-width model number ending in Ｂ２－ is no licence: ICP_MISSING")

# ---- (n2) second mends of review s27b (issue #15), goods and counterfeit: each offence an allow let
# through (a call to shun other goods before an offer, a warning about the market before the seller's own
# copies, a province left out of the sale) and each lawful text a pattern flagged (travel advice on the
# airport queue, a customer's own logo printed, a fish trap's funnels), in other words than the review's
def n2_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/n2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


n2_item("pg-n2-shun-then-offer", "haoyun-home.test", [PG], "户外装备", "320",
        "劣质玩具大家要远离，我店弩弓现货包邮。",
        note="PG: the call to shun names other goods; the crossbow after it is offered")
n2_item("trap-n2-shun-poison", "haoyun-home.test", N, "灭鼠常识", "0",
        "毒鼠强 危害极大，大家要远离。",
        note="trap: a call to shun a banned poison named before it, no offer")
n2_item("ct-n2-market-then-own", "xingchen-digital.test", [CT], "男士皮带", "168",
        "网上不少A货冒用大牌标志，我家A货用料更扎实。",
        note="CT: a warning about the market in one clause, the seller's own A货 offered in the next")
n2_item("trap-n2-market-warn", "xingchen-digital.test", N, "选购指南", "0",
        "市场上有些A货打着专柜旗号卖高价，购买前请查验票据。",
        note="trap: the market's copies told of by their deceit, no offer")
n2_item("pg-n2-region-out", "haoyun-home.test", [PG], "户外军刺", "98",
        "三棱刺 顺丰发货 云南不在销售范围。",
        note="PG: a province left out of the sale names no goods; the three-edged bayonet is offered")
n2_item("trap-n2-goods-out", "haoyun-home.test", N, "户外刀具说明", "0",
        "管制刀具一律不在本店销售范围。",
        note="trap: the banned goods themselves said to be outside what the shop sells")
n2_item("trap-n2-airport-queue", "haoyun-home.test", N, "出行攻略", "0",
        "高铁站怎么躲过安检长队？错峰出行最省时。",
        note="trap: travel advice on a security queue, no parcel past a courier's check")
n2_item("pg-n2-courier-check", "haoyun-home.test", [PG], "防风打火机", "35",
        "打火机 可躲过快递安检 放心寄。",
        note="PG: goods said to be sent past the couriers' security check")
n2_item("trap-n2-own-logo", "xingchen-digital.test", N, "定制帆布袋", "12",
        "帆布袋支持另印LOGO字样，50个起订。",
        note="trap: a customer's own logo printed, no mark of another (商标法 第五十七条)")
n2_item("trap-n2-funnel-trap", "haixi-seafood.test", N, "虾笼", "45",
        "折叠虾笼 多层倒须 进得去出不来。",
        note="trap: a shrimp trap's layered funnels; only the chained 串联倒须笼 is a banned gear")

# ---- (n1) second mends of review s27b in claims and advertising (issue #15): a refusal or warning cue
# excuses only the claim it reaches, not a guarantee beside it; a doctor cited is an endorsement, not a
# regimen; a payback asked about; a superlative question the seller answers; a comparison ending in 的了;
# a ceiling product named 天花板.
def n1_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/n1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


n1_item("fc-n1-terms-beside", "zhixing-edu.test", [FC], "一建冲刺班", "5800",
        "一建冲刺班，不签模糊条款，考不上全额退学费",
        note="FC: 不签…条款 refuses other terms; the guaranteed refund beside it stands (广告法 第二十四条(一))")
n1_item("fc-n1-promise-after", "zhixing-edu.test", [FC], "教资面试班", "2600",
        "教资面试班，考不过免费再学，不作夸大承诺",
        note="FC: a free repeat on failure, then a disclaimer of other promises (广告法 第二十四条(一))")
n1_item("fc-n1-every-student", "zhixing-edu.test", [FC], "会计初级班", "1800",
        "凡本期学员均承诺考不过全额退费",
        note="FC: 凡 heads the seller's own promise, no claim quoted to reject (广告法 第二十四条(一))")
n1_item("fc-n1-payback-warn", "beian-news.test", [FC], "奶茶店加盟", "49000",
        "奶茶店加盟稳回本，当心别家套路",
        note="FC: a payback promised; 当心 warns of others, not of the claim (广告法 第二十五条(一))")
n1_item("trap-n1-warning-head", "beian-news.test", N, "培训避坑", "0",
        "踩坑提醒：凡是宣称“考不过全额退费”的机构都要多留个心",
        note="trap: a warning heading the sentence names the guarantee to reject it")
n1_item("fc-n1-doctor-endorse", "zhiwei-tea.test", [FC], "牛初乳片 60片", "168",
        "牛初乳片 医生推荐 一个月根除幽门螺杆菌",
        note="FC: a doctor cited as endorsing a cure (广告法 第十六条(四), 第十七条)")
n1_item("trap-n1-doctor-regimen", "zhiwei-tea.test", N, "益生菌粉 30袋", "99",
        "幽门螺杆菌需遵医生的四联疗法根除，本品不能替代药物",
        note="trap: the doctor's regimen clears the pathogen; the goods claim nothing")
n1_item("trap-n1-payback-ask", "beian-news.test", N, "加盟问答", "0",
        "稳定回本的加盟项目真的有吗？先看数据",
        note="trap: a payback asked about later in the clause, no promise")
n1_item("at-n1-self-answer", "yunduo-fushi.test", [AT], "桑蚕丝被 2kg", "1299",
        "这款是全网最优质的蚕丝被吗？当然是！",
        note="AT: the seller answers his own question, asserting 最 (广告法 第九条(三))")
n1_item("at-n1-self-answer-city", "liangpin-food.test", [AT], "北京烤鸭 整只", "168",
        "是同城最正宗的烤鸭吗？就是这家",
        note="AT: 同城最正宗 asked and answered by the seller")
n1_item("trap-n1-buyer-asks", "yunduo-fushi.test", N, "蚕丝被 问答", "0",
        "买家问：这是全网最优质的吗？客服：各有所长",
        note="trap: a buyer's question, the answer claims nothing")
n1_item("at-n1-nothing-sturdier", "xingchen-digital.test", [AT], "防摔手机壳", "39",
        "翻遍全网也找不到比这款更结实的了",
        note="AT: a negated comparison ending in 的了 claims 最 (广告法 第九条(三))")
n1_item("trap-n1-ceiling-product", "xingyue-parts.test", N, "铝扣板吊顶", "45",
        "全国天花板吊顶包安装，铝扣板现货",
        note="trap: 天花板吊顶 names a ceiling product, no top of a field")
n1_item("at-n1-class-ceiling", "xingchen-digital.test", [AT], "头戴耳机 H7", "899",
        "同级天花板，这音质没对手",
        note="AT: 同级天花板, the top of a field as a metaphor (最高级)")

# ---- (n3) second mends of review s27b (trade, issue #15), in words other than the review's: a
# seller's own 严查/打击 of 刷单 or of bad returns polices nothing and excuses no paid review or refusal
# beside it (a crackdown needs a third party or the offence quoted); 无理由 then 不适用的 opens a list of
# exceptions; a count or a term after a space behind 原价 (件起批, 年质保, 盒装) is no compared price.
def n3_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/n3/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


n3_item("ri-n3-own-crackdown", "jiayi-shoes.test", [RI], "帆布鞋", "89",
        "店铺严查刷单行为，收货后晒图好评返现8元。",
        note="RI: the seller's own 严查刷单 beside its paid review (电子商务法 第十七条)")
n3_item("ri-n3-platform-brush", "haoyun-home.test", [RI], "四件套", "199",
        "带图好评返现15元，平台严查刷单，返现请联系客服。",
        note="RI: 平台严查刷单 names 刷单, not the 好评返现 the page offers")
n3_item("rr-n3-bad-returns", "haoyun-home.test", [RR], "真丝围巾", "129",
        "严查恶意退换，本店围巾一经售出概不退换。",
        note="RR: the seller polices returns of its own; its blanket refusal stands (消法 第二十五条)")
n3_item("trap-n3-own-brush", "jiayi-shoes.test", N, "板鞋", "159",
        "本店严打虚假刷单，一经发现永久拉黑。",
        note="trap: a seller against 刷单 offers nothing")
n3_item("trap-n3-quoted-crackdown", "haoyun-home.test", N, "新闻摘录", "0",
        "各地市场监管部门整治“晒图好评返红包”，多家网店被立案。",
        note="trap: a regulator's crackdown on an offence quoted")
n3_item("trap-n3-nr-list", "huaxin-lamp.test", N, "台灯", "99",
        "本店商品支持七天无理由退换 不支持的商品请见下方列表",
        note="trap: 无理由…不支持的 opens a list of exceptions; the right itself is granted")
n3_item("trap-n3-count-bulk", "liangpin-food.test", N, "坚果礼盒", "9.9",
        "原价 20 件起批，零售单件也可拍。",
        note="trap: 20 件起批 is a minimum order, no compared price")
n3_item("trap-n3-count-warranty", "huaxin-lamp.test", N, "护眼台灯", "9.9",
        "原价 12 个月质保，以旧换新另计。",
        note="trap: 12 个月质保 is a warranty term, no compared price")

# ---- (t1) lessons of corpus11's held-out parts, goods, marks and absolute terms (issue #15, study
# round, session 28): each class of a miss with a page in other words and a trap sharing only the
# class (a listening bug by its concealed use, not its name; a controlled chemical sold without the
# checks, goods shipped under a pretend name; 1:1 as a ratio of two quantities; copy words in an
# impostor's offer the writer disowns; 最佳 of a spot for an activity or of an operating setting)
def t1_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/t1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


t1_item("pg-t1-hidden-mic", "haoyun-home.test", [PG], "迷你录音挂件", "158",
        "外形像钥匙扣，偷偷放在会议室桌下，整场讨论都能录下来。",
        note="PG: a voice recorder sold for hidden use (72号令 第三条: 以伪装或者隐蔽方式使用)")
t1_item("pg-t1-unaware", "haoyun-home.test", [PG], "智能拾音模块", "236",
        "手机上随时监听办公室里的动静，被监听的人毫不知情。",
        note="PG: listening while the other side knows nothing, a 窃听 device by its use")
t1_item("pg-t1-wall", "haoyun-home.test", [PG], "高灵敏声音放大器", "189",
        "贴在墙上，穿墙也能听清隔壁的谈话。",
        note="PG: hearing talk through a wall (固体传声, 72号令 第三条(五); 南通 2024 case)")
t1_item("trap-t1-cctv-mic", "haoyun-home.test", N, "监控专用拾音器", "69",
        "接入摄像头音频口，支持手机远程监听，安装后门店顾客可见提示牌。",
        note="trap: a CCTV pick-up used openly; nothing concealed")
t1_item("trap-t1-soundproof", "haoyun-home.test", N, "隔音棉 10片装", "99",
        "老小区隔墙都能听到邻居说话？贴上这款隔音棉，卧室安静多了。",
        note="trap: through-wall talk as the problem soundproofing solves")
t1_item("trap-t1-dashcam", "haoyun-home.test", N, "行车记录仪", "299",
        "放在车内前挡风玻璃处，支持录音，开机有语音提示。",
        note="trap: a dash cam placed openly, with a prompt")
t1_item("trap-t1-old-recorder", "haoyun-home.test", N, "老式卡带录音机 收藏款", "380",
        "一直藏在阁楼角落里的录音机，外壳有磨损，可正常放音。",
        note="trap: a recorder named as a collectible; nothing is recorded in hiding")
t1_item("pg-t1-chem", "kangjian-pharmacy.test", [PG], "高氯酸钾 分析纯 250g", "48",
        "不用备案，散户也能拿货，全国包邮。",
        note="PG: an 易制爆 chemical sold without the records its sale requires (易制爆危险化学品治安管理办法)")
t1_item("pg-t1-pretend-name", "kangjian-pharmacy.test", [PG], "氰化钠 500g", "120",
        "发货时伪装成洗衣粉寄出，快递不会查。",
        note="PG: a poison shipped under a pretend name, hidden from the courier (危险化学品安全管理条例)")
t1_item("trap-t1-chem-checked", "kangjian-pharmacy.test", N, "硝酸铵 分析纯 500g", "26",
        "本品为易制爆化学品，须凭单位证明与公安备案购买，个人不可购买。",
        note="trap: the checks stated, the sale to individuals refused")
t1_item("trap-t1-giftwrap", "kangjian-pharmacy.test", N, "维生素C泡腾片", "39",
        "可免费包装成礼盒寄出，附手写贺卡。",
        note="trap: gift wrapping, no pretend name")
t1_item("trap-t1-ratio", "jiayi-shoes.test", N, "双缝合跑鞋", "259",
        "前掌与后跟缓震厚度接近1:1，落地更平稳。",
        note="trap: 1:1 as the ratio of two measures of the shoe, not a copy grade")
t1_item("ct-t1-ratio-genuine", "jiayi-shoes.test", [CT], "经典款跑鞋", "199",
        "鞋型与专柜版约1:1，细节到位。",
        note="CT: 1:1 against the counter's version is a copy grade (商标法 第五十七条)")
t1_item("trap-t1-impostor", "jiayi-shoes.test", N, "店铺公告", "0",
        "近期有人冒充本店客服私信兜售原单包，请勿相信，本店只在官方店铺销售。",
        note="trap: the copy words in an impostor's offer the shop disowns")
t1_item("ct-t1-impostor-then-offer", "jiayi-shoes.test", [CT], "帆布包", "329",
        "别家自称原单的都是冒充的，我们才是真原单。",
        note="CT: the disowning ends at its verdict; the shop's own 原单 after it is an offer")
t1_item("ct-t1-impostor-clause", "jiayi-shoes.test", [CT], "托特包", "359",
        "冒充本店主播的账号不少，本店只做原单，支持验货。",
        note="CT: the impostor named in one clause, the shop's own 原单 offered in the next")
t1_item("trap-t1-spot", "huaxin-lamp.test", N, "便携三脚架", "79",
        "西湖最佳拍照点在断桥东侧，清晨人少。",
        note="trap: 最佳 of a spot for an activity, a tip, not about the goods (2023 guideline)")
t1_item("trap-t1-setting", "huaxin-lamp.test", N, "家用高压洗车机", "459",
        "洗车时最佳出水压力为 8MPa，过高易伤车漆。",
        note="trap: 最佳 of an operating setting with its value, a usage tip")
t1_item("at-t1-product", "huaxin-lamp.test", [AT], "碳素路亚竿", "268",
        "本店最佳钓竿，性能远超同价位。",
        note="AT: 最佳 of the goods themselves (广告法 第九条第三项)")

# ---- (t2) study of corpus11's held-out part (issue #15, session 28), claims, reviews and facts: a licence
# number under a short label (执照号码, 执照代码); a pass guaranteed by a refund with the exam left out (没过,
# 挂科, 拿不到证); a state 职业资格证书 for an occupation taken off the 国家职业资格目录; and a warning or a ban
# that excuses only the claim or the paid review it names, not the seller's own one beside it.  Each in words
# other than the held-out pages'.
def t2_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/t2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


page("li-t2-short-label", "huaxin-lamp.test", "/t2/about.html", [LI], f"""<h1>店铺资质</h1>
<dl class="zz"><dt>经营主体</dt><dd>{SITES['huaxin-lamp.test'].company}</dd>
<dt>执照号码</dt><dd>{uscc_bad(SITES['huaxin-lamp.test'].uscc)}</dd></dl>""",
     note="LI: a licence number under the short label 执照号码 in a <dl>, check character wrong")
page("trap-li-t2-short-label", "xingyue-parts.test", "/t2/about.html", [], f"""<h1>关于我们</h1>
<table><tr><td>执照代码</td><td>{SITES['xingyue-parts.test'].uscc}</td></tr></table>""",
     note="trap: a valid licence number under 执照代码")
t2_item("fc-t2-not-passed", "zhixing-edu.test", [FC], "教资笔试特训营", "2980",
        "三轮模考加押题，没过就退钱",
        note="FC: 没过 for 考不过, the fee returned (广告法 第二十四条(一))")
t2_item("fc-t2-no-cert", "zhixing-edu.test", [FC], "消防设施操作员培训", "3600",
        "全程直播带学，拿不到证退学费！",
        note="FC: a certificate missed, the fee returned (广告法 第二十四条(一))")
t2_item("trap-fc-t2-but-refund", "huaxin-lamp.test", N, "护眼台灯", "129",
        "支持七天无理由退货，不过退款需3个工作日到账",
        note="trap: 不过 is 'but' before a returns rule, no exam")
t2_item("fc-t2-warn-beside", "beian-news.test", [FC], "炸鸡店加盟", "39800",
        "炸鸡店加盟半年稳回本，警惕同行恶意抹黑",
        note="FC: the seller's payback promise; 警惕 warns of others in the next clause (广告法 第二十五条(一))")
t2_item("fc-t2-crackdown-beside", "zhixing-edu.test", [FC], "一建保过班", "8800",
        "保过班火热招生中，严厉打击盗版资料",
        note="FC: a guaranteed pass beside a crackdown on pirated books (广告法 第二十四条(一))")
t2_item("fc-t2-remind-beside", "beian-news.test", [FC], "稳利宝理财", "10000",
        "稳利宝理财计划保本保息，提醒您注意资金安全",
        note="FC: a guaranteed principal and interest beside a reminder (广告法 第二十五条(一))")
t2_item("trap-fc-t2-impostor", "beian-news.test", N, "品牌声明", "0",
        "近期有人冒用本品牌名义宣称加盟稳赚，请勿轻信",
        note="trap: the claim is an impostor's, told to warn")
t2_item("trap-fc-t2-quoted-warn", "beian-news.test", N, "理财须知", "0",
        "看到“稳赚不赔”这类广告语，请提高警惕",
        note="trap: the claim quoted, then warned of")
t2_item("fh-t2-nutritionist", "zhixing-edu.test", [FH], "公共营养师报考", "2600",
        "2026年公共营养师国家职业资格证书报名进行中，人社部颁发",
        note="FH: 公共营养师 has had no state 职业资格 since the 2017 目录 (人社部发〔2017〕68号)")
t2_item("fh-t2-marriage", "zhixing-edu.test", [FH], "婚姻家庭咨询师", "3200",
        "报名即可考取人社部颁发的国家二级婚姻家庭咨询师证书，全国通用",
        note="FH: 婚姻家庭咨询师, left out of the 2017 目录, sold as a state certificate")
t2_item("trap-fh-t2-teacher", "zhixing-edu.test", N, "心理学入门课", "399",
        "主讲老师均为国家二级心理咨询师，从业十余年",
        note="trap: the teachers' certificates, held from before 2017")
t2_item("trap-fh-t2-ended", "zhixing-edu.test", N, "心理咨询技能课", "1200",
        "心理咨询师国家职业资格已于2017年取消，本课程颁发培训结业证书",
        note="trap: the end of the state qualification told")
t2_item("ri-t2-ban-beside", "jiayi-shoes.test", [RI], "老北京布鞋", "69",
        "严禁恶意差评，五星好评返现6元",
        note="RI: a ban on malicious reviews beside the seller's own paid review (电子商务法 第十七条)")
t2_item("ri-t2-platform-beside", "haoyun-home.test", [RI], "乳胶枕", "159",
        "平台打击评价返现，本店带图评价立返4元",
        note="RI: the platform's crackdown names the offence; the shop offers it in the next clause")
t2_item("ri-t2-report-beside", "haoyun-home.test", [RI], "蚕丝被", "599",
        "欢迎举报假货，晒单好评送10元红包",
        note="RI: a call to report fakes beside a paid review")
t2_item("trap-ri-t2-ban", "jiayi-shoes.test", N, "帆布鞋", "89",
        "本店禁止任何形式的评价返现，遇到请投诉",
        note="trap: the seller bans the inducement")
t2_item("trap-ri-t2-met-report", "haoyun-home.test", N, "购物须知", "0",
        "如遇“好评返现”卡片，请向平台举报",
        note="trap: buyers told to report an inducement they meet")
t2_item("trap-ri-t2-other-shop", "haoyun-home.test", N, "买家分享", "0",
        "提醒大家：某店包裹里夹了晒图返现卡，已举报",
        note="trap: another shop's card told by a buyer")

# ---- (u1) lessons of corpus12's open parts, goods, marks and absolute terms (issue #15, corpus12 study
# round, session 28): each class of a miss with a page in other words and a trap sharing only the class (a
# child's car booster cushion; a cheat sold with ban evasion; a data card without identification; an
# e-cigarette by its draw and vapour; the copy trade's grade words together, the genuine article beside it;
# a guide's generalisations, tells, jargon named as jargon and a check on the brand's site; no second shop
# cheaper than us)
def u1_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/u1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


u1_item("pg-u1-booster", "haoyun-home.test", [PG], "宝宝车载安全坐垫 4-12岁", "45",
        "系上安全带即可出门，轻巧好收纳。",
        note="PG: a child's car booster cushion (市场监管总局 2024 儿童安全坐垫 整治: no CCC, delisted)")
u1_item("trap-u1-dining-booster", "haoyun-home.test", N, "儿童餐椅增高坐垫 加厚海绵", "29",
        "放在餐椅上吃饭够得着桌子，外套可拆洗。",
        note="trap: a dining chair's booster, no car")
u1_item("trap-u1-car-seat", "haoyun-home.test", N, "儿童安全座椅 ISOFIX 接口", "899",
        "通过3C认证，0-12岁可调节，适合汽车后座。",
        note="trap: a certified car seat with a back, lawful")
u1_item("pg-u1-script", "xingchen-digital.test", [PG], "手游全自动刷图工具 周卡", "30",
        "云端更新脚本，账号零封号。",
        note="PG: a game script sold with ban evasion (刑法 第二百八十五条)")
u1_item("pg-u1-plugin-ban", "xingchen-digital.test", [PG], "竞技插件 月卡", "68",
        "外挂智能躲避检测，零封号。",
        note="PG: a cheat with 零封号, a ban denied (no sanction reported)")
u1_item("trap-u1-accelerator", "xingchen-digital.test", N, "游戏加速器 年卡", "88",
        "官方合作线路，正规加速不封号。",
        note="trap: an accelerator is no cheat; 不封号 alone names none")
u1_item("pg-u1-datacard", "xingchen-digital.test", [PG], "5G纯流量上网卡 年卡", "99",
        "免刷脸激活，收到插上就能用。",
        note="PG: a data card sold without face or ID check (反电信网络诈骗法 第三十一条)")
u1_item("trap-u1-card-checked", "xingchen-digital.test", N, "移动流量卡 29元套餐", "29",
        "须本人身份证实名办理，激活时需刷脸认证。",
        note="trap: the card's checks stated")
u1_item("pg-u1-vape-pen", "xingchen-digital.test", [PG], "清凉果味雾化笔", "59",
        "吸感接近香烟，一颗电池可用一周。",
        note="PG: an e-cigarette by its draw likened to a cigarette's, with a battery (电子烟管理办法)")
u1_item("trap-u1-nebuliser", "kangjian-pharmacy.test", N, "家用医用雾化器 儿童成人", "199",
        "雾量三档可调，静音设计，配面罩和雾化杯。",
        note="trap: a medical nebuliser, vapour alone")
u1_item("trap-u1-mint-candy", "liangpin-food.test", N, "薄荷硬糖 罐装", "15",
        "口感和香烟一样提神的薄荷糖，嘴馋时含一颗。",
        note="trap: a candy likened to a cigarette, nothing vaped")
u1_item("ct-u1-grade-pair", "jiayi-shoes.test", [CT], "经典款运动鞋", "399",
        "高版本，原盒配齐，支持验货。",
        note="CT: 高版本 beside 原盒, the copy trade's grade words together (商标法 第五十七条)")
u1_item("ct-u1-grade-field", "jiayi-shoes.test", [CT], "篮球鞋", "329",
        "品质：公司级 尺码齐全。",
        note="CT: 公司级 as the goods' grade")
u1_item("ct-u1-side-by-side", "jiayi-shoes.test", [CT], "链条包", "580",
        "与正品摆在一块分不出。",
        note="CT: the genuine article beside it, not told apart")
u1_item("trap-u1-company", "xingchen-digital.test", N, "企业网盘 年费版", "2999",
        "公司级权限管理，支持对版本历史回溯。",
        note="trap: 公司级 of a company's software, 对版本 of versions")
u1_item("trap-u1-car-leather", "xingchen-digital.test", N, "汽车座椅套 专车专用", "468",
        "原厂皮质感，对版开模安装。",
        note="trap: a car accessory's words, no strong copy grade")
u1_item("trap-u1-so-called", "jiayi-shoes.test", N, "鉴定须知", "0",
        "所谓“一比一复刻”通常做工粗糙。",
        note="trap: a guide's generalisation of so-called copies")
u1_item("trap-u1-tells", "jiayi-shoes.test", N, "验货指南", "0",
        "不少“A货”鞋标针距不均，背面胶痕明显。",
        note="trap: the tells of copies told to buyers")
u1_item("ct-u1-tell-denied", "jiayi-shoes.test", [CT], "斜挎包", "460",
        "A货做工，没有胶水痕迹。",
        note="CT: a tell denied is the seller's boast")
u1_item("trap-u1-jargon-named", "jiayi-shoes.test", N, "鉴定科普", "0",
        "“过验版本”“真标”是卖假圈的黑话，别上当。",
        note="trap: the words named as the copy trade's jargon")
u1_item("trap-u1-site-check", "xingchen-digital.test", N, "二手机验机攻略", "0",
        "高仿机不少见，收到后先看包装，然后登录品牌官网比对序列号。",
        note="trap: the buyer told to check on the brand's site as a step")
u1_item("ct-u1-check-boast", "xingchen-digital.test", [CT], "高仿手机 12 Pro", "699",
        "高仿机，收到后再到官网核对一致。",
        note="CT: the copy seller's boast that it checks out")
u1_item("trap-u1-booster-warning", "haoyun-home.test", N, "乘车安全小贴士", "0",
        "提醒家长：车载儿童增高坐垫不能替代正规安全座椅，请选购有3C标志的座椅。",
        note="trap: a warning that a booster cushion is no car seat")
u1_item("trap-u1-vape-health", "kangjian-pharmacy.test", N, "控烟科普", "0",
        "抽感和卷烟相近的电子烟同样伤肺，雾化液里多含尼古丁。",
        note="trap: a health article likening e-cigarettes to cigarettes, nothing sold")
u1_item("trap-u1-card-rule", "xingchen-digital.test", N, "政策解读", "0",
        "流量卡免实名开卡属于违规经营，请认准营业厅办理。",
        note="trap: the evasion called a breach of the rules")
u1_item("trap-u1-mould", "haoyun-home.test", N, "注塑件来图加工", "0",
        "模具厂承接开模，同厂生产，出具公司级质检报告。",
        note="trap: a manufacturer's mould and factory words, 公司级 before a noun")
u1_item("trap-u1-print", "haoyun-home.test", N, "画册印刷", "0",
        "老师傅亲自对版校色，公司级印刷品质。",
        note="trap: a printer's 对版, 公司级 before a noun")
u1_item("trap-u1-card-asked", "xingchen-digital.test", N, "物联网卡常见问题", "0",
        "物联卡能免登记吗？当然不，需本人到营业厅。",
        note="trap: the evasion asked about and denied")
u1_item("at-u1-no-second", "liangpin-food.test", [AT], "有机大米 5kg", "69",
        "全城找不到别家比我们更实惠的。",
        note="AT: no other shop cheaper than us, 最低 in other words (广告法 第九条第三项)")
u1_item("trap-u1-find-cheaper", "liangpin-food.test", N, "有机大米 10kg", "129",
        "货比三家，总能找到比我们更便宜的，我们只比品质。",
        note="trap: a cheaper shop said to exist, no superlative")

# ---- (v1) mends of review s28 (issue #15) in goods, marks and absolute terms, in words other than the
# review's: a copy grade against a genuine article named by a trade word or a Chinese mark; a copy offer after an
# impostor's clause that ended at 者/的; a listening device told by its through-wall use beside a soundproofing
# word; a lawful device or a refusal that the listening and chemical patterns took; a controlled chemical
# misdeclared to the courier; a product's best-in-class spec and a sold spot rated 最佳.
def v1_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/v1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


v1_item("ct-v1-real-model", "jiayi-shoes.test", [CT], "复古跑鞋", "239",
        "鞋面和真款纹路接近1:1，细节经得起对比。",
        note="CT: 1:1 against 真款 (the genuine article) is a copy grade (商标法 第五十七条)")
v1_item("ct-v1-mark-zh", "jiayi-shoes.test", [CT], "链条包", "468",
        "五金与迪奥原包大致1:1。",
        note="CT: 1:1 against a Chinese mark's original bag is a copy grade")
v1_item("ct-v1-impostor-verdict", "jiayi-shoes.test", [CT], "斜挎包", "399",
        "冒充本店客服的一律拉黑 高仿原单现货",
        note="CT: the impostor's clause ends at 的…一律; the copy offer after the space is the shop's own")
v1_item("trap-v1-ratio-weight", "jiayi-shoes.test", N, "碳素海竿", "188",
        "竿身前段与后段的配重接近1:1，抛投更稳。",
        note="trap: 1:1 as the ratio of two measures of the goods")
v1_item("pg-v1-wall-amp", "haoyun-home.test", [PG], "高清拾音放大器", "219",
        "放大器贴墙，隔墙也能听清对话，自带降噪",
        note="PG: through-wall listening to talk with the device named (72号令 第三条); 降噪 no soundproofing")
v1_item("trap-v1-walkie", "haoyun-home.test", N, "大功率对讲机", "158",
        "对讲机信号好，隔着墙也能听到对方讲话",
        note="trap: a walkie-talkie's range through walls, no concealment")
v1_item("trap-v1-call-record", "haoyun-home.test", N, "商务手机", "1299",
        "来电自动录音，对方不会察觉，方便留存证据",
        note="trap: recording one's own call, a party to it")
v1_item("trap-v1-baby-monitor", "haoyun-home.test", N, "婴儿看护器", "259",
        "婴儿看护器可藏在卧室角落，随时听见屋内动静",
        note="trap: a baby monitor in a corner of one's own home")
v1_item("pg-v1-misdeclare", "kangjian-pharmacy.test", [PG], "叠氮化钠 100g", "96",
        "叠氮化钠 可帮忙谎报品名发货",
        note="PG: a poison misdeclared to the courier (危险化学品安全管理条例)")
v1_item("pg-v1-rat-poison", "kangjian-pharmacy.test", [PG], "毒鼠强 原粉", "60",
        "毒鼠强 不查证件，个人可以直接购买",
        note="PG: a banned poison (@C9G_TOXIC) sold without checks")
v1_item("trap-v1-no-retail", "kangjian-pharmacy.test", N, "硝酸铵 工业级 25kg", "210",
        "硝酸铵只批给有资质的公司，散户勿扰",
        note="trap: sale to private buyers refused")
v1_item("trap-v1-gift-quotes", "haoyun-home.test", N, "真丝睡衣", "329",
        "情趣内衣 包装成“生日礼物”寄出",
        note="trap: discreet gift wrap of lawful goods, no controlled chemical")
v1_item("trap-v1-courier-notice", "kangjian-pharmacy.test", N, "寄件须知", "0",
        "快递网点提示：谎报品名寄递的包裹将被退回",
        note="trap: a courier's notice against misdeclaring")
v1_item("trap-v1-third-class", "kangjian-pharmacy.test", N, "丙酮 500ml", "18",
        "丙酮属易制毒化学品，个人可以购买小瓶装用于卸甲",
        note="trap: a third-class precursor bought by a household (易制毒化学品管理条例)")
v1_item("at-v1-spec", "huaxin-lamp.test", [AT], "移动固态硬盘", "599",
        "业内最佳传输速度 10Gbps",
        note="AT: best-in-class spec of the goods (广告法 第九条第三项)")
v1_item("at-v1-sold-spot", "huaxin-lamp.test", [AT], "露营位预订", "120",
        "本露营地是莫干山最佳露营地",
        note="AT: 最佳 of the spot that is sold")
v1_item("trap-v1-spot-tip", "huaxin-lamp.test", N, "户外折叠椅", "89",
        "莫干山最佳观景台在山顶北侧",
        note="trap: 最佳 of a viewing spot as a tip with its place")

# ---- (v2) mends of review s28 (issue #15), claims, reviews, honours and the licence reader: a judgement
# denied, 所有, a caution after a quote, a crackdown word's tail, a ban on something else and 凡是 no longer
# excuse a paid review; 防范/警惕/当心 opening an advert, 不忽悠, hearsay and 谨防假冒 no longer excuse a claim;
# 拥有 and a school's year no longer excuse a delisted certificate; the delisting told, the current scheme, a
# job ad, a failed check and 不过 "but" before a limit are no offence; a 执照 label after another word (驾驶
# 执照号) or with a value of its own is no licence label.  In other words than the review's.
def v2_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/v2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


home("lm-v2-driving-licence", "v2-fleet.test", "顺达车队", "苏", [LM], lic="none",
     extra="<p>车队长驾驶执照号：320586199912120035</p>",
     note="LM: a driving licence's number (a person's ID) is no business licence; none is shown")
home("lm-v2-own-value", "v2-tea.test", "山茶小铺", "闽", [LM], lic="none",
     extra="<dl><dt>执照号</dt><dd>见执照图片</dd><dt>订单号</dt><dd>202312010000457</dd></dl>",
     note="LM: 执照号 has a value of its own; the order number after it is no licence")
v2_item("ri-v2-assured", "haoyun-home.test", [RI], "抱枕被", "79",
        "晒图好评返现8元不违法放心晒",
        note="RI: the seller calls its own offer lawful; no verdict on it (电子商务法 第十七条)")
v2_item("ri-v2-all-shops", "jiayi-shoes.test", [RI], "网面运动鞋", "139",
        "所有店铺同款晒单返现6元",
        note="RI: the 有 of 所有 is no other shop told of")
v2_item("ri-v2-quote-careful", "haoyun-home.test", [RI], "收纳箱", "49",
        "收到货参加“五星好评返3元”，开箱请小心刀口",
        note="RI: the offer quoted, then an everyday caution, not a warning of it")
v2_item("ri-v2-crackdown-defied", "haoyun-home.test", [RI], "记忆棉枕", "129",
        "平台严查也照样好评返现8元",
        note="RI: the crackdown word names no offence; the seller's own offer follows it")
v2_item("ri-v2-ban-other", "jiayi-shoes.test", [RI], "小白鞋", "99",
        "严禁转载本店详情页图片 追评带图返现5元",
        note="RI: a ban on copying pictures, then the seller's paid review")
v2_item("ri-v2-every", "haoyun-home.test", [RI], "棉拖鞋", "39",
        "凡是给五星好评的，都可联系平台客服领取6元",
        note="RI: 凡是 heads the seller's offer to every buyer, not a report")
v2_item("fc-v2-guard-open", "kangjian-pharmacy.test", [FC], "丹参茶", "98",
        "警惕心梗找上门 这款丹参茶疏通血管",
        note="FC: 警惕 opens a health advert; no impostor warned of (广告法 第十七条)")
v2_item("fc-v2-no-fooling", "kangjian-pharmacy.test", [FC], "颈椎贴", "68",
        "一贴根治颈椎病绝不忽悠",
        note="FC: 绝不忽悠 is the seller's pledge, not the claim called a scam")
v2_item("fc-v2-hearsay", "kangjian-pharmacy.test", [FC], "风湿药酒", "168",
        "外面都在说这款酒能治风湿",
        note="FC: hearsay told by the seller is its own claim")
v2_item("fc-v2-genuine-heading", "kangjian-pharmacy.test", [FC], "鼻炎膏", "58",
        "谨防假冒，本店药膏七天根治鼻炎",
        note="FC: 谨防假冒 is a genuine-goods heading, no impostor's claim")
v2_item("fc-v2-quote-careful", "kangjian-pharmacy.test", [FC], "灰指甲液", "88",
        "购买“七天根治灰指甲”套装，涂抹时小心入眼",
        note="FC: the claim quoted by the seller, then a usage caution")
v2_item("fh-v2-own", "zhixing-edu.test", [FH], "公共营养师课程", "2800",
        "考完就能拥有公共营养师国家职业资格证书",
        note="FH: 拥有 offers the delisted state certificate (广告法 第二十八条)")
v2_item("fh-v2-founded", "zhixing-edu.test", [FH], "公共营养师培训", "2400",
        "成立于2005年专业培训公共营养师国家职业资格证书",
        note="FH: the year dates the school, not a certificate held")
v2_item("trap-fh-v2-delisted", "zhixing-edu.test", N, "婚姻家庭课", "680",
        "婚姻家庭咨询师已从国家职业资格目录中移出，本课程只讲技能",
        note="trap: the delisting told")
v2_item("trap-fh-v2-skill-level", "zhixing-edu.test", N, "理财规划课", "1980",
        "理财规划师职业技能等级证书，经人社部备案的评价机构颁发",
        note="trap: the current 职业技能等级 scheme, by a 备案 body")
v2_item("trap-fh-v2-job-ad", "zhixing-edu.test", N, "招聘启事", "0",
        "岗位要求：具备公共营养师国家职业资格证书者优先",
        note="trap: a job ad asks for a certificate held")
v2_item("trap-fc-v2-inspection", "jiayi-shoes.test", N, "二手球鞋", "899",
        "验货不过全额退款，运费我们出",
        note="trap: a failed authenticity check refunded, no exam")
v2_item("trap-fc-v2-car-check", "huaxin-lamp.test", N, "车辆年审代办", "200",
        "代办车辆年审，年审没过退全款",
        note="trap: a car inspection, not an exam (广告法 第二十四条 is about education)")
v2_item("trap-fc-v2-permit", "huaxin-lamp.test", N, "卫生许可证代办", "1500",
        "代办卫生许可证，拿不到证全额退",
        note="trap: an agency's permit refunded if not issued, no exam")
v2_item("trap-fc-v2-but-limit", "huaxin-lamp.test", N, "落地灯", "229",
        "七天无理由退货，不过退全款仅限商品完好",
        note="trap: 不过 is 'but' before a limit of the refund")
v2_item("trap-fc-v2-but-postage", "huaxin-lamp.test", N, "床头灯", "89",
        "支持退换，不过全额退款的运费需买家自付",
        note="trap: 不过 is 'but' before who pays the postage")

# ---- (u2) study of corpus12's open parts (issue #15, corpus12 study round), claims, reviews and honours: a
# condition named in buyers' words then cured in the trade's (都能治, 断根, 两个疗程见效); the goods said to beat
# medicine; a wound healed, hair regrown, dialysis cut or fat dissolved by ordinary goods; a claim asked or
# called a rumour, not made; the words 驰名商标 named and forbidden; a paid review's steps on two lines;
# customs said to vouch for genuine goods; an authorisation to
# retail 官换机.  Each in words other than corpus12's pages.
def u2_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/u2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


u2_item("fc-u2-cough-root", "qingchuan-honey.test", [FC], "灵芝孢子粉", "298",
        "气管不好、老咳嗽的长辈，连吃三周，咳嗽就除根了",
        note="FC: a cough rooted out by a food (广告法 第十七条; 食品安全法 第七十三条)")
u2_item("fc-u2-cold-hands-course", "qingchuan-honey.test", [FC], "红枣桂圆茶", "59",
        "手脚冰冷、贫血的女生喝两个疗程见效",
        note="FC: conditions said to yield within a course of an ordinary food")
u2_item("fc-u2-hair-together", "haoyun-home.test", [FC], "首乌洗发皂", "39",
        "掉发、斑秃一起医好，洗完头皮清爽",
        note="FC: baldness cured by a soap (广告法 第十七条; 化妆品 may not claim treatment)")
u2_item("trap-fc-u2-healing-slang", "haoyun-home.test", N, "热可可粉", "45",
        "手脚冰凉的冬夜，一杯热可可都能治愈你",
        note="trap: 治愈你 is slang for comfort, no condition treated")
u2_item("trap-fc-u2-asked", "qingchuan-honey.test", N, "粉丝问答", "0",
        "粉丝问：贫血的人喝蜂蜜能补回来吗？",
        note="trap: a buyer's question, unanswered here; no claim made")
u2_item("fc-u2-not-drug", "qingchuan-honey.test", [FC], "蜂胶含片", "168",
        "虽不是药物却胜过药物，嗓子不适含两片",
        note="FC: 不是药物 denies only the label and claims a drug's effect (广告法 第十七条)")
u2_item("fc-u2-beats-medicine", "qingchuan-honey.test", [FC], "猴头菇饼干", "49",
        "调理肠胃，比吃药还灵",
        note="FC: a biscuit said to beat medicine")
u2_item("trap-fc-u2-pillbox", "huaxin-lamp.test", N, "七日分药盒", "19",
        "分格清晰，比吃药时手忙脚乱强多了",
        note="trap: a pill box compared with a muddle, not with medicine")
u2_item("fc-u2-wound", "qingchuan-honey.test", [FC], "鸽子汤料包", "88",
        "术后滋补，促进刀口愈合",
        note="FC: wound healing claimed for a soup pack (广告法 第十七条)")
u2_item("fc-u2-regrow", "haoyun-home.test", [FC], "侧柏叶育发液", "129",
        "坚持一个月，头发长回来",
        note="FC: hair regrowth, a drug's effect (化妆品分类规则: 生发 is not a cosmetic's)")
u2_item("fc-u2-lipolysis", "huaxin-lamp.test", [FC], "微电流瘦脸仪", "399",
        "每天十分钟，溶脂塑形，告别双下巴",
        note="FC: fat dissolved by a home device, a medical-beauty effect")
u2_item("trap-fc-u2-dressing", "kangjian-pharmacy.test", N, "医用水胶体敷料", "35",
        "【适用范围】医用敷料（械备）用于浅表创面护理，促进伤口愈合",
        note="trap: a registered dressing's stated use")
u2_item("trap-fc-u2-new-release", "haoyun-home.test", N, "洗发水新品", "69",
        "新发布的氨基酸洗发水，温和不刺激",
        note="trap: 新发布, not new hair")
u2_item("trap-fc-u2-vinegar-question", "beian-news.test", N, "科普", "0",
        "喝醋真的可以软化血管么？营养师给出了答案",
        note="trap: a headline asks the claim, it does not make it")
u2_item("trap-fc-u2-rumour", "beian-news.test", N, "科普", "0",
        "吃燕窝能治咳嗽纯属谣言",
        note="trap: the claim called a rumour")
u2_item("fc-u2-question-yes", "qingchuan-honey.test", [FC], "艾草贴", "39",
        "能治百病吗？能！祖传秘方",
        note="FC: the question answered yes, the claim made")
u2_item("trap-wm-u2-notice", "beian-news.test", N, "整改通知", "0",
        "“驰名商标”字样不得再印在包装上，请各门店自查",
        note="trap: the ban on the words told (商标法 第十四条第五款)")
u2_item("wm-u2-quality", "haoyun-home.test", [WM], "纯棉四件套", "299",
        "中国驰名商标 品质不能将就",
        note="WM: the words used to sell; 不能将就 is no ban of the words (商标法 第十四条第五款)")
page("ri-u2-two-lines", "haoyun-home.test", "/u2/ri-two-lines.html", [RI],
     item("羽绒枕", "199", "<p>确认收货后打五星+写20字感受，</p><p>截屏私信客服，返现3元</p>"),
     note="RI: the review asked on one line, the screenshot and the cash on the next (电子商务法 第十七条)")
page("trap-ri-u2-follow", "haoyun-home.test", "/u2/ri-follow.html", N,
     item("记忆棉枕", "159", "<p>关注店铺，</p><p>截图发客服领3元无门槛券</p>"),
     note="trap: a shop followed, no review asked")
u2_item("fh-u2-customs", "haoyun-home.test", [FH], "进口羊毛被", "899",
        "海关授权正品直营店，假一罚三",
        note="FH: customs authorises no shop as genuine (广告法 第二十八条)")
u2_item("trap-fh-u2-aeo", "haoyun-home.test", N, "跨境说明", "0",
        "本公司为海关高级认证企业（AEO），所有跨境包裹依法申报查验",
        note="trap: AEO is a real customs certification of an enterprise")
u2_item("fh-u2-refurb", "huaxin-lamp.test", [FH], "iPad 官换机", "2399",
        "本店为官换机授权经销商，支持验机",
        note="FH: no brand authorises anyone to retail 官换机")
u2_item("trap-fh-u2-refurb-explain", "huaxin-lamp.test", N, "选购指南", "0",
        "什么是官换机？官换机是售后更换给用户的整机，本店不售",
        note="trap: 官换机 explained, nothing authorised")

# ---- (w2, CLAIMS) review s29's items C1-C6 (claims.ini, reviews.ini), in words other than the review's: a claim
# said to be no rumour, a pass-or-refund limited to a term, a crackdown or a ban on bad reviews before the shop's
# own paid review, a diet tip of foods that make up iron, a hairline surgery and hair grown after a haircut.
def w2_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/w2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


w2_item("w2_fc-no-rumour", "qingchuan-honey.test", [FC], "红曲米茶", "79",
        "红曲米茶能降血脂，这真不是谣言，回购的人都知道",
        note="FC: the claim asserted as no rumour (广告法 第十七条; 食品安全法 第七十三条)")
w2_item("w2_fc-who-says-rumour", "qingchuan-honey.test", [FC], "苦瓜片", "39",
        "谁说苦瓜片能降血糖是谣言？",
        note="FC: 谁说…是谣言 asks only to assert the claim")
w2_item("w2_trap-fc-rumour-pointer", "beian-news.test", N, "科普", "0",
        "传言喝柠檬水能治痛风，这种说法属于谣传",
        note="trap: the claim reported, then called a rumour in a clause pointing back to it")
w2_item("w2_fc-refund-term", "zhixing-edu.test", [FC], "建造师冲刺营", "1980",
        "建造师冲刺营不过退全款限于本届学员",
        note="FC: a pass guaranteed by a refund, limited to one cohort (广告法 第二十四条第(一)项)")
w2_item("w2_trap-fc-refund-goods", "huaxin-lamp.test", N, "台灯", "129",
        "支持退货，不过全额退款只限于未开封商品",
        note="trap: 不过 is 'but' before the goods' state a refund needs")
w2_item("w2_ri-crackdown-then", "haoyun-home.test", [RI], "乳胶枕", "169",
        "上级部门打击追评返现于是追评返现改为私聊发放",
        note="RI: a crackdown named, then the shop's own paid follow-up review (电子商务法 第十七条)")
w2_item("w2_ri-crackdown-but", "haoyun-home.test", [RI], "蚕丝被", "599",
        "店铺打击刷单但带图好评立返5元不变",
        note="RI: the shop's ban on fake orders, then its own paid photo review after 但")
w2_item("w2_trap-ri-crackdown-list", "beian-news.test", N, "平台通知", "0",
        "通知：平台严查好评返现、晒单有礼及刷单等行为",
        note="trap: a platform's crackdown naming a list of offences")
w2_item("w2_ri-ban-bad-review", "haoyun-home.test", [RI], "记忆棉床垫", "899",
        "不得给中差评带图好评返现6元",
        note="RI: a ban on bad reviews warns no one; the paid good review after it is the shop's")
w2_item("w2_trap-ri-ban-offer", "beian-news.test", N, "商家规范", "0",
        "禁止卖家以好评返现、晒图送礼诱导评价",
        note="trap: the ban reaches the offers it names")
w2_item("w2_trap-fc-diet-tip", "liangpin-food.test", N, "猪肝菠菜汤料", "25",
        "缺铁的人多喝这道汤把铁补回来",
        note="trap: a recipe's diet tip names iron's source; no cure claimed for the goods")
w2_item("w2_fc-diet-goods", "qingchuan-honey.test", [FC], "红枣茶", "49",
        "贫血的女生多喝这款红枣茶就补回来",
        note="FC: the goods themselves said to mend anaemia (食品安全法 第七十一条, 第七十三条)")
w2_item("w2_trap-fc-hairline-surgery", "beian-news.test", N, "医美项目", "0",
        "项目介绍：发际线下移术，适合额头过高者，需面诊评估",
        note="trap: a clinic's surgery described, no goods claim hair growth (医疗广告, not FALSE_CLAIM)")
w2_item("w2_trap-fc-haircut", "haoyun-home.test", N, "理发修剪卡", "199",
        "理发后头发又长出来了？本店修剪卡一年不限次",
        note="trap: hair grown after a haircut, ordinary growth")
w2_item("w2_fc-hair-soap", "haoyun-home.test", [FC], "侧柏生姜洗发皂", "39",
        "侧柏生姜洗发皂，用到第二瓶头发又长出来了",
        note="FC: hair regrown by a soap (化妆品分类规则: 生发 is no cosmetic's effect)")
w2_item("w2_fc-hairline-compare", "haoyun-home.test", [FC], "育发精华", "168",
        "育发精华，涂抹两月效果媲美发际线前移手术",
        note="FC: goods compared with a hairline surgery claim its effect")

# ---- (w2, CLAIMS) lessons of corpus12's held-out third (session 29), in other words than its pages: slimming by
# the goods counted or said to be fast, disease kept out in a figure of speech, a paid review asked as kind words,
# an offer named as an impostor's pretext, dried seafood's refusal beside a company name holding 海鲜.
w2_item("w2_fc-slim-count", "qingchuan-honey.test", [FC], "白芸豆压片糖果", "89",
        "饭前两片，十天瘦了八斤，不用节食",
        note="FC: weight lost claimed for a candy (食品安全法 第七十三条; 广告法 第二十八条)")
w2_item("w2_fc-slim-fast", "qingchuan-honey.test", [FC], "纤体果蔬粉", "69",
        "一天一袋，掉秤超快，肚腩肉眼可见变小",
        note="FC: fast weight loss claimed for a food powder")
w2_item("w2_trap-fc-thaw-weight", "haixi-seafood.test", N, "冷冻白虾 2kg", "158",
        "有些商家包冰很厚，化冻后掉秤明显；本店净重足称",
        note="trap: seafood's ice glaze loses weight, no body slims")
w2_item("w2_trap-fc-looks-slim", "yunduo-fushi.test", N, "高腰直筒裤", "129",
        "垂感面料，上身显瘦10斤",
        note="trap: clothes that look slimming, no weight lost")
w2_item("w2_fc-disease-out", "qingchuan-honey.test", [FC], "灵芝孢子油", "468",
        "全家每天一粒，把疾病挡在门外",
        note="FC: disease prevention promised in a figure of speech (广告法 第十七条)")
w2_item("w2_ri-kind-words", "haoyun-home.test", [RI], "视频会员周卡", "9.9",
        "开通后写几句好话，发截图给客服加送2天会员",
        note="RI: a review asked as kind words and paid in days of membership (电子商务法 第十七条)")
w2_item("w2_trap-ri-pretext", "beian-news.test", N, "防骗提醒", "0",
        "有人假扮店铺客服，以晒单返红包为名骗取验证码，请勿相信",
        note="trap: the offer is an impostor's pretext, told to warn buyers")
page("w2_rr-dried-seafood", "haixi-seafood.test", "/w2/rr-dried-seafood.html", [RR],
     item("淡干虾皮 500g", "45", "<p>售后：海产干货为特殊商品，拆封后不支持七天无理由退货</p><p>出品：舟山海鲜干货商行</p>"),
     note="RR: dried, sealed seafood is no 鲜活易腐 good; 海鲜 in the seller's name exempts nothing (消费者权益保护法 第二十五条)")

# ---- (x2) study of corpus13's open parts d, e, f (session 29), claims, reviews, returns and a price fact: a
# decision that rests with a consulate or an employer sold as certain (出签, 录用); a crop's yield guaranteed
# with a floor or a loss made good; the whole price paid back for a review, the review's words handed out, and
# a fake-order service's jargon; goods fitted beyond inspection (no longer 完好) refused a return; a gift's
# worth (价值 ¥N) that made a second item and hid a page's price history.  Each in words other than corpus13's.
auto_site("lvtu-travel.test", "旅途旅行", "沪", trade="旅游咨询")
auto_site("fengshou-nongzi.test", "丰收农资", "豫", trade="农资")


def x2_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/x2/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


x2_item("fc-x2-visa", "lvtu-travel.test", [FC], "日本单次旅游签证", "680",
        "材料我们来准备，保证出签，三个工作日拿护照。",
        note="FC: a consulate's decision guaranteed (广告法 第二十八条)")
x2_item("trap-fc-x2-visa-no", "lvtu-travel.test", N, "申根旅游签证", "1180",
        "签证结果由使馆决定，本社不保证出签，拒签只退服务费。",
        note="trap: the guarantee refused; a refund of the fee is no promise of the visa")
x2_item("fc-x2-job", "zhixing-edu.test", [FC], "银行校招冲刺营", "5800",
        "内部渠道推荐，学完包录用，名额有限。",
        note="FC: a post filled by the employer's own recruitment guaranteed (广告法 第二十八条, 第二十四条(一))")
x2_item("trap-fc-x2-job-employer", "zhixing-edu.test", N, "招聘：课程顾问", "0",
        "我们保证入职当天缴纳五险一金，试用期三个月。",
        note="trap: an employer's pledge about its own job")
x2_item("fc-x2-seed-loss", "fengshou-nongzi.test", [FC], "杂交水稻种", "38",
        "抗病高产，签合同，歉收全赔。",
        note="FC: a yield loss made good (广告法 第二十七条)")
x2_item("fc-x2-fertiliser", "fengshou-nongzi.test", [FC], "生物有机肥", "85",
        "土壤改良，施了就增产，老农都说好。",
        note="FC: a fertiliser's yield said to follow (广告法 第二十八条)")
x2_item("trap-fc-x2-seed-law", "fengshou-nongzi.test", N, "玉米种", "26",
        "因种子质量问题导致减产的，经鉴定后我们依法赔偿。",
        note="trap: the seller's statutory liability for a defect (种子法 第四十五条)")
x2_item("ri-x2-full-refund", "haoyun-home.test", [RI], "真丝眼罩", "69",
        "确认收货后五星评价带三张图，客服核对后退回实付款。",
        note="RI: the whole price paid back for a review (电子商务法 第十七条)")
x2_item("ri-x2-template", "haoyun-home.test", [RI], "香薰蜡烛", "49",
        "不知道怎么写评价？找客服领取评价模板，复制粘贴即可。",
        note="RI: the review's words handed out by the seller (电子商务法 第十七条)")
x2_item("ri-x2-service", "beian-news.test", [RI], "新店代运营", "1999",
        "新品破零：S单任务每天三十单，真实物流，次日出评。",
        note="RI: a fake-order service in the trade's jargon (反不正当竞争法 第八条第二款)")
x2_item("trap-ri-x2-reship", "haoyun-home.test", N, "售后说明", "0",
        "少发漏发请联系客服，核实后安排补单发货。",
        note="trap: 补单 is a re-shipped order")
x2_item("trap-rr-x2-cut", "huaxin-lamp.test", N, "无纺布墙纸", "128",
        "墙纸一经裁切即不完好，不支持七天无理由退货；未裁开的整卷签收七天内可退。",
        note="trap: goods cut to fit are not 完好; untouched rolls keep the right")
x2_item("rr-x2-also-untouched", "huaxin-lamp.test", [RR], "实木复合地板", "238",
        "已铺装的地板不支持退货，未拆包的也不支持七天无理由退货。",
        note="RR: the untouched goods refused too (消费者权益保护法 第二十五条)")
page("fop-x2-gift-worth", "haoyun-home.test", "/x2/goods/purifier-9.html", [FP_],
     item("空气净化器", 699, "<p>下单再送价值 ¥89 的替换滤网一片。</p>", orig=1599),
     note="FOP: 原价 1599 while sold at 699 two days before; the gift's worth is no second item")
HISTORY.append(dict(slug="fop-x2-gift-worth-seen1", url="http://haoyun-home.test/x2/goods/purifier-9.html",
                    days=2, html=render("haoyun-home.test", item("空气净化器", 699, "<p>滤网常备。</p>")),
                    enc="utf-8"))

# ---- (x1) lessons of corpus13's open parts, goods and honours (issue #15, corpus13 study round, session 29):
# each class of a miss with pages in other words than the corpus13 page and look-alike traps (a jammer by what it
# jams; an e-bike's limiter removed; answers sent while the exam runs; supporting papers made to order; a state
# certificate without its exam; a protected animal after the live word; drugs barred from food animals; seed
# without variety approval; a covert camera or bug with the target unaware; vet vaccines outside the channel;
# a ghost-writing team; a refusal list closed by 等; a question reported; 公安部特供; a hotel beyond five stars)
def x1_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/x1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


x1_item("pg-x1-jam-nav", "hengtong-auto.test", [PG], "车载隐私保护器 USB款", "268",
        "通电后可干扰GPS和北斗信号，车队后台看不到车辆位置。",
        note="PG: a jammer told by what it jams (无线电管理条例 2016)")
x1_item("pg-x1-jam-radar", "hengtong-auto.test", [PG], "高速伴侣 升级版", "459",
        "一键屏蔽测速，路上再不怕拍。",
        note="PG: a speed-radar jammer told by what it blocks")
x1_item("trap-x1-faraday-pouch", "hengtong-auto.test", N, "车钥匙防盗收纳盒", "39",
        "屏蔽信号的金属收纳盒，防止无钥匙进入被中继盗车。",
        note="trap: a passive shielding box for a car key")
x1_item("trap-x1-mount-immune", "hengtong-auto.test", N, "磁吸手机支架", "49",
        "强磁吸附，实测不干扰GPS导航信号。",
        note="trap: a mount said not to disturb GPS")
x1_item("pg-x1-speed-wire", "qingshan-bike.test", [PG], "电动车提速套件", "98",
        "教程附图：剪断限速线后配大功率电机，速度翻倍。",
        note="PG: an e-bike's limiter wire cut (GB 17761-2018; local e-bike rules)")
x1_item("pg-x1-speed-flash", "qingshan-bike.test", [PG], "控制器刷写服务", "50",
        "远程帮你解除限速，新国标电动车都能刷。",
        note="PG: an e-bike's speed limit removed as a service")
x1_item("trap-x1-speed-sign", "qingshan-bike.test", N, "交通标志贴纸套装", "25",
        "含解除限速标志、让行标志等二十种，儿童认知用。",
        note="trap: the road sign 解除限速")
x1_item("trap-x1-speed-refused", "qingshan-bike.test", N, "新国标锂电电动自行车", "2699",
        "最高车速25km/h，出厂限速，本店不提供解除限速服务。",
        note="trap: the limiter kept and its removal refused")
x1_item("pg-x1-exam-live", "zhixing-edu.test", [PG], "职称英语 冲刺群", "199",
        "考试期间通过耳机实时传送选择题答案，群内名额有限。",
        note="PG: answers sent during the exam (刑法 第二百八十四条之一)")
x1_item("trap-x1-exam-rule", "zhixing-edu.test", N, "考场须知", "0",
        "考试期间严禁传递答案，违者按作弊处理。",
        note="trap: an exam rule forbidding it")
x1_item("trap-x1-exam-after", "zhixing-edu.test", N, "真题解析课", "49",
        "考后当天晚上直播讲解答案和评分标准。",
        note="trap: answers explained after the exam")
x1_item("pg-x1-papers", "zhixing-edu.test", [PG], "签证材料一条龙", "880",
        "存款证明可以代做，余额随意，盖章齐全。",
        note="PG: a made-up deposit certificate (刑法 第二百八十条)")
x1_item("pg-x1-statement", "zhixing-edu.test", [PG], "贷款资料包装", "600",
        "帮做银行流水，半年记录，审核一次过。",
        note="PG: a bank statement made to order")
x1_item("trap-x1-papers-list", "zhixing-edu.test", N, "签证材料清单", "0",
        "需提供在职证明（由单位开具并加盖公章）、近六个月银行流水。",
        note="trap: a visa checklist asks for the papers")
x1_item("trap-x1-papers-template", "zhixing-edu.test", N, "文书模板合集", "9.9",
        "在职证明制作模板、请假条范本共30份，可编辑。",
        note="trap: a template for the employer to fill")
x1_item("pg-x1-cert-noexam", "zhixing-edu.test", [PG], "叉车证 加急", "1500",
        "无需培训，半个月拿证，网上可查。",
        note="PG: a 特种作业 certificate without its training (刑法 第二百八十条)")
x1_item("pg-x1-health-cert", "zhixing-edu.test", [PG], "健康证代办", "120",
        "免体检，次日发电子版。",
        note="PG: a health certificate without its medical")
x1_item("trap-x1-cert-course", "zhixing-edu.test", N, "低压电工证培训班", "1280",
        "理论加实操培训，考试合格后由应急管理部门发证。",
        note="trap: a course whose certificate follows the exam")
x1_item("pg-x1-owl-live", "haitang-pets.test", [PG], "萌宠鸟 手养亲人", "3200",
        "已开食，会站手，品种为雕鸮，包顺丰。",
        note="PG: a protected owl sold alive, the live word first (野生动物保护法 第二十八条)")
x1_item("trap-x1-kiwi-seedling", "baicao-garden.test", N, "红心猕猴桃苗 嫁接", "15",
        "包活包结果，当年栽种次年挂果。",
        note="trap: a kiwi seedling, 包活 of a plant")
x1_item("trap-x1-bird-food", "haitang-pets.test", N, "鹦鹉幼鸟奶粉", "58",
        "幼鸟饲料通用款，适合灰鹦鹉、金刚鹦鹉等大型鹦鹉。",
        note="trap: food for the birds, no bird sold")
x1_item("pg-x1-fish-drug", "lanwan-fish.test", [PG], "特效渔药 水产专用", "36",
        "内含呋喃唑酮，烂鳃肠炎全池泼洒一次见效。",
        note="PG: a nitrofuran for a pond (农业农村部 公告 第250号)")
x1_item("pg-x1-feed-agonist", "shanjia-farm.test", [PG], "育肥宝 预混料", "180",
        "出栏前拌料两周，肉色鲜红；主要成分是沙丁胺醇。",
        note="PG: a β-agonist in pig feed (农业部 公告 第176号)")
x1_item("trap-x1-human-drug", "kangjian-pharmacy.test", N, "氯霉素滴眼液 8ml", "6.5",
        "用于结膜炎、沙眼，一日三至五次。",
        note="trap: a human eye drop, no food animal")
x1_item("trap-x1-feed-clean", "shanjia-farm.test", N, "猪用全价饲料", "150",
        "饲料不含克伦特罗等禁用物质，每批附检测报告。",
        note="trap: a feed said to be free of it")
x1_item("pg-x1-seed-unapproved", "zhongyuan-seed.test", [PG], "高产水稻种子 新品系", "30",
        "未经审定的试验品种，自家繁育散装发货，亩产高。",
        note="PG: seed sold without variety approval (种子法)")
x1_item("trap-x1-seed-approved", "zhongyuan-seed.test", N, "郑单958 玉米种子", "25",
        "已通过国家审定，审定编号见包装，原厂包装带标签。",
        note="trap: an approved variety")
x1_item("trap-x1-non-gm", "heyuan-rice.test", N, "东北非转基因大豆 散装", "8",
        "农家自种大豆，非转基因，散装称重。",
        note="trap: 非转基因 soybeans as food")
x1_item("pg-x1-cam-unaware", "xingchen-digital.test", [PG], "迷你无线摄像头 4K", "179",
        "体积小可放在书架缝隙。\n远程实时观看，对方根本察觉不到。",
        note="PG: a camera with the target unaware (令第72号 2014)")
x1_item("pg-x1-bug-wall", "xingchen-digital.test", [PG], "高灵敏拾音器 迷你款", "299",
        "贴墙就能听清隔壁的谈话，可录音。",
        note="PG: hearing the next room through the wall with a listening device")
x1_item("trap-x1-dashcam", "hengtong-auto.test", N, "隐藏式行车记录仪", "399",
        "镜头藏在后视镜后面，外观原车风格，别人发现不了加装。",
        note="trap: a hidden dash cam, no person watched")
x1_item("trap-x1-wall-soundproof", "qinghe-home.test", N, "隔音棉 自粘款", "35",
        "老房子隔壁说话都能听到？贴上这款就安静了。",
        note="trap: soundproofing, no device")
x1_item("pg-x1-vet-vaccine", "haitang-pets.test", [PG], "犬四联 进口", "75",
        "港货犬用疫苗，附注射器，自己在家打省钱。",
        note="PG: a pet vaccine bought abroad for home injection (兽药管理条例 第四十七条)")
x1_item("trap-x1-vet-vaccine-clinic", "haitang-pets.test", N, "猫咪疫苗接种套餐", "260",
        "到店由执业兽医接种，疫苗切勿自己在家打。",
        note="trap: a clinic's vaccination, home injection warned against")
x1_item("pg-x1-ghostwriter", "zhixing-edu.test", [PG], "硕士学位论文辅导", "8800",
        "从开题到终稿，签约枪手一对一完成。",
        note="PG: a thesis by a hired ghostwriter (学位法)")
x1_item("trap-x1-writing-course", "zhixing-edu.test", N, "论文写作课", "399",
        "教你选题和文献综述，老师不接代笔。",
        note="trap: a writing course refusing ghost-writing")
x1_item("trap-x1-refusal-list", "chuxin-toys.test", N, "益智磁力片", "89",
        "本店不售电击器、仿真枪、管制刀具、弩等危险物品，请放心选购。",
        note="trap: a refusal over a list closed by 等")
x1_item("trap-x1-asked", "zhixing-edu.test", N, "本店声明", "0",
        "经常有考生打听“考前答案”“作弊耳机”。本店只做正规辅导。",
        note="trap: what buyers asked about, in quotes")
x1_item("fh-x1-police-supply", "xingchen-digital.test", [FH], "警用级对讲机", "599",
        "公安专供品牌，质量过硬。",
        note="FH: a police-ministry supply claim (广告法 第九条第(二)项)")
x1_item("fh-x1-hotel-stars", "yuanye-camp.test", [FH], "湖畔度假套餐", "1288",
        "入住八星级湖景酒店两晚，含双早。",
        note="FH: a hotel star rating beyond five (GB/T 14308)")
x1_item("trap-x1-five-star", "yuanye-camp.test", N, "海景度假套餐", "1588",
        "入住五星级酒店两晚，含双早。",
        note="trap: a five-star hotel, a real rating")


x1_item("trap-x1-scale-model", "chuxin-toys.test", N, "合金坦克模型 收藏款", "268",
        "按1:1 实物比例缩小还原的静态展示模型，细节丰富。",
        note="trap: a scale model, no trademark copied")
x1_item("trap-x1-one-to-one", "zhixing-edu.test", N, "雅思口语课", "1999",
        "外教1:1辅导，每周三次。",
        note="trap: one-to-one teaching")
x1_item("trap-x1-dilution", "bairui-clean.test", N, "除垢剂 500ml", "18",
        "使用前按 1:1 清水稀释，喷洒后静置五分钟。",
        note="trap: a dilution")
x1_item("ct-x1-copy-ratio", "jiayi-shoes.test", [CT], "经典帆布鞋", "129",
        "鞋型按正品 1:1 复刻，鞋盒吊牌齐。",
        note="CT: a copy made 1:1 to the genuine article (商标法 第五十七条)")
x1_item("ct-x1-with-label", "xingyue-parts.test", [CT], "机油滤芯", "35",
        "高仿原厂件，配盒子+防伪卡，修理厂都认。",
        note="CT: a copy with its anti-counterfeit card supplied")
x1_item("trap-x1-check-label", "xingyue-parts.test", N, "原厂机油滤芯", "58",
        "谨防仿冒，请认准包装上的防伪标并扫码查询。",
        note="trap: a warning with the anti-counterfeit label")
x1_item("trap-x1-best-season", "yuanye-camp.test", N, "观星露营套餐", "680",
        "每年9月到11月为最佳观星季，晴夜多。",
        note="trap: 最佳 of a season to go, a tip")
x1_item("trap-x1-best-period", "lvye-nongzi.test", N, "水溶肥 10kg", "96",
        "最佳追施时期为开花前后。",
        note="trap: 最佳 of a period of use")
x1_item("trap-x1-best-held", "qinghe-home.test", N, "实木餐桌保养说明", "0",
        "室内温度保持在 18-25℃ 最佳，避免暖气直吹。",
        note="trap: a setting held at a value, a care tip")
x1_item("at-x1-best-claim", "qinghe-home.test", [AT], "实木餐桌", "3999",
        "同价位最佳的北美黑胡桃餐桌。",
        note="AT: 最佳 over a field (广告法 第九条第三项)")

# ---- (w1) mends of review s29 (issue #15) in goods, marks, honours and the licence reader, in words other than
# the review's: a verdict denied before its copula (不算违规, 构不成犯罪) clears no offer; a rival's tells or the
# brand-site step excuse only their own clause and the copies named before them; a third-class precursor with a
# controlled chemical named beside it; own call recording beside a hidden pick-up; 驰名商标 before the goods it
# promotes and a ban on them; a sold spot called the seller's own; a course that yields a delisted certificate;
# customs' certification of the enterprise, a bicycle's child cushion, a card topped up, a software edition and
# a version upgraded to; a licence label whose own cell holds its code, with an order number in the next cell.
def w1_item(slug, host, codes, name, price, desc, note):
    page(slug, host, f"/w1/{slug}.html", codes, item(name, price, f"<p>{desc}</p>"), note=note)


w1_item("pg-w1-not-breach", "haoyun-home.test", [PG], "气动模型", "680",
        "气动仿真枪现货，卖这个根本不算违规",
        note="PG: the verdict denied (不算违规) disowns nothing; the offer stands (枪支管理法)")
w1_item("pg-w1-no-crime", "haoyun-home.test", [PG], "户外刀具", "99",
        "弹簧刀批发 买卖弹簧刀构不成犯罪",
        note="PG: a crime denied is the seller's reassurance, no report (管制刀具认定标准)")
w1_item("pg-w1-not-unlawful", "haoyun-home.test", [PG], "户外刀具", "129",
        "三棱刺出售，并不是违法的东西",
        note="PG: 并不是违法 denies the verdict before its copula")
w1_item("trap-w1-verdict-told", "haoyun-home.test", N, "厨房刀具", "89",
        "网上售卖弹簧刀属于违法行为，本店只卖厨具",
        note="trap: the trade called unlawful, the shop's own goods lawful")
w1_item("ct-w1-rival-tells", "jiayi-shoes.test", [CT], "休闲板鞋", "199",
        "别的店鞋底溢胶明显，本店高仿鞋做工干净",
        note="CT: a rival's tells in one clause, the shop's own copies in the next (商标法 第五十七条)")
w1_item("ct-w1-site-then-offer", "jiayi-shoes.test", [CT], "机械腕表", "1280",
        "收到后再登录官网比对序列号，小店高仿表做工一流",
        note="CT: the site-check step, then the copy offer in the next clause")
w1_item("trap-w1-so-called-tells", "jiayi-shoes.test", N, "验包指南", "0",
        "所谓“原单”包包，拉链内侧字距不一",
        note="trap: so-called copies named, then their tell in the next clause")
w1_item("pg-w1-precursor-beside", "kangjian-pharmacy.test", [PG], "化工原料", "45",
        "甲苯、氯酸钾 都是第三类易制毒，散户也能下单",
        note="PG: an explosive precursor named beside a third-class one, sold without checks (危险化学品安全管理条例)")
w1_item("trap-w1-acid-household", "kangjian-pharmacy.test", N, "稀硫酸 500ml", "16",
        "硫酸属于第三类易制毒化学品，个人可以少量购买用于电瓶补液",
        note="trap: a third-class precursor alone, bought by a household")
w1_item("pg-w1-record-then-bug", "haoyun-home.test", [PG], "智能插座", "159",
        "支持来电录音，拾音器藏进插座里，对方毫不知情",
        note="PG: own call recording, then a pick-up hidden in a socket (工商总局令第72号 第三条)")
w1_item("trap-w1-outgoing-record", "haoyun-home.test", N, "老人手机", "299",
        "去电自动录音，对面完全察觉不到",
        note="trap: one's own outgoing calls recorded")
w1_item("wm-w1-fabric-care", "yunduo-fushi.test", [WM], "羊绒大衣", "1299",
        "驰名商标面料不可用洗衣机洗",
        note="WM: 驰名商标 promotes the fabric; the ban is a washing instruction (商标法 第十四条第五款)")
w1_item("trap-w1-words-banned", "yunduo-fushi.test", N, "商标知识", "0",
        "驰名商标绝对不准随便标",
        note="trap: the words forbidden, with a word of degree between")
w1_item("at-w1-own-campsite", "huaxin-lamp.test", [AT], "营位预订", "160",
        "我们营地号称安吉最佳露营地就在竹海边",
        note="AT: the sold spot called the seller's own before 最佳 (广告法 第九条第三项)")
w1_item("trap-w1-campsite-tip", "huaxin-lamp.test", N, "双人帐篷", "259",
        "安吉最佳露营地就在竹海边，周末可带上这款帐篷",
        note="trap: a spot named as a tip with its place")
w1_item("fh-w1-course-yields", "zhixing-edu.test", [FH], "理财规划课", "2600",
        "报名后轻松具备理财规划师国家职业资格",
        note="FH: the course said to yield a delisted state certificate (广告法 第二十八条)")
w1_item("trap-w1-staff-hold", "zhixing-edu.test", N, "营养咨询", "300",
        "门店营养顾问具有公共营养师国家职业资格证书",
        note="trap: staff said to hold a certificate")
w1_item("trap-w1-aeo", "xingchen-digital.test", N, "进口耳机", "899",
        "本公司是海关高级认证企业 进口正品保障",
        note="trap: customs' AEO certification of the enterprise, the genuine-goods pledge its own")
w1_item("trap-w1-ebike-cushion", "haoyun-home.test", N, "电动车座垫", "69",
        "电瓶车后座宝宝安全坐垫，加厚防滑",
        note="trap: an e-bike's child cushion, no car restraint")
w1_item("trap-w1-card-topup", "xingchen-digital.test", N, "流量充值", "30",
        "物联网卡续费充值，无需登记，几秒到账",
        note="trap: a card topped up, not sold")
w1_item("trap-w1-software-edition", "xingchen-digital.test", N, "财务软件", "3999",
        "财务软件 版本：公司级，支持多用户",
        note="trap: 公司级 as a software edition")
w1_item("trap-w1-os-upgrade", "xingchen-digital.test", N, "学习平板", "1099",
        "平板支持升级至高版本，纯原生系统",
        note="trap: a system version upgraded to, 纯原生 of the system")
page("trap-w1-lic-own-cell", "xingchen-digital.test", "/w1/order-info.html", N,
     f"""<h1>订单信息</h1>
<table><tr><td>执照号：{SITES['xingchen-digital.test'].uscc}</td><td>订单号：202311280098765</td></tr></table>""",
     note="trap: 执照号's own code in its cell; the order number in the next cell is no licence")

# ---- (w1) study of corpus12's held-out parts (issue #15, session 29), goods and the licence reader, in other
# words than corpus12's pages: a banned slimming drug named as an ingredient; software sold with its protection
# broken; tickets fetched by an agent or priced over the face value told in brackets; a 个体工商户's name closed
# by its form right before the code's label.
w1_item("pg-w1-slim-additive", "kangjian-pharmacy.test", [PG, FC], "纤体代餐粉", "168",
        "这款代餐粉含有西布曲明成分，一周瘦五斤",
        note="PG: a banned slimming drug held by the goods (食品安全法 第三十四条; 刑法 第一百四十四条); "
             "FC: a food's weight counted off (一周瘦五斤) is a slimming claim no food may make (广告法 第二十八条)")
w1_item("pg-w1-slim-nickname", "kangjian-pharmacy.test", [PG], "清脂茶", "128",
        "配方里掺了“酚酞”，第二天就排得干净",
        note="PG: phenolphthalein, on the list of substances illegally added to slimming foods")
w1_item("trap-w1-lab-indicator", "kangjian-pharmacy.test", N, "酚酞指示剂 100ml", "26",
        "化学实验用酚酞试剂，滴定终点显色清晰",
        note="trap: a laboratory indicator, no food")
w1_item("trap-w1-additive-found", "kangjian-pharmacy.test", N, "抽检公告", "0",
        "某网店减肥胶囊被检出西布曲明，已下架",
        note="trap: a check that found the drug, nothing sold")
w1_item("pg-w1-cracked-suite", "xingchen-digital.test", [PG], "设计软件套装", "9.9",
        "CAD 2025 破解版 附注册机 远程帮装",
        note="PG: software sold with its protection broken (著作权法 第五十三条; 计算机软件保护条例 第二十四条)")
w1_item("trap-w1-registry-body", "xingchen-digital.test", N, "商标代理", "800",
        "我们与商标注册机构对接，正版授权软件可开票",
        note="trap: 注册机构 is a registration body; a licensed copy")
w1_item("pg-w1-ticket-agent", "huaxin-lamp.test", [PG], "音乐节门票", "2680",
        "音乐节内场票可代抢，正式开票售完照样有票",
        note="PG: tickets fetched by an agent and issued after a sell-out (治安管理处罚法: 倒卖文艺演出票)")
w1_item("pg-w1-ticket-facevalue", "huaxin-lamp.test", [PG], "篮球总决赛 看台票", "3600",
        "￥3,600（票面 ￥980）当天送票",
        note="PG: a match ticket priced with its face value in brackets (倒卖体育比赛入场券)")
w1_item("trap-w1-ticket-transfer", "huaxin-lamp.test", N, "话剧票转让", "180",
        "临时有事，按票面价转让两张，票面 ￥180",
        note="trap: a ticket passed on at its face value")
auto_site("w1-shanzhen.test", "山珍小铺", "川", kind="92")
home("trap-w1-form-before-label", "w1-shanzhen.test", "山珍小铺", "川", N, lic="none",
     extra=f"<p>{SITES['w1-shanzhen.test'].company}统一社会信用代码 {SITES['w1-shanzhen.test'].uscc}</p>",
     note="trap: the holder's name closed by （个体工商户） right before the label; the registry names it")

# (w1) a patent number that cannot be one (FALSE_HONOUR: 广告法 第十二条; 反不正当竞争法 (2025) 第九条): a CNIPA number
# has 12 digits (8 before 2003) before its check character; a well-formed one is no finding.
w1_item("fh-w1-patent-short", "haoyun-home.test", [FH], "折叠晾衣架", "59",
        "晾衣架卡扣专利号：ZL 2021 2 234567.1",
        note="FH: a patent number with 11 digits before its check character cannot exist")
w1_item("trap-w1-patent-ok", "haoyun-home.test", N, "收纳挂钩", "19",
        "挂钩结构专利号：ZL 2021 2 2345678.1",
        note="trap: a well-formed utility-model patent number")

def validate():
    """Consistency of the page list with the labelling policy (README.md)."""
    names, urls = set(), set()
    for p in PAGES:
        assert p["slug"] not in names, p["slug"]
        assert p["url"] not in urls, p["url"]
        names.add(p["slug"])
        urls.add(p["url"])
        assert set(p["codes"]) <= CODES, p["codes"]
        if not is_home(p["url"]):
            assert not set(p["codes"]) & HOME_ONLY, f"{p['slug']}: home-only code on a non-home page"
        if "MARK_MISSING" in p["codes"]:
            assert p["url"].startswith(f"http://{PLATFORM}/shop/"), p["slug"]
        if "ICP_MISSING" in p["codes"]:
            assert PLATFORM not in p["url"], p["slug"]
        if not p["codes"] and not p["note"].startswith(("trap:", "clean")):
            raise AssertionError(f"{p['slug']}: a page without codes must say trap: or clean")


def outputs():
    validate()
    files = {}
    labels = ["# file\turl\tcodes (comma-separated, sorted; - = no finding). Generated by gen.py; see README.md"]
    notes = ["# file\tencoding\tbom\tnote"]
    for i, p in enumerate(PAGES, 1):
        fn = f"{i:03d}-{p['slug']}.html"
        files[os.path.join("pages", fn)] = encode(p)
        labels.append(f"{fn}\t{p['url']}\t{','.join(p['codes']) or '-'}")
        notes.append(f"{fn}\t{p['enc']}\t{'bom' if p['bom'] else '-'}\t{p['note']}")
    hist = ["# file\turl\tdays_before (earlier versions of pages, observed before the scored crawl)"]
    for i, h in enumerate(HISTORY, 1):
        fn = f"{i:03d}-{h['slug']}.html"
        files[os.path.join("history", fn)] = encode(dict(html=h["html"], enc=h["enc"], bom=False))
        hist.append(f"{fn}\t{h['url']}\t{h['days']:g}")
    files["history.tsv"] = ("\n".join(hist) + "\n").encode()
    regl = ["# code\tname\tstatus (the business registry eval imports; see README.md)"]
    for host, site in sorted(SITES.items()):
        r = REGISTRY.get(host, (None, "存续（在营、开业、在册）"))
        if r is not None:
            regl.append(f"{site.uscc}\t{r[0] or site.company}\t{r[1]}")
    regl += [f"{c}\t{n}\t{st}" for c, n, st in REGISTRY_EXTRA]
    files["registry.tsv"] = ("\n".join(regl) + "\n").encode()
    files["labels.tsv"] = ("\n".join(labels) + "\n").encode()
    files["notes.tsv"] = ("\n".join(notes) + "\n").encode()
    return files


def main():
    files = outputs()
    check = "--check" in sys.argv[1:]
    bad = 0
    if not check:
        pages_dir = os.path.join(HERE, "pages")
        os.makedirs(pages_dir, exist_ok=True)
        os.makedirs(os.path.join(HERE, "history"), exist_ok=True)
        for sub in ("pages", "history"):
            for old in os.listdir(os.path.join(HERE, sub)):
                if old.endswith(".html") and os.path.join(sub, old) not in files:
                    os.remove(os.path.join(HERE, sub, old))
    for rel, data in sorted(files.items()):
        path = os.path.join(HERE, rel)
        if check:
            try:
                with open(path, "rb") as f:
                    same = f.read() == data
            except OSError:
                same = False
            if not same:
                print(f"differs: {rel}")
                bad += 1
        else:
            with open(path, "wb") as f:
                f.write(data)
    n = sum(1 for r in files if r.startswith("pages"))
    print(f"{n} pages{' checked' if check else ' written'}; {bad} differ" if check else f"{n} pages written")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
