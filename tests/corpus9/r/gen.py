#!/usr/bin/env python3
"""corpus9/r — hand-written shop pages with hand-written labels.

Every page below is written by hand: its body text, the codes it displays, its label
(`codes`) and its note. Nothing here computes a label from the text.
`python3 gen.py` rewrites all output files; `python3 gen.py --check` regenerates into a
temporary directory and compares byte for byte (exit 1 on any difference)."""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import doc, mall_shop, mall_item, write_page  # noqa: E402

MALL = "http://mall.wangjian.test"
PAGES = []      # (side, file, url, codes, enc, bom, note, html)
HISTORY = []    # (side, file, url, days_before, enc, html)


def page(side, file, url, codes, enc, bom, note, html):
    PAGES.append((side, file, url, codes, enc, bom, note, html))


def hist(side, file, url, days, enc, html):
    HISTORY.append((side, file, url, days, enc, html))


M = '<meta charset="utf-8">'
MARK = '<span class="shop-badge mall-mark" title="网剑商城已核验经营者身份">已亮标</span>'

# Registry extract (hand-written): code, name, status.
REGISTRY = [
    ("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续"),
    ("91440106MA5CXL1R1F", "广州悦美化妆品有限公司", "存续"),
    ("92350304MA31QF2K26", "莆田市荔城区阿杰鞋服店", "存续"),
    ("91310115MA1K4N7E07", "上海小猫星球宠物用品有限公司", "存续"),
    ("91370783MA3C8HB110", "寿光市丰收农资有限公司", "存续"),
    ("91330106MA28LQ3P7T", "杭州康宁大药房连锁有限公司", "存续"),
    ("91440300MA5F9K2D25", "深圳市好车郎汽车用品有限公司", "经营异常"),
    ("91320106MA1Y7H4C8F", "南京贝贝乐母婴用品有限公司", "存续"),
    ("91320106MA20RT6G6X", "南京优童商贸有限公司", "存续"),
    ("91510100MA6C5W8L6B", "成都卡卡数码科技有限公司", "存续"),
    ("91330212MA2GYB4N45", "宁波海清电器有限公司", "存续"),
    ("91440300MA5G3LC86G", "深圳市港颜贸易有限公司", "存续"),
    ("91350203MA31Y6K96M", "厦门台茗茶业有限公司", "存续"),
    ("91310115MA1H8X2T8C", "上海羽锋体育用品有限公司", "存续"),
    ("91330105MA2J7Q4E7X", "杭州安康医疗器械有限公司", "存续"),
    ("91411702MA40K7L22B", "驻马店市中原农资有限公司", "存续"),
    ("91650102MA77R1H39B", "新疆驼源乳业有限公司", "存续"),
    ("91330104MA2KD5M11P", "杭州衣橱研究所服饰有限公司", "存续"),
    ("91430104MA4Q2TB91R", "长沙宝贝乐母婴用品有限公司", "存续"),
    ("92321012MA1N8W3U5C", "扬州市江都区阿婆小碗菜餐饮店", "存续"),
    ("91440606MA51H7J26A", "佛山市顺德区净源电器有限公司", "存续"),
    ("91310104MA1FL62Q91", "上海丽汇贸易有限公司", "存续"),
    ("441700000123459", "阳江市利锋刀具厂", "存续"),
    ("130102000045672", "石家庄市康健大药房", "存续"),
    ("91440111MA59N2R74M", "广州车联汽车配件有限公司", "存续"),
    ("91341823MA2T6Y0D9B", "泾县宣源宣纸有限公司", "存续"),
    ("91320506MA21E8GK5N", "苏州苏优拼网络科技有限公司", "存续"),
    ("91130102MA0C7D4A9U", "石家庄康健医药零售有限公司", "注销"),
    ("91330782MA2EC3L94E", "义乌市小鹿文具有限公司", "存续"),
]

# Every licence code written on any page or history capture, with its intended validity.
# (code, valid?, where) — checked by selfcheck.py with its own arithmetic.
CODES = [
    ("91330100MA27WJ011R", True, "platform footer"),
    ("91440106MA5CXL1R1F", True, "yuemei-beauty shop"),
    ("92350304MA31QF2K26", True, "xiezi-jie shop"),
    ("91310115MA1K4N7E07", True, "xiaomao-pet shop"),
    ("91370783MA3C8HB110", True, "nongzi-fengshou shop"),
    ("91330106MA28LQ3P7T", True, "yaofang-kang shop"),
    ("91440300MA5F9K2D25", True, "qiche-haoche shop (registry 经营异常)"),
    ("91320106MA1Y7H4C8F", True, "muying-baobei shop"),
    ("91320106MA20RT6G6X", True, "muying-baobei zzlz serial (another company)"),
    ("91510100MA6C5W8L6A", False, "xuni-kaka shop (last char altered)"),
    ("91330212MA2GYB4N45", True, "haiqing-dianqi.test"),
    ("91440300MA5G3LC86G", True, "gangyan.test"),
    ("91350203MA31Y6K96M", True, "taiming-tea.test"),
    ("91310115MA1H8X2T8C", True, "yufeng-sports.test"),
    ("91330105MA2J7Q4E7X", True, "ankang-qixie.test"),
    ("91411702MA40K7L22E", False, "zhongyuan-nongzi.test (last char altered)"),
    ("91110108MA01C9P666", True, "yungui-saas.test (absent from registry)"),
    ("91650102MA77R1H39B", True, "tuoyuan-ruye.test"),
    ("91330104MA2KD5M11P", True, "yichu-wecom.test (only inside an HTML comment)"),
    ("91430104MA4Q2TB91R", True, "baobei-xcx.test"),
    ("91440606MA51H7J26A", True, "shunde-jingyuan.test"),
    ("91310104MA1FL62Q91", True, "meiyan-club.test (registry name differs)"),
    ("441700000123459", True, "yangjiang-lifeng.test 注册号"),
    ("130102000045679", False, "kangjian-daojia.test 注册号 (last digit altered)"),
    ("91440111MA59N2R74M", True, "chelian-peijian.test"),
    ("91341823MA2T6Y0D9B", True, "xuanyuan-xuanzhi.test"),
    ("91330782MA2EC3L94E", True, "wenju-xiaolu shop zzlz serial (own code)"),
]


# ======================================================================================
# Platform shop P1: 小橙百货 (综合百货) — main
# ======================================================================================
S = "lanxi-home"
N = "小橙百货家居专营"
page("main", "001-lanxi-home-shop.html", MALL + "/shop/lanxi-home/", "LICENSE_MISSING", "utf-8", False,
     "LICENSE_MISSING: shop home shows no licence of its own, no licence image or link, no 第十条 statement; "
     "the platform footer is the platform's identity (电子商务法 第十五条, 第七十六条; 网络交易监督管理办法 第十二条). "
     "Case: 西平县市场监管局 查处 某购物平台百货店未公示营业执照案 (驻马店市 2024 网络交易十大典型案例 之一, 罚款3500元). "
     "Shop says 所在地/客服电话 only, which is not licence information.",
     mall_shop(N, MARK, """<dl class="shop-meta">
  <dt>所在地</dt><dd>浙江 金华</dd>
  <dt>开店时间</dt><dd>2025-03-18</dd>
  <dt>客服</dt><dd>0579-82316650（9:00-22:00）</dd>
</dl>""", """<div class="shop-banner"><img src="/static/shop/banner-lx.jpg" alt="新店开张 关注店铺领5元无门槛券"></div>
<div class="shop-notice">
  <h3>店铺公告</h3>
  <p>家人们好呀～小橙百货新店开张啦🎉 收纳、厨房、清洁、日用小百货一站购齐，满39包邮（偏远地区除外哈）</p>
  <p>下午4点前付款当天发，4点后第二天发，周日休息不发货，着急的宝子拍前问下客服～</p>
</div>
<div class="goods-list">
  <div class="goods"><a href="/item/lx10021.html">加厚透明收纳箱 大号带滑轮 衣物整理箱</a><span class="price">￥19.90</span></div>
  <div class="goods"><a href="/item/lx10388.html">316不锈钢保温杯 大容量 男女学生水杯</a><span class="price">￥59.00</span></div>
  <div class="goods"><a href="/item/lx10412.html">懒人抹布 一次性 干湿两用 厨房用纸 6卷</a><span class="price">￥12.80</span></div>
</div>"""))

page("main", "002-lanxi-home-storage-box.html", MALL + "/item/lx10021.html", "REVIEW_INDUCEMENT", "utf-8", False,
     "REVIEW_INDUCEMENT: cash for 五星好评 + 买家秀 screenshots, extra for 追评 (电子商务法 第十七条; 反不正当竞争法 第八条第一款). "
     "Case: 扬州市江都区某饮品店 好评返现卡 (江苏省市场监管局 2020 刷单炒信典型案例, 罚款12000元). "
     "Words avoid 好评返现 as a phrase: 立返3元红包. The 划线价 has no earlier capture, so no price finding.",
     mall_item(S, N, "加厚透明收纳箱 大号带滑轮 衣物整理箱 55L", """<span class="price now">￥19.90</span> <del class="price origin">划线价￥29.90</del>""",
               """<p>💡 55L超大容量，棉被、换季衣服、宝宝玩具通通塞得下！PP新料加厚，站上去都不变形（别真站哈😂）</p>
<p>带4个万向轮，床底推拉超顺滑，卡扣盖子防尘防潮～</p>
<div class="detail-card">
  <p>📣 收到货满意的宝子：给个五星＋三张买家秀，截图发给客服，立返3元红包到支付宝💰</p>
  <p>追评再加1块！！！一个订单限领一次哦</p>
</div>
<p>规格：55L / 75L / 100L，颜色：透明白、奶咖</p>"""))

page("main", "003-lanxi-home-flask.html", MALL + "/item/lx10388.html", "FAKE_ORIGINAL_PRICE", "utf-8", False,
     "FAKE_ORIGINAL_PRICE: 划线价 128 while captures 3.0 and 6.5 days earlier show 49 and 59 (明码标价和禁止价格欺诈规定 第十六条, 第十九条). "
     "Case kind: 山西老葛商贸有限公司 虚假宣传、价格欺诈系列案 (太原市市场监管局 2025, 市场监管总局 第四批直播电商典型案例). "
     "The 8-day capture at 39 is outside the window and does not matter here.",
     mall_item(S, N, "316不锈钢保温杯 大容量 男女学生水杯 750ml", """<span class="price now">￥59.00</span> <s class="price origin">划线价 ￥128.00</s> <em class="tag">限时直降</em>""",
               """<p>❄️ 冰块放进去12小时还在！早上泡的茶下午还烫嘴～</p>
<p>316医用级不锈钢内胆（材质说明，非医疗器械），一键弹盖，单手就能开，通勤党狂喜。</p>
<p>颜色：奶油白 / 雾霾蓝 / 牛油果绿</p>"""))

hist("main", "003-lanxi-home-flask-d8.html", MALL + "/item/lx10388.html", "8", "utf-8",
     mall_item(S, N, "316不锈钢保温杯 大容量 男女学生水杯 750ml", """<span class="price now">￥39.00</span> <em class="tag">新店冲量</em>""",
               "<p>新店冲量价，手慢无～</p>"))
hist("main", "003-lanxi-home-flask-d6.5.html", MALL + "/item/lx10388.html", "6.5", "utf-8",
     mall_item(S, N, "316不锈钢保温杯 大容量 男女学生水杯 750ml", """<span class="price now">￥59.00</span>""",
               "<p>316不锈钢内胆，一键弹盖。</p>"))
hist("main", "003-lanxi-home-flask-d3.html", MALL + "/item/lx10388.html", "3", "utf-8",
     mall_item(S, N, "316不锈钢保温杯 大容量 男女学生水杯 750ml", """<span class="price now">￥49.00</span> <em class="tag">周末特惠</em>""",
               "<p>周末特惠，仅限两天！</p>"))

# ======================================================================================
# Platform shop P2: 悦美 (美妆) — holdout
# ======================================================================================
S = "yuemei-beauty"
N = "悦美官方旗舰店"
page("holdout", "004-yuemei-beauty-shop.html", MALL + "/shop/yuemei-beauty/", "MARK_MISSING", "utf-8", False,
     "MARK_MISSING: no element carries the class token mall-mark; the shop shows its own 品牌授权 image (class shop-cert) instead (seed 平台为网店亮标). "
     "Licence shown and registered 存续. no case found (kind: 市场监管总局 百家电商平台点亮行动, 2023).",
     mall_shop(N, '<img class="shop-cert" src="/static/shop/brand-auth.png" alt="品牌授权">',
               """<div class="shop-license"><p>经营者：广州悦美化妆品有限公司</p><p>统一社会信用代码：91440106MA5CXL1R1F</p>
<p>化妆品生产许可证：粤妆20190123</p></div>""",
               """<div class="shop-banner"><img src="/static/shop/ym-618.jpg" alt="悦美 年中大促"></div>
<div class="shop-notice"><p>✨姐妹们！悦美年中宠粉季开启～全场满199减30，会员再叠95折</p>
<p>所有产品均为广州自有工厂出品，备案信息可在国家药监局化妆品查询平台查</p></div>"""))

