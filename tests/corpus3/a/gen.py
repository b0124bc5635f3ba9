#!/usr/bin/env python3
"""corpus3/a generator: every site, page, code, label and note below is written by hand.

python3 gen.py          rewrite pages/, holdout/, TSVs
python3 gen.py --check  regenerate into a temp dir and compare byte for byte (exit 1 on difference)

Labels are literal strings next to the page text they judge; nothing here computes a label.
"""
import filecmp
import os
import sys
import tempfile

from lib import shell, encode, write_bytes, write_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = []


class Site:
    def __init__(self, host, side, enc, bom=False, meta="std", lang="zh-CN"):
        self.host, self.side, self.enc, self.bom, self.meta, self.lang = host, side, enc, bom, meta, lang
        self.pages, self.hist = [], []
        SITES.append(self)

    def page(self, name, path, title, body, codes, note, ids=(), head=""):
        # codes: hand-written label ("-" or comma list); ids: displayed licence codes (code, intended_valid)
        self.pages.append(dict(name=name, url="http://" + self.host + path, title=title, body=body,
                               codes=codes, note=note, ids=list(ids), head=head))

    def history(self, name, path, days, title, body):
        self.hist.append(dict(name=name, url="http://" + self.host + path, days=days, title=title, body=body))


# ---------------------------------------------------------------------------------------------
# S01 武夷岩茶 企业官网 (PbootCMS-style corporate product site), GBK, 福建 南平 武夷山
# ---------------------------------------------------------------------------------------------
s = Site("yanyun-tea.test", "main", "gbk", meta="httpequiv")
S01_HEAD = '''<div class="head"><div class="logo"><a href="/">岩韵茶业</a></div>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/product/">产品中心</a></li>
<li><a href="/news/">新闻动态</a></li><li><a href="/about/">关于我们</a></li><li><a href="/contact/">联系我们</a></li></ul></div>'''
S01_FOOT = '''<div class="foot"><div class="container">
<p>武夷山市岩韵茶业有限公司 版权所有 &copy; 2017-2024 &nbsp; 地址：福建省南平市武夷山市星村镇黄柏村128号</p>
<p>电话：0599-5231088 &nbsp; <a href="http://beian.miit.gov.cn/" target="_blank" rel="nofollow">闽ICP备2021004417号-1</a>
&nbsp; <img src="/static/images/ga.png" alt="">闽公网安备 35078202000123号</p>
</div></div>'''
s.page("index", "/", "武夷山市岩韵茶业有限公司-武夷岩茶、大红袍、肉桂、水仙", S01_HEAD + '''
<div class="banner"><img src="/static/upload/banner1.jpg" alt="正岩产区 核心山场"></div>
<div class="container about-box"><h2>关于岩韵</h2>
<p>岩韵茶业扎根武夷山星村镇，自有茶园三百余亩，坚持传统炭焙。武夷岩茶（大红袍）制作技艺于2006年列入第一批国家级非物质文化遗产名录，我们的制茶师傅是南平市级代表性传承人的弟子。</p></div>
<div class="container"><h2>营业执照信息</h2>
<table class="license" border="1" cellspacing="0" cellpadding="4">
<tr><td>企业名称</td><td>武夷山市岩韵茶业有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>91350782MA31TQ8K7Y</td></tr>
<tr><td>类型</td><td>有限责任公司(自然人投资或控股)</td></tr>
<tr><td>食品经营许可证</td><td>JY13507820012345</td></tr>
</table></div>
''' + S01_FOOT, "-",
       "trap: 国家级非物质文化遗产 is a state-conferred listing stated as a fact (2023 绝对化用语 guidance: state-awarded "
       "titles are not 广告法 第九条第三项 claims); licence shown in a <table> (电子商务法 第十五条 met), ICP shown",
       ids=[("91350782MA31TQ8K7Y", True)])
s.page("dhp", "/product/12.html", "正岩大红袍 500g 礼盒装-岩韵茶业", S01_HEAD + '''
<div class="container pro-show"><div class="pro-img"><img src="/static/upload/dhp.jpg" alt="正岩大红袍"></div>
<div class="pro-info"><h1>正岩大红袍 500g 礼盒装</h1>
<p class="pro-price">参考价格：￥1280.00</p>
<div class="pro-desc"><p>牛栏坑核心产区，足火炭焙，岩骨花香。可以说是岩茶里的天花板，品质无出其右，喝过一次就再也回不去了，<strong>绝对是茶中的极品</strong>。</p>
<p>老茶客反馈：长期饮用能降血压、降血脂，对糖尿病也有辅助治疗的作用，比吃药强。</p></div></div></div>
''' + S01_FOOT, "ABSOLUTE_TERM,FALSE_CLAIM",
       "ABSOLUTE_TERM: 绝对是茶中的极品 / 品质无出其右 as unverifiable superlatives, 广告法 第九条第三项; "
       "FALSE_CLAIM: tea (ordinary food) claimed to lower blood pressure and treat diabetes, 广告法 第十七条 and 第二十八条",
       ids=[])
s.page("news", "/news/35.html", "茶企宣传须守住广告法红线-新闻动态", S01_HEAD + '''
<div class="container news-show"><h1>茶企宣传须守住广告法红线</h1><div class="news-time">发布时间：2024-03-15</div>
<p>近日，南平市市场监管局组织辖区茶企开展广告合规培训。执法人员提醒：根据《广告法》第九条，广告不得使用“国家级”“最高级”“最佳”等用语；第十七条规定，除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能。</p>
<p>培训中还通报了一起案例：某茶叶店在网店宣称其白茶“能治高血压”，被依法处罚。我司将严格自查，产品页面不作任何功效宣传。</p></div>
''' + S01_FOOT, "-",
       "trap: news item quoting 广告法 第九条 and 第十七条 and reporting a penalty case; no claim is made for any goods",
       ids=[])

# ---------------------------------------------------------------------------------------------
# S02 sneakers, WooCommerce Chinese theme, UTF-8, 福建 莆田 — no licence anywhere
# ---------------------------------------------------------------------------------------------
s = Site("xiejiangpu.test", "main", "utf-8")
S02_HEAD = '''<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">鞋匠铺 SNEAKER</a></p></div>
<nav class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">首页</a></li><li class="menu-item"><a href="/product-category/aj/">AJ系列</a></li><li class="menu-item"><a href="/product-category/dunk/">Dunk</a></li><li class="menu-item"><a href="/my-account/">我的账户</a></li></ul></nav></header>'''
S02_FOOT = '''<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 鞋匠铺 &nbsp;|&nbsp; 微信：xjp_8866 &nbsp;|&nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备2022011873号-1</a></div></footer>'''
s.page("index", "/", "鞋匠铺 – 纯原版本 公司级 AJ Dunk Yeezy", S02_HEAD + '''
<main id="main" class="site-main"><section class="hero"><h1>只做纯原版本</h1><p>公司级做工，细节对比专柜，鞋盒鞋标配件齐全，支持得物验货级细节对比视频。</p></section>
<ul class="products columns-4">
<li class="product"><a href="/product/aj1-chicago/"><h2 class="woocommerce-loop-product__title">AJ1 芝加哥 纯原</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&yen;</span>399.00</bdi></span></span></a></li>
<li class="product"><a href="/product/dunk-panda/"><h2 class="woocommerce-loop-product__title">Dunk 熊猫 公司级</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&yen;</span>289.00</bdi></span></span></a></li>
</ul></main>
''' + S02_FOOT, "COUNTERFEIT_TERM,LICENSE_MISSING",
       "COUNTERFEIT_TERM: 纯原版本/公司级 sold as replicas of branded sneakers, 商标法 第五十七条; "
       "LICENSE_MISSING: home page shows neither licence code, image, link nor 第十条 statement, 电子商务法 第十五条, 第七十六条")
s.page("aj1", "/product/aj1-chicago/", "AJ1 芝加哥 纯原 – 鞋匠铺", S02_HEAD + '''
<main id="main" class="site-main"><div class="product type-product"><div class="summary entry-summary">
<h1 class="product_title entry-title">AJ1 芝加哥 纯原</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&yen;</span>399.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>莆田老厂出货，<span>高</span><span>仿</span>里的天花板，原楦原纸板，和正品放一起肉眼分不出来。</p>
<p>【福利】收到货给五星好评 + 三张实拍图，截图发客服返现 8 元，追评再加 2 元。</p></div>
<form class="cart"><button type="submit" class="single_add_to_cart_button button alt">加入购物车</button></form></div></div></main>
''' + S02_FOOT, "COUNTERFEIT_TERM,REVIEW_INDUCEMENT",
       "COUNTERFEIT_TERM: 高仿 split across <span> tags plus 莆田 replica of a branded shoe, 商标法 第五十七条; "
       "REVIEW_INDUCEMENT: cash back for five-star review with photos, 电子商务法 第十七条 and 反不正当竞争法 第八条")
s.page("size", "/size-guide/", "尺码对照表 – 鞋匠铺", S02_HEAD + '''
<main id="main" class="site-main"><article class="page"><h1 class="entry-title">尺码对照表</h1>
<p>请按脚长选码：将脚放在白纸上，用笔沿脚后跟和最长脚趾画线，量出的长度按 1:1 对照下表即可。</p>
<table class="size"><tr><th>脚长(mm)</th><th>欧码</th><th>美码</th></tr><tr><td>250</td><td>40</td><td>7</td></tr><tr><td>255</td><td>40.5</td><td>7.5</td></tr><tr><td>260</td><td>41</td><td>8</td></tr></table>
</article></main>
''' + S02_FOOT, "-",
       "trap: 1:1 is a measuring ratio in a size guide, not a replica claim; not a home page, so no licence duty")

# ---------------------------------------------------------------------------------------------
# S03 港式参茸药材行 selling into the mainland, Big5 traditional, 深圳-registered company
# ---------------------------------------------------------------------------------------------
s = Site("tongjitang-hk.test", "main", "big5", lang="zh-HK")
S03_FOOT = '''<div id="footer"><p>深圳市同濟堂健康科技有限公司 &copy; 2024 版權所有　客服熱線：0755-2661 8890</p>
<p><a href="https://beian.miit.gov.cn/">粵ICP備2022098765號-1</a>　粵公網安備 44030402005561號</p></div>'''
S03_NAV = '''<div id="top"><a href="/" class="logo">同濟堂參茸海味</a><span class="menu"><a href="/">首頁</a> | <a href="/shop/">網上商店</a> | <a href="/about/">關於我們</a></span></div>'''
s.page("index", "/index.html", "同濟堂參茸海味 - 網上商店", S03_NAV + '''
<div class="main"><h2>歡迎光臨同濟堂網上商店</h2><p>本店經營花旗參、燕窩、海味乾貨，內地顧客順豐直送。本店所售保健食品不能代替藥物治療疾病，如有不適請諮詢醫生。</p>
<div class="licence-box"><h3>經營者資料公示</h3>
<p>企業名稱：深圳市同濟堂健康科技有限公司<br>
統一社會信用代碼：９１４４０３０４ＭＡ５Ｇ０Ｌ７Ｎ０Ｊ<br>
<a href="/licence.html">查看營業執照</a></p></div></div>
''' + S03_FOOT, "-",
       "trap: licence code in full-width characters inside traditional-script text (valid after width folding; the traditional company name 深圳市同濟堂… is the registered 深圳市同济堂… after 繁→简, so no mismatch), "
       "ICP in traditional 粵ICP備…號; the statutory 不能代替藥物治療疾病 warning is not a claim",
       ids=[("91440304MA5G0L7N0J", True)])
s.page("rhino", "/shop/item-3308.html", "老貨珍藏 整片 - 同濟堂", S03_NAV + '''
<div class="main item"><h1>老貨珍藏 穿山甲片（炮製）/ 犀角片</h1>
<p class="price">人民幣 2,680 元 / 兩</p>
<p>九十年代老貨，整片無碎，可代客磨粉，內地包郵。數量稀少，售完即止，私訊詢價大件。</p>
<p>另有老犀角擺件，實物拍攝，保真。</p></div>
''' + S03_FOOT, "PROHIBITED_GOODS",
       "PROHIBITED_GOODS: pangolin scales and rhino horn, 野生动物保护法 第二十八条/第三十二条 (no online trading of "
       "key protected wildlife products), 犀牛角和虎骨 trade banned by 国发〔1993〕39号; offered for sale into the mainland",
       ids=[])
s.page("lingzhi", "/shop/item-3312.html", "破壁靈芝孢子粉 - 同濟堂", S03_NAV + '''
<div class="main item"><h1>長白山破壁靈芝孢子粉 60包</h1>
<p class="price">人民幣 598 元</p>
<p>腫瘤病人術後、化療期間服用，能抑制癌細胞擴散，預防復發。很多老顧客吃了半年複查，指標全部正常。</p>
<p>（本品為普通食品，非保健食品）</p></div>
''' + S03_FOOT, "FALSE_CLAIM",
       "FALSE_CLAIM: an ordinary food said to stop cancer spreading and prevent relapse, 广告法 第十七条 (disease claim "
       "outside medical ads) and 第二十八条; 食品安全法 第七十三条")

# ---------------------------------------------------------------------------------------------
# S04 陕西 周至 猕猴桃 farmer's 有赞-style micro-mall, UTF-8, 电子商务法 第十条 exemption
# ---------------------------------------------------------------------------------------------
s = Site("zhouzhi-kiwi.test", "main", "utf-8")
S04_TAB = '''<div class="van-tabbar"><a class="van-tabbar-item" href="/">店铺主页</a><a class="van-tabbar-item" href="/goods/list">全部商品</a><a class="van-tabbar-item" href="/cart">购物车</a><a class="van-tabbar-item" href="/user">我的</a></div>'''
s.page("index", "/", "老秦家猕猴桃（产地直发）", '''
<div class="showcase-page"><div class="shop-header"><img class="avatar" src="/img/avatar.png" alt=""><div class="shop-title">老秦家猕猴桃（产地直发）</div><div class="shop-desc">周至县楼观镇 自家果园 现摘现发</div></div>
<div class="cap-goods-list"><div class="cap-goods"><a href="/goods/2f8a1k"><div class="title">翠香猕猴桃 5斤装</div><div class="sale-price">¥39.90</div></a></div>
<div class="cap-goods"><a href="/goods/2f8a9q"><div class="title">猕猴桃果干 250g×2袋</div><div class="sale-price">¥29.90</div></a></div></div>
<div class="shop-info"><div class="cell"><span class="cell-title">主体信息</span>
<span class="cell-value">本店为周至县楼观镇果农秦建军自产自销，销售自家种植的猕猴桃及自制果干，属于《中华人民共和国电子商务法》第十条规定的销售自产农副产品情形，依法不需要办理市场主体登记。</span></div></div>
<div class="footer-copyright">陕ICP备2023006612号-1　陕公网安备 61012402000158号</div></div>
''' + S04_TAB, "-",
       "trap: no licence code, but the home page shows the 电子商务法 第十条 self-produced farm goods statement, which "
       "第十五条 accepts in place of licence data; ICP shown")
