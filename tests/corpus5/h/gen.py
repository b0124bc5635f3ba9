#!/usr/bin/env python3
"""corpus5/h: every site, page, code and note below is written by hand. lib.py only wraps markup."""
import os, sys, shutil, tempfile, filecmp
from lib import usc, usc_bad, reg15, reg15_bad, page_indep, page_platform, encode

# ---- identities (one province per company) ----
C = {
 "lvcha": usc("330106", "MA2CH001"), "fangzhi": usc("440300", "MA5FY002"), "jiadian": usc("110105", "MA0JD003"),
 "baojian": usc("310115", "MA1BJ004"), "twcake": usc("350203", "MA3TW005"), "noicp": usc("320506", "MA1NC006"),
 "badlic": usc_bad("510107", "MA6BL007"), "revoked": usc("370202", "MA3RW008"), "meng": usc("440106", "MA5MG009"),
 "forum": usc("330106", "MA2FR010"), "wdian": usc("350203", "MA3WD011"), "ret": usc("320506", "MA1RT012"),
 "woo": usc("310115", "MA1WQ013"), "pboot": usc("370202", "MA3PB014"), "live": usc("440300", "MA5LW015"),
 "shopA": usc("330106", "MA2TA016"), "shopB": usc("440300", "MA5TB017"), "shopD": usc("110105", "MA0TD018"),
 "shopE": usc("510107", "MA6TE019"), "shopF": usc("350203", "MA3TF020"), "h1": usc("330106", "MA2HA021"),
 "h2": usc("440300", "MA5HB022"), "h3": usc("110105", "MA0HC023"), "h4": usc("320506", "MA1HD024"),
 "h5": usc("310115", "MA1HE025"), "h6": usc("370202", "MA3HF026"), "shopH": usc("330106", "MA2TH027"),
 "shopJ": usc("440300", "MA5TJ028"), "h7bad": usc_bad("350203", "MA3HG029"), "h8gone": usc("510107", "MA6HH030"),
 "shopK": usc("320506", "MA1TK031"), "shopL": usc("440300", "MA5TL032"),
}
REG_OLD = reg15("33010600012345")        # valid 注册号, 浙
REG_BAD = reg15_bad("44030000567890")    # invalid 注册号, 粤

REGISTRY = [
 (C["lvcha"], "杭州西湖绿茶茗品有限公司", "存续"), (C["fangzhi"], "深圳市纺织优品服饰有限公司", "存续"),
 (C["jiadian"], "北京佳电家用电器有限公司", "存续"), (C["baojian"], "上海康年健康产品有限公司", "存续"),
 (C["twcake"], "厦门台禾食品贸易有限公司", "存续"), (C["noicp"], "苏州诺家居用品有限公司", "存续"),
 (C["revoked"], "青岛海润水产有限公司", "吊销"), (C["meng"], "广州萌趣文创有限公司", "存续"),
 (C["forum"], "杭州淘友网络科技有限公司", "存续"), (C["wdian"], "厦门微点优选电子商务有限公司", "存续"),
 (C["ret"], "苏州锐途户外用品有限公司", "存续"), (C["woo"], "上海木云家居有限公司", "存续"),
 (C["pboot"], "青岛蓝泊机械设备有限公司", "存续"), (C["live"], "深圳市星播直供商贸有限公司", "存续"),
 (C["shopA"], "杭州山居茶舍有限公司", "存续"), (C["shopB"], "深圳市潮鞋汇贸易有限公司", "存续"),
 (C["shopD"], "北京童趣玩具有限公司", "经营异常"), (C["shopE"], "成都麻辣食品有限公司", "存续"),
 (C["shopF"], "厦门海味干货商行有限公司", "存续"), (C["h1"], "杭州云织丝绸有限公司", "存续"),
 (C["h2"], "深圳市数码港电子有限公司", "存续"), (C["h3"], "北京和康医疗器械有限公司", "存续"),
 (C["h4"], "苏州雅绣家纺有限公司", "存续"), (C["h5"], "上海茂源酒业有限公司", "存续"),
 (C["h6"], "青岛福海渔具有限公司", "存续"), (C["shopH"], "杭州美肤日化有限公司", "存续"),
 (C["shopJ"], "深圳市品表汇商贸有限公司", "存续"), (C["h8gone"], "成都锦城茶业有限公司", "注销"),
 (C["shopK"], "苏州姑苏糕团食品有限公司", "存续"), (C["shopL"], "深圳市云雾烟具商贸有限公司", "存续"), (REG_OLD, "杭州老字号酱园有限公司", "存续"),
]

def ft_table(name, code, icp, ga):
    return (f'<table class="copyright"><tr><td>{name}</td><td>统一社会信用代码：{code}</td></tr>'
            f'<tr><td><a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a></td>'
            f'<td><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={"".join(ch for ch in ga if ch.isdigit())}" target="_blank">'
            f'<img src="/static/gongan.png" alt="公安备案" width="16">{ga}</a></td></tr></table>')
def ft_br(*lines):
    return '<p class="copy">' + "<br>".join(lines) + "</p>"
def ft_img(name, code, icp):
    return (f'<p><a href="/about/license.html"><img src="/uploads/yyzz.jpg" alt="营业执照 {name} 统一社会信用代码{code}" width="120"></a></p>'
            f'<p><a href="https://beian.miit.gov.cn/">{icp}</a></p>')
def ft_dl(name, code, icp):
    return f'<dl class="corp"><dt>企业名称</dt><dd>{name}</dd><dt>信用代码</dt><dd>{code}</dd><dt>备案号</dt><dd>{icp}</dd></dl>'

SITES = {}
def site(key, side, host, name, enc, footer, meta=None, trad=False, bom=False):
    SITES[key] = dict(side=side, host=host, name=name, enc=enc, footer=footer,
                      meta=(enc if meta is None else meta), trad=trad, bom=bom)

# ---------- independent sites, main ----------
site("lvcha", "M", "lvcha.test", "西湖绿茶茗品", "gbk",
     ft_table("杭州西湖绿茶茗品有限公司", C["lvcha"], "浙ICP备18032211号-1", "浙公网安备 33010602008811号"))
site("fangzhi", "M", "fangzhi-fushi.test", "纺织优品", "utf-8",
     ft_br("深圳市纺织优品服饰有限公司 版权所有", "营业执照注册号/统一社会信用代码：" + C["fangzhi"], "粤ICP备20219876号-2", "粤公网安备 44030502001234号"), bom=True)
site("jiadian", "M", "jiadian.test", "佳电家电", "gb18030",
     ft_dl("北京佳电家用电器有限公司", C["jiadian"], "京ICP备19001188号"))
site("baojian", "M", "kangnian.test", "康年健康", "gbk",
     ft_img("上海康年健康产品有限公司", C["baojian"], "沪ICP备2021005566号-1"))
