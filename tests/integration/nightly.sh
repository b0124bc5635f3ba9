#!/bin/sh
# The nightly run as cron sees it (issue #13): a quiet success, the
# day-2 summary that names exactly the new, re-opened and resolved leads,
# `runs` and `leads --new-since last-run` agreeing with it, a crawl of one
# site leaving the other alone, and exit 1 with a reason (also under
# --quiet) for a dead proxy, seeds that all answer 404, an unwritable WARC
# folder and too many 5xx.
. "$TOP/tests/itlib.sh"
need sqlite3

mkdir -p "$T/sites/shop-a.test" "$T/sites/shop-b.test"
page() { # FILE TEXT LINKS
  printf '<html><head><title>店</title></head><body><p>%s</p>%s</body></html>\n' "$2" "$3" > "$1"
}
A_BAD='本店另售高仿名牌手表，欢迎咨询。'
B_BAD='收货后五星好评返现5元，晒图再返3元，联系客服领取。'
page "$T/sites/shop-a.test/index.html" "甲店首页" '<a href="/item1.html">1</a> <a href="/item2.html">2</a>'
page "$T/sites/shop-a.test/item1.html" "运动鞋 $A_BAD" ''
page "$T/sites/shop-a.test/item2.html" "登山包 正品" ''
page "$T/sites/shop-b.test/index.html" "乙店首页" '<a href="/item1.html">1</a>'
page "$T/sites/shop-b.test/item1.html" "茶叶 正品" ''
start_httpd "$T/sites"
P="http://127.0.0.1:$PORT"
printf 'http://shop-a.test/\nhttp://shop-b.test/\n' > "$T/seeds.txt"
nightly() { # DB [options]: the crontab line, stdout and stderr kept apart
  db=$1; shift
  "$WJ" crawl --db "$db" --seeds "$T/seeds.txt" --proxy "$P" --delay 10 "$@" \
    >"$T/out" 2>"$T/err" </dev/null
}
# field JSONL KEY: the value of KEY in the first line (numbers and strings)
field() {
  python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])' "$1" "$2"
}

# ---- day 1: a healthy run under cron prints nothing ----
nightly "$T/n.db"
rc=$?
check "day 1: exit 0 (got $rc)" [ $rc -eq 0 ]
check "day 1: nothing on stdout or stderr without a terminal" [ ! -s "$T/out" ] && [ ! -s "$T/err" ]
cat "$T/out" "$T/err"
"$WJ" runs --db "$T/n.db" --format jsonl > "$T/runs1"
check "day 1: runs lists one finished run" [ "$(wc -l < "$T/runs1")" -eq 1 ] && \
  [ "$(field "$T/runs1" status)" = finished ]
check "day 1: WARC evidence by default, in the folder beside the database" \
  sh -c "ls '$T/n.db.warc/' | grep -q 'warc'"
day1_open=$(field "$T/runs1" open)
check "day 1: every open lead is new ($day1_open)" [ "$(field "$T/runs1" new)" = "$day1_open" ]
check "day 1: 5 pages, all changed" [ "$(field "$T/runs1" pages)" = 5 ] && [ "$(field "$T/runs1" changed)" = 5 ]

# ---- day 2: shop A fixed its page, shop B added a violation ----
page "$T/sites/shop-a.test/item1.html" "运动鞋 正品" ''
page "$T/sites/shop-b.test/item1.html" "茶叶 正品 $B_BAD" ''
nightly "$T/n.db" --report new
rc=$?
cat "$T/out" "$T/err"
check "day 2: exit 0 (got $rc)" [ $rc -eq 0 ]
exp="wangjian: 5 pages (2 changed, 3 unchanged, 0 failed); leads: 1 new, 0 re-opened, 1 resolved, $day1_open open"
check "day 2: --report new prints the summary: $exp" grep -qF "$exp" "$T/out"
check "day 2: the table lists the new lead of shop B" grep -q 'new .*REVIEW_INDUCEMENT.*shop-b.test' "$T/out"
check "day 2: and nothing else" [ "$(grep -c '^new \|^re-opened ' "$T/out")" -eq 1 ]
check "day 2: nothing on stderr" [ ! -s "$T/err" ]
"$WJ" runs --db "$T/n.db" --format jsonl > "$T/runs2"
check "day 2: runs agrees (new 1, reopened 0, resolved 1)" \
  [ "$(field "$T/runs2" new)/$(field "$T/runs2" reopened)/$(field "$T/runs2" resolved)" = 1/0/1 ]
