#!/bin/sh
# Run every unit test binary in $1 and every tests/integration/*.sh script,
# then print one summary line "N passed, N failed".  $2 (optional) selects
# tests whose name contains it.  Environment: WANGJIAN, HTTPD (sanitizer
# builds), SHARED (../shared, may be absent), BUILD.
unitdir=$1
filter=${2:-}
pass=0; fail=0; failed=""
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export WANGJIAN_RULES_DIR="${WANGJIAN_RULES_DIR:-$(pwd)/rules/default}"
export TOP="$(pwd)"
if [ ! -d "${SHARED:-../shared}/data" ]; then
  echo "NOTE: ${SHARED:-../shared}/data not found: the external suites (WHATWG URL, robots.txt,"
  echo "      html5lib charset, WARC samples, real zh pages) are NOT run in this checkout."
fi
logdir=${BUILD:-build}/test-logs
mkdir -p "$logdir"
run_one() { # name command...
  name=$1; shift
  case "$name" in *"$filter"*) ;; *) return ;; esac
  start=$(date +%s)
  if "$@" >"$logdir/$name.log" 2>&1; then
    pass=$((pass + 1)); echo "PASS $name ($(( $(date +%s) - start ))s)"
  else
    fail=$((fail + 1)); failed="$failed $name"; echo "FAIL $name"
    sed 's/^/    /' "$logdir/$name.log" | tail -40
  fi
}
for t in "$unitdir"/test_*; do
  [ -x "$t" ] || continue
  run_one "$(basename "$t")" "$t"
done
for t in tests/integration/*.sh; do
  [ -f "$t" ] || continue
  run_one "$(basename "$t" .sh)" sh "$t"
done
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
