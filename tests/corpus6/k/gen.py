#!/usr/bin/env python3
"""corpus6/k: hand-written pages and hand-written labels. python3 gen.py [--check]"""
import os, sys, shutil, tempfile, filecmp
from lib import mall_page, indep_page, encode

MALL = 'mall.wangjian.test'
MARK = '<span class="mall-mark">网剑商城认证店铺</span>'

def shop(name, lic, mark=MARK, extra=''):
    return ('<div class="shop-head"><h1 class="shop-name">%s</h1>%s</div>\n<div class="shop-license lic-box">%s</div>\n%s'
            % (name, mark, lic, extra))

def item(title, price, rest):
    return '<div class="item-main"><h1 class="item-title">%s</h1>\n%s\n%s</div>' % (title, price, rest)

# Each site: dict(kind, id, side, enc, bom, meta, style, name, pages)
# Each page: (name, path, title, body, footer_or_None, codes, note[, overrides])
SITES = []

# ---------------------------------------------------------------- MAIN: mall shops
SITES.append(dict(kind='mall', id='xixi-tea', side='main', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('xixi-home', '/shop/xixi-tea/', '西溪茶业官方店', shop('西溪茶业官方店',
   '企业名称：杭州西溪茶业有限公司<br>统一社会信用代码：<span>9133 0106 5260 1815 X8</span>',
   extra='<p>明前龙井 特级（GB/T 18650 地理标志产品 龙井茶 特级）现货，冲泡建议：85℃水温口感最佳。</p>'), None, '-',
   'trap: 特级 is a grade defined by GB/T 18650, and 口感最佳 is a brewing tip (2023 绝对化用语 guideline); code printed in groups of four is a lawful layout and valid (GB 32100)'),
 ('xixi-longjing', '/item/xixi-lj250.html', '明前龙井250克', item('明前龙井 250克 礼盒',
   '<div class="price-box">到手价 <span class="price">¥<b>168</b>.<small>00</small></span> <del class="market">专柜价 ¥398</del></div>',
   '<p>降三高、抗癌防癌，老人长期喝血压稳稳的。</p>'), None, 'FAKE_ORIGINAL_PRICE,FALSE_CLAIM',
   'FAKE_ORIGINAL_PRICE: 专柜价398 above lowest 158 shown 3 days earlier (明码标价和禁止价格欺诈规定 第十六条); FALSE_CLAIM: tea sold with disease-treatment claims 降三高/抗癌 (广告法 第十七条)'),
 ('xixi-baicha', '/item/xixi-bc.html', '安吉白茶', item('安吉白茶 一级 100g',
   '<p>现价 <span class="price">￥８８</span> 参考价 ￥１２８</p>',
   '<p>一级为 GB/T 20354 等级。茶叶为食品，开封后不支持七天无理由退货；未拆封支持。</p>'), None, '-',
   'trap: 参考价128 equals the lowest price seen in the last 7 days (history 2 days: 128) so no fake comparison; 一级 is a standard grade; partial return limit only after opening is a 商品性质 limit confirmed at purchase (消保法 第二十五条), whole store not refusing'),
]))
SITES.append(dict(kind='mall', id='muyao', side='main', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('muyao-home', '/shop/muyao/', '木遥家居', shop('木遥家居旗舰店', '企业名称：杭州木遥家居有限公司　统一社会信用代码：91330106MA272HD157',
   extra='<p>本店沙发全部为原创设计，拒绝高仿抄袭，欢迎比价。</p>'), None, 'LICENSE_INVALID',
   'LICENSE_INVALID: code ends 7, the GB 32100 check character is 6 (电子商务法 第十五条, false display); 拒绝高仿 is a refusal, not a counterfeit offer'),
 ('muyao-sofa', '/item/muyao-sofa.html', '意式极简真皮沙发', item('意式极简真皮沙发 三人位',
   '<div class="goods-price"><span class="price">券后¥3999</span> <s>吊牌价¥8999</s></div>',
   '<p>定制尺寸沙发属定作商品，不适用七日无理由退货（消费者权益保护法第二十五条第一项）；标准款支持七天无理由。</p>'), None, '-',
   'trap: refusal limited to 定作 goods, statutory exemption 消保法 第二十五条(一); no history for this URL so 吊牌价 cannot be checked'),
 ('muyao-lamp', '/item/muyao-lamp.html', '落地灯', item('北欧落地灯',
   '<span class="price">¥ 299</span><span class="origin">门市价 ¥ 699</span>',
   '<p>全网销量第一，行业No.1品质，顶级工艺。</p><p>好评晒图联系客服返5元红包！</p><p>生产商：杭州木遥家居有限公司 统一社会信用代码 91330106MA272HD15</p>'), None, 'ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE,LICENSE_INVALID,REVIEW_INDUCEMENT',
   'LICENSE_INVALID: the printed 统一社会信用代码 has 17 characters, not 18 (GB 32100; false display under 电子商务法 第十五条); ABSOLUTE_TERM: 全网销量第一/顶级 unprovable superlatives (广告法 第九条第三项); FAKE_ORIGINAL_PRICE: 门市价699 above 259 seen 5.5 days earlier (明码标价和禁止价格欺诈规定 第十六条); REVIEW_INDUCEMENT: cash for positive reviews with photos (电子商务法 第十七条)'),
]))
SITES.append(dict(kind='mall', id='afang-shouzuo', side='main', enc='gbk', bom=False, meta='gbk', pages=[
 ('afang-home', '/shop/afang-shouzuo/', '阿芳手作', shop('阿芳手作布艺', '经营者：杭州市西湖区阿芳手作店<br>注册号/统一社会信用代码：923301069083016635', mark=''), None, 'MARK_MISSING',
   'MARK_MISSING: shop home has no element with class token mall-mark (平台为网店亮标); licence valid'),
 ('afang-bag', '/item/afang-bag.html', '手工布包', item('手工刺绣布包',
   '<p>售价：<span class="price">45元8角</span></p>', '<p>每只手工缝制，图案为本店原创复刻自外婆的老花样。拍下后3天发货。</p>'), None, '-',
   'trap: 复刻 here is the seller re-making her own family pattern, no third-party mark (商标法 第五十七条 needs an infringed mark); price in 元/角'),
 ('afang-pillow', '/item/afang-pillow.html', '荞麦枕', item('荞麦壳枕头',
   '<p>价格 <span class="price">￥６９</span></p>', '<p>睡它一个月，颈椎病、失眠全治好，比吃药强。</p>'), None, 'FALSE_CLAIM',
   'FALSE_CLAIM: a pillow said to cure cervical spondylosis and insomnia (广告法 第十七条)'),
]))
SITES.append(dict(kind='mall', id='lanwan', side='main', enc='gbk', bom=False, meta='gb2312', pages=[
 ('lanwan-home', '/shop/lanwan/', '蓝湾服饰', shop('蓝湾服饰', '<img src="/lic/lanwan.jpg" alt="营业执照：杭州上城蓝湾服饰有限公司 91330102712768421A">',
   mark='<i class="icon mall-mark v2" title="平台认证"></i>', extra='<p>全店衣服一经售出概不退换，介意勿拍。</p>'), None, 'RETURN_REFUSED',
   'RETURN_REFUSED: clothing is outside the 消保法 第二十五条 exemptions, blanket 概不退换; licence as image alt text is a lawful display, mark present as empty element'),
 ('lanwan-dress', '/item/lanwan-dress.html', '连衣裙', item('法式碎花连衣裙',
   '<p><span class="price"><em>￥</em>1<em></em>29</span> 日常价 ￥159</p>', '<p>Ａ 货 品质，和专柜一样的1：1版型。</p>'), None, 'COUNTERFEIT_TERM',
   'COUNTERFEIT_TERM: full-width spaced Ａ 货 and 1：1 (商标法 第五十七条); no history so 日常价 unchecked'),
 ('lanwan-shirt', '/item/lanwan-shirt.html', '衬衫', item('纯棉衬衫',
   '<p><span class="price">￥99</span> 划线价￥129</p>', '<p>比例1:1还原设计稿的刺绣图案，小心市面上的A货仿品，认准本店。</p>'), None, '-',
   'trap: 1:1 describes scale of own design, A货 appears in a warning against fakes; 划线价129 equals lowest price 6 days earlier (history 129)'),
]))
SITES.append(dict(kind='mall', id='jiye-foods', side='main', enc='gb18030', bom=False, meta='gb18030', pages=[
 ('jiye-home', '/shop/jiye-foods/', '𠮷野食品', shop('𠮷野食品铺', '<dl><dt>主体</dt><dd>杭州市陈记炒货店</dd><dt>统一社会信用代码</dt><dd>92330100603137217B</dd></dl>',
   extra='<p>店主自产炒货，最佳赏味期30天。</p>'), None, 'LICENSE_MISMATCH',
   'LICENSE_MISMATCH: registry lists 92330100603137217B as 吊销 (电子商务法 第十五条); 最佳赏味期 is a storage tip, not a claim; GB18030 with U+20BB7'),
 ('jiye-nuts', '/item/jiye-nuts.html', '碧根果', item('手剥碧根果 500g',
   '<p><span class="price">¥39.9</span></p>', '<p>𠮷野自产。鲜活易腐？不是，坚果常温保存。不支持七天无理由退货哦亲。</p>'), None, 'RETURN_REFUSED',
   'RETURN_REFUSED: packaged nuts are not 鲜活易腐 (the page itself says so); 消保法 第二十五条'),
 ('jiye-melon', '/item/jiye-melon.html', '瓜子', item('焦糖瓜子',
   '<p><span class="price">¥１５.８</span></p>', '<p>𠮷野出品，国家免检产品，质量放心。</p>'), None, 'FALSE_HONOUR',
   'FALSE_HONOUR: 免检 scheme abolished 2008, cannot be true (广告法 第二十八条)'),
]))
SITES.append(dict(kind='mall', id='gangwan-watch', side='main', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('gangwan-home', '/shop/gangwan-watch/', '港湾钟表', shop('港湾钟表行（香港直邮）', '公司：深圳市港湾钟表贸易有限公司 信用代码 914403009139099647',
   mark='<div class="mall-marker">认证</div>'), None, 'MARK_MISSING',
   'MARK_MISSING: class mall-marker is not the exact token mall-mark (平台为网店亮标)'),
 ('gangwan-sub', '/item/gangwan-sub.html', '潜航者', item('水鬼 潜航者 腕表',
   '<span class="price">¥2680</span>', '<p>顶级复刻 V12厂 原装机芯，纯原做工。</p>'), None, 'ABSOLUTE_TERM,COUNTERFEIT_TERM',
   'COUNTERFEIT_TERM: 复刻/纯原 for a branded watch model (商标法 第五十七条); ABSOLUTE_TERM: 顶级 (广告法 第九条)'),
 ('gangwan-strap', '/item/gangwan-strap.html', '表带', item('硅胶表带 20mm',
   '<span class="price">¥59</span> <del>原价¥99</del>', '<p>本店只做正品配件，不卖高仿表。七天无理由退货。</p>'), None, '-',
   'trap: 不卖高仿 is a refusal; 原价99 vs history 8.5 days earlier at 49 (outside the 7-day window) and 2 days earlier at 99'),
]))
SITES.append(dict(kind='mall', id='lili-fz', side='main', enc='gbk', bom=False, meta='gbk', pages=[
 ('lili-home', '/shop/lili-fz/', '丽丽服装', shop('丽丽服装店', '<span class="hidden-lic" style="display:none">92310115190937864L</span>'), None, 'LICENSE_MISSING',
   'LICENSE_MISSING: the only licence text is display:none (电子商务法 第十五条); mark present'),
 ('lili-coat', '/item/lili-coat.html', '羊毛大衣', item('双面羊毛大衣',
   '<span class="price">￥ 599</span> 吊牌价 ￥ 1999', '<p>原单尾货，大牌代工厂流出。</p>'), None, 'COUNTERFEIT_TERM,FAKE_ORIGINAL_PRICE',
   'COUNTERFEIT_TERM: 原单尾货 from a brand factory (商标法 第五十七条); FAKE_ORIGINAL_PRICE: 吊牌价1999 above 499 seen 1.5 days earlier (明码标价和禁止价格欺诈规定 第十六条)'),
 ('lili-scarf', '/item/lili-scarf.html', '围巾', item('羊绒围巾',
   '<span class="price">￥129</span>', '<p>真实评价不返现，好评差评都欢迎，我们不搞好评返现那一套。</p>'), None, '-',
   'trap: 好评返现 named only to refuse it; no reward offered (电子商务法 第十七条 not engaged)'),
]))
SITES.append(dict(kind='mall', id='jinghua-gift', side='main', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('jinghua-home', '/shop/jinghua-gift/', '京华礼品', shop('京华礼品商城', '北京朝阳京华礼品有限公司｜９１１１０１０５５４３２３１９４８３'), None, '-',
   'trap: full-width digits in a valid code are a lawful layout (GB 32100 check passes)'),
 ('jinghua-knife', '/item/jinghua-knife.html', '户外刀', item('户外弹簧直刀 自动弹出',
   '<span class="price">¥188</span>', '<p>三棱刺造型，开刃，可过安检款。</p>'), None, 'PROHIBITED_GOODS',
   'PROHIBITED_GOODS: 弹簧刀/三棱刺 are 管制刀具 (公安部《管制刀具认定标准》; 国家禁售)'),
 ('jinghua-cup', '/item/jinghua-cup.html', '礼品杯', item('景泰蓝礼品杯',
   '<span class="price">¥268</span>', '<p>中国驰名商标，国礼品质。</p>'), None, 'WELLKNOWN_MARK_AD',
   'WELLKNOWN_MARK_AD: 驰名商标 used in advertising (商标法 第十四条第五款)'),
]))
SITES.append(dict(kind='mall', id='jiahe-baby', side='main', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('jiahe-home', '/shop/jiahe-baby/', '佳禾母婴', shop('佳禾母婴', '<a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&serial=91110105MAGD5QA42T-SAIC_SHOW_10000091110105MAGD5QA421583&signData=MEUCIQ">电子营业执照</a>'), None, '-',
   'trap: licence shown only as electronic-licence link whose serial names the shop code 91110105MAGD5QA42T (电子商务法 第十五条 allows 链接标识)'),
 ('jiahe-milk', '/item/jiahe-milk.html', '奶粉', item('婴幼儿配方奶粉 3段',
   '<span class="price">¥268</span> <span>日常价¥298</span>', '<p>好评晒图截图给客服，下单立返10元。</p>'), None, 'FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT',
   'REVIEW_INDUCEMENT: 10元 for a review screenshot (电子商务法 第十七条); FAKE_ORIGINAL_PRICE: 日常价298 above 258 seen 4 days earlier (明码标价和禁止价格欺诈规定 第十六条)'),
 ('jiahe-bottle', '/item/jiahe-bottle.html', '奶瓶', item('宽口径奶瓶',
   '<span class="price">¥89</span>', '<p>最佳使用温度40℃，请勿微波加热。</p>'), None, '-',
   'trap: 最佳使用温度 is a usage tip (2023 绝对化用语 guideline)'),
]))
SITES.append(dict(kind='mall', id='meiji-live', side='main', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('meiji-home', '/shop/meiji-live/', '美肌直播间', shop('美肌直播间',
   '<table class="lic"><tr><td>主体</td><td>广州天河美肌生物科技有限公司</td></tr><tr><td>统一社会信用代码</td><td>91440106MAYKLMP19T</td></tr></table>',
   mark='<a class="badge mall-mark" href="http://mall.wangjian.test/rule/mark">商城认证</a>',
   extra='<p>驰名中外的广州早茶伴手礼也在直播间上新啦！</p>'), None, '-',
   'trap: 驰名中外 is a common idiom with no 商标 (商标法 第十四条第五款 bans the words 驰名商标 only); licence in a table'),
 ('meiji-pad', '/item/meiji-pad.html', '硅胶洗脸刷', item('硅胶洗脸刷',
   '<div class="live-price"><span class="price now">直播价 ¥99</span> <span class="line">原价 ¥199</span></div>',
   '<p>医用级硅胶材质（材料等级），不宣称任何治疗作用。</p>'), None, '-',
   'trap: 原价199 equals the lowest price in the 7 days before (history 3 days: 199; the 89 capture is 10 days old); 医用级 is a material grade, no efficacy claim'),
 ('meiji-cream', '/item/meiji-cream.html', '面霜', item('保湿面霜 50g',
   '<span class="price">¥ 129</span>',
   '<p>主播提醒：敏感肌请先做耳后测试，如有不适请停止使用并咨询医生。未拆封支持七天无理由退货。</p>'), None, '-',
   'trap: safety advice and a return grant; no efficacy claim, no refusal'),
]))
# ---------------------------------------------------------------- MAIN: independent sites
SITES.append(dict(kind='indep', id='www.taiyuan-tea.test', side='main', enc='big5', bom=False, meta='big5', style='empire', name='台源茶行', pages=[
 ('taiyuan-home', '/', '台源茶行 首頁', '<div class="main"><p>臺灣阿里山高山烏龍，台灣茶農直送大陸。</p><p>特級茶葉，每批送檢。</p></div>',
   '經營主體：廈門海峽臺貨貿易有限公司　統一社會信用代碼：91350200MAFNM21P11<br><a href="https://beian.miit.gov.cn/">閩ICP備2024015678號-1</a>　閩公網安備 35020302000123號', '-',
   'trap: traditional-script licence block with 臺 for 台 names the registered company; 閩ICP備 is 闽 in traditional script; 特級 a grade'),
 ('taiyuan-oolong', '/product/oolong.html', '阿里山烏龍', '<div class="pro"><h2>阿里山烏龍 150g</h2><p>售價 人民幣 ３８０ 元　專櫃價 ６８０ 元</p><p>喝了降血糖，根治糖尿病。</p></div>', None, 'FALSE_CLAIM',
   'FALSE_CLAIM: tea said to cure diabetes (广告法 第十七条); no history so 專櫃價 unchecked'),
 ('taiyuan-news', '/news/1.html', '茶葉小知識', '<div class="news"><p>新聞：國家早在2008年已取消食品「免檢產品」制度，請勿相信標榜免檢的商家。</p></div>', None, '-',
   'trap: news about abolition of 免检, no honour claimed'),
]))
SITES.append(dict(kind='indep', id='www.hkwatch-hub.test', side='main', enc='big5', bom=False, meta='big5', style='shopify', name='港錶匯', pages=[
 ('hkwatch-home', '/', '港錶匯', '<section><p>香港直郵，內地包稅。全港最平！</p></section>',
   '深圳市港灣鐘錶貿易有限公司 統一社會信用代碼 914403009139099647', 'ABSOLUTE_TERM,ICP_MISSING',
   'ICP_MISSING: no ICP number on an independent site home (互联网信息服务管理办法 第十二条); ABSOLUTE_TERM: 全港最平 = cheapest (广告法 第九条); company name printed in traditional script matches the registry'),
 ('hkwatch-item', '/products/dj.html', '腕錶', '<div class="product"><h1>復古腕錶</h1><p>高倣 一比一 做工，專櫃同款。</p><p>售價 RMB 1,280</p></div>', None, 'COUNTERFEIT_TERM',
   'COUNTERFEIT_TERM: 高倣 (variant of 高仿) and 一比一 (商标法 第五十七条)'),
 ('hkwatch-faq', '/pages/faq.html', '常見問題', '<div class="faq"><p>問：可以退貨嗎？答：本店腕錶不支持七天無理由退貨，售出不退。</p></div>', None, 'RETURN_REFUSED',
   'RETURN_REFUSED: watches outside 消保法 第二十五条 exemptions'),
]))
SITES.append(dict(kind='indep', id='shop.taipin-beauty.test', side='main', enc='big5', bom=False, meta='big5', style='uniapp', name='台品美妝', pages=[
 ('taipin-home', '/index.html', '台品美妝', '<uni-view class="banner">台灣美妝直送</uni-view>',
   '上海浦東臺品貿易有限公司<br>統一社會信用代碼：9131O1152199351859<br>滬ICP備2023088123號', 'LICENSE_INVALID',
   'LICENSE_INVALID: letter O printed where 0 belongs makes the code fail GB 32100 (O is not in the code set; false display under 电子商务法 第十五条); 滬ICP備 is a valid traditional 沪'),
 ('taipin-mask', '/pages/mask.html', '面膜', '<uni-view class="goods"><uni-text>玻尿酸面膜</uni-text><uni-text>售價 人民幣99元</uni-text><uni-text>好評返現5元，曬圖再送小樣</uni-text></uni-view>', None, 'REVIEW_INDUCEMENT',
   'REVIEW_INDUCEMENT: 好評返現 in traditional script (电子商务法 第十七条)'),
 ('taipin-cream', '/pages/cream.html', '淡斑霜', '<uni-view class="goods"><uni-text>淡斑霜</uni-text><uni-text>七天祛斑，永不復發，保證無效退款。</uni-text></uni-view>', None, 'FALSE_CLAIM',
   'FALSE_CLAIM: cosmetics promising permanent spot removal (广告法 第十七条/第二十八条)'),
]))
SITES.append(dict(kind='indep', id='www.wumen-silk.test', side='main', enc='gbk', bom=False, meta='gbk', style='dede', name='吴门丝绸', pages=[
 ('wumen-home', '/', '吴门丝绸', '<div class="w960"><p>苏州真丝，驰 名 商 标，百年老字号。</p></div>',
   '苏州吴门丝绸有限公司 统一社会信用代码91320500497465072F <a href="https://beian.miit.gov.cn/">苏ICP备12345678号</a>', 'ICP_INVALID,WELLKNOWN_MARK_AD',
   'ICP_INVALID: 12345678 is a placeholder, not a filing (互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法); WELLKNOWN_MARK_AD: spaced 驰 名 商 标 (商标法 第十四条第五款)'),
 ('wumen-scarf', '/a/scarf.html', '真丝围巾', '<div class="w960"><p>真丝围巾 门市价：贰佰捌拾元 现价：<b>168</b>元</p><p>6A级桑蚕丝（行业分级）。</p></div>', None, '-',
   'trap: 6A级 is a raw-silk grade of GB/T 1797 (standard-grade exemption); 门市价 in words, no history'),
 ('wumen-about', '/a/about.html', '关于我们', '<div class="w960"><p>本公司严格执行商标法，产品包装不使用“驰名商标”字样。</p></div>', None, '-',
   'trap: 驰名商标 quoted as a word the firm avoids, per 商标法 第十四条第五款 — not advertising use'),
]))
SITES.append(dict(kind='indep', id='www.guanlan-wine.test', side='main', enc='gbk', bom=False, meta=None, style='phpcms', name='观澜酒坊', pages=[
 ('guanlan-home', '/', '观澜酒坊', '<div class="content"><p>自酿米酒，家庭作坊。</p></div>',
   '本店为家庭手工业产品经营者，依据《电子商务法》第十条无需办理市场主体登记。<br>粤ICP备2024001234号-1', '-',
   'trap: 电子商务法 第十条 exemption statement satisfies 第十五条; meta charset missing (GBK bytes, no meta)'),
 ('guanlan-wine', '/html/wine.html', '米酒', '<div class="content"><p>糯米酒 每斤 ￥２５</p><p>饮酒过量有害健康，孕妇勿饮。</p></div>', None, '-',
   'trap: health warning, not an efficacy claim; meta charset missing'),
 ('guanlan-cig', '/html/yan.html', '烟', '<div class="content"><p>香烟批发 中华 软包 整条 ￥450 全国包邮 代购外烟</p></div>', None, 'PROHIBITED_GOODS',
   'PROHIBITED_GOODS: cigarettes sold online without licence (烟草专卖法 第三十一条, 国家禁售); meta charset missing'),
]))
SITES.append(dict(kind='indep', id='www.qinglan-cos.test', side='main', enc='utf-8', bom=True, meta='gbk', style='wp', name='青岚美妆', pages=[
 ('qinglan-home', '/', '青岚美妆', '<article><p>效果最好、全网第一的美白精华，用过都说好。</p></article>',
   '杭州青岚美妆有限公司 统一社会信用代码 91330100MAAK130J2H <a href="https://beian.miit.gov.cn/">浙ICP备2022031188号-2</a>', 'ABSOLUTE_TERM',
   'ABSOLUTE_TERM: 效果最好/全网第一 (广告法 第九条第三项); UTF-8 with BOM, meta wrongly says gbk'),
 ('qinglan-serum', '/serum/', '精华', '<article><p>美白精华 ¥ 239</p><p>化妆品不能代替药品，皮肤病请就医。</p></article>', None, '-',
   'trap: advice that cosmetics do not replace medicine; UTF-8 with BOM, meta wrongly says gbk'),
 ('qinglan-toner', '/toner/', '爽肤水', '<article><p>爽肤水 ¥129，不支持七日无理由退货</p></article>', None, 'RETURN_REFUSED',
   'RETURN_REFUSED: unopened cosmetics not in 消保法 第二十五条 exemptions; UTF-8 with BOM, meta wrongly says gbk'),
]))
SITES.append(dict(kind='indep', id='www.minhai-pet.test', side='main', enc='utf-8', bom=False, meta='utf-8', style='hishop', name='榕城宠物', pages=[
 ('minhai-home', '/', '榕城宠物', '<div class="index"><p>猫粮狗粮批发</p></div>',
   '福州榕城宠物用品有限公司 統一社會信用代碼 91350100MA33UFEF1E｜闽公网安备 35010202000456号', 'ICP_MISSING',
   'ICP_MISSING: only a 公网安备 number, which is not an ICP filing (互联网信息服务管理办法 第十二条); mixed-script licence label'),
 ('minhai-food', '/goods/1.html', '猫粮', '<div class="goods"><p>天然猫粮 10kg ¥268</p><p>吃了不掉毛不生病，治疗猫癣。</p></div>', None, 'FALSE_CLAIM',
   'FALSE_CLAIM: feed claimed to treat ringworm; non-drug (广告法 第十七条 by analogy, 兽药管理条例)'),
 ('minhai-toy', '/goods/2.html', '逗猫棒', '<div class="goods"><p>逗猫棒 ¥19</p><p>最高可叠加满100减20优惠券。</p></div>', None, '-',
   'trap: 最高可叠加 states a coupon limit, not a quality claim'),
]))
# ---------------------------------------------------------------- HOLDOUT: mall shops
SITES.append(dict(kind='mall', id='bairong-bao', side='holdout', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('bairong-home', '/shop/bairong-bao/', '百荣保健', shop('百荣保健馆', '企业名称：广州天河百荣保健品有限公司 统一社会信用代码：91440106079244023D'), None, 'LICENSE_MISMATCH',
   'LICENSE_MISMATCH: registry names 91440106079244023D as 广州市天河区丰源保健品有限公司, the shop shows another name (电子商务法 第十五条)'),
 ('bairong-cap', '/item/bairong-cap.html', '灵芝胶囊', item('灵芝孢子粉胶囊',
   '<span class="price">¥<i>3</i><i>9</i><i>8</i></span> 市场价¥<i>9</i><i>9</i><i>8</i>', '<p>辅助降血压、防治肿瘤，国家免检。</p>'), None, 'FAKE_ORIGINAL_PRICE,FALSE_CLAIM,FALSE_HONOUR',
   'FALSE_CLAIM: disease claims for a non-drug (广告法 第十七条); FALSE_HONOUR: 国家免检 abolished in 2008 (广告法 第二十八条); FAKE_ORIGINAL_PRICE: 市场价998 above 368 seen 6 days earlier (明码标价和禁止价格欺诈规定 第十六条)'),
 ('bairong-tip', '/item/bairong-tip.html', '蜂蜜', item('枇杷蜂蜜',
   '<span class="price">¥58</span>', '<p>本品为普通食品，不具有疾病预防、治疗功能。</p>'), None, '-',
   'trap: statutory disclaimer text, no efficacy claim'),
]))
SITES.append(dict(kind='mall', id='xiaoliang-digi', side='holdout', enc='gbk', bom=False, meta='gbk', pages=[
 ('xiaoliang-home', '/shop/xiaoliang-digi/', '小梁数码', shop('小梁数码', '深圳市福田区小梁数码店 924403000308246256', mark=''), None, 'MARK_MISSING',
   'MARK_MISSING: no mall-mark element on the shop home (platform profile: 平台为网店亮标; 电子商务法 第十五条 display via the platform)'),
 ('xiaoliang-cam', '/item/xiaoliang-cam.html', '摄像头', item('迷你无线摄像头 插座伪装',
   '<span class="price">￥168</span>', '<p>针孔隐蔽安装，偷拍不被发现，远程监听。</p>'), None, 'PROHIBITED_GOODS',
   'PROHIBITED_GOODS: disguised pinhole camera/eavesdropping device (刑法 第二百八十四条, 专用间谍器材; 国家禁售)'),
 ('xiaoliang-key', '/item/xiaoliang-key.html', '激活码', item('正版杀毒软件激活码',
   '<span class="price">￥59</span>', '<p>数字化商品，激活码发出后不支持七天无理由退货。</p>'), None, '-',
   'trap: online-delivered software is a statutory exemption (消保法 第二十五条(三))'),
]))
SITES.append(dict(kind='mall', id='amo-bing', side='holdout', enc='gb18030', bom=False, meta='gb18030', pages=[
 ('amo-home', '/shop/amo-bing/', '阿嬷饼铺', shop('阿嬷饼铺', '厦门市思明区阿嬷饼铺 统一社会信用代码 92350200597971140Q', extra='<p>招牌𩽾𩾌鱼馅饼</p>'), None, '-',
   'trap: valid 个体 code (kind 92) in registry as 存续; GB18030 page'),
 ('amo-cake', '/item/amo-cake.html', '馅饼', item('𩽾𩾌鱼馅饼',
   '<span class="price">¥ 35</span> <del>原价 ¥45</del>', '<p>鲜食糕点，保质期3天，属鲜活易腐，不支持七天无理由退货。</p>'), None, 'FAKE_ORIGINAL_PRICE',
   'FAKE_ORIGINAL_PRICE: 原价45 above 32 seen 0.5 days earlier (明码标价和禁止价格欺诈规定 第十六条); refusal lawful for 鲜活易腐 (消保法 第二十五条(二)); GB18030 characters outside GBK'),
 ('amo-tea', '/item/amo-tea.html', '茶饼', item('老茶饼',
   '<span class="price">¥88</span>', '<p>中国名牌产品，荣誉出品。配𩽾𩾌鱼干更香。</p>'), None, 'FALSE_HONOUR',
   'FALSE_HONOUR: 中国名牌产品 evaluation abolished 2008 (反不正当竞争法 第九条)'),
]))
SITES.append(dict(kind='mall', id='gusu-xiu', side='holdout', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('gusu-home', '/shop/gusu-xiu/', '姑苏刺绣', shop('姑苏刺绣', '营业执照：苏州姑苏刺绣有限公司 9132 0500 MA4P 7CCX 4C'), None, '-',
   'trap: valid code printed in groups'),
 ('gusu-fan', '/item/gusu-fan.html', '团扇', item('苏绣团扇',
   '<span class="price">¥288</span>', '<p>好评后加微信领红包，五星评价截图返现。</p>'), None, 'REVIEW_INDUCEMENT',
   'REVIEW_INDUCEMENT: red packet for five-star review (电子商务法 第十七条)'),
 ('gusu-copy', '/item/gusu-copy.html', '挂画', item('苏绣挂画 名画',
   '<span class="price">¥1280</span>', '<p>精 仿 LV 老花图案，超Ａ级别。</p>'), None, 'COUNTERFEIT_TERM',
   'COUNTERFEIT_TERM: 精 仿 / 超Ａ with a brand pattern (商标法 第五十七条)'),
]))
SITES.append(dict(kind='mall', id='laozhou-wujin', side='holdout', enc='utf-8', bom=False, meta='utf-8', pages=[
 ('laozhou-home', '/shop/laozhou-wujin/', '老周五金', shop('老周五金', '<p style="visibility:hidden">92330102684656325L</p>', mark=''), None, 'LICENSE_MISSING,MARK_MISSING',
   'LICENSE_MISSING: licence only in visibility:hidden (电子商务法 第十五条); MARK_MISSING: no mall-mark element (平台为网店亮标)'),
 ('laozhou-gun', '/item/laozhou-gun.html', '钢珠', item('户外打猎 钢珠 气狗 配件',
   '<span class="price">¥320</span>', '<p>秃鹰气枪整套，铅弹送500发。</p>'), None, 'PROHIBITED_GOODS',
   'PROHIBITED_GOODS: air guns and pellets (枪支管理法; 国家禁售)'),
 ('laozhou-knife', '/item/laozhou-knife.html', '菜刀', item('不锈钢菜刀',
   '<span class="price">¥49</span>', '<p>厨房用刀，不属于管制刀具。支持七天无理由。</p>'), None, '-',
   'trap: kitchen knife, lawful'),
]))
# ---------------------------------------------------------------- HOLDOUT: independent sites
SITES.append(dict(kind='indep', id='www.aogang-pastry.test', side='holdout', enc='big5', bom=False, meta='big5', style='shopex', name='澳港手信', pages=[
 ('aogang-home', '/', '澳港手信', '<div class="GoodsList"><p>澳門杏仁餅、蛋捲，香港老字號。</p></div>',
   '深圳市澳港食品有限公司 統一社會信用代碼 91440300MAH3J9HT4N<br>港ICP備2024003344號', 'ICP_INVALID',
   'ICP_INVALID: 港 is not a mainland filing province abbreviation (互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法)'),
 ('aogang-egg', '/goods/egg.html', '蛋捲', '<div class="GoodsInfo"><p>手工蛋捲 售價 人民幣８８元 門市價 人民幣１２８元</p><p>最佳賞味期十五天。</p></div>', None, 'FAKE_ORIGINAL_PRICE',
   'FAKE_ORIGINAL_PRICE: 門市價128 above 78 seen 3 days earlier (明码标价和禁止价格欺诈规定 第十六条); 最佳賞味期 is a tip'),
 ('aogang-honor', '/goods/honor.html', '杏仁餅', '<div class="GoodsInfo"><p>榮獲「中國馳名商標」，全國第一品牌。</p></div>', None, 'ABSOLUTE_TERM,WELLKNOWN_MARK_AD',
   'WELLKNOWN_MARK_AD: 馳名商標 (商标法 第十四条第五款); ABSOLUTE_TERM: 全國第一 (广告法 第九条)'),
]))
SITES.append(dict(kind='indep', id='www.taixiang-lab.test', side='holdout', enc='big5', bom=False, meta='big5', style='wechat', name='臺香生技', pages=[
 ('taixiang-home', '/', '臺香生技', '<p>台灣生技，大陸總代理。</p>',
   '福州閩臺茶葉有限公司　統一社會信用代碼 91350100281590130A', 'ICP_MISSING,LICENSE_MISMATCH',
   'ICP_MISSING: no ICP number (互联网信息服务管理办法 第十二条); LICENSE_MISMATCH: registry status 经营异常 (电子商务法 第十五条)'),
 ('taixiang-pill', '/s/pill.html', '酵素', '<p>酵素 售價 人民幣 ４６０ 元</p><p>一天一粒，癌細胞不見了，三高全消。</p>', None, 'FALSE_CLAIM',
   'FALSE_CLAIM: enzyme drink claimed to remove cancer (广告法 第十七条)'),
 ('taixiang-stun', '/s/stun.html', '電擊棒', '<p>防身電擊棒 高壓 可充電 女子防狼必備 售價 人民幣２８０元</p>', None, 'PROHIBITED_GOODS',
   'PROHIBITED_GOODS: 电击器 are controlled police equipment (国家禁售)'),
]))
SITES.append(dict(kind='indep', id='www.heben-dq.test', side='holdout', enc='gbk', bom=False, meta='utf-8', style='hishop', name='禾本电器', pages=[
 ('heben-home', '/', '禾本电器', '<p>小家电工厂店</p>',
   '杭州禾本电器有限公司 统一社会信用代码 9133010078666617XF<br>浙ICP备2023O4O507号', 'ICP_INVALID,LICENSE_INVALID',
   'LICENSE_INVALID: check char F instead of E (GB 32100; false display under 电子商务法 第十五条); ICP_INVALID: letter O inside the filing number (互联网信息服务管理办法 第十二条); GBK bytes with a wrong meta charset=utf-8'),
 ('heben-fan', '/p/fan.html', '电风扇', '<p>落地扇 ￥１９９ 划线价 ￥２９９</p><p>不含“国家级”等绝对化用语，放心购。</p>', None, '-',
   'trap: 国家级 quoted in a statement of compliance; no history; wrong meta charset=utf-8 on GBK bytes'),
 ('heben-kettle', '/p/kettle.html', '电水壶', '<p>电水壶 ￥８９</p><p>晒图评价送延保一年。</p><p>电器类不支持7天无理由退货。</p>', None, 'RETURN_REFUSED,REVIEW_INDUCEMENT',
   'REVIEW_INDUCEMENT: warranty reward for photo reviews (电子商务法 第十七条); RETURN_REFUSED: kettles are outside 消保法 第二十五条 exemptions; wrong meta charset=utf-8 on GBK bytes'),
]))
SITES.append(dict(kind='indep', id='m.xianyu-like.test', side='holdout', enc='utf-8', bom=False, meta=None, style='xianyu', name='闲置好物', pages=[
 ('xianyu-home', '/', '闲置好物', '<p>个人闲置转让，零星小额交易。</p>',
   '个人卖家，依据电子商务法第十条属零星小额交易，无需登记。<br>京ICP备2025010101号-3', '-',
   'trap: 第十条 零星小额交易 statement; meta missing on UTF-8'),
 ('xianyu-bag', '/i/1.html', '包', '<p>二手包 ￥２００ 非原单非高仿，专柜购入有票。</p>', None, '-',
   'trap: 非原单非高仿 are denials; meta missing'),
 ('xianyu-shoe', '/i/2.html', '鞋', '<p>莆田 纯原 AJ1 ￥３５０ 同城可面交</p>', None, 'COUNTERFEIT_TERM',
   'COUNTERFEIT_TERM: 莆田纯原 for a branded shoe model (商标法 第五十七条); meta missing'),
]))
# ---------------------------------------------------------------- added sites (main N1, N2, N4; holdout N3, N5)
SITES.append(dict(kind='indep', id='www.laohe-tea.test', side='main', enc='utf-8', bom=False, meta='utf-8', style='empire', name='老何茶叶', pages=[
 ('laohe-home', '/index.html', '老何茶叶', '<div class="main"><p>京城老茶铺，二十年只卖好茶。</p><img src="/images/kexin.png" alt="可信网站 身份验证"></div>',
   'Copyright © 2026 老何茶叶 &nbsp; <a href="https://beian.miit.gov.cn/">京ICP备2025XXXX号</a>', 'ICP_INVALID,LICENSE_MISSING',
   'LICENSE_MISSING: only a 可信网站 trust seal, which is not licence information (电子商务法 第十五条); ICP_INVALID: XXXX placeholder instead of digits (互联网信息服务管理办法 第十二条)'),
 ('laohe-jasmine', '/cp/jasmine.html', '茉莉花茶', '<div class="cp"><h2>茉莉花茶</h2><p>&#20013;&#22269;&#39536;&#21517;&#21830;&#26631; 老字号出品 ¥128/斤</p></div>', None, 'WELLKNOWN_MARK_AD',
   'WELLKNOWN_MARK_AD: 中国驰名商标 written as numeric character references (商标法 第十四条第五款)'),
 ('laohe-return', '/help/return.html', '退换说明', '<div class="help"><p>特价商品同样支持七天无理由退货。茶叶拆封后影响二次销售的，请在购买时确认。</p><p>第一批春茶已到。</p></div>', None, '-',
   'trap: return policy grants 7-day returns; 第一批 is an ordinal, not a superlative'),
]))
SITES.append(dict(kind='indep', id='www.puxin-paper.test', side='main', enc='utf-8', bom=False, meta='utf-8', style='phpcms', name='浦新文具', pages=[
 ('puxin-home', '/', '浦新文具', '<div class="content"><p>办公文具一站式采购</p><!-- 沪ICP备2022009876号-1 --></div>',
   '上海浦新文具有限公司 统一社会信用代码 91310115MAQAEJXE6E <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&serial=913101152199351859-SAIC_SHOW_310000913101152199351859&signData=MEQ">电子营业执照亮照</a>', 'ICP_MISSING,LICENSE_MISMATCH',
   'LICENSE_MISMATCH: the electronic-licence link serial names 913101152199351859, not the code shown (电子商务法 第十五条); ICP_MISSING: the ICP number is only inside an HTML comment (互联网信息服务管理办法 第十二条)'),
 ('puxin-pen', '/list/pen.html', '中性笔', '<div class="content"><p>中性笔 12支装 ¥18.8</p><p>国家质量免检产品，出口品质。</p></div>', None, 'FALSE_HONOUR',
   'FALSE_HONOUR: 免检 scheme abolished (广告法 第二十八条)'),
 ('puxin-pencil', '/list/pencil.html', '铅笔', '<div class="content"><p>答题卡专用2B铅笔 ¥9.9</p><p>符合GB/T 26704 优等品；考试最好备两支。</p></div>', None, '-',
   'trap: 优等品 is a grade of the national standard, 最好备两支 is advice'),
]))
SITES.append(dict(kind='indep', id='www.xiuniang-studio.test', side='holdout', enc='utf-8', bom=False, meta='utf-8', style='wechat', name='绣娘工作室', pages=[
 ('xiuniang-home', '/', '绣娘工作室', '<p>一针一线，苏绣手作。欢迎关注公众号下单。</p>',
   '<a href="https://beian.miit.gov.cn/">苏ICP备2024056789号-1</a>', 'LICENSE_MISSING',
   'LICENSE_MISSING: home shows no licence, no link to a licence page, no exemption (电子商务法 第十五条); ICP valid'),
 ('xiuniang-about', '/about.html', '关于绣娘', '<p>营业执照注册号：320508000123456（苏州市姑苏区绣娘工作室）</p>', None, 'LICENSE_INVALID',
   'LICENSE_INVALID: 15-digit 注册号 fails ISO 7064 MOD 11,10 (check should be 7; false display under 电子商务法 第十五条)'),
 ('xiuniang-order', '/order.html', '定制下单', '<p>定制姓名刺绣手帕 ¥６８，按买家要求绣字，属定作商品，不适用七日无理由退货。</p>', None, '-',
   'trap: 定作 goods, statutory exemption 消保法 第二十五条(一)'),
]))
SITES.append(dict(kind='indep', id='www.shiguang-glasses.test', side='main', enc='utf-8', bom=False, meta='utf-8', style='shopify', name='拾光眼镜', pages=[
 ('shiguang-home', '/', '拾光眼镜', '<section><p>独立设计眼镜品牌</p></section>',
   '杭州拾光眼镜有限公司　统一社会信用代码：<span>9</span><span>1</span><span>3</span><span>3</span><span>0</span><span>1</span><span>0</span><span>2</span><span>M</span><span>A</span><span>2</span><span>5</span><span>4</span><span>7</span><span>M</span><span>7</span><span>3</span><span>U</span>　浙ICP备 2021023456号-1　浙公网安备 33010202001234号', '-',
   'trap: valid code split one character per span, ICP with a space (lawful layout)'),
 ('shiguang-lens', '/products/lens.html', '定制镜片', '<div class="product"><p>按处方定制近视镜片 ¥399起</p><p>镜片按您的度数定制，属定作商品，不支持七天无理由退货；镜框支持。</p></div>', None, '-',
   'trap: prescription lenses are 定作 (消保法 第二十五条(一))'),
 ('shiguang-retro', '/products/1990.html', '1990复刻', '<div class="product"><p>拾光 1990 经典款复刻（本品牌自有款型重新发售） ¥699</p></div>', None, '-',
   'trap: the brand reissues its own model; no third-party mark (商标法 第五十七条 not engaged)'),
]))
SITES.append(dict(kind='indep', id='www.aming-tea.test', side='holdout', enc='utf-8', bom=False, meta='utf-8', style='dede', name='阿明茶行', pages=[
 ('aming-home', '/', '阿明茶行', '<div class="w960"><p>潮州凤凰单丛</p></div>',
   '<dl><dt>经营者</dt><dd>广州市天河区阿明茶行</dd><dt>統一社會信用代碼</dt><dd>９２４４０１０６６８５９９５２８１３</dd></dl>粵ICP備2023012345號-2 &nbsp; 粤公网安备 44010602003456号', '-',
   'trap: full-width code, traditional labels and 粵ICP備 in a simplified page, all lawful'),
 ('aming-dancong', '/a/dancong.html', '单丛', '<div class="w960"><p>蜜兰香单丛 ¥２６８/斤</p><p>第一泡最好倒掉，茶水比例1:1.5冲泡。</p></div>', None, '-',
   'trap: 最好 is brewing advice, 1:1.5 a ratio'),
 ('aming-review', '/a/review.html', '评价', '<div class="w960"><p>欢迎真实评价，本店不设任何评价奖励。满300返30元现金券（与评价无关）。</p></div>', None, '-',
   'trap: cashback tied to spend, not to reviews'),
]))

