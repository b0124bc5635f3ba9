#!/bin/sh
# Search by code (issue #14/#15 follow-up): a page that prints its
# 统一社会信用代码, ICP filing or 公网安备 number in groups, with dashes,
# full-width or split across tags is read whole by the parser (an identity
# signal), and `wangjian search CODE` finds it by the joined code, as typed
# in any case or width.  An ICP number without its -N suffix finds every
# site of the filing.  The text search is unchanged: a part of a code still
# finds the pages that print it whole, and combined queries, NOT, --limit
# and the snippet keep working.
. "$TOP/tests/itlib.sh"
need python3

USCC=91430102MAJKG5959L   # valid check character (GB 32100-2015)
OTHER=91330106MA2B0C1D2U  # another valid code, on one page only
python3 - "$T/site" <<'PY'
import os, sys
root = sys.argv[1]
def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
pages = {
    "uscc-whole.test": "统一社会信用代码：91430102MAJKG5959L 长沙茶叶商行",
    "uscc-groups.test": "统一社会信用代码：9143 0102 MAJK G595 9L 长沙茶叶商行",
    "uscc-dash.test": "统一社会信用代码：9143-0102-MAJK-G595-9L",
    "uscc-full.test": "统一社会信用代码：" + fw("91430102MAJKG5959L"),
    "uscc-tags.test": "统一社会信用代码：<span>91430102M</span><b>AJKG5959L</b>",
    "uscc-other.test": "统一社会信用代码：91330106MA2B0C1D2U 长沙茶叶商行",
    "icp-1.test": '<a href="https://beian.miit.gov.cn/">浙ICP备2023040506号-1</a>',
    "icp-2.test": "浙ICP备 2023040506号-2",
    "icp-3.test": fw("浙ICP备2023040506号-3"),
    "icp-other.test": "浙ICP备2023040507号-1",
    "psb-whole.test": "浙公网安备 33010602011771号",
    "psb-full.test": "浙公网安备" + fw("33010602011771") + "号",
}
os.makedirs(root)
with open(os.path.join(root, "seeds.txt"), "w") as seeds:
    for host, body in pages.items():
        os.makedirs(os.path.join(root, host))
        with open(os.path.join(root, host, "index.html"), "w", encoding="utf-8") as f:
            f.write("<html><head><title>%s</title></head><body><p>%s</p></body></html>"
                    % (host, body))
        seeds.write("http://%s/\n" % host)
PY
start_httpd "$T/site"
DB=$T/codes.db
"$WJ" crawl --db "$DB" --seeds "$T/site/seeds.txt" --proxy "http://127.0.0.1:$PORT" \
  --delay 0 --no-warc --quiet 2>"$T/crawl.err"
check "crawl exits 0" [ $? -eq 0 ]

# hosts QUERY...: the hosts search finds, sorted, on one line
hosts() {
  "$WJ" search --db "$DB" --limit 100 "$@" 2>/dev/null | cut -f1 | sed 's|^http://||; s|/$||' |
    sort | paste -s -d ' ' -
}
# expect DESCRIPTION WANT QUERY...: the hosts search finds are WANT
expect() {
  d=$1; want=$2; shift 2
  got=$(hosts "$@")
  if [ "$got" = "$want" ]; then ok "$d"; else fail "$d: want '$want', got '$got'"; fi
}
ALL="uscc-dash.test uscc-full.test uscc-groups.test uscc-tags.test uscc-whole.test"
expect "the joined code finds the page in every printed form" "$ALL" "$USCC"
expect "in lower case too" "$ALL" "$(echo "$USCC" | tr 'A-Z' 'a-z')"
FULL=$(python3 -c "import sys; print(''.join(chr(ord(c)+0xFEE0) for c in sys.argv[1]))" "$USCC")
expect "and full-width" "$ALL" "$FULL"
expect "and typed in groups, as a phrase" "$ALL" "\"9143 0102 MAJK G595 9L\""
expect "and with dashes" "$ALL" "9143-0102-MAJK-G595-9L"
expect "another code finds its own page only" "uscc-other.test" "$OTHER"
expect "a code nobody printed finds nothing" "" 91430102MAJKG59590
# the text search as it was: a part of the code is a substring of the text
got=$(hosts 91430102MAJK)
case " $got " in *" uscc-whole.test "*) ok "a partial code still finds the page that prints it whole";;
  *) fail "a partial code no longer finds uscc-whole.test: '$got'";; esac
case " $got " in *" uscc-groups.test "*) fail "a partial code finds a page printing it in groups";;
  *) ok "a partial code is a substring search (the grouped page is not found by it)";; esac

# combined queries
expect "code AND word" "uscc-groups.test uscc-whole.test" "$USCC" 茶叶
expect "word AND code, other order" "uscc-groups.test uscc-whole.test" 茶叶 "$USCC"
expect "code NOT word" "uscc-dash.test uscc-full.test uscc-tags.test" "$USCC" NOT 茶叶
expect "word NOT code" "uscc-other.test" 茶叶 NOT "$USCC"
expect "code OR code" "uscc-dash.test uscc-full.test uscc-groups.test uscc-other.test uscc-tags.test uscc-whole.test" "$USCC" OR "$OTHER"
"$WJ" search --db "$DB" --limit 2 "$USCC" >/dev/null 2>"$T/err"
check "--limit 2 says showing 2 of 5" grep -q "showing 2 of 5 pages" "$T/err"
"$WJ" search --db "$DB" --format jsonl "$USCC" > "$T/j" 2>/dev/null
check "every row has a snippet naming the code" python3 -c "
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
ok = len(rows) == 5 and all(r['snippet'] for r in rows)
ok = ok and any('$USCC' == r['snippet'] for r in rows if 'groups' in r['url'])
sys.exit(0 if ok else 1)" "$T/j"

# ICP: the filing without -N finds every site of it; the number as printed too
ICPS="icp-1.test icp-2.test icp-3.test"
expect "the ICP filing finds every site of it" "$ICPS" 浙ICP备2023040506
expect "with 号 too" "$ICPS" 浙ICP备2023040506号
expect "in lower case" "$ICPS" 浙icp备2023040506
expect "with a site suffix: the sites of that filing" "$ICPS" 浙ICP备2023040506号-1
expect "another filing finds its own site" "icp-other.test" 浙ICP备2023040507
# 公网安备
expect "the 公网安备 number finds its pages" "psb-full.test psb-whole.test" 33010602011771
expect "with its label" "psb-full.test psb-whole.test" 浙公网安备33010602011771号

# an ordinary word reads as no code: the search is as before
expect "a word is still a text search" "uscc-groups.test uscc-other.test uscc-whole.test" 长沙茶叶

# the docs say so
"$WJ" search --help > "$T/help" 2>&1
check "search --help says codes are found in any printed form" grep -q "code is found in any printed form" "$T/help"
check "so does the man page" grep -q "Codes are found in any printed form" "$TOP/man/wangjian.1"
finish