s.page("kiwi", "/goods/2f8a1k", "翠香猕猴桃 5斤装", '''
<div class="goods-page"><div class="goods-header"><h2 class="goods-title">翠香猕猴桃 5斤装 单果80-100g</h2>
<div class="goods-price"><span class="current-price">¥39.90</span></div></div>
<div class="goods-detail"><p>树上自然熟，现摘现发，顺丰冷链。</p>
<p>售后说明：生鲜水果属于鲜活易腐商品，不适用七天无理由退货；收到坏果请48小时内拍照联系客服，坏多少赔多少。</p></div></div>
''' + S04_TAB, "-",
       "trap: 不适用七天无理由退货 for fresh fruit, lawful under 消费者权益保护法 第二十五条第一款(二) 鲜活易腐; damaged fruit still compensated")
s.page("guogan", "/goods/2f8a9q", "猕猴桃果干 250g×2袋", '''
<div class="goods-page"><div class="goods-header"><h2 class="goods-title">猕猴桃果干 250g×2袋 独立小包装</h2>
<div class="goods-price"><span class="current-price">¥29.90</span></div></div>
<div class="goods-detail"><p>自家果园的猕猴桃低温烘干，无添加蔗糖，保质期12个月。</p>
<p>温馨提示：果干类商品一经发出不退不换，不支持7天无理由，请想好再拍哦～</p></div></div>
''' + S04_TAB, "RETURN_REFUSED",
       "RETURN_REFUSED: shelf-stable packaged dried fruit is not 鲜活易腐 nor any other 消费者权益保护法 第二十五条 "
       "exemption; a blanket refusal even for unopened packs breaks 第二十五条")

# ---------------------------------------------------------------------------------------------
# S05 JD-like appliance shop, GBK, 江苏 昆山; electronic licence link (亮照) matching the code
# ---------------------------------------------------------------------------------------------
s = Site("kunshan-dianqi.test", "main", "gbk")
S05_FOOT = '''<div id="footer-2024"><div class="w"><div class="copyright_links"><a href="/help/about">关于我们</a>|<a href="/help/contact">联系我们</a>|<a href="/help/aftersale">售后服务</a></div>
<div class="copyright_info"><p>昆山优选电器销售有限公司 &nbsp; 统一社会信用代码：91320583MA20B8N41K</p>
<p><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91320583MA20B8N41K-SAIC_SHOW_10000091320583MA20B8N41K1603251234567&amp;signData=MEUCIQDx" target="_blank"><img src="/img/lz4.png" alt="电子营业执照"></a>
<a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备2020047781号-2</a> &nbsp; 苏公网安备 32058302003345号</p></div></div></div>'''
S05_TOP = '''<div id="shortcut"><div class="w"><ul class="fr"><li><a href="/login">你好，请登录</a></li><li><a href="/order">我的订单</a></li></ul></div></div>
<div id="header"><div class="w"><div id="logo"><a href="/">优选电器</a></div><div id="search"><input type="text" placeholder="空调 冰箱"><button>搜索</button></div></div></div>'''
s.page("index", "/", "优选电器 - 空调冰箱洗衣机 正品行货 全国联保", S05_TOP + '''
<script>window.__INIT_DATA__={"promoText":"全网最低价 国家级品质 驰名商标","sku":[100231,100232]};</script>
<div id="J_floor" class="w"><div class="floor-hd"><h3>家电爆款</h3></div>
<ul class="gl-warp"><li class="gl-item"><div class="p-name"><a href="/item/100231.html">1.5匹 新一级能效 变频冷暖 挂机空调</a></div><div class="p-price"><strong><em>￥</em><i>2699.00</i></strong></div></li>
<li class="gl-item"><div class="p-name"><a href="/item/100232.html">430升 十字对开门 一级能效 风冷无霜冰箱</a></div><div class="p-price"><strong><em>￥</em><i>2199.00</i></strong></div></li></ul></div>
''' + S05_FOOT, "-",
       "trap: 国家级/驰名商标 appear only inside a <script> data blob (not displayed); 新一级能效/一级能效 are grades of GB 21455 and GB 12021.2 (standard grade terms are exempt under the 2023 "
       "guidance); licence code and 亮照 link whose serial names the same code; ICP shown",
       ids=[("91320583MA20B8N41K", True)])
s.page("aircon", "/item/100231.html", "1.5匹 新一级能效 变频冷暖 挂机空调 - 优选电器", S05_TOP + '''
<div class="w product-intro"><div class="itemInfo-wrap"><div class="sku-name">1.5匹 新一级能效 变频冷暖 挂机空调 KFR-35GW</div>
<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">秒 杀 价</div><div class="dd"><span class="p-price"><span>￥</span><span class="price">2699.00</span></span>
<span class="pricing">[原价<del>￥3999.00</del>]</span></div></div></div>
<div class="summary-service">由 优选电器 发货并提供售后服务，支持七天无理由退货</div></div></div>
''' + S05_FOOT, "FAKE_ORIGINAL_PRICE",
       "FAKE_ORIGINAL_PRICE: 原价 ￥3999 while the same URL sold at ￥2599 three days earlier (history), 明码标价和禁止价格欺诈规定 第十六条, 第十九条",
       ids=[("91320583MA20B8N41K", True)])
s.history("aircon-d3", "/item/100231.html", 3, "1.5匹 新一级能效 变频冷暖 挂机空调 - 优选电器", S05_TOP + '''
<div class="w product-intro"><div class="itemInfo-wrap"><div class="sku-name">1.5匹 新一级能效 变频冷暖 挂机空调 KFR-35GW</div>
<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">京 选 价</div><div class="dd"><span class="p-price"><span>￥</span><span class="price">2599.00</span></span></div></div></div></div></div>
''' + S05_FOOT)
s.page("fridge", "/item/100232.html", "430升 十字对开门 一级能效 风冷无霜冰箱 - 优选电器", S05_TOP + '''
<div class="w product-intro"><div class="itemInfo-wrap"><div class="sku-name">430升 十字对开门 一级能效 风冷无霜冰箱 BCD-430WP</div>
<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">到 手 价</div><div class="dd"><span class="p-price"><span>￥</span><span class="price">2199.00</span></span>
<span class="pricing">[划线价<del>￥2599.00</del>]</span></div></div></div>
<div class="summary-service">能效等级：1级（GB 12021.2-2015）</div></div></div>
''' + S05_FOOT, "-",
       "trap: 划线价 ￥2599 equals the only price in the 7 days before (2 days earlier ￥2599); the ￥1999 capture is 9 days "
       "old, outside 明码标价和禁止价格欺诈规定 第十六条's window; 一级能效 is a standard grade",
       ids=[("91320583MA20B8N41K", True)])
s.history("fridge-d2", "/item/100232.html", 2, "430升 十字对开门 一级能效 风冷无霜冰箱 - 优选电器", S05_TOP + '''
<div class="w product-intro"><div class="itemInfo-wrap"><div class="sku-name">430升 十字对开门 一级能效 风冷无霜冰箱 BCD-430WP</div>
<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dd"><span class="p-price"><span>￥</span><span class="price">2599.00</span></span></div></div></div></div></div>
''' + S05_FOOT)
s.history("fridge-d9", "/item/100232.html", 9, "430升 十字对开门 一级能效 风冷无霜冰箱 - 优选电器", S05_TOP + '''
<div class="w product-intro"><div class="itemInfo-wrap"><div class="sku-name">430升 十字对开门 一级能效 风冷无霜冰箱 BCD-430WP</div>
<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">双11价</div><div class="dd"><span class="p-price"><span>￥</span><span class="price">1999.00</span></span></div></div></div></div></div>
''' + S05_FOOT)

# ---------------------------------------------------------------------------------------------
# S06 cosmetics, Magento 2 Chinese theme, UTF-8, 上海 — displayed name differs from the registry's
# ---------------------------------------------------------------------------------------------
s = Site("lanyan-beauty.test", "main", "utf-8")
S06_HEAD = '''<header class="page-header"><div class="panel wrapper"><ul class="header links"><li><a href="/customer/account/login/">登录</a></li><li><a href="/customer/account/create/">注册</a></li></ul></div>
<div class="header content"><a class="logo" href="/" title="澜颜"><img src="/static/frontend/Lanyan/default/zh_Hans_CN/images/logo.svg" alt="澜颜"></a></div></header>'''
S06_FOOT = '''<footer class="page-footer"><div class="footer content"><ul class="footer links"><li class="nav item"><a href="/about-us">关于我们</a></li><li class="nav item"><a href="/privacy-policy">隐私政策</a></li></ul>
<small class="copyright"><span>Copyright &copy; 2024 上海澜颜化妆品有限公司 统一社会信用代码 91310115MA1H9E3C92 &nbsp; <a href="https://beian.miit.gov.cn/">沪ICP备2021015522号-1</a></span></small></div></footer>'''
s.page("index", "/", "澜颜官方商城", S06_HEAD + '''
<main id="maincontent" class="page-main"><div class="columns"><div class="column main">
<div class="block widget block-products-list grid"><div class="block-title"><strong>人气单品</strong></div>
<ol class="product-items widget-product-grid"><li class="product-item"><a class="product-item-link" href="/catalog/product/view/id/208/">澜颜 积雪草修护面霜 50g</a><span class="price-container"><span class="price">¥268.00</span></span></li>
<li class="product-item"><a class="product-item-link" href="/catalog/product/view/id/209/">澜颜 玻尿酸补水面膜 10片</a><span class="price-container"><span class="price">¥99.00</span></span></li></ol></div>
<p class="tips">使用小贴士：洁面后先用爽肤水，再取适量面霜轻拍至吸收，早晚各一次效果最佳。</p></div></div></main>
''' + S06_FOOT, "LICENSE_MISMATCH",
       "LICENSE_MISMATCH: code 91310115MA1H9E3C92 is registered to 上海澜肌生物科技有限公司 (registry.tsv), the page names "
       "上海澜颜化妆品有限公司 — false display, 电子商务法 第十五条, 网络交易监督管理办法 第十二条. (效果最佳 in a usage tip is not an ad claim)",
       ids=[("91310115MA1H9E3C92", True)])
s.page("cream", "/catalog/product/view/id/208/", "澜颜 积雪草修护面霜 50g", S06_HEAD + '''
<main id="maincontent" class="page-main"><div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base">澜颜 积雪草修护面霜 50g</span></h1></div>
<div class="product-info-price"><div class="price-box price-final_price"><span class="price-container"><span class="price-wrapper"><span class="price">¥268.00</span></span></span></div></div>
<div class="product attribute overview"><div class="value"><p>澜颜商标被认定为“中国驰名商标”，十年专注敏感肌。</p>
<p>激素脸、湿疹、皮炎反复发作？坚持用7天，红血丝退掉，皮炎好了就不会再犯。</p></div></div></div></main>
''' + S06_FOOT, "FALSE_CLAIM,LICENSE_MISMATCH,WELLKNOWN_MARK_AD",
       "FALSE_CLAIM: a cosmetic claimed to cure eczema and dermatitis, 广告法 第十七条, 化妆品监督管理条例 第三十七条; "
       "WELLKNOWN_MARK_AD: 中国驰名商标 in advertising, 商标法 第十四条第五款; LICENSE_MISMATCH: footer code/name disagree with registry, 电子商务法 第十五条",
       ids=[("91310115MA1H9E3C92", True)])
s.page("mask", "/catalog/product/view/id/209/", "澜颜 玻尿酸补水面膜 10片", S06_HEAD + '''
<main id="maincontent" class="page-main"><div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base">澜颜 玻尿酸补水面膜 10片</span></h1></div>
<div class="product-info-price"><div class="price-box price-final_price"><span class="price-container"><span class="price-wrapper"><span class="price">¥99.00</span></span></span></div></div>
<div class="product attribute overview"><div class="value"><p>【晒单有礼】确认收货后发布评价满30字并上传3张买家秀，联系在线客服，审核后返现5元到支付宝。</p></div></div></div></main>
''' + S06_FOOT, "LICENSE_MISMATCH,REVIEW_INDUCEMENT",
       "REVIEW_INDUCEMENT: cash for a posted review with photos, 电子商务法 第十七条, 反不正当竞争法 第八条; "
       "LICENSE_MISMATCH: footer code/name disagree with registry, 电子商务法 第十五条",
       ids=[("91310115MA1H9E3C92", True)])

