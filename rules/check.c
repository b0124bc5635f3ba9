/*
 * check.c — run a rulebook on one page.
 *
 * Page text and title are normalised once per page; each pattern rule is one
 * JIT-compiled alternation run over the normalised text.  Prefiltered rules
 * (prefilter.c) are tried only at candidate positions, collected once per
 * text with a bit mask of the rules whose first two characters fit there.  The first match
 * that no allow context suppresses and the second reader (reader/, when the
 * book has a reader.model) does not set aside becomes the rule's only finding; its
 * offsets go back through the normalisation map to the original visible text,
 * so snippets quote what the page showed.  Built-in kinds read the parser's
 * page facts and the caller's callbacks.  PCRE2 limits bound every match
 * call; a rule that hits one is counted in limit_hits, never silently lost.
 * Match data, match context and JIT stack live for one call, so a rulebook is
 * shared read-only between threads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules_int.h"

#define SNIPPET_CHARS 30
#define ALLOW_WINDOW 40 /* characters around a match searched for `allow` */

typedef struct {
    size_t off;        /* byte offset in the normalised text */
    uint32_t cp;
    uint64_t mask;     /* rules (bit cand_bit) whose first two characters fit here */
} cand;

typedef struct {
    char *norm;        /* normalised text, owned */
    size_t len;
    size_t *map;       /* owned */
    const char *orig;  /* original text, borrowed */
    size_t orig_len;
    cand *c;           /* positions whose character starts some rule, owned */
    size_t nc;
    uint64_t mask;     /* union of the candidates' masks */
    int have_cands;
} ntext;

typedef struct {
    const rules_book *book;
    const parser_page *page;
    const rules_context *ctx;
    rules_findings *out;
    pcre2_match_data *md;
    pcre2_match_context *mc;
    pcre2_jit_stack *js; /* made on the first match that needs it, owned */
    ntext text, title;
    int have_text, have_title;
    int scored;          /* the second reader's verdict on the last match it kept */
    double score;
} checker;

static size_t utf8_back(const char *s, size_t off, size_t chars)
{
    while (chars-- && off > 0) {
        off--;
        while (off > 0 && ((unsigned char)s[off] & 0xC0) == 0x80) off--;
    }
    return off;
}

static size_t utf8_fwd(const char *s, size_t len, size_t off, size_t chars)
{
    while (chars-- && off < len) {
        off++;
        while (off < len && ((unsigned char)s[off] & 0xC0) == 0x80) off++;
    }
    return off;
}

/* Private equivalent of parser_text_to_source, so rules link without the
 * parser archive: the run holding off, else the end of the run before it. */
static size_t text_to_source(const parser_page *page, size_t off)
{
    size_t lo = 0, hi = page->n_runs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (page->runs[mid].text_off <= off) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return page->n_runs ? page->runs[0].src_off : 0;
    const parser_run *r = &page->runs[lo - 1];
    size_t d = off - r->text_off;
    return r->src_off + (d < r->len ? d : r->len);
}

static char *dup_range(const char *s, size_t a, size_t b)
{
    char *r = malloc(b - a + 1);
    if (r) {
        memcpy(r, s + a, b - a);
        r[b - a] = '\0';
    }
    return r;
}

/* The snippet of a finding quoting s[a..b) (original text): [*sa, *sb),
 * SNIPPET_CHARS characters of context each side.  What the finding carries
 * and what the second reader reads. */
static void snippet_range(const char *s, size_t slen, size_t a, size_t b, size_t *sa, size_t *sb)
{
    *sa = utf8_back(s, a, SNIPPET_CHARS);
    *sb = utf8_fwd(s, slen, b, SNIPPET_CHARS);
}

/* Fill x with a finding quoting s[a..b) (original text) with its snippet.
 * matched may be given instead of being cut from s. */
static rules_result fill(rules_finding *x, const rules_rule *r, const char *s, size_t slen, size_t a, size_t b,
                         const char *matched, size_t text_off, size_t src_off)
{
    size_t sa, sb;
    memset(x, 0, sizeof *x);
    memcpy(x->code, r->code, sizeof x->code);
    x->severity = r->severity;
    x->basis = r->basis;
    x->title = r->title;
    x->authority = r->authority;
    x->text_off = text_off;
    x->src_off = src_off;
    snippet_range(s, slen, a, b, &sa, &sb);
    x->snippet = dup_range(s, sa, sb);
    x->matched = matched ? strdup(matched) : dup_range(s, a, b);
    if (!x->snippet || !x->matched) {
        free(x->snippet);
        free(x->matched);
        return RULES_ENOMEM;
    }
    return RULES_OK;
}

