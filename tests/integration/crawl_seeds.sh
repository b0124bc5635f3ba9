#!/bin/sh
# A seeds file with bad lines: every bad line is reported as FILE:LINE in
# one pass, the good lines are crawled, and the run exits 1 at the end with
# a count of the skipped lines.  A crawl refused before it fetches (no good
# seed, a bad command-line URL, a bad --scope) opens no run: the next good
# crawl of the same database does not say it resumed.
. "$TOP/tests/itlib.sh"
need python3

chain_site "$T/sites/good.test" 3 1
chain_site "$T/sites/other.test" 3 1
start_httpd "$T/sites"
S="$T/seeds.txt"
long=$(python3 -c 'print("http://good.test/" + "a" * 9000)')
{
  echo "http://good.test/"
  echo "# a comment"
  echo "htp://typo.test/"
  echo "   not a url   "
  echo ""
  echo "$long"
  echo "  http://other.test/  "
} > "$S"
crawl() { # db extra-args...
  db=$1; shift
  "$WJ" crawl --db "$db" --proxy "http://127.0.0.1:$PORT" --delay 0 "$@"
}

crawl "$T/a.db" --seeds "$S" --report new >"$T/a.err" 2>&1
rc=$?
cat "$T/a.err"
check "bad lines in the seeds file: exit 1" [ $rc -eq 1 ]
check "line 3 reported as FILE:LINE" grep -qxF "$S:3: not an http(s) URL: 'htp://typo.test/'" "$T/a.err"
check "line 4 reported, trimmed" grep -qxF "$S:4: not an http(s) URL: 'not a url'" "$T/a.err"
check "the over-long line 6 reported" grep -qxF "$S:6: line longer than 8191 bytes" "$T/a.err"
check "the line after the long one is not taken for a new line" \
  sh -c "[ \$(grep -c '^$S:' '$T/a.err') -eq 3 ]"
check "the summary (--report new), then the count of skipped lines, last" \
  sh -c "grep -q '^wangjian: [0-9]* pages (' '$T/a.err' &&
         tail -1 '$T/a.err' | grep -qxF 'wangjian: 3 bad lines in $S were skipped'"
check "the good lines were crawled (both hosts, all pages)" \
  sh -c "[ \$(grep -c '\"target\":\"http://\(good\|other\).test/\(p[0-9]*.html\)\?\"' '$T/httpd.log') -eq 6 ]"

crawl "$T/a.db" --seeds "$S" --quiet 2>"$T/aq.err"
check "--quiet still names the bad lines and exits 1" \
  sh -c "[ $? -eq 1 ] && grep -q ':3: not an' '$T/aq.err' && grep -q '3 bad lines' '$T/aq.err'"

# refusals, then a good crawl of the same database
printf 'htp://a\nnope\n' > "$T/bad.txt"
crawl "$T/b.db" --seeds "$T/bad.txt" 2>"$T/b1.err"
check "no good seed at all: exit 1" [ $? -eq 1 ]
check "no good seed: both lines and the reason" \
  sh -c "grep -q 'bad.txt:1:' '$T/b1.err' && grep -q 'bad.txt:2:' '$T/b1.err' &&
         grep -q 'no seed to crawl: 2 bad lines' '$T/b1.err'"
crawl "$T/b.db" http://good.test/ ftp://x.test/ 2>"$T/b2.err"
check "a bad command-line URL is a usage error (exit 2)" [ $? -eq 2 ]
check "it names the URL" grep -q "not an http(s) URL: 'ftp://x.test/'" "$T/b2.err"
crawl "$T/b.db" --seeds "$T/bad.txt" http://good.test/ 2>"$T/b3.err"
check "a bad seeds file beside a good command-line URL: exit 1" [ $? -eq 1 ]
check "and no earlier refusal left a run to resume" sh -c "! grep -q resumed '$T/b3.err'"
crawl "$T/c.db" --scope '(' http://good.test/ 2>"$T/c1.err"
check "a bad --scope is refused (exit 2)" [ $? -eq 2 ]
crawl "$T/c.db" http://good.test/ 2>"$T/c2.err"
check "the crawl after a refused one exits 0" [ $? -eq 0 ]
check "and does not say it resumed" sh -c "! grep -q resumed '$T/c2.err'"
crawl "$T/b.db" http://good.test/ 2>"$T/b4.err"
check "the crawl after the refused seeds exits 0 and does not say it resumed" \
  sh -c "[ $? -eq 0 ] && ! grep -q resumed '$T/b4.err'"
finish
