/*
 * report.h — private to cli/cmd_report.c and cli/cmd_report_html.c: the
 * tallied 统计表 and its renderers.
 *
 * The store hands out facts (counts per province, rule, authority and
 * host); cmd_report.c adds them up into tables, one per reporting unit
 * (dimension), and renders them as text or CSV; cmd_report_html.c renders
 * the same tables, two bar charts and the period's lead list as one
 * self-contained HTML file.
 */
#ifndef WANGJIAN_CLI_REPORT_H
#define WANGJIAN_CLI_REPORT_H

#include <stdio.h>
#include "cli.h"

/* The columns of every table, in order. */
enum {
    RC_SITES,     /* 监测网站网店(个次): runs × subjects checked */
    RC_PAGES,     /* 检查页面 */
    RC_FOUND,     /* 发现线索: created or re-opened */
    RC_CONFIRMED, /* 责令整改 */
    RC_RECTIFIED, /* 已整改 */
    RC_REFERRED,  /* 移送/提请关闭 */
    RC_DISMISSED, /* 不予立案/排除 */
    RC_OPEN,      /* 期末未结: open or confirmed at the end of the period */
    RC_NCOLS
};

enum { DIM_PROVINCE, DIM_RULE, DIM_AUTHORITY, DIM_HOST, DIM_N };

/* One row of a table.  checks 0: the site counts do not apply to the unit
 * (a rule or an authority: a site is checked for every rule at once), the
 * renderers print "-". */
typedef struct {
    char *unit;          /* owned */
    const char *title;   /* a rule's title (owned by the report's rule list), or NULL */
    long n[RC_NCOLS];
    int checks;
} report_row;

/* A table: rows (owned) and the totals row, which is the sum of the rows'
 * columns (for the site columns: of all checks, also where rows show "-"). */
typedef struct {
    int dim;
    char *block;         /* the province of a rule × province block, or NULL; owned */
    report_row *v;
    size_t n, cap;
    report_row total;    /* unit NULL */
    size_t *slot;        /* while tallying: the index by unit (cmd_report.c); owned */
    size_t nslot;
} report_table;

/* A lead of the period's list (HTML); strings owned. */
enum { REPORT_LEAD_COLS = 11 };
typedef struct {
    char *cells[REPORT_LEAD_COLS]; /* the STORE_REPORT_LEAD_LIST columns, in order */
} report_lead;

typedef struct {
    const char *lang;       /* "zh" or "en" */
    char since[11], until[11]; /* the period's dates, YYYY-MM-DD, local zone */
    const char *zone;       /* the zone's name, for the heading */
    report_table *tables;   /* ntables, owned */
    size_t ntables;
    report_lead *leads;     /* nleads, owned */
    size_t nleads;
    long old_runs;          /* runs in the period without run_subjects rows */
} report;

/* Column headers, dimension names and fixed words in lang. */
const char *report_col_name(const char *lang, int col);
const char *report_dim_name(const char *lang, int dim);
const char *report_word(const char *lang, const char *key);

/* Write r as one HTML file to out.  0, or -1 on a write error. */
int report_html(FILE *out, const report *r);

#endif