/* Append a finding quoting s[a..b) (original text) with SNIPPET_CHARS of
 * context.  matched may be given instead of being cut from s. */
static rules_result add(checker *C, const rules_rule *r, const char *s, size_t slen, size_t a, size_t b,
                        const char *matched, size_t text_off, size_t src_off)
{
    rules_findings *f = C->out;
    if (f->n == f->cap) {
        size_t nc = f->cap ? f->cap * 2 : 8;
        rules_finding *nv = realloc(f->v, nc * sizeof *nv);
        if (!nv) return RULES_ENOMEM;
        f->v = nv;
        f->cap = nc;
    }
    rules_result result = fill(&f->v[f->n], r, s, slen, a, b, matched, text_off, src_off);
    if (result == RULES_OK) f->n++;
    return result;
}

/* A finding at a place in page->text (built-in kinds). */
static rules_result add_at(checker *C, const rules_rule *r, size_t off, size_t len, const char *matched)
{
    const parser_page *p = C->page;
    const char *s = p->text ? p->text : "";
    size_t sl = p->text ? p->text_len : 0;
    if (off > sl) off = sl;
    if (len > sl - off) len = sl - off;
    while (off > 0 && off < sl && ((unsigned char)s[off] & 0xC0) == 0x80) off--;
    return add(C, r, s, sl, off, off + len, matched, off, text_to_source(p, off));
}

/* pcre2_match on the normalised text.  JIT code runs on 32 KiB of the
 * machine stack; a match that needs more is run again on a JIT stack of up
 * to 512 KiB, made then.  Creating that stack for every page cost an mmap,
 * a munmap and a TLB shootdown on the other cores per page, and almost no
 * page needs it. */
static int match(checker *C, const pcre2_code *re, const ntext *t, size_t len, size_t start)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)t->norm, len, start, PCRE2_NO_UTF_CHECK, C->md, C->mc);
    if (rc != PCRE2_ERROR_JIT_STACKLIMIT || C->js) return rc;
    C->js = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
    if (!C->js) return PCRE2_ERROR_NOMEMORY;
    pcre2_jit_stack_assign(C->mc, NULL, C->js);
    return pcre2_match(re, (PCRE2_SPTR)t->norm, len, start, PCRE2_NO_UTF_CHECK, C->md, C->mc);
}

/* The rule's patterns matched from start: the leftmost match over its
 * compiled parts, the earlier part on a tie (as one alternation would
 * choose), left in C->md; an anchored part tries start only. */
static int match_rule(checker *C, const rules_rule *r, const ntext *t, size_t start)
{
    if (r->n_re == 1) return match(C, r->re[0], t, t->len, start);
    int best = -1, best_rc = PCRE2_ERROR_NOMATCH, last = -1;
    size_t best_s = 0;
    for (int i = 0; i < r->n_re; i++) {
        int rc = match(C, r->re[i], t, t->len, start);
        last = i;
        if (rc == PCRE2_ERROR_NOMATCH) continue;
        if (rc < 0) return rc;
        size_t s = pcre2_get_ovector_pointer(C->md)[0];
        if (best < 0 || s < best_s) { best = i; best_s = s; best_rc = rc; }
        if (s == start) break;      /* no later part can start earlier */
    }
    if (best < 0 || best == last) return best_rc; /* C->md holds it already */
    return match(C, r->re[best], t, t->len, start); /* a later part's call overwrote it */
}

static int is_limit(int rc)
{
    return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
           rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
}

/* Does an allow pattern match in [from, to) of t, overlapping [s, e) when
 * overlap is set?  Returns 1 yes, 0 no, <0 a PCRE2 error. */
static int allowed(checker *C, const pcre2_code *re, const ntext *t, size_t from, size_t to,
                   size_t s, size_t e, int overlap)
{
    size_t start = from;
    while (start < to) {
        int rc = match(C, re, t, to, start);
        if (rc == PCRE2_ERROR_NOMATCH) return 0;
        if (rc < 0) return rc;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(C->md);
        if (ov[0] > ov[1]) return 0; /* \K games: treat as no match */
        if (!overlap || (ov[0] < e && ov[1] > s)) return 1;
        if (ov[0] >= e) return 0;
        start = utf8_fwd(t->norm, to, ov[0], 1);
    }
    return 0;
}

