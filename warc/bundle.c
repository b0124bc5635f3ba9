/*
 * Reading a response record back for use: its HTTP payload (what rescan
 * scans again), its rendering when the crawl rendered it, and, for
 * evidence bundles, the whole exchange (warcinfo, response and request
 * records and the rendering's records, uncompressed).  Both check the records'
 * own digests first.  Runs on the caller's thread; reads only the file
 * named.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "warc.h"

#define EVIDENCE_MAX (256u * 1024 * 1024)

/* Where the HTTP body starts within rec's block (after the headers). */
static size_t body_offset(const warc_record *rec)
{
    const char *block = rec->data + rec->header_len;
    const char *sep = memmem(block, rec->block_len, "\r\n\r\n", 4);
    return sep ? (size_t)(sep - block) + 4 : rec->block_len;
}

/* The record at warc_path/offset, read and digest-checked: WARC_OK with
 * *out owned by the caller, else a one-line reason in err. */
static warc_result read_checked(const char *warc_path, int64_t offset, warc_record **out,
                                char *err, size_t errlen)
{
    warc_result wr = warc_read_record(warc_path, (uint64_t)offset, EVIDENCE_MAX, out);
    if (wr == WARC_EIO && access(warc_path, R_OK) != 0) {   /* the common case: moved away */
        snprintf(err, errlen, "cannot open the WARC file %s: %s", warc_path, strerror(errno));
        return WARC_EIO;
    }
    if (wr != WARC_OK) {
        snprintf(err, errlen, "cannot read the WARC record at %s offset %lld: %s", warc_path,
                 (long long)offset, warc_strerror(wr));
        return WARC_EIO;
    }
    if (!warc_record_verify(*out)) {
        snprintf(err, errlen, "the WARC record at %s offset %lld fails its digest check",
                 warc_path, (long long)offset);
        warc_record_free(*out);
        *out = NULL;
        return WARC_EIO;
    }
    return WARC_OK;
}

/* ---- one exchange for an evidence bundle ---- */

static int same_field(const warc_record *a, const char *fa, const warc_record *b, const char *fb)
{
    char *va = warc_record_field(a, fa), *vb = warc_record_field(b, fb);
    int same = va && vb && strcmp(va, vb) == 0;
    free(va);
    free(vb);
    return same;
}

static int is_type(const warc_record *r, const char *type)
{
    char *t = warc_record_field(r, "WARC-Type");
    int is = t && strcmp(t, type) == 0;
    free(t);
    return is;
}

/* The record at offset when it is a digest-checked record of type whose
 * field named mine equals the response's field theirs; else NULL. */
static warc_record *partner(const char *path, uint64_t offset, const char *type,
                            const warc_record *resp, const char *mine, const char *theirs)
{
    warc_record *r = NULL;
    if (warc_read_record(path, offset, EVIDENCE_MAX, &r) != WARC_OK)
        return NULL;
    if (!is_type(r, type) || !warc_record_verify(r) || !same_field(r, mine, resp, theirs)) {
        warc_record_free(r);
        return NULL;
    }
    return r;
}

/* Append r as it is stored (header, block, CRLF CRLF) to c->warc. */
static int append_record(warc_copy *c, const warc_record *r)
{
    size_t n = r->header_len + r->block_len;
    char *p = realloc(c->warc, c->warc_len + n + 5);
    if (!p)
        return -1;
    memcpy(p + c->warc_len, r->data, n);
    memcpy(p + c->warc_len + n, "\r\n\r\n", 5);
    c->warc = p;
    c->warc_len += n + 4;
    return 0;
}

/* Status code and Content-Type of the HTTP response in rec's block. */
static void http_facts(const warc_record *rec, warc_copy *c)
{
    const char *block = rec->data + rec->header_len;
    size_t hlen = body_offset(rec);
    int status = 0;
    if (hlen > 12 && strncmp(block, "HTTP/", 5) == 0) {
        const char *sp = memchr(block, ' ', hlen);
        if (sp && sp + 4 <= block + hlen && sp[1] >= '1' && sp[1] <= '5' &&
            strspn(sp + 1, "0123456789") == 3)
            status = (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
    }
    c->http_status = status;
    for (const char *p = block, *end = block + hlen; p < end;) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t ll = eol ? (size_t)(eol - p) : (size_t)(end - p);
        if (ll > 13 && strncasecmp(p, "Content-Type:", 13) == 0) {
            const char *v = p + 13, *ve = p + ll;
            while (v < ve && (*v == ' ' || *v == '\t'))
                v++;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
                ve--;
            free(c->content_type);
            c->content_type = strndup(v, (size_t)(ve - v));
            return;
        }
        p += ll + 1;
    }
}

