#!/usr/bin/env python3
"""corpus13/f — farm inputs (seeds, pesticides, fertiliser, veterinary drugs, feed additives), laboratory and
industrial chemicals, security equipment, tools and hardware, B2B wholesale and live-stream shops.
Every page, its codes and its note are written by hand below. `python3 gen.py` writes all files;
`python3 gen.py --check` regenerates into a temp dir and compares byte for byte (exit 1 on difference)."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, regno, fullwidth, shell, mall_shop, mall_item, encode, PLAT_USCC

PAGES = []      # (side, slug, url, enc, bom, html, codes, note, history)
REGISTRY = []   # (code, name, status)


def P(side, slug, url, enc, bom, html, codes, note, history=()):
    PAGES.append((side, slug, url, enc, bom, html, codes, note, list(history)))


def H(slug, days, html):
    """One earlier capture of the same URL: file slug, days before the page's capture, html."""
    return (slug, days, html)


M = 'http://mall.wangjian.test'
META_U = '<meta charset="utf-8">'
META_GBK = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
META_GB2312 = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
META_18030 = '<meta charset="gb18030">'
META_BIG5 = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
BEIAN = 'https://beian.miit.gov.cn/'


def elic(code, tail='2019'):
    """An electronic-licence (亮照) link whose serial starts with `code`."""
    return ('<a class="elicense" href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s'
            '-SAIC_SHOW_10000091%s0815&amp;signData=MEUCIQD7kq2Lr">'
            '<img src="/img/gsxt-badge.png" alt="工商亮照" width="36"></a>' % (code, tail))


def site(title, nav, body, foot, meta=META_U, lang='zh-CN'):
    return shell(title, '<header class="top"><div class="logo">%s</div><nav>%s</nav></header>\n'
                 '<main>\n%s\n</main>\n<footer class="foot">\n%s\n</footer>' % (title.split(' - ')[-1], nav, body, foot),
                 meta=meta, lang=lang)


def price_cap(name, price, unit='元'):
    return '<div class="cap"><h1>%s</h1><p class="price">现价 ￥<b>%s</b> %s</p></div>' % (name, price, unit)


# ---------------------------------------------------------------- companies (codes by arithmetic, status by hand)
REGISTRY.append((PLAT_USCC, '杭州网剑网络科技有限公司', '存续'))
FS = uscc('91', '370783', 'MA3C8K2P'); REGISTRY.append((FS, '寿光市丰收农资有限公司', '存续'))
JS_REG_OK = regno('41010500023817'); JS_REG_BAD = regno('41010500023817', broken=True)
REGISTRY.append((JS_REG_OK, '郑州金穗种业有限公司', '存续'))
MY = uscc('91', '410102', 'MA9FL3T6'); REGISTRY.append((MY, '郑州牧阳动物保健品有限公司', '存续'))
AF = uscc('91', '440306', 'MA5GQ4W8'); REGISTRY.append((AF, '深圳市安防视界科技有限公司', '存续'))
WJ = uscc('92', '330782', 'MA2HD7N1'); REGISTRY.append((WJ, '义乌市鑫达五金工具商行', '存续'))
HF = uscc('92', '371326', 'MA3Q1YB5'); REGISTRY.append((HF, '平邑县惠丰农资店', '存续'))
HN = uscc('91', '370783', '72860413'); REGISTRY.append((HN, '寿光华农肥业有限公司', '存续'))
JH = uscc('91', '110108', 'MA01K9PR'); REGISTRY.append((JH, '北京京华化学试剂有限公司', '存续'))
HL = uscc('91', '330784', 'MA2K0TE3'); REGISTRY.append((HL, '永康市恒利贸易有限公司', '存续'))
LY_OK = uscc('91', '510104', 'MA6C7W4N'); LY_BAD = uscc('91', '510104', 'MA6C7W4N', broken=True)
REGISTRY.append((LY_OK, '成都绿野种苗有限公司', '存续'))
KX = uscc('91', '350203', 'MA31U5HQ'); REGISTRY.append((KX, '厦门科信化工有限公司', '吊销'))
DH = uscc('91', '410105', 'MA47XD28'); REGISTRY.append((DH, '郑州大河兽药有限公司', '存续'))
DH_OTHER = uscc('91', '410105', 'MA47YE91'); REGISTRY.append((DH_OTHER, '郑州金水区百味餐饮管理有限公司', '存续'))
YP_REG = regno('33078200061542'); REGISTRY.append((YP_REG, '义乌市优品劳保用品有限公司', '存续'))
TY = uscc('91', '440306', 'MA5H2R7C'); REGISTRY.append((TY, '深圳市天眼安防科技有限公司', '存续'))
LSC = uscc('91', '130408', 'MA0D3E5R'); REGISTRY.append((LSC, '邯郸市永年区鑫固紧固件有限公司', '存续'))
CZ = uscc('92', '410527', 'MA47ML6B'); REGISTRY.append((CZ, '内黄县吉大姐种子经营部', '存续'))
# holdout companies
NY = uscc('91', '370883', 'MA3F9P1K'); REGISTRY.append((NY, '邹城市农药之家农资有限公司', '存续'))
SD = uscc('91', '130602', 'MA0CK4L2'); REGISTRY.append((SD, '保定盛大肥业有限公司', '存续'))
WN = uscc('91', '330784', 'MA2L6QJ8'); REGISTRY.append((WN, '永康市万能工具有限公司', '存续'))
RX = uscc('91', '320508', 'MA1N3T5X'); REGISTRY.append((RX, '苏州瑞鑫化学试剂有限公司', '存续'))
BA_OK = uscc('91', '440306', 'MA5J8N0U'); BA_BAD = uscc('91', '440306', 'MA5J8N0U', broken=True)
REGISTRY.append((BA_OK, '深圳市保安监控设备有限公司', '存续'))
SL = uscc('91', '230102', 'MA1B2X7D'); REGISTRY.append((SL, '哈尔滨饲料天下商贸有限公司', '经营异常'))
JY = uscc('92', '620702', 'MA72Q4K9'); REGISTRY.append((JY, '张掖市甘州区加油农资经营部', '存续'))
NJ = uscc('91', '130104', 'MA0FJ2U7'); REGISTRY.append((NJ, '石家庄农机之家商贸有限公司', '存续'))
AQ = uscc('91', '330105', 'MA2J4KC0'); REGISTRY.append((AQ, '杭州安全装备贸易有限公司', '存续'))

# ================================================================ MAIN
# ---- S1 mall shop fengshou-nongzi: pesticides, 寿光 (utf-8)
FSID = 'fengshou-nongzi'
P('main', 'fengshou-home', M + '/shop/fengshou-nongzi/', 'utf-8', False, mall_shop(FSID, '丰收农资旗舰店', f'''
<header class="shop-head"><h1 class="shop-name">丰收农资旗舰店</h1>
<span class="badge mall-mark" title="网剑商城认证店铺">商城认证</span> <span class="dsr">描述 4.9 服务 4.8 物流 4.8</span></header>
<div class="notice"><h3>店铺公告</h3>
<p>1. 限制使用农药实行定点经营、实名购买：下单后请在“买家留言”中填写身份证号和施药作物，未登记的订单不发货。</p>
<p>2. 本店不卖、也不代找国家已禁用的高毒农药，问了也没有，请勿私聊。</p>
<p>3. 农药为危险货物，只走具有危险品资质的物流，偏远地区不发。</p></div>
<ul class="goods">
<li><a href="/item/fs-1001.html">10%吡虫啉可湿性粉剂 蚜虫飞虱</a> ¥12.5</li>
<li><a href="/item/fs-1002.html">杀虫王 复配乳油</a> ¥39</li>
<li><a href="/item/fs-1003.html">除草 老配方 水剂</a> ¥58</li></ul>
<div class="shop-license"><h4>经营者资质</h4>
<p>寿光市丰收农资有限公司 · 统一社会信用代码：{FS}</p>
<p>农药经营许可证：农药经许（鲁）37078320031 · 限制使用农药定点经营</p></div>'''),
  '-', 'trap: shop home with the platform mark (class mall-mark), the shop\'s own 统一社会信用代码 (valid, 存续) and its 农药经营许可证; '
  'the notice that it does NOT sell banned pesticides and the 实名 rule for 限制使用农药 follow 农药管理条例 (2017) on 限制使用农药 定点经营 and 实名购买 (article number not re-read). '
  'The platform licence in the footer is not the shop\'s but the shop shows its own.')

P('main', 'fengshou-item-heishui', M + '/item/fs-1003.html', 'utf-8', False, mall_item(FSID, '除草 老配方 水剂 黑水', '''
<div class="gallery"><img src="/img/fs1003-1.jpg" alt="老配方 百-草-枯 20%水剂 5公斤桶 实拍"><img src="/img/fs1003-2.jpg" alt="打后第二天 草全黑"></div>
<h1 class="title">【老货】除草黑水 20%老配方水剂 快枯 5kg桶 果园荒地 烧根不返青</h1>
<p class="price">¥<b>58.00</b> / 桶 <span class="sold">月销 300+</span></p>
<div class="desc">
<p>懂的老板直接拍，就是以前那个“黑水”，不是敌草快也不是草铵膦，那两样没这个劲。</p>
<p>十几年前果园里用的老配方，百<span class="r">草</span>枯含量20%，一遍下去第二天叶子发黑，根都烂。</p>
<p>白桶无标签发货，物流单写“叶面肥”。下单不用填身份证。</p>
<p>问：现在不是不让卖了吗？ 答：库存老货，卖完就没了，懂的抓紧。</p></div>'''),
  'PROHIBITED_GOODS', '百草枯 (paraquat) 水剂: 农业部 工业和信息化部 国家质检总局 公告第1745号 (2012) stopped its sale and use in China from 2016-07-01; '
  'the seller names it in alt text (百-草-枯) and in the body split by an inline tag (百<span>草</span>枯), and uses the trade slang 黑水/快枯, '
  'unlabelled white drums and a false waybill description. 农药管理条例 (2017; selling a pesticide with no valid registration; article numbers from memory). '
  'Public reporting of the 黑水/快枯 euphemisms found (bbwna.com explainer on paraquat withdrawal; its dates looked unreliable, I cite the 1745 notice instead); no specific online-sale case found.')

P('main', 'fengshou-item-bichong', M + '/item/fs-1001.html', 'utf-8', False, mall_item(FSID, '10%吡虫啉可湿性粉剂', '''
<h1 class="title">10%吡虫啉可湿性粉剂 20克×10袋 水稻飞虱 小麦蚜虫</h1>
<p class="price">¥<b>12.50</b> / 盒</p>
<table class="attrs"><tr><th>农药登记证号</th><td>PD20084512</td></tr><tr><th>毒性</th><td>低毒</td></tr>
<tr><th>剂型</th><td>可湿性粉剂</td></tr><tr><th>安全间隔期</th><td>水稻 14 天，每季最多使用 2 次</td></tr></table>
<div class="desc"><p>最佳施药时间：傍晚或阴天，避开中午高温；若施药后 4 小时内下雨请补喷。</p>
<p>注意：对蜜蜂、家蚕有毒，开花植物花期及桑园附近禁用；用后清洗器械的水不要倒入河塘。</p>
<p>效果受虫口密度、天气和用药方法影响，请按标签剂量使用，不要随意加量。</p></div>'''),
  '-', 'trap: a registered pesticide with its 登记证号, toxicity and 安全间隔期 as 农药标签和说明书管理办法 requires. '
  '“最佳施药时间” is a usage tip, which SAMR\'s 2023 guidance on absolute terms exempts (not a claim about the product). '
  'The efficacy sentence is a hedge, not a guarantee (广告法 第二十一条 bans guarantees).')

P('main', 'fengshou-item-shachong', M + '/item/fs-1002.html', 'utf-8', False, mall_item(FSID, '杀虫王 复配乳油', '''
<h1 class="title">杀虫王 复配乳油 500ml 蓟马 红蜘蛛 一扫光</h1>
<p class="price">¥<b>39.00</b></p>
<div class="sell-points"><span>一喷全死</span><span>无效退款</span><span>人畜无害</span></div>
<div class="desc"><h3>同行都在问的爆款，全国销量No.1</h3>
<p>蓟马、红蜘蛛、白粉虱，打一遍保证100%杀灭，三天后找不到一只活虫，找到一只赔一瓶！</p>
<p>纯植物提取，对人畜无毒无害，蔬菜打完第二天就能摘了卖。</p></div>'''),
  'ABSOLUTE_TERM,FALSE_CLAIM', 'FALSE_CLAIM: guaranteed efficacy (保证100%杀灭, 无效退款, 找到一只赔一瓶) and safety assertions (人畜无害, 无毒无害, picking the day after) — '
  '广告法 第二十一条 (农药广告不得含有安全性绝对化断言和功效保证) and 第二十八条. Case of the kind: 临沂 沂南县 邦得农资 2020, 网店 杀菌剂广告 “特效”, fined (山东省市场监管局 3 起农资广告案例). '
  'ABSOLUTE_TERM: 全国销量No.1 with no source — 广告法 第九条第三项.')

# ---- S2 mall shop jinsui-zhongye: seeds, 郑州 (gbk)
JSID = 'jinsui-zhongye'
P('main', 'jinsui-home', M + '/shop/jinsui-zhongye/', 'gbk', False, mall_shop(JSID, '金穗种业', f'''
<header class="shop-head"><h1 class="shop-name">金穗种业</h1>
<span class="shop-badge gold">金牌老店 · 十年种子</span> <span class="follow">+ 关注</span></header>
<div class="banner"><img src="/img/js-banner.jpg" alt="金穗种业 玉米 小麦 大豆 良种 春播预售"></div>
<ul class="goods"><li><a href="/item/js-2001.html">抗虫玉米 散籽</a></li><li><a href="/item/js-2002.html">高产小麦种</a></li>
<li><a href="/item/js-2003.html">郑单系列 审定玉米</a></li></ul>
<div class="shop-license">郑州金穗种业有限公司　营业执照注册号：{JS_REG_BAD}　农作物种子生产经营许可证：D(豫郑州)农种许字(2018)第0062号</div>''',
  meta=META_GBK),
  'LICENSE_INVALID,MARK_MISSING', 'MARK_MISSING: no element with the exact class token mall-mark; the shop\'s own “金牌老店” badge (class shop-badge) is not the platform mark. '
  'LICENSE_INVALID: the 15-digit 注册号 fails ISO 7064 MOD 11,10 (GB/T 17710); the correct number is in registry.tsv. 电子商务法 第十五条 (false display). No public case found for a wrong check digit.')

