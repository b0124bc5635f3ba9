/*
 * warc.h — WARC/1.1 evidence files: a writer for request/response pairs
 * (the crawler's parse workers), a reader for one record at a known offset,
 * and on top of the reader the payload of a response record (rescan) and
 * the records of one exchange for evidence bundles (`wangjian evidence`).
 *
 * Files are named <prefix>-<YYYYMMDDhhmmss UTC>-<serial>.warc.gz, start
 * with a warcinfo record, and hold one gzip member per record, so a record
 * can be read back by (file, offset) without touching the rest.  Every
 * response and request record carries WARC-Block-Digest and
 * WARC-Payload-Digest as sha256:<RFC 4648 base32>, WARC-IP-Address when
 * known, and WARC-Concurrent-To naming its partner.
 *
 * Durability: records go to the file with write(2) as they are produced;
 * warc_sync() fdatasyncs the current file, and rotation and warc_close()
 * do so too.  The crawler calls warc_sync() before committing store rows
 * that point at records written since the last sync, so a committed
 * evidence reference never outlives a crash while its record does not.
 *
 * A writer is thread-safe: warc_write_pair and warc_sync may be called from
 * several threads at once (the crawler writes from its parse workers); a
 * pair is built outside the writer's lock and appended under it, so
 * concurrent pairs land whole, one after the other.  warc_open and
 * warc_close must not race with anything.
 */
#ifndef WANGJIAN_WARC_H
#define WANGJIAN_WARC_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

typedef enum {
    WARC_OK = 0,
    WARC_ENOMEM,
    WARC_EINVAL,  /* bad argument (e.g. whitespace in the target URI) */
    WARC_EIO,     /* open/write/fsync/read failed (errno kept) */
    WARC_EFORMAT, /* the bytes at the offset are not one gzip'd WARC record */
    WARC_ETOOBIG  /* the record exceeds the reader's size cap */
} warc_result;

const char *warc_strerror(warc_result r);

typedef struct warc warc;

/*
 * Open a writer that creates files in dir (which must exist) and starts a
 * new file once the current one has reached max_file_bytes (0 = 1 GiB).
 * software goes into the warcinfo record ("wangjian/0.1.0").  The first
 * file is created at once.  On success *out owns the writer (warc_close).
 */
warc_result warc_open(const char *dir, const char *prefix, uint64_t max_file_bytes,
                      const char *software, warc **out);

/* Sync, close and free (NULL is fine).  Returns the first error seen while
 * closing (the writer is freed regardless). */
warc_result warc_close(warc *w);

/* fdatasync the current file. */
warc_result warc_sync(warc *w);

/* Extras one exchange may carry. */
#define WARC_EXTRAS_MAX 4

/* A record about an exchange, written right after its request record:
 * a browser's rendering of the page (WARC-Type resource, target
 * "urn:rendered:URL" or "urn:screenshot:URL") or a note on it (metadata,
 * target the page URL).  It carries WARC-Refers-To and WARC-Concurrent-To
 * naming the response record, and the response names each extra in one
 * more WARC-Concurrent-To field (the field may repeat), so that a reader
 * knows from the response alone whether there are any.  Pointers borrowed
 * for the call. */
typedef struct {
    const char *type;         /* "resource" or "metadata" */
    const char *target_uri;   /* no whitespace or control characters */
    const char *content_type; /* "text/html; charset=utf-8", "image/png", ... */
    const void *block;
    size_t block_len;
} warc_extra;

/* One HTTP exchange.  All pointers are borrowed for the call. */
typedef struct {
    const char *target_uri; /* no whitespace or control characters */
    const char *ip;         /* server address, or NULL */
    struct timespec date;   /* capture start (UTC); tv_sec 0 = now */
    const char *request;    /* request as sent: request line, headers, body */
    size_t request_len;
    const char *response;   /* response as received: status line, headers, body */
    size_t response_len;
    size_t payload_offset;  /* offset of the entity body within response */
    const char *truncated;  /* WARC-Truncated reason ("length", "time"...) or NULL */
    const warc_extra *extras; /* records written right after the pair, in order, or NULL;
                                 at most WARC_EXTRAS_MAX */
    size_t n_extras;
} warc_exchange;

