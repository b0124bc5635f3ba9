#!/usr/bin/env python3
"""corpus8/p generator. Every page, its codes and its note are written by hand below.
python3 gen.py          -> rewrite all files
python3 gen.py --check  -> regenerate into a temp dir, compare byte for byte (exit 1 on difference)"""
import os, sys, shutil, tempfile, filecmp
import lib

REG = [("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续")]  # (code, name, status); first row: the platform itself
PAGES = []    # dicts
HIST = []


def co(name, kind, div, base, status="存续", reg=True):
    c = lib.uscc(kind, div, base)
    if reg:
        REG.append((c, name, status))
    return c


def page(side, name, url, enc, html, codes, note, bom=False):
    PAGES.append(dict(side=side, name=name, url=url, enc=enc, html=html, codes=codes, note=note, bom=bom))


def hist(side, name, url, days, enc, html):
    HIST.append(dict(side=side, name=name, url=url, days=days, enc=enc, html=html))


M, H = "main", "holdout"

# ---------------------------------------------------------------------------------------------
# S1 jinggong-wujin.test — 永康 五金工具厂家, ECShop-era XHTML, GBK
S1 = "http://jinggong-wujin.test"
c1 = co("永康市精工五金工具有限公司", "91", "330784", "MA28QK7B")
f1 = ('<div id="footer"><div class="text">永康市精工五金工具有限公司 版权所有<br>\n'
      '地址：浙江省永康市五金科技工业园金城路88号　电话：0579-8712 3366<br>\n'
      '营业执照注册号(统一社会信用代码)：%s　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备19033218号-1</a><br>\n'
      '<img src="/themes/default/images/gswj.gif" alt="浙公网安备">浙公网安备 33078402000123号</div></div>' % c1)
hd1 = ('<div id="header"><div class="logo"><a href="index.php"><img src="logo.gif" alt="精工五金"></a></div>'
       '<div class="nav"><a href="index.php">首页</a> | <a href="category.php?id=3">扳手套筒</a> | '
       '<a href="category.php?id=5">电动工具</a> | <a href="article_cat.php?id=2">行业资讯</a> | <a href="flow.php">购物车</a></div></div>')
page(M, "jinggong-home", S1 + "/", "gbk", lib.doc_http_equiv("精工五金工具 - 永康五金工具厂家直销 扳手 套筒 批发", hd1 + """
<div class="block"><h2>厂家直销 · 量大从优 · 支持OEM贴牌</h2>
<p>本厂位于中国五金之都永康，专业生产铬钒钢扳手、套筒、棘轮扳手二十余年，年产能300万件，产品出口欧美东南亚。</p>
<table class="goodslist"><tr><th>型号</th><th>规格</th><th>材质</th><th>最低起订量</th><th>批发价</th></tr>
<tr><td>JG-1208</td><td>8-19mm 12件套</td><td>Cr-V 6150</td><td>50套</td><td>询价</td></tr>
<tr><td>JG-R40</td><td>1/2&quot; 棘轮 72齿</td><td>Cr-Mo</td><td>100把</td><td>询价</td></tr></table>
<p>最高扭力 350N&middot;m（按GB/T 3390.1测试），热处理硬度HRC 48-52。</p></div>
""" + f1, "gbk"), "-",
     "trap: 最低起订量 (MOQ) and 最高扭力 in a spec table are measured parameters, not superiority claims (广告法第九条 not engaged); home shows USCC + ICP + 公网安备")
page(M, "jinggong-goods218", S1 + "/goods.php?id=218", "gbk", lib.doc_http_equiv("铬钒钢 32件套筒扳手组套 汽修 - 精工五金", hd1 + """
<div class="goods-info"><h1>JG-3200 铬钒钢32件套筒扳手组套（汽修专用）</h1>
<ul><li>市场价格：<del class="market">￥298.00元</del></li>
<li>本店售价：<font class="shop">￥168.00元</font></li>
<li>商品货号：JG3200　库存：1290</li></ul>
<p>品质行业第一，国内做得最好的套筒就在精工！汽修师傅都说好。</p>
<p>镜面抛光，6角防滑设计，防锈处理，附吹塑工具箱。</p></div>
""" + f1, "gbk"), "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE",
     "ABSOLUTE_TERM: 行业第一/国内做得最好 as claims, 广告法第九条第三项; FAKE_ORIGINAL_PRICE: 市场价298 above 129 shown 3 days earlier, 明码标价和禁止价格欺诈规定第十六条")
hist(M, "jinggong-goods218-d3", S1 + "/goods.php?id=218", 3, "gbk", lib.doc_http_equiv("铬钒钢 32件套筒扳手组套 汽修 - 精工五金", hd1 + """
<div class="goods-info"><h1>JG-3200 铬钒钢32件套筒扳手组套（汽修专用）</h1>
<ul><li>本店售价：<font class="shop">￥129.00元</font></li><li>双十二预热 限时价</li></ul></div>
""" + f1, "gbk"))
page(M, "jinggong-goods305", S1 + "/goods.php?id=305", "gbk", lib.doc_http_equiv("世达款 1/2系列套筒 - 精工五金", hd1 + """
<div class="goods-info"><h1>1/2&quot;系列 长套筒 10件装</h1>
<ul><li>本店售价：<font class="shop">￥86.00元</font></li></ul>
<p>世.达同款，1比1开模，钢印logo一模一样，拿到手分不出真假，汽修厂放心用。</p>
<p class="notice">温馨提示：工具类商品一经售出，不支持七天无理由退货，质量问题除外。</p></div>
""" + f1, "gbk"), "COUNTERFEIT_TERM,RETURN_REFUSED",
     "COUNTERFEIT_TERM: 世.达同款 1比1开模 钢印logo一模一样 = copy of a registered mark, 商标法第五十七条; RETURN_REFUSED: hand tools are not in 消费者权益保护法第二十五条 exemptions")
page(M, "jinggong-article12", S1 + "/article.php?id=12", "gbk", lib.doc_http_equiv("行业资讯：广告中不得使用驰名商标字样 - 精工五金", hd1 + """
<div class="article"><h1>行业资讯｜五金企业宣传中哪些词不能用？</h1>
<p>根据《商标法》第十四条第五款，生产、经营者不得将&ldquo;驰名商标&rdquo;字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中。</p>
<p>同样，《广告法》第九条禁止使用&ldquo;国家级&rdquo;&ldquo;最高级&rdquo;&ldquo;最佳&rdquo;等用语。本公司所有宣传资料已按要求自查整改。</p></div>
""" + f1, "gbk"), "-",
     "trap: quotes 商标法第十四条第五款 and 广告法第九条 as compliance news; no mark or superlative is claimed for goods")

# ---------------------------------------------------------------------------------------------
# S2 husi-reagent.test — 上海 试剂经销, licensed buyers only, UTF-8, Javashop-like
S2 = "http://husi-reagent.test"
c2 = co("上海沪试化学试剂有限公司", "91", "310115", "MA1FL2Q3")
f2 = ('<footer class="footer"><dl><dt>沪试化学</dt><dd>上海沪试化学试剂有限公司</dd>'
      '<dd>统一社会信用代码：<span>%s</span></dd>'
      '<dd>危险化学品经营许可证：沪(浦)应急管危经许[2024]200123</dd>'
      '<dd><a href="https://beian.miit.gov.cn">沪ICP备2021012345号-1</a> 沪公网安备 31011502001234号</dd></dl></footer>' % c2)
hd2 = '<div class="top-bar">仅面向高校、科研院所及企业单位客户 ｜ <a href="/login">单位登录</a> ｜ 客服 021-5088 6677</div>'
page(M, "husi-home", S2 + "/", "utf-8", lib.doc("沪试化学 - 化学试剂 实验耗材 单位采购平台", hd2 + """
<section class="banner"><h2>正规渠道 · 资质齐全 · 冷链配送</h2><p>代理国药、阿拉丁、麦克林等品牌试剂，现货两万余种。</p></section>
<section class="notice"><h3>采购须知</h3><ol><li>本平台只对持有营业执照的单位客户开户，个人用户无法下单。</li>
<li>易制毒、易制爆化学品须按《易制毒化学品管理条例》提交购买备案证明后人工审核发货。</li>
<li>剧毒化学品不在本平台销售。</li></ol></section>
""" + f2, "utf-8"), "-",
     "trap: a reagent dealer that sells to licensed units only and excludes 剧毒品; licence, 危化品许可 and ICP displayed — lawful under 危险化学品安全管理条例")
page(M, "husi-hcl", S2 + "/goods/10234.html", "utf-8", lib.doc("盐酸 HCl 36-38% AR 500ml - 沪试化学", hd2 + """
<div class="goods-detail"><h1>盐酸 分析纯AR 36.0-38.0% 500ml/瓶</h1>
<table class="spec"><tr><th>CAS号</th><td>7647-01-0</td></tr><tr><th>级别</th><td>AR（分析纯，GB/T 622-2006）</td></tr>
<tr><th>包装</th><td>500ml 玻璃瓶 ×20/箱</td></tr><tr><th>管制类别</th><td>第三类易制毒化学品</td></tr></table>
<p class="price-box">单位协议价：<b class="price">¥ 18.50</b> /瓶</p>
<p class="warn">本品属第三类易制毒化学品，下单前请上传《第三类非药品类易制毒化学品购买备案证明》，审核通过后由危险品专车配送，不走快递。</p></div>
""" + f2, "utf-8"), "-",
     "trap: 易制毒 reagent offered to units with 购买备案证明 and dangerous-goods transport — the lawful channel (易制毒化学品管理条例第十七条), not a banned listing")
page(M, "husi-custom", S2 + "/goods/20881.html", "utf-8", lib.doc("定制 标准溶液 按需配制 - 沪试化学", hd2 + """
<div class="goods-detail"><h1>定制标准溶液（按客户指定浓度、基体配制）</h1>
<p class="price-box">参考价：<b class="price">¥ 260.00</b> 起</p>
<p>下单时请在备注中填写元素、浓度、介质与体积，实验室配制后出具证书。</p>
<p class="warn">定制商品不适用七日无理由退货（《消费者权益保护法》第二十五条第一款第（一）项）。</p></div>
""" + f2, "utf-8"), "-",
     "trap: refusal is for 定作 goods, the statutory exemption of 消费者权益保护法第二十五条(一)")

# ---------------------------------------------------------------------------------------------
# S3 anshida-cam.test — 深圳 监控厂家, GBK, holdout
S3 = "http://anshida-cam.test"
c3 = co("深圳市安视达科技有限公司", "91", "440305", "MA5DRT4K")
f3 = ('<div class="foot"><table><tr><td>深圳市安视达科技有限公司</td><td>统一社会信用代码 %s</td></tr>'
      '<tr><td><a href="https://beian.miit.gov.cn/">粤ICP备18062233号-2</a></td><td>粤公网安备 44030502003456号</td></tr></table></div>' % c3)