site("twcake", "M", "taihe-bing.test", "台禾餅舖", "big5",
     ft_br("廈門台禾食品貿易有限公司", "統一社會信用代碼：" + C["twcake"], "閩ICP備17021212號-1"), trad=True)
site("noicp", "M", "nuojia.test", "诺家居", "gbk",
     ft_br("苏州诺家居用品有限公司 版权所有 Copyright 2018-2026", "统一社会信用代码：" + C["noicp"], "地址：苏州市吴中区木渎镇金山路88号 电话：0512-66001234"))
site("badlic", "M", "shuma-cd.test", "蜀码数码", "gbk",
     ft_table("成都蜀码数码科技有限公司", C["badlic"], "蜀ICP备20123456号-1", "川公网安备 51010702000987号"))
site("revoked", "M", "hairun.test", "海润水产", "gb18030",
     ft_br("青岛海润水产有限公司", "统一社会信用代码 " + C["revoked"], "鲁ICP备16004455号"))
site("meng", "M", "mengqu.test", "萌趣文创", "utf-8",
     ft_br("广州萌趣文创有限公司", "统一社会信用代码：" + C["meng"], "萌ICP备20260404号"))
site("forum", "M", "taoyou-bbs.test", "淘友二手交易论坛", "gbk",
     ft_br("Powered by Discuz! X3.4", "杭州淘友网络科技有限公司 统一社会信用代码 " + C["forum"], "浙ICP备17045678号-3"), meta="")
site("wdian", "M", "weidian-yx.test", "微点优选", "utf-8",
     ft_dl("厦门微点优选电子商务有限公司", C["wdian"], "闽ICP备2022011223号-1"))
site("ret", "M", "ruitu.test", "锐途户外", "gbk",
     ft_table("苏州锐途户外用品有限公司", C["ret"], "苏ICP备18066554号-1", "苏公网安备 32050602011223号"))
site("woo", "M", "muyun-home.test", "木云家居", "utf-8",
     ft_br("© 2026 上海木云家居有限公司", "Powered by WooCommerce", "沪ICP备19023344号-2", '<a href="/about/license.html">营业执照信息</a>'))

# ---------- independent sites, holdout ----------
site("h1", "H", "yunzhi-silk.test", "云织丝绸", "gbk",
     ft_table("杭州云织丝绸有限公司", C["h1"], "浙ICP备19077001号-1", "浙公网安备 33010602011001号"))
site("h2", "H", "shumagang.test", "数码港", "gb18030",
     ft_br("深圳市数码港电子有限公司", "统一社会信用代码：" + C["h2"], "粤ICP备2020088990号"))
site("h3", "H", "hekang.test", "和康健康", "utf-8",
     ft_img("北京和康医疗器械有限公司", C["h3"], "京ICP备18066001号-1"), bom=True)
site("h5", "H", "maoyuan-jiu.test", "茂源酒業", "big5",
     ft_br("上海茂源酒業有限公司", "統一社會信用代碼：" + C["h5"], "滬ICP備17012345號"), trad=True, meta="gbk")
site("h6", "H", "fuhai-yuju.test", "福海渔具", "gbk",
     ft_br("青岛福海渔具有限公司", "统一社会信用代码：" + C["h6"]))
site("h7", "H", "xiamen-cha.test", "鹭岛茶行", "utf-8",
     ft_br("厦门鹭岛茶行有限公司", "统一社会信用代码：" + C["h7bad"], "闽ICP备2019XXXX号"))
site("h8", "H", "jincheng-cha.test", "锦城茶业", "gbk",
     ft_dl("成都锦城茶业有限公司", C["h8gone"], "川ICP备16002233号-1"))
site("h9", "H", "jiangyuan.test", "老字號醬園", "big5",
     ft_br("杭州老字號醬園有限公司", "註冊號：" + REG_OLD, "浙ICP備15003344號-1"), trad=True)
site("h11", "H", "peng-wenju.test", "鹏文具", "utf-8",
     ft_br("深圳市鹏文具有限公司", "注册号：" + REG_BAD, "粤ICP备19011223号-1"), meta="gbk")

PAGES = []  # (side, file, url, enc, bom, html, codes, note)
def ip(key, fname, path, title, body, codes, note):
    s = SITES[key]
    meta = s["meta"]
    if s["enc"] != "utf-8":
        body = body.replace("¥", "￥")
    html = page_indep(title + "-" + s["name"], s["host"], body, s["footer"], meta=meta if meta else None, trad=s["trad"])
    wrong = ""
    if not meta:
        wrong = " [no <meta charset>]"
    elif meta != s["enc"]:
        wrong = f" [wrong <meta charset={meta}>]"
    PAGES.append((s["side"], fname, f"http://{s['host']}{path}", s["enc"], s["bom"], html, codes, note + wrong))

def plat(side, fname, path, title, body, codes, note):
    PAGES.append((side, fname, "http://mall.wangjian.test" + path, "utf-8", False, page_platform(title, body), codes, note))

def shop_home(name, sid, lic_html, mark, goods):
    m = ('<span class="badge mall-mark" title="网剑商城认证店铺">商城认证</span>' if mark == "yes" else
         '<span class="badge mall-mark-pending">认证审核中</span>' if mark == "pending" else
         '<span class="badge mall-mark" style="display:none">商城认证</span>' if mark == "hidden" else "")
    lis = "".join(f'<li class="goods"><a href="/item/{i}.html">{t}</a> <span class="price">¥{p}</span></li>' for i, t, p in goods)
    return (f'<div class="shop-head"><h1 class="shop-name">{name}</h1>{m}'
            f'<a class="follow" href="/shop/{sid}/follow">关注店铺</a></div>\n'
            f'<ul class="shop-nav"><li><a href="/shop/{sid}/">店铺首页</a></li><li><a href="/shop/{sid}/all">全部宝贝</a></li>'
            f'<li><a href="/shop/{sid}/new">新品</a></li><li><a href="/shop/{sid}/about">店铺介绍</a></li></ul>\n'
            f'<ul class="goods-list">{lis}</ul>\n<div class="shop-info">{lic_html}</div>')

def item(shop, sid, title, price, cmp_html, desc):
    return (f'<div class="crumb"><a href="/shop/{sid}/">{shop}</a> &gt; 宝贝详情</div>\n<div class="item">'
            f'<h1 class="item-title">{title}</h1>\n<div class="price-box"><span class="price now-price">¥{price}</span> {cmp_html}</div>\n'
            f'<div class="sku">数量 <input value="1"> <button>立即购买</button> <button>加入购物车</button></div>\n'
            f'<div class="desc">{desc}</div></div>')

HIST = []  # (side, file, url, days, html)
def hist(side, fname, path, days, title, price, cmp_html=""):
    HIST.append((side, fname, "http://mall.wangjian.test" + path, days,
                 page_platform(title, item("", "x", title, price, cmp_html, "历史抓取"))))

