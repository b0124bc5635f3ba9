/*
 * wangjian operators: subjects (shops, sites) linked into operators
 * (同一经营者) by the identity signals their pages show (operators/), with
 * each operator's open leads by rule and the signals that join it.  Also
 * the operator of one subject, for `leads show`.
 *
 * Contact details (phones, e-mail, QQ, WeChat, payee) are personal
 * information (PIPL): the table shows them, JSON lines (an export) mask
 * them unless --with-contacts.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cli.h"
#include "../operators/operators.h"

enum { DEFAULT_MAX_SHARED = 20 };

typedef struct {
    ops_graph *g;
    const parser_profiles *profiles;
    int failed;
    store_row_fn also;   /* also given every signal row (the export's contacts), or NULL */
    void *also_ud;
} load_ctx;

static int signal_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    load_ctx *c = ud;
    const char *subject = cli_row_col(n, names, values, "subject"),
               *kind = cli_row_col(n, names, values, "kind"),
               *value = cli_row_col(n, names, values, "value"),
               *strength = cli_row_col(n, names, values, "strength"),
               *url = cli_row_col(n, names, values, "url");
    if (!subject || !kind || !value || !strength || !url)
        return c->failed = 1;
    int platform = parser_profiles_identity(c->profiles, kind, value);
    if (ops_add(c->g, subject, kind, value, strcmp(strength, "strong") == 0, platform, url) !=
            OPS_OK ||
        (c->also && c->also(c->also_ud, n, names, values) != 0))
        c->failed = 1;
    return c->failed;
}

static int lead_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    load_ctx *c = ud;
    const char *subject = cli_row_col(n, names, values, "subject"),
               *rule = cli_row_col(n, names, values, "rule"),
               *status = cli_row_col(n, names, values, "status");
    if (!subject || !rule || !status)
        return c->failed = 1;
    if (strcmp(status, "open") == 0 && ops_add_lead(c->g, subject, rule) != OPS_OK)
        c->failed = 1;
    return c->failed;
}

/* The signals and (with_leads) the open leads of st, linked; each signal
 * row is also given to also (NULL: none) in the same pass.  NULL after a
 * message. */
static ops_graph *build(store *st, const parser_profiles *profiles, size_t max_shared,
                        int with_leads, store_row_fn also, void *also_ud,
                        const ops_operator **ops, size_t *n)
{
    load_ctx c = {ops_new(), profiles, 0, also, also_ud};
    static const char *const open_only[] = {"open"};
    /* the export's plain columns: the listing's 'checked' and 'change'
     * lookups are not wanted here */
    store_lead_filter all = {.statuses = open_only, .nstatuses = 1, .plain = 1};
    if (!c.g) {
        cli_error("out of memory");
        return NULL;
    }
    store_result r = store_signals(st, signal_row, &c);
    if (r == STORE_OK && !c.failed && with_leads)
        r = store_leads(st, &all, lead_row, &c);
    ops_result o = c.failed ? OPS_ENOMEM : OPS_OK;
    if (r == STORE_OK && o == OPS_OK)
        o = ops_link(c.g, max_shared, ops, n);
    if (r != STORE_OK || o != OPS_OK) {
        cli_error("cannot link operators: %s",
                  r != STORE_OK ? store_errmsg(st) : ops_strerror(o));
        ops_free(c.g);
        return NULL;
    }
    return c.g;
}

/* value with all but its first and last characters (its domain, for an
 * e-mail address) replaced by '*', into out: for exports of contacts. */
static void mask(const char *kind, const char *value, char *out, size_t outlen)
{
    size_t len = strlen(value), keep_end = 0, k = 0;
    const char *at = strcmp(kind, "email") == 0 ? strchr(value, '@') : NULL;
    size_t body = at ? (size_t)(at - value) : len;
    size_t first = 1;
    while (first < body && ((unsigned char)value[first] & 0xC0) == 0x80)
        first++; /* one whole UTF-8 character */
    if (!at && len > first) {
        keep_end = 1;
        while (keep_end < len - first && ((unsigned char)value[len - keep_end] & 0xC0) == 0x80)
            keep_end++;
        if (len - keep_end <= first)
            keep_end = 0;
    }
    for (size_t i = 0; i < first && k + 1 < outlen; i++)
        out[k++] = value[i];
    for (size_t i = first; i < body - keep_end && k + 1 < outlen; i++)
        if (((unsigned char)value[i] & 0xC0) != 0x80)
            out[k++] = '*';
    const char *rest = at ? at : value + len - keep_end;
    for (; *rest && k + 1 < outlen; rest++)
        out[k++] = *rest;
    out[k] = '\0';
}

