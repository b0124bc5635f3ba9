/*
 * wangjian leads (the list, its filters, shared with export, and its
 * table that fits the terminal by display width), leads show / leads set:
 * one lead as an investigator sees it
 * (its fields, the pages that showed it, the other leads of its subject
 * and its history), and the decisions people take on leads (confirm,
 * dismiss, refer, with a note), each kept in the lead's history.
 */
#include <errno.h>
#include <getopt.h>
#include <pwd.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include <jansson.h>
#include <unistr.h>
#include <uniwidth.h>
#include "cli.h"

/* ---- collecting rows ---- */

/* Rows of a store_row_fn as JSON objects (numbers as numbers for the
 * columns in numeric). */
typedef struct {
    json_t *rows;
    const char *const *numeric;
} json_rows;

static int is_numeric(const json_rows *j, const char *name)
{
    for (size_t i = 0; j->numeric && j->numeric[i]; i++)
        if (strcmp(j->numeric[i], name) == 0)
            return 1;
    return 0;
}

static int add_json_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    json_rows *j = ud;
    json_t *o = json_object();
    for (size_t i = 0; o && i < n; i++)
        json_object_set_new(o, names[i], is_numeric(j, names[i]) && values[i][0]
                                             ? json_integer(strtoll(values[i], NULL, 10))
                                             : json_string(values[i]));
    return !o || json_array_append_new(j->rows, o) != 0;
}

