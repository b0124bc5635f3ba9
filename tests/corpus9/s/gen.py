#!/usr/bin/env python3
"""corpus9/s — independently labelled Chinese shop pages (wangjian issue #15).

Every site and page below is written by hand; every label (codes) and note sits next to the page
text it judges.  Nothing here computes a label from the text.
  python3 gen.py          rewrite all files
  python3 gen.py --check  regenerate into a temp dir and compare byte for byte (exit 1 on difference)
"""
import filecmp
import os
import shutil
import sys
import tempfile

from lib import uscc, uscc_bad, regno_bad, fullwidth, spans, encode, mall_page

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = []      # dicts: side, name, url, enc, bom, codes, note, html
HISTORY = []    # dicts: side, name, url, days, enc, html
REGISTRY = []   # (code, name, status)


def page(side, name, url, enc, bom, codes, note, html):
    PAGES.append(dict(side=side, name=name, url=url, enc=enc, bom=bom, codes=codes,
                      note=note, html=html))


def hist(side, name, url, days, html, enc="utf-8"):
    HISTORY.append(dict(side=side, name=name, url=url, days=days, enc=enc, html=html))


def reg(code, name, status="存续"):
    REGISTRY.append((code, name, status))


# the platform itself (its footer is on every platform page)
reg("91330100MA27WJ011R", "杭州网剑网络科技有限公司")

# =================================================================================================
# M1  康宁大药房 — 药店 独立站 (Javashop-like B2C), 湖南长沙天心区, GBK
# =================================================================================================
KN = uscc("91", "430103", "MA4L2K7P")
reg(KN, "湖南康宁大药房连锁有限公司")
KN_ICP = "湘ICP备2021008765号-1"
KN_GA = "湘公网安备 43010302000871号"


def kn_page(title, body, home=False):
    lic = ""
    if home:
        lic = """<div class="qualify">
  <dl><dt>营业执照</dt><dd>湖南康宁大药房连锁有限公司 统一社会信用代码：%s</dd></dl>
  <dl><dt>药品经营许可证</dt><dd>湘AA7310342（有效期至2029年05月）</dd></dl>
  <dl><dt>互联网药品信息服务资格证书</dt><dd>（湘）-经营性-2024-0031</dd></dl>
  <dl><dt>执业药师</dt><dd>周丽华 注册证编号 43202110100527</dd></dl>
</div>""" % KN
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>%s_康宁大药房网上药店</title>
<link href="/themes/default/css/global.css" rel="stylesheet">
</head>
<body>
<div id="top_nav">欢迎光临康宁大药房！<a href="/login.html">登录</a> <a href="/register.html">注册</a> | 药师咨询热线：0731-8523 6600</div>
<div id="header"><a href="/" class="logo">康宁大药房</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/cat-1.html">中西药品</a></li><li><a href="/cat-7.html">医疗器械</a></li><li><a href="/cat-9.html">营养保健</a></li><li><a href="/about.html">关于我们</a></li></ul></div>
%s
%s
<div id="footer">
<p><a href="/about.html">关于我们</a> | <a href="/help/delivery.html">配送说明</a> | <a href="/help/return.html">售后服务</a> | <a href="/help/rx.html">处方药购买须知</a></p>
<p>Copyright &copy; 2021-2026 湖南康宁大药房连锁有限公司 版权所有</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">%s</a>&nbsp;&nbsp;<a href="http://www.beian.gov.cn/" target="_blank">%s</a></p>
<p>本网站不向个人出售处方药，处方药须凭执业医师处方经药师审核后调配</p>
</div>
</body>
</html>
""" % (title, lic, body, KN_ICP, KN_GA)


page("main", "kangning-home", "http://kangning-yaofang.test/", "gbk", False, "-",
     "trap: the home page lists the drugs the shop refuses to sell (药品网络销售禁止清单 categories: 疫苗、血液制品、麻醉药品、精神药品); a refusal is not a listing (药品管理法 第六十一条; 药品网络销售监督管理办法 2022 第八条). Licence shown (电子商务法 第十五条) and ICP shown. case: NMPA 药品网络销售禁止清单(第一版) 2022 names the categories the seller quotes.",
     kn_page("首页", """<div class="notice"><h3>网售药品公告</h3>
<p>根据《药品网络销售禁止清单（第一版）》，本店<strong>不经营</strong>疫苗、血液制品、麻醉药品、精神药品、医疗用毒性药品、放射性药品、药品类易制毒化学品，请勿在线咨询购买上述品种。</p></div>
<div class="floor"><h2>热销推荐</h2>
<ul class="goods-list">
<li><a href="/goods/1130.html">安测 电子血压计 AC-660</a><span class="price">￥199.00</span></li>
<li><a href="/goods/1088.html">医用冷敷贴 颈肩腰腿通用型</a><span class="price">￥59.00</span></li>
<li><a href="/goods/2210.html">维生素C咀嚼片 100片</a><span class="price">￥26.80</span></li>
</ul></div>""", home=True))

page("main", "kangning-estazolam", "http://kangning-yaofang.test/goods/1021.html", "gbk", False, "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 艾司唑仑 is a 第二类精神药品; 精神药品 are on the 药品网络销售禁止清单(第一版) (NMPA 2022), 药品管理法 第六十一条第二款. case: NMPA 禁止清单 2022; 安徽 永康药店 伪造处方网售处方药 2021 (fx361 summary) for the kind of seller. The shop's own home-page refusal does not undo this listing.",
     kn_page("艾司唑仑片 1mg*20片", """<div class="goods-detail">
<h1>艾司唑仑片 1mg*20片/盒</h1>
<table class="attr">
<tr><th>通用名称</th><td>艾司唑仑片</td></tr>
<tr><th>批准文号</th><td>国药准字H3202XXXX</td></tr>
<tr><th>规格</th><td>1mg*20片</td></tr>
<tr><th>适应症</th><td>失眠、焦虑、紧张</td></tr>
</table>
<div class="buy"><span class="price">￥18.50</span> <em>库存充足 当日发货</em>
<button>加入购物车</button></div>
<p class="tips">睡不着找康宁！无需到医院排队，上传任意处方照片即可下单，药师秒审，隐私包装。</p>
</div>"""))

page("main", "kangning-coldpatch", "http://kangning-yaofang.test/goods/1088.html", "gbk", False, "FALSE_CLAIM",
     "FALSE_CLAIM: a 一类医疗器械 冷敷贴 whose 备案 scope is only 冷敷/辅助缓解 is advertised to cure 骨质增生 and 腰椎间盘突出 — claims beyond the filed scope are false advertising (广告法 第二十八条第二款; 医疗器械广告 must match 注册/备案 content, 广告法 第十六条). case: 浙江省市场监管局 2019 保健市场乱象典型案例, 长兴县局 查处 浙江汇康生物 筋骨冷敷凝胶 超范围宣传 罚款70万元.",
     kn_page("医用冷敷贴 颈肩腰腿通用型", """<div class="goods-detail">
<h1>医用冷敷贴 颈肩腰腿通用型 6贴/盒</h1>
<p class="reg">备案凭证：湘长械备20230118号（第一类医疗器械）</p>
<div class="buy"><span class="price">￥59.00</span><button>立即购买</button></div>
<div class="desc">
<p>【老药工秘方】贴上就见效，<b>3个疗程骨刺消失</b>，骨质增生、腰突、老寒腿从根上除，再也不用做手术！</p>
<p>适合人群：颈椎病、腰椎间盘突出、膝关节积液、风湿骨痛</p>
</div></div>"""))

page("main", "kangning-bpmeter", "http://kangning-yaofang.test/goods/1130.html", "gbk", False, "-",
     "trap: 最佳测量时间 is a usage tip, the kind SAMR's 2023 绝对化用语 guidance treats as not a claim (广告法 第九条第三项 not engaged); a registered 电子血压计 stating its registered 适用范围 is a medical-device description, not a 广告法 第十七条 disease claim for non-medical goods. no case found.",
     kn_page("安测 电子血压计 AC-660", """<div class="goods-detail">
<h1>安测 电子血压计 AC-660 上臂式</h1>
<p class="reg">注册证编号：苏械注准20172200123　生产企业：江苏安测医疗科技有限公司</p>
<p>适用范围：供成人测量血压、脉率使用。禁忌内容或注意事项详见说明书。</p>
<div class="buy"><span class="price">￥199.00</span><button>加入购物车</button></div>
<div class="desc"><h3>使用小贴士</h3>
<p>最佳测量时间：早晨起床后1小时内、服药和早餐前；测量前安静休息5分钟。</p>
<p>请仔细阅读产品说明书或者在医务人员的指导下购买和使用。</p></div></div>"""))

page("main", "kangning-about", "http://kangning-yaofang.test/about.html", "gbk", False, "FALSE_HONOUR",
     "FALSE_HONOUR: GSP 认证 was abolished when the revised 药品管理法 took effect (2019-12-01; NMPA 公告2019年第103号), so a GSP certificate 'valid to 2027' and annual re-certification cannot be true (广告法 第二十八条; 反不正当竞争法 2025 第九条). '质量第一、诚信为本' is a business philosophy, exempt under the 2023 绝对化用语 guidance, so no ABSOLUTE_TERM. no case found for this exact claim.",
     kn_page("关于我们", """<div class="about">
<h2>公司简介</h2>
<p>湖南康宁大药房连锁有限公司成立于2011年，是一家集药品零售、医疗器械、健康咨询于一体的连锁企业，现有直营门店46家，员工600余人。公司始终坚持“质量第一、诚信为本”的经营理念，致力于为广大顾客提供安全、有效、经济的药品和专业的药学服务。</p>
<h2>荣誉资质</h2>
<ul>
<li>国家药品GSP认证企业（证书编号：HN-GSP-2022-0317，有效期至2027年12月）</li>
<li>2024年度再次通过国家GSP认证复查</li>
<li>长沙市天心区“诚信经营示范店”（2023）</li>
</ul></div>"""))

page("main", "kangning-vitc", "http://kangning-yaofang.test/goods/2210.html", "gbk", False, "-",
     "trap: an OTC drug (甲类非处方药, 国药准字) stating its approved 适应症 '用于预防和治疗维生素C缺乏症（坏血病）' — a drug's approved indication is not a disease claim by non-drug goods (广告法 第十七条 concerns goods other than 医疗、药品、医疗器械); the OTC reminder is the mandatory text (广告法 第十六条第三款). no case found.",
     kn_page("维生素C咀嚼片 100片", """<div class="goods-detail">
<h1>维生素C咀嚼片 100mg*100片</h1>
<p class="reg">国药准字H44021855　<span class="otc">OTC 甲类非处方药</span></p>
<table class="attr"><tr><th>适应症</th><td>用于预防和治疗维生素C缺乏症（坏血病），亦可用于各种急慢性传染性疾病及紫癜等辅助治疗。</td></tr>
<tr><th>用法用量</th><td>咀嚼后咽下，成人一日1-2片。</td></tr></table>
<div class="buy"><span class="price">￥26.80</span><button>加入购物车</button></div>
<p class="otc-tip">请仔细阅读说明书并按说明使用或在药师指导下购买和使用。</p>
</div>"""))

# =================================================================================================
# M2  明堂陶瓷 — 建材 企业官网 + 在线商城 (PbootCMS-like corporate site), 佛山禅城, GBK
# =================================================================================================
MT = uscc("91", "440604", "MA51NT3C")
reg(MT, "佛山市明堂陶瓷有限公司")
MT_ICP = "粤ICP备18066321号-1"


def mt_page(title, body, home=False):
    lic = ""
    if home:
        # licence code split across one span per character, as some CMS themes render it
        lic = '<p class="lic">营业执照：佛山市明堂陶瓷有限公司　统一社会信用代码：%s</p>' % spans(MT)
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>%s-明堂陶瓷 MINGTANG CERAMICS</title>
<meta name="keywords" content="瓷砖,抛釉砖,岩板,佛山瓷砖厂家">
</head>
<body>
<table width="1200" align="center" class="top"><tr>
<td><img src="/static/images/logo.png" alt="明堂陶瓷"></td>
<td class="tel">全国招商热线：400-886-3321</td></tr></table>
<table width="1200" align="center" class="menu"><tr>
<td><a href="/">网站首页</a></td><td><a href="/product/">产品中心</a></td><td><a href="/honor.html">荣誉资质</a></td>
<td><a href="/join.html">招商加盟</a></td><td><a href="/news/">新闻动态</a></td><td><a href="/shop/">在线商城</a></td></tr></table>
%s
<table width="1200" align="center" class="foot"><tr><td>
版权所有 &copy; 佛山市明堂陶瓷有限公司<br>
地址：广东省佛山市禅城区南庄镇陶瓷总部基地C座<br>
%s
<a href="https://beian.miit.gov.cn/">%s</a>　粤公网安备 44060402000512号
</td></tr></table>
</body>
</html>
""" % (title, body, lic, MT_ICP)


page("main", "mingtang-home", "http://mingtang-cizhuan.test/", "gbk", False, "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: the banner advertises the brand as 中国驰名商标 — 商标法 第十四条第五款 bans the words in advertising (第五十三条 fine 10万). case: 商标法 2013 修正 (soolun summary of the 2014-05-01 ban); no specific ceramics case found. Licence code shown one character per <span> (valid, GB 32100); ICP shown.",
     mt_page("首页", """<div class="banner"><h1>明堂陶瓷 · 中国驰名商标</h1><p>二十年专注抛釉砖　一块好砖 铺出好家</p></div>
<table width="1200" align="center" class="pro"><tr>
<td><a href="/product/xiangyabai-800.html"><img src="/uploads/xyb800.jpg" alt="象牙白抛釉砖"><br>象牙白 抛釉砖 800×800</a></td>
<td><a href="/product/">大理石纹岩板 750×1500</a></td>
<td><a href="/product/">仿古砖 600×600</a></td></tr></table>""", home=True))

page("main", "mingtang-honor", "http://mingtang-cizhuan.test/honor.html", "gbk", False, "FALSE_HONOUR",
     "FALSE_HONOUR: 国家免检产品 (scheme abolished in 2008: 国家质检总局令第109号 repealed the 产品免于质量监督检查管理办法) and a '2023年度' 中国名牌产品 (the last list was published in 2007 and all marks expired by 2012-09, after which their use in ads was barred — 北京晚报 2010-07-19 report of 质检总局's notice) are presented as current honours; cannot be true (广告法 第二十八条; 反不正当竞争法 2025 第九条). The real 国家高新技术企业 certificate on the same page is a state-awarded title and is not an 绝对化用语 (2023 guideline). no case found for ceramics.",
     mt_page("荣誉资质", """<div class="honor">
<h2>荣誉资质 / HONOR</h2>
<dl><dt>国家免检产品</dt><dd>明堂牌抛釉砖连续多年荣获国家免检产品称号，质量信得过，免检放心用。</dd></dl>
<dl><dt>中国名牌产品</dt><dd>2023年度中国名牌产品（陶瓷砖类）</dd></dl>
<dl><dt>国家高新技术企业</dt><dd>证书编号：GR202244003187</dd></dl>
<dl><dt>ISO9001质量管理体系认证</dt><dd>证书编号：04523Q31245R1M</dd></dl>
</div>"""))

