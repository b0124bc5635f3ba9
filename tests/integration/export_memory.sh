#!/bin/sh
# Export in constant memory (issue #14 point 5), the short form of
# `make bench-export`: the peak RSS of exporting 100,000 leads is within a
# small margin of exporting 10,000, for CSV, JSON lines and GB18030.
# Under ASan freed memory is kept in quarantine, which grows with the work
# done; quarantine_size_mb=0 makes the peak show what the program holds.
. "$TOP/tests/itlib.sh"
need sqlite3 python3
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
export WANGJIAN_RULES="$TOP/rules/default"
for n in 10000 100000; do
  sh "$TOP/tests/bench/export_gen.sh" "$WJ" "$T/l$n.db" $n || fail "generate $n leads"
done
# peak KIB ARGS...: the peak RSS of wangjian ARGS (KiB); fails on a non-zero exit
peak() { python3 -c "
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)" "$WJ" "$@"; }
for f in "--format csv" "--format jsonl" "--format csv --encoding gb18030 --header zh"; do
  # shellcheck disable=SC2086
  small=$(peak export --db "$T/l10000.db" --what leads $f --out "$T/o") || fail "export 10,000 $f"
  # shellcheck disable=SC2086
  big=$(peak export --db "$T/l100000.db" --what leads $f --out "$T/o") || fail "export 100,000 $f"
  rows=$(wc -l < "$T/o")
  check "$f: 100,000 rows written (got $rows lines)" [ "$rows" -ge 100000 ]
  check "$f: peak RSS at 100,000 rows ($big KiB) within 10% + 2 MiB of 10,000 ($small KiB)" \
    [ "$big" -le $((small + small / 10 + 2048)) ]
done
# and the leads listing as JSON lines streams too
small=$(peak leads --db "$T/l10000.db" --status all --format jsonl)
big=$(peak leads --db "$T/l100000.db" --status all --format jsonl)
check "leads --format jsonl: peak RSS at 100,000 ($big KiB) close to 10,000 ($small KiB)" \
  [ "$big" -le $((small + small / 10 + 2048)) ]
finish
