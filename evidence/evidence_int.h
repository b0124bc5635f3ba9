/*
 * evidence_int.h — private to evidence/: the growable buffer, escaping,
 * hashing and the list of files a bundle holds, shared by its parts:
 *   bundle.c   evidence_write: the folder, the files, the manifests, undo
 *   capture.c  capture-N/text.html, the visible text with marks
 *   summary.c  summary.txt and summary.json
 *   record.c   extraction-record.html, the draft 电子数据提取笔录
 *   tsa.c      RFC 3161: request, HTTP exchange, reply and token checks
 *   verify.c   evidence_verify
 *   util.c     this header's helpers and the time functions of evidence.h
 * All of it runs on the caller's thread.
 */
#ifndef WANGJIAN_EVIDENCE_INT_H
#define WANGJIAN_EVIDENCE_INT_H

#include <stddef.h>
#include <stdint.h>
#include "evidence/evidence.h"

/* Fixed names inside a bundle. */
#define EV_MANIFEST "manifest.txt"
#define EV_SUMS "manifest.sha256"
#define EV_RECORD "extraction-record.html"
#define EV_TSQ "timestamp.tsq"
#define EV_TSR "timestamp.tsr"
/* The 笔录 carries the manifest hash in this meta tag, for verify. */
#define EV_META_HASH "wangjian-manifest-sha256"

/* A growable byte buffer with a hard cap (1 GiB).  A failed allocation
 * sets oom and later appends do nothing, so a writer checks once at the
 * end.  The bytes are NUL-terminated while not oom.  Owned by its user;
 * ev_buf_free releases it. */
typedef struct {
    char *p;
    size_t n, cap;
    int oom;
} ev_buf;

void ev_buf_add(ev_buf *b, const void *p, size_t n);
void ev_buf_str(ev_buf *b, const char *s);   /* NULL appends nothing */
void ev_buf_printf(ev_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* s[0, n) as HTML text: & < > " ' escaped, invalid UTF-8 and control
 * characters other than tab and newline shown as U+FFFD. */
void ev_buf_html(ev_buf *b, const char *s, size_t n);
void ev_buf_htmls(ev_buf *b, const char *s);  /* NUL-terminated; NULL is "" */
void ev_buf_free(ev_buf *b);

/* Hex SHA-256 of p[0, n) into hex (65 bytes); raw digest into md when md is
 * not NULL.  0 on success. */
int ev_sha256(const void *p, size_t n, unsigned char md[32], char hex[65]);

/* A copy of s that is valid UTF-8 (bad bytes become U+FFFD); caller frees.
 * NULL s gives "".  NULL only when out of memory. */
char *ev_utf8_clean(const char *s, size_t n);

/* s, or "" for NULL. */
const char *ev_s(const char *s);

/* "UTC / 北京时间" of t into out: "2026-11-23T18:05:00Z (2026-11-24T02:05:00+08:00)". */
void ev_time_both(int64_t t, char *out, size_t n);

/* One file of a bundle, as listed in manifest.txt.  Strings owned. */
typedef struct {
    char *name;    /* path inside the bundle ("capture-1/body") */
    char *type;    /* category (类别) */
    char *format;  /* file format */
    size_t size;
    char sha256[65];
} ev_file;

/* The files of a bundle being written. */
typedef struct {
    ev_file *v;
    size_t n, cap;
} ev_files;

void ev_files_clear(ev_files *f);

/* The text of manifest.txt for files (type, format and name have no tab or
 * newline: ev_file values are cleaned when added). */
void ev_manifest_text(ev_buf *out, const evidence_case *c, const ev_files *files);

/* capture-N/text.html of capture k (0-based) into out. */
void ev_capture_html(ev_buf *out, const evidence_case *c, size_t k);

/* summary.txt and summary.json of c into out (capture k's files are in
 * ev_capture_dir's folder). */
void ev_summary_text(ev_buf *out, const evidence_case *c);
evidence_result ev_summary_json(ev_buf *out, const evidence_case *c);

/* The folder of capture k ("capture-1" ...), or "" when it has no files. */
void ev_capture_dir(const evidence_case *c, size_t k, char *out, size_t n);

/* What the 笔录 says about the timestamp (all "" / 0 without one). */
typedef struct {
    const char *url;
    const char *time;    /* genTime, ISO 8601 UTC */
    const char *serial;  /* hex */
    const char *policy;  /* dotted OID */
    int checked;         /* verified against a CA */
} ev_stamp;

/* extraction-record.html: c's facts, the data files, the other files
 * (manifest.txt, timestamp files) and the manifest hash. */
void ev_record_html(ev_buf *out, const evidence_case *c, const ev_files *data,
                    const ev_files *meta, const char *manifest_sha256, const ev_stamp *stamp);

/* ---- RFC 3161 (tsa.c) ---- */

/* Ask tsa for a token on md (SHA-256 of manifest.txt): the request and the
 * reply (DER) into tsq and tsr; the token's time, serial and policy into
 * the stamp strings (at least 64 bytes each).  EVIDENCE_ETSA with err
 * saying why (unreachable, HTTP status, bad reply, refused, imprint or
 * nonce mismatch, CA mismatch). */
evidence_result ev_tsa_stamp(const evidence_tsa *tsa, const unsigned char md[32], ev_buf *tsq,
                             ev_buf *tsr, char *time, char *serial, char *policy, int *checked,
                             char *err, size_t errlen);

/* Check the reply tsr[0, len) covers md; with ca_file also its signature
 * and chain.  time receives its genTime (64 bytes).  EVIDENCE_ETSA with err
 * on failure, EVIDENCE_EIO when ca_file cannot be read. */
evidence_result ev_tsa_check(const void *tsr, size_t len, const unsigned char md[32],
                             const char *ca_file, char *time, char *err, size_t errlen);

#endif