page("main", "mingtang-ivorywhite", "http://mingtang-cizhuan.test/product/xiangyabai-800.html", "gbk", False, "-",
     "trap: 象牙白 is a colour name of a ceramic tile, not ivory (no 野生动物保护法 issue); 优等品 is the grade defined by GB/T 4100-2015 陶瓷砖 (a standard grade, exempt under the 2023 绝对化用语 guidance); 最大规格 states the largest size the factory makes (own range, a fact). no case found.",
     mt_page("象牙白 抛釉砖 800×800", """<div class="product">
<h1>象牙白 抛釉砖 MT8803</h1>
<table class="param">
<tr><th>规格</th><td>800×800×11mm（本系列最大规格 900×1800）</td></tr>
<tr><th>等级</th><td>优等品（GB/T 4100-2015）</td></tr>
<tr><th>吸水率</th><td>E≤0.5%</td></tr>
<tr><th>商城价</th><td><span class="price">￥89.00/片</span></td></tr>
</table>
<p>温润如玉的象牙白色调，适合客厅、卧室满铺，搭配胡桃木家具更显高级。</p>
</div>"""))

page("main", "mingtang-news", "http://mingtang-cizhuan.test/news/15.html", "gbk", False, "-",
     "trap: a company news item quoting 商标法 第十四条第五款 and saying the firm has removed the words 驰名商标 from its materials — quoted law and a refusal, not use of the words as advertising (商标法 第十四条第五款 not engaged). no case found.",
     mt_page("新闻动态", """<div class="news">
<h1>关于规范使用商标宣传用语的说明</h1>
<p class="info">发布时间：2024-06-12　来源：品牌部</p>
<p>根据《中华人民共和国商标法》第十四条第五款“生产、经营者不得将‘驰名商标’字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中”的规定，我司已对各地经销商门头、展板进行排查。</p>
<p>请各经销商自查店面物料，如仍有相关字样请于月底前撤换，费用由总部承担。</p>
</div>"""))

page("main", "mingtang-join", "http://mingtang-cizhuan.test/join.html", "gbk", False, "FALSE_CLAIM",
     "FALSE_CLAIM: 招商加盟 copy promising 保底年收益 and 零风险 回本 — 广告法 第二十五条 bans guarantees of returns in 招商 ads with expected investment return. case: 太原市市场监管局 查处 山西老葛商贸 虚假宣传案 (SAMR 第四批直播电商典型案例 2025) for unprovable claims; no ceramics-franchise case found.",
     mt_page("招商加盟", """<div class="join">
<h2>招商加盟 · 全国诚招区域代理</h2>
<p>加盟明堂，<strong>总部保底每年净赚30万</strong>，不赚钱总部全额补差！</p>
<p>零经验、零风险，开业即盈利，平均6个月回本。</p>
<table class="policy"><tr><th>加盟级别</th><th>保证金</th><th>首批进货</th></tr>
<tr><td>县级代理</td><td>3万</td><td>15万</td></tr><tr><td>市级代理</td><td>5万</td><td>30万</td></tr></table>
</div>"""))

# =================================================================================================
# M3  古藏阁 — 文玩收藏 独立站 (Zen Cart-like), 北京朝阳潘家园, GB18030 (𫖯 is outside GBK)
# =================================================================================================
GZ = uscc("91", "110105", "MA01GK8K")
reg(GZ, "北京古藏阁文化发展有限公司")


def gz_page(title, body, lic_block=""):
    return """<!DOCTYPE html>
<html dir="ltr" lang="zh">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GB18030">
<title>%s : 古藏阁 文玩雜項 書畫複製</title>
<base href="http://gucang-wenwan.test/">
</head>
<body id="indexBody">
<div id="mainWrapper">
<div id="headerWrapper"><div id="logo"><a href="/">古藏阁</a></div>
<div id="tagline">本月推荐：元·赵孟𫖯《洛神赋》高清微喷复制卷</div>
<ul id="navCatTabs"><li><a href="/index.php?main_page=index&amp;cPath=1">玉器翡翠</a></li><li><a href="/index.php?main_page=index&amp;cPath=2">木雕牙角</a></li><li><a href="/index.php?main_page=index&amp;cPath=3">书画复制</a></li><li><a href="/index.php?main_page=index&amp;cPath=4">手串念珠</a></li></ul></div>
<div id="contentMainWrapper">
%s
</div>
<div id="navSuppWrapper"><ul><li><a href="/index.php?main_page=conditions">购物须知</a></li><li><a href="/index.php?main_page=shippinginfo">配送方式</a></li><li><a href="/index.php?main_page=contact_us">联系我们</a></li></ul></div>
%s
<div id="siteinfoLegal" class="legalCopyright">Copyright &copy; 2026 <a href="/">古藏阁</a>. Powered by Zen Cart<br>
<a href="https://beian.miit.gov.cn/">京ICP备19051234号-1</a>　京公网安备 11010502045678号　地址：北京市朝阳区潘家园旧货市场东区2排17号</div>
</div>
</body>
</html>
""" % (title, body, lic_block)


page("main", "gucang-home", "http://gucang-wenwan.test/", "gb18030", False, "LICENSE_MISSING",
     "LICENSE_MISSING: the only licence text on the home page sits in a <div style=\"display:none\"> (a leftover of a theme switch); hidden text is not displayed (contract), so the home page shows no licence, no licence link and no 第十条 statement — 电子商务法 第十五条, 第七十六条. case: 驻马店 西平县市场监管局 某百货店未公示营业执照案 2024 (罚款3500元). ICP is shown. GB18030: 𫖯 (U+2B5AF) is outside GBK.",
     gz_page("首页", """<div id="indexDefault" class="centerColumn">
<h1 id="indexDefaultHeading">欢迎光临古藏阁</h1>
<div id="indexDefaultMainContent">古藏阁扎根潘家园二十年，经营玉器翡翠、木雕、手串念珠及历代名家书画高清复制品。所售老件均为实物拍摄，支持线下见物验货。</div>
<div class="centerBoxWrapper" id="featuredProducts"><h2 class="centerBoxHeading">精品推荐</h2>
<div class="centerBoxContentsFeatured"><a href="/products/jadeite-bangle.html">缅甸A货翡翠 冰糯种手镯</a><br>￥12800.00</div>
<div class="centerBoxContentsFeatured"><a href="/products/zitan-beads.html">小叶紫檀 2.0 手串 108颗</a><br>￥1580.00</div>
<div class="centerBoxContentsFeatured"><a href="/products/zhao-luoshenfu.html">赵孟𫖯《洛神赋》复制卷</a><br>￥680.00</div>
</div></div>""",
             lic_block='<div class="license" style="display:none">营业执照：北京古藏阁文化发展有限公司 统一社会信用代码 %s</div>' % GZ))

page("main", "gucang-jadeite", "http://gucang-wenwan.test/products/jadeite-bangle.html", "gb18030", False, "-",
     "trap: 'A货' in the jade trade means untreated natural jadeite (天然翡翠, as opposed to 处理翡翠 B/C货 under GB/T 16553-2017 珠宝玉石鉴定); it is a quality description backed by a NGTC certificate, not a counterfeit-goods word — no trademark is used (商标法 第五十七条 not engaged). no case found. Non-home page: no licence duty.",
     gz_page("缅甸A货翡翠 冰糯种手镯", """<div class="centerColumn" id="productGeneral">
<h1 id="productName">缅甸A货翡翠 冰糯种 正圈手镯 圈口56</h1>
<h2 id="productPrices" class="productGeneral"><span class="productBasePrice">￥12800.00</span></h2>
<div id="productDescription">天然A货翡翠，无酸洗无注胶，附国家珠宝玉石质量监督检验中心（NGTC）鉴定证书，证书可扫码查询。种水通透，胶感足，适合日常佩戴。</div>
<ul id="productDetailsList"><li>材质：翡翠（天然）</li><li>圈口：56mm</li><li>条宽：12.3mm</li></ul>
</div>"""))

page("main", "gucang-ivory", "http://gucang-wenwan.test/products/ivory-brushpot.html", "gb18030", False, "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: an elephant-ivory carving offered for sale ('老牙', '象牙雕', 包老) — commercial processing and sale of ivory and its products stopped on 2017-12-31 (国务院办公厅关于有序停止商业性加工销售象牙及制品活动的通知 国办发〔2016〕103号; 野生动物保护法 第二十八条). case: 北京四中院 2025 文玩店老板沈某 走私象牙制品案 (the same kind of goods and seller); 天猫/淘宝 禁售商品规则.",
     gz_page("清中期 老牙雕山水人物笔筒", """<div class="centerColumn" id="productGeneral">
<h1 id="productName">清中期 老牙雕 山水人物笔筒</h1>
<h2 id="productPrices"><span class="productBasePrice">￥36000.00</span></h2>
<div id="productDescription">老象牙整料掏膛，包浆厚润，牙纹（利兹纹）清晰可见，高11.5cm。老件包老，私信可看更多细节视频，顺丰保价发货，懂的来。</div>
</div>"""))

page("main", "gucang-zhao-print", "http://gucang-wenwan.test/products/zhao-luoshenfu.html", "gb18030", False, "-",
     "trap: '高仿真微喷' is the printing trade's name for high-fidelity giclée reproduction; the work is a Yuan-dynasty calligraphy (public domain), sold openly as 复制品 with no brand or mark — no trademark or 著作权 infringement (商标法 第五十七条 not engaged; 著作权法 第二十三条 term long expired). 最高 appears only in '最高分辨率' of the scanner, a technical fact. no case found. GB18030: 𫖯 outside GBK.",
     gz_page("赵孟𫖯《洛神赋》复制卷", """<div class="centerColumn" id="productGeneral">
<h1 id="productName">元·赵孟𫖯 行书《洛神赋》 高仿真微喷复制卷</h1>
<h2 id="productPrices"><span class="productBasePrice">￥680.00</span></h2>
<div id="productDescription">据馆藏原作高清图版，采用12色高仿真微喷工艺复制于宣纸，扫描设备以其最高分辨率1200dpi采集，手工装裱成手卷。<b>本品为复制品</b>，非原作，适合临习、馈赠、装饰。</div>
</div>"""))

page("main", "gucang-resin", "http://gucang-wenwan.test/products/resin-bangle.html", "gb18030", False, "-",
     "trap: '仿象牙' describes a resin bangle made to look like ivory; no ivory is sold (国办发〔2016〕103号 not engaged) and '仿' names the material look, not a brand (商标法 第五十七条 not engaged). no case found.",
     gz_page("仿象牙色树脂手镯", """<div class="centerColumn" id="productGeneral">
<h1 id="productName">仿象牙色 树脂手镯（非动物制品）</h1>
<h2 id="productPrices"><span class="productBasePrice">￥39.00</span></h2>
<div id="productDescription">材质：合成树脂。颜色做成老牙的暖白色调，重量轻，不怕磕碰。声明：本品不含任何象牙及野生动物成分，请放心选购。赵孟𫖯书画系列包装盒随机发。</div>
</div>"""))

# =================================================================================================
# M4  睿学教育 — 教育 SaaS 官网 with 价格方案, 上海徐汇, UTF-8 with BOM
# =================================================================================================
RX = uscc("91", "310104", "MA1FR6X2")
reg(RX, "上海睿学教育科技有限公司")


def rx_page(title, body, icp_line):
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>%s | 睿学 · 雅思托福考研在线学</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f1c9e2ab07d44c1a5e8b2d6f0c7e918";})();</script>
</head>
<body>
<header class="nav"><a class="brand" href="/">睿学</a>
<nav><a href="/course/">课程</a><a href="/pricing.html">价格方案</a><a href="/teachers.html">师资</a><a href="/about.html">关于我们</a><a class="btn" href="/app">下载App</a></nav></header>
<main>
%s
</main>
<footer class="site-footer">
<div class="cols"><div><h4>产品</h4><p>雅思 · 托福 · 考研数学 · 四六级</p></div><div><h4>联系</h4><p>客服 400-820-7366（9:00-21:00）</p></div></div>
<p class="legal">&copy; 2026 上海睿学教育科技有限公司 · 统一社会信用代码 %s · <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091310104MA1FR6X2">电子营业执照</a></p>
<p class="legal">%s · 沪公网安备 31010402009876号</p>
</footer>
</body>
</html>
""" % (title, body, RX, RX, icp_line)


page("main", "ruixue-home", "http://ruixue-jiaoyu.test/", "utf-8", True, "ABSOLUTE_TERM,ICP_MISSING",
     "ABSOLUTE_TERM: '全网口碑第一' and '行业天花板' are unprovable superlatives used as claims (广告法 第九条第三项; SAMR 2023 绝对化用语 guidance — not a time/place-limited provable fact). ICP_MISSING: the footer says ICP备案 申请中 — no filing or licence number is displayed on the home page (互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法 第十三条); 沪公网安备 is a police filing, not an ICP filing. Licence shown with a matching zzlz link. case: 广东省市场监管局 2021 教育培训机构违法广告典型案例 (英旗教育 无法证明的宣传 罚款20万). UTF-8 with BOM.",
     rx_page("首页", """<section class="hero"><h1>睿学 · 全网口碑第一的雅思在线课</h1>
<p>3000+ 名师一对一，出分快到离谱，行业天花板级别的服务体验。</p>
<a class="btn" href="/pricing.html">查看价格方案</a></section>
<section class="feat"><div>AI 口语陪练</div><div>真题库 12000 题</div><div>班主任全程督学</div></section>""",
             "ICP备案：申请中"))

page("main", "ruixue-ielts7", "http://ruixue-jiaoyu.test/course/ielts-7.html", "utf-8", True, "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: the page compares against 划线价 ￥2980, but captures of this URL 4 days and 1.5 days before showed the course sold at ￥1680 and ￥1980 — the compared price is above the lowest price of the 7 days before (明码标价和禁止价格欺诈规定 2022 第十六条, 第十九条). case: 上海市市场监管局 2022年第一批虚假违法广告典型案例 — 上海南洋昂立教育 虚构原价. ICP text on a non-home page: no home-only duty. UTF-8 with BOM.",
     rx_page("雅思7分冲刺班", """<section class="course"><h1>雅思7分冲刺班（60课时 + 4次模考）</h1>
<div class="price-box"><span class="now">￥1980</span> <del class="line-price">划线价 ￥2980</del> <em>限时立减1000</em></div>
<ul><li>主讲：前雅思考官团队</li><li>有效期：12个月</li><li>支持分期：3/6/12期免息</li></ul>
<button>立即报名</button></section>""",
             "ICP备案：申请中"))

page("main", "ruixue-kaoyan", "http://ruixue-jiaoyu.test/course/kaoyan-math.html", "utf-8", True, "-",
     "trap: '我们的目标是把考研数学课做到最好' is a stated goal and '最佳复习起点' a study tip — the 2023 绝对化用语 guidance exempts goals/business philosophy and tips (广告法 第九条第三项 not engaged). No price comparison. Non-home page. no case found. UTF-8 with BOM.",
     rx_page("考研数学全程班", """<section class="course"><h1>考研数学全程班（数一/数二/数三）</h1>
