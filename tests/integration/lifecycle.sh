#!/bin/sh
# Leads as cases (issue #12, lifecycle): a fixed page resolves its lead and
# a violation that returns re-opens it, both kept in the history; people
# confirm, dismiss and refer leads (leads set), which runs respect; a
# rescan with another rulebook leaves the other rules' leads alone; a
# listing that answers 404 resolves its lead; HITS counts pages, so it
# does not grow when the same crawl is repeated or rescanned.
. "$TOP/tests/itlib.sh"

mkdir -p "$T/sites/shop.test"
page() { printf '<html><head><title>店</title></head><body><p>%s</p>%s</body></html>\n' "$2" "$3" > "$1"; }
BAD='本店另售高仿名牌手表，欢迎咨询。'
REV='收货后五星好评返现5元，晒图再返3元，联系客服领取。'
page "$T/sites/shop.test/index.html" "首页 正品" '<a href="/a.html">a</a> <a href="/b.html">b</a> <a href="/c.html">c</a>'
page "$T/sites/shop.test/a.html" "运动鞋 $BAD" ''
page "$T/sites/shop.test/b.html" "登山包 $REV" ''
page "$T/sites/shop.test/c.html" "茶叶 $REV" ''
start_httpd "$T/sites"
DB=$T/l.db
crawl() { "$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 --warc-dir "$T/warc" "$@" \
  http://shop.test/ </dev/null; }
lead() { # RULE FIELD: a field of the shop's lead of RULE (leads show --format json)
  id=$("$WJ" leads --db "$DB" --status all --format jsonl | python3 -c "
import json, sys
for l in map(json.loads, sys.stdin):
    if l['rule'] == sys.argv[1]: print(l['lead_id'])" "$1")
  "$WJ" leads show --db "$DB" --format json "$id" | python3 -c "
import json, sys
v = json.load(sys.stdin)[sys.argv[1]]
print(json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)" "$2"
}

crawl || fail "first crawl"
CF=$(lead COUNTERFEIT_TERM lead_id)
RV=$(lead REVIEW_INDUCEMENT lead_id)
check "two leads: counterfeit ($CF) and paid reviews ($RV)" [ -n "$CF" ] && [ -n "$RV" ]
check "paid reviews: HITS counts its 2 pages" [ "$(lead REVIEW_INDUCEMENT hits)" = 2 ]

# ---- HITS does not grow when the same crawl is repeated or rescanned ----
crawl; crawl; "$WJ" rescan --db "$DB" 2>/dev/null; "$WJ" rescan --db "$DB" 2>/dev/null
check "HITS after two more crawls and two rescans: still 2" [ "$(lead REVIEW_INDUCEMENT hits)" = 2 ]
check "and 2 pages show it now" [ "$(lead REVIEW_INDUCEMENT showing)" = 2 ]

# ---- fixed, then back: resolved and re-opened, both in the history ----
page "$T/sites/shop.test/a.html" "运动鞋 正品" ''
crawl
check "the shop fixed its page: the counterfeit lead is resolved" [ "$(lead COUNTERFEIT_TERM status)" = resolved ]
"$WJ" evidence --db "$DB" --out "$T/ev1" "$CF" 2>"$T/err"
check "evidence for the resolved lead exits 0 (got $?)" [ -f "$T/ev1/capture-1/body" ]
check "and still shows the violating text, not the fixed page" grep -q '高仿名牌手表' "$T/ev1/capture-1/body"
check "its manifest verifies" sh -c "cd '$T/ev1' && sha256sum -c --quiet manifest.sha256"
page "$T/sites/shop.test/a.html" "运动鞋 $BAD" ''
crawl
check "the violation is back: re-opened" [ "$(lead COUNTERFEIT_TERM status)" = open ]
lead COUNTERFEIT_TERM history > "$T/hist"
cat "$T/hist"
check "its history: new, resolved, re-opened, each by a crawl run" python3 -c "
import json, sys
h = json.load(open(sys.argv[1]))
steps = [(e['old_status'], e['new_status']) for e in h]
sys.exit(0 if steps == [('', 'open'), ('open', 'resolved'), ('resolved', 'open')] and
         all(e['actor'] == 'crawl' and e['run'] for e in h) else 1)" "$T/hist"

# ---- people decide; runs respect it ----
"$WJ" leads set --db "$DB" --status dismissed --note "平台已下架" --by 张三 "$RV" 2>"$T/err"
check "leads set --status dismissed exits 0 (got $?)" grep -q 'set to dismissed by 张三' "$T/err"
crawl
page "$T/sites/shop.test/b.html" "登山包 正品" ''
page "$T/sites/shop.test/c.html" "茶叶 正品" ''
crawl
check "a dismissed lead stays dismissed through two crawls (seen, then fixed)" \
  [ "$(lead REVIEW_INDUCEMENT status)" = dismissed ]
check "its sightings still count" [ "$(lead REVIEW_INDUCEMENT showing)" = 0 ]
lead REVIEW_INDUCEMENT history > "$T/hist2"
check "the person's change is in the history with name and note" python3 -c "
import json, sys
h = json.load(open(sys.argv[1]))
sys.exit(0 if any(e['actor'] == '张三' and e['new_status'] == 'dismissed' and e['note'] == '平台已下架'
                  and not e['run'] for e in h) and h[-1]['new_status'] == 'dismissed' else 1)" "$T/hist2"

"$WJ" leads set --db "$DB" --status confirmed --by 李四 "$CF" 2>/dev/null
page "$T/sites/shop.test/a.html" "运动鞋 正品" ''
crawl
check "a confirmed lead no longer seen keeps its status" [ "$(lead COUNTERFEIT_TERM status)" = confirmed ]
lead COUNTERFEIT_TERM history > "$T/hist3"
check "and gets a rectified (已整改) entry from the run" python3 -c "
import json, sys
e = json.load(open(sys.argv[1]))[-1]
sys.exit(0 if e['note'] == 'rectified' and e['actor'] == 'crawl' and e['new_status'] == 'confirmed' else 1)" "$T/hist3"

# ---- leads set: a bad id or status changes nothing ----
before=$("$WJ" leads --db "$DB" --status all --format jsonl | sha256sum)
"$WJ" leads set --db "$DB" --status referred "$CF" 99999 2>"$T/err"
rc=$?
check "an unknown id is a usage error (exit $rc) naming it" [ $rc -eq 2 ] && grep -q 'no lead 99999' "$T/err"
"$WJ" leads set --db "$DB" --status closed "$CF" 2>"$T/err"
check "a bad status is a usage error (exit $?)" grep -q "not 'closed'" "$T/err"
check "and nothing changed" [ "$("$WJ" leads --db "$DB" --status all --format jsonl | sha256sum)" = "$before" ]
"$WJ" leads set --db "$DB" --status referred --outcome service-stopped --note 移送通信管理局 "$CF" 2>/dev/null
check "referred, with the outcome kept" [ "$(lead COUNTERFEIT_TERM status)" = referred ] && \
  lead COUNTERFEIT_TERM history | grep -q service-stopped

# ---- a rescan without a rule leaves that rule's leads alone ----
page "$T/sites/shop.test/a.html" "运动鞋 $BAD" ''
page "$T/sites/shop.test/b.html" "登山包 $REV" ''
"$WJ" leads set --db "$DB" --status open "$CF" "$RV" 2>/dev/null
crawl
mkdir -p "$T/rb" && cp "$TOP/rules/default/counterfeit.ini" "$TOP/rules/default/00-lists.ini" "$T/rb/"
"$WJ" leads --db "$DB" --format jsonl > "$T/open.before"
"$WJ" rescan --db "$DB" --rules "$T/rb" 2>"$T/err"
check "rescan with a rulebook of one rule file exits 0 (got $?)" [ $? -eq 0 ]
"$WJ" leads --db "$DB" --format jsonl > "$T/open.after"
check "every lead of the rules it lacks is still open" python3 -c "
import json, sys
b = {l['lead_id']: l['status'] for l in map(json.loads, open(sys.argv[1]))}
a = {l['lead_id']: l['status'] for l in map(json.loads, open(sys.argv[2]))}
print(b, a); sys.exit(0 if b == a and len(b) >= 2 else 1)" "$T/open.before" "$T/open.after"

# ---- a listing taken down (404) resolves its lead ----
rm "$T/sites/shop.test/b.html"
crawl --max-error-rate 100
check "paid reviews on a page now 404: resolved" [ "$(lead REVIEW_INDUCEMENT status)" = resolved ]
check "no page shows it now" [ "$(lead REVIEW_INDUCEMENT showing)" = 0 ]

"$WJ" leads show --db "$DB" "$CF" > "$T/show.txt"
check "leads show (text): fields, pages, other leads, history" \
  sh -c "grep -q '^lead $CF  COUNTERFEIT_TERM' '$T/show.txt' && grep -q '^pages:' '$T/show.txt' &&
         grep -q '^other leads of shop.test:' '$T/show.txt' && grep -q '^history:' '$T/show.txt' &&
         grep -q '商标法' '$T/show.txt'"
"$WJ" leads show --db "$DB" 99999 2>"$T/err"
check "leads show of an unknown id: exit 1 (got $?)" grep -q 'no lead 99999' "$T/err"
finish
