/*
 * url.c — resolve links to canonical http(s) URLs for the crawler's
 * seen-set (crawler_url_resolve) and extract hosts (crawler_url_host).
 *
 * Why not just curl_url_set(CURLUPART_URL) with a relative href: libcurl
 * 7.88 follows RFC 3986, not the WHATWG URL standard that browsers (and so
 * the links on real pages) follow.  Measured on 7.88.1: "\\evil.com\p"
 * against http://a.com/b/c gives http://a.com/b/\\evil.com\p (a browser
 * goes to evil.com), " /x y" gives http://a.com/b/%20/x%20y, "http:d" is
 * an error, hosts such as "1.2.3.4.5" and "foo.09" are accepted, and its
 * IDN conversion uses idn2_lookup_ul(), which depends on the process
 * locale (in the "C" locale every non-ASCII host fails).  So this file
 * implements WHATWG's basic URL parser for the two special schemes we
 * crawl (http, https): input trimming, tab/newline removal, backslash as
 * slash, scheme-relative and path-relative resolution, dot segments (also
 * %2e forms), the path, query and userinfo percent-encode sets, the IPv4
 * number parser, IPv6 compression, and UTS #46 non-transitional ToASCII of
 * non-ASCII labels through libidn2's idn2_lookup_u8 (locale-independent).
 * libcurl's URL API then validates the result: what we return is exactly
 * what the fetcher will accept.
 *
 * Canonical form (our additions to WHATWG's serialisation): fragment
 * dropped, hex digits of existing %XX escapes upper-cased (RFC 3986 6.2.2.1;
 * nothing is decoded, so reserved characters keep their meaning).  Default
 * ports are dropped and an empty path becomes "/" by WHATWG itself.
 *
 * Limits: inputs longer than URL_MAX_IN bytes are refused, and so are
 * results longer than that (percent-encoding can triple a URL): every
 * canonical URL must be readable again as input, or the seen-set and a
 * resumed crawl would disagree about it.  Servers refuse such URLs anyway.  The query is encoded as UTF-8 whatever the
 * page's charset (WHATWG would use the document encoding).
 */
#include "crawler.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <curl/curl.h>
#include <idn2.h>
#include <stdlib.h>
#include <string.h>

#define URL_MAX_IN 8192
#define URL_MAX_OUT URL_MAX_IN

/* A growable string with a hard cap; err is sticky so callers check once. */
typedef struct {
    char *p;
    size_t len, cap;
    int err;
} sbuf;

typedef struct {
    int https;
    sbuf user, pass, host, path, query;
    int has_query;
    long port; /* -1 = default / none */
} url;

enum { SET_PATH, SET_QUERY, SET_USERINFO };