<p>我们的目标：把考研数学课做到最好，让每个跨考生都听得懂。</p>
<p>学习建议：大三下学期是最佳复习起点，先过一遍教材再刷真题。</p>
<div class="price-box"><span class="now">￥3280</span></div>
<button>预约试听</button></section>""",
             "ICP备案：申请中"))

hist("main", "ruixue-ielts7-d4", "http://ruixue-jiaoyu.test/course/ielts-7.html", 4,
     """<!DOCTYPE html><html><head><meta charset="utf-8"><title>雅思7分冲刺班 | 睿学</title></head><body>
<h1>雅思7分冲刺班（60课时 + 4次模考）</h1>
<div class="price-box"><span class="now">￥1680</span> <em>开学季特惠</em></div>
</body></html>
""")
hist("main", "ruixue-ielts7-d1.5", "http://ruixue-jiaoyu.test/course/ielts-7.html", 1.5,
     """<!DOCTYPE html><html><head><meta charset="utf-8"><title>雅思7分冲刺班 | 睿学</title></head><body>
<h1>雅思7分冲刺班（60课时 + 4次模考）</h1>
<div class="price-box"><span class="now">￥1980</span></div>
</body></html>
""")

# =================================================================================================
# M5  湘禾农场 (赣南果农个人) — 农产品 小程序 web-view H5, 江西赣州, UTF-8, NO charset meta
# =================================================================================================
def xh_page(title, body):
    # no <meta charset> at all: the mini-program web-view relied on the server header
    return """<!DOCTYPE html>
<html>
<head>
<title>%s</title>
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<link rel="stylesheet" href="/h5/static/index.2f9c1e.css">
</head>
<body>
<div id="app" class="wx-webview">
<div class="top-bar"><span class="back">&lt;</span><span class="t">%s</span></div>
%s
<div class="foot-info">
<p>经营者：赖春生（赣州市信丰县安西镇果农）　客服微信：laichunsheng_qc</p>
<p>本店为农户自产自销的农副产品，依据《中华人民共和国电子商务法》第十条，属于不需要办理市场主体登记的情形。</p>
<p><a href="https://beian.miit.gov.cn/">赣ICP备2024013579号-1</a></p>
</div>
</div>
</body>
</html>
""" % (title, title, body)


page("main", "xianghe-home", "http://xianghe-nongchan.test/", "utf-8", False, "-",
     "trap: no business licence is shown, but the home page displays the 电子商务法 第十条 statement (农户自产自销农副产品, no registration needed) that 第十五条 allows in place of licence information; a personal ICP filing is shown. no case found. Missing charset meta (bytes are UTF-8).",
     xh_page("湘禾农场 · 赣南脐橙", """<div class="banner"><img src="/h5/img/banner1.jpg" alt="赣南脐橙 现摘现发"></div>
<div class="intro">自家果园380亩，海拔400米山地种植，农家肥为主，每天清晨现摘现发。</div>
<div class="goods"><a href="/item/qicheng-10jin.html">赣南脐橙 10斤 中大果<span class="price">￥49.9</span></a>
<a href="/item/tufengmi.html">山里土蜂蜜 500g<span class="price">￥68</span></a></div>"""))

page("main", "xianghe-orange", "http://xianghe-nongchan.test/item/qicheng-10jin.html", "utf-8", False, "-",
     "trap: '生鲜水果不支持七天无理由退货' is the statutory exemption for 鲜活易腐 goods (消费者权益保护法 第二十五条第一款第二项); damaged fruit is still compensated. 一级果 is a grade of GB/T 21488-2008 脐橙 (standard grade, exempt). no case found. Missing charset meta.",
     xh_page("赣南脐橙 10斤", """<div class="goods-detail">
<h2>赣南脐橙 10斤装 一级果（果径75-80mm）</h2>
<div class="price">￥49.9 <small>包邮（偏远地区除外）</small></div>
<div class="service">售后说明：生鲜水果属鲜活易腐商品，不支持七天无理由退货；签收24小时内坏果拍照联系客服，按个数包赔。</div>
</div>"""))

page("main", "xianghe-honey", "http://xianghe-nongchan.test/item/tufengmi.html", "utf-8", False, "FALSE_CLAIM",
     "FALSE_CLAIM: ordinary honey (普通食品) claimed to 降血糖, cure 咽炎 and 胃溃疡 — disease-treatment claims outside medical ads (广告法 第十七条; 食品安全法 第七十一条). case: 市场监管总局、中国消费者协会 2023 消费提示 '普通食品不能宣称保健功能，不得涉及疾病预防治疗功效'. Missing charset meta.",
     xh_page("山里土蜂蜜 500g", """<div class="goods-detail">
<h2>山里土蜂蜜 500g 百花蜜 一年只取一次</h2>
<div class="price">￥68</div>
<div class="desc"><p>老人常吃稳血糖，糖尿病人也能放心吃！</p><p>早晚一勺温水冲服，慢性咽炎、胃溃疡一个月见好。</p></div>
</div>"""))

# =================================================================================================
# M6  安信化工 — 化工/工业品 B2B (中国制造网-like supplier site), 山东淄博, GBK
# =================================================================================================
AX = uscc("91", "370303", "MA3C8AX4")
reg(AX, "淄博安信化工有限公司")


def ax_page(title, body, lic=""):
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%s - 淄博安信化工有限公司</title>
</head>
<body>
<div class="header"><div class="company-name">淄博安信化工有限公司</div><div class="tags">实力供应商 · 已认证 · 经营年限9年</div></div>
<div class="menu"><a href="/">公司首页</a> <a href="/products/">产品中心</a> <a href="/about/">公司介绍</a> <a href="/contact/">联系方式</a></div>
%s
<div class="foot">%s淄博安信化工有限公司 版权所有　地址：山东省淄博市临淄区齐鲁化学工业园区清田路77号<br>
<a href="https://beian.miit.gov.cn/">鲁ICP备17023456号-1</a>　鲁公网安备 37030302000221号</div>
</body>
</html>
""" % (title, body, lic)


page("main", "anxin-home", "http://anxin-huagong.test/", "gbk", False, "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: the company introduction advertises '荣获中国驰名商标' for its 安信 brand (商标法 第十四条第五款). Licence code is written in full-width characters (valid after normalisation; GB 32100). The gb2312 meta is a subset label for GBK bytes (WHATWG maps gb2312 to GBK), so not a wrong meta. case: 商标法 2014 ban (soolun summary); no chemical-industry case found.",
     ax_page("公司首页", """<div class="intro"><h2>公司简介</h2>
<p>淄博安信化工有限公司位于齐鲁化学工业园区，主营涂料稀释剂、工业清洗剂、水处理剂等精细化工产品，年产能3万吨。公司“安信”品牌荣获中国驰名商标，产品远销东南亚、中东等20多个国家和地区。</p>
<p>持有《危险化学品经营许可证》（鲁淄危化经字〔2023〕000318）。</p></div>
<div class="plist"><a href="/product/xishiji.html">通用型涂料稀释剂 200L</a> <a href="/product/caoganlin.html">41%草甘膦异丙胺盐 水剂</a></div>""",
             lic="营业执照：统一社会信用代码 %s　" % fullwidth(AX)))

page("main", "anxin-thinner", "http://anxin-huagong.test/product/xishiji.html", "gbk", False, "-",
     "trap: '1:1' is the mixing ratio of thinner to paint, '原单位' names the predecessor unit on a test report — neither is a counterfeit word (商标法 第五十七条 not engaged). no case found.",
     ax_page("通用型涂料稀释剂", """<div class="product"><h1>通用型涂料稀释剂 200L/桶</h1>
<table border="1" cellspacing="0">
<tr><td>用途</td><td>醇酸、丙烯酸涂料稀释及设备清洗</td></tr>
<tr><td>稀释比例</td><td>稀释剂:涂料 = 1:1（喷涂）、1:3（刷涂）</td></tr>
<tr><td>检测报告</td><td>原单位名称：淄博临淄化工二厂（2016年改制为本公司）</td></tr>
<tr><td>参考价</td><td>￥1350/桶（量大从优）</td></tr>
</table></div>"""))

page("main", "anxin-methamidophos", "http://anxin-huagong.test/product/jiaanlin.html", "gbk", False, "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 甲胺磷 is banned from production, sale and use (农业部公告第274号, 第322号, 2008; 农业农村部 禁限用农药名录); offering it for sale online is a listing of banned goods (农药管理条例 第六十八条). case: 禁限用农药名录 (haonongzi 2017 summary, agroxq list); no specific online-sale penalty case found. This page is not linked from the home page menu but is crawlable.",
     ax_page("甲胺磷 50%乳油", """<div class="product"><h1>甲胺磷 50% 乳油 老配方 杀虫快</h1>
<table border="1" cellspacing="0">
<tr><td>包装</td><td>500ml×20瓶/箱</td></tr>
<tr><td>适用</td><td>棉花、水稻螟虫、红蜘蛛</td></tr>
<tr><td>价格</td><td>电话议价 138-5331-0721（仅限老客户，量少）</td></tr>
</table></div>"""))

page("main", "anxin-glyphosate", "http://anxin-huagong.test/product/caoganlin.html", "gbk", False, "-",
     "trap: 草甘膦异丙胺盐 is a registered, lawful herbicide (PD registration shown, 农药经营许可 shown); '一等品' is the grade of the product standard (GB 20684 草甘膦水剂 grades), and '高效低毒' is the registered toxicity class wording (低毒 per 农药登记). Not a banned pesticide (禁限用农药名录). no case found.",
     ax_page("41%草甘膦异丙胺盐 水剂", """<div class="product"><h1>41%草甘膦异丙胺盐 水剂 200L</h1>
<table border="1" cellspacing="0">
<tr><td>农药登记证号</td><td>PD20081234</td></tr>
<tr><td>农药经营许可证</td><td>农药经许（鲁）37030320041</td></tr>
<tr><td>毒性</td><td>低毒</td></tr>
<tr><td>质量等级</td><td>一等品</td></tr>
<tr><td>参考价</td><td>￥5800/桶（需提供农药经营许可证复印件）</td></tr>
</table></div>"""))

# =================================================================================================
# M7  绿野户外 — 户外/体育 OpenCart 中文主题, 四川成都, UTF-8 bytes but meta says gb2312 (WRONG)
# =================================================================================================
LY = uscc("91", "510107", "MA61LY5E")
reg(LY, "成都绿野户外用品有限公司")


def ly_page(title, body):
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html dir="ltr" lang="zh-cn">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%s</title>
<base href="http://lvye-huwai.test/">
<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet">
</head>
<body class="common-home">
<nav id="top"><div class="container"><div id="top-links"><ul class="list-inline"><li>028-8556 2190</li><li><a href="index.php?route=account/account">我的账户</a></li><li><a href="index.php?route=checkout/cart">购物车</a></li></ul></div></div></nav>
<header><div id="logo"><a href="index.php?route=common/home">绿野户外 LVYE OUTDOOR</a></div></header>
<div class="container">
%s
</div>
<footer><div class="container">
<div class="row"><div class="col-sm-3"><h5>信息</h5><ul><li><a href="index.php?route=information/information&amp;information_id=4">关于我们</a></li><li><a href="index.php?route=information/information&amp;information_id=6">配送信息</a></li><li><a href="index.php?route=information/information&amp;information_id=5">退换货政策</a></li></ul></div></div>
<hr>
<p>成都绿野户外用品有限公司 &copy; 2026<br>
营业执照注册号（统一社会信用代码）：%s<br>
<a href="https://beian.miit.gov.cn/">蜀ICP备2020034567号-1</a>　川公网安备 51010702002468号<br>
技术支持 OpenCart 中文版</p>
</div></footer>
</body>
</html>
""" % (title, body, LY)


page("main", "lvye-home", "http://lvye-huwai.test/", "utf-8", False, "-",
     "trap: the ICP filing uses 蜀, the real variant abbreviation of 四川 (=川, DOMAIN.md), with the 公网安备 prefix 5101 agreeing — a valid filing (互联网信息服务管理办法 第十二条 satisfied). '1:50000 比例尺' is a map scale and '最大承重' a load rating (technical facts). Licence shown. no case found. WRONG charset meta: declares gb2312, bytes are UTF-8.",
     ly_page("绿野户外 - 帐篷 登山鞋 露营装备", """<div id="content"><h2>本周精选</h2>
<div class="product-layout"><a href="index.php?route=product/product&amp;product_id=58">骆驼峰 双人双层铝杆帐篷</a><p class="price">￥599.00</p></div>
<div class="product-layout"><a href="index.php?route=product/product&amp;product_id=77">碳板竞速跑鞋 马拉松</a><p class="price">￥329.00</p></div>
<div class="product-layout"><a href="index.php?route=product/product&amp;product_id=91">铝合金折叠月亮椅 最大承重150kg</a><p class="price">￥129.00</p></div>
<p class="tip">川西线路纸质地图（1:50000 比例尺）到店免费领取。</p></div>"""))

page("main", "lvye-tent", "http://lvye-huwai.test/index.php?route=product/product&product_id=58", "utf-8", False, "RETURN_REFUSED",
     "RETURN_REFUSED: a tent (not 定作, not perishable, not digital, not a periodical) is sold with '一经售出概不退换，质量问题除外' — this denies the 7-day no-reason return (消费者权益保护法 第二十五条; 网络购买商品七日无理由退货暂行办法 2017 第六条). no case found. WRONG charset meta (gb2312 declared, UTF-8 bytes).",
     ly_page("骆驼峰 双人双层铝杆帐篷", """<div id="content" class="col-sm-12"><h1>骆驼峰 双人双层铝杆帐篷 防暴雨</h1>
<ul class="list-unstyled"><li>品牌：骆驼峰</li><li>型号：LT-2P</li><li>库存：有货</li></ul>
<ul class="list-unstyled"><li><h2>￥599.00</h2></li></ul>
<div class="tab-content"><p>外帐PU3000mm防水，铝合金杆，2.1kg。</p>
<p><b>售后须知：</b>户外装备一经售出概不退换（质量问题除外），下单前请确认尺寸颜色，拍下即视为同意。</p></div></div>"""))

page("main", "lvye-putian", "http://lvye-huwai.test/index.php?route=product/product&product_id=77", "utf-8", False, "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: the running shoe is sold as '莆田纯原' of a named brand's carbon-plate model with '原厂模具' — seller slang for counterfeit branded shoes (商标法 第五十七条第一、三项). case: 莆田市工商局 2018 鞋类商标侵权专项 (370 cases, 罚没1493万, siheiwang 2019 report); 新京报 2019 莆田仿鞋调查. WRONG charset meta (gb2312 declared, UTF-8 bytes).",
     ly_page("碳板竞速跑鞋 马拉松", """<div id="content" class="col-sm-12"><h1>碳板竞速跑鞋 马拉松 破二同款</h1>
