# Benchmarks, run from the repo root (the top Makefile delegates here):
#   make -f tests/bench/bench.mk bench-parse [BENCH_SECONDS=3]
# The corpus is generated once with $(SHARED)/bench/gen_corpus.py into
# $(BUILD)/bench/corpus (5 hosts x 400 pages).  Release flags (-O2), no
# sanitizers, one thread: the figures are MB/s per core.
BUILD  ?= build
SHARED ?= ../shared
include $(BUILD)/config.mk

BENCH_CFLAGS  := -std=c11 -O2 -g -D_GNU_SOURCE -I. -Wall -Wextra -Werror
BENCH_SECONDS ?= 3
CORPUS        := $(BUILD)/bench/corpus
PARSER_SRC    := $(sort $(wildcard parser/*.c))

.PHONY: bench-parse

$(CORPUS)/corpus.json:
	@test -f $(SHARED)/bench/gen_corpus.py || { echo "bench: $(SHARED)/bench/gen_corpus.py not found"; exit 1; }
	python3 $(SHARED)/bench/gen_corpus.py --hosts 5 --pages 400 --out $(CORPUS)

$(BUILD)/bench/bench_parse: tests/bench/bench_parse.c $(PARSER_SRC) $(wildcard parser/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(BENCH_CFLAGS) $(PKG_CFLAGS) tests/bench/bench_parse.c $(PARSER_SRC) -o $@ $(PKG_LIBS) -lm

bench-parse: $(BUILD)/bench/bench_parse $(CORPUS)/corpus.json
	$(BUILD)/bench/bench_parse $(CORPUS) $(BENCH_SECONDS)
