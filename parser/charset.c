/*
 * Charset decision and decoding to UTF-8.
 *
 * Order (first that answers wins):
 *   1. byte-order mark (UTF-8, UTF-16LE/BE).  A BOM is unambiguous, so like
 *      WHATWG "decode" we let it override the transport charset;
 *   2. HTTP Content-Type charset=, mapped through the WHATWG label table;
 *   3. the WHATWG <meta> prescan of the first 1024 bytes, then the same scan
 *      over the first 64 KiB: a browser's tree builder still honours a
 *      later <meta charset> ("change the encoding"), and Chinese pages with
 *      long script-laden heads put it there (html5lib tests1.dat#48-54);
 *   4. sniff: bytes that are valid UTF-8 are UTF-8; traditional text in
 *      Big5 (see looks_big5) is Big5; anything else is decoded as GB18030
 *      (the superset of GBK/GB2312 that Chinese sites mislabel most often),
 *      reported as PARSER_CS_DEFAULT.
 * A GBK declaration over bytes that looks_big5() takes for Big5 is read as
 * Big5 (PARSER_CS_SNIFF).
 * A declared charset can lie: when it is a multi-byte legacy charset (GBK,
 * Big5, Shift_JIS ...) but the bytes are valid UTF-8 containing multi-byte
 * sequences, and either are NOT valid in the declared charset or hold at
 * least LIE_MIN_SEQS multi-byte sequences, we decode as UTF-8 and report
 * PARSER_CS_SNIFF.  The second arm matters because UTF-8 CJK text is very
 * often also valid GB18030 (as mojibake), while legacy CJK text that is
 * entirely strict UTF-8 for four characters or more practically never
 * happens (the classic "联通" case is an overlong, invalid sequence).
 * Single-byte declarations (windows-1252, iso-8859-*, koi8-*, macintosh
 * ...) accept every byte, so browsers trust them; we do not, because a
 * scanner of Chinese shops meets Chinese pages whose template says
 * iso-8859-1 over GBK bytes, and mojibake hides their offences from the
 * rules.  Conservatively: a single-byte declaration over bytes that are
 * valid UTF-8 with at least LIE_MIN_SEQS multi-byte sequences is UTF-8
 * (Latin text whose every accented letter happens to form a UTF-8
 * sequence, four times over, does not occur); else, when every byte >= 0x80
 * belongs to a well-formed GB18030 sequence and at least GB_MIN_PAIRS
 * pairs are two high bytes (see looks_gb18030), it is GB18030, or Big5
 * when looks_big5() says so.  Both report PARSER_CS_SNIFF.  Western text
 * keeps its declaration: its accented letters stand alone or before ASCII
 * (é, ü, ñ, «, €, ’ followed by a space or a letter), so one of them fails
 * to pair or there are far fewer than GB_MIN_PAIRS high-high pairs; twenty
 * hanzi are one line of a shop page (the same floor as BIG5_MIN_PAIRS).
 * Scripts written all in high bytes (Cyrillic in windows-1251, Greek, Thai)
 * pair up only when every run of letters has an even length, which one
 * odd word on the page breaks; a short page of even words alone would be
 * misread, a risk accepted for a scanner of Chinese shops.
 * GBK is decoded with iconv's GB18030 (WHATWG does the same); Big5 with
 * BIG5-HKSCS; EUC-KR with CP949; Shift_JIS with CP932.  Invalid sequences
 * become U+FFFD, as do NUL bytes (the source is a C string).
 */
#include "parser/charset_labels.h"
#include "parser/internal.h"

#include <errno.h>
#include <stdio.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { PRESCAN_LIMIT = 1024, LATE_META_LIMIT = 64 * 1024, LABEL_MAX = 64, LIE_MIN_SEQS = 4,
       BIG5_MIN_PAIRS = 20, EARLY_PAIRS = 256, GB_MIN_PAIRS = 20 };

static const char REPL[] = "\xEF\xBF\xBD";

static int cmp_label(const void *key, const void *elem)
{
    return strcmp(key, ((const cs_label *)elem)->label);
}

