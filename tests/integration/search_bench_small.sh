#!/bin/sh
# make bench-search at the CI size: 1,000 synthetic pages, the index built
# by wangjian, and the three bench queries must find exactly the pages
# that contain their words (correctness, not time).
. "$TOP/tests/itlib.sh"
need python3 bc /usr/bin/time
SIZES=1000 CHECK=1 WANGJIAN=$WJ sh "$TOP/tests/bench/search.sh" > "$T/out" 2>&1
rc=$?
cat "$T/out"
check "bench-search at 1,000 pages finds what it should" [ $rc -eq 0 ]
finish
