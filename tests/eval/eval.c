/*
 * eval.c — precision and recall of the rulebook on the labelled corpus.
 *
 *   eval [-v] [--min P] [--corpus DIR] [--rules DIR] [--profiles DIR] [--registry FILE]
 *        [--no-reader]   (the rulebook without its second reader, reader.model)
 *
 * DIR/labels.tsv lists one page per line: file<TAB>url<TAB>codes (file in DIR
 * or DIR/pages), codes a
 * comma list or "-" (lines starting with '#' and a "file" header are
 * skipped); an optional fourth column lists the only codes judged on that
 * page (a sentence written to test one rule: other rules' findings on it
 * are neither right nor wrong).  Each page is parsed with parser_parse (the URL given, platform
 * profiles when they load), checked with is_home from the page kind and
 * on_platform from the matched profile, and the codes found are compared with
 * the labels.  Prints TP/FP/FN, precision and recall per rule code and in
 * total; -v also lists every false positive (with its snippet) and false
 * negative.  Exit 0; 1 on a runtime error; 3 when --min is given and some
 * code's precision or recall is below it.
 *
 * The kinds that need stored data are judged the way a crawl judges them:
 * DIR/registry.tsv (code, name, status; --registry FILE instead, for a part
 * of a corpus that shares its registry) is imported into a scratch SQLite
 * store, the pages of DIR/history.tsv (earlier versions of corpus pages, each
 * with how many days before the scored crawl it was seen) are parsed and their
 * prices stored, and every page then also goes through scan_check_stored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "scan/scan.h"
#include "parser/parser.h"
#include "rules/rules.h"
#include "store/store.h"

#define MAX_CODES 64
#define MAX_BODY (64u << 20)
/* The scored crawl's time; history is placed before it.  Fixed, so a run
 * does not depend on the clock. */
#define EVAL_NOW 1767225600   /* 2026-01-01 00:00:00 UTC */

typedef struct {
    char code[32];
    int tp, fp, fn;
} tally;

typedef struct {
    tally t[MAX_CODES];
    int n;
} tallies;

static tally *tally_for(tallies *ts, const char *code)
{
    for (int i = 0; i < ts->n; i++)
        if (!strcmp(ts->t[i].code, code)) return &ts->t[i];
    if (ts->n == MAX_CODES) return NULL;
    tally *t = &ts->t[ts->n++];
    memset(t, 0, sizeof *t);
    snprintf(t->code, sizeof t->code, "%s", code);
    return t;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap || cap >= MAX_BODY) break;
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) { free(buf); buf = NULL; break; }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (buf) { buf[n] = '\0'; *len = n; }
    return buf;
}

/* Is code in the comma list? */
static int in_list(const char *list, const char *code)
{
    size_t cl = strlen(code);
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        if (n == cl && !strncmp(p, code, n)) return 1;
        p += n;
        if (*p == ',') p++;
    }
    return 0;
}

static void diag(void *ud, const char *file, int line, const char *msg)
{
    (void)ud;
    fprintf(stderr, "eval: %s:%d: %s\n", file, line, msg);
}

typedef struct {
    const char *corpus, *rules, *profiles, *registry;
    int verbose;
    double min;
    int no_reader;      /* --no-reader: the rulebook without its reader.model */
} options;

/* Read and parse DIR/SUB/file (or DIR/file) as fetched from url.  Returns
 * the page (caller frees with parser_page_free) or NULL after a message. */
static parser_page *load_page(const char *dir, const char *sub, const char *file, const char *url,
                              const parser_profiles *prof)
{
    char path[4096];
    size_t len = 0;
    char *body = NULL;
    const char *subs[] = { "", sub };
    for (int i = 0; i < 2 && !body; i++) {
        int pl = snprintf(path, sizeof path, "%s/%s%s%s", dir, subs[i], *subs[i] ? "/" : "", file);
        if (pl > 0 && (size_t)pl < sizeof path) body = read_all(path, &len);
    }
    if (!body) { fprintf(stderr, "eval: cannot read '%s'\n", path); return NULL; }
    parser_page *page = NULL;
    parser_result pr = parser_parse(body, len, NULL, url, prof, &page);
    free(body);
    if (pr != PARSER_OK) {
        fprintf(stderr, "eval: %s: parse failed: %s\n", file, parser_strerror(pr));
        return NULL;
    }
    return page;
}

