/*
 * load.c — read a rule directory into a rulebook.
 *
 * A small line-based INI reader of our own (inih stops at the first error and
 * cannot report every problem with its line).  Every problem is reported
 * through the caller's diag callback as file:line plus a message, and loading
 * goes on so that one run shows all of them; the load then fails with the
 * first error's code.  Hostile files are bounded: file size, line length,
 * rule count, pattern count and bytes, diagnostics per file.  The format is
 * documented in rules/README.md.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <openssl/evp.h>
#include "rules_int.h"

const char *const rules_kind_names[RK_COUNT] = {
    "pattern", "license_missing", "license_invalid", "license_mismatch",
    "icp_missing", "icp_invalid", "mark_missing", "fake_original_price", "honour",
};

enum { K_TITLE, K_SEVERITY, K_CATEGORY, K_BASIS, K_KIND, K_SCOPE, K_HOME_ONLY,
       K_ENABLED, K_AUTHORITY, K_NEAR, K_NEGATE_WINDOW, K_SINGLE_COUNT,
       K_PATTERN = K_SINGLE_COUNT, K_ALLOW, K_ALLOW_NEAR, K_NEGATE, K_ALLOW_SENTENCE,
       K_ITEM, K_COUNT };
/* Repeatable pattern keys of a rule, in lists[] order; a [@LIST] section
 * keeps its items in lists[0]. */
#define N_LISTS (K_ITEM - K_PATTERN)

static const char *const key_names[K_COUNT] = {
    "title", "severity", "category", "basis", "kind", "scope", "home_only",
    "enabled", "authority", "near", "negate_window", "pattern", "allow", "allow_near",
    "negate", "allow_sentence", "item",
};

typedef struct { char *s; int line; } pline;
typedef struct { pline *v; size_t n, cap; } plist;

typedef struct {
    rules_rule r;
    int line;               /* line of the [CODE] header */
    int bad;                /* header invalid: keys are checked, rule dropped */
    int errors;             /* errors inside this section */
    int seen[K_SINGLE_COUNT];
    plist lists[N_LISTS];   /* pattern, allow, allow_near, negate, allow_sentence */
    size_t pattern_bytes;
    int is_list;            /* a [@NAME] section: items in lists[0], r.code holds NAME */
} pending;

typedef struct { char *file; int line; } defsite;

/* A named list [@NAME]: its items joined into "(?:i1|i2|...)", which every
 * later {@NAME} in a pattern value is replaced by.  Lists live only while
 * the directory loads. */
typedef struct { char name[32]; char *alt; } named_list;

typedef struct {
    const char *file;
    rules_diag_fn diag;
    void *ud;
    int ndiag;              /* in the current file */
    int stop;               /* too many diagnostics in this file */
    rules_result first;     /* first error code of the whole load */
    rules_book *book;
    size_t cap;
    defsite *defs;          /* where book->v[i] was defined */
    EVP_MD_CTX *sum;        /* SHA-256 of the files' sha256sum lines (rules_book_digest) */
    named_list lists[RULES_MAX_LISTS];
    size_t nlists;
} loader;

__attribute__((format(printf, 4, 5)))
static void report(loader *L, int line, rules_result code, const char *fmt, ...)
{
    if (L->first == RULES_OK) L->first = code;
    if (L->stop) return;
    char msg[600];
    if (++L->ndiag > RULES_MAX_DIAGS_PER_FILE) {
        L->stop = 1;
        snprintf(msg, sizeof msg, "too many errors, rest of file ignored");
    } else {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
    }
    if (L->diag) L->diag(L->ud, L->file, line, msg);
}

static void rule_clear(rules_rule *r)
{
    free(r->title); free(r->category); free(r->basis);
    free(r->start_bits);
    rules_kwset_clear(&r->kw);
    free(r->pairs.v);
    for (int i = 0; i < r->n_re; i++) pcre2_code_free(r->re[i]);
    pcre2_code_free(r->allow); pcre2_code_free(r->allow_near);
    pcre2_code_free(r->negate); pcre2_code_free(r->allow_sentence);
    memset(r, 0, sizeof *r);
}

static void pending_clear(pending *p)
{
    rule_clear(&p->r);
    for (int i = 0; i < N_LISTS; i++) {
        for (size_t j = 0; j < p->lists[i].n; j++) free(p->lists[i].v[j].s);
        free(p->lists[i].v);
    }
    memset(p, 0, sizeof *p);
}

static int valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t l = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (l == 0 || i + l > n || (l == 2 && c < 0xC2)) return 0;
        for (size_t k = 1; k < l; k++)
            if ((s[i + k] & 0xC0) != 0x80) return 0;
        i += l;
    }
    return 1;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = '\0';
    return s;
}

static int valid_code(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 31 || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_')) return 0;
    return 1;
}

static int parse_bool(const char *v, int *out)
{
    if (!strcmp(v, "yes") || !strcmp(v, "true") || !strcmp(v, "1")) { *out = 1; return 1; }
    if (!strcmp(v, "no") || !strcmp(v, "false") || !strcmp(v, "0")) { *out = 0; return 1; }
    return 0;
}

static int parse_scope(const char *v, int *out)
{
    int s = 0;
    const char *p = v;
    while (*p) {
        while (*p == ' ' || *p == ',') p++;
        size_t n = strcspn(p, " ,");
        if (n == 4 && !strncmp(p, "text", 4)) s |= RULES_SCOPE_TEXT;
        else if (n == 5 && !strncmp(p, "title", 5)) s |= RULES_SCOPE_TITLE;
        else if (n) return 0;
        p += n;
    }
    *out = s;
    return s != 0;
}

