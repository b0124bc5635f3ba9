#!/bin/sh
# The second reader through the CLI: `wangjian parse` gives each finding a
# reader_score (null without a model or with --no-reader) and lists the
# matches the reader set aside; the checker passes over a vetoed match to
# the rule's next one; `wangjian rules check` names a corrupt model's line.
# The model is written here (a weight of -1000 on the bigram 提醒, so a
# match with 提醒 in its snippet is set aside), not the shipped one.
. "$TOP/tests/itlib.sh"
need python3

R=$T/rules
mkdir -p "$R"
cat > "$R/r.ini" <<'EOF'
[COUNTERFEIT_TERM]
title = 假冒
severity = high
category = 假冒
basis = 某法 第一条
kind = pattern
pattern = 高仿
EOF
page=$T/p.html
printf '<html><head><meta charset="utf-8"><title>店</title></head><body><p>买家提醒：本店不卖高仿。</p>%s<p>本店另售高仿名牌手表，欢迎咨询。</p></body></html>' \
  '<p>这里是一段足够长的普通文字，用来隔开两处匹配，使后一处的摘录看不到前面那句话里的词。</p>' > "$page"

# reader_score is null, set_aside empty: no model
"$WJ" parse --rules "$R" "$page" > "$T/none.json" 2>"$T/err"
check "parse without a model exits 0" [ $? -eq 0 ]
check "without a model: the first 高仿 is the finding, reader_score null, nothing set aside" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
f = [x for x in d["findings"] if x["rule"] == "COUNTERFEIT_TERM"]
sys.exit(not (len(f) == 1 and "提醒" in f[0]["snippet"] and f[0]["reader_score"] is None and d["set_aside"] == []))' "$T/none.json"

python3 - "$R/reader.model" <<'EOF'
import sys
def fnv(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h
B = 4194304
open(sys.argv[1], "w").write("wangjian-reader 1\nbuckets %d\nngram 1 4\nmincontext 0\nthreshold 0.5\nbias 3\n"
                             "w %d -1000\n" % (B, fnv("提醒".encode()) % B))
EOF
"$WJ" rules check "$R" 2>"$T/err"
check "rules check accepts the model (exit $?)" grep -q 'with its second reader' "$T/err"
"$WJ" parse --rules "$R" "$page" > "$T/with.json" 2>"$T/err"
check "parse with the model exits 0" [ $? -eq 0 ]
check "with the model: the first 高仿 set aside with its score, the second is the finding" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
f = [x for x in d["findings"] if x["rule"] == "COUNTERFEIT_TERM"]
a = d["set_aside"]
sys.exit(not (len(f) == 1 and "另售" in f[0]["snippet"] and f[0]["reader_score"] > 0.5 and
              len(a) == 1 and a[0]["rule"] == "COUNTERFEIT_TERM" and a[0]["matched"] == "高仿" and
              "提醒" in a[0]["snippet"] and a[0]["reader_score"] < 0.5 and a[0]["offset"] < f[0]["offset"]))' "$T/with.json"
check "built-in findings have a null reader_score" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(not all(x["reader_score"] is None for x in d["findings"] if x["rule"] != "COUNTERFEIT_TERM"))' "$T/with.json"
"$WJ" parse --no-reader --rules "$R" "$page" > "$T/no.json" 2>"$T/err"
check "--no-reader: as without a model" python3 -c '
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
sys.exit(a["findings"] != b["findings"] or b["set_aside"] != [])' "$T/none.json" "$T/no.json"

printf 'wangjian-reader 1\nbuckets 10\nthreshold 1.5\n' > "$R/reader.model"
"$WJ" rules check "$R" 2>"$T/err"
rc=$?
cat "$T/err"
check "rules check refuses a corrupt model (exit 1, got $rc)" [ $rc -eq 1 ]
check "naming its line" grep -q 'reader.model:3: threshold' "$T/err"
"$WJ" parse --rules "$R" "$page" > "$T/out" 2>"$T/err"
check "parse refuses the rulebook too (exit $?)" [ $? -eq 1 ]
"$WJ" parse --no-reader --rules "$R" "$page" > "$T/out" 2>"$T/err"
check "but --no-reader does not read it (exit $?)" [ $? -eq 0 ]
finish
