/*
 * reader.c — the second reader's model file (a strict loader that stops at
 * the first problem and says where) and its scorer (featurizer v1 of the
 * spec).  Weights are held dense, one double per bucket (at most 32 MiB for
 * the largest model the format allows, 160 KiB for 20,000 buckets), so a
 * score is a handful of array reads.  Runs on any thread; the model is
 * read-only after loading.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "reader.h"

struct reader_model {
    unsigned buckets;
    int mincontext;
    double threshold;
    double bias;
    double *w;          /* buckets entries, owned */
    /* The rule codes it was trained on ('code' lines): a finding of another
     * code (a rule the user added) is not judged.  None listed: all are. */
    char codes[READER_MAX_CODES][READER_CODE_LEN];
    int ncodes;
};

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

/* ---- UTF-8 ---- */

/* The code point at s[i] (i < len) and the bytes it takes, decoding as
 * Python's 'replace' error handler does: an ill-formed sequence's maximal
 * well-formed prefix (or one byte that starts none) is one U+FFFD. */
static size_t decode(const unsigned char *s, size_t len, size_t i, uint32_t *cp)
{
    unsigned c = s[i], need, lo = 0x80, hi = 0xBF;
    uint32_t v;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1Fu; }
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0Fu;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;   /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07u;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;   /* nothing above U+10FFFF */
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k <= need; k++) {
        unsigned b = i + k < len ? s[i + k] : 0;
        if (i + k >= len || b < lo || b > hi) { *cp = 0xFFFD; return k; }
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (b & 0x3Fu);
    }
    *cp = v;
    return need + 1;
}

static size_t count_cps(const char *s, size_t len)
{
    size_t n = 0;
    uint32_t cp;
    for (size_t i = 0; i < len; n++) i += decode((const unsigned char *)s, len, i, &cp);
    return n;
}

static uint32_t fnv_cp(uint32_t h, uint32_t c)
{
    unsigned char b[4];
    size_t n;
    if (c < 0x80) { b[0] = (unsigned char)c; n = 1; }
    else if (c < 0x800) { b[0] = (unsigned char)(0xC0 | (c >> 6)); b[1] = (unsigned char)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (c >> 12));
        b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (unsigned char)(0xF0 | (c >> 18));
        b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        b[3] = (unsigned char)(0x80 | (c & 0x3F));
        n = 4;
    }
    for (size_t k = 0; k < n; k++) h = (h ^ b[k]) * FNV_PRIME;
    return h;
}

static int is_space(uint32_t c)
{
    return c == 0x20 || (c >= 0x09 && c <= 0x0D);   /* \t \n \v \f \r */
}

/* Sort v[0, n) (values below 2^24: buckets <= 4,194,304) with tmp of n
 * entries: three 8-bit LSD radix passes, the result back in v.  qsort was
 * 70% of a score (a call per comparison); this is a few loads per entry. */
static void sort_ix(uint32_t *v, uint32_t *tmp, size_t n)
{
    uint32_t *src = v, *dst = tmp;
    for (unsigned shift = 0; shift < 24; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++) count[((src[i] >> shift) & 0xFF) + 1]++;
        for (size_t d = 1; d < 257; d++) count[d] += count[d - 1];
        for (size_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 0xFF]++] = src[i];
        uint32_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != v) memcpy(v, src, n * sizeof *v);   /* three passes: the result is in tmp */
}

/* ---- scoring ---- */

/* Steps 1-5 on snippet, which holds ns code points: 0 and *score, or -1
 * out of memory. */
