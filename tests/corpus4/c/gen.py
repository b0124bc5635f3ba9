#!/usr/bin/env python3
"""corpus4/c generator. Every site, page, label and note below is written by hand."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, spoil, regno, icp, gongan, PROV, BASIS, render, PLATFORM_FOOT

AB = {"CT": "COUNTERFEIT_TERM", "WM": "WELLKNOWN_MARK_AD", "AT": "ABSOLUTE_TERM", "FC": "FALSE_CLAIM",
      "RR": "RETURN_REFUSED", "PG": "PROHIBITED_GOODS", "RI": "REVIEW_INDUCEMENT", "FH": "FALSE_HONOUR",
      "LM": "LICENSE_MISSING", "LI": "LICENSE_INVALID", "LX": "LICENSE_MISMATCH", "IM": "ICP_MISSING",
      "II": "ICP_INVALID", "MM": "MARK_MISSING", "FP": "FAKE_ORIGINAL_PRICE"}

SITES = []
REGISTRY = [("91330100MA27WJ011R", "杭州网剑网络科技有限公司", "存续")]   # (code, name, status); first row: the platform operator

def site(host, enc, tmpl, name, prov, seq, icpn, split, style=0, trad=False, reg="存续"):
    code = uscc(PROV[prov], seq)
    s = dict(host=host, enc=enc, tmpl=tmpl, name=name, prov=prov, code=code, split=split, pages=[],
             icp=icp(prov, icpn, trad=trad), ga=gongan(prov, seq[:6] + "01", trad=trad), trad=trad)
    s["footer"] = foot(s, style)
    s["sub"] = s["footer"]
    if reg:
        REGISTRY.append((code, name, reg))
    SITES.append(s)
    return s

def foot(s, style, code=None, icpstr=None, lic=True, icpshow=True):
    code = code or s["code"]; i = icpstr or s["icp"]; n = s["name"]
    if s["trad"]:
        L = "統一社會信用代碼：%s" % code if lic else ""
        I = '<a href="https://beian.miit.gov.cn/">%s</a> %s' % (i, s["ga"]) if icpshow else ""
        return "<p>Copyright © 2026 %s 版權所有</p><p>%s %s</p>" % (n, L, I)
    I = '<a href="https://beian.miit.gov.cn/" target="_blank">%s</a>' % i if icpshow else ""
    G = ('<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%s" target="_blank"><img src="/static/gongan.png" alt="">%s</a>'
         % ("".join(ch for ch in s["ga"] if ch.isdigit()), s["ga"])) if icpshow else ""
    if style == 0:
        L = "统一社会信用代码：%s" % code if lic else ""
        return "<p>Copyright © 2019-2026 %s 版权所有</p><p>%s %s %s</p>" % (n, L, I, G)
    if style == 1:
        L = "<tr><td>营业执照</td><td>%s</td></tr>" % code if lic else ""
        return '<table class="ft"><tr><td>经营主体</td><td>%s</td></tr>%s<tr><td>%s</td><td>%s</td></tr></table>' % (n, L, I, G)
    if style == 2:
        L = "营业执照信息：<span>%s</span><span>%s</span><br>" % (code[:8], code[8:]) if lic else ""
        return "%s<br>%s%s<br>%s" % (n, L, I, G)
    if style == 3:
        L = "<dt>信用代码</dt><dd>%s</dd>" % code if lic else ""
        return '<dl class="corp-info"><dt>主体</dt><dd>%s</dd>%s<dt>备案</dt><dd>%s %s</dd></dl>' % (n, L, I, G)
    if style == 4:
        L = '<a href="/license.html"><img src="/uploads/yyzz.jpg" alt="%s营业执照电子版"></a>' % n if lic else ""
        return '<div class="copy">© %s</div>%s<div>%s %s</div>' % (n, L, I, G)

def P(s, file, path, codes, note, title, body, hist=None, **kw):
    cs = "-" if codes == "-" else ",".join(sorted(AB[c] for c in codes.split(",")))
    d = dict(file=file, path=path, codes=cs, note=note, title=title, body=body, hist=hist or [])
    d.update(kw)
    s["pages"].append(d)

def price(now, orig, label="原价"):
    return ('<div class="summary"><span class="price">¥%s</span> <del class="price-orig">%s¥%s</del></div>'
            % (now, label, orig))

# ---------------------------------------------------------------- sites
s = site("cha-yunwu.test", "gbk", "wx", "武夷山云雾茶业有限公司", "闽", "70231584", "18033271", "main", 0)
P(s, "001-yunwu-home.html", "/", "-", "trap: 'not the best' is a negation and a business philosophy, no superlative claim; licence+ICP shown",
  "云雾茶业", "<p>我们不敢说自己做的是最好的茶，只想把每一泡茶做干净。</p><p>岩茶、白茶、红茶，山场直供。</p>")
P(s, "002-yunwu-article.html", "/p/20261101.html", "-", "trap: 国家级自然保护区 is a state designation (fact), 最佳冲泡水温 is a usage tip exempt under the 2023 guideline",
  "山场笔记", "<p>我们的茶园紧挨武夷山国家级自然保护区。</p><p>小贴士：岩茶最佳冲泡水温为95℃左右，头泡快出汤。</p>")
P(s, "003-yunwu-baicha.html", "/p/20261115.html", "AT,FC", "AT: 全网效果最好 as claim; FC: 降血糖/治糖尿病 for tea (food)",
  "老白茶推文", "<p>十年陈老白茶，喝了它血糖稳稳降下来，糖尿病老友都在回购！</p><p>同价位里口感和效果都是全网顶尖的那一款。</p>"
  '<p><a href="https://weidian.test/item.html?id=3321">点此购买</a></p>')

s = site("mm-luxe.test", "utf-8", "xhs", "深圳市觅美优选贸易有限公司", "粤", "31205567", "20264411", "main", 2)
P(s, "004-mmluxe-home.html", "/", "-", "trap: 拒绝高仿 is a refusal; licence split across spans still displayed; ICP shown",
  "觅美优选", "<p>只做专柜正品代购，每单附购物小票。拒绝高仿，假一赔十。</p>")
P(s, "005-mmluxe-note881.html", "/note/881.html", "CT", "CT: seller offers a 复刻 bag with 1:1 hardware",
  "这只包我真的会回购", "<p>姐妹们这只是高品质复刻款，五金 1:1 开模，和柜里那只放一起根本分不出来。</p><p>私我拿链接～</p>")
P(s, "006-mmluxe-note902.html", "/note/902.html", "CT,RI", "CT: 莆田纯原 shoes; RI: cash back for picture reviews",
  "莆田纯原鞋 上脚分享", "<p>莆田纯原版本，鞋盒钢印都有，工厂直发。</p><p>收货后带图五星评价，截图给客服返现5元。</p>")

s = site("laoxiang-tuan.test", "gbk", "tg", "长沙邻里优选商贸有限公司", "湘", "55102093", "19027788", "main", 1)
P(s, "007-laoxiang-home.html", "/", "-", "clean home: licence table + ICP",
  "邻里优选团购", "<li>湘西烟熏腊肉 团购价 39.9元/斤</li><li>浏阳蒸菜礼盒</li>")
P(s, "008-laoxiang-longxia.html", "/tuan/1208.html", "-", "trap: live crayfish is 鲜活易腐, a statutory exemption under 消保法第二十五条(二)",
  "鲜活小龙虾", "<li>鲜活小龙虾 4-6钱 3斤装</li><li>生鲜类商品签收后不支持七天无理由退货，如有死虾请在2小时内拍照联系团长处理。</li>")
P(s, "009-laoxiang-yurongfu.html", "/tuan/1209.html", "RR", "RR: down jackets are not exempt goods; blanket refusal",
  "羽绒服清仓", "<li>男女款加厚羽绒服 清仓价 159元</li><li>清仓商品售出概不退换，不支持七天无理由，介意慎拍。</li>")
P(s, "010-laoxiang-haoping.html", "/tuan/1210.html", "RI", "RI: red packet for a positive review screenshot",
  "团长福利", "<li>本周福利：收货后在小程序给好评，把截图发给团长领2元红包！</li>")

s = site("weishang-jia.test", "gbk", "ws", "广州佳颜美妆商行有限公司", "粤", "60447125", "00000000", "main", 0)
s["footer"] = foot(s, 0, icpshow=False)
P(s, "011-weishang-home.html", "/", "FC,IM", "FC: 祛斑 7天见效 无效退款 (efficacy guarantee); IM: home shows licence but no ICP number",
  "佳颜代理价目表", "<tr><th>产品</th><th>零售</th><th>代理</th></tr><tr><td>雪颜焕白面膜</td><td>168</td><td>69</td></tr>"
  "<tr><td colspan=3>7天淡斑、28天祛斑，无效全额退款，孕妇哺乳期都能用</td></tr>")
P(s, "012-weishang-list2.html", "/list/2.html", "CT", "CT: 超A / 一比一 watches",
  "腕表价目", "<tr><td>超Ａ级机械腕表</td><td>与正品一比一</td><td>480</td></tr><tr><td>原单女表</td><td>支持验货</td><td>360</td></tr>")
P(s, "013-weishang-list3.html", "/list/3.html", "RR", "RR: cosmetics and clothes sold to consumers, returns refused beyond exemptions",
  "下单须知", "<tr><td>下单须知：本店所有货品一经发出不退不换，拆包概不售后，请想好再拍。</td></tr>")

s = site("zhibo-guoyuan.test", "utf-8", "live", "成都果小满农业科技有限公司", "川", "83311420", "2023015533", "main", 3)
P(s, "014-guoyuan-home.html", "/", "-", "clean home: dl licence + ICP",
  "果小满直播间", "<p>爱媛38号果冻橙 现摘现发 5斤装 39.9</p>")
P(s, "015-guoyuan-live0930.html", "/live/0930.html", "AT", "AT: 全网最甜 没有之一",
  "直播回放", "<p>家人们，我们家的果冻橙是全网最甜的，没有之一！不甜你来找我！</p>")
P(s, "016-guoyuan-live1001.html", "/live/1001.html", "-", "trap: fresh fruit is 鲜活易腐, statutory exemption; seller still pays for bad fruit",
  "售后说明", "<p>生鲜水果依法不适用七天无理由退货；坏果拍照，按个数包赔。</p>")

s = site("yaocao-tang.test", "gb18030", "corp", "云南百草汇生物科技有限公司", "滇", "20198736", "16008812", "main", 4)
P(s, "017-yaocao-home.html", "/", "FH,WM", "WM: 中国驰名商标 in ad; FH: 国家免检产品 (scheme abolished 2008); licence image link + ICP",
  "关于我们", "<p>🌿百草汇始创于2003年，旗下“滇百草”荣获中国驰名商标，主导产品连续被评为国家免检产品。</p>")
P(s, "018-yaocao-sanqi.html", "/product/12.html", "FC", "FC: 三七粉 (food) claims to fight cancer and replace drugs",
  "三七粉", "<p>🌿文山三七超细粉，抗肿瘤、降血压，长期服用可替代降压药。</p>")
P(s, "019-yaocao-news.html", "/news/5.html", "-", "trap: consumer warning news quoting the law (驰名商标, 免检, 治疗 in a warning context)",
  "行业新闻", "<p>🌿市场监管部门提醒：保健食品不能代替药物治疗疾病；商标法规定“驰名商标”字样不得用于广告宣传；国家早已取消“免检产品”制度，遇到此类宣传请拨打12315。</p>")

s = site("hk-meizhuang.test", "big5", "yz", "深圳市港妝匯貿易有限公司", "粤", "47120688", "20251209", "main", 0, trad=True)
P(s, "020-hkmz-home.html", "/", "-", "trap: 絕不售賣仿品 is a refusal; traditional licence+ICP block",
  "港妝匯", "<p>香港直郵正品，絕不售賣水貨、仿品，每件附香港購物單據。</p>")
P(s, "021-hkmz-goods31.html", "/goods/31.html", "CT", "CT: 原單尾貨 (trad) counterfeit slang",
  "精華液", "<p>原單尾貨，專櫃同款同批次，數量有限。</p>")
P(s, "022-hkmz-goods32.html", "/goods/32.html", "AT,RI", "AT: 銷量第一 unverifiable superlative; RI: gift for picture review",
  "潤唇膏", "<p>全港銷量第一的潤唇膏。</p><p>收貨後五星好評並曬圖，聯繫客服送面膜一片。</p>")

s = site("tw-chaye.test", "big5", "wc", "廈門阿里山茗茶有限公司", "闽", "13376009", "17042260", "holdout", 0, trad=True)
P(s, "023-twcha-home.html", "/", "-", "trap: 最佳賞味期 is a storage tip exempt under the 2023 guideline",
  "阿里山茗茶", "<p>阿里山高山烏龍，真空包裝，最佳賞味期為十二個月，開封後請冷藏。</p>")
P(s, "024-twcha-oolong.html", "/product/oolong.html", "FC,FH", "FH: 國家免檢產品 abolished; FC: 治療失眠 for tea",
  "高山烏龍", "<p>本茶榮獲國家免檢產品稱號，每日一杯可治療失眠、調理三高。</p>")
P(s, "025-twcha-faq.html", "/faq.html", "RR", "RR: blanket 概不退換 for tea sets and gift boxes (not an exempt category)",
  "常見問題", "<p>問：可以退貨嗎？</p><p>答：本店茶具、禮盒一經售出，概不退換，敬請見諒。</p>")

# platform shops (each shop counted as one subject for the split)
def mall(shopid, name, prov, seq, split, mark=True, lic=True):
    code = uscc(PROV[prov], seq)
    s = dict(host="mall.wangjian.test", enc="utf-8", tmpl="jd", name=name, prov=prov, code=code, split=split,
             pages=[], trad=False, shop=shopid, footer=PLATFORM_FOOT, sub=PLATFORM_FOOT)
    REGISTRY.append((code, name, "存续"))
    s["head"] = ('<div class="shop-head"><span class="shop-name">%s</span>%s%s</div>' % (
        name, '<span class="mall-mark verified">网剑认证商家</span>' if mark else "",
        '<div class="shop-info shop-license">营业执照：%s %s</div>' % (name, code) if lic else ""))
    SITES.append(s)
    return s

s = mall("chaoliu88", "义乌潮流派服饰有限公司", "浙", "31850427", "main", mark=False)
P(s, "026-mall-chaoliu-home.html", "/shop/chaoliu88/", "MM", "MM: shop home has shop-license but no mall-mark element",
  "潮流派旗舰", s["head"] + "<p>秋冬新款卫衣 满199减20</p>")
P(s, "027-mall-chaoliu-item.html", "/item/cl7701.html", "FP", "FP: 原价129 while the same URL sold at 89 three days earlier",
  "加绒卫衣", price("99", "129") + "<p>加绒加厚卫衣 男女同款</p>", hist=[(3, "89", "129"), (10, "79", "129")])
P(s, "028-mall-chaoliu-item2.html", "/item/cl7702.html", "-", "trap: 原价 equals the lowest price of the 7 days before; the cheaper capture is 9 days old",
  "牛仔裤", price("79", "109") + "<p>直筒牛仔裤</p>", hist=[(2, "109", "129"), (9, "69", "109")])

s = mall("xiaoyu-tea", "杭州小雨茶舍有限公司", "浙", "62039915", "holdout")
P(s, "029-mall-xiaoyu-home.html", "/shop/xiaoyu-tea/", "-", "clean shop home: shop-license and mall-mark",
  "小雨茶舍", s["head"] + "<p>明前龙井 当季新茶</p>")
P(s, "030-mall-xiaoyu-item.html", "/item/xy2031.html", "FP", "FP: 划线价268 above 198 shown 1.5 days earlier",
  "明前龙井", price("228", "268", "划线价") + "<p>西湖产区 明前一级</p>", hist=[(1.5, "198", "268")])

s = mall("baijia-dz", "温州百佳电子商行有限公司", "浙", "70442301", "holdout", mark=False)
P(s, "031-mall-baijia-home.html", "/shop/baijia-dz/", "MM", "MM: the text 网剑认证 appears only as plain text, no mall-mark element",
  "百佳数码", s["head"] + "<p>本店已通过网剑认证（认证标识申请中）</p>")

s = mall("yunduan-mz", "上海云端美妆有限公司", "沪", "58810342", "main")
P(s, "032-mall-yunduan-home.html", "/shop/yunduan-mz/", "-", "clean shop home",
  "云端美妆", s["head"] + "<p>国货彩妆 满99包邮</p>")
P(s, "033-mall-yunduan-item.html", "/item/yd5520.html", "-", "trap: buyer review saying the seller offered cashback and that she refused; the seller does not offer it on the page",
  "气垫", price("89", "89", "日常价") + '<div class="comments"><p>买家评论：客服私信说好评返现，我没理，东西本身还行，但这种操作真不喜欢。</p></div>',
  hist=[(4, "89", "99")])

s = site("jiu-fang.test", "gbk", "corp", "泸州老窖坊酒业销售有限公司", "川", "40963318", "15032270", "main", 1)
P(s, "034-jiufang-home.html", "/", "WM", "WM: 驰名商标 in company intro",
  "企业简介", "<p>本公司主营浓香型白酒，“窖坊”品牌被认定为中国驰名商标，产品远销海内外。</p>")
P(s, "035-jiufang-grade.html", "/product/3.html", "-", "trap: 优级 is a grade defined by GB/T 10781.1 (standard grade term)",
  "52度浓香", "<p>执行标准 GB/T 10781.1，质量等级：优级。</p><p>未成年人请勿饮酒。</p>")
P(s, "036-jiufang-tc.html", "/product/8.html", "FC", "FC: liquor claimed to 壮阳 and 治风湿",
  "药酒系列", "<p>祖传泡制，壮阳补肾，喝三个月风湿骨痛全好了。</p>")

s = site("haoche-jia.test", "utf-8", "forum", "合肥好车家汽车用品有限公司", "皖", "91230507", "17052291", "main", 0)
P(s, "037-haoche-home.html", "/", "-", "clean home",
  "好车家论坛", "<p>车友交易区：二手座椅、行车记录仪，请走担保交易。</p>")
P(s, "038-haoche-jammer.html", "/thread-4412-1-1.html", "PG", "PG: 信号屏蔽器 / GPS 干扰器 sale (禁售 radio jammers)",
  "出GPS屏蔽器", "<p>出全新车载GPS信号干扰器，防定位防跟踪，一插即用，包邮。</p>")
P(s, "039-haoche-warn.html", "/thread-4501-1-1.html", "-", "trap: moderator warning against jammers and 高仿 parts; quotes the ban",
  "版规", "<p>版主提醒：依照国家规定，信号干扰器、屏蔽器属于禁止网络销售的物品；高仿配件、翻新件一律删帖封号。</p>")

s = site("shouji-hui.test", "gbk", "jd", "郑州手机汇通讯器材有限公司", "豫", "10388421", "13009182", "main", 2)
s["footer"] = foot(s, 2, code=spoil(s["code"]))
s["sub"] = "<p>© 手机汇</p>"
P(s, "040-shouji-home.html", "/", "LI", "LI: displayed USCC (split over spans) has a wrong check character",
  "手机汇", "<p>全新国行正品，官方联保。</p>")
P(s, "041-shouji-item.html", "/item/55.html", "-", "trap: 1:1 is the mould scale of a generic case to the tablet; no branded or counterfeit goods offered",
  "平板保护壳", "<p>按1:1比例开模，完美贴合11英寸屏幕。</p><p>仅售保护壳，不含平板。</p>")
P(s, "042-shouji-sim.html", "/item/60.html", "PG", "PG: pre-registered SIM cards sold (反电信网络诈骗法第三十一条 bans buying and selling 电话卡)",
  "流量卡", "<p>已实名已激活手机卡，免认证直接用，批发价 50元一张。</p>")

# ---------------------------------------------------------------- holdout-side sites
s = site("shenghuo-guan.test", "gb18030", "tg", "重庆生活馆社区电子商务有限公司", "渝", "35521409", "19088123", "holdout", 3)
P(s, "043-shenghuo-home.html", "/", "-", "trap: 假一赔十 is a guarantee, no counterfeit term; 𠮷 (outside GBK) in the group leader name",
  "生活馆今日团", "<li>🍊赣南脐橙 9.9元/5斤 假一赔十</li><li>团长：𠮷姐（东湖小区3栋）</li>")
P(s, "044-shenghuo-fanxian.html", "/tuan/88.html", "RI", "RI: 晒单返现 3 元 paid review",
  "团购须知", "<li>🎁收货晒单带图评价，私聊团长返现3元，限前100名。</li>")
P(s, "045-shenghuo-linpian.html", "/tuan/91.html", "PG", "PG: pangolin scales (国家一级保护野生动物制品)",
  "滋补好物", "<li>🐾野生穿山甲鳞片 炮制好的 50克装 通乳下奶</li>")

s = site("fang-pai.test", "utf-8", "ws", "莆田市城厢区鞋坊商行", "闽", "88120453", "20233017", "holdout", 0)
s["footer"] = foot(s, 0, lic=False)
s["sub"] = foot(s, 0, lic=False)
P(s, "046-fangpai-home.html", "/", "CT,LM", "LM: home shows only ICP/公网安备, no licence; CT: 纯原 / 莆田 slang",
  "鞋坊报价", "<tr><td>纯原版 AJ1 高帮</td><td>360</td></tr><tr><td>莆田纯原工艺 椰子350</td><td>420</td></tr>")
P(s, "047-fangpai-list.html", "/list/b.html", "CT", "CT: 精仿 written with a separator 精*仿",
  "包包报价", "<tr><td>精*仿 老花邮差包</td><td>280</td></tr><tr><td>芯片版 可扫码</td><td>350</td></tr>")
P(s, "048-fangpai-guide.html", "/guide.html", "-", "trap: advice article teaching buyers to spot 高仿 and 莆田货; sells nothing",
  "防骗指南", "<tr><td>怎样辨别高仿鞋？看钢印、闻胶水味、查鞋标。市面上的“莆田货”“原单”大多是假货，请到官方渠道购买。</td></tr>")

s = site("baojian-wx.test", "gbk", "wx", "青岛海韵健康管理有限公司", "鲁", "26609381", "12045566", "holdout", 1)
P(s, "049-baojian-home.html", "/", "-", "clean home",
  "海韵健康", "<p>关注我们，了解每日营养小知识。</p>")
P(s, "050-baojian-yuyou.html", "/s/aK9x.html", "AT,FC", "FC: fish oil (food) claims to clear blood vessels and cure hypertension; AT: 效果最强",
  "深海鱼油推文", "<p>这款深海鱼油能溶解血栓、软化血管，高血压吃三瓶就能停药。</p><p>同类产品里效果最强，没有之一！</p><p><a href=\"/buy/77\">阅读原文购买</a></p>")
P(s, "051-baojian-law.html", "/s/bL2y.html", "-", "trap: explains 广告法第九条 and 第十七条 with the banned words as quoted examples",
  "广告法小课堂", "<p>广告法第九条规定广告不得使用“国家级”“最高级”“最佳”等用语；第十七条规定除医疗、药品、医疗器械广告外，禁止涉及疾病治疗功能。看到“包治百病”的宣传，请提高警惕。</p>")

s = site("jiaju-guan.test", "utf-8", "corp", "佛山市木语家居有限公司", "粤", "72208816", "18091207", "holdout", 1, reg=None)
P(s, "052-jiaju-home.html", "/", "LX", "LX: displayed code (valid check) is not in the registry extract",
  "木语家居", "<p>北美黑胡桃实木家具，源头工厂。</p>", bom=True)
P(s, "053-jiaju-sofa.html", "/product/21.html", "AT", "AT: 顶级 / 第一品牌 unproven",
  "真皮沙发", "<p>意大利顶级头层牛皮，国内实木家具第一品牌。</p>", bom=True, foot="<p>© 木语家居</p>")
P(s, "054-jiaju-gaoxin.html", "/about/honor.html", "-", "trap: 国家级高新技术企业 with certificate number is a state-awarded title (exempt) and GR number well-formed",
  "企业荣誉", "<p>2024年通过国家级高新技术企业认定，证书编号 GR202444001234。</p>", foot="<p>© 木语家居</p>")

s = site("live-ks.test", "utf-8", "live", "武汉快乐购直播电商有限公司", "鄂", "61120398", "0", "holdout", 0)
s["footer"] = foot(s, 0, icpstr="萌ICP备20260099号")
s["sub"] = "<p>© 快乐购</p>"
P(s, "055-liveks-home.html", "/", "II", "II: 萌ICP备 is a joke registry, not a province",
  "快乐购直播", "<p>每晚八点开播，福利款秒杀。</p>")
P(s, "056-liveks-tuihuo.html", "/live/rule.html", "RR", "RR: cosmetics/clothes 秒杀款不退不换 without exemption",
  "直播间规则", "<p>秒杀福利款不支持七天无理由退换，拍下即视为同意。</p>")
P(s, "057-liveks-warn.html", "/live/tips.html", "-", "trap: anchor warns that 驰名商标 in ads is illegal and that 1:1 高仿 is infringing",
  "主播提醒", "<p>家人们注意：别家直播间说自己是“驰名商标”，广告里这么说是违法的；说“1比1高仿”的，那就是侵权货，别买。</p>")

s = site("yan-xiang.test", "gbk", "jd", "南宁烟香贸易有限公司", "桂", "50213374", "17011122", "holdout", 0)
P(s, "058-yanxiang-home.html", "/", "-", "trap: states it does not sell e-cigarettes (refusal); sells chargers",
  "烟香数码", "<p>根据国家规定本店不在网上销售电子烟及烟弹，仅售充电线、收纳盒。</p>")
P(s, "059-yanxiang-dy.html", "/item/330.html", "PG", "PG: e-cigarette pods sold online (国家烟草专卖局 禁止网络销售电子烟)",
  "雾化烟弹", "<p>小烟换弹 薄荷味 三颗装 下单备注口味，隐私发货。</p>")
P(s, "060-yanxiang-yan.html", "/item/331.html", "PG", "PG: cigarettes sold online by mail (烟草专卖法: 禁止利用信息网络销售烟草制品)",
  "外烟", "<p>免税外烟一条 280元，顺丰包邮到家。</p>")

s = site("huafei-nz.test", "gbk", "b2b", "河南丰收农资有限公司", "豫", "43307219", "14022390", "holdout", 2)
P(s, "061-huafei-home.html", "/", "FH,WM", "WM: 驰名商标; FH: 中国名牌产品 (评选 stopped 2008) used as current honour",
  "丰收农资", "<p>“丰收”商标荣获中国驰名商标，复合肥为中国名牌产品、国家免检产品。</p>")
P(s, "062-huafei-std.html", "/offer/7.html", "-", "trap: 优等品 is a grade in GB/T 15063 (standard grade)",
  "复合肥", "<p>执行标准 GB/T 15063-2020，等级：优等品，总养分≥45%。</p>")
P(s, "063-huafei-cert.html", "/offer/9.html", "FH", "FH: malformed/impossible certificate: 农药登记证号 with impossible year",
  "杀虫剂", "<p>农药登记证号 PD2035999999X，国家免检。</p>")

# ---------------------------------------------------------------- more main-side sites
s = site("pifu-note.test", "utf-8", "xhs", "上海肤宁生物科技有限公司", "沪", "77302156", "2024017730", "main", 0)
P(s, "064-pifu-home.html", "/", "-", "trap: buyer-style note says the cream did NOT cure eczema and advises seeing a doctor",
  "肤宁笔记", "<p>真实反馈：这支保湿霜不能治湿疹哈，湿疹请去皮肤科。日常干皮用着挺舒服。</p>", bom=True)
P(s, "065-pifu-shizhen.html", "/note/31.html", "FC", "FC: cosmetic claims to cure eczema and 激素依赖 in 3 days",
  "宝宝湿疹膏", "<p>宝宝湿疹、皮炎一抹就好，三天根治不复发，纯中草药无激素。</p>", bom=True)
P(s, "066-pifu-fuxiao.html", "/note/40.html", "RI", "RI: 追评 with photos rewarded with a coupon and cash",
  "回购福利", "<p>追加带图好评的宝子，私信发截图，返8元红包+下单券。</p>")

s = site("moxing-wan.test", "gbk", "wc", "汕头玩模部落玩具有限公司", "粤", "21450983", "16077120", "main", 0)
P(s, "067-moxing-home.html", "/", "-", "trap: 1:18 / 1:64 scale numbers and 官方授权复刻 (licensed reissue) are not counterfeit slang",
  "玩模部落", "<p>1:18 合金车模、1:64 小比例收藏，官方授权复刻经典款，附授权书。</p>", meta="none")
P(s, "068-moxing-gaofang.html", "/product/gd-01.html", "CT", "CT: 高 仿 split by a space and 1:1 in a figure listing; no meta charset",
  "手办", "<p>高 仿 正版手办，1:1 比例还原，盒子贴纸齐全，假一赔三。</p>", meta="none")
P(s, "069-moxing-nu.html", "/product/nu-02.html", "PG", "PG: 弩 / 钢珠枪 (controlled weapons) sold as toys",
  "户外弹射", "<p>合金强力弹弓弩，可打钢珠，射程50米，附赠箭头。</p>")

s = site("laozihao.test", "gbk", "corp", "北京老桂顺食品有限公司", "京", "30551120", "12008821", "main", 3)
P(s, "070-laozihao-home.html", "/", "WM", "WM: 驰名商标 in company history (advertising use)",
  "品牌故事", "<p>百年老桂顺，2009年“桂顺”被国家工商总局认定为驰名商标，是京城点心的金字招牌。</p>", meta="gb2312")
P(s, "071-laozihao-mianjian.html", "/product/mj.html", "FH", "FH: 免检产品 (scheme abolished) as current selling point; declares gb2312 but bytes are GBK",
  "京八件", "<p>国家质检总局免检产品，吃得放心。</p>", meta="gb2312")
P(s, "072-laozihao-shangwei.html", "/product/sw.html", "-", "trap: 最佳食用期 storage tip; 第一家 backed by date and place (provable fact)",
  "桂花糕", "<p>最佳食用期为收货后3天内。本店1936年开业，是前门鲜鱼口第一家桂花糕铺子。</p>")

s = site("huwai-zb.test", "utf-8", "wc", "昆明山野户外用品有限公司", "滇", "66031284", "17009911", "main", 4)
P(s, "073-huwai-home.html", "/", "-", "trap: refuses controlled knives per 公安 rules; licence image + ICP",
  "山野户外", "<p>依法不销售管制刀具、弩、仿真枪。帐篷、睡袋、登山杖欢迎选购。</p>")
P(s, "074-huwai-daizi.html", "/product/sd.html", "-", "trap: 最佳使用温度 is a technical parameter (tip), not a superlative claim",
  "羽绒睡袋", "<p>舒适温标 -5℃，极限温标 -15℃，最佳使用温度 0℃ 左右。</p>")
P(s, "075-huwai-dao.html", "/product/kd.html", "PG", "PG: 三棱刮刀/跳刀 (管制刀具) sold",
  "户外刀具", "<p>自动弹簧跳刀 刃长12cm，另有三棱刮刀，快递可发。</p>")

s = site("dingzhi-mei.test", "utf-8", "yz", "苏州刻意定制礼品有限公司", "苏", "19873305", "17055306", "main", 2)
P(s, "076-dingzhi-home.html", "/", "-", "clean home",
  "刻意定制", "<p>刻字保温杯、定制照片书，企业礼品批发。</p>")
P(s, "077-dingzhi-kezi.html", "/goods/11.html", "-", "trap: engraved goods are 定作 (消保法第二十五条(一)), refusal is lawful",
  "刻字保温杯", "<p>刻字商品属于按您要求定作，依法不适用七天无理由退货；未刻字款支持七天无理由。</p>")
P(s, "078-dingzhi-wufanxian.html", "/goods/12.html", "-", "trap: explicitly says no cashback for reviews, asks honest reviews",
  "照片书", "<p>本店不搞好评返现，也不会因为差评为难您，真实评价就好。</p>")

s = site("yixiao-qx.test", "gb18030", "corp", "石家庄康护医疗器械有限公司", "冀", "40117625", "15033240", "main", 0)
P(s, "079-yixiao-home.html", "/", "-", "trap: medical device with registration number; states 请在医生指导下使用 (advice); 䶮 (outside GBK) in a contact name",
  "康护器械", "<p>家用血压计 冀械注准20232070123，请仔细阅读说明书或在医生指导下使用。门店联系人：刘䶮。</p>")
P(s, "080-yixiao-cfy.html", "/product/rx.html", "PG", "PG: 处方药 sold without prescription online",
  "特效药", "<p>西地那非片 免处方直接发货，隐私包装，48小时到。🔒</p>")
P(s, "081-yixiao-liliao.html", "/product/ll.html", "FC", "FC: 理疗仪 (non-drug, non-registered) claims 治愈糖尿病并发症",
  "量子理疗仪", "<p>量子共振理疗仪，每天半小时，糖尿病足、脑梗后遗症都能治好。🔆</p>")

# ---------------------------------------------------------------- licence / ICP fact sites
s = site("xiaodian-lm.test", "utf-8", "yz", "南京小点家居生活馆有限公司", "苏", "56670312", "18066021", "main", 0)
s["footer"] = ('<div style="display:none">统一社会信用代码：%s</div><p>© 小点家居 <a href="https://beian.miit.gov.cn/">%s</a></p>'
               % (s["code"], s["icp"]))
s["sub"] = s["footer"]
P(s, "082-xiaodian-home.html", "/", "LM", "LM: the licence code sits only in a display:none block (not displayed); ICP shown",
  "小点家居", "<p>北欧风小家电、收纳好物。</p>")
P(s, "083-xiaodian-dianqi.html", "/goods/8.html", "RR", "RR: small appliances (not exempt) declared non-returnable",
  "空气炸锅", "<p>电器类商品一经签收不支持7天无理由退货，质量问题15天换新。</p>")
P(s, "084-xiaodian-news.html", "/news/2.html", "-", "trap: news about a fine for 好评返现, the shop reports it",
  "行业资讯", "<p>据报道，某网店因“好评返现”被市场监管部门依据电子商务法第十七条罚款。本店提醒：评价请如实填写。</p>")

s = site("diaoxiao-pp.test", "gbk", "corp", "东莞市金源电器有限公司", "粤", "94413308", "15020451", "main", 1, reg="吊销")
s["sub"] = "<p>© 金源电器</p>"
P(s, "085-diaoxiao-home.html", "/", "LX", "LX: registry status 吊销 for the displayed (valid) code",
  "金源电器", "<p>专注小家电二十年。</p>")
P(s, "086-diaoxiao-about.html", "/about/", "AT,WM", "WM: 驰名商标; AT: 国家级产品 as a claim (no state title exists)",
  "关于金源", "<p>金源牌电热水壶为中国驰名商标，是国家级优质产品，行业领导品牌。</p>")
P(s, "087-diaoxiao-cmp.html", "/product/kt2.html", "-", "trap: self-comparison within own brand (比上一代更省电) and a standard energy grade 一级能效 (GB 21455)",
  "变频空调", "<p>新款比我们上一代省电18%，能效等级：一级能效（GB 21455-2019）。</p>")

s = site("mingcheng-bf.test", "utf-8", "b2b", "宁波明诚劳保用品有限公司", "浙", "81206637", "17031209", "main", 3, reg=None)
REGISTRY.append((s["code"], "宁波诚明纺织有限公司", "存续"))
s["sub"] = "<p>© 明诚劳保</p>"
P(s, "088-mingcheng-home.html", "/", "LX", "LX: the registry has this code under another company name",
  "明诚劳保", "<p>KN95口罩、劳保手套源头厂家。</p>")
P(s, "089-mingcheng-xiehui.html", "/offer/3.html", "FH", "FH: 中国消费者协会推荐产品 impossible (消保法第三十八条 forbids 消协 recommending goods)",
  "防尘口罩", "<p>中国消费者协会推荐产品，3·15诚信指定品牌。</p>")
P(s, "090-mingcheng-kn95.html", "/offer/5.html", "-", "trap: KN95 is a protection grade defined in GB 2626-2019 (standard grade)",
  "KN95口罩", "<p>执行标准 GB 2626-2019，防护等级 KN95，过滤效率≥95%。</p>")

s = site("faq-shou.test", "utf-8", "faq", "杭州守信售后服务有限公司", "浙", "73319025", "XX", "main", 0)
s["footer"] = '<p>© 守信商城 统一社会信用代码：%s <a href="https://beian.miit.gov.cn/">浙ICP备XX号</a></p>' % s["code"]
s["sub"] = "<p>© 守信商城</p>"
P(s, "091-faqshou-home.html", "/", "II", "II: 浙ICP备XX号 is a placeholder, malformed",
  "守信商城", "<p>数码配件、生活百货。</p>")
P(s, "092-faqshou-policy.html", "/help/return.html", "-", "trap: 售后政策 lists the statutory exemptions (定作、鲜活易腐、拆封音像软件、报刊) verbatim",
  "售后政策", "<p>本商城支持七天无理由退货。依据消费者权益保护法第二十五条，下列商品不适用：消费者定作的；鲜活易腐的；在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；交付的报纸、期刊。</p>")
P(s, "093-faqshou-tejia.html", "/help/sale.html", "RR", "RR: 特价 items declared non-returnable (discount is not an exemption)",
  "特价说明", "<p>特价、清仓、活动商品不支持七天无理由退换货，请谨慎下单。</p>")

s = site("comment-icp.test", "gbk", "corp", "烟台瑞丰机械有限公司", "鲁", "67708142", "16059902", "main", 0)
s["footer"] = ('<p>Copyright © 烟台瑞丰机械有限公司 统一社会信用代码：%s</p><!-- <a href="https://beian.miit.gov.cn/">%s</a> -->'
               % (s["code"], s["icp"]))
s["sub"] = s["footer"]
P(s, "094-rfjx-home.html", "/", "IM", "IM: ICP number only inside an HTML comment",
  "瑞丰机械", "<p>小型农机、微耕机生产销售。</p>")
P(s, "095-rfjx-best.html", "/product/wgj.html", "AT", "AT: 最先进 / 性能最优 as claims",
  "微耕机", "<p>采用国内最先进的变速箱技术，同级别性能最优。</p>")
P(s, "096-rfjx-cmp.html", "/news/9.html", "-", "trap: 最高级 appears only inside the quoted 广告法 ban; company reports its own correction",
  "新闻中心", "<p>广告法禁止使用“最高级”等用语，本公司所有宣传已按规定整改。</p>")

s = site("duoduo-fp.test", "utf-8", "jd", "义乌多多优品电子商务有限公司", "浙", "38816620", "19071283", "main", 2)
P(s, "097-duoduo-home.html", "/", "-", "clean home",
  "多多优品", "<p>百亿补贴 日用百货。</p>")
P(s, "098-duoduo-zhijin.html", "/goods/1001.html", "FP", "FP: 日常价 39.9 while the same URL showed 19.9 two days earlier",
  "抽纸", price("29.9", "39.9", "日常价") + "<p>原木抽纸 24包</p>", hist=[(2, "19.9", "39.9"), (6.5, "25.9", "39.9")])
P(s, "099-duoduo-beizi.html", "/goods/1002.html", "-", "trap: 划线价 59 not above any price in the last 7 days (lower price was 7.5 days ago)",
  "保温杯", price("45", "59", "划线价") + "<p>316不锈钢保温杯</p>", hist=[(1, "59", "79"), (7.5, "39", "59")])

s = site("macau-shipin.test", "big5", "wc", "珠海澳味食品有限公司", "粤", "52290815", "18050377", "main", 0, trad=True)
P(s, "100-macau-home.html", "/", "-", "trap: 最佳食用期 tip in traditional script",
  "澳味手信", "<p>杏仁餅、肉乾，最佳食用期為開封後七日內。</p>")
P(s, "101-macau-rougan.html", "/product/rg.html", "AT", "AT: 全澳門最正宗 第一 (unproven superlative)",
  "豬肉乾", "<p>全澳門最正宗的豬肉乾，口碑第一。</p>")
P(s, "102-macau-pingjia.html", "/product/xb.html", "RI", "RI: 五星評價 返現金 (traditional)",
  "杏仁餅", "<p>收貨給五星評價並截圖，可獲返現五元。</p>")

# ---------------------------------------------------------------- more holdout sites
s = site("zhuce-old.test", "gbk", "corp", "武汉楚天商贸有限公司", "鄂", "00000000", "13021987", "holdout", 0, reg=None)
s["footer"] = '<p>武汉楚天商贸有限公司 营业执照注册号：%s <a href="https://beian.miit.gov.cn/">%s</a></p>' % (spoil(regno("420106", "00812345")), s["icp"])
s["sub"] = "<p>© 楚天商贸</p>"
P(s, "103-chutian-home.html", "/", "LI", "LI: 15-digit 注册号 fails ISO 7064 MOD 11,10",
  "楚天商贸", "<p>热干面礼盒、周黑鸭代理。</p>")
P(s, "104-chutian-about.html", "/about/", "WM", "WM: 湖北省驰名商标 / 中国驰名商标 in ad text",
  "关于楚天", "<p>我司代理的“楚天”系列为中国驰名商标，行业口碑响当当。</p>")
P(s, "105-chutian-tui.html", "/help/", "RR", "RR: packaged snacks (not 鲜活易腐) declared non-returnable once shipped",
  "退换说明", "<p>食品类一经发货，概不退换，拒收运费自理。</p>")

s = site("nongjia-10.test", "utf-8", "tg", "", "赣", "11111111", "20250311", "holdout", 0, reg=None)
s["name"] = "老李家自产农货"
s["footer"] = ('<p>本店为农户自产农副产品销售，依据《电子商务法》第十条无需办理市场主体登记。</p>'
               '<p><a href="https://beian.miit.gov.cn/">赣ICP备20250311号-1</a></p>')
s["sub"] = s["footer"]
P(s, "106-nongjia-home.html", "/", "-", "trap: no licence but a 电子商务法第十条 exemption statement for self-produced farm goods; ICP shown",
  "老李家农货", "<li>自家散养土鸡蛋 30枚</li><li>赣南脐橙</li>")
P(s, "107-nongjia-caizhai.html", "/tuan/2.html", "-", "trap: 最佳采摘期 is a season tip",
  "脐橙预售", "<li>11月中旬是脐橙最佳采摘期，预售现摘。</li>")
P(s, "108-nongjia-jidan.html", "/tuan/3.html", "-", "trap: fresh eggs are 鲜活易腐; no 7-day return is a statutory exemption; 破损包赔",
  "土鸡蛋", "<li>鲜蛋属于易腐商品，不适用七天无理由退货，破损拍照包赔。</li>")

s = site("ping-gou.test", "utf-8", "jd", "上海拼购网络科技有限公司", "沪", "29980713", "2021028811", "holdout", 1)
P(s, "109-pinggou-home.html", "/", "-", "clean home",
  "拼购", "<p>拼团低价 日用好物。</p>")
P(s, "110-pinggou-xiezi.html", "/goods/77.html", "FP", "FP: 市场价 199 above 149 captured 5 days earlier",
  "运动鞋", price("159", "199", "市场价") + "<p>透气跑步鞋</p>", hist=[(5, "149", "199")])
P(s, "111-pinggou-chaoa.html", "/goods/78.html", "CT", "CT: full-width 超Ａ and 纯原 in a shoe listing",
  "篮球鞋", price("299", "299", "日常价") + "<p>超Ａ纯原版本，原厂材料。</p>", hist=[(3, "299", "299")])

s = site("icp-hide.test", "gbk", "wx", "合肥徽韵文化传播有限公司", "皖", "47712058", "16044870", "holdout", 0)
s["footer"] = ('<p>合肥徽韵文化传播有限公司 统一社会信用代码：%s</p><div hidden><a href="https://beian.miit.gov.cn/">%s</a></div>'
               % (s["code"], s["icp"]))
s["sub"] = s["footer"]
P(s, "112-huiyun-home.html", "/", "IM", "IM: ICP number only inside an element with the hidden attribute",
  "徽韵文化", "<p>徽墨、宣纸、文房四宝推文。</p>")
P(s, "113-huiyun-haoping.html", "/s/m1.html", "RI", "RI: 好评送墨锭 (gift for positive review)",
  "徽墨推文", "<p>下单后给五星好评并晒图，加客服微信领取小墨锭一枚。</p><p><a href=\"/buy/m1\">点击购买</a></p>")
P(s, "114-huiyun-mingpai.html", "/s/m2.html", "FH", "FH: 2025年度中国名牌产品 (the 中国名牌 evaluation stopped in 2008)",
  "宣纸推文", "<p>本厂宣纸荣获2025年度中国名牌产品称号。</p>")

s = [x for x in SITES if x["host"] == "hk-meizhuang.test"][0]
P(s, "115-hkmz-pinpai.html", "/brand.html", "WM", "WM: 馳名商標 (trad) used in brand advertising",
  "品牌介紹", "<p>本店代理的內地品牌「雪膚」為中國馳名商標，港澳熱賣。</p>")

# ---------------------------------------------------------------- output
META_NOTE = {"none": "no <meta charset>", "gb2312": "meta declares gb2312 but bytes are gbk"}

def url(s, pg):
    return "http://" + s["host"] + pg["path"]

def note(s, pg):
    n = pg["note"]
    if pg["codes"] != "-":
        n += "; basis: " + "; ".join("%s=%s" % (c, BASIS[c]) for c in pg["codes"].split(","))
    m = pg.get("meta", "own")
    if m != "own":
        n += "; charset meta: " + META_NOTE[m]
    return n

def fmt_days(d):
    return ("%g" % d)

def write(out):
    reg = ["# code\tname\tstatus"] + ["%s\t%s\t%s" % r for r in REGISTRY]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(reg) + "\n")
    for side, base in (("main", out), ("holdout", os.path.join(out, "holdout"))):
        for d in ("pages", "history"):
            os.makedirs(os.path.join(base, d), exist_ok=True)
        lab = ["# file\turl\tcodes"]; nt = ["# file\tencoding\tbom\tnote"]; hs = ["# file\turl\tdays_before"]
        rows = []
        for s in SITES:
            if s["split"] != side:
                continue
            for i, pg in enumerate(s["pages"]):
                if pg.get("foot") is None:
                    pg = dict(pg, foot=s["footer"] if pg["path"] in ("/", "/index.html") or pg["path"].startswith("/shop/") else s["sub"])
                rows.append((pg["file"], s, pg))
        rows.sort(key=lambda r: r[0])
        for fn, s, pg in rows:
            with open(os.path.join(base, "pages", fn), "wb") as f:
                f.write(render(s, pg))
            lab.append("%s\t%s\t%s" % (fn, url(s, pg), pg["codes"]))
            nt.append("%s\t%s\t%s\t%s" % (fn, s["enc"], "yes" if pg.get("bom") else "no", note(s, pg)))
            for j, (days, now, orig) in enumerate(pg["hist"]):
                hf = "%s-h%d.html" % (fn[:-5], j + 1)
                body = pg["body"].split('<div class="summary">')[0] + price(now, orig, "原价") + \
                    pg["body"].split("</div>", 1)[1] if '<div class="summary">' in pg["body"] else pg["body"]
                with open(os.path.join(base, "history", hf), "wb") as f:
                    f.write(render(s, dict(pg, body=body, bom=False)))
                hs.append("%s\t%s\t%s" % (hf, url(s, pg), fmt_days(days)))
        for name, L in (("labels.tsv", lab), ("notes.tsv", nt), ("history.tsv", hs)):
            with open(os.path.join(base, name), "w", encoding="utf-8") as f:
                f.write("\n".join(L) + "\n")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            write(tmp)
            bad = []
            for root, _, files in os.walk(tmp):
                for fn in files:
                    p = os.path.join(root, fn); q = os.path.join(here, os.path.relpath(p, tmp))
                    if not os.path.exists(q) or not filecmp.cmp(p, q, shallow=False):
                        bad.append(os.path.relpath(p, tmp))
            for sub in ("pages", "history", "holdout/pages", "holdout/history"):
                d = os.path.join(here, sub)
                for fn in (os.listdir(d) if os.path.isdir(d) else []):
                    if not os.path.exists(os.path.join(tmp, sub, fn)):
                        bad.append(sub + "/" + fn + " (stale)")
            for b in bad:
                print("differs:", b)
            sys.exit(1 if bad else 0)
        finally:
            shutil.rmtree(tmp)
    for sub in ("pages", "history", "holdout"):
        shutil.rmtree(os.path.join(here, sub), ignore_errors=True)
    write(here)

if __name__ == "__main__":
    main()