static const char *shown(const ops_signal *s, int contacts, char *buf, size_t len)
{
    if (contacts || !parser_signal_contact(s->kind))
        return s->value;
    mask(s->kind, s->value, buf, len);
    return buf;
}

static json_t *str_array(const char *const *v, size_t n, const char *skip)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if (!skip || strcmp(v[i], skip) != 0)
            json_array_append_new(a, json_string(v[i]));
    return a;
}

/* One operator as JSON; other_than: a subject left out of "subjects". */
static json_t *operator_json(const ops_operator *o, int contacts, const char *other_than)
{
    json_t *j = json_object(), *leads = json_object(), *sigs = json_array();
    json_object_set_new(j, "operator", json_string(o->id));
    json_object_set_new(j, other_than ? "other_subjects" : "subjects",
                        str_array(o->subjects, o->n_subjects, other_than));
    for (size_t i = 0; i < o->n_leads; i++)
        json_object_set_new(leads, o->leads[i].rule, json_integer((json_int_t)o->leads[i].open));
    json_object_set_new(j, "open_leads", leads);
    for (size_t i = 0; i < o->n_signals; i++) {
        const ops_signal *s = &o->signals[i];
        char buf[256];
        json_t *sj = json_object();
        json_object_set_new(sj, "kind", json_string(s->kind));
        json_object_set_new(sj, "value", json_string(shown(s, contacts, buf, sizeof buf)));
        json_object_set_new(sj, "strength", json_string(s->strong ? "strong" : "weak"));
        json_object_set_new(sj, "joins", json_boolean(s->reason == OPS_JOINS));
        json_object_set_new(sj, "reason", json_string(ops_reason_name(s->reason)));
        json_object_set_new(sj, "shown_by", json_integer((json_int_t)s->n_subjects_all));
        json_object_set_new(sj, "subjects", str_array(s->subjects, s->n_subjects, NULL));
        json_object_set_new(sj, "pages", str_array(s->urls, s->n_urls, NULL));
        json_array_append_new(sigs, sj);
    }
    json_object_set_new(j, "signals", sigs);
    return j;
}

static void print_list(const char *const *v, size_t n, const char *sep)
{
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? sep : "", v[i]);
}

/* One line: id, subjects, open leads by rule, signals with their pages. */
static void operator_line(const ops_operator *o)
{
    printf("%s\t%zu\t", o->id, o->n_subjects);
    print_list(o->subjects, o->n_subjects, ",");
    putchar('\t');
    for (size_t i = 0; i < o->n_leads; i++)
        printf("%s%s:%zu", i ? "," : "", o->leads[i].rule, o->leads[i].open);
    fputs(o->n_leads ? "\t" : "-\t", stdout);
    for (size_t i = 0; i < o->n_signals; i++) {
        const ops_signal *s = &o->signals[i];
        printf("%s%s=%s [%s%s%s] (", i ? "; " : "", s->kind, s->value,
               s->strong ? "strong" : "weak", s->strong ? ", " : "",
               s->strong ? ops_reason_name(s->reason) : "");
        print_list(s->urls, s->n_urls, " ");
        putchar(')');
    }
    fputs(o->n_signals ? "\n" : "-\n", stdout);
}

const struct option cli_operators_opts[] = {
    {"db", required_argument, 0, 'd'},        {"format", required_argument, 0, 'f'},
    {"with-contacts", no_argument, 0, 'c'},   {"all", no_argument, 0, 'a'},
    {"max-shared", required_argument, 0, 'm'}, {"platforms", required_argument, 0, 'p'},
    {0, 0, 0, 0}};

typedef struct {
    const char *db, *format, *platforms;
    int contacts, all;
    long max_shared;
} ops_args;

