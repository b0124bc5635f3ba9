/*
 * wangjian leads show / leads set: one lead as an investigator sees it
 * (its fields, the pages that showed it, the other leads of its subject
 * and its history), and the decisions people take on leads (confirm,
 * dismiss, refer, with a note), each kept in the lead's history.
 */
#include <errno.h>
#include <getopt.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <jansson.h>
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
    json_rows lead = {json_array(), lead_nums}, pages = {json_array(), page_nums},
              hist = {json_array(), hist_nums}, others = {json_array(), lead_nums},
              complaints = {json_array(), complaint_nums};
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
        printf("  %s  %s  first %s  last %s  fetched %s  status %lld  ip %s  sha256 %s%s%s\n",
               num(o, "showing") ? "shows" : "fixed", str(o, "url"), str(o, "first_seen"),
               str(o, "last_seen"), str(o, "fetched_at"), num(o, "status"), str(o, "ip"),
               str(o, "sha256"), *str(o, "warc_file") ? "  warc " : "", str(o, "warc_file"));
    printf("other leads of %s:\n", str(l, "subject"));
    for (i = 0; (o = json_array_get(others, i)) != NULL; i++)
        printf("  %lld  %s  %s  %s\n", num(o, "lead_id"), str(o, "rule"), str(o, "severity"),
               str(o, "status"));
    show_complaints(l);
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
