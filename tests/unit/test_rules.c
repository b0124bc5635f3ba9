/*
 * test_rules.c — the default rulebook on hand-built pages.
 *
 * Pattern rules are tested from a table {text, expected codes}: every rule
 * finds its cases (plain and obfuscated) and stays silent on look-alikes.
 * Built-in kinds get pages whose facts are set by hand, so these tests do
 * not depend on the parser.  The rulebook comes from WANGJIAN_RULES_DIR
 * (tests/run.sh sets it), else rules/default.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules/rules.h"

typedef struct {
    const char *text;
    const char *codes; /* comma list of expected codes, sorted by rulebook order; "" none */
} text_case;

static const text_case cases[] = {
    /* COUNTERFEIT_TERM: found, including obfuscated forms */
    { "新款高仿包包，专柜品质", "COUNTERFEIT_TERM" },
    { "高 仿 名表", "COUNTERFEIT_TERM" },
    { "高*仿手表", "COUNTERFEIT_TERM" },
    { "高-仿 高.仿", "COUNTERFEIT_TERM" },
    { "高_仿", "COUNTERFEIT_TERM" },
    { "高\xE2\x80\x8B仿", "COUNTERFEIT_TERM" },
    { "高倣手錶", "COUNTERFEIT_TERM" },
    { "髙仿鞋", "COUNTERFEIT_TERM" },
    { "Ａ货 包包", "COUNTERFEIT_TERM" },
    { "A货LV", "COUNTERFEIT_TERM" },
    { "a 货", "COUNTERFEIT_TERM" },
    { "超A精品", "COUNTERFEIT_TERM" },
    { "外贸原单尾货", "COUNTERFEIT_TERM" },
    { "精仿劳力士", "COUNTERFEIT_TERM" },
    { "顶级复刻腕表", "ABSOLUTE_TERM,COUNTERFEIT_TERM" },
    { "复刻劳力士", "COUNTERFEIT_TERM" },
    { "1:1原版皮料", "COUNTERFEIT_TERM" },
    { "１：１做工", "COUNTERFEIT_TERM" },
    { "一比一还原专柜", "COUNTERFEIT_TERM" },
    { "仿牌运动鞋", "COUNTERFEIT_TERM" },
    { "纯原版本 椰子", "COUNTERFEIT_TERM" },
    { "莆田鞋 货到付款", "COUNTERFEIT_TERM" },
    { "gaofang 包", "COUNTERFEIT_TERM" },
    /* COUNTERFEIT_TERM look-alikes */
    { "拒绝高仿，假一赔十", "" },
    { "本店不卖A货，只做原厂正品", "" },
    { "高仿真绿植盆栽", "" },
    { "A货架 仓储货架", "" },
    { "超A级写字楼出租", "" },
    { "超AMOLED屏幕", "" },
    { "原单位证明 原单号查询 原单价", "" },
    { "比例1:10模型", "" },
    { "1:100比例沙盘", "" },
    { "11:11 开抢", "" },
    { "按1:1比例兑水冲泡", "" },
    { "经典款复刻上市", "" },
    { "纯原味酸奶 纯原汁", "" },
    { "福建莆田市", "" },
    { "访问 127.0.1.1:18080/", "" },
    /* WELLKNOWN_MARK_AD */
    { "中国驰名商标 品质保证", "WELLKNOWN_MARK_AD" },
    { "驰 名 商 标", "WELLKNOWN_MARK_AD" },
    { "依照商标法，生产经营者不得将驰名商标字样用于广告宣传", "" },
    /* ABSOLUTE_TERM */
    { "国家级品质 值得信赖", "ABSOLUTE_TERM" },
    { "送礼自用的最佳选择", "ABSOLUTE_TERM" },
    { "最佳選擇", "ABSOLUTE_TERM" },
    { "顶级面料", "ABSOLUTE_TERM" },
    { "全网最低价", "ABSOLUTE_TERM" },
    { "销量第一", "ABSOLUTE_TERM" },
    { "行业NO.1", "ABSOLUTE_TERM" },
    { "最高级的享受", "ABSOLUTE_TERM" },
    { "最佳赏味期12个月", "" },
    { "最佳食用期 最佳保存温度 最佳饮用时间", "" },
    { "采用国家级非物质文化遗产工艺", "" },
    { "国家级非遗传承人", "" },
    { "通过国家级质量检测中心认证", "" },
    { "荣获最佳男主角", "" },
    { "顶级域名注册", "" },
    { "第一次购买", "" },
    /* FALSE_CLAIM */
    { "可治疗失眠多梦", "FALSE_CLAIM" },
    { "根治脱发", "FALSE_CLAIM" },
    { "药到病除", "FALSE_CLAIM" },
    { "抗癌防癌", "FALSE_CLAIM" },
    { "保本保息 稳赚不赔", "FALSE_CLAIM" },
    { "本品不能代替药物治疗疾病", "" },
    { "治愈系毛绒玩偶", "" },
    { "确保本店商品品质", "" },
    /* RETURN_REFUSED */
    { "本店商品不支持七天无理由退货", "RETURN_REFUSED" },
    { "不支持7天无理由", "RETURN_REFUSED" },
    { "不支持 7 天无理由退换", "RETURN_REFUSED" },
    { "售出商品概不退换", "RETURN_REFUSED" },
    { "支持七天无理由退货", "" },
    { "定制商品不支持7天无理由退货", "" },
    { "生鲜水果，不支持七天无理由退货", "" },
    { "虚拟商品（充值卡）售出概不退换", "" },
    /* PROHIBITED_GOODS */
    { "出售仿真枪 可发钢珠", "PROHIBITED_GOODS" },
    { "管制刀具 包邮", "PROHIBITED_GOODS" },
    { "听话水 迷药 购买", "PROHIBITED_GOODS" },
    { "微型窃听器", "PROHIBITED_GOODS" },
    { "代办假证 假文凭", "PROHIBITED_GOODS" },
    { "儿童戏水水枪", "" },
    { "吹尘气枪 喷枪 焊枪", "" },
    { "锂电手枪钻", "" },
    { "警方破获一起贩卖仿真枪案件", "" },
    /* REVIEW_INDUCEMENT */
    { "好评返现5元", "REVIEW_INDUCEMENT" },
    { "晒图返现 联系客服", "REVIEW_INDUCEMENT" },
    { "五星好评送运费险", "REVIEW_INDUCEMENT" },
    { "好评有礼", "REVIEW_INDUCEMENT" },
    { "满意请给五星好评，谢谢", "" },
    { "谨防刷单诈骗", "" },
    /* more look-alikes and forms found in real and labelled pages */
    { "建议使用IE10.0以上浏览器，以获得最佳浏览效果", "" },
    { "最佳故事片、最佳导演等奖项揭晓", "" },
    { "最高人民法院发布典型案例", "" },
    { "形容词的比较级和最高级", "" },
    { "2020年被认定为国家级高新技术企业", "" },
    { "心血管内科是国家级重点专科", "" },
    { ".cn是中国的国家顶级域名", "" },
    { "实施急诊介入治疗，术后恢复良好", "" },
    { "每天三杯，治疗糖尿病", "FALSE_CLAIM" },
    { "穿着即可消除乳腺增生", "FALSE_CLAIM" },
    { "治療高血壓，一個月停藥", "FALSE_CLAIM" },
    { "投资5万元，保证三个月回本，零风险", "FALSE_CLAIM" },
    { "资管新规落地后 保本理财退出市场", "" },
    { "现货发售（非定制）。\n大件商品不支持七天无理由退货", "RETURN_REFUSED" },
    { "商家不得以好评返现、晒图返现等方式诱导评价，不得发布高仿、A货等侵权商品。", "" },
    { "消费者网购时应警惕“高仿”“A货”等字样", "" },
    { "犯罪嫌疑人还涉嫌网上销售迷药、窃听器等违禁品", "" },
    { "可检测酒店房间内的针孔摄像头和窃听器信号", "" },
    { "钢臂弩 配钢箭，穿透力强", "PROHIBITED_GOODS" },
    { "老象牙制品，附穿山甲鳞片", "PROHIBITED_GOODS" },
    { "代开增值税发票，点数低", "PROHIBITED_GOODS" },
    { "五星好评截图发给客服，领取红包5元", "REVIEW_INDUCEMENT" },
    { "亲，带图好评+追评，即送10元话费！", "REVIEW_INDUCEMENT" },
    { "好评率98%", "" },
    { "廓形：A\n货号：YD2301", "" },
    { "鞋跟：5cm 中跟高\n仿麂皮绒鞋面", "" },
    { "仓库A货区、B货区；A货道至F货道", "" },
    { "杭州至莆田货运专线", "" },
    { "决赛首局双方战至比分1:1后", "" },
    { "一起涉及驰名商标的认定与保护", "" },
    { "2015年被认定为中国驰名商标", "WELLKNOWN_MARK_AD" },
    /* context as data (#15 pt 2): refusals just before a term (negate, same
     * clause), warnings anywhere in the sentence (allow_sentence) */
    { "本店不出售高仿商品", "" },
    { "警惕网上低价高仿手表，认准官方授权店", "" },
    { "近来有不法商家兜售A货箱包，购买时请认准防伪标签。", "" },
    { "拒绝高仿？我们只卖原单。", "COUNTERFEIT_TERM" },
    { "拒绝高仿,只做原单尾货", "COUNTERFEIT_TERM" },
    { "象牙白色连衣裙 象牙塔里的青春 仿象牙工艺品 象牙果纽扣", "" },
    { "老料象牙吊坠 包邮", "PROHIBITED_GOODS" },
    { "本品为水果刀，非管制刀具", "" },
    { "本店不销售香烟及电子烟产品", "" },
    { "正品外烟代购 整条发货", "PROHIBITED_GOODS" },
    { "薄荷味烟弹 十颗装", "PROHIBITED_GOODS" },
    { "控烟专家谈电子烟危害", "" },
    { "本科论文代写 包过查重", "PROHIBITED_GOODS" },
    { "代写春联 手写福字", "" },
    { "插座式摄像头 远程看家", "PROHIBITED_GOODS" },
    { "对公账户四件套 出售", "PROHIBITED_GOODS" },
    { "纯棉床上四件套", "" },
    { "全新警服一套 带肩章", "PROHIBITED_GOODS" },
    { "身着警服的民警在路口执勤。", "" },
    { "折叠弩 射程远", "PROHIBITED_GOODS" },
    { "强弩之末", "" },
    { "坚持服用可溶解血栓", "FALSE_CLAIM" },
    { "长期饮用，从此不用吃药", "FALSE_CLAIM" },
    { "百分百有效，无效退款", "FALSE_CLAIM" },
    { "用后皱纹全部消失", "FALSE_CLAIM" },
    { "抗肿瘤 增强免疫", "FALSE_CLAIM" },
    { "月收益高达20%，亏损平台全额补偿", "FALSE_CLAIM" },
    { "近一月收益率1.2%，历史业绩不代表未来", "" },
    { "理财产品不承诺保本，投资有风险", "" },
    { "投资需谨慎，本产品不保证收益和本金", "" },
    { "月化收益12%，本金有保障", "FALSE_CLAIM" },
    { "人气第一的网红零食 全年销冠", "ABSOLUTE_TERM" },
    { "手工定做的实木餐桌不支持七天无理由退货", "" },
    { "七天无理由退货不适用于本店商品", "RETURN_REFUSED" },
    { "退货需支付20%手续费", "RETURN_REFUSED" },
    { "退货运费由买家承担", "" },
    { "晒图评价送50积分", "REVIEW_INDUCEMENT" },
    { "儿童泡泡机 手枪造型 电动款", "" },
    { "儿童仿真手枪 可发射", "PROHIBITED_GOODS" },
    { "给五星好评并晒图，加送试用装一份", "REVIEW_INDUCEMENT" },
    { "真人补单，安全不降权", "REVIEW_INDUCEMENT" },
    { "缺货补单请联系客服", "" },
    { "好评代写 一条5元", "REVIEW_INDUCEMENT" },
    { "我们不做好评返现", "" },
    { "好评率99%，购物满100元赠送运费险", "" },
    { "本店商品一律不支援7日无理由退换", "RETURN_REFUSED" },
    { "家电类商品签收后不予退换", "RETURN_REFUSED" },
    { "退货需扣除20%手续费", "RETURN_REFUSED" },
    { "贴身衣物拆封后不支持七天无理由退货，购买时需勾选确认", "" },
    /* (c9adv) opened underwear is a class of 网络购买商品七日无理由退货暂行办法 第七条 (一): the
     * platform takes the confirmation at checkout, so the class stated is the context */
    { "贴身衣物拆封后不支持七天无理由退货。", "" },
    { "贴身衣物拆封后概不退换。", "RETURN_REFUSED" },
    { "化妆品不支持七天无理由退货。", "RETURN_REFUSED" },
    { "清仓商品不支持七天无理由退货，请确认颜色后再拍", "RETURN_REFUSED" },
    { "激活后的会员卡不支持七天无理由退货，下单前请确认同意本条", "" },
    { "拆封后不适用七天无理由退货，经消费者购买时确认", "" },
    { "刻字商品不支持七天无理由退货", "" },
    { "经营者不得以任何理由拒绝退货", "" },
    { "世界级工艺 匠心打造", "ABSOLUTE_TERM" },
    { "宇宙级好吃的辣条", "ABSOLUTE_TERM" },
    { "这款是行业之最", "ABSOLUTE_TERM" },
    { "品类销量冠军", "ABSOLUTE_TERM" },
    { "2019全国冠军赛在京闭幕", "" },
    { "据第三方机构统计，2024年本品在华东地区线上销量第一", "" },
    { "公司致力于成为行业第一品牌", "" },
    { "本店最畅销的一款", "" },
    { "顶级®咖啡豆 第一坊™手工面", "" },
    { "顶级咖啡豆", "ABSOLUTE_TERM" },
    { "不敢称全网最低价，但保证正品", "" },
    { "世界级地质公园 一日游", "" },
    { "无敌破坏王 动画电影", "" },
    { "品牌官方复刻AJ1经典配色，限量发售", "" },
    { "顶级复刻AJ1 细节对版", "ABSOLUTE_TERM,COUNTERFEIT_TERM" },
    { "最接近手工的口感 最正宗的川味", "ABSOLUTE_TERM" },
    { "NO.1 爆款推荐", "ABSOLUTE_TERM" },
    { "型号NO.12 room no.1a", "" },
    { "建议选择最佳观赏时间前往", "" },
    { "建议零售价 全网最低价", "ABSOLUTE_TERM" },
    { "狩猎用弩 射程远", "PROHIBITED_GOODS" },
    { "剑拔弩张的局势", "" },
    /* 包过 is a guaranteed exam pass (广告法 第二十四条), whatever is sold with it */
    { "四六级代考 包过", "FALSE_CLAIM,PROHIBITED_GOODS" },
    { "考研冲刺班 保证上岸", "FALSE_CLAIM" },
    { "面包过期了 确保过程透明", "" },
    { "办理各类证件 加急", "PROHIBITED_GOODS" },
    { "专业拍摄证件照", "" },
    { "银行卡出售 实名", "PROHIBITED_GOODS" },
    { "电子烟油 多口味", "PROHIBITED_GOODS" },
    { "评价有礼 联系客服领取", "REVIEW_INDUCEMENT" },
    { "买家评价：好评！少发的一包客服已经补发了，赠送的袜子也很好", "" },
    { "买家晒图：收到了，多送了一包", "" },
    { "最低价：99元起 最强档吸力", "" },
    { "五星级酒店早餐 赠送", "" },
    { "腊肉不属于生鲜类，本店腊肉不支持七天无理由退货", "RETURN_REFUSED" },
    { "软件类商品激活后不支持七天无理由退货", "" },
    /* corpus3 lessons (#15): 最 in other words; tips of use; the law quoted;
     * 1:1 after a measure; an offer to business buyers only */
    { "垂感与光泽无人能及", "ABSOLUTE_TERM" },
    { "堪称白茶中之极品", "ABSOLUTE_TERM" },
    { "极品飞车 游戏光盘", "" },
    { "真好喝，没有之一", "ABSOLUTE_TERM" },
    { "这是我用过最好用的剃须刀", "ABSOLUTE_TERM" },
    { "贴身衣物穿过最好当天手洗", "" },
    { "开封后最好冷藏保存", "" },
    { "冬季进补最好的选择", "ABSOLUTE_TERM" },
    { "醒酒30分钟后饮用风味最佳。", "" },
    { "可容纳3人，2人居住最佳。", "" },
    { "早晚各一次效果最佳", "" },
    { "冰镇后饮用最佳", "" },
    { "鱼缸最佳摆放位置为远离窗户的墙边", "" },
    { "上市后销量最佳", "ABSOLUTE_TERM" },
    { "售后最佳。", "ABSOLUTE_TERM" },
    { "音质最佳的便携音箱，适合4人以内小聚", "ABSOLUTE_TERM" },
    { "依照广告法，“顶级”“第一品牌”都属于绝对化用语。", "" },
    { "本店已按广告法自查。这款茶盘是送长辈的最佳之选。", "ABSOLUTE_TERM" },
    { "因为广告法不能说最好，但这款确实是顶级的", "ABSOLUTE_TERM" },
    { "其中极品大红袍限量供应", "" },
    { "掌宽与手套宽度一比一，按实测选择", "" },
    { "鞋型与正品1:1开模", "COUNTERFEIT_TERM" },
    { "本店只向经销商和企业客户供货，不向个人零售，大宗订单不支持七日无理由退货。", "" },
    { "工厂直销批发价，不支持七天无理由退货。", "RETURN_REFUSED" },
    { "本店不对个人原因造成的损坏负责，不支持七天无理由退货。", "RETURN_REFUSED" },
    { "仅对公司原因导致的质量问题负责，概不退换。", "RETURN_REFUSED" },
    /* a refusal governs its whole clause, list or class (00-lists.ini @REFUSAL_SCOPE) */
    { "本店不通过直播间销售电击器、甩棍", "" },
    { "我们不在网上卖任何高仿", "" },
    { "绝不会把您的评价用于刷好评", "" },
    { "本店不向未成年人销售电子烟套装", "PROHIBITED_GOODS" },
    { "诚信经营不以次充好 高仿包包批发", "COUNTERFEIT_TERM" },
    { "不用实名手机卡直接发货", "PROHIBITED_GOODS" },
    { "本店不在节假日发货 仿真枪现货", "PROHIBITED_GOODS" },
    /* a scheme disowned, a question refused, a writer's own account */
    { "我们不宣传包治百病", "" },
    { "本店不参与任何晒图返现活动", "" },
    { "好评返现？我们不搞", "" },
    { "我也遇到过好评返现的卖家", "" },
    /* rewards in goods, diseases by suffix, stock goods called 定制 */
    { "好评后联系客服领取抽纸一包", "REVIEW_INDUCEMENT" },
    { "好评过万，下单领取小样一份", "" },
    { "坚持使用可治疗肩周炎", "FALSE_CLAIM" },
    { "治疗期间的病人护理垫", "" },
    { "出售5.5铅弹", "PROHIBITED_GOODS" },
    { "床垫为定制商品，签收后概不退换，标准尺寸现货发出", "RETURN_REFUSED" },
    { "定制款不支持七天无理由，现货支持", "" },
    /* Han ranges stop at 。 and 、 (\p{Han} in PCRE2 10.42 took them in,
     * so an allow ran across the sentence's end) */
    { "这款电热毯舒适度最佳。温度可调5档", "ABSOLUTE_TERM" },
    { "口感最佳、温度恒定在25度的酒窖陈放", "ABSOLUTE_TERM" },
    { "最佳水温85℃左右", "" },
    { "本店品质最佳。顶好®纸巾", "ABSOLUTE_TERM" },
    { "顶好®纸巾", "" },
    { "白糖和水1:1。正品原料", "" },
    { "白糖和水1:1原版配方", "COUNTERFEIT_TERM" },
    /* 查处 as a report, not as a threat made while offering */
    { "某店销售高仿包被查处", "" },
    { "市场监管局查处了一批精仿名表", "" },
    { "高仿名表，一经查处假一赔十", "COUNTERFEIT_TERM" },
    { "精仿A货，如被查处全额退款", "COUNTERFEIT_TERM" },
    { "全网最低价，如被查处双倍赔付", "ABSOLUTE_TERM" },
    { "高仿包包 打击价清仓", "COUNTERFEIT_TERM" },
    { "严厉打击高仿商品", "" },
    /* guides and warnings to buyers */
    { "教你两招分辨A货球鞋", "" },
    { "网上那些“原单”衬衫大多是仿冒的", "" },
    { "说是1比1的，那就是侵权货", "" },
    { "前阵子中招了，买到精仿耳机", "" },
    { "标着超A的墨镜千万别买", "" },
    { "高仿包包，外行看不出是假的", "COUNTERFEIT_TERM" },
    { "顶级原单 不是假的 放心拍", "ABSOLUTE_TERM,COUNTERFEIT_TERM" },
    { "高仿名表 如是假货包退", "COUNTERFEIT_TERM" },
    { "精仿A货别买贵了", "COUNTERFEIT_TERM" },
    { "超A级平滑度书写纸", "" },
    { "超A级品质高仿包", "COUNTERFEIT_TERM" },
    /* 驰名商标 called unlawful after the words; a portfolio menu */
    { "有商家自称驰名商标，这种宣传其实违反商标法", "" },
    { "中国驰名商标，盗图违者必究", "WELLKNOWN_MARK_AD" },
    { "驰名商标企业 仿冒违法必究", "WELLKNOWN_MARK_AD" },
    { "成功案例 中国驰名商标", "WELLKNOWN_MARK_AD" },
    { "最高法发布典型案例：驰名商标的保护范围", "" },
    /* 最佳 in a tip of care or use; ranks over a region or by scale */
    { "最佳熨烫方式为蒸汽挂烫", "" },
    { "最佳饮用期为出厂后两年", "" },
    { "最佳购买方式是直接下单", "ABSOLUTE_TERM" },
    { "最佳性价比", "ABSOLUTE_TERM" },
    { "全市人气第一的火锅底料", "ABSOLUTE_TERM" },
    { "全台湾第一好茶", "ABSOLUTE_TERM" },
    { "宇宙最强手感", "ABSOLUTE_TERM" },
    { "史上最强续航", "ABSOLUTE_TERM" },
    { "国内最好的空气炸锅", "ABSOLUTE_TERM" },
    { "国内最大的区别在于售后", "" },
    { "全国联保第一年免费", "" },
    { "全市最快次日达", "" },
    { "库存最多的配件仓", "ABSOLUTE_TERM" },
    { "我们是苏州第一家做宋锦的作坊", "ABSOLUTE_TERM" },
    { "本店是全国第一家获此认证的门店", "ABSOLUTE_TERM" },
    { "这是他在杭州开的第一家门店", "" },
    { "第一家门店开在杭州", "" },
    { "店内人气第一的是这款", "" },
    /* (c8adv) a time or interval of use after 最佳; 最 + a quality before a noun */
    { "最佳换水周期为一周", "" },
    { "最佳施肥季节在春季", "" },
    { "最佳购买时间就是现在", "ABSOLUTE_TERM" },
    { "冬季最保暖的羽绒服", "ABSOLUTE_TERM" },
    { "全网最安全", "ABSOLUTE_TERM" },
    { "最舒服的尺码是大一码", "" },
    { "冬季最保暖的穿搭技巧", "" },
    { "教你选到最透气的跑鞋", "" },
    { "小店最热销的一款", "" },
    { "送长辈的不二之选", "ABSOLUTE_TERM" },
    /* (c8adv) words disowned: quoted after a denied claim, or pointed back at */
    { "我们不喊“全网最低”“第一品牌”，只讲实在", "" },
    { "不愧是“国家级”品质", "ABSOLUTE_TERM" },
    { "不打折，全网最低价", "ABSOLUTE_TERM" },
    { "驰名商标之类的说法本店一律不用", "" },
    { "不做虚假宣传，中国驰名商标", "WELLKNOWN_MARK_AD" },
    { "本店不使用以下用语：最佳、驰名商标、免检产品", "" },
    { "我们不说：全网最低，只说销量第一", "ABSOLUTE_TERM" },
    { "从不挂“著名商标”的招牌", "" },
    /* (c8adv) a print's format at 1:1; a 高新技术企业 number named without a label */
    { "一比一再现原帖版式与字号", "" },
    { "1:1还原大牌logo字体", "COUNTERFEIT_TERM" },
    { "国家高新技术企业（GR20193300）", "FALSE_HONOUR" },
    { "国家高新技术企业 GR201944001276", "" },
    { "高新技术企业grade A", "" },
    /* (review s29 G1: a verdict denied before its copula or in its clause clears no offer) */
    { "仿真枪出售，不算违规", "PROHIBITED_GOODS" },
    { "出售仿真枪 这并不算违法", "PROHIBITED_GOODS" },
    { "仿真枪出售，没有违法", "PROHIBITED_GOODS" },
    { "出售仿真枪，不会构成犯罪", "PROHIBITED_GOODS" },
    { "出售仿真枪，算不上违规", "PROHIBITED_GOODS" },
    { "买卖仿真枪属于违法行为", "" },
    { "私自买卖猫头鹰幼体违法", "" },
    { "出售仿真枪可能构成非法买卖枪支罪", "" },
    /* (G2: the tells and the site step excuse their clause and the copies named before them) */
    { "别家鞋子胶水痕迹明显，我家高仿做工精细", "COUNTERFEIT_TERM" },
    { "收到后再到官网核对序列号，本店高仿机一比一", "COUNTERFEIT_TERM" },
    { "所谓“超A”“原厂货”，鞋垫背面胶水痕迹明显。", "" },
    { "高仿机不少见，收到后先看包装，然后登录品牌官网比对序列号。", "" },
    /* (G3: a third-class precursor excuses only itself) */
    { "硫酸、硝酸铵 第三类易制毒 个人可以购买", "PROHIBITED_GOODS" },
    { "盐酸、氯酸钾均属第三类易制毒，个人可直接下单", "PROHIBITED_GOODS" },
    { "盐酸属于第三类易制毒，个人可以购买用于清洁", "" },
    /* (G4: own call recording does not reach a bug in a later clause) */
    { "支持通话录音，窃听器藏在插座里对方完全不知道", "PROHIBITED_GOODS" },
    { "电话录音功能齐全，监听设备偷偷放在抽屉里录音，对方毫不知情", "PROHIBITED_GOODS" },
    { "通话自动录音，对方不会知道", "" },
    /* (G5: 驰名商标 before the goods it promotes and a ban) */
    { "驰名商标品质不能用言语形容", "WELLKNOWN_MARK_AD" },
    { "驰名商标产品勿用湿布擦拭", "WELLKNOWN_MARK_AD" },
    { "驰名商标千万别乱用", "" },
    /* (G6: a sold spot called the seller's own) */
    { "我们是千岛湖最佳露营地位于湖心岛，预订送早餐", "ABSOLUTE_TERM" },
    { "千岛湖最佳露营地位于湖心岛", "" },
    /* (G7: a course that yields a delisted certificate) */
    { "报名学习，结业即可具备心理咨询师国家职业资格证书", "FALSE_HONOUR" },
    { "学完就能具备理财规划师国家职业资格", "FALSE_HONOUR" },
    { "应聘者需具备公共营养师职业资格证书", "" },
    /* (G8-G11: customs' AEO, a bicycle's cushion, a top-up, a software edition) */
    { "本公司为海关高级认证企业 正品保障", "" },
    { "海关总署认证正品商家", "FALSE_HONOUR" },
    { "自行车儿童安全座垫 加厚后座", "" },
    { "汽车儿童安全坐垫 3-12岁", "PROHIBITED_GOODS" },
    { "手机卡话费充值 无需登记 秒到账", "" },
    { "话费充值送手机卡 免实名", "PROHIBITED_GOODS" },
    { "办公软件 版本：公司级 支持50人协作", "" },
    { "固件可升级至高版本，纯原生安卓体验", "" },
    { "版本：公司级，进口原厂皮，五金刻字对版", "COUNTERFEIT_TERM" },
    /* (corpus12 held-out study (w1-1..3): a banned slimming drug, cracked software, scalped tickets) */
    { "减肥胶囊 加了“西布” 掉秤快", "FALSE_CLAIM,PROHIBITED_GOODS" },  /* 掉秤快: weight lost fast, a slimming claim (w2-1) */
    { "本品不含西布曲明", "" },
    { "酚酞指示剂 500ml 实验室用", "" },
    { "PS 全家桶 已集成免激活补丁 装好直接用", "PROHIBITED_GOODS" },
    { "商标注册机构 代理", "" },
    { "支持代抢：提供观演人身份证", "PROHIBITED_GOODS" },
    { "五月天 内场 ￥6,800（票面 1,855）", "PROHIBITED_GOODS" },
    { "¥80（票面 ¥80）原价转", "" },
    { "电影票 票面 45 元", "" },
    /* several at once, in rulebook order */
    { "高仿包包 最佳选择 好评返现", "ABSOLUTE_TERM,COUNTERFEIT_TERM,REVIEW_INDUCEMENT" },
    /* clean page */
    { "本店经营服饰鞋包，支持七天无理由退货，全国包邮。营业执照已公示。", "" },
};