/* Page rules, then the stored-data rules when st is open (as a crawl does). */
static int check_all(const rules_book *book, store *st, const char *file, const char *url,
                     const parser_page *page, rules_findings *f)
{
    rules_context ctx = { 0 };
    ctx.url = url;
    ctx.is_home = page->page_kind && !strcmp(page->page_kind, "home");
    ctx.on_platform = page->platform != NULL;
    ctx.platform_shop = scan_platform_shop(page);
    ctx.page_only = st != NULL;
    rules_result rr = rules_check_page(book, page, &ctx, f);
    if (rr != RULES_OK) {
        fprintf(stderr, "eval: %s: rules failed: %s\n", file, rules_strerror(rr));
        return -1;
    }
    if (st && scan_check_stored(st, book, url, page, EVAL_NOW, 0, f) != SCAN_OK) {
        fprintf(stderr, "eval: %s: stored-data rules failed\n", file);
        return -1;
    }
    return 0;
}

/* Check one labelled page and update the tallies.  Returns 0, or -1. */
static int eval_page(const options *o, const rules_book *book, const parser_profiles *prof,
                     store *st, const char *file, const char *url, const char *codes,
                     const char *judged, tallies *ts)
{
    parser_page *page = load_page(o->corpus, "pages", file, url, prof);
    if (!page) return -1;
    rules_findings f = { 0 };
    if (check_all(book, st, file, url, page, &f) != 0) {
        rules_findings_clear(&f);
        parser_page_free(page);
        return -1;
    }
    char found[1024] = "";
    size_t w = 0;
    for (size_t i = 0; i < f.n && w < sizeof found - 40; i++) {
        const char *c = f.v[i].code;
        if (judged && !in_list(judged, c)) continue;
        w += (size_t)snprintf(found + w, sizeof found - w, "%s%s", w ? "," : "", c);
        tally *t = tally_for(ts, c);
        if (!t) continue;
        if (in_list(codes, c)) t->tp++;
        else {
            t->fp++;
            if (o->verbose) printf("FP %-18s %s  [%s] …%s…\n", c, file, f.v[i].matched, f.v[i].snippet);
        }
    }
    const char *p = codes;
    while (*p) {
        size_t n = strcspn(p, ",");
        char c[32];
        snprintf(c, sizeof c, "%.*s", (int)(n < 31 ? n : 31), p);
        p += n;
        if (*p == ',') p++;
        if (!*c || !strcmp(c, "-") || in_list(found, c)) continue;
        tally *t = tally_for(ts, c);
        if (t) t->fn++;
        if (o->verbose) printf("FN %-18s %s (kind %s, platform %s)\n", c, file,
                               page->page_kind ? page->page_kind : "-", page->platform ? page->platform : "-");
    }
    if (f.limit_hits) fprintf(stderr, "eval: %s: %d pattern limit hits\n", file, f.limit_hits);
    rules_findings_clear(&f);
    parser_page_free(page);
    return 0;
}

/* Split a TSV line in place into at most n fields; returns how many. */
static int split_tsv(char *line, char **f, int n)
{
    int k = 0;
    line[strcspn(line, "\r\n")] = '\0';
    while (k < n) {
        f[k++] = line;
        char *t = strchr(line, '\t');
        if (!t) break;
        *t = '\0';
        line = t + 1;
    }
    return k;
}

/* Open DIR/name for reading; NULL (silently) when it does not exist. */
static FILE *open_in(const char *dir, const char *name)
{
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/%s", dir, name);
    return n > 0 && (size_t)n < sizeof path ? fopen(path, "r") : NULL;
}

