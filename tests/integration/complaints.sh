#!/bin/sh
# Complaints as a lead source (诉转案, issue #12 point 6): import complaints
# from CSV (UTF-8 with a BOM and English headers, GB18030 with Chinese
# ones); a file with bad rows names every one by line and imports nothing;
# a second import skips what is there; each complaint gets the subject its
# URL names (a platform shop through the profiles, else the host); the
# next crawl that reads a seeds file fetches the complaint URLs and marks
# them seeded, the one after does not add them again, and a crawl of URLs
# alone takes none; `leads --source complaint` lists the subjects with
# their leads or "no lead"; `leads show` lists the complaints of its subject.
. "$TOP/tests/itlib.sh"
need python3

# a compliant site (licence and ICP shown: no lead), a platform shop that
# refuses returns, and the seeds file's own host
S=$T/sites
mkdir -p "$S/plain.test" "$S/mall.wangjian.test/shop/s1" "$S/seed.test" "$S/other.test"
cat > "$S/plain.test/index.html" <<'HTML'
<html><head><meta charset="utf-8"><title>青禾茶叶</title></head><body><p>龙井茶</p>
<footer><p>杭州青禾茶业有限公司 统一社会信用代码：91330106673959654P</p>
<p>浙ICP备20231234号-1</p></footer></body></html>
HTML
cp "$S/plain.test/index.html" "$S/plain.test/about.html"
printf '<html><head><meta charset="utf-8"><title>店</title></head><body><p class="shop-name">一号店</p><p>本店商品不支持七天无理由退货</p></body></html>\n' \
  > "$S/mall.wangjian.test/shop/s1/index.html"
printf '<html><head><meta charset="utf-8"><title>种子</title></head><body><p>种子站</p></body></html>\n' \
  > "$S/seed.test/index.html"
