#!/usr/bin/env python3
"""corpus10/u generator. Every page, its codes and its note are written by hand below.
python3 gen.py          -> writes pages/, holdout/, labels, notes, registry, history
python3 gen.py --check  -> regenerates into a temp dir and compares byte for byte
"""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, spoil, regno, doc, platform, encode, PLATFORM_FOOT

# ---- companies (code arithmetic in lib; which code is shown, and whether it is right, is decided per page) ----
C = {
 'kangjia': ('杭州康嘉大药房连锁有限公司', uscc('330106', 'KJ20A7F3')),
 'yuetang': ('深圳市悦糖医疗器械有限公司', uscc('440305', 'YT51C0D8')),
 'tingsheng': ('上海听声助听器有限公司', uscc('310115', 'TT30B2E6')),
 'lanmao': ('南京蓝帽健康食品有限公司', uscc('320105', 'LM77H1K2')),
 'fengtian': ('寿光市丰田农资有限公司', uscc('370783', 'FT09N4P5')),
 'mukang': ('郑州牧康动物药业有限公司', uscc('410105', 'MK62Q8R1')),
 'baicao': ('亳州市谯城区百草堂药材有限公司', uscc('341602', 'BC45T6U7')),
 'ansu': ('北京安素特医营养科技有限公司', uscc('110105', 'AT18W2X3')),
 'meiyan_hk': ('深圳前海美研化妆品贸易有限公司', uscc('440305', 'MY80Y5A1')),
 'yantai': ('厦门燕台滋补品有限公司', uscc('350206', 'YN27B9C4')),
 'chongan': ('珠海横琴宠安宠物用品有限公司', uscc('440402', 'CA33D7E2')),
 'beiyang': ('长沙贝养母婴用品有限公司', uscc('430104', 'BY64F1G8')),
 'shuluo': ('成都舒络康理疗器械有限公司', uscc('510107', 'TL12H3J4')),
 'qingfei': ('武汉清肺堂茶业有限公司', uscc('420106', 'QF56K7L8')),
 # platform shops
 'hexin': ('杭州和信大药房有限公司', uscc('330105', 'HX21P4Q6')),
 'tangyi': ('武汉糖易医疗器械有限公司', uscc('420106', 'TY73R5T1')),
 'meiyanhui': ('广州美颜汇化妆品有限公司', uscc('440106', 'MH40U8W2')),
 'nongfeng': ('潍坊农丰植保有限公司', uscc('370702', 'NF85X6Y3')),
 'chongai': ('成都宠爱宠物医药有限公司', uscc('510104', 'CJ17A3B9')),
 'beiyou': ('天津贝优母婴用品有限公司', uscc('120104', 'BU52C8D1')),
 'shencao': ('福州参草堂滋补品有限公司', uscc('350102', 'TC39E4F6')),
 'lianmao': ('南京联茂保健食品有限公司', uscc('320106', 'LN26G7H5')),
 'kangtu': ('苏州康途医疗器械有限公司', uscc('320505', 'KT94J1K8')),
}
def N(k): return C[k][0]
def U(k): return C[k][1]
# a valid code that is deliberately NOT in the registry (shown by the 贝优 shop on the platform)
GHOST = uscc('120104', 'GH07L2M4')
# a registered third company whose code an electronic-licence serial names (联茂 shop)
OTHER = ('南京茂源商贸有限公司', uscc('320106', 'MY31N9P2'))

REGISTRY = [(U(k), N(k), '存续') for k in C if k != 'ansu'] + [
    (U('ansu'), N('ansu'), '注销'),
    (OTHER[1], OTHER[0], '存续'),
    ('91330100MA27WJ011R', '杭州网剑网络科技有限公司', '存续'),
]

P = []      # (side, file, url, enc, bom, html, codes, note)
HIST = []   # (side, file, url, days_before, enc, html)

def page(side, file, url, enc, bom, html, codes, note):
    P.append((side, file, url, enc, bom, html, codes, note))

def hist(side, file, url, days, enc, html):
    HIST.append((side, file, url, days, enc, html))

def lic(k, code=None, extra=''):
    return '<p class="lic">营业执照：%s　统一社会信用代码：%s%s</p>' % (N(k), code or U(k), extra)

def shop_home(sid, k, title, inner, lic_html=None, mark='<a class="mall-mark" href="http://mall.wangjian.test/license/%s">网剑商城认证店铺</a>'):
    if lic_html is None:
        lic_html = '<div class="shop-license">营业执照：%s<br>统一社会信用代码：%s</div>' % (N(k), U(k))
    m = mark % sid if '%s' in mark else mark
    return ('<div class="shop-head"><h1 class="shop-name">%s</h1>%s</div>\n%s\n%s' % (title, m, inner, lic_html))

PF = 'http://mall.wangjian.test'

# =========================== MAIN ===========================
# --- site kangjiayf.test: 杭州康嘉大药房, Magento 2 Luma 中文主题 look-alike, UTF-8 ---
KJ_FOOT = ('<footer class="page-footer"><div class="footer content"><ul class="footer links">'
  '<li><a href="/about">关于康嘉</a></li><li><a href="/qualification">资质公示</a></li></ul>'
  '<small class="copyright"><span>%s　统一社会信用代码 %s</span><br>'
  '药品经营许可证 浙AA5710326　互联网药品信息服务资格证书 (浙)-经营性-2021-0188<br>'
  '<a href="https://beian.miit.gov.cn/">浙ICP备2021018842号-1</a>　浙公网安备 33010602011873号</small></div></footer>') % (N('kangjia'), U('kangjia'))
page('main', '001-kangjia-home.html', 'http://kangjiayf.test/', 'utf-8', False, doc('康嘉大药房网上药店', '''
<div class="page-wrapper"><header class="page-header"><a class="logo" href="/">康嘉大药房</a>
<div class="block-search"><input id="search" placeholder="搜索药品、器械"></div></header>
<nav class="navigation"><ul><li class="level0">非处方药(OTC)</li><li class="level0">处方药专区</li><li class="level0">医疗器械</li></ul></nav>
<main id="maincontent"><div class="widget block-static-block">
<h2>处方药专区说明</h2>
<p>处方药须凭处方在药师指导下购买和使用。下单前请上传医生开具的有效处方，由本店执业药师审核通过后方可发货；未经审核的订单不会出库。</p>
<p>麻醉药品、精神药品、医疗用毒性药品、放射性药品、疫苗、血液制品等国家实行特殊管理的药品本店一律不在网上销售。</p>
</div></main></div>''' + KJ_FOOT), '-',
 'trap: 处方药 notice as the 药品网络销售监督管理办法 (2022) requires (凭处方, 药师审核, 风险警示) plus a refusal list of special-control drugs; licence code, 药品经营许可证 and 浙ICP备 shown on the home page. Kind of seller from 安徽 永康药店连锁 网售处方药 case (2021).')

page('main', '002-kangjia-ibuprofen.html', 'http://kangjiayf.test/catalog/product/view/id/2301.html', 'utf-8', False, doc('布洛芬缓释胶囊 0.3g*20粒', '''
<div class="product-info-main"><h1 class="page-title"><span class="base">布洛芬缓释胶囊 0.3g×20粒</span></h1>
<div class="product-info-price"><span class="price-wrapper"><span class="price">￥15.80</span></span></div>
<div class="product attribute overview"><span class="otc-badge">甲类OTC</span> 国药准字H10900089</div>
<div class="product data items"><h3>说明书（摘录）</h3>
<dl><dt>【适应症】</dt><dd>用于缓解轻至中度疼痛如头痛、关节痛、偏头痛、牙痛、肌肉痛、神经痛、痛经。也用于普通感冒或流行性感冒引起的发热。</dd>
<dt>【禁忌】</dt><dd>对其他非甾体抗炎药过敏者禁用；孕妇及哺乳期妇女禁用。</dd></dl>
<div class="pharmacist-tip"><b>药师提示：</b>本品为对症治疗药，用于止痛不得超过5天，用于解热不得超过3天，症状不缓解请咨询医师或药师；服药期间不得饮酒。</div>
</div></div>'''), '-',
 'trap: 说明书 text of a registered OTC drug quoted as such (【适应症】) and a pharmacist\'s safety advice; FALSE_CLAIM covers non-drug goods only (广告法 第十七条 concerns goods other than 医疗、药品、医疗器械). no case found.')

page('main', '003-kangjia-atorvastatin.html', 'http://kangjiayf.test/catalog/product/view/id/3117.html', 'utf-8', False, doc('阿托伐他汀钙片 20mg*7片 处方药', '''
<div class="product-info-main"><h1 class="page-title">阿托伐他汀钙片 20mg×7片</h1>
<div class="rx-warning" style="border:1px solid #c00">处方药须凭处方在药师指导下购买和使用</div>
<div class="product-info-price"><span class="price">¥32.50</span></div>
<ol class="rx-steps"><li>提交需求并上传处方（或由合作互联网医院医师开具电子处方）</li><li>执业药师审核处方</li><li>审核通过后支付、发货</li></ol>
<p class="return-note">退换说明：依照《药品经营质量管理规范》，除药品质量原因外，药品一经售出不得退换；如收到破损或批号与订单不符，请在签收后48小时内联系客服。</p>
</div>'''), '-',
 'trap: lawful 处方药 page (凭处方, 药师审核) whose no-return line rests on 药品经营质量管理规范 (除药品质量原因外，药品一经售出，不得退换), a statutory rule outside 消法 第二十五条 goods at large; no RETURN_REFUSED. no case found.')

page('main', '004-kangjia-estazolam.html', 'http://kangjiayf.test/catalog/product/view/id/4410.html', 'utf-8', False, doc('艾司唑仑片 1mg*20片', '''
<div class="product-info-main"><h1 class="page-title">艾司唑仑片 1mg×20片（舒乐安定）</h1>
<div class="product-info-price"><span class="price">¥46.00</span> <span class="stock">现货 库存充足</span></div>
<p>睡不着、半夜醒？老顾客回购款。<b>不用上传方子</b>，直接拍下，药师会备注用法。</p>
<p>隐私包装，外盒不显示品名，全国顺丰到付可选。限购3盒，需要更多私聊客服。</p>
</div>'''), 'PROHIBITED_GOODS',
 'PROHIBITED_GOODS: 艾司唑仑 is a 第二类精神药品; 药品管理法 (2019) 第六十一条第二款 and 药品网络销售监督管理办法 (2022) 第八条 with the 药品网络销售禁止清单 (第一版, 2022) bar 精神药品 from online sale. Seller kind from 安徽 王某某永康药店连锁 伪造处方网售处方药 case (2021, 罚款3108.48元).')

