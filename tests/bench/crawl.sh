#!/bin/sh
# make bench-crawl: wangjian against Scrapy, Crawlee and wget2 on the synthetic
# shop corpus of ../shared/bench, served by a private nginx on 127.0.1.x:18080.
#
#   sh tests/bench/crawl.sh [WANGJIAN [SHARED]]      (defaults ./wangjian ../shared)
#
# Per corpus and repetition: wangjian crawls with parsing, rules, the SQLite store
# and WARC evidence all on (--delay 0, --allow-private for loopback), timed as one
# process by GNU time; then ../shared/bench/run_peers.sh runs the peers on the same
# corpus.  wangjian's pages are verified from its database after the timed run
# (crawl_export.py -> verify.py, the same check as the Scrapy/Crawlee output), and
# crawl_report.py prints the table, the ratios and the 2k -> 20k flatness.
#
# Environment (defaults in brackets):
#   BENCH          work dir, shared with run_peers.sh  [${TMPDIR:-/tmp}/wangjian-bench]
#   BENCH_PEERS    peers beside wangjian: scrapy crawlee wget2 wget httrack, "" for none
#                  [scrapy crawlee wget2]
#   BENCH_CORPORA  small (5 hosts x 400 pages) and/or full (50 x 400)  [small full]
#   BENCH_REPS     repetitions; tables show medians  [3]
#   BENCH_WARC     1: --warc-dir on (full evidence path); 0: off  [1]
#   BENCH_CONC / BENCH_PER_HOST   transfers overall / per host, as for the peers  [32 / 8]
#   BENCH_INSTALL  1: install missing tools (apt, npm for Crawlee); 0: never  [1]
#   BENCH_RUNS     run directories  [$BENCH/runs_crawl]; emptied first unless BENCH_APPEND=1
#   BENCH_REP_START  number of the first repetition (to add runs with BENCH_APPEND=1)  [1]
#   BENCH_KEEP     1: keep wangjian's database and WARC files of every run  [0]
# Quick run:  BENCH_PEERS="scrapy wget2" BENCH_CORPORA=small BENCH_REPS=1 make bench-crawl
#
# Everything stays on 127.0.0.0/8.  Every crawler run is bounded in time (timeout)
# and in pages.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -uo pipefail

WJ=$(readlink -f "${1:-./wangjian}")
SHARED_DIR=$(readlink -f "${2:-../shared}" 2>/dev/null || echo "${2:-../shared}")
HERE=$(cd "$(dirname "$0")" && pwd)
SB=$SHARED_DIR/bench
if [ ! -f "$SB/run_peers.sh" ] || [ ! -f "$SB/gen_corpus.py" ]; then
  echo "bench-crawl: $SB/run_peers.sh not found: the external crawler benchmark was not run"
  exit 0
fi
[ -x "$WJ" ] || { echo "bench-crawl: no wangjian binary at $WJ" >&2; exit 1; }

export BENCH=${BENCH:-${TMPDIR:-/tmp}/wangjian-bench}
PEERS=${BENCH_PEERS-scrapy crawlee wget2}
CORPORA=${BENCH_CORPORA:-small full}
REPS=${BENCH_REPS:-3}
REP0=${BENCH_REP_START:-1}
WARC=${BENCH_WARC:-1}
CONC=${BENCH_CONC:-32}
PERHOST=${BENCH_PER_HOST:-8}
INSTALL=${BENCH_INSTALL:-1}
RUNS=${BENCH_RUNS:-$BENCH/runs_crawl}
KEEP=${BENCH_KEEP:-0}
SMALL=${BENCH_SMALL:-5x400}
FULL=${BENCH_FULL:-50x400}
SEED=${BENCH_SEED:-1}

log() { echo "[$(date +%H:%M:%S)] $*"; }
die() { echo "bench-crawl: $*" >&2; exit 1; }

case "$REPS$REP0$CONC$PERHOST" in *[!0-9]*) die "BENCH_REPS, BENCH_REP_START, BENCH_CONC, BENCH_PER_HOST must be numbers";; esac
[ "$REPS" -ge 1 ] && [ "$REPS" -le 10 ] || die "BENCH_REPS must be 1..10"
for p in $PEERS; do
  case $p in scrapy|crawlee|wget2|wget|httrack) ;; *) die "unknown peer '$p' in BENCH_PEERS";; esac
done
for c in $CORPORA; do
  case $c in small|full) ;; *) die "unknown corpus '$c' in BENCH_CORPORA";; esac
done

