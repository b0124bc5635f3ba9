/*
 * test_rules_load.c — rule directory loading: every error reported with its
 * exact file and line, corrupt files diagnosed without crashing, bounds, and
 * PCRE2 limits reported through limit_hits.  Rule files are written to a
 * fresh temporary directory per test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <openssl/evp.h>
#include "rules/rules.h"

typedef struct {
    char dir[64];
    char log[8192]; /* "file:line: msg\n" per diagnostic, file as basename */
    int n;
} fixture;

static void diag(void *ud, const char *file, int line, const char *msg)
{
    fixture *fx = ud;
    const char *base = strrchr(file, '/');
    size_t w = strlen(fx->log);
    snprintf(fx->log + w, sizeof fx->log - w, "%s:%d: %s\n", base ? base + 1 : file, line, msg);
    fx->n++;
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (!fx) return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/test_rules_load.XXXXXX");
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

static void write_file(fixture *fx, const char *name, const char *data, size_t len)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", fx->dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

static void remove_file(fixture *fx, const char *name)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", fx->dir, name);
    assert_int_equal(unlink(p), 0);
}

static void write_text(fixture *fx, const char *name, const char *text)
{
    write_file(fx, name, text, strlen(text));
}

static rules_result load(fixture *fx, rules_book **book)
{
    fx->log[0] = '\0';
    fx->n = 0;
    return rules_load(fx->dir, diag, fx, book);
}

static void expect_diag(const fixture *fx, const char *want)
{
    if (!strstr(fx->log, want)) fail_msg("diagnostic '%s' not in:\n%s", want, fx->log);
}

#define GOOD_HEAD "title = t\nseverity = low\ncategory = c\nbasis = 某法 第一条\n"

static const char good[] =
    "; comment\n"
    "# another comment\n"
    "[TEST_TERM]\n"
    GOOD_HEAD
    "kind = pattern\n"
    "pattern = 测试词\n"
    "pattern = foo\\d+\n"
    "allow = 测试词典\n"
    "\n"
    "[TEST_OFF]\n"
    GOOD_HEAD
    "kind = pattern\n"
    "enabled = no\n"
    "pattern = 关闭\n";

static void count_fn(void *ud, const char *code, const char *severity, const char *category,
                     const char *kind, int enabled, const char *title, const char *basis)
{
    (void)severity; (void)category; (void)title; (void)basis;
    int *n = ud;
    if (!strcmp(code, "TEST_TERM")) { assert_string_equal(kind, "pattern"); assert_true(enabled); }
    if (!strcmp(code, "TEST_OFF")) assert_false(enabled);
    (*n)++;
}

static void test_good(void **state)
{
    fixture *fx = *state;
    write_text(fx, "a.ini", good);
    write_text(fx, "notes.txt", "[IGNORED]\nnot an ini file");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_OK);
    assert_int_equal(fx->n, 0);
    int n = 0;
    rules_each(book, count_fn, &n);
    assert_int_equal(n, 2);
    parser_page p;
    memset(&p, 0, sizeof p);
    p.text = (char *)"测试词典 关闭 FOO12 测试词";
    p.text_len = strlen(p.text);
    rules_findings f = { 0 };
    assert_int_equal(rules_check_page(book, &p, NULL, &f), RULES_OK);
    assert_int_equal(f.n, 1); /* allow drops 测试词典; the disabled rule is silent */
    assert_string_equal(f.v[0].matched, "FOO12"); /* leftmost unsuppressed, case-folded */
    rules_findings_clear(&f);
    rules_free(book);
}