static int raw_score(const reader_model *m, const char *code, const char *snippet, size_t snippet_len,
                     size_t ns, double *score)
{
    uint32_t stack_cp[READER_STACK_CPS], stack_ix[2 * (4 * READER_STACK_CPS + 1)];
    uint32_t *cp = stack_cp, *ix = stack_ix, *tmp = stack_ix + 4 * READER_STACK_CPS + 1;
    if (ns > READER_STACK_CPS) {
        cp = malloc(ns * sizeof *cp);
        ix = malloc(2 * (4 * ns + 1) * sizeof *ix);
        if (!cp || !ix) {
            free(cp);
            free(ix);
            return -1;
        }
        tmp = ix + 4 * ns + 1;
    }
    /* 1. map */
    size_t n = 0;
    int prev_space = 0;
    const unsigned char *s = (const unsigned char *)snippet;
    for (size_t i = 0; i < snippet_len;) {
        uint32_t c;
        i += decode(s, snippet_len, i, &c);
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        else if (c == 0x3000) c = 0x20;
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (is_space(c)) {
            if (prev_space) continue;
            c = 0x20;
            prev_space = 1;
        } else {
            prev_space = 0;
        }
        cp[n++] = c;
    }
    /* 2-3. n-grams, n = 1..4, and the rule code, hashed */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t h = FNV_BASIS;
        for (size_t j = i; j < n && j < i + 4; j++) {
            h = fnv_cp(h, cp[j]);
            ix[k++] = h % m->buckets;
        }
    }
    uint32_t h = (FNV_BASIS ^ 0x01u) * FNV_PRIME;
    for (const unsigned char *c = (const unsigned char *)(code ? code : ""); *c; c++) h = (h ^ *c) * FNV_PRIME;
    ix[k++] = h % m->buckets;
    /* 4. distinct indices, each 1 / sqrt(their count) */
    sort_ix(ix, tmp, k);
    size_t nd = 0;
    for (size_t i = 0; i < k; i++)
        if (i == 0 || ix[i] != ix[i - 1]) ix[nd++] = ix[i];
    double x = 1.0 / sqrt((double)nd), z = 0.0;
    for (size_t i = 0; i < nd; i++) z += m->w[ix[i]] * x;
    /* 5. */
    *score = 1.0 / (1.0 + exp(-(m->bias + z)));
    if (cp != stack_cp) {
        free(cp);
        free(ix);
    }
    return 0;
}

double reader_raw_score(const reader_model *m, const char *code, const char *snippet, size_t snippet_len)
{
    double sc = NAN;
    if (m && snippet && raw_score(m, code, snippet, snippet_len, count_cps(snippet, snippet_len), &sc) != 0)
        return NAN;
    return sc;
}

/* Whether the model was trained on code (or lists no codes at all). */
static int knows_code(const reader_model *m, const char *code)
{
    if (m->ncodes == 0) return 1;
    for (int i = 0; code && i < m->ncodes; i++)
        if (!strcmp(m->codes[i], code)) return 1;
    return 0;
}

int reader_score(const reader_model *m, const char *code, const char *matched, size_t matched_len,
                 const char *snippet, size_t snippet_len, double *score)
{
    if (!m || !snippet || !score || !knows_code(m, code)) return 0;
    size_t ns = count_cps(snippet, snippet_len), nm = matched ? count_cps(matched, matched_len) : 0;
    if (ns < nm || ns - nm < (size_t)m->mincontext) return 0;
    return raw_score(m, code, snippet, snippet_len, ns, score) == 0 ? 1 : -1;
}

int reader_vetoes(const reader_model *m, const char *code, const char *matched, size_t matched_len,
                  const char *snippet, size_t snippet_len, int *scored, double *score)
{
    double sc = 0.0;
    int rc = reader_score(m, code, matched, matched_len, snippet, snippet_len, &sc);
    if (scored) *scored = rc == 1;
    if (score) *score = rc == 1 ? sc : 0.0;
    return rc == 1 ? sc < m->threshold : rc;
}

unsigned reader_buckets(const reader_model *m) { return m ? m->buckets : 0; }
int reader_mincontext(const reader_model *m) { return m ? m->mincontext : 0; }
double reader_threshold(const reader_model *m) { return m ? m->threshold : 0.0; }

/* ---- loading ---- */

enum { K_BUCKETS, K_NGRAM, K_MINCONTEXT, K_THRESHOLD, K_BIAS, K_COUNT };
static const char *const key_names[K_COUNT] = {"buckets", "ngram", "mincontext", "threshold", "bias"};

typedef struct {
    const char *name;
    reader_diag_fn diag;
    void *ud;
    reader_model *m;
    int seen[K_COUNT];
    int in_weights;
    long last_ix;
} loader;

/* Not inlined: clang's analyzer loses the va_start of an inlined variadic
 * call (a false "uninitialized va_list"). */
__attribute__((format(printf, 4, 5), noinline))
static reader_result fail(const loader *L, int line, reader_result code, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (L->diag) L->diag(L->ud, L->name, line, msg);
    return code;
}