static int load_registry(store *st, FILE *f)
{
    char line[2048], *v[3];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n') continue;
        if (split_tsv(line, v, 3) != 3 || store_registry_put(st, v[0], v[1], v[2]) != STORE_OK) {
            fprintf(stderr, "eval: registry.tsv:%d: bad row or store error\n", lineno);
            return -1;
        }
    }
    return 0;
}

/* Store the prices of each history page, observed days_before EVAL_NOW. */
static int load_history(const options *o, const parser_profiles *prof, store *st, FILE *f)
{
    char line[4096], *v[3];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n') continue;
        if (split_tsv(line, v, 3) != 3) {
            fprintf(stderr, "eval: history.tsv:%d: expected file, url, days_before\n", lineno);
            return -1;
        }
        int64_t at = EVAL_NOW - (int64_t)(strtod(v[2], NULL) * 86400.0);
        parser_page *page = load_page(o->corpus, "history", v[0], v[1], prof);
        if (!page) return -1;
        int bad = 0;
        for (size_t i = 0; i < page->n_prices && !bad; i++)
            bad = store_price_put(st, page->prices[i].item_key, 0, page->prices[i].price,
                                  page->prices[i].original, at, 0) != STORE_OK;
        parser_page_free(page);
        if (bad) { fprintf(stderr, "eval: history.tsv:%d: cannot store prices\n", lineno); return -1; }
    }
    return 0;
}

typedef struct {
    char dir[256], db[300];
    store *st;
} scratch;

static int scratch_fill(const options *o, const parser_profiles *prof, scratch *sc, FILE *reg,
                        FILE *hist)
{
    const char *tmp = getenv("TMPDIR");
    char err[256] = "";
    snprintf(sc->dir, sizeof sc->dir, "%s/wangjian-eval-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(sc->dir)) {
        fprintf(stderr, "eval: cannot create a scratch directory in %s\n", sc->dir);
        return -1;
    }
    snprintf(sc->db, sizeof sc->db, "%s/eval.db", sc->dir);
    if (store_open(sc->db, &sc->st, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "eval: scratch store: %s\n", err);
        return -1;
    }
    if (reg && load_registry(sc->st, reg) != 0) return -1;
    if (hist && load_history(o, prof, sc->st, hist) != 0) return -1;
    return 0;
}

/* The stored data a crawl would have: registry and price history in a scratch
 * store.  sc->st stays NULL when the corpus has neither file.  0 or -1. */
static int scratch_open(const options *o, const parser_profiles *prof, scratch *sc)
{
    FILE *reg = o->registry ? fopen(o->registry, "r") : open_in(o->corpus, "registry.tsv");
    FILE *hist = open_in(o->corpus, "history.tsv");
    if (o->registry && !reg) {
        fprintf(stderr, "eval: cannot read %s\n", o->registry);
        if (hist) fclose(hist);
        return -1;
    }
    int rc = reg || hist ? scratch_fill(o, prof, sc, reg, hist) : 0;
    if (reg) fclose(reg);
    if (hist) fclose(hist);
    return rc;
}

static void scratch_close(scratch *sc)
{
    store_close(sc->st);
    if (!sc->dir[0] || sc->dir[strlen(sc->dir) - 1] == 'X') return;
    static const char *const sfx[] = { "", "-wal", "-shm", "-journal" };
    char p[320];
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
        snprintf(p, sizeof p, "%s%s", sc->db, sfx[i]);
        unlink(p);
    }
    rmdir(sc->dir);
}

static double ratio(int a, int b)
{
    return b ? (double)a / b : 1.0;
}

