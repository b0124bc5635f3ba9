#!/bin/sh
# warc_reader.sh — read a WARC file written by warc/warc.c with an
# independent reader: warcio.js (npm "warcio", installed into $BUILD/node)
# driven by $SHARED/tools/warc_check.mjs, which checks the mandatory fields,
# WARC-Record-ID and WARC-Date syntax, field placement, Content-Length and
# both digests.  A deliberately corrupted copy must fail the same check, so
# the check is known to be able to fail.
#
# Env (from tests/run.sh): BUILD, SHARED.  Without $SHARED/tools, node or
# network access for npm, this prints that the check was NOT run and exits
# 77 (skipped; tests/run.sh fails it under CI=true).
set -u
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
writer="$BUILD/asan/unit/test_warc"
ready=$(sh "$TOP/tests/warcio.sh" --ready)
case $? in
0) ;;
77) echo "$ready"; echo "SKIP: $(echo "$ready" | tail -1 | sed 's/^NOTE: //')"; exit 77;;
*) echo "$ready"; exit 1;;
esac
if [ ! -x "$writer" ]; then
  echo "FAIL: $writer is not built (make unit builds it)"
  exit 1
fi
check() { sh "$TOP/tests/warcio.sh" "$1"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
WARC_WRITE_SAMPLE="$tmp" "$writer" >"$tmp/written" || { echo "FAIL: sample writer failed"; exit 1; }
file=$(head -1 "$tmp/written")

out=$(check "$file")
rc=$?
echo "$out"
records=$(echo "$out" | grep -c '"type"')
pairs=$(echo "$out" | grep '"type":"re' | grep '"block digest pass"' | grep -c '"payload digest pass')
info=$(echo "$out" | head -1 | grep -c '"type":"warcinfo"')
echo "warcio.js: exit $rc, $records records, $pairs request/response records with both digests passing"
if [ "$rc" -ne 0 ] || [ "$records" -ne 7 ] || [ "$pairs" -ne 6 ] || [ "$info" -ne 1 ]; then
  echo "FAIL: warcio.js did not accept our WARC file"
  exit 1
fi

# The offsets warc_write_pair returned are where warcio.js finds the
# response records (one gzip member per record).
ours=$(tail -n +2 "$tmp/written" | tr '\n' ' ')
theirs=$(echo "$out" | grep '"type":"response"' | sed 's/.*"offset":\([0-9]*\).*/\1/' | tr '\n' ' ')
echo "response offsets: ours [$ours] warcio.js [$theirs]"
[ "$ours" = "$theirs" ] || { echo "FAIL: record offsets disagree"; exit 1; }

# Negative control: change one body byte; the digests must now fail.
gzip -dc "$file" | sed 's/bcdefg/bcdefX/' | gzip -c >"$tmp/bad.warc.gz"
if check "$tmp/bad.warc.gz" >"$tmp/bad.out"; then
  echo "FAIL: the checker accepted a corrupted file"
  exit 1
fi
grep -q 'digest FAIL' "$tmp/bad.out" || { echo "FAIL: corruption not reported as a digest failure"; exit 1; }
echo "corrupted copy rejected: $(grep -c 'digest FAIL' "$tmp/bad.out") digest failures"

# The files a real crawl writes: crawl the demo sites with --warc-dir and
# let warcio.js read every record the crawler wrote.
if [ -n "${WANGJIAN:-}" ] && [ -n "${HTTPD:-}" ]; then
  "$HTTPD" --root "$TOP/seeds/demo/sites" --port 0 --port-file "$tmp/port" --max-seconds 60 >/dev/null 2>&1 &
  srv=$!
  i=0; while [ ! -s "$tmp/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
  "$WANGJIAN" crawl --db "$tmp/c.db" --seeds "$TOP/seeds/demo/seeds.txt" --quiet \
    --proxy "http://127.0.0.1:$(cat "$tmp/port")" --delay 0 --warc-dir "$tmp/crawl-warc"
  crc=$?
  kill $srv 2>/dev/null; wait $srv 2>/dev/null
  [ $crc -eq 0 ] || { echo "FAIL: demo crawl for WARC exited $crc"; exit 1; }
  total=0; fails=0
  for f in "$tmp"/crawl-warc/*.warc.gz; do
    out=$(check "$f") || fails=$((fails + 1))
    n=$(echo "$out" | grep '"type":"response"' | grep '"block digest pass"' | grep -c '"payload digest pass')
    total=$((total + n))
  done
  echo "crawl WARC: $total response records with both digests passing, $fails files rejected"
  [ "$fails" -eq 0 ] && [ "$total" -eq 39 ] || { echo "FAIL: expected 39 verified responses (one per demo page, and the script of the single-page shop)"; exit 1; }
fi
