#!/usr/bin/env python3
"""corpus12/c — digital, virtual, second-hand, luxury and cross-border trade.
Every page below is written by hand; its codes and note are written next to it.
python3 gen.py          rewrites everything
python3 gen.py --check  regenerates into a temp dir and compares byte for byte"""
import os, sys, shutil, tempfile, filecmp
from lib import platform_page, indie_page, encode

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []   # every page, in number order


def page(no, side, name, url, enc, html, codes, note, bom=False, ids=(), hist=()):
    """ids: (code, intended_valid) on the page, for selfcheck; None = present but not displayed.
    hist: (days_before, html) earlier captures of the same URL."""
    PAGES.append(dict(no=no, side=side, name=name, url=url, enc=enc, html=html, codes=codes,
                      note=note, bom=bom, ids=list(ids), hist=list(hist)))


MALL = "http://mall.wangjian.test"
PLAT = ("91330100MA27WJ011R", True)

# registry extract: code, name, status (written by hand)
REGISTRY = [
    ("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续"),
    ("91440304MA5GK7R35R", "深圳市久机数码科技有限公司", "存续"),
    ("91310115MA1HQ8N20G", "上海臻品寄卖商贸有限公司", "存续"),
    ("91440300MA5FW2T984", "深圳前海港购跨境电子商务有限公司", "存续"),
    ("91510107MA6CUQ4X9R", "成都点卡通网络科技有限公司", "存续"),
    ("91410105MA9FKL281U", "郑州畅联通信器材有限公司", "存续"),
    ("91110108MA01XY5R3M", "北京知课优选科技有限公司", "存续"),
    ("91320505MA1MRB7D7D", "苏州软钥信息技术有限公司", "吊销"),
    ("91440106MA59HT3K94", "广州萌盒文化创意有限公司", "存续"),
    ("91330106MA2GD8L01U", "杭州极配电子商务有限公司", "存续"),
    ("91310104MA1FP62WXA", "上海乐票文化传播有限公司", "存续"),
    ("91310106MA1G5RX8XC", "上海奢美二手商品经营有限公司", "经营异常"),
    ("91441900MA53Y0QK31", "东莞雾语电子科技有限公司", "存续"),
    ("91310112MA1K2N7C3K", "上海鉴真检测技术服务有限公司", "存续"),
    ("91320106MA1Y4PL70G", "南京数码官选贸易有限公司", "存续"),
    ("91350128MA2YC8QJXC", "平潭台品代购贸易有限公司", "存续"),
    ("91330201MA2H6WQ1X4", "宁波保税区海直通供应链有限公司", "存续"),
    ("91430104MA4QJ85EXD", "长沙卡米网络科技有限公司", "存续"),
    ("91110105MA04EPT77C", "北京票汇天下文化传媒有限公司", "存续"),
    ("91370202MA3CKN46X9", "青岛联创机械设备有限公司", "存续"),
    ("91420111MA4K9T3BXE", "武汉学而通教育科技有限公司", "存续"),
    ("92420106L2Q83HJA0J", "武汉市武昌区游易网络工作室", "存续"),
]

# ---------------------------------------------------------------- main side
# S1 jiuji-phone.test — ECShop-like 二手/翻新 phone shop, GBK, 深圳福田
JIUJI_FOOT = ('<div id="footer"><table class="foot-info"><tr><td>深圳市久机数码科技有限公司</td>'
              '<td>统一社会信用代码：91440304MA5GK7R35R</td></tr>'
              '<tr><td><a href="https://beian.miit.gov.cn" target="_blank">粤ICP备2021083317号-1</a></td>'
              '<td>粤公网安备 44030402005517号</td></tr>'
              '<tr><td colspan="2">地址：深圳市福田区华强北路赛格广场 17 楼 1716 室 ｜ 客服 0755-8320 5517</td></tr>'
              '</table><p>Powered by ECShop v2.7.3</p></div>')
JIUJI_HEAD = '<link href="themes/default/style.css" rel="stylesheet" type="text/css">'

page(1, "main", "jiuji-home", "http://jiuji-phone.test/", "gbk", indie_page(
    "久机数码 - 华强北二手手机 官换机 99新", "gbk", JIUJI_HEAD,
    '<div id="header"><img src="images/logo.gif" alt="久机数码"><ul class="nav"><li><a href="category.php?id=3">二手苹果</a></li>'
    '<li><a href="category.php?id=4">二手安卓</a></li><li><a href="category.php?id=9">平板/耳机</a></li></ul></div>\n'
    '<div class="banner"><h2>华强北十年老店 · 二手机价格天花板以下的天花板</h2>'
    '<p>同成色同配置，全深圳找不到第二家比我们更低的价格 —— 找到了差价双倍退！</p>'
    '<p>久机验机 68 项检测，出货前逐台拍照。</p></div>\n'
    '<div class="goodsList"><div class="goodsItem"><a href="goods.php?id=88">iPhone 14 Pro 256G 99新</a><br>'
    '<font class="shop_s">￥4,680</font></div><div class="goodsItem"><a href="goods.php?id=91">'
    'Apple 认证翻新 iPhone 13 128G</a><br><font class="shop_s">￥3,399</font></div></div>\n' + JIUJI_FOOT),
    "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 广告法 第九条第三项 — '全深圳找不到第二家比我们更低的价格' is an unprovable 最低价 claim "
    "(the equivalent of 全网最低); '价格天花板' is decoration. Case: 驻马店市市场监管局 2024 网络交易十大典型案例 "
    "(网络营销/虚假宣传 class); no case on 二手手机 最低价 found. Licence and ICP displayed, valid.",
    ids=[("91440304MA5GK7R35R", True)])


def jiuji_item(price, orig):
    return indie_page("iPhone 14 Pro 256G 99新 - 久机数码", "gbk", JIUJI_HEAD,
        '<div id="goodsInfo"><h1>【99新】iPhone 14 Pro 256G 暗紫色 国行 电池 91%%</h1>\n'
        '<ul class="goods-price"><li>本店售价：<font class="shop">￥%s</font></li>'
        '<li>市场价格：<del class="market">￥%s</del></li></ul>\n'
        '<div class="desc"><p>成色：屏幕无划痕，边框轻微使用痕迹；面容正常，无拆无修。</p>'
        '<p>售后说明：二手机为特殊商品，<b>售出后不退不换</b>，仅提供 90 天保修（人为损坏除外）。下单即视为同意。</p>'
        '</div></div>\n' % (price, orig) + JIUJI_FOOT)


page(2, "main", "jiuji-item-14pro", "http://jiuji-phone.test/goods.php?id=88", "gbk",
     jiuji_item("4,680", "7,999"), "FAKE_ORIGINAL_PRICE,RETURN_REFUSED",
     "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — 市场价格 ￥7,999 while captures 2 and 5 days before "
     "show ￥4,680 and ￥4,599. RETURN_REFUSED: 消费者权益保护法 第二十五条 — second-hand phones are not among the four "
     "exemptions; '二手机为特殊商品 售出后不退不换' plus 下单即视为同意 is not a 确认 of a 性质-based exclusion. Case: "
     "海口 2026 二手平台数码店 '国行纯原装正品' iPhone 货不对板 退货纠纷, 法治时报 2026-03-16 (法院判三倍赔偿).",
     ids=[("91440304MA5GK7R35R", True)],
     hist=[(2, jiuji_item("4,680", "7,999")), (5, jiuji_item("4,599", "7,999"))])


def jiuji_refurb(price, orig):
    return indie_page("Apple 认证翻新 iPhone 13 128G - 久机数码", "gbk", JIUJI_HEAD,
        '<div id="goodsInfo"><h1>Apple 官方认证翻新 iPhone 13 128G（翻新机，非全新机）</h1>\n'
        '<ul class="goods-price"><li>本店售价：<font class="shop">￥%s</font></li>'
        '<li>原价：<del class="market">￥%s</del></li></ul>\n'
        '<div class="desc"><p>本机来自 Apple 官方翻新计划，外包装为白色翻新盒，序列号可在官网查询保修状态，享一年有限保修。</p>'
        '<p>注意：官换机是售后置换机，不对外零售；市面上自称"全新官换机"的请谨慎。本机明确为<b>认证翻新机</b>。</p>'
        '<p>支持七天无理由退货（配件齐全、未激活 ID 锁）。</p></div></div>\n' % (price, orig) + JIUJI_FOOT)


page(3, "main", "jiuji-item-refurb13", "http://jiuji-phone.test/goods.php?id=91", "gbk",
     jiuji_refurb("3,399", "3,699"), "-",
     "trap: 官方认证翻新 programme sold and labelled as 翻新机 (not passed off as new); the page warns that 官换机 are "
     "not retailed — advice, not a claim. 原价 ￥3,699 equals the lowest price in captures 3 and 6 days before "
     "(￥3,699 both), so not above it (明码标价和禁止价格欺诈规定 第十六条); the ￥3,299 capture is 9 days old, outside "
     "the 7-day window. 七天无理由 is granted.",
     ids=[("91440304MA5GK7R35R", True)],
     hist=[(3, jiuji_refurb("3,699", "3,699")), (6, jiuji_refurb("3,699", "3,699")),
           (9, jiuji_refurb("3,299", "3,699"))])

page(4, "main", "jiuji-article-kuorong", "http://jiuji-phone.test/article.php?id=12", "gbk", indie_page(
    "教你三招识别扩容机、高仿机 - 久机数码", "gbk", JIUJI_HEAD,
    '<div class="article"><h1>买二手机避坑：三招识别扩容机、高仿机、翻新冒充新机</h1>\n'
    '<p>1. 扩容机：商家把 128G 刷成 512G 显示。拷一个超过 130G 的大文件再读回来，报错就是扩容。</p>\n'
    '<p>2. 高仿机：外观和 iPhone 一样，系统是安卓改的。去"设置-通用-关于本机"查序列号，再到 Apple 官网核对。</p>\n'
    '<p>3. 翻新冒充新机：包装塑封松、盒子防伪标平面印刷。2025 年 3 月深圳福田监管局对华强北翻新机流入"百亿补贴"一事发了通报，买到这种机器可以主张退一赔三。</p>\n'
    '<p>本店不收、不卖扩容机和高仿机。</p></div>\n' + JIUJI_FOOT),
    "-",
    "trap: consumer advice explaining how to spot 扩容机/高仿机 and citing the 2025 深圳市市场监管局福田监管局 通报 on "
    "翻新机 in 百亿补贴 (法治日报 2025-03-23); 高仿 appears as a warning and in '不收、不卖' — no offer of "
    "counterfeits (商标法 第五十七条 needs a sale). Not a home page.",
    ids=[("91440304MA5GK7R35R", True)])

page(71, "main", "jiuji-item-cable", "http://jiuji-phone.test/goods.php?id=130", "gbk", indie_page(
    "久充 快充数据线 - 久机数码", "gbk", JIUJI_HEAD,
    '<div id="goodsInfo"><h1>久充 60W 快充数据线 1.5 米 编织款</h1>\n'
    '<ul class="goods-price"><li>本店售价：<font class="shop">￥19.90</font></li></ul>\n'
    '<div class="desc"><p>久机自有品牌，不是原装、不是“原厂同款”，兼容主流快充协议。</p>'
    '<p>“久充”商标已被认定为&#39536;名商标，品质有保障，买二送一。</p>'
    '<p>支持七天无理由退货。</p></div></div>\n' + JIUJI_FOOT),
    "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '商标已被认定为驰名商标' in a product page, with 驰 written as the "
    "numeric character reference &#39536; (displayed as 驰). '不是原装、不是原厂同款' is a negation (no counterfeit "
    "offer). no case found. Licence/ICP in footer, valid.",
    ids=[("91440304MA5GK7R35R", True)])

