#!/usr/bin/env python3
"""corpus5/g: every page and label written by hand. python3 gen.py [--check]"""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, broken, regno, mall_home, mall_item, site_page, encode

# ---- companies (codes computed by arithmetic; registry status written by hand) ----
P = uscc  # shorthand
C = {
 'qinghe': (P('92', '330481', '31270485'), '海宁市青禾生鲜食品店'),
 'chaowan': (P('91', '350582', '57310294'), '晋江潮玩鞋业有限公司'),
 'yupin': (P('91', '220183', '34129870'), '吉林御品堂生物科技有限公司'),
 'jingxuan': (P('91', '440606', '68422713'), '佛山市鲸选家居有限公司'),
 'xinghe': (P('91', '440300', '35961202'), '深圳市星河数码科技有限公司'),
 'huajian': (P('91', '310115', '59102834'), '上海花间美妆有限公司'),
 'laocha': (P('92', '350784', '43190216'), '武夷山市老茶铺茶叶店'),
 'tongqu': (P('91', '330782', '66102378'), '义乌市童趣玩具有限公司'),
 'jike': (regno('44030110230155'), '深圳市极客外设贸易有限公司'),
 'hongyun': (P('91', '421281', '56329018'), '赤壁洪运茶业有限公司'),
 'meijia': (P('92', '440105', '33180429'), '广州市海珠区美甲小铺'),
 'jinshi': (P('91', '440300', '77109234'), '深圳金石珠宝有限公司'),
 'kangyuan': (P('91', '370102', '51248907'), '济南康源生物科技有限公司'),
 'lvye': (P('91', '330106', '62098713'), '杭州绿野户外用品有限公司'),
 'baize': (P('91', '330782', '70312946'), '义乌白泽日用品有限公司'),
 'baize_reg': (None, '义乌白泽工艺品厂'),
 'xianyu': (None, None),
 'yunduan': (P('91', '320506', '39021876'), '苏州云端软件有限公司'),
 'taicha': (P('91', '350200', '60413527'), '厦门台茶贸易有限公司'),
 'qiaoshou': (P('91', '510107', '48320156'), '成都巧手工坊文化创意有限公司'),
 'xinghe_status': None,
}
REGISTRY = [  # code, name, status — written by hand
 ('91330100MA27WJ011R', '杭州网剑网络科技有限公司', '存续'),
 (C['qinghe'][0], C['qinghe'][1], '存续'),
 (C['yupin'][0], C['yupin'][1], '存续'),
 (C['jingxuan'][0], C['jingxuan'][1], '存续'),
 (C['xinghe'][0], C['xinghe'][1], '吊销'),
 (C['huajian'][0], C['huajian'][1], '存续'),
 (C['laocha'][0], C['laocha'][1], '存续'),
 (C['tongqu'][0], C['tongqu'][1], '存续'),
 (C['jike'][0], C['jike'][1], '经营异常'),
 (C['hongyun'][0], C['hongyun'][1], '存续'),
 (C['meijia'][0], C['meijia'][1], '存续'),
 (C['jinshi'][0], C['jinshi'][1], '存续'),
 (C['kangyuan'][0], C['kangyuan'][1], '存续'),
 (C['lvye'][0], C['lvye'][1], '存续'),
 (C['baize'][0], C['baize_reg'][1], '存续'),
 (C['yunduan'][0], C['yunduan'][1], '存续'),
 (C['taicha'][0], C['taicha'][1], '存续'),
 (C['chaowan'][0], C['chaowan'][1], '存续'),
]
# codes shown on pages but NOT in the registry (LICENSE_MISMATCH by absence)
UNREG = {'qiaoshou': C['qiaoshou'][0], 'meijia_other': P('91', '440106', '55320871')}

def lic(k, tag='div', cls='shop-license'):
    code, name = C[k]
    return '<%s class="%s">营业执照：%s　统一社会信用代码：%s</%s>' % (tag, cls, name, code, tag)

MARK = '<a class="badge mall-mark" href="http://mall.wangjian.test/verify">网剑商城认证店铺</a>'
MU = 'http://mall.wangjian.test'
PAGES = []  # (side, site, name, url, enc, bom, meta, html, codes, note)

def add(side, site, name, url, enc, html, codes, note, bom=False, meta=None):
    PAGES.append((side, site, name, url, enc, bom, meta, html, codes, note))

def pr(now, orig=None, word='原价'):
    s = '<span class="price now">￥%s</span>' % now
    if orig:
        s += ' <del class="price-orig">%s ￥%s</del>' % (word, orig)
    return s

HIST = []  # (side, fname, url, days_before, html, enc)

# ===================== S1 青禾生鲜 (main, utf-8) =====================
s, n = 'S1', '青禾生鲜'
add('main', s, 'qinghe-home', MU + '/shop/qinghe/', 'utf-8',
    mall_home(n, n, lic('qinghe'), MARK,
      '<div class="notice"><h3>店铺公告</h3><p>根据《网剑商城禁售规则》，平台禁止发布野生动物制品、高仿商品等信息，本店严格遵守。</p>'
      '<p>生鲜商品签收后请当场验货，坏果拍照联系客服包赔。</p></div><div class="coupon">满99减10 店铺券</div>'),
    '-', 'trap: the shop notice quotes the platform ban (高仿, 野生动物) as a rule it follows; licence shown with shop-license and registry 存续 (电商法第十五条 satisfied); mark present')
add('main', s, 'qinghe-crab', MU + '/item/qh1001.html', 'utf-8',
    mall_item('阳澄湖大闸蟹 鲜活现发 4两母蟹8只', n, pr('268'),
      '<table class="params"><tr><th>产地</th><td>江苏苏州</td></tr><tr><th>储存</th><td>0-5℃冷藏</td></tr></table>'
      '<div class="after-sale"><h3>售后说明</h3><p>本品为鲜活易腐商品，依据《消费者权益保护法》第二十五条，不适用七日无理由退货；死蟹包赔，签收2小时内反馈。</p></div>'),
    '-', 'trap: 鲜活易腐 is a statutory exemption (消保法第二十五条第一款第二项), stated properly')
add('main', s, 'qinghe-mango', MU + '/item/qh1002.html', 'utf-8',
    mall_item('海南贵妃芒 5斤装', n, pr('39.9'),
      '<div class="reviews"><h3>买家评价(2381)</h3><ul><li>z**9：朋友说这么便宜是不是高仿的芒果，哈哈，吃了才知道真甜</li>'
      '<li>小**酱：个头均匀，第二次买了</li></ul></div>'),
    '-', 'trap: a buyer review jokes 高仿 about a mango; the seller offers no counterfeit (商标法第五十七条 not touched)')