# ---------------------------------------------------------------- registry (hand-written)
REGISTRY = [
 ('91330100MA27WJ011R', '杭州网剑网络科技有限公司', '存续'),
 ('9133010652601815X8', '杭州西溪茶业有限公司', '存续'),
 ('91330106MA272HD156', '杭州木遥家居有限公司', '存续'),
 ('923301069083016635', '杭州市西湖区阿芳手作店', '存续'),
 ('91330102712768421A', '杭州上城蓝湾服饰有限公司', '存续'),
 ('92330100603137217B', '杭州市陈记炒货店', '吊销'),
 ('914403009139099647', '深圳市港湾钟表贸易有限公司', '存续'),
 ('92310115190937864L', '上海市浦东新区丽丽服装店', '存续'),
 ('911101055432319483', '北京朝阳京华礼品有限公司', '存续'),
 ('91110105MAGD5QA42T', '北京朝阳佳禾母婴用品有限公司', '存续'),
 ('91350200MAFNM21P11', '厦门海峡台货贸易有限公司', '存续'),
 ('913101152199351859', '上海浦东台品贸易有限公司', '存续'),
 ('91320500497465072F', '苏州吴门丝绸有限公司', '存续'),
 ('91330100MAAK130J2H', '杭州青岚美妆有限公司', '存续'),
 ('91350100MA33UFEF1E', '福州榕城宠物用品有限公司', '存续'),
 ('91440106079244023D', '广州市天河区丰源保健品有限公司', '存续'),
 ('924403000308246256', '深圳市福田区小梁数码店', '存续'),
 ('92350200597971140Q', '厦门市思明区阿嬷饼铺', '存续'),
 ('91320500MA4P7CCX4C', '苏州姑苏刺绣有限公司', '存续'),
 ('92330102684656325L', '杭州市上城区老周五金店', '存续'),
 ('91440300MAH3J9HT4N', '深圳市澳港食品有限公司', '存续'),
 ('91350100281590130A', '福州闽台茶叶有限公司', '经营异常'),
 ('9133010078666617XE', '杭州禾本电器有限公司', '存续'),
 ('91310115MAQAEJXE6E', '上海浦新文具有限公司', '存续'),
 ('92320500529170341C', '苏州市姑苏区绣娘工作室', '存续'),
 ('91330102MA2547M73U', '杭州拾光眼镜有限公司', '存续'),
 ('924401066859952813', '广州市天河区阿明茶行', '存续'),
 ('91440106MAYKLMP19T', '广州天河美肌生物科技有限公司', '存续'),
]

