/*
 * test_rules_prefilter.c — the first-character analysis and the keyword set
 * that keep large rulebooks fast (rules/prefilter.c, a module-private
 * header), and their effect through the public API: keywords normalised like
 * text, prefiltered and plain rules agreeing on the same texts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "rules/prefilter.h"
#include "rules/rules.h"

typedef struct {
    const char *pattern;
    const char *starts; /* every start character, UTF-8; NULL when the analysis must give up */
} fs_case;

static const fs_case fs_cases[] = {
    { "高仿", "高" },
    { "高仿(?!真)|精仿", "高精" },
    { "(?<![a-z0-9])a\\h*货(?![架区道])", "aA" },
    { "(?:顶级|高端)复刻", "顶高" },
    { "(?<![\\d.:])1\\h*:\\h*1(?![\\d.:])", "1" },
    { "不(?:支持|提供)\\h*(?:7|七)", "不" },
    { "(?:好评|晒图)[^。!?\\n]{0,10}?(?:返|送)", "好晒" },
    { "x?高", "xX高" },
    { "(?:a|b)*c", "aAbBcC" },
    { "[0-2]号", "012" },
    { "\\d+元", "0123456789" },
    { "\\bno\\.?1", "nN" },
    { "s", "sS\xC5\xBF" },           /* caseless s also matches U+017F */
    { ".仿", NULL },                  /* any character */
    { "[^a]仿", NULL },               /* negated class */
    { "\\w+", NULL },
    { "(?i)abc", NULL },              /* inline options */
    { "a*", NULL },                   /* can be empty */
    { "(?=高)", NULL },
    { "(abc", NULL },
    { "\\x{9AD8}", NULL },
    { "ä", NULL },                    /* a letter with case variants outside ASCII */
};

static int has(const uint8_t *bits, uint32_t c)
{
    return (bits[c >> 3] >> (c & 7)) & 1;
}

static uint32_t dec(const char **s)
{
    const unsigned char *u = (const unsigned char *)*s;
    uint32_t c;
    size_t l;
    if (u[0] < 0x80) { c = u[0]; l = 1; }
    else if (u[0] < 0xE0) { c = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu); l = 2; }
    else { c = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu); l = 3; }
    *s += l;
    return c;
}

static void test_first_set(void **state)
{
    (void)state;
    uint8_t *bits = malloc(65536 / 8);
    assert_non_null(bits);
    for (size_t i = 0; i < sizeof fs_cases / sizeof fs_cases[0]; i++) {
        const fs_case *c = &fs_cases[i];
        memset(bits, 0, 65536 / 8);
        int astral = 0;
        int rc = rules_first_set(c->pattern, bits, &astral);
        if (!c->starts) {
            if (rc != -1) fail_msg("'%s': analysis should give up", c->pattern);
            continue;
        }
        if (rc != 0) fail_msg("'%s': analysis gave up", c->pattern);
        int want = 0, got = 0;
        for (const char *s = c->starts; *s;) {
            uint32_t cp = dec(&s);
            if (!has(bits, cp)) fail_msg("'%s': U+%04X missing", c->pattern, cp);
            want++;
        }
        for (uint32_t cp = 0; cp < 65536; cp++) got += has(bits, cp);
        if (got != want) fail_msg("'%s': %d start characters, want %d", c->pattern, got, want);
        assert_false(astral);
    }
    free(bits);
}

/* Two-character prefixes: "pairs" lists every pair, space-separated, '*'
 * for "any second character or none"; NULL when the analysis must give up
 * (the loader then keeps the first characters alone, or no prefilter). */
typedef struct {
    const char *pattern;
    const char *pairs;
} pair_case;

