#!/bin/sh
# Behaviour comparison for refactors (acceptance of issue #11): the demo, tests/corpus and the
# small bench corpus must give the same findings (url, rule, severity, snippet) and the same
# leads (subject, rule, status, hits) before and after, ids and times masked,
# FAKE_ORIGINAL_PRICE left out.
#
#   sh tests/compare/behaviour.sh dump WANGJIAN HTTPD OUTDIR
#   sh tests/compare/behaviour.sh diff OUTDIR_A OUTDIR_B     exit 0 identical, 1 differences, 2 usage
#
# dump crawls three corpora, each into a fresh SQLite database (--delay 0, --allow-private,
# --warc-dir into a temp dir, every crawl bounded by timeout):
#   demo    seeds/demo/sites behind tests/httpd acting as an HTTP proxy on 127.0.0.1, seeds
#           seeds/demo/seeds.txt (as seeds/demo/run-demo.sh, but --delay 0)
#   corpus  tests/corpus laid out by `tests/corpus/score.py layout` (the way the README says the
#           corpus is crawled by the real crawler), served the same way; every page URL is a seed.
#           tests/corpus/registry.tsv is imported first (`wangjian import registry`), so
#           LICENSE_MISMATCH is exercised as in `make eval`; the price history is not stored
#           (FAKE_ORIGINAL_PRICE is left out anyway).
#   bench   the small corpus of ../shared/bench (5 hosts x 400 pages, gen_corpus.py --seed 1),
#           served by a private nginx (../shared/bench/serve.sh) on 127.0.1.1-5, crawled with
#           --concurrency 32 --per-host 8 as tests/bench/crawl.sh does.  It uses its own port
#           (BEHAVIOUR_BENCH_PORT, default 18180, not crawl.sh's 18080) and its own nginx run
#           directory so that it never stops or collides with a `make bench-crawl` running on
#           the same machine; the port only appears in the URLs, so it must be the same for
#           both sides of a comparison (the default is).
# Each corpus is crawled twice into the same database; the second crawl is a new run that
# re-fetches every page with conditional GET, and every page answers 304 Not Modified.  As a
# 304 re-runs no rule, the demo gets two more crawls that do resolve and re-open leads
# (demo.changed, demo.restored; see run_corpus).
#
# Determinism: two dumps of the same binary are identical, and the bench files are identical
# at --concurrency 3 --per-host 1 too, so crawl order does not leak into the compared columns.
# What does depend on order is left out by the brief's column choice: a lead's url and evidence
# are those of the page processed last (ST_LEAD_UPSERT), and ids and times.  Note that hits
# counts the times a page with the finding was processed (a changed page adds one on every
# re-crawl), not distinct pages.
# Files in OUTDIR, one row per line, sorted (code point order) and deduplicated, fields
# separated by TAB, with backslash, TAB, CR and LF inside a field written as \\ \t \r \n:
#   NAME.findings.tsv            url, rule, severity, snippet      after the first crawl
#   NAME.leads.tsv               subject, rule, status, hits       after the first crawl
#   NAME.recrawl.findings.tsv    the same after the second crawl into the same database
#   NAME.recrawl.leads.tsv
#   demo.changed.*.tsv           the demo only: after a third crawl with two pages edited
#   demo.restored.*.tsv          ... and a fourth with the original pages back (see run_corpus)
# plus meta.txt and NAME.info.txt (binary, rulebook, crawl summary lines, raw row counts before
# deduplication): shown by diff as notes, never part of the verdict.
#
# Both sides must use the same rulebook and platform profiles: the crawls pass
# --rules BEHAVIOUR_RULES (default: rules/default of this checkout) and --platforms
# BEHAVIOUR_PLATFORMS (default: seeds/platforms of this checkout), so an old binary copied
# elsewhere is judged with the same rule files as the new one.
#
# Environment: BEHAVIOUR_RULES, BEHAVIOUR_PLATFORMS (above); BEHAVIOUR_CORPORA (subset of
# "demo corpus bench", default all); BEHAVIOUR_CACHE (where the bench corpus is generated and
# kept between runs, default ${TMPDIR:-/tmp}/wangjian-behaviour); BEHAVIOUR_BENCH_PORT (18180);
# BEHAVIOUR_DIFF_LINES (diff lines shown per file, default 200); SHARED (../shared).
# Needs python3, curl, timeout and nginx (installed with apt through tests/deps.sh if missing).
# Everything stays on 127.0.0.0/8; proxy variables from the environment are dropped.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)

