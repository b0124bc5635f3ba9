#!/bin/sh
# Precision and recall of every rule code on the labelled corpus must stay
# at or above 0.95 (the eval program exits 3 otherwise).
set -u
EVAL=${BUILD:-build}/asan/eval
"$EVAL" --min 0.95 --corpus "$TOP/tests/corpus" --rules "$TOP/rules/default" --profiles "$TOP/seeds/platforms"