static const pair_case pair_cases[] = {
    { "高仿", "高仿" },
    { "高仿(?!真)|精仿", "高仿 精仿" },                 /* alternation */
    { "(?:顶级|高端)复刻", "顶级 高端" },
    { "[高精]仿", "高仿 精仿" },
    { "(高|精)?仿", "高仿 精仿 仿*" },                  /* optional group: the match may start later */
    { "高(?:仿|精)?", "高仿 高精 高*" },                /* optional second: the match may end */
    { "x?高", "x高 X高 高*" },                          /* caseless letters: both cases */
    { "(?:a|)b", "ab aB Ab AB b* B*" },
    { "哈{2,}", "哈哈 哈*" },                           /* a repeat pairs the item with itself */
    { "\\d{0,1}元", "0元 1元 2元 3元 4元 5元 6元 7元 8元 9元 元*" },
    { "(?<=x)高仿", "高仿" },                           /* lookbehind: not part of the match */
    { "最(?<=规模最|产量最)(?:大|多)", "最大 最多" },
    { "过(?<=[卖用]过)的?最", "过的 过最" },
    { "高(?=仿)", "高*" },                              /* lookahead: any second */
    { "高$", "高*" },
    { "高\\s*仿", "高仿 高*" },                         /* \s: not listed */
    { "仿\\w", "仿*" },
    { "最好的[^,。]{1,6}就在", "最好" },               /* negated class after the pair */
    { "(?:全网|全国)[^,]{0,8}?最", "全网 全国" },
    { "\\bno\\.?1", "no nO No NO" },
    { "s", "s* S* \xC5\xBF*" },                         /* one-character match: any second */
    { "仿ä", "仿*" },                                   /* case variants outside ASCII: any */
    { "(?<n>高)仿", "高仿" },
    { ".仿", NULL },                                    /* could start anywhere */
    { "[^a]仿", NULL },
    { "\\w+", NULL },
    { "ä仿", NULL },
    { "(?i)abc", NULL },
    { "a*", NULL },                                     /* can be empty */
    { "(?:高|)(?:仿|)", NULL },
    { "(?=高)", NULL },
    { "(abc", NULL },
    { "高\\R", NULL },                                  /* \R may match two characters */
    { "高\\Q仿", NULL },
};

static uint64_t pair_of(const char **s)
{
    uint64_t c1 = dec(s);
    if (**s == '*') { (*s)++; return (c1 << 21) | RULES_PAIR_ANY; }
    return (c1 << 21) | dec(s);
}

static int cmp_pair(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void test_pair_set(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof pair_cases / sizeof pair_cases[0]; i++) {
        const pair_case *c = &pair_cases[i];
        rules_pairs p = { NULL, 0, 0 };
        int rc = rules_pair_set(c->pattern, &p);
        if (!c->pairs) {
            if (rc != -1) fail_msg("'%s': pair analysis should give up", c->pattern);
            assert_int_equal(p.n, 0);
            free(p.v);
            continue;
        }
        if (rc != 0) fail_msg("'%s': pair analysis gave up", c->pattern);
        qsort(p.v, p.n, sizeof *p.v, cmp_pair);
        size_t n = 0;
        for (size_t k = 0; k < p.n; k++)
            if (k == 0 || p.v[k] != p.v[k - 1]) p.v[n++] = p.v[k];
        size_t want = 0;
        for (const char *s = c->pairs; *s;) {
            uint64_t k = pair_of(&s);
            if (!bsearch(&k, p.v, n, sizeof *p.v, cmp_pair))
                fail_msg("'%s': pair %zu of '%s' missing", c->pattern, want, c->pairs);
            want++;
            while (*s == ' ') s++;
        }
        if (n != want) fail_msg("'%s': %zu pairs, want %zu", c->pattern, n, want);
        free(p.v);
    }
    /* a failed analysis leaves what was there */
    rules_pairs p = { NULL, 0, 0 };
    assert_int_equal(rules_pair_set("高仿", &p), 0);
    assert_int_equal(rules_pair_set(".仿", &p), -1);
    assert_int_equal(p.n, 1);
    free(p.v);
}

