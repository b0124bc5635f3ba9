/*
 * cmd_report.c — wangjian report: the 统计表 of a period, per reporting
 * unit (province, rule, authority, host), as text, CSV or HTML
 * (cmd_report_html.c).
 *
 * Every count is of events dated in the period (dates inclusive, in the
 * local zone or --tz): a run's checks count in the period it started in,
 * a lead's status changes on their dates; 期末未结 is the leads whose
 * status at the end of --until was open or confirmed.  Nothing is capped:
 * every rule of the rulebook and every province of the data (and 未知)
 * has its row, even with zeros, and each totals row is its column's sum.
 *
 * The default layout is rule × province: first the table by province (all
 * eight columns), then by rule, then one block per province listing every
 * rule.  Blocks, not a column group per province: eight indicators times
 * a dozen provinces do not fit a terminal or an A4 page, and the site
 * counts belong to a province, not to a rule (a site is checked for every
 * rule at once), so rule rows show "-" there and the block's totals row
 * carries them.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "report.h"

const struct option cli_report_opts[] = {
    {"db", required_argument, 0, 'd'},    {"since", required_argument, 0, 's'},
    {"until", required_argument, 0, 'u'}, {"by", required_argument, 0, 'b'},
    {"format", required_argument, 0, 'f'}, {"out", required_argument, 0, 'o'},
    {"lang", required_argument, 0, 'l'},  {"tz", required_argument, 0, 'z'},
    {"rules", required_argument, 0, 'r'}, {0, 0, 0, 0}};

typedef struct {
    const char *db, *since, *until, *by, *format, *out, *lang, *tz, *rules;
} report_args;

/* ---- words ---- */

const char *report_col_name(const char *lang, int col)
{
    static const char *const zh[RC_NCOLS] = {"监测网站网店(个次)", "检查页面", "发现线索",
                                             "责令整改", "已整改", "移送/提请关闭",
                                             "不予立案/排除", "期末未结"};
    static const char *const en[RC_NCOLS] = {"sites checked", "pages checked", "leads found",
                                             "confirmed", "rectified", "referred",
                                             "dismissed", "open at end"};
    return strcmp(lang, "en") == 0 ? en[col] : zh[col];
}

const char *report_dim_name(const char *lang, int dim)
{
    static const char *const zh[DIM_N] = {"省份", "规则", "主管部门", "网站"};
    static const char *const en[DIM_N] = {"province", "rule", "authority", "host"};
    return strcmp(lang, "en") == 0 ? en[dim] : zh[dim];
}

const char *report_word(const char *lang, const char *key)
{
    static const char *const words[][3] = {
        {"total", "合计", "total"},
        {"title", "统计表", "Campaign statistics"},
        {"to", "至", "to"},
        {"zone", "时区", "zone"},
        {"by", "按", "by"},
        {"chart_rule", "发现线索（按规则）", "Leads found by rule"},
        {"chart_province", "发现线索（按省份）", "Leads found by province"},
        {"leads", "本期线索", "Leads of the period"},
        {"note_sites", "监测网站网店、检查页面按网站网店计，不分规则：规则和主管部门的行为“-”，合计行为全部。",
         "Sites and pages checked count per site, not per rule: rule and authority rows show "
         "'-', the totals row has them."},
        {"note_dates", "运行按开始日期计入，线索状态变化按其日期计入；期末未结为期末时状态为待处理或已确认的线索。",
         "A run counts in the period it started in, a lead's status change on its date; open at "
         "end: leads open or confirmed at the end of the period."},
        {"note_old", "次运行早于按网站记录（数据库版本6）：其检查页面为该次运行的页面总数，网站网店为其最后抓取的页面所属网站网店，计入“未知”。",
         " runs predate the per-site record (schema 6): their pages checked are the run's total "
         "(runs.pages) and their sites those of the pages they fetched last, counted under 未知."},
    };
    int en = strcmp(lang, "en") == 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(words[i][0], key) == 0)
            return words[i][en ? 2 : 1];
    return key;
}

/* ---- facts from the store ---- */

/* One row of STORE_REPORT_LEADS or STORE_REPORT_CHECKS; keys owned, a
 * check's rule and authority NULL. */
typedef struct {
    char *key[DIM_N];
    long n[RC_NCOLS];
    int check;
} fact;

typedef struct {
    fact *v;
    size_t n, cap;
    long old_runs;
    int failed;   /* out of memory */
} facts;

