#!/usr/bin/env python3
"""corpus11 / author X: services and local life sold online.

Every page below is written by hand: its text, its URL, its side of the split, its encoding,
and -- next to it -- the codes I judged from the law and the note that says why.
`python3 gen.py` writes pages/, holdout/, labels, notes, registry, history.
`python3 gen.py --check` regenerates into a temp dir and compares byte for byte.
"""
import os
import shutil
import sys
import tempfile

from lib import MALL, doc, doc_http_equiv, encode, mall_item, mall_shop

PAGES = []
HIST = []  # (side, file, url, days_before, html, enc)


def page(n, name, url, side, enc, bom, html, codes, note, ncr=False):
    PAGES.append(dict(n=n, name=name, url=url, side=side, enc=enc, bom=bom, html=html,
                      codes=codes, note=note, ncr=ncr))


def hist(side, fname, url, days, html, enc):
    HIST.append((side, fname, url, days, html, enc))


# ---------------------------------------------------------------------------------------------
# Business-registry extract (hand written). Status as the registry would show it.
REGISTRY = [
    ("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续"),
    ("91320102MA1WQK3N1H", "南京启航公考教育科技有限公司", "存续"),
    ("91110105MA01XR7T3J", "北京远帆留学咨询有限公司", "存续"),
    ("91440305MA5G2LHD39", "深圳小码星科技有限公司", "存续"),
    ("91310106MA1FY4KB6N", "上海静颜医疗美容门诊部有限公司", "存续"),
    ("91440106MA9UP3QE59", "广州悦和养生服务有限公司", "存续"),
    ("91510107MA6BW8TC7G", "成都安心家政服务有限公司", "存续"),
    ("91420102MA4K7D2F1P", "武汉鼎筑装饰工程有限公司", "经营异常"),
    ("91350203MA2Y5QRL3Y", "厦门花嫁映画摄影有限公司", "存续"),
    ("91460108MA5TG1H78Q", "海口椰风汽车租赁有限公司", "吊销"),
    ("91410105MA47C3WU3L", "郑州茶小满餐饮管理有限公司", "存续"),
    ("91120103MA07J6NXXK", "天津净衣坊洗涤连锁管理有限公司", "存续"),
    ("91610113MA6WA2PL8C", "西安燃动健身服务有限公司", "存续"),
    ("91330106MA2CH5QDXM", "杭州爪爪宠物医院有限公司", "存续"),
    ("91532901MA6Q8LRK86", "大理云栖海舍民宿有限公司", "存续"),
    ("91450302799712657E", "桂林漓途国际旅行社有限公司", "存续"),
    ("450300000012684", "桂林漓途国际旅行社有限公司", "存续"),
    ("91430102MA4T1Q7NX9", "长沙优贝教育科技有限公司", "存续"),
    ("91330108MA2H3JP54M", "杭州知音云课堂科技有限公司", "存续"),
    ("91430104MA4R6TQW8E", "长沙悦颜医疗美容诊所有限公司", "存续"),
    ("91320505MA1YL8CA48", "苏州素颜生活美容有限公司", "存续"),
    ("91370102MA3C9NYE6B", "济南鲁味坊餐饮管理有限公司", "存续"),
    ("92320106MA1NP3X63N", "南京市鼓楼区萌宠小屋宠物服务部", "存续"),
    ("91340104MA2T8FUM29", "合肥学必过教育咨询有限公司", "存续"),
    ("91500103MA5U4HLC3E", "重庆渝味轩网络科技有限公司", "存续"),
    ("91130102MA0G7KQBX2", "石家庄博学教育咨询有限公司", "存续"),
    ("91350102MA34EWN81D", "福州力动健身管理有限公司", "存续"),
    ("91210102MA0Y2R9H9C", "沈阳车之佳二手车经纪有限公司", "存续"),
]

# =============================================================================================
# S1 gongkao-qihang.test — 南京 公考培训 (GBK, ECShop-like old template, dedecms http-equiv)
S1 = "http://gongkao-qihang.test"
S1_FOOT = ('<div id="footer"><p>南京启航公考教育科技有限公司　地址：南京市玄武区中山路18号6楼</p>'
           '<p>统一社会信用代码：91320102MA1WQK3N1H　<a href="https://beian.miit.gov.cn/">苏ICP备2021031587号-1</a>'
           '　苏公网安备 32010202011473号</p></div>')

page(1, "gongkao-home", S1 + "/", "main", "gbk", False, doc_http_equiv("gbk", "启航公考-江苏省考国考面试培训", """
<div id="header"><h1>启航公考</h1><ul class="nav"><li><a href="/">首页</a></li><li><a href="/course/">课程</a></li><li><a href="/refund.html">退费规则</a></li></ul></div>
<div class="banner"><h2>2026江苏省考 笔试+面试 协议班</h2>
<p>授课老师曾任地方公务员考试<b>面试考官、阅卷考官</b>，懂出题思路</p>
<p>协议保障：笔试未进面，<span class="red">学费全退</span>；面试没上岸，第二年免费重读，直到考上为止</p></div>
<table class="tb"><tr><th>班型</th><th>课时</th><th>学费</th></tr>
<tr><td>笔试系统班</td><td>120课时</td><td>￥3980</td></tr><tr><td>面试协议班</td><td>10天9晚</td><td>￥16800</td></tr></table>
""" + S1_FOOT), "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第二十四条第(一)(二)项 (保证性承诺 on passing an exam; implying 考官 take part) and 第二十八条; "
    "kind of claim from 江苏省市场监管局 教育培训违法广告典型案例 (2025-03-28) 案例一 南京某教育科技有限公司 (面试考官/命题考官, 高淳区局 罚款3万元). "
    "Licence and ICP shown, valid. http-equiv charset gbk (correct).")

page(2, "gongkao-course", S1 + "/course/xc-2026.html", "main", "gbk", False, doc_http_equiv("gbk", "2026省考行测系统班", """
<div class="goods"><h1 class="goods-name">2026省考行测+申论系统班（直播+回放）</h1>
<div class="goods-price">原价：<del>￥6980</del>　活动价：<strong class="price">￥3980</strong></div>
<p>开课时间：2026年1月10日　主讲：启航教研组</p><p>报名即送纸质讲义6册（包邮）。</p></div>
""" + S1_FOOT), "FAKE_ORIGINAL_PRICE",
    "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 (compared price above the lowest price in the 7 days before): "
    "history shows ￥3980 as the price 3 days earlier and ￥6980 never charged. Kind of case: 市场监管总局 2021-06-01 校外培训典型案例 "
    "(邦德 原价430元从未销售). gbk, http-equiv gbk.")
hist("main", "002-gongkao-course-d3.html", S1 + "/course/xc-2026.html", 3, doc_http_equiv("gbk", "2026省考行测系统班", """
<div class="goods"><h1 class="goods-name">2026省考行测+申论系统班（直播+回放）</h1>
<div class="goods-price">原价：<del>￥6980</del>　早鸟价：<strong class="price">￥3980</strong></div></div>
""" + S1_FOOT), "gbk")

page(3, "gongkao-tongguo", S1 + "/news/2025-jinmian.html", "main", "gbk", False, doc_http_equiv("gbk", "2025江苏省考进面数据公示", """
<div class="article"><h1>2025年江苏省考笔试 本校学员进面数据</h1>
<p>统计口径：2024年9月至2025年1月在本校报名笔试系统班的学员共1204人，按江苏人事考试网公布的面试名单逐一比对，进入面试465人，进面率38.6%。</p>
<p>以上为往期统计，不代表今后结果；考试成绩取决于个人备考，<b>本校不作任何通过或录用承诺</b>，也不存在“包过”“保录”班型。</p></div>
""" + S1_FOOT), "-",
    "trap: a pass rate reported as a past statistic with its base and source, plus an explicit refusal of 包过; 广告法 第二十四条 bans "
    "guarantees, not true reports of past results (guidance: provable facts limited in time and place). gbk, http-equiv gbk.")

page(4, "gongkao-refund", S1 + "/refund.html", "main", "gbk", False, doc_http_equiv("gbk", "退费规则", """
<div class="article"><h1>退费规则</h1><ol>
<li>开课前申请退费的，全额退还已交费用。</li>
<li>开课后申请退费的，按未上课时占总课时的比例退还，已发放讲义按成本价扣除。</li>
<li>面试协议班不设“不过退费”“保过”条款；学员因个人原因缺课的，可免费转入下一期。</li></ol>
<p>依据：《江苏省消费者权益保护条例》及合同约定。</p></div>
""" + S1_FOOT), "-",
    "trap: lawful 退费 rules (pro-rata refund) with the words 不过退费/保过 only in a refusal; no guarantee is made. gbk, http-equiv gbk.")

# =============================================================================================
# S2 yuanfan-liuxue.test — 北京 留学中介 (UTF-8, WordPress-like)
S2 = "http://yuanfan-liuxue.test"
S2_FOOT_HOME = ('<footer class="site-footer"><div class="wp-block-group">北京远帆留学咨询有限公司<br>'
                '统一社会信用代码 91110105MA01XR7T3K<br><a href="https://beian.miit.gov.cn/">京ICP备20045126号-2</a><br>'
                '京公网安备 11010502047731号</div></footer>')
S2_FOOT = ('<footer class="site-footer"><div class="wp-block-group">远帆留学 © 2026<br>'
           '<a href="https://beian.miit.gov.cn/">京ICP备20045126号-2</a></div></footer>')