# ================= PAGES (hand-written; codes and notes next to the text they judge) =================
site("nolic", "M", "laoma-jiang.test", "老妈酱坊", "utf-8", ft_br("老妈酱坊 版权所有", "客服热线：400-800-1234", "地址：成都市武侯区"))
site("h10", "H", "guzhen-qing.test", "古镇清酒坊", "gbk", ft_br("古镇清酒坊 版权所有", "地址：绍兴市越城区"), meta="")
site("pboot", "M", "lanbo-jx.test", "蓝泊机械", "gbk",
     ft_br("青岛蓝泊机械设备有限公司", "统一社会信用代码：" + C["pboot"], "鲁ICP备18020304号-1", "鲁公网安备 37020202000321号"))
site("live", "M", "xingbo-live.test", "星播直供", "utf-8",
     ft_br("深圳市星播直供商贸有限公司", "统一社会信用代码：" + C["live"], "粤ICP备2023012345号-1"), bom=True)

# --- lvcha (gbk) ---
ip("lvcha", "001-lvcha-home.html", "/", "首页", "<h2>明前龙井 新茶上市</h2><p>狮峰山茶园直供，手工炒制，一芽一叶。</p>"
   "<ul><li>2026明前特级龙井 250g ¥680</li><li>雨前一级龙井 250g ¥260</li></ul>", [],
   "trap: 特级/一级 are grade terms defined by GB/T 18650 西湖龙井 standard, not 广告法 第九条 claims; licence and ICP shown in <table> footer")
ip("lvcha", "002-lvcha-item.html", "/goods/12.html", "雨前龙井", "<h1>雨前一级龙井 250g</h1><p>冲泡建议：最佳水温80℃左右，避免沸水烫熟茶芽。</p><p>最佳饮用期：密封冷藏18个月内。</p>", [],
   "trap: 最佳水温/最佳饮用期 are usage tips, exempt under SAMR 2023 绝对化用语 guideline")
ip("lvcha", "003-lvcha-item.html", "/goods/15.html", "苦丁降压茶", "<h1>苦丁清润茶</h1><p>喝出好血压！三高人群长期饮用，血脂血糖稳稳往下走，很多老顾客已经把药停了。</p>", ["FALSE_CLAIM"],
   "FALSE_CLAIM: 广告法 第十七条 (disease claims for an ordinary food) and 第二十八条")
ip("lvcha", "004-lvcha-news.html", "/news/88.html", "新闻中心", "<h2>新闻中心 | 广告法解读：哪些词不能用</h2><p>《广告法》第九条规定广告不得使用“国家级”“最高级”“最佳”等用语。本公司已组织全体员工学习。</p>", [],
   "trap: news quoting 广告法 第九条; the words are named, not used as claims")
ip("lvcha", "005-lvcha-honour.html", "/about/honour.html", "荣誉资质", "<h2>荣誉资质</h2><ul><li>西湖龙井茶地理标志专用标志使用企业（2021）</li><li>ISO 9001:2015 质量管理体系认证 证书编号 00121Q34567R1M</li><li>食品生产许可证 SC11433010600123</li></ul>", [],
   "trap: real, well-formed qualifications (SC + 14 digits; GB/T 19001 certificate); nothing abolished")
# --- fangzhi (utf-8 BOM) ---
ip("fangzhi", "006-fangzhi-home.html", "/", "首页", "<h2>外贸原单尾货 清仓</h2><p>大牌代工厂流出，剪标处理，品质跟专柜一样，价格只要零头。</p>", ["COUNTERFEIT_TERM"],
   "COUNTERFEIT_TERM: 原单 + 剪标 + 专柜 = brand goods sold without authority, 商标法 第五十七条")
ip("fangzhi", "007-fangzhi-item.html", "/p/301.html", "亚麻衬衫", "<h1>自有品牌 亚麻衬衫</h1><p>本店拒绝高仿，全部为原创设计，吊牌水洗标齐全。</p>", [],
   "trap: 拒绝高仿 is a refusal (negation), 商标法 第五十七条 not engaged")
ip("fangzhi", "008-fangzhi-terms.html", "/help/terms.html", "服务条款", "<h2>服务条款</h2><p>第八条 用户不得发布高仿、A货、精仿等侵犯他人注册商标专用权的商品信息，不得在商品描述中使用“最佳”“国家级”等违反《广告法》的用语。</p>", [],
   "trap: 服务条款 legal text naming rule words as prohibitions")
# --- jiadian (gb18030, non-GBK characters present) ---
ip("jiadian", "009-jiadian-home.html", "/", "首页", "<h2>佳电空调 荣获“中国驰名商标”</h2><p>客服主管𠮷田为您服务。</p>", ["WELLKNOWN_MARK_AD"],
   "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 (驰名商标 in advertising); page has 𠮷 (outside GBK)")
ip("jiadian", "010-jiadian-honour.html", "/about/honour.html", "荣誉资质", "<h2>荣誉资质</h2><ul><li>国家免检产品 证书编号：MJ2026-0315</li><li>3C认证</li></ul><p>资质查询请联系𠮷经理。</p>", ["FALSE_HONOUR"],
   "FALSE_HONOUR: 免检 abolished 2008 (国务院令第533号废止产品免检), shown as current, 广告法 第二十八条; 𠮷 outside GBK")
ip("jiadian", "011-jiadian-item.html", "/item/ac-35.html", "变频空调", "<h1>1.5匹变频空调</h1><p>全网销量第一，顶级静音，制冷效果无敌。</p><p>售后：𠮷师傅</p>", ["ABSOLUTE_TERM"],
   "ABSOLUTE_TERM: 第一/顶级/无敌 as unprovable superiority claims, 广告法 第九条第三项; 𠮷 outside GBK")
ip("jiadian", "012-jiadian-news.html", "/news/2.html", "新闻", "<h2>公司新闻：根据商标法，“驰名商标”字样不得用于广告宣传，本公司已完成整改</h2><p>撰稿：𠮷田</p>", [],
   "trap: news stating the 驰名商标 ban; 商标法 第十四条第五款 not engaged; 𠮷 outside GBK")
# --- baojian (gbk) ---
ip("baojian", "013-kangnian-home.html", "/", "首页", "<h2>辅酶Q10软胶囊</h2><p>每天两粒，疏通血管、预防脑梗，比吃药还管用。</p>", ["FALSE_CLAIM"],
   "FALSE_CLAIM: 广告法 第十八条/第十七条 (health product claiming disease prevention, comparing with drugs); licence in <img alt>")
ip("baojian", "014-kangnian-item.html", "/p/2.html", "维生素C", "<h1>维生素C咀嚼片</h1><p>保健食品不是药物，不能代替药物治疗疾病。</p>", [],
   "trap: statutory 保健食品 warning (广告法 第十八条 requires it); negation of treatment")