static void *grow(void *v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return v;
    size_t c = *cap ? 2 * *cap : 16;
    void *p = realloc(v, c * size);
    if (p)
        *cap = c;
    return p;
}

static long col_long(size_t n, const char *const *names, const char *const *values,
                     const char *name)
{
    const char *v = cli_row_col(n, names, values, name);
    return v ? strtol(v, NULL, 10) : 0;
}

static int add_fact(void *ud, size_t n, const char *const *names, const char *const *values,
                    int check)
{
    static const char *const keys[DIM_N] = {"province", "rule", "authority", "host"};
    static const char *const lead_cols[] = {"found", "confirmed", "rectified",
                                            "referred", "dismissed", "open_end"};
    facts *f = ud;
    fact *v = grow(f->v, &f->cap, f->n, sizeof *v);
    if (!v)
        return f->failed = 1;
    f->v = v;
    fact *x = &f->v[f->n];
    memset(x, 0, sizeof *x);
    x->check = check;
    for (int d = 0; d < DIM_N; d++) {
        const char *k = cli_row_col(n, names, values, keys[d]);
        if (k && !(x->key[d] = strdup(k)))
            f->failed = 1;
    }
    f->n++;
    if (check) {
        x->n[RC_SITES] = col_long(n, names, values, "sites");
        x->n[RC_PAGES] = col_long(n, names, values, "pages");
        f->old_runs += col_long(n, names, values, "old");
    } else {
        for (int c = 0; c < 6; c++)
            x->n[RC_FOUND + c] = col_long(n, names, values, lead_cols[c]);
    }
    return f->failed;
}

static int lead_fact(void *ud, size_t n, const char *const *names, const char *const *values)
{
    return add_fact(ud, n, names, values, 0);
}

static int check_fact(void *ud, size_t n, const char *const *names, const char *const *values)
{
    return add_fact(ud, n, names, values, 1);
}

static void facts_free(facts *f)
{
    for (size_t i = 0; i < f->n; i++)
        for (int d = 0; d < DIM_N; d++)
            free(f->v[i].key[d]);
    free(f->v);
}

/* ---- the rulebook's rules, in its order ---- */

typedef struct {
    char *code, *title;   /* owned */
} rule_name;

typedef struct {
    rule_name *v;
    size_t n, cap;
    int failed;
} rule_list;

static void list_rule(void *ud, const char *code, const char *severity, const char *category,
                      const char *kind, int enabled, const char *title, const char *basis)
{
    (void)severity, (void)category, (void)kind, (void)enabled, (void)basis;
    rule_list *l = ud;
    rule_name *v = l->failed ? NULL : grow(l->v, &l->cap, l->n, sizeof *v);
    if (!v) {
        l->failed = 1;
        return;
    }
    l->v = v;
    v[l->n].code = strdup(code);
    v[l->n].title = strdup(title ? title : "");
    if (!v[l->n].code || !v[l->n].title)
        l->failed = 1;
    l->n++;
}

static void rules_list_free(rule_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].code);
        free(l->v[i].title);
    }
    free(l->v);
}

/* ---- tables ---- */

/* Rows are found by unit through an open-addressing index (row + 1 per
 * slot, 0 free, at most half full): a host table may have many rows. */
static size_t unit_hash(const char *s, size_t mask)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return (size_t)h & mask;
}

static int reindex(report_table *t)
{
    size_t n = t->nslot ? 2 * t->nslot : 64;
    size_t *slot = calloc(n, sizeof *slot);
    if (!slot)
        return -1;
    for (size_t i = 0; i < t->n; i++) {
        size_t h = unit_hash(t->v[i].unit, n - 1);
        while (slot[h])
            h = (h + 1) & (n - 1);
        slot[h] = i + 1;
    }
    free(t->slot);
    t->slot = slot;
    t->nslot = n;
    return 0;
}

static report_row *unit_row(report_table *t, const char *unit, const char *title)
{
    if (2 * (t->n + 1) > t->nslot && reindex(t) != 0)
        return NULL;
    size_t h = unit_hash(unit, t->nslot - 1);
    for (; t->slot[h]; h = (h + 1) & (t->nslot - 1))
        if (strcmp(t->v[t->slot[h] - 1].unit, unit) == 0)
            return &t->v[t->slot[h] - 1];
    report_row *v = grow(t->v, &t->cap, t->n, sizeof *v);
    if (!v)
        return NULL;
    t->v = v;
    report_row *r = &t->v[t->n];
    memset(r, 0, sizeof *r);
    r->unit = strdup(unit);
    if (!r->unit)
        return NULL;
    r->title = title;
    r->checks = t->dim == DIM_PROVINCE || t->dim == DIM_HOST;
    t->slot[h] = ++t->n;
    return r;
}

