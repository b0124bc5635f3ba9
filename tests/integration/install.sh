#!/bin/sh
# make install honours PREFIX and DESTDIR, and the installed binary finds
# its installed rulebook and man page.
. "$TOP/tests/itlib.sh"
mkdir -p "$T/src" && (cd "$TOP" && tar cf - --exclude=./build --exclude=./wangjian --exclude=./demo-warc --exclude="./demo.db*" .) | (cd "$T/src" && tar xf -)
cd "$T/src" || exit 1
rm -rf build wangjian
make --no-print-directory install PREFIX=/opt/wj DESTDIR="$T/root" >"$T/install.log" 2>&1
check "make install exits 0" [ $? -eq 0 ]
tail -3 "$T/install.log"
check "binary in DESTDIR/PREFIX/bin" [ -x "$T/root/opt/wj/bin/wangjian" ]
check "rulebook in DESTDIR/PREFIX/share/wangjian/rules" [ -f "$T/root/opt/wj/share/wangjian/rules/counterfeit.ini" ]
check "platform profiles installed" [ -f "$T/root/opt/wj/share/wangjian/platforms/demomall.ini" ]
check "commented example config in the data directory" grep -q '^\[crawl\]' "$T/root/opt/wj/share/wangjian/wangjian.conf.example"
check "nothing installed under /etc" [ ! -e "$T/root/etc" ]
check "the installed example config is valid" "$T/root/opt/wj/bin/wangjian" config check "$T/root/opt/wj/share/wangjian/wangjian.conf.example"
check "man page installed with the data directory filled in" grep -q '/opt/wj/share/wangjian/rules' "$T/root/opt/wj/share/man/man1/wangjian.1"
# The installed binary, run from elsewhere, looks in PREFIX/share/wangjian:
# with DESTDIR that path does not exist, which its error names.
(cd / && WANGJIAN_RULES_DIR= "$T/root/opt/wj/bin/wangjian" rules list >/dev/null 2>"$T/list.err")
check "installed binary looks for its rulebook under PREFIX" grep -q '/opt/wj/share/wangjian/rules' "$T/list.err"
(cd / && WANGJIAN_RULES_DIR="$T/root/opt/wj/share/wangjian/rules" "$T/root/opt/wj/bin/wangjian" rules list >"$T/list.out")
check "installed rulebook lists COUNTERFEIT_TERM" grep -q COUNTERFEIT_TERM "$T/list.out"
# the rulebook as shipped includes its second reader, so the installed book's
# digest is the checkout's (rules check names the model when it loads one)
check "second reader installed with the rulebook" cmp -s "$TOP/rules/default/reader.model" "$T/root/opt/wj/share/wangjian/rules/reader.model"
(cd / && "$T/root/opt/wj/bin/wangjian" rules check "$T/root/opt/wj/share/wangjian/rules" >"$T/check.out" 2>&1)
check "installed rulebook loads its second reader" grep -q "with its second reader" "$T/check.out"
check "installed rulebook's digest is the checkout's" sh -c "grep -q \"sha256 \$(cd '$TOP/rules/default' && LC_ALL=C sha256sum *.ini reader.model | sha256sum | cut -d' ' -f1)\" '$T/check.out'"
make --no-print-directory clean >/dev/null 2>&1
check "make clean leaves no build products" sh -c "[ ! -e build ] && [ ! -e wangjian ]"
finish
