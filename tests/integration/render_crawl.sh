#!/bin/sh
# crawl --render against tests/httpd (issue #16): a shop whose licence
# block and absolute claim are written by a script (app.js, a subresource).
#   - --render never: LICENSE_MISSING, no ABSOLUTE_TERM (the crawl sees the shell)
#   - --render auto: the shell is rendered, the licence is found, the claim
#     flagged, a link only the script writes is followed; an ordinary page
#     is not rendered; the script's fetch of a loopback address is refused
#     (and reaches the server with --allow-private), its WebSockets never do;
#     the WARC holds the
#     response, rendered and screenshot records (warcio), the screenshot is
#     a PNG of the page's size; rescan judges the rendered DOM again
#   - a platform profile with render = yes: its pages are rendered under auto
#   - without chromium: --render always refuses to start, auto warns once
#   - a page that never finishes loading, a tab that crashes and a browser
#     killed for its memory are recorded unrendered with their reason; the
#     crawl completes
# Skipped when chromium is not installed.
. "$TOP/tests/itlib.sh"
need python3
CHROMIUM=${WANGJIAN_CHROMIUM:-/usr/lib/chromium/chromium}
[ -x "$CHROMIUM" ] || need chromium

S=$T/sites
mkdir -p "$S/js.test" "$S/hang.test" "$S/127.0.0.1"
printf 'User-agent: *\nAllow: /\n' > "$S/js.test/robots.txt"
cp "$S/js.test/robots.txt" "$S/hang.test/robots.txt"
echo "internal only" > "$S/127.0.0.1/secret.txt"
start_httpd "$S"
# the shell: a title and "loading"; everything a visitor reads comes from app.js
cat > "$S/js.test/index.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>山茶铺</title>
<script src="/app.js"></script></head>
<body style="margin:0"><div id="app">加载中</div></body></html>
HTML
cat > "$S/js.test/app.js" <<JS
document.addEventListener('DOMContentLoaded', function () {
  document.getElementById('app').innerHTML =
    '<div style="width:1000px;height:1500px;overflow:hidden"><h1>山茶铺旗舰店</h1>' +
    '<p>本店岩茶品质全网最佳，冲泡口感国家级。</p>' +
    '<p><a href="/story.html">品牌故事</a></p>' +
    '<p>福州山茶铺茶业有限公司 统一社会信用代码：91350100M000100Y43</p></div>';
  fetch('http://127.0.0.1:$PORT/secret.txt').catch(function () {});
  // WebSockets are blocked whatever the address, even with --allow-private
  try { new WebSocket('ws://127.0.0.1:$PORT/ws-probe'); } catch (e) {}
  try { new WebSocket('ws://js.test/ws-probe-named'); } catch (e) {}
});
JS
cat > "$S/js.test/story.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>品牌故事</title>
<script>var analytics = 1;</script></head>
<body><p>山茶铺创立于福州，三代人守着武夷山的几片茶园，每年只在清明前后采摘一次。</p></body></html>
HTML
# a shell whose image never arrives: the load event never fires
cat > "$S/hang.test/index.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/app.js"></script></head>
<body><img src="/__delay/60000/slow.png"></body></html>
HTML
echo 'document.title = "hang";' > "$S/hang.test/app.js"

crawl() { # DB MODE [options] URL...
  db=$1; mode=$2; shift 2
  "$WJ" crawl --db "$T/$db.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet \
    --render "$mode" --log "$T/$db.log" --warc-dir "$T/$db.warc" "$@" 2>"$T/$db.err"
}
findings() { "$WJ" export --db "$T/$1.db" --what findings --format csv | cut -d, -f1,2; }

crawl never never http://js.test/
check "--render never: crawl exits 0" [ $? -eq 0 ]
findings never > "$T/never.csv"
check "--render never: the shell has no licence (LICENSE_MISSING)" \
  grep -q '^http://js.test/,LICENSE_MISSING' "$T/never.csv"
check "--render never: the script's claim is not seen" \
  sh -c "! grep -q ABSOLUTE_TERM '$T/never.csv'"
check "--render never: no browser request reached the server" \
  sh -c "! grep -q 'app.js' '$T/httpd.log'"

