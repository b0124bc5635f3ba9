#!/usr/bin/env python3
"""corpus10 author V: every site and page written by hand, with its label and note next to it.

python3 gen.py           rewrite everything in this folder
python3 gen.py --check   regenerate into a temp dir, compare byte for byte (exit 1 on difference)

Labels (codes) are hand-written literals in each P(...) call; nothing here computes a label.
"""
import os
import sys
import shutil
import tempfile
import filecmp

from lib import uscc, uscc_bad, regno_bad, mall_page, site_page, encode, fullwidth, entities, spans

# ---------------------------------------------------------------------------------------------
# Registry extract (hand-written rows; the code column is computed from division + org base).
REG = []


def co(name, kind, div, base, status='存续'):
    code = uscc(kind, div, base)
    REG.append((code, name, status))
    return code


REG.append(('91330100MA27WJ011R', '杭州网剑网络科技有限公司', '存续'))  # the platform itself

# companies (one province per company: division code, ICP abbreviation, 公网安备 prefix agree)
C_A = co('杭州明茶社茶业有限公司', '91', '330106', 'MA2H3K7Q')
C_B = co('广州佳生堂健康科技有限公司', '91', '440106', 'MA5CQ2R8')
C_C = co('仙游县工匠家古典家具有限公司', '91', '350322', 'MA31X8Y4')
C_D = co('深圳悦生堂贸易有限公司', '91', '440305', 'MA5GE7N1')
C_E = co('昆明翡翠居珠宝有限公司', '91', '530102', 'MA6K2P9L')
C_F = co('郑州小麦云食品有限公司', '91', '410105', 'MA9G4T2B')
C_G_BAD = uscc_bad('92', '350302', 'MA33LB6C')          # 侨乡鞋业: displayed with a wrong check char
REG.append((uscc('92', '350302', 'MA33LB6C'), '莆田市城厢区侨乡鞋业商行', '存续'))
C_H = co('青岛农丰堂农资有限公司', '91', '370202', 'MA3R7W5N')
C_I = co('武汉康宁健康咨询有限公司', '91', '420106', 'MA4K8E1U')
C_J = co('南京天逸电器有限公司', '91', '320102', 'MA1W6C3D')
C_K = co('义乌汇佳电子商务有限公司', '91', '330782', 'MA2EF04K')
K_REGNO_BAD = regno_bad('33078200012876')                 # 汇佳: old 注册号 shown with a wrong check digit
C_L = co('长沙香满园食品有限公司', '91', '430104', 'MA4L9N2H')   # not displayed anywhere
C_M = co('广州美途箱包皮具有限公司', '91', '440111', 'MA5D1G7K')
C_N = co('景德镇华瓷陶瓷有限公司', '91', '360203', 'MA7P3R6E')
C_O = co('苏州元气母婴用品有限公司', '91', '320506', 'MA1X4Q8R')  # not displayed (shop hides it)
C_P = co('深圳名品汇钟表有限公司', '91', '440303', 'MA5F8H2J')
C_Q = co('山西老槐园醋业有限公司', '91', '140105', 'MA0K5T3W')
C_R = co('郑州鑫悦电器有限公司', '91', '410105', 'MA46H1PJ', '吊销')
C_S = co('上海百瑞办公用品有限公司', '91', '310115', 'MA1GB5T0')  # page shows an old name
C_T = co('长春雪域羽绒服饰有限公司', '91', '220102', 'MA14R2Y6')
# holdout companies
C_HA = co('上海澜颜化妆品有限公司', '91', '310104', 'MA1FW8K2')
C_HB = co('扬州市江都区茶语饮品店', '92', '321012', 'MA20C6N5')
C_HC = co('晋江浦联鞋业有限公司', '91', '350582', 'MA32Y7D0')
C_HD = co('西安华山酒业有限公司', '91', '610113', 'MA6W2K8D')
C_HD_OTHER = co('西安秦岭酒类贸易有限公司', '91', '610104', 'MA6U9E3B')  # the serial on 华山's badge
C_HE = co('昆明云岭农资有限公司', '91', '530111', 'MA6N3J9B')
C_HF_BAD = uscc_bad('91', '350203', 'MA31T5R7')
REG.append((uscc('91', '350203', 'MA31T5R7'), '厦门台鑫食品有限公司', '存续'))
C_HH = co('贵阳老妈辣子食品店', '92', '520102', 'MA6HK1Q3')     # not displayed (shop hides it)
# companies added in the second round
C_V = co('呼和浩特紫苏油坊食品有限公司', '91', '150102', 'MA0N7R2K')
C_W = co('武夷山特卖汇茶业有限公司', '91', '350782', 'MA32K6W9')
C_Z = co('杭州佳丽服饰有限公司', '91', '330102', 'MA2CD8H4')         # shop home not in the corpus
C_HJ = co('南通小鱼家纺用品有限公司', '91', '320612', 'MA1T3N6P')    # shop home not in the corpus
# a few rows of other companies, as a registry extract would have them
co('杭州西溪茶叶专业合作社', '93', '330106', 'MA2J0C5B')
co('广州佳生堂药业有限公司', '91', '440106', 'MA5CQ9W3', '注销')
co('郑州鑫悦商贸有限公司', '91', '410105', 'MA46H7LX', '经营异常')

PAGES = []   # (side, file, url, enc, bom, codes, note, html)
HIST = []    # (side, file, url, days_before, html)


def P(side, file, url, enc, codes, note, html, bom=False):
    PAGES.append((side, file, url, enc, bom, codes, note, html))


def H(side, file, url, days, html):
    HIST.append((side, file, url, days, html))


def shop_head(name, lic_html, mark_html, intro):
    return ('<div class="shop-header"><h1 class="shop-name">%s</h1>%s%s</div>\n%s'
            % (name, mark_html, lic_html, intro))

# =============================================================================================
# MAIN SIDE
# =============================================================================================

# --- Site A: 明茶社, tea shop on a dedecms-like site, GBK ------------------------------------
A_FOOT = ('<div class="footer"><table width="960" align="center"><tr><td>'
          'Copyright &copy; 2016-2026 明茶社 版权所有<br>'
          '营业执照：杭州明茶社茶业有限公司 &nbsp; 统一社会信用代码：%s<br>'
          '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2021018347号-1</a> &nbsp; '
          '<img src="/templets/default/images/ga.png" alt="">浙公网安备 33010602011347号<br>'
          '地址：杭州市西湖区龙井路18号 &nbsp; 电话：0571-8796 2231</td></tr></table></div>' % C_A)
P('main', '001-mingchashe-home.html', 'http://www.mingchashe.test/', 'gbk', '-',
  'trap: 特级/一级 are the grades of GB/T 18650-2008 龙井茶 (standard grade terms, exempt under the 2023 '
  'SAMR 绝对化用语 guidance); licence and ICP shown on the home page',
  site_page('明茶社_西湖龙井_明前茶_茶叶资讯', 'gbk', '''
<div class="top"><a href="/">明茶社</a> | <a href="/a/zixun/">茶叶资讯</a> | <a href="/a/chanpin/">产品中心</a> | <a href="/a/about/">关于我们</a></div>
<table class="list" width="960" align="center">
<tr><td><h3>2026年明前西湖龙井 上市</h3>
<p>今年的头采在3月21日开园，狮峰、梅家坞两个产区各有少量。按 GB/T 18650 的分级，本店只分装<b>特级</b>与<b>一级</b>两个等级，
每罐标注等级、产区与采摘日期。</p></td></tr>
<tr><td><ul><li>特级 龙井 250g 罐装 &nbsp; ￥1,280</li><li>一级 龙井 250g 纸包 &nbsp; ￥680</li>
<li>二级 口粮茶 500g &nbsp; ￥360</li></ul></td></tr>
<tr><td><h4>最新资讯</h4><a href="/a/zixun/2026/1105/86.html">龙井怎么泡才不苦？</a><br>
<a href="/a/zixun/2026/1120/91.html">高山茶与平地茶，喝起来差在哪</a></td></tr>
</table>''', A_FOOT))

P('main', '002-mingchashe-paofa.html', 'http://www.mingchashe.test/a/zixun/2026/1105/86.html', 'gbk', '-',
  'trap: "最佳冲泡水温" and "最佳赏味期" are brewing and storage tips, not claims about the goods '
  '(2023 SAMR guidance exempts such tips); no sale claim at the end',
  site_page('龙井怎么泡才不苦？_茶叶资讯_明茶社', 'gbk', '''
<div class="position">当前位置：<a href="/">主页</a> &gt; <a href="/a/zixun/">茶叶资讯</a> &gt; 正文</div>
<div class="article"><h1>龙井怎么泡才不苦？</h1><div class="info">发布时间：2026-11-05 &nbsp; 来源：明茶社 &nbsp; 点击：1862</div>
<p>很多朋友说龙井泡出来发苦，多半是水太烫。绿茶芽叶细嫩，一般认为最佳冲泡水温在80～85℃，烧开后晾两三分钟即可。</p>
<p>投茶量按1:50左右，3克茶配150毫升水；用玻璃杯下投法，先注三分之一水温润，再高冲。</p>
<p>储存方面，未开封的龙井放冷藏（0～5℃），开封后尽量在一个月内喝完；包装上标的“最佳赏味期18个月”是指风味，不是保质期。</p>
<p>（本文为冲泡常识整理，欢迎转载注明出处。）</p></div>''', A_FOOT))

P('main', '003-mingchashe-gaoshancha.html', 'http://www.mingchashe.test/a/zixun/2026/1120/91.html', 'gbk',
  'FALSE_CLAIM',
  'FALSE_CLAIM: 广告法 第十七条 (no disease-treatment claims outside medical ads), 第二十八条; 食品安全法 第七十三条 - '
  'an article on tea ends selling the shop\'s tea with a customer story of lowered blood sugar and stopped '
  'blood-pressure pills. Case: 市场监管总局 十起违法广告典型案例 (published 2025-01-31), 那拉尊驼(广州)乳业 驼乳粉 '
  '"改善肺结节、降血糖、降脂降压"',
  site_page('高山茶与平地茶，喝起来差在哪_茶叶资讯_明茶社', 'gbk', '''
<div class="position">当前位置：<a href="/">主页</a> &gt; <a href="/a/zixun/">茶叶资讯</a> &gt; 正文</div>
<div class="article"><h1>高山茶与平地茶，喝起来差在哪</h1><div class="info">发布时间：2026-11-20 &nbsp; 来源：明茶社</div>
<p>海拔高的茶园昼夜温差大，茶树生长慢，氨基酸积累多，所以高山茶喝起来更鲜爽；平地茶日照足，茶多酚高一些，滋味偏浓。</p>
<p>两者没有绝对的好坏，喜欢清淡的选高山，喜欢浓酽的选平地。</p>
<p>说个老顾客的事：杭州的王阿姨血糖一直九点多，去年开始每天早晚各一杯我们的高山云雾，三个月后去医院复查，空腹血糖降到六点出头，
连吃了五年的降压药也停了。<b>血糖高、血压高的朋友，不妨试试这款高山云雾，一天两杯，比吃药强。</b></p>
<p class="buy"><a href="/a/chanpin/gaoshan.html">高山云雾 250g ￥398 立即购买</a></p></div>''', A_FOOT))

# --- Site B: 佳生堂, children's nutrition, Magento 2 Luma-like, UTF-8 ---------------------------
B_FOOT = ('<footer class="page-footer"><div class="footer content"><ul class="footer links">'
          '<li><a href="/help/after-sales.html">售后政策</a></li><li><a href="/blog/">营养科普</a></li></ul>'
          '<div class="footer-license"><img src="/media/license/yyzz.jpg" alt="营业执照 广州佳生堂健康科技有限公司">'
          '<span>广州佳生堂健康科技有限公司</span> <span>统一社会信用代码：%s</span> '
          '<span><a href="/media/license/spjy.jpg">食品经营许可证 JY14401060213377</a></span></div>'
          '<small class="copyright"><a href="https://beian.miit.gov.cn/">粤ICP备2022067531号-1</a> · '
          '粤公网安备 44010602008812号 · © 2026 佳生堂</small></div></footer>' % C_B)
P('main', '004-jiashengtang-home.html', 'https://www.jiashengtang.test/', 'utf-8', 'WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 - "中国驰名商标" shown as an honour in the home-page hero banner. '
  'Case: 福州市市场监督管理局 2016-2017 自建网站 驰名商标 cases (海峡网 2017-01-17), with 商标局 2016-09-09 批复 '
  'that prominent use as an honour on a website is the violation. Licence and ICP shown.',
  site_page('佳生堂 儿童营养 官方商城', 'utf-8', '''
<header class="page-header"><div class="panel header"><a class="logo" href="/">佳生堂</a>
<nav class="navigation"><ul><li>儿童营养</li><li>孕产营养</li><li><a href="/blog/">营养科普</a></li></ul></nav></div></header>
<main id="maincontent" class="page-main">
<div class="hero-banner"><div class="hero-text"><span class="badge">中国驰名商标</span>
<h2>佳生堂 · 二十年只做儿童营养</h2><p>叶黄素软糖 / 乳铁蛋白 / DHA藻油</p></div></div>
<div class="products-grid"><ol class="product-items">
<li class="product-item"><a href="/lutein-gummy.html">儿童叶黄素酯软糖 60粒</a><span class="price">¥129.00</span></li>
<li class="product-item"><a href="/dha-algae.html">DHA藻油凝胶糖果 30粒</a><span class="price">¥168.00</span></li>
</ol></div></main>''', B_FOOT))

P('main', '005-jiashengtang-yehuangsu.html', 'https://www.jiashengtang.test/blog/ye-huang-su-kepu.html', 'utf-8',
  'FALSE_CLAIM',
  'FALSE_CLAIM: 广告法 第十七条, 第二十八条; the goods are 糖果 (ordinary food) - a 科普 post on lutein ends with '
  '"近视度数不再涨""摘掉眼镜" for the shop\'s gummies. Case: 市场监管总局 十起违法广告典型案例 (2025-01-31), '
  '广州简美健康科技 儿童叶黄素 "有效预防近视"',
  site_page('叶黄素到底是什么？- 营养科普 - 佳生堂', 'utf-8', '''
<main class="page-main"><article class="post-view"><h1 class="post-title">叶黄素到底是什么？家长最常问的6个问题</h1>
<div class="post-meta">营养科普 · 2026-10-09</div>
<h3>1. 叶黄素是什么？</h3><p>叶黄素是一种类胡萝卜素，人体不能自己合成，主要来自深绿色蔬菜和蛋黄。</p>
<h3>2. 孩子需要额外补吗？</h3><p>饮食均衡的孩子一般不需要。挑食、不吃绿叶菜的孩子可以适当从食物中补充。</p>
<h3>3. 能代替户外活动吗？</h3><p>不能。每天两小时户外活动是公认的近视防控措施。</p>
<h3>6. 我们的建议</h3><p>说句实在话，我们后台收到很多妈妈的反馈：孩子每天两粒佳生堂叶黄素软糖，
半年复查<strong>近视度数没再涨</strong>，有的宝宝配合着吃已经<strong>摘掉了眼镜</strong>。
护眼这件事别等，<a href="/lutein-gummy.html">点这里给孩子囤一瓶</a>。</p>
</article></main>''', B_FOOT))