# ---------------------------------------------------------------- price history (hand-written): page name -> [(suffix, days_before, price_html)]
HISTORY = {
 'xixi-longjing': [('a', 3, '<span class="price">¥158</span>'), ('b', 9, '<span class="price">¥398</span>')],
 'meiji-pad': [('a', 3, '<span class="price">直播价 ¥199</span>'), ('b', 10, '<span class="price">¥89</span>')],
 'xixi-baicha': [('a', 2, '<span class="price">￥１２８</span>')],
 'muyao-lamp': [('a', 5.5, '<span class="price">¥ 259</span>')],
 'lanwan-shirt': [('a', 6, '<span class="price">¥129</span>')],
 'gangwan-strap': [('a', 8.5, '<span class="price">¥49</span>'), ('b', 2, '<span class="price">¥99</span>')],
 'lili-coat': [('a', 1.5, '<span class="price">¥ 499</span>')],
 'jiahe-milk': [('a', 4, '<span class="price">¥258</span>')],
 'bairong-cap': [('a', 6, '<span class="price">¥368</span>')],
 'amo-cake': [('a', 0.5, '<span class="price">¥ 32</span>')],
 'aogang-egg': [('a', 3, '<p>售價 <span class="price">￥７８</span></p>')],
}

# ---------------------------------------------------------------- writer
def render(site, pg):
    name, path, title, body, footer, codes, note = pg
    if site['kind'] == 'mall':
        html = mall_page(title, body, site['meta'])
        url = 'http://%s%s' % (MALL, path)
    else:
        foot = footer if footer is not None else ('Copyright 2026 %s' if site['enc'] in ('big5', 'gbk') else '© 2026 %s 版权所有') % site['name']
        html = indep_page(site['style'], site['name'], title, body, foot, site['meta'])
        url = 'http://%s%s' % (site['id'], path)
    return url, encode(html, site['enc'], site['bom'])

