/*
 * bench_parse DIR [SECONDS]: throughput of parser_parse() (decode + libxml2
 * parse + all extraction) against bare htmlReadMemory() on the same files, one
 * thread, so the figures are MB/s per core.  Every *.html under DIR is
 * read into memory first.  The two variants alternate, one pass over the
 * whole set each, until both have run for SECONDS (default 3): on a shared,
 * noisy machine a burst of load then slows both sides instead of whichever
 * happened to be running, so the ratio stays meaningful.  Each reports
 * MB/s and pages/s over all its passes, and the ratio is also given as the
 * median of the per-round ratios (a round: one pass of each).
 *
 * Options.  The bare side is htmlReadMemory() on the raw bytes with the
 * recovery options parser_parse() uses (BARE_OPTS), and no encoding: libxml2
 * sniffs the charset itself (<meta>, and iconv for the GBK pages), which is
 * the work parser_parse() does in charset.c.  parser_parse() adds IGNORE_ENC
 * because it hands libxml2 text it has already decoded to UTF-8.  The bench
 * URL matches no platform profile, so parser_parse() takes its SAX path
 * (no tree); the bare side builds libxml2's tree, as it always has.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parser/parser.h"

typedef struct {
    char *data;
    size_t len;
} file;

static file *files;
static size_t n_files, cap_files, total_bytes;

static int add_file(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)ftw;
    size_t l = strlen(path);
    if (type != FTW_F || l < 5 || strcmp(path + l - 5, ".html") != 0 || st->st_size <= 0)
        return 0;
    if (n_files == cap_files) {
        cap_files = cap_files ? cap_files * 2 : 256;
        files = realloc(files, cap_files * sizeof *files);
        if (!files)
            return 1;
    }
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    file *x = &files[n_files];
    x->data = malloc((size_t)st->st_size);
    x->len = x->data ? fread(x->data, 1, (size_t)st->st_size, f) : 0;
    fclose(f);
    if (x->len) {
        total_bytes += x->len;
        n_files++;
    } else {
        free(x->data);
    }
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

enum { BARE_OPTS = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                    HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT };
enum { MAX_ROUNDS = 4096 };

static int run_bare(const file *f)
{
    htmlDocPtr d = htmlReadMemory(f->data, (int)f->len, "http://bench.test/", NULL, BARE_OPTS);
    xmlFreeDoc(d);
    return d != NULL;
}

static int run_full(const file *f)
{
    parser_page *p = NULL;
    int ok = parser_parse(f->data, f->len, NULL, "http://bench.test/goods/1.html", NULL, &p) ==
             PARSER_OK;
    parser_page_free(p);
    return ok;
}

typedef struct {
    const char *name;
    int (*fn)(const file *);
    size_t pages, bytes, fails;
    double secs;
} variant;

/* One pass of v over every file; returns its wall time. */
static double pass(variant *v)
{
    double t0 = now();
    for (size_t i = 0; i < n_files; i++) {
        v->fails += !v->fn(&files[i]);
        v->bytes += files[i].len;
    }
    v->pages += n_files;
    double t = now() - t0;
    v->secs += t;
    return t;
}

static double report(const variant *v)
{
    double mbs = (double)v->bytes / 1e6 / v->secs;
    printf("%-28s %8.1f MB/s  %9.0f pages/s  (%zu pages, %.2f s, %zu failures)\n", v->name, mbs,
           (double)v->pages / v->secs, v->pages, v->secs, v->fails);
    return mbs;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_parse DIR [SECONDS]\n");
        return 2;
    }
    double seconds = argc > 2 ? strtod(argv[2], NULL) : 3.0;
    if (nftw(argv[1], add_file, 16, FTW_PHYS) != 0 || n_files == 0) {
        fprintf(stderr, "bench_parse: no .html files under '%s'\n", argv[1]);
        return 1;
    }
    printf("corpus: %zu files, %.1f MB, mean %.1f KB\n", n_files, (double)total_bytes / 1e6,
           (double)total_bytes / 1e3 / (double)n_files);
    printf("bare: htmlReadMemory(raw bytes, encoding NULL, RECOVER|NONET|NOERROR|NOWARNING|COMPACT)\n"
           "full: parser_parse (decode + libxml2 SAX parse of the UTF-8, same options + "
           "IGNORE_ENC, no tree + extraction)\n");
    variant bare = {.name = "htmlReadMemory (bare)", .fn = run_bare};
    variant full = {.name = "parser_parse (full)", .fn = run_full};
    static double ratios[MAX_ROUNDS];
    size_t rounds = 0;
    do {
        double tb = pass(&bare);
        double tf = pass(&full);
        ratios[rounds++] = tb / tf;
    } while (rounds < MAX_ROUNDS && (bare.secs < seconds || full.secs < seconds));
    double mb_bare = report(&bare), mb_full = report(&full);
    qsort(ratios, rounds, sizeof ratios[0], cmp_double);
    printf("parser_parse runs at %.0f%% of bare libxml2 speed (1 core; median of %zu rounds "
           "%.0f%%)\n",
           100.0 * mb_full / mb_bare, rounds, 100.0 * ratios[rounds / 2]);
    for (size_t i = 0; i < n_files; i++)
        free(files[i].data);
    free(files);
    return 0;
}
