#!/usr/bin/env python3
"""corpus5/f generator: every site, page, label and note below is written by hand."""
import os, sys, shutil, tempfile, filecmp
import lib

S = []  # sites


def site(host, co, div, org, icp, ga, enc, style, hold=False, meta="same", bom=False, status="存续"):
    s = dict(host=host, co=co, C=lib.uscc(div, org), icp=icp, ga=ga, enc=enc, style=style,
             hold=hold, meta=meta, bom=bom, status=status, pages=[], hist=[])
    S.append(s)
    return s


def foot(s, lic=None, icp=None, ga=None, co=None, trad=False):
    lic = s["C"] if lic is None else lic
    icp = s["icp"] if icp is None else icp
    ga = s["ga"] if ga is None else ga
    co = s["co"] if co is None else co
    k = "統一社會信用代碼" if trad else "统一社会信用代码"
    if trad:
        co, icp, ga = (T2(co), T2(icp), T2(ga))
    parts = ['<div class="footer">', co]
    if lic:
        parts.append("<br>%s：%s" % (k, lic))
    if icp:
        parts.append('<br><a href="https://beian.miit.gov.cn/" target="_blank">%s</a>' % icp)
    if ga:
        parts.append(" %s" % ga)
    parts.append("</div>")
    return "".join(parts)


TRAD = dict(zip("厦门韵贸易华语训馆闽粤网备优选号", "廈門韻貿易華語訓館閩粵網備優選號"))


def T2(x):
    return "".join(TRAD.get(c, c) for c in x)


def item(name, price, orig=None, olabel="原价", desc=""):
    o = ' <del class="orig">%s %s元</del>' % (olabel, orig) if orig else ""
    return ('<div class="goods-detail"><h1 class="goods-title">%s</h1>\n<div class="price-box">'
            '<span class="price">%s元</span>%s</div>\n<div class="desc">%s</div></div>' % (name, price, o, desc))


def P(s, path, title, body, codes, note):
    s["pages"].append(dict(path=path, title=title, body=body, codes=codes, note=note))


def H(s, path, days, body):
    s["hist"].append(dict(path=path, days=days, body=body))


# ---------------------------------------------------------------- main side
# 1 海淘代购 blog (GBK, dede style)
s = site("haitao-xiaoyu.test", "杭州小鱼海淘贸易有限公司", "330106", "MA27QH31", "浙ICP备2021018842号-1",
         "浙公网安备 33010602011873号", "gbk", "dede")
P(s, "/", "小鱼海淘 - 日韩代购日记", '<div class="banner">小鱼的日韩代购日记，每周两次直邮</div>\n<ul class="post-list"><li>东京药妆店扫货清单</li><li>首尔免税店攻略：正品小票怎么看</li></ul>\n' + foot(s), "-",
  "trap: 首页 shows valid USCC (电子商务法 第十五条) and ICP filing; '正品小票' is no counterfeit word")
P(s, "/post/2024-tokyo.html", "东京药妆扫货", item("日本直邮 卸妆油 200ml", "139.00", desc="本帖所有商品均为专柜正品，<b>拒绝</b>原单、尾单之类来路不明的货。小票可拍照。"), "-",
  "trap: 原单 appears only in a refusal (拒绝原单), 商标法 第五十七条 needs an offer of infringing goods")
P(s, "/post/news-haiguan.html", "海关新闻", '<div class="article"><h2>转：海关查获一批高仿奢侈品</h2><p>据新闻报道，某口岸查获标有“原单”“A货”字样的包袋3000余件。提醒大家：代购一定要认准专柜小票，别贪便宜买高仿。</p></div>', "-",
  "trap: news report and consumer warning mentioning 高仿/原单/A货; nothing offered")
P(s, "/post/bag-2024.html", "包包代购", item("轻奢托特包 原单尾货 同厂出", "468.00", desc="专柜同款，工厂原单流出，五金logo一比一，懂的来。"), "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 原单尾货/一比一 offered as goods = counterfeit evidence, 商标法 第五十七条")

# 2 医美 service page (UTF-8, h5)
s = site("meiyan-clinic.test", "深圳美妍医疗美容门诊部有限公司", "440300", "MA5G7K20", "粤ICP备2022045117号-2",
         "粤公网安备 44030402005218号", "utf-8", "h5")
P(s, "/", "美妍医美 预约", '<div class="hero">美妍医美 · 深圳福田</div>\n<p>医疗机构执业许可证 登记号 PDY12345X44030417P1202 ，请在医生面诊后选择项目。</p>\n' + foot(s), "-",
  "trap: 医疗机构执业许可 text and valid licence block; no rule word claimed")
P(s, "/item/hyaluronic.html", "玻尿酸填充", item("玻尿酸填充 苹果肌 1ml", "2980.00", desc="国家级专家亲诊，效果永久不反弹，一次就能根除法令纹。"), "ABSOLUTE_TERM,FALSE_CLAIM",
  "ABSOLUTE_TERM: 国家级专家 as claim, 广告法 第九条第三项; FALSE_CLAIM: 永久不反弹/根除 for a medical-beauty service, 广告法 第二十八条 and 第四十六条 (医疗美容 efficacy guarantees)")
P(s, "/faq.html", "常见问题", '<div class="faq"><h3>常见问题</h3><p>问：你们是不是全城最好的？<br>答：根据《广告法》第九条，我们不能使用“最佳”“最高级”等用语，也请您不要相信此类宣传。</p><p>问：能保证效果吗？<br>答：医美效果因人而异，任何机构都不应承诺“永久”“根治”。</p></div>', "-",
  "trap: 最佳/最高级/永久/根治 quoted in a FAQ that explains the ban (quoted law, warning)")

# 3 养生馆 (GBK, plain) - home lacks licence and ICP
s = site("yangsheng-tang.test", "成都颐和堂养生服务有限公司", "510104", "MA6C8Q41", "蜀ICP备2020033015号-1",
         "川公网安备 51010402001289号", "gbk", "plain")
P(s, "/", "颐和堂养生馆", '<div class="hero">颐和堂 · 足疗 艾灸 推拿</div>\n<p>营业时间 10:00-23:00 电话 028-8666 1234</p>\n<div class="footer">颐和堂养生馆 版权所有</div>', "ICP_MISSING,LICENSE_MISSING",
  "LICENSE_MISSING: 首页 no licence/link/exemption, 电子商务法 第十五条; ICP_MISSING: no ICP number, 互联网信息服务管理办法 第十二条")
