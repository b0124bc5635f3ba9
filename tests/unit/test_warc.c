/*
 * test_warc.c — WARC/1.1 writer and reader: pairs written, read back by
 * (file, offset), digests recomputed here independently (OpenSSL + a
 * local base32), request/response cross-links, rotation, argument and
 * file errors; an exchange read back whole for evidence bundles.
 *
 * With WARC_WRITE_SAMPLE=DIR in the environment the program instead writes
 * one sample file into DIR, prints its path and the offsets of its three
 * response records (one per line) and exits 0; the integration
 * test tests/integration/warc_reader.sh checks that file with an
 * independent reader (warcio.js).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "warc/warc.h"

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/wj-warc-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    DIR *d = opendir(tmpdir);
    struct dirent *e;
    char path[512];
    while (d && (e = readdir(d)))
        if (e->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
            unlink(path);
        }
    if (d)
        closedir(d);
    return rmdir(tmpdir);
}

/* Independent digest: "sha256:" + RFC 4648 base32 with padding. */
static void expect_digest(const char *label, const void *buf, size_t n)
{
    static const char alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    unsigned char md[32];
    char want[80] = "sha256:";
    size_t j = 7;
    EVP_Digest(buf, n, md, NULL, EVP_sha256(), NULL);
    for (size_t bit = 0; bit < 256; bit += 5) {
        unsigned v = 0;
        for (size_t k = 0; k < 5; k++) {
            size_t b = bit + k;
            v = v << 1 | (b < 256 ? (md[b / 8] >> (7 - b % 8)) & 1u : 0u);
        }
        want[j++] = alpha[v];
    }
    while ((j - 7) % 8)
        want[j++] = '=';
    want[j] = '\0';
    assert_non_null(label);
    assert_string_equal(label, want);
}

static const char request[] = "GET /item/1 HTTP/1.1\r\nHost: shop.example\r\n"
                              "User-Agent: wangjian/0.1\r\n\r\n";

static void make_response(char *buf, size_t cap, size_t body_len, size_t *len, size_t *off)
{
    int n = snprintf(buf, cap,
                     "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                     "Content-Length: %zu\r\n\r\n",
                     body_len);
    *off = (size_t)n;
    for (size_t i = 0; i < body_len; i++)
        buf[*off + i] = (char)(i % 7 == 0 ? '\0' : 'a' + i % 26); /* binary-safe */
    *len = *off + body_len;
}

static warc_exchange exchange(const char *uri, const char *resp, size_t len, size_t off)
{
    warc_exchange ex = {0};
    ex.target_uri = uri;
    ex.ip = "93.184.216.34";
    ex.request = request;
    ex.request_len = strlen(request);
    ex.response = resp;
    ex.response_len = len;
    ex.payload_offset = off;
    return ex;
}

static void check_response(const char *file, uint64_t offset, const char *uri, const char *resp,
                           size_t len, size_t off)
{
    char path[512];
    warc_record *r = NULL;
    snprintf(path, sizeof path, "%s/%s", tmpdir, file);
    assert_int_equal(warc_read_record(path, offset, 0, &r), WARC_OK);
    assert_memory_equal(r->data, "WARC/1.1\r\n", 10);
    char *type = warc_record_field(r, "WARC-Type"), *target = warc_record_field(r, "WARC-Target-URI");
    char *ip = warc_record_field(r, "warc-ip-address"), *ct = warc_record_field(r, "Content-Type");
    char *bd = warc_record_field(r, "WARC-Block-Digest"), *pd = warc_record_field(r, "WARC-Payload-Digest");
    char *date = warc_record_field(r, "WARC-Date"), *id = warc_record_field(r, "WARC-Record-ID");
    assert_string_equal(type, "response");
    assert_string_equal(target, uri);
    assert_string_equal(ip, "93.184.216.34");
    assert_string_equal(ct, "application/http;msgtype=response");
    assert_int_equal(r->block_len, len);
    assert_memory_equal(r->data + r->header_len, resp, len);
    expect_digest(bd, resp, len);
    expect_digest(pd, resp + off, len - off);
    assert_int_equal(warc_record_verify(r), 1);
    assert_int_equal(strlen(date), 27); /* 2026-11-23T18:14:29.123456Z */
    assert_int_equal(date[26], 'Z');
    assert_int_equal(strlen(id), 47);
    assert_memory_equal(id, "<urn:uuid:", 10);
    /* Flip one block byte: verification must now fail. */
    r->data[r->header_len] ^= 1;
    assert_int_equal(warc_record_verify(r), 0);
    char *fields[] = {type, target, ip, ct, bd, pd, date, id};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        free(fields[i]);
    warc_record_free(r);
}

