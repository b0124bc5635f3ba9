#!/usr/bin/env python3
"""corpus8 author Q: service-trade shop pages (教育/考证, SaaS/会员, 手机卡/靓号, 粉丝/代运营,
二手数码回收, 旅游/酒店/门票, 婚庆/摄影, 家政/月嫂).  Every page, its codes and its note are written
by hand below.  `python3 gen.py` writes the corpus; `python3 gen.py --check` compares byte for byte."""
import os, sys, shutil, tempfile, filecmp
from lib import uscc, regno, fullwidth, encode, render, history_page

# ---- companies: (name as registered, code, intended validity of the code) ----
def U(kind, div, org, valid=True):
    return uscc(kind, div, org, valid)

CO = {
  'zhixue':   ('杭州知学教育科技有限公司', U('91', '330106', '32760158'), True),
  'qihang':   ('成都启航教育咨询有限公司', U('91', '510107', '56781234'), True),
  'wkcloud':  ('苏州云启软件科技有限公司', U('91', '320506', 'MA1X4K7P'), True),
  'haomaxiu': ('深圳号码秀通信服务有限公司', U('91', '440305', 'MA5F2L3N'), True),
  'changlian':('郑州畅联通信器材有限公司', U('91', '410105', 'MA9G6R2T', False), False),
  'zhaomei':  ('福州招美网络科技有限公司', U('91', '350102', 'MA2Y8K4B'), True),
  'ehuishou': ('武汉易回收科技有限公司', U('91', '420106', 'MA4K7C9D'), True),
  'xianyou':  ('昆明仙游国际旅行社有限公司', U('91', '530102', '21977652'), True),
  'haiyun':   ('青岛海韵酒店管理有限公司', U('91', '370212', 'MA3C7P1Q', False), False),
  'lanse':    ('厦门蓝色时光婚纱摄影有限公司', U('91', '350203', 'MA8R3T6U'), True),
  'gangliu':  ('深圳前海港流数码科技有限公司', U('91', '440300', 'MA5G9H2J'), True),
  'anxin':    ('北京安心家政服务有限公司', U('91', '110108', '80230671'), True),
  'qiming':   ('上海启明财会培训有限公司', regno('31011500045678', False), False),
  'xishihui': ('重庆喜事汇婚庆策划有限公司', U('91', '500103', 'MA60B7K3'), True),
  'dianyun':  ('南宁点云电子商务有限公司', U('91', '450103', 'MA5K8L2M'), True),
  'zhangshang':('西安掌上课堂网络科技有限公司', U('91', '610113', 'MA6U1B7E'), True),
  'yeyou':    ('海口椰游网络科技有限公司', U('91', '460105', 'MA5T2R8W'), True),
  'qianshi':  ('贵阳黔师教育咨询有限公司', U('91', '520102', 'MA6H3J9K'), True),
  'lvpai':    ('广州旅拍时光文化传播有限公司', U('91', '440106', 'MA59U2KL'), True),
  'jinkao':   ('天津津考教育科技有限公司', U('91', '120104', 'MA06R4PN'), True),
  'huaxin':   ('天津华信职业技能培训学校有限公司', U('91', '120103', 'MA05T8QX'), True),
  'yantu':    ('杭州研途教育科技有限公司', U('91', '330110', 'MA2J5K8N'), True),
  'haoka':    ('广州市越秀区号卡通讯店', U('92', '440104', 'MA5L7Q3R'), True),
  'nuanyang': ('杭州暖阳母婴护理服务有限公司', U('91', '330105', 'MA28H6T4'), True),
  'pinyu':    ('宁波品遇摄影有限公司', U('91', '330203', 'MA2H9C4W'), True),
  'quyou':    ('上海趣游票务有限公司', U('91', '310104', 'MA1FP7K2', False), False),
  'huishouxia':('深圳市回收侠科技有限公司', U('91', '440304', 'MA5H1N6W'), True),
  'xingying': ('珠海横琴星影数字科技有限公司', regno('44040000012873'), True),
  'huiyou':   ('合肥慧优数码科技有限公司', U('91', '340104', 'MA2W8N5T'), True),
  'gansao':   ('南昌赣嫂家政服务有限公司', U('91', '360102', 'MA38K2P7'), True),
}
def C(k): return CO[k][1]

# registry extract, written by hand (name, status); the platform's own entry first
REGISTRY = [
  ('91330100MA27WJ011R', '杭州网剑网络科技有限公司', '存续'),
  (C('zhixue'), '杭州知学教育科技有限公司', '存续'),
  (C('qihang'), '成都启航教育咨询有限公司', '存续'),
  (C('wkcloud'), '苏州云启软件科技有限公司', '存续'),
  (C('haomaxiu'), '深圳号码秀通信服务有限公司', '存续'),
  (C('zhaomei'), '福州招美网络科技有限公司', '存续'),
  (C('ehuishou'), '武汉易回收科技有限公司', '存续'),
  (C('xianyou'), '昆明仙游国际旅行社有限公司', '存续'),
  (C('lanse'), '厦门蓝色时光婚纱摄影有限公司', '存续'),
  (C('gangliu'), '深圳前海港流数码科技有限公司', '吊销'),
  (C('anxin'), '北京安心家政服务有限公司', '存续'),
  (C('xishihui'), '重庆喜事汇婚庆策划有限公司', '存续'),
  (C('dianyun'), '南宁点云电子商务有限公司', '存续'),
  (C('zhangshang'), '西安掌上云课网络科技有限公司', '存续'),
  (C('yeyou'), '海口椰游网络科技有限公司', '存续'),
  # 贵阳黔师: deliberately absent from the registry
  (C('lvpai'), '广州旅拍时光文化传播有限公司', '存续'),
  (C('jinkao'), '天津津考教育科技有限公司', '存续'),
  (C('huaxin'), '天津华信职业技能培训学校有限公司', '经营异常'),
  (C('yantu'), '杭州研途教育科技有限公司', '存续'),
  (C('haoka'), '广州市越秀区号卡通讯店', '存续'),
  (C('nuanyang'), '杭州暖阳母婴护理服务有限公司', '存续'),
  (C('pinyu'), '宁波品遇摄影有限公司', '存续'),
  (C('huishouxia'), '深圳市回收侠科技有限公司', '存续'),
  (C('xingying'), '珠海横琴星影数字科技有限公司', '存续'),
  (C('huiyou'), '合肥慧优数码科技有限公司', '存续'),
  (C('gansao'), '南昌赣嫂家政服务有限公司', '存续'),
]

def S(**kw): return kw
def P(path, name, title, body, codes, note, foot=None, hist=None):
    return dict(path=path, name=name, title=title, body=body, codes=codes, note=note, foot=foot, hist=hist)

MALL = 'mall.wangjian.test'
SITES = []

# ======================= independent sites =======================

# s01 杭州知学 — 一建/二建 培训, SaaS-like 课程价格方案 (utf-8)
SITES.append(S(id='s01', host='www.hzzhixue.test', style='saas', enc='utf-8', bom=False, meta='utf-8', holdout=False,
  site='知学教育·建造师',
  foot='<p>杭州知学教育科技有限公司 版权所有 · 统一社会信用代码：%s</p><p><a href="https://beian.miit.gov.cn/">浙ICP备2021034567号-1</a> · 浙公网安备 33010602011234号</p><p>地址：杭州市西湖区文三路 90 号 · 咨询热线 400-826-1170</p>' % C('zhixue'),
  foot2='<p>© 知学教育 · <a href="https://beian.miit.gov.cn/">浙ICP备2021034567号-1</a></p>',
  pages=[
  P('/', 'zhixue-home', '知学教育-一级建造师/二级建造师网课',
    '<section class="hero"><h1>2027 一建备考季 · 早鸟报名中</h1><p>零基础也能学：精讲+串讲+冲刺三轮，名师直播答疑。</p>'
    '<p>温馨提示：一建考试一般在 9 月，<b>最佳</b>起跑时间是前一年 12 月，越早开始，复习越从容。</p></section>'
    '<section class="plans"><table class="price-plan"><tr><th>班型</th><th>价格</th><th>服务</th></tr>'
    '<tr><td>精品单科班</td><td>¥1280</td><td>录播+题库</td></tr><tr><td>全科直播班</td><td>¥3980</td><td>直播+班主任督学</td></tr>'
    '<tr><td>私塾班</td><td>¥8800</td><td>1对1 学习规划</td></tr></table></section>',
    '-', 'trap: 最佳 in a timing tip (2023 绝对化用语指引: tips such as 最佳 timing are not claims); 一级建造师 is a statutory grade; licence (电子商务法第十五条) and ICP shown'),
  P('/course/yijian-baoguo.html', 'zhixue-baoguo', '一建签约保过班',
    '<div class="course"><h1>一建<span>签约</span>保过班</h1><p class="price">¥12800</p>'
    '<ul><li>签订保过协议，<b>考不过全额退款</b></li><li>内部押题资料，包拿证</li><li>名额有限，本期仅剩 6 席，限时至月底</li></ul>'
    '<p>客服：报名前可加微信领取协议样本～</p></div>',
    'FALSE_CLAIM', 'FALSE_CLAIM: 广告法第二十四条第(一)项 (training ad promising to pass an exam / get a certificate: 保过, 包拿证, 不过退款) and 第二十八条; not a home page so no licence/ICP duty'),
  P('/agreement.html', 'zhixue-agreement', '学员服务协议',
    '<article class="legal"><h1>知学教育学员服务协议</h1><p>第一条 本协议依据《中华人民共和国民法典》《中华人民共和国广告法》等订立。</p>'
    '<p>第四条 甲方（知学教育）提供的课程为教学服务，<b>甲方不对学员考试结果作任何保证性承诺</b>；任何自称与甲方合作“保过”“包拿证”的个人或机构，请学员提高警惕。</p>'
    '<p>第六条 课程开通后 7 日内且学习进度未超过 10% 的，可申请退还剩余费用；课程为服务，不适用网络购买商品的七日无理由退货规则。</p></article>',
    '-', 'trap: 保过/包拿证 quoted in a disclaimer that refuses them (广告法第二十四条 is respected); 七日无理由 discussed for a service, outside 消费者权益保护法第二十五条 which covers goods'),
]))

