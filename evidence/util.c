/*
 * util.c — the helpers evidence_int.h declares: a capped growable buffer,
 * HTML escaping, UTF-8 cleaning, SHA-256 in hex, and times in UTC and in
 * Asia/Shanghai computed by arithmetic (never from the machine's TZ, so a
 * bundle made on a server set to UTC says the same as one made in Beijing).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include "evidence/evidence_int.h"

#define EV_BUF_MAX ((size_t)1 << 30)

const char *evidence_strerror(evidence_result r)
{
    switch (r) {
    case EVIDENCE_OK: return "ok";
    case EVIDENCE_ENOMEM: return "out of memory";
    case EVIDENCE_EINVAL: return "invalid argument";
    case EVIDENCE_ENOTEMPTY: return "the output folder is not empty";
    case EVIDENCE_EIO: return "I/O error";
    case EVIDENCE_ETSA: return "timestamp authority error";
    case EVIDENCE_EDIFFERS: return "the bundle differs from its manifest";
    }
    return "unknown error";
}

const char *ev_s(const char *s)
{
    return s ? s : "";
}

static int reserve(ev_buf *b, size_t more)
{
    if (b->oom)
        return -1;
    if (more > EV_BUF_MAX - b->n) {
        b->oom = 1;
        return -1;
    }
    if (b->n + more + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 1024;
    while (cap < b->n + more + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

void ev_buf_add(ev_buf *b, const void *p, size_t n)
{
    if (reserve(b, n) != 0)
        return;
    if (n)
        memcpy(b->p + b->n, p, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void ev_buf_str(ev_buf *b, const char *s)
{
    if (s)
        ev_buf_add(b, s, strlen(s));
}

void ev_buf_printf(ev_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || reserve(b, (size_t)n) != 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

void ev_buf_free(ev_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
    b->oom = 0;
}

/* Length of the valid UTF-8 sequence at s[0, n) (1..4), or 0 when the
 * bytes there are not one (overlong forms, surrogates and values above
 * U+10FFFF included). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, min = 0x10000;
    else
        return 0;
    if (len > n)
        return 0;
    unsigned v = c & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    return len;
}

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

void ev_buf_html(ev_buf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (s && i < n) {
        size_t run = i;
        /* copy plain bytes in one go */
        while (run < n && p[run] >= 0x20 && p[run] < 0x7F && !strchr("&<>\"'", p[run]))
            run++;
        ev_buf_add(b, s + i, run - i);
        if ((i = run) >= n)
            break;
        unsigned c = p[i];
        size_t len = utf8_len(p + i, n - i);
        if (c == '&')
            ev_buf_str(b, "&amp;");
        else if (c == '<')
            ev_buf_str(b, "&lt;");
        else if (c == '>')
            ev_buf_str(b, "&gt;");
        else if (c == '"')
            ev_buf_str(b, "&quot;");
        else if (c == '\'')
            ev_buf_str(b, "&#39;");
        else if (c == '\n' || c == '\t')
            ev_buf_add(b, s + i, 1);
        else if (c < 0x20 || c == 0x7F || len == 0)
            ev_buf_str(b, REPLACEMENT);
        else
            ev_buf_add(b, s + i, len);
        i += len ? len : 1;
    }
}

void ev_buf_htmls(ev_buf *b, const char *s)
{
    if (s)
        ev_buf_html(b, s, strlen(s));
}

char *ev_utf8_clean(const char *s, size_t n)
{
    ev_buf b = {0};
    const unsigned char *p = (const unsigned char *)s;
    ev_buf_add(&b, "", 0);
    for (size_t i = 0; s && i < n;) {
        size_t len = utf8_len(p + i, n - i);
        if (len == 0 || p[i] == 0) {
            ev_buf_str(&b, REPLACEMENT);
            i++;
        } else {
            ev_buf_add(&b, s + i, len);
            i += len;
        }
    }
    if (b.oom) {
        ev_buf_free(&b);
        return NULL;
    }
    return b.p;
}

int ev_sha256(const void *p, size_t n, unsigned char md[32], char hex[65])
{
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(p, n, d, &len, EVP_sha256(), NULL) || len != 32)
        return -1;
    for (unsigned int i = 0; i < len; i++)
        snprintf(hex + 2 * i, 3, "%02x", d[i]);
    if (md)
        memcpy(md, d, 32);
    return 0;
}

/* ---- time, by arithmetic on the proleptic Gregorian calendar ---- */

/* Days since 1970-01-01 of y-m-d (Howard Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int64_t)yoe + era * 400 + (*m <= 2);
}

static void format_time(int64_t t, const char *zone, char *out, size_t n)
{
    int64_t days = t / 86400, secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        days--;
    }
    int64_t y;
    unsigned m, d;
    civil_from_days(days, &y, &m, &d);
    snprintf(out, n, "%04lld-%02u-%02uT%02d:%02d:%02d%s", (long long)y, m, d, (int)(secs / 3600),
             (int)(secs / 60 % 60), (int)(secs % 60), zone);
}

void evidence_time_utc(int64_t t, char *out, size_t n)
{
    format_time(t, "Z", out, n);
}

void evidence_time_shanghai(int64_t t, char *out, size_t n)
{
    format_time(t + 8 * 3600, "+08:00", out, n);
}

void ev_time_both(int64_t t, char *out, size_t n)
{
    char u[40], s[40];
    evidence_time_utc(t, u, sizeof u);
    evidence_time_shanghai(t, s, sizeof s);
    snprintf(out, n, "%s (%s)", u, s);
}

int evidence_time_parse(const char *iso, int64_t *t)
{
    int y, mo, d, h, mi, s, used = 0;
    if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &h, &mi, &s, &used) != 6 ||
        used != 20 || iso[used] != '\0')
        return -1;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 || y < 1970 || h < 0 ||
        mi < 0 || s < 0)
        return -1;
    *t = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + s;
    return 0;
}

void ev_files_clear(ev_files *f)
{
    for (size_t i = 0; i < f->n; i++) {
        free(f->v[i].name);
        free(f->v[i].type);
        free(f->v[i].format);
    }
    free(f->v);
    f->v = NULL;
    f->n = f->cap = 0;
}