/* 未知 sorts last; the rest by their bytes (pinyin order is not ours to
 * know, and a stable order is what a reader compares week to week). */
static int unit_cmp(const void *a, const void *b)
{
    const char *x = ((const report_row *)a)->unit, *y = ((const report_row *)b)->unit;
    int ux = strcmp(x, "未知") == 0, uy = strcmp(y, "未知") == 0;
    return ux != uy ? ux - uy : strcmp(x, y);
}

/* The rows every table of dim starts with: every rule of the rulebook, both
 * authorities, and for provinces 未知 and every province of the data. */
static int seed_units(report_table *t, const rule_list *rl, const facts *f)
{
    static const char *const auth[] = {"market", "telecom"};
    if (t->dim == DIM_RULE)
        for (size_t i = 0; i < rl->n; i++)
            if (!unit_row(t, rl->v[i].code, rl->v[i].title))
                return -1;
    if (t->dim == DIM_AUTHORITY)
        for (size_t i = 0; i < 2; i++)
            if (!unit_row(t, auth[i], NULL))
                return -1;
    if (t->dim == DIM_PROVINCE) {
        if (!unit_row(t, "未知", NULL))
            return -1;
        for (size_t i = 0; i < f->n; i++)
            if (f->v[i].key[DIM_PROVINCE] && !unit_row(t, f->v[i].key[DIM_PROVINCE], NULL))
                return -1;
    }
    return 0;
}

/* Add up the facts (of province block, when set) into t's rows. */
static int tally(report_table *t, const facts *f, const rule_list *rl)
{
    if (seed_units(t, rl, f) != 0)
        return -1;
    for (size_t i = 0; i < f->n; i++) {
        const fact *x = &f->v[i];
        if (t->block && strcmp(t->block, x->key[DIM_PROVINCE] ? x->key[DIM_PROVINCE] : "") != 0)
            continue;
        for (int c = 0; c < RC_NCOLS; c++)
            t->total.n[c] += x->n[c];
        const char *k = x->key[t->dim];
        if (!k)
            continue;   /* a check, for rules and authorities */
        report_row *r = unit_row(t, *k ? k : "未知", NULL);
        if (!r)
            return -1;
        for (int c = 0; c < RC_NCOLS; c++)
            r->n[c] += x->n[c];
    }
    free(t->slot);   /* the rows move now */
    t->slot = NULL;
    t->nslot = 0;
    if (t->dim != DIM_RULE && t->dim != DIM_AUTHORITY)
        qsort(t->v, t->n, sizeof *t->v, unit_cmp);
    return 0;
}

static report_table *add_table(report *r, size_t *cap, int dim, const char *block)
{
    report_table *v = grow(r->tables, cap, r->ntables, sizeof *v);
    if (!v)
        return NULL;
    r->tables = v;
    report_table *t = &r->tables[r->ntables++];
    memset(t, 0, sizeof *t);
    t->dim = dim;
    if (block && !(t->block = strdup(block)))
        return NULL;
    return t;
}

/* The tables of the layout: one dimension with --by, else by province, by
 * rule, and a rule block per province (the rows of the province table). */
static int build_tables(report *r, int by, const facts *f, const rule_list *rl)
{
    size_t cap = 0;
    int dims[2] = {by, -1};
    if (by < 0) {
        dims[0] = DIM_PROVINCE;
        dims[1] = DIM_RULE;
    }
    for (int i = 0; i < 2 && dims[i] >= 0; i++) {
        report_table *t = add_table(r, &cap, dims[i], NULL);
        if (!t || tally(t, f, rl) != 0)
            return -1;
    }
    if (by >= 0)
        return 0;
    size_t nprov = r->tables[0].n;
    for (size_t i = 0; i < nprov; i++) {
        report_table *t = add_table(r, &cap, DIM_RULE, r->tables[0].v[i].unit);
        if (!t || tally(t, f, rl) != 0)
            return -1;
    }
    return 0;
}