def write_all(out):
    if os.path.exists(out):
        for sub in ('pages', 'history', 'holdout'):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    rows = {'main': ([], [], []), 'holdout': ([], [], [])}
    n = 0
    for site in SITES:
        base = out if site['side'] == 'main' else os.path.join(out, 'holdout')
        labels, notes, hist = rows[site['side']]
        for pg in site['pages']:
            n += 1
            url, data = render(site, pg)
            fn = '%03d-%s.html' % (n, pg[0])
            os.makedirs(os.path.join(base, 'pages'), exist_ok=True)
            open(os.path.join(base, 'pages', fn), 'wb').write(data)
            labels.append('%s\t%s\t%s' % (fn, url, pg[5]))
            note = pg[6]
            notes.append('%s\t%s\t%s\t%s' % (fn, site['enc'], 'yes' if site['bom'] else 'no', note))
            for suf, days, price in HISTORY.get(pg[0], []):
                hfn = '%03d-%s-%s.html' % (n, pg[0], suf)
                h = mall_page(pg[2], item(pg[2], price, '<p>历史快照</p>'), 'utf-8') if site['kind'] == 'mall' else \
                    indep_page(site['style'], site['name'], pg[2], price, '© 2026 %s' % site['name'], 'utf-8')
                os.makedirs(os.path.join(base, 'history'), exist_ok=True)
                open(os.path.join(base, 'history', hfn), 'wb').write(h.encode('utf-8'))
                hist.append('%s\t%s\t%s' % (hfn, url, days))
    for side, (labels, notes, hist) in rows.items():
        base = out if side == 'main' else os.path.join(out, 'holdout')
        os.makedirs(base, exist_ok=True)
        open(os.path.join(base, 'labels.tsv'), 'w').write('# file\turl\tcodes\n' + ''.join(l + '\n' for l in labels))
        open(os.path.join(base, 'notes.tsv'), 'w').write('# file\tencoding\tbom\tnote\n' + ''.join(l + '\n' for l in notes))
        open(os.path.join(base, 'history.tsv'), 'w').write('# file\turl\tdays_before\n' + ''.join(l + '\n' for l in hist))
    open(os.path.join(out, 'registry.tsv'), 'w').write('# code\tname\tstatus\n' + ''.join('%s\t%s\t%s\n' % r for r in REGISTRY))

GENERATED = ['pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv']

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv:
        tmp = tempfile.mkdtemp()
        write_all(tmp)
        bad = []
        def cmp(a, b, rel):
            if os.path.isdir(a):
                names = set(os.listdir(a)) | set(os.listdir(b) if os.path.isdir(b) else [])
                for x in sorted(names):
                    cmp(os.path.join(a, x), os.path.join(b, x), rel + '/' + x)
            elif not os.path.exists(b) or not os.path.exists(a) or open(a, 'rb').read() != open(b, 'rb').read():
                bad.append(rel)
        for g in GENERATED:
            cmp(os.path.join(tmp, g), os.path.join(here, g), g)
        shutil.rmtree(tmp)
        if bad:
            print('differs:', *bad[:20]); sys.exit(1)
        print('check ok'); return
    write_all(here)

if __name__ == '__main__':
    main()
