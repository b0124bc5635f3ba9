#!/bin/sh
# Acceptance of search (issue #14): crawl the demo, then for every rule term
# a rule matched on a page (wangjian parse of the page's file gives the
# matched text), search finds the page by that term in simplified,
# traditional (OpenCC s2t) and full-width form.  Also: the query syntax
# errors are usage errors, and --limit says "showing N of M".
#
# Parsing every labelled page and searching each term three times took
# ~320 s under ASan, so the test runs a sample: the pages whose SHA-1 of
# the url falls in 1 of SEARCH_TERMS_SAMPLE (default 8), and for each rule
# code labelled on a page the sample lacks, the labelled page of that code
# with the smallest hash, so every rule code of every list is still
# searched.  The sample is the same on every run (no randomness), and the
# output says what it covered.  `make test-search-full` runs it all
# (SEARCH_TERMS_SAMPLE=1).  A form equal to one already searched (a term
# with no traditional or ASCII character is its own full-width form) is
# not searched twice: that search could only repeat the other's answer.
# A term a rule matched across lines is searched by its longest line.
. "$TOP/tests/itlib.sh"
need opencc python3

start_httpd "$TOP/seeds/demo/sites"
DB=$T/demo.db
"$WJ" crawl --db "$DB" --seeds "$TOP/seeds/demo/seeds.txt" --proxy "http://127.0.0.1:$PORT" \
  --delay 0 --warc-dir "$T/warc" 2>"$T/crawl.err"
check "demo crawl exits 0" [ $? -eq 0 ]

# terms_found DB LIST: LIST has url<TAB>file lines; every term a rule matched
# on a file (wangjian parse) must find its url in DB in three forms.
cat > "$T/terms.py" <<'PY'
import json, subprocess, sys
wj, db, listing = sys.argv[1:4]
def s2t(s):
    return subprocess.run(["opencc", "-c", "s2t"], input=s, capture_output=True,
                          text=True, check=True).stdout.rstrip("\n")
def full(s):
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c
                   for c in s)
def phrase(s):
    s = " ".join(s.split())
    return '"%s"' % s if '"' not in s and '\uff02' not in s else s
import hashlib, os
every = max(1, int(os.environ.get("SEARCH_TERMS_SAMPLE", "8")))
pages = [line.rstrip("\n").split("\t") for line in open(listing, encoding="utf-8")]
key = lambda p: int(hashlib.sha1(p[0].encode()).hexdigest(), 16)
chosen = [p for p in pages if key(p) % every == 0]
codes = lambda p: set(p[2].split(","))
covered = set().union(*(codes(p) for p in chosen)) if chosen else set()
for p in sorted(pages, key=key):  # a page for each rule code the sample lacks
    if codes(p) - covered:
        chosen.append(p)
        covered |= codes(p)
wanted = set().union(*(codes(p) for p in pages))
print("sample: %d of %d pages (1 in %d by SHA-1 of the url, plus one page per rule code "
      "otherwise missed); rule codes covered: %d of %d: %s"
      % (len(chosen), len(pages), every, len(covered & wanted), len(wanted),
         " ".join(sorted(covered & wanted))))
terms, fails, checked = {}, 0, 0
for url, f, _ in sorted(chosen):
    out = subprocess.run([wj, "parse", "--url", url, f], capture_output=True, text=True)
    for fd in json.loads(out.stdout).get("findings", []):
        m = fd.get("matched", "").strip()
        # a match across the lines of a listing (goods name, then the
        # offer): a query is typed on one line, so its longest line
        if "\n" in m:
            m = max((l.strip() for l in m.split("\n")), key=len)
        if m and len(m) <= 40:
            terms.setdefault((url, m), fd["rule"])
same = 0
for (url, term), rule in sorted(terms.items()):
    seen = set()
    for form, q in (("simplified", term), ("traditional", s2t(term)), ("full-width", full(term))):
        if q in seen:  # the form is the term itself (no traditional or ASCII character)
            same += 1
            continue
        seen.add(q)
        checked += 1
        r = subprocess.run([wj, "search", "--db", db, "--limit", "10000", phrase(q)],
                           capture_output=True, text=True)
        urls = [l.split("\t")[0] for l in r.stdout.splitlines()]
        if r.returncode != 0 or url not in urls:
            fails += 1
            print("FAIL: %s term %r (%s form %r) does not find %s: rc %d %s"
                  % (rule, term, form, q, url, r.returncode, r.stderr.strip()))
print("ok: %d searches for %d matched terms of %d rule codes (%d forms the same as another "
      "not searched twice): %s" % (checked, len(terms), len(set(terms.values())), same,
                                   " ".join(sorted(set(terms.values())))))
if covered != wanted:
    print("FAIL: the sample misses rule codes %s" % " ".join(sorted(wanted - covered))); fails += 1
if not terms:
    print("FAIL: no matched terms"); fails += 1