P('main', '006-jiashengtang-shouhou.html', 'https://www.jiashengtang.test/help/after-sales.html', 'utf-8',
  'RETURN_REFUSED',
  'RETURN_REFUSED: 消费者权益保护法 第二十五条 - boxed gummies and DHA candy are not 定作/鲜活易腐/数字商品/报刊; '
  '网络购买商品七日无理由退货暂行办法 第七条 lets a seller exclude goods only once opened and with the buyer\'s '
  'confirmation; this policy refuses unopened ones too. no case found',
  site_page('售后政策 - 佳生堂', 'utf-8', '''
<main class="page-main"><div class="cms-content"><h1>售后政策</h1>
<h3>一、质量问题</h3><p>签收后发现破损、漏发、错发，请在48小时内拍照联系在线客服，我们承担来回运费并补发或退款。</p>
<h3>二、退换规则</h3><p>营养食品属于特殊商品，为保证每一位宝宝入口安全，<b>本店商品（含未拆封）售出后一律不支持七天无理由退换</b>，
下单即视为同意本规则。</p>
<h3>三、发票</h3><p>可开具电子普通发票，请在订单备注中填写抬头。</p></div></main>''', B_FOOT))

# --- Site C: 工匠家, classical furniture, Drupal Commerce-like, GBK ----------------------------
C_FOOT = ('<footer role="contentinfo" class="site-footer"><div class="region region-footer">'
          '<div class="block block-block-content"><p>仙游县工匠家古典家具有限公司 &middot; 仙游县榜头镇红木家具城A区12号</p>'
          '<dl class="license"><dt>统一社会信用代码</dt><dd>%s</dd><dt>备案</dt>'
          '<dd><a href="https://beian.miit.gov.cn/">闽ICP备2020012266号-1</a> 闽公网安备 35032202000186号</dd></dl>'
          '</div></div></footer>' % C_C)
P('main', '007-gongjiangjia-home.html', 'http://www.gongjiangjia.test/', 'gbk', '-',
  'trap: "精仿明式" means a faithful reproduction of the Ming furniture style, a public-domain design with no '
  'trademark holder (商标法 第五十七条 needs a registered mark); licence and ICP shown',
  site_page('工匠家 | 仙游古典家具 明式 清式 红木', 'gbk', '''
<div class="layout-container"><header class="site-header"><a href="/" rel="home">工匠家</a></header>
<main role="main"><div class="view view-commerce-products">
<div class="views-row"><h2 class="field--name-title">精仿明式南官帽椅（一对）</h2>
<div class="field--name-body"><p>依王世襄《明式家具研究》图版比例放样，榫卯全手工，不用一根钉。材质：刺猬紫檀（GB/T 18107 红木·紫檀属）。</p></div>
<div class="field--name-price">￥18,600</div></div>
<div class="views-row"><h2 class="field--name-title">精仿明式平头案 2.4米</h2>
<div class="field--name-price">￥32,000</div></div>
</div><p class="note">所有家具出厂附材质检测报告，可到厂验货。</p></main></div>''', C_FOOT))

P('main', '008-gongjiangjia-honor.html', 'http://www.gongjiangjia.test/about/honor', 'gbk', 'FALSE_HONOUR',
  'FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 (2025) 第九条 - "国家免检产品" claimed for 2005-2008 and shown as a '
  'current honour; the 免检 scheme was abolished in 2008 (国家质检总局 废止《产品免于质量监督检查管理规定》), so the '
  'badge cannot be true today. no case found',
  site_page('荣誉资质 | 工匠家', 'gbk', '''
<div class="layout-container"><main role="main"><h1 class="page-title">荣誉资质</h1>
<div class="field--name-body">
<table class="honor"><tr><th>年份</th><th>荣誉</th></tr>
<tr><td>2005</td><td><strong>国家免检产品</strong>（红木家具类，至今有效）</td></tr>
<tr><td>2019</td><td>中国（仙游）红木家具精品博览会 金奖（作品：明式四出头官帽椅）</td></tr>
<tr><td>2022</td><td>仙游县工艺美术协会 会员单位</td></tr></table>
<p>工匠家所有产品均为<strong>国家免检</strong>，品质放心。</p></div></main></div>''', C_FOOT))

P('main', '009-gongjiangjia-guide.html', 'http://www.gongjiangjia.test/guide/huanghuali-jianbie', 'gbk', '-',
  'trap: a 选购指南 warning buyers about 高仿/做旧 fakes in the market; advice, no listing or offer',
  site_page('黄花梨怎么辨别？五个看得见的方法 | 工匠家', 'gbk', '''
<div class="layout-container"><main role="main"><article><h1>黄花梨怎么辨别？五个看得见的方法</h1>
<p>海南黄花梨价格高，市场上常见用草花梨、越南黄花梨冒充，也有用高仿工艺做旧的“老家具”。买之前可以看这几点：</p>
<ol><li>看纹理：鬼脸纹自然，不是刻意拼出来的；</li><li>闻气味：新切面有降香味，放久了会淡；</li>
<li>看荧光：紫外灯下多数黄花梨没有明显荧光；</li><li>要证书：让商家出具有CMA资质机构的树种鉴定报告；</li>
<li>别信“捡漏”：价格明显低于市场的，多半有问题。</li></ol>
<p>有疑问可以带着家具照片来店里，我们免费帮忙看。</p></article></main></div>''', C_FOOT))

# --- Site D: 悦生堂, bird's nest seller (Hong Kong style, traditional script), Big5 ---------------
D_FOOT = ('<div id="footer"><hr>深圳悅生堂貿易有限公司 ｜ 統一社會信用代碼：%s<br>'
          '<a href="https://beian.miit.gov.cn/">粵ICP備2023041122號-1</a> ｜ 粵公網安備 44030502009981號<br>'
          '客服熱線：0755-2663 1180（週一至週六 9:00-18:00）</div>' % C_D)
P('main', '010-yueshengtang-home.html', 'http://www.yueshengtang.test/', 'big5', '-',
  'trap: the page warns that 燕窩 is ordinary food and cannot replace medicine - a warning, not a claim; licence '
  'shown in traditional script (深圳悅生堂貿易有限公司 = registry name 深圳悦生堂贸易有限公司 once simplified), ICP shown',
  site_page('悅生堂 ｜ 馬來西亞溯源燕窩', 'big5', '''
<div id="header"><a href="/">悅生堂</a> ｜ <a href="/products/">產品</a> ｜ <a href="/news/">最新消息</a></div>
<div id="main"><h2>馬來西亞屋燕 · 每批附溯源碼</h2>
<p>本店燕窩均由馬來西亞註冊燕屋直供，經廣州南沙口岸檢驗檢疫入境，每盒附溯源碼可查。</p>
<p class="warn">溫馨提示：燕窩屬於普通食品，不能代替藥物；孕婦、慢性病患者食用前請諮詢醫生。</p>
<ul><li><a href="/products/yanwo-jizhi.html">即食燕窩 70g×6瓶</a> 人民幣598元</li><li>乾燕盞 50g 人民幣1,280元</li></ul></div>''', D_FOOT))

P('main', '011-yueshengtang-jizhi.html', 'http://www.yueshengtang.test/products/yanwo-jizhi.html', 'big5',
  'FALSE_CLAIM',
  'FALSE_CLAIM: 廣告法 第十七條, 第二十八條; 食品安全法 第七十三條 - ordinary food (即食燕窩) sold as "抑制腫瘤""修復肺結節" '
  'after chemotherapy. Case: 市场监管总局 十起违法广告典型案例 (2025-01-31): 内蒙古草之楼 直播 紫苏籽油 "抗癌", '
  '那拉尊驼 驼乳粉 "改善肺结节"',
  site_page('即食燕窩 70g×6瓶 ｜ 悅生堂', 'big5', '''
<div id="main"><h1>即食燕窩 70g×6瓶</h1><p class="price">售價：人民幣598元</p>
<p>每瓶含乾燕盞3克，冰糖少量，開蓋即食。</p>
<h3>誰適合吃</h3><p>術後、化療後的親人，每天一瓶，<b>幫助抑制腫瘤復發</b>；
體檢查出肺結節的朋友，堅持三個月，<b>結節變小甚至消失</b>的回饋很多。</p>
<p>保存：常溫避光，開蓋後當日食用。</p></div>''', D_FOOT))

P('main', '012-yueshengtang-recall.html', 'http://www.yueshengtang.test/news/recall-2026-07.html', 'big5', '-',
  'trap: a 召回通知 (消费品召回管理暂行规定) that says every buyer may return goods, opened or not, and that the recall '
  'does not affect the 七日無理由退貨 right - the return words appear only as a grant',
  site_page('關於即食燕窩（批號20260611）主動召回的通知 ｜ 悅生堂', 'big5', '''
<div id="main"><h1>關於即食燕窩（批號20260611）主動召回的通知</h1><p class="date">2026-07-03</p>
<p>我司在自檢中發現批號為20260611的即食燕窩部分瓶蓋密封不嚴，可能影響保質期。為保障消費者安全，現主動召回該批次產品。</p>
<p>一、召回範圍：2026年6月15日至7月2日售出的批號20260611產品，共1,260瓶。</p>
<p>二、處理方式：無論是否拆封，均可全額退款或更換新批次產品，來回運費由我司承擔。</p>
<p>三、本次召回不影響您依法享有的七日無理由退貨權利。</p>
<p>聯繫電話：0755-2663 1180。給您帶來不便，深表歉意。</p></div>''', D_FOOT))

# --- Site E: 翡翠居, jade shop on the platform -------------------------------------------------
E_LIC = ('<div class="shop-license"><a href="/shop/feicuiju/license">营业执照</a>：昆明翡翠居珠宝有限公司 '
         '统一社会信用代码 %s</div>' % C_E)
E_MARK = '<span class="mall-mark verified">网剑商城 · 已核验经营主体</span>'
P('main', '013-feicuiju-shop.html', 'http://mall.wangjian.test/shop/feicuiju/', 'utf-8', '-',
  'trap: "A货" in the jade trade names untreated natural jadeite (GB/T 16553 separates 翡翠 from 翡翠(处理), the '
  'trade calls them A货/B货); a quality grade, not a counterfeit; licence (shop-license) and mall-mark shown',
  mall_page('翡翠居', shop_head('翡翠居', E_LIC, E_MARK, '''
<div class="shop-intro"><p>瑞丽拿货，昆明发货。<b>只卖天然A货翡翠</b>，不做B货、C货，
每件附国家珠宝玉石质量监督检验中心（NGTC）或云南省质检院鉴定证书，证书编号可在出证机构官网查询。</p></div>
<div class="shop-items"><a href="/item/fc1001.html">糯冰种平安扣</a> <a href="/item/fc1002.html">冰种正圈手镯 56圈口</a></div>''')))

P('main', '014-feicuiju-pingankou.html', 'http://mall.wangjian.test/item/fc1001.html', 'utf-8', '-',
  'trap: "A货" again as the untreated-jade grade, with a certificate; price trap: 原价 ¥3280 equals the lowest '
  'price in the captures 2 and 5 days before (¥3280), so the compared price is not above it (明码标价和禁止价格欺诈规定 第十六条)',
  mall_page('糯冰种平安扣', '''
<div class="item-main"><h1 class="item-title">糯冰种平安扣 A货 附证书</h1><a class="shop-link" href="/shop/feicuiju/">翡翠居</a>
<div class="price-box">双十二价 <span class="price now">¥2680</span> 原价 <del class="price origin">¥3280</del></div>
<table class="props"><tr><td>鉴定结论</td><td>翡翠（天然，A货）</td></tr><tr><td>证书编号</td><td>NGTC 2026 0914 3371</td></tr>
<tr><td>尺寸</td><td>外径28.6mm 厚6.1mm</td></tr></table></div>'''))

P('main', '015-feicuiju-shouzhuo.html', 'http://mall.wangjian.test/item/fc1002.html', 'utf-8', 'FAKE_ORIGINAL_PRICE',
  'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条, 第十九条 - 划线价 ¥12800 while the captures 3 and 6.5 days '
  'before show ¥6980 as the selling price. Case: 北京市第三中级人民法院 2018-03-15 天猫商家 虚构原价 三起典型案例 (经济日报)',
  mall_page('冰种正圈手镯', '''
<div class="item-main"><h1 class="item-title">冰种正圈手镯 56圈口 起光 附证书</h1><a class="shop-link" href="/shop/feicuiju/">翡翠居</a>
<div class="price-box"><span class="price now">¥6980</span> <span class="tag">划线价</span><s class="price line">¥12800</s> 限时5.5折</div>
<p>条宽10.2mm，条厚8.0mm，证书编号 NGTC 2026 1003 0518。</p></div>'''))
H('main', '015-feicuiju-shouzhuo-d3.html', 'http://mall.wangjian.test/item/fc1002.html', 3,
  mall_page('冰种正圈手镯', '''
<div class="item-main"><h1 class="item-title">冰种正圈手镯 56圈口 起光 附证书</h1>
<div class="price-box"><span class="price now">¥6980</span></div></div>'''))
H('main', '015-feicuiju-shouzhuo-d6.html', 'http://mall.wangjian.test/item/fc1002.html', 6.5,
  mall_page('冰种正圈手镯', '''
<div class="item-main"><h1 class="item-title">冰种正圈手镯 56圈口</h1>
<div class="price-box"><span class="price now">¥6980</span></div></div>'''))
H('main', '014-feicuiju-pingankou-d2.html', 'http://mall.wangjian.test/item/fc1001.html', 2,
  mall_page('糯冰种平安扣', '''
<div class="item-main"><h1 class="item-title">糯冰种平安扣 A货 附证书</h1>
<div class="price-box"><span class="price now">¥3280</span></div></div>'''))
H('main', '014-feicuiju-pingankou-d5.html', 'http://mall.wangjian.test/item/fc1001.html', 5,
  mall_page('糯冰种平安扣', '''
<div class="item-main"><h1 class="item-title">糯冰种平安扣 A货 附证书</h1>
<div class="price-box"><span class="price now">¥3280</span></div></div>'''))

# --- Site F: 小麦云, noodle shop on the platform ---------------------------------------------
F_LIC = ('<div class="shop-info shop-license">郑州小麦云食品有限公司 · 统一社会信用代码 %s · '
         '食品生产许可证 SC10141010500392</div>' % C_F)