page('main', '050-kangjia-compliance.html', 'http://kangjiayf.test/notice/ad-compliance.html', 'utf-8', False, doc('商品描述合规说明', '''
<article class="cms-content"><h1>关于商品详情页用语的合规说明</h1>
<p>根据《广告法》第九条第三项，广告不得使用“国家级”“最高级”“最佳”等用语；第十七条规定，除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能。</p>
<p>本店已对全部商品详情页进行自查，删除了“特效”“根治”“第一品牌”等表述。如您发现仍有不当用语，欢迎反馈，核实后赠送积分。</p>
<p>保健食品详情页统一标注“保健食品不是药物，不能代替药物治疗疾病”。</p>
</article>'''), '-',
 'trap: quoted law and a self-audit notice listing the words it removed (not used as claims); the 积分 thanks reports of wrong wording, not reviews. no case found.')

# --- site yuetang-qx.test: 深圳悦糖 血糖仪, Drupal Commerce look-alike, GBK ---
page('main', '005-yuetang-home.html', 'http://yuetang-qx.test/', 'gbk', False, doc('悦糖 家用血糖仪官方商城', '''
<div id="page-wrapper"><div id="page"><header id="header" role="banner"><div class="site-branding">悦糖医疗</div></header>
<div class="region region-content"><div class="views-view-grid">
<div class="views-col"><div class="views-field-title">YT-200 家用血糖仪套装</div><div class="field--name-price">￥169.00</div></div>
<div class="views-col"><div class="views-field-title">血糖试纸 50支装</div><div class="field--name-price">￥79.00</div></div>
</div></div>
<footer class="site-footer"><div class="region-footer">
<p>%s　统一社会信用代码：%s</p>
<p>第二类医疗器械经营备案凭证：粤深食药监械经营备20221835号</p>
<p>粤公网安备 44030502009127号　客服 0755-2661 8830</p>
</div></footer></div></div>''' % (N('yuetang'), U('yuetang')), meta='gbk'), 'ICP_MISSING',
 'ICP_MISSING: the home shows licence and 公网安备 but no ICP filing; a 公网安备 number is not an ICP number (互联网信息服务管理办法 第十二条). no case found.')

page('main', '006-yuetang-meter.html', 'http://yuetang-qx.test/product/yt-200', 'gbk', False, doc('YT-200 家用血糖仪套装', '''
<article class="commerce-product"><h1 class="page-title">YT-200 家用血糖仪套装（主机+采血笔+50支试纸）</h1>
<div class="field--name-price"><span class="price">￥169.00</span></div>
<div class="field--name-body"><p>医疗器械注册证编号：粤械注准20202070512</p>
<p>【售后须知】血糖仪属于医疗器械，一经发出不支持7天无理由退换，未拆封也不退，请想好再拍。质量问题可保修一年。</p></div>
</article>''', meta='gbk'), 'RETURN_REFUSED',
 'RETURN_REFUSED: 消费者权益保护法 第二十五条; a sealed meter is none of the four exempt kinds, and 网络购买商品七日无理由退货暂行办法 第六条 lets only goods that affect health once unsealed be excluded, and only with the buyer\'s confirmation at purchase — here refused even unopened. Category from 法治日报 2025-08 网售医疗器械乱象调查.')

page('main', '007-yuetang-strips.html', 'http://yuetang-qx.test/product/strips-50', 'gbk', False, doc('血糖试纸 50支装', '''
<article class="commerce-product"><h1 class="page-title">血糖试纸 50支装（适配YT-200）</h1>
<div class="field--name-price"><span class="price">￥79.00</span></div>
<div class="field--name-body">
<p>说明书摘录：“本产品用于体外定量检测新鲜毛细血管全血中的葡萄糖浓度，检测结果仅供参考，不能用于糖尿病的诊断和筛查。”</p>
<p>试纸瓶盖拆开后受潮即失效，<b>已拆封的试纸</b>不适用七天无理由退货；未拆封可退。下单页会请您勾选确认本条。</p>
</div></article>''', meta='gbk'), '-',
 'trap: opened test strips are goods whose quality changes once unsealed, excluded only for opened packs and with the buyer\'s confirmation (网络购买商品七日无理由退货暂行办法 第六条); unopened packs stay returnable; 说明书 text quoted as such. no case found.')

# --- site lanmaobj.test: 南京蓝帽健康, 微盟-like H5 微商城, GBK ---
page('main', '008-lanmao-home.html', 'http://lanmaobj.test/', 'gbk', False, doc('蓝帽优选 健康商城', '''
<div class="wm-page"><div class="wm-banner"><img src="/img/banner1.jpg" alt="蓝帽优选">
<div class="wm-banner-txt">中国驰名商标 · 蓝帽优选 二十年只做一件事</div></div>
<div class="wm-goods-list"><div class="wm-goods"><p class="wm-goods-title">虫草精粹胶囊</p><p class="wm-goods-price">￥298</p></div>
<div class="wm-goods"><p class="wm-goods-title">深海鱼油软胶囊</p><p class="wm-goods-price">￥128</p></div></div>
<div class="wm-footer"><p>%s</p><p>统一社会信用代码 %s</p><p>食品经营许可证 JY13201050123456</p>
<p>苏ICP备XXXXXXXX号</p><p>技术支持：微盟</p></div></div>''' % (N('lanmao'), U('lanmao')), meta='gbk'), 'ICP_INVALID,WELLKNOWN_MARK_AD',
 'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — "中国驰名商标" used as a banner slogan (福州市市场监管局 自建网站宣传驰名商标 查处, 2016-2017). ICP_INVALID: placeholder 苏ICP备XXXXXXXX号 is no filing (互联网信息服务管理办法 第十二条; DOMAIN: placeholders are not filings).')

page('main', '009-lanmao-cordyceps.html', 'http://lanmaobj.test/goods/detail?id=1021', 'gbk', False, doc('虫草精粹胶囊', '''
<div class="wm-goods-detail"><h1 class="wm-title">虫草精粹胶囊 0.4g×60粒</h1>
<div class="wm-price"><span class="price">￥298</span></div>
<div class="wm-tag">保健食品　国食健注G20160297　保健功能：增强免疫力</div>
<div class="wm-rich"><p>血压高、血糖高的叔叔阿姨吃上一个周期，降压药、降糖药就能慢慢减量；</p>
<p>老慢支、哮喘夜里咳到睡不着的，坚持三个月，很多人都把喷雾扔了。</p>
<p>保健食品不是药物，不能代替药物治疗疾病。</p></div></div>''', meta='gbk'), 'FALSE_CLAIM',
 'FALSE_CLAIM: disease-treatment claims (降压降糖, 停用哮喘喷雾) for a 保健食品 whose registered function is only 增强免疫力 — 广告法 第十七条, 第十八条第一款第(二)项, 第二十八条; the small-print disclaimer does not cure it. Case: 哈密市市场监管局 2025 涉老保健品虚假宣传典型案例一 (虫草胶囊宣称降血压血糖、治疗哮喘, 罚款30000元).')

page('main', '010-lanmao-redyeast.html', 'http://lanmaobj.test/goods/detail?id=1035', 'gbk', False, doc('红曲纳豆软胶囊 保健食品', '''
<div class="wm-goods-detail"><h1 class="wm-title">红曲纳豆软胶囊 0.5g×60粒</h1>
<div class="wm-price"><span class="price">￥168</span></div>
<div class="wm-tag">保健食品（蓝帽）　国食健注G20190412</div>
<dl class="wm-spec"><dt>保健功能</dt><dd>有助于维持血脂（胆固醇/甘油三酯）健康水平</dd>
<dt>适宜人群</dt><dd>血脂偏高者</dd><dt>不适宜人群</dt><dd>少年儿童、孕妇、乳母、肝肾功能不全者</dd>
<dt>注意事项</dt><dd>本品不能代替药物；正在服用降脂药的请咨询医师后食用。</dd></dl></div>''', meta='gbk'), '-',
 'trap: a registered 保健功能 worded as the 保健食品功能目录 (2023) allows ("有助于维持血脂健康水平") with the mandatory 不能代替药物 warning; no treatment claim. no case found.')

page('main', '011-lanmao-fishoil.html', 'http://lanmaobj.test/goods/detail?id=1048', 'gbk', False, doc('深海鱼油软胶囊', '''
<div class="wm-goods-detail"><h1 class="wm-title">深海鱼油软胶囊 1000mg×100粒</h1>
<div class="wm-price"><span class="price">￥128</span></div>
<div class="wm-rich"><p>血管里的“清道夫”——血稠、血管堵，每天两粒，把斑块一点点溶掉，中风、心梗离你远一点。</p>
<p>产品类别：其他类饮料/凝胶糖果（普通食品）</p></div>
<div class="wm-coupon-card"><p>【收货福利】给个五星+三张实物图，截图发给客服，微信转你8块钱红包，追评再加2元。</p></div>
</div>''', meta='gbk'), 'FALSE_CLAIM,REVIEW_INDUCEMENT',
 'FALSE_CLAIM: 普通食品 claimed to dissolve plaque and prevent stroke — 广告法 第十七条, 第二十八条; 食品安全法 第七十三条 (市场监管总局、中消协 消费提示 "普通食品不能宣称保健功能", 鱼油 named). REVIEW_INDUCEMENT: cash for five-star photo reviews — 电子商务法 第十七条, 反不正当竞争法 第八条 (南通 好评返现卡案, 罚款5000元).')

page('main', '053-lanmao-about.html', 'http://lanmaobj.test/about.html', 'gbk', False, doc('关于蓝帽', '''
<div class="wm-article"><h1>企业简介</h1>
<p>南京蓝帽健康食品有限公司成立于2004年，主营保健食品与营养食品的研发与销售。</p>
<p>大事记：2015年在一起商标异议案中，“蓝帽优选”商标依法获得驰名商标保护（商标局异议裁定）。</p>
<p>我们的目标：做让家人放心的健康食品。</p></div>''', meta='gbk'), '-',
 'trap: a factual history line that a 驰名商标 protection was granted in a named proceeding, not used as an honour or slogan; 商标局 2016-09-09 批复 (关于在企业自建网站上使用驰名商标字样等有关问题) holds such factual statements without prominent use outside 商标法 第十四条第五款. 福州 2016-2017 case report.')

