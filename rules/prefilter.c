/*
 * prefilter.c — keep rule matching fast as keyword lists grow.
 *
 * Three pieces:
 *  - rules_first_set: a conservative analysis of a pattern's source that
 *    lists every character a match can start with.  The checker then tries a
 *    rule's regex (anchored) only at positions holding such a character,
 *    instead of letting PCRE2 try every alternative at every CJK character
 *    (its start bitmap works on bytes, and all CJK characters share a few
 *    lead bytes).  Anything the analysis does not understand makes it give up
 *    (-1): that rule keeps the plain unanchored scan.  Over-approximation is
 *    safe; under-approximation would lose matches, so every construct that
 *    could start a match with an unlisted character fails the analysis.
 *  - rules_pair_set: the same walk, keeping the first two characters of a
 *    match.  The rulebook's pair table (load.c) lets the checker skip a
 *    start character whose next character no rule's pattern can follow it
 *    with: 最 occurs often in shop text, 最低 or 最佳 much less.  On the
 *    bench-rules page 70% of the anchored PCRE2 calls failed at the second
 *    character, each paying the fixed cost of a call.  Same safety rule: a
 *    set it cannot list becomes "any", and the analysis gives up where a
 *    first character could be any.
 *  - a keyword set: patterns without any regex metacharacter are keywords,
 *    normalised like page text and found by a hash lookup on their first two
 *    characters, so 2,000 keywords cost two probes per candidate position.
 */
#include <stdlib.h>
#include <string.h>
#include "prefilter.h"

typedef struct {
    const char *p;
    size_t i, n;
    int fail;
} src;

static void set_bit(uint8_t *bits, int *astral, uint32_t c)
{
    if (c > 0xFFFF) { *astral = 1; return; }
    bits[c >> 3] |= (uint8_t)(1u << (c & 7));
}

static size_t dec(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t l = u[0] < 0x80 ? 1 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
    if (l > n) { *cp = 0xFFFD; return 1; }
    uint32_t c = l == 1 ? u[0] : l == 2 ? (u[0] & 0x1Fu) : l == 3 ? (u[0] & 0x0Fu) : (u[0] & 0x07u);
    for (size_t k = 1; k < l; k++) c = (c << 6) | (u[k] & 0x3Fu);
    *cp = c;
    return l;
}