/*
 * Append a response record, its request record and its extras (all in
 * one file, one after the other).  On success, if
 * file_out is not NULL it receives the file's base name (a new string the
 * caller frees) and *offset_out the byte offset of the response record's
 * gzip member in that file.  The pair never straddles two files.
 */
warc_result warc_write_pair(warc *w, const warc_exchange *ex, char **file_out,
                            uint64_t *offset_out);

/* One record read back from a file. */
typedef struct {
    char *data;       /* header lines (from "WARC/1.1") + CRLF CRLF + block; NUL-terminated */
    size_t header_len; /* bytes of data before the block */
    size_t block_len;  /* Content-Length bytes starting at data + header_len */
    uint64_t next_offset; /* where the gzip member after this one starts in the file (the
                             request record after a response record: warc_write_pair) */
} warc_record;

/*
 * Read the gzip member starting at offset in path and parse it as one WARC
 * record, decompressing at most max_bytes (0 = 64 MiB).  On success *out
 * owns the record (warc_record_free).
 */
warc_result warc_read_record(const char *path, uint64_t offset, size_t max_bytes,
                             warc_record **out);

void warc_record_free(warc_record *r);

/*
 * Value of header field name (case-insensitive) as a new string the
 * caller frees, or NULL when absent.
 */
char *warc_record_field(const warc_record *r, const char *name);

/* 1 when the record's WARC-Block-Digest (sha256 or sha1, base32) matches
 * its block, 0 when it does not or cannot be checked. */
int warc_record_verify(const warc_record *r);

/* One exchange read back for an evidence bundle (warc_copy_exchange).
 * Every pointer is owned by the copy (warc_copy_free); payload points
 * into warc. */
typedef struct {
    char *warc;            /* the records as one uncompressed WARC file: the warcinfo of
                              their file, the response, then its request, each as stored
                              (header, block, CRLF CRLF) */
    size_t warc_len;
    const char *payload;   /* the HTTP body (inside warc), payload_len bytes */
    size_t payload_len;
    int with_request;      /* the request record followed its response */
    int with_warcinfo;     /* the file's warcinfo record is the one the response names */
    uint64_t request_offset; /* its gzip member's offset in the file (0 without) */
    char *target_uri, *date, *ip;       /* WARC-Target-URI, WARC-Date, WARC-IP-Address */
    char *response_id, *request_id;     /* WARC-Record-IDs ("" without a request) */
    char *content_type;    /* the HTTP Content-Type ("" when absent) */
    int http_status;       /* from the status line; 0 when it cannot be read */
    /* a rendered page (crawl --render): its DOM and screenshot records follow
     * the request in warc; these point at their blocks (NULL, 0: none) */
    const char *rendered;  size_t rendered_len;
    const unsigned char *screenshot; size_t screenshot_len;
} warc_copy;

/*
 * The exchange whose response record is at warc_path/offset: that record,
 * the request record that follows it (warc_write_pair writes the pair
 * together; found by WARC-Concurrent-To), the records after it that refer
 * to the response (a rendering: urn:rendered:, urn:screenshot:, a note)
 * and the warcinfo record at the start of the file, each digest-checked
 * (an extra that does not check is left out).  A request or warcinfo record
 * that is missing or does not match is left out (with_request and
 * with_warcinfo say so); the response is required.  On WARC_OK *out is
 * the caller's (warc_copy_free); otherwise err receives a one-line reason
 * naming the file and offset.
 */
warc_result warc_copy_exchange(const char *warc_path, int64_t offset, warc_copy **out, char *err,
                               size_t errlen);

void warc_copy_free(warc_copy *c);

/*
 * What rescan judges of the response record at warc_path/offset: the
 * block of the urn:rendered: resource record written with its exchange
 * when the crawl rendered the page (*rendered = 1: UTF-8 HTML), else the
 * HTTP payload of the response (*rendered = 0), after the record's digests
 * were verified.  Records
 * after the response are read only when its extra WARC-Concurrent-To
 * fields say it has a rendering.  On WARC_OK *body (NUL-terminated, *len
 * bytes) is the caller's; otherwise err says why.
 */
warc_result warc_read_page(const char *warc_path, int64_t offset, char **body, size_t *len,
                           int *rendered, char *err, size_t errlen);

#endif
