# wangjian — plain Makefile with pkg-config.
#
#   make            build ./wangjian (release, -O2)
#   make deps       install missing Debian packages (idempotent; the only target that runs apt)
#   make test       deps, then ASan+UBSan and TSan builds, unit + integration tests, summary line
#                   (search_terms searches a sample; make test-search-full: every page, ~320 s)
#   make demo       deps, then crawl the bundled demo shops on loopback, print leads
#   make asan       the ASan+UBSan build the tests use
#   make tsan       the ThreadSanitizer build (and the test server it crawls)
#   make check      banned functions, one store owner, cppcheck, clang-tidy
#   make bench      benchmarks (bench-crawl, bench-parse, bench-rules); bench-rules-cost: each rule's share;
#                   bench-recrawl: a 304 re-crawl; bench-growth: database and WARC growth per 10,000 changed pages;
#                   bench-export: export of 1,000,000 leads (rows/s, peak RSS), leads --province
#                   bench-search: search and leads-by-province timings on 50k-200k
#                                 synthetic pages (SIZES=..., STORES=DIR keeps and reuses stores)
#   make eval       precision/recall per rule on tests/corpus (>= 0.95) and on the independent
#                   corpora (tests/corpus2, corpus3/a-b … corpus13/d-f, 33 parts), each and together;
#                   eval-holdout: their holdout thirds, scored only at the end of a change
#                   eval-para: the paraphrase sets (tests/corpus/para), each line on its own code
#                   EVAL_ARGS=--no-reader: the rulebook without its second reader (reader.model)
#   make reader-model  retrain the second reader (rules/default/reader.model, tests/eval/reader/vectors.tsv)
#   make reader-cv  its leave-one-corpus-out validation (tests/eval/reader/README.md)
#   make install    PREFIX=/usr/local DESTDIR=
#   make clean      remove everything the build made
#
# CFLAGS, CPPFLAGS, LDFLAGS and LDLIBS from the environment or the command
# line come after the project's flags (warnings stay on); changing them
# rebuilds what they affect.
#
# Compiling never installs anything: `make deps` does, and `make demo` and
# `make test` run it first, so a fresh Debian 12 machine needs nothing but
# one of those two (as root).

VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
BINDIR    := $(PREFIX)/bin
DATADIR   := $(PREFIX)/share/wangjian
MANDIR    := $(PREFIX)/share/man/man1
SHARED    ?= ../shared

CC        ?= cc
PKGS      := libcurl libuv libxml-2.0 libpcre2-8 sqlite3 opencc jansson zlib libdeflate libcrypto inih libidn2
DEB_PKGS  := pkg-config libcurl4-openssl-dev libuv1-dev libxml2-dev libpcre2-dev libsqlite3-dev \
             libopencc-dev opencc libjansson-dev zlib1g-dev libdeflate-dev libssl-dev libinih-dev \
             libcmocka-dev sqlite3 python3 libidn2-dev clang libclang-rt-14-dev cppcheck clang-tidy \
             nghttp2-server openssl chromium chromium-sandbox groff-base fonts-wqy-microhei \
             libunistring-dev bc time python3-sklearn python3-numpy python3-scipy
# Libraries without a pkg-config file (Debian's libunistring-dev ships none):
# their header is checked when config.mk is made, their flags added by hand.
NOPC_HDRS := uniwidth.h
NOPC_LIBS := -lunistring
WARN      := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wformat=2 -Wno-format-nonliteral
DEFS      := -D_GNU_SOURCE -DWANGJIAN_VERSION=\"$(VERSION)\" -DWANGJIAN_DATADIR=\"$(DATADIR)\"
BASEFLAGS := -std=c11 $(WARN) $(DEFS) -I.
# Each object writes the headers it includes to a .d file beside it (-MMD);
# -MP adds an empty rule per header so deleting one does not break the build.
DEPFLAGS  := -MMD -MP

