#!/usr/bin/env python3
"""corpus7/l: hand-written pages of 农产品/助农, 酒类, 茶叶/滋补品, 老年用品/保健器械 and 文玩/收藏 sellers.
Every label below is written by hand next to the page it judges.  python3 gen.py [--check]"""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, bad, regno, org, encode, mall_shop, mall_item, dede, empire, wp, uni, wx, shopex

# ---- identifiers (hand-chosen; second field = intended validity) ----
ID = {
 'nx':   (uscc('91', '640104', 'MA75GQ1R'), True),   # 宁夏 银川
 'cb':   (uscc('91', '220102', 'MA17CB88'), True),   # 吉林 长春
 'mtz':  (regno('52038200001234')[:14] + str((int(regno('52038200001234')[14]) + 5) % 10), False),  # 贵州 仁怀 注册号, wrong check
 'wy':   (uscc('92', '350782', 'MA2YC7P1'), True),   # 福建 武夷山 个体户
 'dea':  (uscc('91', '371524', '16306218'), True),   # 山东 东阿 (registry: 吊销)
 'qh':   (uscc('91', '630102', 'MA752C3H'), True),   # 青海 西宁
 'sz':   (uscc('91', '440305', 'MA5FL1T2'), True),   # 广东 深圳 (not displayed on home)
 'hz':   (uscc('91', '330110', 'MA2J8AM1'), True),   # 浙江 余杭
 'jb':   (uscc('91', '110102', 'MA01QB23'), True),   # 北京 西城
 'zz':   (uscc('91', '410105', 'MA46WW77'), True),   # 河南 郑州
 'sc':   (uscc('93', '510104', 'MA62TC55'), True),   # 四川 成都 合作社
 'sh':   (uscc('91', '310115', 'MA1HPT66'), True),   # 上海 浦东
 'shx':  (uscc('91', '310115', 'MA1HQQ09'), True),   # another 上海 company, named in zzlz serial
 'mh':   (uscc('92', '610124', 'L7K3M9Q1'), True),   # 陕西 周至 (not displayed)
 'tw':   (uscc('91', '350203', 'MA31TW18'), True),   # 福建 厦门 思明
 'hk':   (bad(uscc('91', '440304', 'MA5GYW02')), False),  # 广东 深圳 福田, wrong check
 'xj':   (uscc('91', '650102', 'MA77HT30'), True),   # 新疆 乌鲁木齐
 'hb':   (uscc('91', '130683', 'MA0LN516'), True),   # 河北 安国
 'yn':   (regno('530102000056'[:12] + '31')[:14] + '0', None),  # set below
 'gq':   (uscc('92', '640381', 'MA76NX12'), True),   # 宁夏 青铜峡 个体户 (mall shop)
 'bj88': (uscc('91', '520382', 'MA6J8B88'), True),   # 贵州 仁怀 (mall shop)
 'ywm':  (bad(uscc('91', '350203', 'MA8YW311')), False),  # 厦门, wrong check (mall shop)
 'cz':   (uscc('91', '110105', 'MA02CQ5K'), True),   # 北京 朝阳 (mall shop; NOT in registry)
 'aj':   (uscc('91', '371500', 'MA3AJ6E1'), True),   # 山东 聊城 (mall shop)
 'ch':   (uscc('92', '350782', 'MA8CH801'), True),   # 福建 武夷山 (mall shop, holdout)
 'ww':   (uscc('91', '410100', 'MA9WW902'), True),   # 河南 郑州 (mall shop, holdout)
 'lr':   (uscc('91', '330106', 'MA2LR103'), True),
 'hn':   (uscc('91', '430102', 'MA4L7C21'), True),   # 湖南 长沙 芙蓉   # 浙江 西湖 (mall shop, holdout; registry name differs)
}
_y = regno('53010200005631')
ID['yn'] = (_y[:14] + str((int(_y[14]) + 4) % 10), False)  # 云南 昆明 注册号, wrong check

REGISTRY = [  # code, name, status — hand-written
 ('91330100MA27WJ011R', '杭州网剑网络科技有限公司', '存续'),
 (ID['nx'][0], '银川塞上红枸杞商贸有限公司', '存续'),
 (ID['cb'][0], '长春长白人家参业有限公司', '存续'),
 (ID['wy'][0], '武夷山市岩韵茶叶经营部', '存续'),
 (ID['dea'][0], '东阿县御福堂阿胶制品有限公司', '吊销'),
 (ID['qh'][0], '西宁雪域珍草生物科技有限公司', '存续'),
 (ID['hz'][0], '杭州余杭舒享健康科技有限公司', '存续'),
 (ID['jb'][0], '北京京藏阁钱币文化有限公司', '存续'),
 (ID['zz'][0], '郑州古韵轩文化传播有限公司', '存续'),
 (ID['sc'][0], '成都市锦江区川味乡村农产品专业合作社', '存续'),
 (ID['sh'][0], '上海醇悦酒业有限公司', '存续'),
 (ID['shx'][0], '上海浦东鑫荣贸易有限公司', '存续'),
 (ID['tw'][0], '厦门阿里山茶叶贸易有限公司', '存续'),
 (ID['xj'][0], '乌鲁木齐天山果园农产品有限公司', '存续'),
 (ID['hb'][0], '安国市福寿康老年用品有限公司', '存续'),
 (ID['gq'][0], '青铜峡市老马家枸杞店', '存续'),
 (ID['bj88'][0], '仁怀市酱香坊酒业有限公司', '存续'),
 (ID['aj'][0], '聊城阿胶世家食品有限公司', '存续'),
 (ID['ch'][0], '武夷山市茶小二茶叶店', '存续'),
 (ID['ww'][0], '郑州盘玩阁工艺品有限公司', '存续'),
 (ID['lr'][0], '杭州西湖康乐老人用品有限公司', '存续'),
 (ID['sz'][0], '深圳南山康络医疗器械有限公司', '存续'),
 (ID['hn'][0], '长沙湘西山珍农产品有限公司', '存续'),
]

PAGES = []   # (holdout, file, url, enc, bom, html, codes, note)
HIST = []    # (holdout, file, url, days, enc, html)
_n = [0]


def P(site, path, html, codes, note, enc=None, bom=None):
    _n[0] += 1
    host, henc, hbom, ho = site
    e = enc or henc
    b = hbom if bom is None else bom
    url = ('http://%s%s' % (host, path))
    slug = url[7:].replace('.wangjian.test', '').replace('.test', '').replace('.html', '')
    name = '%03d-%s.html' % (_n[0], ''.join(ch if ch.isalnum() else '-' for ch in slug).strip('-').replace('--', '-'))
    PAGES.append((ho, name, url, e, b, html, codes, note))
    return url


def H(url, days, html, enc, ho):
    slug = url[7:].replace('.wangjian.test', '').replace('.test', '').replace('.html', '')
    HIST.append((ho, 'h%02d-%s.html' % (len(HIST) + 1, ''.join(ch if ch.isalnum() else '-' for ch in slug)), url, days, enc, html))


def F(name, code, icp, ga, label='统一社会信用代码'):
    return '%s | %s：%s<br>\n<a href="https://beian.miit.gov.cn/" target="_blank">%s</a> %s' % (name, label, code, icp, ga)


