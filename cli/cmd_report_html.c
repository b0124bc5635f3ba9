/*
 * cmd_report_html.c — the 统计表 as one self-contained HTML file: inline
 * CSS (A4 print) and inline SVG bar charts, no script and no external
 * asset, so it opens and prints anywhere, also offline.  Every text from
 * the database is HTML-escaped.
 *
 * The charts show leads found (发现线索) by rule and by province, one bar
 * (an SVG rect of class "bar", data-unit naming its unit) per unit with a
 * count above zero.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "report.h"

enum { CHART_LABEL_W = 210, CHART_BAR_W = 380, CHART_ROW_H = 18 };

static void esc(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(*s, out);
        }
    }
}

static const char css[] =
    "@page{size:A4;margin:14mm 12mm}"
    "body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:10pt;"
    "color:#111;background:#fff;margin:0 auto;max-width:190mm}"
    "h1{font-size:16pt;margin:0 0 4pt}h2{font-size:12pt;margin:12pt 0 4pt}"
    "table{border-collapse:collapse;margin:4pt 0 8pt;page-break-inside:auto}"
    "tr{page-break-inside:avoid}thead{display:table-header-group}"
    "th,td{border:1px solid #888;padding:1pt 4pt}th{background:#e8eef6;font-weight:600}"
    "td.n{text-align:right}tr.total td{font-weight:700;background:#f4f4f4}"
    "td.url{word-break:break-all;font-size:8pt}"
    "section.chart{page-break-inside:avoid}svg text{font-size:10px}"
    ".bar{fill:#3b6fb6}p.note{font-size:8.5pt;color:#333;margin:2pt 0}";

/* A chart of column RC_FOUND of t: one bar per unit above zero. */
static void chart(FILE *out, const report_table *t, const char *id, const char *title)
{
    long max = 0;
    size_t bars = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (t->v[i].n[RC_FOUND] > 0)
            bars++;
        if (t->v[i].n[RC_FOUND] > max)
            max = t->v[i].n[RC_FOUND];
    }
    fprintf(out, "<section class=\"chart\" id=\"%s\"><h2>", id);
    esc(out, title);
    fputs("</h2>\n", out);
    size_t h = (bars ? bars : 1) * CHART_ROW_H + 4;
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%zu\" "
            "viewBox=\"0 0 %d %zu\" role=\"img\">\n",
            CHART_LABEL_W + CHART_BAR_W + 50, h, CHART_LABEL_W + CHART_BAR_W + 50, h);
    size_t k = 0;
    for (size_t i = 0; i < t->n; i++) {
        const report_row *r = &t->v[i];
        if (r->n[RC_FOUND] <= 0)
            continue;
        long w = max ? r->n[RC_FOUND] * CHART_BAR_W / max : 0;
        size_t y = k++ * CHART_ROW_H + 2;
        fprintf(out, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">", CHART_LABEL_W - 6, y + 12);
        esc(out, r->unit);
        fprintf(out, "</text><rect class=\"bar\" data-unit=\"");
        esc(out, r->unit);
        fprintf(out, "\" data-value=\"%ld\" x=\"%d\" y=\"%zu\" width=\"%ld\" height=\"%d\"/>"
                "<text x=\"%ld\" y=\"%zu\">%ld</text>\n",
                r->n[RC_FOUND], CHART_LABEL_W, y, w < 1 ? 1 : w, CHART_ROW_H - 4,
                CHART_LABEL_W + (w < 1 ? 1 : w) + 4, y + 12, r->n[RC_FOUND]);
    }
    if (!bars)
        fprintf(out, "<text x=\"4\" y=\"14\">0</text>\n");
    fputs("</svg></section>\n", out);
}

static void cell(FILE *out, const report_row *r, int c)
{
    if (c <= RC_PAGES && !r->checks)
        fputs("<td class=\"n\">-</td>", out);
    else
        fprintf(out, "<td class=\"n\">%ld</td>", r->n[c]);
}

static void table(FILE *out, const report_table *t, const char *lang)
{
    fputs("<table class=\"stats\" data-dim=\"", out);
    esc(out, report_dim_name("en", t->dim));
    fputs("\"><thead><tr><th>", out);
    esc(out, report_dim_name(lang, t->dim));
    fputs("</th>", out);
    for (int c = 0; c < RC_NCOLS; c++) {
        fputs("<th>", out);
        esc(out, report_col_name(lang, c));
        fputs("</th>", out);
    }
    fputs("</tr></thead><tbody>\n", out);
    for (size_t i = 0; i < t->n; i++) {
        fputs("<tr class=\"unit\"><td", out);
        if (t->v[i].title && *t->v[i].title) {
            fputs(" title=\"", out);
            esc(out, t->v[i].title);
            fputs("\"", out);
        }
        fputs(">", out);
        esc(out, t->v[i].unit);
        fputs("</td>", out);
        for (int c = 0; c < RC_NCOLS; c++)
            cell(out, &t->v[i], c);
        fputs("</tr>\n", out);
    }
    report_row total = t->total;
    total.checks = 1;
    fputs("<tr class=\"total\"><td>", out);
    esc(out, report_word(lang, "total"));
    fputs("</td>", out);
    for (int c = 0; c < RC_NCOLS; c++)
        cell(out, &total, c);
    fputs("</tr></tbody></table>\n", out);
}

