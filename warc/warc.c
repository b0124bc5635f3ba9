/*
 * warc.c — WARC/1.1 writer (one gzip member per record, sha256 digests,
 * size-based rotation) and single-record reader; contract in warc.h.
 *
 * A record is "WARC/1.1" CRLF, named fields, CRLF, block, CRLF CRLF
 * (WARC 1.1 clause 4), deflated into its own gzip member so readers can
 * seek to any record.  A failed write truncates the file back to where the
 * record began, so the file never ends in half a member.
 *
 * Threads: records are built (digests, deflate) in memory without the
 * writer's lock, and only appending them to the file holds it, so several
 * parse workers can write evidence at once.
 */
#include "warc.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libdeflate.h>
#include <pthread.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>
#include <zlib.h>

#define DEFAULT_MAX_FILE (1ULL << 30)
#define DEFAULT_MAX_READ (64u << 20)
#define CHUNK 65536
#define ID_LEN 48 /* "<urn:uuid:" + 36 + ">" + NUL */
#define DIGEST_LEN 80
#define WARC_ZLEVEL 1

struct warc {
    char *dir, *prefix, *software;
    uint64_t max_bytes;
    int fd;          /* -1 when no file is open */
    char *name;      /* base name of the current file */
    uint64_t size;   /* bytes written to the current file */
    unsigned serial; /* file number within this writer */
    unsigned records; /* records after the warcinfo in the current file */
    char info_id[ID_LEN];
    pthread_mutex_t lock; /* guards everything above once the writer is open */
};

const char *warc_strerror(warc_result r)
{
    switch (r) {
    case WARC_OK: return "ok";
    case WARC_ENOMEM: return "out of memory";
    case WARC_EINVAL: return "invalid argument";
    case WARC_EIO: return "I/O error";
    case WARC_EFORMAT: return "not a gzip'd WARC record";
    case WARC_ETOOBIG: return "record too large";
    }
    return "unknown error";
}

/* RFC 4648 base32, upper case, with padding; out needs 8*ceil(n/5)+1. */
static void base32(const unsigned char *in, size_t n, char *out)
{
    static const char alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    unsigned long long acc = 0;
    int bits = 0;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        acc = acc << 8 | in[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out[j++] = alpha[(acc >> bits) & 31];
        }
    }
    if (bits > 0)
        out[j++] = alpha[(acc << (5 - bits)) & 31];
    while (j % 8)
        out[j++] = '=';
    out[j] = '\0';
}

/* "sha256:<base32>" of buf (or "sha1:..." when sha1 is set) into out. */
static int digest(const void *buf, size_t n, int sha1, char out[DIGEST_LEN])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    if (!EVP_Digest(buf, n, md, &len, sha1 ? EVP_sha1() : EVP_sha256(), NULL))
        return -1;
    size_t p = (size_t)snprintf(out, DIGEST_LEN, "%s:", sha1 ? "sha1" : "sha256");
    base32(md, len, out + p);
    return 0;
}

static int new_record_id(char out[ID_LEN])
{
    unsigned char u[16];
    if (getrandom(u, sizeof u, 0) != (ssize_t)sizeof u)
        return -1;
    u[6] = (unsigned char)((u[6] & 0x0F) | 0x40); /* version 4 */
    u[8] = (unsigned char)((u[8] & 0x3F) | 0x80); /* RFC 4122 variant */
    snprintf(out, ID_LEN,
             "<urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x>",
             u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12],
             u[13], u[14], u[15]);
    return 0;
}

/* W3C-DTF UTC with microseconds, e.g. 2026-11-23T18:14:29.123456Z. */
static void format_date(struct timespec ts, char out[40])
{
    struct tm tm;
    if (ts.tv_sec == 0)
        clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(out, 40, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out + n, 40 - n, ".%06ldZ", ts.tv_nsec / 1000);
}