static void sha256_hex(const char *data, size_t len, char out[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    assert_true(EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) && n == 32);
    for (unsigned int i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* The digest is sha256sum's listing of the *.ini files (byte order of
 * their names), hashed; the version is VERSION's first line when it is a
 * plausible one. */
static void test_version_digest(void **state)
{
    fixture *fx = *state;
    static const char second[] = "[OTHER_RULE]\ntitle = t\nseverity = low\ncategory = c\n"
                                 "basis = b\nkind = pattern\npattern = zzz\n";
    write_text(fx, "b.ini", second);
    write_text(fx, "a.ini", good);
    write_text(fx, "notes.txt", "not part of the digest");
    char ha[65], hb[65], listing[256], want[65];
    sha256_hex(good, strlen(good), ha);
    sha256_hex(second, strlen(second), hb);
    snprintf(listing, sizeof listing, "%s  a.ini\n%s  b.ini\n", ha, hb);
    sha256_hex(listing, strlen(listing), want);
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_OK);
    assert_string_equal(rules_book_digest(book), want);
    assert_string_equal(rules_book_version(book), "unversioned");
    rules_free(book);

    write_text(fx, "VERSION", "2026.12.1\nnotes below are ignored\n");
    assert_int_equal(load(fx, &book), RULES_OK);
    assert_string_equal(rules_book_version(book), "2026.12.1");
    assert_string_equal(rules_book_digest(book), want);   /* VERSION is not a rule file */
    rules_free(book);

    write_text(fx, "VERSION", "two words\n");
    assert_int_equal(load(fx, &book), RULES_OK);
    assert_string_equal(rules_book_version(book), "unversioned");
    rules_free(book);
    remove_file(fx, "VERSION");
    write_text(fx, "b.ini", "; changed\n[OTHER_RULE]\ntitle = t\nseverity = low\ncategory = c\n"
                            "basis = b\nkind = pattern\npattern = zzz\n");
    assert_int_equal(load(fx, &book), RULES_OK);
    assert_string_not_equal(rules_book_digest(book), want);
    rules_free(book);
}

/* One file with many mistakes: each reported with its own line. */
static void test_every_error(void **state)
{
    fixture *fx = *state;
    write_text(fx, "bad.ini",
               "orphan = value\n"                 /* 1 */
               "[BAD_ONE]\n"                      /* 2 */
               "title = t\n"                      /* 3 */
               "severity = urgent\n"              /* 4 */
               "category = c\n"                   /* 5 */
               "kind = pattern\n"                 /* 6 */
               "colour = red\n"                   /* 7 */
               "pattern = (abc\n"                 /* 8 */
               "pattern = ok\n"                   /* 9 */
               "title = again\n"                  /* 10 */
               "this line has no equals sign\n"   /* 11 */
               "[lower case]\n"                   /* 12 */
               "[BAD_TWO]\n"                      /* 13 */
               GOOD_HEAD                          /* 14-17 */
               "kind = license_missing\n"         /* 18 */
               "pattern = x\n"                    /* 19 */
               "enabled = maybe\n"                /* 20 */
               "scope = body\n"                   /* 21 */
               "[BAD_THREE]\n"                    /* 22 */
               GOOD_HEAD                          /* 23-26 */
               "kind = pattern\n"                 /* 27 */
               "pattern = a*\n"                   /* 28 */
               "pattern = (a)\\1\n"               /* 29 */
               "home_only = yes\n"                /* 30 */
               "kind = teleport\n"                /* 31 */
               "pattern =\n");                    /* 32 */
    rules_book *book = (rules_book *)1;
    rules_result r = load(fx, &book);
    assert_int_equal(r, RULES_ESYNTAX);
    assert_null(book);
    expect_diag(fx, "bad.ini:1: 'orphan' outside any [RULE_CODE] section");
    expect_diag(fx, "bad.ini:4: bad severity 'urgent'");
    expect_diag(fx, "bad.ini:7: unknown key 'colour'");
    expect_diag(fx, "bad.ini:8: pattern does not compile: missing closing parenthesis at offset 4");
    expect_diag(fx, "bad.ini:10: duplicate key 'title' (first at line 3)");
    expect_diag(fx, "bad.ini:11: expected 'key = value' or '[RULE_CODE]'");
    expect_diag(fx, "bad.ini:12: bad rule code 'lower case'");
    expect_diag(fx, "bad.ini:2: rule BAD_ONE: missing 'basis'");
    expect_diag(fx, "bad.ini:19: 'pattern' is only valid with kind = pattern");
    expect_diag(fx, "bad.ini:20: bad value 'maybe' for 'enabled'");
    expect_diag(fx, "bad.ini:21: bad value 'body' for 'scope'");
    expect_diag(fx, "bad.ini:28: pattern can match the empty string");
    expect_diag(fx, "bad.ini:29: back-references are not supported");
    expect_diag(fx, "bad.ini:30: 'home_only' is only valid with kind = license_missing or icp_missing");
    expect_diag(fx, "bad.ini:31: duplicate key 'kind' (first at line 27)");
    expect_diag(fx, "bad.ini:32: empty value for 'pattern'");
    assert_int_equal(fx->n, 16);
}