static void sb_putn(sbuf *b, const char *s, size_t n)
{
    if (b->err)
        return;
    if (b->len + n + 1 > URL_MAX_OUT) {
        b->err = 1;
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->err = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void sb_putc(sbuf *b, char c)
{
    sb_putn(b, &c, 1);
}

static void sb_free(sbuf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

static void sb_copy(sbuf *dst, const sbuf *src)
{
    dst->len = 0;
    if (dst->p)
        dst->p[0] = '\0';
    sb_putn(dst, src->p ? src->p : "", src->len);
    dst->err |= src->err;
}

static void url_free(url *u)
{
    sb_free(&u->user);
    sb_free(&u->pass);
    sb_free(&u->host);
    sb_free(&u->path);
    sb_free(&u->query);
}

static int url_err(const url *u)
{
    return u->user.err || u->pass.err || u->host.err || u->path.err || u->query.err;
}

/* WHATWG percent-encode sets (C0 controls and non-ASCII are in all of them). */
static int needs_encoding(unsigned char c, int set)
{
    if (c < 0x20 || c >= 0x7F)
        return 1;
    switch (set) {
    case SET_QUERY:
        return strchr(" \"#<>'", c) != NULL;
    case SET_PATH:
        return strchr(" \"#<>?`{}", c) != NULL;
    default:
        return strchr(" \"#<>?`{}/:;=@[\\]^|", c) != NULL;
    }
}

static void put_encoded(sbuf *b, const char *s, size_t n, int set)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (needs_encoding(c, set)) {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            sb_putn(b, e, 3);
        } else {
            sb_putc(b, (char)c);
        }
    }
}

static int is_dot(const char *s, size_t n)
{
    return (n == 1 && s[0] == '.') || (n == 3 && strncasecmp(s, "%2e", 3) == 0);
}

static int is_dotdot(const char *s, size_t n)
{
    if (n == 2)
        return s[0] == '.' && s[1] == '.';
    if (n == 4)
        return strncasecmp(s, ".%2e", 4) == 0 || strncasecmp(s, "%2e.", 4) == 0;
    return n == 6 && strncasecmp(s, "%2e%2e", 6) == 0;
}

/* Remove the last path segment ("/a/b" -> "/a"; "/" -> ""). */
static void path_shorten(sbuf *path)
{
    if (!path->len)
        return;
    char *slash = strrchr(path->p, '/');
    path->len = slash ? (size_t)(slash - path->p) : 0;
    path->p[path->len] = '\0';
}

/* WHATWG "path state" over [p, end): p is just past a leading slash or at
 * the first byte of a path-relative reference; always adds one segment. */
static void parse_path(sbuf *path, const char *p, const char *end)
{
    for (;;) {
        const char *q = memchr(p, '/', (size_t)(end - p));
        if (!q)
            q = end;
        size_t n = (size_t)(q - p);
        int last = q == end;
        if (is_dotdot(p, n)) {
            path_shorten(path);
            if (last)
                sb_putc(path, '/');
        } else if (is_dot(p, n)) {
            if (last)
                sb_putc(path, '/');
        } else {
            sb_putc(path, '/');
            put_encoded(path, p, n, SET_PATH);
        }
        if (last)
            return;
        p = q + 1;
    }
}

/* WHATWG IPv4 number parser; -1 on failure, values above 2^32 clamp to
 * 2^32 + 1 (always an error for the caller). */
static long long ipv4_number(const char *s, size_t n)
{
    int radix = 10;
    if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        radix = 16;
        s += 2;
        n -= 2;
    } else if (n >= 2 && s[0] == '0') {
        radix = 8;
        s++;
        n--;
    }
    if (n == 0)
        return radix == 10 ? -1 : 0;
    long long v = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (radix == 16 && isxdigit(c))
            d = tolower(c) - 'a' + 10;
        else
            return -1;
        if (d >= radix)
            return -1;
        if (v <= (1LL << 32))
            v = v * radix + d;
        if (v > (1LL << 32))
            v = (1LL << 32) + 1;
    }
    return v;
}

/* WHATWG "ends in a number": the last non-empty label is digits or an IPv4
 * number, so the host must be parsed (and may fail) as IPv4. */
static int ends_in_number(const char *s, size_t n)
{
    if (n && s[n - 1] == '.')
        n--;
    size_t start = n;
    while (start > 0 && s[start - 1] != '.')
        start--;
    const char *last = s + start;
    size_t len = n - start;
    if (!len)
        return 0;
    size_t digits = 0;
    while (digits < len && isdigit((unsigned char)last[digits]))
        digits++;
    return digits == len || ipv4_number(last, len) >= 0;
}

static int parse_ipv4(const char *s, size_t n, sbuf *out)
{
    long long parts[4];
    size_t count = 0;
    if (n && s[n - 1] == '.')
        n--;
    const char *p = s, *end = s + n;
    for (;;) {
        const char *q = memchr(p, '.', (size_t)(end - p));
        if (!q)
            q = end;
        if (count == 4)
            return -1;
        parts[count] = ipv4_number(p, (size_t)(q - p));
        if (parts[count] < 0)
            return -1;
        count++;
        if (q == end)
            break;
        p = q + 1;
    }
    unsigned long long v = 0;
    for (size_t i = 0; i + 1 < count; i++) {
        if (parts[i] > 255)
            return -1;
        v |= (unsigned long long)parts[i] << (8 * (3 - i));
    }
    unsigned long long last = (unsigned long long)parts[count - 1];
    if (last >= (1ULL << (8 * (5 - count))))
        return -1;
    v += last;
    char buf[16];
    int len = snprintf(buf, sizeof buf, "%llu.%llu.%llu.%llu", (v >> 24) & 255,
                       (v >> 16) & 255, (v >> 8) & 255, v & 255);
    sb_putn(out, buf, (size_t)len);
    return 0;
}

/* "[...]" host: inet_pton validates, then WHATWG's serialiser (longest run
 * of two or more zero pieces compressed, lower-case hex, no IPv4 dots). */
