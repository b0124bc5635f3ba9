#!/bin/sh
# A database written by today's wangjian (schema version 3) keeps every
# page, finding and lead through `wangjian migrate` (issue #12, point 5).
# The fixture is a SQL dump, tests/fixtures/schema3.sql (how it was made:
# its header and tests/fixtures/make-schema3.sh), loaded with sqlite3.
#
# It checks what any migration must preserve, not the schema of the day:
# row counts and the identity of each row read with plain SQL (columns of
# schema 3 only), the exports and runs compared with what the schema-3
# wangjian read from the same dump (schema3-*.csv, schema3-runs.jsonl; by
# the columns present in both, so columns a migration adds do not count),
# search, leads and runs on the migrated copy, and a crawl of the demo on
# it that finds every page as it was.  Before migrate, a read either works
# (the schema is current) or is refused with the migrate hint (older), and
# migrate's message must agree with which.
. "$TOP/tests/itlib.sh"
need sqlite3

FX=$TOP/tests/fixtures
DB=$T/new.db
WORD=西湖龙井   # on three lvye-tea.test pages of the fixture
TRIGRAM=西湖龙  # one trigram of it, to ask the FTS5 index directly

# counts DB: the rows of every table a migration must keep, one "what N" a line
counts() {
  sqlite3 "$1" "SELECT 'pages', count(*) FROM pages;
    SELECT 'findings', count(*) FROM findings;
    SELECT 'leads', count(*) FROM leads;
    SELECT 'leads ' || status, count(*) FROM leads GROUP BY status ORDER BY status;
    SELECT 'runs', count(*) FROM runs;
    SELECT 'lead_events', count(*) FROM lead_events;
    SELECT 'lead_events ' || new_status, count(*) FROM lead_events GROUP BY new_status
      ORDER BY new_status;
    SELECT 'frontier', count(*) FROM frontier;
    SELECT 'prices', count(*) FROM prices;
    SELECT 'registry', count(*) FROM registry;" | tr '|' ' '
}
# count DB WHAT: one line of counts
count() { counts "$1" | sed -n "s/^$2 \([0-9]*\)$/\1/p"; }
# rows DB: each row's id and the schema-3 columns that say what it is
rows() {
  sqlite3 "$1" "SELECT 'page', id, url, host, subject, sha256 FROM pages ORDER BY id;
    SELECT 'finding', id, page_id, rule, severity FROM findings ORDER BY id;
    SELECT 'lead', lead_id, subject, rule, status, first_seen, hits FROM leads ORDER BY lead_id;
    SELECT 'run', id, started_at, ended_at, kind, pages, changed, unchanged FROM runs ORDER BY id;
    SELECT 'event', id, lead_id, run_id, old_status, new_status FROM lead_events ORDER BY id;
    SELECT 'frontier', id, url, host FROM frontier ORDER BY id;
    SELECT 'price', id, item_key, page_id, price, original FROM prices ORDER BY id;
    SELECT 'registry', code, name, status FROM registry ORDER BY code;"
}
# same_table KIND EXPECTED GOT: EXPECTED and GOT (csv, or jsonl) hold the
# same rows, compared by the columns both have, which must include KIND's
# identity columns; prints what differs.
same_table() {
  python3 - "$@" <<'PY'
import csv, json, sys
from collections import Counter
kind, exp_path, got_path = sys.argv[1:4]
need = {"findings": {"url", "rule", "subject"},
        "leads": {"lead_id", "rule", "status", "subject"},
        "runs": {"run", "started", "pages"}}[kind]
# runs: what each run did, not how its status is worded (issue #12 may word it anew)
only = {"runs": {"run", "kind", "started", "ended", "pages", "changed", "unchanged", "failed",
                 "errors", "new", "reopened", "resolved", "open", "scope"}}.get(kind)
def load(path):
    if path.endswith(".csv"):
        r = csv.DictReader(open(path, newline="", encoding="utf-8"))
        return list(r.fieldnames or []), list(r)
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    return (list(rows[0]) if rows else []), rows
(ecols, erows), (gcols, grows) = load(exp_path), load(got_path)
cols = [c for c in ecols if c in gcols and (only is None or c in only)]
missing = need - set(cols)
if missing:
    sys.exit("%s: columns gone: %s (had %s, now %s)" % (kind, sorted(missing), ecols, gcols))
# a time is the same instant whatever zone it is written in (exports give
# the local offset since issue #14; the schema-3 fixtures have UTC "Z")
import datetime, re
def instant(v):
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", v):
        return datetime.datetime.fromisoformat(v.replace("Z", "+00:00")).timestamp()
    return v
key = lambda row: tuple(json.dumps(instant(row.get(c)), ensure_ascii=False) for c in cols)
e, g = Counter(map(key, erows)), Counter(map(key, grows))
show = lambda row: {c: json.loads(v) for c, v in zip(cols, row)}
for row in sorted((e - g).elements())[:5]:
    print("%s: lost   %s" % (kind, show(row)))
for row in sorted((g - e).elements())[:5]:
    print("%s: gained %s" % (kind, show(row)))
print("%s: %d rows expected, %d now, compared by %d columns"
      % (kind, len(erows), len(grows), len(cols)))
sys.exit(0 if e == g else 1)
PY
}
# same_file DESC A B: a check that A and B are the same; shows how not
same_file() {
  if cmp -s "$2" "$3"; then ok "$1"; else fail "$1"; diff "$2" "$3" | head -20; fi
}
# exits_0 RC DESC ERRFILE: a check that a command exited 0; shows its stderr when not
exits_0() {
  if [ "$1" -eq 0 ]; then ok "$2"; else fail "$2 (exit $1)"; cat "$3"; fi
}
# ids_of FILE KEY: the values of KEY in a jsonl file, sorted, one a line
ids_of() {
  python3 -c 'import json, sys
rows = open(sys.argv[1], encoding="utf-8")
print("\n".join(sorted(str(json.loads(l)[sys.argv[2]]) for l in rows if l.strip())))' "$1" "$2"
}