# S2 lux-jishou.test — 二手奢侈品寄卖, GB18030 (鉴定师 names with 䶮/𠮷), 上海浦东
LUX_HEAD = '<link rel="stylesheet" href="/static/jishou.css">'
LUX_FOOT = ('<footer class="lux-foot"><p>上海臻品寄卖商贸有限公司 ｜ 沪ICP备2022016644号-2 ｜ 沪公网安备 31011502019876号</p>'
            '<p>门店：上海市浦东新区陆家嘴环路 1288 号 B1 ｜ 首席鉴定师 王䶮 ｜ 寄卖热线 021-5081 3377</p></footer>')

page(5, "main", "lux-home", "http://lux-jishou.test/", "gb18030", indie_page(
    "臻品寄卖 — 二手奢侈品寄卖 鉴定 回收", "gb18030", LUX_HEAD,
    '<header><h1>臻品寄卖</h1><nav><a href="/consign">我要寄卖</a> <a href="/bags">包袋</a> <a href="/watch">腕表</a></nav></header>\n'
    '<section class="about"><p>寄卖流程：预约 → 鉴定 → 定价 → 上架 → 成交结算（佣金 12%–18%）。</p></section>\n'
    '<section class="lic"><h3>经营者信息</h3><dl><dt>企业名称</dt><dd>上海臻品寄卖商贸有限公司</dd>'
    '<dt>统一社会信用代码</dt><dd>91310115MA1HQ8N20P</dd><dt>经营范围</dt><dd>二手商品经营；寄卖服务</dd></dl></section>\n'
    + LUX_FOOT),
    "LICENSE_INVALID",
    "LICENSE_INVALID: GB 32100-2015 — displayed 91310115MA1HQ8N20P fails the check character (valid would end G); "
    "电子商务法 第十五条 false display. No case found for this exact error. ICP valid (沪).",
    ids=[("91310115MA1HQ8N20P", False)])

page(6, "main", "lux-item-bag", "http://lux-jishou.test/bags/2231.html", "gb18030", indie_page(
    "经典老花 Neverfull 中号 — 臻品寄卖", "gb18030", LUX_HEAD,
    '<article class="item"><h1>老花托特 Neverfull 中号（对版）</h1>\n'
    '<p class="price">寄卖价 ￥2,380</p>\n'
    '<ul><li>版本：公司级，进口原厂皮，五金刻字对版，和专柜放一起看不出</li>'
    '<li>配件：防尘袋、小票、身份卡，全套包装</li><li>鉴定师 𠮷田 亲自挑货</li></ul>\n'
    '<p class="notice">温馨提示：奢侈品一经售出概不退换，介意勿拍。</p></article>\n' + LUX_FOOT),
    "COUNTERFEIT_TERM,RETURN_REFUSED",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '公司级 / 原厂皮 / 对版 / 和专柜放一起看不出' is counterfeit-trade jargon for "
    "a copy of a branded bag at a fraction of the price (no listed word like 高仿 appears). RETURN_REFUSED: 消费者权益保护法 "
    "第二十五条 — luxury bags are not exempt. Case: no single case found; the kind follows 市场监管总局 2025 '守护消费'铁拳行动 "
    "商标侵权 cases.",
    ids=[])

page(7, "main", "lux-jianding-guide", "http://lux-jishou.test/guide/jianding.html", "gb18030", indie_page(
    "高仿包的五个破绽 — 臻品鉴定课堂", "gb18030", LUX_HEAD,
    '<article><h1>鉴定课堂：高仿包常见的五个破绽</h1>\n'
    '<ol><li>走线：正品每条边的针数固定，A货和所谓"1:1"常常多一两针。</li>'
    '<li>五金刻字：仿品字体偏粗，"复刻"货刻字边缘有毛刺。</li><li>皮料气味：原厂涂层皮没有刺鼻胶味。</li>'
    '<li>日期码：位置与年份对应，仿品常乱打。</li><li>价格：低于二手行情一半的"原单"基本不可能是真的。</li></ol>\n'
    '<p>本店所有寄卖商品均经两位鉴定师（王䶮、李𠮷）交叉鉴定，不接收任何仿品寄卖。</p></article>\n' + LUX_FOOT),
    "-",
    "trap: a 鉴定 service teaching buyers how to spot fakes; A货/1:1/复刻/原单/高仿 are named as things to avoid and the "
    "shop refuses 仿品 consignments. No goods are offered as counterfeits (商标法 第五十七条 requires sale).",
    ids=[])

page(65, "main", "lux-about", "http://lux-jishou.test/about.html", "gb18030", indie_page(
    "关于我们 — 臻品寄卖", "gb18030", LUX_HEAD,
    '<div class="about"><h2>我们只卖经过鉴定的真品</h2>\n'
    '<p>常有顾客问：你们有没有高仿、超A、复刻款？答案是没有，也不会有。寄卖商品需提供购买凭证，鉴定不过的一律退回寄卖人。</p>\n'
    '<p>我们承诺：假一赔三；支持七天无理由退货（商品及防盗扣、吊牌完好）。</p>\n'
    '<p>小贴士：包袋最佳存放方式是填充纸团后放入防尘袋，避免挤压。</p></div>\n' + LUX_FOOT),
    "-",
    "trap: a shop stating what it does NOT sell ('有没有高仿、超A、复刻款？…没有'); '最佳存放方式' is a care tip, exempt "
    "under SAMR 2023 绝对化用语 guidance (tips). Returns granted. Not a home page.",
    ids=[])

# S3 haitao-zhiyou.test — 港人经营跨境代购, Big5 traditional, 深圳前海
HT_HEAD = '<link rel="stylesheet" href="/css/ht.css">'
HT_FOOT_NOICP = ('<div class="ft">深圳前海港購跨境電子商務有限公司　統一社會信用代碼：91440300MA5FW2T984<br>'
                 '客服 WhatsApp / 微信：hkgo_2020</div>')
HT_FOOT = ('<div class="ft">深圳前海港購跨境電子商務有限公司　統一社會信用代碼：91440300MA5FW2T984<br>'
           '<a href="https://beian.miit.gov.cn/">深ICP備2020041187號</a>　地址：深圳市前海深港合作區前灣一路 1 號 A 棟<br>'
           '客服 WhatsApp / 微信：hkgo_2020</div>')

page(8, "main", "haitao-home", "http://haitao-zhiyou.test/", "big5", indie_page(
    "港購直郵 — 香港代購 海外直郵 正品保障", "big5", HT_HEAD,
    '<div class="hd"><h1>港購直郵</h1><p>香港實體店掃貨，海外倉直郵到內地，清關後 3-7 天到手。</p></div>\n'
    '<div class="badge"><img src="/img/badge-customs.png" alt="海關總署認證正品商家">'
    '<p>本店為<strong>海關總署認證正品商家</strong>，每件貨品經海關驗真，證書編號 HG-ZP-2024-0086。</p></div>\n'
    '<ul class="cat"><li>化妝護膚</li><li>保健營養</li><li>母嬰用品</li><li>數碼配件</li></ul>\n' + HT_FOOT),
    "FALSE_HONOUR,ICP_INVALID",
    "FALSE_HONOUR: 广告法 第二十八条 / 反不正当竞争法 第九条 — customs (海关总署) does not certify sellers or verify "
    "authenticity for shops; an honour that cannot be true, with an invented certificate number. ICP_INVALID: 互联网信息服务"
    "管理办法 — '深' is a city, not a province abbreviation (Guangdong is 粤). no case found. Licence valid.",
    ids=[("91440300MA5FW2T984", True)])

page(9, "main", "haitao-item-kangaroo", "http://haitao-zhiyou.test/p/3309.html", "big5", indie_page(
    "澳洲袋鼠精膠囊 100 粒 — 港購直郵", "big5", HT_HEAD,
    '<div class="goods"><h2>澳洲原裝 袋鼠精膠囊 100 粒 海外直郵</h2>\n'
    '<p class="price">人民幣 268 元（含稅）</p>\n'
    '<p>男士補腎好幫手，連吃一個月改善腰痠、夜尿多，對前列腺問題有明顯療效，還能治失眠。</p>\n'
    '<p>退換說明：跨境直郵商品一經付款恕不退換，如有破損請於簽收 24 小時內聯繫。</p></div>\n' + HT_FOOT),
    "FALSE_CLAIM,ICP_INVALID,RETURN_REFUSED",
    "ICP_INVALID: 互联网信息服务管理办法 第十二条 — the site footer repeats '深ICP備…' (深 is not a province abbreviation). "
    "FALSE_CLAIM: 广告法 第十七条 — disease-treatment claims (前列腺 療效, 治失眠, 補腎) for a non-drug food supplement. "
    "RETURN_REFUSED: 消费者权益保护法 第二十五条 — cross-border direct-mail goods are not among the exemptions. Case kind: "
    "跨境保健品 '补肾' claims are a staple of 市场监管 虚假广告 cases; no specific case retrieved. Big5 traditional script.",
    ids=[("91440300MA5FW2T984", True)])

page(10, "main", "haitao-returns", "http://haitao-zhiyou.test/help/returns.html", "big5", indie_page(
    "退換貨說明 — 港購直郵", "big5", HT_HEAD,
    '<div class="help"><h2>退換貨說明</h2>\n'
    '<p>1. 實物商品（含跨境直郵）支持七天無理由退貨，退回香港倉的運費由買家承擔。</p>\n'
    '<p>2. 依《消費者權益保護法》第二十五條，在線下載的數字商品（如遊戲點卡、軟件序號）及已拆封的音像製品、計算機軟件，'
    '不適用七天無理由退貨。</p>\n<p>3. 我們不銷售電子煙、處方藥及任何仿冒品。</p></div>\n' + HT_FOOT_NOICP),
    "-",
    "trap: quotes the statutory exemption of 消费者权益保护法 第二十五条(三) for online-download digital goods and opened "
    "software while granting returns for physical goods; '不銷售電子煙…仿冒品' is a negation. Big5.",
    ids=[("91440300MA5FW2T984", True)])

# S4 mall shop dianka88 — 游戏点卡 自动发货 (platform)
page(11, "main", "mall-dianka-shop", MALL + "/shop/dianka88/", "utf-8", platform_page("点卡通官方充值", (
    '<div class="shop-head"><h1 class="shop-name">点卡通官方充值</h1><span class="mall-mark">网剑认证店铺</span></div>\n'
    '<div class="shop-license">营业执照：成都点卡通网络科技有限公司 统一社会信用代码 91510107MA6CUQ4X9R</div>\n'
    '<div class="shop-notice"><p>卡密自动发货，付款后 10 秒内到账。</p>'
    '<p>点卡、卡密属于在线交付的数字化商品，依《消费者权益保护法》第二十五条不适用七天无理由退货；卡密未发出前可随时申请退款。</p></div>\n'
    '<ul class="shop-items"><li><a href="/item/dk-1001.html">网易一卡通 100 元</a></li><li><a href="/item/dk-1002.html">梦幻 175 级账号</a></li></ul>'), "shop"),
    "-",
    "trap: shop home with licence and mall-mark; states the lawful 第二十五条(三) exemption for online-delivered "
    "card codes (and grants refunds before delivery).",
    ids=[PLAT, ("91510107MA6CUQ4X9R", True)])