M = 'mall.wangjian.test'
def shop(i, ho, enc='utf-8'): return ('%s/shop/%s/' % (M, i), enc, False, ho)
def item(ho, enc='utf-8'): return (M, enc, False, ho)
def ip(i): return '/item/%s.html' % i
MARK = '<img class="mall-mark" src="/static/mall/liangbiao.png" alt="网剑商城已核验经营者身份">'
def SL(name, code): return '<div class="shop-license">营业执照：%s<br>统一社会信用代码：%s</div>' % (name, code)

# ================= MAIN: independent sites =================
A = ('nx-gouqi.test', 'gbk', False, False)
P(A, '/', dede('gbk', '塞上红枸杞_宁夏中宁枸杞官网', '首页 | 头茬枸杞 | 黑枸杞 | 助农直采',
  '<p>宁夏枸杞 国家地理标志保护产品，咱家头茬果按 GB/T 18672 分级：特优、特级、甲级、乙级，货真价实，<b>特级</b>280粒/50克。</p>'
  '<p>老乡们的枸杞都是太阳底下晒干的，不熏硫磺，放心吃。</p>',
  F('银川塞上红枸杞商贸有限公司', ID['nx'][0], '宁ICP备2021000312号-1', '宁公网安备 64010402000218号')),
  '-', 'trap: 特级/特优 are grade names defined by GB/T 18672 and 地理标志保护产品 is a state-conferred status (2023 绝对化用语 guideline exemptions); home shows licence and ICP')
P(A, '/goods/12.html', dede('gbk', '中宁头茬枸杞500g', '首页 > 枸杞',
  '<h2>中宁头茬枸杞 500g 48元包邮</h2><p>每天抓一把泡水喝，<span>降三高</span>，糖尿病人吃了血糖稳稳的，我妈吃了半年眼睛都不花了，比吃药强！</p>',
  '银川塞上红枸杞商贸有限公司 版权所有'), 'FALSE_CLAIM',
  'FALSE_CLAIM: 广告法 第十七条/第二十八条 — food advertised to lower blood lipids, pressure and sugar and to replace medicine')
P(A, '/goods/15.html', dede('gbk', '特级枸杞 大果', '首页 > 枸杞',
  '<h2>特级大果枸杞 250g</h2><p>全网最低价！！宁夏最正宗的中宁枸杞没有之一，买贵了找我，别家的都是甘肃青海货冒充的。</p>',
  '银川塞上红枸杞商贸有限公司 版权所有'), 'ABSOLUTE_TERM',
  'ABSOLUTE_TERM: 广告法 第九条第三项 — 全网最低价 / 最正宗…没有之一 are unprovable superlatives (特级 here is the lawful grade)')
P(A, '/goods/18.html', dede('gbk', '黑枸杞 礼盒', '首页 > 黑枸杞',
  '<h2>野生黑枸杞礼盒 100g</h2><p>第一次购买的老铁送泡茶杯一个；活动期间满299返现10元，下单直接减，和评价无关哈。</p><p>最高可叠加店铺券20元。</p>',
  '银川塞上红枸杞商贸有限公司 版权所有'), '-',
  'trap: 第一次 is an ordinal, 最高可叠加 states a factual coupon ceiling, 满299返现 is a price discount not tied to any review (no 电子商务法 第十七条 inducement)')

B = ('changbai-shen.test', 'gb18030', False, False)
P(B, '/', empire('gb18030', '长白人家🌲人参直供', '<p>长白山脚下的参农合作，园参、林下参、山参都有🙏 欢迎老板们来基地看货。</p>',
  '长春长白人家参业有限公司 &nbsp; 统一社会信用代码 %s<br>吉公网安备 22010202000516号<br>客服电话：0431-8888 6612' % ID['cb'][0]),
  'ICP_MISSING', 'ICP_MISSING: 互联网信息服务管理办法 第十二条 — home shows a 公网安备 number only, which is not an ICP filing. Text outside GBK (emoji)')
P(B, '/shen/88.html', empire('gb18030', '15年林下参 礼盒', '<h3>15年林下参 5支装 ￥1680</h3>'
  '<p>🔥林下参大补元气，<em>抗癌</em>、提高免疫力，化疗后的病人吃了恢复得老快了，熬夜党必备！</p>'
  '<p>收到货给个五星好评带图，截图发客服返现20元💰</p>', '长春长白人家参业有限公司'),
  'FALSE_CLAIM,REVIEW_INDUCEMENT',
  'FALSE_CLAIM: 广告法 第十七条 — food claims anti-cancer and recovery after chemotherapy; REVIEW_INDUCEMENT: 电子商务法 第十七条, 反不正当竞争法 第八条 — cash for five-star photo reviews')
P(B, '/shen/90.html', empire('gb18030', '园参 切片 250g', '<h3>园参切片 250g ￥128</h3>'
  '<p>⚠️温馨提示：人参是食品不是药，不能代替药物治疗疾病，有高血压等基础病的请遵医嘱，别听那些说包治百病的。</p>', '长春长白人家参业有限公司'),
  '-', 'trap: 治疗/高血压/包治百病 appear only in a warning that the food is not medicine — no efficacy claim (广告法 第十七条 not engaged)')

C = ('maotai-zhen.test', 'gbk', False, False)
P(C, '/', shopex('gbk', '酱香坊 茅台镇原浆酒', '<p>茅台镇坤沙酱酒，12987工艺，粮食酒不勾兑，欢迎品鉴。</p>',
  F('仁怀市茅台镇酱香坊酒业有限公司', ID['mtz'][0], '贵ICP备20190188号-1', '黔公网安备 52038202000131号', '注册号')),
  'ICP_INVALID,LICENSE_INVALID',
  'LICENSE_INVALID: 电子商务法 第十五条 — 15-digit 注册号 fails ISO 7064 MOD 11,10; ICP_INVALID: 互联网信息服务管理办法 — 贵 is not a province abbreviation (Guizhou is 黔)')
P(C, '/item-301.html', shopex('gbk', '飞天53度 原箱', '<div class="goods"><h2>飞天53° 500ml 原箱6瓶</h2><p>懂的来，<b>高仿</b>原箱A货，防伪码扫得出，送礼撑面子没问题。</p>'
  '<p>酒水一经售出 不支持七天无理由退货，开箱验货后概不负责。</p></div>', '酱香坊'),
  'COUNTERFEIT_TERM,RETURN_REFUSED',
  'COUNTERFEIT_TERM: 商标法 第五十七条 — 高仿/A货 offered under another maker\'s mark; RETURN_REFUSED: 消费者权益保护法 第二十五条 — sealed liquor is not a statutory exemption')
P(C, '/item-305.html', shopex('gbk', '酱香老酒 自饮装', '<div class="goods"><h2>坤沙老酒 2斤装 ￥168</h2><p>夏天喝法：酒和冰块1:1兑饮，最佳饮用温度10-15℃，别空腹喝哈。</p></div>', '酱香坊'),
  '-', 'trap: 1:1 is a mixing ratio and 最佳饮用温度 a consumption tip (guideline exemption), no counterfeit or superlative claim')
P(C, '/news/3.html', shopex('gbk', '行业新闻', '<div class="news"><h2>警惕"驰名商标"宣传陷阱</h2><p>商标法第十四条第五款规定，生产、经营者不得将"驰名商标"字样用于商品、商品包装或者容器上，或者用于广告宣传。本公司严格遵守，请消费者理性选购。</p></div>', '酱香坊'),
  '-', 'trap: 驰名商标 appears in a quotation of 商标法 第十四条 and a compliance statement, not as a claim about the goods')