BUILD     := build
# Modules: every top-level folder with C sources except the CLI and the
# trees that are not modules, so a new module folder (scan/, warc/) is
# built, archived and linked without editing this file.
NOT_MODULES := cli tests seeds man $(BUILD)
MODULES   := $(filter-out $(NOT_MODULES),$(patsubst %/,%,$(sort $(dir $(wildcard */*.c)))))
MOD_SRCS  := $(foreach m,$(MODULES),$(sort $(wildcard $(m)/*.c)))
CLI_SRCS  := $(sort $(wildcard cli/*.c))
HTTPD_SRCS:= $(sort $(wildcard tests/httpd/*.c))
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))

.DEFAULT_GOAL := all
# Goals that compile nothing here (demo and test run deps first, then a
# second make that builds): for these, pkg-config is not asked.
NOCONFIG_GOALS := clean deps help uninstall demo test
ifneq ($(if $(MAKECMDGOALS),$(filter-out $(NOCONFIG_GOALS),$(MAKECMDGOALS)),all),)
include $(BUILD)/config.mk
endif

# pkg-config flags, computed once per Makefile change.  This never installs
# anything: a missing module is named, with the command that installs it.
$(BUILD)/config.mk: Makefile
	@mkdir -p $(BUILD)
	@command -v pkg-config >/dev/null 2>&1 || { \
	  echo "wangjian: pkg-config not found: run \`make deps\` (as root) to install the build dependencies" >&2; \
	  exit 1; }
	@missing=""; for m in $(PKGS); do pkg-config --exists $$m || missing="$$missing $$m"; done; \
	if [ -n "$$missing" ]; then \
	  echo "wangjian: pkg-config cannot find module(s):$$missing" >&2; \
	  echo "wangjian: run \`make deps\` (as root) to install the Debian packages that provide them" >&2; \
	  exit 1; fi
	@for h in $(NOPC_HDRS); do printf '#include <%s>\n' $$h | $(CC) -E -x c - >/dev/null 2>&1 || { \
	  echo "wangjian: header <$$h> not found: run \`make deps\` (as root) to install the Debian packages" >&2; \
	  exit 1; }; done
	@printf 'PKG_CFLAGS := %s\nPKG_LIBS := %s\nCMOCKA_CFLAGS := %s\nCMOCKA_LIBS := %s\nCMOCKA_MISSING := %s\n' \
	  "$$(pkg-config --cflags $(PKGS))" "$$(pkg-config --libs $(PKGS)) $(NOPC_LIBS)" \
	  "$$(pkg-config --cflags cmocka 2>/dev/null)" "$$(pkg-config --libs cmocka 2>/dev/null)" \
	  "$$(pkg-config --exists cmocka || echo cmocka)" > $@.tmp && mv $@.tmp $@

# Only the unit tests need cmocka: `make` works without it.
need_cmocka = $(if $(CMOCKA_MISSING),@echo "wangjian: pkg-config cannot find module cmocka: run \`make deps\` (as root)" >&2; exit 1)

.PHONY: all deps test test-run test-search-full unit integration demo demo-run check bench bench-crawl bench-parse \
        bench-rules bench-rules-cost bench-search eval eval-para eval-holdout reader-model reader-cv fuzz fuzz-short install uninstall clean help asan tsan

all: wangjian

# The only target that installs packages (apt-get, as root or through sudo).
deps:
	@sh tests/deps.sh $(DEB_PKGS)

# ---- compile flags per build ----
# Three builds, each in its own directory: rel (-O2), asan (ASan+UBSan, the
# tests) and tsan (ThreadSanitizer).  The user's CPPFLAGS and CFLAGS come
# last so they can override (-O0, -march=native).
SAN       := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
TSAN      := -fsanitize=thread -fno-omit-frame-pointer
REL_CFLAGS  = $(BASEFLAGS) -O2 -g $(PKG_CFLAGS) $(CPPFLAGS) $(CFLAGS)
ASAN_CFLAGS = $(BASEFLAGS) -O1 -g $(SAN) $(PKG_CFLAGS) $(CMOCKA_CFLAGS) -DWANGJIAN_TESTING $(CPPFLAGS) $(CFLAGS)
TSAN_CFLAGS = $(BASEFLAGS) -O1 -g $(TSAN) $(PKG_CFLAGS) -DWANGJIAN_TESTING $(CPPFLAGS) $(CFLAGS)
LINK_FLAGS  = $(CFLAGS) $(LDFLAGS)

# Every build keeps the command line it was made with in $(BUILD)/<build>/.flags;
# its objects and programs depend on that file, which is rewritten only when
# the command line changes (checked while make reads this file, so `make -n`
# shows the rebuild without writing anything).  `make CFLAGS=-O0` rebuilds,
# the next plain `make` rebuilds again, an unchanged command line leaves
# everything be.  The data directory compiled into cli/main.c is kept the
# same way, so a new PREFIX rebuilds only main.o.
sq          = $(subst ','\'',$(1))
changed     = $(shell printf '%s\n' '$(call sq,$(2))' | cmp -s - $(1) 2>/dev/null || echo FORCE)
write_stamp = @mkdir -p $(dir $@) && printf '%s\n' '$(call sq,$(1))' > $@
REL_CMD     = $(CC) $(REL_CFLAGS) | $(LINK_FLAGS) | $(PKG_LIBS) $(LDLIBS)
ASAN_CMD    = $(CC) $(ASAN_CFLAGS) | $(LINK_FLAGS) | $(PKG_LIBS) $(CMOCKA_LIBS) $(LDLIBS)
TSAN_CMD    = $(CC) $(TSAN_CFLAGS) | $(LINK_FLAGS) | $(PKG_LIBS) $(LDLIBS)

$(BUILD)/rel/.flags: $(call changed,$(BUILD)/rel/.flags,$(REL_CMD))
	$(call write_stamp,$(REL_CMD))
$(BUILD)/asan/.flags: $(call changed,$(BUILD)/asan/.flags,$(ASAN_CMD))
	$(call write_stamp,$(ASAN_CMD))
$(BUILD)/tsan/.flags: $(call changed,$(BUILD)/tsan/.flags,$(TSAN_CMD))
	$(call write_stamp,$(TSAN_CMD))
$(BUILD)/datadir.stamp: $(call changed,$(BUILD)/datadir.stamp,$(DATADIR))
	$(call write_stamp,$(DATADIR))
.PHONY: FORCE
FORCE:
$(BUILD)/rel/cli/main.o $(BUILD)/asan/cli/main.o $(BUILD)/tsan/cli/main.o: $(BUILD)/datadir.stamp

# Header dependencies from the compiler (-MMD -MP): touching a header
# rebuilds exactly the objects that include it.
-include $(wildcard $(BUILD)/*/*/*.d $(BUILD)/*/*/*/*.d)

# ---- release build ----
REL_OBJS   = $(patsubst %.c,$(BUILD)/rel/%.o,$(MOD_SRCS) $(CLI_SRCS))

$(BUILD)/rel/%.o: %.c $(BUILD)/rel/.flags
	@mkdir -p $(dir $@)
	$(CC) $(REL_CFLAGS) $(DEPFLAGS) -c $< -o $@

wangjian: $(REL_OBJS) $(BUILD)/rel/.flags
	$(CC) $(LINK_FLAGS) -o $@ $(REL_OBJS) $(PKG_LIBS) -lm $(LDLIBS)

$(BUILD)/httpd: $(patsubst %.c,$(BUILD)/rel/%.o,$(HTTPD_SRCS)) $(BUILD)/rel/.flags
	$(CC) $(LINK_FLAGS) -o $@ $(filter %.o,$^) $(PKG_LIBS) $(LDLIBS)

# ---- sanitizer build (tests) ----
# Unit tests link against one archive per module, so a test pulls in only
# the modules it uses.
ASAN_LIBS := $(foreach m,$(MODULES),$(BUILD)/asan/lib$(m).a)
ASAN_CLI  = $(patsubst %.c,$(BUILD)/asan/%.o,$(CLI_SRCS))
UNIT_BINS = $(patsubst tests/unit/%.c,$(BUILD)/asan/unit/%,$(UNIT_SRCS))
UNIT_OBJS = $(patsubst %.c,$(BUILD)/asan/%.o,$(UNIT_SRCS))
# Kept, not deleted as intermediates: their .d files name them.
.SECONDARY: $(UNIT_OBJS) $(BUILD)/asan/tests/eval/eval.o
LINK_LIBS = -Wl,--start-group $(ASAN_LIBS) -Wl,--end-group

$(BUILD)/asan/%.o: %.c $(BUILD)/asan/.flags
	@mkdir -p $(dir $@)
	$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/asan/tests/unit/%.o: tests/unit/%.c $(BUILD)/asan/.flags
	$(need_cmocka)
	@mkdir -p $(dir $@)
	$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) -c $< -o $@

define module_lib
$(BUILD)/asan/lib$(1).a: $(patsubst %.c,$(BUILD)/asan/%.o,$(wildcard $(1)/*.c))
	@rm -f $$@
	ar rcs $$@ $$^
endef
$(foreach m,$(MODULES),$(eval $(call module_lib,$(m))))

$(BUILD)/asan/wangjian: $(ASAN_CLI) $(ASAN_LIBS) $(BUILD)/asan/.flags
	$(CC) $(SAN) $(LINK_FLAGS) -o $@ $(ASAN_CLI) $(LINK_LIBS) $(PKG_LIBS) -lm $(LDLIBS)

$(BUILD)/asan/httpd: $(patsubst %.c,$(BUILD)/asan/%.o,$(HTTPD_SRCS)) $(BUILD)/asan/.flags
	$(CC) $(SAN) $(LINK_FLAGS) -o $@ $(filter %.o,$^) $(PKG_LIBS) $(LDLIBS)

$(BUILD)/asan/unit/%: $(BUILD)/asan/tests/unit/%.o $(ASAN_LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(SAN) $(LINK_FLAGS) -o $@ $< $(LINK_LIBS) $(PKG_LIBS) $(CMOCKA_LIBS) -lm $(LDLIBS)

$(BUILD)/asan/eval: $(BUILD)/asan/tests/eval/eval.o $(ASAN_LIBS)
	$(CC) $(SAN) $(LINK_FLAGS) -o $@ $< $(LINK_LIBS) $(PKG_LIBS) -lm $(LDLIBS)

asan: $(BUILD)/asan/wangjian $(BUILD)/asan/httpd $(BUILD)/asan/eval $(UNIT_BINS)

# ---- ThreadSanitizer build ----
# The CLI and every module with -fsanitize=thread, for tests/integration/tsan_crawl.sh;
# the test server it crawls is the plain release build.
TSAN_OBJS = $(patsubst %.c,$(BUILD)/tsan/%.o,$(MOD_SRCS) $(CLI_SRCS))

$(BUILD)/tsan/%.o: %.c $(BUILD)/tsan/.flags
	@mkdir -p $(dir $@)
	$(CC) $(TSAN_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/tsan/wangjian: $(TSAN_OBJS) $(BUILD)/tsan/.flags
	$(CC) $(TSAN) $(LINK_FLAGS) -o $@ $(TSAN_OBJS) $(PKG_LIBS) -lm $(LDLIBS)

tsan: $(BUILD)/tsan/wangjian $(BUILD)/httpd

TEST_ENV = WANGJIAN=$(BUILD)/asan/wangjian HTTPD=$(BUILD)/asan/httpd SHARED=$(SHARED) BUILD=$(BUILD) \
           WANGJIAN_TSAN=$(BUILD)/tsan/wangjian HTTPD_REL=$(BUILD)/httpd PKG_CFLAGS="$(PKG_CFLAGS)"

# The README's test command: install what is missing, then (in a second
# make, which reads the pkg-config flags deps made possible) build and run.
# T=name runs only tests whose name contains it.
test: deps
	@$(MAKE) --no-print-directory test-run

test-run: asan tsan
	@$(TEST_ENV) sh tests/run.sh $(BUILD)/asan/unit $(T)

# tests/integration/search_terms.sh over every labelled page (the test run
# searches a sample that covers every rule code; this is the ~320 s full run).
test-search-full: asan
	@$(TEST_ENV) SEARCH_TERMS_SAMPLE=1 sh tests/run.sh $(BUILD)/asan/unit search_terms

# Unit tests (and httpd) only, without the CLI: for working on one module.
unit: $(BUILD)/asan/httpd $(UNIT_BINS)
	@$(TEST_ENV) sh tests/run.sh $(BUILD)/asan/unit $(T)

# ---- demo ----
demo: deps
	@$(MAKE) --no-print-directory demo-run

demo-run: wangjian $(BUILD)/httpd
	@sh seeds/demo/run-demo.sh ./wangjian $(BUILD)/httpd

# ---- static checks ----
check: $(BUILD)/config.mk
	@sh tests/check.sh "$(PKG_CFLAGS)"

# ---- benchmarks (not part of `make test`) ----
REL_MOD_OBJS = $(patsubst %.c,$(BUILD)/rel/%.o,$(MOD_SRCS))
bench: bench-parse bench-rules bench-crawl
# search: stores of 50k/100k/200k synthetic pages (SIZES=..., STORES=DIR keeps them)
bench-search: wangjian
	@WANGJIAN=./wangjian sh tests/bench/search.sh
bench-crawl: wangjian
	@sh tests/bench/crawl.sh ./wangjian $(SHARED)
# rendered pages/s and the browser's peak memory: a 200-page script-built corpus, the demo
.PHONY: bench-render
bench-render: wangjian $(BUILD)/httpd
	@sh tests/bench/render.sh ./wangjian $(BUILD)/httpd 200 2 4
$(BUILD)/bench_rules: $(BUILD)/rel/tests/bench/bench_rules.o $(REL_MOD_OBJS)
	$(CC) $(LINK_FLAGS) -o $@ $^ $(PKG_LIBS) -lm $(LDLIBS)
# MB/s of normalised text per core: default rulebook + 2,000 extra keywords.
bench-rules: $(BUILD)/bench_rules
	@$(BUILD)/bench_rules rules/default 64 2000
# each pattern rule's share of bench-rules (the book timed without it)
bench-rules-cost: $(BUILD)/bench_rules
	@$(BUILD)/bench_rules rules/default 8 2000 per-rule
bench-parse: $(BUILD)/config.mk
	@$(MAKE) --no-print-directory -f tests/bench/bench.mk $@ BUILD=$(BUILD) SHARED=$(SHARED)
$(BUILD)/eval: $(BUILD)/rel/tests/eval/eval.o $(REL_MOD_OBJS)
	$(CC) $(LINK_FLAGS) -o $@ $^ $(PKG_LIBS) -lm $(LDLIBS)
# Precision and recall per rule code on every labelled corpus: tests/corpus
# (written with the rules: each code must stay >= 0.95), then the corpora
# written independently from the law (tests/corpus2, tests/corpus3/a-b,
# tests/corpus4/c-e, tests/corpus5/f-h, tests/corpus6/i-k, tests/corpus7/l-n, tests/corpus8/o-q,
# tests/corpus9/r-t, tests/corpus10/u-w, tests/corpus11/x-z, tests/corpus12/a-c, tests/corpus13/d-f:
# reported, and summed, since issue #15
# sets its target on them together).
# Their holdout thirds are scored only by eval-holdout, at the end of a change.
EVAL_ARGS = --rules rules/default --profiles seeds/platforms
INDEPENDENT = tests/corpus2 tests/corpus3/a tests/corpus3/b tests/corpus4/c tests/corpus4/d tests/corpus4/e \
              tests/corpus5/f tests/corpus5/g tests/corpus5/h tests/corpus6/i tests/corpus6/j tests/corpus6/k \
              tests/corpus7/l tests/corpus7/m tests/corpus7/n tests/corpus8/o tests/corpus8/p tests/corpus8/q \
              tests/corpus9/r tests/corpus9/s tests/corpus9/t \
              tests/corpus10/u tests/corpus10/v tests/corpus10/w \
              tests/corpus11/x tests/corpus11/y tests/corpus11/z \
              tests/corpus12/a tests/corpus12/b tests/corpus12/c \
              tests/corpus13/d tests/corpus13/e tests/corpus13/f
eval: $(BUILD)/eval
	@echo "== tests/corpus (written with the rules; each code >= 0.95 or make fails)"
	@$(BUILD)/eval --min 0.95 --corpus tests/corpus $(EVAL_ARGS)
	@set -e; out=$$(mktemp -d); trap 'rm -rf "$$out"' EXIT; \
	for c in $(INDEPENDENT); do \
	  echo "== $$c (written independently of the rules)"; \
	  f=$$out/$$(echo $$c | tr / _); \
	  $(BUILD)/eval --corpus $$c $(EVAL_ARGS) > $$f || { cat $$f; exit 1; }; cat $$f; \
	done; \
	echo "== the independent corpora together (scored parts)"; \
	awk -f tests/eval/sum.awk $$out/*
	@echo "== the paraphrase sets (tests/corpus/para)"
	@$(MAKE) --no-print-directory eval-para
# The paraphrase sets: sentences rewritten from independent pages' deciding
# sentences in other words, before their authors read the rules; each scored
# on its own code only.
PARA = $(wildcard tests/corpus/para/*.tsv)
eval-para: $(BUILD)/eval
	@python3 tests/eval/para.py $(BUILD)/eval rules/default seeds/platforms $(PARA)
# The second reader (tests/eval/reader/README.md): collect the text-rule
# findings of the training corpora under the shipped and a context-stripped
# copy of rules/default, train, write the model and the agreement vectors.
# Retrain whenever rules/default/*.ini or a training corpus changes
# (tests/integration/reader_model.sh fails until then).  The Python with
# scikit-learn: python3 when it has it, else Debian's /usr/bin/python3.
READER_PY = $(shell for p in python3 /usr/bin/python3; do $$p -c 'import sklearn' 2>/dev/null && { echo $$p; break; }; done)
reader-model: $(BUILD)/eval
	@py='$(READER_PY)'; [ -n "$$py" ] || { echo "wangjian: no python3 with scikit-learn: run \`make deps\`" >&2; exit 1; }; \
	set -e; out=$$(mktemp -d); trap 'rm -rf "$$out"' EXIT; \
	$$py tests/eval/reader/candidates.py --eval $(BUILD)/eval $$out; \
	$$py tests/eval/reader/train.py $$out rules/default/reader.model tests/eval/reader/vectors.tsv
reader-cv: $(BUILD)/eval
	@py='$(READER_PY)'; [ -n "$$py" ] || { echo "wangjian: no python3 with scikit-learn: run \`make deps\`" >&2; exit 1; }; \
	set -e; out=$$(mktemp -d); trap 'rm -rf "$$out"' EXIT; \
	$$py tests/eval/reader/candidates.py --eval $(BUILD)/eval $$out; \
	$$py tests/eval/reader/cv.py --eval $(BUILD)/eval $$out rules/default/reader.model
eval-holdout: $(BUILD)/eval
	@set -e; out=$$(mktemp -d); trap 'rm -rf "$$out"' EXIT; \
	for c in $(INDEPENDENT); do \
	  echo "== $$c/holdout (not to be read while tuning rules)"; \
	  f=$$out/$$(echo $$c | tr / _); \
	  $(BUILD)/eval --corpus $$c/holdout --registry $$c/registry.tsv $(EVAL_ARGS) > $$f || \
	    { cat $$f; exit 1; }; cat $$f; \
	done; \
	echo "== the holdouts together"; \
	awk -f tests/eval/sum.awk $$out/*
fuzz fuzz-short: $(BUILD)/config.mk
	@$(MAKE) --no-print-directory -f tests/fuzz/fuzz.mk $@ BUILD=$(BUILD) SHARED=$(SHARED)

# ---- install ----
# The binary, the rulebook, the platform profiles, the example config (when
# docs/wangjian.conf.example is there) and the man page.  The page reads
# correctly as it is in the checkout, naming the default data directory;
# the sed puts in the one this PREFIX installs to.
install: wangjian
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(DATADIR)/platforms $(DESTDIR)$(MANDIR)
	install -m 755 wangjian $(DESTDIR)$(BINDIR)/wangjian
	install -m 644 rules/default/*.ini rules/default/VERSION rules/default/reader.model $(DESTDIR)$(DATADIR)/rules/
	if ls seeds/platforms/*.ini >/dev/null 2>&1; then install -m 644 seeds/platforms/*.ini $(DESTDIR)$(DATADIR)/platforms/; fi
	install -m 644 docs/wangjian.conf.example $(DESTDIR)$(DATADIR)/wangjian.conf.example
	sed "s|/usr/local/share/wangjian|$(DATADIR)|g" man/wangjian.1 > $(DESTDIR)$(MANDIR)/wangjian.1 && chmod 644 $(DESTDIR)$(MANDIR)/wangjian.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/wangjian $(DESTDIR)$(MANDIR)/wangjian.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(BUILD) wangjian demo-leads.csv demo-report.html demo.db demo.db-wal demo.db-shm demo.db.lock demo-warc

help:
	@sed -n '3,24p' Makefile | sed 's/^# \{0,1\}//'

# ---- database and WARC growth per 10,000 changed pages ----
.PHONY: bench-export
# 1,000,000 synthetic leads (N=...): export rows/s and peak RSS, leads --province time
bench-export: wangjian
	@sh tests/bench/export.sh ./wangjian $(N)

.PHONY: bench-growth
bench-growth: wangjian
	@SHARED=$(SHARED) sh tests/bench/growth.sh ./wangjian

# ---- re-crawl where every page answers 304 (A/B: make bench-recrawl WANGJIAN_B=path/to/other) ----
.PHONY: bench-recrawl
bench-recrawl: wangjian
	@SHARED=$(SHARED) sh tests/bench/recrawl304.sh ./wangjian $(WANGJIAN_B)