static void sev_kind_value(loader *L, pending *p, int key, const char *v, int line)
{
    if (key == K_SEVERITY) {
        static const char *const sev[] = { "high", "medium", "low" };
        for (int i = 0; i < 3; i++)
            if (!strcmp(v, sev[i])) { p->r.severity = sev[i]; return; }
        report(L, line, RULES_ESYNTAX, "bad severity '%s' (high, medium or low)", v);
    } else {
        for (int i = 0; i < RK_COUNT; i++)
            if (!strcmp(v, rules_kind_names[i])) { p->r.kind = (rules_kind)i; return; }
        report(L, line, RULES_ESYNTAX, "unknown kind '%s'", v);
    }
    p->errors++;
}

/* Store the value of a single-valued key; v is trimmed and non-empty. */
static void set_single(loader *L, pending *p, int key, const char *v, int line)
{
    int ok = 1;
    if (!p)
        return;
    char **dst = key == K_TITLE ? &p->r.title : key == K_CATEGORY ? &p->r.category
               : key == K_BASIS ? &p->r.basis : NULL;
    if (dst) {
        *dst = strdup(v);
        if (!*dst) { report(L, line, RULES_ENOMEM, "out of memory"); p->errors++; }
        return;
    }
    switch (key) {
    case K_SEVERITY: case K_KIND: sev_kind_value(L, p, key, v, line); return;
    case K_SCOPE: ok = parse_scope(v, &p->r.scope); break;
    case K_HOME_ONLY: ok = parse_bool(v, &p->r.home_only); break;
    case K_ENABLED: ok = parse_bool(v, &p->r.enabled); break;
    case K_AUTHORITY:
        ok = strcmp(v, "market") == 0 || strcmp(v, "telecom") == 0;
        if (ok) p->r.authority = strcmp(v, "market") == 0 ? "market" : "telecom";
        break;
    default: { /* near, negate_window: a count of characters */
        char *end;
        long max = key == K_NEAR ? RULES_MAX_NEAR : RULES_MAX_NEGATE_WINDOW;
        errno = 0;
        long n = strtol(v, &end, 10);
        ok = !errno && *end == '\0' && n >= 0 && n <= max;
        if (ok && key == K_NEAR) p->r.near = (int)n;
        else if (ok) p->r.negate_window = (int)n;
    }
    }
    if (!ok) {
        static const char *const want[] = { [K_SCOPE] = "text, title or text,title",
            [K_HOME_ONLY] = "yes or no", [K_ENABLED] = "yes or no", [K_NEAR] = "0..200",
            [K_AUTHORITY] = "market or telecom", [K_NEGATE_WINDOW] = "0..50" };
        report(L, line, RULES_ESYNTAX, "bad value '%s' for '%s' (%s)", v, key_names[key], want[key]);
        p->errors++;
    }
}

static const named_list *find_list(const loader *L, const char *name, size_t n)
{
    for (size_t i = 0; i < L->nlists; i++)
        if (strlen(L->lists[i].name) == n && !memcmp(L->lists[i].name, name, n)) return &L->lists[i];
    return NULL;
}

/* v with every {@NAME} replaced by that list's alternation (caller frees),
 * or NULL after a report.  A list must be defined before its first use: in
 * an earlier file or above in the same one. */
static char *expand_lists(loader *L, const char *v, int line)
{
    size_t cap = strlen(v) + 1, w = 0;
    char *out = malloc(cap);
    const char *err = out ? NULL : "out of memory";
    while (!err && *v) {
        const char *add = v;
        size_t n = 1;
        if (v[0] == '{' && v[1] == '@') {
            const char *end = strchr(v, '}');
            const named_list *nl = end ? find_list(L, v + 2, (size_t)(end - v - 2)) : NULL;
            if (!end) { err = "unterminated list reference '{@' (write {@NAME})"; break; }
            if (!nl) {
                report(L, line, RULES_ESYNTAX, "unknown list '@%.*s' (define [@NAME] above its first use "
                       "or in an earlier file)", (int)(end - v - 2), v + 2);
                free(out);
                return NULL;
            }
            add = nl->alt;
            n = strlen(nl->alt);
            v = end + 1;
        } else {
            v++;
        }
        if (w + n + 1 > RULES_MAX_EXPANDED) { err = "pattern too long after list expansion"; break; }
        if (w + n + 1 > cap) {
            char *nb = realloc(out, cap = (w + n + 1) * 2);
            if (!nb) { err = "out of memory"; break; }
            out = nb;
        }
        memcpy(out + w, add, n);
        w += n;
    }
    if (err) {
        report(L, line, strcmp(err, "out of memory") ? RULES_ESYNTAX : RULES_ENOMEM, "%s", err);
        free(out);
        return NULL;
    }
    out[w] = '\0';
    return out;
}

static void add_pattern(loader *L, pending *p, int key, const char *v, int line)
{
    plist *l = &p->lists[key == K_ITEM ? 0 : key - K_PATTERN];
    size_t total = 0;
    for (int i = 0; i < N_LISTS; i++) total += p->lists[i].n;
    size_t len = strlen(v);
    const char *err = NULL;
    if (total >= RULES_MAX_PATTERNS) err = "too many patterns in one rule";
    else if (len > RULES_MAX_PATTERN_LEN) err = "pattern too long";
    char *x = err ? NULL : expand_lists(L, v, line);
    if (!err && !x) { p->errors++; return; }
    len = x ? strlen(x) : 0;
    if (!err && p->pattern_bytes + len > RULES_MAX_RULE_BYTES) err = "patterns of this rule too large in total";
    if (err) {
        report(L, line, RULES_ESYNTAX, "%s (limits: %d patterns, %d bytes each, %u in all)", err,
               RULES_MAX_PATTERNS, RULES_MAX_PATTERN_LEN, RULES_MAX_RULE_BYTES);
        p->errors++;
        free(x);
        return;
    }
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 8;
        pline *nv = realloc(l->v, nc * sizeof *nv);
        if (!nv) { report(L, line, RULES_ENOMEM, "out of memory"); p->errors++; free(x); return; }
        l->v = nv;
        l->cap = nc;
    }
    l->v[l->n].s = x;
    l->v[l->n++].line = line;
    p->pattern_bytes += len;
}