static void report_free(report *r)
{
    for (size_t i = 0; i < r->ntables; i++) {
        for (size_t k = 0; k < r->tables[i].n; k++)
            free(r->tables[i].v[k].unit);
        free(r->tables[i].v);
        free(r->tables[i].slot);
        free(r->tables[i].block);
    }
    free(r->tables);
    for (size_t i = 0; i < r->nleads; i++)
        for (size_t c = 0; c < REPORT_LEAD_COLS; c++)
            free(r->leads[i].cells[c]);
    free(r->leads);
}

/* ---- text ---- */

/* Display width of UTF-8 s: code points from U+1100 (lead byte 0xE1 and
 * up: CJK, full-width) take two columns. */
static size_t text_width(const char *s)
{
    size_t w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            w += *p >= 0xE1 ? 2 : 1;
    return w;
}

static void pad(FILE *out, const char *s, size_t width, int right)
{
    size_t w = text_width(s);
    if (!right)
        fputs(s, out);
    for (; w < width; w++)
        fputc(' ', out);
    if (right)
        fputs(s, out);
}

static void cell_text(char buf[24], const report_row *r, int c)
{
    if (c <= RC_PAGES && !r->checks)
        snprintf(buf, 24, "-");
    else
        snprintf(buf, 24, "%ld", r->n[c]);
}

static void text_row(FILE *out, const report_row *r, const char *unit, size_t uw,
                     const size_t *cw)
{
    char buf[24];
    pad(out, unit, uw, 0);
    for (int c = 0; c < RC_NCOLS; c++) {
        cell_text(buf, r, c);
        fputs("  ", out);
        pad(out, buf, cw[c], 1);
    }
    fputc('\n', out);
}

static void text_table(FILE *out, const report_table *t, const char *lang)
{
    size_t uw = text_width(report_dim_name(lang, t->dim)), cw[RC_NCOLS];
    const char *tot = report_word(lang, "total");
    if (text_width(tot) > uw)
        uw = text_width(tot);
    for (size_t i = 0; i < t->n; i++)
        if (text_width(t->v[i].unit) > uw)
            uw = text_width(t->v[i].unit);
    for (int c = 0; c < RC_NCOLS; c++) {
        char buf[24];
        snprintf(buf, sizeof buf, "%ld", t->total.n[c]);
        cw[c] = text_width(report_col_name(lang, c));
        if (strlen(buf) > cw[c])
            cw[c] = strlen(buf);
    }
    pad(out, report_dim_name(lang, t->dim), uw, 0);
    for (int c = 0; c < RC_NCOLS; c++) {
        fputs("  ", out);
        pad(out, report_col_name(lang, c), cw[c], 1);
    }
    fputc('\n', out);
    for (size_t i = 0; i < t->n; i++)
        text_row(out, &t->v[i], t->v[i].unit, uw, cw);
    report_row total = t->total;
    total.checks = 1;
    text_row(out, &total, tot, uw, cw);
}

static void text_notes(FILE *out, const report *r)
{
    fprintf(out, "* %s\n* %s\n", report_word(r->lang, "note_sites"),
            report_word(r->lang, "note_dates"));
    if (r->old_runs)
        fprintf(out, "* %ld%s\n", r->old_runs, report_word(r->lang, "note_old"));
}

static void report_text(FILE *out, const report *r)
{
    fprintf(out, "%s  %s %s %s  (%s %s)\n", report_word(r->lang, "title"), r->since,
            report_word(r->lang, "to"), r->until, report_word(r->lang, "zone"), r->zone);
    for (size_t i = 0; i < r->ntables; i++) {
        const report_table *t = &r->tables[i];
        fputc('\n', out);
        if (t->block)
            fprintf(out, "【%s】\n", t->block);
        else
            fprintf(out, "%s%s%s\n", report_word(r->lang, "by"), strcmp(r->lang, "en") ? "" : " ",
                    report_dim_name(r->lang, t->dim));
        text_table(out, t, r->lang);
    }
    fputc('\n', out);
    text_notes(out, r);
}

/* ---- CSV: one row per unit, the table it belongs to in the first columns ---- */

static void csv_line(FILE *out, const char *const *cells, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(',', out);
        cli_csv_cell(out, cells[i]);
    }
    fputs("\r\n", out);
}