static void test_pattern_error_code(void **state)
{
    fixture *fx = *state;
    write_text(fx, "p.ini", "[P]\n" GOOD_HEAD "kind = pattern\npattern = [z-a]\n");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_EPATTERN);
    expect_diag(fx, "p.ini:7: pattern does not compile: range out of order in character class at offset 3");
    assert_int_equal(fx->n, 1);
}

static void test_duplicate_across_files(void **state)
{
    fixture *fx = *state;
    write_text(fx, "a.ini", good);
    write_text(fx, "b.ini", "; second file\n\n[TEST_TERM]\n" GOOD_HEAD "kind = pattern\npattern = x\n");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    assert_null(book);
    char want[256];
    snprintf(want, sizeof want, "b.ini:3: duplicate rule code TEST_TERM (first defined at %s/a.ini:3)", fx->dir);
    expect_diag(fx, want);
    assert_int_equal(fx->n, 1);
}

static void test_missing_pattern(void **state)
{
    fixture *fx = *state;
    write_text(fx, "m.ini", "\n\n[EMPTY]\n" GOOD_HEAD "kind = pattern\n");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    expect_diag(fx, "m.ini:3: rule EMPTY: kind = pattern needs at least one 'pattern'");
}

static void test_empty_keyword(void **state)
{
    fixture *fx = *state;
    write_text(fx, "k.ini", "[KW]\n" GOOD_HEAD "kind = pattern\npattern = 好\npattern = \xE2\x80\x8B\n");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_EPATTERN);
    expect_diag(fx, "k.ini:8: keyword is empty or has a backslash after normalisation");
    assert_int_equal(fx->n, 1);
}

/* Binary junk, a huge line, no sections, CRLF and BOM. */
static void test_corrupt(void **state)
{
    fixture *fx = *state;
    unsigned char junk[3000];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (unsigned char)(x >> 16);
    }
    junk[10] = 0;
    junk[11] = '\n';
    write_file(fx, "junk.ini", (const char *)junk, sizeof junk);
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    assert_null(book);
    expect_diag(fx, "junk.ini:1: NUL byte: not a text file");
    assert_true(fx->n >= 2 && fx->n <= 51); /* bounded, never one per byte */
    remove_file(fx, "junk.ini");

    size_t big = 100000;
    char *huge = malloc(big + 64);
    assert_non_null(huge);
    memcpy(huge, "[HUGE]\npattern = ", 17);
    memset(huge + 17, 'a', big);
    memcpy(huge + 17 + big, "\n", 2);
    write_text(fx, "huge.ini", huge);
    free(huge);
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    expect_diag(fx, "huge.ini:2: line too long (100010 bytes, at most 4096)");
    remove_file(fx, "huge.ini");

    write_text(fx, "none.ini", "; only comments\n\n");
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    expect_diag(fx, "none.ini:2: no [RULE_CODE] section in file");
    remove_file(fx, "none.ini");

    write_text(fx, "crlf.ini", "\xEF\xBB\xBF[CRLF]\r\ntitle = t\r\nseverity = high\r\ncategory = c\r\n"
                               "basis = b\r\nkind = pattern\r\npattern = 词$\r\n");
    assert_int_equal(load(fx, &book), RULES_OK);
    assert_int_equal(fx->n, 0);
    rules_free(book);
}

static void test_invalid_utf8_and_bounds(void **state)
{
    fixture *fx = *state;
    char *s = malloc(200000);
    assert_non_null(s);
    size_t w = (size_t)snprintf(s, 200000, "[MANY]\n" GOOD_HEAD "kind = pattern\n");
    for (int i = 0; i < 4100; i++) w += (size_t)snprintf(s + w, 200000 - w, "pattern = w%d\n", i);
    w += (size_t)snprintf(s + w, 200000 - w, "[UTF]\ntitle = \xC3\x28\n");
    write_text(fx, "many.ini", s);
    free(s);
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    expect_diag(fx, "many.ini:4103: too many patterns in one rule");
    expect_diag(fx, "many.ini:4108: invalid UTF-8");
}

static void test_dirs(void **state)
{
    fixture *fx = *state;
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_EIO); /* empty directory */
    expect_diag(fx, "no *.ini rule files in directory");
    fx->log[0] = '\0';
    assert_int_equal(rules_load("/nonexistent/rules", diag, fx, &book), RULES_EIO);
    expect_diag(fx, "rules:0: cannot open rule directory");
    assert_int_equal(rules_load(NULL, NULL, NULL, &book), RULES_EINVAL);
    write_text(fx, "a.ini", good);
    assert_int_equal(rules_load(fx->dir, NULL, NULL, &book), RULES_OK); /* diag may be NULL */
    rules_free(book);
}