# --- site nongzi-fz.test: 寿光丰田农资, 多用户 B2B2C 门户 look-alike, GBK ---
page('main', '012-fengtian-home.html', 'http://nongzi-fz.test/', 'gbk', False, doc('丰田农资网 农药 种子 化肥 一站采购', '''
<table class="top-table" width="100%%"><tr><td>丰田农资网</td><td>服务热线 0536-5218 876</td></tr></table>
<div class="portal-notice"><h3>本站不经营的商品</h3>
<p>甲胺磷、对硫磷、甲基对硫磷、久效磷、磷胺、百草枯水剂、毒鼠强及其他国家禁用农药本站一律不售，请勿咨询；限制使用农药需实名登记，仅在门店按规定销售。</p></div>
<table class="cat-table"><tr><td>杀虫剂</td><td>杀菌剂</td><td>除草剂</td><td>蔬菜种子</td><td>叶面肥</td></tr></table>
<div class="portal-foot">%s<br>统一社会信用代码：%s<br>农药经营许可证：农药经许(鲁)37078320019<br>
<a href="https://beian.miit.gov.cn/">鲁ICP备2019042213号-3</a>&nbsp;&nbsp;鲁公网安备 37078302000318号</div>''' % (N('fengtian'), U('fengtian')), meta='gbk'), '-',
 'trap: a shop listing the banned pesticides it will not sell (negation); licence, 农药经营许可证 and ICP on the home page. Kind of trade from 都昌县 农药市场检查 (甲胺磷等5种高毒有机磷).')

page('main', '013-fengtian-imidacloprid.html', 'http://nongzi-fz.test/goods-2231.html', 'gbk', False, doc('70%吡虫啉水分散粒剂', '''
<div class="goods-info"><h1>70%吡虫啉水分散粒剂 蚜虫 飞虱 10克×10袋</h1>
<div class="goods-price">批发价：<span class="price">￥26.00</span>/盒</div>
<table class="params"><tr><th>农药登记证号</th><td>PD20130786</td></tr><tr><th>毒性</th><td>低毒</td></tr>
<tr><th>安全间隔期</th><td>小麦14天，每季最多使用2次</td></tr></table>
<p>低毒不等于无毒：施药时请穿长衣裤、戴口罩，避开蜂群和鱼塘，孕妇和哺乳期妇女避免接触。</p></div>''', meta='gbk'), '-',
 'trap: a registered 低毒 insecticide lawfully sold with its 农药登记证号 and 安全间隔期; safety advice. no case found.')

page('main', '014-fengtian-methamidophos.html', 'http://nongzi-fz.test/goods-2298.html', 'gbk', False, doc('老牌 杀虫 特效 一瓶顶三瓶', '''
<div class="goods-info"><h1>老牌甲胺磷 50%乳油 500ml 老药好用 钻心虫 红蜘蛛通杀</h1>
<div class="goods-price">批发价：<span class="price">￥38.00</span>/瓶</div>
<p>厂家库存老货，数量有限，拍下备注村名，物流站自提。</p></div>''', meta='gbk'), 'PROHIBITED_GOODS',
 'PROHIBITED_GOODS: 甲胺磷 is a banned pesticide (农业部公告第274号/第322号, 全面禁止自2007-01-01; 农药管理条例 (2017) bars trading banned pesticides) — sale is banned outright. Case: 都昌县 农药市场检查 查获甲胺磷等5种高毒有机磷农药.')

page('main', '015-fengtian-maize.html', 'http://nongzi-fz.test/goods-3105.html', 'gbk', False, doc('郑单958 玉米种子', '''
<div class="goods-info"><h1>郑单958 玉米种子 4000粒/袋</h1>
<div class="goods-price">批发价：<span class="price">￥45.00</span>/袋</div>
<table class="params"><tr><th>审定编号</th><td>国审玉20000009</td></tr><tr><th>质量</th><td>纯度≥96%　发芽率≥85%　水分≤13%</td></tr>
<tr><th>荣誉</th><td>国家质量免检产品 · 农资诚信放心种</td></tr></table></div>''', meta='gbk'), 'FALSE_HONOUR',
 'FALSE_HONOUR: 免检 was abolished in 2008 (国务院 废止《产品免于质量监督检查管理办法》, 质检总局 2008 第109号令), so "国家质量免检产品" cannot be true — 广告法 第二十八条, 反不正当竞争法 第九条. 审定编号 and seed grades are lawful. no case found.')

page('main', '052-fengtian-news.html', 'http://nongzi-fz.test/news/2024-09.html', 'gbk', False, doc('资讯：禁限用农药名录要点', '''
<div class="news"><h1>资讯：禁限用农药名录要点（转载整理）</h1>
<p>自2024年9月1日起，甲拌磷、甲基异柳磷、水胺硫磷、灭线磷原药及制剂禁止销售和使用。种植户家中存有上述产品的，请勿再用，可交回当地农业农村部门。</p>
<p>另外提醒：氟虫腈除卫生用、玉米等部分旱田种子包衣剂外禁止在其他方面使用。本站门店可协助登记回收。</p></div>''', meta='gbk'), '-',
 'trap: news/notice naming banned pesticides in order to warn; nothing is offered for sale. no case found.')

# --- site shouyao.test: 郑州牧康 兽药/饲料添加剂, Halo-blog with shop links, UTF-8 with BOM ---
page('main', '016-mukang-home.html', 'http://shouyao.test/', 'utf-8', True, doc('牧康养殖笔记 · 兽药饲料', '''
<div class="halo-site"><header class="site-header"><a class="site-title" href="/">牧康养殖笔记</a>
<nav><a href="/archives">文章</a> <a href="/shop">小店</a> <a href="/links">友链</a></nav></header>
<main><article class="post-card"><h2><a href="/archives/feed-additive">育肥猪拉稀怎么办</a></h2></article>
<article class="post-card"><h2><a href="/archives/florfenicol">氟苯尼考粉用药笔记</a></h2></article></main>
<footer class="site-footer"><p>兽药经营许可证：(2022)兽药经营证字410105123号</p><p>饲料添加剂 · 预混料 · 兽药 | 电话 0371-6691 2277</p>
<p><a href="https://beian.miit.gov.cn/">豫ICP备2022004470号-1</a></p><p>Powered by Halo</p></footer></div>'''), 'LICENSE_MISSING',
 'LICENSE_MISSING: the home shows only a 兽药经营许可证 (an administrative licence) and an ICP number — no business-licence information, code or link (电子商务法 第十五条; 网络交易监督管理办法 第十二条). Trade from 北京某商贸有限公司朝阳分公司 美团外卖网店无证经营兽药案 (2023).')

page('main', '017-mukang-additive.html', 'http://shouyao.test/archives/feed-additive', 'utf-8', True, doc('育肥猪拉稀怎么办', '''
<article class="post"><h1 class="post-title">育肥猪拉稀怎么办？不用打针的办法</h1>
<div class="post-content"><p>我们的“肠安宝”复合预混料属于<b>饲料添加剂</b>，不是兽药，不用开方子。</p>
<p>仔猪黄白痢、流行性腹泻，拌料三天止泻，五天猪群恢复吃料，替代抗生素，治病又促生长。</p>
<p><a href="/shop/changanbao">→ 去小店下单 ¥85/袋</a></p></div></article>'''), 'FALSE_CLAIM',
 'FALSE_CLAIM: a feed additive claimed to cure 黄白痢/流行性腹泻 — 饲料和饲料添加剂管理条例 forbids claiming 预防或者治疗动物疾病 for feed; 广告法 第十七条, 第二十八条. Case: "以宠物饲料冒充兽药, 被罚没29万余元" (宠法案例).')

page('main', '018-mukang-florfenicol.html', 'http://shouyao.test/archives/florfenicol', 'utf-8', True, doc('氟苯尼考粉用药笔记', '''
<article class="post"><h1 class="post-title">氟苯尼考粉用药笔记</h1>
<div class="post-content"><p>兽药批准文号：兽药字（2021）160031234　处方药（兽用）</p>
<blockquote>【作用与用途】酰胺醇类抗生素。用于敏感细菌所致的猪、鸡及鱼的细菌性疾病。<br>【休药期】猪20日；鸡5日。</blockquote>
<p>以上为说明书原文。兽用处方药须凭执业兽医处方购买，请先让兽医诊断，不要自行加量，出栏前务必遵守休药期。</p></div></article>'''), '-',
 'trap: 说明书 of a registered 兽药 quoted as such; disease wording belongs to the approved drug label, and the page demands a 执业兽医 prescription. no case found.')

# --- site tmfood-yy.test: 北京安素特医, Vue SPA shell with server-rendered content, UTF-8 ---
page('main', '019-ansu-home.html', 'http://tmfood-yy.test/', 'utf-8', False, doc('安素特医营养', '''
<div id="app" data-server-rendered="true"><div class="home">
<section class="hero"><h1>专注特殊医学用途配方食品</h1><p>品牌：安素特 · <span>驰</span><span>名</span><span>商</span><span>标</span>企业</p></section>
<section class="cards"><a class="card" href="/p/tm-01">全营养配方食品</a><a class="card" href="/p/tm-02">乳清蛋白组件</a></section>
<footer class="ft"><div>%s</div><div>统一社会信用代码：%s</div><div>食品经营许可证 JY11105050216733</div>
<div><a href="https://beian.miit.gov.cn/">京ICP备2021037719号-1</a>　京公网安备 11010502045521号</div></footer>
</div></div>
<script>window.__INITIAL_STATE__={"route":"/"}</script>''' % (N('ansu'), U('ansu'))), 'LICENSE_MISMATCH,WELLKNOWN_MARK_AD',
 'LICENSE_MISMATCH: the displayed code passes its check but the registry shows the company 注销 (电子商务法 第十五条 — the display must stay true). WELLKNOWN_MARK_AD: "驰名商标" split into one span per character, still displayed as a slogan (商标法 第十四条第五款; 福州 2016-2017 case). no case found for the 注销 part.')

page('main', '021-ansu-tmfood.html', 'http://tmfood-yy.test/p/tm-01', 'utf-8', False, doc('全营养配方食品 400g', '''
<div id="app" data-server-rendered="true"><div class="pdp">
<h1>特殊医学用途全营养配方食品 400g</h1><div class="price">￥268.00</div>
<ul class="meta"><li>注册证号：国食注字TY20200008</li><li>适用人群：10岁以上需要补充营养的人群</li></ul>
<p class="warn">请在医生或临床营养师指导下使用；不适用于胃肠道功能衰竭患者；本品禁止用于肠外营养支持和静脉注射。</p>
<p>最佳冲调水温 40–50℃，冲调后请在1小时内食用。</p>
</div></div>''', meta=None), '-',
 'trap: a registered 特医食品 with the label warnings its 注册 requires (医生或临床营养师指导下使用) and a "最佳冲调水温" usage tip (2023 绝对化用语 guideline: tips are not claims). Missing <meta charset>: the page is UTF-8 with no charset meta.')