static void key_line(loader *L, pending *p, char *s, int line)
{
    char *eq = strchr(s, '=');
    if (!eq) {
        report(L, line, RULES_ESYNTAX, "expected 'key = value' or '[RULE_CODE]'");
        return;
    }
    *eq = '\0';
    char *k = trim(s), *v = trim(eq + 1);
    if (!p) {
        report(L, line, RULES_ESYNTAX, "'%s' outside any [RULE_CODE] section", k);
        return;
    }
    int key = -1;
    for (int i = 0; i < K_COUNT; i++)
        if (!strcmp(k, key_names[i])) key = i;
    if (key < 0) {
        report(L, line, RULES_ESYNTAX, "unknown key '%s'", k);
        p->errors++;
    } else if (p->is_list != (key == K_ITEM)) {
        report(L, line, RULES_ESYNTAX, p->is_list ? "'%s' in list @%s: a [@LIST] section holds only 'item' lines"
               : "'%s' outside a [@LIST] section (rule %s)", k, p->r.code);
        p->errors++;
    } else if (*v == '\0') {
        report(L, line, RULES_ESYNTAX, "empty value for '%s'", k);
        p->errors++;
    } else if (key >= K_PATTERN) {
        add_pattern(L, p, key, v, line);
    } else if (p->seen[key]) {
        report(L, line, RULES_ESYNTAX, "duplicate key '%s' (first at line %d)", k, p->seen[key]);
        p->errors++;
    } else {
        p->seen[key] = line;
        set_single(L, p, key, v, line);
    }
}

/* Compile one pattern alone so that an error names its line and offset. */
static int check_one(loader *L, pending *p, const pline *pl)
{
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pl->s, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_CASELESS | PCRE2_NEVER_BACKSLASH_C,
                                   &errcode, &erroff, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        report(L, pl->line, RULES_EPATTERN, "pattern does not compile: %s at offset %zu",
               (const char *)msg, (size_t)erroff);
        p->errors++;
        return 0;
    }
    uint32_t backref = 0, minlen = 0;
    pcre2_pattern_info(re, PCRE2_INFO_BACKREFMAX, &backref);
    pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &minlen);
    pcre2_code_free(re);
    const char *err = backref ? "back-references are not supported (patterns are joined)"
                    : minlen == 0 ? "pattern can match the empty string" : NULL;
    if (err) {
        report(L, pl->line, RULES_EPATTERN, "%s", err);
        p->errors++;
        return 0;
    }
    return 1;
}

/* Join the list into one alternation, compiled once (JIT when available).
 * opts adds compile options (PCRE2_ANCHORED for prefiltered rules). */
/* "(?:p1)|(?:p2)|..." after checking each pattern alone (caller frees),
 * or NULL after a report. */
static char *join_list(loader *L, pending *p, const plist *l, size_t *len)
{
    size_t need = 1;
    int ok = 1;
    for (size_t i = 0; i < l->n; i++) {
        ok &= check_one(L, p, &l->v[i]);
        need += strlen(l->v[i].s) + 6;
    }
    if (!ok) return NULL;
    char *s = malloc(need);
    if (!s) { report(L, p->line, RULES_ENOMEM, "out of memory"); p->errors++; return NULL; }
    size_t w = 0;
    for (size_t i = 0; i < l->n; i++) {
        size_t n = strlen(l->v[i].s);
        if (i) s[w++] = '|';
        memcpy(s + w, "(?:", 3);
        memcpy(s + w + 3, l->v[i].s, n);
        s[w + 3 + n] = ')';
        w += n + 4;
    }
    s[w] = '\0';
    *len = w;
    return s;
}

static pcre2_code *compile_joined(loader *L, pending *p, const plist *l, uint32_t opts, int *errcode)
{
    size_t w = 0;
    char *s = l->n ? join_list(L, p, l, &w) : NULL;
    *errcode = 0;
    if (!s) return NULL;
    PCRE2_SIZE erroff;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)s, w,
                                   PCRE2_UTF | PCRE2_CASELESS | PCRE2_NEVER_BACKSLASH_C | opts,
                                   errcode, &erroff, NULL);
    free(s);
    if (re) (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* interpreter when JIT is unavailable */
    return re;
}

static void report_joined(loader *L, pending *p, const plist *l, int errcode)
{
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(errcode, msg, sizeof msg);
    report(L, l->v[0].line, RULES_EPATTERN, "patterns do not combine into one alternation: %s",
           (const char *)msg);
    p->errors++;
}

static pcre2_code *compile_list(loader *L, pending *p, const plist *l, uint32_t opts)
{
    int errcode;
    pcre2_code *re = compile_joined(L, p, l, opts, &errcode);
    if (!re && errcode) report_joined(L, p, l, errcode);
    return re;
}

/* The rule's patterns l into p->r.re[]: one alternation, or, when PCRE2
 * finds it too large, its two halves, each split again as needed (the
 * order of the list kept), up to RULES_RE_PARTS parts. */
static void compile_parts(loader *L, pending *p, const plist *l, uint32_t opts)
{
    int errcode;
    pcre2_code *re = compile_joined(L, p, l, opts, &errcode);
    if (re) {
        if (p->r.n_re < RULES_RE_PARTS) { p->r.re[p->r.n_re++] = re; return; }
        pcre2_code_free(re);
        report(L, l->v[0].line, RULES_EPATTERN,
               "the rule's patterns need more than %d compiled parts: split the rule", RULES_RE_PARTS);
        p->errors++;
        return;
    }
    if (!errcode) return; /* reported by join_list */
    if (errcode != PCRE2_ERROR_PATTERN_TOO_LARGE || l->n < 2) { report_joined(L, p, l, errcode); return; }
    plist a = { l->v, l->n / 2, 0 }, b = { l->v + l->n / 2, l->n - l->n / 2, 0 };
    compile_parts(L, p, &a, opts);
    if (!p->errors) compile_parts(L, p, &b, opts);
}

