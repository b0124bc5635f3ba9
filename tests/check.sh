#!/bin/sh
# make check: banned libc calls, cppcheck and clang-tidy over the project's
# C sources: every top-level folder's .c files (each module, new ones too,
# and cli/) and the test server.  $1: pkg-config cflags.  Exits 1 on any
# finding; 77 when nothing was found but cppcheck or clang-tidy is not
# installed, so a check that did not run is never reported as clean.
cflags=$1
status=0
missing=""
srcs=$(ls ./*/*.c tests/httpd/*.c 2>/dev/null | sed 's|^\./||' | grep -v '^build/')

echo "check: banned functions (sprintf strcpy strcat strtok atoi gets)"
if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|strtok|atoi|gets)\s*\(' $srcs; then
  echo "check: banned function used (use snprintf, memcpy with lengths, strtol)"; status=1
fi

# One owner per resource: during a crawl only the store thread (storer.c)
# uses the store handle.  Elsewhere in crawler/ only helpers that touch no
# connection state may be called: packing on the parse workers, frees.
echo "check: only crawler/storer.c calls the store"
pure='store_(body_pack|text_pack|blob_free|frontier_items_free|strerror)'
if grep -nE '\bstore_[a-z_]+[[:space:]]*\(' $(ls crawler/*.c | grep -v '^crawler/storer\.c$') |
   grep -vE "\b$pure[[:space:]]*\(" | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(/?\*|//)'; then
  echo "check: a store call outside crawler/storer.c (send the store thread a command)"; status=1
fi
echo "check: calls between crawler's files go one way"
python3 tests/callgraph.py crawler >/dev/null || { python3 tests/callgraph.py crawler; status=1; }
if grep -n 'st_lock' crawler/*.c crawler/*.h; then
  echo "check: st_lock is gone: the store has one owner, not a lock"; status=1
fi

if command -v cppcheck >/dev/null; then
  echo "check: cppcheck"
  cppcheck --quiet --error-exitcode=1 --enable=warning,portability,performance \
    --std=c11 --inline-suppr -D_GNU_SOURCE -I. $srcs || status=1
else
  echo "check: cppcheck not installed, NOT run (make deps installs it)"; missing="$missing cppcheck"
fi

if command -v clang-tidy >/dev/null; then
  echo "check: clang-tidy"
  checks='-*,bugprone-*,-bugprone-easily-swappable-parameters,-bugprone-narrowing-conversions,-bugprone-reserved-identifier,-bugprone-assignment-in-if-condition,-bugprone-implicit-widening-of-multiplication-result,-bugprone-branch-clone,-bugprone-suspicious-include,-bugprone-suspicious-string-compare,-bugprone-not-null-terminated-result,-bugprone-sizeof-expression,clang-analyzer-*,-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling,-clang-analyzer-security.insecureAPI.strcpy'
  # two files at a time: these machines have two cores
  out=$(printf '%s\n' $srcs | xargs -P 2 -I{} clang-tidy --quiet --warnings-as-errors='*' \
      --checks="$checks" {} -- -std=c11 -D_GNU_SOURCE -DWANGJIAN_VERSION='"x"' \
      -DWANGJIAN_DATADIR='"x"' -I. $cflags 2>/dev/null | grep -E 'error:|warning:')
  if [ -n "$out" ]; then echo "$out"; status=1; fi
else
  echo "check: clang-tidy not installed, NOT run (make deps installs it)"; missing="$missing clang-tidy"
fi
[ $status -ne 0 ] && exit $status
if [ -n "$missing" ]; then
  echo "SKIP: not installed:$missing (make deps installs them)"
  exit 77
fi
echo "check: clean"