/* Does the character at byte off of normalised text end a sentence
 * (。 ! ? or a block boundary), or, with clause set, a clause (also , ;)?
 * Full-width ！？，； are ASCII after normalisation. */
static int is_break(const char *s, size_t off, int clause)
{
    unsigned char c = (unsigned char)s[off];
    if (c == '\n' || c == '!' || c == '?') return 1;
    if (clause && (c == ',' || c == ';')) return 1;
    return c == 0xE3 && (unsigned char)s[off + 1] == 0x80 && (unsigned char)s[off + 2] == 0x82;
}

/* Start of the sentence (clause) holding off, at most max characters back. */
static size_t unit_start(const ntext *t, size_t off, size_t max, int clause)
{
    size_t lim = utf8_back(t->norm, off, max);
    while (off > lim) {
        size_t prev = utf8_back(t->norm, off, 1);
        if (is_break(t->norm, prev, clause)) break;
        off = prev;
    }
    return off;
}

/* End of the sentence holding the match that ends at off, at most max
 * characters on. */
static size_t sentence_end(const ntext *t, size_t off, size_t max)
{
    size_t lim = utf8_fwd(t->norm, t->len, off, max);
    while (off < lim && !is_break(t->norm, off, 0)) off = utf8_fwd(t->norm, t->len, off, 1);
    return off;
}

/* Contexts that drop a match [s, e): allow (overlapping), allow_near
 * (within near characters), negate (a cue starting at most negate_window
 * characters before s, in the same clause, ending by e) and
 * allow_sentence (anywhere in the same sentence).  1 drop, 0 keep, <0 a
 * PCRE2 error. */
static int suppressed(checker *C, const rules_rule *r, const ntext *t, size_t s, size_t e)
{
    int rc = 0;
    /* cheapest first: the negate window is a few characters */
    if (r->negate) {
        /* a cue starting before the match may run into it: 不保证 in 不保证收益 */
        size_t from = unit_start(t, s, (size_t)r->negate_window, 1);
        rc = from < s ? allowed(C, r->negate, t, from, e, from, s, 1) : 0;
    }
    if (rc == 0 && r->allow)
        rc = allowed(C, r->allow, t, utf8_back(t->norm, s, ALLOW_WINDOW),
                     utf8_fwd(t->norm, t->len, e, ALLOW_WINDOW), s, e, 1);
    if (rc == 0 && r->allow_near)
        rc = allowed(C, r->allow_near, t, utf8_back(t->norm, s, (size_t)r->near),
                     utf8_fwd(t->norm, t->len, e, (size_t)r->near), s, e, 0);
    if (rc == 0 && r->allow_sentence)
        rc = allowed(C, r->allow_sentence, t, unit_start(t, s, RULES_SENTENCE_MAX, 0),
                     sentence_end(t, e, RULES_SENTENCE_MAX), s, e, 0);
    return rc;
}

/* Original byte range of normalised [s, e): from the first byte's source to
 * the end of the character holding the last byte's source. */
static void orig_range(const ntext *t, size_t s, size_t e, size_t *a, size_t *b)
{
    *a = t->map[s];
    *b = utf8_fwd(t->orig, t->orig_len, t->map[e - 1], 1);
}

/* Offsets a finding quoting t->orig[a, b) carries: in the text and its
 * source, or, in the title, 0 and where the source shows it. */
static void finding_offsets(const checker *C, const ntext *t, size_t a, size_t b, size_t *text_off,
                            size_t *src_off)
{
    const parser_page *p = C->page;
    if (t != &C->title) {
        *text_off = a;
        *src_off = text_to_source(p, a);
        return;
    }
    const char *hit = p->source && b > a ? memmem(p->source, p->source_len, t->orig + a, b - a) : NULL;
    *text_off = 0;
    *src_off = hit ? (size_t)(hit - p->source) : 0;
}

/* The second reader on a match [s, e) of t that no context dropped: 1 when
 * it sets the match aside (kept in out->aside), 0 when the match stands
 * (C->scored, C->score say how it was judged), <0 out of memory.  It reads
 * the snippet and matched text the finding would carry. */
