/*
 * evidence — the evidence bundle of a lead (`wangjian evidence`), written
 * from plain data the caller gathered (store rows, WARC records, the text
 * the rules ran on), and the check of a bundle written earlier.  Shaped
 * after SAMR's 2024 rules on electronic-data evidence and 法发〔2016〕22号
 * art. 5, 14 and 15 (DOMAIN.md, "Cases, evidence and routing").
 *
 * A bundle is a folder:
 *   capture-N/record.warc   the exchange as the crawl archived it: the warcinfo,
 *                           response and request records, uncompressed
 *   capture-N/body          the HTTP body (no extension: opening it must not
 *                           make a browser fetch the shop's scripts and images)
 *   capture-N/rendered      a rendered page's DOM as the browser had it (no extension:
 *                           it keeps the shop's scripts)
 *   capture-N/screenshot.png  its full-page screenshot (现场图片)
 *   capture-N/text.html     the visible text with the matched passage in <mark>
 *   summary.txt, summary.json   the lead, captures, runs, rulebook, history
 *   manifest.txt            the 电子数据清单: every file above with its type,
 *                           format, size and SHA-256
 *   timestamp.tsq, .tsr     with a TSA: RFC 3161 request and reply on the
 *                           manifest's SHA-256
 *   extraction-record.html  a draft 电子数据提取笔录 naming the files and the
 *                           manifest's SHA-256, with blanks for the officers,
 *                           witness and signatures
 *   manifest.sha256         `sha256sum -c` format: every file above (not itself)
 *
 * Trust: the SHA-256 of manifest.txt (the manifest hash) covers every data
 * file.  It is written in manifest.sha256 and in the 笔录, printed by the
 * command, and with a TSA signed in the timestamp token, so a manifest
 * changed afterwards no longer matches what was handed over.  The 笔录 and
 * the timestamp cannot be in the manifest (they name its hash); they are
 * in manifest.sha256.  manifest.sha256 is written last: a bundle without
 * it is incomplete, and a failed write removes every file it made.
 *
 * Library code: never prints, never exits.  Runs on the caller's thread
 * with blocking I/O (files, the TSA's HTTP exchange through libcurl, which
 * the caller has initialised with curl_global_init).
 */
#ifndef WANGJIAN_EVIDENCE_H
#define WANGJIAN_EVIDENCE_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    EVIDENCE_OK = 0,
    EVIDENCE_ENOMEM,
    EVIDENCE_EINVAL,    /* bad argument (no captures, a NULL required field) */
    EVIDENCE_ENOTEMPTY, /* the output folder exists and is not empty */
    EVIDENCE_EIO,       /* a file could not be created, written or read */
    EVIDENCE_ETSA,      /* the timestamp authority failed, or its reply does not check */
    EVIDENCE_EDIFFERS   /* verify: a file differs from the manifest, or is missing or extra */
} evidence_result;

const char *evidence_strerror(evidence_result r);

/* The lead the bundle is for.  Strings borrowed; "" or NULL when unknown. */
typedef struct {
    int64_t id;
    const char *status, *rule, *title, *severity, *basis;
    const char *subject, *host, *url;
    const char *province, *region_source, *authority;
    const char *first_seen, *last_seen; /* ISO 8601 UTC */
    long hits, showing;                 /* pages that showed it, and show it now */
    const char *snippet;                /* the evidence text the store keeps */
} evidence_lead;

/* One change in the lead's history.  Strings borrowed. */
typedef struct {
    const char *at;     /* ISO 8601 UTC */
    int64_t run;        /* 0: a person's change */
    const char *actor, *old_status, *new_status, *note, *outcome;
} evidence_event;

/* A passage of a capture's text to mark: text[off, off + len). */
typedef struct {
    size_t off, len;
    const char *label;  /* the rule code */
} evidence_mark;

