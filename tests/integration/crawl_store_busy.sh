#!/bin/sh
# The store fails in the middle of a crawl: another process holds the
# database's write lock past the busy timeout.  The store thread's command
# fails, the crawl stops by itself with exit 1 and the store's reason, what
# was committed before stays, and the next crawl resumes and finishes with
# exact findings and leads.
. "$TOP/tests/itlib.sh"

N=60
chain_site "$T/sites/busy.test" $N 2
start_httpd "$T/sites"
crawl() {
  "$WJ" crawl --db "$T/b.db" --proxy "http://127.0.0.1:$PORT" --delay 200 --per-host 1 \
    --warc-dir "$T/warc" "$@" http://busy.test/
}
crawl 2>"$T/first.err" &
pid=$!
# once the first batch is committed, take the write lock for longer than
# the crawler's 5 s busy timeout
python3 - "$T/b.db" <<'PY'
import sqlite3, sys, time
deadline = time.time() + 60
con = None
while time.time() < deadline:   # the crawler holds the lock most of the time: retry
    try:
        con = sqlite3.connect(sys.argv[1], timeout=1, isolation_level=None)
        if con.execute("select count(*) from pages").fetchone()[0] > 0:
            con.execute("BEGIN IMMEDIATE")
            break
    except sqlite3.Error:
        pass
    con.close()
    con = None
    time.sleep(0.01)
if con is None:
    sys.exit("could not take the write lock")
time.sleep(8)
con.execute("ROLLBACK")
PY
wait $pid
rc=$?
cat "$T/first.err"
check "the crawl stops with exit 1 when the store fails (got $rc)" [ $rc -eq 1 ]
check "saying the crawl stopped and why" grep -q 'crawl stopped: .*lock' "$T/first.err"
kept=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from pages').fetchone()[0])" "$T/b.db")
check "pages committed before the failure are kept ($kept)" [ "$kept" -gt 0 ]

crawl --report new >"$T/second.err" 2>&1
rc=$?
cat "$T/second.err"
check "the next crawl exits 0 (got $rc)" [ $rc -eq 0 ]
check "it resumes the interrupted run" grep -q 'resumed an interrupted crawl' "$T/second.err"
"$WJ" export --db "$T/b.db" --what findings --format csv --out "$T/findings.csv"
"$WJ" export --db "$T/b.db" --what leads --format csv --out "$T/leads.csv"
python3 - "$T/findings.csv" "$T/leads.csv" $N <<'PY'
import csv, sys, collections
finds = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
leads = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
n = int(sys.argv[3])
per_url = collections.Counter(f["url"] for f in finds if f["rule"] == "COUNTERFEIT_TERM")
fails = 0
def expect(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + what)
    fails += 0 if cond else 1
expect(len(per_url) == n and max(per_url.values()) == 1,
       "every one of the %d pages has its finding once (%d pages)" % (n, len(per_url)))
rules = collections.Counter(l["rule"] for l in leads)
expect(rules["COUNTERFEIT_TERM"] == 1, "one COUNTERFEIT_TERM lead (%s)" % dict(rules))
sys.exit(1 if fails else 0)
PY
check "findings and leads are exact after the resume" [ $? -eq 0 ]
finish
