#!/bin/sh
# `wangjian parse URL` fetches with the crawl's own easy-handle settings
# (crawler/easy.c): an endless body is cut at --max-bytes, a loopback
# target is refused without --allow-private, a slow server meets the
# timeout, and a good page comes back parsed.
. "$TOP/tests/itlib.sh"

S=$T/sites/shop.test
mkdir -p "$S"
printf '<html><head><title>页面</title></head><body><p>高仿名牌手表</p></body></html>' > "$S/p.html"
mkdir -p "$T/sites/127.0.0.1"
cp "$S/p.html" "$T/sites/127.0.0.1/p.html"   # the host of a direct request
start_httpd "$T/sites"
P="http://127.0.0.1:$PORT"

# The identity signals operator linking uses are printed too, normalised.
printf '<html><body><p>统一社会信用代码：91370202MA0GFC2D5B 客服：138-0013-8000</p></body></html>' \
  > "$T/sig.html"
"$WJ" parse --url http://shop.test/ "$T/sig.html" >"$T/out" 2>"$T/err"
check "parse prints the page's identity signals" python3 -c '
import json, sys
s = {(x["kind"], x["value"], x["strong"]) for x in json.load(open(sys.argv[1]))["signals"]}
sys.exit(not {("uscc", "91370202MA0GFC2D5B", True), ("mobile", "13800138000", True)} <= s)' "$T/out"

start=$(date +%s)
"$WJ" parse --proxy "$P" --max-bytes 65536 http://shop.test/__endless >"$T/out" 2>"$T/err"
rc=$?
took=$(( $(date +%s) - start ))
cat "$T/err"
check "an endless body fails the fetch (exit 1, got $rc)" [ $rc -eq 1 ]
check "it is cut at --max-bytes" grep -q 'body larger than --max-bytes' "$T/err"
check "in bounded time ($took s)" [ "$took" -lt 20 ]
check "nothing on stdout" [ ! -s "$T/out" ]

"$WJ" parse "$P/p.html" >"$T/out" 2>"$T/err"
rc=$?
cat "$T/err"
check "a loopback URL is refused without --allow-private (exit 1, got $rc)" [ $rc -eq 1 ]
check "saying why" grep -q 'private or loopback address' "$T/err"

"$WJ" parse --allow-private "$P/p.html" >"$T/out" 2>"$T/err"
rc=$?
check "with --allow-private the page is fetched and parsed (exit $rc)" [ $rc -eq 0 ]
check "its finding is there" grep -q COUNTERFEIT_TERM "$T/out"

start=$(date +%s)
"$WJ" parse --proxy "$P" --timeout 1000 http://shop.test/__delay/5000/p.html >"$T/out" 2>"$T/err"
rc=$?
took=$(( $(date +%s) - start ))
cat "$T/err"
check "a slow server meets --timeout (exit 1, got $rc, $took s)" [ $rc -eq 1 ] && [ "$took" -lt 4 ]

"$WJ" parse --max-bytes 12 "$P/p.html" >"$T/out" 2>"$T/err"
check "a bad --max-bytes is a usage error" [ $? -eq 2 ]
finish
