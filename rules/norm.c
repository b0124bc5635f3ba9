/*
 * norm.c — text normalisation for matching, with an exact offset map.
 *
 * One pass over the input, character by character:
 *   - invalid UTF-8 bytes become U+FFFD (so PCRE2 can skip its UTF check);
 *     zero-width characters (U+200B-200D, U+2060, U+FEFF, U+00AD) vanish;
 *     full-width ASCII U+FF01-FF5E becomes ASCII, U+3000 a space; ASCII
 *     letters are folded to lower case; a few variant characters OpenCC keeps
 *     (倣, 髙) become their common form;
 *   - traditional → simplified with OpenCC t2s, character by character, so
 *     character i of the output always came from character i of the input.
 *     OpenCC converts every BMP CJK character once (rules_t2s_table, at
 *     rulebook load) and matching costs one table lookup per character, never
 *     an OpenCC call.  The price: phrase context is lost (乾隆 reads 干隆),
 *     which no rule depends on;
 *   - a run of separators (spaces, obfuscation symbols such as * - . _ ~ |
 *     and middle dots) between two CJK characters is removed: 高 * 仿 → 高仿.
 *     Separators are written out and taken back (the output position rewound)
 *     when the next character turns out to be CJK.  Sentence punctuation
 *     (，。、；：！？) and newlines are kept, so two sentences or two blocks
 *     never fuse into one word.
 * Map: each output byte of a character kept as is maps to the matching input
 * byte; every output byte of a transformed character maps to its first input
 * byte.
 */
#include <opencc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules_int.h"

/* Decode one UTF-8 sequence at s (n bytes left); returns its length, or 0 when
 * the byte at s does not start a valid, shortest-form sequence. */
static size_t utf8_dec(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    size_t len;
    uint32_t c, min;
    if ((s[0] & 0xE0) == 0xC0) { len = 2; c = s[0] & 0x1F; min = 0x80; }
    else if ((s[0] & 0xF0) == 0xE0) { len = 3; c = s[0] & 0x0F; min = 0x800; }
    else if ((s[0] & 0xF8) == 0xF0) { len = 4; c = s[0] & 0x07; min = 0x10000; }
    else return 0;
    if (len > n) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return len;
}

static size_t utf8_enc(uint32_t cp, char *o)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ASCII separators (see is_sep). */
static const unsigned char ascii_sep[128] = {
    ['\t'] = 1, [' '] = 1, ['*'] = 1, ['-'] = 1, ['.'] = 1, ['_'] = 1, ['~'] = 1, ['/'] = 1,
    ['\\'] = 1, ['|'] = 1, ['+'] = 1, ['#'] = 1, ['@'] = 1, ['^'] = 1, ['='] = 1, ['`'] = 1,
    ['\''] = 1, ['"'] = 1, ['&'] = 1, ['%'] = 1, ['$'] = 1,
};

static int is_cjk(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

/* Characters used to split a word apart; removed only between two CJK. */
static int is_sep(uint32_t c)
{
    if (c < 0x80) return ascii_sep[c];
    switch (c) {
    case 0xA0: case 0x3000: case 0xB7: case 0xD7: case 0x2022: case 0x2027: case 0x2219: case 0x22C5:
    case 0x30FB: case 0x2014: case 0x2015: case 0x2026: case 0x203B: case 0x2605:
    case 0x2606: case 0x2665: case 0x2764: case 0x25CF: case 0x25CB: case 0xFF65:
        return 1;
    default:
        return 0;
    }
}

/* Variant characters OpenCC's t2s leaves alone but sellers use to dodge
 * keyword lists (倣 for 仿, 髙 for 高).  Sorted by code point. */
static uint32_t variant(uint32_t c)
{
    static const uint32_t v[][2] = {
        { 0x5023, 0x4EFF }, { 0x58F2, 0x5356 }, { 0x9AD9, 0x9AD8 },
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        if (v[i][0] == c) return v[i][1];
    return c;
}

static int is_zero_width(uint32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0xAD;
}

/* Map one decoded character: returns the output code point (0 to drop). */
static uint32_t map_char(uint32_t cp, const uint16_t *table)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    if (is_zero_width(cp)) return 0;
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
        cp -= 0xFEE0;
        return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    }
    if (cp == 0x3000) return ' ';
    cp = variant(cp);
    if (table && cp <= 0xFFFF && table[cp]) cp = table[cp];
    return cp;
}

