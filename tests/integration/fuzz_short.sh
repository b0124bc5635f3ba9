#!/bin/sh
# A short libFuzzer run of each harness (parser pipeline, URL resolution):
# 30 s each.  `make fuzz` runs them for 10 minutes each.
exec make --no-print-directory -f tests/fuzz/fuzz.mk fuzz-short BUILD="${BUILD:-build}" SHARED="${SHARED:-../shared}"
