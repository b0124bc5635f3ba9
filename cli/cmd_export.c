/*
 * Commands that read leads and findings out: export (CSV, JSON lines),
 * leads (a table for a terminal), report (statistics) and search.
 */
#include <errno.h>
#include <getopt.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <jansson.h>
#include "cli.h"

/* A cell a spreadsheet would run as a formula gets a leading apostrophe:
 * = + - @ and the tab / carriage-return variants OWASP lists. */
static int needs_neutralising(const char *s)
{
    return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r';
}

void cli_csv_cell(FILE *out, const char *s)
{
    if (!s)
        s = "";
    int quote = needs_neutralising(s) || strpbrk(s, ",\"\r\n") != NULL ||
                s[0] == ' ' || (s[0] && s[strlen(s) - 1] == ' ');
    if (!quote) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    if (needs_neutralising(s))
        fputc('\'', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

/* ---- the row writer (export, leads --format csv|jsonl) ---- */

struct cli_rows {
    FILE *out;
    cli_rows_opts o;
    iconv_t cd;           /* UTF-8 to the output encoding; (iconv_t)-1: none */
    size_t ncols;
    const char *const *cols;
    char *buf;            /* the row being built: one row, reused */
    size_t len, cap;
    long rows;
    int failed;           /* 1: write error, 2: conversion error, 3: no memory */
};

/* Column names in Chinese for --header zh (unlisted columns keep theirs). */
static const char *zh_name(const char *col)
{
    static const char *const names[][2] = {
        {"lead_id", "线索编号"}, {"rule", "规则代码"}, {"severity", "严重程度"},
        {"status", "状态"}, {"subject", "主体"}, {"host", "主机"}, {"url", "网址"},
        {"evidence", "证据"}, {"law", "法律依据"}, {"region", "省份"},
        {"first_seen", "首次发现"}, {"last_seen", "最近发现"}, {"hits", "页面数"},
        {"showing", "仍显示页面数"}, {"authority", "主管部门"}, {"region_source", "省份来源"},
        {"snippet", "摘录"}, {"src_off", "位置"}, {"seen_at", "发现时间"},
        {"checked", "最近检查"}, {"change", "变化"}, {"change_run", "变化批次"},
        {"operator", "经营者"}, {"operator_shops", "经营者网店数"}, {"contacts", "联系方式"},
        {"rule_title", "规则名称"}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(names[i][0], col) == 0)
            return names[i][1];
    return col;
}

static int is_time_col(const char *name)
{
    return strcmp(name, "first_seen") == 0 || strcmp(name, "last_seen") == 0 ||
           strcmp(name, "seen_at") == 0 || strcmp(name, "checked") == 0;
}

static int is_number_col(const char *name, const char *v)
{
    static const char *const numeric[] = {"lead_id", "hits", "showing", "src_off", "change_run",
                                          "operator_shops"};
    if (!*v || strspn(v, "0123456789") != strlen(v))
        return 0;
    for (size_t i = 0; i < sizeof numeric / sizeof *numeric; i++)
        if (strcmp(name, numeric[i]) == 0)
            return 1;
    return 0;
}

/* A store time (ISO 8601 UTC, "…Z") in the local zone with its offset
 * (2026-12-06T23:24:33+08:00) into buf[26]; anything else is kept. */
const char *cli_local_time(const char *utc, char *buf, size_t len)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *end = utc ? strptime(utc, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
    time_t t;
    char z[8];
    if (!end || *end || len < 26)
        return utc;
    t = timegm(&tm);
    if (!localtime_r(&t, &tm) || strftime(buf, len - 6, "%Y-%m-%dT%H:%M:%S", &tm) == 0 ||
        strftime(z, sizeof z, "%z", &tm) != 5)
        return utc;
    snprintf(buf + strlen(buf), 7, "%.3s:%.2s", z, z + 3);
    return buf;
}

static int grow(cli_rows *w, size_t more)
{
    if (w->len + more + 1 <= w->cap)
        return 0;
    size_t cap = w->cap ? w->cap : 1024;
    while (cap < w->len + more + 1)
        cap *= 2;
    char *p = realloc(w->buf, cap);
    if (!p)
        return -1;
    w->buf = p;
    w->cap = cap;
    return 0;
}

static int add(cli_rows *w, const char *s, size_t n)
{
    if (grow(w, n) != 0) {
        w->failed = 3;
        return -1;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
    w->buf[w->len] = '\0';
    return 0;
}

static int add_csv_cell(cli_rows *w, const char *s)
{
    int quote = needs_neutralising(s) || strpbrk(s, ",\"\r\n") != NULL || s[0] == ' ' ||
                (s[0] && s[strlen(s) - 1] == ' ');
    int r = 0;
    if (!quote)
        return add(w, s, strlen(s));
    r |= add(w, needs_neutralising(s) ? "\"'" : "\"", needs_neutralising(s) ? 2 : 1);
    for (const char *q; r == 0 && (q = strchr(s, '"')) != NULL; s = q + 1)
        r |= add(w, s, (size_t)(q - s) + 1) | add(w, "\"", 1);
    return r | add(w, s, strlen(s)) | add(w, "\"", 1);
}

/* Write the built row through the conversion and empty the buffer. */
static int flush_row(cli_rows *w)
{
    char out[4096];
    char *in = w->buf;
    size_t left = w->len;
    if (w->cd == (iconv_t)-1) {
        if (left && fwrite(in, 1, left, w->out) != left)
            w->failed = 1;
    }
    while (!w->failed && w->cd != (iconv_t)-1 && left > 0) {
        char *o = out;
        size_t room = sizeof out;
        size_t r = iconv(w->cd, &in, &left, &o, &room);
        if (r == (size_t)-1 && errno != E2BIG)
            w->failed = 2;   /* EILSEQ or EINVAL: not valid UTF-8 */
        else if (fwrite(out, 1, (size_t)(o - out), w->out) != (size_t)(o - out))
            w->failed = 1;
    }
    w->len = 0;
    if (!w->failed && ferror(w->out))
        w->failed = 1;
    return w->failed;
}

static void find_title(void *ud, const char *code, const char *severity, const char *category,
                       const char *kind, int enabled, const char *title, const char *basis)
{
    (void)severity, (void)category, (void)kind, (void)enabled, (void)basis;
    const char **want = ud;   /* [0] the code, [1] its title */
    if (!want[1] && strcmp(code, want[0]) == 0)
        want[1] = title;
}

static const char *rule_title(const cli_rows *w, size_t n, const char *const *names,
                              const char *const *values)
{
    const char *want[2] = {cli_row_col(n, names, values, "rule"), NULL};
    if (want[0] && w->o.titles)
        rules_each(w->o.titles, find_title, want);
    return want[1] ? want[1] : "";
}

static int put_csv(cli_rows *w, size_t n, const char *const *names, const char *const *values)
{
    char t[40];
    int r = 0;
    for (size_t i = 0; i < n && i < w->ncols; i++) {
        if (i)
            r |= add(w, ",", 1);
        r |= add_csv_cell(w, is_time_col(names[i]) ? cli_local_time(values[i], t, sizeof t)
                                                   : values[i]);
    }
    if (w->o.zh)
        r |= add(w, ",", 1) | add_csv_cell(w, rule_title(w, n, names, values));
    return r | add(w, "\r\n", 2);
}

static int put_json(cli_rows *w, size_t n, const char *const *names, const char *const *values)
{
    char t[40];
    json_t *o = json_object();
    for (size_t i = 0; o && i < n && i < w->ncols; i++) {
        const char *v = is_time_col(names[i]) ? cli_local_time(values[i], t, sizeof t) : values[i];
        json_t *j = !*v ? json_null()
                    : is_number_col(names[i], v) ? json_integer((json_int_t)strtoll(v, NULL, 10))
                                                 : json_string(v);
        if (!j) {   /* jansson takes only valid UTF-8 */
            json_decref(o);
            return w->failed = 2;
        }
        json_object_set_new(o, names[i], j);
    }
    if (o && w->o.zh)
        json_object_set_new(o, "rule_title", json_string(rule_title(w, n, names, values)));
    char *line = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    int r = line ? add(w, line, strlen(line)) | add(w, "\n", 1) : (w->failed = 3);
    free(line);
    json_decref(o);
    return r;
}

int cli_rows_put(void *ud, size_t n, const char *const *names, const char *const *values)
{
    cli_rows *w = ud;
    int r = w->o.jsonl ? put_json(w, n, names, values) : put_csv(w, n, names, values);
    if (r == 0 && flush_row(w) == 0)
        w->rows++;
    return w->failed != 0;
}

cli_rows *cli_rows_begin(FILE *out, const cli_rows_opts *o, size_t n, const char *const *cols)
{
    cli_rows *w = calloc(1, sizeof *w);
    int gb = o->encoding && strcmp(o->encoding, "gb18030") == 0;
    if (!w) {
        cli_error("out of memory");
        return NULL;
    }
    *w = (cli_rows){out, *o, (iconv_t)-1, n, cols, NULL, 0, 0, 0, 0};
    if (gb && (w->cd = iconv_open("GB18030", "UTF-8")) == (iconv_t)-1) {
        cli_error("cannot convert to GB18030: %s", strerror(errno));
        free(w);
        return NULL;
    }
    if (o->bom && !o->jsonl && !gb)
        add(w, "\xEF\xBB\xBF", 3);
    for (size_t i = 0; !o->jsonl && i < n; i++) {
        if (i)
            add(w, ",", 1);
        add_csv_cell(w, o->zh ? zh_name(cols[i]) : cols[i]);
    }
    if (!o->jsonl && o->zh) {
        add(w, ",", 1);
        add_csv_cell(w, zh_name("rule_title"));
    }
    if (!o->jsonl)
        add(w, "\r\n", 2);
    flush_row(w);   /* a failure stays in w->failed for cli_rows_end */
    return w;
}

long cli_rows_count(const cli_rows *w)
{
    return w->rows;
}

int cli_rows_end(cli_rows *w)
{
    int rc = CLI_OK;
    if (!w)
        return CLI_FAIL;
    if (w->failed == 2)
        cli_error("row %ld has text that is not valid UTF-8: it cannot be written as %s",
                  w->rows + 1, w->o.encoding);
    else if (w->failed == 3)
        cli_error("out of memory at row %ld", w->rows + 1);
    else if (w->failed)
        cli_error("cannot write row %ld: %s", w->rows + 1, strerror(errno));
    if (w->failed)
        rc = CLI_FAIL;
    if (w->cd != (iconv_t)-1)
        iconv_close(w->cd);
    free(w->buf);
    free(w);
    return rc;
}

FILE *cli_out_open(const char *outp, char **tmp, char **target)
{
    struct stat st;
    *tmp = *target = NULL;
    if (!outp)
        return stdout;
    int exists = stat(outp, &st) == 0;
    if (exists && !S_ISREG(st.st_mode))
        return fopen(outp, "wb");
    char *t = exists ? realpath(outp, NULL) : strdup(outp);
    size_t n = t ? strlen(t) + sizeof ".tmp-XXXXXX" : 0;
    char *tp = t ? malloc(n) : NULL;
    if (!tp) {
        free(t);
        errno = ENOMEM;
        return NULL;
    }
    snprintf(tp, n, "%s.tmp-XXXXXX", t);
    int fd = mkstemp(tp);
    mode_t mask = umask(0);
    umask(mask);
    /* only root can give the file back its owner; for anyone else it
     * becomes the caller's, as a new file would, with the old mode */
    int chowned = fd >= 0 && exists ? fchown(fd, st.st_uid, st.st_gid) : 0;
    (void)chowned;
    FILE *f = fd >= 0 && fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask) == 0
                  ? fdopen(fd, "wb") : NULL;
    if (!f) {
        int e = errno;
        if (fd >= 0) {
            close(fd);
            unlink(tp);
        }
        free(tp);
        free(t);
        errno = e;
        return NULL;
    }
    *tmp = tp;
    *target = t;
    return f;
}

int cli_out_close(FILE *out, const char *outp, char *tmp, char *target, int ok)
{
    int rc = ok ? CLI_OK : CLI_FAIL;
    if (fflush(out) != 0 || ferror(out) || (tmp && fsync(fileno(out)) != 0)) {
        cli_error("cannot write '%s': %s", outp ? outp : "standard output", strerror(errno));
        rc = CLI_FAIL;
    }
    if (outp && fclose(out) != 0 && rc == CLI_OK) {
        cli_error("cannot write '%s': %s", outp, strerror(errno));
        rc = CLI_FAIL;
    }
    if (tmp && rc == CLI_OK && rename(tmp, target) != 0) {
        cli_error("cannot replace '%s': %s", outp, strerror(errno));
        rc = CLI_FAIL;
    }
    if (tmp && rc != CLI_OK) {
        unlink(tmp);
        if (!ok)
            cli_error("'%s' was left as it was", outp);
    }
    free(tmp);
    free(target);
    return rc;
}

typedef struct {
    const char *db, *what, *format, *outp, *encoding, *header;
    int bom, contacts;
    cli_lead_filter_args filt;
} export_args;

/* A leads export names each lead's operator (wangjian operators): its id
 * and its number of shops; with --with-contacts also the subject's
 * contact details, which are personal information (PIPL) and otherwise
 * stay out of exports. */
enum { MAX_EXPORT_COLS = 48 };
static const char *const operator_cols[] = {"operator", "operator_shops", "contacts"};

typedef struct {
    cli_rows *w;
    const cli_op_index *ops;
    int contacts;
} lead_rows;

static int lead_row_put(void *ud, size_t n, const char *const *names, const char *const *values)
{
    const lead_rows *l = ud;
    const char *nm[MAX_EXPORT_COLS], *vl[MAX_EXPORT_COLS];
    char shops[24], contacts[1024];
    size_t k = n, n_subjects = 1;
    if (n + 3 > MAX_EXPORT_COLS)
        return 1;
    memcpy(nm, names, n * sizeof *nm);
    memcpy(vl, values, n * sizeof *vl);
    const char *subject = cli_row_col(n, names, values, "subject");
    nm[k] = operator_cols[0];
    vl[k++] = subject ? cli_operator_lookup(l->ops, subject, &n_subjects) : "";
    snprintf(shops, sizeof shops, "%zu", n_subjects);
    nm[k] = operator_cols[1];
    vl[k++] = shops;
    if (l->contacts) {
        nm[k] = operator_cols[2];
        vl[k++] = subject ? cli_operator_contacts(l->ops, subject, contacts, sizeof contacts) : "";
    }
    return cli_rows_put(l->w, k, nm, vl);
}

/* The columns of what: a leads export adds operator_cols.  *cols points
 * into buf[MAX_EXPORT_COLS] or a static list. */
static const char *const *export_cols(const export_args *a, const char **buf, size_t *n)
{
    const char *const *cols = store_export_columns(a->what, n);
    if (!cols || strcmp(a->what, "leads") != 0 || *n + 3 > MAX_EXPORT_COLS)
        return cols;
    memcpy(buf, cols, *n * sizeof *buf);
    for (size_t i = 0; i < (a->contacts ? 3u : 2u); i++)
        buf[(*n)++] = operator_cols[i];
    return buf;
}

/* The rows of what into w: leads through the lead filters, with their
 * operators. */
static store_result export_rows(store *st, const export_args *a, store_lead_filter *f,
                                const cli_op_index *ops, cli_rows *w)
{
    if (strcmp(a->what, "leads") != 0)
        return store_export(st, a->what, cli_rows_put, w);
    lead_rows l = {w, ops, a->contacts};
    f->plain = 1;
    return store_leads(st, f, lead_row_put, &l);
}

static int do_export(const export_args *a, store_lead_filter *f)
{
    size_t ncols = 0;
    const char *colbuf[MAX_EXPORT_COLS];
    const char *const *cols = export_cols(a, colbuf, &ncols);
    /* the database first: a missing one must not leave an empty --out file */
    store *st = cli_open_store_mode(a->db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    int rc = cli_lead_rules_known(st, "export", f), zh = strcmp(a->header, "zh") == 0;
    rules_book *book = NULL;
    char *dir = rc == CLI_OK && zh ? cli_rules_dir(NULL) : NULL;
    if (dir && !(book = cli_load_rules(dir)))
        cli_error("no rule titles: the rulebook in '%s' cannot be read", dir);
    char *tmp = NULL, *target = NULL;
    FILE *out = rc == CLI_OK ? cli_out_open(a->outp, &tmp, &target) : NULL;
    if (rc == CLI_OK && !out) {
        cli_error("cannot write '%s': %s", a->outp, strerror(errno));
        rc = CLI_FAIL;
    }
    cli_rows_opts o = {strcmp(a->format, "jsonl") == 0, zh, a->bom, a->encoding, book};
    cli_op_index *ops = out && strcmp(a->what, "leads") == 0 ? cli_operator_index(st, a->contacts)
                                                               : NULL;
    int leads_ok = strcmp(a->what, "leads") != 0 || ops;   /* else after a message */
    cli_rows *w = out && leads_ok ? cli_rows_begin(out, &o, ncols, cols) : NULL;
    int ok = w != NULL;
    if (w && export_rows(st, a, f, ops, w) != STORE_OK) {   /* a writer failure is cli_rows_end's */
        cli_error("export failed: %s", store_errmsg(st));
        ok = 0;
    }
    cli_operator_index_free(ops);
    if (w && cli_rows_end(w) != CLI_OK)
        ok = 0;
    rules_free(book);
    free(dir);
    if (cli_close_store(st) != CLI_OK)
        ok = 0;
    return out ? cli_out_close(out, a->outp, tmp, target, ok) : rc;
}

const struct option cli_export_opts[] = {
    {"db", required_argument, 0, 'd'}, {"what", required_argument, 0, 'w'},
    {"format", required_argument, 0, 'f'}, {"out", required_argument, 0, 'o'},
    {"bom", no_argument, 0, 'b'}, {"encoding", required_argument, 0, 'e'},
    {"header", required_argument, 0, 'h'}, {"with-contacts", no_argument, 0, 'c'},
    CLI_LEAD_FILTER_OPTS, {0, 0, 0, 0}};

static int parse_export(int argc, char **argv, export_args *a)
{
    int c, t;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_export_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 'w': a->what = optarg; break;
        case 'f': a->format = optarg; break;
        case 'o': a->outp = optarg; break;
        case 'b': a->bom = 1; break;
        case 'e': a->encoding = optarg; break;
        case 'h': a->header = optarg; break;
        case 'c': a->contacts = 1; break;
        default:
            if ((t = cli_lead_filter_opt(&a->filt, "export", c, optarg)) < 0)
                return CLI_USAGE;
            if (t == 0)
                return cli_usage_error("export", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("export", "unexpected argument '%s'", argv[optind]);
    if (!a->db || !a->what)
        return cli_usage_error("export", "--db FILE and --what findings|leads are required");
    return CLI_OK;
}

/* The values of export's own options (the filters are checked apart). */
static int check_export(const export_args *a)
{
    size_t n;
    const char *given = cli_lead_filter_given(&a->filt);
    if (!a->what || !store_export_columns(a->what, &n))
        return cli_value_error("export", a->what, "--what must be findings or leads, not '%s'", a->what);
    if (strcmp(a->what, "leads") != 0 && given && strcmp(given, "--tz") != 0)
        return cli_usage_error("export", "%s filters leads; it does not apply to --what %s", given,
                               a->what);
    if (a->contacts && strcmp(a->what, "leads") != 0)
        return cli_usage_error("export", "--with-contacts goes with --what leads only");
    if (strcmp(a->format, "csv") != 0 && strcmp(a->format, "jsonl") != 0)
        return cli_value_error("export", a->format, "--format must be csv or jsonl, not '%s'", a->format);
    if (strcmp(a->encoding, "utf-8") != 0 && strcmp(a->encoding, "gb18030") != 0)
        return cli_value_error("export", a->encoding, "--encoding must be utf-8 or gb18030, not '%s'",
                               a->encoding);
    if (a->bom && strcmp(a->encoding, "utf-8") != 0)
        return cli_usage_error("export", "--bom goes with --encoding utf-8 only (GB18030 has no BOM "
                               "spreadsheets read)");
    if (strcmp(a->header, "en") != 0 && strcmp(a->header, "zh") != 0)
        return cli_value_error("export", a->header, "--header must be en or zh, not '%s'", a->header);
    return CLI_OK;
}

int cmd_export(int argc, char **argv)
{
    if (cli_export_wants_referrals(argc, argv))   /* cmd_referrals.c: options of its own */
        return cli_export_referrals(argc, argv);
    export_args a = {.format = "csv", .encoding = "utf-8", .header = "en"};
    store_lead_filter f = {0};
    int rc = parse_export(argc, argv, &a);
    if (rc == CLI_OK)
        rc = check_export(&a);
    if (rc == CLI_OK)
        rc = cli_lead_filter_finish(&a.filt, "export", &f);
    return rc == CLI_OK ? do_export(&a, &f) : rc;
}

const char *cli_row_col(size_t n, const char *const *names, const char *const *values,
                        const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return values[i];
    return NULL;
}

