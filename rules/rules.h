/*
 * rules — page facts in, findings out.
 *
 * Rules are data: a directory of INI files (rules/default/ ships with the
 * program, --rules DIR overrides) with code, title, severity, category,
 * legal basis, PCRE2 patterns, allow-list contexts, scope and enabled flag.
 * Checks that need code (licence absence, check characters, registry, ICP,
 * identity mark, price history) are built-in kinds configured from the same
 * files.  Text is normalised before matching (full-width → half-width,
 * zero-width and separators between CJK removed, traditional → simplified,
 * Latin case folded); matches map back to offsets in the original text.
 *
 * Pure module: no network, no event loop, no database.  Data the rules need
 * from the store (registry rows, price history) comes in through callbacks in
 * rules_context.
 */
#ifndef WANGJIAN_RULES_H
#define WANGJIAN_RULES_H

#include <stddef.h>
#include "../parser/parser.h"

typedef enum {
    RULES_OK = 0,
    RULES_ENOMEM,
    RULES_EIO,       /* directory or file unreadable */
    RULES_ESYNTAX,   /* rule file malformed */
    RULES_EPATTERN,  /* a PCRE2 pattern did not compile */
    RULES_ELIMIT,    /* a pattern hit its match/depth limit (reported, not fatal) */
    RULES_EINVAL
} rules_result;

const char *rules_strerror(rules_result r);

typedef struct rules_book rules_book;

/* Called once per problem found while loading: "file:line: message". */
typedef void (*rules_diag_fn)(void *ud, const char *file, int line, const char *msg);

/*
 * Load every *.ini file in dir.  Each problem is passed to diag (may be NULL);
 * the load fails with the first error's code when any file has an error.
 * On RULES_OK *out is owned by the caller (rules_free).  A rulebook is
 * read-only after loading and may be shared between threads.
 */
rules_result rules_load(const char *dir, rules_diag_fn diag, void *ud, rules_book **out);
/* rules_load with a normaliser (rules_normaliser_new, below) whose t2s table
 * the book copies instead of building its own from OpenCC: a process that
 * has one for search then builds the table once.  norm NULL: rules_load.
 * The book does not keep norm. */
typedef struct rules_normaliser rules_normaliser;
rules_result rules_load_with(const char *dir, const rules_normaliser *norm, rules_diag_fn diag,
                             void *ud, rules_book **out);

/* The second reader (reader/reader.h): when dir holds a file reader.model,
 * rules_load and rules_load_with load it too, and a model that does not
 * load fails the whole load (RULES_ESYNTAX, or RULES_EIO when unreadable)
 * with its "reader.model:LINE: message" passed to diag.  The reader then
 * scores every match of a rule's patterns that no allow context drops
 * (kind pattern, and the pattern half of kind honour) and sets aside those
 * it judges false (rules_findings.aside).  Options for rules_load_opts: */
typedef struct {
    const rules_normaliser *norm; /* as rules_load_with; NULL: the book builds its own table */
    int no_reader;                /* ignore reader.model (not read, not in the digest) */
} rules_load_options;
/* opts NULL: rules_load. */
rules_result rules_load_opts(const char *dir, const rules_load_options *opts, rules_diag_fn diag,
                             void *ud, rules_book **out);
void rules_free(rules_book *book); /* accepts NULL */
/* 1 when the book has a second reader, 0 when not. */
int rules_book_has_reader(const rules_book *book);

/* What identifies a rulebook in evidence: its declared version (the first
 * line of VERSION in its directory, else "unversioned") and the hex
 * SHA-256 of its files, which `LC_ALL=C sha256sum *.ini | sha256sum` in
 * the directory reproduces when the book has no reader, and
 * `LC_ALL=C sha256sum *.ini reader.model | sha256sum` when it has one (a
 * book loaded with no_reader leaves the model out).  Both valid while book
 * lives. */
const char *rules_book_version(const rules_book *book);
const char *rules_book_digest(const rules_book *book);

/* Print the active rulebook, one rule per line (for `wangjian rules list`). */
typedef void (*rules_list_fn)(void *ud, const char *code, const char *severity,
                              const char *category, const char *kind, int enabled,
                              const char *title, const char *basis);
void rules_each(const rules_book *book, rules_list_fn fn, void *ud);