page(5, "liuxue-home", S2 + "/", "main", "utf-8", False, doc("utf-8", "远帆留学 | 英美澳港新 名校申请", """
<header class="site-header"><p class="site-title">远帆留学</p></header>
<main class="entry-content">
<h2 class="wp-block-heading">北京口碑第一的留学规划机构</h2>
<p>G5/藤校 本硕直录通道：背景不限，<strong>签约即锁定offer</strong>，拿不到录取全额退款。</p>
<p>雅思托福 标化考试 包出分，首考不到7分免费陪考到出分为止。</p>
<ul><li>港大/港中文 硕士：低均分也能稳拿</li><li>新加坡国立 本科：免预科直入大一</li></ul>
</main>
""" + S2_FOOT_HOME), "ABSOLUTE_TERM,FALSE_CLAIM,LICENSE_INVALID",
    "FALSE_CLAIM: 广告法 第二十四条第(一)项 guarantee of admission and exam scores (签约即锁定offer, 包出分) and 第二十八条; case: "
    "北京市朝阳区市场监管局 皓学通教育咨询(北京)有限公司 违反广告法 罚款5万元 (2024, 中国消费者报 暑期教育培训典型案例: 全球顶尖名校包过). "
    "ABSOLUTE_TERM: 广告法 第九条第三项 (口碑第一). LICENSE_INVALID: 91110105MA01XR7T3K fails GB 32100 check (should be J); "
    "电子商务法 第十五条. ICP valid.")

page(6, "liuxue-about", S2 + "/about/", "main", "utf-8", False, doc("utf-8", "关于我们 - 远帆留学", """
<main class="entry-content"><h1>关于远帆</h1>
<p>远帆留学成立于2015年，专注英美港新留学申请。</p>
<figure class="wp-block-gallery"><figcaption>企业荣誉</figcaption>
<ul><li>2016年 荣获“中国名牌”服务称号</li><li>2017年 国家质检总局“产品质量免检企业”</li><li>2023年 朝阳区留学服务行业协会 会员单位</li></ul></figure>
</main>
""" + S2_FOOT), "FALSE_HONOUR",
    "FALSE_HONOUR: 广告法 第二十八条第二款第(二)项, 反不正当竞争法 第九条 (2025): the 中国名牌 evaluation and 产品免检 were stopped "
    "schemes: the last 中国名牌产品 list was published in 2007 (质检总局's 2010 notice on expiry of the marks; none awarded since) and "
    "产品免检 ended in 2008 when 质检总局 repealed 《产品免于质量监督检查管理规定》 after the 三鹿 incident, so 2016/2017 awards cannot be true. "
    "no case found for a 留学 agency; kind of claim from 市场监管总局 医美 典型案例 (虚假宣传 资质荣誉, 2021). Association membership is lawful.")

page(7, "liuxue-news", S2 + "/news/guanggaofa.html", "main", "utf-8", False, doc("utf-8", "留学广告哪些话不能说", """
<main class="entry-content"><h1>选留学机构，先看它敢不敢说“包录取”</h1>
<p>《广告法》第二十四条规定，教育、培训广告不得对升学、通过考试、获得学位学历或者合格证书作出明示或者暗示的保证性承诺。</p>
<p>所以凡是宣称“名校包过”“保录取”“不录取全额退款”的机构，家长都要警惕。远帆的合同只约定服务内容与服务期限，不约定录取结果。</p>
</main>
""" + S2_FOOT), "-",
    "trap: 包过/保录取 quoted as examples of what the law forbids, with a warning to parents; no claim is made. ICP shown; inner page.")

# =============================================================================================
# S3 xiaomaxing.test — 深圳 少儿编程 (UTF-8 + BOM, Wix-like site builder)
S3 = "http://xiaomaxing.test"
S3_FOOT = ('<div data-testid="footer" class="wixui-footer"><span>深圳小码星科技有限公司</span> <span>统一社会信用代码：</span>'
           '<span>91440305MA5G2LHD39</span><br><a href="https://beian.miit.gov.cn/">粤ICP备2022087431号-1</a> '
           '<span>粤公网安备 44030502009876号</span></div>')

page(8, "xiaomaxing-home", S3 + "/", "main", "utf-8", True, doc("utf-8", "小码星少儿编程", """
<div class="wixui-section"><h1 class="font_0">小码星少儿编程</h1>
<p class="font_8">Scratch · Python · C++ 信奥 三条路线，6–16岁分级。</p>
<p class="font_8">2026版课程体系是小码星成立以来最完整的一版：比我们2023版多了48课时的算法专题。</p>
<h3>2024年学员竞赛成绩（来源：NOI官网公示获奖名单）</h3>
<p>CSP-J 一等奖 7人、二等奖 15人。竞赛成绩取决于学员自身，机构不承诺获奖。</p></div>
""" + S3_FOOT), "-",
    "trap: own-brand comparison (最完整 vs. our own 2023 version; SAMR 2023 绝对化用语 guideline exemption for self-comparison within one brand) "
    "and past competition results with a public source and a no-guarantee statement. Licence and ICP valid. UTF-8 with BOM.")

page(9, "xiaomaxing-python", S3 + "/course/python-l1.html", "main", "utf-8", True, doc("utf-8", "Python入门 L1", """
<div class="wixui-section"><h1>Python 入门 L1（48课时）</h1>
<p>划线价 <s>¥4800</s>　现价 <span class="price">¥2980</span></p>
<p>每周2次直播小班课，6人成班。</p></div>
""" + S3_FOOT), "-",
    "trap: 划线价 ¥4800 is not above the lowest price in the 7 days before: the capture 2 days earlier sold at ¥4800; the capture "
    "at ¥2980 is 10 days old, outside the window (明码标价和禁止价格欺诈规定 第十六条). UTF-8 with BOM.")
hist("main", "009-xiaomaxing-python-d2.html", S3 + "/course/python-l1.html", 2, doc("utf-8", "Python入门 L1", """
<div class="wixui-section"><h1>Python 入门 L1（48课时）</h1><p>价格 <span class="price">¥4800</span></p></div>
""" + S3_FOOT), "utf-8")
hist("main", "009-xiaomaxing-python-d10.html", S3 + "/course/python-l1.html", 10, doc("utf-8", "Python入门 L1", """
<div class="wixui-section"><h1>Python 入门 L1（48课时）</h1><p>暑期价 <span class="price">¥2980</span></p></div>
""" + S3_FOOT), "utf-8")

page(10, "xiaomaxing-kit", S3 + "/shop/robot-kit.html", "main", "utf-8", True, doc("utf-8", "编程机器人套件", """
<div class="wixui-section"><h1>小码星 编程机器人套件 K2（含主控板、电机、传感器）</h1>
<p>价格 <span class="price">¥699</span></p>
<p class="notice">温馨提示：本套件为教学教具，一经签收拆封即不予退换，恕不支持7天无理由退货，请确认后再下单。</p></div>
""" + S3_FOOT), "RETURN_REFUSED",
    "RETURN_REFUSED: 消费者权益保护法 第二十五条; a robot kit is none of the four exempt kinds and unpacking alone does not exempt it "
    "(网络购买商品七日无理由退货暂行办法 第八条 only lets the seller deduct for loss of value). no case found. UTF-8 with BOM.")

# =============================================================================================
# S4 jingyan-yimei.test — 上海 医疗美容门诊部 (GBK, PbootCMS-like) — HOLDOUT
S4 = "http://jingyan-yimei.test"
S4_FOOT = ('<div class="foot"><dl><dt>上海静颜医疗美容门诊部有限公司</dt><dd>统一社会信用代码：91310106MA1FY4KB6N</dd>'
           '<dd>医疗机构执业许可证登记号：PDY31010631010617D2192</dd>'
           '<dd><a href="https://beian.miit.gov.cn/">沪ICP备2020019932号-1</a>　沪公网安备 31010602005510号</dd></dl></div>')

page(11, "jingyan-home", S4 + "/", "holdout", "gbk", False, doc("gbk", "静颜医疗美容门诊部", """
<div class="pb-banner"><h1>静颜医疗美容门诊部</h1></div>
<div class="pb-box"><h2>强脉冲光（光子嫩肤）</h2>
<p>适应症：面部色素性病变、毛细血管扩张的辅助治疗。需由执业医师面诊后确定方案。</p>
<p>可能出现：局部红斑、暂时性色沉、结痂。疗效因个人体质而异。</p>
<p class="small">沪医广【2025】第11-06-0417号　本广告仅供健康人群参考</p></div>
""" + S4_FOOT), "-",
    "trap: a licensed 医疗机构 names its 执业许可证 登记号 and 医疗广告审查证明 number and describes indications and risks; "
    "广告法 第十七条 bans disease claims outside medical ads, this is a reviewed medical service ad (第四十六条), no guarantee of effect. "
    "Licence and ICP valid. gbk, meta gbk.")

page(12, "jingyan-rdd", S4 + "/product/rdd-100u.html", "holdout", "gbk", False, doc("gbk", "进口肉毒 100单位", """
<div class="pb-box"><h1>韩国进口“肉毒素”100U 原瓶 可邮寄</h1>
<p>瘦脸 瘦肩 除皱通用，<b>自己在家就能打</b>，附溶解液和针头。</p>
<p>售价：<span class="price">￥680/支</span>　三支起发顺丰冷链。</p></div>
""" + S4_FOOT), "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: A型肉毒毒素 is managed as 医疗用毒性药品 and is an 注射剂, both on 药品网络销售禁止清单（第一版）(国家药监局, 2022-11); "
    "药品管理法 第六十一条; kind of goods from 浙江诸暨市市场监管局 “冰肉”肉毒素 case (reported by CCTV) and 杭州下城法院 销售假药案 (2017). gbk, meta gbk.")

# =============================================================================================
# S5 yuehe-yangsheng.test — 广州 养生馆 (GB18030 with emoji and an Ext-B name)
S5 = "http://yuehe-yangsheng.test"
S5_FOOT = ('<div class="ft">广州悦和养生服务有限公司 🌿 <br>统一社会信用代码：91440106MA9UP3QE58<br>'
           '备案号：粤ICP备2023XXXX号-1</div>')
S5_FOOT_IN = '<div class="ft">悦和养生 🌿 天河店 · 珠江新城店</div>'