P('main', 'jinsui-item-kangchong', M + '/item/js-2001.html', 'gbk', False, mall_item(JSID, '抗虫玉米 散籽', '''
<h1 class="title">抗虫玉米种子 散籽 10斤装 “带基因的” 玉米螟不钻 全程不打虫药</h1>
<p class="price">￥<b>26.00</b> / 斤</p>
<div class="desc">
<p>老客都知道这是哪一种，外边买不到。国外的抗虫<b>转</b><b>基</b><b>因</b>品系，自己基地扩繁的，玉米螟、黏虫咬一口就死。</p>
<p>没走审定，所以没有包装袋和标签，编织袋散装发货，介意的别拍。</p>
<p>地里检查的来了就说是自留种。量大私聊，可以帮你找人制种。</p></div>''', meta=META_GBK),
  'PROHIBITED_GOODS', 'unapproved genetically modified maize seed offered as unlabelled bulk: 种子法 (品种审定 and the 假/劣种子 definitions; article numbers from memory, not re-read) and '
  '农业转基因生物安全管理条例 (safety certificate before production and sale). The word 转基因 is split over three <b> tags. '
  'Public cases: 新疆呼图壁 2016 转基因玉米制种案 (“金庆707”“世宾338”, 2018 判决, 生产伪劣种子罪); 农业农村部 2025 “绿剑护粮安” 执法行动 targets illegal GM seed sales.')

P('main', 'jinsui-item-mai', M + '/item/js-2002.html', 'gbk', False, mall_item(JSID, '高产小麦种', '''
<h1 class="title">小麦种子 亩产保底1500斤 抗倒伏 全国最高产的麦种</h1>
<p class="price">￥<b>4.80</b> / 斤 <span>50斤起发</span></p>
<div class="desc"><h3>种了就增产 减产包赔</h3>
<p>按我们说的种，亩产不到1500斤，差多少斤赔多少斤的钱，签协议都行。</p>
<p>去年客户普遍比邻居家多收三四百斤，今年再升级。</p></div>''', meta=META_GBK),
  'ABSOLUTE_TERM,FALSE_CLAIM', 'FALSE_CLAIM: yield guarantee (亩产保底, 种了就增产, 减产包赔) — 广告法 第二十七条 (种子广告不得对效果作保证) and 第二十八条. '
  'Case of the kind: 济宁金乡 胡集镇新龙农业技术服务站 2020, 种子广告 “增产1000斤”“亩产多收上千元”, fined (山东省市场监管局 农资广告案例). '
  'ABSOLUTE_TERM: 全国最高产 — 广告法 第九条第三项.')

P('main', 'jinsui-item-shending', M + '/item/js-2003.html', 'gbk', False, mall_item(JSID, '审定玉米 郑单系列', '''
<h1 class="title">玉米种子 郑单958 包衣 4000粒/袋</h1>
<p class="price">￥<b>36.00</b> / 袋</p>
<table class="attrs"><tr><th>审定编号</th><td>国审玉20000009</td></tr><tr><th>适宜区域</th><td>黄淮海夏玉米区</td></tr>
<tr><th>发芽率</th><td>≥85%</td></tr><tr><th>纯度</th><td>≥96%</td></tr></table>
<div class="desc"><p>产量表现：审定公告所载区域试验平均亩产 577.3 公斤，比对照增产 5.1%（引自审定公告，实际产量受气候、地力、管理影响）。</p>
<p>种子经包衣处理，严禁食用或作饲料。</p></div>''', meta=META_GBK),
  '-', 'trap: a seed listing with its 审定编号, label values (发芽率/纯度 as GB 4404.1 grades require) and yield quoted as trial data from the 审定公告 with a caveat — '
  '广告法 第二十七条 allows stating tested data with its source; no guarantee. The 包衣 warning is a mandatory safety notice.')

# ---- S3 mall shop muyang-dongbao: veterinary drugs and feed additives, 郑州 (gb18030; the adviser's name uses 𬱖 U+2CC56)
MYID = 'muyang-dongbao'
MY_CS = '<p class="cs">在线顾问：王𬱖（执业兽医师） 工作时间 8:00-20:00</p>'
P('main', 'muyang-home', M + '/shop/muyang-dongbao/', 'gb18030', False, mall_shop(MYID, '牧阳动保', f'''
<header class="shop-head"><h1 class="shop-name">牧阳动保</h1><i class="mall-mark verified" aria-label="平台认证"></i><span>平台认证</span></header>
<p class="slogan">猪场、鸡场、牛羊场的老朋友 · 兽药 · 预混料 · 消毒</p>
<ul class="goods"><li><a href="/item/my-3001.html">肠道宝 预混料</a></li><li><a href="/item/my-3002.html">增瘦宝</a></li><li><a href="/item/my-3003.html">阿苯达唑粉</a></li></ul>
<div class="shop-license">郑州牧阳动物保健品有限公司 ｜ 统一社会信用代码 {MY} ｜ 兽药经营许可证 (2022)兽药经营证字410102015号</div>
{MY_CS}''', meta=META_18030),
  '-', 'trap: platform mark shown (an <i> element with class tokens mall-mark and verified, with a text label next to it), valid 存续 licence code and 兽药经营许可证. '
  'Lawful home page.')

P('main', 'muyang-item-changdao', M + '/item/my-3001.html', 'gb18030', False, mall_item(MYID, '肠道宝 预混料', f'''
<h1 class="title">肠道宝 仔猪预混料 1kg 替抗专用 猪场必备</h1>
<p class="price">￥<b>68.00</b></p>
<div class="desc"><p>禁抗以后拉稀怎么办？用肠道宝！</p>
<ul><li>仔猪黄白痢、腹泻，拌料两天止泻</li><li>预防非洲猪瘟，用了它我们合作猪场再没死过猪</li><li>治咳喘、治附红细胞体，比打针省事</li></ul>
<p>饲料添加剂预混合饲料，不是兽药，所以不用休药期，出栏前照样喂。</p></div>
{MY_CS}''', meta=META_18030),
  'FALSE_CLAIM', 'a feed additive premix claims to cure and prevent disease (止泻, 预防非洲猪瘟, 治咳喘) — 饲料和饲料添加剂管理条例 第三十条 forbids claiming '
  'disease prevention or treatment for feed; 广告法 第二十一条 (兽药/饲料广告) and 第二十八条. Public case of this exact kind not found (searched); '
  '农业农村部 公告第194号 (2019) ended growth-promoting drug additives in feed from 2020, which is the 替抗 context the seller exploits.')

P('main', 'muyang-item-zengshou', M + '/item/my-3002.html', 'gb18030', False, mall_item(MYID, '增瘦宝', f'''
<h1 class="title">增瘦宝 育肥后期专用 “那个粉” 老养殖户都懂</h1>
<p class="price">￥<b>260.00</b> / 100g</p>
<div class="desc"><p>出栏前十五天拌料，膘薄、后腿圆、毛色发亮，瘦肉率多出七八个点，贩子抢着收。</p>
<p>成分就是以前说的<em>克</em>伦<em>特</em>罗那一类，现在改了名，普通快检条测不出来。</p>
<p>小包装真空发货，聊天别提名字。</p></div>
{MY_CS}''', meta=META_18030),
  'PROHIBITED_GOODS', '盐酸克伦特罗 (瘦肉精) for pigs: banned in feed and drinking water by 农业部 公告第176号 (2002) and 第1519号 (2010); '
  '饲料和饲料添加剂管理条例 (use of banned substances; article not re-read). The name is split by <em> tags; the slang “那个粉”, “增瘦” and evading tests make the offer clear. '
  'Public context: the 2011 济源双汇 瘦肉精 事件 (widely reported); no online-sale case found with the search tool.')

P('main', 'muyang-item-abendazuo', M + '/item/my-3003.html', 'gb18030', False, mall_item(MYID, '阿苯达唑粉', f'''
<h1 class="title">10%阿苯达唑粉 兽用 500g 猪牛羊驱虫</h1>
<p class="price">￥<b>22.00</b></p>
<table class="attrs"><tr><th>类别</th><td>兽用非处方药</td></tr><tr><th>批准文号</th><td>兽药字 160012345</td></tr>
<tr><th>休药期</th><td>牛 14 日，羊 4 日，猪 7 日；弃奶期 60 小时</td></tr></table>
<div class="desc"><p>用于驱除线虫、绦虫、吸虫。妊娠前 45 天的母畜禁用。请严格遵守休药期，休药期内的畜禽不得屠宰上市。</p>
<p>本品不能治疗细菌或病毒性疾病，发病请咨询当地兽医。</p></div>
{MY_CS}''', meta=META_18030),
  '-', 'trap: a 兽用非处方药 with its 批准文号 and 休药期 (兽药管理条例 requires observing 休药期; article not re-read); its indication is the registered one, '
  'and the sentence “本品不能治疗…” is a negation, not a treatment claim.')

# ---- S4 mall shop anfang-shijie: security cameras, 深圳 (utf-8 with BOM)
AFID = 'anfang-shijie'
P('main', 'anfang-home', M + '/shop/anfang-shijie/', 'utf-8', True, mall_shop(AFID, '安防视界', f'''
<header class="shop-head"><div class="logo-box"><h1 class="shop-name">安防视界</h1>
<div class="mall-mark">网剑商城 · 品牌认证店</div></div></header>
<div class="notice">本店只销售明装安防产品。根据《禁止非法生产销售使用窃听窃照专用器材和“伪基站”设备的规定》，不提供伪装成日用品的摄像设备，请勿咨询。</div>
<ul class="goods"><li><a href="/item/af-4001.html">充电头 微型款</a></li><li><a href="/item/af-4002.html">400万 网络球机</a></li><li><a href="/item/af-4003.html">可视门铃</a></li></ul>
<div class="shop-license"><span>深圳市安防视界科技有限公司</span> {elic(AF)}
<span>统一社会信用代码 {AF}</span></div>'''),
  '-', 'trap: platform mark on a <div> with the exact class mall-mark; licence code valid and 存续; the e-licence link\'s serial starts with the same code. '
  'The notice refuses covert cameras (规定 2014, 国家工商总局 公安部 质检总局 令第72号) — a lawful refusal, not an offer.')

P('main', 'anfang-item-chongdiantou', M + '/item/af-4001.html', 'utf-8', True, mall_item(AFID, '充电头 微型款', '''
<div class="gallery"><img src="/img/af4001.jpg" alt="外观就是普通手机充电头 插上就录 无光夜视"></div>
<h1 class="title">家用充电头款 4K 无线 手机远程看 插座上一插谁也看不出来</h1>
<p class="price">¥<b>199.00</b></p>
<div class="desc"><p>镜头藏在指示灯孔里，不亮灯、无声音，对方完全察觉不到。</p>
<p>适合：查岗、保姆、出租屋、酒店房间，懂的自然懂。</p>
<p>支持移动侦测循环录像，128G卡能存半个月。</p></div>'''),
  'PROHIBITED_GOODS', 'a camera disguised as a phone charger, sold for secret recording in rooms — a 窃照专用器材 under 禁止非法生产销售使用窃听窃照专用器材和“伪基站”设备的规定 (2014, 令第72号) '
  'and 刑法 第二百八十三条. Case: 南通 通州区 2024, 陈某某 叶某 判 非法销售窃听、窃照专用器材罪 for 偷拍 手环/手表 sold online (瞭望 2024 report); 法治日报 reporting on 车钥匙/充电器 偷拍设备.')

P('main', 'anfang-item-qiuji', M + '/item/af-4002.html', 'utf-8', True, mall_item(AFID, '400万 网络球机', '''
<h1 class="title">400万像素 室外网络球机 POE供电 白光全彩</h1>
<p class="price">¥<b>459.00</b></p>
<div class="desc"><p>明装设备，机身带工作指示灯。安装在公共区域时，请按规定张贴“视频监控区域”提示牌，不得对准他人住宅内部、卫生间、更衣室。</p>
<p>随机附送的客户端软件激活码为在线下载的数字化商品，激活后不退；球机硬件本身支持七天无理由退货（不影响二次销售）。</p></div>'''),
  '-', 'trap: an overt camera with privacy notices; the only non-returnable item is the activation code of downloaded software, which 消费者权益保护法 第二十五条第一款第三项 exempts '
  '(在线下载的计算机软件等数字化商品); the hardware keeps the 7-day right.')

P('main', 'anfang-item-menling', M + '/item/af-4003.html', 'utf-8', True, mall_item(AFID, '可视门铃', '''
<h1 class="title">智能可视门铃 手机对讲 人形侦测</h1>
<p class="price">¥<b>169.00</b></p>
<div class="gallery"><img src="/img/af4003-card.jpg" alt="好评卡：五星+15字+3张图 截图找客服领8.8元"></div>
<div class="desc"><div class="card"><h3>亲，收到宝贝满意吗？</h3>
<p>给个 5 星好评，文字不少于 15 个字、带 3 张实拍图，截图发给在线客服，立返 8.8 元红包；</p>
<p>一周后追评再返 5 元。 返现通过支付宝转账，不影响您的售后。</p></div></div>'''),
  'REVIEW_INDUCEMENT', 'money for five-star reviews with pictures and for follow-up reviews (好评返现, also in the alt text of the card image): '
  '电子商务法 第十七条; 反不正当竞争法 (2019 text) 第八条 (引人误解的商业宣传, 帮助虚假评价). Case of the kind: 江苏省市场监管局 2020 刷单炒信典型案例 (扬州江都 好评返现卡片, cited by corpus12/a\'s README); '
  '上海市市场监管局 2022 (2021 年 24 件刷单炒信案).')

