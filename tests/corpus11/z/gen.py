#!/usr/bin/env python3
"""corpus11 / author Z: B2B, industrial, outdoor and rural trade pages.

Every site, page text, label (codes) and note below is written by hand.
lib.py only does check-digit arithmetic, page scaffolding and encoding.
Run: python3 gen.py            (rewrites all output files)
     python3 gen.py --check    (regenerates into a temp dir, compares byte for byte)
"""
import os
import sys
import shutil
import tempfile
import filecmp

import lib
from lib import uscc, uscc_badcheck, regno_bad, platform_page, site_page

HERE = os.path.dirname(os.path.abspath(__file__))
MALL = 'http://mall.wangjian.test'

# ---------------------------------------------------------------- companies
# name -> (code, intended validity).  Valid codes are built with correct check
# characters; the deliberately invalid ones get a wrong final character.
PLATFORM_CODE = '91330100MA27WJ011R'
K_JINCHUI = uscc('330784', 'MA2HK3T5')        # 永康, valid, 存续
K_FENGRUI_OK = uscc('441704', 'MA4UQ82C')     # 阳江阳东 (true code)
K_FENGRUI_BAD = uscc_badcheck(K_FENGRUI_OK)   # shown on page: bad check char
K_YULE = uscc('420111', 'MA4K9R2W')           # 武汉洪山, valid, 存续
K_ANRUI = uscc('440305', 'MA5F7L3N')          # 深圳南山, valid, 吊销
K_LUHUA = uscc('370112', '79736158')          # 济南历城, valid, 存续
K_FENGHE = uscc('370783', 'MA3C8N1P')         # 寿光, valid, 存续
K_CHIYUAN = uscc('440106', 'MA59Q7E0')        # 广州天河, valid, 存续
R_XINYUAN_BAD = regno_bad('44030110532781')   # 深圳福田 注册号, bad check digit
K_ANTU = uscc('320505', 'MA1N3Y6K')           # 苏州虎丘, valid, 存续
K_ZHONGYUAN = uscc('410105', 'L7K2Q0B8', kind='92')  # 郑州金水 个体, valid, 存续
K_JINYU = uscc('330782', 'MA29Q5W1')          # 义乌, valid, registry name differs
K_HUIJI = uscc('441900', 'MA51H6R3')          # 东莞, valid, 存续
K_TAIYANG = uscc('350203', 'MA2Y4G1D')        # 厦门思明, valid, 存续
K_NONGJI = uscc('371302', 'MA3M7T2B')         # 临沂兰山, valid, 经营异常
K_GAOYANG_BAD = uscc_badcheck(uscc('130628', 'MA0D5K8E'))  # 高阳, invalid
K_SHIJI = uscc('510107', 'MA6C2H9J')          # 成都武侯, valid, 存续
K_QDH = uscc('330127', 'MA2J0P4Y')            # 淳安, valid, 存续
K_WUJIN_PT = uscc('320412', 'MA1X8R5T')       # 常州武进, valid, 存续 (its 亮照 link names K_ANTU)

# every displayed code with its intended validity (read by selfcheck.py)
CODES = {
    PLATFORM_CODE: True, K_JINCHUI: True, K_FENGRUI_BAD: False, K_YULE: True,
    K_ANRUI: True, K_LUHUA: True, K_FENGHE: True, K_CHIYUAN: True,
    R_XINYUAN_BAD: False, K_ANTU: True, K_ZHONGYUAN: True, K_JINYU: True,
    K_HUIJI: True, K_TAIYANG: True, K_NONGJI: True, K_GAOYANG_BAD: False,
    K_SHIJI: True, K_QDH: True, K_WUJIN_PT: True,
}

REGISTRY = [
    (PLATFORM_CODE, '杭州网剑网络科技有限公司', '存续'),
    (K_JINCHUI, '永康市金锤五金工具有限公司', '存续'),
    (K_FENGRUI_OK, '阳江市阳东区锋锐刀剪有限公司', '存续'),
    (K_YULE, '武汉渔乐汇户外用品有限公司', '存续'),
    (K_ANRUI, '深圳市安睿通信设备有限公司', '吊销'),
    (K_LUHUA, '济南鲁化化工原料有限公司', '存续'),
    (K_FENGHE, '寿光市丰禾农资有限公司', '存续'),
    (K_CHIYUAN, '广州市驰远汽车配件有限公司', '存续'),
    (K_ANTU, '苏州安途劳保用品有限公司', '存续'),
    (K_ZHONGYUAN, '郑州市金水区中原线缆经营部', '存续'),
    (K_JINYU, '义乌市金誉日用百货商行', '存续'),
    (K_HUIJI, '东莞市汇机二手设备有限公司', '存续'),
    (K_TAIYANG, '厦门台扬电子科技有限公司', '存续'),
    (K_NONGJI, '临沂市兰山区沃丰农机销售有限公司', '经营异常'),
    (K_SHIJI, '成都蜀试化学试剂有限公司', '存续'),
    (K_QDH, '淳安千岛湖钓友渔具有限公司', '存续'),
    (K_WUJIN_PT, '常州武进配套汽车零部件有限公司', '存续'),
]


def mall_shop_head(shop_id, name, license_html, mark=True):
    m = ('<a class="mall-mark shop-badge" href="%s/shop/%s/verify">网剑商城认证店铺</a>'
         % (MALL, shop_id)) if mark else ''
    return ('<div class="shop-header"><h1 class="shop-name">%s</h1>%s%s</div>'
            % (name, license_html, m))


def item_head(shop_id, name):
    return ('<div class="shop-bar"><a href="%s/shop/%s/">%s</a> '
            '<a href="%s/shop/%s/#all">全部商品</a></div>' % (MALL, shop_id, name, MALL, shop_id))


# ======================================================================
# SITES.  side: 'main' or 'holdout' (a whole site goes to one side).
# Each page: n, name, path, enc, bom, charset (meta as written, None = none),
# codes (hand label), note (hand note), html, hist [(days_before, html)].
# ======================================================================
SITES = []

# ---------------------------------------------------------------- S1 五金工具 (ECShop-like, GBK)
S1 = 'http://www.yk-jinchui.test'
S1_HEAD = ('<div id="header"><div class="logo"><img src="/themes/default/images/logo.gif" alt="金锤五金"></div>'
           '<ul id="nav"><li><a href="/">首页</a></li><li><a href="/category.php?id=3">电动工具</a></li>'
           '<li><a href="/category.php?id=5">手动工具</a></li><li><a href="/article_cat.php?id=4">批发须知</a></li></ul></div>')
S1_FOOT = ('<div id="footer"><div class="text">永康市金锤五金工具有限公司　地址：浙江省永康市五金城三区12幢<br>'
           '统一社会信用代码：%s　<a href="/license.php">营业执照</a><br>'
           '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2021018830号-1</a>　'
           '浙公网安备 33078402000318号<br>Powered by ECShop</div></div>' % K_JINCHUI)
SITES.append(dict(id='s01', side='main', host=S1, pages=[
    dict(n=1, name='yk-jinchui-home', path='/', enc='gbk', bom=False, charset='gbk',
         codes='WELLKNOWN_MARK_AD',
         note='WELLKNOWN_MARK_AD: 商标法 第十四条第五款 (驰名商标 words used in advertising on the shop front); '
              'kind of claim from 商标法 第十四条第五款 cases reported by provincial 市场监管 (no exact case number found)',
         html=site_page('金锤五金工具批发商城 - 永康源头工厂', 'gbk', S1_HEAD,
             '<div class="banner"><h2>“金锤”牌 —— 荣获中国驰名商标 · 永康五金城二十年老店</h2>'
             '<p>电锤、角磨机、冲击钻、扳手套装 源头工厂直供，<b>支持一件代发</b>，20件起批享批发价。</p></div>'
             '<div class="goods-list"><div class="goods"><a href="/goods.php?id=118">100型角磨机 手持切割机</a>'
             '<span class="price">￥89.00</span></div>'
             '<div class="goods"><a href="/goods.php?id=131">锂电扳手 适用于主流21V电池包</a>'
             '<span class="price">￥168.00</span></div></div>', S1_FOOT)),
    dict(n=2, name='yk-jinchui-grinder', path='/goods.php?id=118', enc='gbk', bom=False, charset='gbk',
         codes='FAKE_ORIGINAL_PRICE',
         note='FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 (划线价 ￥169 while this URL sold at ￥79 '
              '3 days earlier, see history); kind from 市场监管总局 价格欺诈 典型案例 (虚构原价); no exact case for tools found',
         html=site_page('100型角磨机 手持切割机_金锤五金', 'gbk', S1_HEAD,
             '<div id="goodsInfo"><h1>100型角磨机 手持切割机 850W 工业级</h1>'
             '<ul class="goods-price"><li>市场价：<del class="market-price">￥169.00</del></li>'
             '<li>本店售价：<strong class="price shop-price">￥89.00</strong></li>'
             '<li>批发价：20台起 ￥82.00/台　100台起 ￥76.00/台</li></ul>'
             '<p>纯铜电机，适配100mm切割片/打磨片，出厂附合格证。</p></div>', S1_FOOT),
         hist=[(3.0, site_page('100型角磨机 手持切割机_金锤五金', 'gbk', S1_HEAD,
             '<div id="goodsInfo"><h1>100型角磨机 手持切割机 850W 工业级</h1>'
             '<ul class="goods-price"><li>本店售价：<strong class="price shop-price">￥79.00</strong></li>'
             '<li>批发价：20台起 ￥75.00/台</li></ul></div>', S1_FOOT)),
               (9.0, site_page('100型角磨机 手持切割机_金锤五金', 'gbk', S1_HEAD,
             '<div id="goodsInfo"><h1>100型角磨机</h1><strong class="price">￥69.00</strong></div>', S1_FOOT))]),
    dict(n=3, name='yk-jinchui-wrench', path='/goods.php?id=131', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: 适用于/兼容 statements name another brand only to describe compatibility with its battery '
              '(商标法 第五十九条 descriptive use), the page says it is the shop\'s own brand and not 原厂; '
              '"最佳扭矩档位" is usage advice (2023 绝对化用语 guideline: tips are exempt)',
         html=site_page('锂电扳手_金锤五金', 'gbk', S1_HEAD,
             '<div id="goodsInfo"><h1>“金锤”锂电冲击扳手 无刷 350N·m</h1>'
             '<p class="price">￥168.00</p>'
             '<p>适用于牧田、大艺等主流21V规格电池包（需另购转接座）。本品为金锤自有品牌，<b>非牧田原厂产品</b>，'
             '与上述品牌无授权关系，品牌名仅用于说明适配型号。</p>'
             '<p>拆装汽车轮胎螺丝时，建议使用2档：该档位是本款扳手拆轮胎的最佳扭矩档位，不易打滑。</p></div>', S1_FOOT)),
]))

# ---------------------------------------------------------------- S2 刀具 (dedecms-like, GB18030)
S2 = 'http://www.yj-fengrui.test'
S2_HEAD = ('<div class="top"><div class="w960"><a href="/" class="logo">锋锐刀剪</a>'
           '<span>阳江刀剪 · 厂家直销</span></div></div><div class="nav"><a href="/">网站首页</a>'
           '<a href="/a/chanpin/">产品中心</a><a href="/a/guanyu/">关于我们</a><a href="/a/lianxi/">联系我们</a></div>')
S2_FOOT = ('<div class="footer"><p>Copyright &copy; 2018-2026 阳江市阳东区锋锐刀剪有限公司 版权所有</p>'
           '<p>统一社会信用代码：%s　厂长：冯𬀩</p>'
           '<p><a href="https://beian.miit.gov.cn">粤ICP备2019045217号</a> 粤公网安备 44170402000127号 '
           'Powered by DedeCMS</p></div>' % K_FENGRUI_BAD)
S2_FOOT_ITEM = ('<div class="footer"><p>Copyright &copy; 阳江市阳东区锋锐刀剪有限公司　技术支持：𬌗联网络</p>'
                '<p><a href="https://beian.miit.gov.cn">粤ICP备2019045217号</a></p></div>')