static char *field_or_empty(const warc_record *r, const char *name)
{
    char *v = r ? warc_record_field(r, name) : NULL;
    return v ? v : strdup("");
}

#define EXTRAS_MAX WARC_EXTRAS_MAX

/* The digest-checked records after the request at offset that refer to
 * the response resp_id, into ex (at most EXTRAS_MAX); how many. */
static size_t read_extras(const char *path, uint64_t offset, const char *resp_id,
                          warc_record **ex)
{
    size_t n = 0;
    while (n < EXTRAS_MAX) {
        warc_record *r = NULL;
        if (warc_read_record(path, offset, EVIDENCE_MAX, &r) != WARC_OK)
            break;
        char *refers = warc_record_field(r, "WARC-Refers-To");
        int ours = refers && strcmp(refers, resp_id) == 0;
        free(refers);
        if (!ours) {
            warc_record_free(r);
            break;
        }
        offset = r->next_offset;
        if (warc_record_verify(r))
            ex[n++] = r;
        else
            warc_record_free(r);
    }
    return n;
}

/* Point c->rendered and c->screenshot at the blocks of the extras, which
 * start at byte at of c->warc. */
static void point_extras(warc_copy *c, size_t at, warc_record *const *ex, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *t = warc_record_field(ex[i], "WARC-Target-URI");
        const char *block = c->warc + at + ex[i]->header_len;
        if (t && is_type(ex[i], "resource") && !strncmp(t, "urn:rendered:", 13)) {
            c->rendered = block;
            c->rendered_len = ex[i]->block_len;
        } else if (t && is_type(ex[i], "resource") && !strncmp(t, "urn:screenshot:", 15)) {
            c->screenshot = (const unsigned char *)block;
            c->screenshot_len = ex[i]->block_len;
        }
        free(t);
        at += ex[i]->header_len + ex[i]->block_len + 4;
    }
}

/* Fill c from the checked records (req and info may be NULL; ex: the n
 * extras after req). */
static warc_result fill_copy(warc_copy *c, const warc_record *resp, const warc_record *req,
                             const warc_record *info, warc_record *const *ex, size_t n)
{
    if ((info && append_record(c, info)) || append_record(c, resp) || (req && append_record(c, req)))
        return WARC_ENOMEM;
    size_t extras_at = c->warc_len;
    for (size_t i = 0; i < n; i++)
        if (append_record(c, ex[i]))
            return WARC_ENOMEM;
    point_extras(c, extras_at, ex, n);
    size_t resp_at = info ? info->header_len + info->block_len + 4 : 0;
    size_t off = body_offset(resp);
    c->payload = c->warc + resp_at + resp->header_len + off;
    c->payload_len = resp->block_len - off;
    c->with_request = req != NULL;
    c->with_warcinfo = info != NULL;
    c->request_offset = req ? resp->next_offset : 0;
    c->target_uri = field_or_empty(resp, "WARC-Target-URI");
    c->date = field_or_empty(resp, "WARC-Date");
    c->ip = field_or_empty(resp, "WARC-IP-Address");
    c->response_id = field_or_empty(resp, "WARC-Record-ID");
    c->request_id = field_or_empty(req, "WARC-Record-ID");
    http_facts(resp, c);
    if (!c->content_type)
        c->content_type = strdup("");
    return c->target_uri && c->date && c->ip && c->response_id && c->request_id && c->content_type
               ? WARC_OK
               : WARC_ENOMEM;
}