"$WJ" leads --db "$T/n.db" --new-since last-run --format jsonl > "$T/new2"
check "day 2: leads --new-since last-run: exactly the new lead" \
  [ "$(wc -l < "$T/new2")" -eq 1 ] && [ "$(field "$T/new2" rule)" = REVIEW_INDUCEMENT ] && \
  [ "$(field "$T/new2" change)" = new ] && [ "$(field "$T/new2" subject)" = shop-b.test ]
"$WJ" leads --db "$T/n.db" --status resolved --format jsonl > "$T/res2"
check "day 2: shop A's counterfeit lead is resolved" grep -q '"subject":"shop-a.test".*' "$T/res2"

# ---- day 3: shop A's violation is back ----
page "$T/sites/shop-a.test/item1.html" "运动鞋 $A_BAD" ''
nightly "$T/n.db" --report new
cat "$T/out"
check "day 3: one lead re-opened" grep -qF "leads: 0 new, 1 re-opened, 0 resolved" "$T/out"
"$WJ" leads --db "$T/n.db" --new-since last-run --format jsonl > "$T/new3"
check "day 3: --new-since last-run shows it as re-opened" \
  [ "$(wc -l < "$T/new3")" -eq 1 ] && [ "$(field "$T/new3" change)" = re-opened ] && \
  [ "$(field "$T/new3" subject)" = shop-a.test ]
run2=$(field "$T/runs2" run)
"$WJ" leads --db "$T/n.db" --new-since "$run2" --format jsonl > "$T/new23"
check "day 2 and 3 together (--new-since $run2): the new and the re-opened lead" \
  [ "$(wc -l < "$T/new23")" -eq 2 ]
"$WJ" leads --db "$T/n.db" --stale 1 --format jsonl > "$T/stale"
check "nothing is stale: every open lead's page was checked today" [ ! -s "$T/stale" ]
"$WJ" leads --db "$T/n.db" --new-since yesterday > /dev/null 2>"$T/bad"
check "--new-since with a bad value is a usage error (exit $?)" grep -q 'new-since takes' "$T/bad"

# ---- stale: leads whose pages nobody checked lately ----
# three days pass without a crawl (every check and sighting moved back)
sqlite3 "$T/n.db" "UPDATE frontier SET checked_at = checked_at - 259200;
  UPDATE lead_pages SET last_seen = last_seen - 259200, first_seen = first_seen - 259200;
  UPDATE pages SET fetched_at = fetched_at - 259200;
  UPDATE leads SET last_seen = last_seen - 259200, first_seen = first_seen - 259200"
"$WJ" leads --db "$T/n.db" --stale 1 --format jsonl > "$T/stale3"
"$WJ" leads --db "$T/n.db" --format jsonl > "$T/open3"
check "after three days, --stale 1 lists every open lead ($(wc -l < "$T/open3"))" \
  [ -s "$T/stale3" ] && [ "$(wc -l < "$T/stale3")" -eq "$(wc -l < "$T/open3")" ]

# ---- scope: one site's crawl leaves the other alone ----
: > "$T/httpd.log"
"$WJ" crawl --db "$T/n.db" --proxy "$P" --delay 10 http://shop-a.test/ </dev/null 2>"$T/err"
rc=$?
check "crawl of shop A alone: exit 0 (got $rc)" [ $rc -eq 0 ]
"$WJ" leads --db "$T/n.db" --stale 1 --format jsonl > "$T/stale4"
check "then only shop B's open leads are stale" \
  [ -s "$T/stale4" ] && ! grep -q '"subject":"shop-a.test"' "$T/stale4" && \
  [ "$(grep -c '"subject":"shop-b.test"' "$T/stale4")" -eq "$(grep -c '"subject":"shop-b.test"' "$T/open3")" ]
check "it fetched shop A's known pages" grep -q 'item2.html' "$T/httpd.log"
check "and nothing of shop B" sh -c "! grep -q 'shop-b' '$T/httpd.log'"
"$WJ" runs --db "$T/n.db" --format jsonl > "$T/runs4"
check "runs: 3 pages in the shop-A run" [ "$(field "$T/runs4" pages)" = 3 ] && \
  [ "$(field "$T/runs4" scope)" = shop-a.test ]

