#!/bin/sh
# Leads listing and export (issue #14 points 2 and 5) on a small crafted
# database: every filter selects the leads it should, in leads and export
# alike; a mistyped --rule is a usage error; the table fits COLUMNS by
# display width with CJK text aligned; export writes GB18030 that Python
# decodes, times with the --tz offset, Chinese headers with rule titles,
# JSON numbers and nulls; a failed export leaves the existing file
# byte-identical.
. "$TOP/tests/itlib.sh"
need sqlite3 python3
export WANGJIAN_RULES="$TOP/rules/default"

DB=$T/l.db
printf 'code,name,status\n91330000MA27XXXX0X,测试,存续\n' > "$T/reg.csv"
"$WJ" import registry --db "$DB" "$T/reg.csv" 2>/dev/null || fail "a fresh database"
# id, subject, rule, severity, status, host, url, evidence, law, region,
# first/last seen (UTC), hits, authority, region_source
sqlite3 "$DB" "
INSERT INTO leads VALUES
 (1, '杭州某某旗舰店很长的名字用来测试截断显示宽度', 'COUNTERFEIT_TERM', 'high', 'open', 'a.test',
  'http://a.test/item/1234567890/very/long/path/that/is/longer/than/any/terminal.html', '高仿 手表',
  '商标法 第五十七条', '浙江', 1764000000, strftime('%s', '2026-12-01 10:00:00'), 3, 'market', 'uscc'),
 (2, 'b.test', 'ICP_MISSING', 'low', 'open', 'b.test', 'http://b.test/', '无备案', NULL, '广东',
  1764000000, strftime('%s', '2026-11-20 08:00:00'), 1, 'telecom', 'icp'),
 (3, 'c.test', 'LICENSE_MISSING', 'medium', 'referred', 'c.test', 'http://c.test/', '=cmd|x, \"q\"',
  '电子商务法 第十五条', '浙江', 1764000000, strftime('%s', '2026-12-05 17:00:00'), 1, 'market', 'uscc'),
 (4, '厦门鞋业', 'FALSE_CLAIM', 'high', 'dismissed', 'd.test', 'http://d.test/', '最好', NULL, '福建',
  1764000000, strftime('%s', '2026-10-01 00:00:00'), 2, 'market', 'icp'),
 (5, 'e.test', 'RETURN_REFUSED', 'medium', 'resolved', 'e.test', 'http://e.test/', '不退', NULL, NULL,
  1764000000, strftime('%s', '2026-12-03 00:00:00'), 1, NULL, 'unknown'),
 (6, 'f.test', 'OLD_RULE_X', 'low', 'open', 'f.test', 'http://f.test/', '旧规则', NULL, '广东',
  1764000000, strftime('%s', '2026-12-02 00:00:00'), 1, 'market', 'icp');" || fail "crafted leads"

# ids LEADS-ARGS...: the lead ids leads --format jsonl lists, sorted, one line
ids() { "$WJ" leads --db "$DB" --format jsonl "$@" | python3 -c "
import json, sys
print(' '.join(sorted(str(json.loads(l)['lead_id']) for l in sys.stdin)))"; }
# eids ARGS...: the same through export --what leads
eids() { "$WJ" export --db "$DB" --what leads --format jsonl "$@" | python3 -c "
import json, sys
print(' '.join(sorted(str(json.loads(l)['lead_id']) for l in sys.stdin)))"; }
same() { # DESCRIPTION EXPECTED ARGS...: leads and export both select EXPECTED
  desc=$1 want=$2; shift 2
  got=$(ids "$@"); check "leads $desc: [$want] (got [$got])" [ "$got" = "$want" ]
  case " $* " in *" --status "*) ;; *) set -- --status open "$@" ;; esac
  got=$(eids "$@"); check "export $desc: [$want] (got [$got])" [ "$got" = "$want" ]
}