static void test_kwset(void **state)
{
    (void)state;
    rules_kwset k;
    memset(&k, 0, sizeof k);
    const char *words[] = { "高仿", "高仿包", "仿", "abc", "驰名商标" };
    for (size_t i = 0; i < 5; i++) assert_int_equal(rules_kwset_add(&k, strdup(words[i]), strlen(words[i])), 0);
    uint8_t *bits = calloc(65536 / 8, 1);
    int astral = 0;
    assert_non_null(bits);
    assert_int_equal(rules_kwset_build(&k, bits, &astral), 0);
    assert_true(has(bits, 0x9AD8) && has(bits, 0x4EFF) && has(bits, 'a') && has(bits, 0x9A70));
    const char *t = "高仿包包";
    assert_int_equal(rules_kwset_match(&k, t, strlen(t)), strlen("高仿包")); /* longest first */
    t = "高仿";
    assert_int_equal(rules_kwset_match(&k, t, strlen(t)), strlen("高仿"));
    t = "仿真";
    assert_int_equal(rules_kwset_match(&k, t, strlen(t)), strlen("仿")); /* one-character keyword */
    t = "高大";
    assert_int_equal(rules_kwset_match(&k, t, strlen(t)), 0);
    t = "驰名商";
    assert_int_equal(rules_kwset_match(&k, t, strlen(t)), 0); /* never past the end */
    t = "abc";
    assert_int_equal(rules_kwset_match(&k, t, 2), 0);
    rules_kwset_clear(&k);
    rules_kwset_clear(&k);
    free(bits);
}

/* Through the public API: a keyword written in traditional / full-width form
 * is normalised at load; a rule the analysis cannot prefilter (it uses '.')
 * finds the same things as the prefiltered one. */
static void test_keywords_and_modes(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_rules_pf.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/k.ini", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("[KW]\ntitle = t\nseverity = low\ncategory = c\nbasis = b\nkind = pattern\n"
          "pattern = 高倣\npattern = Ａ貨\npattern = 原单(?!位)\nallow = 拒绝高仿\n"
          "[PLAIN]\ntitle = t\nseverity = low\ncategory = c\nbasis = b\nkind = pattern\n"
          "pattern = 高仿(?:.|$)\npattern = Ａ貨\npattern = 原单(?!位)\nallow = 拒绝高仿\n", f);
    fclose(f);
    rules_book *book = NULL;
    assert_int_equal(rules_load(dir, NULL, NULL, &book), RULES_OK);
    unlink(path);
    rmdir(dir);
    static const struct { const char *text; const char *matched; } cases[] = {
        { "拒绝高仿 原单位 正品", NULL },
        { "拒绝高仿，外贸原单", "原单" },
        { "新款 高 仿 包", "高 仿" },
        { "A貨 LV", "A貨" },
        { "原单位 高仿!", "高仿" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parser_page p;
        memset(&p, 0, sizeof p);
        p.text = (char *)cases[i].text;
        p.text_len = strlen(p.text);
        rules_findings fs = { 0 };
        assert_int_equal(rules_check_page(book, &p, NULL, &fs), RULES_OK);
        if (!cases[i].matched) {
            assert_int_equal(fs.n, 0);
        } else {
            assert_int_equal(fs.n, 2);
            assert_string_equal(fs.v[0].code, "KW");
            assert_string_equal(fs.v[1].code, "PLAIN");
            assert_int_equal(fs.v[0].text_off, fs.v[1].text_off);
            if (strncmp(fs.v[0].matched, cases[i].matched, strlen(cases[i].matched)) != 0)
                fail_msg("'%s': matched '%s'", cases[i].text, fs.v[0].matched);
        }
        rules_findings_clear(&fs);
    }
    rules_free(book);
}

/* The two-character filter through the public API: each pattern as a
 * prefiltered rule (P) and as a plain one (Q, made unanalysable by a second
 * pattern that never matches) must find the same first match on every
 * text, at text ends, after near misses and with {@LIST} expansions. */
static const char *const filter_patterns[] = {
    "高仿?", "(高|精)?仿", "x?高", "哈{2,}", "最(?<=规模最|产量最)(?:大|多)", "{@FAKE}货",
    "仿", "原单", "高(?=仿)", "\xF0\xA0\x80\x80仿", "\\d{1,2}元", "(?:全网|全国)[^,]{0,3}?最低",
    "no\\.?1", "假[一1]赔[十10]+",
};

