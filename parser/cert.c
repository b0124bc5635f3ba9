/*
 * Certificate and award numbers a page claims (证书编号 …), for FALSE_HONOUR:
 * an honour whose number cannot exist is a false claim (广告法 第二十八条).
 *
 * Runs on the parser's worker thread, on the visible text only (a number in
 * a script or comment is not displayed).  A claim is a certificate label
 * (证书编号, 证书号, 认证编号, 证书号码, 编号 right after 证书, and their
 * traditional forms) followed by a value: letters, digits, '-', '/', '.'
 * and single spaces, full-width forms read as ASCII.  Its kind comes from
 * the value's prefix or the words before the label in its block:
 *   - CCC (中国强制性产品认证, 3C): 16 digits, the first four the year the
 *     certificate was first issued (2002, when CCC began, or later)
 *     [secondary: certification-service pages; not read in a CNCA text];
 *   - 高新技术企业 (high and new technology enterprise): "GR" + issuing year
 *     (2008 or later, the year the current 认定管理办法 began) + a two-digit
 *     province code (GB/T 2260) + six digits [secondary: certificates quoted
 *     in listed companies' announcements, e.g. GR202311004043];
 *   - a patent (专利号, value ZL…): the CNIPA application number, 12 digits
 *     since October 2003 (year, type 1/2/3/8/9, a 7-digit serial) or 8
 *     before (two-digit year, type, 5-digit serial), then a check character
 *     after a dot or run on (ZL 2020 2 1234567.X); any other count of
 *     digits cannot be a patent's (corpus12 b/holdout 024: 11 digits)
 *     [from memory of the numbering scheme, not read in a CNIPA text];
 *   - any other: only placeholders are malformed (one digit repeated,
 *     123456-style runs, X or * for digits, no digit at all).
 * Every kind is malformed when it is a placeholder.
 */
#include "parser/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { VALUE_MAX = 40, CONTEXT_BYTES = 90 };

/* Each holds 证/證 or starts 专利/專利 (parser_cert_extract relies on it). */
static const char *const CERT_LABELS[] = {"证书编号", "证书号码", "证书号", "认证编号", "證書編號",
                                          "證書號碼", "證書號", "認證編號", "专利号码", "专利号",
                                          "專利號碼", "專利號", NULL};
_Static_assert(sizeof CERT_LABELS / sizeof *CERT_LABELS - 1 <= PARSER_LABELSET_MAX,
               "cert.c: CERT_LABELS exceed PARSER_LABELSET_MAX");

/* ASCII form of a value character (full-width read as ASCII), or 0. */
static char value_char(uint32_t cp)
{
    cp = parser_fold_width(cp);
    if (cp < 0x80 && (isalnum((int)cp) || cp == '-' || cp == '/' || cp == '.' || cp == '*'))
        return (char)toupper((int)cp);
    return 0;
}

/* A bilingual label's English half after t[i]: "/Certificate No.:" (a
 * '/', ASCII letters, spaces and dots, then ':'): the offset after it, or
 * i when there is none. */
static size_t skip_english_label(const char *t, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && j - i < 4 && (t[j] == ' ' || t[j] == '/'))
        j++;
    if (j == i || t[j - 1] != '/')
        return i;
    for (size_t lim = j + 40; j < n && j < lim; j++) {
        unsigned char c = (unsigned char)t[j];
        if (c == ':')
            return j + 1;
        if (!isalpha(c) && c != ' ' && c != '.')
            return i;
    }
    return i;
}

/* Between a certificate label and its value: "：", a space, "为" (not a
 * line break: the value is on the label's line). */
static int value_lead(uint32_t cp)
{
    return (cp == ':' || cp == 0xFF1A || cp == 0x4E3A || parser_utf8_is_space(cp)) && cp != '\n';
}

static int value_join(uint32_t cp)
{
    return cp == ' ';
}

/* How a certificate number is read.  Unlike a licence code (license.c) it
 * may hold '-', '/', '.' and '*' and has no fixed length, so groups join on
 * a single ASCII space before an ASCII value character whatever the length,
 * and reading stops at VALUE_MAX - 1 characters. */
