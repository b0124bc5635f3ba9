/*
 * reader — the second reader: a logistic regression over character n-grams
 * of a text-rule finding's snippet that may set the finding aside (a veto).
 * It never adds a finding.  The contract with the trainer (featurizer and
 * model file, bit for bit) is reader/FORMAT.md; in short:
 *
 *   gate    ctx = code points of snippet − code points of matched; when
 *           ctx < mincontext nothing is scored and the finding stands.
 *   map     U+FF01..U+FF5E − 0xFEE0, U+3000 → U+0020, A-Z → a-z, every run
 *           of U+0020 \t \n \r \f \v → one U+0020 (nothing else).
 *   feature every 1..4-gram of mapped code points (as UTF-8 bytes) and
 *           "\x01" CODE; FNV-1a 32 over its bytes, index = hash % buckets;
 *           x binary over distinct indices, divided by sqrt(their count).
 *   score   1 / (1 + exp(-(bias + w·x))), double; veto when score < threshold.
 *
 * Invalid UTF-8 in snippet or matched is decoded the way Python's
 * bytes.decode('utf-8', 'replace') does (Unicode's "maximal subpart"
 * practice): each maximal prefix of a well-formed sequence that cannot be
 * completed, and each byte that cannot start one, becomes one U+FFFD, which
 * is then hashed as its UTF-8 bytes EF BF BD.  The rules only ever pass text
 * from the parser, which is valid UTF-8 (and `wangjian parse` JSON always is),
 * so the trainer never sees such bytes; the rule exists so that the C side
 * never reads past a string or disagrees with Python on hostile input.
 *
 * Pure module: no I/O except reading the model file in reader_load.  A model
 * is read-only after loading and may be shared between threads.  Scoring
 * allocates nothing unless snippet and matched together hold more than
 * READER_STACK_CPS code points.
 */
#ifndef WANGJIAN_READER_H
#define WANGJIAN_READER_H

#include <stddef.h>

typedef enum {
    READER_OK = 0,
    READER_ENOMEM,
    READER_EIO,      /* model file unreadable */
    READER_ESYNTAX,  /* model file malformed (the diag callback says where and what) */
    READER_EINVAL
} reader_result;

const char *reader_strerror(reader_result r);

typedef struct reader_model reader_model;

/* Called once, for the first problem in a model file: "file:line: message"
 * (line 0 when the problem is the file as a whole, e.g. unreadable). */
typedef void (*reader_diag_fn)(void *ud, const char *file, int line, const char *msg);

/* Limits of the v1 format. */
#define READER_MAX_BUCKETS 4194304u
#define READER_MAX_MINCONTEXT 1000
#define READER_MAX_FILE_BYTES (64u << 20)
#define READER_MAX_CODES 64        /* 'code' lines in a model */
#define READER_CODE_LEN 32         /* a code's characters, with its NUL */
#define READER_MAX_LINE 256          /* bytes of one line, without its LF */
#define READER_STACK_CPS 256         /* code points scored without allocating (9 KiB of stack) */

/*
 * Read and check the model file at path (strictly: see the spec; the first
 * problem is reported to diag, which may be NULL, and fails the load).  On
 * READER_OK *out is owned by the caller (reader_free).
 */
reader_result reader_load(const char *path, reader_diag_fn diag, void *ud, reader_model **out);
/* The same from bytes already read (name is what diag reports as the file).
 * buf is borrowed, need not be NUL-terminated. */
reader_result reader_parse(const char *name, const char *buf, size_t len, reader_diag_fn diag,
                           void *ud, reader_model **out);
void reader_free(reader_model *m); /* accepts NULL */

/* The model's settings, for callers that report them. */
unsigned reader_buckets(const reader_model *m);
int reader_mincontext(const reader_model *m);
double reader_threshold(const reader_model *m);

/*
 * Score one finding: code is the rule code (NUL-terminated), matched and
 * snippet are borrowed byte ranges (not necessarily NUL-terminated).
 * Returns 1 and sets *score when the gate let it be scored, 0 when it did
 * not (too little context, or a code the model's 'code' lines do not list:
 * a rule it was not trained on; *score is left alone), -1 when memory ran out
 * (only possible beyond READER_STACK_CPS code points).  Weights are summed
 * in increasing index order (the trainer's scorer sums the same way).
 */
int reader_score(const reader_model *m, const char *code, const char *matched, size_t matched_len,
                 const char *snippet, size_t snippet_len, double *score);

/* The score without the gate (for agreement tests against the trainer). */
double reader_raw_score(const reader_model *m, const char *code, const char *snippet, size_t snippet_len);

/*
 * The decision: 1 when the reader sets the finding aside (scored and
 * score < threshold), 0 when it stands (scored, or gated), -1 when memory
 * ran out (the caller keeps the finding).  *scored (may be NULL) is set to
 * whether a score was computed, *score (may be NULL) to it.
 */
int reader_vetoes(const reader_model *m, const char *code, const char *matched, size_t matched_len,
                  const char *snippet, size_t snippet_len, int *scored, double *score);

#endif