static int is_ws(unsigned char c)
{
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

const char *parser_charset_label(const char *label, size_t n)
{
    char buf[LABEL_MAX];
    if (!label)
        return NULL;
    while (n > 0 && is_ws((unsigned char)*label)) {
        label++;
        n--;
    }
    while (n > 0 && is_ws((unsigned char)label[n - 1]))
        n--;
    if (n == 0 || n >= sizeof buf)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)label[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[n] = '\0';
    const cs_label *hit =
        bsearch(buf, cs_labels, sizeof cs_labels / sizeof cs_labels[0], sizeof cs_labels[0],
                cmp_label);
    return hit ? hit->name : NULL;
}

/* ---- WHATWG "prescan a byte stream to determine its encoding" ---- */

typedef struct {
    const unsigned char *s;
    size_t n, pos;
} scan;

typedef struct {
    char name[LABEL_MAX];
    size_t name_len;
    char value[LABEL_MAX * 4];
    size_t value_len;
} attr;

static void attr_add(char *dst, size_t *len, size_t cap, unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        c = (unsigned char)(c + 32);
    if (*len + 1 < cap)
        dst[(*len)++] = (char)c;
    dst[*len] = '\0';
}

/* "get an attribute": 1 attribute read, 0 none (at '>'), -1 ran off the end. */
static int get_attr(scan *sc, attr *a)
{
    a->name_len = a->value_len = 0;
    a->name[0] = a->value[0] = '\0';
    while (sc->pos < sc->n && (is_ws(sc->s[sc->pos]) || sc->s[sc->pos] == '/'))
        sc->pos++;
    if (sc->pos >= sc->n)
        return -1;
    if (sc->s[sc->pos] == '>')
        return 0;
    for (;; sc->pos++) {
        if (sc->pos >= sc->n)
            return -1;
        unsigned char c = sc->s[sc->pos];
        if (c == '=' && a->name_len > 0) {
            sc->pos++;
            goto value;
        }
        if (is_ws(c))
            break;
        if (c == '/' || c == '>')
            return 1;
        attr_add(a->name, &a->name_len, sizeof a->name, c);
    }
    while (sc->pos < sc->n && is_ws(sc->s[sc->pos]))
        sc->pos++;
    if (sc->pos >= sc->n)
        return -1;
    if (sc->s[sc->pos] != '=')
        return 1;
    sc->pos++;
value:
    while (sc->pos < sc->n && is_ws(sc->s[sc->pos]))
        sc->pos++;
    if (sc->pos >= sc->n)
        return -1;
    if (sc->s[sc->pos] == '"' || sc->s[sc->pos] == '\'') {
        unsigned char q = sc->s[sc->pos];
        for (sc->pos++; sc->pos < sc->n; sc->pos++) {
            if (sc->s[sc->pos] == q) {
                sc->pos++;
                return 1;
            }
            attr_add(a->value, &a->value_len, sizeof a->value, sc->s[sc->pos]);
        }
        return -1;
    }
    if (sc->s[sc->pos] == '>')
        return 1;
    for (; sc->pos < sc->n; sc->pos++) {
        unsigned char c = sc->s[sc->pos];
        if (is_ws(c) || c == '>')
            return 1;
        attr_add(a->value, &a->value_len, sizeof a->value, c);
    }
    return -1;
}

/* "extracting a character encoding from a meta element" (value is lower-case). */
static const char *charset_from_content(const char *v, size_t n)
{
    size_t i = 0;
    for (;;) {
        const char *hit = NULL;
        for (size_t j = i; j + 7 <= n; j++)
            if (memcmp(v + j, "charset", 7) == 0) {
                hit = v + j;
                break;
            }
        if (!hit)
            return NULL;
        i = (size_t)(hit - v) + 7;
        while (i < n && is_ws((unsigned char)v[i]))
            i++;
        if (i < n && v[i] == '=')
            break;
    }
    i++;
    while (i < n && is_ws((unsigned char)v[i]))
        i++;
    if (i >= n)
        return NULL;
    if (v[i] == '"' || v[i] == '\'') {
        const char *end = memchr(v + i + 1, v[i], n - i - 1);
        return end ? parser_charset_label(v + i + 1, (size_t)(end - v - i - 1)) : NULL;
    }
    size_t st = i;
    while (i < n && !is_ws((unsigned char)v[i]) && v[i] != ';')
        i++;
    return parser_charset_label(v + st, i - st);
}

/* Attributes of one <meta>; returns the charset it declares or NULL. */
static const char *prescan_meta(scan *sc, int *eof)
{
    char seen[16][LABEL_MAX];
    size_t n_seen = 0;
    int got_pragma = 0, need_pragma = -1;
    const char *cs = NULL;
    attr a;
    int r;
    while ((r = get_attr(sc, &a)) == 1) {
        int dup = 0;
        for (size_t i = 0; i < n_seen; i++)
            dup |= strcmp(seen[i], a.name) == 0;
        if (dup)
            continue;
        if (n_seen < 16)
            memcpy(seen[n_seen++], a.name, a.name_len + 1);
        if (strcmp(a.name, "http-equiv") == 0) {
            got_pragma |= strcmp(a.value, "content-type") == 0;
        } else if (strcmp(a.name, "content") == 0 && !cs) {
            cs = charset_from_content(a.value, a.value_len);
            if (cs)
                need_pragma = 1;
        } else if (strcmp(a.name, "charset") == 0) {
            cs = parser_charset_label(a.value, a.value_len);
            need_pragma = 0;
        }
    }
    if (r < 0) {
        *eof = 1;
        return NULL;
    }
    if (need_pragma < 0 || (need_pragma == 1 && !got_pragma) || !cs)
        return NULL;
    if (strcmp(cs, "UTF-16BE") == 0 || strcmp(cs, "UTF-16LE") == 0)
        return "UTF-8";
    if (strcmp(cs, "x-user-defined") == 0)
        return "windows-1252";
    return cs;
}

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int skip_tag(scan *sc)
{
    while (sc->pos < sc->n && !is_ws(sc->s[sc->pos]) && sc->s[sc->pos] != '>')
        sc->pos++;
    attr a;
    int r;
    while ((r = get_attr(sc, &a)) == 1)
        ;
    return r < 0 ? -1 : 0;
}

static const char *prescan_upto(const char *body, size_t len, size_t limit)
{
    scan sc = {(const unsigned char *)body, len < limit ? len : limit, 0};
    while (sc.pos < sc.n) {
        const unsigned char *p = sc.s + sc.pos;
        size_t left = sc.n - sc.pos;
        if (left >= 4 && memcmp(p, "<!--", 4) == 0) {
            const unsigned char *e = NULL;
            for (size_t j = 2; j + 3 <= left; j++)
                if (memcmp(p + j, "-->", 3) == 0) {
                    e = p + j + 3;
                    break;
                }
            if (!e)
                return NULL;
            sc.pos = (size_t)(e - sc.s);
            continue;
        }
        if (left >= 6 && strncasecmp((const char *)p, "<meta", 5) == 0 &&
            (is_ws(p[5]) || p[5] == '/')) {
            int eof = 0;
            sc.pos += 6;
            const char *cs = prescan_meta(&sc, &eof);
            if (cs)
                return cs;
            if (eof)
                return NULL;
        } else if ((left >= 2 && p[0] == '<' && is_alpha(p[1])) ||
                   (left >= 3 && p[0] == '<' && p[1] == '/' && is_alpha(p[2]))) {
            sc.pos += p[1] == '/' ? 2 : 1;
            if (skip_tag(&sc) < 0)
                return NULL;
        } else if (left >= 2 && p[0] == '<' && (p[1] == '!' || p[1] == '/' || p[1] == '?')) {
            const unsigned char *e = memchr(p, '>', left);
            if (!e)
                return NULL;
            sc.pos = (size_t)(e - sc.s);
        }
        sc.pos++;
    }
    return NULL;
}

const char *parser_charset_prescan(const char *body, size_t len)
{
    return body ? prescan_upto(body, len, PRESCAN_LIMIT) : NULL;
}

/* ---- decoding ---- */

static const struct {
    const char *name, *iconv;
} iconv_names[] = {
    {"GBK", "GB18030"},       {"gb18030", "GB18030"},      {"Big5", "BIG5-HKSCS"},
    {"Shift_JIS", "CP932"},   {"EUC-KR", "CP949"},         {"windows-874", "CP874"},
    {"ISO-8859-8-I", "ISO-8859-8"}, {"x-mac-cyrillic", "MAC-CYRILLIC"},
    {"macintosh", "MACINTOSH"},
};

static const char *iconv_name(const char *cs)
{
    for (size_t i = 0; i < sizeof iconv_names / sizeof iconv_names[0]; i++)
        if (strcmp(iconv_names[i].name, cs) == 0)
            return iconv_names[i].iconv;
    return cs; /* glibc knows the remaining WHATWG names as spelled */
}

/* The label table's single-byte encodings: every name that is not Unicode,
 * a multi-byte legacy charset, "replacement" or x-user-defined (which keeps
 * bytes on purpose, as private-use code points). */
static int single_byte(const char *cs)
{
    return strncmp(cs, "windows-", 8) == 0 || strncmp(cs, "ISO-8859-", 9) == 0 ||
           strncmp(cs, "KOI8-", 5) == 0 || strcmp(cs, "IBM866") == 0 ||
           strcmp(cs, "macintosh") == 0 || strcmp(cs, "x-mac-cyrillic") == 0;
}

static int multibyte_legacy(const char *cs)
{
    return strcmp(cs, "GBK") == 0 || strcmp(cs, "gb18030") == 0 || strcmp(cs, "Big5") == 0 ||
           strcmp(cs, "Shift_JIS") == 0 || strcmp(cs, "EUC-KR") == 0 ||
           strcmp(cs, "EUC-JP") == 0 || strcmp(cs, "ISO-2022-JP") == 0;
}

/* UTF-8 shape of a byte span: well-formed multi-byte sequences and
 * malformed bytes (each byte parser_utf8_next() would step over alone). */
typedef struct {
    size_t good, bad;
    int known; /* computed for the whole body (no BOM skipped) */
} u8shape;

/* Length of the well-formed sequence at u[0] >= 0x80, 0 when malformed;
 * the same rules as parser_utf8_next(), without building the code point
 * beyond what the range checks need. */
static size_t utf8_seq(const unsigned char *u, size_t left)
{
    size_t k = u[0] >= 0xC2 && u[0] <= 0xDF ? 2 : u[0] >= 0xE0 && u[0] <= 0xEF ? 3
             : u[0] >= 0xF0 && u[0] <= 0xF4 ? 4 : 0;
    if (k == 0 || left < k)
        return 0;
    for (size_t j = 1; j < k; j++)
        if ((u[j] & 0xC0) != 0x80)
            return 0;
    if (k == 3 && ((u[0] == 0xE0 && u[1] < 0xA0) || (u[0] == 0xED && u[1] >= 0xA0)))
        return 0; /* overlong, or a surrogate */
    if (k == 4 && ((u[0] == 0xF0 && u[1] < 0x90) || (u[0] == 0xF4 && u[1] >= 0x90)))
        return 0; /* overlong, or past U+10FFFF */
    return k;
}

/* One pass over s.  Markup is mostly ASCII, so runs of it are stepped over
 * sixteen bytes at a time, and runs of three-byte characters led by
 * E1..EC (most of CJK, no overlong or surrogate forms possible) are taken
 * without utf8_seq()'s general checks. */
static u8shape utf8_shape(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    u8shape sh = {0, 0, 0};
    size_t i = 0;
    while (i < n) {
        uint64_t w[2];
        if (i + 16 <= n && (memcpy(w, u + i, 16), ((w[0] | w[1]) & 0x8080808080808080ULL) == 0)) {
            i += 16;
            continue;
        }
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        while (i + 3 <= n && u[i] >= 0xE1 && u[i] <= 0xEC && (u[i + 1] & 0xC0) == 0x80 &&
               (u[i + 2] & 0xC0) == 0x80) {
            sh.good++;
            i += 3;
        }
        if (i >= n || u[i] < 0x80)
            continue;
        size_t k = utf8_seq(u + i, n - i);
        if (k) {
            sh.good++;
            i += k;
        } else {
            sh.bad++;
            i++;
        }
    }
    return sh;
}

/* Copy UTF-8, replacing malformed bytes and NUL with U+FFFD. */
static void decode_utf8(const char *s, size_t n, pbuf *out)
{
    size_t i = 0;
    while (i < n) {
        size_t st = i;
        while (i < n && (unsigned char)s[i] < 0x80 && s[i] != '\0')
            i++;
        parser_pbuf_append(out, s + st, i - st);
        if (i >= n)
            break;
        st = i;
        uint32_t cp = parser_utf8_next(s, n, &i);
        if (cp == 0 || (cp == 0xFFFD && i - st == 1))
            parser_pbuf_append(out, REPL, 3);
        else
            parser_pbuf_append(out, s + st, i - st);
    }
}

static void put_decoded(pbuf *out, const char *s, size_t n)
{
    size_t st = 0;
    const char *z;
    while ((z = memchr(s + st, '\0', n - st)) != NULL) {
        size_t i = (size_t)(z - s);
        parser_pbuf_append(out, s + st, i - st);
        parser_pbuf_append(out, REPL, 3);
        st = i + 1;
    }
    parser_pbuf_append(out, s + st, n - st);
}

/* iconv decode; strict: return -1 at the first invalid sequence instead of
 * replacing it.  Returns -2 when iconv has no converter. */
static int decode_iconv(const char *cs, const char *s, size_t n, pbuf *out, int strict)
{
    iconv_t cd = iconv_open("UTF-8", iconv_name(cs));
    if (cd == (iconv_t)-1)
        return -2;
    char chunk[4096];
    char *in = (char *)s;
    size_t inleft = n;
    int rc = 0;
    while (inleft > 0 && !out->failed) {
        char *o = chunk;
        size_t oleft = sizeof chunk;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        put_decoded(out, chunk, sizeof chunk - oleft);
        if (r != (size_t)-1 || errno == E2BIG)
            continue;
        if (strict) {
            rc = -1;
            break;
        }
        parser_pbuf_append(out, REPL, 3);
        if (errno == EINVAL) /* truncated sequence at the end */
            break;
        in++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    char *o = chunk;
    size_t oleft = sizeof chunk;
    iconv(cd, NULL, NULL, &o, &oleft);
    put_decoded(out, chunk, sizeof chunk - oleft);
    iconv_close(cd);
    return rc;
}

static void decode_user_defined(const char *s, size_t n, pbuf *out)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char u[4];
        size_t k = parser_utf8_put(c < 0x80 ? (c ? c : 0xFFFD) : 0xF780u + c - 0x80, u);
        parser_pbuf_append(out, u, k);
    }
}