static const parser_code_rules VALUE_RULES = {.ch = value_char,
                                              .skip = value_lead,
                                              .max_skip = 4,
                                              .join = value_join,
                                              .fit = 0,
                                              .stop_at_cap = 1};

/* The value after a label ending at t[i]: its ASCII copy (spaces dropped)
 * in v, its extent in t in *st and *end; returns the copy's length. */
static size_t read_value(const char *t, size_t n, size_t i, char v[VALUE_MAX], size_t *st,
                         size_t *end)
{
    i = skip_english_label(t, n, i);
    size_t k = parser_read_code(t, n, i, &VALUE_RULES, v, VALUE_MAX, st, end);
    while (k > 0 && (v[k - 1] == '.' || v[k - 1] == '-' || v[k - 1] == '/'))
        k--; /* "编号：2023…。" ends a sentence */
    v[k] = '\0';
    return k;
}

/* What the certificate is, from its value and the block before its label. */
static parser_cert_kind kind_of(const char *v, const char *t, size_t label)
{
    if (strncmp(v, "CCC", 3) == 0 || strncmp(v, "3C", 2) == 0)
        return PARSER_CERT_CCC;
    if (strncmp(v, "GR", 2) == 0)
        return PARSER_CERT_HNTE;
    if (memcmp(t + label, "专利", 6) == 0 || memcmp(t + label, "專利", 6) == 0)
        return PARSER_CERT_PATENT;
    size_t from = label > CONTEXT_BYTES ? label - CONTEXT_BYTES : 0;
    while (from < label && ((unsigned char)t[from] & 0xC0) == 0x80)
        from++;
    for (size_t p = label; p > from; p--)
        if (t[p - 1] == '\n') {
            from = p;
            break;
        }
    static const char *const ccc[] = {"3C", "3c", "CCC", "ccc", "强制性产品认证", "强制认证",
                                      "強制性產品認證", "強制認證", NULL};
    static const char *const hnte[] = {"高新技术企业", "高新技術企業", NULL};
    for (size_t i = 0; ccc[i]; i++)
        if (memmem(t + from, label - from, ccc[i], strlen(ccc[i])))
            return PARSER_CERT_CCC;
    for (size_t i = 0; hnte[i]; i++)
        if (memmem(t + from, label - from, hnte[i], strlen(hnte[i])))
            return PARSER_CERT_HNTE;
    return PARSER_CERT_OTHER;
}

/* Digits of v in d (at most cap - 1); returns how many. */
static size_t digits_of(const char *v, char *d, size_t cap)
{
    size_t k = 0;
    for (; *v && k + 1 < cap; v++)
        if (isdigit((unsigned char)*v))
            d[k++] = *v;
    d[k] = '\0';
    return k;
}

/* XXX or *** standing for digits; a lone X is a check character (numbers
 * built from an identity-card number end in one). */
static int masked(const char *v)
{
    return strstr(v, "XXX") || strstr(v, "***");
}

static int placeholder(const char *v)
{
    char d[VALUE_MAX];
    size_t n = digits_of(v, d, sizeof d);
    if (n == 0 || masked(v))
        return 1;
    int same = 1, up = 1;
    for (size_t i = 1; i < n; i++) {
        same &= d[i] == d[0];
        up &= d[i] == (char)((d[i - 1] - '0' + 1) % 10 + '0');
    }
    return n >= 4 && (same || up);
}

static int year_ok(const char *d, int first)
{
    int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    return y >= first && y <= 2099;
}

/* GB/T 2260 province-level codes (first two digits of a division code). */
static int province_code(int c)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (codes[i] == c)
            return 1;
    return 0;
}

/* A patent number's digits: 12 (from 2003) or 8 before the check
 * character, which follows a dot or runs on as a 13th or 9th digit. */