static rules_book *book;

static const char *rules_dir(void)
{
    const char *d = getenv("WANGJIAN_RULES_DIR");
    return d && *d ? d : "rules/default";
}

static void diag_fail(void *ud, const char *file, int line, const char *msg)
{
    int *n = ud;
    (*n)++;
    print_error("unexpected diagnostic %s:%d: %s\n", file, line, msg);
}

static int setup(void **state)
{
    (void)state;
    int n = 0;
    rules_result r = rules_load(rules_dir(), diag_fail, &n, &book);
    return r == RULES_OK && n == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    rules_free(book);
    return 0;
}

static void text_page(parser_page *p, const char *text)
{
    memset(p, 0, sizeof *p);
    p->text = (char *)text;
    p->text_len = strlen(text);
}

/* Codes found, comma-joined in finding order. */
static void codes_of(const rules_findings *f, char *buf, size_t cap)
{
    size_t w = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < f->n; i++)
        w += (size_t)snprintf(buf + w, cap - w, "%s%s", i ? "," : "", f->v[i].code);
}

static void test_text_table(void **state)
{
    (void)state;
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page p;
        text_page(&p, cases[i].text);
        rules_findings f = { 0 };
        assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
        char got[512];
        codes_of(&f, got, sizeof got);
        if (strcmp(got, cases[i].codes) != 0) {
            print_error("'%s': got '%s', want '%s'\n", cases[i].text, got, cases[i].codes);
            failures++;
        }
        assert_int_equal(f.limit_hits, 0);
        rules_findings_clear(&f);
    }
    assert_int_equal(failures, 0);
}