# ---- S5 mall shop xinda-wujin: tools and hardware wholesale, 义乌 (gbk)
WJID = 'xinda-wujin'
P('main', 'wujin-home', M + '/shop/xinda-wujin/', 'gbk', False, mall_shop(WJID, '鑫达五金工具批发', '''
<header class="shop-head"><h1 class="shop-name">鑫达五金工具批发</h1>
<span class="mall-mark-pending" title="亮标资料审核中">认证审核中</span></header>
<p class="slogan">义乌源头 · 电动工具 · 手动工具 · 劳保 · 一件代发</p>
<ul class="goods"><li><a href="/item/wj-5001.html">18V 锂电钻</a></li><li><a href="/item/wj-5002.html">AB 结构胶 / A字梯</a></li><li><a href="/item/wj-5003.html">冲击钻</a></li></ul>
<div class="shop-license"><a href="/shop/xinda-wujin/license.html"><img src="/img/wj-yyzz.jpg" alt="营业执照 义乌市鑫达五金工具商行" width="120"></a></div>''',
  meta=META_GBK),
  'MARK_MISSING', 'MARK_MISSING: the only mark-like element has the class token mall-mark-pending (platform review pending), not the exact token mall-mark. '
  'The licence is shown as an image with alt text and a link to a licence page, which satisfies 电子商务法 第十五条 (“或者上述信息的链接标识”), so no LICENSE_MISSING.')

P('main', 'wujin-item-dianzuan', M + '/item/wj-5001.html', 'gbk', False, mall_item(WJID, '18V 锂电钻', '''
<h1 class="title">M牌同款 18V 无刷锂电钻 原厂代工 尾单 纯原</h1>
<p class="price">￥<b>268.00</b> <span>10台起批 ￥219</span></p>
<div class="desc"><p>和专柜货一条线出来的原单，外观一比一开模，logo、铭牌、说明书齐全，电池能和正品通用。</p>
<p>跟那种几十块的莆田货不是一个东西，懂行的拿去对比。</p>
<p>不支持专柜验货，介意勿拍。</p></div>''', meta=META_GBK),
  'COUNTERFEIT_TERM', 'copies of a branded power tool with its logo: 原单, 纯原, 一比一开模, 尾单 with “logo 齐全” and “不支持专柜验货” — 商标法 第五十七条. '
  'Seller slang, not textbook words. Public case of tool counterfeits not searched for lack of time; the counterfeit-slang practice is described in DOMAIN.md.')

P('main', 'wujin-item-jiaoshui', M + '/item/wj-5002.html', 'gbk', False, mall_item(WJID, 'AB 结构胶 / A字梯', '''
<h1 class="title">AB 环氧结构胶 混合比 1:1 50ml + 铝合金 A字梯 五步</h1>
<p class="price">￥<b>18.00</b> 起</p>
<table class="attrs"><tr><th>AB胶 混合比例</th><td>A:B = 1:1（体积比）</td></tr><tr><th>固化时间</th><td>5 分钟初固，24 小时完全固化</td></tr>
<tr><th>A字梯 执行标准</th><td>GB/T 17889.2，额定载荷 150kg</td></tr><tr><th>梯子材质</th><td>6063 铝合金，复合踏板</td></tr></table>
<div class="desc"><p>原装出厂包装，整箱原封。A 级耐候涂层。</p></div>''', meta=META_GBK),
  '-', 'trap: counterfeit-slang look-alikes in lawful text — a 1:1 mixing ratio, the A字梯 (A-frame ladder), A 级 coating, 原装 / 原封 packaging, 复合踏板. No copy is offered.')

P('main', 'wujin-item-chongjizuan', M + '/item/wj-5003.html', 'gbk', False, mall_item(WJID, '冲击钻', '''
<h1 class="title">B家款 专业冲击钻 850W 超Ａ版</h1>
<p class="price">￥<b>158.00</b></p>
<div class="desc"><p>蓝色机身，博&middot;世 同款外观，<span>Ａ</span>货里做工最好的一批，外行看不出来。</p>
<p>工具类商品一经拆封概不退换，不支持七天无理由退货，拍前想清楚。</p></div>''', meta=META_GBK),
  'COUNTERFEIT_TERM,RETURN_REFUSED', 'COUNTERFEIT_TERM: 超Ａ版, Ａ货 (full-width A), a middot inside the brand name (博&middot;世) and “外行看不出来” — 商标法 第五十七条. '
  'RETURN_REFUSED: a blanket refusal for power tools, which are outside the exemptions of 消费者权益保护法 第二十五条 (一)–(四); “拆封” only exempts 音像制品/软件. '
  'Case of the kind: 江苏 2025 “守护消费”铁拳行动, 泰州 擅自扩大七日无理由退货不适用范围案 (via corpus12/a\'s README; not re-read).')

# ---- S6 mall shop huifeng-nongzi: live-stream farm-input shop, 平邑 (gbk; one page with a wrong utf-8 meta)
HFID = 'huifeng-nongzi'
P('main', 'huifeng-home', M + '/shop/huifeng-nongzi/', 'gbk', False, mall_shop(HFID, '惠丰农资直播间', f'''
<header class="shop-head"><h1 class="shop-name">惠丰农资直播间</h1><span class="mall-mark">商城认证</span>
<span class="live-badge">直播中 · 每晚 7 点</span></header>
<ul class="replays"><li><a href="/live/huifeng-nongzi/replay-0312.html">3月12日 水溶肥专场 回放</a></li>
<li><a href="/live/huifeng-nongzi/replay-0320.html">3月20日 叶面肥专场 回放</a></li><li><a href="/item/hf-6001.html">大量元素水溶肥 20-20-20</a></li></ul>
<div class="shop-license" style="display:none">平邑县惠丰农资店 统一社会信用代码 {HF}</div>
<div class="contact">主播：小惠 ｜ 微信同号 138****7312</div>''', meta=META_GBK),
  'LICENSE_MISSING', 'the only licence block is display:none, so nothing is displayed: 电子商务法 第十五条, 第七十六条. The mall-mark span is present, and the platform footer licence '
  'is not the shop\'s. Case of the kind: 北京市场监管 2024 网络交易典型案例 (融托 未亮证亮照, via corpus12/a\'s README).')

P('main', 'huifeng-replay-0312', M + '/live/huifeng-nongzi/replay-0312.html', 'gbk', False, mall_item(HFID, '3月12日 水溶肥专场 直播回放', '''
<h1 class="title">【回放】3月12日 水溶肥专场（文字实录）</h1>
<div class="transcript">
<p>主播：家人们晚上好，新进来的宝子点个关注！今天这款水溶肥，我跟你们说，全网最低，找不到比我更低的，行业天花板，没有之一！</p>
<p>主播：三号链接，拍下的家人收到货，给个五星带图评价，截图私信小助理，返现五块，直接微信转给你。</p>
<p>助理：评价要写满二十个字哈，写“肥效好，冲施方便”这种就行。</p>
<p>主播：说清楚啊，咱肥料拆了袋就没法二次卖了，所以不退不换，不支持七天无理由，介意的家人别拍。</p>
<p>主播：还有最后两百单，三二一，上链接！</p></div>''', meta=META_U),
  'ABSOLUTE_TERM,RETURN_REFUSED,REVIEW_INDUCEMENT', 'ABSOLUTE_TERM: 全网最低, 行业天花板 没有之一 (广告法 第九条第三项). REVIEW_INDUCEMENT: 5 元 for a five-star review with pictures, with dictated wording '
  '(电子商务法 第十七条). RETURN_REFUSED: fertiliser is not among the exemptions of 消费者权益保护法 第二十五条; a blanket refusal without the buyer\'s confirmation at purchase. '
  'Foreseen dispute: a seller could argue opened fertiliser is “根据商品性质…不宜退货”, but that needs confirmation at purchase, not an announcement. '
  'Cases: 市场监管总局 2025 私域直播虚假宣传典型案例 (via corpus12/a\'s README). Encoding: GBK bytes under a wrong utf-8 meta.')

P('main', 'huifeng-replay-0320', M + '/live/huifeng-nongzi/replay-0320.html', 'gbk', False, mall_item(HFID, '3月20日 叶面肥专场 直播回放', '''
<h1 class="title">【回放】3月20日 叶面肥专场（文字实录）</h1>
<div class="transcript">
<p>主播：这个叶面肥是中国驰名商标，大厂出的，不是小作坊！</p>
<p>主播：黄叶、卷叶打一遍就绿，根腐病、枯萎病都能治，比农药还管用。</p>
<p>主播：我给家人们保证，打了增产三成，不增产全额退款，秋后拿产量来找我！</p>
<p>弹幕：去年买的没效果咋办？ 主播：那是你没按我说的配。</p></div>''', meta=META_GBK),
  'FALSE_CLAIM,WELLKNOWN_MARK_AD', 'FALSE_CLAIM: a fertiliser claims to cure plant diseases (根腐病、枯萎病都能治) and guarantees 增产三成 with a refund — 广告法 第二十八条, 第二十七条/第二十一条 (农资 effect guarantees). '
  'Case: 淄博 沂源县 华实农资 2020 (肥料广告 “防治病害”“预防根腐病、枯萎病”), 山东省市场监管局. WELLKNOWN_MARK_AD: 中国驰名商标 used in a live-stream ad — 商标法 第十四条第五款.')

HF_ITEM = M + '/item/hf-6001.html'
P('main', 'huifeng-item-shuirong', HF_ITEM, 'gbk', False, mall_item(HFID, '大量元素水溶肥 20-20-20', '''
<h1 class="title">大量元素水溶肥 20-20-20+TE 10kg 冲施滴灌</h1>
<p class="price">直播价 ￥<b>79.00</b> <del class="orig">划线价 ￥128.00</del></p>
<table class="attrs"><tr><th>登记证号</th><td>农肥(2021)准字 18822 号</td></tr><tr><th>N+P2O5+K2O</th><td>≥60%</td></tr></table>''', meta=META_GBK),
  'FAKE_ORIGINAL_PRICE', 'the 划线价 ¥128 is above the ¥69 this item sold at 3 days earlier (history capture) — 明码标价和禁止价格欺诈规定 第十六条 (compared price ≤ lowest price in the 7 days before). '
  'Case: 市场监管总局 第四批直播电商典型案例 (2025, 太原 山西老葛商贸 价格欺诈), via corpus12/a\'s README.',
  history=[H('huifeng-item-shuirong-d3', 3, mall_item(HFID, '大量元素水溶肥 20-20-20',
           price_cap('大量元素水溶肥 20-20-20+TE 10kg 冲施滴灌', '69.00'), meta=META_GBK)),
           H('huifeng-item-shuirong-d6', 6, mall_item(HFID, '大量元素水溶肥 20-20-20',
           price_cap('大量元素水溶肥 20-20-20+TE 10kg 冲施滴灌', '79.00'), meta=META_GBK))])

# ---- S7 independent www.huanong-feiye.com: fertiliser factory-direct, 寿光 (gbk)
HN_W = 'http://www.huanong-feiye.com'
HN_NAV = '<a href="/">首页</a> <a href="/about.html">走进华农</a> <a href="/products/">产品中心</a> <a href="/contact.html">联系我们</a>'
HN_FOOT = (f'<p>寿光华农肥业有限公司 版权所有 地址：山东省寿光市化龙镇工业园</p>'
           f'<p><a href="{BEIAN}">鲁ICP备18023456号-1</a> 鲁公网安备 37078302000187号</p>')
P('main', 'huanong-home', HN_W + '/', 'gbk', False, site('寿光华农肥业有限公司 - 华农肥业', HN_NAV, f'''
<section class="hero"><h1>华农肥业 · 厂家直供 复合肥 / 有机肥 / 水溶肥</h1><p>年产能 20 万吨，经销商火热招募中</p></section>
<section class="qual"><h2>企业资质</h2>
<p>营业执照：寿光华农肥业有限公司 统一社会信用代码 {HN}</p>
<p>肥料登记证：鲁农肥（2020）准字 5531 号 等</p></section>''', HN_FOOT, meta=META_GBK),
  '-', 'trap: independent home with a well-formed ICP filing (鲁ICP备18023456号-1) and a valid 存续 licence code; a 公安备案 number too. Lawful.')

P('main', 'huanong-about', HN_W + '/about.html', 'gbk', False, site('走进华农 - 华农肥业', HN_NAV, '''
<h1>走进华农</h1>
<p>华农肥业始建于 2001 年，“华农丰”商标为中国驰名商标，产品畅销全国二十多个省。</p>
<ul class="honour"><li>国家免检产品（2011 年度）</li><li>中国名牌产品（2015 年）</li>
<li>2019 年 寿光市人民政府 “寿光市优秀民营企业” 称号</li></ul>''', HN_FOOT, meta=META_GBK),
  'FALSE_HONOUR,WELLKNOWN_MARK_AD', 'FALSE_HONOUR: 国家免检产品 “2011 年度” — the 免检 scheme was abolished in 2008 (国务院 / 国家质检总局 2008, 产品免于质量监督检查管理办法 废止); '
  '中国名牌产品 “2015 年” — 国家质检总局 stopped the 中国名牌 evaluation in 2008; both cannot be true (广告法 第二十八条; 反不正当竞争法 第九条). '
  'The dated municipal title from a named issuer is plausible and not labelled. WELLKNOWN_MARK_AD: 中国驰名商标 in the company\'s promotion — 商标法 第十四条第五款.')

P('main', 'huanong-junfei', HN_W + '/products/junfei.html', 'gbk', False, site('生物有机菌肥 - 华农肥业', HN_NAV, '''
<h1>生物有机菌肥 40kg</h1>
<p>有效活菌数 ≥ 2 亿/克，有机质 ≥ 40%</p>
<div class="effect"><h3>施用效果</h3>
<p>防治根结线虫、根腐病、枯萎病，种了多年的老棚也不怕重茬；</p>
<p>一亩地保证增产 500 斤以上，用过的菜农都说好。</p></div>''', HN_FOOT, meta=META_GBK),
  'FALSE_CLAIM', 'a microbial fertiliser claims to prevent and cure plant diseases and guarantees extra yield — 广告法 第二十八条 and 第二十一条 (effect guarantees). '
  'Case: 淄博沂源县 华实农资 2020 (有机菌肥 “防治病害抗重茬”“有效预防根结线虫、根腐病、枯萎病”, fined 1 万元); 山西农大绿荣 2018 (“一般增产25%-35%”, fined 135 万元).')

