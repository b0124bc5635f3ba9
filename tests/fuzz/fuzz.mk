# Fuzzing parser_parse() with libFuzzer (clang).  Run from the repo root:
#   make -f tests/fuzz/fuzz.mk fuzz         long run (stop with ^C), FUZZ_ARGS to add options
#   make -f tests/fuzz/fuzz.mk fuzz-short   30 s smoke run
#   make -f tests/fuzz/fuzz.mk fuzz-replay  seed corpus once, no libFuzzer (any cc)
# New inputs go to $(BUILD)/fuzz/corpus-parse; the real pages in
# $(SHARED)/data/zh-pages (when present) are read-only seeds.
BUILD  ?= build
SHARED ?= ../shared
include $(BUILD)/config.mk

FUZZ_CC    ?= clang
FUZZ_FLAGS := -std=c11 -g -O1 -D_GNU_SOURCE -I. -fno-omit-frame-pointer
PARSER_SRC := $(sort $(wildcard parser/*.c))
PARSER_HDR := $(wildcard parser/*.h)
FUZZ_BIN   := $(BUILD)/fuzz/fuzz_parse
REPLAY_BIN := $(BUILD)/fuzz/fuzz_parse_replay
CORPUS     := $(BUILD)/fuzz/corpus-parse
SEEDS      := $(wildcard $(SHARED)/data/zh-pages)
# crash-*/timeout-* files go under the build directory, not the checkout
LIBFUZZER_OPTS := -max_len=262144 -timeout=10 -rss_limit_mb=2048 -artifact_prefix=$(BUILD)/fuzz/

URL_BIN    := $(BUILD)/fuzz/fuzz_url
URL_CORPUS := $(BUILD)/fuzz/corpus-url
FUZZ_SECONDS ?= 600

.PHONY: fuzz fuzz-short fuzz-replay

$(URL_BIN): tests/fuzz/fuzz_url.c crawler/url.c crawler/crawler.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer,address,undefined $(PKG_CFLAGS) \
	  tests/fuzz/fuzz_url.c crawler/url.c -o $@ $(PKG_LIBS) -lm

$(FUZZ_BIN): tests/fuzz/fuzz_parse.c $(PARSER_SRC) $(PARSER_HDR)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer,address,undefined $(PKG_CFLAGS) \
	  tests/fuzz/fuzz_parse.c $(PARSER_SRC) -o $@ $(PKG_LIBS) -lm

$(REPLAY_BIN): tests/fuzz/fuzz_parse.c $(PARSER_SRC) $(PARSER_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(FUZZ_FLAGS) -DFUZZ_REPLAY_MAIN -fsanitize=address,undefined $(PKG_CFLAGS) \
	  tests/fuzz/fuzz_parse.c $(PARSER_SRC) -o $@ $(PKG_LIBS) -lm

# FUZZ_SECONDS per harness (default 600: the issue's 10 minutes each).
fuzz: $(FUZZ_BIN) $(URL_BIN)
	@mkdir -p $(CORPUS) $(URL_CORPUS)
	$(FUZZ_BIN) $(LIBFUZZER_OPTS) -max_total_time=$(FUZZ_SECONDS) $(FUZZ_ARGS) $(CORPUS) $(SEEDS)
	$(URL_BIN) -max_len=4096 -timeout=10 -artifact_prefix=$(BUILD)/fuzz/ -max_total_time=$(FUZZ_SECONDS) $(FUZZ_ARGS) $(URL_CORPUS)

# The short run CI does: 30 s per harness.
fuzz-short: $(FUZZ_BIN) $(URL_BIN)
	@mkdir -p $(CORPUS) $(URL_CORPUS)
	$(FUZZ_BIN) $(LIBFUZZER_OPTS) -max_total_time=30 $(FUZZ_ARGS) $(CORPUS) $(SEEDS)
	$(URL_BIN) -max_len=4096 -timeout=10 -artifact_prefix=$(BUILD)/fuzz/ -max_total_time=30 $(FUZZ_ARGS) $(URL_CORPUS)

fuzz-replay: $(REPLAY_BIN)
	@mkdir -p $(CORPUS)
	$(REPLAY_BIN) $(wildcard $(CORPUS)/*) $(wildcard $(SHARED)/data/zh-pages/*.html)