static int patent_ok(const char *v)
{
    const char *p = strncmp(v, "ZL", 2) == 0 || strncmp(v, "CN", 2) == 0 ? v + 2 : v;
    size_t k = strspn(p, "0123456789");
    if (p[k] == '.') {
        const char *c = p + k + 1;
        if (!(strlen(c) == 1 && (isdigit((unsigned char)c[0]) || c[0] == 'X')))
            return 0;
    } else if (p[k] == 'X' && p[k + 1] == '\0') {
        /* the check character X run on */
    } else if (p[k] != '\0') {
        return 0;
    } else if (k == 13 || k == 9) {
        k--; /* the check digit run on */
    }
    if (k == 12)
        return year_ok(p, 2003) && strchr("12389", p[4]) != NULL;
    return k == 8 && strchr("12389", p[2]) != NULL;
}

static int well_formed(parser_cert_kind kind, const char *v)
{
    if (placeholder(v))
        return 0;
    char d[VALUE_MAX];
    size_t n = digits_of(v, d, sizeof d);
    if (kind == PARSER_CERT_CCC) {
        const char *p = strncmp(v, "CCC", 3) == 0 ? v + 3 : v;
        return strspn(p, "0123456789") == strlen(p) && n == 16 && year_ok(d, 2002);
    }
    if (kind == PARSER_CERT_HNTE)
        return strncmp(v, "GR", 2) == 0 && strspn(v + 2, "0123456789") == strlen(v + 2) &&
               n == 12 && year_ok(d, 2008) && province_code((d[4] - '0') * 10 + (d[5] - '0'));
    if (kind == PARSER_CERT_PATENT)
        return patent_ok(v);
    return 1;
}

typedef struct {
    parser_cert *v;
    size_t n, cap;
    int failed;
} cert_list;

static void add(cert_list *L, parser_cert_kind kind, const char *v, const char *t, size_t st,
                size_t end)
{
    if (L->n >= PARSER_MAX_CERTS)
        return;
    for (size_t i = 0; i < L->n; i++)
        if (L->v[i].text_off == st)
            return; /* 证书号码 and 证书号 read one value */
    if (L->n == L->cap) {
        parser_cert *nv = parser_grow(L->v, &L->cap, sizeof *nv, 4);
        if (!nv) {
            L->failed = 1;
            return;
        }
        L->v = nv;
    }
    parser_cert *c = &L->v[L->n];
    c->kind = kind;
    c->number = parser_str_collapse(t + st, end - st, VALUE_MAX * 3);
    if (!c->number) {
        L->failed = 1;
        return;
    }
    c->well_formed = well_formed(kind, v);
    c->text_off = st;
    c->text_len = end - st;
    L->n++;
}

parser_result parser_cert_extract(parser_page *page)
{
    cert_list L = {0};
    const char *t = page->text;
    size_t n = t ? page->text_len : 0;
    /* every label holds 证 or 證: most pages hold neither, and two memmem
     * passes (fast on a 3-byte needle) spare the label pass */
    if (t && !memmem(t, n, "证", 3) && !memmem(t, n, "證", 3) && !memmem(t, n, "专利", 6) &&
        !memmem(t, n, "專利", 6))
        t = NULL;
    if (t) {
        /* one pass for all labels, read in the former per-label order:
         * add() keeps the first value read at an offset */
        parser_labelset labels;
        parser_labelset_init(&labels);
        for (size_t li = 0; CERT_LABELS[li]; li++)
            parser_labelset_add(&labels, CERT_LABELS[li]);
        parser_label_hit *hits;
        size_t nh = parser_labelset_all(&labels, t, n, &hits);
        if (nh == (size_t)-1) {
            L.failed = 1;
            nh = 0;
        }
        for (size_t h = 0; h < nh && !L.failed; h++) {
            char v[VALUE_MAX];
            size_t st, end, p = hits[h].pos;
            if (read_value(t, n, p + labels.len[hits[h].label], v, &st, &end) == 0)
                continue;
            add(&L, kind_of(v, t, p), v, t, st, end);
        }
        free(hits);
    }
    page->certs = L.v;
    page->n_certs = L.n;
    return L.failed ? PARSER_ENOMEM : PARSER_OK;
}

void parser_certs_free(parser_page *page)
{
    for (size_t i = 0; i < page->n_certs; i++)
        free(page->certs[i].number);
    free(page->certs);
    page->certs = NULL;
    page->n_certs = 0;
}