static int write_all(int fd, const unsigned char *p, size_t n)
{
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

typedef struct {
    const void *p;
    size_t n;
} part;

/* Gzip members built in memory before they go to the file, so the costly
 * part (deflate, digests) runs outside the writer's lock.  Owned by its
 * builder; membuf_free releases it. */
typedef struct {
    unsigned char *p;
    size_t n, cap;
} membuf;

static void membuf_free(membuf *m)
{
    free(m->p);
    m->p = NULL;
    m->n = m->cap = 0;
}

static int membuf_reserve(membuf *m, size_t more)
{
    if (m->n + more <= m->cap)
        return 0;
    size_t cap = m->cap ? m->cap : 4096;
    while (cap < m->n + more)
        cap *= 2;
    unsigned char *p = realloc(m->p, cap);
    if (!p)
        return -1;
    m->p = p;
    m->cap = cap;
    return 0;
}

/* Gzip parts as one member appended to out.  libdeflate compresses a
 * whole buffer at once (~2.5x faster than zlib's level 1 on shop pages,
 * and smaller), so the parts are first laid end to end. */
static warc_result deflate_parts(membuf *out, const part *parts, size_t nparts)
{
    size_t total = 0, at = 0;
    for (size_t i = 0; i < nparts; i++)
        total += parts[i].n;
    unsigned char *flat = malloc(total ? total : 1);
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(WARC_ZLEVEL);
    warc_result result = flat && c ? WARC_OK : WARC_ENOMEM;
    for (size_t i = 0; i < nparts && result == WARC_OK; i++) {
        if (parts[i].n)
            memcpy(flat + at, parts[i].p, parts[i].n);
        at += parts[i].n;
    }
    if (result == WARC_OK) {
        size_t bound = libdeflate_gzip_compress_bound(c, total);
        result = membuf_reserve(out, bound) ? WARC_ENOMEM : WARC_OK;
        size_t n = result == WARC_OK ? libdeflate_gzip_compress(c, flat, total, out->p + out->n, bound) : 0;
        if (result == WARC_OK && n == 0)
            result = WARC_ENOMEM;   /* cannot happen with a bound-sized buffer */
        out->n += n;
    }
    if (c)
        libdeflate_free_compressor(c);
    free(flat);
    return result;
}

/* Append m to w's file (lock held).  A failed write truncates the file
 * back, so it never ends in half a member. */
static warc_result append_members(warc *w, const membuf *m)
{
    if (write_all(w->fd, m->p, m->n) != 0) {
        int undone = ftruncate(w->fd, (off_t)w->size);   /* best effort: the write failed anyway */
        (void)undone;
        return WARC_EIO;
    }
    w->size += m->n;
    return WARC_OK;
}

/* Fields shared by all our records; extra holds type-specific lines. */
typedef struct {
    const char *type, *id, *date, *content_type, *extra;
    const void *block;
    size_t block_len;
} record;

/* Build r as one gzip member appended to out. */
static warc_result build_record(membuf *out, const record *r)
{
    char bdigest[DIGEST_LEN];
    if (digest(r->block, r->block_len, 0, bdigest) != 0)
        return WARC_ENOMEM;
    size_t cap = 512 + strlen(r->extra);
    char *head = malloc(cap);
    if (!head)
        return WARC_ENOMEM;
    int n = snprintf(head, cap,
                     "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Date: %s\r\n"
                     "%sWARC-Block-Digest: %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
                     r->type, r->id, r->date, r->extra, bdigest, r->content_type, r->block_len);
    part parts[3] = {{head, (size_t)n}, {r->block, r->block_len}, {"\r\n\r\n", 4}};
    warc_result result = (n > 0 && (size_t)n < cap) ? deflate_parts(out, parts, 3) : WARC_EINVAL;
    free(head);
    return result;
}

static warc_result write_warcinfo(warc *w)
{
    char date[40], *extra, *block;
    struct timespec now = {0, 0};
    warc_result result = WARC_ENOMEM;
    format_date(now, date);
    if (new_record_id(w->info_id) != 0)
        return WARC_EIO;
    if (asprintf(&extra, "WARC-Filename: %s\r\n", w->name) < 0)
        return WARC_ENOMEM;
    int n = asprintf(&block,
                     "software: %s\r\nformat: WARC File Format 1.1\r\n"
                     "conformsTo: http://iipc.github.io/warc-specifications/specifications/"
                     "warc-format/warc-1.1/\r\n",
                     w->software);
    if (n >= 0) {
        record r = {"warcinfo", w->info_id, date, "application/warc-fields", extra, block,
                    (size_t)n};
        membuf m = {0};
        result = build_record(&m, &r);
        if (result == WARC_OK)
            result = append_members(w, &m);
        membuf_free(&m);
        free(block);
    }
    free(extra);
    return result;
}

static warc_result close_file(warc *w)
{
    warc_result result = WARC_OK;
    if (w->fd >= 0) {
        if (fdatasync(w->fd) != 0)
            result = WARC_EIO;
        if (close(w->fd) != 0 && result == WARC_OK)
            result = WARC_EIO;
    }
    w->fd = -1;
    free(w->name);
    w->name = NULL;
    return result;
}

/* Create the next file (O_EXCL: never overwrite evidence) and write its
 * warcinfo record. */
static warc_result open_file(warc *w)
{
    char stamp[32], path[4096];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d%H%M%S", &tm);
    for (int tries = 0; tries < 1000; tries++, w->serial++) {
        char name[512];
        snprintf(name, sizeof name, "%s-%s-%05u.warc.gz", w->prefix, stamp, w->serial);
        if ((size_t)snprintf(path, sizeof path, "%s/%s", w->dir, name) >= sizeof path)
            return WARC_EINVAL;
        w->fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (w->fd < 0 && errno == EEXIST)
            continue;
        if (w->fd < 0)
            return WARC_EIO;
        w->serial++;
        w->size = 0;
        w->records = 0;
        if (!(w->name = strdup(name)))
            return WARC_ENOMEM;
        return write_warcinfo(w);
    }
    return WARC_EIO;
}

static int clean_field(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7F)
            return 0;
    return 1;
}

