#!/bin/sh
# The 统计表 (issue #14 point 3) and the referral lists (point 4): two shops
# in two provinces crawled in one week, then decided on and crawled again
# the next (dates faked with SQL on runs and lead_events).  Every count of
# both periods is asserted, each totals row equals its column's sum, every
# rule of the rulebook and every province (and 未知) has its row; the
# telecom list carries domain, IP, the ICP number shown and the province,
# the market list the referred leads, the closing list their outcomes.
# Then the HTML form, rendered by headless Chromium: the bars and rows are
# in its DOM and the screenshot is not blank (skipped without chromium).
. "$TOP/tests/itlib.sh"
export TZ=UTC

mkdir -p "$T/sites/a.test" "$T/sites/b.test"
page() { printf '<html><head><title>店</title></head><body><p>%s</p>%s</body></html>\n' "$2" "$3" > "$1"; }
FAKE='本店另售高仿名牌手表'
REV='收货后五星好评返现5元，晒图再返3元，联系客服领取。'
page "$T/sites/a.test/index.html" "首页 浙ICP备12345678号-1 $FAKE" '<a href="/x.html">x</a>'
page "$T/sites/a.test/x.html" "$REV" ''
page "$T/sites/b.test/index.html" "首页 粤ICP备1234号 $FAKE" '<a href="/y.html">y</a>'
page "$T/sites/b.test/y.html" "登山包" ''
start_httpd "$T/sites"
DB=$T/r.db
crawl() { "$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 \
  http://a.test/ http://b.test/ </dev/null 2>>"$T/crawl.err"; }
W1=1767571200   # 2026-01-05 00:00 UTC (week 1: 01-05 .. 01-11)
W2=1768176000   # 2026-01-12 00:00 UTC (week 2: 01-12 .. 01-18)
lead_of() { sqlite3 "$DB" "SELECT lead_id FROM leads WHERE subject = '$1' AND rule = '$2'"; }

# ---- week 1: the first crawl finds 7 leads (4 in 浙江, 3 in 广东) ----
crawl || fail "first crawl"
sqlite3 "$DB" "UPDATE runs SET started_at = $W1 + 3600 WHERE id = 1;
  UPDATE lead_events SET at = $W1 + 3600 WHERE run_id = 1;"

# ---- week 2: decisions, then a crawl after a.test removed the fake ----
"$WJ" leads set --db "$DB" --status confirmed --by 张三 "$(lead_of a.test COUNTERFEIT_TERM)" 2>/dev/null
"$WJ" leads set --db "$DB" --status referred --by 张三 --outcome service-stopped \
  "$(lead_of a.test REVIEW_INDUCEMENT)" 2>/dev/null
"$WJ" leads set --db "$DB" --status referred --by 李四 --outcome closed \
  "$(lead_of b.test COUNTERFEIT_TERM)" 2>/dev/null
"$WJ" leads set --db "$DB" --status dismissed --by 李四 "$(lead_of b.test LICENSE_MISSING)" 2>/dev/null
page "$T/sites/a.test/index.html" "首页 浙ICP备12345678号-1 正品" '<a href="/x.html">x</a>'
crawl || fail "second crawl"
sqlite3 "$DB" "UPDATE runs SET started_at = $W2 + 7200 WHERE id = 2;
  UPDATE lead_events SET at = $W2 + 7200 WHERE run_id IS NOT 1;"
check "the second crawl wrote a.test's rectified entry" \
  [ "$(sqlite3 "$DB" "SELECT count(*) FROM lead_events WHERE note = 'rectified'")" = 1 ]
check "each run recorded each shop once (run_subjects)" \
  [ "$(sqlite3 "$DB" "SELECT group_concat(run_id || subject || pages, ' ') FROM (SELECT * FROM run_subjects ORDER BY run_id, subject)")" = "1a.test2 1b.test2 2a.test2 2b.test2" ]

"$WJ" rules list > "$T/rules" 2>/dev/null
report() { "$WJ" report --db "$DB" --format csv "$@"; }
report --since 2026-01-05 --until 2026-01-11 > "$T/w1.csv" || fail "report week 1"
report --since 2026-01-12 --until 2026-01-18 > "$T/w2.csv" || fail "report week 2"
report --since 2026-01-05 --until 2026-01-18 > "$T/both.csv" || fail "report both weeks"
for by in province rule authority host; do
  report --since 2026-01-05 --until 2026-01-18 --by $by --lang en > "$T/by-$by.csv" || fail "--by $by"
done

check "week 1, week 2 and both: every count, totals = sums, every rule and province" python3 - \
  "$T" <<'EOF'
import csv, sys
t = sys.argv[1]
rules = [l.split()[0] for l in open(t + "/rules") if l.strip()]
def load(name):
    rows = list(csv.reader(open(t + "/" + name, encoding="utf-8")))
    return rows[0], rows[1:]
def table(rows, dim, block=""):
    return {r[2]: r[3:] for r in rows if r[0] == dim and r[1] == block}
def num(v):
    return int(v) if v else None
errors = []
def expect(what, got, want):
    if got != want:
        errors.append(f"{what}: got {got}, want {want}")
# columns: sites, pages, found, confirmed, rectified, referred, dismissed, open_end
want = {
    "w1.csv": {"浙江": [1, 2, 4, 0, 0, 0, 0, 4], "广东": [1, 2, 3, 0, 0, 0, 0, 3],
               "未知": [0] * 8},
    "w2.csv": {"浙江": [1, 2, 0, 1, 1, 1, 0, 3], "广东": [1, 2, 0, 0, 0, 1, 1, 1],
               "未知": [0] * 8},
    "both.csv": {"浙江": [2, 4, 4, 1, 1, 1, 0, 3], "广东": [2, 4, 3, 0, 0, 1, 1, 1],
                 "未知": [0] * 8},
}
rule_want = {  # week 2, by rule: found .. open_end
    "COUNTERFEIT_TERM": [0, 1, 1, 1, 0, 1], "REVIEW_INDUCEMENT": [0, 0, 0, 1, 0, 0],
    "LICENSE_MISSING": [0, 0, 0, 0, 1, 1], "ICP_INVALID": [0, 0, 0, 0, 0, 2],
}
for name, provinces in want.items():
    head, rows = load(name)
    expect(name + " header", head[3:], ["监测网站网店(个次)", "检查页面", "发现线索", "责令整改",
                                        "已整改", "移送/提请关闭", "不予立案/排除", "期末未结"])
    prov = table(rows, "省份")
    expect(name + " provinces", sorted(prov), sorted(list(provinces) + ["合计"]))
    for p, w in provinces.items():
        expect(f"{name} {p}", [num(v) for v in prov[p]], w)
    blocks = [("省份", "")] + [("规则", "")] + [("规则", p) for p in provinces]
    for dim, block in blocks:
        tb = table(rows, dim, block)
        if dim == "规则":
            expect(f"{name} rules of {block or 'all'}", [k for k in tb if k != "合计"], rules)
        for c in range(8):
            col = [num(v[c]) for k, v in tb.items() if k != "合计"]
            if None in col:   # the site columns of rule rows: only the total has them
                continue
            expect(f"{name} {dim}/{block} column {c} sum", sum(col), num(tb["合计"][c]))
        if dim == "规则":   # the block's total is its province's row
            tot = [num(v) for v in tb["合计"]]
            expect(f"{name} {block or 'all'} total", tot, [num(v) for v in prov[block or "合计"]])
    if name == "w2.csv":
        tb = table(rows, "规则")
        for r, w in rule_want.items():
            expect(f"week 2 rule {r}", [num(v) for v in tb[r][2:]], w)
for by in ["province", "rule", "authority", "host"]:
    head, rows = load(f"by-{by}.csv")
    expect(f"--by {by} --lang en header", head[:4], ["dimension", "province", "unit", "sites checked"])
    tb = table(rows, by)
    total = [num(v) for v in tb["total"]]
    expect(f"--by {by} total", total, [4, 8, 7, 1, 1, 2, 1, 4])
    for c in range(2 if by in ("rule", "authority") else 0, 8):
        expect(f"--by {by} column {c} sum",
               sum(num(v[c]) for k, v in tb.items() if k != "total"), total[c])
head, rows = load("by-authority.csv")
expect("telecom open at end", num(table(rows, "authority")["telecom"][7]), 2)
head, rows = load("by-host.csv")
expect("hosts", sorted(table(rows, "host")), ["a.test", "b.test", "total"])
print("\n".join(errors))
sys.exit(1 if errors else 0)
EOF

"$WJ" report --db "$DB" --since 2026-01-12 --until 2026-01-18 > "$T/w2.txt"
check "the text form has the Chinese headers and the 未知 block" \
  sh -c "grep -q '期末未结' '$T/w2.txt' && grep -q '【未知】' '$T/w2.txt'"
"$WJ" report --db "$DB" --since 2026-01-12 --until 2026-01-18 --lang en > "$T/w2en.txt"
check "--lang en: English headers" grep -q 'open at end' "$T/w2en.txt"
"$WJ" report --db "$DB" --since 2026-02-30 2>"$T/err"
check "a day that does not exist is a usage error (got $?)" [ $? -eq 2 ]
"$WJ" report --db "$DB" --since 2026-01-18 --until 2026-01-12 2>"$T/err"
check "--since after --until is a usage error (got $?)" [ $? -eq 2 ]
"$WJ" report --db "$DB" --by city 2>"$T/err"
check "--by city is a usage error (got $?)" [ $? -eq 2 ]
echo good > "$T/kept.csv"
"$WJ" report --db "$T/missing.db" --out "$T/kept.csv" 2>/dev/null
check "a failed report leaves --out as it was" grep -qx good "$T/kept.csv"
"$WJ" report --db "$DB" --since 2026-01-12 --until 2026-01-18 --out "$T/kept.csv" --format csv
check "--out writes the report" grep -q '^省份,,浙江,1,2,0,1,1,1,0,3' "$T/kept.csv"

# ---- HTML: one self-contained file, rendered by headless Chromium ----
"$WJ" report --db "$DB" --since 2026-01-05 --until 2026-01-18 --format html --out "$T/r.html" ||
  fail "the HTML report"
check "the HTML is self-contained: no script, no external asset, A4 print CSS" sh -c "
  ! grep -Eqi '<script|(src|href)=|@import|url\(' '$T/r.html' && grep -q '@page{size:A4' '$T/r.html'"
if ! command -v chromium >/dev/null 2>&1; then
  skip_part "chromium not installed: the HTML was not rendered (make deps installs it)"
else
  # a profile of its own in $T: chromium must not touch the user's
  CHR="chromium --headless --no-sandbox --disable-gpu --user-data-dir=$T/chromium"
  timeout 120 $CHR --dump-dom "file://$T/r.html" > "$T/dom.html" 2>/dev/null
  check "Chromium renders the DOM: a bar per rule and province with leads, every row" python3 - \
    "$T/dom.html" <<'EOF'
import re, sys
d = open(sys.argv[1], encoding="utf-8").read()
def bars(chart):
    part = d[d.index(f'id="{chart}"'):]
    part = part[:part.index("</svg>")]
    return sorted(re.findall(r'<rect class="bar" data-unit="([^"]*)" data-value="(\d+)"', part))
errors = []
if bars("chart-rule") != [("COUNTERFEIT_TERM", "2"), ("ICP_INVALID", "2"), ("LICENSE_MISSING", "2"),
                          ("REVIEW_INDUCEMENT", "1")]:
    errors.append(f"rule bars {bars('chart-rule')}")
if bars("chart-province") != [("广东", "3"), ("浙江", "4")]:
    errors.append(f"province bars {bars('chart-province')}")
prov = d[d.index('data-dim="province"'):]
prov = prov[:prov.index("</table>")]
rows = re.findall(r'<tr class="(?:unit|total)"><td[^>]*>([^<]*)</td>((?:<td[^>]*>[^<]*</td>)*)</tr>', prov)
got = {u: re.findall(r'>([^<]*)</td>', cells) for u, cells in rows}
if got.get("浙江") != ["2", "4", "4", "1", "1", "1", "0", "3"] or "未知" not in got or \
   got.get("合计") != ["4", "8", "7", "1", "1", "2", "1", "4"]:
    errors.append(f"province rows {got}")
if len(re.findall(r'<tr class="lead"', d)) != 7:
    errors.append("lead list: want 7 leads")
print("\n".join(errors))
sys.exit(1 if errors else 0)
EOF
  timeout 120 $CHR --screenshot="$T/shot.png" --window-size=900,1200 "file://$T/r.html" >/dev/null 2>&1
  check "the screenshot is not blank (its pixels decoded: over 2% not white)" python3 - \
    "$T/shot.png" <<'EOF'
import struct, sys, zlib
b = open(sys.argv[1], "rb").read()
pos, idat, w = 8, b"", 0
while pos < len(b):
    n, kind = struct.unpack(">I4s", b[pos:pos + 8])
    data = b[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", data[:10])
    elif kind == b"IDAT":
        idat += data
    pos += 12 + n
bpp = {2: 3, 6: 4}[ctype]
raw, stride, prev, ink = zlib.decompress(idat), w * bpp, bytearray(w * bpp), 0
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        c = prev[i - bpp] if i >= bpp else 0
        p = a + prev[i] - c
        pa, pb, pc = abs(p - a), abs(p - prev[i]), abs(p - c)
        pred = [0, a, prev[i], (a + prev[i]) // 2,
                a if pa <= pb and pa <= pc else prev[i] if pb <= pc else c][f]
        line[i] = (line[i] + pred) & 0xFF
    ink += sum(1 for x in range(0, stride, bpp) if min(line[x:x + 3]) < 200)
    prev = line
print(f"{ink} of {w * h} pixels not white")
sys.exit(0 if ink > w * h // 50 else 1)
EOF
fi

# ---- an old run: no run_subjects rows, counted from runs.pages under 未知 ----
sqlite3 "$DB" "DELETE FROM run_subjects WHERE run_id = 1"
report --since 2026-01-05 --until 2026-01-11 > "$T/old.csv"
check "a run without run_subjects: its pages under 未知, said in a note" python3 -c "
import csv, sys
rows = {r[2]: r[3:5] for r in csv.reader(open('$T/old.csv')) if r[0] == '省份' and r[1] == ''}
sys.exit(0 if rows['未知'][1] == '4' and rows['合计'][1] == '4' and rows['浙江'][1] == '0' else 1)"
"$WJ" report --db "$DB" --since 2026-01-05 --until 2026-01-11 | grep -q '1次运行早于' ||
  fail "the text form names the old run in a note"

# ---- --tz: the dates are days of that zone ----
if [ -f /usr/share/zoneinfo/America/Los_Angeles ]; then
  # 2026-01-05 01:00 UTC is 01-04 in Los Angeles, and 01-12 02:00 UTC is 01-11
  report --since 2026-01-05 --until 2026-01-11 --tz America/Los_Angeles > "$T/la.csv"
  check "--tz America/Los_Angeles: week 1 has week 2's decisions, not the first crawl" \
    grep -q '^省份,,合计,2,4,0,1,1,2,1,4' "$T/la.csv"
else
  skip_part "no tzdata: --tz not tested"
fi

# ---- a rescan counts each subject it judges once, with its pages ----
"$WJ" rescan --db "$DB" 2>/dev/null || fail "rescan"
check "the rescan recorded a.test and b.test with 2 pages each" \
  [ "$(sqlite3 "$DB" "SELECT group_concat(subject || pages, ' ') FROM (SELECT * FROM run_subjects WHERE run_id = 3 ORDER BY subject)")" = "a.test2 b.test2" ]

# ---- referral lists ----
"$WJ" export --db "$DB" --what referrals --authority telecom > "$T/tel.csv" || fail "telecom list"
check "telecom: domain, IP, the ICP number shown, province, page, capture time" python3 - "$T/tel.csv" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
got = sorted((r["domain"], r["ip"], r["icp"], r["province"], r["url"]) for r in rows)
want = [("a.test", "127.0.0.1", "浙ICP备12345678号-1", "浙江", "http://a.test/"),
        ("b.test", "127.0.0.1", "粤ICP备1234号", "广东", "http://b.test/")]
ok = got == want and all(r["captured"].endswith("+00:00") for r in rows)
print(got, [r["captured"] for r in rows])
sys.exit(0 if ok else 1)
EOF
"$WJ" export --db "$DB" --what referrals --authority telecom --province 广东 --format jsonl > "$T/tel.jsonl"
check "--province 广东: only b.test, lead_id a number" python3 -c "
import json, sys
rows = [json.loads(l) for l in open('$T/tel.jsonl')]
sys.exit(0 if [r['domain'] for r in rows] == ['b.test'] and isinstance(rows[0]['lead_id'], int) else 1)"
sqlite3 "$DB" "UPDATE pages SET text = '首页 正品' WHERE url = 'http://a.test/'"
"$WJ" export --db "$DB" --what referrals --authority telecom --province 浙江 > "$T/tel2.csv"
check "an ICP number the page no longer shows is read from the finding's evidence" \
  grep -q '浙ICP备12345678号-1,浙江' "$T/tel2.csv"
"$WJ" export --db "$DB" --what referrals --authority market > "$T/mkt.csv" || fail "market list"
check "market: the referred market leads with province and who referred them" python3 - "$T/mkt.csv" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
got = sorted((r["subject"], r["rule"], r["province"], r["referred_by"]) for r in rows)
print(got)
sys.exit(0 if got == [("a.test", "REVIEW_INDUCEMENT", "浙江", "张三"),
                      ("b.test", "COUNTERFEIT_TERM", "广东", "李四")] else 1)
EOF
"$WJ" export --db "$DB" --what closing > "$T/close.csv" || fail "closing list"
check "closing: the site closed and the shop service-stopped" python3 - "$T/close.csv" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
got = sorted((r["subject"], r["list"], r["outcome"]) for r in rows)
print(got)
sys.exit(0 if got == [("a.test", "停止平台服务网店", "service-stopped"),
                      ("b.test", "关闭网站", "closed")] else 1)
EOF
"$WJ" export --db "$DB" --what referrals 2>"$T/err"
check "--what referrals without --authority is a usage error (got $?)" [ $? -eq 2 ]
"$WJ" export --db "$DB" --what referrals --authority police 2>"$T/err"
check "--authority police is a usage error (got $?)" [ $? -eq 2 ]

finish