static int set_aside(checker *C, const rules_rule *r, const ntext *t, size_t s, size_t e)
{
    const reader_model *m = C->book->reader;
    C->scored = 0;
    C->score = 0.0;
    if (!m) return 0;
    size_t a, b, sa, sb;
    orig_range(t, s, e, &a, &b);
    snippet_range(t->orig, t->orig_len, a, b, &sa, &sb);
    int veto = reader_vetoes(m, r->code, t->orig + a, b - a, t->orig + sa, sb - sa, &C->scored, &C->score);
    if (veto <= 0) return 0;   /* out of memory in the reader: the match stands */
    rules_findings *f = C->out;
    if (f->n_aside >= RULES_MAX_ASIDE) {
        f->aside_more++;
        return 1;
    }
    if (!f->aside) {
        f->aside = malloc(RULES_MAX_ASIDE * sizeof *f->aside);
        if (!f->aside) return PCRE2_ERROR_NOMEMORY;
    }
    size_t text_off, src_off;
    finding_offsets(C, t, a, b, &text_off, &src_off);
    rules_finding *x = &f->aside[f->n_aside];
    if (fill(x, r, t->orig, t->orig_len, a, b, NULL, text_off, src_off) != RULES_OK)
        return PCRE2_ERROR_NOMEMORY;
    x->reader_scored = C->scored;
    x->reader_score = C->score;
    f->n_aside++;
    return 1;
}

/* First unsuppressed match of r in t: 1 found (*ms,*me), 0 none, <0 error. */
static int first_match(checker *C, const rules_rule *r, const ntext *t, size_t *ms, size_t *me)
{
    size_t start = 0;
    while (start <= t->len) {
        int rc = match_rule(C, r, t, start);
        if (rc == PCRE2_ERROR_NOMATCH) return 0;
        if (rc < 0) return rc;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(C->md);
        size_t s = ov[0], e = ov[1];
        if (s >= e) return 0; /* empty or \K-reversed match: patterns never mean that */
        int sup = suppressed(C, r, t, s, e);
        if (sup == 0) sup = set_aside(C, r, t, s, e);
        if (sup < 0) return sup;
        if (!sup) { *ms = s; *me = e; return 1; }
        if (s >= t->len) return 0;
        start = utf8_fwd(t->norm, t->len, s, 1);
    }
    return 0;
}

static int has_bit(const uint8_t *bits, int astral, uint32_t cp)
{
    return cp > 0xFFFF ? astral : (bits[cp >> 3] >> (cp & 7)) & 1;
}

/* The code point at s[i] (valid UTF-8) and its length. */
static size_t decode(const unsigned char *s, size_t i, uint32_t *cp)
{
    uint32_t c = s[i];
    size_t l = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (l > 1) {
        c &= 0x3Fu >> (l - 1);
        for (size_t k = 1; k < l; k++) c = (c << 6) | (s[i + k] & 0x3Fu);
    }
    *cp = c;
    return l;
}

/* Rules of the two-character filter that may match at a position holding
 * BMP character c1, with the text going on at next (end when next == len). */
static uint64_t filter_mask(const rules_book *b, uint32_t c1, const unsigned char *s, size_t next, size_t len)
{
    uint16_t ix = b->first_idx[c1];
    if (!ix) return 0;
    const rules_first *f = &b->first[ix - 1];
    uint64_t m = f->any;
    if (!(f->rules & ~m) || next >= len) return m; /* a longer match needs a second character */
    uint32_t c2;
    decode(s, next, &c2);
    uint64_t key = ((uint64_t)c1 << 21) | c2;
    for (size_t h = rules_pair_slot(key, b->pair_mask); b->pair_key[h]; h = (h + 1) & b->pair_mask)
        if (b->pair_key[h] == (key | RULES_PAIR_USED)) return m | (b->pair_rules[h] & f->rules);
    return m;
}

/* Collect the positions of characters that can start a prefiltered rule,
 * each with the rules whose first two characters fit there.  A position
 * no masked rule can start at is kept only for unmasked rules. */
