/*
 * test_rules_norm.c — rules_normalise: output text and the exact offset map.
 * Table rows give input, expected output and the expected map (input byte
 * offset of every output byte), so a one-byte error in the map fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules/rules.h"

typedef struct {
    const char *in;
    const char *out;
    size_t map[24];  /* one entry per output byte, then map[out_len] == strlen(in) */
} norm_case;

static const norm_case cases[] = {
    /* full-width letter → ASCII, folded: all output bytes → its first byte */
    { "Ａ货", "a货", { 0, 3, 4, 5, 6 } },
    /* Latin case folding keeps one byte per byte */
    { "AbC", "abc", { 0, 1, 2, 3 } },
    /* U+3000 between Latin letters is a space; between CJK it is dropped */
    { "a\xE3\x80\x80" "b", "a b", { 0, 1, 4, 5 } },
    { "高\xE3\x80\x80仿", "高仿", { 0, 1, 2, 6, 7, 8, 9 } },
    /* zero-width characters vanish */
    { "高\xE2\x80\x8B仿", "高仿", { 0, 1, 2, 6, 7, 8, 9 } },
    { "a\xC2\xAD" "b\xEF\xBB\xBF", "ab", { 0, 3, 7 } },
    /* separators between two CJK characters */
    { "高 仿", "高仿", { 0, 1, 2, 4, 5, 6, 7 } },
    { "高*仿", "高仿", { 0, 1, 2, 4, 5, 6, 7 } },
    { "高-仿", "高仿", { 0, 1, 2, 4, 5, 6, 7 } },
    { "高.仿", "高仿", { 0, 1, 2, 4, 5, 6, 7 } },
    { "高_仿", "高仿", { 0, 1, 2, 4, 5, 6, 7 } },
    { "高 * _ 仿", "高仿", { 0, 1, 2, 8, 9, 10, 11 } },
    { "高＊仿", "高仿", { 0, 1, 2, 6, 7, 8, 9 } },
    /* ... but not elsewhere, and never sentence punctuation or newlines */
    { "a - b", "a - b", { 0, 1, 2, 3, 4, 5 } },
    { "高 a", "高 a", { 0, 1, 2, 3, 4, 5 } },
    { "高\n仿", "高\n仿", { 0, 1, 2, 3, 4, 5, 6, 7 } },
    { "高。仿", "高。仿", { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 } },
    /* traditional → simplified (OpenCC t2s), per character */
    { "廣告", "广告", { 0, 0, 0, 3, 4, 5, 6 } },
    { "高倣", "高仿", { 0, 1, 2, 3, 3, 3, 6 } },
    { "A貨", "a货", { 0, 1, 1, 1, 4 } },
    /* invalid byte → U+FFFD mapped to it */
    { "\xFF高", "\xEF\xBF\xBD高", { 0, 0, 0, 1, 2, 3, 4 } },
    { "", "", { 0 } },
};

static void run_case(const norm_case *c, int use_book, rules_book *book)
{
    char *out = NULL;
    size_t out_len = 0, *map = NULL;
    size_t len = strlen(c->in);
    rules_result r = use_book ? rules_book_normalise(book, c->in, len, &out, &out_len, &map)
                              : rules_normalise(c->in, len, &out, &out_len, &map);
    assert_int_equal(r, RULES_OK);
    if (strcmp(out, c->out) != 0) fail_msg("normalise('%s') = '%s', want '%s'", c->in, out, c->out);
    assert_int_equal(out_len, strlen(c->out));
    for (size_t i = 0; i < out_len; i++)
        if (map[i] != c->map[i]) fail_msg("'%s': map[%zu] = %zu, want %zu", c->in, i, map[i], c->map[i]);
    assert_int_equal(map[out_len], len);
    free(out);
    free(map);
}

static void test_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) run_case(&cases[i], 0, NULL);
}

static const char *rules_dir(void)
{
    const char *d = getenv("WANGJIAN_RULES_DIR");
    return d && *d ? d : "rules/default";
}

/* The rulebook's gated conversion gives the same result as the plain one. */
static void test_book_same(void **state)
{
    (void)state;
    rules_book *book = NULL;
    assert_int_equal(rules_load(rules_dir(), NULL, NULL, &book), RULES_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) run_case(&cases[i], 1, book);
    rules_free(book);
}

/* Longer traditional text: converted character by character, and every
 * output character starts at the input character with the same index. */
static void test_trad_text(void **state)
{
    (void)state;
    const char *in = "乾燥的天氣，開發軟體；廣告不得使用「國家級」";
    char *out = NULL;
    size_t out_len = 0, *map = NULL;
    assert_int_equal(rules_normalise(in, strlen(in), &out, &out_len, &map), RULES_OK);
    assert_string_equal(out, "干燥的天气,开发软体;广告不得使用「国家级」");
    size_t ci = 0, ii = 0;
    for (size_t o = 0; o < out_len; ci++) {
        assert_int_equal(map[o], ii);
        o += ((unsigned char)out[o] < 0x80) ? 1 : 3;
        ii += 3;
    }
    assert_int_equal(ci, 22);
    free(out);
    free(map);
}

static void test_args(void **state)
{
    (void)state;
    char *out;
    size_t n, *map;
    assert_int_equal(rules_normalise(NULL, 3, &out, &n, &map), RULES_EINVAL);
    assert_int_equal(rules_book_normalise(NULL, "a", 1, &out, &n, &map), RULES_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_book_same),
        cmocka_unit_test(test_trad_text),
        cmocka_unit_test(test_args),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
