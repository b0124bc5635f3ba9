# Shared helpers for integration tests (sourced, POSIX sh).
# Env: WANGJIAN, HTTPD (sanitizer builds), TOP (repo root), SHARED.
set -u
WJ=${WANGJIAN:?WANGJIAN not set}
T=$(mktemp -d "${TMPDIR:-/tmp}/wangjian-it.XXXXXX")
SRV_PID=""
FAILS=0
SKIPS=""
cleanup() {
  [ -n "$SRV_PID" ] && kill "$SRV_PID" 2>/dev/null && wait "$SRV_PID" 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT INT TERM

fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
ok() { echo "ok: $*"; }
check() { # description command...
  d=$1; shift
  if "$@"; then ok "$d"; else fail "$d"; fi
}
# Exit status 77 (tests/run.sh counts it as skipped; under CI=true as
# failed) for a test that cannot run, or could not run all its checks.
skip() { echo "SKIP: $*"; exit 77; }
# skip_part REASON: some checks could not run; the others go on, and
# finish() reports the test as skipped if nothing failed.
skip_part() { echo "SKIP: $*"; SKIPS="${SKIPS:+$SKIPS; }$*"; }
# need TOOL...: skip the test when a tool is not installed.
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || PATH=$PATH:/usr/sbin:/sbin
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not installed (make deps installs it)"
  done
}
finish() {
  [ "$FAILS" -eq 0 ] || { echo "$FAILS check(s) failed"; exit 1; }
  [ -z "$SKIPS" ] || { echo "the checks that ran passed; NOT all ran: $SKIPS"; exit 77; }
  echo "all checks passed"
}

# start_httpd ROOT [extra args]: sets PORT; the server stops itself later.
start_httpd() {
  root=$1; shift
  if [ -n "$SRV_PID" ]; then kill "$SRV_PID" 2>/dev/null; wait "$SRV_PID" 2>/dev/null; fi
  rm -f "$T/port"
  "$HTTPD" --root "$root" --port 0 --port-file "$T/port" --max-seconds 120 \
    --log "$T/httpd.log" "$@" >/dev/null 2>"$T/httpd.err" &
  SRV_PID=$!
  i=0
  while [ ! -s "$T/port" ]; do
    i=$((i + 1))
    if [ $i -gt 200 ] || ! kill -0 "$SRV_PID" 2>/dev/null; then
      echo "test server did not start:"; cat "$T/httpd.err"; exit 1
    fi
    sleep 0.05
  done
  PORT=$(cat "$T/port")
}

# one_line_error FILE: stderr has exactly one line and starts with wangjian:
one_line_error() {
  [ "$(wc -l < "$1")" -eq 1 ] && grep -q '^wangjian: ' "$1"
}

# chain_site DIR N FANOUT: N pages in DIR (index.html, p1.html ...), each
# saying 高仿 (a COUNTERFEIT_TERM finding) and linking to the next FANOUT
# pages, so a crawl finds them one after another.
chain_site() {
  python3 - "$1" "$2" "$3" <<'PY'
import os, sys
d, n, fan = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(d)
for i in range(n):
    nxt = "".join('<a href="/p%d.html">next</a> ' % j for j in range(i + 1, min(n, i + 1 + fan)))
    name = "index.html" if i == 0 else "p%d.html" % i
    open(os.path.join(d, name), "w").write(
        "<html><body><p>第%d款 高仿手表 特价</p>%s</body></html>" % (i, nxt))
PY
}

# wait_until SECONDS WHAT COMMAND...: run COMMAND every 0.1 s until it
# succeeds (return 0) or SECONDS have passed (say what was awaited, return
# 1).  For a state a test needs before it acts (pages stored, a request at
# the server), instead of a fixed sleep that a busy machine outlasts; the
# limit is generous because reaching it means failure, not a slow pass.
wait_until() {
  limit=$1; what=$2; shift 2
  end=$(( $(date +%s) + limit ))
  until "$@"; do
    if [ "$(date +%s)" -ge "$end" ]; then
      echo "waited ${limit} s, in vain, for: $what"
      return 1
    fi
    sleep 0.1
  done
}

# pages_stored DB N: true once DB holds at least N committed pages (a
# read-only reader beside the crawl's writer: the store uses WAL).  The
# sqlite3 shell, not python, so a poll costs little on a busy machine.
pages_stored() {
  n=$(sqlite3 -readonly "$1" 'SELECT count(*) FROM pages' 2>/dev/null) || n=0
  [ "${n:-0}" -ge "$2" ]
}
