/*
 * ICP filings (京ICP备16017121号-1), ICP licences (京ICP证030173号),
 * value-added telecom licences (浙B2-20080101) and public-security filings
 * (京公网安备 11010502032345号).
 *
 * Scanned first in the visible text (visible=1, text_off set), then in the
 * whole decoded source, where anything not already seen is recorded with
 * visible=0 (script, comments, hidden blocks).  Duplicates are keyed by
 * kind + digits, so "鄂 B2-20120083" and "B2-20120083" are one licence.
 * Tolerated between the parts: ASCII/NBSP/ideographic spaces, '|' and
 * full-width '｜' (京｜ICP备...), ':'/'：', full-width digits and hyphens.
 * Traditional script is read as simplified: 備/證/號, 公網安備 and the
 * traditional province abbreviations (閩, 粵, 蘇 ...).  Any digit run after
 * ICP备/ICP证/公网安备 is recorded, however short, so that a malformed number
 * is reported as displayed-but-invalid (ICP_INVALID), not as missing.
 * well_formed = known province abbreviation (or none for B2, which MIIT
 * issues nationally), the right digit count (filing 8, or 10 starting with
 * 19/20; licence 6; B2 8; 公网安备 14 or 12, whose division code must be in
 * the abbreviation's province), and not a placeholder (all one digit,
 * 12345678-style runs, X or * in the number).
 */
#include "parser/internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { KEY_MAX = 40, DIGITS_MAX = 24 };

typedef struct {
    const char *abbr;
    const char *name;
    int code; /* GB/T 2260 province code (first two digits) */
} province;

static const province PROVINCES[] = {
    {"京", "北京", 11}, {"津", "天津", 12}, {"冀", "河北", 13}, {"晋", "山西", 14},
    {"蒙", "内蒙古", 15}, {"辽", "辽宁", 21}, {"吉", "吉林", 22}, {"黑", "黑龙江", 23},
    {"沪", "上海", 31}, {"苏", "江苏", 32}, {"浙", "浙江", 33}, {"皖", "安徽", 34},
    {"闽", "福建", 35}, {"赣", "江西", 36}, {"鲁", "山东", 37}, {"豫", "河南", 41},
    {"鄂", "湖北", 42}, {"湘", "湖南", 43}, {"粤", "广东", 44}, {"桂", "广西", 45},
    {"琼", "海南", 46}, {"渝", "重庆", 50}, {"川", "四川", 51}, {"蜀", "四川", 51},
    {"黔", "贵州", 52}, {"滇", "云南", 53}, {"藏", "西藏", 54}, {"陕", "陕西", 61},
    {"甘", "甘肃", 62}, {"陇", "甘肃", 62}, {"青", "青海", 63}, {"宁", "宁夏", 64},
    {"新", "新疆", 65},
    /* traditional forms, as Big5 and HK/TW-made templates print them */
    {"晉", "山西", 14}, {"遼", "辽宁", 21}, {"滬", "上海", 31}, {"蘇", "江苏", 32},
    {"閩", "福建", 35}, {"贛", "江西", 36}, {"魯", "山东", 37}, {"粵", "广东", 44},
    {"瓊", "海南", 46}, {"陝", "陕西", 61}, {"隴", "甘肃", 62}, {"寧", "宁夏", 64},
};

static const province *find_province(const char *abbr)
{
    for (size_t i = 0; i < sizeof PROVINCES / sizeof PROVINCES[0]; i++)
        if (strcmp(PROVINCES[i].abbr, abbr) == 0)
            return &PROVINCES[i];
    return NULL;
}

typedef struct {
    parser_icp *v;
    size_t n, cap;
    char (*keys)[KEY_MAX];
    int failed;
} icp_list;

/* Separator allowed between the parts of a number. */
static int is_sep(uint32_t cp)
{
    return parser_utf8_is_space(cp) || cp == '|' || cp == 0xFF5C;
}

