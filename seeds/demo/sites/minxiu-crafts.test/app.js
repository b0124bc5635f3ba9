// 闽绣坊: the shop page, prices and licence block are built here, as many
// single-page shops do; a crawl that does not run scripts sees "正在加载…".
(function () {
  var goods = [
    {name: '手工闽绣团扇', now: 268, was: 398, href: '/item/tuanshan.html'},
    {name: '闽绣花鸟挂屏', now: 1280, was: 1680, href: '/item/tuanshan.html#guaping'}
  ];
  var rows = goods.map(function (g) {
    return '<li><a href="' + g.href + '">' + g.name + '</a> 现价 ¥' + g.now +
      ' <del>原价 ¥' + g.was + '</del></li>';
  }).join('');
  document.getElementById('app').innerHTML =
    '<h1>闽绣坊</h1>' +
    '<p>福州传统手工刺绣，每一针都由绣娘亲手完成，做工最高级，全网最佳。</p>' +
    '<ul class="goods">' + rows + '</ul>' +
    '<footer><p>福州闽绣坊工艺品有限公司 统一社会信用代码：91350102MA8T3K295T</p>' +
    '<p>地址：福州市鼓楼区三坊七巷南后街 18 号</p>' +
    '<p><a href="https://beian.miit.gov.cn/">闽ICP备2023004567号-1</a></p></footer>';
})();