/* The default rulebook loads cleanly and lists every DESIGN.md code. */
static void list_fn(void *ud, const char *code, const char *severity, const char *category,
                    const char *kind, int enabled, const char *title, const char *basis)
{
    char *seen = ud;
    assert_non_null(severity); assert_non_null(category); assert_non_null(kind);
    assert_non_null(title); assert_true(basis && *basis);
    assert_true(enabled);
    strncat(seen, code, 1023 - strlen(seen));
    strncat(seen, " ", 1023 - strlen(seen));
}

static void test_default_codes(void **state)
{
    (void)state;
    static const char *const codes[] = {
        "LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID",
        "MARK_MISSING", "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM",
        "FAKE_ORIGINAL_PRICE", "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT",
    };
    char seen[1024] = "";
    rules_each(book, list_fn, seen);
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        char key[64];
        snprintf(key, sizeof key, "%s ", codes[i]);
        if (!strstr(seen, key)) fail_msg("code %s missing from the default rulebook", codes[i]);
    }
}

/* Snippet: 30 characters each side of the ORIGINAL text, UTF-8 intact;
 * offsets in text and source via the runs. */
static void test_snippet(void **state)
{
    (void)state;
    char text[1024];
    const char *pre = "零一二三四五六七八九零一二三四五六七八九零一二三四五六七八九零一二三四五";
    const char *post = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子丑寅卯";
    snprintf(text, sizeof text, "%s高 * 倣%s", pre, post);
    parser_page p;
    text_page(&p, text);
    parser_run runs[2] = { { 0, 30, 100, PARSER_RUN_TEXT }, { 30, strlen(text) - 30, 500, PARSER_RUN_TEXT } };
    p.runs = runs;
    p.n_runs = 2;
    rules_findings f = { 0 };
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    assert_int_equal(f.n, 1);
    rules_finding *x = &f.v[0];
    assert_string_equal(x->code, "COUNTERFEIT_TERM");
    assert_string_equal(x->matched, "高 * 倣");
    assert_int_equal(x->text_off, strlen(pre));
    assert_int_equal(x->src_off, 500 + strlen(pre) - 30);
    char want[1024];
    /* the last 30 characters of pre, the match, the first 30 of post (3 bytes each) */
    snprintf(want, sizeof want, "%s高 * 倣%.90s", pre + strlen(pre) - 90, post);
    assert_string_equal(x->snippet, want);
    assert_string_equal(x->severity, "high");
    assert_string_equal(x->basis, "商标法 第五十七条");
    rules_findings_clear(&f);
    rules_findings_clear(&f); /* clearing twice is harmless */
}