# ---------------------------------------------------------------- tools
install_tools() {
  local pkgs="" p
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || pkgs="$pkgs nginx-light"
  [ -x /usr/bin/time ] || pkgs="$pkgs time"
  for p in curl bc; do command -v $p >/dev/null 2>&1 || pkgs="$pkgs $p"; done
  for p in $PEERS; do
    case $p in
      scrapy) [ -x /usr/bin/scrapy ] || pkgs="$pkgs python3-scrapy";;
      wget2|wget|httrack) command -v $p >/dev/null 2>&1 || pkgs="$pkgs $p";;
      crawlee) { command -v node && command -v npm; } >/dev/null 2>&1 || pkgs="$pkgs nodejs npm";;
    esac
  done
  if [ -n "$pkgs" ]; then
    [ "$INSTALL" = 1 ] || die "missing:$pkgs (BENCH_INSTALL=0)"
    log "installing Debian packages:$pkgs"
    sh "$HERE/../deps.sh" $pkgs || die "could not install:$pkgs"
  fi
  case " $PEERS " in *" crawlee "*)
    if [ ! -f "$BENCH/node/node_modules/@crawlee/cheerio/package.json" ]; then
      [ "$INSTALL" = 1 ] || die "Crawlee is not installed in $BENCH/node (BENCH_INSTALL=0)"
      log "installing @crawlee/cheerio 3.18.1 with npm into $BENCH/node"
      mkdir -p "$BENCH/node" && cp "$SB/node/package.json" "$BENCH/node/" &&
        (cd "$BENCH/node" && npm install --no-audit --no-fund @crawlee/cheerio@3.18.1 >/dev/null) ||
        die "npm install of @crawlee/cheerio failed"
    fi;;
  esac
}
install_tools
export PATH=$PATH:/usr/sbin

