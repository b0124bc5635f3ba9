"""Templates and encoding helpers for corpus6/k. Holds no labels."""
PLATFORM_FOOTER = ('<div class="mall-footer"><p>杭州网剑网络科技有限公司 统一社会信用代码 91330100MA27WJ011R</p>'
                   '<p><a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a> | '
                   '<a href="http://www.beian.gov.cn/">浙公网安备 33010802000405号</a></p></div>')

def meta_tag(meta):
    if meta is None:
        return ''
    if meta.startswith('http-equiv:'):
        return '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % meta.split(':', 1)[1]
    return '<meta charset="%s">' % meta

def mall_page(title, body, meta):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s - 网剑商城</title></head>\n<body>\n'
            '<div class="mall-top"><a href="http://mall.wangjian.test/">网剑商城</a> | 我的订单 | 购物车</div>\n'
            '%s\n%s\n</body></html>\n') % (meta_tag(meta), title, body, PLATFORM_FOOTER)

STYLES = {
    'empire': ('<div class="header"><div class="logo">%s</div><ul class="nav"><li><a href="/">HOME</a></li><li>PRODUCTS</li><li>ABOUT US</li></ul></div>', '<div class="copyright">%s</div>'),
    'phpcms': ('<div id="header" class="top"><h1>%s</h1></div>', '<div id="footer" class="foot">%s</div>'),
    'shopex': ('<div class="GoodsSearchWrap"><span class="shopname">%s</span></div>', '<div class="footer"><div class="foot-info">%s</div></div>'),
    'hishop': ('<div class="top_bar"><strong>%s</strong> 会员登录 | 免费注册</div>', '<table class="foot" width="100%%"><tr><td>%s</td></tr></table>'),
    'uniapp': ('<uni-app><uni-page><uni-view class="u-navbar"><uni-text>%s</uni-text></uni-view>', '<uni-view class="u-footer">%s</uni-view></uni-page></uni-app>'),
    'shopify': ('<header class="site-header"><a class="site-header__logo">%s</a></header><main role="main">', '</main><footer class="site-footer"><div class="page-width">%s</div></footer>'),
    'wp': ('<header id="masthead" class="site-header"><p class="site-title">%s</p></header><div id="content" class="site-content">', '</div><footer id="colophon" class="site-footer"><div class="site-info">%s</div></footer>'),
    'wechat': ('<div class="rich_media"><h1 class="rich_media_title">%s</h1><div id="js_content" class="rich_media_content">', '</div></div><div class="rich_media_tool">%s</div>'),
    'dede': ('<div class="top"><div class="w960">%s</div></div>', '<div class="footer w960">%s</div>'),
    'xianyu': ('<div class="idle-header">%s</div>', '<div class="idle-footer">%s</div>'),
}

def indep_page(style, sitename, title, body, footer, meta, lang='zh-CN'):
    head, foot = STYLES[style]
    return ('<!DOCTYPE html>\n<html lang="%s"><head>%s<title>%s</title></head>\n<body>\n%s\n%s\n%s\n</body></html>\n') % (
        lang, meta_tag(meta), title, head % sitename, body, foot % footer)

def encode(text, enc, bom):
    data = text.encode(enc, errors='strict')
    return (b'\xef\xbb\xbf' + data) if bom else data