ip("baojian", "015-kangnian-item.html", "/p/9.html", "灵芝孢子粉", "<h1>破壁灵芝孢子粉</h1><p>肿瘤术后调理首选，抑制癌细胞扩散，化疗期间吃效果翻倍。</p>", ["ABSOLUTE_TERM", "FALSE_CLAIM"],
   "FALSE_CLAIM: 广告法 第十七条 (cancer treatment claim for non-drug); ABSOLUTE_TERM: 首选 in a health claim, 广告法 第九条第三项 (health claims are never minor under the 2023 guideline)")
ip("baojian", "016-kangnian-privacy.html", "/help/privacy.html", "隐私政策", "<h2>隐私政策</h2><p>我们会以最佳努力保护您的个人信息安全，依照《个人信息保护法》处理。</p>", [],
   "trap: 最佳努力 in legal text (a commitment, not an ad claim)")
# --- twcake (big5) ---
ip("twcake", "017-taihe-home.html", "/", "首頁", "<h2>台禾手工鳳梨酥</h2><p>台中老師傅手作，每日限量出爐，宅配全大陸。</p>", [],
   "trap: traditional-script site with valid licence and 閩ICP備 (ICP check on traditional 備/號)")
ip("twcake", "018-taihe-item.html", "/item/1.html", "鳳梨酥", "<h1>頂級土鳳梨酥</h1><p>兩岸最好吃的鳳梨酥，沒有之一！</p>", ["ABSOLUTE_TERM"],
   "ABSOLUTE_TERM: 頂級/最好吃/沒有之一, 广告法 第九条第三项 (traditional script)")
ip("twcake", "019-taihe-item.html", "/item/2.html", "太陽餅", "<h1>太陽餅 12入</h1><p>最佳賞味期限：出廠後30天，開封後請盡速食用。</p>", [],
   "trap: 最佳賞味期限 is a storage tip (SAMR 2023 guideline)")
ip("twcake", "020-taihe-promo.html", "/promo/5.html", "評價有禮", "<h2>評價有禮</h2><p>收到貨給五星好評並附三張照片，截圖私訊客服即返現8元紅包。</p>", ["REVIEW_INDUCEMENT"],
   "REVIEW_INDUCEMENT: cash for 5-star photo reviews, 电子商务法 第十七条, 反不正当竞争法 第八条")
# --- noicp ---
ip("noicp", "021-nuojia-home.html", "/", "首页", "<h2>诺家居 乳胶床垫</h2><p>泰国天然乳胶，透气防螨。</p>", ["ICP_MISSING"],
   "ICP_MISSING: 互联网信息服务管理办法 第十二条 (home shows licence but no ICP)")
ip("noicp", "022-nuojia-item.html", "/p/7.html", "床垫", "<h1>乳胶床垫 1.8m</h1><p>执行标准 QB/T 2993，质量等级：一等品。</p>", [],
   "trap: 一等品 is a grade defined by industry standard; non-home page so no ICP duty")
# --- nolic ---
ip("nolic", "023-laoma-home.html", "/index.html", "首页", "<h2>老妈酱坊 手工豆瓣</h2><p>三年陈酿，古法晒制。</p>", ["ICP_MISSING", "LICENSE_MISSING"],
   "LICENSE_MISSING: 电子商务法 第十五条 (no licence, no link, no 第十条 statement); ICP_MISSING: 互联网信息服务管理办法 第十二条")
ip("nolic", "024-laoma-item.html", "/p/3.html", "豆瓣酱", "<h1>郫县豆瓣 500g</h1><p>复刻外婆的古法配方，二荆条辣椒配胡豆瓣。</p>", [],
   "trap: 复刻外婆的配方 = recreating a recipe, no trademark sense")
# --- badlic ---
ip("badlic", "025-shuma-home.html", "/", "首页", "<h2>蜀码数码 手机配件</h2><p>数据线、充电头、保护壳。</p>", ["LICENSE_INVALID"],
   "LICENSE_INVALID: displayed USCC fails its GB 32100 check character; 电子商务法 第十五条")
ip("badlic", "026-shuma-item.html", "/p/5.html", "方屏手表", "<h1>儿童方屏手表</h1><p>屏幕比例1:1，1.4英寸。</p>", ["LICENSE_INVALID"],
   "trap: 1:1 is a screen aspect ratio; LICENSE_INVALID: footer code fails GB 32100 check")
# --- revoked (gb18030) ---
ip("revoked", "027-hairun-home.html", "/", "首页", "<h2>海润冻品</h2><p>青岛码头直发，店长𡈼先生。</p>", ["LICENSE_MISMATCH"],
   "LICENSE_MISMATCH: registry status 吊销; 电子商务法 第十五条; 𡈼 outside GBK")
ip("revoked", "028-hairun-item.html", "/p/11.html", "虾仁", "<h1>冷冻虾仁 1kg</h1><p>产地：青岛；联系人：𡈼先生。</p>", ["LICENSE_MISMATCH"],
   "LICENSE_MISMATCH: registry 吊销 (footer on every page); 𡈼 outside GBK")
# --- meng ---
ip("meng", "029-mengqu-home.html", "/", "首页", "<h2>萌趣文创</h2><p>原创插画周边。</p>", ["ICP_INVALID"],
   "ICP_INVALID: 萌ICP备 is a joke registry, not a filing (互联网信息服务管理办法)")
ip("meng", "030-mengqu-item.html", "/p/2.html", "文件袋", "<h1>超A4大容量文件袋</h1><p>适合A4、B5纸张。</p>", ["ICP_INVALID"],
   "trap: 超A4 is a paper size, not 超A; ICP_INVALID: 萌ICP备 footer")
# --- forum (gbk, no meta) ---
ip("forum", "031-taoyou-home.html", "/", "论坛首页", "<h2>二手交易区</h2><ul><li>[求购] 正品AJ1 高仿勿扰</li><li>[出售] 九成新 iPad 2022</li><li>[出售] 闲置婴儿车</li></ul>", [],
   "trap: 高仿勿扰 is a refusal; USCC and ICP in <br> footer")
ip("forum", "032-taoyou-thread.html", "/thread-1201-1-1.html", "帖子", "<h2>[出售] 秃鹰气枪一把，送铅弹500发</h2><p>可改装，私聊微信，顺丰发货。</p>", ["PROHIBITED_GOODS"],
   "PROHIBITED_GOODS: 枪支管理法 (airguns count as firearms); 禁止网络交易")
ip("forum", "033-taoyou-thread.html", "/thread-1202-1-1.html", "帖子", "<h2>[出售] 野生穿山甲片 药用</h2><p>老家存货，按克卖，可邮寄。</p>", ["PROHIBITED_GOODS"],
   "PROHIBITED_GOODS: 野生动物保护法 第二十八/三十三条 (一级保护动物制品)")
