#!/usr/bin/env python3
"""corpus6/j generator. Every site, page, code and note below is written by hand.
python3 gen.py        -> rewrites pages/, holdout/, labels, notes, registry, history
python3 gen.py --check -> regenerates into a temp dir and compares byte for byte."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, bad_uscc, regno, bad_regno, encode, meta, render

SITES, PAGES, REG = {}, [], []


def site(key, host, name, tpl, enc="utf-8", bom=False, metamode=None, hold=False, tel="400-000-0000",
         nav=(("首页", "/"), ("产品中心", "/products/"), ("关于我们", "/about.html"), ("联系我们", "/contact.html")),
         links=(("中国消费者协会", "http://www.cca.org.cn/"), ("国家企业信用信息公示系统", "https://www.gsxt.gov.cn/"))):
    SITES[key] = dict(host=host, name=name, tpl=tpl, enc=enc, bom=bom, metamode=metamode, hold=hold,
                      tel=tel, nav=nav, links=links, meta=meta(enc if enc != "gbk" else "gbk", metamode))


def page(key, path, title, body, foot, codes, note, hist=()):
    PAGES.append(dict(site=key, path=path, title=title, body=body, foot=foot, codes=codes, note=note, hist=hist))


def reg(code, name, status="存续"):
    REG.append((code, name, status))


def icp_a(s):
    return '<a href="https://beian.miit.gov.cn/" target="_blank">%s</a>' % s


def item_box(name, price, orig, extra=""):
    o = ' <del class="origin-price">%s</del>' % orig if orig else ""
    return ('<div class="goods-info"><h1 class="goods-name">%s</h1>\n<div class="price-box">售价：<span class="price">%s</span>%s</div>\n%s</div>'
            % (name, price, o, extra))


# ====================================================================== sites
# --- A. 五金工具厂 官网 (GBK, 织梦-style), 浙江永康 330784 -----------------------
A_CODE = uscc("91", "330784", "MA2HX7Q1"); reg(A_CODE, "永康市锐锋五金工具有限公司")
site("A", "www.ruifeng-tools.test", "永康锐锋五金工具", "dede", enc="gbk", tel="0579-87120011")
A_FOOT = ('永康市锐锋五金工具有限公司 版权所有 地址：浙江省永康市五金科技工业园金川路18号<br>'
          '统一社会信用代码：%s &nbsp; %s &nbsp; 浙公网安备 33078402000118号' % (A_CODE, icp_a("浙ICP备19032177号-1")))
A_IFOOT = 'Copyright &copy; 锐锋五金 &nbsp; %s' % icp_a("浙ICP备19032177号-1")
A_FILL = ('<p>锐锋五金创立于2006年，专注电动工具与手动工具的研发制造，产品远销东南亚、中东等地区。工厂配备数控加工中心、'
          '热处理线与动平衡检测设备，每批次执行来料检验、过程巡检与出厂抽检。</p>\n<p>我们提供OEM/ODM服务，支持贴牌定制与小批量打样，'
          '样品一般7个工作日完成。欢迎经销商来厂考察。</p>')
page("A", "/", "首页",
     '<div class="banner">锐锋五金 · 专业工具制造</div>\n' + A_FILL +
     '<div class="pro-list"><a href="/products/rf-2106.html">RF-2106 锂电冲击扳手</a> <a href="/honor.html">荣誉资质</a></div>\n'
     '<p>本厂所有电动工具均按GB/T 3883系列标准设计，产品参数中的“最大扭矩”“最高转速”为实验室额定条件下的测量值，实际使用因电池电量、负载不同会有差异。</p>',
     A_FOOT, "-", "trap: 最大扭矩/最高转速 are technical specifications stated as measurements, not 广告法第九条 superlative claims; licence and ICP shown and valid.")
page("A", "/products/rf-2106.html", "RF-2106 锂电冲击扳手",
     item_box("RF-2106 21V无刷锂电冲击扳手", "￥468.00", "", "<dl class=\"para\"><dt>最大扭矩</dt><dd>420N·m</dd><dt>空载转速</dt><dd>0-2800rpm</dd><dt>电池</dt><dd>4.0Ah×2</dd></dl>") +
     '\n' + A_FILL + '\n<p class="tip">温馨提示：本品属于电动工具，请佩戴护目镜使用。<b>出厂检验合格，属国家免检产品</b>，请放心选购。</p>',
     A_IFOOT, "FALSE_HONOUR", "FALSE_HONOUR: 国家免检 scheme abolished 2008 (国务院令第503号废止产品免检); claim cannot be true — 广告法第二十八条, 反不正当竞争法第九条.")
page("A", "/honor.html", "荣誉资质",
     '<h2>荣誉资质</h2>\n<ul><li>ISO 9001:2015 质量管理体系认证证书（证书编号：04521Q31078R1M）</li>'
     '<li>高新技术企业证书 编号 GR202333004217（2023年12月颁发）</li><li>2007年 国家质检总局“产品质量免检证书”（该制度已于2008年取消，本证书仅作为企业历史陈列，现已失效）</li>'
     '<li>浙江省专精特新中小企业（2022年）</li></ul>\n' + A_FILL,
     A_IFOOT, "-", "trap: 免检 certificate described as historical and explicitly stated to be abolished and void; not presented as a current honour. 高新技术企业 number GR+year+33+5 digits well-formed.")

# --- B. 汽车用品/改装 (GB18030, 帝国CMS), 广东广州 440106 -------------------------
B_CODE = uscc("91", "440106", "MA5CK3L8"); reg(B_CODE, "广州驰骋汽车用品有限公司")
site("B", "www.chicheng-auto.test", "驰骋车品", "empire", enc="gb18030", tel="020-38861020",
     nav=(("首页", "/"), ("脚垫座套", "/list/1/"), ("灯光改装", "/list/2/"), ("联系我们", "/contact/")))
B_FOOT = ('<p>广州驰骋汽车用品有限公司 统一社会信用代码 %s</p><p>%s &nbsp; 粤公网安备 44010602000863号</p><p>客服：刘䶮 020-38861020</p>' % (B_CODE, icp_a("粤ICP备18064412号-2")))
B_IFOOT = '<p>&copy; 驰骋车品 %s 客服：刘䶮</p>' % icp_a("粤ICP备18064412号-2")
B_FILL = ('<p>驰骋车品成立于2014年，位于广州天河汽配城，门店提供脚垫、座套、行车记录仪与灯光升级的安装服务，线上订单全国包邮。'
          '所有灯光改装件均符合GB 4785《汽车及挂车外部照明和光信号装置的安装规定》，安装后不影响年检。</p>')
page("B", "/", "首页", '<div class="slide">新车装饰一站式</div>\n' + B_FILL +
     '<p>本店承诺：所售商品均支持七天无理由退货，定制刻字、按车型裁剪的全包围脚垫除外（下单前页面会单独提示并由您确认）。</p>',
     B_FOOT, "-", "trap: exemption for made-to-measure goods (消保法第二十五条第一款第一项 定作) stated with consumer confirmation; all other goods returnable. GB18030 page with 䶮 (outside GBK).")
page("B", "/list/2/85.html", "LED爆闪警灯",
     item_box("车顶吸盘式红蓝爆闪警灯 带喊话器 私家车可用", "￥159.00", "") + B_FILL +
     '\n<p>规格：12V点烟器取电，红蓝双色，120W扬声器带警报音三种。</p>',
     B_IFOOT, "PROHIBITED_GOODS", "PROHIBITED_GOODS: 警报器/标志灯具 for non-special vehicles — 道路交通安全法第十五条 bans installing or using 警报器、标志灯具 on other vehicles; sale to private cars prohibited (公安部 警用装备 rules).")
page("B", "/list/1/92.html", "全包围丝圈脚垫",
     item_box("全包围双层丝圈脚垫 按车型定制", "￥299.00", "日常价￥399.00") + B_FILL +
     '<p>注：本品按车型裁剪，属于定作商品，不适用七日无理由退货；质量问题（开胶、尺寸与车型不符）包退换。</p>',
     B_IFOOT, "-", "trap: 日常价399 — earlier capture 3 days before showed 399 too (history), so not above 7-day low; 定作 exemption (消保法第二十五条). ",
     hist=((3.0, item_box("全包围双层丝圈脚垫 按车型定制", "￥399.00", "")),))
# --- C. 翡翠/玉石 shop (Big5, traditional script), 云南瑞丽 533102 -----------------
C_CODE = uscc("92", "533102", "MA6PJ2R4"); reg(C_CODE, "瑞丽市翠缘珠宝商行")  # the registry holds the simplified official name
site("C", "www.cuiyuan-jade.test", "翠緣珠寶", "ecstore", enc="big5", tel="0692-4151288",
     nav=(("首頁", "/"), ("翡翠手鐲", "/gallery-1.html"), ("玉石掛件", "/gallery-2.html"), ("鑑定知識", "/article-9.html")),
     links=(("國家珠寶玉石質量監督檢驗中心", "http://www.ngtc.com.cn/"), ("瑞麗市人民政府", "http://www.rl.gov.cn/")))
C_FOOT = ('瑞麗市翠緣珠寶商行（個體工商戶） 統一社會信用代碼：%s<br>%s 滇公網安備 53310202000217號<br>地址：雲南省瑞麗市姐告玉城B區16號' % (C_CODE, icp_a("滇ICP備20004518號-1")))
C_IFOOT = '翠緣珠寶 版權所有 %s' % icp_a("滇ICP備20004518號-1")
C_FILL = ('<p>本店翡翠均附國家珠寶玉石質量監督檢驗中心（NGTC）或省級質檢站證書，證書號可在檢驗機構官網查詢。'
          '翡翠依GB/T 16553《珠寶玉石 鑑定》命名，天然未經處理者業內俗稱「A貨」，經酸洗充膠者稱「B貨」，染色者稱「C貨」，本店只售天然A貨。</p>'
          '<p>玉石價格受種水、顏色、工藝影響，同一批料價差可達數倍，請以實物照片與證書為準。</p>')
page("C", "/", "首頁", '<div class="banner">瑞麗源頭 · 天然翡翠</div>\n' + C_FILL +
     '<p>直播間每晚八點開播，主播阿翠現場開窗、打燈，所見即所得。</p>',
     C_FOOT, "-", "trap: 「A貨」 is the jade trade grade for natural untreated jadeite (GB/T 16553 naming, trade usage), not a counterfeit word; licence and ICP valid (滇 = 云南, 533102 瑞丽).")
page("C", "/product-1021.html", "冰種飄花手鐲",
     item_box("冰種飄花翡翠手鐲 圈口56", "¥12800", "市場價¥26800") + C_FILL +
     '<p>此鐲為老坑冰種，收藏級別，<b>保證三年內升值翻倍，不升值全額回購</b>，投資首選。</p>',
     C_IFOOT, "FALSE_CLAIM", "FALSE_CLAIM: guaranteed appreciation ('保證三年內升值翻倍') — 广告法第二十五条 bans 对未来效果、收益作出保证性承诺 for investment-type promotion; 市場價 with no history capture, so no price finding.")
page("C", "/product-1033.html", "和田玉籽料掛件",
     item_box("和田玉籽料平安扣掛件", "¥3680", "") + C_FILL +
     '<p>佩戴玉石可<b>調理血壓、改善睡眠，長期佩戴對頸椎病有輔助治療作用</b>。</p>',
     C_IFOOT, "FALSE_CLAIM", "FALSE_CLAIM: disease-treatment claims (blood pressure, 頸椎病 treatment) for a jade pendant — 广告法第十七条 (non-medical goods may not claim 疾病治疗功能).")

# --- D. 文玩 shop (UTF-8, uni-app H5), 河北 130682 定州? use 北京潘家园 110105 --------
D_CODE = uscc("92", "110105", "MA01N8W3"); reg(D_CODE, "北京市朝阳区古韵斋文玩店")
site("D", "m.guyunzhai.test", "古韵斋文玩", "uni", tel="010-67752031")
D_FOOT = ('<uni-text>北京市朝阳区古韵斋文玩店</uni-text><uni-text>营业执照：<a href="/license.html">点击查看</a></uni-text>'
          '<uni-text>%s</uni-text><uni-text>京公网安备 11010502045512号</uni-text>' % icp_a("京ICP备21022638号-1"))
D_IFOOT = '<uni-text>古韵斋 %s</uni-text>' % icp_a("京ICP备21022638号-1")
D_FILL = ('<uni-view class="desc"><p>古韵斋位于潘家园旧货市场东区，经营手串、核雕、橄榄核、老纸墨等文玩杂项二十余年。'
          '店内所有材质均如实标注：天然、压缩、拼接、染色各有其名，绝不以次充好。</p></uni-view>')
page("D", "/", "古韵斋文玩", '<uni-view class="swiper">文玩杂项 · 潘家园老店</uni-view>\n' + D_FILL,
     D_FOOT, "-", "trap: licence duty met by a link to a licence page (电子商务法第十五条 allows 链接标识); ICP valid.")
page("D", "/pages/goods/detail?id=318", "象牙果手串",
     item_box("南美象牙果雕刻手串 12mm", "￥88.00", "") + D_FILL +
     '<uni-view><p>象牙果（Tagua nut）是南美棕榈植物的种子，质地细腻似象牙，故名。本品为植物材质，与动物象牙无关，可放心购买与邮寄。</p></uni-view>',
     D_IFOOT, "-", "trap: 象牙果 is a palm seed (vegetable ivory), lawful; the page itself explains it is not animal ivory.")
page("D", "/pages/goods/detail?id=402", "老料牙雕",
     item_box("清中期老象牙雕 随形把件 包浆厚重", "￥9800.00", "") + D_FILL +
     '<uni-view><p>老物件，早年收藏，品相完好，可私聊看细节视频，走闲置不走快递单号。</p></uni-view>',
     D_IFOOT, "PROHIBITED_GOODS", "PROHIBITED_GOODS: ivory carving — 国务院办公厅关于有序停止商业性加工销售象牙及制品活动的通知 (国办发〔2016〕103号) ended all commercial ivory sales from 2017-12-31; 野生动物保护法第二十八条.")

# --- E. 保健食品 shop (GBK, HiShop), 广东深圳 440305 ---------------------------
E_CODE = uscc("91", "440305", "MA5FT6D2"); reg(E_CODE, "深圳康源堂健康科技有限公司")
site("E", "www.kangyuantang.test", "康源堂健康商城", "hishop", enc="gbk", tel="0755-86690021",
     nav=(("首页", "/"), ("保健食品", "/category/1"), ("特医食品", "/category/2"), ("会员中心", "/User")))
E_FOOT = ('深圳康源堂健康科技有限公司 营业执照注册号/统一社会信用代码：%s<br>食品经营许可证：JY14403050123456<br>%s &nbsp; 粤公网安备 44030502007712号'
          % (E_CODE, icp_a("粤ICP备20031180号-1")))
E_IFOOT = '康源堂 %s' % icp_a("粤ICP备20031180号-1")
E_FILL = ('<div class="notice">保健食品是食品，不是药物，不能代替药物治疗疾病。本店所售保健食品均具有国家市场监督管理总局批准文号或备案号，'
          '详情页所列功能均为注册证书载明内容，不得以任何方式扩大宣传。</div>')
page("E", "/", "首页", E_FILL + '<p>新人专享：首单满199减20。</p>', E_FOOT, "-",
     "trap: 保健食品 notice required by 广告法第十八条 and 保健食品标注警示用语指南; licence, 食品经营许可 and ICP valid.")
page("E", "/Product/1208", "蓝帽 辅助降血糖胶囊",
     item_box("XX牌苦瓜铬胶囊 0.4g×60粒", "￥168.00", "") + E_FILL +
     '<dl class="para"><dt>批准文号</dt><dd>国食健注G20190321</dd><dt>保健功能</dt><dd>辅助降血糖</dd><dt>不适宜人群</dt><dd>少年儿童、孕妇、乳母</dd></dl>'
     '<p>本品不能代替药物，糖尿病患者请遵医嘱用药，不要自行停药。</p>',
     E_IFOOT, "-", "trap: 辅助降血糖 is the registered health function printed on the 注册证书 (保健食品注册与备案管理办法); with the mandatory warning and advice to keep medication — lawful registered wording.")
page("E", "/Product/1315", "深海鱼油软胶囊",
     item_box("深海鱼油软胶囊 1000mg×100粒", "￥128.00", "") + E_FILL +
     '<p>老顾客反馈：坚持吃三个月，<b>血管斑块溶掉了，高血脂不用再吃药</b>，心脑血管疾病一扫光。</p>',
     E_IFOOT, "FALSE_CLAIM", "FALSE_CLAIM: health food promoted to dissolve plaque and replace drugs — 广告法第十八条第一款第二项 (不得涉及疾病预防、治疗功能), 第十七条; testimonials also barred (第十八条第五项).")
page("E", "/Product/1420", "特医 全营养配方",
     item_box("特殊医学用途全营养配方食品 400g", "￥259.00", "") + E_FILL +
     '<p>注册号：国食注字TY20220015。本品适用于1岁以上需要补充营养的人群，请在医生或临床营养师指导下使用。'
     '<b>喝了可以治疗糖尿病并发症</b>，比打胰岛素还管用。</p>',
     E_IFOOT, "FALSE_CLAIM", "FALSE_CLAIM: 特医食品 claimed to treat 糖尿病并发症 and replace insulin — 广告法第十七条; 特医食品广告 must match registered content (广告法第四十六条 审查).")

# --- F. 化妆品 shop (UTF-8 with BOM, WordPress), 上海浦东 310115 ----------------------
F_CODE = uscc("91", "310115", "MA1K4B7T"); reg(F_CODE, "上海颜研生物科技有限公司")
site("F", "www.yanyan-beauty.test", "颜研护肤", "wp", bom=True, tel="021-58823306",
     nav=(("首页", "/"), ("全部产品", "/shop/"), ("成分科普", "/blog/"), ("售后政策", "/refund/")))
F_FOOT = ('<p>上海颜研生物科技有限公司｜统一社会信用代码：%s｜化妆品注册人</p><p>%s｜沪公网安备 31011502019034号</p>' % (F_CODE, icp_a("沪ICP备22003817号-1")))
F_IFOOT = '<p>&copy; 2026 颜研护肤 · %s</p>' % icp_a("沪ICP备22003817号-1")
F_FILL = ('<p>颜研的每一款产品均在国家药监局化妆品注册备案信息服务平台可查。我们坚持成分透明：配方表按含量由高到低列出，'
          '含量低于0.1%的成分以“其他微量成分”统一列示。化妆品不是药品，如皮肤有破损、湿疹或过敏，请先就医。</p>'
          '<p>七天无理由退货：未拆封商品签收后7天内可退；已拆封的护肤品如出现过敏等质量问题，凭就诊记录可退。</p>')
page("F", "/", "首页",
     '<h2>祛斑美白精华 国妆特字G20230417</h2>\n' + F_FILL +
     '<p>祛斑美白类属于特殊化妆品，本品已取得特殊化妆品注册证，功效宣称依据已按《化妆品功效宣称评价规范》上传。</p>',
     F_FOOT, "-", "trap: 祛斑美白 is a registered special-cosmetic category (化妆品监督管理条例第十六条) shown with its 国妆特字 number; not a medical claim. UTF-8 with BOM.")
page("F", "/product/acne-gel/", "净痘凝胶",
     item_box("积雪草净痘凝胶 20g", "￥89.00", "") + F_FILL +
     '<p>专为反复爆痘设计，三天<b>消炎杀菌</b>，对<b>激素依赖性皮炎、毛囊炎有治疗效果</b>，停用也不反弹。</p>',
     F_IFOOT, "FALSE_CLAIM", "FALSE_CLAIM: cosmetic claims 消炎杀菌 and treatment of 激素依赖性皮炎/毛囊炎 — 化妆品监督管理条例第三十七条 (不得明示或暗示具有医疗作用), 广告法第十七条.")
page("F", "/product/cream-50/", "修护面霜",
     item_box("神经酰胺修护面霜 50g", "￥139.00", "") + F_FILL +
     '<p>开封后最佳使用期限12个月，请置于阴凉处。</p>'
     '<div class="after-sale">收到货后给五星评价并晒三张图，截图发给客服领取<b>5元无门槛现金红包</b>。</div>',
     F_IFOOT, "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: cash red packet for five-star review with photos — 网络交易监督管理办法第十四条 (以返现、红包等方式诱导好评), 电子商务法第十七条. trap inside: 最佳使用期限 is a use tip (2023 绝对化用语 guideline), not ABSOLUTE_TERM.")

# --- G. 餐饮 packages (GBK, 织梦), 四川成都武侯 510107 ---------------------------
G_CODE = uscc("92", "510107", "MA6AJK2C"); reg(G_CODE, "成都市武侯区老码头火锅店")
site("G", "www.lmt-hotpot.test", "老码头火锅", "dede", enc="gbk", tel="028-85556677",
     nav=(("首页", "/"), ("团购套餐", "/taocan/"), ("门店", "/mendian/"), ("加盟", "/jiameng/")))
G_FOOT = '成都市武侯区老码头火锅店 统一社会信用代码 %s<br>%s 川公网安备 51010702003318号<br>食品经营许可证 JY25101070045213' % (G_CODE, icp_a("蜀ICP备17040911号-1"))
G_IFOOT = '老码头火锅 %s' % icp_a("蜀ICP备17040911号-1")
G_FILL = ('<p>老码头火锅始于1998年武侯祠大街，牛油底料每日现炒，毛肚、鸭肠当天到店当天用完。团购套餐在线购买后凭券码到店核销，'
          '未使用的券码随时可退，过期自动退款。</p>')
page("G", "/", "首页", '<div class="banner">地道成都味</div>\n' + G_FILL +
     '<p>成都人都说，吃火锅就认老码头——<b>全成都最巴适、最正宗的一锅</b>，没有之一。</p>',
     G_FOOT, "ABSOLUTE_TERM", "ABSOLUTE_TERM: '全成都最巴适、最正宗…没有之一' superlative about the whole city, unprovable — 广告法第九条第三项. trap inside: 蜀ICP备 is the real variant for 川.")
page("G", "/taocan/2.html", "双人套餐",
     item_box("经典双人餐 含锅底+8荤素", "￥138", "") + G_FILL +
     '<p>辣度分微辣、中辣、特辣三级，第一次来建议点中辣。</p>'
     '<p>用餐后在点评App写五星好评带三张图，结账时出示即送<b>冰粉一份或抵扣10元</b>。</p>',
     G_IFOOT, "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: free dessert or 10 yuan off for a five-star review with photos — 网络交易监督管理办法第十四条; 反不正当竞争法 (帮助虚假宣传). trap inside: 第一次/特辣 are not claims.")
page("G", "/taocan/5.html", "生日蛋糕券",
     item_box("6寸动物奶油生日蛋糕（门店现做）", "￥98", "") + G_FILL +
     '<p>蛋糕为现做鲜活易腐食品，制作后不支持七天无理由退货；如需取消请在制作前两小时联系门店。</p>',
     G_IFOOT, "-", "trap: 鲜活易腐 goods are a statutory exemption (消保法第二十五条第一款第二项).")

# --- H. 美发 (UTF-8, 公众号 article pages), 湖南长沙芙蓉 430102 ---------------------
H_CODE = uscc("92", "430102", "MA4PBX1M"); reg(H_CODE, "长沙市芙蓉区剪艺造型店")
site("H", "www.jianyi-salon.test", "剪艺造型", "wx", tel="0731-84410522")
H_FOOT = ('<p>长沙市芙蓉区剪艺造型店 统一社会信用代码：%s</p><!-- 湘ICP备20015566号-1 --><p>湘公网安备 43010202001245号</p>' % H_CODE)
H_IFOOT = '<p>剪艺造型</p>'
H_FILL = ('<p>剪艺造型开在五一广场旁，专注男士短发、女士烫染护理。店里只用有备案的染发剂（国妆特字），染前做皮肤过敏测试，'
          '测试不过不做。预约制，不推销办卡。</p>')
page("H", "/", "剪艺造型｜线上预约", H_FILL + '<p>本月套餐：洗剪吹 ¥58，烫发套餐 ¥398 起。</p>',
     H_FOOT, "ICP_MISSING", "ICP_MISSING: the only ICP number is inside an HTML comment, so none is displayed — 互联网信息服务管理办法第十二条. 公网安备 is not an ICP filing.")
page("H", "/s/a8Jk2.html", "店长介绍",
     '<p>店长王磊，从业18年，持<b>国家一级美发师</b>（高级技师）职业资格证书，曾任湖南省美发美容行业协会技能大赛裁判。</p>' + H_FILL +
     '<p>王磊老师的目标是：让每位顾客都剪到最适合自己脸型的发型。</p>',
     H_IFOOT, "-", "trap: 国家一级美发师 is a state vocational qualification level (国家职业技能标准 美发师 一级/高级技师) — a title, not a superlative; '最适合自己脸型' is a service goal/advice, not a comparison with others.")
page("H", "/s/b9Qw1.html", "烫染套餐",
     '<p>【烫发套餐】¥398：含洗护、韩式纹理烫、发膜。</p>' + H_FILL +
     '<p>我们的护理发膜来自日本原厂，<b>长沙最顶级</b>的护理体验，别家做不到。</p>',
     H_IFOOT, "ABSOLUTE_TERM", "ABSOLUTE_TERM: '长沙最顶级…别家做不到' — 最高级 equivalent compared to competitors, 广告法第九条第三项.")

# --- I. 家政 (GBK, 帝国CMS), 江苏南京鼓楼 320106 -----------------------------------
I_CODE = uscc("91", "320106", "MA1XQ7H5"); reg(I_CODE, "南京安心到家家政服务有限公司")
site("I", "www.anxin-jiazheng.test", "安心到家家政", "empire", enc="gbk", tel="025-83216600",
     nav=(("首页", "/"), ("保洁套餐", "/baojie/"), ("月嫂育儿嫂", "/yuesao/"), ("企业资质", "/zizhi/")))
I_FOOT = ('<div style="display:none">南京安心到家家政服务有限公司 统一社会信用代码 %s</div>'
          '<p>安心到家家政 服务热线 025-83216600</p><p>%s 苏公网安备 32010602011187号</p>' % (I_CODE, icp_a("苏ICP备18027730号-1")))
I_IFOOT = '<p>安心到家家政 %s</p>' % icp_a("苏ICP备18027730号-1")
I_FILL = ('<p>安心到家成立于2015年，全部阿姨持健康证上岗，入职前做无犯罪记录查询。保洁套餐线上购买，服务前24小时可免费改期或全额退款。</p>')
page("I", "/", "首页", I_FILL + '<p>我们的目标是做南京最让人放心的家政品牌。</p>',
     I_FOOT, "LICENSE_MISSING", "LICENSE_MISSING: the licence block is in a display:none div, so no licence info is displayed on the home page — 电子商务法第十五条. trap inside: '目标是做…最让人放心' is a goal slogan (2023 guideline), not ABSOLUTE_TERM.")
page("I", "/baojie/3.html", "深度保洁4小时",
     item_box("新居开荒/深度保洁 4小时 2人", "￥358", "") + I_FILL + '<p>不含外墙、高空作业；玻璃只清洁室内侧。</p>',
     I_IFOOT, "-", "plain lawful item page (no licence duty on non-home pages).")
page("I", "/zizhi/", "企业资质",
     '<h2>企业资质</h2><ul><li>南京市家政服务业协会会员单位</li><li>2019年度“中国名牌产品”（家政服务类）</li><li>商务部“家政信用查”平台已录入</li></ul>' + I_FILL,
     I_IFOOT, "FALSE_HONOUR", "FALSE_HONOUR: 中国名牌产品 evaluation was stopped in 2008 (国家质检总局 2008 停止名牌评价) and never covered services; a 2019 award cannot exist — 反不正当竞争法第九条, 广告法第二十八条.")

# --- J. 装修 packages (UTF-8, WordPress), 湖北武汉江汉 420103 -----------------------
J_BAD = bad_uscc("91", "420103", "MA4K9C2E")
site("J", "www.jiayi-zhuangshi.test", "家艺装饰", "wp", tel="027-85770913",
     nav=(("首页", "/"), ("整装套餐", "/package/"), ("案例", "/cases/"), ("工地直播", "/live/")))
J_FOOT = '<p>武汉家艺装饰工程有限公司</p><p>统一社会信用代码：%s</p><p>%s 鄂公网安备 42010302002251号</p>' % (J_BAD, icp_a("鄂ICP备20008812号-1"))
J_IFOOT = '<p>家艺装饰 %s</p>' % icp_a("鄂ICP备20008812号-1")
J_FILL = ('<p>家艺装饰承接武汉三镇住宅整装与局部翻新，签约前免费量房、出具分项预算，合同写明工期与逾期违约金。'
          '水电隐蔽工程质保十年，防水做48小时闭水试验，验收合格才进入下一道工序。</p>')
page("J", "/", "首页", J_FILL + '<p>2026年整装套餐 ¥699/㎡ 起，含主材。</p>', J_FOOT, "LICENSE_INVALID",
     "LICENSE_INVALID: the displayed 统一社会信用代码 fails its GB 32100 check character — 电子商务法第十五条 (false display).")
page("J", "/package/699/", "699整装套餐",
     item_box("699元/㎡ 全包整装套餐", "¥699/㎡", "") + J_FILL +
     '<p>主材选用E0级板材，甲醛释放量符合GB 18580最高标准等级要求。<b>同价位全武汉没有比我们更好的</b>，签约即送全屋净化。</p>',
     J_IFOOT, "ABSOLUTE_TERM", "ABSOLUTE_TERM: '全武汉没有比我们更好的' is a 最佳 claim by negated comparison — 广告法第九条第三项. trap inside: E0级 is a grade from GB 18580 / GB/T 39600.")
page("J", "/cases/128/", "案例：光谷 三室两厅",
     '<h2>光谷 118㎡ 三室两厅 现代简约</h2>' + J_FILL +
     '<p>业主李女士：“工长每天拍视频，材料进场都让我签字，最满意的是阳台的收纳柜。”</p>',
     J_IFOOT, "-", "trap: '最满意的是' is a customer's own preference about one part of her home, not an advertiser superlative about the product versus others.")

# --- K. 数码配件 (UTF-8, HiShop), 广东东莞 441900 -------------------------------------
K_CODE = uscc("91", "441900", "MA56R0F3"); reg(K_CODE, "东莞市极客数码配件有限公司")
site("K", "www.jike-peijian.test", "极客数码配件", "hishop", tel="0769-22883319",
     nav=(("首页", "/"), ("耳机音箱", "/category/3"), ("充电配件", "/category/4"), ("监控安防", "/category/7")))
K_FOOT = '东莞市极客数码配件有限公司 统一社会信用代码：%s<br>%s' % (K_CODE, icp_a("粤ICP备12345678号"))
K_IFOOT = '极客数码 %s' % icp_a("粤ICP备12345678号")
K_FILL = ('<p>极客数码位于东莞长安，工厂自营充电器、数据线、手机壳，所有充电器通过CCC认证（证书可在认监委网站查询），'
          '支持全国联保。</p>')
page("K", "/", "首页", K_FILL, K_FOOT, "ICP_INVALID",
     "ICP_INVALID: 粤ICP备12345678号 is the placeholder number, not a filing (DOMAIN.md formats; 非经营性互联网信息服务备案管理办法).")
page("K", "/Product/5521", "无线蓝牙耳机",
     item_box("Pro 3代无线降噪蓝牙耳机 洛达1562A芯片", "￥139.00", "") + K_FILL +
     '<p>外观和原装<b>一比一</b>开模，序列号官网可查，弹窗定位改名全都有，<b>华强北版本</b>，懂的来。</p>',
     K_IFOOT, "COUNTERFEIT_TERM,ICP_INVALID", "COUNTERFEIT_TERM: '一比一开模…序列号官网可查…华强北版本' sells look-alikes of a branded earphone — 商标法第五十七条. ICP_INVALID: same placeholder ICP in the footer.")
page("K", "/Product/6012", "插座摄像头",
     item_box("五孔插座隐藏式摄像头 无线远程 免打孔", "￥219.00", "") + K_FILL +
     '<p>外观就是普通插座，镜头藏在接地孔里，手机远程看，放在卧室、酒店都不会被发现。</p>',
     K_IFOOT, "ICP_INVALID,PROHIBITED_GOODS", "PROHIBITED_GOODS: covert camera disguised as a socket — 窃照专用器材 (禁止非法生产销售使用窃听窃照专用器材和“伪基站”设备的规定; 刑法第二百八十三条). ICP_INVALID: placeholder ICP in footer.")

# --- L. 图书/文创 (Big5, 织梦), 福建厦门思明 350203 [holdout] ---------------------------
L_CODE = uscc("91", "350203", "MA31YB4U"); reg(L_CODE, "厦门书里光阴文化创意有限公司")  # simplified official name
site("L", "www.shuliguangyin.test", "書裡光陰", "dede", enc="big5", hold=True, tel="0592-2076613",
     nav=(("首頁", "/"), ("繁體書", "/books/"), ("文創小物", "/gifts/"), ("電子書", "/ebook/")),
     links=(("廈門市圖書館", "http://www.xmlib.net/"), ("臺灣書店聯盟", "http://books.example.tw.test/")))
L_FOOT = '廈門書裡光陰文化創意有限公司 統一社會信用代碼：%s<br>出版物經營許可證：新出發廈字第350203210號<br>%s 閩公網安備 35020302035561號' % (L_CODE, icp_a("閩ICP備19015523號-2"))
L_IFOOT = '書裡光陰 %s' % icp_a("閩ICP備19015523號-2")
L_FILL = ('<p>書裡光陰是一家在廈門鼓浪嶼開了十二年的小書店，專營臺灣、香港出版的繁體書與兩岸文創，所有進口書均經有進口資質的出版物進口單位引進。</p>')
page("L", "/", "首頁", L_FILL + '<p>本週新到：臺灣遠流《金庸作品集》典藏版。</p>', L_FOOT, "-",
     "trap: Big5 traditional page with 閩ICP備 (traditional 閩 = 闽, valid after normalisation) and valid licence; no breach.")
page("L", "/books/1936.html", "魯迅《吶喊》1936年版復刻本",
     item_box("《吶喊》1936年北新書局版 影印復刻本", "¥68", "") + L_FILL +
     '<p>本書依據1936年北新書局原本掃描影印，1:1還原原書開本與字體，版權頁注明復刻出版社。</p>',
     L_IFOOT, "-", "trap: 復刻本 of a public-domain 1936 edition with its publisher named, and 1:1 means page size — a facsimile, not a counterfeit of a trademark (商标法第五十七条 not engaged).")
page("L", "/gifts/77.html", "帆布袋",
     item_box("鼓浪嶼插畫帆布袋", "¥45", "") + L_FILL +
     '<p>小店人手少，<b>文創商品售出後恕不退換</b>，請看清尺寸再下單。</p>',
     L_IFOOT, "RETURN_REFUSED", "RETURN_REFUSED: a ready-made canvas bag is outside the exemptions; '售出後恕不退換' refuses 7-day returns — 消保法第二十五条.")
page("L", "/ebook/12.html", "電子書",
     item_box("《鼓浪嶼老建築》電子書 EPUB", "¥18", "") + L_FILL +
     '<p>電子書為在線下載的數字化商品，下載後不適用七日無理由退貨。</p>',
     L_IFOOT, "-", "trap: 在线下载的数字化商品 are a statutory exemption (消保法第二十五条第一款第三项).")

# --- M. 五金/锁具 (GB18030, ECStore), 山东临沂兰山 371302 [holdout] -----------------
M_CODE = uscc("91", "371302", "MA3RU5W9"); reg(M_CODE, "临沂市固安锁业有限公司", "吊销")
site("M", "www.guan-suoye.test", "固安锁业", "ecstore", enc="gb18030", hold=True, tel="0539-8126651",
     nav=(("首页", "/"), ("智能门锁", "/gallery-11.html"), ("挂锁", "/gallery-12.html"), ("工具", "/gallery-13.html")))
M_FOOT = '<p>临沂市固安锁业有限公司 统一社会信用代码 %s 联系人：张𠮷</p><p>%s 鲁公网安备 37130202000341号</p>' % (M_CODE, icp_a("鲁ICP备16021457号-1"))
M_IFOOT = '<p>固安锁业 联系人：张𠮷 %s</p>' % icp_a("鲁ICP备16021457号-1")
M_FILL = ('<p>固安锁业专注C级锁芯智能门锁、挂锁与柜锁生产，锁芯通过公安部安全与警用电子产品质量检测中心检测，'
          '执行GA/T 73-2015《机械防盗锁》标准，C级为该标准中的安全级别。</p>')
page("M", "/", "首页", M_FILL, M_FOOT, "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the displayed code is in the registry with status 吊销 — 电子商务法第十五条 (display must be true and current). GB18030 page with 𠮷 (outside GBK).")
page("M", "/product-3301.html", "开锁工具套装",
     item_box("锡纸开锁工具 单钩 快开 全套", "￥380.00", "") + M_FILL + '<p>十秒开C级锁，不留痕迹，附视频教程，不问用途。</p>',
     M_IFOOT, "PROHIBITED_GOODS", "PROHIBITED_GOODS: 锡纸开锁工具 sold without locksmith licensing, 'no questions asked' — 治安管理处罚法 / 公安部 特种行业 rules ban selling 开锁工具 to the public.")
page("M", "/product-3315.html", "C级锁芯",
     item_box("C级防盗门锁芯 双面叶片", "￥128.00", "") + M_FILL +
     '<p>C级是GA/T 73规定的最高防盗级别，技术开启时间不少于10分钟。</p>',
     M_IFOOT, "-", "trap: C级 and '最高防盗级别' name the top grade defined by GA/T 73 — a standard grade (2023 guideline), not a superlative claim.")

# --- N. 黄金珠宝 (UTF-8, 帝国CMS), 广东深圳罗湖 440303 ----------------------------------
N_CODE = uscc("91", "440303", "MA5G2YL7"); reg(N_CODE, "深圳市金福源珠宝首饰有限公司")
site("N", "www.jinfuyuan-zb.test", "金福源珠宝", "empire", tel="0755-82290066",
     nav=(("首页", "/"), ("黄金", "/gold/"), ("钻石", "/diamond/"), ("品牌故事", "/brand/")))
N_FOOT = ('<p>深圳市金福源珠宝首饰有限公司 统一社会信用代码：%s</p><p>地址：深圳市罗湖区水贝二路贝丽花园1栋</p><p>%s 粤公网安备 44030302001567号</p>'
          % (N_CODE, icp_a("粤ICP备16099321号-3")))
N_IFOOT = '<p>金福源珠宝 %s</p>' % icp_a("粤ICP备16099321号-3")
N_FILL = ('<p>金福源扎根水贝二十年，黄金饰品按GB 11887《首饰 贵金属纯度的规定及命名方法》标注纯度，足金（金含量≥990‰）、'
          '足金999（≥999‰）均附国检证书。钻石按GB/T 16554分级。克价随上海金交所实时金价浮动，下单时锁价。</p>')
page("N", "/", "首页",
     '<div class="banner">“金福源”——<span>中国</span><span>驰名</span><span>商标</span>，二十年品质之选</div>\n' + N_FILL,
     N_FOOT, "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: banner advertises the brand as 中国驰名商标 (text split over spans) — 商标法第十四条第五款.")
page("N", "/diamond/d-0.5ct.html", "0.5克拉钻戒",
     item_box("0.5克拉 D色 VVS1 3EX 18K金钻戒", "￥15800", "") + N_FILL +
     '<p>D色为GB/T 16554中最高的颜色级别，VVS1为极微瑕级别，附NGTC证书。</p>',
     N_IFOOT, "-", "trap: 'D色…最高的颜色级别' states the top grade of GB/T 16554 — a national-standard grade (2023 guideline), not ABSOLUTE_TERM.")
page("N", "/gold/hf-212.html", "古法金手镯",
     item_box("足金古法传承手镯 约30g", "￥19980", "原价￥23800") + N_FILL + '<p>本周福利价，买即送礼盒。</p>',
     N_IFOOT, "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 原价23800 but the capture 4 days earlier showed 19980 — above the 7-day low, 明码标价和禁止价格欺诈规定第十六条.",
     hist=((4.0, item_box("足金古法传承手镯 约30g", "￥19980", "")),))
page("N", "/gold/pd-88.html", "足金吊坠",
     item_box("足金999 小金豆吊坠", "￥1290", "原价￥1490") + N_FILL,
     N_IFOOT, "-", "trap: 原价1490 — captures 2.5 days before showed 1490 and 9 days before 1190; only the 2.5-day one is inside the 7-day window, so the comparison is lawful (第十六条).",
     hist=((2.5, item_box("足金999 小金豆吊坠", "￥1490", "")), (9.0, item_box("足金999 小金豆吊坠", "￥1190", ""))))

# --- O. 化妆品 (Big5, WordPress), 珠海横琴 440404 澳门 seller ------------------------
site("O", "www.aomen-meizhuang.test", "澳門美妝小舖", "wp", enc="big5", tel="0756-2996121",
     nav=(("首頁", "/"), ("護膚", "/skincare/"), ("彩妝", "/makeup/"), ("關於我們", "/about/")),
     links=(("澳門消費者委員會", "https://www.consumer.gov.mo/"), ("橫琴粵澳深度合作區", "http://www.hengqin.gov.cn/")))
O_FOOT = '<p>澳門美妝小舖 · 橫琴倉發貨 · 客服微信 amzxp2020</p><p>%s</p>' % icp_a("粵ICP備21008154號-1")
O_IFOOT = '<p>澳門美妝小舖 %s</p>' % icp_a("粵ICP備21008154號-1")
O_FILL = ('<p>小舖由澳門團隊經營，商品經橫琴口岸一般貿易進口，中文標籤齊全，可提供進口報關單與檢驗檢疫證明。</p>')
page("O", "/", "首頁", O_FILL + '<p>本月新品：法國溫泉噴霧 300ml。</p>', O_FOOT, "LICENSE_MISSING",
     "LICENSE_MISSING: home page shows no 营业执照 information, no link, no exemption statement — 电子商务法第十五条 (a company trading into the mainland must display). ICP 粵 valid after traditional→simplified.")
page("O", "/skincare/cream.html", "雪肌面霜",
     item_box("雪肌修護面霜 50g", "¥268", "") + O_FILL +
     '<p>日本老字號，<b>馳名商標</b>產品，連續三十年口碑熱銷。</p>',
     O_IFOOT, "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: 馳名商標 (traditional) used in product advertising — 商标法第十四条第五款.")
page("O", "/skincare/serum.html", "玻尿酸精華",
     item_box("玻尿酸保濕精華 30ml", "¥198", "") + O_FILL +
     '<p>本品為一般化妝品，並非藥品，不能治療濕疹、皮炎等皮膚疾病；皮膚有問題請先看醫生。</p>',
     O_IFOOT, "-", "trap: the page denies medical effects and advises seeing a doctor — a warning, not a FALSE_CLAIM.")

# --- P. 五金工具 shop (GBK, HiShop), 浙江义乌 330782 ----------------------------------  [holdout]
P_CODE = uscc("92", "330782", "MA2EC8N6"); reg(P_CODE, "义乌市稠城百顺五金商行")
site("P", "www.baishun-wujin.test", "百顺五金", "hishop", enc="gbk", hold=True, tel="0579-85421177",
     nav=(("首页", "/"), ("手动工具", "/category/1"), ("电动工具", "/category/2"), ("劳保用品", "/category/5")))
P_FOOT = '义乌市稠城百顺五金商行 统一社会信用代码 %s<br>%s 浙公网安备 33078202001456号' % (P_CODE, icp_a("浙ICP备17055120号-1"))
P_IFOOT = '百顺五金 %s' % icp_a("浙ICP备17055120号-1")
P_FILL = ('<p>百顺五金在义乌国际商贸城五区经营十五年，批发零售扳手、钳子、螺丝刀、劳保手套等，量大可开专票，一件也发货。</p>')
page("P", "/", "首页", P_FILL + '<p>本店所有五金工具支持七天无理由退换，运费险已为您购买。</p>', P_FOOT, "-",
     "trap: states 7-day returns are supported — the opposite of RETURN_REFUSED; licence (个体工商户 92) and ICP valid.")
page("P", "/Product/301", "棘轮扳手套装",
     item_box("72齿快速棘轮扳手套装 46件", "￥59.00", "划线价￥89.00") + P_FILL,
     P_IFOOT, "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 划线价89 while the capture 5 days before showed 59 — 明码标价和禁止价格欺诈规定第十六条.",
     hist=((5.0, item_box("72齿快速棘轮扳手套装 46件", "￥59.00", "")),))
page("P", "/Product/318", "绝缘手套",
     item_box("12kV带电作业绝缘手套 防电击", "￥45.00", "") + P_FILL +
     '<p>适用于低压带电作业，最高使用电压以手套标识为准，每六个月做一次耐压试验。</p>',
     P_IFOOT, "-", "trap: 防电击 protective gloves are not 电击器 (stun devices); '最高使用电压' is a rating under GB/T 17622, not a superlative.")
page("P", "/Product/322", "鲁班尺",
     item_box("不锈钢鲁班尺 5米 高精度", "￥19.90", "原价￥29.90") + P_FILL,
     P_IFOOT, "-", "trap: 原价29.9 — the only capture (1 day before) showed 29.9, so the compared price is not above the 7-day low.",
     hist=((1.0, item_box("不锈钢鲁班尺 5米 高精度", "￥29.90", "")),))

# --- Q. 汽车改装 (UTF-8, uni-app), 江苏苏州吴中 320506 [holdout] -------------------------
Q_CODE = uscc("91", "320506", "MA1ND3P8"); reg(Q_CODE, "苏州速改汽车科技有限公司")
site("Q", "m.sugai-auto.test", "速改车品", "uni", hold=True, tel="0512-65201188")
Q_FOOT = '<uni-text>苏州速改汽车科技有限公司 统一社会信用代码：%s</uni-text><uni-text>%s</uni-text>' % (Q_CODE, icp_a("苏ICP备2019号"))
Q_IFOOT = '<uni-text>速改车品 %s</uni-text>' % icp_a("苏ICP备2019号")
Q_FILL = ('<uni-view class="desc"><p>速改车品专注轮毂、尾翼、包围等外观改装，门店可代办改装备案。改装件请在《机动车登记规定》允许的范围内使用，'
          '更换轮毂须与原车规格一致。</p></uni-view>')
page("Q", "/", "速改车品", Q_FILL, Q_FOOT, "ICP_INVALID",
     "ICP_INVALID: 苏ICP备2019号 has only four digits — malformed filing number (非经营性互联网信息服务备案管理办法).")
page("Q", "/pages/goods/detail?id=77", "车牌翻转器",
     item_box("电动车牌翻转架 遥控一键隐藏 防拍", "￥899.00", "") + Q_FILL +
     '<uni-view><p>遥控一秒翻转，过卡口、测速点不留牌。</p></uni-view>',
     Q_IFOOT, "ICP_INVALID,PROHIBITED_GOODS", "PROHIBITED_GOODS: device to hide the number plate from cameras — 道路交通安全法第十六条 (不得故意遮挡、污损号牌), sale banned (公安部 遮挡号牌装置 专项整治). ICP_INVALID: malformed ICP in footer.")
page("Q", "/pages/goods/detail?id=91", "锻造轮毂",
     item_box("18寸锻造轮毂 B家LM款", "￥5800.00/套", "") + Q_FILL +
     '<uni-view><p>德国B家经典款<b>高 仿</b>，LOGO、刻字全部还原，装车看不出区别。</p></uni-view>',
     Q_IFOOT, "COUNTERFEIT_TERM,ICP_INVALID", "COUNTERFEIT_TERM: '高 仿' (spaced) with the brand's logo reproduced — 商标法第五十七条. ICP_INVALID: malformed ICP in footer.")

# --- R. 家庭手工 (UTF-8, 公众号 article), personal seller, exemption statement ----------
site("R", "www.xiaomei-shougong.test", "小梅手作", "wx", tel="")
R_FOOT = ('<p>本店经营者为个人，销售自己在家制作的手工皮具，属于《中华人民共和国电子商务法》第十条规定的家庭手工业产品，依法不需要办理市场主体登记。</p>'
          '<p>%s</p>' % icp_a("皖ICP备2022018834号-1"))
R_IFOOT = '<p>小梅手作</p>'
R_FILL = ('<p>我是小梅，在合肥家里的小工作台做皮具已经八年了。全部意大利植鞣革，手缝马鞍针，每一件从裁皮到封边都是我一个人完成，'
          '所以每周只能出十来件，下单请耐心等候。</p>')
page("R", "/", "小梅手作｜关于我", R_FILL, R_FOOT, "-",
     "trap: no licence code but a 电子商务法第十条 家庭手工业 exemption statement — satisfies 第十五条; personal ICP filing 皖 with year-prefixed 10 digits.")
page("R", "/s/wallet.html", "复刻款短夹",
     '<p>【短夹·复刻款】¥260：这是我2018年做的第一只钱包，很多老朋友想要，这次按原来的纸样复刻了二十只。</p>' + R_FILL +
     '<p>定制刻字的钱包属于定作商品，不退换；不刻字的收到7天内不满意可以退。</p>',
     R_IFOOT, "-", "trap: 复刻 of the maker's own 2018 design (no one else's mark); 定作 exemption with returns otherwise allowed — 消保法第二十五条.")
page("R", "/s/belt.html", "手工腰带",
     '<p>【植鞣革腰带】¥180，宽3.5cm。</p>' + R_FILL +
     '<p>收到货给个好评，私信我截图，<b>返你十块钱</b>，谢谢支持小本生意～</p>',
     R_IFOOT, "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: 10 yuan back for a good review — 网络交易监督管理办法第十四条, 电子商务法第十七条.")

# --- S. 装修 (GB18030, 织梦), 重庆渝中 500103 ----------------------------------------
S_CODE = uscc("91", "500103", "MA60HTR2"); reg(S_CODE, "重庆山城匠心装饰工程有限公司")
site("S", "www.jiangxin-cq.test", "山城匠心装饰", "dede", enc="gb18030", tel="023-63880715",
     nav=(("首页", "/"), ("套餐报价", "/baojia/"), ("荣誉资质", "/rongyu/"), ("在建工地", "/gongdi/")))
S_FOOT = '重庆山城匠心装饰工程有限公司 统一社会信用代码：%s 设计总监：陈堃䶮<br>%s 渝公网安备 50010302002789号' % (S_CODE, icp_a("渝ICP备15009931号-1"))
S_IFOOT = '山城匠心装饰 设计总监：陈堃䶮 %s' % icp_a("渝ICP备15009931号-1")
S_FILL = ('<p>山城匠心装饰成立于2012年，持建筑装修装饰工程专业承包二级资质，项目经理持二级建造师证。重庆山地户型多、错层多，'
          '我们先出三维量房图再报价，报价单逐项列明，增项须业主签字确认。</p>')
page("S", "/", "首页", S_FILL + '<p>设计师团队18人，其中国家一级注册建筑师2人。</p>', S_FOOT, "-",
     "trap: 一级注册建筑师 and 二级资质 are state qualification grades, not superlatives; licence and ICP valid. GB18030 with 䶮.")
page("S", "/baojia/1.html", "全包套餐",
     item_box("山城全包套餐 899元/㎡", "￥899/㎡", "") + S_FILL + '<p>同样的材料同样的工艺，<b>我们的报价就是全重庆最低</b>，找到更低的差价三倍退。</p>',
     S_IFOOT, "ABSOLUTE_TERM", "ABSOLUTE_TERM: '全重庆最低' price superlative — 广告法第九条第三项 (also 价格法 misleading).")
page("S", "/rongyu/", "荣誉资质",
     '<h2>荣誉资质</h2><p>2016年 重庆市装饰协会“诚信企业”；2021年 荣获“国家免检装饰工程”称号；2023年 渝中区优秀民营企业。</p>' + S_FILL,
     S_IFOOT, "FALSE_HONOUR", "FALSE_HONOUR: a 2021 '国家免检' title cannot exist (产品免检 abolished 2008, never for 装饰工程) — 反不正当竞争法第九条.")

# --- T. 银饰/时尚首饰 (GBK, WordPress), 广西梧州万秀 450403 [holdout] ---------------------
T_CODE = uscc("92", "450403", "MA5NE1K4"); reg(T_CODE, "梧州市万秀区晶彩饰品店")
site("T", "www.jingcai-shipin.test", "晶彩饰品", "wp", enc="gbk", hold=True, tel="0774-3829011")
T_FOOT = '<p>梧州市万秀区晶彩饰品店 统一社会信用代码：%s</p><p>地址：广西梧州市万秀区宝石城三楼</p>' % T_CODE
T_IFOOT = '<p>晶彩饰品</p>'
T_FILL = ('<p>梧州是人工宝石之都。本店经营人工合成立方氧化锆（CZ）、合成莫桑石与925银饰，所有商品均如实标注“合成”字样，'
          '附材质检测报告，不冒充天然钻石。</p>')
page("T", "/", "首页", T_FILL, T_FOOT, "ICP_MISSING",
     "ICP_MISSING: independent site home shows licence but no ICP filing or licence number — 互联网信息服务管理办法第十二条.")
page("T", "/product/nail-bangle/", "钉子手镯",
     item_box("K家钉子手镯 玫瑰金 专柜版", "￥398", "") + T_FILL + '<p>刻印、螺丝孔都和专柜一样，原厂模具，送同款礼盒<b>纯原</b>包装。</p>',
     T_IFOOT, "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: '纯原' with 专柜/原厂模具 for a famous brand's design and box — 商标法第五十七条.")
page("T", "/product/moissanite/", "莫桑石戒指",
     item_box("1克拉合成莫桑石戒指 925银", "￥268", "") + T_FILL +
     '<p>本店不卖高仿、不卖A货，莫桑石就是莫桑石，不会说成钻石。</p>',
     T_IFOOT, "-", "trap: '不卖高仿、不卖A货' is a refusal; synthetic stones labelled as such (GB/T 16552 naming).")

# --- U. 图书 (GBK, ECStore), 江西南昌东湖 360102 ----------------------------------------
U_CODE = uscc("91", "360102", "MA38FW6Q"); reg(U_CODE, "南昌书香门第图书有限公司")
site("U", "www.shuxiang-book.test", "书香门第网上书城", "ecstore", enc="gbk", tel="0791-86620387",
     nav=(("首页", "/"), ("教辅", "/gallery-2.html"), ("期刊杂志", "/gallery-5.html"), ("文创", "/gallery-8.html")))
U_FOOT = '南昌书香门第图书有限公司 统一社会信用代码：%s 出版物经营许可证：新出发赣字第3601020088号<br>%s 赣公网安备 36010202000672号' % (U_CODE, icp_a("赣ICP备18001163号-1"))
U_IFOOT = '书香门第 %s' % icp_a("赣ICP备18001163号-1")
U_FILL = ('<p>书香门第网上书城由南昌老牌书店开办，图书均从出版社及新华发行集团正规进货，开具正规发票。满69元包邮，江西省内次日达。</p>')
page("U", "/", "首页", U_FILL + '<p>2026版高考真题汇编已到货。</p>', U_FOOT, "-",
     "trap: plain lawful bookshop home with licence, 出版物经营许可 and 赣 ICP; '真题' is not a claim.")
page("U", "/product-2201.html", "期刊订阅",
     item_box("《读者》2027年全年订阅 24期", "￥168.00", "") + U_FILL + '<p>期刊一经交付不适用七日无理由退货，漏寄、破损可补寄。</p>',
     U_IFOOT, "-", "trap: 交付的报纸、期刊 are a statutory exemption (消保法第二十五条第一款第四项).")
page("U", "/product-2417.html", "特价教辅",
     item_box("初中数学压轴题特训（清仓特价）", "￥9.90", "") + U_FILL + '<p>清仓特价书，<b>不支持7天无理由退货</b>，介意勿拍。</p>',
     U_IFOOT, "RETURN_REFUSED", "RETURN_REFUSED: printed books on clearance are not an exempt category; 'clearance' is no ground — 消保法第二十五条, 网络购买商品七日无理由退货暂行办法第六条.")
page("U", "/product-2530.html", "故宫日历",
     item_box("《故宫日历》2027 故宫出版社", "￥78.00", "") + U_FILL +
     '<p>故宫出版社正版，本店为故宫出版社授权经销商。书中“第一章 正月”收录宋代《雪景寒林图》局部。</p>',
     U_IFOOT, "-", "trap: '第一章' is a chapter number; official authorised distributor; no claim.")

# --- V. 数码配件 (Big5, HiShop), 台商 福建福州鼓楼 350102 [holdout] ----------------------
V_BAD = bad_regno("35010240001537")
site("V", "www.taiyi-3c.test", "台誼3C配件", "hishop", enc="big5", hold=True, tel="0591-87551266",
     nav=(("首頁", "/"), ("充電器", "/category/1"), ("手機殼", "/category/2"), ("耳機", "/category/3")),
     links=(("海峽兩岸經貿交易會", "http://www.strait.example.test/"), ("福州市台商協會", "http://www.fztsxh.example.test/")))
V_FOOT = '福州台誼電子有限公司 營業執照註冊號：%s<br>%s 閩公網安備 35010202001188號' % (V_BAD, icp_a("閩ICP備14012233號-1"))
V_IFOOT = '台誼3C %s' % icp_a("閩ICP備14012233號-1")
V_FILL = ('<p>台誼是臺灣團隊在福州設立的配件品牌，充電器全部通過CCC認證，線材採用鍍錫銅芯。全國順豐包郵，七天無理由退貨。</p>')
page("V", "/", "首頁", V_FILL, V_FOOT, "LICENSE_INVALID",
     "LICENSE_INVALID: the 15-digit 註冊號 fails its ISO 7064 MOD 11,10 check digit — 电子商务法第十五条 (false display).")
page("V", "/Product/65w", "65W快充",
     item_box("65W氮化鎵快充頭 三口", "¥129", "") + V_FILL +
     '<p>最高支援65W輸出，單口最大20V/3.25A。</p><p>收到後五星好評＋曬圖，聯繫客服<b>返現8元</b>。</p>',
     V_IFOOT, "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: 返現8元 for five-star review with photos — 网络交易监督管理办法第十四条. trap inside: 最高支援65W is a rating.")
page("V", "/Product/keybag", "鑰匙屏蔽袋",
     item_box("汽車鑰匙信號屏蔽袋 防盜刷", "¥39", "") + V_FILL +
     '<p>無源法拉第袋，放入後鑰匙信號無法被中繼盜刷，取出即恢復；不發射任何信號，不干擾他人設備。</p>',
     V_IFOOT, "-", "trap: passive Faraday pouch, not a 信号屏蔽器/干扰器 (无线电管理条例 bans transmitting jammers only).")

# --- W. 管件工厂官网 (GBK, 帝国CMS), 河北沧州盐山 130925 [holdout] -----------------------------
W_CODE = uscc("91", "130925", "MA0CRL58"); reg(W_CODE, "盐山县恒通管件制造有限公司")
site("W", "www.hengtong-guanjian.test", "恒通管件", "empire", enc="gbk", hold=True, tel="0317-6215588",
     nav=(("首页", "/"), ("产品中心", "/products/"), ("荣誉资质", "/honor/"), ("新闻动态", "/news/")))
W_FOOT = '<p>盐山县恒通管件制造有限公司 统一社会信用代码 %s</p><p>%s 冀公网安备 13092502000355号</p>' % (W_CODE, icp_a("冀ICP备17011820号-1"))
W_IFOOT = '<p>恒通管件 %s</p>' % icp_a("冀ICP备17011820号-1")
W_FILL = ('<p>恒通管件位于中国管件之都盐山，主营碳钢、不锈钢对焊管件与法兰，执行GB/T 12459、GB/T 13401标准，'
          '持特种设备生产许可证（压力管道元件）。</p>')
page("W", "/", "首页", W_FILL +
     '<div class="news"><h4>行业新闻</h4><p>据《中国市场监管报》报道：商标法第十四条第五款规定，生产、经营者不得将“驰名商标”字样用于商品、商品包装或者容器上，'
     '或者用于广告宣传、展览以及其他商业活动中。本公司提醒同行依法宣传。</p></div>',
     W_FOOT, "-", "trap: 驰名商标 appears only inside a quoted statute in a news item — no use of the words for own goods.")
page("W", "/products/elbow.html", "对焊弯头",
     item_box("碳钢对焊90°弯头 DN50-DN600", "面议", "") + W_FILL +
     '<p>恒通弯头，<b>国家级品质</b>，行业领跑者，出口二十余国。</p>',
     W_IFOOT, "ABSOLUTE_TERM", "ABSOLUTE_TERM: '国家级品质' — 广告法第九条第三项 names 国家级.")
page("W", "/honor/", "荣誉资质",
     '<h2>荣誉资质</h2><ul><li>特种设备生产许可证 TS2713A17-2027</li><li>高新技术企业证书 GR2022130XX</li><li>ISO 9001 质量管理体系认证</li></ul>' + W_FILL,
     W_IFOOT, "FALSE_HONOUR", "FALSE_HONOUR: 高新技术企业证书编号 'GR2022130XX' is malformed (GR + year + 2-digit province + 5 digits) — 反不正当竞争法第九条.")

# --- X. 特医/营养食品 (UTF-8, HiShop), 北京海淀 110108 [holdout] ----------------------------
X_CODE = uscc("91", "110108", "MA01RG3W"); reg(X_CODE, "北京营养家科技有限公司")
X_OTHER = uscc("91", "110108", "MA01TP7K"); reg(X_OTHER, "北京康健源商贸有限公司")
site("X", "www.yingyangjia.test", "营养家", "hishop", hold=True, tel="010-62558812",
     nav=(("首页", "/"), ("特医食品", "/category/1"), ("营养补充", "/category/2"), ("营养师咨询", "/ask")))
X_FOOT = ('北京营养家科技有限公司 统一社会信用代码：%s <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091100108MA01TP7K1&amp;signData=MEUCIQDx">'
          '<img src="/images/lz.png" alt="电子营业执照亮照"></a><br>%s 京公网安备 11010802032211号' % (X_CODE, X_OTHER, icp_a("京ICP备19044102号-1")))
X_IFOOT = '营养家 %s' % icp_a("京ICP备19044102号-1")
X_FILL = ('<p>营养家由注册营养师团队运营，特医食品须在医生或临床营养师指导下使用。下单前请先完成在线营养评估。</p>')
page("X", "/", "首页", X_FILL, X_FOOT, "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the 亮照 link's serial names another company's code (北京康健源商贸) than the code shown — 电子商务法第十五条.")
page("X", "/Product/201", "糖尿病适用配方",
     item_box("糖尿病适用型营养配方粉 400g", "￥238.00", "") + X_FILL +
     '<p>本品不能治疗疾病，糖尿病患者须遵医嘱用药；最佳冲调水温40℃，冲调后1小时内饮用。</p>',
     X_IFOOT, "-", "trap: denies treatment and defers to doctors; '最佳冲调水温' is a usage tip (2023 guideline).")
page("X", "/Product/233", "蛋白粉",
     item_box("乳清蛋白粉 900g", "￥299.00", "") + X_FILL +
     '<p>术后病人喝它，伤口愈合快一倍，<b>还能预防癌症复发</b>。</p>',
     X_IFOOT, "FALSE_CLAIM", "FALSE_CLAIM: ordinary food claimed to prevent cancer recurrence — 广告法第十七条, 食品安全法第七十三条 (不得涉及疾病预防、治疗功能).")

# --- Y. 文创 (UTF-8 with BOM, uni-app), 陕西西安雁塔 610113 [holdout] ---------------------
Y_CODE = uscc("91", "610113", "MA6WX0B5"); reg(Y_CODE, "西安长安礼物文化传播有限公司")
site("Y", "m.changan-liwu.test", "长安礼物", "uni", bom=True, hold=True, tel="029-85236670")
Y_FOOT = '<uni-text>西安长安礼物文化传播有限公司 统一社会信用代码：%s</uni-text><uni-text>%s 陕公网安备 61011302001429号</uni-text>' % (Y_CODE, icp_a("陕ICP备20010775号-1"))
Y_IFOOT = '<uni-text>长安礼物 %s</uni-text>' % icp_a("陕ICP备20010775号-1")
Y_FILL = ('<uni-view class="desc"><p>长安礼物开发西安主题文创：兵马俑冰箱贴、大雁塔书签、唐仕女盲盒，设计均为原创并已登记著作权。</p></uni-view>')
page("Y", "/", "长安礼物", Y_FILL, Y_FOOT, "-",
     "trap: lawful home; UTF-8 with BOM; 陕 ICP and 610113 code agree.")
page("Y", "/pages/goods/detail?id=12", "兵马俑模型",
     item_box("秦俑将军俑 1:10 树脂模型", "￥168.00", "") + Y_FILL + '<uni-view><p>按1:10比例缩小，高约19cm，原创建模，非文物复制品。</p></uni-view>',
     Y_IFOOT, "-", "trap: 1:10 is a model scale, not the counterfeit '1:1'.")
page("Y", "/pages/goods/detail?id=30", "城墙礼盒",
     item_box("西安城墙伴手礼盒", "￥128.00", "") + Y_FILL + '<uni-view><p>礼盒内含“老长安”牌柿饼——<b>驰名商标</b>，百年老字号。</p></uni-view>',
     Y_IFOOT, "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: 驰名商标 used to advertise a product in the gift box — 商标法第十四条第五款.")

# --- Z1. 玉石 (GBK, 织梦), 广东揭阳榕城 445202 — code not in registry ------------------------
Z1_CODE = uscc("92", "445202", "MA52QK8T")  # deliberately not registered
site("Z1", "www.yangmei-yushi.test", "阳美玉石坊", "dede", enc="gbk", tel="0663-8806216",
     nav=(("首页", "/"), ("翡翠挂件", "/guajian/"), ("手镯", "/shouzhuo/"), ("鉴定常识", "/zhishi/")))
Z1_FOOT = '揭阳市榕城区阳美玉石坊 统一社会信用代码：%s<br>%s 粤公网安备 44520202000418号' % (Z1_CODE, icp_a("粤ICP备17112056号-1"))
Z1_IFOOT = '阳美玉石坊 %s' % icp_a("粤ICP备17112056号-1")
Z1_FILL = ('<p>阳美村是全国有名的翡翠加工村，本坊从原石切料到雕刻抛光都在村里完成。每件成品标注“天然翡翠”或“处理翡翠”，'
           '可送揭阳市质量计量监督检测所复检，复检结论与标注不符全额退款。</p>')
page("Z1", "/", "首页", Z1_FILL, Z1_FOOT, "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the displayed code is well-formed but absent from the registry extract — 电子商务法第十五条 (display must match registration).")
page("Z1", "/guajian/108.html", "糯种观音",
     item_box("糯种飘绿观音挂件", "￥2680", "市场价￥3580") + Z1_FILL,
     Z1_IFOOT, "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 市场价3580 while a capture half a day earlier showed 2680 (and one 6.5 days earlier 3580) — the 7-day low is 2680; 明码标价和禁止价格欺诈规定第十六条.",
     hist=((0.5, item_box("糯种飘绿观音挂件", "￥2680", "")), (6.5, item_box("糯种飘绿观音挂件", "￥3580", ""))))
page("Z1", "/guajian/115.html", "处理翡翠挂件",
     item_box("翡翠（处理）貔貅挂件", "￥380", "") + Z1_FILL +
     '<p>本品为处理翡翠，俗称B货（经酸洗充胶），证书结论“翡翠（处理）”，价格仅为同款天然A货的零头，介意勿拍。</p>',
     Z1_IFOOT, "-", "trap: treated jade honestly disclosed with the GB/T 16553 name 翡翠（处理）; A货/B货 are jade treatment grades, not counterfeit words.")
page("Z1", "/shouzhuo/21.html", "平安镯",
     item_box("冰糯种平安镯 圈口57", "￥6800", "") + Z1_FILL +
     '<p>玉石类商品<b>一经售出，概不退换</b>，拍下即视为同意。</p>',
     Z1_IFOOT, "RETURN_REFUSED", "RETURN_REFUSED: a ready-made bangle is not an exempt good; '一经售出，概不退换' refuses statutory 7-day returns — 消保法第二十五条 (and 第二十六条 格式条款无效).")

# --- Z2. 汽车用品 (GBK, HiShop), 河南郑州金水 410105 -------------------------------------
Z2_CODE = uscc("91", "410105", "MA44BN2D"); reg(Z2_CODE, "郑州车之家汽车用品有限公司")
site("Z2", "www.chezhijia-yp.test", "车之家汽车用品", "hishop", enc="gbk", tel="0371-63370521",
     nav=(("首页", "/"), ("车模", "/category/9"), ("原厂件", "/category/4"), ("养护", "/category/6")))
Z2_FOOT = '郑州车之家汽车用品有限公司 统一社会信用代码：%s<br>网站ICP备案审核中 &nbsp; 豫公网安备 41010502004126号' % Z2_CODE
Z2_IFOOT = '车之家汽车用品'
Z2_FILL = ('<p>车之家在郑州汽配大世界经营十年，主营原厂配件、合金车模与汽车养护用品。原厂件可凭VIN码核对适配，发票随货。</p>')
page("Z2", "/", "首页", Z2_FILL, Z2_FOOT, "ICP_MISSING",
     "ICP_MISSING: 'ICP备案审核中' gives no filing number; 公网安备 is not an ICP filing — 互联网信息服务管理办法第十二条.")
page("Z2", "/Product/910", "合金车模",
     item_box("1:18 合金车模 奥迪R8 官方授权", "￥699.00", "") + Z2_FILL + '<p>1:18为模型比例，车门、引擎盖可开启，附授权证书。</p>',
     Z2_IFOOT, "-", "trap: 1:18 is a licensed model's scale, not '1:1'.")
page("Z2", "/Product/415", "原厂机滤",
     item_box("大众原厂机油滤清器 06L115562", "￥58.00", "") + Z2_FILL +
     '<p>凭原单号（购车时的服务订单号）可享受4S店同等质保。零件号06L115562适用EA888发动机。</p>',
     Z2_IFOOT, "-", "trap: 原单号 is an order number, 06L115562 a part number — neither is the counterfeit word 原单.")
page("Z2", "/Product/633", "镀晶套装",
     item_box("纳米镀晶套装 500ml", "￥168.00", "") + Z2_FILL +
     '<p>“亮豹”牌镀晶——<b>驰&nbsp;名&nbsp;商&nbsp;标</b>，十年品质保证。</p>',
     Z2_IFOOT, "WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: 驰名商标 split by &nbsp; used in product advertising — 商标法第十四条第五款.")

# --- Z3. 五金拉手/工具 (GBK, 织梦; missing or wrong charset meta), 浙江温州鹿城 330302 ----------
Z3_BAD = bad_uscc("91", "330302", "MA2J8L0P")
site("Z3", "www.ouyi-wujin.test", "瓯艺五金", "dede", enc="gbk", metamode="missing", tel="0577-88230571",
     nav=(("首页", "/"), ("家具拉手", "/lashou/"), ("电动工具", "/diandong/"), ("联系我们", "/lianxi/")))
Z3_FW = "".join(chr(ord(c) + 0xFEE0) for c in Z3_BAD)
Z3_FOOT = '温州瓯艺五金制品有限公司 统一社会信用代码：%s<br>%s 浙公网安备 33030202000871号' % (Z3_FW, icp_a("浙ICP备18021933号-1"))
Z3_IFOOT = '瓯艺五金 %s' % icp_a("浙ICP备18021933号-1")
Z3_FILL = ('<p>瓯艺五金地处温州鹿城，生产锌合金、铜质家具拉手与合页，同时代理电动工具。总经理陈喆先生从业二十五年。'
           '全部产品支持七天无理由退货。</p>')
page("Z3", "/", "首页", Z3_FILL, Z3_FOOT, "LICENSE_INVALID",
     "LICENSE_INVALID: the code written in full-width characters fails the GB 32100 check after normalisation — 电子商务法第十五条. No <meta charset> at all (GBK bytes).")
page("Z3", "/lashou/56.html", "仿古铜拉手",
     item_box("精仿古铜色 欧式抽屉拉手 96孔距", "￥6.80/只", "") + Z3_FILL + '<p>表面做仿古铜色氧化处理，颜色接近老铜器。</p>',
     Z3_IFOOT, "-", "trap: '精仿古铜色' is a finish ('精' + '仿古铜色'), not 精仿 counterfeit. No <meta charset> at all (GBK bytes).")
site("Z3b", "www.ouyi-wujin.test", "瓯艺五金", "dede", enc="gbk", metamode="gb2312", tel="0577-88230571",
     nav=SITES["Z3"]["nav"])
page("Z3b", "/diandong/12.html", "冲击钻",
     item_box("B牌同款 20V锂电冲击钻", "￥159.00", "") + Z3_FILL +
     '<p>外观做工和B牌专柜一模一样，<b>精仿</b>版本，贴牌发货。</p>',
     Z3_IFOOT, "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: '精仿' copy of a brand's drill with its label — 商标法第五十七条. Wrong meta: declares charset=gb2312 while the bytes use GBK-only 喆 (in 陈喆).")

# --- Z4. 数码配件 (UTF-8, 帝国CMS), 山东青岛市南 370202 — registry name differs --------------
Z4_CODE = uscc("91", "370202", "MA3CE9H1"); reg(Z4_CODE, "青岛海蓝电子商务有限公司")
site("Z4", "www.haiyun-shuma.test", "海韵数码", "empire", tel="0532-80993312",
     nav=(("首页", "/"), ("数据线", "/line/"), ("移动电源", "/power/"), ("售后", "/service/")))
Z4_FOOT = '<p>青岛海韵数码科技有限公司 统一社会信用代码：%s</p><p>%s 鲁公网安备 37020202001352号</p>' % (Z4_CODE, icp_a("鲁ICP备19028871号-1"))
Z4_IFOOT = '<p>海韵数码 %s</p>' % icp_a("鲁ICP备19028871号-1")
Z4_FILL = ('<p>海韵数码在青岛经营手机配件八年，移动电源均有CCC认证，可带上飞机（100Wh以下）。评价请如实填写，本店从不做好评返现。</p>')
page("Z4", "/", "首页", Z4_FILL, Z4_FOOT, "LICENSE_MISMATCH",
     "LICENSE_MISMATCH: the code is registered to 青岛海蓝电子商务有限公司, not the 海韵数码科技 name shown — 电子商务法第十五条.")
page("Z4", "/line/c60.html", "编织数据线",
     item_box("C to C 60W编织数据线 1米", "￥29.00", "") + Z4_FILL + '<p>线材类商品<b>不支持七天无理由</b>，非质量问题不退不换。</p>',
     Z4_IFOOT, "RETURN_REFUSED", "RETURN_REFUSED: a cable is not an exempt good — 消保法第二十五条. trap inside: '从不做好评返现' is a refusal.")
page("Z4", "/power/10k.html", "移动电源",
     item_box("10000mAh 22.5W 移动电源", "￥79.00", "") + Z4_FILL + '<p>额定容量6000mAh（5V/3A），标称10000mAh为电芯容量，二者差异属正常转换损耗。</p>',
     Z4_IFOOT, "-", "trap: refusal of 好评返现 and honest rated-capacity disclosure; nothing unlawful.")

# --- Z5. 人参/保健 (GBK, ECStore), 吉林长春 220102 [holdout] ----------------------------------
Z5_CODE = uscc("91", "220102", "MA14WH6R"); reg(Z5_CODE, "长春长白山参业有限公司")
site("Z5", "www.changbai-shenye.test", "长白参业", "ecstore", enc="gbk", hold=True, tel="0431-88963210",
     nav=(("首页", "/"), ("人参", "/gallery-1.html"), ("鹿茸", "/gallery-2.html"), ("资讯", "/article-1.html")))
Z5_FOOT = '长春长白山参业有限公司 统一社会信用代码：%s 食品经营许可证 JY12201020088123<br>吉公网安备 22010202000381号' % Z5_CODE
Z5_IFOOT = '长白参业'
Z5_FILL = ('<p>长白参业的园参、林下参均产自吉林抚松，按GB/T 22534《地理标志产品 长白山人参》分等：特等、一等、二等、三等，'
           '等级依据主根长度、芦碗与须根完整度。人参为新食品原料（人工种植5年及以下），每日食用量不超过3克，孕妇、哺乳期妇女及14周岁以下儿童不宜食用。</p>')
page("Z5", "/", "首页", Z5_FILL, Z5_FOOT, "ICP_MISSING",
     "ICP_MISSING: licence shown but no ICP number anywhere on the independent site's home — 互联网信息服务管理办法第十二条.")
page("Z5", "/product-88.html", "特等园参",
     item_box("长白山特等园参 5年生 250g礼盒", "￥598.00", "原价￥898.00") + Z5_FILL,
     Z5_IFOOT, "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 原价898 but the capture 6 days earlier showed 598 — 明码标价和禁止价格欺诈规定第十六条. trap inside: 特等 is the GB/T 22534 grade.",
     hist=((6.0, item_box("长白山特等园参 5年生 250g礼盒", "￥598.00", "")),))
page("Z5", "/article-7.html", "资讯：好评返现被罚",
     '<h2>行业资讯：某参茸店“好评返现”被罚</h2><p>据吉林市场监管部门通报，某网店以“好评返现5元”诱导消费者评价，违反《网络交易监督管理办法》第十四条，被处以罚款。'
     '本店提醒：请根据真实体验评价，本店不提供任何好评奖励。</p>' + Z5_FILL,
     Z5_IFOOT, "-", "trap: 好评返现 appears in a news report and a refusal, not as an offer.")

# --- Z6. 运动鞋/户外 (UTF-8, ECStore), 福建晋江 350582 — licence as image --------------------
Z6_CODE = uscc("91", "350582", "MA34KD1N"); reg(Z6_CODE, "晋江市步健体育用品有限公司")
site("Z6", "www.bujian-sport.test", "步健体育", "ecstore", tel="0595-85671230",
     nav=(("首页", "/"), ("跑步鞋", "/gallery-3.html"), ("户外", "/gallery-4.html"), ("品牌介绍", "/article-2.html")))
Z6_FOOT = ('<a href="/license.html"><img src="/public/images/yyzz_small.jpg" alt="营业执照：晋江市步健体育用品有限公司" width="80"></a> '
           '%s 闽公网安备 35058202000987号' % icp_a("闽ICP备19006612号-1"))
Z6_IFOOT = '步健体育 %s' % icp_a("闽ICP备19006612号-1")
Z6_FILL = ('<p>步健体育是晋江陈埭的运动鞋工厂自营店，自有“步健”品牌，大底、中底自己开模，代工经验二十年。鞋码按GB/T 3293.1标注，'
           '偏大偏小请参考尺码表。</p>')
page("Z6", "/", "首页", Z6_FILL, Z6_FOOT, "-",
     "trap: the licence is shown as an image (alt text names the company) linking to a licence page — a displayed licence / 链接标识 under 电子商务法第十五条; ICP valid.")
page("Z6", "/product-501.html", "跑鞋",
     item_box("步健 飞织缓震跑鞋 BJ-501", "￥229.00", "") + Z6_FILL +
     '<p>量大从优：原单价￥229，团购10双以上按￥199结算，发票按实际成交价开具。</p>',
     Z6_IFOOT, "-", "trap: '原单价' means original unit price in a bulk-price note, not the counterfeit word 原单; no history capture, so no price finding.")
page("Z6", "/product-533.html", "椰子",
     item_box("350 V2 椰子 满天星", "￥299.00", "") + Z6_FILL +
     '<p>莆田&#36229;A版本，鞋标、防伪扣、钢印全齐，平台鉴定秒过。</p>',
     Z6_IFOOT, "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 超A written as a numeric character reference (&#36229;A) with fake anti-counterfeit tags — 商标法第五十七条.")

# --- Platform shops on mall.wangjian.test (no ICP duty; shop licence in .shop-license; mark .mall-mark) ----
MALL = "mall.wangjian.test"
reg("91330100MA27WJ011R", "杭州网剑网络科技有限公司")  # the platform footer's own code
MA_CODE = uscc("92", "350304", "MA33PT7E"); reg(MA_CODE, "莆田市荔城区步履鞋业商行")
site("MA", MALL, "步履鞋业", "mall")
page("MA", "/shop/bulv/", "步履鞋业",
     '<div class="shop-head"><span class="shop-name">步履鞋业</span> <span class="mall-mark badge">网剑认证店铺</span></div>\n'
     '<div class="shop-license">经营者：莆田市荔城区步履鞋业商行 统一社会信用代码：%s</div>\n'
     '<div class="shop-intro"><p>我们是福建莆田本地的鞋厂直营店，自有品牌“步履”，注册商标第31208876号。莆田做鞋四十年，工厂在荔城区黄石镇，'
     '所有款式自己开发，不做任何大牌的款。</p></div>' % MA_CODE,
     "", "-", "trap: 莆田 is the seller's real place (registered in 350304 荔城区), own registered brand, explicit refusal of brand copies; shop licence and mall mark shown.")
page("MA", "/item/bl-2201.html", "步履 轻跑鞋",
     '<div class="item"><h1>步履 BL-2201 轻量跑鞋</h1><div class="price-box"><span class="price">￥169</span></div>'
     '<p>莆田工厂直发，自有品牌，鞋盒、吊牌均为“步履”商标。</p></div>', "", "-",
     "trap: 莆田 as the origin of an own-brand product, not '莆田货'.")
MB_CODE = uscc("92", "350304", "MA33QX2L"); reg(MB_CODE, "莆田市荔城区潮鞋汇商行")
site("MB", MALL, "潮鞋汇", "mall")
page("MB", "/shop/chaoxiehui/", "潮鞋汇",
     '<div class="shop-head"><span class="shop-name">潮鞋汇</span></div>\n'
     '<div class="shop-license">经营者：莆田市荔城区潮鞋汇商行 统一社会信用代码：%s</div>\n'
     '<div class="mall-mark-placeholder"><img src="/static/mark-pending.png" alt="认证中"></div>' % MB_CODE,
     "", "MARK_MISSING", "MARK_MISSING: shop home has no element with class token mall-mark ('mall-mark-placeholder' is a different token) — 平台为网店亮标 (seed profile).")
page("MB", "/item/aj1-high.html", "AJ1 高帮",
     '<div class="item"><h1>AJ1 芝加哥 高帮 复古篮球鞋</h1><div class="price-box"><span class="price">￥389</span></div>'
     '<p>公司级<b>纯原</b>，原鞋开发，细节对比正品无差，支持得物验货级别。</p></div>', "", "COUNTERFEIT_TERM",
     "COUNTERFEIT_TERM: '纯原…对比正品无差' sells copies of a branded sneaker — 商标法第五十七条.")
MC_CODE = uscc("91", "330106", "MA2CK1Y4"); reg(MC_CODE, "杭州木语家居有限公司")
site("MC", MALL, "木语家居", "mall")
page("MC", "/shop/muyu/", "木语家居",
     '<div class="shop-head"><span class="shop-name">木语家居</span> <i class="icon mall-mark"></i></div>\n'
     '<div class="shop-intro"><p>实木小家具、收纳用品。全店支持七天无理由退货。</p></div>',
     "", "LICENSE_MISSING", "LICENSE_MISSING: shop home carries the mark but no shop licence; the platform footer's code is the platform's, not the shop's — 电子商务法第十五条.")
site("MD", MALL, "小鹿母婴", "mall", hold=True)
page("MD", "/shop/xiaolu/", "小鹿母婴",
     '<div class="shop-head"><span class="shop-name">小鹿母婴</span></div>\n<div class="shop-intro"><p>进口母婴用品，正品保障。</p></div>',
     "", "LICENSE_MISSING,MARK_MISSING", "LICENSE_MISSING: no shop licence on the shop home (platform footer doesn't count) — 电子商务法第十五条; MARK_MISSING: no mall-mark element — 平台为网店亮标.")
page("MD", "/item/xl-5501.html", "婴儿湿巾",
     '<div class="item"><h1>婴儿手口湿巾 80抽×12包</h1><div class="price-box"><span class="price">￥59.9</span> <del>日常价￥89.9</del></div></div>',
     "", "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 日常价89.9 while a capture 3.5 days before showed 59.9 — 明码标价和禁止价格欺诈规定第十六条.",
     hist=((3.5, '<div class="item"><h1>婴儿手口湿巾 80抽×12包</h1><div class="price-box"><span class="price">￥59.9</span></div></div>'),))
ME_BAD = bad_uscc("92", "330782", "MA2FD4K9")
site("ME", MALL, "义乌好帮手五金", "mall")
page("ME", "/shop/haobangshou/", "义乌好帮手五金",
     '<div class="shop-head"><span class="shop-name">义乌好帮手五金</span> <span class="mall-mark">亮标</span></div>\n'
     '<div class="shop-license">经营者：义乌市好帮手五金店 统一社会信用代码：%s</div>' % ME_BAD,
     "", "LICENSE_INVALID", "LICENSE_INVALID: shop licence code fails the GB 32100 check character — 电子商务法第十五条.")

# @@SITES_END@@


def main():
    from tail import write_all
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        write_all(tmp, SITES, PAGES, REG)
        bad = 0
        for sub in ("", "holdout"):
            for root in ("pages", "history", "."):
                a, b = os.path.join(here, sub, root), os.path.join(tmp, sub, root)
                fa = sorted(x for x in os.listdir(a) if x.endswith((".html", ".tsv")))
                fb = sorted(x for x in os.listdir(b) if x.endswith((".html", ".tsv")))
                if fa != fb:
                    print("file sets differ in", a); bad = 1; continue
                for x in fa:
                    if not filecmp.cmp(os.path.join(a, x), os.path.join(b, x), shallow=False):
                        print("differs:", os.path.join(sub, root, x)); bad = 1
        shutil.rmtree(tmp)
        sys.exit(bad)
    for sub in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(here, sub), ignore_errors=True)
    write_all(here, SITES, PAGES, REG)


if __name__ == "__main__":
    main()