<ul class="list-unstyled"><li><h2>￥329.00</h2></li></ul>
<div class="tab-content"><p>莆田纯原版本，对标 N 家 Vaporfly 4%，原厂模具、原装鞋盒、鞋标齐全，肉眼不可分。</p>
<p>支持得物级别对比图，怕的别拍。</p></div></div>"""))

page("main", "lvye-chair", "http://lvye-huwai.test/index.php?route=product/product&product_id=91", "utf-8", False, "-",
     "trap: '最大承重150kg' is a product's rated load (a technical parameter, not a comparison — 2023 绝对化用语 guidance); the 原价 ￥169 has no capture of this URL in the 7 days before, so there is no observed lower price (明码标价和禁止价格欺诈规定 第十六条 cannot be shown breached). no case found. WRONG charset meta (gb2312 declared, UTF-8 bytes).",
     ly_page("铝合金折叠月亮椅", """<div id="content" class="col-sm-12"><h1>铝合金折叠月亮椅 便携钓鱼椅</h1>
<ul class="list-unstyled"><li><span class="price-old">原价 ￥169.00</span></li><li><h2 class="price-new">￥129.00</h2></li></ul>
<div class="tab-content"><p>7075航空铝支架，最大承重150kg，收纳后仅38cm。</p></div></div>"""))

# =================================================================================================
# M8  老兽二手奢品回收 — 二手/回收 PrestaShop 中文主题, 深圳福田, GBK; licence code has a bad check char
# =================================================================================================
LS_BAD = uscc_bad("91", "440304", "MA5GL409")


def ls_page(title, body):
    return """<!doctype html>
<html lang="zh-cn">
<head>
<meta charset="gbk">
<title>%s</title>
<meta name="generator" content="PrestaShop">
</head>
<body id="index" class="lang-zh">
<header id="header"><div class="header-nav">回收热线 0755-8321 6677　门店：深圳市福田区华强北赛格广场B1-3021</div>
<div class="header-top"><a href="/" id="_desktop_logo">老兽名品</a><ul class="top-menu"><li><a href="/bags/">二手包袋</a></li><li><a href="/watches/">腕表</a></li><li><a href="/recycle.html">高价回收</a></li><li><a href="/about.html">关于老兽</a></li></ul></div></header>
<section id="wrapper"><div class="container">
%s
</div></section>
<footer id="footer"><div class="footer-container">
<ul><li>深圳市老兽名品回收有限公司</li>
<li>统一社会信用代码：%s</li>
<li><a href="https://beian.miit.gov.cn/">粤ICP备2021098765号-1</a></li>
<li>粤公网安备 44030402004567号</li></ul>
<p class="text-sm-center">&copy; 2026 - 电子商务软件 PrestaShop&trade;</p>
</div></footer>
</body>
</html>
""" % (title, body, LS_BAD)


page("main", "laoshou-home", "http://laoshou-huishou.test/", "gbk", False, "LICENSE_INVALID",
     "LICENSE_INVALID: the 统一社会信用代码 in the footer fails its GB 32100-2015 check character (the organisation-code part is internally valid; the last character is wrong) — a false display of licence information (电子商务法 第十五条; 网络交易监督管理办法 第十二条). ICP shown. no case found.",
     ls_page("老兽名品 - 二手奢侈品寄卖回收", """<div id="content" class="page-home">
<h2>今日上新</h2>
<ul class="products"><li><a href="/bags/lv-neverfull.html">LV Neverfull 中号 老花 95新</a><span class="price">￥6,800.00</span></li>
<li><a href="/watches/omega-seamaster.html">欧米茄 海马300 2021年 全套</a><span class="price">￥26,500.00</span></li></ul>
<p>每件二手正品均经中检鉴定，支持专柜验货，假一赔三。</p></div>"""))

page("main", "laoshou-yuandan", "http://laoshou-huishou.test/bags/lv-neverfull.html", "gbk", False, "COUNTERFEIT_TERM,LICENSE_INVALID",
     "COUNTERFEIT_TERM: under a '95新 二手正品' heading the description offers '原单尾货' and '专柜同款1比1五金' of a Louis Vuitton bag — seller slang for counterfeit goods bearing the mark (商标法 第五十七条). LICENSE_INVALID: the footer code fails its check character (see home). case: 宁波江东区市场监管 刷单炒信+销售假冒'完美'芦荟胶 (baogaosu summary) for the pairing of fake goods with reassurances; no bag case found.",
     ls_page("LV Neverfull 中号 老花 95新", """<div id="content" class="page-product">
<h1 class="h1">LV Neverfull 中号 老花 95新</h1>
<div class="product-prices"><span class="regular-price">￥13,900.00</span> <span class="current-price">￥6,800.00</span></div>
<div class="product-description"><p>另有原单尾货（无票无卡）￥980 一只，专柜同款1比1五金，皮料一致，懂行的私聊。</p>
<p>正品二手款附中检证书；尾货款不提供鉴定，介意勿拍。</p></div></div>"""))

page("main", "laoshou-about", "http://laoshou-huishou.test/about.html", "gbk", False, "ABSOLUTE_TERM,LICENSE_INVALID",
     "ABSOLUTE_TERM: '回收价全深圳最高，比同行多给10%' and '华强北独一家' are unprovable superlative claims (广告法 第九条第三项). LICENSE_INVALID: footer code fails its check character. no case found.",
     ls_page("关于老兽", """<div id="content" class="page-cms">
<h1>关于老兽</h1>
<p>老兽名品成立于2016年，专注二手奢侈品回收、寄卖、鉴定、养护。</p>
<p>回收价全深圳最高，同款包比同行多给10%，华强北独一家当面打款不压价！</p>
<p>服务流程：拍照估价 → 上门/到店 → 鉴定 → 当场转账。</p></div>"""))

page("main", "laoshou-watch", "http://laoshou-huishou.test/watches/omega-seamaster.html", "gbk", False, "COUNTERFEIT_TERM,LICENSE_INVALID",
     "COUNTERFEIT_TERM: besides the used genuine watch, the page offers '超Ａ 复 刻 版' (full-width Ａ, spaces between the characters) with a 'VS厂' movement — replica watches bearing the Omega marks (商标法 第五十七条); the spacing and full-width letter are the evasions DOMAIN.md lists. LICENSE_INVALID: the footer code fails its check character. case: 莆田 鞋服商标侵权专项 reports for the replica trade's vocabulary; no watch case found.",
     ls_page("欧米茄 海马300 2021年 全套", """<div id="content" class="page-product">
<h1 class="h1">欧米茄 海马300 2021年 全套 二手</h1>
<div class="product-prices"><span class="current-price">￥26,500.00</span></div>
<div class="product-description"><p>二手正品，附购买发票及中检证书。</p>
<p>预算不够的老板可看 超Ａ 复 刻 版（VS厂 8800机芯），￥3,200，背透可看，不懂的勿扰。</p></div></div>"""))

# =================================================================================================
# M9  颐和养生馆 — 保健/养生 shop on the demo platform (mall.wangjian.test), UTF-8
# =================================================================================================
YH = uscc("91", "330105", "MA2H7Y1K")
reg(YH, "杭州颐和健康管理有限公司")
MALL = "http://mall.wangjian.test"

page("main", "yihe-shophome", MALL + "/shop/yangsheng01/", "utf-8", False, "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: the shop banner pays ¥5 cash for a five-star review with photos (好评返现) — inducing favourable reviews by payment (电子商务法 第十七条; 反不正当竞争法 第八条第一款). case: 江苏省市场监管局 2021 刷单炒信典型案例 — 扬州江都区某饮品店 '好评返现' 卡片 罚款12000元. Shop name, shop licence (valid, 存续) and the mall-mark are shown.",
     mall_page("颐和养生馆", """<div class="shop-head">
<h1 class="shop-name">颐和养生馆</h1>
<a class="shop-badge mall-mark" href="/rule/mark.html">网剑商城 认证店铺</a>
<div class="shop-license lic-box">营业执照　杭州颐和健康管理有限公司　统一社会信用代码 %s</div>
</div>
<div class="shop-banner"><p>★ 收货后带图五星评价，截图发在线客服，立返5元现金红包 ★</p><p>新客首单立减10元</p></div>
<ul class="shop-goods">
<li><a href="/item/ys1001.html">艾草暖宫贴 30贴</a><span class="price">¥39.9</span></li>
<li><a href="/item/ys1002.html">蓝帽子 鱼油软胶囊 100粒</a><span class="price">¥128</span></li>
<li><a href="/item/ys1003.html">慢回弹记忆棉枕</a><span class="price">¥239</span></li></ul>""" % YH))

page("main", "yihe-moxa", MALL + "/item/ys1001.html", "utf-8", False, "FALSE_CLAIM",
     "FALSE_CLAIM: an ordinary 艾草贴 (neither drug nor registered device) claimed to cure 老寒腿, 关节炎, 宫寒不孕 — disease treatment in a non-medical ad (广告法 第十七条, 第二十八条第二款第二项). case: 新乐市市场监管局 行政处罚决定书 新市监处罚〔2026〕25号 — 锦顿商贸 抖音店 宣称产品治疗'老寒腿''关节炎'.",
     mall_page("艾草暖宫贴 30贴", """<div class="item-main">
<h1 class="item-title">艾草暖宫贴 自发热 30贴/盒</h1>
<div class="item-price"><span class="price">¥39.9</span></div>
<div class="item-desc"><p>古法艾绒，贴一贴祛湿散寒。老寒腿、关节炎贴三天就不疼了，坚持一个月宫寒不孕的姐妹都怀上了！</p>
<p>产品类别：日用品（非药品）</p></div></div>"""))

page("main", "yihe-fishoil", MALL + "/item/ys1002.html", "utf-8", False, "-",
     "trap: a registered 保健食品 (蓝帽子, 国食健注 number) stating its approved function '辅助降血脂' and the mandatory warning '保健食品不是药物，不能代替药物治疗疾病' (保健食品标注警示用语指南 2019) — approved function wording is lawful; '最佳食用时间' is a tip (2023 guidance). no case found.",
     mall_page("蓝帽子 鱼油软胶囊 100粒", """<div class="item-main">
<h1 class="item-title">海之源牌鱼油软胶囊 1000mg×100粒</h1>
<div class="item-price"><span class="price">¥128</span></div>
<div class="item-desc"><p>批准文号：国食健注G20150321　保健功能：辅助降血脂</p>
<p>适宜人群：血脂偏高者　不适宜人群：少年儿童</p>
<p>最佳食用时间：随餐服用，吸收更好。</p>
<p class="warn">保健食品不是药物，不能代替药物治疗疾病。</p></div></div>"""))

page("main", "yihe-pillow", MALL + "/item/ys1003.html", "utf-8", False, "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: the page shows 日常价 ¥399 against ¥239, but captures of this URL 2 and 5 days before showed ¥229 and ¥239 — the compared price is above the 7-day low (明码标价和禁止价格欺诈规定 第十六条, 第十九条第一项). case: 北京三中院 2018 天猫商家虚构原价三案 (经济日报 report). The pillow copy itself avoids medical claims.",
     mall_page("慢回弹记忆棉枕", """<div class="item-main">
<h1 class="item-title">慢回弹记忆棉枕 护颈蝶形</h1>
<div class="item-price"><span class="price now-price">到手价 ¥239</span> <span class="origin">日常价 <s>¥399</s></span></div>
<div class="item-desc"><p>高低双曲线，仰睡侧睡都合适；外套可拆洗。</p></div></div>"""))

hist("main", "yihe-pillow-d5", MALL + "/item/ys1003.html", 5, mall_page("慢回弹记忆棉枕", """<div class="item-main">
<h1 class="item-title">慢回弹记忆棉枕 护颈蝶形</h1>
<div class="item-price"><span class="price">¥239</span></div></div>"""))
hist("main", "yihe-pillow-d2", MALL + "/item/ys1003.html", 2, mall_page("慢回弹记忆棉枕", """<div class="item-main">
<h1 class="item-title">慢回弹记忆棉枕 护颈蝶形</h1>
<div class="item-price"><span class="price">¥229</span> <em>周末特惠</em></div></div>"""))

# =================================================================================================
# M10 嘉禾地板旗舰店 — 建材 shop on the demo platform; mark element uses a different class token
# =================================================================================================
JH = uscc("91", "330402", "MA29JC8D")
reg(JH, "嘉兴嘉禾木业有限公司")

page("main", "jiahe-shophome", MALL + "/shop/jiancai88/", "utf-8", False, "MARK_MISSING",
     "MARK_MISSING: the shop's old theme renders the badge with class 'mall-mark-v2' only; the class list does not contain the exact token 'mall-mark', so the platform identity mark is absent from this shop home (seed rule 平台为网店亮标; 电子商务法 第十五条 read with the platform's profile). Shop licence (valid, 存续) shown. no case found.",
     mall_page("嘉禾地板旗舰店", """<div class="shop-head">
<h1 class="shop-name">嘉禾地板旗舰店</h1>
<span class="shop-badge mall-mark-v2">认证</span>
<div class="shop-license">营业执照：嘉兴嘉禾木业有限公司<br>统一社会信用代码：%s</div>
</div>
<ul class="shop-goods"><li><a href="/item/jc2001.html">橡木实木地板</a><span class="price">¥329/㎡</span></li>
<li><a href="/item/jc2002.html">强化复合地板 12mm</a><span class="price">¥198/㎡</span></li></ul>""" % JH))

page("main", "jiahe-oak", MALL + "/item/jc2001.html", "utf-8", False, "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: '国家级品质' is claimed for the shop's own floor (no state title exists for it) and '地板界的天花板，没有之一' is an unprovable top-of-market claim (广告法 第九条第三项). no case found; the 国家级 word is the statute's own example.",
     mall_page("橡木实木地板", """<div class="item-main">
<h1 class="item-title">橡木实木地板 18mm 原木色</h1>
<div class="item-price"><span class="price">¥329/㎡</span></div>
<div class="item-desc"><p>国家级品质，地板界的天花板，没有之一！</p><p>含水率8%-13%，锁扣安装。</p></div></div>"""))

page("main", "jiahe-laminate", MALL + "/item/jc2002.html", "utf-8", False, "-",
     "trap: 'E0级' and 'ENF级' are formaldehyde-emission classes of GB/T 39600-2021 and '优等品' the grade of GB/T 18102 — standard grades, exempt under the 2023 绝对化用语 guidance. 原价 ¥268 is not above the 7-day low: the capture 3 days before showed ¥268; the ¥188 capture is 9 days old, outside the window (明码标价和禁止价格欺诈规定 第十六条). no case found.",
     mall_page("强化复合地板 12mm", """<div class="item-main">
<h1 class="item-title">强化复合地板 12mm E0级 耐磨</h1>
<div class="item-price"><span class="price">¥198/㎡</span> <span class="origin">原价 <s>¥268/㎡</s></span></div>
<div class="item-desc"><p>环保等级：ENF级（GB/T 39600-2021）；质量等级：优等品。</p></div></div>"""))

hist("main", "jiahe-laminate-d9", MALL + "/item/jc2002.html", 9, mall_page("强化复合地板 12mm", """<div class="item-main">
<h1 class="item-title">强化复合地板 12mm E0级 耐磨</h1>
<div class="item-price"><span class="price">¥188/㎡</span> <em>周年庆</em></div></div>"""))
hist("main", "jiahe-laminate-d3", MALL + "/item/jc2002.html", 3, mall_page("强化复合地板 12mm", """<div class="item-main">
<h1 class="item-title">强化复合地板 12mm E0级 耐磨</h1>
<div class="item-price"><span class="price">¥268/㎡</span></div></div>"""))

# =================================================================================================
# M11 义乌跃动体育 — 户外/体育 shop on the demo platform; its licence is revoked (吊销) in the registry
# =================================================================================================
YD = uscc("92", "330782", "MA2EKT6R")
reg(YD, "义乌市稠城跃动体育用品商行", "吊销")

page("main", "yuedong-shophome", MALL + "/shop/tiyu_store/", "utf-8", False, "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the shop displays the code of 义乌市稠城跃动体育用品商行 (个体工商户, check digits valid), which the registry extract lists as 吊销 — the displayed licence is no longer valid (电子商务法 第十五条 requires current information; 市场主体登记管理条例 第三十六条). Mark and shop name present. no case found.",
     mall_page("跃动体育专营", """<div class="shop-head">