#define NO_SEP ((size_t)-1)

typedef struct {
    char *o;
    size_t *m;
    size_t w;
    size_t sep_from; /* output position of separators that follow a CJK character */
    int prev_cjk;    /* the last non-separator written was CJK */
} writer;

/* Write oc, which came from the l input bytes at offset i (same: unchanged,
 * so the input bytes are copied), and apply the separator rule. */
static void put(writer *W, uint32_t oc, const unsigned char *src, size_t l, size_t i, int same)
{
    if (is_sep(oc)) {
        if (W->sep_from == NO_SEP && W->prev_cjk) W->sep_from = W->w;
    } else {
        int cjk = is_cjk(oc);
        if (W->sep_from != NO_SEP && cjk) W->w = W->sep_from;
        W->sep_from = NO_SEP;
        W->prev_cjk = cjk;
    }
    if (same) {
        char *o = W->o + W->w;
        size_t *m = W->m + W->w;
        switch (l) { /* short fixed copies: memcpy of a variable length is a call */
        case 4: o[3] = (char)src[3]; m[3] = i + 3; /* fall through */
        case 3: o[2] = (char)src[2]; m[2] = i + 2; /* fall through */
        case 2: o[1] = (char)src[1]; m[1] = i + 1; /* fall through */
        default: o[0] = (char)src[0]; m[0] = i;
        }
        W->w += l;
    } else {
        size_t ol = utf8_enc(oc, W->o + W->w);
        for (size_t k = 0; k < ol; k++) W->m[W->w + k] = i;
        W->w += ol;
    }
}