static void check_section(loader *L, pending *p)
{
    static const int required[] = { K_TITLE, K_SEVERITY, K_CATEGORY, K_BASIS, K_KIND };
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
        if (!p->seen[required[i]]) {
            report(L, p->line, RULES_ESYNTAX, "rule %s: missing '%s'", p->r.code, key_names[required[i]]);
            p->errors++;
        }
    if (!p->seen[K_KIND]) return;
    int is_pattern = p->r.kind == RK_PATTERN || p->r.kind == RK_HONOUR; /* honour: patterns too */
    if (p->r.kind == RK_PATTERN && p->lists[0].n == 0) {
        report(L, p->line, RULES_ESYNTAX, "rule %s: kind = pattern needs at least one 'pattern'", p->r.code);
        p->errors++;
    }
    if (p->seen[K_NEGATE_WINDOW] && p->lists[K_NEGATE - K_PATTERN].n == 0) {
        report(L, p->seen[K_NEGATE_WINDOW], RULES_ESYNTAX, "'negate_window' without any 'negate' cue");
        p->errors++;
    }
    for (int i = 0; i < N_LISTS && !is_pattern; i++)
        if (p->lists[i].n) {
            report(L, p->lists[i].v[0].line, RULES_ESYNTAX, "'%s' is only valid with kind = pattern",
                   key_names[K_PATTERN + i]);
            p->errors++;
        }
    if (p->seen[K_HOME_ONLY] && p->r.kind != RK_LICENSE_MISSING && p->r.kind != RK_ICP_MISSING) {
        report(L, p->seen[K_HOME_ONLY], RULES_ESYNTAX, "'home_only' is only valid with kind = "
               "license_missing or icp_missing");
        p->errors++;
    }
}

/* Keywords are normalised like page text, so 高倣 or Ａ貨 work as written.
 * Returns the normalised keyword (caller frees) or NULL after a report. */
static char *norm_keyword(loader *L, pending *p, const pline *pl, size_t *n)
{
    char *out = NULL;
    size_t *map = NULL;
    if (rules_norm(L->book->t2s, pl->s, strlen(pl->s), &out, n, &map) != RULES_OK) {
        report(L, pl->line, RULES_ENOMEM, "out of memory");
        p->errors++;
        return NULL;
    }
    free(map);
    if (*n == 0 || strchr(out, '\\')) {
        report(L, pl->line, RULES_EPATTERN, "keyword is empty or has a backslash after normalisation");
        p->errors++;
        free(out);
        return NULL;
    }
    return out;
}

static void add_keyword(loader *L, pending *p, const pline *pl)
{
    size_t n;
    char *kw = norm_keyword(L, p, pl, &n);
    if (kw && rules_kwset_add(&p->r.kw, kw, n) != 0) {
        report(L, pl->line, RULES_ENOMEM, "out of memory");
        p->errors++;
        free(kw);
    }
}

/* Unprefiltered rule: keywords join the regex quoted (\Q...\E), normalised
 * all the same.  Entries of *out borrow or own (owned[i]) their strings. */
static int quote_keywords(loader *L, pending *p, const plist *all, plist *out, char **owned)
{
    for (size_t i = 0; i < all->n; i++) {
        out->v[out->n] = all->v[i];
        owned[i] = NULL;
        if (rules_is_keyword(all->v[i].s)) {
            size_t n;
            char *kw = norm_keyword(L, p, &all->v[i], &n);
            if (!kw) return -1;
            owned[i] = malloc(n + 5);
            if (!owned[i]) { free(kw); return -1; }
            memcpy(owned[i], "\\Q", 2);
            memcpy(owned[i] + 2, kw, n);
            memcpy(owned[i] + 2 + n, "\\E", 3);
            free(kw);
            out->v[out->n].s = owned[i];
        }
        out->n++;
    }
    return 0;
}

static void compile_unfiltered(loader *L, pending *p)
{
    const plist *all = &p->lists[0];
    plist q = { malloc(all->n * sizeof(pline)), 0, all->n };
    char **owned = calloc(all->n, sizeof *owned);
    if (q.v && owned && quote_keywords(L, p, all, &q, owned) == 0)
        compile_parts(L, p, &q, 0);
    else if (!q.v || !owned) {
        report(L, p->line, RULES_ENOMEM, "out of memory");
        p->errors++;
    }
    for (size_t i = 0; owned && i < all->n; i++) free(owned[i]);
    free(owned);
    free(q.v);
}

static int pairs_push(rules_pairs *p, uint64_t k)
{
    if (p->n == p->cap) {
        size_t nc = p->cap ? p->cap * 2 : 16;
        uint64_t *nv = realloc(p->v, nc * sizeof *nv);
        if (!nv) return -1;
        p->v = nv;
        p->cap = nc;
    }
    p->v[p->n++] = k;
    return 0;
}

/* The first two characters of the regex pattern's matches into out; when
 * rules_pair_set cannot tell, every first character with any second.
 * 0, or -1 (out of memory, or no first characters either). */
static int pattern_pairs(const char *pattern, rules_pairs *out)
{
    if (rules_pair_set(pattern, out) == 0) return 0;
    uint8_t *bits = calloc(65536 / 8, 1);
    int astral = 0, rc = bits && rules_first_set(pattern, bits, &astral) == 0 ? 0 : -1;
    for (uint32_t c = 0; rc == 0 && c < 65536; c++)
        if ((bits[c >> 3] >> (c & 7)) & 1) rc = pairs_push(out, ((uint64_t)c << 21) | RULES_PAIR_ANY);
    free(bits); /* astral first characters: the rule's start_astral covers them */
    return rc;
}

