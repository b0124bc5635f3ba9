/*
 * respond.c — turn a parsed request into a response (status, head, body and
 * the sending plan: delay, drip, reset, bad length, endless).
 *
 * Files come from ROOT/HOST/PATH; the path is percent-decoded first and any
 * ".." segment (plain or encoded) is refused with 400 before the file system
 * is touched.  Content-Type follows the extension; .html is sent WITHOUT a
 * charset on purpose, so the crawler's charset sniffing is what the tests
 * exercise.  ETag is derived from size and mtime; If-None-Match (preferred)
 * and If-Modified-Since answer 304.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "httpd.h"

/* A growing string; after an allocation failure it stays failed (oom). */
struct sbuf {
    char *p;
    size_t len, cap;
    int oom;
};

static void sb_addn(struct sbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (!b->p || b->cap - b->len < n + 1) {
        size_t cap = b->cap ? b->cap : 512;
        while (cap - b->len < n + 1)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = cap;
    }
    if (n > 0)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

__attribute__((format(printf, 2, 3)))
static void sb_addf(struct sbuf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        b->oom = 1; /* every caller formats short fields */
        return;
    }
    sb_addn(b, tmp, (size_t)n);
}

static const struct {
    const char *ext;
    const char *type;
} mime_types[] = {
    {".html", "text/html"}, {".htm", "text/html"},
    {".txt", "text/plain"}, {".xml", "application/xml"},
    {".gz", "application/gzip"}, {".css", "text/css"},
    {".js", "application/javascript"}, {".json", "application/json"},
    {".png", "image/png"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"},
    {".gif", "image/gif"},
};

static const char *mime_for(const char *path)
{
    size_t len = strlen(path);
    for (size_t i = 0; i < sizeof mime_types / sizeof mime_types[0]; i++) {
        size_t el = strlen(mime_types[i].ext);
        if (len >= el && strcasecmp(path + len - el, mime_types[i].ext) == 0)
            return mime_types[i].type;
    }
    return "application/octet-stream";
}

static const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

static void http_date(time_t t, char out[64])
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 64, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

static int parse_http_date(const char *s, size_t len, time_t *t)
{
    char tmp[64];
    struct tm tm;
    if (len >= sizeof tmp)
        return -1;
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    memset(&tm, 0, sizeof tm);
    const char *end = strptime(tmp, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    if (!end || *end)
        return -1;
    *t = timegm(&tm);
    return 0;
}

/* A file loaded from disk. */
struct file {
    char path[4096];
    char *data;   /* owned */
    size_t len;
    struct stat st;
};

/* Map host + decoded path to f->path.  Returns 0, 400 (traversal) or 404. */
static int file_path(const char *root, const char *host, const char *raw, size_t raw_len,
                     struct file *f)
{
    char dec[HTTPD_HEADER_MAX + 1];
    long n = httpd_pct_decode(raw, raw_len, dec, sizeof dec);
    if (n < 0 || dec[0] != '/')
        return 400;
    for (const char *s = dec; s; s = strchr(s + 1, '/'))
        if (strncmp(s, "/..", 3) == 0 && (s[3] == '/' || s[3] == '\0'))
            return 400;
    if (host[0] == '\0')
        return 404;
    const char *index = dec[n - 1] == '/' ? "index.html" : "";
    int w = snprintf(f->path, sizeof f->path, "%s/%s%s%s", root, host, dec, index);
    return w > 0 && (size_t)w < sizeof f->path ? 0 : 404;
}

/* Read f->path.  Returns 0, 301 (a directory: add a slash), 404, or -1. */
static int file_load(struct file *f)
{
    int fd = open(f->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return 404;
    int result = 404;
    if (fstat(fd, &f->st) != 0)
        goto done;
    if (S_ISDIR(f->st.st_mode)) {
        result = 301;
        goto done;
    }
    if (!S_ISREG(f->st.st_mode) || (size_t)f->st.st_size > HTTPD_FILE_MAX)
        goto done;
    f->len = (size_t)f->st.st_size;
    f->data = malloc(f->len + 1);
    if (!f->data) {
        result = -1;
        goto done;
    }
    size_t got = 0;
    while (got < f->len) {
        ssize_t r = read(fd, f->data + got, f->len - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    f->len = got; /* a file that shrank under us is served as it is now */
    result = 0;
done:
    close(fd);
    return result;
}

/* Does the If-None-Match list contain etag (weak comparison)? */
static int etag_matches(const char *list, size_t len, const char *etag)
{
    size_t el = strlen(etag), i = 0;
    while (i < len) {
        while (i < len && (list[i] == ' ' || list[i] == '\t' || list[i] == ','))
            i++;
        const char *item = list + i;
        size_t n = 0;
        while (i < len && list[i] != ',') {
            i++;
            n++;
        }
        while (n > 0 && (item[n - 1] == ' ' || item[n - 1] == '\t'))
            n--;
        if (n >= 2 && item[0] == 'W' && item[1] == '/') {
            item += 2;
            n -= 2;
        }
        if ((n == 1 && item[0] == '*') || (n == el && memcmp(item, etag, el) == 0))
            return 1;
    }
    return 0;
}

static int not_modified(const struct httpd_request *req, const char *etag, time_t mtime)
{
    if (req->inm)
        return etag_matches(req->inm, req->inm_len, etag);
    time_t ims;
    if (req->ims && parse_http_date(req->ims, req->ims_len, &ims) == 0)
        return mtime <= ims;
    return 0;
}

/* Response under construction: everything that goes into the head. */
struct plan {
    int status;
    const char *ctype;      /* NULL: no Content-Type */
    char ctype_buf[HTTPD_LABEL_MAX + 64];
    char etag[80];
    time_t mtime;           /* Last-Modified when etag is set */
    int gzip_enc;
    struct sbuf location;
    const char *extra;      /* extra header lines, "" or "Name: v\r\n"... */
};

static int write_head(const struct httpd_request *req, struct plan *p,
                      struct httpd_response *res)
{
    struct sbuf h = {0};
    char date[64];
    if (p->status == 400)
        res->close = 1; /* after a bad request the stream may be out of step */
    http_date(time(NULL), date);
    sb_addf(&h, "HTTP/1.1 %d %s\r\nDate: %s\r\nServer: wangjian-test-httpd\r\n",
            p->status, reason(p->status), date);
    if (p->ctype)
        sb_addf(&h, "Content-Type: %s\r\n", p->ctype);
    if (res->chunked)
        sb_addf(&h, "Transfer-Encoding: chunked\r\n");
    else if (!res->endless && p->status != 304 && p->status != 204)
        sb_addf(&h, "Content-Length: %zu\r\n", res->body_len + (res->badlen ? 1024 : 0));
    if (p->gzip_enc)
        sb_addf(&h, "Content-Encoding: gzip\r\n");
    if (p->etag[0]) {
        char lm[64];
        http_date(p->mtime, lm);
        sb_addf(&h, "ETag: %s\r\nLast-Modified: %s\r\n", p->etag, lm);
    }
    if (p->location.len) {
        sb_addn(&h, "Location: ", 10);
        sb_addn(&h, p->location.p, p->location.len);
        sb_addn(&h, "\r\n", 2);
    }
    if (p->status == 429 || p->status == 503)
        sb_addf(&h, "Retry-After: 1\r\n");
    sb_addn(&h, p->extra, strlen(p->extra));
    if (res->close || res->endless)
        sb_addf(&h, "Connection: close\r\n");
    sb_addn(&h, "\r\n", 2);
    if (h.oom) {
        free(h.p);
        return -1;
    }
    res->head = h.p;
    res->head_len = h.len;
    res->status = p->status;
    if (p->status == 304 || p->status == 204 || req->is_head)
        res->body_limit = 0;
    else if (res->reset && res->body_limit > res->body_len)
        res->body_limit = res->body_len;
    else if (!res->reset)
        res->body_limit = res->body_len;
    return 0;
}

/* Body "CODE Reason\n" as text/plain. */
static int text_body(struct plan *p, struct httpd_response *res)
{
    char tmp[96];
    int n = snprintf(tmp, sizeof tmp, "%d %s\n", p->status, reason(p->status));
    res->body = malloc((size_t)n + 1);
    if (!res->body)
        return -1;
    memcpy(res->body, tmp, (size_t)n + 1);
    res->body_len = (size_t)n;
    p->ctype = "text/plain";
    return 0;
}

/* 302 to the next hop of a /__redirect chain or /__loop. */
static void hop_location(const struct httpd_request *req, const struct httpd_fault *f,
                         struct sbuf *loc)
{
    sb_addn(loc, req->path, f->hop_at);
    if (f->loop) {
        sb_addf(loc, "/__loop/%c", f->loop == 'A' ? 'B' : 'A');
    } else {
        sb_addf(loc, "/__redirect/%lld", (long long)(f->redirect - 1));
        sb_addn(loc, f->rest, f->rest_len);
    }
    sb_addn(loc, req->query, req->query_len);
}

/* A sidecar PATH.status holding "CODE [N]" makes PATH answer CODE, for the
 * next N requests only when N is given (the count is kept in the sidecar,
 * which is removed when it runs out): paths with a fixed name, like
 * /robots.txt, cannot carry a fault prefix.  Returns CODE, or 0. */
static int sidecar_status(const char *path)
{
    char sc[4200], buf[64];
    snprintf(sc, sizeof sc, "%s.status", path);
    FILE *f = fopen(sc, "r");
    if (!f)
        return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    int code = 0, left = -1;
    if (sscanf(buf, "%d %d", &code, &left) < 1 || code < 100 || code > 599)
        return 0;
    if (left == 0 || left == 1) {
        unlink(sc);
    } else if (left > 1 && (f = fopen(sc, "w")) != NULL) {
        fprintf(f, "%d %d\n", code, left - 1);
        fclose(f);
    }
    return left == 0 ? 0 : code;
}

/* Fill the body from the fault's file (or a generated text). Returns 0, -1,
 * or sets p->status to an error and fills a text body. */
static int file_body(struct httpd_server *srv, const struct httpd_request *req,
                     const struct httpd_fault *f, struct plan *p, struct httpd_response *res)
{
    if (f->rest_len == 0)
        return text_body(p, res);
    struct file file;
    memset(&file, 0, sizeof file);
    int st = file_path(srv->root, req->host, f->rest, f->rest_len, &file);
    int forced = st == 0 ? sidecar_status(file.path) : 0;
    if (forced) {
        p->status = forced;
        return text_body(p, res);
    }
    if (st == 0)
        st = file_load(&file);
    if (st < 0)
        return -1;
    if (st == 301 && !f->status) {
        p->status = 301;
        sb_addn(&p->location, req->path, req->path_len);
        sb_addn(&p->location, "/", 1);
        sb_addn(&p->location, req->query, req->query_len);
        return text_body(p, res);
    }
    if (st != 0) {
        if (!f->status || st == 400)
            p->status = st;
        return text_body(p, res);
    }
    res->body = file.data;
    res->body_len = file.len;
    p->ctype = mime_for(file.path);
    if (!f->status) {
        snprintf(p->etag, sizeof p->etag, "\"%llx-%llx%s\"", (unsigned long long)file.len,
                 (unsigned long long)file.st.st_mtim.tv_sec * 1000000000ull +
                     (unsigned long long)file.st.st_mtim.tv_nsec,
                 f->gzip ? "-gz" : "");
        p->mtime = file.st.st_mtime;
        if (not_modified(req, p->etag, p->mtime))
            p->status = 304;
    }
    return 0;
}

static int gzip_body(struct plan *p, struct httpd_response *res)
{
    char *z;
    size_t zlen;
    if (httpd_gzip(res->body, res->body_len, &z, &zlen) != 0)
        return -1;
    free(res->body);
    res->body = z;
    res->body_len = zlen;
    p->gzip_enc = 1;
    return 0;
}

static void apply_type_overrides(const struct httpd_fault *f, struct plan *p)
{
    if (f->ctype[0]) {
        snprintf(p->ctype_buf, sizeof p->ctype_buf, "%s", f->ctype);
        p->ctype = p->ctype_buf;
    } else if (f->charset[0]) {
        snprintf(p->ctype_buf, sizeof p->ctype_buf, "text/html; charset=%s", f->charset);
        p->ctype = p->ctype_buf;
    }
}

/* Body and status for a request whose faults parsed. */
static int fault_body(struct httpd_server *srv, const struct httpd_request *req,
                      const struct httpd_fault *f, struct plan *p, struct httpd_response *res)
{
    p->status = f->status ? f->status : 200;
    if (f->redirect > 0 || f->loop) {
        p->status = 302;
        hop_location(req, f, &p->location);
        return text_body(p, res);
    }
    if (f->endless) {
        p->ctype = "text/plain";
        res->endless = 1;
        res->chunked = req->minor >= 1;
        res->close = 1;
        return 0;
    }
    if (f->bomb_mb > 0) {
        if (httpd_gzip_zeros((uint64_t)f->bomb_mb, &res->body, &res->body_len) != 0)
            return -1;
        p->ctype = "text/html";
        p->gzip_enc = 1;
        return 0;
    }
    if (file_body(srv, req, f, p, res) != 0)
        return -1;
    if (f->gzip && p->status != 304 && gzip_body(p, res) != 0)
        return -1;
    return 0;
}

static void apply_sending_faults(const struct httpd_fault *f, struct httpd_response *res)
{
    res->delay_ms = f->delay_ms;
    res->drip_bps = f->drip_bps;
    if (f->reset_after >= 0) {
        res->reset = 1;
        res->body_limit = (size_t)f->reset_after;
        res->close = 1;
    }
    if (f->badlen) {
        res->badlen = 1;
        res->close = 1;
    }
}

/* Fill res for the request; res owns what it holds even on failure. */
static int build(struct httpd_server *srv, const struct httpd_request *req, int parse_status,
                 struct plan *p, struct httpd_response *res)
{
    res->close = req->close;
    if (parse_status) {
        p->status = parse_status;
        res->close = 1;
        if (parse_status == 405)
            p->extra = "Allow: GET, HEAD\r\n";
        return text_body(p, res);
    }
    if (req->path_len == 8 && memcmp(req->path, "/__stats", 8) == 0) {
        res->body = httpd_stats_json(srv);
        if (!res->body)
            return -1;
        res->body_len = strlen(res->body);
        p->status = 200;
        p->ctype = "application/json";
        p->extra = "Cache-Control: no-store\r\n";
        return 0;
    }
    if (req->path_len == 7 && memcmp(req->path, "/search", 7) == 0) {
        int s = httpd_search(srv->root, req, &res->body, &res->body_len);
        if (s <= 0) {
            p->status = 200;
            p->ctype = "text/html; charset=utf-8";
            return s;
        }
    }
    struct httpd_fault f;
    if (httpd_fault_parse(req->path, req->path_len, &f) != 0) {
        p->status = 400;
        res->close = 1;
        return text_body(p, res);
    }
    apply_sending_faults(&f, res);
    if (fault_body(srv, req, &f, p, res) != 0)
        return -1;
    apply_type_overrides(&f, p);
    return 0;
}

int httpd_respond(struct httpd_server *srv, const struct httpd_request *req,
                  int parse_status, struct httpd_response *res)
{
    struct plan p;
    memset(&p, 0, sizeof p);
    memset(res, 0, sizeof *res);
    p.extra = "";
    int result = build(srv, req, parse_status, &p, res);
    if (result == 0)
        result = write_head(req, &p, res);
    free(p.location.p);
    if (result != 0)
        httpd_response_clear(res);
    return result;
}

void httpd_response_clear(struct httpd_response *res)
{
    free(res->head);
    free(res->body);
    memset(res, 0, sizeof *res);
}
