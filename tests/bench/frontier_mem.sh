#!/bin/sh
# Peak memory of wangjian with 1,000,000 URLs in the frontier (target < 150 MB).
#
#   sh tests/bench/frontier_mem.sh [WANGJIAN [SHARED]]      (defaults ./wangjian ../shared)
#
# 1. seed:  `wangjian crawl --seeds FILE --max-pages 1` with a seeds file of
#    FRONTIER_URLS URLs (the corpus's own pages first, then synthetic ones) over FRONTIER_HOSTS
#    hosts: the corpus's served hosts 127.0.1.x:18080 plus unserved loopback
#    addresses 127.0.2.1, 127.0.2.2, ... (nothing listens there: connection refused).
#    Seeds go through the real path, inserted one by one.
# 2. crawl: the same database, seeds = the corpus's own index pages only, with
#    --max-pages FRONTIER_PAGES against the corpus served by ../shared/bench/serve.sh,
#    parsing, rules and store on.  The frontier holds the 1M queued rows throughout.
# Peak RSS of each step comes from GNU time; the frontier size from the database.
#
# Environment: BENCH [${TMPDIR:-/tmp}/wangjian-bench], FRONTIER_URLS [1000000, the
# CLI's seed cap], FRONTIER_HOSTS [10000], FRONTIER_PAGES [2000],
# FRONTIER_CORPUS [small], FRONTIER_KEEP [0: delete the database afterwards].
# Everything stays on 127.0.0.0/8.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -uo pipefail

WJ=$(readlink -f "${1:-./wangjian}")
SHARED_DIR=$(readlink -f "${2:-../shared}" 2>/dev/null || echo "${2:-../shared}")
SB=$SHARED_DIR/bench
if [ ! -f "$SB/serve.sh" ] || [ ! -f "$SB/gen_corpus.py" ]; then
  echo "frontier_mem: $SB not found: the external benchmark was not run"
  exit 0
fi
[ -x "$WJ" ] || { echo "frontier_mem: no wangjian binary at $WJ" >&2; exit 1; }
export BENCH=${BENCH:-${TMPDIR:-/tmp}/wangjian-bench}
export PATH=$PATH:/usr/sbin
NURLS=${FRONTIER_URLS:-1000000}
NHOSTS=${FRONTIER_HOSTS:-10000}
NPAGES=${FRONTIER_PAGES:-2000}
CNAME=${FRONTIER_CORPUS:-small}
LIMIT_MB=150
case "$NURLS$NHOSTS$NPAGES" in *[!0-9]*) echo "frontier_mem: FRONTIER_* must be numbers" >&2; exit 2;; esac
[ "$NHOSTS" -ge 1 ] && [ "$NHOSTS" -le 60000 ] || { echo "frontier_mem: FRONTIER_HOSTS must be 1..60000" >&2; exit 2; }
for t in nginx /usr/bin/time curl; do
  command -v $t >/dev/null 2>&1 || { echo "frontier_mem: $t missing (make bench-crawl installs it)" >&2; exit 1; }
done

log() { echo "[$(date +%H:%M:%S)] $*"; }
D=$BENCH/frontier_mem
CORPUS=$BENCH/corpus_$CNAME
rm -rf "$D"; mkdir -p "$D"

case $CNAME in small) spec="5 400";; full) spec="50 400";; *) echo "FRONTIER_CORPUS: small or full" >&2; exit 2;; esac
set -- $spec
if [ ! -f "$CORPUS/corpus.json" ]; then
  log "generating corpus_$CNAME ($1 hosts x $2 pages)"
  python3 "$SB/gen_corpus.py" --hosts "$1" --pages "$2" --seed 1 --out "$CORPUS" \
    --jobs "$(nproc 2>/dev/null || echo 1)" >/dev/null || exit 1
fi