static int parse_ipv6(const char *s, size_t n, sbuf *out)
{
    char in[64];
    unsigned char a[16];
    if (n < 2 || s[n - 1] != ']' || n - 2 >= sizeof in)
        return -1;
    memcpy(in, s + 1, n - 2);
    in[n - 2] = '\0';
    if (inet_pton(AF_INET6, in, a) != 1)
        return -1;
    unsigned piece[8];
    int best = -1, bestlen = 1;
    for (int i = 0; i < 8; i++)
        piece[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && piece[j] == 0)
            j++;
        if (j - i > bestlen) {
            best = i;
            bestlen = j - i;
        }
        i = j > i ? j : i + 1;
    }
    sb_putc(out, '[');
    for (int i = 0; i < 8; i++) {
        if (i == best) {
            sb_putn(out, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
            i += bestlen - 1;
            continue;
        }
        char buf[8];
        int len = snprintf(buf, sizeof buf, "%x%s", piece[i], i < 7 ? ":" : "");
        sb_putn(out, buf, (size_t)len);
    }
    sb_putc(out, ']');
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Percent-decode s into a fresh NUL-terminated buffer (caller frees). */
static char *percent_decode(const char *s, size_t n, size_t *outlen)
{
    char *d = malloc(n + 1);
    size_t j = 0;
    if (!d)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int hi = i + 2 < n ? hexval(s[i + 1]) : -1, lo = i + 2 < n ? hexval(s[i + 2]) : -1;
        if (c == '%' && hi >= 0 && lo >= 0) {
            c = (unsigned char)(hi * 16 + lo);
            i += 2;
        }
        d[j++] = (char)c;
    }
    d[j] = '\0';
    *outlen = j;
    return d;
}

/* Append the ASCII form of one label: ASCII labels are only lower-cased
 * (WHATWG would also validate xn-- labels with UTS #46, but libidn2's
 * stricter IDNA2008 rules reject labels the standard accepts, such as
 * xn--pokxncvks, and a bogus label only costs a failed DNS lookup); other
 * labels go through UTS #46 non-transitional processing (full-width
 * forms, case folding, NFC, punycode).  Label by label, so that the
 * hyphen and length rules libidn2 applies to whole names (and WHATWG does
 * not) only ever see the non-ASCII labels. */
static int label_to_ascii(sbuf *out, const char *l, size_t n)
{
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)l[i] >= 0x80)
            ascii = 0;
    if (ascii) {
        for (size_t i = 0; i < n; i++)
            sb_putc(out, (char)tolower((unsigned char)l[i]));
        return 0;
    }
    char *label = strndup(l, n), *lookup = NULL;
    int rc = label && idn2_lookup_u8((const uint8_t *)label, (uint8_t **)&lookup,
                                     IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT) == IDN2_OK
                 ? 0
                 : -1;
    if (rc == 0)
        sb_putn(out, lookup, strlen(lookup));
    idn2_free(lookup);
    free(label);
    return rc;
}

/* Domain to ASCII: the ideographic and full-width full stops UTS #46 maps
 * to '.' are mapped first (so "例子。中国" works), then each label is
 * converted.  Returns a malloc'd string or NULL. */
static char *domain_to_ascii(const char *d, size_t n)
{
    static const char *const dots[] = {"\xE3\x80\x82", "\xEF\xBC\x8E", "\xEF\xBD\xA1"};
    sbuf mapped = {0}, out = {0};
    int rc = (n == 0 || memchr(d, '\0', n)) ? -1 : 0;
    for (size_t i = 0; i < n && rc == 0;) {
        size_t k = 0;
        while (k < 3 && !(i + 3 <= n && memcmp(d + i, dots[k], 3) == 0))
            k++;
        sb_putc(&mapped, k < 3 ? '.' : d[i]);
        i += k < 3 ? 3 : 1;
    }
    for (size_t i = 0; rc == 0 && mapped.p && i <= mapped.len;) {
        const char *dot = memchr(mapped.p + i, '.', mapped.len - i);
        size_t end = dot ? (size_t)(dot - mapped.p) : mapped.len;
        rc = label_to_ascii(&out, mapped.p + i, end - i);
        if (dot)
            sb_putc(&out, '.');
        i = end + 1;
    }
    if (rc != 0 || mapped.err || out.err || !out.p)
        sb_free(&out);
    sb_free(&mapped);
    return out.p;
}

static int forbidden_domain_char(unsigned char c)
{
    return c <= 0x20 || c == 0x7F || c >= 0x80 || strchr("#%/:<>?@[\\]^|", c) != NULL;
}

static int parse_host(const char *s, size_t n, sbuf *out)
{
    if (n == 0)
        return -1;
    if (s[0] == '[')
        return parse_ipv6(s, n, out);
    size_t dlen;
    char *decoded = percent_decode(s, n, &dlen);
    if (!decoded)
        return -1;
    char *domain = domain_to_ascii(decoded, dlen);
    free(decoded);
    if (!domain)
        return -1;
    size_t len = strlen(domain);
    int rc = len ? 0 : -1;
    for (size_t i = 0; i < len && rc == 0; i++)
        if (forbidden_domain_char((unsigned char)domain[i]))
            rc = -1;
    if (rc == 0) {
        if (ends_in_number(domain, len))
            rc = parse_ipv4(domain, len, out);
        else
            sb_putn(out, domain, len);
    }
    free(domain);
    return rc;
}

