#!/usr/bin/env python3
"""corpus13/e — services and intangibles sold online: education, exam coaching and certificates; travel,
hotels, tickets and visas; housekeeping; pets, pet food and pet medicine; funeral and religious goods;
recruitment; insurance and wealth courses.
Every page, its codes and its note are written by hand below (the note says why, with the law and a case).
`python3 gen.py` writes all files; `python3 gen.py --check` regenerates into a temp dir and compares byte for byte."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, regno, fullwidth, esc, shell, mall_shop, mall_item, encode

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

# cases cited in notes (found with the search tool, pages corpus; secondary reports unless said otherwise)
C_SAMR21 = '市场监管总局 2021-06 校外培训机构顶格罚款典型案例(邦德“原价430元现价12元”原价从未销售)'
C_HXT = '北京朝阳区市场监管局 皓学通教育“全球顶尖名校包过”违反广告法第二十四条 罚款5万(中国消费者报 2024)'
C_JS25 = '江苏省市场监管局 2025-03 教育培训违法广告典型案例'
C_TY23 = '太原警方 2023-12 制售虚假学历证书案(关停虚假学校网站333个)'
C_HA = '江苏淮安 制售虚假学历证书案(下线在淘宝销售假学历1000余本)'
C_ZY17 = '贵州遵义警方 2017 网络销售考试作弊器材案(央视/中国青年网 2017-11-24)'
C_LANHOU = '浙江金华 2010 宠物摊出售懒猴(蜂猴,国家一级)以非法出售珍贵濒危野生动物罪判处拘役(浙江在线 2010-08-30)'
C_CZ19 = '河北沧州 2019 网购辐纹陆龟/豹纹陆龟被采取强制措施(报道同时指出非洲灰鹦鹉属国家一级)'
C_JN24 = '济南市农业农村局 2024 无兽药经营许可证经营兽药案(兽药管理条例 第二十二条、第五十六条)'
C_PSY = '人社部发〔2017〕68号《国家职业资格目录》心理咨询师移出目录(多家二手报道,原文未读)'
C_YT21 = '上海静安区市场监管局 2021 叶檀工作室理财课广告暗示保证收益 违反广告法第二十五条 罚款16万'
C_WZ16 = '温州市市场监管局 2016 投资理财类违法广告十起案例(广告法第二十五条)'
C_HZ21 = '杭州市场监管 2021 组织“吃货福利群”刷好评企业突击检查(中国消费者报)'
C_MT17 = '美团旅行 2017 “雷霆行动”清退16家刷单酒店(平台处置,非行政处罚)'
C_CD = '成都市场监管 校外培训专项整治(格式条款“概不退费”、虚构原价;中国消费者报)'
NOCASE = '未找到同类公开案例'

# ---------------------------------------------------------------- companies (codes by arithmetic, status by hand)
PLAT = '91330100MA27WJ011R'
REGISTRY.append((PLAT, '杭州网剑网络科技有限公司', '存续'))
XB = uscc('91', '420106', 'MA4KX7B2'); REGISTRY.append((XB, '武汉学霸通教育科技有限公司', '存续'))
MC = uscc('91', '510107', 'MA6CQ83N'); REGISTRY.append((MC, '成都萌宠家宠物用品有限公司', '存续'))
JP = uscc('91', '410105', 'MA9G2L6T'); REGISTRY.append((JP, '郑州金牌管家家政服务有限公司', '存续'))
YX = uscc('91', '110105', 'MA01RK4C'); REGISTRY.append((YX, '北京天下游学教育咨询有限公司', '存续'))
LT = uscc('91', '460200', 'MA5T8N1H'); REGISTRY.append((LT, '三亚椰风物业服务有限公司', '存续'))   # shown by another name
FJ = uscc('91', '350206', 'MA2XF5D8'); REGISTRY.append((FJ, '厦门佛具轩工艺品有限公司', '存续'))
AX = uscc('91', '440300', 'MA5H6P2Y'); REGISTRY.append((AX, '深圳安心财商教育咨询有限公司', '存续'))
YS_OK = uscc('91', '430111', 'MA4T2R9K'); YS_BAD = uscc('91', '430111', 'MA4T2R9K', broken=True)
REGISTRY.append((YS_OK, '长沙永思殡仪服务有限公司', '存续'))
QZ = uscc('91', '440106', 'MA9Y3C7W'); REGISTRY.append((QZ, '广州求职帮人力资源服务有限公司', '存续'))
KZ = uscc('91', '130102', 'MA0D4E6J'); REGISTRY.append((KZ, '石家庄考证之家企业管理咨询有限公司', '吊销'))
CQ = uscc('92', '440604', 'MA55KB8L'); REGISTRY.append((CQ, '佛山市禅城区宠趣活体宠物店', '存续'))
HY = uscc('91', '330103', 'MA27L9Q4'); REGISTRY.append((HY, '杭州航韵国际旅行社有限公司', '存续'))
SX = uscc('91', '320102', 'MA1WP6T3'); REGISTRY.append((SX, '南京书香教材图书有限公司', '存续'))
SX_OTHER = uscc('91', '320102', 'MA1YB2K8'); REGISTRY.append((SX_OTHER, '南京书香文化传媒有限公司', '存续'))
SA_OK = regno('34010400023456'); SA_BAD = regno('34010400023456', broken=True)
REGISTRY.append((SA_OK, '合肥上岸公考培训学校有限公司', '存续'))
XH = regno('35030260012345'); REGISTRY.append((XH, '莆田市城厢区香火佛具店', '存续'))
# holdout companies
MW = uscc('91', '370203', 'MA3CW5R7'); REGISTRY.append((MW, '青岛喵汪宠粮有限公司', '存续'))
HU = uscc('91', '350104', 'MA8RT2U6'); REGISTRY.append((HU, '福州环宇留学签证咨询有限公司', '存续'))
AY_OK = uscc('91', '530112', 'MA6K8N3X'); AY_BAD = uscc('91', '530112', 'MA6K8N3X', broken=True)
REGISTRY.append((AY_OK, '昆明安园陵园管理有限公司', '存续'))
ZT = uscc('91', '310106', 'MA1JH5R2'); REGISTRY.append((ZT, '上海职通人力资源有限公司', '存续'))
CF = uscc('91', '330108', 'MA2KJ4W7'); REGISTRY.append((CF, '杭州财富课堂文化传播有限公司', '经营异常'))
XW = uscc('91', '410102', 'MA45QW8E'); REGISTRY.append((XW, '郑州小吴教育咨询有限公司', '存续'))


def elic(code, n, tw=False):
    """An electronic business-licence display link (zzlz.gsxt.gov.cn) whose serial starts with `code`."""
    return ('<a class="elicense" href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1000%08d&amp;signData=MEUCIQDx%d">'
            '<img src="/img/gsxt_badge.png" alt="%s"></a>' % (code, n, n, '電子營業執照亮照標識' if tw else '电子营业执照亮照标识'))


def icp_footer(icp, gongan, company, extra=''):
    return ('<footer class="site-foot"><p>Copyright 2026 %s 版权所有 %s</p><p><a href="https://beian.miit.gov.cn/" target="_blank">%s</a>'
            '%s</p></footer>' % (company, extra, icp, ('　' + gongan) if gongan else ''))


# ================================================================ MAIN
# ---- S1 mall shop xueba-kaoshi: exam coaching (UTF-8)
XB_LIC = f'<div class="shop-license">店铺资质：武汉学霸通教育科技有限公司 ｜ 统一社会信用代码：{XB} ｜ <a href="/shop/xueba-kaoshi/license">查看营业执照</a></div>'
P('main', 'xueba-home', M + '/shop/xueba-kaoshi/', 'utf-8', False, mall_shop('xueba-kaoshi', '学霸通考试辅导', f'''
<header class="shop-head"><h1 class="shop-name">学霸通考试辅导</h1>
<span class="badge mall-mark" title="网剑商城认证店铺">商城认证</span></header>
<section class="banner"><h2>教资 · 四六级 · 考研政治 · 一建二建</h2>
<p>小班直播 + 1:1私教答疑，老师微信一对一批改作文</p>
<p>配套高仿真模拟机考系统：界面、计时、交卷流程与官方机考一致，考前练熟不慌</p></section>
<ul class="goods-list">
<li><a href="{M}/item/40101.html">2027上半年 教师资格证 笔试全程班</a> ¥398</li>
<li><a href="{M}/item/40102.html">四六级 冲刺密训</a> ¥99</li>
<li><a href="{M}/item/40103.html">近十年真题PDF电子版</a> ¥19.9</li></ul>
<p class="notice">温馨提示：考试结果取决于个人复习，本店不承诺包过，也不出售任何考试答案。</p>
{XB_LIC}'''), '-',
  'trap: 1:1私教 is one-to-one tutoring and 高仿真模拟机考 is a simulated exam interface, not copies of branded goods '
  '(商标法 第五十七条 needs infringing goods); 包过 appears only in a negation (不承诺包过), which is what 广告法 第二十四条 asks for. '
  'Mark and licence displayed. ' + NOCASE + ' (trap)')

P('main', 'xueba-jiaozi', M + '/item/40101.html', 'utf-8', False, mall_item('xueba-kaoshi', '教师资格证笔试全程班', f'''
<h1 class="goods-title">【包过班】2027上半年 教师资格证笔试 科目一二三 全程班</h1>
<div class="price-box"><span class="price-now">现价：¥398</span> <del class="price-orig">原价：¥1980</del> <em>限时2折</em></div>
<ul class="selling-points"><li>押题命中率高，跟着刷题考试稳过</li>
<li>签约保障：一次不过全额退费，第二年免费重读，<b>包 过 包 拿 证</b></li>
<li>赠送：历年真题解析、结构化面试模板</li></ul>
<p>学员 2.3万+ 已报名</p>'''), 'FAKE_ORIGINAL_PRICE,FALSE_CLAIM',
  'FALSE_CLAIM: 包过班 / 包过包拿证 / 考试稳过 are guaranteed outcomes of an exam course, banned by 广告法 第二十四条第一项 '
  '(对升学、通过考试、获得学位学历或者合格证书作出保证性承诺) and false under 第二十八条; case: ' + C_HXT + '. '
  'FAKE_ORIGINAL_PRICE: 原价¥1980 while the same item sold at ¥398 three days before (history capture); '
  '明码标价和禁止价格欺诈规定 第十六条; case: ' + C_SAMR21 + '.',
  history=[('xueba-jiaozi-d3', 3, mall_item('xueba-kaoshi', '教师资格证笔试全程班', '''
<h1 class="goods-title">2027上半年 教师资格证笔试 科目一二三 全程班</h1>
<div class="price-box"><span class="price-now">¥398</span></div>
<p>学员 2.1万+ 已报名</p>'''))])

P('main', 'xueba-cet', M + '/item/40102.html', 'utf-8', False, mall_item('xueba-kaoshi', '四六级冲刺密训', f'''
<h1 class="goods-title">四六级冲刺密训｜考中“同步资料”服务</h1>
<div class="price-box"><span class="price-now">¥99</span></div>
<h3>服务说明</h3>
<p>开考后30分钟内发“同步资料”（听力+选择答案），考场内看手表即可，<b>考中发</b>，只限老客户。</p>
<p>拍下后联系客服拉群，群内禁止截图外传。</p>
<h3>售后</h3>
<p>收到资料后 五星好评 + 15字 + 3张图，截图发客服，<b>返10元红包</b>！追评再返5元～</p>
<img src="/img/cet-haoping.jpg" alt="好评返现10元 截图找客服">'''), 'PROHIBITED_GOODS,REVIEW_INDUCEMENT',
  'PROHIBITED_GOODS: sells answers to a national exam during the exam (“同步资料”, 考中发) — 刑法 第二百八十四条之一 '
  '(非法出售、提供试题、答案罪); case: ' + C_ZY17 + '. REVIEW_INDUCEMENT: 五星好评+截图 返10元红包 — money for a '
  'positive review, 电子商务法 第十七条 and 网络交易监督管理办法 (recalled, not read); case: ' + C_HZ21 + '.')

P('main', 'xueba-pdf', M + '/item/40103.html', 'utf-8', False, mall_item('xueba-kaoshi', '近十年真题PDF电子版', f'''
<h1 class="goods-title">近十年 教资/四六级 真题+解析 PDF电子版（网盘发货）</h1>
<div class="price-box"><span class="price-now">¥19.9</span></div>
<p>发货方式：付款后自动发送网盘链接，可直接下载打印。</p>
<div class="after-sale"><h4>退换说明</h4>
<p>本商品为在线下载的数字化商品，依据《消费者权益保护法》第二十五条第一款第（三）项，链接发送并下载后不适用七日无理由退货；
未下载前可申请全额退款。资料内容有误可联系客服补发更正版。</p></div>'''), '-',
  'trap: a downloaded PDF is a 在线下载的数字化商品, one of the statutory exemptions of 消费者权益保护法 第二十五条第一款第（三）项, '
  'and the shop still refunds before download. ' + NOCASE + ' (trap)')

P('main', 'xueba-chengxin', M + '/shop/xueba-kaoshi/notice', 'utf-8', False, mall_item('xueba-kaoshi', '诚信应考公告', f'''
<h1>诚信应考 · 本店公告</h1>
<p>近期有买家私信询问“考中答案”“隐形耳机”“橡皮擦接收器”。根据《刑法》第二百八十四条之一，组织考试作弊、非法出售或提供试题答案均属犯罪；
本店<b>不出售</b>任何考试答案、作弊设备，也不提供“替考”服务。发现类似广告请向 12315 或公安机关举报。</p>
<p>同样，本店不做“好评返现”，评价请如实填写。</p>'''), '-',
  'trap: a shop notice that names cheating devices and answers only to say it does not sell them, and refuses paid reviews; '
  'quoting 刑法 第二百八十四条之一 is lawful. ' + NOCASE + ' (trap)')

# ---- S2 mall shop mengchong-jia: pet food and pet medicine (GBK)
MC_LIC = f'<div class="shop-license">营业执照：成都萌宠家宠物用品有限公司　统一社会信用代码：{MC}</div>'
P('main', 'mengchong-home', M + '/shop/mengchong-jia/', 'gbk', False, mall_shop('mengchong-jia', '萌宠家宠物生活馆', f'''
<header class="shop-head"><h1 class="shop-name">萌宠家宠物生活馆</h1>
<span class="badge shop-auth">官方认证旗舰店</span><span class="badge">7年老店</span></header>
<section class="banner"><p>猫粮狗粮 · 驱虫保健 · 出行用品　成都仓当日发货</p></section>
<ul class="goods-list"><li><a href="{M}/item/40201.html">萌宠家 全价冻干猫粮 2kg</a></li>
<li>体内外驱虫</li><li><a href="{M}/item/40203.html">皮质项圈</a></li></ul>
{MC_LIC}''', meta=META_GBK), 'MARK_MISSING',
  'MARK_MISSING: a platform shop home page with no element carrying the class token mall-mark; the shop\'s own '
  '“官方认证旗舰店” badge is not the platform\'s mark (seed: 平台为网店亮标). Licence displayed. ' + NOCASE + '.')

P('main', 'mengchong-liangshi', M + '/item/40201.html', 'gbk', False, mall_item('mengchong-jia', '全价冻干猫粮', f'''
<h1 class="goods-title">萌宠家 全价冻干双拼猫粮 2kg　中国驰名商标</h1>
<div class="price-box"><span class="price-now">￥129</span></div>
<table class="param"><tr><th>品牌荣誉</th><td>国家免检产品 · 中国驰名商标</td></tr>
<tr><th>功效</th><td>添加“藓立停”配方，连吃两周治猫藓、根治软便泪痕，告别耳螨</td></tr>
<tr><th>饲料标签</th><td>宠物饲料 · 执行标准 GB/T 31216</td></tr></table>''', meta=META_GBK), 'FALSE_CLAIM,FALSE_HONOUR,WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: 中国驰名商标 in the title of a listing, 商标法 第十四条第五款. FALSE_CLAIM: a pet feed claimed to cure '
  'ringworm and ear mites (治猫藓、根治) — disease treatment for a non-drug, 广告法 第二十八条 and 宠物饲料管理办法 (feed labels may not '
  'claim prevention or treatment; recalled, not read). FALSE_HONOUR: 国家免检产品 — the 免检 scheme was abolished in 2008, so the honour '
  'cannot be true. ' + NOCASE + ' for pet feed.')

P('main', 'mengchong-yimiao', M + '/item/40202.html', 'gbk', False, mall_item('mengchong-jia', '进口犬八联疫苗', f'''
<h1 class="goods-title">港版 进口 犬八联 卫佳捌 幼犬疫苗 自己在家打 送针管</h1>
<div class="price-box"><span class="price-now">￥68/支</span></div>
<p>香港带回 原装进口，冷链顺丰，比宠物医院便宜一大半！</p>
<p>教程：颈背部皮下注射，21天后打第二针，狂犬疫苗另拍。</p>
<p class="small">本品为兽用生物制品，请放冰箱2-8℃保存。</p>''', meta=META_GBK), 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: an unregistered imported veterinary vaccine (港版, “香港带回”) sold online for self-injection — 兽药管理条例 '
  '第四十七条 (未经批准进口的兽药按假兽药处理) and 兽用生物制品经营管理办法 (vaccines only through licensed channels); case '
  'of the kind: ' + C_JN24 + '.')

P('main', 'mengchong-xiangquan', M + '/item/40203.html', 'gbk', False, mall_item('mengchong-jia', '大牌同款皮质项圈', f'''
<h1 class="goods-title">H家 大牌同款 狗狗皮质项圈 1:1复刻 原版五金 超Ａ品质</h1>
<div class="price-box"><span class="price-now">￥89</span></div>
<p>专柜品质，logo 扣 跟正品一模一样，遛狗超有面子！</p>
<div class="after-sale"><p>特别说明：本店饰品类商品 <b>不支持七天无理由退货</b>，拍下即视为同意。</p></div>''', meta=META_GBK),
  'COUNTERFEIT_TERM,RETURN_REFUSED',
  'COUNTERFEIT_TERM: 1:1复刻 / 超Ａ (full-width A) / logo 跟正品一模一样 for a branded collar — sale of goods infringing a registered '
  'mark, 商标法 第五十七条. RETURN_REFUSED: a pet collar is none of the goods exempted by 消费者权益保护法 第二十五条, and 拍下即视为同意 is '
  'not the purchase-time confirmation the law requires. ' + NOCASE + '.')

P('main', 'mengchong-baozhiqi', M + '/shop/mengchong-jia/faq', 'gbk', False, mall_item('mengchong-jia', '售后与喂养问答', f'''
<h1>售后与喂养问答</h1>
<dl><dt>猫粮开封后多久吃完？</dt><dd>开封后请密封避光，最佳赏味期为开封后30天内。</dd>
<dt>可以七天无理由退货吗？</dt><dd>可以。未拆封的主粮、零食、用品均支持七天无理由退货；已开封的粮食因无法二次销售，按平台规则协商处理。</dd>
<dt>猫咪软便怎么办？</dt><dd>换粮请七天过渡。持续软便、呕吐请及时就医，宠物食品不能代替药物治疗。</dd></dl>''', meta=META_GBK), '-',
  'trap: 最佳赏味期 is a storage tip (SAMR 2023 guidance on 绝对化用语 exempts such tips), the shop supports 七天无理由 for sealed goods, '
  'and the only health text says food does not replace treatment. ' + NOCASE + ' (trap)')

# ---- S3 independent site jinpai-jiazheng: housekeeping (GBK)
JP_FOOT = icp_footer('豫ICP备2021018736号-1', '豫公网安备 41010502004567号', '郑州金牌管家家政服务有限公司',
                     f'统一社会信用代码：{JP}')
P('main', 'jinpai-home', 'https://www.jinpai-jiazheng.com/', 'gbk', False, shell('金牌管家家政 - 月嫂 育儿嫂 保洁 郑州', f'''
<div class="top-nav">首页 | 月嫂 | 育儿嫂 | 保洁 | 阿姨招聘 | 关于我们</div>
<div class="hero"><h1>金牌管家 · 郑州家政 驰 名 商 标</h1>
<p>国家级金牌月嫂团队，全市最专业的母婴护理，服务家庭超过3万户</p></div>
<div class="about"><img src="/upload/yyzz.jpg" alt="营业执照"><p>郑州金牌管家家政服务有限公司 · 服务热线 0371-6588 2266</p></div>
{JP_FOOT}''', meta=META_GBK), 'ABSOLUTE_TERM,WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: “驰 名 商 标” (spaced) in the home-page slogan, 商标法 第十四条第五款. ABSOLUTE_TERM: 国家级金牌月嫂 and 全市最专业 '
  'are unprovable superlatives, 广告法 第九条第三项 (国家级 is no state title here: no state scheme awards “金牌月嫂”). '
  'ICP filing and licence (code + image) displayed. ' + NOCASE + '.')

P('main', 'jinpai-yuesao', 'https://www.jinpai-jiazheng.com/yuesao/', 'gbk', False, shell('月嫂服务 - 金牌管家家政', f'''
<h1>26天金牌月嫂套餐</h1>
<table class="price"><tr><th>级别</th><th>价格</th></tr><tr><td>三星月嫂</td><td>9800元/26天</td></tr>
<tr><td>五星月嫂</td><td>13800元/26天</td></tr></table>
<div class="promo"><h3>下户福利</h3><p>服务结束后在美团/大众点评给阿姨打 五分好评 + 晒图，凭截图 <b>立返100元现金</b>，
好评写满50字再送一次上门保洁。</p></div>
{JP_FOOT}''', meta=META_GBK), 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: 五分好评+晒图 立返100元现金 and a free cleaning for a 50-character good review — payment for positive reviews, '
  '电子商务法 第十七条 and 网络交易监督管理办法 (recalled, not read); case: ' + C_HZ21 + '.')

P('main', 'jinpai-zhaopin', 'https://www.jinpai-jiazheng.com/zhaopin/', 'gbk', False, shell('阿姨招聘 - 金牌管家家政', f'''
<h1>阿姨招聘（长期有效）</h1>
<p>岗位：住家保姆、育儿嫂、钟点工。要求：持健康证，45-55岁，能吃苦；入职需提供身份证、健康证及原单位离职证明。</p>
<p>本公司 2023年度 被郑州市金水区商务局评为“家政服务业诚信示范单位”（金商务〔2023〕17号）。</p>
<h3>服务退订说明</h3><p>上门保洁、月嫂属于服务，不适用网购商品的七日无理由退货；阿姨上门前取消全额退款，上门后按实际服务天数结算。</p>
{JP_FOOT}''', meta=META_GBK), '-',
  'trap: 原单位离职证明 contains the look-alike 原单 inside 原单位; the honour is a dated local award with issuer and document number '
  '(a real kind of award; the number is invented for the corpus); the refund rule is for a service, which 消费者权益保护法 第二十五条 '
  '(商品) does not cover, and it is fair. ' + NOCASE + ' (trap)')

# ---- S4 independent site tianxia-youxue: study abroad and visas (UTF-8 with BOM)
YX_FOOT = icp_footer('京ICP备12345678号', '', '北京天下游学教育咨询有限公司', f'营业执照 统一社会信用代码 {YX}')
P('main', 'youxue-home', 'https://www.tianxia-youxue.cn/', 'utf-8', True, shell('天下游学 - 留学申请 签证办理', f'''
<nav>首页 · 英美澳留学 · 签证中心 · 游学营 · 成功案例</nav>
<section class="hero"><h1>天下游学：留学申请业内第一品牌</h1><p>15年专注名校申请，顾问团队全部来自海归硕博</p></section>
<section class="cases"><h2>2026录取喜报</h2><ul><li>张同学 · 伦敦大学学院 · 教育学硕士</li><li>李同学 · 悉尼大学 · 会计硕士</li></ul></section>
{YX_FOOT}'''), 'ABSOLUTE_TERM,ICP_INVALID',
  'ICP_INVALID: 京ICP备12345678号 is the placeholder number, not a filing (互联网信息服务管理办法 第十二条; DOMAIN.md placeholder list). '
  'ABSOLUTE_TERM: 业内第一品牌 is an unprovable superlative, 广告法 第九条第三项. Licence code displayed and valid. ' + NOCASE + '.')

P('main', 'youxue-qianzheng', 'https://www.tianxia-youxue.cn/visa/', 'utf-8', True, shell('签证中心 - 天下游学', f'''
<h1>英国/申根/美国 旅游签证 一站式办理</h1>
<ol><li>资料不全？没关系——<b>在职证明、收入证明、银行流水</b>均可代做，加盖公章，流水余额可按要求做到5万-50万。</li>
<li>“拒签全退”：<b>包出签</b>，出签率100%。</li>
<li>加急：最快5个工作日出签。</li></ol>
<p>价格：申根 1280元起（不含使馆签证费）</p>
{YX_FOOT}'''), 'FALSE_CLAIM,PROHIBITED_GOODS',
  'PROHIBITED_GOODS: offers forged employment/income certificates with company seals and fabricated bank statements — 伪造公司、企业印章 '
  '(刑法 第二百八十条第二款) and fabricated documents for a visa file, a forged-document service that may not be sold; case of the kind: ' + C_TY23 + '. '
  'FALSE_CLAIM: 包出签 / 出签率100% guarantees a consulate\'s decision — false, 广告法 第二十八条. ')

P('main', 'youxue-liuxue', 'https://www.tianxia-youxue.cn/apply/', 'utf-8', True, shell('名校申请 - 天下游学', f'''
<h1>英美澳 Top30 名校申请 VIP 套餐</h1>
<p>一对一文书，导师内推通道，<b>保录取</b>：未获 Top30 offer 全额退款。</p>
<p>GPA 2.8 也能冲 G5，背景不限，语言可免考。</p>
<p>服务费：48000元（分三期支付）</p>
{YX_FOOT}'''), 'FALSE_CLAIM',
  'FALSE_CLAIM: 保录取 / 未获offer全额退款 / 背景不限 — a guaranteed admission, 广告法 第二十四条第一项 and 第二十八条; case: ' + C_HXT +
  ' (“本硕直录”“全球顶尖名校包过”).')

# ---- S5 mall shop lvtu-jiudian: hotel, tickets, travel gear (UTF-8); licence shown under another company's code
LT_LIC = f'<div class="shop-license">经营者：三亚蓝湾旅途酒店管理有限公司　统一社会信用代码：{LT}</div>'
P('main', 'lvtu-home', M + '/shop/lvtu-jiudian/', 'utf-8', False, mall_shop('lvtu-jiudian', '蓝湾旅途 酒店·门票', f'''
<header class="shop-head"><h1 class="shop-name">蓝湾旅途 酒店·门票·出行</h1><span class="mall-mark">网剑认证</span></header>
<section class="banner"><h2>三亚海棠湾 七星级海景度假酒店</h2><p>私人管家 · 无边泳池 · 海景套房限时特惠</p></section>
<ul class="goods-list"><li><a href="{M}/item/40501.html">蜈支洲岛 成人门票</a></li><li><a href="{M}/item/40502.html">出行铝镁合金拉杆箱</a></li>
<li><a href="{M}/item/40503.html">海景大床房</a></li></ul>
{LT_LIC}'''), 'FALSE_HONOUR,LICENSE_MISMATCH',
  'LICENSE_MISMATCH: the displayed code is valid but the registry gives it to 三亚椰风物业服务有限公司, not the shop\'s 三亚蓝湾旅途酒店管理有限公司 '
  '(电子商务法 第十五条: the licence shown must be the operator\'s own). FALSE_HONOUR: 七星级 — the national star rating '
  '(GB/T 14308 旅游饭店星级的划分与评定) stops at five stars (白金五星), so a seven-star rating cannot be true, 广告法 第二十八条. ' + NOCASE + '.')

P('main', 'lvtu-menpiao', M + '/item/40501.html', 'utf-8', False, mall_item('lvtu-jiudian', '蜈支洲岛成人门票', f'''
<h1 class="goods-title">三亚蜈支洲岛 成人门票（含登岛船票） 电子票 扫码入园</h1>
<div class="price-box"><del>划线价 ¥280</del> <strong class="price-now">到手价 ¥168</strong></div>
<p>游玩后到本店评价页打 5 星，截图私信客服，<b>好评返 20 元</b>（限本人账号）。</p>'''), 'FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT',
  'FAKE_ORIGINAL_PRICE: 划线价 ¥280 while the ticket sold at ¥158 five days before (history capture), 明码标价和禁止价格欺诈规定 第十六条; '
  'case: ' + C_SAMR21 + '. REVIEW_INDUCEMENT: 5星截图 好评返20元, 电子商务法 第十七条; case: ' + C_MT17 + '.',
  history=[('lvtu-menpiao-d5', 5, mall_item('lvtu-jiudian', '蜈支洲岛成人门票', '''
<h1 class="goods-title">三亚蜈支洲岛 成人门票（含登岛船票） 电子票</h1>
<div class="price-box"><strong class="price-now">¥158</strong></div>'''))])

P('main', 'lvtu-xiangzi', M + '/item/40502.html', 'utf-8', False, mall_item('lvtu-jiudian', '出行拉杆箱', f'''
<h1 class="goods-title">R家 日默瓦同款 铝镁合金拉杆箱 20寸 高*仿 专柜原版开模</h1>
<div class="price-box"><strong class="price-now">¥699</strong></div>
<p>对比正品：凹槽、轮子、拉杆手感 1比1，送防尘袋和礼盒。</p>'''), 'COUNTERFEIT_TERM',
  'COUNTERFEIT_TERM: 高*仿 (asterisk obfuscation), 1比1 and 专柜原版开模 offered for a branded case (RIMOWA by allusion) — '
  '商标法 第五十七条. ' + NOCASE + '.')

P('main', 'lvtu-fangxing', M + '/item/40503.html', 'utf-8', False, mall_item('lvtu-jiudian', '海景大床房', f'''
<h1 class="goods-title">海棠湾 海景大床房 含双早</h1>
<div class="price-box"><strong class="price-now">¥1280/晚</strong></div>
<p>酒店为五星级旅游饭店（2021年经全国旅游星级饭店评定委员会评定）。11月至次年3月为最佳观鲸季。</p>
<p>预订须知：酒店客房为服务类预订，入住前一日18:00前可免费取消，逾期收取首晚房费。</p>'''), '-',
  'trap: 五星级 with year and issuer is a state-standard grade (GB/T 14308) — an exemption in SAMR 2023 guidance; 最佳观鲸季 is a travel tip; '
  'a hotel booking is a service, outside 消费者权益保护法 第二十五条, and the cancellation rule is stated. ' + NOCASE + ' (trap)')

# ---- S6 independent site fojuxuan: Buddhist goods, traditional script for Taiwan/HK buyers (Big5)
FJ_FOOT = ('<footer class="site-foot"><p>廈門佛具軒工藝品有限公司　統一社會信用代碼：%s</p>'
           '<p><a href="https://beian.miit.gov.cn/">閩ICP備2024號</a>　客服專線 0592-5566 789</p></footer>' % FJ)
FJ_FOOT2 = ('<footer class="site-foot"><p>廈門佛具軒工藝品有限公司　統一社會信用代碼：%s</p>'
            '<p>客服專線 0592-5566 789</p></footer>' % FJ)
P('main', 'foju-home', 'https://www.fojuxuan.com/', 'big5', False, shell('佛具軒 - 佛珠手串 佛像 香爐 法器', f'''
<div class="nav">首頁 ｜ 佛珠手串 ｜ 佛像 ｜ 香品香爐 ｜ 翡翠玉器 ｜ 關於我們</div>
<div class="hero"><h1>佛具軒 · 廈門工坊直營</h1><p>手工佛珠、銅鎏金佛像、沉香線香，兩岸直郵</p></div>
<ul class="cat"><li><a href="/p/shouchuan-108.html">小葉紫檀 108顆 手串</a></li><li><a href="/p/feicui-guanyin.html">翡翠觀音吊墜</a></li></ul>
{FJ_FOOT}''', meta=META_BIG5, lang='zh-TW'), 'ICP_INVALID',
  'ICP_INVALID: 閩ICP備2024號 has four digits, not the 8-digit (or year-prefixed 10-digit) filing number — malformed, '
  '互联网信息服务管理办法 第十二条. Licence code displayed (traditional label 統一社會信用代碼) and valid. ' + NOCASE + '.')

P('main', 'foju-shouchuan', 'https://www.fojuxuan.com/p/shouchuan-108.html', 'big5', False, shell('小葉紫檀108顆手串 - 佛具軒', f'''
<h1>印度小葉紫檀 108顆 手串（寺院開光）</h1>
<p class="price">NT$ 2,680 ／ ¥598</p>
<h3>功效</h3>
<ul><li>開光加持，戴上一週<b>治失眠、降血壓</b>，長期佩戴頸椎病、關節痛自然好轉</li><li>招財轉運，保平安</li></ul>
<img src="/img/zitan.jpg" alt="小葉紫檀手串 降三高 安神助眠">
{FJ_FOOT2}''', meta=META_BIG5, lang='zh-TW'), 'FALSE_CLAIM',
  'FALSE_CLAIM: a bead bracelet claimed to cure insomnia, lower blood pressure and heal cervical spondylosis (also in the alt text: 降三高) '
  '— disease claims for a non-medical good, 广告法 第十七条 and 第二十八条. 招財轉運 alone would be a belief statement and was not the '
  'reason. ' + NOCASE + ' (online religious goods with medical claims).')

P('main', 'foju-feicui', 'https://www.fojuxuan.com/p/feicui-guanyin.html', 'big5', False, shell('翡翠觀音吊墜 - 佛具軒', f'''
<h1>緬甸天然翡翠 觀音吊墜 A貨 附國檢證書</h1>
<p class="price">¥3,800</p>
<p>A貨＝天然翡翠，未經酸洗充膠（B貨）、未染色（C貨）。每件附國家珠寶玉石質量監督檢驗中心（NGTC）證書，可掃碼查驗。</p>
<p>本店承諾：評價一律真實，不以返現、贈品換取好評。</p>
{FJ_FOOT2}''', meta=META_BIG5, lang='zh-TW'), '-',
  'trap: in the jade trade “A貨” means untreated natural jadeite (B貨 = acid-bleached and filled, C貨 = dyed), the opposite of a '
  'counterfeit; an NGTC certificate backs it; the shop refuses paid reviews. ' + NOCASE + ' (trap)')

P('main', 'foju-guanyu', 'https://www.fojuxuan.com/about.html', 'big5', False, shell('關於我們 - 佛具軒', f'''
<h1>關於佛具軒</h1>
<p>2012年創立於廈門，專做手工佛具。2019年獲廈門市工藝美術協會「優秀會員單位」（廈工美協〔2019〕8號）。</p>
<p>營業執照：廈門佛具軒工藝品有限公司<br>統一社會信用代碼：{fullwidth(FJ)}</p>
<p>退換：一般商品支持七天無理由退貨；客製刻字佛牌屬定作商品，不適用。</p>
{FJ_FOOT2}''', meta=META_BIG5, lang='zh-TW'), '-',
  'trap: a dated association award with issuer; the valid licence code shown again in full-width digits (same number); returns are '
  'supported except engraved custom plaques, a 定作 exemption of 消费者权益保护法 第二十五条第一款第（一）项. ' + NOCASE + ' (trap)')

# ---- S7 mall shop anxin-licai: insurance and wealth courses (GB18030; lecturer 刘䶮 needs GB18030)
P('main', 'anxin-home', M + '/shop/anxin-licai/', 'gb18030', False, mall_shop('anxin-licai', '安心财商学堂', f'''
<header class="shop-head"><h1 class="shop-name">安心财商学堂</h1><span class="mall-mark">网剑认证</span></header>
<section class="banner"><h2>全网第一财商导师 刘䶮 亲授</h2><p>保险配置 · 基金定投 · 家庭资产规划 线上课</p></section>
<ul class="goods-list"><li><a href="{M}/item/40701.html">21天 理财训练营</a></li><li><a href="{M}/item/40702.html">保险避坑指南（免费）</a></li></ul>
<p class="contact">客服微信：anxin-caishang（工作日 9:00-18:00）</p>''', meta=META_18030), 'ABSOLUTE_TERM,LICENSE_MISSING',
  'LICENSE_MISSING: the shop home shows no licence code, image, licence link, e-licence badge or 第十条 statement; the platform footer '
  'is the operator\'s, not the shop\'s (电子商务法 第十五条、第七十六条). ABSOLUTE_TERM: 全网第一财商导师, 广告法 第九条第三项 (finance claims '
  'are never minor). ' + NOCASE + '.')

P('main', 'anxin-ke', M + '/item/40701.html', 'gb18030', False, mall_item('anxin-licai', '21天稳赚理财训练营', f'''
<h1 class="goods-title">21天 稳赚理财训练营｜主讲 刘䶮</h1>
<div class="price-box"><span class="price-now">¥199</span></div>
<ul><li>跟着老师操作，<b>稳赚不赔</b>，保本保息，年化收益18%起</li>
<li>学员平均3个月回本，“躺赚”被动收入</li><li>结营送：内部荐股群 90天</li></ul>''', meta=META_18030), 'FALSE_CLAIM',
  'FALSE_CLAIM: 稳赚不赔 / 保本保息 / 年化18%起 — a promise of return in an investment-education ad, 广告法 第二十五条第一项 (对未来效果、'
  '收益或者与其相关的情况作出保证性承诺); case: ' + C_YT21 + '; also ' + C_WZ16 + '.')

P('main', 'anxin-baoxian', M + '/item/40702.html', 'gb18030', False, mall_item('anxin-licai', '保险避坑指南', f'''
<h1 class="goods-title">保险避坑指南（免费直播回放）｜刘䶮</h1>
<h3>第3讲 读懂条款</h3>
<p>“保证续保”是条款用语：在保证续保期间内，保险公司不得因被保险人健康状况变化拒绝续保。看条款里写的是否“保证续保”，别只听销售说“可以续保”。</p>
<p>本计划最高保额100万元（以条款为准）。</p>
<p>提醒：广告里写“驰名商标”是违法的，《商标法》第十四条第五款禁止在广告中使用“驰名商标”字样；保险产品也不得承诺收益。</p>
<p>本课程为保险知识科普，不构成投资建议，理财有风险。</p>''', meta=META_18030), '-',
  'trap: 保证续保 is a defined contract term of health insurance, 最高保额100万元 is a factual policy limit, and 驰名商标 appears in a '
  'sentence quoting 商标法 第十四条第五款 as a warning — none is a claim for the seller. Risk warning present. ' + NOCASE + ' (trap)')

# ---- S8 independent site yongsi-binyi: funeral goods and services (GBK); invalid licence code on the home page
YS_FOOT = icp_footer('湘ICP备2020005671号-1', '湘公网安备 43011102000876号', '长沙永思殡仪服务有限公司')
P('main', 'yongsi-home', 'https://www.yongsi-binyi.com/', 'gbk', False, shell('永思殡仪 - 长沙殡葬一条龙 寿衣 骨灰盒', f'''
<div class="nav">首页 | 一条龙服务 | 寿衣 | 骨灰盒 | 祭祀用品 | 联系我们</div>
<div class="hero"><h1>永思殡仪 · 24小时服务热线 0731-8888 4120</h1><p>白事一条龙，明码标价，不乱收费</p></div>
<div class="license"><p>营业执照：长沙永思殡仪服务有限公司　统一社会信用代码：{YS_BAD}</p></div>
{YS_FOOT}''', meta=META_GBK), 'LICENSE_INVALID',
  'LICENSE_INVALID: the displayed 统一社会信用代码 fails its GB 32100-2015 check character (the registry holds the correct code); a '
  'false display, 电子商务法 第十五条. ICP filing displayed. ' + NOCASE + '.')

P('main', 'yongsi-shouyi', 'https://www.yongsi-binyi.com/shouyi/', 'gbk', False, shell('寿衣 - 永思殡仪', f'''
<h1>传统寿衣七件套（男/女款）</h1>
<p>面料：真丝缎面；尺码：S-XXL，现货当天发。价格：880元/套</p>
<p class="warn">白事用品，图个吉利：<b>一经售出，概不退换，不支持7天无理由退货</b>。</p>
{YS_FOOT}''', meta=None), 'RETURN_REFUSED',
  'RETURN_REFUSED: ready-made burial clothes in stock sizes are none of the four statutory exemptions of 消费者权益保护法 第二十五条, and '
  '“概不退换” is a blanket refusal (custom does not make an exemption); case of the kind: ' + C_CD + ' (“概不退费”格式条款). '
  'Dispute foreseen: a seller may argue 商品性质; the law requires purchase-time confirmation, absent here. GBK page with no charset meta.')

P('main', 'yongsi-guhuihe', 'https://www.yongsi-binyi.com/guhuihe/', 'gbk', False, shell('骨灰盒 - 永思殡仪', f'''
<h1>檀木骨灰盒（可定制刻字、瓷像）</h1>
<p>标准款 2680元，现货未刻字商品支持七日无理由退货。</p>
<p>定制款：按您提供的姓名、生卒年月刻字并烧制瓷像，属按消费者要求定作的商品，制作开始后不适用七日无理由退货。</p>
{YS_FOOT}''', meta=META_GBK), '-',
  'trap: only engraved / photo-fired urns made to the buyer\'s order are excluded — 定作, 消费者权益保护法 第二十五条第一款第（一）项 — and '
  'stock urns are returnable. ' + NOCASE + ' (trap)')

# ---- S9 mall shop qiuzhi-bang: recruitment agency (UTF-8); licence only inside a hidden block
P('main', 'qiuzhi-home', M + '/shop/qiuzhi-bang/', 'utf-8', False, mall_shop('qiuzhi-bang', '求职帮', f'''
<header class="shop-head"><h1 class="shop-name">求职帮 · 简历 面试 内推</h1><span class="badge mall-mark">网剑认证</span></header>
<section class="banner"><p>简历精修 · 模拟面试 · 名企内推通道</p></section>
<ul class="goods-list"><li><a href="{M}/item/40901.html">央国企内推 VIP</a></li><li><a href="{M}/item/40902.html">求职防骗指南</a></li></ul>
<div class="shop-license" style="display:none">营业执照：广州求职帮人力资源服务有限公司 统一社会信用代码：{QZ}</div>'''),
  'LICENSE_MISSING',
  'LICENSE_MISSING: the licence block is inside display:none, so nothing is displayed to the visitor; 电子商务法 第十五条 asks for 持续公示 '
  'in a 显著位置. ' + NOCASE + '.')

P('main', 'qiuzhi-neitui', M + '/item/40901.html', 'utf-8', False, mall_item('qiuzhi-bang', '央国企内推VIP', f'''
<h1 class="goods-title">央国企 内推VIP｜交费即安排，<b>保证入职</b></h1>
<div class="price-box"><span class="price-now">¥3800</span></div>
<p>内部名额，免笔试直通终面，<b>100%上岸</b>，入职不了全额退款。岗位：电网、烟草、银行柜员。</p>'''), 'FALSE_CLAIM',
  'FALSE_CLAIM: 保证入职 / 免笔试直通 / 100%上岸 for state-owned employers that recruit by open exams — a guaranteed outcome that cannot '
  'be true, 广告法 第二十八条; 人力资源市场暂行条例 bans false recruitment information (recalled, article not read). ' + NOCASE + ' (reports of '
  '“付费内推”骗局 exist in news; no enforcement case read).')

P('main', 'qiuzhi-fangpian', M + '/item/40902.html', 'utf-8', False, mall_item('qiuzhi-bang', '求职防骗指南', f'''
<h1 class="goods-title">求职防骗指南（免费领取）</h1>
<ol><li>正规企业招聘不收取报名费、押金；“交钱保入职”多为骗局。</li>
<li>“刷单返现”“好评返现”兼职是诈骗和违法刷单，切勿参与。</li>
<li>入职时可要求查看对方营业执照；原单位开具的离职证明请妥善保存。</li></ol>'''), '-',
  'trap: buyer advice that quotes the offences (保入职, 好评返现) to warn against them; 原单位 contains the look-alike 原单. ' + NOCASE + ' (trap)')

# ---- S10 independent site kaozheng-zhijia: certificate agency (GB18030); no ICP; licence revoked
KZ_FOOT = ('<footer class="site-foot"><p>石家庄考证之家企业管理咨询有限公司　统一社会信用代码：%s</p>'
           '<p>客服：赵𬱖 18803110000</p></footer>' % KZ)
KZ_FOOT2 = '<footer class="site-foot"><p>石家庄考证之家企业管理咨询有限公司</p><p>客服：赵𬱖 18803110000</p></footer>'
P('main', 'kaozheng-home', 'https://www.kaozheng-zhijia.com/', 'gb18030', False, shell('考证之家 - 职业资格 技能证书 报考', f'''
<div class="nav">首页 | 心理咨询师 | 电工焊工 | 健康管理师 | 证书查询</div>
<div class="hero"><h1>考证之家：一站式职业证书服务</h1><p>报名 · 培训 · 出证 · 全国联网可查</p></div>
{KZ_FOOT}''', meta=META_18030), 'ICP_MISSING,LICENSE_MISMATCH',
  'ICP_MISSING: an independent site with no ICP filing or licence number anywhere, 互联网信息服务管理办法 第十二条 / 非经营性互联网信息服务'
  '备案管理办法. LICENSE_MISMATCH: the displayed code is valid but its registry status is 吊销 — the licence shown no longer authorises '
  'business. ' + NOCASE + '.')

P('main', 'kaozheng-xinli', 'https://www.kaozheng-zhijia.com/xinli/', 'gb18030', False, shell('心理咨询师 - 考证之家', f'''
<h1>国家二级心理咨询师 2026年报名中</h1>
<p>人社部颁发《国家职业资格证书》（二级），全国通用，可挂靠，2026年12月统一出证。</p>
<p>零基础可报，学费 3980元。</p>
{KZ_FOOT2}''', meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'), 'FALSE_HONOUR',
  'FALSE_HONOUR: a 国家职业资格（二级）心理咨询师 certificate “issued by 人社部” in 2026 — the national qualification left the catalogue in '
  '2017 (' + C_PSY + '), so it cannot be true; 广告法 第二十八条, 反不正当竞争法 (2025) 第九条. GB18030 page whose meta wrongly declares '
  'iso-8859-1 (wrong charset meta).')

P('main', 'kaozheng-banzheng', 'https://www.kaozheng-zhijia.com/dianhan/', 'gb18030', False, shell('电工证焊工证 - 考证之家', f'''
<h1>电工证 · 焊工证 · 高处作业证 <b>不用考试 直接出证</b></h1>
<p>应急管理部门系统可查，“包查包验”，原版钢印，<b>高仿</b>件另有低价款（不可查）。</p>
<p>3-5个工作日快递到手，先付定金后付尾款。</p>
{KZ_FOOT2}''', meta=META_18030), 'COUNTERFEIT_TERM,PROHIBITED_GOODS',
  'PROHIBITED_GOODS: special-operation certificates issued without an exam, i.e. forged state certificates — 伪造国家机关证件 (刑法 第二百八十条); '
  'case of the kind: ' + C_HA + '. COUNTERFEIT_TERM: 高仿件 / 原版钢印 offers copies; the rule word is used by the seller itself. '
  'Dispute foreseen: 商标法 does not cover state certificates; labelled because the seller offers 高仿 copies.')

# ---- S11 mall shop chongwu-huoti: live pets (GBK)
CQ_LIC = f'<div class="shop-license"><img src="/img/cq-yyzz.jpg" alt="营业执照照片"> 个体工商户：佛山市禅城区宠趣活体宠物店　统一社会信用代码：{CQ}　动物防疫条件合格证 已公示</div>'
P('main', 'chongwu-home', M + '/shop/chongwu-huoti/', 'gbk', False, mall_shop('chongwu-huoti', '宠趣活体宠物', f'''
<header class="shop-head"><h1 class="shop-name">宠趣 · 家养猫狗</h1><span class="mall-mark">网剑认证</span></header>
<section class="banner"><p>布偶 · 英短 · 柯基 · 柴犬　家庭繁育 疫苗驱虫齐全 签协议</p>
<p>最佳接猫月龄：3个月以上，打完三针再接回家。</p></section>
<p class="notice">本店只售人工繁育的家养犬猫，不收购、不出售任何野生动物和国家重点保护动物。</p>
<ul class="goods-list"><li>布偶猫 海双</li><li>柯基 三色</li><li><a href="{M}/item/41103.html">虎皮/玄凤鹦鹉</a></li></ul>
{CQ_LIC}''', meta=META_GBK), '-',
  'trap: 最佳接猫月龄 is care advice; the notice says what the shop does not sell; mark and licence (code and image) displayed. '
  'The shop\'s other listings are judged on their own pages. ' + NOCASE + ' (trap)')

P('main', 'chongwu-lanhou', M + '/item/41101.html', 'gbk', False, mall_item('chongwu-huoti', '懒懒宝宝', f'''
<h1 class="goods-title">懒懒宝宝 大眼萌 夜行小猴 可上手 包活到家</h1>
<div class="price-box"><span class="price-now">￥4800</span></div>
<p>品种：蜂猴（俗称懒猴），吃香蕉、果泥，不吵不闹，适合公寓养。</p>
<p>私聊发视频，顺丰专车，不走快递。</p>''', meta=META_GBK), 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: a live slow loris (蜂猴, “懒懒”) sold as a pet — a 国家一级重点保护野生动物; 野生动物保护法 第二十八条 (and its ban on platforms serving such sales, article not re-read) and '
  'the network-trading ban on protected wildlife; case: ' + C_LANHOU + '.')

P('main', 'chongwu-maotouying', M + '/item/41102.html', 'gbk', False, mall_item('chongwu-huoti', '夜猫子幼崽', f'''
<h1 class="goods-title">夜猫子 幼崽 纵纹腹小鸮 手养亲人 可放飞</h1>
<div class="price-box"><span class="price-now">￥1200</span></div>
<p>山里掏的窝，刚睁眼，喂鸡胸肉。“猫头鹰”不好发货，同城自提或私聊。</p>''', meta=None), 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: a wild-taken owl chick (纵纹腹小鸮; all owls are 国家二级重点保护野生动物 in the 2021 list) — 野生动物保护法 第二十八条; '
  'case of the kind: ' + C_CZ19 + '. GBK page with no charset meta.')

P('main', 'chongwu-yingwu', M + '/item/41103.html', 'gbk', False, mall_item('chongwu-huoti', '鹦鹉', f'''
<h1 class="goods-title">人工繁育 虎皮鹦鹉 / 玄凤鹦鹉 手养小鸟</h1>
<div class="price-box"><span class="price-now">￥80 起</span></div>
<p>虎皮鹦鹉、玄凤鹦鹉不在《国家重点保护野生动物名录》内，为常见家养观赏鸟，附繁育场出具的来源证明。</p>
<p>非洲灰鹦鹉、金刚鹦鹉等属于国家重点保护物种，本店不售，请勿咨询。</p>''', meta=META_GBK), '-',
  'trap: budgerigars and cockatiels are common captive-bred pets outside the protected list; African greys are named only to say the '
  'shop does not sell them (the report in ' + C_CZ19 + ' lists 非洲灰鹦鹉 as 国家一级). (trap)')

# ---- S12 independent site hangyun-travel: travel agency (UTF-8); filing with a space; matching e-licence
HY_FOOT = icp_footer('浙ICP备 2021012345号-2', '浙公网安备 33010302003456号', '杭州航韵国际旅行社有限公司')
P('main', 'hangyun-home', 'https://www.hangyun-travel.com/', 'utf-8', False, shell('航韵国际旅行社 - 国内游 出境游 签证', f'''
<nav>首页 · 国内游 · 出境游 · 签证 · 定制游 · 退改说明</nav>
<section class="hero"><h1>航韵国旅 · 杭州</h1><p>驰名中外的西湖就在门口：西湖、千岛湖、乌镇 一日游天天发团</p></section>
<section class="qual"><p>旅行社业务经营许可证 L-ZJ-CJ00088 ｜ 营业执照 统一社会信用代码 {HY}</p>{elic(HY, 1)}</section>
{HY_FOOT}'''), '-',
  'trap: the ICP filing contains a space after 备 (real filings are printed so), the e-licence serial starts with the displayed code, '
  'and 驰名中外 describes the lake, not a 驰名商标 claim. ' + NOCASE + ' (trap)')

P('main', 'hangyun-yunnan', 'https://www.hangyun-travel.com/line/yunnan-6d.html', 'utf-8', False, shell('云南6日纯玩 - 航韵国旅', f'''
<h1>昆明 大理 丽江 6天5晚 纯玩0购物</h1>
<div class="price"><b>¥2999</b>/人起 <span class="tag">全网最低价，买贵退差</span></div>
<h3>行程第一天</h3><p>杭州萧山—昆明长水，接机入住。</p>
<div class="promo"><p>回程后在携程/同程给导游和行程打 <b>五星好评</b> 并上传3张照片，凭截图领 <b>50元返现</b>，每单限一次。</p></div>
{HY_FOOT}'''), 'ABSOLUTE_TERM,REVIEW_INDUCEMENT',
  'ABSOLUTE_TERM: 全网最低价 is an unprovable superlative, 广告法 第九条第三项 (买贵退差 does not prove it). REVIEW_INDUCEMENT: 五星好评+3张照片 '
  '领50元返现, 电子商务法 第十七条; case: ' + C_MT17 + '. 第一天 is an itinerary day, not a claim.')

P('main', 'hangyun-riben', 'https://www.hangyun-travel.com/line/japan-7d.html', 'utf-8', False, shell('日本7日赏樱 - 航韵国旅', f'''
<h1>日本本州 7天6晚 赏樱深度游（含签证）</h1>
<div class="price"><del>原价 ¥9999</del> <b>早鸟价 ¥6999</b></div>
<p>3月下旬至4月上旬为东京、京都最佳赏樱期，具体以当年开花预报为准。</p>
<p>签证由日本驻上海总领事馆审核，本社不承诺出签结果；拒签仅收取已产生的签证手续费。</p>
{HY_FOOT}'''), '-',
  'trap: the history capture 4 days before shows the line sold at ¥9999, so the 原价 equals a price of the seven days before '
  '(明码标价和禁止价格欺诈规定 第十六条); an older capture (12 days) at ¥6599 lies outside the window and the window has a sale. '
  '最佳赏樱期 is a travel tip; visa outcome explicitly not promised. ' + NOCASE + ' (trap)',
  history=[('hangyun-riben-d4', 4, shell('日本7日赏樱 - 航韵国旅', '''
<h1>日本本州 7天6晚 赏樱深度游（含签证）</h1>
<div class="price"><b>¥9999</b></div>''')),
           ('hangyun-riben-d12', 12, shell('日本7日赏樱 - 航韵国旅', '''
<h1>日本本州 7天6晚 赏樱深度游（含签证）</h1>
<div class="price"><b>¥6599</b></div>'''))])

P('main', 'hangyun-tuigai', 'https://www.hangyun-travel.com/refund.html', 'utf-8', False, shell('退改说明 - 航韵国旅', f'''
<h1>退改说明</h1>
<p>旅游服务不属于网购商品七日无理由退货的范围。依据《旅游法》第六十五条，行程开始前您可以解除合同，我社扣除已向地接社、航空公司支付且不可退还的费用后，余款退还。</p>
<p>出发前7日以上取消：扣除机票、签证实际损失；出发前6日内取消：另按合同约定比例扣除。</p>
{HY_FOOT}'''), '-',
  'trap: a package tour is a service contract governed by 旅游法 第六十五条; the refund rule follows it, and 消费者权益保护法 第二十五条 '
  '(商品) does not apply. ' + NOCASE + ' (trap)')

# ---- S13 mall shop shuxiang-jiaocai: textbooks and exam books (UTF-8 with BOM); mark pending; e-licence of another code
SX_LIC = f'<div class="shop-license">经营者：南京书香教材图书有限公司 ｜ 统一社会信用代码：{SX} ｜ {elic(SX_OTHER, 2)}</div>'
P('main', 'shuxiang-home', M + '/shop/shuxiang-jiaocai/', 'utf-8', True, mall_shop('shuxiang-jiaocai', '书香教材', f'''
<header class="shop-head"><h1 class="shop-name">书香教材 · 考研考公 专业课</h1><span class="badge mall-mark-pending">认证审核中</span></header>
<section class="banner"><p>大学教材 · 考研真题 · 公考资料 · 电子书</p></section>
<ul class="goods-list"><li><a href="{M}/item/41301.html">高数同济第八版</a></li><li><a href="{M}/item/41302.html">考研政治真题汇编</a></li>
<li><a href="{M}/item/41303.html">电子书兑换码</a></li></ul>
{SX_LIC}'''), 'LICENSE_MISMATCH,MARK_MISSING',
  'MARK_MISSING: the only badge has the class token mall-mark-pending, not mall-mark (审核中 is not a granted mark). LICENSE_MISMATCH: '
  'the electronic-licence link\'s serial begins with another company\'s code (南京书香文化传媒有限公司), not the code shown (DOMAIN.md 亮照 '
  'serial check; 市场主体登记管理条例 第二十二条). ' + NOCASE + '.')

P('main', 'shuxiang-yingyin', M + '/item/41301.html', 'utf-8', True, mall_item('shuxiang-jiaocai', '高数同济第八版', f'''
<h1 class="goods-title">高等数学 同济第八版 上下册 高清影印版 1:1复刻正版 送课后答案</h1>
<div class="price-box"><span class="price-now">¥19.8</span></div>
<p>和书店正版一模一样，封面logo、防伪标都有，价格只要三分之一。</p>'''), 'COUNTERFEIT_TERM',
  'COUNTERFEIT_TERM: 1:1复刻正版 / 影印版 with the publisher\'s logo and anti-counterfeit label — pirated copies passed off as the '
  'original; 商标法 第五十七条 (publisher logo) and 著作权法. ' + NOCASE + '.')

P('main', 'shuxiang-zhenti', M + '/item/41302.html', 'utf-8', True, mall_item('shuxiang-jiaocai', '考研政治真题汇编', f'''
<h1 class="goods-title">2027考研政治 历年真题汇编（纸质书，塑封）</h1>
<div class="price-box"><span class="price-now">¥45</span></div>
<p class="after-sale">图书类商品<b>拆封后不退不换</b>，不支持七天无理由，请确认后再拍。</p>'''), 'RETURN_REFUSED',
  'RETURN_REFUSED: a printed book is not among the 第二十五条 exemptions (the digital-goods exemption covers 音像制品、计算机软件等数字化商品 '
  'opened by the buyer, and 报纸、期刊 — not books); 消费者权益保护法 第二十五条. “请确认后再拍” cannot create an exemption: a book\'s nature '
  'fits none of the categories of 网络购买商品七日无理由退货暂行办法 第七条 (recalled). ' + NOCASE + '.')

P('main', 'shuxiang-dianzi', M + '/item/41303.html', 'utf-8', True, mall_item('shuxiang-jiaocai', '电子书兑换码', f'''
<h1 class="goods-title">考研英语 电子书 兑换码（自动发货）</h1>
<div class="price-box"><del>原价 ¥59</del> <span class="price-now">¥39</span></div>
<p>兑换码一经兑换即绑定账号，属在线下载的数字化商品，兑换后不适用七日无理由退货；未兑换可退。</p>'''), '-',
  'trap: the 原价 ¥59 equals the price captured 6 days before (inside the 7-day window), so it is not above the lowest price of the '
  'window; the 12-day capture at ¥29 lies outside it (明码标价和禁止价格欺诈规定 第十六条). The refusal is for redeemed digital goods, '
  '第二十五条第一款第（三）项. ' + NOCASE + ' (trap)',
  history=[('shuxiang-dianzi-d6', 6, mall_item('shuxiang-jiaocai', '电子书兑换码', '''
<h1 class="goods-title">考研英语 电子书 兑换码（自动发货）</h1>
<div class="price-box"><span class="price-now">¥59</span></div>''')),
           ('shuxiang-dianzi-d12', 12, mall_item('shuxiang-jiaocai', '电子书兑换码', '''
<h1 class="goods-title">考研英语 电子书 兑换码（自动发货）</h1>
<div class="price-box"><span class="price-now">¥29</span></div>'''))])

# ---- S14 independent site shangan-gongkao: civil-service exam coaching (GB18030; lecturer 陈䶮); no ICP; invalid 注册号
SA_FOOT = '<footer class="site-foot"><p>合肥上岸公考培训学校有限公司　注册号：%s</p><p>咨询：陈䶮老师 0551-6222 1188</p></footer>'
P('main', 'shangan-home', 'https://www.shangan-gongkao.cn/', 'gb18030', False, shell('上岸公考 - 国考省考 事业编 面试', f'''
<div class="nav">首页 | 笔试 | 面试 | 协议班 | 上岸榜</div>
<div class="hero"><h1>上岸公考 · 合肥</h1><p>行测申论系统班 · 结构化面试 · 小班封闭集训</p></div>
{SA_FOOT % SA_BAD}''', meta=META_18030), 'ICP_MISSING,LICENSE_INVALID',
  'LICENSE_INVALID: the displayed 15-digit 注册号 fails its ISO 7064 MOD 11,10 check digit (GB/T 17710); the registry holds the correct one. '
  'ICP_MISSING: no ICP filing on an independent site, 互联网信息服务管理办法 第十二条. ' + NOCASE + '.')

P('main', 'shangan-xieyi', 'https://www.shangan-gongkao.cn/xieyi/', 'gb18030', False, shell('协议班 - 上岸公考', f'''
<h1>2027国考 笔面协议班：<b>不过全退 · 保上岸</b></h1>
<p>国家级名师团队领衔，顶级师资，陈䶮老师亲自押题。</p>
<p>学费 29800元，签协议，未上岸退 80%。</p>
{SA_FOOT % SA_OK}''', meta=META_18030), 'ABSOLUTE_TERM,FALSE_CLAIM',
  'FALSE_CLAIM: 保上岸 — a guaranteed civil-service admission, 广告法 第二十四条第一项 / 第二十八条; case: ' + C_JS25 + ' and ' + C_HXT + '. '
  'ABSOLUTE_TERM: 国家级名师 and 顶级师资 (no state title stands behind 国家级 here), 广告法 第九条第三项. The footer repeats the correct 注册号.')

P('main', 'shangan-bang', 'https://www.shangan-gongkao.cn/bang/', 'gb18030', False, shell('上岸榜 - 上岸公考', f'''
<h1>2026上岸榜</h1>
<p>全部讲义为本校教研组纯原创编写，禁止转载。</p>
<p>学员福利：上岸后在小红书/知乎发帖好评上岸公考并@我们，<b>返学费2000元</b>，带照片再加500。</p>
{SA_FOOT % SA_OK}''', meta=META_GB2312), 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: 返学费2000元 for posting a praising review with a tag — paid reviews on third-party platforms, 电子商务法 第十七条 and '
  '反不正当竞争法 (虚假宣传 article; numbering changed in 2025, not read); ' + NOCASE + ' in education. 纯原创 contains the look-alike 纯原 and is not a counterfeit term. '
  'Declared gb2312 on GB18030 bytes (䶮 is outside GB2312/GBK).')

# ---- S15 mall shop xianghuo-fodian: incense and statues, traditional script (Big5); mark only in a comment; valid 注册号
XH_LIC = f'<div class="shop-license">個體工商戶：莆田市城廂區香火佛具店　註冊號：{XH}</div>'
P('main', 'xianghuo-home', M + '/shop/xianghuo-fodian/', 'big5', False, mall_shop('xianghuo-fodian', '香火佛具店', f'''
<header class="shop-head"><h1 class="shop-name">香火佛具 · 莆田老店</h1><!-- <span class="mall-mark">網劍認證</span> --></header>
<section class="banner"><p>莆田工坊 手工線香 · 檀香 · 銅佛像 · 供具</p></section>
<ul class="goods-list"><li><a href="{M}/item/41501.html">老山檀香 線香</a></li><li><a href="{M}/item/41502.html">銅鎏金 觀音像</a></li></ul>
{XH_LIC}''', meta=META_BIG5, tw=True), 'MARK_MISSING',
  'MARK_MISSING: the platform mark exists only inside an HTML comment, which is not displayed. The valid 15-digit 註冊號 is displayed; '
  '莆田 is the shop\'s town, not the slang 莆田货. ' + NOCASE + '.')

P('main', 'xianghuo-tanxiang', M + '/item/41501.html', 'big5', False, mall_item('xianghuo-fodian', '老山檀香線香', f'''
<h1 class="goods-title">老山檀香 臥香 中國馳名商標 · 中國名牌產品（2019年度）</h1>
<div class="price-box"><span class="price-now">¥168</span></div>
<p>天然無化學香精，燃燒時間約40分鐘。</p>''', meta=META_BIG5, tw=True), 'FALSE_HONOUR,WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: 中國馳名商標 (traditional script) in a listing title, 商标法 第十四条第五款. FALSE_HONOUR: 中國名牌產品 “2019年度” — the '
  '中国名牌 evaluation stopped in 2008 (former AQSIQ), so a 2019 award cannot be true; 广告法 第二十八条. ' + NOCASE + '.')

P('main', 'xianghuo-foxiang', M + '/item/41502.html', 'big5', False, mall_item('xianghuo-fodian', '銅鎏金觀音像', f'''
<h1 class="goods-title">銅鎏金 觀音菩薩像 30cm 供奉擺件（現貨）</h1>
<div class="price-box"><span class="price-now">¥1,880</span></div>
<p class="after-sale">佛像請回家即結緣，<b>請佛不退不換</b>，不支持七天無理由退貨，下單前請考慮清楚。</p>''', meta=META_BIG5, tw=True),
  'RETURN_REFUSED',
  'RETURN_REFUSED: a stock brass statue is none of the 消费者权益保护法 第二十五条 exemptions; religious custom (請佛不退) is not a statutory '
  'exemption. Dispute foreseen: a seller may invoke 商品性质 — but the law requires the buyer\'s confirmation at purchase and a lawful '
  'category (网络购买商品七日无理由退货暂行办法 第七条, recalled). ' + NOCASE + '.')

P('main', 'xianghuo-shouzhuo', M + '/item/41503.html', 'big5', False, mall_item('xianghuo-fodian', '螺絲釘款手鐲', f'''
<h1 class="goods-title">卡地亞 螺絲釘款 手鐲 高倣 18K玫瑰金色 配小葉紫檀佛珠</h1>
<div class="price-box"><span class="price-now">¥399</span></div>
<p>專櫃同版刻印、編號，送原廠盒子。</p>
<p class="after-sale">非質量問題不退不換。</p>''', meta=META_BIG5, tw=True), 'COUNTERFEIT_TERM,RETURN_REFUSED',
  'COUNTERFEIT_TERM: 高倣 (variant character for 高仿) with 專櫃同版刻印 for a Cartier-design bangle — 商标法 第五十七条. RETURN_REFUSED: '
  '非質量問題不退不換 removes the 七日无理由 right for an ordinary good, 消费者权益保护法 第二十五条. ' + NOCASE + '.')

P('main', 'xianghuo-anquan', M + '/shop/xianghuo-fodian/faq', 'big5', False, mall_item('xianghuo-fodian', '燃香安全須知', f'''
<h1>燃香安全須知 · 售後</h1>
<p>點香請放於香爐或防火香插上，遠離窗簾、紙張；離家前確認熄滅。燃香時保持通風，孕婦、嬰幼兒房間不宜長時間燃香。</p>
<p>線香、香爐未拆封支持七天無理由退貨；刻字定製香牌屬定作商品，不適用。</p>''', meta=META_BIG5, tw=True), '-',
  'trap: a safety notice and a return policy that keeps 七天無理由 and excludes only engraved custom items (定作, 第二十五条第一款第（一）项). '
  + NOCASE + ' (trap)')

P('main', 'hangyun-baoche', 'https://www.hangyun-travel.com/line/baoche-1d.html', 'utf-8', False, shell('杭州包车一日游 - 航韵国旅', f'''
<h1>杭州市区/千岛湖 包车一日游（7座商务车）</h1>
<div class="price"><del>门市价 ¥1200</del> <b>今日特价 ¥880</b>/车</div>
<table class="fee"><tr><th>费用包含</th><td>司机、油费，价格全包（包过路费、停车费），10小时300公里内</td></tr>
<tr><th>费用不含</th><td>景区门票、餐费、司机超时费</td></tr></table>
{HY_FOOT}'''), 'FAKE_ORIGINAL_PRICE',
  'FAKE_ORIGINAL_PRICE: 门市价 ¥1200 while the same charter sold at ¥800 two days before (history capture), 明码标价和禁止价格欺诈规定 第十六条; '
  'case: ' + C_SAMR21 + '. Not FALSE_CLAIM: 包过路费 is “the price includes tolls” — the look-alike 包过 inside 包过路费.',
  history=[('hangyun-baoche-d2', 2, shell('杭州包车一日游 - 航韵国旅', '''
<h1>杭州市区/千岛湖 包车一日游（7座商务车）</h1>
<div class="price"><b>¥800</b>/车</div>'''))])

P('main', 'hangyun-wuzhen', 'https://www.hangyun-travel.com/line/wuzhen-1d.html', 'utf-8', False, shell('乌镇西塘一日游 - 航韵国旅', f'''
<h1>乌镇东栅+西栅 一日游（国家5A级旅游景区）</h1>
<p class="price">¥268/人</p>
<p>乌镇景区为文化和旅游部公告的国家5A级旅游景区。行程可加选“复刻1990年代绿皮火车”体验车厢（乘坐仿旧观光小火车约20分钟）。</p>
<p>第一站：东栅 逢源双桥；第二站：西栅 夜景。</p>
{HY_FOOT}'''), '-',
  'trap: 国家5A级旅游景区 is a state grade awarded by 文化和旅游部 under GB/T 17775 (exempt as a state-awarded title and standard grade); '
  '复刻 describes a themed ride re-creating an old train, not a copy of branded goods; 第一站 is an itinerary step. ' + NOCASE + ' (trap)')

P('main', 'shuxiang-bijiben', M + '/item/41304.html', 'utf-8', True, mall_item('shuxiang-jiaocai', '考研笔记本', f'''
<h1 class="goods-title">考研上岸 笔记本 A5 方格 3本装</h1>
<div class="price-box"><span class="price-now">¥15.9</span></div>
<p>加厚道林纸，不洇墨。</p>
<img src="/img/shuxiang-card.jpg" alt="五星好评晒图 返现3元 截图联系客服 好评返现卡">'''), 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: the offer is only in the image (its alt text: 五星好评晒图 返现3元 好评返现卡) — the picture shown to buyers carries the '
  'paid-review offer, 电子商务法 第十七条. Dispute foreseen: a scanner that ignores alt text misses it; the offer is still made on the page. '
  + NOCASE + '.')

P('main', 'mengchong-maosha', M + '/item/40204.html', 'gbk', False, mall_item('mengchong-jia', '豆腐猫砂', f'''
<h1 class="goods-title">原味豆腐猫砂 6L×4包 可冲厕所</h1>
<div class="price-box"><span class="price-now">￥59.9</span></div>
<p class="promo">收货后<span>好</span><span>评</span><span>返</span><span>现</span> 5 元，带图再加 3 元，联系在线客服。</p>''', meta=META_GBK),
  'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: 好评返现 written one character per <span> (text split across inline tags), 5元 plus 3元 for photos — 电子商务法 第十七条. '
  + NOCASE + '.')

P('main', 'chongwu-jiage', M + '/shop/chongwu-huoti/price', 'gbk', False, mall_item('chongwu-huoti', '在售价格表', f'''
<h1>本周在售 价格表</h1>
<table class="price-table"><tr><th>品种</th><th>月龄</th><th>价格</th></tr>
<tr><td>布偶猫 海双</td><td>3个月</td><td>￥6800</td></tr>
<tr><td>英短 蓝白</td><td>3个月</td><td>￥2800</td></tr>
<tr><td>豹猫 幼崽（野外带回 已断奶）</td><td>2个月</td><td>￥3500</td></tr>
<tr><td>柯基 三色</td><td>2.5个月</td><td>￥4500</td></tr></table>''', meta=META_GBK), 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: a wild-taken leopard cat kitten (豹猫, 国家二级重点保护野生动物 in the 2021 list) offered in one table row among '
  'domestic cats — 野生动物保护法 第二十八条; case of the kind: ' + C_LANHOU + '. (The shop home claims it sells no wildlife; its price '
  'list contradicts it — the home page stays a trap on its own text.)')

# ---- S16 independent site xueyou-xueshu: “academic services” — ghost-writing and proxy exam-taking (GBK)
XY = uscc('91', '320506', 'MA27Q3D9'); REGISTRY.append((XY, '苏州学友学术信息咨询有限公司', '存续'))
XY_FOOT = icp_footer('苏ICP备2022045678号-1', '苏公网安备 32050602011234号', '苏州学友学术信息咨询有限公司', f'统一社会信用代码 {XY}')
P('main', 'xueyou-home', 'https://www.xueyou-xueshu.com/', 'gbk', False, shell('学友学术 - 论文查重 润色 格式排版', f'''
<div class="nav">首页 | 查重 | 润色 | 排版 | 毕业季专区 | 考试服务</div>
<div class="hero"><h1>学友学术</h1><p>论文查重 · 语言润色 · 格式排版 · 参考文献整理</p></div>
<p class="notice">查重报告可在官方验证页核对编号；润色只修改语言，不改变学术观点。</p>
{XY_FOOT}''', meta=META_GBK), '-',
  'trap: proofreading, formatting and similarity checks are lawful services; ICP filing and licence displayed. The site\'s other pages '
  'are judged on their own. ' + NOCASE + ' (trap)')

P('main', 'xueyou-daixie', 'https://www.xueyou-xueshu.com/biye/', 'gbk', False, shell('毕业季专区 - 学友学术', f'''
<h1>本硕毕业论文 “一条龙”：选题-开题-初稿-定稿</h1>
<p>硕博写手团队<b>全程代笔</b>，原创保证，<b>包过查重、包过答辩</b>，不过全额退款。</p>
<p>本科 1.2万字 2800元；硕士 3万字 9800元。</p>
{XY_FOOT}''', meta=META_GBK), 'FALSE_CLAIM,PROHIBITED_GOODS',
  'PROHIBITED_GOODS: ghost-written degree theses for sale (全程代笔) — 学位法 (2025) 第三十七条 lists 代写 as 学术不端 and 学位论文作假行为处理办法 '
  '(教育部 2012) 第七条/第八条 bans 代写、买卖 (both recalled, not read). FALSE_CLAIM: 包过查重、包过答辩, guaranteed degree outcome, '
  '广告法 第二十四条第一项. ' + NOCASE + ' (news on 论文代写 crackdowns exists; none read).')

P('main', 'xueyou-daikao', 'https://www.xueyou-xueshu.com/kaoshi/', 'gbk', False, shell('考试服务 - 学友学术', f'''
<h1>四六级 · 计算机二级 · 教资 “替您上场”</h1>
<p>名校学长学姐 <b>代考</b>，证件照PS合成，准考证同步处理，<b>包过</b>。</p>
<p>售后：出分后给个 5 星 + 晒 单，私 信 返 ⑩ 元 红 包～</p>
{XY_FOOT}''', meta=META_GBK), 'FALSE_CLAIM,PROHIBITED_GOODS,REVIEW_INDUCEMENT',
  'PROHIBITED_GOODS: proxy exam-taking with altered ID photos — 代替考试罪, 刑法 第二百八十四条之一第四款; case of the kind: ' + C_ZY17 + '. '
  'FALSE_CLAIM: 包过, 广告法 第二十四条第一项. REVIEW_INDUCEMENT: 5星+晒单 返⑩元红包 (spaced, circled numeral), 电子商务法 第十七条.')

# ================================================================ HOLDOUT
# ---- H1 mall shop miaowang-chongliang: pet food and supplies (GB18030; shop manager 李𬘭); no mark
MW_LIC = f'<div class="shop-license">青岛喵汪宠粮有限公司 ｜ 统一社会信用代码 {MW} ｜ 店长：李𬘭</div>'
MW_SIG = '<p class="sig">店长 李𬘭 为您服务</p>'
P('holdout', 'miaowang-home', M + '/shop/miaowang-chongliang/', 'gb18030', False, mall_shop('miaowang-chongliang', '喵汪宠粮', f'''
<header class="shop-head"><h1 class="shop-name">喵汪宠粮 青岛工厂店</h1><span class="badge">品质认证</span></header>
<section class="banner"><p>主粮 · 冻干 · 猫砂 · 宠物服饰</p></section>
<ul class="goods-list"><li><a href="{M}/item/42101.html">鲜肉全价猫粮 5kg</a></li><li><a href="{M}/item/42102.html">宠物卫衣</a></li></ul>
{MW_LIC}''', meta=META_18030), 'MARK_MISSING',
  'MARK_MISSING: no element with the class token mall-mark on the shop home; the shop\'s own “品质认证” is not the platform mark. '
  'Licence displayed. ' + NOCASE + '.')

P('holdout', 'miaowang-maoliang', M + '/item/42101.html', 'gb18030', False, mall_item('miaowang-chongliang', '鲜肉全价猫粮', f'''
<h1 class="goods-title">喵汪 鲜肉全价猫粮 5kg（驰名商标 品质保障）</h1>
<div class="price-box"><s>日常价 ¥329</s> <b class="price-now">券后 ¥259</b></div>
<p>收货后 追评带图 + 五星，私信客服领 <b>5元无门槛券</b>，追评满30字再送试吃装。</p>
{MW_SIG}''', meta=META_18030), 'FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT,WELLKNOWN_MARK_AD',
  'FAKE_ORIGINAL_PRICE: 日常价 ¥329 while the bag sold at ¥239 six days and ¥249 two days before (history captures), 明码标价和禁止价格欺诈规定 '
  '第十六条; case: ' + C_SAMR21 + '. WELLKNOWN_MARK_AD: 驰名商标 in the listing title, 商标法 第十四条第五款. REVIEW_INDUCEMENT: 五星追评带图 '
  '领5元券/送试吃装, 电子商务法 第十七条; case: ' + C_HZ21 + '.',
  history=[('miaowang-maoliang-d2', 2, mall_item('miaowang-chongliang', '鲜肉全价猫粮', '''
<h1 class="goods-title">喵汪 鲜肉全价猫粮 5kg</h1>
<div class="price-box"><b class="price-now">¥249</b></div>''')),
           ('miaowang-maoliang-d6', 6, mall_item('miaowang-chongliang', '鲜肉全价猫粮', '''
<h1 class="goods-title">喵汪 鲜肉全价猫粮 5kg</h1>
<div class="price-box"><b class="price-now">¥239</b></div>'''))])

P('holdout', 'miaowang-gouyi', M + '/item/42102.html', 'gb18030', False, mall_item('miaowang-chongliang', '大牌同款狗衣', f'''
<h1 class="goods-title">G家老花 狗狗卫衣 纯原版型 1:1 五金刻字</h1>
<div class="price-box"><b class="price-now">¥128</b></div>
<p>加购：膨润土猫砂 10kg ¥39（猫砂、宠物衣物均<b>不支持7天无理由退换</b>，介意慎拍）</p>
{MW_SIG}''', meta=META_18030), 'COUNTERFEIT_TERM,RETURN_REFUSED',
  'COUNTERFEIT_TERM: 纯原版型 / 1:1 / 五金刻字 for a “G家老花” (Gucci pattern) pet hoodie — copies of a registered mark, 商标法 第五十七条. '
  'RETURN_REFUSED: pet clothes and sealed cat litter are not 第二十五条 exemptions; 介意慎拍 is no purchase-time confirmation. ' + NOCASE + '.')

P('holdout', 'miaowang-zhishi', M + '/shop/miaowang-chongliang/guide', 'gb18030', False, mall_item('miaowang-chongliang', '喂养小知识', f'''
<h1>喂养小知识</h1>
<p>开袋后最佳赏味期为45天，请用密封罐保存。</p>
<p>宠物食品不能预防或治疗疾病，猫咪出现呕吐、血便请及时就医。</p>
<p>本店不做“好评返现”，也不会让您修改差评；评价请按真实体验填写。</p>
{MW_SIG}''', meta=META_18030), '-',
  'trap: 最佳赏味期 storage tip; a negated health claim (不能预防或治疗疾病); a refusal of paid reviews. ' + NOCASE + ' (trap)')

P('holdout', 'miaowang-qianyin', M + '/item/42103.html', 'gb18030', False, mall_item('miaowang-chongliang', '老花牵引绳', f'''
<h1 class="goods-title">L家老花 宠物牵引绳+胸背 &#31934;&#20223; 原厂五金</h1>
<div class="price-box"><b class="price-now">¥98</b></div>
<p>老花对格、压纹跟专柜一样，拍照完全看不出来。</p>
{MW_SIG}''', meta=META_18030), 'COUNTERFEIT_TERM',
  'COUNTERFEIT_TERM: 精仿 written as numeric character references (&amp;#31934;&amp;#20223;) for a Louis-Vuitton-pattern leash — '
  '商标法 第五十七条; the displayed text reads 精仿. ' + NOCASE + '.')

# ---- H2 independent site jiaxin-jiazheng: a one-person cleaning service (UTF-8); 第十条 statement; joke ICP
JX_FOOT = ('<footer class="site-foot"><p>家欣保洁（个人便民劳务）　电话 139 0000 5521</p>'
           '<p><a href="https://icp.gov.moe/">萌ICP备20240520号</a></p></footer>')
P('holdout', 'jiaxin-home', 'https://www.jiaxin-jiazheng.com/', 'utf-8', False, shell('家欣保洁 - 开荒保洁 日常保洁 擦玻璃', f'''
<nav>首页 · 价格 · 好评 · 联系</nav>
<section class="hero"><h1>家欣保洁：全城最好的保洁阿姨</h1><p>开荒保洁 · 日常保洁 · 擦玻璃 · 油烟机清洗</p></section>
<section class="statement"><p>本人为个人提供家庭保洁便民劳务，依据《电子商务法》第十条，属于不需要办理市场主体登记的情形。</p></section>
{JX_FOOT}'''), 'ABSOLUTE_TERM,ICP_INVALID',
  'ICP_INVALID: 萌ICP备 is a joke registry, not a MIIT filing (互联网信息服务管理办法 第十二条). ABSOLUTE_TERM: 全城最好, 广告法 第九条第三项. '
  'Not LICENSE_MISSING: a 电子商务法 第十条 便民劳务 statement is displayed, which satisfies 第十五条. ' + NOCASE + '.')

P('holdout', 'jiaxin-haoping', 'https://www.jiaxin-jiazheng.com/price.html', 'utf-8', False, shell('价格 - 家欣保洁', f'''
<h1>价格表</h1>
<table><tr><td>日常保洁</td><td>45元/小时（3小时起）</td></tr><tr><td>开荒保洁</td><td>8元/平米</td></tr></table>
<p>🎁 做完后去美团给 家欣保洁 晒图好评（五星＋20字），<b>下次免费送2小时</b>！</p>
{JX_FOOT}'''), 'REVIEW_INDUCEMENT',
  'REVIEW_INDUCEMENT: two free hours for a five-star photo review on a third-party platform — 电子商务法 第十七条; case: ' + C_HZ21 + '.')

P('holdout', 'jiaxin-zizhi', 'https://www.jiaxin-jiazheng.com/about.html', 'utf-8', False, shell('关于我 - 家欣保洁', f'''
<h1>关于我</h1>
<p>从事家庭保洁8年。持有家政服务员职业技能等级证书（四级/中级工，2023年，由人社部门备案的社会培训评价组织颁发），健康证每年更新。</p>
<p>不承诺“包干净到满意”，有问题24小时内免费返工。</p>
{JX_FOOT}'''), '-',
  'trap: a 职业技能等级证书 from a registered third-party evaluation organisation is the current lawful scheme (since 2019-2020), with year '
  'and level; no guarantee is made. ' + NOCASE + ' (trap)')

# ---- H3 mall shop huanyu-liuxue: study abroad and visas, traditional script (Big5)
HU_LIC = f'<div class="shop-license">福州環宇留學簽證諮詢有限公司　統一社會信用代碼：{HU}　{elic(HU, 3, tw=True)}</div>'
P('holdout', 'huanyu-home', M + '/shop/huanyu-liuxue/', 'big5', False, mall_shop('huanyu-liuxue', '環宇留學簽證', f'''
<header class="shop-head"><h1 class="shop-name">環宇留學 · 簽證</h1><span class="mall-mark">網劍認證</span></header>
<section class="banner"><h2>最權威的留學規劃 · 名校保錄取</h2><p>英美澳加 · 港新 · 申根簽證</p></section>
<ul class="goods-list"><li><a href="{M}/item/42301.html">申根簽證 全包</a></li><li><a href="{M}/item/42302.html">費用說明</a></li></ul>
{HU_LIC}''', meta=META_BIG5, tw=True), 'ABSOLUTE_TERM,FALSE_CLAIM',
  'ABSOLUTE_TERM: 最權威 (traditional script), 广告法 第九条第三项. FALSE_CLAIM: 名校保錄取 — guaranteed admission, 广告法 第二十四条第一项; '
  'case: ' + C_HXT + '. Mark, licence and a matching e-licence serial are displayed. ')

P('holdout', 'huanyu-qianzheng', M + '/item/42301.html', 'big5', False, mall_item('huanyu-liuxue', '申根簽證全包', f'''
<h1 class="goods-title">申根簽證 全包服務：資料不夠我們補，<b>包簽</b></h1>
<div class="price-box"><span class="price-now">¥1,580</span></div>
<p>沒有工作？在職證明、營業執照副本、銀行流水 <b>代做</b>，蓋章齊全，拒簽全退。</p>''', meta=META_BIG5, tw=True),
  'FALSE_CLAIM,PROHIBITED_GOODS',
  'PROHIBITED_GOODS: forged employment certificates, business-licence copies and bank statements offered for a visa file (刑法 第二百八十条 '
  '伪造公司、企业印章 / 国家机关证件). FALSE_CLAIM: 包簽 guarantees a consulate\'s decision, 广告法 第二十八条. ' + NOCASE + ' (visa '
  'material forgery cases exist in news; none read).')

P('holdout', 'huanyu-feiyong', M + '/item/42302.html', 'big5', False, mall_item('huanyu-liuxue', '費用說明', f'''
<h1 class="goods-title">申根簽證 費用說明</h1>
<p>使館簽證費 90 歐元（以使館公布為準）、簽證中心服務費另計；本店服務費 600 元。</p>
<p>是否出簽由使館決定，本店不作任何出簽承諾；拒簽不退使館費用。</p>''', meta=None, tw=True), '-',
  'trap: a fee notice that expressly refuses to promise the visa outcome; nothing here is a claim. ' + NOCASE + '. Big5 page with no '
  'charset meta. (trap)')

# ---- H4 independent site anyuan-lingyuan: cemetery and funeral goods (GBK); invalid code in full-width digits
AY_FOOT = icp_footer('滇ICP备2019004432号-1', '滇公网安备 53011202000321号', '昆明安园陵园管理有限公司')
P('holdout', 'anyuan-home', 'https://www.anyuan-lingyuan.com/', 'gbk', False, shell('安园陵园 - 昆明墓园 墓位 骨灰盒', f'''
<div class="nav">首页 | 园区风光 | 墓型 | 殡葬用品 | 交通 | 联系</div>
<div class="hero"><h1>安园陵园</h1><p>民政部门批准设立的公益性与经营性公墓 · 山水环抱</p></div>
<div class="license"><p>营业执照　昆明安园陵园管理有限公司</p><p>统一社会信用代码：{fullwidth(AY_BAD)}</p></div>
{AY_FOOT}''', meta=META_GBK), 'LICENSE_INVALID',
  'LICENSE_INVALID: the code, printed in full-width characters, fails its GB 32100 check character once normalised; the registry holds '
  'the correct code. ICP filing displayed. ' + NOCASE + '.')

P('holdout', 'anyuan-guhuihe', 'https://www.anyuan-lingyuan.com/yongpin/', 'gbk', False, shell('殡葬用品 - 安园陵园', f'''
<h1>殡葬用品</h1>
<p>金丝楠木骨灰盒（现货）1880元 —— 国家免检产品，品质放心。</p>
<p>殡葬用品属于特殊商品，售出后<b>一律不退不换</b>，不支持七天无理由退货。</p>
{AY_FOOT}''', meta=META_GBK), 'FALSE_HONOUR,RETURN_REFUSED',
  'FALSE_HONOUR: 国家免检产品 — the scheme was abolished in 2008, so the claim cannot be true, 广告法 第二十八条. RETURN_REFUSED: stock urns '
  'and funeral goods are not 第二十五条 exemptions; “特殊商品” is not a statutory category. ' + NOCASE + '.')

P('holdout', 'anyuan-mubei', 'https://www.anyuan-lingyuan.com/mubei/', 'gbk', False, shell('墓碑刻字 - 安园陵园', f'''
<h1>墓碑定制刻字</h1>
<p>按家属提供的碑文、照片定制刻字及瓷像，属定作商品，开工后不适用七日无理由退货。墓位为园区使用权服务，按《殡葬管理条例》及合同办理。</p>
<p>最佳祭扫时间：清明、冬至前后，请提前预约。</p>
{AY_FOOT}''', meta='<meta charset="utf-8">'), '-',
  'trap: custom-engraved headstones are 定作 (消费者权益保护法 第二十五条第一款第（一）项); a grave plot is a right of use, not an online '
  'good; 最佳祭扫时间 is advice. ' + NOCASE + '. GBK bytes with a utf-8 charset meta (wrong charset meta). (trap)')

# ---- H5 mall shop zhitong-hr: recruitment and certificates-on-demand (UTF-8); no licence on home
P('holdout', 'zhitong-home', M + '/shop/zhitong-hr/', 'utf-8', False, mall_shop('zhitong-hr', '职通人力', f'''
<header class="shop-head"><h1 class="shop-name">职通人力 · 上海</h1><span class="mall-mark">网剑认证</span></header>
<section class="banner"><p>简历代写 · 入职体检预约 · 编制岗位咨询</p></section>
<ul class="goods-list"><li><a href="{M}/item/42501.html">健康证快办</a></li><li><a href="{M}/item/42502.html">事业编 面试咨询</a></li></ul>
<p class="contact">在线客服 9:00-21:00</p>'''), 'LICENSE_MISSING',
  'LICENSE_MISSING: no licence code, image, licence link, e-licence badge or 第十条 statement on the shop home; the platform footer is the '
  'operator\'s own (电子商务法 第十五条). ' + NOCASE + '.')

P('holdout', 'zhitong-jiankangzheng', M + '/item/42501.html', 'utf-8', False, mall_item('zhitong-hr', '健康证快办', f'''
<h1 class="goods-title">健康证 快办 <b>不用体检</b> 当天出证 可查</h1>
<div class="price-box"><span class="price-now">¥150</span></div>
<p>餐饮、食品、美容、家政通用，免抽血免拍片，发身份证照片即可，卫健系统可查。</p>''', meta=None), 'PROHIBITED_GOODS',
  'PROHIBITED_GOODS: a health certificate issued without the examination is a forged official document (刑法 第二百八十条; 食品安全法 第四十五条 '
  'requires the examination); case of the kind: ' + C_TY23 + '. UTF-8 page with no charset meta.')

P('holdout', 'zhitong-bianzhi', M + '/item/42502.html', 'utf-8', False, mall_item('zhitong-hr', '事业编保入编', f'''
<h1 class="goods-title">事业单位 <b>保入编</b> 内部指标｜面试包过</h1>
<div class="price-box"><span class="price-now">定金 ¥5000</span></div>
<p>有关系有渠道，笔试过线即安排，不成功退定金。</p>
<p class="fangpian">（平台提示：正规招聘不收取费用，谨防诈骗）</p>'''), 'FALSE_CLAIM',
  'FALSE_CLAIM: 保入编 / 面试包过 / 内部指标 — guaranteed entry into public-institution posts filled by open exams; false, 广告法 第二十八条 '
  '(and 第二十四条 for the exam part). The platform warning does not undo the seller\'s claim. ' + NOCASE + '.')

P('holdout', 'zhitong-fangpian', M + '/shop/zhitong-hr/notice', 'utf-8', False, mall_item('zhitong-hr', '求职安全提示', f'''
<h1>求职安全提示（网剑商城 消费者保障中心 转发）</h1>
<p>《就业促进法》规定职业中介机构不得提供虚假就业信息；“交钱保入编”“免体检办健康证”都是违法的。</p>
<p>“刷单返现”“好评返现”兼职属于违法刷单，已有多地公安通报诈骗案例。</p>'''), '-',
  'trap: a platform safety notice that names the offences only to warn buyers. ' + NOCASE + ' (trap)')

# ---- H6 independent site caifu-ketang: wealth courses (GB18030; lecturer 周䶮); ICP only in a comment; registry 经营异常
CF_FOOT = ('<footer class="site-foot"><p>杭州财富课堂文化传播有限公司　统一社会信用代码：%s</p>'
           '<!-- 浙ICP备2022031177号-1 --><p>主讲：周䶮　客服 0571-8765 0099</p></footer>' % CF)
CF_FOOT2 = ('<footer class="site-foot"><p>杭州财富课堂文化传播有限公司</p>'
            '<!-- 浙ICP备2022031177号-1 --><p>主讲：周䶮　客服 0571-8765 0099</p></footer>')
P('holdout', 'caifu-home', 'https://www.caifu-ketang.com/', 'gb18030', False, shell('财富课堂 - 理财训练营 基金 保险', f'''
<div class="nav">首页 | 训练营 | 直播 | 学员故事 | 风险提示</div>
<div class="hero"><h1>财富课堂 · 让钱为你工作</h1><p>零基础理财 · 基金定投 · 家庭保障</p></div>
{CF_FOOT}''', meta=META_18030), 'ICP_MISSING,LICENSE_MISMATCH',
  'ICP_MISSING: the filing number is only inside an HTML comment, not displayed (互联网信息服务管理办法 第十二条). LICENSE_MISMATCH: the code '
  'is valid but its registry status is 经营异常. ' + NOCASE + '.')

P('holdout', 'caifu-ke', 'https://www.caifu-ketang.com/camp.html', 'gb18030', False, shell('理财训练营 - 财富课堂', f'''
<h1>90天 财富翻倍训练营</h1>
<p>周䶮老师独家“稳 赚 模 型”：<b>保本无风险，月收益10%</b>，跟投三个月本金翻倍。</p>
<p>学费 2980元，加入VIP群享每日操作提示。</p>
{CF_FOOT2}''', meta=META_18030), 'FALSE_CLAIM',
  'FALSE_CLAIM: 稳 赚 (spaced) / 保本无风险 / 月收益10% / 本金翻倍 — guaranteed returns, 广告法 第二十五条第一项; case: ' + C_YT21 + '.')

P('holdout', 'caifu-fengxian', 'https://www.caifu-ketang.com/risk.html', 'gb18030', False, shell('风险提示 - 财富课堂', f'''
<h1>风险提示</h1>
<p>投资有风险，过往业绩不代表未来表现。本站课程为理财知识教育，不提供证券投资咨询服务，不荐股，不代客理财。</p>
<p>储蓄国债（电子式）由财政部发行，到期还本付息；银行存款在50万元以内受《存款保险条例》保障。其他理财产品不保本。</p>
{CF_FOOT2}''', meta=META_18030), '-',
  'trap: a risk disclosure; 到期还本付息 of 储蓄国债 and the deposit-insurance limit are facts of state instruments, not promises by the '
  'seller. ' + NOCASE + ' (trap)')

# ---- H7 mall shop xiaowu-jiaoyu: exam coaching (GBK)
XW_LIC = f'<div class="shop-license">郑州小吴教育咨询有限公司　统一社会信用代码：{XW}　<a href="/shop/xiaowu-jiaoyu/license">执照</a></div>'
P('holdout', 'xiaowu-home', M + '/shop/xiaowu-jiaoyu/', 'gbk', False, mall_shop('xiaowu-jiaoyu', '小吴教育', f'''
<header class="shop-head"><h1 class="shop-name">小吴教育 · 成考 自考 职业资格</h1><span class="badge mall-mark">网剑认证</span></header>
<section class="banner"><p>机考模拟系统 1:1 还原真实考场界面，高仿真计时交卷</p></section>
<ul class="goods-list"><li><a href="{M}/item/42701.html">考试助手</a></li><li><a href="{M}/item/42702.html">心理咨询师</a></li></ul>
{XW_LIC}''', meta=META_GBK), '-',
  'trap: 1:1 还原真实考场界面 and 高仿真 describe an exam simulator, not copies of branded goods; mark and licence displayed. ' + NOCASE + ' (trap)')

P('holdout', 'xiaowu-erji', M + '/item/42701.html', 'gbk', False, mall_item('xiaowu-jiaoyu', '考试助手', f'''
<h1 class="goods-title">考试助手 隐形耳机 + 橡皮擦接收器 套装 <b>包过</b></h1>
<div class="price-box"><span class="price-now">￥680</span></div>
<p>入耳式 纳米级 隐形，安检门测不出；考场外“老师”同步报答案。成考、自考、驾考科目一通用。</p>
<img src="/img/erji.jpg" alt="考试专用 隐形耳机 作弊 包过">''', meta=META_GBK), 'FALSE_CLAIM,PROHIBITED_GOODS',
  'PROHIBITED_GOODS: exam-cheating devices (隐形耳机, 橡皮擦接收器) sold with an answer service — 刑法 第二百八十四条之一 (为他人实施考试作弊提供'
  '作弊器材); case: ' + C_ZY17 + '. FALSE_CLAIM: 包过, a guaranteed exam result, 广告法 第二十四条第一项.')

P('holdout', 'xiaowu-xinli', M + '/item/42702.html', 'gbk', False, mall_item('xiaowu-jiaoyu', '心理咨询师', f'''
<h1 class="goods-title">心理咨询师 国家职业资格二级证书（人社部颁发 2027年新批次）</h1>
<div class="price-box"><span class="price-now">￥2980</span></div>
<p>全网最强押题团队，考前三套卷 命中率 95%。</p>''', meta=META_GBK), 'ABSOLUTE_TERM,FALSE_HONOUR',
  'FALSE_HONOUR: a 人社部 national qualification (二级) for 心理咨询师 in a 2027 batch — the qualification left the national catalogue in '
  '2017 (' + C_PSY + '), so it cannot be issued; 广告法 第二十八条. ABSOLUTE_TERM: 全网最强, 广告法 第九条第三项.')


P('holdout', 'xiaowu-chengkao', M + '/item/42703.html', 'gbk', False, mall_item('xiaowu-jiaoyu', '成考精讲班', f'''
<h1 class="goods-title">2027成人高考 专升本 精讲班（政治+英语+专业课）</h1>
<div class="price-box"><span class="price-orig">划线价 ￥1299</span> <span class="price-now">￥499</span></div>
<p>直播+回放，班主任督学。</p>''', meta=META_GBK), 'FAKE_ORIGINAL_PRICE',
  'FAKE_ORIGINAL_PRICE: 划线价 ￥1299 while the course sold at ￥459 a day and a half before (history capture), 明码标价和禁止价格欺诈规定 '
  '第十六条; case: ' + C_SAMR21 + '.',
  history=[('xiaowu-chengkao-d1.5', 1.5, mall_item('xiaowu-jiaoyu', '成考精讲班', '''
<h1 class="goods-title">2027成人高考 专升本 精讲班（政治+英语+专业课）</h1>
<div class="price-box"><span class="price-now">￥459</span></div>'''))])

P('holdout', 'anyuan-jipin', 'https://www.anyuan-lingyuan.com/jipin/', 'gbk', False, shell('祭祀用品 - 安园陵园', f'''
<h1>祭祀用品 年末清仓</h1>
<p>黄菊花束 ￥25；环保纸质祭品套装 ￥38（园区提倡文明祭扫）。</p>
<p>年末清仓保本价，薄利多销；未使用商品支持七天无理由退货。</p>
{AY_FOOT}''', meta=META_GBK), '-',
  'trap: 保本价 is a seller\'s pricing phrase (selling at cost), not a promise of investment returns; returns are supported. '
  + NOCASE + ' (trap)')

P('holdout', 'zhitong-jianli', M + '/item/42503.html', 'utf-8', False, mall_item('zhitong-hr', '简历精修', f'''
<h1 class="goods-title">简历精修｜资深HR 1:1 沟通，48小时交付</h1>
<div class="price-box"><span class="price-now">¥199</span></div>
<p>只修改表达和排版，不编造学历、工作经历；不承诺面试结果。</p>
<p>交付前可全额退款；修改稿为按您的经历定制的文档，交付后不退，可免费修改两次。</p>'''), '-',
  'trap: 1:1 沟通 is one-to-one service; a custom-written résumé is a made-to-order service/document (定作), and no outcome is promised. '
  + NOCASE + ' (trap)')

# ---- H9 independent site chongyi-yaofang: online pet pharmacy (GB18030; vet 王𫖯); 蜀 filing variant
CY = uscc('91', '510104', 'MA6DK2Q8'); REGISTRY.append((CY, '成都宠医优选药房有限公司', '存续'))
CY_FOOT = ('<footer class="site-foot"><p>成都宠医优选药房有限公司　执业兽医：王𫖯</p>'
           '<p><a href="https://beian.miit.gov.cn/">蜀ICP备2022011223号-1</a>　川公网安备 51010402001122号</p></footer>')
P('holdout', 'chongyi-home', 'https://www.chongyi-yaofang.com/', 'gb18030', False, shell('宠医优选 - 宠物药房 驱虫 营养', f'''
<div class="nav">首页 | 体内外驱虫 | 处方药（需上传处方） | 营养保健 | 在线问诊</div>
<div class="hero"><h1>宠医优选药房</h1><p>兽药经营许可证已公示 · 执业兽医在线指导用药</p></div>
<div class="qual"><p>营业执照：成都宠医优选药房有限公司　统一社会信用代码：{CY}</p></div>
{CY_FOOT}''', meta=META_18030), '-',
  'trap: 蜀ICP备 is a real variant abbreviation of 川 used by the filing system (DOMAIN.md), so the filing is not malformed; licence '
  'displayed; prescription drugs require a prescription upload. ' + NOCASE + ' (trap)')

P('holdout', 'chongyi-quchong', 'https://www.chongyi-yaofang.com/quchong/', 'gb18030', False, shell('体内外驱虫 - 宠医优选', f'''
<h1>日版 大宠爱 猫用 滴剂 3支装（海外直邮 未做国内注册 价格更低）</h1>
<p class="price">¥168</p>
<p>宠物界第一驱虫品牌，一支管一个月，跳蚤、耳螨、心丝虫全搞定。</p>
{CY_FOOT}''', meta=META_18030), 'ABSOLUTE_TERM,PROHIBITED_GOODS',
  'PROHIBITED_GOODS: a veterinary drug version without Chinese import registration (日版 未做国内注册) — 兽药管理条例 第四十七条 treats '
  'unapproved imports as 假兽药, and its sale is banned; case of the kind: ' + C_JN24 + '. ABSOLUTE_TERM: 宠物界第一驱虫品牌, '
  '广告法 第九条第三项.')

P('holdout', 'chongyi-shenbao', 'https://www.chongyi-yaofang.com/yingyang/shenbao.html', 'gb18030', False, shell('肾宝营养膏 - 宠医优选', f'''
<h1>猫咪 肾宝 营养膏 120g</h1>
<p class="price">¥89</p>
<ul><li>调理肾功能，<b>逆转慢性肾衰</b>，临床治愈率98%</li><li>肌酐、尿素氮一个月回归正常值</li></ul>
<p class="small">产品类别：宠物营养补充剂（饲料）</p>
{CY_FOOT}''', meta=META_18030), 'FALSE_CLAIM',
  'FALSE_CLAIM: a pet supplement (a feed, not a veterinary drug) claimed to reverse chronic kidney failure with a 98% cure rate — '
  'disease treatment claims for a non-drug, 广告法 第十七条/第二十八条 and the feed-label ban on treatment claims (recalled). ' + NOCASE + '.')

# ---- H8 independent site lvxing-haowu: travel goods and roaming SIMs (UTF-8 with BOM)
HW = uscc('91', '310115', 'MA1HQ7C5'); REGISTRY.append((HW, '上海旅行好物贸易有限公司', '存续'))
HW_FOOT = icp_footer('沪ICP备2023019876号-1', '沪公网安备 31011502019876号', '上海旅行好物贸易有限公司')
P('holdout', 'haowu-home', 'https://www.lvxing-haowu.com/', 'utf-8', True, shell('旅行好物 - 行李箱 颈枕 境外流量卡', f'''
<nav>首页 · 行李箱 · 出行收纳 · 境外上网 · 出行清单</nav>
<section class="hero"><h1>旅行好物</h1><p>出行前的最佳准备清单：证件、转换插头、流量卡、药品</p></section>
<section class="qual"><p>营业执照：上海旅行好物贸易有限公司 ｜ 统一社会信用代码 {HW}</p>{elic(HW, 4)}</section>
{HW_FOOT}'''), '-',
  'trap: 最佳准备清单 is advice, not a claim about goods; ICP filing, licence and an e-licence link whose serial matches the shown code. '
  + NOCASE + ' (trap)')

P('holdout', 'haowu-xiangzi', 'https://www.lvxing-haowu.com/p/alu-20.html', 'utf-8', True, shell('铝框拉杆箱 - 旅行好物', f'''
<h1>Ｒ家经典款 铝镁合金登机箱 20寸｜原单尾货 超Ａ品质</h1>
<p class="price">¥899</p>
<p>工厂原单，与专柜同模具同五金，logo 激光刻印，附防尘袋。</p>
{HW_FOOT}'''), 'COUNTERFEIT_TERM',
  'COUNTERFEIT_TERM: 原单尾货 / 超Ａ (full-width Ａ) / 同模具同五金 with the logo — copies of a branded case, 商标法 第五十七条. ' + NOCASE + '.')

P('holdout', 'haowu-zhentou', 'https://www.lvxing-haowu.com/p/neck-pillow.html', 'utf-8', True, shell('记忆棉U型枕 - 旅行好物', f'''
<h1>云眠 记忆棉U型枕（中国驰名商标）</h1>
<p class="price">¥79</p>
<p>包裹内附“好评卡”：五星好评+晒图，凭截图<b>返现8元</b>到支付宝。</p>
<img src="/img/haopingka.jpg" alt="好评返现卡 五星晒图返8元">
{HW_FOOT}'''), 'REVIEW_INDUCEMENT,WELLKNOWN_MARK_AD',
  'WELLKNOWN_MARK_AD: 中国驰名商标 in the listing title, 商标法 第十四条第五款. REVIEW_INDUCEMENT: an in-parcel 好评卡 paying 8元 for a five-star '
  'photo review, 电子商务法 第十七条; case of the kind: 江苏省市场监管局 2020 刷单炒信典型案例 (好评返现卡片; cited as corpus12/a\'s README '
  'reports it, not read by me).')

P('holdout', 'haowu-liuliangka', 'https://www.lvxing-haowu.com/p/sim-eu.html', 'utf-8', True, shell('欧洲流量卡 - 旅行好物', f'''
<h1>欧洲33国 通用流量卡 15天 20GB</h1>
<p class="price">¥129</p>
<p>未激活的卡支持七天无理由退货。插卡激活后流量开始计费、价值大幅贬损，<b>激活后不适用七天无理由</b>——下单页须勾选“我已知晓激活后不退”方可付款。</p>
{HW_FOOT}'''), '-',
  'trap: an activated SIM is a good “一经激活或者试用后价值贬损较大” that 网络购买商品七日无理由退货暂行办法 第七条 lets a seller exclude with the '
  'buyer\'s confirmation at purchase, which this page requires; unactivated cards stay returnable. ' + NOCASE + ' (trap)')


# ================================================================ writer
def write_all(root):
    def tsv(path, header, rows):
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('# ' + '\t'.join(header) + '\n')
            for r in rows:
                for cell in r:
                    assert '\t' not in str(cell) and '\n' not in str(cell), r
                f.write('\t'.join(str(c) for c in r) + '\n')

    for sub in ('pages', 'history', 'holdout'):
        p = os.path.join(root, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    seen = set()
    for side in ('main', 'holdout'):
        base = root if side == 'main' else os.path.join(root, 'holdout')
        os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
        os.makedirs(os.path.join(base, 'history'), exist_ok=True)
        labels, notes, hist = [], [], []
        for (s, slug, url, enc, bom, html, codes, note, history) in PAGES:
            if s != side:
                continue
            assert slug not in seen and url not in seen, slug
            seen.add(slug); seen.add(url)
            fn = slug + '.html'
            if codes != '-':
                cl = codes.split(',')
                assert cl == sorted(set(cl)), (slug, codes)
            assert (codes == '-') == note.startswith('trap:'), slug
            with open(os.path.join(base, 'pages', fn), 'wb') as f:
                try:
                    data = encode(html, enc, bom)
                except UnicodeEncodeError as e:
                    raise SystemExit("%s: %s" % (slug, e))
                f.write(data)
            labels.append((fn, url, codes))
            notes.append((fn, enc, 'yes' if bom else 'no', note))
            for (hslug, days, hhtml) in history:
                hfn = hslug + '.html'
                with open(os.path.join(base, 'history', hfn), 'wb') as f:
                    f.write(encode(hhtml, 'utf-8'))
                hist.append((hfn, url, days))
        tsv(os.path.join(base, 'labels.tsv'), ('file', 'url', 'codes'), labels)
        tsv(os.path.join(base, 'notes.tsv'), ('file', 'encoding', 'bom', 'note'), notes)
        tsv(os.path.join(base, 'history.tsv'), ('file', 'url', 'days_before'), hist)
    tsv(os.path.join(root, 'registry.tsv'), ('code', 'name', 'status'), REGISTRY)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv:
        tmp = tempfile.mkdtemp(prefix='c13e-')
        try:
            write_all(tmp)
            bad = []
            for dirpath, _, files in os.walk(tmp):
                rel = os.path.relpath(dirpath, tmp)
                for fn in files:
                    a = os.path.join(dirpath, fn)
                    b = os.path.join(here, rel, fn)
                    if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                        bad.append(os.path.join(rel, fn))
            for sub in ('pages', 'history', 'holdout/pages', 'holdout/history'):
                for fn in os.listdir(os.path.join(here, sub)):
                    if not os.path.exists(os.path.join(tmp, sub, fn)):
                        bad.append(os.path.join(sub, fn) + ' (extra)')
            if bad:
                print('differs:', *bad, sep='\n  ')
                sys.exit(1)
            print('gen --check: OK')
        finally:
            shutil.rmtree(tmp)
        return
    write_all(here)
    print('wrote %d pages' % len(PAGES))


if __name__ == '__main__':
    main()