<h1 class="shop-name">跃动体育专营</h1>
<i class="icon mall-mark" aria-label="网剑认证"></i><span>网剑认证</span>
<dl class="shop-license"><dt>经营者</dt><dd>义乌市稠城跃动体育用品商行</dd><dt>统一社会信用代码</dt><dd>%s</dd></dl>
</div>
<ul class="shop-goods"><li><a href="/item/ty3001.html">户外射鱼器 十字款</a></li><li><a href="/item/ty3002.html">全碳素羽毛球拍 4U</a></li></ul>""" % YD))

page("main", "yuedong-crossbow", MALL + "/item/ty3001.html", "utf-8", False, "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: a '射鱼器 十字款' with 钢弓臂, 拉力80磅 and 瞄准镜 is a crossbow (弩), a 管制器具 whose sale needs police approval and which platforms ban (公安部、国家工商局 关于加强弩管理的通知 1999; 治安管理处罚法 第三十二条; 淘宝 管制器具禁售规则 '真弩'). case: 浙江玉环 2010 网购弓弩查获 (zjol report); the euphemism 射鱼器 is the seller's own.",
     mall_page("户外射鱼器 十字款", """<div class="item-main">
<h1 class="item-title">户外射鱼器 十字款 钢弓臂 送瞄准镜</h1>
<div class="item-price"><span class="price">¥458</span></div>
<div class="item-desc"><p>拉力80磅，钢丝弦，配红点瞄准镜＋铝箭6支；30米穿透3cm木板。</p>
<p>发货拆件包装，备注“渔具配件”，放心收货。</p></div></div>"""))

page("main", "yuedong-racket", MALL + "/item/ty3002.html", "utf-8", False, "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: cash back (¥10) for a five-star follow-up review with at least 15 characters and 3 photos — paying for favourable reviews (电子商务法 第十七条; 反不正当竞争法 第八条). case: 江苏省市场监管局 2021 刷单炒信典型案例 (扬州江都 好评返现卡).",
     mall_page("全碳素羽毛球拍 4U", """<div class="item-main">
<h1 class="item-title">全碳素羽毛球拍 4U 进攻型 送线送手胶</h1>
<div class="item-price"><span class="price">¥169</span></div>
<div class="item-desc"><p>【追评有礼】确认收货7天后追评满15字＋3张实拍图并给五星，联系客服返现10元（支付宝/微信均可）。</p></div></div>"""))

# =================================================================================================
# M12 农夫之家 — 农产品 shop on the demo platform, shows no shop licence at all
# =================================================================================================
page("main", "nongfu-shophome", MALL + "/shop/nongfu-zhijia/", "utf-8", False, "LICENSE_MISSING",
     "LICENSE_MISSING: the shop home shows the shop name and the mall-mark but no licence of its own, no licence link and no 第十条 statement; the platform footer's 统一社会信用代码 is the platform's identity and does not satisfy the shop's duty (电子商务法 第十五条, 第七十六条). case: 驻马店 西平县市场监管局 2024 某百货店未公示营业执照案.",
     mall_page("农夫之家 宁夏特产", """<div class="shop-head">
<h1 class="shop-name">农夫之家 宁夏特产</h1>
<span class="mall-mark badge-gold">网剑认证</span>
<p class="shop-desc">宁夏中宁枸杞 · 盐池滩羊 · 五常大米 产地直发</p>
</div>
<ul class="shop-goods"><li><a href="/item/nf4001.html">五常大米 稻花香2号 10kg</a></li><li><a href="/item/nf4002.html">中宁头茬枸杞 500g</a></li></ul>"""))

page("main", "nongfu-rice", MALL + "/item/nf4001.html", "utf-8", False, "-",
     "trap: '一级' is the grade of GB/T 1354-2018 大米 (standard grade) and '最佳赏味期' a storage tip — both exempt under the 2023 绝对化用语 guidance; 国家地理标志产品 is a state-registered designation for 五常大米 (a true, state-awarded status). no case found.",
     mall_page("五常大米 稻花香2号 10kg", """<div class="item-main">
<h1 class="item-title">五常大米 稻花香2号 10kg 一级</h1>
<div class="item-price"><span class="price">¥139</span></div>
<div class="item-desc"><p>产品标准号：GB/T 1354　质量等级：一级　国家地理标志产品（五常大米）</p>
<p>新米最佳赏味期为开袋后30天内，请密封阴凉保存。</p></div></div>"""))

page("main", "nongfu-goji", MALL + "/item/nf4002.html", "utf-8", False, "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 市场价 ¥128 is shown against ¥69, but a capture of this URL 1.5 days before sold it at ¥59.9 — the compared price is above the 7-day low (明码标价和禁止价格欺诈规定 第十六条). case: 北京三中院 2018 天猫虚构原价 cases (经济日报).",
     mall_page("中宁头茬枸杞 500g", """<div class="item-main">
<h1 class="item-title">中宁头茬枸杞 500g 特级 免洗</h1>
<div class="item-price"><span class="price">¥69</span> <span class="mkt">市场价 <del>¥128</del></span></div>
<div class="item-desc"><p>特级（GB/T 18672 枸杞 等级），粒大肉厚，可直接干嚼。</p></div></div>"""))

hist("main", "nongfu-goji-d1.5", MALL + "/item/nf4002.html", 1.5, mall_page("中宁头茬枸杞 500g", """<div class="item-main">
<h1 class="item-title">中宁头茬枸杞 500g 特级 免洗</h1>
<div class="item-price"><span class="price">¥59.9</span> <em>限时秒杀</em></div></div>"""))

# =================================================================================================
# M13 学霸资料铺 — 教育 shop on the demo platform, no mall-mark at all
# =================================================================================================
XB = uscc("92", "420111", "MA4F5K2R")
reg(XB, "武汉市洪山区学霸文具店")

page("main", "xueba-shophome", MALL + "/shop/kaoyan-ziliao/", "utf-8", False, "MARK_MISSING",
     "MARK_MISSING: the shop home has no element carrying the mall-mark token (the shop shows only its own '五年老店' text), so the platform identity mark is missing (seed rule 平台为网店亮标). Also trap text: the shop states it does not do 好评返现 (a refusal, 电子商务法 第十七条 not engaged). Shop licence (个体工商户, valid, 存续) shown. no case found.",
     mall_page("学霸资料铺", """<div class="shop-head">
<h1 class="shop-name">学霸资料铺</h1>
<span class="seller-level">五年老店</span>
<div class="shop-license">经营者：武汉市洪山区学霸文具店　统一社会信用代码：%s</div>
</div>
<p class="shop-notice">本店从不搞好评返现，如遇他人以本店名义索要好评，请直接举报。</p>
<ul class="shop-goods"><li><a href="/item/xb8001.html">考研英语真题 电子版</a></li><li><a href="/item/xb8002.html">考研数学复习全书（纸质）</a></li></ul>""" % XB))

page("main", "xueba-ebook", MALL + "/item/xb8001.html", "utf-8", False, "-",
     "trap: a downloadable e-document (在线下载的数字化商品) — excluding 7-day no-reason returns after delivery is the statutory exemption (消费者权益保护法 第二十五条第一款第三项). no case found.",
     mall_page("考研英语真题 电子版", """<div class="item-main">
<h1 class="item-title">考研英语一 历年真题解析 电子版 PDF</h1>
<div class="item-price"><span class="price">¥9.9</span></div>
<div class="item-desc"><p>付款后自动发送网盘链接。</p><p>虚拟商品（在线下载），一经发货不支持七天无理由退货，请确认后购买。</p></div></div>"""))

page("main", "xueba-book", MALL + "/item/xb8002.html", "utf-8", False, "RETURN_REFUSED",
     "RETURN_REFUSED: a printed book is refused all returns ('图书一经售出概不退换'); books are not among the exemptions — only 交付的报纸、期刊 are (消费者权益保护法 第二十五条第一款第四项), and no purchase-time confirmation under 第二款 is shown. no case found.",
     mall_page("考研数学复习全书", """<div class="item-main">
<h1 class="item-title">考研数学复习全书 基础篇 2027版（纸质书）</h1>
<div class="item-price"><span class="price">¥59.8</span></div>
<div class="item-desc"><p>正版图书，塑封发货。</p><p>温馨提示：图书属特殊商品，一经售出概不退换，印刷质量问题可换新。</p></div></div>"""))

# =================================================================================================
# M14 快修家政 — 本地生活 (美团-like store page on own site), 南京鼓楼, GBK; placeholder ICP number
# =================================================================================================
KX = uscc("91", "320106", "MA1N8KX3")
reg(KX, "南京快修家政服务有限公司")


def kx_page(title, body):
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="GBK">
<title>%s</title>
</head>
<body class="poi-page">
<div class="poi-header"><h1>快修家政（鼓楼店）</h1><div class="score">4.8分 ｜ 月售2130单 ｜ 人均￥89</div>
<div class="addr">南京市鼓楼区中山北路219号 ｜ 电话 025-8331 0098</div></div>
%s
<div class="poi-footer">南京快修家政服务有限公司<br>统一社会信用代码 %s<br>
备案号：苏ICP备12345678号<br>
苏公网安备 32010602010234号</div>
</body>
</html>
""" % (title, body, KX)


page("main", "kuaixiu-home", "http://kuaixiu-jiazheng.test/", "gbk", False, "ICP_INVALID",
     "ICP_INVALID: '苏ICP备12345678号' is the template placeholder number, not a filing (DOMAIN.md: placeholders are not filings; 非经营性互联网信息服务备案管理办法 第十三条). Licence shown (valid, 存续). no case found.",
     kx_page("快修家政 - 空调清洗 油烟机清洗 保洁", """<div class="deal-list"><h2>团购</h2>
<div class="deal"><a href="/store/qingxi-kongtiao.html">挂机空调深度清洗 1台</a><span class="price">￥69</span><del>门市价￥120</del></div>
<div class="deal"><a href="/store/youyanji.html">油烟机拆洗</a><span class="price">￥99</span></div>
<div class="deal"><a href="/store/baojie.html">日常保洁 3小时</a><span class="price">￥129</span></div></div>"""))

page("main", "kuaixiu-aircon", "http://kuaixiu-jiazheng.test/store/qingxi-kongtiao.html", "gbk", False, "ICP_INVALID,REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: the 客服话术 block offers ¥10 off on the spot when the customer shows the technician a five-star review with photos — payment for favourable reviews (电子商务法 第十七条; 反不正当竞争法 第八条). ICP_INVALID: same placeholder filing in the footer. case: 江苏省市场监管局 2021 刷单炒信典型案例 (扬州江都 饮品店 好评返现 罚款12000元).",
     kx_page("挂机空调深度清洗", """<div class="deal-detail"><h2>挂机空调深度清洗 1台</h2>
<div class="price">￥69 <del>门市价￥120</del></div>
<div class="rules"><h3>购买须知</h3><p>有效期：购买后90天内；需提前1天预约。</p></div>
<div class="talk"><h3>师傅上门话术</h3><p>“您好，清洗完麻烦您在平台给个五星好评，带两张图，给我看一眼，这单当场给您减10块钱。”</p></div>
</div>"""))

# =================================================================================================
# M15 鲜到家 — 本地生活 社区团购/拼团 (京东到家-like), 厦门思明, UTF-8;
#     licence code valid but absent from the registry; ICP only inside an HTML comment
# =================================================================================================
XD = uscc("91", "350203", "MA2Y6XD1")   # deliberately NOT in the registry


def xd_page(title, body, home=False):
    lic = ""
    if home:
        lic = '<div class="lic">厦门鲜到家电子商务有限公司 统一社会信用代码：%s</div>\n' % XD
    return """<!DOCTYPE html>
<html>
<head><meta charset="UTF-8"><title>%s - 鲜到家</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>
<div class="store-head"><div class="store-name">鲜到家·思明前埔店</div><div class="eta">最快30分钟送达 · 起送￥29</div></div>
%s
<div class="footer">%s<p>客服电话 0592-5120 777</p>
<!-- 闽ICP备2022005432号-1 （备案已注销，待重新备案） -->
<p>闽公网安备 35020302001166号</p></div>
</body>
</html>
""" % (title, body, lic)


page("main", "xiandaojia-home", "http://xiandaojia.test/", "utf-8", False, "ICP_MISSING,LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the displayed 统一社会信用代码 has valid check characters but is absent from the registry extract (电子商务法 第十五条 — the displayed subject cannot be matched to a registered one). ICP_MISSING: the only ICP number is inside an HTML comment, which is not displayed (互联网信息服务管理办法 第十二条); 闽公网安备 is not an ICP filing. '最快30分钟送达' is the store's own fastest delivery time, not labelled ABSOLUTE_TERM (self-description). no case found.",
     xd_page("首页", """<div class="cates"><a>蔬菜豆品</a><a>肉禽蛋</a><a>海鲜水产</a><a>水果</a></div>
<div class="group"><h3>今日拼团</h3>
<a href="/pintuan/3301.html">3人团 · 厦门本地土鸡蛋 30枚 ￥26.8</a>
<a href="/pintuan/3302.html">2人团 · 东山岛冻虾仁 500g ￥39.9</a></div>""", home=True))

page("main", "xiandaojia-eggs", "http://xiandaojia.test/pintuan/3301.html", "utf-8", False, "-",
     "trap: 拼团 page for fresh eggs: '生鲜商品不支持七天无理由退货，破损包赔' is the 鲜活易腐 exemption (消费者权益保护法 第二十五条第一款第二项); '单独购买价 ￥32.8' is the shop's own current non-group price on the same page, not a 原价 (no earlier capture in the 7 days before either); the header's '最快30分钟送达' states the store's own fastest delivery time, a self-description of its own service (2023 guidance: self-comparison/facts about oneself are not 绝对化用语). Non-home page: licence/ICP home-only duties do not apply. no case found.",
     xd_page("3人团 土鸡蛋30枚", """<div class="pt-detail"><h2>厦门本地土鸡蛋 30枚</h2>
<div class="pt-price">拼团价 ￥26.8 ｜ 单独购买价 ￥32.8</div>
<p>还差 <b>1</b> 人成团，23:59:59 后未成团自动退款。</p>
<p>售后：生鲜商品不支持七天无理由退货，收到破损请拍照，按枚包赔。</p></div>"""))

# #################################################################################################
#                                          HOLDOUT
# #################################################################################################

# =================================================================================================
# H1  山海養生坊 — 保健/養生, Hong Kong-run brand selling into the mainland through its 深圳前海
#     subsidiary; traditional script, Big5
# =================================================================================================
SH = uscc("91", "440300", "MA5H2Q8W")
reg(SH, "深圳前海山海养生贸易有限公司")   # the registry writes the name in simplified script