P('main', 'huanong-fuhefei', HN_W + '/products/fuhefei.html', 'gbk', False, site('硫酸钾型复合肥 - 华农肥业', HN_NAV, '''
<h1>硫酸钾型复合肥 15-15-15 50kg</h1>
<table><tr><th>执行标准</th><td>GB/T 15063-2020</td></tr><tr><th>等级</th><td>优等品（高浓度）</td></tr>
<tr><th>总养分</th><td>≥ 45%</td></tr><tr><th>氯离子</th><td>≤ 3.0%</td></tr></table>
<p>最佳施用时期：播种前作基肥一次施入，或在作物需肥高峰期追施。</p>
<p>实际效果与土壤、气候和管理有关，建议测土配方施肥。</p>''', HN_FOOT, meta=META_GBK),
  '-', 'trap: 优等品 is a grade defined by the national standard GB/T 15063 (SAMR 2023 guidance exempts standard grades); 最佳施用时期 is a usage tip; '
  'the efficacy hedge is not a guarantee.')

# ---- S8 independent www.jinghua-shiji.com: laboratory chemicals, 北京海淀 (gb18030; footer names the new elements 鿭 鿬 鿫)
JH_W = 'http://www.jinghua-shiji.com'
JH_NAV = '<a href="/">首页</a> <a href="/reagents/">化学试剂</a> <a href="/glass/">玻璃仪器</a> <a href="/about.html">关于我们</a>'
JH_FOOT = ('<p>北京京华化学试剂有限公司 · 危险化学品经营许可证 京海安经（乙）字[2021]000123</p>'
           '<p>新品：2024 版元素周期表挂图（含 鿭、镆、鿬、鿫 等新定名元素）</p>')
P('main', 'jinghua-home', JH_W + '/', 'gb18030', False, site('北京京华化学试剂有限公司 - 京华试剂', JH_NAV, f'''
<section class="hero"><h1>京华试剂 · 高校与科研院所的试剂供应商</h1><p>分析纯 · 色谱纯 · 优级纯 · 现货 2 万种</p></section>
<section class="qual"><p>营业执照信息：北京京华化学试剂有限公司 统一社会信用代码 {JH}</p>
<p>网站备案：ICP 备案审核中</p></section>''', JH_FOOT, meta=META_18030),
  'ICP_MISSING', 'an independent site whose home shows no ICP filing or licence number (“ICP 备案审核中” is not a number) — 互联网信息服务管理办法 第十二条; '
  '非经营性互联网信息服务备案管理办法. For a hazardous-chemicals seller 互联网危险物品信息发布管理规定 also requires the ICP number on the home page. Licence valid and 存续.')

P('main', 'jinghua-item-shannai', JH_W + '/reagents/nacn.html', 'gb18030', False, site('山奈 99% - 京华试剂', JH_NAV, '''
<h1>山奈（氰化钠）AR 500g 99%</h1>
<p class="price">￥<b>85.00</b> / 瓶</p>
<div class="desc"><p>电镀、提金、实验用。个人可买，无需五证、不用购买许可证，下单即发。</p>
<p>顺丰隐私包装，面单写“工业盐”，保证送到。</p></div>''', JH_FOOT, meta=META_18030),
  'PROHIBITED_GOODS', '氰化钠 (山奈) is a 剧毒化学品: 危险化学品安全管理条例 第三十八条/第三十九条 require a 剧毒化学品购买许可证 and ban sale to individuals; '
  'false waybill description too. Platform rules (淘宝规则 on 剧毒化学品 “砒霜、氰化钠、氰化钾”) treat it as banned from online sale; 互联网危险物品信息发布管理规定 (2015). '
  'No specific enforcement case found with the search tool.')

P('main', 'jinghua-item-gaomeng', JH_W + '/reagents/kmno4.html', 'gb18030', False, site('高锰酸钾 AR - 京华试剂', JH_NAV, '''
<h1>高锰酸钾 AR 500g</h1>
<p class="price">￥<b>32.00</b> / 瓶</p>
<div class="desc"><p>本品为第三类易制毒化学品。依照《易制毒化学品管理条例》，购买单位须先在所在地公安机关办理购买备案，下单时上传《易制毒化学品购买备案证明》和单位营业执照，个人一律不售。</p>
<p>我们不销售任何剧毒化学品和第一类易制毒化学品，请勿咨询。</p></div>''', JH_FOOT, meta=META_18030),
  '-', 'trap: a 第三类易制毒化学品 sold only against the purchase filing 易制毒化学品管理条例 第十七条 requires; the refusal of 剧毒/第一类 chemicals is lawful. '
  'A word-list on 易制毒 or 剧毒 alone would flag it.')

P('main', 'jinghua-item-didingguan', JH_W + '/glass/burette.html', 'gb18030', False, site('酸式滴定管 A级 - 京华试剂', JH_NAV, '''
<h1>酸式滴定管 50ml A级 棕色</h1>
<table><tr><th>精度等级</th><td>A 级（GB/T 12805）</td></tr><tr><th>最高使用温度</th><td>不可直接加热</td></tr>
<tr><th>容量允差</th><td>±0.05 ml</td></tr></table>
<p>配 1:1 盐酸浸泡清洗说明。出厂原装，可开具检定证书。</p>''', JH_FOOT, meta=META_18030),
  '-', 'trap: A 级 is the accuracy class of GB/T 12805, 1:1 盐酸 is a dilution, 最高使用温度 a specification, 原装 describes packaging. No counterfeit or absolute claim.')

JH_ITEM = JH_W + '/reagents/acetonitrile.html'
P('main', 'jinghua-item-yiqing', JH_ITEM, 'gb18030', False, site('乙腈 色谱纯 - 京华试剂', JH_NAV, '''
<h1>乙腈 HPLC 色谱纯 4L</h1>
<p class="price">年末促销 ￥<b>420.00</b> <s>市场价 ￥680.00</s></p>
<p>易燃液体，危险货物，只发危险品专线。</p>''', JH_FOOT, meta=META_18030),
  'FAKE_ORIGINAL_PRICE', 'the compared 市场价 ¥680 is above the ¥398 captured 2 days before (and ¥420 5 days before) — 明码标价和禁止价格欺诈规定 第十六条, 第十九条. No case specific to reagents found.',
  history=[H('jinghua-item-yiqing-d2', 2, site('乙腈 色谱纯 - 京华试剂', JH_NAV, price_cap('乙腈 HPLC 色谱纯 4L', '398.00'), JH_FOOT, meta=META_18030)),
           H('jinghua-item-yiqing-d5', 5, site('乙腈 色谱纯 - 京华试剂', JH_NAV, price_cap('乙腈 HPLC 色谱纯 4L', '420.00'), JH_FOOT, meta=META_18030))])

# ---- S9 independent www.hengli-wujin.com: hand tools factory, 永康, traditional script for overseas buyers (big5)
HL_W = 'http://www.hengli-wujin.com'
HL_NAV = '<a href="/">首頁</a> <a href="/about.html">關於恆力</a> <a href="/products/">產品</a> <a href="/wholesale.html">批發</a>'
HL_FOOT = '<p>永康市恆力五金工具廠 版權所有 ｜ 浙江省永康市五金科技工業園 ｜ 電話 0579-8712 3456</p>'
P('main', 'hengli-home', HL_W + '/', 'big5', False, site('永康市恆力五金工具廠 - 恆力五金', HL_NAV, f'''
<section class="hero"><h1>恆力五金 · 鉗子 扳手 螺絲刀 三十年專業製造</h1><p>OEM / ODM · 外貿出口 · 國內批發</p></section>
<section class="qual"><h2>企業資質</h2><p>永康市恆力五金工具廠 統一社會信用代碼：{HL}</p></section>''', HL_FOOT, meta=META_BIG5, lang='zh-TW'),
  'ICP_MISSING,LICENSE_MISMATCH', 'ICP_MISSING: the independent home shows no ICP filing anywhere (互联网信息服务管理办法 第十二条). '
  'LICENSE_MISMATCH: the displayed code is valid but registered to 永康市恒利贸易有限公司, not to the 恒力五金工具厂 named on the page (电子商务法 第十五条, false display). '
  'Traditional script in Big5.')

P('main', 'hengli-about', HL_W + '/about.html', 'big5', False, site('關於恆力 - 恆力五金', HL_NAV, '''
<h1>關於恆力</h1>
<p>恆力是行業唯一一家全工序自主生產的鉗子工廠，產量全國第一，品質達到國際最高級水準。</p>
<p>“恆力”牌被認定為中國馳名商標，產品遠銷五十多個國家和地區。</p>''', HL_FOOT, meta=META_BIG5, lang='zh-TW'),
  'ABSOLUTE_TERM,WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM: 行業唯一, 全國第一, 最高級 without proof (广告法 第九条第三项; traditional forms normalise to 行业唯一/全国第一). '
  'Case of the kind: 上海碧晶肥料 2020 (“全球最好”“农业部唯一认证”), 市场监管总局 2020 第二批典型虚假违法广告案件. WELLKNOWN_MARK_AD: 中國馳名商標 — 商标法 第十四条第五款.')

P('main', 'hengli-wholesale', HL_W + '/wholesale.html', 'big5', False, site('企業批發 - 恆力五金', HL_NAV, '''
<h1>企業採購批發</h1>
<p>本頁面只接受企業客戶：下單前須完成企業認證（上傳營業執照），起訂量 500 把，開增值稅專用發票。</p>
<table><tr><th>型號</th><th>規格</th><th>含稅單價</th></tr><tr><td>HL-8</td><td>8 寸鋼絲鉗</td><td>RMB 9.60</td></tr>
<tr><td>HL-6</td><td>6 寸尖嘴鉗</td><td>RMB 7.80</td></tr></table>
<p>退換說明：企業採購合同按合同約定的驗收標準處理質量問題；《消費者權益保護法》第二十五條的七日無理由退貨適用於為生活消費購買商品的消費者，個人零售請到我們的網劍商城店鋪購買。</p>''',
  HL_FOOT, meta=META_BIG5, lang='zh-TW'),
  '-', 'trap: a business-to-business order page restricted to verified companies; 消费者权益保护法 第二条 limits the Act to 生活消费, so the 7-day rule of 第二十五条 does not bind '
  'these contracts, and the page says so correctly. Foreseen dispute: a rule that matches “七日无理由” refusals without context may flag it.')

P('main', 'hengli-item-banshou', HL_W + '/products/wrench.html', 'big5', False, site('活動扳手 - 恆力五金', HL_NAV, '''
<h1>10 寸活動扳手 鉻釩鋼 單把零售</h1>
<p class="price">零售價 RMB <b>29.00</b> 包郵</p>
<p>溫馨提示：本店商品一經售出，概不退換，不支持七天無理由退貨，請確認尺寸後再拍。</p>''', HL_FOOT, meta=META_BIG5, lang='zh-TW'),
  'RETURN_REFUSED', 'a single wrench sold retail to consumers with a blanket refusal of 7-day returns; a wrench is outside the exemptions of 消费者权益保护法 第二十五条. Traditional script.')

# ---- S10 independent www.lvye-zhongmiao.com: vegetable seeds and seedlings, 成都 (gb18030; agronomist 赵𫖯 U+2B5AF)
LY_W = 'http://www.lvye-zhongmiao.com'
LY_NAV = '<a href="/">首页</a> <a href="/seeds/">蔬菜种子</a> <a href="/seedlings/">种苗</a>'
LY_FOOT = (f'<p>成都绿野种苗有限公司 · 农艺师 赵𫖯 在线答疑</p>'
           f'<p><a href="{BEIAN}">蜀ICP备20011234号-2</a></p>')
P('main', 'lvye-home', LY_W + '/', 'gb18030', False, site('成都绿野种苗有限公司 - 绿野种苗', LY_NAV, f'''
<section class="hero"><h1>绿野种苗 · 脱毒草莓苗 · 番茄辣椒种子</h1></section>
<section class="qual"><p>营业执照：成都绿野种苗有限公司 统一社会信用代码 {LY_BAD}</p>
<p>种子生产经营许可证：D(川成都)农种许字(2019)第0041号</p></section>''', LY_FOOT, meta=META_18030),
  'LICENSE_INVALID', 'the displayed 统一社会信用代码 fails its GB 32100 check character (the correct one is in registry.tsv): 电子商务法 第十五条 (false display). '
  'The ICP filing uses 蜀, the accepted variant for 川, and is well-formed (a trap inside the page).')

LY_TOM = LY_W + '/seeds/tomato.html'
P('main', 'lvye-item-fanqie', LY_TOM, 'gb18030', False, site('番茄种子 - 绿野种苗', LY_NAV, '''
<h1>粉果番茄种子 1000 粒</h1>
<p class="price">现价 ￥<b>45.00</b> <del>原价 ￥60.00</del></p>
<table><tr><th>品种登记编号</th><td>GPD番茄(2019)510123</td></tr><tr><th>最佳播种期</th><td>川西平原 1 月下旬–2 月中旬育苗</td></tr></table>''', LY_FOOT, meta=META_18030),
  '-', 'trap: the 原价 ¥60 is above the ¥39 captured 8 days earlier, but that capture lies outside the 7-day window of 明码标价和禁止价格欺诈规定 第十六条; '
  'the capture 4 days earlier shows ¥60, so ¥60 is the lowest price in the 7 days before. 最佳播种期 is a cultivation tip; the 登记编号 is in the GPD form.',
  history=[H('lvye-item-fanqie-d8', 8, site('番茄种子 - 绿野种苗', LY_NAV, price_cap('粉果番茄种子 1000 粒', '39.00'), LY_FOOT, meta=META_18030)),
           H('lvye-item-fanqie-d4', 4, site('番茄种子 - 绿野种苗', LY_NAV, price_cap('粉果番茄种子 1000 粒', '60.00'), LY_FOOT, meta=META_18030))])

LY_STR = LY_W + '/seedlings/strawberry.html'
P('main', 'lvye-item-caomei', LY_STR, 'gb18030', False, site('红颜草莓苗 - 绿野种苗', LY_NAV, '''
<h1>红颜 脱毒草莓苗 50 株 带土球</h1>
<p class="price">限时 ￥<b>59.00</b> <span class="orig">原价 ￥99.00</span></p>
<p>售后：种苗为鲜活商品，依照《消费者权益保护法》第二十五条不适用七日无理由退货；到货 48 小时内死苗拍照，按株补发。</p>''', LY_FOOT, meta=META_18030),
  'FAKE_ORIGINAL_PRICE', 'the 原价 ¥99 is above the ¥49 captured 4 days earlier (明码标价和禁止价格欺诈规定 第十六条). The return exclusion is lawful: live seedlings are 鲜活易腐 '
  '(消费者权益保护法 第二十五条第一款第二项), so no RETURN_REFUSED.',
  history=[H('lvye-item-caomei-d4', 4, site('红颜草莓苗 - 绿野种苗', LY_NAV, price_cap('红颜 脱毒草莓苗 50 株 带土球', '49.00'), LY_FOOT, meta=META_18030))])

