#!/bin/sh
# The crawler's threads under ThreadSanitizer ($(BUILD)/tsan/wangjian, made
# by `make tsan`, which `make test` runs): on loopback through tests/httpd,
#   1. a crawl of the demo shops, with WARC evidence;
#   2. a crawl killed with -9 part-way and run again, which must resume;
#   3. a re-crawl of the demo shops where every page answers 304;
#   4. a rescan of the stored pages (bodies read back from the WARC files).
# Any ThreadSanitizer report fails the test: TSan stops the process with
# exit 66 at the first one (halt_on_error), and every stderr is also
# searched for "WARNING: ThreadSanitizer".  A suppressions file may name
# only a system library not built for TSan (tests/tsan/suppressions.txt,
# each entry with its reason); never the project's own code.
. "$TOP/tests/itlib.sh"

TW=${WANGJIAN_TSAN:-${BUILD:-build}/tsan/wangjian}
[ -x "$TW" ] || { echo "FAIL: $TW is not built (make tsan builds it)"; exit 1; }
# The test server: the release build when there is one (faster), else the
# sanitizer build the other tests use.
[ -x "${HTTPD_REL:-}" ] && HTTPD=$HTTPD_REL
supp=$TOP/tests/tsan/suppressions.txt
TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:history_size=4"
[ -f "$supp" ] && TSAN_OPTIONS="$TSAN_OPTIONS:suppressions=$supp"
export TSAN_OPTIONS

# tsan_clean NAME RC STDERR: the step exited 0 and TSan said nothing.
tsan_clean() {
  if grep -q 'WARNING: ThreadSanitizer\|ERROR: ThreadSanitizer\|FATAL: ThreadSanitizer' "$3"; then
    fail "$1: ThreadSanitizer report (exit $2):"
    sed -n '/ThreadSanitizer/,$p' "$3" | head -120
    return 1
  fi
  if [ "$2" -ne 0 ]; then
    fail "$1: exit $2"; tail -20 "$3"; return 1
  fi
  ok "$1: exit 0, no ThreadSanitizer report"
}
summary() { grep '^wangjian: [0-9]* pages' "$1"; }

# ---- 0. the check can fail: a deliberate race is caught ----
cat > "$T/race.c" <<'EOF'
#include <pthread.h>
static int shared_counter;
static void *bump(void *arg) { (void)arg; shared_counter++; return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, bump, NULL);
    pthread_create(&b, NULL, bump, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared_counter == 42;
}
EOF
if ${CC:-cc} -fsanitize=thread -g -O1 -o "$T/race" "$T/race.c" -lpthread 2>"$T/race.cc"; then
  "$T/race" 2>"$T/race.err"
  rc=$?
  if [ $rc -eq 66 ] && grep -q 'WARNING: ThreadSanitizer: data race' "$T/race.err"; then
    ok "control: a deliberate race is reported (exit 66)"
  else
    fail "control: a deliberate race was not reported (exit $rc)"; cat "$T/race.err"
  fi
else
  fail "control: cannot build a -fsanitize=thread program"; cat "$T/race.cc"
fi

# ---- 1. the demo shops ----
start_httpd "$TOP/seeds/demo/sites"
demo() {
  "$TW" crawl --db "$T/demo.db" --seeds "$TOP/seeds/demo/seeds.txt" --proxy "http://127.0.0.1:$PORT" \
    --delay 0 --concurrency 16 --per-host 4 --warc-dir "$T/warc" --log "$T/fetch.jsonl" --report new
}
demo >"$T/1.err" 2>&1
tsan_clean "crawl of the demo shops" $? "$T/1.err"
summary "$T/1.err"
pages=$(sed -n 's/^wangjian: \([0-9]*\) pages.*/\1/p' "$T/1.err")
check "the demo crawl stored its 38 pages" [ "${pages:-0}" -eq 38 ]