/* Decimal digits only, value at most max: 1 and *out, else 0. */
static int parse_uint(const char *t, unsigned long max, unsigned long *out)
{
    size_t n = strlen(t);
    if (n == 0 || n > 10 || strspn(t, "0123456789") != n || (n > 1 && t[0] == '0')) return 0;  /* no leading zeros */
    unsigned long v = strtoul(t, NULL, 10);
    if (v > max) return 0;
    *out = v;
    return 1;
}

/* A finite decimal number: [+-] digits [. digits] [e [+-] digits] (no hex,
 * no inf or nan, no spaces): 1 and *out, else 0. */
static int parse_double(const char *t, double *out)
{
    const char *p = t;
    size_t d = 0;
    if (*p == '+' || *p == '-') p++;
    while (*p >= '0' && *p <= '9') { p++; d++; }
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') { p++; d++; }
    }
    if (d == 0) return 0;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!(*p >= '0' && *p <= '9')) return 0;
        while (*p >= '0' && *p <= '9') p++;
    }
    if (*p) return 0;
    errno = 0;
    double v = strtod(t, NULL);
    if (!isfinite(v)) return 0;
    *out = v;
    return 1;
}

static int valid_utf8(const unsigned char *s, size_t n)
{
    uint32_t cp;
    for (size_t i = 0; i < n;) {
        size_t l = decode(s, n, i, &cp);
        if (cp == 0xFFFD && !(l == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD)) return 0;
        i += l;
    }
    return 1;
}

static reader_result key_line(loader *L, int line, char **tok, int nt)
{
    reader_model *m = L->m;
    int key = -1;
    for (int k = 0; k < K_COUNT; k++)
        if (!strcmp(tok[0], key_names[k])) key = k;
    if (key < 0)
        return fail(L, line, READER_ESYNTAX,
                    "unknown key '%.40s' (expected buckets, ngram, mincontext, threshold, bias, code or w)", tok[0]);
    if (L->in_weights)
        return fail(L, line, READER_ESYNTAX, "key '%s' after the first 'w' line: put the five keys before the weights",
                    tok[0]);
    if (L->seen[key])
        return fail(L, line, READER_ESYNTAX, "duplicate key '%s' (line %d has it already): keep one",
                    tok[0], L->seen[key]);
    int want = key == K_NGRAM ? 2 : 1;
    if (nt - 1 != want)
        return fail(L, line, READER_ESYNTAX, "'%s' takes %s, found %d value%s", tok[0],
                    want == 2 ? "two values (1 4)" : "one value", nt - 1, nt == 2 ? "" : "s");
    unsigned long u;
    double d;
    switch (key) {
    case K_BUCKETS:
        if (!parse_uint(tok[1], READER_MAX_BUCKETS, &u) || u < 1)
            return fail(L, line, READER_ESYNTAX, "buckets '%.40s' is not an integer from 1 to %u", tok[1],
                        READER_MAX_BUCKETS);
        m->buckets = (unsigned)u;
        break;
    case K_NGRAM:
        if (strcmp(tok[1], "1") || strcmp(tok[2], "4"))
            return fail(L, line, READER_ESYNTAX, "ngram must be '1 4' in format version 1 (found '%.20s %.20s')",
                        tok[1], tok[2]);
        break;
    case K_MINCONTEXT:
        if (!parse_uint(tok[1], READER_MAX_MINCONTEXT, &u))
            return fail(L, line, READER_ESYNTAX, "mincontext '%.40s' is not an integer from 0 to %d", tok[1],
                        READER_MAX_MINCONTEXT);
        m->mincontext = (int)u;
        break;
    case K_THRESHOLD:
        if (!parse_double(tok[1], &d) || !(d > 0.0 && d < 1.0))
            return fail(L, line, READER_ESYNTAX, "threshold '%.40s' is not a decimal number between 0 and 1 "
                        "(both excluded)", tok[1]);
        m->threshold = d;
        break;
    default:
        if (!parse_double(tok[1], &d))
            return fail(L, line, READER_ESYNTAX, "bias '%.40s' is not a finite decimal number", tok[1]);
        m->bias = d;
        break;
    }
    L->seen[key] = line;
    return READER_OK;
}

