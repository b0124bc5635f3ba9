#!/usr/bin/env python3
"""corpus9/t — hand-written shop pages from the grey edges of online trade, with hand-written labels.

Every page below is written by hand; its codes and note are typed next to it after reading the page
against the law (see README.md).  Nothing here computes a label.  `python3 gen.py` writes the corpus,
`python3 gen.py --check` regenerates into a temp dir and compares byte for byte."""
import os, sys, shutil, tempfile, filecmp
from lib import encode, mall_shop, mall_item, page

MALL = "http://mall.wangjian.test"
PAGES = []      # (side, file, url, enc, bom, codes, note, text)
HIST = []       # (side, file, url, days_before, enc, text)
REGISTRY = []   # (code, name, status)


def P(side, file, url, enc, bom, codes, note, text):
    PAGES.append((side, file, url, enc, bom, codes, note, text))


def H(side, file, url, days, enc, text):
    HIST.append((side, file, url, days, enc, text))


def R(code, name, status):
    REGISTRY.append((code, name, status))


# ====================================================================== registry extract
R("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续")
R("91330106MA2KJ8N51T", "杭州佳佳直播电子商务有限公司", "存续")
R("91330206MA2AH4R72A", "宁波丽丽跨境贸易有限公司", "经营异常")
R("91410105MA9F2L7T7R", "郑州闪回数码科技有限公司", "存续")
R("91510107MA6C3Q8W9M", "成都邻里鲜社区电子商务有限公司", "存续")
R("91440106MA5D9R2K7D", "广州享家汇网络科技有限公司", "存续")
R("91440300MA5FTB2X09", "深圳市源芳贸易有限公司", "存续")
R("91350203MA32UH6C07", "厦门鹿谷茶业有限公司", "存续")
R("91430104MA4P7M1Q4R", "长沙游卡网络科技有限公司", "存续")
R("520382000019378", "仁怀市酱香坊酒业有限公司", "存续")
R("91320508MA1Y6GHK83", "苏州墨拍文化创意有限公司", "存续")
R("91440111MA59WQ3N7Y", "广州绿意仿真植物有限公司", "存续")
R("91350102MA8TL4P29E", "福州扬扬食品有限公司", "存续")
R("91500105MA60XK5H3U", "重庆康年生物科技有限公司", "存续")
R("91310115MA1H9F7B9Y", "上海茶小满餐饮管理有限公司", "存续")
R("91310115MA1K2C3D6A", "上海满杯餐饮管理有限公司", "注销")
R("91110105MA01K2RX4B", "北京泉藏文化发展有限公司", "存续")
R("91330106MA2Q7W3E3N", "杭州开店宝网络科技有限公司", "存续")
R("92330782MA2E7K3L7C", "义乌市美美日用品商行", "存续")

# ====================================================================== MAIN SIDE
# ---------------------------------------------------------------- platform shop: ahui-xianzhi (个人闲置)
P("m", "001-ahui-shop-home.html", MALL + "/shop/ahui-xianzhi/", "utf-8", False, "-",
  "trap: no 营业执照 shown, but the shop-license element carries the 电子商务法 第十条 statement (个人销售自用闲置物品, 零星小额) that 第十五条 accepts in place of licence information; mall-mark present. Modelled on 闲鱼-style personal resale shops; no case found",
  mall_shop("utf-8", "阿辉的闲置小铺", "阿辉的闲置小铺",
  '  <div class="shop-license exempt">主体信息：个人卖家（实名认证：王*辉）<br>本店仅转让本人自用闲置物品，属《中华人民共和国电子商务法》第十条规定的“零星小额交易活动”，依法不需要办理市场主体登记。</div>\n',
  '  <a class="mall-mark" href="/shop/ahui-xianzhi/mark">网剑商城 · 已认证个人店铺</a>\n',
  """<div class="notice">搬家清仓，东西都是自己用过的，价格好商量，同城可自提。<br>
不是贩子，数量有限，一件一件慢慢上。</div>
<ul class="goods-list">
  <li><a href="/item/xz20261101.html">Switch 续航版 自用 箱说全</a> <span class="price">¥1080</span></li>
  <li><a href="/item/xz20261102.html">老花水桶包 九九新</a> <span class="price">¥680</span></li>
</ul>"""))

P("m", "002-ahui-switch.html", MALL + "/item/xz20261101.html", "utf-8", False, "-",
  "trap: 高仿 and 翻新 appear only as denials (非高仿机/非翻新) by a private seller of a used console; 商标法 第五十七条 needs infringing goods, a denial names none. No return refusal: seller offers returns. no case found",
  mall_item("utf-8", "Switch 续航版 自用闲置", '<a href="/shop/ahui-xianzhi/">阿辉的闲置小铺</a>',
  """<h1>任天堂 Switch 续航版 国行 自用闲置 箱说全</h1>
<div class="price-box">一口价 <em class="price">¥1080</em></div>
<div class="desc">
<p>2023年京东自营买的，发票还在。电池健康，摇杆无漂移。</p>
<p>说明一下：<b>非高仿机、非翻新机、非拼装</b>，序列号可以官网查，见面可验。</p>
<p>个人闲置也支持收到7天内无理由退回，来回运费各付各的。</p>
</div>"""))

P("m", "003-ahui-bag.html", MALL + "/item/xz20261102.html", "utf-8", False, "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 商标法 第五十七条 — 'LV 原单尾货' and '跟专柜一比一' offer goods bearing another's mark made outside the brand (原单 = factory overrun claim). Case: 常熟市人民法院 2015, 孙某 微信朋友圈 销售假冒 香奈儿/LV 奢侈品 (销售假冒注册商标的商品罪); an individual 闲置 shop selling the same kind",
  mall_item("utf-8", "老花水桶包 九九新", '<a href="/shop/ahui-xianzhi/">阿辉的闲置小铺</a>',
  """<h1>老花 水桶包 九九新 闲置转让</h1>
<div class="price-box"><span class="price">¥680</span></div>
<div class="desc">
<p>朋友从广州拿的 L<span>V</span> 原<span>单</span>尾货，背过两次，五金没有划痕。</p>
<p>跟专柜一比一，皮料走线都一样，懂的来。可小刀，同城可面交。</p>
</div>"""))

# ---------------------------------------------------------------- platform shop: meimei-tuan (微商/社群团购), GBK like old Taobao
P("m", "004-meimei-shop-home.html", MALL + "/shop/meimei-tuan/", "gbk", False, "LICENSE_INVALID",
  "LICENSE_INVALID: 电子商务法 第十五条 (false display) — the shop-license shows 统一社会信用代码 92330782MA2E7K3L7K whose GB 32100 check character is wrong (correct 7C); mall-mark present, so no MARK_MISSING. no case found",
  mall_shop("gbk", "美美团购社", "美美团购社（义乌）",
  '  <div class="shop-license"><dl><dt>经营者</dt><dd>义乌市美美日用品商行</dd><dt>统一社会信用代码</dt><dd>92330782MA2E7K3L7K</dd><dt>类型</dt><dd>个体工商户</dd></dl></div>\n',
  '  <span class="badge mall-mark">网剑亮标</span>\n',
  """<div class="tuan-intro">每天早上8点开团，晚上10点截单，次日统一发货。<br>
团长招募中：宝妈优先，一部手机就能做，拉群就有佣金。</div>
<ul class="goods-list">
  <li><a href="/item/mm-jiaosu-01.html">青梅酵素果冻</a></li>
  <li><a href="/item/mm-egg-07.html">农家散养土鸡蛋 30枚</a></li>
</ul>"""))

P("m", "005-meimei-jiaosu.html", MALL + "/item/mm-jiaosu-01.html", "gbk", False, "FALSE_CLAIM,REVIEW_INDUCEMENT",
  "FALSE_CLAIM: 广告法 第十七条, 第二十八条 — an ordinary food (果冻) sold as 排毒/清肠/通便/掉秤; case: 永康市茂凯商贸有限公司 拼多多 酵素食品 宣称'减肥 排毒瘦身 通便缓解便秘' 罚款1万 (金华/义乌 公布案例) and 北京萱妍堂 燃咔果冻 减肥 (市场监管总局 直播电商典型案例 2025). REVIEW_INDUCEMENT: 电子商务法 第十七条, 反不正当竞争法 第八条 — 带图五星好评截图 换 红包; case: 扬州市江都区 某饮品店 好评返现卡 罚款12000元 (江苏省市场监管局 刷单炒信典型案例)",
  mall_item("gbk", "青梅酵素果冻 10条装", '<a href="/shop/meimei-tuan/">美美团购社</a>',
  """<h1>青梅酵素果冻 10条/盒 团购装</h1>
<div class="price-box">团购价 <em class="price">￥39.9</em></div>
<div class="desc">
<p>宝妈们的“肠道清洁工”！睡前一条，第二天顺畅，宿便毒素统统排走，小肚子肉眼可见变平。</p>
<p>群里好多姐妹反馈一周掉秤4-6斤，不用饿肚子不用运动。</p>
<p>【团长福利】收货后给五星好评并带图，截图私信团长，领2元微信红包，下次开团还优先。</p>
</div>"""))

P("m", "006-meimei-egg.html", MALL + "/item/mm-egg-07.html", "gbk", False, "FAKE_ORIGINAL_PRICE",
  "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条, 第十九条 — 原价 ￥59.9 struck through while the same URL sold at ￥29.9 three days before (history/006a). trap part: '鲜活易腐 不支持七天无理由' is the 消费者权益保护法 第二十五条(二) exemption, so no RETURN_REFUSED. Case (kind): 太原市市场监管局 山西老葛商贸有限公司 价格欺诈 (使用无法证明的价格比较, 市场监管总局 第四批直播电商典型案例 2025)",
  mall_item("gbk", "农家散养土鸡蛋 30枚", '<a href="/shop/meimei-tuan/">美美团购社</a>',
  """<h1>农家散养土鸡蛋 30枚 山里直发</h1>
<div class="price-box">原价 <del class="orig">￥59.9</del> 团购价 <em class="price">￥29.9</em></div>
<div class="desc">
<p>山上跑的鸡，吃虫子玉米长大，蛋黄颜色深。</p>
<p>鸡蛋属于鲜活易腐商品，不适用七天无理由退货；破损包赔，拍照联系团长。</p>
</div>"""))
H("m", "006a-meimei-egg-d3.html", MALL + "/item/mm-egg-07.html", 3, "gbk",
  mall_item("gbk", "农家散养土鸡蛋 30枚", '<a href="/shop/meimei-tuan/">美美团购社</a>',
  """<h1>农家散养土鸡蛋 30枚 山里直发</h1>
<div class="price-box">团购价 <em class="price">￥29.9</em></div>
<div class="desc"><p>山上跑的鸡，吃虫子玉米长大，蛋黄颜色深。</p></div>"""))
H("m", "006b-meimei-egg-d12.html", MALL + "/item/mm-egg-07.html", 12, "gbk",
  mall_item("gbk", "农家散养土鸡蛋 30枚", '<a href="/shop/meimei-tuan/">美美团购社</a>',
  """<h1>农家散养土鸡蛋 30枚 山里直发</h1>
<div class="price-box">团购价 <em class="price">￥32.9</em></div>
<div class="desc"><p>山上跑的鸡，吃虫子玉米长大，蛋黄颜色深。</p></div>"""))