P('main', '016-xiaomaiyun-shop.html', 'http://mall.wangjian.test/shop/xiaomaiyun/', 'utf-8', 'MARK_MISSING',
  'MARK_MISSING: platform rule (seed 平台为网店亮标) - the shop home has shop-name and shop-license but no element '
  'with class token mall-mark; a text "认证店铺" in the intro is not the platform mark. no case found',
  mall_page('小麦云', shop_head('小麦云', F_LIC, '', '''
<div class="shop-intro"><p>河南原阳小麦，石磨低温研磨。认证店铺，河南发货。</p></div>
<ul class="shop-items"><li><a href="/item/xm2001.html">手擀风味挂面 2kg</a></li><li><a href="/item/xm2002.html">鸡蛋龙须面 1kg</a></li></ul>''')))

P('main', '017-xiaomaiyun-guamian.html', 'http://mall.wangjian.test/item/xm2001.html', 'utf-8', 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 (2019) 第八条 (2025: 第九条); 侵害消费者权益行为处罚办法 第六条 - a pinned shop '
  'note in the review section pays 2 yuan for a photo five-star review. Case: 江苏省市场监管局 2021-11-08 "刷单炒信" '
  '典型案例, 扬州市江都区某饮品店 好评返现卡 (罚款12000元)',
  mall_page('手擀风味挂面 2kg', '''
<div class="item-main"><h1 class="item-title">手擀风味挂面 2kg 家庭装</h1><a class="shop-link" href="/shop/xiaomaiyun/">小麦云</a>
<div class="price-box"><span class="price now">¥29.90</span></div></div>
<div class="item-reviews"><h3>宝贝评价（2381）</h3>
<div class="review pinned"><span class="who">掌柜置顶</span><p>亲，收到面条满意的话，带图+15字以上五星评价，截图发给客服小麦，
立领2元无门槛红包，每个订单限一次～</p></div>
<div class="review"><span class="who">m***9</span><p>面条很筋道，煮了不糊汤。</p></div>
<div class="review"><span class="who">小***猫</span><p>包装有点瘪，面没断。</p></div></div>'''))

P('main', '018-xiaomaiyun-longxumian.html', 'http://mall.wangjian.test/item/xm2002.html', 'utf-8', '-',
  'trap: "最佳赏味期" is a storage tip (the allow-list example of the 2023 guidance); "认证" in the text is not a '
  'claimed honour. Item pages carry no licence or mark duty.',
  mall_page('鸡蛋龙须面 1kg', '''
<div class="item-main"><h1 class="item-title">鸡蛋龙须面 1kg</h1><a class="shop-link" href="/shop/xiaomaiyun/">小麦云</a>
<div class="price-box"><span class="price now">¥16.80</span></div>
<dl class="props"><dt>配料</dt><dd>小麦粉、鸡蛋（≥3%）、食用盐</dd><dt>保质期</dt><dd>12个月</dd>
<dt>最佳赏味期</dt><dd>开袋后7天内，请密封防潮</dd><dt>执行标准</dt><dd>LS/T 3212</dd></dl></div>'''))

# --- Site G: 侨乡鞋业, sneaker shop on the platform (a 个体工商户) ------------------------------
G_LIC = ('<div class="shop-license lic-block">经营者：莆田市城厢区侨乡鞋业商行（个体工商户）<br>'
         '统一社会信用代码：%s</div>' % C_G_BAD)
G_MARK = '<i class="ico mall-mark" title="网剑商城亮标"></i><span>已亮标</span>'
P('main', '019-qiaoxiang-shop.html', 'http://mall.wangjian.test/shop/qiaoxiang/', 'utf-8',
  'COUNTERFEIT_TERM,LICENSE_INVALID',
  'COUNTERFEIT_TERM: 商标法 第五十七条 - "纯原版本""莆田源头" offered for big-brand models (seller slang for replicas). '
  'Case: 新京报 2019-06-11 莆田安福电商城 仿鞋调查; 莆田市工商局 2018 鞋类商标侵权 370件. '
  'LICENSE_INVALID: 电子商务法 第十五条 (false display) - the shown 统一社会信用代码 fails its GB 32100 check character.',
  mall_page('侨乡鞋业', shop_head('侨乡鞋业', G_LIC, G_MARK, '''
<div class="shop-intro"><p>莆田源头工厂直发，<b>纯原版本</b>，细节对比专柜，支持得物级别细节验货。</p></div>
<ul class="shop-items"><li><a href="/item/qx3001.html">AJ1 倒钩 低帮</a></li><li><a href="/item/qx3002.html">侨乡 自主品牌 缓震跑鞋</a></li></ul>''')))

P('main', '020-qiaoxiang-aj1.html', 'http://mall.wangjian.test/item/qx3001.html', 'utf-8',
  'COUNTERFEIT_TERM,FAKE_ORIGINAL_PRICE',
  'COUNTERFEIT_TERM: 商标法 第五十七条 - "复 刻" split by a space and "1：1" with a full-width colon, "原厂皮料 对版" for a '
  'Jordan model (same case as 019). FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 - 划线价 ¥899 while the '
  'capture 1.5 days before shows ¥299; case 北京三中院 2018 虚构原价.',
  mall_page('AJ1 倒钩 低帮', '''
<div class="item-main"><h1 class="item-title">AJ1 倒钩 低帮 复 刻版 1：1 原厂皮料 对版</h1><a class="shop-link" href="/shop/qiaoxiang/">侨乡鞋业</a>
<div class="price-box"><span class="price now">¥329</span> <span class="price price-line">¥899</span></div>
<p>鞋盒、鞋标、钢印都按正品开模，送防尘袋。尺码 36-46。</p></div>'''))
H('main', '020-qiaoxiang-aj1-d1.html', 'http://mall.wangjian.test/item/qx3001.html', 1.5,
  mall_page('AJ1 倒钩 低帮', '''
<div class="item-main"><h1 class="item-title">AJ1 倒钩 低帮</h1>
<div class="price-box"><span class="price now">¥299</span></div></div>'''))

P('main', '021-qiaoxiang-paoxie.html', 'http://mall.wangjian.test/item/qx3002.html', 'utf-8', '-',
  'trap: a 直播回放 transcript in which the host denies selling 高仿 and says the shoe is the shop\'s own brand - '
  'negation, no counterfeit offer on this page',
  mall_page('侨乡 自主品牌 缓震跑鞋', '''
<div class="item-main"><h1 class="item-title">侨乡 自主品牌 缓震跑鞋 QX-Run 3</h1><a class="shop-link" href="/shop/qiaoxiang/">侨乡鞋业</a>
<div class="price-box"><span class="price now">¥159</span></div></div>
<div class="live-replay"><h3>直播回放 · 文字版（11月28日 20:00）</h3>
<p>主播：来，家人们看这双，QX-Run 3，我们侨乡自己的牌子，商标注册号都在详情页最下面。</p>
<p>主播：有家人在公屏问“是不是高仿哪个大牌的”——不是啊，不是高仿，不是任何大牌的款，鞋底是我们自己开的模。</p>
<p>主播：159一双，42码偏大半码，宽脚的拍大一码。</p></div>'''))

# --- Site H: 农丰堂, farm supplies on an ECShop-like site, GBK -------------------------------
H_FOOT = ('<div id="footer"><div class="text">&copy; 2026 青岛农丰堂农资有限公司 版权所有<br>'
          '统一社会信用代码：%s &nbsp; 农药经营许可证：农药经许（鲁）37020220031<br>'
          '<a href="https://beian.miit.gov.cn/">鲁ICP备2019033580号-2</a> &nbsp; 鲁公网安备 37020202000517号</div></div>' % C_H)
P('main', '022-nongfengtang-home.html', 'http://www.nongfengtang.test/', 'gbk', '-',
  'trap: names 限制使用农药 only to say they are not sold online (农药经营许可管理办法); ordinary pesticides with '
  'registration numbers are lawful online goods; licence, pesticide permit and ICP shown',
  site_page('农丰堂农资商城 - 种子 化肥 农药 正规农资', 'gbk', '''
<div id="header"><a href="./">农丰堂</a> <a href="category.php?id=3">杀虫剂</a> <a href="category.php?id=4">除草剂</a> <a href="category.php?id=7">化肥</a></div>
<div class="block"><div class="box"><h3>本店公告</h3>
<p>本店持《农药经营许可证》经营。按照规定，<b>限制使用农药一律不在网上销售</b>，请持身份证到门店实名购买。</p>
<p>所有农药均可在“中国农药信息网”查询登记证号，请按标签用量使用，注意安全间隔期。</p></div>
<div class="goodsItem"><a href="goods.php?id=205">70%吡虫啉水分散粒剂 100g</a> <font class="shop_s">￥18.00</font></div>
<div class="goodsItem"><a href="goods.php?id=211">复合肥 15-15-15 40kg</a> <font class="shop_s">￥165.00</font></div></div>''', H_FOOT))

P('main', '023-nongfengtang-kebaiwei.html', 'http://www.nongfengtang.test/goods.php?id=318', 'gbk',
  'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: 农药管理条例 (2017) and 农药经营许可管理办法 (2017): 限制使用农药不得利用互联网经营 [article number not checked] - 克百威 '
  '(呋喃丹) is on the 限制使用农药名录; here offered online for mail delivery without real-name purchase. Case: 新华社 '
  '2019-02 "电商平台竟公然售卖毒鸟药" (呋喃丹/扁毛霜, 郑州日报 2019-02-19)',
  site_page('3%颗粒剂 地下害虫 - 农丰堂农资商城', 'gbk', '''
<div id="ur_here">当前位置: <a href="./">首页</a> <code>&gt;</code> <a href="category.php?id=3">杀虫剂</a></div>
<div class="goodsInfo"><h1>3%克百威颗粒剂（呋喃丹） 1kg 根施 地下害虫</h1>
<ul><li>本店售价：<font class="shop">￥38.00</font></li><li>商品库存：206 袋</li></ul>
<p>蛴螬、地老虎、线虫一次搞定，药效长。老客户都懂，<b>全国包邮，不用登记，不用到店</b>，外包装不写品名。</p>
<p><a href="flow.php?step=add_to_cart&amp;goods_id=318">立即购买</a></p></div>''', H_FOOT))

P('main', '024-nongfengtang-biqinglin.html', 'http://www.nongfengtang.test/goods.php?id=205', 'gbk', '-',
  'trap: a registered low-toxicity insecticide (吡虫啉) with 农药登记证号, dosage and safety interval - lawful online '
  'goods; the words 农药/杀虫 alone mark nothing',
  site_page('70%吡虫啉水分散粒剂 100g - 农丰堂农资商城', 'gbk', '''
<div class="goodsInfo"><h1>70%吡虫啉水分散粒剂 100g</h1>
<ul><li>本店售价：<font class="shop">￥18.00</font></li><li>农药登记证号：PD20121867</li><li>毒性：低毒</li></ul>
<p>适用作物：水稻（稻飞虱）。每亩用量2～4克，兑水喷雾。安全间隔期14天，每季最多使用2次。</p>
<p>注意：对蜜蜂、家蚕有毒，开花植物花期禁用。</p></div>''', H_FOOT))

# --- Site I: 康宁健康, a Typecho blog with a shop link, UTF-8 --------------------------------
I_FOOT_HOME = ('<footer id="footer"><p>&copy; 2026 <a href="/">康宁健康</a>. 由 Typecho 强力驱动.</p>'
               '<p>武汉康宁健康咨询有限公司 统一社会信用代码 %s</p>'
               '<p><a href="https://beian.miit.gov.cn/" rel="nofollow">汉ICP备2024035611号-1</a></p></footer>' % C_I)
I_FOOT = ('<footer id="footer"><p>&copy; 2026 <a href="/">康宁健康</a>. 由 Typecho 强力驱动.</p></footer>')
P('main', '025-kangning-home.html', 'http://www.kangning-jk.test/', 'utf-8', 'ICP_INVALID',
  'ICP_INVALID: 互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法 - "汉ICP备" uses 汉, which is not a '
  'province abbreviation (Hubei is 鄂). no case found. Licence shown.',
  site_page('康宁健康 - 腰颈肩养护笔记', 'utf-8', '''
<header id="header"><h1 class="site-name"><a href="/">康宁健康</a></h1><p class="description">腰颈肩养护笔记 · 附小店</p></header>
<div id="main"><article class="post"><h2 class="post-title"><a href="/archives/312/">腰椎间盘突出疼得睡不着？</a></h2></article>
<article class="post"><h2 class="post-title"><a href="/archives/298/">普通食品能不能说“降血压”？</a></h2></article></div>''', I_FOOT_HOME))

P('main', '026-kangning-yaotui.html', 'http://www.kangning-jk.test/archives/312/', 'utf-8', 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: 药品管理法 第六十一条第二款; 药品网络销售禁止清单（第一版）(NMPA 2022) - 曲马多 is a 第二类精神药品, '
  'banned from online sale; the post offers it without prescription. no case found (basis is the 清单 itself)',
  site_page('腰椎间盘突出疼得睡不着？ - 康宁健康', 'utf-8', '''
<div id="main"><article class="post"><h1 class="post-title">腰椎间盘突出疼得睡不着？</h1>
<ul class="post-meta"><li>2026-10-21</li><li>分类：腰椎</li></ul>
<div class="post-content"><p>急性期先卧床休息，睡硬板床，避免弯腰搬重物；疼痛明显时要去医院骨科或疼痛科，别硬扛。</p>
<p>很多朋友半夜疼醒，私信问有没有“管用的药”。本站小店有<strong>盐酸曲马多缓释片</strong>，
<strong>不用处方</strong>，拍下当天发，<a href="https://weidian.test/item/8837">小店链接</a>，一盒10片 ￥45。</p></div></article></div>''', I_FOOT))

P('main', '027-kangning-kepu.html', 'http://www.kangning-jk.test/archives/298/', 'utf-8', '-',
  'trap: a 科普 post quoting the illegal claims ("降血压""抗癌") as examples of what ordinary food may not say, citing '
  'the 市场监管总局/中消协 消费提示 - reporting, no sale',
  site_page('普通食品能不能说“降血压”？ - 康宁健康', 'utf-8', '''
<div id="main"><article class="post"><h1 class="post-title">普通食品能不能说“降血压”？</h1>
<div class="post-content"><p>不能。市场监管总局和中国消费者协会发过提示：普通食品不能宣称保健功能，更不能涉及疾病预防、治疗功效。</p>
<blockquote>有的商家把代用茶、鱼油包装成能“降血压”“抗癌”的东西，这都是违法宣传。</blockquote>
<p>买之前看包装：保健食品有“蓝帽子”标志和批准文号，药品有“国药准字”。看到普通食品说能治病，直接划走。</p></div></article></div>''', I_FOOT))

# --- Site J: 天逸家电, air purifiers, UTF-8 with BOM -----------------------------------------
J_FOOT = ('<div class="ft"><div class="ft-lic">'
          '<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_20200611&amp;signData=MEUCIQD">'
          '<img src="/static/img/lz.png" alt="电子营业执照亮照"></a> 南京天逸电器有限公司 统一社会信用代码 %s</div>'
          '<div class="ft-icp"><a href="https://beian.miit.gov.cn/">苏ICP备2020059823号-1</a> · 苏公网安备 32010202011190号</div></div>' % (C_J, C_J))