P(s, "/item/moxa.html", "艾灸套餐", item("三伏艾灸调理 10次卡", "880.00", desc="坚持艾灸可治愈宫寒不孕、降血压，比吃药管用。"), "FALSE_CLAIM",
  "FALSE_CLAIM: treatment of 不孕/高血压 claimed for a non-medical service, 广告法 第十七条")
P(s, "/item/foot.html", "足疗", item("中式足疗 60分钟", "128.00", desc="放松身心，缓解疲劳。本店服务不替代医疗，如有疾病请到正规医院就诊。"), "-",
  "trap: 缓解疲劳 is a comfort description, and the page disclaims medical effect")

# 4 培训/课程 (UTF-8 BOM, woo)
s = site("kaoyan-jiaoyu.test", "武汉启航考研教育咨询有限公司", "420111", "MA4K9D52", "鄂ICP备2019027731号-3",
         "鄂公网安备 42011102003761号", "utf-8", "woo", bom=True)
P(s, "/", "启航考研", '<div class="site-header">启航考研 · 一站式考研辅导</div>\n<p>2025考研全程班火热招生</p>\n' + foot(s), "-",
  "trap: valid licence and ICP on home")
P(s, "/product/quanchengban.html", "考研全程班", item("2025考研数学全程班", "3980.00", desc="本课程为在线直播+回放，一经开通视频权限，属于在线下载的数字化商品，不适用七日无理由退货。"), "-",
  "trap: 不适用七日无理由退货 for opened online digital content is the statutory exemption, 消保法 第二十五条第一款第三项")
P(s, "/product/vip.html", "押题VIP", item("考研政治押题VIP 终极版", "1280.00", desc="命题组老师内部资料，保过！不过退双倍学费。全网第一押题准确率。"), "ABSOLUTE_TERM,FALSE_CLAIM",
  "FALSE_CLAIM: 保过 guarantee of exam result, 广告法 第二十四条 (教育培训 不得保证通过) / 第二十八条; ABSOLUTE_TERM: 全网第一, 广告法 第九条第三项")

# 5 理财/黄金回收 (GBK, dede) - invalid code
s = site("jinyuan-huishou.test", "上海金源黄金回收有限公司", "310115", "MA1H6T23", "沪ICP备2021009216号-1",
         "沪公网安备 31011502014452号", "gbk", "dede")
s["bad"] = lib.bad_uscc("310115", "MA1H6T23")
P(s, "/", "金源黄金回收", '<div class="banner">金源 · 黄金回收 铂金回收 名表回收</div>\n<p>今日回收价 见门店报价</p>\n' + foot(s, lic=s["bad"]), "LICENSE_INVALID",
  "LICENSE_INVALID: displayed USCC fails the GB 32100 check character, 电子商务法 第十五条 (false display)")
P(s, "/licai.html", "黄金理财", '<div class="article"><h2>存金宝 年化收益</h2><p>把金子存我们这里，保本保息，年化收益稳定8%，随时可取，零风险。</p></div>', "FALSE_CLAIM",
  "FALSE_CLAIM: 保本保息/零风险 guaranteed returns, 广告法 第二十五条")
P(s, "/news/warn.html", "防骗提示", '<div class="article"><h2>防骗提示</h2><p>近期有冒充本店的“保本理财”“稳赚不赔”广告，均属诈骗。本店只做现场称重回收，不提供任何理财产品，也不承诺收益。</p></div>', "-",
  "trap: 保本理财/稳赚不赔 quoted in an anti-fraud warning; the shop denies offering returns")

# 6 农资 seeds / fertiliser (GBK, b2b) - ICP invalid (萌ICP备)
s = site("nongfeng-nongzi.test", "寿光农丰农资有限公司", "370783", "MA3F2N64", "萌ICP备20230817号",
         "", "gbk", "b2b")
P(s, "/", "农丰农资 种子化肥", '<div class="company-head">农丰农资 · 寿光蔬菜种子 化肥 农药</div>\n<p>农药经营许可证 农药经许（鲁）37078320012</p>\n' + foot(s), "ICP_INVALID",
  "ICP_INVALID: 萌ICP备 is a joke registry, not a MIIT filing (互联网信息服务管理办法 第四条/第十二条); licence block valid")
P(s, "/offer/baicaoku.html", "除草剂", item("百草枯水剂 20% 5kg装 老客户专供", "260.00", desc="效果猛，地头草一扫光，量大从优，物流代发。"), "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 百草枯水剂 banned for sale and use in China since 2016-07-01 (农业部 公告 第1745号, 2020 农药 禁用名录)")
P(s, "/offer/caoganlin.html", "草甘膦", item("草甘膦异丙胺盐 41% 水剂 1000ml", "35.00", desc="登记证号 PD20080001 ，非百草枯，严禁百草枯类产品，本店不售。使用时请穿戴防护。"), "-",
  "trap: 草甘膦 is a registered, legal herbicide; 百草枯 is named only in a refusal")
P(s, "/offer/fei.html", "复合肥", item("硫酸钾复合肥 45% 50kg", "178.00", desc="中国驰名商标，国家免检产品。"), "FALSE_HONOUR,WELLKNOWN_MARK_AD",
  "WELLKNOWN_MARK_AD: 驰名商标 in an ad, 商标法 第十四条第五款; FALSE_HONOUR: 免检产品 scheme abolished 2008, 广告法 第二十八条")

# 7 宠物用品 (UTF-8, h5) - code not in registry
s = site("mengzhua-pet.test", "苏州萌爪宠物用品有限公司", "320506", "MA2M4P75", "苏ICP备2022011190号-1",
         "苏公网安备 32050602012390号", "utf-8", "h5")
s["unreg"] = lib.uscc("320506", "MA2M4P83")
P(s, "/", "萌爪宠物", '<div class="shop-banner">萌爪宠物用品 猫粮 狗粮 猫砂</div>\n' + foot(s, lic=s["unreg"]), "LICENSE_MISMATCH",
  "LICENSE_MISMATCH: check-valid USCC shown is absent from the registry extract, 电子商务法 第十五条 (false display)")
