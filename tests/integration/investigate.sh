#!/bin/sh
# The investigator's loop on real crawls: price history across crawls
# (FAKE_ORIGINAL_PRICE), an imported registry (GB18030 CSV, bad rows by
# line) and rescan (LICENSE_MISMATCH, a new keyword rule reaching last
# night's pages without fetching), keyword search, evidence bundles, and a
# lead resolved when the violation is gone.
. "$TOP/tests/itlib.sh"

S=$T/sites/shop.test
mkdir -p "$S/item"
cat > "$S/index.html" <<'HTML'
<html><head><meta charset="utf-8"><title>青禾茶叶</title></head><body>
<p>龙井茶 明前采摘</p><a href="/item/1.html">龙井</a>
<footer><p>杭州青禾茶业有限公司 统一社会信用代码：91330106673959654P</p>
<p>浙ICP备20231234号-1</p></footer></body></html>
HTML
item() { printf '<html><head><meta charset="utf-8"><title>龙井</title></head><body><p>西湖龙井 %s</p></body></html>' "$1" > "$S/item/1.html"; }
item '现价：¥100'
start_httpd "$T/sites"
crawl() { "$WJ" crawl --db "$T/i.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --warc-dir "$T/warc" --quiet http://shop.test/; }
rules_of() { "$WJ" export --db "$T/i.db" --what leads --format csv | python3 -c "
import csv, sys
print(' '.join(sorted(r['rule'] + ':' + r['status'] for r in csv.DictReader(sys.stdin))))"; }

crawl; check "first crawl exits 0" [ $? -eq 0 ]
check "no lead on the compliant shop" [ -z "$(rules_of)" ]
sleep 1   # the page must look changed to the server (mtime)
item '现价：¥160 <del>原价：¥180</del>'
crawl; check "second crawl exits 0" [ $? -eq 0 ]
leads=$(rules_of)
check "FAKE_ORIGINAL_PRICE open after the second crawl ($leads)" sh -c "echo '$leads' | grep -q 'FAKE_ORIGINAL_PRICE:open'"

# registry: GB18030 bytes, one good row and two bad ones
python3 - "$T/registry.csv" <<'PY'
import sys
rows = "code,name,status\n91330106673959654P,杭州别家茶业有限公司,存续\nnot-a-code,某公司,存续\n\"91110000600037341L,broken\n"
open(sys.argv[1], "wb").write(rows.encode("gb18030"))
PY
"$WJ" import registry --db "$T/i.db" "$T/registry.csv" 2>"$T/import.err"
check "import exits 0" [ $? -eq 0 ]
cat "$T/import.err"
check "bad rows reported by file:line" grep -q 'registry.csv:3:' "$T/import.err"
check "one row imported" grep -q 'imported 1 registry rows' "$T/import.err"

before=$(grep -c . "$T/httpd.log")
mkdir -p "$T/rules" && cp "$TOP"/rules/default/*.ini "$T/rules/"
printf '[TEA_WATCH]\ntitle = 专项关键词\nseverity = low\ncategory = 专项\nbasis = 专项检查\nkind = pattern\npattern = 明前采摘\n' > "$T/rules/watch.ini"
"$WJ" rescan --db "$T/i.db" --rules "$T/rules" 2>"$T/rescan.err"
check "rescan exits 0" [ $? -eq 0 ]
cat "$T/rescan.err"
leads=$(rules_of)
check "rescan: LICENSE_MISMATCH against the registry ($leads)" sh -c "echo '$leads' | grep -q 'LICENSE_MISMATCH:open'"
check "rescan: the new keyword rule reaches stored pages" sh -c "echo '$leads' | grep -q 'TEA_WATCH:open'"
check "rescan fetched nothing" [ "$(grep -c . "$T/httpd.log")" -eq "$before" ]

# with --warc-dir the body is kept once, in the WARC record: rescan read it
# from there (above).  Without the WARC files rescan says which page and
# why, leaves the findings as they were and exits 1.
bodies() { python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute('SELECT count(*), count(body), count(warc_file) FROM pages').fetchone())" "$T/i.db"; }
check "the store keeps no second copy of WARC'd bodies ($(bodies))" [ "$(bodies)" = "(2, 0, 2)" ]
mv "$T/warc" "$T/warc.away"
"$WJ" rescan --db "$T/i.db" --rules "$T/rules" 2>"$T/rescan3.err"
check "rescan without the WARC files exits 1" [ $? -eq 1 ]
cat "$T/rescan3.err"
check "the missing WARC record is named, with what to do" sh -c "grep -q '2 pages were not rescanned' '$T/rescan3.err' && grep -q 'cannot open the WARC file .*No such file' '$T/rescan3.err' && grep -q 'Put the WARC files back' '$T/rescan3.err'"
check "the leads stand as they were" sh -c "[ '$(rules_of)' = '$leads' ]"
mv "$T/warc.away" "$T/warc"

# a pattern that backtracks catastrophically is reported, not silently skipped
printf '[SLOW_RULE]\ntitle = 回溯\nseverity = low\ncategory = 测试\nbasis = 测试\nkind = pattern\npattern = (?:.+)+蛋\n' > "$T/rules/slow.ini"
"$WJ" rescan --db "$T/i.db" --rules "$T/rules" 2>"$T/rescan2.err"
check "rescan with a catastrophic pattern still exits 0" [ $? -eq 0 ]
cat "$T/rescan2.err"
check "the match limit is reported" grep -q 'stopped at the PCRE2 match limit' "$T/rescan2.err"
rm "$T/rules/slow.ini"

"$WJ" search --db "$T/i.db" 西湖龙井 > "$T/search.out"
check "keyword search finds the item page" grep -q 'http://shop.test/item/1.html' "$T/search.out"
"$WJ" search --db "$T/i.db" --limit 1 龙井 > "$T/search1.out" 2>"$T/search1.err"
n=$("$WJ" search --db "$T/i.db" 龙井 2>/dev/null | wc -l)
check "search --limit 1 prints one page and says how many matched ($n)" sh -c \
  "[ $n -gt 1 ] && [ \$(wc -l < '$T/search1.out') -eq 1 ] && grep -q 'showing 1 of $n pages' '$T/search1.err'"

id=$("$WJ" export --db "$T/i.db" --what leads --format csv | python3 -c "
import csv, sys
print([r['lead_id'] for r in csv.DictReader(sys.stdin) if r['rule'] == 'FAKE_ORIGINAL_PRICE'][0])")
"$WJ" evidence --db "$T/i.db" --out "$T/case" "$id"
check "evidence for lead $id exits 0" [ $? -eq 0 ]
check "evidence manifest verifies" sh -c "cd '$T/case' && sha256sum -c manifest.sha256 >/dev/null"
check "the record is WARC/1.1" sh -c "head -1 '$T/case/capture-1/record.warc' | grep -q '^WARC/1.1'"
check "the body is the page as served" grep -q '原价' "$T/case/capture-1/body"

sleep 1
item '现价：¥160'
crawl; check "third crawl exits 0" [ $? -eq 0 ]
leads=$(rules_of)
check "the violation is gone: FAKE_ORIGINAL_PRICE resolved ($leads)" sh -c "echo '$leads' | grep -q 'FAKE_ORIGINAL_PRICE:resolved'"

# ---- exports: numbers in JSON lines; a failed export leaves the good file as it was ----
"$WJ" export --db "$T/i.db" --what leads --format jsonl | head -1 > "$T/one.jsonl"
check "JSON lines carry lead_id, hits and showing as numbers" python3 -c "
import json, sys
o = json.loads(open(sys.argv[1]).readline())
sys.exit(0 if all(isinstance(o[k], int) for k in ('lead_id', 'hits', 'showing')) else 1)" "$T/one.jsonl"
"$WJ" export --db "$T/i.db" --what leads --out "$T/good.csv" || fail "export to good.csv"
cp "$T/i.db" "$T/broken.db"
sqlite3 "$T/broken.db" "DROP VIEW open_leads_by_province; DROP VIEW lead_changes; DROP VIEW lead_sightings;
  ALTER TABLE leads RENAME TO leads_gone" 2>/dev/null || fail "breaking a copy of the database"
cp "$T/good.csv" "$T/good.before"
"$WJ" export --db "$T/broken.db" --what leads --out "$T/good.csv" 2>"$T/err"
rc=$?
check "an export that fails half-way exits 1 (got $rc), saying the file was left alone" \
  sh -c "[ $rc -eq 1 ] && grep -q 'was left as it was' '$T/err'"
check "and the good file is byte for byte as it was" cmp -s "$T/good.csv" "$T/good.before"
check "and no temporary file is left beside it" sh -c "! ls '$T' | grep -q 'good.csv.tmp'"
chmod 640 "$T/good.csv"; ln -s good.csv "$T/link.csv"
"$WJ" export --db "$T/i.db" --what leads --out "$T/link.csv" || fail "export through a symbolic link"
check "an export through a symbolic link replaces its target, keeping the link and the mode 640" \
  sh -c "[ -L '$T/link.csv' ] && [ \$(stat -c %a '$T/good.csv') = 640 ] && [ -s '$T/good.csv' ]"
check "--out /dev/stdout is written directly" sh -c \
  "'$WJ' export --db '$T/i.db' --what leads --format jsonl --out /dev/stdout | grep -q lead_id"
"$WJ" report --db "$T/i.db" --by rule --format csv --lang en --since 2000-01-01 > "$T/report.txt"
check "report: the lead totals are the sums of the per-rule rows" python3 -c "
import csv, sys
rows = {r[2]: r[5:] for r in csv.reader(open(sys.argv[1], encoding='utf-8')) if r[0] == 'rule'}
tot = [int(v) for v in rows.pop('total')]
sums = [sum(int(r[i]) for r in rows.values()) for i in range(6)]
print(tot, sums); sys.exit(0 if tot == sums and tot[0] > 0 else 1)" "$T/report.txt"
finish
