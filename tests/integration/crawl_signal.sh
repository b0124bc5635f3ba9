#!/bin/sh
# SIGTERM, then (another crawl) SIGINT, in the middle of a crawl whose
# pages each take 300 ms to answer: the crawl exits 1 within 5 s with the
# reason on stderr even under --quiet, its WARC files are whole (the
# independent reader accepts every record), and the same crawl run again
# resumes and ends with exactly the site's pages in the database, each
# with its one finding.  Then a server that never answers: the stop still
# takes less than 5 s.
. "$TOP/tests/itlib.sh"
need python3 sqlite3

N=30
chain_site "$T/sites/slow.test" $N 2
# every link through the server's delay, so the crawl runs ~5 s with two
# transfers at a time and there are transfers in flight when it is stopped
for f in "$T"/sites/slow.test/*.html; do
  sed 's|href="/p|href="/__delay/300/p|g' "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
mkdir -p "$T/sites/hang.test"
echo '<html><body>never sent</body></html>' > "$T/sites/hang.test/index.html"
start_httpd "$T/sites"

warcio=1
ready=$(sh "$TOP/tests/warcio.sh" --ready)
case $? in
0) ;;
77) warcio=0; skip_part "$(echo "$ready" | tail -1 | sed 's/^NOTE: //')";;
*) echo "$ready"; fail "the WARC reader cannot be installed";;
esac

ms_now() { date +%s%3N; }

# exec: run in the background as (crawl ...) &, $! is the crawler itself,
# not a shell that the signal would kill instead
crawl() { # name extra-args...
  name=$1; shift
  exec "$WJ" crawl --db "$T/$name.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --per-host 2 \
    --warc-dir "$T/$name.warc" --log "$T/$name.jsonl" "$@"
}

# stop_mid_crawl SIG NAME: crawl, send SIG once the first page is stored
# (the crawl then has more in flight: it runs ~5 s on a quiet machine),
# check the stop.
stop_mid_crawl() {
  sig=$1; name=$2
  (crawl "$name" --quiet http://slow.test/) 2>"$T/$name.1.err" &
  pid=$!
  check "$sig: the crawl stores its first page" \
    wait_until 120 "a page stored in $name.db" pages_stored "$T/$name.db" 1
  check "$sig: the crawl is still running when the signal is sent" kill -0 $pid
  t0=$(ms_now)
  kill -"$sig" $pid
  wait $pid
  rc=$?
  took=$(( $(ms_now) - t0 ))
  cat "$T/$name.1.err"
  echo "$sig: exit $rc after $took ms"
  check "$sig: exit 1" [ $rc -eq 1 ]
  check "$sig: stopped within 5 s ($took ms)" [ $took -lt 5000 ]
  check "$sig: the reason on stderr under --quiet" \
    grep -qE "^wangjian: crawl stopped by SIG$sig after [0-9]+ pages?; run the same crawl again to resume\$" \
    "$T/$name.1.err"
  got=$(sed -n 's/.* after \([0-9]*\) page.*/\1/p' "$T/$name.1.err")
  check "$sig: stopped part-way (${got:-?} of $N pages)" test "${got:-0}" -gt 0 -a "${got:-$N}" -lt $N
  if [ $warcio -eq 1 ]; then
    recs=0; bad=0
    for w in "$T/$name.warc"/*.warc.gz; do
      out=$(sh "$TOP/tests/warcio.sh" "$w") || bad=$((bad + 1))
      n=$(echo "$out" | grep '"type":"response"' | grep '"block digest pass"' | grep -c '"payload digest pass')
      recs=$((recs + n))
    done
    check "$sig: the WARC reader accepts every file ($bad rejected)" [ $bad -eq 0 ]
    check "$sig: one whole response record per stored page ($recs, ${got:-?})" [ "$recs" -eq "${got:--1}" ]
  fi
  (crawl "$name" --report new http://slow.test/) >"$T/$name.2.err" 2>&1
  check "$sig: the next crawl exits 0" [ $? -eq 0 ]
  "$WJ" export --db "$T/$name.db" --what findings --format csv --out "$T/$name.csv"
  python3 - "$T/$name.db" "$T/$name.csv" "$T/$name.jsonl" $N "$sig" <<'PY'
import csv, json, re, sqlite3, sys, collections
db, findings, log, n, sig = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
fails = 0
def expect(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + sig + ": " + what)
    fails += 0 if cond else 1
want = {"http://slow.test/"} | {"http://slow.test/__delay/300/p%d.html" % i for i in range(1, n)}
con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
pages = [r[0] for r in con.execute("SELECT url FROM pages")]
runs = con.execute("SELECT id, ended_at IS NOT NULL FROM runs ORDER BY id").fetchall()
con.close()
expect(set(pages) == want and len(pages) == n, "the db holds exactly the site's %d pages (%d)" % (n, len(pages)))
per_url = collections.Counter(f["url"] for f in csv.DictReader(open(findings, newline="", encoding="utf-8"))
                              if f["rule"] == "COUNTERFEIT_TERM")
expect(set(per_url) == want and max(per_url.values()) == 1, "one finding per page, none lost or doubled")
expect(runs[0][1] == 1, "the resumed run was ended by the crawl that finished it (%s)" % runs)
lines = [json.loads(l) for l in open(log, encoding="utf-8")]
run_lines = [l for l in lines if l.get("event") == "run"]
expect([l["status"] for l in run_lines] == ["stopped", "finished"],
       "one run line per crawl: stopped, finished (%s)" % [l["status"] for l in run_lines])
expect(run_lines[0]["run_id"] == run_lines[1]["run_id"] == runs[0][0] and len(runs) == 1,
       "the second crawl resumed the stopped run")
expect(run_lines[1]["resumed"] is True and run_lines[0]["resumed"] is False, "resumed flags")
expect(run_lines[0]["error"] == "stopped by SIG" + sig, "the stopped run names its signal")
expect(all(isinstance(l["ms"], int) for l in lines), "every duration an integer")
sys.exit(1 if fails else 0)
PY
  check "$sig: resume leaves exactly the site's pages and findings" [ $? -eq 0 ]
  check "$sig: the next crawl says it resumed" grep -q 'resumed an interrupted crawl' "$T/$name.2.err"
}

stop_mid_crawl TERM term
stop_mid_crawl INT int

# A server that never answers: the page transfer would wait for --timeout
# (30 s); the stop drops it and exits at once.  It is stopped once the
# server holds the page request (robots.txt answered, the page in flight).
page_held() {
  python3 - "$PORT" <<'PY'
import json, sys, urllib.request
s = json.load(urllib.request.urlopen("http://127.0.0.1:%s/__stats" % sys.argv[1]))
h = s["hosts"].get("hang.test", {})
sys.exit(0 if h.get("in_flight", 0) >= 1 and h.get("requests", 0) >= 2 else 1)
PY
}
(crawl hang --quiet http://hang.test/__delay/100000/index.html) 2>"$T/hang.err" &
pid=$!
check "hang: the page request reaches the server" \
  wait_until 120 "the page request held by the server" page_held
check "hang: the crawl is waiting for the server" kill -0 $pid
t0=$(ms_now)
kill -TERM $pid
wait $pid
rc=$?
took=$(( $(ms_now) - t0 ))
cat "$T/hang.err"
check "hang: exit 1" [ $rc -eq 1 ]
check "hang: stopped within 5 s although the server never answered ($took ms)" [ $took -lt 5000 ]
check "hang: the reason" grep -q 'crawl stopped by SIGTERM after 0 pages' "$T/hang.err"
finish