SITES.append(dict(id='s02', side='main', host=S2, pages=[
    dict(n=4, name='yj-fengrui-home', path='/', enc='gb18030', bom=False, charset='gb18030',
         codes='LICENSE_INVALID',
         note='LICENSE_INVALID: 电子商务法 第十五条 (displayed 统一社会信用代码 fails its GB 32100 check character: '
              'false display); ICP and licence otherwise present; GB18030 chars outside GBK: 𬀩 (U+2C029); no case found',
         html=site_page('阳江锋锐刀剪有限公司-厨房刀具 户外刀 源头厂家', 'gb18030', S2_HEAD,
             '<div class="w960"><div class="about"><h3>公司简介</h3><p>本厂位于阳江市阳东区刀剪产业园，'
             '主营中式菜刀、厨师刀、剪刀、水果刀，OEM/ODM贴牌加工，500把起订。</p></div>'
             '<ul class="list"><li><a href="/a/chanpin/22.html">不锈钢中式厨刀</a></li>'
             '<li><a href="/a/chanpin/37.html">户外折叠刀</a></li></ul></div>', S2_FOOT)),
    dict(n=5, name='yj-fengrui-folding', path='/a/chanpin/37.html', enc='gb18030', bom=False, charset='gb18030',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 管制刀具认定标准 (公安部 2007) — 弹簧自锁, 刀尖角度小于60度, 刃长超15cm 单刃尖刀 are 管制刀具; '
              '枪支管理法 & 各平台禁售规则 ban online sale; seller jargon "秒开/直跳/机械锁" from police 通报 on 网售管制刀具 '
              '(no case number found); chars outside GBK: 𬌗 (U+2C317)',
         html=site_page('户外折叠刀_锋锐刀剪', 'gb18030', S2_HEAD,
             '<div class="w960"><h1>D2钢 户外直跳刀（一键秒开）</h1>'
             '<table class="param"><tr><th>刃长</th><td>16.5cm 单刃尖刀 双面开刃</td></tr>'
             '<tr><th>结构</th><td>弹簧助力 直跳 机械锁死，单手一按即出</td></tr>'
             '<tr><th>价格</th><td class="price">￥268 / 把，10把起批 ￥198</td></tr></table>'
             '<p>私聊发货，包装按“工艺品/厨具配件”报，<b>避开快递安检</b>，偏远地区也能到。</p></div>', S2_FOOT_ITEM)),
    dict(n=6, name='yj-fengrui-chef', path='/a/chanpin/22.html', enc='gb18030', bom=False, charset='gbk',
         codes='-',
         note='trap: an ordinary kitchen knife; "最佳磨刀角度" is sharpening advice (guideline: tips exempt) and the '
              'refusal "不售管制刀具/弹簧刀" is a statement of compliance, not a listing (管制刀具认定标准); '
              'chars outside GBK: 𬌗; wrong charset meta: declares gbk but bytes are gb18030',
         html=site_page('不锈钢中式厨刀_锋锐刀剪', 'gbk', S2_HEAD,
             '<div class="w960"><h1>5Cr15不锈钢 中式切片刀</h1><p class="price">￥59.00　20把起批 ￥45.00</p>'
             '<p>磨刀小贴士：中式菜刀的最佳磨刀角度约为15°-20°，磨石先粗后细。</p>'
             '<p class="notice">郑重声明：本厂只生产厨房刀具与园林剪，<b>不生产、不销售管制刀具</b>，'
             '弹簧刀、三棱刮刀、匕首等一律不接单，请勿咨询。</p></div>', S2_FOOT_ITEM)),
    dict(n=7, name='yj-fengrui-scissors', path='/a/chanpin/41.html', enc='gb18030', bom=False, charset='gb18030',
         codes='-',
         note='trap: 园艺剪 with 1:1 in a gear-ratio context and "原单" is absent; "A类" here is the GB/T 20335 '
              'grade word; no counterfeit claim (商标法 第五十七条 needs infringing goods); chars outside GBK: 𬌗',
         html=site_page('园林修枝剪_锋锐刀剪', 'gb18030', S2_HEAD,
             '<div class="w960"><h1>SK5 园林修枝剪 省力棘轮款</h1><p class="price">￥36.00</p>'
             '<dl><dt>棘轮传动比</dt><dd>1:1.6（非1:1直剪，剪粗枝更省力）</dd>'
             '<dt>执行标准</dt><dd>GB/T 20335 A类产品</dd></dl></div>', S2_FOOT_ITEM)),
]))

# ---------------------------------------------------------------- S3 户外渔具 (nopCommerce-like, UTF-8 BOM)
S3 = 'http://www.wh-yulehui.test'
S3_HEAD = ('<div class="header"><div class="header-logo"><a href="/"><img alt="渔乐汇户外" src="/images/logo.png"></a></div>'
           '<div class="header-menu"><ul class="top-menu"><li><a href="/fishing">路亚/台钓</a></li>'
           '<li><a href="/camping">露营</a></li><li><a href="/power">户外电源</a></li></ul></div></div>')
S3_FOOT_HOME = ('<div class="footer"><div class="footer-upper"><div class="footer-block information">'
                '<div class="title"><strong>公司信息</strong></div><ul class="list">'
                '<li>武汉渔乐汇户外用品有限公司</li><li>统一社会信用代码 %s</li>'
                '<li><a href="/licence">营业执照公示</a></li></ul></div></div>'
                '<div class="footer-lower"><span class="footer-powered-by">Powered by nopCommerce</span></div></div>' % K_YULE)
S3_FOOT = ('<div class="footer"><div class="footer-lower">&copy; 2026 渔乐汇户外 '
           '<span class="footer-powered-by">Powered by nopCommerce</span></div></div>')
SITES.append(dict(id='s03', side='main', host=S3, pages=[
    dict(n=8, name='wh-yulehui-home', path='/', enc='utf-8', bom=True, charset='utf-8',
         codes='ICP_MISSING',
         note='ICP_MISSING: 互联网信息服务管理办法 第十二条 (independent site shows no ICP filing number on its home page); '
              'licence shown; no case found',
         html=site_page('渔乐汇户外 - 路亚 台钓 露营装备', 'utf-8', S3_HEAD,
             '<div class="page home-page"><div class="topic-block"><h2>春季开竿季 全场满300减30</h2>'
             '<p>台钓竿、路亚竿、钓箱、夜钓灯，武汉同城当日达。</p></div>'
             '<div class="product-grid"><div class="item-box"><a href="/ni-bian-qi-12v">12V大功率户外逆变一体机</a></div>'
             '<div class="item-box"><a href="/diyou-wang">加密折叠虾笼</a></div></div></div>', S3_FOOT_HOME)),
    dict(n=9, name='wh-yulehui-inverter', path='/ni-bian-qi-12v', enc='utf-8', bom=True, charset='utf-8',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 渔业法 第三十条 (禁止制造、销售、使用禁用的渔具; 电鱼); 农业农村部办公厅 2018-10-30 '
              '《关于开展打击电鱼活动专项执法行动的通知》 names 类逆变器 (0-200Hz变频, 高压升压输出) as 电鱼器具 and asks '
              'e-commerce platforms to delist them; seller disguises it as 户外逆变器 as the case reports describe',
         html=site_page('12V大功率户外逆变一体机 - 渔乐汇户外', 'utf-8', S3_HEAD,
             '<div class="product-details-page"><h1 class="product-name">12V大功率户外逆变一体机（水下款）</h1>'
             '<div class="prices"><span class="price actual-price">¥1,380.00</span></div>'
             '<div class="full-description"><p>后级升压 <b>600V</b> 输出，频率 <b>20-180Hz</b> 无级可调，配伸缩抄网杆和拖线，'
             '“一杆下去白花花一片”。</p><p>老款已下架，新款改名“户外电源”，发货外包装无字样，懂的来。</p></div></div>', S3_FOOT)),
    dict(n=10, name='wh-yulehui-cage', path='/diyou-wang', enc='utf-8', bom=True, charset='utf-8',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 渔业法 第三十条; 农业农村部 长江流域重点水域禁用渔具名录 (2021: 多层串联倒须笼/地笼); '
              '浙江省渔业管理条例 第四十二条 bans selling 地笼网; 渔政/市场监管 联合检查 cases seizing 地笼 (盐城 2026, 张家界永定 2017)',
         html=site_page('加密折叠虾笼 - 渔乐汇户外', 'utf-8', S3_HEAD,
             '<div class="product-details-page"><h1 class="product-name">加密折叠虾笼 20节 10米 串联倒须</h1>'
             '<div class="prices"><span class="price actual-price">¥45.00</span></div>'
             '<div class="full-description"><p>网眼4mm特密，大小通吃，“进去就出不来”，河沟水库下一晚能收十几斤，'
             '俗称绝户笼。多买多送，50条以上走物流。</p></div></div>', S3_FOOT)),
]))

# ---------------------------------------------------------------- S4 安防与通信 (table B2B, GBK)
S4 = 'http://www.sz-anrui.test'
S4_HEAD = ('<table width="100%" class="hd"><tr><td><img src="/img/logo.jpg" alt="安睿通信"></td>'
           '<td align="right">服务热线：0755-2658 3310　<a href="/">首页</a> | <a href="/products.asp">产品展示</a></td></tr></table>')
S4_FOOT_HOME = ('<table width="100%%" class="ft"><tr><td align="center">深圳市安睿通信设备有限公司　'
                '统一社会信用代码：%s<br><a href="https://beian.miit.gov.cn/">粤ICP备2017098812号-2</a>　'
                '粤公网安备44030502001955号</td></tr></table>' % K_ANRUI)
S4_FOOT = ('<table width="100%" class="ft"><tr><td align="center">深圳市安睿通信设备有限公司　'
           '<a href="https://beian.miit.gov.cn/">粤ICP备2017098812号-2</a></td></tr></table>')
