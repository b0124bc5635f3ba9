/*
 * The parser's label sets and code reader (parser/util.c): a label set finds
 * exactly what one memmem pass per label finds, in the same order (license.c
 * and cert.c rely on it: their add() keeps the first sighting), and
 * parser_read_code reads licence-style and certificate-style values.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/internal.h"

static const char *const LABELS[] = {"统一社会信用代码", "社会信用代码", "信用代码", "营业执照",
                                     "USCC", "aa", "aba", "ab", "證書號", "證書號碼", NULL};

static void set_of(parser_labelset *s, const char *const *labels)
{
    parser_labelset_init(s);
    for (size_t i = 0; labels[i]; i++)
        parser_labelset_add(s, labels[i]);
}

/* The hits one memmem pass per label gives, in that order. */
static size_t reference(const char *const *labels, const char *t, size_t n, parser_label_hit *out,
                        size_t max)
{
    size_t k = 0;
    for (size_t li = 0; labels[li]; li++) {
        size_t l = strlen(labels[li]);
        for (const char *p = t; (p = memmem(p, (size_t)(t + n - p), labels[li], l)) != NULL;
             p += l)
            if (k < max)
                out[k++] = (parser_label_hit){.pos = (size_t)(p - t), .label = li};
    }
    return k;
}

static void same_as_memmem(const char *t, size_t n)
{
    parser_labelset s;
    set_of(&s, LABELS);
    parser_label_hit want[2048], *got;
    size_t nw = reference(LABELS, t, n, want, 2048);
    size_t ng = parser_labelset_all(&s, t, n, &got);
    assert_int_equal(ng, nw);
    for (size_t i = 0; i < nw; i++) {
        assert_int_equal(got[i].pos, want[i].pos);
        assert_int_equal(got[i].label, want[i].label);
    }
    free(got);
}

static void test_all_order(void **state)
{
    (void)state;
    /* nested labels, a label that overlaps itself ("aa" in "aaaa": 0 and 2,
     * as memmem resumed after each finds them), labels sharing a prefix */
    const char *t = "信用代码 统一社会信用代码：aaaab aba USCCUSCC 證書號碼 證書號 营业执照";
    same_as_memmem(t, strlen(t));
    parser_labelset s;
    set_of(&s, LABELS);
    parser_label_hit *h;
    assert_int_equal(parser_labelset_all(&s, "", 0, &h), 0);
    assert_null(h);
    assert_int_equal(parser_labelset_all(&s, "aaaa", 4, &h), 2);
    assert_int_equal(h[0].pos, 0);
    assert_int_equal(h[1].pos, 2);
    free(h);
    /* a label cut by the end of the text is not found */
    assert_int_equal(parser_labelset_all(&s, "USC", 3, &h), 0);
}

static void test_all_random(void **state)
{
    (void)state;
    static const char *const pieces[] = {"统一", "社会", "信用", "代码", "营业", "执照", "US",
                                         "CC", "a", "b", "證書", "號", "碼", " ", "：", "9"};
    char t[600];
    srand(7);
    for (int round = 0; round < 2000; round++) {
        size_t n = 0;
        while (n < sizeof t - 16) {
            const char *p = pieces[(size_t)rand() % (sizeof pieces / sizeof pieces[0])];
            size_t l = strlen(p);
            memcpy(t + n, p, l);
            n += l;
            if (rand() % 40 == 0)
                break;
        }
        same_as_memmem(t, n);
    }
}

static void test_next_and_at(void **state)
{
    (void)state;
    parser_labelset s;
    set_of(&s, LABELS);
    const char *t = "xx营业执照yy信用代码";
    size_t n = strlen(t);
    uint32_t f;
    assert_int_equal(parser_labelset_next(&s, t, 0, n, &f), 2);
    assert_int_equal(f, 1u << 3);
    /* the window must hold the whole label */
    assert_int_equal(parser_labelset_next(&s, t, 0, 2 + 11, &f), 2 + 11);
    assert_int_equal(f, 0);
    assert_int_equal(parser_labelset_next(&s, t, 3, n, &f), 16);
    assert_int_equal(f, 1u << 2);
    assert_int_equal(parser_labelset_at(&s, t, n, 16), 1u << 2);
    assert_int_equal(parser_labelset_at(&s, t, n, 0), 0);
    assert_int_equal(parser_labelset_at(&s, t, n, n - 1), 0);
    /* two labels at one offset */
    assert_int_equal(parser_labelset_at(&s, "aba", 3, 0), (1u << 6) | (1u << 7));
}