ip("forum", "034-taoyou-thread.html", "/thread-1203-1-1.html", "帖子", "<h2>[出售] L家 老花 原 单 顶级版本</h2><p>和专柜对比无差，私聊看细节图。</p>", ["ABSOLUTE_TERM", "COUNTERFEIT_TERM"],
   "COUNTERFEIT_TERM: 原 单 (spaced) + 专柜对比, 商标法 第五十七条; ABSOLUTE_TERM: 顶级版本, 广告法 第九条第三项")
# --- wdian ---
ip("wdian", "035-weidian-home.html", "/", "微店首页", "<h2>晒单有礼</h2><p>带图好评截图发给客服，立返5元微信红包。</p>", ["REVIEW_INDUCEMENT"],
   "REVIEW_INDUCEMENT: 电子商务法 第十七条 (paid reviews)")
ip("wdian", "036-weidian-item.html", "/item/77.html", "坚果礼盒", "<h1>每日坚果礼盒</h1><p>本店从不以返现诱导好评，如有人冒充客服索要好评截图请举报。</p>", [],
   "trap: statement refusing review inducement")
# --- ret (gbk) ---
ip("ret", "037-ruitu-home.html", "/", "首页", "<h2>锐途户外</h2><!-- 2019旧版横幅：中国驰名商标 行业第一 --><p>帐篷、睡袋、登山杖。</p>", [],
   "trap: 驰名商标/行业第一 only inside an HTML comment (not displayed); licence and ICP in <table>")
ip("ret", "038-ruitu-item.html", "/p/20.html", "帐篷", "<h1>三人帐篷</h1><p>大件商品，售出后不接受七天无理由退换。</p>", ["RETURN_REFUSED"],
   "RETURN_REFUSED: 消费者权益保护法 第二十五条 (tent is not an exempt category)")
ip("ret", "039-ruitu-item.html", "/p/21.html", "刻字登山杖", "<h1>定制刻字登山杖</h1><p>刻字款为定作商品，依法不适用七天无理由退货，下单前请确认。</p>", [],
   "trap: 定作 goods are exempt under 消费者权益保护法 第二十五条(一)")
ip("ret", "040-ruitu-aftersale.html", "/help/aftersale.html", "售后政策", "<h2>售后政策</h2><p>依据《消费者权益保护法》第二十五条，除定作、鲜活易腐等商品外，均支持七日无理由退货。</p>", [],
   "trap: quotes the law and promises returns")
# --- woo ---
ip("woo", "041-muyun-home.html", "/", "首页", "<h2>木云家居 北欧实木</h2><p>FSC认证木材。</p>", [], "trap: licence shown only as a link 营业执照信息 (a link satisfies 第十五条)")
ip("woo", "042-muyun-item.html", "/product/oak-table/", "橡木餐桌", "<h1>橡木餐桌</h1><p>全网最低价，买贵退差。</p>", ["ABSOLUTE_TERM"],
   "ABSOLUTE_TERM: 全网最低价, 广告法 第九条第三项")
ip("woo", "043-muyun-license.html", "/about/license.html", "营业执照", "<h2>营业执照信息</h2><p>上海木云家居有限公司 统一社会信用代码 " + C["woo"] + "</p>", [],
   "trap: licence page, valid code in registry")
# --- pboot (gbk) ---
ip("pboot", "066-lanbo-home.html", "/", "首页", "<h2>蓝泊机械 新闻中心</h2><ul><li>公司通过国家级高新技术企业复审</li></ul>", [],
   "trap: 国家级高新技术企业 is a state-awarded title (SAMR 2023 exempt)")
ip("pboot", "067-lanbo-honour.html", "/about/honour.html", "荣誉资质", "<h2>荣誉资质</h2><ul><li>国家级高新技术企业 证书编号：GR2020370</li><li>山东省专精特新中小企业</li></ul>", ["FALSE_HONOUR"],
   "FALSE_HONOUR: certificate number malformed (高企 numbers are GR+year+province+6 digits, 14 chars), 广告法 第二十八条; trap part: 国家级 is the title's name")
ip("pboot", "068-lanbo-news.html", "/news/5.html", "新闻中心", "<h2>行业新闻：市场监管总局通报一批使用“免检产品”宣传的案例</h2>", [],
   "trap: news about 免检 cases, no claim made")
# --- live (utf-8 BOM) ---
ip("live", "069-xingbo-home.html", "/", "直播间", "<h2>直播间专享</h2><p>下单后给主播五星好评晒图，凭截图返现10元！</p>", ["REVIEW_INDUCEMENT"],
   "REVIEW_INDUCEMENT: 电子商务法 第十七条")

# ----- holdout independent -----
ip("h1", "044-yunzhi-home.html", "/", "首页", "<h2>云织丝绸</h2><p>杭州丝绸，6A级桑蚕丝。</p><div class=\"seo-words\" style=\"display:none\">高仿丝巾 A货 精仿大牌</div>", [],
   "trap: 6A级 is a raw-silk grade (GB/T 1797), not A货; the 高仿/A货 keyword block is display:none (not displayed)")
ip("h1", "045-yunzhi-item.html", "/p/8.html", "丝巾", "<h1>大牌同款 精<span>仿</span>丝巾</h1><p>H家经典图案，专柜品质。</p>", ["COUNTERFEIT_TERM"],
   "COUNTERFEIT_TERM: 精仿 split across tags, 商标法 第五十七条")
ip("h1", "046-yunzhi-item.html", "/p/9.html", "真丝睡衣", "<h1>真丝睡衣</h1><p>不做高仿不卖A货，只卖自己织的绸。</p>", [], "trap: negation of 高仿/A货")
ip("h2", "047-shumagang-home.html", "/", "首页", "<h2>数码港 最强性能 行业第一</h2><p>中国驰名商标 品牌充电宝。客服𠮷小姐。</p>", ["ABSOLUTE_TERM", "WELLKNOWN_MARK_AD"],
   "ABSOLUTE_TERM: 广告法 第九条第三项; WELLKNOWN_MARK_AD: 商标法 第十四条第五款; 𠮷 outside GBK")
ip("h2", "048-shumagang-item.html", "/p/3.html", "充电宝", "<h1>20000mAh 充电宝</h1><p>国家免检产品，质量信得过。联系人𠮷小姐。</p>", ["FALSE_HONOUR"],
   "FALSE_HONOUR: 免检 abolished 2008, 广告法 第二十八条; 𠮷 outside GBK")
ip("h3", "049-hekang-home.html", "/", "首页", "<h2>和康磁疗保健枕（非医疗器械）</h2><p>睡一个月，颈椎病、失眠全好了。</p>", ["FALSE_CLAIM"],
   "FALSE_CLAIM: 广告法 第十七条 (disease cure for a non-medical product)")
ip("h3", "050-hekang-item.html", "/p/4.html", "血压计", "<h1>电子血压计</h1><p>医疗器械注册证编号：京械注准20192070123，请仔细阅读产品说明书或者在医务人员的指导下购买和使用。</p>", [],
   "trap: registered device with the statutory warning (广告法 第十六条)")