# ---------------------------------------------------------------- platform shop: jiajia-live (直播带货)
P("m", "007-jiajia-shop-home.html", MALL + "/shop/jiajia-live/", "utf-8", False, "MARK_MISSING",
  "MARK_MISSING: platform 亮标 duty (seed: 平台为网店亮标; 电子商务法 第十五条 read with the platform profile) — the mall-mark element exists but is hidden with display:none, so it is not displayed. Licence is shown (valid, 存续). no case found",
  mall_shop("utf-8", "佳佳直播间官方店", "佳佳直播间官方店",
  '  <div class="shop-license">杭州佳佳直播电子商务有限公司　统一社会信用代码：91330106MA2KJ8N51T</div>\n',
  '  <div class="mall-mark" style="display:none">网剑认证</div>\n',
  """<div class="live-banner">每晚 19:30 准时开播 ｜ 直播间专享价 ｜ 关注主播不迷路</div>
<ul class="goods-list">
  <li><a href="/item/jj-collagen-3.html">超声胶原炮 家用美容仪</a></li>
  <li><a href="/item/jj-pearl-12.html">淡水珍珠吊坠</a></li>
  <li><a href="/item/jj-rule-1.html">直播间购物须知</a></li>
</ul>"""))

P("m", "008-jiajia-collagen.html", MALL + "/item/jj-collagen-3.html", "utf-8", False, "FAKE_ORIGINAL_PRICE,FALSE_CLAIM",
  "FALSE_CLAIM: 广告法 第十七条, 第二十八条 — a household beauty device (not a 医疗器械) claimed to 消除皱纹/修复/治疗 and '医美级'; FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — 原价 ¥1999 while the same URL sold at ¥399 1.5 days before (history/008a). Case: 太原市及小店区市场监管局 山西老葛商贸有限公司 直播营销'超声胶原炮''细胞肌活冻龄因子液' 虚假宣传、价格欺诈 罚款560万 (市场监管总局 第四批直播电商典型案例, 2025)",
  mall_item("utf-8", "超声胶原炮 家用美容仪", '<a href="/shop/jiajia-live/">佳佳直播间官方店</a>',
  """<h1>【直播间专享】超声胶原炮 家用美容仪</h1>
<div class="price-box">原价 <s>¥1999</s> <span class="price now">直播价 ¥399</span></div>
<div class="desc">
<p>医美级能量，在家做“热玛吉”！打一次法令纹就浅了，连续一个月皱纹基本消失。</p>
<p>能修复受损细胞，痘坑、妊娠纹、眼袋都能治，冻龄十年不是梦。</p>
</div>"""))
H("m", "008a-jiajia-collagen-d1.5.html", MALL + "/item/jj-collagen-3.html", 1.5, "utf-8",
  mall_item("utf-8", "超声胶原炮 家用美容仪", '<a href="/shop/jiajia-live/">佳佳直播间官方店</a>',
  """<h1>超声胶原炮 家用美容仪</h1>
<div class="price-box"><span class="price now">¥399</span></div>"""))

P("m", "009-jiajia-pearl.html", MALL + "/item/jj-pearl-12.html", "utf-8", False, "ABSOLUTE_TERM",
  "ABSOLUTE_TERM: 广告法 第九条第三项 — '顶级''全网第一''天下无双' as unprovable superlatives; case (kind): 山西老葛商贸有限公司 直播 淡水珍珠吊坠 夸大宣传 (市场监管总局 第四批直播电商典型案例 2025). Not a grade term: GB/T 18781 珍珠分级 uses 光泽 等级 words, not 顶级",
  mall_item("utf-8", "淡水珍珠吊坠", '<a href="/shop/jiajia-live/">佳佳直播间官方店</a>',
  """<h1>淡水珍珠吊坠 11-12mm 正圆强光</h1>
<div class="price-box"><span class="price">¥269</span></div>
<div class="desc">
<p>主播亲自去诸暨挑的<strong>顶级</strong>珠子，光泽全网第一，天下无双。</p>
<p>附检测证书，支持七天无理由退换。</p>
</div>"""))

P("m", "010-jiajia-rules.html", MALL + "/item/jj-rule-1.html", "utf-8", False, "-",
  "trap: '好评返现' and '刷单' are named only to say the shop does not do them and to quote platform rules (电子商务法 第十七条); no reward is offered for a review. no case found",
  mall_item("utf-8", "直播间购物须知", '<a href="/shop/jiajia-live/">佳佳直播间官方店</a>',
  """<h1>直播间购物须知（置顶）</h1>
<div class="price-box"><span class="price">¥0.00</span>（说明页，不发货）</div>
<div class="desc">
<p>1. 本店不做好评返现，也不会私信让您改评价，收到此类消息请向平台举报。</p>
<p>2. 根据平台规则和《电子商务法》第十七条，商家不得刷单或编造用户评价，请按真实感受评价。</p>
<p>3. 所有商品支持七天无理由退货（定制刻字款除外）。</p>
</div>"""))

# ---------------------------------------------------------------- platform shop: lili-daigou (跨境/代购), UTF-8 with BOM
P("m", "011-lili-shop-home.html", MALL + "/shop/lili-daigou/", "utf-8", True, "LICENSE_MISMATCH",
  "LICENSE_MISMATCH: 电子商务法 第十五条, 市场主体登记管理条例 第三十六条 — the shown code 91330206MA2AH4R72A is valid but the registry extract lists 宁波丽丽跨境贸易有限公司 as 经营异常; mall-mark present. no case found",
  mall_shop("utf-8", "Lily海外代购", "Lily 海外代购 · 日韩直邮",
  '  <div class="shop-license"><img src="/lic/lili.jpg" alt="营业执照"> 宁波丽丽跨境贸易有限公司<br>统一社会信用代码 91330206MA2AH4R72A</div>\n',
  '  <i class="icon mall-mark" title="网剑商城认证"></i>\n',
  """<p class="intro">日本、韩国专柜小票可查，保税仓 + 直邮两种发货方式，下单后 7-15 天到手。</p>
<ul class="goods-list">
  <li><a href="/item/lily-hpv9.html">港版九价 预约代购</a></li>
  <li><a href="/item/lily-perfume-2.html">香水 专柜代购</a></li>
  <li><a href="/item/lily-milk-5.html">日本奶粉 直邮</a></li>
</ul>"""))

P("m", "012-lili-hpv.html", MALL + "/item/lily-hpv9.html", "utf-8", True, "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 药品管理法 第六十一条 and 药品网络销售禁止清单(第一版, 2022) — 疫苗 may not be sold online; an unapproved imported vaccine is also barred by 药品管理法 第九十八条. Case (kind): 常州市天宁区人民检察院 代购销售药品 案件 (法制日报 2017, '海外代购药品 朋友圈兜售')",
  mall_item("utf-8", "港版九价 代购", '<a href="/shop/lili-daigou/">Lily海外代购</a>',
  """<h1>港版 9价 HPV 疫苗 一整套3针 代购</h1>
<div class="price-box">定金 <span class="price">¥500</span> 尾款到货付</div>
<div class="desc">
<p>内地约不上？我们香港同事帮你买好，冷链盒+冰袋顺丰到家，社区诊所或私人医生帮打都行。</p>
<p>名额有限，拍下备注年龄。</p>
</div>"""))

P("m", "013-lili-perfume.html", MALL + "/item/lily-perfume-2.html", "utf-8", True, "RETURN_REFUSED",
  "RETURN_REFUSED: 消费者权益保护法 第二十五条 — sealed perfume is none of the four statutory exemptions and no 性质+消费者确认 route is offered; '一经售出概不退换' refuses the right outright. Case: 泰州医药高新区(高港区)市场监管局 某绳网有限公司 擅自扩大七日无理由退货不适用范围案 (2025 江苏 守护消费 铁拳典型案例)",
  mall_item("utf-8", "香水 专柜代购", '<a href="/shop/lili-daigou/">Lily海外代购</a>',
  """<h1>专柜代购 淡香水 50ml 塑封未拆</h1>
<div class="price-box"><span class="price">¥628</span></div>
<div class="desc">
<p>韩国乐天免税店现货，塑封完整，可以对批号。</p>
<p style="color:red">代购商品一经售出，概不退换，下单前请想清楚哦～</p>
</div>"""))

P("m", "014-lili-milk.html", MALL + "/item/lily-milk-5.html", "utf-8", True, "-",
  "trap: '正品保证 拒绝高仿' and '不卖假货' are a seller's refusal; returns are offered (未开罐 七天无理由), so no RETURN_REFUSED. no case found",
  mall_item("utf-8", "日本奶粉 直邮", '<a href="/shop/lili-daigou/">Lily海外代购</a>',
  """<h1>日本本土 婴儿奶粉 800g 直邮</h1>
<div class="price-box"><span class="price">¥239</span></div>
<div class="desc">
<p>正品保证，拒绝高仿、拒绝水货，每罐带日本药妆店小票照片。</p>
<p>未开罐支持七天无理由退货，开罐后如有质量问题照常售后。</p>
</div>"""))