/* Licence-style and certificate-style rules, as license.c and cert.c set
 * them. */
static char alnum_char(uint32_t cp)
{
    cp = parser_fold_width(cp);
    if (cp >= 'a' && cp <= 'z')
        cp -= 'a' - 'A';
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ? (char)cp : 0;
}

static int lead(uint32_t cp)
{
    return cp == ':' || cp == 0xFF1A || cp == ' ' || cp == '-';
}

static int sep(uint32_t cp)
{
    return cp == ' ' || cp == '-' || cp == 0x3000;
}

static const parser_code_rules FIT18 = {
    .ch = alnum_char, .skip = lead, .max_skip = 6, .join = sep, .fit = 18, .stop_at_cap = 0};
static const parser_code_rules OPEN = {
    .ch = alnum_char, .skip = lead, .max_skip = 4, .join = sep, .fit = 0, .stop_at_cap = 1};

static void test_read_code(void **state)
{
    (void)state;
    char out[24];
    size_t st, end;
    /* full-width folded, groups joined, lead separators skipped */
    const char *t = "：９１３７０２ 028428-47304y，";
    size_t k = parser_read_code(t, strlen(t), 0, &FIT18, out, sizeof out, &st, &end);
    assert_int_equal(k, 18);
    assert_string_equal(out, "91370202842847304Y");
    assert_int_equal(st, 3);
    assert_int_equal(end, strlen(t) - 3);
    /* a group that would pass 18 is not joined */
    t = "123456789012345 6789";
    k = parser_read_code(t, strlen(t), 0, &FIT18, out, sizeof out, &st, &end);
    assert_int_equal(k, 15);
    assert_int_equal(end, 15);
    /* the count goes on past the copy unless stop_at_cap */
    t = "12345678901234567890123456789";
    k = parser_read_code(t, strlen(t), 0, &FIT18, out, 8, &st, &end);
    assert_int_equal(k, 29);
    assert_string_equal(out, "1234567");
    k = parser_read_code(t, strlen(t), 0, &OPEN, out, 8, &st, &end);
    assert_int_equal(k, 7);
    assert_int_equal(end, 7);
    /* fit 0: a join only before an ASCII value character */
    t = "AB 12 ３４";
    k = parser_read_code(t, strlen(t), 0, &OPEN, out, sizeof out, &st, &end);
    assert_string_equal(out, "AB12");
    assert_int_equal(end, 5);
    /* max_lines: one line break may sit before the value (a label above
     * it), not two, and not a line of other text */
    static const parser_code_rules LINE1 = {.ch = alnum_char, .skip = lead, .max_skip = 6,
                                            .max_lines = 1, .join = sep, .fit = 18};
    t = "\n91330106673959654P";
    assert_int_equal(parser_read_code(t, strlen(t), 0, &LINE1, out, sizeof out, &st, &end), 18);
    assert_int_equal(parser_read_code(t, strlen(t), 0, &FIT18, out, sizeof out, &st, &end), 0);
    t = "\n\n91330106673959654P";
    assert_int_equal(parser_read_code(t, strlen(t), 0, &LINE1, out, sizeof out, &st, &end), 0);
    t = "\n联系\n91330106673959654P";
    assert_int_equal(parser_read_code(t, strlen(t), 0, &LINE1, out, sizeof out, &st, &end), 0);
    /* nothing after the label */
    k = parser_read_code("：，", strlen("：，"), 0, &OPEN, out, sizeof out, &st, &end);
    assert_int_equal(k, 0);
    assert_string_equal(out, "");
    assert_int_equal(st, end);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_order),
        cmocka_unit_test(test_all_random),
        cmocka_unit_test(test_next_and_at),
        cmocka_unit_test(test_read_code),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