page(12, "main", "mall-dianka-item-card", MALL + "/item/dk-1001.html", "utf-8", platform_page("网易一卡通 100 元", (
    '<div class="item-main"><h1>网易一卡通 100 元 面值 自动发卡</h1>\n'
    '<div class="item-price">到手 <span class="price">￥96.50</span></div>\n'
    '<div class="item-desc"><p>官方渠道卡密，秒发。</p>'
    '<p>🎁 收货后给宝贝打个 5⭐ 并配一句话感受，截图发旺旺，立返 2 元话费，先到先得~</p></div></div>'), "item"),
    "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — '打个 5⭐ … 截图 … 立返 2 元话费' pays for a "
    "five-star review (emoji star instead of 好评). Case: 市场监管总局 2021 网络虚假宣传不正当竞争典型案例 — 杭州之壹品牌管理"
    "有限公司 好评返餐费, 罚款 20 万元.",
    ids=[PLAT])

page(13, "main", "mall-dianka-item-waigua", MALL + "/item/dk-1002.html", "utf-8", platform_page("梦幻 175 级账号 送辅助", (
    '<div class="item-main"><h1>梦幻 175 级 化生寺 成品号 + 全自动挂机辅助（永久）</h1>\n'
    '<div class="item-price"><span class="price">￥1,288.00</span></div>\n'
    '<div class="item-desc"><p>附赠本店自研脱机挂：自动抓鬼、自动跑环，过检测不封号，24 小时无人值守。</p>'
    '<p>换绑邮箱、密保手机全部交接。</p></div></div>'), "item"),
    "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 国家禁售 — game 外挂/脱机挂 that evade the game's protection are illegal (刑法 第二百八十五条 "
    "提供侵入、非法控制计算机信息系统程序; 网络游戏管理 rules) and on every platform's 禁售 list. Case: no exact case "
    "retrieved; kind from the 2025 深圳南山法院 '破解插件' 侵犯著作权 judgement (规避技术措施 tools sold on 二手交易平台).",
    ids=[PLAT])

# S5 mall shop liuliangka — 手机卡/物联网卡
page(14, "main", "mall-kaka-shop", MALL + "/shop/changlian-tx/", "utf-8", platform_page("畅联通信卡品店", (
    '<div class="shop-head"><h1 class="shop-name">畅联通信卡品店</h1>'
    '<span class="mall-mark-2023 badge">平台认证</span></div>\n'
    '<div class="shop-license">郑州畅联通信器材有限公司｜统一社会信用代码 91410105MA9FKL281U</div>\n'
    '<ul class="shop-items"><li><a href="/item/ka-77.html">流量卡专区</a></li><li><a href="/item/ka-80.html">联通 29 元 135G 流量卡</a></li></ul>'), "shop"),
    "MARK_MISSING",
    "MARK_MISSING: 平台为网店亮标 (platform profile) — the badge carries class 'mall-mark-2023', not the exact token "
    "'mall-mark', so the platform's identity mark is absent. Licence valid. Case: 驻马店 2024 西平县某百货店未公示营业执照案 "
    "(亮照亮标 class).",
    ids=[PLAT, ("91410105MA9FKL281U", True)])

page(15, "main", "mall-kaka-item-iot", MALL + "/item/ka-77.html", "utf-8", platform_page("大流量物联卡 免实名", (
    '<div class="item-main"><h1>纯流量物联卡 不限速 全国通用 插卡即用</h1>\n'
    '<div class="item-price"><span class="price">￥39.9</span>/张 ｜ 10 张起批 ￥32</div>\n'
    '<ul class="spec"><li>不用本人证件，无需刷脸，到手即可上网</li><li>可插手机、随身 WiFi，抖音快手随便刷</li>'
    '<li>批量拿货可带卡板，不登记使用人</li></ul></div>'), "item"),
    "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 反电信网络诈骗法 第三十一条 (非法买卖、出租、出借电话卡、物联网卡); 工信厅网安〔2020〕9号 and "
    "工网安函〔2020〕1173号 (物联网卡 禁止转售, 通用大流量卡 须个人实名) — unregistered IoT cards sold in bulk for phones. "
    "Case kind: 工信部 大检查 of 移动转售企业 物联卡 违规销售 (reported 2020).",
    ids=[PLAT])

page(16, "main", "mall-kaka-item-legal", MALL + "/item/ka-80.html", "utf-8", platform_page("联通 29 元 135G 流量卡", (
    '<div class="item-main"><h1>中国联通 29 元月租 135G 通用+定向 流量卡（运营商正规号卡）</h1>\n'
    '<div class="item-price"><span class="price">￥0</span> 包邮到家</div>\n'
    '<ul class="spec"><li>须机主本人身份证实名办理，激活时人脸核验，一证最多五户</li>'
    '<li>本店不销售免实名卡、物联网卡，不接受代他人办理</li><li>未激活前可申请退货</li></ul></div>'), "item"),
    "-",
    "trap: lawful carrier SIM offer requiring 实名 and 人脸核验 (电话用户真实身份信息登记规定); '免实名卡、物联网卡' "
    "appear only in a negation.",
    ids=[PLAT])

# S6 vapepod.test — 电子烟 independent site, GBK, 深圳宝安
VAPE_HEAD = '<link rel="stylesheet" href="/skin/vape.css">'
page(17, "main", "vape-home", "http://vapepod.test/", "gbk", indie_page(
    "雾谷 VAPE — 小烟 换弹 一次性", "gbk", VAPE_HEAD,
    '<div class="top"><h1>雾谷 VAPE 官方商城</h1><p>全国顺丰 · 隐私包装 · 满 199 包邮</p></div>\n'
    '<div class="cats"><a href="/c/pod">换弹小烟</a> <a href="/c/disposable">一次性 6000 口</a> <a href="/c/cartridge">烟弹 口味合集</a></div>\n'
    '<p class="hot">本周爆款：冰西瓜烟弹 3 颗装 ￥59，尼古丁 3%。</p>\n'
    '<div class="foot"><p>营业执照信息请联系在线客服索取</p>'
    '<!-- 统一社会信用代码 91441900MA53Y0QK31 -->'
    '<p><a href="https://beian.miit.gov.cn">粤ICP备2023051290号</a></p></div>'),
    "LICENSE_MISSING,PROHIBITED_GOODS",
    "LICENSE_MISSING: 电子商务法 第十五条 — the home page shows no code, image or link; '请联系客服索取' is not a display and "
    "the code exists only in an HTML comment (not displayed). PROHIBITED_GOODS: 市场监管总局 国家烟草专卖局《关于进一步保护未"
    "成年人免受电子烟侵害的通告》(2019) and 电子烟管理办法 (2022) — no online sale of e-cigarettes and cartridges. Case: "
    "法治日报 report 电子烟扮成雾化器网上售卖 (2022+); 国家烟草专卖局 2019-11 专项部署. ICP valid (粤).",
    ids=[("91441900MA53Y0QK31", None)])

page(18, "main", "vape-item-herbal", "http://vapepod.test/goods/5512.html", "gbk", indie_page(
    "草本雾化器 清肺款 - 雾谷", "gbk", VAPE_HEAD,
    '<div class="goods"><h2>草本雾化棒（不是电子烟）薄荷清肺款</h2>\n<p class="price">￥39.00 / 支</p>\n'
    '<p>0 焦油 0 尼古丁，纯中草药雾化，吸两周帮你把烟戒掉；长期使用可缓解慢性咽炎、咽喉肿痛，清肺排毒。</p>\n'
    '<p>口感与传统小烟一致，拉力、雾量可调，支持换弹。</p></div>'),
    "FALSE_CLAIM,PROHIBITED_GOODS",
    "FALSE_CLAIM: 广告法 第十七条 — cures 慢性咽炎/清肺排毒/戒烟 claimed for a non-drug. PROHIBITED_GOODS: the product "
    "is an e-cigarette under another name ('口感与传统小烟一致…支持换弹'); 电子烟管理办法 and the 2019 通告 ban online sale. "
    "Case: 法治日报 2022 investigation '电子烟扮成雾化器网上大肆售卖' (草本雾化器 sold as 辅助治疗咽炎).",
    ids=[])

# S7 kejian-vip.test — 视频会员 + 网课, WordPress/WooCommerce-like, UTF-8 with BOM, 北京海淀
KJ_HEAD = '<meta name="generator" content="WordPress 6.4.2"><link rel="stylesheet" href="/wp-content/themes/storefront/style.css">'
KJ_FOOT_SHORT = '<footer class="site-footer"><div class="site-info">© 2026 知课优选 ｜ 北京知课优选科技有限公司 ｜ 统一社会信用代码 91110108MA01XY5R3M</div></footer>'
KJ_FOOT = ('<footer class="site-footer"><div class="site-info">© 2026 知课优选 ｜ 北京知课优选科技有限公司<br>'
           '<a href="/license/"><img src="/wp-content/uploads/yyzz.jpg" alt="营业执照 电子版" width="80"></a> '
           '统一社会信用代码 91110108MA01XY5R3M<br>'
           '<a href="https://beian.miit.gov.cn/">京ICP备1602317号</a> ｜ 京公网安备 11010802033451号</div></footer>')

page(19, "main", "kejian-home", "http://kejian-vip.test/", "utf-8", indie_page(
    "知课优选 – 视频会员 · 网课 · 正版软件", "utf-8", KJ_HEAD,
    '<header class="site-header"><h1 class="site-title"><a href="/">知课优选</a></h1></header>\n'
    '<ul class="products"><li class="product"><a href="/product/txvip-12m/">腾讯视频 VIP 年卡 直充</a> <span class="woocommerce-Price-amount">¥198.00</span></li>'
    '<li class="product"><a href="/product/kaoyan-quantao/">考研数学全程班 账号</a> <span class="woocommerce-Price-amount">¥39.00</span></li></ul>\n'
    + KJ_FOOT), "ICP_INVALID",
    "ICP_INVALID: 互联网信息服务管理办法 / 非经营性互联网信息服务备案管理办法 — '京ICP备1602317号' has 7 digits (filings "
    "have 8, or 10 with a year). Licence via image link and code, valid. no case found.",
    bom=True, ids=[("91110108MA01XY5R3M", True)])

page(20, "main", "kejian-item-vip", "http://kejian-vip.test/product/txvip-12m/", "utf-8", indie_page(
    "腾讯视频 VIP 年卡 直充 – 知课优选", "utf-8", KJ_HEAD,
    '<div class="product"><h1 class="product_title">腾讯视频 VIP 会员 12 个月 官方直充</h1>\n'
    '<p class="price"><span class="woocommerce-Price-amount">¥198.00</span></p>\n'
    '<div class="woocommerce-product-details__short-description"><p>填写 QQ 号或手机号，官方接口直充到账，不是共享号、不是租号。</p>'
    '<p>虚拟充值类商品到账后属于在线交付的数字化商品，依消保法第二十五条不支持七天无理由退货；充值失败全额退款。</p></div></div>\n'
    + KJ_FOOT_SHORT), "-",
    "trap: official direct top-up of a video membership; refusal of 七天无理由 after delivery rests on 消费者权益保护法 "
    "第二十五条(三) (online-delivered digital goods) — lawful. '不是共享号、不是租号' is a negation.",
    bom=True, ids=[("91110108MA01XY5R3M", True)])


def kj_course(price, orig):
    return indie_page("考研数学全程班 账号 – 知课优选", "utf-8", KJ_HEAD,
        '<div class="product"><h1 class="product_title">2027 考研数学全程班（基础+强化+冲刺）学习账号</h1>\n'
        '<p class="price"><del><span class="woocommerce-Price-amount">¥%s</span></del> '
        '<ins><span class="woocommerce-Price-amount">¥%s</span></ins></p>\n'
        '<p>多人轮换登录，课程实时同步更新，讲义 PDF 打包赠送。</p></div>\n' % (orig, price) + KJ_FOOT)