P(s, "/item/catfood.html", "猫粮", item("无谷全价猫粮 2kg", "89.00", "129.00", "划线价", "五星好评并晒图，联系客服返现10元红包。"), "FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT",
  "FAKE_ORIGINAL_PRICE: 划线价129 above 89 sold 3 days before (明码标价和禁止价格欺诈规定 第十六条); REVIEW_INDUCEMENT: 好评晒图返现, 电子商务法 第十七条")
H(s, "/item/catfood.html", 3, item("无谷全价猫粮 2kg", "89.00", desc="新品上市"))
P(s, "/item/quchong.html", "驱虫", item("猫咪体内外驱虫滴剂（兽药）", "68.00", desc="兽药批准文号 兽药字(2021)110033567 。问大家：能治猫癣吗？答：不能，本品只驱虫，皮肤病请去宠物医院。"), "-",
  "trap: registered veterinary drug with approval number; 问大家 answer refuses the treatment claim")

# 8 烟酒/茶叶 (Big5, plain) - traditional script seller
s = site("chayun-tw.test", "厦门茶韵贸易有限公司", "350203", "MA8T1C36", "闽ICP备2020017765号-1",
         "闽公网安备 35020302033141号", "big5", "plain")
P(s, "/", "茶韻 台灣高山茶", '<div class="hero">茶韻 · 台灣高山烏龍 直送大陸</div>\n<p>阿里山、梨山、大禹嶺 當季新茶</p>\n' + foot(s, trad=True), "-",
  "trap: traditional-script home with valid licence and ICP")
P(s, "/item/lishan.html", "梨山烏龍", item("梨山高冷烏龍茶 150g", "520.00", desc="最佳賞味期18個月，開封後請冷藏。沖泡最佳水溫95度。"), "-",
  "trap: 最佳賞味期/最佳水溫 are storage and brewing tips (2023 SAMR guideline exemption)")
P(s, "/item/dayuling.html", "大禹嶺", item("大禹嶺 特級烏龍 300g", "1680.00", desc="全台最頂級茶區，喝了能降三高、防癌抗老。"), "ABSOLUTE_TERM,FALSE_CLAIM",
  "ABSOLUTE_TERM: 最頂級 as claim, 廣告法 第九條第三項; FALSE_CLAIM: 降三高/防癌 for tea, 廣告法 第十七條")

# 9 户外军品 (GB18030, woo) - home no licence
s = site("tiejia-outdoor.test", "广州铁甲户外用品有限公司", "440106", "MA9W3J47", "粤ICP备2021066012号-1",
         "粤公网安备 44010602008832号", "gb18030", "woo")
P(s, "/", "铁甲户外 ⛺", '<div class="site-header">铁甲户外 ⛺ 战术背包 露营装备</div>\n<p>关于我们 | 联系我们</p>\n' + foot(s, lic="", co="铁甲户外"), "LICENSE_MISSING",
  "LICENSE_MISSING: only a brand name and ICP, no licence info/link, 电子商务法 第十五条; GB18030 with U+26FA")
P(s, "/product/gongnu.html", "户外弓", item("狩猎弩 175磅 配钢箭 🏹", "1380.00", desc="射程远，穿透力强，可打野猪。"), "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 弩 is 管制器具 (公安部 关于对弩实施管制的通知 1999), online sale banned")
P(s, "/product/zhedaodao.html", "折叠刀", item("户外折叠刀 刃长6cm 🔪", "99.00", desc="问大家：这是管制刀具吗？答：刃长6cm，无自锁弹簧，不属于管制刀具（参照《管制刀具认定标准》）。"), "-",
  "trap: 管制刀具 appears in a buyer question; a 6cm non-locking folder is outside 管制刀具认定标准")

# 10 二手/寄卖 (GBK, discuz) - ICP missing
s = site("xianzhi-jimai.test", "南京闲置好物寄卖行有限公司", "320104", "MA1X5Y28", "",
         "", "gbk", "discuz")
P(s, "/", "闲置好物寄卖论坛", '<div id="hd">闲置好物寄卖 · 交易区</div>\n<table class="threadlist"><tr><td>[出] 九成新相机</td></tr><tr><td>[收] 旧手机</td></tr></table>\n' + foot(s), "ICP_MISSING",
  "ICP_MISSING: no ICP filing/licence number on home, 互联网信息服务管理办法 第十二条")
P(s, "/thread-1021-1-1.html", "[出] 球鞋", '<div class="t_f">[出] 莆田纯原 AJ1 倒钩 42码 280元包邮，和正品放一起分不出。</div>', "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 莆田纯原 counterfeit sneakers, 商标法 第五十七条")
P(s, "/thread-1022-1-1.html", "[版规]", '<div class="t_f">版规：严禁发布高仿、A货、精仿等假货信息，违者封号。寄卖商品不支持七日无理由退货？错，本区支持七日无理由退货。</div>', "-",
  "trap: forum rules that ban 高仿/A货; 不支持七日无理由 quoted only to be denied")

# 11 母婴 (UTF-8, tmall-like)
s = site("beibei-muying.test", "郑州贝贝母婴用品有限公司", "410105", "MA44LR19", "豫ICP备2020004417号-2",
         "豫公网安备 41010502004418号", "utf-8", "tmall")
P(s, "/", "贝贝母婴", '<div class="shop-head">贝贝母婴旗舰店</div>\n' + foot(s), "-", "trap: valid home")
P(s, "/item/naifen.html", "奶粉", item("婴幼儿配方奶粉 3段 800g", "268.00", "298.00", "日常价", "配方注册号 国食注字YP20180001。"), "-",
  "trap: 日常价298 equals the lowest captured price in the last 7 days (history 298 two days before); price of 258 was 9 days before, outside the window")
H(s, "/item/naifen.html", 2, item("婴幼儿配方奶粉 3段 800g", "298.00"))
H(s, "/item/naifen.html", 9, item("婴幼儿配方奶粉 3段 800g", "258.00"))
P(s, "/item/niaobushi.html", "纸尿裤", item("超薄纸尿裤 L码 54片", "79.00", "139.00", "原价", "顶级奢护，宝宝最舒服的选择。"), "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE",
  "FAKE_ORIGINAL_PRICE: 原价139 above 79 shown 1.5 days before, 明码标价和禁止价格欺诈规定 第十六条; ABSOLUTE_TERM: 顶级/最舒服, 广告法 第九条第三项")