/* charset= parameter of a Content-Type value, mapped; NULL when absent. */
static const char *charset_from_http(const char *ct)
{
    if (!ct)
        return NULL;
    const char *p = strchr(ct, ';');
    while (p) {
        p++;
        while (*p == ' ' || *p == '\t')
            p++;
        if (strncasecmp(p, "charset", 7) == 0) {
            const char *v = p + 7;
            while (*v == ' ' || *v == '\t')
                v++;
            if (*v == '=') {
                v++;
                while (*v == ' ' || *v == '\t')
                    v++;
                size_t n;
                if (*v == '"') {
                    v++;
                    n = strcspn(v, "\"");
                } else {
                    n = strcspn(v, "; \t");
                }
                return parser_charset_label(v, n);
            }
        }
        p = strchr(p, ';');
    }
    return NULL;
}

static void set_charset(parser_page *page, const char *cs, parser_charset_source src)
{
    snprintf(page->charset, sizeof page->charset, "%s", cs);
    page->charset_source = src;
}

static int looks_big5(const char *body, size_t len, int early);
static int looks_gb18030(const char *body, size_t len);

/* A declaration contradicted by the bytes (see the file comment).  Also a
 * GBK (or GB18030) declaration over traditional text in Big5: a template's
 * <meta charset=gbk> kept on a Big5 page.  Big5 bytes are nearly all valid
 * GBK, as rare characters and kana, so the strict decode cannot tell;
 * looks_big5()'s byte statistics can, and simplified GBK text never
 * passes them (its hanzi have no trail byte below A1 and none in rows
 * A4-A9). */