/* The keywords' first two characters (a one-character keyword: any second). */
static int keyword_pairs(rules_rule *r)
{
    for (size_t i = 0; i < r->kw.n; i++) {
        uint64_t k = r->kw.v[i].key;
        if ((k & 0x1FFFFF) == 0) k |= RULES_PAIR_ANY;
        if (pairs_push(&r->pairs, k) != 0) return -1;
    }
    return 0;
}

/* Compile the rule's patterns.  When every regex pattern's first characters
 * are known, the rule is prefiltered (see prefilter.c): keywords go to a hash
 * set and the rest into one anchored alternation.  Otherwise everything goes
 * into one unanchored alternation. */
static void compile_patterns(loader *L, pending *p)
{
    const plist *all = &p->lists[0];
    uint8_t *bits = calloc(65536 / 8, 1);
    int astral = 0, ok = bits != NULL;
    plist re = { NULL, 0, 0 };
    if (ok) re.v = malloc((all->n ? all->n : 1) * sizeof *re.v);
    ok = ok && re.v;
    for (size_t i = 0; ok && i < all->n; i++) {
        if (rules_is_keyword(all->v[i].s)) continue;
        if (rules_first_set(all->v[i].s, bits, &astral) != 0) ok = 0;
        else if (pattern_pairs(all->v[i].s, &p->r.pairs) != 0) ok = 0;
        re.v[re.n++] = all->v[i];
    }
    if (!ok) {
        free(bits);
        free(re.v);
        free(p->r.pairs.v);
        memset(&p->r.pairs, 0, sizeof p->r.pairs);
        compile_unfiltered(L, p);
        return;
    }
    for (size_t i = 0; i < all->n; i++)
        if (rules_is_keyword(all->v[i].s)) add_keyword(L, p, &all->v[i]);
    if (re.n) compile_parts(L, p, &re, PCRE2_ANCHORED);
    free(re.v);
    if (rules_kwset_build(&p->r.kw, bits, &astral) != 0 || keyword_pairs(&p->r) != 0) {
        report(L, p->line, RULES_ENOMEM, "out of memory");
        p->errors++;
    }
    p->r.start_bits = bits;
    p->r.start_astral = astral;
}

/* A [@NAME] section: check each item alone, keep the joined alternation. */
static void finish_list(loader *L, pending *p)
{
    size_t n = 0;
    char *alt = NULL;
    if (p->lists[0].n == 0) {
        report(L, p->line, RULES_ESYNTAX, "list @%s has no 'item'", p->r.code);
        p->errors++;
    }
    char *j = p->lists[0].n ? join_list(L, p, &p->lists[0], &n) : NULL; /* reports each bad item */
    if (j && (alt = malloc(n + 6)) != NULL) snprintf(alt, n + 6, "(?:%s)", j);
    else if (j) report(L, p->line, RULES_ENOMEM, "out of memory");
    free(j);
    if (alt && p->errors == 0 && L->nlists < RULES_MAX_LISTS) {
        memcpy(L->lists[L->nlists].name, p->r.code, sizeof p->r.code);
        L->lists[L->nlists++].alt = alt;
    } else {
        free(alt);
    }
    pending_clear(p);
}

/* Validate, compile and move the pending rule into the book. */
static void finish_section(loader *L, pending *p)
{
    if (p->bad) { pending_clear(p); return; }
    if (p->is_list) { finish_list(L, p); return; }
    check_section(L, p);
    if ((p->r.kind == RK_PATTERN || p->r.kind == RK_HONOUR) && p->lists[0].n) compile_patterns(L, p);
    p->r.allow = compile_list(L, p, &p->lists[1], 0);
    p->r.allow_near = compile_list(L, p, &p->lists[2], 0);
    p->r.negate = compile_list(L, p, &p->lists[K_NEGATE - K_PATTERN], 0);
    p->r.allow_sentence = compile_list(L, p, &p->lists[K_ALLOW_SENTENCE - K_PATTERN], 0);
    if (p->errors == 0 && L->book->n < L->cap) {
        size_t i = L->book->n++;
        L->book->v[i] = p->r;
        memset(&p->r, 0, sizeof p->r);
        L->defs[i].file = strdup(L->file);
        L->defs[i].line = p->line;
    }
    pending_clear(p);
}

/* [@NAME]: a named list of patterns (NAME spelled like a rule code). */
static void begin_list(loader *L, pending *p, const char *name, int line)
{
    p->is_list = 1; /* even when bad: its item lines are not rule keys */
    if (!valid_code(name)) {
        report(L, line, RULES_ESYNTAX,
               "bad list name '@%s' (A-Z, 0-9 and _, at most 31, starting with a letter)", name);
        return;
    }
    if (find_list(L, name, strlen(name))) {
        report(L, line, RULES_ESYNTAX, "duplicate list @%s", name);
        return;
    }
    if (L->nlists >= RULES_MAX_LISTS) {
        report(L, line, RULES_ESYNTAX, "too many lists (at most %d)", RULES_MAX_LISTS);
        return;
    }
    memcpy(p->r.code, name, strlen(name) + 1);
    p->bad = 0;
}

