#!/bin/sh
# docs/schema.md cannot fall behind the schema (issue #12 point 7): after
# two crawls of a small site (a page changed between them) and people's
# decisions, every ```sql block of the document runs in the sqlite3 shell
# on a read-only connection, the view queries agree with `wangjian leads`
# and `wangjian runs`, and every column of every table and view in the
# live database is named in that table's section of the document.
. "$TOP/tests/itlib.sh"
need sqlite3 python3
DOC=$TOP/docs/schema.md
[ -f "$DOC" ] || { fail "docs/schema.md exists"; finish; }

page() { # FILE TEXT [LINKS]
  printf '<html><head><title>店</title></head><body><p>%s</p>%s</body></html>\n' "$2" "${3:-}" > "$1"
}
BAD_FAKE='本店另售高仿名牌手表，欢迎咨询。'
BAD_REVIEW='收货后五星好评返现5元，晒图再返3元，联系客服领取。'
S=$T/sites
mkdir -p "$S/shop-a.test" "$S/shop-b.test" "$S/shop-c.test"
page "$S/shop-a.test/index.html" '甲店首页 浙ICP备12345678号-1' '<a href="/item1.html">1</a>'
page "$S/shop-a.test/item1.html" "运动鞋 $BAD_FAKE"
page "$S/shop-b.test/index.html" '乙店首页 粤ICP备87654321号' '<a href="/item1.html">1</a>'
page "$S/shop-b.test/item1.html" "茶叶 $BAD_REVIEW"
page "$S/shop-c.test/index.html" '丙店首页' '<a href="/item1.html">1</a>'
page "$S/shop-c.test/item1.html" "手表 $BAD_FAKE"
start_httpd "$S"
DB=$T/wj.db
crawl() {
  "$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 10 --quiet \
    http://shop-a.test/ http://shop-b.test/ http://shop-c.test/ </dev/null
}
# lead_of SUBJECT RULE: the lead's id
lead_of() {
  "$WJ" leads --db "$DB" --status all --format jsonl | python3 -c '
import json, sys
for l in sys.stdin:
    o = json.loads(l)
    if o["subject"] == sys.argv[1] and o["rule"] == sys.argv[2]:
        print(o["lead_id"])' "$1" "$2"
}

crawl
rc=$?
check "day 1 crawl: exit 0 (got $rc)" [ $rc -eq 0 ]
B=$(lead_of shop-b.test REVIEW_INDUCEMENT)
check "day 1: shop B has a REVIEW_INDUCEMENT lead ($B)" [ -n "$B" ]
"$WJ" leads set --db "$DB" --status confirmed --by 张三 --note '已约谈，责令整改' "$B" >/dev/null
rc=$?
check "a person confirms it (exit $rc)" [ $rc -eq 0 ]
# day 2: shop A and shop B fix their pages, shop C adds a violation
page "$S/shop-a.test/item1.html" '运动鞋 正品'
page "$S/shop-b.test/item1.html" '茶叶 正品'
page "$S/shop-c.test/item1.html" "手表 $BAD_FAKE $BAD_REVIEW"
crawl
rc=$?
check "day 2 crawl: exit 0 (got $rc)" [ $rc -eq 0 ]
C=$(lead_of shop-c.test REVIEW_INDUCEMENT)
"$WJ" leads set --db "$DB" --status referred --by 李四 --note '移送平台所在地' --outcome closed "$C" \
  >/dev/null
rc=$?
check "a person refers shop C's new lead ($C, exit $rc)" [ -n "$C" ] && [ $rc -eq 0 ]
"$WJ" leads --db "$DB" --status all --format jsonl > "$T/leads.jsonl"
"$WJ" runs --db "$DB" --format jsonl > "$T/runs.jsonl"
check "two runs recorded" [ "$(wc -l < "$T/runs.jsonl")" -eq 2 ]

# Every ```sql block runs; the view queries agree with the commands.
python3 - "$DOC" "$DB" "$WJ" "$T" <<'PY' > "$T/blocks.out" 2>&1
import json, re, subprocess, sys
doc, db, wj, tmp = sys.argv[1:5]
text = open(doc, encoding="utf-8").read()
blocks = re.findall(r"^```sql\n(.*?)^```", text, re.S | re.M)
leads = [json.loads(l) for l in open(tmp + "/leads.jsonl", encoding="utf-8")]
runs = [json.loads(l) for l in open(tmp + "/runs.jsonl", encoding="utf-8")]
fails = 0

def report(ok, what):
    global fails
    print(("ok: " if ok else "FAIL: ") + what)
    fails += not ok

def lead_region(l):
    return l["region"] or "未知"

