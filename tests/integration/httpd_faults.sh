#!/bin/sh
# Integration test of the loopback test server (tests/httpd): serve a temp
# tree with real HTTP, check every fault prefix and the counters
# (httpd_faults.py), then check a clean SIGTERM stop (exit 0, stats file,
# no sanitizer report), --max-seconds, and the loopback-only --bind rule.
# Env: HTTPD (sanitizer build of the server), TOP (repo root).
set -u
HTTPD=${HTTPD:-build/asan/httpd}
TOP=${TOP:-$(pwd)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/httpd_faults.XXXXXX")
pids=""
fail=0

cleanup() {
  for p in $pids; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

bad() { echo "FAIL $*"; fail=1; }

# wait_file FILE SECONDS: succeed once FILE exists and is not empty.
wait_file() {
  i=0
  while [ ! -s "$1" ]; do
    i=$((i + 1))
    [ "$i" -gt $(($2 * 10)) ] && return 1
    sleep 0.1
  done
}

# wait_exit PID SECONDS: succeed once PID is gone.
wait_exit() {
  i=0
  while kill -0 "$1" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -gt $(($2 * 10)) ] && return 1
    sleep 0.1
  done
}

# sanitizer_clean STDERR_FILE: no ASan/LSan/UBSan report.
sanitizer_clean() {
  ! grep -E 'AddressSanitizer|LeakSanitizer|runtime error' "$1" >/dev/null
}

[ -x "$HTTPD" ] || { echo "FAIL: HTTPD '$HTTPD' not built"; exit 1; }

root=$tmp/root
mkdir -p "$root/shop-a.test/sub" "$root/shop-b.test" "$root/slow.test" "$root/seq.test"
printf '<!doctype html><html><head><title>A</title></head><body>shop a</body></html>\n' \
  >"$root/shop-a.test/index.html"
printf '<html><body>sub</body></html>\n' >"$root/shop-a.test/sub/index.html"
printf 'space in name\n' >"$root/shop-a.test/page one.txt"
printf 'plain text a\n' >"$root/shop-a.test/page.txt"
printf '{"k": 1}\n' >"$root/shop-a.test/data.json"
python3 -c 'import sys; sys.stdout.write("".join(chr(97 + i % 26) for i in range(999)) + "\n")' \
  >"$root/shop-a.test/big.txt"
printf '<html><body>shop b</body></html>\n' >"$root/shop-b.test/index.html"
printf 'plain text b\n' >"$root/shop-b.test/page.txt"
printf 'slow\n' >"$root/slow.test/index.html"
printf 'seq\n' >"$root/seq.test/index.html"

# --- the main server: all HTTP checks ---
"$HTTPD" --root "$root" --port-file "$tmp/port" --max-seconds 120 --log "$tmp/log" \
  --stats "$tmp/stats.json" >"$tmp/out" 2>"$tmp/err" &
srv=$!
pids="$srv"
if ! wait_file "$tmp/port" 20; then
  echo "FAIL: server wrote no port file"; cat "$tmp/err"; exit 1
fi
port=$(cat "$tmp/port")
grep -qx "PORT=$port" "$tmp/out" || bad "stdout lacks PORT=$port"

python3 "$TOP/tests/integration/httpd_faults.py" "$port" "$root" "$tmp/log" || fail=1

kill -TERM "$srv"
if wait_exit "$srv" 20; then
  wait "$srv"; rc=$?; pids=""
  [ "$rc" -eq 0 ] && echo "ok   SIGTERM: clean exit 0" || bad "SIGTERM: exit status $rc"
else
  bad "SIGTERM: server still running after 20 s"
fi
if sanitizer_clean "$tmp/err"; then echo "ok   no sanitizer or leak report"
else bad "sanitizer report:"; cat "$tmp/err"; fi
python3 - "$tmp/stats.json" <<'EOF' && echo "ok   --stats file written at exit" || bad "--stats file"
import json, sys
hosts = json.load(open(sys.argv[1]))["hosts"]
assert hosts["slow.test"]["max_concurrent"] == 3, hosts
assert hosts["shop-a.test"]["requests"] > 10, hosts
EOF

# --- --max-seconds stops the server by itself ---
start=$(date +%s)
"$HTTPD" --root "$root" --port-file "$tmp/port2" --max-seconds 1 >/dev/null 2>"$tmp/err2" &
p2=$!
pids="$pids $p2"
wait_file "$tmp/port2" 20 || bad "max-seconds: no port file"
# Keep busy connections open across the deadline: an endless body nobody
# reads, a pending delay, an idle keep-alive; shutdown must still be clean.
python3 - "$(cat "$tmp/port2")" <<'EOF' &
import socket, sys, time
port = int(sys.argv[1])
socks = []
for req in (b"GET /__endless HTTP/1.1\r\nHost: shop-a.test\r\n\r\n",
            b"GET /__delay/9000/ HTTP/1.1\r\nHost: shop-a.test\r\n\r\n",
            b"GET / HTTP/1.1\r\nHost: shop-b.test\r\n\r\n", b""):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(req)
    socks.append(s)
time.sleep(3)
EOF
holder=$!
if wait_exit "$p2" 20; then
  wait "$p2"; rc=$?; pids=""
  took=$(( $(date +%s) - start ))
  grep -q 'max-seconds reached' "$tmp/err2" || bad "max-seconds: no stop message"
  [ "$rc" -eq 0 ] && echo "ok   --max-seconds 1 with busy connections: exit 0 after ${took}s" ||
    bad "max-seconds: exit $rc"
  sanitizer_clean "$tmp/err2" || { bad "max-seconds: sanitizer report"; cat "$tmp/err2"; }
else
  bad "max-seconds: still running after 20 s"
fi
wait "$holder"

# --- loopback only ---
for addr in 0.0.0.0 192.168.1.1 :: 8.8.8.8 not-an-ip; do
  "$HTTPD" --root "$root" --bind "$addr" --port-file "$tmp/port3" --max-seconds 1 \
    >/dev/null 2>"$tmp/err3"
  rc=$?
  if [ "$rc" -eq 2 ] && grep -q "$addr" "$tmp/err3" && [ ! -e "$tmp/port3" ]; then
    echo "ok   --bind $addr refused (exit 2)"
  else
    bad "--bind $addr: exit $rc, $(cat "$tmp/err3")"
  fi
done
"$HTTPD" --root "$root" --bind 127.0.0.2 --port-file "$tmp/port4" --max-seconds 1 \
  >/dev/null 2>"$tmp/err4" &
p4=$!
pids="$pids $p4"
if wait_exit "$p4" 20; then
  wait "$p4"; rc=$?; pids=""
  [ "$rc" -eq 0 ] && [ -s "$tmp/port4" ] && echo "ok   --bind 127.0.0.2 accepted" ||
    bad "--bind 127.0.0.2: exit $rc $(cat "$tmp/err4")"
else
  bad "--bind 127.0.0.2: still running after 20 s"
fi
"$HTTPD" --help | grep -q -- '--max-seconds' && echo "ok   --help on stdout" || bad "--help"
"$HTTPD" --bogus >/dev/null 2>&1
[ $? -eq 2 ] && echo "ok   unknown option exit 2" || bad "unknown option exit status"

[ "$fail" -eq 0 ] && echo "httpd_faults: all checks passed"
exit "$fail"