static int is_hyphen(uint32_t cp)
{
    return cp == '-' || cp == 0xFF0D || cp == 0x2014 || cp == 0x2013 || cp == 0x2010 ||
           cp == 0x2212;
}

/* ASCII value of a (possibly full-width) digit or placeholder, else 0. */
static char digit_of(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (char)cp;
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (char)('0' + cp - 0xFF10);
    if (cp == 'X' || cp == 'x' || cp == '*' || cp == 0xFF38 || cp == 0xFF58)
        return 'X';
    return 0;
}

static size_t skip_seps(const char *t, size_t n, size_t i, int colon)
{
    while (i < n) {
        size_t j = i;
        uint32_t cp = parser_utf8_next(t, n, &j);
        if (!is_sep(cp) && !(colon && (cp == ':' || cp == 0xFF1A)))
            break;
        i = j;
    }
    return i;
}

/* Reads digits at t[*i]; ASCII copy into d; returns count. */
static size_t read_digits(const char *t, size_t n, size_t *i, char *d, size_t dmax)
{
    size_t k = 0;
    while (*i < n) {
        size_t j = *i;
        char c = digit_of(parser_utf8_next(t, n, &j));
        if (!c)
            break;
        if (k + 1 < dmax)
            d[k++] = c;
        *i = j;
    }
    d[k] = '\0';
    return k;
}

static int placeholder(const char *d)
{
    size_t n = strlen(d);
    if (strchr(d, 'X'))
        return 1;
    int same = 1, up = 1, down = 1;
    for (size_t i = 1; i < n; i++) {
        same &= d[i] == d[0];
        up &= d[i] == (char)((d[i - 1] - '0' + 1) % 10 + '0');
        down &= d[i] == (char)((d[i - 1] - '0' + 9) % 10 + '0');
    }
    return n > 1 && (same || up || down);
}

/* Abbreviation right before pos (skipping separators): a CJK character. */
static size_t find_abbr(const char *t, size_t pos, char abbr[8])
{
    size_t i = pos, st;
    abbr[0] = '\0';
    for (int guard = 0; i > 0 && guard < 8; guard++) {
        uint32_t cp = parser_utf8_prev(t, i, &st);
        if (!is_sep(cp))
            break;
        i = st;
    }
    uint32_t cp = parser_utf8_prev(t, i, &st);
    if (cp >= 0x3400 && cp < 0xA000 && i - st < 8) {
        memcpy(abbr, t + st, i - st);
        abbr[i - st] = '\0';
        return st;
    }
    return pos;
}

static int starts(const char *t, size_t n, size_t i, const char *lit)
{
    size_t l = strlen(lit);
    return i + l <= n && memcmp(t + i, lit, l) == 0;
}

/* Optional "号", then "-N"; returns new end. */
static size_t read_suffix(const char *t, size_t n, size_t i, char *d, size_t dmax)
{
    size_t j = skip_seps(t, n, i, 0);
    if (starts(t, n, j, "号") || starts(t, n, j, "號"))
        i = j + 3;
    j = skip_seps(t, n, i, 0);
    uint32_t cp = j < n ? parser_utf8_next(t, n, &j) : 0;
    if (is_hyphen(cp)) {
        char s[8];
        size_t k = skip_seps(t, n, j, 0);
        if (read_digits(t, n, &k, s, sizeof s) > 0) {
            size_t l = strlen(d);
            if (l + 1 + strlen(s) < dmax) {
                d[l] = '-';
                memcpy(d + l + 1, s, strlen(s) + 1);
            }
            return k;
        }
    }
    return i;
}