same "default: open" "1 2 6"
same "--status all" "1 2 3 4 5 6" --status all
same "--status referred --status dismissed" "3 4" --status referred --status dismissed
same "--status referred,dismissed" "3 4" --status referred,dismissed
same "--rule twice" "1 4" --status all --rule COUNTERFEIT_TERM --rule FALSE_CLAIM
same "--rule a comma list" "1 4" --status all --rule COUNTERFEIT_TERM,FALSE_CLAIM
same "--rule only the database knows" "6" --rule OLD_RULE_X
same "--severity high" "1 4" --status all --severity high
same "--severity medium,low" "2 3 5 6" --status all --severity medium,low
same "--province 浙江" "1 3" --status all --province 浙江
same "--province unknown" "5" --status all --province unknown
same "--authority telecom" "2" --status all --authority telecom
same "--host d.test" "4" --status all --host d.test
same "--subject 厦门鞋业" "4" --status all --subject 厦门鞋业
same "--until 2026-12-05 (UTC: the 5th, 17:00)" "1 2 3 4 5 6" --status all --tz UTC --until 2026-12-05
same "--until 2026-12-05 in Asia/Shanghai (the 6th, 01:00)" "1 2 4 5 6" --status all --tz Asia/Shanghai --until 2026-12-05
same "--since 2026-12-06 in Asia/Shanghai" "3" --status all --tz Asia/Shanghai --since 2026-12-06
got=$(TZ=Asia/Shanghai ids --status all --since 2026-12-06)
check "TZ in the environment is the default zone (got [$got])" [ "$got" = 3 ]
same "--since and --until, both days included" "2 6" --status all --tz UTC --since 2026-11-20 --until 2026-12-02 \
  --severity low

for cmd in "leads" "export --what leads"; do
  # shellcheck disable=SC2086
  "$WJ" $cmd --db "$DB" --rule NOPE >/dev/null 2>"$T/err"
  rc=$?
  check "$cmd --rule NOPE: usage error (exit $rc)" [ $rc -eq 2 ] && grep -q "NOPE" "$T/err"
  # shellcheck disable=SC2086
  "$WJ" $cmd --db "$DB" --severity urgent >/dev/null 2>&1
  check "$cmd --severity urgent: usage error" [ $? -eq 2 ]
  # shellcheck disable=SC2086
  "$WJ" $cmd --db "$DB" --since 2026-13-01 >/dev/null 2>&1
  check "$cmd --since 2026-13-01: usage error" [ $? -eq 2 ]
  # shellcheck disable=SC2086
  "$WJ" $cmd --db "$DB" --tz Nowhere/Nothing >/dev/null 2>&1
  check "$cmd --tz Nowhere/Nothing: usage error" [ $? -eq 2 ]
done
"$WJ" export --db "$DB" --what findings --rule COUNTERFEIT_TERM >/dev/null 2>&1
check "export --what findings takes no lead filter" [ $? -eq 2 ]
"$WJ" export --db "$DB" --what leads --encoding gb18030 --bom >/dev/null 2>&1
check "--bom with gb18030: usage error" [ $? -eq 2 ]
"$WJ" export --db "$DB" --what leads --encoding latin1 >/dev/null 2>&1
check "--encoding latin1: usage error" [ $? -eq 2 ]

# ---- JSON lines: numbers, nulls, times with the zone's offset ----
"$WJ" export --db "$DB" --what leads --format jsonl --tz Asia/Shanghai > "$T/l.jsonl"
check "jsonl: numbers as numbers, missing values as null, +08:00 times" python3 -c "
import json, sys
rows = {r['lead_id']: r for r in map(json.loads, open(sys.argv[1]))}
one, five = rows[1], rows[5]
assert one['hits'] == 3 and isinstance(one['showing'], int), one
assert five['authority'] is None and five['law'] is None and five['region'] is None, five
assert one['last_seen'] == '2026-12-01T18:00:00+08:00', one['last_seen']
assert rows[3]['last_seen'] == '2026-12-06T01:00:00+08:00', rows[3]['last_seen']
" "$T/l.jsonl"
TZ=UTC "$WJ" export --db "$DB" --what leads --format jsonl --rule COUNTERFEIT_TERM > "$T/u.jsonl"
check "TZ=UTC: +00:00" grep -q '"last_seen":"2026-12-01T10:00:00+00:00"' "$T/u.jsonl"
"$WJ" leads --db "$DB" --format csv --status all > "$T/l.csv"
check "leads --format csv: the export columns, then checked, change, change_run" sh -c \
  "head -1 '$T/l.csv' | grep -q '^lead_id,rule,severity,status,subject,host,url,evidence,law,region,first_seen,last_seen,hits,showing,authority,region_source,checked,change,change_run'"
check "and a formula-like cell is neutralised" grep -q "\"'=cmd|x, \"\"q\"\"\"" "$T/l.csv"