add('main', s, 'qinghe-kiwi', MU + '/item/qh1003.html', 'utf-8',
    mall_item('陕西眉县猕猴桃 24枚', n, pr('29.8'),
      '<div class="card-in-box"><p>亲爱的顾客：收到宝贝满意的话，给个五星+晒3张图，截图发客服领5元红包哦~</p></div>'),
    'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: red packet for a five-star review with photos (电子商务法第十七条; 反不正当竞争法第八条)')
add('main', s, 'qinghe-cherry', MU + '/item/qh1004.html', 'utf-8',
    mall_item('智利车厘子 JJ级 2斤', n, pr('99', '168', '划线价'),
      '<p>JJ级为果径28-30mm（出口分级），坏果包赔。</p>'),
    'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 划线价168 above 89 sold 2 days before (明码标价和禁止价格欺诈规定第十六条); trap part: JJ级 is a size grade, not an absolute claim')
HIST.append(('main', 'qh1004-2d.html', MU + '/item/qh1004.html', 2,
    mall_item('智利车厘子 JJ级 2斤', n, pr('89'), '<p>限时价</p>'), 'utf-8'))

# ===================== S2 潮玩鞋社 (main, utf-8) =====================
s, n = 'S2', '潮玩鞋社'
add('main', s, 'chaowan-home', MU + '/shop/chaowan/', 'utf-8',
    mall_home(n, n, '<div class="shop-info">客服在线 9:00-23:00 | 发货地 福建泉州</div>', MARK,
      '<div class="banner"><img src="/b1.jpg" alt="新品上架 全场包邮"></div>'),
    'LICENSE_MISSING', 'LICENSE_MISSING: no licence, link or 第十条 statement; platform footer is not the shop\'s (电子商务法第十五条, 第七十六条)')