page(21, "main", "kejian-item-course", "http://kejian-vip.test/product/kaoyan-quantao/", "utf-8",
     kj_course("39.00", "2,980.00"), "FAKE_ORIGINAL_PRICE,ICP_INVALID",
     "ICP_INVALID: 互联网信息服务管理办法 第十二条 — the footer repeats the 7-digit '京ICP备1602317号'. FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — struck price ¥2,980 while captures 1.5 and 4 days before "
     "show ¥39 and ¥35; the shop never sold at the struck price. (The shared-account course is also an infringing copy; "
     "not labelled PROHIBITED_GOODS because the page does not say it is unlicensed — judgement.) no case found.",
     bom=True, ids=[("91110108MA01XY5R3M", True)],
     hist=[(1.5, kj_course("39.00", "2,980.00")), (4, kj_course("35.00", "2,980.00"))])

# S8 softkey.test — 软件激活码 发卡网, GBK, 苏州
SK_HEAD = '<link rel="stylesheet" href="/assets/faka.css">'
SK_FOOT = ('<div class="footer">苏州软钥信息技术有限公司 · 统一社会信用代码 91320505MA1MRB7D7D · '
           '<a href="https://beian.miit.gov.cn/">苏ICP备2019027735号-1</a></div>')
page(22, "main", "softkey-home", "http://softkey.test/", "gbk", indie_page(
    "软钥发卡 - 激活码 自动发货", "gbk", SK_HEAD,
    '<div class="container"><h1>软钥发卡</h1><p>正版授权 · 自动发货 · 7×24 小时</p>\n'
    '<table class="goods"><tr><th>商品</th><th>价格</th></tr>'
    '<tr><td><a href="/buy/52">Visio 2021 专业版 零售密钥</a></td><td>￥1,299.00</td></tr>'
    '<tr><td><a href="/buy/40">Windows 11 家庭版 正版电子下载</a></td><td>￥899.00</td></tr></table></div>\n' + SK_FOOT),
    "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: 电子商务法 第十五条 / 市场主体登记管理条例 — the displayed (check-valid) code 91320505MA1MRB7D7D "
    "is 吊销 in registry.tsv; a revoked licence displayed as current. ICP valid (苏). no case found.",
    ids=[("91320505MA1MRB7D7D", True)])

page(23, "main", "softkey-item-office", "http://softkey.test/buy/31", "gbk", indie_page(
    "Office 专业增强版 永久激活 - 软钥发卡", "gbk", SK_HEAD,
    '<div class="container"><h2>Office 2021 专业增强版 永久激活（绑定电脑）</h2>\n<p class="price">￥9.90</p>\n'
    '<p>发货内容：安装包网盘链接 + 激活工具（KMS 本地激活，关掉杀毒再运行）+ 图文教程。</p>'
    '<p>激活失败可重新发一个“神KEY”。</p></div>\n' + SK_FOOT),
    "LICENSE_MISMATCH,PROHIBITED_GOODS",
    "LICENSE_MISMATCH: 电子商务法 第十五条 — the footer shows the revoked (吊销) code 91320505MA1MRB7D7D on this page too. "
    "PROHIBITED_GOODS: 著作权法 第四十九条、第五十三条(六) and 计算机软件保护条例 — a KMS crack tool that circumvents "
    "Microsoft's licence check, sold at ￥9.9; banned from online sale (平台 禁售 盗版/破解软件). Cases: 北京海淀法院 2015 "
    "淘宝店销售盗版广联达软件加密锁系列案 (中国质量报 2015-09-16); (2021)最高法知民终1970号 金蝶 '破解版'.",
    ids=[("91320505MA1MRB7D7D", True)])

page(24, "main", "softkey-item-win11", "http://softkey.test/buy/40", "gbk", indie_page(
    "Windows 11 家庭版 正版电子下载 - 软钥发卡", "gbk", SK_HEAD,
    '<div class="container"><h2>Microsoft Windows 11 家庭版 正版 电子下载版（零售密钥）</h2>\n<p class="price">￥899.00</p>\n'
    '<p>微软官方零售密钥，可在微软账户中绑定，支持重装。</p>\n'
    '<p>售后：本商品为在线下载的计算机软件，密钥发出后依法不适用七天无理由退货（《消费者权益保护法》第二十五条）；'
    '密钥无法激活的，核实后退款或补发。</p></div>\n'
    '<div class="footer">软钥发卡 · 客服 QQ 2850017733</div>'),
    "-",
    "trap: genuine retail software; the return refusal cites the statutory exemption for online-downloaded computer "
    "software (消费者权益保护法 第二十五条(三)). This page's footer carries no licence code, so the site's revoked "
    "code is not displayed here.",
    ids=[])

# S9 mall shop menghe — 潮玩 盲盒
page(25, "main", "mall-menghe-shop", MALL + "/shop/menghe-toys/", "utf-8", platform_page("萌盒潮玩旗舰店", (
    '<div class="shop-banner"><h1 class="shop-name">萌盒潮玩旗舰店</h1>'
    '<div class="badges"><span class="mall-mark">网剑商城认证</span> <span class="tag">品牌直营</span></div></div>\n'
    '<div class="brand-story"><p>“萌盒 MENGHE” 自 2019 年起专注原创潮玩，旗下商标经认定为<b>中国驰名商标</b>，'
    '全国 300 家门店同步发售。</p></div>\n'
    '<div class="shop-license"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91440106MA59HT3K94-SAIC_SHOW_10000091440106MA59HT3K941700000001&amp;signData=MEUCIQ">'
    '<img src="/img/zzlz.png" alt="电子营业执照"></a> 广州萌盒文化创意有限公司 91440106MA59HT3K94</div>'), "shop"),
    "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '经认定为中国驰名商标' in the shop's brand story (advertising). "
    "Licence via zzlz link whose serial begins with the shown code; mark present. Case kind: 2014 商标法 修订 reports "
    "(驰名商标 字样 用于广告 罚款 10 万元); no named case found.",
    ids=[PLAT, ("91440106MA59HT3K94", True)])

page(26, "main", "mall-menghe-item-blindbox", MALL + "/item/mh-2608.html", "utf-8", platform_page("星河系列盲盒", (
    '<div class="item-main"><h1>萌盒 星河系列 盲盒 单只（隐藏款概率 1/144）</h1>\n'
    '<div class="item-price"><span class="price">￥69</span> 整盒 12 只 ￥828</div>\n'
    '<div class="rules"><p>购买须知：盲盒商品随机发货，不接受指定款式。</p>'
    '<p>盲盒一经售出不退不换（未拆封也不退），请确认后再下单。</p><p>不向未满 8 周岁未成年人销售。</p></div></div>'), "item"),
    "RETURN_REFUSED",
    "RETURN_REFUSED: 消费者权益保护法 第二十五条 — blind boxes are not a statutory exemption; refusing even unopened boxes "
    "goes beyond any 性质-based exclusion. 市场监管总局《盲盒经营行为规范指引(试行)》(2023) frames the 8-year age rule shown. "
    "no case found.",
    ids=[PLAT])

page(27, "main", "mall-menghe-item-statue", MALL + "/item/mh-2700.html", "utf-8", platform_page("官方授权 1:1 等身雕像", (
    '<div class="item-main"><h1>【官方正版授权】星河少女 1:1 等身雕像 复刻版（2026 再版）</h1>\n'
    '<div class="item-price"><span class="price">￥12,800</span></div>\n'
    '<div class="item-desc"><p>版权方授权编号见包装，2019 首版售罄后由原厂复刻再版，高仿真涂装，比例 1:1 等身。</p>'
    '<p>定制刻名版为定作商品，不适用七天无理由；标准版支持七天无理由（未拆封）。</p></div></div>'), "item"),
    "-",
    "trap: the maker's own licensed reissue ('原厂复刻再版') of a statue at life size '1:1 等身'; '高仿真涂装' means "
    "realistic paint. None offers a counterfeit (商标法 第五十七条). Return text applies 第二十五条(一) 定作 only to the "
    "engraved version.",
    ids=[PLAT])

# S10 peijian.test — 数码配件 Shopify-like 独立站, UTF-8 with NO charset meta, 杭州西湖
PJ_FOOT = ('<footer class="footer"><div class="footer__lic">杭州极配电子商务有限公司 · '
           '<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91330106MA2GD8L01U-SAIC_SHOW_10000091330106MA2GD8L01U1688000000001&amp;signData=MEQCIH">'
           '营业执照公示</a> · 统一社会信用代码 91330106MA2GD8L01U</div>'
           '<!-- <a href="https://beian.miit.gov.cn/">浙ICP备2022009981号</a> -->'
           '<div class="footer__copy">© 2026 JIPEI Powered by Shopify</div></footer>')
page(28, "main", "peijian-home", "http://peijian.test/", "utf-8", indie_page(
    "JIPEI 极配 | 快充 · 数据线 · 保护壳", None,
    '<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="//cdn.shopify.test/s/files/base.css">',
    '<header class="header"><a class="header__heading-link" href="/">JIPEI 极配</a></header>\n'
    '<section class="collection"><div class="card"><a href="/products/20w-pd">20W PD 快充头</a> <span class="price-item">¥29.00</span></div>'
    '<div class="card"><a href="/products/mfi-cable">MFi 认证 编织数据线</a> <span class="price-item">¥59.00</span></div></section>\n'
    + PJ_FOOT), "ICP_MISSING",
    "ICP_MISSING: 互联网信息服务管理办法 第十二条 — the only ICP number sits in an HTML comment, which is not displayed. "
    "Licence shown (zzlz link, serial matches). no case found. No <meta charset> at all (UTF-8 bytes).",
    ids=[("91330106MA2GD8L01U", True)])

page(29, "main", "peijian-item-charger", "http://peijian.test/products/20w-pd", "utf-8", indie_page(
    "20W PD 快充头 | JIPEI", None, '<link rel="stylesheet" href="//cdn.shopify.test/s/files/base.css">',
    '<div class="product__info-container"><h1 class="product__title">苹果 20W 快充头 原*单 尾货</h1>\n'
    '<div class="price"><span class="price-item price-item--sale">¥29.00</span></div>\n'
    '<div class="product__description"><p>富士康同一条产线下来的，苹果原厂品质，外壳有 logo，和官网 149 那款一模一样，'
    '只是没有包装盒。原单货数量有限。</p></div></div>\n' + PJ_FOOT), "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '原*单 尾货' (obfuscated 原单) and '外壳有 logo…和官网 149 那款一模一样' offer "
    "an Apple-branded charger at ¥29 that is not Apple's. no case found. Not a home page. No <meta charset> (UTF-8).",
    ids=[("91330106MA2GD8L01U", True)])

page(30, "main", "peijian-item-cable", "http://peijian.test/products/mfi-cable", "utf-8", indie_page(
    "MFi 认证 编织数据线 | JIPEI", None, '<link rel="stylesheet" href="//cdn.shopify.test/s/files/base.css">',
    '<div class="product__info-container"><h1 class="product__title">JIPEI MFi 认证 USB-C to Lightning 编织数据线 1m</h1>\n'
    '<div class="price"><span class="price-item">¥59.00</span></div>\n'
    '<div class="product__description"><p>适用于 iPhone。本品为 JIPEI 自有品牌，<b>非苹果原装</b>、也不是"原厂同款"，'
    '采用 Apple 授权的 C94 原装芯片（MFi 认证编号可在 Apple 官网查询）。</p>'
    '<p>品质承诺：一年只换不修；支持七天无理由退货。</p></div></div>\n' + PJ_FOOT), "-",
    "trap: own-brand accessory that says it is NOT 原装/原厂同款; 'C94 原装芯片' is the licensed MFi component, a true "
    "fact. '适用于 iPhone' is descriptive use (商标法 第五十九条-style 指示性使用). Returns granted. No <meta charset>.",
    ids=[("91330106MA2GD8L01U", True)])