page("holdout", "005-yuemei-beauty-acne-serum.html", MALL + "/item/ym20031.html", "FALSE_CLAIM", "utf-8", False,
     "FALSE_CLAIM: a cosmetic claimed to treat acne, 激素脸 and eczema (广告法 第十七条 medical claims outside medical ads; 第二十八条). "
     "no case found for this product; kind as 简美 儿童叶黄素 '促进眼角膜修复' (市场监管总局 2025-01 十起违法广告典型案例). "
     "Claim words: 专治/修复/湿疹/不用再跑皮肤科, no 治疗 as one word.",
     mall_item(S, N, "悦美 积雪草祛痘精华 30ml", """<span class="price now">￥89.00</span>""",
               """<p>🌿 痘痘肌姐妹闭眼入！！专治反复长的闭口、红肿痘，7天修复激素脸～</p>
<p>我们家好多老客都是湿疹、玫瑰痤疮，用了一瓶就稳住了，不用再一趟趟跑皮肤科拿药了🙏</p>
<p>成分：积雪草提取物、烟酰胺、泛醇……</p>"""))

page("holdout", "006-yuemei-beauty-lipstick.html", MALL + "/item/ym20088.html", "ABSOLUTE_TERM,FAKE_ORIGINAL_PRICE", "utf-8", False,
     "ABSOLUTE_TERM: 全网最低 / 天花板 as claims (广告法 第九条第三项); case kind: 方林富炒货店 '最好吃' (杭州西湖区 2016, 20万). "
     "FAKE_ORIGINAL_PRICE: 划线价 269 while the capture 2 days earlier shows 129 (明码标价和禁止价格欺诈规定 第十六条). "
     "Trap inside: 开封后最佳使用期限 is a use tip (2023 指引).",
     mall_item(S, N, "悦美 丝绒雾面口红 #M07 烂番茄色", """<span class="price now">￥139.00</span> <del class="price line">划线价￥269.00</del>""",
               """<p>🔥直播间同款！这个价格全网最低，别家找不到更便宜的，找到了我倒贴！</p>
<p>M07 烂番茄色真的是雾面口红天花板，黄皮素颜涂都显白～</p>
<p>保质期3年，开封后最佳使用期限12个月。</p>"""))
hist("holdout", "006-yuemei-beauty-lipstick-d2.html", MALL + "/item/ym20088.html", "2", "utf-8",
     mall_item(S, N, "悦美 丝绒雾面口红 #M07 烂番茄色", """<span class="price now">￥129.00</span>""",
               "<p>日常价，现货速发。</p>"))

page("holdout", "007-yuemei-beauty-reissue.html", MALL + "/item/ym20102.html", "-", "utf-8", False,
     "trap: 复刻 here is the brand re-issuing its own 2016 shade (own goods, not a counterfeit of another's mark; 商标法 第五十七条 needs another's mark). "
     "'最佳使用期限' is a use tip exempt under the 2023 绝对化用语 guideline. No 划线价.",
     mall_item(S, N, "悦美 经典复刻 #08 豆沙玫瑰 2016初代配方", """<span class="price now">￥99.00</span>""",
               """<p>老粉哭了😭 我们家2016年的第一代#08豆沙玫瑰，应大家要求原配方复刻回归！</p>
<p>外壳换成了新的磨砂金，膏体还是当年那个味道～</p>
<p>温馨提示：开封后最佳使用期限12个月，放阴凉处保存。</p>"""))

# ======================================================================================
# Platform shop P3: 阿杰鞋仓 (服饰) — main
# ======================================================================================
S = "xiezi-jie"
N = "阿杰鞋仓"
page("main", "008-xiezi-jie-shop.html", MALL + "/shop/xiezi-jie/", "COUNTERFEIT_TERM", "utf-8", False,
     "COUNTERFEIT_TERM: 莆田源头 纯原 / 公司级 / 对比专柜无差 offered for named brands (商标法 第五十七条). "
     "Case: 莆田市工商局 鞋类商标侵权 整治 (2018: 370 cases, reported 2019). Licence (个体, 92…) shown and registered 存续.",
     mall_shop(N, MARK, """<div class="shop-license">营业执照：莆田市荔城区阿杰鞋服店（个体工商户）　统一社会信用代码 92350304MA31QF2K26</div>""",
               """<div class="shop-notice">
  <p>👟 莆田源头工厂直发，纯原版本，公司级做工，拿去跟专柜对比无差～</p>
  <p>AJ / 椰子 / 空军 / 老爹鞋 都有，图片都是实拍，上脚图私聊要！</p>
  <p>48小时内发货，偏远地区不包邮</p>
</div>"""))

page("main", "009-xiezi-jie-aj1.html", MALL + "/item/xj30017.html", "COUNTERFEIT_TERM", "utf-8", False,
     "COUNTERFEIT_TERM: '1比1 原鞋开模 细节对比正品' for a named brand's shoe — 1:1 written in words (商标法 第五十七条). "
     "Case: 莆田市工商局 鞋类 (as 008).",
     mall_item(S, N, "AJ1 芝加哥 高帮 男女同款 篮球鞋", """<span class="price now">￥268.00</span>""",
               """<p>这双是1比1原鞋开模的，鞋型、皮料、车线细节拿去对比正品都看不出来🙌</p>
<p>鞋标、钢印、防尘纸、鞋盒全套，送人有面儿～</p>
<p>尺码36-45，偏大半码，拍前看尺码表</p>"""))

page("main", "010-xiezi-jie-hoodie.html", MALL + "/item/xj30102.html", "RETURN_REFUSED", "utf-8", False,
     "RETURN_REFUSED: a hoodie is none of the 消费者权益保护法 第二十五条 exemptions and no purchase-time confirmation is offered; "
     "'清仓特价 不退不换 / 均不支持七天无理由'. Case: 泰州某绳网有限公司 擅自扩大七日无理由退货不适用的商品范围案 "
     "(泰州医药高新区(高港区)市场监管局 2025, 江苏 守护消费 铁拳行动典型案例).",
     mall_item(S, N, "加绒连帽卫衣 宽松 情侣款 清仓", """<span class="price now">￥49.00</span>""",
               """<p>❗清仓特价 不退不换 介意慎拍❗</p>
<p>本店商品均不支持七天无理由哈，尺码拿不准的先问客服，别拍了又要退😅</p>
<p>面料：棉65% 聚酯纤维35%，加绒加厚</p>"""))


# ======================================================================================
# Platform shop P4: 小猫星球 (宠物) — main
# ======================================================================================
S = "xiaomao-pet"
N = "小猫星球宠物生活馆"
page("main", "011-xiaomao-pet-shop.html", MALL + "/shop/xiaomao-pet/", "-", "utf-8", False,
     "trap: '做让铲屎官最放心的国产猫粮品牌' is stated as the firm's goal (2023 绝对化用语 guideline: business aims and slogans are exempt). "
     "Licence shown and registered 存续; mark present.",
     mall_shop(N, MARK, """<div class="shop-license"><a href="/shop/xiaomao-pet/license.html">营业执照信息</a>
<span>上海小猫星球宠物用品有限公司 · 91310115MA1K4N7E07</span></div>""",
               """<div class="shop-notice">
  <p>🐱 专注猫咪营养十年啦～我们的小目标：做让铲屎官最放心的国产猫粮品牌！</p>
  <p>每一批都有检测报告，详情页可以看，有问题直接找客服小喵～</p>
</div>"""))

page("main", "012-xiaomao-pet-catfood.html", MALL + "/item/xm40011.html", "FALSE_CLAIM", "utf-8", False,
     "FALSE_CLAIM: pet food claimed to cure 猫藓, 软骨病 (100%) and 泌尿感染 (广告法 第十七条, 第二十一条 feed ads may not assert efficacy, 第二十八条). "
     "Source of kind: pet09.com 宠物食品电商常见法律风险 ('100%治愈软骨病'); no enforcement case found.",
     mall_item(S, N, "全价无谷冻干双拼猫粮 2kg 成猫幼猫通用", """<span class="price now">￥119.00</span>""",
               """<p>我家三只都吃这个！！大橘之前一身猫藓，吃了一个月毛全长回来了，药都没上😭</p>
<p>折耳的软骨病100%能调理好，泌尿感染的小猫吃这个就不用往宠物医院跑了</p>
<p>配方：鸡肉、三文鱼、鸡肝、冻干鹌鹑……</p>"""))

page("main", "013-xiaomao-pet-freeze-dried.html", MALL + "/item/xm40029.html", "-", "utf-8", False,
     "trap: 最佳赏味期 is a storage tip (2023 guideline); '不含诱食剂' is a composition statement; the warning "
     "'不能替代兽医治疗' is advice, not a treatment claim (广告法 第十七条 not engaged).",
     mall_item(S, N, "鸡胸肉冻干 猫零食 500g 罐装", """<span class="price now">￥69.00</span>""",
               """<p>单一肉源，原切鸡胸肉冻干，不含诱食剂（配料表见下图）</p>
<p>最佳赏味期：开封后30天内，记得拧紧盖子放干燥处～</p>
<p>⚠️ 零食不是药品，猫咪生病请及时就医，不能替代兽医治疗哦</p>"""))

# ======================================================================================
# Platform shop P5: 丰收农资 (农资) — main
# ======================================================================================
S = "nongzi-fengshou"
N = "丰收农资旗舰店"
page("main", "014-nongzi-fengshou-shop.html", MALL + "/shop/nongzi-fengshou/", "MARK_MISSING", "utf-8", False,
     "MARK_MISSING: the only mall-mark element is inside a display:none block, so no mark is displayed (contract: hidden elements do not count). "
     "Licence and 农药经营许可证 are shown; code registered 存续. no case found.",
     mall_shop(N, '<div class="mark-wrap" style="display:none"><img class="mall-mark" src="/static/mark.png" alt="网剑商城亮标"></div>',
               """<div class="shop-license">
  <p>寿光市丰收农资有限公司　统一社会信用代码：91370783MA3C8HB110</p>
  <p>农药经营许可证：农药经许（鲁）37078320012</p>
</div>""",
               """<div class="shop-notice"><p>老农资人，做了十几年了，种子化肥农药叶面肥都有，寿光本地可以送货上门</p>
<p>量大的老板加微信单独报价，农忙季节发货慢一两天见谅</p></div>"""))

page("main", "015-nongzi-fengshou-paraquat.html", MALL + "/item/fs50033.html", "PROHIBITED_GOODS", "utf-8", False,
     "PROHIBITED_GOODS: 百草枯 20% 水剂 — sale and use in China stopped from 2016-07-01 (农业部 第1745号公告 [secondary: 禁限用农药名录 as reported by haonongzi.com 2017]). "
     "no enforcement case found for this listing; kind from the 禁限用农药名录.",
     mall_item(S, N, "进口除草剂 20%水剂 5L 老包装 烂根", """<span class="price now">￥158.00</span>""",
               """<p>老包装百草枯，20%水剂，打下去两天就黄，烂根不死根的那种，懂的来</p>
<p>现在不好买了，存货不多，量大从优，私聊发货</p>"""))

page("main", "016-nongzi-fengshou-glyphosate.html", MALL + "/item/fs50041.html", "-", "utf-8", False,
     "trap: 草甘膦 is a registered, lawful herbicide (农药登记证号 PD…); 百草枯 is named only in a refusal ('本店不卖'). "
     "A keyword match on 百草枯 would misfire.",
     mall_item(S, N, "41%草甘膦异丙胺盐 水剂 1kg", """<span class="price now">￥26.00</span>""",
               """<p>41%草甘膦异丙胺盐，农药登记证号 PD20101234，果园、非耕地除草</p>
<p>温馨提示：百草枯早就禁了，本店不卖，也别私聊问了🙏 要灭生性除草的用这个就行</p>
<p>使用前请仔细阅读标签，注意安全间隔期</p>"""))

# ======================================================================================
# Platform shop P6: 康宁大药房 (OTC 药店) — holdout
# ======================================================================================
S = "yaofang-kang"
N = "康宁大药房官方旗舰店"
page("holdout", "017-yaofang-kang-shop.html", MALL + "/shop/yaofang-kang/", "MARK_MISSING", "utf-8", False,
     "MARK_MISSING: the badge element's class is 'mall-marker', not the exact token mall-mark (seed 平台为网店亮标). "
     "Licence, 药品经营许可证 and 互联网药品信息服务 certificate shown; code registered 存续. no case found.",
     mall_shop(N, '<span class="mall-marker">认证药房</span>',
               """<div class="shop-license">
  <p>企业名称：杭州康宁大药房连锁有限公司</p>
  <p>统一社会信用代码：91330106MA28LQ3P7T</p>
  <p>药品经营许可证：浙AA5710286　互联网药品信息服务资格证书：（浙）-经营性-2023-0117</p>
</div>""",
               """<div class="shop-notice"><p>执业药师在线 8:00-22:00，处方药需上传处方经药师审核后发货</p></div>"""))