# ---- the fixture, loaded ----
sqlite3 "$DB" < "$FX/schema3.sql" 2>"$T/load.err"
rc=$?
cat "$T/load.err"
check "the dump loads with sqlite3 (exit $rc)" [ $rc -eq 0 ]
check "without a message" [ ! -s "$T/load.err" ]
check "it is schema version 3" [ "$(sqlite3 "$DB" 'PRAGMA user_version')" = 3 ]
check "it passes integrity_check" [ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ]
counts "$DB" > "$T/counts.before"
rows "$DB" > "$T/rows.before"
sed 's/^/  /' "$T/counts.before"
# what the fixture must hold for the checks below to mean anything
for what in pages findings "leads open" "leads resolved" runs "lead_events open" \
    "lead_events resolved" frontier prices registry; do
  n=$(count "$DB" "$what")
  check "the fixture has $what (${n:-0})" [ "${n:-0}" -gt 0 ]
done
check "the FTS5 index came through the dump: it finds the pages LIKE finds" [ \
  "$(sqlite3 "$DB" "SELECT group_concat(rowid) FROM (SELECT rowid FROM pages_fts
     WHERE pages_fts MATCH '\"$TRIGRAM\"' ORDER BY rowid)")" = \
  "$(sqlite3 "$DB" "SELECT group_concat(id) FROM (SELECT id FROM pages
     WHERE lower(title) LIKE '%$TRIGRAM%' OR lower(text) LIKE '%$TRIGRAM%' ORDER BY id)")" ]
sqlite3 "$DB" "SELECT url FROM pages WHERE title LIKE '%$WORD%' OR text LIKE '%$WORD%'" |
  LC_ALL=C sort > "$T/word.urls"
check "the search word is on stored pages ($(wc -l < "$T/word.urls"))" [ -s "$T/word.urls" ]
sqlite3 "$DB" 'SELECT lead_id FROM leads ORDER BY lead_id' | LC_ALL=C sort > "$T/lead.ids"
sqlite3 "$DB" 'SELECT id FROM runs ORDER BY id' | LC_ALL=C sort > "$T/run.ids"
max_lead=$(sqlite3 "$DB" 'SELECT max(lead_id) FROM leads')
max_event=$(sqlite3 "$DB" 'SELECT max(id) FROM lead_events')
sqlite3 "$DB" "SELECT lead_id, subject, rule, status FROM leads ORDER BY lead_id" \
  > "$T/leads.before"

# ---- a read before migrate: works (current) or names migrate (older) ----
sum=$(cksum < "$DB")
"$WJ" leads --db "$DB" --status all --format jsonl >"$T/pre-leads.jsonl" 2>"$T/err"
rc=$?
check "the read leaves the file as it was" [ "$(cksum < "$DB")" = "$sum" ]
if [ $rc -eq 0 ]; then
  current=1
  echo "schema 3 is this wangjian's current schema"
  check "leads lists every lead" \
    [ "$(ids_of "$T/pre-leads.jsonl" lead_id)" = "$(cat "$T/lead.ids")" ]
  for w in findings leads; do
    "$WJ" export --db "$DB" --what $w --format csv --out "$T/pre-$w.csv"
    check "export $w before migrate exits 0 (got $?)" [ $? -eq 0 ]
    check "export $w before migrate: as the schema-3 wangjian exported them" \
      same_table $w "$FX/schema3-$w.csv" "$T/pre-$w.csv"
  done