static int parse_args(int argc, char **argv, ops_args *a)
{
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_operators_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 'f': a->format = optarg; break;
        case 'c': a->contacts = 1; break;
        case 'a': a->all = 1; break;
        case 'p': a->platforms = optarg; break;
        case 'm':
            if ((a->max_shared = cli_parse_long("operators", "--max-shared", optarg, 2, 1000000)) < 0)
                return CLI_USAGE;
            break;
        default:
            return cli_usage_error("operators", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("operators", "unexpected argument '%s'", argv[optind]);
    if (!a->db)
        return cli_usage_error("operators", "--db FILE is required");
    if (strcmp(a->format, "table") != 0 && strcmp(a->format, "jsonl") != 0)
        return cli_value_error("operators", a->format, "--format must be table or jsonl, not '%s'",
                               a->format);
    return CLI_OK;
}

static int print_all(const ops_operator *ops, size_t n, const ops_args *a)
{
    int jsonl = strcmp(a->format, "jsonl") == 0, bad = 0;
    size_t shown_n = 0;
    if (!jsonl)
        printf("OPERATOR\tN\tSUBJECTS\tOPEN_LEADS\tSIGNALS\n");
    for (size_t i = 0; i < n && !bad; i++) {
        if (ops[i].n_subjects < 2 && !a->all)
            continue;
        shown_n++;
        if (!jsonl) {
            operator_line(&ops[i]);
            continue;
        }
        json_t *j = operator_json(&ops[i], a->contacts, NULL);
        bad = !j || json_dumpf(j, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0;
        fputc('\n', stdout);
        json_decref(j);
    }
    fflush(stdout);
    if (bad) {
        cli_error("out of memory");
        return CLI_FAIL;
    }
    fprintf(stderr, "wangjian: %zu operator%s\n", shown_n, shown_n == 1 ? "" : "s");
    return CLI_OK;
}

/* The platform profiles (--platforms flag, else the default directory)
 * into *out (owned by the caller, parser_profiles_free).  CLI_OK, or
 * CLI_FAIL after a message. */
static int load_profiles(const char *flag, parser_profiles **out)
{
    *out = NULL;
    char *dir = cli_platforms_dir(flag);
    if (!dir) {
        cli_error("out of memory");
        return CLI_FAIL;
    }
    int rc = cli_load_profiles(dir, out);
    free(dir);
    return rc;
}

int cmd_operators(int argc, char **argv)
{
    ops_args a = {.format = "table", .max_shared = DEFAULT_MAX_SHARED};
    int rc = parse_args(argc, argv, &a);
    if (rc != CLI_OK)
        return rc;
    parser_profiles *profiles = NULL;
    if (load_profiles(a.platforms, &profiles) != CLI_OK)
        return CLI_FAIL;
    store *st = cli_open_store_mode(a.db, STORE_OPEN_READONLY);
    const ops_operator *ops = NULL;
    size_t n = 0;
    ops_graph *g = st ? build(st, profiles, (size_t)a.max_shared, 1, NULL, NULL, &ops, &n) : NULL;
    rc = g ? print_all(ops, n, &a) : CLI_FAIL;
    ops_free(g);
    parser_profiles_free(profiles);
    if (st && cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}

json_t *cli_operator_of(store *st, const char *subject)
{
    parser_profiles *profiles = NULL;
    if (load_profiles(NULL, &profiles) != CLI_OK)
        return NULL;
    const ops_operator *ops = NULL;
    size_t n = 0;
    ops_graph *g = build(st, profiles, DEFAULT_MAX_SHARED, 1, NULL, NULL, &ops, &n);
    json_t *out = NULL;
    for (size_t i = 0; g && !out && i < n; i++)
        for (size_t k = 0; !out && k < ops[i].n_subjects; k++)
            if (strcmp(ops[i].subjects[k], subject) == 0)
                out = operator_json(&ops[i], 1, subject);   /* leads show shows contacts
                                                               (#15: exports do not) */
    ops_free(g);
    parser_profiles_free(profiles);
    return out ? out : json_null();
}

/* ---- the operator of each subject, for the leads export ---- */

typedef struct {
    const char *subject;          /* owned by the graph */
    const ops_operator *op;
} subject_op;

typedef struct {
    char *subject, *text;         /* "kind=value"; both owned by the index */
} subject_contact;

struct cli_op_index {
    ops_graph *g;
    subject_op *by_subject;       /* sorted by subject */
    size_t n;
    subject_contact *contacts;    /* sorted by subject, then text */
    size_t n_contacts, cap_contacts;
    int failed;
};

static int by_subject(const void *a, const void *b)
{
    return strcmp(((const subject_op *)a)->subject, ((const subject_op *)b)->subject);
}

static int by_contact(const void *a, const void *b)
{
    const subject_contact *x = a, *y = b;
    int c = strcmp(x->subject, y->subject);
    return c ? c : strcmp(x->text, y->text);
}

/* A store_row_fn over the signals: the contact ones into x->contacts. */
static int contact_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    cli_op_index *x = ud;
    const char *subject = cli_row_col(n, names, values, "subject"),
               *kind = cli_row_col(n, names, values, "kind"),
               *value = cli_row_col(n, names, values, "value");
    if (!subject || !kind || !value)
        return x->failed = 1;
    if (!parser_signal_contact(kind))
        return 0;
    if (x->n_contacts == x->cap_contacts) {
        size_t cap = x->cap_contacts ? 2 * x->cap_contacts : 64;
        subject_contact *m = realloc(x->contacts, cap * sizeof *m);
        if (!m)
            return x->failed = 1;
        x->contacts = m;
        x->cap_contacts = cap;
    }
    subject_contact *c = &x->contacts[x->n_contacts];
    size_t tl = strlen(kind) + strlen(value) + 2;
    c->subject = strdup(subject);
    c->text = malloc(tl);
    if (!c->subject || !c->text) {
        free(c->subject);
        free(c->text);
        return x->failed = 1;
    }
    snprintf(c->text, tl, "%s=%s", kind, value);
    x->n_contacts++;
    return 0;
}

void cli_operator_index_free(cli_op_index *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->n_contacts; i++) {
        free(x->contacts[i].subject);
        free(x->contacts[i].text);
    }
    free(x->contacts);
    free(x->by_subject);
    ops_free(x->g);
    free(x);
}

/* Every subject of ops[0..n) with its operator, sorted for bsearch. */
static int index_subjects(cli_op_index *x, const ops_operator *ops, size_t n)
{
    size_t total = 0, k = 0;
    for (size_t i = 0; i < n; i++)
        total += ops[i].n_subjects;
    x->by_subject = calloc(total ? total : 1, sizeof *x->by_subject);
    if (!x->by_subject)
        return -1;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < ops[i].n_subjects; j++)
            x->by_subject[k++] = (subject_op){ops[i].subjects[j], &ops[i]};
    x->n = total;
    qsort(x->by_subject, total, sizeof *x->by_subject, by_subject);
    return 0;
}