usage() {
  echo "usage: behaviour.sh dump WANGJIAN HTTPD OUTDIR" >&2
  echo "       behaviour.sh diff OUTDIR_A OUTDIR_B" >&2
  exit 2
}
die() { echo "behaviour: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ------------------------------------------------------------------------------ diff
more_rows() {  # MAX: copy stdin, at most MAX lines
  awk -v max="$1" 'NR <= max { print } END { if (NR > max) print "... (" NR - max " more; BEHAVIOUR_DIFF_LINES=" max ")" }'
}
cmd_diff() {
  local a=$1 b=$2 f na nb differ=0 nfiles=0 maxl=${BEHAVIOUR_DIFF_LINES:-200}
  [ -d "$a" ] || die "no directory $a"
  [ -d "$b" ] || die "no directory $b"
  for f in $( (cd "$a" && ls -1 -- *.tsv 2>/dev/null; cd "$b" && ls -1 -- *.tsv 2>/dev/null) | sort -u); do
    nfiles=$((nfiles + 1))
    if [ ! -f "$a/$f" ] || [ ! -f "$b/$f" ]; then
      na=$([ -f "$a/$f" ] && wc -l < "$a/$f" || echo missing)
      nb=$([ -f "$b/$f" ] && wc -l < "$b/$f" || echo missing)
      printf '%-32s A %6s rows  B %6s rows  DIFFERENT (missing on one side)\n' "$f" "$na" "$nb"
      differ=$((differ + 1))
      continue
    fi
    na=$(wc -l < "$a/$f"); nb=$(wc -l < "$b/$f")
    if cmp -s "$a/$f" "$b/$f"; then
      printf '%-32s A %6d rows  B %6d rows  identical\n' "$f" "$na" "$nb"
    else
      printf '%-32s A %6d rows  B %6d rows  DIFFERENT (%d only in A, %d only in B)\n' "$f" "$na" "$nb" \
        "$(LC_ALL=C comm -23 "$a/$f" "$b/$f" | wc -l)" "$(LC_ALL=C comm -13 "$a/$f" "$b/$f" | wc -l)"
      differ=$((differ + 1))
    fi
  done
  [ "$nfiles" -gt 0 ] || die "no .tsv files in $a or $b"
  for f in $( (cd "$a" && ls -1 -- *.tsv 2>/dev/null; cd "$b" && ls -1 -- *.tsv 2>/dev/null) | sort -u); do
    [ -f "$a/$f" ] && [ -f "$b/$f" ] && ! cmp -s "$a/$f" "$b/$f" || continue
    echo
    echo "=== $f: rows only in A (-) and only in B (+)"
    LC_ALL=C comm -23 "$a/$f" "$b/$f" | sed 's/^/-/' | more_rows "$maxl"
    LC_ALL=C comm -13 "$a/$f" "$b/$f" | sed 's/^/+/' | more_rows "$maxl"
  done
  # notes, never part of the verdict: what was run, and the raw counts before deduplication
  for f in $( (cd "$a" && ls -1 -- *.txt 2>/dev/null; cd "$b" && ls -1 -- *.txt 2>/dev/null) | sort -u); do
    [ -f "$a/$f" ] && [ -f "$b/$f" ] || continue
    if ! diff -q <(grep -v '^time' "$a/$f") <(grep -v '^time' "$b/$f") >/dev/null; then
      echo
      echo "--- note (not part of the verdict): $f differs"
      diff <(grep -v '^time' "$a/$f") <(grep -v '^time' "$b/$f") | grep '^[<>]' | head -n 40
    fi
  done
  echo
  if [ "$differ" -eq 0 ]; then
    echo "behaviour: all $nfiles files identical"
    exit 0
  fi
  echo "behaviour: $differ of $nfiles files differ"
  exit 1
}

# ------------------------------------------------------------------------------ dump
WORK=""
SRV_PID=""
NGINX_RUN_DIR=""
cleanup() {
  if [ -n "$SRV_PID" ]; then kill "$SRV_PID" 2>/dev/null; wait "$SRV_PID" 2>/dev/null; SRV_PID=""; fi
  if [ -n "$NGINX_RUN_DIR" ] && [ -s "$NGINX_RUN_DIR/nginx.pid" ]; then
    NGINX_RUN=$NGINX_RUN_DIR STATUS_ADDR=$STATUS_ADDR bash "$SB/serve.sh" stop >/dev/null 2>&1
  fi
  [ -n "$WORK" ] && rm -rf "$WORK"
  WORK=""
}

# export CSV -> sorted, deduplicated TSV of the given columns, FAKE_ORIGINAL_PRICE left out.
# Prints "rows_raw rows_kept" (raw = rows of the export other than FAKE_ORIGINAL_PRICE).
csv_to_tsv() {  # csv out col...
  python3 - "$@" <<'PY'
import csv, sys
src, out, cols = sys.argv[1], sys.argv[2], sys.argv[3:]
def esc(v):
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
with open(src, newline="", encoding="utf-8-sig") as f:
    rd = csv.DictReader(f)
    missing = [c for c in cols if c not in (rd.fieldnames or [])]
    if missing:
        sys.exit("behaviour: export %s has no column %s (header: %s)" % (src, missing, rd.fieldnames))
    rows = [r for r in rd if r["rule"] != "FAKE_ORIGINAL_PRICE"]
lines = sorted({"\t".join(esc(r[c] or "") for c in cols) for r in rows})
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.writelines(l + "\n" for l in lines)
print(len(rows), len(lines))
PY
}

# dump_db NAME DB PREFIX: export findings and leads of DB into OUTDIR/PREFIX.*.tsv
dump_db() {
  local name=$1 db=$2 prefix=$3 c
  "$WJ" export --db "$db" --what findings --format csv --out "$WORK/$prefix.findings.csv" ||
    die "$name: export findings failed"
  "$WJ" export --db "$db" --what leads --format csv --out "$WORK/$prefix.leads.csv" ||
    die "$name: export leads failed"
  c=$(csv_to_tsv "$WORK/$prefix.findings.csv" "$OUT/$prefix.findings.tsv" url rule severity snippet) ||
    die "$name: findings dump failed"
  echo "rows $prefix.findings: export ${c% *} (without FAKE_ORIGINAL_PRICE) -> ${c#* } distinct" >> "$OUT/$name.info.txt"
  c=$(csv_to_tsv "$WORK/$prefix.leads.csv" "$OUT/$prefix.leads.tsv" subject rule status hits) ||
    die "$name: leads dump failed"
  echo "rows $prefix.leads: export ${c% *} (without FAKE_ORIGINAL_PRICE) -> ${c#* } distinct" >> "$OUT/$name.info.txt"
}

# crawl NAME PASS TIMEOUT ARGS...: one bounded crawl; the summary line goes to NAME.info.txt
crawl() {
  local name=$1 pass=$2 tmax=$3 rc summary report=""
  shift 3
  # a binary that is quiet without a terminal says its summary with --report new
  "$WJ" crawl --help 2>/dev/null | grep -q -- '--report new' && report="--report new"
  # shellcheck disable=SC2086
  timeout -k 10 "$tmax" "$WJ" crawl --db "$WORK/$name.db" --warc-dir "$WORK/$name-warc" \
    --allow-private --delay 0 --rules "$RULES" --platforms "$PLATFORMS" $report "$@" \
    > "$WORK/$name-$pass.log" 2>&1
  rc=$?
  summary=$(tr '\r' '\n' < "$WORK/$name-$pass.log" | grep -E '^wangjian: [0-9]+ pages' | tail -1)
  # the elapsed time is masked: it is the one thing in the line that varies between runs
  echo "crawl $pass: exit $rc: $(echo "$summary" | sed -E 's/ in [0-9.]+ s$//; s/, [0-9.]+ s( \(resumed.*)?$//')" >> "$OUT/$name.info.txt"
  log "$name crawl $pass: ${summary:-no summary line} (exit $rc)"
  [ $rc -eq 124 ] || [ $rc -eq 137 ] && { tail -5 "$WORK/$name-$pass.log" >&2; die "$name crawl $pass timed out after ${tmax}s"; }
  [ $rc -eq 0 ] || { tail -5 "$WORK/$name-$pass.log" >&2; die "$name crawl $pass failed (exit $rc)"; }
}

start_httpd() {  # ROOT
  rm -f "$WORK/port"
  "$HTTPD" --root "$1" --bind 127.0.0.1 --port 0 --port-file "$WORK/port" --max-seconds 900 \
    --log "$WORK/httpd.log" > /dev/null 2> "$WORK/httpd.err" &
  SRV_PID=$!
  local i=0
  while [ ! -s "$WORK/port" ]; do
    i=$((i + 1))
    if [ $i -gt 200 ] || ! kill -0 "$SRV_PID" 2>/dev/null; then
      cat "$WORK/httpd.err" >&2; die "the test server did not start"
    fi
    sleep 0.05
  done
  PORT=$(cat "$WORK/port")
}
stop_httpd() {
  [ -n "$SRV_PID" ] && { kill "$SRV_PID" 2>/dev/null; wait "$SRV_PID" 2>/dev/null; }
  SRV_PID=""
}

# one corpus: crawl, dump, crawl again into the same database, dump again
run_corpus() {  # NAME TIMEOUT crawl-args...
  local name=$1 tmax=$2
  shift 2
  : > "$OUT/$name.info.txt"
  rm -rf "$WORK/$name.db" "$WORK/$name.db-wal" "$WORK/$name.db-shm" "$WORK/$name-warc"
  if [ "$name" = corpus ]; then
    # the business registry of tests/corpus (TSV) as the CSV `wangjian import registry` reads
    python3 - "$TOP/tests/corpus/registry.tsv" "$WORK/registry.csv" <<'PY' || die "registry.tsv conversion failed"
import csv, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")]
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["code", "name", "status"]); w.writerows(r[:3] for r in rows)
PY
    "$WJ" import registry --db "$WORK/$name.db" "$WORK/registry.csv" > "$WORK/import.log" 2>&1 ||
      { cat "$WORK/import.log" >&2; die "import registry failed"; }
    echo "import: $(tr '\n' ' ' < "$WORK/import.log")" >> "$OUT/$name.info.txt"
  fi
  crawl "$name" 1 "$tmax" "$@"
  dump_db "$name" "$WORK/$name.db" "$name"
  crawl "$name" 2 "$tmax" "$@"
  dump_db "$name" "$WORK/$name.db" "$name.recrawl"
  [ "$name" = demo ] || return 0
  # A re-crawl where every page answers 304 re-runs no rule, so it cannot resolve or re-open
  # a lead.  For the demo two more crawls do: one after editing two pages of the served copy
  # (a single-page violation removed -> its lead is resolved; a counterfeit term added to the
  # clean tea shop -> a new lead), one after putting the original files back (mtime too, so
  # the ETags differ from the edited ones: 200, the lead re-opens, the new one is resolved).
  demo_edit edit >> "$OUT/$name.info.txt" || die "demo: editing the served copy failed"
  crawl "$name" 3 "$tmax" "$@"
  dump_db "$name" "$WORK/$name.db" "$name.changed"
  demo_edit restore >> "$OUT/$name.info.txt" || die "demo: restoring the served copy failed"
  crawl "$name" 4 "$tmax" "$@"
  dump_db "$name" "$WORK/$name.db" "$name.restored"
}

