/*
 * `wangjian search`: keyword search over stored pages (关键词搜索).  The
 * query syntax is the store's (store_query_parse): parsed here first, so
 * a bad query is a usage error before the database is opened.
 */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli.h"

const struct option cli_search_opts[] = {
    {"db", required_argument, 0, 'd'},    {"limit", required_argument, 0, 'l'},
    {"host", required_argument, 0, 'H'},  {"since", required_argument, 0, 's'},
    {"until", required_argument, 0, 'u'}, {"tz", required_argument, 0, 'z'},
    {"rule", required_argument, 0, 'r'},  {"format", required_argument, 0, 'f'},
    {"all-captures", no_argument, 0, 'a'}, {0, 0, 0, 0}};

typedef struct {
    const char *db, *host, *since, *until, *tz, *rule, *format;
    long limit;
    int all_captures;
} search_args;

static int parse_search_args(int argc, char **argv, search_args *a)
{
    int c;
    opterr = 0;
    optind = 1;
    a->limit = 50;
    a->format = "tsv";
    while ((c = getopt_long(argc, argv, "", cli_search_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 'H': a->host = optarg; break;
        case 's': a->since = optarg; break;
        case 'u': a->until = optarg; break;
        case 'z': a->tz = optarg; break;
        case 'r': a->rule = optarg; break;
        case 'f': a->format = optarg; break;
        case 'a': a->all_captures = 1; break;
        case 'l':
            if ((a->limit = cli_parse_long("search", "--limit", optarg, 1, 10000)) < 0)
                return CLI_USAGE;
            break;
        default:
            return cli_usage_error("search", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (!a->db)
        return cli_usage_error("search", "--db FILE is required");
    if (optind >= argc)
        return cli_usage_error("search", "give the words to search (QUERY)");
    if (strcmp(a->format, "table") && strcmp(a->format, "tsv") && strcmp(a->format, "csv") &&
        strcmp(a->format, "jsonl"))
        return cli_usage_error("search", "--format is table, tsv, csv or jsonl, not '%s'",
                               a->format);
    return CLI_OK;
}

/* Midnight starting day s (YYYY-MM-DD) in the current zone, plus days;
 * -1 when s is not a date. */
static int64_t day_start(const char *s, int days)
{
    struct tm tm = {0};
    const char *end = strptime(s, "%Y-%m-%d", &tm);
    if (!end || *end || strlen(s) != 10)
        return -1;
    tm.tm_mday += days;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    return t == (time_t)-1 ? -1 : (int64_t)t;
}

/* The date filters as fetched_at bounds: [since 00:00, until+1 00:00). */
static int date_bounds(const search_args *a, store_search_opts *o)
{
    int rc = a->tz ? cli_apply_tz("search", a->tz) : CLI_OK;
    if (rc != CLI_OK)
        return rc;
    if (a->since && (o->since = day_start(a->since, 0)) < 0)
        return cli_usage_error("search", "--since takes a date YYYY-MM-DD, not '%s'", a->since);
    if (a->until && (o->until = day_start(a->until, 1)) < 0)
        return cli_usage_error("search", "--until takes a date YYYY-MM-DD, not '%s'", a->until);
    if (o->since && o->until && o->until <= o->since)
        return cli_usage_error("search", "--until %s is before --since %s", a->until, a->since);
    return CLI_OK;
}

/* The arguments after the options, joined by spaces: the query. */
static char *join_query(int argc, char **argv)
{
    size_t n = 1;
    for (int i = optind; i < argc; i++)
        n += strlen(argv[i]) + 1;
    char *q = malloc(n);
    if (!q)
        return NULL;
    q[0] = '\0';
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            strncat(q, " ", n - strlen(q) - 1);
        strncat(q, argv[i], n - strlen(q) - 1);
    }
    return q;
}

typedef struct {
    const char *format;
    long rows, limit, total;
    /* --all-captures */
    store *st;
    const store_query *q;
    long unreadable;
    char first_err[512];
} search_out;

/* fetched_at (unix seconds as text) as ISO 8601 in the current zone. */
static void iso_time(const char *v, char *buf, size_t len)
{
    char *end;
    long long t = strtoll(v, &end, 10);
    time_t tt = (time_t)t;
    struct tm tm;
    buf[0] = '\0';
    if (*v && !*end && localtime_r(&tt, &tm))
        strftime(buf, len, "%Y-%m-%dT%H:%M:%S%z", &tm);
}

/* A cell of a tsv or table row: one page per line. */
static void plain_cell(const char *s, size_t max_chars)
{
    size_t chars = 0;
    for (const char *p = s; *p; p++) {
        if (((unsigned char)*p & 0xC0) != 0x80 && max_chars && ++chars > max_chars) {
            fputs("…", stdout);
            return;
        }
        fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, stdout);
    }
}

static void jsonl_row(size_t n, const char *const *names, const char *const *values)
{
    json_t *o = json_object();
    char when[40];
    for (size_t i = 0; o && i < n; i++) {
        json_t *v;
        if (strcmp(names[i], "page_id") == 0 || strcmp(names[i], "capture_id") == 0) {
            v = json_integer(strtoll(values[i], NULL, 10));
        } else if (strcmp(names[i], "fetched_at") == 0) {
            iso_time(values[i], when, sizeof when);
            v = when[0] ? json_string(when) : json_null();
        } else {
            v = json_string(values[i]);
        }
        json_object_set_new(o, names[i], v);
    }
    char *s = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    if (s)
        puts(s);
    free(s);
    json_decref(o);
}

static int print_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    search_out *c = ud;
    const char *f = c->format;
    if (strcmp(f, "jsonl") == 0) {
        jsonl_row(n, names, values);
    } else if (strcmp(f, "csv") == 0) {
        if (!c->rows)
            puts("url,title,snippet,host,fetched_at");
        for (size_t i = 0; i < 5 && i < n; i++) {
            char when[40];
            if (i == 4)
                iso_time(values[i], when, sizeof when);
            cli_csv_cell(stdout, i == 4 ? when : values[i]);
            fputc(i + 1 < 5 ? ',' : '\n', stdout);
        }
    } else if (strcmp(f, "table") == 0) {
        printf("%-4ld ", c->rows + 1);
        plain_cell(values[0], 0);
        fputs("\n     ", stdout);
        plain_cell(values[1], 40);
        fputs(" | ", stdout);
        plain_cell(values[2], 0);
        fputc('\n', stdout);
    } else { /* tsv: url, title, snippet */
        for (size_t i = 0; i < 3 && i < n; i++) {
            plain_cell(values[i], 0);
            fputc(i + 1 < 3 ? '\t' : '\n', stdout);
        }
    }
    c->rows++;
    return 0;
}

/* An earlier capture (a store_search_captures row): its body read back
 * from its WARC record, parsed, matched; one at a time, so memory stays
 * that of one page. */
static int capture_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    search_out *c = ud;
    const char *file = cli_row_col(n, names, values, "warc_file");
    const char *url = cli_row_col(n, names, values, "url");
    warc_copy *wc = NULL;
    parser_page *page = NULL;
    char err[512] = "", *snip = NULL;
    int match = 0;
    if (!file || !*file || warc_copy_exchange(file, strtoll(cli_row_col(n, names, values,
                                              "warc_offset"), NULL, 10), &wc, err,
                                              sizeof err) != WARC_OK) {
        if (!c->unreadable++)
            snprintf(c->first_err, sizeof c->first_err, "%s",
                     *err ? err : "no WARC record (crawled with --no-warc)");
        return 0;
    }
    if (parser_parse(wc->payload, wc->payload_len, wc->content_type, url, NULL, &page) ==
            PARSER_OK &&
        store_query_match(c->st, c->q, page->title, page->text, &match, &snip) == STORE_OK &&
        match) {
        c->total++;
        if (c->rows < c->limit) {
            const char *cn[] = {"url", "title", "snippet", "host", "fetched_at", "capture_id"};
            const char *cv[] = {url, page->title ? page->title : "", snip,
                                cli_row_col(n, names, values, "host"),
                                cli_row_col(n, names, values, "fetched_at"),
                                cli_row_col(n, names, values, "capture_id")};
            print_row(c, 6, cn, cv);
        }
    }
    free(snip);
    parser_page_free(page);
    warc_copy_free(wc);
    return 0;
}