# S11 piao-zhuan.test — 演唱会门票 转让, 大麦-like, GBK, 上海黄浦
PZ_HEAD = '<link rel="stylesheet" href="/static/piao.css">'
page(31, "main", "piaozhuan-home", "http://piao-zhuan.test/", "gbk", indie_page(
    "票转网 - 演唱会 体育赛事 门票 转让", "gbk",
    PZ_HEAD + '<script>var beian="沪ICP备2021033455号-1";</script>',
    '<div class="hd"><h1>票转网</h1><p>演唱会 · 音乐节 · 球赛 · 话剧</p></div>\n'
    '<div class="slogan"><p>全网出票最快最稳，官方售罄也能拿到内场前排！</p></div>\n'
    '<ul class="list"><li>五月天 上海站 内场 A1 区 ￥6,800（票面 1,855）<em>代抢成功率 95%</em></li>'
    '<li>周杰伦 嘉年华 看台 ￥3,200（票面 880）</li><li>实名制场次可代改实名 / 提供身份证代购</li></ul>\n'
    '<div class="ft">上海乐票文化传播有限公司 统一社会信用代码 <span>9</span><span>1</span><span>3</span><span>1</span>'
    '<span>0104</span><span>MA1FP62WXA</span></div>'),
    "ABSOLUTE_TERM,ICP_MISSING,PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 治安管理处罚法 (倒卖文艺演出票、体育比赛入场券) and the 2023 文化和旅游部 公安部 通知 on 大型营业性演出 "
    "(unauthorised resale, 代抢, 改实名) — scalped tickets at several times face value are banned from sale. Cases: 北京警方 "
    "2023-05 五月天演唱会 黄牛 29 人 (平安北京); 北京文化执法总队 2023 查处 '未经演出举办单位授权擅自出售演出门票' 互联网票务平台. "
    "ABSOLUTE_TERM: 广告法 第九条第三项 — '全网出票最快最稳'. ICP_MISSING: the ICP number is only in a <script> string. "
    "Licence valid, split across <span>s.",
    ids=[("91310104MA1FP62WXA", True)])

page(32, "main", "piaozhuan-news", "http://piao-zhuan.test/news/2026-05.html", "gbk", indie_page(
    "行业动态：多地严打演出票务黄牛 - 票转网", "gbk", PZ_HEAD,
    '<div class="news"><h2>行业动态：多地严打演出票务黄牛</h2>\n'
    '<p>据“平安北京”消息，警方针对热门演唱会黄牛倒票开展打击，依法处理倒票人员 29 名。文化执法部门还查处了一家'
    '“未经演出举办单位授权擅自出售演出门票”的互联网票务平台。</p>\n'
    '<p>本站声明：自即日起下架全部高于票面价的转让信息，仅保留主办方授权的原价转让通道，不提供代抢、改实名服务。</p></div>'),
    "-",
    "trap: news about a crackdown on ticket scalping and the site's own withdrawal of above-face-value listings; no "
    "ticket is offered. Not a home page.",
    ids=[])

# S12 mall shop shemei — 二手奢侈品
page(33, "main", "mall-shemei-shop", MALL + "/shop/shemei2nd/", "utf-8", platform_page("奢美二手名品", (
    '<div class="shop-head"><h1 class="shop-name">奢美二手名品</h1><span class="mall-mark badge-gold">网剑认证</span></div>\n'
    '<div class="shop-info"><dl class="shop-license"><dt>经营主体</dt><dd>上海奢美二手商品经营有限公司</dd>'
    '<dt>统一社会信用代码</dt><dd>91310106MA1G5RX8XC</dd></dl></div>\n'
    '<p class="shop-desc">所有商品附第三方鉴定报告，支持七天无理由。</p>'), "shop"),
    "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: 电子商务法 第十五条; 网络交易监督管理办法 — displayed valid code is 经营异常 in registry.tsv. "
    "Mark present. no case found.",
    ids=[PLAT, ("91310106MA1G5RX8XC", True)])


def shemei_item(price, orig):
    return platform_page("二手 香奈儿 CF 中号", (
        '<div class="item-main"><h1>95 新 Chanel Classic Flap 中号 黑金 附鉴定报告</h1>\n'
        '<div class="item-price"><span class="price now">￥%s</span> <span class="price-line">专柜价 <s>￥%s</s></span></div>\n'
        '<p>中检鉴定报告随货，支持七天无理由（防盗扣完好）。</p></div>') % (price, orig), "item")


page(34, "main", "mall-shemei-item-cf", MALL + "/item/sm-5590.html", "utf-8", shemei_item("52,800", "79,900"),
     "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 / 第十九条 — '专柜价 ￥79,900' is shown as the compared price "
     "for a used bag the shop sold at ￥49,800–52,800 in captures 0.5 and 3 days before. (A real boutique price cannot "
     "be this shop's own prior price; the rule compares against the shop's own lowest 7-day price.) no case found.",
     ids=[PLAT], hist=[(0.5, shemei_item("52,800", "79,900")), (3, shemei_item("49,800", "79,900"))])

# S13 mall shop guanhuan — 官换机
page(35, "main", "mall-guanhuan-shop", MALL + "/shop/gh-phone/", "utf-8", platform_page("官换机专营", (
    '<div class="shop-head"><h1 class="shop-name">国行官换机专营</h1><span class="mall-mark">网剑认证</span></div>\n'
    '<div class="shop-notice">本店商品均为苹果官换机，原封未激活。营业执照已上传平台，平台可查。</div>\n'
    '<ul><li><a href="/item/gh-1501.html">iPhone 15 Pro 官换机</a></li></ul>'), "shop"),
    "LICENSE_MISSING",
    "LICENSE_MISSING: 电子商务法 第十五条 — '营业执照已上传平台' is not a display; the only code on the page is the "
    "platform's footer, which does not satisfy the shop's duty. Case: 驻马店市西平县市场监管局 2024 某购物平台百货店未公示营业"
    "执照案 (罚款 3500 元).",
    ids=[PLAT])

page(36, "main", "mall-guanhuan-item", MALL + "/item/gh-1501.html", "utf-8", platform_page("iPhone 15 Pro 官换机", (
    '<div class="item-main"><h1>iPhone 15 Pro 256G 官换机 原封未激活</h1>\n'
    '<div class="item-price"><span class="price">￥5,999</span></div>\n'
    '<div class="cert"><img src="/img/apple-auth.jpg" alt="授权书"><p>本店持有 Apple 中国官方颁发的《官换机销售授权书》，'
    '授权编号 APL-GH-2025-官换-0017，假一赔十。</p></div></div>'), "item"),
    "FALSE_HONOUR",
    "FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 第九条 — 官换机 are warranty replacement units that Apple does not "
    "authorise anyone to retail; an Apple '官换机销售授权书' cannot exist, and its number mixes Chinese characters into a "
    "certificate code. Case: 2025 深圳福田监管局 通报 on 翻新机/样板机 in 百亿补贴 (法治日报 2025-03-23).",
    ids=[PLAT])

# S14 youxi-jiaoyi.test — 5173/交易猫-like 游戏交易, GB18030, 武汉武昌 (个体户, 注册号)
YX_HEAD = '<link rel="stylesheet" href="/css/trade.css">'
YX_FOOT_SHORT = '<div id="foot"><p>游易网 · 客服 小䶮 027-8788 1020</p></div>'
YX_FOOT = ('<div id="foot"><p>游易网 · 武汉市武昌区游易网络工作室 · 注册号 420106000123452</p>'
           '<p><a href="https://beian.miit.gov.cn/">鄂ICP备2015004412号-3</a> · 客服 小䶮 027-8788 1020</p></div>')
page(37, "main", "youxi-home", "http://youxi-jiaoyi.test/", "gb18030", indie_page(
    "游易网 - 游戏账号 金币 装备 交易平台", "gb18030", YX_HEAD,
    '<div id="hd"><h1>游易网</h1><p>账号 · 金币 · 装备 · 代练</p></div>\n'
    '<div class="invest"><h3>金币理财专区</h3><p>囤《𠮷祥三国》金币，平台保底回购，<b>月收益稳定 20%，只赚不赔</b>，'
    '到期不涨价平台差额补足。</p></div>\n'
    '<div class="hot"><a href="/acc/8812.html">逆水寒 满级号</a> · <a href="/rule.html">交易规则</a></div>\n' + YX_FOOT),
    "FALSE_CLAIM,LICENSE_INVALID",
    "FALSE_CLAIM: 广告法 第二十五条 — guaranteed returns ('月收益稳定 20%，只赚不赔', 保底回购) on game-gold "
    "'理财'. LICENSE_INVALID: the displayed 15-digit 注册号 420106000123452 fails GB/T 17710 MOD 11,10 (valid ends 9). "
    "no case found. GB18030 (𠮷, 䶮 are outside GBK).",
    ids=[("420106000123452", False)])

page(38, "main", "youxi-item-acc", "http://youxi-jiaoyi.test/acc/8812.html", "gb18030", indie_page(
    "逆水寒 满级号 - 游易网", "gb18030", YX_HEAD,
    '<div class="acc"><h2>逆水寒 满级 神相 号 外观 38 套</h2>\n<p class="price">￥2,650</p>\n'
    '<p>交易成功后记得去订单页给卖家点亮“满意”并写 15 字以上评价，截图私聊客服小䶮，返 20 元支付宝红包。</p></div>\n'
    + YX_FOOT), "LICENSE_INVALID,REVIEW_INDUCEMENT",
    "LICENSE_INVALID: 电子商务法 第十五条; GB/T 17710 — the footer repeats the 注册号 420106000123452 that fails MOD 11,10. REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — a 20-yuan red packet for a '满意' rating with a "
    "15-character review and screenshot (no word 好评/返现). Case: 市场监管总局 2021 网络虚假宣传不正当竞争典型案例 "
    "(杭州之壹 好评返餐费; 深圳酷美传媒 刷单). GB18030.",
    ids=[("420106000123452", False)])

page(39, "main", "youxi-anti-fraud", "http://youxi-jiaoyi.test/safe.html", "gb18030", indie_page(
    "防骗指南 - 游易网", "gb2312", YX_HEAD,
    '<div class="safe"><h2>防骗指南</h2>\n<p>1. 平台不出售外挂、脚本、脱机挂，发现即封店。</p>\n'
    '<p>2. 平台禁止“好评返现”“晒图返红包”，如卖家私下诱导评价请举报。</p>\n'
    '<p>3. 警惕“高仿官网”钓鱼链接，官方客服只有小䶮一个账号。</p></div>\n' + YX_FOOT_SHORT),
    "-",
    "trap: rules and warnings naming 外挂, 好评返现, 高仿官网 as banned/dangerous — negations and advice, not offers. "
    "Meta says charset=gb2312 but the bytes are GB18030 with 4-byte characters (䶮): wrong charset meta.",
    ids=[])

