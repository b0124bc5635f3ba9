/*
 * fault.c — the fault-injection path prefixes and the gzip bodies they need.
 *
 * Prefixes are read left to right from the raw (not yet decoded) path, so
 * /__delay/200/__gzip/index.html delays and compresses index.html.  Parsing
 * stops at the first segment that is not a prefix; that remainder names the
 * file.  /__redirect/N (N > 0), /__loop, /__endless and /__gzipbomb are
 * terminal: what follows them is not parsed as prefixes.  Numbers are
 * decimal and bounded so a hostile path cannot ask for an hour of delay or
 * a terabyte of zeros.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "httpd.h"

/* Next segment after path[*pos] == '/'; returns its length, *seg its start. */
static size_t next_segment(const char *path, size_t len, size_t *pos, const char **seg)
{
    if (*pos >= len || path[*pos] != '/')
        return 0;
    size_t s = *pos + 1, e = s;
    while (e < len && path[e] != '/')
        e++;
    *seg = path + s;
    *pos = e;
    return e - s;
}

/* Decimal number in seg[0..len) no larger than max; -1 when invalid. */
static int64_t parse_number(const char *seg, size_t len, int64_t max)
{
    int64_t v = 0;
    if (len == 0 || len > 12)
        return -1;
    for (size_t i = 0; i < len; i++) {
        if (seg[i] < '0' || seg[i] > '9')
            return -1;
        v = v * 10 + (seg[i] - '0');
    }
    return v <= max ? v : -1;
}

/* Decode a header-value override (charset, content type) into out.  Control
 * characters are refused so a path cannot inject header lines. */
static int parse_label(const char *seg, size_t len, char *out)
{
    long n = httpd_pct_decode(seg, len, out, HTTPD_LABEL_MAX);
    if (n <= 0)
        return -1;
    for (long i = 0; i < n; i++)
        if ((unsigned char)out[i] < ' ' || out[i] == 0x7f)
            return -1;
    return 0;
}

static int seg_is(const char *seg, size_t len, const char *name)
{
    return strlen(name) == len && memcmp(seg, name, len) == 0;
}

/* Prefix that takes one numeric argument; returns 0, 400, or 1 when seg is
 * not such a prefix. */
static int numeric_prefix(const char *seg, size_t slen, const char *arg, size_t alen,
                          struct httpd_fault *f)
{
    if (seg_is(seg, slen, "__delay")) {
        int64_t v = parse_number(arg, alen, HTTPD_DELAY_MAX);
        if (v < 0)
            return 400;
        f->delay_ms += (uint64_t)v;
        if (f->delay_ms > HTTPD_DELAY_MAX)
            return 400;
    } else if (seg_is(seg, slen, "__drip")) {
        int64_t v = parse_number(arg, alen, 1000000000);
        if (v <= 0)
            return 400;
        f->drip_bps = (uint64_t)v;
    } else if (seg_is(seg, slen, "__reset")) {
        f->reset_after = parse_number(arg, alen, INT64_C(1) << 40);
        if (f->reset_after < 0)
            return 400;
    } else if (seg_is(seg, slen, "__status")) {
        int64_t v = parse_number(arg, alen, 599);
        if (v < 200)
            return 400;
        f->status = (int)v;
    } else if (seg_is(seg, slen, "__redirect")) {
        f->redirect = parse_number(arg, alen, 1000);
        if (f->redirect < 0)
            return 400;
    } else if (seg_is(seg, slen, "__gzipbomb")) {
        f->bomb_mb = parse_number(arg, alen, HTTPD_BOMB_MB_MAX);
        if (f->bomb_mb <= 0)
            return 400;
    } else if (seg_is(seg, slen, "__charset")) {
        return parse_label(arg, alen, f->charset) == 0 ? 0 : 400;
    } else if (seg_is(seg, slen, "__ctype")) {
        return parse_label(arg, alen, f->ctype) == 0 ? 0 : 400;
    } else if (seg_is(seg, slen, "__loop")) {
        if (alen != 1 || (arg[0] != 'A' && arg[0] != 'B'))
            return 400;
        f->loop = arg[0];
    } else {
        return 1;
    }
    return 0;
}

int httpd_fault_parse(const char *path, size_t len, struct httpd_fault *f)
{
    memset(f, 0, sizeof *f);
    f->reset_after = -1;
    f->bomb_mb = -1;
    size_t pos = 0;
    for (;;) {
        size_t at = pos, apos;
        const char *seg = NULL, *arg = NULL;
        size_t slen = next_segment(path, len, &pos, &seg);
        if (slen < 3 || memcmp(seg, "__", 2) != 0) {
            pos = at;
            break;
        }
        if (seg_is(seg, slen, "__gzip")) {
            f->gzip = 1;
            continue;
        }
        if (seg_is(seg, slen, "__badlen")) {
            f->badlen = 1;
            continue;
        }
        if (seg_is(seg, slen, "__endless")) {
            f->endless = 1;
            break;
        }
        apos = pos;
        size_t alen = next_segment(path, len, &apos, &arg);
        if (!arg) { /* "/__name" with no argument: a plain file name */
            pos = at;
            break;
        }
        int r = numeric_prefix(seg, slen, arg, alen, f);
        if (r == 1) {
            pos = at;
            break;
        }
        if (r != 0)
            return r;
        pos = apos;
        if (f->loop || f->bomb_mb > 0 || f->redirect > 0) {
            f->hop_at = at;
            break;
        }
    }
    f->rest = path + pos;
    f->rest_len = len - pos;
    return 0;
}

