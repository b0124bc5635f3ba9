#!/bin/sh
# A short libFuzzer run of each harness (parser pipeline, URL resolution):
# 30 s each.  `make fuzz` runs them for 10 minutes each.
# libFuzzer comes with clang (make deps installs it); without it, skip.
command -v clang >/dev/null 2>&1 || { echo "SKIP: clang not installed (make deps installs it)"; exit 77; }
exec make --no-print-directory -f tests/fuzz/fuzz.mk fuzz-short BUILD="${BUILD:-build}" SHARED="${SHARED:-../shared}"
