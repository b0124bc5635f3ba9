/*
 * Reading a response record back for use: its HTTP payload (what rescan
 * scans again) and evidence bundles (the record, the payload alone and a
 * sha256 manifest in sha256sum format).  Both check the record's own
 * digests first.  Runs on the caller's thread; touches only the files named.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <openssl/evp.h>
#include "warc.h"

#define EVIDENCE_MAX (256u * 1024 * 1024)

static int write_file(const char *dir, const char *name, const char *data, size_t len,
                      FILE *manifest, char *err, size_t errlen)
{
    char path[4096], hex[EVP_MAX_MD_SIZE * 2 + 1];
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(data, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = 0;
    if (!ok) {
        snprintf(err, errlen, "cannot write '%s': %s", path, strerror(errno));
        return -1;
    }
    if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL)) {
        snprintf(err, errlen, "SHA-256 failed");
        return -1;
    }
    for (unsigned int i = 0; i < mdlen; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    fprintf(manifest, "%s  %s\n", hex, name);
    return 0;
}

/* Where the HTTP body starts within rec's block (after the headers). */
static size_t body_offset(const warc_record *rec)
{
    const char *block = rec->data + rec->header_len;
    const char *sep = memmem(block, rec->block_len, "\r\n\r\n", 4);
    return sep ? (size_t)(sep - block) + 4 : rec->block_len;
}

static warc_result write_bundle(const warc_record *rec, const char *dir, const char *source,
                                char *err, size_t errlen)
{
    const char *block = rec->data + rec->header_len;
    size_t body_off = body_offset(rec);
    char mpath[4096];
    snprintf(mpath, sizeof(mpath), "%s/manifest.sha256", dir);
    FILE *m = fopen(mpath, "w");
    if (!m) {
        snprintf(err, errlen, "cannot write '%s': %s", mpath, strerror(errno));
        return WARC_EIO;
    }
    int bad = write_file(dir, "record.warc", rec->data, rec->header_len + rec->block_len, m, err, errlen) ||
              write_file(dir, "body", block + body_off, rec->block_len - body_off, m, err, errlen);
    fprintf(m, "# source: %s\n", source);
    if (fclose(m) != 0 && !bad) {
        snprintf(err, errlen, "cannot write '%s': %s", mpath, strerror(errno));
        bad = 1;
    }
    return bad ? WARC_EIO : WARC_OK;
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

warc_result warc_read_payload(const char *warc_path, int64_t offset, char **body, size_t *len,
                              char *err, size_t errlen)
{
    warc_record *rec = NULL;
    *body = NULL;
    *len = 0;
    warc_result r = read_checked(warc_path, offset, &rec, err, errlen);
    if (r != WARC_OK)
        return r;
    size_t off = body_offset(rec), n = rec->block_len - off;
    if ((*body = malloc(n + 1))) {
        memcpy(*body, rec->data + rec->header_len + off, n);
        (*body)[n] = '\0';
        *len = n;
    } else {
        snprintf(err, errlen, "out of memory for the body in %s offset %lld", warc_path,
                 (long long)offset);
        r = WARC_ENOMEM;
    }
    warc_record_free(rec);
    return r;
}

warc_result warc_bundle_export(const char *warc_path, int64_t offset, const char *dir, char *err,
                               size_t errlen)
{
    warc_record *rec = NULL;
    warc_result r = read_checked(warc_path, offset, &rec, err, errlen);
    if (r != WARC_OK)
        return r;
    char source[4200];
    snprintf(source, sizeof(source), "%s offset %lld", warc_path, (long long)offset);
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "cannot create '%s': %s", dir, strerror(errno));
        r = WARC_EIO;
    } else {
        r = write_bundle(rec, dir, source, err, errlen);
    }
    warc_record_free(rec);
    return r;
}