P('main', '028-tianyi-home.html', 'https://www.tianyi-dianqi.test/', 'utf-8', 'ABSOLUTE_TERM',
  'ABSOLUTE_TERM: 广告法 第九条第三项 - "国家级品质" and "全行业最高净化标准" as product claims (no standard grade, '
  'no award). Case: 方林富炒货店诉杭州市西湖区市场监管局 (2016 罚款20万, "杭州最好吃的栗子"); 上海虹口区市场监管局 '
  '上海同晶公司 天猫 "全球首款". Licence (with zzlz badge serial = own code) and ICP shown.',
  site_page('天逸家电 - 空气净化器 新风机', 'utf-8', '''
<div class="hd"><a href="/" class="logo">天逸</a><ul class="nav"><li>净化器</li><li>新风</li><li><a href="/news/">新闻</a></li></ul></div>
<div class="kv"><h2>天逸X9 · 国家级品质</h2><p>全行业最高净化标准，CADR 600m³/h，静音到听不见</p></div>
<div class="pro-list"><a href="/product/ty-x9.html">X9 家用净化器 ¥2999</a></div>''', J_FOOT), bom=True)

P('main', '029-tianyi-news.html', 'https://www.tianyi-dianqi.test/news/2026-09-cadr.html', 'utf-8', '-',
  'trap: "最高档/最低档" are the fan settings of a measured parameter (GB/T 18801-2022 test), and '
  '"江苏省专精特新中小企业" is a title awarded by a provincial authority - provable facts exempt under the 2023 guidance',
  site_page('天逸X9通过GB/T 18801-2022检测 - 天逸新闻', 'utf-8', '''
<div class="news-detail"><h1>天逸X9通过GB/T 18801-2022检测</h1><p class="date">2026-09-18</p>
<p>经第三方检测机构按 GB/T 18801-2022《空气净化器》检测：颗粒物CADR 600m³/h，甲醛CADR 220m³/h，
颗粒物CCM P4级、甲醛CCM F4级。</p>
<p>噪声：最高档 56dB(A)，最低档（睡眠档）28dB(A)。</p>
<p>另：公司于2026年8月获评“江苏省专精特新中小企业”（江苏省工业和信息化厅公示名单）。</p></div>''', J_FOOT), bom=True)

P('main', '030-tianyi-x9.html', 'https://www.tianyi-dianqi.test/product/ty-x9.html', 'utf-8', 'FALSE_CLAIM',
  'FALSE_CLAIM: 广告法 第十七条, 第二十八条 - an air purifier (not a medical device) sold as killing viruses, '
  'preventing flu/COVID and stopping children\'s coughs. Case: 上海市市场监管局 2020 疫情虚假广告典型案件, 上海诺与汽车科技 '
  '"防病毒车载净化器""灭细菌、防病毒" (罚款60万)',
  site_page('天逸X9 家用空气净化器', 'utf-8', '''
<div class="pd"><h1>天逸X9 家用空气净化器</h1><p class="price">¥2999</p>
<ul class="sell"><li>负离子+UV双杀，<b>病毒进门就灭活</b></li><li>流感季开一台，<b>全家不中招</b>，新冠也不怕</li>
<li>孩子反复咳嗽的，开上一周咳嗽就好了</li></ul>
<p>适用面积 42-72㎡，滤网寿命约 3000 小时。</p></div>''', J_FOOT), bom=True)

# --- Site K: 汇佳, multi-seller B2B2C portal, GBK -------------------------------------------
K_FOOT = ('<div class="footer"><p><a href="/ruzhu.html">商家入驻</a> | <a href="/notice/">平台公告</a> | '
          '<a href="/license.html">营业执照</a></p><p>义乌汇佳电子商务有限公司 &nbsp; '
          '<a href="https://beian.miit.gov.cn/">浙ICP备2016027745号-3</a> &nbsp; 浙公网安备 33078202001023号</p></div>')
P('main', '031-huijia-home.html', 'http://www.huijia-b2b.test/', 'gbk', 'LICENSE_INVALID',
  'LICENSE_INVALID: 电子商务法 第十五条 (false display) - the old 15-digit 营业执照注册号 shown on the home page fails its '
  'ISO 7064 MOD 11,10 check digit. no case found. ICP shown.',
  site_page('汇佳网 - 义乌小商品多商户批发平台', 'gbk', '''
<div class="top-bar">欢迎来到汇佳网！<a href="/login">请登录</a> <a href="/ruzhu.html">免费开店</a></div>
<div class="floor"><h3>日用百货</h3><ul><li>硅胶折叠水杯 批发价 ￥3.20/个 起批100</li><li>收纳箱 ￥8.50/个</li></ul></div>
<div class="footer-license"><p>营业执照注册号：%s &nbsp; 增值电信业务经营许可证：浙B2-20170233</p></div>''' % K_REGNO_BAD, K_FOOT))

P('main', '032-huijia-ruzhu.html', 'http://www.huijia-b2b.test/ruzhu.html', 'gbk', '-',
  'trap: a 商家入驻 page listing 高仿/A货/原单/精仿 as goods that are forbidden - a refusal, not an offer',
  site_page('商家入驻 - 汇佳网', 'gbk', '''
<div class="main"><h1>商家入驻须知</h1>
<h3>一、入驻资料</h3><p>营业执照（个体户亦可）、法人身份证、对公账户或本人银行卡、品牌授权书（经营品牌商品时提供）。</p>
<h3>二、禁止发布</h3><p>严禁发布高仿、A货、原单、精仿等侵犯他人注册商标专用权的商品；一经发现，下架商品、扣除保证金并清退。</p>
<h3>三、保证金</h3><p>普通类目 2,000 元，食品类目 5,000 元，退出经营且无纠纷满90天后退还。</p></div>''', K_FOOT))

P('main', '033-huijia-notice.html', 'http://www.huijia-b2b.test/notice/2026-0612.html', 'gbk', '-',
  'trap: a 平台公告 forbidding 好评返现 - quotes the banned practice to forbid it (电子商务法 第十七条)',
  site_page('关于禁止“好评返现”的公告 - 汇佳网', 'gbk', '''
<div class="main"><h1>关于禁止“好评返现”的公告</h1><p class="date">2026-06-12</p>
<p>各位商家：近期有买家反映，个别店铺在包裹内放置“五星好评返现卡”。根据《电子商务法》第十七条，商家不得以虚构交易、编造用户评价等方式进行虚假宣传。</p>
<p>自即日起，凡以红包、返现、赠品等方式诱导买家好评或删改差评的，平台将下架相关商品并冻结店铺7天。</p>
<p>汇佳网运营部</p></div>''', K_FOOT))

# --- Site L: 香满园, chilli sauce, GBK (home page has no charset meta) ------------------------
L_FOOT = ('<div class="foot">香满园 湘味小作坊 &middot; 客服微信 xmy_cs &middot; '
          '<a href="https://beian.miit.gov.cn/">湘ICP备2021004512号-1</a></div>')
P('main', '034-xiangmanyuan-home.html', 'http://www.xiangmanyuan.test/', 'gbk', 'LICENSE_MISSING',
  'LICENSE_MISSING: 电子商务法 第十五条, 第七十六条; 网络交易监督管理办法 第十二条 - the home page shows ICP, phone and '
  'WeChat but no licence information, image, link or 第十条 exemption. Case: 扬州市江都区市场监管局 2019 网红糕点店 微信销售 '
  '未公示营业执照和食品经营许可 (罚款2000元, 江苏省市场监管局 2019-03-05). No <meta charset> on the page.',
  site_page('香满园 剁辣椒 湘味下饭菜', None, '''
<div class="head"><a href="/">香满园</a> <a href="/shouhou.html">售后说明</a></div>
<div class="goods"><div class="g"><b>农家剁辣椒 500g×2瓶</b> ￥39.8</div><div class="g"><b>外婆菜 300g×3瓶</b> ￥35.0</div>
<div class="g"><b>鲜剁辣椒（冷链）1kg</b> ￥45.0</div></div>
<p>长沙岳麓区自家作坊现做，下单后48小时内发货。</p>''', L_FOOT))

P('main', '035-xiangmanyuan-shouhou.html', 'http://www.xiangmanyuan.test/shouhou.html', 'gbk', '-',
  'trap: excludes only 鲜活易腐 goods (冷链鲜剁辣椒, 现做卤味) from 七日无理由退货, which 消费者权益保护法 第二十五条第一款第(二)项 '
  'allows, and grants it for sealed jars; not a home page, so no licence duty',
  site_page('售后说明 - 香满园', 'gbk', '''
<div class="main"><h1>售后说明</h1>
<p>1. 瓶装剁辣椒、外婆菜：未拆封的，签收后七天内支持无理由退货，退回运费由买家承担。</p>
<p>2. 冷链鲜剁辣椒、现做卤味属于鲜活易腐商品，依法不适用七日无理由退货；如有漏液、变质，拍照联系客服全额退款。</p>
<p>3. 坏了、漏了、少了，都算我们的。</p></div>''', L_FOOT))

# --- Site M: 美途箱包, luggage, UTF-8 -------------------------------------------------------
M_FOOT = ('<footer><div class="lic">广州美途箱包皮具有限公司｜统一社会信用代码 %s｜'
          '<a href="/license.html">营业执照</a></div><div class="addr">广州市白云区三元里大道1088号 · 020-3622 7788</div></footer>' % C_M)
P('main', '036-meitu-home.html', 'https://www.meitu-xiangbao.test/', 'utf-8', 'ICP_MISSING',
  'ICP_MISSING: 互联网信息服务管理办法 第十二条 - an independent site whose home page shows licence, address and phone '
  'but no ICP filing or licence number anywhere. no case found',
  site_page('美途箱包 MEITU - 拉杆箱 旅行箱 广州源头工厂', 'utf-8', '''
<div class="header"><a href="/">MEITU 美途</a><nav><a href="/product/">全部箱包</a><a href="/help/">帮助</a></nav></div>
<section class="banner"><h2>出发，就带美途</h2><p>PC铝框拉杆箱 · 20/24/28寸</p></section>
<section class="grid"><a href="/product/20-inch-pc.html">20寸登机箱 ¥399</a><a href="/product/24-inch-al.html">24寸铝框箱 ¥699</a></section>''', M_FOOT))

P('main', '037-meitu-20inch.html', 'https://www.meitu-xiangbao.test/product/20-inch-pc.html', 'utf-8',
  'ABSOLUTE_TERM',
  'ABSOLUTE_TERM: 广告法 第九条第三项 - "行业最高标准""同价位最好的拉杆箱""箱包界天花板" as claims about the goods '
  '(天花板 is slang for 最高级). Case: 方林富炒货店案 (杭州西湖区 2016); 灌南百姓网 "第一" 罚款20万 (2019). '
  'Not a home page: no licence/ICP duty here.',
  site_page('20寸登机箱 PC磨砂 - 美途箱包', 'utf-8', '''
<div class="detail"><h1>20寸登机箱 PC磨砂款</h1><div class="price">¥399</div>
<ul><li>按<b>行业最高标准</b>做的万向轮，3万米耐磨测试</li><li>同价位<b>最好的拉杆箱</b>，没有之一</li>
<li>被买家称为“箱包界天花板”</li></ul><p>尺寸 36×23×55cm，可登机。</p></div>''', M_FOOT))

# --- Site N: 华瓷, Jingdezhen porcelain, GB18030 (characters outside GBK) ---------------------
N_FOOT_HOME = ('<div class="footer">景德镇华瓷陶瓷有限公司 统一社会信用代码：%s<br>'
               '<a href="https://beian.miit.gov.cn/">赣ICP备2O23O19O号-1</a> 地址：景德镇市珠山区新厂西路58号</div>' % C_N)
N_FOOT = '<div class="footer">景德镇华瓷陶瓷有限公司 · 0798-822 6610</div>'
P('main', '038-huaci-home.html', 'http://www.huaci-jdz.test/', 'gb18030', 'ICP_INVALID',
  'ICP_INVALID: 互联网信息服务管理办法 第十二条 - "赣ICP备2O23O19O号-1" has the letter O in place of the digit 0, so it '
  'is not a filing number. no case found. Licence shown. GB18030 page with 㙟 and 𫖯 (outside GBK).',
  site_page('华瓷 景德镇手工青花 粉彩', 'gb18030', '''
<div class="nav"><a href="/">华瓷</a> <a href="/honor.html">荣誉</a> <a href="/product/qinghua-meiping.html">青花梅瓶</a></div>
<div class="intro"><p>华瓷创办于2009年，工坊在景德镇老厂，拉坯师傅陈㙟从业三十年，款识题字仿赵孟𫖯楷书。</p>
<p>每件作品手工拉坯、利坯、青花分水，柴窑与气窑兼烧。</p></div>''', N_FOOT_HOME))

P('main', '039-huaci-honor.html', 'http://www.huaci-jdz.test/honor.html', 'gb18030', 'FALSE_HONOUR',
  'FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 (2025) 第九条 - "2024年度中国名牌产品": the 中国名牌产品 evaluation '
  'was stopped by 国家质检总局 in 2008 (管理办法 later repealed), so a 2024 award cannot exist. no case found. GB18030 (㙟).',
  site_page('荣誉资质 - 华瓷', 'gb18030', '''
<div class="main"><h1>荣誉资质</h1><ul>
<li>2024年度 <b>中国名牌产品</b>（证书号 ZGMP-2024-0619）</li>
<li>2023年 景德镇国际陶瓷博览会 “金奖”（作品《青花缠枝莲梅瓶》，陈㙟制）</li>
<li>2021年 江西省陶瓷行业协会 会员单位</li></ul></div>''', N_FOOT))

P('main', '040-huaci-meiping.html', 'http://www.huaci-jdz.test/product/qinghua-meiping.html', 'gb18030', '-',
  'trap: "国家级非物质文化遗产代表性项目" is the official name of the state list (景德镇手工制瓷技艺 is on it '
  'since 2006) and its 代表性传承人 are named by the 文化和旅游部 - a state-awarded title, exempt under the 2023 guidance',
  site_page('青花缠枝莲梅瓶 - 华瓷', 'gb18030', '''
<div class="main"><h1>青花缠枝莲梅瓶</h1><p class="price">￥8,800</p>
<p>由景德镇手工制瓷技艺（国家级非物质文化遗产代表性项目）代表性传承人工作室监制，陈㙟拉坯，高38cm。</p>
<p>底款“华瓷监制”，附作品证书与窑号。</p></div>''', N_FOOT))