page("holdout", "018-yaofang-kang-dextromethorphan.html", MALL + "/item/kn60012.html", "PROHIBITED_GOODS", "utf-8", False,
     "PROHIBITED_GOODS: 右美沙芬口服单方制剂 is on 药品网络销售禁止清单（第一版） 二(二) (国家药监局 2022-11-30 公告, 2022-12-01 施行). "
     "no enforcement case found; basis is the list.",
     mall_item(S, N, "氢溴酸右美沙芬片 15mg×24片 干咳", """<span class="price now">￥16.50</span>""",
               """<p>【OTC】干咳、咽痒咳嗽，晚上咳得睡不着的可以备一盒</p>
<p>下单即发，顺丰/京东可选，全国包邮</p>
<p>用法用量：口服，一次1-2片，一日3-4次，请按说明书或在药师指导下使用</p>"""))

page("holdout", "019-yaofang-kang-tongxuan.html", MALL + "/item/kn60047.html", "-", "utf-8", False,
     "trap: 通宣理肺丸 contains 麻黄 but is a 中成药; the list's 二(二) expressly excludes 含麻黄的中成药 (药品网络销售禁止清单 第一版).",
     mall_item(S, N, "同仁堂 通宣理肺丸 8丸×10袋", """<span class="price now">￥23.80</span>""",
               """<p>【OTC】解表散寒，宣肺止嗽。用于风寒束表、肺气不宣所致的感冒咳嗽（以说明书为准）</p>
<p>成份：紫苏叶、前胡、桔梗、苦杏仁、麻黄、甘草、陈皮、半夏（制）、茯苓、枳壳（炒）、黄芩</p>"""))

page("holdout", "020-yaofang-kang-fusidic.html", MALL + "/item/kn60055.html", "-", "utf-8", False,
     "trap: 夫西地酸 is on list 二(四), but 备注2 says antibacterials there do not include external forms; this is a cream. "
     "Rx handling (处方 审核) is stated.",
     mall_item(S, N, "夫西地酸乳膏 15g 外用", """<span class="price now">￥32.00</span>""",
               """<p>【处方药】请上传处方，经执业药师审核后发货</p>
<p>外用，涂于患处。具体请遵医嘱、按说明书使用</p>"""))


# ======================================================================================
# Platform shop P7: 洛川老李家苹果 (个人 自产农副产品) — main
# ======================================================================================
S = "farm-li-apple"
N = "洛川老李家果园"
page("main", "021-farm-li-apple-shop.html", MALL + "/shop/farm-li-apple/", "-", "utf-8", False,
     "trap: no licence code, but the shop-license block carries the 电子商务法 第十条 exemption statement (自产农副产品), "
     "which the rulebook accepts in place of a licence (第十五条). Mark present.",
     mall_shop(N, MARK, """<div class="shop-license">经营者：李某某（个人）<br>
本店为个人销售自产农副产品，依照《中华人民共和国电子商务法》第十条规定，不需要办理市场主体登记。</div>""",
               """<div class="shop-notice"><p>🍎 自家果园在洛川县，老李种了二十多年苹果，今年雨水好，果子脆甜～</p>
<p>现摘现发，采摘季每天下午打包，一般3天到</p></div>"""))

page("main", "022-farm-li-apple-fuji.html", MALL + "/item/ll70003.html", "-", "utf-8", False,
     "trap: fresh fruit is 鲜活易腐, an exemption in 消费者权益保护法 第二十五条(二); the refusal is lawful and bad fruit is still compensated.",
     mall_item(S, N, "洛川红富士苹果 现摘 5斤装 75-80果", """<span class="price now">￥29.90</span>""",
               """<p>生鲜水果不支持七天无理由退货哈，坏果拍照24小时内联系客服，坏多少赔多少👌</p>
<p>单果75-80mm，5斤大约10-12个</p>"""))

# ======================================================================================
# Platform shop P8: 好车郎 (汽车用品) — holdout
# ======================================================================================
S = "qiche-haoche"
N = "好车郎汽车用品专营店"
page("holdout", "023-qiche-haoche-shop.html", MALL + "/shop/qiche-haoche/", "LICENSE_MISMATCH", "utf-8", False,
     "LICENSE_MISMATCH: the displayed code is registered to the same name but with status 经营异常 (电子商务法 第十五条; 网络交易监督管理办法 第十二条). "
     "no case found for this exact form; nearest: 驿城区某炸鸡店资质过期案 (驻马店 2024).",
     mall_shop(N, MARK, """<div class="shop-license"><span>营业执照</span>
<table><tr><td>名称</td><td>深圳市好车郎汽车用品有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>91440300MA5F9K2D25</td></tr>
<tr><td>住所</td><td>深圳市龙岗区坂田街道</td></tr></table></div>""",
               """<div class="shop-notice"><p>🚗 行车记录仪、车载香薰、脚垫、座套、手机支架，车主一站购～</p></div>"""))

page("holdout", "024-qiche-haoche-dashcam.html", MALL + "/item/hc80019.html", "WELLKNOWN_MARK_AD", "utf-8", False,
     "WELLKNOWN_MARK_AD: '中国驰名商标' used to sell (商标法 第十四条第五款). "
     "Case: 宏宇陶瓷 中山三乡经销商 '中国驰名商标' 门头广告 (中山工商 2014, 拟罚10万). "
     "Trap inside: '最大支持256G' is a spec limit.",
     mall_item(S, N, "好车郎 4K 行车记录仪 前后双录 停车监控", """<span class="price now">￥239.00</span>""",
               """<p>好车郎——中国驰名商标✔ 十年老牌子，售后有保障</p>
<p>4K超清 前后双录，最大支持256G存储卡，停车监控24小时</p>"""))

page("holdout", "025-qiche-haoche-aroma.html", MALL + "/item/hc80044.html", "FALSE_HONOUR", "utf-8", False,
     "FALSE_HONOUR: '国家免检产品' — the 免检 scheme was abolished in 2008 [unverified date/order], so the honour cannot be true (广告法 第二十八条; 反不正当竞争法 第九条). "
     "Case: 佛山 晶尊陶瓷 2014 通知经销商卸下 '中国免检产品' 物料 (taoci163.com). "
     "Not FAKE_ORIGINAL_PRICE: 划线价 129 equals the lowest price (129) in captures under 7 days; the 59 capture is 10 days old.",
     mall_item(S, N, "车载香薰 出风口 固体香膏 持久淡香", """<span class="price now">￥69.00</span> <del class="price origin">原价￥129.00</del>""",
               """<p>🏅 国家免检产品，出厂即合格，放心闻～</p>
<p>古龙、海洋、桂花三种香型，一盒可用约60天</p>"""))
hist("holdout", "025-qiche-haoche-aroma-d10.html", MALL + "/item/hc80044.html", "10", "utf-8",
     mall_item(S, N, "车载香薰 出风口 固体香膏 持久淡香", """<span class="price now">￥59.00</span>""",
               "<p>上新特惠</p>"))
hist("holdout", "025-qiche-haoche-aroma-d2.html", MALL + "/item/hc80044.html", "2", "utf-8",
     mall_item(S, N, "车载香薰 出风口 固体香膏 持久淡香", """<span class="price now">￥129.00</span>""",
               "<p>古龙、海洋、桂花三种香型</p>"))

# ======================================================================================
# Platform shop P9: 贝贝乐 (母婴) — main
# ======================================================================================
S = "muying-baobei"
N = "贝贝乐母婴生活馆"
page("main", "026-muying-baobei-shop.html", MALL + "/shop/muying-baobei/", "LICENSE_MISMATCH", "utf-8", False,
     "LICENSE_MISMATCH: the shop shows its own code (registered 存续), but its electronic-licence link's serial starts with another "
     "company's code 91320106MA20RT6G6X (南京优童商贸有限公司) — DOMAIN 亮照 serial rule. no case found.",
     mall_shop(N, MARK, """<div class="shop-license">
  <p>南京贝贝乐母婴用品有限公司　统一社会信用代码：91320106MA1Y7H4C8F</p>
  <p><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91320106MA20RT6G6X-SAIC_SHOW_10000091320106MA20RT6G6X1700000000001&amp;signData=MEUCIQDx" target="_blank"><img src="/static/lz.png" alt="电子营业执照">电子营业执照亮照</a></p>
</div>""",
               """<div class="shop-notice"><p>新手爸妈的囤货小站👶 奶瓶、纸尿裤、湿巾、辅食工具，满99包邮</p></div>"""))

page("main", "027-muying-baobei-bottle.html", MALL + "/item/bb90015.html", "ABSOLUTE_TERM", "utf-8", False,
     "ABSOLUTE_TERM: '全网销量第一', '奶瓶界天花板', '口碑No.1' as unproven claims (广告法 第九条第三项). "
     "Case kind: 方林富炒货店 '最好吃' (杭州市西湖区市场监管局 2016).",
     mall_item(S, N, "宽口径PPSU奶瓶 240ml 防胀气 新生儿", """<span class="price now">￥118.00</span>""",
               """<p>姐妹们听我说！这款奶瓶真的是奶瓶界天花板👑 全网销量第一，宝妈口碑No.1！</p>
<p>防胀气阀门，宝宝喝奶不呛不吐，PPSU耐高温可以直接煮</p>"""))

page("main", "028-muying-baobei-diapers.html", MALL + "/item/bb90032.html", "REVIEW_INDUCEMENT", "utf-8", False,
     "REVIEW_INDUCEMENT: 5 yuan cash for a five-star review with photos (电子商务法 第十七条; 反不正当竞争法 第八条第一款; 侵害消费者权益行为处罚办法 第六条第四项). "
     "Case: 阿婆小碗菜 饿了么店铺 好评返现卡 (上海青浦 六方联盟 2023 通报).",
     mall_item(S, N, "超薄透气纸尿裤 L码 52片×2包", """<span class="price now">￥89.00</span>""",
               """<p>亲，收到货以后给个五星➕带图评价，联系客服发截图，返现5元哦（限前100名～）</p>
<p>3D立体护围，一整晚不侧漏，夏天也不闷</p>"""))

# ======================================================================================
# Platform shop P10: 卡卡数码 (虚拟商品) — main
# ======================================================================================
S = "xuni-kaka"
N = "卡卡数码自动发卡"
page("main", "029-xuni-kaka-shop.html", MALL + "/shop/xuni-kaka/", "LICENSE_INVALID", "utf-8", False,
     "LICENSE_INVALID: 91510100MA6C5W8L6A fails the GB 32100 check character (correct one ends …6B). "
     "no case found. Mark present.",
     mall_shop(N, MARK, """<div class="shop-license">营业执照信息：成都卡卡数码科技有限公司｜统一社会信用代码 91510100MA6C5W8L6A</div>""",
               """<div class="shop-notice"><p>⚡ 24小时自动发卡，付款后卡密秒到「已买到的宝贝」，不用等客服</p></div>"""))

page("main", "030-xuni-kaka-gamecard.html", MALL + "/item/kk91001.html", "-", "utf-8", False,
     "trap: a card code delivered online is a digital good (消费者权益保护法 第二十五条(三) 在线下载的数字化商品); the refusal is lawful.",
     mall_item(S, N, "网易一卡通 100元 点卡 自动发卡", """<span class="price now">￥98.50</span>""",
               """<p>虚拟商品，卡密一经发出不支持七天无理由退货，请核对游戏区服再拍</p>
<p>自动发货，1分钟内到账</p>"""))

page("main", "031-xuni-kaka-vip.html", MALL + "/item/kk91007.html", "-", "utf-8", False,
     "trap: '1:1' is an exchange ratio of 面额 to Q币, not a counterfeit word.",
     mall_item(S, N, "视频会员 月卡 官方直充 Q币充值", """<span class="price now">￥19.80</span>""",
               """<p>官方直充，填QQ号自动到账</p>
<p>Q币按面额1:1到账，充值100元即到100 Q币，不收手续费</p>"""))


# ======================================================================================
# S1 haiqing-dianqi.test — 家电数码, Javashop-like B2C template, GBK — main
# ======================================================================================
H = "http://www.haiqing-dianqi.test"
MG = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'


def hq(title, body, foot_licence=False):
    lic = ("<p>宁波海清电器有限公司&nbsp;&nbsp;统一社会信用代码：91330212MA2GYB4N45</p>"
           if foot_licence else '<p><a href="/license.html">营业执照</a></p>')
    return doc(title + "-海清电器官方商城", """<div id="header"><div class="jshop-top"><a href="/">海清电器</a> | <a href="/member/login.html">登录</a> | <a href="/member/register.html">免费注册</a> | 服务热线：400-826-5151</div>
<div class="jshop-nav"><ul><li><a href="/">首页</a></li><li><a href="/category/1.html">空调</a></li><li><a href="/category/2.html">数码配件</a></li><li><a href="/article/list.html">服务政策</a></li></ul></div></div>
<div id="main">%s</div>
<div id="footer" class="jshop-footer">
%s
<p><a href="https://beian.miit.gov.cn/">浙ICP备2022018866号-1</a>&nbsp;&nbsp;<a href="http://www.beian.gov.cn/">浙公网安备 33021202000618号</a></p>
<p>Copyright &copy; 2022-2026 www.haiqing-dianqi.test All Rights Reserved</p>
</div>""" % (body, lic), MG)