# ---------------------------------------------------------------- platform shop: xiaomao-maoyi (hidden licence, wrong mark token)
P("m", "015-xiaomao-shop-home.html", MALL + "/shop/xiaomao-maoyi/", "gbk", False, "LICENSE_MISSING,MARK_MISSING",
  "LICENSE_MISSING: 电子商务法 第十五条, 第七十六条 — the only licence block is hidden (hidden attribute), the platform footer is the platform's identity; case: 西平县市场监管局 某百货店未公示营业执照案 罚款3500元 (驻马店 2024 网络交易十大典型案例). MARK_MISSING: seed 平台为网店亮标 — the badge's class is 'mall-mark-v2', not the token mall-mark",
  mall_shop("gbk", "小毛百货", "小毛百货 · 义乌小商品",
  '  <div class="shop-license" hidden>义乌市小毛百货商行 营业执照审核中</div>\n',
  '  <span class="mall-mark-v2">认证中</span>\n',
  """<p>义乌源头，一件也是批发价。收纳盒、挂钩、雨伞、袜子，天天上新。</p>
<ul class="goods-list"><li><a href="/item/xm-umbrella-1.html">三折晴雨伞</a></li></ul>"""))

P("m", "016-xiaomao-umbrella.html", MALL + "/item/xm-umbrella-1.html", "gbk", False, "-",
  "trap: '最佳' occurs only in '最佳使用温度' (a usage tip, exempt under SAMR 2023 绝对化用语 guidance), and '1:1' is the 比例 of a size chart; item pages have no home duties. no case found",
  mall_item("gbk", "三折晴雨伞", '<a href="/shop/xiaomao-maoyi/">小毛百货</a>',
  """<h1>三折晴雨伞 黑胶防晒</h1>
<div class="price-box"><span class="price">￥19.8</span></div>
<div class="desc">
<p>伞面最佳使用温度 -10℃～50℃，暴晒后请晾干再收。</p>
<p>尺寸图按 1:1 比例绘制，可打印比对。支持七天无理由退货。</p>
</div>"""))

# ---------------------------------------------------------------- platform's own rule page
P("m", "017-mall-rules-jinshou.html", MALL + "/rules/jinshou.html", "utf-8", False, "-",
  "trap: the platform's 禁限售规则 page lists 疫苗, 罂粟壳, 百草枯, 甲拌磷, 高仿/A货, 好评返现 as forbidden — a rule page quoting bans, selling nothing (modelled on published platform 禁限售规则). Not a shop home",
  mall_item("utf-8", "禁售商品及信息管理规则", '<a href="/rules/">规则中心</a>',
  """<h1>网剑商城禁售商品及信息管理规则（2026年修订）</h1>
<ol>
<li>以下商品禁止发布：疫苗、血液制品、麻醉药品和精神药品；罂粟壳及其粉末；百草枯、甲拌磷等国家禁止销售的农药；</li>
<li>假冒商品，以及使用“高仿”“A货”“原单”等描述暗示商品为假冒的信息；</li>
<li>以“好评返现”“晒图返红包”等方式诱导评价的，按虚假交易处理；</li>
<li>在售商品不得声称“国家免检”“中国驰名商标”。</li>
</ol>"""))

# ---------------------------------------------------------------- shanhui-shuma.test (二手手机 dealer), Javashop look-alike, GBK
SH_FOOT = """<p>郑州闪回数码科技有限公司 &nbsp;统一社会信用代码：91410105MA9F2L7T7R</p>
<p><a href="https://beian.miit.gov.cn/">豫ICP备2021018845号-1</a> &nbsp; 豫公网安备 41010502003311号</p>"""
P("m", "018-shanhui-home.html", "http://shanhui-shuma.test/", "gbk", False, "-",
  "trap: '高仿机''A货''翻新机' appear only in the dealer's refusal ('不收也不卖'); licence (valid, 存续) and 豫ICP备 shown. no case found",
  page("javashop", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', "闪回数码 - 二手手机 回收 寄卖",
  """<div class="banner">二手机 · 回收 · 寄卖 · 验机</div>
<div class="notice">
<h3>我们的底线</h3>
<p>本店不收也不卖高仿机、A货、翻新冒充原装的机器，拼装机一律拒收。每台机器出具验机报告。</p>
</div>
<ul class="goods"><li><a href="/goods-301.html">iPhone 15 Pro Max</a></li><li><a href="/goods-302.html">iPad 第九代</a></li></ul>""", SH_FOOT))

P("m", "019-shanhui-iphone.html", "http://shanhui-shuma.test/goods-301.html", "gbk", False, "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 商标法 第五十七条 — an Android handset dressed as an iPhone ('1比1 复刻', '精仿外壳') bears Apple's marks without consent; text split across tags. Case (kind): 长沙县人民法院 谢某等三人 开微店销售高仿奢侈品 销售假冒注册商标的商品罪 (2023 news); no phone-specific case found",
  page("javashop", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', "iPhone 15 Pro Max 复刻版 - 闪回数码",
  """<div class="goods-info">
<h1>“15 Pro Max” 1<span>比</span>1 复<i>刻</i>版 钛金属边框</h1>
<p class="price">￥1299</p>
<p>精&nbsp;仿外壳，logo、开机画面、设置里的“关于本机”都和正品一样，安卓内核流畅不卡。</p>
<p>送人自用都有面子，支持验货。</p>
</div>""", SH_FOOT))

P("m", "020-shanhui-ipad.html", "http://shanhui-shuma.test/goods-302.html", "gbk", False, "RETURN_REFUSED",
  "RETURN_REFUSED: 消费者权益保护法 第二十五条; 网络购买商品七日无理由退货暂行办法 第三条, 第六条 — used goods sold by a dealer are not among the exemptions; '二手商品不支持七天无理由退货' widens them. Case: 泰州医药高新区(高港区)市场监管局 某绳网有限公司 擅自扩大七日无理由退货不适用的商品范围案 (2025)",
  page("javashop", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', "iPad 第九代 64G 九成新 - 闪回数码",
  """<div class="goods-info">
<h1>iPad 第九代 64G WLAN 九成新</h1>
<p class="price">￥1399</p>
<p>边框轻微使用痕迹，屏幕完美，电池 91%。</p>
<p><b>温馨提示：二手商品不支持七天无理由退货</b>，售出后非质量问题不退。</p>
</div>""", SH_FOOT))

# ---------------------------------------------------------------- linli-xian.test (社区团购 小程序 web-view), UTF-8 with BOM
LL_FOOT = """<p>成都邻里鲜 · 社区团购</p><p><a href="https://beian.miit.gov.cn/">蜀ICP备2022003317号-2</a></p>"""
P("m", "021-linli-home.html", "http://linli-xian.test/", "utf-8", True, "LICENSE_MISSING",
  "LICENSE_MISSING: 电子商务法 第十五条, 第七十六条; 网络交易监督管理办法 第十二条 — the home shows no 营业执照 information, image or link, only a 蜀ICP备 number (蜀 is an accepted variant of 川, so no ICP finding). Case: 西平县市场监管局 某百货店未公示营业执照案 (驻马店 2024)",
  page("miniapp", '<meta charset="utf-8">\n', "邻里鲜 · 社区团购",
  """<div class="tuan-header"><h2>今日团购</h2><p>团长：玉林小区 张姐</p></div>
<div class="goods-card"><a href="/goods/88.html">丑橘 5斤</a><span class="price">¥19.9</span></div>
<div class="goods-card"><a href="/goods/91.html">鲜切牛腩 1斤</a><span class="price">¥39.9</span></div>""", LL_FOOT))

P("m", "022-linli-chouju.html", "http://linli-xian.test/goods/88.html", "utf-8", True, "REVIEW_INDUCEMENT",
  "REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — 3 元 for a 五星带图 评价 screenshot posted to the group. trap part: 生鲜 不支持七天无理由 is the 第二十五条(二) 鲜活易腐 exemption, so no RETURN_REFUSED. Case: 扬州市江都区 某饮品店 '好评返现'卡片 罚款12000元 (江苏省市场监管局 刷单炒信典型案例)",
  page("miniapp", '<meta charset="utf-8">\n', "丑橘 5斤 - 邻里鲜",
  """<div class="goods-detail">
<h1>四川丑橘 5斤装 现摘现发</h1>
<p><span class="price">¥19.9</span></p>
<p>生鲜水果属于鲜活易腐商品，不支持七天无理由退货，坏果拍照包赔。</p>
<p class="tip">🍊 吃完去评价打 5 颗星＋配图，截图发到群里@团长，返 3 块钱红包！</p>
</div>""", LL_FOOT))

# ---------------------------------------------------------------- xiangjiahui.test (会员店/招商, 社交电商), SaaS look-alike, GBK
XJ_FOOT = """<p>广州享家汇网络科技有限公司 统一社会信用代码 91440106MA5D9R2K7D</p>
<p>穗ICP备20230417号 &nbsp;|&nbsp; 客服热线 020-3888 6612</p>"""
P("m", "023-xiangjia-home.html", "http://xiangjiahui.test/", "gbk", False, "ICP_INVALID",
  "ICP_INVALID: 互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法 — '穗ICP备' uses the Guangzhou city abbreviation, which is no province abbreviation, so it is no filing number. Licence shown (valid, 存续). no case found",
  page("saas", '<meta charset="gbk">\n', "享家汇 · 会员制社交电商",
  """<section class="hero"><h1>享家汇：自用省钱，分享赚钱</h1><p>开通会员即可开店，100万+ 店主的选择。</p></section>
<section class="features"><ul><li>一件代发</li><li>每日爆款</li><li>专属客服</li></ul></section>""", XJ_FOOT))

P("m", "024-xiangjia-join.html", "http://xiangjiahui.test/join.html", "gbk", False, "FALSE_CLAIM",
  "FALSE_CLAIM: 广告法 第二十五条 (招商 advertising with 投资回报预期 must not promise returns or 保本) and 第二十八条 — '保底月入8000''三个月不回本全额退''稳赚'; case: 海南省市场监管局 海南聚广众达电子商务咨询有限公司 '承诺一个月内赚不回学费就全额退款' 罚款200万 吊销营业执照 (市场监管总局 第二批直播电商典型案例 2025)",
  page("saas", '<meta charset="gbk">\n', "店主招募 - 享家汇",
  """<section class="join">
<h1>399 元开店礼包，开启副业人生</h1>
<table class="plan"><tr><th>礼包</th><th>权益</th><th>收益</th></tr>
<tr><td>￥399</td><td>终身店主资格 + 价值 599 元商品</td><td>保底月入 8000 元</td></tr></table>
<p>躺着也能赚，三个月不回本，全额退还礼包款！拉满10人升级总监，每月分红稳稳到账。</p>
</section>""", XJ_FOOT))