ip("h3", "051-hekang-privacy.html", "/help/privacy.html", "隐私政策", "<h2>隐私政策</h2><p>本政策不适用于治疗建议；如需诊疗请就医。</p>", [], "trap: legal text naming 治疗 as a disclaimer")
ip("h5", "052-maoyuan-home.html", "/", "首頁", "<h2>茂源酒業 中國馳名商標</h2><p>百年窖藏。</p>", ["WELLKNOWN_MARK_AD"],
   "WELLKNOWN_MARK_AD: 商标法 第十四条第五款 (traditional script)")
ip("h5", "053-maoyuan-item.html", "/p/2.html", "白酒", "<h1>濃香型白酒</h1><p>執行標準GB/T 10781.1 優級。</p>", [], "trap: 優級 is a standard grade")
ip("h6", "054-fuhai-home.html", "/", "首页", "<h2>福海渔具</h2><p>鱼竿、鱼线、饵料。</p>", ["ICP_MISSING"], "ICP_MISSING: 互联网信息服务管理办法 第十二条")
ip("h6", "055-fuhai-item.html", "/p/6.html", "捕鱼器", "<h1>大功率电鱼机 逆变器套装</h1><p>一电一片，包教包会。</p>", ["PROHIBITED_GOODS"],
   "PROHIBITED_GOODS: 渔业法 第三十条 bans electric fishing; sale of 电鱼器具 banned")
ip("h7", "056-ludao-home.html", "/", "首页", "<h2>鹭岛茶行</h2><p>武夷岩茶。</p>", ["ICP_INVALID", "LICENSE_INVALID"],
   "LICENSE_INVALID: USCC check character wrong (GB 32100); ICP_INVALID: placeholder XXXX")
ip("h7", "057-ludao-item.html", "/p/1.html", "大红袍", "<h1>大红袍 特级</h1><p>岩韵明显。</p>", ["ICP_INVALID", "LICENSE_INVALID"],
   "trap: 特级 is a GB/T 18745 grade; LICENSE_INVALID and ICP_INVALID from the footer")
ip("h8", "058-jincheng-home.html", "/", "首页", "<h2>锦城茶业</h2><p>蒙顶甘露。</p>", ["LICENSE_MISMATCH"], "LICENSE_MISMATCH: registry status 注销")
ip("h8", "059-jincheng-item.html", "/p/2.html", "甘露", "<h1>蒙顶甘露</h1>", ["LICENSE_MISMATCH"], "LICENSE_MISMATCH: registry 注销")
ip("h9", "060-jiangyuan-home.html", "/", "首頁", "<h2>老字號醬園</h2><p>百年醬菜。</p>", [], "trap: old 15-digit 注册号 valid (MOD 11,10) and in registry as 存续")
ip("h9", "061-jiangyuan-item.html", "/p/3.html", "醬菜", "<h1>玻璃罐裝醬瓜</h1><p>密封罐裝，一經售出恕不退換。</p>", ["RETURN_REFUSED"],
   "RETURN_REFUSED: 消费者权益保护法 第二十五条 (sealed jar is not 鲜活易腐)")
ip("h10", "062-guzhen-home.html", "/", "首页", "<h2>古镇清酒坊</h2><p>绍兴黄酒。</p><p hidden>营业执照 浙ICP备18099887号-1</p>", ["ICP_MISSING", "LICENSE_MISSING"],
   "LICENSE_MISSING: 电子商务法 第十五条; ICP_MISSING: 互联网信息服务管理办法 第十二条 (licence word and ICP only in a hidden element)")
ip("h10", "063-guzhen-item.html", "/p/1.html", "花雕", "<h1>十年花雕</h1><p>最佳饮用温度：温至40℃。</p>", [], "trap: 最佳饮用温度 is a tip")
ip("h11", "064-peng-home.html", "/", "首页", "<h2>鹏文具</h2><p>学生文具批发。</p>", ["LICENSE_INVALID"], "LICENSE_INVALID: 注册号 fails ISO 7064 MOD 11,10")
ip("h11", "065-peng-item.html", "/p/2.html", "A4纸", "<h1>A4复印纸 70g</h1><p>超A级白度。</p>", ["LICENSE_INVALID"],
   "trap: 超A级白度 is a paper whiteness grade, not the 超A counterfeit slang; LICENSE_INVALID: footer 注册号 fails ISO 7064 MOD 11,10")

# ----- platform (main) -----
def lic(name, code): return f'<div class="shop-license">营业执照：{name}<br>统一社会信用代码：{code}</div>'
plat("M", "070-shopA-home.html", "/shop/shanju/", "山居茶舍", shop_home("山居茶舍", "shanju", lic("杭州山居茶舍有限公司", C["shopA"]), "yes",
     [("sj01", "白茶饼", 159), ("sj02", "红茶", 199), ("sj03", "岩茶", 109)]), [], "trap: compliant shop home (licence, mall-mark); platform footer present")
plat("M", "071-shopA-item.html", "/item/sj01.html", "白茶饼", item("山居茶舍", "shanju", "福鼎白茶饼", 159, '<del class="origin">原价¥199</del>', "2019年寿眉。"),
     ["FAKE_ORIGINAL_PRICE"], "FAKE_ORIGINAL_PRICE: 原价199 above 129 seen 2 days before; 明码标价和禁止价格欺诈规定 第十六条")
hist("M", "071-h1.html", "/item/sj01.html", 2, "福鼎白茶饼", 129)
plat("M", "072-shopA-item.html", "/item/sj02.html", "红茶", item("山居茶舍", "shanju", "正山小种", 169, '<s>划线价¥199</s>', "桐木关。"),
     [], "trap: 划线价199 equals the lowest price (199) in the 7 days; the 99 capture is 8 days old")
hist("M", "072-h1.html", "/item/sj02.html", 8, "正山小种", 99)
hist("M", "072-h2.html", "/item/sj02.html", 3, "正山小种", 199)
plat("M", "073-shopA-item.html", "/item/sj03.html", "岩茶", item("山居茶舍", "shanju", "肉桂岩茶", 109, '<span class="line-price">日常价¥139</span>', "武夷山。"),
     ["FAKE_ORIGINAL_PRICE"], "FAKE_ORIGINAL_PRICE: 日常价139 above 89 seen 0.5 days before; 第十六条")
hist("M", "073-h1.html", "/item/sj03.html", 0.5, "肉桂岩茶", 89)
plat("M", "074-shopB-home.html", "/shop/chaoxie/", "潮鞋汇", shop_home("潮鞋汇", "chaoxie", lic("深圳市潮鞋汇贸易有限公司", C["shopB"]), "none",
     [("cx01", "纯原AJ1", 399), ("cx02", "帆布鞋", 89)]) + "<p>莆田纯原，细节对比专柜无差。</p>", ["COUNTERFEIT_TERM", "MARK_MISSING"],
     "MARK_MISSING: no mall-mark element (平台亮标); COUNTERFEIT_TERM: 莆田纯原, 商标法 第五十七条")