# --- Site O: 元气母婴, baby goods on the platform (shop licence not shown) --------------------
O_MARK = '<div class="badge-row"><span class="mall-mark">网剑商城亮标</span></div>'
P('main', '041-yuanqi-shop.html', 'http://mall.wangjian.test/shop/yuanqi-muying/', 'utf-8', 'LICENSE_MISSING',
  'LICENSE_MISSING: 电子商务法 第十五条, 第七十六条 - the shop home has shop-name and mall-mark but no licence block, '
  'image or link; the platform\'s own footer code identifies the platform, not the shop. no case found',
  mall_page('元气母婴', shop_head('元气母婴', '', O_MARK, '''
<div class="shop-intro"><p>苏州仓发货，奶粉、纸尿裤、辅食。店铺客服 9:00-22:00。</p></div>
<ul class="shop-items"><li><a href="/item/yq5001.html">婴儿配方奶粉 1段 800g</a></li><li><a href="/item/yq5002.html">较大婴儿配方奶粉 2段 800g×2</a></li></ul>''')))

P('main', '042-yuanqi-naifen1.html', 'http://mall.wangjian.test/item/yq5001.html', 'utf-8', 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 (2019) 第八条 (2025: 第九条); 侵害消费者权益行为处罚办法 第六条第(四)项 - "追评满30字'
  '+3张图 返5元" paid for reviews. Case: 上海市青浦区 饿了么店铺 "阿婆小碗菜" 好评返现卡 (全五星10字好评1元+晒图1元), 2023',
  mall_page('婴儿配方奶粉 1段 800g', '''
<div class="item-main"><h1 class="item-title">婴儿配方奶粉 1段（0-6月龄）800g</h1><a class="shop-link" href="/shop/yuanqi-muying/">元气母婴</a>
<div class="price-box"><span class="price now">¥268</span></div></div>
<div class="item-reviews"><h3>评价</h3>
<div class="shop-tip">宝妈福利：收货后<u>追评满30字+3张宝宝喝奶图</u>，凭截图找客服<u>返现5元</u>，可叠加店铺券哦～</div>
<div class="review"><span class="who">t***a</span><p>日期很新，宝宝不上火。</p></div></div>'''))

P('main', '043-yuanqi-naifen2.html', 'http://mall.wangjian.test/item/yq5002.html', 'utf-8', 'RETURN_REFUSED',
  'RETURN_REFUSED: 消费者权益保护法 第二十五条 - formula milk is none of the four statutory exemptions; sealed cans '
  'can be resold, and the shop refuses them "未拆封亦同". no case found',
  mall_page('较大婴儿配方奶粉 2段 800g×2', '''
<div class="item-main"><h1 class="item-title">较大婴儿配方奶粉 2段（6-12月龄）800g×2罐</h1><a class="shop-link" href="/shop/yuanqi-muying/">元气母婴</a>
<div class="price-box"><span class="price now">¥499</span></div>
<div class="after-sale"><h4>售后说明</h4><p>奶粉为特殊食品，<b>签收后不支持7天无理由退货（未拆封亦同）</b>，请确认段数后再下单。
运输破损请在签收24小时内联系客服。</p></div></div>'''))

# --- Site P: 名品汇腕表, watches on the platform --------------------------------------------
P_LIC = ('<div class="shop-license">深圳名品汇钟表有限公司 统一社会信用代码 %s '
         '<a href="/shop/mingpin-wanbiao/license">查看执照</a></div>' % C_P)
P_MARK_HIDDEN = '<div style="display:none"><span class="mall-mark">网剑商城亮标</span></div>'
P('main', '044-mingpin-shop.html', 'http://mall.wangjian.test/shop/mingpin-wanbiao/', 'utf-8', 'MARK_MISSING',
  'MARK_MISSING: platform rule (seed 平台为网店亮标) - the only mall-mark element sits in a display:none block, so it is '
  'not displayed. no case found. Licence shown.',
  mall_page('名品汇腕表', shop_head('名品汇腕表', P_LIC, P_MARK_HIDDEN, '''
<div class="shop-intro"><p>二手名表寄卖与回收，每只表出库前经第三方鉴定。</p></div>
<ul class="shop-items"><li><a href="/item/mp7001.html">鉴定报告示例</a></li><li><a href="/item/mp7002.html">自动机械男表</a></li></ul>''')))

P('main', '045-mingpin-jianding.html', 'http://mall.wangjian.test/item/mp7001.html', 'utf-8', '-',
  'trap: a 鉴定/验货 report (得物-like) whose conclusion is genuine and which lists "非复刻、非组装" as checks passed - '
  'negation in an inspection report',
  mall_page('二手腕表 鉴定报告', '''
<div class="item-main"><h1 class="item-title">二手 自动机械腕表 40mm（附鉴定报告）</h1><a class="shop-link" href="/shop/mingpin-wanbiao/">名品汇腕表</a>
<div class="price-box"><span class="price now">¥23800</span></div>
<div class="inspect-report"><h3>鉴定报告 No. JD26110817</h3>
<table><tr><td>机芯</td><td>原厂，编号与保卡一致</td></tr><tr><td>表壳钢印</td><td>清晰，无打磨</td></tr>
<tr><td>结论</td><td><b>正品</b>（非复刻、非组装、非翻新）</td></tr></table>
<p>鉴定机构：深圳市某钟表质量检测站（CMA 证书 2019190588Z）</p></div></div>'''))

P('main', '046-mingpin-yuandan.html', 'http://mall.wangjian.test/item/mp7002.html', 'utf-8', 'COUNTERFEIT_TERM',
  'COUNTERFEIT_TERM: 商标法 第五十七条 - "外贸原单尾货""原单机芯" for a branded-looking watch (seller slang for overrun/'
  'replica goods). Case: 上海市闵行区市场监管局 2017 伯尔梅特BERMAD 商标侵权案 shows the 57条 basis; no watch case found',
  mall_page('外贸原单 自动机械男表', '''
<div class="item-main"><h1 class="item-title">外贸原单尾货 自动机械男表 潜航者款 41mm</h1><a class="shop-link" href="/shop/mingpin-wanbiao/">名品汇腕表</a>
<div class="price-box"><span class="price now">¥1580</span></div>
<p>原单机芯，走时误差 ±10秒/天，表盘 LOGO 与专柜一致，送原装表盒。数量少，拍前问库存。</p></div>'''))

# --- Site Q: 老槐园, vinegar maker, GBK (about page without charset meta) ---------------------
Q_FOOT = ('<div class="copyright">山西老槐园醋业有限公司 版权所有 统一社会信用代码：%s<br>'
          '<a href="https://beian.miit.gov.cn/">晋ICP备2018007724号-1</a> 晋公网安备 14010502000391号</div>' % C_Q)
P('main', '047-laohuaiyuan-home.html', 'http://www.laohuaiyuan.test/', 'gbk', 'WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 - "中国驰名商标" as a headline badge above the products. Case: 福州市市场监督管理局 '
  '自建网站 驰名商标 cases (2016-2017) and 商标局 2016-09-09 批复 (prominent use as honour = violation). Licence and ICP shown.',
  site_page('老槐园 山西老陈醋 - 官网', 'gbk', '''
<div class="header"><img src="/images/logo.png" alt="老槐园"><span class="slogan">中国驰名商标 · 老槐园</span></div>
<div class="menu"><a href="/">首页</a><a href="/about.html">关于我们</a><a href="/zixun/">醋的学问</a></div>
<div class="pro"><p>五年陈酿 老陈醋 420ml×6 ￥96</p><p>十年陈酿 老陈醋 500ml 礼盒 ￥268</p></div>''', Q_FOOT))

P('main', '048-laohuaiyuan-about.html', 'http://www.laohuaiyuan.test/about.html', 'gbk', '-',
  'trap: a plain 发展历程 line stating that the mark was recognised as well-known in 2011 - a factual record without '
  'prominent use, which 商标局 2016-09-09 批复 (关于在企业自建网站上使用驰名商标字样等有关问题) says is not a 第十四条第五款 '
  'violation. No <meta charset> on the page.',
  site_page('关于我们 - 老槐园', None, '''
<div class="main"><h1>关于我们</h1><h3>发展历程</h3><ul>
<li>1986年 清徐县槐树村醋坊恢复生产</li><li>2003年 改制为山西老槐园醋业有限公司</li>
<li>2011年 “老槐园”商标经国家工商总局商标局依法认定为驰名商标</li>
<li>2019年 新建熏醅车间，年产能1.2万吨</li></ul>
<p>我们坚持固态发酵、夏伏晒冬捞冰的老工艺。</p></div>''', Q_FOOT))

P('main', '049-laohuaiyuan-chucang.html', 'http://www.laohuaiyuan.test/zixun/cu-chucang.html', 'gbk', '-',
  'trap: "最佳储存条件" is a storage tip and "一级/二级" are grade terms of the vinegar standards - exempt under the 2023 guidance',
  site_page('醋怎么存？开瓶后多久用完 - 老槐园', 'gbk', '''
<div class="main"><h1>醋怎么存？开瓶后多久用完</h1>
<p>食醋的最佳储存条件是阴凉、避光、密封，温度在25℃以下。开瓶后建议三个月内用完，瓶口擦干再盖。</p>
<p>醋表面出现一层白膜，是产膜酵母，不是变质的唯一标志，但出现后不建议再食用。</p>
<p>选购时看标签：酿造食醋按 GB/T 18187 标“酿造食醋”，总酸越高越酸；有的产品按企业标准标一级、二级。</p></div>''', Q_FOOT))

# --- Site R: 鑫悦电器 (licence revoked in the registry), UTF-8 -------------------------------
R_FOOT_HOME = ('<footer class="site-footer"><p>郑州鑫悦电器有限公司　统一社会信用代码：%s</p>'
               '<p><a href="https://beian.miit.gov.cn/">豫ICP备2017021935号-1</a>　豫公网安备 41010502003018号</p></footer>' % C_R)
R_FOOT = ('<footer class="site-footer"><p><a href="/license.html">营业执照</a>　'
          '<a href="https://beian.miit.gov.cn/">豫ICP备2017021935号-1</a></p></footer>')
P('main', '050-xinyue-home.html', 'http://www.xinyue-dianqi.test/', 'utf-8', 'LICENSE_MISMATCH',
  'LICENSE_MISMATCH: 电子商务法 第十五条; 市场主体登记管理条例 - the displayed code is valid and the name matches, but '
  'the registry extract gives the company status 吊销. no case found. ICP shown.',
  site_page('鑫悦电器 - 电热水器 燃气灶 郑州本地安装', 'utf-8', '''
<header><a href="/">鑫悦电器</a><nav><a href="/guide/dianreshui.html">选购指南</a></nav></header>
<main><h2>郑州市区 24 小时送装</h2><ul><li>60升储水式电热水器 一级能效 ¥1,399</li><li>嵌入式双眼燃气灶 ¥899</li></ul></main>''', R_FOOT_HOME))

P('main', '051-xinyue-guide.html', 'http://www.xinyue-dianqi.test/guide/dianreshui.html', 'utf-8', '-',
  'trap: "一级能效是最高一级" explains the GB 21519 energy-efficiency grades (standard grade terms, exempt); no licence '
  'code displayed on this page, so the revoked registry status does not reach it',
  site_page('电热水器怎么选？- 鑫悦电器', 'utf-8', '''
<main><article><h1>电热水器怎么选？</h1>
<p>先看容量：两口之家50升够用，三口以上建议60～80升。</p>
<p>再看能效：按 GB 21519《储水式电热水器能效限定值及能效等级》，能效分1、2、3级，<b>1级是最高一级</b>，最省电。</p>
<p>最后看安装：承重墙、独立插座、防电墙，这三样缺一不可。</p></article></main>''', R_FOOT))

# --- Site S: 百瑞文具 (name on the page differs from the registry), UTF-8 BOM + wrong meta ------
S_FOOT_HOME = ('<div id="ft"><span>上海百瑞文具有限公司</span> <span>统一社会信用代码 %s</span> '
               '<a href="https://beian.miit.gov.cn/">沪ICP备2019012877号-1</a> 沪公网安备 31011502013390号</div>' % C_S)
S_FOOT = '<div id="ft"><a href="https://beian.miit.gov.cn/">沪ICP备2019012877号-1</a></div>'
P('main', '052-bairui-home.html', 'https://www.bairui-wenju.test/', 'utf-8', 'LICENSE_MISMATCH',
  'LICENSE_MISMATCH: 电子商务法 第十五条第二款 (update on change); 市场主体登记管理条例实施细则 第六十四条 - the page shows '
  'the valid code of 上海百瑞办公用品有限公司 under its old name 上海百瑞文具有限公司. no case found. UTF-8 with BOM but '
  '<meta charset="gbk"> (wrong; the BOM decides).',
  site_page('百瑞文具 - 办公用品 学生文具 批发零售', 'gbk', '''
<div id="hd"><a href="/">百瑞文具</a> <a href="/news/kaixue.html">开学季</a></div>
<div id="bd"><ul><li>中性笔 0.5mm 黑 12支/盒 ￥9.90</li><li>A4 复印纸 70g 500张×5包 ￥118</li></ul></div>''', S_FOOT_HOME), bom=True)

P('main', '053-bairui-kaixue.html', 'https://www.bairui-wenju.test/news/kaixue.html', 'utf-8', '-',
  'trap: "1:1" is a paint-to-water ratio and "A4" a paper size - look-alikes of counterfeit slang; GB 21027 cited as a '
  'safety standard; no licence code displayed. UTF-8 with BOM.',
  site_page('开学季文具怎么选 - 百瑞文具', 'utf-8', '''
<div id="bd"><h1>开学季文具怎么选</h1>
<p>学生文具认准 GB 21027《学生用品的安全通用要求》，铅笔、橡皮、修正液都在范围内。</p>
<p>水粉颜料太稠时按 1:1 兑水调开，别一次调太多。A4 作业本选 80g 以上不透字。</p>
<p>修正带比修正液更安全，没有挥发性溶剂。</p></div>''', S_FOOT), bom=True)

# --- Site T: 雪域羽绒 (ICP only in a hidden block), UTF-8 ------------------------------------
T_FOOT_HOME = ('<footer><p>长春雪域羽绒服饰有限公司 · 统一社会信用代码 %s</p>'
               '<p class="icp" style="display:none"><a href="https://beian.miit.gov.cn/">吉ICP备2022001376号-1</a></p>'
               '<p>长春市南关区人民大街 2299 号</p></footer>' % C_T)
T_FOOT = '<footer><p>雪域羽绒 · 客服 0431-8866 5120</p></footer>'
P('main', '054-xueyu-home.html', 'https://www.xueyu-yurong.test/', 'utf-8', 'ICP_MISSING',
  'ICP_MISSING: 互联网信息服务管理办法 第十二条 - the only ICP number is inside a display:none paragraph, so none is '
  'displayed. no case found. Licence shown.',
  site_page('雪域羽绒 - 90白鸭绒 羽绒服', 'utf-8', '''
<header><a href="/">雪域羽绒</a><a href="/help/tuihuan.html">退换说明</a></header>
<main><h2>冬季新款</h2><ul><li>90%白鸭绒 短款 充绒量180g ¥699</li><li>90%白鹅绒 长款 充绒量260g ¥1,299</li></ul></main>''', T_FOOT_HOME))