/* A book loaded with a normaliser copies its t2s table: it normalises as a
 * book that built its own does (traditional, full-width, separators). */
static void test_load_with_normaliser(void **state)
{
    fixture *fx = *state;
    rules_book *own = NULL, *copied = NULL;
    rules_normaliser *norm = NULL;
    const char *in = "本店專櫃高 倣Ａ貨";
    char *a = NULL, *b = NULL;
    size_t alen = 0, blen = 0, *amap = NULL, *bmap = NULL;
    write_text(fx, "a.ini", good);
    assert_int_equal(rules_normaliser_new(&norm), RULES_OK);
    assert_int_equal(rules_load(fx->dir, NULL, NULL, &own), RULES_OK);
    assert_int_equal(rules_load_with(fx->dir, norm, NULL, NULL, &copied), RULES_OK);
    rules_normaliser_free(norm);   /* the book keeps its own copy */
    assert_int_equal(rules_book_normalise(own, in, strlen(in), &a, &alen, &amap), RULES_OK);
    assert_int_equal(rules_book_normalise(copied, in, strlen(in), &b, &blen, &bmap), RULES_OK);
    assert_int_equal(alen, blen);
    assert_memory_equal(a, b, alen);
    assert_non_null(strstr(b, "专柜高仿a货"));
    free(a);
    free(b);
    free(amap);
    free(bmap);
    rules_free(own);
    rules_free(copied);
}

/* Run book on a page whose visible text is text. */
static void check_text(const rules_book *book, const char *text, rules_findings *f)
{
    parser_page p;
    memset(&p, 0, sizeof p);
    p.text = (char *)text;
    p.text_len = strlen(text);
    assert_int_equal(rules_check_page(book, &p, NULL, f), RULES_OK);
}

/* Named lists and the context keys: a list defined in an earlier file is
 * used in a pattern and as negate and allow_sentence cues; negate looks only
 * negate_window characters back and never across a clause break, and
 * allow_sentence looks at the whole sentence but not past 。!? or a block. */
static void test_lists_and_context(void **state)
{
    fixture *fx = *state;
    write_text(fx, "0.ini", "[@NO]\nitem = 不卖\nitem = 拒绝\n[@WARN]\nitem = 谨防\n"
                            "[@THING]\nitem = 假货\nitem = 水货\n");
    write_text(fx, "r.ini", "[CTX]\n" GOOD_HEAD "kind = pattern\npattern = {@THING}|次品\n"
                            "negate = {@NO}\nnegate_window = 4\nallow_sentence = {@WARN}\n");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_OK);
    assert_int_equal(fx->n, 0);
    static const struct { const char *text; int found; } cases[] = {
        { "出售水货", 1 },
        { "本店不卖假货", 0 },          /* cue right before */
        { "拒绝次品", 0 },
        { "拒绝廉价水货", 0 },          /* cue starts 4 characters back: inside */
        { "拒绝各廉价水货", 1 },        /* 5 back: outside the window */
        { "不卖,假货", 1 },             /* a clause break between cue and term */
        { "不卖\n假货", 1 },
        { "假货泛滥，请谨防上当", 0 },  /* warning later in the same sentence */
        { "谨防上当。假货包邮", 1 },    /* the warning is in another sentence */
        { "假货!谨防", 1 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rules_findings f = { 0 };
        check_text(book, cases[i].text, &f);
        if ((int)f.n != cases[i].found) fail_msg("'%s': %zu findings, want %d", cases[i].text, f.n, cases[i].found);
        rules_findings_clear(&f);
    }
    rules_free(book);
}

