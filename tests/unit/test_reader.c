/*
 * test_reader.c — the second reader (reader/): a hand-written model whose
 * scores are worked out here from the spec's formula (FNV-1a 32 of the
 * feature bytes, binary x over distinct buckets, L2-normalised, logistic),
 * the mapping and the gate; corrupt models each refused at their line; the
 * rulebook digest with and without reader.model; the checker passing over a
 * vetoed match to the rule's next one on every match path (keyword,
 * prefiltered regex, unfiltered regex, a rule compiled in parts); and, when
 * the trainer's rules/default/reader.model and tests/eval/reader/vectors.tsv
 * exist, agreement with every row the Python featurizer scored.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <openssl/evp.h>
#include "reader/reader.h"
#include "rules/rules.h"

typedef struct {
    char dir[64];
    char log[4096];   /* "file:line: msg\n" per diagnostic, file as basename */
    int n;
    int line;         /* line of the last diagnostic */
} fixture;

static void diag(void *ud, const char *file, int line, const char *msg)
{
    fixture *fx = ud;
    const char *base = strrchr(file, '/');
    size_t w = strlen(fx->log);
    snprintf(fx->log + w, sizeof fx->log - w, "%s:%d: %s\n", base ? base + 1 : file, line, msg);
    fx->n++;
    fx->line = line;
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (!fx) return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/test_reader.XXXXXX");
    if (!mkdtemp(fx->dir)) { free(fx); return -1; }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    DIR *d = opendir(fx->dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char p[512];
        snprintf(p, sizeof p, "%s/%s", fx->dir, e->d_name);
        unlink(p);
    }
    if (d) closedir(d);
    rmdir(fx->dir);
    free(fx);
    return 0;
}

static void write_file(const fixture *fx, const char *name, const char *data, size_t len)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", fx->dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

static void write_text(const fixture *fx, const char *name, const char *text)
{
    write_file(fx, name, text, strlen(text));
}

static void reset(fixture *fx)
{
    fx->log[0] = '\0';
    fx->n = 0;
    fx->line = -1;
}