page("main", "032-haiqing-dianqi-home.html", H + "/", "ABSOLUTE_TERM", "gbk", False,
     "ABSOLUTE_TERM: '空调销量全国第一 连续三年领跑' with no source, place or period given (广告法 第九条第三项). "
     "Case kind: 方林富炒货店 (杭州西湖区 2016). Licence and ICP shown, code registered 存续.",
     hq("首页", """<div class="banner"><img src="/upload/banner/2026summer.jpg" alt="夏季空调节"></div>
<div class="floor"><h2>海清空调 · 空调销量全国第一</h2>
<p>连续三年领跑！新一代变频挂机，静音省电，一晚只要一度电左右（实验室工况）。</p>
<p>【以旧换新】旧空调抵扣最高300元，宁波市区免费上门拆旧。</p></div>
<div class="floor"><h2>数码配件</h2><ul class="goods-list"><li><a href="/goods/1088.html">降噪蓝牙耳机 HQ-Buds</a> ￥199</li></ul></div>""", True))

page("main", "033-haiqing-dianqi-aircon.html", H + "/goods/1024.html", "-", "gbk", False,
     "trap: 新一级能效 is a grade defined by GB 21455 (2023 guideline: standard grades exempt); '最大制冷量' is a nameplate parameter; "
     "原价 3299 is not above the lowest price in captures under 7 days (3299, 1 day before); the 2599 capture is 9 days old "
     "(明码标价和禁止价格欺诈规定 第十六条 looks at the 7 days before).",
     hq("海清 1.5匹 新一级能效 变频冷暖 挂机", """<div class="goods-detail"><h1>海清 1.5匹 新一级能效 变频冷暖 挂机 KFR-35GW</h1>
<div class="price-box"><span class="price">现价：￥2699.00</span> <del>原价：￥3299.00</del></div>
<ul class="params"><li>能效等级：新一级能效</li><li>最大制冷量：3500W（铭牌参数）</li><li>适用面积：15-22㎡</li></ul>
<p>夏季活动价，活动结束恢复原价。</p></div>"""))
hist("main", "033-haiqing-dianqi-aircon-d9.html", H + "/goods/1024.html", "9", "gbk",
     hq("海清 1.5匹 新一级能效 变频冷暖 挂机", """<div class="goods-detail"><h1>海清 1.5匹 新一级能效 变频冷暖 挂机 KFR-35GW</h1>
<div class="price-box"><span class="price">现价：￥2599.00</span></div></div>"""))
hist("main", "033-haiqing-dianqi-aircon-d1.html", H + "/goods/1024.html", "1", "gbk",
     hq("海清 1.5匹 新一级能效 变频冷暖 挂机", """<div class="goods-detail"><h1>海清 1.5匹 新一级能效 变频冷暖 挂机 KFR-35GW</h1>
<div class="price-box"><span class="price">现价：￥3299.00</span></div></div>"""))

page("main", "034-haiqing-dianqi-earbuds.html", H + "/goods/1088.html", "RETURN_REFUSED", "gbk", False,
     "RETURN_REFUSED: earphones are outside 消费者权益保护法 第二十五条; opening the package to inspect does not bar a return "
     "(网络购买商品七日无理由退货暂行办法, 2017, as reported), and no purchase-time confirmation is offered. "
     "Case: 泰州某绳网有限公司案 (泰州医药高新区市场监管局 2025).",
     hq("降噪蓝牙耳机 HQ-Buds", """<div class="goods-detail"><h1>降噪蓝牙耳机 HQ-Buds 主动降噪 长续航</h1>
<div class="price-box"><span class="price">￥199.00</span></div>
<div class="after-sale"><h3>售后说明</h3><p>数码产品一经拆封概不退换，质量问题只换不退，请收货时当面验货。</p></div></div>"""))

# ======================================================================================
# S2 gangyan.test — 港式美妆 (traditional script), Big5 — main
# ======================================================================================
H = "http://www.gangyan.test"
MB = '<meta charset="big5">'


def gy(title, body):
    return doc(title + "｜港顏 HK Beauty", """<header class="gy-head"><a href="/">港顏 HK Beauty</a><nav><a href="/">首頁</a> <a href="/products/">全部商品</a> <a href="/about.html">關於我們</a></nav>
<p class="gy-bar">香港直郵．內地包稅．順豐到家</p></header>
<main>%s</main>
<footer class="gy-foot"><p>&copy; 2026 港顏 HK Beauty 版權所有</p><p>香港公司註冊編號 3125478｜客服 WhatsApp +852 6123 4567</p></footer>""" % body,
               MB, lang="zh-Hant")


page("main", "035-gangyan-home.html", H + "/", "ICP_MISSING", "big5", False,
     "ICP_MISSING: the home page shows no ICP filing or licence number (互联网信息服务管理办法 第十二条; 非经营性互联网信息服务备案管理办法). "
     "Trap inside: 香港公司註冊編號 is not a mainland licence number; the mainland entity's code is shown in traditional script "
     "and its name (深圳市港顏貿易有限公司) equals the registry name after traditional→simplified. no case found.",
     gy("首頁", """<section class="gy-intro"><h1>港顏 HK Beauty</h1>
<p>香港銅鑼灣門市直送，正品行貨，每件附香港購買單據。內地訂單由深圳公司清關派送。</p>
<p>內地經營主體：深圳市港顏貿易有限公司　統一社會信用代碼：91440300MA5G3LC86G</p></section>
<section class="gy-list"><a href="/products/whitening-serum.html">淡斑亮白精華 30ml</a> 人民幣 268 元</section>"""))

page("main", "036-gangyan-serum.html", H + "/products/whitening-serum.html", "FALSE_CLAIM,WELLKNOWN_MARK_AD", "big5", False,
     "FALSE_CLAIM: a cosmetic '根治黃褐斑 老人斑 三天見效' (广告法 第十七条, 第二十八条); case kind: 简美 儿童叶黄素 (市场监管总局 2025-01 十起违法广告). "
     "WELLKNOWN_MARK_AD: '馳名商標' (traditional for 驰名商标) used to sell (商标法 第十四条第五款); case: 宏宇陶瓷 中山 2014.",
     gy("淡斑亮白精華", """<article class="gy-item"><h1>淡斑亮白精華 30ml</h1>
<p class="price">人民幣 268 元</p>
<p>三天見效！根治黃褐斑、老人斑，連醫生都推薦，斑點淡到看不見。</p>
<p>品牌為馳名商標，品質保證，香港藥房熱賣多年。</p></article>"""))

# ======================================================================================
# S3 taiming-tea.test — 台湾茶 (traditional script), Big5 — holdout
# ======================================================================================
H = "http://www.taiming-tea.test"


def tm(title, body):
    return doc(title + " - 台茗茶業", """<div class="tm-head"><a href="/">台茗茶業</a>｜<a href="/tea/">台灣茶</a>｜<a href="/snack/">伴手禮</a></div>
<div class="tm-main">%s</div>
<div class="tm-foot">
<p>廈門台茗茶業有限公司　統一社會信用代碼 91350203MA31Y6K96M</p>
<p><a href="https://beian.miit.gov.cn/">閩ICP備2021004567號-1</a>　閩公網安備 35020302001234號</p>
</div>""" % body, MB, lang="zh-Hant")


page("holdout", "037-taiming-tea-home.html", H + "/", "-", "big5", False,
     "trap: licence and ICP written in traditional script (閩ICP備… 號, 統一社會信用代碼); valid after traditional→simplified; code registered 存续.",
     tm("首頁", """<h1>阿里山高山烏龍．台灣原裝進口</h1>
<p>廈門自貿區報關進口，每批附檢驗檢疫證明。茶農直採，春冬兩季新茶。</p>
<ul><li><a href="/tea/alishan.html">阿里山高山烏龍 150g</a></li><li><a href="/snack/pineapple.html">土鳳梨酥 10入</a></li></ul>"""))

page("holdout", "038-taiming-tea-oolong.html", H + "/tea/alishan.html", "FALSE_CLAIM", "big5", False,
     "FALSE_CLAIM: tea (a food) '降三高', diabetics '可以減藥' (广告法 第十七条; 第二十八条). "
     "Case: 杞县某食品店 驼奶 '可降血糖' (开封市市场监管局 2022 普通食品虚假违法典型案例).",
     tm("阿里山高山烏龍", """<h1>阿里山高山烏龍 150g</h1>
<p class="price">售價：人民幣 328 元</p>
<p>每天三杯，降三高！我們好多老客人是糖尿病，喝了半年以後跟醫生說要減藥了。</p>
<p>產地：嘉義縣阿里山鄉，海拔1500米</p>"""))

page("holdout", "039-taiming-tea-pineapple.html", H + "/snack/pineapple.html", "-", "big5", False,
     "trap: '最佳賞味期' is a storage tip (2023 guideline); refusing returns of opened food is lawful because a broken one-time seal makes "
     "food 不完好 (七日无理由退货暂行办法, as reported), and unopened boxes stay returnable.",
     tm("土鳳梨酥", """<h1>土鳳梨酥 10入禮盒</h1>
<p class="price">售價：人民幣 88 元</p>
<p>最佳賞味期：出廠後30天，請置陰涼處。</p>
<p>食品拆封後恕不退換，未拆封七天內可無理由退貨。</p>"""))


# ======================================================================================
# S4 yufeng-sports.test — 文体 羽毛球, OpenCart Chinese theme, GBK — main
# ======================================================================================
H = "http://www.yufeng-sports.test"


def yf(title, body, meta=MG, licence=False):
    lic = ('<li>上海羽锋体育用品有限公司</li><li>统一社会信用代码 91310115MA1H8X2T8C</li>' if licence
           else '<li><a href="/index.php?route=information/information&amp;information_id=7">营业执照</a></li>')
    return doc(title, """<header><div class="container"><div id="logo"><a href="/">羽锋体育</a></div>
<div id="search" class="input-group"><input type="text" name="search" placeholder="搜索"></div>
<div id="cart"><button type="button">购物车 0 件商品 - ￥0.00</button></div></div></header>
<nav id="menu"><ul class="nav navbar-nav"><li><a href="/index.php?route=product/category&amp;path=20">球拍</a></li><li><a href="/index.php?route=product/category&amp;path=18">羽毛球</a></li></ul></nav>
<div id="content" class="container">%s</div>
<footer><div class="container"><div class="row">
<div class="col-sm-3"><h5>关于我们</h5><ul class="list-unstyled">%s</ul></div>
<div class="col-sm-3"><h5>客户服务</h5><ul class="list-unstyled"><li><a href="/index.php?route=information/contact">联系我们</a></li></ul></div></div>
<p>羽锋体育 &copy; 2026　<img src="/image/gongan.png" alt="">沪公网安备 31011502009876号</p></div></footer>""" % (body, lic), meta)


page("main", "040-yufeng-sports-home.html", H + "/", "ICP_MISSING", "gbk", False,
     "ICP_MISSING: only a 公网安备 number is shown, which is not an ICP filing (互联网信息服务管理办法 第十二条). "
     "Licence shown, registered 存续. no case found. No <meta charset> (missing).",
     yf("羽锋体育 - 羽毛球专卖", """<div class="slideshow"><img src="/image/banner/2026-yumaoqiu.jpg" alt="羽毛球装备"></div>
<h3>店长推荐</h3>
<div class="product-layout"><a href="/index.php?route=product/product&amp;product_id=51">天斧99 进攻型球拍</a> <p class="price">￥468.00</p></div>
<div class="product-layout"><a href="/index.php?route=product/product&amp;product_id=64">训练用羽毛球 12只装</a> <p class="price">￥59.00</p></div>""",
        meta="", licence=True))

page("main", "041-yufeng-sports-racket.html", H + "/index.php?route=product/product&product_id=51", "COUNTERFEIT_TERM", "gbk", False,
     "COUNTERFEIT_TERM: '原单 尾货 和专柜同一条线' (单 written as the reference &#21333;) offered for a named brand's racket (商标法 第五十七条). "
     "Case: 上海工商浦东新区分局 查处网络销售假冒 YONEX 羽毛球用品案 (2009).",
     yf("天斧99 进攻型球拍", """<h1>YY 天斧99 进攻型羽毛球拍 4U</h1>
<ul class="list-unstyled"><li><h2 class="price">￥468.00</h2></li></ul>
<div class="tab-content"><p>工厂原&#21333;尾货，跟专柜同一条线出来的，拍框钢印、条码齐全，支持拿去店里对比。</p>
<p>可代穿线，磅数下单备注，默认24磅。</p></div>"""))

page("main", "042-yufeng-sports-shuttle.html", H + "/index.php?route=product/product&product_id=64", "-", "gbk", False,
     "trap: '第一次买' is an ordinal; 77/76 are speed grades; 甲级 is a trade grade label. Nothing here is an absolute claim.",
     yf("训练用羽毛球 12只装", """<h1>训练用羽毛球 鸭毛 12只装</h1>
<ul class="list-unstyled"><li><h2 class="price">￥59.00</h2></li></ul>
<div class="tab-content"><p>球速77/76可选，南方夏天选76，冬天选77，第一次买不知道选哪个的问客服～</p>
<p>等级：甲级训练球（按厂家分级），耐打，适合俱乐部日常训练。</p></div>"""))

