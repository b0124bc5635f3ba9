/*
 * wangjian runs: the past crawls and rescans of a database, newest first,
 * with what each changed — what an operator checks after a night's run.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cli.h"

typedef struct {
    int jsonl;
    long rows;
} runs_ctx;

/* Columns of the table: store_runs names, headings and widths. */
static const struct {
    const char *name, *head;
    int width;
} runs_cols[] = {
    {"run", "RUN", 5},         {"kind", "KIND", 6},          {"started", "STARTED", 20},
    {"status", "STATUS", 10},  {"pages", "PAGES", 6},        {"changed", "CHANGED", 7},
    {"unchanged", "UNCHANGED", 9}, {"failed", "FAILED", 6},  {"errors", "ERRORS", 6},
    {"new", "NEW", 4},         {"reopened", "REOPENED", 8},  {"resolved", "RESOLVED", 8},
    {"open", "OPEN", 5},       {"scope", "SCOPE", 0},
};
#define N_RUNS_COLS (sizeof runs_cols / sizeof runs_cols[0])

/* A run as JSON: counts as numbers (null while unknown), times as text. */
static int run_json(size_t n, const char *const *names, const char *const *values)
{
    static const char *const text[] = {"kind", "started", "ended", "status", "scope"};
    json_t *o = json_object();
    for (size_t i = 0; o && i < n; i++) {
        int is_text = 0;
        for (size_t k = 0; k < sizeof text / sizeof *text; k++)
            is_text |= strcmp(names[i], text[k]) == 0;
        json_object_set_new(o, names[i], is_text ? json_string(values[i])
                                         : values[i][0] ? json_integer(strtoll(values[i], NULL, 10))
                                                        : json_null());
    }
    int bad = !o || json_dumpf(o, stdout, JSON_COMPACT) != 0;
    json_decref(o);
    fputc('\n', stdout);
    return bad;
}

static int run_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    runs_ctx *r = ud;
    if (r->jsonl) {
        r->rows++;
        return run_json(n, names, values);
    }
    if (r->rows++ == 0) {
        for (size_t i = 0; i < N_RUNS_COLS; i++)
            printf("%-*s%s", runs_cols[i].width, runs_cols[i].head, i + 1 < N_RUNS_COLS ? " " : "\n");
    }
    for (size_t i = 0; i < N_RUNS_COLS; i++) {
        const char *v = cli_row_col(n, names, values, runs_cols[i].name);
        printf("%-*s%s", runs_cols[i].width, v && v[0] ? v : "-", i + 1 < N_RUNS_COLS ? " " : "\n");
    }
    return 0;
}

const struct option cli_runs_opts[] = {
    {"db", required_argument, 0, 'd'}, {"limit", required_argument, 0, 'l'},
    {"format", required_argument, 0, 'f'}, {0, 0, 0, 0}};

int cmd_runs(int argc, char **argv)
{
    const char *db = NULL, *format = "table";
    long limit = 20;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_runs_opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'f': format = optarg; break;
        case 'l':
            if ((limit = cli_parse_long("runs", "--limit", optarg, 1, 100000)) < 0)
                return CLI_USAGE;
            break;
        default: return cli_usage_error("runs", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("runs", "unexpected argument '%s'", argv[optind]);
    if (!db)
        return cli_usage_error("runs", "--db FILE is required");
    if (strcmp(format, "table") != 0 && strcmp(format, "jsonl") != 0)
        return cli_value_error("runs", format, "--format must be table or jsonl, not '%s'", format);
    store *st = cli_open_store_mode(db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    runs_ctx r = {strcmp(format, "jsonl") == 0, 0};
    int rc = CLI_OK;
    if (store_runs(st, limit, run_row, &r) != STORE_OK) {
        cli_error("cannot read runs: %s", store_errmsg(st));
        rc = CLI_FAIL;
    } else if (!r.jsonl) {
        fflush(stdout);   /* the count after the rows, also when both go to one file */
        fprintf(stderr, "wangjian: %ld run%s\n", r.rows, r.rows == 1 ? "" : "s");
    }
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}