# ---- an interrupted run resumes with its own seeds, not with others ----
chain_site "$T/sites/slow-a.test" 12 1
chain_site "$T/sites/slow-b.test" 3 1
slow() { # DB HOST [options]: one page at a time, 300 ms apart (exec: $! is the crawler)
  db=$1; host=$2; shift 2
  exec "$WJ" crawl --db "$db" --proxy "$P" --delay 300 --per-host 1 "$@" "http://$host/"
}
(slow "$T/s.db" slow-a.test) >"$T/sa1.out" 2>&1 </dev/null &
spid=$!
# stop it part-way: once it has stored pages (its signal handlers are set by
# then), not after a fixed time a busy machine outlasts; 12 pages 300 ms
# apart leave about 3 s to act in
wait_until 120 "slow-a's first 2 pages stored" pages_stored "$T/s.db" 2
kill -TERM $spid
wait $spid
check "slow-a: stopped by SIGTERM part-way (exit $?)" grep -q 'stopped by SIGTERM' "$T/sa1.out"
(slow "$T/s.db" slow-b.test --delay 10 --report new) >"$T/sb.out" 2>&1 </dev/null
check "a crawl of other seeds meanwhile runs on its own (not resumed)" \
  sh -c "grep -q '^wangjian: 3 pages' '$T/sb.out' && ! grep -q resumed '$T/sb.out'"
(slow "$T/s.db" slow-a.test --delay 10 --report new) >"$T/sa2.out" 2>&1 </dev/null
check "slow-a again: it resumes the interrupted run" grep -q 'resumed an interrupted crawl' "$T/sa2.out"
"$WJ" runs --db "$T/s.db" --format jsonl > "$T/sruns"
check "two runs, both finished: the resumed one counts both parts" python3 -c "
import json, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
ok = len(runs) == 2 and all(r['status'] == 'finished' for r in runs) and \
    {r['scope']: r['changed'] for r in runs} == {'slow-a.test': 12, 'slow-b.test': 3}
print(runs); sys.exit(0 if ok else 1)" "$T/sruns"

# ---- --no-warc: no WARC files, and evidence says there is no record ----
"$WJ" crawl --db "$T/nw.db" --proxy "$P" --delay 10 --no-warc http://shop-a.test/ </dev/null 2>/dev/null
check "--no-warc: the crawl exits 0 (got $?) and writes no WARC folder" [ ! -e "$T/nw.db.warc" ]
nwlead=$("$WJ" leads --db "$T/nw.db" --format jsonl | head -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["lead_id"])')
"$WJ" evidence --db "$T/nw.db" --out "$T/nwev" "$nwlead" 2>"$T/err"
rc=$?
cat "$T/err"
check "--no-warc: evidence for a lead exits 1 saying it has no WARC record" \
  [ $rc -eq 1 ] && grep -q 'no WARC record' "$T/err"
"$WJ" crawl --db "$T/nw2.db" --proxy "$P" --no-warc --warc-dir "$T/x" http://shop-a.test/ 2>"$T/err"
check "--no-warc with --warc-dir is a usage error (exit $?)" grep -q 'exclude each other' "$T/err"

# ---- bad input to the new options: a usage error (exit 2) naming it, nothing written ----
usage() { # DESCRIPTION EXPECTED-TEXT command...
  d=$1; want=$2; shift 2
  sum=$(sha256sum < "$T/n.db")
  "$@" >/dev/null 2>"$T/err"
  rc=$?
  check "$d: exit 2 (got $rc) saying '$want'" [ $rc -eq 2 ] && grep -qF -- "$want" "$T/err"
  check "$d: the database is unchanged" [ "$(sha256sum < "$T/n.db")" = "$sum" ]
}
usage "runs --format xml" "--format must be table or jsonl" "$WJ" runs --db "$T/n.db" --format xml
usage "runs --limit 0" "--limit needs a number" "$WJ" runs --db "$T/n.db" --limit 0
usage "leads --authority police" "--authority must be market or telecom" \
  "$WJ" leads --db "$T/n.db" --authority police
usage "leads --rule NOPE (neither the rulebook nor a lead has it)" "--rule 'NOPE' is not a rule" \
  "$WJ" leads --db "$T/n.db" --rule NOPE
usage "leads --stale soon" "--stale needs a number" "$WJ" leads --db "$T/n.db" --stale soon
usage "crawl --render sometimes" "--render takes auto, always or never" \
  "$WJ" crawl --db "$T/n.db" --render sometimes http://shop-a.test/
usage "crawl --render-concurrency 0" "--render-concurrency needs a number from 1 to 64" \
  "$WJ" crawl --db "$T/n.db" --render-concurrency 0 http://shop-a.test/
usage "crawl --render-max-mb -5" "--render-max-mb needs a number" \
  "$WJ" crawl --db "$T/n.db" --render-max-mb -5 http://shop-a.test/
usage "crawl --render-budget 0" "--render-budget needs a number from 1000" \
  "$WJ" crawl --db "$T/n.db" --render-budget 0 http://shop-a.test/
usage "export --with-contacts --what findings" "--with-contacts goes with --what leads only" \
  "$WJ" export --db "$T/n.db" --what findings --with-contacts --out "$T/never.csv"