# --- site hk-beauty.test: 深圳前海美研 (港资), 港式 Shopline-like theme, Big5 ---
page('main', '022-meiyanhk-home.html', 'http://hk-beauty.test/', 'big5', False, doc('美研薈 MEIYAN BEAUTY', '''
<div class="sl-header"><div class="sl-logo">美研薈</div><div class="sl-nav">護膚 | 彩妝 | 防曬 | 香氛</div></div>
<div class="sl-hero"><h2>頂級護膚 全網第一口碑</h2><p>港澳直送 內地包郵</p></div>
<div class="sl-footer"><p>%s（港資企業）</p><p>統一社會信用代碼：%s</p>
<p><a href="https://beian.miit.gov.cn/">粵ICP備2020088126號-1</a>　粵公網安備 44030502007755號</p></div>''' % ('深圳前海美研化妝品貿易有限公司', U('meiyan_hk')), meta='big5', lang='zh-Hant'), 'ABSOLUTE_TERM',
 'ABSOLUTE_TERM: "頂級" and "全網第一" as claims about the goods (广告法 第九条第三项; 2023 绝对化用语 guideline lists 第一/顶级 equivalents; cosmetics claims never count as minor). Licence shown in traditional script (name = registry name after 繁简 conversion). no case found.')

page('main', '023-meiyanhk-acne.html', 'http://hk-beauty.test/products/acne-essence', 'big5', False, doc('淨痘修護精華 30ml', '''
<div class="sl-product"><h1 class="sl-title">淨痘修護精華 30ml</h1><div class="sl-price"><span class="price">HK$ 268 / 人民幣239元</span></div>
<div class="sl-desc"><p>消炎殺菌，七天痘痘消下去，痘印一個月淡掉；激素臉、毛囊炎也適用。</p>
<p>產品類別：普通化妝品（備案）</p></div></div>''', meta='big5', lang='zh-Hant'), 'FALSE_CLAIM',
 'FALSE_CLAIM: a 普通化妆品 claiming 消炎杀菌 and treating 毛囊炎/激素脸 — 化妆品监督管理条例 第三十七条, 第四十三条; 广告法 第十七条, 第二十八条. Case: 天猫 祛痘净妍美肤水 "抗敏祛痘" 处罚案 (2021); 海南省市场监管局 硅凝胶化妆品 "修复、祛疤" 案.')

page('main', '024-meiyanhk-dupe.html', 'http://hk-beauty.test/products/serum-7', 'big5', False, doc('小棕瓶 精華 50ml', '''
<div class="sl-product"><h1 class="sl-title">小棕瓶修護精華 50ml</h1><div class="sl-price"><span class="price">人民幣189元</span></div>
<div class="sl-desc"><p>專櫃原單，同廠同料，和專櫃版一比一，無盒裝所以便宜。</p></div></div>''', meta='big5', lang='zh-Hant'), 'COUNTERFEIT_TERM',
 'COUNTERFEIT_TERM: "原單" and "一比一" (spelled out 1:1) in traditional script, offering a famous product\'s copy — 商标法 第五十七条. no case found (kind of goods from 法治日报 2025-08 report on 网售 beauty goods).')

page('main', '051-meiyanhk-sunscreen.html', 'http://hk-beauty.test/products/sun-50', 'big5', False, doc('清透防曬乳 SPF50+ PA++++', '''
<div class="sl-product"><h1 class="sl-title">清透防曬乳 SPF50+ PA++++ 50ml</h1><div class="sl-price"><span class="price">人民幣158元</span></div>
<div class="sl-desc"><p>特殊化妝品　國妝特進字J20210418</p>
<p>本店只售品牌授權正貨，不賣高仿、A貨，歡迎到品牌官網驗證防偽碼。</p>
<p>小提示：出門前15分鐘塗抹效果最佳，游泳後請補塗。</p></div></div>''', meta='big5', lang='zh-Hant'), '-',
 'trap: a 特殊化妆品 with its registration; "不賣高仿、A貨" is a refusal (negation); "效果最佳" is a usage tip tied to time of application (2023 guideline tips). no case found.')

# --- site tw-tea-health.test: 厦门燕台滋补 (台资), Big5 ---
page('main', '025-yantai-home.html', 'http://tw-tea-health.test/', 'big5', False, doc('燕台 燕窩 滋補', '''
<table class="tw-layout"><tr><td class="tw-logo">燕台滋補</td><td>燕窩 · 花膠 · 養生茶</td></tr></table>
<div class="tw-main"><p>台灣品牌，廈門直營，內地包郵。</p></div>
<div class="tw-foot">廈門燕台滋補品有限公司｜統一社會信用代碼：%s<br>
閩ICP備12345678號　閩公網安備 35020602001234號</div>''' % U('yantai'), meta='big5', lang='zh-Hant'), 'ICP_INVALID',
 'ICP_INVALID: "閩ICP備12345678號" is the placeholder number, not a filing (互联网信息服务管理办法 第十二条; DOMAIN: placeholders are not filings). no case found.')

page('main', '027-yantai-fresh.html', 'http://tw-tea-health.test/item/fresh-nest', 'big5', False, doc('鮮燉燕窩 冷藏 7天', '''
<div class="tw-item"><h1>鮮燉燕窩 70g×7瓶（冷藏）</h1><div class="tw-price"><span class="price">人民幣399元</span></div>
<p>本品為普通食品，不具有保健功能，不能代替藥物。</p>
<p>最佳賞味期：冷藏條件下7天。</p>
<p>鮮燉燕窩屬鮮活易腐食品，依《消費者權益保護法》第二十五條，不適用七日無理由退貨；破損或變質請拍照聯繫客服。</p></div>''', meta='utf-8', lang='zh-Hant'), '-',
 'trap: chilled fresh bird\'s-nest is 鲜活易腐 (消费者权益保护法 第二十五条第一款第(二)项), so the no-return line is a statutory exemption; "最佳赏味期" is the known allow-listed tip; the food disclaimer is lawful. Wrong charset meta: the bytes are Big5 but <meta charset> says utf-8.')

# --- site liliao.test: 成都舒络康 理疗仪, 飞书-like landing page, GBK ---
page('main', '028-shuluo-home.html', 'http://liliao.test/', 'gbk', False, doc('舒络康 家用中频理疗仪', '''
<div class="lp-block lp-hero"><h1>舒络康家用中频理疗仪</h1><p>医疗器械注册证：川械注准20212090311</p></div>
<div class="lp-block lp-grid"><div class="lp-card">SLK-3 颈肩款</div><div class="lp-card">SLK-5 腰腹款</div></div>
<div class="lp-block lp-tip"><p>使用小贴士：饭后一小时使用体验最佳；心脏起搏器佩戴者、孕妇禁用。</p></div>
<div class="lp-block lp-footer"><a href="/license.html"><img src="/img/yyzz-thumb.jpg" alt="营业执照"></a> 营业执照（点击查看）<br>
第二类医疗器械经营备案 川蓉食药监械经营备20210448号<br>
<a href="https://beian.miit.gov.cn/">川ICP备2021029938号-1</a></div>''', meta='gbk'), '-',
 'trap: licence shown as an image with a link to a licence page (counts as display, 电子商务法 第十五条 "链接标识"); "体验最佳" is a usage tip (2023 guideline); 禁用 warning. no case found.')

page('main', '029-shuluo-slk3.html', 'http://liliao.test/item/slk-3.html', 'gbk', False, doc('SLK-3 颈肩中频理疗仪', '''
<div class="lp-block lp-item"><h1>SLK-3 颈肩中频理疗仪</h1>
<div class="lp-price">限时价 <span class="price">￥698</span>　<del class="price-old">原价￥1980</del></div>
<p>颈椎病、腰突、肩周炎，一个疗程见效，两个疗程根治，免开刀、不吃药。</p>
<p>医疗器械注册证：川械注准20212090311</p></div>''', meta='gbk'), 'FAKE_ORIGINAL_PRICE,FALSE_CLAIM',
 'FAKE_ORIGINAL_PRICE: 原价1980 while the capture 4 days before shows the item at 698 (明码标价和禁止价格欺诈规定 第十六条, 第十九条). FALSE_CLAIM: "根治" and a guaranteed cure for a 理疗 device — 广告法 第十六条第一款第(一)(二)项, 第二十八条. Cases: 东莞 网络零售专项检查 案例1 原价318/促销价159 (2018); 法治日报 2025-08 网售医疗器械调查.')
hist('main', '029-shuluo-slk3-d4.html', 'http://liliao.test/item/slk-3.html', 4, 'gbk', doc('SLK-3 颈肩中频理疗仪', '''
<div class="lp-block lp-item"><h1>SLK-3 颈肩中频理疗仪</h1><div class="lp-price"><span class="price">￥698</span></div></div>''', meta='gbk'))
hist('main', '029-shuluo-slk3-d12.html', 'http://liliao.test/item/slk-3.html', 12, 'gbk', doc('SLK-3 颈肩中频理疗仪', '''
<div class="lp-block lp-item"><h1>SLK-3 颈肩中频理疗仪</h1><div class="lp-price"><span class="price">￥1980</span></div></div>''', meta='gbk'))

page('main', '030-shuluo-slk5.html', 'http://liliao.test/item/slk-5.html', 'gbk', False, doc('SLK-5 腰腹中频理疗仪', '''
<div class="lp-block lp-item"><h1>SLK-5 腰腹中频理疗仪</h1>
<div class="lp-price">活动价 <span class="price">￥699</span>　<del class="price-old">日常价￥899</del></div>
<p>缓解腰部肌肉酸痛，适用于家庭理疗。使用前请阅读说明书。</p></div>''', meta='gbk'), '-',
 'trap: 日常价899 equals the lowest price in the captures of the past 7 days (899 at 2 and 5.5 days); the 599 capture is 9 days old, outside the 7-day window of 明码标价和禁止价格欺诈规定 第十六条. no case found.')
hist('main', '030-shuluo-slk5-d2.html', 'http://liliao.test/item/slk-5.html', 2, 'gbk', doc('SLK-5 腰腹中频理疗仪', '''
<div class="lp-block lp-item"><h1>SLK-5 腰腹中频理疗仪</h1><div class="lp-price"><span class="price">￥899</span></div></div>''', meta='gbk'))
hist('main', '030-shuluo-slk5-d5.html', 'http://liliao.test/item/slk-5.html', 5.5, 'gbk', doc('SLK-5 腰腹中频理疗仪', '''
<div class="lp-block lp-item"><h1>SLK-5 腰腹中频理疗仪</h1><div class="lp-price"><span class="price">￥899</span></div></div>''', meta='gbk'))
hist('main', '030-shuluo-slk5-d9.html', 'http://liliao.test/item/slk-5.html', 9, 'gbk', doc('SLK-5 腰腹中频理疗仪', '''
<div class="lp-block lp-item"><h1>SLK-5 腰腹中频理疗仪</h1><div class="lp-price">双11 <span class="price">￥599</span></div></div>''', meta='gbk'))