static reader_result weight_line(loader *L, int line, char **tok, int nt)
{
    reader_model *m = L->m;
    for (int k = 0; k < K_COUNT; k++)
        if (!L->seen[k])
            return fail(L, line, READER_ESYNTAX, "'w' line before key '%s': the five keys come before the weights",
                        key_names[k]);
    if (nt != 3)
        return fail(L, line, READER_ESYNTAX, "a weight line is 'w INDEX VALUE', found %d value%s", nt - 1,
                    nt == 2 ? "" : "s");
    unsigned long u;
    double d;
    if (!parse_uint(tok[1], 0xFFFFFFFFul, &u) || u >= m->buckets)
        return fail(L, line, READER_ESYNTAX, "weight index '%.40s' is not an integer from 0 to %u (buckets - 1)",
                    tok[1], m->buckets - 1);
    if ((long)u <= L->last_ix)
        return fail(L, line, READER_ESYNTAX, "weight index %lu does not increase (the last was %ld): "
                    "write each index once, in increasing order", u, L->last_ix);
    if (!parse_double(tok[2], &d))
        return fail(L, line, READER_ESYNTAX, "weight '%.40s' is not a finite decimal number", tok[2]);
    if (!L->in_weights) {
        m->w = calloc(m->buckets, sizeof *m->w);
        if (!m->w) return fail(L, line, READER_ENOMEM, "out of memory for %u weights", m->buckets);
        L->in_weights = 1;
    }
    m->w[u] = d;
    L->last_ix = (long)u;
    return READER_OK;
}

/* "code CODE": a rule code the model was trained on (A-Z, 0-9, _, starting
 * with a letter), each once, before the weights. */