static const char *const filter_texts[] = {
    "高", "新款高", "高大上 高仿包", "精仿", "仿", "规模最大", "产量最少，规模最多", "X高", "ｘ高",
    "哈", "哈哈哈", "a货", "A貨 高仿货", "原 单 原单", "外贸原", "\xF0\xA0\x80\x80仿", "\xF0\xA0\x80\x80",
    "12元", "1元", "全网，最低 全国几乎最低", "NO.1", "no1", "假一赔十", "假1赔10", "假二赔十", "",
    "高！仿", "高 * 仿",
};

static void test_pair_filter(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_rules_pair.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/p.ini", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("[@FAKE]\nitem = 高仿\nitem = a\n", f);
    size_t np = sizeof filter_patterns / sizeof filter_patterns[0];
    for (size_t i = 0; i < np; i++) {
        fprintf(f, "[P%zu]\ntitle = t\nseverity = low\ncategory = c\nbasis = b\nkind = pattern\n"
                   "pattern = %s\n", i, filter_patterns[i]);
        fprintf(f, "[Q%zu]\ntitle = t\nseverity = low\ncategory = c\nbasis = b\nkind = pattern\n"
                   "pattern = %s\npattern = \\x{E000}.\n", i, filter_patterns[i]);
    }
    fclose(f);
    rules_book *book = NULL;
    assert_int_equal(rules_load(dir, NULL, NULL, &book), RULES_OK);
    unlink(path);
    rmdir(dir);
    int found = 0;
    for (size_t i = 0; i < sizeof filter_texts / sizeof filter_texts[0]; i++) {
        parser_page p;
        memset(&p, 0, sizeof p);
        p.text = (char *)filter_texts[i];
        p.text_len = strlen(p.text);
        rules_findings fs = { 0 };
        assert_int_equal(rules_check_page(book, &p, NULL, &fs), RULES_OK);
        for (size_t k = 0; k < np; k++) {
            char pc[16], qc[16];
            snprintf(pc, sizeof pc, "P%zu", k);
            snprintf(qc, sizeof qc, "Q%zu", k);
            const rules_finding *a = NULL, *b = NULL;
            for (size_t j = 0; j < fs.n; j++) {
                if (!strcmp(fs.v[j].code, pc)) a = &fs.v[j];
                if (!strcmp(fs.v[j].code, qc)) b = &fs.v[j];
            }
            if (!a != !b) fail_msg("'%s' on '%s': %s", filter_patterns[k], filter_texts[i],
                                   a ? "only the prefiltered rule matched" : "the prefiltered rule missed");
            if (a && (a->text_off != b->text_off || strcmp(a->matched, b->matched)))
                fail_msg("'%s' on '%s': '%s' at %zu, plain '%s' at %zu", filter_patterns[k], filter_texts[i],
                         a->matched, a->text_off, b->matched, b->text_off);
            found += a != NULL;
        }
        rules_findings_clear(&fs);
    }
    assert_true(found > 30);
    rules_free(book);
}

/* More prefiltered rules than the filter has bits: the rest are still
 * tried at their first characters. */
static void test_pair_filter_many_rules(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_rules_many.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/m.ini", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    static const char *const pats[] = { "高仿", "原单", "仿(?:货|品)", "最(?:低|高)" };
    for (int i = 0; i < 80; i++)
        fprintf(f, "[M%02d]\ntitle = t\nseverity = low\ncategory = c\nbasis = b\nkind = pattern\npattern = %s\n",
                i, pats[i % 4]);
    fclose(f);
    rules_book *book = NULL;
    assert_int_equal(rules_load(dir, NULL, NULL, &book), RULES_OK);
    unlink(path);
    rmdir(dir);
    parser_page p;
    memset(&p, 0, sizeof p);
    p.text = (char *)"高大 最好 原单 高仿 仿品 最低";
    p.text_len = strlen(p.text);
    rules_findings fs = { 0 };
    assert_int_equal(rules_check_page(book, &p, NULL, &fs), RULES_OK);
    assert_int_equal(fs.n, 80);
    for (size_t j = 0; j < fs.n; j++) {
        const char *want = j % 4 == 0 ? "高仿" : j % 4 == 1 ? "原单" : j % 4 == 2 ? "仿品" : "最低";
        assert_string_equal(fs.v[j].matched, want);
    }
    rules_findings_clear(&fs);
    p.text = (char *)"高大 最好 原来 仿佛";
    p.text_len = strlen(p.text);
    assert_int_equal(rules_check_page(book, &p, NULL, &fs), RULES_OK);
    assert_int_equal(fs.n, 0);
    rules_findings_clear(&fs);
    rules_free(book);
}

