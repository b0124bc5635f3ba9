#!/bin/sh
# Operator linking (同一经营者, issue #15 point 4): a crawl of the corpus in
# tests/fixtures/operators (gen.py writes it) stores each page's identity
# signals; `wangjian operators` joins every pair expected.tsv says "join"
# (one pair per strong kind, an ICP number differing only in its -N
# suffix, a chain A-B, B-C) and no pair it says "apart" (same template,
# same 400 hotline, same server IP, the platform's footer identity on every
# shop, a phone number one digit apart, same company name or landline, a
# signal on more subjects than --max-shared).  The template (one shop
# theme's markup skeleton) is shown as weak; a platform's frame is none.  Contacts are masked in
# jsonl unless --with-contacts; `leads show` names the operator.
. "$TOP/tests/itlib.sh"
need python3
FX=$TOP/tests/fixtures/operators
start_httpd "$FX/sites"
DB=$T/op.db
# shellcheck disable=SC2046
"$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet \
  --platforms "$TOP/seeds/platforms" $(cat "$FX/seeds.txt") </dev/null 2>"$T/crawl.err"
rc=$?
check "the crawl exits 0 (got $rc)" [ $rc -eq 0 ]
cat "$T/crawl.err"

ops() { "$WJ" operators --db "$DB" --platforms "$TOP/seeds/platforms" "$@"; }
ops --format jsonl --all --max-shared 3 > "$T/ops.jsonl" 2>"$T/ops.err"
check "operators --format jsonl exits 0 (got $?)" [ $? -eq 0 ]
# pairs EXPECTED JSONL: one line per pair that is not as expected
pairs() {
  python3 - "$1" "$2" <<'PY'
import json, sys
op = {}
for line in open(sys.argv[2], encoding="utf-8"):
    o = json.loads(line)
    for s in o["subjects"]:
        op[s] = o["operator"]
n = bad = 0
for line in open(sys.argv[1], encoding="utf-8"):
    want, a, b = line.split()
    n += 1
    if a not in op or b not in op:
        print("no signals stored for %s or %s" % (a, b)); bad += 1; continue
    if (op[a] == op[b]) != (want == "join"):
        print("%s %s %s, but they are in %s and %s" % (want, a, b, op[a], op[b])); bad += 1
print("%d pairs, %d wrong" % (n, bad))
PY
}
pairs "$FX/expected.tsv" "$T/ops.jsonl" > "$T/pairs.out"
cat "$T/pairs.out"
check "every linked pair joined, no unlinked pair joined" grep -q ' 0 wrong$' "$T/pairs.out"
check "all pairs were checked" grep -q "^$(wc -l < "$FX/expected.tsv" | tr -d ' ') pairs" "$T/pairs.out"
check "the chain is one operator of three, named by its smallest subject" \
  grep -q '"operator":"chain-a.test","subjects":\["chain-a.test","chain-b.test","chain-c.test"\]' "$T/ops.jsonl"

field() { # OPERATOR PYTHON-EXPRESSION-ON-o: prints it
  python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(l)
    if o["operator"] == sys.argv[2]:
        print(eval(sys.argv[3]))' "$T/ops.jsonl" "$1" "$2"
}
check "the ICP signal is the filing without its -N suffix" \
  [ "$(field icp-a.test '[s["value"] for s in o["signals"] if s["kind"] == "icp"]')" = "['粤ICP备20230001']" ]
check "its pages are listed" \
  [ "$(field icp-a.test '[p for s in o["signals"] if s["kind"] == "icp" for p in s["pages"]]')" = "['http://icp-a.test/', 'http://icp-b.test/']" ]
check "the 400 hotline is shown as weak, not joining" \
  [ "$(field hotline-a.test '[(s["strength"], s["reason"], s["shown_by"]) for s in o["signals"] if s["kind"] == "hotline"]')" = "[('weak', 'weak', 2)]" ]
check "one shop theme on two shops is shown as a weak template signal, not joining" \
  [ "$(field tpl-a.test '[(s["strength"], s["reason"], s["shown_by"], s["value"][:6]) for s in o["signals"] if s["kind"] == "template"]')" = "[('weak', 'weak', 2, 'skel1:')]" ]