# ======================================================================================
# S5 ankang-qixie.test — 医疗器械, UTF-8 — main
# ======================================================================================
H = "http://www.ankang-qixie.test"


def ak(title, body):
    return doc(title + " | 安康医疗器械商城", """<div class="ak-top"><a href="/">安康医疗器械商城</a> <span>家用医疗器械 · 正规渠道</span></div>
<div class="ak-body">%s</div>
<div class="ak-foot">
<p><a href="/qualification.html">企业资质</a> | <a href="/after-sale.html">售后服务</a></p>
<p>浙ICP备2019036521号-2 | 浙公网安备 33010502003344号</p>
</div>""" % body, M)


page("main", "043-ankang-qixie-home.html", H + "/", "-", "utf-8", False,
     "trap: besides the licence code (valid, registered 存续) the page shows 医疗器械经营许可证 and 第二类医疗器械经营备案 numbers "
     "that look like codes but are permits, not 统一社会信用代码; ICP valid.",
     ak("首页", """<h1>杭州安康医疗器械有限公司</h1>
<dl class="qual">
<dt>统一社会信用代码</dt><dd>91330105MA2J7Q4E7X</dd>
<dt>医疗器械经营许可证</dt><dd>浙杭食药监械经营许20190123号</dd>
<dt>第二类医疗器械经营备案凭证</dt><dd>浙杭药监械经营备20190456号</dd>
</dl>
<p>血压计、血糖仪、制氧机、理疗仪，家用医疗器械一站采购。</p>"""))

page("main", "044-ankang-qixie-thermal.html", H + "/goods/thermal-bed.html", "FALSE_CLAIM", "utf-8", False,
     "FALSE_CLAIM: a 温热理疗仪 claimed to cure diabetes, hypertension, 肺结节 and let users stop drugs — far beyond any registered scope "
     "(广告法 第二十八条; 第十七条 does not cover claims beyond the device's approved use). "
     "Case: 上海 可喜安电位温热治疗仪 '包治百病' (浦东新区市场监管局, 2024 铁拳第四批, 罚50万).",
     ak("玉石温热理疗床垫", """<h1>玉石温热理疗床垫 双人款</h1>
<p class="price">￥12800.00</p>
<p>睡觉躺着就把病治了！糖尿病、高血压、肺结节，坚持睡三个月，好多阿姨的降压药都停了。</p>
<p>上门体验，先躺后买，子女不在身边的叔叔阿姨可以来店里喝茶聊天～</p>"""))

page("main", "045-ankang-qixie-bp.html", H + "/goods/bp-monitor.html", "-", "utf-8", False,
     "trap: a medical device quoting its registered 适用范围 with 注册证编号, plus the warning '不能代替医生诊断' — a device may state its approved use.",
     ak("上臂式电子血压计", """<h1>上臂式电子血压计 家用</h1>
<p class="price">￥199.00</p>
<p>适用范围：用于测量成人血压和脉率（医疗器械注册证编号：浙械注准20202070123）</p>
<p>测量结果仅供参考，不能代替医生诊断，请遵医嘱。</p>"""))

# ======================================================================================
# S6 zhongyuan-nongzi.test — 农资 B2B (慧聪/中国制造网-like), GB18030 — main
# ======================================================================================
H = "http://www.zhongyuan-nongzi.test"
M18 = '<meta charset="gb18030">'


def zy(title, body):
    return doc(title + "_中原农资网", """<table class="b2b-top" width="100%%"><tr><td><a href="/">中原农资网</a></td><td>供应 | 求购 | 公司库 | 资讯</td><td>采购热线：0396-2851166</td></tr></table>
<table class="b2b-main" width="100%%"><tr><td class="side">
<h4>联系方式</h4><p>联系人：王𫖯 经理</p><p>手机：139 3960 2217</p><p>地址：驻马店市驿城区农资大市场𬌗字区 8 号</p>
</td><td class="content">%s</td></tr></table>
<div class="b2b-foot">关于我们 | 网站地图 | 豫ICP备2021023456号-1 | 豫公网安备 41170202000321号</div>""" % body, M18)


page("main", "046-zhongyuan-nongzi-home.html", H + "/", "LICENSE_INVALID", "gb18030", False,
     "LICENSE_INVALID: 91411702MA40K7L22E fails the GB 32100 check character (correct: …22B). "
     "Page has characters outside GBK (𫖯 𬌗). no case found.",
     zy("首页", """<h2>驻马店市中原农资有限公司</h2>
<table class="company-info" border="1"><tr><th>统一社会信用代码</th><td>91411702MA40K7L22E</td></tr>
<tr><th>经营范围</th><td>化肥、种子、农药（不含危险化学品）批发零售</td></tr>
<tr><th>成立日期</th><td>2021-04-12</td></tr></table>
<p>主营：复合肥 / 尿素 / 杀虫剂 / 除草剂，县乡经销商合作，整车发货。</p>"""))

page("main", "047-zhongyuan-nongzi-methamidophos.html", H + "/supply/20331.html", "PROHIBITED_GOODS", "gb18030", False,
     "PROHIBITED_GOODS: 甲胺磷 is on the list of pesticides banned from production, sale and use (禁限用农药名录, 农业部 2008 公告 "
     "[secondary: haonongzi.com 2017 list]). no enforcement case found for online sale.",
     zy("供应 甲胺磷 50%乳油", """<h1>供应 甲胺磷 50%乳油 200kg桶装</h1>
<table border="1"><tr><th>价格</th><td>面议</td></tr><tr><th>起订量</th><td>1 桶</td></tr><tr><th>发货地</th><td>河南 驻马店</td></tr></table>
<p>老牌子，杀虫快，棉花、小麦用的多，另有氧乐果、克百威，量大价优，电话联系王𫖯。</p>"""))

page("main", "048-zhongyuan-nongzi-fertilizer.html", H + "/supply/20358.html", "FALSE_HONOUR", "gb18030", False,
     "FALSE_HONOUR: '国家免检产品' and '中国名牌产品' — both schemes ended in 2008 [unverified date], so the honours cannot be current "
     "(广告法 第二十八条; 反不正当竞争法 第九条). Case kind: 晶尊陶瓷 2014 通知卸下 '中国免检产品' 物料 (taoci163.com).",
     zy("供应 高塔复合肥 15-15-15", """<h1>供应 高塔复合肥 15-15-15 50kg</h1>
<table border="1"><tr><th>价格</th><td>￥165/袋</td></tr><tr><th>起订量</th><td>10 吨</td></tr></table>
<p>国家免检产品　中国名牌产品　硫酸钾型，含量足，颗粒均匀不结块。</p>
<p>业务：王𫖯</p>"""))


# ======================================================================================
# S7 suyou-pin.test — 综合百货 拼团/砍价 H5 (uni-app-free, hand-built H5), UTF-8 with BOM — main
# ======================================================================================
H = "http://m.suyou-pin.test"


def sy(title, body):
    return doc(title + " - 苏优拼", """<div class="h5-page">
<div class="h5-nav"><span class="back">‹</span><span class="t">%s</span></div>
%s
<div class="h5-foot">
<p>苏优拼 · 一起拼更便宜</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备2022034567号-1</a></p>
<p>苏公网安备 32050602011223号　客服热线 0512-6688 1234</p>
</div>
<div class="h5-tabbar"><a href="/">首页</a><a href="/pt/">拼团</a><a href="/kj/">砍价</a><a href="/my/">我的</a></div>
</div>""" % (title, body), M)


page("main", "049-suyou-pin-home.html", H + "/", "LICENSE_MISSING", "utf-8", True,
     "LICENSE_MISSING: ICP and 公网安备 shown, but no licence code, image, link or 第十条 statement (电子商务法 第十五条, 第七十六条). "
     "Case: 扬州市江都区市场监管局 网红糕点店 微信销售未公示营业执照 (2019, 罚款2000元). UTF-8 with BOM.",
     sy("苏优拼", """<div class="h5-banner"><img src="/static/banner/618.jpg" alt="拼团节"></div>
<div class="h5-grid"><a href="/pt/">🔥 2人拼团</a><a href="/kj/">✂️ 砍价0元拿</a><a href="/sign/">📅 签到领券</a></div>
<div class="h5-list">
<div class="it"><a href="/pt/goods/3301.html">抽纸 10包 整箱</a><span class="pt">拼团价 ¥39.9</span></div>
<div class="it"><a href="/kj/goods/3360.html">电动牙刷 声波 情侣款</a><span class="kj">砍到0元</span></div>
<div class="it"><a href="/pt/goods/3412.html">仿真绿植 客厅摆件</a><span class="pt">拼团价 ¥25.8</span></div>
</div>"""))

page("main", "050-suyou-pin-tissue.html", H + "/pt/goods/3301.html", "FAKE_ORIGINAL_PRICE", "utf-8", True,
     "FAKE_ORIGINAL_PRICE: 原价 89 while the capture 2 days before shows the item at 39.9 (明码标价和禁止价格欺诈规定 第十六条, 第十九条). "
     "Case kind: 山西老葛商贸 价格欺诈 (太原 2025). UTF-8 with BOM.",
     sy("2人拼团", """<div class="goods-top"><h1>抽纸 10包 整箱 3层加厚 家用实惠装</h1>
<div class="goods-price"><span class="price">拼团价 ¥39.9</span> <s class="price-origin">原价 ¥89</s></div>
<p class="tips">已拼 1.2万件 · 还差1人成团</p></div>
<div class="goods-desc"><p>原生木浆，3层加厚，一家四口能用一个多月～</p></div>"""))
hist("main", "050-suyou-pin-tissue-d2.html", H + "/pt/goods/3301.html", "2", "utf-8",
     sy("2人拼团", """<div class="goods-top"><h1>抽纸 10包 整箱 3层加厚 家用实惠装</h1>
<div class="goods-price"><span class="price">拼团价 ¥39.9</span></div></div>"""))

page("main", "051-suyou-pin-toothbrush.html", H + "/kj/goods/3360.html", "REVIEW_INDUCEMENT", "utf-8", True,
     "REVIEW_INDUCEMENT: 2 yuan cash for a 晒单带图好评 after the bargain (电子商务法 第十七条; 反不正当竞争法 第八条第一款). "
     "Case: 扬州江都 饮品店 好评返现 (江苏省市场监管局 2020). UTF-8 with BOM.",
     sy("砍价0元拿", """<div class="goods-top"><h1>电动牙刷 声波 情侣款 送2个刷头</h1>
<div class="goods-price"><span class="price">¥0 砍价得</span></div></div>
<div class="kj-rule"><h3>活动规则</h3>
<p>1. 邀请好友帮砍，24小时内砍到0元即可免费领取</p>
<p>2. 收货后晒单带图好评，截图发在线客服，再奖励2元现金红包到微信零钱🧧</p></div>"""))

page("main", "052-suyou-pin-plant.html", H + "/pt/goods/3412.html", "-", "utf-8", True,
     "trap: '高仿真' describes artificial plants (simulation), not a counterfeit of any mark; returns are supported. UTF-8 with BOM.",
     sy("2人拼团", """<div class="goods-top"><h1>高仿真绿植 龟背竹 客厅落地摆件 假花</h1>
<div class="goods-price"><span class="price">拼团价 ¥25.8</span></div></div>
<div class="goods-desc"><p>高仿真叶片，不用浇水不招虫，懒人必备🌿</p><p>支持七天无理由退货（不影响二次销售）</p></div>"""))

# ======================================================================================
# S8 yungui-saas.test — 虚拟商品 / SaaS 官网 with 价格方案, UTF-8 with BOM — main
# ======================================================================================
H = "https://www.yungui-saas.test"


def yg(title, body, licence):
    lic = "<p>北京云柜科技有限公司　统一社会信用代码：91110108MA01C9P666</p>" if licence else ""
    return doc(title + " - 云柜收银", """<header class="site-header"><a class="brand" href="/">云柜收银</a><nav><a href="/product.html">产品</a><a href="/pricing.html">价格</a><a href="/cases.html">客户案例</a><a class="btn" href="/signup.html">免费试用</a></nav></header>
%s
<footer class="site-footer">
%s<p>增值电信业务经营许可证：京B2-20213344　<a href="https://beian.miit.gov.cn/">京ICP备2021015678号-1</a>　京公网安备 11010802036789号</p>
<p>&copy; 2026 云柜收银</p></footer>""" % (body, lic), M)


page("main", "053-yungui-saas-home.html", H + "/", "LICENSE_MISMATCH", "utf-8", True,
     "LICENSE_MISMATCH: the displayed code 91110108MA01C9P666 has a valid check character but is absent from the registry extract "
     "(电子商务法 第十五条; 网络交易监督管理办法 第十二条). no case found. UTF-8 with BOM.",
     yg("门店收银 SaaS", """<section class="hero"><h1>一套系统管好门店收银、会员和库存</h1>
<p>餐饮、零售、茶饮 3 万+门店在用，扫码点单、聚合支付、会员储值，开箱即用。</p>
<a class="btn" href="/signup.html">免费试用 15 天</a></section>""", True))