# ---- GB18030 with Chinese headers and rule titles ----
"$WJ" export --db "$DB" --what leads --encoding gb18030 --header zh --out "$T/gb.csv"
check "gb18030 export exits 0" [ $? -eq 0 ]
check "it is not UTF-8 and decodes as gb18030 with the Chinese intact" python3 -c "
import csv, io, sys
raw = open(sys.argv[1], 'rb').read()
try:
    raw.decode('utf-8'); sys.exit('still UTF-8')
except UnicodeDecodeError:
    pass
rows = list(csv.reader(io.StringIO(raw.decode('gb18030'), newline='')))
head = rows[0]
assert head[0] == '线索编号' and head[-1] == '规则名称', head
by = {r[0]: dict(zip(head, r)) for r in rows[1:]}
assert by['1']['主体'] == '杭州某某旗舰店很长的名字用来测试截断显示宽度', by['1']
assert by['1']['省份'] == '浙江' and by['1']['法律依据'] == '商标法 第五十七条'
assert '假冒' in by['1']['规则名称'], by['1']['规则名称']
assert by['6']['规则名称'] == '', by['6']   # a rule the rulebook does not have
" "$T/gb.csv"
"$WJ" export --db "$DB" --what leads --bom --out "$T/bom.csv"
check "--bom: UTF-8 with a byte-order mark" sh -c "head -c 3 '$T/bom.csv' | od -An -tx1 | grep -q 'ef bb bf'"

# ---- a failed export leaves the file there byte-identical ----
cp "$T/gb.csv" "$T/gb.before"
sqlite3 "$DB" "INSERT INTO leads VALUES (7, 'g.test', 'ICP_MISSING', 'low', 'open', 'g.test',
  'http://g.test/', CAST(X'E4B8ADFF' AS TEXT), NULL, '广东', 1764000000, 1764000000, 1, 'telecom', 'icp')"
"$WJ" export --db "$DB" --what leads --encoding gb18030 --header zh --out "$T/gb.csv" 2>"$T/err"
rc=$?
cat "$T/err"
check "invalid UTF-8 in a late row fails the gb18030 export (exit $rc)" [ $rc -eq 1 ]
check "and names the row" grep -q "row 7 has text that is not valid UTF-8" "$T/err"
check "the file is byte-identical" cmp "$T/gb.csv" "$T/gb.before"
"$WJ" export --db "$DB" --what leads --format jsonl --out "$T/l.jsonl" 2>/dev/null
check "jsonl export of the same row fails too" [ $? -eq 1 ]
check "and leaves its file" sh -c "[ \$(wc -l < '$T/l.jsonl') -eq 6 ]"
check "no temporary file is left" sh -c "! ls '$T' | grep -q tmp-"
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$T/ro" && cp "$T/gb.before" "$T/ro/x.csv" && chmod 555 "$T/ro"
  "$WJ" export --db "$DB" --what leads --rule COUNTERFEIT_TERM --out "$T/ro/x.csv" 2>/dev/null
  check "a read-only directory: export fails" [ $? -eq 1 ]
  check "and the file there is byte-identical" cmp "$T/ro/x.csv" "$T/gb.before"
  chmod 755 "$T/ro"
fi
sqlite3 "$DB" "DELETE FROM leads WHERE lead_id = 7"

# ---- the table: fits COLUMNS by display width, CJK aligned ----
cat > "$T/width.py" <<'PY'
import re, sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in 'WF' else 1
               for c in s)
limit, path = int(sys.argv[1]), sys.argv[2]
lines = open(path, encoding='utf-8').read().splitlines()
assert len(lines) >= 2, lines
head = lines[0]
for l in lines:
    assert width(l) <= limit, (width(l), l)
# every column starts at the display offset of its header
cols = [(m.start(), m.group()) for m in re.finditer(r'\S+(?: \S+)*', head)]
offs = [width(head[:i]) for i, _ in cols]
rules = {'COUNTERFEIT_TERM', 'ICP_MISSING', 'LICENSE_MISSING', 'FALSE_CLAIM', 'RETURN_REFUSED',
         'OLD_RULE_X'}
for l in lines[1:]:
    for off, (i, name) in zip(offs, cols):
        # the character at display offset off starts a cell (none is empty)
        w = 0
        for k, c in enumerate(l):
            if w >= off:
                break
            w += width(c)
        assert w == off, (name, off, l)
        assert k == 0 or l[k - 1] == ' ', (name, l)
        cell = l[k:].split('  ')[0]
        if name == 'RULE':
            assert cell in rules, ('rule cut', cell)
        if name == 'LAST SEEN':
            assert re.fullmatch(r'\d{4}-\d\d-\d\d', cell), cell
