#!/usr/bin/env python3
"""corpus12/a — food, drink, farm produce and tonics sold online.
Every page, its codes and its note are written by hand below. `python3 gen.py` writes all files;
`python3 gen.py --check` regenerates into a temp dir and compares byte for byte."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, regno, esc, shell, mall_shop, mall_item, encode, PLATFORM_FOOTER

PAGES = []      # (side, slug, url, enc, bom, html, codes, note, history)
REGISTRY = []   # (code, name, status)


def P(side, slug, url, enc, bom, html, codes, note, history=()):
    PAGES.append((side, slug, url, enc, bom, html, codes, note, list(history)))


M = 'http://mall.wangjian.test'
META_U = '<meta charset="utf-8">'
META_GBK = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
META_GB2312 = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
META_18030 = '<meta charset="gb18030">'
META_BIG5 = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'

# ---------------------------------------------------------------- companies (codes by arithmetic, status by hand)
PLAT = '91330100MA27WJ011R'
REGISTRY.append((PLAT, '杭州网剑网络科技有限公司', '存续'))
WC = uscc('93', '230184', 'MA1CK7N2'); REGISTRY.append((WC, '五常市裕禾稻米种植专业合作社', '存续'))
XIE = uscc('92', '340521', 'L9843726'); REGISTRY.append((XIE, '当涂县湖阳蟹行', '存续'))
YW_OK = uscc('91', '440104', 'MA5FT3K8'); YW_BAD = uscc('91', '440104', 'MA5FT3K8', broken=True)
REGISTRY.append((YW_OK, '广州南洋燕庄贸易有限公司', '存续'))
LM = uscc('91', '330110', 'MA2HBX9U'); REGISTRY.append((LM, '杭州蓝帽健康科技有限公司', '存续'))
CY = uscc('91', '350782', 'MA31RT6E'); REGISTRY.append((CY, '武夷山市岩茶堂茶业有限公司', '存续'))
BJ = uscc('91', '520382', '70960358'); REGISTRY.append((BJ, '仁怀市茅台镇古窖酒坊有限公司', '吊销'))
PET = uscc('91', '370213', 'MA3PC6W1'); REGISTRY.append((PET, '青岛毛毛宠物食品有限公司', '存续'))
SZ = uscc('91', '371524', 'MA3N7Q2K'); REGISTRY.append((SZ, '东阿县山珍滋补品有限公司', '存续'))
CB = regno('22062100012345'); REGISTRY.append((CB, '抚松县长白参行', '存续'))
GZ = uscc('91', '360702', 'MA35L8GT'); REGISTRY.append((GZ, '赣州章贡果园农业发展有限公司', '存续'))
JN = uscc('91', '330602', '14372915'); REGISTRY.append((JN, '绍兴越城江南黄酒有限公司', '存续'))
AX = uscc('91', '310115', 'MA1FP2R7'); REGISTRY.append((AX, '上海安心母婴用品有限公司', '存续'))
XY = uscc('92', '430104', 'MA4L9X2H'); REGISTRY.append((XY, '长沙市岳麓区小园零食店', '存续'))
HX = uscc('91', '341525', 'MA2TN3B6'); REGISTRY.append((HX, '霍山华溪石斛科技有限公司', '存续'))
YE_OK = uscc('91', '450103', 'MA5L2P7D'); YE_BAD = uscc('91', '450103', 'MA5L2P7D', broken=True)
REGISTRY.append((YE_OK, '南宁青秀山野食品有限公司', '存续'))
LS = uscc('91', '370212', 'MA3RF5Y9'); REGISTRY.append((LS, '青岛崂山云雾茶业有限公司', '存续'))
LS_OTHER = uscc('91', '370212', 'MA3UL2K4'); REGISTRY.append((LS_OTHER, '青岛海岚贸易有限公司', '存续'))
HJ = uscc('91', '310101', 'MA1G4W8B'); REGISTRY.append((HJ, '上海黄浦维纳酒业有限公司', '存续'))
DB = uscc('92', '231024', 'MA18QR3C'); REGISTRY.append((DB, '东宁市山货铺', '存续'))
XZ = uscc('91', '520382', 'MA6HN4T2'); REGISTRY.append((XZ, '仁怀市小舟酒业有限公司', '经营异常'))
GS = uscc('91', '350203', 'MA32TK8P'); REGISTRY.append((GS, '厦门高山茶行有限公司', '存续'))
MQ = uscc('91', '330106', 'MA2CJ8L5'); REGISTRY.append((MQ, '杭州明前龙井茶业有限公司', '存续'))
SY_OK = uscc('91', '451081', 'MA5N3G1W'); SY_BAD = uscc('91', '451081', 'MA5N3G1W', broken=True)
REGISTRY.append((SY_OK, '靖西市山野农产品有限公司', '存续'))
ZB = uscc('91', '310104', 'MA1K7H2E'); REGISTRY.append((ZB, '上海徐汇滋宝燕窝有限公司', '存续'))
YN = uscc('91', '530102', 'MA6Q4B9X'); REGISTRY.append((YN, '昆明五华云菌坊商贸有限公司', '存续'))

# ================================================================ MAIN — platform shops on mall.wangjian.test
# ---- shop wuchang-yuhe: 五常大米, an authorised user of the 地理标志 (traps)
P('main', 'wuchang-home', M + '/shop/wuchang-yuhe/', 'utf-8', False, mall_shop('wuchang-yuhe', '裕禾稻米合作社', f'''
<header class="shop-head"><h1 class="shop-name">裕禾稻米合作社</h1>
<span class="badge mall-mark" title="网剑商城认证店铺">商城亮标·已核验</span></header>
<section class="banner"><p>五常市民乐乡自家稻田 · 稻花香2号 · 当季新米</p>
<p>合作社经 五常市大米协会 授权使用“五常大米”地理标志证明商标，许可编号 WCDM-2024-0317，防伪溯源码在每袋背面。</p></section>
<ul class="goods"><li><a href="{M}/item/wc-10kg.html">五常大米 稻花香 10kg 一级</a></li><li><a href="{M}/item/wc-xinmi-presale.html">2026新米 预售 5kg</a></li></ul>
<aside class="shop-license"><dl><dt>经营者</dt><dd>五常市裕禾稻米种植专业合作社</dd><dt>统一社会信用代码</dt><dd>{WC}</dd>
<dt>食品经营许可证</dt><dd>JY12301840012486</dd></dl></aside>'''),
  '-', 'trap: 地理标志 used by an authorised producer (licence number shown) is lawful (商标法 第十六条; 集体商标、证明商标注册和管理规定); mall-mark and own licence both displayed (电子商务法 第十五条). Case: none needed — the authorised-user exemption. no case found for this exact shop.')

P('main', 'wuchang-10kg', M + '/item/wc-10kg.html', 'utf-8', False, mall_item('wuchang-yuhe', '五常大米 稻花香2号 10kg', '''
<h1>五常大米 稻花香2号 一级 真空包装 10kg</h1>
<div class="price-box"><span class="price">￥69.90</span> <del class="line">划线价 ￥89.90</del></div>
<table class="attr"><tr><th>质量等级</th><td>一级（GB/T 1354-2018 大米）</td></tr><tr><th>产地</th><td>黑龙江省五常市</td></tr>
<tr><th>地理标志</th><td>五常大米 证明商标 授权使用</td></tr><tr><th>保质期</th><td>12个月</td></tr></table>
<p>划线价说明：划线价为本商品近7日内在本店的成交价，非厂商建议价。</p>'''),
  '-', 'trap: 一级 is a grade of GB/T 1354 (2023 绝对化用语 guideline exempts standard grade terms); the 划线价 ￥89.90 equals the lowest price seen in captures within 7 days (2 d and 5 d ago ￥89.90; the ￥59.90 capture is 9 days old, outside the 明码标价和禁止价格欺诈规定 第十六条 window). Authorised GI use.',
  history=[('wuchang-10kg-d2', 2, '￥89.90'), ('wuchang-10kg-d5', 5, '￥89.90'), ('wuchang-10kg-d9', 9, '￥59.90')])

P('main', 'wuchang-presale', M + '/item/wc-xinmi-presale.html', 'utf-8', False, mall_item('wuchang-yuhe', '2026新米预售 5kg', '''
<h1>【预售】2026年新米 五常稻花香 5kg 10月20日起发货</h1>
<div class="promo"><span class="price now">到手价 ￥109.00</span><s class="orig">原价￥129.00</s><em>限时立减20元</em></div>
<p>今年雨水足，米粒饱满，蒸出来满屋香。预售期间下单锁定价格。</p>'''),
  'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 原价 ￥129.00 is above ￥99.00 shown 1.5 days earlier on the same URL (明码标价和禁止价格欺诈规定 第十六条, 第十九条). Kind of claim from 市场监管总局 第四批直播电商典型案例 (2025, 太原 山西老葛商贸 价格欺诈, 明码标价规定 第十九条第三项).',
  history=[('wuchang-presale-d1.5', 1.5, '￥99.00'), ('wuchang-presale-d10', 10, '￥129.00')])

# ---- shop yangcheng-xiehang: 当涂 seller using 阳澄湖镇 wording (GI outsider)
P('main', 'xiehang-home', M + '/shop/yangcheng-xiehang/', 'utf-8', False, mall_shop('yangcheng-xiehang', '湖阳蟹行', f'''
<div class="shop-head"><span class="shop-name">阳澄湖镇·湖阳蟹行</span><span class="verified">平台认证商家</span></div>
<div class="notice">9月25日开湖后统一发货 · 蟹扣齐全 · 顺丰冷链</div>
<div class="cards"><a href="{M}/item/xie-8zhi.html">公4.0两 母3.0两 8只装</a> <a href="{M}/item/xie-card.html">大闸蟹提货券 礼卡</a></div>
<div class="shop-license">营业执照：当涂县湖阳蟹行（个体工商户） 统一社会信用代码 {XIE}</div>'''),
  'MARK_MISSING', 'MARK_MISSING: no element carries the platform mark class mall-mark; the words 平台认证商家 are the shop\'s own text, not the platform\'s 亮标 (电子商务法 第十五条; seed 平台为网店亮标). GI misuse of 阳澄湖 by a 当涂 seller has no rule code here (case: 工人日报 2024 “阳澄湖镇大闸蟹”李鬼蟹 report; 昆山 检察院 2018 阳澄湖蟹扣 公益诉讼).')

P('main', 'xiehang-8zhi', M + '/item/xie-8zhi.html', 'utf-8', False, mall_item('yangcheng-xiehang', '阳澄湖镇大闸蟹 8只', '''
<h1>阳澄湖镇大闸蟹 鲜活现货 公4.0两 母3.0两 4对8只</h1>
<p class="price">￥298</p>
<div class="after-sale">鲜活水产品属于鲜活易腐商品，依法不适用七天无理由退货；签收时死蟹拍照，按只包赔。</div>
<div class="gift-card">
  <p>亲，收到螃蟹满意的话麻烦给个<b>五星</b>哦～</p>
  <p>带图评价满15字，截图发给客服，返<span>5元</span>微信红包 🦀</p>
</div>'''),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: cash red packet for a five-star picture review (电子商务法 第十七条; 反不正当竞争法 第八条). Case: 江苏省市场监管局 2020 刷单炒信典型案例, 扬州江都 饮品店 “好评返现”卡片 罚款12000元. The 鲜活易腐 refusal on the same page is lawful (消费者权益保护法 第二十五条第一款第二项), so no RETURN_REFUSED.')

P('main', 'xiehang-card', M + '/item/xie-card.html', 'utf-8', False, mall_item('yangcheng-xiehang', '大闸蟹提货券', '''
<h1>大闸蟹礼卡 提货券 888型（公4.5两 母3.5两 各4只）</h1>
<div class="buy"><span class="price">￥468</span></div>
<div class="rule"><h3>购买须知</h3>
<ol><li>本券为实体卡，快递寄送，收卡后扫码预约提货日期。</li>
<li>卡券类商品一经售出，<strong>不支持7天无理由退换</strong>，请确认后再拍。</li>
<li>有效期至2026年12月31日，过期作废。</li></ol></div>'''),
  'RETURN_REFUSED', 'RETURN_REFUSED: a mailed paper 提货券 is not fresh goods itself and falls under none of the exemptions of 消费者权益保护法 第二十五条 (网络购买商品七日无理由退货暂行办法 第六条, 第七条: no reason given, no buyer confirmation). Case: 江苏省 2025“守护消费”铁拳行动典型案例, 泰州医药高新区 市场监管局 某绳网公司 擅自扩大不适用范围案.')

# ---- shop nanyang-yanzhuang: 燕窝, wrong check character in its licence
P('main', 'yanwo-home', M + '/shop/nanyang-yanzhuang/', 'utf-8', False, mall_shop('nanyang-yanzhuang', '南洋燕庄', f'''
<div class="hd"><h2 class="shop-name">南洋燕庄 溯源燕窝</h2><i class="mall-mark icon" aria-label="商城认证"></i></div>
<div class="floor"><h3>马来西亚进口 · 每盒附中文标签与检验检疫证明</h3>
<a href="{M}/item/yanwo-jinsi.html">金丝燕 干盏 50g</a></div>
<div class="shop-license qual">企业名称：广州南洋燕庄贸易有限公司<br>统一社会信用代码：{YW_BAD}<br>食品经营许可证：JY14401040077152</div>'''),
  'LICENSE_INVALID', f'LICENSE_INVALID: the displayed code {YW_BAD} fails its GB 32100-2015 check character (the registry holds {YW_OK}) — a false display under 电子商务法 第十五条. No MISMATCH: an invalid code is reported as invalid only (see README). no case found.')

P('main', 'yanwo-jinsi', M + '/item/yanwo-jinsi.html', 'utf-8', False, mall_item('nanyang-yanzhuang', '金丝燕干盏', '''
<h1>马来西亚 金丝燕 干盏 50g 孕妇 术后 老人 滋补</h1>
<span class="price">￥899</span>
<div class="desc"><p>燕窝里的唾液酸和表皮生长因子，能帮受损的细胞修复，<u>动完手术的人吃上两个月，伤口愈合快一倍</u>。</p>
<p>老慢支、秋冬咳嗽不停的，每天一盏，咳喘慢慢就断根了。</p>
<p>进口预包装食品，中文标签贴于盒底。</p></div>'''),
  'FALSE_CLAIM', 'FALSE_CLAIM: ordinary food claimed to heal wounds and cure chronic bronchitis/cough (广告法 第十七条, 第二十八条; 食品安全法 第七十三条). Case: 市场监管总局、中消协 2024 提示 “普通食品不能宣称保健功能” (鱼油、代用茶等 宣称疾病预防治疗功效).')

# ---- shop lanmao-jiankang: 保健食品 with 蓝帽子
P('main', 'lanmao-home', M + '/shop/lanmao-jiankang/', 'utf-8', False, mall_shop('lanmao-jiankang', '蓝帽健康旗舰店', f'''
<div class="shop-banner"><div class="shop-name">蓝帽健康旗舰店</div><div class="marks"><span class="mall-mark">网剑亮标</span></div></div>
<p class="tip">本店保健食品均有“蓝帽子”标志与注册/备案号，可在国家市场监督管理总局特殊食品信息查询平台核验。保健食品不是药物，不能代替药物治疗疾病。</p>
<ul><li><a href="{M}/item/lm-q10.html">辅酶Q10软胶囊</a></li><li><a href="{M}/item/lm-yuyou.html">深海鱼油软胶囊</a></li></ul>
<div class="shop-license"><img src="/lic/lm.jpg" alt="营业执照"> 杭州蓝帽健康科技有限公司 · 统一社会信用代码 {LM}</div>'''),
  '-', 'trap: 保健食品 shop home quoting the mandatory warning (保健食品不是药物…) — a warning, not a claim (食品安全法 第七十八条, 保健食品标注警示用语指南 2019). Licence and mark shown.')

P('main', 'lanmao-q10', M + '/item/lm-q10.html', 'utf-8', False, mall_item('lanmao-jiankang', '辅酶Q10软胶囊', '''
<h1>蓝帽子 辅酶Q10软胶囊 60粒</h1>
<div class="pricebar"><span class="price sale">￥138</span></div>
<dl class="spec"><dt>批准文号</dt><dd>国食健注G20190123</dd><dt>保健功能</dt><dd>有助于抗氧化</dd>
<dt>适宜人群</dt><dd>中老年人</dd><dt>不适宜人群</dt><dd>少年儿童、孕妇、乳母</dd></dl>
<p class="warn">保健食品不是药物，不能代替药物治疗疾病。</p>'''),
  '-', 'trap: a registered 保健食品 with a 蓝帽子 number claims exactly one of the permitted functions (有助于抗氧化, 允许保健食品声称的保健功能目录 2023) and carries the warning; lawful (广告法 第十八条 allows approved content).')

P('main', 'lanmao-yuyou', M + '/item/lm-yuyou.html', 'utf-8', False, mall_item('lanmao-jiankang', '深海鱼油软胶囊', '''
<h1>深海鱼油软胶囊 100粒 中老年 血管清道夫</h1>
<span class="price">￥168</span>
<div class="sell"><p>血稠、血脂高、有心梗中风家族史的，早晚各两粒，把血管里的垃圾冲干净，</p>
<p>吃三个疗程，降压药可以慢慢减量。</p>
<p>蓝帽子 国食健注G20160482（功能：有助于降低血脂水平）</p></div>'''),
  'FALSE_CLAIM', 'FALSE_CLAIM: goes beyond the registered function (有助于降低血脂水平) to prevention of 心梗/中风 and cutting blood-pressure drugs — disease prevention/treatment claims (广告法 第十八条第一款第一、二项, 第十七条; 第二十八条). Case: 市场监管总局、中消协 2024 提示 (保健食品 宣传 “降血压”“抗癌”).')

# ---- shop qingqing-jiaosu: 酵素/代餐, no own licence
P('main', 'jiaosu-home', M + '/shop/qingqing-jiaosu/', 'utf-8', False, mall_shop('qingqing-jiaosu', '轻轻酵素小铺', f'''
<div class="top"><b class="shop-name">轻轻酵素小铺</b> <span class="mall-mark lv2">商城标识</span></div>
<div class="hot"><a href="{M}/item/jiaosu-guodong.html">酵素果冻 10条装</a> <a href="#">代餐奶昔</a></div>
<p>店主自己喝了三年的酵素，宝妈放心选。有问题找客服小轻～</p>'''),
  'LICENSE_MISSING', 'LICENSE_MISSING: shop home shows mark and goods but no licence of the shop (no code, image, link or 第十条 statement); the platform footer\'s code is the platform\'s own (电子商务法 第十五条, 第七十六条; 网络交易监督管理办法 第十二条). Case: 北京市场监管 2024 网络交易典型案例一 融托(北京) 未亮证亮照案.')

P('main', 'jiaosu-guodong', M + '/item/jiaosu-guodong.html', 'utf-8', False, mall_item('qingqing-jiaosu', '酵素果冻', '''
<h1>网红酵素果冻 10条装 饭前一条</h1>
<span class="price">￥59.9</span>
<div class="detail-text">
<p>不用饿肚子、不用跑步，一周掉秤6-8斤，肚子上的油一条条排出来！</p>
<p>三盒一个周期，<span>无效</span><span>全额</span><span>退款</span>，无效你来找我。</p>
<p>配料：苹果酵素粉、西梅浓缩汁、菊粉、魔芋粉</p></div>'''),
  'FALSE_CLAIM', 'FALSE_CLAIM: weight-loss efficacy claim for an ordinary food plus a 无效退款 guarantee split across spans (广告法 第十七条, 第二十八条; 第二十五条 禁止保证性承诺 by analogy). Case: 新华视点 2025-06 兰州 “减肥咖啡” 案 (“不节食不运动，月瘦20斤”), 央视每周质量报告 2025 “咖啡瘦”.')

# ---- shop wuyi-yanchatang: tea, own grade names
P('main', 'yanchatang-home', M + '/shop/wuyi-yanchatang/', 'utf-8', False, mall_shop('wuyi-yanchatang', '岩茶堂', f'''
<div class="shop-header"><h1 class="shop-name">岩茶堂 · 武夷山</h1><span class="mall-mark">✓ 网剑认证</span></div>
<table class="grade"><caption>本店茶品分级（依 GB/T 18745-2006 武夷岩茶）</caption>
<tr><th>特级</th><td>正岩 大红袍、肉桂</td></tr><tr><th>一级</th><td>半岩 水仙</td></tr><tr><th>二级</th><td>口粮茶</td></tr></table>
<p><a href="{M}/item/zsxz-teji.html">正山小种 特级</a> · <a href="{M}/item/rougui-top.html">老枞肉桂</a></p>
<div class="shop-license">武夷山市岩茶堂茶业有限公司｜统一社会信用代码 {CY}｜食品生产许可证 SC11435078200123</div>'''),
  '-', 'trap: 特级/一级/二级 are grades defined in GB/T 18745 (guideline 2023 exempts standard grade terms); licence and mark shown.')

P('main', 'yanchatang-zsxz', M + '/item/zsxz-teji.html', 'utf-8', False, mall_item('wuyi-yanchatang', '正山小种 特级', '''
<h1>桐木关 正山小种 特级 250g 罐装</h1>
<div><span class="price">￥268</span></div>
<ul class="brew"><li>等级：特级（GB/T 13738.3-2012 红茶 第3部分：小种红茶）</li>
<li>最佳冲泡水温：95℃左右，首泡10秒出汤</li><li>最佳赏味期：开罐后3个月内</li></ul>'''),
  '-', 'trap: 特级 is a GB/T 13738.3 grade; 最佳冲泡水温 and 最佳赏味期 are usage tips, not superiority claims (2023 绝对化用语 guideline).')

P('main', 'yanchatang-rougui', M + '/item/rougui-top.html', 'utf-8', False, mall_item('wuyi-yanchatang', '老枞肉桂', '''
<h1>牛栏坑 老枞肉桂 岩茶天花板</h1>
<span class="price">￥1280</span>
<p>喝过的都说：这就是武夷岩茶的天花板，全网找不出第二泡比它更霸道的肉桂。</p>
<p>史上最强牛肉，闭眼入，No.1 的口感。</p>'''),
  'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 史上最强、No.1、天花板/找不出第二 — unprovable superiority claims (广告法 第九条第三项; guideline 2023). no case found for this tea; kind of claim from 市场监管总局 直播电商典型案例 2025 (无法证明的宣传用语).')

# ---- shop maotaizhen-gujiao: 白酒, registry status 吊销
P('main', 'gujiao-home', M + '/shop/maotaizhen-gujiao/', 'utf-8', False, mall_shop('maotaizhen-gujiao', '茅台镇古窖酒坊', f'''
<div class="shop-head"><span class="shop-name">茅台镇古窖酒坊</span><span class="mall-mark">亮标</span></div>
<p>坤沙酱香 · 散酒定制 · 宴席用酒</p>
<p><a href="{M}/item/gujiao-feitian.html">53度 酱香 宴席款</a> <a href="{M}/item/gujiao-30nian.html">30年 年份原浆</a></p>
<footer class="shop-license">仁怀市茅台镇古窖酒坊有限公司 统一社会信用代码：{BJ}</footer>'''),
  'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the code is well-formed but the registry extract lists the company as 吊销 — the display no longer names a licensed operator (电子商务法 第十五条 持续公示; 市场主体登记管理条例 第三十六条). Case kind: 遵义市市场监管局 2023 白酒行业突出问题专项整治 第四批典型案例.')

P('main', 'gujiao-feitian', M + '/item/gujiao-feitian.html', 'utf-8', False, mall_item('maotaizhen-gujiao', '53度酱香', '''
<h1>53度 酱香型白酒 500ml×6 “飞天同款”</h1>
<span class="price">￥598/箱</span>
<p>瓶型、盒子、丝带跟飞天一 比 一 复 刻，送礼拿得出手，懂的来。</p>
<p>防伪芯片同款，扫码能出页面。</p>'''),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: “一比一复刻” of 飞天 packaging and a copied anti-counterfeit chip, spaced out (商标法 第五十七条). Case: 重庆警方 2022 破获 高仿茅台 案 (网络平台引流, 防伪芯片仿真); 遵义 2023 茅台 商标 侵权 典型案例一.')

P('main', 'gujiao-30nian', M + '/item/gujiao-30nian.html', 'utf-8', False, mall_item('maotaizhen-gujiao', '30年年份原浆', '''
<h1>三十年 年份原浆 酱香 坛装 2.5L</h1>
<span class="price">￥1680</span>
<div class="brand-story"><p>出品酒厂荣获“中国驰名商标”，窖藏三十年原浆，开坛十里香。</p></div>'''),
  'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 中国驰名商标 used in advertising (商标法 第十四条第五款, 第五十三条). 年份 claim noted (绍兴市越城区 2020 “金八年”虚假黄酒广告案) but it has no separate rule code. 原浆 is a liquor term, not counterfeit slang.')

# ---- shop maomao-pet: 宠物食品, mark only in a hidden element
P('main', 'maomao-home', M + '/shop/maomao-pet/', 'utf-8', False, mall_shop('maomao-pet', '毛毛宠物食品', f'''
<div class="shop-top"><div class="shop-name">毛毛宠物食品工厂店</div><span class="mall-mark" style="display:none">网剑亮标</span></div>
<div class="goods-list"><a href="{M}/item/maomao-catfood.html">全价冻干猫粮 1.5kg</a></div>
<div class="shop-license">营业执照 青岛毛毛宠物食品有限公司 {PET} ｜ 饲料生产许可证 鲁饲证(2022)02117</div>'''),
  'MARK_MISSING', 'MARK_MISSING: the only mall-mark element is display:none, so no mark is displayed (contract: hidden elements neither satisfy nor trigger). Seed: 平台为网店亮标. no case found.')

P('main', 'maomao-catfood', M + '/item/maomao-catfood.html', 'utf-8', False, mall_item('maomao-pet', '冻干猫粮', '''
<h1>全价冻干双拼猫粮 1.5kg 成猫幼猫通用</h1>
<span class="price">￥89</span>
<div class="card-in-box">包裹里有张小卡片：主子吃得香，铲屎官拍张吃饭照发个五星好评，找客服领8元无门槛券，下单直接抵～</div>'''),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: a voucher for a five-star photo review (电子商务法 第十七条; 反不正当竞争法 第八条). Case: 上海市市场监管局 2022 刷单炒信 典型案例 (虚构好评); 江苏 2020 好评返现卡片 案.')

# ================================================================ MAIN — independent sites
# ---- shanzhen-zibu.test (ECShop-like, GBK): 阿胶糕 / 人参
SZ_FOOT = f'''<div id="footer"><div class="footer_nav"><a href="/article.php?id=4">关于我们</a> | <a href="/article.php?id=5">配送方式</a> | <a href="/article.php?id=6">售后服务</a></div>
<div class="text">&copy; 2018-2026 山珍滋补 东阿县山珍滋补品有限公司 版权所有<br>
<a href="https://beian.miit.gov.cn/" target="_blank">鲁ICP备19023456号-1</a> &nbsp; 鲁公网安备 37152402000118号</div></div>'''
P('main', 'shanzhen-home', 'http://shanzhen-zibu.test/', 'gbk', False, shell('山珍滋补商城 - 东阿阿胶糕 长白山人参 正品直销', f'''
<div id="header"><div class="logo">山珍滋补</div><div class="nav"><a href="/">首页</a><a href="/category.php?id=2">阿胶糕</a><a href="/category.php?id=3">人参</a></div></div>
<div class="block"><div class="itemTit">新品上架</div>
<ul><li><a href="/goods.php?id=101">手工阿胶糕 500g</a><em>￥168.00</em></li><li><a href="/goods.php?id=118">园参 整枝 礼盒</a><em>￥328.00</em></li></ul></div>
<div class="licence-bar"><table><tr><td>营业执照</td><td>统一社会信用代码：{SZ}</td></tr>
<tr><td>食品经营许可证</td><td>JY13715240031845</td></tr></table></div>
{SZ_FOOT}''', meta=META_GBK),
  '-', 'trap: ordinary ECShop home with licence code, 食品经营许可证 and a matching 鲁 ICP and 37 公网安备 (电子商务法 第十五条 satisfied).')

P('main', 'shanzhen-about', 'http://shanzhen-zibu.test/article.php?id=4', 'gbk', False, shell('关于我们 - 山珍滋补商城', f'''
<div id="header"><div class="logo">山珍滋补</div></div>
<div class="article"><h2>关于我们</h2>
<p>山珍滋补创立于2009年，扎根东阿，专注阿胶糕、即食燕窝与长白山园参。</p>
<p>企业荣誉：</p><ul><li>2023年 荣获<strong>国家免检产品</strong>称号</li><li>2021年度 纳税信用A级纳税人（国家税务总局东阿县税务局公布）</li></ul>
<p>我们坚持古法熬制，每一锅都由老师傅守着。</p></div>
{SZ_FOOT}''', meta=META_GBK),
  'FALSE_HONOUR', 'FALSE_HONOUR: 国家免检产品 was abolished in 2008 (国务院 废止《关于进一步加强产品质量工作若干问题的决定》免检条款, 质检总局 2008 第109号令), so a 2023 award cannot be true (广告法 第二十八条; 反不正当竞争法 第九条). The 纳税信用A级 line is a real, dated tax-authority rating. no case found for this shop.')

P('main', 'shanzhen-ejiao', 'http://shanzhen-zibu.test/goods.php?id=101', 'gbk', False, shell('手工阿胶糕 500g - 山珍滋补商城', f'''
<div id="header"><div class="logo">山珍滋补</div></div>
<div class="goodsInfo"><h1>古法手工 阿胶糕 即食 500g</h1>
<div class="price">本店售价：<font class="shop">￥168.00</font></div>
<div class="goods-desc"><p>脸色发黄、手脚冰凉、例假量少的姐妹看过来：</p>
<p>每天两片，把缺铁性贫血补回来，痛经、月经不调一个月见效，比吃药强。</p>
<p>配料：阿胶、黑芝麻、核桃仁、冰糖、黄酒　产品类别：糕点（非保健食品）</p></div></div>
{SZ_FOOT}''', meta=META_GBK),
  'FALSE_CLAIM', 'FALSE_CLAIM: a 糕点 (ordinary food, stated on the page) claimed to cure iron-deficiency anaemia and dysmenorrhoea (广告法 第十七条, 第二十八条; 食品安全法 第七十三条). Case: 市场监管总局、中消协 2024 提示 on 普通食品 宣称疾病治疗功效.')

P('main', 'shanzhen-yuanshen', 'http://shanzhen-zibu.test/goods.php?id=118', 'gbk', False, shell('园参 整枝 礼盒 - 山珍滋补商城', f'''
<div id="header"><div class="logo">山珍滋补</div></div>
<div class="goodsInfo"><h1>长白山 园参 整枝 礼盒 6支</h1>
<div class="price">本店售价：<font class="shop">￥328.00</font></div>
<div class="goods-desc"><p>本品为人工种植园参（6年生），<b>不是野山参</b>；等级参照 GB/T 22531 人参 园参分等，本批为二等。</p>
<p>人参按新资源食品管理（卫生部公告2012年第17号，5年及以下人工种植），每日用量不超过3克；孕妇、哺乳期妇女及14周岁以下儿童不宜食用。</p>
<p>我们不承诺任何治疗效果，有疾病请遵医嘱。</p></div></div>
{SZ_FOOT}''', meta=META_GBK),
  '-', 'trap: refuses the 野山参 claim, quotes a standard grade and the official consumption warning, and disclaims cure (“不承诺任何治疗效果”) — negation and warnings, not claims.')

# ---- changbai-shenhang.test (GB18030, legacy 注册号): 林下参
CB_FOOT = '''<div class="ft">抚松县长白参行 · 地址：吉林省白山市抚松县万良镇人参市场B区 · 客服：金𬱖 0439-6212345</div>'''
P('main', 'changbai-home', 'http://changbai-shenhang.test/', 'gb18030', False, shell('长白参行 — 万良人参市场 老字号', f'''
<div class="top"><h1>长白参行</h1><p>万良镇人参市场 档口B-17 · 2012年开业</p></div>
<div class="list"><a href="/shen/linxia-15.html">林下参 15年 单支</a> | <a href="/shen/teshu.html">礼盒系列</a></div>
<div class="zz"><p>营业执照注册号：{CB}</p><p>经营者：抚松县长白参行（个体工商户）</p></div>
{CB_FOOT}''', meta=META_18030),
  'ICP_MISSING', 'ICP_MISSING: an independent site home with a licence (valid legacy 15-digit 注册号) but no ICP filing or licence number (互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法 第十三条). GB18030 page (客服 name uses U+2CC56, outside GBK). no case found.')

P('main', 'changbai-teshu', 'http://changbai-shenhang.test/shen/teshu.html', 'gb18030', False, shell('特供礼盒 — 长白参行', f'''
<div class="top"><h1>长白参行</h1></div>
<div class="goods"><h2>人民大会堂宴会专供 · 林下参礼盒</h2>
<p>本礼盒为<strong>国宴特供</strong>规格，曾供中南海接待用参，现少量对外出售。</p>
<p>售价 ￥2680 / 盒（5支装）</p></div>
{CB_FOOT}''', meta=META_18030),
  'FALSE_HONOUR', 'FALSE_HONOUR: a 国宴特供/中南海 supply qualification that cannot be true — 特供/专供 labels for state organs are banned (中共中央办公厅 2013 清理“特供”“专供”; 市场监管总局 2019 “特供”“专供”标识整治) and 广告法 第九条第二项 bans using state organs; kind of case: 市场监管总局 2019 曝光 “特供酒” 系列案. Label chosen: FALSE_HONOUR (a qualification that cannot be true).')

# ---- ganzhou-guoyuan.test (Shopify-like, UTF-8 with BOM): 赣南脐橙, authorised
GZ_FOOT = '''<footer class="site-footer"><p>© 2026 章贡果园 · <a href="https://beian.miit.gov.cn/">赣ICP备2021004512号-1</a> · 赣公网安备 36070202000377号</p></footer>'''
P('main', 'ganzhou-home', 'http://ganzhou-guoyuan.test/', 'utf-8', True, shell('章贡果园 | 赣南脐橙 产地直发', f'''
<header class="header"><a class="header__heading-link" href="/">章贡果园</a><nav><a href="/collections/all">全部商品</a><a href="/pages/story">果园故事</a></nav></header>
<main><section class="banner"><h2>赣南脐橙 · 地理标志产品</h2>
<p>本园为赣南脐橙地理标志专用标志核准使用企业，果箱印有专用标志与追溯码。</p></section>
<div class="grid"><a href="/products/navel-5kg">脐橙 5kg 中果</a><a href="/products/navel-giftbox">脐橙 礼盒 10斤</a></div>
<section class="about-licence"><h3>经营者信息</h3><p>赣州章贡果园农业发展有限公司</p><p>统一社会信用代码 {GZ}</p>
<p><a href="/pages/licence">查看营业执照</a></p></section></main>
{GZ_FOOT}'''),
  '-', 'trap: 赣南脐橙 GI used by an authorised user of the 地理标志专用标志 (地理标志专用标志使用管理办法 2020); licence and ICP present. UTF-8 with BOM.')

P('main', 'ganzhou-5kg', 'http://ganzhou-guoyuan.test/products/navel-5kg', 'utf-8', True, shell('赣南脐橙 5kg 中果 | 章贡果园', f'''
<header class="header"><a href="/">章贡果园</a></header>
<main class="product"><h1 class="product__title">赣南脐橙 5kg 中果（果径70-80mm）</h1>
<div class="price price--sale"><span class="price-item price-item--sale">¥45.90</span></div>
<div class="product__description"><h4>售后说明</h4>
<p>新鲜水果属于鲜活易腐商品，依据《消费者权益保护法》第二十五条不适用七日无理由退货；</p>
<p>到货坏果请在48小时内拍照联系客服，坏多少赔多少。</p></div></main>
{GZ_FOOT}'''),
  '-', 'trap: fresh fruit excluded from 7-day returns under the statutory 鲜活易腐 exemption (消费者权益保护法 第二十五条第一款第二项), with a damage remedy offered — lawful.')

P('main', 'ganzhou-giftbox', 'http://ganzhou-guoyuan.test/products/navel-giftbox', 'utf-8', True, shell('赣南脐橙 礼盒 10斤 | 章贡果园', f'''
<header class="header"><a href="/">章贡果园</a></header>
<main class="product"><h1 class="product__title">赣南脐橙 精品礼盒 10斤装</h1>
<div class="price price--on-sale"><s class="price-item price-item--regular">日常价 ¥59.90</s>
<span class="price-item price-item--sale price">¥45.90</span><span class="badge">双12 直降</span></div>
<p>甜度13°以上，果园现摘现发。</p></main>
{GZ_FOOT}'''),
  'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 日常价 ¥59.90 is above ¥39.90 captured 3 days earlier on the same URL (明码标价和禁止价格欺诈规定 第十六条, 第十七条 先涨后降). Case: 市场监管总局 2025 第四批直播电商典型案例一 (价格欺诈, 第十九条第三项).',
  history=[('ganzhou-giftbox-d3', 3, '¥39.90'), ('ganzhou-giftbox-d6.5', 6.5, '¥45.90')])

P('main', 'ganzhou-story', 'http://ganzhou-guoyuan.test/pages/story', 'utf-8', True, shell('果园故事 | 章贡果园', f'''
<header class="header"><a href="/">章贡果园</a></header>
<article class="rte"><h1>赣南脐橙的五十年</h1>
<p>1971年，信丰县安西园艺场引种华盛顿脐橙156株，这是赣南脐橙的起点。</p>
<p>2005年前后，“赣南脐橙”获国家地理标志产品保护；之后几年，产地多次遭遇黄龙病，果农砍树重栽。</p>
<p>新闻里常说赣南是“世界最大的脐橙主产区”之一——这是行业统计口径，我们只是其中一个小果园。</p></article>
{GZ_FOOT}'''),
  '-', 'trap: history page; “世界最大的…主产区”之一 is a reported industry statistic about the region quoted as news, not a claim about the shop\'s goods (guideline 2023: provable facts, not comparative claims for own goods).')

# ---- gangyan-tang.test (Big5, 港式 seller selling into the mainland)
GY_FOOT = '''<div class="foot">港燕堂（香港）有限公司 版權所有 ｜ 內地客服：深圳市南山區 ｜ <a href="https://beian.miit.gov.cn/">粵ICP備2022118765號-1</a> ｜ 粵公網安備 44030502009876號</div>'''
P('main', 'gangyan-home', 'http://gangyan-tang.test/', 'big5', False, shell('港燕堂 ─ 天然燕窩 蟲草 花膠', f'''
<div class="hd"><h1>港燕堂</h1><p>香港老字號 · 內地包郵 · 人民幣結算</p></div>
<div class="hero"><h2>印尼天然洞燕 最高級 燕盞</h2><p>全港獨一無二的金絲燕洞燕貨源，品質冠絕全行。</p></div>
<ul class="prod"><li><a href="/products/chongcao-3g.html">西藏那曲 冬蟲夏草 3條/克</a></li><li><a href="/products/dongyan.html">洞燕 白燕盞 50克</a></li></ul>
{GY_FOOT}''', meta=META_BIG5, lang='zh-Hant'),
  'ABSOLUTE_TERM,LICENSE_MISSING', 'LICENSE_MISSING: the home shows an ICP filing but no business-licence information of any kind for a seller operating into the mainland (電子商務法 第十五條, 第七十六條). ABSOLUTE_TERM: 最高級, 獨一無二, 冠絕全行 in traditional script (廣告法 第九條第三項). no case found for this seller; Big5.')

P('main', 'gangyan-chongcao', 'http://gangyan-tang.test/products/chongcao-3g.html', 'big5', False, shell('冬蟲夏草 ─ 港燕堂', f'''
<div class="hd"><h1>港燕堂</h1></div>
<div class="product"><h2>西藏那曲 冬蟲夏草 3條/克 禮盒10克</h2>
<p class="price">人民幣 2,980 元</p>
<p>蟲草補肺益腎，做過化療的病人用來燉湯，肺結核、腎衰竭都能慢慢調養好，減少洗腎次數。</p>
<p>每條人手挑選，斷草不賣。</p></div>
{GY_FOOT}''', meta=META_BIG5, lang='zh-Hant'),
  'FALSE_CLAIM', 'FALSE_CLAIM: claims that 冬虫夏草 (not a registered drug here; withdrawn from 保健食品 pilots by 原食药总局 2016) treats tuberculosis and kidney failure (廣告法 第十七條, 第二十八條). Case kind: 市场监管总局 2025 民生领域私域直播虚假宣传典型案例 (老年群体 保健品 疾病功效). Big5.')

# ---- jiangnan-huangjiu.test (帝国CMS-like, GBK)
P('main', 'jiangnan-home', 'http://jiangnan-huangjiu.test/', 'gbk', False, shell('江南黄酒 - 绍兴手工冬酿 花雕 加饭', f'''
<table width="960" align="center"><tr><td class="logo">江南黄酒</td><td class="menu"><a href="/">首页</a> <a href="/e/action/ListInfo/?classid=2">产品中心</a> <a href="/news/">新闻</a></td></tr></table>
<table width="960" align="center" class="pro"><tr><td><a href="/cp/jinbanian.html">“金八年”手工花雕 500ml</a></td><td>￥88</td></tr></table>
<table width="960" align="center" class="copy"><tr><td>
绍兴越城江南黄酒有限公司 统一社会信用代码：{JN}<br>
酒类商品零售许可 · 食品经营许可证 JY13306020045671<br>
备案号：浙ICP备2023号 &nbsp; 浙公网安备 33060202000819号
</td></tr></table>''', meta=META_GBK),
  'ICP_INVALID', 'ICP_INVALID: “浙ICP备2023号” is malformed — a filing number has 8 digits or a 10-digit year form (非经营性互联网信息服务备案管理办法; MIIT 备案号 format). Licence shown and valid. no case found.')

P('main', 'jiangnan-jinbanian', 'http://jiangnan-huangjiu.test/cp/jinbanian.html', 'gbk', False, shell('金八年 手工花雕 - 江南黄酒', '''
<table width="960" align="center"><tr><td class="logo">江南黄酒</td></tr></table>
<div class="show"><h1>“金八年”手工花雕 14度 500ml</h1>
<p>价格：￥88.00</p>
<p class="state">特别说明：“金八年”为本公司注册商标（第1234567号），并非酒龄标注。本品为三年陈酿，酒龄依 GB/T 13662-2018 黄酒 标准标注于瓶身。</p>
<p>冬季温饮，加姜丝、话梅风味更佳。</p></div>''', meta=META_GBK),
  '-', 'trap: the page explains that 金八年 is a brand, not an age, and states the true 酒龄 — the correction that the 绍兴市越城区 2020 “金八年”虚假黄酒广告案 required; a registered-mark name is exempt (guideline 2023).')

# ---- anxin-muying.test (ShopXO-like, GBK): 婴配 / 特医
AX_FOOT = f'''<div class="footer"><p>上海安心母婴用品有限公司 ｜ 统一社会信用代码 {AX} ｜ 客服 400-820-1234</p></div>'''
P('main', 'anxin-home', 'http://anxin-muying.test/', 'gbk', False, shell('安心母婴 - 婴幼儿配方奶粉 特医食品 正规渠道', f'''
<div class="header-top"><span>欢迎来到安心母婴</span></div>
<div class="am-container"><div class="goods-list">
<div class="item"><a href="/goods/1024.html">特医 乳蛋白部分水解配方 400g</a></div>
<div class="item"><a href="/goods/1031.html">婴儿配方奶粉 1段 800g</a></div></div>
<div class="license"><a href="/article/license.html">营业执照</a> · 食品经营许可证 JY13101150088123 · 婴幼儿配方乳粉 备案 沪食药监 2024-0456</div></div>
{AX_FOOT}''', meta=META_GBK),
  'ICP_MISSING', 'ICP_MISSING: independent site home with licence code and a licence link, but no ICP filing or licence number anywhere (互联网信息服务管理办法 第十二条). no case found.')

P('main', 'anxin-teyi', 'http://anxin-muying.test/goods/1024.html', 'gbk', False, shell('特医 乳蛋白部分水解配方 - 安心母婴', f'''
<div class="am-container goods-detail"><h1>特殊医学用途婴儿配方食品 乳蛋白部分水解配方 400g</h1>
<p class="price">￥258.00</p>
<table><tr><td>注册证号</td><td>国食注字TY20180005</td></tr>
<tr><td>适用人群</td><td>乳蛋白过敏高风险婴儿</td></tr></table>
<p class="warn">请在医生或临床营养师指导下使用。本品不能替代药物，不能用于治疗疾病。</p></div>
{AX_FOOT}''', meta=META_GBK),
  '-', 'trap: a registered 特医食品 (国食注字TY…) with its mandatory 医生/临床营养师指导 warning and a negated treatment sentence (特殊医学用途配方食品注册管理办法 第三十条) — no claim.')

P('main', 'anxin-naifen', 'http://anxin-muying.test/goods/1031.html', 'gbk', False, shell('婴儿配方奶粉 1段 - 安心母婴', f'''
<div class="am-container goods-detail"><h1>婴儿配方奶粉 1段（0-6月）800g 罐装</h1>
<p class="price">￥328.00</p>
<div class="service"><h4>售后政策</h4>
<p>奶粉属于食品，为保证食品安全，本店奶粉<em>一律不退不换</em>（含未拆封），不参加七天无理由退货，敬请谅解。</p></div></div>
{AX_FOOT}''', meta=META_GBK),
  'RETURN_REFUSED', 'RETURN_REFUSED: sealed, unopened 婴配粉 is not 鲜活易腐 nor any other 第二十五条 exemption; a blanket refusal including 未拆封 cans unlawfully widens the exclusions (消费者权益保护法 第二十五条; 网络购买商品七日无理由退货暂行办法 第六条, 第七条). Case: 江苏 2025 铁拳行动 泰州 绳网公司 擅自扩大不适用范围案.')

# ---- xiaoyuan-lingshi.test (PbootCMS-like, GBK; charset meta missing or wrong)
XY_FOOT = f'''<div class="foot">长沙市岳麓区小园零食店（个体工商户） 统一社会信用代码 {XY}<br><a href="https://beian.miit.gov.cn/">湘ICP备2022012345号-1</a> 湘公网安备 43010402000567号</div>'''
P('main', 'xiaoyuan-home', 'http://xiaoyuan-lingshi.test/', 'gbk', False, shell('小园零食 - 长沙手工麻糖 散装零食', f'''
<div class="nav"><a href="/">首页</a><a href="/list/1/">散装零食</a><a href="/about/">关于</a></div>
<div class="intro"><h2>老长沙 手工麻糖</h2>
<p>“长沙麻糖制作技艺”2021年列入湖南省省级非物质文化遗产代表性项目名录，我们的师傅是该项目的区级传承人徒弟。</p></div>
<div class="list"><a href="/goods/latiao.html">麻辣辣条 散装 500g</a> <a href="/goods/latiao-jiance.html">辣条 检测报告</a></div>
{XY_FOOT}''', meta=''),
  '-', 'trap: a state-awarded title (省级非遗项目) stated with year and scope, and no claim the shop itself holds it (guideline 2023 exempts state-awarded titles); licence and ICP shown. Charset meta missing (GBK bytes).')

P('main', 'xiaoyuan-latiao', 'http://xiaoyuan-lingshi.test/goods/latiao.html', 'gbk', False, shell('麻辣辣条 散装 500g - 小园零食', f'''
<div class="goods"><h1>麻辣辣条 散装 称重 500g</h1><p class="price">￥12.80</p>
<div class="desc"><p>按克称重，密封袋分装。</p>
<p>收货后<span>晒</span><span>图</span><span>好</span><span>评</span>，</p><p>拍给客服<b>返</b>2元，追评再返1元。</p></div></div>
{XY_FOOT}''', meta=META_U),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 晒图好评 split into per-character spans, then 返2元/追评再返1元 (电子商务法 第十七条; 反不正当竞争法 第八条). Case: 江苏省市场监管局 2020 扬州江都 “好评返现”卡片 案. Charset meta wrong: declares utf-8, bytes are GBK.')

P('main', 'xiaoyuan-jiance', 'http://xiaoyuan-lingshi.test/goods/latiao-jiance.html', 'gbk', False, shell('辣条检测报告 - 小园零食', f'''
<div class="goods"><h1>辣条 第三方检测报告摘要</h1>
<table border="1"><tr><th>项目</th><th>标准</th><th>结果</th></tr>
<tr><td>铅（以Pb计）</td><td>GB 2762-2022 食品中污染物限量：≤0.2 mg/kg</td><td>0.03 mg/kg 合格</td></tr>
<tr><td>苯甲酸及其钠盐</td><td>GB 2760-2024：不得使用</td><td>未检出</td></tr></table>
<p>报告编号 CSQT-2026-08812，检验机构：某市食品检验检测中心。</p></div>
{XY_FOOT}''', meta=''),
  '-', 'trap: quotes GB 2762 and GB 2760 limits with test results — standards and facts, no claim. Charset meta missing (GBK bytes).')

# ---- huaxi-shihu.test (dedecms-like, GBK): 霍山石斛
HX_FOOT = f'''<div class="footer">霍山华溪石斛科技有限公司 版权所有 统一社会信用代码：{HX}<br><a href="https://beian.miit.gov.cn/">皖ICP备2020031245号-2</a> 皖公网安备 34152502000089号</div>'''
P('main', 'huaxi-home', 'http://huaxi-shihu.test/', 'gbk', False, shell('华溪石斛 - 霍山石斛 铁皮石斛 枫斗', f'''
<div class="header"><div class="logo">华溪石斛</div></div>
<div class="banner"><h2>华溪 · 中国驰名商标</h2><p>大别山仿野生种植基地 · 霍山石斛 地理标志 授权企业</p></div>
<div class="pro"><a href="/a/chanpin/fengdou.html">铁皮石斛枫斗 50g</a> <a href="/a/news/shangbiaofa.html">新闻：驰名商标不能这么用</a> <a href="/a/about/yesheng.html">关于野生石斛的声明</a></div>
{HX_FOOT}''', meta=META_GB2312),
  'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 中国驰名商标 in the home banner as advertising (商标法 第十四条第五款, 第五十三条 — fine 10万). no case found for this shop; the ban is applied in many local cases (e.g. 市场监管 商标违法 典型案例). 仿野生种植 is a cultivation method, not counterfeit slang. Meta says gb2312 (WHATWG maps it to GBK — not wrong).')

P('main', 'huaxi-news', 'http://huaxi-shihu.test/a/news/shangbiaofa.html', 'gbk', False, shell('新闻：驰名商标不能这么用 - 华溪石斛', f'''
<div class="article"><h1>驰名商标不能这么用——读商标法第十四条</h1>
<p>2014年起施行的商标法第十四条第五款规定：生产、经营者不得将“驰名商标”字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中。</p>
<p>违者由地方市场监管部门责令改正，处十万元罚款。公司已按要求撤下包装与宣传册上的相关字样。</p></div>
{HX_FOOT}''', meta=META_GB2312),
  '-', 'trap: news quoting the law that bans the words; not used as advertising (quoted law/news exemption). Note the same site\'s home still uses them.')

P('main', 'huaxi-yesheng', 'http://huaxi-shihu.test/a/about/yesheng.html', 'gbk', False, shell('关于野生石斛的声明 - 华溪石斛', f'''
<div class="article"><h1>关于野生石斛的声明</h1>
<p>野生霍山石斛、铁皮石斛列入《国家重点保护野生植物名录》（2021），禁止非法采挖和买卖。</p>
<p>本公司所有产品均为人工仿野生种植，不收购、不销售任何野生石斛。如有人以本公司名义兜售“野生石斛”，请向当地市场监管或林业部门举报。</p></div>
{HX_FOOT}''', meta=META_GB2312),
  '-', 'trap: a refusal to sell wild protected plants, quoting the protected list — a warning, not a listing (野生植物保护条例); 仿野生 is a cultivation term, not counterfeit slang.')

# ---- shanwei-zhai.test (WordPress/WooCommerce-like, UTF-8): 野味
SW_FOOT = '''<footer id="colophon"><div class="site-info"><a href="https://beian.miit.gov.cn/">桂ICP备2023002187号-1</a> | 桂公网安备 45010302000231号</div></footer>'''
P('main', 'shanwei-home', 'http://shanwei-zhai.test/', 'utf-8', False, shell('山味斋 – 广西山货 火锅料 老滋补', f'''
<header class="site-header"><p class="site-title">山味斋</p><p class="site-description">广西山里来的好东西</p></header>
<main><ul class="products"><li class="product"><a href="/product/laohuoguo-liao/">秘制老火锅料（加料版）</a></li>
<li class="product"><a href="/product/chuanshan-pian/">山里货 老药材</a></li></ul>
<section class="widget"><h2>资质公示</h2><p>南宁青秀山野食品有限公司</p><p>统一社会信用代码：{YE_BAD}</p></section></main>
{SW_FOOT}'''),
  'LICENSE_INVALID', f'LICENSE_INVALID: {YE_BAD} fails the GB 32100 check character (the registry holds {YE_OK}) (电子商务法 第十五条; false display). no case found.')

P('main', 'shanwei-huoguo', 'http://shanwei-zhai.test/product/laohuoguo-liao/', 'utf-8', False, shell('秘制老火锅料（加料版） – 山味斋', f'''
<main class="product type-product"><h1 class="product_title">秘制老火锅料（加料版）+ 壳子 100g 单独包</h1>
<p class="price"><span class="woocommerce-Price-amount">¥68.00</span></p>
<div class="woocommerce-product-details__short-description"><p>老师傅的配方，罂粟壳单独一小包，自己掂量着放，一锅放两三个就够香，吃了还想吃。</p>
<p>懂的老板私聊拿量，低调发货。</p></div></main>
{SW_FOOT}'''),
  'PROHIBITED_GOODS', 'PROHIBITED_GOODS: sells 罂粟壳 (poppy husk) — a controlled narcotic plant part banned in food and from sale (食品安全法 第三十四条; 麻醉药品和精神药品管理条例; 禁止食品加药名单). Case kind: 各地市场监管 火锅底料 添加罂粟壳 案 (e.g. 2017–2023 多地通报). no case found with a number.')

P('main', 'shanwei-jiapian', 'http://shanwei-zhai.test/product/chuanshan-pian/', 'utf-8', False, shell('山里货 甲片 – 山味斋', f'''
<main class="product type-product"><h1 class="product_title">山里货 甲片 生片 50克 炮制可选</h1>
<p class="price"><span class="woocommerce-Price-amount">¥880.00</span></p>
<div class="woocommerce-product-details__short-description"><p>老鲮鲤甲，下奶通经的老方子都要它，存货不多。</p>
<p>不走快递柜，只发同城闪送。</p></div></main>
{SW_FOOT}'''),
  'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 鲮鲤甲 = 穿山甲 scales; 穿山甲 is 国家一级保护野生动物 since 2020 and 穿山甲片 left the 2020 药典; trade is banned (野生动物保护法 第二十八条, 第三十二条 禁止网络交易平台 为违法出售提供服务). Case kind: 海关/公安 穿山甲鳞片 走私 案; no market-regulation case number found.')

# ---- laoshan-yunwu.test (Halo-like blog shop, UTF-8): 崂山绿茶; e-licence link names another company
LS_FOOT = '''<footer class="footer"><span>© 2026 崂山云雾</span> <a href="https://beian.miit.gov.cn/">鲁ICP备2021034567号-1</a> <span>鲁公网安备 37021202000654号</span></footer>'''
P('main', 'laoshan-home', 'http://laoshan-yunwu.test/', 'utf-8', False, shell('崂山云雾 · 崂山绿茶 茶园直供', f'''
<nav class="nav"><a href="/">首页</a><a href="/archives/lvcha-2026">2026春茶</a></nav>
<section class="hero"><h1>崂山云雾</h1><p>北纬36° 海边茶园 · 豌豆香</p></section>
<section class="license-block"><p>青岛崂山云雾茶业有限公司</p><p>统一社会信用代码：{LS}</p>
<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={LS_OTHER}-SAIC_SHOW_100000{LS_OTHER}1716352201&amp;signData=MEUCIQDk2"><img src="/img/dzyyzz.png" alt="电子营业执照亮照"></a></section>
{LS_FOOT}'''),
  'LICENSE_MISMATCH', f'LICENSE_MISMATCH: the shown code {LS} differs from the code {LS_OTHER} (青岛海岚贸易有限公司) named in the electronic-licence serial — the 亮照 link belongs to another company (电子商务法 第十五条; 市场主体登记管理条例 第二十二条, 第三十六条). no case found.')

P('main', 'laoshan-lvcha', 'http://laoshan-yunwu.test/archives/lvcha-2026', 'utf-8', False, shell('2026春茶 崂山绿茶 · 崂山云雾', '''
<article class="post"><h1>2026 春茶上新：崂山绿茶 一级 250g</h1>
<p>售价 ¥198 / 250g（一级，参照 DB37/T 崂山绿茶 地方标准分级）</p>
<p>常有朋友问喝绿茶能不能降血脂、降血压——我们卖的是普通食品，<strong>不具有治疗作用，不能代替药物</strong>，血压血脂的事请听医生的。</p>
<p>冲泡：玻璃杯，80℃水，先水后茶。</p></article>
''' + LS_FOOT),
  '-', 'trap: disease words occur only in a negation that refuses the claim (“不具有治疗作用，不能代替药物”); 一级 is a standard grade. The item page carries no licence display, so the home\'s mismatch does not apply here.')

# ---- weina-cellar.test (Squarespace-like builder, UTF-8): 进口葡萄酒
WN_FOOT = '''<footer class="sqs-footer"><p>上海黄浦维纳酒业有限公司 · 酒类商品批发零售 · <a href="https://beian.miit.gov.cn/">萌ICP备20260001号</a></p></footer>'''
WN_FOOT_ITEM = '''<footer class="sqs-footer"><p>上海黄浦维纳酒业有限公司 · 酒类商品批发零售 · 未成年人禁止饮酒</p></footer>'''
P('main', 'weina-home', 'http://weina-cellar.test/', 'utf-8', False, shell('维纳酒窖 Vienna Cellar · 进口葡萄酒', f'''
<div class="sqs-block"><h1>维纳酒窖</h1><p>法国 · 意大利 · 智利 原瓶进口葡萄酒，中文背标，附报关单与检验检疫证明。</p></div>
<div class="sqs-block summary"><a href="/shop/lafite-82">“82年”拉菲 口感款</a> · <a href="/shop/bordeaux-2015">波尔多 2015 AOC</a></div>
<div class="sqs-block html"><p>经营主体：上海黄浦维纳酒业有限公司<br>统一社会信用代码 {HJ}</p></div>
{WN_FOOT}'''),
  'ICP_INVALID', 'ICP_INVALID: 萌ICP备 is a joke registry (萌备), not a MIIT filing; 萌 is no province abbreviation (互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法). Licence shown. no case found.')

P('main', 'weina-lafite', 'http://weina-cellar.test/shop/lafite-82', 'utf-8', False, shell('“82年”拉菲 口感款 · 维纳酒窖', '''
<div class="sqs-block product"><h1>“82年”拉菲 口感款 750ml×6</h1>
<div class="product-price">¥1,188</div>
<p>市面上说的Ａ货拉菲我们也有，这款是做得很像的：酒标、瓶盖、木箱全套，宴请桌上没人分得出。</p>
<p>不是正品，介意勿拍。</p></div>
''' + WN_FOOT_ITEM),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: full-width “Ａ货” with a copied label, cap and case, admitted 不是正品 (商标法 第五十七条). Case kind: 2021 南宁警方 假冒茅台 案 and 重庆 2022 高仿 案 (same trade: counterfeit liquor sold online).')

P('main', 'weina-bordeaux', 'http://weina-cellar.test/shop/bordeaux-2015', 'utf-8', False, shell('波尔多 2015 AOC · 维纳酒窖', '''
<div class="sqs-block product"><h1>Château Lamothe 波尔多 AOC 2015 干红 750ml</h1>
<div class="product-price">¥268</div>
<ul><li>原瓶原装进口，中文背标（进口商：上海黄浦维纳酒业有限公司）</li>
<li>年份 2015：指葡萄采收年份，依 GB/T 15037-2006 葡萄酒 标注</li>
<li>报关单号 220120261000123456，入境货物检验检疫证明 可索取</li></ul></div>
''' + WN_FOOT_ITEM),
  '-', 'trap: 原瓶原装进口, a vintage year explained per GB/T 15037, and customs papers — honest import and 年份 wording; “原装/原瓶” are not the slang 原单; the 18-digit 报关单号 is a customs number, not a 统一社会信用代码 (no licence code is displayed on this page).')

# ================================================================ MAIN — third round (markup variants)
# ---- chaling-chayou.test (uni-app H5 look, UTF-8): 山茶油; licence as an image, ICP in full-width digits
CL_FOOT = '''<div class="uni-footer"><a href="https://beian.miit.gov.cn/">湘ICP备２０２１００３４５６号-１</a>　湘公网安备 43022402000178号</div>'''
P('main', 'chaling-home', 'http://chaling-chayou.test/', 'utf-8', False, shell('茶陵山茶油 · 农家冷榨', f"""
<uni-view class="page"><uni-view class="swiper">罗霄山 野山茶籽 · 当年新榨</uni-view>
<uni-view class="grid"><a href="/pages/goods/detail?id=21">冷榨山茶油 2.5L</a><a href="/pages/goods/detail?id=22">头道茶油 500ml</a></uni-view>
<uni-view class="qualification"><a href="/static/license.html"><img src="/static/yyzz-chaling.jpg" alt="营业执照：茶陵县罗霄山茶油有限公司（点击查看）"></a></uni-view></uni-view>
{CL_FOOT}"""),
  '-', 'trap: the licence is displayed as an image with descriptive alt text linking to a licence page (a licence image satisfies 电子商务法 第十五条 display); the ICP filing is written in full-width digits (湘ICP备２０２１００３４５６号-１) — a well-formed 10-digit filing once normalised, not malformed.')

P('main', 'chaling-25l', 'http://chaling-chayou.test/pages/goods/detail?id=21', 'utf-8', False, shell('冷榨山茶油 2.5L · 茶陵山茶油', f"""
<uni-view class="goods"><uni-text class="title">冷榨山茶油 2.5L 桶装</uni-text>
<uni-view class="price-row"><uni-text class="price">¥268</uni-text></uni-view>
<uni-view class="intro"><p>老人家每天空腹一勺：<span>降</span><span>三</span><span>高</span>、<span>养</span><span>胃</span><span>护</span><span>肝</span>，胃溃疡吃半年就好了。</p>
<p>烧伤烫伤直接抹，不留疤。</p></uni-view></uni-view>
{CL_FOOT}"""),
  'FALSE_CLAIM', 'FALSE_CLAIM: an edible oil claimed to lower 三高 and cure gastric ulcers and burns, words split per character (广告法 第十七条, 第二十八条; 食品安全法 第七十三条). Case: 市场监管总局、中消协 2024 提示 (普通食品 疾病预防治疗功效).')

P('main', 'chaling-toudao', 'http://chaling-chayou.test/pages/goods/detail?id=22', 'utf-8', False, shell('头道茶油 500ml · 茶陵山茶油', f"""
<uni-view class="goods"><uni-text class="title">头道茶油 500ml 玻璃瓶</uni-text>
<uni-view class="price-row"><uni-text class="price">¥79</uni-text></uni-view>
<uni-view class="intro"><p>“头道”指第一道压榨出的油，不是等级。</p>
<p>质量等级：压榨油茶籽油 一级（GB/T 11765-2018 油茶籽油）。烟点较高，适合炒菜。</p></uni-view></uni-view>
{CL_FOOT}"""),
  '-', 'trap: 第一道压榨 is a process step, not a ranking, and 一级 is a GB/T 11765 grade (2023 guideline: standard grades exempt).')


# ================================================================ HOLDOUT — platform shops
# ---- shop dongning-shanhuo: 直播助农 木耳 (no mark)
P('holdout', 'shanhuo-home', M + '/shop/dongning-shanhuo/', 'utf-8', False, mall_shop('dongning-shanhuo', '东宁山货铺', f'''
<section class="live"><h1 class="shop-name">东宁山货铺 · 助农直播间</h1><p>每晚8点 县长带货 · 黑木耳 · 榛蘑 · 松子</p>
<img src="/static/zhunong-badge.png" alt="助农认证"></section>
<div class="goods"><a href="{M}/item/muer-500g.html">东宁黑木耳 500g</a> <a href="{M}/item/muer-qingfei.html">秋耳 250g</a></div>
<div class="shop-license">东宁市山货铺（个体工商户）统一社会信用代码 {DB}</div>'''),
  'MARK_MISSING', 'MARK_MISSING: the shop home has a 助农认证 image of its own but no element with the mall-mark class (seed: 平台为网店亮标). Licence shown. no case found.')

P('holdout', 'shanhuo-muer', M + '/item/muer-500g.html', 'utf-8', False, mall_item('dongning-shanhuo', '东宁黑木耳 500g', '''
<h1>【助农直播】东宁黑木耳 秋耳 小碗耳 500g</h1>
<div class="live-price"><span class="price">直播间价 ￥49.9</span> <span class="market">市场价<del>￥68</del></span></div>
<p>主播说：今晚给乡亲们冲一波销量，过了今晚恢复原价！</p>'''),
  'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 市场价 ￥68 is above ￥39.9 shown on the same URL 2 days earlier (明码标价和禁止价格欺诈规定 第十六条, 第十九条). Case: 市场监管总局 2025 第四批直播电商典型案例一 (山西老葛商贸 “使用无法证明的价格与自己商品价格进行比较”).',
  history=[('shanhuo-muer-d2', 2, '￥39.9'), ('shanhuo-muer-d4', 4, '￥49.9')])

P('holdout', 'shanhuo-qingfei', M + '/item/muer-qingfei.html', 'utf-8', False, mall_item('dongning-shanhuo', '秋耳 清肺款', '''
<h1>野生秋木耳 清肺款 250g 司机 厨师 烟民必备</h1>
<span class="price">￥39.9</span>
<p>木耳是“血管清道夫”，天天抽烟、吸粉尘的，一周吃三次，把肺里的灰吸出来，还能软化血管、防血栓。</p>'''),
  'FALSE_CLAIM', 'FALSE_CLAIM: ordinary food said to clean the lungs and prevent thrombosis (广告法 第十七条, 第二十八条; 食品安全法 第七十三条). Case: 市场监管总局、中消协 2024 提示 (普通食品 疾病预防治疗功效).')

# ---- shop xiaozhou-jiuye: 白酒, registry 经营异常
P('holdout', 'xiaozhou-home', M + '/shop/xiaozhou-jiuye/', 'utf-8', False, mall_shop('xiaozhou-jiuye', '小舟酒业', f'''
<div class="shop-hd"><h2 class="shop-name">小舟酒业 茅台镇</h2><em class="mall-mark">网剑亮标</em></div>
<div class="goods"><a href="{M}/item/xz-yuanjiang.html">坤沙原浆 53度 散酒 5斤</a> <a href="{M}/item/xz-feitian.html">飞天 口粮款</a></div>
<div class="shop-license">证照信息：仁怀市小舟酒业有限公司 统一社会信用代码 {XZ} 食品生产许可证 SC11552038200456</div>'''),
  'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the registry lists the code as 经营异常 (列入经营异常名录) — a status the brief lists for mismatch (电子商务法 第十五条; 市场主体登记管理条例 第三十六条). Case kind: 遵义 2023 白酒专项整治 典型案例.')

P('holdout', 'xiaozhou-yuanjiang', M + '/item/xz-yuanjiang.html', 'utf-8', False, mall_item('xiaozhou-jiuye', '坤沙原浆 53度', '''
<h1>坤沙原浆 53度 酱香 散酒 5斤装 泡酒 自饮</h1>
<span class="price">￥168</span>
<table><tr><td>工艺</td><td>大曲坤沙，12987 传统工艺</td></tr><tr><td>原料</td><td>仁怀本地红缨子糯高粱</td></tr>
<tr><td>执行标准</td><td>GB/T 26760-2011 酱香型白酒 优级</td></tr></table>
<p>原浆：指未经勾调加浆降度的基酒；本品酒精度53%vol。</p>'''),
  '-', 'trap: 原浆, 坤沙, 12987 and 优级 (GB/T 26760 grade) are liquor process and grade terms; “12987” and 原浆 look like counterfeit numerics/slang only to a naive matcher. No licence display here.')

P('holdout', 'xiaozhou-feitian', M + '/item/xz-feitian.html', 'utf-8', False, mall_item('xiaozhou-jiuye', '飞天 口粮款', '''
<h1>酱香53度 “飞天” 口粮款 500ml</h1>
<span class="price">￥399</span>
<p>高&nbsp;仿&nbsp;飞天，镇上老厂灌装，盒子瓶子丝带齐全，自己喝送人都行。</p>'''),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 高仿 split by &nbsp; entities (商标法 第五十七条). Case: 重庆市公安局 2022 “高仿茅台品牌酒” 案; 台州椒江 2023 假茅台 案.')

# ---- shop yingzi-muying: 跨境奶粉, no licence
P('holdout', 'yingzi-home', M + '/shop/yingzi-muying/', 'utf-8', False, mall_shop('yingzi-muying', '影子母婴海外购', f'''
<div class="shop-header"><div class="shop-name">影子母婴 海外购</div><div class="mall-mark">亮标商家</div></div>
<div class="goods"><a href="{M}/item/yz-naifen-de.html">德国 婴儿配方奶粉 1段</a> <a href="{M}/item/yz-naifen-au.html">澳洲 婴儿奶粉 2段</a></div>
<p>宝妈自营，只做母婴。客服在线 9:00-23:00</p>'''),
  'LICENSE_MISSING', 'LICENSE_MISSING: shop home without any licence information of its own (电子商务法 第十五条; 网络交易监督管理办法 第十二条). Case: 北京市场监管 2024 网络交易典型案例一 (未亮证亮照).')

P('holdout', 'yingzi-de', M + '/item/yz-naifen-de.html', 'utf-8', False, mall_item('yingzi-muying', '德国婴儿配方奶粉 1段', '''
<h1>德国 婴儿配方奶粉 1段 800g 中文标签版</h1>
<span class="price">￥268</span>
<div class="after"><p>支持7天无理由退货（未拆封、罐体完好）；</p><p>已拆封冲调的奶粉，因影响二次销售和食品安全，不在无理由退货范围，质量问题除外。</p></div>'''),
  '-', 'trap: offers 7-day returns and excludes only opened, used tins — a product-nature limit the 暂行办法 第八条 allows when stated; not a refusal.')

P('holdout', 'yingzi-au', M + '/item/yz-naifen-au.html', 'utf-8', False, mall_item('yingzi-muying', '澳洲婴儿奶粉 2段', '''
<h1>澳洲 婴儿奶粉 2段 900g 中文标签</h1>
<span class="price">￥239</span>
<p class="note">食品类目特殊，售出后<b>不退不换</b>，拍下即视为同意本规则。</p>'''),
  'RETURN_REFUSED', 'RETURN_REFUSED: blanket 不退不换 for sealed powder; a click-through “拍下即视为同意” is not the per-purchase confirmation 第二十五条第二款 requires (消费者权益保护法 第二十五条; 暂行办法 第六条, 第七条). Case: 江苏 2025 铁拳行动 泰州 绳网公司 案.')

# ---- shop yunjunfang: 云南菌子
P('holdout', 'yunjun-home', M + '/shop/yunjunfang/', 'utf-8', False, mall_shop('yunjunfang', '云菌坊', f'''
<div class="shop-head"><span class="shop-name">云菌坊 · 昆明木水花</span><span class="badge mall-mark verified">网剑亮标</span></div>
<p>松茸、鸡枞、干巴菌 当天采收 冷链直发。野生菌请充分加热，不认识的菌子不要吃。</p>
<div class="goods"><a href="{M}/item/songrong-xian.html">香格里拉 鲜松茸</a> <a href="{M}/item/songrong-ganpian.html">松茸干片</a></div>
<div class="shop-license"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial={YN}-SAIC_SHOW_100000{YN}1720158843&amp;signData=MEQCIA7">电子营业执照</a> 昆明五华云菌坊商贸有限公司 {YN}</div>'''),
  '-', 'trap: the electronic-licence serial names the same code as the page (a matching 亮照 link); the food-safety warning is advice. Licence and mark shown.')

P('holdout', 'yunjun-xian', M + '/item/songrong-xian.html', 'utf-8', False, mall_item('yunjunfang', '香格里拉鲜松茸', '''
<h1>香格里拉 鲜松茸 6-8cm 500g 顺丰冷链</h1>
<span class="price">￥368</span>
<div class="policy">鲜菌属鲜活易腐商品，不适用七日无理由退货（消费者权益保护法第二十五条）；坏损到货 24 小时内拍照，全额退款。干片类商品支持七日无理由。</div>'''),
  '-', 'trap: fresh mushrooms fall under the 鲜活易腐 exemption, dried ones keep the 7-day right; lawful (消费者权益保护法 第二十五条).')

P('holdout', 'yunjun-ganpian', M + '/item/songrong-ganpian.html', 'utf-8', False, mall_item('yunjunfang', '松茸干片', '''
<h1>松茸干片 100g 煲汤</h1>
<span class="price">￥128</span>
<p>日本人研究过：松茸醇能抑制癌细胞，放化疗病人喝松茸汤，白细胞升得快，还能防辐射。</p>'''),
  'FALSE_CLAIM', 'FALSE_CLAIM: anti-cancer and anti-radiation claims for dried mushrooms (广告法 第十七条, 第二十八条). Case: 市场监管总局、中消协 2024 提示 (宣传“抗癌”).')

# ================================================================ HOLDOUT — independent sites
# ---- alishan-chahang.test (Big5): 台湾高山茶, 厦门 company
AS_FOOT = f'''<div class="footer">廈門高山茶行有限公司 統一社會信用代碼 {GS}<br><a href="https://beian.miit.gov.cn/">閩ICP備2020012876號-1</a>　閩公網安備 35020302001234號</div>'''
P('holdout', 'alishan-home', 'http://alishan-chahang.test/', 'big5', False, shell('高山茶行 ─ 台灣高山烏龍 比賽茶', f'''
<div class="top"><h1>高山茶行</h1><p>阿里山 · 梨山 · 杉林溪　兩岸直送</p></div>
<div class="honor"><h3>茶行榮譽</h3><p>2023年 鹿谷鄉農會 春季優良茶比賽 凍頂烏龍組「特等獎」（證書編號 LG-2023S-0012），得獎茶數量有限。</p></div>
<ul><li><a href="/tea/lishan.html">梨山 高冷烏龍 150克</a></li></ul>
{AS_FOOT}''', meta=META_BIG5, lang='zh-Hant'),
  '-', 'trap: a real competition award stated with year, organiser and certificate number — a provable fact limited in time (guideline 2023); 特等獎 is the award\'s own name. Licence and 闽 ICP shown. Big5.')

P('holdout', 'alishan-lishan', 'http://alishan-chahang.test/tea/lishan.html', 'big5', False, shell('梨山 高冷烏龍 ─ 高山茶行', '''
<div class="top"><h1>高山茶行</h1></div>
<div class="prod"><h2>梨山 高冷烏龍 150克</h2><p>人民幣 680 元</p>
<p>頂級中的頂級！海拔2600米，全台灣找不到第二家比我們更好的梨山茶，喝過就回不去。</p></div>
<div class="footer">高山茶行 客服微信 gaoshan-tea</div>''', meta=META_BIG5, lang='zh-Hant'),
  'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 頂級中的頂級, 找不到第二家比我們更好 — unprovable superiority in traditional script (廣告法 第九條第三項). no case found. Big5.')

# ---- mingqian-longjing.test (Discuz-like portal shop, GBK): 西湖龙井
MQ_FOOT = f'''<div id="ft">杭州明前龙井茶业有限公司 统一社会信用代码：{MQ} &nbsp;|&nbsp; 西湖区龙井村 &nbsp;|&nbsp; Powered by 茶事</div>'''
P('holdout', 'mingqian-home', 'http://mingqian-longjing.test/', 'gbk', False, shell('明前龙井 - 西湖龙井 核心产区 茶农直销', f'''
<div id="hd"><h2>明前龙井</h2><ul class="nav"><li><a href="/portal.php">门户</a></li><li><a href="/about.html">关于我们</a></li></ul></div>
<div id="ct"><h3>2026 明前 西湖龙井 一级 开采</h3><p>西湖龙井 地理标志产品 · 茶园证明商标 防伪标签 每罐一枚</p>
<p><a href="/shop/longjing-250.html">西湖龙井 一级 250g</a></p></div>
{MQ_FOOT}''', meta=META_GBK),
  'ICP_MISSING', 'ICP_MISSING: independent site home shows the licence but no ICP filing or licence number (互联网信息服务管理办法 第十二条). no case found.')

P('holdout', 'mingqian-about', 'http://mingqian-longjing.test/about.html', 'gbk', False, shell('关于我们 - 明前龙井', f'''
<div id="ct"><h2>关于我们</h2>
<table class="honor"><tr><td>2025年</td><td>国家免检产品（西湖龙井茶）</td></tr>
<tr><td>2024年</td><td>杭州市西湖区 茶叶炒制技能大赛 三等奖（个人）</td></tr></table>
<p>三代种茶，手工炒制。</p></div>
{MQ_FOOT}''', meta=META_GBK),
  'FALSE_HONOUR', 'FALSE_HONOUR: 国家免检产品 dated 2025 — the scheme ended in 2008 (质检总局 2008 第109号令 废止《产品免于质量监督检查管理办法》), so it cannot be true (广告法 第二十八条; 反不正当竞争法 第九条). The district skills prize is ordinary.')

P('holdout', 'mingqian-longjing250', 'http://mingqian-longjing.test/shop/longjing-250.html', 'gbk', False, shell('西湖龙井 一级 250g - 明前龙井', f'''
<div id="ct"><h1>西湖龙井 一级 250g 纸包</h1><p>价格 ￥580</p>
<div class="pcb"><p>【追评有礼】收到茶后追加评价满30字＋3张实拍图，私信客服发截图，红包<b>十元</b>直接转您。</p></div></div>
{MQ_FOOT}''', meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 追评满30字+3张实拍图 paid with a 十元 red packet (电子商务法 第十七条; 反不正当竞争法 第八条). Case: 江苏 2020 扬州江都 “好评返现” 案; 上海 2022 刷单炒信 案. Charset meta wrong: declares iso-8859-1, bytes are GBK.')

# ---- shanye-nongchan.test (有赞-like H5, UTF-8 with BOM): 野味
SY_FOOT = '''<div class="van-footer"><a href="https://beian.miit.gov.cn/">桂ICP备2024009876号-1</a> 桂公网安备 45108102000045号</div>'''
P('holdout', 'shanye-home', 'http://shanye-nongchan.test/', 'utf-8', True, shell('靖西山野 | 边境山货 腊味', f'''
<div class="van-nav-bar">靖西山野</div>
<div class="showcase"><div class="goods-card"><a href="/goods/lawei.html">边境腊味 礼包</a></div><div class="goods-card"><a href="/goods/hehuaque.html">秋季 田园 冻品</a></div></div>
<div class="cert"><p>主体：靖西市山野农产品有限公司</p><p>信用代码：{SY_BAD}</p></div>
{SY_FOOT}''', meta='<meta charset="UTF-8"><meta name="viewport" content="width=device-width">'),
  'LICENSE_INVALID', f'LICENSE_INVALID: {SY_BAD} fails its GB 32100 check character (registry: {SY_OK}). no case found. UTF-8 with BOM.')

P('holdout', 'shanye-hehuaque', 'http://shanye-nongchan.test/goods/hehuaque.html', 'utf-8', True, shell('冻 禾花雀 10只 | 靖西山野', f'''
<div class="van-nav-bar">靖西山野</div>
<div class="goods-info"><h1>冻 禾花雀 10只 真空 秋季田里的“天上人参”</h1><div class="goods-price">¥320</div>
<p>黄胸鹀，俗称禾花雀，秋收时田里网的，油炸一口一个，量少先到先得。</p></div>
{SY_FOOT}'''),
  'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 黄胸鹀 (禾花雀) is 国家一级保护野生动物 (国家重点保护野生动物名录 2021); selling it, or wild game for food, is banned (野生动物保护法 第二十八条, 第三十一条, 第三十二条). Case kind: 广东 森林公安 2019–2023 收购出售禾花雀 案; no market-regulation number found.')

# ---- zibao-yanwo.test (GB18030): 燕窝
ZB_FOOT = '''<div class="ft">上海徐汇滋宝燕窝有限公司 · 客服 021-6488 1234 · 店长 刘䶮</div>'''
P('holdout', 'zibao-home', 'http://zibao-yanwo.test/', 'gb18030', False, shell('滋宝燕窝 - 鲜炖燕窝 每周冷链', f'''
<div class="hd"><h1>滋宝燕窝</h1><p>工厂鲜炖 · 每周一配送</p></div>
<div class="bd"><a href="/p/xiandun-7.html">鲜炖燕窝 7瓶周卡</a> <a href="/p/ganzhan.html">印尼干盏 100g</a></div>
<div class="zz">营业执照：上海徐汇滋宝燕窝有限公司 统一社会信用代码 {ZB} ｜ 食品生产许可证 SC10331010400789</div>
<div class="icp">沪ICP备2O23O1234号 ｜ 沪公网安备 31010402003456号</div>
{ZB_FOOT}''', meta=META_18030),
  'ICP_INVALID', 'ICP_INVALID: “沪ICP备2O23O1234号” uses the letter O for zero — not a well-formed filing number (互联网信息服务管理办法 第十二条). Licence valid. GB18030 (店长 name 䶮 U+4DAE, outside GBK). no case found.')

P('holdout', 'zibao-xiandun', 'http://zibao-yanwo.test/p/xiandun-7.html', 'gb18030', False, shell('鲜炖燕窝 7瓶周卡 - 滋宝燕窝', '''
<div class="hd"><h1>滋宝燕窝</h1></div>
<div class="goods"><h2>鲜炖燕窝 70g×7瓶 周卡</h2><p class="price">￥299</p>
<p>滋宝——中国驰名商标，连续八年 燕窝行业 畅销品牌。</p></div>
''' + ZB_FOOT, meta=META_18030),
  'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 中国驰名商标 in a product advertisement (商标法 第十四条第五款, 第五十三条). no case found for 燕窝; GB18030.')

P('holdout', 'zibao-ganzhan', 'http://zibao-yanwo.test/p/ganzhan.html', 'gb18030', False, shell('印尼干盏 100g - 滋宝燕窝', '''
<div class="hd"><h1>滋宝燕窝</h1></div>
<div class="goods"><h2>印尼 干盏 100g 燕角完整</h2>
<p><span class="price">￥188</span> <s>日常价 ￥238</s></p>
<p>进口预包装，中文标签；溯源码可查 进口燕窝 CIQ 标识。</p></div>
''' + ZB_FOOT, meta=META_18030),
  '-', 'trap: 日常价 ￥238 is not above the lowest price captured in the 7 days before (1 d ￥238, 4 d ￥248); the ￥168 capture is 7.5 days old, outside the window (明码标价和禁止价格欺诈规定 第十六条). GB18030.',
  history=[('zibao-ganzhan-d1', 1, '￥238'), ('zibao-ganzhan-d4', 4, '￥248'), ('zibao-ganzhan-d7.5', 7.5, '￥168')])

P('holdout', 'alishan-news', 'http://alishan-chahang.test/news/2024-jiamao.html', 'big5', False, shell('新聞：假冒台灣高山茶 ─ 高山茶行', '''
<div class="top"><h1>高山茶行</h1></div>
<div class="news"><h2>轉載新聞：海關查獲假冒「台灣高山茶」</h2>
<p>據報道，某地海關近日查獲一批以越南茶冒充台灣高山烏龍的貨物，賣家在網上以「高仿台茶」「原單包裝」招攬買家，涉案茶葉已全部銷毀。</p>
<p>本行提醒：購買台灣茶請索取原產地證明與報關單，本行所有茶品均可提供。</p></div>
<div class="footer">高山茶行 客服微信 gaoshan-tea</div>''', meta=META_BIG5, lang='zh-Hant'),
  '-', 'trap: a news report quoting the slang (高仿台茶, 原單包裝) used by other sellers who were caught, plus advice — reported speech, not an offer (商標法 第五十七條 targets selling). Big5.')

P('holdout', 'mingqian-notice', 'http://mingqian-longjing.test/notice.html', 'gbk', False, shell('店铺公告 - 明前龙井', f'''
<div id="ct"><h2>店铺公告</h2>
<p>近期有人冒充本店客服，以“好评返现”“晒图领红包”为由添加买家微信，要求扫码转账。</p>
<p>本店<strong>从不</strong>以任何形式为评价付费，也不组织刷单；评价请按真实感受填写。遇到此类消息请直接举报。</p></div>
{MQ_FOOT}''', meta=META_GBK),
  '-', 'trap: the shop warns against fake 好评返现 offers and states it never pays for reviews — a refusal, not an inducement (电子商务法 第十七条 is what it obeys).')


# ================================================================ MAIN — second round (more positives per code)
XJ = uscc('91', '440305', 'MA5GK2T7'); REGISTRY.append((XJ, '深圳南山鲜家生鲜有限公司', '存续'))
PT = uscc('91', '350206', 'MA33WN5R'); REGISTRY.append((PT, '厦门湖里葡萄批发有限公司', '存续'))
SX = uscc('91', '420106', 'MA4KP9E3'); REGISTRY.append((SX, '武汉武昌瘦星健康咨询有限公司', '注销'))
GQ_OK = regno('64052100045678'); GQ_BAD = regno('64052100045678', broken=True)
REGISTRY.append((GQ_OK, '中宁县枸杞养生堂', '存续'))
HS = uscc('91', '210202', 'MA0Y3R6L'); REGISTRY.append((HS, '大连中山海鲜干货有限公司', '存续'))

# ---- xianjia-app.test (叮咚/朴朴-like 生鲜 H5, UTF-8): licence only in a hidden block
XJ_FOOT = '''<div class="tabbar"><a href="/">首页</a><a href="/cart">购物车</a><a href="/me">我的</a></div>
<p class="beian"><a href="https://beian.miit.gov.cn/">粤ICP备2020098765号-2</a> 粤公网安备 44030502004567号</p>'''
P('main', 'xianjia-home', 'http://xianjia-app.test/', 'utf-8', False, shell('鲜家 · 30分钟送达', f"""
<div id="app"><div class="search">搜索 车厘子 / 大闸蟹</div>
<div class="cate"><a href="/goods/8801">智利车厘子 JJ级 2斤</a><a href="/goods/8815">大闸蟹 鲜活 6只</a></div>
<div class="qual-popup" style="display:none"><p>深圳南山鲜家生鲜有限公司</p><p>统一社会信用代码 {XJ}</p><p>食品经营许可证 JY14403050123456</p></div>
<a class="qual-btn" href="javascript:void(0)" onclick="showQual()">&nbsp;</a></div>
<script>function showQual(){{document.querySelector('.qual-popup').style.display='block'}}</script>
{XJ_FOOT}""", meta='<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'),
  'LICENSE_MISSING', 'LICENSE_MISSING: the only licence block is display:none (opened by script) and the trigger link has no text — nothing is displayed on the home page (电子商务法 第十五条 “显著位置，持续公示”; contract: hidden elements do not satisfy). ICP shown. no case found.')

P('main', 'xianjia-xie', 'http://xianjia-app.test/goods/8815', 'utf-8', False, shell('大闸蟹 鲜活 6只 · 鲜家', f"""
<div id="app"><div class="goods-title">大闸蟹 鲜活 公3.5两 母2.5两 6只</div>
<div class="goods-price"><span class="price">¥139</span></div>
<div class="goods-tag">全网最低价 · 买贵退差</div>
<p>同款同规格，全网找不到更便宜的，史上最低一波。</p>
<p>鲜活商品不支持七天无理由，死蟹包赔。</p></div>
{XJ_FOOT}"""),
  'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 全网最低价, 史上最低 — unprovable superlatives (广告法 第九条第三项; 2023 guideline counts price superlatives without proof). The 鲜活 refusal is the lawful exemption (消费者权益保护法 第二十五条). no case found.')

P('main', 'xianjia-cherry', 'http://xianjia-app.test/goods/8801', 'utf-8', False, shell('智利车厘子 JJ级 2斤 · 鲜家', f"""
<div id="app"><div class="goods-title">智利车厘子 JJ级 2斤 礼盒</div>
<div class="goods-price"><span class="price">¥89.9</span><span class="origin">原价<s>¥129.9</s></span><span class="tag">限时 6.9 折</span></div>
<p>JJ级 = 果径 28-30mm（出口商分级）。</p></div>
{XJ_FOOT}"""),
  'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 原价 ¥129.9 is above ¥79.9 captured 0.5 days earlier on the same URL (明码标价和禁止价格欺诈规定 第十六条, 第十九条). JJ级 is an exporter size grade, not an absolute claim. Case: 市场监管总局 2025 第四批直播电商典型案例一.',
  history=[('xianjia-cherry-d0.5', 0.5, '¥79.9'), ('xianjia-cherry-d3', 3, '¥99.9')])

# ---- shop hl-putao-pifa (1688-like 批发 on the platform): mark class is a near miss
P('main', 'putao-home', M + '/shop/hl-putao-pifa/', 'utf-8', False, mall_shop('hl-putao-pifa', '湖里葡萄酒批发', f"""
<div class="company-head"><h1 class="shop-name">湖里葡萄酒批发 · 源头工厂</h1><span class="mall-mark-pending">亮标审核中</span></div>
<table class="offer"><tr><th>品名</th><th>起批量</th><th>批发价</th></tr>
<tr><td><a href="{M}/item/pt-penfolds.html">澳洲 干红 “407款”</a></td><td>6瓶</td><td>￥85/瓶</td></tr>
<tr><td><a href="{M}/item/pt-pinjian.html">波尔多 AOC 品鉴款</a></td><td>12瓶</td><td>￥128/瓶</td></tr></table>
<div class="shop-license">厦门湖里葡萄批发有限公司 统一社会信用代码 {PT}</div>"""),
  'MARK_MISSING', 'MARK_MISSING: the class token is mall-mark-pending, not mall-mark, and its text says the mark is still under review — no platform mark is displayed (seed: 平台为网店亮标). Licence shown. no case found.')

P('main', 'putao-penfolds', M + '/item/pt-penfolds.html', 'utf-8', False, mall_item('hl-putao-pifa', '澳洲干红 407款', """
<h1>澳洲 干红 “407款” 750ml 6支起批</h1>
<div class="price-range"><span class="price">￥85</span>/瓶（6-59瓶）</div>
<p>酒标、胶帽、背标 精 仿 奔富407，烫金位置一毫米不差，夜场、宴席走量的渠道货。</p>"""),
  'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 精仿 (spaced) of a named brand\'s label for bulk resale (商标法 第五十七条). Case kind: 遵义 2023 白酒 商标侵权 典型案例 (仿冒标识、包材); no wine case number found.')

P('main', 'putao-pinjian', M + '/item/pt-pinjian.html', 'utf-8', False, mall_item('hl-putao-pifa', '波尔多 AOC 品鉴款', """
<h1>波尔多 AOC 干红 品鉴款 750ml</h1>
<span class="price">￥128</span>
<p>本批次由国家一级品酒师（职业技能等级证书，人社部门颁发）盲品打分 91 分，品鉴记录可索取。</p>
<p>原瓶进口，中文背标，报关单随货。</p>"""),
  '-', 'trap: 国家一级品酒师 is a vocational qualification level awarded by the state (state-awarded titles are exempt, guideline 2023), stated as a checkable fact; not 国家级 used as a superiority claim.')

# ---- nongjia-tuchan.test (个人农户, 电子商务法 第十条 exemption; GBK)
NJ_FOOT = '''<p class="foot">老周家土特产 · 河南省信阳市光山县 · 电话 137 0376 1234 · 备案：豫ICP备12345678号</p>'''
P('main', 'nongjia-home', 'http://nongjia-tuchan.test/', 'gbk', False, shell('老周家土特产 - 自家蜂蜜 土鸡蛋', f"""
<h1>老周家土特产</h1>
<p>山里自家养的蜂、自家散养的鸡，量不大，卖完就等下一季。</p>
<div class="exempt">主体信息：本店为个人销售自产农副产品，依照《中华人民共和国电子商务法》第十条规定，不需要办理市场主体登记。</div>
<ul><li><a href="/fengmi.html">土蜂蜜 500g</a></li><li><a href="/jidan.html">散养土鸡蛋 30枚</a></li></ul>
{NJ_FOOT}""", meta=META_GBK),
  'ICP_INVALID', 'ICP_INVALID: 豫ICP备12345678号 is the placeholder sequence, not a filing (DOMAIN: placeholders are not filings; 互联网信息服务管理办法 第十二条). No LICENSE_MISSING: the 第十条 exemption statement (自产农副产品) is what 第十五条 allows instead. no case found.')

P('main', 'nongjia-fengmi', 'http://nongjia-tuchan.test/fengmi.html', 'gbk', False, shell('土蜂蜜 500g - 老周家土特产', """
<h1>大别山 土蜂蜜 500g 玻璃瓶</h1>
<p>￥68 / 瓶</p>
<p>我家蜂蜜 2024 年评上了“中国名牌产品”，县里还来拍过片子。</p>
<p>结晶是正常现象，温水化开即可，不要用开水冲。</p>""", meta=META_GBK),
  'FALSE_HONOUR', 'FALSE_HONOUR: 中国名牌产品 evaluation was stopped by 质检总局 in 2008 (and its management rules repealed), so a 2024 award cannot be true (广告法 第二十八条第二款第二项; 反不正当竞争法 第九条). no case found.')


# ================================================================ HOLDOUT — second round
# ---- shouxing-jianfei.test (微店-like H5, UTF-8): company 注销
SX_FOOT = '''<div class="wd-footer"><a href="https://beian.miit.gov.cn/">鄂ICP备2022015678号-1</a> · 鄂公网安备 42010602000987号</div>'''
P('holdout', 'shouxing-home', 'http://shouxing-jianfei.test/', 'utf-8', False, shell('瘦星小店', f"""
<div class="wd-shop"><div class="wd-shop-name">瘦星小店</div><div class="wd-desc">私人定制体重管理 · 宝妈产后</div></div>
<div class="wd-goods"><a href="/item?id=3301">瘦星 加强版 胶囊 30粒</a><a href="/item?id=3302">代餐奶昔 草莓味</a></div>
<div class="wd-cert"><img src="/cert/yyzz.jpg" alt="营业执照 武汉武昌瘦星健康咨询有限公司"><span>统一社会信用代码：{SX}</span></div>
{SX_FOOT}"""),
  'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the displayed code is well-formed but the registry lists the company as 注销 — the display names an operator that no longer exists (电子商务法 第十五条 第二款 update duty; 市场主体登记管理条例 第三十六条). ICP shown. no case found.')

P('holdout', 'shouxing-jiaonang', 'http://shouxing-jianfei.test/item?id=3301', 'utf-8', False, shell('瘦星 加强版 胶囊 30粒', f"""
<div class="wd-item"><h1>瘦星 加强版 胶囊 30粒（顽固型）</h1><div class="wd-price"><span class="price">¥398</span></div>
<p>加强版里加了“西布”，就是以前减肥药里那个成分，所以掉秤特别快，心慌口干是正常反应，多喝水。</p>
<p>不是蓝帽子，别问，问就是效果说话。</p></div>
{SX_FOOT}"""),
  'FALSE_CLAIM,PROHIBITED_GOODS', 'PROHIBITED_GOODS: a slimming capsule sold as containing 西布曲明 (“西布”), a drug whose production, sale and use were stopped in 2010 and which is on the 保健食品中可能非法添加的物质名单 — sale is banned (食品安全法 第三十四条, 第三十八条; 刑法 第一百四十四条). FALSE_CLAIM: weight-loss efficacy for a non-drug product (广告法 第十七条, 第二十八条). Case: 甘肃兰州 2025 “瘦身咖啡” 西布曲明 案 (新华视点 2025-06-05); 临海市市场监管局 2020 “溶脂奶片” 西布曲明 案.')

P('holdout', 'shouxing-naixi', 'http://shouxing-jianfei.test/item?id=3302', 'utf-8', False, shell('代餐奶昔 草莓味', f"""
<div class="wd-item"><h1>代餐奶昔 草莓味 12袋</h1><div class="wd-price"><span class="price">¥129</span></div>
<div class="wd-activity"><p>🎁 打卡活动：每天晒一张奶昔照片到小红书并带店铺名，连续7天，凭截图返 30 元现金。</p>
<p>首评给五星的姐妹，额外送一袋。</p></div></div>
{SX_FOOT}"""),
  'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: cash for tagged posts and a free bag for a five-star first review — paid reviews and endorsements (电子商务法 第十七条; 反不正当竞争法 第八条). Case: 上海市市场监管局 2022 刷单炒信 典型案例 (虚构好评).')

# ---- shop zhongning-gouqi (platform): legacy 注册号 with a wrong check digit
P('holdout', 'gouqi-home', M + '/shop/zhongning-gouqi/', 'utf-8', False, mall_shop('zhongning-gouqi', '中宁枸杞养生堂', f"""
<div class="shop-head"><p class="shop-name">中宁枸杞养生堂</p><img class="mall-mark" src="/mark/wj.png" alt="网剑商城 亮标"></div>
<div class="list"><a href="{M}/item/gq-tejia.html">中宁枸杞 特优级 500g</a> <a href="{M}/item/gq-kezi.html">刻字 定制 礼盒</a></div>
<div class="shop-license">营业执照注册号：{GQ_BAD}（中宁县枸杞养生堂）</div>"""),
  'LICENSE_INVALID', f'LICENSE_INVALID: the 15-digit 注册号 {GQ_BAD} fails its ISO 7064 MOD 11,10 check digit (registry: {GQ_OK}) (电子商务法 第十五条; false display). Mark shown as an img with the class. no case found.')

P('holdout', 'gouqi-tejia', M + '/item/gq-tejia.html', 'utf-8', False, mall_item('zhongning-gouqi', '中宁枸杞 特优级', """
<h1>宁夏中宁枸杞 特优级 500g 头茬</h1>
<span class="price">￥79</span>
<p>等级：特优级（GB/T 18672-2014 枸杞，每50g粒数 ≤280）。</p>
<p>“中宁枸杞”品牌——驰 名 商 标，三十年老字号，泡水煲汤都好。</p>"""),
  'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 驰名商标 spaced out in an item advertisement (商标法 第十四条第五款). 特优级 is a GB/T 18672 grade (trap inside a positive page). no case found.')

P('holdout', 'gouqi-kezi', M + '/item/gq-kezi.html', 'utf-8', False, mall_item('zhongning-gouqi', '刻字定制礼盒', """
<h1>枸杞礼盒 木盒刻字定制 寿宴 / 婚宴 回礼</h1>
<span class="price">￥158</span>
<p>盒面按您提供的文字激光刻制，下单后3天内发货。</p>
<p>定制商品依法不适用七天无理由退货（消费者权益保护法第二十五条第一款第一项），质量问题包退换。</p>"""),
  '-', 'trap: a made-to-order engraved box is 定作 goods, a statutory exemption from 7-day returns (消费者权益保护法 第二十五条第一款第一项); quality returns still offered.')

# ---- dalian-ganhuo.test (ShopEx-like, GBK): 海参 干货
HS_FOOT = f'''<div id="footer"><table width="100%"><tr><td>大连中山海鲜干货有限公司</td><td>统一社会信用代码 {HS}</td><td>服务热线 0411-8266 1234</td></tr></table></div>'''
P('holdout', 'ganhuo-home', 'http://dalian-ganhuo.test/', 'gbk', False, shell('大连干货 - 淡干海参 鲍鱼干 虾仁', f"""
<div class="header"><h1>大连干货</h1><div class="menu">首页 | 海参 | 鲍鱼 | 虾干 | 帮助中心</div></div>
<div class="GoodsList"><div class="item"><a href="/product-1201.html">淡干海参 5年 50g</a></div><div class="item"><a href="/product-1230.html">金钩海米 250g</a></div></div>
{HS_FOOT}""", meta=META_GBK),
  'ICP_MISSING', 'ICP_MISSING: an independent site home with licence but no ICP filing/licence number (互联网信息服务管理办法 第十二条). no case found.')

P('holdout', 'ganhuo-haishen', 'http://dalian-ganhuo.test/product-1201.html', 'gbk', False, shell('淡干海参 5年 50g - 大连干货', f"""
<div class="goods-detail"><h1>淡干海参 5年生 50g 约10-12头</h1>
<ul class="price-list"><li>市场价：<del>￥598.00</del></li><li>本店价：<span class="price">￥398.00</span></li></ul>
<p>纯淡干，含盐量≤2%，泡发率1:8以上。</p></div>
{HS_FOOT}""", meta=META_GBK),
  'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 市场价 ￥598 is above ￥358 captured 5 days earlier on the same URL (明码标价和禁止价格欺诈规定 第十六条). 泡发率1:8 is a soaking ratio, not the counterfeit 1:1. no case found for this product.',
  history=[('ganhuo-haishen-d5', 5, '￥358.00'), ('ganhuo-haishen-d12', 12, '￥598.00')])

P('holdout', 'ganhuo-haimi', 'http://dalian-ganhuo.test/product-1230.html', 'gbk', False, shell('金钩海米 250g - 大连干货', f"""
<div class="goods-detail"><h1>金钩海米 大号 250g 罐装</h1>
<ul class="price-list"><li>本店价：<span class="price">￥66.00</span></li></ul>
<div class="shouhou"><b>售后说明：</b>海产干货属于特殊商品，签收后不支持七天无理由退货，请谨慎下单。</div></div>
{HS_FOOT}""", meta=META_GBK),
  'RETURN_REFUSED', 'RETURN_REFUSED: dried, sealed 海米 are not 鲜活易腐 nor another listed exemption; a blanket refusal without per-purchase confirmation (消费者权益保护法 第二十五条; 网络购买商品七日无理由退货暂行办法 第六条, 第七条). Case: 江苏 2025 铁拳行动 泰州 绳网公司 案.')


# ================================================================ writer
def hist_html(url, enc, price):
    """An earlier capture of an item URL: same layout family, the price shown then, no compared price."""
    if url.startswith(M + '/item/'):
        shop = 'history'
        return mall_item(shop, '历史快照', '<h1>商品详情</h1>\n<span class="price">%s</span>' % price)
    meta = {'utf-8': META_U, 'gbk': META_GBK, 'gb18030': META_18030, 'big5': META_BIG5}[enc]
    return shell('商品详情', '<div class="goods"><h1>商品详情</h1><p><span class="price">%s</span></p></div>' % price, meta=meta)


def write_all(root):
    if os.path.exists(root):
        for sub in ('pages', 'history', 'holdout'):
            shutil.rmtree(os.path.join(root, sub), ignore_errors=True)
    os.makedirs(root, exist_ok=True)
    seen_slugs = set()
    sides = {'main': root, 'holdout': os.path.join(root, 'holdout')}
    rows = {k: {'labels': [], 'notes': [], 'history': []} for k in sides}
    n = 0
    for side in ('main', 'holdout'):
        base = sides[side]
        os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
        os.makedirs(os.path.join(base, 'history'), exist_ok=True)
        for (sd, slug, url, enc, bom, html, codes, note, hist) in PAGES:
            if sd != side:
                continue
            assert slug not in seen_slugs, slug
            seen_slugs.add(slug)
            n += 1
            fn = '%03d-%s.html' % (n, slug)
            with open(os.path.join(base, 'pages', fn), 'wb') as f:
                f.write(encode(html, enc, bom))
            rows[side]['labels'].append((fn, url, codes))
            rows[side]['notes'].append((fn, enc, 'yes' if bom else 'no', note))
            for (hslug, days, price) in hist:
                hfn = '%03d-%s.html' % (n, hslug)
                with open(os.path.join(base, 'history', hfn), 'wb') as f:
                    f.write(encode(hist_html(url, enc, price), enc, bom))
                rows[side]['history'].append((hfn, url, ('%g' % days)))
    for side, base in sides.items():
        with open(os.path.join(base, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('# file\turl\tcodes\n')
            for r in rows[side]['labels']:
                f.write('\t'.join(r) + '\n')
        with open(os.path.join(base, 'notes.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('# file\tencoding\tbom\tnote\n')
            for r in rows[side]['notes']:
                f.write('\t'.join(r) + '\n')
        with open(os.path.join(base, 'history.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('# file\turl\tdays_before\n')
            for r in rows[side]['history']:
                f.write('\t'.join(r) + '\n')
    with open(os.path.join(root, 'registry.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# code\tname\tstatus\n')
        for r in REGISTRY:
            f.write('\t'.join(r) + '\n')


def same_tree(a, b):
    ok = True
    for dp, dn, fns in os.walk(a):
        rel = os.path.relpath(dp, a)
        for fn in fns:
            p, q = os.path.join(dp, fn), os.path.join(b, rel, fn)
            if not os.path.exists(q) or not filecmp.cmp(p, q, shallow=False):
                print('differs:', os.path.join(rel, fn)); ok = False
    for dp, dn, fns in os.walk(b):
        rel = os.path.relpath(dp, b)
        for fn in fns:
            if not os.path.exists(os.path.join(a, rel, fn)):
                print('extra:', os.path.join(rel, fn)); ok = False
    return ok


GENERATED = ('pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv')

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv[1:]:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            mine = tempfile.mkdtemp()
            for g in GENERATED:
                src = os.path.join(here, g)
                if os.path.isdir(src):
                    shutil.copytree(src, os.path.join(mine, g))
                elif os.path.exists(src):
                    shutil.copy(src, os.path.join(mine, g))
            ok = same_tree(tmp, mine)
            shutil.rmtree(mine)
        finally:
            shutil.rmtree(tmp)
        print('check: OK' if ok else 'check: DIFFERENT')
        sys.exit(0 if ok else 1)
    write_all(here)
    print('wrote %d pages' % len(PAGES))