cp "$S/seed.test/index.html" "$S/other.test/index.html"
start_httpd "$S"
DB=$T/c.db
crawl() { "$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet "$@" </dev/null; }
fetched() { grep -c "\"target\":\"$1\"" "$T/httpd.log"; }
rows() { python3 -c "
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall())" "$DB" "$1"; }

# ---- UTF-8 with a BOM, English header names in another order, an extra column ----
printf '\357\273\277text,URL,note,id,date,platform\n' > "$T/en.csv"
printf '"不给退货, 说不支持七天无理由",http://mall.wangjian.test/shop/s1/,x,A-1,2024-03-05,demomall\n' >> "$T/en.csv"
printf '假冒茶叶,http://plain.test/about.html,,A-2,2024/3/6 10:22,\n' >> "$T/en.csv"
"$WJ" import complaints --db "$DB" "$T/en.csv" 2>"$T/err"
check "UTF-8 import exits 0 (got $?)" [ $? -eq 0 ]
cat "$T/err"
check "it says 2 imported, 0 already there" grep -q '2 complaints imported, 0 already there' "$T/err"

# ---- GB18030 with Chinese header names ----
python3 - "$T/zh.csv" <<'PY'
import sys
rows = ("投诉编号,投诉日期,店铺网址,平台,投诉内容\r\n"
        "B-1,2024年3月7日,HTTP://Plain.Test:80/,,商品与描述不符\r\n"
        "B-2,,http://mall.wangjian.test/shop/s1/index.html,一号平台,客服不回复\r\n")
open(sys.argv[1], "wb").write(rows.encode("gb18030"))
PY
"$WJ" import complaints --db "$DB" "$T/zh.csv" 2>"$T/err"
check "GB18030 import exits 0 (got $?)" [ $? -eq 0 ]
cat "$T/err"
check "it says 2 imported" grep -q '2 complaints imported, 0 already there' "$T/err"
check "the GB18030 text arrived as UTF-8, the date as YYYY-MM-DD" \
  [ "$(rows "SELECT received, platform, text FROM complaints WHERE ref = 'B-1' OR ref = 'B-2' ORDER BY ref")" = "[('2024-03-07', None, '商品与描述不符'), (None, '一号平台', '客服不回复')]" ]
check "source is FILE:LINE" [ "$(rows "SELECT source FROM complaints WHERE ref = 'B-2'")" = "[('$T/zh.csv:3',)]" ]

# ---- subjects: a platform shop through the profiles, else the host ----
got=$(rows "SELECT ref, subject, host, url FROM complaints ORDER BY ref")
echo "$got"
check "platform shop URLs get the shop's subject" \
  [ "$(rows "SELECT subject FROM complaints WHERE ref IN ('A-1', 'B-2') GROUP BY subject")" = "[('mall.wangjian.test/shop/s1',)]" ]
check "plain site URLs get the host, URL in the crawl's canonical form" \
  [ "$(rows "SELECT subject, url FROM complaints WHERE ref = 'B-1'")" = "[('plain.test', 'http://plain.test/')]" ]

# ---- a second import skips what is there ----
"$WJ" import complaints --db "$DB" "$T/en.csv" 2>"$T/err"
check "re-import exits 0 (got $?)" [ $? -eq 0 ]
check "re-import: 0 imported, 2 already there" grep -q '0 complaints imported, 2 already there' "$T/err"
check "still 4 complaints" [ "$(rows 'SELECT count(*) FROM complaints')" = "[(4,)]" ]

# ---- bad rows: every one named by line, nothing imported ----
cat > "$T/bad.csv" <<'CSV'
id,url,date
C-1,http://new.test/,2024-02-29
C-2,,2024-03-01
C-3,http://new2.test/,
C-2,http://new3.test/,
CSV
printf 'C-4,new4.test,2023-02-29\n' >> "$T/bad.csv"
sum_before=$(cksum < "$DB")
"$WJ" import complaints --db "$DB" "$T/bad.csv" 2>"$T/err"
rc=$?
cat "$T/err"
check "a file with bad rows exits 1 (got $rc)" [ $rc -eq 1 ]
check "line 3 named: no URL" grep -q "bad.csv:3: no URL" "$T/err"
check "line 5 named: the id of line 3 again" grep -q "bad.csv:5: complaint id 'C-2' is also on line 3" "$T/err"
check "line 6 named: not http(s), and not a date" \
  grep -q "bad.csv:6: URL 'new4.test' is not an http(s) URL.*date '2023-02-29' is not a date" "$T/err"
check "good lines are not named" sh -c "! grep -q 'bad.csv:[24]:' '$T/err'"
check "it says nothing was imported" grep -q "3 bad rows in '.*bad.csv': nothing imported" "$T/err"
check "the database bytes are unchanged" [ "$(cksum < "$DB")" = "$sum_before" ]
check "no good row of that file was imported" [ "$(rows "SELECT count(*) FROM complaints WHERE ref LIKE 'C-%'")" = "[(0,)]" ]
"$WJ" import complaints --db "$T/none.db" "$T/bad.csv" 2>/dev/null
check "a bad file creates no database" [ ! -e "$T/none.db" ]
printf 'date,url\n2024-01-01,http://x.test/\n' > "$T/nohdr.csv"
"$WJ" import complaints --db "$DB" "$T/nohdr.csv" 2>"$T/err"
check "a header without an id column exits 1 (got $?)" [ $? -eq 1 ]
check "and names the missing column" grep -q 'nohdr.csv:1: the header names no complaint id column' "$T/err"

# ---- leads --source complaint before any crawl: every subject, no lead ----
"$WJ" leads --db "$DB" --source complaint > "$T/subj" 2>"$T/err"
check "leads --source complaint exits 0 (got $?)" [ $? -eq 0 ]
cat "$T/subj" "$T/err"
check "two subjects, both without a lead" grep -q '2 subjects named by complaints, 2 without a lead' "$T/err"
check "the plain site says no lead" grep -q '^plain.test  *2  *2024-03-07  *-  *no lead' "$T/subj"

# ---- a crawl of explicit URLs takes no complaint ----
crawl http://other.test/
check "crawl of a URL exits 0 (got $?)" [ $? -eq 0 ]
check "it fetched no complaint URL" [ "$(fetched 'http://plain.test/')" -eq 0 ] && \
  [ "$(fetched 'http://mall.wangjian.test/shop/s1/')" -eq 0 ]
check "and seeded none" [ "$(rows 'SELECT count(*) FROM complaints WHERE seeded_run IS NOT NULL')" = "[(0,)]" ]

# ---- the next --seeds crawl fetches the complaint URLs ----
echo http://seed.test/ > "$T/seeds.txt"
crawl --seeds "$T/seeds.txt"
check "seeds crawl exits 0 (got $?)" [ $? -eq 0 ]
for u in http://mall.wangjian.test/shop/s1/ http://mall.wangjian.test/shop/s1/index.html \
         http://plain.test/about.html http://plain.test/ http://seed.test/; do
  check "it fetched $u" [ "$(fetched "$u")" -eq 1 ]
done
run=$("$WJ" runs --db "$DB" --format jsonl --limit 1 | python3 -c "import json, sys; print(json.load(sys.stdin)['run'])")
check "every complaint is marked seeded by that run ($run)" \
  [ "$(rows 'SELECT DISTINCT seeded_run FROM complaints')" = "[($run,)]" ]
# the complaint URLs do not change which run this is: the nightly run keeps its scope, so
# a stopped one still resumes and the next one re-checks what this one reached
scope_of_last() { "$WJ" runs --db "$DB" --format jsonl --limit 1 | python3 -c "import json, sys; print(json.load(sys.stdin)['scope'])"; }
check "the run's scope is the seeds file's alone" [ "$(scope_of_last)" = "seed.test" ]
check "and its options say the 4 complaint URLs joined it" [ "$(sqlite3 "$DB" \
  "SELECT json_extract(options, '$.complaint_seeds') FROM runs ORDER BY id DESC LIMIT 1")" = 4 ]

# ---- the one after: no complaint joins as a seed, but the shops they named are re-checked ----
crawl --seeds "$T/seeds.txt"
check "second seeds crawl exits 0 (got $?)" [ $? -eq 0 ]
check "no complaint joined it as a seed" [ "$(sqlite3 "$DB" \
  "SELECT json_extract(options, '$.complaint_seeds') FROM runs ORDER BY id DESC LIMIT 1")" = 0 ]
check "the complaint URLs were re-checked as pages this scope reached" \
  [ "$(fetched 'http://plain.test/about.html')" -eq 2 ] && [ "$(fetched 'http://mall.wangjian.test/shop/s1/')" -eq 2 ]
check "it fetched its seed again" [ "$(fetched 'http://seed.test/')" -eq 2 ]
check "its scope is the same" [ "$(scope_of_last)" = "seed.test" ]

# ---- the subjects with their leads; the plain site still has none ----
"$WJ" leads --db "$DB" --source complaint > "$T/subj" 2>"$T/err"
cat "$T/subj" "$T/err"
check "the shop now has a RETURN_REFUSED lead" grep -q 'RETURN_REFUSED  *open' "$T/subj"
check "the plain site: no lead, whether or not a rule fired" grep -q '^plain.test .*no lead' "$T/subj"
check "count: 2 subjects, 1 without a lead" grep -q '2 subjects named by complaints, 1 without a lead' "$T/err"
"$WJ" leads --db "$DB" --source complaint --format jsonl > "$T/subj.jsonl"
check "jsonl: one object per subject, with refs and leads" python3 -c "
import json, sys
s = {o['subject']: o for o in map(json.loads, open(sys.argv[1]))}
shop, plain = s['mall.wangjian.test/shop/s1'], s['plain.test']
assert shop['complaints'] == 2 and shop['refs'] == ['A-1', 'B-2'], shop
assert 'RETURN_REFUSED' in [l['rule'] for l in shop['leads']], shop
assert all(isinstance(l['lead_id'], int) and l['status'] for l in shop['leads']), shop
assert plain['leads'] == [] and plain['refs'] == ['A-2', 'B-1'] and plain['received'] == '2024-03-07', plain
" "$T/subj.jsonl"

# ---- leads show lists the complaints of the lead's subject ----
id=$(python3 -c "
import json, sys
for o in map(json.loads, open(sys.argv[1])):
    for l in o['leads']:
        if l['rule'] == 'RETURN_REFUSED': print(l['lead_id'])" "$T/subj.jsonl")
"$WJ" leads show --db "$DB" "$id" > "$T/show"
check "leads show exits 0 (got $?)" [ $? -eq 0 ]
cat "$T/show"
check "text: the complaint with its date, URL and text" \
  grep -q 'A-1  2024-03-05  http://mall.wangjian.test/shop/s1/  demomall  「不给退货, 说不支持七天无理由」' "$T/show"
check "text: the undated one too" grep -q 'B-2  (undated)' "$T/show"
"$WJ" leads show --db "$DB" --format json "$id" > "$T/show.json"
check "json: a complaints list" python3 -c "
import json, sys
c = json.load(open(sys.argv[1]))['complaints']
assert [x['ref'] for x in c] == ['A-1', 'B-2'], c
assert c[0]['received'] == '2024-03-05' and c[0]['platform'] == 'demomall', c
assert isinstance(c[0]['seeded_run'], int), c
" "$T/show.json"

# ---- usage errors ----
"$WJ" leads --db "$DB" --source bogus 2>"$T/err"
check "--source bogus is a usage error (got $?)" [ $? -eq 2 ]
"$WJ" leads --db "$DB" --source complaint --status all 2>"$T/err"
check "--source complaint with a lead filter is a usage error (got $?)" [ $? -eq 2 ]
check "naming the filter" grep -q -- '--status does not apply' "$T/err"
"$WJ" import complaints "$T/en.csv" 2>/dev/null
check "import complaints without --db is a usage error (got $?)" [ $? -eq 2 ]
finish