P("m", "025-xiangjia-warn.html", "http://xiangjiahui.test/notice/risk.html", "gbk", False, "-",
  "trap: a 风险提示 that names '保底收益''稳赚不赔' only to warn against them and states no return is promised (广告法 第二十五条 is obeyed, not broken). no case found",
  page("saas", '<meta charset="gbk">\n', "风险提示 - 享家汇",
  """<article><h1>关于冒用“享家汇”名义招商的风险提示</h1>
<p>近期有人冒用我司名义，以“保底收益”“稳赚不赔”“拉人头分红”为噱头招揽加盟，此类宣传均非我司发布。</p>
<p>我司从未承诺任何收益，开店有经营风险，请理性决定。</p></article>""", XJ_FOOT))

P("m", "026-xiangjia-yiyao.html", "http://xiangjiahui.test/goods/776.html", "gbk", False, "ABSOLUTE_TERM",
  "ABSOLUTE_TERM: 广告法 第九条第三项 — '全网最好''行业第一''没有之一' claimed without proof or limit. Case (kind): 杭州神火教育 印刷品广告 '杭城最强' 绝对化用语 (杭州市上城区 案例, English summary found); no identical-goods case found",
  page("saas", '<meta charset="gbk">\n', "葡萄籽胶囊 - 享家汇",
  """<section class="goods"><h1>法国进口原料 葡萄籽提取物 压片糖果</h1>
<p class="price">会员价 ￥168</p>
<p>全网最好的葡萄籽，<em>行业第一</em>，没有之一！老店主回购率超高。</p></section>""", XJ_FOOT))

# ---------------------------------------------------------------- yuanfang-hk.test (香港 seller into the mainland), Big5
YF_FOOT = """<p>內地運營主體：深圳市源芳貿易有限公司　統一社會信用代碼：91440300MA5FTB2X09</p>
<p><a href="https://beian.miit.gov.cn/">粵ICP備2020114506號-1</a>　粵公網安備 44030402003952號</p>"""
P("m", "027-yuanfang-home.html", "http://yuanfang-hk.test/", "big5", False, "-",
  "trap: traditional-script home of a 香港 海味 seller with a mainland operating company (licence valid, 存续; 粵ICP備). '最佳賞味期' is a storage tip (SAMR 2023 guidance exemption), '老字號' is a fact, not a 驰名商标 claim. no case found",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n', "源芳海味 - 香港老字號 直送內地",
  """<h1>源芳海味　香港上環　直送內地</h1>
<p>花膠、瑤柱、燕窩、陳皮，香港上環老字號，內地訂單由深圳倉發貨。</p>
<p>乾貨最佳賞味期為開封後三個月，請密封冷藏。</p>
<p><a href="/product_info.php?products_id=12">花膠筒</a>　<a href="/product_info.php?products_id=31">新會陳皮</a></p>""", YF_FOOT, trad=True))

P("m", "028-yuanfang-huajiao.html", "http://yuanfang-hk.test/product_info.php?products_id=12", "big5", False, "FALSE_CLAIM",
  "FALSE_CLAIM: 广告法 第十七条, 第二十八条 — dried fish maw (普通食品) sold as curing 婦科病, 貧血 and 抗癌; case (kind): 永康市茂凯商贸有限公司 普通食品宣传'排毒''缓解便秘' 罚款 (食品广告发布暂行规定 / 广告法) and 上海 8起疫情相关虚假广告案 (普通商品宣称治病, 2020)",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n', "花膠筒 - 源芳海味",
  """<h1>北海花膠筒 500克</h1>
<p class="productSpecialPrice">人民幣 ¥880</p>
<p>花膠養顏補血，婦科病調理首選，長期食用可抗癌、治貧血，產後坐月必備。</p>""", YF_FOOT, trad=True))

P("m", "029-yuanfang-chenpi.html", "http://yuanfang-hk.test/product_info.php?products_id=31", "big5", False, "WELLKNOWN_MARK_AD",
  "WELLKNOWN_MARK_AD: 商标法 第十四条第五款, 第五十三条 — '中國馳名商標' in traditional script used to advertise 陳皮; case: 宏宇陶瓷 中山三乡 经销商 '中国驰名商标' 门头广告 查处 (2014, 工商) and 佛山 晶尊陶瓷 下架'中国驰名商标'物料 通知",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n', "新會陳皮 - 源芳海味",
  """<h1>新會陳皮 十年 250克</h1>
<p class="productSpecialPrice">人民幣 ¥368</p>
<p>選用「中國馳名<span>商標</span>」品牌柑皮，原產地直供，支援七天無理由退貨。</p>""", YF_FOOT, trad=True))

P("m", "030-yuanfang-news.html", "http://yuanfang-hk.test/news/2026-03.html", "big5", False, "-",
  "trap: a news item reporting that another shop was fined for '中國馳名商標' and '國家免檢' wording — reporting a case, not advertising; no goods offered. no case found (news form modelled on 2014 reports)",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n', "店主小記：廣告用語要小心",
  """<h2>店主小記：廣告用語要小心</h2>
<p>看到新聞，內地一家店在網頁寫「中國馳名商標」、「國家免檢產品」被罰了十萬。</p>
<p>提醒同行：馳名商標是認定，不是榮譽，不能拿來打廣告；免檢早就取消了。我們的頁面已經全部檢查過。</p>""", YF_FOOT, trad=True))

# ---------------------------------------------------------------- lugu-tea.test (台湾茶 sold from 厦门), Big5, OpenCart look-alike
LG_FOOT = """<p><img src="/image/license.jpg" alt="營業執照：廈門鹿谷茶業有限公司 統一社會信用代碼 91350203MA32UH6C07" width="120"></p>
<p>廈門鹿谷茶業有限公司　<a href="https://beian.miit.gov.cn/">閩ICP備2019006278號-1</a></p>"""
P("m", "031-lugu-home.html", "http://lugu-tea.test/", "big5", False, "-",
  "trap: '特等獎' is a named 茶 competition result (鹿谷鄉農會 比賽茶, a provable fact limited in time and place, exempt under SAMR 2023 guidance) and not an abolished honour; licence given as an image with alt text (valid, 存续); 閩ICP備. no case found",
  page("opencart", '<meta charset="big5">\n', "鹿谷茶業 - 台灣高山茶",
  """<h1>台灣凍頂烏龍 · 高山茶</h1>
<p>本店 2025 年春季凍頂烏龍，獲鹿谷鄉農會比賽茶「特等獎」（證書可查），數量有限。</p>
<p><a href="index.php?route=product/product&amp;product_id=50">梨山茶</a></p>""", LG_FOOT, trad=True))

P("m", "032-lugu-lishan.html", "http://lugu-tea.test/index.php?route=product/product&product_id=50", "big5", False, "ABSOLUTE_TERM",
  "ABSOLUTE_TERM: 广告法 第九条第三项 — '最高級''全台灣最好' as unbounded superlatives (not a standard grade); no identical case found, kind from 杭州 '最强' 绝对化用语 cases",
  page("opencart", '<meta charset="big5">\n', "梨山茶 - 鹿谷茶業",
  """<h1>梨山高冷茶 150克</h1>
<p class="price">¥560</p>
<p>海拔兩千米以上，最高級的茶王等級，全台灣最好喝的烏龍，喝過就回不去。</p>""", LG_FOOT, trad=True))

# ---------------------------------------------------------------- youka-game.test (虚拟商品/账号/卡券), GBK, plain PHP
YK_FOOT = """<p>长沙游卡网络科技有限公司 统一社会信用代码：91430104MA4P7M1Q4R</p><p>网站备案：审核中</p>"""
P("m", "033-youka-home.html", "http://youka-game.test/", "gbk", False, "ICP_MISSING",
  "ICP_MISSING: 互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法 — the home says '网站备案：审核中' and shows no ICP备/ICP证 number; licence shown (valid, 存续). no case found",
  page("plain", '<meta charset="gbk">\n', "游卡网 - 点卡 充值 游戏币",
  """<h1>游卡网</h1><p>点卡、充值、游戏币，自动发货，秒到账。</p>
<ul><li><a href="/card/qb100.html">100 元游戏点卡</a></li><li><a href="/acc/wx.html">账号专区</a></li></ul>""", YK_FOOT))

P("m", "034-youka-card.html", "http://youka-game.test/card/qb100.html", "gbk", False, "-",
  "trap: '不支持七天无理由退货' for a game card whose 卡密 is delivered online and consumed on use — 消费者权益保护法 第二十五条(三) 在线下载/数字化商品 exemption, and the page tells the buyer before purchase. no case found",
  page("plain", '<meta charset="gbk">\n', "100元游戏点卡 - 游卡网",
  """<h1>100 元游戏点卡（卡密直充）</h1><p>售价 ￥98.5</p>
<p>卡密属于在线交付的数字化商品，发货后即可使用，<b>不支持七天无理由退货</b>；未发货前可随时取消订单。</p>""", YK_FOOT))

P("m", "035-youka-account.html", "http://youka-game.test/acc/wx.html", "gbk", False, "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 反电信网络诈骗法 第三十一条 — 非法买卖 电话卡、银行账户、支付账户、互联网账号 is banned; the page sells 实名 微信号 and '四件套' (卡+银行卡+U盾+手机号); no case found (kind from 断卡 campaign reporting)",
  page("plain", '<meta charset="gbk">\n', "账号专区 - 游卡网",
  """<h1>账号专区</h1>
<table border="1"><tr><th>商品</th><th>价格</th></tr>
<tr><td>实名老微信号（已开支付，满一年）</td><td>￥260</td></tr>
<tr><td>对公户四件套（营业执照+对公卡+U盾+手机卡）</td><td>￥3800</td></tr>
<tr><td>实名手机卡（可收验证码）</td><td>￥60</td></tr></table>
<p>下单后客服发货，售后包换号。</p>""", YK_FOOT))