# s02 成都启航 — 学历提升 (GBK, 蜀ICP variant)
SITES.append(S(id='s02', host='www.cdqihang.test', style='oldtable', enc='gbk', bom=False, meta='gbk', holdout=False,
  site='启航学历提升中心',
  foot='成都启航教育咨询有限公司 统一社会信用代码 %s<br>蜀ICP备2021012345号-2&nbsp;&nbsp;川公网安备 51010702043210号<br>校区：成都市武侯区一环路南四段 17 号' % C('qihang'),
  foot2='成都启航教育咨询有限公司&nbsp;&nbsp;蜀ICP备2021012345号-2',
  pages=[
  P('/', 'qihang-home', '启航学历-成人高考 自考 国开 报名',
    '<p><font color="red"><b>2027 成考报名倒计时！</b></font> 专升本/高起专 · 国家承认学历 · 学信网可查</p>'
    '<p>十年办学，<b>全川通过率第一</b>，累计服务学员 3 万+</p>'
    '<p>内部报名通道，名额有限，电话 028-8555 1203（微信同号）</p>',
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (全川通过率第一 as a superiority claim, unproven); 蜀ICP备 is a real variant of 川 so ICP is not invalid'),
  P('/zk/quanrizhi.html', 'qihang-diploma', '全日制本科 快速拿证',
    '<h2>全日制本科毕业证 · 学信网可查</h2><p>不用上课 不用考试，提供身份证复印件即可，<b>15 天出证</b>，包毕业包学位</p>'
    '<p>费用：¥26800（先付一半，出证验证后付尾款）</p><p>顾问老师：小周 159 2800 7731</p>',
    'FALSE_CLAIM,PROHIBITED_GOODS', 'PROHIBITED_GOODS: selling diplomas without study or exam (伪造/买卖国家机关证件, 刑法第二百八十条; 国家禁售); FALSE_CLAIM: 广告法第二十四条第(一)项 guarantee of 学历/学位 and 第二十八条'),
  P('/apply.html', 'qihang-apply', '报名须知',
    '<h2>报名须知</h2><ol><li>身份证正反面扫描件；</li><li>专科毕业证书原件；</li><li>在职人员需提供<b>原单位</b>开具的在职证明或近 6 个月社保证明；</li></ol>'
    '<p><b>郑重声明</b>：成人学历须本人参加全国统一考试，本中心从不办理代考、替考；所谓“不考试拿证”“包过”均属诈骗，请勿相信。</p>',
    '-', 'trap: 原单 inside 原单位 (no counterfeit word); 包过 and 不考试拿证 named only in a warning; no home page duties here'),
]))

# s03 苏州云启 — SaaS 官网, 价格方案 (utf-8 with BOM)
SITES.append(S(id='s03', host='www.yunqi-saas.test', style='saas', enc='utf-8', bom=True, meta='utf-8', holdout=False,
  site='云启CRM',
  foot='<p>© 2019-2026 苏州云启软件科技有限公司 · <a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1000009132050620190318&amp;signData=MEQCIC7x">工商亮照</a>'
       ' · <a href="https://beian.miit.gov.cn/">苏ICP备19023456号-1</a> · 苏公网安备 32050602010987号 · 增值电信业务经营许可证 苏B2-20200312</p>' % C('wkcloud'),
  pages=[
  P('/', 'yunqi-home', '云启CRM-中小企业客户管理SaaS',
    '<section class="hero"><h1>让每一条线索都有人跟进</h1><p>客户管理、销售漏斗、企业微信会话存档，一个账号全搞定。</p><a class="btn" href="/trial">免费试用 14 天</a></section>'
    '<section class="pricing"><div class="plan"><h3>基础版</h3><p class="price">¥1999/年</p><p>5 个账号</p></div>'
    '<div class="plan"><h3>专业版</h3><p class="price">¥4999/年</p><p>20 个账号 · API</p></div>'
    '<div class="plan hot"><h3>旗舰版</h3><p class="price">¥9999/年</p><p>不限账号 · 私有化部署可选</p></div></section>',
    '-', 'trap: licence shown only as a link to the electronic-licence display (zzlz.gsxt.gov.cn, serial starts with the shown company\'s own code) which satisfies 电子商务法第十五条 (信息的链接标识); 旗舰版 is a tier name, not 最高级'),
  P('/pricing.html', 'yunqi-pricing', '价格方案-云启CRM',
    '<h1>价格方案</h1><table class="price-table"><tr><th>版本</th><th>原价</th><th>双十二价</th></tr>'
    '<tr><td>专业版（年付）</td><td><del class="origin-price">¥4999</del></td><td><span class="price">¥2999</span></td></tr></table>'
    '<p>活动时间 12 月 1 日-12 月 12 日，企业认证后可开专票。</p>',
    'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定第十六条 (划线原价 ¥4999 above the ¥2599 shown 3 days earlier)',
    hist=[(3, '<p>专业版（年付） <span class="price">¥2599</span> 限时特惠</p>')]),
  P('/terms.html', 'yunqi-terms', '云启CRM 服务协议',
    '<article><h1>云启CRM 软件服务协议</h1><p>5.1 本产品为在线交付的计算机软件服务，账号开通、激活码发放后即视为交付。</p>'
    '<p>5.2 依据《消费者权益保护法》第二十五条第一款第（三）项，在线下载或激活的数字化商品<b>不适用七日无理由退货</b>；购买前可申请 14 天免费试用。</p>'
    '<p>5.3 年付方案未使用月份可按比例申请退费。</p></article>',
    '-', 'trap: 不适用七日无理由退货 for online-delivered software, which 消费者权益保护法第二十五条第一款第(三)项 exempts'),
]))

# s04 深圳号码秀 — 靓号 (GBK)
SITES.append(S(id='s04', host='www.haomaxiu.test', style='javashop', enc='gbk', bom=False, meta='gbk', holdout=False,
  site='号码秀靓号网',
  foot='<p>深圳号码秀通信服务有限公司&nbsp;|&nbsp;统一社会信用代码：%s&nbsp;|&nbsp;粤公网安备 44030502008812号</p><p>客服热线 0755-2660 8811 · 深圳市南山区科技园南区</p>' % C('haomaxiu'),
  foot2='<p>深圳号码秀通信服务有限公司 · 客服热线 0755-2660 8811</p>',
  pages=[
  P('/', 'haomaxiu-home', '号码秀-移动联通电信靓号 豹子号 顺子号',
    '<div class="banner">AAAA 豹子号 · ABCD 顺子号 · 生日号 · 情侣号</div>'
    '<div class="floor"><h2>投资靓号</h2><p>好号码就是硬通货：尾号 8888 三年涨了 5 倍！<b>只涨不跌，稳赚不赔</b>，年化收益 20% 起，可签回购协议。</p></div>'
    '<ul class="goods-list"><li>186****8888 <span class="price">¥88000</span></li><li>139****6666 <span class="price">¥36000</span></li></ul>',
    'FALSE_CLAIM,ICP_MISSING', 'FALSE_CLAIM: 广告法第二十五条 (investment-return guarantee: 只涨不跌, 稳赚不赔, 年化收益) and 第二十八条; ICP_MISSING: 互联网信息服务管理办法第十二条 (only a 公网安备 number, which is not an ICP filing)'),
  P('/item/8888.html', 'haomaxiu-mianshiming', '联通尾号8888 已实名卡',
    '<div class="goods-detail"><h1>联通 156****8888 已实名成品卡</h1><p class="price">¥6800</p>'
    '<p>卡已实名，<b>不用本人，不用过户</b>，收到插卡即用，支持注册各大平台。批量拿货私聊。</p></div>',
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 反电信网络诈骗法第三十一条 (selling a phone card registered to someone else, 免过户 use)'),
  P('/item/1314.html', 'haomaxiu-1314', '移动尾号1314 情侣号',
    '<div class="goods-detail"><h1>移动 138****1314 情侣靓号</h1><p>原价 <del>¥1999</del> 现价 <span class="price">¥520</span></p>'
    '<p>号码需机主本人持身份证到营业厅<b>实名过户</b>，含 58 元月租套餐，最低消费 12 个月。</p></div>',
    '-', 'trap: FAKE_ORIGINAL_PRICE look-alike: the capture 3 days earlier showed ¥1999 (lowest in the 7 days = ¥1999, not below the 原价); the ¥520 capture is 10 days old, outside 明码标价和禁止价格欺诈规定第十六条\'s 7 days; 实名过户 at the operator is lawful',
    hist=[(10, '<p>现价 <span class="price">¥520</span></p>'), (3, '<p>售价 <span class="price">¥1999</span></p>')]),
  P('/notice.html', 'haomaxiu-notice', '购号须知',
    '<div class="article"><h1>购号须知</h1><p>依据《反电信网络诈骗法》，所有号码须机主本人持身份证到营业厅办理实名登记或过户。</p>'
    '<p>本店<b>不出售“免实名卡”“已实名成品卡”</b>，如有人以本店名义兜售，请向 12321 举报。</p></div>',
    '-', 'trap: 免实名卡/已实名卡 named only in a refusal (反电信网络诈骗法第三十一条 respected)'),
]))

# s05 郑州畅联 — 流量卡 (GB18030 with characters outside GBK)
SITES.append(S(id='s05', host='www.changlian-card.test', style='miniapp', enc='gb18030', bom=False, meta='gb18030', holdout=False,
  site='畅联流量卡',
  foot='<p>郑州畅联通信器材有限公司</p><p>统一社会信用代码 %s</p><p>豫ICP备2022018765号-1 · 豫公网安备 41010502003456号</p><p>地址：郑州市金水区花园路𠮷野家楼上 · 店长 刘䶮</p>' % C('changlian'),
  foot2='<p>豫ICP备2022018765号-1 · 店长 刘䶮 · 花园路𠮷野家楼上</p>',
  pages=[
  P('/', 'changlian-home', '畅联流量卡-大流量卡 官方直发',
    '<div class="card-list"><div class="card"><h3>29元 135G</h3><p>通用 105G + 定向 30G</p></div><div class="card"><h3>19元 100G</h3><p>首月免费</p></div></div>',
    'LICENSE_INVALID', 'LICENSE_INVALID: GB 32100-2015 check character wrong on the displayed 统一社会信用代码 (电子商务法第十五条 false display); 豫ICP备 and 豫公网安备 410105 agree'),
  P('/card/29yuan.html', 'changlian-29', '29元135G流量卡',
    '<div class="goods"><h1>29元135G 全国通用流量卡</h1><p class="price">¥0 包邮</p><p>激活首充 50 元到账 80 元。</p>'
    '<p class="tips">温馨提示：流量卡属于特殊商品，<b>一经发货不支持七天无理由退货</b>，拍下请慎重。</p></div>',
    'RETURN_REFUSED', 'RETURN_REFUSED: 消费者权益保护法第二十五条 (an unactivated SIM card is a good outside the four exemptions; 网络购买商品七日无理由退货暂行办法第七条 lets only activated goods be excluded, and only with a confirmation step at purchase, which a blanket 一经发货不退 is not)'),
  P('/card/wulian.html', 'changlian-iot', '物联网卡 不限速',
    '<div class="goods"><h1>物联网卡 插卡即用 不限速</h1><p class="price">¥39/月</p><p><b>无需实名</b>，手机、随身WiFi 都能用，一次可拿 10 张。</p></div>',
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 反电信网络诈骗法第二十一条、第三十一条 (IoT cards sold as phone cards without real-name registration)'),
  P('/faq.html', 'changlian-faq', '常见问题',
    '<div class="faq"><h2>收到卡不想要了能退吗？</h2><p>未激活的卡签收 7 天内可申请<b>七天无理由退货</b>，运费我们出；已激活的卡按运营商规则办理销户。</p>'
    '<h2>需要实名吗？</h2><p>必须本人实名，激活时人脸识别，拒绝代实名。</p></div>',
    '-', 'trap: 七天无理由 offered, not refused; 实名 required (no prohibited goods); non-home page: no code shown so nothing to check'),
]))

# s06 福州招美 — 粉丝/代运营 (GBK bytes, meta wrongly says utf-8)
SITES.append(S(id='s06', host='www.zhaomei-fans.test', style='javashop', enc='gbk', bom=False, meta='utf-8', holdout=False,
  site='招美新媒体',
  foot='<p>福州招美网络科技有限公司 · 统一社会信用代码 %s · ICP备案号：办理中</p><p>闽公网安备 35010202001122号</p>' % C('zhaomei'),
  foot2='<p>福州招美网络科技有限公司 · 闽公网安备 35010202001122号</p>',
  pages=[
  P('/', 'zhaomei-home', '招美新媒体-涨粉 点赞 好评 一站式',
    '<div class="svc"><h2>抖音/小红书 真人粉</h2><p>1000 粉 ¥35 · 掉粉 <b>1:1</b> 补 · 30 天质保</p></div>'
    '<div class="svc"><h2>五星好评代写代发</h2><p>淘宝/美团/大众点评 真人号五星好评+带图 3 元/条，追评 5 元/条，差评可代删。</p></div>',
    'ICP_MISSING,REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法第十七条, 反不正当竞争法第八条第二款 (selling fabricated five-star reviews); ICP_MISSING: 互联网信息服务管理办法第十二条 (办理中 is no number); trap inside: 1:1 is a refill ratio, not counterfeit. meta charset says utf-8 but bytes are GBK (wrong meta)'),
  P('/daiyunying.html', 'zhaomei-dyy', '店铺代运营',
    '<h1>天猫/抖店 全托管代运营</h1><p>服务费 ¥9800/月 + 5% 提成，<b>全网最低价</b>。</p>'
    '<p>签约<b>保证 ROI 不低于 1:3</b>，三个月 GMV 翻倍，达不到退全部服务费。</p>',
    'ABSOLUTE_TERM,FALSE_CLAIM', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (全网最低价); FALSE_CLAIM: 广告法第二十五条 (guaranteed investment return ROI/GMV for a service with an investment expectation) and 第二十八条. meta charset says utf-8 but bytes are GBK (wrong meta)'),
  P('/huoyuan.html', 'zhaomei-huoyuan', '微商货源 一件代发',
    '<h1>大牌包包货源 · 一件代发</h1><p>专柜品质 <span>高</span> <span>仿</span>，顶级 Ａ货，五金皮料对版，支持朋友圈代发。</p><p>拿货价 <span class="price">¥380</span> 起</p>',
    'ABSOLUTE_TERM,COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 商标法第五十七条 (高 仿 split across spans, full-width Ａ货); ABSOLUTE_TERM: 广告法第九条第(三)项 (顶级). meta charset says utf-8 but bytes are GBK (wrong meta)'),
  P('/agreement.html', 'zhaomei-agreement', '代运营服务协议',
    '<h1>代运营服务协议（样本）</h1><p>第七条 乙方依约提供运营服务，<b>不对甲方店铺的销量、收益作任何保证</b>（《广告法》第二十五条）。</p>'
    '<p>第九条 乙方不提供刷单、虚假评价等违反《电子商务法》第十七条的服务。</p>',
    '-', 'trap: return guarantee refused and 刷单/虚假评价 refused, both citing the law. meta charset says utf-8 but bytes are GBK (wrong meta)'),
]))

# s07 武汉易回收 — 二手数码回收 (utf-8)
SITES.append(S(id='s07', host='www.ehuishou.test', style='javashop', enc='utf-8', bom=False, meta='utf-8', holdout=False,
  site='易回收',
  foot='<p><a href="/about">关于我们</a> | <a href="/help">帮助中心</a></p><p>武汉易回收科技有限公司 · 统一社会信用代码：%s · <a href="https://beian.miit.gov.cn/">鄂ICP备2020015432号-1</a> · 鄂公网安备 42010602004321号</p>' % C('ehuishou'),
  pages=[
  P('/', 'ehuishou-home', '易回收-手机笔记本高价回收 上门/邮寄',
    '<div class="recycle-banner"><h1>旧手机 估价 30 秒</h1><p>iPhone/华为/小米 高价回收，顺丰包邮寄，验机后当天打款。</p>'
    '<p class="warn">以下机器<b>一律不收</b>：高仿机、翻新机、监管机、有锁黑机。</p></div>',
    '-', 'trap: 高仿 named in a refusal to buy counterfeits (no sale, 商标法第五十七条 not engaged); licence and ICP shown'),
  P('/sell/iphone14pro.html', 'ehuishou-14pro', '二手 iPhone 14 Pro 99新',
    '<div class="goods-detail"><h1>二手 iPhone 14 Pro 256G 99新</h1><p>原价 <del class="origin">¥7999</del> 到手价 <span class="price">¥4299</span></p>'
    '<p>电池健康 92%，官方验机报告。<b>二手商品售出不支持 7 天无理由退货</b>，质量问题 15 天包换。</p></div>',
    'FAKE_ORIGINAL_PRICE,RETURN_REFUSED', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定第十六条 (原价 ¥7999 above ¥4299 seen 2 days before); RETURN_REFUSED: 消费者权益保护法第二十五条 (a trader\'s used phone is not in the exemptions)',
    hist=[(2, '<p>到手价 <span class="price">¥4299</span></p>')]),
  P('/sell/watch.html', 'ehuishou-watch', '二手名表 尾货',
    '<div class="goods-detail"><h1>绿水鬼 潜航者 精仿机械表</h1><p class="price">¥680</p><p>原单尾货，顶级复刻机芯，走时精准。</p></div>',
    'ABSOLUTE_TERM,COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 商标法第五十七条 (精仿, 原单, 复刻); ABSOLUTE_TERM: 广告法第九条第(三)项 (顶级)'),
  P('/sell/chongdiantou.html', 'ehuishou-spycam', '充电头摄像头',
    '<div class="goods-detail"><h1>充电头针孔摄像头 4K 无线远程</h1><p class="price">¥199</p><p>外观和普通充电头一样，插上就能远程看，<b>隐蔽不被发现</b>，酒店出租屋都能用。</p></div>',
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 禁止非法生产销售使用窃听窃照专用器材和“伪基站”设备的规定 (disguised pinhole camera = 窃照专用器材)'),
]))

# s08 昆明仙游 — 旅游线路 (GBK, Zen Cart)
SITES.append(S(id='s08', host='www.xianyou-travel.test', style='zencart', enc='gbk', bom=False, meta='gbk', holdout=False,
  site='仙游旅行',
  foot='昆明仙游国际旅行社有限公司 · 旅行社业务经营许可证 L-YN-CJ00123<br>统一社会信用代码 %s<br><a href="https://beian.miit.gov.cn/">滇ICP备18004567号-1</a> · 滇公网安备 53010202000789号' % C('xianyou'),
  pages=[
  P('/', 'xianyou-home', '仙游旅行-云南跟团游 自由行',
    '<h1>石林 · 国家AAAAA级旅游景区 一日游</h1><p>石林是<b>国家级风景名胜区</b>，世界自然遗产。<b>最佳旅游季节</b>为 3-5 月。</p>'
    '<p>成人 ¥268 起，含门票、电瓶车、午餐。</p>',
    '-', 'trap: 国家AAAAA级/国家级风景名胜区 are state-awarded grades and titles, 最佳旅游季节 a tip (2023 绝对化用语指引); licence and ICP shown'),
  P('/line/lijiang.html', 'xianyou-lijiang', '丽江大理6日游',
    '<h1>丽江大理双飞 6 日游</h1><p>入住“古城客栈”，客栈选用<b>中国驰名商标</b>床品。<b>全网最低价</b>，<b>顶级</b>奢华体验。</p>'
    '<p>行程含 1:1 复原的木府古街区夜游。</p><p>¥2680/人</p>',
    'ABSOLUTE_TERM,WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (全网最低价, 顶级); WELLKNOWN_MARK_AD: 商标法第十四条第五款 (驰名商标 in advertising); trap inside: 1:1 复原 is a replica-scale description, not counterfeit goods'),
  P('/line/wenquan.html', 'xianyou-spring', '安宁温泉两日游',
    '<h1>安宁温泉康养 2 日游</h1><p>温泉水富含偏硅酸，泡三次<b>风湿关节炎明显好转</b>，坚持一周<b>可治愈失眠、湿疹</b>。</p><p>¥598/人</p>',
    'FALSE_CLAIM', 'FALSE_CLAIM: 广告法第十七条 (disease cure claims: 风湿关节炎, 失眠, 湿疹, in a non-medical ad)'),
  P('/refund.html', 'xianyou-refund', '退改规则',
    '<h2>退改规则</h2><p>跟团游属于旅游服务，按《旅游法》第六十五条及合同约定处理；<b>不适用七日无理由退货</b>。</p>'
    '<p>出发前 7 日以上取消收取 10% 损失费，出发前 1-3 日取消收取 80%。</p>',
    '-', 'trap: 不适用七日无理由退货 for a travel service (消费者权益保护法第二十五条 covers goods)'),
]))

# s10 厦门蓝色时光 — 台资婚纱摄影 (Big5)
SITES.append(S(id='s10', host='www.lanse-wedding.test', style='b2b', enc='big5', bom=False, meta='big5', holdout=False,
  site='藍色時光婚紗攝影', lang='zh-TW',
  foot='廈門藍色時光婚紗攝影有限公司<br>統一社會信用代碼：%s<br>閩ICP備19012345號-1 · 閩公網安備 35020302001234號' % C('lanse'),
  foot2='廈門藍色時光婚紗攝影有限公司 · 閩ICP備19012345號-1',
  pages=[
  P('/', 'lanse-home', '藍色時光婚紗攝影-台灣團隊 廈門旗艦店',
    '<div class="intro"><h2>台灣第一婚紗品牌 登陸廈門</h2><p>榮獲「中國馳名商標」，二十年拍攝經驗，鼓浪嶼外景全包。</p></div>',
    'ABSOLUTE_TERM,WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (台灣第一 as a claim); WELLKNOWN_MARK_AD: 商标法第十四条第五款 (中國馳名商標, traditional script); Big5 page'),
  P('/package.html', 'lanse-package', '婚紗套系',
    '<table class="price-plan"><tr><th>套系</th><th>價格</th><th>內容</th></tr><tr><td>鼓浪嶼經典</td><td>6999 元</td><td>3 套服裝 · 精修 30 張 · 相冊 1 本</td></tr></table>'
    '<p>相冊、相框為按客人照片<b>定製的商品</b>，依《消費者權益保護法》第二十五條，<b>不適用七日無理由退貨</b>。</p>',
    '-', 'trap: 不適用七日無理由退貨 for made-to-order albums, exempt under 消费者权益保护法第二十五条第一款第(一)项 (定作); Big5 page'),
  P('/dress.html', 'lanse-dress', '婚紗禮服出售',
    '<h2>大牌同款婚紗</h2><p>Vera 同款拖尾婚紗 <b>1:1 復刻</b> 專櫃款，售價 2980 元（成衣，非定製）。</p><p>成衣售出<b>不支援七天無理由退貨</b>，請確認尺碼。</p>',
    'COUNTERFEIT_TERM,RETURN_REFUSED', 'COUNTERFEIT_TERM: 商标法第五十七条 (1:1 復刻 of a brand\'s design sold as 大牌同款); RETURN_REFUSED: 消费者权益保护法第二十五条 (ready-made dress, explicitly not made to order); Big5 page'),
]))

# s12 北京安心家政 — 月嫂/育儿嫂, 美团-like (GBK)
SITES.append(S(id='s12', host='www.anxin-jiazheng.test', style='store', enc='gbk', bom=False, meta='gbk', holdout=False,
  site='安心家政·月嫂育儿嫂',
  foot='<dl><dt>商家信息</dt><dd>北京安心家政服务有限公司</dd><dd>营业执照：%s</dd><dd>地址：北京市海淀区学院路 35 号</dd></dl>' % C('anxin'),
  pages=[
  P('/', 'anxin-home', '安心家政-金牌月嫂 催乳师',
    '<div class="svc-card"><h3>金牌月嫂 26 天</h3><p class="price">¥16800</p></div>'
    '<div class="svc-card"><h3>专业催乳</h3><p>手法通乳 1 次见效，<b>可治疗乳腺炎、乳腺增生</b>，不打针不吃药。</p><p class="price">¥398/次</p></div>',
    'FALSE_CLAIM,ICP_MISSING', 'FALSE_CLAIM: 广告法第十七条 (treating 乳腺炎/乳腺增生 in a non-medical service ad); ICP_MISSING: 互联网信息服务管理办法第十二条 (home shows no ICP number)'),
  P('/yuesao/price.html', 'anxin-price', '月嫂价格表',
    '<table class="price-table"><tr><th>级别</th><th>26天价格</th><th>证书</th></tr><tr><td>一星月嫂</td><td>¥9800</td><td>母婴护理员（五级/初级工）</td></tr>'
    '<tr><td>金牌月嫂</td><td>¥16800</td><td>育婴员（三级/高级工）</td></tr></table><p>级别按本公司内部考核评定，证书均可在人社部门查询。</p>',
    '-', 'trap: 高级工/三级 are national vocational-skill grades and 金牌 an internal tier explained on the page; not 最高级 claims'),
  P('/contract.html', 'anxin-contract', '服务合同（节选）',
    '<p>第八条 乙方服务人员提供生活护理与通乳手法服务，<b>不属于医疗行为，不能治疗任何疾病</b>。产妇出现发热、乳房红肿等乳腺炎症状，应及时就医。</p>',
    '-', 'trap: 乳腺炎 named in a warning that denies any treatment claim (广告法第十七条 respected); no licence duty off the home page'),
]))

# s14 上海启明 — CPA 考证 (utf-8, OpenCart)
SITES.append(S(id='s14', host='www.qiming-cpa.test', style='opencart', enc='utf-8', bom=False, meta='utf-8', holdout=False,
  site='启明财会',
  foot='<p>上海启明财会培训有限公司 · 营业执照注册号 %s · <a href="https://beian.miit.gov.cn/">沪ICP备15012345号-2</a> · 沪公网安备 31011502006543号</p>' % C('qiming'),
  foot2='<p>© 启明财会 · <a href="https://beian.miit.gov.cn/">沪ICP备15012345号-2</a></p>',
  pages=[
  P('/', 'qiming-home', '启明财会-CPA 初级 中级 会计考证培训',
    '<div class="row"><div class="product-thumb"><h4>CPA 全科 VIP</h4><p class="price">¥5980</p></div><div class="product-thumb"><h4>初级会计 精品班</h4><p class="price">¥680</p></div></div>',
    'LICENSE_INVALID', 'LICENSE_INVALID: the displayed 15-digit 注册号 fails ISO 7064 MOD 11,10 (GB/T 17710), 电子商务法第十五条 false display'),
  P('/product/cpa-vip.html', 'qiming-cpavip', 'CPA 全科 VIP 班',
    '<div class="product"><h1>CPA 全科 VIP 班</h1><p>划线价 <span class="price-old">¥9800</span> 活动价 <span class="price-new price">¥5980</span></p>'
    '<p>学员在评价区<b>晒图+五星好评</b>，截图发给班主任，<b>返现 50 元</b>。</p></div>',
    'FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定第十六条 (¥9800 above the ¥5980 seen 3 days before); REVIEW_INDUCEMENT: 电子商务法第十七条, 网络交易监督管理办法第十四条 (cash for a five-star review with photos)',
    hist=[(3, '<p>活动价 <span class="price">¥5980</span></p>'), (1.5, '<p>活动价 <span class="price">¥5980</span></p>')]),
  P('/news/20261201.html', 'qiming-news', '监管动态',
    '<article><h1>市场监管总局：教育培训广告不得承诺“包过”</h1><p>据报道，《广告法》第二十四条规定，教育、培训广告不得对升学、通过考试、获得学位学历或者合格证书作出明示或者暗示的保证性承诺。'
    '“签约保过”“不过退费”等宣传将被查处。</p><p>启明提醒学员：选择机构时看资质、看师资，不要被“最高通过率”“国家级名师”等宣传迷惑。</p></article>',
    '-', 'trap: news and advice quoting 包过, 最高, 国家级 as things to distrust; no claim is made'),
]))

# s16 南宁点云 — 代运营 B2B (GBK, 慧聪-like)
SITES.append(S(id='s16', host='www.dianyun-dy.test', style='b2b', enc='gbk', bom=False, meta='gbk', holdout=False,
  site='点云电商服务',
  foot='南宁点云电子商务有限公司 版权所有 · 桂ICP备12345678号 · 桂公网安备 45010302001111号',
  foot2='南宁点云电子商务有限公司 版权所有 · 服务热线 0771-5566 2233',
  pages=[
  P('/', 'dianyun-home', '点云电商-淘宝天猫拼多多代运营 南宁',
    '<div class="honor"><h3>企业荣誉</h3><ul><li>2011 年度“中国名牌产品”（电商服务类）</li><li>国家免检服务企业</li></ul></div>'
    '<div class="svc">店铺装修 · 直通车托管 · 详情页设计 · 客服外包</div>',
    'FALSE_HONOUR,ICP_INVALID,LICENSE_MISSING', 'FALSE_HONOUR: 广告法第二十八条, 反不正当竞争法第九条 (中国名牌产品 evaluation stopped in 2008 and 免检 abolished in 2008: the honours cannot be true); ICP_INVALID: placeholder 12345678 (互联网信息服务管理办法); LICENSE_MISSING: 电子商务法第十五条 (no code, image or link on the home page)'),
  P('/service/haoping.html', 'dianyun-haoping', '好评优化服务',
    '<h2>好评率低？试试“买家秀优化”</h2><p>我们帮您设置<b>好评返现卡</b>：买家五星好评+3 张图，联系客服返 5 元红包，好评率一个月提升到 99%。</p><p>服务费 ¥1500/月</p>',
    'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法第十七条, 网络交易监督管理办法第十四条 (organising cash-back for five-star reviews)'),
  P('/about.html', 'dianyun-about', '公司介绍',
    '<p>南宁点云电子商务有限公司成立于 2017 年，统一社会信用代码 %s，2023 年通过高新技术企业认定（证书编号 GR202345000123）。</p>'
    '<p>我们的目标是成为广西<b>最值得信赖</b>的电商服务商。</p>' % C('dianyun'),
    '-', 'trap: 高新技术企业 with a well-formed certificate number (GR + year + province 45 + serial) is a real current scheme; 最值得信赖 inside a goal statement (2023 绝对化用语指引: goals and philosophy); valid registered code'),
]))

# s19 贵阳黔师 — 教师资格证, 企业微信 shop (utf-8)
SITES.append(S(id='s19', host='www.qianshi-edu.test', style='wecom', enc='utf-8', bom=False, meta='utf-8', holdout=False,
  site='黔师教育',
  foot='<p>贵阳黔师教育咨询有限公司</p><p>统一社会信用代码：%s</p><p>萌ICP备20260001号</p>' % C('qianshi'),
  foot2='<p>贵阳黔师教育咨询有限公司 · 客服企业微信：黔师-小安</p>',
  pages=[
  P('/', 'qianshi-home', '黔师教育-教师资格证 笔试面试',
    '<div class="goods-card"><h3>教资笔试 三科联报</h3><p class="price">¥499</p></div><div class="goods-card"><h3>结构化面试 1对1</h3><p class="price">¥1299</p></div>',
    'ICP_INVALID,LICENSE_MISMATCH', 'ICP_INVALID: 萌ICP备 is a joke registry, not a province abbreviation (互联网信息服务管理办法); LICENSE_MISMATCH: the valid code shown is absent from the registry extract (电子商务法第十五条)'),
  P('/jiaozi.html', 'qianshi-jiaozi', '教资面试 冲刺营',
    '<h2>面试冲刺营</h2><p>课程结束后，在小红书/大众点评发布<b>五星好评截图</b>发到群里，<b>领取 20 元红包</b>，好评越长红包越大。</p><p class="price">¥1299</p>',
    'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法第十七条, 网络交易监督管理办法第十四条 (红包 for five-star reviews)'),
  P('/xieyi.html', 'qianshi-xieyi', '培训协议',
    '<p>本机构为“国家免检培训机构”，荣获 2020 年“中国名牌”称号。</p><p>学员须按时参加课程，缺课不补。</p>',
    'FALSE_HONOUR', 'FALSE_HONOUR: 广告法第二十八条, 反不正当竞争法第九条 (免检 and 中国名牌 schemes abolished in 2008; a 2020 award cannot exist)'),
]))

# s20 广州旅拍时光 — 旅拍/器材租赁 (GBK)
SITES.append(S(id='s20', host='www.lvpai-gz.test', style='opencart', enc='gbk', bom=False, meta='gbk', holdout=False,
  site='旅拍时光',
  foot='<p>广州旅拍时光文化传播有限公司 · 统一社会信用代码 %s · 粤ICP备20230456号-3 · 粤公网安备 44010602009876号</p>' % fullwidth(C('lvpai')),
  foot2='<p>广州旅拍时光文化传播有限公司 · 粤ICP备20230456号-3</p>',
  pages=[
  P('/', 'lvpai-home', '旅拍时光-广州旅拍 相机租赁',
    '<h2>沙面旅拍 · 日落档</h2><p><b>最佳拍摄时间</b>：日落前一小时，光线柔和。</p><p>单人旅拍 ¥799 起，含服装 2 套。</p>',
    '-', 'trap: licence code written in full-width characters, valid once normalised (GB 32100-2015 check passes; not LICENSE_INVALID); 最佳拍摄时间 is a tip'),
  P('/rent/camera.html', 'lvpai-camera', '相机租赁',
    '<h2>索尼 A7M4 租赁</h2><p>¥120/天，押金 ¥3000 芝麻信用可免。</p><p>全部国行正品，<b>不是高仿、不是水货</b>，取机当面验机。</p>',
    '-', 'trap: 高仿 in a denial; rental service'),
  P('/rent/rules.html', 'lvpai-rules', '租赁与退款规则',
    '<p>1. 租赁属于服务，取机后不适用七日无理由退货。</p><p>2. 本店在售的二手镜头，签收后 7 日内<b>支持七日无理由退货</b>，配件齐全即可。</p>',
    '-', 'trap: rental is a service; the goods sold do get 七日无理由 (消费者权益保护法第二十五条 honoured)'),
]))

# s21 天津津考 — 安全员/特种作业考证 (utf-8)
SITES.append(S(id='s21', host='www.jinkao-tj.test', style='javashop', enc='utf-8', bom=False, meta='utf-8', holdout=False,
  site='津考教育',
  foot='<p>天津津考教育科技有限公司 · 统一社会信用代码 %s</p><p><a href="https://zzlz.gsxt.gov.cn/businessCheck/verifKey.do?showType=p&amp;serial=%s-SAIC_SHOW_1200000012010320200611&amp;signData=MEUCIQD4">电子营业执照</a>'
       ' · <a href="https://beian.miit.gov.cn/">津ICP备20004567号-1</a> · 津公网安备 12010402000777号</p>' % (C('jinkao'), C('huaxin')),
  foot2='<p>津考教育 · <a href="https://beian.miit.gov.cn/">津ICP备20004567号-1</a></p>',
  pages=[
  P('/', 'jinkao-home', '津考教育-安全员 电工证 焊工证 培训',
    '<div class="floor"><h2>特种作业操作证</h2><p>低压电工 ¥800 · 熔化焊接 ¥1200 · 高处作业 ¥700</p></div>',
    'LICENSE_MISMATCH', 'LICENSE_MISMATCH: the electronic-licence link\'s serial names another company\'s code (天津华信, 经营异常) than the code shown (电子商务法第十五条)'),
  P('/course/anquanyuan.html', 'jinkao-aqy', '安全员C证 培训',
    '<h2>安全员 C 证</h2><p>住建厅颁发，<b>国家级证书，全国最权威</b>，全国通用。</p><p class="price">¥1680</p>',
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (国家级 misapplied to a provincial certificate, 最权威)'),
  P('/notice.html', 'jinkao-notice', '郑重声明',
    '<p>本机构只提供培训，<b>不提供代考、包过服务</b>。</p><p>《商标法》第十四条第五款禁止将“驰名商标”字样用于宣传，本站所有页面均不使用该字样。</p>',
    '-', 'trap: 包过 refused; 驰名商标 quoted as the law\'s prohibition, not used in advertising'),
]))

# ======================= holdout: independent sites =======================

# s09 青岛海韵 — 酒店 (utf-8)
SITES.append(S(id='s09', host='www.haiyun-hotel.test', style='saas', enc='utf-8', bom=False, meta='utf-8', holdout=True,
  site='海韵海景酒店',
  foot='<p>青岛海韵酒店管理有限公司 · 统一社会信用代码 %s · 鲁公网安备 37021202000321号</p>' % C('haiyun'),
  foot2='<p>青岛海韵酒店管理有限公司 · 预订热线 0532-8888 6611</p>',
  pages=[
  P('/', 'haiyun-home', '海韵海景酒店-青岛石老人海水浴场',
    '<section><h1>推窗见海 · 石老人海景房</h1><p>距海水浴场 200 米，含双早。</p></section>',
    'ICP_MISSING,LICENSE_INVALID', 'LICENSE_INVALID: GB 32100-2015 check character wrong (电子商务法第十五条); ICP_MISSING: 互联网信息服务管理办法第十二条 (only 公网安备)'),
  P('/room/seaview.html', 'haiyun-seaview', '豪华海景大床房',
    '<h1>豪华海景大床房</h1><p>划线价 <del>¥1288</del> 今日价 <span class="price">¥468</span></p>'
    '<p>入住后在携程/美团<b>五星好评+晒图</b>，前台凭截图<b>返现 20 元</b>。</p>',
    'FAKE_ORIGINAL_PRICE,REVIEW_INDUCEMENT', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定第十六条 (¥1288 above ¥399 seen 6.5 days before); REVIEW_INDUCEMENT: 网络交易监督管理办法第十四条, 电子商务法第十七条 (cash for five-star reviews)',
    hist=[(6.5, '<p>今日价 <span class="price">¥399</span></p>'), (1.5, '<p>今日价 <span class="price">¥468</span></p>')]),
  P('/booking-terms.html', 'haiyun-terms', '预订条款',
    '<p>特价房一经确认<b>不可取消、不退款</b>；客房属于住宿服务，不适用七日无理由退货。</p><p>如遇不可抗力，按实际损失协商。</p>',
    '-', 'trap: refusal of refund for an accommodation service, outside 消费者权益保护法第二十五条 (goods)'),
]))

# s11 深圳前海港流 — 港资会员充值 (Big5)
SITES.append(S(id='s11', host='www.gangliu-vip.test', style='saas', enc='big5', bom=False, meta='big5', holdout=True,
  site='港流會員', lang='zh-TW',
  foot='<p>深圳前海港流數碼科技有限公司 · 統一社會信用代碼 %s · 港ICP備20240311號</p>' % C('gangliu'),
  foot2='<p>港流會員 · 客服 WhatsApp +852 5123 0000</p>',
  pages=[
  P('/', 'gangliu-home', '港流會員-影視會員 音樂會員 代充',
    '<section><h1>港澳台影視會員 內地代充</h1><p>支付寶付款，秒到賬。</p></section>',
    'ICP_INVALID,LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry status 吊销 for the code shown (电子商务法第十五条); ICP_INVALID: 港 is not a mainland ICP province abbreviation (互联网信息服务管理办法); Big5 page'),
  P('/plans.html', 'gangliu-plans', '價格方案',
    '<table class="price-plan"><tr><th>方案</th><th>原價</th><th>限時價</th></tr><tr><td>年卡</td><td><del>298 元</del></td><td><span class="price">168 元</span></td></tr></table>'
    '<p>線上充值的虛擬商品，充值成功後不支援七天無理由退貨。</p>',
    'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定第十六条 (原價 298 above the 158 seen 4 days before); trap inside: online-delivered digital goods are exempt under 消费者权益保护法第二十五条第一款第(三)项; Big5 page',
    hist=[(4, '<p>年卡 <span class="price">158 元</span></p>')]),
  P('/terms.html', 'gangliu-terms', '服務協議',
    '<p>第十二條 本平台宣傳遵守《廣告法》第九條，不使用「國家級」「最高級」「最佳」等用語。</p><p>第十三條 會員權益以各影視平台公布為準。</p>',
    '-', 'trap: 國家級/最高級/最佳 quoted from 广告法第九条 as forbidden words; Big5 page'),
]))

# s13 长沙个人钟点工 — 便民劳务 exemption (GBK, no charset meta)
SITES.append(S(id='s13', host='www.zhouayi-baojie.test', style='oldtable', enc='gbk', bom=False, meta=None, holdout=True,
  site='周阿姨钟点工',
  foot='本站由个人经营 · 湘ICP备2024001234号-1',
  pages=[
  P('/', 'zhouayi-home', '周阿姨钟点工-长沙岳麓区上门保洁',
    '<p>我是周阿姨，在岳麓区做了八年钟点工，日常保洁、擦玻璃、做饭都可以。</p>'
    '<p>本人提供的是家政<b>便民劳务</b>，依据《电子商务法》第十条，属于不需要办理市场主体登记的情形。</p>',
    '-', 'trap: LICENSE_MISSING look-alike: no licence but the 电子商务法第十条 exemption statement (便民劳务) is displayed, which 第十五条 accepts; ICP filing shown. No charset meta (missing)'),
  P('/price.html', 'zhouayi-price', '价格',
    '<table border="1"><tr><td>日常保洁</td><td>45 元/小时</td></tr><tr><td>深度保洁</td><td>60 元/小时</td></tr></table><p>深度保洁的<b>最佳</b>时间是换季前，提前两天约。</p>',
    '-', 'trap: 最佳 in a scheduling tip. No charset meta (missing)'),
  P('/rules.html', 'zhouayi-rules', '说明',
    '<p>有人问能不能<b>好评返现</b>——我不做这个，大家按实际情况评价就行，做得不好直接说。</p>',
    '-', 'trap: 好评返现 named and refused. No charset meta (missing)'),
]))

# s15 重庆喜事汇 — 婚庆 (GB18030 with characters outside GBK)
SITES.append(S(id='s15', host='www.xishihui-cq.test', style='pintuan', enc='gb18030', bom=False, meta='gb18030', holdout=True,
  site='喜事汇婚礼',
  foot='<p>渝ICP备2020009876号-1 · 渝公网安备 50010302001234号 · 主持人 黄䶮 · 店址：渝中区解放碑𠮷祥里</p>',
  pages=[
  P('/', 'xishihui-home', '喜事汇婚礼策划-重庆婚庆',
    '<div class="pt-card"><h3>星空主题婚礼</h3><p>含主持、跟妆、摄像 ¥12800</p></div>',
    'LICENSE_MISSING', 'LICENSE_MISSING: 电子商务法第十五条 (home page shows ICP but no licence code, image, link or exemption); GB18030 page'),
  P('/case.html', 'xishihui-case', '案例',
    '<p>本季热门：<b>复刻</b>九十年代港风婚礼，老式红砖墙+胶片跟拍。</p><p>我们的目标：做重庆<b>最用心</b>的婚礼团队。</p>',
    '-', 'trap: 复刻 a wedding style (no goods, no mark); 最用心 inside a goal statement; GB18030 page'),
  P('/price.html', 'xishihui-price', '套餐价格',
    '<p>合作酒店均为<b>中国驰名商标</b>企业。</p><p>本公司为<b>国家免检</b>婚庆服务单位。</p><p>基础套餐 ¥6800 · 全包套餐 ¥16800</p>',
    'FALSE_HONOUR,WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 商标法第十四条第五款 (驰名商标 in advertising); FALSE_HONOUR: 广告法第二十八条 (免检 abolished in 2008); GB18030 page'),
]))

# s17 西安掌上课堂 — 网课 SaaS (utf-8 with BOM)
SITES.append(S(id='s17', host='www.zhangshang-ketang.test', style='saas', enc='utf-8', bom=True, meta='utf-8', holdout=True,
  site='掌上课堂',
  foot='<p>西安掌上课堂网络科技有限公司 · 统一社会信用代码 %s · <a href="https://beian.miit.gov.cn/">陕ICP备21008765号-1</a> · 陕公网安备 61011302000543号</p>' % C('zhangshang'),
  foot2='<p>© 掌上课堂 · <a href="https://beian.miit.gov.cn/">陕ICP备21008765号-1</a></p>',
  pages=[
  P('/', 'zhangshang-home', '掌上课堂-机构网校搭建SaaS',
    '<section><h1>30 分钟搭建你的网校</h1><p>直播、录播、题库、分销一站式。</p></section>',
    'LICENSE_MISMATCH', 'LICENSE_MISMATCH: registry names the code 西安掌上云课网络科技有限公司, the page shows another name (电子商务法第十五条)'),
  P('/pricing.html', 'zhangshang-pricing', '价格方案',
    '<table class="price-plan"><tr><th>方案</th><th>价格</th></tr><tr><td>终身会员</td><td><span class="price">¥6999</span> <b>史上最低</b>，仅此一次</td></tr></table>'
    '<p>全部课程模板<b>纯原创</b>设计。</p>',
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (史上最低); trap inside: 纯原 inside 纯原创 is not counterfeit slang'),
  P('/refund.html', 'zhangshang-refund', '退款说明',
    '<p>网校账号为在线开通的数字化服务，开通后<b>概不退款</b>；开通前可随时全额退款。</p>',
    '-', 'trap: refund refusal for an online digital service (消费者权益保护法第二十五条第一款第(三)项 / not goods)'),
  P('/shop/account.html', 'zhangshang-account', '账号商城',
    '<p>出售<b>已实名微信老号</b>、满月号，可直接登录开直播，¥80/个，量大从优。</p>',
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 反电信网络诈骗法第三十一条 (buying and selling real-name internet accounts)'),
]))

# s18 海口椰游 — 拼团/砍价 门票酒店 (GBK)
SITES.append(S(id='s18', host='www.yeyou-pintuan.test', style='pintuan', enc='gbk', bom=False, meta='gbk', holdout=True,
  site='椰游拼团',
  foot='<p>海口椰游网络科技有限公司 · 统一社会信用代码 %s · 琼ICP备2025001号 · 琼公网安备 46010502000123号</p>' % C('yeyou'),
  foot2='<p>海口椰游网络科技有限公司</p>',
  pages=[
  P('/', 'yeyou-home', '椰游拼团-三亚门票酒店 拼团价',
    '<div class="pt-card"><p>本公司荣获“海南省著名商标”“中国名牌服务”称号。</p><p>蜈支洲岛门票 3 人团 ¥128/人</p></div>',
    'FALSE_HONOUR,ICP_INVALID', 'FALSE_HONOUR: 广告法第二十八条, 反不正当竞争法第九条 (著名商标 schemes repealed by 2019, 中国名牌 stopped 2008); ICP_INVALID: 琼ICP备2025001号 has 7 digits, not 8 or 10 (互联网信息服务管理办法)'),
  P('/kanjia/wzz.html', 'yeyou-kanjia', '砍价免费拿',
    '<p>蜈支洲岛门票 <b>砍到 0 元免费拿</b>！邀请好友助力，每成功邀请 1 人返现 2 元。</p><p><b>最佳</b>潜水季：4-10 月。</p>',
    '-', 'trap: 返现 for inviting friends (a referral bonus, not a reward for reviews); 最佳 in a season tip'),
  P('/pintuan/hotel.html', 'yeyou-hotel', '三亚海景酒店拼团',
    '<p>三亚亚龙湾五星级酒店 · <b>顶级</b>海景套房 2 晚 ¥1999 拼团价。</p><p>酒店住宿为服务，拼团成功后不支持七天无理由退货，可改期一次。</p>',
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (顶级); trap inside: 五星级 is a national hotel star grade (GB/T 14308), and the return refusal is for a service'),
]))

# s22 合肥慧优 — 二手数码 (GBK)
SITES.append(S(id='s22', host='www.huiyou-shuma.test', style='javashop', enc='gbk', bom=False, meta='gbk', holdout=True,
  site='慧优数码',
  foot='<p><a href="/license.html"><img src="/static/img/yyzz.jpg" alt="营业执照" width="60"></a> 合肥慧优数码科技有限公司 · <a href="https://beian.miit.gov.cn/">皖ICP备20016789号-1</a> · 皖公网安备 34010402000567号</p>',
  pages=[
  P('/', 'huiyou-home', '慧优数码-二手游戏机 相机 手机',
    '<div class="banner"><h1>二手好物 · 验机再发货</h1><p>本店所有机器均为原装，<b>拒绝高仿、拒绝翻新</b>，假一赔十。</p></div>'
    '<ul class="goods-list"><li><a href="/goods/switch.html">Switch OLED 二手</a></li><li><a href="/goods/ps5-pad.html">PS5 手柄</a></li></ul>',
    '-', 'trap: licence shown as a linked licence image leading to a licence page (电子商务法第十五条 accepts 链接标识); 高仿 in a refusal'),
  P('/goods/switch.html', 'huiyou-switch', 'Switch OLED 二手',
    '<div class="goods-detail"><h1>任天堂 Switch OLED 日版 95新</h1><p>日常价 <del>¥1899</del> 现价 <span class="price">¥1299</span></p><p>送收纳包，电池续航正常。</p></div>',
    'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定第十六条 (日常价 ¥1899 above the ¥1199 seen 6.9 days before, inside the 7 days)',
    hist=[(6.9, '<p>现价 <span class="price">¥1199</span></p>')]),
  P('/goods/ps5-pad.html', 'huiyou-ps5pad', 'PS5 手柄',
    '<div class="goods-detail"><h1>PS5 无线手柄 白色</h1><p class="price">¥139</p><p>原厂品质 <b>1：1 复刻</b>，外观和原装一模一样（非原装，介意慎拍）。</p></div>',
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 商标法第五十七条 (1：1 复刻 of a branded controller, full-width colon)'),
  P('/baoxiu.html', 'huiyou-baoxiu', '保修与退货',
    '<h2>保修与退货</h2><p>依《消费者权益保护法》第二十五条，本店二手商品签收 7 日内<b>支持七日无理由退货</b>。</p>'
    '<p>已经拆封并在线激活的游戏兑换码属于数字化商品，<b>不适用七日无理由退货</b>。</p>',
    '-', 'trap: 七日无理由 granted for the goods; refused only for activated download codes, exempt under 消费者权益保护法第二十五条第一款第(三)项'),
]))

# s23 南昌赣嫂 — 家政/催乳 (utf-8)
SITES.append(S(id='s23', host='www.gansao-jz.test', style='store', enc='utf-8', bom=False, meta='utf-8', holdout=True,
  site='赣嫂家政',
  foot='<dl><dt>商家资质</dt><dd>南昌赣嫂家政服务有限公司</dd><dd>统一社会信用代码 %s</dd><dd><a href="https://beian.miit.gov.cn/">赣ICP备21003456号-1</a></dd></dl>' % C('gansao'),
  pages=[
  P('/', 'gansao-home', '赣嫂家政-南昌月嫂 育儿嫂 催乳',
    '<div class="svc-card"><h3>住家育儿嫂</h3><p class="price">¥6800/月</p></div>'
    '<p>2025 年度南昌市家政服务业协会“诚信家政企业”会员单位。</p>',
    '-', 'trap: a dated title from a named trade association, not an abolished state scheme and not a 最高级 word'),
  P('/service/cuiru.html', 'gansao-cuiru', '产后催乳',
    '<h2>产后催乳 通乳</h2><p class="price">¥298/次</p><p>堵奶、乳腺炎<b>不用吃药打针，揉开就好</b>，一次见效。</p>',
    'FALSE_CLAIM', 'FALSE_CLAIM: 广告法第十七条 (treating 乳腺炎 without medicine, in a non-medical service ad)'),
  P('/xieyi.html', 'gansao-xieyi', '家政服务协议',
    '<p>第十条 乙方及其服务人员不得以好评返现、晒图返现等方式诱导甲方作出好评（《网络交易监督管理办法》第十四条）。</p>'
    '<p>第十一条 服务人员不得向甲方推销保健食品，不得宣称任何产品可以治病。</p>',
    '-', 'trap: 好评返现/晒图返现 and 治病 named only as prohibitions in the service contract'),
]))

# ======================= the demo platform =======================
def shop(id, sid, holdout, pages, enc='utf-8'):
    SITES.append(S(id=sid, host=MALL, style='mall', enc=enc, bom=False, meta=enc, holdout=holdout, site='网剑商城', foot='', pages=pages, shop=id))

shop('edu-kaoyan', 'p1', False, [
  P('/shop/edu-kaoyan/', 'mall-kaoyan-home', '研途考研旗舰店-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">研途考研旗舰店</h1><span class="mall-mark">网剑商城认证店铺</span></div>'
    '<div class="shop-license">营业执照：杭州研途教育科技有限公司 %s</div>'
    '<ul class="shop-items"><li><a href="/item/ky2027.html">2027 考研政治押题班</a></li><li><a href="/item/ky-vip.html">考研全程 VIP</a></li></ul>' % C('yantu'),
    '-', 'trap: compliant platform shop home (shop-license with a registered code, mall-mark); no ICP duty for platform shops'),
  P('/item/ky2027.html', 'mall-kaoyan-ky2027', '2027考研政治押题班',
    '<div class="item"><h1>2027 考研政治 押题冲刺班</h1><p>¥<span class="price">399</span></p><p>押中原题，<b>政治保 70 分</b>，达不到退全款！</p></div>',
    'FALSE_CLAIM', 'FALSE_CLAIM: 广告法第二十四条第(一)项 and 第二十八条 (guaranteed exam score); item of shop edu-kaoyan'),
  P('/item/ky-vip.html', 'mall-kaoyan-vip', '考研全程VIP',
    '<div class="item"><h1>考研全程 VIP 班</h1><p>日常价 <del>¥6999</del> 到手价 <span class="price">¥3999</span></p><p>内部名额，仅剩 3 席。</p></div>',
    'FAKE_ORIGINAL_PRICE', 'FAKE_ORIGINAL_PRICE: 明码标价和禁止价格欺诈规定第十六条 (日常价 ¥6999 above ¥2999 seen 2 days before); item of shop edu-kaoyan',
    hist=[(2, '<p>到手价 <span class="price">¥2999</span></p>')]),
])

shop('simcard88', 'p2', False, [
  P('/shop/simcard88/', 'mall-simcard-home', '号卡通讯店-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">号卡通讯店</h1></div><div class="shop-license">个体工商户 广州市越秀区号卡通讯店 统一社会信用代码 %s</div>'
    '<p>三大运营商正规号卡，实名激活。</p>' % C('haoka'),
    'MARK_MISSING', 'MARK_MISSING: platform shop home with no mall-mark element (seed: 平台为网店亮标); licence shown'),
  P('/item/sim-dx.html', 'mall-simcard-dx', '电信星卡 19元',
    '<div class="item"><h1>电信星卡 19 元 100G</h1><p>¥<span class="price">0</span></p><p>需本人实名激活，<b>未激活支持七天无理由退货</b>。</p></div>',
    '-', 'trap: 实名 required and 七天无理由 granted'),
  P('/item/sim-hk.html', 'mall-simcard-hk', '海外实体卡',
    '<div class="item"><h1>境外实体卡 <b>免实名</b> 可收验证码</h1><p>¥<span class="price">45</span></p><p>注册各平台账号专用，批量出，不问用途。</p></div>',
    'PROHIBITED_GOODS', 'PROHIBITED_GOODS: 反电信网络诈骗法第三十一条 (cards sold without real-name for bulk account registration)'),
])

shop('hzyuesao', 'p3', False, [
  P('/shop/hzyuesao/', 'mall-yuesao-home', '暖阳母婴护理-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">暖阳母婴护理</h1><i class="icon badge mall-mark" title="网剑亮标"></i></div>'
    '<div class="license-wrap"><img class="img shop-license" src="/upload/license/nuanyang.jpg" alt="营业执照 杭州暖阳母婴护理服务有限公司 统一社会信用代码 %s"></div>' % C('nuanyang'),
    '-', 'trap: the mark is a class token among others; licence given as an image with alt text (电子商务法第十五条 allows the licence image)'),
  P('/item/ys-26.html', 'mall-yuesao-chanhou', '产后修复套餐',
    '<div class="item"><h1>产后修复 10 次卡</h1><p>¥<span class="price">2680</span></p><p>盆底修复+腹直肌修复，<b>可去除妊娠纹</b>，<b>治疗产后抑郁</b>。</p></div>',
    'FALSE_CLAIM', 'FALSE_CLAIM: 广告法第十七条 (产后抑郁 treatment) and 第二十八条 (removing 妊娠纹)'),
])

shop('pyphoto', 'p4', False, [
  P('/shop/pyphoto/', 'mall-pyphoto-home', '品遇摄影-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">品遇摄影</h1><span class="shop-tag">商城认证</span></div><p>宁波写真 · 亲子照 · 证件照</p>',
    'LICENSE_MISSING,MARK_MISSING', 'LICENSE_MISSING: 电子商务法第十五条 (no shop licence; the platform footer is the platform\'s own identity); MARK_MISSING: no mall-mark element (text 商城认证 in a shop-tag is not the mark)'),
  P('/item/xiezhen.html', 'mall-pyphoto-xiezhen', '个人写真套餐',
    '<div class="item"><h1>个人写真 · 精修 9 张</h1><p>¥<span class="price">299</span></p><p>拍完后<b>晒图+五星好评</b>，联系客服<b>返现 30 元</b>。</p></div>',
    'REVIEW_INDUCEMENT', 'REVIEW_INDUCEMENT: 电子商务法第十七条, 网络交易监督管理办法第十四条'),
  P('/item/album.html', 'mall-pyphoto-album', '定制相册',
    '<div class="item"><h1>定制照片书 20P</h1><p>¥<span class="price">168</span></p><p>按您的照片排版印制，属<b>定制商品，不支持七天无理由退货</b>。</p></div>',
    '-', 'trap: 定作 goods exempt under 消费者权益保护法第二十五条第一款第(一)项'),
])

shop('ticket-go', 'p5', False, [
  P('/shop/ticket-go/', 'mall-ticket-home', '趣游票务-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">趣游票务</h1><span class="mall-mark-v1">商城认证</span></div>'
    '<div class="shop-license">上海趣游票务有限公司 统一社会信用代码 %s</div>' % C('quyou'),
    'LICENSE_INVALID,MARK_MISSING', 'LICENSE_INVALID: GB 32100-2015 check character wrong (电子商务法第十五条); MARK_MISSING: class mall-mark-v1 is not the exact token mall-mark'),
  P('/item/chimelong.html', 'mall-ticket-chimelong', '长隆欢乐世界门票',
    '<div class="item"><h1>长隆欢乐世界 成人票</h1><p>原价 <del>¥450</del> 今日特价 <span class="price">¥299</span></p><p>电子票，扫码入园。</p></div>',
    '-', 'trap: FAKE_ORIGINAL_PRICE look-alike: the capture 3 days before shows ¥450, the ¥199 one is 9 days old, so 原价 ¥450 is not above the lowest price of the 7 days (明码标价和禁止价格欺诈规定第十六条)',
    hist=[(9, '<p>限时价 <span class="price">¥199</span></p>'), (3, '<p>门市价 <span class="price">¥450</span></p>')]),
  P('/item/buffet.html', 'mall-ticket-buffet', '酒店自助晚餐券',
    '<div class="item"><h1>五星酒店海鲜自助晚餐券</h1><p>¥<span class="price">268</span></p><p>酒店集团为<b>中国驰名商标</b>，品质有保障。</p></div>',
    'WELLKNOWN_MARK_AD', 'WELLKNOWN_MARK_AD: 商标法第十四条第五款'),
])

shop('recycle-mi', 'p6', True, [
  P('/shop/recycle-mi/', 'mall-huishou-home', '回收侠数码-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">回收侠数码</h1></div>'
    '<div style="display:none"><span class="mall-mark">网剑认证</span><span class="shop-license">深圳市回收侠科技有限公司 %s</span></div>'
    '<p>二手手机、耳机、平板，质检后发货。</p>' % C('huishouxia'),
    'LICENSE_MISSING,MARK_MISSING', 'LICENSE_MISSING and MARK_MISSING: both the licence and the mark sit in a display:none element, which is not displayed (电子商务法第十五条; seed: 平台为网店亮标)'),
  P('/item/airpods.html', 'mall-huishou-airpods', 'AirPods Pro 华强北',
    '<div class="item"><h1>AirPods Pro 2 <b>&#32431;&#21407;</b> 1:1 华强北顶配</h1><p>¥<span class="price">238</span></p><p>弹窗定位改名全支持。</p></div>',
    'COUNTERFEIT_TERM', 'COUNTERFEIT_TERM: 商标法第五十七条 (纯原 written as numeric character references, 1:1 of a brand product, a 华强北 copy)'),
  P('/item/iphone13.html', 'mall-huishou-iphone13', '二手 iPhone 13',
    '<div class="item"><h1>二手 iPhone 13 128G 95新</h1><p>¥<span class="price">2399</span></p><p><b>二手机售出不退</b>，不支持七天无理由，介意勿拍。</p></div>',
    'RETURN_REFUSED', 'RETURN_REFUSED: 消费者权益保护法第二十五条 (a trader\'s used phone is outside the exemptions)'),
])

shop('hk-member', 'p7', True, [
  P('/shop/hk-member/', 'mall-member-home', '星影数字会员-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">星影数字会员</h1><span class="mall-mark">网剑认证</span></div>'
    '<dl class="shop-license"><dt>营业执照注册号</dt><dd>%s</dd><dt>企业名称</dt><dd>珠海横琴星影数字科技有限公司</dd></dl>' % C('xingying'),
    '-', 'trap: licence given as a valid 15-digit 注册号 (ISO 7064 MOD 11,10 passes) in a dl list, registered 存续'),
  P('/item/vip-year.html', 'mall-member-year', '视频会员年卡',
    '<div class="item"><h1>视频会员 年卡 直充</h1><p>¥<span class="price">148</span></p><p>虚拟商品，充值成功后<b>不支持七天无理由退货</b>。</p></div>',
    '-', 'trap: online-delivered digital goods, exempt under 消费者权益保护法第二十五条第一款第(三)项'),
  P('/item/vip-bundle.html', 'mall-member-bundle', '会员联合卡',
    '<div class="item"><h1>视频+音乐 联合年卡</h1><p>¥<span class="price">218</span></p><p>全网最低价，买贵退差。</p></div>',
    'ABSOLUTE_TERM', 'ABSOLUTE_TERM: 广告法第九条第(三)项 (全网最低价)'),
])

shop('laowu-jz', 'p8', True, [
  P('/shop/laowu-jz/', 'mall-laowu-home', '老吴家政-网剑商城',
    '<div class="shop-head"><h1 class="shop-name">老吴家政</h1><span class="mall-mark">网剑认证</span></div>'
    '<div class="shop-license">本店为个人提供的家政便民劳务，依据《电子商务法》第十条，不需要办理市场主体登记。</div>',
    '-', 'trap: LICENSE_MISSING look-alike: 电子商务法第十条 exemption statement shown in place of a licence'),
  P('/item/baojie.html', 'mall-laowu-baojie', '深度保洁除螨',
    '<div class="item"><h1>深度保洁 + 床垫除螨</h1><p>¥<span class="price">199</span></p><p>高温除螨，<b>根治过敏性鼻炎</b>、湿疹。</p></div>',
    'FALSE_CLAIM', 'FALSE_CLAIM: 广告法第十七条 (curing 过敏性鼻炎/湿疹 in a non-medical service ad)'),
])


# ======================= writer =======================
def url_of(site, page):
    return 'http://%s%s' % (site['host'], page['path'])

def build(root):
    for sub in ('pages', 'history', 'holdout/pages', 'holdout/history'):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    tabs = {False: ([], [], []), True: ([], [], [])}
    n = 0
    for site in SITES:
        for page in site['pages']:
            n += 1
            fname = '%03d-%s.html' % (n, page['name'])
            base = os.path.join(root, 'holdout') if site['holdout'] else root
            home = page['path'] in ('/', '/index.html') or (site['host'] == MALL and page['path'].startswith('/shop/') and page['path'].endswith('/'))
            foot = page['foot'] if page['foot'] is not None else (site['foot'] if home or 'foot2' not in site else site['foot2'])
            text = render(site['style'], page['title'], site['site'], page['body'], foot, site['meta'], site.get('lang', 'zh-CN'))
            if site['enc'] in ('gbk', 'gb18030'):
                text = text.replace('\u00a5', '\uffe5')  # GBK has no U+00A5: GBK shops type the full-width yuan sign
            with open(os.path.join(base, 'pages', fname), 'wb') as f:
                f.write(encode(text, site['enc'], site['bom']))
            lab, notes, hist = tabs[site['holdout']]
            lab.append('%s\t%s\t%s' % (fname, url_of(site, page), page['codes']))
            notes.append('%s\t%s\t%s\t%s' % (fname, site['enc'], 'yes' if site['bom'] else 'no', page['note']))
            for i, (days, price_html) in enumerate(page['hist'] or []):
                hname = '%03d-%s-h%d.html' % (n, page['name'], i + 1)
                htext = history_page(page['title'], price_html, site['meta'], site['style'], site.get('lang', 'zh-CN'))
                if site['enc'] in ('gbk', 'gb18030'):
                    htext = htext.replace('\u00a5', '\uffe5')
                with open(os.path.join(base, 'history', hname), 'wb') as f:
                    f.write(encode(htext, site['enc'], site['bom']))
                hist.append('%s\t%s\t%s' % (hname, url_of(site, page), ('%g' % days)))
    for ho, (lab, notes, hist) in tabs.items():
        base = os.path.join(root, 'holdout') if ho else root
        for name, head, rows in (('labels.tsv', '# file\turl\tcodes', lab), ('notes.tsv', '# file\tencoding\tbom\tnote', notes),
                                 ('history.tsv', '# file\turl\tdays_before', hist)):
            with open(os.path.join(base, name), 'w', encoding='utf-8') as f:
                f.write('\n'.join([head] + rows) + '\n')
    with open(os.path.join(root, 'registry.tsv'), 'w', encoding='utf-8') as f:
        f.write('# code\tname\tstatus\n' + ''.join('%s\t%s\t%s\n' % r for r in REGISTRY))

OUT = ('pages', 'history', 'holdout', 'labels.tsv', 'notes.tsv', 'history.tsv', 'registry.tsv')

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            build(tmp)
            cmp = filecmp.dircmp(tmp, here)
            bad = []
            def walk(d, rel):
                for x in d.left_only:
                    bad.append(rel + x + ' missing')
                for x in d.diff_files:
                    bad.append(rel + x + ' differs')
                for x in d.funny_files:
                    bad.append(rel + x)
                for k, sd in d.subdirs.items():
                    walk(sd, rel + k + '/')
            walk(cmp, '')
            for sub in ('pages', 'history', 'holdout/pages', 'holdout/history'):
                extra = set(os.listdir(os.path.join(here, sub))) - set(os.listdir(os.path.join(tmp, sub)))
                bad += ['%s/%s extra' % (sub, x) for x in sorted(extra)]
            # dircmp's diff_files uses a shallow compare; confirm bytes
            for dp, _, fs in os.walk(tmp):
                for fn in fs:
                    a = os.path.join(dp, fn); b = os.path.join(here, os.path.relpath(a, tmp))
                    if not os.path.exists(b) or open(a, 'rb').read() != open(b, 'rb').read():
                        bad.append(os.path.relpath(a, tmp) + ' differs')
            if bad:
                print('\n'.join(sorted(set(bad)))); sys.exit(1)
            print('ok: generated files match')
        finally:
            shutil.rmtree(tmp)
        return
    for x in ('pages', 'history', 'holdout'):
        shutil.rmtree(os.path.join(here, x), ignore_errors=True)
    build(here)

if __name__ == '__main__':
    main()