crawl auto auto http://js.test/
check "--render auto: crawl exits 0" [ $? -eq 0 ]
cat "$T/auto.err"
findings auto > "$T/auto.csv"
cat "$T/auto.csv"
check "--render auto: the script-built licence is found" \
  sh -c "! grep -q '^http://js.test/,LICENSE_MISSING' '$T/auto.csv'"
check "--render auto: the script-built claim is flagged" \
  grep -q '^http://js.test/,ABSOLUTE_TERM' "$T/auto.csv"
check "--render auto: the link the script wrote was followed" \
  grep -q '"url":"http://js.test/story.html"' "$T/auto.log"
check "--render auto: the shell was rendered" \
  grep -q '"event":"render","url":"http://js.test/","status":"rendered"' "$T/auto.log"
check "--render auto: an ordinary page (text, a small script) was not rendered" \
  sh -c "! grep -q '\"event\":\"render\",\"url\":\"http://js.test/story.html\"' '$T/auto.log'"
check "the subresource came through the crawl (a fetch of kind subresource)" \
  grep -q '"kind":"subresource","url":"http://js.test/app.js","status":200' "$T/auto.log"
check "the script's loopback fetch was refused" \
  grep -q '"event":"render","url":"http://127.0.0.1:'"$PORT"'/secret.txt","status":"refused"' \
  "$T/auto.log"
check "the loopback fetch never reached the server" sh -c "! grep -q secret.txt '$T/httpd.log'"

# the WARC: response, request, rendered DOM, screenshot
python3 - "$T/auto.warc" <<'PY'
import glob, gzip, io, struct, sys, zlib
fails = 0
def expect(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + what)
    fails += 0 if cond else 1
recs = []
for path in glob.glob(sys.argv[1] + "/*.warc.gz"):
    data = gzip.open(path).read()
    pos = 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        head = data[pos:end].decode("utf-8")
        fields = dict(l.split(": ", 1) for l in head.split("\r\n")[1:])
        n = int(fields["Content-Length"])
        recs.append((fields, data[end + 4:end + 4 + n]))
        pos = end + 4 + n + 4