static void add(icp_list *L, parser_icp_kind kind, const char *t, size_t st, size_t end,
                const char *abbr, const char *digits, int well, int visible)
{
    char key[KEY_MAX];
    snprintf(key, sizeof key, "%d:%s", (int)kind, digits);
    for (size_t i = 0; i < L->n; i++)
        if (strcmp(L->keys[i], key) == 0)
            return;
    if (L->n >= PARSER_MAX_ICPS)
        return;
    if (L->n == L->cap) {
        size_t cap = L->cap ? L->cap * 2 : 8;
        parser_icp *v = realloc(L->v, cap * sizeof *v);
        char(*k)[KEY_MAX] = v ? realloc(L->keys, cap * sizeof *k) : NULL;
        if (v)
            L->v = v;
        if (!v || !k) {
            L->failed = 1;
            return;
        }
        L->keys = k;
        L->cap = cap;
    }
    parser_icp *e = &L->v[L->n];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->number = parser_str_collapse(t + st, end - st, 128);
    snprintf(e->abbr, sizeof e->abbr, "%s", abbr);
    const province *p = abbr[0] ? find_province(abbr) : NULL;
    e->province = p ? p->name : NULL;
    e->well_formed = well && (p || (kind == PARSER_ICP_B2 && !abbr[0]));
    if (kind == PARSER_ICP_PSB && p && strlen(digits) >= 12)
        e->well_formed &= (digits[0] - '0') * 10 + (digits[1] - '0') == p->code;
    e->visible = visible;
    e->text_off = visible ? st : 0;
    memcpy(L->keys[L->n], key, KEY_MAX);
    if (!e->number)
        L->failed = 1;
    else
        L->n++;
}

/* One space of any width inside a line: ASCII, NBSP, the ideographic
 * space and the typographic ones (U+2000-U+200A en/em/thin..., U+202F,
 * U+205F) a page with full-width digits puts between groups; not a line
 * break or a tab. */
static int group_space(uint32_t cp)
{
    return cp == ' ' || cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F;
}

/* Further digit groups, each after one space, the last closed by 号/號 or a
 * site suffix, itself after at most one space ("苏ICP备1102 3456号",
 * "粤ICP备 2022 041876 号": footers print the number in groups, a year
 * first): appended to d (nd digits so far) when the digits before each
 * group are short of a whole number (fewer than whole digits: a whole
 * number and a stray digit after it stay apart) and all stay within 10
 * digits (so within d, DIGITS_MAX); returns the new count and moves *j
 * past the last group, else nd. */
static size_t second_group(const char *t, size_t n, size_t *j, char *d, size_t nd, size_t whole)
{
    char all[DIGITS_MAX];
    _Static_assert(10 < DIGITS_MAX, "groups of at most 10 digits in all fit d");
    size_t q = *j, na = nd;
    memcpy(all, d, nd + 1);
    for (int group = 0; group < 3 && na < whole; group++) {
        uint32_t cp = q < n ? parser_utf8_next(t, n, &q) : 0;
        if (!group_space(cp))
            return nd;
        char g[DIGITS_MAX];
        size_t ng = read_digits(t, n, &q, g, sizeof g);
        if (ng == 0 || na + ng > 10)
            return nd;
        memcpy(all + na, g, ng + 1);
        na += ng;
        size_t e = q, e2 = q;
        if (e < n && group_space(parser_utf8_next(t, n, &e2)))
            e = e2;
        if (starts(t, n, e, "号") || starts(t, n, e, "號") || starts(t, n, e, "-")) {
            memcpy(d, all, na + 1);
            *j = q;
            return na;
        }
    }
    return nd;
}

/* At t[i] = "ICP" (or "ＩＣＰ"); returns the end of a match or i. */
static size_t try_icp(icp_list *L, const char *t, size_t n, size_t i, size_t ilen, int vis)
{
    size_t j = skip_seps(t, n, i + ilen, 0);
    parser_icp_kind kind;
    if (starts(t, n, j, "备") || starts(t, n, j, "備"))
        kind = PARSER_ICP_FILING;
    else if (starts(t, n, j, "证") || starts(t, n, j, "證"))
        kind = PARSER_ICP_LICENSE;
    else
        return i;
    j = skip_seps(t, n, j + 3, 1);
    char d[DIGITS_MAX] = {0};
    size_t nd = read_digits(t, n, &j, d, sizeof d);
    if (nd < 1) /* "ICP备案" or "ICP备 待审": no number shown at all */
        return i;
    nd = second_group(t, n, &j, d, nd, kind == PARSER_ICP_FILING ? 8 : 6);
    int well = !placeholder(d);
    if (kind == PARSER_ICP_FILING)
        well &= nd == 8 || (nd == 10 && (strncmp(d, "19", 2) == 0 || strncmp(d, "20", 2) == 0));
    else
        well &= nd == 6;
    size_t end = read_suffix(t, n, j, d, sizeof d);
    char abbr[8];
    size_t st = find_abbr(t, i, abbr);
    add(L, kind, t, st, end, abbr, d, well, vis);
    return end;
}

