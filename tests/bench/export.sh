#!/bin/sh
# make bench-export: export 1,000,000 leads (N) to CSV and JSON lines and
# list the leads of one province, on a synthetic database made by SQL in a
# temporary directory (tests/bench/export_gen.sh).  Reports rows/s and the
# peak RSS of each export (/usr/bin/time -v), and the time of
# `leads --province` for a large and a small province (table and jsonl,
# output to /dev/null; best of 3; wall clock and CPU time).
#
#   sh tests/bench/export.sh WANGJIAN [N]
#
# Needs sqlite3 and /usr/bin/time (Debian's time package).
set -eu
[ $# -ge 1 ] && [ -x "$1" ] || { echo "usage: export.sh WANGJIAN [N]" >&2; exit 2; }
WJ=$(readlink -f "$1")
N=${2:-1000000}
HERE=$(cd "$(dirname "$0")" && pwd)
command -v sqlite3 >/dev/null || { echo "bench-export: sqlite3 not installed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-export: /usr/bin/time not installed (apt-get install time)" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/wangjian-bench-export.XXXXXX")
trap 'rm -rf "$T"' EXIT
DB=$T/bench.db
export WANGJIAN_RULES="$HERE/../../rules/default"

s=$(date +%s.%N)
sh "$HERE/export_gen.sh" "$WJ" "$DB" "$N"
e=$(date +%s.%N)
echo "generated $N leads in $(awk "BEGIN { printf \"%.1f\", $e - $s }") s; database $(du -m "$DB" | cut -f1) MB"

# export FORMAT EXTRA...: rows/s and peak RSS
export_one() {
  fmt=$1; shift
  /usr/bin/time -v -o "$T/time" "$WJ" export --db "$DB" --what leads --format "$fmt" \
    --out "$T/out.$fmt" "$@" 2>/dev/null
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$T/time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$T/time")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$T/time")
  rows=$(($(wc -l < "$T/out.$fmt") - 1))
  [ "$fmt" = jsonl ] && rows=$((rows + 1))
  printf 'export %-5s %-22s %8d rows  %6.2f s wall  %9.0f rows/s  (CPU %6.2f s: %9.0f rows/s)  peak RSS %6d KiB  %5d MB out\n' \
    "$fmt" "$*" "$rows" "$secs" "$(awk "BEGIN { print $rows / ($secs > 0 ? $secs : 0.01) }")" \
    "$cpu" "$(awk "BEGIN { print $rows / ($cpu > 0 ? $cpu : 0.01) }")" "$rss" \
    "$(du -m "$T/out.$fmt" | cut -f1)"
  rm -f "$T/out.$fmt"
}
export_one csv
export_one jsonl
export_one csv --encoding gb18030 --header zh

# best of 3 of a leads listing: "WALL_MS/CPU_MS" (wall clock, and user +
# system CPU time, which other work on a loaded machine does not inflate)
list_ms() {
  best=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %U %S' -o "$T/lt" "$WJ" leads --db "$DB" "$@" >/dev/null 2>&1
    ms=$(awk '{ printf "%d %d", $1 * 1000, ($2 + $3) * 1000 }' "$T/lt")
    if [ -z "$best" ] || [ "${ms% *}" -lt "${best% *}" ]; then best=$ms; fi
  done
  echo "${best% *}/${best#* }"
}
echo "leads listings (ms wall/cpu, best of 3; output to /dev/null; load average: $(cut -d' ' -f1 /proc/loadavg)):"
for p in 广东 西藏; do
  rows=$("$WJ" leads --db "$DB" --province "$p" --status all --format jsonl | wc -l)
  printf '  --province %s --status all: %6d rows  table %s  jsonl %s;  open only, table: %s\n' \
    "$p" "$rows" "$(list_ms --province "$p" --status all)" \
    "$(list_ms --province "$p" --status all --format jsonl)" "$(list_ms --province "$p")"
done
printf '  --rule RULE_7 --severity high (no index: every lead read): table %s\n' \
  "$(list_ms --rule RULE_7 --severity high)"