P('main', '055-xueyu-tuihuan.html', 'https://www.xueyu-yurong.test/help/tuihuan.html', 'utf-8', '-',
  'trap: grants 七天无理由退货 and refuses only goods no longer 完好 (吊牌剪掉、水洗、穿着), which 网络购买商品七日无理由退货'
  '暂行办法 第九条 allows; not a home page',
  site_page('退换说明 - 雪域羽绒', 'utf-8', '''
<main><h1>退换说明</h1>
<p>签收之日起7天内，商品完好（吊牌、包装齐全）支持七天无理由退货。</p>
<p>已剪吊牌、已水洗或有穿着痕迹、影响二次销售的，不予无理由退货；质量问题不受此限。</p>
<p>退货地址请在订单页申请后获取。</p></main>''', T_FOOT))

# =============================================================================================
# MAIN SIDE, second round: harder markup (per-character spans, entities, full-width), more registers
# =============================================================================================

# --- Site B, a fourth page -------------------------------------------------------------------
P('main', '056-jiashengtang-tuikuan.html', 'https://www.jiashengtang.test/help/refund-flow.html', 'utf-8', '-',
  'trap: "原单号" is the original order number in a refund flow (look-alike of 原单); the 刻字定制 exclusion is the 定作 '
  'exemption of 消费者权益保护法 第二十五条第一款第(一)项',
  site_page('退款流程 - 佳生堂', 'utf-8', '''
<main class="page-main"><div class="cms-content"><h1>退款流程</h1>
<ol><li>在“我的订单”中点击“申请售后”，填写原单号（原订单号）与退款原因；</li>
<li>客服审核后24小时内给出退货地址；</li><li>仓库签收后1～3个工作日原路退款。</li></ol>
<p>刻字定制礼盒按您提供的文字单独制作，属于定作商品，不适用七天无理由退货；其余商品以《售后政策》为准。</p></div></main>''', B_FOOT))

# --- Site D, a fourth page (Big5) --------------------------------------------------------------
P('main', '057-yueshengtang-about.html', 'http://www.yueshengtang.test/about.html', 'big5', 'WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 - "榮獲馳名商標" as the headline of the 關於我們 page, used to sell ("品質信得過"); '
  'traditional script (馳名商標 = 驰名商标). Case: 福州市市场监督管理局 自建网站 驰名商标 cases (2016-2017), 商标局 2016-09-09 批复. Big5.',
  site_page('關於我們 ｜ 悅生堂', 'big5', '''
<div id="main"><h1>關於我們</h1><h2>「悅生堂」榮獲馳名商標 · 品質信得過</h2>
<p>悅生堂創立於香港上環海味街，2016年在深圳設立內地公司，專做馬來西亞溯源燕窩。</p>
<p>門市地址：深圳市南山區南海大道 3025 號。</p></div>''', D_FOOT))

# --- Site M, a third page -----------------------------------------------------------------------
P('main', '058-meitu-about.html', 'https://www.meitu-xiangbao.test/about.html', 'utf-8', 'FALSE_HONOUR',
  'FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 (2025) 第九条 - "2025年度广东省著名商标": provincial 著名商标 '
  'recognition ended when the provinces repealed their 著名商标 regulations (Guangdong\'s before 2020 [from memory]), so '
  'a 2025 award cannot exist. no case found',
  site_page('关于美途 - 美途箱包', 'utf-8', '''
<div class="about"><h1>关于美途</h1><p>2012年创立于广州白云区，自有注塑与铝框车间。</p>
<h3>荣誉</h3><ul><li><b>2025年度 广东省著名商标</b></li><li>广州市皮具商会 副会长单位</li></ul></div>''', M_FOOT))

# --- Site Q, a fourth page (GBK) -----------------------------------------------------------------
P('main', '059-laohuaiyuan-lishi.html', 'http://www.laohuaiyuan.test/zixun/lishi.html', 'gbk', '-',
  'trap: "驰名中外" is an old phrase about Shanxi vinegar\'s fame, not the legal term 驰名商标 (商标法 第十四条第五款 names '
  'only the words "驰名商标"); "第一批国家级非物质文化遗产名录" is the official name of a state list (a state-conferred '
  'status, exempt under the 2023 guidance)',
  site_page('清徐老陈醋的三千年 - 老槐园', 'gbk', '''
<div class="main"><h1>清徐老陈醋的三千年</h1>
<p>山西人爱醋，清徐是醋的老家。清徐老陈醋以高粱、大麦、豌豆为料，经蒸、酵、熏、淋、陈五道工序，驰名中外已有数百年。</p>
<p>2006年，“老陈醋酿制技艺”列入第一批国家级非物质文化遗产名录。</p></div>''', Q_FOOT))

# --- Site V: 紫苏油坊 on the platform (full-width licence code; per-character spans) ------------
V_LIC = ('<div class="shop-license">营业执照：呼和浩特紫苏油坊食品有限公司　统一社会信用代码：%s</div>' % fullwidth(C_V))
V_MARK = '<div class="mall-mark" role="img" aria-label="网剑商城亮标"></div>'
P('main', '060-zisu-shop.html', 'http://mall.wangjian.test/shop/zisu-youfang/', 'utf-8', '-',
  'trap: the shop licence code is written in full-width digits and letters; once normalised it is a valid code of a '
  '存续 company with the same name, so it is neither invalid nor missing; mall-mark shown',
  mall_page('紫苏油坊', shop_head('紫苏油坊', V_LIC, V_MARK, '''
<div class="shop-intro"><p>内蒙古赤峰紫苏籽，冷榨一级。α-亚麻酸含量 ≥ 60%（检测报告见商品详情）。</p></div>
<ul class="shop-items"><li><a href="/item/zs4001.html">冷榨紫苏籽油 500ml</a></li></ul>''')))

P('main', '061-zisu-you.html', 'http://mall.wangjian.test/item/zs4001.html', 'utf-8', 'FALSE_CLAIM',
  'FALSE_CLAIM: 广告法 第十七条, 第二十八条 - an edible oil sold in a 直播回放 transcript as anti-cancer and lowering the '
  '"三高", the key words written one <span> per character. Case: 市场监管总局 十起违法广告典型案例 (2025-01-31), 内蒙古草之楼 '
  '生物科技 直播推广 有机紫苏籽油 "改善、缓解、抗癌"',
  mall_page('冷榨紫苏籽油 500ml', '''
<div class="item-main"><h1 class="item-title">冷榨紫苏籽油 500ml</h1><a class="shop-link" href="/shop/zisu-youfang/">紫苏油坊</a>
<div class="price-box"><span class="price now">¥88</span></div></div>
<div class="live-replay"><h3>直播回放 · 文字整理</h3>
<p>主播：每天一勺拌凉菜，血管里的垃圾慢慢就清了，%s、%s都不用愁。</p>
<p>主播：我们村里的老人吃了十几年，%s，这个油是真的%s。</p>
<p>主播：500毫升88，今天拍两瓶送一瓶。</p></div>''' % (spans('降三高'), spans('血栓'), spans('没一个得癌的'), spans('抗癌'))))

# --- Site W: 特卖汇, a 唯品会-like flash-sale site for Wuyi tea ----------------------------------
W_FOOT = ('<div class="vip-footer"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_20220915&amp;signData=MEUCIHx">'
          '<img src="/static/zzlz.png" alt="营业执照电子亮照 武夷山特卖汇茶业有限公司"></a> '
          '<a href="/license.html">营业执照</a> | <a href="https://beian.miit.gov.cn/">闽ICP备2021041876号-1</a> | '
          '闽公网安备 35078202000355号</div>' % C_W)
P('main', '062-temaihui-home.html', 'https://www.temai-hui.test/', 'utf-8', '-',
  'trap: licence shown only as the electronic-licence badge image (alt text) linking to zzlz with the company\'s own '
  'code in the serial, plus a licence-page link - a lawful display under 电子商务法 第十五条 ("链接标识"); '
  '"武夷山国家级自然保护区" is a place name, not a claim',
  site_page('特卖汇 · 武夷岩茶 限时特卖', 'utf-8', '''
<div class="vip-header"><a href="/">特卖汇</a><span class="countdown">距结束 02:13:45</span></div>
<div class="sale-list"><div class="sale-item"><a href="/product/dahongpao-tm.html">大红袍 特卖 250g</a> <em>¥199</em> <del>参考价 ¥598</del></div>
<div class="sale-item">肉桂 125g <em>¥129</em></div></div>
<p class="origin">茶园位于武夷山市星村镇，紧邻武夷山国家级自然保护区。</p>''', W_FOOT))

P('main', '063-temaihui-dahongpao.html', 'https://www.temai-hui.test/product/dahongpao-tm.html', 'utf-8', 'ABSOLUTE_TERM',
  'ABSOLUTE_TERM: 广告法 第九条第三项 - "口感最佳、最正宗的大红袍" written as numeric character references; a claim about '
  'the goods against all others (not a self-comparison). Case: 方林富炒货店案 (杭州西湖区 2016). No price history exists '
  'for this URL, so the 参考价 is not scored.',
  site_page('大红袍 特卖 250g - 特卖汇', 'utf-8', '''
<div class="pd"><h1>大红袍 特卖 250g</h1><p class="price">特卖价 ¥199 <del>参考价 ¥598</del></p>
<p>武夷岩茶里口感%s、%s的大红袍，中火足焙，岩韵明显。</p></div>''' % (entities('最佳'), entities('最正宗')), W_FOOT))

# --- Site X: a 闲鱼-like second-hand listing --------------------------------------------------
P('main', '064-xianzhi-shoudai.html', 'https://www.xianzhi-ershou.test/item/77120.html', 'utf-8', 'COUNTERFEIT_TERM',
  'COUNTERFEIT_TERM: 商标法 第五十七条 - "1比1 精仿 专柜原版皮" for a 老花 handbag; 仿 set in its own element. '
  'Case: 渭南 2026 "买mimi送uu" 主播售卖高仿名牌发卡 (法官: 金额达5万元或涉刑事犯罪). Not a home page: no licence/ICP duty.',
  site_page('全新老花手袋 - 闲置', 'utf-8', '''
<div class="idle-item"><div class="seller">卖家：小***鹿 · 杭州 · 信用极好</div>
<h1 class="desc">全新 老花 手袋 中号 1比1 精<em class="hl">仿</em> 专柜原版皮，五金刻字都有，送防尘袋小票</h1>
<div class="price">¥680</div><p class="want">12人想要 · 包邮</p></div>''', '<div class="idle-foot">闲置好物 · 自由交易</div>'))

# --- Site Y: a 公众号-like article selling e-cigarettes -----------------------------------------
P('main', '065-yunwu-dianziyan.html', 'https://www.yunwu-haowu.test/s/20261102.html', 'utf-8', 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: 烟草专卖法实施条例 (2021 修订, 第六十五条 applies it to 电子烟); 电子烟管理办法 (国家烟草专卖局 2022) '
  'bans selling e-cigarettes over information networks [article from memory] - an article ends with flavour pods and a '
  'device for order by private message. no case found',
  site_page('戒烟三个月，我换了这个', 'utf-8', '''
<div class="rich_media"><h1 class="rich_media_title">戒烟三个月，我换了这个</h1>
<div class="rich_media_meta">云雾好物 · 2026-11-02</div>
<div class="rich_media_content"><p>老烟民都知道戒烟有多难。我的办法是先换成雾化的，慢慢减。</p>
<p>今天给大家上新：<b>小云烟杆 + 口味弹（绿豆冰、西瓜、薄荷）</b>，一杆三弹 ¥129，<b>私信下单，顺丰包邮</b>，不查年龄放心拍。</p></div></div>''',
  '<div class="rich_media_tool">阅读 3.1万 · 在看 208</div>'))

# --- Site Z: 佳丽服饰 on the platform, an item with a live-replay "no returns" ----------------
P('main', '066-jiali-lianyiqun.html', 'http://mall.wangjian.test/item/jl1101.html', 'utf-8', 'RETURN_REFUSED',
  'RETURN_REFUSED: 消费者权益保护法 第二十五条 - a dress sold in a 直播回放 with "不退不换" (clothing is none of the four '
  'exemptions). no case found',
  mall_page('法式碎花连衣裙', '''
<div class="item-main"><h1 class="item-title">法式碎花连衣裙 直播款</h1><a class="shop-link" href="/shop/jiali-fushi/">佳丽服饰</a>
<div class="price-box"><span class="price now">¥79</span></div></div>
<div class="live-replay"><h3>直播回放 · 字幕</h3>
<p>主播：姐妹们，79是直播间福利价，亏本冲量的，所以这一款<b>不退不换</b>哈，拍之前看好尺码，拍了就是你的。</p>
<p>主播：S到XL，160的穿M刚好。</p></div>'''))


# =============================================================================================
# HOLDOUT SIDE
# =============================================================================================

# --- Site HA: 澜颜, cosmetics, UTF-8 with BOM (home page meta says gb2312) --------------------
HA_FOOT = ('<div class="footer"><p>上海澜颜化妆品有限公司</p><p>统一社会信用代码：%s</p>'
           '<p>化妆品备案可在国家药监局“化妆品监管”APP查询</p></div>' % C_HA)
P('holdout', '101-lanyan-home.html', 'https://www.lanyan-beauty.test/', 'utf-8', 'ICP_MISSING',
  'ICP_MISSING: 互联网信息服务管理办法 第十二条 - independent site, licence shown, no ICP filing/licence number on the '
  'home page. no case found. UTF-8 with BOM but <meta charset="gb2312"> (wrong; the BOM decides).',
  site_page('澜颜 LANYAN 官方商城', 'gb2312', '''
<div class="nav"><a href="/">澜颜</a><a href="/goods/qudou-jinghua.html">祛痘精华</a><a href="/help/pingjia.html">评价说明</a></div>
<div class="kv"><h2>温和 · 不刺激</h2><p>敏感肌也能用的日常护肤</p></div>''', HA_FOOT), bom=True)

P('holdout', '102-lanyan-jinghua.html', 'https://www.lanyan-beauty.test/goods/qudou-jinghua.html', 'utf-8',
  'FALSE_CLAIM',
  'FALSE_CLAIM: 广告法 第十七条, 第二十八条; 化妆品监督管理条例 第三十七条 - a general cosmetic sold as "消炎杀菌" and curing '
  'acne and eczema in seven days. Case: 上海市市场监管局 2020 疫情相关虚假广告典型案件, 上海文峰美发美容 普通化妆品 "消炎杀菌" '
  '(罚款50万). UTF-8 with BOM.',
  site_page('水杨酸祛痘精华 30ml - 澜颜', 'utf-8', '''
<div class="goods"><h1>水杨酸祛痘精华 30ml</h1><p class="price">¥169</p>
<p>2%水杨酸+积雪草，<b>消炎杀菌</b>，闭口粉刺一晚就瘪；<b>七天治好痘痘</b>，湿疹、皮炎反复的也能用，涂三天不痒了。</p>
<p>备案编号：沪G妆网备字2026012345</p></div>''', HA_FOOT), bom=True)