static void check_lie(const char *body, size_t len, parser_page *page, u8shape *sh)
{
    *sh = utf8_shape(body, len);
    sh->known = 1;
    size_t good = sh->good, bad = sh->bad;
    if (multibyte_legacy(page->charset)) {
        if (bad > 0 && (strcmp(page->charset, "GBK") == 0 ||
                        strcmp(page->charset, "gb18030") == 0) && looks_big5(body, len, 1))
            set_charset(page, "Big5", PARSER_CS_SNIFF);
        if (bad > 0 || good == 0)
            return;
        int lie = good >= LIE_MIN_SEQS;
        if (!lie) {
            pbuf probe = {0};
            lie = decode_iconv(page->charset, body, len, &probe, 1) == -1;
            parser_pbuf_free(&probe);
        }
        if (lie)
            set_charset(page, "UTF-8", PARSER_CS_SNIFF);
    } else if (strcmp(page->charset, "UTF-8") == 0 && bad >= LIE_MIN_SEQS && bad > good) {
        pbuf probe = {0};
        int ok = decode_iconv("gb18030", body, len, &probe, 1) == 0;
        parser_pbuf_free(&probe);
        if (ok)
            set_charset(page, "gb18030", PARSER_CS_SNIFF);
    } else if (single_byte(page->charset) && good + bad > 0) {
        if (bad == 0 && good >= LIE_MIN_SEQS)
            set_charset(page, "UTF-8", PARSER_CS_SNIFF);
        else if (looks_gb18030(body, len))
            set_charset(page, looks_big5(body, len, 0) ? "Big5" : "gb18030", PARSER_CS_SNIFF);
    }
}