# ---------------------------------------------------------------------------------------------
# S07 1688-style B2B supplier site, GBK, 浙江 永康; licence shown as image with alt text
# ---------------------------------------------------------------------------------------------
s = Site("ruifeng-gongmao.test", "main", "gbk")
S07_HEAD = '''<div class="mod-header"><div class="company-name">永康市锐锋工贸有限公司</div><div class="company-tags"><span>生产加工</span><span>实力工厂</span><span>入驻7年</span></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/offerlist.html">供应产品</a></li><li><a href="/creditdetail.html">公司档案</a></li></ul></div>'''
S07_FOOT = '''<div class="mod-footer"><p>永康市锐锋工贸有限公司 &nbsp; 地址：浙江省金华市永康市东城街道五金城南路18号</p><p><a href="https://beian.miit.gov.cn">浙ICP备2019033120号-1</a> &nbsp; 浙公网安备 33078402000218号</p></div>'''
s.page("index", "/", "永康市锐锋工贸有限公司 - 厨房刀具 园林工具 源头工厂", S07_HEAD + '''
<div class="mod-main"><div class="offer-list"><div class="offer"><a href="/offer/6001.html">户外多功能工具 批发</a><div class="price">￥18.50起</div><div class="moq">100件起批</div></div>
<div class="offer"><a href="/offer/6002.html">不锈钢厨房切片刀 家用</a><div class="price">￥12.80起</div><div class="moq">50件起批</div></div></div>
<div class="mod-credit"><h3>公司档案</h3><div class="cert"><a href="/creditdetail.html"><img src="/img/cert/yyzz.jpg" alt="营业执照 永康市锐锋工贸有限公司 统一社会信用代码91330784MA29K5T14W" width="240"></a></div>
<p>成立时间：2018年 &nbsp; 员工人数：50-100人 &nbsp; 厂房面积：3000平方米</p></div></div>
''' + S07_FOOT, "-",
       "trap: no licence text in the body — the licence is shown only as an <img> with alt text naming company and code and linking to the archive "
       "page (电子商务法 第十五条 accepts a licence image); ICP shown",
       ids=[("91330784MA29K5T14W", True)])
s.page("tools", "/offer/6001.html", "户外多功能工具 批发 - 锐锋工贸", S07_HEAD + '''
<div class="mod-detail"><h1 class="d-title">户外多功能工具 批发 防身 自驾备用</h1>
<table class="price-table"><tr><th>起批量</th><td>100-499件</td><td>500-1999件</td><td>≥2000件</td></tr><tr><th>价格</th><td>￥18.50</td><td>￥16.80</td><td>￥15.00</td></tr></table>
<div class="d-content"><p>款式：弹簧直跳刀（刃长12cm，单手秒开）、机械甩棍三节、三棱军刺，均可混批。</p>
<p>走物流不走快递，包装另行处理，懂的来。</p></div></div>
''' + S07_FOOT, "PROHIBITED_GOODS",
       "PROHIBITED_GOODS: 弹簧刀/跳刀, 三棱刀 and 甩棍 are 管制刀具 or police-type weapons (管制刀具认定标准 GA/T 1193, "
       "公安部 管制刀具 rules), banned from online sale; shipping hint 包装另行处理 to evade checks")
s.page("knife", "/offer/6002.html", "不锈钢厨房切片刀 家用 - 锐锋工贸", S07_HEAD + '''
<div class="mod-detail"><h1 class="d-title">不锈钢厨房切片刀 家用 3Cr13</h1>
<table class="price-table"><tr><th>起批量</th><td>50-299件</td><td>≥300件</td></tr><tr><th>价格</th><td>￥12.80</td><td>￥11.20</td></tr></table>
<div class="d-content"><p>刃长18cm，开刃角度15°，适合切肉切菜。菜刀属于日常生活用具，不属于管制刀具。</p>
<p>本店不销售任何管制刀具，请勿咨询跳刀、三棱刀等违禁品。</p></div></div>
''' + S07_FOOT, "-",
       "trap: kitchen knives are lawful household tools; the page names 跳刀/三棱刀 only to refuse them")

# ---------------------------------------------------------------------------------------------
# S08 Discuz! trading forum, GBK, 湖南 — ICP only inside an HTML comment, no licence
# ---------------------------------------------------------------------------------------------
s = Site("xiangjiang-bbs.test", "main", "gbk")
S08_HD = '''<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="/" title="湘江二手交易论坛">湘江二手交易论坛</a></h2></div>
<div id="nv"><ul><li class="a"><a href="/forum.php">论坛</a></li><li><a href="/forum-12-1.html">二手交易区</a></li><li><a href="/forum-15-1.html">代购专区</a></li></ul></div></div></div>'''
S08_FT = '''<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="/misc.php?mod=faq">帮助</a><span class="pipe">|</span><a href="/archiver/">Archiver</a><span class="pipe">|</span><strong><a href="/" target="_blank">湘江二手交易论坛</a></strong>
<!-- <a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备2018009921号-1</a> --></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">GMT+8, 2024-11-6 21:35</p></div></div>'''
s.page("index", "/", "湘江二手交易论坛 - Powered by Discuz!", S08_HD + '''
<div id="wp" class="wp"><div id="ct" class="wp cl"><div class="mn">
<div class="bm bmw"><div class="bm_h cl"><h2><a href="/forum-12-1.html">二手交易区</a></h2></div><div class="bm_c"><p>今日: 128 | 主题: 36512</p></div></div>
<div class="bm bmw"><div class="bm_h cl"><h2>版规公告</h2></div><div class="bm_c"><p>本站禁止发布高仿、A货、假证、枪支弹药等违法信息，一经发现永久封号并配合公安机关调查。</p></div></div>
</div></div></div>
''' + S08_FT, "ICP_MISSING,LICENSE_MISSING",
       "ICP_MISSING: the only ICP number is inside an HTML comment, not displayed, 互联网信息服务管理办法 第十二条, 非经营性互联网信息服务备案管理办法 第十三条; "
       "LICENSE_MISSING: a trading forum's home page with no licence data, 电子商务法 第十五条, 第七十六条 (the 禁止发布高仿、A货 board rule is a refusal, no finding)")
s.page("t1021", "/thread-1021-1-1.html", "出一批原单尾货 腕表 超A - 二手交易区", S08_HD + '''
<div id="wp" class="wp"><div id="postlist" class="pl bm"><div id="post_58812"><table class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls"><div class="authi"><a href="/space-uid-8812.html" class="xw1">长沙表哥</a></div></td>
<td class="plc"><div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_58812">
出一批原单尾货包包，另有复刻腕表，超A品质，绿水鬼、迪通拿都有，走表精准。<br>
价格私聊，长沙同城可面交，外地走闲鱼担保。<br>
</td></tr></table></div></div></div></td></tr></table></div></div></div>
''' + S08_FT, "COUNTERFEIT_TERM",
       "COUNTERFEIT_TERM: 原单尾货 / 复刻腕表 / 超A offered for sale with famous watch nicknames, 商标法 第五十七条; "
       "not a home page, so no licence or ICP duty here")
s.page("t1088", "/thread-1088-1-1.html", "出监听追踪设备 包教包会 - 二手交易区", S08_HD + '''
<div id="wp" class="wp"><div id="postlist" class="pl bm"><div id="post_59107"><table class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls"><div class="authi"><a href="/space-uid-9107.html" class="xw1">数码老王</a></div></td>
<td class="plc"><div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_59107">
出针孔摄像头（纽扣款、充电头款）、车载GPS定位追踪器、手机远程监听软件，查岗神器，对方完全无感知。<br>
包教包会，顺丰到付，需要的加微：jianting_777<br>
</td></tr></table></div></div></div></td></tr></table></div></div></div>
''' + S08_FT, "PROHIBITED_GOODS",
       "PROHIBITED_GOODS: covert cameras and eavesdropping/tracking devices are 窃听窃照专用器材, banned from sale (刑法 第二百八十三条, "
       "禁止非法生产销售使用窃听窃照专用器材和伪基站设备的规定)")

# ---------------------------------------------------------------------------------------------
# S09 live-commerce landing pages, UTF-8 with BOM, 四川 成都 (蜀ICP variant); licence split across tags
# ---------------------------------------------------------------------------------------------
s = Site("shuhong-live.test", "main", "utf-8", bom=True)
S09_FOOT = '''<div class="live-footer"><p>成都蜀红电子商务有限公司</p>
<p>统一社会信用代码：<span class="c">9151</span><span class="c">0107</span><span class="c">MA6C</span><span class="c">5D3U</span><span class="c">6Y</span></p>
<p><a href="https://beian.miit.gov.cn/">蜀ICP备2022031146号-1</a> | 川公网安备 51010702002817号</p></div>'''
s.page("index", "/", "蜀红直播间 · 每晚8点 源头好货", '''
<div class="live-landing"><div class="live-cover"><img src="/img/anchor.jpg" alt="主播小红"><span class="live-badge">直播中</span></div>
<div class="live-title">蜀红直播间 · 每晚8点 源头好货</div>
<div class="live-benefit"><h3>粉丝福利</h3><p>直播间下单的宝宝，收货后给个带图好评，截图私信主播，领10元无门槛红包！</p></div>
<div class="live-goods"><a href="/goods/88.html">鹿鞭人参养生酒 500ml</a><a href="/goods/91.html">蜀锦真丝围巾</a></div></div>
''' + S09_FOOT, "REVIEW_INDUCEMENT",
       "REVIEW_INDUCEMENT: red packet for a photo review, 电子商务法 第十七条, 反不正当竞争法 第八条; licence code split over five <span>s "
       "(joins to a valid registered code) and 蜀ICP (real variant of 川) satisfy the home-page duties",
       ids=[("91510107MA6C5D3U6Y", True)])
s.page("wine", "/goods/88.html", "鹿鞭人参养生酒 500ml - 蜀红直播间", '''
<div class="goods-landing"><h1>鹿鞭人参养生酒 500ml 42度</h1><div class="price-bar"><span class="price">直播价 ¥168</span></div>
<div class="goods-copy"><p>主播自己家里人都在喝！这是我卖过最好的一款酒，没有之一。</p>
<p>男人的加油站：补肾壮阳，尿频尿急、前列腺问题一喝就好，一个疗程见效。</p>
<p>（配制酒 执行标准 GB/T 27588）</p></div></div>
''' + S09_FOOT, "ABSOLUTE_TERM,FALSE_CLAIM",
       "ABSOLUTE_TERM: 卖过最好的一款 没有之一, 广告法 第九条第三项; FALSE_CLAIM: a liquor claimed to cure prostate and urinary problems, "
       "广告法 第十七条, 第二十八条",
       ids=[("91510107MA6C5D3U6Y", True)])
s.page("scarf", "/goods/91.html", "蜀锦真丝围巾 - 蜀红直播间", '''
<div class="goods-landing"><h1>蜀锦真丝围巾 180×90cm</h1><div class="price-bar"><span class="price">直播价 ¥99</span> <s class="origin">日常价 ¥299</s></div>
<div class="goods-copy"><p>成都老字号工坊织造，桑蚕丝含量100%，送礼自用都合适。</p></div></div>
''' + S09_FOOT, "FAKE_ORIGINAL_PRICE",
       "FAKE_ORIGINAL_PRICE: 日常价 ¥299 while 1.5 days earlier the same URL sold at ¥129, 明码标价和禁止价格欺诈规定 第十六条, 第十九条",
       ids=[("91510107MA6C5D3U6Y", True)])
s.history("scarf-d1.5", "/goods/91.html", 1.5, "蜀锦真丝围巾 - 蜀红直播间", '''
<div class="goods-landing"><h1>蜀锦真丝围巾 180×90cm</h1><div class="price-bar"><span class="price">¥129</span></div></div>
''' + S09_FOOT)

# ---------------------------------------------------------------------------------------------
# S10 台湾-style hand-craft seller registered in 厦门, Big5 traditional, space-grouped code in <dl>
# ---------------------------------------------------------------------------------------------
s = Site("muqing-craft.test", "main", "big5", lang="zh-TW")
S10_NAV = '''<nav class="gnb"><a href="/">木青文創</a> ｜ <a href="/category/tea/">茶器</a> ｜ <a href="/category/wood/">木作</a> ｜ <a href="/story/">品牌故事</a></nav>'''
S10_FOOT = '''<footer class="site-foot"><p>廈門木青文創有限公司 &copy; 2024　服務時間 週一至週五 09:00-18:00</p><p><a href="https://beian.miit.gov.cn/">閩ICP備2020019834號-1</a></p></footer>'''
s.page("index", "/", "木青文創｜台灣師傅手作茶器 木作", S10_NAV + '''
<section class="hero"><h1>一刀一刻，慢慢來</h1><p>木青文創由兩位台灣木作師傅在廈門創立，所有器物皆為工作室原創設計，本店不代購、不售仿製品。</p></section>
<section class="company"><h2>公司資訊</h2><dl class="info">
<dt>公司名稱</dt><dd>廈門木青文創有限公司</dd>
<dt>統一社會信用代碼</dt><dd>9135 0206 MA8R 2W6G 38</dd>
<dt>登記機關</dt><dd>廈門市湖里區市場監督管理局</dd></dl></section>
''' + S10_FOOT, "-",
       "trap: code grouped in blocks of four inside a <dl> (valid once spaces are removed; 廈門木青文創 = registered 厦门木青文创 after 繁→简), traditional-script ICP; "
       "不售仿製品 is a refusal",
       ids=[("91350206MA8R2W6G38", True)])
s.page("teaset", "/product/chaihao-set.html", "柴燒茶器組｜木青文創", S10_NAV + '''
<article class="product"><h1>柴燒茶器組 一壺四杯</h1><p class="price">人民幣 1,880 元</p>
<p>送禮最佳首選！業界最頂級的柴燒工藝，窯變獨一無二，市面上再找不到第二家。</p></article>
''' + S10_FOOT, "ABSOLUTE_TERM",
       "ABSOLUTE_TERM: 最佳首選 / 業界最頂級 / 再找不到第二家 as unprovable superlatives, 广告法 第九条第三项")
s.page("reissue", "/product/1990-stool.html", "1990 經典木凳 復刻版｜木青文創", S10_NAV + '''
<article class="product"><h1>1990 經典木凳 品牌官方復刻版</h1><p class="price">人民幣 960 元</p>
<p>這張小木凳是師傅 1990 年在台中開店時設計的第一件作品。今年工作室依原始手稿限量復刻 100 張，榫卯結構不用一根釘子。</p></article>
''' + S10_FOOT, "-",
       "trap: 復刻 here is the maker re-issuing its own 1990 design (own-brand re-edition), no third party's mark, so 商标法 第五十七条 is not engaged")

