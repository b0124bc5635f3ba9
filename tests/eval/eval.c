/*
 * eval.c — precision and recall of the rulebook on the labelled corpus.
 *
 *   eval [-v] [--min P] [--corpus DIR] [--rules DIR] [--profiles DIR]
 *
 * DIR/labels.tsv lists one page per line: file<TAB>url<TAB>codes (file in DIR
 * or DIR/pages), codes a
 * comma list or "-" (lines starting with '#' and a "file" header are
 * skipped).  Each page is parsed with parser_parse (the URL given, platform
 * profiles when they load), checked with is_home from the page kind and
 * on_platform from the matched profile, and the codes found are compared with
 * the labels.  Prints TP/FP/FN, precision and recall per rule code and in
 * total; -v also lists every false positive (with its snippet) and false
 * negative.  Exit 0; 1 on a runtime error; 3 when --min is given and some
 * code's precision or recall is below it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser/parser.h"
#include "rules/rules.h"

#define MAX_CODES 64
#define MAX_BODY (64u << 20)

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
    const char *corpus, *rules, *profiles;
    int verbose;
    double min;
} options;

/* Check one labelled page and update the tallies.  Returns 0, or -1. */
static int eval_page(const options *o, const rules_book *book, const parser_profiles *prof,
                     const char *file, const char *url, const char *codes, tallies *ts)
{
    char path[4096];
    size_t len = 0;
    char *body = NULL;
    /* pages sit next to labels.tsv or in its pages/ folder */
    static const char *const fmts[] = { "%s/%s", "%s/pages/%s" };
    for (int i = 0; i < 2 && !body; i++) {
        int pl = snprintf(path, sizeof path, fmts[i], o->corpus, file);
        if (pl > 0 && (size_t)pl < sizeof path) body = read_all(path, &len);
    }
    if (!body) { fprintf(stderr, "eval: cannot read '%s'\n", path); return -1; }
    parser_page *page = NULL;
    parser_result pr = parser_parse(body, len, NULL, url, prof, &page);
    free(body);
    if (pr != PARSER_OK) {
        fprintf(stderr, "eval: %s: parse failed: %s\n", file, parser_strerror(pr));
        return -1;
    }
    rules_context ctx = { 0 };
    ctx.url = url;
    ctx.is_home = page->page_kind && !strcmp(page->page_kind, "home");
    ctx.on_platform = page->platform != NULL;
    rules_findings f = { 0 };
    rules_result rr = rules_check_page(book, page, &ctx, &f);
    if (rr != RULES_OK) {
        fprintf(stderr, "eval: %s: rules failed: %s\n", file, rules_strerror(rr));
        parser_page_free(page);
        return -1;
    }
    char found[1024] = "";
    size_t w = 0;
    for (size_t i = 0; i < f.n && w < sizeof found - 40; i++) {
        const char *c = f.v[i].code;
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
        if (i + 1 >= argc) return -1;
        if (!strcmp(a, "--corpus")) o->corpus = argv[++i];
        else if (!strcmp(a, "--rules")) o->rules = argv[++i];
        else if (!strcmp(a, "--profiles")) o->profiles = argv[++i];
        else if (!strcmp(a, "--min")) o->min = strtod(argv[++i], NULL);
        else return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    options o = { "tests/corpus", "rules/default", "seeds/platforms", 0, 0.0 };
    if (parse_args(argc, argv, &o) != 0) {
        fprintf(stderr, "usage: eval [-v] [--min P] [--corpus DIR] [--rules DIR] [--profiles DIR]\n");
        return 2;
    }
    rules_book *book = NULL;
    rules_result rr = rules_load(o.rules, diag, NULL, &book);
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
        codes[strcspn(codes, "\t")] = '\0';
        if (!strcmp(file, "file")) continue;
        if (eval_page(&o, book, prof, file, url, codes, &ts) != 0) errors++;
        else pages++;
    }
    fclose(lf);
    int below = report(&o, &ts, pages);
    rules_free(book);
    parser_profiles_free(prof);
    if (errors) return 1;
    return below && o.min > 0 ? 3 : 0;
}