static int parse_port(const char *s, size_t n, int https, long *port)
{
    long v = 0;
    *port = -1;
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
        if (v > 65535)
            return -1;
    }
    if (v != (https ? 443 : 80))
        *port = v;
    return 0;
}

/* WHATWG authority + host + port over [p, end); end is the first '/', '?',
 * '#' or the end of the input. */
static int parse_authority(url *u, const char *p, const char *end)
{
    const char *at = NULL;
    for (const char *q = p; q < end; q++)
        if (*q == '@')
            at = q;
    if (at) {
        const char *colon = memchr(p, ':', (size_t)(at - p));
        put_encoded(&u->user, p, (size_t)((colon ? colon : at) - p), SET_USERINFO);
        if (colon)
            put_encoded(&u->pass, colon + 1, (size_t)(at - colon - 1), SET_USERINFO);
        p = at + 1;
    }
    const char *colon = NULL;
    int brackets = 0;
    for (const char *q = p; q < end && !colon; q++) {
        if (*q == '[')
            brackets = 1;
        else if (*q == ']')
            brackets = 0;
        else if (*q == ':' && !brackets)
            colon = q;
    }
    const char *hend = colon ? colon : end;
    if (parse_host(p, (size_t)(hend - p), &u->host) != 0)
        return -1;
    if (colon)
        return parse_port(colon + 1, (size_t)(end - colon - 1), u->https, &u->port);
    return 0;
}

/* Path and query of [p, end) (end = '#' or end of input); p is where the
 * WHATWG path state starts. */
static void parse_path_query(url *u, const char *p, const char *end)
{
    const char *qm = memchr(p, '?', (size_t)(end - p));
    parse_path(&u->path, p, qm ? qm : end);
    if (qm) {
        u->has_query = 1;
        put_encoded(&u->query, qm + 1, (size_t)(end - qm - 1), SET_QUERY);
    }
}

/* "special authority ignore slashes" state followed by authority and path. */
static int parse_from_authority(url *u, const char *p, const char *end)
{
    while (p < end && *p == '/')
        p++;
    const char *aend = p;
    while (aend < end && *aend != '/' && *aend != '?')
        aend++;
    if (parse_authority(u, p, aend) != 0)
        return -1;
    if (aend < end && *aend == '/')
        aend++;
    parse_path_query(u, aend, end);
    return 0;
}

static void copy_authority(url *u, const url *base)
{
    sb_copy(&u->user, &base->user);
    sb_copy(&u->pass, &base->pass);
    sb_copy(&u->host, &base->host);
    u->port = base->port;
}

/* WHATWG "relative state" for a special base of the same scheme. */
static int parse_relative(url *u, const url *base, const char *p, const char *end)
{
    if (p < end && *p == '/') {
        if (p + 1 < end && p[1] == '/')
            return parse_from_authority(u, p, end);
        copy_authority(u, base);
        parse_path_query(u, p + 1, end);
        return 0;
    }
    copy_authority(u, base);
    sb_copy(&u->path, &base->path);
    if (p == end || *p == '?') {
        if (p == end && base->has_query) {
            u->has_query = 1;
            sb_copy(&u->query, &base->query);
        } else if (p < end) {
            u->has_query = 1;
            put_encoded(&u->query, p + 1, (size_t)(end - p - 1), SET_QUERY);
        }
        return 0;
    }
    path_shorten(&u->path);
    parse_path_query(u, p, end);
    return 0;
}

/* Length of a leading "scheme:" (0 if none); WHATWG scheme state. */
static size_t scheme_len(const char *s)
{
    if (!isalpha((unsigned char)s[0]))
        return 0;
    size_t i = 1;
    while (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
        i++;
    return s[i] == ':' ? i : 0;
}

/* Trim C0 controls and spaces, drop tabs and newlines, and turn
 * backslashes before the first '?' or '#' into slashes (all special
 * schemes treat them alike).  Caller frees. */
static char *preprocess(const char *in)
{
    size_t n = strlen(in);
    while (n && (unsigned char)in[n - 1] <= 0x20)
        n--;
    while (n && (unsigned char)*in <= 0x20) {
        in++;
        n--;
    }
    char *out = calloc(n + 1, 1);
    size_t j = 0;
    int in_path = 1;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        char c = in[i];
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '?' || c == '#')
            in_path = 0;
        out[j++] = (c == '\\' && in_path) ? '/' : c;
    }
    out[j] = '\0';
    return out;
}