# --- site qingfei.test: 武汉清肺堂 代用茶, PbootCMS-free plain table layout, UTF-8 without any charset meta ---
page('main', '048-qingfei-home.html', 'http://qingfei.test/', 'utf-8', False, doc('清肺堂 罗汉果菊花茶', '''
<table width="960" align="center"><tr><td><h1>清肺堂</h1><p>罗汉果胖大海菊花茶 · 蒲公英茶</p></td></tr>
<tr><td><p>老烟民的日常茶饮，每袋独立包装。</p></td></tr>
<tr><td class="foot">%s　统一社会信用代码：%s<br>地址：武汉市江汉区　电话 027-8577 6120</td></tr></table>''' % (N('qingfei'), spoil(U('qingfei'))), meta=None), 'ICP_MISSING,LICENSE_INVALID',
 'LICENSE_INVALID: the displayed 统一社会信用代码 fails its GB 32100 check character (false display; 电子商务法 第十五条). ICP_MISSING: no ICP number on the home page (互联网信息服务管理办法 第十二条). Missing <meta charset>: UTF-8 bytes, no charset meta. no case found.')

# =========================== platform shops (main) ===========================
# --- shop hexin: 杭州和信大药房 (京东 POP 店铺装修模块 look-alike), GBK ---
page('main', '031-hexin-shop.html', PF + '/shop/hexin/', 'gbk', False, platform('和信大药房官方店', shop_home('hexin', 'hexin', '和信大药房官方店', '''
<div class="j-module" module-name="rx-area"><h3>处方药专区</h3>
<p>依据《药品网络销售监督管理办法》：处方药须凭处方在药师指导下购买和使用。本店处方由合作互联网医院开具、经执业药师审核后方可调配发货。</p></div>
<div class="j-module" module-name="goods"><a href="/item/hexin-3001.html">头孢克肟分散片</a> <a href="/item/hexin-3002.html">氯雷他定片</a></div>
<div class="shop-qual">药品经营许可证：浙AA5710298　执业药师：周敏（注册证号 3301201502091）</div>'''), meta='gbk'), '-',
 'trap: lawful 处方药 notice (凭处方, 药师审核) on a pharmacy shop home with the shop\'s own licence in .shop-license and the mall-mark. Kind of seller from 安徽 永康药店连锁 网售处方药 case (2021).')

page('main', '032-hexin-loratadine.html', PF + '/item/hexin-3002.html', 'gbk', False, platform('氯雷他定片 10mg*6片', '''
<div class="item-main"><h1 class="item-title">氯雷他定片 10mg×6片 OTC</h1>
<div class="item-price"><span class="price">￥18.90</span></div>
<div class="pharmacist"><b>执业药师用药提醒</b>
<p>本品最好空腹服用；服药期间避免驾驶或高空作业如感困倦；孕妇及哺乳期妇女慎用，2岁以下儿童用药请遵医嘱。</p>
<p>如出现皮疹加重、呼吸困难，请立即停药并就医。药品非质量问题不退换。</p></div></div>''', meta='gbk'), '-',
 'trap: a pharmacist\'s safety advice on an OTC drug ("最好空腹服用" is dosing advice, not a claim); drug no-return rests on 药品经营质量管理规范. no case found.')

page('main', '033-hexin-hpv.html', PF + '/item/hexin-3090.html', 'gbk', False, platform('九价HPV 预约', '''
<div class="item-main"><h1 class="item-title">【现货】九价人乳头瘤病毒疫苗 3针 冷链到家 可代约接种</h1>
<div class="item-price"><span class="price">￥3980</span>/3剂</div>
<p>不用排队摇号，拍下后48小时冷链配送，附社区医院接种预约单。</p></div>''', meta='gbk'), 'PROHIBITED_GOODS',
 'PROHIBITED_GOODS: vaccines may not be sold online (药品管理法 第六十一条第二款; 疫苗管理法 — 疫苗 reach only 疾控/接种单位, never consumers; 药品网络销售禁止清单 2022). no case found.')

# --- shop tangyi: 武汉糖易 血糖仪 (淘宝-like C店), UTF-8 ---
page('main', '034-tangyi-shop.html', PF + '/shop/tangyi/', 'utf-8', False, platform('糖易医疗器械店', shop_home('tangyi', 'tangyi', '糖易医疗器械店', '''
<div class="shop-banner">家用血糖仪 · 试纸 · 采血针 一站购</div>''',
 lic_html='<div class="shop-license box">营业执照信息<br>企业名称：%s<br>统一社会信用代码：%s<br>第二类医疗器械经营备案：鄂汉食药监械经营备20200417号</div>' % (N('tangyi'), spoil(U('tangyi'))))), 'LICENSE_INVALID',
 'LICENSE_INVALID: the code in .shop-license fails its GB 32100 check character (电子商务法 第十五条 — the display must be true). no case found.')

page('main', '035-tangyi-meter.html', PF + '/item/tangyi-101.html', 'utf-8', False, platform('智能血糖仪套装', '''
<div class="item-main"><h1 class="item-title">智能语音血糖仪套装 送100支试纸</h1>
<div class="item-price"><span class="price">￥219</span> <s class="price-line">划线价 ￥399</s></div>
<p class="price-explain">划线价：商品的专柜价、吊牌价、正品零售价、厂商指导价或该商品的曾经展示过的销售价等，并非原价，仅供参考。</p></div>'''), 'FAKE_ORIGINAL_PRICE',
 'FAKE_ORIGINAL_PRICE: 划线价399 while the capture 3.5 days before shows the item at 199 (明码标价和禁止价格欺诈规定 第十六条; a boilerplate "并非原价，仅供参考" does not name a source, 第十六条 "除法律、法规、规章另有规定外"). Case: 东莞 网络零售专项检查 案例1 虚构原价 (2018).')
hist('main', '035-tangyi-meter-d3.html', PF + '/item/tangyi-101.html', 3.5, 'utf-8', platform('智能血糖仪套装', '''
<div class="item-main"><h1 class="item-title">智能语音血糖仪套装 送100支试纸</h1><div class="item-price"><span class="price">￥199</span></div></div>'''))

# --- shop meiyanhui: 广州美颜汇 化妆品 (小红书-like 笔记+商品卡), UTF-8 with BOM on the shop home and one item ---
page('main', '036-meiyanhui-shop.html', PF + '/shop/meiyanhui/', 'utf-8', True, platform('美颜汇护肤', shop_home('meiyanhui', 'meiyanhui', '美颜汇护肤', '''
<div class="note-feed"><div class="note-card"><p>📒 换季干皮急救流程</p></div><div class="note-card"><p>📒 早C晚A怎么叠</p></div></div>''',
 mark='<div class="mall-mark" style="display:none"><a href="http://mall.wangjian.test/license/meiyanhui">网剑商城认证店铺</a></div>')), 'MARK_MISSING',
 'MARK_MISSING: the mall-mark element is hidden (display:none), so no platform mark is displayed (seed: 平台为网店亮标; contract: hidden elements are not displayed). no case found.')

page('main', '037-meiyanhui-whitening.html', PF + '/item/meiyanhui-21.html', 'utf-8', True, platform('烟酰胺淡斑精华 特殊化妆品', '''
<div class="item-main"><h1 class="item-title">烟酰胺淡斑精华 30ml（祛斑美白·特殊化妆品）</h1>
<div class="item-price"><span class="price">￥159</span></div>
<dl class="item-props"><dt>注册证号</dt><dd>国妆特字G20210733</dd><dt>功效</dt><dd>祛斑美白：淡化晒后色斑，提亮肤色</dd>
<dt>功效评价</dt><dd>人体功效试验报告已按《化妆品功效宣称评价规范》上传备查</dd></dl>
<p>敏感肌请先在耳后试用；出现红肿刺痛请停用。</p></div>'''), '-',
 'trap: a 特殊化妆品 whose 祛斑美白 claim stays inside its registration (化妆品分类规则和分类目录; 化妆品功效宣称评价规范) — not a medical claim. Contrast with the 敏感肌 case (某地市场监管局 2025, 特殊化妆品 "专为敏感肌研发" without evaluation). no case found for this lawful page.')

page('main', '038-meiyanhui-mask.html', PF + '/item/meiyanhui-35.html', 'utf-8', False, platform('修护面膜 10片', '''
<div class="item-main"><h1 class="item-title">医用级修护面膜 10片 术后/激素脸/皮炎 专用</h1>
<div class="item-price"><span class="price">￥89</span></div>
<p>医美院线同款，械字号品质，三天退红，治好换季皮炎和激素依赖性皮炎。</p>
<p>产品属性：普通化妆品（面膜类）</p></div>'''), 'FALSE_CLAIM',
 'FALSE_CLAIM: a 普通化妆品 面膜 sold as "医用级/械字号" that 治好 皮炎 — 化妆品监督管理条例 第三十七条, 第四十三条; 广告法 第十七条, 第二十八条. Case: 重庆市药监局 公布 "医用面膜" 虚假宣传案 (罚款100000元, 2023); 法治日报 2025-08 医用面膜调查.')

page('main', '039-meiyanhui-dupe.html', PF + '/item/meiyanhui-40.html', 'utf-8', False, platform('修护精华 平替', '''
<div class="item-main"><h1 class="item-title">小棕瓶平替 修护精华 50ml</h1>
<div class="item-price"><span class="price">￥69</span></div>
<p>大牌<span>复</span><span>刻</span>版，瓶身LOGO、批号、防伪码和专柜一比一，送人看不出来。</p></div>'''), 'COUNTERFEIT_TERM',
 'COUNTERFEIT_TERM: "复刻" split across spans, with LOGO and 防伪码 copied "一比一" — selling goods bearing another\'s mark (商标法 第五十七条). no case found.')

# --- shop chongai: 成都宠爱 宠物药 (快手小店 look-alike), GBK ---
page('main', '040-chongai-shop.html', PF + '/shop/chongai/', 'gbk', False, platform('宠爱宠物医药', shop_home('chongai', 'chongai', '宠爱宠物医药', '''
<div class="ks-live">直播中：春季驱虫怎么选</div>
<div class="ks-goods"><a href="/item/chongai-7.html">体内外驱虫滴剂</a> <a href="/item/chongai-9.html">猫用营养膏</a></div>
<div class="ks-contact">客服微信：chongai_cd　兽药经营许可证：(2021)兽药经营证字510104088号</div>''', lic_html=''), meta='gbk'), 'LICENSE_MISSING',
 'LICENSE_MISSING: the shop home shows no licence of its own (only a 兽药经营许可证 number and the platform footer, which is the platform\'s identity) — 电子商务法 第十五条; 网络交易监督管理办法 第十二条. Trade from 北京某商贸有限公司朝阳分公司 美团网店无证经营兽药案 (2023).')

