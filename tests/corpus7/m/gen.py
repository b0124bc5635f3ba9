#!/usr/bin/env python3
"""corpus7/m: every site and page written by hand; labels written next to the text they judge.
python3 gen.py          -> writes pages, TSVs, history, holdout
python3 gen.py --check  -> regenerates into a temp dir and compares byte for byte"""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, regno, page

PLAT_NOTE = ""
S = []   # sites


def site(host, name, enc, style, side, code, status, footer_home, pages, meta="ok", bom=False,
         regname=None, extra_reg=()):
    S.append(dict(host=host, name=name, enc=enc, style=style, side=side, code=code, status=status,
                  footer_home=footer_home, pages=pages, meta=meta, bom=bom, regname=regname or name,
                  extra_reg=extra_reg))


def P(path, title, body, codes, note, hist=(), meta=None, footer=None):
    return dict(path=path, title=title, body=body, codes=codes, note=note, hist=hist, meta=meta, footer=footer)


def itemfoot(name, enc):
    if enc == "big5":
        return '&copy; 2026 %s　<a href="/about/license.html">營業執照資訊</a>' % name
    return '&copy; 2026 %s　<a href="/about/license.html">营业执照信息</a>' % name


# ---------------------------------------------------------------- sites (main)
C1 = uscc("91", "440300", "MA5G3K2", valid=True) if False else uscc("91", "440300", "34987652")
site("yunwu-lighter.test", "深圳市云雾户外用品有限公司", "gbk", "empire", "main", C1, "存续",
 '深圳市云雾户外用品有限公司　统一社会信用代码：%s<br>粤ICP备2021088342号-1　<a href="http://www.beian.gov.cn/">粤公网安备 44030702001234号</a>' % C1,
 [P("/", "云雾户外 打火机 露营装备", """
<h2>热卖推荐</h2><ul><li>防风煤油打火机 黄铜机身</li><li>户外折叠刀具收纳包</li><li>营地炉头</li></ul>
<p>提示：依据《电子烟管理办法》，本店不销售任何电子烟、烟弹及烟油产品，请勿咨询。</p>""",
   "-", "trap: 电子烟 named only in a refusal citing 电子烟管理办法; licence code valid (GB 32100) and ICP 粤 matches 深圳"),
  P("/goods/zippo-1941.html", "1941 复刻版 黄铜煤油打火机", """
<h1>Zippo 官方授权 1941 Replica 复刻版 黄铜打火机</h1>
<p class="price">￥368.00</p><p>品牌方原厂出品的历史款型再版（官方系列名 1941 Replica），附防伪卡与专柜发票。</p>
<p>支持七天无理由退货（未使用、不影响二次销售）。</p>""",
   "-", "trap: 复刻版 is the brand's own official reissue series name, authorised goods with 发票 — no 商标法第五十七条 infringement; return policy lawful"),
  P("/goods/pod-x2.html", "X2 换弹小烟 烟弹套装", """
<h1>X2 雾化小烟 主机+3颗烟弹 多口味</h1>
<p class="price">￥129.00</p><p>尼古丁含量 3%，顺丰发货，下单备注口味。拍下不退不换哦～</p>""",
   "PROHIBITED_GOODS,RETURN_REFUSED", "PROHIBITED_GOODS: 电子烟管理办法 (2022) 第二十四条 bans 电子烟 sale via information networks; RETURN_REFUSED: 消费者权益保护法 第二十五条 — 电子烟 device is none of the four exemptions"),
  P("/goods/knife-chef.html", "德式不锈钢厨师刀 8寸", """
<h1>德式 8 寸主厨刀 厨房刀具</h1><p class="price">￥89.00</p>
<p>刀刃长 20cm，家用切菜切肉，附刀鞘。未满18周岁请勿购买。</p>""",
   "-", "trap: 刀 as kitchenware — 厨房刀具 are not 管制刀具 (公安部 管制刀具认定标准 excludes 日用刀具)"),
 ])

C2 = uscc("91", "440100", "MA9UQ7D4".replace("Q", "R"))
site("dji-wanxiang.test", "广州万象影像器材有限公司", "utf-8", "shopify", "main", C2, "存续",
 '<p>广州万象影像器材有限公司</p><p>营业执照：<a href="/license.html"><img src="/img/yyzz.jpg" alt="营业执照 统一社会信用代码 %s"></a></p><p><a href="https://beian.miit.gov.cn/">粤ICP备 2022 041876 号</a></p>' % C2,
 [P("/", "万象影像 无人机 相机 镜头", """
<div class="hero">航拍季 · 新品上市</div><div class="grid"><div class="card">航拍无人机</div><div class="card">全画幅相机</div><div class="card">稳定器</div></div>""",
   "-", "trap: licence shown as an image whose alt carries the code, plus a link; ICP number with spaces is still a 粤 filing"),
  P("/products/drone-mini4.html", "Mini 4 航拍无人机 原装正品", """
<h1 class="product__title">Mini 4 迷你航拍机 畅飞套装</h1><div class="price"><s>划线价 ¥4788</s> <span class="price-item">¥4288</span></div>
<p>国行正品，249g 以下，最大飞行时间 34 分钟，最高水平飞行速度 16m/s（官方参数）。</p>""",
   "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — capture 3 days earlier sold at ¥4288, so 划线价 ¥4788 is above the 7-day low; '最大/最高' are the maker's measured specs, not 广告法第九条 claims",
   hist=[(3, '<h1 class="product__title">Mini 4 迷你航拍机 畅飞套装</h1><div class="price"><span class="price-item">¥4288</span></div>'),
         (10, '<h1 class="product__title">Mini 4 迷你航拍机 畅飞套装</h1><div class="price"><span class="price-item">¥4788</span></div>')]),
  P("/products/drone-copy.html", "无人机 高 仿 折叠款", """
<h1 class="product__title">高 仿 御3 外观 1：1 开模 折叠航拍机</h1><div class="price">¥699</div>
<p>外观和大牌一模一样，同款 logo，送礼有面子。买家秀晒图带视频返 20 元红包！</p>""",
   "COUNTERFEIT_TERM,REVIEW_INDUCEMENT", "COUNTERFEIT_TERM: 商标法 第五十七条 — 高 仿 (spaced) and full-width 1：1 with 同款 logo; REVIEW_INDUCEMENT: 电子商务法 第十七条 — cash for 晒图 reviews"),
  P("/products/simulator.html", "高仿真飞行模拟训练软件", """
<h1 class="product__title">无人机执照培训 高仿真飞行模拟器 遥控器套装</h1><div class="price">¥1299</div>
<p>适配 CAAC 培训考试大纲的模拟飞行练习软件。软件激活码一经激活属在线下载的数字化商品，不适用七日无理由退货；未激活可退。</p>""",
   "-", "trap: 高仿真 means high-fidelity simulation, not a counterfeit; refusal limited to activated software = 消费者权益保护法 第二十五条第一款第三项 exemption"),
 ])