/* Characters without case variants the analysis can list exactly. */
static int caseless_safe(uint32_t c)
{
    return c < 0x80 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

static void add_char(src *s, uint8_t *bits, int *astral, uint32_t c)
{
    if (!caseless_safe(c)) { s->fail = 1; return; }
    set_bit(bits, astral, c);
    if (c >= 'a' && c <= 'z') set_bit(bits, astral, c - 32);
    if (c >= 'A' && c <= 'Z') set_bit(bits, astral, c + 32);
    /* Unicode caseless matching also folds these onto ASCII letters */
    if (c == 's' || c == 'S') set_bit(bits, astral, 0x17F);
    if (c == 'k' || c == 'K') set_bit(bits, astral, 0x212A);
}

static void add_class_escape(src *s, uint8_t *bits, int *astral, char e)
{
    static const uint32_t h[] = { 0x09, 0x20, 0xA0, 0x1680, 0x180E, 0x202F, 0x205F, 0x3000 };
    if (e == 'd') {
        for (uint32_t c = '0'; c <= '9'; c++) set_bit(bits, astral, c);
    } else if (e == 'h') {
        for (size_t k = 0; k < sizeof h / sizeof h[0]; k++) set_bit(bits, astral, h[k]);
        for (uint32_t c = 0x2000; c <= 0x200A; c++) set_bit(bits, astral, c);
    } else if (e == 'n' || e == 't' || e == 'r') {
        set_bit(bits, astral, e == 'n' ? '\n' : e == 't' ? '\t' : '\r');
    } else if (strchr("\\.-^$|?*+()[]{}/:,;!\"'#&%@~`<>=_ ", e)) {
        add_char(s, bits, astral, (uint32_t)(unsigned char)e);
    } else {
        s->fail = 1; /* \w \s \p \x ... : not listed exactly */
    }
}

/* [...]: literal characters, ranges, \d \h; a negated class fails when collecting. */
static void parse_class(src *s, uint8_t *bits, int *astral, int collect)
{
    s->i++;
    if (s->i < s->n && s->p[s->i] == '^') {
        if (collect) s->fail = 1; /* a negated class can start with almost anything */
        s->i++;
    }
    int first = 1;
    uint32_t prev = 0;
    int have_prev = 0;
    while (s->i < s->n && !s->fail) {
        char ch = s->p[s->i];
        if (ch == ']' && !first) { s->i++; return; }
        first = 0;
        if (ch == '[' && s->i + 1 < s->n && s->p[s->i + 1] == ':') { s->fail = 1; return; }
        if (ch == '\\' && s->i + 1 < s->n) {
            if (collect) add_class_escape(s, bits, astral, s->p[s->i + 1]);
            s->i += 2;
            have_prev = 0;
            continue;
        }
        uint32_t c;
        s->i += dec(s->p + s->i, s->n - s->i, &c);
        if (c == '-' && have_prev && s->i < s->n && s->p[s->i] != ']') {
            uint32_t hi;
            if (s->p[s->i] == '\\') { s->fail = 1; return; }
            s->i += dec(s->p + s->i, s->n - s->i, &hi);
            if (hi < prev || hi - prev > 0x400) { s->fail = 1; return; }
            for (uint32_t k = prev; k <= hi && collect; k++) add_char(s, bits, astral, k);
            have_prev = 0;
            continue;
        }
        if (collect) add_char(s, bits, astral, c);
        prev = c;
        have_prev = 1;
    }
    s->fail = 1; /* unterminated */
}

static int parse_alt(src *s, uint8_t *bits, int *astral, int collect);

/* A quantifier after an item: returns 1 when it allows zero repetitions. */
static int parse_quant(src *s)
{
    int zero = 0;
    if (s->i >= s->n) return 0;
    char q = s->p[s->i];
    if (q == '?' || q == '*') { zero = 1; s->i++; }
    else if (q == '+') s->i++;
    else if (q == '{') {
        size_t j = s->i + 1;
        long lo = 0;
        int digits = 0;
        while (j < s->n && s->p[j] >= '0' && s->p[j] <= '9') {
            lo = lo < 100000 ? lo * 10 + (s->p[j] - '0') : lo;
            j++;
            digits++;
        }
        if (!digits) return 0; /* a literal '{' */
        while (j < s->n && s->p[j] != '}') j++;
        if (j >= s->n) { s->fail = 1; return 0; }
        s->i = j + 1;
        zero = lo == 0;
    } else return 0;
    if (s->i < s->n && (s->p[s->i] == '?' || s->p[s->i] == '+')) s->i++;
    return zero;
}

/* After a group's '(': steps over its (?: (?= (?! (?<= (?<! (?<name>
 * opening; 1 for a lookaround (it consumes nothing).  Any other (? or (*
 * construct (options, comments, branch reset, verbs) sets s->fail. */
static int group_open(src *s)
{
    if (s->i < s->n && s->p[s->i] == '*') { s->fail = 1; return 0; }
    if (s->i >= s->n || s->p[s->i] != '?') return 0;
    const char *g = s->p + s->i;
    size_t left = s->n - s->i;
    if (left >= 2 && (g[1] == '=' || g[1] == '!')) { s->i += 2; return 1; }
    if (left >= 3 && g[1] == '<' && (g[2] == '=' || g[2] == '!')) { s->i += 3; return 1; }
    if (left >= 2 && g[1] == ':') { s->i += 2; return 0; }
    if (left >= 2 && g[1] == '<') {
        while (s->i < s->n && s->p[s->i] != '>') s->i++;
        s->i++;
        return 0;
    }
    s->fail = 1;
    return 0;
}

/* One item; *nullable set when it can match empty.  Adds its first
 * characters to bits when collect is set. */
static void parse_item(src *s, uint8_t *bits, int *astral, int collect, int *nullable)
{
    char ch = s->p[s->i];
    *nullable = 0;
    if (ch == '(') {
        s->i++;
        int look = group_open(s);
        if (s->fail) return;
        int n = parse_alt(s, bits, astral, collect && !look);
        if (s->i >= s->n || s->p[s->i] != ')') { s->fail = 1; return; }
        s->i++;
        *nullable = look ? 1 : n;
    } else if (ch == '[') {
        parse_class(s, bits, astral, collect);
    } else if (ch == '\\') {
        if (s->i + 1 >= s->n) { s->fail = 1; return; }
        char e = s->p[s->i + 1];
        s->i += 2;
        if (strchr("bBAzZG", e)) { *nullable = 1; return; }
        if (e == 'Q' || e == 'E' || e == 'K' || e == 'g' || e == 'k' || e == 'c' || (e >= '0' && e <= '9')) {
            s->fail = 1;
            return;
        }
        if (e == 'p' || e == 'P' || e == 'x' || e == 'o') {
            if (collect) { s->fail = 1; return; }
            if (s->i < s->n && s->p[s->i] == '{') {
                while (s->i < s->n && s->p[s->i] != '}') s->i++;
                s->i++;
            } else if (e == 'x') {
                for (int d = 0; d < 2 && s->i < s->n && strchr("0123456789abcdefABCDEF", s->p[s->i]); d++)
                    s->i++;
            } else {
                s->i++; /* \pL: one-letter property */
            }
        } else if (collect) {
            add_class_escape(s, bits, astral, e);
        }
    } else if (ch == '^' || ch == '$') {
        s->i++;
        *nullable = 1;
        return;
    } else if (ch == '.') {
        s->fail = 1;
        return;
    } else {
        uint32_t c;
        s->i += dec(s->p + s->i, s->n - s->i, &c);
        if (collect) add_char(s, bits, astral, c);
    }
    if (parse_quant(s)) *nullable = 1;
}

/* Branches up to ')' or the end; returns 1 when some branch can be empty. */
static int parse_alt(src *s, uint8_t *bits, int *astral, int collect)
{
    int any_nullable = 0;
    for (;;) {
        int open = collect; /* still adding first characters in this branch */
        int branch_nullable = 1;
        while (s->i < s->n && !s->fail && s->p[s->i] != '|' && s->p[s->i] != ')') {
            int nullable;
            parse_item(s, bits, astral, open, &nullable);
            if (!nullable) { open = 0; branch_nullable = 0; }
        }
        any_nullable |= branch_nullable;
        if (s->fail || s->i >= s->n || s->p[s->i] != '|') return any_nullable;
        s->i++;
    }
}

int rules_first_set(const char *pattern, uint8_t *bits, int *astral)
{
    src s = { pattern, 0, strlen(pattern), 0 };
    int nullable = parse_alt(&s, bits, astral, 1);
    if (s.fail || s.i != s.n || nullable) return -1;
    return 0;
}

/* ---- two-character prefixes ----
 *
 * rules_pair_set walks the same grammar as rules_first_set but keeps, for
 * every piece of the pattern, a summary of the strings it matches:
 *   nullable  it can match the empty string;
 *   f         the characters a non-empty match can start with;
 *   s1        the one-character strings it matches;
 *   p         the first two characters of its matches of two or more.
 * A set that cannot be listed (., \w, a negated class) is "any".  For a
 * sequence A B the pairs are p(A), s1(A) x f(B), and p(B) when A can be
 * empty; one-character strings come from one side matching one character
 * and the other the empty string.  Zero-width items (lookarounds, \b, ^, $)
 * match only the empty string here: what they look at is never part of the
 * match.  A quantifier allowing two or more repetitions adds s1 x f.  The
 * result lists every (first, second) pair a match can begin with, plus
 * (first, RULES_PAIR_ANY) for a first character a match may go on from
 * with anything, or end after.  Whenever a first character could be "any"
 * the analysis gives up, as rules_first_set does. */

#define CSET_MAX 4096   /* characters listed before a set becomes "any" */
#define PAIRS_MAX 65536 /* pairs of one pattern before the analysis gives up */

typedef struct { uint32_t *v; size_t n, cap; int any; } cset;
typedef struct { int nullable; cset f, s1; rules_pairs p; int p_any; } summ; /* p_any: pairs starting with an unlisted character */

static void cset_free(cset *c) { free(c->v); memset(c, 0, sizeof *c); }

static void summ_free(summ *m)
{
    cset_free(&m->f);
    cset_free(&m->s1);
    free(m->p.v);
    memset(m, 0, sizeof *m);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sort and drop duplicates; a set grown past CSET_MAX becomes "any". */
static void cset_tidy(cset *c)
{
    if (c->any || c->n < 2) return;
    qsort(c->v, c->n, sizeof *c->v, cmp_u32);
    size_t w = 1;
    for (size_t i = 1; i < c->n; i++)
        if (c->v[i] != c->v[w - 1]) c->v[w++] = c->v[i];
    c->n = w;
}

static void cset_add(src *s, cset *c, uint32_t x)
{
    if (c->any) return;
    if (c->n == c->cap) {
        if (c->n >= CSET_MAX) cset_tidy(c);
        if (c->n >= CSET_MAX) { cset_free(c); c->any = 1; return; }
        if (c->n < c->cap) { c->v[c->n++] = x; return; }
        size_t nc = c->cap ? c->cap * 2 : 8;
        uint32_t *nv = realloc(c->v, nc * sizeof *nv);
        if (!nv) { s->fail = 1; return; }
        c->v = nv;
        c->cap = nc;
    }
    c->v[c->n++] = x;
}

static void cset_union(src *s, cset *to, const cset *from)
{
    if (from->any) { cset_free(to); to->any = 1; return; }
    for (size_t i = 0; i < from->n && !s->fail; i++) cset_add(s, to, from->v[i]);
}

static void pairs_add(src *s, rules_pairs *p, uint64_t k)
{
    if (p->n == p->cap) {
        if (p->n >= PAIRS_MAX) {
            qsort(p->v, p->n, sizeof *p->v, cmp_u64);
            size_t w = 1;
            for (size_t i = 1; i < p->n; i++)
                if (p->v[i] != p->v[w - 1]) p->v[w++] = p->v[i];
            p->n = w;
            if (p->n >= PAIRS_MAX) { s->fail = 1; return; }
        }
        if (p->n == p->cap) {
            size_t nc = p->cap ? p->cap * 2 : 16;
            uint64_t *nv = realloc(p->v, nc * sizeof *nv);
            if (!nv) { s->fail = 1; return; }
            p->v = nv;
            p->cap = nc;
        }
    }
    p->v[p->n++] = k;
}

static void pairs_union(src *s, rules_pairs *to, const rules_pairs *from)
{
    for (size_t i = 0; i < from->n && !s->fail; i++) pairs_add(s, to, from->v[i]);
}

/* Every a in A followed by every b in B (RULES_PAIR_ANY when B is "any");
 * *p_any set instead when A is "any". */
static void pairs_cross(src *s, rules_pairs *p, int *p_any, const cset *a, const cset *b)
{
    if (a->any) { if (b->any || b->n) *p_any = 1; return; }
    for (size_t i = 0; i < a->n && !s->fail; i++) {
        uint64_t hi = (uint64_t)a->v[i] << 21;
        if (b->any) pairs_add(s, p, hi | RULES_PAIR_ANY);
        for (size_t j = 0; !b->any && j < b->n && !s->fail; j++) pairs_add(s, p, hi | b->v[j]);
    }
}

/* One character, with its caseless variants (as add_char). */
static void one_char(src *s, summ *m, uint32_t c)
{
    uint32_t v[3];
    size_t n = 0;
    if (!caseless_safe(c)) { m->f.any = m->s1.any = 1; return; } /* case variants not listed */
    v[n++] = c;
    if (c >= 'a' && c <= 'z') v[n++] = c - 32;
    if (c >= 'A' && c <= 'Z') v[n++] = c + 32;
    if (c == 's' || c == 'S') v[n++] = 0x17F;
    if (c == 'k' || c == 'K') v[n++] = 0x212A;
    for (size_t i = 0; i < n; i++) {
        cset_add(s, &m->f, v[i]);
        cset_add(s, &m->s1, v[i]);
    }
}

/* A single character from a set: f = s1 = the set, "any" when unknown. */
static void set_item(src *s, summ *m, const uint8_t *bits, int astral, int known)
{
    if (!known || astral) {
        m->f.any = m->s1.any = 1;
        return;
    }
    for (uint32_t w = 0; w < 65536 && !s->fail; w += 64) {
        uint64_t word;
        memcpy(&word, bits + w / 8, sizeof word);
        for (; word && !s->fail; word &= word - 1) {
            uint32_t c = w + (uint32_t)__builtin_ctzll(word);
            cset_add(s, &m->f, c);
            cset_add(s, &m->s1, c);
        }
    }
}

static void pair_alt(src *s, summ *out);

/* {lo,hi} after an item: *hi = -1 when unbounded; 0 when there is none. */
static int pair_quant(src *s, long *lo, long *hi)
{
    if (s->i >= s->n) return 0;
    char q = s->p[s->i];
    if (q == '?') { *lo = 0; *hi = 1; s->i++; }
    else if (q == '*') { *lo = 0; *hi = -1; s->i++; }
    else if (q == '+') { *lo = 1; *hi = -1; s->i++; }
    else if (q == '{') {
        size_t j = s->i + 1;
        long a = 0, b = -1;
        int digits = 0;
        while (j < s->n && s->p[j] >= '0' && s->p[j] <= '9') {
            a = a < 100000 ? a * 10 + (s->p[j] - '0') : a;
            j++;
            digits++;
        }
        if (!digits) return 0; /* a literal '{' */
        if (j < s->n && s->p[j] == '}') b = a;
        else if (j < s->n && s->p[j] == ',') {
            j++;
            if (j < s->n && s->p[j] >= '0' && s->p[j] <= '9') {
                b = 0;
                while (j < s->n && s->p[j] >= '0' && s->p[j] <= '9') {
                    b = b < 100000 ? b * 10 + (s->p[j] - '0') : b;
                    j++;
                }
            }
        }
        if (j >= s->n || s->p[j] != '}') { s->fail = 1; return 0; }
        s->i = j + 1;
        *lo = a;
        *hi = b;
    } else return 0;
    if (s->i < s->n && (s->p[s->i] == '?' || s->p[s->i] == '+')) s->i++;
    return 1;
}

/* One item with its quantifier. */
static void pair_item(src *s, summ *m)
{
    char ch = s->p[s->i];
    memset(m, 0, sizeof *m);
    if (ch == '(') {
        s->i++;
        int look = group_open(s);
        if (s->fail) return;
        pair_alt(s, m);
        if (s->fail || s->i >= s->n || s->p[s->i] != ')') { s->fail = 1; return; }
        s->i++;
        if (look) { summ_free(m); m->nullable = 1; } /* what it looks at is not matched */
    } else if (ch == '[') {
        uint8_t *bits = calloc(65536 / 8, 1);
        int astral = 0;
        size_t at = s->i;
        if (!bits) { s->fail = 1; return; }
        parse_class(s, bits, &astral, 1);
        int known = !s->fail;
        if (!known) { /* negated, \w ...: skip it and take any character */
            s->fail = 0;
            s->i = at;
            parse_class(s, bits, &astral, 0);
        }
        if (!s->fail) set_item(s, m, bits, astral, known);
        free(bits);
    } else if (ch == '\\') {
        if (s->i + 1 >= s->n) { s->fail = 1; return; }
        char e = s->p[s->i + 1];
        s->i += 2;
        if (strchr("bBAzZG", e)) { m->nullable = 1; return; }
        if (strchr("pPxo", e)) {
            if (s->i < s->n && s->p[s->i] == '{') {
                while (s->i < s->n && s->p[s->i] != '}') s->i++;
                s->i++;
            } else if (e == 'x') {
                for (int d = 0; d < 2 && s->i < s->n && strchr("0123456789abcdefABCDEF", s->p[s->i]); d++)
                    s->i++;
            } else {
                s->i++;
            }
            m->f.any = m->s1.any = 1;
        } else if (strchr("wWsSdDhHvVN", e) && e != 'd' && e != 'h') {
            m->f.any = m->s1.any = 1; /* one character, not listed */
        } else {
            uint8_t *bits = calloc(65536 / 8, 1);
            int astral = 0;
            if (!bits) { s->fail = 1; return; }
            add_class_escape(s, bits, &astral, e); /* fails on \R \X \Q \K \g \1 ... */
            if (!s->fail) set_item(s, m, bits, astral, 1);
            free(bits);
        }
    } else if (ch == '^' || ch == '$') {
        s->i++;
        m->nullable = 1;
        return;
    } else if (ch == '.') {
        s->i++;
        m->f.any = m->s1.any = 1;
    } else {
        uint32_t c;
        s->i += dec(s->p + s->i, s->n - s->i, &c);
        one_char(s, m, c);
    }
    long lo, hi;
    if (s->fail || !pair_quant(s, &lo, &hi)) return;
    if (hi == 0) { summ_free(m); m->nullable = 1; return; }
    if (lo == 0) m->nullable = 1;
    if (hi < 0 || hi >= 2) pairs_cross(s, &m->p, &m->p_any, &m->s1, &m->f); /* one repetition then another */
}

/* acc followed by x (x is consumed). */
static void pair_concat(src *s, summ *acc, summ *x)
{
    if (acc->nullable) { /* x's own pairs start a match only when acc can be empty */
        pairs_union(s, &acc->p, &x->p);
        acc->p_any |= x->p_any;
    }
    pairs_cross(s, &acc->p, &acc->p_any, &acc->s1, &x->f);
    cset s1 = { 0 };
    if (x->nullable) cset_union(s, &s1, &acc->s1);
    if (acc->nullable) {
        cset_union(s, &s1, &x->s1);
        cset_union(s, &acc->f, &x->f);
    }
    cset_free(&acc->s1);
    acc->s1 = s1;
    acc->nullable = acc->nullable && x->nullable;
    cset_tidy(&acc->f);
    cset_tidy(&acc->s1);
    summ_free(x);
}

/* Branches up to ')' or the end, joined into out. */
static void pair_alt(src *s, summ *out)
{
    memset(out, 0, sizeof *out);
    for (;;) {
        summ acc;
        memset(&acc, 0, sizeof acc);
        acc.nullable = 1;
        while (s->i < s->n && !s->fail && s->p[s->i] != '|' && s->p[s->i] != ')') {
            summ x;
            pair_item(s, &x);
            if (!s->fail) pair_concat(s, &acc, &x);
            else summ_free(&x);
        }
        out->nullable |= acc.nullable;
        cset_union(s, &out->f, &acc.f);
        cset_union(s, &out->s1, &acc.s1);
        pairs_union(s, &out->p, &acc.p);
        out->p_any |= acc.p_any;
        summ_free(&acc);
        cset_tidy(&out->f);
        cset_tidy(&out->s1);
        if (s->fail || s->i >= s->n || s->p[s->i] != '|') return;
        s->i++;
    }
}

int rules_pair_set(const char *pattern, rules_pairs *out)
{
    src s = { pattern, 0, strlen(pattern), 0 };
    size_t had = out->n;
    summ m;
    pair_alt(&s, &m);
    if (!s.fail && (s.i != s.n || m.nullable || m.f.any || m.s1.any || m.p_any)) s.fail = 1;
    if (!s.fail) {
        cset any = { NULL, 0, 0, 1 };
        int unused = 0;
        pairs_union(&s, out, &m.p);
        pairs_cross(&s, out, &unused, &m.s1, &any); /* a one-character match: anything may follow */
    }
    summ_free(&m);
    if (s.fail) out->n = had;
    return s.fail ? -1 : 0;
}

int rules_is_keyword(const char *pattern)
{
    return pattern[0] && strpbrk(pattern, "\\^$.|?*+()[]{}") == NULL;
}

/* ---- keyword set ---- */

static uint64_t mix(uint64_t k)
{
    k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; k ^= k >> 33;
    return k;
}

/* Key of the first one or two characters of s (len bytes). */
static uint64_t key_of(const char *s, size_t len, int two, size_t *used)
{
    uint32_t c1, c2 = 0;
    size_t l1 = dec(s, len, &c1), l2 = 0;
    if (two && l1 < len) l2 = dec(s + l1, len - l1, &c2);
    if (used) *used = l1 + l2;
    return ((uint64_t)c1 << 21) | c2;
}

static int cmp_kw(const void *a, const void *b)
{
    const rules_kw *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->len != y->len) return x->len > y->len ? -1 : 1; /* longest first */
    return memcmp(x->s, y->s, x->len);
}

void rules_kwset_clear(rules_kwset *k)
{
    for (size_t i = 0; i < k->n; i++) free(k->v[i].s);
    free(k->v);
    free(k->slots);
    memset(k, 0, sizeof *k);
}

int rules_kwset_add(rules_kwset *k, char *s, size_t len)
{
    if (k->n == k->cap) {
        size_t nc = k->cap ? k->cap * 2 : 16;
        rules_kw *nv = realloc(k->v, nc * sizeof *nv);
        if (!nv) return -1;
        k->v = nv;
        k->cap = nc;
    }
    size_t used;
    uint64_t key = key_of(s, len, 1, &used);
    k->v[k->n].s = s;
    k->v[k->n].len = len;
    k->v[k->n].key = key;
    k->n++;
    return 0;
}

int rules_kwset_build(rules_kwset *k, uint8_t *bits, int *astral)
{
    if (k->n == 0) return 0;
    qsort(k->v, k->n, sizeof *k->v, cmp_kw);
    size_t size = 16;
    while (size < k->n * 2) size *= 2;
    k->slots = calloc(size, sizeof *k->slots);
    if (!k->slots) return -1;
    k->mask = size - 1;
    for (size_t i = 0; i < k->n; i++) {
        uint32_t c;
        dec(k->v[i].s, k->v[i].len, &c);
        set_bit(bits, astral, c);
        if (i > 0 && k->v[i - 1].key == k->v[i].key) continue;
        size_t h = mix(k->v[i].key) & k->mask;
        while (k->slots[h]) h = (h + 1) & k->mask;
        k->slots[h] = (uint32_t)(i + 1);
    }
    return 0;
}

static size_t probe(const rules_kwset *k, uint64_t key, const char *t, size_t left)
{
    size_t h = mix(key) & k->mask;
    while (k->slots[h]) {
        size_t i = k->slots[h] - 1;
        if (k->v[i].key == key) {
            for (; i < k->n && k->v[i].key == key; i++)
                if (k->v[i].len <= left && !memcmp(t, k->v[i].s, k->v[i].len)) return k->v[i].len;
            return 0;
        }
        h = (h + 1) & k->mask;
    }
    return 0;
}

size_t rules_kwset_match(const rules_kwset *k, const char *t, size_t left)
{
    if (!k->slots || left == 0) return 0;
    size_t used;
    uint64_t k2 = key_of(t, left, 1, &used);
    size_t m = (k2 & 0x1FFFFF) ? probe(k, k2, t, left) : 0;
    if (m) return m;
    return probe(k, k2 & ~(uint64_t)0x1FFFFF, t, left); /* one-character keywords */
}