def by_province(rows, sql):
    want = {}
    for l in leads:
        if l["status"] in ("open", "confirmed"):
            w = want.setdefault(lead_region(l), [0, 0, set()])
            w[0] += 1
            w[1] += l["status"] == "confirmed"
            w[2].add(l["subject"])
    got = {r["province"]: [r["open_leads"], r["confirmed"], r["subjects"]] for r in rows}
    want = {k: [v[0], v[1], len(v[2])] for k, v in want.items()}
    return got == want and len(want) >= 2, "%s vs leads: %s" % (got, want)

def changes(rows, sql):
    m = re.search(r"lead_id\s*=\s*(\d+)", sql)
    if m:  # one lead's history, as `leads show` tells it
        show = json.loads(subprocess.run([wj, "leads", "show", "--db", db, "--format", "json",
                                          m.group(1)], capture_output=True, text=True).stdout)
        want = [[h["at"], h["old_status"], h["new_status"], h["actor"], str(h["run"]),
                 h["note"], h["outcome"]] for h in show["history"]]
        got = [[r["at_utc"], r["old_status"] or "", r["new_status"], r["actor"] or "",
                str(r["run"] or ""), r["note"] or "", r["outcome"] or ""] for r in rows]
        return got == want and len(got) >= 1, "%s vs leads show: %s" % (got, want)
    if "GROUP BY run" in sql:  # what each run changed, as `runs` counts it
        want = {r["run"]: [r["new"], r["reopened"], r["resolved"]] for r in runs}
        got = {r["run"]: [r["new"], r["reopened"], r["resolved"]] for r in rows}
        return got == want, "%s vs runs: %s" % (got, want)
    m = re.search(r"at_utc\s*>=\s*'([0-9-]+)'", sql)
    if m and "old_status IS NULL" in sql:  # leads new since a date
        out = subprocess.run([wj, "leads", "--db", db, "--new-since", m.group(1), "--format",
                              "jsonl"], capture_output=True, text=True).stdout
        want = sorted(str(json.loads(l)["lead_id"]) for l in out.splitlines()
                      if json.loads(l)["change"] == "new")
        got = sorted(str(r["lead_id"]) for r in rows)
        return got == want and got, "%s vs leads --new-since: %s" % (got, want)
    return None, "no agreement check for this lead_changes query"

def sightings(rows, sql):
    want = {str(l["lead_id"]): [int(l["hits"]), int(l["showing"])] for l in leads}
    got = {}
    for r in rows:
        g = got.setdefault(str(r["lead_id"]), [0, 0])
        g[0] += 1
        g[1] += r["showing"]
    if re.search(r"lead_id\s*=\s*\d+", sql):
        want = {k: v for k, v in want.items() if k in got}
    return got == want and got, "%s vs leads hits/showing: %s" % (got, want)

checks = {"open_leads_by_province": by_province, "lead_changes": changes,
          "lead_sightings": sightings}
print("%d sql blocks" % len(blocks))
report(len(blocks) >= 6, "docs/schema.md has sql blocks (%d)" % len(blocks))
for sql in blocks:
    name = sql.strip().splitlines()[0][:70]
    p = subprocess.run(["sqlite3", "-readonly", "-bail", "-json", db], input=sql,
                       capture_output=True, text=True)
    report(p.returncode == 0 and not p.stderr, "runs: %s %s" % (name, p.stderr.strip()))
    rows = json.loads(p.stdout) if p.stdout.strip() else []
    views = [v for v in checks if re.search(r"\bFROM\s+" + v + r"\b", sql)]
    for v in views:
        ok, why = checks[v](rows, sql)
        report(ok, "%s agrees: %s" % (name, why))
sys.exit(1 if fails else 0)
PY
rc=$?
cat "$T/blocks.out"
check "every sql block runs and the views agree with leads/runs (see above)" [ $rc -eq 0 ]

# Every column of every table and view is named in its section.
python3 - "$DOC" "$DB" <<'PY' > "$T/cols.out" 2>&1
import re, sqlite3, sys
doc, db = sys.argv[1:3]
text = open(doc, encoding="utf-8").read()
con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
missing = []
names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                                   " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'pages_fts_%'")]
for name in names:
    # the section whose heading names the table: up to the next heading
    m = re.search(r"^#+ [^\n]*`%s`[^\n]*\n(.*?)(?=^#{1,3} |\Z)" % re.escape(name), text,
                  re.S | re.M)
    if not m:
        missing.append("%s: no section" % name)
        continue
    for (col,) in con.execute("SELECT name FROM pragma_table_info(?)", (name,)):
        if "`%s`" % col not in m.group(1):
            missing.append("%s.%s" % (name, col))
print("%d tables and views checked" % len(names))
print("\n".join("not in docs/schema.md: " + x for x in missing))
sys.exit(1 if missing or len(names) < 12 else 0)
PY
rc=$?
cat "$T/cols.out"
check "every column of every table and view is named in docs/schema.md" [ $rc -eq 0 ]
finish