sys.exit(1 if fails else 0)
PY
python3 - "$TOP/seeds/demo" > "$T/demo.list" <<'PY'
import os, sys
demo = sys.argv[1]
for line in open(os.path.join(demo, "expected-findings.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    url, codes = line.rstrip("\n").split("\t")
    host, _, path = url.split("://", 1)[1].partition("/")
    f = os.path.join(demo, "sites", host, path or "index.html")
    if f.endswith("/"):
        f += "index.html"
    if codes != "-" and os.path.isfile(f):
        print("%s\t%s\t%s" % (url, f, codes))
PY
python3 "$T/terms.py" "$WJ" "$DB" "$T/demo.list"
check "demo: every matched term finds its page in three forms" [ $? -eq 0 ]

# the labelled corpus, crawled as make eval's layout serves it
python3 "$TOP/tests/corpus/score.py" layout "$T/corpus" >/dev/null
start_httpd "$T/corpus/sites"
"$WJ" crawl --db "$T/corpus.db" --seeds "$T/corpus/seeds.txt" --proxy "http://127.0.0.1:$PORT" \
  --delay 0 --no-warc --quiet 2>"$T/corpus.err"
check "corpus crawl exits 0" [ $? -eq 0 ]
awk -F'\t' -v d="$TOP/tests/corpus/pages" '!/^#/ && $3 != "-" { print $2 "\t" d "/" $1 "\t" $3 }' \
  "$TOP/tests/corpus/labels.tsv" > "$T/corpus.list"
python3 "$T/terms.py" "$WJ" "$T/corpus.db" "$T/corpus.list"
check "corpus: every matched term finds its page in three forms" [ $? -eq 0 ]
start_httpd "$TOP/seeds/demo/sites"

# the issue's own examples
"$WJ" search --db "$DB" 高仿 > "$T/a" 2>/dev/null
"$WJ" search --db "$DB" 高倣 > "$T/b" 2>/dev/null
check "高仿 and 高倣 find the same pages" cmp -s "$T/a" "$T/b"
check "高仿 finds pages" [ -s "$T/a" ]
"$WJ" search --db "$DB" 專櫃 > "$T/c" 2>/dev/null
"$WJ" search --db "$DB" 专柜 > "$T/d" 2>/dev/null
check "专柜 and 專櫃 find the same pages" cmp -s "$T/c" "$T/d"

for q in 'NOT' '高仿 NOT' 'OR 高仿' '高仿 OR' '"高仿' '""' 'NOT 高仿'; do
  "$WJ" search --db "$DB" "$q" >/dev/null 2>"$T/err"
  rc=$?
  check "query '$q' is a usage error (exit 2, got $rc)" [ $rc -eq 2 ]
  check "query '$q' says why" grep -q 'search' "$T/err"
done
n=$("$WJ" search --db "$DB" --limit 100 icp 2>/dev/null | wc -l)
if [ "$n" -gt 1 ]; then
  "$WJ" search --db "$DB" --limit 1 icp >/dev/null 2>"$T/err"
  check "--limit 1 says showing 1 of $n" grep -q "showing 1 of $n pages" "$T/err"
fi
"$WJ" search --db "$DB" --limit 100 icp 2>/dev/null | cut -f3 > "$T/snips"
check "every icp snippet shows the match" python3 -c "
import sys
lines = open(sys.argv[1], encoding='utf-8').read().splitlines()
sys.exit(0 if lines and all('icp' in l.lower() for l in lines) else 1)" "$T/snips"
"$WJ" search --db "$DB" --rule NO_SUCH_RULE 高仿 >/dev/null 2>&1
check "--rule with an unknown code is a usage error" [ $? -eq 2 ]
"$WJ" search --db "$DB" --format jsonl --limit 3 icp 2>/dev/null > "$T/j"
check "jsonl page_id is a number" python3 -c "
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
sys.exit(0 if rows and all(isinstance(r['page_id'], int) for r in rows) else 1)" "$T/j"

# ---- --all-captures: an earlier version of a page is searched too ----
mkdir -p "$T/site/cap.test"
printf '<html><head><title>旧版</title></head><body><p>本店出售高仿名牌包，旧版文字</p></body></html>' \
  > "$T/site/cap.test/index.html"
start_httpd "$T/site"
"$WJ" crawl --db "$T/cap.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet \
  --warc-dir "$T/capwarc" http://cap.test/ </dev/null 2>/dev/null
printf '<html><head><title>新版</title></head><body><p>正品运动鞋，新版文字</p></body></html>' \
  > "$T/site/cap.test/index.html"
"$WJ" crawl --db "$T/cap.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet \
  --warc-dir "$T/capwarc" http://cap.test/ </dev/null 2>/dev/null
n=$("$WJ" search --db "$T/cap.db" 旧版文字 2>/dev/null | wc -l)
check "the latest capture no longer has the old text ($n)" [ "$n" -eq 0 ]
"$WJ" search --db "$T/cap.db" --all-captures --format jsonl 旧版文字 > "$T/cap.out" 2>"$T/cap.err"
check "--all-captures finds the earlier version" grep -q '"capture_id":[0-9]' "$T/cap.out"
check "with its snippet" grep -q '高仿名牌包，旧版文字' "$T/cap.out"
n=$("$WJ" search --db "$T/cap.db" --all-captures 新版文字 2>/dev/null | wc -l)
check "the latest version is found once ($n)" [ "$n" -eq 1 ]
"$WJ" crawl --db "$T/nw.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet --no-warc \
  http://cap.test/ </dev/null 2>/dev/null
printf '<html><body><p>第三版</p></body></html>' > "$T/site/cap.test/index.html"
"$WJ" crawl --db "$T/nw.db" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet --no-warc \
  http://cap.test/ </dev/null 2>/dev/null
"$WJ" search --db "$T/nw.db" --all-captures 新版文字 >/dev/null 2>"$T/nw.err"
check "--all-captures without WARC records exits 0 ($?)" [ $? -eq 0 ]
check "and says once that a body is unavailable" [ "$(grep -c 'not searched: body unavailable' "$T/nw.err")" -eq 1 ]
finish