static const char *str(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

static long long num(const json_t *o, const char *key)
{
    return (long long)json_integer_value(json_object_get(o, key));
}

/* The lead, its pages, the other leads of its subject and its history as
 * one JSON object; NULL (message printed) when id is unknown or the store
 * fails.  The caller owns the result. */
static json_t *lead_json(store *st, int64_t id)
{
    static const char *const lead_nums[] = {"lead_id", "hits", "showing", "change_run", NULL};
    static const char *const page_nums[] = {"showing", "status", "warc_offset", NULL};
    static const char *const hist_nums[] = {"run", NULL};
    static const char *const complaint_nums[] = {"seeded_run", NULL};
    static const char *const keyword_nums[] = {"pages", NULL};
    json_rows lead = {json_array(), lead_nums}, pages = {json_array(), page_nums},
              hist = {json_array(), hist_nums}, others = {json_array(), lead_nums},
              complaints = {json_array(), complaint_nums}, keywords = {json_array(), keyword_nums};
    store_lead_filter f = {.lead_id = id};
    json_t *out = NULL;
    store_result r = store_leads(st, &f, add_json_row, &lead);
    if (r == STORE_OK && json_array_size(lead.rows) == 1) {
        out = json_incref(json_array_get(lead.rows, 0));
        store_lead_filter same = {.subject = str(out, "subject")};
        if ((r = store_lead_pages(st, id, add_json_row, &pages)) == STORE_OK &&
            (r = store_lead_history(st, id, add_json_row, &hist)) == STORE_OK &&
            (r = store_leads(st, &same, add_json_row, &others)) == STORE_OK)
            r = store_complaints_of(st, same.subject, add_json_row, &complaints);
        if (r == STORE_OK)
            r = store_lead_keywords(st, id, add_json_row, &keywords);
    }
    if (out && r == STORE_OK) {
        json_t *rest = json_array();
        size_t i;
        json_t *o;
        for (i = 0; (o = json_array_get(others.rows, i)) != NULL; i++)
            if (num(o, "lead_id") != id)
                json_array_append(rest, o);
        json_object_set(out, "pages", pages.rows);
        json_object_set_new(out, "other_leads", rest);
        json_object_set(out, "history", hist.rows);
        json_object_set(out, "complaints", complaints.rows);
        json_object_set(out, "keywords", keywords.rows);
    } else if (r != STORE_OK) {
        cli_error("cannot read lead %lld: %s", (long long)id, store_errmsg(st));
    } else {
        cli_error("no lead %lld in this database (see 'wangjian leads --status all')", (long long)id);
    }
    if (r != STORE_OK) {
        json_decref(out);
        out = NULL;
    }
    json_decref(lead.rows);
    json_decref(pages.rows);
    json_decref(hist.rows);
    json_decref(others.rows);
    json_decref(complaints.rows);
    json_decref(keywords.rows);
    return out;
}

/* ---- leads show ---- */

/* The complaints that named the lead's subject (wangjian import complaints). */
static void show_complaints(const json_t *l)
{
    const json_t *c = json_object_get(l, "complaints"), *o;
    printf("complaints about %s:%s\n", str(l, "subject"), json_array_size(c) ? "" : " none");
    for (size_t i = 0; (o = json_array_get(c, i)) != NULL; i++) {
        printf("  %s  %s  %s", str(o, "ref"), *str(o, "received") ? str(o, "received") : "(undated)",
               str(o, "url"));
        if (*str(o, "platform"))
            printf("  %s", str(o, "platform"));
        if (*str(o, "text")) {   /* on the complaint's line */
            fputs("  「", stdout);
            for (const char *t = str(o, "text"); *t; t++)
                putchar(*t == '\n' || *t == '\r' || *t == '\t' ? ' ' : *t);
            fputs("」", stdout);
        }
        printf("  (from %s)\n", str(o, "source"));
    }
}

/* The keyword crawls whose searches turned up pages of the lead. */
static void show_keywords(const json_t *l)
{
    const json_t *k = json_object_get(l, "keywords"), *o;
    printf("keywords:%s\n", json_array_size(k) ? "" : " none (no keyword crawl reached its pages)");
    for (size_t i = 0; (o = json_array_get(k, i)) != NULL; i++)
        printf("  %s  %lld page%s  first %s\n", str(o, "keyword"), num(o, "pages"),
               num(o, "pages") == 1 ? "" : "s", str(o, "first_seen"));
}

/* The operator the lead's subject belongs to (wangjian operators). */
static void show_operator(const json_t *l)
{
    const json_t *op = json_object_get(l, "operator"), *o;
    const json_t *others = json_object_get(op, "other_subjects");
    if (!json_is_object(op) || json_array_size(others) == 0) {
        printf("operator: %s alone\n", str(l, "subject"));
        return;
    }
    printf("operator: %s, also running:", str(op, "operator"));
    for (size_t i = 0; (o = json_array_get(others, i)) != NULL; i++)
        printf(" %s", json_string_value(o));
    printf("\n  joined by:");
    const json_t *sigs = json_object_get(op, "signals");
    for (size_t i = 0; (o = json_array_get(sigs, i)) != NULL; i++)
        if (json_is_true(json_object_get(o, "joins")))
            printf(" %s=%s", str(o, "kind"), str(o, "value"));
    putchar('\n');
}

static void show_text(const json_t *l)
{
    static const char *const fields[] = {"subject", "host", "url", "region", "severity", "law",
                                         "evidence", "first_seen", "last_seen", "checked"};
    size_t i;
    json_t *o;
    printf("lead %lld  %s  %s\n", num(l, "lead_id"), str(l, "rule"), str(l, "status"));
    for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
        printf("  %-11s %s\n", fields[i], str(l, fields[i]));
    printf("  %-11s %lld page%s (%lld showing it now)\n", "hits", num(l, "hits"),
           num(l, "hits") == 1 ? "" : "s", num(l, "showing"));
    printf("pages:\n");
    const json_t *pages = json_object_get(l, "pages"), *others = json_object_get(l, "other_leads"),
                 *hist = json_object_get(l, "history");
    for (i = 0; (o = json_array_get(pages, i)) != NULL; i++)
        printf("  %s  %s  first %s  last %s  fetched %s  status %lld  ip %s  sha256 %s%s%s%s%s\n",
               num(o, "showing") ? "shows" : *str(o, "moved_to") ? "moved" : "fixed", str(o, "url"),
               str(o, "first_seen"), str(o, "last_seen"), str(o, "fetched_at"), num(o, "status"),
               str(o, "ip"), str(o, "sha256"), *str(o, "warc_file") ? "  warc " : "",
               str(o, "warc_file"), *str(o, "moved_to") ? "  now shown under " : "",
               str(o, "moved_to"));
    printf("other leads of %s:\n", str(l, "subject"));
    for (i = 0; (o = json_array_get(others, i)) != NULL; i++)
        printf("  %lld  %s  %s  %s\n", num(o, "lead_id"), str(o, "rule"), str(o, "severity"),
               str(o, "status"));
    show_complaints(l);
    show_keywords(l);
    show_operator(l);
    printf("history:\n");
    for (i = 0; (o = json_array_get(hist, i)) != NULL; i++) {
        printf("  %s  %s", str(o, "at"), str(o, "actor"));
        if (num(o, "run"))
            printf(" (run %lld)", num(o, "run"));
        printf("  %s -> %s", *str(o, "old_status") ? str(o, "old_status") : "(new)",
               str(o, "new_status"));
        if (*str(o, "note"))
            printf("  note: %s", str(o, "note"));
        if (*str(o, "outcome"))
            printf("  outcome: %s", str(o, "outcome"));
        putchar('\n');
    }
}

const struct option cli_lead_show_opts[] = {
    {"db", required_argument, 0, 'd'}, {"format", required_argument, 0, 'f'}, {0, 0, 0, 0}};

/* A lead id from text: > 0, digits only; 0 when it is not one. */
static int64_t parse_id(const char *s)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    return errno || end == s || *end || *s < '0' || *s > '9' || v <= 0 ? 0 : (int64_t)v;
}