tplv() { field "$1" '[s["value"] for s in o["signals"] if s["kind"] == "template"]'; }
check "both shops show one value" [ "$(tplv tpl-a.test)" = "$(tplv tpl-b.test)" ]
check "on its home page, not on its plain about page" \
  [ "$(field tpl-b.test '[p for s in o["signals"] if s["kind"] == "template" for p in s["pages"]]')" = "['http://tpl-b.test/']" ]
check "the platform's page frame around its shops is no template signal" \
  [ "$(field mall.wangjian.test/shop/s1 '[s["kind"] for s in o["signals"] if s["kind"] == "template"]')" = "[]" ]
check "nor are the plain pages of the other sites (too few marked blocks to tell a theme)" \
  [ "$(grep -c '"kind":"template"' "$T/ops.jsonl")" = 2 ]
check "the platform's ICP is shown as the platform's" \
  [ "$(field mall.wangjian.test/shop/s1 '[(s["reason"], s["shown_by"]) for s in o["signals"] if s["kind"] == "icp"]')" = "[('platform', 3)]" ]
check "the popular analytics ID is shown as over-shared" \
  [ "$(field pop-a.test '[(s["reason"], s["shown_by"]) for s in o["signals"] if s["kind"] == "baidu_tongji"]')" = "[('shared', 4)]" ]
check "the chain's open leads are counted by rule (subjects with one)" \
  [ "$(field chain-a.test 'sorted(o["open_leads"].items())')" = "[('COUNTERFEIT_TERM', 1), ('ICP_MISSING', 3), ('LICENSE_MISSING', 3)]" ]

# ---- PIPL: contacts masked in jsonl unless --with-contacts, shown in the table ----
check "jsonl masks the e-mail" [ "$(field mail-a.test '[s["value"] for s in o["signals"] if s["kind"] == "email"]')" = "['b***@jiayi-shop.cn']" ]
check "and the payee" [ "$(field payee-a.test '[s["value"] for s in o["signals"] if s["kind"] == "payee"]')" = "['韩*梅']" ]
ops --format jsonl --with-contacts > "$T/full.jsonl" 2>/dev/null
check "--with-contacts shows them" grep -q '"value":"boss@jiayi-shop.cn"' "$T/full.jsonl"
check "the USCC is never masked" grep -q '"value":"91440300MA5F1AAA83"' "$T/ops.jsonl"

# ---- defaults: operators of two or more subjects; the table; --max-shared ----
ops > "$T/table.txt" 2>"$T/table.err"
check "the table exits 0 (got $?)" [ $? -eq 0 ]
check "the table has a header and one line per operator" \
  [ "$(head -1 "$T/table.txt")" = "$(printf 'OPERATOR\tN\tSUBJECTS\tOPEN_LEADS\tSIGNALS')" ]
check "the table shows contacts" grep -q 'email=boss@jiayi-shop.cn \[strong, joins\]' "$T/table.txt"
check "singletons are left out by default" sh -c "! grep -q '^tpl-a.test' '$T/table.txt'"
check "with the default --max-shared 20 the four sites sharing an ID join" \
  grep -q "^pop-a.test	4	pop-a.test,pop-b.test,pop-c.test,pop-d.test	" "$T/table.txt"
# 14 pairs + chain + pop (default --max-shared)
check "stderr counts the operators" grep -q '^wangjian: 16 operators$' "$T/table.err"
ops --max-shared x >/dev/null 2>"$T/err"
check "a bad --max-shared is a usage error" [ $? -eq 2 ]
ops --format csv >/dev/null 2>"$T/err"
check "a bad --format is a usage error" [ $? -eq 2 ]