# ---- S11 independent www.tianyan-anfang.cn: surveillance equipment, 深圳 (gbk)
TY_W = 'http://www.tianyan-anfang.cn'
TY_NAV = '<a href="/">首页</a> <a href="/products/">产品</a> <a href="/case.html">工程案例</a> <a href="/join.html">代理加盟</a>'
TY_FOOT = '<p>Copyright 2015-2026 天眼安防 版权所有</p><p>技术支持：深圳某某网络</p>'
TY_FOOT_HOME = f'<p>Copyright 2015-2026 天眼安防 版权所有 ｜ <a href="{BEIAN}">粤ICP备2023号</a></p><p>技术支持：深圳某某网络</p>'
P('main', 'tianyan-home', TY_W + '/', 'gbk', False, site('天眼安防 - 专业监控设备', TY_NAV, '''
<section class="hero"><h1>天眼安防 · 十年专注监控</h1><p>公安部特供品牌 · 国家免检产品 · 全国 3000 家代理</p></section>
<section class="about"><p>深圳天眼安防，工厂直销摄像机、录像机、拾音器，支持 OEM 贴牌。</p>
<p>联系电话 0755-2345 6789 ｜ 地址 深圳市宝安区西乡街道</p></section>''', TY_FOOT_HOME, meta=META_GBK),
  'FALSE_HONOUR,ICP_INVALID,LICENSE_MISSING', 'LICENSE_MISSING: no licence code, image or link on the home page (电子商务法 第十五条). '
  'ICP_INVALID: “粤ICP备2023号” has 4 digits where a filing has 8 (or 10 with a year prefix) — a malformed number. '
  'FALSE_HONOUR: 公安部特供 (no such public qualification; 特供 claims were banned by the 2013 中直机关 notice and break 广告法 第九条第二项) and 国家免检产品 (abolished 2008).')

P('main', 'tianyan-item-shiyin', TY_W + '/products/pickup.html', 'gbk', False, site('远程拾音器 - 天眼安防', TY_NAV, '''
<h1>TY-S9 高保真远程拾音器（声音放大器）</h1>
<p class="price">￥<b>380.00</b></p>
<div class="desc"><p>贴墙就能听到隔壁说话，一字一句清清楚楚；插卡 4G，手机 APP 实时监听，人在外地也能听。</p>
<p>体积只有火柴盒大，可藏在插座、相框后，对方察觉不到。</p>
<p>用途你懂的：夫妻、生意谈判、查内鬼。</p></div>''', TY_FOOT, meta=META_GBK),
  'PROHIBITED_GOODS', 'a covert listening device (hidden, remote real-time listening through walls) — a 窃听专用器材 under the 2014 规定 (令第72号) and 刑法 第二百八十三条. '
  'Case of the kind: 瞭望 2024 report on “声音放大器” sold as a leak finder but promoted as “隔着墙壁就能听到清晰对话”.')

P('main', 'tianyan-item-qiangji', TY_W + '/products/bullet-4k.html', 'gbk', False, site('4K 枪机 - 天眼安防', TY_NAV, '''
<h1>4K 星光级 网络枪机 TY-B800</h1>
<p class="lead">安防行业唯一做到 0.0001Lux 的枪机，画质天花板，史上最强夜视！</p>
<div class="card"><p>【体验官招募】下单后按要求写好评并上传 3 张安装图，审核通过返全款，相当于免费拿货；名额有限，联系客服领取好评文案。</p></div>''',
  TY_FOOT, meta=META_GBK),
  'ABSOLUTE_TERM,REVIEW_INDUCEMENT', 'ABSOLUTE_TERM: 行业唯一, 画质天花板, 史上最强 (广告法 第九条第三项). REVIEW_INDUCEMENT: a full refund for a review written from a supplied script — '
  'a paid review dressed as “体验官” (电子商务法 第十七条; 反不正当竞争法 (2019 text) 第八条).')

# ---- S12 mall shop laoyang-yangfen: a farmer's own sheep manure, 第十条 exemption (utf-8)
LYGID = 'laoyang-yangfen'
P('main', 'laoyang-home', M + '/shop/laoyang-yangfen/', 'utf-8', False, mall_shop(LYGID, '老杨家自产羊粪', '''
<header class="shop-head"><h1 class="shop-name">老杨家自产羊粪</h1><span class="mall-mark">商城标识</span></header>
<div class="intro"><p>内蒙古赤峰 老杨 自家养了两百多只羊，羊圈里清出来的粪堆沤发酵三个月，晒干过筛装袋。</p></div>
<div class="exempt"><h4>主体信息公示</h4><p>本店经营者杨某某，销售本人养殖产生的自产农副产品（发酵羊粪），依照《中华人民共和国电子商务法》第十条属于不需要办理市场主体登记的情形。</p></div>
<ul class="goods"><li><a href="/item/ly-7001.html">发酵羊粪 40 斤</a></li></ul>'''),
  '-', 'trap: no licence code, but the exemption statement of 电子商务法 第十条 (自产农副产品) is displayed, which 第十五条 accepts in place of licence information; '
  'platform mark present. Foreseen dispute: whether manure is a 农副产品 — I take it as a by-product of the farmer\'s own husbandry.')

P('main', 'laoyang-item', M + '/item/ly-7001.html', 'utf-8', False, mall_item(LYGID, '发酵羊粪 40 斤', '''
<h1 class="title">自家羊圈 发酵羊粪 40 斤 花卉 菜园 果树底肥</h1>
<p class="price">¥<b>35.00</b></p>
<div class="desc"><p>不是化肥，也不是什么“高仿有机肥”，就是实打实的羊粪，有点味道，介意勿拍。</p>
<p>农家肥能改良土壤，但不能治病虫害，也不保证增产，效果要看地力和管理。</p>
<p>最好在秋冬翻地时作底肥施用，每亩 1–2 方。</p></div>'''),
  '-', 'trap: a negated counterfeit word (“不是…高仿有机肥”), a negated efficacy claim (不能治病虫害, 不保证增产) and a timing tip (最好在秋冬). Nothing offered is a copy, a cure or a superlative.')

# ---- S13 independent www.kexin-huagong.com: industrial chemicals, 厦门, traditional script (big5; one page without charset meta)
KX_W = 'http://www.kexin-huagong.com'
KX_NAV = '<a href="/">首頁</a> <a href="/products/">產品目錄</a> <a href="/msds/">MSDS 下載</a>'
KX_FOOT = '<p>廈門科信化工有限公司 ｜ 廈門市思明區湖濱南路</p>'
KX_FOOT_HOME = f'<p>廈門科信化工有限公司 ｜ <a href="{BEIAN}">港ICP備19008765號</a> ｜ 廈門市思明區湖濱南路</p>'
P('main', 'kexin-home', KX_W + '/', 'big5', False, site('廈門科信化工有限公司 - 科信化工', KX_NAV, f'''
<section class="hero"><h1>科信化工 · 工業化學品 · 溶劑 · 助劑</h1><p>噸桶、鐵桶、小包裝分裝 · 兩岸三地物流</p></section>
<section class="qual"><p>營業執照：廈門科信化工有限公司 統一社會信用代碼 {KX}</p></section>''', KX_FOOT_HOME, meta=META_BIG5, lang='zh-TW'),
  'ICP_INVALID,LICENSE_MISMATCH', 'LICENSE_MISMATCH: the code is valid but the registry status is 吊销 (电子商务法 第十五条; 市场主体登记管理条例). '
  'ICP_INVALID: 港 is not a province abbreviation of the ICP filing system (the list is 京津冀…新), so “港ICP備19008765號” is not a filing. Traditional script.')

P('main', 'kexin-msds', KX_W + '/msds/naoh.html', 'big5', False, site('氫氧化鈉 MSDS - 科信化工', KX_NAV, '''
<h1>氫氧化鈉（燒鹼）安全技術說明書 摘要</h1>
<p>危險性類別：皮膚腐蝕/刺激，類別 1A；嚴重眼損傷，類別 1。</p>
<p>最佳儲存條件：陰涼、乾燥、通風的庫房，遠離酸類，包裝密封。</p>
<p>急救：皮膚接觸立即用大量流動清水沖洗至少 15 分鐘並就醫。本品不具有任何醫療用途。</p>''', KX_FOOT, meta=None, lang='zh-TW'),
  '-', 'trap: a safety data sheet — hazard classes, 最佳儲存條件 as a storage tip, first aid, and a negated medical use; nothing banned from sale (烧碱 is a 危险化学品 but not 剧毒/易制毒). '
  'Big5 bytes with no charset meta.')

P('main', 'kexin-fenzhuang', KX_W + '/products/repack.html', 'big5', False, site('進口助劑分裝 - 科信化工', KX_NAV, '''
<h1>進口大牌助劑 小桶分裝 25kg</h1>
<p>外桶按原廠 1:1 復刻，標籤、批號、防偽貼都做好了，客戶拿去投標、驗廠都沒問題。</p>
<p>品質跟原廠八九成像，價格只要三分之一。可按客戶要求貼任何牌子。</p>''', KX_FOOT, meta=META_BIG5, lang='zh-TW'),
  'COUNTERFEIT_TERM', 'repackaged goods in copied branded drums with copied labels and anti-counterfeit stickers, “可貼任何牌子” — 商标法 第五十七条 (1:1 復刻 in traditional script). '
  'No specific public case found.')

# ---- S14 independent www.dahe-shouyao.com: veterinary drugs, 郑州 (gb18030; technical director 李𬱖)
DH_W = 'http://www.dahe-shouyao.com'
DH_NAV = '<a href="/">首页</a> <a href="/pig/">猪用</a> <a href="/poultry/">禽用</a> <a href="/about.html">关于大河</a>'
DH_FOOT = (f'<p>郑州大河兽药有限公司 ｜ 技术总监 李𬱖 ｜ <a href="{BEIAN}">豫ICP备19034567号-1</a></p>')
P('main', 'dahe-home', DH_W + '/', 'gb18030', False, site('郑州大河兽药有限公司 - 大河兽药', DH_NAV, f'''
<section class="hero"><h1>大河兽药 · 猪禽常见病解决方案</h1></section>
<section class="qual"><p>郑州大河兽药有限公司 统一社会信用代码 {DH}</p>
<p>电子营业执照亮照：{elic(DH_OTHER, '2021')}</p></section>''', DH_FOOT, meta=META_18030),
  'LICENSE_MISMATCH', 'the electronic-licence link\'s serial starts with another company\'s code (a 郑州 catering company in registry.tsv), not the code shown on the page — '
  'a borrowed 亮照 badge (DESIGN: “an electronic-licence link whose serial names another code”). The shown code itself is valid and 存续; the ICP filing is well-formed.')

P('main', 'dahe-item-lanerr', DH_W + '/pig/lanerr.html', 'gb18030', False, site('蓝耳圆环专用 - 大河兽药', DH_NAV, '''
<h1>蓝耳圆环 一针灵 100ml</h1>
<p class="lead">猪蓝耳、圆环、高热病，一针见效，治愈率 100%，治不好全额退款！</p>
<ul class="honour"><li>中国名牌产品（2020）</li><li>连续五年全国兽药质量评比第一</li></ul>''', DH_FOOT, meta=META_18030),
  'ABSOLUTE_TERM,FALSE_CLAIM,FALSE_HONOUR', 'FALSE_CLAIM: cure rate 100% and a refund guarantee for a vet drug — 广告法 第二十一条 (兽药广告不得含有功效断言或保证), 第二十八条. '
  'FALSE_HONOUR: 中国名牌产品 (2020) — the scheme stopped in 2008. ABSOLUTE_TERM: 全国…第一 with an invented competition (广告法 第九条第三项). '
  'Case of the kind: 泰州 鹏程动物药业 2020 (“在全国兽药中第一家通过质量管理体系”, 虚假广告, 市场监管总局 2020 第二批).')

P('main', 'dahe-item-lvmeisu', DH_W + '/poultry/chloramphenicol.html', 'gb18030', False, site('老药 可溶性粉 - 大河兽药', DH_NAV, '''
<h1>“老三样”之 氯 霉 素 可溶性粉 500g 鸡鸭 水产通用</h1>
<p class="price">￥<b>48.00</b></p>
<p>现在正规渠道买不到的老药，治大肠杆菌、鸡白痢效果猛，对虾塘也能泼。外包装印“营养添加剂”，放心收货。</p>''', DH_FOOT, meta=META_18030),
  'PROHIBITED_GOODS', '氯霉素 is on the list of drugs banned for food-producing animals (农业农村部 公告第250号, 2019, 食品动物中禁止使用的药品及其他化合物清单); disguised as a nutrition additive. '
  'Spaced name (氯 霉 素). 兽药管理条例 第三十九条 (from memory). No online-sale case found with the search tool.')

# ---- S15 independent www.youpin-laobao.com: B2B work-safety wholesale, 义乌 (utf-8 with BOM)
YP_W = 'http://www.youpin-laobao.com'
YP_NAV = '<a href="/">首页</a> <a href="/offer/">批发货源</a> <a href="/service.html">电商服务</a>'
YP_FOOT = (f'<p>义乌市优品劳保用品有限公司 ｜ 营业执照注册号 {YP_REG} ｜ '
           f'<a href="{BEIAN}">浙ICP备{fullwidth("2021034567")}号-{fullwidth("3")}</a></p>')
P('main', 'youpin-home', YP_W + '/', 'utf-8', True, site('义乌市优品劳保用品有限公司 - 优品劳保批发', YP_NAV, '''
<section class="hero"><h1>优品劳保 · 源头工厂 · 手套 安全帽 反光衣</h1><p>一件代发 · 支持定制 LOGO · 48 小时发货</p></section>''',
  YP_FOOT),
  '-', 'trap: the ICP filing is written in full-width digits (浙ICP备２０２１０３４５６７号-３): a well-formed 10-digit year-prefixed filing once normalised; '
  'the licence is shown as a pre-2015 15-digit 注册号 with a valid MOD 11,10 check digit, 存续 in the registry.')