H(s, "/item/niaobushi.html", 1.5, item("超薄纸尿裤 L码 54片", "79.00"))
P(s, "/wenda/shizhen.html", "问大家", '<div class="ask-list"><div class="q">问：宝宝有湿疹，这款护臀膏能治吗？</div><div class="a">答（店家）：本品是普通化妆品，不是药品，不能治疗湿疹，宝宝有湿疹请及时就医。</div><div class="a">答（买家）：我家用着还行，但湿疹还是去医院看的。</div></div>', "-",
  "trap: 问大家 answers refuse the disease claim (广告法 第十七条 not engaged)")
P(s, "/item/tuiche.html", "推车", item("婴儿推车 可坐可躺", "699.00", desc="本店商品一经售出，概不退换，不支持七天无理由退货。"), "RETURN_REFUSED",
  "RETURN_REFUSED: a pram is not in the 第二十五条 exemptions, 消费者权益保护法 第二十五条")

# 12 家电维修/以旧换新 (GBK, dede) - invalid 注册号
s = site("kuaixiu-jiadian.test", "长沙快修家电服务有限公司", "430103", "MA4L7R11", "湘ICP备2018012243号-1",
         "湘公网安备 43010302000998号", "gbk", "dede")
s["bad"] = lib.bad_regno("43010300012345")
P(s, "/", "快修家电", '<div class="banner">空调 冰箱 洗衣机 上门维修 以旧换新</div>\n' + foot(s, lic=s["bad"]).replace("统一社会信用代码", "营业执照注册号"), "LICENSE_INVALID",
  "LICENSE_INVALID: 15-digit 注册号 fails ISO 7064 MOD 11,10, 电子商务法 第十五条")
P(s, "/yijiuhuanxin.html", "以旧换新", '<div class="article"><h2>以旧换新补贴</h2><p>按商务部等部门以旧换新政策，一级能效空调补贴20%。“一级能效”是GB 21455 规定的能效等级，不是我们自封的。</p></div>', "-",
  "trap: 一级能效 is a grade defined by national standard GB 21455")
P(s, "/weixiu.html", "维修价目", '<div class="article"><p>上门检测费30元。本公司荣获国家免检企业称号，维修质量最高级别保障。</p></div>', "ABSOLUTE_TERM,FALSE_HONOUR",
  "FALSE_HONOUR: 国家免检 scheme abolished 2008, 广告法 第二十八条; ABSOLUTE_TERM: 最高级别 as claim, 广告法 第九条第三项")

# 13 白酒 (GB18030, tmall) - ICP placeholder
s = site("jiuxiang-baijiu.test", "泸州酒香坊酒业有限公司", "510502", "MA6Y2B83", "川ICP备12345678号",
         "", "gb18030", "tmall")
P(s, "/", "酒香坊 🍶", '<div class="shop-head">酒香坊 · 泸州浓香 🍶</div>\n' + foot(s), "ICP_INVALID",
  "ICP_INVALID: placeholder number 12345678 is not a filing (DOMAIN.md placeholder rule); licence valid")
P(s, "/item/nongxiang.html", "浓香白酒", item("浓香型白酒 52度 500ml 🍶", "168.00", desc="中国驰名商标酒厂出品，年份原浆。"), "WELLKNOWN_MARK_AD",
  "WELLKNOWN_MARK_AD: 驰名商标 in advertising, 商标法 第十四条第五款")
P(s, "/item/youji.html", "优级", item("浓香型白酒 优级 45度 🍶", "88.00", desc="执行标准 GB/T 10781.1，质量等级：优级。"), "-",
  "trap: 优级 is a grade defined by GB/T 10781.1")

# 14 茶叶 (GBK, woo) - registry 吊销
s = site("mingshan-cha.test", "福建茗山茶业有限公司", "350781", "MA2Y8E91", "闽ICP备2019045522号-1",
         "闽公网安备 35078102000123号", "gbk", "woo", status="吊销")
P(s, "/", "茗山茶业", '<div class="site-header">茗山茶业 武夷岩茶</div>\n' + foot(s), "LICENSE_MISMATCH",
  "LICENSE_MISMATCH: registry status 吊销, 电子商务法 第十五条 / 市场主体登记管理条例")
P(s, "/product/dahongpao.html", "大红袍", item("武夷大红袍 250g", "398.00", desc="我们不敢说自己是最好的，只想做一杯干净的茶。"), "-",
  "trap: 最好 in a negation (不敢说自己是最好的)")
P(s, "/product/feiyi.html", "非遗", item("岩茶 国家级非物质文化遗产 武夷岩茶（大红袍）制作技艺 传承人监制", "1280.00", desc="武夷岩茶（大红袍）制作技艺2006年列入第一批国家级非物质文化遗产名录，传承人证书可查。"), "-",
  "trap: 国家级非物质文化遗产 is a state-awarded title, a provable fact (2023 绝对化用语 guideline exemption)")
P(s, "/product/rougui.html", "肉桂", item("正岩肉桂 2023 头春", "880.00", desc="好评返现？不存在的，我们从不做好评返现，评价真实可见。"), "-",
  "trap: 好评返现 negated twice")

# 15 刀具 (GBK, b2b)
s = site("longquan-dao.test", "龙泉市剑锋刀剑有限公司", "331181", "MA2AB3D4", "浙ICP备2017031234号-1",
         "浙公网安备 33118102000567号", "gbk", "b2b")
P(s, "/", "剑锋刀剑厂", '<div class="company-head">龙泉剑锋刀剑 工艺剑 厨刀</div>\n' + foot(s), "-", "trap: valid home")
P(s, "/offer/tanhuang.html", "弹簧刀", item("自动弹簧刀 一键弹出 刃长12cm", "160.00", desc="单手开刃，快递发货，量大可刻字。"), "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 弹簧刀 with self-locking is 管制刀具 (管制刀具认定标准 2007), 禁止网售")
P(s, "/offer/chudao.html", "厨刀", item("龙泉锻打 中式菜刀", "158.00", desc="刀具类商品一经发出，不支持七天无理由退货，敬请谅解。"), "RETURN_REFUSED",
  "RETURN_REFUSED: a kitchen knife is none of the 第二十五条 exemptions and no buyer confirmation is shown, 消保法 第二十五条")