plat("M", "075-shopB-item.html", "/item/cx01.html", "AJ1", item("潮鞋汇", "chaoxie", "AJ1 芝加哥 纯原版本", 399, "", "顶级复刻，鞋盒钢印一比一还原。"),
     ["ABSOLUTE_TERM", "COUNTERFEIT_TERM"], "COUNTERFEIT_TERM: 纯原/复刻/一比一, 商标法 第五十七条; ABSOLUTE_TERM: 顶级 as a quality claim, 广告法 第九条第三项")
plat("M", "076-shopB-item.html", "/item/cx02.html", "帆布鞋", item("潮鞋汇", "chaoxie", "自有品牌帆布鞋", 89, "", "本店不卖高仿，退款按原单原路退回。"),
     [], "trap: 不卖高仿 negation; 原单原路退回 = refund to original order route")
plat("M", "077-shopC-home.html", "/shop/mianfang/", "棉纺小铺", shop_home("棉纺小铺", "mianfang", lic("深圳市纺织优品服饰有限公司", C["fangzhi"]), "none",
     [("mf01", "毛巾", 19)]) + '<!-- <span class="mall-mark">商城认证</span> -->', ["MARK_MISSING"],
     "MARK_MISSING: the mall-mark is only inside an HTML comment (not displayed)")
plat("M", "078-shopD-home.html", "/shop/tongqu/", "童趣玩具", shop_home("童趣玩具", "tongqu", lic("北京童趣玩具有限公司", C["shopD"]), "yes",
     [("tq01", "积木", 129)]), ["LICENSE_MISMATCH"], "LICENSE_MISMATCH: registry status 经营异常")
plat("M", "079-shopD-item.html", "/item/tq01.html", "积木", item("童趣玩具", "tongqu", "大颗粒积木", 129, "", "最佳适用年龄3-6岁，含小零件，3岁以下勿用。"),
     [], "trap: 最佳适用年龄 is advice; item page has no licence duty")
plat("M", "080-shopE-home.html", "/shop/mala/", "麻辣零食", shop_home("麻辣零食", "mala", '<p class="shop-desc">成都老字号风味</p>', "yes",
     [("ml01", "麻辣牛肉干", 39), ("ml02", "冷鲜兔头", 59)]), ["LICENSE_MISSING"],
     "LICENSE_MISSING: 电子商务法 第十五条 (no shop licence; the platform footer is not the shop's)")
plat("M", "081-shopE-item.html", "/item/ml01.html", "牛肉干", item("麻辣零食", "mala", "麻辣牛肉干 袋装", 39, "", "食品类商品一律不支持7天无理由退换，介意勿拍。"),
     ["RETURN_REFUSED"], "RETURN_REFUSED: 消费者权益保护法 第二十五条 (packaged shelf-stable food not exempt)")
plat("M", "082-shopE-item.html", "/item/ml02.html", "兔头", item("麻辣零食", "mala", "冷鲜兔头 顺丰冷链", 59, "", "生鲜冷链商品属于鲜活易腐类，不适用七天无理由退货。"),
     [], "trap: 鲜活易腐 exemption, 消费者权益保护法 第二十五条(二)")
plat("M", "083-shopF-home.html", "/shop/haiwei/", "海味干货", shop_home("海味干货", "haiwei",
     f'<div class="shop-license"><img src="/lic/hw.jpg" alt="营业执照 厦门海味干货商行有限公司 {C["shopF"]}"></div>', "yes",
     [("hw01", "玳瑁手镯", 880), ("hw02", "虾干", 69), ("hw03", "海参", 299)]), [], "trap: licence as image alt; mark present")
plat("M", "084-shopF-item.html", "/item/hw01.html", "玳瑁", item("海味干货", "haiwei", "老料玳瑁手镯", 880, "", "野生玳瑁，纯手工打磨。"),
     ["PROHIBITED_GOODS"], "PROHIBITED_GOODS: 野生动物保护法 (hawksbill, national class I)")
plat("M", "085-shopF-item.html", "/item/hw02.html", "虾干", item("海味干货", "haiwei", "淡晒虾干", 69, "", "收货后五星好评带图，联系客服领3元红包。"),
     ["REVIEW_INDUCEMENT"], "REVIEW_INDUCEMENT: 电子商务法 第十七条")
plat("M", "086-shopF-item.html", "/item/hw03.html", "海参", item("海味干货", "haiwei", "淡干海参", 299, "", "糖尿病人长期吃，血糖降下来，可以不打胰岛素。"),
     ["FALSE_CLAIM"], "FALSE_CLAIM: 广告法 第十七条 (food claiming to treat diabetes)")
plat("M", "087-shopG-home.html", "/shop/jiexin/", "洁馨日化", shop_home("洁馨日化", "jiexin", lic("上海木云家居有限公司", C["woo"]), "hidden",
     [("jx01", "洗衣液", 39), ("jx02", "洗洁精", 19)]), ["MARK_MISSING"], "MARK_MISSING: mall-mark element is display:none (hidden)")
plat("M", "088-shopG-item.html", "/item/jx01.html", "洗衣液", item("洁馨日化", "jiexin", "洁馨洗衣液", 39, "", "中国驰名商标，老牌子。"),
     ["WELLKNOWN_MARK_AD"], "WELLKNOWN_MARK_AD: 商标法 第十四条第五款")
plat("M", "089-shopG-item.html", "/item/jx02.html", "洗洁精", item("洁馨日化", "jiexin", "洁馨洗洁精", 19, "", "国家免检产品，放心用。"),
     ["FALSE_HONOUR"], "FALSE_HONOUR: 免检 abolished 2008; 广告法 第二十八条")

# ----- platform (holdout) -----
plat("H", "090-shopH-home.html", "/shop/meifu/", "美肤日化", shop_home("美肤日化", "meifu", lic("杭州美肤日化有限公司", C["shopH"]), "pending",
     [("mf1", "祛斑霜", 79), ("mf2", "面膜", 69)]), ["MARK_MISSING"], "MARK_MISSING: class mall-mark-pending is not the token mall-mark")
plat("H", "091-shopH-item.html", "/item/mf1.html", "祛斑霜", item("美肤日化", "meifu", "祛斑霜", 79, '<del>原价¥99</del>', "7天淡斑，黄褐斑根治不复发。"),
     ["FAKE_ORIGINAL_PRICE", "FALSE_CLAIM"], "FALSE_CLAIM: 广告法 第十七条 (根治 a disease); FAKE_ORIGINAL_PRICE: 原价99 above 59 seen 1 day before")