page('main', '041-chongai-drops.html', PF + '/item/chongai-7.html', 'gbk', False, platform('体内外驱虫滴剂 猫用', '''
<div class="item-main"><h1 class="item-title">猫用体内外驱虫滴剂 0.5ml×3支（2.5-7.5kg）</h1>
<div class="item-price"><span class="price">￥126</span></div>
<p>兽药批准文号：兽药字（2020）220542168　非处方兽药</p>
<p>说明书：用于预防和治疗猫的跳蚤、耳螨感染及蛔虫、钩虫感染。</p>
<p>执业兽医提醒：请按体重选规格，滴在颈后舔不到的位置；9周龄以下幼猫、体弱猫请先咨询兽医；驱虫效果因个体而异。</p></div>''', meta='gbk'), '-',
 'trap: a registered non-prescription 兽药 with its approved 说明书 wording quoted and a vet\'s advice; disease words belong to the drug label. no case found.')

page('main', '042-chongai-paste.html', PF + '/item/chongai-9.html', 'gbk', False, platform('猫用营养膏', '''
<div class="item-main"><h1 class="item-title">猫咪营养膏 120g 鼻支猫瘟康复期</h1>
<div class="item-price"><span class="price">￥59</span></div>
<p>猫鼻支流鼻涕、眼屎多，每天一截，七天好转；猫瘟恢复期喂它比打针管用。</p>
<p>产品类别：宠物营养补充剂（宠物配合饲料）</p></div>''', meta='gbk'), 'FALSE_CLAIM',
 'FALSE_CLAIM: pet feed claimed to cure 猫鼻支/猫瘟 "比打针管用" — 饲料和饲料添加剂管理条例 (no 预防或者治疗动物疾病 claims for feed); 广告法 第十七条, 第二十八条. Case: "以宠物饲料冒充兽药, 被罚没29万余元" (宠法案例).')

# --- shop shencao: 福州参草堂 滋补品/中药材 (唯品会-like 特卖 module), GB18030 ---
page('main', '043-shencao-shop.html', PF + '/shop/shencao/', 'gb18030', False, platform('参草堂滋补馆', shop_home('shencao', 'shencao', '参草堂滋补馆', '''
<div class="vip-flash"><h2>顶级野山参 · 参中极品</h2><p>全网最低价，闭眼入；福州仓当天发。</p>
<p>店长：林𬀩　福州三坊七巷老铺</p></div>''',
 mark='<!-- <a class="mall-mark" href="http://mall.wangjian.test/license/shencao">网剑商城认证店铺</a> -->'), meta='gb18030'), 'ABSOLUTE_TERM,MARK_MISSING',
 'ABSOLUTE_TERM: "顶级", "参中极品", "全网最低价" as claims (广告法 第九条第三项; 2023 guideline). MARK_MISSING: the mall-mark exists only inside an HTML comment (not displayed). GB18030: the manager\'s name uses 𬀩 (U+2C029), outside GBK. no case found.')

page('main', '044-shencao-herbs.html', PF + '/item/shencao-52.html', 'gb18030', False, platform('霍山铁皮石斛枫斗 土鳖虫', '''
<div class="item-main"><h1 class="item-title">霍山铁皮石斛枫斗 250g ＋ 䗪虫（土鳖虫）100g 组合</h1>
<div class="item-price"><span class="price">￥458</span></div>
<p>干货中药材，真空铝箔袋，常温保存两年。</p>
<p class="after-sale">售后：药材类商品不支持七天无理由退货，拍下即视为同意，介意勿拍。</p></div>''', meta='gb18030'), 'RETURN_REFUSED',
 'RETURN_REFUSED: dried, sealed 中药材 with a two-year shelf life are none of the exempt kinds of 消费者权益保护法 第二十五条, and a blanket "拍下即视为同意" is not the buyer\'s confirmation for a kind that qualifies (网络购买商品七日无理由退货暂行办法 第六条). GB18030: 䗪 (U+45EA, CJK Ext A) outside GBK. no case found.')

# --- shop lianmao: 南京联茂 保健食品 (拼多多-like), UTF-8 ---
ZZLZ_OTHER = ('https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&serial=%s-SAIC_SHOW_10000320106173845120&signData=MEUCIQDk3v'
              % OTHER[1])
page('main', '045-lianmao-shop.html', PF + '/shop/lianmao/', 'utf-8', False, platform('联茂保健品专营', shop_home('lianmao', 'lianmao', '联茂保健品专营', '''
<div class="pdd-goods-list"><a href="/item/lianmao-5.html">葡萄籽胶囊</a> <a href="/item/lianmao-8.html">0元试用 氨糖软骨素</a></div>''',
 lic_html='<div class="shop-license"><a href="%s"><img src="/img/zzlz.png" alt="电子营业执照亮照"></a> %s　统一社会信用代码：%s</div>' % (ZZLZ_OTHER.replace('&', '&amp;'), N('lianmao'), U('lianmao')))), 'LICENSE_MISMATCH',
 'LICENSE_MISMATCH: the electronic-licence link\'s serial names another company\'s code (南京茂源商贸), not the code the shop displays (电子商务法 第十五条; 市场主体登记管理条例 第三十六条). no case found.')

page('main', '046-lianmao-grapeseed.html', PF + '/item/lianmao-5.html', 'utf-8', False, platform('葡萄籽胶囊 保健食品', '''
<div class="item-main"><h1 class="item-title">葡萄籽提取物胶囊 0.3g×60粒</h1>
<div class="item-price"><span class="price">￥79</span></div>
<div class="honor-strip">国家免检产品 ｜ 蓝帽保健食品</div>
<p>保健功能：有助于抗氧化。本品不能代替药物。</p></div>'''), 'FALSE_HONOUR',
 'FALSE_HONOUR: "国家免检产品" — the 免检 scheme was abolished in 2008 (质检总局令第109号), so the honour cannot be true (广告法 第二十八条; 反不正当竞争法 第九条). The 保健功能 wording itself is lawful. no case found.')

page('main', '047-lianmao-trial.html', PF + '/item/lianmao-8.html', 'utf-8', False, platform('氨糖软骨素 0元试用', '''
<div class="item-main"><h1 class="item-title">氨糖软骨素钙片 0元试用</h1>
<div class="item-price"><span class="price">￥99</span> 试用价 ￥0</div>
<ol class="trial-steps"><li>正常拍下付款</li><li>收货后7天内写够50字五星评价，带3张图，不能提“试用”</li><li>评价截图发客服，全额返还99元到支付宝</li></ol></div>'''), 'REVIEW_INDUCEMENT',
 'REVIEW_INDUCEMENT: full refund in exchange for a five-star photo review that must hide the trial — 刷单炒信 / 编造用户评价 (电子商务法 第十七条; 反不正当竞争法 第八条). Case: 南通 好评返现卡案 (罚款5000元).')

# =========================== HOLDOUT ===========================
# --- site tingsheng.test: 上海听声助听器, Joomla VirtueMart look-alike, UTF-8 with BOM ---
page('hold', '101-tingsheng-home.html', 'http://tingsheng.test/', 'utf-8', True, doc('听声助听器 验配中心', '''
<div class="t3-wrapper"><header id="t3-header"><div class="logo">听声 TINGSHENG</div>
<ul class="nav menu"><li><a href="/index.php/hearing-aids">助听器</a></li><li><a href="/index.php/fitting">预约验配</a></li></ul></header>
<div id="t3-mainbody"><div class="vm-product-grid"><div class="product">耳背式助听器 BTE-12</div><div class="product">定制耳内式 ITE-C</div></div></div>
<footer id="t3-footer"><p>© 2026 听声助听器 版权所有　客服 021-5098 3321　上海市浦东新区</p>
<p><a href="https://beian.miit.gov.cn/">沪ICP备2020033418号-1</a>　沪公网安备 31011502017754号</p></footer></div>'''), 'LICENSE_MISSING',
 'LICENSE_MISSING: no 统一社会信用代码, licence image or link on the home page, only ICP/公网安备 and a copyright line (电子商务法 第十五条; 网络交易监督管理办法 第十二条). no case found.')

page('hold', '102-tingsheng-custom.html', 'http://tingsheng.test/index.php/hearing-aids/ite-c', 'utf-8', True, doc('定制耳内式助听器 ITE-C', '''
<div class="productdetails-view"><h1>定制耳内式助听器 ITE-C（单耳）</h1>
<div class="product-price"><span class="PricesalesPrice price">￥6800</span></div>
<p>外壳按您的耳道印模单独制作，需到店或由上门验配师取耳样，制作周期7–10个工作日。</p>
<p>按耳模定制的产品属于定作商品，依《消费者权益保护法》第二十五条不适用七日无理由退货；30天内可免费调机、改壳。</p>
<p>医疗器械注册证：国械注进20193190264</p></div>'''), '-',
 'trap: a custom-moulded hearing aid is 定作 (消费者权益保护法 第二十五条第一款第(一)项), so the no-return line is a statutory exemption. no case found.')

page('hold', '103-tingsheng-bte.html', 'http://tingsheng.test/index.php/hearing-aids/bte-12', 'utf-8', True, doc('耳背式助听器 BTE-12', '''
<div class="productdetails-view"><h1>耳背式助听器 BTE-12 盒装</h1>
<div class="product-price"><span class="PricesalesPrice price">￥2980</span></div>
<p>戴上就能把听力找回来，神经性耳鸣一个月明显减轻，很多老人戴半年耳鸣没了。</p>
<p>售后说明：助听器为医疗器械，售出概不退换，未拆封同样不退。</p></div>'''), 'FALSE_CLAIM,RETURN_REFUSED',
 'FALSE_CLAIM: a hearing aid amplifies sound; "找回听力", curing 耳鸣 are treatment claims beyond its registration (广告法 第十六条, 第二十八条). RETURN_REFUSED: a boxed stock (not custom) hearing aid refused even unopened (消费者权益保护法 第二十五条). Case: 哈密市市场监管局 2025 涉老 典型案例 (免费体验医疗器械引流、夸大功效); 法治日报 2025-08 网售医疗器械调查.')

# --- site yaocai.test: 亳州百草堂药材, Typecho blog shop, GB18030 ---
YC_FOOT = ('<footer id="footer">&copy; 2026 %s<br>统一社会信用代码：%s<br>'
           '<a href="https://beian.miit.gov.cn/">萌ICP备20230101号</a><br>Powered by Typecho</footer>') % (N('baicao'), U('baicao'))