demo_edit() {  # edit|restore, on the copy in $WORK/demo-sites
  python3 - "$1" "$TOP/seeds/demo/sites" "$WORK/demo-sites" <<'PY'
import os, shutil, sys
mode, orig, copy = sys.argv[1:]
EDITS = [  # file, text, replacement (UTF-8 pages)
    ("hongxing-shoes.test/item/1001.html", "收货后五星好评返现5元，晒图再返3元，联系客服领取。", ""),
    ("lvye-tea.test/index.html", "</body>", "<p>另有高仿名牌茶具，欢迎咨询。</p>\n</body>"),
]
for rel, old, new in EDITS:
    dst = os.path.join(copy, rel)
    if mode == "restore":
        shutil.copy2(os.path.join(orig, rel), dst)   # bytes and mtime of the original
        print("restore %s" % rel)
        continue
    text = open(dst, encoding="utf-8").read()
    print("edit %s: %s" % (rel, "applied" if old in text else "NOT APPLIED (text not found)"))
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))
PY
}

ensure_bench_corpus() {
  local dir=$CACHE/corpus_small_$BPORT
  if [ -f "$dir/corpus.json" ] && python3 -c "
import json, sys; d = json.load(open('$dir/corpus.json'))
sys.exit(0 if (d['hosts'], d['pages_per_host'], d['seed'], d['port']) == (5, 400, 1, $BPORT) else 1)"; then
    log "bench: corpus $dir exists (5 hosts x 400 pages, seed 1, port $BPORT)"
  else
    log "bench: generating $dir (5 hosts x 400 pages, seed 1, port $BPORT)"
    rm -rf "$dir"
    python3 "$SB/gen_corpus.py" --hosts 5 --pages 400 --seed 1 --port "$BPORT" --out "$dir" \
      --jobs "$(nproc 2>/dev/null || echo 1)" > /dev/null || die "bench corpus generation failed"
  fi
  BCORPUS=$dir
}