# ---------------------------------------------------------------- lvfeng-nongzi.test (农资), GBK, PrestaShop look-alike
LF_FOOT = """<p>山东绿丰农资有限公司　统一社会信用代码 91370202MA3N8E6DXN</p>
<p>鲁ICP备2020-030981号</p>"""
P("m", "036-lvfeng-home.html", "http://lvfeng-nongzi.test/", "gbk", False, "ICP_INVALID,LICENSE_MISMATCH",
  "LICENSE_MISMATCH: 电子商务法 第十五条 — 91370202MA3N8E6DXN passes its check digits but is absent from the registry extract. ICP_INVALID: 互联网信息服务管理办法 第十二条 — '鲁ICP备2020-030981号' is malformed (a hyphen inside the number; filing numbers are 8 or 10 digits). no case found",
  page("presta", '<meta charset="gbk">\n', "绿丰农资商城 - 种子 化肥 农药",
  """<h1>绿丰农资商城</h1><p>种子、化肥、农药、农膜，县乡送货上门。</p>
<ul><li><a href="/p/jbl-5.html">甲拌磷颗粒剂</a></li><li><a href="/p/cgl-41.html">草甘膦 41%</a></li></ul>""", LF_FOOT))

LF_FOOT2 = """<p>山东绿丰农资有限公司　订货电话 0532-8571 2266（县乡送货）</p>"""
P("m", "037-lvfeng-jbl.html", "http://lvfeng-nongzi.test/p/jbl-5.html", "gbk", False, "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 农药管理条例 and 农业农村部公告 第536号 (2022-03-16) — 甲拌磷 registration withdrawn from 2022-09-01, sale and use banned from 2024-09-01, so any sale in 2026 is of a banned pesticide. no case found (kind from 禁限用农药名录)",
  page("presta", '<meta charset="gbk">\n', "5%颗粒剂 地下害虫 - 绿丰农资",
  """<h1>5% 甲<span>拌</span>磷 颗粒剂 1公斤</h1>
<div class="product-prices"><span class="price">￥26</span></div>
<p>蛴螬、地老虎、蝼蛄一撒就灵，花生、大蒜地里用效果特别好，量大包邮。</p>""", LF_FOOT2))

P("m", "038-lvfeng-cgl.html", "http://lvfeng-nongzi.test/p/cgl-41.html", "gbk", False, "-",
  "trap: 草甘膦 is a registered, lawful herbicide; 百草枯 and 甲拌磷 are named only in the refusal '本店不售'. no case found",
  page("presta", '<meta charset="gbk">\n', "41%草甘膦异丙胺盐 - 绿丰农资",
  """<h1>41% 草甘膦异丙胺盐 水剂 1升</h1>
<div class="product-prices"><span class="price">￥32</span></div>
<p>登记证号见标签，按说明稀释使用。</p>
<p>提示：本店不售百草枯、甲拌磷等国家禁限用农药，请勿咨询。</p>""", LF_FOOT2))

# ---------------------------------------------------------------- quancang.test (纪念币/邮币卡 收藏投资), UTF-8 with no charset meta
QC_FOOT = """<p>北京泉藏文化发展有限公司 ｜ 注册号：110105009312560 ｜ <a href="https://beian.miit.gov.cn/">京ICP备2021034567号-1</a></p>"""
P("m", "039-quancang-home.html", "http://quancang.test/", "utf-8", False, "FALSE_CLAIM,LICENSE_INVALID",
  "FALSE_CLAIM: 广告法 第二十五条 — collectibles sold as an investment with '保证年化收益15%' and '到期原价回购'; case (kind): 海南聚广众达 承诺全额退款 (2025). LICENSE_INVALID: 电子商务法 第十五条 — 注册号 110105009312560 fails ISO 7064 MOD 11,10 (correct check digit 7). No <meta charset> (UTF-8 bytes, missing meta)",
  page("b2b", "", "泉藏 · 纪念币 邮币卡 投资收藏",
  """<div class="hero"><h1>收藏也是理财</h1>
<p>精选建国钞、生肖纪念币、邮票大版，<b>保证年化收益 15%</b>，满一年可按原价+收益回购，比存银行强。</p></div>
<div class="list"><a href="/news/notice.html">公告</a></div>""", QC_FOOT))

QC_FOOT2 = """<p>北京泉藏文化发展有限公司 ｜ 客服 010-5862 3371</p>"""
P("m", "040-quancang-notice.html", "http://quancang.test/news/notice.html", "utf-8", False, "-",
  "trap: a notice that rejects '保本保息''稳赚不赔' and says collectibles carry risk — a warning, not a promise (广告法 第二十五条 obeyed). No <meta charset> (UTF-8 bytes, missing meta)",
  page("b2b", "", "公告 - 泉藏",
  """<h1>风险提示</h1>
<p>收藏品价格会涨也会跌。任何人向您承诺“保本保息”“稳赚不赔”，都请提高警惕并报警。</p>
<p>本店自本公告起不再作任何收益承诺，此前宣传页面已下线整改。</p>""", QC_FOOT2))

# ---------------------------------------------------------------- jiangxiang-jiu.test (酱酒 微商), GBK with no charset meta
JX_FOOT = """<p>仁怀市酱香坊酒业有限公司　注册号 520382000019378</p><p>备案号：申请中</p>"""
P("m", "041-jiangxiang-home.html", "http://jiangxiang-jiu.test/", "gbk", False, "FALSE_HONOUR,ICP_MISSING,WELLKNOWN_MARK_AD",
  "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '中国驰名商标' in an ad banner. FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 第九条 — '国家免检产品' (免检 abolished 2008, cannot be true). ICP_MISSING: 互联网信息服务管理办法 第十二条 — '备案号：申请中', no number. Licence: 注册号 valid, 存续. Case: 佛山 晶尊陶瓷 要求下架 '中国驰名商标''中国免检产品' 物料 (广东 2014). No <meta charset> (GBK bytes, missing meta)",
  page("plain", "", "酱香坊 - 仁怀酱香白酒 厂家直供",
  """<div class="banner"><h1>酱香坊</h1><p>中国驰名商标 · 国家免检产品 · 茅台镇核心产区</p></div>
<p>厂家直供，朋友圈同款，支持七天无理由退货（未开封）。</p>
<p><a href="/jiu/15.html">十五年坤沙</a></p>""", JX_FOOT))

P("m", "042-jiangxiang-15.html", "http://jiangxiang-jiu.test/jiu/15.html", "gbk", False, "FALSE_HONOUR",
  "FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 第九条 — '2025年度中国名牌产品': the 中国名牌 evaluation was stopped in 2008, so a 2025 award cannot exist. no case found. No <meta charset> (GBK bytes, missing meta)",
  page("plain", "", "十五年坤沙 - 酱香坊",
  """<h1>十五年坤沙 53度 500ml</h1><p>￥398 / 瓶</p>
<p>荣获“2025年度中国名牌产品”称号，宴请送礼有面子。</p>""", JX_FOOT))

# ---------------------------------------------------------------- mopai-art.test (书画复制), GB18030 with characters outside GBK
MP_FOOT = """<p>苏州墨拍文化创意有限公司 统一社会信用代码：91320508MA1Y6GHK83</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备2018052216号-1</a> 苏公网安备 32050802010733号</p>"""
P("m", "043-mopai-home.html", "http://mopai-art.test/", "gb18030", False, "-",
  "trap: '高仿真复制' and '复刻' describe reproductions of public-domain paintings (赵孟𫖯, died 1322) — no trademark is used, so 商标法 第五十七条 is not engaged; licence valid, 存续; 苏ICP备. GB18030 (𫖯 is outside GBK). no case found",
  page("opencart", '<meta charset="gb18030">\n', "墨拍 · 古画高仿真复制",
  """<h1>墨拍 · 古画高仿真复制</h1>
<p>高精度微喷，宣纸绢本可选。元 赵孟𫖯、宋 马远等传世名作高仿真复制，另有民国木版水印复刻。</p>
<p><a href="/p/queshua.html">鹊华秋色图</a>　<a href="/p/muban.html">木版水印笺</a></p>""", MP_FOOT))

P("m", "044-mopai-queshua.html", "http://mopai-art.test/p/queshua.html", "gb18030", False, "-",
  "trap: '1:1 原大' is the scale of a reproduction, '高仿真' a print-quality term for a public-domain work; '定制装裱 不适用七天无理由' is the 第二十五条(一) 定作 exemption. GB18030 (𫖯 outside GBK). no case found",
  page("opencart", '<meta charset="gb18030">\n', "赵孟𫖯 鹊华秋色图 高仿真复制 - 墨拍",
  """<h1>元 赵孟𫖯《鹊华秋色图》1:1 原大 高仿真复制</h1>
<p class="price">¥1280（未装裱）</p>
<p>按原作尺寸 28.4×93.2 厘米微喷，落款钤印完整再现，背面加盖“复制品”印。</p>
<p>装裱按您选的尺寸和材料定作，装裱款不适用七天无理由退货；未装裱画芯支持七天无理由。</p>""", MP_FOOT))

P("m", "045-mopai-muban.html", "http://mopai-art.test/p/muban.html", "gb18030", False, "-",
  "trap: '复刻' is the woodblock re-cutting of a 1930s letter-paper design (public domain, no mark); '咬𬌗' is a dental word in a care tip; nothing sold is a counterfeit. GB18030 (𬌗 outside GBK). no case found",
  page("opencart", '<meta charset="gb18030">\n', "木版水印笺 复刻 - 墨拍",
  """<h1>民国木版水印诗笺 复刻版 20张</h1>
<p class="price">¥96</p>
<p>依据1930年代笺谱重新雕版复刻，手工套色。工作室老师傅说：刻版时牙关一紧就容易咬𬌗酸痛，所以每天只刻两个小时。</p>""", MP_FOOT))