static void begin_section(loader *L, pending *p, char *s, int line)
{
    char *end = strchr(s, ']');
    memset(p, 0, sizeof *p);
    p->line = line;
    p->bad = 1;
    if (!end || *trim(end + 1) != '\0') {
        report(L, line, RULES_ESYNTAX, "malformed section header (expected [RULE_CODE])");
        return;
    }
    *end = '\0';
    char *code = trim(s + 1);
    if (*code == '@') { begin_list(L, p, code + 1, line); return; }
    if (!valid_code(code)) {
        report(L, line, RULES_ESYNTAX,
               "bad rule code '%s' (A-Z, 0-9 and _, at most 31, starting with a letter)", code);
        return;
    }
    for (size_t i = 0; i < L->book->n; i++)
        if (!strcmp(L->book->v[i].code, code)) {
            report(L, line, RULES_ESYNTAX, "duplicate rule code %s (first defined at %s:%d)", code,
                   L->defs[i].file ? L->defs[i].file : "?", L->defs[i].line);
            return;
        }
    if (L->book->n >= L->cap) {
        report(L, line, RULES_ESYNTAX, "too many rules (at most %d)", RULES_MAX_RULES);
        return;
    }
    memcpy(p->r.code, code, strlen(code) + 1);
    p->r.scope = RULES_SCOPE_TEXT;
    p->r.home_only = 1;
    p->r.enabled = 1;
    p->r.authority = "market";
    p->r.near = 30;
    p->r.negate_window = 8;
    p->bad = 0;
}

/* Parse one file's bytes. */
static void parse_buf(loader *L, char *buf, size_t len)
{
    pending cur;
    int in_section = 0, sections = 0, line = 0;
    size_t pos = 0;
    memset(&cur, 0, sizeof cur);
    if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) pos = 3;
    while (pos < len && !L->stop) {
        char *s = buf + pos;
        char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + 1;
        line++;
        if (n && s[n - 1] == '\r') n--;
        if (n > RULES_MAX_LINE) {
            report(L, line, RULES_ESYNTAX, "line too long (%zu bytes, at most %d)", n, RULES_MAX_LINE);
            continue;
        }
        if (memchr(s, '\0', n)) { report(L, line, RULES_ESYNTAX, "NUL byte: not a text file"); continue; }
        if (!valid_utf8((unsigned char *)s, n)) { report(L, line, RULES_ESYNTAX, "invalid UTF-8"); continue; }
        s[n] = '\0';
        char *t = trim(s);
        if (*t == '\0' || *t == ';' || *t == '#') continue;
        if (*t == '[') {
            if (in_section) finish_section(L, &cur);
            begin_section(L, &cur, t, line);
            in_section = 1;
            sections++;
            continue;
        }
        key_line(L, in_section ? &cur : NULL, t, line);
    }
    if (in_section) finish_section(L, &cur);
    pending_clear(&cur);
    if (sections == 0 && !L->stop)
        report(L, line ? line : 1, RULES_ESYNTAX, "no [RULE_CODE] section in file");
}

/* The rulebook's digest is the SHA-256 of what `sha256sum` prints for its
 * files in byte order of their names ("HEX  NAME\n" each), then reader.model
 * when the book has one, so that an investigator can reproduce it with
 * `LC_ALL=C sha256sum *.ini | sha256sum` (no reader) or
 * `LC_ALL=C sha256sum *.ini reader.model | sha256sum`. */
static void add_to_digest(loader *L, const char *path, const char *buf, size_t len)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    char line[2 * EVP_MAX_MD_SIZE + 512];
    size_t n = 0;
    const char *base = strrchr(path, '/');
    if (!L->sum || !EVP_Digest(buf, len, md, &mdlen, EVP_sha256(), NULL)) {
        L->first = L->first == RULES_OK ? RULES_ENOMEM : L->first;
        return;
    }
    for (unsigned int i = 0; i < mdlen; i++)
        n += (size_t)snprintf(line + n, sizeof line - n, "%02x", md[i]);
    n += (size_t)snprintf(line + n, sizeof line - n, "  %s\n", base ? base + 1 : path);
    if (n >= sizeof line || !EVP_DigestUpdate(L->sum, line, n))
        L->first = L->first == RULES_OK ? RULES_ENOMEM : L->first;
}

/* The first line of dir/VERSION (printable ASCII, at most 63 bytes), or
 * "unversioned" when the directory declares none. */
static void read_version(rules_book *b, const char *dir)
{
    char path[4096], line[128] = "";
    snprintf(b->version, sizeof b->version, "unversioned");
    snprintf(path, sizeof path, "%s/VERSION", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    if (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        int ok = n > 0 && n < sizeof b->version;
        for (size_t i = 0; ok && i < n; i++)
            ok = line[i] > 0x20 && line[i] < 0x7f;
        if (ok)
            memcpy(b->version, line, n + 1);
    }
    fclose(f);
}

static int finish_digest(loader *L, rules_book *b)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (!EVP_DigestFinal_ex(L->sum, md, &mdlen) || mdlen != 32)
        return -1;
    for (unsigned int i = 0; i < mdlen; i++)
        snprintf(b->sha256 + 2 * i, 3, "%02x", md[i]);
    return 0;
}

/* The whole of a regular file at path, NUL-terminated, in *len bytes (the
 * caller frees it), or NULL after reporting why at line 0 of L->file.  When
 * absent_ok, a file that does not exist is no error and is not reported. */
static char *read_whole(loader *L, const char *path, unsigned max, int absent_ok, size_t *len)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f) {
        if (!absent_ok || errno != ENOENT) report(L, 0, RULES_EIO, "cannot read: %s", strerror(errno));
        return NULL;
    }
    const char *why = NULL;
    if (fstat(fileno(f), &st) != 0) why = strerror(errno);
    else if (!S_ISREG(st.st_mode)) why = "not a regular file";
    if (why) {
        report(L, 0, RULES_EIO, "cannot read: %s", why);
        fclose(f);
        return NULL;
    }
    if (st.st_size > (off_t)max) {
        report(L, 0, RULES_ESYNTAX, "file too large (%lld bytes, at most %u)", (long long)st.st_size, max);
        fclose(f);
        return NULL;
    }
    char *buf = malloc((size_t)st.st_size + 1);
    size_t got = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
    int err = ferror(f);
    fclose(f);
    if (!buf || err) {
        report(L, 0, buf ? RULES_EIO : RULES_ENOMEM, buf ? "read error" : "out of memory");
        free(buf);
        return NULL;
    }
    buf[got] = '\0';
    *len = got;
    return buf;
}

