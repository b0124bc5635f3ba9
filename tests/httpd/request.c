/*
 * request.c — parse one HTTP/1.x request head, strictly.
 *
 * The input is hostile by design (the tests send garbage on purpose), so
 * every field is bounded by the head limit the caller already enforced, and
 * anything that is not plainly valid is answered 400 rather than guessed at.
 * Only the headers the server acts on are kept: Host, Connection,
 * If-None-Match, If-Modified-Since, and the ones that announce a request
 * body (which make the server close after answering, since it never reads
 * bodies).
 */
#include <string.h>
#include <strings.h>

#include "httpd.h"

static int is_tchar(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
           (ch >= '0' && ch <= '9') || (ch != 0 && strchr("!#$%&'*+-.^_`|~", ch));
}

static int hexval(unsigned char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

long httpd_pct_decode(const char *in, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        int ch = (unsigned char)in[i];
        if (ch == '%') {
            int hi = i + 1 < len ? hexval((unsigned char)in[i + 1]) : -1;
            int lo = i + 2 < len ? hexval((unsigned char)in[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return -1;
            ch = hi * 16 + lo;
            i += 2;
        }
        if (ch == 0 || o + 1 >= cap)
            return -1;
        out[o++] = (char)ch;
    }
    if (cap == 0)
        return -1;
    out[o] = '\0';
    return (long)o;
}

/* Normalise an authority or Host value into out: lower-case, port removed.
 * Returns 0 or -1 when it is not a plausible host name. */
static int host_normalize(const char *in, size_t len, char *out)
{
    size_t end = len, o = 0;
    if (len > 0 && in[0] == '[') {
        const char *rb = memchr(in, ']', len);
        if (!rb)
            return -1;
        end = (size_t)(rb - in) + 1;
    } else {
        const char *colon = memchr(in, ':', len);
        if (colon)
            end = (size_t)(colon - in);
    }
    if (end < len) {
        if (in[end] != ':' || end + 1 == len)
            return -1;
        for (size_t i = end + 1; i < len; i++)
            if (in[i] < '0' || in[i] > '9')
                return -1;
    }
    if (end == 0 || end > HTTPD_HOST_MAX)
        return -1;
    for (size_t i = 0; i < end; i++) {
        unsigned char ch = (unsigned char)in[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch - 'A' + 'a');
        int ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                 ch == '-' || ch == '.' || ch == '_' ||
                 (in[0] == '[' && (ch == ':' || ch == '[' || ch == ']'));
        if (!ok)
            return -1;
        out[o++] = (char)ch;
    }
    out[o] = '\0';
    if (out[0] == '.' || strstr(out, ".."))
        return -1;
    return 0;
}

/* Split the request target into host (absolute form) and path/query. */
static int parse_target(struct httpd_request *r, int *has_authority)
{
    const char *t = r->target;
    size_t len = r->target_len, start = 0;
    *has_authority = 0;
    if (len >= 7 && strncasecmp(t, "http://", 7) == 0)
        start = 7;
    else if (len >= 8 && strncasecmp(t, "https://", 8) == 0)
        start = 8;
    if (start) {
        size_t a = start;
        while (a < len && t[a] != '/' && t[a] != '?')
            a++;
        if (memchr(t + start, '@', a - start) ||
            host_normalize(t + start, a - start, r->host) != 0)
            return 400;
        *has_authority = 1;
        t += a;
        len -= a;
    } else if (len == 0 || t[0] != '/') {
        return 400;
    }
    const char *q = memchr(t, '?', len);
    const char *hash = memchr(t, '#', len);
    if (hash)
        return 400;
    r->path = len ? t : "/";
    r->path_len = q ? (size_t)(q - t) : len;
    if (r->path_len == 0) {
        r->path = "/";
        r->path_len = 1;
    }
    r->query = q ? q : "";
    r->query_len = q ? len - (size_t)(q - t) : 0;
    return 0;
}

/* Request line: METHOD SP target SP HTTP/1.x */
static int parse_request_line(const char *line, size_t len, struct httpd_request *r)
{
    size_t i = 0;
    while (i < len && is_tchar((unsigned char)line[i]))
        i++;
    if (i == 0 || i >= sizeof r->method || i >= len || line[i] != ' ')
        return 400;
    memcpy(r->method, line, i);
    r->method[i] = '\0';
    size_t ts = ++i;
    while (i < len && (unsigned char)line[i] > ' ' && line[i] != 0x7f)
        i++;
    if (i == ts || i >= len || line[i] != ' ')
        return 400;
    r->target = line + ts;
    r->target_len = i - ts;
    const char *v = line + i + 1;
    size_t vlen = len - i - 1;
    if (vlen != 8 || memcmp(v, "HTTP/", 5) != 0 || v[6] != '.' ||
        v[5] < '0' || v[5] > '9' || v[7] < '0' || v[7] > '9')
        return 400;
    r->minor = v[7] - '0';
    r->close = r->minor == 0;
    if (v[5] != '1')
        return 505;
    return 0;
}

static int value_has(const char *v, size_t len, const char *token)
{
    size_t tl = strlen(token);
    for (size_t i = 0; i + tl <= len; i++)
        if (strncasecmp(v + i, token, tl) == 0)
            return 1;
    return 0;
}

/* One "Name: value" line. *host_seen counts Host headers. */
static int parse_header(const char *line, size_t len, struct httpd_request *r,
                        int *host_seen, int has_authority)
{
    size_t n = 0;
    while (n < len && is_tchar((unsigned char)line[n]))
        n++;
    if (n == 0 || n >= len || line[n] != ':')
        return 400;
    size_t vs = n + 1, ve = len;
    while (vs < ve && (line[vs] == ' ' || line[vs] == '\t'))
        vs++;
    while (ve > vs && (line[ve - 1] == ' ' || line[ve - 1] == '\t'))
        ve--;
    for (size_t i = vs; i < ve; i++) {
        unsigned char ch = (unsigned char)line[i];
        if ((ch < ' ' && ch != '\t') || ch == 0x7f)
            return 400;
    }
    const char *v = line + vs;
    size_t vlen = ve - vs;
    if (n == 4 && strncasecmp(line, "host", 4) == 0) {
        if (++*host_seen > 1)
            return 400;
        if (!has_authority && host_normalize(v, vlen, r->host) != 0)
            return 400;
    } else if (n == 10 && strncasecmp(line, "connection", 10) == 0) {
        if (value_has(v, vlen, "close"))
            r->close = 1;
    } else if (n == 13 && strncasecmp(line, "if-none-match", 13) == 0) {
        r->inm = v;
        r->inm_len = vlen;
    } else if (n == 17 && strncasecmp(line, "if-modified-since", 17) == 0) {
        r->ims = v;
        r->ims_len = vlen;
    } else if ((n == 14 && strncasecmp(line, "content-length", 14) == 0 &&
                !(vlen == 1 && v[0] == '0')) ||
               (n == 17 && strncasecmp(line, "transfer-encoding", 17) == 0)) {
        /* A body we will not read would be taken for the next request. */
        r->close = 1;
    }
    return 0;
}

int httpd_request_parse(const char *buf, size_t len, struct httpd_request *r)
{
    memset(r, 0, sizeof *r);
    r->minor = 1;
    r->target = "";
    r->path = "/";
    r->path_len = 1;
    r->query = "";
    size_t pos = 0;
    int status, host_seen = 0, has_authority = 0, first = 1;
    while (pos < len) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - buf) : len;
        size_t llen = end - pos;
        if (llen > 0 && buf[end - 1] == '\r')
            llen--;
        const char *line = buf + pos;
        pos = end + 1;
        if (llen > 0 && memchr(line, '\0', llen))
            return 400;
        if (first) {
            first = 0;
            status = parse_request_line(line, llen, r);
            if (status == 0 && strcmp(r->method, "CONNECT") == 0)
                return 405; /* a forward proxy that never tunnels */
            if (status == 0)
                status = parse_target(r, &has_authority);
            if (status != 0)
                return status;
            continue;
        }
        if (llen == 0)
            break;
        if (line[0] == ' ' || line[0] == '\t')
            return 400; /* obsolete line folding */
        status = parse_header(line, llen, r, &host_seen, has_authority);
        if (status != 0)
            return status;
    }
    if (first)
        return 400;
    if (r->minor >= 1 && host_seen == 0 && !has_authority)
        return 400;
    if (strcmp(r->method, "GET") == 0)
        return 0;
    if (strcmp(r->method, "HEAD") == 0) {
        r->is_head = 1;
        return 0;
    }
    return 405;
}