page("main", "054-yungui-saas-pricing.html", H + "/pricing.html", "-", "utf-8", True,
     "trap: software activated online is a digital good (消费者权益保护法 第二十五条(三)); '活动最后3天' is a time limit, not an "
     "absolute term (cf. 天猫 充电宝 '最后一天' case handled as 虚假宣传, not 绝对化用语); the 日常价 column has no captures "
     "so no price finding; footer shows no licence code. UTF-8 with BOM.",
     yg("价格方案", """<section class="pricing"><h1>价格方案</h1>
<p class="promo">年中活动最后3天：专业版年付立减 1000 元</p>
<table class="plans"><thead><tr><th>方案</th><th>基础版</th><th>专业版</th><th>连锁版</th></tr></thead>
<tbody><tr><td>年付价格</td><td>¥1980/年</td><td>¥3980/年</td><td>联系销售</td></tr>
<tr><td>日常价</td><td>¥1980/年</td><td>¥4980/年</td><td>-</td></tr>
<tr><td>门店数</td><td>1</td><td>3</td><td>不限</td></tr></tbody></table>
<p class="note">软件服务为在线开通的数字化服务，账号一经开通激活不支持七天无理由退款；开通前可免费试用 15 天。</p></section>""", False))

# ======================================================================================
# S9 tuoyuan-ruye.test — 食品 驼乳, GBK (one page without meta) — main
# ======================================================================================
H = "http://www.tuoyuan-ruye.test"


def ty(title, body, meta=MG, home=False):
    icp = "<p>新ICP备2023号-1</p>" if home else ""
    return doc(title + "_驼源乳业官方商城", """<div class="top">驼源乳业 · 新疆骆驼奶源地直供 <a href="/">首页</a> <a href="/list-1.html">驼乳粉</a> <a href="/list-2.html">保健食品</a></div>
<div class="main">%s</div>
<div class="foot"><p><a href="/about/license.html">营业执照</a> | 食品生产许可证 SC10565010200123</p>
%s<p>新疆驼源乳业有限公司 版权所有</p></div>""" % (body, icp), meta)


page("main", "055-tuoyuan-ruye-home.html", H + "/", "ICP_INVALID", "gbk", False,
     "ICP_INVALID: '新ICP备2023号-1' has only 4 digits; filings carry 8 digits or 10 with a year prefix (DOMAIN; 非经营性互联网信息服务备案管理办法). "
     "Licence shown on the page (registered 存续). Trap inside: SC… 食品生产许可证 number is not a licence code. no case found.",
     ty("首页", """<div class="intro"><h1>新疆驼源乳业有限公司</h1>
<p>统一社会信用代码：91650102MA77R1H39B</p>
<p>自有牧场 2000 峰骆驼，鲜奶 2 小时内进厂，低温喷雾干燥。</p></div>
<ul class="goods"><li><a href="/goods-11.html">中老年高钙驼乳粉 300g</a></li><li><a href="/goods-17.html">驼乳钙片</a></li></ul>""", home=True))

page("main", "056-tuoyuan-ruye-milkpowder.html", H + "/goods-11.html", "FALSE_CLAIM", "gbk", False,
     "FALSE_CLAIM: a 普通食品 (驼乳粉) '改善肺结节 稳血糖 降血脂' (广告法 第十七条, 第二十八条). "
     "Case: 那拉尊驼(广州)乳业有限公司 驼乳粉 '改善肺结节、降血糖、降脂降压' (市场监管总局 2025-01-31 十起违法广告典型案例). "
     "No <meta charset> (missing).",
     ty("中老年高钙驼乳粉", """<h1>中老年高钙驼乳粉 300g</h1>
<p class="price">￥168.00</p>
<p>爸妈喝了都说好！改善肺结节，稳血糖、降血脂，血压高的老人家坚持喝两个月，复查指标都下来了。</p>
<p>配料：骆驼乳粉、低聚果糖、碳酸钙</p>""", meta=""))

page("main", "057-tuoyuan-ruye-calcium.html", H + "/goods-17.html", "-", "gbk", False,
     "trap: a 保健食品 (蓝帽子) stating its approved function '有助于增加骨密度' with a well-formed 国食健注G + 8-digit number and the "
     "mandatory warning '保健食品不是药物'; lawful function claim, not a disease claim.",
     ty("驼乳钙片", """<h1>驼乳钙片 60片</h1>
<p class="price">￥98.00</p>
<p>保健食品　批准文号：国食健注G20200123</p>
<p>保健功能：补充钙。有助于增加骨密度。适宜人群：中老年人。</p>
<p>保健食品不是药物，不能代替药物治疗疾病。</p>"""))


# ======================================================================================
# S10 yichu-wecom.test — 服饰, 企业微信 专属店 web pages, GBK (two pages mislabelled utf-8) — holdout
# ======================================================================================
H = "http://shop.yichu-wecom.test"
MU_WRONG = '<meta charset="utf-8">'


def yc(title, body, meta):
    return doc(title + "｜衣橱研究所", """<div class="wecom-card"><img src="/static/qw-avatar.png" alt=""><span>衣橱研究所·小衣</span><span class="tag">企业微信</span></div>
%s
<!-- 营业执照：杭州衣橱研究所服饰有限公司 统一社会信用代码 91330104MA2KD5M11P （待设计稿确认后再放出来） -->
<div class="ft"><a href="https://beian.miit.gov.cn/">浙ICP备2023011223号-1</a> · 衣橱研究所</div>""" % body, meta)


page("holdout", "058-yichu-wecom-home.html", H + "/", "LICENSE_MISSING", "gbk", False,
     "LICENSE_MISSING: the licence text exists only inside an HTML comment, which is not displayed (电子商务法 第十五条; contract on hidden text). "
     "ICP shown. Case: 西平县 某百货店未公示营业执照案 (驻马店 2024). <meta charset> says utf-8 but the bytes are GBK (wrong).",
     yc("企微专属福利店", """<div class="banner"><p>★ 企微好友专属价，朋友圈不定时上新</p></div>
<ul class="list"><li><a href="/g/881.html">小香风链条包</a></li><li><a href="/g/902.html">羊毛混纺针织开衫</a></li></ul>
<p>加小衣企业微信，每周三晚8点群内秒杀</p>""", MU_WRONG))

page("holdout", "059-yichu-wecom-bag.html", H + "/g/881.html", "COUNTERFEIT_TERM", "gbk", False,
     "COUNTERFEIT_TERM: '高仿' split across tags (高<span>仿</span>) plus '五金刻字一模一样' for a 小香风 (named-brand style) bag "
     "(商标法 第五十七条). Case kind: 莆田 鞋类 (2018) / 浦东 YONEX (2009). <meta charset> says utf-8 but the bytes are GBK (wrong).",
     yc("小香风链条包", """<h1>小香风 菱格链条包 中号</h1>
<p class="price">￥398</p>
<p>高<span class="hl">仿</span>版本，五金刻字跟专柜一模一样，皮是小羊皮，细节图私我发～</p>
<p>不懂的加企微看实拍视频</p>""", MU_WRONG))

page("holdout", "060-yichu-wecom-cardigan.html", H + "/g/902.html", "-", "gbk", False,
     "trap: '原单号' is the original order number for a return, not 原单 (counterfeit slang); returns within 7 days are supported.",
     yc("羊毛混纺针织开衫", """<h1>羊毛混纺针织开衫 宽松短款</h1>
<p class="price">￥259</p>
<p>支持七天无理由退换，退货时请在包裹里放纸条写上原单号和微信昵称，方便我们登记～</p>
<p>成分：羊毛30% 锦纶40% 粘纤30%</p>""", MG))

# ======================================================================================
# S11 baobei-xcx.test — 母婴, 小程序 web-view H5, UTF-8 — main
# ======================================================================================
H = "https://h5.baobei-xcx.test"


def bb(title, body):
    return doc(title, """<div class="wv-page" data-miniprogram="true">
%s
<div class="wv-foot"><p>长沙宝贝乐母婴用品有限公司</p><p>统一社会信用代码：91430104MA4Q2TB91R</p><p>萌ICP备20230520号</p></div>
</div>""" % body, M)


page("main", "061-baobei-xcx-home.html", H + "/", "ICP_INVALID", "utf-8", False,
     "ICP_INVALID: '萌ICP备' is a joke registry, not a province abbreviation (互联网信息服务管理办法 第十二条; DOMAIN). "
     "Licence shown and registered 存续. no case found.",
     bb("宝贝乐商城", """<div class="wv-banner"><img src="/img/b1.jpg" alt="宝贝乐 开学季"></div>
<div class="wv-cells"><a href="/p/ricepowder.html">🍚 婴儿辅食</a><a href="/p/wipes.html">🧻 湿巾</a></div>
<p>下单后48小时内从长沙仓发货</p>"""))

page("main", "062-baobei-xcx-rice.html", H + "/p/ricepowder.html", "FALSE_HONOUR,ICP_INVALID", "utf-8", False,
     "ICP_INVALID: the footer repeats '萌ICP备20230520号' on this item page (ICP_INVALID is not a home-only duty). FALSE_HONOUR: '国家免检' and '中国名牌' — schemes ended in 2008 [unverified date] (广告法 第二十八条; 反不正当竞争法 第九条). "
     "Case kind: 晶尊陶瓷 2014 (taoci163.com).",
     bb("高铁婴儿米粉", """<h1>高铁婴儿营养米粉 6月龄+ 258g</h1>
<p class="price">¥45.90</p>
<p>🏆 国家免检 | 中国名牌 | 老牌子放心选</p>
<p>配料：大米粉、焦磷酸铁、维生素……</p>"""))

# ======================================================================================
# S12 apo-waimai.test — 食品, 外卖 store page (美团/饿了么-like), GBK — holdout
# ======================================================================================
H = "http://www.apo-waimai.test"


def ap(title, body):
    return doc(title, """<div class="store-head"><h1>阿婆小碗菜（江都店）</h1><p>月售 2000+ · 起送 ￥20 · 配送约 35 分钟</p></div>
%s
<div class="store-foot"><p><a href="https://beian.miit.gov.cn/">苏ICP备2021045678号-1</a></p></div>""" % body, MG)


page("holdout", "063-apo-waimai-home.html", H + "/", "-", "gbk", False,
     "trap: the licence is shown as an image (alt 营业执照) with a 食品经营许可证 number — a licence image satisfies the display duty "
     "(电子商务法 第十五条); JY… is a permit number, not a 统一社会信用代码. ICP valid.",
     ap("阿婆小碗菜（江都店）", """<div class="store-tabs"><a href="/">点菜</a> <a href="/rate.html">评价</a> <a href="/#qual">商家</a></div>
<ul class="menu"><li><a href="/item/t01.html">招牌小碗菜 双拼套餐</a> ￥22</li><li><a href="/item/t09.html">鲜切水果盒 500g</a> ￥19.9</li></ul>
<div id="qual" class="qual"><h3>商家资质</h3>
<img src="/upload/qual/yyzz.jpg" alt="营业执照" width="120">
<img src="/upload/qual/spjy.jpg" alt="食品经营许可证" width="120">
<p>食品经营许可证编号：JY13210120012345</p></div>"""))

page("holdout", "064-apo-waimai-combo.html", H + "/item/t01.html", "REVIEW_INDUCEMENT", "gbk", False,
     "REVIEW_INDUCEMENT: 全五星 + 10字好评 + 晒图 → 2 yuan red packet via WeChat (电子商务法 第十七条; 反不正当竞争法 第八条第一款; "
     "侵害消费者权益行为处罚办法 第六条第四项). Case: 阿婆小碗菜 饿了么店铺 好评返现卡 (上海青浦 2023 通报) — this page follows that card.",
     ap("招牌小碗菜 双拼套餐", """<div class="dish"><h2>招牌小碗菜 双拼套餐</h2><p class="price">￥22</p>
<p>红烧肉+番茄炒蛋+米饭，阿婆家的味道</p></div>
<div class="card"><p>【好评卡】全五星＋10字好评＋晒图，截图（订单＋好评）发店长微信，领2元红包！</p></div>"""))

page("holdout", "065-apo-waimai-fruit.html", H + "/item/t09.html", "-", "gbk", False,
     "trap: fresh-cut fruit is 鲜活易腐 (消费者权益保护法 第二十五条(二)); the refusal is lawful.",
     ap("鲜切水果盒 500g", """<div class="dish"><h2>鲜切水果盒 500g</h2><p class="price">￥19.9</p>
<p>鲜切水果现切现送，属鲜活易腐商品，不适用七天无理由退货；有品质问题请联系商家处理。</p></div>"""))

# ======================================================================================
# S13 shunde-jingyuan.test — 家电 净水器, PrestaShop-like Chinese theme, GB18030 — main
# ======================================================================================
H = "http://www.shunde-jingyuan.test"


def sd(title, body):
    return doc(title, """<header id="header"><div class="header-nav">欢迎光临净源电器 | <a href="/login">登录</a></div>
<div class="header-top"><a id="_desktop_logo" href="/">净源电器</a></div></header>
<section id="wrapper"><div id="content-wrapper">%s</div></section>
<footer id="footer"><div class="footer-container">
<p>佛山市顺德区净源电器有限公司　统一社会信用代码 91440606MA51H7J26A　售后工程师：陈䶮</p>
<p>粤ICP备12345678号　粤公网安备 44060602000789号</p></div></footer>""" % body, M18)


