/*
 * Small helpers shared inside the parser: a growable buffer that records
 * allocation failure instead of returning it at every call, UTF-8 stepping,
 * whitespace collapsing and URL splitting.
 */
#include "parser/internal.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void parser_pbuf_append(pbuf *b, const char *s, size_t n)
{
    if (b->failed || n == 0)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) {
            b->failed = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void *parser_grow(void *v, size_t *cap, size_t elem, size_t first)
{
    size_t n = *cap ? *cap * 2 : first;
    void *p = realloc(v, n * elem);

    if (p)
        *cap = n;
    return p;
}

void parser_pbuf_putc(pbuf *b, char c)
{
    parser_pbuf_append(b, &c, 1);
}

char *parser_pbuf_take(pbuf *b, size_t *len)
{
    if (b->failed) {
        parser_pbuf_free(b);
        return NULL;
    }
    if (!b->data) {
        b->data = malloc(1);
        if (!b->data)
            return NULL;
        b->data[0] = '\0';
    }
    char *d = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void parser_pbuf_free(pbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

uint32_t parser_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    size_t left = n - *i;
    uint32_t cp;
    size_t k;
    if (u[0] < 0x80) {
        *i += 1;
        return u[0];
    }
    if (u[0] >= 0xC2 && u[0] <= 0xDF) {
        k = 2;
        cp = u[0] & 0x1F;
    } else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        k = 3;
        cp = u[0] & 0x0F;
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        k = 4;
        cp = u[0] & 0x07;
    } else {
        *i += 1;
        return 0xFFFD;
    }
    if (left < k) {
        *i += 1;
        return 0xFFFD;
    }
    for (size_t j = 1; j < k; j++) {
        if ((u[j] & 0xC0) != 0x80) {
            *i += 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (u[j] & 0x3F);
    }
    if ((k == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (k == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
        *i += 1;
        return 0xFFFD;
    }
    *i += k;
    return cp;
}

uint32_t parser_utf8_prev(const char *s, size_t i, size_t *start)
{
    if (i == 0) {
        *start = 0;
        return 0;
    }
    size_t j = i - 1;
    while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    size_t k = j;
    uint32_t cp = parser_utf8_next(s, i, &k);
    if (k != i) { /* malformed tail: step back one byte only */
        j = i - 1;
        cp = 0xFFFD;
    }
    *start = j;
    return cp;
}

size_t parser_utf8_put(uint32_t cp, char out[4])
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int parser_utf8_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
           cp == 0x205F || cp == 0x1680;
}

char *parser_str_collapse(const char *s, size_t n, size_t max)
{
    pbuf b = {0};
    size_t i = 0;
    int pending = 0;
    while (i < n && b.len < max) {
        size_t st = i;
        uint32_t cp = parser_utf8_next(s, n, &i);
        if (parser_utf8_is_space(cp)) {
            pending = b.len > 0;
            continue;
        }
        if (pending)
            parser_pbuf_putc(&b, ' ');
        pending = 0;
        if (b.len + (i - st) > max)
            break;
        if (cp == 0xFFFD && i - st == 1)
            parser_pbuf_append(&b, "\xEF\xBF\xBD", 3);
        else
            parser_pbuf_append(&b, s + st, i - st);
    }
    return parser_pbuf_take(&b, NULL);
}

void parser_url_host(const char *url, char *out, size_t outlen)
{
    out[0] = '\0';
    if (!url || outlen == 0)
        return;
    const char *p = strstr(url, "://");
    if (!p)
        return;
    p += 3;
    const char *at = NULL;
    const char *end = p + strcspn(p, "/?#");
    for (const char *q = p; q < end; q++)
        if (*q == '@')
            at = q;
    if (at)
        p = at + 1;
    size_t n = 0;
    if (*p == '[') { /* IPv6 literal: keep brackets off the port split */
        const char *rb = memchr(p, ']', (size_t)(end - p));
        n = rb ? (size_t)(rb - p + 1) : (size_t)(end - p);
    } else {
        const char *colon = memchr(p, ':', (size_t)(end - p));
        n = (size_t)((colon ? colon : end) - p);
    }
    if (n >= outlen)
        n = outlen - 1;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)p[i]);
    out[n] = '\0';
}

char *parser_url_path(const char *url, int with_query)
{
    const char *p = url ? url : "";
    const char *s = strstr(p, "://");
    if (s) {
        s += 3;
        p = s + strcspn(s, "/?#");
    }
    size_t n = with_query ? strcspn(p, "#") : strcspn(p, "?#");
    pbuf b = {0};
    if (n == 0 || p[0] != '/')
        parser_pbuf_putc(&b, '/');
    parser_pbuf_append(&b, p, n);
    return parser_pbuf_take(&b, NULL);
}

/* Inline style hides the element (display:none / visibility:hidden). */
int parser_style_hidden(const char *style)
{
    char buf[512];
    size_t k = 0;
    for (const char *p = style; *p && k + 1 < sizeof buf; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            buf[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    buf[k] = '\0';
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

/* ---- label sets ---- */

void parser_labelset_init(parser_labelset *s)
{
    memset(s, 0, sizeof *s);
}

/* The other ASCII case of a letter, else the byte itself. */
static unsigned char other_case(unsigned char c)
{
    return (unsigned char)(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? c ^ 0x20 : c);
}

/* Files label k under first byte b0 and second byte b1. */
static void index_label(parser_labelset *s, unsigned char b0, unsigned char b1, size_t k)
{
    if (!s->lead[b0]) {
        assert(s->rows < PARSER_LABELSET_MAX);
        s->lead[b0] = ++s->rows;
    }
    size_t row = s->lead[b0] - 1u;
    s->second[row][b1 >> 6] |= 1ULL << (b1 & 63);
    s->labels[row] |= 1u << k;
}

void parser_labelset_add(parser_labelset *s, const char *label)
{
    size_t l = strlen(label);
    assert(s->n < PARSER_LABELSET_MAX && l >= 2 && l <= 255);
    unsigned char b0 = (unsigned char)label[0], b1 = (unsigned char)label[1];
    index_label(s, b0, b1, s->n);
    if (s->fold) { /* "USCC" also as "uscc", "Credit Code" as "credit code" */
        index_label(s, b0, other_case(b1), s->n);
        index_label(s, other_case(b0), b1, s->n);
        index_label(s, other_case(b0), other_case(b1), s->n);
    }
    s->label[s->n] = label;
    s->len[s->n] = (uint8_t)l;
    s->n++;
}

void parser_labelset_fold(parser_labelset *s)
{
    s->fold = 1;
}

static uint32_t ascii_lower(uint32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Does label[0..l) match u[0..l) character by character, each pair equal
 * once simplified (or, for ASCII letters, in either case)?  Only pairs of equal byte length can be
 * equal (all parser_simplified() pairs are), so offsets stay the label's. */
static int folded_equal(const unsigned char *u, const char *label, size_t l)
{
    size_t i = 0, j = 0;
    while (i < l) {
        size_t i0 = i, j0 = j;
        uint32_t a = parser_utf8_next(label, l, &i);
        uint32_t b = parser_utf8_next((const char *)u, l, &j);
        if (i - i0 != j - j0 || (a != b && ascii_lower(a) != ascii_lower(b) &&
                                 parser_simplified(a) != parser_simplified(b)))
            return 0;
    }
    return j == l;
}

/* The labels whose first two bytes are t[i], t[i + 1] (i + 1 < n) and
 * that match wholly before n (or, in a folding set, match folded). */
static uint32_t labels_at(const parser_labelset *s, const unsigned char *u, size_t n, size_t i,
                          unsigned row)
{
    unsigned char b1 = u[i + 1];
    if (!((s->second[row][b1 >> 6] >> (b1 & 63)) & 1))
        return 0;
    uint32_t found = 0;
    for (uint32_t m = s->labels[row]; m; m &= m - 1) {
        unsigned k = (unsigned)__builtin_ctz(m);
        if (i + s->len[k] <= n && (memcmp(u + i, s->label[k], s->len[k]) == 0 ||
                                   (s->fold && folded_equal(u + i, s->label[k], s->len[k]))))
            found |= 1u << k;
    }
    return found;
}

uint32_t parser_labelset_match(const parser_labelset *s, const char *t, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)t;
    unsigned row = i + 1 < n ? s->lead[u[i]] : 0;   /* the inline caller tested this already */
    return row ? labels_at(s, u, n, i, row - 1u) : 0;
}

size_t parser_labelset_next(const parser_labelset *s, const char *t, size_t from, size_t to,
                            uint32_t *found)
{
    const unsigned char *u = (const unsigned char *)t;
    for (size_t i = from; i + 1 < to; i++) {
        unsigned row = s->lead[u[i]];
        if (!row)
            continue;
        uint32_t f = labels_at(s, u, to, i, row - 1);
        if (f) {
            *found = f;
            return i;
        }
    }
    *found = 0;
    return to;
}

size_t parser_labelset_all(const parser_labelset *s, const char *t, size_t n,
                           parser_label_hit **hits)
{
    parser_label_hit *h = NULL, *sorted = NULL;
    size_t nh = 0, cap = 0;
    size_t resume[PARSER_LABELSET_MAX] = {0}, count[PARSER_LABELSET_MAX + 1] = {0};
    uint32_t f;
    *hits = NULL;
    for (size_t p = 0; (p = parser_labelset_next(s, t, p, n, &f)) < n; p++) {
        for (; f; f &= f - 1) {
            size_t k = (size_t)__builtin_ctz(f);
            if (p < resume[k])
                continue; /* inside this label's previous occurrence */
            resume[k] = p + s->len[k];
            if (nh == cap) {
                parser_label_hit *g = parser_grow(h, &cap, sizeof *g, 16);
                if (!g) {
                    free(h);
                    return (size_t)-1;
                }
                h = g;
            }
            h[nh++] = (parser_label_hit){.pos = p, .label = k};
            count[k + 1]++;
        }
    }
    if (nh == 0)
        return 0;
    sorted = malloc(nh * sizeof *sorted);
    if (!sorted) {
        free(h);
        return (size_t)-1;
    }
    /* a stable counting sort by label keeps each label's offsets in order */
    for (size_t k = 1; k <= PARSER_LABELSET_MAX; k++)
        count[k] += count[k - 1];
    for (size_t x = 0; x < nh; x++)
        sorted[count[h[x].label]++] = h[x];
    free(h);
    *hits = sorted;
    return nh;
}

/* ---- codes after a label ---- */

/* Traditional forms of the characters the extractors' labels and numbers
 * use, simplified (a switch: the compiler searches it, in any order);
 * province abbreviations of ICP and 公网安备 numbers too: 閩ICP備… is the
 * filing 闽ICP备….  Every pair is three bytes in UTF-8 on both sides, so a
 * folded comparison keeps byte offsets. */
uint32_t parser_simplified(uint32_t cp)
{
    switch (cp) {
    case 0x96FB: return 0x7535; /* 電 */
    case 0x8A71: return 0x8BDD; /* 話 */
    case 0x90F5: return 0x90AE; /* 郵 */
    case 0x865F: return 0x53F7; /* 號 */
    case 0x7DB2: return 0x7F51; /* 網 */
    case 0x5099: return 0x5907; /* 備 */
    case 0x806F: return 0x8054; /* 聯 */
    case 0x7E6B: return 0x7CFB; /* 繫 */
    case 0x4FC2: return 0x7CFB; /* 係 */
    case 0x7A31: return 0x79F0; /* 稱 */
    case 0x7D93: return 0x7ECF; /* 經 */
    case 0x71DF: return 0x8425; /* 營 */
    case 0x9AD4: return 0x4F53; /* 體 */
    case 0x6236: return 0x6237; /* 戶 */
    case 0x7D71: return 0x7EDF; /* 統 */
    case 0x8B49: return 0x8BC1; /* 證 */
    case 0x78BC: return 0x7801; /* 碼 */
    case 0x6A5F: return 0x673A; /* 機 */
    case 0x5E33: return 0x8D26; /* 帳 */
    case 0x8CEC: return 0x8D26; /* 賬 */
    case 0x71B1: return 0x70ED; /* 熱 */
    case 0x7DDA: return 0x7EBF; /* 線 */
    case 0x8A0A: return 0x8BAF; /* 訊 */
    case 0x92B7: return 0x9500; /* 銷 */
    case 0x6649: return 0x664B; /* 晉 */
    case 0x907C: return 0x8FBD; /* 遼 */
    case 0x6EEC: return 0x6CAA; /* 滬 */
    case 0x8607: return 0x82CF; /* 蘇 */
    case 0x95A9: return 0x95FD; /* 閩 */
    case 0x8D1B: return 0x8D63; /* 贛 */
    case 0x9B6F: return 0x9C81; /* 魯 */
    case 0x7CB5: return 0x7CA4; /* 粵 */
    case 0x74CA: return 0x743C; /* 瓊 */
    case 0x965D: return 0x9655; /* 陝 */
    case 0x96B4: return 0x9647; /* 隴 */
    case 0x5BE7: return 0x5B81; /* 寧 */
    case 0x8A3B: return 0x6CE8; /* 註 */
    case 0x518A: return 0x518C; /* 冊 */
    case 0x6703: return 0x4F1A; /* 會 */
    case 0x57F7: return 0x6267; /* 執 */
    case 0x7DE8: return 0x7F16; /* 編 */
    case 0x8B58: return 0x8BC6; /* 識 */
    case 0x5225: return 0x522B; /* 別 */
    case 0x7A05: return 0x7A0E; /* 稅 */
    case 0x7D0D: return 0x7EB3; /* 納 */
    default: return cp;
    }
}

uint32_t parser_fold_width(uint32_t cp)
{
    return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
}

/* Whether a join at t[j] is allowed for a value of k characters so far. */
static int may_join(const char *t, size_t n, size_t j, size_t k, const parser_code_rules *r)
{
    if (r->fit == 0) {
        if (j >= n)
            return 0;
        size_t q = j;
        uint32_t cp = parser_utf8_next(t, n, &q);
        return cp < 0x80 && r->ch(cp);
    }
    if (k >= r->fit)
        return 0;
    size_t g = 0;
    for (size_t m = j; m < n && g + k <= r->fit; g++) {
        size_t q = m;
        if (!r->ch(parser_utf8_next(t, n, &q)))
            break;
        m = q;
    }
    return g > 0 && g + k <= r->fit;
}

size_t parser_read_code(const char *t, size_t n, size_t i, const parser_code_rules *r, char *out,
                        size_t cap, size_t *st, size_t *end)
{
    size_t k = 0, j;
    int lines = 0;
    for (int guard = 0; i < n && guard < r->max_skip; guard++) {
        j = i;
        uint32_t cp = parser_utf8_next(t, n, &j);
        if (cp == '\n' && lines < r->max_lines)
            lines++;
        else if (!r->skip(cp))
            break;
        i = j;
    }
    *st = *end = i;
    while (i < n && (!r->stop_at_cap || k + 1 < cap)) {
        j = i;
        uint32_t cp = parser_utf8_next(t, n, &j);
        char c = r->ch(cp);
        if (c) {
            if (k + 1 < cap)
                out[k] = c;
            k++;
            i = *end = j;
            continue;
        }
        if (k == 0 || !r->join(cp) || !may_join(t, n, j, k, r))
            break;
        i = j;
    }
    out[k < cap ? k : cap - 1] = '\0';
    return k;
}