/* The test's own FNV-1a 32 (spec step 3), written from its definition. */
static uint32_t fnv(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static uint32_t bucket(const char *s, uint32_t buckets)
{
    return fnv(s, strlen(s)) % buckets;
}

static double sigmoid(double z)
{
    return 1.0 / (1.0 + exp(-z));
}

static reader_model *parse_model(fixture *fx, const char *text)
{
    reader_model *m = NULL;
    reset(fx);
    reader_result r = reader_parse("reader.model", text, strlen(text), diag, fx, &m);
    if (r != READER_OK) fail_msg("model refused: %s\n%s", reader_strerror(r), fx->log);
    return m;
}

/* FNV-1a of known strings (the published test values), so the test's own
 * hash is the spec's. */
static void test_fnv_reference(void **state)
{
    (void)state;
    assert_int_equal(fnv("", 0), 0x811c9dc5u);
    assert_int_equal(fnv("a", 1), 0xe40c292cu);
    assert_int_equal(fnv("foobar", 6), 0xbf9cf968u);
}

/* Snippet "ab", rule X, no gate: features a, b, ab and \x01X, four distinct
 * buckets (checked), so x = 1/2 on each; weights on ab (2.0) and \x01X
 * (-1.0), bias 0.5: z = 0.5 + (2.0 - 1.0) / 2 = 1.0. */
static void test_hand_score(void **state)
{
    fixture *fx = *state;
    const uint32_t B = 4194304;
    uint32_t ia = bucket("a", B), ib = bucket("b", B), iab = bucket("ab", B), ic = bucket("\x01X", B);
    assert_true(ia != ib && ia != iab && ia != ic && ib != iab && ib != ic && iab != ic);
    char model[512];
    uint32_t lo = iab < ic ? iab : ic, hi = iab < ic ? ic : iab;
    snprintf(model, sizeof model,
             "wangjian-reader 1\nbuckets %u\nngram 1 4\nmincontext 0\nthreshold 0.5\nbias 0.5\n"
             "w %u %s\nw %u %s\n", B, lo, lo == iab ? "2.0" : "-1.0", hi, hi == iab ? "2.0" : "-1.0");
    reader_model *m = parse_model(fx, model);
    double sc = -1;
    assert_int_equal(reader_score(m, "X", "a", 1, "ab", 2, &sc), 1);
    assert_true(fabs(sc - sigmoid(1.0)) < 1e-15);
    assert_true(fabs(sc - 0.7310585786300049) < 1e-15);
    /* the mapping: full-width, upper case -> the same features */
    assert_int_equal(reader_score(m, "X", "", 0, "\xEF\xBC\xA1" "B", 4, &sc), 1);   /* ＡB */
    assert_true(fabs(sc - sigmoid(1.0)) < 1e-15);
    /* another code: \x01Y misses the -1.0, and lands elsewhere (checked) */
    assert_true(bucket("\x01Y", B) != ia && bucket("\x01Y", B) != ib && bucket("\x01Y", B) != iab);
    assert_int_equal(reader_score(m, "Y", "", 0, "ab", 2, &sc), 1);
    assert_true(fabs(sc - sigmoid(0.5 + 2.0 / 2)) < 1e-15);
    /* "a b": a, " ", b, "a ", " b", "a b", \x01X: six... seven features, ab not among them */
    assert_int_equal(reader_score(m, "X", "", 0, "a b", 3, &sc), 1);
    assert_true(fabs(sc - sigmoid(0.5 - 1.0 / sqrt(7))) < 1e-15);
    /* whitespace runs (\t \n U+3000 too) are one space */
    double sc2 = -1;
    assert_int_equal(reader_score(m, "X", "", 0, "A \t\n\xE3\x80\x80 b", 9, &sc2), 1);
    assert_true(sc2 == sc);
    /* only A-Z fold: é stays, 與 is not made 与 */
    assert_int_equal(reader_score(m, "X", "", 0, "\xE8\x88\x87", 3, &sc), 1);
    assert_int_equal(reader_score(m, "X", "", 0, "\xE4\xB8\x8E", 3, &sc2), 1);
    assert_true(sc == sc2);   /* both miss every weight: sigmoid(0.5 - 1/sqrt(2)) */
    assert_true(fabs(sc - sigmoid(0.5 - 1.0 / sqrt(2))) < 1e-15);
    /* the decision: veto below the threshold only */
    int scored = 0;
    assert_int_equal(reader_vetoes(m, "X", "", 0, "ab", 2, &scored, &sc), 0);
    assert_int_equal(scored, 1);
    assert_true(fabs(reader_raw_score(m, "X", "ab", 2) - sigmoid(1.0)) < 1e-15);
    reader_free(m);

    /* the same weights, bias -2: z = -1.5, vetoed */
    snprintf(model, sizeof model,
             "wangjian-reader 1\n# a comment\n\nbuckets %u\nngram 1 4\nmincontext 0\nthreshold 0.5\nbias -2\n"
             "w %u %s\nw %u %s", B, lo, lo == iab ? "2.0" : "-1.0", hi, hi == iab ? "2.0" : "-1.0");
    m = parse_model(fx, model);   /* no final newline: allowed */
    assert_int_equal(reader_vetoes(m, "X", "a", 1, "ab", 2, &scored, &sc), 1);
    assert_true(fabs(sc - sigmoid(-1.5)) < 1e-15);
    reader_free(m);
}

/* Invalid UTF-8 is read as Python's 'replace' reads it: one U+FFFD per
 * maximal ill-formed subpart. */
/* A model that lists its codes judges only those: a finding of a rule added
 * after training stands unscored, whatever its snippet. */
static void test_codes(void **state)
{
    fixture *fx = *state;
    reader_model *m = parse_model(fx, "wangjian-reader 1\nbuckets 10\nngram 1 4\nmincontext 0\nthreshold 0.5\nbias -5\n"
                                      "code FALSE_CLAIM\ncode A_1\n");
    double sc = -1.0;
    int scored = -1;
    assert_int_equal(reader_score(m, "FALSE_CLAIM", "a", 1, "abc", 3, &sc), 1);
    assert_int_equal(reader_vetoes(m, "A_1", "a", 1, "abc", 3, &scored, &sc), 1);
    assert_int_equal(scored, 1);
    sc = -1.0;
    assert_int_equal(reader_score(m, "TEA_TEST", "a", 1, "abc", 3, &sc), 0);
    assert_true(sc == -1.0);
    assert_int_equal(reader_vetoes(m, "TEA_TEST", "a", 1, "abc", 3, &scored, &sc), 0);
    assert_int_equal(scored, 0);
    assert_int_equal(reader_vetoes(m, "FALSE_CLAI", "a", 1, "abc", 3, &scored, &sc), 0);   /* a prefix is another code */
    reader_free(m);
}

static void test_invalid_utf8(void **state)
{
    fixture *fx = *state;
    /* weights on U+FFFD, U+FFFD U+FFFD and the code, so the count of
     * replacement characters and of distinct features both show */
    const uint32_t B = 4194304;
    uint32_t ix[3] = { bucket("\xEF\xBF\xBD", B), bucket("\xEF\xBF\xBD\xEF\xBF\xBD", B), bucket("\x01" "C", B) };
    static const char *const wv[3] = { "1.25", "0.75", "-0.5" };
    int order[3] = { 0, 1, 2 };
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (ix[order[j]] < ix[order[i]]) { int t = order[i]; order[i] = order[j]; order[j] = t; }
    char model[512];
    snprintf(model, sizeof model, "wangjian-reader 1\nbuckets %u\nngram 1 4\nmincontext 0\nthreshold 0.5\n"
             "bias 0\nw %u %s\nw %u %s\nw %u %s\n", B, ix[order[0]], wv[order[0]], ix[order[1]], wv[order[1]],
             ix[order[2]], wv[order[2]]);
    reader_model *m = parse_model(fx, model);
    /* one U+FFFD and 'a': U+FFFD, a, U+FFFD a, \x01C: z = (1.25 - 0.5) / 2 */
    assert_true(fabs(reader_raw_score(m, "C", "\xE4\xB8" "a", 3) - sigmoid(0.75 / 2)) < 1e-15);
    static const struct { const char *bad, *good; } cases[] = {
        { "\xE4\xB8" "a", "\xEF\xBF\xBD" "a" },                           /* truncated 3-byte: one U+FFFD */
        { "\xE4\xB8", "\xEF\xBF\xBD" },
        { "\xED\xA0\x80" "x", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "x" }, /* surrogate: three */
        { "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD" },                       /* overlong: two */
        { "\xF0\x9F\x98" "b", "\xEF\xBF\xBD" "b" },
        { "\xFF" "c", "\xEF\xBF\xBD" "c" },
        { "\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double a = reader_raw_score(m, "C", cases[i].bad, strlen(cases[i].bad));
        double b = reader_raw_score(m, "C", cases[i].good, strlen(cases[i].good));
        if (!(a == b)) fail_msg("case %zu: %.17g != %.17g", i, a, b);
    }
    /* and the gate counts them the same: "\xE4\xB8" + 3 letters is 4 code points */
    double sc;
    reader_free(m);
    m = parse_model(fx, "wangjian-reader 1\nbuckets 10\nngram 1 4\nmincontext 4\nthreshold 0.5\nbias 0\n");
    assert_int_equal(reader_score(m, "C", "", 0, "\xE4\xB8xyz", 5, &sc), 1);
    assert_int_equal(reader_score(m, "C", "", 0, "\xE4xyz", 4, &sc), 1);
    assert_int_equal(reader_score(m, "C", "", 0, "xyz", 3, &sc), 0);
    assert_true(fabs(sc - 0.5) < 1e-15);   /* no weights: sigmoid(0) */
    reader_free(m);
}

/* The gate: ctx = code points of snippet - of matched, scored when
 * ctx >= mincontext; a long snippet (past the stack buffer) scores the same
 * way as the spec says. */
static void test_gate(void **state)
{
    fixture *fx = *state;
    reader_model *m = parse_model(fx, "wangjian-reader 1\nbias -5\nthreshold 0.41\nmincontext 25\n"
                                      "ngram 1 4\nbuckets 20000\n");
    assert_int_equal(reader_mincontext(m), 25);
    assert_int_equal(reader_buckets(m), 20000);
    assert_true(reader_threshold(m) == 0.41);
    const char *bare = "本店另售高仿名牌手表，欢迎咨询。";   /* 16 code points */
    double sc = -1;
    int scored = 1;
    assert_int_equal(reader_score(m, "COUNTERFEIT_TERM", "高仿", 6, bare, strlen(bare), &sc), 0);
    assert_int_equal(reader_vetoes(m, "COUNTERFEIT_TERM", "高仿", 6, bare, strlen(bare), &scored, &sc), 0);
    assert_int_equal(scored, 0);
    /* 27 code points, 2 matched: ctx 25, scored, and bias -5 vetoes */
    const char *s27 = "一二三四五六七八九十一二三四五六七八九十一二三四五高仿";
    assert_int_equal(reader_vetoes(m, "COUNTERFEIT_TERM", "高仿", 6, s27, strlen(s27), &scored, &sc), 1);
    assert_int_equal(scored, 1);
    assert_true(fabs(sc - sigmoid(-5.0)) < 1e-15);
    /* 26: ctx 24, the match stands unscored */
    assert_int_equal(reader_vetoes(m, "COUNTERFEIT_TERM", "高仿", 6, s27 + 3, strlen(s27) - 3, &scored, &sc), 0);
    assert_int_equal(scored, 0);
    /* a snippet of 3000 code points (heap buffers): still sigmoid(bias) with no weights */
    size_t n = 3000 * 3;
    char *big = malloc(n);
    assert_non_null(big);
    for (size_t i = 0; i < n; i += 3) memcpy(big + i, "字", 3);
    assert_int_equal(reader_score(m, "X", "字", 3, big, n, &sc), 1);
    assert_true(fabs(sc - sigmoid(-5.0)) < 1e-15);
    free(big);
    reader_free(m);
}

#define HEAD "wangjian-reader 1\n"
#define KEYS "buckets 100\nngram 1 4\nmincontext 25\nthreshold 0.41\nbias -0.1\n"

/* Every corrupt model is refused with the line of its first problem and a
 * message naming it; the files are written to a temp dir and read with
 * reader_load, as the rulebook reads them. */
static void test_corrupt(void **state)
{
    fixture *fx = *state;
    static const struct { const char *text; size_t len; int line; const char *msg; } cases[] = {
        { "", 0, 1, "empty file" },
        { "wangjian-reader 2\n" KEYS, 0, 1, "first line" },
        { "wangjian-reader 1 \n" KEYS, 0, 1, "first line" },
        { "# comment first\n" HEAD KEYS, 0, 1, "first line" },
        { "wangjian-reader 1\r\n" KEYS, 0, 1, "carriage return" },
        { HEAD "buckets 100\r\n", 0, 2, "carriage return" },
        { HEAD KEYS "colour blue\n", 0, 7, "unknown key 'colour'" },
        { HEAD KEYS "buckets 100\n", 0, 7, "duplicate key 'buckets'" },
        { HEAD "ngram 1 4\nmincontext 25\nthreshold 0.41\nbias -0.1\n", 0, 5, "missing key 'buckets'" },
        { HEAD "buckets 100\nngram 1 4\nmincontext 25\nthreshold 0.41\n\n# end\n", 0, 7, "missing key 'bias'" },
        { HEAD "buckets 0\n", 0, 2, "buckets '0'" },
        { HEAD "buckets 4194305\n", 0, 2, "buckets '4194305'" },
        { HEAD "buckets -3\n", 0, 2, "buckets '-3'" },
        { HEAD "buckets 1e3\n", 0, 2, "buckets '1e3'" },
        { HEAD "ngram 1 3\n", 0, 2, "ngram must be '1 4'" },
        { HEAD "ngram 1\n", 0, 2, "takes two values" },
        { HEAD "mincontext 1001\n", 0, 2, "mincontext '1001'" },
        { HEAD "threshold 1\n", 0, 2, "threshold '1'" },
        { HEAD "threshold 0\n", 0, 2, "threshold '0'" },
        { HEAD "threshold nan\n", 0, 2, "threshold 'nan'" },
        { HEAD "bias inf\n", 0, 2, "bias 'inf'" },
        { HEAD "bias 1e999\n", 0, 2, "bias '1e999'" },
        { HEAD "bias 0x1p3\n", 0, 2, "bias '0x1p3'" },
        { HEAD "bias 0.5 0.6\n", 0, 2, "takes one value" },
        { HEAD "bias\n", 0, 2, "takes one value" },
        { HEAD "buckets 100\nngram 1 4\nw 1 0.5\n", 0, 4, "'w' line before key 'mincontext'" },
        { HEAD KEYS "w 100 0.5\n", 0, 7, "weight index '100'" },
        { HEAD KEYS "w -1 0.5\n", 0, 7, "weight index '-1'" },
        { HEAD KEYS "w 5 0.5\nw 5 0.25\n", 0, 8, "does not increase" },
        { HEAD KEYS "w 5 0.5\nw 4 0.25\n", 0, 8, "does not increase" },
        { HEAD KEYS "w 5 NaN\n", 0, 7, "weight 'NaN'" },
        { HEAD KEYS "w 5 1.5.2\n", 0, 7, "weight '1.5.2'" },
        { HEAD KEYS "w 5 0.5 junk\n", 0, 7, "found 3 values" },
        { HEAD KEYS "w 5\n", 0, 7, "found 1 value" },
        { HEAD KEYS "w 5 0.5\nbias 2\n", 0, 8, "after the first 'w' line" },
        { HEAD KEYS "w 5 0.5 a b c\n", 0, 7, "trailing junk" },
        { HEAD "buckets\t100\n", 0, 2, "exactly one space" },
        { HEAD KEYS "code false_claim\n", 0, 7, "code 'false_claim' is not a rule code" },
        { HEAD KEYS "code 9X\n", 0, 7, "code '9X' is not a rule code" },
        { HEAD KEYS "code A B\n", 0, 7, "'code' takes one rule code" },
        { HEAD KEYS "code A\ncode A\n", 0, 8, "duplicate code 'A'" },
        { HEAD KEYS "w 5 0.5\ncode A\n", 0, 8, "'code' after the first 'w' line" },
        { HEAD KEYS "w 5  0.5\n", 0, 7, "exactly one space" },
        { HEAD KEYS " w 5 0.5\n", 0, 7, "exactly one space" },
        { HEAD KEYS "w 5 0.5 \n", 0, 7, "exactly one space" },
        { HEAD "buckets 0100\n", 0, 2, "buckets '0100'" },
        { HEAD KEYS "w 05 0.5\n", 0, 7, "weight index '05'" },
        { HEAD KEYS "w 5 0.\x00" "5\n", 1, 7, "NUL byte" },   /* len 1: holds a NUL, see below */
        { HEAD KEYS "# caf\xC3\n", 0, 7, "invalid UTF-8" },
    };
    int n = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = strlen(cases[i].text);
        if (cases[i].len)   /* the NUL case: the text up to, and past, its NUL */
            len += 1 + strlen(cases[i].text + len + 1);
        write_file(fx, "reader.model", cases[i].text, len);
        char path[128];
        snprintf(path, sizeof path, "%s/reader.model", fx->dir);
        reader_model *m = NULL;
        reset(fx);
        reader_result r = reader_load(path, diag, fx, &m);
        if (r != READER_ESYNTAX || m)
            fail_msg("case %zu (%s): not refused (%s)", i, cases[i].msg, reader_strerror(r));
        if (fx->n != 1 || fx->line != cases[i].line || !strstr(fx->log, cases[i].msg))
            fail_msg("case %zu: want line %d '%s', got %d diagnostics:\n%s", i, cases[i].line,
                     cases[i].msg, fx->n, fx->log);
        char want[64];
        snprintf(want, sizeof want, "reader.model:%d: ", cases[i].line);
        assert_non_null(strstr(fx->log, want));
        n++;
    }
    assert_true(n >= 20);

    /* a line of 257 bytes is refused, 256 read */
    char longl[600];
    snprintf(longl, sizeof longl, HEAD KEYS "#%0255d\n", 0);
    reader_model *m = NULL;
    reset(fx);
    assert_int_equal(reader_parse("reader.model", longl, strlen(longl), diag, fx, &m), READER_OK);
    reader_free(m);
    snprintf(longl, sizeof longl, HEAD KEYS "#%0256d\n", 0);
    reset(fx);
    assert_int_equal(reader_parse("reader.model", longl, strlen(longl), diag, fx, &m), READER_ESYNTAX);
    assert_int_equal(fx->line, 7);
    assert_non_null(strstr(fx->log, "longer than 256"));

    /* unreadable: line 0 and READER_EIO */
    reset(fx);
    assert_int_equal(reader_load("/nonexistent/reader.model", diag, fx, &m), READER_EIO);
    assert_int_equal(fx->line, 0);
    assert_int_equal(reader_load(NULL, NULL, NULL, &m), READER_EINVAL);
    reader_free(NULL);
}

static void sha256_hex(const char *data, size_t len, char out[65])
{
    unsigned char md[32];
    unsigned int n = 0;
    assert_true(EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) && n == 32);
    for (unsigned int i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", md[i]);
}

#define RULE_HEAD "title = t\nseverity = low\ncategory = c\nbasis = 某法 第一条\nkind = pattern\n"

static rules_result load_dir(fixture *fx, int no_reader, rules_book **book)
{
    rules_load_options o = { .norm = NULL, .no_reader = no_reader };
    reset(fx);
    return rules_load_opts(fx->dir, &o, diag, fx, book);
}

/* The digest is sha256sum's listing of *.ini then reader.model (when the
 * book has it), hashed; --no-reader leaves the model out; a bad model
 * fails the load at its line. */
static void test_digest(void **state)
{
    fixture *fx = *state;
    static const char rule[] = "[R]\n" RULE_HEAD "pattern = 高仿\n";
    static const char model[] = HEAD KEYS "w 3 0.5\n";
    write_text(fx, "b.ini", rule);
    char hr[65], hm[65], listing[512], without[65], with[65];
    sha256_hex(rule, strlen(rule), hr);
    sha256_hex(model, strlen(model), hm);
    snprintf(listing, sizeof listing, "%s  b.ini\n", hr);
    sha256_hex(listing, strlen(listing), without);
    snprintf(listing, sizeof listing, "%s  b.ini\n%s  reader.model\n", hr, hm);
    sha256_hex(listing, strlen(listing), with);

    rules_book *book = NULL;
    assert_int_equal(load_dir(fx, 0, &book), RULES_OK);
    assert_string_equal(rules_book_digest(book), without);
    assert_int_equal(rules_book_has_reader(book), 0);
    rules_free(book);

    write_text(fx, "reader.model", model);
    assert_int_equal(load_dir(fx, 0, &book), RULES_OK);
    assert_string_equal(rules_book_digest(book), with);
    assert_int_equal(rules_book_has_reader(book), 1);
    rules_free(book);
    assert_int_equal(rules_load(fx->dir, NULL, NULL, &book), RULES_OK);   /* the old entry points load it too */
    assert_string_equal(rules_book_digest(book), with);
    rules_free(book);
    assert_int_equal(load_dir(fx, 1, &book), RULES_OK);
    assert_string_equal(rules_book_digest(book), without);
    assert_int_equal(rules_book_has_reader(book), 0);
    rules_free(book);

    /* every *.ini in byte order, then reader.model, though it sorts before z.ini */
    static const char rule2[] = "[S]\n" RULE_HEAD "pattern = 假货\n";
    write_text(fx, "z.ini", rule2);
    char h2[65];
    sha256_hex(rule2, strlen(rule2), h2);
    snprintf(listing, sizeof listing, "%s  b.ini\n%s  z.ini\n%s  reader.model\n", hr, h2, hm);
    sha256_hex(listing, strlen(listing), with);
    assert_int_equal(load_dir(fx, 0, &book), RULES_OK);
    assert_string_equal(rules_book_digest(book), with);
    rules_free(book);

    write_text(fx, "reader.model", HEAD KEYS "w 3 0.5\nw 2 0.5\n");
    book = (rules_book *)1;
    assert_int_equal(load_dir(fx, 0, &book), RULES_ESYNTAX);
    assert_null(book);
    assert_non_null(strstr(fx->log, "reader.model:8: weight index 2 does not increase"));
    assert_int_equal(load_dir(fx, 1, &book), RULES_OK);   /* --no-reader does not read it */
    rules_free(book);
}

static void check_text(const rules_book *book, const char *text, rules_findings *f)
{
    parser_page p;
    memset(&p, 0, sizeof p);
    p.text = (char *)text;
    p.text_len = strlen(text);
    assert_int_equal(rules_check_page(book, &p, NULL, f), RULES_OK);
}

/* A model that vetoes whatever has 提醒 in its snippet (-1000 on that
 * bigram) and keeps the rest (bias 3), scoring every match (mincontext 0). */
static void write_veto_model(const fixture *fx)
{
    char model[256];
    snprintf(model, sizeof model, HEAD "buckets 4194304\nngram 1 4\nmincontext 0\nthreshold 0.5\nbias 3\n"
             "w %u -1000\n", bucket("提醒", 4194304));
    write_text(fx, "reader.model", model);
}

/* The rule's first match is set aside, the finding comes from its second;
 * without the reader the first is the finding. */
static void expect_second(fixture *fx, const char *page, const char *matched)
{
    const char *first = strstr(page, matched), *second = strstr(first + 1, matched);
    assert_non_null(second);
    rules_book *book = NULL;
    assert_int_equal(load_dir(fx, 0, &book), RULES_OK);
    rules_findings f = {0};
    check_text(book, page, &f);
    if (f.n != 1) fail_msg("%zu findings on '%s'\n%s", f.n, page, fx->log);
    assert_string_equal(f.v[0].matched, matched);
    assert_int_equal(f.v[0].text_off, (size_t)(second - page));
    assert_int_equal(f.v[0].reader_scored, 1);
    assert_true(f.v[0].reader_score > 0.5);
    assert_int_equal(f.n_aside, 1);
    assert_string_equal(f.aside[0].matched, matched);
    assert_int_equal(f.aside[0].text_off, (size_t)(first - page));
    assert_int_equal(f.aside[0].reader_scored, 1);
    assert_true(f.aside[0].reader_score < 0.5);
    assert_non_null(strstr(f.aside[0].snippet, "提醒"));
    assert_null(strstr(f.v[0].snippet, "提醒"));
    rules_findings_clear(&f);
    rules_free(book);

    assert_int_equal(load_dir(fx, 1, &book), RULES_OK);
    check_text(book, page, &f);
    assert_int_equal(f.n, 1);
    assert_int_equal(f.v[0].text_off, (size_t)(first - page));
    assert_int_equal(f.v[0].reader_scored, 0);
    assert_int_equal(f.n_aside, 0);
    rules_findings_clear(&f);
    rules_free(book);
}

#define FILLER "这里是一段足够长的普通文字，用来隔开两处匹配，使后一处的摘录看不到前面那句话里的词。"

/* Every match path: a keyword, a prefiltered regex, a regex PCRE2 scans
 * alone ((?i) is not read for start characters), and a vetoed keyword
 * match that the same rule's regex would match again at the same place. */
static void test_veto_next_match(void **state)
{
    fixture *fx = *state;
    write_veto_model(fx);
    static const char *const rules[] = {
        "[R]\n" RULE_HEAD "pattern = 高仿\n",
        "[R]\n" RULE_HEAD "pattern = 高[仿]\n",
        "[R]\n" RULE_HEAD "pattern = (?i)高仿\n",
        "[R]\n" RULE_HEAD "pattern = 高仿\npattern = 高[仿]\n",
    };
    const char *page = "买家提醒：本店不卖高仿。" FILLER "本店另售高仿名牌手表，欢迎咨询。";
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        write_text(fx, "r.ini", rules[i]);
        expect_second(fx, page, "高仿");
    }
    /* a keyword match the reader set aside is not judged again as the same
     * rule's longer regex match at the same place (one entry in aside) */
    write_text(fx, "r.ini", "[R]\n" RULE_HEAD "pattern = 高仿\npattern = 高仿名[牌]\n");
    expect_second(fx, "买家提醒：本店不卖高仿名牌。" FILLER "本店另售高仿名牌手表，欢迎咨询。", "高仿");
    /* an allow context is still asked first: an allowed match never reaches the reader */
    write_text(fx, "r.ini", "[R]\n" RULE_HEAD "pattern = 高仿\nallow = 不卖高仿\n");
    rules_book *book = NULL;
    assert_int_equal(load_dir(fx, 0, &book), RULES_OK);
    rules_findings f = {0};
    check_text(book, page, &f);
    assert_int_equal(f.n, 1);
    assert_int_equal(f.n_aside, 0);
    rules_findings_clear(&f);
    /* every match vetoed: no finding, each kept in aside */
    check_text(book, "买家提醒：当心高仿。高仿！", &f);
    assert_int_equal(f.n, 0);
    assert_int_equal(f.n_aside, 2);
    rules_findings_clear(&f);
    rules_free(book);
}