# Seeds: the corpus index pages, then synthetic URLs round-robin over the hosts.
python3 - "$CORPUS/seeds.txt" "$D/seeds_1m.txt" "$NURLS" "$NHOSTS" <<'EOF'
import os
import sys
seeds, out, n, nhosts = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
served = [l.strip().split("/")[2] for l in open(seeds) if l.strip()]
hosts = served[:nhosts]
k = 0
while len(hosts) < nhosts:                      # unserved loopback hosts, never 127.0.1.x
    hosts.append("127.0.%d.%d:18080" % (2 + k // 250, 1 + k % 250))
    k += 1
# the corpus index pages, then its public pages (rows are leased in id order, so
# step 2 crawls real pages), then synthetic pages (404 on served hosts)
first = [l.strip() for l in open(seeds) if l.strip()]
man = os.path.join(os.path.dirname(seeds), "manifest.tsv")
real = [l.split("\t")[0] for l in open(man, encoding="utf-8").read().splitlines()[1:]
        if l.split("\t")[6] == "0"]
have = set(first)
first += [u for u in real if u not in have]
first = first[:n]
with open(out, "w") as f:
    for u in first:
        f.write(u + "\n")
    for i in range(n - len(first)):
        f.write("http://%s/goods/q%07d.html\n" % (hosts[i % nhosts], i))
EOF
log "seeds file: $(wc -l < "$D/seeds_1m.txt") URLs over $NHOSTS hosts ($(du -m "$D/seeds_1m.txt" | cut -f1) MB)"

"$SB/serve.sh" start "$CORPUS" >/dev/null || exit 1
trap '"$SB/serve.sh" stop >/dev/null 2>&1' EXIT

rss_of() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$1"; }
secs_of() { awk -F'): ' '/Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; printf "%.1f", s}' "$1"; }
frontier() { python3 -c "
import sqlite3,sys; db=sqlite3.connect('file:$D/wj.db?mode=ro', uri=True)
q=db.execute('SELECT count(*), sum(state=0), count(DISTINCT host) FROM frontier').fetchone()
print('%d rows, %d queued, %d hosts' % q)"; }

log "step 1: seeding $NURLS URLs with wangjian crawl --seeds (one insert per seed)"
/usr/bin/time -v -o "$D/time_seed.txt" timeout -k 10 3600 "$WJ" crawl --db "$D/wj.db" \
  --seeds "$D/seeds_1m.txt" --allow-private --delay 0 --max-pages 1 --quiet > "$D/log_seed.txt" 2>&1
rc1=$?
log "step 1: rc $rc1, $(secs_of "$D/time_seed.txt") s, peak RSS $(rss_of "$D/time_seed.txt") MB; frontier: $(frontier)"

log "step 2: crawl --max-pages $NPAGES from the same database (seeds: the corpus index pages)"
/usr/bin/time -v -o "$D/time_crawl.txt" timeout -k 10 1800 "$WJ" crawl --db "$D/wj.db" \
  --seeds "$CORPUS/seeds.txt" --allow-private --delay 0 --concurrency 32 --per-host 8 \
  --max-pages "$NPAGES" > "$D/log_crawl.txt" 2>&1
rc2=$?
summary=$(tr '\r' '\n' < "$D/log_crawl.txt" | grep -E '^wangjian: [0-9]+ pages' | tail -1)
log "step 2: rc $rc2, $(secs_of "$D/time_crawl.txt") s, peak RSS $(rss_of "$D/time_crawl.txt") MB; frontier: $(frontier)"
echo "         ${summary:-no summary line}"
tr '\r' '\n' < "$D/log_crawl.txt" | grep -v -E '^wangjian: [0-9]+ pages|^ *$' | head -5

rss1=$(rss_of "$D/time_seed.txt"); rss2=$(rss_of "$D/time_crawl.txt")
verdict() { awk -v a="$1" -v l=$LIMIT_MB 'BEGIN{print (a + 0 < l) ? "met" : "NOT met"}'; }
echo
printf 'crawling %s pages with %d URLs over %d hosts in the frontier: peak RSS %s MB (target < %d MB: %s)\n' \
  "$NPAGES" "$NURLS" "$NHOSTS" "$rss2" "$LIMIT_MB" "$(verdict "$rss2")"
printf 'seeding those %d URLs through one --seeds file:           peak RSS %s MB (%s)\n' \
  "$NURLS" "$rss1" "$(verdict "$rss1")"
[ "${FRONTIER_KEEP:-0}" = 1 ] || rm -f "$D/wj.db" "$D/wj.db-wal" "$D/wj.db-shm"
[ $rc1 = 0 ] && [ $rc2 = 0 ]