def sh_page(title, body):
    return """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>%s｜山海養生坊</title>
</head>
<body>
<div id="hd"><a href="/" class="logo">山海養生坊 SHANHAI WELLNESS</a>
<ul><li><a href="/">首頁</a></li><li><a href="/products/">產品系列</a></li><li><a href="/about.html">品牌故事</a></li><li><a href="/contact.html">聯絡我們</a></li></ul>
<p class="ship">香港總店直營　內地訂單由深圳前海倉發貨　全國包郵</p></div>
%s
<div id="ft">
<p>深圳前海山海養生貿易有限公司（山海養生坊內地運營主體）</p>
<p>統一社會信用代碼：%s</p>
<p><a href="https://beian.miit.gov.cn/">粵ICP備19087654號-1</a>　粵公網安備 44030502003456號</p>
<p>香港總店：香港九龍旺角上海街 312 號地下</p>
</div>
</body>
</html>
""" % (title, body, SH)


page("holdout", "shanhai-home", "http://shanhai-yangsheng.test/", "big5", False, "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: the home banner advertises the brand as '中國馳名商標' (traditional script) to mainland buyers — 商标法 第十四条第五款 applies to advertising aimed at the mainland. Licence (valid, 存续; the page writes the registered name 深圳前海山海养生贸易有限公司 in traditional script, the same name after 繁→简 conversion, so no LICENSE_MISMATCH) and 粵ICP備 filing (traditional 粵 = 粤) shown. case: 商标法 2014 ban (soolun summary); no case found for this seller type. Big5.",
     sh_page("首頁", """<div id="banner"><h1>山海養生坊　中國馳名商標</h1><p>三代人守護的養生老字號，香港製造，品質看得見。</p></div>
<div id="list"><a href="/products/lingzhi.html">破壁靈芝孢子粉 60 克</a>　<a href="/products/huaqi.html">花旗參片 150 克</a>　<a href="/products/yanwo.html">即食燕窩 6 瓶裝</a></div>"""))

page("holdout", "shanhai-lingzhi", "http://shanhai-yangsheng.test/products/lingzhi.html", "big5", False, "FALSE_CLAIM",
     "FALSE_CLAIM: a 普通食品/未注册 孢子粉 claimed to 抗癌, 抑制腫瘤 and 降三高 'without medicine' — disease prevention/treatment claims for non-drug goods (广告法 第十七条; 广告法 第二十八条第二款第二项). case: 市场监管总局、中国消费者协会 2023 消费提示 (普通食品宣称'降血压''抗癌'); 上海市市场监管局 2020 疫情相关虚假广告典型案件 for the kind of claim. Big5.",
     sh_page("破壁靈芝孢子粉", """<div class="item"><h1>破壁靈芝孢子粉 60 克（2 克 x 30 包）</h1>
<p class="price">售價 人民幣 398 元</p>
<p>長白山椴木靈芝，破壁率 99%，每日兩包，抗癌防癌、抑制腫瘤復發，化療病人的好幫手；三高人群堅持三個月，血壓血糖穩穩降，藥都可以停。</p>
<p>產品類別：食品</p></div>"""))

page("holdout", "shanhai-huaqi", "http://shanhai-yangsheng.test/products/huaqi.html", "big5", False, "-",
     "trap: '最佳沖泡水溫' is a brewing tip (2023 绝对化用语 guidance exempts tips); the page states the goods are food and '本品不能代替藥物' — a disclaimer, not a disease claim (广告法 第十七条 not engaged). no case found. Big5.",
     sh_page("花旗參片", """<div class="item"><h1>花旗參片 150 克　大片</h1>
<p class="price">售價 人民幣 268 元</p>
<p>沖泡建議：最佳沖泡水溫約 85 度，每次 3 至 5 片，可回沖兩次。</p>
<p>本品為食品，不能代替藥物；孕婦及兒童請諮詢醫生後食用。</p></div>"""))

page("holdout", "shanhai-yanwo", "http://shanhai-yangsheng.test/products/yanwo.html", "big5", False, "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: '五星好評附三張圖 截圖給客服 即返現金 20 元' pays for favourable reviews (电子商务法 第十七条; 反不正当竞争法 第八条). case: 上海市市场监管局 2021 刷单炒信典型案例 (24 cases, 罚款428万, report in traditional script). Big5.",
     sh_page("即食燕窩", """<div class="item"><h1>即食燕窩 70 克 x 6 瓶 禮盒裝</h1>
<p class="price">售價 人民幣 599 元</p>
<p>【好評有禮】收貨後給五星好評並附三張實拍圖，截圖給客服，即返現金 20 元，名額有限。</p></div>"""))

page("holdout", "shanhai-about", "http://shanhai-yangsheng.test/about.html", "big5", False, "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: '全球最頂級的靈芝原料' and '業界唯一 全程可追溯' are unprovable superlatives used as claims, in traditional script (广告法 第九条第三项). '老字號' names the shop's age, not a claim about others. no case found. Big5.",
     sh_page("品牌故事", """<div class="about"><h1>品牌故事</h1>
<p>山海養生坊 1986 年創立於香港旺角，三代人堅持用心挑選每一份原料。</p>
<p>我們只用全球最頂級的靈芝原料，業界唯一做到從菌種到成品全程可追溯。</p></div>"""))

# =================================================================================================
# H2  心远医疗器械 — 医疗器械 网上商城 (ShopNC-like), 郑州金水, UTF-8 with BOM;
#     the home page shows an old 15-digit 注册号 whose MOD 11,10 check digit is wrong
# =================================================================================================
XY_BAD = regno_bad("41010510012345")


def xy_page(title, body, home=False):
    lic = ""
    if home:
        lic = """<table class="lic" border="0"><tr><td>企业名称</td><td>郑州心远医疗器械有限公司</td></tr>
<tr><td>营业执照注册号</td><td>%s</td></tr>
<tr><td>医疗器械经营许可证</td><td>豫郑食药监械经营许20160188号</td></tr>
<tr><td>第二类医疗器械经营备案凭证</td><td>豫郑食药监械经营备20160355号</td></tr></table>""" % XY_BAD
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>%s - 心远医疗器械商城</title>
</head>
<body>
<div class="public-top-layout"><div class="topbar">您好，欢迎来到心远医疗器械商城 <a href="/member/login">[登录]</a> <a href="/member/register">[免费注册]</a></div></div>
<div class="header-wrap"><a class="logo" href="/">心远医疗</a><div class="hotline">订购热线 0371-6588 1200</div></div>
<div class="nav"><a href="/">首页</a><a href="/cate/12">家用理疗</a><a href="/cate/15">血糖血压</a><a href="/cate/18">康复辅具</a></div>
%s
<div id="footer">%s
<p>Copyright 2013-2026 郑州心远医疗器械有限公司 All rights reserved.</p>
<p><a href="https://beian.miit.gov.cn/">豫ICP备13012345号-1</a> 豫公网安备 41010502000789号</p>
</div>
</body>
</html>
""" % (title, body, lic)


page("holdout", "xinyuan-home", "http://xinyuan-yiliao.test/", "utf-8", True, "LICENSE_INVALID",
     "LICENSE_INVALID: the 15-digit 营业执照注册号 fails its ISO 7064 MOD 11,10 check digit (GB/T 17710) — a false display of licence information (电子商务法 第十五条). ICP shown. no case found. UTF-8 with BOM.",
     xy_page("首页", """<div class="home-floor"><h2>家用理疗</h2>
<ul><li><a href="/goods/301.html">电磁综合康复仪 XY-9</a> <em>￥2980.00</em></li><li><a href="/goods/302.html">血糖仪套装（50试纸）</a> <em>￥168.00</em></li></ul></div>""", home=True))

page("holdout", "xinyuan-emtherapy", "http://xinyuan-yiliao.test/goods/301.html", "utf-8", True, "FALSE_CLAIM",
     "FALSE_CLAIM: a 二类 理疗仪 registered for 缓解肌肉疲劳 is advertised to treat Type I/II 糖尿病 and its complications, 高血压, 冠心病 — claims beyond its registration are false (广告法 第二十八条第二款第二项; 医疗器械广告 must match the registration, 广告法 第十六条). case: 慈溪市市场监管局 2016 医疗器械免费体验专项整治 — '电磁综合康复仪' 宣称治疗Ⅰ型Ⅱ型糖尿病. UTF-8 with BOM.",
     xy_page("电磁综合康复仪 XY-9", """<div class="ncs-goods-summary"><h1>电磁综合康复仪 XY-9 家用</h1>
<div class="ncs-meta"><dl><dt>商城价</dt><dd><strong>￥2980.00</strong></dd></dl><dl><dt>注册证</dt><dd>豫械注准20192090123（适用范围：缓解肌肉疲劳）</dd></dl></div>
<div class="ncs-intro"><p>每天照射40分钟，Ⅰ型、Ⅱ型糖尿病及口干口渴、手脚麻木等并发症明显改善，高血压、冠心病患者可逐步减药。</p></div></div>"""))

page("holdout", "xinyuan-glucometer", "http://xinyuan-yiliao.test/goods/302.html", "utf-8", True, "-",
     "trap: a registered blood-glucose meter stating its registered 适用范围 ('用于体外定量检测新鲜毛细血管全血中的葡萄糖浓度') — a medical device describing its registered use is not a 广告法 第十七条 claim for non-medical goods; 'ISO 15197:2013' is the accuracy standard it meets, and the footer of this non-home page has no licence code to judge. no case found. UTF-8 with BOM.",
     xy_page("血糖仪套装", """<div class="ncs-goods-summary"><h1>血糖仪套装（含50试纸+50采血针）</h1>
<div class="ncs-meta"><dl><dt>商城价</dt><dd><strong>￥168.00</strong></dd></dl><dl><dt>注册证</dt><dd>国械注准20173400456</dd></dl></div>
<div class="ncs-intro"><p>适用范围：用于体外定量检测新鲜毛细血管全血中的葡萄糖浓度，供糖尿病患者自我监测使用，不能用于糖尿病的诊断和筛查。</p>
<p>准确度符合 ISO 15197:2013。禁忌内容或注意事项详见说明书。</p></div></div>"""))

page("holdout", "xinyuan-masks", "http://xinyuan-yiliao.test/goods/303.html", "utf-8", True, "-",
     "trap: '一次性医用外科口罩 拆封后不支持七天无理由退货（下单时勾选确认）' — goods whose opening affects health may be excluded when the buyer confirms at purchase (消费者权益保护法 第二十五条第二款; 网络购买商品七日无理由退货暂行办法 第七条第一项); unopened boxes keep the right. YY 0469-2011 is the device standard, not a superlative. no case found. UTF-8 with BOM.",
     xy_page("一次性医用外科口罩", """<div class="ncs-goods-summary"><h1>一次性医用外科口罩 50只/盒</h1>
<div class="ncs-meta"><dl><dt>商城价</dt><dd><strong>￥29.90</strong></dd></dl><dl><dt>注册证</dt><dd>豫械注准20202140789</dd></dl></div>
<div class="ncs-intro"><p>执行标准：YY 0469-2011。</p>
<p>售后：未拆封商品支持七天无理由退货；口罩属拆封后影响人身健康的商品，拆封后不支持七天无理由退货，<label><input type="checkbox" checked> 我已知晓并确认</label>（下单页勾选确认）。</p></div></div>"""))

# =================================================================================================
# H3  苏作雅玩 — 文玩 shop on the demo platform; the mall-mark element is hidden with display:none
# =================================================================================================
SZ = uscc("91", "320508", "MA1XW4C7")
reg(SZ, "苏州苏作雅玩文化传播有限公司")

page("holdout", "suzuo-shophome", MALL + "/shop/wanwan_cang/", "utf-8", False, "MARK_MISSING",
     "MARK_MISSING: the only mall-mark element carries style=\"display:none\" (the shop hid it behind a custom banner); a hidden element is not displayed (contract), so the platform mark is missing on the shop home (seed rule 平台为网店亮标). Shop licence (valid, 存续) shown. no case found.",
     mall_page("苏作雅玩", """<div class="shop-head">
<h1 class="shop-name">苏作雅玩</h1>
<span class="mall-mark" style="display:none">网剑认证</span>
<img class="diy-banner" src="/shopimg/szyw/banner.jpg" alt="苏作雅玩 文房雅器">
<p class="shop-license">营业执照：苏州苏作雅玩文化传播有限公司　统一社会信用代码 %s</p>
</div>
<ul class="shop-goods"><li><a href="/item/ww5001.html">钉子手镯 钛钢</a></li><li><a href="/item/ww5002.html">星月菩提 108颗</a></li><li><a href="/item/ww5003.html">老犀角杯</a></li></ul>""" % SZ))

page("holdout", "suzuo-bangle", MALL + "/item/ww5001.html", "utf-8", False, "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: '卡家钉子款 精&#20223; 1比1' offers a copy of a Cartier design bearing its marks; '仿' is written as a numeric character reference and '卡地亚' shortened to '卡家' to dodge filters (商标法 第五十七条). case: 莆田 鞋服商标侵权专项整治 2019 (the same evasion habits); no jewellery case found.",
     mall_page("钉子手镯 钛钢", """<div class="item-main">
<h1 class="item-title">卡家钉子款手镯 钛钢玫瑰金 精&#20223; 1比1 带原版刻字</h1>
<div class="item-price"><span class="price">¥89</span></div>
<div class="item-desc"><p>内圈刻字、螺丝刀、包装盒全套，和专柜放一起看不出。</p></div></div>"""))

page("holdout", "suzuo-bodhi", MALL + "/item/ww5002.html", "utf-8", False, "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 划线价 ¥580 against 券后 ¥298, but a capture 0.5 day before sold the same URL at ¥268 — the compared price is above the 7-day low (明码标价和禁止价格欺诈规定 第十六条, 第十九条). case: 北京三中院 2018 天猫虚构原价 cases (经济日报).",
     mall_page("星月菩提 108颗", """<div class="item-main">
<h1 class="item-title">海南星月菩提 108颗 高密顺白 8mm</h1>
<div class="item-price"><span class="price">券后 ¥298</span> <span class="line-price">划线价 <s>¥580</s></span></div>
<div class="item-desc"><p>正月籽，密度高，盘玩三个月起瓷。</p></div></div>"""))

hist("holdout", "suzuo-bodhi-d0.5", MALL + "/item/ww5002.html", 0.5, mall_page("星月菩提 108颗", """<div class="item-main">
<h1 class="item-title">海南星月菩提 108颗 高密顺白 8mm</h1>
<div class="item-price"><span class="price">¥268</span> <em>直播间专享</em></div></div>"""))

page("holdout", "suzuo-rhinocup", MALL + "/item/ww5003.html", "utf-8", False, "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: a carved rhinoceros-horn cup ('老犀角杯', 包真) offered for sale — trade in rhino horn has been banned since 1993 (国务院关于禁止犀牛角和虎骨贸易的通知 国发〔1993〕39号; 野生动物保护法 第二十八条). case: 古玩城 犀牛角/象牙制品 查处 report (xuanzongjiao); 淘宝 禁售规则.",
     mall_page("老犀角杯", """<div class="item-main">
