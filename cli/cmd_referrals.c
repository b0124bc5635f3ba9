/*
 * cmd_referrals.c — the referral lists, `wangjian export --what referrals`
 * and `--what closing` (cmd_export.c hands such a call over whole):
 *
 *  - referrals --authority telecom: the sites with ICP problems as seed
 *    opinion 〔2014〕180 asks the 通信管理局 to receive them: domain, server
 *    IP, the ICP number the page shows (or "none"), the province the lead
 *    goes to, the evidence page and when it was captured;
 *  - referrals --authority market: the leads referred (移送) to another
 *    market-regulation bureau, with their province;
 *  - closing: 关闭网站和停止平台服务网店名单, the referred leads whose latest
 *    outcome is closed (a site) or service-stopped (a platform shop).
 *
 * CSV through cli_csv_cell (formula neutralising) or JSON lines; times as
 * ISO 8601 with the offset of the local zone (TZ).
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "report.h"

static const struct option referral_opts[] = {
    {"db", required_argument, 0, 'd'},        {"what", required_argument, 0, 'w'},
    {"authority", required_argument, 0, 'a'}, {"province", required_argument, 0, 'p'},
    {"format", required_argument, 0, 'f'},    {"out", required_argument, 0, 'o'},
    {"bom", no_argument, 0, 'b'},             {0, 0, 0, 0}};

typedef struct {
    const char *db, *what, *authority, *province, *format, *out;
    int bom;
} referral_args;

/* The columns of each list, in order; the row function fills them. */
static const char *const telecom_cols[] = {"lead_id", "rule", "domain", "ip", "icp",
                                           "province", "url", "captured", "evidence"};
static const char *const market_cols[] = {"lead_id", "rule", "severity", "subject", "host", "url",
                                          "province", "referred_at", "referred_by", "note",
                                          "evidence"};
static const char *const closing_cols[] = {"lead_id", "list", "subject", "host", "url",
                                           "province", "authority", "outcome", "outcome_at"};

int cli_export_wants_referrals(int argc, char **argv)
{
    /* --what, or any abbreviation getopt_long would take for it (--w ...) */
    for (int i = 1; i < argc; i++) {
        if (!argv[i])
            break;
        const char *a = argv[i], *eq = strchr(a, '=');
        size_t n = eq ? (size_t)(eq - a) : strlen(a);
        int what = strncmp(a, "--", 2) == 0 && n > 2 && n <= 6 && strncmp(a, "--what", n) == 0;
        const char *v = !what ? NULL : eq ? eq + 1 : i + 1 < argc ? argv[i + 1] : NULL;
        if (v && (strcmp(v, "referrals") == 0 || strcmp(v, "closing") == 0))
            return 1;
    }
    return 0;
}

/* ISO 8601 with the local offset (2026-12-07T09:30:00+08:00); "" for "". */
static void iso_time(const char *secs, char out[32])
{
    struct tm tm;
    time_t t = (time_t)strtoll(secs, NULL, 10);
    char z[8];
    out[0] = '\0';
    if (!*secs || !localtime_r(&t, &tm))
        return;
    size_t n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
    if (strftime(z, sizeof z, "%z", &tm) == 5 && n + 7 < 32)
        snprintf(out + n, 32 - n, "%.3s:%.2s", z, z + 3);
}

/* The ICP number (filing, licence or B2) text shows: parsed the way the
 * crawl parses a page, the text escaped so that it stays text.  NULL when
 * none; the string is the caller's. */
static char *icp_in(const char *text)
{
    size_t n = strlen(text), k = 0;
    char *html = malloc(5 * n + 1);
    if (!html)
        return NULL;
    for (const char *p = text; *p; p++) {
        if (*p == '<' || *p == '&') {
            memcpy(html + k, *p == '<' ? "&lt;" : "&amp;", *p == '<' ? 4 : 5);
            k += *p == '<' ? 4 : 5;
        } else {
            html[k++] = *p;
        }
    }
    html[k] = '\0';
    parser_page *pg = NULL;
    char *icp = NULL;
    if (parser_parse(html, k, "text/html; charset=utf-8", "http://localhost/", NULL, &pg) ==
        PARSER_OK) {
        for (size_t i = 0; i < pg->n_icps && !icp; i++)
            if (pg->icps[i].kind != PARSER_ICP_PSB && pg->icps[i].number)
                icp = strdup(pg->icps[i].number);
    }
    parser_page_free(pg);
    free(html);
    return icp;
}

typedef struct {
    FILE *out;
    int jsonl, what, failed;
    const char *const *cols;
    size_t ncols;
    long rows;
} referral_ctx;