static void load_file(loader *L, const char *path)
{
    L->file = path;
    L->ndiag = 0;
    L->stop = 0;
    size_t got;
    char *buf = read_whole(L, path, RULES_MAX_FILE_BYTES, 0, &got);
    if (!buf) return;
    add_to_digest(L, path, buf, got);
    parse_buf(L, buf, got);
    free(buf);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the *.ini files in dir (caller frees each and the array). */
static rules_result list_dir(loader *L, const char *dir, char ***names, size_t *n)
{
    *names = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) {
        L->file = dir;
        report(L, 0, RULES_EIO, "cannot open rule directory: %s", strerror(errno));
        return RULES_EIO;
    }
    char **v = calloc(RULES_MAX_FILES, sizeof *v);
    size_t c = 0;
    struct dirent *e;
    rules_result result = v ? RULES_OK : RULES_ENOMEM;
    while (result == RULES_OK && (e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' || l < 5 || strcmp(e->d_name + l - 4, ".ini")) continue;
        if (c == RULES_MAX_FILES) {
            L->file = dir;
            report(L, 0, RULES_ESYNTAX, "more than %d rule files", RULES_MAX_FILES);
            break;
        }
        size_t dl = strlen(dir);
        v[c] = malloc(dl + l + 2);
        if (!v[c]) { result = RULES_ENOMEM; break; }
        memcpy(v[c], dir, dl);
        v[c][dl] = '/';
        memcpy(v[c] + dl + 1, e->d_name, l + 1);
        c++;
    }
    closedir(d);
    if (c > 1)
        qsort(v, c, sizeof *v, cmp_str);
    *names = v;
    *n = c;
    return result;
}

/* The model's problem, reported as the rule files' are. */
static void model_diag(void *ud, const char *file, int line, const char *msg)
{
    loader *L = ud;
    L->file = file;
    report(L, line, RULES_ESYNTAX, "%s", msg);
}

/* The model file at path, when there is one: its bytes join the digest
 * (after every *.ini) and it becomes book->reader.  No file: no reader. */
static void load_model(loader *L, const char *path)
{
    L->file = path;
    L->ndiag = 0;
    L->stop = 0;
    size_t got;
    char *buf = read_whole(L, path, READER_MAX_FILE_BYTES, 1, &got);
    if (!buf) return;
    add_to_digest(L, path, buf, got);
    reader_result r = reader_parse(path, buf, got, model_diag, L, &L->book->reader);
    free(buf);
    if (r == READER_ENOMEM && L->first == RULES_OK) L->first = RULES_ENOMEM;
    else if (r != READER_OK && L->first == RULES_OK) L->first = RULES_ESYNTAX;
}

/* dir/reader.model (load_model); L->file is left naming dir, not the
 * path on this stack. */
static void load_reader(loader *L, const char *dir)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/reader.model", dir) >= sizeof path) {
        L->file = dir;
        report(L, 0, RULES_EIO, "directory name too long for reader.model");
        return;
    }
    load_model(L, path);
    L->file = dir;
}

void rules_free(rules_book *book)
{
    if (!book) return;
    reader_free(book->reader);
    for (size_t i = 0; i < book->n; i++) rule_clear(&book->v[i]);
    free(book->v);
    free(book->t2s);
    free(book->cand_bits);
    free(book->first_idx);
    free(book->first);
    free(book->pair_key);
    free(book->pair_rules);
    free(book);
}

/* OpenCC is opened once per rulebook, only to build the t2s table; or
 * the table is copied from norm, which built it already. */
static rules_result open_converter(loader *L, rules_book *b, const char *dir,
                                   const rules_normaliser *norm)
{
    if (norm) {
        b->t2s = rules_normaliser_table(norm);
        return b->t2s ? RULES_OK : (L->first = RULES_ENOMEM);
    }
    void *cc = rules_cc_open();
    b->t2s = cc ? rules_t2s_table(cc) : NULL;
    rules_cc_close(cc);
    if (!b->t2s) {
        L->file = dir;
        report(L, 0, RULES_EIO, "cannot build the t2s table from OpenCC configuration t2s.json");
        return RULES_EIO;
    }
    return RULES_OK;
}

/* Add pair k of the rule with mask bit to the book's two-character filter. */
static int filter_add(rules_book *b, uint64_t k, uint64_t bit)
{
    uint32_t c1 = (uint32_t)(k >> 21), c2 = (uint32_t)(k & 0x1FFFFF);
    if (c1 > 0xFFFF) { b->astral_rules |= bit; return 0; }
    if (!b->first_idx[c1]) {
        if (b->n_first == 65535) return -1; /* cannot happen: U+0000 starts no match (no pattern holds it) */
        b->first_idx[c1] = (uint16_t)++b->n_first;
    }
    rules_first *f = &b->first[b->first_idx[c1] - 1];
    f->rules |= bit;
    if (c2 == RULES_PAIR_ANY) { f->any |= bit; return 0; }
    size_t h = rules_pair_slot(k, b->pair_mask);
    while (b->pair_key[h] && b->pair_key[h] != (k | RULES_PAIR_USED)) h = (h + 1) & b->pair_mask;
    b->pair_key[h] = k | RULES_PAIR_USED;
    b->pair_rules[h] |= bit;
    return 0;
}

/* Union of the prefiltered rules' start characters: positions worth a look;
 * and the two-character filter of the first RULES_MAX_MASKED of them. */