static int build_cands(const rules_book *b, ntext *t)
{
    size_t n = 0, cap = 0;
    uint64_t all = 0;
    const unsigned char *s = (const unsigned char *)t->norm;
    for (size_t i = 0; i < t->len;) {
        /* normalised text is valid UTF-8: no checks needed.  ASCII and
         * three-byte characters (all of CJK) inline: a call per character
         * was 7% of bench-rules. */
        uint32_t cp;
        size_t l;
        unsigned char c0 = s[i];
        if (c0 < 0x80) {
            cp = c0;
            l = 1;
        } else if ((c0 & 0xF0) == 0xE0) {
            cp = ((c0 & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            l = 3;
        } else {
            l = decode(s, i, &cp);
        }
        if (has_bit(b->cand_bits, b->cand_astral, cp)) {
            uint64_t m = cp > 0xFFFF ? b->astral_rules : filter_mask(b, cp, s, i + l, t->len);
            if (m || !b->all_masked) {
                if (n == cap) {
                    size_t nc = cap ? cap * 2 : 256;
                    cand *nv = realloc(t->c, nc * sizeof *nv);
                    if (!nv) return -1;
                    t->c = nv;
                    cap = nc;
                }
                t->c[n].off = i;
                t->c[n].cp = cp;
                t->c[n++].mask = m;
                all |= m;
            }
        }
        i += l;
    }
    t->nc = n;
    t->mask = all;
    t->have_cands = 1;
    return 0;
}

/* Try a match of r starting exactly at off: 1 found (*me), 0 none, <0 error.
 * A keyword match suppressed by an allow context still lets the regex try. */
static int match_at(checker *C, const rules_rule *r, const ntext *t, size_t off, size_t *me)
{
    size_t kl = r->kw.n ? rules_kwset_match(&r->kw, t->norm + off, t->len - off) : 0;
    if (kl) {
        int sup = suppressed(C, r, t, off, off + kl);
        if (sup < 0) return sup;
        if (sup == 0) {
            /* The reader judged this occurrence by its context: a longer
             * regex match at the same start is the same occurrence in the
             * same context, so it is neither scored nor set aside again. */
            sup = set_aside(C, r, t, off, off + kl);
            if (sup) return sup < 0 ? sup : 0;
            *me = off + kl;
            return 1;
        }
    }
    if (!r->n_re) return 0;
    int rc = match_rule(C, r, t, off);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) return rc;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(C->md);
    if (ov[0] != off || ov[1] <= off) return 0;
    size_t e = ov[1];
    if (kl && e == off + kl) return 0;  /* the keyword's match again: dropped already, judged the same */
    int sup = suppressed(C, r, t, off, e);
    if (sup == 0) sup = set_aside(C, r, t, off, e);
    if (sup) return sup < 0 ? sup : 0;
    *me = e;
    return 1;
}

/* Prefiltered first_match: only positions holding a start character. */
static int first_match_pf(checker *C, const rules_rule *r, ntext *t, size_t *ms, size_t *me)
{
    if (!t->have_cands && build_cands(C->book, t) != 0) return PCRE2_ERROR_NOMEMORY;
    if (r->cand_bit >= 0) {
        uint64_t bit = 1ull << r->cand_bit;
        if (!(t->mask & bit)) return 0;
        for (size_t k = 0; k < t->nc; k++) {
            if (!(t->c[k].mask & bit)) continue;
            int rc = match_at(C, r, t, t->c[k].off, me);
            if (rc < 0) return rc;
            if (rc) { *ms = t->c[k].off; return 1; }
        }
        return 0;
    }
    for (size_t k = 0; k < t->nc; k++) {
        if (!has_bit(r->start_bits, r->start_astral, t->c[k].cp)) continue;
        int rc = match_at(C, r, t, t->c[k].off, me);
        if (rc < 0) return rc;
        if (rc) { *ms = t->c[k].off; return 1; }
    }
    return 0;
}

static rules_result norm_into(checker *C, ntext *t, const char *s, size_t len)
{
    t->orig = s;
    t->orig_len = len;
    return rules_norm(C->book->t2s, s, len, &t->norm, &t->len, &t->map);
}

static rules_result check_pattern(checker *C, const rules_rule *r)
{
    rules_result result;
    const parser_page *p = C->page;
    for (int pass = 0; pass < 2; pass++) {
        int title = pass == 1;
        if (!(r->scope & (title ? RULES_SCOPE_TITLE : RULES_SCOPE_TEXT))) continue;
        ntext *t = title ? &C->title : &C->text;
        int *have = title ? &C->have_title : &C->have_text;
        if (!*have) {
            const char *s = title ? p->title : p->text;
            size_t len = s ? (title ? strlen(s) : p->text_len) : 0;
            result = norm_into(C, t, s ? s : "", len);
            if (result != RULES_OK) return result;
            *have = 1;
        }
        size_t ms = 0, me = 0, a, b;   /* set by a match; zeroed for the compilers that cannot see it */
        int rc = r->start_bits ? first_match_pf(C, r, t, &ms, &me) : first_match(C, r, t, &ms, &me);
        if (rc == PCRE2_ERROR_NOMEMORY) return RULES_ENOMEM;
        if (rc < 0) {
            if (is_limit(rc)) C->out->limit_hits++;
            continue;
        }
        if (rc == 0) continue;
        size_t text_off, src_off;
        orig_range(t, ms, me, &a, &b);
        finding_offsets(C, t, a, b, &text_off, &src_off);
        result = add(C, r, t->orig, t->orig_len, a, b, NULL, text_off, src_off);
        if (result == RULES_OK) {
            C->out->v[C->out->n - 1].reader_scored = C->scored;
            C->out->v[C->out->n - 1].reader_score = C->score;
        }
        return result;
    }
    return RULES_OK;
}

static int is_home(const checker *C)
{
    return (C->ctx && C->ctx->is_home) || (C->page->page_kind && !strcmp(C->page->page_kind, "home"));
}

static int on_platform(const checker *C)
{
    return (C->ctx && C->ctx->on_platform) || C->page->platform != NULL;
}

/* A licence that is the platform operator's and the page a shop's: not
 * the shop's licence.  On the platform's own pages it is the subject's. */
static int others_licence(const checker *C, const parser_license *l)
{
    return l->platform && C->ctx && C->ctx->platform_shop;
}

/* No location on the page: quote the title (or the start of the text). */
static rules_result add_page_level(checker *C, const rules_rule *r)
{
    const parser_page *p = C->page;
    if (p->title) return add(C, r, p->title, strlen(p->title), 0, 0, "", 0, 0);
    return add_at(C, r, 0, 0, "");
}

static rules_result check_license_missing(checker *C, const rules_rule *r)
{
    const parser_page *p = C->page;
    if (r->home_only && !is_home(C)) return RULES_OK;
    for (size_t i = 0; i < p->n_licenses; i++)   /* the platform's own licence is not the shop's */
        if (p->licenses[i].visible && !others_licence(C, &p->licenses[i])) return RULES_OK;
    const parser_license_display *d = &p->license_display;
    if (d->image || d->link || d->ezz_link || d->exemption) return RULES_OK;
    return add_page_level(C, r);
}

static rules_result check_license_invalid(checker *C, const rules_rule *r)
{
    for (size_t i = 0; i < C->page->n_licenses; i++) {
        const parser_license *l = &C->page->licenses[i];
        if (l->visible && !l->check_ok) return add_at(C, r, l->text_off, strlen(l->code), l->code);
    }
    return RULES_OK;
}

/* Company names compare without spaces and with ASCII/full-width brackets
 * unified: 杭州某某（有限）公司 == 杭州某某(有限)公司. */
static void name_key(const char *s, char *out, size_t cap)
{
    size_t w = 0;
    while (*s && w + 4 < cap) {
        if (*s == ' ' || *s == '\t' || *s == '\n') { s++; continue; }
        if (!strncmp(s, "\xEF\xBC\x88", 3)) { out[w++] = '('; s += 3; continue; }
        if (!strncmp(s, "\xEF\xBC\x89", 3)) { out[w++] = ')'; s += 3; continue; }
        if (!strncmp(s, "\xE3\x80\x80", 3)) { s += 3; continue; }
        out[w++] = *s++;
    }
    out[w] = '\0';
}

/* A bracketed form of business after the name ("瑞丽市某某商行（个体工商户）",
 * "某某农场(个体工商户)") says what kind of subject the name is, and the
 * registry may write the name with or without it: it is not part of the
 * comparison.  (A partnership's "(有限合伙)" is part of its legal name and
 * stays.) */
static void drop_form(char *k)
{
    static const char *const forms[] = { "(个体工商户)" };
    size_t n = strlen(k);
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        size_t l = strlen(forms[i]);
        if (n > l && !strcmp(k + n - l, forms[i])) {
            k[n - l] = '\0';
            return;
        }
    }
}