page(70, "main", "youxi-rule", "http://youxi-jiaoyi.test/rule.html", "gb18030", indie_page(
    "交易规则 - 游易网", "gbk", YX_HEAD,
    '<div class="rule"><h2>交易规则</h2>\n<p>点卡、游戏币、激活码等在线交付的虚拟商品，交付后不适用七天无理由退货'
    '（《消费者权益保护法》第二十五条第一款第三项）。</p>\n<p>账号交易在找回包赔期内出现找回，平台全额赔付。</p>\n'
    '<p>最佳交易时间：工作日 9:00–22:00，客服响应最快。</p></div>\n' + YX_FOOT_SHORT),
    "-",
    "trap: quotes the lawful 第二十五条 exemption for online-delivered virtual goods; '最佳交易时间…响应最快' is "
    "service-hours advice, not a comparative claim (SAMR 2023 guidance: tips). Meta says charset=gbk but bytes are "
    "GB18030 (䶮 outside GBK): wrong charset meta.",
    ids=[])

# S15 mall shop wuyu — 电子烟 on the platform
page(40, "main", "mall-wuyu-shop", MALL + "/shop/wuyu-tech/", "utf-8", platform_page("雾语科技", (
    '<div class="shop-head"><h1 class="shop-name">雾语科技</h1>'
    '<span class="mall-mark" style="display:none">网剑认证</span></div>\n'
    '<div class="shop-license">东莞雾语电子科技有限公司 · 91441900MA53Y0QK31</div>\n'
    '<div class="shop-cats"><a href="/item/wy-66.html">换弹烟杆</a> · <a href="/item/wy-67.html">雾化弹 口味合集</a> · 一次性 5000 口</div>'), "shop"),
    "MARK_MISSING,PROHIBITED_GOODS",
    "MARK_MISSING: the mall-mark element is hidden (display:none), so not displayed. PROHIBITED_GOODS: the shop home "
    "lists e-cigarette rods, pods and disposables — 电子烟管理办法 (2022) and the 2019 通告 ban online sale. Case: "
    "国家烟草专卖局 2019-11 电子烟网络销售专项部署.",
    ids=[PLAT, ("91441900MA53Y0QK31", True)])

page(41, "main", "mall-wuyu-item-pods", MALL + "/item/wy-67.html", "utf-8", platform_page("雾化弹 口味合集", (
    '<div class="item-main"><h1>通配 R 家 一代杆 雾化弹 3 颗装 冰西瓜/绿豆冰</h1>\n'
    '<div class="item-price"><span class="price">￥55</span></div>\n'
    '<p>尼古丁含量 3%，拉力顺滑，下单备注口味。未成年人勿购。</p></div>'), "item"),
    "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: nicotine pods (烟弹) for e-cigarettes; online sale banned (电子烟管理办法 2022; 2019 通告). "
    "'未成年人勿购' does not make online sale lawful. Case: 法治日报 2022 电子烟网上售卖 investigation.",
    ids=[PLAT])

# S16 zhenjian.test — 鉴定 service, dedecms-like, GBK, 上海闵行
ZJ_FOOT = ('<div class="footer">Copyright &copy; 鉴真检测 上海鉴真检测技术服务有限公司<br>'
           '统一社会信用代码：９１３１０１１２ＭＡ１Ｋ２Ｎ７Ｃ３Ｋ　<a href="https://beian.miit.gov.cn/">沪ICP备2020031208号-1</a>'
           '　沪公网安备 31011202007761号<br>Powered by DedeCMS</div>')
page(63, "main", "zhenjian-home", "http://zhenjian.test/", "gbk", indie_page(
    "鉴真检测 - 奢侈品 球鞋 潮玩 鉴定服务", "gbk", '<link href="/templets/default/style/dedecms.css" rel="stylesheet">',
    '<div class="header"><h1>鉴真检测</h1><div class="nav"><a href="/a/xiebao/">包袋鉴定</a> <a href="/a/qiuxie/">球鞋鉴定</a></div></div>\n'
    '<div class="intro"><p>拍照上传 → 两位鉴定师背靠背出结果 → 出具电子鉴定报告。</p>'
    '<p>常见问题：“莆田鞋”“纯原”“公司级”都是仿品行话，本中心只给出“符合正品特征/不符合”的结论，不出售任何商品。</p></div>\n' + ZJ_FOOT),
    "-",
    "trap: a 鉴定 service home naming counterfeit slang (莆田鞋, 纯原, 公司级) to explain it; sells nothing. Licence "
    "displayed in full-width characters (valid after width folding) and ICP valid.",
    ids=[("91310112MA1K2N7C3K", True)])

page(64, "main", "zhenjian-article-aj", "http://zhenjian.test/a/qiuxie/2026/0512/318.html", "gbk", indie_page(
    "AJ1 芝加哥 真假对比 - 鉴真检测", "gbk", '<link href="/templets/default/style/dedecms.css" rel="stylesheet">',
    '<div class="article"><h2>AJ1 “芝加哥”真假对比：鞋标、鞋垫、针车</h2>\n'
    '<p>近期送检的“1:1 版本”中，有七成在鞋舌标字距上露馅。所谓“超A”“原厂货”，鞋垫背面胶水痕迹明显。</p>\n'
    '<p>提醒：二手平台上标价低于发售价一半的，基本都是复刻，请勿购买。</p></div>\n' + ZJ_FOOT),
    "-",
    "trap: 鉴定 article telling buyers how to spot fakes; 1:1 / 超A / 复刻 appear as warnings. Not a home page.",
    ids=[("91310112MA1K2N7C3K", True)])

# S17 mall shop guanxuan — authorised reseller, traps
page(66, "main", "mall-guanxuan-shop", MALL + "/shop/guanxuan-nj/", "utf-8", platform_page("数码官选", (
    '<div class="shop-head"><h1 class="shop-name">数码官选</h1><i class="icon mall-mark" title="网剑商城认证"></i></div>\n'
    '<div class="shop-license">营业执照公示：南京数码官选贸易有限公司（统一社会信用代码 91320106MA1Y4PL70G）</div>\n'
    '<div class="auth"><p>Apple 授权经销商（Apple Authorised Reseller），授权信息可在 Apple 官网“查找授权经销商”页面查询。</p>'
    '<p>官方翻新机专区：全部来自品牌官方认证翻新计划，单独标注“翻新”，不与新机混卖。</p></div>'), "shop"),
    "-",
    "trap: a real-style authorised-reseller statement that the buyer can verify on the brand's site (no malformed "
    "number, no abolished scheme); 官方翻新 programme clearly marked. Licence and mall-mark present (mark on an <i> "
    "with several classes).",
    ids=[PLAT, ("91320106MA1Y4PL70G", True)])

page(67, "main", "mall-guanxuan-item", MALL + "/item/gx-3302.html", "utf-8", platform_page("AirPods Pro 2 国行", (
    '<div class="item-main"><h1>Apple AirPods Pro（第二代）USB-C 国行正品</h1>\n'
    '<div class="item-price"><span class="price">￥1,599</span></div>\n'
    '<div class="item-desc"><p>原装正品，可凭序列号在 Apple 官网查询保修。本店不销售高仿、原单、翻新冒充新品。</p>'
    '<p>耳机属于贴身用品？不是法定例外——本品支持七天无理由退货（未激活、封膜完好）。</p>'
    '<p>最佳佩戴方式：选择合适尺寸的耳塞，进行“耳塞贴合度测试”。</p></div></div>'), "item"),
    "-",
    "trap: genuine goods; 高仿/原单 only in 'does not sell'; returns granted; '最佳佩戴方式' is a usage tip exempt under "
    "the SAMR 2023 guidance.",
    ids=[PLAT])

# ---------------------------------------------------------------- holdout side
# H1 fanxin-ji.test — 扩容/翻新 phones & U盘, GBK, 厦门思明
FX_HEAD = '<link rel="stylesheet" href="/template/pc/skin/css/pb.css">'
page(42, "holdout", "fanxin-home", "http://fanxin-ji.test/", "gbk", indie_page(
    "翻新集 - 手机 U盘 存储卡 批发零售", "gbk", FX_HEAD,
    '<div class="head"><h1>翻新集</h1><p>厦门老牌数码档口，一件代发</p></div>\n'
    '<div class="lic" style="display:none">统一社会信用代码 91350203MA31XXXXXX</div>\n'
    '<div class="list"><a href="/p/udisk-2t.html">手机U盘 2TB</a> · <a href="/p/ip13-refurb.html">认证翻新 iPhone 13</a> · <a href="/news/kuorong.html">曝光：扩容盘</a></div>\n'
    '<div class="foot">地址：厦门市思明区湖滨南路 88 号 ｜ <a href="https://beian.miit.gov.cn/">闽ICP备2023O0456号</a></div>'),
    "ICP_INVALID,LICENSE_MISSING",
    "LICENSE_MISSING: 电子商务法 第十五条 — the only licence text is in a display:none element (not displayed). "
    "ICP_INVALID: '闽ICP备2023O0456号' has the letter O inside the number. Case: 驻马店 2024 西平县某百货店未公示营业执照案.",
    ids=[("91350203MA31XXXXXX", None)])


def fx_udisk(price, orig):
    return indie_page("手机U盘 2TB - 翻新集", "gbk", FX_HEAD,
        '<div class="pro"><h2>手机电脑两用 U 盘 2TB 高速 3.0</h2>\n'
        '<p>原价：<s>￥%s</s>　现价：<b class="price">￥%s</b></p>\n' % (orig, price) +
        '<p>同价位全网最低，容量最大，一个顶十个。</p></div>\n'
        '<div class="foot"><a href="https://beian.miit.gov.cn/">闽ICP备2023O0456号</a></div>')


page(43, "holdout", "fanxin-item-udisk", "http://fanxin-ji.test/p/udisk-2t.html", "gbk", fx_udisk("49.9", "399"),
     "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE,ICP_INVALID",
     "ICP_INVALID: 互联网信息服务管理办法 第十二条 — the footer repeats '闽ICP备2023O0456号' (letter O in the number). ABSOLUTE_TERM: 广告法 第九条第三项 — '同价位全网最低，容量最大'. FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 "
     "— 原价 ￥399 while captures 1 and 6 days before show ￥49.9 and ￥45. (A '2TB' stick at ￥49.9 is the classic "
     "扩容盘; the page does not admit it, so no further code.) Case kind: 扩容盘 reports; no named case found.",
     ids=[], hist=[(1, fx_udisk("49.9", "399")), (6, fx_udisk("45", "399"))])

page(44, "holdout", "fanxin-item-refurb", "http://fanxin-ji.test/p/ip13-refurb.html", "gbk", indie_page(
    "认证翻新 iPhone 13 - 翻新集", "gbk", FX_HEAD,
    '<div class="pro"><h2>Apple 认证翻新 iPhone 13 128G（非新机）</h2>\n<p>售价 <b class="price">￥3,199</b></p>\n'
    '<p>官方翻新计划产品，更换全新电池和外壳，一年保修；最高支持 30W 快充。支持七天无理由退货。</p>'
    '<p>不是官换机，也不是扩容机。</p></div>\n'
    '<div class="foot">翻新集 · 厦门市思明区湖滨南路 88 号</div>'),
    "-",
    "trap: an authorised refurbishment programme, sold as non-new; '最高支持 30W 快充' is a technical limit (fact), not "
    "a superlative claim; returns granted. This page's footer shows no ICP number (not a home page, so none is "
    "required).",
    ids=[])

page(68, "holdout", "fanxin-news", "http://fanxin-ji.test/news/kuorong.html", "gbk", indie_page(
    "曝光：扩容 U 盘 与 高仿 手机 - 翻新集", "gbk", FX_HEAD,
    '<div class="news"><h2>曝光：市场监管部门查处扩容 U 盘和高仿手机</h2>\n'
    '<p>据报道，多地市场监管部门在网络交易专项整治中查处销售扩容 U 盘、A 货手机的网店。扩容盘用量产工具把 32G 刷成 2T 显示，'
    '存满即丢数据。</p><p>提醒：买存储设备请认准品牌官方渠道。</p></div>\n'
    '<div class="foot">翻新集 · 厦门市思明区湖滨南路 88 号</div>'),
    "-",
    "trap: news about a crackdown on 扩容盘 and A货 phones; no offer. Not a home page.",
    ids=[])

