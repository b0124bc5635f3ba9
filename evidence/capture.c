/*
 * capture.c — capture-N/text.html: the visible text of one capture as the
 * rules read it, with the matched passage in <mark>, headed by where and
 * when the page was fetched and how the passage was found.  One
 * self-contained file (inline style, no script, no external reference);
 * every character from the page is escaped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "evidence/evidence_int.h"

void ev_capture_dir(const evidence_case *c, size_t k, char *out, size_t n)
{
    const evidence_capture *x = &c->captures[k];
    if (x->warc || x->body)
        snprintf(out, n, "capture-%zu", k + 1);
    else
        snprintf(out, n, "%s", "");
}

static int by_offset(const void *a, const void *b)
{
    const evidence_mark *x = *(const evidence_mark *const *)a, *y = *(const evidence_mark *const *)b;
    return x->off < y->off ? -1 : x->off > y->off;
}

/* The text with the marks (sorted; one that overlaps an earlier one or
 * runs past the end is left out). */
static void marked_text(ev_buf *out, const evidence_capture *x)
{
    const evidence_mark **m = calloc(x->nmarks ? x->nmarks : 1, sizeof *m);
    if (!m) {
        out->oom = 1;
        return;
    }
    for (size_t i = 0; i < x->nmarks; i++)
        m[i] = &x->marks[i];
    qsort(m, x->nmarks, sizeof *m, by_offset);
    size_t at = 0;
    for (size_t i = 0; i < x->nmarks; i++) {
        if (m[i]->off < at || m[i]->len > x->text_len || m[i]->off > x->text_len - m[i]->len)
            continue;
        ev_buf_html(out, x->text + at, m[i]->off - at);
        ev_buf_str(out, "<mark data-rule=\"");
        ev_buf_htmls(out, m[i]->label);
        ev_buf_str(out, "\">");
        ev_buf_html(out, x->text + m[i]->off, m[i]->len);
        ev_buf_str(out, "</mark>");
        at = m[i]->off + m[i]->len;
    }
    ev_buf_html(out, x->text + at, x->text_len - at);
    free(m);
}

static void row(ev_buf *out, const char *th, const char *td)
{
    ev_buf_str(out, "<tr><th>");
    ev_buf_str(out, th);
    ev_buf_str(out, "</th><td>");
    ev_buf_htmls(out, td);
    ev_buf_str(out, "</td></tr>\n");
}

void ev_capture_html(ev_buf *out, const evidence_case *c, size_t k)
{
    const evidence_capture *x = &c->captures[k];
    char when[96] = "", status[16];
    if (x->fetched_at)
        ev_time_both(x->fetched_at, when, sizeof when);
    snprintf(status, sizeof status, "%d", x->http_status);
    ev_buf_printf(out,
                  "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
                  "<title>可见文本 capture-%zu</title>\n"
                  "<style>body{font-family:sans-serif;margin:2em;line-height:1.6}"
                  "table{border-collapse:collapse;margin-bottom:1em}"
                  "th,td{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}"
                  "td{word-break:break-all}mark{background:#ff0;font-weight:bold}"
                  ".text{white-space:pre-wrap;border-top:2px solid #000;padding-top:1em}"
                  ".note{color:#a00}</style></head><body>\n"
                  "<h1>网页可见文本（标出匹配内容）</h1>\n<table>\n",
                  k + 1);
    row(out, "网址 URL", x->url);
    if (x->final_url && *x->final_url && strcmp(x->final_url, ev_s(x->url)) != 0)
        row(out, "最终网址 final URL", x->final_url);
    row(out, "获取时间 fetched (UTC / 北京时间)", when);
    row(out, "HTTP 状态", status);
    row(out, "服务器地址 server IP", x->ip);
    row(out, "证据角色 role", x->role);
    if (c->lead)
        row(out, "规则 rule", c->lead->rule);
    row(out, "标记方式 marking", x->mark_note);
    ev_buf_str(out, "</table>\n");
    if (x->nmarks == 0) {
        ev_buf_str(out, "<p class=\"note\">本版本文本中未标出匹配内容。");
        if (c->lead && c->lead->snippet && *c->lead->snippet) {
            ev_buf_str(out, "线索保存的片段：<mark data-rule=\"");
            ev_buf_htmls(out, c->lead->rule);
            ev_buf_str(out, "\">");
            ev_buf_htmls(out, c->lead->snippet);
            ev_buf_str(out, "</mark>");
        }
        ev_buf_str(out, "</p>\n");
    }
    ev_buf_str(out, "<div class=\"text\">");
    if (x->text)
        marked_text(out, x);
    else
        ev_buf_str(out, "（正文未能解析 the body could not be parsed）");
    ev_buf_str(out, "</div>\n</body></html>\n");
}
