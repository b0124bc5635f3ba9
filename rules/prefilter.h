/*
 * prefilter.h — private to the rules module: first-character analysis of
 * patterns and the keyword hash set (see prefilter.c).
 */
#ifndef WANGJIAN_RULES_PREFILTER_H
#define WANGJIAN_RULES_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

/* Add to bits (65536 bits, BMP) every character a match of pattern can start
 * with; *astral is set when one lies outside the BMP.  0, or -1 when the
 * analysis cannot tell (then bits may be partly filled: discard them). */
int rules_first_set(const char *pattern, uint8_t *bits, int *astral);

/* Two-character prefixes: (first << 21) | second, second RULES_PAIR_ANY
 * when a match may end after its first character or go on with anything. */
#define RULES_PAIR_ANY 0x1FFFFFu
typedef struct {
    uint64_t *v;    /* owned; may hold duplicates */
    size_t n, cap;
} rules_pairs;

/* Append to out every pair of first two characters a match of pattern can
 * begin with (see prefilter.c).  0, or -1 when the analysis cannot tell
 * (out is then as it was, apart from its capacity). */
int rules_pair_set(const char *pattern, rules_pairs *out);

/* 1 when pattern has no regex metacharacter: a keyword. */
int rules_is_keyword(const char *pattern);

typedef struct {
    char *s;        /* normalised keyword, owned */
    size_t len;
    uint64_t key;   /* first two code points */
} rules_kw;

typedef struct {
    rules_kw *v;
    size_t n, cap;
    uint32_t *slots; /* open addressing: key -> 1 + index of its first entry */
    size_t mask;
} rules_kwset;

/* Take ownership of s (normalised keyword of len > 0 bytes).  0 or -1. */
int rules_kwset_add(rules_kwset *k, char *s, size_t len);
/* Index the keywords and add their first characters to bits.  0 or -1. */
int rules_kwset_build(rules_kwset *k, uint8_t *bits, int *astral);
/* Length of the longest keyword at t (left bytes available), or 0. */
size_t rules_kwset_match(const rules_kwset *k, const char *t, size_t left);
void rules_kwset_clear(rules_kwset *k);

#endif
