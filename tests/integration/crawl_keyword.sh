#!/bin/sh
# Keyword crawls (issue 14 point 6): `crawl --keyword WORD` searches the
# demo platform through its profile's search URL (tests/httpd answers
# /search on hosts with a .search file), follows only the results and the
# next-page link, tags what it reached, and `leads --keyword` lists the
# leads a search turned up and not those of another word.  A platform
# whose robots.txt disallows its search is named and not searched.
. "$TOP/tests/itlib.sh"
need python3 sqlite3

cp -r "$TOP/seeds/demo/sites" "$T/sites"
mkdir "$T/plat"
cp "$TOP/seeds/platforms/demomall.ini" "$T/plat/"
start_httpd "$T/sites"
DB=$T/kw.db
kw() { # DB ARGS...: a keyword crawl through the test server
  db=$1; shift
  "$WJ" crawl --db "$db" --proxy "http://127.0.0.1:$PORT" --delay 0 --platforms "$T/plat" "$@"
}
asked() { # PATH-REGEX: requests for it the server saw on mall.wangjian.test
  python3 - "$T/httpd.log" "$1" <<'PY'
import json, re, sys
print(sum(1 for l in open(sys.argv[1]) if json.loads(l).get("host") == "mall.wangjian.test"
          and re.search(sys.argv[2], json.loads(l)["target"])))
PY
}
rules_of() { # DB WORD: the rules of the leads `leads --keyword WORD` lists, sorted
  "$WJ" leads --db "$1" --keyword "$2" --format jsonl |
    python3 -c "import json,sys; print(' '.join(sorted(json.loads(l)['rule'] for l in sys.stdin)))"
}

kw "$DB" --keyword 窃听器 --depth 1 2>"$T/e1"
check "crawl --keyword 窃听器 exits 0" [ $? -eq 0 ]
cat "$T/e1"
check "the search page was fetched" [ "$(asked '/search\?q=%E7%AA%83%E5%90%AC%E5%99%A8$')" -eq 1 ]
check "its one result, item 6001, was crawled" [ "$(asked '/item/6001\.html$')" -eq 1 ]
check "the search page's navigation was not followed (/, /help.html)" \
  [ "$(asked '\.test/$')" -eq 0 -a "$(asked '/help\.html$')" -eq 0 ]
check "--depth 1: neither the item's shop nor other items" \
  [ "$(asked '/shop/')" -eq 0 -a "$(asked '/item/(5|6002)')" -eq 0 ]
check "keyword_hits: the search page and the item, run 1" \
  [ "$(sqlite3 "$DB" "SELECT group_concat(url || ' ' || run_id, ',') FROM (SELECT * FROM keyword_hits WHERE keyword = '窃听器' ORDER BY url)")" = \
    "http://mall.wangjian.test/item/6001.html 1,http://mall.wangjian.test/search?q=%E7%AA%83%E5%90%AC%E5%99%A8 1" ]
check "the search page itself has no finding (it echoes the query)" \
  [ "$(sqlite3 "$DB" "SELECT count(*) FROM findings f JOIN pages p ON p.id = f.page_id WHERE p.url LIKE '%/search%'")" -eq 0 ]
check "leads --keyword 窃听器: the prohibited-goods lead of item 6001" [ "$(rules_of "$DB" 窃听器)" = PROHIBITED_GOODS ]

kw "$DB" --keyword 晒图返现 --depth 1 2>"$T/e2"
check "crawl --keyword 晒图返现 exits 0" [ $? -eq 0 ]
check "its result, shop 102, was crawled" [ "$(asked '/shop/102/$')" -eq 1 ]
check "leads --keyword 晒图返现: shop 102's leads, not item 6001's" \
  [ "$(rules_of "$DB" 晒图返现)" = "LICENSE_MISSING MARK_MISSING REVIEW_INDUCEMENT" ]
check "leads --keyword 窃听器 still lists only its lead" [ "$(rules_of "$DB" 窃听器)" = PROHIBITED_GOODS ]
"$WJ" leads --db "$DB" --keyword 没搜过 > "$T/none" 2>&1
check "leads --keyword of a word never searched: no lead" grep -q "0 leads" "$T/none"

# paging: 潮流前线数码 is on all six shop and item pages, three per result page
kw "$DB" --keyword 潮流前线数码 2>"$T/e3"
check "crawl --keyword 潮流前线数码 (default depth 2) exits 0" [ $? -eq 0 ]
check "the next result page was followed" [ "$(asked '%E7%A0%81&page=2$')" -eq 1 ]
check "every result was crawled, item 6001 again (another keyword's run)" \
  [ "$(asked '/item/6001\.html$')" -eq 2 -a "$(asked '/item/6002\.html$')" -eq 1 \
    -a "$(asked '/item/500[12]\.html$')" -eq 2 -a "$(asked '/shop/101/$')" -eq 1 ]