SITES.append(dict(id='s04', side='main', host=S4, pages=[
    dict(n=11, name='sz-anrui-home', path='/', enc='gbk', bom=False, charset='gbk',
         codes='LICENSE_MISMATCH',
         note='LICENSE_MISMATCH: 电子商务法 第十五条; 市场主体登记管理条例 (the displayed code is valid but the registry '
              'status is 吊销 — the site displays a licence that no longer exists); no case found',
         html=site_page('安睿通信 - 对讲机 无线监控 考场设备', 'gbk', S4_HEAD,
             '<table width="960" align="center"><tr><td><h2>专业通信设备方案商</h2>'
             '<p>对讲机、无线网桥、车载定位、会议保密设备，承接政企项目。</p>'
             '<a href="/products.asp?id=7">多频段信号干扰器</a> · <a href="/products.asp?id=9">纽扣摄像模组</a> · '
             '<a href="/products.asp?id=12">车载GPS防盗定位器</a></td></tr></table>', S4_FOOT_HOME)),
    dict(n=12, name='sz-anrui-jammer', path='/products.asp?id=7', enc='gbk', bom=False, charset='gbk',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 无线电管理条例 第四十四条/第七十条 and 工信部 无线电发射设备管理 (信号屏蔽器/干扰器 only '
              'to units approved by the 无线电管理机构); sold to anyone "免登记", for 考场作弊-like use; platform 禁售规则 list '
              '屏蔽器; no specific case number found',
         html=site_page('多频段信号干扰器_安睿通信', 'gbk', S4_HEAD,
             '<table width="960" align="center"><tr><td><h1>便携式 8路 全频段 手机信号干扰器</h1>'
             '<p>2G/3G/4G/5G/WiFi/GPS 全压制，半径40米内手机无服务，<b>个人可买 免登记 不查证</b>，'
             '开会、考试、宿舍都能用，电池款可装包里随身带。</p>'
             '<p class="price">单价 ￥1,650　3台起 ￥1,480</p></td></tr></table>', S4_FOOT)),
    dict(n=13, name='sz-anrui-pinhole', path='/products.asp?id=9', enc='gbk', bom=False, charset='gbk',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 禁止非法生产销售使用窃听窃照专用器材和"伪基站"设备的规定 (工商总局令第72号, 2014) '
              '第四条 窃照专用器材 (伪装/隐蔽的微型摄像装置); 刑法 第二百八十三条; case: 南通通州 2024 偷拍手环 sold online '
              '(非法销售窃听、窃照专用器材罪)',
         html=site_page('纽扣摄像模组_安睿通信', 'gbk', S4_HEAD,
             '<table width="960" align="center"><tr><td><h1>纽扣式 无线摄像模组 4K</h1>'
             '<p>外观就是一颗西装纽扣，缝在衣服上<b>别人完全看不出</b>，无灯无声，手机远程看，'
             '“谈生意、取证、看对方反应都好用”。</p><p class="price">￥420 / 套</p></td></tr></table>', S4_FOOT)),
    dict(n=14, name='sz-anrui-gps', path='/products.asp?id=12', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: a vehicle anti-theft GPS unit wired into one\'s own car with a visible indicator and a warning '
              'against tracking others — not a 窃听窃照专用器材 under 令72号 (not disguised, no audio pickup); '
              'lawful positioning product',
         html=site_page('车载GPS防盗定位器_安睿通信', 'gbk', S4_HEAD,
             '<table width="960" align="center"><tr><td><h1>车载北斗/GPS 防盗定位器（接线款）</h1>'
             '<p>接车辆12V常电，机身带工作指示灯，需在App中登记车主信息和车牌。</p>'
             '<p><b>仅限安装在本人或本单位车辆上。</b>严禁用于跟踪、定位他人，违者自负法律责任；本品无录音功能。</p>'
             '<p class="price">￥199</p></td></tr></table>', S4_FOOT)),
    dict(n=15, name='sz-anrui-jammer-licensed', path='/products.asp?id=15', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: 考场专用屏蔽设备 offered only to examination authorities on presentation of the 无线电管理机构 approval '
              '(a 限制 notice, 凭证购买) — lawful restricted sale under 无线电管理条例; no individual sale',
         html=site_page('考场专用屏蔽设备_安睿通信', 'gbk', S4_HEAD,
             '<table width="960" align="center"><tr><td><h1>教育考试专用 无线信号屏蔽设备</h1>'
             '<p>本产品已取得无线电发射设备型号核准。<b>仅限教育考试机构采购</b>，下单须上传省级无线电管理机构出具的'
             '设置使用批准文件及单位介绍信，个人及无证单位一律不售。</p><p>价格：项目报价</p></td></tr></table>', S4_FOOT)),
    dict(n=51, name='sz-anrui-smsbox', path='/products.asp?id=18', enc='gbk', bom=False, charset='gbk',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 工商总局令第72号 (2014) 第五条 "伪基站"设备 (no 进网许可/型号核准, captures nearby phones and '
              'pushes SMS); 刑法 第一百二十四条 (破坏公用电信设施); cases: 海口 2014 (伪基站 bought on 淘宝 and resold), 余姚法院 '
              '2015 (网购"伪基站"群发广告短信, 3年缓刑3年), 北京通州 2014 首例伪基站案',
         html=site_page('车载短信营销主机_安睿通信', 'gbk', S4_HEAD,
             '<table width="960" align="center"><tr><td><h1>车载式 短信营销主机（移动/联通双模）</h1>'
             '<p>无需运营商通道、不用实名号码：开机自动吸附方圆 <b>800米</b> 内所有手机，每小时可推送上万条，'
             '楼盘、车展、商场开业引流神器。笔记本+主机+天线整套发货。</p>'
             '<p class="price">整套 ￥26,800　代理价另议</p></td></tr></table>', S4_FOOT)),
]))

# ---------------------------------------------------------------- S5 化工原料 (1688-like B2B, GBK)
S5 = 'http://www.jn-luhua.test'
S5_HEAD = ('<div class="mod-header"><div class="company-name">济南鲁化化工原料有限公司</div>'
           '<div class="trust">诚信通 第9年 · 实力商家</div><div class="nav-bar">'
           '<a href="/">首页</a><a href="/offerlist.htm">供应产品</a><a href="/creditdetail.htm">公司档案</a></div></div>')
S5_FOOT = ('<div class="mod-footer">济南鲁化化工原料有限公司　统一社会信用代码 %s<br>'
           '危险化学品经营许可证：鲁济危化经字〔2024〕000236号（带储存）<br>'
           '<a href="https://beian.miit.gov.cn/">鲁ICP备2020031175号-1</a>　鲁公网安备 37011202000648号</div>' % K_LUHUA)
S5_FOOT_ITEM = '<div class="mod-footer">济南鲁化化工原料有限公司　<a href="https://beian.miit.gov.cn/">鲁ICP备2020031175号-1</a></div>'
SITES.append(dict(id='s05', side='main', host=S5, pages=[
    dict(n=16, name='jn-luhua-home', path='/', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: a licensed 危险化学品 seller displaying its 危险化学品经营许可证 and limiting sale to enterprises '
              '(危险化学品安全管理条例 第三十三条, 第三十七至三十九条); words 危险化学品/剧毒 appear as a notice, not a listing; '
              'licence and ICP shown',
         html=site_page('济南鲁化化工原料有限公司 - 工业化工原料批发', 'gbk', S5_HEAD,
             '<div class="mod-content"><h2>主营：工业硫酸、液碱、双氧水、工业盐、纯碱</h2>'
             '<p class="notice">购买须知：本公司持证经营危险化学品，<b>仅限企业采购</b>。剧毒化学品、易制爆化学品'
             '本公司不经营；易制毒化学品须凭公安机关《购买备案证明》购买，个人买家请勿下单。</p></div>', S5_FOOT)),
    dict(n=17, name='jn-luhua-cyanide', path='/offer/7730.html', enc='gbk', bom=False, charset='gbk',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 危险化学品安全管理条例 第三十八条/第三十九条 (剧毒化学品 only with 剧毒化学品购买许可证, '
              'no individual sale; 第四十一条 邮寄 ban); 互联网危险物品信息发布管理规定 (2015) 第六条 bans selling 剧毒 via internet '
              'to unlicensed buyers; jargon 山奈 = 氰化钠; no case number found',
         html=site_page('山奈 98% 片状_鲁化化工', 'gbk', S5_HEAD,
             '<div class="mod-detail"><h1>山奈（片碱状）98% 金矿选矿专用</h1>'
             '<table class="price-table"><tr><th>起批量</th><td>1kg</td><td>50kg</td><td>1吨</td></tr>'
             '<tr><th>价格</th><td class="price">￥38/kg</td><td>￥29/kg</td><td>￥21500/吨</td></tr></table>'
             '<p>散户也能拿，<b>不用购买许可证</b>，小包装走普通快递，备注“工业盐”。</p></div>', S5_FOOT_ITEM)),
    dict(n=18, name='jn-luhua-sulfuric', path='/offer/7512.html', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: 硫酸 is a 易制毒 (第三类) chemical that may be sold to enterprises with the 购买备案证明 '
              '(易制毒化学品管理条例 第十七条); the page states that restriction (凭证购买, 仅限企业) — lawful',
         html=site_page('工业硫酸 98%_鲁化化工', 'gbk', S5_HEAD,
             '<div class="mod-detail"><h1>工业硫酸 98% 吨桶装</h1>'
             '<table class="price-table"><tr><th>起批量</th><td>1吨</td><td>10吨</td></tr>'
             '<tr><th>价格</th><td class="price">￥680/吨</td><td>￥620/吨</td></tr></table>'
             '<p>限制说明：本品属第三类易制毒化学品，<b>凭《第三类易制毒化学品购买备案证明》购买</b>，'
             '危化品专用车配送，不走快递，不售个人。</p></div>', S5_FOOT_ITEM)),
    dict(n=19, name='jn-luhua-kno3', path='/offer/7640.html', enc='gbk', bom=False, charset='gbk',
         codes='ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE',
         note='ABSOLUTE_TERM: 广告法 第九条第三项 ("纯度全网天花板", "同行没有比我们更纯的" = 最高级 claim, no standard grade); '
              'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 (划线 ￥5800/吨 while 2.5 days before the same URL '
              'showed ￥4600/吨); kind from 市场监管总局 2022 价格欺诈 cases; no chemical case found',
         html=site_page('农用硝酸钾 99.5%_鲁化化工', 'gbk', S5_HEAD,
             '<div class="mod-detail"><h1>农用硝酸钾 99.5% 水溶肥原料</h1>'
             '<div class="price-box">吨价：<span class="price">￥4980/吨</span> <s class="origin-price">日常价 ￥5800/吨</s></div>'
             '<p>纯度全网天花板，同行没有比我们更纯的，不服来比！</p></div>', S5_FOOT_ITEM),
         hist=[(2.5, site_page('农用硝酸钾 99.5%_鲁化化工', 'gbk', S5_HEAD,
             '<div class="mod-detail"><h1>农用硝酸钾 99.5% 水溶肥原料</h1>'
             '<div class="price-box">吨价：<span class="price">￥4600/吨</span></div></div>', S5_FOOT_ITEM))]),
]))

# ---------------------------------------------------------------- S6 烟花爆竹 (Wix-like builder, GBK)
S6 = 'http://www.ly-huapao.test'
S6_HEAD = ('<div id="SITE_HEADER" class="wixui-header"><div data-testid="richTextElement">'
           '<h1 class="font_0">浏阳老花炮 · 产地直发</h1></div></div>')
S6_FOOT = ('<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="richTextElement">'
           '<p class="font_9">&copy; 2026 浏阳老花炮　客服微信同号　<a href="https://beian.miit.gov.cn/">湘ICP备12345678号</a></p>'
           '</div></footer>')
S6_FOOT_ITEM = ('<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="richTextElement">'
                '<p class="font_9">&copy; 2026 浏阳老花炮　客服微信同号</p></div></footer>')
SITES.append(dict(id='s06', side='main', host=S6, pages=[
    dict(n=20, name='ly-huapao-home', path='/', enc='gbk', bom=False, charset='gbk',
         codes='ICP_INVALID,LICENSE_MISSING',
         note='LICENSE_MISSING: 电子商务法 第十五条 (home page shows no licence at all); ICP_INVALID: 互联网信息服务管理办法 '
              '第十二条 ("湘ICP备12345678号" is a placeholder, not a filing — DOMAIN.md); no case found',
         html=site_page('浏阳老花炮 产地直发', 'gbk', S6_HEAD,
             '<main id="PAGES_CONTAINER"><section class="wixui-section"><h2>年货节 组合烟花 礼花弹</h2>'
             '<p>加特林、电光炮、冷光烟花，整箱批发，春节前全国发货。</p>'
             '<a href="/product-page/gatlin-100">100发加特林</a> <a href="/product-page/shop-notice">门店自提说明</a>'
             '</section></main>', S6_FOOT)),
    dict(n=21, name='ly-huapao-gatlin', path='/product-page/gatlin-100', enc='gbk', bom=False, charset=None,
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 烟花爆竹安全管理条例 第三条, 第二十七条 (禁止邮寄/托运夹带烟花爆竹; 经营须许可) — online '
              'sale with express delivery; cases: 上海静安/安徽淮南/山东寿光 公安 2025-12 通报 on 朋友圈/网络销售烟花爆竹; '
              'missing charset meta (bytes are gbk)',
         html=site_page('100发加特林 | 浏阳老花炮', None, S6_HEAD,
             '<main id="PAGES_CONTAINER"><div data-hook="product-title"><h1>100发 加特林 组合烟花（整箱6个）</h1></div>'
             '<div data-hook="product-price"><span class="price">￥588.00</span></div>'
             '<p>厂家直发，<b>包邮到家</b>，快递单写“工艺灯笼”，过年不用排队去门店，全国除新疆西藏都到。</p></main>', S6_FOOT_ITEM)),
    dict(n=22, name='ly-huapao-notice', path='/product-page/shop-notice', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: a notice that the site only shows products and sends buyers to licensed local retail outlets with a '
              '烟花爆竹经营（零售）许可证; refuses mail/online sale (烟花爆竹安全管理条例 第二十七条) — not a listing',
         html=site_page('购买须知 | 浏阳老花炮', 'gbk', S6_HEAD,
             '<main id="PAGES_CONTAINER"><h1>购买须知</h1><p>根据《烟花爆竹安全管理条例》，烟花爆竹<b>不能邮寄、不能快递</b>。'
             '本页仅作产品展示，不提供网上下单；请到当地持有《烟花爆竹经营（零售）许可证》的门店购买，并遵守当地禁放规定。</p></main>',
             S6_FOOT_ITEM)),
]))

# ---------------------------------------------------------------- S7 农资 (微擎 H5 module, GB18030)
S7 = 'http://www.sg-fenghe.test'
S7_HEAD = ('<div class="we7-header"><div class="title">丰禾农资商城</div><div class="sub">寿光蔬菜基地 配套农资</div></div>')
S7_FOOT_HOME = ('<div class="we7-footer"><p>寿光市丰禾农资有限公司</p><p>统一社会信用代码：%s</p>'
                '<p>农药经营许可证：农药经许（鲁）37078320015　负责人：孙䶮</p><p>Powered by 微擎</p></div>' % K_FENGHE)
S7_FOOT = '<div class="we7-footer"><p>寿光市丰禾农资有限公司　技术：𠮷农科技</p></div>'
SITES.append(dict(id='s07', side='main', host=S7, pages=[
    dict(n=23, name='sg-fenghe-home', path='/', enc='gb18030', bom=False, charset='gb18030',
         codes='FALSE_HONOUR,ICP_MISSING',
         note='FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 (2025) 第九条 — 免检 scheme abolished by 国务院 2008 '
              '(质检总局公告2008年第107号), so "国家免检产品" cannot be true; ICP_MISSING: 互联网信息服务管理办法 第十二条 '
              '(no ICP number on the home page); chars outside GBK: 䶮 (U+4DAE)',
         html=site_page('丰禾农资商城', 'gb18030', S7_HEAD,
             '<div class="we7-content"><div class="banner">复合肥 水溶肥 种子 农膜 一站配齐</div>'
             '<p>主打“丰禾牌”硫酸钾复合肥——国家免检产品，山东省农资质量信得过单位，寿光大棚户用了二十年。</p>'
             '<ul><li><a href="/app/index.php?i=2&c=entry&id=801">老款克无踪</a></li>'
             '<li><a href="/app/index.php?i=2&c=entry&id=812">海藻叶面肥</a></li></ul></div>', S7_FOOT_HOME)),
    dict(n=24, name='sg-fenghe-paraquat', path='/app/index.php?i=2&c=entry&id=801', enc='gb18030', bom=False,
         charset='gb18030', codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 农药管理条例 第四十六条; 农业部公告第1745号 (百草枯水剂 停止在国内销售和使用 from 2016-07-01); '
              '禁限用农药名录; 克无踪 is the old trade name of 百草枯水剂; case kind: 央视财经调查 2025-2026 on 违规销售禁用农药; '
              'chars outside GBK: 𠮷 (U+20BB7)',
         html=site_page('老款克无踪 20%水剂', 'gb18030', S7_HEAD,
             '<div class="we7-goods"><h1>老款“克无踪” 20% 水剂 200ml×40瓶</h1>'
             '<div class="price">￥960 / 箱</div><p>老配方，打上去两天烧死，根都不留，比草铵膦快多了。'
             '库存货，懂的老客户直接拍，<b>发货不写品名</b>。</p></div>', S7_FOOT)),
    dict(n=25, name='sg-fenghe-foliar', path='/app/index.php?i=2&c=entry&id=812', enc='gb18030', bom=False,
         charset='gb18030', codes='FALSE_CLAIM',
         note='FALSE_CLAIM: 广告法 第二十一条 (农药、肥料广告不得含有对效果的断言或者保证) and 第二十八条 — '
              '"保证亩产提高30%，不增产全额退款" and "根腐病一喷就好" are a guaranteed result and a disease-cure claim '
              'for a fertiliser; case kind: 宿迁 2024 铁拳 典型案例 (虚假广告); chars outside GBK: 𠮷',
         html=site_page('海藻叶面肥', 'gb18030', S7_HEAD,
             '<div class="we7-goods"><h1>海藻精 大量元素叶面肥 1kg</h1><div class="price">￥35 / 袋</div>'
             '<p>承诺：连喷三次<b>保证亩产提高30%</b>，不增产全额退款！</p>'
             '<p>黄瓜根腐病、番茄青枯病一喷就好，比打药还管用。</p></div>', S7_FOOT)),
    dict(n=26, name='sg-fenghe-glufosinate', path='/app/index.php?i=2&c=entry&id=830', enc='gb18030', bom=False,
         charset='gb18030', codes='-',
         note='trap: 草铵膦 is a registered, not restricted, herbicide (农药登记证号 shown); the page names banned products '
              'only to refuse them and disclaims yield guarantees (广告法 第二十一条 respected); chars outside GBK: 𠮷',
         html=site_page('草铵膦 200g/L', 'gb18030', S7_HEAD,
             '<div class="we7-goods"><h1>草铵膦 200克/升 水剂 5L</h1><div class="price">￥128 / 桶</div>'
             '<p>农药登记证号 PD20170015，请按标签用量使用，不得用于蔬菜生长期。</p>'
             '<p>本店不售百草枯、甲胺磷等国家禁用农药，问也不卖。使用效果受天气、土壤、草龄影响，本品不作增产保证。</p></div>',
             S7_FOOT)),
]))

# ---------------------------------------------------------------- S8 汽配 (Odoo eCommerce-like, UTF-8)
S8 = 'http://www.gz-chiyuan.test'
S8_HEAD = ('<header class="o_header_standard"><nav class="navbar"><a class="navbar-brand" href="/">驰远汽配</a>'
           '<ul class="nav"><li class="nav-item"><a class="nav-link" href="/shop">配件商城</a></li>'
           '<li class="nav-item"><a class="nav-link" href="/shop/category/brake-3">制动系统</a></li></ul></nav></header>')
S8_FOOT_HOME = ('<footer id="bottom" class="o_footer"><div class="container"><div class="row">'
                '<div class="col-lg-6"><h5>广州市驰远汽车配件有限公司</h5><p>广州市天河区车陂路汽配城B区118档</p></div>'
                '<div class="col-lg-6"><ul class="list-unstyled"><li>统一社会信用代码：%s</li>'
                '<li><a href="https://beian.miit.gov.cn/">粤ICP备2022011736号-1</a></li>'
                '<li>粤公网安备 44010602009813号</li></ul></div></div></div>'
                '<div class="o_footer_copyright">Powered by Odoo</div></footer>' % K_CHIYUAN)
S8_FOOT = '<footer id="bottom" class="o_footer"><div class="o_footer_copyright">驰远汽配 · Powered by Odoo</div></footer>'
SITES.append(dict(id='s08', side='main', host=S8, pages=[
    dict(n=27, name='gz-chiyuan-home', path='/', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: 原厂件/品牌件/副厂件 are the trade\'s quality tiers, shown as categories with a statement of which '
              'are genuine OEM; no counterfeit offer (商标法 第五十七条 needs infringing goods); licence and ICP shown',
         html=site_page('驰远汽配 - 原厂件 品牌件 副厂件 分类明码', 'utf-8', S8_HEAD,
             '<main id="wrap"><section class="s_text_block"><h2>三类配件 明码分开卖</h2>'
             '<ul><li><b>原厂件</b>：4S渠道进货，带原厂包装及防伪码，可查；</li>'
             '<li><b>品牌件</b>：博世、法雷奥等配件厂自有品牌，包装为配件厂品牌；</li>'
             '<li><b>副厂件</b>：国产配套厂生产，价格低，<b>不带整车厂商标</b>。</li></ul>'
             '<p>每件商品页写明属于哪一类，绝不以副厂冒充原厂。</p></section></main>', S8_FOOT_HOME)),
    dict(n=28, name='gz-chiyuan-brakepad', path='/shop/toyota-brake-pad-2231', enc='utf-8', bom=False, charset='utf-8',
         codes='COUNTERFEIT_TERM',
         note='COUNTERFEIT_TERM: 商标法 第五十七条 — "原单尾货" split across tags (原<span>单</span>) offered as Toyota-marked '
              'pads; cases: 银川兴庆 2023 假冒通用汽配 and 成都双流 2022 假冒陕汽配件 (商标侵权)',
         html=site_page('丰田 卡罗拉 前刹车片', 'utf-8', S8_HEAD,
             '<main id="wrap"><div id="product_detail"><h1 itemprop="name">丰田卡罗拉/雷凌 前刹车片 带原厂标</h1>'
             '<div class="product_price"><span class="oe_price price">¥ 168.00</span></div>'
             '<p>原<span class="hl">单</span>尾货，同一条线出来的，盒子钢印丰田LOGO一样不少，价格不到4S店一半。</p></div></main>',
             S8_FOOT)),
    dict(n=29, name='gz-chiyuan-filter', path='/shop/vw-lavida-air-filter-3310', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: "适用于大众朗逸" with the seller\'s own brand and an explicit "非大众原厂件" — descriptive compatibility '
              'use (商标法 第五十九条), lawful',
         html=site_page('空气滤芯 适用于大众朗逸', 'utf-8', S8_HEAD,
             '<main id="wrap"><div id="product_detail"><h1>驰远牌 空气滤芯（适用于大众朗逸 1.5L 2018-2023款）</h1>'
             '<div class="product_price"><span class="oe_price price">¥ 32.00</span></div>'
             '<p>配件类别：副厂件。本品为驰远自有品牌，<b>非大众原厂件</b>，尺寸与原车一致，可直接替换。</p></div></main>',
             S8_FOOT)),
    dict(n=30, name='gz-chiyuan-headlamp', path='/shop/headlamp-assembly-5120', enc='utf-8', bom=False, charset='utf-8',
         codes='COUNTERFEIT_TERM,RETURN_REFUSED',
         note='COUNTERFEIT_TERM: 商标法 第五十七条 ("高仿原厂 1:1开模 带原厂LOGO"); RETURN_REFUSED: 消费者权益保护法 '
              '第二十五条 (a headlamp is none of the exempt kinds; "不支持七天无理由" refused); case: 银川 2023 假冒汽配 (大灯 among '
              'seized goods)',
         html=site_page('LED大灯总成', 'utf-8', S8_HEAD,
             '<main id="wrap"><div id="product_detail"><h1>LED大灯总成 奥迪款</h1>'
             '<div class="product_price"><span class="oe_price price">¥ 1,280.00</span></div>'
             '<p>高仿原厂，1:1开模，灯壳带原厂LOGO，装上和原车没区别。</p>'
             '<p>售后说明：电器件一经发出<b>不支持七天无理由退换</b>，装前请核对车型。</p></div></main>', S8_FOOT)),
    dict(n=31, name='gz-chiyuan-authorization', path='/page/authorization', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: a distributor\'s 授权书 shown (授权经销 brand parts, validity dates) — words 原厂/授权/品牌 in a lawful '
              'authorisation; 商标法 第四十三条 licence context',
         html=site_page('授权资质', 'utf-8', S8_HEAD,
             '<main id="wrap"><h1>授权资质</h1><figure><img src="/web/image/auth-2026.jpg" alt="品牌授权书">'
             '<figcaption>兹授权广州市驰远汽车配件有限公司为我司“固特耐”牌刹车片华南地区授权经销商，'
             '授权期限 2026年1月1日至2026年12月31日。授权编号 GTN-HN-2026-031。</figcaption></figure>'
             '<p>以上为配件厂品牌授权，不代表整车厂原厂授权。</p></main>', S8_FOOT)),
]))

# ---------------------------------------------------------------- S9 电子元器件 (慧聪-like table, GBK)
S9 = 'http://www.hqb-xinyuan.test'
S9_HEAD = ('<table class="topbar" width="100%"><tr><td class="logo">芯源达电子</td>'
           '<td>现货IC · 原装正品 · 华强北实体档口</td><td><a href="/">首页</a> <a href="/ic/">现货库存</a></td></tr></table>')
S9_FOOT_HOME = ('<table class="foot" width="100%%"><tr><td>深圳市芯源达电子有限公司　营业执照注册号：%s<br>'
                '地址：深圳市福田区华强北路赛格广场28楼<br>'
                '<a href="https://beian.miit.gov.cn/">粤ICP备1903A21号</a></td></tr></table>' % R_XINYUAN_BAD)
S9_FOOT = ('<table class="foot" width="100%"><tr><td>深圳市芯源达电子有限公司　'
           'QQ：8008 1234　电话：0755-8320 6611</td></tr></table>')
SITES.append(dict(id='s09', side='main', host=S9, pages=[
    dict(n=32, name='hqb-xinyuan-home', path='/', enc='gbk', bom=False, charset='gbk',
         codes='ICP_INVALID,LICENSE_INVALID',
         note='LICENSE_INVALID: 电子商务法 第十五条 (15-digit 注册号 fails ISO 7064 MOD 11,10); ICP_INVALID: 互联网信息服务管理办法 '
              '第十二条 ("粤ICP备1903A21号" malformed: letter inside, 7 chars); no case found',
         html=site_page('芯源达电子 - 华强北IC现货', 'gbk', S9_HEAD,
             '<table width="960" align="center" class="stock"><tr><th>型号</th><th>品牌</th><th>批号</th><th>库存</th></tr>'
             '<tr><td><a href="/ic/stm32f103c8t6.html">STM32F103C8T6</a></td><td>ST</td><td>21+</td><td>12000</td></tr>'
             '<tr><td><a href="/ic/ch340g-used.html">CH340G（拆机翻新）</a></td><td>WCH</td><td>19+</td><td>3000</td></tr>'
             '</table>', S9_FOOT_HOME)),
    dict(n=33, name='hqb-xinyuan-stm32', path='/ic/stm32f103c8t6.html', enc='gbk', bom=False, charset='gbk',
         codes='COUNTERFEIT_TERM',
         note='COUNTERFEIT_TERM: 商标法 第五十七条 — "精仿" written as a numeric character reference (精&#20223;) plus '
              're-marked ST logo sold as new; case kind: 滨州滨城 2024 翻新显卡充新 (假冒注册商标罪) and 翻新芯片 trade reports',
         html=site_page('STM32F103C8T6 现货_芯源达', 'gbk', S9_HEAD,
             '<table width="960" align="center"><tr><td><h1>STM32F103C8T6 LQFP48</h1>'
             '<p class="price">￥3.20/片（1K起）</p>'
             '<p>说明：国产晶圆封装，表面重新镭雕ST丝印，&#31934;&#20223;原装，上机和原装一样用，'
             '按原装散新出货，标签印原厂批号。</p></td></tr></table>', S9_FOOT)),
    dict(n=34, name='hqb-xinyuan-ch340-refurb', path='/ic/ch340g-used.html', enc='gbk', bom=False, charset=None,
         codes='-',
         note='trap: a 翻新 (refurbished, pulled) chip clearly labelled as 翻新/拆机 and priced as such — no deception '
              'about origin (商标法 第五十七条 not met; 产品质量法 第三十九条 satisfied by disclosure); '
              'missing charset meta (bytes are gbk)',
         html=site_page('CH340G 拆机翻新_芯源达', None, S9_HEAD,
             '<table width="960" align="center"><tr><td><h1>CH340G 拆机翻新件</h1>'
             '<p class="price">￥0.45/片</p><p><b>本品为拆机翻新料，非全新</b>，脚位已重新镀锡，保留原始丝印未改动，'
             '价格约为新片三成，适合维修和学习板使用，不建议用于量产。</p></td></tr></table>', S9_FOOT)),
    dict(n=35, name='hqb-xinyuan-terms', path='/ic/terms.html', enc='gbk', bom=False, charset='gbk',
         codes='RETURN_REFUSED',
         note='RETURN_REFUSED: 消费者权益保护法 第二十五条 — chips are none of the exempt kinds (not 定作, not 数字化商品); '
              'the page refuses all 七天无理由 returns including unopened reels; no case found',
         html=site_page('交易条款_芯源达', 'gbk', S9_HEAD,
             '<table width="960" align="center"><tr><td><h1>交易条款</h1><ol><li>所有型号先款后货，顺丰到付。</li>'
             '<li>电子元器件属特殊商品，<b>售出概不退换，不适用七天无理由退货</b>，未拆封卷盘亦同。</li>'
             '<li>如有质量问题请于收货后48小时内提供测试报告。</li></ol></td></tr></table>', S9_FOOT)),
    dict(n=52, name='hqb-xinyuan-ide-key', path='/ic/ide-license.html', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: an IDE licence key delivered online is 在线下载的计算机软件 — statutory exemption 消费者权益保护法 '
              '第二十五条第一款第(三)项; the refusal is limited to it, physical goods keep 七天无理由',
         html=site_page('单片机IDE 授权码_芯源达', 'gbk', S9_HEAD,
             '<table width="960" align="center"><tr><td><h1>单片机集成开发环境 永久授权码（电子版）</h1>'
             '<p class="price">￥980/套</p><p>付款后系统自动发送激活码到邮箱，属在线交付的计算机软件，'
             '<b>激活码发出后依法不适用七天无理由退货</b>；同时购买的仿真器、烧录器等硬件仍支持七天无理由。</p>'
             '</td></tr></table>', S9_FOOT)),
]))

# ---------------------------------------------------------------- S10 劳保用品 (震坤行/京东工业品-like MRO, UTF-8 BOM)
S10 = 'http://www.sz-antu-mro.test'
S10_HEAD = ('<div class="mro-header"><div class="logo">安途工业品</div><div class="search">'
            '<input placeholder="搜索 型号/品牌/物料编码"></div><div class="tag">企业采购 · 对公转账 · 开专票</div></div>')
S10_FOOT_HOME = ('<div class="mro-footer"><div class="col">苏州安途劳保用品有限公司</div>'
                 '<div class="col"><a href="/about/license">营业执照</a>：统一社会信用代码 %s</div>'
                 '<div class="col"><a href="https://beian.miit.gov.cn/">苏ICP备2020066125号-3</a>'
                 '　苏公网安备 32050502011276号</div></div>' % K_ANTU)
S10_FOOT = '<div class="mro-footer"><div class="col">安途工业品 客服 400-821-0066</div></div>'
SITES.append(dict(id='s10', side='main', host=S10, pages=[
    dict(n=36, name='sz-antu-home', path='/', enc='utf-8', bom=True, charset='utf-8',
         codes='-',
         note='trap: "仅限企业采购" restriction notice and "国标 GB 2626-2019 KN95" standard grades; "最低起订量" is an order '
              'minimum, not an absolute claim (广告法 第九条 not engaged); licence and ICP shown',
         html=site_page('安途工业品 - 劳保用品一站式采购', 'utf-8', S10_HEAD,
             '<div class="mro-main"><div class="notice">本平台<b>仅限企业采购</b>，注册需上传营业执照，支持账期与专票。</div>'
             '<div class="floor"><h3>呼吸防护</h3><p>KN95 防颗粒物口罩（GB 2626-2019），最低起订量 1箱（600只）。</p></div>'
             '<div class="floor"><h3>头部防护</h3><p>ABS 安全帽（GB 2811-2019）</p></div></div>', S10_FOOT_HOME)),
    dict(n=37, name='sz-antu-mask', path='/p/MRO-KN95-0601.html', enc='utf-8', bom=True, charset='utf-8',
         codes='FALSE_CLAIM',
         note='FALSE_CLAIM: 广告法 第十七条 (non-drug goods may not claim to treat disease) and 第二十八条 — a labour '
              'protection mask "可治疗过敏性鼻炎" and "预防流感"; case kind: 宿迁 2024 铁拳 典型案例 (疾病治疗功能广告)',
         html=site_page('KN95防护口罩 活性炭款', 'utf-8', S10_HEAD,
             '<div class="mro-item"><h1>KN95 活性炭防护口罩 头戴式 600只/箱</h1>'
             '<div class="price-area"><span class="price">¥ 0.98/只</span></div>'
             '<ul class="sell-points"><li>纳米负离子熔喷层，<b>可治疗过敏性鼻炎</b>，戴一周鼻子就通</li>'
             '<li>车间粉尘、流感病毒统统挡住，预防流感不用打疫苗</li></ul></div>', S10_FOOT)),
    dict(n=38, name='sz-antu-helmet', path='/p/MRO-HAT-2811.html', enc='utf-8', bom=True, charset='utf-8',
         codes='ABSOLUTE_TERM,WELLKNOWN_MARK_AD',
         note='ABSOLUTE_TERM: 广告法 第九条第三项 ("国家级防护 顶配中的顶配" used as claims); WELLKNOWN_MARK_AD: '
              '商标法 第十四条第五款 ("中国驰名商标" in the listing); no case found for helmets',
         html=site_page('ABS安全帽 V型', 'utf-8', S10_HEAD,
             '<div class="mro-item"><h1>“护神”ABS 安全帽 V型 透气款</h1>'
             '<div class="price-area"><span class="price">¥ 18.50/顶</span></div>'
             '<ul class="sell-points"><li>国家级防护，顶配中的顶配，工地老板都说好</li>'
             '<li>护神®——中国驰名商标，十年专注头部防护</li><li>执行标准 GB 2811-2019</li></ul></div>', S10_FOOT)),
    dict(n=39, name='sz-antu-boots', path='/p/MRO-SHOE-0877.html', enc='utf-8', bom=True, charset='utf-8',
         codes='REVIEW_INDUCEMENT',
         note='REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — paid reviews (晒单+五星截图 → 话费); case: '
              '江苏省市场监管局 2021 刷单炒信 典型案例 (扬州江都 饮品店 "好评返现" 卡片, 罚款12000元)',
         html=site_page('钢包头劳保鞋', 'utf-8', S10_HEAD,
             '<div class="mro-item"><h1>钢包头 防砸防刺穿 劳保鞋</h1>'
             '<div class="price-area"><span class="price">¥ 69.00/双</span></div>'
             '<div class="gift-card">收货后晒单：五颗星+3张实拍+15字以上，截图发给采购客服，'
             '<b>每双送10元话费</b>，批量订单按双数累计。</div></div>', S10_FOOT)),
]))

# ---------------------------------------------------------------- S11 电线电缆 商户页 (58同城-like, UTF-8, wrong meta)
S11 = 'http://www.zz-zhongyuan-xianlan.test'
SITES.append(dict(id='s11', side='main', host=S11, pages=[
    dict(n=40, name='zz-zhongyuan-home', path='/', enc='utf-8', bom=False, charset='gb2312',
         codes='-',
         note='trap: "国标" and "GB/T 5023" are the national standard the cable is made to, backed by a test report '
              'number — a standard grade, not an absolute claim; licence shown as image with alt text plus a link to the '
              'electronic licence; ICP shown; wrong charset meta: declares gb2312 but bytes are utf-8',
         html=site_page('中原线缆经营部 - 郑州电线电缆批发', 'gb2312',
             '<div class="shop-top"><span class="shop-title">中原线缆经营部</span><span class="tag">实体商家</span></div>',
             '<div class="shop-info"><dl><dt>主营</dt><dd>BV/BVR电线、YJV电力电缆、RVV护套线</dd>'
             '<dt>地址</dt><dd>郑州市金水区电缆城东区7排</dd>'
             '<dt>质量</dt><dd>按国标GB/T 5023生产，铜导体电阻合格，检测报告编号 ZJ2025-08831，可扫码查询</dd></dl></div>',
             '<div class="shop-foot"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s'
             '-SAIC_SHOW_10000091440000001700&amp;signData=MEUCIQDz">'
             '<img src="/img/dzyyzz.png" alt="营业执照电子亮照：郑州市金水区中原线缆经营部"></a><br>'
             '<a href="https://beian.miit.gov.cn/">豫ICP备2023019972号-1</a>　豫公网安备 41010502004417号</div>' % K_ZHONGYUAN)),
]))

# ---------------------------------------------------------------- P1 五金批发 platform shop (1688-like, UTF-8)
P1_ID, P1_NAME = 'jinyu-wujin', '金誉五金工具批发'
SITES.append(dict(id='p01', side='main', host=MALL, pages=[
    dict(n=41, name='mall-jinyu-shop', path='/shop/%s/' % P1_ID, enc='utf-8', bom=False, charset='utf-8',
         codes='LICENSE_MISMATCH,MARK_MISSING',
         note='LICENSE_MISMATCH: 电子商务法 第十五条 (shop-license names 义乌市金誉五金工具有限公司 but the registry row for the '
              'code is 义乌市金誉日用百货商行 — different company); MARK_MISSING: platform 亮标 duty (seed: 平台为网店亮标), no '
              'mall-mark element; no case found',
         html=platform_page('金誉五金工具批发', 'utf-8',
             mall_shop_head(P1_ID, P1_NAME,
                 '<div class="shop-license">经营主体：义乌市金誉五金工具有限公司　统一社会信用代码：%s</div>' % K_JINYU,
                 mark=False),
             '<div class="offer-list"><div class="offer"><a href="%s/item/jy20881.html">铬钒钢扳手套装 32件</a></div>'
             '<div class="offer"><a href="%s/item/jy20917.html">劳保手套 浸胶 12双</a></div></div>' % (MALL, MALL))),
    dict(n=42, name='mall-jinyu-wrenchset', path='/item/jy20881.html', enc='utf-8', bom=False, charset='utf-8',
         codes='FAKE_ORIGINAL_PRICE',
         note='FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 (划线价 ¥128 above the ¥66 shown 1.5 days before; '
              'B2B tier table); case kind: 市场监管总局 价格欺诈 典型案例 (虚构原价)',
         html=platform_page('铬钒钢扳手套装 32件', 'utf-8', item_head(P1_ID, P1_NAME),
             '<div class="d-title">铬钒钢 棘轮扳手套装 32件 汽修工具箱</div>'
             '<div class="price-box"><del class="price original">¥128.00</del> <span class="price now">¥72.00</span></div>'
             '<table class="tier"><tr><td>2-49套</td><td>¥72.00</td></tr><tr><td>50-199套</td><td>¥65.00</td></tr>'
             '<tr><td>≥200套</td><td>¥59.00</td></tr></table>'),
         hist=[(1.5, platform_page('铬钒钢扳手套装 32件', 'utf-8', item_head(P1_ID, P1_NAME),
             '<div class="d-title">铬钒钢 棘轮扳手套装 32件 汽修工具箱</div>'
             '<div class="price-box"><span class="price now">¥66.00</span></div>'))]),
    dict(n=43, name='mall-jinyu-gloves', path='/item/jy20917.html', enc='utf-8', bom=False, charset='utf-8',
         codes='REVIEW_INDUCEMENT',
         note='REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — a red packet for a picture review, without the '
              'word 好评返现 ("带图评价满15字 截图找客服领红包"); case: 江苏 2021 刷单炒信 典型案例 (扬州江都)',
         html=platform_page('浸胶劳保手套 12双', 'utf-8', item_head(P1_ID, P1_NAME),
             '<div class="d-title">丁腈浸胶 劳保手套 耐磨防滑 12双装</div>'
             '<div class="price-box"><span class="price now">¥19.90</span></div>'
             '<div class="d-desc"><p>【福利】确认收货后带图评价满15字，截图找客服领<b>3元红包</b>，'
             '追评再领2元，限本店老客户。</p></div>')),
    dict(n=53, name='mall-jinyu-bearing', path='/item/jy21102.html', enc='utf-8', bom=False, charset='utf-8',
         codes='COUNTERFEIT_TERM',
         note='COUNTERFEIT_TERM: 商标法 第五十七条 — bearing-trade jargon "洗标/改标货" (domestic bearings re-marked with '
              'the SKF mark, sold in SKF boxes); cases: 防城港市工商局防城区分局 (2900套 假冒SKF轴承, 案值107.6万元); '
              '大窑湾海关 236套 侵权SKF轴承',
         html=platform_page('6205-2RS 深沟球轴承', 'utf-8', item_head(P1_ID, P1_NAME),
             '<div class="d-title">6205-2RS 深沟球轴承 SKF款 100只/箱</div>'
             '<div class="price-box"><span class="price now">¥4.60/只</span></div>'
             '<div class="d-desc"><p>洗标货：国产精品套圈重新打SKF钢印，配SKF原装外盒，装机和进口一个样，'
             '价格只要正品三分之一，修理厂、五金店拿货首选。</p></div>')),
]))

# ---------------------------------------------------------------- P2 电线电缆 platform shop (京东 POP-like)
P2_ID, P2_NAME = 'xin-guobiao-cable', '鑫国标电线电缆旗舰店'
SITES.append(dict(id='p02', side='main', host=MALL, pages=[
    dict(n=44, name='mall-xgb-shop', path='/shop/%s/' % P2_ID, enc='utf-8', bom=False, charset='utf-8',
         codes='LICENSE_MISSING,MARK_MISSING',
         note='LICENSE_MISSING: 电子商务法 第十五条 (shop home shows no licence of its own — the platform footer code is '
              'the platform\'s, not the shop\'s); MARK_MISSING: 亮标 absent (the "官方认证" text is not a mall-mark element); '
              'no case found',
         html=platform_page('鑫国标电线电缆旗舰店', 'utf-8',
             mall_shop_head(P2_ID, P2_NAME, '<div class="shop-slogan">官方认证 · 工厂直营 · 国标足米</div>', mark=False),
             '<div class="j-module"><a href="%s/item/xgb-bv25.html">BV2.5平方 单股硬线 100米</a> '
             '<a href="%s/item/xgb-yjv.html">YJV 3×95 电力电缆</a> '
             '<a href="%s/item/xgb-rvv.html">RVV护套线</a></div>' % (MALL, MALL, MALL))),
    dict(n=45, name='mall-xgb-bv25', path='/item/xgb-bv25.html', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: 划线价 ¥399 is not above the lowest price within 7 days (¥399 two days before); the ¥299 capture is '
              '8.5 days old, outside the 明码标价和禁止价格欺诈规定 第十六条 window; "国标" is the GB/T 5023 standard, with a '
              '质检报告 number — standard grade; kind from 吉林 2021 铁拳 cases on 电线 (国标 claims)',
         html=platform_page('BV2.5平方 单股硬线 100米', 'utf-8', item_head(P2_ID, P2_NAME),
             '<div class="sku-name">BV2.5平方 国标单股铜芯硬线 100米/卷</div>'
             '<div class="summary-price"><span class="p-price price">¥359.00</span> '
             '<del class="price line">¥399.00</del></div>'
             '<div class="detail"><p>执行标准 GB/T 5023.3-2008，第三方质检报告编号 CTI-2025-BV-07712。</p></div>'),
         hist=[(2.0, platform_page('BV2.5平方 单股硬线 100米', 'utf-8', item_head(P2_ID, P2_NAME),
             '<div class="sku-name">BV2.5平方 国标单股铜芯硬线 100米/卷</div>'
             '<div class="summary-price"><span class="p-price price">¥399.00</span></div>')),
               (8.5, platform_page('BV2.5平方 单股硬线 100米', 'utf-8', item_head(P2_ID, P2_NAME),
             '<div class="sku-name">BV2.5平方 国标单股铜芯硬线 100米/卷</div>'
             '<div class="summary-price"><span class="p-price price">¥299.00</span></div>'))]),
    dict(n=46, name='mall-xgb-yjv', path='/item/xgb-yjv.html', enc='utf-8', bom=False, charset='utf-8',
         codes='FALSE_HONOUR',
         note='FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 (2025) 第九条 — "国家免检产品" (scheme abolished 2008) and '
              '"中国名牌产品" (评选 stopped 2012-2013) cannot be current honours; case kind: 吉林 2021 铁拳 (伪造CCC 电缆)',
         html=platform_page('YJV 3×95 电力电缆', 'utf-8', item_head(P2_ID, P2_NAME),
             '<div class="sku-name">YJV22 3×95+1×50 铠装电力电缆</div>'
             '<div class="summary-price"><span class="p-price price">¥386.00/米</span></div>'
             '<div class="detail"><p>荣誉：国家免检产品 · 中国名牌产品 · 省著名商标企业</p></div>')),
    dict(n=47, name='mall-xgb-rvv', path='/item/xgb-rvv.html', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: the shop denies selling 高仿/贴牌 goods and warns buyers about 非标线 — a negation and a warning, '
              'no counterfeit offer (商标法 第五十七条); hidden text in an HTML comment and a display:none block '
              '(old copy) is not displayed',
         html=platform_page('RVV护套线', 'utf-8', item_head(P2_ID, P2_NAME),
             '<!-- 旧文案：高仿大牌 1:1 -->'
             '<div class="sku-name">RVV 2×1.5 护套软线 100米</div>'
             '<div class="summary-price"><span class="p-price price">¥168.00</span></div>'
             '<div class="detail"><p>提醒：市面上有打着大牌旗号的高仿线、非标线，线径不足易发热。'
             '本店只卖自有品牌，<b>从不做高仿、不贴别人的牌</b>。</p>'
             '<div style="display:none">原单 A货 超A 清仓</div></div>')),
]))

# ---------------------------------------------------------------- P3 二手设备 platform shop (转转/闲鱼-like)
P3_ID, P3_NAME = 'huiji-ershou', '汇机二手设备回收'
SITES.append(dict(id='p03', side='main', host=MALL, pages=[
    dict(n=48, name='mall-huiji-shop', path='/shop/%s/' % P3_ID, enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: shop home with its own licence and the mall-mark; "翻新机" used as a clearly disclosed condition '
              'grade (成色分级), not as passing-off; nothing to flag',
         html=platform_page('汇机二手设备回收', 'utf-8',
             mall_shop_head(P3_ID, P3_NAME,
                 '<div class="shop-license info">东莞市汇机二手设备有限公司<br>统一社会信用代码 %s</div>' % K_HUIJI),
             '<div class="grade-guide"><h3>成色说明</h3><ul><li>9成新：原机未拆修</li>'
             '<li>翻新机：更换过主要部件并重新喷漆，商品标题一律标注“翻新”</li></ul></div>'
             '<a href="%s/item/hj-inj-160.html">海天160吨注塑机</a> <a href="%s/item/hj-cnc-850.html">850加工中心（翻新）</a>'
             % (MALL, MALL))),
    dict(n=49, name='mall-huiji-injection', path='/item/hj-inj-160.html', enc='utf-8', bom=False, charset='utf-8',
         codes='ABSOLUTE_TERM',
         note='ABSOLUTE_TERM: 广告法 第九条第三项 ("全网最低价", "成色全国第一" as claims about the seller); no case found',
         html=platform_page('二手海天160吨注塑机', 'utf-8', item_head(P3_ID, P3_NAME),
             '<div class="item-title">二手 海天 MA1600 注塑机 2019年</div>'
             '<div class="item-price"><span class="price">¥ 68,000</span></div>'
             '<p>全网最低价，同款成色全国第一，找到更低的差价三倍补！</p>')),
    dict(n=50, name='mall-huiji-cnc', path='/item/hj-cnc-850.html', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: a 翻新 machine clearly labelled 翻新 with what was replaced; the brand is named to identify the '
              'machine (商标法 第五十九条 / exhaustion of rights on resale of genuine goods); 质检报告 shown',
         html=platform_page('850加工中心（翻新）', 'utf-8', item_head(P3_ID, P3_NAME),
             '<div class="item-title">【翻新】850立式加工中心 2016年 发那科系统</div>'
             '<div class="item-price"><span class="price">¥ 135,000</span></div>'
             '<p>本机为<b>翻新机，非全新</b>：更换主轴轴承、丝杆，重新喷漆；原铭牌保留。附第三方精度检测报告。</p>')),
]))

# ---------------------------------------------------------------- S12 汽配 OEM 配套 (WooCommerce-like, UTF-8)
S12 = 'http://www.wj-peitao.test'
S12_HEAD = ('<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">'
            '<a href="/">武进配套汽配</a></p><p class="site-description">主机厂一级配套 · 售后品牌件</p></div>'
            '<nav class="main-navigation"><a href="/shop/">商店</a> <a href="/about/">关于</a></nav></header>')
S12_FOOT_HOME = ('<footer id="colophon" class="site-footer"><div class="site-info">常州武进配套汽车零部件有限公司　'
                 '统一社会信用代码 %s<br><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;'
                 'serial=%s-SAIC_SHOW_10000091320412MA1X8R5T0&amp;signData=MEQCIF7a">'
                 '<img src="/wp-content/uploads/lz.png" alt="电子营业执照"></a><br>'
                 '<a href="https://beian.miit.gov.cn/">苏ICP备2019077203号-1</a>　苏公网安备 32041202001834号<br>'
                 'Proudly powered by WordPress · WooCommerce</div></footer>' % (K_WUJIN_PT, K_ANTU))
S12_FOOT = '<footer id="colophon" class="site-footer"><div class="site-info">武进配套汽配 · WooCommerce</div></footer>'
SITES.append(dict(id='s12', side='holdout', host=S12, pages=[
    dict(n=123, name='wj-peitao-home', path='/', enc='utf-8', bom=False, charset='utf-8',
         codes='LICENSE_MISMATCH',
         note='LICENSE_MISMATCH: 电子商务法 第十五条; 市场主体登记管理条例 第三十六条 — the 亮照 link\'s serial names another '
              'company\'s code (苏州安途劳保用品有限公司), not the code shown in the footer; no case found',
         html=site_page('武进配套汽配 – 刹车盘 离合器 品牌件', 'utf-8', S12_HEAD,
             '<main id="primary" class="site-main"><h1 class="entry-title">欢迎光临</h1>'
             '<p>专营刹车盘、离合器三件套、水泵，主机厂一级配套工厂的售后品牌件。</p>'
             '<ul class="products"><li class="product"><a href="/product/brake-disc-oem/">前刹车盘 配套品牌件</a></li></ul>'
             '</main>', S12_FOOT_HOME)),
    dict(n=124, name='wj-peitao-disc', path='/product/brake-disc-oem/', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: "原厂配套/同品质/适配" describe an OEM supplier\'s own-brand part, stated without the car maker\'s mark '
              'and with "非整车厂原厂件" — truthful description and descriptive compatibility use (商标法 第五十九条)',
         html=site_page('前刹车盘 配套品牌件 – 武进配套汽配', 'utf-8', S12_HEAD,
             '<main id="primary" class="site-main"><div class="product"><h1 class="product_title">前刹车盘（适配 别克英朗 2015-2022）</h1>'
             '<p class="price"><span class="woocommerce-Price-amount amount">¥198.00</span></p>'
             '<div class="woocommerce-product-details__short-description"><p>本厂为该车型主机厂一级配套供应商，'
             '售后件与配套件同一产线、同品质，但包装为本厂“武配”品牌，<b>不带整车厂商标，非整车厂原厂件</b>。</p></div>'
             '</div></main>', S12_FOOT)),
]))

# ======================================================================
# HOLDOUT sites
# ======================================================================
# ---------------------------------------------------------------- H1 厦门 台商 电子 (Big5, traditional)
H1 = 'http://www.xm-taiyang.test'
H1_HEAD = ('<div id="hd"><h1>台揚電子 TAIYANG</h1><p>台灣團隊 · 廈門設廠 · 大陸出貨</p>'
           '<p><a href="/">首頁</a>｜<a href="/products/">產品</a></p></div>')
H1_FOOT_HOME = ('<div id="ft">廈門台揚電子科技有限公司　統一社會信用代碼：%s<br>'
                '地址：廈門市思明區軟件園二期望海路19號<br>閩公網安備 35020302035518號</div>' % K_TAIYANG)
H1_FOOT = '<div id="ft">廈門台揚電子科技有限公司　客服LINE／微信同號</div>'
SITES.append(dict(id='h01', side='holdout', host=H1, pages=[
    dict(n=101, name='xm-taiyang-home', path='/', enc='big5', bom=False, charset='big5',
         codes='ICP_MISSING,WELLKNOWN_MARK_AD',
         note='ICP_MISSING: 互联网信息服务管理办法 第十二条 (only a 公网安备 number, which is not an ICP filing); '
              'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 ("馳名商標" in traditional script); no case found',
         html=site_page('台揚電子 - 汽車電子 安防配件', 'big5', H1_HEAD,
             '<div id="bd"><h2>「台揚」— 中國馳名商標，二十年汽車電子專家</h2>'
             '<p>倒車雷達、行車記錄器、車用配件，對岸品質，大陸價格。</p>'
             '<ul><li><a href="/products/gsm-ear.html">GSM 遠程拾音器</a></li>'
             '<li><a href="/products/lamp-a.html">大燈總成</a></li></ul></div>', H1_FOOT_HOME, lang='zh-TW')),
    dict(n=102, name='xm-taiyang-bug', path='/products/gsm-ear.html', enc='big5', bom=False, charset='big5',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 工商总局令第72号 (2014) 第三条 窃听专用器材 (微型语音拾取, 远程接收, 伪装); 刑法 第二百八十三条; '
              'case: 南通通州 2024 (声音放大器 "隔着墙壁就能听到清晰对话" sold on a platform) and 北京 2014 禁售通告',
         html=site_page('GSM 遠程拾音器', 'big5', H1_HEAD,
             '<div id="bd"><h1>GSM 遠程拾音器（插卡款）</h1><p class="price">人民幣 298 元</p>'
             '<p>火柴盒大小，塞進沙發縫或車內，撥號即可<b>遠程聽現場聲音</b>，對方完全不知道；'
             '隔牆也能聽清楚對話，待機20天。</p></div>', H1_FOOT, lang='zh-TW')),
    dict(n=103, name='xm-taiyang-lamp', path='/products/lamp-a.html', enc='big5', bom=False, charset='big5',
         codes='COUNTERFEIT_TERM',
         note='COUNTERFEIT_TERM: 商标法 第五十七条 — full-width "Ａ貨" and "仿原廠 LOGO" in traditional script; cases: '
              '银川 2023 假冒汽配; 永康 2021 假冒车标 (罚款25万)',
         html=site_page('大燈總成', 'big5', H1_HEAD,
             '<div id="bd"><h1>大燈總成 德系車款</h1><p class="price">人民幣 1,050 元</p>'
             '<p>Ａ貨等級，外殼仿原廠 LOGO 一模一樣，裝車看不出差別，價格只要原廠三分之一。</p></div>', H1_FOOT, lang='zh-TW')),
    dict(n=104, name='xm-taiyang-refurb', path='/products/dvr-refurb.html', enc='big5', bom=False, charset='big5',
         codes='-',
         note='trap: a 翻新 dash-cam clearly labelled as 翻新機 with the defects named, and "最佳" used as advice about '
              'mounting position (guideline: tips exempt) — lawful disclosure (产品质量法 第二十七条)',
         html=site_page('行車記錄器 翻新機', 'big5', H1_HEAD,
             '<div id="bd"><h1>【翻新機】行車記錄器 1080P</h1><p class="price">人民幣 129 元</p>'
             '<p>本品為<b>原廠翻新機</b>，外殼有輕微使用痕跡，已更換電池，非全新品，保固三個月。</p>'
             '<p>安裝建議：貼於後視鏡後方為最佳位置，不擋視線。</p></div>', H1_FOOT, lang='zh-TW')),
]))

# ---------------------------------------------------------------- H2 农机 platform shop (拼多多/社区团购-like)
H2_ID, H2_NAME = 'wofeng-nongji', '沃丰农机配件'
SITES.append(dict(id='h02', side='holdout', host=MALL, pages=[
    dict(n=105, name='mall-wofeng-shop', path='/shop/%s/' % H2_ID, enc='utf-8', bom=False, charset='utf-8',
         codes='LICENSE_MISMATCH',
         note='LICENSE_MISMATCH: 电子商务法 第十五条; 网络交易监督管理办法 第十二条 (displayed code valid, registry status '
              '经营异常); mall-mark present; no case found',
         html=platform_page('沃丰农机配件', 'utf-8',
             mall_shop_head(H2_ID, H2_NAME,
                 '<dl class="shop-license"><dt>企业名称</dt><dd>临沂市兰山区沃丰农机销售有限公司</dd>'
                 '<dt>统一社会信用代码</dt><dd>%s</dd></dl>' % K_NONGJI),
             '<div class="goods-feed"><a href="%s/item/wf-rotary-150.html">150型旋耕机</a> '
             '<a href="%s/item/wf-seeder.html">玉米精量播种机</a></div>' % (MALL, MALL))),
    dict(n=106, name='mall-wofeng-rotary', path='/item/wf-rotary-150.html', enc='utf-8', bom=False, charset='utf-8',
         codes='FAKE_ORIGINAL_PRICE',
         note='FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 (百亿补贴-style 划线 "日常价 ¥3980" while the same '
              'URL sold at ¥2680 four days before); case kind: 市场监管总局 价格欺诈 典型案例',
         html=platform_page('150型旋耕机', 'utf-8', item_head(H2_ID, H2_NAME),
             '<div class="goods-name">150型 拖拉机后置旋耕机 加厚刀轴</div>'
             '<div class="goods-price"><span class="price sale">补贴价 ¥2,880</span> '
             '<s class="price old">日常价 ¥3,980</s></div>'),
         hist=[(4.0, platform_page('150型旋耕机', 'utf-8', item_head(H2_ID, H2_NAME),
             '<div class="goods-name">150型 拖拉机后置旋耕机 加厚刀轴</div>'
             '<div class="goods-price"><span class="price sale">¥2,680</span></div>'))]),
    dict(n=107, name='mall-wofeng-seeder', path='/item/wf-seeder.html', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: "最佳作业速度" is operating advice and "国家农机购置补贴" is a real state programme named with its '
              'list number (guideline: tips and state-awarded facts exempt); not an honour claim',
         html=platform_page('玉米精量播种机', 'utf-8', item_head(H2_ID, H2_NAME),
             '<div class="goods-name">2BYF-4 玉米精量播种施肥机</div>'
             '<div class="goods-price"><span class="price sale">¥6,500</span></div>'
             '<p>作业提示：播种时拖拉机最佳作业速度为 5-7 公里/小时，过快易漏播。</p>'
             '<p>本机型列入2024-2026年山东省农机购置补贴机具目录，可按当地政策申请补贴。</p>')),
]))

# ---------------------------------------------------------------- H3 劳保 platform shop (视频号小店-like)
H3_ID, H3_NAME = 'gaoyang-laobao', '高阳劳保毛巾厂店'
SITES.append(dict(id='h03', side='holdout', host=MALL, pages=[
    dict(n=108, name='mall-gaoyang-shop', path='/shop/%s/' % H3_ID, enc='utf-8', bom=False, charset='utf-8',
         codes='LICENSE_INVALID,MARK_MISSING',
         note='LICENSE_INVALID: 电子商务法 第十五条 (shop-license code fails its GB 32100 check character); MARK_MISSING: '
              'no mall-mark element (a picture named "认证" is not the mark element); no case found',
         html=platform_page('高阳劳保毛巾厂店', 'utf-8',
             mall_shop_head(H3_ID, H3_NAME,
                 '<p class="shop-license">高阳县恒泰劳保用品有限公司 <span>统一社会信用代码</span> '
                 '<span>%s</span></p><img src="/img/renzheng.png" alt="认证">' % K_GAOYANG_BAD, mark=False),
             '<div class="feed"><a href="%s/item/gy-towel.html">劳保毛巾</a> <a href="%s/item/gy-glove.html">帆布手套</a></div>'
             % (MALL, MALL))),
    dict(n=109, name='mall-gaoyang-towel', path='/item/gy-towel.html', enc='utf-8', bom=False, charset='utf-8',
         codes='REVIEW_INDUCEMENT',
         note='REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — money for a video follow-up review (追评返¥3) '
              'worded as 福利; case: 江苏 2021 刷单炒信 典型案例',
         html=platform_page('劳保毛巾 20条', 'utf-8', item_head(H3_ID, H3_NAME),
             '<div class="t">纯棉劳保毛巾 加厚 20条装</div><div class="p"><span class="price">¥29.90</span></div>'
             '<p>粉丝福利👉 追评带视频（10秒以上）私信客服，<b>返￥3</b>，好评截图再抽免单～</p>')),
    dict(n=110, name='mall-gaoyang-glove', path='/item/gy-glove.html', enc='utf-8', bom=False, charset='utf-8',
         codes='RETURN_REFUSED',
         note='RETURN_REFUSED: 消费者权益保护法 第二十五条 — canvas work gloves are none of the exempt kinds; the page refuses '
              'returns once the bag is opened ("拆袋不退 不支持7天无理由"); no case found',
         html=platform_page('帆布手套 24双', 'utf-8', item_head(H3_ID, H3_NAME),
             '<div class="t">24线 帆布劳保手套 24双</div><div class="p"><span class="price">¥22.80</span></div>'
             '<p>温馨提示：手套属贴身用品，<b>拆袋不退，本店不支持7天无理由</b>，介意慎拍。</p>')),
]))

# ---------------------------------------------------------------- H4 建材 保温板 (PbootCMS-like, GBK)
H4 = 'http://www.lf-jiancai.test'
H4_HEAD = ('<div class="head"><div class="container"><a class="logo" href="/">廊坊恒固保温建材</a>'
           '<ul class="menu"><li><a href="/product/">产品中心</a></li><li><a href="/case/">工程案例</a></li></ul></div></div>')
H4_FOOT = ('<div class="foot"><div class="container"><p>廊坊恒固保温建材　电话：0316-529 8810</p>'
           '<p><a href="https://beian.miit.gov.cn/">冀ICP备2022007345号-1</a>　冀公网安备 13100302000721号</p>'
           '<p>Powered by PbootCMS</p></div></div>')
SITES.append(dict(id='h04', side='holdout', host=H4, pages=[
    dict(n=111, name='lf-jiancai-home', path='/', enc='gbk', bom=False, charset='gbk',
         codes='LICENSE_MISSING',
         note='LICENSE_MISSING: 电子商务法 第十五条, 第七十六条 (home page has ICP and phone but no licence information, '
              'no licence link); no case found',
         html=site_page('廊坊恒固保温建材 - 岩棉板 挤塑板 外墙保温', 'gbk', H4_HEAD,
             '<div class="container"><h2>外墙保温 一站式供应</h2><p>岩棉板、挤塑板、玻璃棉、保温砂浆，京津冀工地直送。</p>'
             '<a href="/product/12.html">A级岩棉板</a> <a href="/product/15.html">挤塑板</a></div>', H4_FOOT)),
    dict(n=112, name='lf-jiancai-xps', path='/product/15.html', enc='gbk', bom=False, charset='gbk',
         codes='ABSOLUTE_TERM',
         note='ABSOLUTE_TERM: 广告法 第九条第三项 ("京津冀销量No.1", "质量国内数一数二、没有之一" as claims); no case found',
         html=site_page('挤塑板_廊坊恒固', 'gbk', H4_HEAD,
             '<div class="container"><h1>B1级挤塑聚苯板 XPS</h1><p class="price">￥380/立方</p>'
             '<p>京津冀销量No.1，质量国内数一数二、没有之一，导热系数行业最低。</p></div>', H4_FOOT)),
    dict(n=113, name='lf-jiancai-rockwool-honour', path='/about/honour.html', enc='gbk', bom=False, charset='gbk',
         codes='FALSE_HONOUR',
         note='FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 (2025) 第九条 — "质量免检企业" and "国家质量免检" (免检 '
              'scheme abolished 2008), "315诚信示范单位" with a malformed certificate number; case kind: 阜南 2018 '
              '"央视上榜品牌" 虚假宣传 (a title never awarded)',
         html=site_page('企业荣誉_廊坊恒固', 'gbk', H4_HEAD,
             '<div class="container"><h1>企业荣誉</h1><ul><li>国家质量免检企业（免检证书号：MJ-2019-XXXX）</li>'
             '<li>央视上榜品牌</li><li>全国3·15诚信经营示范单位</li></ul></div>', H4_FOOT)),
    dict(n=114, name='lf-jiancai-rockwool', path='/product/12.html', enc='gbk', bom=False, charset='gbk',
         codes='-',
         note='trap: "A级/A1级" is the combustion grade defined by GB 8624-2012, where A1 is the top class — a standard '
              'grade (2023 guideline exemption), stated with a test report',
         html=site_page('A级岩棉板_廊坊恒固', 'gbk', H4_HEAD,
             '<div class="container"><h1>A级防火岩棉板</h1><p class="price">￥620/立方</p>'
             '<p>燃烧性能：A1级（GB 8624-2012 规定的最高燃烧性能等级，不燃材料），检验报告编号 GF2025-11302。</p></div>',
             H4_FOOT)),
]))

# ---------------------------------------------------------------- H5 化学试剂 (ShopXO-like, GB18030)
H5 = 'http://www.cd-shushi.test'
H5_HEAD = ('<div class="header-top"><div class="am-container"><a href="/">蜀试化学试剂商城</a>'
           '<span>科研试剂 · 实验耗材</span></div></div>')
H5_FOOT_HOME = ('<div class="footer"><div class="am-container"><p>成都蜀试化学试剂有限公司　统一社会信用代码：%s</p>'
                '<p>ICP备案：成ICP备2021005532号-1　川公网安备 51010702002689号</p><p>负责人：杨𫓧</p>'
                '<p>Powered by ShopXO</p></div></div>' % K_SHIJI)
H5_FOOT = '<div class="footer"><div class="am-container"><p>成都蜀试化学试剂有限公司　Powered by ShopXO　技术 𫓧</p></div></div>'
SITES.append(dict(id='h05', side='holdout', host=H5, pages=[
    dict(n=115, name='cd-shushi-home', path='/', enc='gb18030', bom=False, charset='gb18030',
         codes='ICP_INVALID',
         note='ICP_INVALID: 互联网信息服务管理办法 第十二条 ("成ICP备": 成 is not a province abbreviation — 川/蜀 would be); '
              'licence shown; chars outside GBK: 𫓧 (U+2B4E7)',
         html=site_page('蜀试化学试剂商城', 'gb18030', H5_HEAD,
             '<div class="am-container"><h2>分析纯 优级纯 色谱纯 试剂现货</h2>'
             '<a href="/goods/218.html">硝酸铵</a> <a href="/goods/230.html">竹炭净化包</a> '
             '<a href="/goods/241.html">无水乙醇 AR</a></div>', H5_FOOT_HOME)),
    dict(n=116, name='cd-shushi-an', path='/goods/218.html', enc='gb18030', bom=False, charset='gb18030',
         codes='PROHIBITED_GOODS',
         note='PROHIBITED_GOODS: 危险化学品安全管理条例 第三十八条/第三十九条 and 易制爆危险化学品治安管理办法 (2019) — 硝酸铵 '
              'is 易制爆, sale only to units with records, never to individuals or by post; 互联网危险物品信息发布管理规定 第六条; '
              'no case number found; chars outside GBK: 𫓧',
         html=site_page('硝酸铵 500g', 'gb18030', H5_HEAD,
             '<div class="am-container"><h1>硝酸铵 AR 500g</h1><p class="price">￥26.00</p>'
             '<p>个人也可购买，<b>无需单位证明</b>，普通快递包装成“化肥”寄出，量大从优。</p></div>', H5_FOOT)),
    dict(n=117, name='cd-shushi-charcoal', path='/goods/230.html', enc='gb18030', bom=False, charset='gb18030',
         codes='FALSE_CLAIM',
         note='FALSE_CLAIM: 广告法 第十七条, 第二十八条 — a charcoal bag claimed to "缓解哮喘、治疗咽炎" and make a room '
              '"孕妇可立即入住"; case kind: 宿迁 2024 铁拳 典型案例 (疾病治疗功能); chars outside GBK: 𫓧',
         html=site_page('竹炭净化包', 'gb18030', H5_HEAD,
             '<div class="am-container"><h1>活性竹炭包 除甲醛 2kg</h1><p class="price">￥39.90</p>'
             '<p>放一晚甲醛清零，孕妇可立即入住；家里老人<b>哮喘缓解、咽炎不再犯</b>。</p></div>', H5_FOOT)),
    dict(n=118, name='cd-shushi-ethanol', path='/goods/241.html', enc='gb18030', bom=False, charset='gb18030',
         codes='-',
         note='trap: "优级纯(GR)/分析纯(AR)" are reagent grades defined by GB/T 15346 and industry standards (guideline: '
              'standard grades exempt); 乙醇 sold with a 危化品 limit notice — lawful; chars outside GBK: 𫓧',
         html=site_page('无水乙醇 AR', 'gb18030', H5_HEAD,
             '<div class="am-container"><h1>无水乙醇 分析纯 AR 500ml</h1><p class="price">￥18.00</p>'
             '<p>另有优级纯（GR）规格，纯度≥99.8%。易燃液体，仅限科研/企业用户采购，危化品专线配送。</p></div>', H5_FOOT)),
]))

# ---------------------------------------------------------------- H6 钓具 (uni-app H5 shell, UTF-8)
H6 = 'http://www.qdh-diaoyou.test'
H6_HEAD = '<uni-app><uni-page-head><div class="uni-page-head"><div class="uni-page-head-title">千岛湖钓友渔具</div></div></uni-page-head>'
H6_FOOT_HOME = ('<uni-view class="footer"><uni-text>淳安千岛湖钓友渔具有限公司 统一社会信用代码：%s</uni-text>'
                '<uni-text><a href="https://beian.miit.gov.cn/">浙ICP备2024009116号-1</a> 浙公网安备 33012702000155号</uni-text>'
                '</uni-view></uni-app>' % K_QDH)
H6_FOOT = '<uni-view class="footer"><uni-text>千岛湖钓友渔具</uni-text></uni-view></uni-app>'
SITES.append(dict(id='h06', side='holdout', host=H6, pages=[
    dict(n=119, name='qdh-diaoyou-home', path='/', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: the shop says it refuses to sell 电鱼器/地笼/绝户网 (渔业法 第三十条 quoted) — a refusal, not a '
              'listing; licence and ICP shown',
         html=site_page('千岛湖钓友渔具', 'utf-8', H6_HEAD,
             '<uni-view class="content"><uni-text class="notice">依据《渔业法》第三十条，本店<b>不销售电鱼器、地笼、绝户网</b>'
             '等禁用渔具，请勿咨询；千岛湖禁渔期内请遵守当地规定。</uni-text>'
             '<uni-view class="goods"><a href="/pages/goods/detail?id=61">鱼竿 5.4米</a> '
             '<a href="/pages/goods/detail?id=77">钓箱</a></uni-view></uni-view>', H6_FOOT_HOME)),
    dict(n=120, name='qdh-diaoyou-rod', path='/pages/goods/detail?id=61', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: "凭原单号" (original order number) and "1:1 调性" (rod action ratio) are innocent uses of 原单 and '
              '1:1; "最佳钓点" is a tip — no counterfeit or absolute claim',
         html=site_page('5.4米 台钓竿', 'utf-8', H6_HEAD,
             '<uni-view class="content"><uni-text class="title">5.4米 28调 台钓竿</uni-text>'
             '<uni-text class="price">¥268.00</uni-text>'
             '<uni-text>腰力与尾力约 1:1 的均衡调性，遛大鱼不累手。</uni-text>'
             '<uni-text>断竿凭原单号享一年保修；千岛湖最佳钓点推荐见店铺公众号文章。</uni-text></uni-view>', H6_FOOT)),
    dict(n=121, name='qdh-diaoyou-box', path='/pages/goods/detail?id=77', enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: "七天无理由退货" is granted, and the only exception named is a 定制 (engraved) order — a statutory '
              'exemption of 消费者权益保护法 第二十五条第一项',
         html=site_page('钓箱', 'utf-8', H6_HEAD,
             '<uni-view class="content"><uni-text class="title">多功能钓箱 28升</uni-text>'
             '<uni-text class="price">¥399.00</uni-text>'
             '<uni-text>支持七天无理由退货。选择“激光刻字定制”的订单属定作商品，依法不适用七天无理由退货。</uni-text>'
             '</uni-view>', H6_FOOT)),
]))

# ---------------------------------------------------------------- H7 自产农副产品 platform shop (社区团购-like)
H7_ID, H7_NAME = 'laowang-hetao', '老王家自产核桃'
SITES.append(dict(id='h07', side='holdout', host=MALL, pages=[
    dict(n=122, name='mall-laowang-shop', path='/shop/%s/' % H7_ID, enc='utf-8', bom=False, charset='utf-8',
         codes='-',
         note='trap: a farmer selling his own walnuts shows the 电子商务法 第十条 exemption statement (自产农副产品, no '
              '市场主体登记 needed) in the shop-license element instead of a licence — 第十五条 is satisfied; mall-mark present',
         html=platform_page('老王家自产核桃', 'utf-8',
             mall_shop_head(H7_ID, H7_NAME,
                 '<div class="shop-license exempt">本店为个人销售自产农副产品，依据《中华人民共和国电子商务法》第十条，'
                 '属于不需要办理市场主体登记的情形。经营者：王某某（陕西商洛 核桃种植户）</div>'),
             '<div class="feed"><p>自家树上打的薄皮核桃，当年新货，晒干直发，5斤起。</p></div>')),
]))

# ======================================================================
def build(outdir):
    sides = {'main': outdir, 'holdout': os.path.join(outdir, 'holdout')}
    rows = {s: {'labels': [], 'notes': [], 'hist': []} for s in sides}
    for d in sides.values():
        for sub in ('pages', 'history'):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
    for site in SITES:
        d = sides[site['side']]
        r = rows[site['side']]
        for p in site['pages']:
            fn = '%03d-%s.html' % (p['n'], p['name'])
            url = site['host'] + p['path']
            with open(os.path.join(d, 'pages', fn), 'wb') as f:
                f.write(lib.encode(p['html'], p['enc'], p['bom']))
            r['labels'].append((fn, url, p['codes']))
            r['notes'].append((fn, p['enc'], 'yes' if p['bom'] else 'no', p['note']))
            for i, (days, h) in enumerate(p.get('hist', []), 1):
                hf = '%03d-%s-h%d.html' % (p['n'], p['name'], i)
                with open(os.path.join(d, 'history', hf), 'wb') as f:
                    f.write(lib.encode(h, p['enc'], p['bom']))
                r['hist'].append((hf, url, ('%g' % days)))
    for s, d in sides.items():
        r = rows[s]
        with open(os.path.join(d, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('# file\turl\tcodes\n')
            for row in r['labels']:
                f.write('\t'.join(row) + '\n')
        with open(os.path.join(d, 'notes.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('# file\tencoding\tbom\tnote\n')
            for row in r['notes']:
                f.write('\t'.join(row) + '\n')
        with open(os.path.join(d, 'history.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('# file\turl\tdays_before\n')
            for row in r['hist']:
                f.write('\t'.join(row) + '\n')
    with open(os.path.join(outdir, 'registry.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# code\tname\tstatus\n')
        for row in REGISTRY:
            f.write('\t'.join(row) + '\n')


OUTPUTS = ['pages', 'history', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv', 'holdout']


def main():
    if '--check' in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            build(tmp)
            bad = []
            for root, _, files in os.walk(tmp):
                for fn in files:
                    rel = os.path.relpath(os.path.join(root, fn), tmp)
                    mine = os.path.join(HERE, rel)
                    if not os.path.exists(mine) or not filecmp.cmp(os.path.join(root, fn), mine, shallow=False):
                        bad.append(rel)
            for o in OUTPUTS:
                for root, _, files in os.walk(os.path.join(HERE, o)) if os.path.isdir(os.path.join(HERE, o)) else []:
                    for fn in files:
                        rel = os.path.relpath(os.path.join(root, fn), HERE)
                        if not os.path.exists(os.path.join(tmp, rel)):
                            bad.append(rel + ' (extra)')
            if bad:
                print('differs: ' + ', '.join(sorted(bad)))
                sys.exit(1)
            print('ok: output matches gen.py')
        finally:
            shutil.rmtree(tmp)
        return
    for o in OUTPUTS:
        path = os.path.join(HERE, o)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)
    build(HERE)


if __name__ == '__main__':
    main()