page('hold', '104-baicao-home.html', 'http://yaocai.test/', 'gb18030', False, doc('百草堂药材铺', '''
<div id="header"><h1 class="site-name">百草堂药材铺</h1><p class="description">亳州药市 · 产地直发</p></div>
<div id="main"><article class="post"><h2 class="post-title"><a href="/archives/37/">文山三七粉</a></h2></article>
<article class="post"><h2 class="post-title"><a href="/archives/41/">灵芝孢子粉</a></h2></article>
<p>本店药材出自亳州十八里镇合作社，理事长李𬞟。</p></div>''' + YC_FOOT, meta='gb18030'), 'ICP_INVALID',
 'ICP_INVALID: "萌ICP备" is a joke registry, not a filing (互联网信息服务管理办法 第十二条; DOMAIN: joke registries). GB18030: 𬞟 (U+2C79F) outside GBK. no case found.')

page('hold', '105-baicao-sanqi.html', 'http://yaocai.test/archives/37/', 'gb18030', False, doc('文山三七粉 250g', '''
<article class="post"><h1 class="post-title">文山三七粉 250g 超细粉</h1>
<div class="post-price">现价 <span class="price">￥168</span>　<del>市场价 ￥328</del></div>
<div class="post-content"><p>三高人群的“通道粉”：降血压、降血脂、通血栓，早晚一勺，比吃药还管用，不伤肝肾。</p>
<p>产品类别：初级农产品（中药材），执行标准 GB/T 19086。</p>
<p class="related">同店在售：芎䓖（川芎）片 500g</p></div></article>''', meta='gb18030'), 'FAKE_ORIGINAL_PRICE,FALSE_CLAIM',
 'FALSE_CLAIM: 中药材 sold as food claiming to lower blood pressure and clear thrombosis "比吃药还管用" — 广告法 第十七条, 第二十八条 (市场监管总局、中消协 消费提示 普通食品不能宣称保健功能). FAKE_ORIGINAL_PRICE: 市场价328 while the capture 2 days before shows 158 (明码标价和禁止价格欺诈规定 第十六条). Case: 东莞 2018 案例1 虚构原价. GB18030: 䓖 (U+44D6, in 芎䓖) outside GBK.')
hist('hold', '105-baicao-sanqi-d2.html', 'http://yaocai.test/archives/37/', 2, 'gb18030', doc('文山三七粉 250g', '''
<article class="post"><h1 class="post-title">文山三七粉 250g 超细粉</h1><div class="post-price">现价 <span class="price">人民幣158元</span></div></article>''', meta='gb18030'))

page('hold', '106-baicao-lingzhi.html', 'http://yaocai.test/archives/41/', 'gb18030', False, doc('破壁灵芝孢子粉 保健食品', '''
<article class="post"><h1 class="post-title">破壁灵芝孢子粉 1g×60袋</h1>
<div class="post-price"><span class="price">￥298</span></div>
<div class="post-content"><p>保健食品　国食健注G20141052　保健功能：增强免疫力</p>
<p>不适宜人群：少年儿童、孕妇、乳母。本品不能代替药物。</p>
<p>提示：“破壁率”不是越高越好，选购时请核对蓝帽批号。</p>
<p class="related">相关推荐：芎䓖（川芎）饮片</p></div></article>''', meta='gb18030'), '-',
 'trap: registered 保健功能 (增强免疫力) worded as the 目录 allows with the 不能代替药物 warning; "越高越好" appears inside a negated buying tip. GB18030: 䓖 (U+44D6) outside GBK. no case found.')

# --- site macau-pet.test: 珠海横琴宠安 (澳门团队), Big5 ---
page('hold', '107-chongan-home.html', 'http://macau-pet.test/', 'big5', False, doc('寵安 寵物用品', '''
<div class="mo-head"><span class="mo-logo">寵安 PETSAFE</span> 澳門團隊 · 橫琴發貨</div>
<ul class="mo-cats"><li>驅蟲</li><li>營養</li><li>清潔</li></ul>
<div class="mo-foot">珠海橫琴寵安寵物用品有限公司<br>統一社會信用代碼：%s<br>地址：珠海市橫琴新區　電話 0756-2996 118</div>''' % U('chongan'), meta='big5', lang='zh-Hant'), 'ICP_MISSING',
 'ICP_MISSING: licence shown but no ICP number on the home page of an independent site (互联网信息服务管理办法 第十二条). no case found.')

page('hold', '108-chongan-drops.html', 'http://macau-pet.test/goods/drops-g', 'big5', False, doc('驅蟲滴劑 貓用', '''
<div class="mo-goods"><h1>進口驅蟲滴劑 貓用 3支</h1><div class="mo-price"><span class="price">人民幣69元</span></div>
<p>高倣版，包裝和正品一模一樣，效果差不多，價錢只要三分一。</p></div>''', meta='big5', lang='zh-Hant'), 'COUNTERFEIT_TERM',
 'COUNTERFEIT_TERM: "高倣" (variant of 高仿) in traditional script, a copy of a branded 兽药 package — 商标法 第五十七条 (and 兽药管理条例 on 假兽药). no case found.')

# --- site muying.test: 长沙贝养母婴, AMP page, UTF-8 ---
page('hold', '109-beiyang-home.html', 'http://muying.test/', 'utf-8', False, doc('贝养母婴营养', '''
<amp-img src="/img/logo.png" width="120" height="40" alt="贝养"></amp-img>
<div class="amp-hero"><h1>贝养 · 驰名商标 · 宝宝营养专家</h1></div>
<amp-carousel type="slides" height="200" width="400"><div>DHA藻油</div><div>婴幼儿配方羊奶粉</div></amp-carousel>
<footer class="amp-foot">%s　统一社会信用代码 %s<br><a href="https://beian.miit.gov.cn/">湘ICP备2022015523号-1</a></footer>''' % (N('beiyang'), U('beiyang').translate({c: c + 0xFEE0 for c in range(0x30, 0x5B)})),
 head_extra='<link rel="canonical" href="http://muying.test/">\n<style amp-custom>.amp-hero{padding:8px}</style>\n'), 'WELLKNOWN_MARK_AD',
 'WELLKNOWN_MARK_AD: "驰名商标" used in the home hero as a selling slogan (商标法 第十四条第五款; 福州 2016-2017 case). The licence code is written in full-width letters and digits (valid, 存续).')

page('hold', '110-beiyang-formula.html', 'http://muying.test/p/goat-formula-2', 'utf-8', False, doc('婴幼儿配方羊奶粉 2段 800g', '''
<div class="amp-pdp"><h1>婴幼儿配方羊奶粉 2段 800g</h1><div class="price">￥358</div>
<p>产品配方注册号：国食注字YP20180027</p>
<p class="after">奶粉属于食品，一经售出不退不换，罐子没开也不退，请确认段数后下单。</p></div>'''), 'RETURN_REFUSED',
 'RETURN_REFUSED: sealed infant formula is not perishable nor any other exempt kind (消费者权益保护法 第二十五条); the refusal covers unopened tins. no case found.')

page('hold', '111-beiyang-dha.html', 'http://muying.test/p/dha-algae', 'utf-8', False, doc('DHA藻油凝胶糖果', '''
<div class="amp-pdp"><h1>DHA藻油凝胶糖果 30粒</h1><div class="price">￥139</div>
<p>产品类别：凝胶糖果（普通食品），本品不能代替药物，也不具有保健功能。</p>
<p>最佳食用方法：剪开直接挤入口中或拌入温度低于40℃的辅食。</p>
<p>我们不会宣传“补脑”“提高智力”，如在别的店看到这类说法请谨慎。</p></div>'''), '-',
 'trap: ordinary food with a 不能代替药物 line, a "最佳食用方法" usage tip (2023 guideline), and a refusal to make brain claims (negation). Kind of goods from the 市场监管总局、中消协 消费提示. no case found.')

# --- site pipa-farm.test: 莆田 self-producing farm family, 小红书-like notes, UTF-8 bytes with a wrong gbk meta ---
page('hold', '112-pipa-home.html', 'http://pipa-farm.test/', 'utf-8', False, doc('阿梅家的枇杷园', '''
<div class="note-header"><h1>阿梅家的枇杷园</h1><p>自家果园 · 自己摘 · 自己卖</p></div>
<div class="note-grid"><div class="note">🌿 四月头茬白沙枇杷开摘啦</div><div class="note">🍯 今年的土蜂蜜</div></div>
<div class="note-foot"><p>本店销售自产农副产品（自家果园枇杷、自养蜂蜜），依据《电子商务法》第十条属于无需办理市场主体登记的情形。</p>
<p><a href="https://beian.miit.gov.cn/">闽ICP备2023008815号-1</a></p></div>''', meta='gbk'), '-',
 'trap: no licence, but the 电子商务法 第十条 exemption statement (自产农副产品) is displayed, which 第十五条 accepts in place of licence information; ICP shown. Wrong charset meta: the bytes are UTF-8 but <meta charset> says gbk.')

page('hold', '113-pipa-note.html', 'http://pipa-farm.test/note/2026-04-pipa.html', 'utf-8', False, doc('四月头茬白沙枇杷开摘啦', '''
<div class="note-detail"><h1>🌿 四月头茬白沙枇杷开摘啦</h1><p class="price">5斤装 ￥88</p>
<p>姐妹们收到后给个好评+晒3张图，私信我截图，领5元无门槛红包，下次直接抵现~</p>
<p>坏果包赔，拍照联系我就行。</p></div>''', meta='gbk'), 'REVIEW_INDUCEMENT',
 'REVIEW_INDUCEMENT: a cash-like 红包 for a good review with photos (好评返现) — 电子商务法 第十七条; 反不正当竞争法 第八条. Case: 南通 好评返现卡案. Wrong charset meta: UTF-8 bytes, meta says gbk.')

# =========================== platform shops (holdout) ===========================
# --- shop nongfeng: 潍坊农丰植保 (1688-free 抖店-like 农资店), GBK ---
page('hold', '114-nongfeng-shop.html', PF + '/shop/nongfeng/', 'gbk', False, platform('农丰植保旗舰店', shop_home('nongfeng', 'nongfeng', '农丰植保旗舰店', '''
<div class="dd-shop-nav">除草剂 | 杀虫剂 | 杀菌剂 | 植物生长调节剂</div>
<div class="dd-qual">农药经营许可证：农药经许(鲁)37070220031</div>''',
 mark='<span class="badge mall-marker">商城认证</span>'), meta='gbk'), 'MARK_MISSING',
 'MARK_MISSING: the badge carries class "mall-marker", not the exact token mall-mark, so the platform mark required on shop homes is absent (seed: 平台为网店亮标). no case found.')