# ---------------------------------------------------------------- lvyi-fangzhen.test (B2B 仿真植物/胶粘剂), GBK, 慧聪-like
LY_FOOT = """<p>广州绿意仿真植物有限公司<br>统一社会信用代码：91440111MA59WQ3N7Y<br>
<a href="https://beian.miit.gov.cn/">粤ICP备2019087713号-2</a></p>"""
P("h", "046-lvyi-home.html", "http://lvyi-fangzhen.test/", "gbk", False, "-",
  "trap: '高仿真植物' is a product category (artificial plants), '原单位' contains 原单 inside an unrelated word; licence (valid, 存续) and 粤ICP备 shown. no case found",
  page("b2b", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', "绿意仿真植物 - 高仿真绿植 植物墙 厂家",
  """<div class="company"><h1>广州绿意仿真植物有限公司</h1>
<p>专业生产高仿真绿植、植物墙、仿真花艺，支持来图定制。</p>
<p>工程客户可开具发票至原单位抬头，支持对公转账。</p></div>
<ul><li><a href="/supply/wall-2.html">高仿真植物墙</a></li><li><a href="/supply/glue-ab.html">AB结构胶</a></li></ul>""", LY_FOOT))

P("h", "047-lvyi-wall.html", "http://lvyi-fangzhen.test/supply/wall-2.html", "gbk", False, "-",
  "trap: '高仿真''仿真度' describe artificial foliage, no third-party mark; 'A级阻燃' is a fire-rating grade (GB 8624), a standard grade term. no case found",
  page("b2b", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', "高仿真植物墙 - 绿意仿真植物",
  """<table class="supply"><tr><th>产品</th><td>高仿真植物墙 室内背景墙</td></tr>
<tr><th>价格</th><td>￥168/平方米 起订 10 平方米</td></tr>
<tr><th>说明</th><td>叶片PE材质，仿真度高，防紫外线；基板 A级阻燃（GB 8624）。</td></tr></table>""", LY_FOOT))

P("h", "048-lvyi-glue.html", "http://lvyi-fangzhen.test/supply/glue-ab.html", "gbk", False, "-",
  "trap: 'A/B 组分按 1:1 混合' is a mixing ratio and 'A胶''B胶' are component names, not 'A货'. no case found",
  page("b2b", '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', "AB结构胶 - 绿意仿真植物",
  """<dl class="spec"><dt>品名</dt><dd>环氧 AB 结构胶 50ml</dd><dt>配比</dt><dd>A胶:B胶 = 1:1 混合</dd>
<dt>单价</dt><dd>￥12.5/支</dd><dt>用途</dt><dd>植物墙龙骨、金属、石材粘接</dd></dl>""", LY_FOOT))

# ---------------------------------------------------------------- kaidianbao.test (SaaS 开店系统, 价格方案), UTF-8 with BOM
KD_FOOT = """<p>杭州开店宝网络科技有限公司 · 统一社会信用代码 91330106MA2Q7W3E3N</p>
<p><a href="https://beian.miit.gov.cn/">浙ICP备2021019945号-1</a> · 浙公网安备 33010602011872号</p>"""
P("m", "049-kaidianbao-home.html", "http://kaidianbao.test/", "utf-8", True, "-",
  "trap: SaaS home whose '最佳实践' is a how-to heading, and whose slogan '做商家最信赖的伙伴' is a goal/philosophy (both exempt under SAMR 2023 guidance); licence valid, 存续; 浙ICP备. no case found",
  page("saas", '<meta charset="utf-8">\n', "开店宝 - 小程序商城 SaaS",
  """<section class="hero"><h1>开店宝：三分钟开一家小程序商城</h1><p>我们的目标：做商家最信赖的伙伴。</p></section>
<section><h2>开店最佳实践</h2><p>商品主图、价格标注、售后规则怎么写，看这篇就够了。</p></section>""", KD_FOOT))

P("m", "050-kaidianbao-pricing.html", "http://kaidianbao.test/pricing.html", "utf-8", True, "-",
  "trap: 原价 ¥2999 is not above the lowest price the same URL showed in the 7 days before (¥2999 three days before, history/050a); the ¥999 capture is 12 days old, outside the 明码标价和禁止价格欺诈规定 第十六条 window. no case found",
  page("saas", '<meta charset="utf-8">\n', "价格方案 - 开店宝",
  """<table class="pricing"><tr><th>方案</th><th>原价</th><th>年末价</th></tr>
<tr><td>专业版（1年）</td><td><del>¥2999</del></td><td><span class="price">¥1999</span></td></tr></table>
<p>年末活动截至 12 月 31 日。</p>""", KD_FOOT))
H("m", "050a-kaidianbao-pricing-d3.html", "http://kaidianbao.test/pricing.html", 3, "utf-8",
  page("saas", '<meta charset="utf-8">\n', "价格方案 - 开店宝",
  """<table class="pricing"><tr><th>方案</th><th>价格</th></tr>
<tr><td>专业版（1年）</td><td><span class="price">¥2999</span></td></tr></table>""", KD_FOOT))
H("m", "050b-kaidianbao-pricing-d12.html", "http://kaidianbao.test/pricing.html", 12, "utf-8",
  page("saas", '<meta charset="utf-8">\n', "价格方案 - 开店宝",
  """<table class="pricing"><tr><th>方案</th><th>双十一价</th></tr>
<tr><td>专业版（1年）</td><td><span class="price">¥999</span></td></tr></table>""", KD_FOOT))

# ---------------------------------------------------------------- lele-naicha.test (门店点单 H5, 外卖-style store), GB18030
LE_FOOT = """<p>扬州乐乐餐饮管理有限公司　统一社会信用代码 91321012MA1W5R8F2Q　店长：周𬞟</p>
<p>食品经营许可证 JY13210120038817　<a href="https://beian.miit.gov.cn/">苏ICP备2022040731号-1</a>　苏公网安备 32101202000318号</p>"""
R("91321012MA1W5R8F2Q", "扬州乐乐餐饮管理有限公司", "存续")
P("m", "071-lele-home.html", "http://lele-naicha.test/", "gb18030", False, "REVIEW_INDUCEMENT",
  "REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — a red packet (石头剪刀布 0.8/1.8/2.8 元) for a 五星带图带字 外卖 review sent to the shop's WeChat; taken from the case: 扬州市江都区 某饮品店 '好评返现'卡片 随美团、饿了么外卖发送 罚款12000元 (江苏省市场监管局 刷单炒信典型案例). Licence (valid, 存续) and 苏ICP备 shown. GB18030 (𬞟 outside GBK)",
  page("miniapp", '<meta charset="gb18030">\n', "乐乐奶茶 · 扬州江都店 · 点单",
  """<div class="store"><h2>乐乐奶茶（江都龙川店）</h2><p>营业时间 10:00-22:00 ｜ 美团、饿了么同步接单</p></div>
<div class="card-tip">
<p>🎁 宝子们收到饮品后：确认收货 → 打五星 + 配图 + 写15字以上 → 加店长微信发截图</p>
<p>跟店长玩一把石头剪刀布：赢了 2.8 元红包，平局 1.8 元，输了也有 0.8 元！</p>
</div>
<p><a href="/menu.html">查看菜单</a></p>""", LE_FOOT))

P("m", "072-lele-menu.html", "http://lele-naicha.test/menu.html", "gb18030", False, "ABSOLUTE_TERM",
  "ABSOLUTE_TERM: 广告法 第九条第三项 — '全扬州最好喝''顶配' as unbounded superlatives (the city limit does not make it a provable fact). trap part: '最佳饮用温度' is a serving tip. GB18030 (𬞟 outside GBK). no identical case found",
  page("miniapp", '<meta charset="gb18030">\n', "菜单 - 乐乐奶茶",
  """<ul class="menu">
<li>杨枝甘露 ¥16 —— 全扬州最好喝的杨枝甘露，顶配芒果，不好喝不要钱</li>
<li>手打柠檬茶 ¥13 —— 最佳饮用温度 4～8℃，建议少冰</li>
</ul>""", LE_FOOT))

# ====================================================================== HOLDOUT SIDE
# ---------------------------------------------------------------- platform shop: kaquan-ok (虚拟卡券)
P("h", "051-kaquan-shop-home.html", MALL + "/shop/kaquan-ok/", "utf-8", False, "LICENSE_MISSING,MARK_MISSING",
  "LICENSE_MISSING: 电子商务法 第十五条, 第七十六条 — no shop-license element and no exemption statement (the platform footer is the platform's); case: 西平县 某百货店未公示营业执照案 (驻马店 2024). MARK_MISSING: seed 平台为网店亮标 — no mall-mark element at all",
  mall_shop("utf-8", "卡券OK", "卡券OK · 视频会员 礼品卡",
  "", "",
  """<p>视频会员、京东E卡、话费卡密，自动发货。</p>
<ul class="goods-list"><li><a href="/item/kq-vip-30.html">视频会员月卡</a></li><li><a href="/item/kq-ecard-500.html">E卡 500 面值</a></li></ul>"""))

P("h", "052-kaquan-vip.html", MALL + "/item/kq-vip-30.html", "utf-8", False, "REVIEW_INDUCEMENT",
  "REVIEW_INDUCEMENT: 电子商务法 第十七条; 反不正当竞争法 第八条 — '五星好评+20字' rewarded with 7 extra days; a benefit in kind is still paid review. Case: 扬州市江都区 某饮品店 好评返现 (江苏省市场监管局)",
  mall_item("utf-8", "视频会员月卡", '<a href="/shop/kaquan-ok/">卡券OK</a>',
  """<h1>视频 VIP 会员 月卡 30天 自动充值</h1>
<div class="price-box"><span class="price">¥15.8</span></div>
<div class="desc"><p>充值成功后，五⭐好评满20字，联系客服再送7天会员～</p></div>"""))

P("h", "053-kaquan-ecard.html", MALL + "/item/kq-ecard-500.html", "utf-8", False, "FAKE_ORIGINAL_PRICE",
  "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — 原价 ¥500 struck through while the same URL sold at ¥468 two days before (history/053a). Case (kind): 北京市第三中级人民法院 天猫商家 虚构原价 三起典型案例 (2018)",
  mall_item("utf-8", "E卡 500 面值", '<a href="/shop/kaquan-ok/">卡券OK</a>',
  """<h1>礼品E卡 500元面值 电子卡密</h1>
<div class="price-box">原价 <del>¥500</del> 限时 <b class="price">¥478</b></div>"""))
H("h", "053a-kaquan-ecard-d2.html", MALL + "/item/kq-ecard-500.html", 2, "utf-8",
  mall_item("utf-8", "E卡 500 面值", '<a href="/shop/kaquan-ok/">卡券OK</a>',
  """<h1>礼品E卡 500元面值 电子卡密</h1>
<div class="price-box">限时 <b class="price">¥468</b></div>"""))

