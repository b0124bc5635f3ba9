#!/bin/sh
# docs/ stays true: every option the operations guide and the systemd
# service pass to wangjian exists in that command's --help, and
# systemd-analyze accepts the service and timer (apart from the binary and
# man page not being installed on the test machine).
. "$TOP/tests/itlib.sh"
D=$TOP/docs
for f in "$D/operations.md" "$D/wangjian.service" "$D/wangjian.timer"; do
  check "$(basename "$f") exists" [ -s "$f" ]
done
# "wangjian CMD --opt ..." lines (continuations joined), per command
sed -e ':a' -e '/\\$/N; s/\\\n//; ta' "$D/operations.md" "$D/wangjian.service" |
  grep -o 'wangjian [a-z]\+ --[^>|&#]*' > "$T/uses"
check "the guide shows wangjian commands with options" [ -s "$T/uses" ]
while read -r _ cmd rest; do
  "$WJ" "$cmd" --help > "$T/help" 2>&1 || { fail "wangjian $cmd --help"; continue; }
  for opt in $(printf '%s\n' "$rest" | grep -o -- '--[a-z][a-z-]*'); do
    grep -q -- "$opt\([^a-z-]\|\$\)" "$T/help" || fail "docs use wangjian $cmd $opt, which --help lacks"
  done
done < "$T/uses"
check "systemd units and crontab name the installed binary" \
  grep -q '^ExecStart=/usr/local/bin/wangjian crawl' "$D/wangjian.service"

if command -v systemd-analyze >/dev/null 2>&1; then
  (cd "$D" && timeout 60 systemd-analyze verify ./wangjian.service ./wangjian.timer) \
    > "$T/verify" 2>&1
  grep -v -e 'is not executable: No such file' -e "Command 'man wangjian(1)' failed" \
    -e 'wangjian(1)' "$T/verify" > "$T/verify.other"
  cat "$T/verify.other"
  check "systemd-analyze verify finds nothing else wrong" [ ! -s "$T/verify.other" ]
else
  skip_part "systemd-analyze not installed: the unit files were not verified"
fi
finish
