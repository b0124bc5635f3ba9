#!/bin/sh
# Hostile servers: errors, retries with Retry-After, redirect chains and
# loops, endless and bomb bodies, resets, slow servers, gzip and a lying
# charset.  The crawl must end by itself, exit 0, store what is good and log
# what went wrong.
. "$TOP/tests/itlib.sh"

S=$T/sites/faults.test
mkdir -p "$S"
printf '<html><body><p>高仿名牌手表 gzip 页面</p></body></html>' > "$S/g.html"
printf '<html><body><p>正常页面 redirect target</p></body></html>' > "$S/z.html"
printf '<html><body><p>ok</p></body></html>' > "$S/p.html"
# GBK bytes for 精仿 (the server claims UTF-8: a lying header)
printf '<html><head><meta charset="gbk"></head><body><p>\276\253\267\302\260\374\260\374</p></body></html>' > "$S/gbk.html"
cat > "$S/index.html" <<'HTML'
<html><head><meta charset="utf-8"><title>故障测试</title></head><body>
<a href="/__status/503/p.html">503</a> <a href="/__status/429/p.html">429</a>
<a href="/__redirect/3/z.html">redirect</a> <a href="/__loop/A">loop</a>
<a href="/__endless">endless</a> <a href="/__gzipbomb/64">bomb</a>
<a href="/__reset/10/p.html">reset</a> <a href="/__delay/4000/p.html">slow</a>
<a href="/__gzip/g.html">gzip</a> <a href="/__charset/utf-8/gbk.html">lying</a>
<a href="/__status/404/p.html">404</a> <a href="/__badlen/p.html">badlen</a>
</body></html>
HTML
start_httpd "$T/sites"
start=$(date +%s)
# Most of this site fails on purpose: --max-error-rate 100 keeps the
# verdict on the error rate (tests/integration/nightly.sh) out of the way.
"$WJ" crawl --db "$T/f.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --timeout 1500 \
  --max-bytes 1048576 --max-error-rate 100 --log "$T/fetch.jsonl" http://faults.test/ 2>"$T/crawl.err"
rc=$?
took=$(( $(date +%s) - start ))
cat "$T/crawl.err"
check "crawl of a hostile site exits 0" [ $rc -eq 0 ]
check "it ends in bounded time ($took s)" [ "$took" -lt 60 ]
"$WJ" export --db "$T/f.db" --what findings --format csv --out "$T/findings.csv"

python3 - "$T/fetch.jsonl" "$T/findings.csv" "$T/httpd.log" <<'PY'
import csv, json, sys
log = [e for e in map(json.loads, open(sys.argv[1])) if e["event"] == "fetch"]
finds = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
srv = [json.loads(l) for l in open(sys.argv[3])]
fails = 0
def expect(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + what)
    fails += 0 if cond else 1
def fetches(part):
    return [e for e in log if part in e["url"]]
def served(part):
    return [e for e in srv if part in e.get("target", "")]
expect(len(served("/__status/503/")) == 4, "503 tried 4 times (1 + 3 retries), got %d" % len(served("/__status/503/")))
e429 = served("/__status/429/")
expect(len(e429) == 4, "429 tried 4 times, got %d" % len(e429))
expect(any(e["error"] is None and e["status"] == 200 for e in fetches("/__redirect/3/")) and
       len(fetches("/__redirect/3/")[-1]["redirects"]) == 3, "3-hop redirect followed, each hop recorded")
expect(any(e["error"] == "redirect loop" for e in fetches("/__loop/A")), "redirect loop detected")
expect(any(e["error"] == "body larger than --max-bytes" for e in fetches("/__endless")), "endless body cut at --max-bytes")
expect(any(e["error"] == "body larger than --max-bytes" for e in fetches("/__gzipbomb/")), "gzip bomb cut at --max-bytes")
expect(all(e["error"] for e in fetches("/__reset/")), "reset mid-body is an error")
expect(all(e["error"] for e in fetches("/__delay/4000/")), "slow server times out")
expect(any(e["error"] for e in fetches("/__badlen/")), "short body against Content-Length is an error")
rules = {(f["url"].split("faults.test")[1], f["rule"]) for f in finds}
expect(("/__gzip/g.html", "COUNTERFEIT_TERM") in rules, "gzip page decoded and checked")
expect(("/__charset/utf-8/gbk.html", "COUNTERFEIT_TERM") in rules,
       "GBK page behind a lying UTF-8 header decoded and checked")
sys.exit(1 if fails else 0)
PY
check "fault handling as specified" [ $? -eq 0 ]
finish