warc_result warc_open(const char *dir, const char *prefix, uint64_t max_file_bytes,
                      const char *software, warc **out)
{
    *out = NULL;
    if (!dir || !prefix || !*prefix || strchr(prefix, '/') || !software ||
        !clean_field(software) || !clean_field(prefix))
        return WARC_EINVAL;
    warc *w = calloc(1, sizeof *w);
    if (!w)
        return WARC_ENOMEM;
    w->fd = -1;
    if (pthread_mutex_init(&w->lock, NULL) != 0) {
        free(w);
        return WARC_ENOMEM;
    }
    w->max_bytes = max_file_bytes ? max_file_bytes : DEFAULT_MAX_FILE;
    w->dir = strdup(dir);
    w->prefix = strdup(prefix);
    w->software = strdup(software);
    warc_result result = (w->dir && w->prefix && w->software) ? open_file(w) : WARC_ENOMEM;
    if (result != WARC_OK) {
        warc_close(w);
        return result;
    }
    *out = w;
    return WARC_OK;
}

warc_result warc_close(warc *w)
{
    if (!w)
        return WARC_OK;
    warc_result result = close_file(w);
    pthread_mutex_destroy(&w->lock);
    free(w->dir);
    free(w->prefix);
    free(w->software);
    free(w);
    return result;
}

warc_result warc_sync(warc *w)
{
    if (!w)
        return WARC_EIO;
    pthread_mutex_lock(&w->lock);
    warc_result result = (w->fd >= 0 && fdatasync(w->fd) == 0) ? WARC_OK : WARC_EIO;
    pthread_mutex_unlock(&w->lock);
    return result;
}

/* Type-specific header lines of one half of a pair.  Caller frees. */
static char *pair_fields(const warc_exchange *ex, const char *partner, const char *info_id,
                         const char *payload_digest, int response)
{
    char *s = NULL;
    int n = asprintf(&s, "WARC-Target-URI: %s\r\n%s%s%sWARC-Concurrent-To: %s\r\n"
                         "WARC-Warcinfo-ID: %s\r\n%s%s%s%s%s%s",
                     ex->target_uri, ex->ip ? "WARC-IP-Address: " : "", ex->ip ? ex->ip : "",
                     ex->ip ? "\r\n" : "", partner, info_id,
                     payload_digest ? "WARC-Payload-Digest: " : "",
                     payload_digest ? payload_digest : "", payload_digest ? "\r\n" : "",
                     response && ex->truncated ? "WARC-Truncated: " : "",
                     response && ex->truncated ? ex->truncated : "",
                     response && ex->truncated ? "\r\n" : "");
    return n < 0 ? NULL : s;
}

static int is_ip_text(const char *ip)
{
    return *ip && strspn(ip, "0123456789abcdefABCDEF.:") == strlen(ip);
}