cmd_dump() {
  WJ=$(readlink -f "$1") HTTPD=$(readlink -f "$2")
  OUT=$3
  [ -x "$WJ" ] || die "no wangjian binary at $1"
  [ -x "$HTTPD" ] || die "no test server binary at $2"
  RULES=$(readlink -f "${BEHAVIOUR_RULES:-$TOP/rules/default}")
  PLATFORMS=$(readlink -f "${BEHAVIOUR_PLATFORMS:-$TOP/seeds/platforms}")
  [ -d "$RULES" ] || die "no rulebook directory $RULES"
  [ -d "$PLATFORMS" ] || die "no platform profile directory $PLATFORMS"
  CORPORA=${BEHAVIOUR_CORPORA:-demo corpus bench}
  SHARED_DIR=$(readlink -f "${SHARED:-$TOP/../shared}" 2>/dev/null || echo "${SHARED:-$TOP/../shared}")
  SB=$SHARED_DIR/bench
  CACHE=${BEHAVIOUR_CACHE:-${TMPDIR:-/tmp}/wangjian-behaviour}
  BPORT=${BEHAVIOUR_BENCH_PORT:-18180}
  STATUS_ADDR=127.0.0.1:$((BPORT - 1))
  case "$BPORT" in ''|*[!0-9]*) die "BEHAVIOUR_BENCH_PORT must be a number";; esac
  for c in $CORPORA; do
    case $c in demo|corpus|bench) ;; *) die "unknown corpus '$c' in BEHAVIOUR_CORPORA";; esac
  done
  for t in python3 timeout curl; do command -v $t >/dev/null 2>&1 || die "$t is needed"; done
  unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY

  mkdir -p "$OUT" || die "cannot create $OUT"
  OUT=$(readlink -f "$OUT")
  rm -f "$OUT"/*.tsv "$OUT"/*.info.txt "$OUT/meta.txt"
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/wangjian-behaviour.XXXXXX") || die "mktemp failed"
  trap cleanup EXIT
  trap 'exit 130' INT TERM

  {
    echo "wangjian $WJ $("$WJ" --version 2>/dev/null | head -1)"
    echo "wangjian-sha256 $(sha256sum < "$WJ" | cut -c1-64)"
    echo "rules $RULES $(cat "$RULES"/* 2>/dev/null | sha256sum | cut -c1-16)"
    echo "platforms $PLATFORMS $(cat "$PLATFORMS"/* 2>/dev/null | sha256sum | cut -c1-16)"
    echo "corpora $CORPORA"
    echo "time $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  } > "$OUT/meta.txt"

  for c in $CORPORA; do
    case $c in
    demo)
      log "demo: seeds/demo through tests/httpd as a proxy"
      cp -a "$TOP/seeds/demo/sites" "$WORK/demo-sites" || die "cannot copy the demo sites"
      start_httpd "$WORK/demo-sites"
      run_corpus demo 120 --seeds "$TOP/seeds/demo/seeds.txt" --proxy "http://127.0.0.1:$PORT"
      stop_httpd
      ;;
    corpus)
      log "corpus: tests/corpus (score.py layout) through tests/httpd as a proxy"
      python3 "$TOP/tests/corpus/score.py" layout "$WORK/corpus-layout" > /dev/null ||
        die "tests/corpus/score.py layout failed"
      start_httpd "$WORK/corpus-layout/sites"
      run_corpus corpus 300 --seeds "$WORK/corpus-layout/seeds.txt" --proxy "http://127.0.0.1:$PORT"
      stop_httpd
      ;;
    bench)
      [ -f "$SB/gen_corpus.py" ] && [ -f "$SB/serve.sh" ] || die "$SB/gen_corpus.py or serve.sh not found (SHARED=$SHARED_DIR)"
      command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] ||
        sh "$TOP/tests/deps.sh" nginx-light || die "nginx is needed (apt-get install nginx-light failed)"
      export PATH=$PATH:/usr/sbin
      echo "gen_corpus-sha256 $(sha256sum < "$SB/gen_corpus.py" | cut -c1-16)" >> "$OUT/meta.txt"
      if ss -Hltn "( sport = :$BPORT or sport = :$((BPORT - 1)) )" 2>/dev/null | grep -q .; then
        die "port $BPORT or $((BPORT - 1)) is in use on this machine (another behaviour.sh run?); set BEHAVIOUR_BENCH_PORT"
      fi
      mkdir -p "$CACHE" || die "cannot create $CACHE"
      ensure_bench_corpus
      NGINX_RUN_DIR=$WORK/nginx_run
      NGINX_RUN=$NGINX_RUN_DIR STATUS_ADDR=$STATUS_ADDR bash "$SB/serve.sh" start "$BCORPUS" > "$WORK/nginx.log" 2>&1 ||
        { cat "$WORK/nginx.log" >&2; die "nginx did not start"; }
      log "bench: small corpus served by nginx on 127.0.1.1-5:$BPORT"
      run_corpus bench 600 --seeds "$BCORPUS/seeds.txt" --concurrency 32 --per-host 8 --max-pages 5000
      NGINX_RUN=$NGINX_RUN_DIR STATUS_ADDR=$STATUS_ADDR bash "$SB/serve.sh" stop > /dev/null 2>&1
      NGINX_RUN_DIR=""
      ;;
    esac
  done
  log "dump written to $OUT:"
  (cd "$OUT" && wc -l -- *.tsv) >&2
}

case "${1:-}" in
dump) [ $# -eq 4 ] || usage; cmd_dump "$2" "$3" "$4" ;;
diff) [ $# -eq 3 ] || usage; cmd_diff "$2" "$3" ;;
*) usage ;;
esac