# ---- leads show names the operator ----
id=$("$WJ" leads --db "$DB" --format jsonl | python3 -c '
import json, sys
for l in sys.stdin:
    o = json.loads(l)
    if o["subject"] == "chain-a.test" and o["rule"] == "COUNTERFEIT_TERM":
        print(o["lead_id"])')
"$WJ" leads show --db "$DB" "$id" > "$T/show.txt" 2>&1
check "leads show exits 0" [ $? -eq 0 ]
check "leads show names the operator and its other subjects" \
  grep -q '^operator: chain-a.test, also running: chain-b.test chain-c.test$' "$T/show.txt"
check "and the signals that join them" grep -q 'joined by:.*email=chain@shop-b.cn.*qq=55566677' "$T/show.txt"
"$WJ" leads show --db "$DB" --format json "$id" > "$T/show.json"
check "leads show --format json has the operator" \
  [ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["operator"]["other_subjects"])' "$T/show.json")" = "['chain-b.test', 'chain-c.test']" ]

# ---- the leads export names the operator; contacts only with --with-contacts ----
# export_col FILE SUBJECT COLUMN: the column's values of SUBJECT's leads
export_col() {
  python3 -c '
import json, sys
v = {repr(json.loads(l).get(sys.argv[3], "ABSENT")) for l in open(sys.argv[1], encoding="utf-8")
     if json.loads(l)["subject"] == sys.argv[2]}
print(sorted(v))' "$@"
}
"$WJ" export --db "$DB" --what leads --format jsonl --out "$T/leads.jsonl" 2>"$T/exp.err"
check "export --what leads exits 0 (got $?)" [ $? -eq 0 ]
check "each lead of chain-c.test names the operator chain-a.test" \
  [ "$(export_col "$T/leads.jsonl" chain-c.test operator)" = "[\"'chain-a.test'\"]" ]
check "with its number of shops, as a number" \
  [ "$(export_col "$T/leads.jsonl" chain-c.test operator_shops)" = "['3']" ]
check "a subject linked to none is its own operator of one shop" \
  [ "$(export_col "$T/leads.jsonl" tpl-a.test operator)/$(export_col "$T/leads.jsonl" tpl-a.test operator_shops)" = "[\"'tpl-a.test'\"]/['1']" ]
check "the export has no contacts column" \
  [ "$(export_col "$T/leads.jsonl" chain-b.test contacts)" = "[\"'ABSENT'\"]" ]
# (the evidence column quotes the page as shown, contacts included: it is
# the evidence; the operator's signals are what stays out)
check "and no contact detail outside the evidence quotes" sh -c "python3 -c '
import json, sys
for l in open(sys.argv[1], encoding=\"utf-8\"):
    o = json.loads(l); o.pop(\"evidence\")
    print(json.dumps(o, ensure_ascii=False))' '$T/leads.jsonl' | grep -c 'chain@shop-b.cn\\|55566677\\|boss@' | grep -qx 0"
"$WJ" export --db "$DB" --what leads --with-contacts --header zh --out "$T/leads.csv" 2>>"$T/exp.err"
check "export --with-contacts exits 0" [ $? -eq 0 ]
check "its CSV has 经营者, 经营者网店数 and 联系方式 columns" \
  sh -c "head -1 '$T/leads.csv' | grep -q '经营者,经营者网店数,联系方式'"
check "and the contact details of the lead's subject" grep -q 'chain-b.test.*email=chain@shop-b.cn' "$T/leads.csv"
"$WJ" export --db "$DB" --what findings --with-contacts --out "$T/f.csv" 2>"$T/err"
check "--with-contacts with --what findings is a usage error" [ $? -eq 2 ]
# ---- unreadable platform profiles: the export warns, links nothing, still has contacts ----
mkdir -p "$T/badplat"
printf '[platform]\nname = broken\n[home\n' > "$T/badplat/broken.ini"
WANGJIAN_PLATFORMS_DIR="$T/badplat" "$WJ" export --db "$DB" --what leads --format jsonl \
  --with-contacts --out "$T/nolink.jsonl" 2>"$T/nolink.err"
check "export with broken profiles still exits 0 (got $?)" [ $? -eq 0 ]
check "it names the broken file" grep -q 'broken.ini' "$T/nolink.err"
check "and warns that leads are not linked" grep -q 'platform profiles cannot be read' "$T/nolink.err"
check "so chain-c.test is its own operator" \
  [ "$(export_col "$T/nolink.jsonl" chain-c.test operator)/$(export_col "$T/nolink.jsonl" chain-c.test operator_shops)" = "[\"'chain-c.test'\"]/['1']" ]
check "and the contacts are still read" sh -c "grep -q 'chain@shop-b.cn' '$T/nolink.jsonl'"
finish