else
  current=0
  cat "$T/err"
  check "leads on the older schema exits 1 (got $rc)" [ $rc -eq 1 ]
  check "the message says to run migrate on that file" \
    grep -qF "wangjian migrate --db $DB" "$T/err"
  check "one line" one_line_error "$T/err"
fi

# ---- migrate ----
"$WJ" migrate --db "$DB" 2>"$T/err"
rc=$?
cat "$T/err"
check "migrate exits 0 (got $rc)" [ $rc -eq 0 ]
[ $rc -eq 0 ] || finish     # nothing below means anything without it
if [ $current -eq 1 ]; then
  check "migrate: already current" grep -q "already at schema version 3 " "$T/err"
else
  check "migrate: from schema version 3 up" grep -q "from schema version 3 to [0-9]" "$T/err"
fi
check "integrity_check after migrate" [ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ]
counts "$DB" > "$T/counts.after"
same_file "every count is the same after migrate" "$T/counts.before" "$T/counts.after"
rows "$DB" > "$T/rows.after"
same_file "every row is still there, with the same ids and values" "$T/rows.before" "$T/rows.after"

# ---- the reads on the migrated copy ----
for w in findings leads; do
  "$WJ" export --db "$DB" --what $w --format csv --out "$T/$w.csv"
  check "export $w after migrate exits 0 (got $?)" [ $? -eq 0 ]
  check "export $w after migrate: as the schema-3 wangjian exported them" \
    same_table $w "$FX/schema3-$w.csv" "$T/$w.csv"
  if [ $current -eq 1 ]; then
    check "export $w: as before migrate" same_table $w "$T/pre-$w.csv" "$T/$w.csv"
  fi
done
"$WJ" search --db "$DB" "$WORD" >"$T/search" 2>"$T/err"
exits_0 $? "search $WORD exits 0" "$T/err"
check "search finds the pages that hold it" \
  [ "$(cut -f1 "$T/search" | LC_ALL=C sort)" = "$(cat "$T/word.urls")" ]
"$WJ" leads --db "$DB" --status all --format jsonl >"$T/leads.jsonl" 2>"$T/err"
exits_0 $? "leads --status all exits 0" "$T/err"
check "leads --status all lists the same lead ids" \
  [ "$(ids_of "$T/leads.jsonl" lead_id)" = "$(cat "$T/lead.ids")" ]
"$WJ" leads --db "$DB" --status all >"$T/leads.txt" 2>"$T/err"
exits_0 $? "leads --status all (table) exits 0" "$T/err"
check "the table lists the same lead ids" \
  [ "$(awk 'NR > 1 { print $1 }' "$T/leads.txt" | LC_ALL=C sort)" = "$(cat "$T/lead.ids")" ]
"$WJ" runs --db "$DB" --format jsonl >"$T/runs.jsonl" 2>"$T/err"
exits_0 $? "runs exits 0" "$T/err"
check "runs lists the same runs" [ "$(ids_of "$T/runs.jsonl" run)" = "$(cat "$T/run.ids")" ]
check "runs: as the schema-3 wangjian listed them" \
  same_table runs "$FX/schema3-runs.jsonl" "$T/runs.jsonl"