# ---------------------------------------------------------------------------------------------
# S11 agricultural-supply dedecms site, GBK, 河南 郑州 — malformed ICP number in every footer
# ---------------------------------------------------------------------------------------------
s = Site("fenghe-nongzi.test", "main", "gbk")
S11_TOP = '''<div class="top"><div class="w1000"><a href="/" class="logo">丰禾农资</a><ul class="menu"><li><a href="/">首页</a></li><li><a href="/a/chanpin/">产品展示</a></li><li><a href="/a/jishu/">种植技术</a></li><li><a href="/a/lianxi/">联系我们</a></li></ul></div></div>'''
S11_FOOT = '''<div class="footer"><div class="w1000">Copyright &copy; 2015-2024 郑州丰禾农资有限公司 版权所有<br>
地址：郑州市金水区文化路农资市场B区16号 &nbsp; 电话：0371-6588 2210<br>
统一社会信用代码：91410105MA47C1R518 &nbsp; 备案号：<a href="https://beian.miit.gov.cn/">豫ICP备190573号</a><br>
技术支持：<a href="http://www.dedecms.com" target="_blank">DedeCMS</a></div></div>'''
s.page("index", "/index.html", "郑州丰禾农资有限公司_化肥_农药_种子批发", S11_TOP + '''
<div class="w1000 main"><div class="left"><h3>公司简介</h3><p>郑州丰禾农资有限公司成立于2015年，主营复合肥、水溶肥、农药、小麦玉米良种，服务豫中三十余个乡镇的种植户。</p></div>
<div class="right"><h3>产品展示</h3><ul class="pic-list"><li><a href="/a/chanpin/123.html">20%水剂 除草剂</a></li><li><a href="/a/chanpin/124.html">硫酸钾复合肥 51%</a></li></ul></div></div>
''' + S11_FOOT, "ICP_INVALID",
       "ICP_INVALID: 豫ICP备190573号 has six digits, not the 8 (or 10 with a year prefix) of a real filing, 互联网信息服务管理办法 第十二条, "
       "非经营性互联网信息服务备案管理办法; licence code valid and registered",
       ids=[("91410105MA47C1R518", True)])
s.page("cao", "/a/chanpin/123.html", "20%水剂 除草剂_产品展示_丰禾农资", S11_TOP + '''
<div class="w1000 main"><div class="article"><h1>20%百草枯水剂 灭生性除草剂 5kg/桶</h1>
<p>老牌子克无踪同成分，打一遍草根烂，果园、田埂、荒地都能用。另有40%甲胺磷乳油少量现货，杀虫效果猛，需要的电话联系。</p>
<p>批发价：185元/桶，十桶起发物流。</p></div></div>
''' + S11_FOOT, "ICP_INVALID,PROHIBITED_GOODS",
       "PROHIBITED_GOODS: 百草枯水剂 (sale banned since 2016-07-01, 农业部公告第1745号) and 甲胺磷 (banned, 农业部公告第322号/第274号), "
       "农药管理条例 第三十五条; ICP_INVALID: the footer repeats the malformed 豫ICP备190573号",
       ids=[("91410105MA47C1R518", True)])
s.page("feiliao", "/a/chanpin/124.html", "硫酸钾复合肥 51%_产品展示_丰禾农资", S11_TOP + '''
<div class="w1000 main"><div class="article"><h1>硫酸钾复合肥 17-17-17 51% 40kg</h1>
<p>本品为国家免检产品，连续多年被评为“河南省农民满意品牌”，含量足，不结块。</p>
<p>执行标准：GB/T 15063-2020 &nbsp; 肥料登记证号见包装袋。</p></div></div>
''' + S11_FOOT, "FALSE_HONOUR,ICP_INVALID",
       "FALSE_HONOUR: 国家免检产品 — the 免检 scheme was abolished in 2008 (国务院令第503号 repeal of 产品免于质量监督检查管理规定), "
       "so the honour cannot be true, 广告法 第二十八条, 反不正当竞争法 第九条; ICP_INVALID: malformed footer ICP",
       ids=[("91410105MA47C1R518", True)])

# ---------------------------------------------------------------------------------------------
# S12 微店-style H5 baby shop, UTF-8, 上海 — 亮照 link whose serial names another company's code
# ---------------------------------------------------------------------------------------------
s = Site("beihe-baby.test", "main", "utf-8")
S12_BAR = '''<div class="wd-bottom-bar"><a href="/">首页</a><a href="/category">分类</a><a href="/cart">购物车</a><a href="/mine">我的</a></div>'''
s.page("index", "/", "贝禾母婴优选", '''
<div class="wd-shop"><div class="wd-shop-hd"><img src="/img/logo.png" alt="贝禾母婴"><div class="wd-shop-name">贝禾母婴优选</div><div class="wd-shop-tag">已缴纳保证金</div></div>
<div class="wd-goods-list"><a class="wd-goods" href="/item/7712"><p class="name">婴幼儿益生菌固体饮料 30袋</p><p class="wd-price">¥158</p></a>
<a class="wd-goods" href="/item/7715"><p class="name">木质益智积木 100粒</p><p class="wd-price">¥69</p></a></div>
<div class="wd-shop-cert"><p>经营主体：上海贝禾母婴用品有限公司</p><p>统一社会信用代码：91310104MA1K7Q5D4Y</p>
<p><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91310117MA1G5N8T19-SAIC_SHOW_10000091310117MA1G5N8T191605066612345&amp;signData=MEQCIF2a"><img src="/img/dzyyzz.png" alt="电子营业执照亮照">营业执照信息</a></p>
<p><a href="https://beian.miit.gov.cn/">沪ICP备2020033418号-2</a></p></div></div>
''' + S12_BAR, "LICENSE_MISMATCH",
       "LICENSE_MISMATCH: the electronic-licence link's serial begins with 91310117MA1G5N8T19 (another company in registry.tsv), "
       "not the displayed 91310104MA1K7Q5D4Y — the badge is borrowed, 电子商务法 第十五条, 市场主体登记管理条例实施细则 第六十四条",
       ids=[("91310104MA1K7Q5D4Y", True)])
s.page("probiotic", "/item/7712", "婴幼儿益生菌固体饮料 30袋", '''
<div class="wd-item"><div class="wd-item-title">婴幼儿益生菌固体饮料 30袋</div><div class="wd-item-price"><span class="wd-price">¥158</span></div>
<div class="wd-item-desc"><p>宝宝肠道好，全家少操心。每天一袋，宝宝湿疹、腹泻、便秘都能调理好，提高免疫力，一个冬天都不感冒。</p>
<p>产品类别：固体饮料</p></div></div>
''' + S12_BAR, "FALSE_CLAIM",
       "FALSE_CLAIM: a solid drink (ordinary food) claimed to treat eczema and diarrhoea and prevent colds, 广告法 第十七条, 第二十八条; "
       "SAMR 2023 notice on 固体饮料 misleading claims")
s.page("blocks", "/item/7715", "木质益智积木 100粒", '''
<div class="wd-item"><div class="wd-item-title">木质益智积木 100粒 A类婴幼儿标准</div><div class="wd-item-price"><span class="wd-price">¥69</span></div>
<div class="wd-item-desc"><p>榉木原色，水性漆，符合GB 6675玩具安全标准，包装布袋达到GB 31701 A类（婴幼儿）要求。</p>
<p>正品保障，拒绝高仿，假一赔三。支持7天无理由退货。</p></div>
<div class="wd-seo" hidden>积木 益智 最好的积木 第一品牌 驰名商标</div></div>
''' + S12_BAR, "-",
       "trap: A类 is the infant safety category of GB 31701, not A货; 拒绝高仿 is a denial; returns are accepted; the superlatives and 驰名商标 sit in an element with the hidden attribute, not displayed")

# ---------------------------------------------------------------------------------------------
# S13 拼多多-like calligraphy supplies shop, GB18030 (赵孟𫖯 uses a character outside GBK), 安徽 合肥
# ---------------------------------------------------------------------------------------------
s = Site("hanmoxuan.test", "main", "gb18030")
S13_NAV = '''<div class="pdd-nav"><a href="/">首页</a><a href="/search?q=赵孟𫖯">赵孟𫖯字帖专区</a><a href="/search?q=毛笔">毛笔</a><a href="/chat">客服</a></div>'''
S13_FOOT = '''<div class="pdd-footer"><p>合肥翰墨轩文化用品有限公司 &nbsp; 统一社会信用代码 91340104MA2T4M5Y9P</p><p><a href="https://beian.miit.gov.cn/">皖ICP备2021017250号-1</a></p></div>'''
s.page("index", "/", "翰墨轩 书法用品 - 百亿补贴", S13_NAV + '''
<div class="pdd-home"><div class="pdd-banner">开学季 满2件9折</div>
<div class="goods-grid"><a class="goods" href="/goods.html?goods_id=3301"><div class="g-title">赵孟𫖯《洛神赋》字帖 宣纸原大</div><div class="g-price">¥19.9</div></a>
<a class="goods" href="/goods.html?goods_id=3302"><div class="g-title">宋版《兰亭序》复刻影印 经折装</div><div class="g-price">¥39.9</div></a></div>
<p class="shop-intro">本店字帖均为馆藏碑帖高清复刻影印，原大原色，适合临摹。</p></div>
''' + S13_FOOT, "-",
       "trap: 复刻影印 is a facsimile reprint of public-domain rubbings (no trademark engaged, 商标法 第五十七条 not met); "
       "licence code and ICP displayed",
       ids=[("91340104MA2T4M5Y9P", True)])
s.page("zitie", "/goods.html?goods_id=3301", "赵孟𫖯《洛神赋》字帖 宣纸原大", S13_NAV + '''
<div class="goods-detail"><div class="g-title">赵孟𫖯《洛神赋》字帖 宣纸原大 附释文</div>
<div class="g-price-line"><span class="price">¥19.9</span> <span class="sold">已拼10万+件</span></div>
<div class="g-desc"><p>好评有礼：收货后五星晒单（3张图+15字），联系客服发送截图，送3元无门槛券；追评再送狼毫小楷一支。</p></div></div>
''' + S13_FOOT, "REVIEW_INDUCEMENT",
       "REVIEW_INDUCEMENT: coupon and gift for a five-star photo review, 电子商务法 第十七条, 反不正当竞争法 第八条",
       ids=[("91340104MA2T4M5Y9P", True)])
s.page("lanting", "/goods.html?goods_id=3302", "宋版《兰亭序》复刻影印 经折装", S13_NAV + '''
<div class="goods-detail"><div class="g-title">宋版《兰亭序》复刻影印 经折装 附赵孟𫖯跋</div>
<div class="g-price-line"><span class="price">¥39.9</span> <del class="line-price">划线价¥168</del></div>
<div class="g-desc"><p>经折装，仿古绫面，送收藏盒。</p></div></div>
''' + S13_FOOT, "FAKE_ORIGINAL_PRICE",
       "FAKE_ORIGINAL_PRICE: 划线价 ¥168 while four days earlier the same URL sold at ¥39.9, 明码标价和禁止价格欺诈规定 第十六条, 第十九条 "
       "(复刻影印 = facsimile, no counterfeit finding)",
       ids=[("91340104MA2T4M5Y9P", True)])
s.history("lanting-d4", "/goods.html?goods_id=3302", 4, "宋版《兰亭序》复刻影印 经折装", S13_NAV + '''
<div class="goods-detail"><div class="g-title">宋版《兰亭序》复刻影印 经折装 附赵孟𫖯跋</div>
<div class="g-price-line"><span class="price">¥39.9</span></div></div>
''' + S13_FOOT)

# ---------------------------------------------------------------------------------------------
# S14 酱香白酒 corporate site, GBK, 贵州 仁怀 — ICP "审核中", 驰名商标 banner
# ---------------------------------------------------------------------------------------------
s = Site("maoxiangfang.test", "main", "gbk")
S14_HEAD = '''<div id="header"><div class="logo"><a href="/">茅乡坊酒业</a></div><div class="menu"><a href="/">首页</a><a href="/product/">产品中心</a><a href="/culture/">酱酒文化</a><a href="/contact/">联系我们</a></div></div>'''
S14_FOOT = '''<div id="footer"><p>仁怀市茅乡坊酒业有限公司 &nbsp; 统一社会信用代码：91520381MA6H3L0A99</p><p>贵州省仁怀市茅台镇酒业大道88号 &nbsp; 400-0851-218</p>'''
s.page("index", "/", "茅乡坊酒业 - 茅台镇坤沙酱香", S14_HEAD + '''
<div class="banner"><h1>茅乡坊<sup>R</sup> · 中国驰名商标</h1><p>茅台镇核心产区 · 12987工艺 · 坤沙酱香</p></div>
<div class="intro"><p>茅乡坊酒业位于仁怀市茅台镇，年产基酒800吨，窖藏老酒3000余吨。</p></div>
''' + S14_FOOT + '''<p>网站备案：ICP备案审核中</p></div>''', "ICP_MISSING,WELLKNOWN_MARK_AD",
       "WELLKNOWN_MARK_AD: 中国驰名商标 in the home banner, 商标法 第十四条第五款; ICP_MISSING: only 'ICP备案审核中', no filing number, "
       "互联网信息服务管理办法 第十二条; licence code displayed and registered",
       ids=[("91520381MA6H3L0A99", True)])
s.page("p7", "/product/7.html", "茅乡坊 大师手酿 15年 500ml", S14_HEAD + '''
<div class="product"><h1>茅乡坊 大师手酿 15年 53度 500ml</h1><p class="price">零售价：￥1588/瓶</p>
<p>由国家级酿酒大师亲手勾调，是茅台镇最高级别的手工酱香酒。</p>
<p>酱酒好喝不伤身：每天晚上一小杯，软化血管、护肝养胃，喝了第二天不口干不上头。</p></div>
''' + S14_FOOT + '''</div>''', "ABSOLUTE_TERM,FALSE_CLAIM",
       "ABSOLUTE_TERM: 茅台镇最高级别的 and an invented 国家级酿酒大师, 广告法 第九条第三项; FALSE_CLAIM: liquor claimed to soften blood vessels "
       "and protect the liver, 广告法 第十七条, 第二十八条",
       ids=[("91520381MA6H3L0A99", True)])
