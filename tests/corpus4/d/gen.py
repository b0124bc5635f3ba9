#!/usr/bin/env python3
"""corpus4/d generator. Every page, label and note below is written by hand.
python3 gen.py          -> (re)writes pages/, holdout/, *.tsv
python3 gen.py --check  -> regenerates into a temp dir and compares byte for byte."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, regno, plat, site, encode

M = 'http://mall.wangjian.test'
PAGES = []      # (site, file, url, enc, bom, html, codes, note, holdout, history, ids)
REG = []        # (code, name, status)


def page(site_, name, url, enc, html, codes, note, hold=False, bom=False, hist=(), ids=()):
    PAGES.append((site_, name, url, enc, bom, html, codes, note, hold, list(hist), list(ids)))


def reg(code, name, status='存续'):
    REG.append((code, name, status))
    return code

# ---------------- companies (code, registry row) ----------------
# 浙 330xxx, 苏 320xxx, 粤 440xxx, 闽 350xxx, 京 110xxx, 沪 310xxx, 鲁 370xxx, 川 510xxx
YUNSHAN = reg(uscc('91', '330110', 'MA2H7K3T'), '杭州云山茶业有限公司')
HAIBEI = reg(uscc('91', '350203', 'MA31XK6B'), '厦门海贝生鲜食品有限公司')
LANQI = reg(uscc('91', '440111', 'MA5CQ7D2'), '广州蓝琪箱包有限公司')
DONGFANG_BAD = uscc('91', '370102', 'MA3N8E1Q', valid=False)      # check char wrong
XINYU = reg(uscc('91', '350582', 'MA2Y4P7L'), '晋江鑫宇鞋业有限公司', '吊销')
BAICAO = reg(uscc('91', '310115', 'MA1FL3R6'), '上海百草化妆品有限责任公司')  # page says 有限公司
MEIJIA = reg(uscc('91', '330681', 'MA2D9W4C'), '诸暨美佳家居有限公司')
KAITE = reg(uscc('91', '440300', 'MA5G2H8K'), '深圳凯特数码科技有限公司')
LIANGPIN = reg(uscc('91', '320583', 'MA1X6T2N'), '昆山良品母婴用品有限公司')
GUANGCAI_BAD = regno('44010400012345', valid=False)
GUANGCAI_OK = reg(regno('44010400067890'), '广州光彩珠宝有限公司')
ZHENPIN = uscc('91', '110105', 'MA01C7Q8')                          # valid, not in registry
QINGSHAN = reg(uscc('91', '510104', 'MA6B3J5U'), '成都青山酒业有限公司', '经营异常')
MOLI = reg(uscc('91', '330782', 'MA28P1E9'), '义乌茉莉服饰有限公司')
TIANYI_BAD = uscc('91', '320214', 'MA1R5W3M', valid=False)
HUAYANG_NONE = None
RUIFENG = reg(uscc('91', '330304', 'MA2L8N6F'), '温州瑞丰五金有限公司')  # shown only inside a comment: not displayed
ANXIN = None
JINHE = None
BAOLI = reg(uscc('91', '440604', 'MA4W2K9D'), '佛山宝丽陶瓷有限公司')
BAOLI_BR = reg(uscc('91', '440604', 'MA4X6H1T'), '佛山宝丽陶瓷有限公司南海分公司')
SHUNDA = reg(uscc('91', '330203', 'MA2G4Q7A'), '宁波顺达小家电有限公司')


def shop(sid, name, mark, lic, body, cs='utf-8'):
    return plat(name, '<div class="shop-head"><h1 class="shop-name">%s</h1>%s</div>\n'
                '<div class="shop-main">%s</div>\n%s' % (name, mark, body, lic), cs)


def item(title, body, cs='utf-8'):
    return plat(title, '<div class="item-main"><h1 class="item-title">%s</h1>\n%s</div>' % (title, body), cs)


MARK = '<span class="mall-mark"><img src="/static/mark.png" alt="网剑商城认证店铺">认证店铺</span>'

# ================= platform: 云山茶业 (UTF-8) =================
S = 'yunshan'
page(S, '001-yunshan-home', M + '/shop/yunshan/', 'utf-8', shop('yunshan', '云山茶业旗舰店', MARK,
     '<div class="shop-license">营业执照：杭州云山茶业有限公司<br>统一社会信用代码：%s</div>' % YUNSHAN,
     '<ul><li>2026明前龙井 一级</li><li>九曲红梅 特级</li></ul><p>开封后请密封冷藏，最佳饮用期为开封后30天内。</p>'),
     '-', 'trap: 最佳饮用期 is a storage tip (2023 绝对化用语 guideline), not a claim under 广告法 第九条; licence valid and in registry, mark shown',
     ids=[(YUNSHAN, True)])
page(S, '002-yunshan-item-longjing', M + '/item/ys1001.html', 'utf-8', item('明前龙井 250g 罐装',
     '<div class="price-box"><p>划线价 <del class="price origin">¥368.00</del></p>'
     '<p>到手价 <span class="price now">¥238.00</span> <em>券后</em></p>'
     '<p class="price-note">价格说明：划线价为商品的专柜价、吊牌价或该商品曾经展示过的销售价，仅供参考。</p></div>'
     '<p>产地：杭州西湖区 | 等级：一级（GB/T 18650）</p>'),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 划线价 368 above the 228 shown 3 days earlier; the generic 价格说明 footnote names no concrete basis (明码标价和禁止价格欺诈规定 第十六条); 一级 is a standard grade',
     hist=[(3, item('明前龙井 250g 罐装', '<p>售价 <span class="price">¥228.00</span></p>'))])
page(S, '003-yunshan-item-hongmei', M + '/item/ys1002.html', 'utf-8', item('九曲红梅 特级 100g',
     '<div class="price-box"><span>日常价</span><s class="price">¥128</s> <span>活动价</span><b class="price">¥99</b></div>'
     '<p>特级为GB/T 35810-2018 红茶分级中的等级名称。</p>'),
     '-', 'trap: 日常价 128 equals the lowest price seen in the 7 days before (128 at 2 days); the 88 capture is 9 days old, outside the 7-day window (第十六条); 特级 is a standard grade',
     hist=[(9, item('九曲红梅 特级 100g', '<b class="price">¥88</b>')), (2, item('九曲红梅 特级 100g', '<b class="price">¥128</b>'))])

# ================= platform: 海贝生鲜 (GBK) =================
S = 'haibei'
page(S, '004-haibei-home', M + '/shop/haibei/', 'gbk', shop('haibei', '海贝生鲜专营店',
     '<div class="shop-badges"><i class="icon mall-mark" title="网剑商城亮标"></i> 平台认证</div>',
     '<table class="shop-license"><tr><td>企业名称</td><td>厦门海贝生鲜食品有限公司</td></tr>'
     '<tr><td>统一社会信用代码</td><td>%s</td></tr><tr><td>食品经营许可证</td><td>JY13502030012345</td></tr></table>' % HAIBEI,
     '<p>鲜活海产当日捕捞，顺丰冷链。生鲜类商品签收后不支持七天无理由退货，到货死亡包赔。</p>', 'gbk'),
     '-', 'trap: 鲜活易腐 goods are a statutory exemption from 七日无理由退货 (消费者权益保护法 第二十五条第一款第二项); licence and mark (class list contains mall-mark) shown',
     ids=[(HAIBEI, True)])
page(S, '005-haibei-item-crab', M + '/item/hb2001.html', 'gbk', item('鲜活梭子蟹 2斤装',
     '<p>会员价 <span class="price vip">¥79</span> 参考价 <span class="price ref">¥79</span></p>'
     '<p>鲜活商品，不适用七天无理由退货；死蟹包赔，请签收时当面验货。</p>', 'gbk'),
     '-', 'trap: fresh live goods exempt under 消费者权益保护法 第二十五条 (二); 参考价 equals the current price and no history exists')

# ================= platform: 蓝琪箱包 (UTF-8) =================
S = 'lanqi'
page(S, '006-lanqi-home', M + '/shop/lanqi/', 'utf-8', shop('lanqi', '蓝琪箱包工厂店', '',
     '<div class="shop-license">%s<br>广州蓝琪箱包有限公司</div>' % ('统一社会信用代码 ' + LANQI),
     '<p>源头工厂 十五年箱包代工经验</p>'),
     'MARK_MISSING', 'MARK_MISSING: shop home on mall.wangjian.test with no mall-mark element (平台为网店亮标, seed profile); licence valid',
     ids=[(LANQI, True)])
page(S, '007-lanqi-item-tote', M + '/item/lq3001.html', 'utf-8', item('大容量托特包 女款',
     '<p><span class="price">¥159</span></p><p>专柜同款五金，高&nbsp;仿细节做到位，对比正品看不出区别，放心入。</p>'),
     'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 高 仿 split by a non-breaking space, offered against 正品 (商标法 第五十七条)')
page(S, '008-lanqi-item-case', M + '/item/lq3002.html', 'utf-8', item('20寸登机箱 PC材质',
     '<p><span class="price">¥239</span></p><p>行李箱尺寸与机场量框1:1对照测试，符合民航登机要求；发货附原单号便于查询物流。</p>'),
     '-', 'trap: 1:1 means a fit test against the airline gauge and 原单号 is an order number; no counterfeit offer (商标法 第五十七条 not engaged)')

# ================= platform: 金禾保健 (GBK) =================
S = 'jinhe'
page(S, '009-jinhe-home', M + '/shop/jinhe/', 'gbk', shop('jinhe', '金禾滋补养生馆', MARK, '',
     '<p>正宗长白山人参 野山参 鹿茸片</p><p>客服电话 0431-8888XXXX</p>', 'gbk'),
     'LICENSE_MISSING', 'LICENSE_MISSING: shop home shows no licence, link or 第十条 statement; the platform footer is the platform\'s identity (电子商务法 第十五条)')
page(S, '010-jinhe-item-ginseng', M + '/item/jh4001.html', 'gbk', item('人参片 礼盒装',
     '<p><span class="price">¥298</span></p><p>坚持服用三个月，血糖稳稳降下来，老糖友都说好，可以慢慢把降糖药停了。</p>', 'gbk'),
     'FALSE_CLAIM', 'FALSE_CLAIM: a food claimed to lower blood sugar and replace medicine (广告法 第十七条)')

# ================= platform: 东方家电 (GB18030) — HOLDOUT =================
S = 'dongfang'
page(S, '011-dongfang-home', M + '/shop/dongfang/', 'gb18030', shop('dongfang', '东方家电专卖🔥', MARK,
     '<p class="shop-license">济南东方家电销售有限公司 ｜ 信用代码：%s</p>' % DONGFANG_BAD,
     '<p>济南本地送装一体 🔧 以旧换新</p>', 'gb18030'),
     'LICENSE_INVALID', 'LICENSE_INVALID: displayed code fails its GB 32100 check character (电子商务法 第十五条; false display). GB18030 page with emoji outside GBK',
     hold=True, ids=[(DONGFANG_BAD, False)])
page(S, '012-dongfang-item-fridge', M + '/item/df5001.html', 'gb18030', item('对开门冰箱 520L 一级能效',
     '<table class="sku"><tr><td>市场价</td><td><del class="price market">¥4599</del></td></tr>'
     '<tr><td>促销价</td><td><span class="price sale">¥3299 - ¥3599</span></td></tr></table>'
     '<p>一级能效按 GB 12021.2 标注 🧊</p>', 'gb18030'),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 市场价 4599 above the 3999 shown 5 days earlier (第十六条); 一级能效 is a standard grade',
     hold=True, hist=[(5.5, item('对开门冰箱 520L 一级能效', '<span class="price">¥3999</span>', 'gb18030'))])

# ================= platform: 鑫宇鞋业 (UTF-8) — HOLDOUT =================
S = 'xinyu'
page(S, '013-xinyu-home', M + '/shop/xinyu/', 'utf-8', shop('xinyu', '鑫宇运动鞋源头厂',
     '<span class="mall-mark" style="display:none">认证店铺</span>',
     '<div class="shop-license"><dl><dt>主体名称</dt><dd>晋江鑫宇鞋业有限公司</dd><dt>统一社会信用代码</dt><dd>%s</dd></dl></div>' % XINYU,
     '<p>晋江源头工厂，支持一件代发。</p>'),
     'LICENSE_MISMATCH,MARK_MISSING', 'LICENSE_MISMATCH: registry status 吊销 (电子商务法 第十五条, licence information must be true); MARK_MISSING: the mall-mark element is display:none, not displayed (平台亮标)',
     hold=True, ids=[(XINYU, True)])
page(S, '014-xinyu-item-runner', M + '/item/xy6001.html', 'utf-8', item('透气跑步鞋 男',
     '<p><span class="price">¥129</span></p><div class="promo">收货后五星好评+带图评价，联系客服领5元红包，差评不返。</div>'),
     'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: cash red packet for a five-star review with photos (电子商务法 第十七条; 反不正当竞争法 第八条)',
     hold=True)

# ================= platform: 百草化妆品 (UTF-8) =================
S = 'baicao'
page(S, '015-baicao-home', M + '/shop/baicao/', 'utf-8', shop('baicao', '百草美妆官方店', MARK,
     '<div class="shop-license">上海百草化妆品有限公司　统一社会信用代码 %s</div>' % BAICAO,
     '<p>植萃护肤，源自百草。</p>'),
     'LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry name is 上海百草化妆品有限责任公司, page shows 有限公司 (a different name; 电子商务法 第十五条)',
     ids=[(BAICAO, True)])
page(S, '016-baicao-item-cream', M + '/item/bc7001.html', 'utf-8', item('百草修护面霜 50g',
     '<p><span class="price">¥169</span></p><p>百草品牌荣获“中国驰名商标”称号，品质值得信赖。</p>'),
     'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 驰名商标 used in advertising a product (商标法 第十四条第五款)')

# ================= platform: 美佳家居 (GBK) =================
S = 'meijia'
page(S, '017-meijia-home', M + '/shop/meijia/', 'gbk', shop('meijia', '美佳家居生活馆', MARK,
     '<div class="shop-license"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1000000001772&amp;signData=MEUCIQ">'
     '<img src="/img/lz.png" alt="电子营业执照亮照"></a></div>' % MEIJIA,
     '<p>原木家具，诸暨自有工厂。</p>', 'gbk'),
     '-', 'trap: licence shown through the SAMR electronic-licence link whose serial starts with the company\'s own registered code (市场主体登记管理条例 第二十二条); mark shown',
     ids=[(MEIJIA, True)])
page(S, '018-meijia-item-sofa', M + '/item/mj8001.html', 'gbk', item('头层牛皮沙发 三人位',
     '<p><span class="price">¥5999</span></p><p>顶级头层皮，业内公认最好的真皮沙发，坐感无可比拟。</p>', 'gbk'),
     'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 顶级 / 最好的 as product claims (广告法 第九条第三项)')
page(S, '019-meijia-item-table', M + '/item/mj8002.html', 'gbk', item('老榆木茶桌',
     '<p><span class="price">¥2380</span></p><p>店主说：我们不敢说自己是最好的，只说每一块木料都亲手挑过。</p>', 'gbk'),
     '-', 'trap: 最好的 is negated (不敢说自己是最好的), no superlative claim (广告法 第九条 not engaged)')

# ================= platform: 花样农场 (UTF-8) =================
S = 'huayang'
page(S, '020-huayang-home', M + '/shop/huayang/', 'utf-8', shop('huayang', '花样农场自家蜂蜜', MARK,
     '<div class="shop-license">本店为个人销售自产农副产品，依照《电子商务法》第十条规定不需要办理市场主体登记。</div>',
     '<p>秦岭山里自家养的中蜂，一年只摇一次。</p>'),
     '-', 'trap: no licence code but the 电子商务法 第十条 exemption statement is displayed, which 第十五条 accepts; mark shown')
page(S, '021-huayang-item-honey', M + '/item/hy9001.html', 'utf-8', item('土蜂蜜 500g',
     '<p>原价 <s class="price">¥98</s> 现价 <span class="price">¥68</span></p>'),
     '-', 'trap: 原价 98 but no capture of this URL exists in the 7 days before, so nothing contradicts it in the observed data (第十六条 check needs history)')

# ================= platform: 凯特数码 (UTF-8 with BOM) =================
S = 'kaite'
page(S, '022-kaite-home', M + '/shop/kaite/', 'utf-8', shop('kaite', '凯特数码配件',
     '<div class="shop-tags"><span class="tag gold mall-mark">网剑认证</span></div>',
     '<div class="shop-license"><img src="/lic/kaite.jpg" alt="营业执照 深圳凯特数码科技有限公司 统一社会信用代码%s"></div>' % KAITE,
     '<p>原装数据线、充电头。</p>'),
     '-', 'trap: licence shown as an image with the code in alt text (a licence image satisfies 第十五条); mark token mall-mark present among other classes',
     bom=True, ids=[(KAITE, True)])
page(S, '023-kaite-item-charger', M + '/item/kt1101.html', 'utf-8', item('65W 氮化镓充电器',
     '<div class="sku-price"><p>划线价 <del class="price">¥199-¥259</del></p><p>到手价 <span class="price">¥129-¥169</span></p></div>'),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 划线价 from 199 while 139 was shown 1.5 days earlier (第十六条)',
     bom=True, hist=[(1.5, item('65W 氮化镓充电器', '<span class="price">¥139-¥179</span>'))])

# ================= platform: 瑞丰工具 (GBK) — HOLDOUT =================
S = 'ruifeng'
page(S, '024-ruifeng-home', M + '/shop/ruifeng/', 'gbk', shop('ruifeng', '瑞丰五金工具',
     '<span class="mall-mark-v2">认证</span>',
     '<!-- 营业执照 温州瑞丰五金有限公司 %s -->' % RUIFENG,
     '<p>五金工具 户外用品 批发零售</p>', 'gbk'),
     'LICENSE_MISSING,MARK_MISSING', 'LICENSE_MISSING: the licence is only inside an HTML comment, not displayed (第十五条); MARK_MISSING: class mall-mark-v2 is not the exact token mall-mark',
     hold=True, ids=[(RUIFENG, True)])
page(S, '025-ruifeng-item-stun', M + '/item/rf1201.html', 'gbk', item('户外防身器 高压脉冲',
     '<p><span class="price">¥188</span></p><p>大功率电击器，一击制敌，女生夜跑必备，顺丰隐私发货。</p>', 'gbk'),
     'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 电击器 is a controlled weapon-like item banned from sale (公安部 管制器具; 国家禁售)',
     hold=True)

# ================= platform: 良品母婴 (UTF-8) =================
S = 'liangpin'
page(S, '026-liangpin-home', M + '/shop/liangpin/', 'utf-8', shop('liangpin', '良品母婴', MARK,
     '<div class="shop-license"><p>公司名称</p><p>昆山良品母婴用品有限公司</p><p>统一社会信用代码</p><p>%s</p></div>' % LIANGPIN,
     '<p>孕婴童用品一站购。</p>'),
     '-', 'trap: stacked label/value licence block, code valid and in registry; mark shown', ids=[(LIANGPIN, True)])
page(S, '027-liangpin-item-bottle', M + '/item/lp1301.html', 'utf-8', item('宽口径玻璃奶瓶',
     '<p><span class="price">¥69</span></p><p>国家免检产品，质量过硬。</p>'),
     'FALSE_HONOUR', 'FALSE_HONOUR: 免检产品 scheme abolished in 2008, the honour cannot be true (广告法 第二十八条)')
page(S, '028-liangpin-item-wipes', M + '/item/lp1302.html', 'utf-8', item('婴儿湿巾 80抽×10包',
     '<p><span class="price">¥39.9</span></p><p>本品已通过出厂检验，非免检产品；每批次附检验报告。</p>'),
     '-', 'trap: 非免检产品 denies the abolished honour; a factory test is a provable fact (广告法 第二十八条 not engaged)')

# ================= platform: 光彩珠宝 (GBK) — HOLDOUT =================
S = 'guangcai'
page(S, '029-guangcai-home', M + '/shop/guangcai/', 'gbk', shop('guangcai', '光彩珠宝翡翠馆', '',
     '<div class="shop-license">营业执照注册号：<span>%s</span>（广州光彩珠宝有限公司）</div>' % GUANGCAI_BAD,
     '<p>缅甸翡翠 源头直播</p>', 'gbk'),
     'LICENSE_INVALID,MARK_MISSING', 'LICENSE_INVALID: the 15-digit 注册号 fails its ISO 7064 MOD 11,10 check (第十五条, false display); MARK_MISSING: no mall-mark element',
     hold=True, ids=[(GUANGCAI_BAD, False)])
page(S, '030-guangcai-item-jade', M + '/item/gc1401.html', 'gbk', item('天然翡翠A货 冰种手镯',
     '<p><span class="price">¥3680</span></p><p>A货即未经酸洗充胶的天然翡翠，附国检证书（GB/T 16553），可复检。</p>', 'gbk'),
     '-', 'trap: 翡翠A货 is the trade term for untreated natural jadeite (GB/T 16553), not a counterfeit; 商标法 第五十七条 not engaged', hold=True)
page(S, '031-guangcai-item-pendant', M + '/item/gc1402.html', 'gbk', item('和田玉平安扣',
     '<p>划线价 <del class="price">¥1280</del> 直播价 <span class="price">¥880</span></p>', 'gbk'),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 划线价 1280 above the 860 live price captured 6.5 days earlier (第十六条)',
     hold=True, hist=[(6.5, item('和田玉平安扣', '<span class="price">¥860</span>', 'gbk')), (1, item('和田玉平安扣', '<span class="price">¥1280</span>', 'gbk'))])

# ================= platform: 臻品轻奢 (UTF-8) =================
S = 'zhenpin'
page(S, '032-zhenpin-home', M + '/shop/zhenpin/', 'utf-8', shop('zhenpin', '臻品轻奢小铺', MARK,
     '<div class="shop-license">北京臻品商贸有限公司<br>统一社会信用代码：%s</div>' % ZHENPIN,
     '<p>轻奢配饰 小众设计</p>'),
     'LICENSE_MISMATCH', 'LICENSE_MISMATCH: code passes its check but is absent from the registry extract (电子商务法 第十五条)',
     ids=[(ZHENPIN, True)])
page(S, '033-zhenpin-item-bag', M + '/item/zp1501.html', 'utf-8', item('经典款链条包',
     '<p><span class="price">¥899</span></p><p>顶级复刻 1比1开模，五金刻字与专柜一致，懂货的来。</p>'),
     'ABSOLUTE_TERM,COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 顶级复刻, 1比1开模 copying a brand (商标法 第五十七条); ABSOLUTE_TERM: 顶级 as a claim (广告法 第九条第三项)')

# ================= platform: 青山酒业 (GBK) =================
S = 'qingshan'
page(S, '034-qingshan-home', M + '/shop/qingshan/', 'gbk', shop('qingshan', '青山酒业直营店', MARK,
     '<div class="shop-license"><span>成都青山酒业有限公司</span> <span>统一社会信用代码：%s</span></div>' % QINGSHAN,
     '<p>浓香型白酒 原浆 散酒</p>', 'gbk'),
     'LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry status 经营异常 (电子商务法 第十五条)', ids=[(QINGSHAN, True)])
page(S, '035-qingshan-item-baijiu', M + '/item/qs1601.html', 'gbk', item('52度浓香原浆 500ml×6',
     '<p><span class="price">¥399</span></p><p>温馨提示：酒类商品一经售出概不退换，不支持7天无理由退货，介意慎拍。</p>', 'gbk'),
     'RETURN_REFUSED', 'RETURN_REFUSED: sealed bottled liquor is none of the exempt kinds in 消费者权益保护法 第二十五条')

# ================= platform: 安心大药房 (UTF-8) =================
S = 'anxin'
page(S, '036-anxin-home', M + '/shop/anxin/', 'utf-8', shop('anxin', '安心健康好物', '',
     '', '<p>家用医疗器械 血压计 制氧机</p><p>联系我们：anxin_kf（微信）</p>'),
     'LICENSE_MISSING,MARK_MISSING', 'LICENSE_MISSING: no licence, link or exemption statement on the shop home (第十五条); MARK_MISSING: no mall-mark element')
page(S, '037-anxin-item-bp', M + '/item/ax1701.html', 'utf-8', item('上臂式电子血压计',
     '<div class="prices"><p>日常价 <span class="price old">¥259</span></p><p>限时价 <span class="price">¥169</span></p></div>'),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 日常价 259 above the 179 captured 4 days earlier (第十六条)',
     hist=[(4, item('上臂式电子血压计', '<span class="price">¥179</span>'))])

# ================= platform: 茉莉服饰 (UTF-8) =================
S = 'moli'
page(S, '038-moli-home', M + '/shop/moli/', 'utf-8', shop('moli', '茉莉女装', MARK,
     '<div class="shop-license">统一社会信用代码：<span>%s</span><span>%s</span> 义乌茉莉服饰有限公司</div>' % (MOLI[:9], MOLI[9:]),
     '<p>原创设计 小众女装</p>'),
     '-', 'trap: a valid code split across two spans; licence displayed, in registry; mark shown', ids=[(MOLI, True)])
page(S, '039-moli-item-dress', M + '/item/ml1801.html', 'utf-8', item('真丝连衣裙',
     '<p><span class="price">¥459</span></p><p>洗涤说明：最佳水温30℃以下，手洗，勿暴晒。</p>'),
     '-', 'trap: 最佳水温 is a care tip, not a claim (2023 guideline on 广告法 第九条)')
page(S, '040-moli-item-coat', M + '/item/ml1802.html', 'utf-8', item('双面羊绒大衣',
     '<p>吊牌价 <del class="price">¥2999</del> 到手 <span class="price">¥1299</span></p>'),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: compared 吊牌价 2999 above the 999 captured 2 days earlier; no other basis for the compared price is stated (第十六条)',
     hist=[(2, item('双面羊绒大衣', '<span class="price">¥999</span>'))])

# ================= platform: 天益电子 (GBK) — HOLDOUT =================
S = 'tianyi'
page(S, '041-tianyi-home', M + '/shop/tianyi/', 'gbk', shop('tianyi', '天益电子元器件', MARK,
     '<div class="shop-license">无锡天益电子有限公司 统一社会信用代码：<b>%s</b><b>%s</b></div>' % (TIANYI_BAD[:10], TIANYI_BAD[10:]),
     '<p>电阻电容 芯片 现货</p>', 'gbk'),
     'LICENSE_INVALID', 'LICENSE_INVALID: code split across two tags fails its GB 32100 check character (第十五条)',
     hold=True, ids=[(TIANYI_BAD, False)])
page(S, '042-tianyi-item-chip', M + '/item/ty1901.html', 'gbk', item('STM32F103C8T6 主控芯片',
     '<p>参考价 <del class="price">¥12.50</del> 批量价 <span class="price">¥9.80</span></p><p>原装正品 非翻新 支持第三方检测。</p>', 'gbk'),
     '-', 'trap: 参考价 12.50 equals the lowest price captured in the 7 days before (12.50 at 3 days); the 8.80 capture is 10 days old', hold=True,
     hist=[(10, item('STM32F103C8T6 主控芯片', '<span class="price">¥8.80</span>', 'gbk')), (3, item('STM32F103C8T6 主控芯片', '<span class="price">¥12.50</span>', 'gbk'))])

# ================= platform: 宝丽陶瓷 分公司 (UTF-8, no charset meta) =================
S = 'baoli'
page(S, '043-baoli-home', M + '/shop/baoli/', 'utf-8', shop('baoli', '宝丽陶瓷南海店', MARK,
     '<div class="shop-license">佛山宝丽陶瓷有限公司南海分公司　统一社会信用代码 %s</div>' % BAOLI_BR,
     '<p>瓷砖 岩板 卫浴</p>', None),
     '-', 'trap: a branch (分公司) shows its own code, registered under the branch name as 存续. Missing <meta charset>',
     ids=[(BAOLI_BR, True)])
page(S, '044-baoli-item-tile', M + '/item/bl2001.html', 'utf-8', item('800×800 通体大理石瓷砖',
     '<p><span class="price">¥89/片</span></p><p>优等品（GB/T 4100-2015），吸水率≤0.5%。</p>', None),
     '-', 'trap: 优等品 is a grade defined by the national standard. Missing <meta charset>')
page(S, '045-baoli-item-slab', M + '/item/bl2002.html', 'utf-8', item('岩板餐桌',
     '<p><span class="price">¥3280</span></p><p>宝丽——陶瓷行业驰名商标，国家级高新技术企业出品。</p>', None),
     'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 驰名商标 in advertising (商标法 第十四条第五款); 国家级高新技术企业 is a state-awarded qualification, not an ABSOLUTE_TERM. Missing <meta charset>')

# ================= platform: 顺达小家电 (GBK) =================
S = 'shunda'
page(S, '046-shunda-home', M + '/shop/shunda/', 'gbk', shop('shunda', '顺达小家电', '<!-- <span class="mall-mark">认证</span> -->',
     '<div class="shop-license">宁波顺达小家电有限公司<br>统一社会信用代码：%s</div>' % SHUNDA,
     '<p>电饭煲 空气炸锅 豆浆机</p>', 'gbk'),
     'MARK_MISSING', 'MARK_MISSING: the mall-mark element exists only inside an HTML comment (平台亮标); licence valid', ids=[(SHUNDA, True)])
page(S, '047-shunda-item-fryer', M + '/item/sd2101.html', 'gbk', item('空气炸锅 5L',
     '<p><span class="price">¥199</span></p><p>晒图评价即可参与抽奖，好评差评均可参加，奖品与评价内容无关。</p>', 'gbk'),
     '-', 'trap: a draw open to any review regardless of its content is not a paid good review (电子商务法 第十七条 targets 编造/诱导好评)')

# ================= platform: 春风茶具 (UTF-8) — extra MARK_MISSING =================
CHUNFENG = reg(uscc('91', '350583', 'MA32K8R5'), '南安春风陶瓷茶具有限公司')
S = 'chunfeng'
page(S, '048-chunfeng-home', M + '/shop/chunfeng/', 'utf-8', shop('chunfeng', '春风茶具',
     '<span class="shop-level">网剑认证店铺</span>',
     '<div class="shop-license">南安春风陶瓷茶具有限公司｜统一社会信用代码 %s</div>' % CHUNFENG,
     '<p>德化白瓷 盖碗 公道杯</p>'),
     'MARK_MISSING', 'MARK_MISSING: the words 网剑认证店铺 are shown but no element carries the mall-mark token (平台亮标 is a platform-issued element); licence valid',
     ids=[(CHUNFENG, True)])

GA = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
GK = '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'
U8 = '<meta charset="utf-8">'
B5 = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
G18 = '<meta charset="gb18030">'

# ================= A 中达阀门 dedecms (GBK) =================
ZHONGDA = reg(uscc('91', '330381', 'MA2J6C8P'), '瑞安中达阀门有限公司')
S = 'zhongda-valve.test'
page(S, '049-zhongda-home', 'http://zhongda-valve.test/', 'gbk', site('瑞安中达阀门有限公司-球阀,闸阀,截止阀', '''
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/templets/default/images/logo.gif" alt="中达阀门"></td>
<td class="nav"><a href="/">首页</a> | <a href="/a/chanpin/">产品中心</a> | <a href="/a/about/">关于我们</a></td></tr></table>
<table width="1000" align="center"><tr><td>公司专业生产球阀、闸阀、截止阀，产品执行GB/T 12237标准。</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td align="center">
版权所有：瑞安中达阀门有限公司　地址：浙江省瑞安市经济开发区<br>
营业执照：%s　<a href="https://beian.miit.gov.cn" target="_blank">浙ICP备17052233号-1</a><br>
<img src="/images/ga.png"> 浙公网安备 33038102000123号
</td></tr></table>''' % ZHONGDA, GA),
     '-', 'trap: complete dedecms footer: valid code in registry, well-formed 浙ICP filing, 公网安备 with a 3303 (温州) prefix. meta says gb2312, bytes are GBK-compatible',
     ids=[(ZHONGDA, True)])
page(S, '050-zhongda-product', 'http://zhongda-valve.test/a/chanpin/12.html', 'gbk', site('Q41F-16C 法兰球阀_中达阀门', '''
<table width="1000" align="center"><tr><td><h2>Q41F-16C 法兰球阀</h2>
公称通径：DN15～DN300<br>最高工作压力：1.6MPa<br>最高使用温度：150℃<br>适用介质：水、油、蒸汽</td></tr></table>''', GA),
     '-', 'trap: 最高工作压力 / 最高使用温度 are technical limits, not superlative claims (广告法 第九条 guideline)')

# ================= B 恒泰钢材 1688-style B2B (GBK) =================
HENGTAI = reg(uscc('91', '370112', 'MA3C5D7E'), '济南恒泰钢材贸易有限公司')
S = 'hengtai-steel.test'
page(S, '051-hengtai-home', 'http://hengtai-steel.test/', 'gbk', site('恒泰钢材 - 源头供应商', '''
<div class="company-card"><div class="name">济南恒泰钢材贸易有限公司</div>
<dl class="info"><dt>经营模式</dt><dd>经销批发</dd><dt>所在地区</dt><dd>山东 济南</dd>
<dt>统一社会信用代码</dt><dd>%s</dd><dt>诚信通</dt><dd>第8年</dd></dl></div>
<div class="offers"><a href="/offer/6001.html">Q235B 热轧卷板</a> <a href="/offer/6002.html">镀锌方管</a></div>
<div class="foot">联系电话：0531-8899XXXX　地址：济南市历城区钢材市场B区</div>''' % HENGTAI, GK),
     'ICP_MISSING', 'ICP_MISSING: independent site home with no ICP filing or licence number (互联网信息服务管理办法 第十二条); licence shown',
     ids=[(HENGTAI, True)])
page(S, '052-hengtai-offer', 'http://hengtai-steel.test/offer/6001.html', 'gbk', site('Q235B 热轧卷板', '''
<div class="d-price"><table><tr><th>起批量</th><th>价格</th></tr>
<tr><td>1-9吨</td><td><span class="price">¥4180</span>/吨</td></tr><tr><td>≥10吨</td><td><span class="price">¥4050</span>/吨</td></tr></table>
<p>市场价：<del>¥4680</del>/吨</p></div>''', GK),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 市场价 4680 above the 4150 shown 2 days earlier (明码标价和禁止价格欺诈规定 第十六条)',
     hist=[(2, site('Q235B 热轧卷板', '<span class="price">¥4150</span>/吨', GK))])

# ================= C 新华彩印 PbootCMS (UTF-8) =================
XINHUA = reg(uscc('91', '320506', 'MA1P2Q3R'), '苏州新华彩印包装有限公司')
S = 'xinhua-print.test'
page(S, '053-xinhua-home', 'http://xinhua-print.test/', 'utf-8', site('苏州新华彩印包装有限公司', '''
<div class="header"><div class="container"><a class="logo" href="/">新华彩印</a></div></div>
<div class="container"><p>彩盒、手提袋、画册印刷，十年专注包装印刷。</p></div>
<div class="footer"><div class="container">
<p>Copyright © 2026 苏州新华彩印包装有限公司 All Rights Reserved.</p>
<p>统一社会信用代码：%s <a href="https://beian.miit.gov.cn/">苏ICP备12345678号</a></p></div></div>''' % XINHUA, U8),
     'ICP_INVALID', 'ICP_INVALID: 12345678 is a template placeholder, not a filing (互联网信息服务管理办法 第十二条); licence valid',
     ids=[(XINHUA, True)])

# ================= D 嘉禾食品 ASP.NET (GBK) =================
S = 'jiahe-food.test'
page(S, '054-jiahe-home', 'http://jiahe-food.test/', 'gbk', site('嘉禾食品', '''
<form name="form1" method="post" action="Default.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<table width="960" align="center"><tr><td><span id="lblWelcome">欢迎光临嘉禾食品！</span></td></tr>
<tr><td>广式腊味 · 手信礼盒 · 企业团购</td></tr>
<tr><td class="copyright">嘉禾食品 版权所有<br>茶ICP备20230815号<br>技术支持：易网科技</td></tr></table></form>''', GK),
     'ICP_INVALID,LICENSE_MISSING', 'ICP_INVALID: 茶ICP备 is a joke registry, no province (互联网信息服务管理办法 第十二条); LICENSE_MISSING: no licence display on the home page (电子商务法 第十五条)')
page(S, '055-jiahe-product', 'http://jiahe-food.test/Product.aspx?id=31', 'gbk', site('嘉禾腊肠', '''
<table width="960" align="center"><tr><td>嘉禾古法腊肠 500g</td><td>零售价：<span class="price">￥58</span></td></tr>
<tr><td colspan="2">每天两根，吃出好血管，降三高、防中风，中老年人的养生首选。</td></tr></table>''', GK),
     'FALSE_CLAIM', 'FALSE_CLAIM: a sausage claimed to lower 三高 and prevent stroke (广告法 第十七条)')

# ================= E 阿里山茶 (Big5) — HOLDOUT =================
ALISHAN = reg(uscc('91', '350200', 'MA33T6N2'), '廈門阿里山茶業有限公司')
S = 'alishan-tea.test'
page(S, '056-alishan-home', 'http://alishan-tea.test/', 'big5', site('阿里山茶業 臺灣高山茶', '''
<div id="top"><h1>阿里山茶業</h1><p>臺灣高山茶 凍頂烏龍 大陸獨家代理</p></div>
<div id="list"><a href="/tea/dongding.html">凍頂烏龍茶 300g</a></div>
<div id="foot">廈門阿里山茶業有限公司　統一社會信用代碼：%s<br>
<a href="https://beian.miit.gov.cn/">閩ICP備19027731號-1</a>　閩公網安備 35020302000567號</div>''' % ALISHAN, B5),
     '-', 'trap: traditional-script licence and 閩ICP備 filing (same as 闽ICP备) with a 3502 公网安备 prefix; all valid', hold=True, ids=[(ALISHAN, True)])
page(S, '057-alishan-item', 'http://alishan-tea.test/tea/dongding.html', 'big5', site('凍頂烏龍茶 300g', '''
<div class="goods"><h2>凍頂烏龍茶 300g</h2>
<p>原價：<del class="price">NT$ 1,200 ／ ¥268</del></p><p>特價：<span class="price">¥198</span></p></div>''', B5),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 原價 ¥268 above the ¥188 captured 3.5 days earlier (明码标价和禁止价格欺诈规定 第十六条)',
     hold=True, hist=[(3.5, site('凍頂烏龍茶 300g', '<span class="price">¥188</span>', B5))])

# ================= F 港美妝 (Big5) — HOLDOUT =================
GANGMEI_BAD = uscc('91', '440304', 'MA5F7K2B', valid=False)
S = 'hk-beauty.test'
page(S, '058-hkbeauty-home', 'http://hk-beauty.test/', 'big5', site('港美妝 香港直郵', '''
<div class="hd">港美妝 · 香港直郵 正品保證</div>
<div class="bd"><p>香港本地藥房貨源，內地順豐直送。</p></div>
<div class="ft"><p>深圳港美貿易有限公司</p><p>營業執照：%s</p><p>客服微信：gangmei88</p></div>''' % GANGMEI_BAD, B5),
     'ICP_MISSING,LICENSE_INVALID', 'ICP_MISSING: no ICP number on the independent home (互联网信息服务管理办法 第十二条); LICENSE_INVALID: code fails GB 32100 check (电子商务法 第十五条)',
     hold=True, ids=[(GANGMEI_BAD, False)])
page(S, '059-hkbeauty-item', 'http://hk-beauty.test/p/eczema-cream.html', 'big5', site('草本濕疹膏', '''
<div class="goods"><h2>草本濕疹膏 30g</h2><p><span class="price">¥128</span></p>
<p>純天然草本，不含激素，塗三天濕疹全消，根治不復發。</p></div>''', B5),
     'FALSE_CLAIM', 'FALSE_CLAIM: a cosmetic claimed to cure eczema for good (广告法 第十七条; 化妆品 may not claim therapy)', hold=True)

# ================= G 澳門餅家 (Big5) =================
AOMEN = reg(uscc('91', '440400', 'MA4K3N8W'), '珠海澳門餅家食品有限公司')
S = 'macau-bakery.test'
page(S, '060-macaubakery-home', 'http://macau-bakery.test/', 'big5', site('澳門餅家 手信', '''
<table width="100%%"><tr><td>澳門餅家 · 杏仁餅 · 蛋卷 · 鳳梨酥</td></tr>
<tr><td>溫馨提示：杏仁餅最佳賞味期為開封後七天內。</td></tr>
<tr><td class="foot">珠海澳門餅家食品有限公司<br>統一社會信用代碼 %s<br>粵ICP備2022045118號</td></tr></table>''' % AOMEN, B5),
     '-', 'trap: 最佳賞味期 is a freshness tip (2023 guideline exempts it); licence and 粵ICP filing shown', ids=[(AOMEN, True)])
page(S, '061-macaubakery-item', 'http://macau-bakery.test/item/almond.html', 'big5', site('杏仁餅禮盒', '''
<div><h2>杏仁餅禮盒 12件</h2><p>原價 <s class="price">¥88</s>　優惠價 <span class="price">¥68</span></p>
<p>本店不售賣任何高仿或冒牌產品，謹防假冒。</p></div>''', B5),
     '-', 'trap: 原價 88 with no capture in the 7 days before (the 58 capture is 12 days old); 高仿 appears only in a refusal and warning (商标法 第五十七条 not engaged)',
     hist=[(12, site('杏仁餅禮盒', '<span class="price">¥58</span>', B5))])

# ================= H 小鱼微店 有赞-like H5 (UTF-8) — HOLDOUT =================
XIAOYU = reg(uscc('91', '330104', 'MA2B8R3X'), '杭州小鱼电子商务有限公司')
S = 'xiaoyu-shop.test'
page(S, '062-xiaoyu-home', 'http://xiaoyu-shop.test/', 'utf-8', site('小鱼潮鞋', '''
<div class="van-nav-bar"><div class="van-nav-bar__title">小鱼潮鞋</div></div>
<div class="cap-goods-list"><a class="cap-goods" href="/goods/2aX9k">经典复古板鞋</a></div>
<div class="shop-footer"><p class="cert">杭州小鱼电子商务有限公司 统一社会信用代码 %s</p>
<p class="icp">浙ICP备2021XXXX号-1</p></div>''' % XIAOYU, '<meta charset="utf-8"><meta name="viewport" content="width=device-width">'),
     'ICP_INVALID', 'ICP_INVALID: XXXX placeholder instead of filing digits (互联网信息服务管理办法 第十二条); licence valid', hold=True, ids=[(XIAOYU, True)])
page(S, '063-xiaoyu-goods', 'http://xiaoyu-shop.test/goods/2aX9k', 'utf-8', site('经典复古板鞋', '''
<div class="goods-title">经典复古板鞋 男女同款</div><div class="goods-price"><span class="price">¥268</span></div>
<div class="goods-desc">莆田纯原版本，原厂材料，和专柜货一模一样，支持得物级别对比。</div>''', U8),
     'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 莆田纯原 offered as identical to brand goods (商标法 第五十七条)', hold=True)

# ================= I 麻屋 WooCommerce zh theme (UTF-8) =================
MAWU = reg(uscc('91', '310106', 'MA1G9H4L'), '上海麻屋家纺有限公司')
OTHER_CO = reg(uscc('91', '310104', 'MA1K2M5N'), '上海织梦家纺有限公司')
S = 'linen-house.test'
page(S, '064-linen-home', 'http://linen-house.test/', 'utf-8', site('麻屋 — 亚麻家纺', '''
<header class="site-header"><div class="site-branding"><p class="site-title">麻屋 Linen House</p></div></header>
<ul class="products columns-4"><li class="product"><a href="/product/linen-sheet/">水洗亚麻四件套</a></li></ul>
<footer class="site-footer"><div class="site-info">上海麻屋家纺有限公司 · 统一社会信用代码 %s ·
<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1000009152811&amp;signData=MEQCIB"><img src="/wp-content/uploads/lz.png" alt="电子营业执照"></a>
· <a href="https://beian.miit.gov.cn/">沪ICP备20011234号-2</a></div></footer>''' % (MAWU, OTHER_CO), U8),
     'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the electronic-licence link serial names another company\'s code (上海织梦家纺), not the code shown (电子商务法 第十五条; 市场主体登记管理条例 第二十二条)',
     ids=[(MAWU, True), (OTHER_CO, True)])
page(S, '065-linen-product', 'http://linen-house.test/product/linen-sheet/', 'utf-8', site('水洗亚麻四件套 – 麻屋', '''
<div class="product"><h1 class="product_title">水洗亚麻四件套（可绣名字）</h1>
<p class="price"><span class="woocommerce-Price-amount amount">¥899.00</span></p>
<div class="woocommerce-product-details__short-description">刺绣款为按您提供的名字定制，定制款不支持七天无理由退货；未刺绣款支持。</div></div>''', U8),
     '-', 'trap: custom-embroidered goods are 定作 goods, exempt under 消费者权益保护法 第二十五条 (一); the plain version keeps the right')

# ================= J 火鱼论坛 Discuz trading board (GBK) =================
HUOYU = reg(uscc('91', '510107', 'MA6C2D9E'), '成都火鱼网络科技有限公司')
S = 'bbs.huoyu.test'
page(S, '066-huoyu-home', 'http://bbs.huoyu.test/', 'gbk', site('火鱼论坛 - 二手交易 - Powered by Discuz!', '''
<div id="hd"><div class="wp"><h2><a href="./">火鱼论坛</a></h2></div></div>
<div id="ct" class="wp"><table class="fl_tb"><tr><td><h2><a href="forum-38-1.html">二手交易区</a></h2></td></tr>
<tr><td><h2><a href="forum-12-1.html">行业新闻</a></h2></td></tr></table></div>
<div id="ft" class="wp cl"><p class="xs0">Powered by <strong>Discuz!</strong> X3.4</p>
<p>( <a href="https://beian.miit.gov.cn/">蜀ICP备19001234号-1</a> )|<a href="/license.html">营业执照</a> 成都火鱼网络科技有限公司 %s |川公网安备 51010702001234号</p></div>''' % HUOYU, GK),
     '-', 'trap: 蜀 is an accepted variant abbreviation for 四川 (DOMAIN.md), with a 5101 公网安备 prefix; licence shown', ids=[(HUOYU, True)])
page(S, '067-huoyu-thread-gun', 'http://bbs.huoyu.test/thread-88123-1-1.html', 'gbk', site('出一把金属仿真枪 - 二手交易区', '''
<table class="plhin"><tr><td class="pls">lz老王</td><td class="plc"><div class="t_fsz"><table><tr><td class="t_f">
出一把全金属仿真枪，1:1 尺寸，可发射6mm钢珠，威力足，送两盒弹，同城自提或走快递。</td></tr></table></div></td></tr></table>''', GK),
     'PROHIBITED_GOODS', 'PROHIBITED_GOODS: a metal replica gun firing steel balls (仿真枪, banned from sale; 枪支管理法, 国家禁售); 1:1 describes size here and is not a brand copy')
page(S, '068-huoyu-thread-news', 'http://bbs.huoyu.test/thread-90011-1-1.html', 'gbk', site('【普法】广告里不能再写驰名商标了 - 行业新闻', '''
<table class="plhin"><tr><td class="plc"><div class="t_f">转载：根据《商标法》第十四条第五款，生产、经营者不得将“驰名商标”字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中。
某地市场监管局近日查处一起在宣传册中使用“驰名商标”字样的案件，罚款十万元。</div></td></tr></table>''', GK),
     '-', 'trap: news quoting 商标法 第十四条第五款 and a case report; nobody advertises goods with the words')

# ================= K 星光直播 live-commerce landing (UTF-8) =================
XINGGUANG = reg(uscc('91', '110108', 'MA01G3H7'), '北京星光互娱电子商务有限公司')
S = 'live.xingguang.test'
page(S, '069-xingguang-home', 'http://live.xingguang.test/', 'utf-8', site('星光直播间 今晚8点开播', '''
<section class="live-hero"><h1>星光直播间</h1><p>今晚8点 家居好物专场</p></section>
<section class="live-goods"><a href="/goods/5521.html">懒人沙发</a></section>
<footer><p>北京星光互娱电子商务有限公司</p><p>统一社会信用代码：%s</p><p>京公网安备 11010802033456号</p></footer>''' % XINGGUANG, U8),
     'ICP_MISSING', 'ICP_MISSING: only a 公网安备 number, which is not an ICP filing (互联网信息服务管理办法 第十二条); licence shown',
     ids=[(XINGGUANG, True)])
page(S, '070-xingguang-goods', 'http://live.xingguang.test/goods/5521.html', 'utf-8', site('懒人沙发 直播专享', '''
<div class="goods"><h2>懒人沙发 豆袋款</h2><div class="price-row">直播价 <span class="price">¥159</span></div>
<div class="tips">下单后晒图给五星，截图私信主播助理，返现10元到微信。</div></div>''', U8),
     'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 10 yuan cash for a five-star review with photos (电子商务法 第十七条; 反不正当竞争法)')

# ================= L 果园小程序 web view (UTF-8) =================
GUOYUAN = reg(uscc('91', '370600', 'MA3F8G2H'), '烟台果园农业科技有限公司')
S = 'mp.guoyuan.test'
page(S, '071-guoyuan-home', 'http://mp.guoyuan.test/index.html', 'utf-8', site('果园鲜生', '''
<view class="page"><div class="banner">烟台红富士 产地直发</div>
<div class="goods-grid"><a href="/pages/goods?id=77">红富士 85果</a></div>
<div class="about">烟台果园农业科技有限公司 统一社会信用代码 %s</div>
<div class="icp" hidden>鲁ICP备20039876号-3</div></view>''' % GUOYUAN, U8),
     'ICP_MISSING', 'ICP_MISSING: the ICP number is in an element with the hidden attribute, not displayed (互联网信息服务管理办法 第十二条); /index.html is the home page',
     ids=[(GUOYUAN, True)])
page(S, '072-guoyuan-goods', 'http://mp.guoyuan.test/pages/goods?id=77', 'utf-8', site('红富士 85果', '''
<div class="goods-info"><p class="name">红富士 85果 10斤</p><p class="price">¥59.9</p>
<p class="note">追评满50字+3张图，再送3元无门槛券，好评才送哦。</p></div>''', U8),
     'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: a coupon given only for good reviews (电子商务法 第十七条)')

# ================= N 福华生物 dedecms (GB18030) =================
FUHUA_BAD = uscc('91', '440606', 'MA4R6T2Y', valid=False)
S = 'fuhua-bio.test'
page(S, '073-fuhua-home', 'http://fuhua-bio.test/', 'gb18030', site('福华生物 足部护理', '''
<table width="980" align="center"><tr><td>福华生物 · 创始人刘䶮 · 足部护理专家</td></tr>
<tr><td align="center" class="footer">佛山福华生物科技有限公司&nbsp;&nbsp;统一社会信用代码：%s<br>
<a href="https://beian.miit.gov.cn/">粤ICP备18066001号</a>&nbsp;&nbsp;粤公网安备 44060602001987号</td></tr></table>''' % FUHUA_BAD, G18),
     'LICENSE_INVALID', 'LICENSE_INVALID: the displayed code fails its GB 32100 check character (电子商务法 第十五条). GB18030 with 䶮 (outside GBK)',
     ids=[(FUHUA_BAD, False)])
page(S, '074-fuhua-product', 'http://fuhua-bio.test/a/cp/8.html', 'gb18030', site('草本足浴粉', '''
<table width="980" align="center"><tr><td><h2>草本足浴粉</h2>售价：<span class="price">¥49</span><br>
泡七天，脚气脚臭根治不复发，灰指甲也能泡好。䶮牌出品。</td></tr></table>''', G18),
     'FALSE_CLAIM', 'FALSE_CLAIM: a foot-bath powder claimed to cure athlete\'s foot and nail fungus (广告法 第十七条)')

# ================= O 融和茶庄 (GB18030) — HOLDOUT =================
RONGHE = reg(uscc('91', '350100', 'MA34B7C1'), '福州融和茶庄有限公司')   # page says 厦门
S = 'ronghe-tea.test'
page(S, '075-ronghe-home', 'http://ronghe-tea.test/', 'gb18030', site('融和茶庄 🍵 武夷岩茶', '''
<div class="wrap"><h1>融和茶庄 🍵</h1><p>“融和”牌武夷岩茶，荣获中国驰名商标，三代人守着一座茶山。</p>
<div class="foot">厦门融和茶庄有限公司　统一社会信用代码 %s<br>闽ICP备2023-0506号</div></div>''' % RONGHE, G18),
     'ICP_INVALID,LICENSE_MISMATCH,WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 中国驰名商标 in advertising (商标法 第十四条第五款); LICENSE_MISMATCH: registry name is 福州融和茶庄有限公司, page says 厦门 (电子商务法 第十五条); ICP_INVALID: 2023-0506 is not an 8- or 10-digit filing number (互联网信息服务管理办法 第十二条). GB18030 with emoji',
     hold=True, ids=[(RONGHE, True)])
page(S, '076-ronghe-item', 'http://ronghe-tea.test/goods/dahongpao.html', 'gb18030', site('大红袍 🍵', '''
<div class="goods"><h2>大红袍 特级 🍵</h2><p><span class="price">¥368</span></p><p>巅峰品质，全网最好的岩茶，没有之一。</p></div>''', G18),
     'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 全网最好, 没有之一, 巅峰品质 as claims (广告法 第九条第三项); 特级 alone is a standard grade', hold=True)

# ================= P 金鼎机械 ASP.NET (GBK bytes, meta says utf-8) — HOLDOUT =================
S = 'jinding-machine.test'
page(S, '077-jinding-home', 'http://jinding-machine.test/', 'gbk', site('金鼎机械 - 包装机械', '''
<form method="post" action="./Default.aspx" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="/wEPDwULLTEyMzQ1Njc4OTBkZA=="></div>
<table width="100%"><tr><td>金鼎机械 · 全自动包装机 · 封口机</td></tr>
<tr><td class="bottom">金鼎机械 版权所有 &copy; 2008-2026<br>地址：温州市龙湾区　电话：0577-8666XXXX<br>
<a href="https://beian.miit.gov.cn/">浙ICP备09012345号</a></td></tr></table></form>''', U8),
     'LICENSE_MISSING', 'LICENSE_MISSING: no licence, licence link or exemption statement on the home page (电子商务法 第十五条). Wrong meta: says utf-8, bytes are GBK',
     hold=True)
page(S, '078-jinding-product', 'http://jinding-machine.test/Product.aspx?id=5', 'gbk', site('DXD-60 颗粒包装机', '''
<table width="100%"><tr><td>DXD-60 颗粒包装机</td></tr><tr><td>本产品为国家免检产品，荣获省优质产品称号。</td></tr></table>''', U8),
     'FALSE_HONOUR', 'FALSE_HONOUR: 国家免检产品 (the scheme was abolished in 2008, 广告法 第二十八条). Wrong meta: says utf-8, bytes are GBK', hold=True)

# ================= Q 源泉净水 PbootCMS (GBK) =================
YUANQUAN = reg(regno('32010200023456'), '南京源泉净水设备有限公司')
S = 'yuanquan-water.test'
page(S, '079-yuanquan-home', 'http://yuanquan-water.test/', 'gbk', site('源泉净水', '''
<div class="head"><span class="logo">源泉净水</span></div>
<div class="foot"><ul><li>公司名称：南京源泉净水设备有限公司</li><li>营业执照注册号：%s</li>
<li>备案号：<a href="https://beian.miit.gov.cn/">苏ICP备1102 3344号-1</a></li></ul></div>''' % YUANQUAN, GK),
     '-', 'trap: a pre-2015 15-digit 注册号 that passes MOD 11,10 and is in the registry; the ICP number has a space inside, which occurs in real footers',
     ids=[(YUANQUAN, True)])
page(S, '080-yuanquan-product', 'http://yuanquan-water.test/product/18.html', 'gbk', site('RO反渗透净水机', '''
<div class="pro"><h2>RO反渗透净水机 600G</h2><p>市场价：<s>¥3280</s></p><p>优惠价：<span class="price">¥1980</span></p></div>''', GK),
     'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 市场价 3280 above the 1980 captured 6 days earlier (第十六条)',
     hist=[(6, site('RO反渗透净水机', '<span class="price">¥1980</span>', GK))])

# ================= R 鸿运纺织 1688-style (GBK) =================
HONGYUN = reg(uscc('91', '320682', 'MA1T4U6W'), '如皋鸿运纺织有限公司', '注销')
S = 'hongyun-textile.test'
page(S, '081-hongyun-home', 'http://hongyun-textile.test/', 'gbk', site('鸿运纺织 - 实力商家', '''
<div class="mod-company"><h3>如皋鸿运纺织有限公司</h3><table class="info">
<tr><th>统一社会信用代码</th><td>%s</td></tr><tr><th>注册资本</th><td>500万人民币</td></tr></table></div>
<div class="foot">ICP备案：<a href="https://beian.miit.gov.cn/">苏ICP备16040321号-1</a></div>''' % HONGYUN, GK),
     'LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry status 注销 — the displayed company no longer exists (电子商务法 第十五条)', ids=[(HONGYUN, True)])
page(S, '082-hongyun-offer', 'http://hongyun-textile.test/offer/9912.html', 'gbk', site('外贸原单尾货 T恤', '''
<div class="offer"><h1>外贸原单尾货 大牌T恤 按斤称</h1><p><span class="price">¥35</span>/斤</p><p>各大牌原单货，吊牌齐全，标志清晰。</p></div>''', GK),
     'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 原单 brand goods sold by weight with full brand tags (商标法 第五十七条)')

# ================= S 佳怡商城 天猫-like (UTF-8) — HOLDOUT =================
S = 'jiayi-mall.test'
page(S, '083-jiayi-home', 'http://jiayi-mall.test/', 'utf-8', site('佳怡商城', '''
<div class="tm-header">佳怡商城 · 品质生活</div>
<div class="floor"><a href="/item/3301.html">空气净化器</a> <a href="/item/3302.html">加湿器</a></div>
<div class="tm-footer"><p><a href="https://beian.miit.gov.cn/">京ICP证110235号</a> | <a href="https://beian.miit.gov.cn/">京ICP备11023511号-1</a></p><p>客服热线 400-800-XXXX</p></div>''', U8),
     'LICENSE_MISSING', 'LICENSE_MISSING: ICP licence and filing shown but no business-licence information (电子商务法 第十五条)', hold=True)
page(S, '084-jiayi-item-purifier', 'http://jiayi-mall.test/item/3301.html', 'utf-8', site('空气净化器 除甲醛', '''
<div class="tm-price-panel"><dl><dt>价格</dt><dd><del class="tm-price">¥2699.00</del></dd></dl>
<dl><dt>促销价</dt><dd><span class="tm-price">¥1599.00</span></dd></dl><dl><dt>券后</dt><dd><span class="price">¥1499.00</span></dd></dl></div>
<p>业内最强CADR，行业第一。</p>''', U8),
     'ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: the struck 价格 2699 above the 1599 captured 1 day earlier (第十六条); ABSOLUTE_TERM: 最强, 行业第一 (广告法 第九条第三项)',
     hold=True, hist=[(1, site('空气净化器 除甲醛', '<span class="tm-price">¥1599.00</span>', U8))])
page(S, '085-jiayi-item-humid', 'http://jiayi-mall.test/item/3302.html', 'utf-8', site('超声波加湿器', '''
<div class="tm-price-panel"><span class="tm-price">¥199.00</span></div>
<p>售后说明：本品拆封后不支持七天无理由退货，只换不退。</p>''', U8),
     'RETURN_REFUSED', 'RETURN_REFUSED: an appliance is not an exempt kind; opening does not remove the right (消费者权益保护法 第二十五条)', hold=True)

# ================= T 绿野户外 Magento zh theme (UTF-8) — HOLDOUT =================
LVYE = reg(uscc('91', '110114', 'MA01K8L2'), '北京绿野户外用品有限公司')
S = 'lvye-outdoor.test'
page(S, '086-lvye-home', 'http://lvye-outdoor.test/', 'utf-8', site('绿野户外 — 首页', '''
<div class="page-wrapper"><header class="page-header"><a class="logo" href="/">绿野户外</a></header>
<main><div class="block-products-list"><a class="product-item-link" href="/tent-3p.html">三人帐篷</a></div></main>
<footer class="page-footer"><small class="copyright">北京绿野户外用品有限公司 统一社会信用代码 %s</small>
<small><a href="https://beian.miit.gov.cn/">京ICP备2024018X号</a></small></footer></div>''' % LVYE, U8),
     'ICP_INVALID', 'ICP_INVALID: a letter inside the filing digits (京ICP备2024018X号 is malformed; 互联网信息服务管理办法 第十二条)', hold=True, ids=[(LVYE, True)])
page(S, '087-lvye-tent', 'http://lvye-outdoor.test/tent-3p.html', 'utf-8', site('三人帐篷', '''
<div class="product-info-main"><h1 class="page-title">三人双层帐篷</h1><div class="price-box"><span class="price">¥699.00</span></div>
<p>适用最高海拔4000米；抗风等级以GB/T 31055规定测试。</p></div>''', U8),
     '-', 'trap: 最高海拔 states a usage limit, not a claim (广告法 第九条 guideline)', hold=True)

# ================= U 祥云丝绸 (GBK) =================
XIANGYUN = reg(uscc('91', '320508', 'MA1W7X2Y'), '苏州祥云丝绸有限公司')
S = 'xiangyun-silk.test'
page(S, '088-xiangyun-home', 'http://xiangyun-silk.test/index.html', 'gbk', site('祥云丝绸 苏州', '''
<table width="1000" align="center"><tr><td>祥云丝绸 · 苏绣 · 真丝围巾</td></tr>
<tr><td class="foot">苏州祥云丝绸有限公司　<img src="/images/yyzz.jpg" alt="营业执照"> 统一社会信用代码：%s<br>
苏公网安备 32050802011234号<br>“ICP备案正在办理中，敬请谅解”</td></tr></table>''' % XIANGYUN, GK),
     'ICP_MISSING', 'ICP_MISSING: a 公网安备 number and a "filing in progress" note, but no ICP number (互联网信息服务管理办法 第十二条)', ids=[(XIANGYUN, True)])
page(S, '089-xiangyun-scarf', 'http://xiangyun-silk.test/cp/21.html', 'gbk', site('真丝围巾', '''
<table width="1000" align="center"><tr><td>6A级桑蚕丝围巾</td><td><span class="price">¥238</span></td></tr>
<tr><td colspan="2">6A为生丝等级（GB/T 1797），本店不做复刻款，只卖自家设计。</td></tr></table>''', GK),
     '-', 'trap: 6A is a raw-silk grade in GB/T 1797; 复刻 appears only in a refusal (商标法 第五十七条 not engaged)')

# ================= V 鹤山中药材 (GBK) — HOLDOUT =================
S = 'heshan-herb.test'
page(S, '090-heshan-home', 'http://heshan-herb.test/', 'gbk', site('鹤山中药材批发', '''
<div class="top">鹤山中药材批发 · 产地直供</div>
<div class="main"><p>三七 黄芪 当归 枸杞 批发零售，量大从优。</p><p>电话/微信：139XXXX8866</p></div>
<div class="copy">Copyright &copy; 鹤山中药材 保留所有权利</div>''', GK),
     'ICP_MISSING,LICENSE_MISSING', 'ICP_MISSING: no ICP number (互联网信息服务管理办法 第十二条); LICENSE_MISSING: no licence information (电子商务法 第十五条)', hold=True)

# ================= W 通鑫汽配 (UTF-8) =================
TONGXIN_BAD = uscc('91', '420100', 'MA4K9L3C', valid=False)
S = 'tongxin-auto.test'
page(S, '091-tongxin-home', 'http://tongxin-auto.test/', 'utf-8', site('通鑫汽配商城', '''
<div class="nav">通鑫汽配商城 | 刹车片 | 机油 | 轮胎</div>
<div class="footer"><span>武汉通鑫汽车配件有限公司</span><span>统一社会信用代码：%s</span>
<span>楚ICP备20210088号</span></div>''' % TONGXIN_BAD, U8),
     'ICP_INVALID,LICENSE_INVALID', 'ICP_INVALID: 楚 is no province abbreviation used by the filing system (湖北 is 鄂) (互联网信息服务管理办法 第十二条); LICENSE_INVALID: code fails GB 32100 check (电子商务法 第十五条)',
     ids=[(TONGXIN_BAD, False)])

# ================= X 千禾大米 (UTF-8 bytes, meta says gbk) — HOLDOUT =================
QIANHE = uscc('91', '230184', 'MA1A2B3C')        # valid, not in the registry
S = 'qianhe-rice.test'
page(S, '092-qianhe-home', 'http://qianhe-rice.test/', 'utf-8', site('千禾五常大米', '''
<div class="hd">千禾 · 五常稻花香</div><div class="bd"><p>黑土地上长出来的好米。</p></div>
<div class="ft">五常千禾米业有限公司 统一社会信用代码 %s</div>''' % QIANHE, GK),
     'ICP_MISSING,LICENSE_MISMATCH', 'LICENSE_MISMATCH: a code with a correct check character that is not in the registry extract (电子商务法 第十五条); ICP_MISSING: no ICP number (互联网信息服务管理办法 第十二条). Wrong meta: says gbk, bytes are UTF-8',
     hold=True, ids=[(QIANHE, True)])

# ================= Y 瑞雪清洁 (UTF-8) =================
RUIXUE_BAD = regno('33010600045678', valid=False)
S = 'ruixue-clean.test'
page(S, '093-ruixue-home', 'http://ruixue-clean.test/', 'utf-8', site('瑞雪清洁用品', '''
<div class="header">瑞雪清洁用品 · 家用清洁剂</div>
<div class="footer"><p>杭州瑞雪日化有限公司</p><p>注册号：%s</p><p>萌ICP备20230666号</p></div>''' % RUIXUE_BAD, U8),
     'ICP_INVALID,LICENSE_INVALID', 'ICP_INVALID: 萌ICP备 is a joke registry, not a filing (互联网信息服务管理办法 第十二条); LICENSE_INVALID: 注册号 fails MOD 11,10 (电子商务法 第十五条)',
     ids=[(RUIXUE_BAD, False)])
page(S, '094-ruixue-item', 'http://ruixue-clean.test/goods/12.html', 'utf-8', site('厨房重油污清洁剂', '''
<div class="goods"><h2>厨房重油污清洁剂 500ml</h2><p><span class="price">¥19.9</span></p>
<p>本品为清洁剂，不具有杀菌消毒功效；请勿入口，远离儿童。</p></div>''', U8),
     '-', 'trap: the page denies a disinfecting effect and gives a safety warning; no efficacy claim (广告法 第十七条, 第二十八条 not engaged)')

# ================= Z 德明书局 (Big5 traditional, independent) =================
DEMING = reg(uscc('91', '350211', 'MA35D2E8'), '廈門德明書局有限公司')
S = 'deming-books.test'
page(S, '095-deming-home', 'http://deming-books.test/', 'big5', site('德明書局 繁體書專賣', '''
<table width="900"><tr><td>德明書局 · 臺灣繁體書 · 大陸發貨</td></tr>
<tr><td>預售期刊、報紙恕不退換；其他圖書均支持七天無理由退貨。</td></tr>
<tr><td class="ft">廈門德明書局有限公司 統一社會信用代碼：%s　閩ICP備20190088號-2</td></tr></table>''' % DEMING, B5),
     '-', 'trap: newspapers and periodicals are exempt (消费者权益保护法 第二十五条 (四)) and other books keep the right; licence and 閩ICP filing valid',
     ids=[(DEMING, True)])

# ================= AA 如意优选 京东-like (UTF-8) — HOLDOUT =================
RUYI = reg(uscc('91', '340100', 'MA2N6P4Q'), '合肥如意优选电子商务有限公司', '严重违法失信')
S = 'ruyi-mall.test'
page(S, '096-ruyi-home', 'http://ruyi-mall.test/', 'utf-8', site('如意优选 - 正品低价 品质保障', """
<div id="shortcut">您好，请登录 | 免费注册 | 我的订单</div>
<div id="J_floor"><a href="/item/100023.html">电动牙刷</a> <a href="/item/100024.html">蒸汽拖把</a></div>
<div id="footer-2017"><div class="copyright_info"><p>合肥如意优选电子商务有限公司　统一社会信用代码：%s</p>
<p><a href="https://beian.miit.gov.cn/">皖ICP备20018866号-1</a>　皖公网安备 34010402701234号</p></div></div>""" % RUYI, U8),
     'LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry status 严重违法失信 (电子商务法 第十五条); 皖 filing with a 3401 公网安备 prefix is fine',
     hold=True, ids=[(RUYI, True)])
page(S, '097-ruyi-item-brush', 'http://ruyi-mall.test/item/100023.html', 'utf-8', site('声波电动牙刷 如意优选', """
<div class="summary-price-wrap"><div class="summary-price"><div class="dt">京 东 价</div><span class="p-price"><span>￥</span><span class="price">199.00</span></span></div>
<div class="summary-price"><div class="dt">PLUS会员价</div><span class="p-price-plus">￥189.00</span></div>
<div class="summary-quan">券后 <span class="price">￥169.00</span>　到手价 ￥169.00</div>
<div class="dd">划线价 <del>￥199.00</del></div></div>
<div class="price-tips">价格说明：划线价为本商品近7日内的最低成交价。</div>""", U8),
     '-', 'trap: 划线价 199 equals the lowest price in every capture of the 7 days before (199 at 2 and 5 days); 券后/到手价 are the current price (第十六条 satisfied)',
     hold=True, hist=[(5, site('声波电动牙刷 如意优选', '<span class="price">199.00</span>', U8)), (2, site('声波电动牙刷 如意优选', '<span class="price">199.00</span>', U8))])
page(S, '098-ruyi-item-mop', 'http://ruyi-mall.test/item/100024.html', 'utf-8', site('蒸汽拖把 如意优选', """
<div class="summary-price"><span class="price">￥329.00</span></div>
<div class="detail">高温蒸汽可去除地面油污。温馨提示：说明书建议最佳使用水质为纯净水，可减少水垢；勿对人体喷射。</div>""", U8),
     '-', 'trap: 最佳使用水质 is a usage tip and no disinfection or medical claim is made (广告法 第九条 guideline; 第十七条 not engaged)', hold=True)

reg('91330100MA27WJ011R', '杭州网剑网络科技有限公司')   # the platform's own footer code


def write(out):
    for sub in ('pages', 'history', 'holdout/pages', 'holdout/history'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    tsv = {False: ([], [], []), True: ([], [], [])}   # labels, notes, history
    ids = []
    sites = {}
    for (st, name, url, enc, bom, html, codes, note, hold, hist, idl) in PAGES:
        assert sites.setdefault(st, hold) == hold, 'site split across sides: ' + st
        base = os.path.join(out, 'holdout') if hold else out
        fn = name + '.html'
        with open(os.path.join(base, 'pages', fn), 'wb') as f:
            f.write(encode(html, enc, bom))
        lab, nts, his = tsv[hold]
        lab.append('%s\t%s\t%s' % (fn, url, codes))
        nts.append('%s\t%s\t%s\t%s' % (fn, enc, 'yes' if bom else 'no', note))
        for k, (days, h) in enumerate(hist, 1):
            hf = '%s-h%d.html' % (name, k)
            with open(os.path.join(base, 'history', hf), 'wb') as f:
                f.write(encode(h, enc, bom))
            his.append('%s\t%s\t%s' % (hf, url, ('%g' % days)))
        for code, valid in idl:
            ids.append('%s\t%s\t%s\t%s' % ('holdout' if hold else 'main', fn, code, 'valid' if valid else 'invalid'))
    for hold, (lab, nts, his) in tsv.items():
        base = os.path.join(out, 'holdout') if hold else out
        for fn, head, rows in (('labels.tsv', '# file\turl\tcodes', lab), ('notes.tsv', '# file\tencoding\tbom\tnote', nts),
                               ('history.tsv', '# file\turl\tdays_before', his)):
            with open(os.path.join(base, fn), 'w', encoding='utf-8') as f:
                f.write(head + '\n' + ''.join(r + '\n' for r in rows))
    with open(os.path.join(out, 'registry.tsv'), 'w', encoding='utf-8') as f:
        f.write('# code\tname\tstatus\n' + ''.join('%s\t%s\t%s\n' % r for r in REG))
    with open(os.path.join(out, 'ids.tsv'), 'w', encoding='utf-8') as f:
        f.write('# side\tfile\tcode\tintended\n' + ''.join(r + '\n' for r in ids))


GENERATED = ['pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv', 'ids.tsv']


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            write(tmp)
            bad = []
            for root, _, files in os.walk(tmp):
                for fn in files:
                    rel = os.path.relpath(os.path.join(root, fn), tmp)
                    p = os.path.join(here, rel)
                    if not os.path.exists(p) or not filecmp.cmp(os.path.join(root, fn), p, shallow=False):
                        bad.append(rel)
            for g in GENERATED:
                gp = os.path.join(here, g)
                if os.path.isdir(gp):
                    for root, _, files in os.walk(gp):
                        for fn in files:
                            rel = os.path.relpath(os.path.join(root, fn), here)
                            if not os.path.exists(os.path.join(tmp, rel)):
                                bad.append(rel + ' (stale)')
            for b in bad:
                print('differs:', b)
            sys.exit(1 if bad else 0)
        finally:
            shutil.rmtree(tmp)
    for g in GENERATED:
        gp = os.path.join(here, g)
        if os.path.isdir(gp):
            shutil.rmtree(gp)
    write(here)


if __name__ == '__main__':
    main()