by_type = lambda t, uri: [r for r in recs if r[0]["WARC-Type"] == t and r[0]["WARC-Target-URI"] == uri]
resp = by_type("response", "http://js.test/")
dom = by_type("resource", "urn:rendered:http://js.test/")
shot = by_type("resource", "urn:screenshot:http://js.test/")
expect(len(resp) == 1 and len(dom) == 1 and len(shot) == 1, "one response, rendered and screenshot record")
if resp and dom and shot:
    rid = resp[0][0]["WARC-Record-ID"]
    expect(dom[0][0]["WARC-Refers-To"] == rid and shot[0][0]["WARC-Refers-To"] == rid,
           "both refer to the response record")
    expect("加载中" in resp[0][1].decode() and "91350100M000100Y43" not in resp[0][1].decode(),
           "the response is the shell as served")
    expect("91350100M000100Y43" in dom[1 - 1][1].decode(), "the rendered DOM has the licence")
    png = shot[0][1]
    expect(png[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is a PNG")
    w, h = struct.unpack(">II", png[16:24])
    expect((w, h) == (1280, 1500), "the screenshot is the page's size: %dx%d" % (w, h))
    idat, pos = b"", 8
    while pos < len(png):
        n, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + n]
        crc_ok = zlib.crc32(kind + body) & 0xffffffff == struct.unpack(">I", png[pos + 8 + n:pos + 12 + n])[0]
        if not crc_ok:
            expect(False, "chunk %s CRC" % kind)
        if kind == b"IDAT":
            idat += body
        pos += 12 + n
    depth, ctype = png[24], png[25]
    bpp = {2: 3, 6: 4, 0: 1, 4: 2}.get(ctype, 4) * depth // 8
    expect(len(zlib.decompress(idat)) == h * (1 + w * bpp), "the image data decodes to %dx%d pixels" % (w, h))
app = by_type("response", "http://js.test/app.js")
expect(len(app) == 1, "the subresource app.js is recorded")
sys.exit(1 if fails else 0)
PY
check "the WARC holds the page, its subresource, the rendered DOM and a page-sized screenshot" [ $? -eq 0 ]
if sh "$TOP/tests/warcio.sh" --ready >"$T/warcio-ready.txt" 2>&1; then
  for f in "$T"/auto.warc/*.warc.gz; do
    sh "$TOP/tests/warcio.sh" "$f" > "$T/warcio.txt"
    check "warcio reads every record and checks its digests" [ $? -eq 0 ]
    check "warcio sees the two resource records" [ "$(grep -c '"type":"resource"' "$T/warcio.txt")" -eq 2 ]
  done
else
  cat "$T/warcio-ready.txt"
  skip_part "warcio.js not available: the independent WARC check did not run"
fi

"$WJ" rescan --db "$T/auto.db" >/dev/null 2>"$T/rescan.err"
check "rescan exits 0" [ $? -eq 0 ]
findings auto > "$T/rescan.csv"
check "rescan judges the rendered DOM again (same findings)" cmp -s "$T/auto.csv" "$T/rescan.csv"

crawl allow always --allow-private http://js.test/
check "--allow-private: crawl exits 0" [ $? -eq 0 ]
check "--allow-private: the loopback fetch reached the server" grep -q secret.txt "$T/httpd.log"
check "no WebSocket the script opened reached the server, not even with --allow-private" \
  sh -c "! grep -q ws-probe '$T/httpd.log'"

# a platform whose profile says its shop homes are rendered: a page with
# ordinary text is rendered under auto too, and its script-built licence found
mkdir -p "$S/mall.test/shop/7" "$T/plat"
printf 'User-agent: *\nAllow: /\n' > "$S/mall.test/robots.txt"
cat > "$S/mall.test/shop/7/index.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>七号店</title></head>
<body><h1>七号店</h1><p>本店经营福建白茶、岩茶与茶具，所有茶叶均由合作茶园直供，欢迎新老顾客选购。</p>
<div id="lic"></div>
<script>document.getElementById('lic').textContent = '福州七号茶业有限公司 统一社会信用代码：91350100M000100Y43';</script>
</body></html>
HTML
printf '[platform]\nname = spamall\nhosts = mall.test\n\n[home]\npath = ^/shop/[0-9]+/$\nrender = yes\n' \
  > "$T/plat/spamall.ini"
crawl plat auto --platforms "$T/plat" http://mall.test/shop/7/
check "render = yes in a profile: crawl exits 0" [ $? -eq 0 ]
check "render = yes in a profile: the shop home (ordinary text) is rendered under auto" \
  grep -q '"event":"render","url":"http://mall.test/shop/7/","status":"rendered"' "$T/plat.log"
check "render = yes in a profile: its script-built licence is found" \
  sh -c "! '$WJ' export --db '$T/plat.db' --what findings --format csv | grep -q LICENSE_MISSING"
sed -i 's/^render = yes/render = maybe/' "$T/plat/spamall.ini"
crawl platbad auto --platforms "$T/plat" http://mall.test/shop/7/
check "render = maybe in a profile: a usage or load error (exit 1)" [ $? -eq 1 ]
check "render = maybe in a profile: the message names the key" grep -q 'render must be yes or no' "$T/platbad.err"

# no browser: always is an error at start, auto warns once and crawls unrendered
WANGJIAN_CHROMIUM=/nonexistent/chromium "$WJ" crawl --db "$T/nob1.db" --delay 0 \
  --proxy "http://127.0.0.1:$PORT" --render always http://js.test/ 2>"$T/nob1.err"
rc=$?
check "no chromium, --render always: refused at start (exit $rc)" [ $rc -eq 1 ]
check "no chromium, --render always: one line saying so" one_line_error "$T/nob1.err"
check "no chromium, --render always: it names chromium" grep -q 'chromium not found' "$T/nob1.err"
WANGJIAN_CHROMIUM=/nonexistent/chromium "$WJ" crawl --db "$T/nob2.db" --delay 0 \
  --proxy "http://127.0.0.1:$PORT" --log "$T/nob2.log" http://js.test/ 2>"$T/nob2.err"
check "no chromium, --render auto: the crawl completes" [ $? -eq 0 ]
check "no chromium, --render auto: warned once" [ "$(grep -c 'warning: chromium not found' "$T/nob2.err")" -eq 1 ]
check "no chromium, --render auto: the shell is judged unrendered, with the reason logged" \
  grep -q '"url":"http://js.test/","status":"unrendered","reason":"chromium not found"' "$T/nob2.log"

# a tab that crashes (its script allocates without bound past the tab's
# script heap), in the same crawl as a page that renders: the browser goes on
mkdir -p "$S/boom.test"
cp "$S/js.test/robots.txt" "$S/boom.test/robots.txt"
echo '<html><head><script src="/boom.js"></script></head><body>x</body></html>' \
  > "$S/boom.test/index.html"
echo 'var a = []; for (;;) a.push(new Array(1e6).fill(1.5));' > "$S/boom.test/boom.js"
crawl crash always --render-concurrency 1 http://boom.test/ http://js.test/
check "a tab that crashes: crawl exits 0" [ $? -eq 0 ]
check "a tab that crashes: recorded unrendered with its reason" \
  grep -q '"url":"http://boom.test/","status":"unrendered","reason":"the tab crashed"' "$T/crash.log"
check "a tab that crashes: the other page is rendered by the same browser" \
  sh -c "grep -q '\"url\":\"http://js.test/\",\"status\":\"rendered\"' '$T/crash.log' &&
         grep -q '\"event\":\"run\".*\"render_restarts\":0' '$T/crash.log'"

# a page that never loads, then a browser over its memory limit
crawl hang always --render-budget 3000 http://hang.test/
check "a page that never loads: crawl exits 0" [ $? -eq 0 ]
check "a page that never loads: recorded unrendered with its reason" \
  grep -q '"url":"http://hang.test/","status":"unrendered","reason":"the page did not load within 3000 ms"' \
  "$T/hang.log"
check "a page that never loads: stored and judged unrendered" \
  sh -c "'$WJ' export --db '$T/hang.db' --what findings --format csv | grep -q '^http://hang.test/,LICENSE_MISSING'"
# SIGTERM while a page is in the browser: the crawl stops within seconds
# (the earlier hang crawl fetched app.js too: wait for one more fetch of it,
# or a loaded machine sends the signal before this crawl has started)
seen=$(grep -c 'hang.test/app.js' "$T/httpd.log" 2>/dev/null)
"$WJ" crawl --db "$T/sig.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet --render always \
  --render-budget 60000 --log "$T/sig.log" http://hang.test/ 2>"$T/sig.err" &
pid=$!
i=0   # the browser asked for the page's script: the page is in a tab
while [ "$(grep -c 'hang.test/app.js' "$T/httpd.log" 2>/dev/null)" -le "${seen:-0}" ] && [ $i -lt 600 ]; do
  sleep 0.05; i=$((i + 1))
done
sleep 0.3
t0=$(date +%s)
kill -TERM $pid
wait $pid
rc=$?
t1=$(date +%s)
check "SIGTERM while rendering: the crawl stops within 5 s ($((t1 - t0)) s), exit 1 (rc $rc)" \
  [ $((t1 - t0)) -le 5 -a $rc -eq 1 ]
check "SIGTERM while rendering: it says so" grep -q 'stopped by SIGTERM' "$T/sig.err"
# its process group was killed: give the kernel a moment to take the children
# ([r]: the pattern must not match the command line that holds it)
left() { pgrep -f "[r]emote-debugging-pipe --user-data-dir=${TMPDIR:-/tmp}/wangjian-chromium" >/dev/null; }
i=0; while left && [ $i -lt 60 ]; do sleep 0.05; i=$((i + 1)); done
check "SIGTERM while rendering: no browser is left behind" sh -c "! pgrep -f '[r]emote-debugging-pipe --user-data-dir=${TMPDIR:-/tmp}/wangjian-chromium' >/dev/null"

crawl mem always --render-max-mb 1 http://js.test/
check "a browser over its memory limit: crawl exits 0" [ $? -eq 0 ]
check "a browser over its memory limit: the page is unrendered with the reason" \
  grep -q '"url":"http://js.test/","status":"unrendered","reason":"browser memory [0-9]* MiB passed the limit of 1 MiB"' \
  "$T/mem.log"
check "a browser over its memory limit: the restart is counted" \
  grep -q '"event":"run".*"render_restarts":[1-9]' "$T/mem.log"
finish