P(s, "/offer/gongyi.html", "工艺剑", item("龙泉工艺剑 未开刃 礼品", "380.00", desc="复刻唐代仪刀造型，未开刃观赏用。"), "-",
  "trap: 复刻 a historical shape of an unsharpened craft sword — no trademark copied")

# 16 海淘 2 (UTF-8, h5 小程序 web view) - wrong meta
s = site("ouzhou-daigou.test", "宁波欧洲购跨境电子商务有限公司", "330212", "MA2H8K56", "浙ICP备2020044871号-2",
         "浙公网安备 33021202001987号", "utf-8", "h5", meta="gbk")
P(s, "/", "欧洲购", '<div class="shop-banner">欧洲购 跨境直邮 保税仓发货</div>\n' + foot(s), "-", "trap: valid home. meta declares gbk but bytes are utf-8 (wrong charset meta)")
P(s, "/item/bag.html", "包", item("意大利小众皮具 超A品质 专柜级", "899.00", desc="与专柜版本 1:1 开模，送防尘袋。"), "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 超A / 1:1开模, 商标法 第五十七条. meta declares gbk but bytes are utf-8 (wrong charset meta)")
P(s, "/item/vitamin.html", "维生素", item("德国进口 维生素D3 滴剂 1:1000 稀释", "128.00", desc="规格：10ml，1:1000 稀释后饮用。保税仓发货，已过海关清关。"), "-",
  "trap: 1:1000 is a dilution ratio, no counterfeit. meta declares gbk but bytes are utf-8 (wrong charset meta)")

# 17 烟草/电子烟 (GBK, plain) - home no licence (exemption statement misused?) -> only link text without code
s = site("yunwu-vape.test", "东莞云雾电子科技有限公司", "441900", "MA5M2C38", "粤ICP备2022031187号-1",
         "粤公网安备 44190002005673号", "gbk", "plain")
P(s, "/", "云雾小铺", '<div class="hero">云雾小铺</div>\n<p>营业执照（请联系客服索取）</p>\n<div class="footer"><a href="https://beian.miit.gov.cn/">粤ICP备2022031187号-1</a></div>', "LICENSE_MISSING",
  "LICENSE_MISSING: '请联系客服索取' is no display, no code/image/link, 电子商务法 第十五条")
P(s, "/item/yandan.html", "烟弹", item("电子烟烟弹 水果味 3颗装", "59.00", desc="全国包邮，可代发。"), "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 电子烟 online sale banned (电子烟管理办法 2022 bans online sale of e-cigarettes; 烟草专卖法实施条例)")
P(s, "/news/zhengce.html", "政策", '<div class="article"><h2>关于电子烟的说明</h2><p>根据《电子烟管理办法》，禁止通过信息网络销售电子烟，本站已停售全部电子烟、烟弹，仅保留资讯。</p></div>', "-",
  "trap: news/statement that online e-cigarette sale is banned and stopped")

# 18 培训 2 (Big5, discuz) - ICP missing
s = site("huayu-peixun.test", "深圳华语培训有限公司", "440304", "MA5F9H12", "", "", "big5", "discuz")
P(s, "/", "華語培訓論壇", '<div id="hd">華語培訓 · 學員交流區</div>\n' + foot(s, trad=True), "ICP_MISSING",
  "ICP_MISSING: no ICP number on home, 互聯網信息服務管理辦法 第十二條")
P(s, "/thread-88-1-1.html", "招生", '<div class="t_f">普通話水平測試一級甲等保證拿證，不過不收費！學員好評曬圖返現50元。</div>', "FALSE_CLAIM,REVIEW_INDUCEMENT",
  "FALSE_CLAIM: 保證拿證 training guarantee, 廣告法 第二十四條; REVIEW_INDUCEMENT: 好評曬圖返現, 電子商務法 第十七條")
P(s, "/thread-89-1-1.html", "等級說明", '<div class="t_f">普通話等級分為三級六等，一級甲等為最高等級，由國家語委標準規定。</div>', "-",
  "trap: 最高等級 describes a standard grade scheme (not a claim about the shop)")

# 19 二手手机 (GBK, tmall)
s = site("huanxin-ershou.test", "深圳焕新二手数码有限公司", "440305", "MA5D6E21", "粤ICP备2021078845号-1",
         "粤公网安备 44030502004471号", "gbk", "tmall")
P(s, "/", "焕新二手数码", '<div class="shop-head">焕新二手 手机 平板 回收</div>\n' + foot(s), "-", "trap: valid home")
P(s, "/item/iphone.html", "二手手机", item("二手手机 95新 128G", "2399.00", "2999.00", "市场价", "二手商品不支持七天无理由退货，售出不退。"), "FAKE_ORIGINAL_PRICE,RETURN_REFUSED",
  "RETURN_REFUSED: used phones are not a 第二十五条 exemption, 消保法 第二十五条; FAKE_ORIGINAL_PRICE: 市场价2999 above 2399 captured 5 days before, 第十六条")
H(s, "/item/iphone.html", 5, item("二手手机 95新 128G", "2399.00"))
P(s, "/item/fc-mini.html", "迷你游戏机", item("二手 原厂官方复刻版 迷你游戏机 9成新", "299.00", desc="厂商官方发行的复刻版主机，非第三方山寨，盒说全，带发票。"), "-",
  "trap: 官方复刻版 is the manufacturer's own reissue product name, no trademark infringement")
P(s, "/help/return.html", "退换说明", '<div class="article"><h3>服务条款</h3><p>依据《消费者权益保护法》第二十五条，定作的、鲜活易腐的、拆封的音像制品等不适用七日无理由退货；本店其他商品均支持七日无理由退货。</p></div>', "-",
  "trap: quoted statutory exemptions in a 服务条款 page; shop supports returns")

# 20 农资 种子 (GB18030, dede) - invalid code
s = site("jinhe-zhongye.test", "哈尔滨金禾种业有限公司", "230103", "MA1C4G85", "黑ICP备2020002233号-1",
         "黑公网安备 23010302000345号", "gb18030", "dede")