C3 = uscc("91", "320100", "71588023")
site("jinling-auto.test", "南京金陵车品贸易有限公司", "gbk", "ecstore", "main", C3, "存续",
 '南京金陵车品贸易有限公司 版权所有<br>地址：南京市江宁区<br>苏ICP备19023345号',
 [P("/", "金陵车品 汽车用品商城", """
<table><tr><td>行车记录仪</td><td>车载净化器</td><td>1:18 合金车模</td></tr></table>""",
   "LICENSE_MISSING", "LICENSE_MISSING: 电子商务法 第十五条 — home shows company name and ICP only, no code, no licence image/link, no 第十条 statement"),
  P("/product-8821.html", "车载负离子空气净化器", """
<h2>车载负离子净化器</h2><p class="price">￥199</p><p>开车不晕车，长期使用可治疗过敏性鼻炎、预防呼吸道疾病，降血压效果明显。</p>""",
   "FALSE_CLAIM", "FALSE_CLAIM: 广告法 第十七条 — disease treatment claims (鼻炎, 降血压) for a non-drug car air purifier"),
  P("/product-8830.html", "1:18 合金仿真车模 收藏", """
<h2>1:18 原厂授权 合金仿真汽车模型</h2><p class="price">￥459</p><p>车门可开，比例 1:18，附授权证书。</p>""",
   "-", "trap: '1:18' scale and 仿真 model car under licence — not the counterfeit marker 1:1; 仿真 toys are lawful"),
  P("/news-12.html", "金陵车品 二十年老店", """
<h2>关于我们</h2><p>金陵车品创立于 2005 年，是南京城里远近驰名的汽车美容老店，注册商标“金陵车品”第 12 类。</p>""",
   "-", "trap: 远近驰名 (well known locally) without the words 驰名商标; a registered mark stated plainly"),
  P("/product-8840.html", "GPS信号屏蔽器 车载防定位", """
<h2>车载 GPS 屏蔽器 防跟踪 点烟器供电</h2><p class="price">￥88</p><p>屏蔽定位、北斗信号，公司车也能随便跑。</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 无线电管理条例 第七十一条/工信部 — 无线电干扰(屏蔽)设备 may not be sold to the public"),
 ])

C4r = "91510100" + "MA61XJ4T"  # placeholder, replaced below
C4 = uscc("91", "510100", "20198845")
site("shu-pets.test", "成都蜀宠生物科技有限公司", "utf-8", "uniapp", "main", C4, "存续",
 '<p>成都蜀宠生物科技有限公司</p><p>统一社会信用代码 <span>%s</span></p><p>兽药经营许可证：(2024)兽药经营证字 51012345 号</p><p><a href="https://beian.miit.gov.cn">蜀ICP备2023009911号-2</a></p>' % (C4[:9] + "</span><span>" + C4[9:]),
 [P("/", "蜀宠 宠物用品 宠物医疗", """
<div class="tab">猫粮</div><div class="tab">驱虫药</div><div class="tab">活体</div><p>第一次养猫？看看新手指南。</p>""",
   "-", "trap: ICP uses the real variant 蜀 (=川) matching 成都; code split across spans still valid; '第一次' is not 广告法第九条"),
  P("/pages/goods?id=301", "犬用体内外驱虫药", """
<div class="goods-title">犬用体内外同驱 咀嚼片</div><div class="price">¥158</div>
<p>兽药字 (2021) 190512345，用于预防和治疗犬跳蚤、蜱虫及蛔虫感染。请按体重用药。</p>""",
   "-", "trap: efficacy claim on a registered veterinary drug (兽药 批准文号) — 广告法 第十七条 is about non-drug goods"),
  P("/pages/goods?id=302", "宠物营养膏 犬瘟", """
<div class="goods-title">宠物营养膏 免疫力</div><div class="price">¥69</div>
<p>普通营养膏，三天治好犬瘟、细小，比打针还管用！五星好评截图找客服领 10 元。</p>""",
   "FALSE_CLAIM,REVIEW_INDUCEMENT", "FALSE_CLAIM: 广告法 第十七条/第二十八条 — nutrition paste (非兽药) claims to cure 犬瘟/细小; REVIEW_INDUCEMENT: 电子商务法 第十七条 — money for 五星好评 screenshot"),
  P("/pages/goods?id=303", "布偶猫 活体 幼猫", """
<div class="goods-title">布偶猫 双血统 幼猫</div><div class="price">¥3800</div>
<p>活体动物属鲜活商品，不适用七天无理由退货，下单前请视频看猫并确认。签订健康协议，包细小猫瘟 7 天。</p>""",
   "-", "trap: live animals fall under 消费者权益保护法 第二十五条 (二) 鲜活 exemption; 健康协议 is a seller warranty, not a 广告法 claim"),
 ])

C5 = uscc("91", "310115", "32456781")
C5b = uscc("91", "310115", "55512348")
site("aiyue-adult.test", "上海悦享健康用品有限公司", "gbk", "hishop", "main", C5, "吊销",
 '上海悦享健康用品有限公司<br>统一社会信用代码：%s<br>医疗器械经营备案凭证：沪浦食药监械经营备20240123号<br>沪ICP备2020031234号-3　沪公网安备 31011502012345号' % C5,
 [P("/", "悦享 成人用品 计生用品 隐私发货", """
<div class="floor">安全套</div><div class="floor">情趣内衣</div><div class="floor">润滑液</div>""",
   "LICENSE_MISMATCH", "LICENSE_MISMATCH: 电子商务法 第十五条 — registry status 吊销 for the displayed code"),
  P("/goods.php?id=11", "超薄安全套 12只", """
<h3>天然胶乳橡胶避孕套 超薄 12只装</h3><p class="price">￥39.9</p>
<p>医疗器械注册证编号：国械注准20173660123。正确使用可有效避孕，降低性传播疾病感染风险。</p>
<p>未拆封商品支持七天无理由退货；拆封后因涉及卫生安全不予退货，下单时页面提示并需勾选确认。</p>""",
   "-", "trap: 避孕套 is a registered 医疗器械 — its stated intended use is lawful; refusal limited to opened goods with buyer confirmation = 第二十五条第二款 and 网络购买商品七日无理由退货暂行办法 第七条"),
  P("/goods.php?id=12", "助情 口服液", """
<h3>男士速效口服液 一次见效</h3><p class="price">￥298</p><p>根治阳痿早泄，30 分钟起效，替代药物无副作用。成人用品一经售出概不退换。</p>""",
   "FALSE_CLAIM,RETURN_REFUSED", "FALSE_CLAIM: 广告法 第十七条 — 根治阳痿 for a non-drug liquid; RETURN_REFUSED: 第二十五条 — blanket refusal also for unopened goods, no buyer confirmation"),
 ])

C6 = uscc("92", "350203", "MA31PK7L".replace("L", "1"))
site("xiamen-card.test", "厦门思明区卡盟数码经营部", "gbk", "phpcms", "main", C6, "存续",
 '经营者：厦门思明区卡盟数码经营部（个体工商户）　统一社会信用代码：%s<br>闽ICP备2022004321号' % C6,
 [P("/", "卡盟 游戏点卡 话费充值", """
<p>各大网游点卡、Q币、Steam 充值卡自动发货，24 小时在线。</p>""",
   "-", "trap: 个体工商户 code (92…) valid, 闽 ICP matches 厦门"),
  P("/show/101.html", "Steam 充值卡 100元", """
<p>Steam 钱包充值码 100 元</p><p class="price">￥96.5</p><p>卡密发出后即视为已交付，属在线交付的数字化商品，依据消费者权益保护法第二十五条不适用七日无理由退货。未发货前可全额退款。</p>""",
   "-", "trap: prepaid code delivered online — 第二十五条第一款第三项 exemption stated correctly"),
  P("/show/102.html", "王者 账号 批发", """
<p>国服满级账号 带实名 带手机卡 批发 100 个起</p><p class="price">￥35/个</p><p>配套出售已实名手机卡、银行卡四件套，注册小号专用。</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 反电信网络诈骗法 第三十一条 — trading 实名 电话卡/银行卡 is banned"),
  P("/show/104.html", "账号交易安全提醒", """
<p>安全提醒：本店只出售游戏内虚拟道具，不收购、不出售实名手机卡、银行卡、支付账户（反电信网络诈骗法第三十一条）。遇到要求代办“四件套”的请报警。</p>""",
   "-", "trap: names the banned 手机卡/银行卡 trade only to refuse it and quote the law"),
  P("/show/103.html", "游戏辅助 透视自瞄", """
<p>吃鸡 辅助 卡密 透视+自瞄 天卡</p><p class="price">￥15</p><p>防封稳定，不支持退款。好评晒图返 5 元。</p>""",
   "PROHIBITED_GOODS,REVIEW_INDUCEMENT", "PROHIBITED_GOODS: 刑法 第二百八十五条 — 外挂 cheat programs that intrude into game systems; REVIEW_INDUCEMENT: 电子商务法 第十七条. No-refund on a delivered online key is within 第二十五条(三), not RETURN_REFUSED"),
 ])

C7 = uscc("91", "110105", "80012347")
site("jingcheng-fang.test", "北京京城安家房地产经纪有限公司", "utf-8", "wp", "main", C7, "存续",
 '<p>北京京城安家房地产经纪有限公司 | <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091100000000001&amp;signData=MEQCIA">电子营业执照</a> | <a href="https://beian.miit.gov.cn/">京ICP证 030251号</a></p>' % C7,
 [P("/", "京城安家 二手房 租房", """
<h2>本周新上房源</h2><p>朝阳区 两居室 南北通透</p>""",
   "-", "trap: licence shown via the SAMR 电子营业执照 link whose serial names the company's own code; ICP licence 京ICP证 is valid"),
  P("/2026/11/house-101.html", "学区房 朝阳 两居", """
<h2>朝阳 学区两居 满五唯一</h2><p class="price">总价 ¥650万</p><p>全城最低价，顶级学区，买到就是赚到，保证三年升值 30%！</p>""",
   "ABSOLUTE_TERM,FALSE_CLAIM", "ABSOLUTE_TERM: 广告法 第九条第三项 — 全城最低价/顶级; FALSE_CLAIM: 广告法 第二十六条/第二十八条 — guaranteed 升值 (a guaranteed return on a property)"),
  P("/2026/11/rule-note.html", "购房提醒：警惕虚假宣传", """
<p>根据《广告法》第二十六条，房地产广告不得作出升值或者投资回报的承诺；第九条禁止使用“最佳”“最高级”等用语。本公司所有房源信息均以产权证为准。</p>""",
   "-", "trap: quotes the law naming the banned words; a warning, not a claim"),
 ])

C8 = uscc("91", "330106", "58811229")
site("hz-jiancai.test", "杭州匠筑建材有限公司", "gb18030", "ecstore", "main", C8, "存续",
 '杭州匠筑建材有限公司　店长：王𬀩<br>统一社会信用代码：%s<br>浙ICP备2021010203号-1　浙公网安备 33010602011234号' % C8,
 [P("/", "匠筑建材 瓷砖 地板 涂料", """
<p>主营：瓷砖、纯原木地板、环保涂料。客服：李𠮷</p>""",
   "-", "trap: 纯原木 (solid wood) contains the string 纯原 but is not a counterfeit term; GB18030 with characters outside GBK"),
  P("/goods-201.html", "F4星 纯原木实木地板", """
<h2>纯原木 橡木实木地板 一等品</h2><p class="price">￥268/㎡</p><p>甲醛释放量 E0 级、F4 星（GB 18580）。按 GB/T 15036 评定为一等品。导购 陈䶮</p>""",
   "-", "trap: E0/F4星/一等品 are grades defined by national standards — exempt under the 2023 绝对化用语 guideline"),
  P("/goods-202.html", "硅藻泥 负离子 防癌", """
<h2>负离子硅藻泥 卧室专用</h2><p class="price">￥45/㎡</p><p>释放负离子，防癌抗癌，治疗失眠、哮喘。中国驰名商标，国家免检产品。店员 𠮷田</p>""",
   "FALSE_CLAIM,FALSE_HONOUR,WELLKNOWN_MARK_AD", "FALSE_CLAIM: 广告法 第十七条 — 防癌/治疗失眠 for a wall coating; WELLKNOWN_MARK_AD: 商标法 第十四条第五款; FALSE_HONOUR: 免检 scheme abolished 2008 (广告法 第二十八条)"),
 ])

C9 = uscc("91", "430100", "76543218")
site("xiangjiang-ticket.test", "长沙湘江票务代理有限公司", "utf-8", "doudian", "main", C9, "存续",
 '<div>长沙湘江票务代理有限公司<br>统一社会信用代码 %s<br>湘ICP备2020045678号</div>' % C9.replace("9", "９", 1),
 [P("/", "湘江票务 演出 门票 会员卡", """
<p>演唱会、话剧、景区门票在线购，支持电子票。</p>""",
   "-", "trap: code with one full-width digit normalises to a valid code"),
  P("/item/concert-88.html", "演唱会门票 内场", """
<div class="dd-title">巡回演唱会 长沙站 内场票</div><div class="price">¥1280</div>
<p>实名制电子票，演出门票属服务凭证，售出后不退不换，可在开演前 48 小时转赠。</p>""",
   "-", "trap: a performance ticket is a service voucher, not goods under 消费者权益保护法 第二十五条 (seven-day right covers 商品)"),
  P("/item/vip-card.html", "健身会员年卡 转让", """
<div class="dd-title">健身房 年卡 充值卡</div><div class="price">原价 <del>¥3999</del> 到手 ¥1999</div>
<p>全国最大连锁，行业第一品牌。</p>""",
   "ABSOLUTE_TERM", "ABSOLUTE_TERM: 广告法 第九条第三项 — 全国最大/行业第一 unproven; 原价 not contradicted by history (no capture)"),
 ])

C10 = uscc("91", "440300", "62220193")
site("liuxue-bridge.test", "深圳橋洋出入境諮詢服務有限公司", "big5", "wp", "main", C10, "存续",
 '深圳橋洋出入境諮詢服務有限公司<br>統一社會信用代碼：%s<br>粵ICP備2019120034號' % C10,
 [P("/", "橋洋留學 移民 簽證", """
<p>英美澳加留學申請、簽證辦理、投資移民諮詢。</p>""",
   "-", "trap: traditional script footer — 粵ICP備 normalises to a 粤 filing, code valid"),
  P("/migrate/fund.html", "投資移民 基金項目", """
<p>歐洲投資移民 基金項目 保本保息，年化收益 8% 保證，五年後本金全額返還。</p><p>本公司為國家級移民機構，中國馳名商標。</p>""",
   "ABSOLUTE_TERM,FALSE_CLAIM,WELLKNOWN_MARK_AD", "FALSE_CLAIM: 广告法 第二十五条 — guaranteed return on an investment; ABSOLUTE_TERM: 第九条第三项 国家级 as a self-claim; WELLKNOWN_MARK_AD: 商标法 第十四条第五款 (traditional 馳名商標)"),
  P("/study/diploma.html", "學歷認證 代辦", """
<p>海外大學畢業證、學位證 代辦，一比一 還原，可查可認證。加急 7 天。</p>""",
   "COUNTERFEIT_TERM,PROHIBITED_GOODS", "PROHIBITED_GOODS: 刑法 第二百八十条 — forged diplomas offered for sale; COUNTERFEIT_TERM: 一比一 還原 (= 1:1 replica) advertises an imitation bearing the universities' names and seals (商标法 第五十七条 evidence)"),
 ], regname="深圳桥洋出入境咨询服务有限公司")

site("camera-xianyu.test", "摄影老张的闲置", "utf-8", "xianyu", "main", None, None,
 '<p>本站为个人闲置转让，属《电子商务法》第十条规定的零星小额交易，依法不需要办理市场主体登记。</p><p>鄂ICP备2023011122号-1</p>',
 [P("/", "老张 闲置 摄影器材", """
<p>自用相机镜头出清，均为个人使用过的二手器材。</p>""",
   "-", "trap: displays the 电子商务法 第十条 exemption statement instead of a licence — lawful under 第十五条"),
  P("/item/lens-50.html", "二手 50mm 定焦镜头", """
<p>50mm f/1.8 自用 九五新</p><p class="price">¥600</p><p>二手个人物品，当面验货，售出不退（非经营者个人闲置）。</p>""",
   "-", "trap: a private non-trader selling one used item — 消费者权益保护法 第二十五条 binds 经营者 only"),
  P("/item/pinhole.html", "微型针孔摄像头", """
<p>纽扣针孔摄像头 无线 隐蔽拍摄 无指示灯</p><p class="price">¥260</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 刑法 第二百八十三条 / 禁止非法生产销售使用窃听窃照专用器材规定 — disguised pinhole camera without indicator"),
 ])

C12 = uscc("91", "370200", "49901238")
site("qd-outdoor.test", "青岛海岬户外装备有限公司", "gbk", "hishop", "main", C12, "存续",
 '青岛海岬户外装备有限公司<br>统一社会信用代码：%s' % C12,
 [P("/", "海岬户外 帐篷 睡袋 登山", """
<p>帐篷、睡袋、登山杖、营地灯。</p>""",
   "ICP_MISSING", "ICP_MISSING: 互联网信息服务管理办法 第十二条 — independent site home shows no ICP filing"),
  P("/goods.php?id=501", "军刺 三棱刺", """
<h3>户外 三棱军刺 开刃 带血槽</h3><p class="price">￥158</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 管制刀具认定标准 — 三棱刺 is a controlled blade"),
  P("/goods.php?id=502", "登山杖 碳素", """
<h3>碳素登山杖 超轻 一对</h3><p class="price">￥199</p><p>本店同系列中最轻的一款，单支 168g。</p>""",
   "-", "trap: self-comparison within the shop's own series with a provable weight — exempt per 2023 guideline"),
  P("/goods.php?id=503", "冲锋衣 尾货", """
<h3>某始祖鸟风格 冲锋衣 原单尾货 专柜同款标</h3><p class="price">￥399</p><p>外贸厂 原.单 流出，吊牌洗标齐全。</p>""",
   "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 商标法 第五十七条 — 原单尾货 / 原.单 with copied brand tags"),
  P("/goods.php?id=504", "战术手电 强光", """
<h3>强光战术手电 充电款</h3><p class="price">￥128</p><p>最高亮度 1200 流明（按 ANSI/PLATO FL1 标准实测），最长续航 6 小时（低档）。</p>""",
   "-", "trap: 最高亮度/最长续航 are measured parameters under a named standard — factual, provable, exempt (2023 guideline)"),
 ])

C13 = uscc("91", "410100", "67800124")
site("zz-usedcar.test", "郑州恒通二手车经纪有限公司", "gbk", "phpcms", "main", C13, "存续",
 '郑州恒通二手车经纪有限公司　统一社会信用代码：%s<br>豫ICP备12345678号' % C13,
 [P("/", "恒通二手车 准新车", """
<p>准新车、练手车，第三方检测报告。</p>""",
   "ICP_INVALID", "ICP_INVALID: placeholder number 12345678 is not a filing (互联网信息服务管理办法)"),
  P("/car/2201.html", "2019 款 轿车", """
<p>2019 款 1.5T 自动 行驶 5 万公里</p><p class="price">￥7.98万</p><p>原车主一手车，原单位公务用车，手续齐全。</p>""",
   "-", "trap: 原单位 (former work unit) contains 原单 but is not counterfeit slang"),
  P("/car/2202.html", "行车记录仪 双录", """
<p>4K 行车记录仪 前后双录 原装配件</p><p class="price">￥329</p><p>本店车品电子类一律不支持七天无理由退换，介意勿拍。</p>""",
   "RETURN_REFUSED", "RETURN_REFUSED: 消费者权益保护法 第二十五条 — a dash camera is none of the four exemptions and no buyer confirmation process is given"),
 ])

C14 = uscc("91", "420100", "58830016")
site("wh-cameras.test", "武汉光谷影像科技有限公司", "utf-8", "empire", "main", C14, "存续",
 '武汉光谷影像科技有限公司　统一社会信用代码：%s　萌ICP备20230416号' % C14,
 [P("/", "光谷影像 相机 监控", """
<p>家用监控、运动相机、镜头租赁。</p>""",
   "ICP_INVALID", "ICP_INVALID: 萌ICP备 is a joke registry, not a filing (DOMAIN.md)"),
  P("/list/cam-home.html", "家用监控摄像头 360°", """
<p>家用智能摄像头 看家看宝宝 有工作指示灯 APP 提示</p><p class="price">¥159</p><p>最佳安装高度 2.2 米。</p>""",
   "-", "trap: ordinary home 监控 with indicator is not 窃照器材; '最佳安装高度' is a usage tip exempt under the 2023 guideline"),
  P("/list/cam-sport.html", "运动相机 4K", """
<p>4K 运动相机 防抖</p><div class="price">到手价 ¥899 <del>日常价 ¥1099</del></div><p>国家级高新技术企业（证书编号 GR202342001234）出品。</p>""",
   "FAKE_ORIGINAL_PRICE", "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 — capture 2.5 days earlier sold at ¥899; 国家级高新技术企业 is a state-awarded certified title (trap part, exempt)",
   hist=[(2.5, '<p>4K 运动相机 防抖</p><div class="price">¥899</div>')]),
 ])

C15 = uscc("91", "500103", "73322418")
site("cq-vape.test", "重庆山城烟具有限公司", "gb18030", "shopify", "main", C15, "存续",
 '重庆山城烟具有限公司　客服 刘𬀩<br>统一社会信用代码：%s<br>渝ICP备2022006677号' % C15,
 [P("/", "山城烟具 打火机 烟斗", """
<p>打火机、烟斗、雪茄剪。店主 𠮷</p>""",
   "-", "trap: 烟具 (lighters, pipes) may be sold online; code valid, 渝 filing"),
  P("/products/lighter-jet.html", "防风直冲 打火机", """
<h1>防风直冲打火机 可充气</h1><div class="price"><s>原价 ¥99</s> ¥59</div><p>顶级工艺，全网最强火力。店员 𠮷</p>""",
   "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE", "ABSOLUTE_TERM: 广告法 第九条第三项 — 顶级/全网最强; FAKE_ORIGINAL_PRICE: captures 1 and 6.5 days earlier at ¥59 (第十六条)",
   hist=[(1, '<h1>防风直冲打火机 可充气</h1><div class="price">¥59</div>'), (6.5, '<h1>防风直冲打火机 可充气</h1><div class="price">¥59</div>')]),
 ])

C16 = regno("44010600012345", valid=False)
site("yangcheng-game.test", "广州羊城游戏科技有限公司", "utf-8", "uniapp", "main", C16, None,
 '<p>广州羊城游戏科技有限公司</p><p>营业执照注册号：%s</p><p>粤ICP备2021999001号-4 粤公网安备 44010602009988号</p>' % C16, 
 [P("/", "羊城游戏 皮肤 点券", """
<p>正规渠道点券充值，官方授权。</p>""",
   "LICENSE_INVALID", "LICENSE_INVALID: the 15-digit 注册号 fails its ISO 7064 MOD 11,10 check digit (电子商务法 第十五条, false display)"),
  P("/goods/skin-01.html", "限定皮肤 兑换码", """
<div class="goods-title">限定皮肤 兑换码</div><div class="price">原价 ¥168 现价 ¥128</div><p>兑换码在线发送，评价有礼活动已按平台规则停止，欢迎如实评价。</p>""",
   "-", "trap: 原价 ¥168 equals the price in the capture 8 days earlier (outside the 7-day window) and the 3-day capture shows ¥168 too; review text refuses incentives",
   hist=[(8, '<div class="goods-title">限定皮肤 兑换码</div><div class="price">¥99</div>'), (3, '<div class="goods-title">限定皮肤 兑换码</div><div class="price">¥168</div>')]),
  P("/goods/acc-02.html", "游戏账号 精品", """
<div class="goods-title">精品账号 满 V 全皮肤</div><div class="price">¥2999</div><p>全服第一战力，找回包赔。</p>""",
   "ABSOLUTE_TERM", "ABSOLUTE_TERM: 广告法 第九条第三项 — 全服第一 as an unprovable claim"),
 ])

# ---------------------------------------------------------------- holdout sites
H1 = uscc("91", "440300", "88123456", valid=False)
site("shenzhen-uav.test", "深圳翼航无人机科技有限公司", "gbk", "empire", "holdout", H1, None,
 '深圳翼航无人机科技有限公司　统一社会信用代码：%s<br>粤ICP备2020077123号' % H1,
 [P("/", "翼航无人机 植保 航拍", """
<p>植保无人机、航拍机、配件。</p>""",
   "LICENSE_INVALID", "LICENSE_INVALID: GB 32100 check character wrong (电子商务法 第十五条 false display)"),
  P("/list/jammer.html", "无人机反制枪", """
<h2>手持无人机干扰枪 反制器</h2><p class="price">￥6800</p><p>个人可购，一键迫降。</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 无线电管理条例 — 无线电干扰设备 not for sale to the public"),
  P("/list/propeller.html", "桨叶 原厂", """
<h2>原厂快拆桨叶 2 对</h2><p class="price">￥39</p><p>配件原单号可查（原单号=订单编号），假一赔十。</p>""",
   "-", "trap: 原单号 means original order number, not 原单 counterfeit slang"),
 ])

H2 = regno("44030110012345", valid=True)
site("tw-camera.test", "台灣光影攝影器材有限公司", "big5", "phpcms", "holdout", H2, "注销",
 '台灣光影攝影器材有限公司（深圳辦事處）<br>註冊號：%s<br>粵ICP備2018066554號' % H2,
 [P("/", "光影攝影 鏡頭 腳架", """
<p>專業鏡頭、腳架、濾鏡，直送大陸。</p>""",
   "LICENSE_MISMATCH", "LICENSE_MISMATCH: 15-digit 注册号 valid (MOD 11,10) but registry status 注销"),
  P("/show/lens.html", "鏡頭 高倣", """
<p>大牌 85mm 鏡頭 高倣 版，外觀 logo 一致。</p><p class="price">¥1,280</p><p>好評曬圖返現 30 元。</p>""",
   "COUNTERFEIT_TERM,REVIEW_INDUCEMENT", "COUNTERFEIT_TERM: 高倣 (variant of 高仿) with copied logo, 商标法 第五十七条; REVIEW_INDUCEMENT: 好評曬圖返現, 电子商务法 第十七条"),
  P("/show/tripod.html", "碳纖維腳架", """
<p>碳纖維三腳架 最大承重 12kg（實測）</p><p class="price">¥980</p><p>國家免檢制度已於 2008 年廢止，凡宣稱“免檢產品”者皆屬虛假宣傳，請消費者留意。</p>""",
   "-", "trap: warns that 免檢 is abolished — quoting, not claiming; 最大承重 is a measured spec"),
  P("/show/clean.html", "鏡頭清潔套裝", """
<p>鏡頭清潔套裝 吹球+鏡頭筆+拭鏡紙</p><p class="price">¥168</p><p>本店商品均為原廠正品，不售高仿、A貨，假一賠三。未拆封七天無理由退貨。</p>""",
   "-", "trap: 高仿/A貨 named only to deny selling them (negation)"),
 ], regname="台湾光影摄影器材有限公司")

H3 = uscc("91", "330100", "66778899")
site("hz-pethome.test", "杭州萌宠之家宠物用品有限公司", "gbk", "hishop", "holdout", H3, "存续",
 '杭州萌宠之家宠物用品有限公司',
 [P("/", "萌宠之家 宠物用品", """
<p>猫砂、狗粮、宠物窝。</p>""",
   "ICP_MISSING,LICENSE_MISSING", "LICENSE_MISSING: 电子商务法 第十五条 — no code/image/link/exemption; ICP_MISSING: 互联网信息服务管理办法 第十二条"),
  P("/goods.php?id=77", "金刚鹦鹉 活体", """
<h3>蓝黄金刚鹦鹉 幼鸟 手养</h3><p class="price">￥18000</p><p>可发物流，无需证件。</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 野生动物保护法 第二十八条 — CITES-listed parrot without 人工繁育/经营利用证明"),
  P("/goods.php?id=78", "猫砂 豆腐砂", """
<h3>原味豆腐猫砂 6L</h3><p class="price">￥25.9</p><p>满 99 返现 10 元（下单自动抵扣）。支持七天无理由退货。</p>""",
   "-", "trap: 返现 is a price discount, not tied to reviews"),
  P("/goods.php?id=79", "犬猫 体外驱虫 滴剂", """
<h3>犬猫体外驱虫滴剂 3 支</h3><p class="price">￥89</p><p>兽药字(2022)110012345，非处方兽药。驱杀跳蚤、蜱虫，最佳用药间隔为每月一次，请遵医嘱。</p>""",
   "-", "trap: a registered non-prescription veterinary drug stating its approved use; 最佳用药间隔 is a usage tip"),
 ])

H4 = uscc("91", "510100", "45612379")
site("cd-visa.test", "成都锦程签证服务有限公司", "gb18030", "wx", "holdout", H4, "存续",
 '成都锦程签证服务有限公司　统一社会信用代码：%s<br>川ICP备2021030303号　联系人 张𬀩' % H4,
 [P("/", "锦程签证 公众号", """
<p>日本、韩国、申根签证办理，材料清单请看菜单。撰稿 𠮷</p>""",
   "-", "clean: code valid, 川 ICP, GB18030 text outside GBK"),
  P("/s/visa-jp.html", "日本签证 包过", """
<p>日本单次旅游签证 ¥399</p><p>我们是业内最专业最权威的签证机构，中国名牌服务企业。 编辑 𠮷</p>""",
   "ABSOLUTE_TERM,FALSE_HONOUR", "ABSOLUTE_TERM: 广告法 第九条第三项 — 最专业最权威; FALSE_HONOUR: 中国名牌 scheme stopped in 2008 (广告法 第二十八条)"),
  P("/s/notice.html", "关于评价的说明", """
<p>本号不开展好评返现、晒图返现等活动；根据《电子商务法》第十七条，请如实评价。 编辑 𠮷</p>""",
   "-", "trap: refusal quoting 电子商务法 第十七条, no inducement offered"),
  P("/s/schengen.html", "申根签证 办理须知", """
<p>申根旅游签证 服务费 ¥599。依据《广告法》，本社不作“包过”“保签”承诺，签证结果由使领馆决定；拒签不退领馆费。 编辑 𠮷</p>""",
   "-", "trap: refuses a guarantee and cites the law; 拒签不退领馆费 concerns a service fee paid to a consulate, not goods under 第二十五条"),
 ])

H5 = uscc("91", "110108", "10293847")
site("bj-auto-parts.test", "北京驰达汽车配件有限公司", "utf-8", "shopify", "holdout", H5, "存续",
 '<p>北京驰达汽车配件有限公司 统一社会信用代码：%s</p><p>京ICP备XXXXXXXX号</p>' % H5,
 [P("/", "驰达车品 配件", """
<p>原厂件、品牌件、脚垫座套。</p>""",
   "ICP_INVALID", "ICP_INVALID: 京ICP备XXXXXXXX号 is a placeholder, not a filing"),
  P("/products/mat.html", "全包围脚垫", """
<h1>全包围汽车脚垫 驰达 中国驰名商标</h1><div class="price">¥399</div><p>脚垫属定做吗？不是，本款为通用版型现货，但本店规定：拆开包装即不退不换。</p>""",
   "RETURN_REFUSED,WELLKNOWN_MARK_AD", "WELLKNOWN_MARK_AD: 商标法 第十四条第五款; RETURN_REFUSED: 第二十五条 — stock (not custom) goods refused merely for opening the package"),
  P("/products/model.html", "1:64 合金车模", """
<h1>1:64 合金小车模型 6 台装</h1><div class="price">¥69</div><p>仿真比例模型，儿童玩具符合 GB 6675，3 岁以下勿玩。</p>""",
   "-", "trap: 仿真 scale toy model meeting GB 6675; 1:64 is a scale, not the 1:1 marker"),
 ], bom=True)

H7 = uscc("91", "440100", "27364519", valid=False)
site("gz-qinggan.test", "广州情感健康用品有限公司", "gbk", "ecstore", "holdout", H7, None,
 '广州情感健康用品有限公司<br>统一社会信用代码：%s<br>粤ICP备2022015566号-1' % H7,
 [P("/", "情感健康 计生用品 隐私包装", """
<p>避孕套、验孕棒、润滑剂，隐私发货。</p>""",
   "LICENSE_INVALID", "LICENSE_INVALID: GB 32100 check character wrong. Page has no <meta charset> (real bytes GBK)"),
  P("/product-31.html", "医用润滑剂", """
<h2>人体润滑剂 医用级 水溶性</h2><p class="price">￥59</p><p>第二类医疗器械，注册证编号 粤械注准20202180456，用于缓解阴道干涩。</p>""",
   "-", "trap: a 医疗器械 with its registration stating its registered intended use — not a claim for a non-drug good. Page has no <meta charset> (real bytes GBK)"),
  P("/product-32.html", "前列腺 理疗 内裤", """
<h2>磁疗能量男士内裤</h2><p class="price">￥199</p><p>穿着即可消除前列腺炎，改善尿频尿急，有效率 98%。</p>""",
   "FALSE_CLAIM", "FALSE_CLAIM: 广告法 第十七条 — disease claims for underwear (non-drug, non-device). Page has no <meta charset> (real bytes GBK)"),
 ], meta="none")

H8 = uscc("91", "320500", "81726354")
site("sz-zhuangxiu.test", "苏州安居装饰工程有限公司", "utf-8", "wp", "holdout", H8, "存续",
 '<p>苏州安居装饰工程有限公司 · <a href="/about/">关于我们</a></p><p>苏ICP备2020088990号-1</p>',
 [P("/", "安居装饰 整装 全包", """
<p>老房翻新、整装全包、定制橱柜。</p>""",
   "LICENSE_MISSING", "LICENSE_MISSING: 电子商务法 第十五条 — only the name, no code, image, licence link or 第十条 statement"),
  P("/taocan/128.html", "128 元/㎡ 全包套餐", """
<h2>128 元/㎡ 全包套餐</h2><p class="price">限时 ¥128/㎡ <del>市场价 ¥168/㎡</del></p><p>国家免检产品主材，3·15 信得过。</p>""",
   "FAKE_ORIGINAL_PRICE,FALSE_HONOUR", "FAKE_ORIGINAL_PRICE: 第十六条 — capture 4 days earlier at ¥128/㎡; FALSE_HONOUR: 免检 abolished 2008 (广告法 第二十八条)",
   hist=[(4, '<h2>128 元/㎡ 全包套餐</h2><p class="price">¥128/㎡</p>')]),
  P("/taocan/cabinet.html", "定制橱柜", """
<h2>全屋定制橱柜 按尺寸生产</h2><p class="price">¥1680/延米</p><p>按您的户型尺寸定做，开工生产后不适用七日无理由退货（消费者权益保护法第二十五条第一项 定作商品）。</p>""",
   "-", "trap: custom-made goods — statutory exemption 第二十五条(一) stated properly"),
 ])

H9 = uscc("91", "420100", "90817263")
site("wh-study.test", "武汉远帆留学服务有限公司", "utf-8", "phpcms", "holdout", H9, "存续",
 '武汉远帆留学服务有限公司　统一社会信用代码：%s' % H9,
 [P("/", "远帆留学 申请 文书", """
<p>英美港新留学申请、语言培训。</p>""",
   "ICP_MISSING", "ICP_MISSING: 互联网信息服务管理办法 第十二条 — no ICP number on the home page"),
  P("/news/best-time.html", "申请季时间表", """
<p>英国本科申请的最佳递交时间是每年 10 月至次年 1 月；最后截止日以 UCAS 官网为准。</p>""",
   "-", "trap: '最佳递交时间' is an advice tip, exempt under the 2023 guideline"),
  P("/news/offer.html", "文书 代写", """
<p>名校文书 精修，本机构为全国第一留学品牌，成功率最高。</p>""",
   "ABSOLUTE_TERM", "ABSOLUTE_TERM: 广告法 第九条第三项 — 全国第一/最高 unproven"),
  P("/news/promise.html", "签约须知", """
<p>签约须知：本机构不承诺“保录取”“100% 录取”，录取结果由院校决定。退费按合同第八条执行。</p>""",
   "-", "trap: negation of a guarantee (保录取) — no claim is made"),
 ])

H10 = uscc("91", "350100", "38291045")
site("fz-ticket.test", "福州榕城票务有限公司", "utf-8", "doudian", "holdout", H10, "存续",
 '<p>福州榕城票务有限公司 统一社会信用代码 %s 闽ICP备2023000812号</p>' % H10,
 [P("/", "榕城票务 景区年卡", """
<p>景区年卡、影城储值卡。</p>""",
   "-", "clean: licence code and 闽 ICP shown in one line"),
  P("/item/parkcard.html", "景区年卡 预售", """
<div class="dd-title">景区通用年卡</div><div class="price">到手 ¥188 <del>原价 ¥298</del></div><p>年卡为实体卡，快递配送，卡片售出一律不退。</p>""",
   "FAKE_ORIGINAL_PRICE,RETURN_REFUSED", "FAKE_ORIGINAL_PRICE: 第十六条 — captures 2 and 5 days earlier at ¥188; RETURN_REFUSED: 第二十五条 — a physical card posted to the buyer refused even if unused",
   hist=[(2, '<div class="dd-title">景区通用年卡</div><div class="price">¥188</div>'), (5, '<div class="dd-title">景区通用年卡</div><div class="price">¥198</div>')]),
  P("/item/cinema.html", "影城储值卡", """
<div class="dd-title">影城储值卡 500 元面值</div><div class="price">¥480 <del>原价 ¥500</del></div><p>面值 500 元，按面值即为原价。</p>""",
   "-", "trap: 原价 ¥500 equals the face value and the capture 2 days earlier also sold at ¥500",
   hist=[(2, '<div class="dd-title">影城储值卡 500 元面值</div><div class="price">¥500</div>')]),
 ])

# ---------------------------------------------------------------- more main sites
M17 = uscc("91", "330100", "55667781", valid=False)
site("nb-lighter.test", "宁波火石打火机有限公司", "gbk", "phpcms", "main", M17, None,
 '宁波火石打火机有限公司　统一社会信用代码：%s<br>甬ICP备2019050505号' % M17,
 [P("/", "火石打火机 工厂直销", """
<p>砂轮打火机、电弧打火机。中国驰名商标企业。</p>""",
   "ICP_INVALID,LICENSE_INVALID,WELLKNOWN_MARK_AD", "LICENSE_INVALID: check character wrong (GB 32100); ICP_INVALID: 甬 (Ningbo) is not a province abbreviation; WELLKNOWN_MARK_AD: 商标法 第十四条第五款"),
  P("/show/arc.html", "电弧打火机 USB", """
<p>USB 充电电弧打火机</p><p class="price">￥39</p><p>精 仿 某大牌 外观，A 货 品质。</p>""",
   "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 商标法 第五十七条 — spaced 精 仿 and A 货"),
  P("/show/arc2.html", "电弧打火机 第二代", """
<p>电弧打火机二代</p><p class="price">￥49</p><p>产品质量荣获“国家免检产品”称号。</p>""",
   "FALSE_HONOUR", "FALSE_HONOUR: 免检 scheme abolished 2008 — 广告法 第二十八条"),
 ])

M18 = uscc("91", "110105", "44556672")
M18b = uscc("91", "110105", "99887766")
site("bj-drone-club.test", "北京天翔航模有限公司", "utf-8", "wp", "main", M18, "存续",
 '<p>北京天翔航模有限公司 | <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_10000091100000000777&amp;signData=MEUCIQ">电子营业执照</a> | 京ICP备2018012345号-2</p>' % M18b,
 [P("/", "天翔航模 航模 模型枪", """
<p>固定翼航模、软弹玩具枪、配件。</p>""",
   "LICENSE_MISMATCH", "LICENSE_MISMATCH: the 电子营业执照 link serial names a code (%s) that is another company's, not this site's" % M18b),
  P("/2026/toy-gun.html", "软弹玩具枪 儿童", """
<p>EVA 软弹发射器 儿童玩具，枪口比动能低于 0.16 J/cm²，符合 GB 6675 玩具安全标准，附 3C 证书编号 2023012201234567。</p><p class="price">¥79</p>""",
   "-", "trap: 玩具枪 whose muzzle energy is below the toy threshold (GB 6675) is a lawful toy; 3C number well-formed"),
  P("/2026/gun-real.html", "合金 模型枪 可发射钢珠", """
<p>全金属 仿真枪 可发射 6mm 钢珠，威力大，打穿易拉罐。</p><p class="price">¥680</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 枪支管理法 第四十六条 and 公安部 枪支致伤力认定 (≥1.8 J/cm²) — a steel-ball gun that pierces cans is a 枪支, not a toy"),
 ])

M19 = uscc("91", "440300", "21436587")
site("sz-adult2.test", "深圳夜语生活用品有限公司", "utf-8", "shopify", "main", M19, "存续",
 '<p>深圳夜语生活用品有限公司 统一社会信用代码：%s</p><p>粤ICP备2022033221号</p>' % M19,
 [P("/", "夜语 情趣 生活", """
<p>情趣内衣、按摩器、安全套。</p>""",
   "LICENSE_MISMATCH", "LICENSE_MISMATCH: the registry lists this code under a different company name"),
  P("/products/mystery.html", "听话水", """
<h1>无色无味 催情水 听话水</h1><div class="price">¥128</div><p>放入饮料即可，对方毫无察觉。</p>""",
   "PROHIBITED_GOODS", "PROHIBITED_GOODS: 刑法/药品管理法 — covert drugging liquid (迷药) is banned"),
  P("/products/toy.html", "硅胶 仿真 按摩器", """
<h1>医用级硅胶 仿真按摩器 成人用品</h1><div class="price">¥199</div><p>IPX7 防水，USB 充电。未满 18 周岁禁止购买。</p>""",
   "-", "trap: 仿真 adult toy is a lawful good, sold with an age warning; 医用级硅胶 describes the material grade, not a medical claim"),
 ], regname="深圳夜语科技发展有限公司")

site("cs-pets.test", "长沙毛孩子宠物店", "utf-8", "uniapp", "main", None, None,
 '<p>长沙毛孩子宠物店 联系电话 0731-8888xxxx</p>',
 [P("/", "毛孩子 宠物 活体 用品", """
<p>柯基、柴犬幼犬，猫粮狗粮。</p>""",
   "ICP_MISSING,LICENSE_MISSING", "LICENSE_MISSING: 电子商务法 第十五条; ICP_MISSING: 互联网信息服务管理办法 第十二条 — neither shown"),
  P("/pages/goods?id=9", "猫用 益生菌", """
<div class="goods-title">猫用益生菌 调理肠胃</div><div class="price">¥59</div><p>本品为宠物营养补充剂，不能替代兽药，如有腹泻持续请就医。</p>""",
   "-", "trap: a non-drug supplement that expressly disclaims treatment — advice, not a medical claim"),
  P("/pages/goods?id=10", "宠物 窝 垫", """
<div class="goods-title">宠物窝 四季通用</div><div class="price">¥89</div><p>晒图评价送小鱼干一包！</p>""",
   "REVIEW_INDUCEMENT", "REVIEW_INDUCEMENT: 电子商务法 第十七条 — a gift for a picture review"),
 ])


M21 = uscc("91", "440100", "63524170")
site("yc-chepin.test", "广州粤驰汽车用品有限公司", "utf-8", "hishop", "main", M21, "存续",
 '<dl class="license"><dt>企业名称</dt><dd>广州粤驰汽车用品有限公司</dd><dt>统一社会信用代码</dt><dd>%s</dd><dt>ICP备案</dt><dd>粤ICP备&nbsp;2020123456号-1</dd></dl>' % M21,
 [P("/", "粤驰汽车用品 坐垫 香薰", """
<p>汽车坐垫、车载香薰、遮阳挡。</p><div style="display:none">高仿大牌香薰 好评返现 10 元</div><!-- 备用文案：全网最低价 中国驰名商标 -->""",
   "-", "trap: licence and ICP in a <dl> list with &nbsp;; the banned words sit only in a display:none element and an HTML comment, which are not displayed"),
  P("/goods.php?id=61", "车载香薰 大牌", """
<h3>车载香薰 高<span>仿</span> 某大牌 香型 <b>同款</b>瓶身</h3><p class="price">￥49</p>""",
   "COUNTERFEIT_TERM", "COUNTERFEIT_TERM: 商标法 第五十七条 — 高仿 split across an inline <span>, with a copied bottle"),
  P("/goods.php?id=62", "遮阳挡", """
<h3>前挡遮阳挡 银胶布</h3><p class="price">￥35</p><p>&#20840;&#32593;&#26368;&#20302;&#20215;，&#38144;&#37327;&#31532;&#19968;。</p>""",
   "ABSOLUTE_TERM", "ABSOLUTE_TERM: 广告法 第九条第三项 — 全网最低价/销量第一 written as numeric character references"),
 ])

H11 = uscc("91", "330200", "71829304")
site("nb-pets2.test", "宁波甬宠宠物食品有限公司", "gbk", "empire", "holdout", H11, "存续",
 '<!-- 统一社会信用代码：%s 待上线 -->宁波甬宠宠物食品有限公司 版权所有<br>浙ICP备2022047788号-1' % H11,
 [P("/", "甬宠 宠物食品", """
<p>犬粮、猫粮、冻干零食。</p>""",
   "LICENSE_MISSING", "LICENSE_MISSING: 电子商务法 第十五条 — the code exists only inside an HTML comment, which is not displayed; no image, link or 第十条 statement"),
  P("/list/freeze.html", "冻干 零食", """
<p>鸡肉冻干 猫零食 500g</p><p class="price">￥79</p><script>var seo={"kw":"中国驰名商标 国家免检产品 高仿"};</script><p>开袋后请密封保存，最佳食用期为开封后 30 天内。</p>""",
   "-", "trap: 驰名商标/免检/高仿 appear only inside <script>, not displayed; 最佳食用期 is a storage tip (2023 guideline)"),
 ])

# ---------------------------------------------------------------- writer
def build(out):
    for sub in ("pages", "history", "holdout/pages", "holdout/history"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    rows = {"main": ([], [], []), "holdout": ([], [], [])}
    reg = [("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续")]
    n = 0
    for st in S:
        if st["code"] and st["status"]:
            reg.append((st["code"], st["regname"], st["status"]))
        for pg in st["pages"]:
            n += 1
            slug = st["host"].split(".")[0] + ("-home" if pg["path"] == "/" else "-" + str(len(pg["path"])) + "".join(
                c for c in pg["path"].rsplit("/", 1)[-1].split(".")[0] if c.isalnum())[:20])
            fn = "%03d-%s.html" % (n, slug)
            home = pg["path"] == "/"
            foot = st["footer_home"] if home else itemfoot(st["name"], st["enc"])
            meta = pg["meta"] or st["meta"]
            data = page(st["name"], pg["title"], pg["body"], st["enc"], meta=meta, bom=st["bom"],
                        style=st["style"], footer=foot)
            base = out if st["side"] == "main" else os.path.join(out, "holdout")
            open(os.path.join(base, "pages", fn), "wb").write(data)
            url = "http://%s%s" % (st["host"], pg["path"])
            codes = ",".join(sorted(pg["codes"].split(","))) if pg["codes"] != "-" else "-"
            lab, note, hist = rows[st["side"]]
            lab.append((fn, url, codes))
            note.append((fn, st["enc"], "yes" if st["bom"] else "no", pg["note"]))
            for i, (days, hb) in enumerate(pg["hist"]):
                hf = "%s-h%d.html" % (fn[:-5], i + 1)
                open(os.path.join(base, "history", hf), "wb").write(
                    page(st["name"], pg["title"], hb, st["enc"], meta=meta, bom=st["bom"], style=st["style"],
                         footer=foot))
                hist.append((hf, url, ("%g" % days)))
    for side, (lab, note, hist) in rows.items():
        base = out if side == "main" else os.path.join(out, "holdout")
        with open(os.path.join(base, "labels.tsv"), "w", encoding="utf-8") as f:
            f.write("# file\turl\tcodes\n" + "".join("\t".join(r) + "\n" for r in lab))
        with open(os.path.join(base, "notes.tsv"), "w", encoding="utf-8") as f:
            f.write("# file\tencoding\tbom\tnote\n" + "".join("\t".join(r) + "\n" for r in note))
        with open(os.path.join(base, "history.tsv"), "w", encoding="utf-8") as f:
            f.write("# file\turl\tdays_before\n" + "".join("\t".join(r) + "\n" for r in hist))
    # registry: extra rows written by hand (companies whose codes appear nowhere else)
    reg.append((M18b, "北京云端文化传媒有限公司", "存续"))
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\tstatus\n" + "".join("\t".join(r) + "\n" for r in reg))


GEN = ["pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        build(tmp)
        bad = 0
        for root, _, files in os.walk(tmp):
            for fn in files:
                rel = os.path.relpath(os.path.join(root, fn), tmp)
                mine = os.path.join(here, rel)
                if not os.path.exists(mine) or open(mine, "rb").read() != open(os.path.join(root, fn), "rb").read():
                    print("differs:", rel); bad = 1
        for g in GEN:
            p = os.path.join(here, g)
            if os.path.isdir(p):
                for root, _, files in os.walk(p):
                    for fn in files:
                        rel = os.path.relpath(os.path.join(root, fn), here)
                        if not os.path.exists(os.path.join(tmp, rel)):
                            print("extra:", rel); bad = 1
        shutil.rmtree(tmp)
        sys.exit(bad)
    for g in GEN:
        p = os.path.join(here, g)
        if os.path.isdir(p): shutil.rmtree(p)
        elif os.path.exists(p): os.remove(p)
    build(here)