/* Parse one reference into u (zero-initialised by the caller) against an
 * optional already-parsed special base.  0 on success, -1 when the result
 * would not be a valid http(s) URL. */
static int parse_url(const char *in, const url *base, url *u)
{
    if (strlen(in) > URL_MAX_IN)
        return -1;
    char *s = preprocess(in);
    if (!s)
        return -1;
    const char *frag = strchr(s, '#');
    const char *end = frag ? frag : s + strlen(s);
    size_t sl = scheme_len(s);
    int rc = -1;
    u->port = -1;
    if (sl == 4 && strncasecmp(s, "http", 4) == 0)
        u->https = 0;
    else if (sl == 5 && strncasecmp(s, "https", 5) == 0)
        u->https = 1;
    else if (sl) /* another scheme: the result is not http(s) */
        goto done;
    if (!sl) {
        if (base) {
            u->https = base->https;
            rc = parse_relative(u, base, s, end);
        }
    } else if (base && base->https == u->https) {
        const char *p = s + sl + 1;
        rc = (p[0] == '/' && p[1] == '/') ? parse_from_authority(u, p, end)
                                          : parse_relative(u, base, p, end);
    } else {
        rc = parse_from_authority(u, s + sl + 1, end);
    }
    if (rc == 0 && url_err(u))
        rc = -1;
done:
    free(s);
    return rc;
}

/* Serialise u; %xx hex digits upper-cased.  Caller frees; NULL on OOM. */
static char *serialize(const url *u)
{
    sbuf b = {0};
    sb_putn(&b, u->https ? "https://" : "http://", u->https ? 8 : 7);
    if (u->user.len || u->pass.len) {
        sb_putn(&b, u->user.p ? u->user.p : "", u->user.len);
        if (u->pass.len) {
            sb_putc(&b, ':');
            sb_putn(&b, u->pass.p, u->pass.len);
        }
        sb_putc(&b, '@');
    }
    sb_putn(&b, u->host.p, u->host.len);
    if (u->port >= 0) {
        char port[8];
        int n = snprintf(port, sizeof port, ":%ld", u->port);
        sb_putn(&b, port, (size_t)n);
    }
    sb_putn(&b, u->path.p ? u->path.p : "/", u->path.len ? u->path.len : 1);
    if (u->has_query) {
        sb_putc(&b, '?');
        sb_putn(&b, u->query.p ? u->query.p : "", u->query.len);
    }
    if (b.err) {
        sb_free(&b);
        return NULL;
    }
    for (size_t i = 0; i + 2 < b.len; i++)
        if (b.p[i] == '%' && hexval(b.p[i + 1]) >= 0 && hexval(b.p[i + 2]) >= 0) {
            b.p[i + 1] = (char)toupper((unsigned char)b.p[i + 1]);
            b.p[i + 2] = (char)toupper((unsigned char)b.p[i + 2]);
        }
    return b.p;
}

/* The fetcher uses libcurl: refuse what its URL parser refuses (e.g. hosts
 * with "!$&'()*+,;=" that WHATWG allows but curl does not). */
static int curl_accepts(const char *s)
{
    CURLU *h = curl_url();
    if (!h)
        return 0;
    CURLUcode rc = curl_url_set(h, CURLUPART_URL, s, CURLU_PATH_AS_IS);
    curl_url_cleanup(h);
    return rc == CURLUE_OK;
}

char *crawler_url_resolve(const char *base, const char *href)
{
    url b = {0}, u = {0};
    const url *bp = NULL;
    char *out = NULL;
    if (!href)
        return NULL;
    if (base && parse_url(base, NULL, &b) == 0)
        bp = &b;
    if (parse_url(href, bp, &u) == 0)
        out = serialize(&u);
    if (out && !curl_accepts(out)) {
        free(out);
        out = NULL;
    }
    url_free(&b);
    url_free(&u);
    return out;
}

char *crawler_url_host(const char *s)
{
    CURLU *h;
    char *host = NULL, *out = NULL;
    if (!s || strlen(s) > URL_MAX_IN || !(h = curl_url()))
        return NULL;
    if (curl_url_set(h, CURLUPART_URL, s, 0) == CURLUE_OK &&
        curl_url_get(h, CURLUPART_HOST, &host, 0) == CURLUE_OK && host) {
        out = strdup(host);
        for (char *p = out; p && *p; p++)
            *p = (char)tolower((unsigned char)*p);
    }
    curl_free(host);
    curl_url_cleanup(h);
    return out;
}