/* A rule too large for one compiled regex (its parts matched one by one):
 * the same passing over a vetoed match, prefiltered and unfiltered. */
static void test_veto_parts(void **state)
{
    fixture *fx = *state;
    write_veto_model(fx);
    static const char *const prefix[] = { "", "(?i)" };
    for (int k = 0; k < 2; k++) {
        size_t cap = 64 * 1024, w = 0;
        char *s = malloc(cap);
        assert_non_null(s);
        w += (size_t)snprintf(s + w, cap - w, "[BIG]\n" RULE_HEAD "pattern = %sti[e]\n", prefix[k]);
        for (int i = 0; i < 200; i++)
            w += (size_t)snprintf(s + w, cap - w, "pattern = %sk%03d(?:[a-z]z){0,20}m\n", prefix[k], i);
        assert_true(w < cap);
        write_text(fx, "r.ini", s);
        free(s);
        expect_second(fx, "买家提醒 k150azbzm 不要买。" FILLER "这里有 k150azbzm 出售。", "k150azbzm");
    }
}

/* Unescape \t \n \\ of a vectors.tsv field in place. */
static void unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r == '\\' && r[1]) {
            r++;
            *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

/* The trainer's vectors: every row's score within 1e-9 of the Python
 * featurizer's and the same decision.  Not there yet: NOT run (skipped). */
static void test_vectors(void **state)
{
    (void)state;
    const char *dir = getenv("WANGJIAN_RULES_DIR");
    char mpath[512];
    snprintf(mpath, sizeof mpath, "%s/reader.model", dir && *dir ? dir : "rules/default");
    const char *vpath = "tests/eval/reader/vectors.tsv";
    FILE *v = fopen(vpath, "r");
    if (access(mpath, R_OK) != 0 || !v) {
        printf("NOTE: %s or %s not found: the agreement with the trainer's vectors was NOT run\n", mpath,
               vpath);
        if (v) fclose(v);
        return;
    }
    reader_model *m = NULL;
    fixture fx;
    memset(&fx, 0, sizeof fx);
    if (reader_load(mpath, diag, &fx, &m) != READER_OK) fail_msg("%s does not load:\n%s", mpath, fx.log);
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int rows = 0, bad = 0, vetoes = 0, gated = 0;
    while ((got = getline(&line, &cap, v)) > 0) {
        if (line[got - 1] == '\n') line[--got] = '\0';
        if (!line[0] || line[0] == '#') continue;
        char *f[5] = {0};
        int nf = 0;
        for (char *p = line; nf < 5;) {
            f[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = '\0';
            p = t + 1;
        }
        if (nf < 4) { fail_msg("vectors row %d: %d fields", rows + 1, nf); }
        if (rows == 0 && !strcmp(f[0], "code")) continue;   /* a header */
        for (int i = 0; i < 3; i++) unescape(f[i]);
        rows++;
        char *end;
        double want = strtod(f[3], &end);
        int has = *f[3] && !*end && isfinite(want);
        double raw = reader_raw_score(m, f[0], f[2], strlen(f[2]));
        int scored = 0;
        double sc = 0;
        int veto = reader_vetoes(m, f[0], f[1], strlen(f[1]), f[2], strlen(f[2]), &scored, &sc);
        gated += !scored;
        vetoes += veto == 1;
        if (has) {
            if (!(fabs(raw - want) < 1e-9)) {
                printf("row %d (%s, %s): C %.17g, Python %.17g\n", rows, f[0], f[1], raw, want);
                bad++;
            } else if (veto != (scored && want < reader_threshold(m))) {
                printf("row %d (%s, %s): decisions differ at the threshold\n", rows, f[0], f[1]);
                bad++;
            }
        } else if (scored) {
            printf("row %d (%s, %s): Python did not score it (%s), C did (%.17g)\n", rows, f[0], f[1], f[3], sc);
            bad++;
        }
    }
    free(line);
    fclose(v);
    reader_free(m);
    printf("vectors: %d rows, %d set aside, %d gated, %d disagree\n", rows, vetoes, gated, bad);
    assert_true(rows > 0);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fnv_reference),
        cmocka_unit_test_setup_teardown(test_hand_score, setup, teardown),
        cmocka_unit_test_setup_teardown(test_invalid_utf8, setup, teardown),
        cmocka_unit_test_setup_teardown(test_codes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_gate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt, setup, teardown),
        cmocka_unit_test_setup_teardown(test_digest, setup, teardown),
        cmocka_unit_test_setup_teardown(test_veto_next_match, setup, teardown),
        cmocka_unit_test_setup_teardown(test_veto_parts, setup, teardown),
        cmocka_unit_test(test_vectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