check "item 6001 is tagged by both of its keywords" \
  [ "$(sqlite3 "$DB" "SELECT group_concat(keyword) FROM (SELECT keyword FROM keyword_hits WHERE url LIKE '%/item/6001.html' ORDER BY keyword)")" = "潮流前线数码,窃听器" ]
check "each keyword has its own run" [ "$(sqlite3 "$DB" "SELECT count(*) FROM runs WHERE scope LIKE 'mall.wangjian.test ?%'")" -eq 3 ]
# a keyword run's scope keeps its --scope pattern: two patterns, two runs
kw "$T/sc.db" --keyword 窃听器 --scope 'mall' >/dev/null 2>&1
kw "$T/sc.db" --keyword 窃听器 --scope 'wangjian' >/dev/null 2>&1
check "--scope and --keyword both in the run's scope: two runs" \
  [ "$(sqlite3 "$T/sc.db" "SELECT count(DISTINCT scope) FROM runs WHERE scope LIKE '% ~% ?窃听器'")" -eq 2 ]
"$WJ" leads show --db "$DB" 1 > "$T/show" 2>&1
check "leads show lists the keywords that turned the lead up" grep -q "窃听器" "$T/show"
kw "$DB" --keyword 窃听器 --depth 1 2>"$T/e3b"
check "the same keyword again: a new run of its own, exit 0" [ $? -eq 0 ]
check "... which records that it reached the item again (first and last run)" \
  [ "$(sqlite3 "$DB" "SELECT run_id || ' ' || last_run FROM keyword_hits WHERE keyword = '窃听器' AND url LIKE '%/item/6001.html'")" = "1 4" ]

# max_pages = 1: the next page is not followed
sed 's/^max_pages = .*/max_pages = 1/' "$TOP/seeds/platforms/demomall.ini" > "$T/plat/demomall.ini"
kw "$T/one.db" --keyword 潮流前线数码 --depth 1 2>"$T/e4"
check "max_pages = 1: exit 0, page 2 not asked again" [ $? -eq 0 -a "$(asked '&page=2$')" -eq 1 ]
cp "$TOP/seeds/platforms/demomall.ini" "$T/plat/"

# robots.txt: the demo platform disallows its search; another platform allows it
mkdir -p "$T/sites/shop.other.test/item"
printf '2 item\n' > "$T/sites/shop.other.test/.search"
printf '<html><body><p>窃听器 促销</p></body></html>\n' > "$T/sites/shop.other.test/item/1.html"
cat > "$T/plat/other.ini" <<'INI'
[platform]
name = othermall
hosts = shop.other.test
search = http://shop.other.test/search?q={q}
[search]
path = ^/search(\?.*)?$
results = //a[@class='result']
INI
printf 'User-agent: *\nDisallow: /search\n' > "$T/sites/mall.wangjian.test/robots.txt"
before=$(asked '/search')
kw "$T/r.db" --keyword 窃听器 2>"$T/e5"
check "one platform disallows, the other searched: exit 0" [ $? -eq 0 ]
cat "$T/e5"
check "the disallowing platform is named" \
  grep -q "^wangjian: mall.wangjian.test disallows /search in robots.txt: '窃听器' not searched there" "$T/e5"
check "its search page was not asked for" [ "$(asked '/search')" -eq "$before" ]
check "the other platform's result was crawled" \
  [ "$(sqlite3 "$T/r.db" "SELECT count(*) FROM keyword_hits WHERE url = 'http://shop.other.test/item/1.html'")" -eq 1 ]
kw "$T/r2.db" --keyword 窃听器 --platform demomall 2>"$T/e6"
check "nothing could be searched: exit 1" [ $? -eq 1 ]
tr '\n' ' ' < "$T/e6" > "$T/e6.1"
check "... naming the platform and saying so" \
  grep -q "disallows /search in robots.txt.*no platform could be searched" "$T/e6.1"
check "... and no run was opened" [ "$(sqlite3 "$T/r2.db" 'SELECT count(*) FROM runs')" -eq 0 ]
kw "$T/r3.db" --keyword x --platform nosuch 2>"$T/e7"
check "--platform naming no profile with a search: usage error (2)" [ $? -eq 2 ]
"$WJ" crawl --db "$T/r4.db" --platform demomall http://mall.wangjian.test/ 2>"$T/e8"
check "--platform without --keyword: usage error (2)" [ $? -eq 2 ]
finish