/* One capture of a page.  Strings and buffers borrowed for the call. */
typedef struct {
    const char *role;       /* "first", "latest", "first+latest" or "current" (a page) */
    int64_t capture;        /* the store's capture id, 0 when unknown */
    const char *url;        /* requested */
    const char *final_url;  /* after redirects ("" or NULL: the same) */
    const char *ip;
    int http_status;
    int64_t fetched_at;     /* unix seconds, UTC; 0 unknown */
    const char *sha256;     /* hex SHA-256 of the payload, as the store has it */
    int showing;            /* 1 the page shows the lead now, 0 no longer, -1 unknown */
    /* the run that fetched it */
    int64_t run;
    const char *run_kind, *run_options; /* run_options: a JSON object as text, or "" */
    const char *tool, *rulebook_version, *rulebook_sha256;
    /* the archived exchange; warc NULL: none (the crawl kept no WARC records) */
    const char *warc_file;  /* the crawl's WARC file it came from */
    int64_t warc_offset, request_offset;  /* request_offset 0: no request record */
    const char *response_id, *request_id, *warc_date;
    const void *warc;
    size_t warc_len;
    const void *body;       /* the HTTP payload (NULL: none) */
    size_t body_len;
    const char *content_type;
    /* a rendered page (crawl --render): the browser's DOM (the text below
     * is its text) and the full-page screenshot; NULL: none */
    const void *rendered;
    size_t rendered_len;
    const void *screenshot;
    size_t screenshot_len;
    /* the visible text the rules ran on (NULL: not parsed) and what to mark */
    const char *text;
    size_t text_len;
    const evidence_mark *marks;
    size_t nmarks;
    const char *mark_source; /* "rule" (the rules found it now), "snippet" (the lead's
                                stored snippet found in the text) or "none" */
    const char *mark_note;   /* one sentence on how the passage was found; may be NULL */
} evidence_capture;

/* Everything a bundle holds.  Borrowed for the call. */
typedef struct {
    const char *tool_name, *tool_version; /* "wangjian", "0.1.0" */
    int64_t made_at;                      /* unix seconds, UTC */
    const evidence_lead *lead;            /* NULL: the bundle of a page, not of a lead */
    const evidence_capture *captures;     /* at least one */
    size_t ncaptures;
    const evidence_event *history;
    size_t nhistory;
    const char *rulebook;                 /* the rulebook that marked the text (its folder) */
    const char *rulebook_version;         /* ... its declared version and SHA-256 digest */
    const char *rulebook_sha256;
    const char *const *notes;             /* remarks for the summary and the 笔录 */
    size_t nnotes;
} evidence_case;

/* An RFC 3161 timestamp authority, chosen by the user (no address guard). */
typedef struct {
    const char *url;     /* http or https */
    const char *ca_file; /* PEM: the token must verify against it; NULL: only its
                            imprint and nonce are checked */
    long timeout_ms;     /* 0: 30000 */
} evidence_tsa;

/* What evidence_write made. */
typedef struct {
    char manifest_sha256[65]; /* hex SHA-256 of manifest.txt */
    size_t files;             /* files in the manifest */
    int timestamped;          /* a token is in the bundle */
    char ts_time[64];         /* its genTime (ISO 8601 UTC) */
    int ts_checked;           /* the token was verified against tsa->ca_file */
} evidence_written;

/*
 * Write the bundle of c into dir, which must not exist (it is created, its
 * parent must exist) or be an empty folder; with tsa (may be NULL) get a
 * timestamp on the manifest's hash.  On EVIDENCE_OK *out says what was
 * made.  On failure err holds one line naming what failed (the folder
 * when it is not empty, the file, the TSA and why) and every file and
 * folder the call made is removed again.
 */
evidence_result evidence_write(const char *dir, const evidence_case *c, const evidence_tsa *tsa,
                               evidence_written *out, char *err, size_t errlen);

/* What evidence_verify found. */
typedef struct {
    char manifest_sha256[65];
    size_t files;            /* data files checked */
    int timestamped;         /* the bundle has a timestamp token */
    int ts_checked;          /* ... and it verified against the CA given */
    char ts_time[64];        /* its genTime, ISO 8601 UTC */
} evidence_report;

/*
 * Check the bundle in dir: manifest.txt against its hash in
 * manifest.sha256 and in the 笔录; every file against manifest.txt and
 * manifest.sha256 (present, size, SHA-256); no file present but unlisted;
 * the timestamp token's imprint, and with ca_file (may be NULL) its
 * signature and certificate chain.  EVIDENCE_OK: verified, *rep filled.
 * EVIDENCE_EDIFFERS: err names the first file that differs (path inside
 * dir first) and how.  EVIDENCE_EIO / EVIDENCE_ETSA: a file or the CA could
 * not be read, or the token does not verify; err says which.
 */
evidence_result evidence_verify(const char *dir, const char *ca_file, evidence_report *rep,
                                char *err, size_t errlen);

/* "2026-11-23T18:05:00Z" for t into out (at least 21 bytes). */
void evidence_time_utc(int64_t t, char *out, size_t n);
/* The same instant in Asia/Shanghai (UTC+08:00, no daylight saving since
 * 1991): "2026-11-24T02:05:00+08:00" (at least 26 bytes). */
void evidence_time_shanghai(int64_t t, char *out, size_t n);
/* Parse "YYYY-MM-DDTHH:MM:SSZ" (UTC) into *t; 0 on success, -1 otherwise. */
int evidence_time_parse(const char *iso, int64_t *t);

#endif