static rules_result candidate_bits(rules_book *b)
{
    size_t pairs = 0;
    int masked = 0;
    b->cand_bits = calloc(65536 / 8, 1);
    b->first_idx = calloc(65536, sizeof *b->first_idx);
    b->first = calloc(65536, sizeof *b->first);
    if (!b->cand_bits || !b->first_idx || !b->first) return RULES_ENOMEM;
    b->all_masked = 1;
    for (size_t i = 0; i < b->n; i++) {
        rules_rule *r = &b->v[i];
        r->cand_bit = -1;
        if (!r->start_bits || !r->enabled) continue; /* a disabled rule never runs */
        for (size_t k = 0; k < 65536 / 8; k++) b->cand_bits[k] |= r->start_bits[k];
        b->cand_astral |= r->start_astral;
        if (masked < RULES_MAX_MASKED) { r->cand_bit = masked++; pairs += r->pairs.n; }
        else b->all_masked = 0;
    }
    size_t size = 16;
    while (size < pairs * 2) size *= 2;
    b->pair_key = calloc(size, sizeof *b->pair_key);
    b->pair_rules = calloc(size, sizeof *b->pair_rules);
    if (!b->pair_key || !b->pair_rules) return RULES_ENOMEM;
    b->pair_mask = size - 1;
    for (size_t i = 0; i < b->n; i++) {
        rules_rule *r = &b->v[i];
        if (r->cand_bit < 0) continue;
        uint64_t bit = 1ull << r->cand_bit;
        if (r->start_astral) b->astral_rules |= bit;
        for (size_t k = 0; k < r->pairs.n; k++)
            if (filter_add(b, r->pairs.v[k], bit) != 0) return RULES_ENOMEM;
        free(r->pairs.v); /* no longer needed */
        memset(&r->pairs, 0, sizeof r->pairs);
    }
    rules_first *f = realloc(b->first, (b->n_first ? b->n_first : 1) * sizeof *f);
    if (f) b->first = f;
    return RULES_OK;
}

rules_result rules_load(const char *dir, rules_diag_fn diag, void *ud, rules_book **out)
{
    return rules_load_opts(dir, NULL, diag, ud, out);
}

rules_result rules_load_with(const char *dir, const rules_normaliser *norm, rules_diag_fn diag,
                             void *ud, rules_book **out)
{
    rules_load_options o = { .norm = norm, .no_reader = 0 };
    return rules_load_opts(dir, &o, diag, ud, out);
}

rules_result rules_load_opts(const char *dir, const rules_load_options *opts, rules_diag_fn diag,
                             void *ud, rules_book **out)
{
    const rules_normaliser *norm = opts ? opts->norm : NULL;
    if (!dir || !out) return RULES_EINVAL;
    *out = NULL;
    loader L;
    memset(&L, 0, sizeof L);
    L.diag = diag;
    L.ud = ud;
    L.cap = RULES_MAX_RULES;
    L.book = calloc(1, sizeof *L.book);
    L.defs = calloc(L.cap, sizeof *L.defs);
    L.sum = EVP_MD_CTX_new();
    if (L.sum && !EVP_DigestInit_ex(L.sum, EVP_sha256(), NULL)) {
        EVP_MD_CTX_free(L.sum);
        L.sum = NULL;
    }
    if (L.book) L.book->v = calloc(L.cap, sizeof *L.book->v);
    char **names = NULL;
    size_t n = 0;
    /* the converter comes first: keywords are normalised while loading */
    if (!L.book || !L.defs || !L.book->v) L.first = RULES_ENOMEM;
    else if (open_converter(&L, L.book, dir, norm) == RULES_OK && list_dir(&L, dir, &names, &n) == RULES_OK) {
        for (size_t i = 0; i < n; i++) load_file(&L, names[i]);
        if (n == 0) {
            L.file = dir;
            report(&L, 0, RULES_EIO, "no *.ini rule files in directory");
        }
        if (!opts || !opts->no_reader) load_reader(&L, dir);
    }
    if (L.first == RULES_OK) L.first = candidate_bits(L.book);
    if (L.first == RULES_OK && finish_digest(&L, L.book) != 0) L.first = RULES_ENOMEM;
    if (L.first == RULES_OK) read_version(L.book, dir);
    EVP_MD_CTX_free(L.sum);
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    for (size_t i = 0; L.defs && i < L.cap; i++) free(L.defs[i].file);
    for (size_t i = 0; i < L.nlists; i++) free(L.lists[i].alt);
    free(L.defs);
    if (L.first != RULES_OK) {
        rules_free(L.book);
        return L.first;
    }
    *out = L.book;
    return RULES_OK;
}

const char *rules_book_version(const rules_book *book)
{
    return book ? book->version : "";
}

const char *rules_book_digest(const rules_book *book)
{
    return book ? book->sha256 : "";
}

int rules_book_has_reader(const rules_book *book)
{
    return book && book->reader;
}

void rules_each(const rules_book *book, rules_list_fn fn, void *ud)
{
    if (!book || !fn) return;
    for (size_t i = 0; i < book->n; i++) {
        const rules_rule *r = &book->v[i];
        fn(ud, r->code, r->severity, r->category, rules_kind_names[r->kind], r->enabled,
           r->title, r->basis);
    }
}

const char *rules_strerror(rules_result r)
{
    switch (r) {
    case RULES_OK: return "success";
    case RULES_ENOMEM: return "out of memory";
    case RULES_EIO: return "rule directory or file unreadable";
    case RULES_ESYNTAX: return "rule file malformed";
    case RULES_EPATTERN: return "rule pattern does not compile";
    case RULES_ELIMIT: return "pattern hit its match limit";
    case RULES_EINVAL: return "invalid argument";
    }
    return "unknown error";
}
