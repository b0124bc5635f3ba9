#!/bin/sh
# tests/corpus3/a-b, tests/corpus4/c-e, tests/corpus5/f-h, tests/corpus6/i-k, tests/corpus7/l-n,
# tests/corpus8/o-q, tests/corpus9/r-t, tests/corpus10/u-w, tests/corpus11/x-z, tests/corpus12/a-c and
# tests/corpus13/d-f:
# corpora
# written by authors
# who never saw the rules (issue #15), each after the previous round's lessons
# were learnt (corpus2 has its own test):
#  - each generator reproduces its files byte for byte and each self-check
#    (identifiers valid or invalid as labelled, strict decoding in the stated
#    encoding, registry and split checks) passes;
#  - the rulebook's precision and recall on each scored part (not the
#    holdouts) do not fall below the floors measured when the lessons of
#    those parts were added (as written: 3a 0.918 / 0.818, 3b 0.932 / 0.872,
#    4c 0.891 / 0.837, 4d 0.878 / 0.977, 4e 0.867 / 0.848, 5f 0.843 / 0.935,
#    5g 0.935 / 0.878, 5h 0.894 / 0.955, 6i 0.889 / 0.711, 6j 0.800 / 0.818,
#    6k 0.913 / 0.933, 7l 0.923 / 0.889, 7m 0.923 / 0.906, 7n 0.851 / 0.833,
#    8o 0.887 / 0.904, 8p 0.978 / 0.830, 8q 0.849 / 0.818).  The scored parts
#    are tuned on now: only the holdouts (make eval-holdout) measure honestly.
#    corpus4/c stays at 0.961: two list pages show a placeholder ICP number
#    (粤ICP备00000000号-1) that its author's labels leave unflagged; 5h's one false alarm is a shop home listing a 玳瑁 (hawksbill)
#    bangle that its author labels clean while labelling the item page.
#    7n's false alarm is a 浙江省著名商标 (a scheme the province repealed) that
#    its author labels only WELLKNOWN_MARK_AD.  8o's one miss is a pangolin-scale
#    page (通经下乳) its author labels FALSE_CLAIM where three other corpora label
#    the same wording PROHIBITED_GOODS only.
#    corpus9/r-t (written from published cases): floors as measured after the
#    round of their lessons, r and s 1.000 / 1.000, t 0.881 / 1.000;
#    t keeps label disputes: a 穗ICP备 number (穗 is a city, not a province
#    abbreviation) its author labels clean on three pages, and a home page
#    listing 甲拌磷颗粒剂 (banned since 2024) labelled without PROHIBITED_GOODS,
#    and 首選 in "…病調理首選" that its author leaves out of ABSOLUTE_TERM.
#    corpus10/u-w (written from published cases, scored unseen first: all 254
#    pages 0.915 / 0.899): floors as measured after the round of their lessons,
#    u and v 1.000 / 1.000, w 1.000 / 0.971; w keeps one label dispute: a
#    platform shop home whose 已亮照 badge links to the shop's own licence page
#    (电子商务法 第十五条 accepts a link) labelled LICENSE_MISSING.
#    corpus11/x-z (written from published cases, scored unseen first: all 230
#    pages 0.904 / 0.893): floors as measured after the round of their lessons,
#    x 0.972 / 1.000, y 1.000 / 1.000, z 0.953 / 1.000; x keeps a diploma
#    mill's 包拿毕业证 (no classes, no exams) that its author labels FALSE_CLAIM
#    only, where an earlier round's authors label such a diploma a banned
#    good; z keeps two homes whose goods list names a jammer and a banned
#    pesticide (克无踪) by name, labelled clean (the item pages carry the code).
#    corpus12/a-c (written from published cases, scored unseen first: all 256
#    pages 0.952 / 0.868): floors as measured after the round of their lessons,
#    a 1.000 / 1.000, b 1.000 / 0.976, c 0.977 / 0.955; b keeps a patent number
#    whose check digit is wrong (the check is not in the rules: its algorithm
#    was found only in secondary pages, and a corpus7/n page labelled clean
#    shows a patent number that fails it); c keeps cracked software keys and
#    ticket scalping labelled PROHIBITED_GOODS (a copyright and a public-order
#    matter, not goods banned from sale), and a phone-capacity explainer that
#    teaches how to spot a 高仿机 only in its heading.
#    corpus13/d-f (written from the law and published cases, scored unseen
#    first with the rules of 598f9cb: all 286 pages 0.875 / 0.843): floors as
#    measured after the round of their open parts' lessons, with the second
#    reader, d 0.897 / 0.981, e 0.970 / 0.970, f 1.000 / 1.000.  d and e keep
#    a scope difference: their authors label a malformed ICP number
#    (闽ICP备2O21O458号, 京ICP备12345678号) on the home page only, while the
#    rule reports every page that displays it (five pages of d, two of e).
#    d keeps an article's 最靠谱的办法 (advice, but a general allow for it
#    would clear 最有效的办法就是用本品) and a laser pointer labelled
#    PROHIBITED_GOODS whose author notes that the national rule is a product
#    standard, not a ban on sale.  e keeps a 心理咨询师 职业资格证书 (delisted
#    in 2017) offered in words the honour rules miss, and a 高仿 state
#    certificate that the second reader sets aside (its author foresaw that a
#    copy of a state document is no trademark matter).
set -u
. "$TOP/tests/itlib.sh"
EVAL=${BUILD:-build}/asan/eval
need python3