/* The registry writes names in simplified script: both names go through the
 * rulebook's normalisation (traditional to simplified, full-width to ASCII)
 * first, so 廈門寶島貿易有限公司 equals 厦门宝岛贸易有限公司. */
static int names_differ(const rules_book *book, const char *a, const char *b)
{
    char ka[512], kb[512], *na = NULL, *nb = NULL;
    size_t la, lb, *ma = NULL, *mb = NULL;
    if (rules_norm(book->t2s, a, strlen(a), &na, &la, &ma) == RULES_OK &&
        rules_norm(book->t2s, b, strlen(b), &nb, &lb, &mb) == RULES_OK) {
        a = na;
        b = nb;
    }
    name_key(a, ka, sizeof ka);
    name_key(b, kb, sizeof kb);
    free(na); free(nb); free(ma); free(mb);
    drop_form(ka);
    drop_form(kb);
    return strcmp(ka, kb) != 0;
}

static int bad_status(const char *st)
{
    static const char *const bad[] = { "吊销", "注销", "经营异常", "严重违法", "失信" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (strstr(st, bad[i])) return 1;
    return 0;
}

static int uscc_prefix(const char *s)
{
    static const char set[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 18; i++)
        if (!s[i] || !strchr(set, s[i])) return 0;
    return s[18] == '\0' || s[18] == '-' || s[18] == '_';
}

static rules_result check_license_mismatch(checker *C, const rules_rule *r)
{
    const parser_page *p = C->page;
    const rules_context *x = C->ctx;
    const parser_license *first = NULL;
    for (size_t i = 0; i < p->n_licenses; i++) {
        const parser_license *l = &p->licenses[i];
        /* a code failing its check character is LICENSE_INVALID's finding:
         * no registry can hold it, so saying so again adds nothing */
        if (!l->visible || !l->check_ok || others_licence(C, l)) continue;
        if (!first) first = l;
        if (!x || !x->registry_lookup) continue;
        char name[256] = "", status[128] = "";
        int rc = x->registry_lookup(x->ud, l->code, name, sizeof name, status, sizeof status);
        if (rc < 0) return RULES_OK; /* no registry imported: stay silent */
        if (rc == 0 || bad_status(status) || (l->company && name[0] && names_differ(C->book, name, l->company)))
            return add_at(C, r, l->text_off, strlen(l->code), l->code);
    }
    const parser_license_display *d = &p->license_display;
    const char *serial = d->ezz_serial;
    /* no code written out, only a link into the electronic licence: the
     * code its serial names must be registered to the company named
     * around the link */
    if (!first && serial && uscc_prefix(serial) && d->ezz_company && x && x->registry_lookup) {
        char code[19], name[256] = "", status[128] = "";
        memcpy(code, serial, 18);
        code[18] = '\0';
        int rc = x->registry_lookup(x->ud, code, name, sizeof name, status, sizeof status);
        if (rc > 0 && (bad_status(status) || (name[0] && names_differ(C->book, name, d->ezz_company))))
            return add_at(C, r, d->ezz_off, d->ezz_len, code);
        return RULES_OK;
    }
    if (first && serial && uscc_prefix(serial)) {
        for (size_t i = 0; i < p->n_licenses; i++)
            if (p->licenses[i].visible && !strncmp(p->licenses[i].code, serial, 18)) return RULES_OK;
        return add_at(C, r, first->text_off, strlen(first->code), first->code);
    }
    return RULES_OK;
}

static int is_icp(const parser_icp *i)
{
    return i->kind == PARSER_ICP_FILING || i->kind == PARSER_ICP_LICENSE || i->kind == PARSER_ICP_B2;
}

static rules_result check_icp_missing(checker *C, const rules_rule *r)
{
    if (on_platform(C) || (r->home_only && !is_home(C))) return RULES_OK;
    for (size_t i = 0; i < C->page->n_icps; i++)
        if (C->page->icps[i].visible && is_icp(&C->page->icps[i])) return RULES_OK;
    return add_page_level(C, r);
}

static rules_result check_icp_invalid(checker *C, const rules_rule *r)
{
    for (size_t i = 0; i < C->page->n_icps; i++) {
        const parser_icp *c = &C->page->icps[i];
        if (!c->visible || !is_icp(c) || (c->well_formed && c->province)) continue;
        const char *num = c->number ? c->number : "";
        return add_at(C, r, c->text_off, strlen(num), num);
    }
    return RULES_OK;
}

static rules_result check_price(checker *C, const rules_rule *r)
{
    const rules_context *x = C->ctx;
    if (!x || !x->price_floor) return RULES_OK;
    for (size_t i = 0; i < C->page->n_prices; i++) {
        const parser_price *pr = &C->page->prices[i];
        double lowest;
        if (pr->original <= 0 || !pr->item_key) continue;
        if (x->price_floor(x->ud, pr->item_key, &lowest) != 1 || !(lowest < pr->original - 0.005)) continue;
        char m[128];
        snprintf(m, sizeof m, "原价 %.2f > 7日最低 %.2f", pr->original, lowest);
        const char *t = C->page->text ? C->page->text : "";
        size_t sl = C->page->text ? C->page->text_len : 0;
        size_t off = pr->text_off < sl ? pr->text_off : sl;
        return add_at(C, r, off, utf8_fwd(t, sl, off, 12) - off, m);
    }
    return RULES_OK;
}

/* kind = honour: the rule's patterns first (abolished honours), then a
 * certificate number no certificate of its kind can carry. */
static rules_result check_honour(checker *C, const rules_rule *r)
{
    size_t before = C->out->n;
    rules_result result = r->n_re || r->kw.n ? check_pattern(C, r) : RULES_OK;
    if (result != RULES_OK || C->out->n > before) return result;
    const parser_cert *c = rules_honour_bad_cert(C->page);
    return c ? add_at(C, r, c->text_off, c->text_len, c->number) : RULES_OK;
}

static rules_result check_rule(checker *C, const rules_rule *r)
{
    switch (r->kind) {
    case RK_PATTERN: return check_pattern(C, r);
    case RK_LICENSE_MISSING: return check_license_missing(C, r);
    case RK_LICENSE_INVALID: return check_license_invalid(C, r);
    case RK_LICENSE_MISMATCH: return check_license_mismatch(C, r);
    case RK_ICP_MISSING: return check_icp_missing(C, r);
    case RK_ICP_INVALID: return check_icp_invalid(C, r);
    case RK_MARK_MISSING:
        return C->page->mark_required && !C->page->mark_present ? add_page_level(C, r) : RULES_OK;
    case RK_FAKE_ORIGINAL_PRICE: return check_price(C, r);
    case RK_HONOUR: return check_honour(C, r);
    case RK_COUNT: break;
    }
    return RULES_OK;
}

rules_result rules_check_page(const rules_book *book, const parser_page *page,
                              const rules_context *ctx, rules_findings *out)
{
    if (!book || !page || !out) return RULES_EINVAL;
    rules_result result = RULES_ENOMEM;
    checker C;
    memset(&C, 0, sizeof C);
    C.book = book;
    C.page = page;
    C.ctx = ctx;
    C.out = out;
    C.md = pcre2_match_data_create(1, NULL);
    C.mc = pcre2_match_context_create(NULL);
    if (!C.md || !C.mc) goto done;
    pcre2_set_match_limit(C.mc, RULES_MATCH_LIMIT);
    pcre2_set_depth_limit(C.mc, RULES_DEPTH_LIMIT);
    pcre2_set_heap_limit(C.mc, RULES_HEAP_LIMIT_KIB);
    result = RULES_OK;
    for (size_t i = 0; i < book->n && result == RULES_OK; i++) {
        const rules_rule *r = &book->v[i];
        int stored = r->kind == RK_LICENSE_MISMATCH || r->kind == RK_FAKE_ORIGINAL_PRICE;
        if (r->enabled && (!ctx || (ctx->stored_only ? stored : !(ctx->page_only && stored))))
            result = check_rule(&C, r);
    }
done:
    free(C.text.norm); free(C.text.map); free(C.text.c);
    free(C.title.norm); free(C.title.map); free(C.title.c);
    pcre2_jit_stack_free(C.js);
    pcre2_match_context_free(C.mc);
    pcre2_match_data_free(C.md);
    return result;
}

void rules_findings_clear(rules_findings *f)
{
    if (!f) return;
    for (size_t i = 0; i < f->n; i++) {
        free(f->v[i].snippet);
        free(f->v[i].matched);
    }
    for (size_t i = 0; i < f->n_aside; i++) {
        free(f->aside[i].snippet);
        free(f->aside[i].matched);
    }
    free(f->aside);
    free(f->v);
    memset(f, 0, sizeof *f);
}