/* Every malformed list or context value is reported at its line. */
static void test_list_errors(void **state)
{
    fixture *fx = *state;
    write_text(fx, "bad.ini",
               "[@lower]\n"                      /* 1 */
               "item = x\n"                      /* 2 */
               "[@OK]\n"                         /* 3 */
               "item = 好\n"                     /* 4 */
               "[@OK]\n"                         /* 5 */
               "item = y\n"                      /* 6 */
               "[@BAD]\n"                        /* 7 */
               "pattern = y\n"                   /* 8 */
               "item = (unclosed\n"              /* 9 */
               "[@EMPTY]\n"                      /* 10 */
               "[R]\n"                           /* 11 */
               GOOD_HEAD                          /* 12-15 */
               "kind = pattern\n"                /* 16 */
               "pattern = {@NOWHERE}\n"          /* 17 */
               "pattern = a{@OK\n"               /* 18 */
               "item = z\n"                      /* 19 */
               "negate_window = 99\n"            /* 20 */
               "allow_sentence = {@LATER}\n"     /* 21 */
               "pattern = {@OK}\n"               /* 22 */
               "[@LATER]\n"                      /* 23 */
               "item = 后\n"                     /* 24 */
               "[S]\n"                           /* 25 */
               GOOD_HEAD                          /* 26-29 */
               "kind = icp_missing\n"            /* 30 */
               "negate = 不\n"                   /* 31 */
               "[T]\n"                           /* 32 */
               GOOD_HEAD                          /* 33-36 */
               "kind = pattern\n"                /* 37 */
               "pattern = 词\n"                  /* 38 */
               "negate_window = 5\n");           /* 39 */
    rules_book *book = (rules_book *)1;
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    assert_null(book);
    expect_diag(fx, "bad.ini:1: bad list name '@lower'");
    expect_diag(fx, "bad.ini:5: duplicate list @OK");
    expect_diag(fx, "bad.ini:8: 'pattern' in list @BAD: a [@LIST] section holds only 'item' lines");
    expect_diag(fx, "bad.ini:9: pattern does not compile: missing closing parenthesis");
    expect_diag(fx, "bad.ini:10: list @EMPTY has no 'item'");
    expect_diag(fx, "bad.ini:17: unknown list '@NOWHERE'");
    expect_diag(fx, "bad.ini:18: unterminated list reference");
    expect_diag(fx, "bad.ini:19: 'item' outside a [@LIST] section (rule R)");
    expect_diag(fx, "bad.ini:20: bad value '99' for 'negate_window' (0..50)");
    expect_diag(fx, "bad.ini:20: 'negate_window' without any 'negate' cue");
    expect_diag(fx, "bad.ini:21: unknown list '@LATER' (define [@NAME] above its first use");
    expect_diag(fx, "bad.ini:31: 'negate' is only valid with kind = pattern");
    expect_diag(fx, "bad.ini:39: 'negate_window' without any 'negate' cue");
    assert_int_equal(fx->n, 13);
}

/* The shipped rulebook has over 50 lists: a directory may hold the 128
 * rules/README.md promises, and the next one is refused with its line. */
enum { RULES_MAX_LISTS = 128 };
static void test_list_count(void **state)
{
    fixture *fx = *state;
    size_t cap = (size_t)(RULES_MAX_LISTS + 1) * 32 + 128, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (int i = 0; i <= RULES_MAX_LISTS; i++)
        len += (size_t)snprintf(text + len, cap - len, "[@L%d]\nitem = 词%d\n", i, i);
    snprintf(text + len, cap - len, "[R]\n" GOOD_HEAD "kind = pattern\npattern = {@L%d}\n",
             RULES_MAX_LISTS - 1);
    write_text(fx, "many.ini", text);
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_ESYNTAX);
    char want[64];
    snprintf(want, sizeof want, "many.ini:%d: too many lists (at most %d)",
             2 * RULES_MAX_LISTS + 1, RULES_MAX_LISTS);
    expect_diag(fx, want);
    assert_int_equal(fx->n, 1);
    /* one list fewer loads, and the last list works */
    len = 0;
    for (int i = 0; i < RULES_MAX_LISTS; i++)
        len += (size_t)snprintf(text + len, cap - len, "[@L%d]\nitem = 词%d\n", i, i);
    snprintf(text + len, cap - len, "[R]\n" GOOD_HEAD "kind = pattern\npattern = {@L%d}\n",
             RULES_MAX_LISTS - 1);
    write_text(fx, "many.ini", text);
    free(text);
    assert_int_equal(load(fx, &book), RULES_OK);
    char page[32];
    snprintf(page, sizeof page, "有词%d字", RULES_MAX_LISTS - 1);
    rules_findings f = { 0 };
    check_text(book, page, &f);
    assert_int_equal(f.n, 1);
    rules_findings_clear(&f);
    rules_free(book);
}

/* A catastrophic pattern hits the match limit: counted, not silent, and the
 * other rules still run. */