page(13, "yuehe-home", S5 + "/", "main", "gb18030", False, doc("gb18030", "悦和养生馆 艾灸 理疗", """
<div class="hero"><h1>悦和养生馆 🌿</h1><p>馆长 吉𠮷老师 三代家传艾灸手法</p></div>
<div class="cards"><div class="card"><h3>通脉艾灸调理</h3>
<p>三个疗程血糖稳稳降下来，很多老会员已经不用再打胰岛素。</p>
<p>高血压、失眠、妇科炎症 一并调理，<em>不吃药不打针</em>。</p></div></div>
""" + S5_FOOT), "FALSE_CLAIM,ICP_INVALID,LICENSE_INVALID",
    "FALSE_CLAIM: 广告法 第十七条 (disease-treatment claims for a non-medical 养生 service) and 第二十八条; kind of case: "
    "柳州市市场监管局 医疗美容机构 疾病治疗功能广告 罚款7万元 (2025) and the many 养生馆 cases; no exact 养生馆 case found. "
    "LICENSE_INVALID: 91440106MA9UP3QE58 fails the GB 32100 check (should be 9). ICP_INVALID: 粤ICP备2023XXXX号 is a placeholder "
    "(互联网信息服务管理办法 第十二条). gb18030 (🌿 and 𠮷 outside GBK), meta gb18030.")

page(14, "yuehe-xiangmu", S5 + "/xiangmu/", "main", "gb18030", False, doc("gb18030", "项目价目表", """
<table class="price-table"><tr><th>项目</th><th>时长</th><th>单次</th><th>10次卡</th></tr>
<tr><td>肩颈推拿</td><td>60分钟</td><td>￥168</td><td>￥1380</td></tr>
<tr><td>通脉艾灸</td><td>90分钟</td><td>￥268</td><td>￥2280</td></tr></table>
<p>悦和独家“九宫通经”手法，<strong>全城手法最好</strong>的艾灸馆，没有之一 🌿</p>
""" + S5_FOOT_IN), "ABSOLUTE_TERM",
    "ABSOLUTE_TERM: 广告法 第九条第三项 (全城…最好, 没有之一); no case found for this exact shop type. "
    "Inner page, no licence display needed. gb18030 (🌿), meta gb18030.")

# =============================================================================================
# S6 anxin-jiazheng.test — 成都 家政/月嫂 (GBK, 微擎/微赞 H5 module look)
S6 = "http://anxin-jiazheng.test"
S6_FOOT = ('<div class="we7-footer"><p>成都安心家政服务有限公司</p><p>营业执照：91510107MA6BW8TC7G（<a href="/license.html">查看执照</a>）</p>'
           '<p><a href="https://beian.miit.gov.cn/">蜀ICP备2021004417号-1</a> 川公网安备 51010702003318号</p></div>')

page(15, "anxin-home", S6 + "/", "main", "gbk", False, doc("gbk", "安心家政 月嫂 育儿嫂 保洁", """
<div class="we7-app"><div class="we7-nav">月嫂 | 育儿嫂 | 住家保姆 | 日常保洁</div>
<div class="we7-card"><h2>26天月嫂套餐</h2><p>金牌月嫂 ￥13800 / 银牌月嫂 ￥10800</p>
<p>等级说明：按上户年限与客户评价由本公司评定，金牌须满5年且上户30户以上。</p>
<p>小贴士：新生儿最佳洗澡时间是喂奶后一小时，水温38℃左右。</p></div></div>
""" + S6_FOOT), "-",
    "trap: 金牌/银牌 are the firm's own declared grades with their criteria; 最佳洗澡时间 is care advice (guideline: tips are not claims); "
    "蜀ICP备 is the real variant of 川 (DOMAIN.md); licence valid and registered. gbk, meta gbk.")

page(16, "anxin-haoping", S6 + "/huodong/haoping.html", "main", "gbk", False, doc("gbk", "好评有礼", """
<div class="we7-app"><div class="we7-card"><h2>服务结束 好评有礼</h2>
<p>阿姨下户后，在大众点评/美团给本店打<b>五星</b>并配3张图、30字以上评价，截图发给您的专属管家，立返50元微信红包。</p>
<p>评价写明阿姨名字的，再加送一次上门保洁（2小时）。</p></div></div>
""" + S6_FOOT), "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 电子商务法 第十七条, 反不正当竞争法 第八条 (paid five-star reviews); case: 扬州市江都区某饮品店 “好评返现”卡片 "
    "罚款12000元 (江苏省市场监管局 刷单炒信 典型案例, 2021-11-08). gbk, meta gbk.")

# =============================================================================================
# S7 dingzhu-zx.test — 武汉 装修公司 (GBK, dedecms-like) — registry status 经营异常
S7 = "http://dingzhu-zx.test"

page(17, "dingzhu-home", S7 + "/", "main", "gbk", False, doc_http_equiv("gbk", "鼎筑装饰-武汉装修公司", """
<div class="top"><img src="/templets/default/images/logo.png" alt="鼎筑装饰"></div>
<div class="main"><h2>鼎筑装饰 · 中国驰名商标企业 · 十年老店</h2>
<p>全包套餐 ￥699/㎡ 起，环保主材 E0 级。</p>
<p>工地直播，水电终身保修。</p></div>
<div class="footer">武汉鼎筑装饰工程有限公司<br>统一社会信用代码：91420102MA4K7D2F1P<br>地址：武汉市江岸区沿江大道88号<br>服务热线：027-8888 6021</div>
"""), "ICP_MISSING,LICENSE_MISMATCH,WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 (驰名商标 in advertising); no case found for a 装修 firm, kind of claim from the many 驰名商标 "
    "advertising cases. LICENSE_MISMATCH: the code is registered but the registry shows 经营异常 (电子商务法 第十五条). ICP_MISSING: an "
    "independent site with no ICP number (互联网信息服务管理办法 第十二条). http-equiv gbk.")

page(18, "dingzhu-honor", S7 + "/about/honor.html", "main", "gbk", False, """<!DOCTYPE html>
<html><head><title>企业荣誉-鼎筑装饰</title></head><body>
<div class="main"><h1>企业荣誉</h1><ul class="honor">
<li><img src="/uploads/honor1.jpg" alt="国家免检产品证书"><p>2019年 主材“鼎筑板”获国家免检产品</p></li>
<li><img src="/uploads/honor2.jpg" alt="ISO9001"><p>ISO9001质量管理体系认证</p></li>
</ul></div>
<div class="footer">鼎筑装饰 版权所有</div>
</body></html>
""", "FALSE_HONOUR",
    "FALSE_HONOUR: 产品免检 ended in 2008 (质检总局 repealed 《产品免于质量监督检查管理规定》), a 2019 免检 cannot be true; 广告法 第二十八条, 反不正当竞争法 第九条. "
    "no case found. Inner page, no licence duty. gbk bytes with NO charset meta (missing).")

page(19, "dingzhu-case", S7 + "/case/2025-01.html", "main", "gbk", False, doc("utf-8", "案例：光谷某小区120㎡", """
<div class="main"><h1>光谷某小区120㎡ 现代简约</h1>
<p>板材甲醛释放等级 E1 级（GB 18580-2017 规定的限量等级），油漆选用水性漆。</p>
<p>设计师建议：儿童房最佳朝向为南向或东南向，书桌侧光放置。</p>
<p>工期 62 天，造价 18.6 万元。</p></div>
<div class="footer">鼎筑装饰 版权所有</div>
"""), "-",
    "trap: E1 is a grade defined by a national standard (guideline exemption); 最佳朝向 is design advice, not a claim about "
    "the firm. Inner page. gbk bytes but meta says utf-8 (WRONG charset meta).")

# =============================================================================================
# S8 huajia-photo.test — 婚纱摄影 (Big5, traditional script, 港台-style seller into mainland) — HOLDOUT
S8 = "http://huajia-photo.test"
S8_FOOT = ('<div class="footer"><p><a href="https://beian.miit.gov.cn/">閩ICP備2022011935號-1</a>　廈門花嫁映畫攝影</p></div>')

page(20, "huajia-home", S8 + "/", "holdout", "big5", False, doc("big5", "花嫁映畫 婚紗攝影", """
<div class="hero"><h1>花嫁映畫 Wedding Studio</h1><p>兩岸最頂級的婚紗攝影團隊，一次拍出一輩子的經典。</p></div>
<div class="pkg"><p>海景旅拍套系 ¥8999 起，含禮服三套、精修60張。</p></div>
<div class="license" style="display:none">廈門花嫁映畫攝影有限公司 統一社會信用代碼 91350203MA2Y5QRL3Y</div>
""" + S8_FOOT), "ABSOLUTE_TERM,LICENSE_MISSING",
    "ABSOLUTE_TERM: 广告法 第九条第三项 (最頂級 = 最顶级). LICENSE_MISSING: the only licence block is display:none, not displayed "
    "(电子商务法 第十五条). ICP shown in traditional script (閩ICP備 = 闽ICP备), valid. no case found. big5, meta big5.")

page(21, "huajia-gown", S8 + "/gown/vw-2026.html", "holdout", "big5", False, doc("big5", "婚紗出租", """
<div class="item"><h1>V家 2026 新款 拖尾婚紗 高倣版 出租/出售</h1>
<p>和專櫃正品 1:1 版型，同款蕾絲，只要正品十分之一價格。</p>
<p>出售價 ¥2680　租賃 ¥580/天</p></div>
""" + S8_FOOT), "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 (高倣 = 高仿 in a variant character, 1:1 版型 of a named brand's 正品). no case found. big5, meta big5.")

page(22, "huajia-custom", S8 + "/gown/custom.html", "holdout", "big5", False, doc("big5", "量身訂製婚紗", """
<div class="item"><h1>量身訂製婚紗（依新人尺寸打版）</h1>
<p>訂製商品依《消費者權益保護法》第二十五條第一項屬「消費者定作的」商品，不適用七日無理由退貨；非訂製款式皆支援七日無理由退貨。</p>
<p>訂製價 ¥12800，訂金30%。</p></div>
""" + S8_FOOT), "-",
    "trap: refusal of no-reason return limited to made-to-measure goods, the statutory exemption 第二十五条(一) 定作, and other items "
    "keep the right. big5, meta big5.")