# ---------------------------------------------------------------- corpora
ensure_corpus() {  # name HxP
  local name=$1 h=${2%x*} p=${2#*x} dir=$BENCH/corpus_$1
  if [ -f "$dir/corpus.json" ] && python3 -c "
import json,sys; d=json.load(open('$dir/corpus.json'))
sys.exit(0 if (d['hosts'],d['pages_per_host'],d['seed'])==($h,$p,$SEED) else 1)"; then
    log "corpus_$name exists ($h hosts x $p pages)"
  else
    log "generating corpus_$name: $h hosts x $p pages (seed $SEED)"
    rm -rf "$dir"
    python3 "$SB/gen_corpus.py" --hosts "$h" --pages "$p" --seed "$SEED" --out "$dir" \
      --jobs "$(nproc 2>/dev/null || echo 1)" >/dev/null || die "corpus generation failed"
  fi
}

NGINX_UP=0
cleanup() { [ $NGINX_UP = 1 ] && "$SB/serve.sh" stop >/dev/null 2>&1; NGINX_UP=0; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Share of the machine's CPU busy over one second (other processes: nothing of
# ours runs now); a busy machine makes every figure of that run slower.
cpu_busy() {
  python3 -c "
import time
def snap():
    v = [int(x) for x in open('/proc/stat').readline().split()[1:]]
    return sum(v), v[3] + v[4]
t0, i0 = snap(); time.sleep(1); t1, i1 = snap()
print('%.0f' % (100.0 * (1 - (i1 - i0) / max(1, t1 - t0))))"
}

serve() {  # corpus_dir
  "$SB/serve.sh" start "$1" >/dev/null || die "nginx did not start for $1"
  NGINX_UP=1
  find "$1" -type f -print0 | xargs -0 cat > /dev/null   # page cache, as run_peers.sh does
}

# ---------------------------------------------------------------- one wangjian run
run_wangjian() {  # corpus_dir rep
  local corpus=$1 rep=$2 cname npages maxpages tmax d ng_req0 ng_cpu0 ng_req1 ng_cpu1 e0 e1 t0 t1 rc
  cname=$(basename "$corpus")
  d=$RUNS/$cname/wangjian-$rep
  npages=$(python3 -c "import json;print(json.load(open('$corpus/corpus.json'))['totals']['pages'])")
  maxpages=$((npages * 2 + 1000))       # the peers' bounds
  tmax=$((120 + npages / 10))
  rm -rf "$d"; mkdir -p "$d"
  local busy; busy=$(cpu_busy)
  [ "$busy" -gt 20 ] && echo "  warning: the machine was ${busy}% busy before this run (other processes); figures will be slow" >&2
  local warc_opt="" report=""
  [ "$WARC" = 1 ] && warc_opt="--warc-dir $d/warc"
  # a binary that is quiet without a terminal says its summary with --report new (on stdout)
  "$WJ" crawl --help 2>/dev/null | grep -q -- '--report new' && report="--report new"
  read -r ng_req0 ng_cpu0 < <(python3 "$SB/collect.py" nginx-snap)
  e0=$(wc -l < "$BENCH/nginx_run/error.log")
  echo "$WJ crawl --db $d/wangjian.db --seeds $corpus/seeds.txt --allow-private --delay 0" \
       "--concurrency $CONC --per-host $PERHOST --max-pages $maxpages $warc_opt" > "$d/cmd.txt"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$d/time.txt" timeout -k 10 $tmax \
    "$WJ" crawl --db "$d/wangjian.db" --seeds "$corpus/seeds.txt" --allow-private --delay 0 \
      --concurrency "$CONC" --per-host "$PERHOST" --max-pages "$maxpages" $warc_opt $report \
      > "$d/report.txt" 2> "$d/log.txt"
  rc=$?
  t1=$(date +%s.%N)
  read -r ng_req1 ng_cpu1 < <(python3 "$SB/collect.py" nginx-snap)
  e1=$(wc -l < "$BENCH/nginx_run/error.log")
  # not timed: database -> JSON lines -> the harness's own verifier
  python3 "$HERE/crawl_export.py" "$d/wangjian.db" "$d/out.jsonl" > /dev/null 2> "$d/export.err"
  python3 "$SB/verify.py" --corpus "$corpus" --jsonl "$d/out.jsonl" > "$d/verify.json"
  local summary errs dbkb warckb
  summary=$(cat "$d/report.txt" "$d/log.txt" | tr '\r' '\n' | grep -E '^wangjian: [0-9]+ pages' | tail -1)
  errs=$(tr '\r' '\n' < "$d/log.txt" | grep -v -E '^wangjian: [0-9]+ pages' | grep -c -v '^ *$')
  dbkb=$(du -sk "$d/wangjian.db" 2>/dev/null | cut -f1)
  warckb=$(du -sk "$d/warc" 2>/dev/null | cut -f1)
  python3 "$SB/collect.py" meta "$d" peer=wangjian corpus="$cname" rep="$rep" rc="$rc" \
    wall_s="$(echo "$t1 - $t0" | bc -l)" ng_req0="$ng_req0" ng_req1="$ng_req1" \
    ng_cpu0="$ng_cpu0" ng_cpu1="$ng_cpu1" conc="$CONC" per_host="$PERHOST" \
    nginx_errors=$((e1 - e0)) warc="$WARC" db_kb="${dbkb:-0}" warc_kb="${warckb:-0}" \
    other_log_lines="$errs" cpu_busy_before="$busy" "summary=${summary:-none}"
  [ -n "$summary" ] && echo "         $summary"
  if [ "$KEEP" != 1 ]; then rm -rf "$d/wangjian.db" "$d/wangjian.db-wal" "$d/wangjian.db-shm" "$d/warc"; fi
}

# ---------------------------------------------------------------- main
[ "${BENCH_APPEND:-0}" = 1 ] || rm -rf "$RUNS"
mkdir -p "$RUNS" "$BENCH"
"$WJ" --version 2>/dev/null | head -1 > "$RUNS/wangjian.version"
log "wangjian: $(cat "$RUNS/wangjian.version"); peers: ${PEERS:-none}; corpora: $CORPORA; reps: $REPS; runs in $RUNS"
for c in $CORPORA; do
  case $c in small) spec=$SMALL;; full) spec=$FULL;; esac
  ensure_corpus "$c" "$spec"
  for rep in $(seq "$REP0" $((REP0 + REPS - 1))); do
    serve "$BENCH/corpus_$c"
    log "corpus_$c rep $rep: wangjian"
    run_wangjian "$BENCH/corpus_$c" "$rep"
    cleanup
    if [ -n "$PEERS" ]; then
      log "corpus_$c rep $rep: $PEERS (run_peers.sh, log in $RUNS/peers-$c-$rep.log)"
      bash "$SB/run_peers.sh" --peers "$PEERS" --corpora "$c" --reps 1 --rep-start "$rep" \
        --runs "$RUNS" --conc "$CONC" --per-host "$PERHOST" --seed "$SEED" \
        --small "$SMALL" --full "$FULL" > "$RUNS/peers-$c-$rep.log" 2>&1 ||
        echo "run_peers.sh failed, see $RUNS/peers-$c-$rep.log" >&2
      grep -E "^[a-z0-9]+ +corpus_$c +rep $rep:" "$RUNS/peers-$c-$rep.log"
    fi
  done
done
trap - EXIT

echo
python3 "$HERE/crawl_report.py" --md "$RUNS/crawl_table.md" "$RUNS"