/* Title scope: a term only in the title is found; one finding per code. */
static void test_title_and_once(void **state)
{
    (void)state;
    parser_page p;
    text_page(&p, "高仿一号 高仿二号 高仿三号");
    rules_findings f = { 0 };
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    assert_int_equal(f.n, 1);
    assert_int_equal(f.v[0].text_off, 0);
    rules_findings_clear(&f);

    text_page(&p, "正品商店");
    p.title = (char *)"A货专卖 - 某某店";
    p.source = (char *)"<title>A货专卖 - 某某店</title>";
    p.source_len = strlen(p.source);
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.v[0].code, "COUNTERFEIT_TERM");
    assert_string_equal(f.v[0].matched, "A货");
    assert_int_equal(f.v[0].src_off, 7);
    rules_findings_clear(&f);
}

/* ---- built-in kinds ---- */

typedef struct {
    const char *code;       /* registry: known code */
    const char *name;
    const char *status;
    int imported;
    double floor;
    int have_floor;
} fake_store;

static int lookup(void *ud, const char *code, char *name, size_t nl, char *status, size_t sl)
{
    fake_store *s = ud;
    if (!s->imported) return -1;
    if (strcmp(code, s->code) != 0) return 0;
    snprintf(name, nl, "%s", s->name);
    snprintf(status, sl, "%s", s->status);
    return 1;
}

