#!/bin/sh
# kill -9 in the middle of a crawl, run the same command again: it resumes,
# refetches at most the last uncommitted batch, and leaves no duplicate
# finding or lead.
. "$TOP/tests/itlib.sh"
need sqlite3

N=300
# A batch is committed every 500 ms (crawler/loop.c), so a kill loses at
# most the pages fetched in one interval: 25 at one request per 20 ms to
# the host, and the bound below (40) leaves room for the page in flight and
# those parsed but not yet stored.  At 10 ms the bound was the interval's
# whole capacity (50), which a faster rule engine reached.
chain_site "$T/sites/resume.test" $N 3
start_httpd "$T/sites"
cmd() {
  "$WJ" crawl --db "$T/r.db" --proxy "http://127.0.0.1:$PORT" --delay 20 --per-host 1 \
    --warc-dir "$T/warc" "$@" http://resume.test/
}
# the crawler itself in the background, not a subshell running it: kill -9
# must hit the crawler
"$WJ" crawl --db "$T/r.db" --proxy "http://127.0.0.1:$PORT" --delay 20 --per-host 1 \
  --warc-dir "$T/warc" http://resume.test/ 2>"$T/first.err" &
pid=$!
# kill it once a few batches are committed (not after a fixed time, which
# a busy machine can spend before the first page is stored)
check "the first crawl stores its first 10 pages" \
  wait_until 120 "10 pages stored in r.db" pages_stored "$T/r.db" 10
check "the first crawl is still running when it is killed" kill -0 $pid
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
first=$(grep -c '"target":"[^"]*p[0-9]*.html"\|"target":"http://resume.test/p' "$T/httpd.log")
cmd --report new >"$T/second.err" 2>&1
check "the resumed crawl exits 0" [ $? -eq 0 ]
cat "$T/second.err"
check "the second run says it resumed" grep -q 'resumed an interrupted crawl' "$T/second.err"
"$WJ" export --db "$T/r.db" --what findings --format csv --out "$T/findings.csv"
"$WJ" export --db "$T/r.db" --what leads --format csv --out "$T/leads.csv"
python3 - "$T/findings.csv" "$T/leads.csv" "$T/httpd.log" $N <<'PY'
import csv, json, sys, collections
finds = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
leads = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
n = int(sys.argv[4])
pages = [json.loads(l)["target"] for l in open(sys.argv[3])]
pages = [p for p in pages if not p.endswith("robots.txt")]
per_url = collections.Counter(f["url"] for f in finds if f["rule"] == "COUNTERFEIT_TERM")
per_pair = collections.Counter((f["url"], f["rule"]) for f in finds)
fails = 0
def expect(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + what)
    fails += 0 if cond else 1
expect(len(per_url) == n, "every one of the %d pages has its finding (%d)" % (n, len(per_url)))
expect(max(per_pair.values()) == 1, "no duplicate finding")
rules = collections.Counter(l["rule"] for l in leads)
expect(rules["COUNTERFEIT_TERM"] == 1 and max(rules.values()) == 1,
       "one lead per rule (%s)" % dict(rules))
hits = [int(l["hits"]) for l in leads if l["rule"] == "COUNTERFEIT_TERM"]
expect(hits and n <= hits[0] <= n + 40, "its hits count each page once, refetches aside (%s)" % hits)
refetched = len(pages) - len(set(pages))
print("requests %d for %d pages: %d refetched after the kill" % (len(pages), n, refetched))
expect(refetched <= 40, "at most the last uncommitted batch refetched (%d <= 40)" % refetched)
sys.exit(1 if fails else 0)
PY
check "resume leaves exact findings and leads" [ $? -eq 0 ]
finish