# ---- a crawl of the demo on the migrated copy: every page as it was ----
# The fixture's pages are the shipped seeds/demo/sites (make-schema3.sh), so
# each page answers 304 (the test server's ETag is size and mtime) or 200
# with the body already stored.
# The demo has grown since: only its sites the fixture holds are crawled.
start_httpd "$TOP/seeds/demo/sites"
sqlite3 "$DB" "SELECT DISTINCT host FROM pages" > "$T/fixture.hosts"
grep -v '^#' "$TOP/seeds/demo/seeds.txt" | while read -r seed; do
  h=${seed#*://}; h=${h%%/*}
  if grep -qx "$h" "$T/fixture.hosts"; then echo "$seed"; fi
done > "$T/seeds.txt"
check "the fixture's sites are among the demo's seeds ($(wc -l < "$T/seeds.txt"))" \
  [ "$(wc -l < "$T/seeds.txt")" -eq "$(wc -l < "$T/fixture.hosts")" ]
"$WJ" crawl --db "$DB" --seeds "$T/seeds.txt" --proxy "http://127.0.0.1:$PORT" \
  --delay 0 --quiet 2>"$T/crawl.err"
exits_0 $? "a crawl of the demo on the migrated copy exits 0" "$T/crawl.err"
"$WJ" runs --db "$DB" --limit 1 --format jsonl >"$T/run.jsonl" 2>"$T/err"
cat "$T/run.jsonl"
pages=$(count "$DB" pages)
# Since the alt and title of shown images count as page text, a page with
# image text reads as changed (a new capture) on its first check by this
# build: those pages, and only those, may be "changed".
sqlite3 "$DB" "SELECT p.url FROM captures c JOIN pages p ON p.url = c.url
  WHERE c.run_id = (SELECT max(id) FROM runs) ORDER BY 1" > "$T/changed.urls"
check "the crawl re-checked all $pages pages: none changed but for image text, no lead re-opened or resolved" \
  python3 -c '
import json, re, sys
r = json.loads(open(sys.argv[1], encoding="utf-8").readline())
n = int(sys.argv[2])
want = {"pages": n, "failed": 0, "reopened": 0, "resolved": 0}
bad = {k: r.get(k) for k, v in want.items() if r.get(k) != v}
if r.get("changed", 0) + r.get("unchanged", 0) != n:
    bad["changed+unchanged"] = (r.get("changed"), r.get("unchanged"))
img = re.compile(rb"<img\b[^>]*\b(?:alt|title)\s*=\s*[\"\x27]?\s*[^\s\"\x27>]", re.I)
changed = [u.strip() for u in open(sys.argv[3], encoding="utf-8") if u.strip()]
def body(url):
    path = url.split("://", 1)[1]
    path = path + "index.html" if path.endswith("/") else path
    return open(sys.argv[4] + "/" + path, "rb").read()
no_img = [u for u in changed if not img.search(body(u))]
if len(changed) != r.get("changed") or no_img:
    bad["changed pages without image text"] = no_img or (len(changed), r.get("changed"))
print("run %s: %d changed (image text); expected %s, got %s" % (r.get("run"), len(changed), want, bad))
sys.exit(1 if bad else 0)' "$T/run.jsonl" "$pages" "$T/changed.urls" "$TOP/seeds/demo/sites"
check "the test server was asked for every stored page" python3 -c '
import json, sqlite3, sys
asked = set()
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    t = r["target"]
    asked.add(t if "://" in t else "http://%s%s" % (r["host"], t))
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[2], uri=True)
urls = {u for (u,) in db.execute("SELECT url FROM pages")}
print("not asked:", sorted(urls - asked)) if urls - asked else None
sys.exit(0 if urls <= asked else 1)' "$T/httpd.log" "$DB"
# the sha256 column: NULL from schema 3 (nothing filled it), the body's digest since schema 5
rows "$DB" | grep '^page|' | sed 's/|[^|]*$//' > "$T/pages.crawl"
grep '^page|' "$T/rows.before" | sed 's/|[^|]*$//' > "$T/pages.want"
same_file "every page row as before the crawl (same URL, host, subject)" \
  "$T/pages.want" "$T/pages.crawl"
check "and each page now records its body's SHA-256" [ "$(sqlite3 "$DB" \
  "SELECT count(*) FROM pages WHERE sha256 IS NULL OR length(sha256) != 64")" -eq 0 ]
sqlite3 "$DB" "SELECT lead_id, subject, rule, status FROM leads WHERE lead_id <= $max_lead
  ORDER BY lead_id" > "$T/leads.crawl"
same_file "every lead as before the crawl (open stays open, resolved stays resolved)" \
  "$T/leads.before" "$T/leads.crawl"
check "and no event added to their history" [ "$(sqlite3 "$DB" \
  "SELECT count(*) FROM lead_events WHERE lead_id <= $max_lead AND id > $max_event")" -eq 0 ]
# FAKE_ORIGINAL_PRICE compares a page's 原价 with the prices observed in
# the 7 days before: a re-check within 7 days of the fixture's crawls may
# add these leads (a page answering 200 is checked again), later it cannot.
sqlite3 "$DB" "SELECT lead_id, subject, rule FROM leads WHERE lead_id > $max_lead" \
  > "$T/leads.added"
cat "$T/leads.added"
check "the only leads added are FAKE_ORIGINAL_PRICE ones" \
  [ -z "$(grep -v '|FAKE_ORIGINAL_PRICE$' "$T/leads.added")" ]
check "the crawl added one run" [ "$(count "$DB" runs)" -eq $(($(wc -l < "$T/run.ids") + 1)) ]
"$WJ" leads --db "$DB" --status all --format jsonl >"$T/leads.jsonl" 2>"$T/err"
ids_of "$T/leads.jsonl" lead_id > "$T/ids.crawl"
check "leads --status all still lists every lead id of the fixture" \
  [ -z "$(LC_ALL=C comm -23 "$T/lead.ids" "$T/ids.crawl")" ]
finish