add('main', s, 'chaowan-aj', MU + '/item/cw2001.html', 'utf-8',
    mall_item('AJ1 芝加哥 纯原版本 莆田直发', n, pr('359'),
      '<p>细节对比正品无差，送原装鞋盒，可过验。</p>'),
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 纯原/莆田 with 对比正品 sells a copy of a brand shoe (商标法第五十七条)')
add('main', s, 'chaowan-yeezy', MU + '/item/cw2002.html', 'utf-8',
    mall_item('椰子350 Ａ 货 灰天使', n, pr('268'),
      '<p>同厂同料，专柜<b>可</b>退换级别。</p>'),
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: full-width Ａ with a space before 货 (Ａ 货) (商标法第五十七条)')
add('main', s, 'chaowan-return', MU + '/item/cw2003.html', 'utf-8',
    mall_item('自有品牌 帆布鞋 白色', n, pr('69'),
      '<div class="after-sale"><p>退货请在备注填写原单号，原单号可在“我的订单”查询；支持七天无理由退货。</p></div>'),
    '-', 'trap: 原单号 (the original order number) contains 原单 but is a return instruction')
add('main', s, 'chaowan-custom', MU + '/item/cw2004.html', 'utf-8',
    mall_item('定制刻字 情侣帆布鞋（可印名字）', n, pr('129'),
      '<p>按买家提供的名字和图案定做，下单后48小时内出图确认。</p><p>此商品为个性定制，依法不适用七天无理由退货，质量问题包退。</p>'),
    '-', 'trap: 定制 made to the buyer\'s design is the statutory 定作 exemption (消保法第二十五条第一款第一项)')

# ===================== S3 御品堂滋补 (main, gbk) =====================
s, n = 'S3', '御品堂滋补'
add('main', s, 'yupin-home', MU + '/shop/yupin/', 'gbk',
    mall_home(n, n, '<div class="shop-license-wrap shop-license"><a href="/shop/yupin/license.html">'
      '<img src="/lic/yupin.jpg" alt="营业执照 %s %s"></a></div>' % (C['yupin'][1], C['yupin'][0]), MARK,
      '<div class="notice">店铺公告：保健食品不是药物，不能代替药物治疗疾病。</div>'),
    '-', 'trap: licence as image alt text inside a shop-license element with link (电商法第十五条 satisfied); 保健食品 warning is the required statement, not a claim')
add('main', s, 'yupin-spore', MU + '/item/yp3001.html', 'gbk',
    mall_item('长白山灵芝孢子粉 破壁 2g*60袋', n, pr('398'),
      '<div class="detail-img"><img src="/d/1.jpg" alt="坚持吃三个月，血糖稳稳降下来，很多老人不用再打胰岛素"></div>'),
    'FALSE_CLAIM', 'FALSE_CLAIM: food claims to lower blood sugar and replace insulin (广告法第十七条, 第二十八条); img alt is an element, counted as displayed')
add('main', s, 'yupin-ginseng', MU + '/item/yp3002.html', 'gbk',
    mall_item('林下参 15年 礼盒', n, pr('1280'),
      '<p>选用全国最顶尖的长白山林下参，甄选只留一成。</p>'),
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 全国最顶尖 is a 最高级 claim (广告法第九条第三项)')
add('main', s, 'yupin-honey', MU + '/item/yp3003.html', 'gbk',
    mall_item('椴树雪蜜 500g', n, pr('88'),
      '<p>荣誉：国家免检产品、消费者信得过单位</p>'),
    'FALSE_HONOUR', 'FALSE_HONOUR: 国家免检 was abolished in 2008 (广告法第二十八条; 反不正当竞争法第九条)')
add('main', s, 'yupin-qa', MU + '/item/yp3004.html', 'gbk',
    mall_item('红枣枸杞茶 30包', n, pr('39'),
      '<div class="qa"><h3>问大家</h3><p>问：喝了能治失眠吗？</p><p>答（店家）：这是普通代用茶，不能治病，失眠请就医。</p></div>'),
    '-', 'trap: a buyer asks about curing insomnia; the seller denies any curative effect')

# ===================== S4 鲸选家居 (main, utf-8) =====================
s, n = 'S4', '鲸选家居'
add('main', s, 'jingxuan-home', MU + '/shop/jingxuan/', 'utf-8',
    mall_home(n, n, '<div class="shop-license">营业执照 %s 统一社会信用代码 %s</div>' % (C['jingxuan'][1], broken(C['jingxuan'][0])),
      '<!-- <a class="mall-mark" href="/verify">认证</a> -->',
      '<div class="banner">新品沙发 限时9折</div>'),
    'LICENSE_INVALID,MARK_MISSING', 'LICENSE_INVALID: displayed code fails its GB 32100 check character (电商法第十五条, false display); MARK_MISSING: mark only inside an HTML comment (平台亮标)')
add('main', s, 'jingxuan-sofa', MU + '/item/jx4001.html', 'utf-8',
    mall_item('真皮沙发 三人位', n, pr('3999'),
      '<p>“鲸选”系中国驰名商标，品质值得信赖。</p>'),
    'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 中国驰名商标 in the listing (商标法第十四条第五款)')
add('main', s, 'jingxuan-board', MU + '/item/jx4002.html', 'utf-8',
    mall_item('实木颗粒板衣柜', n, pr('1599'),
      '<table><tr><th>环保等级</th><td>E1级（GB 18580-2017）</td></tr><tr><th>品牌</th><td>木王（注册商标）</td></tr></table>'),
    '-', 'trap: E1级 is a grade from a national standard, 木王 a registered brand name (2023 绝对化用语 guideline exemptions)')
add('main', s, 'jingxuan-chair', MU + '/item/jx4003.html', 'utf-8',
    mall_item('人体工学椅', n, pr('699'),
      '<div class="after-sale">大件家具一经售出概不退换，请慎重下单。</div>'),
    'RETURN_REFUSED', 'RETURN_REFUSED: an ordinary chair is not an exempt good (消保法第二十五条)')
add('main', s, 'jingxuan-lamp', MU + '/item/jx4004.html', 'utf-8',
    mall_item('LED台灯 国AA级照度', n, pr('199'),
      '<p>照度与均匀度达到GB/T 9473-2022 AA级要求。</p>'),
    '-', 'trap: AA级 is the grade defined by GB/T 9473, not an absolute term')

# ===================== S5 星河数码旗舰店 (main, utf-8) =====================
s, n = 'S5', '星河数码旗舰店'
add('main', s, 'xinghe-home', MU + '/shop/xinghe/', 'utf-8',
    mall_home(n, n, lic('xinghe'), '<a class="mall-mark" style="display:none" href="/verify">认证</a>',
      '<div class="notice">本店不销售手机卡、信号屏蔽器、窃听器材，请勿咨询。</div>'),
    'LICENSE_MISMATCH,MARK_MISSING', 'LICENSE_MISMATCH: registry status 吊销 (电商法第十五条); MARK_MISSING: mark hidden by display:none; trap part: the refusal notice names banned goods it does not sell')
add('main', s, 'xinghe-jammer', MU + '/item/xh5001.html', 'utf-8',
    mall_item('全频段信号干扰器 考场会议室专用', n, pr('880'),
      '<p>覆盖2G/3G/4G/5G/WiFi，半径30米。</p>'),
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: radio jammers may not be sold to the public (无线电管理条例第七十一条; 国家禁售)')
add('main', s, 'xinghe-key', MU + '/item/xh5002.html', 'utf-8',
    mall_item('正版办公软件 激活码 永久', n, pr('199'),
      '<p>激活码属在线交付的计算机软件，发码后不适用七日无理由退货；未发码可全额退款。</p>'),
    '-', 'trap: software delivered online is the statutory exemption (消保法第二十五条第一款第三项)')
add('main', s, 'xinghe-phone', MU + '/item/xh5003.html', 'utf-8',
    mall_item('5G手机 12+256G', n, pr('1999'),
      '<p>全网价格最低，买贵退差！</p>'),
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 全网价格最低 (广告法第九条第三项)')
add('main', s, 'xinghe-case', MU + '/item/xh5004.html', 'utf-8',
    mall_item('手机壳 磨砂', n, pr('19.9'),
      '<div class="reviews"><li>买家：和我之前买的大牌原装壳一样好，不像网上那些精仿的</li></div>'),
    '-', 'trap: 精仿 appears in a buyer review comparing, the listing is an own product')

# ===================== S6 花间美妆 (main, gbk) =====================
s, n = 'S6', '花间美妆'
add('main', s, 'huajian-home', MU + '/shop/huajian/', 'gbk',
    mall_home(n, n, '<!-- <div class="shop-license">%s %s</div> -->' % (C['huajian'][1], C['huajian'][0]), MARK,
      '<div class="notice">新店开业 关注店铺领券</div>'),
    'LICENSE_MISSING', 'LICENSE_MISSING: licence only inside an HTML comment, not displayed (电商法第十五条, 第七十六条)')
add('main', s, 'huajian-cream', MU + '/item/hj6001.html', 'gbk',
    mall_item('焕颜面霜 50g', n, pr('168'),
      '<p>7天淡化斑点，28天黄褐斑去根不反弹。</p>'),
    'FALSE_CLAIM', 'FALSE_CLAIM: cosmetic promising to remove melasma for good (广告法第十七条, 第二十八条; 化妆品监督管理条例)')
add('main', s, 'huajian-lotion', MU + '/item/hj6002.html', 'gbk',
    mall_item('保湿乳液 120ml', n, pr('89'),
      '<p>本品为普通化妆品，仅具保湿功能，不具有祛斑美白等特殊功效。</p>'),
    '-', 'trap: denial of 祛斑/美白 effects', meta='')
add('main', s, 'huajian-mask', MU + '/item/hj6003.html', 'gbk',
    mall_item('补水面膜 10片', n, pr('59'),
      '<p>追评带图后截图给客服，下次下单立减3元~</p>'),
    'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: discount for a photo review (电子商务法第十七条)')
add('main', s, 'huajian-perfume', MU + '/item/hj6004.html', 'gbk',
    mall_item('大牌同款香水 50ml', n, pr('79'),
      '<p>一比一<span class="hl">复刻</span>大牌经典，专柜同款瓶身。</p>'),
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 一比一复刻大牌 (商标法第五十七条)')

# ===================== S7 老茶铺 (main, gbk; live stream) =====================
s, n = 'S7', '老茶铺'
add('main', s, 'laocha-home', MU + '/shop/laocha/', 'gbk',
    mall_home(n, n, '<div class="shop-license"><a href="/shop/laocha/license.html">查看营业执照</a></div>',
      '<span class="mall-mark-v1">认证</span>',
      '<div class="notice">直播每晚8点</div>'),
    'MARK_MISSING', 'MARK_MISSING: class mall-mark-v1 is not the token mall-mark (平台亮标); licence satisfied by a link to the licence page (电商法第十五条 allows 链接标识)')
add('main', s, 'laocha-live', MU + '/item/lc7001.html', 'gbk',
    mall_item('【直播间专享】大红袍 500g', n, pr('129', '399', '日常价'),
      '<div class="live">主播：今天直播间到手129！</div>'),
    'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 日常价399 while the same URL showed 129 five days before (明码标价和禁止价格欺诈规定第十六条)')
HIST.append(('main', 'lc7001-5d.html', MU + '/item/lc7001.html', 5,
    mall_item('【直播间专享】大红袍 500g', n, pr('129'), '<p>直播价</p>'), 'gbk'))
add('main', s, 'laocha-tip', MU + '/item/lc7002.html', 'gbk',
    mall_item('正山小种 250g', n, pr('98'),
      '<p>冲泡建议：最佳冲泡水温90℃左右，头三泡风味最佳。</p><p>武夷红茶制作技艺列入国家级非物质文化遗产代表性项目名录。</p>'),
    '-', 'trap: 最佳冲泡水温 is a usage tip; 国家级非遗 is a state-listed title of the craft (2023 guideline exemptions)')
add('main', s, 'laocha-first', MU + '/item/lc7003.html', 'gbk',
    mall_item('金骏眉 特级', n, pr('268'),
      '<p>老茶铺——中国红茶第一品牌。</p><p>特级：按GB/T 13738.2-2017 分级。</p>'),
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 中国红茶第一品牌 (广告法第九条第三项); 特级 is a standard grade and not the finding')
add('main', s, 'laocha-seller', MU + '/item/lc7004.html', 'gbk',
    mall_item('白牡丹 饼茶', n, pr('158'),
      '<div class="seller-card">经营者：武夷山市老茶铺茶叶店 注册号 %s</div>' % broken(regno('35078460012345'))),
    'LICENSE_INVALID', 'LICENSE_INVALID: the 15-digit 注册号 fails MOD 11,10 (电商法第十五条, false display)')

# ===================== S8 童趣玩具 (holdout, utf-8) =====================
s, n = 'S8', '童趣玩具'
add('holdout', s, 'tongqu-home', MU + '/shop/tongqu/', 'utf-8',
    mall_home(n, n, lic('tongqu'), '',
      '<div class="notice">开学季 满200减20</div>'),
    'MARK_MISSING', 'MARK_MISSING: no mall-mark element at all (平台亮标); licence valid, registry 存续')
add('holdout', s, 'tongqu-dress', MU + '/item/tq8001.html', 'utf-8',
    mall_item('大牌童装 外贸原 单尾货 连衣裙', n, pr('49'),
      '<p>剪标原单，品牌吊牌已剪。</p>'),
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 原单 with the brand label cut (商标法第五十七条)')
add('holdout', s, 'tongqu-blocks', MU + '/item/tq8002.html', 'utf-8',
    mall_item('益智积木 300粒', n, pr('89'),
      '<p>中国名牌产品 · 2024年度</p>'),
    'FALSE_HONOUR', 'FALSE_HONOUR: 中国名牌产品 evaluation stopped in 2008 (广告法第二十八条)')
add('holdout', s, 'tongqu-clear', MU + '/item/tq8003.html', 'utf-8',
    mall_item('清仓 遥控车', n, pr('59'),
      '<p>清仓特价，不退不换，介意勿拍。</p>'),
    'RETURN_REFUSED', 'RETURN_REFUSED: clearance toys are not exempt (消保法第二十五条)')
add('holdout', s, 'tongqu-qa', MU + '/item/tq8004.html', 'utf-8',
    mall_item('毛绒熊 80cm', n, pr('129'),
      '<div class="qa"><p>问：是不是高仿的？</p><p>答：品牌授权正品，支持专柜验货。</p></div>'),
    '-', 'trap: 高仿 in a buyer question answered with authorised goods')

# ===================== S9 山野土货 (holdout, gbk) =====================
s, n = 'S9', '山野土货'
add('holdout', s, 'shanye-home', MU + '/shop/shanye/', 'gbk',
    mall_home(n, n, '<div class="shop-license">本店为农户自产自销，依据《电子商务法》第十条，销售自产农副产品，无需办理市场主体登记。</div>', MARK,
      '<div class="notice">山里现挖 现摘现发</div>'),
    '-', 'trap: no code, but the 第十条 exemption statement is displayed (电商法第十五条 allows it)')
add('holdout', s, 'shanye-chicken', MU + '/item/sy9001.html', 'gbk',
    mall_item('预售 散养土鸡 现杀', n, pr('128'),
      '<p>预售：付款后7日内发货。</p><p>生鲜易腐，不支持七天无理由退货，到货变质包赔。</p>'),
    '-', 'trap: 生鲜易腐 exemption (消保法第二十五条第一款第二项)')
add('holdout', s, 'shanye-scale', MU + '/item/sy9002.html', 'gbk',
    mall_item('老山货 穿山甲片 炮制', n, pr('680'),
      '<p>祖传收藏，数量有限。</p>'),
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: pangolin scales (野生动物保护法; 国家禁售)')
add('holdout', s, 'shanye-mushroom', MU + '/item/sy9003.html', 'gbk',
    mall_item('干香菇 500g', n, pr('45'),
      '<p>五星好评+晒图，联系客服返现2元。</p>'),
    'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 好评晒图返现 (电子商务法第十七条)')
add('holdout', s, 'shanye-bamboo', MU + '/item/sy9004.html', 'gbk',
    mall_item('冬笋干 250g', n, pr('49', '88', '市场价'),
      '<p>今年新笋。</p>'),
    'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 市场价88 above 59 seen 3 days before (明码标价和禁止价格欺诈规定第十六条)')
HIST.append(('holdout', 'sy9004-3d.html', MU + '/item/sy9004.html', 3,
    mall_item('冬笋干 250g', n, pr('59'), '<p>今年新笋。</p>'), 'gbk'))

# ===================== S10 极客外设 (holdout, utf-8) =====================
s, n = 'S10', '极客外设'
add('holdout', s, 'jike-home', MU + '/shop/jike/', 'utf-8',
    mall_home(n, n, '<dl class="info shop-license"><dt>企业名称</dt><dd>%s</dd><dt>注册号</dt><dd>%s</dd></dl>' % C['jike'], MARK,
      '<div class="notice">外设节 全场95折</div>'),
    'LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry status 经营异常 (电商法第十五条; 市场主体登记管理条例)')
add('holdout', s, 'jike-mouse', MU + '/item/jk10001.html', 'utf-8',
    mall_item('电竞鼠标 26000DPI', n, pr('299'),
      '<p>驰名商标企业出品，宇宙最强手感。</p>'),
    'ABSOLUTE_TERM,WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 驰名商标 (商标法第十四条第五款); ABSOLUTE_TERM: 宇宙最强 (广告法第九条第三项)')
add('holdout', s, 'jike-wrist', MU + '/item/jk10002.html', 'utf-8',
    mall_item('磁疗护腕 鼠标垫', n, pr('39'),
      '<p>磁石理疗，缓解并治疗腱鞘炎、鼠标手。</p>'),
    'FALSE_CLAIM', 'FALSE_CLAIM: non-medical goods claim to treat tenosynovitis (广告法第十七条)')
add('holdout', s, 'jike-keyboard', MU + '/item/jk10003.html', 'utf-8',
    mall_item('键王 机械键盘 87键', n, pr('199'),
      '<p>品牌：键王®（第38类注册商标）</p>'),
    '-', 'trap: 王 inside a registered brand name (2023 guideline exemption)')
add('holdout', s, 'jike-pad', MU + '/item/jk10004.html', 'utf-8',
    mall_item('超大鼠标垫', n, pr('29'),
      '<p>1:1 尺寸图见详情，900x400mm。</p>'),
    '-', 'trap: 1:1 is a scale drawing of the product, not a copy claim')

# ===================== independent sites =====================
def foot(k, icp, extra=''):
    code, name = C[k]
    return '%s<br>统一社会信用代码：%s<br><a href="https://beian.miit.gov.cn/">%s</a>%s' % (name, code, icp, extra)

# I1 洪运茶业 (main, gbk, dedecms style)
s, H = 'I1', 'http://www.hongyun-tea.test'
F1 = foot('hongyun', '鄂ICP备19023456号-1', '<br>鄂公网安备 42128102000123号')
add('main', s, 'hongyun-home', H + '/', 'gbk',
    site_page('洪运茶业-青砖茶官网', '<div class="nav">首页 | 产品中心 | 新闻动态</div><p>赤壁青砖茶，百年老字号。</p>', F1),
    '-', 'trap: clean home: licence code (registry 存续), ICP 鄂 and 公网安备 4212 agree with Hubei')
add('main', s, 'hongyun-brick', H + '/product/qingzhuan.html', 'gbk',
    site_page('青砖茶 2kg', '<p>顶级口粮茶，全中国最好喝的砖茶，没有之一。</p>', F1),
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 全中国最好喝…没有之一 (广告法第九条第三项)')
add('main', s, 'hongyun-news', H + '/news/2026-03.html', 'gbk',
    site_page('新闻动态', '<h2>市场监管局提示：广告中不得使用“最佳”“第一”“国家级”等用语</h2><p>本公司已全面自查宣传材料。</p>', F1),
    '-', 'trap: news about the 广告法 ban quoting the words, no claim')
add('main', s, 'hongyun-health', H + '/product/jiangya.html', 'gbk',
    site_page('黑茶养生', '<p>每天三杯，三高降下来，老客户都把降压药停了。</p>', F1),
    'FALSE_CLAIM', 'FALSE_CLAIM: tea claimed to lower blood pressure and replace medicine (广告法第十七条, 第二十八条)')
add('main', s, 'hongyun-sale', H + '/product/fu.html', 'gbk',
    site_page('茯砖茶 1kg', '<div class="price">现价 ￥158 <s>原价 ￥198</s></div><p>金花茂盛。</p>', F1),
    '-', 'trap: 原价198 equals the lowest price seen 2 days before; the lower 138 was 9 days before, outside 7 days (明码标价和禁止价格欺诈规定第十六条)')
HIST.append(('main', 'fu-9d.html', H + '/product/fu.html', 9,
    site_page('茯砖茶 1kg', '<div class="price">现价 ￥138</div>', F1), 'gbk'))
HIST.append(('main', 'fu-2d.html', H + '/product/fu.html', 2,
    site_page('茯砖茶 1kg', '<div class="price">现价 ￥198</div>', F1), 'gbk'))

# I2 美甲小铺 (main, utf-8, WooCommerce)
s, H = 'I2', 'https://shop.meijia-nails.test'
F2 = '<p>%s · 统一社会信用代码 %s</p><p>© 2026 Powered by WooCommerce</p>' % (C['meijia'][1], C['meijia'][0])
F2i = F2 + '<p><a href="https://beian.miit.gov.cn/">粤ICP备20250117号-1</a></p>'
add('main', s, 'meijia-home', H + '/', 'utf-8',
    site_page('美甲小铺 – 穿戴甲', '<ul class="products"><li class="product">短款裸色</li></ul>', F2),
    'ICP_MISSING', 'ICP_MISSING: no ICP number on the home page of an independent site (互联网信息服务管理办法第十二条)')
add('main', s, 'meijia-copy', H + '/product/chanel-style/', 'utf-8',
    site_page('小香风穿戴甲', '<p class="price"><span class="woocommerce-Price-amount">￥39</span></p><p>精 仿 大牌logo款，带双C标。</p>', F2i),
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 精仿 split by spaces with a brand logo (商标法第五十七条)')
add('main', s, 'meijia-nofake', H + '/about/', 'utf-8',
    site_page('关于我们', '<p>本店只卖自主设计款，不卖A货、不卖高仿，假一赔十。</p>', F2i),
    '-', 'trap: refusal of A货/高仿')
add('main', s, 'meijia-return', H + '/shipping-returns/', 'utf-8',
    site_page('退换说明', '<p>穿戴甲属于贴身用品，售出一律不支持无理由退货。</p>', F2i),
    'RETURN_REFUSED', 'RETURN_REFUSED: press-on nails in sealed retail are not in the statutory exemptions (消保法第二十五条)')
add('main', s, 'meijia-cert', H + '/license/', 'utf-8',
    site_page('资质公示', '<p>经营主体：广州市美甲饰品有限公司 统一社会信用代码 %s</p>' % UNREG['meijia_other'], F2i),
    'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the displayed code is not in the registry (电商法第十五条)')

# I3 金石珠宝 (main, big5, HK seller)
s, H = 'I3', 'http://www.jinshi-jewel.test'
F3 = '深圳金石珠寶有限公司　統一社會信用代碼：%s<br>港ICP備20230088號' % C['jinshi'][0]
F3b = '深圳金石珠寶有限公司　統一社會信用代碼：%s' % C['jinshi'][0]
add('main', s, 'jinshi-home', H + '/', 'big5',
    site_page('金石珠寶', '<p>香港設計 深圳直發 內地包郵</p>', F3),
    'ICP_INVALID', 'ICP_INVALID: 港 is no ICP province abbreviation (非经营性互联网信息服务备案管理办法); licence code valid, registry 存续')
add('main', s, 'jinshi-jade', H + '/jade.html', 'big5',
    site_page('翡翠手鐲', '<p>本店翡翠均為天然A貨，未經酸洗充膠，附國檢證書。</p>', F3b),
    '-', 'trap: 翡翠A货 is the trade grade for untreated natural jadeite, not a counterfeit word')
add('main', s, 'jinshi-bag', H + '/bag.html', 'big5',
    site_page('手袋', '<p>高倣名牌手袋，五金刻字一比一。</p>', F3b),
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 高倣 (variant of 高仿) for brand bags (商标法第五十七条)')
add('main', s, 'jinshi-gold', H + '/gold.html', 'big5',
    site_page('足金吊墜', '<p>中國馳名商標 金石珠寶 足金999。</p>', F3b),
    'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 馳名商標 in traditional script (商标法第十四条第五款); 足金999 is a GB 11887 fineness grade')

# I4 康源生物 (main, gb18030)
s, H = 'I4', 'http://www.kangyuan-health.test'
F4 = foot('kangyuan', '齐ICP备18004455号')
F4b = foot('kangyuan', '鲁ICP备18004455号-1')
add('main', s, 'kangyuan-home', H + '/', 'gb18030',
    site_page('康源生物 𠮷祥水', '<p>𠮷祥牌富硒饮用水。</p>', F4),
    'ICP_INVALID', 'ICP_INVALID: 齐 is not an ICP province abbreviation (鲁 is) (非经营性互联网信息服务备案管理办法)')
add('main', s, 'kangyuan-water', H + '/water.html', 'gb18030',
    site_page('𠮷祥富硒水', '<p>长期饮用抑制癌细胞生长，术后康复必备。</p>', F4b),
    'FALSE_CLAIM', 'FALSE_CLAIM: drinking water claimed to inhibit cancer (广告法第十七条, 第二十八条)')
add('main', s, 'kangyuan-honour', H + '/honor.html', 'gb18030',
    site_page('企业荣誉', '<p>𠮷祥水荣获“国家质量免检产品”称号。</p>', F4b),
    'FALSE_HONOUR', 'FALSE_HONOUR: 免检产品 scheme abolished 2008 (广告法第二十八条)')
add('main', s, 'kangyuan-faq', H + '/faq.html', 'gb18030',
    site_page('常见问题', '<p>问：𠮷祥水能治病吗？答：不能，本品是饮用水，不能代替药物。</p>', F4b),
    '-', 'trap: denial of curative effect')

# I5 绿野户外 (main, utf-8; home and one page with BOM)
s, H = 'I5', 'https://www.lvye-outdoor.test'
F5 = '<a href="/license.html"><img src="/img/yyzz.png" alt="营业执照电子版"></a><br><a href="https://beian.miit.gov.cn/">浙ICP备20210314号-2</a> 浙公网安备 33010602011234号'
add('main', s, 'lvye-home', H + '/', 'utf-8',
    site_page('绿野户外', '<p>徒步 露营 登山装备</p>', F5),
    '-', 'trap: licence shown as an image link to the licence page (电商法第十五条 allows 链接标识); ICP 浙 and 3301 agree', bom=True)
add('main', s, 'lvye-crossbow', H + '/p/nu.html', 'utf-8',
    site_page('狩猎弓弩 钢臂 射程80米', '<p>配钢箭12支，送瞄准镜。</p>', F5),
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: crossbows are banned from sale (公安部等《关于加强弩管理的通知》; 国家禁售)', bom=True)
add('main', s, 'lvye-knife', H + '/p/knife.html', 'utf-8',
    site_page('露营折刀', '<p>刃长7cm，不属于管制刀具（GA/T 68-2019）。本店不售匕首、弹簧刀等管制刀具。</p>', F5),
    '-', 'trap: a small folding knife outside GA/T 68 with a refusal of 管制刀具')
add('main', s, 'lvye-jacket', H + '/p/jacket.html', 'utf-8',
    site_page('超轻冲锋衣', '<p>全球最轻的三层冲锋衣，仅重198g。</p><div class="price">￥599 <s>市场价 ￥1299</s></div>', F5),
    'ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE', 'ABSOLUTE_TERM: 全球最轻 unprovable superlative (广告法第九条第三项); FAKE_ORIGINAL_PRICE: 市场价1299 above 599 seen 1.5 days before (明码标价和禁止价格欺诈规定第十六条)')
HIST.append(('main', 'jacket-1.5d.html', H + '/p/jacket.html', 1.5,
    site_page('超轻冲锋衣', '<div class="price">￥599</div>', F5), 'utf-8'))
add('main', s, 'lvye-about', H + '/about.html', 'utf-8',
    site_page('关于绿野', '<p>杭州绿野户外用品有限公司 统一社会信用代码：%s</p>' % broken(C['lvye'][0]), F5),
    'LICENSE_INVALID', 'LICENSE_INVALID: mistyped code fails the GB 32100 check (电商法第十五条, false display)')

# I6 白泽 (main, gbk, 1688-like B2B)
s, H = 'I6', 'http://www.baize-b2b.test'
F6 = '义乌白泽日用品有限公司 统一社会信用代码 %s 浙ICP备2023A0123号' % C['baize'][0]
F6b = '义乌白泽日用品有限公司 <a href="https://beian.miit.gov.cn/">浙ICP备20230123号-1</a>'
add('main', s, 'baize-home', H + '/', 'gbk',
    site_page('白泽日用品 源头工厂 一件代发', '<table class="offer"><tr><td>起批量</td><td>≥100件</td></tr></table>', F6),
    'ICP_INVALID,LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry names the code 义乌白泽工艺品厂, not the name shown (电商法第十五条); ICP_INVALID: 2023A0123 is not a filing number')
add('main', s, 'baize-dropship', H + '/daifa.html', 'gbk',
    site_page('一件代发说明', '<p>新店可安排补单刷销量，好评返佣，保证权重。</p>', F6b),
    'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 补单刷销量, paid reviews (电子商务法第十七条; 反不正当竞争法第八条)')
add('main', s, 'baize-towel', H + '/offer/towel.html', 'gbk',
    site_page('纯棉毛巾 批发', '<p>质量等级：一等品（GB/T 22864-2009）。</p><p>荣誉：中国名牌产品</p>', F6b),
    'FALSE_HONOUR', 'FALSE_HONOUR: 中国名牌产品 abolished scheme (广告法第二十八条); trap part: 一等品 is a GB/T grade')
add('main', s, 'baize-famous', H + '/offer/cup.html', 'gbk',
    site_page('保温杯 批发', '<p>驰名商标授权工厂，支持贴牌。</p>', F6b),
    'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 驰名商标 in a sales listing (商标法第十四条第五款)')

# I7 闲鱼交易论坛 (main, gbk, Discuz, no meta)
s, H = 'I7', 'http://bbs.xianyu-trade.test'
F7 = 'Powered by Discuz! X3.5 &copy; 2001-2026 Tencent Cloud.'
F7b = F7 + ' <a href="https://beian.miit.gov.cn/">苏ICP备21034567号-1</a>'
add('main', s, 'xianyu-home', H + '/', 'gbk',
    site_page('闲鱼交易论坛 - Powered by Discuz!', '<table><tr><td><a href="forum-2-1.html">二手交易区</a></td></tr></table>', F7),
    'ICP_MISSING,LICENSE_MISSING', 'LICENSE_MISSING: no licence display (电商法第十五条); ICP_MISSING: no ICP number (互联网信息服务管理办法第十二条); no charset meta', meta='')
add('main', s, 'xianyu-thread1', H + '/thread-1001-1-1.html', 'gbk',
    site_page('出超A 包包 支持鉴定', '<div class="t_f">超A级 LV老花 五金一比一，需要的私。</div>', F7b),
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 超A for a brand bag (商标法第五十七条); no charset meta', meta='')
add('main', s, 'xianyu-thread2', H + '/thread-1002-1-1.html', 'gbk',
    site_page('曝光：有人把高仿当正品卖', '<div class="t_f">大家注意，这个卖家收了钱发的是高仿，已报警。</div>', F7b),
    '-', 'trap: a warning post about a fake seller; nothing is offered', meta='utf-8')
add('main', s, 'xianyu-thread3', H + '/thread-1003-1-1.html', 'gbk',
    site_page('收/出 银行卡四件套', '<div class="t_f">出一类卡四件套，带U盾和手机卡，价格私聊。</div>', F7b),
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: selling bank-card sets (刑法第一百七十七条之一; 国家禁售); wrong charset meta utf-8 on gbk bytes', meta='utf-8')

# I8 云端软件 (holdout, utf-8)
s, H = 'I8', 'https://www.yunduan-soft.test'
F8 = '苏州云端软件有限公司 统一社会信用代码 %s<span style="display:none">苏ICP备20190088号</span>' % broken(C['yunduan'][0])
F8b = '苏州云端软件有限公司 <a href="https://beian.miit.gov.cn/">苏ICP备20190088号-1</a>'
add('holdout', s, 'yunduan-home', H + '/', 'utf-8',
    site_page('云端软件商城', '<p>正版软件 在线交付</p>', F8),
    'ICP_MISSING,LICENSE_INVALID', 'ICP_MISSING: the ICP number is hidden by display:none (互联网信息服务管理办法第十二条); LICENSE_INVALID: code fails its check character')
add('holdout', s, 'yunduan-course', H + '/course/licai.html', 'utf-8',
    site_page('理财训练营', '<p>跟着老师操作，保本保息，年化收益稳稳20%以上。</p>', F8b),
    'FALSE_CLAIM', 'FALSE_CLAIM: guaranteed returns (广告法第二十五条)')
add('holdout', s, 'yunduan-key', H + '/shop/key.html', 'utf-8',
    site_page('杀毒软件 激活码', '<p>激活码在线发放，属于在线下载的数字化商品，激活后不支持七天无理由退货。</p>', F8b),
    '-', 'trap: statutory exemption for downloaded software (消保法第二十五条第一款第三项)')

# I9 台茶 (holdout, big5)
s, H = 'I9', 'http://www.taiwan-tea.test'
F9 = '廈門台茶貿易有限公司　統一社會信用代碼 %s　閩ICP備123號' % C['taicha'][0]
add('holdout', s, 'taicha-home', H + '/', 'big5',
    site_page('台茶小舖', '<p>阿里山高山烏龍 直送大陸</p>', F9),
    'ICP_INVALID', 'ICP_INVALID: 3-digit filing number is malformed (非经营性互联网信息服务备案管理办法)')
add('holdout', s, 'taicha-oolong', H + '/oolong.html', 'big5',
    site_page('阿里山烏龍', '<p>全台灣第一好茶，喝過就回不去。</p>', F9),
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 全台湾第一好茶 (广告法第九条第三项)')

# I10 巧手工坊 (holdout, gbk)
s, H = 'I10', 'http://www.qiaoshou-diy.test'
F10 = '成都巧手工坊 版权所有'
F10b = '成都巧手工坊文化创意有限公司 统一社会信用代码 %s <a href="https://beian.miit.gov.cn/">蜀ICP备20240311号</a>' % UNREG['qiaoshou']
add('holdout', s, 'qiaoshou-home', H + '/index.html', 'gbk',
    site_page('巧手工坊 手作定制', '<p>婚礼伴手礼 企业定制</p>', F10),
    'ICP_MISSING,LICENSE_MISSING', 'LICENSE_MISSING: no licence (电商法第十五条); ICP_MISSING: no ICP (互联网信息服务管理办法第十二条)')
add('holdout', s, 'qiaoshou-custom', H + '/custom.html', 'gbk',
    site_page('私人定制 名字手链', '<p>按您提供的字样手工定做，定制商品不支持7天无理由退货。</p>', F10b),
    'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the code in the footer is not in the registry; trap part: 定作 return exemption is lawful (消保法第二十五条第一款第一项)')
add('holdout', s, 'qiaoshou-stock', H + '/stock.html', 'gbk',
    site_page('现货摆件', '<p>现货成品摆件，拍下即发，同样不支持7天无理由退货。</p>', F10b),
    'LICENSE_MISMATCH,RETURN_REFUSED', 'RETURN_REFUSED: stock ornaments are not made to order (消保法第二十五条); LICENSE_MISMATCH: footer code not in registry')


# ---- extra trap pages on main sites ----
add('main', 'I1', 'hongyun-honour', 'http://www.hongyun-tea.test/about/honour.html', 'gbk',
    site_page('企业荣誉', '<p>2021年，“洪运”被湖北省商务厅认定为湖北老字号。</p>', F1),
    '-', 'trap: a state-awarded title stated with authority and year (2023 绝对化用语 guideline: provable facts, official titles)')
add('main', 'I5', 'lvye-food', 'https://www.lvye-outdoor.test/p/rice.html', 'utf-8',
    site_page('自热米饭 6盒', '<p>最佳食用期：生产日期起12个月，开盒后请尽快食用。</p>', F5),
    '-', 'trap: 最佳食用期 is a storage tip (2023 guideline exemption)')
add('main', 'I6', 'baize-logo', 'http://www.baize-b2b.test/custom.html', 'gbk',
    site_page('来图定制logo', '<p>按客户来图印制logo，属定做商品，印刷后不退换；非定制款支持七天无理由退货。</p>', F6b),
    '-', 'trap: goods printed to the buyer\'s design are 定作 (消保法第二十五条第一款第一项); ordinary goods keep the 7-day right')

# ===================== S11 拼拼鲜果 (holdout, utf-8; group-buy and pre-sale) =====================
s, n = 'S11', '拼拼鲜果'
C['pinpin'] = (P('91', '330110', '72031584'), '杭州拼拼鲜果农业有限公司')
REGISTRY.append((C['pinpin'][0], C['pinpin'][1], '存续'))
add('holdout', s, 'pinpin-home', MU + '/shop/pin-pin_01/', 'utf-8',
    mall_home(n, n, '<div class="shop-license"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091330110720315&amp;signData=MEUCIQ">'
      '<img src="/lz.png" alt="电子营业执照"></a></div>' % C['pinpin'][0], '<div class="mall-mark shop-badge">商城认证</div>',
      '<div class="notice"><h3>店铺公告</h3><p>平台规定：禁止以返现、红包诱导好评，本店不参与任何好评返现活动，请按真实感受评价。</p></div>'),
    '-', 'trap: notice quotes the platform ban on 好评返现 and refuses it; licence via zzlz link whose serial begins with the shop\'s own registered code (电商法第十五条 allows 链接标识)')
add('holdout', s, 'pinpin-group', MU + '/item/pp11001.html', 'utf-8',
    mall_item('3人团 赣南脐橙 10斤', n, pr('29.9'),
      '<div class="group"><p>拼团规则：24小时内凑齐3人即发货，第一批次11月20日发出。</p></div>'),
    '-', 'trap: 第一批次 is a batch number, not a ranking claim')
add('holdout', s, 'pinpin-cake', MU + '/item/pp11002.html', 'utf-8',
    mall_item('预售 生日水果蛋糕 按需定制', n, pr('168'),
      '<p>蛋糕按您指定的尺寸和文字现做，属定作及鲜活易腐商品，不适用七日无理由退货。</p>'),
    '-', 'trap: made-to-order perishable cake, two statutory exemptions stated (消保法第二十五条第一款第一、二项)')
add('holdout', s, 'pinpin-towel', MU + '/item/pp11003.html', 'utf-8',
    mall_item('最生活 纯棉毛巾 3条装', n, pr('39'),
      '<p>品牌：最生活（注册商标）；质量等级：一等品。</p>'),
    '-', 'trap: 最 inside a registered brand name; 一等品 a standard grade (2023 guideline exemptions)')
add('holdout', s, 'pinpin-foot', MU + '/item/pp11004.html', 'utf-8',
    mall_item('泡脚木桶 家用', n, pr('89'),
      '<p>温馨提示：本品为普通生活用品，不能治疗任何疾病；糖尿病患者泡脚请遵医嘱，水温不超过40℃。</p>'),
    '-', 'trap: safety warning naming a disease, with a denial of treatment effects')

# ===================== I11 海淘优选 (holdout, gbk) =====================
s, H = 'I11', 'http://www.haitao-buy.test'
C['haitao'] = (P('91', '310101', '80213465'), '上海海淘优选电子商务有限公司')
REGISTRY.append((C['haitao'][0], C['haitao'][1], '存续'))
F11 = foot('haitao', '沪ICP备2022018888号-3', '<br>沪公网安备 31010102006789号')
add('holdout', s, 'haitao-home', H + '/', 'gbk',
    site_page('海淘优选 跨境正品', '<p>正品保障：海关清关，拒绝高仿A货。</p>', F11),
    '-', 'trap: refusal of 高仿A货; licence (registry 存续) and 沪ICP with 3101 公网安备 agree')
add('holdout', s, 'haitao-retro', H + '/goods/1985.html', 'gbk',
    site_page('品牌官方 1985经典款 复刻发售', '<p>由品牌方授权，官方复刻1985年自家经典款式，附品牌方授权书编号。</p>', F11),
    '-', 'trap: the brand\'s own authorised re-issue of its own design is lawful (商标法第五十七条 needs no licence from oneself)')
add('holdout', s, 'haitao-price', H + '/goods/bag.html', 'gbk',
    site_page('托特包', '<div class="price">今日特价 ￥199 <s>原价 ￥299</s></div>', F11),
    '-', 'trap: 原价299 was the price 1 day before; the lower 149 was 10 days before, outside the 7-day window (明码标价和禁止价格欺诈规定第十六条)')
HIST.append(('holdout', 'bag-10d.html', H + '/goods/bag.html', 10,
    site_page('托特包', '<div class="price">￥149</div>', F11), 'gbk'))
HIST.append(('holdout', 'bag-1d.html', H + '/goods/bag.html', 1,
    site_page('托特包', '<div class="price">￥299</div>', F11), 'gbk'))
add('holdout', s, 'haitao-points', H + '/points.html', 'gbk',
    site_page('积分说明', '<p>消费1元积1分，积分与优惠券按1:1兑换。</p>', F11),
    '-', 'trap: 1:1 is an exchange rate')

# ===================== writer =====================
def write_all(out):
    for side in ('main', 'holdout'):
        base = out if side == 'main' else os.path.join(out, 'holdout')
        os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
        os.makedirs(os.path.join(base, 'history'), exist_ok=True)
        lab = ['# file\turl\tcodes']
        nts = ['# file\tencoding\tbom\tnote']
        i = 0
        for (sd, site, name, url, enc, bom, meta, html, codes, note) in PAGES:
            if sd != side:
                continue
            i += 1
            fn = 'pages/%03d-%s.html' % (i, name)
            with open(os.path.join(base, fn), 'wb') as f:
                f.write(encode(html, enc, bom, meta))
            lab.append('%s\t%s\t%s' % (fn, url, codes))
            if meta == '':
                note += '; no <meta charset>'
            elif meta is not None:
                note += '; wrong <meta charset> %s (bytes are %s)' % (meta, enc)
            nts.append('%s\t%s\t%s\t%s' % (fn, enc, 'yes' if bom else 'no', note))
        his = ['# file\turl\tdays_before']
        for (sd, fname, url, days, html, enc) in HIST:
            if sd != side:
                continue
            with open(os.path.join(base, 'history', fname), 'wb') as f:
                f.write(encode(html, enc, False, None))
            his.append('history/%s\t%s\t%s' % (fname, url, days))
        for nm, rows in (('labels.tsv', lab), ('notes.tsv', nts), ('history.tsv', his)):
            with open(os.path.join(base, nm), 'w', encoding='utf-8') as f:
                f.write('\n'.join(rows) + '\n')
    with open(os.path.join(out, 'registry.tsv'), 'w', encoding='utf-8') as f:
        f.write('# code\tname\tstatus\n')
        for r in REGISTRY:
            f.write('\t'.join(r) + '\n')

GEN = ['pages', 'labels.tsv', 'notes.tsv', 'history.tsv', 'history', 'holdout', 'registry.tsv']

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv:
        tmp = tempfile.mkdtemp()
        write_all(tmp)
        bad = []
        for root, _, files in os.walk(tmp):
            for fn in files:
                p = os.path.join(root, fn)
                rel = os.path.relpath(p, tmp)
                q = os.path.join(here, rel)
                if not os.path.exists(q) or not filecmp.cmp(p, q, shallow=False):
                    bad.append(rel)
        for g in GEN:
            gp = os.path.join(here, g)
            if os.path.isdir(gp):
                for root, _, files in os.walk(gp):
                    for fn in files:
                        rel = os.path.relpath(os.path.join(root, fn), here)
                        if not os.path.exists(os.path.join(tmp, rel)):
                            bad.append(rel)
        shutil.rmtree(tmp)
        if bad:
            print('differs:', *bad, sep='\n  ')
            sys.exit(1)
        print('ok')
        return
    for g in GEN:
        gp = os.path.join(here, g)
        if os.path.isdir(gp):
            shutil.rmtree(gp)
        elif os.path.exists(gp):
            os.remove(gp)
    write_all(here)

if __name__ == '__main__':
    main()
