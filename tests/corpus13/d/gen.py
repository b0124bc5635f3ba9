#!/usr/bin/env python3
"""corpus13/d — home and living sold online: furniture, building and decoration materials, home and kitchen
appliances, e-bikes and their batteries/chargers, car parts, outdoor and sports gear, toys and children's furniture.
Every page, its codes and its note are written by hand below. `python3 gen.py` writes all files;
`python3 gen.py --check` regenerates into a temp dir and compares byte for byte (exit 1 on difference)."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, regno, fullwidth, esc, shell, mall_shop, mall_item, encode

PAGES = []      # (side, slug, url, enc, bom, html, codes, note, history)
REGISTRY = []   # (code, name, status)


def P(side, slug, url, enc, bom, html, codes, note, history=()):
    """history: list of (days_before, html) captures of the same URL."""
    PAGES.append((side, slug, url, enc, bom, html, codes, note, list(history)))


M = 'http://mall.wangjian.test'
META_U = '<meta charset="utf-8">'
META_GBK = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
META_GB2312 = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
META_18030 = '<meta charset="gb18030">'
META_BIG5 = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
META_LATIN1 = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'


def site_footer(lines):
    return '<footer class="site-footer">\n' + '\n'.join('<p>%s</p>' % l for l in lines) + '\n</footer>'


def icp(num):
    return '<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">%s</a>' % num


def elicence(code, shown_code=None):
    """electronic licence badge; serial names `code` (which may differ from the code shown elsewhere)."""
    return ('<a class="lz-badge" href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s'
            '-SAIC_SHOW_10000091145210000000000000000000&amp;signData=MEUCIQDx2Z">'
            '<img src="/static/lz.png" alt="电子营业执照亮照"></a>' % code)


def hist_mall(shop, title, price, meta=META_U):
    return mall_item(shop, title, '<h1 class="goods-title">%s</h1>\n<div class="price-box"><span class="now">￥%s</span></div>'
                     % (title, price), meta=meta)


# ---------------------------------------------------------------- companies (codes by arithmetic, status by hand)
PLAT = '91330100MA27WJ011R'
REGISTRY.append((PLAT, '杭州网剑网络科技有限公司', '存续'))
SD = uscc('91', '440606', 'MA4UH3D2'); REGISTRY.append((SD, '佛山市顺德区木匠实木家具有限公司', '存续'))
TJ = uscc('92', '120118', 'MA06QK4B'); REGISTRY.append((TJ, '天津市静海区津骑电动车配件商行', '存续'))
CZ = uscc('91', '445103', 'MA51JW8E'); REGISTRY.append((CZ, '潮州市潮安区洁卫陶瓷有限公司', '存续'))
NB = uscc('91', '330282', 'MA2GX7C5'); REGISTRY.append((NB, '慈溪市厨小匠电器有限公司', '经营异常'))
CD = regno('51012500061234'); REGISTRY.append((CD, '成都市新都区蜀匠板材经营部', '存续'))
ST = uscc('92', '440515', 'MA4X2L7N'); REGISTRY.append((ST, '汕头市澄海区乐童玩具商行', '存续'))
GY_OK = uscc('91', '442000', 'MA4WQ8R3'); GY_BAD = uscc('91', '442000', 'MA4WQ8R3', broken=True)
REGISTRY.append((GY_OK, '中山市古韵红木家具有限公司', '存续'))
CP_OK = regno('33038100052471'); CP_BAD = regno('33038100052471', broken=True)
REGISTRY.append((CP_OK, '瑞安市车之佳汽车配件有限公司', '存续'))
YY = uscc('91', '350582', 'MA8RT2K6'); REGISTRY.append((YY, '晋江市野营户外用品有限公司', '存续'))
QQ = uscc('91', '440305', 'MA5H7N2P'); REGISTRY.append((QQ, '深圳市清泉净水科技有限公司', '存续'))
QQ_OTHER = uscc('91', '440305', 'MA5K3W9D'); REGISTRY.append((QQ_OTHER, '深圳市水之源环保设备有限公司', '存续'))
XS = uscc('91', '360703', 'MA39C6L1'); REGISTRY.append((XS, '赣州市南康区小树儿童家具有限公司', '存续'))
QX = uscc('91', '350206', 'MA8UE4J2'); REGISTRY.append((QX, '厦门湖里骑行家运动用品有限公司', '存续'))
YK = uscc('91', '330784', 'MA2EB1Q9'); REGISTRY.append((YK, '永康市力健健身器材有限公司', '存续'))
FS_OK = uscc('91', '440605', 'MA55F3T8'); FS_BAD = uscc('91', '440605', 'MA55F3T8', broken=True)
REGISTRY.append((FS_OK, '佛山市南海区瓷都陶瓷有限公司', '存续'))
FC = uscc('91', '120113', 'MA07AP6W'); REGISTRY.append((FC, '天津市北辰区恒通五金机电有限公司', '存续'))
GS = uscc('91', '440306', 'MA5G6Y2R'); REGISTRY.append((GS, '深圳市宝安区港式橱柜有限公司', '存续'))
CF = uscc('91', '442000', 'MA52HC7K'); REGISTRY.append((CF, '中山市厨房宝电器有限公司', '存续'))
XX = uscc('92', '440515', 'MA51B9E3'); REGISTRY.append((XX, '汕头市澄海区小熊玩具店', '注销'))
CL = uscc('91', '440111', 'MA59N4X7'); REGISTRY.append((CL, '广州市白云区车联汽配贸易有限公司', '存续'))

# ================================================================ MAIN — platform shops on mall.wangjian.test
# ---- shop shunde-mujiang: 顺德 solid-wood furniture
SDU = M + '/shop/shunde-mujiang/'
P('main', 'sd-home', SDU, 'utf-8', False, mall_shop('shunde-mujiang', '木匠实木家具', f'''
<header class="shop-head"><h1 class="shop-name">木匠实木家具 · 顺德工厂店</h1>
<span class="badge mall-mark" title="网剑商城认证店铺">商城亮标</span></header>
<section class="banner"><h2>北美黑胡桃 · 老师傅榫卯</h2>
<p>做实木家具的<b>天花板</b>，同价位里我们就是顶配：全屋黑胡桃，没有之一。</p></section>
<ul class="cats"><li>餐桌椅</li><li>沙发</li><li>全屋定制衣柜</li><li>床</li></ul>
<div class="shop-licence"><p>经营者：佛山市顺德区木匠实木家具有限公司</p>
<p>统一社会信用代码：{SD}</p><p>地址：佛山市顺德区龙江镇家具城东路18号</p></div>
'''), 'ABSOLUTE_TERM',
    '"做实木家具的天花板""同价位里就是顶配""没有之一" are unprovable superlatives, 广告法 第九条第三项 (equivalents of 最高级/最佳). '
    'Licence shown and 存续; mark shown. No public case found for 天花板 in furniture; 镇江润州 工商 2015 整治建材家具 "行业领跑/十大品牌" (search: nydalu.com) is the nearest.')

P('main', 'sd-sofa', M + '/item/sd-20311.html', 'utf-8', False, mall_item('shunde-mujiang', '意式极简真皮沙发', f'''
<h1 class="goods-title">意式极简 头层牛皮沙发 三人位</h1>
<div class="price-box"><span class="now">¥6980</span></div>
<div class="desc"><p>米兰那个大牌的同款，拿的是他们家展会款原图开模，</p>
<p>一比一<br>复刻，线条、缝线、脚架看不出区别，专柜价的三分之一。</p>
<p>懂的来，不解释牌子，包装无标。</p></div>
'''), 'COUNTERFEIT_TERM',
    'Seller offers a 1:1 copy ("一比一 复刻", split over a <br>) of a named-by-hint brand design, "看不出区别""包装无标": offer of copies, 商标法 第五十七条 '
    '(and possibly 反不正当竞争法 第六条 混淆). No furniture case found; 上海海关 2023 汽车配件 10.7万件 侵权 is the nearest public case of copies.')

P('main', 'sd-wardrobe', M + '/item/sd-30102.html', 'utf-8', False, mall_item('shunde-mujiang', '全屋定制衣柜', f'''
<h1 class="goods-title">全屋定制 实木衣柜 按平米计价</h1>
<div class="price-box"><span class="now">¥1680/㎡（投影面积）</span></div>
<div class="desc"><p>下单后设计师上门量尺，按您家墙面尺寸、内部格局出图，确认图纸后开料生产。</p>
<p class="notice">温馨提示：本品为<b>定作</b>商品，依据《消费者权益保护法》第二十五条第一款第（一）项，
确认图纸开料后不适用七日无理由退货；质量问题按三包及合同约定处理。</p></div>
'''), '-',
    'trap: made-to-measure wardrobe (量尺、出图、按尺寸开料) is 定作, listed in 消费者权益保护法 第二十五条 (一); the refusal is lawful and the quality '
    'remedies are kept. Contrast sd-table (standard goods).')

P('main', 'sd-table', M + '/item/sd-10088.html', 'utf-8', False, mall_item('shunde-mujiang', '黑胡桃餐桌', f'''
<h1 class="goods-title">北美黑胡桃 实木餐桌 1.6米 现货</h1>
<div class="price-box"><span class="now">到手价 ¥2999</span> <del class="orig">划线价 ¥3999</del></div>
<div class="desc"><p>标准尺寸 1600×900×750mm，仓库现货，48小时发货。</p>
<p class="after-sale">售后：大件家具物流成本高，<b>本品不支持7天无理由退换</b>，下单即视为同意。</p></div>
'''), 'FAKE_ORIGINAL_PRICE,RETURN_REFUSED',
    'A stock item of standard size is not 定作 or any other 第二十五条 exemption; "下单即视为同意" is not the buyer confirmation the article '
    'allows for goods whose nature requires it, so 消费者权益保护法 第二十五条 applies (大件 is no exemption). Price: 划线价 3999 while the '
    'item was captured at 2599 five days before: above the 7-day low, 明码标价和禁止价格欺诈规定 第十六条. Case: 江苏 2025 铁拳 泰州 '
    '擅自扩大七日无理由不适用范围 (cited by corpus12/a README, not re-read); no furniture-specific case found.',
    history=[(5, hist_mall('shunde-mujiang', '北美黑胡桃 实木餐桌 1.6米 现货', '2599')),
             (2, hist_mall('shunde-mujiang', '北美黑胡桃 实木餐桌 1.6米 现货', '2999'))])

# ---- shop jinqi-dianche: 天津 e-bike parts (GBK platform pages)
P('main', 'tj-home', M + '/shop/jinqi-dianche/', 'gbk', False, mall_shop('jinqi-dianche', '津骑电动车配件', f'''
<header class="shop-head"><h1 class="shop-name">津骑电动车配件</h1>
<span class="badge mall-mark-pending" title="亮标资料审核中">亮标审核中</span></header>
<section class="banner"><p>静海电动车配件 · 电池 · 充电器 · 控制器 · 轮胎</p></section>
<div class="shop-licence"><p>天津市静海区津骑电动车配件商行（个体工商户）</p><p>统一社会信用代码 {TJ}</p></div>
''', meta=META_GBK), 'MARK_MISSING',
    'Shop home shows no element with the exact class token mall-mark: only mall-mark-pending ("亮标审核中"), so the platform mark is not displayed '
    '(平台为网店亮标). Licence shown and 存续.')

P('main', 'tj-jiesu', M + '/item/tj-7741.html', 'gbk', False, mall_item('jinqi-dianche', '48V控制器', f'''
<h1 class="goods-title">48V/60V 正弦波控制器 350W 新国标车通用</h1>
<div class="price-box"><span class="now">￥168</span></div>
<div class="desc"><p>出厂已刷好<b>无限速版</b>程序，装上就能跑，懂的都懂。</p>
<p>老车友看这里：拔掉限速线（白色那根）再配我家60V电池，平路轻松五十多码。</p>
<p>可代客远程刷机，拍下备注车型。</p></div>
''', meta=META_GBK), 'PROHIBITED_GOODS',
    'Controller sold "无限速版", with instructions to cut the speed-limit wire and a remote flashing service: goods and service to remove the '
    'speed limiter of e-bikes (GB 17761-2018 最高车速 25km/h). Banned by local e-bike rules (上海市非机动车安全管理条例 第十二条; 广西 办法 '
    '"禁止拆除、改装电动自行车限速装置"). Cases: 北京海淀 2024 鑫源昌顺 解除限速 罚3万 (北京市市场监管局 2024-08 曝光); 柳州 2024 改装店 时速100公里.')

P('main', 'tj-charger', M + '/item/tj-7702.html', 'gbk', False, mall_item('jinqi-dianche', '48V原装充电器', f'''
<h1 class="goods-title">48V12Ah 铅酸电池原装充电器 3C认证</h1>
<div class="price-box"><span class="now">￥89</span></div>
<div class="desc"><p>适配新国标（GB 17761-2018）电动自行车，输出 59.2V 2.5A，转灯保护。</p>
<div class="warn"><h3>本店声明</h3><p>本店<b>不提供</b>解除限速、改装控制器、加装大容量电池等服务，请勿咨询。</p>
<p>私自改装电动自行车违法且危险：2024年北京多家车行因解除限速、48V改72V电池被各罚款3万元。</p></div></div>
''', meta=META_GBK), '-',
    'trap: a lawful charger; the shop states what it does NOT do (解除限速, 改装) and quotes real enforcement news (北京市市场监管局 2024-08 '
    '电动自行车非法拼改装典型案例). Words 解除限速/改装 occur only in refusal and warning.')

P('main', 'tj-battery', M + '/item/tj-7720.html', 'gbk', False, mall_item('jinqi-dianche', '48V锂电池', f'''
<h1 class="goods-title">48V20Ah 三元锂电池 新国标车适用（原装尺寸）</h1>
<div class="price-box"><span class="now">现价 ￥1099</span> <del class="orig">原价 ￥1599</del></div>
<div class="desc"><p>电池组重量 ≤55kg整车限值内，带BMS保护板，质保两年。</p></div>
''', meta=META_GBK), '-',
    'trap (price): 原价 1599 equals every price captured in the 7 days before (5 and 2 days: 1599); the 999 capture is 9 days old, outside '
    'the window of 明码标价和禁止价格欺诈规定 第十六条. A same-size replacement battery is lawful (no voltage change).',
    history=[(9, hist_mall('jinqi-dianche', '48V20Ah 三元锂电池 新国标车适用（原装尺寸）', '999', META_GBK)),
             (5, hist_mall('jinqi-dianche', '48V20Ah 三元锂电池 新国标车适用（原装尺寸）', '1599', META_GBK)),
             (2, hist_mall('jinqi-dianche', '48V20Ah 三元锂电池 新国标车适用（原装尺寸）', '1599', META_GBK))])

# ---- shop chaoan-jiewei: 潮州 sanitary ware (GBK)
P('main', 'cz-home', M + '/shop/chaoan-jiewei/', 'gbk', False, mall_shop('chaoan-jiewei', '洁卫卫浴旗舰店', f'''
<header class="shop-head"><h1 class="shop-name">洁卫卫浴 潮州源头工厂</h1>
<span class="badge mall-mark2" title="店铺等级">五钻店铺</span></header>
<section class="banner"><h2>洁卫 —— 中国驰名商标</h2><p>三十年专注陶瓷洁具，智能马桶 · 浴室柜 · 花洒</p></section>
<div class="shop-licence"><p>潮州市潮安区洁卫陶瓷有限公司 · 统一社会信用代码 {CZ}</p></div>
''', meta=META_GBK), 'MARK_MISSING,WELLKNOWN_MARK_AD',
    '"中国驰名商标" used in the banner to promote the goods: 商标法 第十四条第五款. Case: 莆田仙游 2014 佳乐陶网店 卫浴广告 "中国驰名商标" 罚1万 '
    '(闽南网 2014-08-06). The badge class is mall-mark2, not the exact token mall-mark, and says 五钻店铺 (a rating, not the platform mark): MARK_MISSING.')

P('main', 'cz-toilet', M + '/item/cz-5120.html', 'gbk', False, mall_item('chaoan-jiewei', '虹吸式马桶', f'''
<h1 class="goods-title">虹吸式连体马桶 一级水效 静音缓降</h1>
<div class="price-box"><span class="now">￥899</span></div>
<table class="spec"><tr><th>水效等级</th><td>1级（GB 25502-2017）</td></tr>
<tr><th>质量荣誉</th><td>国家免检产品 · 质量信得过单位</td></tr></table>
<p class="after-sale">陶瓷易碎品，<b>售出概不退换</b>，签收前请当面验货。</p>
''', meta=META_GBK), 'FALSE_HONOUR,RETURN_REFUSED',
    '"国家免检产品": the 免检 scheme was abolished in 2008 (国务院 废止 产品免检 决定, 国家工商总局 notice banning 免检 in ads, '
    'search: 63-hd.com), so the honour cannot be true: 广告法 第二十八条. "售出概不退换" for an ordinary toilet: no 第二十五条 exemption '
    '(fragility is none). 1级水效 is a grade of GB 25502 (not an absolute term).')

P('main', 'cz-shower', M + '/item/cz-5188.html', 'gbk', False, mall_item('chaoan-jiewei', '负离子增压花洒', f'''
<h1 class="goods-title">负离子增压花洒套装 过滤余氯</h1>
<div class="price-box"><span class="now">￥129</span></div>
<div class="desc"><img src="/img/cz5188-1.jpg" alt="负离子花洒 洗澡就能调理湿疹 皮炎 牛皮癣 宝宝红屁屁一周见效">
<p>内置维C滤芯+负离子球，过滤余氯，软化水质。</p>
<p>买家秀：用了半个月，多年的<b>湿疹好了</b>，皮肤科都省了！</p></div>
''', meta=META_GBK), 'FALSE_CLAIM',
    'A shower head claimed to cure 湿疹/皮炎/牛皮癣 (in image alt text and a "买家秀" the seller publishes): disease claims for a non-medical '
    'product, 广告法 第十七条, 第二十八条. Case: 北京市工商局 2015 空气和饮用水净化类生活用品专项整治 (未经检测宣传治疗功效); none found for shower heads.')

# ---- shop cixi-chuxiaojiang: 慈溪 small kitchen appliances
P('main', 'nb-home', M + '/shop/cixi-chuxiaojiang/', 'utf-8', False, mall_shop('cixi-chuxiaojiang', '厨小匠小家电', f'''
<header class="shop-head"><h1 class="shop-name">厨小匠小家电 官方店</h1>
<span class="badge mall-mark">网剑商城 · 已亮标</span></header>
<section class="banner"><p>空气炸锅 · 电饭煲 · 破壁机 · 养生壶 — 慈溪工厂直发</p></section>
<div class="shop-licence"><p>慈溪市厨小匠电器有限公司</p><p>统一社会信用代码：{NB}</p></div>
'''), 'LICENSE_MISMATCH',
    'The displayed code is valid, but registry.tsv lists the company as 经营异常 (registry status as the rule defines). Mark shown. '
    '(电子商务法 第十五条; 市场主体登记管理条例 — a company in the 经营异常 list still displays an old clean licence.)')

P('main', 'nb-airfryer', M + '/item/nb-6601.html', 'utf-8', False, mall_item('cixi-chuxiaojiang', '空气炸锅', f'''
<h1 class="goods-title">厨小匠 可视空气炸锅 5L</h1>
<div class="price-box"><span class="now">¥219</span></div>
<div class="brand-line">厨小匠 · 驰 名 商 标 · 品质保障</div>
<div class="desc"><img src="/img/nb6601-card.jpg" alt="收货后 晒图+五星 截图发客服 领5元红包 追评再加3元">
<p>无油少油，可视窗口，8大菜单。</p></div>
'''), 'REVIEW_INDUCEMENT,WELLKNOWN_MARK_AD',
    'Image alt text of the package card: red packet for 晒图+五星 and for 追评 — 好评返现, 电子商务法 第十七条, 反不正当竞争法 (2019) 第八条. '
    'Case: 扬州江都 2020 好评返现卡片 罚12000元 (江苏省市场监管局 2020-11 刷单炒信典型案例). "驰 名 商 标" spaced in the brand line promotes the goods: '
    '商标法 第十四条第五款.')

P('main', 'nb-ricecooker', M + '/item/nb-6630.html', 'utf-8', False, mall_item('cixi-chuxiaojiang', 'IH电饭煲', f'''
<h1 class="goods-title">IH电磁加热电饭煲 4L 一级能效</h1>
<div class="price-box"><span class="now">¥399</span></div>
<table class="spec"><tr><th>能效</th><td>1级（GB 21518 电饭锅能效限定值及能效等级）</td></tr>
<tr><th>内胆</th><td>2.5mm 球釜内胆</td></tr></table>
<div class="tips"><h3>煮饭小贴士</h3><p>最佳米水比约 1:1.2，新米可减水；煮前浸泡 20 分钟口感最佳。</p></div>
<p class="after-sale">支持7天无理由退货（商品完好、配件齐全）。</p>
'''), '-',
    'trap: "1级" is the energy-efficiency grade of GB 21518; "最佳米水比 1:1.2 / 口感最佳" are usage tips (SAMR 2023 guidance exempts tips); '
    '1:1.2 is a water ratio, not a copy grade; returns are accepted.')

# ---- shop shujiang-bancai: 成都 boards and paint (UTF-8 with BOM)
P('main', 'cd-home', M + '/shop/shujiang-bancai/', 'utf-8', True, mall_shop('shujiang-bancai', '蜀匠板材', f'''
<header class="shop-head"><h1 class="shop-name">蜀匠板材 · 油漆涂料</h1>
<span class="mall-mark badge">亮标店铺</span></header>
<section class="banner"><p>颗粒板 · 多层板 · 乳胶漆 · 木器漆 · 新都家具城老店</p></section>
<div class="shop-licence"><p>成都市新都区蜀匠板材经营部</p><p>营业执照注册号：{CD}</p>
<p><small>（2014年登记，注册号有效，换发新照前仍可查询）</small></p></div>
'''), '-',
    'trap: licence displayed as an old 15-digit 注册号 whose ISO 7064 MOD 11,10 check digit is right and which is 存续 in the registry; '
    'mark shown with the token mall-mark first in the class list.')

P('main', 'cd-paint', M + '/item/cd-8802.html', 'utf-8', True, mall_item('shujiang-bancai', '负离子乳胶漆', f'''
<h1 class="goods-title">负离子净味乳胶漆 18L 儿童房</h1>
<div class="price-box"><span class="now">¥598</span></div>
<div class="desc"><h3>为什么宝妈都选它？</h3>
<ul><li>每立方厘米释放负离子 2000 个，刷完就是天然氧吧</li>
<li>长期居住可<b>预防癌症</b>，过敏性鼻炎、哮喘的孩子住进去就不咳了</li>
<li>孕妇、新生儿即刷即住</li></ul></div>
'''), 'FALSE_CLAIM',
    'Paint claimed to prevent cancer and relieve 鼻炎/哮喘: disease claims for building material, 广告法 第十七条, 第二十八条; "即刷即住" for '
    'pregnant women is also unsafe. Cases: 南京雨花台 2022 空气净化器 "杀灭新冠病毒" 罚10万 (中国市场监管报 2022-06-16); 京津冀消协 2026-02 除醛产品消费提示.')

P('main', 'cd-board', M + '/item/cd-8810.html', 'utf-8', True, mall_item('shujiang-bancai', 'ENF级颗粒板', f'''
<h1 class="goods-title">ENF级 颗粒板 18mm 柜体板</h1>
<div class="price-box"><span class="now">¥158/张</span></div>
<table class="spec"><tr><th>甲醛释放等级</th><td>ENF级（GB/T 39600-2021，≤0.025mg/m³）</td></tr>
<tr><th>检测报告</th><td>第三方检测，报告编号见商品图</td></tr></table>
<p class="note">说明：ENF 是国家标准规定的甲醛释放限量等级，不代表“零甲醛”；任何板材都不能“治疗过敏”，本店不做此类宣传。
新装修请保持通风后再入住。</p>
'''), '-',
    'trap: ENF级 is a grade defined by GB/T 39600-2021 (standard grade, not an absolute term); "治疗过敏" appears only in a negation; '
    'ventilation advice is buyer advice.')

# ---- shop letong-wanju: 澄海 toys
P('main', 'st-home', M + '/shop/letong-wanju/', 'utf-8', False, mall_shop('letong-wanju', '乐童玩具', f'''
<header class="shop-head"><h1 class="shop-name">乐童玩具 澄海工厂店</h1>
<span class="badge mall-mark">亮标</span></header>
<section class="banner"><h2>销量全网第一的玩具店</h2><p>遥控车 · 积木 · 益智 · 户外玩具，澄海源头一件代发</p></section>
<section class="contact"><p>客服微信：letong-cs 工作时间 9:00-22:00</p></section>
'''), 'ABSOLUTE_TERM,LICENSE_MISSING',
    '"销量全网第一" without any source or period: 广告法 第九条第三项. The shop home shows no licence of its own (only the platform operator\'s '
    'in the footer, which is not the shop\'s): 电子商务法 第十五条. Mark shown.')

P('main', 'st-laser', M + '/item/st-4410.html', 'utf-8', False, mall_item('letong-wanju', '绿光激光手电', f'''
<h1 class="goods-title">强光绿激光 户外指星 可充电 射程超远</h1>
<div class="price-box"><span class="now">¥59</span></div>
<div class="desc"><p>实测功率 3000mW，<b>点火柴、烧气球</b>秒燃，夜空一道光柱几公里可见。</p>
<p>送孩子做天文指星神器，带星光帽子多种图案。</p></div>
'''), 'PROHIBITED_GOODS',
    'A 3000mW laser pointer ("点火柴、烧气球", marketed to children) is far above the consumer class (GB 7247.1; the 2025 mandatory standard for '
    '消费类激光指示器 limits them, see 2025 news on 激光笔 in the search results); public-security bans on selling high-power lasers exist locally. '
    'Doubt recorded: the national rule is a product standard rather than a sales ban list. Case: 龙山县工商局 2015 查封 三无激光笔 (团结报).')

P('main', 'st-gun', M + '/item/st-4433.html', 'utf-8', False, mall_item('letong-wanju', '水弹枪', f'''
<h1 class="goods-title">M416 电动连发 水弹枪 金属版</h1>
<div class="price-box"><span class="now">¥329</span></div>
<div class="desc"><p>1:1 真枪尺寸，金属枪管枪机，手感跟真的一样。</p>
<p>升级款送“加强弹簧”，换钢珠也能打，初速更高，<b>打穿易拉罐</b>。</p></div>
'''), 'PROHIBITED_GOODS',
    'A full-size metal replica with real-gun barrel/action and an upgrade spring for steel balls meets the 公安部《仿真枪认定标准》; '
    '枪支管理法 第二十二条 bans making and selling 仿真枪. Case: 武威凉州 2023 水弹枪 非法买卖枪支罪 (澎湃 2024-02). "1:1" here is the scale of '
    'a gun replica, not a copy grade of a brand: not labelled COUNTERFEIT_TERM.')

P('main', 'st-blocks', M + '/item/st-4501.html', 'utf-8', False, mall_item('letong-wanju', '木质积木', f'''
<h1 class="goods-title">榉木大颗粒积木 100粒 3岁+</h1>
<div class="price-box"><span class="now">¥79</span></div>
<div class="warn"><p>警告：含小零件，不适合3岁以下儿童，有窒息危险。符合 GB 6675-2014。</p>
<p>本店不售激光笔、仿真枪、弹弓、弓弩等危险玩具，请家长放心。</p></div>
'''), '-',
    'trap: mandatory toy warning (GB 6675) and a statement of what the shop does NOT sell (激光笔、仿真枪、弓弩).')

# ---- shop mujiang-shougong: family handicraft toys under 电子商务法 第十条
P('main', 'mj-home', M + '/shop/laowang-muma/', 'utf-8', False, mall_shop('laowang-muma', '老王家手工木马', f'''
<header class="shop-head"><h1 class="shop-name">老王家手工木马</h1>
<span class="badge mall-mark">亮标</span></header>
<section class="banner"><p>爷爷和爸爸两个人在家做的木马、推车、小板凳，每周只做十几件。</p></section>
<div class="shop-subject"><p>经营者信息：王建国（个人）</p>
<p>本店销售家庭手工业产品，依据《中华人民共和国电子商务法》第十条规定，属于不需要办理市场主体登记的情形。</p></div>
'''), '-',
    'trap: no licence code, but the 电子商务法 第十条 exemption statement (家庭手工业产品) is displayed, which 第十五条 accepts instead of a licence. Mark shown.')

P('main', 'mj-frog', M + '/item/lw-0012.html', 'utf-8', False, mall_item('laowang-muma', '木头青蛙', f'''
<h1 class="goods-title">复刻童年 · 八十年代木头跳跳蛙</h1>
<div class="price-box"><span class="now">¥45</span></div>
<div class="desc"><p>照着爷爷小时候玩的样子复刻的老玩具，没有牌子，榆木手削，桐油擦面。</p></div>
'''), '-',
    'trap: "复刻" means remaking an old unbranded folk toy design; there is no trademark or brand being copied (商标法 第五十七条 needs a registered mark). '
    'Dispute foreseen: a word list flags 复刻.')

# ---- shop qixingjia: cycling gear
P('main', 'qx-home', M + '/shop/qixingjia/', 'utf-8', False, mall_shop('qixingjia', '骑行家', f'''
<header class="shop-head"><h1 class="shop-name">骑行家 运动装备</h1>
<span class="badge mall-mark" style="display:none">网剑商城亮标</span><span class="lv">金牌卖家</span></header>
<section class="banner"><p>头盔 · 骑行服 · 车灯 · 码表</p></section>
<div class="shop-licence"><a href="/shop/qixingjia/licence.html"><img src="/img/qx-licence.jpg" alt="营业执照：厦门湖里骑行家运动用品有限公司"></a></div>
'''), 'MARK_MISSING',
    'The mall-mark element is hidden (display:none): not displayed, so MARK_MISSING. The licence is displayed as an image with alt text and '
    'a link to a licence page, which satisfies 电子商务法 第十五条 ("链接标识"): not LICENSE_MISSING.')

P('main', 'qx-helmet', M + '/item/qx-2201.html', 'utf-8', False, mall_item('qixingjia', '骑行头盔', f'''
<h1 class="goods-title">电动车头盔 3C认证 半盔 四季通用</h1>
<div class="price-box"><span class="now">¥129</span></div>
<div class="honour"><img src="/img/qx-cert.jpg" alt="国家免检产品证书"><p>国家免检产品 · 2022年度质量金奖</p></div>
<p>符合 GB 811-2022，3C 强制认证。</p>
'''), 'FALSE_HONOUR',
    '"国家免检产品" (abolished 2008) shown as a certificate image and text: an honour that cannot be true, 广告法 第二十八条; 反不正当竞争法 (2025) 第九条. '
    'The 2022 质量金奖 has no issuer; not the basis of the label.')

P('main', 'qx-light', M + '/item/qx-2260.html', 'utf-8', False, mall_item('qixingjia', '自行车尾灯', f'''
<h1 class="goods-title">智能刹车感应尾灯 USB充电</h1>
<div class="price-box"><span class="now">¥39</span></div>
<div class="tips"><p>最佳安装高度：座杆距地面 60–90cm，灯面朝后竖直。</p><p>支持七天无理由退货。</p></div>
'''), '-',
    'trap: "最佳安装高度" is an installation tip (SAMR 2023 guidance), returns are accepted.')

P('main', 'cd-article', M + '/shop/shujiang-bancai/article/12.html', 'utf-8', True, mall_shop('shujiang-bancai', '装修除甲醛，别被忽悠', f'''
<article><h1>新房除甲醛，这几句话别信</h1>
<p>甲醛已被国际癌症研究机构（IARC）列为1类致癌物，长期高浓度暴露与白血病、鼻咽癌风险有关，所以板材等级要选对。</p>
<p>但是：市面上说“某某涂料能治过敏”“负离子防癌”的，都是违法宣传，《广告法》第十七条不允许非医疗产品说治病。</p>
<p>最靠谱的办法还是开窗通风加选 E0/ENF 级板材，入住前做一次检测。京津冀消协 2026 年也提醒过除醛仪、除醛果冻的夸大宣传。</p></article>
'''), '-',
    'trap: buyer advice on a shop article page: 致癌/防癌/治过敏 appear as facts about formaldehyde (IARC class 1) and as quotations of what is '
    'unlawful, with 广告法 第十七条 cited; no claim is made for the shop\'s goods.')

# ================================================================ MAIN — independent sites
# ---- www.guyun-hongmu.com: 中山 rosewood furniture, traditional script, Big5
GYU = 'http://www.guyun-hongmu.com/'
GY_FOOT = site_footer(['中山市古韻紅木傢俱有限公司 版權所有', '統一社會信用代碼：%s' % GY_BAD,
                       icp('粵ICP備19044721號-1') + ' ｜ 地址：中山市大湧鎮紅木傢俱城'])
GY_FOOT_INNER = site_footer(['中山市古韻紅木傢俱有限公司 版權所有', icp('粵ICP備19044721號-1')])
P('main', 'gy-home', GYU, 'big5', False, shell('古韻紅木 - 大湧老紅木工坊', f'''
<nav><a href="/">首頁</a> <a href="/sofa.html">沙發</a> <a href="/news/">新聞</a></nav>
<section class="hero"><h1>古韻紅木 · 大湧三代手藝</h1><p>老撾大紅酸枝、緬甸花梨，純榫卯結構，可上門量尺訂做。</p></section>
<ul class="goods"><li>明式圈椅</li><li>新中式沙發</li><li>羅漢床</li></ul>
{GY_FOOT}''', meta=META_BIG5, lang='zh-TW'), 'LICENSE_INVALID',
    'The 统一社会信用代码 in the footer fails its GB 32100 check character (the registered code differs in its last character): false display, '
    '电子商务法 第十五条. Page is Big5 in traditional script. ICP filing well formed.')

P('main', 'gy-sofa', GYU + 'sofa.html', 'big5', False, shell('新中式紅木沙發 - 古韻紅木', f'''
<h1>新中式 大紅酸枝 沙發 123組合</h1>
<p class="price">¥ 68800 起</p>
<div class="honour"><h3>企業榮譽</h3><ul><li>中國名牌產品（2019年度）</li><li>紅木傢俱行業誠信企業</li></ul></div>
<p>材質：交趾黃檀（GB/T 18107-2017 紅木 酸枝木類）</p>
{GY_FOOT_INNER}''', meta=META_BIG5, lang='zh-TW'), 'FALSE_HONOUR',
    '"中國名牌產品（2019年度）": the 中国名牌产品 evaluation by the former 质检总局 stopped in 2008 [secondary], so a 2019 award cannot be true: '
    '广告法 第二十八条; 反不正当竞争法 (2025) 第九条. Similar case: 双辽市工商局 "中国著名品牌" 瓷砖 (jia.com), and 阜南 2018 "央视上榜品牌". '
    'Material name 交趾黄檀/酸枝木类 follows GB/T 18107 (not a claim).')

P('main', 'gy-news', GYU + 'news/2024-trademark.html', 'big5', False, shell('公司新聞：關於商標宣傳的說明', f'''
<article><h1>關於商標宣傳用語的說明</h1>
<p>有客戶問我們為甚麼不在廣告上寫“馳名商標”。根據《商標法》第十四條第五款，生產、經營者不得將“馳名商標”字樣用於商品、
商品包裝或者容器上，或者用於廣告宣傳、展覽以及其他商業活動中。</p>
<p>所以本公司的一切宣傳都不使用這四個字，也提醒同行注意。</p></article>
{GY_FOOT_INNER}''', meta=META_BIG5, lang='zh-TW'), '-',
    'trap: a news item quoting 商标法 第十四条第五款 and explaining that the company does not use the words; 驰名商标 is not used to promote goods.')

P('main', 'gy-care', GYU + 'care.html', 'big5', False, shell('紅木保養', f'''
<h1>紅木傢俱保養指南</h1>
<p>紅木最佳保養方法：避免陽光直射與空調直吹，室內濕度保持在 40%–60% 最佳。</p>
<p>每季度用軟布蘸少量核桃油擦拭一次即可，切勿用化學清潔劑。</p>
<p>訂做傢俱依《消費者權益保護法》第二十五條不適用七日無理由退貨；現貨傢俱簽收後七日內可無理由退貨（完好、不影響二次銷售）。</p>
{GY_FOOT_INNER}''', meta=META_GB2312, lang='zh-TW'), '-',
    'trap: "最佳保养方法/湿度最佳" are care tips; the return text applies 第二十五条 correctly (定作 excluded, stock goods returnable). '
    'Wrong charset meta: bytes are Big5, meta declares gb2312.')

# ---- www.chezhijia-peijian.com: 瑞安 car parts, GB18030
CPU = 'http://www.chezhijia-peijian.com/'
CP_FOOT = site_footer(['瑞安市车之佳汽车配件有限公司 © 2015-2026', '浙公网安备 33038102000871号', '客服热线 0577-6581 2231'])
P('main', 'cp-home', CPU, 'gb18030', False, shell('车之佳汽配商城 - 瑞安汽配直供', f'''
<nav>首页 | 刹车系统 | 滤清器 | 灯具 | 电子 | 知识</nav>
<section class="hero"><h1>车之佳汽配 🚗 瑞安源头直供</h1><p>刹车片、滤芯、雨刮、灯泡，支持按VIN码查配件。</p></section>
<div class="licence"><p>营业执照注册号：{CP_BAD}</p></div>
{CP_FOOT}''', meta=META_18030), 'ICP_MISSING,LICENSE_INVALID',
    'Independent site home shows only a 公网安备 number, which is not an ICP filing (互联网信息服务管理办法 第十二条): ICP_MISSING. The 15-digit '
    '注册号 fails its ISO 7064 MOD 11,10 check digit: LICENSE_INVALID. GB18030 page (emoji U+1F697).')

P('main', 'cp-brake', CPU + 'goods/brake-2231.html', 'gb18030', False, shell('刹车片 - 车之佳', f'''
<h1>前刹车片 适配 大众/奥迪 多车型</h1>
<p class="price">¥ 168 / 套</p>
<table class="grade"><tr><th>A款</th><td>品牌件（博世®）¥268</td></tr>
<tr><th>B款</th><td>高 仿 原 厂 · 带原厂盒+防伪标，跟4S店拆下来的一比一 ¥168</td></tr></table>
<p>修理厂同行拿货量大从优。</p>
{CP_FOOT}''', meta=META_18030), 'COUNTERFEIT_TERM',
    'Option B offers "高仿原厂" (spaced 高 仿) with the maker\'s box and anti-fake label, "一比一": counterfeit parts, 商标法 第五十七条. Cases: 银川 2023 '
    '假冒通用汽车配件 (宁夏法治报 2023-04-04); 成都双流 2022 陕汽配件侵权. Option A (brand part) is lawful. GB18030 (® U+00AE).')

P('main', 'cp-jammer', CPU + 'goods/dz-0915.html', 'gb18030', False, shell('车载防定位 - 车之佳', f'''
<h1>车载点烟器款 ⚡ 防跟踪 防定位 神器</h1>
<p class="price">¥ 398</p>
<ul><li>插上即屏蔽北斗/GPS定位，车上的定位器、公司的车队管理统统找不到你</li>
<li>升级款同时干扰测速雷达，高速上“隐身”</li><li>抵押车、背户车车主必备</li></ul>
{CP_FOOT}''', meta=META_18030), 'PROHIBITED_GOODS',
    'A GPS/北斗 and speed-radar jammer for cars: 无线电管理条例 (2016) bans unauthorised jamming equipment; 信息产业部 2001 关于禁止非法研制生产和使用无线电干扰设备的通知. '
    'Cases: 青海 2023 打击非法使用GPS干扰设备 (人民邮电报); 昌吉 2023 干扰器; 2025 新浪财经 报道 卖家以"防定位/抵押车"规避审核.')

P('main', 'cp-guide', CPU + 'zhishi/yuanchang-fuchang.html', 'gb18030', False, shell('原厂件、品牌件、副厂件有什么区别 - 车之佳', f'''
<article><h1>原厂件、配套件、品牌件、副厂件，一次讲清</h1>
<p><b>原厂件</b>：4S店渠道、带车企标志；<b>配套件</b>：给车企供货的厂家自有品牌包装；<b>品牌件</b>：博世®、天合™ 等独立品牌；
<b>副厂件</b>：其他正规厂家生产、标注自己厂名的通用件，合法，价格低。</p>
<p>要当心的是所谓“高仿件”：冒用车企商标，属于假冒，本店一律不卖。</p></article>
{CP_FOOT}''', meta=META_18030), '-',
    'trap: buyer advice; 副厂件 (aftermarket parts under their own maker\'s name) is lawful; 高仿件 appears only in a warning and refusal.')

P('main', 'cp-recall', CPU + 'zhishi/recall-2025.html', 'gb18030', False, shell('召回信息 - 车之佳', f'''
<article><h1>转载：安全气囊召回提示</h1>
<p>据国家市场监督管理总局缺陷产品召回信息，部分车型安全气囊气体发生器存在破裂风险，车主请联系4S店免费更换。</p>
<p>提醒：安全气囊属于安全件，请勿购买来路不明的“拆车件”“翻新件”。本店不销售气囊类配件。™</p></article>
{CP_FOOT}''', meta=META_18030), '-',
    'trap: reposted recall notice and safety advice; the shop does not sell airbags. GB18030 (™ U+2122).')

# ---- www.yeying-huwai.com: 晋江 outdoor gear, UTF-8 (home without charset meta)
YYU = 'http://www.yeying-huwai.com/'
YY_FOOT = site_footer(['晋江市野营户外用品有限公司', '统一社会信用代码 %s' % YY, icp('闽ICP备2O21O458号-1')])
YY_FOOT_INNER = site_footer(['晋江市野营户外用品有限公司', icp('闽ICP备2O21O458号-1')])
P('main', 'yy-home', YYU, 'utf-8', False, shell('野营户外 - 露营装备', f'''
<nav>首页 / 帐篷 / 天幕 / 户外刀具 / 射箭 / 服装</nav>
<section class="hero"><h1>野营户外 · 晋江工厂</h1><p>帐篷天幕、折叠桌椅、冲锋衣。</p></section>
{YY_FOOT}''', meta=None), 'ICP_INVALID',
    'ICP number "闽ICP备2O21O458号-1" uses the letter O for the digit 0: malformed filing number (互联网信息服务管理办法; corpus-wide policy as DOMAIN.md). '
    'Licence shown and 存续. No charset meta (bytes are UTF-8).')

P('main', 'yy-crossbow', YYU + 'goods/sheji-031.html', 'utf-8', False, shell('户外射击 - 野营户外', f'''
<h1>小型钢弩 户外射鱼 狩猎 全金属</h1>
<p class="price">¥ 460</p>
<ul><li>拉力 80 磅，配瞄准镜，有效射程 50 米</li><li>赠箭 12 支（可换三棱钢头）</li><li>顺丰发货，包装写“渔具”</li></ul>
{YY_FOOT_INNER}''', meta=META_U), 'PROHIBITED_GOODS',
    'A steel crossbow with scope sold for hunting: 弩 is a 管制器具 (公安部 弩的管制规定 [unverified title]; 治安管理处罚法 第三十二条 names 弩 with 匕首); '
    'disguised as 渔具 for shipping. Case: 玉环 2010 边防查获网购弓弩 (浙江在线 2010-06-30).')

P('main', 'yy-tent', YYU + 'goods/zhangpeng-208.html', 'utf-8', False, shell('四季帐篷 - 野营户外', f'''
<h1>双层铝杆四季帐篷 3-4人</h1>
<p class="price">¥ 899</p>
<p>防水指数：外帐 PU3000mm；最佳露营季节：春秋，冬季请加装雪裙。</p>
<p>售后：支持7天无理由退货，帐篷搭过不影响退货，请保持配件齐全。</p>
{YY_FOOT_INNER}''', meta=META_U), '-',
    'trap: "最佳露营季节" is a usage tip; returns are accepted.')

P('main', 'yy-review', YYU + 'huodong/shaidan.html', 'utf-8', False, shell('晒单有礼 - 野营户外', f'''
<h1>晒单有礼 · 第三季</h1>
<table class="rule"><tr><th>评价</th><th>奖励</th></tr>
<tr><td>文字好评 15 字以上</td><td>返 ¥5</td></tr>
<tr><td>带图 / 带视频 五星</td><td>返 ¥10</td></tr>
<tr><td>30 天后追评</td><td>再返 ¥5</td></tr></table>
<p>评价截图发客服，核实后原路返现。</p>
{YY_FOOT_INNER}''', meta=META_U), 'REVIEW_INDUCEMENT',
    'Cash back for 五星/带图 reviews and follow-up reviews, laid out as a table: 电子商务法 第十七条; 反不正当竞争法 (2019) 第八条. Cases: 上海市市场监管局 '
    '2022-03 刷单炒信 24件 罚428万; 扬州江都 2020.')

P('main', 'yy-jacket', YYU + 'goods/fuzhuang-77.html', 'utf-8', False, shell('冲锋衣 - 野营户外', f'''
<h1>“始祖某” 硬壳冲锋衣 原单尾货</h1>
<p class="price">¥ 699 <small>（专柜 ¥6000+）</small></p>
<p>代工厂流出<b>原单</b>，纯原面料，吊牌水洗标齐全，跟专柜放一起认不出来。</p>
{YY_FOOT_INNER}''', meta=META_U), 'COUNTERFEIT_TERM',
    '"原单尾货/纯原" with full tags of a half-named brand at a tenth of the price: counterfeit trade slang, 商标法 第五十七条. No outdoor-wear case found.')

# ---- www.qingquan-jingshui.com: 深圳 water/air purifiers, UTF-8 with BOM
QQU = 'https://www.qingquan-jingshui.com/'
QQ_FOOT = site_footer(['深圳市清泉净水科技有限公司', icp('粤ICP备2021118843号-2') + ' ｜ 粤公网安备 44030502008812号'])
P('main', 'qq-home', QQU, 'utf-8', True, shell('清泉净水 - 家用净水器 空气净化器', f'''
<nav>首页 · 净水器 · 除醛仪 · 关于我们</nav>
<section class="hero"><h1>清泉净水</h1><p>RO反渗透净水器、全屋前置过滤、新房除醛。</p></section>
<div class="licence-box"><p>深圳市清泉净水科技有限公司 统一社会信用代码 {QQ}</p>{elicence(QQ_OTHER)}</div>
{QQ_FOOT}''', meta=META_U), 'LICENSE_MISMATCH',
    'The displayed code is valid and 存续, but the electronic-licence link\'s serial names another company\'s code (深圳市水之源环保设备有限公司): '
    'an e-licence that is not this operator\'s (DOMAIN.md: serial starts with the USCC). Borrowed badge.')

P('main', 'qq-purifier', QQU + 'product/ro-600g.html', 'utf-8', True, shell('RO净水器 600G - 清泉净水', f'''
<h1>富氢RO净水器 600G 厨下式</h1>
<p class="price">¥ 2680</p>
<section><h2>净水器行业标杆 · 国家级净化标准</h2>
<p>每天八杯富氢水，<b>降血压、降血糖</b>，喝三个月告别“三高”，痛风患者尿酸明显下降。</p></section>
{QQ_FOOT}''', meta=META_U), 'ABSOLUTE_TERM,FALSE_CLAIM',
    'Water claimed to lower blood pressure, blood sugar and uric acid: disease claims, 广告法 第十七条, 第二十八条. "行业标杆" and "国家级净化标准" '
    '(no such national level) as claims: 广告法 第九条第三项. Case: 北京市工商局 2015 净水类专项整治 (未经检测宣传治疗功效; 北京青年报 2015-06-05).')

QQ_FD = '新房除醛仪 负离子+光触媒'
P('main', 'qq-formaldehyde', QQU + 'product/chuquan-x3.html', 'utf-8', True, shell('除醛仪X3 - 清泉净水', f'''
<h1>{QQ_FD}</h1>
<p class="price"><span class="now">现价 ¥899</span> <s class="orig">原价 ¥1299</s></p>
<p>CADR 甲醛 120m³/h（第三方检测，30m³ 试验舱）。</p>
<aside class="promo"><p>🎁 收货七天内 五星评价+晒图，截图给客服，送价值 ¥199 的替换滤芯一个！</p></aside>
{QQ_FOOT}''', meta=META_U), 'FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT',
    'A ¥199 filter for a five-star review with photos: goods for reviews, 电子商务法 第十七条; 反不正当竞争法 第八条. 原价 1299 while the item was captured '
    'at 899 three days and 999 six days before: above the 7-day low, 明码标价和禁止价格欺诈规定 第十六条. The CADR figure states its test chamber (lawful).',
    history=[(6, shell('除醛仪X3 - 清泉净水', '<h1>%s</h1>\n<p class="price"><span class="now">¥999</span></p>\n%s' % (QQ_FD, QQ_FOOT), meta=META_U)),
             (3, shell('除醛仪X3 - 清泉净水', '<h1>%s</h1>\n<p class="price"><span class="now">¥899</span></p>\n%s' % (QQ_FD, QQ_FOOT), meta=META_U))])

P('main', 'qq-about', QQU + 'about.html', 'utf-8', True, shell('关于我们 - 清泉净水', f'''
<h1>关于清泉</h1>
<table class="subject"><caption>经营者信息公示</caption>
<tr><th>名称</th><td>深圳市清泉净水科技有限公司</td></tr>
<tr><th>统一社会<br>信用代码</th><td><span>{QQ[:6]}</span><span>{QQ[6:12]}</span><span>{QQ[12:]}</span></td></tr>
<tr><th>涉水产品卫生许可批件</th><td>粤卫水字（2023）第0312号</td></tr></table>
{QQ_FOOT}''', meta=META_U), '-',
    'trap: the valid, 存续 code is shown in a table split over three inline spans (odd layout of a correct number); not a home page.')

# ---- www.xiaoshu-ertong.cn: 南康 children's furniture, GBK (home declares utf-8)
XSU = 'http://www.xiaoshu-ertong.cn/'
XS_FOOT = site_footer(['赣州市南康区小树儿童家具有限公司 统一社会信用代码 %s' % XS, icp('赣ICP备XXXXXXXX号-1')])
XS_FOOT_INNER = site_footer(['赣州市南康区小树儿童家具有限公司'])
P('main', 'xs-home', XSU, 'gbk', False, shell('小树儿童家具 - 南康实木', f'''
<section class="hero"><h1>小树儿童家具</h1><p>儿童家具行业标杆，国家级环保，给孩子最好的。</p></section>
<ul><li>升降学习桌</li><li>上下铺</li><li>定制儿童房</li></ul>
{XS_FOOT}''', meta=META_U), 'ABSOLUTE_TERM,ICP_INVALID',
    '"行业标杆" "国家级环保" "最好的" as claims: 广告法 第九条第三项 (no 国家级 environmental grade exists for furniture). ICP "赣ICP备XXXXXXXX号-1" is a '
    'template placeholder, not a filing: ICP_INVALID. Wrong charset meta: bytes are GBK, meta declares utf-8.')

P('main', 'xs-desk', XSU + 'goods/desk-120.html', 'gbk', False, shell('升降学习桌 - 小树儿童家具', f'''
<h1>儿童升降学习桌 1.2米 现货</h1>
<p class="price">￥1580</p>
<p>桌面高度 52–76cm 手摇调节，E0级板材。</p>
<p class="after">温馨提示：儿童家具属特殊商品，拆封后不退不换，不支持七天无理由退货，介意慎拍。</p>
{XS_FOOT_INNER}''', meta=META_GBK), 'RETURN_REFUSED',
    'A stock study desk is ordinary goods; "特殊商品" is not one of the 第二十五条 exemptions and no buyer confirmation at purchase for a '
    'nature-based reason is asked: 消费者权益保护法 第二十五条. "E0级" is a standard grade (trap element).')

P('main', 'xs-bed', XSU + 'goods/dingzhi-bed.html', 'gbk', False, shell('定制儿童床 - 小树儿童家具', f'''
<h1>定制儿童上下床（按房间尺寸）</h1>
<p class="price">￥4800 起</p>
<p>下单后按您提供的房间尺寸出图，可选颜色、床头刻孩子名字。</p>
<p class="after">依据《消费者权益保护法》第二十五条，按消费者要求定作的商品不适用七日无理由退货；质量问题包退换。</p>
{XS_FOOT_INNER}''', meta=META_GBK), '-',
    'trap: made to the buyer\'s room size with engraving = 定作, 第二十五条 (一); quality remedies kept.')

# ---- www.anmian-chuangdian.com: magnetic "health" mattresses, GB18030
AMU = 'http://www.anmian-chuangdian.com/'
AM_FOOT = ('<footer class="site-footer"><p>安眠床垫 客服 400-0412-668</p>'
           '<!-- <p><a href="https://beian.miit.gov.cn/">辽ICP备2022008812号-1</a></p> -->'
           '<div style="display:none">营业执照：鞍山岫岩安眠寝具有限公司</div></footer>')
P('main', 'am-home', AMU, 'gb18030', False, shell('安眠磁疗床垫 - 睡出健康', f'''
<section class="hero"><h1>安眠 🛏 磁疗能量床垫</h1>
<p>千颗磁石+托玛琳远红外，<b>睡着就能治</b>：失眠、高血压、颈椎病、腰椎间盘突出，老人睡一个月血压稳了。</p></section>
{AM_FOOT}''', meta=META_18030), 'FALSE_CLAIM,ICP_MISSING,LICENSE_MISSING',
    'Mattress claimed to treat insomnia, hypertension and spinal disease: 广告法 第十七条, 第二十八条. Cases: 济南元隆贸易 磁性床垫 虚假宣传 罚160万 '
    '(济南 2022 铁拳 第四批); 岫岩 2024-09 保健床垫 央视曝光. The ICP number is only in an HTML comment and the licence line is display:none: '
    'neither is displayed, so ICP_MISSING and LICENSE_MISSING. GB18030 (emoji U+1F6CF).')

P('main', 'am-item', AMU + 'goods/citi-18.html', 'gb18030', False, shell('磁疗床垫1.8米 - 安眠', f'''
<h1>磁疗床垫 1.8×2.0米 ™ 托玛琳款</h1>
<p class="price">¥ 12800</p>
<div class="card"><p>好 评 返 现 20 元</p><p>五星+15字+3张图，联系在线客服领取</p></div>
{AM_FOOT}''', meta=META_18030), 'REVIEW_INDUCEMENT',
    '"好 评 返 现" (spaced) 20 元 for five stars + text + photos: 电子商务法 第十七条. GB18030 (™ U+2122).')

P('main', 'am-about', AMU + 'about.html', 'gb18030', False, shell('品牌荣誉 - 安眠', f'''
<h1>品牌荣誉</h1>
<ul><li>CCTV央视上榜品牌</li><li>中国驰名商标</li><li>国家免检产品（床垫类）</li></ul>
<p>安眠®，让每一位老人睡个好觉。</p>
{AM_FOOT}''', meta=META_18030), 'FALSE_HONOUR,WELLKNOWN_MARK_AD',
    '"CCTV央视上榜品牌" (央视 declared in 2006 and 2015 it never awarded it: 阜南 2018 case, cqn.com.cn; 余姚 2025 "CCTV展播品牌" 罚10万) and '
    '"国家免检产品" (abolished 2008): honours that cannot be true. "中国驰名商标" used to promote: 商标法 第十四条第五款. Not a home page. GB18030 (®).')

# ================================================================ HOLDOUT — platform shops
# ---- shop lijian-jianshen: 永康 fitness equipment (GBK)
P('holdout', 'yk-home', M + '/shop/lijian-jianshen/', 'gbk', False, mall_shop('lijian-jianshen', '力健健身器材', f'''
<header class="shop-head"><h1 class="shop-name">力健健身器材 永康厂家直营</h1>
<span class="badge shop-level">金牌店铺</span><span class="badge">品牌认证</span></header>
<section class="banner"><p>跑步机 · 哑铃 · 按摩椅 · 动感单车</p></section>
<div class="shop-licence"><p>永康市力健健身器材有限公司 统一社会信用代码 {YK}</p></div>
''', meta=META_GBK), 'MARK_MISSING',
    'No element with the class token mall-mark: the shop\'s own "金牌店铺/品牌认证" badges are not the platform mark. Licence shown and 存续.')

YK_TM = '力健 家用静音折叠跑步机 T6'
P('holdout', 'yk-treadmill', M + '/item/yk-3306.html', 'gbk', False, mall_item('lijian-jianshen', '折叠跑步机', f'''
<h1 class="goods-title">{YK_TM}</h1>
<div class="price-box"><span class="now">到手价 ￥1999</span> <span class="orig">日常价 <s>￥3299</s></span></div>
<p class="brand">力健——中国驰名商标，二十年只做健身器材。</p>
<p>电机 2.0HP，最高速度 14km/h，承重 120kg。</p>
''', meta=META_GBK), 'FAKE_ORIGINAL_PRICE,WELLKNOWN_MARK_AD',
    '日常价 3299 while captured at 2099 four days before and 1999 one day before: above the 7-day low (明码标价和禁止价格欺诈规定 第十六条). '
    'Case: 市场监管总局 第四批直播电商典型案例 2025 (太原 价格欺诈; cited by corpus12/a README, not re-read). "中国驰名商标" in the brand line: 商标法 第十四条第五款.',
    history=[(4, hist_mall('lijian-jianshen', YK_TM, '2099', META_GBK)), (1, hist_mall('lijian-jianshen', YK_TM, '1999', META_GBK))])

P('holdout', 'yk-dumbbell', M + '/item/yk-3340.html', 'gbk', False, mall_item('lijian-jianshen', '可调哑铃', f'''
<h1 class="goods-title">可调节哑铃 2.5–24kg 一对</h1>
<div class="price-box"><span class="now">￥699</span></div>
<div class="tips"><p>新手最佳训练重量：能标准完成 8–12 次的重量。</p><p>合格品，符合 GB 17498 固定式健身器材安全要求（适用部分）。</p></div>
''', meta=META_GBK), '-',
    'trap: "最佳训练重量" is training advice; standard reference; no claim.')

P('holdout', 'yk-massage', M + '/item/yk-3390.html', 'gbk', False, mall_item('lijian-jianshen', '按摩椅', f'''
<h1 class="goods-title">全身多功能按摩椅 零重力 送父母</h1>
<div class="price-box"><span class="now">￥4599</span></div>
<div class="desc"><p>专治颈椎病、肩周炎、腰椎间盘突出，每天十五分钟，</p><p>比去医院理疗还管用，还能<b>降血压</b>、改善心脑血管。</p></div>
''', meta=META_GBK), 'FALSE_CLAIM',
    'Ordinary household massage chair (not sold as a 医疗器械 with a registration number) claimed to treat 颈椎病/腰椎间盘突出 and lower blood '
    'pressure: 广告法 第十七条, 第二十八条. Case type: 岫岩 2024 保健床垫; 福州 2019 "净化血液" 床垫 (freewechat). ')

P('holdout', 'yk-about', M + '/shop/lijian-jianshen/service.html', 'gbk', False, mall_shop('lijian-jianshen', '售后说明', f'''
<article><h1>售后与退换货说明</h1>
<p>本店商品均支持七天无理由退货（商品完好、不影响二次销售）。</p>
<p>以下情况依法不适用七日无理由退货：按您要求刻字、定制配重的杠铃片（《消费者权益保护法》第二十五条 定作商品）。</p>
<p>跑步机等大件退货运费由我们承担。</p></article>
''', meta=META_GBK), '-',
    'trap: returns accepted; the only exclusion is engraved/custom plates, which are 定作 under 第二十五条 (一).')

# ---- shop cidu-taoci: 佛山 tiles
FSU = M + '/shop/cidu-taoci/'
P('holdout', 'fs-home', FSU, 'utf-8', False, mall_shop('cidu-taoci', '瓷都陶瓷', f'''
<header class="shop-head"><h1 class="shop-name">瓷都陶瓷 · 佛山南海</h1>
<span class="badge mallmark">商城认证</span></header>
<section class="banner"><h2>瓷砖界的天花板</h2><p>岩板、大理石瓷砖、木纹砖，全网找不到比我们更好的砖。</p></section>
<div class="shop-licence"><p>佛山市南海区瓷都陶瓷有限公司</p><p>统一社会信用代码 {FS_BAD}</p></div>
'''), 'ABSOLUTE_TERM,LICENSE_INVALID,MARK_MISSING',
    '"瓷砖界的天花板""全网找不到比我们更好的": 广告法 第九条第三项. The displayed code fails its GB 32100 check character. The badge class is '
    '"mallmark", not the token mall-mark: MARK_MISSING.')

P('holdout', 'fs-tile', M + '/item/fs-9012.html', 'utf-8', False, mall_item('cidu-taoci', '大理石瓷砖', f'''
<h1 class="goods-title">通体大理石瓷砖 750×1500 客厅地砖</h1>
<div class="price-box"><span class="now">¥89/片</span></div>
<div class="after">
<p>亲，铺好后来评价吧～</p>
<p>带图好评</p>
<p>返现 8 元/单，</p>
<p>追评再返 3 元，微信发截图。</p></div>
'''), 'REVIEW_INDUCEMENT',
    'Cash for 带图好评 and 追评, split over paragraphs: 电子商务法 第十七条; 反不正当竞争法 第八条. Case: 扬州江都 2020 好评返现.')

P('holdout', 'fs-grade', M + '/item/fs-9030.html', 'utf-8', False, mall_item('cidu-taoci', '抛釉砖', f'''
<h1 class="goods-title">全抛釉瓷砖 800×800 优等品</h1>
<div class="price-box"><span class="now">¥45/片</span></div>
<table class="spec"><tr><th>等级</th><td>优等品（GB/T 4100-2015 陶瓷砖）</td></tr>
<tr><th>吸水率</th><td>≤0.5%（瓷质砖）</td></tr></table>
<p class="tips">最佳铺贴环境温度 5–35℃；余砖未拆箱可在7天内无理由退回。</p>
'''), '-',
    'trap: 优等品 is a grade of GB/T 4100; "最佳铺贴环境温度" is a tip; returns of unopened boxes are accepted (no refusal of the 7 days).')

P('holdout', 'fs-clearance', M + '/item/fs-9099.html', 'utf-8', False, mall_item('cidu-taoci', '清仓木纹砖', f'''
<h1 class="goods-title">清仓 木纹砖 200×1200 尾货特价</h1>
<div class="price-box"><span class="now">¥19/片</span></div>
<p class="after">特价清仓商品，一经售出，不退不换，不享受7天无理由。</p>
'''), 'RETURN_REFUSED',
    'Clearance of ordinary new tiles: "特价/尾货" is no 第二十五条 exemption (the 办法 allows 瑕疵品 only when the flaw is stated and confirmed; none '
    'is stated): 消费者权益保护法 第二十五条.')

# ---- shop xiaoxiong-wanju: 澄海 toy shop (licence cancelled)
P('holdout', 'xx-home', M + '/shop/xiaoxiong-wanju/', 'utf-8', False, mall_shop('xiaoxiong-wanju', '小熊玩具', f'''
<header class="shop-head"><h1 class="shop-name">小熊玩具</h1>
<span class="badge mall-mark" title="网剑商城亮标">已亮标</span></header>
<section class="banner"><p>拼装积木 · 遥控车 · 软弹枪 · 过家家</p></section>
<div class="shop-licence"><p>汕头市澄海区小熊玩具店（个体工商户）统一社会信用代码 {XX}</p></div>
'''), 'LICENSE_MISMATCH',
    'Valid code, but the registry lists the 个体工商户 as 注销: the shop displays a licence that no longer exists. Mark shown.')

P('holdout', 'xx-blocks', M + '/item/xx-1108.html', 'utf-8', False, mall_item('xiaoxiong-wanju', '拼装积木', f'''
<h1 class="goods-title">千年隼 兼容拼装积木 7541颗粒</h1>
<div class="price-box"><span class="now">¥399</span></div>
<p>乐*高 同款图纸，Ａ货 品质，说明书、贴纸一比一，盒子印原版logo，送礼有面子。</p>
'''), 'COUNTERFEIT_TERM',
    '"Ａ货" (full-width A), "乐*高" obfuscated brand, box printed with the original logo: counterfeit of a registered mark, 商标法 第五十七条. '
    '"兼容" alone would be lawful; the logo and Ａ货 make it a copy.')

P('holdout', 'xx-notice', M + '/shop/xiaoxiong-wanju/notice.html', 'utf-8', False, mall_shop('xiaoxiong-wanju', '店铺公告', f'''
<article><h1>店铺公告：谨防“好评返现”骗局</h1>
<p>最近有买家收到自称本店客服的卡片，写着“五星好评返现10元”，要求加微信。本店从不搞好评返现，也不会让您刷单，</p>
<p>这是《电子商务法》第十七条禁止的行为，遇到请直接向平台举报。</p></article>
'''), '-',
    'trap: a warning against paid reviews that quotes the offer it warns about; no inducement is offered.')

P('holdout', 'xx-softgun', M + '/item/xx-1150.html', 'utf-8', False, mall_item('xiaoxiong-wanju', '软弹玩具枪', f'''
<h1 class="goods-title">儿童软弹玩具枪 泡沫弹 橙色枪口</h1>
<div class="price-box"><span class="now">¥39</span></div>
<p>EVA 软弹，枪口比动能＜0.16 J/cm²，不属于仿真枪（公安部《仿真枪认定标准》）；通过 GB 6675 玩具安全认证。</p>
<p>警告：请勿对准眼睛射击，6岁以下在成人看护下使用。</p>
'''), '-',
    'trap: a foam toy gun with an orange muzzle whose stated muzzle energy is below the 0.16 J/cm² threshold of the 仿真枪认定标准: lawful toy, '
    'the words 仿真枪 appear in a negation.')

# ================================================================ HOLDOUT — independent sites
# ---- www.feichi-dianche.com: 天津 e-bike mods, GB18030
FCU = 'http://www.feichi-dianche.com/'
FC_FOOT = site_footer(['天津飞驰电动车科技有限公司 统一社会信用代码 %s' % FC, icp('津ICP备2021号')])
FC_FOOT_INNER = site_footer(['天津飞驰电动车科技有限公司'])
P('holdout', 'fc-home', FCU, 'gb18030', False, shell('飞驰电车 - 改装 配件 ⚡', f'''
<section class="hero"><h1>飞驰电车 ⚡ 动力升级专家</h1><p>控制器 · 电机 · 锂电 · 刹车，线上发货全国。</p></section>
{FC_FOOT}''', meta=META_18030), 'ICP_INVALID,LICENSE_MISMATCH',
    'ICP "津ICP备2021号" has only 4 digits: malformed. The code is valid and 存续 but registered to 天津市北辰区恒通五金机电有限公司, not the '
    'name shown (天津飞驰电动车科技有限公司): LICENSE_MISMATCH (different company name). GB18030 (⚡ U+26A1).')

P('holdout', 'fc-controller', FCU + 'goods/kzq-72v.html', 'gb18030', False, shell('72V飙车控制器 - 飞驰', f'''
<h1>72V 大功率控制器 🔥 解码版</h1>
<p class="price">¥ 560</p>
<p>原车 48V 新国标车换上直接破限速，配 72V 锂电，极速 70+，</p>
<p>送一键解码线；不用去店里，视频教你自己装。</p>
{FC_FOOT_INNER}''', meta=META_18030), 'PROHIBITED_GOODS',
    'Controller "解码版/破限速" for raising a 48V 新国标 e-bike to 72V and 70 km/h: sold to defeat GB 17761-2018. Cases: 北京大兴 2024 48V改72V 罚3万; '
    '上海 2024 骑手帮 60V 移送公安; 海南 2025 铁拳 第五批. GB18030 (🔥).')

P('holdout', 'fc-battery', FCU + 'goods/li-60v.html', 'gb18030', False, shell('60V锂电池 - 飞驰', f'''
<h1>60V 30Ah 锂电池 ™ 动力款</h1>
<p class="price">¥ 1780</p>
<p>售后须知：电池类商品一经售出概不退换，七天无理由退货不适用，请看清电压再拍。</p>
{FC_FOOT_INNER}''', meta=META_18030), 'RETURN_REFUSED',
    'A battery is ordinary goods (not on the 第二十五条 list); a blanket "一经售出概不退换" refuses the statutory 7-day return. The 60V pack is also '
    'doubtful for 新国标 bikes but no mod is offered on this page, so not labelled PROHIBITED_GOODS (dispute foreseen). GB18030 (™).')

P('holdout', 'fc-guide', FCU + 'zhishi/xinguobiao.html', 'gb18030', False, shell('新国标科普 - 飞驰', f'''
<article><h1>新国标电动自行车，哪些不能改？</h1>
<p>GB 17761-2018 规定：最高设计车速不超过 25km/h，整车质量（含电池）≤55kg，蓄电池标称电压 ≤48V。</p>
<p>解除限速、加装电池、更换大功率电机都属于非法改装，北京、上海、海南等地市场监管部门已经查处多起，罚款从数千元到三万元。🚲</p></article>
{FC_FOOT_INNER}''', meta=META_18030), '-',
    'trap: a standards article listing what is unlawful, with enforcement news; no goods offered. GB18030 (🚲).')

P('holdout', 'fc-about', FCU + 'about.html', 'gb18030', False, shell('关于飞驰', f'''
<h1>关于飞驰</h1>
<p>2023年，公司的“防篡改控制器”获天津市自行车电动车行业协会颁发的“2023年度优秀创新产品”。</p>
<p>我们的原则：新国标车只售 ≤48V、限速25km/h 的合规配件。®</p>
{FC_FOOT_INNER}''', meta=META_18030), '-',
    'trap: an award named with its year and issuer (an association award, not a state honour, plausible and checkable); no absolute claim. '
    'Note: the site sells mods elsewhere (fc-controller) — page-level labels only. GB18030 (®).')

# ---- www.gangshi-chugui.com: 深圳 kitchen cabinets, traditional script, Big5
GSU = 'http://www.gangshi-chugui.com/'
GS_FOOT = site_footer(['深圳市寶安區港式櫥櫃有限公司', '統一社會信用代碼：' + fullwidth(GS), '地址：深圳市寶安區西鄉街道 ｜ 客服 0755-2798 6631'])
GS_FOOT_INNER = site_footer(['深圳市寶安區港式櫥櫃有限公司 版權所有'])
P('holdout', 'gs-home', GSU, 'big5', False, shell('港式櫥櫃 - 全屋訂製', f'''
<section class="hero"><h1>港式櫥櫃 · 全屋訂製</h1><p>石英石檯面、不鏽鋼櫃體、進口五金，深港兩地上門量尺。</p></section>
{GS_FOOT}''', meta=META_BIG5, lang='zh-TW'), 'ICP_MISSING',
    'An independent mainland site (深圳) with no ICP filing or licence number on its home page: 互联网信息服务管理办法 第十二条. The licence is shown '
    'in full-width characters and is valid and 存续 (full-width is a display form, not an invalid code). Big5.')

P('holdout', 'gs-cabinet', GSU + 'product/chugui.html', 'big5', False, shell('整體櫥櫃 - 港式櫥櫃', f'''
<h1>整體櫥櫃 按延米計價</h1>
<p class="price">¥ 2980 / 延米</p>
<p>上門量尺、出圖確認後生產。訂製商品依《消費者權益保護法》第二十五條不適用七日無理由退貨；五金、電器等標準品收貨後七日內可無理由退貨。</p>
{GS_FOOT_INNER}''', meta=META_BIG5, lang='zh-TW'), '-',
    'trap: 定作 cabinets excluded under 第二十五条 (一); standard items keep the 7 days.')

P('holdout', 'gs-sink', GSU + 'product/sink.html', 'big5', False, shell('水槽 - 港式櫥櫃', f'''
<h1>304 不鏽鋼手工水槽（德國款）</h1>
<p class="price">¥ 699</p>
<p>高倣德國某牌，外觀一比一，鋼印 logo 一樣，專櫃價四分之一。</p>
{GS_FOOT_INNER}''', meta=None, lang='zh-TW'), 'COUNTERFEIT_TERM',
    '"高倣" (variant character of 高仿) with the brand\'s stamped logo, "一比一": counterfeit, 商标法 第五十七条. Missing charset meta: bytes are Big5.')

P('holdout', 'gs-honour', GSU + 'honour.html', 'big5', False, shell('企業榮譽 - 港式櫥櫃', f'''
<h1>企業榮譽</h1>
<ul><li>國家免檢產品（2015年）</li><li>深港兩地消費者喜愛品牌</li></ul>
<p class="promo">好評有禮：安裝完成後五星好評並曬圖，返現 ¥50。</p>
{GS_FOOT_INNER}''', meta=META_BIG5, lang='zh-TW'), 'FALSE_HONOUR,REVIEW_INDUCEMENT',
    '"國家免檢產品（2015年）": 免检 ended in 2008, a 2015 award cannot be true. Cash (¥50) for a five-star review with photos: 电子商务法 第十七条.')

# ---- www.chufang-dianqi.cn: 中山 kitchen appliances, GBK
CFU = 'http://www.chufang-dianqi.cn/'
CF_FOOT = site_footer(['中山市厨房宝电器有限公司', icp('粤ICP备2020087731号')])
P('holdout', 'cf-home', CFU, 'gbk', False, shell('厨房宝电器 - 热水器 烟灶 破壁机', f'''
<section class="hero"><h1>厨房宝电器</h1><p>燃气热水器、油烟机、燃气灶、破壁机，中山工厂直销。</p></section>
<!-- 营业执照：中山市厨房宝电器有限公司 统一社会信用代码 {CF} -->
<div class="licence" style="display:none"><img src="/img/licence.jpg" alt="营业执照"></div>
{CF_FOOT}''', meta=META_GBK), 'LICENSE_MISSING',
    'The licence code is only in an HTML comment and the licence image sits in a display:none block: nothing is displayed, 电子商务法 第十五条. ICP shown.')

P('holdout', 'cf-heater', CFU + 'goods/rsq-6l.html', 'gbk', False, shell('6升直排燃气热水器', f'''
<h1>6升 直排式燃气热水器 免装烟管</h1>
<p class="price">￥268</p>
<p>不用打孔、不用烟管，挂上就能洗，出租屋、农村浴室首选。液化气/天然气通用。</p>
''', meta=META_LATIN1), 'PROHIBITED_GOODS',
    '直排式燃气热水器 for bathrooms: banned from sale since 2000 as 明令淘汰 (韶关市市场监管局 2024-01 专项整治: "早在2000年，国家就明令禁止浴用直排式燃气热水器的销售"). '
    'Wrong charset meta: bytes are GBK, meta declares iso-8859-1.')

P('holdout', 'cf-blender', CFU + 'goods/pbj-9.html', 'gbk', False, shell('破壁机 - 厨房宝', f'''
<h1>厨房宝 加热破壁机 1.75L</h1>
<p class="price">￥599</p>
<p>厨房宝，中国驰名商标。</p>
<p>每天一杯五谷豆浆，<b>降三高</b>、抗癌细胞、通血管，医生都推荐。</p>
{CF_FOOT}''', meta=META_GBK), 'FALSE_CLAIM,WELLKNOWN_MARK_AD',
    'A blender claimed to lower the 三高, fight cancer cells and clear vessels, with a doctor endorsement: 广告法 第十七条, 第二十八条 (and 第十六条 style '
    'endorsement). "中国驰名商标" promotes the goods: 商标法 第十四条第五款.')

# ---- www.chelian-qipei.com: 广州 car parts, UTF-8 with BOM
CLU = 'https://www.chelian-qipei.com/'
CL_FOOT = site_footer(['广州市白云区车联汽配贸易有限公司 统一社会信用代码 %s' % CL, elicence(CL), icp('粤ICP备2019150432号-1')])
CL_FOOT_INNER = site_footer([icp('粤ICP备2019150432号-1') + ' 车联汽配'])
P('holdout', 'cl-home', CLU, 'utf-8', True, shell('车联汽配 - 国内顶级汽配供应链', f'''
<section class="hero"><h1>车联汽配</h1><p>国内顶级汽配供应链，华南排名第一，配件最全、价格最低。</p></section>
{CL_FOOT}''', meta=META_U), 'ABSOLUTE_TERM',
    '"国内顶级""华南排名第一""价格最低" without source: 广告法 第九条第三项. The e-licence serial names the same code as displayed (a matching badge: '
    'not LICENSE_MISMATCH). ICP fine.')

P('holdout', 'cl-plate', CLU + 'goods/fanpai-02.html', 'utf-8', True, shell('电动牌照架 - 车联汽配', f'''
<h1>隐藏式电动牌照架 遥控款</h1>
<p class="price">¥ 1280</p>
<p>一键遥控，三秒翻转，<b>A/B双牌</b>随心换；窗帘款可遮住号牌，电子眼拍不到。</p>
{CL_FOOT_INNER}''', meta=META_U), 'PROHIBITED_GOODS',
    'A remote plate-flipper with two plates and a plate-covering blind: made to defeat 号牌 rules (道路交通安全法 第十六条, 第九十五条 [from news]); '
    'sales seized in 上海 2009 (东方早报: 交警、工商 查处 自动翻牌器) and 哈尔滨 2007 (东北网).')

P('holdout', 'cl-airbag', CLU + 'goods/qinang-gai.html', 'utf-8', True, shell('方向盘气囊盖 - 车联汽配', f'''
<h1>方向盘气囊盖 带原厂标</h1>
<p class="price">¥ 260</p>
<p>精仿原厂，车标、纹路一模一样，装上看不出来，4S店一千多。</p>
{CL_FOOT_INNER}''', meta=META_U), 'COUNTERFEIT_TERM',
    '"精仿原厂" with the car maker\'s badge: counterfeit, 商标法 第五十七条. Case: 银川 2023 假冒通用汽车 安全气囊等 395件.')

CL_WP = '无骨雨刮器 一对装 全车型'
P('holdout', 'cl-wiper', CLU + 'goods/yugua-12.html', 'utf-8', True, shell('雨刮器 - 车联汽配', f'''
<h1>{CL_WP}</h1>
<p class="price"><span class="now">现价 ¥99</span> <del>原价 ¥168</del></p>
<p>天然橡胶胶条，静音，支持七天无理由退货。</p>
{CL_FOOT_INNER}''', meta=META_U), '-',
    'trap (price): 原价 168 equals the price captured 3 days before; the 89 capture is 8 days old, outside the 7-day window of 第十六条.',
    history=[(8, shell('雨刮器 - 车联汽配', '<h1>%s</h1>\n<p class="price">¥89</p>\n%s' % (CL_WP, CL_FOOT_INNER), meta=META_U)),
             (3, shell('雨刮器 - 车联汽配', '<h1>%s</h1>\n<p class="price">¥168</p>\n%s' % (CL_WP, CL_FOOT_INNER), meta=META_U))])


# ================================================================ MAIN — second round (harder forms)
P('main', 'sd-chair', M + '/item/sd-20390.html', 'utf-8', False, mall_item('shunde-mujiang', '实木餐椅', f'''
<h1 class="goods-title">北美黑胡桃 Y椅 餐椅</h1>
<div class="price-box"><span class="now">¥880</span></div>
<h2>同类餐椅中的&#26368;&#39640;&#32423;工艺</h2>
<p>手工编绳座面，3.5mm纸绳，全程手作。</p>
'''), 'ABSOLUTE_TERM',
    '"最高级工艺" written as numeric character references (&#26368;&#39640;&#32423;) in a heading: 广告法 第九条第三项 names 最高级 itself.')

P('main', 'nb-kettle', M + '/item/nb-6650.html', 'utf-8', False, mall_item('cixi-chuxiaojiang', '养生壶', f'''
<h1 class="goods-title">厨小匠 多功能养生壶 1.5L</h1>
<div class="price-box"><span class="now">¥129</span></div>
<div class="desc"><p>玉米须+荷叶 一键煮茶：<span class="hl">降</span><span class="hl">尿酸</span>、<em>治</em>痛风，</p>
<p>喝一个月，痛风再没犯过（老顾客反馈）。</p></div>
'''), 'FALSE_CLAIM',
    'A kettle (and the tea it makes) claimed to lower uric acid and treat gout, the claim split over inline tags: 广告法 第十七条, 第二十八条. No kettle case found.')

P('main', 'nb-rank', M + '/item/nb-6601-rank.html', 'utf-8', False, mall_item('cixi-chuxiaojiang', '空气炸锅榜单', f'''
<h1 class="goods-title">厨小匠 可视空气炸锅 5L（榜单说明）</h1>
<div class="price-box"><span class="now">¥219</span></div>
<p class="rank">网剑商城 2025年双11 空气炸锅类目 单品销量第一（数据来源：网剑商城 2025-11-12 发布的类目榜单，统计期 11月1日–11日）</p>
'''), '-',
    'trap: a sales ranking limited in time, place and source, stated with its period and publisher — SAMR 2023 guidance on absolute terms exempts '
    'provable facts limited in time and place. Dispute foreseen: 第一 is on many word lists.')

P('main', 'cd-cert', M + '/item/cd-8830.html', 'utf-8', True, mall_item('shujiang-bancai', '十环认证木器漆', f'''
<h1 class="goods-title">水性木器漆 2.5L 中国环境标志认证</h1>
<div class="price-box"><span class="now">¥268</span></div>
<table class="spec"><tr><th>认证</th><td>中国环境标志（十环）认证，认证机构：中环联合（北京）认证中心，证书有效期至 2027-05</td></tr>
<tr><th>VOC</th><td>≤80 g/L（GB 18581-2020）</td></tr></table>
'''), '-',
    'trap: a real certification scheme (中国环境标志) named with its issuer and validity; VOC limit quoted from GB 18581. An honour that can be true.')

P('main', 'st-faq', M + '/shop/letong-wanju/faq.html', 'utf-8', False, mall_shop('letong-wanju', '常见问题', f'''
<article><h1>买家常见问题</h1>
<dl><dt>问：玩具拆开发现不喜欢能退吗？</dt>
<dd>答：玩具属于特殊商品，拆封即影响二次销售，<b>拆封后不支持七天无理由</b>，只有质量问题才可以退。</dd>
<dt>问：几点发货？</dt><dd>答：下午四点前下单当天发。</dd></dl></article>
'''), 'RETURN_REFUSED',
    'Opened toys refused for the 7-day return: toys are not on the 第二十五条 list, and opening to inspect does not end the right '
    '(网络购买商品七日无理由退货暂行办法: 为检查商品而拆封不影响商品完好 [secondary]). Written as a buyer Q&A.')

P('main', 'cz-water', M + '/item/cz-5160.html', 'gbk', False, mall_item('chaoan-jiewei', '节水龙头', f'''
<h1 class="goods-title">厨房抽拉龙头 节水认证</h1>
<div class="price-box"><span class="now">￥259</span></div>
<table class="spec"><tr><th>水效</th><td>2级（GB 25501-2019 水嘴水效限定值及水效等级）</td></tr>
<tr><th>认证</th><td>节水产品认证，中国质量认证中心（CQC）颁发，2024年</td></tr></table>
<p>支持七天无理由退货，未安装可退。</p>
''', meta=META_GBK), '-',
    'trap: water-efficiency grade from GB 25501 and a real certification with issuer and year; returns accepted.')

P('main', 'gy-bed', GYU + 'bed.html', 'big5', False, shell('海南黃花梨 架子床 - 古韻紅木', f'''
<h1>海南黃花梨 六柱架子床</h1>
<p class="price">¥ 398000</p>
<p>黃花梨自帶降香，睡在上面<b>安神助眠、降血壓</b>，多年失眠的客戶睡了一個月就好了。</p>
{GY_FOOT_INNER}''', meta=META_BIG5, lang='zh-TW'), 'FALSE_CLAIM',
    'A bed whose wood is claimed to lower blood pressure and cure insomnia, in traditional script: 广告法 第十七条, 第二十八条. Big5.')

P('main', 'cp-review', CPU + 'huodong/hp.html', 'gb18030', False, shell('老客户福利 - 车之佳', f'''
<h1>老客户福利 🎁</h1>
<p>收货后给个五星hp + 晒图，截图发v，返 10r 红包；追评再返 5r。</p>
<p>同行修理厂拿货另有返点，找业务员。</p>
{CP_FOOT}''', meta=META_18030), 'REVIEW_INDUCEMENT',
    'Seller slang: "五星hp" (好评), "发v" (微信), "返10r" (10 元): cash for five-star reviews with photos and follow-ups, 电子商务法 第十七条. '
    'Trade rebates for garages (last line) are not about reviews. GB18030 (emoji).')

P('main', 'yy-knife', YYU + 'goods/daoju-15.html', 'utf-8', False, shell('户外刀具 - 野营户外', f'''
<h1>户外 自动弹簧刀 一键弹开 战术款</h1>
<p class="price">¥ 238</p>
<p>按钮一按刀刃自动弹出锁死，刃长 11cm，已开刃，双刃尖头；防身、野外求生都行。</p>
{YY_FOOT_INNER}''', meta=META_U), 'PROHIBITED_GOODS',
    'An automatic spring knife, sharpened, double-edged with a point: 弹簧刀 is a 管制刀具 under 公安部《管制刀具认定标准》(2007) [unverified detail]; '
    'selling 管制刀具 needs public-security approval (治安管理处罚法 第三十二条 names 匕首 with 弩). No online-sale case found in the search results.')

# ================================================================ HOLDOUT — second round
P('holdout', 'yk-bike', M + '/item/yk-3366.html', 'gbk', False, mall_item('lijian-jianshen', '动感单车', f'''
<h1 class="goods-title">家用动感单车 磁控静音</h1>
<div class="price-box"><span class="now">￥1299</span></div>
<p>对标美国某牌 P 家，<b>超Ａ</b>品质，同款车架开模，屏幕界面一样；</p>
<p>健身车里的天花板，顶配中的顶配。</p>
''', meta=META_GBK), 'ABSOLUTE_TERM,COUNTERFEIT_TERM',
    '"超Ａ" (full-width A) quality of a named-by-hint brand with the same frame mould and screen: copy slang, 商标法 第五十七条. "天花板""顶配中的顶配": '
    '广告法 第九条第三项.')

P('holdout', 'fs-honour', FSU + 'honour.html', 'utf-8', False, mall_shop('cidu-taoci', '品牌荣誉', f'''
<article><h1>品牌荣誉</h1>
<ul><li><img src="/img/fs-mj.jpg" alt="国家免检产品证书"> 国家免检产品</li>
<li>中国名牌产品（2020年）</li></ul></article>
'''), 'FALSE_HONOUR',
    '国家免检产品 (abolished 2008) and 中国名牌产品 dated 2020 (the evaluation stopped in 2008 [secondary]): honours that cannot be true, '
    '广告法 第二十八条. Not the shop home, so the missing mark here is not labelled.')

P('holdout', 'gs-kettle', GSU + 'product/kettle.html', 'big5', False, shell('電熱水壺 - 港式櫥櫃', f'''
<h1>麥飯石 電熱水壺 1.7L</h1>
<p class="price">¥ 299</p>
<p>麥飯石內膽燒出弱鹼水，<b>軟化血管、預防中風</b>，全家老少都適合。</p>
{GS_FOOT_INNER}''', meta=META_BIG5, lang='zh-TW'), 'FALSE_CLAIM',
    'A kettle claimed to soften blood vessels and prevent stroke, in traditional script: 广告法 第十七条, 第二十八条. Big5.')

P('holdout', 'cl-honour', CLU + 'about.html', 'utf-8', True, shell('关于车联 - 车联汽配', f'''
<h1>关于车联</h1>
<p>2019年成立于广州白云，中国汽车流通协会会员单位（2024年）。</p>
<p>我们只销售原厂件与有品牌的配套件，不经营翻新件、拆车安全件。</p>
{CL_FOOT_INNER}''', meta=META_U), '-',
    'trap: membership of a real trade association with year; a statement of what the shop does not sell.')


# ================================================================ MAIN — third round: www.lvyuan-diban.com (flooring, licence revoked)
LY = uscc('91', '321282', 'MA1Q8TY4'); REGISTRY.append((LY, '靖江市绿源木业有限公司', '吊销'))
LYU = 'http://www.lvyuan-diban.com/'
LY_FOOT = site_footer(['靖江市绿源木业有限公司 统一社会信用代码：%s' % LY, icp('苏ICP备18062215号-1')])
LY_FOOT_INNER = site_footer(['绿源地板 ' + icp('苏ICP备18062215号-1')])
P('main', 'ly-home', LYU, 'utf-8', False, shell('绿源地板 - 强化 实木复合 SPC', f'''
<section class="hero"><h1>绿源地板</h1><p>强化地板、实木复合、SPC石塑，工厂直供，全国物流。</p></section>
{LY_FOOT}''', meta=META_U), 'LICENSE_MISMATCH',
    'The displayed code is valid but the registry lists the company as 吊销 (licence revoked): the site keeps displaying a licence that is no longer '
    'in force (电子商务法 第十五条 requires current information; 市场主体登记管理条例 实施细则 第六十四条 update duty).')

P('main', 'ly-floor', LYU + 'goods/qianghua-12.html', 'utf-8', False, shell('12mm强化地板 - 绿源', f'''
<h1>12mm 强化复合地板 “德国大牌”同款</h1>
<p class="price">¥ 69/㎡</p>
<p>仿牌货，包装箱照印原牌 logo 和 “Made in Germany”，木纹花色同步专卖店，装好谁也看不出。</p>
{LY_FOOT_INNER}''', meta=META_U), 'COUNTERFEIT_TERM',
    '"仿牌货" with the original brand\'s logo printed on the box: counterfeit, 商标法 第五十七条 (false origin also 产品质量法). No flooring case found.')

P('main', 'ly-install', LYU + 'service.html', 'utf-8', False, shell('售后说明 - 绿源', f'''
<h1>退换货说明</h1>
<p>未拆包装的地板，签收后七天内可无理由退货（退货运费由我们承担）。</p>
<p>已经铺装上墙、上地的地板因商品已不完好，不适用七日无理由退货；质量问题按国家三包和合同处理。</p>
{LY_FOOT_INNER}''', meta=META_U), '-',
    'trap: the 7-day return is granted for goods in their original state; it ends only for flooring already installed, which is no longer 完好 '
    '(the return right presupposes goods in good condition, 网络购买商品七日无理由退货暂行办法 [secondary]).')

# ================================================================ HOLDOUT — third round
XX_RC = '1:16 遥控越野车 四驱 充电版'
P('holdout', 'xx-rc', M + '/item/xx-1120.html', 'utf-8', False, mall_item('xiaoxiong-wanju', '遥控越野车', f'''
<h1 class="goods-title">{XX_RC}</h1>
<div class="price-box"><span class="now">现价 ¥159</span> <del class="orig">原价 ¥299</del></div>
<p>比例 1:16，时速 25km/h，双电池续航 40 分钟。</p>
'''), 'FAKE_ORIGINAL_PRICE',
    '原价 299 while the item was captured at 159 two days before and 169 five days before: above the 7-day low, 明码标价和禁止价格欺诈规定 第十六条. '
    '"1:16" is a model scale, not a copy grade.',
    history=[(5, hist_mall('xiaoxiong-wanju', XX_RC, '169')), (2, hist_mall('xiaoxiong-wanju', XX_RC, '159'))])


# ================================================================ writer
def write_all(out):
    for sub in ('pages', 'history', 'holdout'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    rows = {'main': ([], [], []), 'holdout': ([], [], [])}
    for side, slug, url, enc, bom, html, codes, note, history in PAGES:
        base = out if side == 'main' else os.path.join(out, 'holdout')
        os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
        os.makedirs(os.path.join(base, 'history'), exist_ok=True)
        fn = slug + '.html'
        if codes != '-':
            cl = codes.split(',')
            assert cl == sorted(set(cl)), (slug, codes)
        assert '\t' not in note and '\n' not in note, slug
        assert (codes == '-') == note.startswith('trap'), slug
        try:
            data = encode(html, enc, bom)
        except UnicodeEncodeError as e:
            sys.exit('%s: %s' % (slug, e))
        with open(os.path.join(base, 'pages', fn), 'wb') as f:
            f.write(data)
        labels, notes, hist = rows[side]
        labels.append('%s\t%s\t%s' % (fn, url, codes))
        notes.append('%s\t%s\t%s\t%s' % (fn, enc, 'yes' if bom else 'no', note))
        for i, (days, hhtml) in enumerate(history, 1):
            hfn = '%s.h%d.html' % (slug, i)
            with open(os.path.join(base, 'history', hfn), 'wb') as f:
                f.write(encode(hhtml, enc, bom))
            hist.append('%s\t%s\t%s' % (hfn, url, days))
    for side, (labels, notes, hist) in rows.items():
        base = out if side == 'main' else os.path.join(out, 'holdout')
        for name, head, lines in (('labels.tsv', '# file\turl\tcodes', labels),
                                  ('notes.tsv', '# file\tencoding\tbom\tnote', notes),
                                  ('history.tsv', '# file\turl\tdays_before', hist)):
            with open(os.path.join(base, name), 'w', encoding='utf-8', newline='\n') as f:
                f.write(head + '\n' + ''.join(l + '\n' for l in sorted(lines)))
    with open(os.path.join(out, 'registry.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# code\tname\tstatus\n' + ''.join('%s\t%s\t%s\n' % r for r in REGISTRY))


GENERATED = ('pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv')


def same_tree(a, b):
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(os.path.join(a, d), os.path.join(b, d)) for d in cmp.common_dirs)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    slugs = [p[1] for p in PAGES]
    assert len(slugs) == len(set(slugs)), 'duplicate slug'
    urls = [p[2] for p in PAGES]
    assert len(urls) == len(set(urls)), 'duplicate url'
    if '--check' in sys.argv[1:]:
        tmp = tempfile.mkdtemp(prefix='c13d-')
        try:
            write_all(tmp)
            ok = True
            for g in GENERATED:
                x, y = os.path.join(here, g), os.path.join(tmp, g)
                if os.path.isdir(y):
                    ok = ok and os.path.isdir(x) and same_tree(x, y)
                else:
                    ok = ok and os.path.isfile(x) and filecmp.cmp(x, y, shallow=False)
            print('gen --check: %s' % ('identical' if ok else 'DIFFERS'))
            sys.exit(0 if ok else 1)
        finally:
            shutil.rmtree(tmp)
    write_all(here)
    print('wrote %d pages (%d main, %d holdout)' % (len(PAGES), sum(p[0] == 'main' for p in PAGES),
                                                  sum(p[0] == 'holdout' for p in PAGES)))


if __name__ == '__main__':
    main()
