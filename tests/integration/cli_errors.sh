#!/bin/sh
# Usage errors exit 2, runtime failures exit 1, each with one clear line on
# stderr; --help and --version exit 0 with output on stdout.
. "$TOP/tests/itlib.sh"

rc_is() { # expected-rc description command...
  want=$1; d=$2; shift 2
  "$@" >"$T/out" 2>"$T/err"; got=$?
  if [ "$got" -eq "$want" ]; then ok "$d (exit $got)"; else fail "$d: exit $got, wanted $want"; cat "$T/err"; fi
}

rc_is 0 "--help" "$WJ" --help
check "--help lists the commands on stdout" grep -q 'crawl' "$T/out"
rc_is 0 "--version" "$WJ" --version
check "--version prints the version" grep -q '^wangjian [0-9]' "$T/out"
for c in crawl rescan search leads export report parse rules import evidence; do
  rc_is 0 "$c --help" "$WJ" "$c" --help
  check "$c --help prints usage" grep -q "usage: wangjian $c" "$T/out"
done

rc_is 2 "no command" "$WJ"
rc_is 2 "unknown command" "$WJ" frobnicate
check "unknown command: one line" one_line_error "$T/err"
rc_is 2 "bad flag" "$WJ" crawl --db "$T/x.db" --bogus http://a.test/
check "bad flag: a hint naming the command's help" grep -q "see 'wangjian crawl --help'" "$T/err"
check "bad flag: exactly one line" one_line_error "$T/err"
rc_is 2 "bad number" "$WJ" crawl --db "$T/x.db" --max-pages abc http://a.test/
check "bad number: one line" one_line_error "$T/err"
rc_is 2 "crawl without --db" "$WJ" crawl http://a.test/
rc_is 2 "crawl without seeds" "$WJ" crawl --db "$T/x.db"
rc_is 2 "export with a bad --what" "$WJ" export --db "$T/x.db" --what pages --format csv
rc_is 2 "export with a bad --format" "$WJ" export --db "$T/x.db" --what leads --format xml

rc_is 1 "missing seeds file" "$WJ" crawl --db "$T/x.db" --seeds "$T/no-such-seeds.txt"
check "missing seeds file: one line naming the file" sh -c "grep -q 'no-such-seeds.txt' '$T/err' && [ \$(wc -l < '$T/err') -eq 1 ]"
rc_is 1 "unwritable database path" "$WJ" crawl --db "$T/no/such/dir/x.db" http://a.test/
check "unwritable database: one line naming the path" sh -c "grep -q 'no/such/dir/x.db' '$T/err' && [ \$(wc -l < '$T/err') -eq 1 ]"
printf 'SQLite format 3\000garbage garbage garbage' > "$T/corrupt.db"
cp "$T/corrupt.db" "$T/corrupt.orig"
rc_is 1 "corrupt database" "$WJ" leads --db "$T/corrupt.db"
check "corrupt database left untouched" cmp -s "$T/corrupt.db" "$T/corrupt.orig"
mkdir -p "$T/badrules"
printf '[ABSOLUTE_TERM]\nseverity = catastrophic\npattern = (unclosed\n' > "$T/badrules/x.ini"
rc_is 1 "rules check on a broken rulebook" "$WJ" rules check "$T/badrules"
check "rules check names file:line" grep -q 'x.ini:[0-9]' "$T/err"
rc_is 0 "rules check on the shipped rulebook" "$WJ" rules check "$TOP/rules/default"
rc_is 0 "rules list" "$WJ" rules list
check "rules list shows COUNTERFEIT_TERM" grep -q COUNTERFEIT_TERM "$T/out"
finish