static int price_floor(void *ud, const char *key, double *lowest)
{
    fake_store *s = ud;
    (void)key;
    if (!s->have_floor) return 0;
    *lowest = s->floor;
    return 1;
}

static int has_code(const rules_findings *f, const char *code)
{
    for (size_t i = 0; i < f->n; i++)
        if (!strcmp(f->v[i].code, code)) return 1;
    return 0;
}

static void run(const parser_page *p, const rules_context *ctx, rules_findings *f)
{
    rules_findings_clear(f);
    assert_int_equal(rules_check_page(book, p, ctx, f), RULES_OK);
}

static void test_license_missing(void **state)
{
    (void)state;
    parser_page p;
    rules_findings f = { 0 };
    rules_context ctx = { 0 };
    text_page(&p, "欢迎光临本店");
    run(&p, &ctx, &f);
    assert_false(has_code(&f, "LICENSE_MISSING")); /* not a home page */
    p.page_kind = "home";
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_MISSING"));
    p.page_kind = NULL;
    ctx.is_home = 1;
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_MISSING"));
    /* any one display satisfies the duty */
    int *flags[] = { &p.license_display.image, &p.license_display.link, &p.license_display.ezz_link,
                     &p.license_display.exemption };
    for (size_t i = 0; i < 4; i++) {
        *flags[i] = 1;
        run(&p, &ctx, &f);
        assert_false(has_code(&f, "LICENSE_MISSING"));
        *flags[i] = 0;
    }
    parser_license lic = { .kind = PARSER_LIC_USCC, .code = "91330106673959654P", .check_ok = 1 };
    p.licenses = &lic;
    p.n_licenses = 1;
    run(&p, &ctx, &f); /* a number only in hidden text does not count */
    assert_true(has_code(&f, "LICENSE_MISSING"));
    lic.visible = 1;
    run(&p, &ctx, &f);
    assert_false(has_code(&f, "LICENSE_MISSING"));
    /* the platform operator's licence: a shop's page still lacks its own,
     * the platform's own page shows its subject's */
    lic.platform = 1;
    ctx.on_platform = 1;
    ctx.platform_shop = 1;
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_MISSING"));
    ctx.platform_shop = 0;
    run(&p, &ctx, &f);
    assert_false(has_code(&f, "LICENSE_MISSING"));
    rules_findings_clear(&f);
}