s["bad"] = lib.bad_uscc("230103", "MA1C4G85")
P(s, "/", "金禾种业 🌾", '<div class="banner">金禾种业 · 玉米 大豆 水稻种子 🌾</div>\n' + foot(s, lic=s["bad"]), "LICENSE_INVALID",
  "LICENSE_INVALID: USCC check character wrong, 电子商务法 第十五条")
P(s, "/product/yumi.html", "玉米种", item("玉米种子 金禾808 🌽", "45.00", "68.00", "原价", "适宜东北春播区种植，全国销量第一。"), "ABSOLUTE_TERM",
  "ABSOLUTE_TERM: 全国销量第一 unproven ranking, 广告法 第九条第三项. no FAKE_ORIGINAL_PRICE: history shows 68 six days before, so 原价68 is not above the 7-day lowest")
H(s, "/product/yumi.html", 6, item("玉米种子 金禾808 🌽", "68.00"))
P(s, "/product/dadou.html", "大豆种", item("大豆种子 黑农84 🫘", "22.00", desc="品种审定编号 国审豆20210001，国家级审定品种。"), "-",
  "trap: 国家级审定品种 is a provable state registration fact (国审), exempt under the 2023 guideline")

# 21 宠物 2 (GBK, woo) - ICP unknown abbreviation
s = site("wangwang-chong.test", "青岛汪汪宠物食品有限公司", "370212", "MA3D9K33", "华ICP备2021023345号-1",
         "", "gbk", "woo")
P(s, "/", "汪汪宠物食品", '<div class="site-header">汪汪宠物食品 工厂直营</div>\n' + foot(s), "ICP_INVALID",
  "ICP_INVALID: 华 is no province abbreviation, 互联网信息服务管理办法")
P(s, "/product/gouliang.html", "狗粮", item("全犬种成犬粮 10kg", "199.00", desc="驰名商标：无。本品商标为注册商标“汪汪”®️不是驰名商标，请勿轻信商家宣传。".replace("®️", "")), "-",
  "trap: 驰名商标 only in a denial")
P(s, "/product/yingyang.html", "营养膏", item("宠物营养膏 120g", "49.00", desc="好评晒图送5元无门槛券，联系客服核对截图后发放。"), "REVIEW_INDUCEMENT",
  "REVIEW_INDUCEMENT: coupon for positive review with photo, 电子商务法 第十七条; 反不正当竞争法")

# ---------------------------------------------------------------- holdout side
# 22 海淘 3 (Big5, h5) - different company name
s = site("gangao-go.test", "珠海港澳购贸易有限公司", "440402", "MA4W5T67", "粤ICP备2019088120号-1",
         "粤公网安备 44040202000711号", "big5", "h5", hold=True)
P(s, "/", "港澳購", '<div class="shop-banner">港澳購 · 香港直郵</div>\n' + foot(s, co="珠海港澳優選商貿有限公司", trad=True), "LICENSE_MISMATCH",
  "LICENSE_MISMATCH: displayed company name differs from the registry name for that code, 電子商務法 第十五條")
P(s, "/item/naifen.html", "奶粉", item("港版奶粉 4段 900g", "268.00", desc="香港萬寧購入，非A貨非假貨，提供購物單據。"), "-",
  "trap: A貨 in a denial (非A貨)")
P(s, "/item/bag.html", "手袋", item("名牌手袋 高倣 頂級版本", "680.00", desc="原廠皮料，與正品一比一。"), "ABSOLUTE_TERM,COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 高倣 (variant of 高仿) and 一比一, 商標法 第五十七條; ABSOLUTE_TERM: 頂級版本, 廣告法 第九條第三項")

# 23 医美 2 美容院 (GBK, plain)
s = site("lijing-meirong.test", "杭州丽镜美容有限公司", "330105", "MA2J7P44", "浙ICP备2022009981号-1",
         "浙公网安备 33010502008870号", "gbk", "plain", hold=True)
P(s, "/", "丽镜美容", '<div class="hero">丽镜美容 · 皮肤管理</div>\n' + foot(s), "-", "trap: valid home")
P(s, "/item/jingzhi.html", "精华", item("修护精华 30ml", "299.00", desc="7天祛斑，30天根治黄褐斑，比医院激光更有效。"), "FALSE_CLAIM",
  "FALSE_CLAIM: 祛斑/根治黄褐斑 medical claims for cosmetics, 广告法 第十七条/化妆品监督管理条例")
P(s, "/privacy.html", "隐私政策", '<div class="article"><h3>隐私政策</h3><p>我们不会以好评返现、晒图返现等方式收集您的评价，也不会把您的信息用于刷单。</p></div>', "-",
  "trap: privacy policy negating 好评返现/刷单")

# 24 理财培训 (UTF-8 BOM, woo)
s = site("caifu-ketang.test", "北京财富课堂教育科技有限公司", "110105", "MA01BC34", "京ICP备2021012345号-1",
         "京公网安备 11010502045672号", "utf-8", "woo", hold=True, bom=True)
P(s, "/", "财富课堂", '<div class="site-header">财富课堂 · 理财入门</div>\n' + foot(s), "-", "trap: valid home")
P(s, "/product/gupiao.html", "股票课", item("股票实战营 21天", "1999.00", desc="跟着老师操作，月收益保底20%，亏损全额补偿。"), "FALSE_CLAIM",
  "FALSE_CLAIM: 保底收益/亏损补偿, 广告法 第二十五条")
P(s, "/news/fengxian.html", "风险提示", '<div class="article"><p>投资有风险。根据《广告法》第二十五条，投资类广告不得对未来效果、收益作出保证性承诺。本课堂不承诺保本、保收益。</p></div>', "-",
  "trap: quoted law and 不承诺保本")

# 25 户外 2 (GB18030, b2b)
s = site("lieying-huwai.test", "昆明猎鹰户外用品有限公司", "530102", "MA6K3L55", "滇ICP备2020011123号-1",
         "滇公网安备 53010202000554号", "gb18030", "b2b", hold=True)