page("main", "066-shunde-jingyuan-home.html", H + "/", "ICP_INVALID", "gb18030", False,
     "ICP_INVALID: '粤ICP备12345678号' is the template placeholder number (DOMAIN: placeholders are not filings). "
     "Licence shown, registered 存续. GB18030 with 䶮 (outside GBK). no case found.",
     sd("净源电器 - 顺德净水器工厂店", """<h1>顺德净水器工厂店</h1>
<p>RO 反渗透净水器、前置过滤器、管线机，顺德本地上门安装。</p>
<div class="products"><article class="product-miniature"><a href="/zh/water/12-ro-600g.html">RO 净水器 600G</a> <span class="price">¥1,899.00</span></article></div>"""))

page("main", "067-shunde-jingyuan-ro.html", H + "/zh/water/12-ro-600g.html", "ABSOLUTE_TERM,ICP_INVALID", "gb18030", False,
     "ICP_INVALID: the footer repeats the placeholder '粤ICP备12345678号' (not a home-only duty). ABSOLUTE_TERM: '国家级专利 全国首创 行业最强' as unproven claims (广告法 第九条第三项). Case kind: 方林富炒货店 (杭州西湖区 2016). "
     "GB18030 with 䶮.",
     sd("RO 净水器 600G", """<h1 class="h1">RO 净水器 600G 厨下式</h1>
<div class="product-prices"><span class="price">¥1,899.00</span></div>
<div class="product-description"><p>国家级专利滤芯，全国首创五级复合滤芯，过滤效果行业最强！</p>
<p>安装预约请联系售后工程师陈䶮。</p></div>"""))


# ======================================================================================
# S14 meiyan-club.test — 美妆, 社交电商 (云集/贝店-like 店主分享), UTF-8 — main
# ======================================================================================
H = "https://www.meiyan-club.test"


def my(title, body, licence=False):
    lic = ("<p>上海美妍荟电子商务有限公司　统一社会信用代码：91310104MA1FL62Q91</p>" if licence
           else '<p><a href="/about/license">营业执照公示</a></p>')
    return doc(title + " · 美妍荟", """<div class="club-top"><span>美妍荟 · 店主分享购</span><a href="/shopkeeper">开店赚佣金</a></div>
%s
<div class="club-foot">%s<p><a href="https://beian.miit.gov.cn/">沪ICP备2020031245号-3</a>　沪公网安备 31010402008765号</p></div>""" % (body, lic), M)


page("main", "068-meiyan-club-home.html", H + "/", "LICENSE_MISMATCH", "utf-8", False,
     "LICENSE_MISMATCH: the code is valid and 存续 but registered to 上海丽汇贸易有限公司, not the displayed name 上海美妍荟电子商务有限公司 "
     "(电子商务法 第十五条). no case found.",
     my("首页", """<div class="club-banner"><img src="/img/club-618.jpg" alt="店主节"></div>
<p>自用省钱，分享赚钱💄 大牌美妆、个护、家清，会员价直降～</p>
<div class="club-list"><a href="/goods/5521">氨基酸洗发水 500ml</a> <a href="/goods/5610">冰糯种翡翠手镯</a></div>""", True))

page("main", "069-meiyan-club-shampoo.html", H + "/goods/5521", "WELLKNOWN_MARK_AD", "utf-8", False,
     "WELLKNOWN_MARK_AD: '驰名商标' written with each character pair split across <span> tags (商标法 第十四条第五款). "
     "Case: 宏宇陶瓷 中山 2014.",
     my("氨基酸洗发水", """<h1>氨基酸控油蓬松洗发水 500ml</h1>
<p class="price">会员价 ¥39.9</p>
<p class="badge">驰<span>名</span>商<span>标</span> 老牌国货</p>
<p>店主分享：头油星人真的会回购！洗完蓬蓬的～分享给好友下单你赚 ¥6.5</p>"""))

page("main", "070-meiyan-club-jade.html", H + "/goods/5610", "-", "utf-8", False,
     "trap: '翡翠A货' is the jewellery trade's grade for natural untreated jadeite (the NGTC certificate names it), not counterfeit slang.",
     my("冰糯种翡翠手镯", """<h1>天然翡翠A货 冰糯种 圆条手镯 56-58圈口</h1>
<p class="price">会员价 ¥2680</p>
<p>缅甸天然翡翠A货，附NGTC国检证书，证书编号可在官网复检，支持第三方复检。</p>"""))

# ======================================================================================
# S15 yangjiang-lifeng.test — 文体/户外 刀具, Zen Cart-like template, GBK — main
# ======================================================================================
H = "http://www.yangjiang-lifeng.test"


def lf(title, body, licence=False):
    lic = ("<br>阳江市利锋刀具厂　营业执照注册号：441700000123459" if licence else "")
    return doc(title + " : 利锋刀具网", """<div id="headerWrapper"><div id="logo"><a href="/">利锋刀具网</a></div>
<div id="navMainWrapper"><ul><li><a href="/index.php?main_page=index">首页</a></li><li><a href="/index.php?main_page=index&amp;cPath=3">户外刀具</a></li><li><a href="/index.php?main_page=index&amp;cPath=5">厨房刀具</a></li><li><a href="/index.php?main_page=page&amp;id=2">公告</a></li></ul></div></div>
<div id="contentMainWrapper">%s</div>
<div id="navSuppWrapper">Copyright &copy; 2016-2026 利锋刀具网%s<br><a href="https://beian.miit.gov.cn/">粤ICP备2016045678号-1</a>　粤公网安备 44170202000123号</div>""" % (body, lic), MG)


page("main", "071-yangjiang-lifeng-home.html", H + "/", "-", "gbk", False,
     "trap: a pre-2015 15-digit 营业执照注册号 with a correct MOD 11,10 check digit, registered 存续; ICP valid. Nothing wrong here.",
     lf("首页", """<h1 id="indexDefaultHeading">阳江刀具 源头工厂</h1>
<div id="indexDefaultMainContent"><p>阳江本地工厂，厨房刀、水果刀、剪刀、户外工具刀，支持定制刻字。</p></div>""", True))

page("main", "072-yangjiang-lifeng-folding.html", H + "/index.php?main_page=product_info&cPath=3&products_id=118", "PROHIBITED_GOODS", "gbk", False,
     "PROHIBITED_GOODS: a spring-assisted folding knife with a self-locking device, sold '防身', and a 三棱刮刀 — both are 管制刀具 "
     "(公安部 管制刀具认定标准, as quoted in platform 违禁信息 rules; 1688 管制刀具 规则). no enforcement case found.",
     lf("弹簧助力户外折叠刀", """<h1 id="productName">弹簧助力 户外折叠刀 自锁 刃长12cm</h1>
<h2 id="productPrices">￥128.00</h2>
<div id="productDescription"><p>一按就弹开，带背锁自锁，刃长12cm开过刃，出门带着防身必备。</p>
<p>另有三棱刮刀，机加工去毛刺用，需要的联系客服。</p></div>"""))

page("main", "073-yangjiang-lifeng-fruit.html", H + "/index.php?main_page=product_info&cPath=5&products_id=131", "-", "gbk", False,
     "trap: a kitchen fruit knife without a locking device is not a 管制刀具; the text even says so.",
     lf("不锈钢水果刀", """<h1 id="productName">不锈钢水果刀 带刀套 刃长10cm</h1>
<h2 id="productPrices">￥15.80</h2>
<div id="productDescription"><p>家用厨房水果刀，直柄无自锁，不属于管制刀具，全国可发。</p></div>"""))

page("main", "074-yangjiang-lifeng-notice.html", H + "/index.php?main_page=page&id=2", "-", "gbk", False,
     "trap: a notice refusing 好评返现 and promising 七天无理由 returns, with the 定作 exemption for engraved knives confirmed at order "
     "(消费者权益保护法 第二十五条(一)). Every trigger word is negated or exempt.",
     lf("本站公告", """<h1>本站公告</h1>
<div id="pageContent"><p>1. 本站拒绝任何形式的好评返现，也不会让客服找您改评价，请按真实体验评价。</p>
<p>2. 所有商品支持七天无理由退货；定制刻字款属于按您要求定作的商品，下单页有单独勾选确认，不适用七天无理由。</p></div>"""))


# ======================================================================================
# S16 kangjian-daojia.test — 医药 O2O (京东到家-like), UTF-8 (two pages mislabelled gbk) — holdout
# ======================================================================================
H = "http://www.kangjian-daojia.test"
MGBK_WRONG = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'


def kj(title, body, meta, licence=False):
    lic = "<p>石家庄市康健大药房　营业执照注册号 130102000045679</p>" if licence else ""
    icp = "　中ICP备2020012345号" if licence else ""
    return doc(title + " - 康健到家", """<div class="dj-head"><span class="loc">📍 石家庄·长安区</span><span>康健大药房 · 1小时达</span></div>
%s
<div class="dj-foot">%s<p>药品经营许可证 冀AA3110226%s</p></div>""" % (body, lic, icp), meta)


page("holdout", "075-kangjian-daojia-home.html", H + "/", "ICP_INVALID,LICENSE_INVALID", "utf-8", False,
     "LICENSE_INVALID: 注册号 130102000045679 fails ISO 7064 MOD 11,10 (correct check digit 2). "
     "ICP_INVALID: '中' is not a province abbreviation. (电子商务法 第十五条; 互联网信息服务管理办法 第十二条). no case found. "
     "<meta charset> says gbk but the bytes are UTF-8 (wrong).",
     kj("首页", """<div class="dj-cats"><a href="/c/cold">感冒发烧</a><a href="/c/diabetes">糖尿病</a><a href="/c/care">家庭护理</a></div>
<div class="dj-list"><a href="/sku/20011.html">氨麻美敏片（二）</a><a href="/sku/20388.html">门冬胰岛素注射液 笔芯</a></div>""", MGBK_WRONG, True))

page("holdout", "076-kangjian-daojia-cold.html", H + "/sku/20011.html", "PROHIBITED_GOODS", "utf-8", False,
     "PROHIBITED_GOODS: 氨麻美敏片（二） contains 盐酸伪麻黄碱 — 含麻黄碱类复方制剂, on 药品网络销售禁止清单（第一版） 二(二) "
     "(国家药监局 2022). no enforcement case found. <meta charset> says gbk but the bytes are UTF-8 (wrong).",
     kj("氨麻美敏片（二）", """<div class="sku"><h1>氨麻美敏片（二） 10片</h1><p class="price">¥14.80</p>
<p>感冒鼻塞流涕打喷嚏一片搞定，含盐酸伪麻黄碱30mg，不用处方直接下单，骑手1小时送到家🛵</p></div>""", MGBK_WRONG))

page("holdout", "077-kangjian-daojia-insulin.html", H + "/sku/20388.html", "-", "utf-8", False,
     "trap: an injection, but the list bans 注射剂 '降糖类药物除外' — insulin is expressly allowed (药品网络销售禁止清单 二(一), 二(三)); "
     "sold on prescription with pharmacist review.",
     kj("门冬胰岛素注射液", """<div class="sku"><h1>门冬胰岛素注射液 3ml:300单位 笔芯</h1><p class="price">¥49.60</p>
<p>处方药，请上传处方，药师审核通过后冷链配送。</p></div>""", M))

# ======================================================================================
# S17 chelian-peijian.test — 汽车用品 独立站, GBK — holdout
# ======================================================================================
H = "http://www.chelian-peijian.test"


def cl(title, body, licence=False):
    lic = ("<p>广州车联汽车配件有限公司 | 统一社会信用代码 91440111MA59N2R74M</p>" if licence
           else '<p><a href="/about/yyzz.html">营业执照</a></p>')
    return doc(title + "-车联配件商城", """<div class="cl-head"><a href="/">车联配件商城</a> 轮胎 · 机油 · 保养件</div>
<div class="cl-main">%s</div>
<div class="cl-foot">%s<!-- 粤ICP备2020112233号-1 --><p>粤公网安备 44011102000567号</p></div>""" % (body, lic), MG)


page("holdout", "078-chelian-peijian-home.html", H + "/", "ICP_MISSING", "gbk", False,
     "ICP_MISSING: the ICP number exists only in an HTML comment, which is not displayed; a 公网安备 number is not an ICP filing "
     "(互联网信息服务管理办法 第十二条). Licence shown, registered 存续. no case found.",
     cl("首页", """<h1>车联配件商城</h1><p>原厂件、品牌副厂件明码标价，广州白云区门店可预约安装。</p>
<ul><li><a href="/p/tyre-205.html">205/55R16 静音轮胎</a></li><li><a href="/p/oil-0w20.html">0W-20 全合成机油 4L</a></li></ul>""", True))

page("holdout", "079-chelian-peijian-tyre.html", H + "/p/tyre-205.html", "RETURN_REFUSED", "gbk", False,
     "RETURN_REFUSED: tyres are outside 消费者权益保护法 第二十五条 and no purchase-time confirmation is offered; "
     "'一经售出不支持7天无理由退换 安装前也不退'. Case: 泰州某绳网有限公司案 (泰州医药高新区市场监管局 2025).",
     cl("205/55R16 静音轮胎", """<h1>205/55R16 91V 静音舒适型轮胎</h1><p class="price">￥399.00/条</p>
<p>轮胎一经售出不支持7天无理由退换，没安装也不退，下单前请核对好规格。</p>"""))