s.page("p8", "/product/8.html", "茅乡坊 光瓶酱香 500ml", S14_HEAD + '''
<div class="product"><h1>茅乡坊 光瓶酱香 53度 500ml</h1><p class="price">零售价：￥168/瓶</p>
<table class="params"><tr><td>产品类型</td><td>酱香型白酒</td></tr><tr><td>执行标准</td><td>GB/T 26760-2011</td></tr><tr><td>质量等级</td><td>优级</td></tr><tr><td>最佳饮用温度</td><td>18-20℃</td></tr></table>
<p class="warn">过量饮酒有害健康。未成年人请勿饮酒。</p></div>
''' + S14_FOOT + '''</div>''', "-",
       "trap: 优级 is the top quality grade defined by GB/T 26760 (standard grade term, 2023 guidance); 最佳饮用温度 is a serving tip; "
       "the drinking warning is a warning; not a home page so the missing ICP matters only on /",
       ids=[("91520381MA6H3L0A99", True)])

# ---------------------------------------------------------------------------------------------
# S15 second-hand luxury consignment, UTF-8, 北京 朝阳
# ---------------------------------------------------------------------------------------------
s = Site("xunhuan-youpin.test", "main", "utf-8")
S15_HEAD = '''<header class="hdr"><a class="brand" href="/">循环优品</a><nav><a href="/bags/">箱包</a><a href="/watches/">腕表</a><a href="/sell/">我要寄卖</a></nav></header>'''
S15_FOOT = '''<footer class="ftr"><div>北京循环优品商贸有限公司 | 统一社会信用代码 91110105MA01X3K70T | 二手商品经营备案</div>
<div><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备2021028836号-1</a> | <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502045678">京公网安备 11010502045678号</a></div></footer>'''
s.page("index", "/", "循环优品 - 二手奢侈品寄卖回收", S15_HEAD + '''
<main><section class="promise"><h2>我们的承诺</h2><ul><li>只做二手正品，坚决不卖高仿、A货、原单货</li><li>每件商品经两位鉴定师交叉鉴定，附鉴定证书</li><li>鉴定有误，全额退款并赔付三倍</li></ul></section></main>
''' + S15_FOOT, "-",
       "trap: 高仿/A货/原单 appear only in a refusal (坚决不卖); licence and ICP displayed",
       ids=[("91110105MA01X3K70T", True)])
s.page("bag", "/bags/c-20931.html", "寄卖 | 经典款链条包 - 循环优品", S15_HEAD + '''
<main><article class="item"><h1>经典款链条包 黑金 25cm（寄卖）</h1><div class="price">¥2,380</div>
<div class="seller-desc"><h3>寄卖人描述</h3><p>精品复刻版，原厂皮料，五金刻字清晰，做工和专柜一比一，背出去没人看得出来。介意勿拍。</p></div>
<p class="platform-note">寄卖商品由寄卖人描述，平台已审核上架。</p></article></main>
''' + S15_FOOT, "COUNTERFEIT_TERM",
       "COUNTERFEIT_TERM: 精品复刻 / 和专柜一比一 / 背出去没人看得出来 describe a replica of a branded bag, 商标法 第五十七条",
       ids=[("91110105MA01X3K70T", True)])
s.page("watch", "/watches/c-20877.html", "寄卖 | 自动机械腕表 - 循环优品", S15_HEAD + '''
<main><article class="item"><h1>自动机械腕表 41mm 2019年（寄卖）</h1><div class="price">¥36,800</div>
<div class="seller-desc"><h3>寄卖人描述</h3><p>2019年香港专柜购入，附原购买单据和保卡，原单据上的编号与表背编号一致，可拿去品牌售后查验。</p></div></article>
<div class="seo-kw" style="visibility:hidden">高仿手表 复刻表 超A 原单 1:1 精仿</div></main>
''' + S15_FOOT, "-",
       "trap: 原单据 (the original purchase receipt) contains the characters 原单 but is not the counterfeit slang 原单货; genuine second-hand watch; the replica keywords sit in a visibility:hidden SEO block, which is not displayed",
       ids=[("91110105MA01X3K70T", True)])

# ---------------------------------------------------------------------------------------------
# S16 nutrition shop, GBK with NO charset meta, 山东 青岛 — old 15-digit 注册号 in a <br> footer
# ---------------------------------------------------------------------------------------------
s = Site("haizhiyuan-qd.test", "main", "gbk", meta="none")
S16_FOOT = '''<div class="bottom" align="center">青岛海之源营养品有限公司 版权所有<br>
营业执照注册号：370212200060716<br>
地址：青岛市崂山区海尔路61号 电话：0532-8890 6612<br>
<a href="https://beian.miit.gov.cn/">鲁ICP备2012030457号-1</a> 鲁公网安备 37021202000456号</div>'''
S16_NAV = '''<table width="960" align="center" class="nav"><tr><td><a href="/">首页</a></td><td><a href="/products.asp">产品</a></td><td><a href="/about.asp">关于我们</a></td></tr></table>'''
s.page("index", "/index.html", "青岛海之源营养品有限公司", S16_NAV + '''
<table width="960" align="center"><tr><td class="content">
<p>海之源专注深海鱼油、海参肽等营养食品二十年。</p>
<p class="notice">【温馨提示】保健食品不是药物，不能代替药物治疗疾病。请在医生指导下调整用药。</p>
</td></tr></table>
''' + S16_FOOT, "-",
       "trap: 不能代替药物治疗疾病 is the statutory health-food warning, not a claim; licence shown as a valid 15-digit 注册号 "
       "(registered, 存续) in a <br> footer; ICP shown. No charset meta (bytes GBK)",
       ids=[("370212200060716", True)])
s.page("fishoil", "/products.asp?id=21", "深海鱼油软胶囊 - 海之源", S16_NAV + '''
<table width="960" align="center"><tr><td class="content"><h1>深海鱼油软胶囊 1000mg×100粒</h1><p>价格：￥168</p>
<p>很多糖友吃了三个月，血糖降下来了，胰岛素都停了，而且停药不反弹！</p>
</td></tr></table>
''' + S16_FOOT, "FALSE_CLAIM",
       "FALSE_CLAIM: fish-oil capsules claimed to lower blood sugar so insulin can be stopped, 广告法 第十七条, 第十八条, 第二十八条. "
       "No charset meta (bytes GBK)",
       ids=[("370212200060716", True)])
s.page("haishen", "/products.asp?id=25", "即食海参 - 海之源", S16_NAV + '''
<table width="960" align="center"><tr><td class="content"><h1>即食海参 500g 礼盒</h1><p>价格：￥698</p>
<p>本品荣获国家质量免检产品称号，是我公司的拳头产品。</p>
</td></tr></table>
''' + S16_FOOT, "FALSE_HONOUR",
       "FALSE_HONOUR: 国家质量免检产品 — the 免检 scheme was abolished in 2008, so the title cannot be current, 广告法 第二十八条, "
       "反不正当竞争法 第九条. No charset meta (bytes GBK)",
       ids=[("370212200060716", True)])

# ---------------------------------------------------------------------------------------------
# S17 phone accessories, Magento-like, UTF-8, 广东 广州 — code with a wrong check character
# ---------------------------------------------------------------------------------------------
s = Site("jike-peijian.test", "main", "utf-8")
S17_HEAD = '''<div class="header-container"><div class="header"><a href="/" class="logo"><strong>极客配件</strong></a><div class="quick-access"><a href="/checkout/cart/">购物车 (0)</a></div></div></div>'''
S17_FOOT = '''<div class="footer-container"><div class="footer"><address>&copy; 2024 广州极客配件贸易有限公司 &nbsp; 统一社会信用代码：91440106MA9W4P1E3H &nbsp; <a href="https://beian.miit.gov.cn/">粤ICP备2020105566号-1</a></address></div></div>'''
s.page("index", "/", "极客配件 - 数据线 充电头 手机壳", S17_HEAD + '''
<div class="main-container col1-layout"><div class="main"><div class="std"><h2 class="subtitle">新品推荐</h2>
<ul class="products-grid"><li class="item"><a href="/lightning-cable.html" class="product-name">快充数据线 1米</a><div class="price-box"><span class="regular-price"><span class="price">¥19.90</span></span></div></li>
<li class="item"><a href="/phone-case.html" class="product-name">液态硅胶手机壳</a><div class="price-box"><span class="regular-price"><span class="price">¥29.90</span></span></div></li></ul></div></div></div>
''' + S17_FOOT, "LICENSE_INVALID",
       "LICENSE_INVALID: 91440106MA9W4P1E3H fails the GB 32100 check character (correct would be G), false display, 电子商务法 第十五条",
       ids=[("91440106MA9W4P1E3H", False)])
s.page("cable", "/lightning-cable.html", "快充数据线 1米 - 极客配件", S17_HEAD + '''
<div class="main-container col1-layout"><div class="main"><div class="product-view"><div class="product-name"><h1>快充数据线 1米</h1></div>
<div class="price-box"><span class="regular-price"><span class="price">¥19.90</span></span></div>
<div class="short-description"><div class="std">苹果原装拆机品质，Ａ货里做工很稳的一批，和原装 1 : 1 开模，包装盒也是原版一样的。</div></div></div></div></div>
''' + S17_FOOT, "COUNTERFEIT_TERM,LICENSE_INVALID",
       "COUNTERFEIT_TERM: full-width Ａ货 and spaced 1 : 1 开模 with original-look packaging of a branded cable, 商标法 第五十七条; "
       "LICENSE_INVALID: footer code fails its check character",
       ids=[("91440106MA9W4P1E3H", False)])
s.page("case", "/phone-case.html", "液态硅胶手机壳 - 极客配件", S17_HEAD + '''
<div class="main-container col1-layout"><div class="main"><div class="product-view"><div class="product-name"><h1>液态硅胶手机壳</h1></div>
<div class="price-box"><span class="regular-price"><span class="price">¥29.90</span></span></div>
<div class="short-description"><div class="std">小本经营，所有商品一经售出概不退换，不支持七天无理由，拍前看清型号。</div></div></div></div></div>
''' + S17_FOOT, "LICENSE_INVALID,RETURN_REFUSED",
       "RETURN_REFUSED: phone cases are outside every 消费者权益保护法 第二十五条 exemption; 一经售出概不退换 refuses the 7-day right; "
       "LICENSE_INVALID: footer code fails its check character",
       ids=[("91440106MA9W4P1E3H", False)])

# ---------------------------------------------------------------------------------------------
# S18 cake shop 小程序 web view, UTF-8, 浙江 杭州 — licence only inside display:none
# ---------------------------------------------------------------------------------------------
s = Site("tianmi-cake.test", "main", "utf-8")
S18_FOOT = '''<div class="mp-footer"><a href="https://beian.miit.gov.cn/">浙ICP备2023018843号-1</a></div>'''
s.page("index", "/index.html", "甜米烘焙 · 小程序", '''
<div class="mp-page"><div class="mp-navbar">甜米烘焙</div>
<div class="mp-swiper"><img src="/img/b1.jpg" alt="生日蛋糕 当日现做"></div>
<div class="mp-grid"><a href="/pages/goods/detail?id=12">动物奶油生日蛋糕 6寸</a><a href="/pages/news/detail?id=3">关于退换货的说明</a></div>
<div class="mp-license" style="display:none">营业执照：杭州甜米食品有限公司 91330105MA2J6B4P0U</div></div>
''' + S18_FOOT, "LICENSE_MISSING",
       "LICENSE_MISSING: the only licence text sits in a display:none block, which is not displayed, 电子商务法 第十五条, 第七十六条; "
       "ICP displayed")
s.page("cake", "/pages/goods/detail?id=12", "动物奶油生日蛋糕 6寸", '''
<div class="mp-page"><div class="mp-navbar">商品详情</div><div class="goods-name">动物奶油生日蛋糕 6寸（当日现做）</div><div class="goods-price">¥168</div>
<div class="goods-notice">蛋糕为按您要求现做的定制商品，且属鲜活易腐食品，依法不适用七天无理由退货。如有质量问题，请在收货后2小时内联系客服处理。</div></div>
''' + S18_FOOT, "-",
       "trap: 不适用七天无理由退货 for a made-to-order perishable cake, both 消费者权益保护法 第二十五条第一款(一) 定作 and (二) 鲜活易腐 apply")
s.page("news", "/pages/news/detail?id=3", "关于退换货的说明", '''
<div class="mp-page"><div class="mp-navbar">关于退换货的说明</div>
<div class="article"><p>根据《消费者权益保护法》第二十五条，经营者采用网络方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由，但消费者定作的、鲜活易腐的等商品除外。</p>
<p>本店的饼干、曲奇等预包装零食，未拆封的支持七天无理由退货；现做蛋糕不适用。</p></div></div>
''' + S18_FOOT, "-",
       "trap: quotes 消费者权益保护法 第二十五条 and applies it correctly (packaged snacks returnable, made-to-order cakes exempt)")

# ---------------------------------------------------------------------------------------------
# S28 toy shop, Woo-like, GBK, 浙江 宁波 — no ICP on the home page
# ---------------------------------------------------------------------------------------------
s = Site("lebao-toys.test", "main", "gbk")
S28_HEAD = '''<div class="site-header"><a href="/" class="site-title">乐宝玩具</a> <a href="/shop/">全部玩具</a> <a href="/cart/">购物车</a></div>'''
S28_FOOT = '''<div class="site-footer">宁波乐宝玩具有限公司 &nbsp; 统一社会信用代码 91330282MA2CH7N69T<br>Copyright &copy; 2024 乐宝玩具 版权所有 &nbsp; 技术支持：宁波云帆网络</div>'''
s.page("index", "/", "乐宝玩具 - 益智积木 遥控车 过家家", S28_HEAD + '''
<div class="content"><ul class="products"><li><a href="/product/rc-car/">遥控越野车</a> <span class="price">￥129.00</span></li><li><a href="/product/puzzle/">儿童拼图 200片</a> <span class="price">￥39.00</span></li><li><a href="/product/board-game/">家庭桌游</a> <span class="price">￥59.00</span></li></ul></div>
''' + S28_FOOT, "ICP_MISSING",
       "ICP_MISSING: the home page shows a licence code but no ICP filing or licence number, 互联网信息服务管理办法 第十二条, "
       "非经营性互联网信息服务备案管理办法 第十三条",
       ids=[("91330282MA2CH7N69T", True)])