static void csv_unit(FILE *out, const report_table *t, const report_row *r, const char *unit,
                     const char *lang)
{
    char buf[RC_NCOLS][24];
    const char *cells[3 + RC_NCOLS] = {report_dim_name(lang, t->dim), t->block ? t->block : "",
                                       unit};
    for (int c = 0; c < RC_NCOLS; c++) {
        cell_text(buf[c], r, c);
        cells[3 + c] = strcmp(buf[c], "-") == 0 ? "" : buf[c];
    }
    csv_line(out, cells, 3 + RC_NCOLS);
}

static void report_csv(FILE *out, const report *r)
{
    int en = strcmp(r->lang, "en") == 0;
    const char *head[3 + RC_NCOLS] = {en ? "dimension" : "统计维度", en ? "province" : "省份",
                                      en ? "unit" : "单位"};
    for (int c = 0; c < RC_NCOLS; c++)
        head[3 + c] = report_col_name(r->lang, c);
    csv_line(out, head, 3 + RC_NCOLS);
    for (size_t i = 0; i < r->ntables; i++) {
        const report_table *t = &r->tables[i];
        for (size_t k = 0; k < t->n; k++)
            csv_unit(out, t, &t->v[k], t->v[k].unit, r->lang);
        report_row total = t->total;
        total.checks = 1;
        csv_unit(out, t, &total, report_word(r->lang, "total"), r->lang);
    }
}

/* ---- arguments and the period ---- */

static int parse_report_args(int argc, char **argv, report_args *a)
{
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_report_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 's': a->since = optarg; break;
        case 'u': a->until = optarg; break;
        case 'b': a->by = optarg; break;
        case 'f': a->format = optarg; break;
        case 'o': a->out = optarg; break;
        case 'l': a->lang = optarg; break;
        case 'z': a->tz = optarg; break;
        case 'r': a->rules = optarg; break;
        default: return cli_usage_error("report", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("report", "unexpected argument '%s'", argv[optind]);
    if (!a->db)
        return cli_usage_error("report", "--db FILE is required");
    if (strcmp(a->format, "text") != 0 && strcmp(a->format, "csv") != 0 &&
        strcmp(a->format, "html") != 0)
        return cli_value_error("report", a->format, "--format must be text, csv or html, not '%s'",
                               a->format);
    if (strcmp(a->lang, "zh") != 0 && strcmp(a->lang, "en") != 0)
        return cli_value_error("report", a->lang, "--lang must be zh or en, not '%s'", a->lang);
    return CLI_OK;
}

static int dim_of(const char *by)
{
    static const char *const names[DIM_N] = {"province", "rule", "authority", "host"};
    for (int d = 0; d < DIM_N; d++)
        if (strcmp(by, names[d]) == 0)
            return d;
    return -2;
}

/* Midnight starting date s (YYYY-MM-DD) in the local zone, plus days. */
static int day_start(const char *s, int days, time_t *t)
{
    int y, m, d;
    char end;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 || strlen(s) != 10 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return -1;
    struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d + days, .tm_isdst = -1};
    struct tm chk = tm;
    *t = mktime(&tm);
    if (*t == (time_t)-1)
        return -1;
    /* mktime normalises 02-31 to 03-03: a day that does not exist is refused */
    return days == 0 && (tm.tm_mon != chk.tm_mon || tm.tm_mday != chk.tm_mday) ? -1 : 0;
}

static void date_of(time_t t, char out[11])
{
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

/* [since 00:00, until 24:00) in the local zone; default the seven days
 * ending today. */
static int period(const report_args *a, report *r, store_report_query *q)
{
    time_t now = time(NULL), s, u;
    char today[11];
    date_of(now, today);
    if (day_start(a->until ? a->until : today, 0, &u) != 0)
        return cli_value_error("report", a->until, "--until takes a date YYYY-MM-DD, not '%s'",
                               a->until);
    date_of(u, r->until);
    if (a->since ? day_start(a->since, 0, &s) != 0 : day_start(r->until, -6, &s) != 0)
        return cli_value_error("report", a->since, "--since takes a date YYYY-MM-DD, not '%s'",
                               a->since);
    date_of(s, r->since);
    time_t end;
    if (day_start(r->until, 1, &end) != 0)
        return cli_usage_error("report", "cannot compute the end of %s", r->until);
    if (s > u)
        return cli_usage_error("report", "--since %s is after --until %s", r->since, r->until);
    q->since = (int64_t)s;
    q->until = (int64_t)end - 1;
    return CLI_OK;
}

/* ---- the command ---- */

typedef struct {
    report *r;
    size_t cap;
    int failed;
} lead_ctx;

static int lead_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    (void)names;
    lead_ctx *l = ud;
    report *r = l->r;
    report_lead *v = grow(r->leads, &l->cap, r->nleads, sizeof *v);
    if (!v)
        return l->failed = 1;
    r->leads = v;
    report_lead *x = &r->leads[r->nleads++];
    memset(x, 0, sizeof *x);
    for (size_t c = 0; c < REPORT_LEAD_COLS && c < n; c++)
        if (!(x->cells[c] = strdup(values[c])))
            l->failed = 1;
    return l->failed;
}