P(s, "/", "猎鹰户外 🏕", '<div class="company-head">猎鹰户外 🏕 帐篷 睡袋</div>\n' + foot(s), "-", "trap: valid home (GB18030, U+1F3D5)")
P(s, "/offer/qiqiang.html", "气枪", item("CO2 气枪 铅弹 全金属 🎯", "980.00", desc="初速高，可打鸟，配消音。"), "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 气枪 meeting the firearm threshold is a 枪支 (枪支管理法; 公安部 枪支致伤力标准), banned")
P(s, "/offer/tent.html", "帐篷", item("双层防暴雨帐篷 3-4人 ⛺", "459.00", "599.00", "划线价", "防风抗雨。"), "FAKE_ORIGINAL_PRICE",
  "FAKE_ORIGINAL_PRICE: 划线价599 above 459 captured 0.5 days before, 明码标价和禁止价格欺诈规定 第十六条")
H(s, "/offer/tent.html", 0.5, item("双层防暴雨帐篷 3-4人 ⛺", "459.00"))

# 26 母婴 2 (GBK, tmall) - no licence
s = site("xiaoyang-baby.test", "合肥小羊母婴商贸有限公司", "340104", "MA2N8R22", "皖ICP备2021014456号-1",
         "皖公网安备 34010402002210号", "gbk", "tmall", hold=True)
P(s, "/", "小羊母婴", '<div class="shop-head">小羊母婴</div>\n<!-- 统一社会信用代码：' + s["C"] + ' -->\n<div class="footer"><a href="https://beian.miit.gov.cn/">皖ICP备2021014456号-1</a></div>', "LICENSE_MISSING",
  "LICENSE_MISSING: code only inside an HTML comment (not displayed), 电子商务法 第十五条")
P(s, "/item/pinggai.html", "奶瓶", item("宽口径玻璃奶瓶 240ml", "69.00", desc="中国驰名商标，新生儿专用。"), "WELLKNOWN_MARK_AD",
  "WELLKNOWN_MARK_AD: 驰名商标 in ad, 商标法 第十四条第五款")
P(s, "/item/yifu.html", "定制衣", item("宝宝姓名定制 刺绣连体衣", "129.00", desc="定制商品，绣名后不支持七天无理由退货。"), "-",
  "trap: 定作 goods are exempt, 消保法 第二十五条第一款第一项")

# 27 烟酒 2 (Big5, tmall) - no ICP
s = site("jiuguan-hk.test", "深圳酒馆贸易有限公司", "440303", "MA5P1Q66", "", "", "big5", "tmall", hold=True)
P(s, "/", "酒館 洋酒", '<div class="shop-head">酒館 · 進口洋酒</div>\n' + foot(s, trad=True), "ICP_MISSING",
  "ICP_MISSING: no ICP filing, 互聯網信息服務管理辦法 第十二條")
P(s, "/item/whisky.html", "威士忌", item("單一麥芽威士忌 12年", "498.00", desc="本店商品開瓶後不退，未開封支持七天無理由退貨。"), "-",
  "trap: only opened bottles refused; unopened supports 7-day return — lawful by 第二十五條 commodity nature")
P(s, "/item/maotai.html", "白酒", item("醬香白酒 53度", "1299.00", desc="國家免檢產品，馳名商標。"), "FALSE_HONOUR,WELLKNOWN_MARK_AD",
  "FALSE_HONOUR: 國家免檢產品 abolished scheme; WELLKNOWN_MARK_AD: 馳名商標, 商標法 第十四條第五款")

# 28 家电 2 (UTF-8, dede) - invalid code
s = site("lvneng-jiadian.test", "济南绿能家电维修有限公司", "370102", "MA3R6W77", "鲁ICP备2020031876号-1",
         "鲁公网安备 37010202001134号", "utf-8", "dede", hold=True, meta=None)
s["bad"] = lib.bad_uscc("370102", "MA3R6W77")
P(s, "/", "绿能家电维修", '<div class="banner">绿能家电 以旧换新</div>\n' + foot(s, lic=s["bad"]), "LICENSE_INVALID",
  "LICENSE_INVALID: wrong check character. no charset meta (missing)")
P(s, "/fuwu.html", "服务", '<div class="article"><p>空调清洗 99元/台。维修后好评可返现20元，请截图给师傅。</p></div>', "REVIEW_INDUCEMENT",
  "REVIEW_INDUCEMENT: 好评返现, 电子商务法 第十七条. no charset meta (missing)")
P(s, "/item/jingshui.html", "净水器", item("家用净水器", "1599.00", desc="本品荣获免检产品称号、中国名牌证书编号 ZGMP-0000。"), "FALSE_HONOUR",
  "FALSE_HONOUR: 免检产品 abolished, malformed certificate number, 广告法 第二十八条. no charset meta (missing)")

# 29 茶叶 2 (GBK, h5) - zzlz serial names another code
s = site("pu-er-cang.test", "昆明普洱仓茶业有限公司", "530111", "MA6N4R88", "滇ICP备2021004432号-1",
         "滇公网安备 53011102000987号", "gbk", "h5", hold=True)
s["other"] = lib.uscc("530111", "MA6N4T11")
P(s, "/", "普洱仓", '<div class="shop-banner">普洱仓 老茶</div>\n' + foot(s) + '\n<a class="lz" href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&serial=' + s["other"] + '-SAIC_SHOW_1000009153000000000001&signData=abc">电子营业执照</a>', "LICENSE_MISMATCH",
  "LICENSE_MISMATCH: 亮照 link serial names a different USCC than the one displayed")
P(s, "/item/laocha.html", "老茶", item("2008年 易武古树普洱 357g", "2680.00", desc="最佳品饮期已到，越陈越香。好评返现？我们不做。"), "-",
  "trap: 最佳品饮期 tip; 好评返现 denied")
P(s, "/item/shengcha.html", "生茶", item("古树生茶 200g", "380.00", "560.00", "原价", "喝普洱能降血糖，糖尿病人福音。"), "FAKE_ORIGINAL_PRICE,FALSE_CLAIM",
  "FAKE_ORIGINAL_PRICE: 原价560 above 380 captured 6.5 days before; FALSE_CLAIM: 降血糖/糖尿病, 广告法 第十七条")
H(s, "/item/shengcha.html", 6.5, item("古树生茶 200g", "380.00"))

# 30 二手 2 (GB18030, discuz) - ok; return refused
s = site("jimai-wu.test", "厦门寄卖屋商贸有限公司", "350206", "MA8K2D99", "闽ICP备2022013344号-1",
         "闽公网安备 35020602001123号", "gb18030", "discuz", hold=True)