P('holdout', '103-lanyan-pingjia.html', 'https://www.lanyan-beauty.test/help/pingjia.html', 'utf-8', '-',
  'trap: an 评价说明 page that refuses 好评返现 and tells buyers to report anyone offering it - negation; the '
  'exclusion of opened cosmetics is allowed by 七日无理由退货暂行办法 第七条 when confirmed at purchase. UTF-8 with BOM.',
  site_page('评价说明 - 澜颜', 'utf-8', '''
<div class="help"><h1>评价说明</h1>
<p>澜颜不会以返现、红包、赠品换取好评，也不会联系您修改差评。如有人冒充客服提出“好评返现”“删差评给红包”，请截图向平台举报。</p>
<p>退货：未拆封商品支持七天无理由退货；已拆封的护肤品因涉及卫生安全，下单页已提示并经您勾选确认，不适用无理由退货，质量问题除外。</p></div>''', HA_FOOT), bom=True)

# --- Site HB: 茶语饮品 (a 个体工商户 on the platform, no mall-mark) ----------------------------
HB_LIC = ('<p class="shop-license">扬州市江都区茶语饮品店（个体工商户） 统一社会信用代码 %s</p>' % C_HB)
P('holdout', '104-chayu-shop.html', 'http://mall.wangjian.test/shop/chayu-yinpin/', 'utf-8', 'MARK_MISSING',
  'MARK_MISSING: platform rule (seed 平台为网店亮标) - the badge element carries class "mall-marker", not the exact token '
  'mall-mark; no mark is displayed. no case found. Licence shown.',
  mall_page('茶语饮品', shop_head('茶语饮品', HB_LIC, '<span class="mall-marker">店铺认证中</span>', '''
<div class="shop-intro"><p>江都本地现做奶茶、果茶，同城配送。</p></div>
<ul class="shop-items"><li><a href="/item/cy8001.html">杨枝甘露 大杯</a></li><li><a href="/item/cy8002.html">茉莉奶绿 礼盒装茶包</a></li></ul>''')))

P('holdout', '105-chayu-yangzhi.html', 'http://mall.wangjian.test/item/cy8001.html', 'utf-8', 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 (2019) 第八条 (2025: 第九条) - the item page reproduces the shop\'s card: five-star photo '
  'review, add the manager on WeChat, a 石头剪刀布 game decides a 0.8-2.8 yuan red packet. Case: 江苏省市场监管局 2021-11-08 '
  '刷单炒信 典型案例, 扬州市江都区某饮品店 好评返现卡 (罚款12000元)',
  mall_page('杨枝甘露 大杯', '''
<div class="item-main"><h1 class="item-title">杨枝甘露 大杯 700ml</h1><a class="shop-link" href="/shop/chayu-yinpin/">茶语饮品</a>
<div class="price-box"><span class="price now">¥16</span></div>
<div class="card-copy"><h4>随单小卡片</h4><p>喝得开心吗？确认收货后给个<b>五星+带图+带字</b>的评价，加店长微信发截图，
陪店长玩一把石头剪刀布：赢了2.8元红包，平局1.8元，输了也有0.8元！</p></div></div>'''))

P('holdout', '106-chayu-chabao.html', 'http://mall.wangjian.test/item/cy8002.html', 'utf-8', '-',
  'trap: 原价 ¥32 is not above the lowest price in the captures less than 7 days before (¥32 at 4 and 1 days); the '
  'lower ¥19 capture is 9 days old, outside the seven-day window of 明码标价和禁止价格欺诈规定 第十六条',
  mall_page('茉莉奶绿 礼盒装茶包', '''
<div class="item-main"><h1 class="item-title">茉莉奶绿 礼盒装茶包 12袋</h1><a class="shop-link" href="/shop/chayu-yinpin/">茶语饮品</a>
<div class="price-box">活动价 <span class="price now">¥22</span> 原价 <span class="price original">¥32</span></div></div>'''))
H('holdout', '106-chayu-chabao-d9.html', 'http://mall.wangjian.test/item/cy8002.html', 9,
  mall_page('茉莉奶绿 礼盒装茶包', '''
<div class="item-main"><h1 class="item-title">茉莉奶绿 礼盒装茶包 12袋</h1>
<div class="price-box"><span class="price now">¥19</span></div></div>'''))
H('holdout', '106-chayu-chabao-d4.html', 'http://mall.wangjian.test/item/cy8002.html', 4,
  mall_page('茉莉奶绿 礼盒装茶包', '''
<div class="item-main"><h1 class="item-title">茉莉奶绿 礼盒装茶包 12袋</h1>
<div class="price-box"><span class="price now">¥32</span></div></div>'''))
H('holdout', '106-chayu-chabao-d1.html', 'http://mall.wangjian.test/item/cy8002.html', 1,
  mall_page('茉莉奶绿 礼盒装茶包', '''
<div class="item-main"><h1 class="item-title">茉莉奶绿 礼盒装茶包 12袋</h1>
<div class="price-box"><span class="price now">¥32</span></div></div>'''))

# --- Site HC: 浦联鞋业 on the platform ------------------------------------------------------
HC_LIC = ('<div class="shop-license">晋江浦联鞋业有限公司 | 统一社会信用代码 %s</div>' % C_HC)
HC_MARK = '<img class="mall-mark" src="/static/mark.png" alt="网剑商城亮标">'
P('holdout', '107-pulian-shop.html', 'http://mall.wangjian.test/shop/pulian-xieye/', 'utf-8', '-',
  'trap: "拒绝高仿" is a refusal; "假一赔三" is a guarantee to buyers; licence and mall-mark shown',
  mall_page('浦联鞋业', shop_head('浦联鞋业', HC_LIC, HC_MARK, '''
<div class="shop-intro"><p>晋江自有工厂，自主品牌“浦联”。<b>正品保障，拒绝高仿</b>，假一赔三。</p></div>
<ul class="shop-items"><li><a href="/item/pl9001.html">篮球鞋</a></li><li><a href="/item/pl9002.html">浦联 经典复刻 跑鞋</a></li></ul>''')))

P('holdout', '108-pulian-lanqiu.html', 'http://mall.wangjian.test/item/pl9001.html', 'utf-8',
  'COUNTERFEIT_TERM,FAKE_ORIGINAL_PRICE',
  'COUNTERFEIT_TERM: 商标法 第五十七条 - "超Ａ级" with a full-width Ａ, "原厂代工 对版" for another brand\'s signature model. '
  'Case: 新京报 2019 莆田仿鞋调查. FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 - 划线价 ¥1299 while the capture '
  '2 days before shows ¥359; case 北京三中院 2018 虚构原价.',
  mall_page('篮球鞋 超A 对版', '''
<div class="item-main"><h1 class="item-title">詹姆斯20代 篮球鞋 超Ａ级 原厂代工 对版</h1><a class="shop-link" href="/shop/pulian-xieye/">浦联鞋业</a>
<div class="price-box"><span class="price now">¥399</span> <del class="price del">¥1299</del></div>
<p>气垫、碳板、鞋舌标都和专柜一模一样，懂的来。</p></div>'''))
H('holdout', '108-pulian-lanqiu-d2.html', 'http://mall.wangjian.test/item/pl9001.html', 2,
  mall_page('篮球鞋', '''
<div class="item-main"><h1 class="item-title">篮球鞋</h1><div class="price-box"><span class="price now">¥359</span></div></div>'''))

P('holdout', '109-pulian-fuke.html', 'http://mall.wangjian.test/item/pl9002.html', 'utf-8', '-',
  'trap: "复刻" here is the brand re-issuing its own 2016 model (own last and sole, own mark 浦联) - no one else\'s '
  'trademark is involved, so 商标法 第五十七条 does not reach it; 直播回放 transcript',
  mall_page('浦联 经典复刻 跑鞋', '''
<div class="item-main"><h1 class="item-title">浦联 PL-16 经典复刻 跑鞋</h1><a class="shop-link" href="/shop/pulian-xieye/">浦联鞋业</a>
<div class="price-box"><span class="price now">¥239</span></div></div>
<div class="live-replay"><h3>直播回放 · 文字版</h3>
<p>主播：这双是我们浦联2016年的PL-16，当年卖断货，今年把它复刻回来了，鞋楦和大底都是我们自己的专利，外观专利号详情页有。</p>
<p>主播：跟老款比，中底换成了新的EVA，轻了30克。</p></div>'''))

# --- Site HD: 华山酒业, GB18030 (honour page without charset meta) ----------------------------
HD_FOOT_HOME = ('<div class="foot"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_20210408&amp;signData=MEQCIF">'
                '<img src="/img/dzyyzz.png" alt="电子营业执照"></a> 西安华山酒业有限公司 统一社会信用代码：%s<br>'
                '<a href="https://beian.miit.gov.cn/">陕ICP备2020016733号-1</a> 陕公网安备 61011302000457号</div>' % (C_HD_OTHER, C_HD))
HD_FOOT = '<div class="foot">西安华山酒业有限公司 · 029-8521 3300 · 酿酒顾问 张𫖯</div>'
P('holdout', '110-huashan-home.html', 'http://www.huashan-jiuye.test/', 'gb18030',
  'LICENSE_MISMATCH,WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 - "中国驰名商标" as a banner honour; case 福州市市场监督管理局 自建网站 驰名商标 '
  '(2016-2017). LICENSE_MISMATCH: 电子商务法 第十五条 - the electronic-licence badge link carries a serial that starts '
  'with another company\'s code (西安秦岭酒类贸易有限公司), not the code shown. no case found. GB18030 with 㙟 (outside GBK).',
  site_page('华山酒业 凤香型白酒', 'gb18030', '''
<div class="banner"><b>中国驰名商标</b> 华山牌 凤香型白酒</div>
<div class="main"><p>窖池位于西安长安区㙟口村，2008年建厂。</p>
<ul><li>华山 52度 500ml ￥168</li><li>华山 窖藏 42度 500ml×6 ￥598</li></ul>
<p class="law">过量饮酒有害健康，未成年人请勿饮酒。</p></div>''', HD_FOOT_HOME))

P('holdout', '111-huashan-honor.html', 'http://www.huashan-jiuye.test/honor.html', 'gb18030', 'FALSE_HONOUR',
  'FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 (2025) 第九条 - "国家免检产品" and "中国名牌产品" both belong to schemes '
  'stopped in 2008, shown as current honours. no case found. GB18030 with 𫖯; no <meta charset> on the page.',
  site_page('荣誉 - 华山酒业', None, '''
<div class="main"><h1>企业荣誉</h1>
<p>· <b>国家免检产品</b>（白酒）</p><p>· <b>中国名牌产品</b></p>
<p>· 陕西省酒类产品质量监督抽检 连续三年合格（2023-2025）</p></div>''', HD_FOOT))

P('holdout', '112-huashan-yinyong.html', 'http://www.huashan-jiuye.test/zixun/yinyong.html', 'gb18030', '-',
  'trap: "最佳饮用温度" is a serving tip; the 52度/42度 figures are alcohol content; no sale claim. GB18030 with 𫖯.',
  site_page('白酒怎么喝不上头 - 华山酒业', 'gb18030', '''
<div class="main"><h1>白酒怎么喝不上头</h1>
<p>凤香型白酒的最佳饮用温度在18～22℃，冬天可以温到30℃左右，不宜烫饮。</p>
<p>喝之前吃点东西垫垫胃，小口慢饮，多喝水。52度和42度的区别在酒精度，不在“好坏”。</p>
<p>过量饮酒有害健康。</p></div>''', HD_FOOT))

# --- Site HE: 云岭农资, UTF-8 ---------------------------------------------------------------
HE_FOOT_HOME = ('<div class="footer">昆明云岭农资有限公司 统一社会信用代码 %s<br>'
                '<a href="https://beian.miit.gov.cn/">滇ICP备2019号-1</a></div>' % C_HE)
HE_FOOT = '<div class="footer">昆明云岭农资有限公司 · 0871-6350 2288</div>'
P('holdout', '113-yunling-home.html', 'http://www.yunling-nongzi.test/', 'utf-8', 'ICP_INVALID',
  'ICP_INVALID: 互联网信息服务管理办法 第十二条 - "滇ICP备2019号-1" has four digits where a filing has 8 (or 10 with a '
  'year prefix): malformed. no case found. Licence shown.',
  site_page('云岭农资 - 除草剂 杀菌剂 叶面肥', 'utf-8', '''
<div class="header"><a href="/">云岭农资</a> <a href="/product/42.html">除草</a> <a href="/product/17.html">草铵膦</a></div>
<div class="list"><p>云南高原作物用药，昆明仓发货，州市次日达。</p></div>''', HE_FOOT_HOME))

P('holdout', '114-yunling-baicaoku.html', 'http://www.yunling-nongzi.test/product/42.html', 'utf-8', 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: 农业部 第1745号公告 (百草枯水剂 自2016-07-01停止在国内销售和使用); 农药管理条例 - 20%百草枯水剂 offered '
  'for sale. no case found',
  site_page('20%百草枯 水剂 - 云岭农资', 'utf-8', '''
<div class="goods"><h1>20%百草枯 水剂 5L 进口原装</h1><p class="price">¥260/桶</p>
<p>触杀快，烂根除草一遍清，茶园果园荒地都能打。货源紧张，老客户私聊。</p></div>''', HE_FOOT))

P('holdout', '115-yunling-caoanlin.html', 'http://www.yunling-nongzi.test/product/17.html', 'utf-8', '-',
  'trap: names 百草枯 only to say it is banned and offers a registered alternative (草铵膦, 登记证号 shown) - lawful',
  site_page('200g/L草铵膦水剂 - 云岭农资', 'utf-8', '''
<div class="goods"><h1>200g/L草铵膦水剂 1L</h1><p class="price">¥45</p>
<p>百草枯水剂已于2016年起禁止在国内销售使用，本店不售。草铵膦为登记产品，农药登记证号 PD20152481，
用于非耕地、柑橘园行间杂草，每亩用制剂 450～580 毫升。</p></div>''', HE_FOOT))

# --- Site HF: 台鑫, Taiwanese-style pastries sold into the mainland, Big5 ------------------
HF_FOOT_HOME = ('<div id="ft">廈門台鑫食品有限公司｜統一社會信用代碼：%s<br>'
                '<a href="https://beian.miit.gov.cn/">閩ICP備2022008815號-1</a>｜閩公網安備 35020302001148號</div>' % C_HF_BAD)
HF_FOOT = '<div id="ft">廈門台鑫食品有限公司｜客服 0592-558 1166</div>'
P('holdout', '116-taixin-home.html', 'http://www.taixin-shipin.test/', 'big5', 'LICENSE_INVALID',
  'LICENSE_INVALID: 电子商务法 第十五条 (false display) - the 統一社會信用代碼 on the home page fails its GB 32100 check '
  'character. no case found. ICP shown. Big5.',
  site_page('台鑫 鳳梨酥 牛軋糖', 'big5', '''
<div id="hd"><a href="/">台鑫</a>｜<a href="/product/fenglisu.html">鳳梨酥</a>｜<a href="/service/refund.html">退換貨說明</a></div>
<div id="bd"><p>台灣師傅手作，廈門工廠生產，內地直發。</p><ul><li>土鳳梨酥 12入 RMB 88</li><li>花生牛軋糖 250g RMB 42</li></ul></div>''', HF_FOOT_HOME))

