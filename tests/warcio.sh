#!/bin/sh
# The independent WARC reader: warcio.js (npm "warcio", installed into
# $BUILD/node on first use) driven by $SHARED/tools/warc_check.mjs, which
# checks mandatory fields, WARC-Record-ID and WARC-Date syntax, field
# placement, Content-Length and both digests, one JSON line per record.
#
#   sh tests/warcio.sh --ready   install if needed; exit 0 when usable, else
#                                print a NOTE and exit 77 (1 under CI=true,
#                                where the check must run)
#   sh tests/warcio.sh FILE      check FILE; the checker's exit status
# Env: BUILD, SHARED (as from tests/run.sh).
set -u
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
checker="$SHARED/tools/warc_check.mjs"
nodedir="$BUILD/node"

unavailable() {
  echo "NOTE: $1: the independent WARC reader check was NOT run"
  [ "${CI:-}" = true ] && [ "${2:-}" = must ] && { echo "FAIL: CI must run it"; exit 1; }
  exit 77
}

if [ "${1:-}" = --ready ]; then
  [ -f "$checker" ] || unavailable "$checker not found"
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || unavailable "node/npm not installed"
  if [ ! -d "$nodedir/node_modules/warcio" ]; then
    mkdir -p "$nodedir"
    if ! npm install --prefix "$nodedir" --no-audit --no-fund warcio@2 >"$nodedir/npm.log" 2>&1; then
      tail -5 "$nodedir/npm.log"
      unavailable "npm install warcio@2 failed (no network, or TLS to the registry intercepted?)" must
    fi
  fi
  # The checker imports "warcio"; Node resolves that next to the script, so
  # run it through a symlink inside $nodedir (no copy of the shared tool).
  ln -sf "$(cd "$(dirname "$checker")" && pwd)/warc_check.mjs" "$nodedir/warc_check.mjs"
  exit 0
fi
exec node --preserve-symlinks --preserve-symlinks-main "$nodedir/warc_check.mjs" "$@"