page("holdout", "080-chelian-peijian-oil.html", H + "/p/oil-0w20.html", "-", "gbk", False,
     "trap: '第一次保养' is an ordinal; API SP is an industry standard grade; '原厂认证 不是副厂' is a genuine-parts statement, not 原单.",
     cl("0W-20 全合成机油 4L", """<h1>0W-20 全合成机油 4L</h1><p class="price">￥268.00</p>
<p>新车第一次保养建议用0W-20，符合API SP等级（行业标准），原厂认证油品，不是副厂油。</p>"""))

# ======================================================================================
# S18 xuanyuan-xuanzhi.test — 文体 文房四宝 宣纸, dedecms-free hand template, GBK — main
# ======================================================================================
H = "http://www.xuanyuan-xuanzhi.test"


def xz(title, body, licence=False):
    lic = ("泾县宣源宣纸有限公司　统一社会信用代码：９１３４１８２３ＭＡ２Ｔ６Ｙ０Ｄ９Ｂ<br>" if licence else "")
    return doc(title + "_宣源宣纸", """<table width="960" align="center" class="top"><tr><td><a href="/">宣源宣纸</a></td><td align="right">安徽泾县 · 古法手工</td></tr></table>
<table width="960" align="center" class="main"><tr><td>%s</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>%s<a href="https://beian.miit.gov.cn/">皖ICP备2019012345号-1</a>　皖公网安备 34182302000111号</td></tr></table>""" % (body, lic), MG)


page("main", "081-xuanyuan-xuanzhi-home.html", H + "/", "-", "gbk", False,
     "trap: compliant home page; the licence code is typed in full-width digits and letters (９１３４…Ｂ) — after full-width→half-width it is 91341823MA2T6Y0D9B, valid and registered 存续. ICP and 公网安备 valid.",
     xz("首页", """<p>泾县本地宣纸作坊，檀皮、沙田稻草，一百零八道工序。</p>
<ul><li><a href="/paper/tejingpi.html">特净皮 四尺</a></li><li><a href="/brush/hubi.html">湖笔 兼毫</a></li></ul>""", True))

page("main", "082-xuanyuan-xuanzhi-paper.html", H + "/paper/tejingpi.html", "-", "gbk", False,
     "trap: '国家级非物质文化遗产代表性项目' is a state-conferred designation of 宣纸传统制作技艺 (2006), which the 2023 guideline exempts; "
     "特净/净皮/棉料 are the trade's grade names.",
     xz("特净皮 四尺", """<h1>特净皮 四尺单宣 100张</h1><p>￥680.00</p>
<p>宣纸传统制作技艺于2006年列入第一批国家级非物质文化遗产代表性项目名录。</p>
<p>按檀皮含量分为棉料、净皮、特净，本款为特净皮，适合写意山水。</p>"""))

page("main", "083-xuanyuan-xuanzhi-brush.html", H + "/brush/hubi.html", "-", "gbk", False,
     "trap: '本店最畅销的一款（店内销量统计）' compares the shop's own goods with each other — self-comparison is exempt in the 2023 guideline.",
     xz("湖笔 兼毫", """<h1>湖笔 七紫三羊 兼毫 中楷</h1><p>￥58.00</p>
<p>本店最畅销的一款（按店内近一年销量统计），写小楷、行书都顺手。</p>"""))


# ======================================================================================
# Platform shop P11: 小鹿文具 (文体 文具/玩具) — main
# ======================================================================================
S = "wenju-xiaolu"
N = "小鹿文具玩具批发"
page("main", "084-wenju-xiaolu-shop.html", MALL + "/shop/wenju-xiaolu/", "MARK_MISSING", "utf-8", False,
     "MARK_MISSING: the mall-mark image carries the `hidden` attribute, so it is not displayed (seed 平台为网店亮标; contract on hidden elements). "
     "Trap inside: the licence is shown only as an electronic-licence link whose serial starts with the shop's own code "
     "91330782MA2EC3L94E (registered 存续) — a link satisfies 电子商务法 第十五条. no case found.",
     mall_shop(N, '<img class="icon mall-mark" hidden src="/static/mark.png" alt="网剑商城亮标">',
               """<div class="shop-license"><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=91330782MA2EC3L94E-SAIC_SHOW_10000091330782MA2EC3L94E1700000000007&amp;signData=MEQCIFk" target="_blank"><img src="/static/lz.png" alt="工商亮照">电子营业执照</a></div>""",
               """<div class="shop-notice"><p>📚 义乌源头文具玩具，开学季书包、笔袋、积木、期刊订阅都有～</p>
<p>批发走量的老板联系客服改价，零售一件也发</p></div>"""))

page("main", "085-wenju-xiaolu-bricks.html", MALL + "/item/xl92011.html", "COUNTERFEIT_TERM,FAKE_ORIGINAL_PRICE", "utf-8", False,
     "COUNTERFEIT_TERM: '超Ａ版' written with a full-width Ａ, for building bricks whose box 'printing is identical to the genuine one' "
     "(商标法 第五十七条). Case kind: 莆田 鞋类 2018 / 浦东 YONEX 2009 (no toy case found). "
     "FAKE_ORIGINAL_PRICE: 划线价 199 while the capture 5.5 days before shows 79 (明码标价和禁止价格欺诈规定 第十六条); "
     "the 69 capture is 7.2 days old and outside the window.",
     mall_item(S, N, "城市系列 拼装积木 警察局 1200颗粒", """<span class="price now">￥89.00</span> <del class="price origin">划线价 ￥199.00</del>""",
               """<p>超Ａ版！！盒子、说明书、颗粒印刷跟正品一模一样，送小朋友看不出来🤫</p>
<p>颗粒咬合紧，不掉色，6岁以上</p>"""))

hist("main", "085-wenju-xiaolu-bricks-d7.2.html", MALL + "/item/xl92011.html", "7.2", "utf-8",
     mall_item(S, N, "城市系列 拼装积木 警察局 1200颗粒", """<span class="price now">￥69.00</span>""", "<p>清仓价</p>"))
hist("main", "085-wenju-xiaolu-bricks-d5.5.html", MALL + "/item/xl92011.html", "5.5", "utf-8",
     mall_item(S, N, "城市系列 拼装积木 警察局 1200颗粒", """<span class="price now">￥79.00</span>""", "<p>颗粒咬合紧，不掉色</p>"))

page("main", "086-wenju-xiaolu-schoolbag.html", MALL + "/item/xl92040.html", "RETURN_REFUSED", "utf-8", False,
     "RETURN_REFUSED: a school bag is none of the 消费者权益保护法 第二十五条 exemptions and no purchase-time confirmation exists; "
     "'一经售出 概不退换'. Case: 泰州某绳网有限公司案 (泰州医药高新区市场监管局 2025).",
     mall_item(S, N, "小学生护脊书包 1-3年级 减负", """<span class="price now">￥69.00</span>""",
               """<p>开学季特惠，一经售出概不退换哦，颜色以实物为准，介意的亲别拍</p>
<p>护脊背板，肩带加宽，轻至0.8kg</p>"""))

page("main", "087-wenju-xiaolu-periodical.html", MALL + "/item/xl92077.html", "-", "utf-8", False,
     "trap: delivered newspapers and periodicals are exempt (消费者权益保护法 第二十五条(四)); the refusal is lawful.",
     mall_item(S, N, "少年科普月刊 2027年全年订阅 12期", """<span class="price now">￥96.00</span>""",
               """<p>全年12期，每月10号前寄出</p>
<p>期刊订阅属于交付的期刊，不适用七天无理由退货，漏寄、破损请联系客服补寄</p>"""))

# ======================================================================================
# S19 mengchong-jia.test — 宠物 small independent shop, GBK — holdout
# ======================================================================================
H = "http://www.mengchong-jia.test"


def mc(title, body):
    return doc(title + " - 萌宠家", """<div class="mc-top"><b>萌宠家</b> 猫砂 · 猫抓板 · 零食 | 微信同号 186 1234 5678</div>
%s
<div class="mc-foot">萌宠家 &copy; 2026 · 全国包邮（新疆西藏除外）</div>""" % body, MG)


page("holdout", "088-mengchong-jia-home.html", H + "/", "ICP_MISSING,LICENSE_MISSING", "gbk", False,
     "LICENSE_MISSING: no licence code, image, link or 第十条 statement on the home page (电子商务法 第十五条, 第七十六条). "
     "ICP_MISSING: no ICP filing or licence number (互联网信息服务管理办法 第十二条). "
     "Case: 扬州江都 网红糕点店 未公示营业执照 (2019); for ICP no case found.",
     mc("首页", """<div class="mc-banner"><p>★ 新客下单立减5元 ★</p></div>
<ul class="mc-list"><li><a href="/goods/cat-litter.html">豆腐猫砂 6L×4包</a> ￥59</li><li><a href="/goods/scratcher.html">瓦楞纸猫抓板</a> ￥29</li><li><a href="/goods/treats.html">冻干零食</a> ￥39</li></ul>
<p>小本经营，每一单都是老板娘亲手打包～</p>"""))

page("holdout", "089-mengchong-jia-litter.html", H + "/goods/cat-litter.html", "FALSE_HONOUR,WELLKNOWN_MARK_AD", "gbk", False,
     "WELLKNOWN_MARK_AD: '驰 名 商 标' with spaces between the characters (商标法 第十四条第五款); case: 宏宇陶瓷 中山 2014. "
     "FALSE_HONOUR: '2023年度中国名牌产品' — the 中国名牌 scheme ended in 2008 [unverified date], so a 2023 award cannot be true "
     "(广告法 第二十八条; 反不正当竞争法 第九条).",
     mc("豆腐猫砂 6L×4包", """<h1>豆腐猫砂 6L×4包 原味</h1><p class="price">￥59.00</p>
<p>驰 名 商 标 · 2023年度中国名牌产品，结团快、可冲厕所，低粉尘～</p>"""))

page("holdout", "090-mengchong-jia-treats.html", H + "/goods/treats.html", "-", "gbk", False,
     "trap: '评价返现？不存在的' refuses paid reviews; 最佳赏味期 is a storage tip (2023 guideline).",
     mc("冻干零食", """<h1>鸡肉冻干 猫零食 200g</h1><p class="price">￥39.00</p>
<p>评价返现？不存在的～我们只想要你家主子的真实反馈～</p>
<p>最佳赏味期：开封后请在1个月内吃完</p>"""))


# ======================================================================================
# Output
# ======================================================================================
def build(out):
    for side in ("main", "holdout"):
        base = out if side == "main" else os.path.join(out, "holdout")
        os.makedirs(os.path.join(base, "pages"), exist_ok=True)
        os.makedirs(os.path.join(base, "history"), exist_ok=True)
        labels = ["# file\turl\tcodes"]
        notes = ["# file\tencoding\tbom\tnote"]
        for (s, file, url, codes, enc, bom, note, html) in PAGES:
            if s != side:
                continue
            write_page(os.path.join(base, "pages", file), html, enc, bom)
            labels.append("%s\t%s\t%s" % (file, url, codes))
            notes.append("%s\t%s\t%s\t%s" % (file, enc, "yes" if bom else "no", note))
        hrows = ["# file\turl\tdays_before"]
        for (s, file, url, days, enc, html) in HISTORY:
            if s != side:
                continue
            write_page(os.path.join(base, "history", file), html, enc)
            hrows.append("%s\t%s\t%s" % (file, url, days))
        for name, rows in (("labels.tsv", labels), ("notes.tsv", notes), ("history.tsv", hrows)):
            with open(os.path.join(base, name), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(rows) + "\n")
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tstatus\n")
        for code, name, status in REGISTRY:
            f.write("%s\t%s\t%s\n" % (code, name, status))


OUTPUTS = ["pages", "history", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv", "holdout"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv[1:]:
        tmp = tempfile.mkdtemp(prefix="c9r-")
        try:
            build(tmp)
            bad = []
            for root, _dirs, files in os.walk(tmp):
                for fn in files:
                    rel = os.path.relpath(os.path.join(root, fn), tmp)
                    mine = os.path.join(here, rel)
                    with open(os.path.join(root, fn), "rb") as a:
                        want = a.read()
                    try:
                        with open(mine, "rb") as b:
                            got = b.read()
                    except OSError:
                        got = None
                    if got != want:
                        bad.append(rel)
            for top in OUTPUTS:
                p = os.path.join(here, top)
                if os.path.isdir(p):
                    for root, _dirs, files in os.walk(p):
                        for fn in files:
                            rel = os.path.relpath(os.path.join(root, fn), here)
                            if not os.path.exists(os.path.join(tmp, rel)):
                                bad.append(rel + " (extra)")
            if bad:
                for b in sorted(bad):
                    print("differs:", b)
                sys.exit(1)
            print("check: all generated files match")
        finally:
            shutil.rmtree(tmp)
        return
    for top in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(here, top), ignore_errors=True)
    build(here)
    print("wrote %d pages, %d history captures" % (len(PAGES), len(HISTORY)))


if __name__ == "__main__":
    main()