<h1 class="item-title">老犀角杯 荷叶形 清代 包真包老</h1>
<div class="item-price"><span class="price">¥58000</span></div>
<div class="item-desc"><p>亚洲犀，角质纹理清晰，灯下透光呈蜜黄色。私聊看视频，可走线下交易。</p></div></div>"""))

page("holdout", "suzuo-dw", MALL + "/item/ww5004.html", "utf-8", False, "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: '仿牌' and '１：１' (full-width digits and colon) offered for a bangle 'with the DW logo' — goods bearing another's mark (商标法 第五十七条). case: no jewellery case found; the vocabulary is the one in 莆田 鞋服 reports.",
     mall_page("DW同款手镯", """<div class="item-main">
<h1 class="item-title">DW同款 开口手镯 玫瑰金 仿牌 １：１ 激光LOGO</h1>
<div class="item-price"><span class="price">¥39</span></div>
<div class="item-desc"><p>logo、内圈钢印、包装和正品一样，送人有面子。</p></div></div>"""))

# =================================================================================================
# H4  华工化学品 — 化工 shop on the demo platform; shown company name differs from the registry's
# =================================================================================================
HG = uscc("91", "370105", "MA3N9H2F")
reg(HG, "济南华工贸易有限公司")

page("holdout", "huagong-shophome", MALL + "/shop/huagong_gy/", "utf-8", False, "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the shop licence shows 济南华工化学品有限公司 with a code (valid check characters) that the registry holds under the name 济南华工贸易有限公司 — name and code do not belong together (电子商务法 第十五条; 市场主体登记管理条例 第三十六条). Mark present. no case found.",
     mall_page("华工化学品商城", """<div class="shop-head">
<h1 class="shop-name">华工化学品商城</h1>
<b class="mall-mark ico">网剑认证</b>
<div class="shop-license"><p>企业名称：济南华工化学品有限公司</p><p>统一社会信用代码：%s</p></div>
<p>本店不销售任何剧毒化学品和国家禁用农药，购买危化品请提供相应许可。</p>
</div>
<ul class="shop-goods"><li><a href="/item/hg6001.html">20%%百草枯水剂</a></li><li><a href="/item/hg6002.html">AB结构胶 50ml</a></li><li><a href="/item/hg6003.html">41%%草甘膦 水剂</a></li></ul>""" % HG))

page("holdout", "huagong-paraquat", MALL + "/item/hg6001.html", "utf-8", False, "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 百草枯水剂 — sale and use in China stopped from 2016-07-01 (农业部公告第1745号); the listing offers it disguised as '老配方灭生性除草剂' (农药管理条例 第六十八条). The shop home's refusal text does not undo this listing. case: 禁限用农药名录 (haonongzi 2017) — '百草枯水剂 自2016年7月1日起停止在国内销售和使用'.",
     mall_page("20%百草枯水剂", """<div class="item-main">
<h1 class="item-title">老配方 灭生性除草剂 20%百草枯水剂 1kg</h1>
<div class="item-price"><span class="price">¥45</span></div>
<div class="item-desc"><p>见绿就杀，当天变色，不伤根不漂移。库存不多，卖完即止。</p></div></div>"""))

page("holdout", "huagong-glue", MALL + "/item/hg6002.html", "utf-8", False, "RETURN_REFUSED",
     "RETURN_REFUSED: a sealed tube of AB glue — ordinary goods, not among the statutory exemptions — is sold with '化工产品一律不退不换'; a blanket refusal without the buyer's purchase-time confirmation denies the 7-day right (消费者权益保护法 第二十五条; 网络购买商品七日无理由退货暂行办法 第六条、第七条). no case found.",
     mall_page("AB结构胶 50ml", """<div class="item-main">
<h1 class="item-title">AB结构胶 50ml 金属陶瓷木材通用</h1>
<div class="item-price"><span class="price">¥18.8</span></div>
<div class="item-desc"><p>混合比例1:1，5分钟初固。</p><p>售后：化工产品一律不退不换，下单即视为认可。</p></div></div>"""))

page("holdout", "huagong-glyphosate", MALL + "/item/hg6003.html", "utf-8", False, "-",
     "trap: 草甘膦 is a registered, lawful herbicide (农药登记证 PD number shown); the listing names 百草枯 only to say it is no longer sold (a refusal); 原价 ¥68 is not above the 7-day low — the capture 2 days before showed ¥68, and the ¥45 capture is 7.5 days old, outside the window (明码标价和禁止价格欺诈规定 第十六条). no case found.",
     mall_page("41%草甘膦 水剂", """<div class="item-main">
<h1 class="item-title">41%草甘膦异丙胺盐 水剂 1kg</h1>
<div class="item-price"><span class="price">¥58</span> <span class="origin">原价 <s>¥68</s></span></div>
<div class="item-desc"><p>农药登记证号：PD20080452　生产许可证：农药生许（鲁）0132</p>
<p>百草枯已于2016年停售，本品为正规替代除草剂，请按标签使用。</p></div></div>"""))

hist("holdout", "huagong-glyphosate-d7.5", MALL + "/item/hg6003.html", 7.5, mall_page("41%草甘膦 水剂", """<div class="item-main">
<h1 class="item-title">41%草甘膦异丙胺盐 水剂 1kg</h1>
<div class="item-price"><span class="price">¥45</span></div></div>"""))
hist("holdout", "huagong-glyphosate-d2", MALL + "/item/hg6003.html", 2, mall_page("41%草甘膦 水剂", """<div class="item-main">
<h1 class="item-title">41%草甘膦异丙胺盐 水剂 1kg</h1>
<div class="item-price"><span class="price">¥68</span></div></div>"""))

# =================================================================================================
# H5  锦绣家居 — 建材家居 独立站 on a SaaS builder, 杭州余杭, GBK; no ICP number on the home page
# =================================================================================================
JX = uscc("91", "330110", "MA2CJX6H")
reg(JX, "杭州锦绣家居有限公司")


def jx_page(title, body):
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=gbk">
<title>%s_锦绣家居官方商城</title>
</head>
<body>
<div class="sc-header"><a class="sc-logo" href="/">锦绣家居</a>
<div class="sc-nav"><a href="/">首页</a><a href="/category/sofa">沙发</a><a href="/category/bed">床垫</a><a href="/page/about">关于我们</a></div></div>
%s
<div class="sc-footer">
<div class="sc-footer-links">购物指南 ｜ 配送安装 ｜ 售后政策 ｜ 联系我们</div>
<div class="sc-footer-copy">&copy;2026 杭州锦绣家居有限公司　营业执照：%s<br>
<a href="http://www.beian.gov.cn/">浙公网安备 33011002012345号</a>　本站由 店匠SaaS 提供技术支持</div>
</div>
</body>
</html>
""" % (title, body, JX)


page("holdout", "jinxiu-home", "http://jinxiu-jiaju.test/", "gbk", False, "ICP_MISSING",
     "ICP_MISSING: the home page shows only a 浙公网安备 number, which is a police filing, not an ICP filing or licence (互联网信息服务管理办法 第十二条; DOMAIN.md). Licence (valid, 存续) shown. no case found.",
     jx_page("首页", """<div class="sc-banner"><h1>锦绣家居 · 意式轻奢 到家安装</h1></div>
<div class="sc-goods"><a href="/product/sofa-88.html">头层牛皮 三人位沙发 ￥6999</a>　<a href="/product/chuangdian.html">定制尺寸 独立弹簧床垫 ￥2599起</a></div>"""))

page("holdout", "jinxiu-sofa", "http://jinxiu-jiaju.test/product/sofa-88.html", "gbk", False, "FALSE_HONOUR",
     "FALSE_HONOUR: '国家免检产品' and '全国质量免检' are claimed for a 2026 sofa; the 免检 scheme was abolished in 2008 (国家质检总局令第109号, 2008, repealed the 产品免于质量监督检查管理办法) — cannot be true (广告法 第二十八条; 反不正当竞争法 2025 第九条). '头层牛皮' is a leather-layer name (QB/T 1873 皮革 terminology), not a superlative. no case found.",
     jx_page("头层牛皮三人位沙发", """<div class="sc-product"><h1>头层牛皮 三人位沙发 意式极简 2.4m</h1>
<div class="sc-price">￥6999</div>
<ul class="sc-tags"><li>国家免检产品</li><li>全国质量免检 放心购</li><li>十年质保</li></ul>
<p>进口头层牛皮，高回弹海绵＋羽绒填充，实木框架。</p></div>"""))

page("holdout", "jinxiu-mattress", "http://jinxiu-jiaju.test/product/chuangdian.html", "gbk", False, "-",
     "trap: the mattress is made to the buyer's own dimensions ('定制尺寸，按您提供的尺寸生产'), so excluding 7-day no-reason returns is the statutory exemption for 定作 goods (消费者权益保护法 第二十五条第一款第一项); standard sizes on the same page keep the right. The CCC certificate number has the real 16-digit form. no case found.",
     jx_page("定制尺寸 独立弹簧床垫", """<div class="sc-product"><h1>独立弹簧床垫 22cm 标准/定制尺寸</h1>
<div class="sc-price">￥2599起</div>
<p>标准尺寸（1.5m/1.8m）支持七天无理由退货；定制尺寸按您提供的尺寸单独生产，属定作商品，不适用七天无理由退货。</p>
<p>CCC 认证证书编号：2021011202345678（弹簧床垫内置电热层款）</p></div>"""))

page("holdout", "jinxiu-about", "http://jinxiu-jiaju.test/page/about", "gbk", False, "-",
     "trap: '我们的愿景：成为最受用户信赖的家居品牌' states a goal (2023 绝对化用语 guidance exempts goals and business philosophy); '中国家具协会会员单位' is a membership fact. Non-home page: the missing ICP number is judged on the home page only. no case found.",
     jx_page("关于我们", """<div class="sc-page"><h1>关于锦绣家居</h1>
<p>锦绣家居创立于2015年，总部位于杭州余杭，自有工厂2万平方米，专注意式轻奢软体家具的设计与制造。</p>
<p>我们的愿景：成为最受用户信赖的家居品牌。我们的使命：让好设计走进普通家庭。</p>
<p>中国家具协会会员单位。</p></div>"""))

# =================================================================================================
# H6  阿香麻辣烫 — 本地生活 外卖/团购 shop on the demo platform (饿了么-like), no shop licence
# =================================================================================================
page("holdout", "axiang-shophome", MALL + "/shop/bendi_xiaochi/", "utf-8", False, "ABSOLUTE_TERM,LICENSE_MISSING",
     "ABSOLUTE_TERM: '全城最好吃的麻辣烫，吃过的都说是天花板' is an unprovable superlative claim (广告法 第九条第三项). LICENSE_MISSING: the shop home shows neither business licence nor 食品经营许可证 nor a link to them; the platform footer's code is the platform's own (电子商务法 第十五条, which also covers 与其经营业务有关的行政许可信息 such as the food licence). case: 驻马店 驿城区 2024 网络餐饮 资质过期/公示 案 (驻马店十大典型案例).",
     mall_page("阿香麻辣烫（万达店）", """<div class="shop-head">
<h1 class="shop-name">阿香麻辣烫（万达店）</h1>
<span class="mall-mark">网剑认证</span>
<div class="shop-meta">月售 3412 ｜ 配送约 35 分钟 ｜ 起送 ¥20</div>
</div>
<div class="shop-slogan">全城最好吃的麻辣烫，吃过的都说是天花板！</div>
<ul class="shop-goods"><li><a href="/item/bd7001.html">招牌麻辣烫 单人套餐</a><span class="price">¥26.8</span></li><li><a href="/item/bd7002.html">骨汤麻辣烫 双人餐</a><span class="price">¥45.8</span></li></ul>"""))

page("holdout", "axiang-set", MALL + "/item/bd7001.html", "utf-8", False, "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: a free drink is given for a five-star review with photos shown to the rider/shop ('五星好评+晒图 送酸梅汤一杯') — a benefit conditioned on a favourable review (电子商务法 第十七条; 反不正当竞争法 第八条). case: 江苏省市场监管局 2021 — 扬州江都区某饮品店 随外卖附'好评返现'卡 罚款12000元 (the same take-away card pattern).",
     mall_page("招牌麻辣烫 单人套餐", """<div class="item-main">
<h1 class="item-title">招牌麻辣烫 单人套餐（荤素任选8样）</h1>
<div class="item-price"><span class="price">¥26.8</span></div>
<div class="item-desc"><p>随餐附卡：本单给五星好评＋晒图，下次点餐备注好评截图，送冰镇酸梅汤一杯。</p></div></div>"""))

page("holdout", "axiang-double", MALL + "/item/bd7002.html", "utf-8", False, "-",
     "trap: '最高可减8元' states the cap of a 满减 offer (a fact of the promotion, not a quality superlative — 2023 绝对化用语 guidance); '辣度：微辣/中辣/特辣' are taste options; '评价有礼' is refused in the text ('本店不做好评返现'). no case found.",
     mall_page("骨汤麻辣烫 双人餐", """<div class="item-main">
<h1 class="item-title">骨汤麻辣烫 双人餐（荤素任选16样）</h1>
<div class="item-price"><span class="price">¥45.8</span> <em>满40减5，会员最高可减8元</em></div>
<div class="item-desc"><p>辣度：微辣 / 中辣 / 特辣</p><p>有问题请直接联系店长，本店不做好评返现，差评我们也认真看。</p></div></div>"""))

# =================================================================================================
# H7  学而优 — 教育 SaaS 官网, 武汉江汉, UTF-8 (no BOM); ICP number contains the letter O for zero
# =================================================================================================
XE = uscc("91", "420103", "MA4KXY7U")
reg(XE, "武汉学而优教育咨询有限公司")


def xe_page(title, body):
    return """<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>%s - 学而优留学语言培训</title>
</head>
<body>
<div class="topnav"><a href="/">首页</a> <a href="/course/ielts.html">雅思</a> <a href="/about.html">关于学而优</a></div>
%s
<div class="footer"><span>武汉学而优教育咨询有限公司</span>
<span>统一社会信用代码：%s</span>
<span><a href="https://beian.miit.gov.cn/">鄂ICP备2022O12345号-1</a></span>
<span>鄂公网安备 42010302002233号</span></div>
</body>
</html>
""" % (title, body, XE)


page("holdout", "xueeryou-home", "http://xueeryou.test/", "utf-8", False, "ICP_INVALID",
     "ICP_INVALID: '鄂ICP备2022O12345号-1' has a capital letter O among the digits — not a well-formed filing number (互联网信息服务管理办法 第十二条; DOMAIN.md ICP format). Licence (valid, 存续) shown. no case found.",
     xe_page("首页", """<div class="hero"><h1>学而优 · 小班雅思 托福 留学规划</h1><p>武汉光谷、江汉路两校区，6人小班。</p>
<a href="/course/ielts.html">雅思冲刺班报名中</a></div>"""))