# corpus FLOOR_P FLOOR_R (corpus: a folder under tests/, e.g. corpus3/a)
score() {
  c=$1 fp=$2 fr=$3
  python3 "$TOP/tests/$c/gen.py" --check >/dev/null ||
    fail "$c/gen.py --check: the files differ from what gen.py writes"
  python3 "$TOP/tests/$c/selfcheck.py" >/dev/null ||
    fail "$c/selfcheck.py found problems"
  out=$("$EVAL" --corpus "$TOP/tests/$c" --rules "$TOP/rules/default" \
        --profiles "$TOP/seeds/platforms")
  rc=$?
  [ $rc -eq 0 ] || fail "eval on tests/$c exited $rc"
  echo "== $c"
  echo "$out" | grep -E '^(code|TOTAL|[A-Z_]+ )'
  total=$(echo "$out" | awk '$1 == "TOTAL" { print $5, $6 }')
  [ -n "$total" ] || fail "eval printed no TOTAL line for $c"
  set -- $total
  check "$c precision $1 >= $fp and recall $2 >= $fr" \
    awk -v p="${1:-0}" -v r="${2:-0}" -v fp="$fp" -v fr="$fr" 'BEGIN { exit !(p >= fp && r >= fr) }'
}
score corpus3/a 0.99 0.99
score corpus3/b 0.99 0.99
score corpus4/c 0.96 0.99
score corpus4/d 0.99 0.99
score corpus4/e 0.99 0.99
score corpus5/f 0.99 0.99
score corpus5/g 0.99 0.99
score corpus5/h 0.97 0.99
score corpus6/i 0.99 0.99
score corpus6/j 0.99 0.99
score corpus6/k 0.99 0.99
score corpus7/l 0.99 0.99
score corpus7/m 0.99 0.99
score corpus7/n 0.97 0.99
score corpus8/o 0.99 0.98
score corpus8/p 0.99 0.99
score corpus8/q 0.99 0.99
score corpus9/r 0.99 0.99
score corpus9/s 0.99 0.99
score corpus9/t 0.88 0.99
score corpus10/u 0.99 0.99
score corpus10/v 0.99 0.99
score corpus10/w 0.99 0.97
score corpus11/x 0.97 0.99
score corpus11/y 0.99 0.99
score corpus11/z 0.95 0.99
score corpus12/a 0.99 0.99
score corpus12/b 0.99 0.97
score corpus12/c 0.97 0.95
score corpus13/d 0.89 0.98
score corpus13/e 0.97 0.97
score corpus13/f 0.99 0.99

# The paraphrase sets (tests/corpus/para, issue #15): sentences rewritten in
# other sellers' and explainers' words from the independent pages' deciding
# sentences, before their authors read the rules; each judged on its own
# code.  Written at 0.924 / 0.818 (the rules of abcab53, today's parser);
# floors as measured after the round's lessons (1.000 / 0.974), then 0.965
# recall from session 29: its corpus13 lessons added sentences the compact
# FALSE_CLAIM pattern leaves open (百分百下签, 100%进编, 施了就增产 …: the
# rule's alternation is at PCRE2's size limit, and a split costs 3-4%).
para_out=$(python3 "$TOP/tests/eval/para.py" "$EVAL" "$TOP/rules/default" "$TOP/seeds/platforms" \
           "$TOP"/tests/corpus/para/*.tsv) || fail "tests/eval/para.py exited $?"
echo "== tests/corpus/para"
echo "$para_out" | grep -E '^(code|TOTAL|[A-Z_]+ )'
para_total=$(echo "$para_out" | awk '$1 == "TOTAL" { print $5, $6 }')
check "paraphrase sets: precision and recall ($para_total) >= 0.99 / 0.96" \
  awk -v t="$para_total" 'BEGIN { split(t, a, " "); exit !(a[1] >= 0.99 && a[2] >= 0.96) }'
# a malformed or missing set is refused, naming the file (and the line)
printf 'FALSE_CLAIM\tmaybe\tsrc\t治愈糖尿病\n' > "$T/bad.tsv"
check "a set line whose expect is not 0 or 1 is refused at FILE:1" sh -c \
  "! python3 '$TOP/tests/eval/para.py' '$EVAL' '$TOP/rules/default' '$TOP/seeds/platforms' '$T/bad.tsv' 2>'$T/err' && grep -q 'bad.tsv:1: expected' '$T/err'"
check "a missing set is refused, naming it" sh -c \
  "! python3 '$TOP/tests/eval/para.py' '$EVAL' '$TOP/rules/default' '$TOP/seeds/platforms' '$T/none.tsv' 2>'$T/err' && grep -q 'none.tsv: cannot read' '$T/err'"
finish