check "a refused export writes no file" [ ! -e "$T/never.csv" ]
usage "leads --status closed" "--status must be" "$WJ" leads --db "$T/n.db" --status closed
usage "leads show --format xml" "--format must be text or json" "$WJ" leads show --db "$T/n.db" --format xml 1
usage "leads show of a non-number" "not a lead id" "$WJ" leads show --db "$T/n.db" first
usage "leads set without --status" "--status S are required" "$WJ" leads set --db "$T/n.db" 1
usage "leads set --outcome fined" "--outcome must be closed or service-stopped" \
  "$WJ" leads set --db "$T/n.db" --status referred --outcome fined 1
usage "crawl --report all" "--report takes 'new'" "$WJ" crawl --db "$T/n.db" --report all http://shop-a.test/
usage "crawl --max-error-rate 101" "--max-error-rate needs a number from 0 to 100" \
  "$WJ" crawl --db "$T/n.db" --max-error-rate 101 http://shop-a.test/
"$WJ" runs --db "$T/missing.db" 2>"$T/err"
check "runs on a missing database: exit 1 (got $?), no file made" \
  grep -q 'no database at' "$T/err" && [ ! -e "$T/missing.db" ]

# ---- runs that could not do their job: exit 1 and a reason, also --quiet ----
# The slow ones (retries with back-off) run side by side.
mkdir -p "$T/sites/shop-c.test"
page "$T/sites/shop-c.test/index.html" "丙店" \
  '<a href="/__status/503/a">a</a> <a href="/__status/503/b">b</a> <a href="/__status/503/c">c</a> <a href="/ok.html">ok</a>'
page "$T/sites/shop-c.test/ok.html" "正品" ''
BG=""
bg() { # NAME command...: run in the background, exit status into $T/NAME.rc
  name=$1; shift
  ( "$@" >"$T/$name.out" 2>"$T/$name.err" </dev/null; echo $? > "$T/$name.rc" ) &
  BG="$BG $!"
}
bg dead "$WJ" crawl --db "$T/dead.db" --proxy http://127.0.0.1:1 --delay 10 http://shop-a.test/
bg deadq "$WJ" crawl --db "$T/deadq.db" --proxy http://127.0.0.1:1 --delay 10 --quiet http://shop-a.test/
bg e503 "$WJ" crawl --db "$T/e.db" --proxy "$P" --delay 10 --quiet http://shop-c.test/
bg e503ok "$WJ" crawl --db "$T/e2.db" --proxy "$P" --delay 10 --max-error-rate 60 http://shop-c.test/
for q in "" --quiet; do
  rm -f "$T"/d404.db*
  "$WJ" crawl --db "$T/d404.db" --proxy "$P" --delay 10 $q http://shop-a.test/nope.html \
    http://shop-b.test/gone.html >"$T/out" 2>"$T/err" </dev/null
  rc=$?
  check "all seeds 404 $q: exit 1 (got $rc)" [ $rc -eq 1 ]
  check "all seeds 404 $q: says no page answered 2xx or 304" grep -q 'no page answered 2xx or 304' "$T/err"
  : > "$T/afile"
  "$WJ" crawl --db "$T/w.db" --proxy "$P" --delay 10 --warc-dir "$T/afile/warc" $q \
    http://shop-a.test/ >"$T/out" 2>"$T/err" </dev/null
  rc=$?
  check "unwritable WARC folder $q: exit 1 (got $rc)" [ $rc -eq 1 ]
  check "unwritable WARC folder $q: names it" grep -q "afile/warc" "$T/err"
done
"$WJ" runs --db "$T/d404.db" --format jsonl > "$T/runs404"
check "the all-404 run is recorded as failed" [ "$(field "$T/runs404" status)" = failed ]
check "an unwritable WARC folder opens no run" sh -c "! '$WJ' runs --db '$T/w.db' --format jsonl 2>/dev/null | grep -q run"
for pid in $BG; do wait "$pid"; done   # not the test server
for n in dead deadq; do
  check "dead proxy ($n): exit 1 (got $(cat "$T/$n.rc"))" [ "$(cat "$T/$n.rc")" = 1 ]
  check "dead proxy ($n): says no seed host could be reached" grep -q 'no seed host could be reached' "$T/$n.err"
done
cat "$T/e503.err"
check "3 of 5 URLs answer 503: exit 1 (got $(cat "$T/e503.rc"))" [ "$(cat "$T/e503.rc")" = 1 ]
check "naming the error rate" grep -q '3 of 5 URLs (60%) ended in a network error or 5xx' "$T/e503.err"
check "with --max-error-rate 60 the same run passes (exit $(cat "$T/e503ok.rc"))" [ "$(cat "$T/e503ok.rc")" = 0 ]
finish