page("holdout", "xueeryou-ielts", "http://xueeryou.test/course/ielts.html", "utf-8", False, "FAKE_ORIGINAL_PRICE,ICP_INVALID",
     "FAKE_ORIGINAL_PRICE: 划线价 ￥3680 against ￥2680, but a capture 6.5 days before sold the course at ￥2280 — within the 7-day window and lower than the compared price (明码标价和禁止价格欺诈规定 第十六条). ICP_INVALID: the footer's malformed number. case: 上海市市场监管局 2022 第一批虚假违法广告典型案例 — 昂立教育 虚构原价.",
     xe_page("雅思冲刺班", """<div class="course"><h1>雅思6.5分冲刺班 8周</h1>
<p class="price"><b>￥2680</b> <s class="line">划线价 ￥3680</s></p>
<p>6人小班，每周模考，赠送写作批改10篇。</p></div>"""))

hist("holdout", "xueeryou-ielts-d6.5", "http://xueeryou.test/course/ielts.html", 6.5,
     """<!doctype html><html><head><meta charset="utf-8"><title>雅思冲刺班</title></head><body>
<div class="course"><h1>雅思6.5分冲刺班 8周</h1><p class="price"><b>￥2280</b> 早鸟价</p></div>
</body></html>
""")

page("holdout", "xueeryou-about", "http://xueeryou.test/about.html", "utf-8", False, "ICP_INVALID",
     "ICP_INVALID: the footer's malformed ICP number. Trap text on the same page: '我们不承诺包过' is a refusal of a guarantee (广告法 第二十四条 not engaged) and '国家级' appears only in the quoted name of a real state programme the teacher took part in. no case found.",
     xe_page("关于学而优", """<div class="about"><h1>关于学而优</h1>
<p>学而优成立于2018年，专注雅思、托福和留学规划。我们不承诺“包过”“保分”，只承诺每一节课都认真备课。</p>
<p>教学主管陈老师曾参与教育部“国家级一流本科课程”建设项目（大学英语写作，2021年认定）。</p></div>"""))

# =================================================================================================
# H8  卓越五金 — 化工/工业品 (五金工具) 企业官网, 保定竞秀, GBK, NO charset meta;
#     the 亮照 link's serial names another company's code
# =================================================================================================
ZY = uscc("91", "130602", "MA0D7WY3")
ZY_OTHER = uscc("91", "130602", "MA0DK3L8")
reg(ZY, "保定卓越五金工具有限公司")
reg(ZY_OTHER, "保定市竞秀区恒通五金经销部")


def zy_page(title, body, home=False):
    lic = ""
    if home:
        lic = """<p>保定卓越五金工具有限公司　统一社会信用代码：%s
<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1000009113060200K3L8&amp;signData=MEUCIQDxk2"><img src="/images/lz.png" alt="电子营业执照亮照"></a></p>""" % (ZY, ZY_OTHER)
    return """<html>
<head>
<title>%s-保定卓越五金工具有限公司</title>
</head>
<body>
<table width="100%%" border="0"><tr><td class="logo">卓越五金 ZHUOYUE TOOLS</td><td align="right">销售热线：0312-5088 716</td></tr></table>
<table width="100%%" border="0"><tr><td><a href="/">首页</a></td><td><a href="/product/">产品展示</a></td><td><a href="/honor/">资质荣誉</a></td><td><a href="/contact/">联系我们</a></td></tr></table>
%s
<div class="copy">%s
Copyright 2026 保定卓越五金工具有限公司<br>
<a href="https://beian.miit.gov.cn/">冀ICP备2020012345号-1</a>　冀公网安备 13060202000567号</div>
</body>
</html>
""" % (title, body, lic)


page("holdout", "zhuoyue-home", "http://zhuoyue-wujin.test/", "gbk", False, "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the page shows its own code, but its electronic-licence (亮照) link carries a serial that begins with another registered subject's code (保定市竞秀区恒通五金经销部) — the badge was copied from another business (电子商务法 第十五条; 市场主体登记管理条例 实施细则 第六十四条; DOMAIN.md zzlz serial rule). ICP shown. no case found. Missing charset meta (bytes are GBK).",
     zy_page("首页", """<div class="main"><h2>公司简介</h2>
<p>保定卓越五金工具有限公司始建于2009年，主营切割片、磨光片、安全防护用品，产品通过ISO9001质量体系认证，畅销全国30个省市。</p></div>""", home=True))

page("holdout", "zhuoyue-helmet", "http://zhuoyue-wujin.test/product/anquanmao.html", "gbk", False, "FALSE_HONOUR",
     "FALSE_HONOUR: a 2026 safety helmet is said to carry 'QS认证' and be '国家免检' — QS marks were replaced by SC in 2018 and never applied to helmets, and 免检 was abolished in 2008; neither can be true (广告法 第二十八条; 反不正当竞争法 2025 第九条). no case found. Missing charset meta (GBK bytes).",
     zy_page("ABS安全帽", """<div class="main"><h1>ABS 安全帽 V型 透气款</h1>
<p>执行标准：GB 2811-2019</p>
<p>本产品已通过QS认证（2024年），国家免检，工地采购放心。</p>
<p>出厂价：￥12.5/顶（100顶起批）</p></div>"""))

page("holdout", "zhuoyue-disc", "http://zhuoyue-wujin.test/product/qiegepian.html", "gbk", False, "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: '卓越&reg;——中国驰名商标 切割片专业品牌' advertises the words 驰名商标 for the brand (商标法 第十四条第五款; 第五十三条). case: 商标法 2014 ban (soolun summary); no tools case found. Missing charset meta (GBK bytes).",
     zy_page("树脂切割片", """<div class="main"><h1>树脂切割片 350×3.0×25.4</h1>
<p>卓越&reg;——中国驰名商标 切割片专业品牌</p>
<p>线速度 80m/s，适用碳钢、不锈钢、铸铁。出厂价：￥4.2/片</p></div>"""))


# =================================================================================================
# H9  旧物新生 — 二手/回收 (二手家电 回收+出售), 杭州拱墅, GBK; licence only inside a <script> object
# =================================================================================================
JW = uscc("91", "330105", "MA2KJW4E")
reg(JW, "杭州旧物新生再生资源回收有限公司")


def jw_page(title, body):
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>%s - 旧物新生 二手家电回收</title>
<script>
var SHOP_CONF = {name:"杭州旧物新生再生资源回收有限公司", license:"%s", tel:"0571-8802 6161"};
</script>
</head>
<body>
<div class="hd"><b>旧物新生</b> 二手家电 上门回收 ｜ 翻新出售 ｜ 服务热线 0571-8802 6161</div>
%s
<div class="ft">杭州旧物新生再生资源回收有限公司 &copy; 2026<br>
<a href="https://beian.miit.gov.cn/">浙ICP备2022031177号-1</a> 浙公网安备 33010502007788号</div>
</body>
</html>
""" % (title, JW, body)


page("holdout", "jiuwu-home", "http://jiuwu-xinsheng.test/", "gbk", False, "LICENSE_MISSING",
     "LICENSE_MISSING: the licence code exists only inside a <script> configuration object, which is not displayed (contract); the rendered home page shows the company name and ICP but no licence code, image, link or 第十条 statement (电子商务法 第十五条, 第七十六条). case: 驻马店 西平县市场监管局 2024 未公示营业执照案. ICP shown.",
     jw_page("首页", """<div class="bd"><h2>上门回收</h2><p>空调、冰箱、洗衣机、电视，杭州主城区2小时上门，现场估价现场付款。</p>
<h2>翻新好货</h2><p><a href="/goods/kongtiao-1p5.html">二手格力 1.5匹 挂机 9成新</a> ￥680</p></div>"""))

page("holdout", "jiuwu-aircon", "http://jiuwu-xinsheng.test/goods/kongtiao-1p5.html", "gbk", False, "RETURN_REFUSED",
     "RETURN_REFUSED: a business (公司) selling a refurbished air-conditioner online states '二手商品售出不退'; used goods are not among the statutory exemptions and no purchase-time confirmation is shown, so the 7-day no-reason return still applies to this seller (消费者权益保护法 第二十五条; 网络购买商品七日无理由退货暂行办法 第六条). '三个月保修' does not replace it. no case found.",
     jw_page("二手格力 1.5匹 挂机", """<div class="bd"><h1>二手格力 1.5匹 变频挂机 9成新</h1>
<p>价格：￥680（含安装，不含铜管加长）</p>
<p>清洗消毒、加氟测试后出库，整机三个月保修。</p>
<p>说明：二手商品售出不退，保修期内故障免费上门维修。</p></div>"""))

# =================================================================================================
# M16 龙武堂 — 教育/体育 青少年武术培训 官网 with 课程报名, 深圳龙岗, UTF-8;
#     ICP abbreviation is the city 深, not a province
# =================================================================================================
LW = uscc("91", "440307", "MA5LW2T6")
reg(LW, "深圳市龙武堂体育文化发展有限公司")


def lw_page(title, body):
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>%s-龙武堂青少年武术</title>
</head>
<body>
<header><div class="logo">龙武堂 LONGWUTANG</div><nav><a href="/">首页</a> <a href="/course/summer.html">暑期班</a> <a href="/coach.html">教练团队</a></nav></header>
%s
<footer>
<p>深圳市龙武堂体育文化发展有限公司　统一社会信用代码：%s</p>
<p>地址：深圳市龙岗区龙城街道愉园社区黄阁北路 12 号 2 楼</p>
<p><a href="https://beian.miit.gov.cn/">深ICP备2023012345号-1</a>　粤公网安备 44030702008899号</p>
</footer>
</body>
</html>
""" % (title, body, LW)


page("main", "longwu-home", "http://longwutang.test/", "utf-8", False, "ICP_INVALID",
     "ICP_INVALID: '深ICP备…' uses 深 (the city of Shenzhen), which is not a province abbreviation — no filing system issues such a number (互联网信息服务管理办法 第十二条; DOMAIN.md abbreviation list). Licence (valid, 存续) shown; the 公网安备 prefix 4403 is Guangdong. no case found.",
     lw_page("首页", """<section class="hero"><h1>龙武堂 · 强身健体 以武育人</h1><p>长拳、南拳、散打、器械，4-16岁分龄教学。</p>
<a href="/course/summer.html">2026暑期班报名中</a></section>"""))

page("main", "longwu-summer", "http://longwutang.test/course/summer.html", "utf-8", False, "FAKE_ORIGINAL_PRICE,ICP_INVALID",
     "FAKE_ORIGINAL_PRICE: '原价 ￥1880' against ￥1280, but a capture 3 days before sold the same course page at ￥1180 — above the 7-day low (明码标价和禁止价格欺诈规定 第十六条, 第十九条). ICP_INVALID: the footer's 深ICP备 number. case: 上海市市场监管局 2022 第一批虚假违法广告典型案例 (昂立教育 虚构原价) — the same 培训 原价 pattern.",
     lw_page("暑期武术班", """<section class="course"><h1>2026 暑期武术集训班（6周 / 36课时）</h1>
<p class="price">早鸟价 <b>￥1280</b>　<s>原价 ￥1880</s></p>
<p>赠送武术服一套、段位考评报名指导。</p></section>"""))

hist("main", "longwu-summer-d3", "http://longwutang.test/course/summer.html", 3,
     """<!DOCTYPE html><html><head><meta charset="utf-8"><title>暑期武术班-龙武堂青少年武术</title></head><body>
<section class="course"><h1>2026 暑期武术集训班（6周 / 36课时）</h1><p class="price">团报价 <b>￥1180</b></p></section>
</body></html>
""")

page("main", "longwu-coach", "http://longwutang.test/coach.html", "utf-8", False, "ICP_INVALID",
     "ICP_INVALID: the footer's 深ICP备 number. Trap text: '国家级社会体育指导员' is the top grade of a state technical-grade scheme (社会体育指导员 三级/二级/一级/国家级, 国家体育总局) and '武术六段' a 中国武术段位制 grade — state-awarded titles and standard grades are exempt under the 2023 绝对化用语 guidance, so no ABSOLUTE_TERM. no case found.",
     lw_page("教练团队", """<section class="coach"><h1>教练团队</h1>
<dl><dt>总教练 梁振华</dt><dd>国家级社会体育指导员（武术），中国武术六段，执教22年。</dd></dl>
<dl><dt>教练 何嘉欣</dt><dd>一级社会体育指导员，广东省武术套路锦标赛女子长拳第三名（2019）。</dd></dl></section>"""))


# =================================================================================================
# writing
# =================================================================================================
def write_all(root):
    sides = {"main": root, "holdout": os.path.join(root, "holdout")}
    for d in sides.values():
        for sub in ("pages", "history"):
            p = os.path.join(d, sub)
            if os.path.isdir(p):
                shutil.rmtree(p)
            os.makedirs(p)
    labels = {k: ["# file\turl\tcodes"] for k in sides}
    notes = {k: ["# file\tencoding\tbom\tnote"] for k in sides}
    hist_rows = {k: ["# file\turl\tdays_before"] for k in sides}
    n = 0
    for pg in PAGES:
        n += 1
        fn = "%03d-%s.html" % (n, pg["name"])
        codes = pg["codes"]
        if codes != "-":
            parts = codes.split(",")
            assert parts == sorted(parts) and len(set(parts)) == len(parts), (fn, codes)
        with open(os.path.join(sides[pg["side"]], "pages", fn), "wb") as f:
            f.write(encode(pg["html"], pg["enc"], pg["bom"]))
        labels[pg["side"]].append("%s\t%s\t%s" % (fn, pg["url"], codes))
        assert "\t" not in pg["note"] and "\n" not in pg["note"]
        notes[pg["side"]].append("%s\t%s\t%s\t%s" % (fn, pg["enc"], "yes" if pg["bom"] else "no", pg["note"]))
    for h in HISTORY:
        fn = "%s.html" % h["name"]
        with open(os.path.join(sides[h["side"]], "history", fn), "wb") as f:
            f.write(encode(h["html"], h["enc"], False))
        d = h["days"]
        hist_rows[h["side"]].append("%s\t%s\t%s" % (fn, h["url"], ("%g" % d)))
    for k, d in sides.items():
        for fname, rows in (("labels.tsv", labels[k]), ("notes.tsv", notes[k]), ("history.tsv", hist_rows[k])):
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(rows) + "\n")
    with open(os.path.join(root, "registry.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tstatus\n")
        for code, name, status in REGISTRY:
            f.write("%s\t%s\t%s\n" % (code, name, status))


GENERATED = ["pages", "history", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv",
             "holdout"]


def same_tree(a, b):
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(os.path.join(a, s), os.path.join(b, s)) for s in cmp.common_dirs)


def main():
    if "--check" in sys.argv[1:]:
        tmp = tempfile.mkdtemp(prefix="c9s-check-")
        try:
            write_all(tmp)
            ok = True
            for g in GENERATED:
                a, b = os.path.join(HERE, g), os.path.join(tmp, g)
                if os.path.isdir(b):
                    ok = ok and os.path.isdir(a) and same_tree(a, b)
                else:
                    ok = ok and os.path.isfile(a) and filecmp.cmp(a, b, shallow=False)
            print("gen --check: %s" % ("identical" if ok else "DIFFERENT"))
            return 0 if ok else 1
        finally:
            shutil.rmtree(tmp)
    write_all(HERE)
    print("wrote %d pages, %d history captures, %d registry rows" % (len(PAGES), len(HISTORY), len(REGISTRY)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