# =============================================================================================
# S9 yefeng-zuche.test — 海口 租车/二手车 (UTF-8) — registry status 吊销 — HOLDOUT
S9 = "http://yefeng-zuche.test"

page(23, "yefeng-home", S9 + "/", "holdout", "utf-8", False, doc("utf-8", "椰风租车 海口美兰机场送车", """
<nav class="navbar">椰风租车</nav>
<section class="container"><h2>海南环岛自驾 日租 ¥128 起</h2>
<p>美兰机场、海口东站免费送车上门，押金可免。</p></section>
<footer class="footer"><div class="row"><div class="col">海口椰风汽车租赁有限公司</div>
<div class="col">统一社会信用代码：91460108MA5TG1H78Q</div><div class="col">客服：0898-6555 1200</div></div></footer>
"""), "ICP_MISSING,LICENSE_MISMATCH",
    "LICENSE_MISMATCH: the code is valid but the registry shows 吊销 (电子商务法 第十五条, 市场主体登记管理条例). ICP_MISSING: no ICP "
    "number on an independent site. no case found. utf-8, meta utf-8.")

page(24, "yefeng-wangyueche", S9 + "/ershouche/wangyue.html", "holdout", "utf-8", False, """<!DOCTYPE html>
<html><head><title>网约车带车加盟</title></head><body>
<section class="container"><h1>二手网约车 以租代购</h1>
<p>首付 1.98 万开走，平台派单，<b>月入稳过万，10个月保证回本</b>，跑不够差额公司补。</p>
<p>车型：2022款 纯电 续航 420km</p></section>
</body></html>
""", "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第二十五条 (招商等有投资回报预期的广告 must not promise returns: 保证回本, 月入稳过万). no case found for a car "
    "seller; kind of claim from 招商加盟 cases. utf-8 bytes, NO charset meta (missing).")

# =============================================================================================
# S10 chaxiaoman.test — 郑州 奶茶加盟 (GBK, 帝国CMS-like)
S10 = "http://chaxiaoman.test"
S10_FOOT = ('<div class="copyright">郑州茶小满餐饮管理有限公司 统一社会信用代码：91410105MA47C3WU3L<br>'
            '<a href="https://beian.miit.gov.cn/">豫ICP备12345678号</a></div>')
S10_FOOT_IN = '<div class="copyright">茶小满 版权所有 加盟热线 400-600-1188</div>'

page(25, "chaxiaoman-home", S10 + "/", "main", "gbk", False, doc("gbk", "茶小满奶茶加盟官网", """
<div class="ban"><h1>茶小满 · 鲜果茶加盟</h1><p>投资8万开店，<span>单店日流水3000+，6个月稳稳回本</span>，第二年净赚50万。</p>
<p>总部“签约保底”：开业一年不回本，差额总部补足。</p></div>
""" + S10_FOOT), "FALSE_CLAIM,ICP_INVALID",
    "FALSE_CLAIM: 广告法 第二十五条第(一)项 (对未来效果、收益作出保证性承诺 in 招商 ads: 稳稳回本, 保底). Kind of case: 市场监管总局 "
    "虚假招商加盟 typical cases (reported 2026) and 龙泉市市场监管局 冒充一鸣真鲜奶吧 招商虚假广告 (2022). ICP_INVALID: 豫ICP备12345678号 is "
    "the placeholder number (DOMAIN.md). Licence valid. gbk, meta gbk.")

page(26, "chaxiaoman-brand", S10 + "/brand/", "main", "gbk", False, doc("gbk", "品牌实力", """
<div class="brand"><h1>品牌实力</h1><dl>
<dt>商标</dt><dd>“茶小满”系中国驰名商标，全国门店1200+</dd>
<dt>供应链</dt><dd>自建果园基地，冷链直配</dd></dl></div>
""" + S10_FOOT_IN), "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 (“中国驰名商标” in a franchise ad). no case found. gbk, meta gbk.")

page(27, "chaxiaoman-xieyi", S10 + "/faq/", "main", "gbk", False, doc("gbk", "加盟问答", """
<div class="faq"><h1>加盟常见问题</h1>
<p><b>问：门店包装上能印“驰名商标”吗？</b><br>答：不能。《商标法》第十四条第五款规定，生产、经营者不得将“驰名商标”字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中。</p>
<p><b>问：多久能回本？</b><br>答：没有确定答案，取决于选址、租金和经营，我们不作回本承诺。</p></div>
""" + S10_FOOT_IN), "-",
    "trap: 驰名商标 only inside a quotation of 商标法 第十四条第五款 with a refusal; 回本 only in a question answered with a refusal. gbk, meta gbk.")

# =============================================================================================
# S11 jingyifang.test — 天津 干洗加盟 with 特许经营 disclosure (GB18030)
S11 = "http://jingyifang.test"
S11_FOOT = ('<div class="foot">天津净衣坊洗涤连锁管理有限公司 ✔ 统一社会信用代码 91120103MA07J6NXXK<br>'
            '<a href="https://beian.miit.gov.cn/">津ICP备2021006632号-1</a> 津公网安备 12010302001257号</div>')

page(28, "jingyifang-home", S11 + "/", "main", "gb18030", False, doc("gb18030", "净衣坊干洗加盟", """
<div class="wrap"><h1>净衣坊 社区干洗店加盟</h1>
<p>商业特许经营备案：已在商务部商业特许经营信息管理系统备案（备案号 0120300211800017）。</p>
<p>投资有风险。依据《商业特许经营管理条例》第二十二条，签约前至少30日我们以书面形式提供信息披露文件，包括加盟费用、近年门店开关店数量与经营状况。</p>
<p>加盟费 ￥28000，设备约 ￥9—12万 ✔</p></div>
""" + S11_FOOT), "-",
    "trap: a franchise page that discloses risk and the statutory disclosure as 商业特许经营管理条例 第二十二条 requires, no promise of "
    "returns. Licence and ICP valid. gb18030 (✔ U+2714 outside GBK), meta gb18030.")

page(29, "jingyifang-touzi", S11 + "/touzi.html", "main", "gb18030", False, doc("gb18030", "门店经营数据", """
<div class="wrap"><h1>已开业门店经营数据（2024年度）</h1>
<table><tr><th>项目</th><th>数值</th></tr><tr><td>统计门店</td><td>126家</td></tr>
<tr><td>已收回投资的门店</td><td>95家</td></tr><tr><td>回本周期中位数</td><td>19个月</td></tr><tr><td>闭店</td><td>9家</td></tr></table>
<p>数据来源：门店POS系统，经天津某会计师事务所审阅。以上为历史数据，不构成对任何加盟商收益的承诺 ✔</p></div>
""" + S11_FOOT), "-",
    "trap: 回本 figures as audited past statistics including failures, with an explicit no-promise statement; 广告法 第二十五条 bans "
    "guarantees, not disclosure (商业特许经营管理条例 第二十二条 asks for it). gb18030, meta gb18030.")

# =============================================================================================
# S12 randong-fit.test — 西安 健身房预付卡 (UTF-8, Shopify-like theme)
S12 = "http://randong-fit.test"
S12_FOOT = ('<footer class="site-footer"><p>© 2026 燃动健身</p><p><a href="/pages/refund">预付卡退费说明</a></p>'
            '<!-- 西安燃动健身服务有限公司 统一社会信用代码 91610113MA6WA2PL8C 陕ICP备2022009981号-1 --></footer>')

page(30, "randong-home", S12 + "/", "main", "utf-8", False, doc("utf-8", "燃动健身 年卡 私教", """
<div class="shopify-section"><h1 class="h0">燃动健身 雁塔店</h1>
<div class="card"><p>年卡 ¥1999（限前200名），次卡 ¥599/20次。</p><p>私教课 ¥300/节 起。</p></div></div>
""" + S12_FOOT), "ICP_MISSING,LICENSE_MISSING",
    "LICENSE_MISSING and ICP_MISSING: both the licence and the ICP number exist only inside an HTML comment, not displayed "
    "(电子商务法 第十五条; 互联网信息服务管理办法 第十二条). no case found. utf-8, meta utf-8.")

page(31, "randong-supp", S12 + "/products/kangli.html", "main", "utf-8", False, doc("utf-8", "增肌片", """
<div class="product"><h1 class="product__title">康力龙（司坦唑醇）10mg×100片 增肌塑形</h1>
<p class="price">¥260</p>
<p>配合私教周期使用，8周肌肉围度明显提升，店内教练可指导周期用法。</p></div>
""" + S12_FOOT), "PROHIBITED_GOODS",
    "PROHIBITED_GOODS: 司坦唑醇 is a 蛋白同化制剂 (兴奋剂目录); 药品网络销售禁止清单（第一版）(国家药监局, 2022-11) 二(三) bars online "
    "sale of 蛋白同化制剂; 药品管理法 第六十一条. no case found. utf-8, meta utf-8.")

page(32, "randong-refund", S12 + "/pages/refund", "main", "utf-8", False, doc("utf-8", "预付卡退费说明", """
<div class="rte"><h1>预付卡退费说明</h1>
<p>自购卡之日起7日内未使用的，可申请全额退款；已使用的，按实际使用天数（次数）折算后退还余额，不收手续费。</p>
<p>本说明依据《单用途商业预付卡管理办法（试行）》及《西安市预付式消费监督管理办法》制定。</p>
<p>注：私教课为服务，不属于商品“七日无理由退货”范围，但仍按上述规则退费。</p></div>
""" + S12_FOOT), "-",
    "trap: lawful prepaid-card refund rules; mentions 七日无理由退货 only to explain that services fall outside 第二十五条 while still "
    "offering refunds. Inner page (comment-only licence does not matter here). utf-8, meta utf-8.")