/* Run deflate over input supplied by fill() until it reports the end.
 * Keeps the output in a growing buffer owned by *out on success. */
static int deflate_all(z_stream *zs, char **out, size_t *out_len,
                       int (*fill)(z_stream *zs, void *ctx), void *ctx)
{
    size_t cap = 65536, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    int flush = Z_NO_FLUSH, zr = Z_OK;
    while (zr != Z_STREAM_END) {
        if (zs->avail_in == 0 && flush == Z_NO_FLUSH)
            flush = fill(zs, ctx);
        if (cap - len < 16384) {
            char *nb = cap <= SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
            if (!nb) {
                free(buf);
                return -1;
            }
            buf = nb;
            cap *= 2;
        }
        zs->next_out = (Bytef *)buf + len;
        zs->avail_out = (uInt)(cap - len);
        zr = deflate(zs, flush);
        if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR) {
            free(buf);
            return -1;
        }
        len = cap - zs->avail_out;
    }
    *out = buf;
    *out_len = len;
    return 0;
}

struct mem_src {
    const char *p;
    size_t left;
};

static int fill_mem(z_stream *zs, void *ctx)
{
    struct mem_src *m = ctx;
    size_t n = m->left < (1u << 30) ? m->left : (1u << 30);
    zs->next_in = (Bytef *)(uintptr_t)m->p;
    zs->avail_in = (uInt)n;
    m->p += n;
    m->left -= n;
    return m->left ? Z_NO_FLUSH : Z_FINISH;
}

/* gzip framing is windowBits 15 + 16. */
int httpd_gzip(const char *in, size_t len, char **out, size_t *out_len)
{
    struct mem_src m = {in, len};
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 9,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    int result = deflate_all(&zs, out, out_len, fill_mem, &m);
    deflateEnd(&zs);
    return result;
}

/* Raw deflate of one MiB of zeros ending in a full flush (segment), and the
 * empty final block that ends the stream (tail).  Both are byte-aligned and
 * the segment starts from an empty window, so segments can be repeated. */
static int zero_segment(const unsigned char *zeros, char **seg, size_t *seg_len,
                        char *tail, size_t tail_cap, size_t *tail_len)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    int result = -1;
    size_t cap = deflateBound(&zs, 1u << 20) + 64;
    *seg = malloc(cap);
    if (!*seg)
        goto done;
    zs.next_in = (Bytef *)(uintptr_t)zeros;
    zs.avail_in = 1u << 20;
    zs.next_out = (Bytef *)*seg;
    zs.avail_out = (uInt)cap;
    if (deflate(&zs, Z_FULL_FLUSH) != Z_OK || zs.avail_in != 0)
        goto done;
    *seg_len = cap - zs.avail_out;
    zs.next_out = (Bytef *)tail;
    zs.avail_out = (uInt)tail_cap;
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
        goto done;
    *tail_len = tail_cap - zs.avail_out;
    result = 0;
done:
    deflateEnd(&zs);
    if (result != 0) {
        free(*seg);
        *seg = NULL;
    }
    return result;
}

static void put_le32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* Compressing a gigabyte of zeros would block the loop for seconds, so the
 * stream is assembled: gzip header, the same one-MiB segment mb times, the
 * final block, and the trailer with the CRC combined arithmetically. */
int httpd_gzip_zeros(uint64_t mb, char **out, size_t *out_len)
{
    static const unsigned char header[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3};
    unsigned char *zeros = calloc(1, 1u << 20);
    char *seg = NULL, tail[64];
    size_t seg_len = 0, tail_len = 0;
    int result = -1;
    if (!zeros || mb == 0 || mb > HTTPD_BOMB_MB_MAX ||
        zero_segment(zeros, &seg, &seg_len, tail, sizeof tail, &tail_len) != 0)
        goto done;
    size_t total = sizeof header + (size_t)mb * seg_len + tail_len + 8;
    unsigned char *buf = malloc(total), *p = buf;
    if (!buf)
        goto done;
    uLong one = crc32(0L, zeros, 1u << 20), crc = 0;
    memcpy(p, header, sizeof header);
    p += sizeof header;
    for (uint64_t i = 0; i < mb; i++) {
        memcpy(p, seg, seg_len);
        p += seg_len;
        crc = crc32_combine(crc, one, 1L << 20);
    }
    memcpy(p, tail, tail_len);
    p += tail_len;
    put_le32(p, (uint32_t)crc);
    put_le32(p + 4, (uint32_t)(mb << 20)); /* ISIZE is the length mod 2^32 */
    *out = (char *)buf;
    *out_len = total;
    result = 0;
done:
    free(seg);
    free(zeros);
    return result;
}