page('hold', '115-nongfeng-paraquat.html', PF + '/item/nongfeng-66.html', 'gbk', False, platform('百草枯 20% 原液', '''
<div class="item-main"><h1 class="item-title">20%百&#33609;枯 母液 1000ml 烂根 除草 不反弹</h1>
<div class="item-price"><span class="price">￥58</span>/瓶</div>
<p>老配方，一喷三天草根变黑，拍下发物流，不走快递。</p></div>''', meta='gbk'), 'PROHIBITED_GOODS',
 'PROHIBITED_GOODS: 百草枯水剂 sale and use in China stopped from 2016-07-01 (农业部公告第1745号; 农业部 农药禁限用名录); "草" written as the entity &#33609;. Trade from 都昌县 禁用农药 检查 report. no case found for 百草枯 itself.')

page('hold', '116-nongfeng-glyphosate.html', PF + '/item/nongfeng-12.html', 'gbk', False, platform('41%草甘膦异丙胺盐水剂', '''
<div class="item-main"><h1 class="item-title">41%草甘膦异丙胺盐水剂 1000ml 低毒 灭生性除草</h1>
<div class="item-price"><span class="price">￥32</span></div>
<table class="props"><tr><td>农药登记证号</td><td>PD20080472</td></tr><tr><td>毒性</td><td>低毒</td></tr></table>
<p>注意：灭生性除草剂，勿喷到作物上；大风天勿用；用后洗手，远离水源和儿童。</p></div>''', meta='gbk'), '-',
 'trap: a registered 低毒 herbicide lawfully sold with its 登记证号 and safety warnings. no case found.')

# --- shop beiyou: 天津贝优母婴 (苏宁易购-like 第三方店), UTF-8 ---
page('hold', '117-beiyou-shop.html', PF + '/shop/beiyou/', 'utf-8', False, platform('贝优母婴专营店', shop_home('beiyou', 'beiyou', '贝优母婴专营店', '''
<div class="sn-floor"><h3>奶粉馆</h3><a href="/item/beiyou-31.html">有机羊奶粉 3段</a></div>''',
 lic_html='<div class="shop-license">营业执照：%s<br>统一社会信用代码：%s</div>' % (N('beiyou'), GHOST))), 'LICENSE_MISMATCH',
 'LICENSE_MISMATCH: the code in .shop-license passes its check but is absent from the registry extract (electronic-commerce display must be true, 电子商务法 第十五条). no case found.')

page('hold', '118-beiyou-goatmilk.html', PF + '/item/beiyou-31.html', 'utf-8', False, platform('有机羊奶粉 3段 800g', '''
<div class="item-main"><h1 class="item-title">有机羊奶粉 3段 800g</h1>
<div class="item-price"><span class="price">￥298</span></div>
<div class="honor">荷兰原装 · 全球最优质的羊奶源 · 国家免检</div>
<p>配方注册号：国食注字YP20190152</p></div>'''), 'ABSOLUTE_TERM,FALSE_HONOUR',
 'ABSOLUTE_TERM: "全球最优质" as a claim (广告法 第九条第三项). FALSE_HONOUR: "国家免检" — abolished 2008, cannot be true (广告法 第二十八条; 反不正当竞争法 第九条). no case found.')

# --- shop kangtu: 苏州康途 理疗仪 (得物/识货-like 鉴定+商品 page), GBK ---
page('hold', '119-kangtu-shop.html', PF + '/shop/kangtu/', 'gbk', False, platform('康途理疗器械店', shop_home('kangtu', 'kangtu', '康途理疗器械店', '''
<div class="dw-verify">每件商品出库前“查验+鉴别”双重检测</div>''',
 lic_html='<div class="shop-license">营业执照 %s（统一社会信用代码 %s）</div>' % (N('kangtu'), spoil(U('kangtu')))), meta='gbk'), 'LICENSE_INVALID',
 'LICENSE_INVALID: the shop\'s displayed code fails its GB 32100 check character (电子商务法 第十五条 — false display). no case found.')

page('hold', '120-kangtu-tens.html', PF + '/item/kangtu-8.html', 'gbk', False, platform('低频脉冲理疗仪', '''
<div class="item-main"><h1 class="item-title">低频脉冲理疗仪 双通道 TENS</h1>
<div class="item-price"><span class="price">￥399</span></div>
<p class="verify-note">鉴别说明：本店只售国行正品，拒收拒售高仿、A货、原单尾货；发现可疑件直接退回供应商。</p>
<p>医疗器械注册证：苏械注准20222090876</p><p>电极片建议每使用30次更换一次。</p></div>''', meta='gbk'), '-',
 'trap: "高仿、A货、原单" inside a refusal (拒收拒售), the 鉴定-page wording of a lawful seller. no case found.')

page('hold', '121-beiyang-probiotic.html', 'http://muying.test/p/probiotic-kids', 'utf-8', False, doc('儿童益生菌冲剂', """
<div class="amp-pdp"><h1>儿童益生菌固体饮料 2g×30条</h1><div class="price">￥169</div>
<p>宝宝湿疹反复、拉肚子、黄疸退得慢？冲一条就见效，一盒下来湿疹基本不复发，比抹药膏安心。</p>
<p>产品类别：固体饮料（普通食品）</p></div>"""), 'FALSE_CLAIM',
 'FALSE_CLAIM: a 固体饮料 (普通食品) claimed to cure infant 湿疹/腹泻/黄疸 — 广告法 第十七条, 第二十八条; 食品安全法 第七十三条. Case: 市场监管总局、中国消费者协会 消费提示 "普通食品不能宣称保健功能" (固体饮料/普通食品冒充药品).')

page('hold', '122-kangtu-neck.html', PF + '/item/kangtu-15.html', 'gbk', False, platform('颈椎按摩仪 U型', """
<div class="item-main"><h1 class="item-title">U型颈椎按摩仪 热敷 低频脉冲</h1>
<div class="item-price">到手价 <span class="price">￥399</span> <span class="price-origin">原价￥599</span></div>
<p>双12预热，前1000名加送电极贴。</p></div>""", meta='gbk'), 'FAKE_ORIGINAL_PRICE',
 'FAKE_ORIGINAL_PRICE: 原价599 while a capture 6.5 days before shows 459 (inside the 7-day window; the 599 capture half a day before does not lower the minimum) — 明码标价和禁止价格欺诈规定 第十六条. Case: 东莞 2018 案例1 虚构原价.')
hist('hold', '122-kangtu-neck-d0.html', PF + '/item/kangtu-15.html', 0.5, 'gbk', platform('颈椎按摩仪 U型', """
<div class="item-main"><h1 class="item-title">U型颈椎按摩仪 热敷 低频脉冲</h1><div class="item-price"><span class="price">￥599</span></div></div>""", meta='gbk'))
hist('hold', '122-kangtu-neck-d6.html', PF + '/item/kangtu-15.html', 6.5, 'gbk', platform('颈椎按摩仪 U型', """
<div class="item-main"><h1 class="item-title">U型颈椎按摩仪 热敷 低频脉冲</h1><div class="item-price">周末价 <span class="price">￥459</span></div></div>""", meta='gbk'))

page('hold', '123-nongfeng-tomato.html', PF + '/item/nongfeng-80.html', 'gbk', False, platform('番茄种子 F1', """
<div class="item-main"><h1 class="item-title">粉果番茄种子 一代杂交种（F1） 1000粒</h1>
<div class="item-price"><span class="price">￥36</span></div>
<table class="props"><tr><td>登记编号</td><td>GPD番茄(2019)370566</td></tr><tr><td>质量</td><td>纯度≥95% 发芽率≥85%</td></tr></table>
<p>最佳播种期：山东保护地 8月中下旬。</p>
<p>售后：未拆封7天内可退；铝箔袋拆封后种子易受潮、发芽率改变，不再退货，下单前页面会请您确认。</p></div>""", meta='gbk'), '-',
 'trap: seed grades by standard, "最佳播种期" as a sowing tip, and a no-return line only for opened packs that change quality once unsealed, confirmed at order (网络购买商品七日无理由退货暂行办法 第六条); sealed packs stay returnable. no case found.')


# =========================== writer ===========================
def write_all(root):
    for sub in ('pages', 'history', 'holdout'):
        shutil.rmtree(os.path.join(root, sub), ignore_errors=True)
    for side, base in (('main', root), ('hold', os.path.join(root, 'holdout'))):
        os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
        os.makedirs(os.path.join(base, 'history'), exist_ok=True)
        lab = ['# file\turl\tcodes']
        notes = ['# file\tencoding\tbom\tnote']
        for s, f, url, enc, bom, html, codes, note in P:
            if s != side:
                continue
            if codes != '-':
                parts = codes.split(',')
                assert parts == sorted(parts), f
            with open(os.path.join(base, 'pages', f), 'wb') as fh:
                fh.write(encode(html, enc, bom))
            lab.append('%s\t%s\t%s' % (f, url, codes))
            notes.append('%s\t%s\t%s\t%s' % (f, enc, 'yes' if bom else 'no', note))
        hl = ['# file\turl\tdays_before']
        for s, f, url, days, enc, html in HIST:
            if s != side:
                continue
            with open(os.path.join(base, 'history', f), 'wb') as fh:
                fh.write(encode(html, enc, False))
            hl.append('%s\t%s\t%s' % (f, url, days))
        for name, rows in (('labels.tsv', lab), ('notes.tsv', notes), ('history.tsv', hl)):
            with open(os.path.join(base, name), 'w', encoding='utf-8') as fh:
                fh.write('\n'.join(rows) + '\n')
    with open(os.path.join(root, 'registry.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('# code\tname\tstatus\n')
        for code, name, st in REGISTRY:
            fh.write('%s\t%s\t%s\n' % (code, name, st))


OUTPUTS = ('pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv')

def same_tree(a, b):
    for dirpath, dirs, files in os.walk(a):
        rel = os.path.relpath(dirpath, a)
        other = os.path.join(b, rel)
        if not os.path.isdir(other) or sorted(os.listdir(other)) != sorted(dirs + files):
            return False
        for f in files:
            if not filecmp.cmp(os.path.join(dirpath, f), os.path.join(other, f), shallow=False):
                return False
    return True

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv[1:]:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            ok = True
            for o in OUTPUTS:
                a, b = os.path.join(tmp, o), os.path.join(here, o)
                if os.path.isdir(a):
                    ok = ok and os.path.isdir(b) and same_tree(a, b) and same_tree(b, a)
                else:
                    ok = ok and os.path.isfile(b) and filecmp.cmp(a, b, shallow=False)
            print('check: ' + ('identical' if ok else 'DIFFERENT'))
            sys.exit(0 if ok else 1)
        finally:
            shutil.rmtree(tmp)
    write_all(here)

if __name__ == '__main__':
    main()