/* Every regex pattern of the shipped rulebook is analysable (lists
 * expanded as the loader does), so no default rule falls back to a plain
 * scan of the whole page: one such pattern halves `make bench-rules`. */
#define MAX_LISTS 128 /* RULES_MAX_LISTS (rules/rules_int.h) */
static char list_name[MAX_LISTS][40], list_alt[MAX_LISTS][8192];
static int nlists, open_list = -1;

static void expand(const char *v, char *out, size_t cap)
{
    size_t w = 0;
    while (*v && w + 1 < cap) {
        const char *end = v[0] == '{' && v[1] == '@' ? strchr(v, '}') : NULL;
        int k = -1;
        for (int i = 0; end && i < nlists; i++)
            if (strlen(list_name[i]) == (size_t)(end - v - 2) && !strncmp(list_name[i], v + 2, (size_t)(end - v - 2)))
                k = i;
        if (k >= 0) {
            w += (size_t)snprintf(out + w, cap - w, "%s", list_alt[k]);
            v = end + 1;
        } else {
            out[w++] = *v++;
        }
    }
    out[w < cap ? w : cap - 1] = '\0';
}

static void close_list(void)
{
    if (open_list < 0) return;
    size_t n = strlen(list_alt[open_list]);
    snprintf(list_alt[open_list] + n, sizeof list_alt[0] - n, ")");
    open_list = -1;
}

static void scan_file(const char *path, int *patterns)
{
    FILE *f = fopen(path, "r");
    if (!f) fail_msg("cannot open %s", path);
    char line[4096], x[16384];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '[') {
            close_list();
            if (line[1] == '@') {
                assert_true(nlists < MAX_LISTS);
                snprintf(list_name[nlists], sizeof list_name[0], "%.*s", (int)strcspn(line + 2, "]"), line + 2);
                snprintf(list_alt[nlists], sizeof list_alt[0], "(?:");
                open_list = nlists++;
            }
            continue;
        }
        const char *v = strchr(line, '=');
        if (!v || line[0] == ';') continue;
        for (v++; *v == ' '; v++) {}
        expand(v, x, sizeof x);
        if (open_list >= 0 && !strncmp(line, "item", 4)) {
            char *alt = list_alt[open_list];
            size_t n = strlen(alt);
            snprintf(alt + n, sizeof list_alt[0] - n, "%s(?:%s)", n > 3 ? "|" : "", x);
        } else if (!strncmp(line, "pattern", 7) && !rules_is_keyword(x)) {
            uint8_t bits[65536 / 8] = { 0 };
            int astral = 0;
            if (rules_first_set(x, bits, &astral) != 0) fail_msg("%s: not analysable: %s", path, v);
            (*patterns)++;
        }
    }
    close_list();
    fclose(f);
}

static void test_default_rules_prefiltered(void **state)
{
    (void)state;
    const char *d = getenv("WANGJIAN_RULES_DIR");
    static const char *const files[] = { "00-lists.ini", "advertising.ini", "claims.ini",
        "counterfeit.ini", "goods.ini", "returns.ini", "reviews.ini" };
    int patterns = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", d && *d ? d : "rules/default", files[i]);
        scan_file(path, &patterns);
    }
    assert_true(patterns > 40);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_set),
        cmocka_unit_test(test_pair_set),
        cmocka_unit_test(test_kwset),
        cmocka_unit_test(test_keywords_and_modes),
        cmocka_unit_test(test_pair_filter),
        cmocka_unit_test(test_pair_filter_many_rules),
        cmocka_unit_test(test_default_rules_prefiltered),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