static void test_license_invalid_mismatch(void **state)
{
    (void)state;
    const char *text = "营业执照：91330106673959654X 杭州某某有限公司";
    parser_page p;
    text_page(&p, text);
    parser_license lic = { .kind = PARSER_LIC_USCC, .code = "91330106673959654X", .check_ok = 0,
                           .visible = 1, .text_off = strlen("营业执照："),
                           .company = (char *)"杭州某某（有限）公司" };
    p.licenses = &lic;
    p.n_licenses = 1;
    rules_findings f = { 0 };
    fake_store st = { "91330106673959654P", "杭州某某 (有限) 公司", "存续", 0, 0, 0 };
    rules_context ctx = { .registry_lookup = lookup, .ud = &st };
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_INVALID"));
    assert_false(has_code(&f, "LICENSE_MISMATCH")); /* registry not imported: silent */
    assert_string_equal(f.v[0].matched, "91330106673959654X");
    assert_int_equal(f.v[0].text_off, strlen("营业执照："));

    st.imported = 1; /* imported, but the code fails its check character */
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_INVALID"));
    assert_false(has_code(&f, "LICENSE_MISMATCH")); /* no registry can hold it: one finding */

    lic.check_ok = 1; /* a valid code the registry does not know */
    memcpy(lic.code, "91330106673959654Q", 19);
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_MISMATCH"));

    memcpy(lic.code, "91330106673959654P", 19);
    run(&p, &ctx, &f); /* known, same name modulo brackets, status fine */
    assert_int_equal(f.n, 0);
    st.status = "吊销，未注销";
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_MISMATCH"));
    st.status = "存续";
    st.name = "宁波另一家有限公司";
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "LICENSE_MISMATCH"));
    st.name = "杭州某某(有限)公司";
    p.license_display.ezz_link = 1;
    p.license_display.ezz_serial = (char *)"91110000600037341L-SAIC_SHOW_10000091110000600037341L1";
    run(&p, &ctx, &f); /* electronic licence of another company */
    assert_true(has_code(&f, "LICENSE_MISMATCH"));
    /* the crawler's two passes: the worker's skips it, the store's finds it once */
    rules_context pass = ctx;
    pass.page_only = 1;
    run(&p, &pass, &f);
    assert_false(has_code(&f, "LICENSE_MISMATCH"));
    pass.page_only = 0;
    pass.stored_only = 1;
    run(&p, &pass, &f);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.v[0].code, "LICENSE_MISMATCH");
    p.license_display.ezz_serial = (char *)"91330106673959654P-SAIC_SHOW_1000009133010667395965";
    run(&p, &ctx, &f);
    assert_int_equal(f.n, 0);
    rules_findings_clear(&f);
}