/* Field values must not be able to inject header lines. */
static warc_result check_exchange(const warc_exchange *ex)
{
    if (!ex->target_uri || !*ex->target_uri || strpbrk(ex->target_uri, " \t") ||
        !clean_field(ex->target_uri))
        return WARC_EINVAL;
    if ((ex->ip && !is_ip_text(ex->ip)) || (ex->truncated && !clean_field(ex->truncated)))
        return WARC_EINVAL;
    if (!ex->response || ex->payload_offset > ex->response_len ||
        (!ex->request && ex->request_len) || (ex->n_extras && !ex->extras) ||
        ex->n_extras > WARC_EXTRAS_MAX)
        return WARC_EINVAL;
    for (size_t i = 0; i < ex->n_extras; i++) {
        const warc_extra *e = &ex->extras[i];
        if (!e->type || (strcmp(e->type, "resource") && strcmp(e->type, "metadata")) ||
            !e->target_uri || !*e->target_uri || strpbrk(e->target_uri, " \t") ||
            !clean_field(e->target_uri) || !e->content_type || !clean_field(e->content_type) ||
            (!e->block && e->block_len))
            return WARC_EINVAL;
    }
    return WARC_OK;
}

/* The extras of ex (record ids ids[i]), each referring to the response
 * resp_id, into out. */
static warc_result build_extras(const warc_exchange *ex, char ids[][ID_LEN], const char *resp_id,
                                const char *info_id, const char *date, membuf *out)
{
    warc_result result = WARC_OK;
    for (size_t i = 0; i < ex->n_extras && result == WARC_OK; i++) {
        const warc_extra *e = &ex->extras[i];
        const char *id = ids[i];
        char *extra = NULL;
        if (asprintf(&extra, "WARC-Target-URI: %s\r\nWARC-Refers-To: %s\r\n"
                             "WARC-Concurrent-To: %s\r\nWARC-Warcinfo-ID: %s\r\n",
                     e->target_uri, resp_id, resp_id, info_id) < 0)
            return WARC_ENOMEM;
        record r = {e->type, id, date, e->content_type, extra, e->block ? e->block : "",
                    e->block_len};
        result = build_record(out, &r);
        free(extra);
    }
    return result;
}

/* fields plus one more WARC-Concurrent-To line per extra record (the
 * field may repeat): a reader learns from the response record alone that
 * its exchange has more records.  Takes fields; NULL when out of memory. */
static char *with_extras(char *fields, char ids[][ID_LEN], size_t n)
{
    for (size_t i = 0; fields && i < n; i++) {
        char *more = NULL;
        if (asprintf(&more, "%sWARC-Concurrent-To: %s\r\n", fields, ids[i]) < 0)
            more = NULL;
        free(fields);
        fields = more;
    }
    return fields;
}

/* Build the response and request members of ex into out, naming info_id
 * as their warcinfo (response first: the pair's offset is out's start).
 * No lock is needed: this touches nothing of the writer. */
static warc_result build_halves(const warc_exchange *ex, const char *info_id, membuf *out)
{
    char resp_id[ID_LEN], req_id[ID_LEN], date[40], pd_resp[DIGEST_LEN], pd_req[DIGEST_LEN];
    const char *req = ex->request ? ex->request : "";
    const char *body = memmem(req, ex->request_len, "\r\n\r\n", 4);
    if (new_record_id(resp_id) != 0 || new_record_id(req_id) != 0)
        return WARC_EIO;
    format_date(ex->date, date);
    if (digest(ex->response + ex->payload_offset, ex->response_len - ex->payload_offset, 0,
               pd_resp) != 0 ||
        (body && digest(body + 4, ex->request_len - (size_t)(body + 4 - req), 0, pd_req) != 0))
        return WARC_ENOMEM;
    char ids[WARC_EXTRAS_MAX][ID_LEN];
    for (size_t i = 0; i < ex->n_extras; i++)
        if (new_record_id(ids[i]) != 0)
            return WARC_EIO;
    char *resp_extra = with_extras(pair_fields(ex, req_id, info_id, pd_resp, 1), ids,
                                   ex->n_extras);
    char *req_extra = pair_fields(ex, resp_id, info_id, body ? pd_req : NULL, 0);
    warc_result result = WARC_ENOMEM;
    if (resp_extra && req_extra) {
        record resp = {"response", resp_id, date, "application/http;msgtype=response",
                       resp_extra, ex->response, ex->response_len};
        record rq = {"request", req_id, date, "application/http;msgtype=request", req_extra,
                     req, ex->request_len};
        result = build_record(out, &resp);
        if (result == WARC_OK)
            result = build_record(out, &rq);
        if (result == WARC_OK)
            result = build_extras(ex, ids, resp_id, info_id, date, out);
    }
    free(resp_extra);
    free(req_extra);
    return result;
}

