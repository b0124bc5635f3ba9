#!/bin/sh
# make bench-search [SIZES="50000 100000 200000"] [KEEP=1]: stores of
# synthetic shop pages (~15 KB of Chinese text each), the search index
# built by wangjian itself (pages written with SQL as the crawler stores
# them, then 'wangjian migrate' builds the real index with the real
# normaliser), then the time of a 2-character, a 4-character and a
# three-word query (wangjian search, whole process, best of 3), the DB
# size per 10,000 pages.  About 1% of the pages carry the rare terms (the
# 4-character query's), a few times each, as counterfeit pages do.  With CHECK=1 (the CI size, 2,000 pages) it
# asserts the counts instead of timing.
# Then it adds one lead for every 10 pages (export_gen.sh's synthetic
# leads: 31 provinces, 广东 the largest share, 西藏 the smallest; at most
# 20,000: 500 shops x 40 rules) and times
# `leads --province` for both and for the unrouted tenth (unknown), and
# `report` over them (whole process, best of 3; LEADS=0 skips).
# STORES=DIR builds the stores in DIR and keeps them; a store already
# there (sN.db) is timed again without being rebuilt.
set -eu
WJ=${WANGJIAN:-./wangjian}
SIZES=${SIZES:-50000 100000 200000}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -n "${STORES:-}" ]; then
  D=$STORES; mkdir -p "$D"