# H2 mingpin-daigou.test — 台湾卖家 奢侈品 代购 into mainland, Big5, 平潭
MP_HEAD = '<link rel="stylesheet" href="/css/mp.css">'
MP_FOOT = ('<div class="ft">平潭台品代購貿易有限公司　統一社會信用代碼 91350128MA2YC8QJXC<br>'
           '<a href="https://beian.miit.gov.cn/">閩ICP備2022011573號-1</a>　閩公網安備 35012802000311號</div>')
page(45, "holdout", "mingpin-home", "http://mingpin-daigou.test/", "big5", indie_page(
    "名品代購 — 台灣直送 精品包 手錶", "big5", MP_HEAD,
    '<div class="hd"><h1>名品代購</h1><p>台北工作室直送大陸，順豐包稅</p></div>\n'
    '<div class="hot"><h3>本月主推</h3><p>高版本復刻 經典翻蓋包，原廠皮料，五金 1：1 開模，細節與正品無差，價格只要專櫃一成。</p></div>\n'
    + MP_FOOT),
    "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '高版本復刻…1：1 開模…與正品無差…專櫃一成' offers copies (traditional script "
    "and a full-width colon inside 1：1). Licence and ICP valid (閩 = 闽 after conversion). no case found. Big5.",
    ids=[("91350128MA2YC8QJXC", True)])

page(46, "holdout", "mingpin-item-watch", "http://mingpin-daigou.test/item/7781.html", "big5", indie_page(
    "代購 勞力士 綠水鬼 — 名品代購", "big5", MP_HEAD,
    '<div class="item"><h2>代購 綠水鬼 潛航者型 41mm</h2>\n<p class="price">人民幣 9,800 元</p>\n'
    '<p>代購商品恕不退換，下單前請確認款式。</p>\n'
    '<p>收貨後於評價區留五星好評並曬圖三張，私訊客服可返現 50 元。</p></div>\n' + MP_FOOT),
    "RETURN_REFUSED,REVIEW_INDUCEMENT",
    "RETURN_REFUSED: 消费者权益保护法 第二十五条 — 代购 is not an exemption. REVIEW_INDUCEMENT: 电子商务法 第十七条 — "
    "'五星好評並曬圖…返現 50 元' in traditional script. (At ￥9,800 a '綠水鬼' is also implausibly cheap, but the page "
    "names no counterfeit, so no COUNTERFEIT_TERM.) Case: 市场监管总局 2021 刷单炒信 典型案例. Big5.",
    ids=[("91350128MA2YC8QJXC", True)])

# H3 mall shop haizhitong — 跨境 保税/直邮
page(47, "holdout", "mall-haizhi-shop", MALL + "/shop/haizhitong/", "utf-8", platform_page("海直通全球购", (
    '<div class="shop-head"><h1 class="shop-name">海直通全球购</h1></div>\n'
    '<div class="shop-license">宁波保税区海直通供应链有限公司 统一社会信用代码 91330201MA2H6WQ1X4</div>\n'
    '<div class="brand"><p>自有品牌“海直通”系<span>驰</span><span>名</span><span>商</span><span>标</span>，保税仓发货，正品溯源。</p></div>'), "shop"),
    "MARK_MISSING,WELLKNOWN_MARK_AD",
    "MARK_MISSING: no element with class mall-mark on the shop home. WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — "
    "'驰名商标' split across per-character <span>s in advertising. Licence valid. no case found.",
    ids=[PLAT, ("91330201MA2H6WQ1X4", True)])


def hz_item(price, orig):
    return platform_page("日本 负离子 防辐射 手机贴", (
        '<div class="item-main"><h1>日本直邮 负离子 手机防辐射贴 5 片装</h1>\n'
        '<div class="item-price"><span class="price">￥%s</span> 日常价 <del>￥%s</del></div>\n'
        '<p>孕妈必备！贴在手机背面，辐射降低 99%%，预防头痛失眠，保护胎儿发育。</p></div>') % (price, orig), "item")


page(48, "holdout", "mall-haizhi-item-sticker", MALL + "/item/hz-7001.html", "utf-8", hz_item("59", "168"),
     "FAKE_ORIGINAL_PRICE,FALSE_CLAIM",
     "FALSE_CLAIM: 广告法 第十七条 / 第二十八条 — health effects (预防头痛失眠, 保护胎儿) claimed for a sticker. "
     "FAKE_ORIGINAL_PRICE: 日常价 ￥168 while captures 2 and 5.5 days before show ￥59 and ￥55. no case found.",
     ids=[PLAT], hist=[(2, hz_item("59", "168")), (5.5, hz_item("55", "168"))])

page(49, "holdout", "mall-haizhi-item-coffee", MALL + "/item/hz-7020.html", "utf-8", platform_page("日本 挂耳咖啡 保税", (
    '<div class="item-main"><h1>日本进口 挂耳咖啡 50 袋 保税仓发货</h1>\n'
    '<div class="item-price"><span class="price">￥119</span></div>\n'
    '<p>最佳赏味期：开封后 7 天内；建议水温 90℃ 冲泡。</p>'
    '<p>跨境商品同样支持七天无理由退货（未拆封），退回保税仓。</p></div>'), "item"),
    "-",
    "trap: '最佳赏味期' is a storage tip (SAMR 2023 guidance; DESIGN allow-list example); cross-border returns granted.",
    ids=[PLAT])

# H4 mall shop hequ — 潮玩 盲盒 模型
page(50, "holdout", "mall-hequ-shop", MALL + "/shop/hequ-tj/", "utf-8", platform_page("盒趣潮玩", (
    '<div class="shop-head"><h1 class="shop-name">盒趣潮玩</h1><span class="mall-mark">认证</span></div>\n'
    '<div class="shop-license">天津盒趣文化发展有限公司 统一社会信用代码：91120116MA06R9KL34</div>'), "shop"),
    "LICENSE_INVALID",
    "LICENSE_INVALID: GB 32100-2015 — 91120116MA06R9KL34 fails its check character (valid would end W). no case found.",
    ids=[PLAT, ("91120116MA06R9KL34", False)])

page(51, "holdout", "mall-hequ-item-molly", MALL + "/item/hq-118.html", "utf-8", platform_page("隐藏款 潮玩", (
    '<div class="item-main"><h1>热门 隐藏款 太空系列 手办 高<b></b>仿 版</h1>\n'
    '<div class="item-price"><span class="price">￥39</span></div>\n'
    '<p>和正版泡泡玛特一模一样，开模同厂，只是不带身份卡，发货不带原盒。</p></div>'), "item"),
    "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 — '高<b></b>仿' (the word split by an empty tag) plus '和正版泡泡玛特一模一样…不带身份卡'. "
    "no case found.",
    ids=[PLAT])

page(52, "holdout", "mall-hequ-item-box", MALL + "/item/hq-120.html", "utf-8", platform_page("盒趣 原创盲盒", (
    '<div class="item-main"><h1>盒趣原创 “夜航” 系列 盲盒 单只</h1>\n'
    '<div class="item-price"><span class="price">￥59</span></div>\n'
    '<p>未拆封盲盒支持七天无理由退货；已拆封的盲盒因无法恢复随机性，购买时需勾选“我已知晓拆封后不退”方可下单。</p>'
    '<p>最佳观赏角度：正面 15° 俯视。</p></div>'), "item"),
    "-",
    "trap: unopened boxes returnable; the opened-box exclusion is confirmed by the buyer at purchase, the route 消费者权益"
    "保护法 第二十五条第二款 allows (根据商品性质并经消费者在购买时确认). '最佳观赏角度' is a tip.",
    ids=[PLAT])

# H5 mall shop kami — 发卡 会员/软件
page(53, "holdout", "mall-kami-shop", MALL + "/shop/kami-cs/", "utf-8", platform_page("卡米数字商品", (
    '<div class="shop-head"><h1 class="shop-name">卡米数字商品</h1><span class="badge mall-mark">网剑认证</span></div>\n'
    '<div class="shop-license">长沙卡米网络科技有限公司 · 统一社会信用代码 91430104MA4QJ85EXD</div>\n'
    '<div class="notice"><p>本店只卖官方渠道卡密，不卖破解版、共享号、外挂。</p></div>'), "shop"),
    "-",
    "trap: shop home stating what it does not sell (破解版, 共享号, 外挂); licence and mark present.",
    ids=[PLAT, ("91430104MA4QJ85EXD", True)])

page(54, "holdout", "mall-kami-item-adobe", MALL + "/item/km-901.html", "utf-8", platform_page("设计软件全家桶", (
    '<div class="item-main"><h1>PS PR AE 全家桶 2026 永久版 Win/Mac 远程安装</h1>\n'
    '<div class="item-price"><span class="price">￥15.8</span></div>\n'
    '<p>已集成免激活补丁，装好直接用，不用登录账号，永不弹窗。</p></div>'), "item"),
    "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 著作权法 第五十三条 / 计算机软件保护条例 — pirated software with a pre-applied crack ('免激活补丁') "
    "sold for ￥15.8. Case: 2025 深圳南山法院 售卖软件'破解包'侵犯著作权案; (2021)最高法知民终1970号.",
    ids=[PLAT])

page(55, "holdout", "mall-kami-item-vip", MALL + "/item/km-905.html", "utf-8", platform_page("视频会员 月卡 直充", (
    '<div class="item-main"><h1>爱奇艺黄金 VIP 月卡 官方直充</h1>\n'
    '<div class="item-price"><span class="price">￥17.9</span></div>\n'
    '<p>到账后确认收货，留下 ★★★★★ 加一句好话，联系客服再送 3 天会员。</p></div>'), "item"),
    "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 电子商务法 第十七条 — a 3-day membership for a five-star review (stars as symbols). Case: "
    "市场监管总局 2021 网络虚假宣传不正当竞争典型案例 (好评返利).",
    ids=[PLAT])

# H6 menpiao-hn.test — 票务 黄牛, UTF-8 with BOM, 北京朝阳
MH_HEAD = '<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/h5/app.css">'
MH_FOOT = ('<footer><p>北京票汇天下文化传媒有限公司</p><p>统一社会信用代码：91110105MA04EPT77C</p>'
           '<p>营业性演出许可证 京演（机构）〔2021〕1187 号</p></footer>')
page(56, "holdout", "menpiao-home", "http://menpiao-hn.test/", "utf-8", indie_page(
    "票汇 - 热门演出 内场 代抢", "utf-8", MH_HEAD,
    '<div id="app"><div class="tabbar">演唱会 · 体育 · 音乐节</div>\n'
    '<div class="card"><p>热门巡演内场 VIP，官方渠道售罄后仍可出票，加价 3,000 起保真保入场。</p>'
    '<p>支持代抢：提供观演人身份证，抢不到全额退。</p></div>\n' + MH_FOOT + '</div>'),
    "ICP_MISSING,PROHIBITED_GOODS",
    "ICP_MISSING: no ICP filing/licence number anywhere (an 营业性演出许可证 is not an ICP number). PROHIBITED_GOODS: "
    "marked-up resale and 代抢 of real-name tickets — 治安管理处罚法 (倒卖入场券); 2023 文化和旅游部 公安部 通知. Case: "
    "北京警方 2023-05 五月天演唱会 黄牛 29 人. Licence valid. UTF-8 with BOM.",
    bom=True, ids=[("91110105MA04EPT77C", True)])