rules_result rules_norm(const uint16_t *table, const char *in, size_t len,
                        char **out, size_t *out_len, size_t **map)
{
    if (!out || !out_len || !map || (!in && len)) return RULES_EINVAL;
    *out = NULL; *map = NULL; *out_len = 0;
    if (len > ((size_t)-1 - 1) / 3 / sizeof(size_t)) return RULES_ENOMEM;
    /* an input byte yields at most 3 output bytes (an invalid byte → U+FFFD) */
    writer W = { malloc(3 * len + 1), malloc((3 * len + 1) * sizeof(size_t)), 0, NO_SEP, 0 };
    if (!W.o || !W.m) { free(W.o); free(W.m); return RULES_ENOMEM; }
    const unsigned char *u = (const unsigned char *)in;
    size_t i = 0;
    while (i < len) {
        uint32_t cp, oc;
        size_t l = 1;
        if (u[i] < 0x80) {
            cp = u[i];
            oc = cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
        } else if ((u[i] & 0xF0) == 0xE0 && len - i >= 3 && (u[i + 1] & 0xC0) == 0x80 &&
                   (u[i + 2] & 0xC0) == 0x80 && (u[i] != 0xE0 || u[i + 1] >= 0xA0) &&
                   (u[i] != 0xED || u[i + 1] < 0xA0)) {
            /* the common case in Chinese text: a valid 3-byte sequence */
            cp = ((u[i] & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);
            l = 3;
            /* CJK and most other BMP text: the table (with the variants) decides */
            if (table && cp >= 0x3400 && cp < 0xFEFF) oc = table[cp] ? table[cp] : cp;
            else oc = map_char(cp, table);
        } else if ((l = utf8_dec(u + i, len - i, &cp)) == 0) {
            put(&W, 0xFFFD, u + i, 1, i, 0);
            i++;
            continue;
        } else {
            oc = map_char(cp, table);
        }
        if (oc) put(&W, oc, u + i, l, i, oc == cp);
        i += l;
    }
    W.o[W.w] = '\0';
    W.m[W.w] = len; /* one past the end, so callers may read map[out_len] */
    *out = W.o; *map = W.m; *out_len = W.w;
    return RULES_OK;
}

void *rules_cc_open(void)
{
    static const char *const configs[] = { "/usr/share/opencc/t2s.json", "t2s.json" };
    for (size_t i = 0; i < sizeof configs / sizeof configs[0]; i++) {
        opencc_t cc = opencc_open(configs[i]);
        if (cc != (opencc_t)-1) return cc;
    }
    return NULL;
}

void rules_cc_close(void *cc)
{
    if (cc) opencc_close((opencc_t)cc);
}

/* Convert every BMP CJK character alone (one per line, so no phrase spans
 * two of them) and record those that become another single BMP character. */
uint16_t *rules_t2s_table(void *cc)
{
    static const uint32_t ranges[][2] = { { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF } };
    size_t count = 0;
    for (size_t r = 0; r < 3; r++) count += ranges[r][1] - ranges[r][0] + 1;
    char *s = malloc(count * 4 + 1);
    uint16_t *table = calloc(65536, sizeof *table);
    char *res = NULL;
    if (!s || !table || !cc) goto fail;
    size_t sl = 0;
    for (size_t r = 0; r < 3; r++)
        for (uint32_t c = ranges[r][0]; c <= ranges[r][1]; c++) {
            sl += utf8_enc(c, s + sl);
            s[sl++] = '\n';
        }
    res = opencc_convert_utf8((opencc_t)cc, s, sl);
    if (!res) goto fail;
    const char *p = res;
    for (size_t r = 0; r < 3; r++)
        for (uint32_t c = ranges[r][0]; c <= ranges[r][1]; c++) {
            const char *nl = strchr(p, '\n');
            if (!nl) goto fail;
            uint32_t got;
            size_t l = utf8_dec((const unsigned char *)p, (size_t)(nl - p), &got);
            if (l == (size_t)(nl - p) && l > 0 && got != c && got <= 0xFFFF) table[c] = (uint16_t)got;
            p = nl + 1;
        }
    for (uint32_t c = 0x3400; c < 0xFEFF; c++)
        if (variant(c) != c) table[c] = (uint16_t)variant(c);
    opencc_convert_utf8_free(res);
    free(s);
    return table;
fail:
    if (res) opencc_convert_utf8_free(res);
    free(s);
    free(table);
    return NULL;
}

rules_result rules_normalise(const char *in, size_t len, char **out, size_t *out_len,
                             size_t **map)
{
    void *cc = rules_cc_open();
    uint16_t *table = cc ? rules_t2s_table(cc) : NULL;
    rules_cc_close(cc);
    if (!table) return RULES_EIO;
    rules_result r = rules_norm(table, in, len, out, out_len, map);
    free(table);
    return r;
}

rules_result rules_book_normalise(const rules_book *book, const char *in, size_t len,
                                  char **out, size_t *out_len, size_t **map)
{
    if (!book) return RULES_EINVAL;
    return rules_norm(book->t2s, in, len, out, out_len, map);
}

struct rules_normaliser {
    uint16_t *table;
    char id[40];
};

rules_result rules_normaliser_new(rules_normaliser **out)
{
    if (!out) return RULES_EINVAL;
    *out = NULL;
    rules_normaliser *n = calloc(1, sizeof *n);
    void *cc = rules_cc_open();
    if (n && cc) n->table = rules_t2s_table(cc);
    rules_cc_close(cc);
    if (!n || !n->table) {
        rules_result r = n && !cc ? RULES_EIO : RULES_ENOMEM;
        rules_normaliser_free(n);
        return r;
    }
    uint64_t h = 1469598103934665603u; /* FNV-1a of the table: OpenCC data may change */
    for (size_t i = 0; i < 65536; i++) {
        h = (h ^ (n->table[i] & 0xff)) * 1099511628211u;
        h = (h ^ (n->table[i] >> 8)) * 1099511628211u;
    }
    snprintf(n->id, sizeof n->id, "rules_norm/1:%016llx", (unsigned long long)h);
    *out = n;
    return RULES_OK;
}

void rules_normaliser_free(rules_normaliser *n)
{
    if (!n) return;
    free(n->table);
    free(n);
}

uint16_t *rules_normaliser_table(const rules_normaliser *n)
{
    uint16_t *t = malloc(65536 * sizeof *t);
    if (t) memcpy(t, n->table, 65536 * sizeof *t);
    return t;
}

const char *rules_normaliser_id(const rules_normaliser *n)
{
    return n ? n->id : "";
}

rules_result rules_normaliser_apply(const rules_normaliser *n, const char *in, size_t len,
                                    char **out, size_t *out_len, size_t **map)
{
    if (!n) return RULES_EINVAL;
    return rules_norm(n->table, in, len, out, out_len, map);
}
