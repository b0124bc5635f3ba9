#!/bin/sh
# End to end against tests/httpd: crawl two small sites through the test
# server (as proxy), then check leads, findings, robots.txt, the SSRF guard
# and that the CSV exports parse back with a standard CSV reader.
. "$TOP/tests/itlib.sh"

S=$T/sites
mkdir -p "$S/bad.test/private" "$S/clean.test"
cat > "$S/bad.test/index.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>潮牌折扣店</title></head>
<body><h1>潮牌折扣店</h1><p>本店销售高仿名牌包包，国家级品质保证。</p>
<a href="/a.html">新品</a> <a href="http://bad.test/private/x.html">内部</a></body></html>
HTML
cat > "$S/bad.test/a.html" <<'HTML'
<html><head><meta charset="utf-8"><title>新品</title></head>
<body><p>=cmd|' /C calc'!A0 A货手表 超值</p></body></html>
HTML
cat > "$S/bad.test/private/x.html" <<'HTML'
<html><body><p>精仿手表 内部价</p></body></html>
HTML
printf 'User-agent: *\nDisallow: /private/\nSitemap: http://bad.test/sitemap.xml\n' > "$S/bad.test/robots.txt"
# a sitemap with nothing in scope: no URL goes to the frontier
cat > "$S/bad.test/sitemap.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://elsewhere.test/off-scope-too.html</loc></url>
</urlset>
XML
cat > "$S/clean.test/index.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾茶叶</title></head>
<body><h1>青禾茶叶</h1><p>龙井茶 明前采摘 最佳赏味期十二个月，请在阴凉处保存。</p>
<footer><p>杭州青禾茶业有限公司 统一社会信用代码：91330106673959654P</p>
<p><a href="https://beian.miit.gov.cn/">浙ICP备20231234号-1</a></p></footer></body></html>
HTML

printf 'User-agent: *\nAllow: /\nSitemap: http://clean.test/sitemap.xml\n' > "$S/clean.test/robots.txt"
cat > "$S/clean.test/sitemap.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://clean.test/only-in-sitemap.html</loc></url>
<url><loc>http://elsewhere.test/off-scope.html</loc></url>
</urlset>
XML
printf '<html><body><p>只在站点地图中的页面</p></body></html>' > "$S/clean.test/only-in-sitemap.html"
start_httpd "$S"
DB=$T/e2e.db
"$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet \
  http://bad.test/ http://clean.test/ 2>"$T/crawl.err"
check "crawl exits 0" [ $? -eq 0 ]
cat "$T/crawl.err"

"$WJ" export --db "$DB" --what leads --format csv --out "$T/leads.csv"
check "export leads exits 0" [ $? -eq 0 ]
"$WJ" export --db "$DB" --what findings --format csv > "$T/findings.csv"
check "export findings exits 0" [ $? -eq 0 ]

python3 - "$T/leads.csv" "$T/findings.csv" <<'PY'
import csv, sys
fails = 0
def expect(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + what)
    fails += 0 if cond else 1
leads = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
finds = list(csv.DictReader(open(sys.argv[2], newline='', encoding='utf-8')))
need = "lead_id,rule,severity,status,subject,host,url,evidence,law,region,first_seen,last_seen,hits".split(",")
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    header = next(csv.reader(f))
expect(header[:len(need)] == need, "leads CSV header is the documented column list")
with open(sys.argv[2], newline='', encoding='utf-8') as f:
    fheader = next(csv.reader(f))
expect(fheader[:4] == ["url", "rule", "severity", "snippet"], "findings CSV starts url,rule,severity,snippet")
bad = {l["rule"] for l in leads if l["subject"] == "bad.test"}
clean = [l for l in leads if l["subject"] == "clean.test"]
for rule in ("LICENSE_MISSING", "COUNTERFEIT_TERM", "ABSOLUTE_TERM"):
    expect(rule in bad, rule + " lead for bad.test")
expect(clean == [], "no lead for the compliant clean.test (got %s)" % [l["rule"] for l in clean])
expect(all(l["status"] == "open" for l in leads), "leads are open")
expect(not any("/private/" in f["url"] for f in finds), "nothing from the robots-disallowed /private/")
cells = [c for row in csv.reader(open(sys.argv[2], newline='', encoding='utf-8')) for c in row]
expect(not any(c[:1] in ("=", "+", "-", "@") for c in cells), "no CSV cell starts with a formula character")
expect(any(c.startswith("'=cmd") for c in cells), "the formula-like snippet is neutralised with a leading apostrophe")
sys.exit(1 if fails else 0)
PY
check "CSV checks" [ $? -eq 0 ]
check "robots.txt was fetched" grep -q '/robots.txt' "$T/httpd.log"
check "a page listed only in the sitemap was crawled" grep -q 'only-in-sitemap.html' "$T/httpd.log"
check "an off-scope sitemap URL was not" sh -c "! grep -q 'off-scope.html' '$T/httpd.log'"
check "the disallowed page was never requested" sh -c "! grep -q '/private/x.html' '$T/httpd.log'"