P('main', 'youpin-service', YP_W + '/service.html', 'utf-8', True, site('电商服务 - 优品劳保批发', YP_NAV, '''
<h1>新店扶持 · 代发客户专享</h1>
<ul><li>新链接上架，我们安排“补单”：真人真号拍下，走真实快递单号，帮你把销量和评价冲起来；</li>
<li>S 单每单佣金 6 元，带图好评另加 2 元，追评 3 元，三天出评；</li>
<li>不用担心降权，都是老买家号，平台查不出来。</li></ul>''', YP_FOOT),
  'REVIEW_INDUCEMENT', 'a wholesaler offers its drop-ship clients 补单/S单 (fake orders and paid reviews, with a fee schedule per review) — 刷单炒信: 电子商务法 第十七条; '
  '反不正当竞争法 (2019 text) 第八条第二款 (帮助虚构交易、虚假评价). Case: 上海奉贤 2021, 本浩文化传播 为他人刷单 241 单、虚构好评 85 条 (上海市市场监管局 2022 公布).')

P('main', 'youpin-offer-helmet', YP_W + '/offer/helmet.html', 'utf-8', True, site('ABS 安全帽 - 优品劳保批发', YP_NAV, '''
<h1>ABS 安全帽 V 型 透气 工地 电工</h1>
<table><tr><th>执行标准</th><td>GB 2811-2019</td></tr><tr><th>特殊性能</th><td>电绝缘（G 级）、侧向刚性</td></tr>
<tr><th>起批量</th><td>100 顶起批，¥11.50/顶</td></tr></table>
<p>特种劳动防护用品，请认准 LA 标志。安全帽为一次性防护用品，受过重击后无论有无损坏都应更换，这是使用常识而非质量问题。</p>''', YP_FOOT),
  '-', 'trap: a work-safety helmet with its national standard and the G 级 performance class it defines; a safety notice. No absolute, counterfeit or return wording.')

# ---- S16 independent www.yongnian-luosi.com: fasteners factory-direct, 邯郸永年, 1688-style offers (gbk)
LS_W = 'http://www.yongnian-luosi.com'
LS_NAV = '<a href="/">首页</a> <a href="/about.html">公司介绍</a> <a href="/offer/">供应产品</a> <a href="/contact.html">联系方式</a>'
LS_FOOT = (f'<p>CopyRight &copy; 2016-2026 邯郸市永年区鑫固紧固件有限公司 版权所有</p>'
           f'<p><a href="http://www.miibeian.gov.cn/">冀 ICP 备 17021345 号</a> ｜ 增值电信业务经营许可证：冀B2-20190087</p>')
P('main', 'luosi-home', LS_W + '/', 'gbk', False, site('邯郸市永年区鑫固紧固件有限公司 - 鑫固紧固件', LS_NAV, f'''
<section class="hero"><h1>鑫固紧固件 · 永年标准件源头工厂</h1><p>外六角 · 内六角 · 高强度螺栓 · 来图来样定做</p></section>
<table class="company"><tr><td>企业名称</td><td>邯郸市永年区鑫固紧固件有限公司</td></tr>
<tr><td>统一社会<br>信用代码</td><td>{LSC}</td></tr><tr><td>经营模式</td><td>生产厂家</td></tr></table>''', LS_FOOT, meta=META_GBK),
  '-', 'trap: the ICP filing is written with spaces (冀 ICP 备 17021345 号, a form seen in real footers) and links to the old miibeian.gov.cn; it is well-formed. '
  'The licence code sits in a table with its label broken over two lines; valid, 存续. A 增值电信 licence number is shown too.')

P('main', 'luosi-about', LS_W + '/about.html', 'gbk', False, site('公司介绍 - 鑫固紧固件', LS_NAV, '''
<h1>公司介绍</h1>
<p>公司 2021 年被认定为国家高新技术企业（证书编号 GR202113000456，河北省科学技术厅、河北省财政厅、国家税务总局河北省税务局 联合颁发，有效期三年）。</p>
<p>产品执行 GB/T 5782、GB/T 70.1，性能等级 8.8 级、10.9 级、12.9 级可选。</p>
<p>最佳拧紧力矩请参照 GB/T 16823.2 选取，不同润滑条件差别较大。</p>''', LS_FOOT, meta=META_GBK),
  '-', 'trap: 国家高新技术企业 is a state-granted qualification, stated with a well-formed certificate number (GR + year + province code 13 + serial), year and issuers '
  '(SAMR 2023 guidance exempts state-awarded titles); 8.8/10.9/12.9 级 are property classes of the standard; 最佳拧紧力矩 is a tip.')

P('main', 'luosi-offer-gaoqiang', LS_W + '/offer/10-9.html', 'gbk', False, site('10.9级 高强度螺栓 - 鑫固紧固件', LS_NAV, '''
<h1>10.9级 高强度外六角螺栓 M12-M30 发黑</h1>
<table class="offer"><tr><th>起批量</th><th>≥1000 件</th><th>≥10000 件</th><th>≥50000 件</th></tr>
<tr><td>价格</td><td>￥0.86</td><td>￥0.79</td><td>￥0.72</td></tr></table>
<div class="sell"><h2>全国紧固件行业<br>第一品牌</h2>
<p>荣获“国家级高新技术企业”（证书编号：GR-888888）、“中国紧固件十大品牌”金奖。</p></div>''', LS_FOOT, meta=META_GBK),
  'ABSOLUTE_TERM,FALSE_HONOUR', 'ABSOLUTE_TERM: 全国紧固件行业第一品牌, split over two lines by <br> in a heading (广告法 第九条第三项). '
  'FALSE_HONOUR: the 高新技术企业 certificate number “GR-888888” is malformed (real ones are GR + 4-digit year + 2-digit province + serial, as the company\'s own about page shows) '
  'and the “十大品牌 金奖” has no issuer — DESIGN: malformed certificate numbers; 反不正当竞争法 (2025) 第九条. The B2B price table itself is lawful.')

# ---- S17 mall shop weidian-caizi: a 微店-style vegetable-seed shop run by a farmer family (gb18030; the owner signs 𠮷大姐, U+20BB7)
CZID = 'weidian-caizi'
CZ_SIGN = '<p class="sign">店主：𠮷大姐（微信同号，朋友圈每天更新）</p>'
P('main', 'caizi-home', M + '/shop/weidian-caizi/', 'gb18030', False, mall_shop(CZID, '𠮷大姐的菜籽铺', f'''
<header class="shop-head"><h1 class="shop-name">𠮷大姐的菜籽铺</h1><span class="mall-mark">网剑商城</span></header>
<p class="intro">阳台、菜园、小农场都能种，老品种、杂交种都有。</p>
<div class="licence-link">营业执照：{elic(CZ, '2022')} 点击徽标查看电子营业执照</div>
<ul class="goods"><li><a href="/item/cz-1301.html">秋葵种子</a></li><li><a href="/item/cz-1302.html">香菜种子 大包</a></li></ul>
{CZ_SIGN}''', meta=META_18030),
  '-', 'trap: the licence is shown only as an electronic-licence (亮照) link, which 电子商务法 第十五条 accepts (“链接标识”); its serial names a valid 存续 code of this shop. '
  'Platform mark present.')

P('main', 'caizi-item-qiukui', M + '/item/cz-1301.html', 'gb18030', False, mall_item(CZID, '秋葵种子', f'''
<h1 class="title">五角秋葵种子 100 粒</h1>
<p class="price">￥<b>6.80</b></p>
<div class="desc"><p>自己种的秋葵吃着放心！</p>
<p>秋葵泡水喝，<br>降血糖、降<br>血压，糖尿病人家里都种几棵，<br>比吃药强。</p>
<img src="/img/cz1301.jpg" alt="秋葵水 辅助治疗糖尿病 亲测有效"></div>
{CZ_SIGN}''', meta=META_18030),
  'FALSE_CLAIM', 'seeds sold with a disease-treatment claim for the produce (降血糖、降血压, 糖尿病 “比吃药强”, in text broken by <br> and in alt text) — 广告法 第十七条 (no medical claims outside medical ads), 第二十八条. '
  'Case of the kind: 市场监管总局、中消协 2024 提示 普通食品不能宣称保健功能 (via corpus12/a\'s README).')

P('main', 'caizi-item-xiangcai', M + '/item/cz-1302.html', 'gb18030', False, mall_item(CZID, '香菜种子 大包', f'''
<h1 class="title">大叶香菜种子 500 克 家庭菜园</h1>
<p class="price">￥<b>15.00</b></p>
<div class="desc"><h3>售后须知（拍下即视为同意）</h3>
<p>种子属于特殊商品，一经发出，不退不换，未拆封也不退，不支持七天无理由退货。</p>
<p>发芽与温度、水分有关，没出苗不是种子问题。</p></div>
{CZ_SIGN}''', meta=META_18030),
  'RETURN_REFUSED', 'dry seeds are not 鲜活易腐 nor any other exemption of 消费者权益保护法 第二十五条; “拍下即视为同意” is not the buyer\'s confirmation at purchase the law asks for '
  '(网络购买商品七日无理由退货暂行办法 第六条/第七条, from memory). Contrast: the live seedlings of lvye-item-caomei (lawful exclusion).')

# ================================================================ HOLDOUT
# ---- H1 mall shop nongyao-zhijia: pesticides, 邹城 (gbk)
NYID = 'nongyao-zhijia'
P('holdout', 'nyzj-home', M + '/shop/nongyao-zhijia/', 'gbk', False, mall_shop(NYID, '农药之家', f'''
<header class="shop-head"><h1 class="shop-name">农药之家</h1>
<span class="mall-mark" style="display:none">商城认证</span><span class="level">五钻店铺</span></header>
<ul class="goods"><li><a href="/item/ny-8001.html">老式 乳油 清仓</a></li><li><a href="/item/ny-8002.html">招募 合作买手</a></li>
<li><a href="/item/ny-8003.html">禁限用农药名录 购药须知</a></li></ul>
<div class="shop-license">邹城市农药之家农资有限公司　统一社会信用代码：{NY}　农药经营许可证：农药经许（鲁）37088320012</div>''', meta=META_GBK),
  'MARK_MISSING', 'the element with class mall-mark is hidden (display:none), so no platform mark is displayed (DESIGN: hidden elements are not displayed). '
  'Licence valid and 存续.')

P('holdout', 'nyzj-item-laoshi', M + '/item/ny-8001.html', 'gbk', False, mall_item(NYID, '老式 乳油 清仓', '''
<h1 class="title">仓库清货 老式 40% 甲*胺*磷 乳油 500ml 稻纵卷叶螟 棉铃虫 一遍光</h1>
<p class="price">￥<b>25.00</b></p>
<div class="desc"><p>老农都知道的那个“老甲”，现在的新药打三遍不如它一遍。</p>
<p>库存不多，瓶身标签已撕，发货备注“杀菌剂”。</p></div>''', meta=META_GBK),
  'PROHIBITED_GOODS', '甲胺磷 is one of the five high-toxicity organophosphates banned in agriculture from 2007-01-01 (农业部 公告第322号, 2003, read on greenladybuy.com) and banned from '
  'production and circulation by the 2008 六部委 公告 (国家发改委 农业部 工商总局 等 2008年第1号, read on jiyifa.net); '
  'the name is broken by asterisks (甲*胺*磷) and the slang “老甲” is used. Banned list confirmed on agroxq.com (国家明令禁止使用的农药…甲胺磷); no online-sale case found.')

P('holdout', 'nyzj-item-zhaomu', M + '/item/ny-8002.html', 'gbk', False, mall_item(NYID, '招募 合作买手', '''
<h1 class="title">【0.01元 链接】招募合作买手 宝妈学生可做</h1>
<div class="desc"><p>本链接仅供合作买手拍下：按客服给的关键词搜店进店，货比三家后拍，本金垫付秒退，每单佣金 8 元。</p>
<p>放单时间每晚 8 点，收到空包后确认收货，给五星好评写 30 字加 2 元，追评再加 3 元。</p>
<p>进群请加客服，备注“S单”。</p></div>''', meta=META_GBK),
  'REVIEW_INDUCEMENT', 'recruiting “合作买手” for fake orders (垫付返佣, 空包, 放单, S单) and paying per five-star review — 刷单炒信: 电子商务法 第十七条; 反不正当竞争法 (2019 text) 第八条. '
  'Cases: 上海市市场监管局 2022 刷单炒信案 (24 cases in 2021, 428 万元 fines).')

P('holdout', 'nyzj-item-xuzhi', M + '/item/ny-8003.html', 'gbk', False, mall_item(NYID, '禁限用农药名录 购药须知', '''
<h1 class="title">购药须知：这些农药本店不卖</h1>
<div class="desc"><p>根据农业农村部公布的禁限用农药名录，下列农药已禁止销售和使用，本店一律不售，也请大家举报售卖者：</p>
<p>六六六、滴滴涕、毒杀芬、杀虫脒、除草醚、甲胺磷、对硫磷、甲基对硫磷、久效磷、磷胺、百草枯水剂、氟乙酰胺、毒鼠强……</p>
<p>限制使用农药（如克百威、涕灭威）不得用于蔬菜、瓜果、茶叶、菌类和中草药材，本店实名登记销售。</p></div>''', meta=META_GBK),
  '-', 'trap: buyer advice listing banned pesticides the shop does NOT sell (农药管理条例; 禁限用农药名录) — names of banned goods without an offer.')

# ---- H2 independent www.shengda-feiye.com: fertiliser, 保定, traditional script (big5)
SD_W = 'http://www.shengda-feiye.com'
SD_NAV = '<a href="/">首頁</a> <a href="/about.html">企業簡介</a> <a href="/news/">新聞動態</a>'
SD_FOOT = '<p>保定盛大肥業有限公司 ｜ 河北省保定市競秀區</p>'
SD_FOOT_HOME = f'<p>保定盛大肥業有限公司 ｜ <a href="{BEIAN}">京ICP備12345678號</a></p>'
P('holdout', 'shengda-home', SD_W + '/', 'big5', False, site('保定盛大肥業有限公司 - 盛大肥業', SD_NAV, f'''
<section class="hero"><h1>盛大肥業 · 有機無機複混肥 · 冀中平原三十年</h1></section>
<section class="qual"><p>營業執照 統一社會信用代碼：{fullwidth(SD)}</p></section>''', SD_FOOT_HOME, meta=META_BIG5, lang='zh-TW'),
  'ICP_INVALID', 'ICP_INVALID: 12345678 is a placeholder, not a filing (DOMAIN.md). The licence code is shown in full-width characters and is valid and 存续 once normalised '
  '(a trap inside the page, no LICENSE code). Traditional script.')