static void test_icp(void **state)
{
    (void)state;
    parser_page p;
    text_page(&p, "首页 京ICP备16017121号-1");
    rules_findings f = { 0 };
    rules_context ctx = { .is_home = 1 };
    p.license_display.image = 1;
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "ICP_MISSING"));
    ctx.on_platform = 1;
    run(&p, &ctx, &f);
    assert_false(has_code(&f, "ICP_MISSING")); /* platform shops have no ICP duty */
    ctx.on_platform = 0;
    parser_icp icp = { .kind = PARSER_ICP_PSB, .number = (char *)"京公网安备 11010502032345号",
                       .abbr = "京", .province = "北京", .well_formed = 1, .visible = 1, .text_off = 7 };
    p.icps = &icp;
    p.n_icps = 1;
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "ICP_MISSING")); /* 公安备案 is not an ICP filing */
    icp.kind = PARSER_ICP_FILING;
    icp.number = (char *)"京ICP备16017121号-1";
    run(&p, &ctx, &f);
    assert_int_equal(f.n, 0);
    icp.well_formed = 0;
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "ICP_INVALID"));
    assert_string_equal(f.v[0].matched, "京ICP备16017121号-1");
    assert_int_equal(f.v[0].text_off, 7);
    icp.well_formed = 1;
    icp.province = NULL;
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "ICP_INVALID"));
    rules_findings_clear(&f);
}