# wangjian parse: a file and a URL, as JSON a standard reader accepts.
"$WJ" parse --url http://clean.test/ "$S/clean.test/index.html" > "$T/parse.json"
check "parse FILE exits 0" [ $? -eq 0 ]
check "parse FILE: licence, ICP province and no finding" python3 -c "
import json, sys
j = json.load(open('$T/parse.json', encoding='utf-8'))
lic = [l for l in j['licenses'] if l['code'] == '91330106673959654P' and l['check_ok'] and l['visible']]
icp = [i for i in j['icps'] if i['province'] == '浙江' and i['well_formed']]
print('licences', j['licenses'], 'icps', j['icps'], 'findings', j['findings'])
sys.exit(0 if lic and icp and j['findings'] == [] and j['page_kind'] == 'home' else 1)"
"$WJ" parse --proxy "http://127.0.0.1:$PORT" http://bad.test/ > "$T/parse2.json"
check "parse URL through the proxy exits 0" [ $? -eq 0 ]
check "parse URL: the findings of the fetched page" python3 -c "
import json, sys
j = json.load(open('$T/parse2.json', encoding='utf-8'))
codes = sorted(f['rule'] for f in j['findings'])
print(codes)
sys.exit(0 if {'COUNTERFEIT_TERM', 'ABSOLUTE_TERM', 'LICENSE_MISSING'} <= set(codes) else 1)"
"$WJ" parse "http://127.0.0.1:$PORT/" > /dev/null 2>"$T/parse3.err"
check "parse URL of a loopback address without --allow-private: exit 1" [ $? -eq 1 ]
check "... with a message saying why" grep -q 'refused: private or loopback' "$T/parse3.err"

# SSRF guard: without --allow-private a loopback target is refused.
"$WJ" crawl --db "$T/ssrf.db" --delay 0 "http://127.0.0.1:$PORT/" 2>"$T/ssrf.err"
check "loopback crawl without --allow-private exits 1: nothing could be reached" [ $? -eq 1 ]
check "loopback target refused (0 pages)" grep -q ' 0 pages' "$T/ssrf.err"
check "saying why" grep -q 'no seed host could be reached.*private or loopback' "$T/ssrf.err"
"$WJ" crawl --db "$T/ssrf1.db" --delay 0 --resolve "bad.test:$PORT:127.0.0.1" "http://bad.test:$PORT/" 2>"$T/ssrf1.err"
check "a host name resolving to loopback is refused too (DNS cannot bypass the guard)" grep -q ' 0 pages' "$T/ssrf1.err"
"$WJ" crawl --db "$T/ssrf2.db" --delay 0 --allow-private --resolve "bad.test:$PORT:127.0.0.1" \
  --report new "http://bad.test:$PORT/" >"$T/ssrf2.err" 2>&1
check "with --allow-private and --resolve the loopback site is crawled" grep -Eq ' [1-9][0-9]* pages \([1-9]' "$T/ssrf2.err"

# A second (nightly) crawl re-fetches with conditional GET: the unchanged
# pages answer 304, and no lead is duplicated.
"$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 --report new http://bad.test/ \
  http://clean.test/ >"$T/crawl2.err" 2>&1
check "second crawl exits 0" [ $? -eq 0 ]
cat "$T/crawl2.err"
check "second crawl: pages answered 304 unchanged" sh -c "grep -Eq ' [1-9][0-9]* unchanged' '$T/crawl2.err'"
check "second crawl sent If-None-Match" grep -q '"status": *304\|"status":304' "$T/httpd.log"
"$WJ" export --db "$DB" --what leads --format csv --out "$T/leads2.csv"
python3 - "$T/leads.csv" "$T/leads2.csv" <<'PY'
import csv, sys
a = [(r["subject"], r["rule"]) for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))]
b = [(r["subject"], r["rule"]) for r in csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8"))]
ok = sorted(a) == sorted(b) and len(set(b)) == len(b)
print(("ok" if ok else "FAIL") + ": the second crawl keeps the same %d leads, no duplicates" % len(a))
sys.exit(0 if ok else 1)
PY
check "no duplicate leads after a second crawl" [ $? -eq 0 ]

# A new rulebook reaches pages that would answer 304: a page last fetched
# under other rules is fetched in full (no If-None-Match) and judged by the
# new rule; the next crawl under the same rulebook is conditional again.
n304() { grep -c '"status": *304' "$T/httpd.log"; }
cp -r "$TOP/rules/default" "$T/rules2"
printf '[TEA_TEST]\ntitle = test\ncategory = 测试\nseverity = low\nbasis = test\nkind = pattern\npattern = 明前采摘\n' \
  > "$T/rules2/zz-test.ini"
before=$(n304)
"$WJ" crawl --db "$DB" --rules "$T/rules2" --proxy "http://127.0.0.1:$PORT" --delay 0 \
  http://bad.test/ http://clean.test/ >"$T/crawl3.err" 2>&1
rc=$?; cat "$T/crawl3.err"; check "a crawl under a changed rulebook exits 0" [ $rc -eq 0 ]
check "and sends no conditional GET for pages judged by the old one ($before 304s, then $(n304))" \
  [ "$(n304)" -eq "$before" ]
check "so the new rule finds its term on an unchanged page" sh -c \
  "'$WJ' leads --db '$DB' --rule TEA_TEST --format csv | grep -q 'clean.test'"
"$WJ" crawl --db "$DB" --rules "$T/rules2" --proxy "http://127.0.0.1:$PORT" --delay 0 \
  http://bad.test/ http://clean.test/ >"$T/crawl4.err" 2>&1
check "the next crawl under the same rulebook is conditional again ($before, then $(n304))" \
  [ "$(n304)" -gt "$before" ]
finish
