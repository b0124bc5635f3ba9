#!/bin/sh
# What a capture records and when a lead is resolved (issue #12, points 1
# and 2): each run keeps its options, the tool and the rulebook's declared
# version and digest (the digest is what `sha256sum` of the rule files
# gives); a capture keeps the URL the answer came from after redirects; a
# page whose extracted facts change while its text stays the same is a new
# capture, unless the body is the stored one (a newer parser's reading); a lead whose page was fixed is resolved only by a run that
# finished, not by one that failed.
. "$TOP/tests/itlib.sh"
need sqlite3 python3

page() { printf '<html><head><title>店</title></head><body><p>%s</p>%s</body></html>\n' "$2" "$3" > "$1"; }
S=$T/sites/cap.test
mkdir -p "$S"
BAD='本店另售高仿名牌手表，欢迎咨询。'
page "$S/index.html" "首页" '<a href="/a.html">a</a> <a href="/__redirect/2/b.html">b</a>'
page "$S/a.html" "运动鞋 $BAD" ''
page "$S/b.html" "登山包 正品" ''
start_httpd "$T/sites"
DB=$T/c.db
crawl() { "$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet "$@" \
  http://cap.test/ </dev/null; }
q() { sqlite3 -readonly "$DB" "$1"; }

crawl --max-pages 50 || fail "first crawl"
# ---- the run knows what made its captures ----
# (the second reader's model joins the digest when the rulebook has one)
digest=$(cd "$TOP/rules/default" && { if [ -e reader.model ]; then LC_ALL=C sha256sum *.ini reader.model;
         else LC_ALL=C sha256sum *.ini; fi; } | sha256sum | cut -d' ' -f1)
check "the run keeps the rulebook digest sha256sum gives ($digest)" \
  [ "$(q 'SELECT rulebook_sha256 FROM runs ORDER BY id LIMIT 1')" = "$digest" ]
check "and the rulebook's declared version (rules/default/VERSION)" \
  [ "$(q 'SELECT rulebook_version FROM runs ORDER BY id LIMIT 1')" = "$(head -1 "$TOP/rules/default/VERSION")" ]
check "and the tool with its version" sh -c "[ \"\$(sqlite3 -readonly '$DB' 'SELECT tool FROM runs LIMIT 1')\" = \"wangjian \$('$WJ' --version | cut -d' ' -f2)\" ]"
q 'SELECT options FROM runs ORDER BY id LIMIT 1' > "$T/opts.json"
check "and its options as JSON (seeds, delay, max_pages, proxy)" python3 -c "
import json, sys
o = json.load(open(sys.argv[1]))
sys.exit(0 if o['seeds'] == ['http://cap.test/'] and o['delay_ms'] == 0 and o['max_pages'] == 50
         and o['proxy'].startswith('http://127.0.0.1:') and o['rules'].endswith('rules/default') else 1)" "$T/opts.json"
check "a redirected page's capture names the URL the answer came from" \
  [ "$(q "SELECT final_url FROM captures WHERE url LIKE '%__redirect/2/b.html'")" = "http://cap.test/__redirect/0/b.html" ]
check "a page without redirects has no final_url" \
  [ -z "$(q "SELECT final_url FROM captures WHERE url = 'http://cap.test/a.html'")" ]

# ---- facts changed, text the same: a new capture; nothing changed: none ----
n0=$(q "SELECT count(*) FROM captures WHERE url = 'http://cap.test/b.html' OR url LIKE '%/b.html'")
crawl
check "an unchanged site adds no capture" \
  [ "$(q "SELECT count(*) FROM captures WHERE url LIKE '%/b.html'")" = "$n0" ]
page "$S/b.html" "登山包 正品" '<img src="/lic.jpg" alt="营业执照">'
crawl
check "a licence image added (same visible text): a new capture" \
  [ "$(q "SELECT count(*) FROM captures WHERE url LIKE '%/b.html'")" = "$((n0 + 1))" ]
check "the old capture stays as it was" \
  [ "$(q "SELECT count(DISTINCT sha256) FROM captures WHERE url LIKE '%/b.html'")" = 2 ]
# the same body read differently (as by the parser of an older wangjian,
# whose facts digest the database still holds): no new version, not changed
sqlite3 "$DB" "UPDATE pages SET facts = 'from-an-older-parser' WHERE url LIKE '%/b.html'"
touch -d "@$(($(date +%s) + 100))" "$S/b.html"   # a new ETag: fetched in full, same bytes
crawl
check "the same body read by a newer parser: no new capture" \
  [ "$(q "SELECT count(*) FROM captures WHERE url LIKE '%/b.html'")" = "$((n0 + 1))" ]
check "and the run counts no page changed" \
  [ "$(q 'SELECT changed FROM runs ORDER BY id DESC LIMIT 1')" = 0 ]
check "the page holds what this parser reads" \
  [ "$(q "SELECT count(*) FROM pages WHERE url LIKE '%/b.html' AND facts != 'from-an-older-parser'")" = 1 ]

# ---- a fixed page is resolved only by a run that finished ----
page "$S/a.html" "运动鞋 正品" ''
page "$S/index.html" "首页" '<a href="/a.html">a</a> <a href="/__status/500/x1">1</a> <a href="/__status/500/x2">2</a> <a href="/__status/500/x3">3</a> <a href="/__status/500/x4">4</a>'
crawl --max-error-rate 10 2>"$T/err"
rc=$?
check "too many server errors: the run failed (exit $rc)" sh -c "[ $rc -eq 1 ] && grep -q 'error' '$T/err'"
check "so the counterfeit lead is still open" \
  [ "$(q "SELECT status FROM leads WHERE rule = 'COUNTERFEIT_TERM'")" = open ]
check "though its page no longer shows it" \
  [ "$(q "SELECT sum(showing) FROM lead_pages WHERE rule = 'COUNTERFEIT_TERM'")" = 0 ]
# a rescan that could not read the page back re-judged nothing: it resolves nothing
mv "$DB.warc" "$T/warc.away"
"$WJ" rescan --db "$DB" 2>/dev/null
check "a rescan that could not re-check the page leaves the lead open" \
  [ "$(q "SELECT status FROM leads WHERE rule = 'COUNTERFEIT_TERM'")" = open ]
mv "$T/warc.away" "$DB.warc"
# nor does a rulebook whose every rule is off
mkdir -p "$T/off" && sed 's/^severity/enabled = false\nseverity/' "$TOP/rules/default/counterfeit.ini" > "$T/off/counterfeit.ini"
cp "$TOP/rules/default/00-lists.ini" "$T/off/"   # the named lists counterfeit.ini uses
"$WJ" rescan --db "$DB" --rules "$T/off" 2>"$T/err"
rc=$?
check "a rescan with no rule enabled exits 0 (got $rc) and leaves every lead as it was" \
  sh -c "[ $rc -eq 0 ] && [ \"\$(sqlite3 -readonly '$DB' \"SELECT count(*) FROM leads WHERE status = 'resolved'\")\" = 0 ]"
# a finished run in which the page answered 403: not seen, so not resolved
echo 403 > "$S/a.html.status"
crawl --max-error-rate 100 || fail "a crawl where the page answers 403"
check "a finished run where the fixed page answered 403 leaves the lead open" \
  [ "$(q "SELECT status FROM leads WHERE rule = 'COUNTERFEIT_TERM'")" = open ]
rm "$S/a.html.status"
crawl --max-error-rate 100 || fail "a crawl that tolerates the errors"
check "the next run that finished resolved it" \
  [ "$(q "SELECT status FROM leads WHERE rule = 'COUNTERFEIT_TERM'")" = resolved ]
check "recorded under that run, not the failed one" \
  [ "$(q "SELECT e.run_id FROM lead_events e JOIN leads l USING(lead_id) WHERE l.rule = 'COUNTERFEIT_TERM' AND e.new_status = 'resolved'")" = \
    "$(q "SELECT max(id) FROM runs")" ]
finish