hist("H", "091-h1.html", "/item/mf1.html", 1, "祛斑霜", 59)
plat("H", "092-shopH-item.html", "/item/mf2.html", "面膜", item("美肤日化", "meifu", "补水面膜", 69, '<del>原价¥99</del>', "补水保湿。"),
     [], "trap: 39 capture is 7.5 days old; in-window lowest is 99, not below 原价")
hist("H", "092-h1.html", "/item/mf2.html", 7.5, "补水面膜", 39)
hist("H", "092-h2.html", "/item/mf2.html", 6, "补水面膜", 99)
plat("H", "093-shopJ-home.html", "/shop/pinbiao/", "品表汇", shop_home("品表汇", "pinbiao", lic("深圳市品表汇商贸有限公司", C["shopJ"]), "yes",
     [("pb1", "机械表", 980), ("pb2", "石英表", 299)]), [], "trap: compliant shop home")
plat("H", "094-shopJ-item.html", "/item/pb1.html", "机械表", item("品表汇", "pinbiao", "机械表 超Ａ版", 980, '<s>市场价¥1280</s>', "一比一开模，专柜可验。"),
     ["COUNTERFEIT_TERM", "FAKE_ORIGINAL_PRICE"], "COUNTERFEIT_TERM: 超Ａ (full-width)/一比一, 商标法 第五十七条; FAKE_ORIGINAL_PRICE: 市场价1280 above 880 seen 6.9 days before")
hist("H", "094-h1.html", "/item/pb1.html", 6.9, "机械表", 880)
plat("H", "095-shopJ-item.html", "/item/pb2.html", "石英表", item("品表汇", "pinbiao", "自有品牌石英表", 299, "", "退货退款按原单原路返回。"),
     [], "trap: 原单原路 = original payment route")
plat("H", "096-shopK-home.html", "/shop/gaotuan/", "姑苏糕团", shop_home("姑苏糕团", "gaotuan", '<p>百年糕团手艺</p>', "yes",
     [("gt1", "青团", 39), ("gt2", "礼盒", 88)]), ["LICENSE_MISSING"], "LICENSE_MISSING: 电子商务法 第十五条 (only the platform's own identity shown)")
plat("H", "097-shopK-item.html", "/item/gt1.html", "青团", item("姑苏糕团", "gaotuan", "艾草青团", 39, "", "追评满30字+3张图，私信客服返2元。"),
     ["REVIEW_INDUCEMENT"], "REVIEW_INDUCEMENT: 电子商务法 第十七条")
plat("H", "098-shopK-item.html", "/item/gt2.html", "礼盒", item("姑苏糕团", "gaotuan", "真空糕点礼盒（保质期180天）", 88, "", "特价商品，不退不换。"),
     ["RETURN_REFUSED"], "RETURN_REFUSED: 消费者权益保护法 第二十五条 (vacuum-packed 180-day goods not 鲜活易腐; 特价 no exemption)")

plat("H", "099-shopL-home.html", "/shop/yunwu/", "云雾烟具", shop_home("云雾烟具", "yunwu", lic("深圳市云雾烟具商贸有限公司", C["shopL"]), "none",
     [("yw1", "电子烟", 129), ("yw2", "防风打火机", 59)]) + '<script type="text/template"><span class="mall-mark">商城认证</span></script>', ["MARK_MISSING"],
     "MARK_MISSING: the mall-mark exists only inside a <script> template (not displayed)")
plat("H", "100-shopL-item.html", "/item/yw1.html", "电子烟", item("云雾烟具", "yunwu", "小烟电子烟套装 含3颗尼古丁烟弹", 129, "", "多口味可选，全国包邮。"),
     ["PROHIBITED_GOODS"], "PROHIBITED_GOODS: 电子烟管理办法 (2022) 第二十三条 bans online sale of e-cigarettes; 烟草专卖法实施条例")
plat("H", "101-shopL-item.html", "/item/yw2.html", "打火机", item("云雾烟具", "yunwu", "防风打火机", 59, "", "全网销量冠军No.1，荣获中国名牌产品（2025年度）。"),
     ["ABSOLUTE_TERM", "FALSE_HONOUR"], "ABSOLUTE_TERM: 销量冠军No.1, 广告法 第九条第三项; FALSE_HONOUR: 中国名牌 evaluation stopped in 2008, a 2025 award cannot be true (广告法 第二十八条)")

def write_all(out):
    for sub in ("pages", "history", "holdout/pages", "holdout/history"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    lab = {"M": ["# file\turl\tcodes"], "H": ["# file\turl\tcodes"]}
    nts = {"M": ["# file\tencoding\tbom\tnote"], "H": ["# file\tencoding\tbom\tnote"]}
    for side, fn, url, enc, bom, html, codes, note in PAGES:
        base = out if side == "M" else os.path.join(out, "holdout")
        with open(os.path.join(base, "pages", fn), "wb") as f:
            f.write(encode(html, enc, bom))
        lab[side].append(f"{fn}\t{url}\t{','.join(sorted(codes)) if codes else '-'}")
        nts[side].append(f"{fn}\t{enc}\t{'yes' if bom else 'no'}\t{note}")
    hs = {"M": ["# file\turl\tdays_before"], "H": ["# file\turl\tdays_before"]}
    for side, fn, url, days, html in HIST:
        base = out if side == "M" else os.path.join(out, "holdout")
        with open(os.path.join(base, "history", fn), "wb") as f:
            f.write(encode(html, "utf-8"))
        hs[side].append(f"{fn}\t{url}\t{days}")
    for side in "MH":
        base = out if side == "M" else os.path.join(out, "holdout")
        for name, rows in (("labels.tsv", lab), ("notes.tsv", nts), ("history.tsv", hs)):
            with open(os.path.join(base, name), "w", encoding="utf-8") as f:
                f.write("\n".join(rows[side]) + "\n")
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\tstatus\n" + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in REGISTRY))

def cmpdirs(a, b):
    d = filecmp.dircmp(a, b)
    bad = d.left_only + d.right_only + d.diff_files + d.funny_files
    return bad + [x for sd in d.common_dirs for x in cmpdirs(os.path.join(a, sd), os.path.join(b, sd))]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        t = tempfile.mkdtemp()
        write_all(t)
        bad = []
        for sub in ("pages", "history", "holdout", "registry.tsv", "labels.tsv", "notes.tsv", "history.tsv"):
            p, q = os.path.join(here, sub), os.path.join(t, sub)
            if os.path.isdir(q):
                bad += cmpdirs(p, q) if os.path.isdir(p) else [sub]
            elif not os.path.exists(p) or open(p, "rb").read() != open(q, "rb").read():
                bad.append(sub)
        shutil.rmtree(t)
        if bad:
            print("differs:", bad); sys.exit(1)
        print("ok"); sys.exit(0)
    for sub in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(here, sub), ignore_errors=True)
    write_all(here)