/* Do the bytes read as GB18030 (or Big5) rather than as the declared
 * single-byte charset?  Every byte >= 0x80 must belong to a well-formed
 * GB18030 sequence (lead 81-FE with trail 40-7E/80-FE, or lead, 30-39,
 * 81-FE, 30-39), and at least GB_MIN_PAIRS two-byte sequences must have a
 * high trail byte.  The second condition is what keeps Western text out: a
 * Latin letter followed by an ASCII letter ("für", "Straße") is a
 * well-formed pair too, but two non-ASCII letters in a row ("Grüße") are
 * rare, while every GB2312 hanzi is two high bytes. */
static int looks_gb18030(const char *body, size_t len)
{
    const unsigned char *u = (const unsigned char *)body;
    size_t high_pairs = 0, i = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        if (u[i] == 0x80 || u[i] == 0xFF || i + 1 >= len)
            return 0;
        unsigned char t = u[i + 1];
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= len || u[i + 2] < 0x81 || u[i + 2] == 0xFF || u[i + 3] < 0x30 ||
                u[i + 3] > 0x39)
                return 0;
            i += 4;
        } else if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE)) {
            high_pairs += t >= 0x80;
            i += 2;
        } else {
            return 0;
        }
    }
    return high_pairs >= GB_MIN_PAIRS;
}