/* Length of "公网安备" at t[i] in simplified, traditional (公網安備) or mixed
 * script, else 0: all four characters are three bytes in UTF-8. */
static size_t psb_word(const char *t, size_t n, size_t i)
{
    static const char *const alt[4][2] = {
        {"公", "公"}, {"网", "網"}, {"安", "安"}, {"备", "備"}};
    for (size_t k = 0; k < 4; k++)
        if (!starts(t, n, i + 3 * k, alt[k][0]) && !starts(t, n, i + 3 * k, alt[k][1]))
            return 0;
    return 12;
}

static size_t try_psb(icp_list *L, const char *t, size_t n, size_t i, int vis)
{
    size_t j = skip_seps(t, n, i + psb_word(t, n, i), 1);
    char d[DIGITS_MAX] = {0};
    size_t nd = read_digits(t, n, &j, d, sizeof d);
    if (nd < 1)
        return i;
    int well = (nd == 14 || nd == 12) && !placeholder(d);
    if (starts(t, n, j, "号") || starts(t, n, j, "號"))
        j += 3;
    char abbr[8];
    size_t st = find_abbr(t, i, abbr);
    add(L, PARSER_ICP_PSB, t, st, j, abbr, d, well, vis);
    return j;
}

/* A letter or digit, ASCII or full-width, ends right before t[i]: then a
 * "B2-" there is the tail of a model or part number ("AB2-…", "ＸＢ２－…"). */
static int after_alnum(const char *t, size_t i)
{
    if (i == 0)
        return 0;
    if (isalnum((unsigned char)t[i - 1]))
        return 1;
    size_t st;
    uint32_t cp = parser_utf8_prev(t, i, &st);
    return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
           (cp >= 0xFF41 && cp <= 0xFF5A);
}

/* At t[i] = "B2" (blen 2) or full-width "Ｂ２" (blen 6). */
static size_t try_b2(icp_list *L, const char *t, size_t n, size_t i, size_t blen, int vis)
{
    if (after_alnum(t, i))
        return i;
    size_t j = skip_seps(t, n, i + blen, 0);
    size_t k = j;
    if (k >= n || !is_hyphen(parser_utf8_next(t, n, &k)))
        return i;
    j = skip_seps(t, n, k, 0);
    char d[DIGITS_MAX] = {0};
    size_t nd = read_digits(t, n, &j, d, sizeof d);
    if (nd < 4)
        return i;
    int well = nd == 8 && !placeholder(d);
    size_t end = read_suffix(t, n, j, d, sizeof d);
    char abbr[8];
    size_t st = find_abbr(t, i, abbr);
    if (abbr[0] && !find_province(abbr)) { /* "许可证B2-": the word, not a province */
        abbr[0] = '\0';
        st = i;
    }
    add(L, PARSER_ICP_B2, t, st, end, abbr, d, well, vis);
    return end;
}

/* First bytes of "ICP"/"icp", "ＩＣＰ" and "Ｂ２" (EF), "公网安备" (E5) and "B2"/"b2",
 * as a bitmap (bit c of the 256): scan() tests every byte of the text and
 * the source, and nearly all of them start nothing. */
static const uint64_t HOT[4] = {0, (1ULL << ('B' - 64)) | (1ULL << ('I' - 64)) |
                                       (1ULL << ('b' - 64)) | (1ULL << ('i' - 64)),
                                0, (1ULL << (0xE5 - 192)) | (1ULL << (0xEF - 192))};