/* The subjects of st linked into operators, into x, with (with_contacts)
 * the contact signals of every subject read in the same pass; without
 * readable platform profiles nothing is linked (their footers would join
 * every shop of a platform), with a warning, and the contacts are read
 * alone.  0, or -1 after a message. */
static int link_subjects(store *st, cli_op_index *x, int with_contacts)
{
    parser_profiles *profiles = NULL;
    if (load_profiles(NULL, &profiles) != CLI_OK) {
        fprintf(stderr, "wangjian: warning: platform profiles cannot be read: leads are not "
                "linked into operators (each is its own)\n");
        store_result r = with_contacts ? store_signals(st, contact_row, x) : STORE_OK;
        if (r != STORE_OK)
            cli_error("cannot read contacts: %s", store_errmsg(st));
        return r == STORE_OK ? 0 : -1;
    }
    const ops_operator *ops = NULL;
    size_t n = 0;
    x->g = build(st, profiles, DEFAULT_MAX_SHARED, 0, with_contacts ? contact_row : NULL, x, &ops,
                 &n);
    parser_profiles_free(profiles);
    if (!x->g)
        return -1;
    if (index_subjects(x, ops, n) != 0) {
        cli_error("out of memory");
        return -1;
    }
    return 0;
}

cli_op_index *cli_operator_index(store *st, int with_contacts)
{
    cli_op_index *x = calloc(1, sizeof *x);
    if (!x) {
        cli_error("out of memory");
        return NULL;
    }
    int rc = link_subjects(st, x, with_contacts);
    if (rc == 0 && x->failed)   /* a contact row the fallback pass could not keep */
        cli_error("out of memory");
    if (rc != 0 || x->failed) {
        cli_operator_index_free(x);
        return NULL;
    }
    if (x->n_contacts)
        qsort(x->contacts, x->n_contacts, sizeof *x->contacts, by_contact);
    return x;
}

const char *cli_operator_lookup(const cli_op_index *x, const char *subject, size_t *n_subjects)
{
    subject_op key = {subject, NULL};
    const subject_op *hit = x && x->n && subject ? bsearch(&key, x->by_subject, x->n,
                                                   sizeof *x->by_subject, by_subject)
                                         : NULL;
    *n_subjects = hit ? hit->op->n_subjects : 1;
    return hit ? hit->op->id : subject;
}

/* The contact signals (kind=value; …) subject's pages show, into
 * buf[len], whole entries only; "" when none or not collected. */
const char *cli_operator_contacts(const cli_op_index *x, const char *subject, char *buf, size_t len)
{
    size_t k = 0, i = 0, lo = 0, hi = x ? x->n_contacts : 0;
    buf[0] = '\0';
    while (lo < hi) {   /* the first entry of subject */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(x->contacts[mid].subject, subject) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (i = lo; x && i < x->n_contacts && strcmp(x->contacts[i].subject, subject) == 0; i++) {
        if (i > lo && strcmp(x->contacts[i].text, x->contacts[i - 1].text) == 0)
            continue;
        int w = snprintf(buf + k, len - k, "%s%s", k ? "; " : "", x->contacts[i].text);
        if (w < 0 || (size_t)w >= len - k) {
            buf[k] = '\0';
            break;
        }
        k += (size_t)w;
    }
    return buf;
}