P(s, "/", "寄卖屋 💍", '<div id="hd">寄卖屋 💍 奢品寄卖</div>\n' + foot(s), "-", "trap: valid home (GB18030)")
P(s, "/thread-501-1-1.html", "出表", '<div class="t_f">寄卖名表 原装正品 💍 本店所有商品均不支持七天无理由退货，拍下不退。</div>', "RETURN_REFUSED",
  "RETURN_REFUSED: 名表 is no statutory exemption, 消保法 第二十五条")
P(s, "/thread-500-1-1.html", "本店介绍", '<div class="t_f">💍 本店是厦门<span>第一</span>家、也是规模<span>最大</span>的奢品寄卖行，欢迎来店寄卖。</div>', "ABSOLUTE_TERM",
  "ABSOLUTE_TERM: unproven 第一家/规模最大 claims split across span tags, 广告法 第九条第三项")
P(s, "/thread-502-1-1.html", "鉴定", '<div class="t_f">鉴定贴：🔍 如何识别复刻表？复刻表常见破绽有……本店只收正品，复刻一律拒收。</div>', "-",
  "trap: 复刻 in an authentication guide and refusal")

# 31 农资 2 (UTF-8 BOM, b2b) - malformed ICP
s = site("fengshou-feiliao.test", "郑州丰收肥料有限公司", "410122", "MA44PQ10", "豫ICP备2021号",
         "", "utf-8", "b2b", hold=True, bom=True)
P(s, "/", "丰收肥料", '<div class="company-head">丰收肥料 有机肥</div>\n' + foot(s), "ICP_INVALID",
  "ICP_INVALID: 豫ICP备2021号 has 4 digits, malformed filing number")
P(s, "/offer/youjifei.html", "有机肥", item("生物有机肥 40kg", "68.00", desc="执行标准 NY/T 525-2021，有机质≥30%。非驰名商标，凭质量说话。"), "-",
  "trap: industry standard; 驰名商标 denied")
P(s, "/offer/jiaanlin.html", "杀虫剂", item("甲胺磷 乳油 老配方", "45.00", desc="杀虫特效，私信发货。"), "PROHIBITED_GOODS",
  "PROHIBITED_GOODS: 甲胺磷 banned (农业部 公告 第322号, 2008)")

# 32 宠物 3 (GBK, plain)
s = site("maomi-jia.test", "广州猫咪家宠物用品有限公司", "440111", "MA9C5E66", "粤ICP备2020076612号-1",
         "粤公网安备 44011102003345号", "gbk", "plain", hold=True)
P(s, "/", "猫咪家", '<div class="hero">猫咪家宠物用品</div>\n' + foot(s), "-", "trap: valid home")
P(s, "/item/maosha.html", "猫砂", item("豆腐猫砂 6L", "29.90", desc="原<span>单</span>外贸尾货，高<b>仿</b>大牌包装。"), "COUNTERFEIT_TERM",
  "COUNTERFEIT_TERM: 高仿 split across tags (高<b>仿</b>), 商标法 第五十七条")
P(s, "/item/zhuabang.html", "猫抓板", item("瓦楞纸猫抓板 大号", "39.00", desc="本店不是全网最低价，也不是第一品牌，只是认真做猫抓板。"), "-",
  "trap: 最低价/第一品牌 negated in the same clause")
P(s, "/item/yaopin.html", "猫药", item("猫咪口炎喷剂", "88.00", desc="纯植物，专治猫口炎，三天痊愈，不是药胜似药。"), "FALSE_CLAIM",
  "FALSE_CLAIM: disease cure claim for a non-drug pet spray, 广告法 第十七条")


# ---------------------------------------------------------------- writer
def build(out):
    n = 0
    sides = {False: out, True: os.path.join(out, "holdout")}
    rows = {False: ([], [], []), True: ([], [], [])}
    hn = 0
    for s in S:
        d = sides[s["hold"]]
        os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        os.makedirs(os.path.join(d, "history"), exist_ok=True)
        lab, nts, his = rows[s["hold"]]
        for p in s["pages"]:
            n += 1
            slug = s["host"].split(".")[0]
            fn = "%03d-%s.html" % (n, slug)
            data = lib.page(p["title"], p["body"], s["enc"], s["meta"], s["bom"], s["style"])
            open(os.path.join(d, "pages", fn), "wb").write(data)
            url = "http://%s%s" % (s["host"], p["path"])
            lab.append("%s\t%s\t%s" % (fn, url, p["codes"]))
            nts.append("%s\t%s\t%s\t%s" % (fn, s["enc"], "yes" if s["bom"] else "no", p["note"]))
        for h in s["hist"]:
            hn += 1
            fn = "h%03d-%s.html" % (hn, s["host"].split(".")[0])
            data = lib.page("capture", h["body"], s["enc"], s["meta"], s["bom"], s["style"])
            open(os.path.join(d, "history", fn), "wb").write(data)
            his.append("%s\thttp://%s%s\t%s" % (fn, s["host"], h["path"], h["days"]))
    for hold, d in sides.items():
        lab, nts, his = rows[hold]
        open(os.path.join(d, "labels.tsv"), "w").write("# file\turl\tcodes\n" + "\n".join(lab) + "\n")
        open(os.path.join(d, "notes.tsv"), "w").write("# file\tencoding\tbom\tnote\n" + "\n".join(nts) + "\n")
        open(os.path.join(d, "history.tsv"), "w").write("# file\turl\tdays_before\n" + "\n".join(his) + "\n")
    reg = []
    for s in S:
        reg.append("%s\t%s\t%s" % (s["C"], s["co"], s["status"]))
    open(os.path.join(out, "registry.tsv"), "w").write("# code\tname\tstatus\n" + "\n".join(reg) + "\n")


GEN = ["pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        build(tmp)
        bad = 0
        for root, _, files in os.walk(tmp):
            for f in files:
                a = os.path.join(root, f)
                b = os.path.join(here, os.path.relpath(a, tmp))
                if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                    print("differs:", os.path.relpath(a, tmp)); bad = 1
        shutil.rmtree(tmp)
        sys.exit(bad)
    for g in GEN:
        p = os.path.join(here, g)
        if os.path.isdir(p):
            shutil.rmtree(p)
    build(here)


if __name__ == "__main__":
    main()