/* Print the table; returns 1 when some code is below o->min. */
static int report(const options *o, const tallies *ts, int pages)
{
    int tp = 0, fp = 0, fn = 0, below = 0;
    printf("%-20s %5s %5s %5s %9s %7s\n", "code", "TP", "FP", "FN", "precision", "recall");
    for (int i = 0; i < ts->n; i++) {
        const tally *t = &ts->t[i];
        double p = ratio(t->tp, t->tp + t->fp), r = ratio(t->tp, t->tp + t->fn);
        printf("%-20s %5d %5d %5d %9.3f %7.3f\n", t->code, t->tp, t->fp, t->fn, p, r);
        tp += t->tp; fp += t->fp; fn += t->fn;
        if (p < o->min || r < o->min) below = 1;
    }
    printf("%-20s %5d %5d %5d %9.3f %7.3f   (%d pages)\n", "TOTAL", tp, fp, fn, ratio(tp, tp + fp),
           ratio(tp, tp + fn), pages);
    return below;
}

static int parse_args(int argc, char **argv, options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-v")) { o->verbose = 1; continue; }
        if (!strcmp(a, "--no-reader")) { o->no_reader = 1; continue; }
        if (i + 1 >= argc) return -1;
        if (!strcmp(a, "--corpus")) o->corpus = argv[++i];
        else if (!strcmp(a, "--rules")) o->rules = argv[++i];
        else if (!strcmp(a, "--profiles")) o->profiles = argv[++i];
        else if (!strcmp(a, "--min")) o->min = strtod(argv[++i], NULL);
        else if (!strcmp(a, "--registry")) o->registry = argv[++i];
        else return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    options o = { "tests/corpus", "rules/default", "seeds/platforms", NULL, 0, 0.0, 0 };
    if (parse_args(argc, argv, &o) != 0) {
        fprintf(stderr, "usage: eval [-v] [--min P] [--corpus DIR] [--rules DIR] [--profiles DIR]"
                        " [--registry FILE] [--no-reader]\n");
        return 2;
    }
    rules_book *book = NULL;
    rules_load_options lo = { .norm = NULL, .no_reader = o.no_reader };
    rules_result rr = rules_load_opts(o.rules, &lo, diag, NULL, &book);
    if (rr != RULES_OK) {
        fprintf(stderr, "eval: cannot load rules from '%s': %s\n", o.rules, rules_strerror(rr));
        return 1;
    }
    parser_profiles *prof = NULL;
    char err[512] = "";
    if (parser_profiles_load(o.profiles, &prof, err, sizeof err) != PARSER_OK) {
        fprintf(stderr, "eval: profiles not loaded (%s); platform pages are judged without them\n", err);
        prof = NULL;
    }
    char lpath[4096];
    int ll = snprintf(lpath, sizeof lpath, "%s/labels.tsv", o.corpus);
    FILE *lf = ll > 0 && (size_t)ll < sizeof lpath ? fopen(lpath, "r") : NULL;
    if (!lf) {
        fprintf(stderr, "eval: cannot open '%s'\n", lpath);
        rules_free(book);
        parser_profiles_free(prof);
        return 1;
    }
    scratch sc = { .st = NULL };
    if (scratch_open(&o, prof, &sc) != 0) {
        scratch_close(&sc);
        fclose(lf);
        rules_free(book);
        parser_profiles_free(prof);
        return 1;
    }
    tallies ts = { .n = 0 };
    char line[8192];
    int pages = 0, errors = 0;
    while (fgets(line, sizeof line, lf)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#') continue;
        char *file = line, *url = strchr(line, '\t');
        char *codes = url ? strchr(url + 1, '\t') : NULL;
        if (!url || !codes) { fprintf(stderr, "eval: bad label line: %s\n", line); errors++; continue; }
        *url++ = '\0';
        *codes++ = '\0';
        char *judged = strchr(codes, '\t');
        if (judged) {
            *judged++ = '\0';
            judged[strcspn(judged, "\t")] = '\0';
            if (!*judged) judged = NULL;
        }
        if (!strcmp(file, "file")) continue;
        if (eval_page(&o, book, prof, sc.st, file, url, codes, judged, &ts) != 0) errors++;
        else pages++;
    }
    fclose(lf);
    scratch_close(&sc);
    int below = report(&o, &ts, pages);
    rules_free(book);
    parser_profiles_free(prof);
    if (errors) return 1;
    return below && o.min > 0 ? 3 : 0;
}