int cmd_lead_show(int argc, char **argv)
{
    const char *db = NULL, *format = "text";
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_lead_show_opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'f')
            format = optarg;
        else
            return cli_usage_error("leads show", "unknown or incomplete option '%s'", argv[optind - 1]);
    }
    if (!db)
        return cli_usage_error("leads show", "--db FILE is required");
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)
        return cli_value_error("leads show", format, "--format must be text or json, not '%s'", format);
    if (argc - optind != 1)
        return cli_usage_error("leads show", "give one LEAD_ID");
    int64_t id = parse_id(argv[optind]);
    if (!id)
        return cli_usage_error("leads show", "not a lead id: '%s'", argv[optind]);
    store *st = cli_open_store_mode(db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    json_t *l = lead_json(st, id);
    json_t *op = l ? cli_operator_of(st, str(l, "subject")) : NULL;
    if (op)
        json_object_set_new(l, "operator", op);
    else if (l) {
        json_decref(l);
        l = NULL;
    }
    int rc = l ? CLI_OK : CLI_FAIL;
    if (l && strcmp(format, "json") == 0) {
        json_dumpf(l, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        putchar('\n');
    } else if (l) {
        show_text(l);
    }
    json_decref(l);
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}

/* ---- leads set ---- */

typedef struct {
    const char *db, *status, *note, *by, *outcome;
    int64_t *ids;
    size_t n;
} set_args;

const struct option cli_lead_set_opts[] = {
    {"db", required_argument, 0, 'd'}, {"status", required_argument, 0, 's'},
    {"note", required_argument, 0, 'n'}, {"by", required_argument, 0, 'b'},
    {"outcome", required_argument, 0, 'o'}, {0, 0, 0, 0}};

static int parse_set(int argc, char **argv, set_args *a)
{
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_lead_set_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 's': a->status = optarg; break;
        case 'n': a->note = optarg; break;
        case 'b': a->by = optarg; break;
        case 'o': a->outcome = optarg; break;
        default: return cli_usage_error("leads set", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (!a->db || !a->status)
        return cli_usage_error("leads set", "--db FILE and --status S are required");
    if (!store_lead_status_valid(a->status))
        return cli_value_error("leads set", a->status, "--status must be open, confirmed, dismissed, "
                               "referred or resolved, not '%s'", a->status);
    if (a->outcome && strcmp(a->outcome, "closed") != 0 && strcmp(a->outcome, "service-stopped") != 0)
        return cli_value_error("leads set", a->outcome, "--outcome must be closed or service-stopped, "
                               "not '%s'", a->outcome);
    if (optind >= argc)
        return cli_usage_error("leads set", "give at least one LEAD_ID");
    a->n = (size_t)(argc - optind);
    if (!(a->ids = calloc(a->n, sizeof *a->ids)))
        return CLI_FAIL;
    for (size_t i = 0; i < a->n; i++)
        if (!(a->ids[i] = parse_id(argv[optind + (int)i])))
            return cli_usage_error("leads set", "not a lead id: '%s'", argv[optind + (int)i]);
    return CLI_OK;
}

/* The login name, for --by. */
static const char *login_name(char *buf, size_t len)
{
    struct passwd pw, *res = NULL;
    char tmp[1024];
    if (getpwuid_r(geteuid(), &pw, tmp, sizeof tmp, &res) == 0 && res && res->pw_name) {
        snprintf(buf, len, "%s", res->pw_name);
        return buf;
    }
    snprintf(buf, len, "uid %ld", (long)geteuid());
    return buf;
}

/* All ids in one transaction: an unknown id changes nothing. */
static int set_all(store *st, const set_args *a, const char *by)
{
    int64_t now = (int64_t)time(NULL);
    if (store_begin(st) != STORE_OK) {
        cli_error("cannot start a transaction: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    for (size_t i = 0; i < a->n; i++) {
        store_result r = store_lead_set(st, a->ids[i], a->status, by, a->note, a->outcome, now);
        if (r == STORE_OK)
            continue;
        store_rollback(st);
        if (r == STORE_ENOTFOUND)
            return cli_usage_error("leads set", "no lead %lld in '%s'; nothing was changed",
                                   (long long)a->ids[i], a->db);
        cli_error("cannot set lead %lld: %s; nothing was changed", (long long)a->ids[i],
                  store_errmsg(st));
        return CLI_FAIL;
    }
    if (store_commit(st) != STORE_OK) {
        cli_error("cannot commit: %s; nothing was changed", store_errmsg(st));
        store_rollback(st);
        return CLI_FAIL;
    }
    fprintf(stderr, "wangjian: %zu lead%s set to %s by %s\n", a->n, a->n == 1 ? "" : "s",
            a->status, by);
    return CLI_OK;
}

int cmd_lead_set(int argc, char **argv)
{
    set_args a = {0};
    char who[256];
    int rc = parse_set(argc, argv, &a);
    store *st = rc == CLI_OK ? cli_open_store_mode(a.db, STORE_OPEN_WRITE) : NULL;
    if (rc == CLI_OK && !st)
        rc = CLI_FAIL;
    if (st) {
        rc = set_all(st, &a, a.by && *a.by ? a.by : login_name(who, sizeof who));
        if (cli_close_store(st) != CLI_OK && rc == CLI_OK)
            rc = CLI_FAIL;
    }
    free(a.ids);
    return rc;
}

/* ---- the lead filters leads and export share ---- */

/* Append the comma-separated items of arg (split in place) to v[*n]. */
static int add_list(const char *cmd, const char *opt, char *arg, const char **v, size_t *n)
{
    for (char *p = arg, *comma; p; p = comma ? comma + 1 : NULL) {
        if ((comma = strchr(p, ',')) != NULL)
            *comma = '\0';
        if (!*p)
            return cli_usage_error(cmd, "%s takes a value or a comma-separated list, not an empty "
                                   "item", opt), -1;
        if (*n >= CLI_LEAD_LIST_MAX)
            return cli_usage_error(cmd, "at most %d values of %s", CLI_LEAD_LIST_MAX, opt), -1;
        v[(*n)++] = p;
    }
    return 1;
}

int cli_lead_filter_opt(cli_lead_filter_args *a, const char *cmd, int c, char *arg)
{
    switch (c) {
    case CLI_OPT_RULE: return add_list(cmd, "--rule", arg, a->rules, &a->nrules);
    case CLI_OPT_SEVERITY: return add_list(cmd, "--severity", arg, a->severities, &a->nseverities);
    case CLI_OPT_STATUS: return add_list(cmd, "--status", arg, a->statuses, &a->nstatuses);
    case CLI_OPT_PROVINCE: a->province = arg; return 1;
    case CLI_OPT_AUTHORITY: a->authority = arg; return 1;
    case CLI_OPT_HOST: a->host = arg; return 1;
    case CLI_OPT_SUBJECT: a->subject = arg; return 1;
    case CLI_OPT_SINCE: a->since = arg; return 1;
    case CLI_OPT_UNTIL: a->until = arg; return 1;
    case CLI_OPT_TZ: a->tz = arg; return 1;
    case CLI_OPT_KEYWORD: a->keyword = arg; return 1;
    default: return 0;
    }
}

const char *cli_lead_filter_given(const cli_lead_filter_args *a)
{
    return a->nrules ? "--rule" : a->nseverities ? "--severity" : a->nstatuses ? "--status"
         : a->province ? "--province" : a->authority ? "--authority" : a->host ? "--host"
         : a->subject ? "--subject" : a->since ? "--since" : a->until ? "--until"
         : a->tz ? "--tz" : a->keyword ? "--keyword" : NULL;
}

/* --tz ZONE: a zone of the tz database (Asia/Shanghai) or UTC; glibc
 * takes an unknown name as UTC without a word, so the name is checked. */
int cli_apply_tz(const char *cmd, const char *zone)
{
    const char *dir = getenv("TZDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
    if (strcmp(zone, "UTC") != 0 && (!*zone || zone[0] == '/' || strstr(zone, "..") ||
                                     access(path, R_OK) != 0))
        return cli_value_error(cmd, zone, "--tz '%s' is not a time zone of the tz database "
                               "(Asia/Shanghai, UTC ...)", zone);
    if (setenv("TZ", zone, 1) != 0)
        return cli_error("cannot set the time zone: %s", strerror(errno)), CLI_FAIL;
    tzset();
    return CLI_OK;
}

/* A day YYYY-MM-DD in the local zone: its start (next 0) or the start of
 * the day after (next 1), unix seconds; -1 when it is not a date. */
static int64_t day_start(const char *s, int next)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *end = strptime(s, "%Y-%m-%d", &tm);
    if (!end || *end || strlen(s) != 10)
        return -1;
    tm.tm_mday += next;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    return t == (time_t)-1 ? -1 : (int64_t)t;
}

static int check_values(const char *cmd, const char *opt, const char *const *v, size_t n,
                        int (*valid)(const char *), const char *allowed)
{
    for (size_t i = 0; i < n; i++)
        if (!valid(v[i]))
            return cli_value_error(cmd, v[i], "%s must be %s, not '%s'", opt, allowed, v[i]);
    return CLI_OK;
}

static int severity_valid(const char *s)
{
    return strcmp(s, "high") == 0 || strcmp(s, "medium") == 0 || strcmp(s, "low") == 0;
}

static int status_valid(const char *s)
{
    return store_lead_status_valid(s) || strcmp(s, "all") == 0;
}

int cli_lead_filter_finish(cli_lead_filter_args *a, const char *cmd, store_lead_filter *f)
{
    int rc = check_values(cmd, "--severity", a->severities, a->nseverities, severity_valid,
                          "high, medium or low");
    if (rc == CLI_OK)
        rc = check_values(cmd, "--status", a->statuses, a->nstatuses, status_valid,
                          "open, confirmed, dismissed, referred, resolved or all");
    if (rc != CLI_OK)
        return rc;
    if (a->authority && strcmp(a->authority, "market") != 0 && strcmp(a->authority, "telecom") != 0)
        return cli_value_error(cmd, a->authority, "--authority must be market or telecom, not '%s'",
                               a->authority);
    if (a->tz && (rc = cli_apply_tz(cmd, a->tz)) != CLI_OK)
        return rc;
    for (size_t i = 0; i < a->nstatuses; i++)
        a->all_statuses |= strcmp(a->statuses[i], "all") == 0;
    int64_t from = a->since ? day_start(a->since, 0) : 0, before = a->until ? day_start(a->until, 1) : 0;
    if (from < 0 || before < 0)
        return cli_value_error(cmd, from < 0 ? a->since : a->until, "%s takes a date YYYY-MM-DD, "
                               "not '%s'", from < 0 ? "--since" : "--until",
                               from < 0 ? a->since : a->until);
    if (from && before && from >= before)
        return cli_usage_error(cmd, "--since %s is after --until %s", a->since, a->until);
    f->rules = a->rules;
    f->nrules = a->nrules;
    f->severities = a->severities;
    f->nseverities = a->nseverities;
    f->statuses = a->statuses;
    f->nstatuses = a->all_statuses ? 0 : a->nstatuses;
    f->province = a->province;
    f->authority = a->authority;
    f->host = a->host;
    f->subject = a->subject;
    f->seen_from = from;
    f->seen_before = before;
    f->keyword = a->keyword;
    return CLI_OK;
}

static int stop_at_first(void *ud, size_t n, const char *const *names, const char *const *values)
{
    (void)n, (void)names, (void)values;
    *(int *)ud = 1;
    return 1;
}

static void seek_book_rule(void *ud, const char *code, const char *severity, const char *category,
                           const char *kind, int enabled, const char *title, const char *basis)
{
    (void)severity, (void)category, (void)kind, (void)enabled, (void)title, (void)basis;
    const char **want = ud;   /* [0] the code; [1] set when found */
    if (strcmp(code, want[0]) == 0)
        want[1] = code;
}

/* code is a rule of book (may be NULL) or of a lead in st: 1, 0, or -1
 * when the store cannot be read. */
static int rule_known(store *st, const rules_book *book, const char *code)
{
    const char *want[2] = {code, NULL};
    int found = 0;
    if (book)
        rules_each(book, seek_book_rule, want);
    if (want[1])
        return 1;
    store_lead_filter one = {.rules = &code, .nrules = 1, .plain = 1};
    return store_leads(st, &one, stop_at_first, &found) != STORE_OK && !found ? -1 : found;
}

int cli_lead_rules_known(store *st, const char *cmd, const store_lead_filter *f)
{
    if (!f->nrules)
        return CLI_OK;
    char *dir = cli_rules_dir(NULL);
    rules_book *book = dir ? cli_load_rules(dir) : NULL;
    int rc = CLI_OK;
    for (size_t i = 0; i < f->nrules && rc == CLI_OK; i++) {
        int k = rule_known(st, book, f->rules[i]);
        if (k < 0) {
            cli_error("cannot read the leads: %s", store_errmsg(st));
            rc = CLI_FAIL;
        } else if (k == 0) {
            rc = cli_value_error(cmd, f->rules[i], "--rule '%s' is not a rule of the rulebook, and "
                                 "no lead has it ('wangjian rules list' shows the codes)",
                                 f->rules[i]);
        }
    }
    rules_free(book);
    free(dir);
    return rc;
}

int cli_check_rule(store *st, const char *cmd, const char *code)
{
    const char *one[1] = {code};
    store_lead_filter f = {.rules = one, .nrules = 1};
    return cli_lead_rules_known(st, cmd, &f);
}

/* ---- leads: a table that fits the terminal ---- */

/* The columns of the table: header, source column, the narrowest a
 * flexible column may take (0: never cut), and the order in which columns are
 * hidden when even the narrowest widths do not fit (0: never hidden). */
enum { T_CHANGE, T_CHECKED, T_ID, T_RULE, T_SEV, T_STATUS, T_PROV, T_SUBJECT, T_URL, T_HITS, T_SEEN,
       T_COLS };
static const struct {
    const char *head, *src;
    size_t min;
    int hide;
} tcols[T_COLS] = {
    [T_CHANGE] = {"CHANGE", "change", 0, 9}, [T_CHECKED] = {"CHECKED", "checked", 0, 10},
    [T_ID] = {"ID", "lead_id", 0, 0}, [T_RULE] = {"RULE", "rule", 0, 0},
    [T_SEV] = {"SEVERITY", "severity", 0, 2}, [T_STATUS] = {"STATUS", "status", 0, 4},
    [T_PROV] = {"PROVINCE", "region", 4, 5}, [T_SUBJECT] = {"SUBJECT", "subject", 8, 1},
    [T_URL] = {"URL", "url", 12, 8}, [T_HITS] = {"HITS", "hits", 0, 6},
    [T_SEEN] = {"LAST SEEN", "last_seen", 0, 3}};

typedef struct {
    char **cells;   /* rows * T_COLS strings, owned */
    size_t rows, cap;
    size_t width[T_COLS];
    int shown[T_COLS];
    int failed;
} lead_table;

/* Display width of the character at s (len bytes left) by Unicode's East
 * Asian Width (libunistring); *bytes receives its length. */
static size_t char_width(const char *s, size_t len, size_t *bytes)
{
    ucs4_t uc;
    int n = u8_mbtouc(&uc, (const uint8_t *)s, len);
    int w = uc_width(uc, "UTF-8");
    *bytes = n > 0 ? (size_t)n : 1;
    return w < 0 ? 1 : (size_t)w;
}

static size_t text_width(const char *s)
{
    int w = u8_strwidth((const uint8_t *)s, "UTF-8");
    return w < 0 ? strlen(s) : (size_t)w;
}

/* A copy of s on one line: control characters become spaces, runs of
 * spaces one space.  NULL when out of memory. */
static char *one_line(const char *s)
{
    char *out = malloc(strlen(s ? s : "") + 1), *o = out;
    for (; out && s && *s; s++) {
        int space = (unsigned char)*s < 0x20 || *s == ' ' || *s == 0x7f;
        if (!space || (o > out && o[-1] != ' '))
            *o++ = space ? ' ' : *s;
    }
    if (out)
        *o = '\0';
    return out;
}

/* The cell of column c from a row of store_leads. */
static char *table_cell(int c, size_t n, const char *const *names, const char *const *values)
{
    const char *v = cli_row_col(n, names, values, tcols[c].src);
    char t[40];
    if (c == T_SEEN || c == T_CHECKED) {   /* the local date */
        v = cli_local_time(v, t, sizeof t);
        if (v == t)
            t[10] = '\0';
    }
    return one_line(v ? v : "");
}

static int table_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    lead_table *t = ud;
    if (t->rows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        char **p = realloc(t->cells, cap * T_COLS * sizeof *p);
        if (!p)
            return t->failed = 1;
        t->cells = p;
        t->cap = cap;
    }
    char **row = t->cells + t->rows * T_COLS;
    for (int c = 0; c < T_COLS; c++)
        if (!(row[c] = table_cell(c, n, names, values))) {
            while (c-- > 0)
                free(row[c]);
            return t->failed = 1;
        }
    t->rows++;
    return 0;
}

static size_t table_total(const lead_table *t)
{
    size_t total = 0, n = 0;
    for (int c = 0; c < T_COLS; c++)
        if (t->shown[c])
            total += t->width[c] + (n++ ? 2 : 0);
    return total;
}

/* Natural widths (the widest cell) of the shown columns. */
static void table_natural(lead_table *t)
{
    for (int c = 0; c < T_COLS; c++) {
        t->width[c] = t->shown[c] ? text_width(tcols[c].head) : 0;
        for (size_t r = 0; t->shown[c] && r < t->rows; r++) {
            size_t w = text_width(t->cells[r * T_COLS + c]);
            t->width[c] = w > t->width[c] ? w : t->width[c];
        }
    }
}

/* Shrink the flexible columns towards their minimum, the one with most
 * to spare first, until the table fits limit or none can shrink. */
static void table_shrink(lead_table *t, size_t limit)
{
    while (table_total(t) > limit) {
        int best = -1;
        for (int c = 0; c < T_COLS; c++)
            if (t->shown[c] && tcols[c].min && t->width[c] > tcols[c].min &&
                (best < 0 || t->width[c] - tcols[c].min > t->width[best] - tcols[best].min))
                best = c;
        if (best < 0)
            return;
        size_t over = table_total(t) - limit, spare = t->width[best] - tcols[best].min;
        t->width[best] -= over < spare ? over : spare;
    }
}

/* Fit the table into limit columns (0: no limit): shrink; when even the
 * narrowest widths do not fit, hide a column in tcols' order and start
 * again from the natural widths.  The rule is never cut. */
static void table_fit(lead_table *t, size_t limit)
{
    for (;;) {
        table_natural(t);
        if (!limit)
            return;
        table_shrink(t, limit);
        if (table_total(t) <= limit)
            return;
        int hide = -1;
        for (int c = 0; c < T_COLS; c++)
            if (t->shown[c] && tcols[c].hide && (hide < 0 || tcols[c].hide > tcols[hide].hide))
                hide = c;
        if (hide < 0)
            return;
        t->shown[hide] = 0;
    }
}

/* s in width display columns: cut at a character boundary with "…" when
 * wider, padded with spaces unless last. */
static void print_fitted(const char *s, size_t width, int last)
{
    size_t w = 0, len = strlen(s), i = 0, b, cw;
    int cut = text_width(s) > width;
    if (width == 0)
        return;
    while (i < len && (cw = char_width(s + i, len - i, &b), w + cw <= width - (size_t)cut)) {
        w += cw;
        i += b;
    }
    fwrite(s, 1, i, stdout);
    if (cut && width > 0) {
        fputs("…", stdout);
        w++;
    }
    for (; !last && w < width; w++)
        fputc(' ', stdout);
}

static void print_table_row(const lead_table *t, char *const *row)
{
    int last = -1, first = 1;
    for (int c = 0; c < T_COLS; c++)
        if (t->shown[c])
            last = c;
    for (int c = 0; c < T_COLS; c++) {
        if (!t->shown[c])
            continue;
        if (!first)
            fputs("  ", stdout);
        first = 0;
        print_fitted(row ? row[c] : tcols[c].head, t->width[c], c == last);
    }
    fputc('\n', stdout);
}

/* The width a table may take: the terminal's (TIOCGWINSZ) when standard
 * output is one, else $COLUMNS, else none (a file or pipe gets whole
 * cells); 80 for a terminal that does not say. */
static size_t table_limit(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    const char *cols = getenv("COLUMNS");
    char *end;
    long n = cols ? strtol(cols, &end, 10) : 0;
    if (cols && *cols && !*end && n > 0 && n < 100000)
        return (size_t)n;
    return isatty(STDOUT_FILENO) ? 80 : 0;
}

static void table_print(lead_table *t)
{
    char hidden[128] = "";
    int shown_before[T_COLS];
    memcpy(shown_before, t->shown, sizeof shown_before);
    table_fit(t, table_limit());
    if (t->rows)
        print_table_row(t, NULL);
    for (size_t r = 0; r < t->rows; r++)
        print_table_row(t, t->cells + r * T_COLS);
    for (int c = 0; c < T_COLS; c++)
        if (shown_before[c] && !t->shown[c])
            snprintf(hidden + strlen(hidden), sizeof hidden - strlen(hidden), "%s%s",
                     *hidden ? ", " : "", tcols[c].head);
    fflush(stdout);
    if (*hidden)
        fprintf(stderr, "wangjian: too narrow for %s (--format csv shows every column)\n", hidden);
}

static void table_free(lead_table *t)
{
    for (size_t i = 0; i < t->rows * T_COLS; i++)
        free(t->cells[i]);
    free(t->cells);
}

/* Rows of a listing through to fn, but only those of one page; every row
 * is counted. */
typedef struct {
    store_row_fn fn;
    void *ud;
    cli_page page;
    size_t seen;
} page_rows;

static int page_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    page_rows *p = ud;
    size_t i = p->seen++;
    if (i < (size_t)p->page.offset ||
        (p->page.limit > 0 && i - (size_t)p->page.offset >= (size_t)p->page.limit))
        return 0;
    return p->fn(p->ud, n, names, values);
}

/* store_leads, handing fn only the rows of page (NULL: all); *total
 * (unless NULL) receives the number of leads f selects. */
static store_result leads_page(store *st, const store_lead_filter *f, const cli_page *page,
                               store_row_fn fn, void *ud, size_t *total)
{
    page_rows p = {fn, ud, page ? *page : (cli_page){0, 0}, 0};
    store_result r = store_leads(st, f, page_row, &p);
    if (total)
        *total = p.seen;
    return r;
}

/* The count after a table, on stderr: "N leads (open)", or for a page
 * "leads 51-100 of 1234 (open)" and the option that shows the next. */
static void leads_count(const store_lead_filter *f, const cli_page *page, size_t shown,
                        size_t total)
{
    size_t from = page ? (size_t)page->offset : 0;
    if (!page || total == 0 || (from == 0 && shown == total))
        fprintf(stderr, "wangjian: %zu lead%s (", total, total == 1 ? "" : "s");
    else if (shown == 0)
        fprintf(stderr, "wangjian: no leads past the %zu there are (", total);
    else
        fprintf(stderr, "wangjian: leads %zu-%zu of %zu (", from + 1, from + shown, total);
    for (size_t i = 0; i < f->nstatuses; i++)
        fprintf(stderr, "%s%s", i ? ", " : "", f->statuses[i]);
    fprintf(stderr, "%s)", f->nstatuses ? "" : "all");
    if (from + shown < total && shown > 0)
        fprintf(stderr, "; --offset %zu shows the next", from + shown);
    fputc('\n', stderr);
}

/* The leads as CSV or JSON lines through the export writer: the export
 * columns, then checked, change and change_run. */
static int leads_rows(store *st, const store_lead_filter *f, int jsonl, const cli_page *page)
{
    size_t n;
    const char *const *export_cols = store_export_columns("leads", &n);
    const char *cols[32];
    static const char *const more[] = {"checked", "change", "change_run"};
    for (size_t i = 0; i < n && i < 29; i++)
        cols[i] = export_cols[i];
    for (size_t i = 0; i < 3; i++)
        cols[n + i] = more[i];
    cli_rows_opts o = {.jsonl = jsonl};
    cli_rows *w = cli_rows_begin(stdout, &o, n + 3, cols);
    store_result r = w ? leads_page(st, f, page, cli_rows_put, w, NULL) : STORE_OK;
    if (r != STORE_OK)
        cli_error("cannot read leads: %s", store_errmsg(st));
    int rc = cli_rows_end(w);
    if (fflush(stdout) != 0 && rc == CLI_OK) {
        cli_error("cannot write: %s", strerror(errno));
        rc = CLI_FAIL;
    }
    return r == STORE_OK ? rc : CLI_FAIL;
}

int cli_leads_table(store *st, const store_lead_filter *filter, const char *status, const char *rule,
                    int flags, const cli_page *page)
{
    store_lead_filter f = *filter;
    if (status && strcmp(status, "all") != 0) {
        f.statuses = &status;
        f.nstatuses = 1;
    }
    if (rule) {
        f.rules = &rule;
        f.nrules = 1;
    }
    f.plain = 0;
    if (flags & (CLI_LEADS_JSONL | CLI_LEADS_CSV))
        return leads_rows(st, &f, flags & CLI_LEADS_JSONL, page);
    lead_table t = {0};
    for (int c = 0; c < T_COLS; c++)
        t.shown[c] = (c != T_CHANGE || f.changed_run > 0 || f.changed_since > 0) &&
                     (c != T_CHECKED || f.stale_before > 0);
    size_t total;
    if (leads_page(st, &f, page, table_row, &t, &total) != STORE_OK || t.failed) {
        cli_error("cannot read leads: %s", t.failed ? "out of memory" : store_errmsg(st));
        table_free(&t);
        return CLI_FAIL;
    }
    table_print(&t);
    if (!(flags & CLI_LEADS_NO_COUNT))
        leads_count(&f, page, t.rows, total);
    table_free(&t);
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
    const char *rest = end && *end == 'T' ? strptime(end, "T%H:%M:%S", &tm) : end;
    if (rest && !*rest) {
        f->changed_since = (int64_t)timegm(&tm);
        return 0;
    }
    cli_usage_error("leads", "--new-since takes last-run, a run number or a date "
                    "(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS UTC), not '%s'", v);
    return -1;
}


typedef struct {
    const char *db, *new_since, *format, *source;
    long stale_days;
    cli_page page;    /* --offset, --limit */
    int flags;        /* CLI_LEADS_JSONL or CLI_LEADS_CSV for --format */
    int complaints;   /* --source complaint */
    cli_lead_filter_args filt;
} leads_args;

const struct option cli_leads_opts[] = {
    {"db", required_argument, 0, 'd'}, {"new-since", required_argument, 0, 'n'},
    {"stale", required_argument, 0, 'S'}, {"format", required_argument, 0, 'f'},
    {"source", required_argument, 0, 'o'}, {"limit", required_argument, 0, 'L'},
    {"offset", required_argument, 0, 'O'}, CLI_LEAD_FILTER_OPTS, {0, 0, 0, 0}};

/* --source complaint lists subjects, not leads: the lead filters do not
 * apply to it.  CLI_OK, or CLI_USAGE after the message. */
static int check_source(leads_args *a)
{
    const char *filter = cli_lead_filter_given(&a->filt);
    if (!filter)
        filter = a->new_since ? "--new-since" : a->stale_days ? "--stale" : NULL;
    if (strcmp(a->source, "rules") == 0)
        return CLI_OK;
    if (strcmp(a->source, "complaint") != 0)
        return cli_value_error("leads", a->source, "--source must be rules or complaint, not '%s'",
                               a->source);
    if (!filter)
        filter = a->page.limit ? "--limit" : a->page.offset ? "--offset" : NULL;
    if (filter)
        return cli_usage_error("leads", "--source complaint lists every subject complaints named "
                               "with all its leads; %s does not apply to it", filter);
    a->complaints = 1;
    return CLI_OK;
}

static int parse_leads_args(int argc, char **argv, leads_args *a)
{
    int c, t;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_leads_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 'n': a->new_since = optarg; break;
        case 'f': a->format = optarg; break;
        case 'o': a->source = optarg; break;
        case 'S':
            if ((a->stale_days = cli_parse_long("leads", "--stale", optarg, 1, 36500)) < 0)
                return CLI_USAGE;
            break;
        case 'L':
            if ((a->page.limit = cli_parse_long("leads", "--limit", optarg, 1, 100000000)) < 0)
                return CLI_USAGE;
            break;
        case 'O':
            if ((a->page.offset = cli_parse_long("leads", "--offset", optarg, 0, 100000000)) < 0)
                return CLI_USAGE;
            break;
        default:
            if ((t = cli_lead_filter_opt(&a->filt, "leads", c, optarg)) < 0)
                return CLI_USAGE;
            if (t == 0)
                return cli_usage_error("leads", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("leads", "unexpected argument '%s'", argv[optind]);
    if (!a->db)
        return cli_usage_error("leads", "--db FILE is required");
    if (check_source(a) != CLI_OK)
        return CLI_USAGE;
    if (!a->filt.nstatuses)   /* what a run added may have been resolved since */
        a->filt.statuses[a->filt.nstatuses++] = a->new_since ? "all" : "open";
    if (strcmp(a->format, "jsonl") == 0)
        a->flags = CLI_LEADS_JSONL;
    else if (strcmp(a->format, "csv") == 0)
        a->flags = CLI_LEADS_CSV;
    else if (strcmp(a->format, "table") != 0)
        return cli_value_error("leads", a->format, "--format must be table, csv or jsonl, not '%s'",
                               a->format);
    return CLI_OK;
}

int cmd_leads(int argc, char **argv)
{
    leads_args a = {.format = "table", .source = "rules"};
    store_lead_filter f = {0};
    int rc = parse_leads_args(argc, argv, &a);
    if (rc == CLI_OK)
        rc = cli_lead_filter_finish(&a.filt, "leads", &f);
    if (rc != CLI_OK)
        return rc;
    store *st = cli_open_store_mode(a.db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    if (a.stale_days > 0)
        f.stale_before = (int64_t)time(NULL) - (int64_t)a.stale_days * 86400;
    if (a.new_since && parse_new_since(st, a.new_since, &f) != 0)
        rc = strncmp(a.new_since, "last-run", 9) == 0 ? CLI_FAIL : CLI_USAGE;
    if (rc == CLI_OK)
        rc = cli_lead_rules_known(st, "leads", &f);
    if (rc == CLI_OK && a.complaints && (a.flags & CLI_LEADS_CSV))
        rc = cli_usage_error("leads", "--source complaint lists as a table or jsonl, not csv");
    else if (rc == CLI_OK && a.complaints)
        rc = cli_complaint_subjects(st, a.flags);
    else if (rc == CLI_OK)
        rc = cli_leads_table(st, &f, NULL, NULL, a.flags,
                             a.page.limit || a.page.offset ? &a.page : NULL);
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}