static void test_mark_and_price(void **state)
{
    (void)state;
    parser_page p;
    text_page(&p, "连衣裙 现价¥99 原价¥299");
    rules_findings f = { 0 };
    fake_store st = { "", "", "", 0, 150.0, 1 };
    rules_context ctx = { .price_floor = price_floor, .ud = &st };
    p.mark_required = 1;
    run(&p, &ctx, &f);
    assert_true(has_code(&f, "MARK_MISSING"));
    p.mark_present = 1;
    run(&p, &ctx, &f);
    assert_int_equal(f.n, 0);
    parser_price pr = { .item_key = (char *)"/goods/1#0", .price = 99, .original = 299,
                        .text_off = strlen("连衣裙 现价") };
    p.prices = &pr;
    p.n_prices = 1;
    run(&p, &ctx, &f); /* sold at 150 in the last 7 days, "original" 299 */
    assert_true(has_code(&f, "FAKE_ORIGINAL_PRICE"));
    assert_int_equal(f.v[0].text_off, pr.text_off);
    st.floor = 299;
    run(&p, &ctx, &f);
    assert_int_equal(f.n, 0);
    st.have_floor = 0;
    st.floor = 1;
    run(&p, &ctx, &f); /* no history: silent */
    assert_int_equal(f.n, 0);
    pr.original = -1;
    st.have_floor = 1;
    run(&p, &ctx, &f);
    assert_int_equal(f.n, 0);
    rules_findings_clear(&f);
}

/* Hostile text: random bytes (invalid UTF-8, NULs, lone continuation bytes)
 * mixed with rule words never crash, and offsets stay inside the text. */
static void test_random_bytes(void **state)
{
    (void)state;
    static const char *const words[] = { "高仿", "最佳", "\xE2\x80\x8B", "好评返现", "\xEF\xBC\xA1货", "\n", " " };
    uint32_t x = 7;
    char *buf = malloc(4096);
    assert_non_null(buf);
    for (int round = 0; round < 300; round++) {
        size_t n = 0, want = 1 + (size_t)(round * 13 % 4000);
        while (n < want) {
            x = x * 1664525u + 1013904223u;
            if ((x >> 28) < 4) {
                const char *w = words[(x >> 8) % 7];
                size_t l = strlen(w);
                if (n + l > want) break;
                memcpy(buf + n, w, l);
                n += l;
            } else {
                buf[n++] = (char)(x >> 16);
            }
        }
        parser_page p;
        text_page(&p, "");
        p.text = buf;
        p.text_len = n;
        p.title = buf; /* may stop early at a NUL: still a valid string */
        buf[n] = '\0';
        rules_findings f = { 0 };
        assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
        for (size_t i = 0; i < f.n; i++) {
            assert_true(f.v[i].text_off <= n);
            assert_non_null(f.v[i].snippet);
        }
        rules_findings_clear(&f);
    }
    free(buf);
}

/* One rulebook shared by several threads gives every thread the same answers. */
static void *thread_run(void *arg)
{
    long bad = 0;
    (void)arg;
    for (int round = 0; round < 20; round++)
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            parser_page p;
            text_page(&p, cases[i].text);
            rules_findings f = { 0 };
            char got[512];
            if (rules_check_page(book, &p, NULL, &f) != RULES_OK) bad++;
            codes_of(&f, got, sizeof got);
            if (strcmp(got, cases[i].codes) != 0) bad++;
            rules_findings_clear(&f);
        }
    return (void *)bad;
}

static void test_threads(void **state)
{
    (void)state;
    pthread_t t[4];
    for (int i = 0; i < 4; i++) assert_int_equal(pthread_create(&t[i], NULL, thread_run, NULL), 0);
    for (int i = 0; i < 4; i++) {
        void *bad;
        assert_int_equal(pthread_join(t[i], &bad), 0);
        assert_null(bad);
    }
}

static void test_args(void **state)
{
    (void)state;
    rules_findings f = { 0 };
    parser_page p;
    text_page(&p, "x");
    assert_int_equal(rules_check_page(NULL, &p, NULL, &f), RULES_EINVAL);
    assert_int_equal(rules_check_page(book, NULL, NULL, &f), RULES_EINVAL);
    p.text = NULL; /* a page without text is checked, not crashed on */
    p.text_len = 0;
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    rules_findings_clear(&f);
    rules_findings_clear(NULL);
    rules_free(NULL);
    assert_string_equal(rules_strerror(RULES_EPATTERN), "rule pattern does not compile");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_table),
        cmocka_unit_test(test_default_codes),
        cmocka_unit_test(test_snippet),
        cmocka_unit_test(test_title_and_once),
        cmocka_unit_test(test_license_missing),
        cmocka_unit_test(test_license_invalid_mismatch),
        cmocka_unit_test(test_icp),
        cmocka_unit_test(test_mark_and_price),
        cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_args),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