print(' '.join(n for _, n in cols))
PY
for c in 60 200; do
  COLUMNS=$c "$WJ" leads --db "$DB" --status all > "$T/t$c" 2>"$T/e$c"
  cat "$T/t$c" "$T/e$c"
  check "COLUMNS=$c: every row fits, columns line up by display width" python3 "$T/width.py" $c "$T/t$c"
done
check "COLUMNS=200: province, subject and URL are there, whole" sh -c \
  "head -1 '$T/t200' | grep -q 'PROVINCE  SUBJECT' && grep -q '杭州某某旗舰店很长的名字用来测试截断显示宽度' '$T/t200'"
check "COLUMNS=60: the long subject is cut with …" grep -q '杭州.*…' "$T/t60"
check "and stderr names the hidden columns" grep -q "too narrow for" "$T/e60"
COLUMNS=100 "$WJ" leads --db "$DB" --status all > "$T/t100" 2>/dev/null
check "COLUMNS=100 fits too" python3 "$T/width.py" 100 "$T/t100"
"$WJ" leads --db "$DB" --status all > "$T/tn" 2>/dev/null
check "no terminal and no COLUMNS: whole cells" grep -q 'terminal.html' "$T/tn"

# --limit and --offset page through the listing in its order (severity, then
# id: 1 4 3 5 2 6), in every format, and the count says where the page is
order() { "$WJ" leads --db "$DB" --status all --format jsonl "$@" |
  python3 -c "import json,sys; print(' '.join(str(json.loads(l)['lead_id']) for l in sys.stdin))"; }
got=$(order); check "the whole listing: 1 4 3 5 2 6 (got $got)" [ "$got" = "1 4 3 5 2 6" ]
got=$(order --limit 2); check "--limit 2: 1 4 (got $got)" [ "$got" = "1 4" ]
got=$(order --offset 2 --limit 2); check "--offset 2 --limit 2: 3 5 (got $got)" [ "$got" = "3 5" ]
got=$(order --offset 4); check "--offset 4: 2 6 (got $got)" [ "$got" = "2 6" ]
got=$("$WJ" leads --db "$DB" --status all --format csv --offset 1 --limit 1 | tail -n +2 | cut -d, -f1)
check "csv pages too: --offset 1 --limit 1 is lead 4 (got $got)" [ "$got" = "4" ]
"$WJ" leads --db "$DB" --status all --offset 2 --limit 2 > "$T/p2" 2> "$T/p2e"
cat "$T/p2e"
check "a table page holds its rows only" sh -c "[ \$(wc -l < '$T/p2') -eq 3 ] && grep -q RETURN_REFUSED '$T/p2'"
check "and its count says which and how to go on" \
  grep -q "leads 3-4 of 6 (all); --offset 4 shows the next" "$T/p2e"
"$WJ" leads --db "$DB" --status all --offset 4 --limit 10 2> "$T/p3e" >/dev/null
check "the last page has no 'next' (got: $(cat "$T/p3e"))" grep -q "leads 5-6 of 6 (all)\$" "$T/p3e"
"$WJ" leads --db "$DB" --status all --offset 9 > "$T/p4" 2> "$T/p4e"
check "past the end: no rows, and the count says so" sh -c \
  "[ ! -s '$T/p4' ] && grep -q 'no leads past the 6 there are' '$T/p4e'"
"$WJ" leads --db "$DB" --status all --rule ICP_INVALID --offset 3 > "$T/p5" 2> "$T/p5e"
check "a page of a list that selects nothing: '0 leads' (got: $(cat "$T/p5e"))" sh -c \
  "[ ! -s '$T/p5' ] && grep -q '0 leads (all)' '$T/p5e'"
"$WJ" leads --db "$DB" --limit 0 2> "$T/l0e"
check "--limit 0 is a usage error (exit $?)" grep -q "limit needs a number from 1" "$T/l0e"
"$WJ" leads --db "$DB" --offset -1 2>/dev/null
check "--offset -1 is a usage error (exit $?)" [ $? -eq 2 ]
"$WJ" leads --db "$DB" --source complaint --limit 5 2> "$T/lce"
check "--source complaint takes no --limit" grep -q "limit does not apply" "$T/lce"
finish
