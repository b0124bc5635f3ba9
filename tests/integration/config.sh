#!/bin/sh
# --config FILE and $WANGJIAN_CONFIG against the real commands: a crawl whose
# db, seeds, warc-dir and log come from a config in another folder while
# the working directory is elsewhere; the command line winning for a scalar
# and for a repeatable option; every mistake in the file exits 2 naming
# FILE:LINE before any database is created; the shipped example is valid.
. "$TOP/tests/itlib.sh"
case $WJ in /*) ;; *) WJ=$TOP/$WJ ;; esac   # the test changes directory

rc_is() { # expected-rc description command...
  want=$1; d=$2; shift 2
  "$@" >"$T/out" 2>"$T/err"; got=$?
  if [ "$got" -eq "$want" ]; then ok "$d (exit $got)"; else fail "$d: exit $got, wanted $want"; cat "$T/err"; fi
}
# says TEXT: stderr of the last rc_is is one line containing TEXT.
says() { grep -qF -- "$1" "$T/err" && [ "$(wc -l < "$T/err")" -eq 1 ] || { cat "$T/err"; false; }; }
pages() { sqlite3 -readonly "$1" 'SELECT count(*) FROM pages' 2>/dev/null; }

chain_site "$T/sites/a.test" 3 1
chain_site "$T/sites/b.test" 2 1
start_httpd "$T/sites"
mkdir -p "$T/conf/data" "$T/cwd"
printf 'http://a.test:%s/\nhttp://b.test:%s/\n' "$PORT" "$PORT" > "$T/conf/seeds.txt"
cat > "$T/conf/wj.conf" <<EOF
# global
db = data/cfg.db

[crawl]
seeds = seeds.txt
warc-dir = warc
log = crawl.jsonl
allow-private = true
resolve = a.test:$PORT:127.0.0.1
resolve = b.test:$PORT:127.0.0.1
delay = 0
timeout = 3000
quiet = true

[leads]
status = all
EOF

# ---- paths from the config's folder, cwd elsewhere ----
cd "$T/cwd" || exit 1
rc_is 0 "crawl with everything from ../conf/wj.conf" "$WJ" crawl --config ../conf/wj.conf
check "the database is beside the config (data/cfg.db)" [ -s "$T/conf/data/cfg.db" ]
check "WARC evidence in the config's warc/" sh -c "ls '$T/conf/warc/' | grep -q warc"
check "the log in the config's folder" [ -s "$T/conf/crawl.jsonl" ]
check "nothing written in the working directory" [ -z "$(ls -A "$T/cwd")" ]
check "quiet = true: no summary line" [ ! -s "$T/err" ]
check "both seeds crawled through both --resolve lines (5 pages)" [ "$(pages "$T/conf/data/cfg.db")" = 5 ]

rc_is 0 "leads with the config" "$WJ" leads --config "$T/conf/wj.conf"
check "[leads] status = all applies" grep -q '(all)' "$T/err"
check "the leads of the crawl are listed" grep -q COUNTERFEIT_TERM "$T/out"

# ---- the command line wins ----
rc_is 0 "leads --status open on the command line" "$WJ" leads --config "$T/conf/wj.conf" --status open
check "the command line's scalar wins" grep -q '(open)' "$T/err"
rc_is 0 "crawl with one --resolve on the command line" "$WJ" crawl --config "$T/conf/wj.conf" \
  --db "$T/cl.db" --resolve "a.test:$PORT:127.0.0.1"
check "the command line's --db wins" [ -s "$T/cl.db" ]
check "the command line's --resolve replaces the config's list: b.test not crawled (3 pages)" \
  [ "$(pages "$T/cl.db")" = 3 ]

# ---- $WANGJIAN_CONFIG ----
cd "$T" || exit 1
WANGJIAN_CONFIG="$T/conf/wj.conf" rc_is 0 "report with \$WANGJIAN_CONFIG" "$WJ" report
check "\$WANGJIAN_CONFIG gives the db (its 5 pages checked)" grep -Eq '^合计 +[0-9]+ +5 ' "$T/out"
printf 'frob = 1\n' > "$T/bad-env.conf"
WANGJIAN_CONFIG="$T/bad-env.conf" rc_is 0 "--config wins over \$WANGJIAN_CONFIG" \
  "$WJ" report --config "$T/conf/wj.conf"
WANGJIAN_CONFIG="$T/bad-env.conf" rc_is 2 "a bad \$WANGJIAN_CONFIG is a usage error" "$WJ" report
check "... naming it" says "$T/bad-env.conf:1: unknown option 'frob'"

# ---- mistakes: exit 2, FILE:LINE, before any database exists ----
mkdir -p "$T/bad"
bad() { # description line message config-text [command...]
  d=$1; line=$2; msg=$3; text=$4; shift 4
  [ $# -gt 0 ] || set -- crawl
  printf '%s' "$text" > "$T/bad/w.conf"
  rc_is 2 "$d" "$WJ" "$@" --config "$T/bad/w.conf"
  check "$d: names w.conf:$line" says "$T/bad/w.conf:$line: $msg"
  check "$d: no database created" [ ! -e "$T/bad/new.db" ]
}
bad "unknown key" 4 "unknown option 'seedz' in [crawl]" \
  "db = new.db
[crawl]
seeds = s.txt
seedz = s.txt
"
bad "unknown section" 3 "unknown section [crawll]" \
  "db = new.db

[crawll]
seeds = s.txt
"
bad "bad flag value" 5 "'quiet' takes true or false, not 'yes'" \
  "db = new.db
[crawl]
seeds = s.txt

quiet = yes
"
bad "bad number" 6 "--max-pages needs a number from 0 to 1000000000, not 'lots'" \
  "db = new.db
[crawl]
seeds = s.txt
# a comment

max-pages = lots
" crawl http://a.test/
bad "bad --status for leads" 3 "--status must be open, confirmed, dismissed, referred, resolved or all" \
  "db = new.db
[leads]
status = closed
" leads
bad "a key of another command" 2 "unknown option 'status' in [crawl]" \
  "[crawl]
status = all
db = new.db
"
rc_is 2 "missing config file" "$WJ" leads --config "$T/nope.conf"
check "missing config: one line naming it" says "cannot read config '$T/nope.conf'"
rc_is 2 "--config without FILE" "$WJ" leads --config
rc_is 0 "--help whatever the config says" "$WJ" crawl --config "$T/bad/w.conf" --help
check "--help prints usage" grep -q 'usage: wangjian crawl' "$T/out"

# ---- the shipped example ----
rc_is 0 "config check on docs/wangjian.conf.example" "$WJ" config check "$TOP/docs/wangjian.conf.example"
rc_is 0 "leads against a test db with the example's db overridden" \
  "$WJ" leads --config "$TOP/docs/wangjian.conf.example" --db "$T/conf/data/cfg.db"
check "the example's [leads] status = open applies" grep -q '(open)' "$T/err"
check "the example's relative db was not used" [ ! -e "$TOP/docs/leads.db" ]
rc_is 2 "config check names the first mistake" "$WJ" config check "$T/bad/w.conf"
check "config check: FILE:LINE" says "$T/bad/w.conf:2: unknown option 'status' in [crawl]"
finish
