#!/bin/sh
# make bench-recrawl: the nightly re-crawl where nothing changed — every page answers
# 304 Not Modified — timed on the full bench corpus (50 hosts x 400 pages = 20,000 pages).
#
#   sh tests/bench/recrawl304.sh WANGJIAN [WANGJIAN_B]
#
# The corpus of ../shared/bench/gen_corpus.py (seed 1, as tests/bench/crawl.sh) is served by a
# private nginx (../shared/bench/serve.sh) on 127.0.1.1-50.  Each binary gets its own database,
# crawled once by itself, untimed (--delay 0 --concurrency 32 --per-host 8 --allow-private
# --warc-dir, as crawl.sh).  Then the same command is run again BENCH_REPS times into the same
# database, timed by GNU time: a new run queues every finished URL again (store_run_open ->
# ST_FR_RECRAWL), the crawler sends If-None-Match / If-Modified-Since and nginx answers 304 for
# every page.  Each re-crawl is checked: its summary line must say every page was unchanged
# and nginx must have served at least one request per page (stub_status; the baseline also
# fetches robots.txt and sitemap.xml of every host again, 200 each, so 20,100 requests).
# Before the first crawl the script checks that nginx sends an ETag and Last-Modified and
# answers If-None-Match with 304.
# With WANGJIAN_B the re-crawls alternate A, B, A, B, ... and the medians of both and the
# ratio B/A are printed.
#
# Environment (defaults in brackets):
#   BENCH_REPS       timed re-crawls per binary, median reported  [3]
#   RECRAWL_DIR      corpus cache and work files  [${TMPDIR:-/tmp}/wangjian-recrawl304]
#   RECRAWL_PORT     nginx port of the corpus; its own, not crawl.sh's 18080, so that a
#                    `make bench-crawl` elsewhere on the machine is never disturbed  [18280]
#   RECRAWL_HOSTS / RECRAWL_PAGES   corpus size  [50 / 400]
#   RECRAWL_KEEP     1: keep the databases and WARC files  [0]
#   RECRAWL_ACCESS_LOG  1: nginx logs every request and each re-crawl must show exactly one
#                    304 per page in it (costs nginx a write per request)  [0]
#   RECRAWL_RULES / RECRAWL_PLATFORMS   passed to both binaries as --rules / --platforms, so
#                    that both use the same rule files, and a binary copied out of its checkout
#                    finds them  [rules/default, seeds/platforms of this checkout]
#   SHARED           the shared folder with bench/  [../shared of this checkout]
# Needs nginx, GNU time, curl, python3 (installed with apt through tests/deps.sh if missing).
# Everything stays on 127.0.0.0/8; proxy variables from the environment are dropped.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
die() { echo "bench-recrawl: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*"; }

