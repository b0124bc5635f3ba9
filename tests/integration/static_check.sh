#!/bin/sh
# Banned functions, cppcheck and clang-tidy stay clean (make check).
exec sh tests/check.sh "${PKG_CFLAGS:-}"