# =============================================================================================
# S13 zhuazhua-pet.test — 杭州 宠物医院/寄养 (GBK, OpenCart-like) — HOLDOUT
S13 = "http://zhuazhua-pet.test"
S13_FOOT = ('<footer><div class="container"><p>杭州爪爪宠物医院有限公司　统一社会信用代码：91330106MA2CH5QDXM</p>'
            '<p>动物诊疗许可证：（浙）动诊证字第0106100235号</p>'
            '<p><a href="https://beian.miit.gov.cn/">浙ICP备2022031415号-1</a>　浙公网安备 33010602011892号</p></div></footer>')

page(33, "zhuazhua-home", S13 + "/", "holdout", "gbk", False, doc("gbk", "爪爪宠物医院 西湖区", """
<div id="common-home" class="container"><h1>爪爪宠物医院</h1>
<p>门诊：犬猫内科、外科、影像；犬瘟热、猫瘟的诊断与治疗由执业兽医师负责。</p>
<p>寄养：独立猫房，每日两次视频；最佳预约时间为入住前一周。</p></div>
""" + S13_FOOT), "-",
    "trap: a licensed 动物诊疗机构 names its 动物诊疗许可证 and describes veterinary treatment it is licensed for; 最佳预约时间 is "
    "advice. Licence and ICP valid. gbk, meta gbk.")

page(34, "zhuazhua-food", S13 + "/index.php?route=product/product&product_id=52", "holdout", "gbk", False, doc("gbk", "处方粮 肾脏护理", """
<div id="product-product" class="container"><h1>肾脏处方猫粮 2kg</h1>
<ul class="list-unstyled"><li><h2 class="price">￥238.00</h2></li></ul>
<div class="alert">本店所有商品售出后一律不退不换，不支持七天无理由退货，敬请谅解。</div></div>
""" + S13_FOOT), "RETURN_REFUSED",
    "RETURN_REFUSED: 消费者权益保护法 第二十五条; sealed dry pet food is not 鲜活易腐 and none of the other exemptions; a blanket "
    "refusal for all goods. no case found. gbk, meta gbk.")

# =============================================================================================
# S14 yunqi-minsu.test — 大理 民宿 (UTF-8 + BOM, 途家-like) — HOLDOUT
S14 = "http://yunqi-minsu.test"
S14_FOOT = ('<div class="tj-footer"><span>大理云栖海舍民宿有限公司</span>｜<span>统一社会信用代码 91532901MA6Q8LRK86</span>｜'
            '<span>滇ICP备2024XXXX号</span></div>')
S14_FOOT_IN = '<div class="tj-footer"><span>云栖海舍 · 洱海东岸</span></div>'

page(35, "yunqi-home", S14 + "/", "holdout", "utf-8", True, doc("utf-8", "云栖海舍 洱海民宿", """
<div class="tj-hero"><h1>云栖海舍</h1><p>洱海边独一无二、<b>大理最美</b>的无边泳池海景房</p></div>
<div class="tj-rooms"><div class="room">海景大床房 ¥688/晚</div><div class="room">亲子loft ¥888/晚</div></div>
""" + S14_FOOT), "ABSOLUTE_TERM,ICP_INVALID",
    "ABSOLUTE_TERM: 广告法 第九条第三项 (独一无二, 大理最美). ICP_INVALID: 滇ICP备2024XXXX号 is a placeholder, not a filing "
    "(互联网信息服务管理办法 第十二条). Licence valid. no case found. UTF-8 with BOM.")

page(36, "yunqi-fanxian", S14 + "/notice/checkout.html", "holdout", "utf-8", True, doc("utf-8", "退房须知", """
<div class="tj-notice"><h2>退房须知</h2><ol><li>退房时间12:00前。</li>
<li>住店期间在携程/美团写下5分好评并晒3张以上照片，前台出示即<b>返现30元</b>或升级下一晚房型。</li></ol></div>
""" + S14_FOOT_IN), "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 电子商务法 第十七条 and 反不正当竞争法 第八条 (cash for five-star reviews with photos); kind of case: "
    "杭州市市场监管 “吃货福利群” 刷好评 (2021) and 江苏 好评返现 case (2021). UTF-8 with BOM.")

page(37, "yunqi-guide", S14 + "/guide/", "holdout", "utf-8", True, doc("utf-8", "住客指南", """
<div class="tj-notice"><h2>住客指南</h2><p>洱海日出的最佳观赏时间是 6:50—7:20，冬季推荐在露台看。</p>
<p>欢迎入住后在平台真实评价，好评差评都不影响您的押金和任何优惠。</p></div>
""" + S14_FOOT_IN), "-",
    "trap: 最佳观赏时间 is a tip; an invitation to review honestly with no reward and no condition on the rating is lawful. UTF-8 with BOM.")

# =============================================================================================
# S15 litu-travel.test — 桂林 旅行社 (GBK, old 注册号 licence)
S15 = "http://litu-travel.test"
S15_FOOT = ('<table class="foot" width="100%"><tr><td>桂林漓途国际旅行社有限公司</td><td>统一社会信用代码：91450302799712657E（原注册号 450300000012684）</td></tr>'
            '<tr><td>旅行社业务经营许可证：L-GX-CJ00126</td><td><a href="https://beian.miit.gov.cn/">桂ICP备2020003126号-1</a>'
            ' 桂公网安备 45030202000318号</td></tr></table>')

page(38, "litu-home", S15 + "/", "main", "gbk", False, doc("gbk", "漓途旅行 桂林阳朔线路", """
<div class="main"><h1>漓途旅行</h1>
<p>漓江 国家5A级旅游景区，遇龙河竹筏，阳朔西街。</p>
<p>本社为桂林市旅游协会会员单位，2024年获评“桂林市文明旅游示范单位”（桂林市文化广电和旅游局 公布）。</p></div>
""" + S15_FOOT), "-",
    "trap: 国家5A级 is a state-awarded rating of the scenic area (guideline exemption for state titles); the 示范单位 title names its "
    "issuing bureau. Licence: valid USCC plus the former 15-digit 注册号 (MOD 11,10 valid), both in the registry as 存续; ICP valid. gbk, meta gbk.")

page(39, "litu-line", S15 + "/line/yangshuo-3d.html", "main", "gbk", False, doc("gbk", "阳朔三日游", """
<div class="main"><h1>桂林-阳朔 纯玩三日游</h1>
<p>团费：<span class="price">￥1280/人</span>（门市价 ￥1280）</p>
<p>行程中无购物店；自费项目均在合同中列明，游客可自愿选择。</p>
<p>出发前7日以上取消全额退；按《旅游法》第六十五条退还未发生费用。</p></div>
""" + S15_FOOT), "-",
    "trap: 门市价 equal to the selling price, no discount claimed; 纯玩 with a lawful cancellation rule (旅游法 第六十五条). gbk, meta gbk.")

# =============================================================================================
# Platform shops on mall.wangjian.test
# ---------------------------------------------------------------------------------------------
# P1 zhiyin-ketang — 知识付费课程 (得到/腾讯课堂-like), UTF-8
P1 = "zhiyin-ketang"

page(40, "zhiyin-shop", MALL + "/shop/%s/" % P1, "main", "utf-8", False, mall_shop("utf-8", "知音云课堂", P1, """
<h1 class="shop-name">知音云课堂</h1><span class="mall-mark" title="网剑商城认证店铺">商城认证</span>
<div class="shop-license">杭州知音云课堂科技有限公司　统一社会信用代码 91330108MA2H3JP54M</div>""", """
<div class="course-list"><div class="course"><h3>短视频带货变现营</h3><p>跟着导师做，零基础学完即可月入3万，带不出单全额退。</p></div>
<div class="course"><h3>Excel 效率课</h3><p>¥99</p></div></div>"""), "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第二十四条 (training ad guaranteeing the effect) and 第二十八条 (月入3万 as a promised result); no exact case "
    "found, kind from 市场监管总局 2021 校外培训 典型案例 (夸大培训效果). Shop home shows shop licence and mall-mark. utf-8.")

page(41, "zhiyin-item-video", MALL + "/item/zy-1001.html", "main", "utf-8", False, mall_item("utf-8", "短视频带货变现营", P1, """
<h1 class="item-title">短视频带货变现营（21天）</h1>
<div class="price-box"><span>划线价</span><del>¥1999</del> <span class="price">¥399</span></div>
<p>虚拟课程，购买后立即开通，在线观看；开通后不支持退款。</p>"""), "FAKE_ORIGINAL_PRICE",
    "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条: captures 2 and 5 days earlier show ¥399; the ¥1999 划线价 was not "
    "charged in the 7 days before. Kind of case: 市场监管总局 2021 校外培训 虚构原价. The no-refund line is lawful for an online digital "
    "product (消保法 第二十五条(三)), so no RETURN_REFUSED. utf-8.")
hist("main", "041-zhiyin-item-video-d2.html", MALL + "/item/zy-1001.html", 2, mall_item("utf-8", "短视频带货变现营", P1, """
<h1 class="item-title">短视频带货变现营（21天）</h1><div class="price-box"><del>¥1999</del> <span class="price">¥399</span></div>"""), "utf-8")
hist("main", "041-zhiyin-item-video-d5.html", MALL + "/item/zy-1001.html", 5, mall_item("utf-8", "短视频带货变现营", P1, """
<h1 class="item-title">短视频带货变现营（21天）</h1><div class="price-box"><span class="price">¥399</span></div>"""), "utf-8")

