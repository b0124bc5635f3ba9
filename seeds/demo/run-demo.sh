#!/bin/sh
# make demo: start the test server on loopback as an HTTP proxy in front of
# the demo shop sites, crawl them into a fresh database, print the summary
# and the new leads (--report new, the cron mail),
# write demo-leads.csv and stop the server.
#   usage: run-demo.sh WANGJIAN HTTPD
set -u
WJ=$1
HTTPD=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/wangjian-demo.XXXXXX")
srv_pid=""
cleanup() {
  [ -n "$srv_pid" ] && kill "$srv_pid" 2>/dev/null && wait "$srv_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$HTTPD" --root "$top/seeds/demo/sites" --port 0 --port-file "$work/port" \
  --max-seconds 300 --log "$work/httpd.log" >/dev/null 2>"$work/httpd.err" &
srv_pid=$!
i=0
while [ ! -s "$work/port" ]; do
  i=$((i + 1))
  if [ $i -gt 100 ] || ! kill -0 "$srv_pid" 2>/dev/null; then
    echo "demo: the test server did not start:" >&2
    cat "$work/httpd.err" >&2
    exit 1
  fi
  sleep 0.1
done
port=$(cat "$work/port")
echo "demo: shop sites served on 127.0.0.1:$port (as an HTTP proxy for the .test hosts)"

rm -f demo.db demo.db-wal demo.db-shm demo-leads.csv demo-report.html
rm -rf demo-warc
# --report new: the summary and the new leads, as the nightly cron mail has them
"$WJ" crawl --db demo.db --seeds "$top/seeds/demo/seeds.txt" \
  --proxy "http://127.0.0.1:$port" --delay 50 --warc-dir demo-warc --report new || exit 1
"$WJ" export --db demo.db --what leads --format csv --out demo-leads.csv || exit 1
echo
# what --render changes: the single-page shop minxiu-crafts.test again, without a browser
echo "demo: minxiu-crafts.test writes its licence block, ICP number and claims with JavaScript."
echo "      With --render auto (above) the crawl judged what a visitor sees:"
"$WJ" leads --db demo.db --host minxiu-crafts.test --status all || exit 1
"$WJ" crawl --db "$work/never.db" --proxy "http://127.0.0.1:$port" --delay 50 --no-warc \
  --render never --quiet http://minxiu-crafts.test/ || exit 1
echo "      With --render never it sees only the HTML shell (licence and ICP \"missing\"):"
"$WJ" leads --db "$work/never.db" --status all || exit 1
echo
# the 统计表 of the last 7 days by province (the full default layout adds a
# table by rule and one block per province; --format html draws the charts)
"$WJ" report --db demo.db --by province || exit 1
"$WJ" report --db demo.db --format html --out demo-report.html || exit 1
echo
echo "demo: wrote demo-leads.csv, demo-report.html (the 统计表 with charts, A4), demo.db"
echo "      and WARC evidence in demo-warc/"