# ---------------------------------------------------------------- platform shop: yangyang-tw (台湾 seller on the platform, traditional in UTF-8)
P("h", "054-yangyang-shop-home.html", MALL + "/shop/yangyang-tw/", "utf-8", False, "-",
  "trap: traditional-script shop home; licence in shop-license (valid, 存续) and mall-mark present; '最佳賞味期' is a storage tip and '第一次' is not a ranking. no case found",
  mall_shop("utf-8", "揚揚台灣伴手禮", "揚揚台灣伴手禮",
  '  <div class="shop-license">經營主體：福州扬扬食品有限公司　統一社會信用代碼 91350102MA8TL4P29E</div>\n',
  '  <a class="badge mall-mark" href="/mark/yangyang">網劍亮標</a>\n',
  """<p>第一次買台灣伴手禮？鳳梨酥、牛軋糖、太陽餅都有，福州倉發貨。</p>
<p>鳳梨酥最佳賞味期為出廠後 30 天內。</p>
<ul class="goods-list"><li><a href="/item/yy-pineapple-12.html">鳳梨酥 12入</a></li><li><a href="/item/yy-sakya-3.html">釋迦 3斤</a></li></ul>"""))

P("h", "055-yangyang-pineapple.html", MALL + "/item/yy-pineapple-12.html", "utf-8", False, "RETURN_REFUSED",
  "RETURN_REFUSED: 消费者权益保护法 第二十五条 — boxed pineapple cake with a shelf life of months is not 鲜活易腐; '食品類恕不支援七天無理由退貨' widens the exemptions. Case: 泰州医药高新区(高港区)市场监管局 某绳网有限公司案 (2025)",
  mall_item("utf-8", "鳳梨酥 12入", '<a href="/shop/yangyang-tw/">揚揚台灣伴手禮</a>',
  """<h1>土鳳梨酥 12入 禮盒</h1>
<div class="price-box"><span class="price">¥88</span></div>
<div class="desc"><p>保存期限 60 天。食品類恕不支援七天無理由退貨，請見諒。</p></div>"""))

P("h", "056-yangyang-sakya.html", MALL + "/item/yy-sakya-3.html", "utf-8", False, "-",
  "trap: fresh custard apple (釋迦) is 鲜活易腐 — 消费者权益保护法 第二十五条(二) exemption, so '不支援七天無理由退貨' is lawful; 原价 ¥99 is not above the ¥99 the same URL showed 6.5 days before (history/056a). no case found",
  mall_item("utf-8", "釋迦 3斤", '<a href="/shop/yangyang-tw/">揚揚台灣伴手禮</a>',
  """<h1>台東鳳梨釋迦 3斤 空運</h1>
<div class="price-box">原價 <s>¥99</s> <span class="price">¥79</span></div>
<div class="desc"><p>生鮮水果屬鮮活易腐商品，不支援七天無理由退貨；到貨壞果拍照全額補償。</p></div>"""))
H("h", "056a-yangyang-sakya-d6.5.html", MALL + "/item/yy-sakya-3.html", 6.5, "utf-8",
  mall_item("utf-8", "釋迦 3斤", '<a href="/shop/yangyang-tw/">揚揚台灣伴手禮</a>',
  """<h1>台東鳳梨釋迦 3斤 空運</h1>
<div class="price-box"><span class="price">¥99</span></div>"""))

# ---------------------------------------------------------------- aomen-daigou.test (澳门代购), Big5
P("h", "057-aomen-home.html", "http://aomen-daigou.test/", "big5", False, "ICP_MISSING,LICENSE_MISSING",
  "LICENSE_MISSING: 电子商务法 第十五条 — a site selling into the mainland shows no licence, no link and no 第十条 statement (a 澳門 WeChat seller). ICP_MISSING: 互联网信息服务管理办法 第十二条 — no ICP number at all. Case: 西平县 某百货店未公示营业执照案 (2024)",
  page("plain", '<meta charset="big5">\n', "澳門代購 · 名錶 包包 化妝品",
  """<h1>澳門代購</h1>
<p>澳門專櫃、免稅店代購，每週二、五過關發貨，內地順豐到付。</p>
<p>微信：amdg-2026　<a href="/watch/88.html">手錶專區</a>　<a href="/tips.html">防騙須知</a></p>""",
  "<p>&copy; 2026 澳門代購</p>", trad=True))

P("h", "058-aomen-watch.html", "http://aomen-daigou.test/watch/88.html", "big5", False, "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 商标法 第五十七条 — '超Ａ' in full-width, '精倣' in a variant character, '一比一' for a Rolex-branded watch at a tenth of the price. Case: 常熟市人民法院 2015 朋友圈 售假 奢侈品 and 长沙县人民法院 谢某等 微店 高仿奢侈品 (2023 news)",
  page("plain", '<meta charset="big5">\n', "手錶專區 - 澳門代購",
  """<h2>勞力士 綠水鬼 超Ａ 精倣 一比一</h2>
<p>價格：¥2380（專櫃 ¥8萬+）</p>
<p>3235機芯，夜光、錶扣刻字全部對版，戴出去沒人看得出。</p>""",
  "<p>&copy; 2026 澳門代購</p>", trad=True))

P("h", "059-aomen-tips.html", "http://aomen-daigou.test/tips.html", "big5", False, "-",
  "trap: a buyer-warning page that names 'A貨''高倣''超A' to tell customers how to avoid fakes; nothing is offered. no case found",
  page("plain", '<meta charset="big5">\n', "防騙須知 - 澳門代購",
  """<h2>防騙須知</h2>
<p>網上很多人打著代購旗號賣A貨、高倣、超A，價格低得離譜的一律不要買。</p>
<p>真正的專櫃貨有小票、有保卡，可以到官方門店驗證。</p>""",
  "<p>&copy; 2026 澳門代購</p>", trad=True))

# ---------------------------------------------------------------- kanjia-wuhan.test (拼团/砍价), GBK
KJ_FOOT = """<p>武汉砍砍乐电子商务有限公司　注册号：420106000277195</p>
<p><a href="https://beian.miit.gov.cn/">鄂ICP备2017015520号-1</a></p>"""
P("h", "060-kanjia-home.html", "http://kanjia-wuhan.test/", "gbk", False, "LICENSE_INVALID",
  "LICENSE_INVALID: 电子商务法 第十五条 — 注册号 420106000277195 fails ISO 7064 MOD 11,10 (correct check digit 2); ICP 鄂ICP备 well-formed. no case found",
  page("miniapp", '<meta charset="gbk">\n', "砍砍乐 · 拼团 砍价 0元拿",
  """<div class="act"><h2>喊好友帮砍一刀，0元拿好物</h2><p>3人成团，24小时内有效。</p>
<a href="/pt/77.html">电饭煲 拼团</a> <a href="/rule.html">活动规则</a></div>""", KJ_FOOT))

KJ_FOOT2 = """<p>砍砍乐 · 客服微信 kankanle-kf</p>"""
P("h", "061-kanjia-pt77.html", "http://kanjia-wuhan.test/pt/77.html", "gbk", False, "ABSOLUTE_TERM",
  "ABSOLUTE_TERM: 广告法 第九条第三项 — '史上最低''全网底价之王''绝无仅有' as unprovable superlatives. no identical case found",
  page("miniapp", '<meta charset="gbk">\n', "电饭煲 3人拼团 - 砍砍乐",
  """<div class="goods"><h1>4L 智能电饭煲 3人拼团</h1><p class="price">拼团价 ￥89</p>
<p>史上最低！全网底价之王，绝无仅有的一次。</p></div>""", KJ_FOOT2))

P("h", "062-kanjia-rule.html", "http://kanjia-wuhan.test/rule.html", "gbk", False, "-",
  "trap: activity rules stating that helpers get nothing for reviews and that '好评返现' is not offered. no case found",
  page("miniapp", '<meta charset="gbk">\n', "活动规则 - 砍砍乐",
  """<ol><li>每位好友每天可帮砍1次，砍价金额随机。</li>
<li>本活动不设好评返现，评价与是否成团、是否返款无关。</li>
<li>成团后支持七天无理由退货。</li></ol>""", KJ_FOOT2))

# ---------------------------------------------------------------- kangnian-bio.test (重庆 保健/农副), GBK declared gb2312
KN_FOOT = """<p>重庆康年生物科技有限公司　统一社会信用代码 91500105MA60XK5H3U　联系人：李喆</p>
<p>渝ICP备 2022-0088号</p>"""
P("h", "063-kangnian-home.html", "http://kangnian-bio.test/", "gbk", False, "ICP_INVALID",
  "ICP_INVALID: 互联网信息服务管理办法 第十二条 — '渝ICP备 2022-0088号' is malformed (hyphen, 8 characters not a filing number); licence valid, 存续. Wrong <meta charset>: declares gb2312 but the bytes are GBK (喆 is outside GB2312)",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n', "康年生物 - 纳豆 红曲 火锅调料",
  """<h1>康年生物</h1><p>纳豆激酶、红曲、火锅底料，重庆直发。</p>
<p><a href="/p/nadou.html">纳豆激酶</a>　<a href="/p/diliao.html">老火锅底料</a>　<a href="/p/hongqu.html">红曲米</a></p>""", KN_FOOT))

KN_FOOT2 = """<p>重庆康年生物科技有限公司　订购热线 023-6878 1120</p>"""
P("h", "064-kangnian-nadou.html", "http://kangnian-bio.test/p/nadou.html", "gbk", False, "FALSE_CLAIM",
  "FALSE_CLAIM: 广告法 第十七条, 第二十八条 — a 压片糖果 (ordinary food) sold as lowering blood pressure, dissolving thrombus and replacing medicine; case (kind): 市场监管总局 私域直播虚假宣传典型案例 (针对老年人, 2025). Wrong <meta charset>: declares gb2312, bytes are GBK",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n', "纳豆激酶 - 康年生物",
  """<h1>纳豆激酶 压片糖果 60片</h1><p>￥298</p>
<p>溶解血栓、降血压，吃上三个月就能把降压药停了，脑梗后遗症老人必备。</p>""", KN_FOOT2))

