#!/bin/sh
# Usage errors exit 2, runtime failures exit 1, each with one clear line on
# stderr; --help and --version exit 0 with output on stdout.
. "$TOP/tests/itlib.sh"
need sqlite3

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
# review fixes: an unknown --tz is refused (glibc would read it as UTC and
# shift every date by the zone's offset); one-digit time fields; an
# abbreviated --what still reaches the referral lists
printf 'code,name,status\n91330000MA27XXXX0X,测试,存续\n' > "$T/reg.csv"
"$WJ" import registry --db "$T/tz.db" "$T/reg.csv" >/dev/null 2>&1
rc_is 2 "report with an unknown --tz" "$WJ" report --db "$T/tz.db" --tz Asia/Shangai
check "report --tz: names the zone" grep -q "Asia/Shangai" "$T/err"
rc_is 2 "search with an unknown --tz" "$WJ" search --db "$T/tz.db" --tz Beijing --since 2026-01-01 x
rc_is 2 "leads with an unknown --tz" "$WJ" leads --db "$T/tz.db" --tz Beijing
rc_is 0 "leads --new-since with one-digit time fields" "$WJ" leads --db "$T/tz.db" --new-since 2025-01-01T1:2:3
# a registry file without a code column is refused before the database is
# opened: no new empty database is left behind, an existing one keeps its rows
printf 'firma,zustand\nx,y\n' > "$T/reg-nohdr.csv"
rc_is 1 "import registry without a code column" "$WJ" import registry --db "$T/fresh.db" "$T/reg-nohdr.csv"
check "import registry without a code column: FILE:1 on one line" sh -c "grep -q 'reg-nohdr.csv:1:' '$T/err' && [ \$(wc -l < '$T/err') -eq 1 ]"
check "import registry without a code column: no new database left behind" sh -c "! ls '$T'/fresh.db* >/dev/null 2>&1"
rc_is 1 "import registry without a code column into an existing database" "$WJ" import registry --db "$T/tz.db" "$T/reg-nohdr.csv"
check "the existing database keeps the registry row imported before" \
  sh -c "[ \"\$(sqlite3 -readonly '$T/tz.db' 'SELECT name FROM registry')\" = 测试 ]"
rc_is 0 "export --wha referrals (an abbreviation getopt takes)" "$WJ" export --db "$T/tz.db" --wha referrals --authority telecom
check "export --wha referrals: the telecom list's header" grep -q "domain" "$T/out"

finish
