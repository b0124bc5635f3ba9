#!/bin/sh
# make bench-growth: how much the database and the WARC files grow per 10,000 changed pages
# (issue #12: every changed page is a new capture, and the old one stays as evidence).
#
#   sh tests/bench/growth.sh WANGJIAN
#
# Serves the bench corpus (../shared/bench/gen_corpus.py, seed 1, as bench-recrawl: 50 hosts x
# 400 pages, cached in RECRAWL_DIR) with nginx on 127.0.1.x, and crawls it three times into one
# database (--delay 0 --concurrency 32 --per-host 8 --allow-private, WARC on by default):
#   1. the first crawl: every page new;
#   2. the same corpus again: nothing changed (304s), so nothing should grow but the run rows;
#   3. a copy of the corpus in which every page's visible text changed (a paragraph added
#      before </body>; the copy shares the unchanged files by hard links): every page changed.
# After each crawl it checkpoints the WAL and prints the database file size, the WARC folder
# size, the capture count and the growth of both per 10,000 changed pages.
# Environment: RECRAWL_DIR, RECRAWL_PORT [18280, as bench-recrawl: its cached corpus; not at the same time], RECRAWL_HOSTS / RECRAWL_PAGES, SHARED,
# as recrawl304.sh.  Needs nginx, curl, sqlite3, python3.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
die() { echo "bench-growth: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*"; }
[ $# -eq 1 ] && [ -x "$1" ] || die "usage: growth.sh WANGJIAN"
WJ=$(readlink -f "$1")
SB=$(readlink -f "${SHARED:-$TOP/../shared}")/bench
[ -f "$SB/gen_corpus.py" ] || die "$SB/gen_corpus.py not found (set SHARED)"
DIR=${RECRAWL_DIR:-${TMPDIR:-/tmp}/wangjian-recrawl304}
PORT=${RECRAWL_PORT:-18280}
NHOSTS=${RECRAWL_HOSTS:-50}
PPH=${RECRAWL_PAGES:-400}
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
for t in nginx curl sqlite3; do
  command -v $t >/dev/null 2>&1 || [ -x /usr/sbin/$t ] || sh "$TOP/tests/deps.sh" nginx-light curl sqlite3 ||
    die "cannot install $t"
done
export PATH=$PATH:/usr/sbin

CORPUS=$DIR/corpus_${NHOSTS}x${PPH}_$PORT
mkdir -p "$DIR" || die "cannot create $DIR"
if [ ! -f "$CORPUS/corpus.json" ]; then
  log "generating $CORPUS ($NHOSTS hosts x $PPH pages, seed 1); takes minutes"
  python3 "$SB/gen_corpus.py" --hosts "$NHOSTS" --pages "$PPH" --seed 1 --port "$PORT" --out "$CORPUS" \
    --jobs "$(nproc 2>/dev/null || echo 1)" > /dev/null || die "corpus generation failed"
fi
NPAGES=$(python3 -c "import json; print(json.load(open('$CORPUS/corpus.json'))['totals']['pages'])")

WORK=$(mktemp -d "$DIR/growth.XXXXXX") && chmod 755 "$WORK" || die "mktemp failed"   # nginx reads the copy
UP=0
serve() { NGINX_RUN=$WORK/nginx_run STATUS_ADDR=127.0.0.1:$((PORT - 1)) bash "$SB/serve.sh" "$@"; }
cleanup() { [ $UP = 1 ] && serve stop >/dev/null 2>&1; if [ "${GROWTH_KEEP:-0}" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# the changed copy: the same tree of hard links, each HTML file then rewritten (sed -i writes
# a new file, so the cached corpus is not touched); hosts.tsv and seeds name the same hosts
CHANGED=$WORK/changed
log "making the changed copy of $NPAGES pages"
cp -al "$CORPUS" "$CHANGED" || die "cp -al failed"
sed -i "s|$CORPUS|$CHANGED|g" "$CHANGED/hosts.tsv" 2>/dev/null || die "hosts.tsv"
find "$CHANGED" -name '*.html' -print0 | xargs -0 sed -i 's|</body>|<p>本页已于第二版更新，价格与库存以实际为准。</p></body>|' ||
  die "rewriting pages failed"

DB=$WORK/wangjian.db
crawl() {
  timeout -k 10 $((120 + NPAGES / 10)) "$WJ" crawl --db "$DB" --seeds "$1/seeds.txt" --allow-private \
    --delay 0 --concurrency 32 --per-host 8 --max-pages $((NPAGES * 2 + 1000)) --report new \
    --rules "$TOP/rules/default" --platforms "$TOP/seeds/platforms" \
    > "$WORK/crawl.log" 2>&1 || { tail -5 "$WORK/crawl.log"; die "crawl failed"; }
  grep -E '^wangjian: [0-9]+ pages' "$WORK/crawl.log" | tail -1
}
sizes() {  # prints: db_bytes warc_bytes captures
  sqlite3 "$DB" 'PRAGMA wal_checkpoint(TRUNCATE);' > /dev/null
  echo "$(stat -c %s "$DB") $(du -sb "$DB.warc" | cut -f1) $(sqlite3 "$DB" 'SELECT count(*) FROM captures')"
}
report() {  # LABEL CHANGED_PAGES before(db warc caps) after(db warc caps)
  local label=$1 n=$2 db0=$3 w0=$4 c0=$5 db1=$6 w1=$7 c1=$8
  printf '%-28s db %7.1f MB (+%6.1f)  warc %7.1f MB (+%6.1f)  captures %6d (+%d)' "$label" \
    "$(echo "$db1 / 1048576" | bc -l)" "$(echo "($db1 - $db0) / 1048576" | bc -l)" \
    "$(echo "$w1 / 1048576" | bc -l)" "$(echo "($w1 - $w0) / 1048576" | bc -l)" "$c1" $((c1 - c0))
  if [ "$n" -gt 0 ]; then
    printf '  per 10,000 changed pages: db +%.1f MB, warc +%.1f MB' \
      "$(echo "($db1 - $db0) * 10000 / $n / 1048576" | bc -l)" "$(echo "($w1 - $w0) * 10000 / $n / 1048576" | bc -l)"
  fi
  echo
}

serve start "$CORPUS" > "$WORK/nginx.log" 2>&1 || { cat "$WORK/nginx.log"; die "nginx did not start"; }
UP=1
log "1. first crawl of $NPAGES pages: $(crawl "$CORPUS")"
read -r d1 w1 c1 < <(sizes)
report "first crawl (all new)" "$NPAGES" 0 0 0 "$d1" "$w1" "$c1"
log "2. the same pages again: $(crawl "$CORPUS")"
read -r d2 w2 c2 < <(sizes)
report "unchanged re-crawl" 0 "$d1" "$w1" "$c1" "$d2" "$w2" "$c2"
serve stop > /dev/null 2>&1; UP=0
serve start "$CHANGED" > "$WORK/nginx.log" 2>&1 || { cat "$WORK/nginx.log"; die "nginx did not start"; }
UP=1
log "3. every page's text changed: $(crawl "$CHANGED")"
read -r d3 w3 c3 < <(sizes)
report "every page changed" $((c3 - c2)) "$d2" "$w2" "$c2" "$d3" "$w3" "$c3"
[ $((c3 - c2)) -ge "$NPAGES" ] || die "expected $NPAGES new captures, got $((c3 - c2))"
[ "$c2" -eq "$c1" ] || die "the unchanged re-crawl added $((c2 - c1)) captures"
