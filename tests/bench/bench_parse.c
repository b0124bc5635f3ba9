/*
 * bench_parse DIR [SECONDS]: throughput of parser_parse() (decode + DOM +
 * all extraction) against bare htmlReadMemory() on the same files, one
 * thread, so the figures are MB/s per core.  Every *.html under DIR is
 * read into memory first; each variant loops over the whole set until
 * SECONDS (default 3) have passed, and reports MB/s and pages/s.
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

static int run_bare(const file *f)
{
    htmlDocPtr d = htmlReadMemory(f->data, (int)f->len, "http://bench.test/", NULL,
                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING);
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

static double measure(const char *name, int (*fn)(const file *), double seconds)
{
    size_t pages = 0, bytes = 0, fails = 0;
    double t0 = now(), t;
    do {
        for (size_t i = 0; i < n_files; i++) {
            fails += !fn(&files[i]);
            bytes += files[i].len;
        }
        pages += n_files;
        t = now() - t0;
    } while (t < seconds);
    double mbs = (double)bytes / 1e6 / t;
    printf("%-28s %8.1f MB/s  %9.0f pages/s  (%zu pages, %.2f s, %zu failures)\n", name, mbs,
           (double)pages / t, pages, t, fails);
    return mbs;
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
    double bare = measure("htmlReadMemory (bare)", run_bare, seconds);
    double full = measure("parser_parse (full)", run_full, seconds);
    printf("parser_parse runs at %.0f%% of bare libxml2 speed (1 core)\n", 100.0 * full / bare);
    for (size_t i = 0; i < n_files; i++)
        free(files[i].data);
    free(files);
    return 0;
}