/* Extra facts a check may need, supplied by the caller (all optional). */
typedef struct {
    const char *url;
    int is_home;        /* the page is a site's or shop's home page */
    int on_platform;    /* the page is on a platform (no ICP duty) */
    int platform_shop;  /* ... and belongs to a shop there, not to the platform itself:
                           the platform operator's licence on it is not the shop's */
    /* Registry: return 1 and fill name/status when code is known, 0 when
     * unknown, -1 when no registry was imported (rule stays silent). */
    int (*registry_lookup)(void *ud, const char *code, char *name, size_t name_len,
                           char *status, size_t status_len);
    /* Lowest price observed for item_key in the 7 days before now: return 1
     * and fill *lowest, or 0 when there is no history. */
    int (*price_floor)(void *ud, const char *item_key, double *lowest);
    void *ud;
    /* Run only the kinds that need the callbacks above (LICENSE_MISMATCH,
     * FAKE_ORIGINAL_PRICE).  The crawler runs everything else on a worker
     * thread without store access, then this on the thread that owns the store. */
    int stored_only;
    /* The converse, for that worker-thread pass: skip the kinds stored_only
     * runs, so a page is never checked for them twice. */
    int page_only;
} rules_context;

typedef struct {
    char code[32];          /* rule code, e.g. "COUNTERFEIT_TERM" */
    const char *severity;   /* "high" | "medium" | "low"; owned by the rulebook */
    const char *basis;      /* legal basis text; owned by the rulebook */
    const char *title;      /* owned by the rulebook */
    const char *authority;  /* "market" (市场监管) or "telecom" (通信管理局); static */
    char *snippet;          /* ±30 characters around the match, UTF-8; owned by the list */
    char *matched;          /* the text that matched, as the page shows it; owned */
    size_t text_off;        /* offset in parser_page.text */
    size_t src_off;         /* offset in parser_page.source */
    int reader_scored;      /* the second reader scored it (a book with a reader, past its gate) */
    double reader_score;    /* ... its score (probability the finding is real), else 0 */
} rules_finding;

/* At most this many set-aside matches are kept per page (aside_more counts the rest). */
#define RULES_MAX_ASIDE 64

typedef struct {
    rules_finding *v;
    size_t n, cap;
    int limit_hits;         /* patterns that hit a PCRE2 limit on this page */
    /* Matches the second reader set aside, in the order they were met (the
     * checker went on to the rule's next match, as after an allow context).
     * Each is a finding as it would have been (reader_score set), owned. */
    rules_finding *aside;
    size_t n_aside;
    int aside_more;
} rules_findings;

/*
 * Run every enabled rule on one page.  Appends to out (initialise it with
 * {0}); free with rules_findings_clear.  One finding per rule code per page
 * (the first, best match that no context drops and the second reader does not
 * set aside); deterministic for the same input.
 */
rules_result rules_check_page(const rules_book *book, const parser_page *page,
                              const rules_context *ctx, rules_findings *out);
void rules_findings_clear(rules_findings *f);

/*
 * Normalise UTF-8 text for matching.  *out (caller frees) receives the
 * normalised text and *map (caller frees) one entry per output byte: the
 * offset of the input byte it came from.
 */
rules_result rules_normalise(const char *in, size_t len, char **out, size_t *out_len,
                             size_t **map);

/*
 * Added: details of the normalisation contract shared by both functions.
 * (*map)[*out_len] is also valid and holds len.  Output bytes of a character
 * that was kept as is map to the matching input bytes; all output bytes of a
 * transformed character (full-width, folded, converted, U+FFFD for an invalid
 * byte) map to the first input byte of that character.  Traditional →
 * simplified is per character, from a table OpenCC builds (phrase context is
 * not used).  rules_normalise builds that table on each call (slow: meant for
 * tools and tests); rules_book_normalise uses the rulebook's table and is
 * what rules_check_page applies, so a caller can normalise a search keyword
 * exactly like page text.
 */
rules_result rules_book_normalise(const rules_book *book, const char *in, size_t len,
                                  char **out, size_t *out_len, size_t **map);

/*
 * The same normalisation without a rulebook, for the search index: a
 * normaliser holds the t2s table (built once, ~128 KiB) and is read-only
 * after rules_normaliser_new, so any thread may apply it.  id is a stable
 * name of the mapping ("rules_norm/1:" and a digest of the table): an index
 * built with one normaliser can only be updated with the same one.
 * rules_normaliser_new returns RULES_EIO when OpenCC is missing.
 */
rules_result rules_normaliser_new(rules_normaliser **out);
void rules_normaliser_free(rules_normaliser *n); /* accepts NULL */
const char *rules_normaliser_id(const rules_normaliser *n);
rules_result rules_normaliser_apply(const rules_normaliser *n, const char *in, size_t len,
                                    char **out, size_t *out_len, size_t **map);

#endif