page(42, "zhiyin-item-book", MALL + "/item/zy-1002.html", "main", "utf-8", False, mall_item("utf-8", "Excel 效率课 纸质讲义", P1, """
<h1 class="item-title">Excel 效率课 配套纸质讲义（全彩印刷 2册）</h1>
<div class="price-box"><span class="price">¥59</span></div>
<p class="service">服务说明：实物讲义 · 48小时发货 · 本商品不支持7天无理由退换</p>"""), "RETURN_REFUSED",
    "RETURN_REFUSED: 消费者权益保护法 第二十五条; printed books are goods not in the exemptions (only 报纸、期刊 and downloaded digital "
    "goods are). no case found. utf-8.")

# ---------------------------------------------------------------------------------------------
# P2 meiyan-tg — 医美团购 (美团/大众点评 merchant page), UTF-8 — HOLDOUT
P2 = "meiyan-tg"

page(43, "meiyan-shop", MALL + "/shop/%s/" % P2, "holdout", "utf-8", False, mall_shop("utf-8", "悦颜医美", P2, """
<div class="merchant"><h1 class="shop-name">悦颜医疗美容诊所</h1><div class="score">4.9分</div></div>
<div class="shop-license">长沙悦颜医疗美容诊所有限公司 · 91430104MA4R6TQW8E · 医疗机构执业许可证 PDY43010443010417D1522</div>""", """
<ul class="deal-list"><li>水光补水 1次 ¥299</li><li>超光子嫩肤 ¥389</li></ul>"""), "MARK_MISSING",
    "MARK_MISSING: the shop home has no element carrying the platform mark (mall-mark); 网络交易监督管理办法 platform duty, seed 平台为网店亮标. "
    "Shop licence present and registered. no case found. utf-8.")

page(44, "meiyan-item-shuiguang", MALL + "/item/my-2001.html", "holdout", "utf-8", False, mall_item("utf-8", "水光补水", P2, """
<h1 class="item-title">【爆款】进口水光 3次卡</h1><div class="price-box"><span class="price">¥899</span></div>
<ul class="deal-detail"><li>一次就能淡斑，痘印痘坑打完3次全部消失，永不反弹</li><li>改善率99%，零风险无恢复期</li></ul>"""), "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第十六条第一款第(一)(二)项 (断言、保证 and 有效率 in a medical ad) and 第二十八条; case: 贵阳美贝尔医疗美容医院 "
    "广告违法 罚款21万元 (贵阳市南明区市场监管局 2022-11, 市场监管总局 医疗美容 典型案例). utf-8.")

page(45, "meiyan-item-doctor", MALL + "/item/my-2002.html", "holdout", "utf-8", False, mall_item("utf-8", "超光子嫩肤", P2, """
<h1 class="item-title">超光子嫩肤 单次</h1><div class="price-box"><span class="price">¥389</span></div>
<p>本诊所持《医疗机构执业许可证》（登记号 PDY43010443010417D1522），医疗广告审查证明 湘医广【2025】第01-04-2231号。</p>
<p>须面诊后由执业医师评估是否适合；效果因人而异，可能出现红斑、结痂等反应。</p>"""), "-",
    "trap: licensed clinic naming 执业许可证 and 医疗广告审查证明, with risks and no promise of effect (广告法 第十六条, 第四十六条). utf-8.")

# ---------------------------------------------------------------------------------------------
# P3 suyan-meirong — 生活美容 院装产品, UTF-8
P3 = "suyan-meirong"

page(46, "suyan-shop", MALL + "/shop/%s/" % P3, "main", "utf-8", False, mall_shop("utf-8", "素颜美容生活馆", P3, """
<h1 class="shop-name">素颜美容生活馆</h1><i class="icon mall-mark"></i><span>网剑商城认证</span>
<div class="shop-intro">苏州园区店 · 面部护理 · 身体SPA · 院装护肤</div>""", """
<div class="floor"><h2>院装专区</h2><p>美容院同款院装，顾客回家也能做。</p></div>"""), "LICENSE_MISSING",
    "LICENSE_MISSING: the shop home shows no licence of the shop (no shop-license element, no code, no link); the platform footer "
    "is the platform's identity, not the shop's (电子商务法 第十五条). mall-mark present. no case found. utf-8.")

page(47, "suyan-item-jinghua", MALL + "/item/sy-3001.html", "main", "utf-8", False, mall_item("utf-8", "院线精华", P3, """
<h1 class="item-title">院线大牌小棕瓶 精华 50ml</h1><div class="price-box"><span class="price">¥158</span></div>
<p>和专柜一模一样的Ａ货，工厂尾单，专柜价的零头。</p>"""), "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 (Ａ货 in full-width letter, 尾单 of a named brand's look-alike). no case found. utf-8.")

page(48, "suyan-item-jiemao", MALL + "/item/sy-3002.html", "main", "utf-8", False, mall_item("utf-8", "嫁接睫毛", P3, """
<h1 class="item-title">素颜 3D 高仿真单根嫁接睫毛（PBT纤维）</h1><div class="price-box"><span class="price">¥39</span></div>
<p>自有品牌“素颜”。材质为PBT纤维，非动物毛。开封后建议6个月内用完，最佳使用温度 18—25℃。</p>"""), "-",
    "trap: 高仿真 (high-fidelity imitation of natural lashes) contains 高仿 but names the seller's own brand and material; 最佳使用温度 is "
    "a tip. utf-8.")

# ---------------------------------------------------------------------------------------------
# P4 luwei-jiameng — 餐饮加盟 on platform, UTF-8 — HOLDOUT
P4 = "luwei-jiameng"

page(49, "luwei-shop", MALL + "/shop/%s/" % P4, "holdout", "utf-8", False, mall_shop("utf-8", "鲁味坊加盟", P4, """
<h1 class="shop-name">鲁味坊 把子肉快餐 加盟</h1>
<p class="shop-license">济南鲁味坊餐饮管理有限公司 统一社会信用代码：91370102MA3C9NYE6B</p>""", """
<div class="jm"><p>“鲁味坊”荣获中国驰名商标，济南老味道。</p>
<p>小店投资，首年稳赚不赔，签约保底回本，亏了总部兜底。</p></div>"""), "FALSE_CLAIM,MARK_MISSING,WELLKNOWN_MARK_AD",
    "FALSE_CLAIM: 广告法 第二十五条 (招商 ad promising returns: 稳赚不赔, 保底回本). WELLKNOWN_MARK_AD: 商标法 第十四条第五款. "
    "MARK_MISSING: no mall-mark element on the shop home. Kind of case: 海口市工商局 掌商/爱淘 招商会 虚假宣传 (2016). utf-8.")

page(50, "luwei-item-jm", MALL + "/item/lw-4001.html", "holdout", "utf-8", False, mall_item("utf-8", "加盟意向金", P4, """
<h1 class="item-title">鲁味坊 加盟考察意向金（可抵加盟费）</h1><div class="price-box"><span class="price">¥2000</span></div>
<h3>特许经营信息披露</h3><p>特许人已按《商业特许经营管理条例》第八条备案；签约前30日提供信息披露文件（第二十一条、第二十二条）。</p>
<p>经营风险提示：餐饮门店盈亏受选址、客流、管理等影响，总部不承诺任何收益或回本期限；意向金在签约前可无条件退还。</p>"""), "-",
    "trap: franchise item that discloses risk and the statutory information as 商业特许经营管理条例 requires; 回本 only denied. utf-8.")

# ---------------------------------------------------------------------------------------------
# P5 mengchong-jiyang — 宠物寄养 个体工商户 (92 code), GBK-free UTF-8
P5 = "mengchong-jiyang"

page(51, "mengchong-shop", MALL + "/shop/%s/" % P5, "main", "utf-8", False, mall_shop("utf-8", "萌宠小屋 寄养洗护", P5, """
<table class="shop-head"><tr><td><h1 class="shop-name">萌宠小屋 宠物寄养洗护</h1></td>
<td><span class="badge mall-mark">网剑亮标</span></td></tr>
<tr><td colspan="2" class="shop-license info">南京市鼓楼区萌宠小屋宠物服务部（个体工商户） 统一社会信用代码 92320106MA1NP3X63N</td></tr></table>""", """
<p>猫咪寄养 单间 ¥60/晚 起；最佳寄养预约时间为出行前一周。</p>"""), "-",
    "trap: fully compliant shop home of a 个体工商户 (92 code valid, registered), mall-mark present, 最佳 only in advice. utf-8.")

page(52, "mengchong-item-room", MALL + "/item/mc-5001.html", "main", "utf-8", False, mall_item("utf-8", "猫咪寄养单间", P5, """
<h1 class="item-title">猫咪寄养 独立单间 1晚</h1>
<div class="price-box">日常价 <s>¥80</s> 国庆特惠 <span class="price">¥60</span></div>"""), "-",
    "trap: 日常价 ¥80 equals the lowest price in the 7 days before (capture 3 days earlier at ¥80); the ¥60 capture is 9 days old, "
    "outside the window (明码标价和禁止价格欺诈规定 第十六条). utf-8.")
hist("main", "052-mengchong-item-room-d3.html", MALL + "/item/mc-5001.html", 3, mall_item("utf-8", "猫咪寄养单间", P5, """
<h1 class="item-title">猫咪寄养 独立单间 1晚</h1><div class="price-box"><span class="price">¥80</span></div>"""), "utf-8")
hist("main", "052-mengchong-item-room-d9.html", MALL + "/item/mc-5001.html", 9, mall_item("utf-8", "猫咪寄养单间", P5, """
<h1 class="item-title">猫咪寄养 独立单间 1晚</h1><div class="price-box"><span class="price">¥60</span></div>"""), "utf-8")

page(53, "mengchong-item-xihu", MALL + "/item/mc-5002.html", "main", "utf-8", False, mall_item("utf-8", "洗护套餐", P5, """
<h1 class="item-title">狗狗洗护 SPA 套餐（小型犬）</h1><div class="price-box"><span class="price">¥88</span></div>
<div class="tip">到店洗护后给<span>五</span><span>星</span>好评并上传宝贝美照，凭截图下次到店立减15元，或现场返5元红包~</div>"""), "REVIEW_INDUCEMENT",
    "REVIEW_INDUCEMENT: 电子商务法 第十七条, 反不正当竞争法 第八条 (rebate for five-star reviews with photos; text split across spans). "
    "case: 扬州江都 饮品店 好评返现 (江苏省市场监管局 2021). utf-8.")