else
  D=$(mktemp -d "${TMPDIR:-/tmp}/wj-bench-search.XXXXXX")
  [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$D"' EXIT
fi
# best of 3 of `wangjian ARGS`, whole process: "WALL_MS/CPU_MS"
best_of_3() {
  bw=999999; bc=999999
  for k in 1 2 3; do
    /usr/bin/time -f "%e %U %S" -o "$D/time" "$WJ" "$@" >/dev/null 2>"$D/err"
    ms=$(awk '{printf "%d", $1 * 1000}' "$D/time"); [ "$ms" -lt $bw ] && bw=$ms
    cpu=$(awk '{printf "%d", ($2 + $3) * 1000}' "$D/time"); [ "$cpu" -lt $bc ] && bc=$cpu
  done
  echo "$bw/$bc"
}
# query columns: wall ms / CPU ms (user + sys) of the whole process, best of 3
echo "pages  build_s  db_MB  MB_per_10k  q2_ms  q4_ms  q3w_ms  hits(2/4/3w)  [leads: all  广东 rows ms  西藏 rows ms  unknown rows ms  report ms]"
for n in $SIZES; do
  db=$D/s$n.db
  t0=$(date +%s.%N); t1=$t0
  if [ ! -f "$db" ]; then
  "$WJ" migrate --db "$db" >/dev/null 2>&1 || true   # a fresh schema: crawl's create path
  [ -f "$db" ] || { "$WJ" crawl --db "$db" --seeds /dev/null >/dev/null 2>&1 || true; }
  [ -f "$db" ] || { echo "bench: wangjian could not create $db"; exit 1; }
  t0=$(date +%s.%N)
  python3 - "$db" "$n" <<'PY'
import random, sqlite3, sys
db, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(14)
words = ("正品 包邮 旗舰店 新款 热卖 官方 授权 限时 折扣 优惠 运动鞋 手表 女装 男装 童装 茶叶 "
         "化妆品 面霜 精华 耳机 手机 充电器 数据线 保温杯 背包 羽绒服 牛仔裤 连衣裙 衬衫 "
         "售后 服务 七天 退换 发货 快递 顺丰 客服 咨询 好评 评价 销量 库存 规格 颜色 尺码").split()
rare = ["高仿名牌", "专柜正品", "原单尾货", "假一赔十"]
c = sqlite3.connect(db, isolation_level=None)
c.execute("PRAGMA journal_mode=WAL")
c.execute("UPDATE search_index SET normaliser = 'none'")
c.execute("BEGIN")
for i in range(n):
    host = "shop%d.test" % (i % 500)
    parts, size = [], 0
    flagged = rnd.random() < 0.01   # about 1% of the pages use a rule's term
    while size < 15000:
        w = rnd.choice(words)
        if flagged and rnd.random() < 0.002:
            w = rnd.choice(rare)
        parts.append(w); size += len(w.encode())
        if rnd.random() < 0.1:
            parts.append("，"); size += 3
    text = "".join(parts)
    c.execute("INSERT INTO pages(url, host, subject, status, content_type, title, text,"
              " body_len, fetched_at) VALUES(?,?,?,200,'text/html',?,?,0,?)",
              ("http://%s/item/%d.html" % (host, i), host, host, "商品%d %s" % (i, rnd.choice(words)),
               text, 1700000000 + i))
c.execute("COMMIT")
c.close()
PY
  "$WJ" migrate --db "$db" >/dev/null 2>&1   # the index, with wangjian's normaliser
  t1=$(date +%s.%N)
  fi
  sz=$(stat -c %s "$db")
  res=""; hits=""
  for q in "旗舰" "高仿名牌" "正品 包邮 七天"; do
    # shellcheck disable=SC2086 # the query's words are separate arguments
    res="$res  $(best_of_3 search --db "$db" --limit 20 $q)"
    h=$(sed -n 's/.*showing [0-9]* of \([0-9]*\) pages.*/\1/p; s/^wangjian: \([0-9]*\) pages\{0,1\}$/\1/p' "$D/err")
    hits="$hits/${h:-?}"
    if [ "${CHECK:-0}" = 1 ]; then
      want=$(python3 -c "
import sqlite3,sys
c=sqlite3.connect(sys.argv[1]); ws=sys.argv[2].split()
q=' AND '.join('(instr(title, ?) > 0 OR instr(text, ?) > 0)' for _ in ws)
a=[x for w in ws for x in (w, w)]
print(c.execute('SELECT count(*) FROM pages WHERE ' + q, a).fetchone()[0])" "$db" "$q")
      [ "$h" = "$want" ] || { echo "FAIL: '$q' found $h pages, expected $want"; exit 1; }
    fi
  done
  leads=""
  if [ "${LEADS:-1}" = 1 ] && [ "${CHECK:-0}" = 0 ]; then
    nl=$(sqlite3 "$db" "SELECT count(*) FROM leads")
    if [ "$nl" = 0 ]; then
      nl=$((n / 10)); [ $nl -le 20000 ] || nl=20000
      APPEND=1 sh "$HERE/export_gen.sh" "$WJ" "$db" "$nl"
      # the leads' subjects are the store's shops (about 20 rules each), so
      # that a listing's per-lead lookups (its pages, when it was last
      # checked) have a shop's pages to go through
      sqlite3 "$db" "UPDATE leads SET subject = 'shop' || (lead_id % 500) || '.test',
        host = 'shop' || (lead_id % 500) || '.test', rule = 'RULE_' || ((lead_id / 500) % 40)"
      # and each lead shown by 1 page in 80 of its shop: findings and
      # lead_pages as a crawl writes them
      sqlite3 "$db" "BEGIN;
        INSERT INTO findings(page_id, rule, severity, basis, snippet, src_off, seen_at)
        SELECT p.id, l.rule, l.severity, l.law, '本店另售高仿名牌', 100, p.fetched_at FROM leads l
        JOIN pages p ON p.subject = l.subject WHERE (p.id / 500) % 80 = l.lead_id % 80;
        INSERT OR IGNORE INTO lead_pages(subject, rule, url, first_seen, last_seen, showing)
        SELECT l.subject, l.rule, p.url, p.fetched_at, p.fetched_at, 1 FROM leads l
        JOIN pages p ON p.subject = l.subject WHERE (p.id / 500) % 80 = l.lead_id % 80;
        UPDATE leads SET region = NULL, region_source = 'unknown' WHERE lead_id % 10 = 0; COMMIT"
    fi
    leads="  $nl"
    for p in 广东 西藏 unknown; do
      leads="$leads  $(sqlite3 "$db" "SELECT count(*) FROM leads WHERE coalesce(region, 'unknown') = '$p'")"
      leads="$leads $(best_of_3 leads --db "$db" --province "$p" --status all)"
    done
    leads="$leads  $(best_of_3 report --db "$db" --since 2024-01-01 --until 2026-12-31)"
  fi
  printf "%-6s %7.1f  %5d  %10.1f %s  %s%s\n" "$n" "$(echo "$t1 - $t0" | bc)" $((sz / 1048576)) \
    "$(echo "$sz / 1048576 * 10000 / $n" | bc -l)" "$res" "${hits#/}" "$leads"
done