static int search_captures(store *st, const store_search_opts *o, search_out *out)
{
    parser_global_init();
    out->st = st;
    out->q = o->query;
    if (store_search_captures(st, o, capture_row, out) != STORE_OK) {
        cli_error("search of earlier captures failed: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    if (out->unreadable)
        fprintf(stderr, "wangjian: %ld earlier capture%s not searched: body unavailable (%s)\n",
                out->unreadable, out->unreadable == 1 ? "" : "s", out->first_err);
    return CLI_OK;
}

static int run_search(store *st, const search_args *a, store_search_opts *o)
{
    search_out out = {.format = a->format, .limit = a->limit};
    long total = 0;
    if (a->rule) {
        int rc = cli_check_rule(st, "search", a->rule);
        if (rc != CLI_OK)
            return rc;
    }
    if (cli_search_normaliser(st) != CLI_OK)
        return CLI_FAIL;
    if (store_search_pages(st, o, print_row, &out, &total) != STORE_OK) {
        cli_error("search failed: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    out.total = total;
    if (a->all_captures && search_captures(st, o, &out) != CLI_OK)
        return CLI_FAIL;
    total = out.total;
    if (total > out.rows)
        fprintf(stderr, "wangjian: showing %ld of %ld pages (--limit N shows more)\n", out.rows,
                total);
    else
        fprintf(stderr, "wangjian: %ld page%s\n", total, total == 1 ? "" : "s");
    return CLI_OK;
}

int cmd_search(int argc, char **argv)
{
    search_args a = {0};
    store_search_opts o = {0};
    store_query *q = NULL;
    char err[256];
    int rc = parse_search_args(argc, argv, &a);
    if (rc != CLI_OK)
        return rc;
    if ((rc = date_bounds(&a, &o)) != CLI_OK)
        return rc;
    char *text = join_query(argc, argv);
    store_result r = text ? store_query_parse(text, &q, err, sizeof err) : STORE_ENOMEM;
    free(text);
    if (r == STORE_EINVAL)
        return cli_usage_error("search", "%s", err);
    if (r == STORE_OK) /* a code finds the pages that print it in groups too */
        r = store_query_read_codes(q, scan_search_codes, NULL);
    if (r != STORE_OK) {
        store_query_free(q);
        cli_error("out of memory");
        return CLI_FAIL;
    }
    store *st = cli_open_store_mode(a.db, STORE_OPEN_READONLY);
    if (!st) {
        store_query_free(q);
        return CLI_FAIL;
    }
    o.query = q;
    o.host = a.host;
    o.rule = a.rule;
    o.limit = a.limit;
    rc = run_search(st, &a, &o);
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    store_query_free(q);
    return rc;
}