P('holdout', 'shengda-about', SD_W + '/about.html', 'big5', False, site('企業簡介 - 盛大肥業', SD_NAV, '''
<h1>企業簡介</h1>
<p>盛大肥業的產品是國家級品質、行業最高級肥效，農民朋友公認的頂級好肥。</p>
<p>“盛大”商標榮獲中國馳名商標；主導產品為國家免檢產品、中國名牌產品（2016年）。</p>''', SD_FOOT, meta=META_BIG5, lang='zh-TW'),
  'ABSOLUTE_TERM,FALSE_HONOUR,WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM: 國家級品質, 最高級, 頂級 (广告法 第九条第三项; no state title is named — a 国家级 title would need its issuer). '
  'WELLKNOWN_MARK_AD: 中國馳名商標 (商标法 第十四条第五款). FALSE_HONOUR: 國家免檢產品 (abolished 2008) and 中國名牌產品 2016 (not awarded after 2008). Traditional script.')

P('holdout', 'shengda-news', SD_W + '/news/2024-03.html', 'big5', False, site('新聞動態 - 盛大肥業', SD_NAV, '''
<h1>公司完成包裝整改</h1>
<p>根據《商標法》第十四條第五款，生產、經營者不得將“馳名商標”字樣用於商品、包裝或者廣告宣傳。國家質檢總局已於 2008 年停止免檢制度。</p>
<p>本公司已更換全部包裝袋，刪除原包裝上的相關字樣，並提醒經銷商不要在宣傳中使用。</p>
<p>2023 年，公司“盛大 1 號”獲河北省農業農村廳頒發的 2023 年度河北省農業主推技術配套產品證書。</p>''', SD_FOOT, meta=META_BIG5, lang='zh-TW'),
  '-', 'trap: news quoting 商标法 第十四条第五款 and the end of 免检 while reporting compliance; a dated award with a named provincial issuer. Not advertising with the words.')

# ---- H3 mall shop wanneng-gongju: power tools, 永康 (utf-8 with BOM)
WNID = 'wanneng-gongju'
P('holdout', 'wanneng-home', M + '/shop/wanneng-gongju/', 'utf-8', True, mall_shop(WNID, '万能工具', f'''
<header class="shop-head"><h1 class="shop-name">万能工具</h1><em class="mall-mark">网剑商城</em></header>
<div class="notice"><p>刻字定制服务：在工具手柄上激光刻名字或公司名的订单属于按您要求定作的商品，依《消费者权益保护法》第二十五条不适用七日无理由退货；未刻字的商品照常享受七天无理由。</p></div>
<ul class="goods"><li><a href="/item/wn-9001.html">角磨机</a></li><li><a href="/item/wn-9002.html">家用工具套装</a></li><li><a href="/item/wn-9003.html">锯片 / 铣刀</a></li></ul>
<div class="shop-license">永康市万能工具有限公司 ｜ 统一社会信用代码 {WN}</div>'''),
  '-', 'trap: platform mark (on an <em>), valid licence; the only return exclusion is for engraved, made-to-order goods — 定作 (消费者权益保护法 第二十五条第一款第一项); '
  'ordinary goods keep the 7-day right.')

P('holdout', 'wanneng-item-jiaomo', M + '/item/wn-9001.html', 'utf-8', True, mall_item(WNID, '角磨机', '''
<h1 class="title">德系大牌 角磨机 高&nbsp;仿 精.仿 复&#21051;版 1200W</h1>
<p class="price">¥<b>139.00</b></p>
<div class="desc"><p>外壳、铭牌、包装盒全部按原厂做，送人有面子。</p>
<p>售后说明：工具类不支持 7 天无理由退货，非质量问题不退不换。</p></div>'''),
  'COUNTERFEIT_TERM,RETURN_REFUSED', 'COUNTERFEIT_TERM: 高&nbsp;仿, 精.仿 and 复&#21051; (a numeric reference for 刻) — copies of a branded grinder with its name plate (商标法 第五十七条). '
  'RETURN_REFUSED: a blanket refusal for power tools (消费者权益保护法 第二十五条).')

WN_KIT = M + '/item/wn-9002.html'
P('holdout', 'wanneng-item-taozhuang', WN_KIT, 'utf-8', True, mall_item(WNID, '家用工具套装', '''
<h1 class="title">家用工具套装 108 件 铬钒钢</h1>
<p class="price">券后 ¥<b>199.00</b> <del>日常价 ¥299.00</del></p>'''),
  'FAKE_ORIGINAL_PRICE', 'the 日常价 ¥299 is above the ¥149 captured 5 days before (明码标价和禁止价格欺诈规定 第十六条).',
  history=[H('wanneng-item-taozhuang-d5', 5, mall_item(WNID, '家用工具套装', price_cap('家用工具套装 108 件 铬钒钢', '149.00'))),
           H('wanneng-item-taozhuang-d2', 2, mall_item(WNID, '家用工具套装', price_cap('家用工具套装 108 件 铬钒钢', '199.00')))])

P('holdout', 'wanneng-item-juchi', M + '/item/wn-9003.html', 'utf-8', True, mall_item(WNID, '锯片 / 铣刀', '''
<h1 class="title">硬质合金 仿形铣刀 + 通用锯片 适配各品牌 7 寸切割机</h1>
<p class="price">¥<b>36.00</b></p>
<table class="attrs"><tr><th>说明</th><td>本品为通用配件，非原厂件，孔径 25.4mm 可适配多数品牌；图中品牌机器仅用于演示安装</td></tr>
<tr><th>转速比</th><td>1:1 直驱</td></tr></table>'''),
  '-', 'trap: 仿形铣刀 is a machining term (profile/copy milling cutter), 1:1 a drive ratio; a compatible part honestly marked “非原厂件” (naming a brand only to state compatibility is indicative use, generally accepted as fair; 商标法 第五十九条 by analogy, from memory).')

# ---- H4 independent www.ruixin-shiji.com: reagents, 苏州 (gb18030; the catalogue lists the elements 鿭 and 鿔)
RX_W = 'http://www.ruixin-shiji.com'
RX_NAV = '<a href="/">首页</a> <a href="/catalog/">产品目录</a> <a href="/kb/">知识库</a>'
RX_FOOT = f'<p>瑞鑫试剂 · 标准品 · 同位素 · 新元素科普（鿭 nǐ、鿔 gē）</p><p><a href="{BEIAN}">苏ICP备17045678号-1</a></p>'
P('holdout', 'ruixin-home', RX_W + '/', 'gb18030', False, site('瑞鑫试剂 - 苏州瑞鑫', RX_NAV, '''
<section class="hero"><h1>瑞鑫试剂 · 一站式科研采购</h1><p>高校 / 医院 / 第三方检测 · 次日达</p></section>
<section class="contact"><p>地址：苏州市姑苏区 ｜ 电话 0512-6588 1234</p></section>
<div class="lic" style="display:none">营业执照 苏州瑞鑫化学试剂有限公司</div>''', RX_FOOT, meta=META_18030),
  'LICENSE_MISSING', 'no licence information is displayed on the home page (the only licence words sit in a display:none block, with no code) — 电子商务法 第十五条; 网络交易监督管理办法 第十二条. '
  'ICP filing present and well-formed.')

P('holdout', 'ruixin-item-mahuang', RX_W + '/catalog/ephedrine.html', 'gb18030', False, site('盐酸麻黄碱 - 瑞鑫试剂', RX_NAV, '''
<h1>盐酸麻黄碱 原料 99% 100g（“黄素”）</h1>
<p class="price">面议</p>
<p>免备案，不用单位证明，量大从优，可拆小包；老客户走物流代收，外包装写“氯化钠”。</p>''', RX_FOOT, meta=META_18030),
  'PROHIBITED_GOODS', '麻黄碱 (ephedrine) is a 第一类易制毒化学品 under 易制毒化学品管理条例 (purchase permit required) and is offered without any licence, with a false description — '
  'goods that may not be offered like this online (platform rules name 麻黄素 among banned 易制毒 chemicals). 刑法 第三百五十条. No specific case found with the search tool.')

P('holdout', 'ruixin-kb-safety', RX_W + '/kb/safety.html', 'gb18030', False, site('实验室安全 - 瑞鑫试剂', RX_NAV, '''
<h1>知识库：实验室危化品采购须知</h1>
<p>剧毒化学品（如氰化钾、三氧化二砷）须凭公安机关核发的《剧毒化学品购买许可证》购买；第一类易制毒化学品须凭购买许可证，第二、三类须办理购买备案。</p>
<p>本站不向个人销售上述化学品。最佳做法是由学校设备处统一采购、双人双锁保管。</p>''', RX_FOOT, meta=META_18030),
  '-', 'trap: buyer guidance stating the purchase-permit rules of 危险化学品安全管理条例 and 易制毒化学品管理条例; names of controlled chemicals without an offer; “最佳做法” is advice.')

# ---- H5 independent www.baoan-jiankong.com: security equipment, 深圳 (utf-8; the home page has no charset meta)
BA_W = 'http://www.baoan-jiankong.com'
BA_NAV = '<a href="/">首页</a> <a href="/products/">产品</a> <a href="/news/">资讯</a>'
BA_FOOT = '<p>深圳市保安监控设备有限公司 © 2026 ｜ 服务热线 400-800-1234</p>'
P('holdout', 'baoan-home', BA_W + '/', 'utf-8', False, site('保安监控 - 深圳市保安监控设备有限公司', BA_NAV, f'''
<section class="hero"><h1>保安监控 · 工程级监控与报警</h1></section>
<section class="qual"><p>统一社会信用代码：{BA_BAD}</p></section>''', BA_FOOT, meta=None),
  'ICP_MISSING,LICENSE_INVALID', 'ICP_MISSING: no ICP number anywhere on the independent home (互联网信息服务管理办法 第十二条). '
  'LICENSE_INVALID: the displayed code fails its GB 32100 check character. UTF-8 bytes with no charset meta.')

P('holdout', 'baoan-item-yangan', BA_W + '/products/smoke.html', 'utf-8', False, site('独立式感烟报警器 - 保安监控', BA_NAV, '''
<h1>独立式光电感烟火灾探测报警器 BA-Y3</h1>
<table><tr><th>执行标准</th><td>GB 20517-2006</td></tr><tr><th>认证</th><td>消防产品认证 CCCF</td></tr></table>
<p>说明：本品只报警，不含任何摄像或录音元件。市面上有外形像烟感的偷拍摄像头，属于国家禁止销售的窃照器材，本公司不生产、不销售。</p>''', BA_FOOT),
  '-', 'trap: a real smoke alarm that states it has no camera and warns against disguised cameras (2014 规定, 令第72号) — the words 偷拍/窃照 occur without an offer.')

P('holdout', 'baoan-item-zhuapai', BA_W + '/products/lpr.html', 'utf-8', False, site('车牌识别一体机 - 保安监控', BA_NAV, '''
<h1>车牌识别抓拍一体机 BA-LPR7</h1>
<p class="lead">识别率全网第一，同类产品里的天花板，史上最强补光！</p>
<div class="card"><p>工程客户福利：项目验收后在平台店铺留五星好评 + 晒现场图，凭截图返 200 元京东卡。</p></div>''', BA_FOOT),
  'ABSOLUTE_TERM,REVIEW_INDUCEMENT', 'ABSOLUTE_TERM: 全网第一, 天花板, 史上最强 (广告法 第九条第三项). REVIEW_INDUCEMENT: a 200 元 gift card for a five-star review with photos (电子商务法 第十七条).')

P('holdout', 'baoan-news-shuadan', BA_W + '/news/warning.html', 'utf-8', False, site('防骗提醒 - 保安监控', BA_NAV, '''
<h1>防骗提醒：我司从未委托任何人“刷单返现”</h1>
<p>近期有人冒充我司客服，以“好评返现”“刷单赚佣金”为名骗取垫付款。我司不做任何好评返现活动，评价请如实填写。</p>
<p>刷单炒信违反《电子商务法》第十七条和《反不正当竞争法》，如遇此类信息请向 12315 举报。</p>''', BA_FOOT),
  '-', 'trap: a warning against paid reviews and 刷单, quoting the law; no offer.')

# ---- H6 mall shop siliao-tianxia: feed, 哈尔滨, traditional script (big5; the item page declares gb2312)
SLID = 'siliao-tianxia'
P('holdout', 'siliao-home', M + '/shop/siliao-tianxia/', 'big5', False, mall_shop(SLID, '飼料天下', f'''
<header class="shop-head"><h1 class="shop-name">飼料天下</h1><span class="mall-mark">商城認證</span></header>
<p class="slogan">東北玉米 · 豆粕 · 預混料 · 養殖戶直供</p>
<ul class="goods"><li><a href="/item/sl-1101.html">雞鴨專用 保健料</a></li><li><a href="/item/sl-1102.html">東北玉米 一等</a></li></ul>
<div class="shop-license">哈爾濱飼料天下商貿有限公司 統一社會信用代碼 {SL}</div>''', meta=META_BIG5, trad=True),
  'LICENSE_MISMATCH', 'the code is valid but its registry status is 经营异常 (列入经营异常名录) — DESIGN: registry status 吊销/注销/经营异常 is a mismatch. Platform mark shown. Traditional script.')

P('holdout', 'siliao-item-baojian', M + '/item/sl-1101.html', 'big5', False, mall_item(SLID, '雞鴨專用 保健料', '''
<h1 class="title">雞鴨專用 保健料 20kg 吃了不得病</h1>
<p class="price">RMB <b>118.00</b></p>
<div class="desc"><p>加了中草藥，預防禽流感、新城疫，治呼吸道、治拉稀，雞群一年不用打針吃藥。</p>
<p>產蛋率保證提高兩成，達不到包退。</p></div>''', meta=META_GB2312, trad=True),
  'FALSE_CLAIM', 'feed claims to prevent avian influenza and treat disease, with a laying-rate guarantee — 饲料和饲料添加剂管理条例 第三十条; 广告法 第二十一条, 第二十八条. '
  'Traditional script. Big5 bytes under a wrong gb2312 charset meta.')