s.page("rccar", "/product/rc-car/", "遥控越野车 - 乐宝玩具", S28_HEAD + '''
<div class="content product"><h1>遥控越野车 1:16 四驱</h1><p class="price">￥129.00</p>
<p>乐宝牌，中国驰名商标，宁波工厂直发。</p>
<p>售后：本店玩具均不支持7天无理由退货，请确认后下单。</p></div>
''' + S28_FOOT, "RETURN_REFUSED,WELLKNOWN_MARK_AD",
       "WELLKNOWN_MARK_AD: 中国驰名商标 in product advertising, 商标法 第十四条第五款; RETURN_REFUSED: toys are outside every 消费者权益保护法 "
       "第二十五条 exemption (1:16 is a model scale)",
       ids=[("91330282MA2CH7N69T", True)])
s.page("boardgame", "/product/board-game/", "家庭桌游 - 乐宝玩具", S28_HEAD + '''
<div class="content product"><h1>家庭策略桌游 经典版</h1><p class="price">￥59.00</p>
<table class="params"><tr><td>适用年龄</td><td>8岁以上</td></tr><tr><td>游戏人数</td><td>2-6人，4人体验最佳</td></tr><tr><td>游戏时长</td><td>约45分钟</td></tr></table>
<p>含小零件，3岁以下儿童请勿玩耍。</p></div>
''' + S28_FOOT, "-",
       "trap: 4人体验最佳 is a play-count tip in a parameter table, not a 广告法 第九条 comparison with others; choking warning is a warning",
       ids=[("91330282MA2CH7N69T", True)])

# ---------------------------------------------------------------------------------------------
# S29 天猫-style brand flagship, UTF-8, 广东 中山 — licence shown only as a link to a licence page
# ---------------------------------------------------------------------------------------------
s = Site("meiju-dianqi.test", "main", "utf-8")
S29_HEAD = '''<div id="header"><div class="shop-hd"><a class="shop-logo" href="/">美居电器官方旗舰店</a><div class="shop-nav"><a href="/">首页</a><a href="/category/">所有宝贝</a><a href="/license.html">资质证照</a></div></div></div>'''
S29_FOOT = '''<div id="footer"><p>中山市美居电器有限公司 &copy; 2024 <a href="https://beian.miit.gov.cn/">粤ICP备2020072215号-1</a> 粤公网安备 44200002001234号</p></div>'''
s.page("index", "/", "美居电器官方旗舰店 - 电饭煲 空气炸锅 破壁机", S29_HEAD + '''
<div id="content"><div class="J_TModule"><div class="skin-box"><div class="item-list"><dl class="item"><dt class="photo"><a href="/item.htm?id=640012"><img src="/img/640012.jpg" alt="空气炸锅"></a></dt><dd class="detail"><a class="item-name" href="/item.htm?id=640012">可视空气炸锅 6L</a><div class="attribute"><span class="c-price">299.00</span></div></dd></dl>
<dl class="item"><dt class="photo"><a href="/item.htm?id=640018"><img src="/img/640018.jpg" alt="电饭煲"></a></dt><dd class="detail"><a class="item-name" href="/item.htm?id=640018">IH电饭煲 4L</a><div class="attribute"><span class="c-price">459.00</span></div></dd></dl></div></div></div>
<div class="shop-qualification"><a href="/license.html"><img src="/img/icon-license.png" alt="">营业执照信息</a> &nbsp; <a href="/license.html#food">其他资质</a></div></div>
''' + S29_FOOT, "-",
       "trap: no code in the page text, but a 营业执照信息 link to the shop's licence page — 电子商务法 第十五条 allows the 链接标识; ICP shown")
s.page("fryer", "/item.htm?id=640012", "可视空气炸锅 6L-美居电器官方旗舰店", S29_HEAD + '''
<div class="tb-detail-hd"><h1>可视空气炸锅 6L 家用大容量</h1><p class="newp">顶配款 全网销量NO.1 无可超越</p></div>
<div class="tm-fcs-panel"><dl class="tm-price-panel"><dt class="tb-metatit">日常价</dt><dd><span class="tm-price">¥599.00</span></dd></dl>
<dl class="tm-promo-panel"><dt class="tb-metatit">双12价</dt><dd><span class="tm-price">¥299.00</span></dd></dl></div>
''' + S29_FOOT, "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE",
       "ABSOLUTE_TERM: 全网销量NO.1 无可超越 without evidence, 广告法 第九条第三项; FAKE_ORIGINAL_PRICE: 日常价 ¥599 while 5 days earlier "
       "the same URL sold at ¥289, 明码标价和禁止价格欺诈规定 第十六条, 第十九条")
s.history("fryer-d5", "/item.htm?id=640012", 5, "可视空气炸锅 6L-美居电器官方旗舰店", S29_HEAD + '''
<div class="tb-detail-hd"><h1>可视空气炸锅 6L 家用大容量</h1></div>
<div class="tm-fcs-panel"><dl class="tm-price-panel"><dt class="tb-metatit">价格</dt><dd><span class="tm-price">¥289.00</span></dd></dl></div>
''' + S29_FOOT)
s.page("ricecooker", "/item.htm?id=640018", "IH电饭煲 4L-美居电器官方旗舰店", S29_HEAD + '''
<div class="tb-detail-hd"><h1>IH电磁加热电饭煲 4L</h1><p class="newp">美居商标已被认定为驰名商标 品质看得见</p></div>
<div class="tm-fcs-panel"><dl class="tm-price-panel"><dt class="tb-metatit">价格</dt><dd><span class="tm-price">¥459.00</span></dd></dl></div>
<div class="tb-extra"><p>晒图评价送一年延保：确认收货后15天内发布带图好评，联系客服登记即送延保一年。</p></div>
''' + S29_FOOT, "REVIEW_INDUCEMENT,WELLKNOWN_MARK_AD",
       "WELLKNOWN_MARK_AD: 驰名商标 in the product ad, 商标法 第十四条第五款; REVIEW_INDUCEMENT: an extended warranty in exchange for a "
       "photo good review, 电子商务法 第十七条, 反不正当竞争法 第八条")

# =============================================================================================
# HOLDOUT sites (S19–S27)
# =============================================================================================

# S19 silk shop, GBK, 浙江 杭州 — code with a wrong check character, space-grouped on the home page
s = Site("siyunfang-silk.test", "holdout", "gbk")
S19_HEAD = '''<div class="hd"><a class="logo" href="/">丝韵坊</a><span class="nav"><a href="/">首页</a> <a href="/product/">真丝产品</a> <a href="/about/">品牌介绍</a></span></div>'''
S19_FOOT = '''<div class="ft"><p>杭州丝韵坊丝绸有限公司 统一社会信用代码：91330102MA28R3D49C</p><p><a href="https://beian.miit.gov.cn/">浙ICP备2018041552号-1</a> &nbsp; 浙公网安备 33010202001187号</p></div>'''
s.page("index", "/", "丝韵坊 - 杭州真丝 丝巾 睡衣 被面", S19_HEAD + '''
<div class="main"><div class="intro">丝韵坊创立于杭州中山南路丝绸街，经营真丝围巾、睡衣、蚕丝被。</div>
<div class="zz"><h3>证照公示</h3><p>企业名称：杭州丝韵坊丝绸有限公司<br>统一社会信用代码：9133 0102 MA28 R3D4 9C<br>登记机关：杭州市上城区市场监督管理局</p></div></div>
''' + S19_FOOT, "LICENSE_INVALID",
       "LICENSE_INVALID: 91330102MA28R3D49C (shown grouped 9133 0102 MA28 R3D4 9C and again in the footer) fails the GB 32100 check "
       "character (correct would be B), false display, 电子商务法 第十五条",
       ids=[("91330102MA28R3D49C", False)])
s.page("scarf", "/product/1.html", "桑蚕丝长巾 - 丝韵坊", S19_HEAD + '''
<div class="main pro"><h1>重磅桑蚕丝长巾 180×55cm</h1><p class="price">售价：￥398</p>
<p>杭州最好的真丝长巾，全网品质第一，买过的都说再也看不上别家。</p></div>
''' + S19_FOOT, "ABSOLUTE_TERM,LICENSE_INVALID",
       "ABSOLUTE_TERM: 杭州最好的 / 全网品质第一, 广告法 第九条第三项; LICENSE_INVALID: footer code fails its check character",
       ids=[("91330102MA28R3D49C", False)])
s.page("pyjama", "/product/2.html", "6A级桑蚕丝睡衣 - 丝韵坊", S19_HEAD + '''
<div class="main pro"><h1>6A级桑蚕丝睡衣 22姆米</h1><p class="price">售价：￥1280</p>
<p>采用6A级生丝织造（生丝分级见 GB/T 1797），面料重22姆米。</p><p>洗涤：最佳洗涤方式为30℃以下冷水手洗，中性洗涤剂，阴干。</p></div>
''' + S19_FOOT, "LICENSE_INVALID",
       "LICENSE_INVALID: footer code fails its check character, 电子商务法 第十五条. Look-alikes not flagged: 6A级 is a raw-silk grade "
       "(GB/T 1797), not A货; 最佳洗涤方式 is a care tip",
       ids=[("91330102MA28R3D49C", False)])

# S20 澳门-style 参茸行 selling into the mainland, Big5, 广州-registered company
s = Site("aojitang-mo.test", "holdout", "big5", lang="zh-MO")
S20_NAV = '''<div class="topbar"><a href="/">澳濟堂</a>　<a href="/list.php?cat=1">蟲草花膠</a>　<a href="/list.php?cat=2">工藝收藏</a>　<a href="/faq.php">購物須知</a></div>'''
S20_FOOT = '''<div class="copyright">廣州澳濟堂貿易有限公司 版權所有　<a href="https://beian.miit.gov.cn/">粵ICP備2021150733號-1</a></div>'''
s.page("index", "/", "澳濟堂 參茸海味 工藝收藏", S20_NAV + '''
<table class="licence" width="100%" border="0"><tr><th colspan="2">經營主體信息</th></tr>
<tr><td>企業名稱</td><td>廣州澳濟堂貿易有限公司</td></tr>
<tr><td>統一社會信用代碼</td><td>91440103MA59Q6F16N</td></tr>
<tr><td>住所</td><td>廣州市荔灣區清平路清平中藥材專業市場二樓</td></tr></table>
<p class="notice">本店嚴格遵守《野生動物保護法》，不售象牙、犀角、穿山甲片、玳瑁等瀕危物種製品，請勿查詢。</p>
''' + S20_FOOT, "-",
       "trap: 象牙/犀角/穿山甲片/玳瑁 named only in a refusal notice; licence in a table (traditional script; 廣州澳濟堂 = registered 广州澳济堂 after 繁→简) and ICP shown",
       ids=[("91440103MA59Q6F16N", True)])
s.page("ivory", "/item.php?id=5521", "老料雕件 手鐲 - 澳濟堂", S20_NAV + '''
<div class="item"><h1>八十年代老料 象牙雕件 / 玳瑁手鐲</h1><p class="price">人民幣 12,800 元起</p>
<p>老料包漿自然，證書另議。內地買家可順豐寄，外包裝寫工藝品。</p></div>
''' + S20_FOOT, "PROHIBITED_GOODS",
       "PROHIBITED_GOODS: ivory carvings and hawksbill (玳瑁) bracelets; commercial ivory trade closed since 2017-12-31 (国办发〔2016〕103号), "
       "野生动物保护法 第二十八条, 第三十二条")
s.page("chongcao", "/item.php?id=5530", "冬蟲夏草 - 澳濟堂", S20_NAV + '''
<div class="item"><h1>那曲冬蟲夏草 4條/克 10克裝</h1><p class="price">人民幣 3,680 元</p>
<p>肺癌術後、化療後調理必備，每天燉服兩條，可治療咳喘，抑制腫瘤，醫生都推薦。</p></div>
''' + S20_FOOT, "FALSE_CLAIM",
       "FALSE_CLAIM: cordyceps (not an approved drug here) said to treat cough and suppress tumours with a doctor endorsement, "
       "广告法 第十七条, 第二十八条; 第十六条 bans doctor endorsements")

# S21 新疆 dried-dates 有赞 micro-mall, UTF-8 — no ICP (only a 公网安备 number)
s = Site("zaoxiangyuan.test", "holdout", "utf-8")
S21_TAB = '''<div class="van-tabbar"><a class="van-tabbar-item" href="/">首页</a><a class="van-tabbar-item" href="/goods/all">全部商品</a><a class="van-tabbar-item" href="/user">个人中心</a></div>'''
s.page("index", "/", "枣香源 新疆红枣干果", '''
<div class="showcase-page"><div class="shop-header"><div class="shop-title">枣香源 新疆红枣干果</div></div>
<div class="cap-goods-list"><a class="cap-goods" href="/goods/hz01">和田骏枣 2.5kg</a><a class="cap-goods" href="/goods/hz02">灰枣 1kg</a><a class="cap-goods" href="/goods/hz03">若羌红枣 特级</a></div>
<div class="shop-info"><div class="cell"><span class="cell-title">店铺资质</span><span class="cell-value">乌鲁木齐枣香源农产品有限公司　统一社会信用代码 91650102MA78Y4Q25L</span></div></div>
<div class="footer-copyright">新公网安备 65010202000311号</div></div>
''' + S21_TAB, "ICP_MISSING",
       "ICP_MISSING: an independent site whose home page shows only a 公网安备 number, which is not an ICP filing, "
       "互联网信息服务管理办法 第十二条; licence code displayed and registered",
       ids=[("91650102MA78Y4Q25L", True)])
s.page("hetian", "/goods/hz01", "和田骏枣 2.5kg", '''
<div class="goods-page"><h2 class="goods-title">和田骏枣 2.5kg 一级</h2><div class="goods-price"><span class="current-price">¥59.90</span></div>
<div class="goods-detail"><p>售后须知：干果属于食品，售出后不退不换，不支持七天无理由退货，拍下即默认同意。</p></div></div>
''' + S21_TAB, "RETURN_REFUSED",
       "RETURN_REFUSED: dried dates are not 鲜活易腐 and not listed in 消费者权益保护法 第二十五条; a blanket refusal (even unopened) "
       "is unlawful; 拍下即默认同意 is not the per-purchase confirmation 第二十五条 requires")
