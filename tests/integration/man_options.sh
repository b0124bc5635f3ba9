#!/bin/sh
# The man page documents every option of every command: for each command
# `wangjian --help` lists, every --option in `wangjian CMD --help` appears
# in man/wangjian.1 (written \-\- or --, not as part of a longer option).
# The page reads correctly from the checkout (no @PLACEHOLDER@) and renders
# without warnings (that part is skipped when man and groff are missing).
. "$TOP/tests/itlib.sh"
MAN=$TOP/man/wangjian.1

# the page with roff's \- as a plain hyphen, for matching option names
sed 's/\\-/-/g' "$MAN" > "$T/man.txt"
"$WJ" --help > "$T/top.txt"
check "wangjian --help exits 0" [ $? -eq 0 ]
# a command is one word or two ("leads show"): the name column is 10 wide
cmds=$(sed -n '/^commands:/,/^$/s/^  \([a-z][a-z -]\{0,9\}\) .*/\1/p' "$T/top.txt" |
       sed 's/ *$//; s/ /_/')
check "wangjian --help lists commands" [ -n "$cmds" ]
n=0
for cmd in $cmds; do
  words=$(echo "$cmd" | tr _ ' ')
  # shellcheck disable=SC2086
  "$WJ" $words --help > "$T/$cmd.txt" 2>&1 || fail "wangjian $words --help exits 0"
  check "man page has a section or synopsis for $words" grep -q "wangjian $words\|^\.B $words" "$T/man.txt"
  for opt in $(grep -o -- '--[a-z][a-z0-9-]*' "$T/$cmd.txt" | sort -u); do
    n=$((n + 1))
    grep -q -- "$opt\([^a-z0-9-]\|\$\)" "$T/man.txt" || fail "$words $opt is not in man/wangjian.1"
  done
done
check "checked some options ($n)" [ "$n" -gt 20 ]
check "no @PLACEHOLDER@ in the man page" sh -c "! grep -n '@[A-Z_]*@' '$MAN'"

if command -v groff >/dev/null 2>&1; then
  # -k (preconv) and a UTF-8 device: the page has Chinese text
  groff -k -Tutf8 -man -ww -z "$MAN" > "$T/groff.err" 2>&1
  rc=$?
  cat "$T/groff.err"
  check "groff renders the page without warnings (exit $rc)" [ $rc -eq 0 ] && [ ! -s "$T/groff.err" ]
elif command -v man >/dev/null 2>&1; then
  man --warnings -l "$MAN" > /dev/null 2> "$T/man.err"
  cat "$T/man.err"
  check "man renders the page without warnings" [ ! -s "$T/man.err" ]
else
  skip_part "neither groff nor man installed: the page was not rendered"
fi
finish
