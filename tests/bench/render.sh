#!/bin/sh
# make bench-render: rendered pages per second and the browser's peak memory
# (PSS of all its processes) on the demo and on a corpus of N single-page shop
# pages (default 200: 4 hosts x 50), each a shell whose text, prices, licence
# block and links are written by a script, served by tests/httpd as a proxy.
#
#   sh tests/bench/render.sh WANGJIAN HTTPD [N] [CONCURRENCY...]
#
# Per concurrency (default "2 4"): one crawl with --render auto (every corpus
# page is a shell, so every page is rendered), without WARC files, timed wall
# clock; the run line of the JSON log gives the counts and the peak.
# Everything stays on 127.0.0.1.
set -u
WJ=$(readlink -f "${1:-./wangjian}")
HTTPD=$(readlink -f "${2:-build/httpd}")
N=${3:-200}
shift 3 2>/dev/null || shift $#
CONCS=${*:-2 4}
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/wangjian-bench-render.XXXXXX")
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

python3 - "$work/sites" "$N" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
hosts = 4
per = (n + hosts - 1) // hosts
for h in range(hosts):
    d = os.path.join(root, "spa%d.test" % h)
    os.makedirs(d)
    open(os.path.join(d, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")
    open(os.path.join(d, "app.js"), "w").write("""
(function () {
  var id = Number(document.body.getAttribute('data-id')), per = %d, rows = '';
  for (var i = 0; i < 12; i++)
    rows += '<li>商品' + id + '-' + i + ' 现价 ¥' + (99 + i) + ' <del>原价 ¥' + (199 + i) + '</del></li>';
  var next = '';
  for (var j = id + 1; j < Math.min(per, id + 4); j++) next += '<a href="/p' + j + '.html">第' + j + '页</a> ';
  document.getElementById('app').innerHTML = '<h1>单页商城 第' + id + '页</h1><ul>' + rows + '</ul>' +
    '<p>本店正品保障，七天无理由退货。</p>' + next +
    '<footer>杭州青禾茶业有限公司 统一社会信用代码：91330106673959654P 浙ICP备20231234号-1</footer>';
})();
""" % per)
    for i in range(min(per, n - h * per)):
        name = "index.html" if i == 0 else "p%d.html" % i
        open(os.path.join(d, name), "w").write(
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>单页商城</title>'
            '<script src="/app.js" defer></script></head>'
            '<body data-id="%d"><div id="app">加载中</div></body></html>' % i)
PY
seeds=$(for h in 0 1 2 3; do printf 'http://spa%d.test/ ' "$h"; done)

"$HTTPD" --root "$work/sites" --port 0 --port-file "$work/port" --max-seconds 1800 >/dev/null 2>&1 &
pid=$!
i=0; while [ ! -s "$work/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
port=$(cat "$work/port")

run() { # NAME LOG [crawl args]
  name=$1; log=$2; shift 2
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$WJ" crawl --db "$work/$name.db" --no-warc --quiet --log "$log" "$@"
  end=$(date +%s.%N)
  python3 - "$log" "$name" "$start" "$end" <<'PY'
import json, sys
log, name, t0, t1 = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
runs = [l for l in map(json.loads, open(log)) if l.get("event") == "run"]
r = runs[-1]
wall = t1 - t0
renders = [l["ms"] for l in map(json.loads, open(log)) if l.get("event") == "render" and l["status"] == "rendered"]
renders.sort()
med = renders[len(renders) // 2] if renders else 0
print("%-26s %4d pages, %4d rendered, %d not, %4.1f s wall, %5.2f rendered pages/s, "
      "median render %d ms, browser peak %d MiB, %d restarts, %d subresources"
      % (name, r["pages"], r["rendered"], r["render_failed"], wall, r["rendered"] / wall if wall else 0,
         med, r["render_peak_kb"] // 1024, r["render_restarts"], r["subresources"]))
PY
}

for c in $CONCS; do
  run "corpus-$N-conc$c" "$work/c$c.log" --proxy "http://127.0.0.1:$port" --delay 0 \
    --render auto --render-concurrency "$c" $seeds
done
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=""

rm -f "$work/port"
"$HTTPD" --root "$top/seeds/demo/sites" --port 0 --port-file "$work/port" --max-seconds 600 >/dev/null 2>&1 &
pid=$!
i=0; while [ ! -s "$work/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
run "demo" "$work/demo.log" --seeds "$top/seeds/demo/seeds.txt" \
  --proxy "http://127.0.0.1:$(cat "$work/port")" --delay 0