P("h", "065-kangnian-diliao.html", "http://kangnian-bio.test/p/diliao.html", "gbk", False, "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 麻醉药品和精神药品管理条例; 食品安全法 第三十四条 — 罂粟壳 may not be sold or added to food; 'ying粟壳' half-pinyin and '大烟壳' slang. Case (kind): 火锅店 添加罂粟壳 cases are routinely prosecuted; no online-sale case found. Wrong <meta charset>: declares gb2312, bytes are GBK",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n', "老火锅底料 秘方 - 康年生物",
  """<h1>老火锅底料 + 秘制香料包</h1><p>￥68 / 套</p>
<p>香料包内含整颗 ying粟壳（大烟壳），越煮越香，回头客多，开店老板专用。</p>""", KN_FOOT2))

P("h", "066-kangnian-hongqu.html", "http://kangnian-bio.test/p/hongqu.html", "gbk", False, "-",
  "trap: '降脂' appears only in '本品不能代替药物，不具有降脂功能' (a disclaimer), and '最好' in '最好冷藏' is advice. Wrong <meta charset>: declares gb2312, bytes are GBK",
  page("zencart", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n', "红曲米 - 康年生物",
  """<h1>古田红曲米 500克（食品原料）</h1><p>￥26</p>
<p>用于红烧肉、腐乳上色。本品为普通食品，不能代替药物，不具有降脂功能。开袋后最好冷藏。</p>""", KN_FOOT2))

# ---------------------------------------------------------------- chaxiaoman.test (奶茶 招商加盟), UTF-8 with BOM
CX_FOOT = """<p>上海茶小满餐饮管理有限公司 统一社会信用代码：91310115MA1H9F7B9Y</p>
<p><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91310115MA1K2C3D6A-SAIC_SHOW_10000091310115MA1K2C3D6A1700000000001&amp;signData=MEUCIQ">电子营业执照</a>
 ｜ <a href="https://beian.miit.gov.cn/">沪ICP备2020028814号-1</a></p>"""
P("h", "067-chaxiaoman-home.html", "http://chaxiaoman.test/", "utf-8", True, "LICENSE_MISMATCH",
  "LICENSE_MISMATCH: 电子商务法 第十五条; 市场主体登记管理条例 第三十六条 — the 电子营业执照 link's serial names 91310115MA1K2C3D6A (上海满杯餐饮管理有限公司, 注销), not the code shown (91310115MA1H9F7B9Y); typical after a brand moves its franchise business to a new company. Wrong <meta charset>: declares gbk but the bytes are UTF-8 with BOM. no case found",
  page("saas", '<meta charset="gbk">\n', "茶小满 · 鲜果茶加盟",
  """<section class="hero"><h1>茶小满 · 一杯好果茶</h1><p>全国 600+ 门店，开放加盟。</p></section>
<p><a href="/join.html">加盟政策</a>　<a href="/menu.html">菜单</a>　<a href="/honor.html">品牌荣誉</a></p>""", CX_FOOT))

CX_FOOT2 = """<p>茶小满 · 加盟热线 400-820-6617</p>"""
P("h", "068-chaxiaoman-join.html", "http://chaxiaoman.test/join.html", "utf-8", True, "ABSOLUTE_TERM,FALSE_CLAIM,WELLKNOWN_MARK_AD",
  "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 — '中国驰名商标' used to recruit franchisees. ABSOLUTE_TERM: 广告法 第九条第三项 — '行业第一品牌'. FALSE_CLAIM: 广告法 第二十五条 — '6个月回本 保证盈利'. Case: 海南聚广众达 承诺退款 (2025); 宏宇陶瓷 经销商 驰名商标 (2014)",
  page("saas", '<meta charset="utf-8">\n', "加盟政策 - 茶小满",
  """<h1>加盟茶小满</h1>
<ul><li>中国驰名商标，行业第一品牌</li><li>总部选址、培训、供应链全程扶持</li><li>6个月回本，保证盈利，不盈利总部兜底</li></ul>
<p>单店投资 18.8 万起。</p>""", CX_FOOT2))

P("h", "069-chaxiaoman-honor.html", "http://chaxiaoman.test/honor.html", "utf-8", True, "FALSE_HONOUR",
  "FALSE_HONOUR: 广告法 第二十八条; 反不正当竞争法 第九条 — '国家免检单位' (免检 abolished 2008) and '3·15 消费者信得过产品 证书编号 CQA-2025-XXXX' (placeholder, malformed). no case found",
  page("saas", '<meta charset="utf-8">\n', "品牌荣誉 - 茶小满",
  """<h1>品牌荣誉</h1>
<dl><dt>2024</dt><dd>国家免检单位</dd><dt>2025</dt><dd>3·15 消费者信得过产品（证书编号 CQA-2025-XXXX）</dd></dl>""", CX_FOOT2))

P("h", "070-chaxiaoman-menu.html", "http://chaxiaoman.test/menu.html", "utf-8", True, "-",
  "trap: '最佳饮用时间' is a serving tip (SAMR 2023 guidance), '复刻' names the re-release of the shop's own 2019 drink, '原单' is inside '原单价'; no franchise promise. no case found",
  page("saas", '<meta charset="utf-8">\n', "菜单 - 茶小满",
  """<h1>冬季菜单</h1>
<p>复刻 2019 年招牌“满杯橙橙”，原单价 18 元，本月 15 元。</p>
<p>鲜果茶最佳饮用时间为制作后 30 分钟内。</p>""", CX_FOOT2))

# ---------------------------------------------------------------- ershe-hui.test (二奢 寄卖 via 企业微信 shop), UTF-8
ES_FOOT = """<p>海南二奢汇商贸有限公司｜统一社会信用代码 91460106MAA8K2T604</p>
<p><a href="https://beian.miit.gov.cn/">琼ICP备2023001862号-1</a>｜琼公网安备 46010602000871号</p>"""
R("91460106MAA8K2T604", "海南二奢汇商贸有限公司", "存续")
P("h", "073-ershe-home.html", "http://ershe-hui.test/", "utf-8", False, "-",
  "trap: a second-hand luxury dealer (二奢 寄卖) whose goods carry third-party 鉴定 certificates; '原单号' means the original order number (contains 原单 inside an unrelated word); licence valid, 存续; 琼ICP备. no case found",
  page("saas", '<meta charset="utf-8">\n', "二奢汇 · 二手奢侈品 寄卖 回收",
  """<section class="hero"><h1>二奢汇</h1><p>二手奢侈品寄卖、回收，每件附第三方鉴定证书，企业微信一对一服务。</p></section>
<p>已购客户凭原单号（订单号）在“我的订单”查询鉴定报告与物流。</p>
<p><a href="/item/neverfull-2207.html">今日上新</a></p>""", ES_FOOT))

P("h", "074-ershe-neverfull.html", "http://ershe-hui.test/item/neverfull-2207.html", "utf-8", False, "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 商标法 第五十七条 — seller slang for fakes: 'gf'(高仿 initials), '纯原', '原厂皮料复刻', '对版' for an LV-marked bag with no 鉴定 offered; case (kind): 长沙县人民法院 谢某等 微店 高仿奢侈品 销售假冒注册商标的商品罪 (2023 news) and 常熟 朋友圈 售假 (2015)",
  page("saas", '<meta charset="utf-8">\n', "Neverfull 中号 - 二奢汇",
  """<article class="item"><h1>Neverfull 中号 老花 托特包</h1><p class="price">¥1580</p>
<p>非二手，新品直发：纯原 gf 版本，原厂皮料复刻，五金刻字、内标编码全部对版。</p>
<p>这款不出鉴定证书，懂的朋友直接企微下单。</p></article>""", ES_FOOT))


# ====================================================================== writer
def write_all(root):
    if os.path.isdir(root):
        for name in ("pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"):
            p = os.path.join(root, name)
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
    for side, base in (("m", root), ("h", os.path.join(root, "holdout"))):
        os.makedirs(os.path.join(base, "pages"), exist_ok=True)
        os.makedirs(os.path.join(base, "history"), exist_ok=True)
        lab = ["# file\turl\tcodes"]
        notes = ["# file\tencoding\tbom\tnote"]
        for s, f, url, enc, bom, codes, note, text in PAGES:
            if s != side:
                continue
            with open(os.path.join(base, "pages", f), "wb") as fh:
                fh.write(encode(text, enc, bom))
            lab.append("%s\t%s\t%s" % (f, url, codes))
            notes.append("%s\t%s\t%s\t%s" % (f, enc, "yes" if bom else "no", note))
        hist = ["# file\turl\tdays_before"]
        for s, f, url, days, enc, text in HIST:
            if s != side:
                continue
            with open(os.path.join(base, "history", f), "wb") as fh:
                fh.write(encode(text, enc))
            hist.append("%s\t%s\t%s" % (f, url, days))
        for name, rows in (("labels.tsv", lab), ("notes.tsv", notes), ("history.tsv", hist)):
            with open(os.path.join(base, name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(rows) + "\n")
    with open(os.path.join(root, "registry.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# code\tname\tstatus\n")
        for code, name, status in REGISTRY:
            fh.write("%s\t%s\t%s\n" % (code, name, status))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv[1:]:
        tmp = tempfile.mkdtemp()
        try:
            write_all(tmp)
            bad = []
            for dirpath, _, files in os.walk(tmp):
                for f in files:
                    rel = os.path.relpath(os.path.join(dirpath, f), tmp)
                    mine = os.path.join(here, rel)
                    if not os.path.exists(mine) or not filecmp.cmp(os.path.join(tmp, rel), mine, shallow=False):
                        bad.append(rel)
            for sub in ("pages", "history", "holdout/pages", "holdout/history"):
                d = os.path.join(here, sub)
                if os.path.isdir(d):
                    for f in os.listdir(d):
                        if not os.path.exists(os.path.join(tmp, sub, f)):
                            bad.append(os.path.join(sub, f) + " (extra)")
            if bad:
                print("differs: " + ", ".join(sorted(bad)))
                sys.exit(1)
            print("ok: regenerated corpus is identical")
        finally:
            shutil.rmtree(tmp)
    else:
        write_all(here)


if __name__ == "__main__":
    main()