D = ('wuyi-yancha.test', 'utf-8', True, False)
P(D, '/', wp('utf-8', '岩韵茶叶 武夷山正岩', '<p>武夷岩茶（大红袍）制作技艺 —— 2006年入选第一批国家级非物质文化遗产名录。我们家三代做茶，小作坊手工焙火。</p>',
  F('武夷山市岩韵茶叶经营部', ID['wy'][0], '闽ICP备2022003317号-1', '闽公网安备 35078202000092号')),
  '-', 'trap: 国家级非物质文化遗产 is a state-conferred listing stated as dated fact (guideline exemption for state titles); home shows licence and ICP; UTF-8 with BOM')
P(D, '/product/rougui.html', wp('utf-8', '牛栏坑肉桂', '<h2>牛栏坑肉桂 125g</h2><p>中国驰名商标“岩韵”出品，武夷山第一茶企，口粮茶天花板！</p>', '岩韵茶叶'),
  'ABSOLUTE_TERM,WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — 中国驰名商标 used in an ad; ABSOLUTE_TERM: 广告法 第九条第三项 — 第一茶企')
u = P(D, '/product/dahongpao.html', wp('utf-8', '大红袍 特价', '<h2>传统焙火大红袍 250g</h2><p class="price">原价<del>￥598</del> 现价 ￥398</p>'
  '<p>饭后一杯刮油解腻，长期喝降血脂，胃不好的喝了养胃治胃病。</p>', '岩韵茶叶'),
  'FAKE_ORIGINAL_PRICE,FALSE_CLAIM', 'FALSE_CLAIM: 广告法 第十七条 — tea said to lower lipids and cure stomach disease; FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — 原价598 above the 368 seen 3 days earlier')
H(u, 3, wp('utf-8', '大红袍 特价', '<h2>传统焙火大红袍 250g</h2><p class="price">现价 ￥368</p>', '岩韵茶叶'), 'utf-8', False)

E = ('dongejiao.test', 'gbk', False, False)
P(E, '/', dede('gbk', '御福堂阿胶', '首页 | 阿胶块 | 阿胶糕', '<p>东阿本地老字号作坊，古法熬胶。</p>',
  F('东阿县御福堂阿胶制品有限公司', ID['dea'][0], '鲁ICP备2020017735号-1', '鲁公网安备 37152402000087号')),
  'LICENSE_MISMATCH', 'LICENSE_MISMATCH: 电子商务法 第十五条 — displayed code is valid but registry status is 吊销')
P(E, '/cp/7.html', dede('gbk', '阿胶块 250g', '首页 > 阿胶块', '<h3>御福堂阿胶块 250g ￥399</h3><p>国家免检产品 · 中国名牌产品，补血养颜，专治贫血、月经不调、妇科病，吃一盒见效！</p>', '御福堂'),
  'FALSE_CLAIM,FALSE_HONOUR', 'FALSE_HONOUR: 广告法 第二十八条 — 免检 (abolished 2008) and 中国名牌产品 (no longer awarded); FALSE_CLAIM: 广告法 第十七条 — treats anaemia and gynaecological disease')
P(E, '/cp/9.html', dede('gbk', '阿胶糕 即食', '首页 > 阿胶糕', '<h3>阿胶糕 500g ￥98</h3><p>配料：阿胶、黑芝麻、核桃仁、冰糖、黄酒。本品为普通食品，不能代替药物，孕妇及正在接受治疗的人群请咨询医生后食用。</p><p>本品非免检产品，每批次送第三方检测。</p>', '御福堂'),
  '-', 'trap: 药物/治疗/免检 only in a warning and a negation; no efficacy claim, no honour claimed')

Fq = ('qh-chongcao.test', 'utf-8', False, False)
P(Fq, '/', uni('utf-8', '雪域珍草 青海虫草', '<uni-view class="goods">玉树那曲头草 ✨ 现挖现晒，断草碎草分开卖。虫草不是神药，别信那些包治百病的。</uni-view>',
  F('西宁雪域珍草生物科技有限公司', ID['qh'][0], '青ICP备2023000641号-1', '青公网安备 63010202000177号')),
  '-', 'trap: 包治百病 is disowned ("别信"), not claimed; home shows licence and ICP')
P(Fq, '/goods/5.html', uni('utf-8', '老货 甲片', '<uni-view class="goods"><uni-text>野生穿山甲片 老货 干净无杂 50g起拍</uni-text><uni-text class="price">￥880</uni-text></uni-view>', '雪域珍草'),
  'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 野生动物保护法 — 穿山甲 is a 国家一级保护野生动物 (2020); its scales may not be sold online')