static void date_cell(FILE *out, const char *secs)
{
    char buf[24] = "";
    time_t t = (time_t)strtoll(secs, NULL, 10);
    struct tm tm;
    if (*secs && localtime_r(&t, &tm))
        strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    fprintf(out, "<td>%s</td>", buf);
}

/* The lead list: id, rule, severity, status, subject, url, province,
 * first and last seen (the STORE_REPORT_LEAD_LIST columns). */
static void lead_list(FILE *out, const report *r)
{
    static const char *const zh[] = {"编号", "规则", "严重程度", "状态", "网站网店",
                                     "网址", "省份", "首次发现", "最近发现"};
    static const char *const en[] = {"lead", "rule", "severity", "status", "subject",
                                     "url", "province", "first seen", "last seen"};
    static const int cols[] = {0, 1, 2, 3, 4, 6, 7};
    const char *const *h = strcmp(r->lang, "en") == 0 ? en : zh;
    fputs("<h2>", out);
    esc(out, report_word(r->lang, "leads"));
    fprintf(out, " (%zu)</h2>\n<table class=\"leads\"><thead><tr>", r->nleads);
    for (size_t i = 0; i < 9; i++) {
        fputs("<th>", out);
        esc(out, h[i]);
        fputs("</th>", out);
    }
    fputs("</tr></thead><tbody>\n", out);
    for (size_t i = 0; i < r->nleads; i++) {
        fprintf(out, "<tr class=\"lead\" data-lead=\"");
        esc(out, r->leads[i].cells[0]);
        fputs("\">", out);
        for (size_t c = 0; c < sizeof cols / sizeof *cols; c++) {
            fputs(cols[c] == 6 ? "<td class=\"url\">" : "<td>", out);
            esc(out, r->leads[i].cells[cols[c]]);
            fputs("</td>", out);
        }
        date_cell(out, r->leads[i].cells[9]);
        date_cell(out, r->leads[i].cells[10]);
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
}

static void heading(FILE *out, const report *r)
{
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<title>", strcmp(r->lang, "en") == 0 ? "en" : "zh-CN");
    esc(out, report_word(r->lang, "title"));
    fprintf(out, " %s %s %s</title><style>%s</style></head><body>\n<h1>", r->since,
            report_word(r->lang, "to"), r->until, css);
    esc(out, report_word(r->lang, "title"));
    fprintf(out, "</h1><p class=\"period\">%s %s %s (", r->since, report_word(r->lang, "to"),
            r->until);
    esc(out, report_word(r->lang, "zone"));
    fputs(" ", out);
    esc(out, r->zone);
    fputs(")</p>\n", out);
}

int report_html(FILE *out, const report *r)
{
    heading(out, r);
    for (size_t i = 0; i < r->ntables; i++) {
        const report_table *t = &r->tables[i];
        if (!t->block && t->dim == DIM_RULE)
            chart(out, t, "chart-rule", report_word(r->lang, "chart_rule"));
        if (!t->block && t->dim == DIM_PROVINCE)
            chart(out, t, "chart-province", report_word(r->lang, "chart_province"));
    }
    for (size_t i = 0; i < r->ntables; i++) {
        const report_table *t = &r->tables[i];
        fputs("<h2>", out);
        if (t->block) {
            fputs("【", out);
            esc(out, t->block);
            fputs("】", out);
        } else {
            esc(out, report_word(r->lang, "by"));
            fputs(" ", out);
            esc(out, report_dim_name(r->lang, t->dim));
        }
        fputs("</h2>\n", out);
        table(out, t, r->lang);
    }
    fputs("<p class=\"note\">* ", out);
    esc(out, report_word(r->lang, "note_sites"));
    fputs("</p><p class=\"note\">* ", out);
    esc(out, report_word(r->lang, "note_dates"));
    fputs("</p>\n", out);
    if (r->old_runs) {
        fprintf(out, "<p class=\"note\">* %ld", r->old_runs);
        esc(out, report_word(r->lang, "note_old"));
        fputs("</p>\n", out);
    }
    lead_list(out, r);
    fputs("</body></html>\n", out);
    return ferror(out) ? -1 : 0;
}