warc_result warc_copy_exchange(const char *warc_path, int64_t offset, warc_copy **out, char *err,
                               size_t errlen)
{
    warc_record *resp = NULL;
    *out = NULL;
    warc_result r = read_checked(warc_path, offset, &resp, err, errlen);
    if (r != WARC_OK)
        return r;
    if (!is_type(resp, "response")) {
        snprintf(err, errlen, "the WARC record at %s offset %lld is not a response record",
                 warc_path, (long long)offset);
        warc_record_free(resp);
        return WARC_EFORMAT;
    }
    warc_record *req = partner(warc_path, resp->next_offset, "request", resp, "WARC-Record-ID",
                               "WARC-Concurrent-To");
    warc_record *info = offset > 0 ? partner(warc_path, 0, "warcinfo", resp, "WARC-Record-ID",
                                             "WARC-Warcinfo-ID")
                                   : NULL;
    warc_record *ex[EXTRAS_MAX];
    char *resp_id = req ? warc_record_field(resp, "WARC-Record-ID") : NULL;
    size_t n = resp_id ? read_extras(warc_path, req->next_offset, resp_id, ex) : 0;
    free(resp_id);
    warc_copy *c = calloc(1, sizeof *c);
    r = c ? fill_copy(c, resp, req, info, ex, n) : WARC_ENOMEM;
    for (size_t i = 0; i < n; i++)
        warc_record_free(ex[i]);
    if (r != WARC_OK) {
        snprintf(err, errlen, "out of memory copying the WARC records at %s offset %lld",
                 warc_path, (long long)offset);
        warc_copy_free(c);
    } else {
        *out = c;
    }
    warc_record_free(resp);
    warc_record_free(req);
    warc_record_free(info);
    return r;
}

void warc_copy_free(warc_copy *c)
{
    if (!c)
        return;
    free(c->warc);
    free(c->target_uri);
    free(c->date);
    free(c->ip);
    free(c->response_id);
    free(c->request_id);
    free(c->content_type);
    free(c);
}

/* ---- what rescan judges ---- */

/* Does rec name more than one WARC-Concurrent-To (its request and extras)? */
static int has_extras(const warc_record *rec)
{
    const char *h = rec->data, *end = rec->data + rec->header_len;
    int n = 0;
    for (const char *p = h; p < end;) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!strncasecmp(p, "WARC-Concurrent-To:", 19))
            n++;
        p = eol ? eol + 1 : end;
    }
    return n > 1;
}

/* The checked urn:rendered: record of the response resp (after its
 * request), or NULL. */
static warc_record *rendered_record(const char *path, const warc_record *resp)
{
    warc_record *req = NULL, *ex[EXTRAS_MAX], *dom = NULL;
    char *id = warc_record_field(resp, "WARC-Record-ID");
    char *uri = warc_record_field(resp, "WARC-Target-URI");
    size_t n = 0;
    if (id && uri && warc_read_record(path, resp->next_offset, EVIDENCE_MAX, &req) == WARC_OK &&
        is_type(req, "request"))
        n = read_extras(path, req->next_offset, id, ex);
    for (size_t i = 0; i < n; i++) {
        char *t = warc_record_field(ex[i], "WARC-Target-URI");
        if (!dom && t && is_type(ex[i], "resource") && !strncmp(t, "urn:rendered:", 13) &&
            !strcmp(t + 13, uri)) {
            dom = ex[i];
            ex[i] = NULL;
        }
        free(t);
        warc_record_free(ex[i]);
    }
    free(id);
    free(uri);
    warc_record_free(req);
    return dom;
}

warc_result warc_read_page(const char *warc_path, int64_t offset, char **body, size_t *len,
                           int *rendered, char *err, size_t errlen)
{
    warc_record *resp = NULL;
    *body = NULL;
    *len = 0;
    *rendered = 0;
    warc_result r = read_checked(warc_path, offset, &resp, err, errlen);
    if (r != WARC_OK)
        return r;
    warc_record *dom = has_extras(resp) ? rendered_record(warc_path, resp) : NULL;
    const warc_record *src = dom ? dom : resp;
    size_t off = dom ? 0 : body_offset(resp), n = src->block_len - off;
    if ((*body = malloc(n + 1))) {
        memcpy(*body, src->data + src->header_len + off, n);
        (*body)[n] = '\0';
        *len = n;
        *rendered = dom != NULL;
    } else {
        snprintf(err, errlen, "out of memory for the body in %s offset %lld", warc_path,
                 (long long)offset);
        r = WARC_ENOMEM;
    }
    warc_record_free(dom);
    warc_record_free(resp);
    return r;
}