P(Fq, '/goods/6.html', uni('utf-8', '虫草 3根/克', '<uni-view class="goods"><uni-text>那曲虫草 3根/克 10克装</uni-text><uni-text>收货后好评+晒图，加V返20元红包🧧 追评再返10</uni-text></uni-view>', '雪域珍草'),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法 第十七条 — cash for positive photo reviews and follow-ups')
P(Fq, '/news/1.html', uni('utf-8', '店铺公告', '<uni-view class="notice">穿山甲2020年升为国家一级保护野生动物，本店所有滋补品均不含穿山甲片、熊胆等违禁成分，请大家放心。</uni-view>', '雪域珍草'),
  '-', 'trap: 穿山甲片/熊胆 named only to say they are not sold')

G = ('sz-liliaoyi.test', 'gbk', False, False)
P(G, '/', empire('utf-8', '康络理疗 老年人健康好帮手', '<p>中老年理疗仪、按摩器、足浴盆厂家直销，欢迎代理。</p>',
  '本站由康络公司运营 客服 400-820-6600<br><a href="https://beian.miit.gov.cn/">粤ICP备2021093355号-2</a> 粤公网安备 44030502008811号'),
  'LICENSE_MISSING', 'LICENSE_MISSING: 电子商务法 第十五条 — home names the operator but shows no code, licence image or link. GBK bytes with wrong meta charset=utf-8')
P(G, '/p/tens.html', empire('gbk', '低频理疗仪', '<h3>多功能低频理疗仪 ￥598</h3><p>通经络、活气血，颈椎病腰椎病一贴就好，降血压、治糖尿病并发症，全球最先进的第六代技术，老人用了都说好！</p>', '康络'),
  'ABSOLUTE_TERM,FALSE_CLAIM', 'FALSE_CLAIM: 广告法 第十七条/第二十八条 — cures spinal disease, lowers blood pressure, treats diabetes complications; ABSOLUTE_TERM: 广告法 第九条第三项 — 全球最先进')
P(G, '/p/bp.html', empire('gbk', '上臂式电子血压计', '<h3>上臂式电子血压计 ￥199</h3><p>医疗器械注册证编号：粤械注准20212070123。用于测量血压和脉率，本品不具备降血压功能，测量结果仅供参考，不能代替医生诊断。</p>', '康络'),
  '-', 'trap: a registered medical device described within its registered use; 降血压 appears only negated')

Hs = ('hz-anmoyi.test', 'utf-8', False, False)
P(Hs, '/', shopex('utf-8', '舒享按摩椅 官方商城', '<p>双十二最高立减500元！复刻经典：本品牌1998年第一代“舒享”外观限量回归。</p>',
  F('杭州余杭舒享健康科技有限公司', ID['hz'][0], '浙ICP备2020028716号-1', '浙公网安备 33011002015520号')),
  '-', 'trap: 最高立减 states a promotion ceiling; 复刻 is the brand re-issuing its own design (own mark, no 商标法 第五十七条 issue)')
u = P(Hs, '/goods-88.html', shopex('utf-8', 'S8 全身按摩椅', '<div class="goods"><h2>S8 太空舱全身按摩椅</h2><p class="price">划线价 <s>￥19800</s> 到手价 ￥8999</p>'
  '<p>大件物流商品，签收后不支持7天无理由退货，请慎重下单。</p></div>', '舒享'),
  'FAKE_ORIGINAL_PRICE,RETURN_REFUSED', 'RETURN_REFUSED: 消费者权益保护法 第二十五条 — a massage chair is not an exempt class; FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — 划线价19800 above 9980 seen 2 days before')
H(u, 2, shopex('utf-8', 'S8 全身按摩椅', '<div class="goods"><h2>S8 太空舱全身按摩椅</h2><p class="price">￥9980</p></div>', '舒享'), 'utf-8', False)
P(Hs, '/goods-90.html', shopex('utf-8', 'M3 按摩椅', '<div class="goods"><h2>M3 家用按摩椅 ￥4999</h2><p>支持七天无理由退货（未使用、不影响二次销售）。孕妇、装有心脏起搏器者不宜使用。</p></div>', '舒享'),
  '-', 'trap: 七天无理由 is offered, not refused; the use warning makes no claim')
u = P(Hs, '/goods-92.html', shopex('utf-8', 'K5 按摩椅', '<div class="goods"><h2>K5 按摩椅</h2><p class="price">原价 <s>￥12800</s> 限时 ￥6999</p></div>', '舒享'),
  '-', 'trap: 原价12800 equals the lowest price in captures within 7 days (12800, 3 days before); the 6999 capture is 10 days old, outside the 第十六条 window')
H(u, 10, shopex('utf-8', 'K5 按摩椅', '<div class="goods"><h2>K5 按摩椅</h2><p class="price">￥6999</p></div>', '舒享'), 'utf-8', False)
H(u, 3, shopex('utf-8', 'K5 按摩椅', '<div class="goods"><h2>K5 按摩椅</h2><p class="price">￥12800</p></div>', '舒享'), 'utf-8', False)

I = ('jb-qianbi.test', 'gbk', False, False)
P(I, '/', dede('gbk', '京藏阁钱币', '首页 | 纪念币 | 纪念钞 | 金银币',
  '<p>潘家园老店，纪念币、流通币、老版人民币收藏，保真。</p>',
  F('北京京藏阁钱币文化有限公司', ID['jb'][0], '京ICP备12345678号', '京公网安备 11010202001234号')),
  'ICP_INVALID', 'ICP_INVALID: 互联网信息服务管理办法 — 12345678 is a placeholder, not a filing')
P(I, '/coin/2019.html', dede('gbk', '建国70周年纪念币', '首页 > 纪念币',
  '<h3>建国70周年纪念币 整卷40枚</h3><p>收藏品一经售出概不退换，不支持七天无理由。</p><p>升值潜力大，稳赚不赔，保证三年翻一倍，比存银行强多了！</p>', '京藏阁'),
  'FALSE_CLAIM,RETURN_REFUSED', 'FALSE_CLAIM: 广告法 第二十五条 — guaranteed returns on a collectible; RETURN_REFUSED: 消费者权益保护法 第二十五条 — coins are not an exempt class')
P(I, '/coin/2020.html', dede('gbk', '定制刻字纪念章', '首页 > 定制',
  '<h3>生肖纪念章 刻字定制</h3><p>定制商品按消费者要求刻字，依消费者权益保护法第二十五条第一项不适用七日无理由退货，下单前请确认刻字内容。</p>', '京藏阁'),
  '-', 'trap: 定作 goods are the statutory exemption 消法 第二十五条(一)')
P(I, '/coin/help.html', dede('gbk', '售后帮助', '首页 > 帮助',
  '<p>售后请提供原单号（订单号）和开箱视频。本店钱币均为国家银行发行的真币，非免检，每枚均经评级公司鉴定。</p>', '京藏阁'),
  '-', 'trap: 原单号 is an order number, not 原单 goods; 免检 appears negated')

J = ('zz-wenwan.test', 'gb18030', False, False)
P(J, '/', empire('gb18030', '古韵轩文玩📿', '<p>手串、核雕、铜炉、老玉，郑州古玩城实体店。备案号申请中。</p>',
  '郑州古韵轩文化传播有限公司 统一社会信用代码：%s<br>豫公网安备 41010502003344号' % ID['zz'][0]),
  'ICP_MISSING', 'ICP_MISSING: 互联网信息服务管理办法 第十二条 — "申请中" and a 公网安备 number are no ICP filing. Text outside GBK (emoji)')
P(J, '/wp/xy.html', empire('gb18030', '老象牙手串', '<h3>📿民国老象牙108手串 包老包真</h3><p>油润起光，开门老货，支持鉴定。￥6800</p>', '古韵轩'),
  'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 国务院办公厅 2017 关于停止商业性加工销售象牙的通知; 野生动物保护法 — ivory sale banned since 2018')
P(J, '/wp/xyg.html', empire('gb18030', '象牙果手串', '<h3>🌰象牙果手串（Tagua 植物种子）</h3><p>颜色象牙白，手感温润，<b>不是象牙</b>，是南美棕榈的果实，可放心出入境。</p>', '古韵轩'),
  '-', 'trap: 象牙果 is a plant seed and 象牙白 a colour; no ivory offered')
P(J, '/wp/ding.html', empire('gb18030', '卡地亚手镯', '<h3>卡*地*亚 同款钉子手镯 ✨</h3><p>超Ａ品质，１：１复刻专柜，原厂模具，懂货的直接拍。</p>', '古韵轩'),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 商标法 第五十七条 — full-width 超Ａ/１：１复刻 offered under another maker\'s mark; brand split by *')
P(J, '/wp/news.html', empire('gb18030', '文玩小课堂', '<h3>📖 小课堂：教你识别高仿纪念币和假象牙</h3><p>高仿币重量偏轻、边齿不齐；假象牙多为树脂，热针一烫有塑料味。买东西找靠谱的店。</p>', '古韵轩'),
  '-', 'trap: 高仿/象牙 in advice on spotting fakes; nothing offered')

K = ('sc-tuchan.test', 'utf-8', False, False)
P(K, '/', wx('utf-8', '川味乡村｜大凉山助农土货上新啦', '川味乡村合作社', '<p>今年的苦荞、老腊肉、汉源花椒都到了！合作社统一收购，乡亲们增收靠大家啦🌶</p>',
  F('成都市锦江区川味乡村农产品专业合作社', ID['sc'][0], '蜀ICP备2021016620号-1', '川公网安备 51010402001129号')),
  '-', 'trap: 蜀ICP备 is a real variant abbreviation of Sichuan, so the filing is well-formed; home shows licence')
P(K, '/a/larou.html', wx('utf-8', '柴火老腊肉 5斤装', '川味乡村合作社', '<p>柴火熏足45天的老腊肉，咸香回甜😋</p><p>【福利】收到货给五星好评，截图发给小编，领3元微信红包！</p>', ''),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法 第十七条 — red envelope for a five-star review screenshot')
P(K, '/a/huajiao.html', wx('utf-8', '汉源贡椒', '川味乡村合作社', '<p>汉源红花椒 250g，麻得巴适。老辈子说花椒泡脚治风湿、祛湿气，关节痛的婆婆爷爷用了都说安逸！</p>', ''),
  'FALSE_CLAIM', 'FALSE_CLAIM: 广告法 第十七条 — spice advertised to treat rheumatism')

L = ('sh-putaojiu.test', 'utf-8', True, False)
P(L, '/', wp('utf-8', '醇悦酒业 进口葡萄酒', '<p>波尔多、勃艮第酒庄直采，企业团购请电联。</p>',
  '上海醇悦酒业有限公司 统一社会信用代码：%s <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091443&amp;signData=MEQCIB2">'
  '<img src="/img/lz.png" alt="电子营业执照"></a><br>沪ICP备2019号 沪公网安备 31011502005566号' % (ID['sh'][0], ID['shx'][0])),
  'ICP_INVALID,LICENSE_MISMATCH', 'LICENSE_MISMATCH: 电子商务法 第十五条 — the zzlz serial names another company\'s code; ICP_INVALID: 沪ICP备2019号 has too few digits. UTF-8 with BOM')
P(L, '/wine/lafite.html', wp('utf-8', '拉菲 尾货', '<h2>拉菲传奇 波尔多红 整箱</h2><p>大厂原单尾货，跟专柜一模一样，这个价你懂的 ￥99/瓶</p>', '醇悦'),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 商标法 第五十七条 — 原单尾货 "跟专柜一模一样" at a fraction of the price')
P(L, '/wine/decant.html', wp('utf-8', '品酒课堂', '<h2>1855列级一级庄怎么喝</h2><p>适饮期内的酒醒酒1小时左右，最佳赏味温度16-18℃；“一级庄”是1855年波尔多官方分级的名称。</p>', '醇悦'),
  '-', 'trap: 一级庄 is an official classification name and 最佳赏味 a drinking tip (guideline exemptions)')

Mx = ('sx-mihoutao.test', 'gbk', False, False)
P(Mx, '/', uni('gbk', '周至老王家猕猴桃', '<uni-view>我是周至县果农王建军，这些猕猴桃都是自家果园的，树上熟了才摘。</uni-view>',
  '本人销售自产农副产品，依据《电子商务法》第十条规定，无需办理市场主体登记。<br><a href="https://beian.miit.gov.cn/">陕ICP备2022005161号-1</a>'),
  '-', 'trap: no licence but the 电子商务法 第十条 exemption statement for 自产农副产品 is displayed, which satisfies 第十五条; ICP present')
P(Mx, '/item/7.html', uni('gbk', '翠香猕猴桃 5斤', '<uni-view>翠香鲜果 5斤 ￥39.9 顺丰包邮</uni-view><uni-view>生鲜水果属鲜活易腐商品，不支持七天无理由退货；坏果拍照，按个数包赔。</uni-view>', '老王家'),
  '-', 'trap: fresh fruit is 鲜活易腐, a statutory exemption in 消法 第二十五条(二)')
P(Mx, '/item/8.html', uni('gbk', '徐香猕猴桃 10斤', '<uni-view>徐香 10斤 ￥59</uni-view><uni-view>一天三个猕猴桃，抗癌防癌、降血糖，比吃药管用！</uni-view>', '老王家'),
  'FALSE_CLAIM', 'FALSE_CLAIM: 广告法 第十七条 — fruit said to prevent cancer and lower blood sugar')
P(Mx, '/item/9.html', uni('gbk', '助农专区', '<uni-view>周至县原是国家级贫困县，2019年脱贫摘帽。买一箱，帮一户。</uni-view>', '老王家'),
  '-', 'trap: 国家级贫困县 is a dated government designation, a fact, not a superlative claim')

T = ('hn-chayou.test', 'gbk', False, False)
P(T, '/', dede(None, '湘西山茶油 助农直供', '首页 | 山茶油 | 腊货 | 关于我们',
  '<p>湘西大山里的老茶油树，村里的婆婆们一颗颗捡的茶籽，冷榨的，炒菜香得很。</p>',
  '<a href="/zhizhao.html"><img src="/upload/zhizhao.jpg" alt="营业执照"></a> 长沙湘西山珍农产品有限公司&nbsp;统一社会信用代码：%s<br>'
  '<a href="https://beian.miit.gov.cn/">湘ＩＣＰ备２０２２０１５３０８号－１</a>&nbsp;湘公网安备 43010202001876号' % ID['hn'][0]),
  '-', 'compliant home: licence as image with alt text plus code and link; ICP written in full-width digits is a well-formed 湘ICP备 filing. GBK with no meta charset')
P(T, '/yp/1.html', dede('gbk', '野生山茶油 5L', '首页 > 山茶油',
  '<h3>野生山茶油 5L ￥398</h3><dl><dt>荣誉</dt><dd>国家质量免检产品</dd><dt>产地</dt><dd>湖南湘西</dd></dl><p>月子油、老人吃都好。</p>', '湘西山珍'),
  'FALSE_HONOUR', 'FALSE_HONOUR: 广告法 第二十八条 — 国家质量免检 was abolished in 2008, so the honour cannot be current')
P(T, '/yp/2.html', dede('gbk', '压榨山茶油 一级', '首页 > 山茶油',
  '<h3>压榨一级山茶油 2.5L ￥199</h3><p>等级：压榨一级（GB/T 11765）。开封后最佳食用期3个月，阴凉避光保存。</p>', '湘西山珍'),
  '-', 'trap: 一级 is a GB/T 11765 grade and 最佳食用期 a storage tip (guideline exemptions)')

# ================= MAIN: platform shops =================
s = shop('gouqi_nx', False)
P(s, '', mall_shop('utf-8', '老马家枸杞', SL('青铜峡市老马家枸杞店', ID['gq'][0]), MARK,
  '<ul class="goods"><li>头茬特级枸杞 250g ￥39</li><li>枸杞原浆 30ml*10 ￥99</li></ul>'),
  '-', 'trap: 特级 is a GB/T 18672 grade; shop licence in shop-license and mall-mark present')
it = item(False)
P(it, ip('gq1001'), mall_item('utf-8', '宁夏枸杞 一级 500g', '老马家枸杞', '<span class="price">￥45.00</span>',
  '<dl><dt>等级</dt><dd>一级（GB/T 18672-2014）</dd><dt>产地</dt><dd>宁夏中宁</dd></dl><p>国家标准一级果，不是最好的等级，但性价比最高。</p>'),
  '-', 'trap: 一级 is a standard grade; 性价比最高 is self-comparison within the shop\'s own grades (guideline)')
P(it, ip('gq1002'), mall_item('utf-8', '枸杞原浆', '老马家枸杞', '<span class="price">￥99.00</span>',
  '<p>喝完给个好评，带图➕追评，联系客服返<span>5</span>元现金～</p>'),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法 第十七条 — cash for a photo review and follow-up')

s = shop('baijiu88', False, 'gbk')
P(s, '', mall_shop('gbk', '酱香坊酒业', SL('仁怀市酱香坊酒业有限公司', ID['bj88'][0]),
  '<img class="mall-mark-v1" src="/static/mall/old.png" alt="">', '<p>茅台镇纯粮酱酒 坤沙 年份酒</p>'),
  'MARK_MISSING', 'MARK_MISSING: platform profile (平台为网店亮标) — class token is mall-mark-v1, not mall-mark. GBK')
P(item(False, 'gbk'), ip('bj2001'), mall_item('gbk', '53度飞天 原箱', '酱香坊酒业', '<span class="price">￥1099</span>',
  '<p>A 货 原箱，跟真的放一起都分不出来，酒一经开箱不退不换，不支持七天无理由。</p>'),
  'COUNTERFEIT_TERM,RETURN_REFUSED', 'COUNTERFEIT_TERM: 商标法 第五十七条 — "A 货" (spaced) sold as indistinguishable from the genuine brand; RETURN_REFUSED: 消法 第二十五条')
u = P(item(False, 'gbk'), ip('bj2002'), mall_item('gbk', '酱香型白酒 500ml*6', '酱香坊酒业', '<span class="price">￥299</span> <span class="price-old">日常价 <del>￥699</del></span>',
  '<p>年终清仓，手慢无。</p>'),
  'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — 日常价699 above 329 observed 1.5 days earlier')
H(u, 1.5, mall_item('gbk', '酱香型白酒 500ml*6', '酱香坊酒业', '<span class="price">￥329</span>', '<p>年终清仓</p>'), 'gbk', False)

s = shop('yanwo_ma', False)
P(s, '', mall_shop('utf-8', '马来燕屋直营', SL('厦门马来燕屋贸易有限公司', ID['ywm'][0]), MARK, '<p>马来西亚溯源燕盏</p>'),
  'LICENSE_INVALID', 'LICENSE_INVALID: 电子商务法 第十五条 — the shop\'s 统一社会信用代码 fails the GB 32100 check character')
P(item(False), ip('yw3001'), mall_item('utf-8', '溯源燕盏 50g', '马来燕屋直营', '<span class="price">￥1280</span>',
  '<p>国家级品质🏆 美白淡斑、抗衰老，产后修复、治疗咳嗽，宝妈孕期吃宝宝皮肤白！</p>'),
  'ABSOLUTE_TERM,FALSE_CLAIM', 'FALSE_CLAIM: 广告法 第十七条/第二十八条 — food claims whitening, anti-ageing, cough treatment; ABSOLUTE_TERM: 广告法 第九条第三项 — 国家级品质')

s = shop('xueyaji', False)
P(s, '', mall_shop('utf-8', '福寿康血压计专营', '', MARK, '<p>欧姆龙、鱼跃血压计 老人用品</p>'),
  'LICENSE_MISSING', 'LICENSE_MISSING: 电子商务法 第十五条 — shop home has no shop licence; the platform footer is the platform\'s own identity')
P(item(False), ip('xy4001'), mall_item('utf-8', '腕式电子血压计', '福寿康血压计专营', '<span class="price">￥169</span>',
  '<p>医疗器械，用于测量血压。本品不能降血压，不能代替药物治疗，高血压患者请遵医嘱服药。</p>'),
  '-', 'trap: a measuring device described within its use; 降血压/治疗 only in warnings')
P(item(False), ip('xy4002'), mall_item('utf-8', '量子能量理疗仪', '福寿康血压计专营', '<span class="price">￥2980</span>',
  '<p>消协推荐产品！量子能量调理全身，包治百病，三高、痛风、失眠一个疗程见效，无效全额退款。</p>'),
  'FALSE_CLAIM,FALSE_HONOUR', 'FALSE_HONOUR: 消费者权益保护法 第三十八条 forbids 消协 to recommend goods, so 消协推荐 cannot be true (广告法 第二十八条); FALSE_CLAIM: 广告法 第十七条')

s = shop('coin_zang', False)
P(s, '', mall_shop('utf-8', '藏泉阁钱币', SL('北京藏泉阁文化有限公司', ID['cz'][0]), MARK, '<p>纪念币 纪念钞 评级币</p>'),
  'LICENSE_MISMATCH', 'LICENSE_MISMATCH: 电子商务法 第十五条 — valid-looking code absent from the registry extract')
P(item(False), ip('cz5001'), mall_item('utf-8', '龙年纪念币 整卷', '藏泉阁钱币', '<span class="price">￥520</span>',
  '<p>钱币类商品不支持七天无理由退货哦亲，拍下即视为同意。</p>'),
  'RETURN_REFUSED', 'RETURN_REFUSED: 消费者权益保护法 第二十五条 — coins are not an exempt class; "拍下即视为同意" is no purchase-time confirmation of a lawful exception')
P(item(False), ip('cz5002'), mall_item('utf-8', '纪念币预约代兑', '藏泉阁钱币', '<span class="price">￥30</span>',
  '<p>银行按面值1:1兑换，我们代排队，收服务费30元/卷。</p>'),
  '-', 'trap: 1:1 is the face-value exchange ratio, nothing counterfeit')

s = shop('aijiao_dong', False)
P(s, '', mall_shop('utf-8', '阿胶世家', SL('聊城阿胶世家食品有限公司', ID['aj'][0]),
  '<div style="display:none"><img class="mall-mark" src="/static/mall/liangbiao.png" alt="亮标"></div>', '<p>阿胶糕 阿胶块 固元膏</p>'),
  'MARK_MISSING', 'MARK_MISSING: the mall-mark element is inside a display:none block, so it is not displayed')
P(item(False), ip('aj6001'), mall_item('utf-8', '阿胶糕 500g', '阿胶世家', '<span class="price">￥88</span>',
  '<p>“阿胶世家”荣获<span>驰</span><span>名</span><span>商</span><span>标</span>，老品牌值得信赖。</p>'),
  'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — 驰名商标 split per character across spans')

s = shop('renshen_cb', False)
P(s, '', mall_shop('utf-8', '长白山参农老李', '<div class="shop-license">个人销售自产农副产品（人参），依据电子商务法第十条无需办理市场主体登记</div>', MARK,
  '<p>自家参园 6年园参 鲜参</p>'),
  '-', 'trap: no licence code, but the 电子商务法 第十条 exemption statement for 自产农副产品 is shown in the shop-license block')
P(item(False), ip('rs7001'), mall_item('utf-8', '野山参 20年', '长白山参农老李', '<span class="price">￥3600</span>',
  '<p>最好的野山参就在这！吊命的东西，癌症晚期的老人吃了多活好几年。</p>'),
  'ABSOLUTE_TERM,FALSE_CLAIM', 'FALSE_CLAIM: 广告法 第十七条 — prolongs life of cancer patients; ABSOLUTE_TERM: 广告法 第九条第三项 — 最好的')
P(item(False), ip('rs7002'), mall_item('utf-8', '老犀角杯 收藏级', '长白山参农老李', '<span class="price">￥58000</span>',
  '<p>祖传老犀牛角杯，清代，可刮粉泡水，懂行的来。</p>'),
  'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 国务院 1993 关于禁止犀牛角和虎骨贸易的通知 — rhino horn trade banned')

# ================= HOLDOUT: independent sites =================
N = ('tw-gaoshancha.test', 'big5', False, True)
P(N, '/', empire('big5', '阿里山高山茶 台灣茶農直送大陸', '<p>阿里山、梨山、凍頂烏龍，台灣茶農直送，廈門倉發貨。</p>',
  '廈門阿里山茶葉貿易有限公司 統一社會信用代碼：%s<br><a href="https://beian.miit.gov.cn/">閩ICP備2021008820號-1</a> 閩公網安備 35020302001468號' % ID['tw'][0]),
  '-', 'trap-free compliant home in traditional script: licence and ICP (閩ICP備) shown. Big5')
P(N, '/tea/alishan.html', empire('big5', '阿里山金萱', '<h3>阿里山金萱 150g</h3><p>中國馳名商標，台灣頂級第一高山茶，喝過都說讚！</p>', '阿里山茶葉'),
  'ABSOLUTE_TERM,WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 商標法 第十四條第五款 — 馳名商標 in traditional script; ABSOLUTE_TERM: 廣告法 第九條第三項 — 頂級第一. Big5')
P(N, '/tea/dongding.html', empire(None, '凍頂烏龍', '<h3>凍頂烏龍 300g</h3><p>每天喝烏龍茶可以降血壓、治糖尿病，比吃藥好。</p>', '阿里山茶葉'),
  'FALSE_CLAIM', 'FALSE_CLAIM: 廣告法 第十七條 — tea said to lower blood pressure and treat diabetes. Big5 with no meta charset')
P(N, '/tea/story.html', empire('big5', '比賽茶', '<h3>鹿谷鄉農會2023年春季比賽茶 頭等獎</h3><p>獎狀編號見包裝，此獎項限2023年春季鹿谷鄉比賽。</p>', '阿里山茶葉'),
  '-', 'trap: 頭等獎 is a provable award limited in time and place (guideline exemption)')

O = ('hk-yanwo.test', 'big5', False, True)
P(O, '/', shopex('big5', '香江燕窩 官方網店', '<p>香港老字號燕窩，深圳倉直發內地。</p>',
  F('深圳福田香江燕窩貿易有限公司', ID['hk'][0], '港ICP備2020001122號', '粵公網安備 44030402003318號', '統一社會信用代碼')),
  'ICP_INVALID,LICENSE_INVALID', 'LICENSE_INVALID: 電子商務法 第十五條 — code fails GB 32100 check; ICP_INVALID: 港 is not an ICP province abbreviation. Big5')
P(O, '/bird/1.html', shopex('gb2312', '血燕盞', '<div class="goods"><h2>印尼血燕盞 50g</h2><p>孕婦吃了寶寶皮膚白，治療咳嗽、抗癌，老人天天吃長壽。</p><p>好評返現10元，曬圖再加5元！</p></div>', '香江燕窩'),
  'FALSE_CLAIM,REVIEW_INDUCEMENT', 'FALSE_CLAIM: 廣告法 第十七條 — food claims cough treatment and anti-cancer; REVIEW_INDUCEMENT: 電子商務法 第十七條 — 好評返現. Big5 bytes with wrong meta charset=gb2312', enc='big5')
P(O, '/bird/2.html', shopex('big5', '燕盞 溯源', '<div class="goods"><h2>溯源燕盞 100g</h2><p>本店拒絕高仿燕窩、拒絕A貨燕盞，每盒附溯源碼。</p></div>', '香江燕窩'),
  '-', 'trap: 高仿/A貨 appear only in a refusal; nothing counterfeit offered')
P(O, '/bird/3.html', shopex('big5', '食用須知', '<div class="goods"><p>燕窩是食品不是藥品，正在接受治療的人群請先諮詢醫生。</p></div>', '香江燕窩'),
  '-', 'trap: 治療 only in a warning')

Px = ('xj-hongzao.test', 'gb18030', False, True)
P(Px, '/', uni('gb18030', '天山果园 新疆红枣🍎', '<uni-view>和田骏枣、若羌灰枣 产地直发</uni-view>'
  '<div style="display:none">乌鲁木齐天山果园农产品有限公司 统一社会信用代码 %s</div>' % ID['xj'][0], '新公网安备 65010202000711号'),
  'ICP_MISSING,LICENSE_MISSING', 'LICENSE_MISSING: 电子商务法 第十五条 — the licence block is display:none; ICP_MISSING: 互联网信息服务管理办法 第十二条. Text outside GBK')
u = P(Px, '/zao/1.html', uni('gb18030', '和田骏枣 5斤', '<uni-view class="price">原价 ￥168 现价 ￥89</uni-view><uni-view>🍎红枣补血，专治贫血，一天三颗不用看医生。</uni-view>', '天山果园'),
  'FAKE_ORIGINAL_PRICE,FALSE_CLAIM', 'FALSE_CLAIM: 广告法 第十七条 — cures anaemia; FAKE_ORIGINAL_PRICE: 第十六条 — 原价168 above 79 seen 4 days before')
H(u, 4, uni('gb18030', '和田骏枣 5斤', '<uni-view class="price">￥79</uni-view>', '天山果园'), 'gb18030', True)
u = P(Px, '/zao/2.html', uni('gb18030', '若羌灰枣 3斤', '<uni-view class="price">原价 ￥69 现价 ￥49</uni-view><uni-view>🍎皮薄肉厚</uni-view>', '天山果园'),
  '-', 'trap: 原价69 equals the lowest price seen in the 7 days before (69, 2 days); no 第十六条 breach')
H(u, 2, uni('gb18030', '若羌灰枣 3斤', '<uni-view class="price">￥69</uni-view>', '天山果园'), 'gb18030', True)

Q = ('hb-laonian.test', 'gbk', False, True)
P(Q, '/', dede('gbk', '福寿康老年用品', '首页 | 助行器 | 护理床 | 磁疗',
  '<p>安国老年用品批发，轮椅、拐杖、护理床、成人纸尿裤。</p>',
  '安国市福寿康老年用品有限公司 统一社会信用代码：%s<!-- 冀ICP备2020031188号-1 --><br>冀公网安备 13068302000155号' % ID['hb'][0]),
  'ICP_MISSING', 'ICP_MISSING: 互联网信息服务管理办法 第十二条 — the ICP number is only inside an HTML comment')
P(Q, '/lnyp/3.html', dede('gbk', '磁疗床垫', '首页 > 磁疗',
  '<h3>远红外磁疗床垫 ￥3980</h3><p>国家级专家推荐！睡一觉高血压好了，心脑血管堵塞通了，国家免检产品，无效全额退款。叔叔阿姨们名额有限！</p>', '福寿康'),
  'ABSOLUTE_TERM,FALSE_CLAIM,FALSE_HONOUR', 'FALSE_CLAIM: 广告法 第十七条 — cures hypertension; ABSOLUTE_TERM: 第九条第三项 — 国家级专家; FALSE_HONOUR: 第二十八条 — 免检 abolished')
P(Q, '/lnyp/5.html', dede('gbk', '老虎骨酒', '首页 > 保健酒',
  '<h3>珍藏虎骨酒 500ml</h3><p>老人腿脚不利索喝这个，祛风湿壮筋骨，当年的老货。</p>', '福寿康'),
  'FALSE_CLAIM,PROHIBITED_GOODS', 'PROHIBITED_GOODS: 国务院 1993 禁止犀牛角和虎骨贸易的通知; FALSE_CLAIM: 广告法 第十七条 — treats rheumatism')
P(Q, '/lnyp/6.html', dede('gbk', '四脚拐杖', '首页 > 助行器',
  '<h3>铝合金四脚拐杖 ￥89</h3><p>防滑脚垫，十档调节。支持七天无理由退货，运费险已买。</p>', '福寿康'),
  '-', 'trap: 七天无理由 is offered, not refused')

R = ('yn-puer.test', 'utf-8', False, True)
P(R, '/', empire('utf-8', '勐海老茶人 普洱', '<p>勐海古树普洱、熟茶、白茶。</p>',
  F('昆明老茶人茶业有限公司', ID['yn'][0], '滇ICP备2019004412号-2', '滇公网安备 53010202000689号', '注册号')),
  'LICENSE_INVALID', 'LICENSE_INVALID: 电子商务法 第十五条 — 注册号 fails MOD 11,10')
P(R, '/cha/7.html', empire('utf-8', '7542 老生茶', '<h3>大益7542 2006年</h3><p>精仿 复刻 大益老7542，包装1比1还原，￥260一提。</p>', '老茶人'),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 商标法 第五十七条 — 精仿/复刻 of another company\'s branded tea')
P(R, '/cha/about.html', empire('utf-8', '关于我们', '<p>我们不打“驰名商标”“最牛”的旗号，只做口粮好茶。</p>', '老茶人'),
  '-', 'trap: 驰名商标 and 最牛 named only in a refusal to use them')

# ================= HOLDOUT: platform shops =================
s = shop('chaye_h', True)
P(s, '', mall_shop('utf-8', '茶小二', '', '', '<p>武夷岩茶 口粮茶 19.9起</p>'),
  'LICENSE_MISSING,MARK_MISSING', 'LICENSE_MISSING: 电子商务法 第十五条 — no shop licence; MARK_MISSING: no mall-mark element')
P(item(True), ip('cy8001'), mall_item('utf-8', '口粮岩茶 500g', '茶小二', '<span class="price">￥59</span>',
  '<p>好评晒图➕收藏店铺，联系客服领8元无门槛红包 🎁</p>'),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法 第十七条 — money for photo reviews')
u = P(item(True), ip('cy8002'), mall_item('utf-8', '正山小种 250g', '茶小二', '<span class="price">￥69</span> <span class="price-line">划线价 <s>￥159</s></span>', '<p>年货节</p>'),
  'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 第十六条 — 划线价159 above 65 seen 0.5 days before')
H(u, 0.5, mall_item('utf-8', '正山小种 250g', '茶小二', '<span class="price">￥65</span>', '<p>年货节</p>'), 'utf-8', True)
P(item(True), ip('cy8003'), mall_item('utf-8', '白茶饼', '茶小二', '<span class="price">￥128</span>',
  '<p>满199返现20，下单自动减，和评价没关系。</p>'),
  '-', 'trap: 返现 is a spend-based discount, not tied to reviews')

s = shop('wenwan_h', True, 'gbk')
P(s, '', mall_shop('gbk', '盘玩阁', SL('郑州盘玩阁工艺品有限公司', ID['ww'][0]), '<span class="mall_mark">亮标</span>', '<p>象牙白德化瓷、小叶紫檀、核桃</p>'),
  'MARK_MISSING', 'MARK_MISSING: class token mall_mark is not mall-mark. (象牙白 is a porcelain colour, not ivory.) GBK')
P(item(True, 'gbk'), ip('ww9001'), mall_item('gbk', '象牙雕件 把件', '盘玩阁', '<span class="price">￥12800</span>', '<p>老象牙雕弥勒把件，包浆厚，私聊。</p>'),
  'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 国办 2017 停止商业性加工销售象牙通知 — ivory carving offered')
P(item(True, 'gbk'), ip('ww9002'), mall_item('gbk', '沉香手串', '盘玩阁', '<span class="price">￥399</span>', '<p>高 仿 奇楠 手串，专柜同款。文玩不退不换，不支持七天无理由。</p>'),
  'COUNTERFEIT_TERM,RETURN_REFUSED', 'COUNTERFEIT_TERM: 商标法 第五十七条 — spaced 高 仿 with 专柜同款; RETURN_REFUSED: 消法 第二十五条')
P(item(True, 'gbk'), ip('ww9003'), mall_item('gbk', '店铺须知', '盘玩阁', '<span class="price">￥0</span>', '<p>本店不售象牙、犀角、玳瑁等违禁品，举报有奖。</p>'),
  '-', 'trap: banned goods named only in a refusal')

s = shop('laoren_h', True)
P(s, '', mall_shop('utf-8', '康乐老人用品', SL('杭州康乐养老服务有限公司', ID['lr'][0]), MARK, '<p>按摩椅 足浴盆 护理床</p>'),
  'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the registry names the code\'s holder 杭州西湖康乐老人用品有限公司, not the displayed name')
P(item(True), ip('lr1001'), mall_item('utf-8', '家用按摩椅', '康乐老人用品', '<span class="price">￥5999</span>', '<p>驰名商标 国家免检，老人家的贴心小棉袄。</p>'),
  'FALSE_HONOUR,WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 商标法 第十四条第五款; FALSE_HONOUR: 广告法 第二十八条 — 免检 abolished 2008')
P(item(True), ip('lr1002'), mall_item('utf-8', '钙片', '康乐老人用品', '<span class="price">￥79</span>', '<p>保健食品 蓝帽子 国食健注G2020xxxx。本品不能代替药物。</p>'),
  '-', 'trap: health-food notice with the required "本品不能代替药物" warning; no efficacy claim')


def write(root):
    for ho in (False, True):
        base = os.path.join(root, 'holdout') if ho else root
        os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
        os.makedirs(os.path.join(base, 'history'), exist_ok=True)
        lab = ['# file\turl\tcodes']
        nts = ['# file\tencoding\tbom\tnote']
        for h, f, url, enc, bom, html, codes, note in PAGES:
            if h != ho:
                continue
            with open(os.path.join(base, 'pages', f), 'wb') as fp:
                fp.write(encode(html, enc, bom))
            lab.append('%s\t%s\t%s' % (f, url, codes))
            nts.append('%s\t%s\t%s\t%s' % (f, enc, 'yes' if bom else 'no', note))
        hs = ['# file\turl\tdays_before']
        for h, f, url, d, enc, html in HIST:
            if h != ho:
                continue
            with open(os.path.join(base, 'history', f), 'wb') as fp:
                fp.write(encode(html, enc, False))
            hs.append('%s\t%s\t%s' % (f, url, d))
        for n, rows in (('labels.tsv', lab), ('notes.tsv', nts), ('history.tsv', hs)):
            with open(os.path.join(base, n), 'w', encoding='utf-8') as fp:
                fp.write('\n'.join(rows) + '\n')
    with open(os.path.join(root, 'registry.tsv'), 'w', encoding='utf-8') as fp:
        fp.write('# code\tname\tstatus\n' + ''.join('%s\t%s\t%s\n' % r for r in REGISTRY))


OUT = ['pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv']

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv:
        t = tempfile.mkdtemp()
        write(t)
        def cmp(a, b):
            d = filecmp.dircmp(a, b)
            if d.left_only or d.right_only or d.diff_files or d.funny_files:
                return False
            (m, mm, er) = filecmp.cmpfiles(a, b, d.common_files, shallow=False)
            return not mm and not er and all(cmp(os.path.join(a, s), os.path.join(b, s)) for s in d.common_dirs)
        ok = all((cmp(os.path.join(t, o), os.path.join(here, o)) if os.path.isdir(os.path.join(t, o))
                  else filecmp.cmp(os.path.join(t, o), os.path.join(here, o), shallow=False)) for o in OUT if os.path.exists(os.path.join(here, o)))
        ok = ok and all(os.path.exists(os.path.join(here, o)) for o in OUT)
        shutil.rmtree(t)
        print('check ok' if ok else 'check FAILED')
        sys.exit(0 if ok else 1)
    for o in ('pages', 'history', 'holdout'):
        shutil.rmtree(os.path.join(here, o), ignore_errors=True)
    write(here)
    print(len(PAGES), 'pages')