s.page("huizao", "/goods/hz02", "灰枣 1kg", '''
<div class="goods-page"><h2 class="goods-title">新疆灰枣 1kg</h2><div class="goods-price"><span class="current-price">¥25.80</span></div>
<div class="goods-detail"><p>🎁 追评+晒图，加客服微信发截图，领2元红包，每个订单限领一次～</p></div></div>
''' + S21_TAB, "REVIEW_INDUCEMENT",
       "REVIEW_INDUCEMENT: red packet for a follow-up photo review, 电子商务法 第十七条, 反不正当竞争法 第八条")
s.page("ruoqiang", "/goods/hz03", "若羌红枣 特级", '''
<div class="goods-page"><h2 class="goods-title">若羌红枣 特级 1kg</h2><div class="goods-price"><span class="current-price">¥39.90</span></div>
<div class="goods-detail"><p>若羌红枣是国家地理标志保护产品。本品等级：特级（按 GB/T 5835《干制红枣》分级）。</p>
<p>未拆封商品支持七天无理由退货。</p></div></div>
''' + S21_TAB, "-",
       "trap: 国家地理标志保护产品 is a state-granted protection of the origin name (true fact), 特级 a grade of GB/T 5835; returns accepted")

# S22 furniture 企业官网, GB18030 (𠮷 outside GBK), 广东 佛山 — registry status 吊销
s = Site("jiwu-jiaju.test", "holdout", "gb18030")
S22_HEAD = '''<div class="header"><a class="logo" href="/">𠮷屋家居</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/product/">产品中心</a></li><li><a href="/case/">工程案例</a></li></ul></div>'''
S22_FOOT = '''<div class="footer"><p>佛山市𠮷屋家居有限公司　统一社会信用代码：91440606MA4W9R1H1D</p><p>佛山市顺德区乐从镇家具大道东18号　<a href="https://beian.miit.gov.cn/">粤ICP备2019088321号-1</a></p></div>'''
s.page("index", "/", "𠮷屋家居 - 顺德实木家具 源头工厂", S22_HEAD + '''
<div class="banner"><h2>𠮷屋家居 · 中国驰名商标</h2><p>顺德乐从 十五年实木家具制造</p></div>
''' + S22_FOOT, "LICENSE_MISMATCH,WELLKNOWN_MARK_AD",
       "LICENSE_MISMATCH: 91440606MA4W9R1H1D is 吊销 in registry.tsv, so the display is of a revoked licence, 电子商务法 第十五条, "
       "市场主体登记管理条例 第三十六条; WELLKNOWN_MARK_AD: 中国驰名商标 in the banner, 商标法 第十四条第五款",
       ids=[("91440606MA4W9R1H1D", True)])
s.page("sofa", "/product/sofa-12.html", "头层牛皮沙发 - 𠮷屋家居", S22_HEAD + '''
<div class="pro-detail"><h1>头层牛皮沙发 四人位</h1><p class="price">￥8680</p>
<p>荣誉资质：质量免检产品（国家质检总局颁发）、ISO9001质量管理体系认证。</p></div>
''' + S22_FOOT, "FALSE_HONOUR,LICENSE_MISMATCH",
       "FALSE_HONOUR: 质量免检产品 issued by the former 国家质检总局 — scheme abolished in 2008, cannot be true now, 广告法 第二十八条, "
       "反不正当竞争法 第九条 (ISO9001 certification is possible and not flagged); LICENSE_MISMATCH: revoked licence in footer",
       ids=[("91440606MA4W9R1H1D", True)])
s.page("bed", "/product/bed-07.html", "北美黑胡桃木床 - 𠮷屋家居", S22_HEAD + '''
<div class="pro-detail"><h1>北美黑胡桃木床 1.8m</h1><p class="price">活动价 ￥2180 <span class="old-price">原价 <s>￥3280</s></span></p>
<p>十一特惠，仅限本周。</p></div>
''' + S22_FOOT, "FAKE_ORIGINAL_PRICE,LICENSE_MISMATCH",
       "FAKE_ORIGINAL_PRICE: 原价 ￥3280 while 6.5 days earlier the same URL showed ￥1899, 明码标价和禁止价格欺诈规定 第十六条, 第十七条; "
       "LICENSE_MISMATCH: revoked licence in footer",
       ids=[("91440606MA4W9R1H1D", True)])
s.history("bed-d6.5", "/product/bed-07.html", 6.5, "北美黑胡桃木床 - 𠮷屋家居", S22_HEAD + '''
<div class="pro-detail"><h1>北美黑胡桃木床 1.8m</h1><p class="price">￥1899</p></div>
''' + S22_FOOT)

# S23 bag-trading Discuz forum, UTF-8 — no licence, trust seal only
s = Site("baobao-bbs.test", "holdout", "utf-8")
S23_HD = '''<div id="hd"><div class="wp"><h2><a href="/">包包交流社区</a></h2><div id="nv"><ul><li><a href="/forum.php">论坛</a></li><li><a href="/forum-3-1.html">闲置转让</a></li><li><a href="/forum-5-1.html">鉴定求助</a></li></ul></div></div></div>'''
S23_FT = '''<div id="ft" class="wp cl"><p><a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备2017154410号-1</a> <a href="https://credit.example-trust.test/"><img src="/static/image/kexin.png" alt="可信网站 身份验证"></a></p>
<p>Powered by <strong>Discuz!</strong> <em>X3.5</em></p></div>'''
s.page("index", "/", "包包交流社区 - Powered by Discuz!", S23_HD + '''
<div id="wp" class="wp"><div class="bm bmw"><div class="bm_h"><h2><a href="/forum-3-1.html">闲置转让</a></h2></div><div class="bm_c">今日: 86 | 主题: 12033</div></div>
<div class="bm bmw"><div class="bm_h"><h2><a href="/forum-5-1.html">鉴定求助</a></h2></div><div class="bm_c">今日: 41 | 主题: 8820</div></div></div>
''' + S23_FT, "LICENSE_MISSING",
       "LICENSE_MISSING: a trading forum's home page with no licence data; a 可信网站 trust seal is not a licence display, "
       "电子商务法 第十五条, 第七十六条; ICP shown")
s.page("t77", "/thread-7731-1-1.html", "出几只仿牌包 - 闲置转让", S23_HD + '''
<div id="postlist" class="pl bm"><table class="plhin"><tr><td class="pls"><a href="/space-uid-3301.html">白云区阿May</a></td>
<td class="t_f" id="postmessage_91204">出几只仿牌包，精仿级别，原版五金，老花、菱格、水桶都有，支持视频看货。<br>价格 450-880，不议。</td></tr></table></div>
''' + S23_FT, "COUNTERFEIT_TERM",
       "COUNTERFEIT_TERM: 仿牌 / 精仿 bags with the pattern names of famous brands offered for sale, 商标法 第五十七条")
s.page("t78", "/thread-7802-1-1.html", "【鉴定科普】教你几招分辨高仿包 - 鉴定求助", S23_HD + '''
<div id="postlist" class="pl bm"><table class="plhin"><tr><td class="pls"><a href="/space-uid-12.html">版主-老K</a></td>
<td class="t_f" id="postmessage_91388">最近很多坛友中招买到高仿、A货，这里分享几招：一看五金刻字深浅，二看走线针距，三看皮料气味。<br>记住：价格低得离谱的“原单”“尾单”基本都是假的，本版禁止任何人出售仿品。</td></tr></table></div>
''' + S23_FT, "-",
       "trap: a moderator's advice post warning against 高仿/A货/原单 and banning their sale; nothing is offered; not a home page")

# S24 JD-like electronics, UTF-8, 湖南 长沙 — joke-registry ICP (萌ICP备) in every footer
s = Site("jike-shuma.test", "holdout", "utf-8")
S24_TOP = '''<div id="header"><div class="w"><a id="logo" href="/">极客数码</a><div id="search"><input placeholder="充电器 耳机"></div></div></div>'''
S24_FOOT = '''<div id="footer"><div class="w"><p>长沙极客数码科技有限公司 &nbsp; 统一社会信用代码 91430102MA4L6E8B58</p><p><a href="https://icp.gov.moe/?keyword=20230817">萌ICP备20230817号</a></p></div></div>'''
s.page("index", "/", "极客数码 - 充电器 耳机 移动电源", S24_TOP + '''
<div class="w floor"><ul class="gl-warp"><li class="gl-item"><a href="/item/5001.html">65W 氮化镓充电器</a><div class="p-price"><i>99.00</i></div></li>
<li class="gl-item"><a href="/item/5002.html">120W 超级快充数据线</a><div class="p-price"><i>39.00</i></div></li></ul></div>
''' + S24_FOOT, "ICP_INVALID",
       "ICP_INVALID: 萌ICP备 is a joke registry with no province, not a filing (DOMAIN: unknown abbreviation), 互联网信息服务管理办法 第十二条",
       ids=[("91430102MA4L6E8B58", True)])
s.page("gan", "/item/5001.html", "65W 氮化镓充电器 - 极客数码", S24_TOP + '''
<div class="w product-intro"><div class="sku-name">65W 氮化镓充电器 2C1A</div>
<div class="summary-price"><span class="p-price">￥<span class="price">99.00</span></span> <span class="pricing">原价：<del>￥199.00</del></span></div></div>
''' + S24_FOOT, "FAKE_ORIGINAL_PRICE,ICP_INVALID",
       "FAKE_ORIGINAL_PRICE: 原价 ￥199 while half a day earlier the same URL showed ￥89, 明码标价和禁止价格欺诈规定 第十六条; "
       "ICP_INVALID: joke-registry number in footer",
       ids=[("91430102MA4L6E8B58", True)])
s.history("gan-d0.5", "/item/5001.html", 0.5, "65W 氮化镓充电器 - 极客数码", S24_TOP + '''
<div class="w product-intro"><div class="sku-name">65W 氮化镓充电器 2C1A</div>
<div class="summary-price"><span class="p-price">￥<span class="price">89.00</span></span></div></div>
''' + S24_FOOT)
s.page("cable", "/item/5002.html", "120W 超级快充数据线 - 极客数码", S24_TOP + '''
<div class="w product-intro"><div class="sku-name">120W 超级快充数据线 1.5m</div>
<div class="summary-price"><span class="p-price">￥<span class="price">39.00</span></span></div>
<table class="Ptable"><tr><td>最高支持功率</td><td>120W（需搭配同品牌充电头）</td></tr><tr><td>线长</td><td>1.5m</td></tr></table></div>
''' + S24_FOOT, "ICP_INVALID",
       "ICP_INVALID: joke-registry number in footer, 互联网信息服务管理办法 第十二条. Look-alike not flagged: 最高支持功率 120W is a technical "
       "specification, not an advertising superlative",
       ids=[("91430102MA4L6E8B58", True)])

# S25 普洱 tea, GBK bytes declared as gb2312 (wrong: pages use GBK-only 喆), 云南 昆明
s = Site("zheming-puer.test", "holdout", "gbk", meta="gb2312")
S25_HEAD = '''<div class="top"><a href="/">喆茗茶业</a> | <a href="/product/">普洱茶</a> | <a href="/zhishi/">茶知识</a></div>'''
S25_FOOT = '''<div class="foot">昆明喆茗茶业有限公司 版权所有 统一社会信用代码：91530102MA6N2T9F9E<br><a href="https://beian.miit.gov.cn/">滇ICP备2020006638号-1</a></div>'''
s.page("index", "/index.html", "喆茗茶业 - 云南普洱 古树茶", S25_HEAD + '''
<div class="main"><p>喆茗茶业在勐海、临沧有合作初制所，经营古树普洱生茶、熟茶。</p>
<p class="tip">存茶小知识：普洱茶存放最佳湿度为60%-70%，避光、通风、无异味。我们不宣传“包治百病”，茶就是茶。</p></div>
''' + S25_FOOT, "-",
       "trap: 最佳湿度 is a storage tip; 包治百病 is quoted to reject it; licence and ICP shown. Meta charset wrong: declares gb2312 but "
       "bytes are GBK and use GBK-only 喆",
       ids=[("91530102MA6N2T9F9E", True)])
s.page("shucha", "/product/21.html", "勐海熟茶饼 357g - 喆茗茶业", S25_HEAD + '''
<div class="main"><h1>勐海宫廷熟茶饼 357g</h1><p>价格：￥268</p>
<p>熟普刮油解腻，每天三杯，一个月瘦十斤；尿酸高、痛风的朋友坚持喝，尿酸降下来不再发作。</p></div>
''' + S25_FOOT, "FALSE_CLAIM",
       "FALSE_CLAIM: tea claimed to cause weight loss and cure gout/high uric acid, 广告法 第十七条, 第二十八条. Meta charset wrong: "
       "declares gb2312 but bytes are GBK (喆)",
       ids=[("91530102MA6N2T9F9E", True)])
s.page("shengcha", "/product/22.html", "古树生茶饼 357g - 喆茗茶业", S25_HEAD + '''
<div class="main"><h1>冰岛古树生茶饼 357g</h1><p>价格：￥1680</p>
<p>本品通过国家质检总局免检认证，享受免于国家监督抽查待遇，品质有保障。</p></div>
''' + S25_FOOT, "FALSE_HONOUR",
       "FALSE_HONOUR: a 免检 status 'exempt from state spot checks' — abolished in 2008, cannot be true, 广告法 第二十八条, 反不正当竞争法 第九条. "
       "Meta charset wrong: declares gb2312 but bytes are GBK (喆)",
       ids=[("91530102MA6N2T9F9E", True)])