page(57, "holdout", "menpiao-item", "http://menpiao-hn.test/show/2031.html", "utf-8", indie_page(
    "网球公开赛 决赛 门票 - 票汇", "utf-8", MH_HEAD,
    '<div id="app"><h2>上海网球大师赛 决赛 中央球场 前排</h2>\n<p class="price">¥4,888 / 张（票面 ¥1,280）</p>\n'
    '<p>独家票源，全网唯一能拿到前三排的渠道，手慢无。</p>\n' + MH_FOOT + '</div>'),
    "ABSOLUTE_TERM,PROHIBITED_GOODS",
    "ABSOLUTE_TERM: 广告法 第九条第三项 — '全网唯一'. PROHIBITED_GOODS: resale of a sports ticket at almost four times "
    "face value (治安管理处罚法 倒卖体育比赛入场券). Case: 公安部 2023 网络倒票 专项 (下架违规门票网店 300 余家, as reported).",
    bom=True, ids=[("91110105MA04EPT77C", True)])

page(69, "holdout", "menpiao-notice", "http://menpiao-hn.test/notice.html", "utf-8", indie_page(
    "原价转让说明 - 票汇", "utf-8", MH_HEAD,
    '<div id="app"><h2>原价转让说明</h2>\n<p>根据主办方实名制要求，门票不得加价转让。本平台仅提供主办方授权的原价转让：'
    '转让价不得高于票面价，由主办方系统更换观演人。</p>\n<p>违规加价、代抢、倒卖的账号将被封禁并移交公安机关。</p>\n'
    + MH_FOOT + '</div>'),
    "-",
    "trap: lawful face-value transfer through the organiser's system; 代抢/倒卖 named only as banned. Not a home page. "
    "UTF-8 with BOM.",
    bom=True, ids=[("91110105MA04EPT77C", True)])

# H7 lianchuang-b2b.test — 数码配件 批发 1688-like, GBK, 青岛市南
LC_HEAD = '<link rel="stylesheet" href="/css/b2b.css">'
LC_FOOT = ('<div class="bottom"><table><tr><td>青岛联创数码配件有限公司</td><td>统一社会信用代码 91370202MA3CKN46X9</td></tr>'
           '<tr><td><a href="https://beian.miit.gov.cn/">鲁ICP备2020047712号</a></td><td>鲁公网安备 37020202000918号</td></tr></table></div>')
page(58, "holdout", "lianchuang-home", "http://lianchuang-b2b.test/", "gbk", indie_page(
    "联创数码配件 - 充电宝 数据线 源头工厂", "gbk", LC_HEAD,
    '<div class="top"><h1>联创数码配件</h1><p>源头工厂 · 支持贴牌 · 起订 500 件</p></div>\n'
    '<div class="honor"><h3>企业荣誉</h3><ul><li>国家免检产品（移动电源）</li><li>ISO9001 质量管理体系认证</li></ul></div>\n'
    + LC_FOOT),
    "FALSE_HONOUR,LICENSE_MISMATCH",
    "FALSE_HONOUR: 广告法 第二十八条 — 国家免检 was abolished in 2008 (国务院 废止《产品免于质量监督检查管理办法》), so the "
    "honour cannot be current. LICENSE_MISMATCH: the valid code 91370202MA3CKN46X9 is registered to 青岛联创机械设备有限公司, "
    "not 青岛联创数码配件有限公司 (registry.tsv). ISO9001 is a real certification scheme. no case found.",
    ids=[("91370202MA3CKN46X9", True)])

page(59, "holdout", "lianchuang-item-powerbank", "http://lianchuang-b2b.test/offer/6612.html", "gbk", indie_page(
    "20000mAh 充电宝 批发 - 联创数码配件", "gbk", LC_HEAD,
    '<div class="offer"><h2>20000mAh 自带线 充电宝 源头批发</h2>\n'
    '<table class="price"><tr><th>起订量</th><th>单价</th></tr><tr><td>500-1999 件</td><td>￥26.50</td></tr>'
    '<tr><td>≥2000 件</td><td>￥24.80</td></tr></table>\n'
    '<p>“联创”牌荣获中国名牌产品称号，“联创”商标为驰名商标，贴牌客户可使用我司荣誉证书复印件做宣传。</p></div>\n' + LC_FOOT),
    "FALSE_HONOUR,LICENSE_MISMATCH,WELLKNOWN_MARK_AD",
    "LICENSE_MISMATCH: 电子商务法 第十五条 — the footer shows 91370202MA3CKN46X9 with the name 青岛联创数码配件有限公司; the registry has "
    "青岛联创机械设备有限公司. FALSE_HONOUR: 广告法 第二十八条 — the 中国名牌产品 evaluation was stopped in 2008, so a current 称号 cannot be true. "
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '商标为驰名商标' in an offer page, and inviting resellers to advertise it. "
    "no case found.",
    ids=[("91370202MA3CKN46X9", True)])

page(60, "holdout", "lianchuang-item-charger", "http://lianchuang-b2b.test/offer/6630.html", "gbk", indie_page(
    "65W 氮化镓 充电器 - 联创数码配件", "gbk", LC_HEAD,
    '<div class="offer"><h2>65W 氮化镓 三口充电器 批发</h2>\n<p>单价 <span class="price">￥42.00</span></p>\n'
    '<ul><li>CCC 认证，证书编号 2021011609412345，可在国家认监委网站查询</li><li>最高输出 65W，单口最高 45W（PD3.0）</li>'
    '<li>能效等级：一级（按 GB 20943 标准）</li><li>品质：非原装，兼容苹果/华为快充协议</li></ul></div>\n'
    '<div class="bottom">联创数码配件 · 销售热线 0532-8577 2190</div>'),
    "-",
    "trap: a well-formed 16-digit CCC certificate number; '最高输出 65W' is a technical limit; '一级' is a standard-"
    "defined grade (SAMR 2023 guidance); '非原装' is a negation. The page's short footer shows no licence "
    "code.",
    ids=[])

# H8 xueer-wangke.test — 网课, UTF-8 with NO charset meta, 武汉东湖
XE_FOOT = ('<div class="footer">武汉学而通教育科技有限公司 ｜ 统一社会信用代码 91420111MA4K9T3BXE<br>'
           '<a href="https://beian.miit.gov.cn/">鄂ICP备2020018862号-1</a> ｜ 鄂公网安备 42011102003718号</div>')
page(61, "holdout", "xueer-home", "http://xueer-wangke.test/", "utf-8", indie_page(
    "学而通网课 - 正版授权 考研 公考 课程", None, '<link rel="stylesheet" href="/static/xe.css">',
    '<div class="hero"><h1>学而通网课</h1><p>正版授权课程，一人一号，不出售共享账号。</p>'
    '<p>学习建议：每天最佳学习时长 2–3 小时，保持节奏比突击更重要。</p></div>\n'
    '<div class="courses"><a href="/course/usb-kaoyan.html">考研政治 U 盘版（邮寄）</a></div>\n' + XE_FOOT),
    "-",
    "trap: home with licence and ICP; 'not selling shared accounts' is a negation; '最佳学习时长' is study advice "
    "(SAMR 2023 guidance: tips). No <meta charset> (UTF-8).",
    ids=[("91420111MA4K9T3BXE", True)])


def xe_usb(price, orig):
    return indie_page("考研政治 U 盘版 - 学而通网课", None, '<link rel="stylesheet" href="/static/xe.css">',
        '<div class="course"><h2>2027 考研政治 全程课 U 盘版（实体 U 盘 邮寄）</h2>\n'
        '<p>活动价 <span class="price">￥%s</span>　原价 <s class="price-old">￥%s</s></p>\n'
        '<p>U 盘内为加密视频，插电脑即可观看，无需联网。</p>\n'
        '<p>退货说明：U 盘课程一经发货不退不换（未拆封亦同），敬请谅解。</p></div>\n' % (price, orig) + XE_FOOT)


page(62, "holdout", "xueer-item-usb", "http://xueer-wangke.test/course/usb-kaoyan.html", "utf-8", xe_usb("299", "899"),
     "FAKE_ORIGINAL_PRICE,RETURN_REFUSED",
     "RETURN_REFUSED: 消费者权益保护法 第二十五条(三) exempts only audio-visual/software goods the consumer has UNSEALED "
     "(or online downloads); refusing unopened mailed U-disk courses is outside it. FAKE_ORIGINAL_PRICE: 原价 ￥899 while "
     "captures 2.5 and 6.5 days before show ￥299 and ￥269. no case found. No <meta charset> (UTF-8).",
     ids=[("91420111MA4K9T3BXE", True)], hist=[(2.5, xe_usb("299", "899")), (6.5, xe_usb("269", "899"))])


# ---------------------------------------------------------------- writer
def fname(p):
    return "%03d-%s.html" % (p["no"], p["name"])


def build(out):
    for sub in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    for side, base in (("main", out), ("holdout", os.path.join(out, "holdout"))):
        os.makedirs(os.path.join(base, "pages"), exist_ok=True)
        os.makedirs(os.path.join(base, "history"), exist_ok=True)
        lab = ["# file\turl\tcodes"]
        notes = ["# file\tencoding\tbom\tnote"]
        hist = ["# file\turl\tdays_before"]
        ids = ["# file\tcode\tintended"]
        for p in sorted((q for q in PAGES if q["side"] == side), key=lambda q: q["no"]):
            f = fname(p)
            with open(os.path.join(base, "pages", f), "wb") as fh:
                fh.write(encode(p["html"], p["enc"], p["bom"]))
            lab.append("%s\t%s\t%s" % (f, p["url"], p["codes"]))
            notes.append("%s\t%s\t%s\t%s" % (f, p["enc"], "yes" if p["bom"] else "no", p["note"]))
            for code, ok in p["ids"]:
                ids.append("%s\t%s\t%s" % (f, code, {True: "valid", False: "invalid", None: "hidden"}[ok]))
            for k, (days, html) in enumerate(p["hist"], 1):
                hf = "%03d-%s.h%d.html" % (p["no"], p["name"], k)
                with open(os.path.join(base, "history", hf), "wb") as fh:
                    fh.write(encode(html, p["enc"], p["bom"]))
                hist.append("%s\t%s\t%s" % (hf, p["url"], ("%g" % days)))
        for n, rows in (("labels.tsv", lab), ("notes.tsv", notes), ("history.tsv", hist), ("ids.tsv", ids)):
            with open(os.path.join(base, n), "w", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(rows) + "\n")
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# code\tname\tstatus\n" + "".join("%s\t%s\t%s\n" % r for r in REGISTRY))


OUTPUTS = ["pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "ids.tsv", "registry.tsv"]


def same(a, b):
    if os.path.isdir(a) != os.path.isdir(b):
        return False
    if os.path.isdir(a):
        if sorted(os.listdir(a)) != sorted(os.listdir(b)):
            return False
        return all(same(os.path.join(a, n), os.path.join(b, n)) for n in os.listdir(a))
    return filecmp.cmp(a, b, shallow=False)


if __name__ == "__main__":
    nos = [p["no"] for p in PAGES]
    assert len(nos) == len(set(nos)), "duplicate page number"
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            build(tmp)
            bad = [o for o in OUTPUTS if not (os.path.exists(os.path.join(HERE, o)) and same(os.path.join(HERE, o), os.path.join(tmp, o)))]
        finally:
            shutil.rmtree(tmp)
        if bad:
            print("differs:", " ".join(bad)); sys.exit(1)
        print("ok: outputs match"); sys.exit(0)
    build(HERE)
    print("wrote %d pages" % len(PAGES))