static int emit(referral_ctx *c, const char *const *v)
{
    if (!c->jsonl) {
        for (size_t i = 0; i < c->ncols; i++) {
            if (i)
                fputc(',', c->out);
            cli_csv_cell(c->out, v[i]);
        }
        fputs("\r\n", c->out);
    } else {
        json_t *o = json_object();
        for (size_t i = 0; o && i < c->ncols; i++)
            json_object_set_new(o, c->cols[i],
                                i == 0 ? json_integer(strtoll(v[i], NULL, 10))
                                : *v[i] ? json_string(v[i]) : json_null());
        if (!o || json_dumpf(o, c->out, JSON_COMPACT) != 0)
            c->failed = 1;
        json_decref(o);
        fputc('\n', c->out);
    }
    c->rows++;
    return c->failed || ferror(c->out);
}

static int referral_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    referral_ctx *c = ud;
    const char *v[11] = {"", "", "", "", "", "", "", "", "", "", ""};
    char t[32] = "";
    char *icp = NULL;
    for (size_t i = 0; i < c->ncols && i < 11; i++) {
        const char *x = cli_row_col(n, names, values, c->cols[i]);
        v[i] = x ? x : "";
    }
    if (c->what == STORE_REPORT_TELECOM) {
        const char *text = cli_row_col(n, names, values, "text");
        icp = text ? icp_in(text) : NULL;
        if (!icp)
            icp = icp_in(v[8]);   /* the finding's evidence */
        v[4] = icp ? icp : "none";
        iso_time(v[7], t);
        v[7] = t;
    } else if (c->what == STORE_REPORT_MARKET) {
        iso_time(v[7], t);
        v[7] = t;
    } else {
        v[1] = strcmp(v[7], "closed") == 0 ? "关闭网站" : "停止平台服务网店";
        iso_time(v[8], t);
        v[8] = t;
    }
    int rc = emit(c, v);
    free(icp);
    return rc;
}

static int parse_referral_args(int argc, char **argv, referral_args *a)
{
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", referral_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 'w': a->what = optarg; break;
        case 'a': a->authority = optarg; break;
        case 'p': a->province = optarg; break;
        case 'f': a->format = optarg; break;
        case 'o': a->out = optarg; break;
        case 'b': a->bom = 1; break;
        default: return cli_usage_error("export", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("export", "unexpected argument '%s'", argv[optind]);
    if (!a->db || !a->what)
        return cli_usage_error("export", "--db FILE and --what referrals|closing are required");
    int referrals = strcmp(a->what, "referrals") == 0;
    if (referrals && !a->authority)
        return cli_usage_error("export", "--what referrals needs --authority telecom|market");
    if (!referrals && a->authority)
        return cli_usage_error("export", "--authority goes with --what referrals");
    if (a->authority && strcmp(a->authority, "telecom") != 0 && strcmp(a->authority, "market") != 0)
        return cli_value_error("export", a->authority,
                               "--authority must be telecom or market, not '%s'", a->authority);
    if (strcmp(a->format, "csv") != 0 && strcmp(a->format, "jsonl") != 0)
        return cli_value_error("export", a->format, "--format must be csv or jsonl, not '%s'",
                               a->format);
    return CLI_OK;
}

static void setup(const referral_args *a, referral_ctx *c)
{
    if (a->what && strcmp(a->what, "closing") == 0) {
        c->what = STORE_REPORT_CLOSING;
        c->cols = closing_cols;
        c->ncols = sizeof closing_cols / sizeof *closing_cols;
    } else if (a->authority && strcmp(a->authority, "telecom") == 0) {
        c->what = STORE_REPORT_TELECOM;
        c->cols = telecom_cols;
        c->ncols = sizeof telecom_cols / sizeof *telecom_cols;
    } else {
        c->what = STORE_REPORT_MARKET;
        c->cols = market_cols;
        c->ncols = sizeof market_cols / sizeof *market_cols;
    }
    c->jsonl = a->format && strcmp(a->format, "jsonl") == 0;
}

int cli_export_referrals(int argc, char **argv)
{
    referral_args a = {.format = "csv"};
    int rc = parse_referral_args(argc, argv, &a);
    if (rc != CLI_OK)
        return rc;
    referral_ctx c = {0};
    setup(&a, &c);
    store *st = cli_open_store_mode(a.db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    char *tmp = NULL, *target = NULL;
    c.out = cli_out_open(a.out, &tmp, &target);
    if (!c.out) {
        cli_error("cannot write '%s': %s", a.out, strerror(errno));
        (void)cli_close_store(st);   /* reports its own failure */
        return CLI_FAIL;
    }
    if (a.bom && !c.jsonl)
        fputs("\xEF\xBB\xBF", c.out);
    if (!c.jsonl)
        emit(&c, c.cols);
    c.rows = 0;
    store_report_query q = {.province = a.province};
    int ok = 1;
    if (store_report(st, c.what, &q, referral_row, &c) != STORE_OK) {
        cli_error("export failed: %s", c.failed ? "out of memory" : store_errmsg(st));
        ok = 0;
    }
    if (cli_close_store(st) != CLI_OK)
        ok = 0;
    return cli_out_close(c.out, a.out, tmp, target, ok);
}
