#!/bin/sh
# robots.txt over a crawl's life (RFC 9309 2.3.1.3, 2.4): a 5xx robots.txt
# blocks the host until a retry fetches it; one that stays 5xx leaves the
# host, URLs still queued, for the next run; a cached copy older than
# --robots-ttl is fetched again before the next page.
. "$TOP/tests/itlib.sh"

python3 - "$T/sites" <<'PY'
import os, sys
root = sys.argv[1]
for h in ("flaky.test", "down.test", "ttl.test"):
    d = os.path.join(root, h)
    os.makedirs(d)
    links = "".join('<a href="/p%d.html">p%d</a> ' % (j, j) for j in range(1, 8))
    for i in range(8):
        name = "index.html" if i == 0 else "p%d.html" % i
        open(os.path.join(d, name), "w").write(
            "<html><head><title>p%d</title></head><body><p>商品 %d</p>%s</body></html>" % (i, i, links))
    open(os.path.join(d, "robots.txt"), "w").write("User-agent: *\nDisallow: /p7.html\n")
open(os.path.join(root, "flaky.test", "robots.txt.status"), "w").write("503 2\n")
open(os.path.join(root, "down.test", "robots.txt.status"), "w").write("503\n")
PY
count() { # HOST PATH-REGEX: requests for it in the server log
  python3 - "$T/httpd.log" "$1" "$2" <<'PY'
import json, re, sys
n = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("host") == sys.argv[2] and re.search(sys.argv[3], r.get("target", "")):
        n += 1
print(n)
PY
}

start_httpd "$T/sites"
"$WJ" crawl --db "$T/a.db" --proxy "http://127.0.0.1:$PORT" --delay 0 \
  --report new http://flaky.test/ http://down.test/ > "$T/a.err" 2>&1
check "crawl with a flaky and a down robots.txt exits 0" [ $? -eq 0 ]
cat "$T/a.err"
check "flaky.test: robots.txt asked three times (503, 503, 200)" [ "$(count flaky.test '/robots\.txt$')" -eq 3 ]
check "flaky.test: every allowed page fetched once its robots.txt came" [ "$(count flaky.test '\.html$|/$')" -eq 7 ]
check "flaky.test: the disallowed page never requested" [ "$(count flaky.test 'p7\.html')" -eq 0 ]
check "down.test: robots.txt tried three times, then given up" [ "$(count down.test '/robots\.txt$')" -eq 3 ]
check "down.test: no page requested while its robots.txt is 5xx" [ "$(count down.test '\.html$|/$')" -eq 0 ]
check "the summary says one host was skipped" grep -q ', 1 hosts skipped' "$T/a.err"

# The next run, with down.test's robots.txt back: its queued seed is crawled.
rm -f "$T/sites/down.test/robots.txt.status"
: > "$T/httpd.log"
"$WJ" crawl --db "$T/a.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet \
  http://flaky.test/ http://down.test/
check "second run exits 0" [ $? -eq 0 ]
check "down.test: crawled on the next run" [ "$(count down.test '\.html$|/$')" -eq 7 ]

# TTL: 8 pages 400 ms apart last ~3 s; with --robots-ttl 1 robots.txt is fetched again.
: > "$T/httpd.log"
"$WJ" crawl --db "$T/b.db" --proxy "http://127.0.0.1:$PORT" --delay 400 --per-host 1 \
  --robots-ttl 1 --quiet http://ttl.test/
check "crawl with --robots-ttl 1 exits 0" [ $? -eq 0 ]
n=$(count ttl.test '/robots\.txt$')
echo "ttl.test: robots.txt fetched $n times"
check "ttl.test: a stale robots.txt is fetched again during the crawl" [ "$n" -ge 2 ]
check "ttl.test: still obeyed after the refresh" [ "$(count ttl.test 'p7\.html')" -eq 0 ]
: > "$T/httpd.log"
"$WJ" crawl --db "$T/c.db" --proxy "http://127.0.0.1:$PORT" --delay 400 --per-host 1 \
  --quiet http://ttl.test/
check "ttl.test: the default 24 h keeps one copy for the whole crawl" [ "$(count ttl.test '/robots\.txt$')" -eq 1 ]

"$WJ" crawl --db "$T/d.db" --robots-ttl 0 http://ttl.test/ 2> "$T/d.err"
check "--robots-ttl 0 is a usage error (exit 2)" [ $? -eq 2 ]
finish