hd3 = '<div class="head"><b>安视达 ASD</b> <a href="/">首页</a> <a href="/product/">产品中心</a> <a href="/case/">工程案例</a></div>'
page(H, "anshida-home", S3 + "/", "gbk", lib.doc("安视达 - 网络摄像机 NVR 监控系统 源头工厂", hd3 + """
<div class="hero"><h1>深圳最好的安防监控品牌</h1><p>十五年专注网络摄像机研发生产，画质无人能及，稳定性全国第一。</p></div>
<div class="cate"><a href="/product/4g-ball.html">4G球机</a> <a href="/product/nvr.html">NVR录像机</a></div>
""" + f3, "gbk"), "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: 深圳最好的/无人能及/全国第一 as claims, 广告法第九条第三项")
page(H, "anshida-minicam", S3 + "/product/mini-cam.html", "gbk", lib.doc("纽扣型微型摄像机 - 安视达", hd3 + """
<div class="pro"><h1>ASD-M9 纽扣型微型摄像机</h1>
<p>外观与普通衬衫纽扣无异，镜头仅1mm，无指示灯无声音，开会、谈判、取证随身录，对方完全察觉不到。</p>
<p>批发价：38元/个　100个起批　支持一件代发</p></div>
""" + f3, "gbk"), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: covert camera disguised as a button = 专用间谍器材/窃照专用器材, 刑法第二百八十三条, 反间谍法; banned from sale")
page(H, "anshida-4g", S3 + "/product/4g-ball.html", "gbk", lib.doc("4G太阳能球机 - 安视达", hd3 + """
<div class="pro"><h1>ASD-Q4 4G太阳能球机 400万</h1>
<table><tr><th>最低照度</th><td>彩色0.005Lux@F1.6</td></tr><tr><th>最大红外距离</th><td>80米</td></tr>
<tr><th>防护等级</th><td>IP66</td></tr></table>
<p>安装提示：公共区域请按规定设置&ldquo;视频监控区域&rdquo;告知标识，勿朝向他人住宅私密区域。</p></div>
""" + f3, "gbk"), "-",
     "trap: a visible, lawfully installed camera with a privacy warning (not 窃照器材); 最低照度/最大红外距离 are measured parameters, not superiority claims")

# ---------------------------------------------------------------------------------------------
# S4 yangcheng-kaisuo.test — 广州 开锁服务部 (个体), UTF-8 with BOM
S4 = "http://yangcheng-kaisuo.test"
c4 = co("广州市天河区羊城开锁服务部", "92", "440106", "MA59KX2N")
f4 = ('<div class="ft">广州市天河区羊城开锁服务部（个体工商户）&nbsp;|&nbsp;统一社会信用代码：%s<br>'
      '特种行业（开锁）公安备案编号：天公开锁备字第0217号<br>'
      '<a href="https://beian.miit.gov.cn/">粤ICP备20051234号</a>&nbsp;&nbsp;粤公网安备 44010602000789号</div>' % c4)
hd4 = '<div class="hd"><span class="logo">羊城开锁</span> 24小时服务热线 <b>020-3888 1100</b></div>'
page(M, "yangcheng-home", S4 + "/", "utf-8", lib.doc("羊城开锁 天河开锁换锁芯 公安备案 24小时上门", hd4 + """
<div class="svc"><h1>开锁 · 换锁 · 修锁 · 汽车锁</h1>
<p>公安机关备案开锁单位，师傅持证上岗。</p>
<p><strong>开锁须知：</strong>上门后须出示本人身份证，并提供房产证、租赁合同或物业证明，开锁全程登记拍照留存，信息报辖区派出所备查。无法证明房屋归属的一律不开。</p>
<p>收费标准：普通防盗门开锁 80元起，更换C级锁芯 180元起（含芯）。</p></div>
""" + f4, "utf-8"), "-",
     "trap: a registered 开锁 service that checks ID and ownership (公安部开锁业管理规定 practice) — a service, not sale of 开锁工具; C级 is the GA/T 73 grade", bom=True)
page(M, "yangcheng-xueyuan", S4 + "/xueyuan/gongju.html", "utf-8", lib.doc("学员工具包 - 羊城开锁", hd4 + """
<div class="svc"><h1>开锁培训学员配套工具包（第三代）</h1>
<p>内含：锡纸快开 6 把、单钩 1 套、拨珠器、猫眼工具、A/B/C级锁芯通用拨片。</p>
<p>不用学员证也可以买，<span>不问身份</span>，顺丰包邮，外包装无任何字样。</p>
<p>价格：<b>￥680</b>/套</p></div>
""" + f4, "utf-8"), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 技术开锁工具 (锡纸/单钩/猫眼工具) sold to anyone without identity checks — sale banned outside 公安-registered channels (治安管理处罚法 context; platform 禁售 list)", bom=True)
page(M, "yangcheng-news", S4 + "/news/3.html", "utf-8", lib.doc("提醒：网上的万能钥匙、锡纸开锁工具千万别买 - 羊城开锁", hd4 + """
<div class="art"><h1>提醒：网上的&ldquo;万能钥匙&rdquo;&ldquo;锡纸开锁工具&rdquo;千万别买</h1>
<p>近期有市民咨询能否买一套锡纸工具自己开门。本店郑重说明：我们<b>从不出售</b>任何开锁工具，开锁工具属于禁止向个人销售的物品。被锁门外请拨打我们的热线，由备案师傅上门。</p></div>
""" + f4, "utf-8"), "-",
     "trap: names 万能钥匙/锡纸开锁工具 only to warn against them and states the shop never sells them", bom=True)

# ---------------------------------------------------------------------------------------------
# S5 jinpeng-yanhua.test — 浏阳 烟花零售店 own site, GBK, dedecms-era layout
S5 = "http://jinpeng-yanhua.test"
c5 = co("浏阳市金鹏烟花爆竹贸易有限公司", "91", "430181", "MA4PBN3C")
f5 = ('<div class="footer"><p>浏阳市金鹏烟花爆竹贸易有限公司　统一社会信用代码：%s</p>'
      '<p>烟花爆竹经营（零售）许可证：(湘)YH零[2025]000321　门店：浏阳市集里街道花炮大道168号</p>'
      '<p><a href="https://beian.miit.gov.cn/">湘ICP备2022007788号-1</a>　湘公网安备 43018102000567号</p></div>' % c5)
hd5 = '<div class="top"><img src="/templets/jp/logo.png" alt="金鹏烟花"><a href="/">首页</a> <a href="/chanpin/">产品展示</a> <a href="/rongyu/">荣誉资质</a> <a href="/jiameng/">招商加盟</a></div>'
page(M, "jinpeng-home", S5 + "/", "gbk", lib.doc("金鹏烟花 浏阳烟花零售 门店自提", hd5 + """
<div class="main"><h1>浏阳花炮 · 节庆喜事 · 门店自提</h1>
<p>本店持烟花爆竹零售许可证经营，线上仅展示产品与价格，<b>不提供快递、物流寄递</b>，请到店选购或预约门店自提。</p>
<p>燃放请遵守当地禁限放规定，儿童须在成人陪同下燃放。</p></div>
""" + f5, "gbk"), "-",
     "trap: 烟花 retailer with a 零售许可证 showing goods on its own site, refusing delivery — sale stays in the licensed shop (烟花爆竹安全管理条例第十九条; 互联网危险物品信息发布管理规定第七条 allows licensed units on own site)")
page(M, "jinpeng-zuhe", S5 + "/chanpin/zuhe-100.html", "gbk", lib.doc("100发组合烟花 盛世华章 - 金鹏烟花", hd5 + """
<div class="main"><h1>盛世华章 100发组合烟花</h1>
<p>品牌：金鹏 &reg;（中国驰名商标）　规格：100发×1箱　门店价：<b>480元</b></p>
<p>出厂检验合格，包装标注 C 级，适合个人燃放。</p></div>
""" + f5, "gbk"), "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: 中国驰名商标 used in the ad, 商标法第十四条第五款")
page(M, "jinpeng-guoqing", S5 + "/chanpin/guoqing.html", "gbk", lib.doc("浏阳花炮 非遗手工 鞭炮 - 金鹏烟花", hd5 + """
<div class="main"><h1>手工大地红鞭炮（非遗技艺）</h1>
<p>浏阳花炮制作技艺于2006年列入第一批国家级非物质文化遗产名录，本品由传承工坊手工编结。</p>
<p>门店价：<b>36元</b>/挂　仅限门店自提。</p></div>
""" + f5, "gbk"), "-",
     "trap: 国家级非物质文化遗产 is a state-conferred listing stated as a dated fact (SAMR 2023 绝对化用语 guidance exempts state-awarded titles); shop-pickup only")
page(M, "jinpeng-rongyu", S5 + "/rongyu/", "gbk", lib.doc("荣誉资质 - 金鹏烟花", hd5 + """
<div class="main"><h1>荣誉资质</h1><ul>
<li>烟花爆竹经营（零售）许可证</li><li>湖南省著名商标（2012）</li>
<li>产品质量国家免检，出厂即可销售</li><li>AAA级信用企业</li></ul></div>
""" + f5, "gbk"), "FALSE_HONOUR",
     "FALSE_HONOUR: 国家免检 claimed as current — the 免检 scheme was abolished in 2008, so no product can hold it now, 广告法第二十八条")
page(M, "jinpeng-jiameng", S5 + "/jiameng/", "gbk", lib.doc("招商加盟 - 金鹏烟花", hd5 + """
<div class="main"><h1>开一家金鹏烟花专卖店</h1>
<p>投资8万元起，公司统一配货、统一办证，<b>保证一年回本</b>，春节档期净赚20万不是梦，稳赚不赔！</p>
<p>加盟热线：0731-8366 9999</p></div>
""" + f5, "gbk"), "FALSE_CLAIM",
     "FALSE_CLAIM: 保证一年回本/稳赚不赔 promise of returns in 招商 advertising, 广告法第二十五条第一项")

# ---------------------------------------------------------------------------------------------
# S6 diaoyou-yuju.test — 威海 渔具, GBK, holdout. ICP only in an HTML comment.
S6 = "http://diaoyou-yuju.test"
c6 = co("威海钓友渔具有限公司", "91", "371002", "MA3CUY5G")
f6a = ('<div class="footer">威海钓友渔具有限公司 &copy; 2016-2026<br>营业执照：<a href="/zhizhao.html">%s</a><br>'
       '<!-- 鲁ICP备17045678号-1 备案换主体中，暂不显示 -->鲁公网安备 37100202000888号</div>' % c6)
f6 = ('<div class="footer">威海钓友渔具有限公司 &copy; 2016-2026<br>'
      '<a href="https://beian.miit.gov.cn/">鲁ICP备17045678号-1</a>　鲁公网安备 37100202000888号</div>')
hd6 = '<div class="nav"><a href="/">钓友渔具</a> · <a href="/item/">路亚</a> · <a href="/item/">海钓</a> · <a href="/item/">台钓</a></div>'
page(H, "diaoyou-home", S6 + "/", "gbk", lib.doc("钓友渔具 威海路亚海钓装备 厂家直供", hd6 + """
<div class="main"><h1>钓友渔具 · 威海实体店二十年</h1><p>鱼竿、渔轮、路亚饵、钓箱钓椅，老钓友的放心店。</p></div>
""" + f6a, "gbk"), "ICP_MISSING",
     "ICP_MISSING: the ICP number is only inside an HTML comment (not displayed); 公网安备 is not an ICP filing, 互联网信息服务管理办法第十二条")
page(H, "diaoyou-lure", S6 + "/item/lure-77.html", "gbk", lib.doc("仿生软饵 T尾 7cm - 钓友渔具", hd6 + """
<div class="main"><h1>仿生软饵 T尾 7cm 5.5g（10条装）</h1>
<p>仿生鱼型，摆尾灵动；配套纺车轮建议速比 6.2:1，PE 1.0号线。</p><p>价格：19.8元</p></div>
""" + f6, "gbk"), "-",
     "trap: 仿生 (biomimetic lure) and 速比6.2:1 (gear ratio) share characters with 仿/比例 words but name no mark and no copy")
page(H, "diaoyou-dianyu", S6 + "/item/ny-3000.html", "gbk", lib.doc("大功率逆变器 渔业设备 - 钓友渔具", hd6 + """
<div class="main"><h1>NY-3000 进口大功率 12V 逆变器 背机一体</h1>
<p>超声波&nbsp;击晕范围大，河道水库一扫一片，电 鱼 神器 老司机都懂。配背包、抄网杆。</p>
<p>价格：1280元　五星好评晒图返现30元，联系客服领取。</p></div>
""" + f6, "gbk"), "PROHIBITED_GOODS,REVIEW_INDUCEMENT",
     "PROHIBITED_GOODS: 电鱼 gear (渔业法第三十条 bans electric fishing; sale of 电鱼器具 banned); REVIEW_INDUCEMENT: 好评晒图返现, 电子商务法第十七条")

# ---------------------------------------------------------------------------------------------
# S7 gongdao-sport.test — 宁波 射箭器材, UTF-8, OpenCart-like Chinese theme
S7 = "http://gongdao-sport.test"
c7 = co("宁波弓道体育用品有限公司", "91", "330212", "MA2GW8DX")
f7 = ('<footer><div class="container"><ul class="list-unstyled"><li>宁波弓道体育用品有限公司</li>'
      '<li><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1571213265486&amp;signData=MEUCIQ">'
      '<img src="/image/lz.png" alt="电子营业执照 亮照"></a></li>'
      '<li><a href="https://beian.miit.gov.cn/">浙ICP备2020031122号-1</a> · 浙公网安备 33021202001357号</li></ul></div></footer>' % c7)
hd7 = '<nav id="menu"><a href="/">弓道 Archery</a> <a href="index.php?route=product/category&amp;path=20">反曲弓</a> <a href="index.php?route=product/category&amp;path=24">箭支配件</a></nav>'
page(M, "gongdao-home", S7 + "/", "utf-8", lib.doc("弓道射箭器材 俱乐部 射箭馆 一站式采购", hd7 + """
<div id="content"><h1>射箭馆 · 俱乐部 · 学校射箭队 器材供应</h1>
<p>反曲弓、复合弓、靶纸靶架、护具。射箭是奥运项目，我们为全国300多家射箭馆提供器材。</p>
<p>弓类器材仅向已认证的俱乐部、学校及持会员证的射手销售，下单需上传资质。</p></div>
""" + f7, "utf-8"), "-",
     "trap: 竞技弓 (not 弩) sold to verified clubs; licence via zzlz electronic-licence badge whose serial begins with the company's own code, ICP shown")
page(M, "gongdao-recurve", S7 + "/index.php?route=product/product&product_id=68", "utf-8", lib.doc("奥运款 竞技反曲弓 68寸 - 弓道", hd7 + """
<div id="content"><h1>竞技反曲弓套装 68寸 28磅（奥运项目 训练款）</h1>
<ul class="list-unstyled"><li>弓把：CNC铝合金 25寸</li><li>弓片：碳纤维/木芯 28磅</li><li>用途：70米射程训练</li></ul>
<h2><span class="price-new">¥2,380.00</span></h2>
<p>仅向认证俱乐部会员销售，需上传中国射箭协会会员证或俱乐部证明。</p></div>
""" + f7, "utf-8"), "-",
     "trap: a sport recurve bow (奥运项目) with buyer verification; bows are not on the 弩/管制器具 list")
page(M, "gongdao-crossbow", S7 + "/index.php?route=product/product&product_id=91", "utf-8", lib.doc("户外狩猎 十字弓 - 弓道", hd7 + """
<div id="content"><h1>户外狩猎 折叠十字弓 175磅 配瞄准镜</h1>
<p>可射钢珠、箭头两用，百米内穿透力惊人，打猎防身神器。全网最低价，买贵包退差价。</p>
<h2><span class="price-new">¥899.00</span></h2></div>
""" + f7, "utf-8"), "ABSOLUTE_TERM,PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 十字弓 = 弩, sale banned (公安部等《关于加强弓弩管理的通知》2006, 弩 listed as 管制器具); ABSOLUTE_TERM: 全网最低价, 广告法第九条第三项")

# ---------------------------------------------------------------------------------------------
# S8 qingzhou-yuanlin.test — 青州 园林机械, GBK, holdout; malformed ICP in the footer of every page
S8 = "http://qingzhou-yuanlin.test"
c8 = co("青州市绿野园林机械有限公司", "91", "370781", "MA3FTB6H")
f8 = ('<div id="foot">版权所有：青州市绿野园林机械有限公司<br>统一社会信用代码：%s<br>'
      '备案号：<a href="https://beian.miit.gov.cn/">鲁ICP备1902号-1</a><br>地址：山东省青州市经济开发区云门山南路</div>' % c8)
hd8 = '<div id="top">绿野园林机械 | 割草机 | 绿篱机 | 微耕机 | 联系我们</div>'
page(H, "qingzhou-home", S8 + "/", "gbk", lib.doc("绿野园林机械 割草机 微耕机 生产厂家", hd8 + """
<div class="main"><h1>青州园林机械生产基地</h1><p>汽油割草机、绿篱机、微耕机、打孔机，经销商招募中。</p></div>
""" + f8, "gbk"), "ICP_INVALID",
     "ICP_INVALID: 鲁ICP备1902号 has 4 digits, not an 8-digit (or year-prefixed) filing number, 非经营性互联网信息服务备案管理办法")
page(H, "qingzhou-weeder", S8 + "/products/weeder-52.html", "gbk", lib.doc("52cc 侧挂式割草机 - 绿野", hd8 + """
<div class="main"><h1>LY-520 侧挂式二冲程割草机</h1><table border="1">
<tr><td>排量</td><td>52cc</td></tr><tr><td>最大功率</td><td>1.7kW/7500r/min</td></tr>
<tr><td>最佳工作转速</td><td>6500-7000r/min（见说明书）</td></tr><tr><td>燃油配比</td><td>汽油:二冲程机油 = 25:1</td></tr></table>
<p>批发价：420元/台（10台起）</p></div>
""" + f8, "gbk"), "ICP_INVALID",
     "ICP_INVALID from the shared footer (鲁ICP备1902号); trap for ABSOLUTE_TERM: 最大功率/最佳工作转速 are spec-sheet parameters, not claims")
page(H, "qingzhou-tiller", S8 + "/products/tiller.html", "gbk", lib.doc("微耕机 旋耕机 - 绿野", hd8 + """
<div class="main"><h1>LY-170F 柴油微耕机</h1><p>配170F风冷柴油机，可旋耕、开沟、培土。</p>
<p>出厂价：2650元　经销价另议。整机三包一年。</p></div>
""" + f8, "gbk"), "ICP_INVALID",
     "ICP_INVALID from the shared footer (鲁ICP备1902号), 非经营性互联网信息服务备案管理办法")

# ---------------------------------------------------------------------------------------------
# S9 luetian-nongzi.test — 济南 农资店, GBK
S9 = "http://luetian-nongzi.test"
c9 = co("济南绿田农资有限公司", "91", "370112", "MA3NDK8P")
f9 = ('<div class="bottom"><p>济南绿田农资有限公司　<span>统一社会信用代码：%s</span></p>'
      '<p>农药经营许可证：农药经许（鲁）37011220190123　<a href="https://beian.miit.gov.cn/">鲁ICP备19028866号</a>　鲁公网安备 37011202000456号</p></div>' % c9)
hd9 = '<div class="head">绿田农资 — 种子 · 化肥 · 农药 · 植保机械　服务电话 0531-8866 2211</div>'
page(M, "luetian-home", S9 + "/", "gbk", lib.doc("绿田农资 济南农药化肥种子 批发零售", hd9 + """
<div class="main"><h1>持证经营 · 按方售药 · 农技员指导</h1>
<p>本店持农药经营许可证，限制使用农药实行实名购买、专柜销售，不经营国家禁用农药。</p></div>
""" + f9, "gbk"), "-",
     "trap: lawful pesticide dealer stating 实名购买 and that it does not sell banned pesticides (农药管理条例第二十七条)")
page(M, "luetian-glyphosate", S9 + "/p/cgl-41.html", "gbk", lib.doc("41%草甘膦异丙胺盐水剂 - 绿田农资", hd9 + """
<div class="main"><h1>41%草甘膦异丙胺盐 水剂 5kg</h1>
<p>农药登记证号：PD20101234　生产许可证：农药生许（鲁）0123<br>防治对象：非耕地杂草，茎叶喷雾，每亩制剂用量 400-600 毫升。</p>
<p>价格：<b>88元</b>/桶</p></div>
""" + f9, "gbk"), "-",
     "trap: a registered herbicide (登记证号) sold by a licensed dealer with label dosage — lawful 农药 sale, efficacy statement is the registered use")
page(M, "luetian-paraquat", S9 + "/p/bck.html", "gbk", lib.doc("百草枯 老货 - 绿田农资", hd9 + """
<div class="main"><h1>20%百 草 枯 水剂 老配方 库存货</h1>
<p>草死根烂，一喷就黄，懂的来。全国快递发货，包装不写品名。</p>
<p>价格：<b>65元</b>/瓶　农药类商品售出概不退换，不支持七天无理由。</p></div>
""" + f9, "gbk"), "PROHIBITED_GOODS,RETURN_REFUSED",
     "PROHIBITED_GOODS: 百草枯水剂 banned in China since 2016 (农业部公告第1745号); RETURN_REFUSED: a sealed bottle of pesticide is not among 消费者权益保护法第二十五条 exemptions and no buyer confirmation is described")
page(M, "luetian-seedling", S9 + "/p/miao.html", "gbk", lib.doc("番茄嫁接苗 - 绿田农资", hd9 + """
<div class="main"><h1>番茄嫁接苗 穴盘苗 50株</h1><p>价格：<b>45元</b></p>
<p>种苗为鲜活商品，依法不适用七日无理由退货；到货死苗请 48 小时内拍照联系补发。</p></div>
""" + f9, "gbk"), "-",
     "trap: live seedlings are 鲜活易腐 goods exempted by 消费者权益保护法第二十五条(二)")

# ---------------------------------------------------------------------------------------------
# S10 suan-laobao.test — 昆山 劳保用品, UTF-8. Home shows no licence at all.
S10 = "http://suan-laobao.test"
co("昆山苏安劳保用品有限公司", "91", "320583", "MA1XRW2E")
f10 = ('<footer class="site-footer"><p>苏安劳保 &copy; 2026 <a href="https://beian.miit.gov.cn/">苏ICP备2021044556号-1</a> '
       '苏公网安备 32058302001188号</p><p><img src="/img/kexin.png" alt="可信网站 身份验证"> <img src="/img/chengxin.png" alt="诚信网站"></p></footer>')
hd10 = '<header><b>苏安劳保</b> 防护口罩 | 劳保鞋 | 工作服 | 手套</header>'
page(M, "suan-home", S10 + "/", "utf-8", lib.doc("苏安劳保 劳保用品 批发 昆山", hd10 + """
<main><h1>劳保用品一站式采购</h1><p>工厂、工地、物业集采，月结账期，开13%专票。</p></main>
""" + f10, "utf-8"), "LICENSE_MISSING",
     "LICENSE_MISSING: home shows ICP and trust seals (可信网站/诚信网站 are not 亮照) but no 统一社会信用代码, licence image or link, 电子商务法第十五条")
page(M, "suan-kn95", S10 + "/goods/kn95.html", "utf-8", lib.doc("KN95 防护口罩 - 苏安劳保", hd10 + """
<main><h1>KN95 折叠式防颗粒物口罩 50只/盒</h1>
<p>执行标准：GB 2626-2019 KN95，过滤效率≥95%（NaCl 颗粒）；LA 特种劳动防护用品安全标志证书编号见包装。</p>
<p class="price">¥ 45.00 / 盒</p><p>注意：本品不能防护有毒气体与蒸汽，缺氧环境禁止使用。</p></main>
""" + f10, "utf-8"), "-",
     "trap: 过滤效率≥95% is the GB 2626 class definition of KN95, a standard grade, not an efficacy/medical claim")
page(M, "suan-fushe", S10 + "/goods/fushe.html", "utf-8", lib.doc("防辐射工作服 - 苏安劳保", hd10 + """
<main><h1>银纤维防辐射服 电工/孕妇通用</h1>
<p>阻隔99.9%电磁波，有效预防胎儿畸形、白血病，长期穿着可改善失眠头痛。</p>
<p class="price">¥ 168.00</p></main>
""" + f10, "utf-8"), "FALSE_CLAIM",
     "FALSE_CLAIM: disease-prevention and treatment claims (胎儿畸形、白血病、失眠) for clothing, 广告法第十七条 and 第二十八条")

# ---------------------------------------------------------------------------------------------
# S11 zhizao-tong.test — B2B portal (中国制造网/慧聪-like), UTF-8. Supplier and offer pages are not home pages.
S11 = "http://zhizao-tong.test"
c11 = co("南京制造通网络科技有限公司", "91", "320105", "MA1MTQ9A")
f11 = ('<div class="footer"><p>南京制造通网络科技有限公司 统一社会信用代码 %s ｜ 增值电信业务经营许可证：苏B2-20180123 ｜ '
       '<a href="https://beian.miit.gov.cn/">苏ICP备18012345号-3</a> ｜ 苏公网安备 32010502010203号</p>'
       '<p>本站仅提供信息发布服务，交易请核实供应商资质。</p></div>' % c11)
hd11 = '<div class="hc-top"><b>制造通 B2B</b> 采购商 | 供应商 | <a href="/buy/">发布询价</a> | <a href="/sell/">产品库</a></div>'
page(M, "zzt-home", S11 + "/", "utf-8", lib.doc("制造通 - 工业品B2B采购平台 五金 劳保 化工", hd11 + """
<div class="hc-main"><h1>工业品 B2B 采购</h1><ul><li>五金工具 12万条供应信息</li><li>劳保用品 3.2万条</li><li>化工原料（危化品须持证）</li></ul>
<p>今日新增询价 1,203 条　认证供应商 8,640 家</p></div>
""" + f11, "utf-8"), "-",
     "clean portal home: USCC, B2-licence and ICP displayed")
c11a = co("安平县恒达丝网制品有限公司", "91", "131125", "MA0CKJ4T")
page(M, "zzt-anping", S11 + "/supplier/hdsw/", "utf-8", lib.doc("安平县恒达丝网制品有限公司 - 制造通", hd11 + """
<div class="company"><h1>安平县恒达丝网制品有限公司</h1>
<dl class="info"><dt>经营模式</dt><dd>生产厂家</dd><dt>统一社会信用代码</dt><dd>%s</dd><dt>主营</dt><dd>护栏网、勾花网、电焊网</dd></dl>
<p>&ldquo;恒达&rdquo;牌丝网荣获中国驰名商标，产品远销中东。欢迎来厂考察，样品免费。</p></div>
""" % c11a + f11, "utf-8"), "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: 荣获中国驰名商标 in a supplier ad, 商标法第十四条第五款")
c11b_ok = lib.regno("33070200123456")
REG.append((c11b_ok, "金华市安固锁芯厂", "存续"))
c11b = lib.regno_bad(c11b_ok)
page(M, "zzt-lockcore", S11 + "/supplier/angusx/", "utf-8", lib.doc("金华市安固锁芯厂 - 制造通", hd11 + """
<div class="company"><h1>金华市安固锁芯厂</h1>
<dl class="info"><dt>营业执照注册号</dt><dd>%s</dd><dt>主营</dt><dd>防盗门锁芯</dd></dl>
<table class="param"><tr><th>产品</th><th>防技术开启等级</th><th>标准</th></tr>
<tr><td>AG-C70 叶片锁芯</td><td>C级</td><td>GA/T 73-2015</td></tr><tr><td>AG-B60</td><td>B级</td><td>GA/T 73-2015</td></tr></table></div>
""" % c11b + f11, "utf-8"), "LICENSE_INVALID",
     "LICENSE_INVALID: the displayed 15-digit 注册号 fails its ISO 7064 MOD 11,10 check digit; trap: C级/B级 are GA/T 73 grades, not 绝对化用语")
page(M, "zzt-offer5566", S11 + "/sell/5566.html", "utf-8", lib.doc("万用表 F17B+ 原单 - 制造通产品库", hd11 + """
<div class="offer"><h1>F17B+ 数字万用表 福禄克款 原单尾货</h1>
<table class="param"><tr><th>起订</th><td>10台</td></tr><tr><th>价格</th><td>¥95/台（询价）</td></tr></table>
<p>工厂原单，和专柜版一样带 FLUKE 丝印，不是市面上的低端仿货，超Ａ品质，量大价优。</p></div>
""" + f11, "utf-8"), "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: 原单尾货 / 带 FLUKE 丝印 / 超Ａ (full-width A) — goods bearing another's mark, 商标法第五十七条")
page(M, "zzt-offer7788", S11 + "/sell/7788.html", "utf-8", lib.doc("浸胶劳保手套 - 制造通产品库", hd11 + """
<div class="offer"><h1>丁腈浸胶 劳保手套 耐油耐磨 12双/打</h1>
<p>荣誉：国家免检产品、消费者信得过产品。</p><p>¥ 38/打　100打起批</p></div>
""" + f11, "utf-8"), "FALSE_HONOUR",
     "FALSE_HONOUR: 国家免检产品 — scheme abolished 2008, cannot be true now; 广告法第二十八条")
c11c = co("东莞市恒固紧固件有限公司", "91", "441900", "MA4UQ1EN")
page(M, "zzt-henggu", S11 + "/supplier/henggu/", "utf-8", lib.doc("东莞恒固五金制品厂 - 制造通", hd11 + """
<div class="company"><h1>东莞市恒固五金制品厂</h1>
<dl class="info"><dt>统一社会信用代码</dt><dd>%s</dd><dt>主营</dt><dd>螺丝、螺母、非标紧固件</dd>
<dt>资质</dt><dd>高新技术企业（证书编号 GR20214400123）</dd></dl></div>
""" % c11c + f11, "utf-8"), "FALSE_HONOUR,LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the code is registered to 东莞市恒固紧固件有限公司, page names 东莞市恒固五金制品厂; FALSE_HONOUR: 高新技术企业 certificate numbers are GR + 12 digits, GR20214400123 has 11")
page(M, "zzt-insole", S11 + "/sell/9012.html", "utf-8", lib.doc("能量鞋垫 劳保 - 制造通产品库", hd11 + """
<div class="offer"><h1>量子能量 磁石鞋垫 工地劳保款</h1>
<p>脚底穴位磁疗，根治脚气、静脉曲张，降三高，工人站一天不累。</p><p>¥ 6.5/双　500双起</p></div>
""" + f11, "utf-8"), "FALSE_CLAIM",
     "FALSE_CLAIM: 根治脚气/静脉曲张/降三高 — disease claims for a non-drug insole, 广告法第十七条")

# ---------------------------------------------------------------------------------------------
# S12 henggu-factory.test — 东莞 紧固件工厂官网 with 荣誉资质 page, GBK
S12 = "http://henggu-factory.test"
f12 = ('<div class="foot"><span>东莞市恒固紧固件有限公司</span> <span>统一社会信用代码：%s</span> '
       '<span><a href="https://beian.miit.gov.cn/">粤ICP备2021098765号-1</a></span> <span>粤公网安备 44190002004567号</span></div>' % c11c)
hd12 = '<div class="menu"><a href="/">网站首页</a><a href="/about.html">关于恒固</a><a href="/honor.html">荣誉资质</a><a href="/product/">产品中心</a></div>'
page(M, "henggu-home", S12 + "/", "gbk", lib.doc("东莞市恒固紧固件有限公司 - 非标紧固件 螺丝 螺母 定制", hd12 + """
<div class="banner"><h1>专注非标紧固件二十年</h1><p>来图来样定制，冷镦、搓牙、热处理、电镀一站完成，日产能800万件。</p>
<p>做更好的紧固件，是我们不变的追求。</p></div>
""" + f12, "gbk"), "-",
     "trap: 做更好的紧固件 is a comparative aim/slogan, not a superlative claim (2023 guidance exempts business goals)")
page(M, "henggu-honor", S12 + "/honor.html", "gbk", lib.doc("荣誉资质 - 东莞恒固", hd12 + """
<div class="honor"><h1>荣誉资质</h1><ul>
<li><img src="/uploads/gx.jpg" alt="高新技术企业证书"> 高新技术企业证书 编号：GR202144001234（2021-12）</li>
<li><img src="/uploads/iso.jpg" alt="ISO 9001"> ISO 9001:2015 质量管理体系认证</li>
<li><img src="/uploads/iatf.jpg" alt="IATF 16949"> IATF 16949:2016 汽车行业质量管理体系</li>
<li>广东省专精特新中小企业（2023年度）</li></ul></div>
""" + f12, "gbk"), "-",
     "trap: (FALSE_HONOUR)  well-formed 高新技术企业 number (GR + 12 digits) and real, current schemes; nothing abolished or malformed")

# ---------------------------------------------------------------------------------------------
# S13 taipin-wujin.test — 台资 五金 in 厦门, traditional script, Big5, holdout
S13 = "http://taipin-wujin.test"
c13 = co("厦门台品五金有限公司", "91", "350206", "MA31PNC7")
c13bad = lib.uscc_bad(c13)
f13h = ('<div class="footer">廈門台品五金有限公司　統一社會信用代碼：%s<br>'
        '<a href="https://beian.miit.gov.cn/">閩ICP備2020011223號-1</a>　閩公網安備 35020602000211號</div>' % c13bad)
f13 = ('<div class="footer">廈門台品五金有限公司　<a href="https://beian.miit.gov.cn/">閩ICP備2020011223號-1</a></div>')
hd13 = '<div class="nav">台品五金 ｜ 園藝剪刀 ｜ 手鋸 ｜ 大陸地區包郵（順豐）</div>'
page(H, "taipin-home", S13 + "/", "big5", lib.doc("台品五金 台灣工藝 園藝剪 手鋸 大陸直營", hd13 + """
<div class="main"><h1>台灣師傅工藝 · 廈門倉直發</h1><p>專營園藝剪、修枝剪、日式手鋸，支援人民幣付款，大陸地區全境包郵。</p></div>
""" + f13h, "big5", lang="zh-TW"), "LICENSE_INVALID",
     "LICENSE_INVALID: the 統一社會信用代碼 shown fails its GB 32100 check character, 電子商務法第十五條 (false display)")
page(H, "taipin-scissor", S13 + "/products/scissor.html", "big5", lib.doc("SK5 修枝剪 - 台品五金", hd13 + """
<div class="main"><h1>SK5 高碳鋼 修枝剪 8吋</h1>
<p>台品牌為<b>馳名商標</b>，三十年老品牌，刀口鋒利持久。</p><p>售價：人民幣 128 元</p></div>
""" + f13, "big5", lang="zh-TW"), "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: 馳名商標 (traditional form) used in advertising, 商標法第十四條第五款")
page(H, "taipin-saw", S13 + "/products/saw.html", "big5", lib.doc("日式折疊鋸 - 台品五金", hd13 + """
<div class="main"><h1>折疊手鋸 240mm 三面研磨齒</h1>
<p>本店所售均為自有品牌正品，絕不販售高仿、A貨，假一賠十。</p><p>售價：人民幣 69 元</p></div>
""" + f13, "big5", lang="zh-TW"), "-",
     "trap: 高仿/A貨 appear only in a negation (絕不販售) about own-brand goods")

# ---------------------------------------------------------------------------------------------
# S14 taiyu-huwai.test — 台资 渔具户外 in 福州, Big5, holdout
S14 = "http://taiyu-huwai.test"
c14 = co("福州台渔户外用品有限公司", "91", "350104", "MA32UDH9")
f14 = ('<table class="ft"><tr><td>福州台漁戶外用品有限公司</td><td>統一社會信用代碼 %s</td></tr>'
       '<tr><td><a href="https://beian.miit.gov.cn/">閩ICP備2019033445號</a></td><td>閩公網安備 35010402000678號</td></tr></table>' % c14)
hd14 = '<div class="nav">台漁戶外 ｜ 捲線器 ｜ 帳篷 ｜ 露營燈</div>'
page(H, "taiyu-home", S14 + "/", "big5", lib.doc("台漁戶外 釣具 露營 大陸官方商城", hd14 + """
<div class="main"><h1>台灣釣具 · 露營裝備</h1><p>福州保稅倉發貨，大陸地區支持支付寶、微信支付。</p></div>
""" + f14, "big5", lang="zh-TW"), "-",
     "clean home: valid 統一社會信用代碼 and ICP displayed in traditional script")
page(H, "taiyu-reel", S14 + "/item/reel-4000.html", "big5", lib.doc("紡車輪 4000型 - 台漁戶外", hd14 + """
<div class="main"><h1>禧瑪諾 款 紡車輪 4000型 復刻版</h1>
<p>原廠模具 1:1 復刻，Logo 鋼印齊全，手感與專櫃款一致，價格只要三分之一。</p><p>售價：人民幣 239 元</p></div>
""" + f14, "big5", lang="zh-TW"), "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: 復刻版 / 1:1 復刻 of a named brand with its logo, 商標法第五十七條")
page(H, "taiyu-tent", S14 + "/item/tent-3p.html", "big5", lib.doc("三人帳篷 - 台漁戶外", hd14 + """
<div class="main"><h1>三人速開帳篷 防雨 2000mm</h1>
<p>榮獲國家免檢產品稱號，品質信得過。</p><p>售價：人民幣 359 元</p></div>
""" + f14, "big5", lang="zh-TW"), "FALSE_HONOUR",
     "FALSE_HONOUR: 國家免檢產品 claimed now — scheme abolished 2008, 廣告法第二十八條")

# ---------------------------------------------------------------------------------------------
# S15 jiangcheng-huagong.test — 武汉 化工原料, GBK. Licence on home only; company revoked in the registry.
S15 = "http://jiangcheng-huagong.test"
c15 = co("武汉江城化工贸易有限公司", "91", "420106", "MA4KHQ2R", status="吊销")
f15h = ('<div class="foot">武汉江城化工贸易有限公司　统一社会信用代码：%s<br>'
        '<a href="https://beian.miit.gov.cn/">鄂ICP备2018014455号-1</a>　鄂公网安备 42010602000314号</div>' % c15)
f15 = '<div class="foot">武汉江城化工贸易有限公司　<a href="https://beian.miit.gov.cn/">鄂ICP备2018014455号-1</a></div>'
hd15 = '<div class="top">江城化工 ｜ 无机化工 ｜ 有机溶剂 ｜ 水处理 ｜ 热线 027-8765 4321</div>'
page(M, "jiangcheng-home", S15 + "/", "gbk", lib.doc("江城化工 武汉化工原料批发 烧碱 纯碱 双氧水", hd15 + """
<div class="main"><h1>化工原料 现货批发</h1><p>烧碱、纯碱、双氧水、聚合氯化铝，25kg/袋，武汉三镇当天送达。</p></div>
""" + f15h, "gbk"), "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the displayed code is in the registry with status 吊销 (licence revoked), 电子商务法第十五条")
page(M, "jiangcheng-nacn", S15 + "/cp/qhn.html", "gbk", lib.doc("氰化钠 98% - 江城化工", hd15 + """
<div class="main"><h1>氰化钠（山 奈 钠）98% 固体 50kg/桶</h1>
<p>电镀、选矿用，个人也可购买，无需提供购买许可证，物流发货包装做普货处理。</p><p>价格：电询</p></div>
""" + f15, "gbk"), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 剧毒化学品 氰化钠 offered to anyone without 剧毒化学品购买许可证, shipped as ordinary goods (危险化学品安全管理条例第三十八条; 互联网危险物品信息发布管理规定)")
page(M, "jiangcheng-naoh", S15 + "/cp/naoh.html", "gbk", lib.doc("片碱 氢氧化钠 99% - 江城化工", hd15 + """
<div class="main"><h1>片碱（氢氧化钠）99% 25kg/袋</h1>
<p>执行标准 GB/T 209-2018 工业用氢氧化钠，等级：优等品（IS-HS I）。</p><p>价格：<b>3650元/吨</b>　单位客户凭营业执照开票。</p></div>
""" + f15, "gbk"), "-",
     "trap: 优等品 is the grade of GB/T 209 (standard grade, exempt under the 2023 guidance); caustic soda is ordinary industrial chemical")

# ---------------------------------------------------------------------------------------------
# S16 shuyan-lab.test — 成都 实验室耗材, GB18030 with characters outside GBK (new element names)
S16 = "http://shuyan-lab.test"
c16 = co("成都蜀研实验室设备有限公司", "91", "510107", "MA6CB7LU")
f16 = ('<div class="ft"><p>成都蜀研实验室设备有限公司 ｜ 统一社会信用代码 %s</p>'
       '<p><a href="https://beian.miit.gov.cn/">蜀ICP备2022012345号-2</a> ｜ 川公网安备 51010702002468号</p></div>' % c16)
hd16 = '<div class="top">蜀研实验 ｜ 移液器 ｜ 玻璃器皿 ｜ 教学挂图 ｜ 元素𫟼鿫鿬鿭 新版</div>'
page(M, "shuyan-home", S16 + "/", "gb18030", lib.doc("蜀研实验室设备 移液器 离心机 教学挂图", hd16 + """
<div class="main"><h1>高校实验室耗材供应</h1><p>2024版《元素周期表》挂图已更新&nbsp;第110、113、117、118号元素&nbsp;𫟼（dá）、鿭（nǐ）、鿬（tián）、鿫（ào）。</p></div>
""" + f16, "gb18030"), "-",
     "trap: (ICP_INVALID)  蜀 is a real variant abbreviation of 川 (matches 川公网安备 and division 510107); GB18030 text with 𫟼鿭鿬鿫 outside GBK")
page(M, "shuyan-chart", S16 + "/goods/zqb-2024.html", "gb18030", lib.doc("元素周期表挂图 2024版 - 蜀研", hd16 + """
<div class="main"><h1>元素周期表挂图 2024 新版（含 𫟼 鿭 镆 鿬 鿫）</h1>
<p>日常价：<s>￥58.00</s>　现价：<b>￥39.00</b></p><p>尺寸 150×100cm，覆膜防水。</p></div>
""" + f16, "gb18030"), "-",
     "trap: (FAKE_ORIGINAL_PRICE)  captures 2 and 5 days earlier show ￥58 (lowest in 7 days = 58, not above); the ￥35 capture is 12 days old, outside the 7-day window")
hist(M, "shuyan-chart-d2", S16 + "/goods/zqb-2024.html", 2, "gb18030", lib.doc("元素周期表挂图 2024版 - 蜀研", hd16 + """
<div class="main"><h1>元素周期表挂图 2024 新版（含 𫟼 鿭 镆 鿬 鿫）</h1><p>价格：<b>￥58.00</b></p></div>""" + f16, "gb18030"))
hist(M, "shuyan-chart-d5", S16 + "/goods/zqb-2024.html", 5, "gb18030", lib.doc("元素周期表挂图 2024版 - 蜀研", hd16 + """
<div class="main"><h1>元素周期表挂图 2024 新版（含 𫟼 鿭 镆 鿬 鿫）</h1><p>价格：<b>￥58.00</b></p></div>""" + f16, "gb18030"))
hist(M, "shuyan-chart-d12", S16 + "/goods/zqb-2024.html", 12, "gb18030", lib.doc("元素周期表挂图 2024版 - 蜀研", hd16 + """
<div class="main"><h1>元素周期表挂图 2024 新版（含 𫟼 鿭 镆 鿬 鿫）</h1><p>开学季特价：<b>￥35.00</b></p></div>""" + f16, "gb18030"))
page(M, "shuyan-pipette", S16 + "/goods/pipette.html", "gb18030", lib.doc("手动单道移液器 - 蜀研", hd16 + """
<div class="main"><h1>SY-P 手动单道可调移液器 10-100μL</h1>
<p>国产精度最高、性能最稳定的移液器，没有之一！</p><p>价格：<b>￥420.00</b>　附校准证书，配件含 𫟼 系列 标签贴一份。</p></div>
""" + f16, "gb18030"), "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: 精度最高/性能最稳定/没有之一 as claims, 广告法第九条第三项")

# ---------------------------------------------------------------------------------------------
# S17 yejing-huwai.test — 合肥 户外用品, GB18030, holdout
S17 = "http://yejing-huwai.test"
c17 = co("合肥野径户外用品有限公司", "91", "340104", "MA2TJE6F")
f17 = ('<div class="foot">合肥野径户外用品有限公司 · 统一社会信用代码 %s · '
       '<a href="https://beian.miit.gov.cn/">皖ICP备2023008877号-1</a> · 皖公网安备 34010402001122号</div>' % c17)
hd17 = '<div class="top">野径户外 × 𠮷野工坊 联名 ｜ 帐篷 ｜ 炉具 ｜ 刀具工具</div>'
page(H, "yejing-home", S17 + "/", "gb18030", lib.doc("野径户外 露营 徒步 装备店", hd17 + """
<div class="main"><h1>露营季上新</h1><p>与日本𠮷野工坊联名的铝合金炉架到货；徒步杖、头灯、净水器现货。</p>
<p>本店刀具均为非管制折刀与厨刀，按《管制刀具认定标准》自查。</p></div>
""" + f17, "gb18030"), "-",
     "trap: mentions 管制刀具 only as self-check; 𠮷 (U+20BB7) outside GBK; licence and ICP displayed")
page(H, "yejing-knife", S17 + "/p/sanleng.html", "gb18030", lib.doc("户外防身 三棱刀 - 野径户外", hd17 + """
<div class="main"><h1>三棱刮刀 军刺 开刃款 32cm 𠮷野钢</h1>
<p>血槽设计，户外防身利器，可过安检的刀套另售。</p><p>价格：￥268</p></div>
""" + f17, "gb18030"), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 三棱刮刀/军刺 are 管制刀具 (公安部《管制刀具认定标准》), banned from sale")

page(H, "yejing-jacket", S17 + "/p/yk-jacket.html", "gb18030", lib.doc("硬壳冲锋衣 鸟款 - 野径户外", hd17 + """
<div class="main"><h1>鸟家 Beta 款 硬壳冲锋衣 GTX 面料</h1>
<p>纯&middot;原版本，对版做工，领标、反光小鸟 logo 全部到位，莆田&nbsp;老厂出货。</p><p>价格：￥799（正品专柜价五千多）</p></div>
""" + f17, "gb18030"), "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: 纯·原版本 / 对版 / 莆田 with the brand's logo, priced far below 专柜 — goods copying a registered mark, 商标法第五十七条")

# ---------------------------------------------------------------------------------------------
# S18 yufeng-nongji.test — 郑州 农机配件, UTF-8 with BOM, holdout. Only 公网安备, no ICP.
S18 = "http://yufeng-nongji.test"
c18 = co("郑州豫丰农机配件有限公司", "91", "410105", "MA45HCR1")
f18 = ('<div class="footer"><p>郑州豫丰农机配件有限公司　统一社会信用代码：%s</p>'
       '<p>豫公网安备 41010502000123号　ICP备案申请中</p></div>' % c18)
hd18 = '<div class="top">豫丰农机配件 ｜ 拖拉机配件 ｜ 收割机配件 ｜ 查物流</div>'
page(H, "yufeng-home", S18 + "/", "utf-8", lib.doc("豫丰农机配件 拖拉机 收割机 配件批发", hd18 + """
<div class="main"><h1>东方红、雷沃、约翰迪尔 通用配件</h1><p>齿轮、轴承、滤芯、割刀，郑州仓当日发货。</p></div>
""" + f18, "utf-8"), "ICP_MISSING",
     "ICP_MISSING: only a 公网安备 number and 'ICP备案申请中' — no filing number, 互联网信息服务管理办法第十二条", bom=True)
page(H, "yufeng-gear", S18 + "/parts/gear.html", "utf-8", lib.doc("变速箱齿轮 - 豫丰农机配件", hd18 + """
<div class="main"><h1>904拖拉机 变速箱二轴齿轮</h1><p>价格：<b>¥186</b></p>
<p>售后：退换货请填写原单号（下单时的订单号）并附照片；发货后可凭原单据在&ldquo;查物流&rdquo;查询。</p></div>
""" + f18, "utf-8"), "-",
     "trap: (COUNTERFEIT_TERM)  原单号/原单据 mean the original order number, not 原单 goods (ICP duty is home-only)", bom=True)
page(H, "yufeng-tractor", S18 + "/parts/cab.html", "utf-8", lib.doc("拖拉机驾驶室总成 - 豫丰农机配件", hd18 + """
<div class="main"><h1>1204拖拉机 驾驶室总成（带空调）</h1>
<p>市场价：<del>¥3,680</del>　活动价：<b>¥3,280</b>　限时7天</p></div>
""" + f18, "utf-8"), "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 市场价3680 above ¥2,980 shown 1.5 days earlier, 明码标价和禁止价格欺诈规定第十六条", bom=True)
hist(H, "yufeng-tractor-d1.5", S18 + "/parts/cab.html", 1.5, "utf-8", lib.doc("拖拉机驾驶室总成 - 豫丰农机配件", hd18 + """
<div class="main"><h1>1204拖拉机 驾驶室总成（带空调）</h1><p>价格：<b>¥2,980</b></p></div>""" + f18, "utf-8"))
hist(H, "yufeng-tractor-d4", S18 + "/parts/cab.html", 4, "utf-8", lib.doc("拖拉机驾驶室总成 - 豫丰农机配件", hd18 + """
<div class="main"><h1>1204拖拉机 驾驶室总成（带空调）</h1><p>价格：<b>¥3,050</b></p></div>""" + f18, "utf-8"))

# ---------------------------------------------------------------------------------------------
# S19 binhai-laobao.test — 天津 劳保, GBK with NO charset meta. Licence only in a hidden block.
S19 = "http://binhai-laobao.test"
c19 = co("天津滨海安护劳保用品有限公司", "91", "120116", "MA07XF3W")
f19 = ('<div class="footer"><p>天津滨海安护劳保用品有限公司 版权所有</p>'
       '<div class="lic" style="display:none">统一社会信用代码：%s</div>'
       '<p><a href="https://beian.miit.gov.cn/">津ICP备2020004321号-1</a>　津公网安备 12011602000876号</p></div>' % c19)
hd19 = '<div class="top">滨海安护 ｜ 安全鞋 ｜ 安全帽 ｜ 防护服</div>'
page(M, "binhai-home", S19 + "/", "gbk", lib.doc("滨海安护劳保 天津安全鞋 安全帽 批发", hd19 + """
<div class="main"><h1>港口、石化、建筑工地劳保集采</h1><p>安全鞋、安全帽、反光衣，支持企业定制LOGO。</p></div>
""" + f19, None), "LICENSE_MISSING",
     "LICENSE_MISSING: the 统一社会信用代码 sits in a display:none block, so nothing is displayed, 电子商务法第十五条. No <meta charset> (GBK bytes)")
page(M, "binhai-shoe", S19 + "/anquanxie/s3.html", "gbk", lib.doc("S3 钢包头安全鞋 - 滨海安护", hd19 + """
<div class="main"><h1>钢包头 防砸防刺穿 安全鞋（GB 21148-2020）</h1>
<p>保护包头抗冲击 200J，防刺穿 1100N。价格：<b>129元</b></p>
<p>本店不搞好评返现，也不会要求您改评价，请根据真实体验评价。</p></div>
""" + f19, None), "-",
     "trap: 好评返现 appears only as a refusal; GB 21148 values are standard tests. No <meta charset> (GBK bytes)")

# ---------------------------------------------------------------------------------------------
# S20 xiqing-jieqing.test — 义乌 节庆用品, GBK bytes labelled gb2312 (wrong: contains 囍, 堃 outside GB2312)
S20 = "http://xiqing-jieqing.test"
c20 = co("义乌市囍庆节庆用品有限公司", "91", "330782", "MA2EYP5L")
f20 = ('<div class="footer">义乌市囍庆节庆用品有限公司<br>统一社会信用代码：%s<br>'
       '<a href="https://beian.miit.gov.cn/">浙ICP备2021055667号-1</a><br>浙公网安备 33078202002233号</div>' % c20)
hd20 = '<div class="top">囍庆节庆 ｜ 灯笼 ｜ 对联福字 ｜ 婚庆用品 ｜ 电子鞭炮　店长：王堃</div>'
page(M, "xiqing-home", S20 + "/", "gbk", lib.doc_http_equiv("囍庆节庆用品 义乌 灯笼 电子鞭炮 婚庆", hd20 + """
<div class="main"><h1>电子鞭炮 · 无火药 · 城区禁放也能用</h1>
<p>LED 电子鞭炮，模拟声光，不含任何火药，不属于烟花爆竹，快递可发。</p></div>
""" + f20, "gb2312"), "-",
     "trap: (PROHIBITED_GOODS)  电子鞭炮 contains no powder and is not 烟花爆竹. Meta says gb2312 but bytes are GBK (囍, 堃 are outside GB2312)")
page(M, "xiqing-denglong", S20 + "/goods/dl-80.html", "gbk", lib.doc_http_equiv("大红灯笼 80cm - 囍庆节庆", hd20 + """
<div class="main"><h1>加厚植绒大红灯笼 80cm 一对</h1>
<p>义乌货源，全网性价比之王，质量顶呱呱。价格：<b>58元</b>/对</p>
<p>收货后<span>晒</span><span>图</span>+五星评价，截图发客服领 3 元红包！</p></div>
""" + f20, "gb2312"), "ABSOLUTE_TERM,REVIEW_INDUCEMENT",
     "ABSOLUTE_TERM: 全网性价比之王 is a 最高级 claim, 广告法第九条第三项; REVIEW_INDUCEMENT: 晒图+五星评价 for a 3-yuan red packet (text split across spans), 电子商务法第十七条. Meta says gb2312 but bytes are GBK")
page(M, "xiqing-xianv", S20 + "/goods/xnb.html", "gbk", lib.doc_http_equiv("仙女棒 手持烟花 - 囍庆节庆", hd20 + """
<div class="main"><h1>网红仙女棒 手持冷烟花 30cm 100支</h1>
<p>真火药款，燃放时间长，拍照超美；顺丰/中通包邮，全国可发。价格：<b>25元</b></p></div>
""" + f20, "gb2312"), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: real-powder 手持烟花 sold by courier — 烟花爆竹 may not be mailed (邮政法/禁寄物品目录; 烟花爆竹安全管理条例) and the shop shows no 零售许可证. Meta says gb2312 but bytes are GBK")

# ---------------------------------------------------------------------------------------------
# S21 angu-suoye.test — 温州 锁具工厂, GBK
S21 = "http://angu-suoye.test"
c21 = co("温州安固锁业有限公司", "91", "330302", "MA2HQA7T")
f21 = ('<div class="ft"><ul><li>温州安固锁业有限公司</li><li>统一社会信用代码：%s</li>'
       '<li><a href="https://beian.miit.gov.cn/">浙ICP备2018026677号-2</a></li><li>浙公网安备 33030202000999号</li></ul></div>' % c21)
hd21 = '<div class="top">安固锁业 ｜ 锁芯 ｜ 智能锁 ｜ 酒店锁系统</div>'
page(M, "angu-home", S21 + "/", "gbk", lib.doc("安固锁业 温州锁芯 智能锁 酒店门锁 工厂", hd21 + """
<div class="main"><h1>温州锁芯工厂 · OEM/ODM</h1><p>按 GA/T 73-2015 生产 A、B、C 级机械防盗锁芯，支持同花锁芯定制。</p></div>
""" + f21, "gbk"), "-",
     "trap: A/B/C级 are GA/T 73 grades; 同花 (keyed-alike) cylinders are a normal product")
page(M, "angu-lockcore", S21 + "/p/c-pro.html", "gbk", lib.doc("超C级锁芯 - 安固锁业", hd21 + """
<div class="main"><h1>AG-PRO 超C级 叶片锁芯</h1><p>全国最安全的锁芯，防技术开启能力遥遥领先，小偷的噩梦。</p>
<p>出厂价：<b>96元</b></p></div>
""" + f21, "gbk"), "ABSOLUTE_TERM",
     "ABSOLUTE_TERM: 全国最安全 / 遥遥领先 as claims, 广告法第九条第三项 (超C级 itself is marketing but not what is labelled)")
page(M, "angu-master", S21 + "/p/hotel-master.html", "gbk", lib.doc("酒店门锁 总控钥匙系统 - 安固锁业", hd21 + """
<div class="main"><h1>酒店门锁 分级总控钥匙系统（Master Key）</h1>
<p>客房卡只开本房间，楼层卡开本层，总卡（俗称&ldquo;万能卡&rdquo;）开全部客房，由酒店前台授权发卡，全部开门记录可查。</p>
<p>报价：按房间数量询价</p></div>
""" + f21, "gbk"), "-",
     "trap: a hotel master-key system (酒店 总卡/万能卡) is a lawful lock product sold to hotels, not a 开锁工具")

# ---------------------------------------------------------------------------------------------
# S22 haidiao-yuju.test — 大连 海钓, UTF-8 with BOM but meta says gbk (wrong); malformed ICP in every footer
S22 = "http://haidiao-yuju.test"
c22 = co("大连海钓渔具有限公司", "91", "210211", "MA0UNK4B")
f22 = ('<div class="footer">大连海钓渔具有限公司　统一社会信用代码：%s<br>'
       '<a href="https://beian.miit.gov.cn/">辽ICP备2O21O12345号</a>　辽公网安备 21021102000654号</div>' % c22)
hd22 = '<div class="top">海钓渔具 ｜ 船钓竿 ｜ 活饵 ｜ 钓组</div>'
page(M, "haidiao-home", S22 + "/", "utf-8", lib.doc("海钓渔具 大连船钓 活饵 钓组", hd22 + """
<div class="main"><h1>大连船钓 · 矶钓 · 活饵当日达</h1><p>沙蚕、海蛎子、活虾每日到货。</p></div>
""" + f22, "gbk"), "ICP_INVALID",
     "ICP_INVALID: 辽ICP备2O21O12345号 has letter O in place of digits, not a filing number. Meta says gbk but bytes are UTF-8 with BOM", bom=True)
page(M, "haidiao-huoer", S22 + "/goods/shacan.html", "utf-8", lib.doc("鲜活沙蚕 海钓饵 - 海钓渔具", hd22 + """
<div class="main"><h1>鲜活沙蚕（青虫）500g 冰袋包装</h1><p>价格：<b>¥ 45</b></p>
<p>活饵属鲜活易腐商品，不适用七天无理由退货；到货死亡超过三成包赔。</p></div>
""" + f22, "gbk"), "ICP_INVALID",
     "ICP_INVALID from the shared footer; trap for RETURN_REFUSED: live bait is 鲜活易腐, exempt under 消费者权益保护法第二十五条(二). Meta says gbk but bytes are UTF-8 with BOM", bom=True)
page(M, "haidiao-rod", S22 + "/goods/rod-2m1.html", "utf-8", lib.doc("船钓竿 2.1米 - 海钓渔具", hd22 + """
<div class="main"><h1>碳素船钓竿 2.1米 M调</h1><p>价格：<b>¥ 219</b></p>
<p>本店鱼竿发出后恕不接受七天无理由退换，拍下即视为同意。</p></div>
""" + f22, "gbk"), "ICP_INVALID,RETURN_REFUSED",
     "RETURN_REFUSED: a fishing rod is outside the 第二十五条 exemptions and '拍下即视为同意' is not a per-item confirmation of an unsuitable nature; ICP_INVALID from the footer. Meta says gbk but bytes are UTF-8 with BOM", bom=True)

# ---------------------------------------------------------------------------------------------
# S23 botou-liangju.test — 泊头 量具/铸铁工厂官网, GBK, holdout. Code valid but not in the registry.
S23 = "http://botou-liangju.test"
c23 = co("泊头市华北量具制造有限公司", "91", "130981", "MA0DLR8C", reg=False)
f23 = ('<div class="foot">泊头市华北量具制造有限公司　统一社会信用代码：%s<br>'
       '<a href="https://beian.miit.gov.cn/">冀ICP备2019015566号-1</a>　冀公网安备 13098102000345号</div>' % c23)
f23b = '<div class="foot">泊头市华北量具制造有限公司　<a href="https://beian.miit.gov.cn/">冀ICP备2019015566号-1</a></div>'
hd23 = '<div class="top">华北量具 ｜ 铸铁平台 ｜ 大理石平台 ｜ 荣誉资质 ｜ 新闻</div>'
page(H, "botou-home", S23 + "/", "gbk", lib.doc("泊头华北量具 铸铁平台 检验平板 T型槽平台", hd23 + """
<div class="main"><h1>铸铁平台 · 检验平板 · 焊接平台</h1><p>HT250 铸铁，人工刮研，0级/1级精度（GB/T 22095-2008）。</p></div>
""" + f23, "gbk"), "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the displayed code has a correct check character but is absent from the registry extract; trap within: 0级/1级 are GB/T 22095 precision grades")
page(H, "botou-rongyu", S23 + "/rongyu.html", "gbk", lib.doc("荣誉资质 - 华北量具", hd23 + """
<div class="main"><h1>荣誉资质</h1><ul><li>2023年度中国名牌产品</li>
<li>全国工业产品生产许可证 XK16-123-4567</li><li>计量器具型式批准证书</li></ul></div>
""" + f23b, "gbk"), "FALSE_HONOUR",
     "FALSE_HONOUR: 中国名牌产品 evaluation stopped in 2008 so a 2023 award cannot exist; XK16-123-4567 has 4 digits where the 生产许可证 format XKnn-nnn-nnnnn has 5")
page(H, "botou-news", S23 + "/news/18.html", "gbk", lib.doc("我司入选国家级绿色工厂名单 - 华北量具", hd23 + """
<div class="main"><h1>喜报：我司入选工业和信息化部第四批绿色制造名单</h1>
<p>2019年，工业和信息化部公布第四批绿色制造名单，我司被评为国家级&ldquo;绿色工厂&rdquo;。</p></div>
""" + f23b, "gbk"), "-",
     "trap: 国家级绿色工厂 is a state-conferred title stated as a dated fact (2023 guidance exempts state-awarded titles)")

# ---------------------------------------------------------------------------------------------
# S25 pengcheng-wujin.test — 徐州 五金店, GBK, Zen Cart-like. No ICP on home.
S25 = "http://pengcheng-wujin.test"
c25 = co("徐州彭城五金机电有限公司", "91", "320311", "MA1WPG2Y")
f25 = ('<div id="navSuppWrapper">徐州彭城五金机电有限公司 | 营业执照：<img src="/images/yyzz_s.jpg" alt="营业执照 %s"> | '
       '苏公网安备 32031102000345号</div>' % c25)
hd25 = '<div id="headerWrapper"><a href="index.php?main_page=index">彭城五金机电</a> 电动工具 · 焊机 · 紧固件</div>'
page(M, "pengcheng-home", S25 + "/", "gbk", lib.doc("彭城五金机电 徐州电动工具 焊机", hd25 + """
<div id="indexDefault"><h1>徐州本地五金机电 当天送货</h1><p>东成、博世、锐奇电动工具授权经销；焊机、切割机现货。</p></div>
""" + f25, "gbk"), "ICP_MISSING",
     "ICP_MISSING: only a 公网安备 number (not an ICP filing); licence shown as an image with alt text, 互联网信息服务管理办法第十二条")
page(M, "pengcheng-drill", S25 + "/index.php?main_page=product_info&products_id=77", "gbk", lib.doc("锂电冲击钻 - 彭城五金机电", hd25 + """
<div id="productGeneral"><h1>20V 锂电冲击钻 双电套装</h1><h2 id="productPrices"><span class="productBasePrice">￥399.00</span></h2>
<p>确认收货后追加评价并带 3 张实拍图，凭截图返 5 元话费。</p></div>
""" + f25, "gbk"), "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: 追评+实拍图 rewarded with 5 元话费, 电子商务法第十七条 / 反不正当竞争法第八条")

# ---------------------------------------------------------------------------------------------
# S26 haiyu-diaoju.test — 青岛 钓具, UTF-8. ICP written by document.write in a script only.
S26 = "http://haiyu-diaoju.test"
c26 = co("青岛海渔钓具有限公司", "91", "370212", "MA3RBQ1X")
f26h = ('<div class="footer"><p>青岛海渔钓具有限公司　统一社会信用代码 %s</p>'
        '<p id="icp"><script>document.write(\'<a href="https://beian.miit.gov.cn/">鲁ICP备20051166号-1</a>\');</script></p></div>' % c26)
f26 = ('<div class="footer"><p>青岛海渔钓具有限公司</p>'
       '<p><a href="https://beian.miit.gov.cn/">鲁ICP备20051166号-1</a></p></div>')
hd26 = '<div class="top">海渔钓具 · 路亚 · 筏钓 · 鱼线</div>'
page(M, "haiyu-home", S26 + "/", "utf-8", lib.doc("海渔钓具 青岛路亚 筏钓", hd26 + """
<div class="main"><h1>青岛实体店 · 渔具发烧友之家</h1><p>日本进口与国产精品渔轮、PE 线、鱼钩。</p></div>
""" + f26h, "utf-8"), "ICP_MISSING",
     "ICP_MISSING: the ICP number exists only inside <script> (document.write), not displayed text, 互联网信息服务管理办法第十二条")
page(M, "haiyu-reel", S26 + "/goods/dw-lt.html", "utf-8", lib.doc("LT 纺车轮 达瓦款 - 海渔钓具", hd26 + """
<div class="main"><h1>LT 3000 纺车轮 达瓦款</h1>
<p>不是市面普通货，<b>高 * 仿</b>做工，纯&#21407;版本，和正品放一起看不出。</p><p>价格：¥ 168</p></div>
""" + f26, "utf-8"), "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: 高 * 仿 and 纯原 (原 written as &#21407;) for a named brand's reel, 商标法第五十七条")
page(M, "haiyu-line", S26 + "/goods/pe-8.html", "utf-8", lib.doc("8编 PE线 - 海渔钓具", hd26 + """
<div class="main"><h1>8编 PE 大力马线 150米</h1><p>原价：<s>¥ 98</s>　秒杀：<b>¥ 49</b></p></div>
""" + f26, "utf-8"), "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 原价98 above ¥45 shown 6 days earlier (inside the 7-day window), 明码标价和禁止价格欺诈规定第十六条")
hist(M, "haiyu-line-d6", S26 + "/goods/pe-8.html", 6, "utf-8", lib.doc("8编 PE线 - 海渔钓具", hd26 + """
<div class="main"><h1>8编 PE 大力马线 150米</h1><p>价格：<b>¥ 45</b></p></div>""" + f26, "utf-8"))

# =============================================================================================
# Platform shops on mall.wangjian.test (footer with the platform's own identity on every page)
MALL = "http://mall.wangjian.test"


def item(title, shop, sid, inner):
    return lib.mall_page(title, '<div class="item-main">' + inner + '</div>', shop, sid)


# P1 jiading-wujin — 五金 shop, licence code with a wrong check character
P1n = "嘉定五金工具直营店"
c_p1 = co("上海嘉定鼎力五金工具有限公司", "91", "310114", "MA1GDL3K")
page(M, "mall-jiading-home", MALL + "/shop/jiading-wujin/", "utf-8", lib.mall_page(P1n, """
<div class="shop-head"><img src="/s/jd/logo.png" alt=""><h1 class="shop-name">嘉定五金工具直营店</h1>
<span class="badge mall-mark" title="网剑商城已核验经营者身份">商城亮标</span></div>
<div class="shop-info"><p class="shop-license">经营者：上海嘉定鼎力五金工具有限公司　统一社会信用代码：%s</p>
<p>主营：手动工具、气动工具、工具车</p></div>""" % lib.uscc_bad(c_p1)), "LICENSE_INVALID",
     "LICENSE_INVALID: the shop's displayed 统一社会信用代码 fails its GB 32100 check character (registered code differs in the last character), 电子商务法第十五条")
page(M, "mall-jiading-cart", MALL + "/item/880231.html", "utf-8", item("7抽屉工具车 - " + P1n, P1n, "jiading-wujin", """
<h1>汽修工具车 7抽屉 带236件工具</h1>
<div class="price-box"><span class="price">¥1299.00</span> <del class="price-origin">原价¥1899.00</del></div>
<p>冷轧钢板，滚珠滑轨，中央锁。</p>"""), "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 原价1899 above ¥1099 shown 2.5 days earlier, 明码标价和禁止价格欺诈规定第十六条")
hist(M, "mall-jiading-cart-d2.5", MALL + "/item/880231.html", 2.5, "utf-8", item("7抽屉工具车 - " + P1n, P1n, "jiading-wujin", """
<h1>汽修工具车 7抽屉 带236件工具</h1><div class="price-box"><span class="price">¥1099.00</span></div>"""))
page(M, "mall-jiading-wrench", MALL + "/item/880266.html", "utf-8", item("活动扳手 - " + P1n, P1n, "jiading-wujin", """
<h1>大开口活动扳手 10寸</h1><div class="price-box"><span class="price">¥39.90</span></div>
<table class="spec"><tr><th>最大开口</th><td>30mm</td></tr><tr><th>材质</th><td>铬钒钢</td></tr></table>"""), "-",
     "trap: 最大开口 is a dimension in the spec table, not a superlative claim")

# P2 anfang88 — 安防 shop, mark class is not the exact token
P2n = "安防精品88号店"
c_p2 = co("杭州安邦智能科技有限公司", "91", "330110", "MA2CNB8E")
page(M, "mall-anfang-home", MALL + "/shop/anfang88/", "utf-8", lib.mall_page(P2n, """
<div class="shop-banner"><div class="shop-name">安防精品88号店</div><i class="mall-mark-v1 icon"></i></div>
<div class="shop-license">杭州安邦智能科技有限公司 | 统一社会信用代码 %s</div>
<ul class="shop-cats"><li>家用摄像头</li><li>可视门铃</li><li>智能锁</li></ul>""" % c_p2), "MARK_MISSING",
     "MARK_MISSING: the only badge has class mall-mark-v1, not the exact token mall-mark (seed: 平台为网店亮标)")
page(M, "mall-anfang-socket", MALL + "/item/771002.html", "utf-8", item("插座摄像头 - " + P2n, P2n, "anfang88", """
<h1>WiFi 插座式隐形摄像头 无光夜视</h1><div class="price-box"><span class="price">¥159</span></div>
<p>外观就是一个普通五孔插座，正常可用，镜头藏在插孔里，装在房间里谁也发现不了，手机远程偷偷看。</p>"""), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: camera disguised as a power socket for covert filming = 窃照专用器材 (刑法第二百八十四条 非法使用窃听、窃照专用器材罪)")
page(M, "mall-anfang-doorbell", MALL + "/item/771019.html", "utf-8", item("可视门铃 - " + P2n, P2n, "anfang88", """
<h1>智能可视门铃 猫眼摄像头 2K</h1><div class="price-box"><span class="price">¥269</span></div>
<p>安装在自家门上，访客按铃时手机可视通话；请勿将镜头对准邻居门内。</p>"""), "-",
     "trap: an overt door-bell camera with a privacy hint is ordinary security equipment, not 窃照器材")

# P3 diaoyu-zhijia — 渔具 shop, registry says 经营异常
P3n = "钓鱼之家渔具店"
c_p3 = co("武汉钓鱼之家渔具有限公司", "91", "420111", "MA4F6YJ3", status="经营异常")
page(M, "mall-diaoyu-home", MALL + "/shop/diaoyu-zhijia/", "utf-8", lib.mall_page(P3n, """
<div class="shop-top"><h2 class="shop-name">钓鱼之家渔具店</h2><span class="mall-mark verified">✓ 已亮照</span></div>
<dl class="shop-license"><dt>企业名称</dt><dd>武汉钓鱼之家渔具有限公司</dd><dt>统一社会信用代码</dt><dd>%s</dd></dl>""" % c_p3), "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the code and name match the registry, but its status is 经营异常 (listed for abnormal operation)")
page(M, "mall-diaoyu-rod", MALL + "/item/660451.html", "utf-8", item("台钓竿 - " + P3n, P3n, "diaoyu-zhijia", """
<h1>5.4米 台钓竿 超轻硬 28调</h1><div class="price-box"><span class="price">¥89</span></div>
<p class="tips">收货给五星好评+追评，联系客服返现8元，再送鱼钩一包！</p>"""), "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: 五星好评+追评 for 返现8元, 电子商务法第十七条")
page(M, "mall-diaoyu-reel", MALL + "/item/660470.html", "utf-8", item("水滴轮 - " + P3n, P3n, "diaoyu-zhijia", """
<h1>水滴轮 禧玛诺SLX同款 超A版</h1><div class="price-box"><span class="price">¥199</span></div>
<p>外观标识同专柜，超a品质，懂货的来。</p>"""), "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: 超A版 / 超a品质 with the brand's 标识, 商标法第五十七条")

# P4 xiqing-bianpao — fireworks by courier, no licence, no mark
P4n = "喜庆鞭炮批发"
page(M, "mall-bianpao-home", MALL + "/shop/xiqing-bianpao/", "utf-8", lib.mall_page(P4n, """
<div class="shop-head"><span class="shop-name">喜庆鞭炮批发</span></div>
<p class="shop-desc">浏阳源头，结婚开业乔迁鞭炮礼花，全国可发。</p>"""), "LICENSE_MISSING,MARK_MISSING",
     "LICENSE_MISSING: no shop licence information on the shop home (the platform footer is the platform's, not the shop's), 电子商务法第十五条; MARK_MISSING: no mall-mark element")
page(M, "mall-bianpao-item", MALL + "/item/552018.html", "utf-8", item("万响鞭炮 - " + P4n, P4n, "xiqing-bianpao", """
<h1>结婚开业 万头大地红鞭炮</h1><div class="price-box"><span class="price">¥128</span></div>
<p>物流包邮，外箱按&ldquo;日用品&rdquo;发货，偏远地区除外。</p>"""), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 烟花爆竹 sold online and shipped disguised as daily goods (烟花爆竹安全管理条例第二十二条, 禁寄物品目录)")

# P5 laobao-zhijia — 劳保 shop, holdout
P5n = "劳保之家旗舰店"
c_p5 = co("苏州劳保之家防护用品有限公司", "91", "320506", "MA1R8T2H")
page(H, "mall-laobao-home", MALL + "/shop/laobao-zhijia/", "utf-8", lib.mall_page(P5n, """
<table class="shop-card"><tr><td><b class="shop-name">劳保之家旗舰店</b></td><td><span class="mall-mark">商城认证</span></td></tr>
<tr><td colspan="2" class="shop-license small">营业执照：苏州劳保之家防护用品有限公司 / %s</td></tr></table>""" % c_p5), "-",
     "clean platform shop home: name, licence and mall-mark present")
page(H, "mall-laobao-helmet", MALL + "/item/440912.html", "utf-8", item("安全帽 - " + P5n, P5n, "laobao-zhijia", """
<h1>ABS 工地安全帽 V型透气 国标</h1>
<div class="price-box">划线价 <s class="price line">¥59.00</s> 券后 <span class="price now">¥26.00</span></div>
<p>符合 GB 2811-2019，可印字。</p>"""), "FAKE_ORIGINAL_PRICE",
     "FAKE_ORIGINAL_PRICE: 划线价59 above the ¥25 shown 0.5 days earlier, 明码标价和禁止价格欺诈规定第十六条")
hist(H, "mall-laobao-helmet-d0.5", MALL + "/item/440912.html", 0.5, "utf-8", item("安全帽 - " + P5n, P5n, "laobao-zhijia", """
<h1>ABS 工地安全帽 V型透气 国标</h1><div class="price-box"><span class="price">¥25.00</span></div>"""))
page(H, "mall-laobao-vest", MALL + "/item/440933.html", "utf-8", item("反光背心 - " + P5n, P5n, "laobao-zhijia", """
<h1>反光背心 环卫施工 可印字</h1><div class="price-box"><span class="price">¥8.80</span></div>
<p class="after-sale">售后说明：本店所有商品<b>不支持7天无理由退换</b>，下单前请确认尺码。</p>"""), "RETURN_REFUSED",
     "RETURN_REFUSED: plain (not custom-printed) vests are outside 消费者权益保护法第二十五条 exemptions")

# P6 nongzi-hn — 农资 shop, mark only in a hidden element; holdout
P6n = "河南丰收农资店"
c_p6 = co("周口丰收农资有限公司", "91", "411602", "MA45FR2Q")
page(H, "mall-nongzi-home", MALL + "/shop/nongzi-hn/", "utf-8", lib.mall_page(P6n, """
<div class="shop-head"><h1 class="shop-name">河南丰收农资店</h1><span class="mall-mark" style="display:none">亮标</span></div>
<p class="shop-license">周口丰收农资有限公司　统一社会信用代码 %s　农药经营许可证 农药经许（豫）41160220210056</p>""" % c_p6), "MARK_MISSING",
     "MARK_MISSING: the mall-mark element is display:none, so not displayed (seed: 平台为网店亮标)")
page(H, "mall-nongzi-jbl", MALL + "/item/330177.html", "utf-8", item("地下害虫 颗粒 - " + P6n, P6n, "nongzi-hn", """
<h1>老药 甲 拌 磷 颗粒剂 3911 地蛆蛴螬一扫光</h1><div class="price-box"><span class="price">¥35</span></div>
<p>国家不让卖了，存货不多，懂的直接拍。</p>"""), "PROHIBITED_GOODS",
     "PROHIBITED_GOODS: 甲拌磷 (3911) is a 限制使用农药 (农业部公告第2567号, 定点经营, never online) and banned outright from 2024-09-01 (农业农村部公告第536号, from memory); the seller admits '国家不让卖了', 农药管理条例")
page(H, "mall-nongzi-xi", MALL + "/item/330190.html", "utf-8", item("富硒叶面肥 - " + P6n, P6n, "nongzi-hn", """
<h1>富硒叶面肥 500ml</h1><div class="price-box"><span class="price">¥28</span></div>
<p>喷了它种出的菜吃了能抗癌、降血糖，老人孩子都受益。</p>"""), "FALSE_CLAIM",
     "FALSE_CLAIM: disease claims (抗癌、降血糖) for a fertiliser, 广告法第十七条/第二十八条")

# P7 gongjian-club — 射箭器材 shop
P7n = "弓箭俱乐部器材店"
c_p7 = co("宁波鄞州射艺体育文化有限公司", "91", "330212", "MA2KJ9LC")
page(M, "mall-gongjian-home", MALL + "/shop/gongjian-club/", "utf-8", lib.mall_page(P7n, """
<div class="shop-head"><div class="shop-name">弓箭俱乐部器材店</div><a class="mall-mark" href="/mark/8812">亮</a></div>
<div class="info shop-license"><img src="/lic/8812.jpg" alt="营业执照"> 宁波鄞州射艺体育文化有限公司　%s</div>
<p>只卖竞技弓与配件，不售弩、弹弓钢珠，弓类下单须上传俱乐部会员证。</p>""" % c_p7), "-",
     "trap: names 弩 only as goods it refuses; sport bows with buyer checks; licence and mark present")
page(M, "mall-gongjian-sight", MALL + "/item/220310.html", "utf-8", item("反曲弓瞄准器 - " + P7n, P7n, "gongjian-club", """
<h1>竞技反曲弓 瞄准器 碳杆</h1><div class="price-box"><span class="price">¥480</span> <del class="price">日常价¥560</del></div>"""), "-",
     "trap: (FAKE_ORIGINAL_PRICE)  the ¥450 capture is 8 days old (outside 7 days); the capture 3 days earlier shows ¥560, so 日常价560 is not above the 7-day lowest")
hist(M, "mall-gongjian-sight-d3", MALL + "/item/220310.html", 3, "utf-8", item("反曲弓瞄准器 - " + P7n, P7n, "gongjian-club", """
<h1>竞技反曲弓 瞄准器 碳杆</h1><div class="price-box"><span class="price">¥560</span></div>"""))
hist(M, "mall-gongjian-sight-d8", MALL + "/item/220310.html", 8, "utf-8", item("反曲弓瞄准器 - " + P7n, P7n, "gongjian-club", """
<h1>竞技反曲弓 瞄准器 碳杆</h1><div class="price-box"><span class="price">¥450</span></div>"""))
page(M, "mall-gongjian-target", MALL + "/item/220344.html", "utf-8", item("草靶 - " + P7n, P7n, "gongjian-club", """
<h1>射箭草靶 80cm 高密度</h1><div class="price-box"><span class="price">¥260</span></div>
<p>射艺牌草靶，驰&nbsp;名&nbsp;商&nbsp;标，射箭馆都在用。</p>"""), "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: 驰 名 商 标 (spaced with &nbsp;) in the ad, 商标法第十四条第五款")

# P8 shiji-lab — 实验耗材 shop, e-licence link whose serial names another company's code; holdout
P8n = "实验耗材优选店"
c_p8 = co("南京科睿实验器材有限公司", "91", "320115", "MA1KR3PW")
c_p8o = co("南京睿诚仪器设备有限公司", "91", "320115", "MA1RC5NT")
page(H, "mall-shiji-home", MALL + "/shop/shiji-lab/", "utf-8", lib.mall_page(P8n, """
<div class="shop-head"><span class="shop-name">实验耗材优选店</span><em class="mall-mark">亮</em></div>
<div class="shop-license">南京科睿实验器材有限公司　%s
<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1690045512203&amp;signData=MEQCIF"><img src="/lz.png" alt="电子营业执照"></a></div>""" % (c_p8, c_p8o)), "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the electronic-licence link's serial begins with another company's code (南京睿诚仪器设备有限公司), not the code shown")
page(H, "mall-shiji-software", MALL + "/item/118820.html", "utf-8", item("色谱工作站软件 - " + P8n, P8n, "shiji-lab", """
<h1>色谱数据工作站软件 单机版 激活码</h1><div class="price-box"><span class="price">¥1980</span></div>
<p>在线发送激活码，激活后属于已拆封的数字化商品，不适用七日无理由退货。</p>"""), "-",
     "trap: an online-delivered software licence is exempt under 消费者权益保护法第二十五条(三)")

# P9 wujin-outlet — no licence, no mark; 磁疗 claim
P9n = "五金劳保折扣仓"
page(M, "mall-outlet-home", MALL + "/shop/wujin-outlet/", "utf-8", lib.mall_page(P9n, """
<div class="shop-head"><h3 class="shop-name">五金劳保折扣仓</h3><span class="badge">企业店铺</span></div>
<p>尾货清仓，一件也是批发价。</p>"""), "LICENSE_MISSING,MARK_MISSING",
     "LICENSE_MISSING: '企业店铺' label is not licence information, 电子商务法第十五条; MARK_MISSING: no mall-mark element")
page(M, "mall-outlet-belt", MALL + "/item/990017.html", "utf-8", item("磁疗护腰 - " + P9n, P9n, "wujin-outlet", """
<h1>搬运工 劳保护腰 自发热磁疗款</h1><div class="price-box"><span class="price">¥39</span></div>
<p>托玛琳磁石，治腰椎间盘突出，腰肌劳损戴一个月就好。</p>"""), "FALSE_CLAIM",
     "FALSE_CLAIM: treatment claims (腰椎间盘突出、腰肌劳损) for a non-medical belt, 广告法第十七条")

# P10 anjia-suoju — shop licence only in an HTML comment; holdout
P10n = "安家锁具专营"
c_p10 = co("温州安家锁具有限公司", "91", "330304", "MA2AJ6RF")
page(H, "mall-anjia-home", MALL + "/shop/anjia-suoju/", "utf-8", lib.mall_page(P10n, """
<div class="shop-head"><b class="shop-name">安家锁具专营</b> <span class="mall-mark">亮标</span></div>
<div class="shop-license"><!-- 温州安家锁具有限公司 %s --></div>
<p>防盗门锁芯、指纹锁，C级锁芯公安部检测。</p>""" % c_p10), "LICENSE_MISSING",
     "LICENSE_MISSING: the shop-license element holds the code only inside an HTML comment, so nothing is displayed, 电子商务法第十五条")
page(H, "mall-anjia-keycut", MALL + "/item/661203.html", "utf-8", item("刻字钥匙 - " + P10n, P10n, "anjia-suoju", """
<h1>定制刻字 同花钥匙 按锁芯号配制</h1><div class="price-box"><span class="price">¥25</span></div>
<p>凭锁芯卡号与购锁凭证配制，定制商品不适用七天无理由退货。</p>"""), "-",
     "trap: keys cut to the buyer's card number are 定作 goods, exempt under 消费者权益保护法第二十五条(一); cutting needs proof of ownership")

# P11 guoyuan-miaomu — farmer's own produce, exemption statement instead of a licence
P11n = "老李家果园苗圃"
page(M, "mall-miaomu-home", MALL + "/shop/guoyuan-miaomu/", "utf-8", lib.mall_page(P11n, """
<div class="shop-head"><span class="shop-name">老李家果园苗圃</span><span class="tag mall-mark">亮</span></div>
<p class="shop-license">个人卖家：李建国（山东烟台栖霞）。本店销售本人果园自产的苹果苗、樱桃苗及鲜果，属于《电子商务法》第十条规定的销售自产农副产品，依法不需要办理市场主体登记。</p>"""), "-",
     "trap: (LICENSE_MISSING)  a 第十条 exemption statement (自产农副产品) in the licence slot satisfies 电子商务法第十五条")
page(M, "mall-miaomu-apple", MALL + "/item/770881.html", "utf-8", item("烟富苹果苗 - " + P11n, P11n, "guoyuan-miaomu", """
<h1>烟富3号 苹果苗 嫁接两年苗 10棵</h1><div class="price-box"><span class="price">¥60</span></div>
<p>苗木属鲜活商品，不适用七天无理由；成活率问题 30 天内补苗。</p>"""), "-",
     "trap: live nursery stock is 鲜活易腐, exempt under 消费者权益保护法第二十五条(二)")

# P12 jingpin-suoju — licence code written in full-width characters, wrong check character
P12n = "精品锁具工厂店"
c_p12 = co("中山市精品锁具有限公司", "91", "442000", "MA51JP8D")
bad12 = lib.uscc_bad(c_p12)
fw12 = "".join(chr(ord(ch) + 0xFEE0) for ch in bad12)
page(M, "mall-jingpin-home", MALL + "/shop/jingpin-suoju/", "utf-8", lib.mall_page(P12n, """
<div class="shop-head"><h1 class="shop-name">精品锁具工厂店</h1><span class="mall-mark">商城亮标</span></div>
<div class="shop-license">中山市精品锁具有限公司　统一社会信用代码：%s</div>""" % fw12), "LICENSE_INVALID",
     "LICENSE_INVALID: the code, written in full-width characters, fails its GB 32100 check character once normalised")
page(M, "mall-jingpin-padlock", MALL + "/item/661377.html", "utf-8", item("挂锁 - " + P12n, P12n, "jingpin-suoju", """
<h1>黄铜挂锁 40mm 通开款（一把钥匙开多把）</h1><div class="price-box"><span class="price">¥15</span></div>
<p>同一批次通开，适合工地、仓库统一管理。</p>"""), "-",
     "trap: 通开 (keyed-alike) padlocks sold as a set open only their own batch — a normal product, not a 万能钥匙/开锁工具")


# P13 shanye-huwai — 户外 shop, holdout: invalid 注册号, no mark
P13n = "山野户外装备店"
rn13 = lib.regno("42010600098765")
REG.append((rn13, "武汉山野户外用品经营部", "存续"))
page(H, "mall-shanye-home", MALL + "/shop/shanye-huwai/", "utf-8", lib.mall_page(P13n, """
<div class="shop-head"><div class="shop-name">山野户外装备店</div><span class="mall-mark-pending">亮标审核中</span></div>
<ul class="shop-license"><li>经营者：武汉山野户外用品经营部</li><li>营业执照注册号：%s</li></ul>""" % lib.regno_bad(rn13)), "LICENSE_INVALID,MARK_MISSING",
     "LICENSE_INVALID: the 15-digit 注册号 fails its MOD 11,10 check digit; MARK_MISSING: class mall-mark-pending is not the token mall-mark")
page(H, "mall-shanye-lamp", MALL + "/item/551201.html", "utf-8", item("头灯 - " + P13n, P13n, "shanye-huwai", """
<h1>USB 充电头灯 强光 1200 流明</h1><div class="price-box"><span class="price">¥49</span></div>
<p>带图好评满 15 字，私信客服送 5 元无门槛券，下次直接抵扣。</p>"""), "REVIEW_INDUCEMENT",
     "REVIEW_INDUCEMENT: a 5-yuan coupon for a 带图好评 — a benefit for a positive review, 电子商务法第十七条")
page(H, "mall-shanye-stove", MALL + "/item/551233.html", "utf-8", item("卡式炉 - " + P13n, P13n, "shanye-huwai", """
<h1>户外卡式炉 便携 2.9kW</h1><div class="price-box"><span class="price">¥139</span></div>
<p>清仓特价，售出不退不换，介意勿拍。</p>"""), "RETURN_REFUSED",
     "RETURN_REFUSED: 清仓 goods are not a statutory exemption of 消费者权益保护法第二十五条")
page(H, "mall-shanye-tarp", MALL + "/item/551260.html", "utf-8", item("天幕 - " + P13n, P13n, "shanye-huwai", """
<h1>银胶防晒天幕 3×3m</h1><div class="price-box"><span class="price">¥169</span></div>
<p>山野&reg;&mdash;&mdash;<span>驰</span><span>名</span><span>商</span><span>标</span>企业出品。</p>"""), "WELLKNOWN_MARK_AD",
     "WELLKNOWN_MARK_AD: 驰名商标 split into one span per character, 商标法第十四条第五款")

# S27 wujin-erp.test — SaaS 官网 for hardware dealers, 价格方案 table, holdout, UTF-8
S27 = "http://wujin-erp.test"
c27 = co("长沙五金云软件科技有限公司", "91", "430104", "MA4T2ENW")
f27 = ('<footer><p>© 2026 长沙五金云软件科技有限公司</p><p>统一社会信用代码 %s · '
       '<a href="https://beian.miit.gov.cn/">湘ICP备2023012288号-1</a> · 增值电信业务经营许可证 湘B2-20230456</p></footer>' % c27)
hd27 = '<header><b>五金云</b> 产品 · 价格 · 客户案例 · 登录</header>'
page(H, "wujinerp-home", S27 + "/", "utf-8", lib.doc("五金云 五金机电批发ERP 开单 库存 对账", hd27 + """
<main><h1>五金机电批发，开单对账一个系统搞定</h1>
<table class="pricing"><tr><th>方案</th><th>基础版</th><th>专业版 <em>最受欢迎</em></th><th>旗舰版</th></tr>
<tr><td>价格</td><td>¥1,980/年</td><td>¥3,980/年</td><td>¥7,980/年</td></tr>
<tr><td>最多门店数</td><td>1</td><td>3</td><td>不限</td></tr></table>
<p>注：&ldquo;最受欢迎&rdquo;按本公司2025年新签客户中各版本占比统计。</p></main>
""" + f27, "utf-8"), "-",
     "trap: 最受欢迎 marks one of the firm's own plans, with its basis stated (self-comparison within one brand, a provable dated fact); 最多门店数 is a plan limit")
page(H, "wujinerp-case", S27 + "/case/12.html", "utf-8", lib.doc("客户案例：株洲某五金批发部 - 五金云", hd27 + """
<main><h1>客户案例｜株洲某五金批发部</h1>
<p>上线三个月，库存差错从每月二十多单降到两单。使用五金云，保证年利润翻倍，无效全额退款再赔一年服务费！</p></main>
""" + f27, "utf-8"), "FALSE_CLAIM",
     "FALSE_CLAIM: 保证年利润翻倍 promises a business return, 广告法第二十五条第一项 / 第二十八条")


# =============================================================================================
def write_all(root):
    for sub in ("pages", "history", "holdout/pages", "holdout/history"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    n = 0
    rows = {M: [], H: []}
    notes = {M: [], H: []}
    for p in PAGES:
        n += 1
        fn = "%03d-%s.html" % (n, p["name"])
        base = "" if p["side"] == M else "holdout/"
        with open(os.path.join(root, base + "pages", fn), "wb") as f:
            f.write(lib.encode(p["html"], p["enc"], p["bom"]))
        codes = p["codes"] if p["codes"] == "-" else ",".join(sorted(p["codes"].split(",")))
        rows[p["side"]].append("%s\t%s\t%s" % (fn, p["url"], codes))
        notes[p["side"]].append("%s\t%s\t%s\t%s" % (fn, p["enc"], "yes" if p["bom"] else "no", p["note"]))
    hrows = {M: [], H: []}
    for h in HIST:
        n += 1
        fn = "%03d-%s.html" % (n, h["name"])
        base = "" if h["side"] == M else "holdout/"
        with open(os.path.join(root, base + "history", fn), "wb") as f:
            f.write(lib.encode(h["html"], h["enc"]))
        d = h["days"]
        hrows[h["side"]].append("%s\t%s\t%s" % (fn, h["url"], ("%g" % d)))
    for side, base in ((M, ""), (H, "holdout/")):
        with open(os.path.join(root, base + "labels.tsv"), "w", encoding="utf-8") as f:
            f.write("# file\turl\tcodes\n" + "".join(r + "\n" for r in rows[side]))
        with open(os.path.join(root, base + "notes.tsv"), "w", encoding="utf-8") as f:
            f.write("# file\tencoding\tbom\tnote\n" + "".join(r + "\n" for r in notes[side]))
        with open(os.path.join(root, base + "history.tsv"), "w", encoding="utf-8") as f:
            f.write("# file\turl\tdays_before\n" + "".join(r + "\n" for r in hrows[side]))
    with open(os.path.join(root, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\tstatus\n" + "".join("%s\t%s\t%s\n" % r for r in REG))


OUT = ["pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            bad = []
            for top in OUT:
                a, b = os.path.join(here, top), os.path.join(tmp, top)
                if os.path.isfile(b):
                    if not os.path.isfile(a) or open(a, "rb").read() != open(b, "rb").read():
                        bad.append(top)
                    continue
                fa = {os.path.relpath(os.path.join(d, x), a) for d, _, fs in os.walk(a) for x in fs} if os.path.isdir(a) else set()
                fb = {os.path.relpath(os.path.join(d, x), b) for d, _, fs in os.walk(b) for x in fs}
                bad += [os.path.join(top, x) for x in sorted(fa ^ fb)]
                for x in sorted(fa & fb):
                    if open(os.path.join(a, x), "rb").read() != open(os.path.join(b, x), "rb").read():
                        bad.append(os.path.join(top, x))
            for x in bad:
                print("differs:", x)
            sys.exit(1 if bad else 0)
        finally:
            shutil.rmtree(tmp)
    for top in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(here, top), ignore_errors=True)
    write_all(here)


if __name__ == "__main__":
    main()