# ---------------------------------------------------------------------------------------------
# P6 kaozheng-bao — 考证资料/培训, UTF-8 — HOLDOUT
P6 = "kaozheng-bao"

page(54, "kaozheng-shop", MALL + "/shop/%s/" % P6, "holdout", "utf-8", False, mall_shop("utf-8", "学必过考证", P6, """
<div class="hd"><h1 class="shop-name">学必过 考证培训</h1><em class="mall-mark verified">认证</em></div>
<dl class="shop-license"><dt>主体</dt><dd>合肥学必过教育咨询有限公司</dd><dt>执照号</dt><dd>91340104MA2T8FUM27</dd></dl>""", """
<p>教师资格 · 一建二建 · 会计初级 · 心理咨询</p>"""), "LICENSE_INVALID",
    "LICENSE_INVALID: 91340104MA2T8FUM27 fails the GB 32100 check character (should be 9); shown in a <dl> licence block "
    "(电子商务法 第十五条). mall-mark present. no case found. utf-8.")

page(55, "kaozheng-item-erji", MALL + "/item/kz-6001.html", "holdout", "utf-8", False, mall_item("utf-8", "考试辅助套装", P6, """
<h1 class="item-title">考场无线接收 微型隐形耳机 + 橡皮擦接收器 套装</h1>
<div class="price-box"><span class="price">¥1680</span></div>
<p>专人场外同步传答案，安检门不响，已助上千学员顺利拿证，<b>不过退全款</b>。</p>"""), "FALSE_CLAIM,PROHIBITED_GOODS",
    "PROHIBITED_GOODS: equipment for cheating in state exams (刑法 第二百八十四条之一; 无线电管理条例 and the platforms' 禁售 rules on "
    "作弊器材). FALSE_CLAIM: guarantee of passing (广告法 第二十四条). no case found for an online listing; kind from police cases of "
    "作弊器材. utf-8.")

page(56, "kaozheng-item-xinli", MALL + "/item/kz-6002.html", "holdout", "utf-8", False, mall_item("utf-8", "心理咨询师考证", P6, """
<h1 class="item-title">2026 心理咨询师 国家职业资格证书（二级）报考班</h1>
<div class="price-box"><span class="price">¥3600</span></div>
<p>人社部颁发国家职业资格二级证书，全国通用，官网可查。</p>"""), "FALSE_HONOUR",
    "FALSE_HONOUR: 心理咨询师 was removed from the national list of 职业资格 in 2017 (人社部发〔2017〕68号), so a 2026 state 职业资格证书 "
    "cannot exist; 广告法 第二十八条第二款, 反不正当竞争法 第九条. no case found. utf-8.")

# ---------------------------------------------------------------------------------------------
# P7 shancheng-tg — 本地生活 团购券 (GBK) — name differs from registry — HOLDOUT
P7 = "shancheng-tg"

page(57, "shancheng-shop", MALL + "/shop/%s/" % P7, "holdout", "gbk", False, mall_shop("gbk", "山城味道火锅", P7, """
<h1 class="shop-name">山城味道 老火锅（解放碑店）</h1><span class="mall-mark">网剑亮标</span>
<div class="shop-license">重庆山城味道餐饮管理有限公司　统一社会信用代码：91500103MA5U4HLC3E</div>""", """
<p>双人套餐 / 四人套餐 / 代金券</p>"""), "LICENSE_MISMATCH",
    "LICENSE_MISMATCH: the registry gives code 91500103MA5U4HLC3E to 重庆渝味轩网络科技有限公司, not to the company shown "
    "(电子商务法 第十五条, 网络交易监督管理办法). no case found. gbk, meta gbk.")

page(58, "shancheng-item-taocan", MALL + "/item/sc-7001.html", "holdout", "gbk", False, mall_item("gbk", "双人套餐", P7, """
<h1 class="item-title">双人牛油锅底套餐</h1>
<div class="price-box">门市价<del>￥298</del>　团购价<span class="price">￥128</span></div>
<p class="remark">到店消费后在平台写五星点评并带图，结账时返10元现金。</p>"""), "FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT",
    "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 (门市价 ￥298 above the ￥128 shown 1.5 days earlier). "
    "REVIEW_INDUCEMENT: 电子商务法 第十七条 (cash for five-star reviews). Kind of case: 上海市市场监管局 刷单炒信 典型案例 (2022: 甲地餐饮). gbk.")
hist("holdout", "058-shancheng-item-taocan-d1.5.html", MALL + "/item/sc-7001.html", 1.5, mall_item("gbk", "双人套餐", P7, """
<h1 class="item-title">双人牛油锅底套餐</h1><div class="price-box">门市价<del>￥298</del> 团购价<span class="price">￥128</span></div>"""), "gbk")

page(59, "shancheng-item-quan", MALL + "/item/sc-7002.html", "holdout", "gbk", False, mall_item("gbk", "100元代金券", P7, """
<h1 class="item-title">100元代金券</h1><div class="price-box"><span class="price">￥88</span></div>
<ul class="rules"><li>随时退：未使用可随时申请退款</li><li>过期自动退</li><li>评价自愿，不以好评为条件给予任何优惠</li></ul>"""), "-",
    "trap: lawful 团购券 refund terms (随时退/过期自动退) and a statement that reviews are not rewarded. gbk.")

# ---------------------------------------------------------------------------------------------
# P8 xueli-up — 学历提升 (GB18030)
P8 = "xueli-up"

page(60, "xueli-shop", MALL + "/shop/%s/" % P8, "main", "gb18030", False, mall_shop("gb18030", "博学学历提升", P8, """
<h1 class="shop-name">博学教育 学历提升 ⭐</h1>
<div class="shop-license">石家庄博学教育咨询有限公司　91130102MA0G7KQBX2</div>""", """
<p>成人高考 · 自考 · 国开 ⭐ 不用到校，不用考试，<b>包拿毕业证</b>，学信网可查。</p>"""), "FALSE_CLAIM,MARK_MISSING",
    "FALSE_CLAIM: 广告法 第二十四条第(一)项 (guarantee of obtaining a 学历 certificate: 包拿毕业证, 不用考试); case: 四川成都 校外培训 "
    "专项整治 (2021) and 北京朝阳 皓学通 (2024) of the same kind. MARK_MISSING: no mall-mark element. gb18030 (⭐ U+2B50 outside GBK).")

page(61, "xueli-item-chenggao", MALL + "/item/xl-8001.html", "main", "gb18030", False, mall_item("gb18030", "成人高考 专升本", P8, """
<h1 class="item-title">成人高考 专升本 保过班 ⭐</h1><div class="price-box"><span class="price">￥4980</span></div>
<p>历年通过率100%，考前押题必中，<span>不</span><span>过</span>全额退费。</p>"""), "FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第二十四条 (保过, 押题必中, 通过率100% as a promise); kind of case: 江苏省市场监管局 教育培训 违法广告 (2025). "
    "gb18030 (⭐).")

# ---------------------------------------------------------------------------------------------
# P9 lidong-fit — 健身私教 (Big5, traditional-script seller; characters missing from Big5 as NCRs)
P9 = "lidong-fit"

page(62, "lidong-shop", MALL + "/shop/%s/" % P9, "main", "big5", False, mall_shop("big5", "力動健身", P9, """
<h1 class="shop-name">力動健身 私人教練</h1><span class="mall-mark">網劍亮標</span>
<div class="shop-license">福州力動健身管理有限公司　統一社會信用代碼 91350102MA34EWN81D</div>""", """
<p>年卡、私教課退費：購卡7日內未使用全額退還；已使用按剩餘次數比例退還。</p>"""), "-",
    "trap: compliant shop home (licence valid and registered, mall-mark present) with lawful prepaid refund terms. big5, meta big5; "
    "the platform footer's characters missing from Big5 are written as numeric character references.", ncr=True)

page(63, "lidong-item-sijiao", MALL + "/item/ld-9001.html", "main", "big5", False, mall_item(None, "私教課 20節", P9, """
<h1 class="item-title">私教課 20節</h1><div class="price-box"><span class="price">¥5600</span></div>
<p>主教練持 國家級社會體育指導員 證書（國家體育總局 頒發，證書編號見店內公示欄）。</p>"""), "-",
    "trap: 国家级社会体育指导员 is a state-defined technical grade (社会体育指导员管理办法: 三级、二级、一级、国家级), a "
    "state-awarded title, not an absolute claim. big5 bytes with NO charset meta (missing); NCRs for the footer.", ncr=True)

# ---------------------------------------------------------------------------------------------
# P10 chezhijia — 二手车 (UTF-8)
P10 = "chezhijia"

page(64, "chezhijia-shop", MALL + "/shop/%s/" % P10, "main", "utf-8", False, mall_shop("utf-8", "车之佳二手车", P10, """
<div class="hd"><h1 class="shop-name">车之佳 二手车</h1><a class="mall-mark" href="/mark/chezhijia">商城亮标</a>
<a class="shop-license" href="/shop/chezhijia/license.html"><img src="/img/lic-thumb.jpg" alt="营业执照 沈阳车之佳二手车经纪有限公司 91210102MA0Y2R9H9C"></a></div>""", """
<p>第三方检测报告随车；本店车辆均可提供维修保养记录。</p>"""), "-",
    "trap: licence shown as an image with alt text and a link to a licence page, mall-mark present; compliant. utf-8.")