[ $# -ge 1 ] && [ $# -le 2 ] && [ -n "$1" ] || { echo "usage: recrawl304.sh WANGJIAN [WANGJIAN_B]" >&2; exit 2; }
WJA=$(readlink -f "$1")
[ -x "$WJA" ] || die "no wangjian binary at $1"
WJB=""
if [ $# -eq 2 ] && [ -n "$2" ]; then
  WJB=$(readlink -f "$2")
  [ -x "$WJB" ] || die "no wangjian binary at $2"
fi
SHARED_DIR=$(readlink -f "${SHARED:-$TOP/../shared}" 2>/dev/null || echo "${SHARED:-$TOP/../shared}")
SB=$SHARED_DIR/bench
[ -f "$SB/gen_corpus.py" ] && [ -f "$SB/serve.sh" ] || die "$SB/gen_corpus.py or serve.sh not found (SHARED=$SHARED_DIR)"
REPS=${BENCH_REPS:-3}
DIR=${RECRAWL_DIR:-${TMPDIR:-/tmp}/wangjian-recrawl304}
PORT=${RECRAWL_PORT:-18280}
NHOSTS=${RECRAWL_HOSTS:-50}
PPH=${RECRAWL_PAGES:-400}
KEEP=${RECRAWL_KEEP:-0}
ALOG=${RECRAWL_ACCESS_LOG:-0}
case "$REPS$PORT$NHOSTS$PPH" in *[!0-9]*) die "BENCH_REPS, RECRAWL_PORT, RECRAWL_HOSTS, RECRAWL_PAGES must be numbers";; esac
[ "$REPS" -ge 1 ] && [ "$REPS" -le 20 ] || die "BENCH_REPS must be 1..20"
STATUS_ADDR=127.0.0.1:$((PORT - 1))
RULES=$(readlink -f "${RECRAWL_RULES:-$TOP/rules/default}")
PLATFORMS=$(readlink -f "${RECRAWL_PLATFORMS:-$TOP/seeds/platforms}")
[ -d "$RULES" ] && [ -d "$PLATFORMS" ] || die "no rulebook $RULES or platform profiles $PLATFORMS"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY

# ---------------------------------------------------------------- tools
pkgs=""
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || pkgs="$pkgs nginx-light"
[ -x /usr/bin/time ] || pkgs="$pkgs time"
command -v curl >/dev/null 2>&1 || pkgs="$pkgs curl"
if [ -n "$pkgs" ]; then
  log "installing Debian packages:$pkgs"
  # shellcheck disable=SC2086
  sh "$TOP/tests/deps.sh" $pkgs || die "could not install:$pkgs"
fi
export PATH=$PATH:/usr/sbin

# ---------------------------------------------------------------- corpus and server
mkdir -p "$DIR" || die "cannot create $DIR"
CORPUS=$DIR/corpus_${NHOSTS}x${PPH}_$PORT
if [ -f "$CORPUS/corpus.json" ] && python3 -c "
import json, sys; d = json.load(open('$CORPUS/corpus.json'))
sys.exit(0 if (d['hosts'], d['pages_per_host'], d['seed'], d['port']) == ($NHOSTS, $PPH, 1, $PORT) else 1)"; then
  log "corpus $CORPUS exists ($NHOSTS hosts x $PPH pages, seed 1)"
else
  log "generating $CORPUS: $NHOSTS hosts x $PPH pages (seed 1, port $PORT); takes minutes"
  rm -rf "$CORPUS"
  python3 "$SB/gen_corpus.py" --hosts "$NHOSTS" --pages "$PPH" --seed 1 --port "$PORT" --out "$CORPUS" \
    --jobs "$(nproc 2>/dev/null || echo 1)" > /dev/null || die "corpus generation failed"
fi
NPAGES=$(python3 -c "import json; print(json.load(open('$CORPUS/corpus.json'))['totals']['pages'])")
MAXPAGES=$((NPAGES * 2 + 1000))
TMAX=$((120 + NPAGES / 10))

WORK=$(mktemp -d "$DIR/run.XXXXXX") || die "mktemp failed"
NGINX_UP=0
serve() { NGINX_RUN=$WORK/nginx_run STATUS_ADDR=$STATUS_ADDR bash "$SB/serve.sh" "$@"; }
cleanup() {
  [ $NGINX_UP = 1 ] && serve stop > /dev/null 2>&1
  NGINX_UP=0
  if [ "$KEEP" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ss -Hltn "( sport = :$PORT or sport = :$((PORT - 1)) )" 2>/dev/null | grep -q .; then
  die "port $PORT or $((PORT - 1)) is already in use (another recrawl304.sh?); set RECRAWL_PORT"
fi
if [ "$ALOG" = 1 ]; then export ACCESS_LOG=$WORK/access.log; else unset ACCESS_LOG; fi
serve start "$CORPUS" > "$WORK/nginx.log" 2>&1 || { cat "$WORK/nginx.log" >&2; die "nginx did not start"; }
NGINX_UP=1
find "$CORPUS" -type f -print0 | xargs -0 cat > /dev/null   # page cache, as crawl.sh does

# nginx must send validators and honour them, or no page can answer 304
first=$(head -1 "$CORPUS/seeds.txt")
probe=${first}goods/$(ls "$(cut -f4 "$CORPUS/hosts.tsv" | head -1)/goods" | head -1)
hdrs=$(curl -s -o /dev/null -D - --max-time 5 "$probe" | tr -d '\r')
etag=$(echo "$hdrs" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
lm=$(echo "$hdrs" | sed -n 's/^[Ll]ast-[Mm]odified: *//p')
[ -n "$etag" ] && [ -n "$lm" ] || die "nginx sent no ETag or Last-Modified for $probe"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "If-None-Match: $etag" "$probe")
[ "$code" = 304 ] || die "nginx answered If-None-Match with $code, not 304 ($probe)"
log "nginx on 127.0.1.x:$PORT: $probe has ETag $etag, Last-Modified $lm; If-None-Match -> 304"

# ---------------------------------------------------------------- runs
nginx_requests() {  # total requests served so far (stub_status), the status request included
  curl -s --max-time 2 "http://$STATUS_ADDR/nginx_status" | awk 'NR == 3 { print $3 }'
}
cpu_busy() {  # share of the machine's CPU busy over one second (nothing of ours runs now)
  python3 -c "
import time
def snap():
    v = [int(x) for x in open('/proc/stat').readline().split()[1:]]
    return sum(v), v[3] + v[4]
t0, i0 = snap(); time.sleep(1); t1, i1 = snap()
print('%.0f' % (100.0 * (1 - (i1 - i0) / max(1, t1 - t0))))"
}
crawl_cmd() {  # WJ DB_DIR: sets CMD, the bounded crawl command
  CMD=(timeout -k 10 "$TMAX" "$1" crawl --db "$2/wangjian.db" --seeds "$CORPUS/seeds.txt"
       --allow-private --delay 0 --concurrency 32 --per-host 8 --max-pages "$MAXPAGES"
       --warc-dir "$2/warc" --rules "$RULES" --platforms "$PLATFORMS")
  # a binary that is quiet without a terminal says its summary with --report new
  if "$1" crawl --help 2>/dev/null | grep -q -- '--report new'; then CMD+=(--report new); fi
}
# The summary says every page was stored (first crawl) or answered 304
# (re-crawl), in the old ("N pages, M unchanged") or the new format
# ("N pages (C changed, U unchanged, F failed)").
all_stored() { echo "$1" | grep -Eq "^wangjian: ($NPAGES pages, 0 unchanged|$NPAGES pages \($NPAGES changed, 0 unchanged, 0 failed\))"; }
all_304() { echo "$1" | grep -Eq "^wangjian: (0 pages, $NPAGES unchanged|$NPAGES pages \(0 changed, $NPAGES unchanged, 0 failed\))"; }
summary_of() { tr '\r' '\n' < "$1" | grep -E '^wangjian: [0-9]+ pages' | tail -1; }

first_crawl() {  # LABEL WJ
  local d=$WORK/$1 rc s
  mkdir -p "$d"
  log "$1: first crawl of $NPAGES pages into a fresh database (untimed): $2"
  crawl_cmd "$2" "$d"
  "${CMD[@]}" > "$d/first.log" 2>&1
  rc=$?
  s=$(summary_of "$d/first.log")
  echo "         ${s:-no summary line} (exit $rc)"
  [ $rc -eq 0 ] || { tail -5 "$d/first.log"; die "$1: first crawl failed (exit $rc)"; }
  all_stored "$s" ||
    die "$1: the first crawl did not store all $NPAGES pages"
}

BAD=0
recrawl() {  # LABEL WJ REP
  local d=$WORK/$1 rc s busy r0 r1 w u sy rss note=""
  busy=$(cpu_busy)
  r0=$(nginx_requests)
  [ "$ALOG" = 1 ] && : > "$WORK/access.log"
  crawl_cmd "$2" "$d"
  /usr/bin/time -f '%e %U %S %M' -o "$d/time.$3" "${CMD[@]}" > "$d/re.$3.log" 2>&1
  rc=$?
  r1=$(nginx_requests)
  s=$(summary_of "$d/re.$3.log")
  read -r w u sy rss < "$d/time.$3"
  if [ $rc -ne 0 ]; then note=" FAILED (exit $rc)"; BAD=1
  elif ! all_304 "$s"; then note=" NOT ALL 304"; BAD=1
  elif [ $((r1 - r0 - 1)) -lt "$NPAGES" ]; then note=" (only $((r1 - r0 - 1)) requests for $NPAGES pages)"; BAD=1
  fi
  if [ "$ALOG" = 1 ]; then
    local n304 nother
    n304=$(awk '$3 == 304' "$WORK/access.log" | wc -l)
    nother=$(awk '$3 != 304 && $2 != "/nginx_status" { print $2 " " $3 }' "$WORK/access.log" | sort | uniq -c | sort -rn | head -3 | tr -s ' \n' ' ')
    note="$note; access log: $n304 x 304, others:${nother:- none}"
    [ "$n304" -eq "$NPAGES" ] || { note="$note NOT ALL 304"; BAD=1; }
  fi
  [ "$busy" -gt 20 ] && note="$note (machine ${busy}% busy before the run)"
  printf '%s %s %s %s %s\n' "$1" "$w" "$(echo "$u + $sy" | bc -l)" "$rss" "$busy" >> "$WORK/results"
  printf '  %s re-crawl %d: wall %6.2f s  cpu %6.2f s (user %.2f sys %.2f)  max RSS %4d MB  nginx requests %d%s\n' \
    "$1" "$3" "$w" "$(echo "$u + $sy" | bc -l)" "$u" "$sy" $((rss / 1024)) $((r1 - r0 - 1)) "$note"
  echo "         $s"
}

log "re-crawl benchmark: $NPAGES pages, every page 304; $REPS timed re-crawls per binary"
log "A: $WJA ($("$WJA" --version 2>/dev/null | head -1 | cut -d' ' -f1-2))"
[ -n "$WJB" ] && log "B: $WJB ($("$WJB" --version 2>/dev/null | head -1 | cut -d' ' -f1-2))"
: > "$WORK/results"
first_crawl A "$WJA"
[ -n "$WJB" ] && first_crawl B "$WJB"
for rep in $(seq 1 "$REPS"); do
  recrawl A "$WJA" "$rep"
  [ -n "$WJB" ] && recrawl B "$WJB" "$rep"
done

echo
python3 - "$WORK/results" "$NPAGES" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
npages = int(sys.argv[2])
med = {}
for label in ("A", "B"):
    r = [x for x in rows if x[0] == label]
    if not r:
        continue
    wall = statistics.median(float(x[1]) for x in r)
    cpu = statistics.median(float(x[2]) for x in r)
    rss = statistics.median(int(x[3]) for x in r) / 1024
    med[label] = (wall, cpu, rss)
    print("%s: median of %d re-crawls (%d pages, all 304): wall %.2f s, CPU %.2f s, max RSS %.0f MB"
          " [wall %s]" % (label, len(r), npages, wall, cpu, rss, ", ".join(x[1] for x in r)))
if "A" in med and "B" in med:
    a, b = med["A"], med["B"]
    print("ratio B/A: wall %.3f, CPU %.3f, max RSS %.3f" % (b[0] / a[0], b[1] / a[1], b[2] / a[2]))
busy = [int(x[4]) for x in rows]
if max(busy) > 20:
    print("note: the machine was up to %d%% busy with other processes before some runs" % max(busy))
PY
[ $BAD -eq 0 ] || die "some re-crawl failed or was not all 304 (see above): its numbers do not measure the 304 path"