/* Read the facts (and, for HTML, the lead list) and build the tables. */
static int gather(store *st, const store_report_query *q, int by, int html, const rule_list *rl,
                  report *r)
{
    facts f = {0};
    lead_ctx lc = {r, 0, 0};
    int rc = CLI_OK;
    if (store_report(st, STORE_REPORT_LEADS, q, lead_fact, &f) != STORE_OK ||
        store_report(st, STORE_REPORT_CHECKS, q, check_fact, &f) != STORE_OK ||
        (html && store_report(st, STORE_REPORT_LEAD_LIST, q, lead_row, &lc) != STORE_OK)) {
        cli_error("cannot read the statistics: %s",
                  f.failed || lc.failed ? "out of memory" : store_errmsg(st));
        rc = CLI_FAIL;
    } else if (f.failed || lc.failed || build_tables(r, by, &f, rl) != 0) {
        cli_error("cannot build the report: out of memory");
        rc = CLI_FAIL;
    }
    r->old_runs = f.old_runs;
    facts_free(&f);
    return rc;
}

static int load_rule_list(const char *dir_flag, rule_list *rl)
{
    char *dir = cli_rules_dir(dir_flag);
    rules_book *book = dir ? cli_load_rules(dir) : NULL;
    free(dir);
    if (!book)
        return CLI_FAIL;   /* cli_load_rules said why */
    rules_each(book, list_rule, rl);
    rules_free(book);
    if (rl->failed)
        cli_error("cannot list the rules: out of memory");
    return rl->failed ? CLI_FAIL : CLI_OK;
}

static int write_report(const report_args *a, const report *r)
{
    char *tmp = NULL, *target = NULL;
    FILE *out = cli_out_open(a->out, &tmp, &target);
    if (!out) {
        cli_error("cannot write '%s': %s", a->out, strerror(errno));
        return CLI_FAIL;
    }
    int ok = 1;
    if (strcmp(a->format, "csv") == 0)
        report_csv(out, r);
    else if (strcmp(a->format, "html") == 0)
        ok = report_html(out, r) == 0;
    else
        report_text(out, r);
    return cli_out_close(out, a->out, tmp, target, ok);
}

int cmd_report(int argc, char **argv)
{
    report_args a = {.format = "text", .lang = "zh"};
    report r = {0};
    store_report_query q = {0};
    int rc = parse_report_args(argc, argv, &a);
    int by = a.by ? dim_of(a.by) : -1;
    if (rc == CLI_OK && by == -2)
        rc = cli_value_error("report", a.by,
                             "--by must be province, rule, authority or host, not '%s'", a.by);
    if (rc == CLI_OK && a.tz)   /* the dates and times below are in this zone */
        rc = cli_apply_tz("report", a.tz);
    if (rc == CLI_OK)
        rc = period(&a, &r, &q);
    if (rc != CLI_OK)
        return rc;
    r.lang = a.lang;
    char zone[64] = "";
    time_t u = (time_t)q.until;
    struct tm tm;
    if (!a.tz && localtime_r(&u, &tm))
        strftime(zone, sizeof zone, "%Z", &tm);
    r.zone = a.tz ? a.tz : zone;
    rule_list rl = {0};
    if (load_rule_list(a.rules, &rl) != CLI_OK) {
        rules_list_free(&rl);
        return CLI_FAIL;
    }
    store *st = cli_open_store_mode(a.db, STORE_OPEN_READONLY);
    rc = st ? gather(st, &q, by, strcmp(a.format, "html") == 0, &rl, &r) : CLI_FAIL;
    if (st && cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    if (rc == CLI_OK)
        rc = write_report(&a, &r);
    report_free(&r);
    rules_list_free(&rl);
    return rc;
}