/* Gunzip a whole (multi-member) file into memory. */
static char *slurp_gz(const char *path, size_t *len)
{
    gzFile g = gzopen(path, "rb");
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    int k;
    assert_non_null(g);
    while ((k = gzread(g, buf + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)k;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    gzclose(g);
    *len = n;
    return buf;
}

/* Value of a field inside one record's header text (test-local parser). */
static void field_in(const char *rec, size_t hlen, const char *name, char *out, size_t cap)
{
    out[0] = '\0';
    size_t nlen = strlen(name);
    for (const char *p = rec; p < rec + hlen; p = strchr(p, '\n') + 1)
        if (!strncmp(p, name, nlen) && p[nlen] == ':') {
            size_t vlen = strcspn(p + nlen + 2, "\r");
            snprintf(out, cap, "%.*s", (int)vlen, p + nlen + 2);
            return;
        }
}

static void test_pairs(void **state)
{
    (void)state;
    warc *w = NULL;
    char resp[3][8192], *files[3];
    size_t len[3], off[3];
    uint64_t offsets[3];
    const char *uris[3] = {"https://shop.example/item/1", "https://shop.example/item/2?q=%E6%89%8B",
                           "http://[2001:db8::1]:8080/x"};
    assert_int_equal(warc_open(tmpdir, "test", 0, "wangjian/0.1.0", &w), WARC_OK);
    for (int i = 0; i < 3; i++) {
        make_response(resp[i], sizeof resp[i], (size_t)(i * 3000), &len[i], &off[i]);
        warc_exchange ex = exchange(uris[i], resp[i], len[i], off[i]);
        assert_int_equal(warc_write_pair(w, &ex, &files[i], &offsets[i]), WARC_OK);
        assert_string_equal(files[i], files[0]);
        assert_int_equal(warc_sync(w), WARC_OK);
    }
    assert_int_equal(warc_close(w), WARC_OK);
    assert_true(offsets[0] > 0 && offsets[1] > offsets[0] && offsets[2] > offsets[1]);
    assert_memory_equal(files[0], "test-", 5);
    assert_string_equal(files[0] + strlen(files[0]) - 14, "-00000.warc.gz");
    for (int i = 2; i >= 0; i--) /* any order: each record stands alone */
        check_response(files[i], offsets[i], uris[i], resp[i], len[i], off[i]);

    /* Whole-file view: warcinfo first, then response/request pairs that
     * name each other in WARC-Concurrent-To. */
    char path[512], v[256], prev_id[256] = "", prev_partner[256] = "";
    size_t n;
    snprintf(path, sizeof path, "%s/%s", tmpdir, files[0]);
    char *all = slurp_gz(path, &n);
    const char *p = all;
    int count = 0;
    while (p < all + n) {
        const char *hend = strstr(p, "\r\n\r\n");
        assert_non_null(hend);
        size_t hlen = (size_t)(hend - p) + 4;
        field_in(p, hlen, "Content-Length", v, sizeof v);
        size_t blen = strtoul(v, NULL, 10);
        field_in(p, hlen, "WARC-Type", v, sizeof v);
        if (count == 0) {
            assert_string_equal(v, "warcinfo");
            field_in(p, hlen, "WARC-Filename", v, sizeof v);
            assert_string_equal(v, files[0]);
        } else {
            assert_string_equal(v, count % 2 ? "response" : "request");
            char id[256], partner[256];
            field_in(p, hlen, "WARC-Record-ID", id, sizeof id);
            field_in(p, hlen, "WARC-Concurrent-To", partner, sizeof partner);
            if (count % 2 == 0) {
                assert_string_equal(partner, prev_id);
                assert_string_equal(id, prev_partner);
                assert_int_equal(blen, strlen(request));
                assert_memory_equal(p + hlen, request, blen);
                field_in(p, hlen, "WARC-Block-Digest", v, sizeof v);
                expect_digest(v, request, blen);
                field_in(p, hlen, "WARC-Payload-Digest", v, sizeof v);
                expect_digest(v, "", 0); /* a GET has an empty body */
            }
            snprintf(prev_id, sizeof prev_id, "%s", id);
            snprintf(prev_partner, sizeof prev_partner, "%s", partner);
        }
        assert_memory_equal(p + hlen + blen, "\r\n\r\n", 4);
        p += hlen + blen + 4;
        count++;
    }
    assert_int_equal(count, 7);
    free(all);
    for (int i = 0; i < 3; i++)
        free(files[i]);
}

static void test_rotation(void **state)
{
    (void)state;
    warc *w = NULL;
    char resp[4096], *file[12];
    size_t len, off;
    uint64_t offset[12];
    make_response(resp, sizeof resp, 3000, &len, &off);
    assert_int_equal(warc_open(tmpdir, "rot", 3000, "wangjian/0.1.0", &w), WARC_OK);
    for (int i = 0; i < 12; i++) {
        char uri[64];
        snprintf(uri, sizeof uri, "http://a.example/%d", i);
        warc_exchange ex = exchange(uri, resp, len, off);
        assert_int_equal(warc_write_pair(w, &ex, &file[i], &offset[i]), WARC_OK);
    }
    assert_int_equal(warc_close(w), WARC_OK);
    int files = 1;
    for (int i = 1; i < 12; i++)
        if (strcmp(file[i], file[i - 1])) {
            files++;
            assert_true(offset[i] > 0); /* after the new file's warcinfo */
            assert_true(offset[i] < 3000);
        }
    /* ~3 KiB bodies of low entropy compress well: several pairs per file,
     * but certainly more than one file. */
    assert_true(files >= 2);
    for (int i = 0; i < 12; i++) {
        char uri[64];
        snprintf(uri, sizeof uri, "http://a.example/%d", i);
        check_response(file[i], offset[i], uri, resp, len, off);
        free(file[i]);
    }
}

/* A body larger than the writer's and reader's 64 KiB buffers, of bytes
 * that do not compress, in a response with a chunked body. */
static void test_large(void **state)
{
    (void)state;
    size_t body = 3u << 20, len, off;
    char *resp = malloc(body + 256), *file = NULL;
    uint64_t offset;
    warc *w = NULL;
    off = (size_t)snprintf(resp, 256, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    unsigned x = 12345;
    for (size_t i = 0; i < body; i++) {
        x = x * 1103515245u + 12345u;
        resp[off + i] = (char)(x >> 16);
    }
    len = off + body;
    assert_int_equal(warc_open(tmpdir, "big", 0, "wangjian/0.1.0", &w), WARC_OK);
    warc_exchange ex = exchange("http://a.example/big", resp, len, off);
    assert_int_equal(warc_write_pair(w, &ex, &file, &offset), WARC_OK);
    assert_int_equal(warc_close(w), WARC_OK);
    check_response(file, offset, "http://a.example/big", resp, len, off);
    free(file);
    free(resp);
}

static void test_errors(void **state)
{
    (void)state;
    warc *w = NULL;
    char resp[512], path[512], *file = NULL;
    size_t len, off;
    uint64_t offset = 0;
    warc_record *r = NULL;
    make_response(resp, sizeof resp, 100, &len, &off);
    assert_int_equal(warc_open("/nonexistent/dir", "x", 0, "s", &w), WARC_EIO);
    assert_null(w);
    assert_int_equal(warc_open(tmpdir, "a/b", 0, "s", &w), WARC_EINVAL);
    assert_int_equal(warc_open(tmpdir, "x", 0, "bad\r\nsoftware", &w), WARC_EINVAL);
    assert_int_equal(warc_open(tmpdir, "err", 0, "wangjian/0.1.0", &w), WARC_OK);
    warc_exchange ex = exchange("http://a/ b", resp, len, off);
    assert_int_equal(warc_write_pair(w, &ex, &file, &offset), WARC_EINVAL);
    ex = exchange("http://a/\r\nWARC-Type: evil", resp, len, off);
    assert_int_equal(warc_write_pair(w, &ex, &file, &offset), WARC_EINVAL);
    ex = exchange("http://a/", resp, len, len + 1);
    assert_int_equal(warc_write_pair(w, &ex, &file, &offset), WARC_EINVAL);
    ex = exchange("http://a/", resp, len, off);
    ex.ip = "1.2.3.4\r\nX: y";
    assert_int_equal(warc_write_pair(w, &ex, &file, &offset), WARC_EINVAL);
    assert_null(file);
    ex = exchange("http://a/", resp, len, off);
    ex.ip = NULL;
    ex.truncated = "length";
    assert_int_equal(warc_write_pair(w, &ex, &file, &offset), WARC_OK);
    assert_int_equal(warc_close(w), WARC_OK);
    snprintf(path, sizeof path, "%s/%s", tmpdir, file);
    assert_int_equal(warc_read_record(path, offset, 0, &r), WARC_OK);
    char *t = warc_record_field(r, "WARC-Truncated");
    assert_string_equal(t, "length");
    assert_null(warc_record_field(r, "WARC-IP-Address"));
    free(t);
    warc_record_free(r);
    assert_int_equal(warc_read_record(path, offset, 100, &r), WARC_ETOOBIG);
    assert_int_equal(warc_read_record(path, offset + 1, 0, &r), WARC_EFORMAT);
    assert_int_equal(warc_read_record(path, 1u << 30, 0, &r), WARC_EFORMAT);
    assert_null(r);
    snprintf(path, sizeof path, "%s/missing.warc.gz", tmpdir);
    assert_int_equal(warc_read_record(path, 0, 0, &r), WARC_EIO);
    /* A truncated member is a format error, not a short record. */
    snprintf(path, sizeof path, "%s/%s", tmpdir, file);
    assert_int_equal(truncate(path, (off_t)offset + 40), 0);
    assert_int_equal(warc_read_record(path, offset, 0, &r), WARC_EFORMAT);
    free(file);
    warc_close(NULL);
    warc_record_free(NULL);
    assert_string_equal(warc_strerror(WARC_EIO), "I/O error");
}

/* warc_copy_exchange: the warcinfo, response and request of one pair as
 * one uncompressed WARC file, with next_offset leading to the request; a
 * record whose request is missing (file cut after the response) still
 * copies, without it. */
static void test_copy_exchange(void **state)
{
    (void)state;
    warc *w = NULL;
    char resp[2][4096], *file = NULL, path[512], err[512] = "";
    size_t len[2], off[2];
    uint64_t offsets[2];
    assert_int_equal(warc_open(tmpdir, "copy", 0, "wangjian/0.1.0", &w), WARC_OK);
    for (int i = 0; i < 2; i++) {
        make_response(resp[i], sizeof resp[i], (size_t)(100 + i * 50), &len[i], &off[i]);
        warc_exchange ex = exchange("https://shop.example/item/1", resp[i], len[i], off[i]);
        free(file);
        assert_int_equal(warc_write_pair(w, &ex, &file, &offsets[i]), WARC_OK);
    }
    assert_int_equal(warc_close(w), WARC_OK);
    snprintf(path, sizeof path, "%s/%s", tmpdir, file);

    warc_record *r = NULL;
    assert_int_equal(warc_read_record(path, offsets[0], 0, &r), WARC_OK);
    assert_true(r->next_offset > offsets[0] && r->next_offset < offsets[1]);
    warc_record_free(r);

    warc_copy *c = NULL;
    assert_int_equal(warc_copy_exchange(path, (int64_t)offsets[1], &c, err, sizeof err), WARC_OK);
    assert_true(c->with_request && c->with_warcinfo);
    assert_true(c->request_offset > offsets[1]);
    assert_int_equal(c->payload_len, len[1] - off[1]);
    assert_memory_equal(c->payload, resp[1] + off[1], c->payload_len);
    assert_string_equal(c->target_uri, "https://shop.example/item/1");
    assert_string_equal(c->ip, "93.184.216.34");
    assert_string_equal(c->content_type, "text/html; charset=utf-8");
    assert_int_equal(c->http_status, 200);
    /* three records, in file order, each ending in CRLF CRLF */
    /* the bodies hold NUL bytes: search with memmem */
#define IN_COPY(s) ((const char *)memmem(c->warc, c->warc_len, (s), strlen(s)))
    const char *p1 = IN_COPY("WARC-Type: warcinfo"), *p2 = IN_COPY("WARC-Type: response"),
               *p3 = IN_COPY("WARC-Type: request");
    assert_true(p1 && p2 && p3 && p1 < p2 && p2 < p3);
    assert_memory_equal(c->warc, "WARC/1.1\r\n", 10);
    assert_memory_equal(c->warc + c->warc_len - 4, "\r\n\r\n", 4);
    assert_non_null(IN_COPY(c->request_id));
    assert_true(IN_COPY(request) > p3);
    warc_copy_free(c);

    /* the file cut right after the second response: no request to copy */
    assert_int_equal(warc_read_record(path, offsets[1], 0, &r), WARC_OK);
    assert_int_equal(truncate(path, (off_t)r->next_offset), 0);
    warc_record_free(r);
    assert_int_equal(warc_copy_exchange(path, (int64_t)offsets[1], &c, err, sizeof err), WARC_OK);
    assert_false(c->with_request);
    assert_int_equal(c->request_offset, 0);
    assert_string_equal(c->request_id, "");
    assert_null(IN_COPY("WARC-Type: request"));
#undef IN_COPY
    warc_copy_free(c);

    /* a request record is not a response */
    assert_int_equal(warc_read_record(path, offsets[0], 0, &r), WARC_OK);
    uint64_t req = r->next_offset;
    warc_record_free(r);
    assert_int_equal(warc_copy_exchange(path, (int64_t)req, &c, err, sizeof err), WARC_EFORMAT);
    assert_null(c);
    assert_non_null(strstr(err, "not a response record"));
    /* and a wrong offset names the file */
    assert_int_not_equal(warc_copy_exchange(path, (int64_t)offsets[0] + 3, &c, err, sizeof err), WARC_OK);
    assert_non_null(strstr(err, file));
    warc_copy_free(NULL);
    free(file);
}

/* WARC_WRITE_SAMPLE=DIR: one file with three pairs for the external check. */
static int write_sample(const char *dir)
{
    warc *w = NULL;
    char resp[8192], *file = NULL;
    size_t len, off;
    if (warc_open(dir, "sample", 0, "wangjian/0.1.0", &w) != WARC_OK)
        return 1;
    uint64_t offsets[3];
    for (int i = 0; i < 3; i++) {
        make_response(resp, sizeof resp, (size_t)(1000 * i + 10), &len, &off);
        warc_exchange ex = exchange("https://shop.example/p?id=1", resp, len, off);
        free(file);
        file = NULL;
        if (warc_write_pair(w, &ex, &file, &offsets[i]) != WARC_OK)
            return 1;
    }
    printf("%s/%s\n", dir, file);
    for (int i = 0; i < 3; i++)
        printf("%llu\n", (unsigned long long)offsets[i]);
    free(file);
    return warc_close(w) == WARC_OK ? 0 : 1;
}

/* A rendered exchange: the DOM and screenshot after the pair, named by the
 * response's extra WARC-Concurrent-To fields; rescan's reader picks the DOM,
 * the page after it is read as its plain payload, the evidence copy has
 * both extras, and bad extras are refused. */
static void test_extras(void **state)
{
    (void)state;
    warc *w = NULL;
    char resp[2][4096], *file = NULL, path[512], err[512] = "";
    size_t len[2], off[2];
    uint64_t offsets[2];
    static const char dom[] = "<html><body><p>脚本写的执照</p></body></html>";
    static const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1};
    warc_extra extras[2] = {
        {"resource", "urn:rendered:https://shop.example/", "text/html; charset=utf-8", dom,
         sizeof dom - 1},
        {"resource", "urn:screenshot:https://shop.example/", "image/png", png, sizeof png},
    };
    assert_int_equal(warc_open(tmpdir, "extras", 0, "wangjian/0.1.0", &w), WARC_OK);
    for (int i = 0; i < 2; i++) {
        make_response(resp[i], sizeof resp[i], (size_t)(100 + i * 50), &len[i], &off[i]);
        warc_exchange ex = exchange("https://shop.example/", resp[i], len[i], off[i]);
        ex.extras = i == 0 ? extras : NULL;
        ex.n_extras = i == 0 ? 2 : 0;
        free(file);
        assert_int_equal(warc_write_pair(w, &ex, &file, &offsets[i]), WARC_OK);
    }
    warc_exchange bad = exchange("https://shop.example/", resp[0], len[0], off[0]);
    warc_extra worse = {"response", "urn:x", "text/plain", "x", 1};
    bad.extras = &worse;
    bad.n_extras = 1;
    assert_int_equal(warc_write_pair(w, &bad, NULL, NULL), WARC_EINVAL);   /* not resource/metadata */
    bad.n_extras = WARC_EXTRAS_MAX + 1;
    assert_int_equal(warc_write_pair(w, &bad, NULL, NULL), WARC_EINVAL);
    assert_int_equal(warc_close(w), WARC_OK);
    snprintf(path, sizeof path, "%s/%s", tmpdir, file);

    char *body = NULL;
    size_t n = 0;
    int rendered = -1;
    assert_int_equal(warc_read_page(path, (int64_t)offsets[0], &body, &n, &rendered, err,
                                    sizeof err), WARC_OK);
    assert_int_equal(rendered, 1);
    assert_int_equal(n, sizeof dom - 1);
    assert_string_equal(body, dom);
    free(body);
    assert_int_equal(warc_read_page(path, (int64_t)offsets[1], &body, &n, &rendered, err,
                                    sizeof err), WARC_OK);
    assert_int_equal(rendered, 0);
    assert_int_equal(n, len[1] - off[1]);
    assert_memory_equal(body, resp[1] + off[1], n);
    free(body);

    warc_copy *c = NULL;
    assert_int_equal(warc_copy_exchange(path, (int64_t)offsets[0], &c, err, sizeof err), WARC_OK);
    assert_int_equal(c->rendered_len, sizeof dom - 1);
    assert_memory_equal(c->rendered, dom, c->rendered_len);
    assert_int_equal(c->screenshot_len, sizeof png);
    assert_memory_equal(c->screenshot, png, sizeof png);
    assert_non_null(memmem(c->warc, c->warc_len, "WARC-Refers-To: ", 16));
    warc_copy_free(c);
    assert_int_equal(warc_copy_exchange(path, (int64_t)offsets[1], &c, err, sizeof err), WARC_OK);
    assert_null(c->rendered);
    assert_null(c->screenshot);
    warc_copy_free(c);
    free(file);
}

int main(void)
{
    const char *sample = getenv("WARC_WRITE_SAMPLE");
    if (sample)
        return write_sample(sample);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_pairs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rotation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_large, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_copy_exchange, setup, teardown),
        cmocka_unit_test_setup_teardown(test_extras, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
