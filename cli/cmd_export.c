/*
 * Commands that read leads and findings out: export (CSV, JSON lines),
 * leads (a table for a terminal), report (statistics) and search.
 */
#include <errno.h>
#include <getopt.h>
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

static void csv_row(FILE *out, size_t n, const char *const *cells)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(',', out);
        cli_csv_cell(out, cells[i]);
    }
    fputs("\r\n", out);
}

typedef struct {
    FILE *out;
    int jsonl;
    long rows;
} export_ctx;

/* The JSON of one exported cell: the counts and offsets as numbers, the
 * rest as strings (NULL as null). */
static json_t *json_cell(const char *name, const char *value)
{
    static const char *const numeric[] = {"lead_id", "hits", "showing", "src_off"};
    if (!value)
        return json_null();
    for (size_t i = 0; i < sizeof numeric / sizeof *numeric; i++)
        if (strcmp(name, numeric[i]) == 0 && *value && strspn(value, "0123456789") == strlen(value))
            return json_integer((json_int_t)strtoll(value, NULL, 10));
    return json_string(value);
}

static int export_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    export_ctx *e = ud;
    if (!e->jsonl) {
        csv_row(e->out, n, values);
    } else {
        json_t *o = json_object();
        for (size_t i = 0; o && i < n; i++)
            json_object_set_new(o, names[i], json_cell(names[i], values[i]));
        if (!o || json_dumpf(o, e->out, JSON_COMPACT) != 0)
            return 1;
        fputc('\n', e->out);
        json_decref(o);
    }
    e->rows++;
    return ferror(e->out) ? 1 : 0;
}

/* --out FILE is written beside FILE under a temporary name and renamed over
 * it only when the whole export succeeded: a failed export leaves the file
 * that was there as it was.  A FILE that is a symbolic link is replaced at
 * its target, keeping its mode (and owner, for root); one that is not a
 * regular file (/dev/stdout, a pipe) is written directly.  *tmp and
 * *target (new strings the caller frees, or NULL when written directly or
 * to standard output) are the temporary name and the file it replaces. */
static FILE *open_out(const char *outp, char **tmp, char **target)
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

/* Flush and close out; with tmp, fsync it and rename it to outp when ok,
 * else remove it.  CLI_OK or CLI_FAIL after a message. */
static int close_out(FILE *out, const char *outp, char *tmp, char *target, int ok)
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