page(65, "chezhijia-item-lungu", MALL + "/item/cz-1101.html", "main", "utf-8", False, mall_item("utf-8", "锻造轮毂", P10, """
<h1 class="item-title">BBS 款 LM 锻造轮毂 18寸 精&#20223;（带原厂LOGO）</h1>
<div class="price-box"><span class="price">¥3200/套</span></div><p>和原厂一样的车标，装上没人看得出。</p>"""), "COUNTERFEIT_TERM",
    "COUNTERFEIT_TERM: 商标法 第五十七条 (精仿 written with a numeric character reference, with the brand's logo). no case found. utf-8.")

page(66, "chezhijia-item-hidden", MALL + "/item/cz-1102.html", "main", "utf-8", False, mall_item("utf-8", "2019款 轩逸", P10, """
<h1 class="item-title">2019款 日产轩逸 1.6L 自动 舒适版</h1><div class="price-box"><span class="price">¥5.98万</span></div>
<p>表显里程 6.2 万公里，第三方检测无事故、无泡水。</p>
<div class="seo" style="display:none">高仿 精仿 包过户 稳赚回本 全网最低</div>
<script>var kw = "A货 原单 驰名商标 国家级";</script>"""), "-",
    "trap: the look-alike words sit only in a display:none block and a <script>, neither displayed (contract). utf-8.")

page(67, "chezhijia-item-fuke", MALL + "/item/cz-1103.html", "main", "utf-8", False, mall_item("utf-8", "复刻版车衣", P10, """
<h1 class="item-title">车之佳 自有品牌 1998 经典款车衣 复刻版</h1><div class="price-box"><span class="price">¥299</span></div>
<p>我们把1998年开店时自己设计的第一款车衣重新生产，图案、版型均为本店原创。支持7天无理由退货。</p>"""), "-",
    "trap: 复刻 of the seller's own 1998 design (own brand), no other mark imitated; returns accepted. utf-8.")

page(68, "huajia-faq", S8 + "/faq.html", "holdout", "big5", False, doc("big5", "常見問題", """
<div class="faq"><h2>常見問題</h2><p>問：可以拍到和網紅一樣的照片嗎？</p>
<p>答：我們不做高倣網紅風格的承諾，每對新人都按自己的風格拍攝；攝影師作品集見「作品」頁。</p></div>
""" + S8_FOOT), "-",
    "trap: 高倣 appears in a refusal (我們不做高倣…的承諾), about photo style, not goods. Inner page. big5, meta big5.")


# =============================================================================================
# S16 youbei-edu.test — 长沙 少儿英语 教育加盟 (UTF-8, 飞书/钉钉-style landing page)
S16 = "http://youbei-edu.test"
S16_FOOT = ('<div class="lp-footer"><p>长沙优贝教育科技有限公司</p><p>统一社会信用代码 91430102MA4T1Q7NX9</p>'
            '<p><a href="https://beian.miit.gov.cn/">湘ICP备2021012230号-1</a> | 湘公网安备 43010202001532号</p></div>')

page(69, "youbei-home", S16 + "/", "main", "utf-8", False, doc("utf-8", "优贝少儿英语 加盟", """
<div class="lp-block"><h1>优贝少儿英语 城市合伙人招募</h1>
<p>少儿英语赛道<span>行业</span><span>第一</span>品牌，全国 ６００＋ 校区。</p>
<p>单店投资１２万，招满６０个学员即回本，<b>８个月回本有协议保障</b>，回不了本总部回购设备。</p></div>
""" + S16_FOOT), "ABSOLUTE_TERM,FALSE_CLAIM",
    "FALSE_CLAIM: 广告法 第二十五条第(一)项 (招商 ad promising returns: ８个月回本 有协议保障, written in full-width digits). "
    "ABSOLUTE_TERM: 广告法 第九条第三项 (行业第一 split across spans). Kind of case: 市场监管总局 虚假招商加盟 典型案例 (reported 2026); "
    "no exact education-franchise case found. Licence and ICP valid. utf-8, meta utf-8.")

page(70, "youbei-brand", S16 + "/brand.html", "main", "utf-8", False, doc("utf-8", "品牌背书", """
<div class="lp-block"><h2>品牌背书</h2>
<p>“优贝”商标被认定为<span>驰</span><span>名</span><span>商</span><span>标</span>（2019）</p>
<p>合作出版社：湖南少年儿童出版社（教材出版合作）。</p></div>
""" + S16_FOOT), "WELLKNOWN_MARK_AD",
    "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 (驰名商标 written one character per <span>). no case found. utf-8, meta utf-8.")

# S14 (holdout) room item with capture history
page(71, "yunqi-room", S14 + "/room/haijing.html", "holdout", "utf-8", True, doc("utf-8", "海景大床房", """
<div class="tj-room"><h1>海景大床房（含双早）</h1>
<p><span class="tag">划线价</span><s>¥988</s> <span class="price">¥688</span>/晚　限时特惠</p></div>
""" + S14_FOOT_IN), "FAKE_ORIGINAL_PRICE",
    "FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定 第十六条 (划线价 ¥988 above ¥688 shown 4 days earlier). Kind of case: 成都高新区 "
    "某教育科技公司 划线价 case (成都市场监管局 校外培训专项整治 2021) — the same 划线价 practice. UTF-8 with BOM.")
hist("holdout", "071-yunqi-room-d4.html", S14 + "/room/haijing.html", 4, doc("utf-8", "海景大床房", """
<div class="tj-room"><h1>海景大床房（含双早）</h1><p><span class="price">¥688</span>/晚</p></div>
""" + S14_FOOT_IN), "utf-8")

# P2 (holdout) 医美 item: near the 7-day edge
page(72, "meiyan-item-xiaoqipao", MALL + "/item/my-2003.html", "holdout", "utf-8", False, mall_item("utf-8", "小气泡清洁", P2, """
<h1 class="item-title">小气泡深层清洁 单次（生活美容项目）</h1>
<div class="price-box">原价 <del>¥599</del> 周年庆 <span class="price">¥399</span></div>"""), "-",
    "trap: the capture 6 days earlier sold at ¥599, so 原价 ¥599 is not above the lowest price in the 7 days before; the ¥399 capture "
    "is 7.5 days old, just outside the window (明码标价和禁止价格欺诈规定 第十六条). utf-8.")
hist("holdout", "072-meiyan-item-xiaoqipao-d6.html", MALL + "/item/my-2003.html", 6, mall_item("utf-8", "小气泡清洁", P2, """
<h1 class="item-title">小气泡深层清洁 单次（生活美容项目）</h1><div class="price-box"><span class="price">¥599</span></div>"""), "utf-8")
hist("holdout", "072-meiyan-item-xiaoqipao-d7.5.html", MALL + "/item/my-2003.html", 7.5, mall_item("utf-8", "小气泡清洁", P2, """
<h1 class="item-title">小气泡深层清洁 单次（生活美容项目）</h1><div class="price-box"><span class="price">¥399</span></div>"""), "utf-8")


# =============================================================================================
def render(root):
    for sub in ("pages", "history", "holdout/pages", "holdout/history"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    lab = {"main": ["# file\turl\tcodes"], "holdout": ["# file\turl\tcodes"]}
    notes = {"main": ["# file\tencoding\tbom\tnote"], "holdout": ["# file\tencoding\tbom\tnote"]}
    seen = set()
    for p in PAGES:
        fname = "%03d-%s.html" % (p["n"], p["name"])
        assert fname not in seen
        seen.add(fname)
        sub = "pages" if p["side"] == "main" else "holdout/pages"
        if p["ncr"]:
            data = p["html"].encode(p["enc"], "xmlcharrefreplace")
        else:
            data = encode(p["html"], p["enc"], p["bom"])
        with open(os.path.join(root, sub, fname), "wb") as f:
            f.write(data)
        lab[p["side"]].append("%s\t%s\t%s" % (fname, p["url"], p["codes"]))
        notes[p["side"]].append("%s\t%s\t%s\t%s" % (fname, p["enc"], "yes" if p["bom"] else "no", p["note"]))
    hl = {"main": ["# file\turl\tdays_before"], "holdout": ["# file\turl\tdays_before"]}
    for side, fname, url, days, html, enc in HIST:
        sub = "history" if side == "main" else "holdout/history"
        with open(os.path.join(root, sub, fname), "wb") as f:
            f.write(encode(html, enc, False))
        hl[side].append("%s\t%s\t%s" % (fname, url, days))
    for side, pre in (("main", ""), ("holdout", "holdout/")):
        for name, rows in (("labels.tsv", lab), ("notes.tsv", notes), ("history.tsv", hl)):
            with open(os.path.join(root, pre + name), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(rows[side]) + "\n")
    with open(os.path.join(root, "registry.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tstatus\n")
        for r in REGISTRY:
            f.write("\t".join(r) + "\n")


OUTPUTS = ["pages", "history", "holdout", "labels.tsv", "notes.tsv", "history.tsv", "registry.tsv"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv[1:]:
        tmp = tempfile.mkdtemp()
        try:
            render(tmp)
            bad = 0
            for top in OUTPUTS:
                a, b = os.path.join(here, top), os.path.join(tmp, top)
                if os.path.isfile(b):
                    pairs = [(a, b)]
                else:
                    pairs = []
                    for d, _, fs in os.walk(b):
                        for fn in fs:
                            rel = os.path.relpath(os.path.join(d, fn), tmp)
                            pairs.append((os.path.join(here, rel), os.path.join(tmp, rel)))
                    for d, _, fs in os.walk(a):
                        for fn in fs:
                            rel = os.path.relpath(os.path.join(d, fn), here)
                            if not os.path.exists(os.path.join(tmp, rel)):
                                print("extra file:", rel)
                                bad = 1
                for x, y in pairs:
                    if not os.path.exists(x) or open(x, "rb").read() != open(y, "rb").read():
                        print("differs:", os.path.relpath(x, here))
                        bad = 1
            sys.exit(bad)
        finally:
            shutil.rmtree(tmp)
    for top in OUTPUTS:
        t = os.path.join(here, top)
        if os.path.isdir(t):
            shutil.rmtree(t)
    render(here)


if __name__ == "__main__":
    main()