# ---- 2. killed part-way, then resumed ----
python3 - "$T/sites" <<'PY'
import os, sys
for h in range(3):
    d = os.path.join(sys.argv[1], "resume%d.test" % h)
    os.makedirs(d)
    n = 60
    for i in range(n):
        nxt = "".join('<a href="/p%d.html">next</a> ' % j for j in range(i + 1, min(n, i + 4)))
        open(os.path.join(d, "index.html" if i == 0 else "p%d.html" % i), "w").write(
            "<html><body><p>第%d款 高仿手表 特价</p>%s</body></html>" % (i, nxt))
PY
rm -f "$T/httpd.log"
start_httpd "$T/sites"
rargs="crawl --db $T/r.db --proxy http://127.0.0.1:$PORT --delay 30 --per-host 1 --warc-dir $T/rwarc
  http://resume0.test/ http://resume1.test/ http://resume2.test/"
# A simple command, not a shell function: $! must be the crawler itself, or
# kill -9 would hit a subshell and leave the crawler running.
# shellcheck disable=SC2086
"$TW" $rargs 2>"$T/2a.err" &
pid=$!
# kill once 20 pages have been served (at least 60 x 30 ms = 1.8 s per host remain)
served() { n=$(grep -c . "$T/httpd.log" 2>/dev/null); echo "${n:-0}"; }
i=0
while [ "$(served)" -lt 20 ] && kill -0 $pid 2>/dev/null; do
  i=$((i + 1)); [ $i -gt 600 ] && break
  sleep 0.05
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
killed=$(served)
echo "killed the first run after $killed requests"
tsan_clean "the first (killed) run before the kill" 0 "$T/2a.err"
check "the first run was killed before it finished" sh -c "! grep -q '^wangjian: [0-9]* pages' '$T/2a.err'"
# the same crawl, resumed with more transfers at once (more work for the
# parse workers and the writer thread at the same time)
# shellcheck disable=SC2086
"$TW" $rargs --delay 0 --per-host 4 --concurrency 16 --report new >"$T/2b.err" 2>&1
tsan_clean "the resumed crawl" $? "$T/2b.err"
summary "$T/2b.err"
check "the second run says it resumed" grep -q 'resumed an interrupted crawl' "$T/2b.err"
more=$(sed -n 's/^wangjian: \([0-9]*\) pages.*/\1/p' "$T/2b.err")
check "the resumed run fetched the rest (${more:-?} pages)" [ "${more:-0}" -gt 100 ]
got=$(python3 -c "
import json, sys
print(len({r['host'] + r['target'] for r in map(json.loads, open(sys.argv[1])) if not r['target'].endswith('robots.txt')}))" "$T/httpd.log")
check "every one of the 180 pages was fetched across the two runs ($got)" [ "$got" -eq 180 ]

# ---- 3. every page unchanged: conditional GETs answered 304 ----
rm -f "$T/httpd.log"
start_httpd "$TOP/seeds/demo/sites"
demo >"$T/3.err" 2>&1
tsan_clean "re-crawl of the demo shops" $? "$T/3.err"
summary "$T/3.err"
check "every page answered 304: 38 pages, 0 changed, 38 unchanged" \
  grep -q '^wangjian: 38 pages (0 changed, 38 unchanged, 0 failed)' "$T/3.err"
check "the server answered every page request with 304" python3 -c "
import json, sys
rows = [r for r in map(json.loads, open(sys.argv[1])) if not r['target'].endswith('robots.txt')]
print(len(rows), 'page requests, statuses', sorted({r['status'] for r in rows}))
sys.exit(0 if len(rows) == 38 and all(r['status'] == 304 for r in rows) else 1)" "$T/httpd.log"

# ---- 4. rescan ----
"$TW" rescan --db "$T/demo.db" 2>"$T/4.err"
tsan_clean "rescan" $? "$T/4.err"
cat "$T/4.err"
check "rescan went through the 38 stored pages" grep -q 'rescanned 38 pages' "$T/4.err"
finish
