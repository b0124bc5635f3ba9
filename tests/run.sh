#!/bin/sh
# Run every unit test binary in $1 and every tests/integration/*.sh script,
# then print one summary line "N passed, N failed, N skipped".  $2
# (optional) selects tests whose name contains it.  Environment: WANGJIAN,
# HTTPD (sanitizer builds), SHARED (../shared, may be absent), BUILD, CI.
#
# A test that cannot run all of its checks (no $SHARED/data, no network for
# npm, a tool not installed) is skipped, never passed: it exits 77 (the
# automake convention) and says why on a line starting "SKIP: ".  A test
# that exits 0 but printed a line with "NOT run" (the unit tests' notes on
# a missing external suite) or cmocka's "[  SKIPPED ]" is skipped too.  A
# skip prints "SKIP name: reason".  With CI=true a skip is a failure: CI
# always has ../shared, the tools and the network, so everything must run.
unitdir=$1
filter=${2:-}
pass=0; fail=0; skip=0; failed=""; skipped=""
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export WANGJIAN_RULES_DIR="${WANGJIAN_RULES_DIR:-$(pwd)/rules/default}"
export TOP="$(pwd)"
if [ ! -d "${SHARED:-../shared}/data" ]; then
  echo "NOTE: ${SHARED:-../shared}/data not found: the external suites (WHATWG URL, robots.txt,"
  echo "      html5lib charset, WARC samples, real zh pages) are NOT run in this checkout:"
  echo "      the tests that need them are reported as skipped."
fi
logdir=${BUILD:-build}/test-logs
mkdir -p "$logdir"

# skip_reason LOG: why the test did not run everything, on one line.
skip_reason() {
  r=$(sed -n 's/^SKIP: *//p' "$1")
  [ -n "$r" ] || r=$(grep -F -e 'NOT run' -e '[  SKIPPED ]' "$1" | sed 's/^NOTE: *//; s/^ *//')
  [ -n "$r" ] || r="exit 77 without a reason ($(tail -1 "$1"))"
  printf '%s\n' "$r" | paste -s -d ';' - | sed 's/;/; /g'
}

run_one() { # name command...
  name=$1; shift
  case "$name" in *"$filter"*) ;; *) return ;; esac
  start=$(date +%s)
  "$@" >"$logdir/$name.log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  if [ "$rc" -eq 0 ] && grep -qF -e 'NOT run' -e '[  SKIPPED ]' "$logdir/$name.log"; then
    rc=77
  fi
  if [ "$rc" -eq 0 ]; then
    pass=$((pass + 1)); echo "PASS $name (${took}s)"
  elif [ "$rc" -eq 77 ] && [ "${CI:-}" != true ]; then
    skip=$((skip + 1)); skipped="$skipped $name"
    echo "SKIP $name: $(skip_reason "$logdir/$name.log")"
  else
    fail=$((fail + 1)); failed="$failed $name"
    if [ "$rc" -eq 77 ]; then
      echo "FAIL $name: skipped, and CI=true requires it to run: $(skip_reason "$logdir/$name.log")"
    else
      echo "FAIL $name (exit $rc)"
    fi
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
[ -n "$skipped" ] && echo "skipped:$skipped"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