/* Lock held: open the first or next file when the current one is full;
 * copy the current warcinfo ID and file serial into info_id and *serial. */
static warc_result current_file(warc *w, char info_id[ID_LEN], unsigned *serial)
{
    if (w->fd < 0 || (w->records > 0 && w->size >= w->max_bytes)) {
        warc_result rc = close_file(w);
        if (rc == WARC_OK)
            rc = open_file(w);
        if (rc != WARC_OK)
            return rc;
    }
    memcpy(info_id, w->info_id, ID_LEN);
    *serial = w->serial;
    return WARC_OK;
}

/* Lock held: append the built pair if its file is still the current one
 * (*stale = 1 when it rotated meanwhile: rebuild and try again). */
static warc_result append_pair(warc *w, const membuf *m, unsigned serial, size_t n_records,
                               int *stale, char **file_out, uint64_t *offset_out)
{
    *stale = w->fd < 0 || w->serial != serial;
    if (*stale)
        return WARC_OK;
    uint64_t offset = w->size;
    warc_result result = append_members(w, m);
    if (result != WARC_OK)
        return result;
    w->records += n_records;
    if (file_out && !(*file_out = strdup(w->name)))
        return WARC_ENOMEM;
    if (offset_out)
        *offset_out = offset;
    return WARC_OK;
}

warc_result warc_write_pair(warc *w, const warc_exchange *ex, char **file_out,
                            uint64_t *offset_out)
{
    if (file_out)
        *file_out = NULL;
    if (!w || !ex || check_exchange(ex) != WARC_OK)
        return WARC_EINVAL;
    warc_result result = WARC_OK;
    int stale = 1;
    while (result == WARC_OK && stale) {
        char info_id[ID_LEN];
        unsigned serial = 0;
        membuf m = {0};
        pthread_mutex_lock(&w->lock);
        result = current_file(w, info_id, &serial);
        pthread_mutex_unlock(&w->lock);
        if (result == WARC_OK)
            result = build_halves(ex, info_id, &m);
        if (result == WARC_OK) {
            pthread_mutex_lock(&w->lock);
            result = append_pair(w, &m, serial, 2 + ex->n_extras, &stale, file_out, offset_out);
            pthread_mutex_unlock(&w->lock);
        }
        membuf_free(&m);
    }
    return result;
}

/* ---- reader ---- */

/* Inflate exactly one gzip member from f into a NUL-terminated buffer;
 * *consumed receives the member's compressed size. */
static warc_result inflate_member(FILE *f, size_t max, char **out, size_t *outlen,
                                  uint64_t *consumed)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    unsigned char *in = malloc(CHUNK);
    size_t cap = max < CHUNK ? max : CHUNK, len = 0;
    char *buf = malloc(cap + 1);
    warc_result result = WARC_OK;
    int rc = Z_OK, eof = 0;
    if (!in || !buf || inflateInit2(&z, 15 + 16) != Z_OK) {
        free(in);
        free(buf);
        return WARC_ENOMEM;
    }
    while (rc != Z_STREAM_END && result == WARC_OK) {
        if (z.avail_in == 0 && !eof) {
            z.avail_in = (uInt)fread(in, 1, CHUNK, f);
            z.next_in = in;
            if (z.avail_in == 0 && ferror(f)) {
                result = WARC_EIO;
                break;
            }
            eof = z.avail_in == 0;
        }
        if (len == cap) {
            if (cap >= max) {
                result = WARC_ETOOBIG;
                break;
            }
            size_t ncap = cap > max / 2 ? max : cap * 2;
            char *nb = realloc(buf, ncap + 1);
            if (!nb) {
                result = WARC_ENOMEM;
                break;
            }
            buf = nb;
            cap = ncap;
        }
        z.next_out = (Bytef *)buf + len;
        z.avail_out = (uInt)(cap - len > (1u << 30) ? (1u << 30) : cap - len);
        uInt before = z.avail_out;
        rc = inflate(&z, Z_NO_FLUSH);
        len += before - z.avail_out;
        /* No progress at end of file: the member is truncated. */
        if ((rc == Z_BUF_ERROR && eof) || (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR))
            result = WARC_EFORMAT;
    }
    inflateEnd(&z);
    free(in);
    if (result != WARC_OK) {
        free(buf);
        return result;
    }
    buf[len] = '\0';
    *out = buf;
    *outlen = len;
    *consumed = (uint64_t)z.total_in;
    return WARC_OK;
}