/* Undeclared legacy bytes: Big5 rather than GB18030?  Both read most
 * double-byte pairs, but their common characters sit in different places:
 * Big5's frequent hanzi (A440-C67E) often have a trail byte 40-7E and a lead
 * byte A4-A9, while GBK's frequent hanzi (GB2312, B0A1-F7FE) always have a
 * trail byte A1-FE, and GBK's A4-A9 rows hold kana, Greek, Cyrillic and
 * box drawing.  So traditional text decoded as GBK shows many low trail
 * bytes and many pairs in rows A4-A9, and simplified text shows almost
 * none.  Both shares must exceed a fifth of the pairs (of at least
 * BIG5_MIN_PAIRS), and the bytes must be valid Big5. */
static int looks_big5(const char *body, size_t len, int early)
{
    const unsigned char *u = (const unsigned char *)body;
    size_t pairs = 0, low_trail = 0, kana_rows = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (u[i] < 0x81 || u[i] == 0xFF)
            continue;
        pairs++;
        low_trail += u[i + 1] >= 0x40 && u[i + 1] <= 0x7E;
        kana_rows += u[i] >= 0xA4 && u[i] <= 0xA9;
        i++;
        /* early: a declared GBK page answers within its first pairs (its
         * hanzi never sit in rows A4-A9), so it is not read to the end */
        if (early && pairs == EARLY_PAIRS && kana_rows * 5 < pairs)
            return 0;
    }
    if (pairs < BIG5_MIN_PAIRS || low_trail * 5 < pairs || kana_rows * 5 < pairs)
        return 0;
    pbuf probe = {0};
    int ok = decode_iconv("Big5", body, len, &probe, 1) == 0;
    parser_pbuf_free(&probe);
    return ok;
}