static int do_export(const char *db, const char *what, int jsonl, const char *outp, int bom)
{
    size_t ncols = 0;
    const char *const *cols = store_export_columns(what, &ncols);
    if (!cols)
        return cli_value_error("export", what, "--what must be findings or leads, not '%s'", what);
    /* the database first: a missing one must not leave an empty --out file */
    store *st = cli_open_store_mode(db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    char *tmp = NULL, *target = NULL;
    FILE *out = open_out(outp, &tmp, &target);
    if (!out) {
        cli_error("cannot write '%s': %s", outp, strerror(errno));
        (void)cli_close_store(st); /* reports its own failure */
        return CLI_FAIL;
    }
    int ok = 1;
    export_ctx e = {out, jsonl, 0};
    if (bom && !jsonl)
        fputs("\xEF\xBB\xBF", out);
    if (!jsonl)
        csv_row(out, ncols, cols);
    if (store_export(st, what, export_row, &e) != STORE_OK) {
        cli_error("export failed: %s", store_errmsg(st));
        ok = 0;
    }
    if (cli_close_store(st) != CLI_OK)
        ok = 0;
    return close_out(out, outp, tmp, target, ok);
}

const struct option cli_export_opts[] = {
    {"db", required_argument, 0, 'd'}, {"what", required_argument, 0, 'w'},
    {"format", required_argument, 0, 'f'}, {"out", required_argument, 0, 'o'},
    {"bom", no_argument, 0, 'b'}, {0, 0, 0, 0}};

int cmd_export(int argc, char **argv)
{
    const char *db = NULL, *what = NULL, *format = "csv", *outp = NULL;
    int bom = 0, c;
    if (cli_export_wants_referrals(argc, argv))
        return cli_export_referrals(argc, argv);
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_export_opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'w': what = optarg; break;
        case 'f': format = optarg; break;
        case 'o': outp = optarg; break;
        case 'b': bom = 1; break;
        default: return cli_usage_error("export", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("export", "unexpected argument '%s'", argv[optind]);
    if (!db || !what)
        return cli_usage_error("export", "--db FILE and --what findings|leads are required");
    if (strcmp(format, "csv") != 0 && strcmp(format, "jsonl") != 0)
        return cli_value_error("export", format, "--format must be csv or jsonl, not '%s'", format);
    return do_export(db, what, strcmp(format, "jsonl") == 0, outp, bom);
}

/* ---- leads: a table for people ---- */

/* Display width of UTF-8 text: East Asian wide characters count 2. */
static size_t display_width(const char *s, size_t maxbytes, size_t *bytes_for_width, size_t width)
{
    size_t w = 0, i = 0;
    while (i < maxbytes && s[i]) {
        unsigned char ch = (unsigned char)s[i];
        size_t len = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
        size_t cw = ch >= 0xE1 ? 2 : 1;   /* U+1000 and up: CJK and full-width, roughly */
        if (w + cw > width)
            break;
        w += cw;
        i += len;
    }
    *bytes_for_width = i;
    return w;
}

/* Copy s into flat[cap] with whitespace runs as one space, so a multi-line
 * snippet stays on its row. */
static size_t flatten(const char *s, char *flat, size_t cap)
{
    size_t n = 0;
    for (; s && *s && n < cap - 1; s++) {
        int space = *s == ' ' || *s == '\n' || *s == '\r' || *s == '\t';
        if (space && (n == 0 || flat[n - 1] == ' '))
            continue;
        flat[n++] = space ? ' ' : *s;
    }
    flat[n] = '\0';
    return n;
}

/* Print s in width display columns.  With centre, a text wider than the
 * column shows its middle: a snippet has the match in its middle. */
static void print_text(const char *s, size_t width, int centre)
{
    char flat[512];
    size_t n = flatten(s, flat, sizeof(flat)), bytes;
    const char *p = flat;
    size_t total = display_width(flat, n, &bytes, (size_t)-1);
    if (centre && total > width) {
        display_width(flat, n, &bytes, (total - width) / 2);
        p += bytes;
        n -= bytes;
    }
    size_t w = display_width(p, n, &bytes, width);
    fwrite(p, 1, bytes, stdout);
    for (; w < width; w++)
        fputc(' ', stdout);
    fputs("  ", stdout);
}

static void print_cell(const char *s, size_t width)
{
    print_text(s, width, 0);
}

typedef struct {
    const char *status, *rule;
    int jsonl;
    int show_change, show_checked;  /* the CHANGE and CHECKED columns */
    long rows;
} leads_ctx;

const char *cli_row_col(size_t n, const char *const *names, const char *const *values,
                        const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return values[i];
    return NULL;
}

/* One lead as a JSON object, numbers as numbers. */
static int leads_json(size_t n, const char *const *names, const char *const *values)
{
    static const char *const numeric[] = {"lead_id", "hits", "showing", "change_run"};
    json_t *o = json_object();
    for (size_t i = 0; o && i < n; i++) {
        int num = 0;
        for (size_t k = 0; k < sizeof numeric / sizeof *numeric; k++)
            num |= strcmp(names[i], numeric[k]) == 0 && values[i][0];
        json_object_set_new(o, names[i], num ? json_integer(strtoll(values[i], NULL, 10))
                                             : json_string(values[i]));
    }
    int bad = !o || json_dumpf(o, stdout, JSON_COMPACT) != 0;
    json_decref(o);
    fputc('\n', stdout);
    return bad;
}

static void leads_header(const leads_ctx *l)
{
    const char *h[] = {"LEAD", "RULE", "SEVERITY", "STATUS", "SUBJECT", "HITS", "EVIDENCE"};
    const size_t wd[] = {4, 18, 8, 9, 30, 4, 44};
    if (l->show_change)
        print_cell("CHANGE", 9);
    if (l->show_checked)
        print_cell("CHECKED", 10);
    for (size_t i = 0; i < 7; i++)
        print_cell(h[i], wd[i]);
    fputc('\n', stdout);
}

static int leads_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    leads_ctx *l = ud;
    const char *status = cli_row_col(n, names, values, "status");
    const char *rule = cli_row_col(n, names, values, "rule");
    if ((l->status && strcmp(l->status, "all") != 0 && (!status || strcmp(status, l->status) != 0)) ||
        (l->rule && (!rule || strcmp(rule, l->rule) != 0)))
        return 0;
    if (l->jsonl) {
        l->rows++;
        return leads_json(n, names, values);
    }
    if (l->rows++ == 0)
        leads_header(l);
    if (l->show_change)
        print_cell(cli_row_col(n, names, values, "change"), 9);
    if (l->show_checked)
        print_cell(cli_row_col(n, names, values, "checked"), 10);
    print_cell(cli_row_col(n, names, values, "lead_id"), 4);
    print_cell(rule, 18);
    print_cell(cli_row_col(n, names, values, "severity"), 8);
    print_cell(status, 9);
    print_cell(cli_row_col(n, names, values, "subject"), 30);
    print_cell(cli_row_col(n, names, values, "hits"), 4);
    print_text(cli_row_col(n, names, values, "evidence"), 44, 1);
    fputc('\n', stdout);
    return 0;
}

int cli_leads_table(store *st, const store_lead_filter *f, const char *status, const char *rule,
                    int flags)
{
    int jsonl = flags & CLI_LEADS_JSONL;
    leads_ctx l = {status, rule, jsonl, f->changed_run > 0 || f->changed_since > 0,
                   f->stale_before > 0, 0};
    if (store_leads(st, f, leads_row, &l) != STORE_OK) {
        cli_error("cannot read leads: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    fflush(stdout);   /* the count after the rows, also when both go to one file */
    if (!jsonl && !(flags & CLI_LEADS_NO_COUNT))
        fprintf(stderr, "wangjian: %ld lead%s (%s)\n", l.rows, l.rows == 1 ? "" : "s",
                status ? status : "all");
    return CLI_OK;
}

/* --new-since last-run|DATE|RUN into f; 0, or -1 after a usage message. */
static int parse_new_since(store *st, const char *v, store_lead_filter *f)
{
    char *end;
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (strcmp(v, "last-run") == 0) {
        store_result r = store_run_last(st, &f->changed_run);
        if (r == STORE_ENOTFOUND) {
            cli_error("--new-since last-run: no run has finished on this database yet");
            return -1;
        }
        if (r != STORE_OK) {
            cli_error("cannot read runs: %s", store_errmsg(st));
            return -1;
        }
        return 0;
    }
    long long run = strtoll(v, &end, 10);
    if (*v >= '0' && *v <= '9' && !*end && run > 0) {
        f->changed_run = run;
        return 0;
    }
    end = strptime(v, "%Y-%m-%d", &tm);
    if (end && (!*end || (*end == 'T' && strptime(end, "T%H:%M:%S", &tm) && !end[9]))) {
        f->changed_since = (int64_t)timegm(&tm);
        return 0;
    }
    cli_usage_error("leads", "--new-since takes last-run, a run number or a date "
                    "(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS UTC), not '%s'", v);
    return -1;
}

typedef struct {
    const char *db, *status, *rule, *new_since, *format, *province, *authority, *source;
    long stale_days;
    int flags;   /* CLI_LEADS_JSONL for --format jsonl */
    int complaints;   /* --source complaint */
    const char *keyword;   /* --keyword WORD: leads a keyword crawl for it turned up */
} leads_args;

const struct option cli_leads_opts[] = {
    {"db", required_argument, 0, 'd'}, {"status", required_argument, 0, 's'},
    {"rule", required_argument, 0, 'r'}, {"new-since", required_argument, 0, 'n'},
    {"stale", required_argument, 0, 'S'}, {"format", required_argument, 0, 'f'},
    {"province", required_argument, 0, 'p'}, {"authority", required_argument, 0, 'a'},
    {"source", required_argument, 0, 'o'},
    {"keyword", required_argument, 0, 'k'},
    {0, 0, 0, 0}};

/* --source complaint lists subjects, not leads: the lead filters do not
 * apply to it.  CLI_OK, or CLI_USAGE after the message. */
static int check_source(leads_args *a)
{
    const char *filter = a->status ? "--status" : a->rule ? "--rule" : a->new_since ? "--new-since"
                       : a->stale_days ? "--stale" : a->province ? "--province"
                       : a->authority ? "--authority" : NULL;
    if (!filter && a->keyword)
        filter = "--keyword";
    if (strcmp(a->source, "rules") == 0)
        return CLI_OK;
    if (strcmp(a->source, "complaint") != 0)
        return cli_value_error("leads", a->source, "--source must be rules or complaint, not '%s'",
                               a->source);
    if (filter)
        return cli_usage_error("leads", "--source complaint lists every subject complaints named "
                               "with all its leads; %s does not apply to it", filter);
    a->complaints = 1;
    return CLI_OK;
}

static int parse_leads_args(int argc, char **argv, leads_args *a)
{
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_leads_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 's': a->status = optarg; break;
        case 'r': a->rule = optarg; break;
        case 'n': a->new_since = optarg; break;
        case 'f': a->format = optarg; break;
        case 'p': a->province = optarg; break;
        case 'a': a->authority = optarg; break;
        case 'o': a->source = optarg; break;
        case 'k': a->keyword = optarg; break;
        case 'S':
            if ((a->stale_days = cli_parse_long("leads", "--stale", optarg, 1, 36500)) < 0)
                return CLI_USAGE;
            break;
        default: return cli_usage_error("leads", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("leads", "unexpected argument '%s'", argv[optind]);
    if (!a->db)
        return cli_usage_error("leads", "--db FILE is required");
    if (check_source(a) != CLI_OK)
        return CLI_USAGE;
    if (!a->status)   /* what a run added may have been resolved since */
        a->status = a->new_since ? "all" : "open";
    if (!store_lead_status_valid(a->status) && strcmp(a->status, "all") != 0)
        return cli_value_error("leads", a->status, "--status must be open, confirmed, dismissed, "
                               "referred, resolved or all");
    if (a->authority && strcmp(a->authority, "market") != 0 && strcmp(a->authority, "telecom") != 0)
        return cli_value_error("leads", a->authority, "--authority must be market or telecom, not '%s'",
                               a->authority);
    if (strcmp(a->format, "jsonl") == 0)
        a->flags = CLI_LEADS_JSONL;
    else if (strcmp(a->format, "table") != 0)
        return cli_value_error("leads", a->format, "--format must be table or jsonl, not '%s'",
                               a->format);
    return CLI_OK;
}

typedef struct {
    const char *code;
    int found;
} rule_seek;

static int seek_lead_rule(void *ud, size_t n, const char *const *names, const char *const *values)
{
    rule_seek *r = ud;
    const char *rule = cli_row_col(n, names, values, "rule");
    r->found = rule && strcmp(rule, r->code) == 0;
    return r->found;   /* found: stop */
}

static void seek_book_rule(void *ud, const char *code, const char *severity, const char *category,
                           const char *kind, int enabled, const char *title, const char *basis)
{
    (void)severity, (void)category, (void)kind, (void)enabled, (void)title, (void)basis;
    rule_seek *r = ud;
    if (strcmp(code, r->code) == 0)
        r->found = 1;
}

/* --rule CODE names a rule the database has leads of or the rulebook has:
 * a mistyped code is a usage error, not "0 leads".  CLI_OK, CLI_USAGE, or
 * CLI_FAIL when neither could be read.  (leads and search) */
int cli_check_rule(store *st, const char *cmd, const char *code)
{
    rule_seek r = {code, 0};
    store_result sr = store_export(st, "leads", seek_lead_rule, &r);
    if (sr != STORE_OK && !r.found) {
        cli_error("cannot read the leads: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    if (r.found)
        return CLI_OK;
    char *dir = cli_rules_dir(NULL);
    rules_book *book = dir ? cli_load_rules(dir) : NULL;
    if (book)
        rules_each(book, seek_book_rule, &r);
    rules_free(book);
    free(dir);
    if (r.found)
        return CLI_OK;
    return cli_value_error(cmd, code, "--rule '%s' is not a rule of the rulebook, and no lead "
                           "has it ('wangjian rules list' shows the codes)", code);
}

int cmd_leads(int argc, char **argv)
{
    leads_args a = {.format = "table", .source = "rules"};
    int rc = parse_leads_args(argc, argv, &a);
    if (rc != CLI_OK)
        return rc;
    store *st = cli_open_store_mode(a.db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    store_lead_filter f = {.province = a.province, .authority = a.authority};
    f.keyword = a.keyword;
    if (a.stale_days > 0)
        f.stale_before = (int64_t)time(NULL) - (int64_t)a.stale_days * 86400;
    if (a.new_since && parse_new_since(st, a.new_since, &f) != 0)
        rc = strncmp(a.new_since, "last-run", 9) == 0 ? CLI_FAIL : CLI_USAGE;
    if (rc == CLI_OK && a.rule)
        rc = cli_check_rule(st, "leads", a.rule);
    if (rc == CLI_OK && a.complaints)
        rc = cli_complaint_subjects(st, a.flags);
    else if (rc == CLI_OK)
        rc = cli_leads_table(st, &f, a.status, a.rule, a.flags);
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}