# S26 live-commerce shop, UTF-8, 浙江 杭州 — home page has 公网安备 only
s = Site("xingbo-live.test", "holdout", "utf-8")
S26_FOOT = '''<div class="lf"><p>杭州星播电子商务有限公司 | 统一社会信用代码 91330106MA2B8C6K92</p><p>浙公网安备 33010602012345号</p></div>'''
s.page("index", "/", "星播严选 直播好物", '''
<div class="live-home"><h1>星播严选</h1><p>每周二、四、六晚7点开播</p><div class="list"><a href="/item/a1.html">不粘锅</a><a href="/item/a2.html">清仓T恤</a><a href="/item/a3.html">燕麦片</a></div></div>
''' + S26_FOOT, "ICP_MISSING",
       "ICP_MISSING: independent site home shows a 公网安备 number but no ICP filing, 互联网信息服务管理办法 第十二条",
       ids=[("91330106MA2B8C6K92", True)])
s.page("pan", "/item/a1.html", "麦饭石不粘锅 28cm - 星播严选", '''
<div class="goods"><h1>麦饭石不粘锅 28cm</h1><p class="price">直播价 ¥89</p><p>驰名商标大品牌，工厂直供，少油烟不粘底。</p></div>
''' + S26_FOOT, "WELLKNOWN_MARK_AD",
       "WELLKNOWN_MARK_AD: 驰名商标 used to advertise the pan, 商标法 第十四条第五款",
       ids=[("91330106MA2B8C6K92", True)])
s.page("tshirt", "/item/a2.html", "清仓纯棉T恤 - 星播严选", '''
<div class="goods"><h1>清仓纯棉T恤</h1><p class="price">清仓价 ¥19.9</p><p>特价清仓商品，不退不换，介意慎拍。</p></div>
''' + S26_FOOT, "RETURN_REFUSED",
       "RETURN_REFUSED: clearance price is not a 消费者权益保护法 第二十五条 exemption; 不退不换 refuses the 7-day right",
       ids=[("91330106MA2B8C6K92", True)])
s.page("oats", "/item/a3.html", "即食燕麦片 1kg - 星播严选", '''
<div class="goods"><h1>即食燕麦片 1kg</h1><p class="price">直播价 ¥29.9</p>
<p>主播提醒：燕麦就是普通食品，不能治疗疾病，更不能降血糖，有慢性病的家人请遵医嘱。</p><p>本直播间不搞好评返现，评价请如实填写。</p></div>
''' + S26_FOOT, "-",
       "trap: disease words appear only in a denial (不能治疗疾病, 不能降血糖) and 好评返现 only in a refusal; not a home page",
       ids=[("91330106MA2B8C6K92", True)])

# S27 小程序 web-view shop, UTF-8, 广东 深圳 — licence only inside an HTML comment
s = Site("youpinhui-mp.test", "holdout", "utf-8")
S27_FOOT = '''<div class="mp-foot"><a href="https://beian.miit.gov.cn/">粤ICP备2021099870号-2</a></div>'''
s.page("index", "/", "优品汇", '''
<div class="mp-page"><div class="mp-navbar">优品汇</div>
<div class="mp-grid"><a href="/pages/item?id=901">潮品专区</a><a href="/pages/item?id=905">保温杯</a><a href="/pages/item?id=906">充电宝</a></div>
<!-- 营业执照：深圳市优品汇科技有限公司 统一社会信用代码 91440307MA5F7H2K0C （审核通过后再放出来） -->
</div>
''' + S27_FOOT, "LICENSE_MISSING",
       "LICENSE_MISSING: licence data only inside an HTML comment, which is not displayed, 电子商务法 第十五条, 第七十六条; ICP shown")
s.page("ecig", "/pages/item?id=901", "雾化棒 烟弹 - 优品汇", '''
<div class="mp-page"><div class="goods-name">一次性雾化棒 + 换弹套装 多口味</div><div class="goods-price">¥59</div>
<p>电子烟烟弹，芒果、西瓜、绿豆冰等口味，小程序下单次日达。</p></div>
''' + S27_FOOT, "PROHIBITED_GOODS",
       "PROHIBITED_GOODS: e-cigarettes and cartridges sold online and in fruit flavours, 电子烟管理办法 (2022) 第二十条 (no sale over "
       "information networks) and 第十三条 (flavour ban)")
s.page("cup", "/pages/item?id=905", "316保温杯 - 优品汇", '''
<div class="mp-page"><div class="goods-name">316不锈钢保温杯 500ml</div><div class="goods-price">¥79</div>
<p>荣获2023年度“中国名牌产品”称号。</p></div>
''' + S27_FOOT, "FALSE_HONOUR",
       "FALSE_HONOUR: 中国名牌产品 evaluation was stopped in 2008 (质检总局 announcement), so a 2023 award cannot exist, 广告法 第二十八条, "
       "反不正当竞争法 第九条")
s.page("powerbank", "/pages/item?id=906", "充电宝 10000mAh - 优品汇", '''
<div class="mp-page"><div class="goods-name">充电宝 10000mAh 22.5W</div><div class="goods-price">¥69</div>
<p>额定能量 37Wh，最高输出 22.5W。充电宝不可托运，乘机请随身携带。</p></div>
''' + S27_FOOT, "-",
       "trap: 最高输出 is a technical rating of the device, not an advertising superlative; not a home page")

# S30 1688-style packaging supplier, GBK, 广东 东莞 — licence as image alt on the home page
s = Site("hengsheng-baozhuang.test", "holdout", "gbk")
S30_HEAD = '''<div class="mod-header"><div class="company-name">东莞市恒盛包装制品有限公司</div><div class="company-tags"><span>源头工厂</span><span>支持定制</span></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/offerlist.html">供应产品</a></li><li><a href="/creditdetail.html">公司档案</a></li></ul></div>'''
S30_FOOT = '''<div class="mod-footer"><p>东莞市恒盛包装制品有限公司 &nbsp; 东莞市虎门镇怀德工业区</p><p><a href="https://beian.miit.gov.cn">粤ICP备2016034471号-1</a></p></div>'''
s.page("index", "/", "东莞市恒盛包装制品有限公司 - 瓦楞纸箱 快递箱 彩盒定制", S30_HEAD + '''
<div class="mod-main"><div class="offer-list"><div class="offer"><a href="/offer/8101.html">五层特硬快递纸箱 AB楞</a><div class="price">￥0.85起</div></div>
<div class="offer"><a href="/offer/8102.html">定制印刷彩盒</a><div class="price">￥1.20起</div></div></div>
<div class="mod-credit"><div class="cert"><img src="/img/cert/license.jpg" alt="营业执照 东莞市恒盛包装制品有限公司 统一社会信用代码91441900MA4UQ2C725"></div><p>楞型：A楞、B楞、C楞、E楞及AB、BC双瓦楞，按 GB/T 6544 生产。</p></div></div>
''' + S30_FOOT, "-",
       "trap: A楞/AB楞 are flute types of corrugated board (GB/T 6544), not A货; licence shown as an <img> whose alt names company and code; ICP shown",
       ids=[("91441900MA4UQ2C725", True)])
s.page("box", "/offer/8101.html", "五层特硬快递纸箱 AB楞 - 恒盛包装", S30_HEAD + '''
<div class="mod-detail"><h1 class="d-title">五层特硬快递纸箱 AB楞 批发</h1>
<table class="price-table"><tr><th>起批量</th><td>500-4999个</td><td>≥5000个</td></tr><tr><th>价格</th><td>￥0.85</td><td>￥0.72</td></tr></table>
<div class="d-content"><p>东莞最大的纸箱厂，全国第一的产能，别家做不到的交期我们都能做到。</p></div></div>
''' + S30_FOOT, "ABSOLUTE_TERM",
       "ABSOLUTE_TERM: 东莞最大的 / 全国第一的产能 without proof, 广告法 第九条第三项 (AB楞 is a flute type, no counterfeit finding)")
s.page("caihe", "/offer/8102.html", "定制印刷彩盒 - 恒盛包装", S30_HEAD + '''
<div class="mod-detail"><h1 class="d-title">定制印刷彩盒 来图打样</h1>
<table class="price-table"><tr><th>起批量</th><td>1000-9999个</td><td>≥10000个</td></tr><tr><th>价格</th><td>￥1.20</td><td>￥0.95</td></tr></table>
<div class="d-content"><p>按客户图稿印刷，属于定作商品，一经开机印刷不适用七天无理由退货；印刷质量问题包退包换。</p></div></div>
''' + S30_FOOT, "-",
       "trap: 不适用七天无理由退货 for goods printed to the buyer's artwork — 定作, exempt under 消费者权益保护法 第二十五条第一款(一); quality defects still taken back")

# =============================================================================================
# Business-registry extract (all rows, main and holdout).  Name column is the registered name.
# =============================================================================================
REGISTRY = [
    ("91350782MA31TQ8K7Y", "武夷山市岩韵茶业有限公司", "存续"),
    ("91440304MA5G0L7N0J", "深圳市同济堂健康科技有限公司", "存续"),
    ("91320583MA20B8N41K", "昆山优选电器销售有限公司", "存续"),
    ("91310115MA1H9E3C92", "上海澜肌生物科技有限公司", "存续"),
    ("91330784MA29K5T14W", "永康市锐锋工贸有限公司", "存续"),
    ("91510107MA6C5D3U6Y", "成都蜀红电子商务有限公司", "存续"),
    ("91350206MA8R2W6G38", "厦门木青文创有限公司", "存续"),
    ("91410105MA47C1R518", "郑州丰禾农资有限公司", "存续"),
    ("91310104MA1K7Q5D4Y", "上海贝禾母婴用品有限公司", "存续"),
    ("91310117MA1G5N8T19", "上海松江启航贸易有限公司", "存续"),
    ("91340104MA2T4M5Y9P", "合肥翰墨轩文化用品有限公司", "存续"),
    ("91520381MA6H3L0A99", "仁怀市茅乡坊酒业有限公司", "存续"),
    ("91110105MA01X3K70T", "北京循环优品商贸有限公司", "存续"),
    ("370212200060716", "青岛海之源营养品有限公司", "存续"),
    ("91330105MA2J6B4P0U", "杭州甜米食品有限公司", "存续"),
    ("91330282MA2CH7N69T", "宁波乐宝玩具有限公司", "存续"),
    ("91440103MA59Q6F16N", "广州澳济堂贸易有限公司", "存续"),
    ("91650102MA78Y4Q25L", "乌鲁木齐枣香源农产品有限公司", "存续"),
    ("91440606MA4W9R1H1D", "佛山市𠮷屋家居有限公司", "吊销"),
    ("91430102MA4L6E8B58", "长沙极客数码科技有限公司", "存续"),
    ("91530102MA6N2T9F9E", "昆明喆茗茶业有限公司", "存续"),
    ("91330106MA2B8C6K92", "杭州星播电子商务有限公司", "存续"),
    ("91440307MA5F7H2K0C", "深圳市优品汇科技有限公司", "存续"),
    ("91442000MA52H8K34P", "中山市美居电器有限公司", "存续"),
    ("91441900MA4UQ2C725", "东莞市恒盛包装制品有限公司", "存续"),
    # rows for companies that do not appear on any page (registry realism)
    ("91350203MA2Y3R7J18", "厦门鹭岛优选贸易有限公司", "注销"),
    ("91520102MA6DL2G956", "贵阳黔味坊食品有限公司", "经营异常"),
    ("91610121MA6U7D2R20", "西安秦岭山货商贸有限公司", "严重违法失信"),
]


def build(out):
    n = 0
    rows = {"main": dict(labels=[], notes=[], hist=[], ids=[]), "holdout": dict(labels=[], notes=[], hist=[], ids=[])}
    for s in SITES:
        base = out if s.side == "main" else os.path.join(out, "holdout")
        r = rows[s.side]
        for p in s.pages:
            n += 1
            fn = "%03d-%s-%s.html" % (n, s.host.split(".")[0], p["name"])
            html = shell(s.enc, p["title"], p["body"], meta=s.meta, lang=s.lang, head=p["head"])
            write_bytes(os.path.join(base, "pages", fn), encode(html, s.enc, s.bom))
            r["labels"].append((fn, p["url"], p["codes"]))
            r["notes"].append((fn, s.enc, "yes" if s.bom else "no", p["note"]))
            for code, valid in p["ids"]:
                r["ids"].append((fn, code, "valid" if valid else "invalid"))
        for h in s.hist:
            fn = "%s-%s.html" % (s.host.split(".")[0], h["name"])
            html = shell(s.enc, h["title"], h["body"], meta=s.meta, lang=s.lang)
            write_bytes(os.path.join(base, "history", fn), encode(html, s.enc, s.bom))
            r["hist"].append((fn, h["url"], h["days"]))
    for side in ("main", "holdout"):
        base = out if side == "main" else os.path.join(out, "holdout")
        r = rows[side]
        write_tsv(os.path.join(base, "labels.tsv"), ("file", "url", "codes"), r["labels"])
        write_tsv(os.path.join(base, "notes.tsv"), ("file", "encoding", "bom", "note"), r["notes"])
        write_tsv(os.path.join(base, "history.tsv"), ("file", "url", "days_before"), r["hist"])
        # extra file (not read by the scorer): displayed licence codes and their intended validity, for selfcheck.py
        write_tsv(os.path.join(base, "ids.tsv"), ("file", "code", "intended"), r["ids"])
    write_tsv(os.path.join(out, "registry.tsv"), ("code", "name", "status"), REGISTRY)


GENERATED = ["pages", "history", "labels.tsv", "notes.tsv", "history.tsv", "ids.tsv", "registry.tsv",
             "holdout/pages", "holdout/history", "holdout/labels.tsv", "holdout/notes.tsv",
             "holdout/history.tsv", "holdout/ids.tsv"]


def listing(root):
    out = []
    for g in GENERATED:
        p = os.path.join(root, g)
        if os.path.isdir(p):
            for f in sorted(os.listdir(p)):
                out.append(os.path.join(g, f))
        elif os.path.exists(p):
            out.append(g)
    return out


def main():
    if "--check" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            build(tmp)
            a, b = listing(tmp), listing(HERE)
            bad = sorted(set(a) ^ set(b))
            for f in sorted(set(a) & set(b)):
                if not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                    bad.append(f)
            if bad:
                print("differs:", *bad, sep="\n  ")
                sys.exit(1)
            print("ok: %d generated files match" % len(a))
        return
    import shutil
    for d in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    build(HERE)


if __name__ == "__main__":
    main()