/* Decide the charset without decoding (BOM length in *skip); *sh gets the
 * UTF-8 shape of the body when the decision needed it. */
static void choose(const char *body, size_t len, const char *ct, parser_page *page, size_t *skip,
                   u8shape *sh)
{
    const unsigned char *u = (const unsigned char *)body;
    const char *cs;
    *skip = 0;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        *skip = 3;
        set_charset(page, "UTF-8", PARSER_CS_BOM);
    } else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        *skip = 2;
        set_charset(page, "UTF-16BE", PARSER_CS_BOM);
    } else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        *skip = 2;
        set_charset(page, "UTF-16LE", PARSER_CS_BOM);
    } else if ((cs = charset_from_http(ct)) != NULL) {
        set_charset(page, cs, PARSER_CS_HTTP);
    } else if ((cs = parser_charset_prescan(body, len)) != NULL ||
               (cs = prescan_upto(body, len, LATE_META_LIMIT)) != NULL) {
        set_charset(page, cs, PARSER_CS_META);
    } else {
        *sh = utf8_shape(body, len);
        sh->known = 1;
        if (sh->bad == 0)
            set_charset(page, "UTF-8", PARSER_CS_SNIFF);
        else if (looks_big5(body, len, 0))
            set_charset(page, "Big5", PARSER_CS_SNIFF);
        else
            set_charset(page, "gb18030", PARSER_CS_DEFAULT);
        return;
    }
    if (page->charset_source != PARSER_CS_BOM)
        check_lie(body, len, page, sh);
}

/* UTF-8 input: a plain copy when it is well-formed and free of NUL (the
 * usual case), else the replacing decoder. */
static void copy_utf8(const char *s, size_t n, const u8shape *sh, pbuf *out)
{
    if (n == 0)
        return;
    u8shape fresh = sh->known ? *sh : utf8_shape(s, n);
    if (fresh.bad == 0 && !memchr(s, '\0', n))
        parser_pbuf_append(out, s, n);
    else
        decode_utf8(s, n, out);
}

parser_result parser_charset_decode(const char *body, size_t len, const char *content_type,
                             parser_page *page)
{
    size_t skip;
    u8shape sh = {0, 0, 0};
    choose(body, len, content_type, page, &skip, &sh);
    body += skip;
    len -= skip;
    pbuf out = {0};
    parser_pbuf_append(&out, "", 0);
    if (strcmp(page->charset, "UTF-8") == 0) {
        copy_utf8(body, len, &sh, &out); /* sh is only known when no BOM was skipped */
    } else if (strcmp(page->charset, "replacement") == 0) {
        if (len > 0)
            parser_pbuf_append(&out, REPL, 3);
    } else if (strcmp(page->charset, "x-user-defined") == 0) {
        decode_user_defined(body, len, &out);
    } else if (decode_iconv(page->charset, body, len, &out, 0) == -2) {
        /* No converter in this libc: keep the page readable rather than fail. */
        parser_pbuf_free(&out);
        decode_utf8(body, len, &out);
        page->charset_source = PARSER_CS_DEFAULT;
    }
    page->source = parser_pbuf_take(&out, &page->source_len);
    return page->source ? PARSER_OK : PARSER_ENOMEM;
}