static int hot(unsigned char c)
{
    return (int)((HOT[c >> 6] >> (c & 63)) & 1);
}

/* Sixteen bytes as one value: GCC and Clang compile this generic vector
 * type to SSE2 on x86-64 (NEON on arm64, plain code elsewhere). */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* 0 only when none of u[0..16) can start a match: dispatch() needs "icp"
 * in any case, "ＩＣＰ" (EF BC A9), "Ｂ２" (EF BC A2), "公网安备" (E5 85 AC ...) or "B2"/"b2",
 * and here the first three bytes (two for B2) are compared for sixteen
 * positions at once (u[0..18) must be readable).  Setting 0x20 folds ASCII
 * case and lets a few other bytes through, which dispatch() rejects. */
static int maybe_hot(const unsigned char *u)
{
    bytes16 a, b, c;
    memcpy(&a, u, sizeof a);
    memcpy(&b, u + 1, sizeof b);
    memcpy(&c, u + 2, sizeof c);
    bytes16 la = a | 0x20;
    bytes16 m = ((la == 'i') & ((b | 0x20) == 'c') & ((c | 0x20) == 'p')) |
                ((la == 'b') & (b == '2')) |
                ((a == 0xEF) & (b == 0xBC) & ((c == 0xA9) | (c == 0xA2))) |
                ((a == 0xE5) & (b == 0x85) & (c == 0xAC));
    uint64_t half[2];
    memcpy(half, &m, sizeof half);
    return (half[0] | half[1]) != 0;
}

/* Tries a match at t[i]; returns where the scan goes on (past the match,
 * or i + 1).  First-byte dispatch, and a second byte before any string
 * compare. */
static size_t dispatch(icp_list *L, const char *t, size_t n, size_t i, int vis)
{
    const unsigned char *u = (const unsigned char *)t;
    unsigned char c = u[i];
    if (!hot(c))
        return i + 1;
    size_t r = i;
    if ((c == 'I' || c == 'i') && i + 3 <= n && (u[i + 1] | 0x20) == 'c' &&
        strncasecmp(t + i, "icp", 3) == 0)
        r = try_icp(L, t, n, i, 3, vis);
    else if (c == 0xEF && i + 1 < n && u[i + 1] == 0xBC && starts(t, n, i, "ＩＣＰ"))
        r = try_icp(L, t, n, i, strlen("ＩＣＰ"), vis);
    else if (c == 0xEF && i + 1 < n && u[i + 1] == 0xBC && starts(t, n, i, "Ｂ２"))
        r = try_b2(L, t, n, i, strlen("Ｂ２"), vis); /* full-width pages write the licence so too */
    else if (c == 0xE5 && i + 1 < n && u[i + 1] == 0x85 && psb_word(t, n, i))
        r = try_psb(L, t, n, i, vis);
    else if ((c == 'B' || c == 'b') && i + 2 <= n && t[i + 1] == '2')
        r = try_b2(L, t, n, i, 2, vis);
    return r > i ? r : i + 1;
}

/* Left to right; a match resumes the scan after its end.  Windows of
 * sixteen positions that maybe_hot() clears are skipped whole. */
static void scan(icp_list *L, const char *t, size_t n, int vis)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t i = 0;
    while (i < n && !L->failed) {
        size_t stop = n; /* dispatch() goes byte by byte up to here */
        if (i + 18 <= n) {
            if (!maybe_hot(u + i)) {
                i += 16;
                continue;
            }
            stop = i + 16;
        }
        while (i < stop && !L->failed)
            i = dispatch(L, t, n, i, vis);
    }
}

parser_result parser_icp_extract(parser_page *page)
{
    icp_list L = {0};
    if (page->text)
        scan(&L, page->text, page->text_len, 1);
    scan(&L, page->source, page->source_len, 0);
    free(L.keys);
    page->icps = L.v;
    page->n_icps = L.n;
    return L.failed ? PARSER_ENOMEM : PARSER_OK;
}
