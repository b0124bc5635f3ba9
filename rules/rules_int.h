/*
 * rules_int.h — private to the rules module: the rulebook layout shared by
 * load.c (INI reader, compiler), norm.c (text normalisation) and check.c
 * (matching and built-in kinds).  Nothing here is part of the contract.
 */
#ifndef WANGJIAN_RULES_INT_H
#define WANGJIAN_RULES_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>
#include "../reader/reader.h"
#include "prefilter.h"
#include "rules.h"

/* Bounds on what a rule directory may contain (hostile or broken files). */
#define RULES_MAX_FILES 256
#define RULES_MAX_FILE_BYTES (4u << 20)
#define RULES_MAX_LINE 4096
#define RULES_MAX_RULES 512
#define RULES_MAX_PATTERNS 4096      /* per rule, pattern + allow + allow_near */
#define RULES_MAX_PATTERN_LEN 1024   /* bytes, one pattern line */
#define RULES_MAX_RULE_BYTES (512u * 1024u) /* all patterns of one rule */
#define RULES_MAX_DIAGS_PER_FILE 50
#define RULES_MAX_NEAR 200           /* allow_near window, characters */
#define RULES_MAX_NEGATE_WINDOW 50   /* negate window, characters */
#define RULES_MAX_LISTS 128          /* named lists [@NAME] in a directory */
#define RULES_MAX_EXPANDED 16384     /* bytes of one pattern after {@NAME} expansion */
#define RULES_SENTENCE_MAX 120       /* allow_sentence: characters searched each side */

/* PCRE2 limits per match call: hostile text or a bad pattern stops here. */
#define RULES_MATCH_LIMIT 5000000u
#define RULES_DEPTH_LIMIT 10000u
#define RULES_HEAP_LIMIT_KIB 20000u

typedef enum {
    RK_PATTERN = 0,
    RK_LICENSE_MISSING,
    RK_LICENSE_INVALID,
    RK_LICENSE_MISMATCH,
    RK_ICP_MISSING,
    RK_ICP_INVALID,
    RK_MARK_MISSING,
    RK_FAKE_ORIGINAL_PRICE,
    RK_HONOUR,       /* patterns (abolished honours) + malformed certificate numbers (honour.c) */
    RK_COUNT
} rules_kind;

enum { RULES_SCOPE_TEXT = 1, RULES_SCOPE_TITLE = 2 };

/* At most this many compiled parts of one rule's pattern alternation. */
#define RULES_RE_PARTS 8

typedef struct {
    char code[32];
    char *title, *category, *basis; /* owned */
    const char *severity;           /* static string */
    rules_kind kind;
    int scope;       /* RULES_SCOPE_* bits */
    int home_only;
    int enabled;
    const char *authority; /* "market" or "telecom" (static): who a lead goes to */
    int near;        /* allow_near window in characters */
    int negate_window; /* characters before a match searched for a negate cue */
    /* Patterns.  With start_bits (prefiltered): re holds the regex patterns,
     * compiled anchored, tried only where the text has a character from
     * start_bits; kw holds the keyword patterns.  Without start_bits: re
     * holds every pattern, unanchored, scanned by PCRE2 alone.  The
     * alternation is one compiled regex unless PCRE2's compiled-size limit
     * (64 KiB with Debian's link size) refuses it: then consecutive parts of
     * the pattern list, in order, re[0] .. re[n_re - 1]; a match is the
     * leftmost over the parts, the earlier part on a tie, as one alternation
     * would choose. */
    pcre2_code *re[RULES_RE_PARTS];
    int n_re;
    uint8_t *start_bits;    /* 65536 bits, owned, or NULL */
    int start_astral;       /* a match may start outside the BMP */
    rules_kwset kw;
    rules_pairs pairs;      /* first two characters of every match (prefiltered rules) */
    int cand_bit;           /* this rule's bit in cand.mask (check.c), or -1 */
    pcre2_code *allow;      /* contexts that must overlap the match, or NULL */
    pcre2_code *allow_near; /* contexts anywhere within `near` characters, or NULL */
    pcre2_code *negate;     /* cues just before a match in its clause, or NULL */
    pcre2_code *allow_sentence; /* contexts anywhere in the match's sentence, or NULL */
} rules_rule;

typedef struct {
    uint64_t rules;         /* rules a match of which can start with this character */
    uint64_t any;           /* ... of them, those with any second character */
} rules_first;

#define RULES_PAIR_USED (1ull << 63)
#define RULES_MAX_MASKED 64

/* Slot of pair (first << 21 | second) in b's pair table. */
static inline size_t rules_pair_slot(uint64_t pair, size_t mask)
{
    pair *= 0x9E3779B97F4A7C15ull;
    return (size_t)(pair >> 40) & mask;
}

struct rules_book {
    rules_rule *v;
    size_t n;
    uint16_t *t2s;          /* BMP t2s table from OpenCC (0 = unchanged), owned */
    uint8_t *cand_bits;     /* union of the rules' start_bits, owned */
    int cand_astral;
    /* Two-character filter over the first 64 prefiltered rules (bit
     * cand_bit each): a position is worth trying for a rule only when the
     * rule has its first character with any second (first[].any) or the
     * pair of its first two characters (pair table).  All owned. */
    uint16_t *first_idx;    /* 65536 entries: 1 + index into first, or 0 */
    rules_first *first;
    size_t n_first;
    uint64_t *pair_key;     /* open addressing: RULES_PAIR_USED | pair, or 0 */
    uint64_t *pair_rules;   /* the rules having that pair */
    size_t pair_mask;
    uint64_t astral_rules;  /* rules that may start outside the BMP: never filtered there */
    int all_masked;         /* every prefiltered rule has a cand_bit */
    char version[64];       /* declared in the directory's VERSION file */
    char sha256[65];        /* rules_book_digest */
    reader_model *reader;   /* the second reader (reader.model), owned, or NULL */
};

extern const char *const rules_kind_names[RK_COUNT];

/* honour.c: the first certificate number page displays that no certificate
 * of its kind can carry (parser_cert.well_formed == 0), or NULL.  Borrowed
 * from page. */
const parser_cert *rules_honour_bad_cert(const parser_page *page);

/* norm.c: OpenCC handle for t2s, or NULL.  Close with rules_cc_close. */
void *rules_cc_open(void);
void rules_cc_close(void *cc);
/* 65536 entries (caller frees): the simplified form of each BMP character
 * that t2s changes into one other BMP character, 0 elsewhere; NULL on
 * failure. */
uint16_t *rules_t2s_table(void *cc);
/* A copy of n's t2s table (caller frees), or NULL on ENOMEM. */
uint16_t *rules_normaliser_table(const rules_normaliser *n);
/* rules_normalise with a t2s table (NULL: no t2s). */
rules_result rules_norm(const uint16_t *table, const char *in, size_t len,
                        char **out, size_t *out_len, size_t **map);

#endif