P('holdout', '117-taixin-fenglisu.html', 'http://www.taixin-shipin.test/product/fenglisu.html', 'big5', '-',
  'trap: "最佳賞味期限" is a storage tip (traditional script of 最佳赏味期); no licence code on the page. Big5.',
  site_page('土鳳梨酥 12入 ｜ 台鑫', 'big5', '''
<div id="bd"><h1>土鳳梨酥 12入</h1><p>售價：RMB 88元</p>
<p>內餡為台農17號金鑽鳳梨加冬瓜，微酸。</p><p>保存期限：90天；<b>最佳賞味期限</b>：出廠後60天內。請置於陰涼處，避免日照。</p></div>''', HF_FOOT))

P('holdout', '118-taixin-refund.html', 'http://www.taixin-shipin.test/service/refund.html', 'big5', 'RETURN_REFUSED',
  'RETURN_REFUSED: 消费者权益保护法 第二十五条 - boxed pastries with a 90-day shelf life are not 鲜活易腐 and none of the '
  'other exemptions; the page refuses every return after sale. no case found. Big5.',
  site_page('退換貨說明 ｜ 台鑫', 'big5', '''
<div id="bd"><h1>退換貨說明</h1>
<p>食品一經售出，<b>恕不退換</b>，不適用七天無理由退貨，敬請見諒。</p>
<p>若收到時包裝破損，請於24小時內拍照聯繫客服處理。</p></div>''', HF_FOOT))

# --- Site HG: 老杨蜂蜜, a beekeeper selling his own honey (第十条 exemption), UTF-8 -----------
HG_FOOT = ('<div class="ft"><a href="https://beian.miit.gov.cn/">甘ICP备2021003318号-1</a>'
           ' · 甘公网安备 62050202000211号</div>')
P('holdout', '119-laoyang-home.html', 'http://www.laoyang-fengmi.test/', 'utf-8', '-',
  'trap: no licence, but the home page shows the 电子商务法 第十条 exemption statement (自产农副产品, 个人销售), which '
  '第十五条 accepts in place of licence information; ICP shown (personal filing)',
  site_page('老杨蜂蜜 · 天水自家蜂场', 'utf-8', '''
<div class="hd"><a href="/">老杨蜂蜜</a> <a href="/fengmi/baihua.html">百花蜜</a> <a href="/fengmi/kuangzao.html">椴树蜜</a></div>
<div class="notice">本站为个人销售自产农副产品（自家蜂场所产蜂蜜），依照《中华人民共和国电子商务法》第十条规定，不需要办理市场主体登记。
经营者：杨某某，甘肃天水麦积区。</div>
<div class="bd"><p>一年只摇两次蜜，量少，卖完就等明年。</p></div>''', HG_FOOT))

P('holdout', '120-laoyang-baihua.html', 'http://www.laoyang-fengmi.test/fengmi/baihua.html', 'utf-8', '-',
  'trap: "1:1" is a honey-to-water ratio; GB 14963 cited as the honey standard; no claim',
  site_page('百花蜜 500g - 老杨蜂蜜', 'utf-8', '''
<div class="bd"><h1>百花蜜 500g</h1><p class="price">¥58</p>
<p>成熟蜜，波美度42以上，符合 GB 14963《食品安全国家标准 蜂蜜》。冬天结晶是正常现象。</p>
<p>喝法：蜜和温水按 1:10 冲，做蜂蜜柠檬可以 1:1 腌渍。60℃以上的水会破坏酶活性。</p></div>''', HG_FOOT))

P('holdout', '121-laoyang-kuangzao.html', 'http://www.laoyang-fengmi.test/fengmi/kuangzao.html', 'utf-8',
  'ABSOLUTE_TERM',
  'ABSOLUTE_TERM: 广告法 第九条第三项 - "全网口感最佳""品质没有之一" as claims about the goods (not a tip, not a grade). '
  'Case: 方林富炒货店案 (杭州西湖区市场监管局 2016, 罚款20万)',
  site_page('椴树蜜 1kg - 老杨蜂蜜', 'utf-8', '''
<div class="bd"><h1>长白山椴树蜜 1kg</h1><p class="price">¥128</p>
<p>自家蜂场七月转场长白山所摇。白如凝脂，<b>全网口感最佳</b>的椴树雪蜜，<b>品质没有之一</b>，喝过就回不去。</p></div>''', HG_FOOT))

# --- Site HH: 老妈辣子 on the platform (no shop licence shown) -------------------------------
HH_MARK = '<span class="tag mall-mark">网剑商城亮标</span>'
P('holdout', '122-laoma-shop.html', 'http://mall.wangjian.test/shop/laoma-lazi/', 'utf-8', 'LICENSE_MISSING',
  'LICENSE_MISSING: 电子商务法 第十五条, 第七十六条 - shop home with shop-name and mall-mark, but the licence element is '
  'hidden (hidden attribute) and nothing else shows it; the platform footer is the platform\'s identity. no case found',
  mall_page('老妈辣子', shop_head('老妈辣子', '<div class="shop-license" hidden>贵阳老妈辣子食品店 营业执照</div>', HH_MARK, '''
<div class="shop-intro"><p>贵州遵义朝天椒，手工舂的糍粑辣椒。</p></div>
<ul class="shop-items"><li><a href="/item/lm6001.html">糍粑辣椒 500g</a></li></ul>''')))

P('holdout', '123-laoma-ciba.html', 'http://mall.wangjian.test/item/lm6001.html', 'utf-8', '-',
  'trap: "遵义朝天椒 国家地理标志保护产品" names a protection granted by the state (原国家质检总局/知识产权局), a provable '
  'fact; "一级" is the raw-chilli grade of the supplier\'s standard',
  mall_page('糍粑辣椒 500g', '''
<div class="item-main"><h1 class="item-title">糍粑辣椒 500g</h1><a class="shop-link" href="/shop/laoma-lazi/">老妈辣子</a>
<div class="price-box"><span class="price now">¥26.8</span></div>
<p>原料：遵义朝天椒（国家地理标志保护产品）一级干椒、生姜、大蒜。冷藏保存，开罐后30天内吃完。</p></div>'''))


# =============================================================================================
# HOLDOUT SIDE, second round
# =============================================================================================
P('holdout', '124-taixin-niugatang.html', 'http://www.taixin-shipin.test/product/niugatang.html', 'big5', 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 (2019) 第八条 (2025: 第九条) - the 用戶評價 block offers cash for a five-star review '
  'with photos (traditional script 好評返現). Case: 江苏省市场监管局 2021-11-08 刷单炒信 典型案例 (扬州江都 好评返现卡). Big5.',
  site_page('花生牛軋糖 250g ｜ 台鑫', 'big5', '''
<div id="bd"><h1>花生牛軋糖 250g</h1><p>售價：RMB 42</p>
<div class="reviews"><h3>用戶評價</h3>
<p class="tip">【好評返現】五星好評並附3張實拍圖，聯繫客服即返現金5元，名額有限。</p>
<p>＊＊玲：奶香很足，不黏牙。</p></div></div>''', HF_FOOT))

P('holdout', '125-hongshu-hugan.html', 'https://www.hongshu-biji.test/note/66a1.html', 'utf-8', 'FALSE_CLAIM',
  'FALSE_CLAIM: 广告法 第十七条, 第二十八条 - a 小红书-like note with a product card sells 压片糖果 (ordinary food) as '
  'protecting the liver and clearing fatty liver. Case: 市场监管总局 十起违法广告典型案例 (2025-01-31), 杭州青碧品牌管理 '
  '普通食品 宣称 "改善睡眠""增强免疫力"',
  site_page('熬夜党护肝心得 - 红薯笔记', 'utf-8', '''
<div class="note"><div class="author">@酒局生存指南</div><h1 class="title">熬夜+应酬，我靠它撑过来了</h1>
<div class="desc"><p>做销售一周四顿酒，去年体检中度脂肪肝。朋友推荐了这个，喝酒前嚼两片，第二天不难受，
半年复查<b>脂肪肝没了</b>，转氨酶也正常了。#护肝 #应酬</p></div>
<div class="goods-card"><span class="goods-name">奶蓟草护肝片（压片糖果）60片</span><span class="price">¥89</span><a href="/goods/882">去购买</a></div></div>''',
  '<div class="note-foot">红薯笔记</div>'))

P('holdout', '126-hongshu-feicui.html', 'https://www.hongshu-biji.test/note/66b7.html', 'utf-8', '-',
  'trap: a note explaining A货/B货/C货 as the jade-treatment grades, with a product card for a certified untreated '
  'bangle - grade terms, no counterfeit',
  site_page('翡翠ABC货怎么分 - 红薯笔记', 'utf-8', '''
<div class="note"><div class="author">@玉见</div><h1 class="title">翡翠A货、B货、C货，一篇讲清</h1>
<div class="desc"><p>A货：天然翡翠，只做过切磨抛光；B货：酸洗充胶；C货：染色。证书上写“翡翠”的才是A货，写“翡翠（处理）”的就是B或C。</p>
<p>买之前让商家出具权威机构证书，扫码能查。</p></div>
<div class="goods-card"><span class="goods-name">糯种手镯 A货 附证书</span><span class="price">¥1880</span></div></div>''',
  '<div class="note-foot">红薯笔记</div>'))

P('holdout', '127-xiaoyu-kezi.html', 'http://mall.wangjian.test/item/xy1201.html', 'utf-8', '-',
  'trap: names embroidered to order are 定作 goods, excluded from 七日无理由退货 by 消费者权益保护法 第二十五条第一款第(一)项',
  mall_page('刻字定制 真丝枕套', '''
<div class="item-main"><h1 class="item-title">刺绣刻字定制 真丝枕套 一对</h1><a class="shop-link" href="/shop/xiaoyu-jiafang/">小鱼家纺</a>
<div class="price-box"><span class="price now">¥168</span></div>
<p class="after-sale">绣字内容按您下单时填写的文字单独制作，属定制商品，不支持七天无理由退货；质量问题包退换。</p></div>'''))

P('holdout', '128-xiaoyu-yinger.html', 'http://mall.wangjian.test/item/xy1202.html', 'utf-8', '-',
  'trap: "A类" is the GB 18401 safety category for infant textiles (a standard grade), and "原单号" is an order number - '
  'both look like counterfeit slang (A货, 原单) and are not',
  mall_page('婴儿纱布盖毯', '''
<div class="item-main"><h1 class="item-title">婴儿六层纱布盖毯 110×110cm</h1><a class="shop-link" href="/shop/xiaoyu-jiafang/">小鱼家纺</a>
<div class="price-box"><span class="price now">¥69</span></div>
<dl class="props"><dt>安全类别</dt><dd>GB 18401 A类（婴幼儿用品）</dd><dt>执行标准</dt><dd>FZ/T 81014</dd></dl>
<p>申请售后请在留言里写上原单号，方便仓库查件。</p></div>'''))


# =============================================================================================
# writer
# =============================================================================================
def tsv_line(*cols):
    for c in cols:
        assert '\t' not in str(c) and '\n' not in str(c), c
    return '\t'.join(str(c) for c in cols) + '\n'


def write_side(root, side):
    pages = [p for p in PAGES if p[0] == side]
    hist = [h for h in HIST if h[0] == side]
    os.makedirs(os.path.join(root, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(root, 'history'), exist_ok=True)
    labels = '# file\turl\tcodes\n'
    notes = '# file\tencoding\tbom\tnote\n'
    for _, file, url, enc, bom, codes, note, html in pages:
        with open(os.path.join(root, 'pages', file), 'wb') as f:
            f.write(encode(html, enc, bom))
        labels += tsv_line(file, url, codes)
        notes += tsv_line(file, enc, 'yes' if bom else 'no', note)
    hl = '# file\turl\tdays_before\n'
    for _, file, url, days, html in hist:
        with open(os.path.join(root, 'history', file), 'wb') as f:
            f.write(encode(html, 'utf-8', False))
        hl += tsv_line(file, url, days)
    for name, text in (('labels.tsv', labels), ('notes.tsv', notes), ('history.tsv', hl)):
        with open(os.path.join(root, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)


def generate(out):
    for sub in ('pages', 'history', 'holdout'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    write_side(out, 'main')
    write_side(os.path.join(out, 'holdout'), 'holdout')
    reg = '# code\tname\tstatus\n' + ''.join(tsv_line(c, n, s) for c, n, s in REG)
    with open(os.path.join(out, 'registry.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(reg)


OUTPUTS = ['pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv']


def same_tree(a, b):
    for name in OUTPUTS:
        pa, pb = os.path.join(a, name), os.path.join(b, name)
        if os.path.isdir(pa) or os.path.isdir(pb):
            if not (os.path.isdir(pa) and os.path.isdir(pb)):
                return False
            la, lb = sorted(os.listdir(pa)), sorted(os.listdir(pb))
            if la != lb:
                return False
            for n in la:
                if os.path.isdir(os.path.join(pa, n)):
                    if not same_tree_dir(os.path.join(pa, n), os.path.join(pb, n)):
                        return False
                elif not filecmp.cmp(os.path.join(pa, n), os.path.join(pb, n), shallow=False):
                    return False
        else:
            if not (os.path.isfile(pa) and os.path.isfile(pb) and filecmp.cmp(pa, pb, shallow=False)):
                return False
    return True


def same_tree_dir(a, b):
    la, lb = sorted(os.listdir(a)), sorted(os.listdir(b))
    if la != lb:
        return False
    for n in la:
        x, y = os.path.join(a, n), os.path.join(b, n)
        if os.path.isdir(x):
            if not (os.path.isdir(y) and same_tree_dir(x, y)):
                return False
        elif not (os.path.isfile(y) and filecmp.cmp(x, y, shallow=False)):
            return False
    return True


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = [p[1] for p in PAGES] + [h[1] for h in HIST]
    assert len(files) == len(set(files)), 'duplicate file name'
    urls = [p[2] for p in PAGES]
    assert len(urls) == len(set(urls)), 'duplicate url'
    if '--check' in sys.argv[1:]:
        tmp = tempfile.mkdtemp(prefix='c10v-')
        try:
            generate(tmp)
            ok = same_tree(here, tmp)
        finally:
            shutil.rmtree(tmp)
        print('check: ' + ('identical' if ok else 'DIFFERENT'))
        sys.exit(0 if ok else 1)
    generate(here)
    print('wrote %d pages (%d main, %d holdout), %d history captures, %d registry rows'
          % (len(PAGES), sum(1 for p in PAGES if p[0] == 'main'), sum(1 for p in PAGES if p[0] == 'holdout'),
             len(HIST), len(REG)))


if __name__ == '__main__':
    main()