static reader_result code_line(loader *L, int line, char **tok, int nt)
{
    reader_model *m = L->m;
    if (L->in_weights)
        return fail(L, line, READER_ESYNTAX, "'code' after the first 'w' line: put the codes before the weights");
    if (nt != 2)
        return fail(L, line, READER_ESYNTAX, "'code' takes one rule code, found %d values", nt - 1);
    const char *c = tok[1];
    size_t n = strlen(c);
    if (n >= READER_CODE_LEN || c[0] < 'A' || c[0] > 'Z' || strspn(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != n)
        return fail(L, line, READER_ESYNTAX, "code '%.40s' is not a rule code (A-Z, 0-9 and _, at most %d characters)",
                    c, READER_CODE_LEN - 1);
    for (int i = 0; i < m->ncodes; i++)
        if (!strcmp(m->codes[i], c))
            return fail(L, line, READER_ESYNTAX, "duplicate code '%s': keep one", c);
    if (m->ncodes == READER_MAX_CODES)
        return fail(L, line, READER_ESYNTAX, "more than %d codes", READER_MAX_CODES);
    memcpy(m->codes[m->ncodes++], c, n + 1);
    return READER_OK;
}

/* One line, without its LF (len <= READER_MAX_LINE, no NUL, valid UTF-8). */
static reader_result model_line(loader *L, int line, const char *s, size_t len)
{
    char buf[READER_MAX_LINE + 1], *tok[5];
    int nt = 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    if (buf[0] == '#') return READER_OK;
    if (strspn(buf, " \t") == len) return READER_OK;  /* blank */
    /* fields apart by one space, as the trainer writes them and its own
     * reader (features.py) splits them: another layout is another file */
    if (strchr(buf, '\t') || buf[0] == ' ' || strstr(buf, "  ") || (len > 0 && buf[len - 1] == ' '))
        return fail(L, line, READER_ESYNTAX, "fields must be separated by exactly one space "
                    "(no tabs, no leading, trailing or doubled spaces)");
    for (char *p = buf; *p;) {
        while (*p == ' ' || *p == '\t') *p++ = '\0';
        if (!*p) break;
        if (nt == 5) break;
        tok[nt++] = p;
        while (*p && *p != ' ' && *p != '\t') p++;
    }
    if (nt == 0) return READER_OK;  /* blank */
    if (nt == 5)
        return fail(L, line, READER_ESYNTAX, "trailing junk after '%.40s %.40s %.40s'", tok[0], tok[1], tok[2]);
    if (!strcmp(tok[0], "w")) return weight_line(L, line, tok, nt);
    if (!strcmp(tok[0], "code")) return code_line(L, line, tok, nt);
    return key_line(L, line, tok, nt);
}

reader_result reader_parse(const char *name, const char *buf, size_t len, reader_diag_fn diag,
                           void *ud, reader_model **out)
{
    if (!buf || !out) return READER_EINVAL;
    *out = NULL;
    loader L;
    memset(&L, 0, sizeof L);
    L.name = name ? name : "reader.model";
    L.diag = diag;
    L.ud = ud;
    L.last_ix = -1;
    if (len > READER_MAX_FILE_BYTES)
        return fail(&L, 0, READER_ESYNTAX, "file too large (%zu bytes, at most %u)", len, READER_MAX_FILE_BYTES);
    L.m = calloc(1, sizeof *L.m);
    if (!L.m) return READER_ENOMEM;
    reader_result result = READER_OK;
    int line = 0;
    size_t pos = 0;
    if (len == 0) result = fail(&L, 1, READER_ESYNTAX, "empty file: a reader model starts with 'wangjian-reader 1'");
    while (result == READER_OK && pos < len) {
        const char *s = buf + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;   /* a missing final newline is allowed */
        pos += n + (nl != NULL);
        line++;
        if (n > READER_MAX_LINE)
            result = fail(&L, line, READER_ESYNTAX, "line longer than %d bytes (%zu)", READER_MAX_LINE, n);
        else if (memchr(s, '\0', n))
            result = fail(&L, line, READER_ESYNTAX, "NUL byte in the line: the model is a text file (damaged?)");
        else if (memchr(s, '\r', n))
            result = fail(&L, line, READER_ESYNTAX, "carriage return in the line: the model has LF line ends "
                          "(convert it with dos2unix)");
        else if (!valid_utf8((const unsigned char *)s, n))
            result = fail(&L, line, READER_ESYNTAX, "invalid UTF-8 in the line: the model is UTF-8 text (damaged?)");
        else if (line == 1) {
            if (n != 17 || memcmp(s, "wangjian-reader 1", 17))
                result = fail(&L, line, READER_ESYNTAX, "first line must be 'wangjian-reader 1' "
                              "(not a reader model, or a format version this program does not read)");
        } else {
            result = model_line(&L, line, s, n);
        }
    }
    for (int k = 0; result == READER_OK && k < K_COUNT; k++)
        if (!L.seen[k])
            result = fail(&L, line, READER_ESYNTAX, "missing key '%s' (the file ends at line %d without it)",
                          key_names[k], line);
    if (result == READER_OK && !L.m->w) {
        L.m->w = calloc(L.m->buckets, sizeof *L.m->w);   /* no weights: every score is sigmoid(bias) */
        if (!L.m->w) result = READER_ENOMEM;
    }
    if (result != READER_OK) {
        reader_free(L.m);
        return result;
    }
    *out = L.m;
    return READER_OK;
}

reader_result reader_load(const char *path, reader_diag_fn diag, void *ud, reader_model **out)
{
    if (!path || !out) return READER_EINVAL;
    *out = NULL;
    loader L;
    memset(&L, 0, sizeof L);
    L.name = path;
    L.diag = diag;
    L.ud = ud;
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0) {
        reader_result r = fail(&L, 0, READER_EIO, "cannot read: %s", strerror(errno));
        if (f) fclose(f);
        return r;
    }
    if (st.st_size > (off_t)READER_MAX_FILE_BYTES) {
        fclose(f);
        return fail(&L, 0, READER_ESYNTAX, "file too large (%lld bytes, at most %u)", (long long)st.st_size,
                    READER_MAX_FILE_BYTES);
    }
    char *buf = malloc((size_t)st.st_size + 1);
    size_t got = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
    int err = ferror(f);
    fclose(f);
    if (!buf) return READER_ENOMEM;
    if (err) {
        free(buf);
        return fail(&L, 0, READER_EIO, "read error");
    }
    reader_result r = reader_parse(path, buf, got, diag, ud, out);
    free(buf);
    return r;
}

void reader_free(reader_model *m)
{
    if (!m) return;
    free(m->w);
    free(m);
}

const char *reader_strerror(reader_result r)
{
    switch (r) {
    case READER_OK: return "success";
    case READER_ENOMEM: return "out of memory";
    case READER_EIO: return "reader model unreadable";
    case READER_ESYNTAX: return "reader model malformed";
    case READER_EINVAL: return "invalid argument";
    }
    return "unknown error";
}
