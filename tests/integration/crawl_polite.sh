#!/bin/sh
# Politeness, counted at the server: at most --per-host transfers in flight
# per host, and request starts to one host at least --delay apart, while
# several hosts are crawled at once.
. "$TOP/tests/itlib.sh"

python3 - "$T/sites" <<'PY'
import os, sys
root = sys.argv[1]
for h in range(3):
    d = os.path.join(root, "polite%d.test" % h)
    os.makedirs(d)
    for i in range(40):
        links = "".join('<a href="/p%d.html">p%d</a> ' % (j, j) for j in range(40))
        name = "index.html" if i == 0 else "p%d.html" % i
        open(os.path.join(d, name), "w").write(
            "<html><head><title>p%d</title></head><body><p>商品 %d</p>%s</body></html>" % (i, i, links))
PY
start_httpd "$T/sites"
seeds="http://polite0.test/ http://polite1.test/ http://polite2.test/"
stats() { python3 -c "import json,sys,urllib.request as u; print(u.urlopen('http://127.0.0.1:$PORT/__stats').read().decode())"; }

"$WJ" crawl --db "$T/a.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --per-host 2 --quiet $seeds
check "crawl with --per-host 2 exits 0" [ $? -eq 0 ]
stats > "$T/stats-a.json"
python3 - "$T/stats-a.json" <<'PY'
import json, sys
hosts = json.load(open(sys.argv[1]))["hosts"]
bad = 0
for h in ("polite0.test", "polite1.test", "polite2.test"):
    s = hosts.get(h, {})
    print("%s: %s requests, max %s in flight" % (h, s.get("requests"), s.get("max_concurrent")))
    if s.get("requests", 0) < 41 or s.get("max_concurrent", 99) > 2:
        bad += 1
sys.exit(bad)
PY
check "every host: all pages fetched, never more than 2 requests in flight" [ $? -eq 0 ]

start_httpd "$T/sites"
"$WJ" crawl --db "$T/b.db" --proxy "http://127.0.0.1:$PORT" --delay 150 --per-host 4 --max-pages 24 --quiet $seeds
check "crawl with --delay 150 exits 0" [ $? -eq 0 ]
stats > "$T/stats-b.json"
python3 - "$T/stats-b.json" <<'PY'
import json, sys
hosts = json.load(open(sys.argv[1]))["hosts"]
bad = 0
for h in ("polite0.test", "polite1.test", "polite2.test"):
    s = hosts.get(h, {})
    gap = s.get("min_gap_ms")
    print("%s: %s requests, min gap %s ms, max %s in flight" % (h, s.get("requests"), gap, s.get("max_concurrent")))
    # The server dates a request by its socket's receive timestamp, taken by
    # the kernel as the crawler sends it (tests/httpd/conn.c), not by when
    # the server gets round to reading it: a busy machine that delays the
    # server cannot shorten a gap, only delays in the crawler can, so no
    # tolerance.  min_gap_ms is rounded down, 149.9 ms fails.
    if gap is None or gap < 150 or s.get("max_concurrent", 99) > 1:
        bad += 1
sys.exit(bad)
PY
check "every host: request starts at least 150 ms apart, as the kernel saw them arrive" [ $? -eq 0 ]

# Fairness: a host with 3,000 queued URLs does not starve two small hosts.
python3 - "$T/sites" "$T/seeds.txt" <<'PY'
import os, sys
root, seeds = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(root, "big.test"))
for h in ("small0.test", "small1.test"):
    d = os.path.join(root, h); os.makedirs(d)
    links = "".join('<a href="/s%d.html">s</a>' % j for j in range(1, 10))
    for i in range(10):
        open(os.path.join(d, "index.html" if i == 0 else "s%d.html" % i), "w").write(
            "<html><body>%s</body></html>" % links)
with open(seeds, "w") as f:
    for i in range(3000):
        f.write("http://big.test/q%d.html\n" % i)
    f.write("http://small0.test/\nhttp://small1.test/\n")
PY
start_httpd "$T/sites"
"$WJ" crawl --db "$T/c.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --per-host 2 --max-pages 150 \
  --seeds "$T/seeds.txt" --quiet
check "fairness crawl exits 0" [ $? -eq 0 ]
stats > "$T/stats-c.json"
python3 - "$T/stats-c.json" <<'PY'
import json, sys
hosts = json.load(open(sys.argv[1]))["hosts"]
got = {h: hosts.get(h, {}).get("requests", 0) for h in ("big.test", "small0.test", "small1.test")}
print("requests within a 150-page budget:", got)
sys.exit(0 if got["small0.test"] == 11 and got["small1.test"] == 11 else 1)
PY
check "both small hosts fully crawled beside the 3,000-URL host" [ $? -eq 0 ]
finish