/* Find field name in the header lines of data[0..hlen). */
static const char *find_field(const char *data, size_t hlen, const char *name, size_t *vlen)
{
    size_t nlen = strlen(name);
    const char *p = memchr(data, '\n', hlen), *end = data + hlen;
    while (p && ++p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            break;
        if ((size_t)(eol - p) > nlen && strncasecmp(p, name, nlen) == 0 && p[nlen] == ':') {
            const char *v = p + nlen + 1, *ve = eol;
            while (v < ve && (*v == ' ' || *v == '\t'))
                v++;
            while (ve > v && isspace((unsigned char)ve[-1]))
                ve--;
            *vlen = (size_t)(ve - v);
            return v;
        }
        p = eol;
    }
    return NULL;
}

static warc_result parse_record(char *data, size_t len, warc_record **out)
{
    const char *hend = memmem(data, len, "\r\n\r\n", 4);
    size_t vlen;
    if (len < 9 || strncmp(data, "WARC/1.", 7) != 0 || !hend)
        return WARC_EFORMAT;
    size_t hlen = (size_t)(hend - data) + 4;
    const char *cl = find_field(data, hlen, "Content-Length", &vlen);
    if (!cl || vlen == 0 || vlen > 19 || strspn(cl, "0123456789") < vlen)
        return WARC_EFORMAT;
    unsigned long long blen = strtoull(cl, NULL, 10);
    if (blen > len - hlen)
        return WARC_EFORMAT;
    warc_record *r = malloc(sizeof *r);
    if (!r)
        return WARC_ENOMEM;
    r->data = data;
    r->header_len = hlen;
    r->block_len = (size_t)blen;
    *out = r;
    return WARC_OK;
}

warc_result warc_read_record(const char *path, uint64_t offset, size_t max_bytes,
                             warc_record **out)
{
    char *data = NULL;
    size_t len = 0;
    uint64_t consumed = 0;
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return WARC_EIO;
    warc_result result = fseeko(f, (off_t)offset, SEEK_SET) == 0 ? WARC_OK : WARC_EIO;
    if (result == WARC_OK)
        result = inflate_member(f, max_bytes ? max_bytes : DEFAULT_MAX_READ, &data, &len,
                                &consumed);
    fclose(f);
    if (result == WARC_OK && (result = parse_record(data, len, out)) != WARC_OK)
        free(data);
    if (result == WARC_OK)
        (*out)->next_offset = offset + consumed;
    return result;
}

void warc_record_free(warc_record *r)
{
    if (!r)
        return;
    free(r->data);
    free(r);
}

char *warc_record_field(const warc_record *r, const char *name)
{
    size_t vlen;
    const char *v = r ? find_field(r->data, r->header_len, name, &vlen) : NULL;
    return v ? strndup(v, vlen) : NULL;
}

static int same_base32(const char *a, const char *b)
{
    size_t na = strcspn(a, "="), nb = strcspn(b, "=");
    return na == nb && strncasecmp(a, b, na) == 0;
}

int warc_record_verify(const warc_record *r)
{
    char *want = warc_record_field(r, "WARC-Block-Digest"), got[DIGEST_LEN];
    int ok = 0;
    if (want) {
        int sha1 = strncasecmp(want, "sha1:", 5) == 0;
        if ((sha1 || strncasecmp(want, "sha256:", 7) == 0) &&
            digest(r->data + r->header_len, r->block_len, sha1, got) == 0)
            ok = same_base32(strchr(want, ':') + 1, strchr(got, ':') + 1);
    }
    free(want);
    return ok;
}