P('holdout', 'siliao-item-yumi', M + '/item/sl-1102.html', 'big5', False, mall_item(SLID, '東北玉米 一等', '''
<h1 class="title">東北玉米 一等 飼料原料 40kg</h1>
<p class="price">RMB <b>96.00</b></p>
<table class="attrs"><tr><th>等級</th><td>一等（GB 1353-2018 玉米，容重不低於 720 g/L）</td></tr><tr><th>水分</th><td>不高於 14.0%</td></tr></table>
<p>最佳保存條件：乾燥通風，防潮防黴。本品為飼料原料，不具有預防或治療疾病的作用。</p>''', meta=META_BIG5, trad=True),
  '-', 'trap: 一等 is a grade of GB 1353 (standard grade, exempt); a storage tip; a negated medical effect. Traditional script.')

# ---- H7 mall shop jiayou-nongzi: live-stream farm-input shop, 张掖 (gbk; the replay declares iso-8859-1)
JYID = 'jiayou-nongzi'
P('holdout', 'jiayou-home', M + '/shop/jiayou-nongzi/', 'gbk', False, mall_shop(JYID, '加油农资直播', f'''
<header class="shop-head"><h1 class="shop-name">加油农资直播</h1><!-- <span class="mall-mark">商城认证</span> --></header>
<ul class="replays"><li><a href="/live/jiayou-nongzi/replay-0405.html">4月5日 复合肥专场</a></li><li><a href="/item/jy-1201.html">复合肥 45%</a></li></ul>
<div class="shop-license">张掖市甘州区加油农资经营部 统一社会信用代码 {JY}</div>''', meta=META_GBK),
  'MARK_MISSING', 'the mall-mark element exists only inside an HTML comment, which is not displayed (DESIGN). Licence valid, 存续, 个体工商户 (92).')

P('holdout', 'jiayou-replay-0405', M + '/live/jiayou-nongzi/replay-0405.html', 'gbk', False, mall_item(JYID, '4月5日 复合肥专场 回放', '''
<h1 class="title">【回放】4月5日 复合肥专场</h1>
<div class="transcript"><p>主播：今天这个复合肥，驰 名 商 标，2022 年刚评上的中国名牌产品！</p>
<p>主播：用了它玉米产量直接翻倍，我打包票，不翻倍你来直播间骂我，我退你钱。</p>
<p>主播：还能治玉米丝黑穗病，一袋肥顶一瓶药。</p></div>''', meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
  'FALSE_CLAIM,FALSE_HONOUR,WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 驰 名 商 标 spaced out (商标法 第十四条第五款). FALSE_HONOUR: 中国名牌产品 “2022 年刚评上” — no such award since 2008. '
  'FALSE_CLAIM: doubled yield guaranteed and a fertiliser that cures a plant disease (广告法 第二十八条, 第二十一条). GBK bytes under a wrong iso-8859-1 charset meta.')

JY_ITEM = M + '/item/jy-1201.html'
P('holdout', 'jiayou-item-fuhefei', JY_ITEM, 'gbk', False, mall_item(JYID, '复合肥 45%', '''
<h1 class="title">复合肥 45% 50kg 大厂包装 复刻版</h1>
<p class="price">直播价 ￥<b>135.00</b> <del>原价 ￥160.00</del></p>
<div class="desc"><p>袋子和大牌一模一样，一比一印刷，村里人看不出来，价格便宜一半。</p></div>''', meta=META_GBK),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: bags copying a big brand (复刻版, 一比一印刷, “看不出来”) — 商标法 第五十七条. '
  'No FAKE_ORIGINAL_PRICE: the only earlier capture (¥120) is 9 days old, outside the 7-day window of 明码标价和禁止价格欺诈规定 第十六条.',
  history=[H('jiayou-item-fuhefei-d9', 9, mall_item(JYID, '复合肥 45%', price_cap('复合肥 45% 50kg', '120.00'), meta=META_GBK))])

# ---- H8 independent www.nongji-zhijia.com: small farm machinery and engines, 石家庄 (gbk)
NJ_W = 'http://www.nongji-zhijia.com'
NJ_NAV = '<a href="/">首页</a> <a href="/tiller/">微耕机</a> <a href="/engine/">汽油机</a> <a href="/parts/">配件</a>'
NJ_FOOT = f'<p>石家庄农机之家商贸有限公司 统一社会信用代码 {NJ}</p>'
NJ_FOOT_HOME = NJ_FOOT + f'<p><a href="{BEIAN}">冀ICP备2O19003456号-1</a></p>'
P('holdout', 'nongji-home', NJ_W + '/', 'gbk', False, site('农机之家 - 微耕机 汽油机 配件', NJ_NAV, '''
<section class="hero"><h1>农机之家 · 小型农机网上商城</h1><p>微耕机 · 旋耕机 · 割草机 · 汽油机 · 全国物流</p></section>''', NJ_FOOT_HOME, meta=META_GBK),
  'ICP_INVALID', 'the filing number contains the letter O in place of a zero (冀ICP备2O19003456号-1), so it is malformed — not a number any register issues. '
  'The licence code in the footer is valid and 存续.')

P('holdout', 'nongji-item-weigengji', NJ_W + '/tiller/7hp.html', 'gbk', False, site('7 马力 微耕机 - 农机之家', NJ_NAV, '''
<h1>7 马力 柴油 微耕机 旋耕 开沟 一机多用</h1>
<p class="price">￥<b>2380.00</b> 物流到县</p>
<h3>售后说明</h3>
<p>大件农机运费高，收货后一律不支持七天无理由退货，只在三包期内对质量问题维修。</p>
<p>三包凭证随机附带，整机三包期一年，主要部件两年。</p>''', NJ_FOOT, meta=META_GBK),
  'RETURN_REFUSED', 'a blanket refusal of 7-day returns for a tiller sold to consumers; farm machinery for a household is not among the exemptions of 消费者权益保护法 第二十五条, '
  'and high freight is not a statutory reason (the buyer bears return freight under 第二十五条). 三包 repairs do not replace the 7-day right.')

P('holdout', 'nongji-item-qiyouji', NJ_W + '/engine/gx-type.html', 'gbk', False, site('GX 款 汽油机 - 农机之家', NJ_NAV, '''
<h1>H 家 GX 款 四冲程 汽油机 6.5 马力</h1>
<p class="price">￥<b>560.00</b></p>
<p>外壳、标牌、缸体铸字跟日本原厂一模一样，<span>原</span><span>单</span>贴牌，装在抽水机、微耕机上，师傅都看不出来。</p>
<p>量大可以打你们自己要的牌子。</p>''', NJ_FOOT, meta=META_GBK),
  'COUNTERFEIT_TERM', 'an engine copying a Japanese brand\'s casing, plate and cast lettering, “原单贴牌”, “看不出来”, any brand on request — 商标法 第五十七条. '
  '原单 is split over two <span>s.')

# ---- H9 mall shop anquan-zhuangbei: personal-security gadgets, 杭州 (gb18030; the staff signature uses 鿫 U+9FEB in a nickname)
AQID = 'anquan-zhuangbei'
AQ_SIGN = '<p class="cs">客服 小鿫 在线 9:00-23:00</p>'
P('holdout', 'anquan-home', M + '/shop/anquan-zhuangbei/', 'gb18030', False, mall_shop(AQID, '安全装备馆', f'''
<header class="shop-head"><h1 class="shop-name">安全装备馆</h1><span class="brand mall-mark">网剑商城认证</span></header>
<table class="lic"><tr><th colspan="2">经营者信息</th></tr><tr><td>名称</td><td>杭州安全装备贸易有限公司</td></tr>
<tr><td>信用代码</td><td>{fullwidth(AQ[:9])} {fullwidth(AQ[9:])}</td></tr></table>
<ul class="goods"><li><a href="/item/aq-1401.html">防偷拍检测仪</a></li><li><a href="/item/aq-1402.html">钥匙扣 记录仪</a></li><li><a href="/item/aq-1403.html">强光手电</a></li></ul>
{AQ_SIGN}''', meta=META_18030),
  '-', 'trap: the licence code is shown in full-width characters and split by a space into 9+9 characters — valid and 存续 once normalised; platform mark present.')

P('holdout', 'anquan-item-jiance', M + '/item/aq-1401.html', 'gb18030', False, mall_item(AQID, '防偷拍检测仪', f'''
<h1 class="title">酒店防偷拍检测仪 红外扫描 针孔摄像头探测</h1>
<p class="price">￥<b>79.00</b></p>
<div class="desc"><p>出差住酒店、民宿必备：红外镜头反光扫描，可发现隐藏在烟感、插座、电视机顶盒里的针孔摄像头；射频探测可发现无线窃听器。</p>
<p>本品只能检测，不能录像录音。</p></div>
{AQ_SIGN}''', meta=META_18030),
  '-', 'trap: a detector for hidden cameras and bugs — the words 针孔摄像头/窃听器 describe what it finds; it is not a 窃听窃照专用器材 and is lawful.')

P('holdout', 'anquan-item-yaoshikou', M + '/item/aq-1402.html', 'gb18030', False, mall_item(AQID, '钥匙扣 记录仪', f'''
<div class="gallery"><img src="/img/aq1402-1.jpg" alt="汽车钥匙造型 偷偷录 1080P 夜视 放在桌上没人发现"></div>
<h1 class="title">汽车钥匙款 随身记录仪 1080P</h1>
<p class="price">￥<b>168.00</b></p>
<div class="desc"><p>和真车钥匙一样大，开会、谈判往桌上一放，对方根本想不到。</p>
<table class="attrs"><tr><th>录像指示灯</th><td>可关闭（全程无光无声）</td></tr><tr><th>续航</th><td>录像 3 小时</td></tr></table></div>
{AQ_SIGN}''', meta=META_18030),
  'PROHIBITED_GOODS', 'a recorder disguised as a car key, with its indicator switched off, sold for secret recording of others — a 窃照专用器材 (2014 规定, 令第72号; 刑法 第二百八十三条). '
  'Case: 法治日报 report on “车钥匙” 偷拍设备 sold on e-commerce platforms (165515.com copy); 山东枣庄 2022 断源 行动 (签字笔 偷拍).')

P('holdout', 'anquan-item-shoudian', M + '/item/aq-1403.html', 'gb18030', False, mall_item(AQID, '强光手电', f'''
<h1 class="title">强光手电 P70 Type-C 充电 户外巡逻</h1>
<p class="price">￥<b>89.00</b></p>
<table class="attrs"><tr><th>亮度</th><td>2000 流明</td></tr><tr><th>防水</th><td>IPX6</td></tr>
<tr><th>售后活动</th><td>收货 7 天内 晒 3 张图 + 好评 满 20 字，联系客服返 10 元无门槛券（下单时可用）</td></tr></table>
{AQ_SIGN}''', meta=META_18030),
  'REVIEW_INDUCEMENT', 'a 10 元 voucher for a five-star review with pictures, written inside the attribute table (电子商务法 第十七条; 反不正当竞争法 (2019 text) 第八条).')


# ================================================================ writer
def write_all(root):
    for sub in ('pages', 'history', 'holdout'):
        p = os.path.join(root, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    rows = {'main': ([], [], []), 'holdout': ([], [], [])}
    seen = set()
    for side, slug, url, enc, bom, html, codes, note, history in PAGES:
        assert slug not in seen, slug
        seen.add(slug)
        assert codes == '-' or codes.split(',') == sorted(set(codes.split(','))), (slug, codes)
        assert (codes == '-') == note.startswith('trap:'), slug
        assert '\t' not in note and '\n' not in note, slug
        base = root if side == 'main' else os.path.join(root, 'holdout')
        os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
        fn = slug + '.html'
        with open(os.path.join(base, 'pages', fn), 'wb') as f:
            f.write(encode(html, enc, bom))
        labels, notes, hist = rows[side]
        labels.append('%s\t%s\t%s' % (fn, url, codes))
        notes.append('%s\t%s\t%s\t%s' % (fn, enc, 'yes' if bom else 'no', note))
        for hslug, days, hhtml in history:
            os.makedirs(os.path.join(base, 'history'), exist_ok=True)
            with open(os.path.join(base, 'history', hslug + '.html'), 'wb') as f:
                f.write(encode(hhtml, enc, bom))
            hist.append('%s\t%s\t%s' % (hslug + '.html', url, days))
    for side, (labels, notes, hist) in rows.items():
        base = root if side == 'main' else os.path.join(root, 'holdout')
        os.makedirs(os.path.join(base, 'history'), exist_ok=True)
        for name, head, body in (('labels.tsv', '# file\turl\tcodes', labels),
                                 ('notes.tsv', '# file\tencoding\tbom\tnote', notes),
                                 ('history.tsv', '# file\turl\tdays_before', hist)):
            with open(os.path.join(base, name), 'w', encoding='utf-8', newline='\n') as f:
                f.write(head + '\n' + ''.join(r + '\n' for r in sorted(body)))
    with open(os.path.join(root, 'registry.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# code\tname\tstatus\n' + ''.join('%s\t%s\t%s\n' % r for r in REGISTRY))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv[1:]:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            bad = []
            for dirpath, _, files in os.walk(tmp):
                rel = os.path.relpath(dirpath, tmp)
                for fn in files:
                    a, b = os.path.join(dirpath, fn), os.path.join(here, rel, fn)
                    if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                        bad.append(os.path.join(rel, fn))
            for sub in ('pages', 'history', 'holdout/pages', 'holdout/history'):
                d = os.path.join(here, sub)
                for fn in (os.listdir(d) if os.path.isdir(d) else []):
                    if not os.path.exists(os.path.join(tmp, sub, fn)):
                        bad.append(os.path.join(sub, fn) + ' (extra)')
            if bad:
                print('differs: ' + ', '.join(sorted(bad)))
                sys.exit(1)
            print('gen --check: identical (%d pages)' % len(PAGES))
        finally:
            shutil.rmtree(tmp)
    else:
        write_all(here)
        print('wrote %d pages' % len(PAGES))


if __name__ == '__main__':
    main()