static void test_limit(void **state)
{
    fixture *fx = *state;
    write_text(fx, "l.ini", "[CATASTROPHIC]\n" GOOD_HEAD "kind = pattern\npattern = (?:a|aa)+$\n"
                            "[AFTER]\n" GOOD_HEAD "kind = pattern\npattern = 后面\n");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_OK);
    char text[128];
    memset(text, 'a', 60);
    memcpy(text + 60, "! 后面", strlen("! 后面") + 1);
    rules_findings f = { 0 };
    check_text(book, text, &f);
    assert_int_equal(f.limit_hits, 1);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.v[0].code, "AFTER");
    rules_findings_clear(&f);
    rules_free(book);
}

/* A match deeper than the 32 KiB of machine stack JIT code starts with is
 * run again on a bigger JIT stack: found, not counted as a limit hit. */
static void test_deep_match(void **state)
{
    fixture *fx = *state;
    write_text(fx, "d.ini", "[DEEP]\n" GOOD_HEAD "kind = pattern\npattern = (a)*末\n");
    rules_book *book = NULL;
    assert_int_equal(load(fx, &book), RULES_OK);
    enum { N = 6000 };
    char *text = malloc(N + 8);
    assert_non_null(text);
    memset(text, 'a', N);
    memcpy(text + N, "末", strlen("末") + 1);
    rules_findings f = { 0 };
    check_text(book, text, &f);
    assert_int_equal(f.limit_hits, 0);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.v[0].code, "DEEP");
    rules_findings_clear(&f);
    free(text);
    rules_free(book);
}

/* Write a rule whose patterns' alternation is too large for one compiled
 * PCRE2 regex (each bounded repeat is compiled out, 200 patterns of them):
 * prefix "" keeps every pattern prefiltered (anchored parts), "(?i)" (an
 * option the start-character reader does not take) sends the rule to PCRE2
 * alone (unanchored parts).  The
 * first pattern is ti[e], the last ti[e]ab (regexes: a keyword set would
 * take the longest), so which part wins a tie shows. */
static void write_big_rule(fixture *fx, const char *file, const char *code, const char *prefix)
{
    size_t cap = 64 * 1024, w = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    w += (size_t)snprintf(s + w, cap - w, "[%s]\n" GOOD_HEAD "kind = pattern\npattern = %sti[e]\n", code, prefix);
    for (int i = 0; i < 200; i++)
        w += (size_t)snprintf(s + w, cap - w, "pattern = %sk%03d(?:[a-z]z){0,20}m\n", prefix, i);
    w += (size_t)snprintf(s + w, cap - w, "pattern = %sti[e]ab\n", prefix);
    assert_true(w < cap);
    write_text(fx, file, s);
    free(s);
}

/* A rule whose alternation PCRE2 refuses as too large loads in parts and
 * finds what one alternation would: the leftmost match over all patterns,
 * the earlier pattern on a tie. */
static void test_parts(void **state)
{
    fixture *fx = *state;
    static const char *const prefix[] = { "", "(?i)" };
    for (int k = 0; k < 2; k++) {
        write_big_rule(fx, "big.ini", "BIG", prefix[k]);
        rules_book *book = NULL;
        assert_int_equal(load(fx, &book), RULES_OK);
        assert_int_equal(fx->n, 0);
        static const struct { const char *text; const char *matched; } cases[] = {
            { "前 k199azm 后 k000m", "k199azm" },   /* leftmost, though its part comes later */
            { "只有 k000m", "k000m" },
            { "只有 k150azbzm", "k150azbzm" },
            { "末尾 tieab", "tie" },                /* the first pattern wins a tie */
            { "没有 k20m k1m", NULL },
        };
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            rules_findings f = { 0 };
            check_text(book, cases[i].text, &f);
            if (!cases[i].matched) assert_int_equal(f.n, 0);
            else {
                assert_int_equal(f.n, 1);
                assert_string_equal(f.v[0].matched, cases[i].matched);
            }
            rules_findings_clear(&f);
        }
        rules_free(book);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_good, setup, teardown),
        cmocka_unit_test_setup_teardown(test_parts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_version_digest, setup, teardown),
        cmocka_unit_test_setup_teardown(test_every_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pattern_error_code, setup, teardown),
        cmocka_unit_test_setup_teardown(test_duplicate_across_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_pattern, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_keyword, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt, setup, teardown),
        cmocka_unit_test_setup_teardown(test_invalid_utf8_and_bounds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dirs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_load_with_normaliser, setup, teardown),
        cmocka_unit_test_setup_teardown(test_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lists_and_context, setup, teardown),
        cmocka_unit_test_setup_teardown(test_list_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_list_count, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deep_match, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
