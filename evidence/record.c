/*
 * record.c — extraction-record.html, a draft 电子数据提取笔录 for printing
 * on A4: 案由 (blank), the object, content, time, place (blank), method
 * and process of the extraction, the 电子数据清单 with each file's type,
 * format, size and 校验值, the manifest's SHA-256 and timestamp, and blank
 * lines for the officers, the witness (or why there was none) and the
 * signatures (法发〔2016〕22号 art. 14-15; SAMR 2024 electronic-data rules).
 * One self-contained file: inline style, no script, nothing fetched.
 * Every string that came from a page or a person is escaped.
 */
#include <stdio.h>
#include <string.h>
#include "evidence/evidence_int.h"

static const char STYLE[] =
    "@page{size:A4;margin:18mm 16mm}"
    "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;font-size:10.5pt;"
    "line-height:1.5;max-width:178mm;margin:0 auto;color:#000}"
    "h1{text-align:center;font-size:18pt;letter-spacing:.3em;margin:.4em 0}"
    "h2{font-size:12pt;margin:1em 0 .3em}"
    "table{border-collapse:collapse;width:100%}"
    "th,td{border:1px solid #000;padding:1.5mm 2mm;vertical-align:top;text-align:left}"
    "th{font-weight:normal;white-space:nowrap}"
    "td{word-break:break-all}"
    "tr{page-break-inside:avoid}"
    ".facts>tbody>tr>th{width:26mm}"
    ".files td,.files th{font-size:8.5pt;overflow-wrap:anywhere;word-break:normal}"
    ".files{table-layout:fixed}.files col.n{width:7mm}.files col.f{width:34mm}.files col.t{width:38mm}"
    ".files col.m{width:26mm}.files col.s{width:15mm}"
    ".hash{font-family:monospace;font-size:8pt;word-break:break-all;overflow-wrap:anywhere}"
    ".blank{display:inline-block;min-width:38mm;border-bottom:1px solid #000;height:1.3em}"
    ".wide{min-width:120mm}"
    ".draft{text-align:center;color:#555;font-size:9pt}"
    "ul{margin:0;padding-left:1.2em}";

/* <tr><th>th</th><td> ... the caller writes the cell and closes it */
static void open_row(ev_buf *b, const char *th)
{
    ev_buf_printf(b, "<tr><th>%s</th><td>", th);
}

static void blank(ev_buf *b, int wide)
{
    ev_buf_str(b, wide ? "<span class=\"blank wide\"></span>" : "<span class=\"blank\"></span>");
}

static void object_cell(ev_buf *b, const evidence_case *c)
{
    if (c->lead) {
        ev_buf_str(b, "主体：");
        ev_buf_htmls(b, c->lead->subject);
        ev_buf_str(b, "（网站/网店 ");
        ev_buf_htmls(b, c->lead->host);
        ev_buf_str(b, "）<br>");
    }
    ev_buf_str(b, "网址：<ul>");
    for (size_t k = 0; k < c->ncaptures; k++) {
        const evidence_capture *x = &c->captures[k];
        ev_buf_str(b, "<li>");
        ev_buf_htmls(b, x->url);
        if (x->final_url && *x->final_url && strcmp(x->final_url, ev_s(x->url)) != 0) {
            ev_buf_str(b, " → ");
            ev_buf_htmls(b, x->final_url);
        }
        ev_buf_str(b, "（服务器地址 ");
        ev_buf_htmls(b, *ev_s(x->ip) ? x->ip : "未记录");
        ev_buf_str(b, "）</li>");
    }
    ev_buf_str(b, "</ul>");
}

/* How the passage of x was found, for the 笔录 (the summary has the details). */
static const char *mark_how(const evidence_capture *x)
{
    const char *src = ev_s(x->mark_source);
    if (!x->warc && !x->body)
        return "无 WARC 记录，未存网页内容";
    if (strcmp(src, "rule") == 0)
        return "导出时按规则库重新检查本份网页文本命中";
    if (strcmp(src, "snippet") == 0)
        return "规则未再命中或不在规则库中，标出的是线索保存的片段";
    return "未能在本份网页文本中标出，见摘要";
}

static void content_cell(ev_buf *b, const evidence_case *c)
{
    const evidence_lead *l = c->lead;
    if (l) {
        ev_buf_printf(b, "线索 %lld：", (long long)l->id);
        ev_buf_htmls(b, l->title && *l->title ? l->title : l->rule);
        ev_buf_str(b, "（");
        ev_buf_htmls(b, l->rule);
        ev_buf_str(b, "，严重程度 ");
        ev_buf_htmls(b, l->severity);
        ev_buf_str(b, "，状态 ");
        ev_buf_htmls(b, l->status);
        ev_buf_str(b, "）<br>法律依据：");
        ev_buf_htmls(b, l->basis);
        ev_buf_str(b, "<br>");
    }
    ev_buf_str(b, "网页的请求与响应记录（WARC）、网页源代码及可见文本，标出的内容：<ul>");
    for (size_t k = 0; k < c->ncaptures; k++) {
        const evidence_capture *x = &c->captures[k];
        ev_buf_printf(b, "<li>第 %zu 份（", k + 1);
        ev_buf_htmls(b, x->role);
        ev_buf_str(b, "）：");
        size_t shown = 0;
        for (size_t i = 0; x->text && i < x->nmarks; i++) {
            const evidence_mark *m = &x->marks[i];
            if (m->len > x->text_len || m->off > x->text_len - m->len)
                continue;
            ev_buf_str(b, shown++ ? "、“" : "“");
            ev_buf_html(b, x->text + m->off, m->len);
            ev_buf_str(b, "”");
        }
        if (!shown)
            ev_buf_str(b, "未标出");
        ev_buf_str(b, "（");
        ev_buf_str(b, mark_how(x));
        ev_buf_str(b, "）</li>");
    }
    ev_buf_str(b, "</ul>");
}

static void time_cell(ev_buf *b, const evidence_case *c)
{
    char t[96];
    ev_buf_str(b, "网页获取时间（UTC / 北京时间 UTC+8）：<ul>");
    for (size_t k = 0; k < c->ncaptures; k++) {
        const evidence_capture *x = &c->captures[k];
        if (x->fetched_at)
            ev_time_both(x->fetched_at, t, sizeof t);
        else
            snprintf(t, sizeof t, "%s", "未记录");
        ev_buf_printf(b, "<li>第 %zu 份：%s</li>", k + 1, t);
    }
    ev_time_both(c->made_at, t, sizeof t);
    ev_buf_printf(b, "</ul>证据包生成时间：%s<br>提取开始时间 ", t);
    blank(b, 0);
    ev_buf_str(b, " 结束时间 ");
    blank(b, 0);
}

static void method_cell(ev_buf *b, const evidence_case *c)
{
    ev_buf_str(b, "网络在线提取。工具：");
    ev_buf_htmls(b, c->tool_name);
    ev_buf_str(b, " ");
    ev_buf_htmls(b, c->tool_version);
    ev_buf_str(b, "。过程：爬虫按下列运行参数访问网址，将每次 HTTP 请求与响应原样写入 WARC/1.1 "
                  "文件（含 SHA-256 块摘要），按规则库检查网页文本并记录线索；导出时从 WARC "
                  "文件读出记录、核对摘要，重新解析正文并标出匹配内容，计算每个文件的 SHA-256，"
                  "生成本笔录和电子数据清单。<ul>");
    for (size_t k = 0; k < c->ncaptures; k++) {
        const evidence_capture *x = &c->captures[k];
        ev_buf_printf(b, "<li>第 %zu 份：运行 %lld（", k + 1, (long long)x->run);
        ev_buf_htmls(b, x->run_kind);
        ev_buf_str(b, "），");
        ev_buf_htmls(b, x->tool);
        ev_buf_str(b, "，规则库 ");
        ev_buf_htmls(b, *ev_s(x->rulebook_version) ? x->rulebook_version : "未记录");
        if (*ev_s(x->rulebook_sha256)) {
            ev_buf_str(b, " <span class=\"hash\">sha256:");
            ev_buf_htmls(b, x->rulebook_sha256);
            ev_buf_str(b, "</span>");
        }
        ev_buf_str(b, "，运行参数 ");
        ev_buf_htmls(b, *ev_s(x->run_options) ? x->run_options : "未记录");
        ev_buf_str(b, "</li>");
    }
    ev_buf_str(b, "</ul>标出匹配内容所用规则库：");
    ev_buf_htmls(b, c->rulebook);
    ev_buf_str(b, "，版本 ");
    ev_buf_htmls(b, *ev_s(c->rulebook_version) ? c->rulebook_version : "未记录");
    if (*ev_s(c->rulebook_sha256)) {
        ev_buf_str(b, " <span class=\"hash\">sha256:");
        ev_buf_htmls(b, c->rulebook_sha256);
        ev_buf_str(b, "</span>");
    }
}

static void integrity_cell(ev_buf *b, const char *hash, const ev_stamp *st)
{
    ev_buf_printf(b, "电子数据清单 " EV_MANIFEST " 的 SHA-256 校验值：<span class=\"hash\" "
                     "id=\"manifest-sha256\">%s</span><br>",
                  hash);
    if (st && st->time && *st->time) {
        ev_buf_str(b, "可信时间戳（RFC 3161）：");
        ev_buf_htmls(b, st->url);
        ev_buf_str(b, "，时间 ");
        ev_buf_htmls(b, st->time);
        ev_buf_str(b, "，序列号 ");
        ev_buf_htmls(b, st->serial);
        ev_buf_str(b, "，策略 ");
        ev_buf_htmls(b, st->policy);
        ev_buf_str(b, st->checked ? "（已用指定的 CA 证书核验）" : "（未用 CA 证书核验签名）");
    } else {
        ev_buf_str(b, "可信时间戳：无");
    }
}

static void file_rows(ev_buf *b, const ev_files *f, size_t *n)
{
    for (size_t i = 0; i < f->n; i++) {
        const ev_file *x = &f->v[i];
        ev_buf_printf(b, "<tr class=\"file\" data-file=\"");
        ev_buf_htmls(b, x->name);
        ev_buf_printf(b, "\"><td>%zu</td><td>", ++*n);
        ev_buf_htmls(b, x->name);
        ev_buf_str(b, "</td><td>");
        ev_buf_htmls(b, x->type);
        ev_buf_str(b, "</td><td>");
        ev_buf_htmls(b, x->format);
        ev_buf_printf(b, "</td><td>%zu</td><td class=\"hash\">%s</td></tr>\n", x->size, x->sha256);
    }
}

static void signatures(ev_buf *b)
{
    ev_buf_str(b, "<h2>签名</h2>\n<table class=\"facts\"><tbody>\n");
    for (int i = 1; i <= 2; i++) {
        ev_buf_printf(b, "<tr><th>执法人员 %d</th><td>姓名 ", i);
        blank(b, 0);
        ev_buf_str(b, " 执法证号 ");
        blank(b, 0);
        ev_buf_str(b, " 签名 ");
        blank(b, 0);
        ev_buf_str(b, "</td></tr>\n");
    }
    ev_buf_str(b, "<tr><th>见证人</th><td>姓名 ");
    blank(b, 0);
    ev_buf_str(b, " 身份证件号码 ");
    blank(b, 0);
    ev_buf_str(b, " 签名 ");
    blank(b, 0);
    ev_buf_str(b, "</td></tr>\n<tr><th>无见证人的原因</th><td>");
    blank(b, 1);
    ev_buf_str(b, "</td></tr>\n<tr><th>电子数据持有人</th><td>");
    blank(b, 1);
    ev_buf_str(b, "<br>（网络在线提取，无持有人在场的，注明原因）</td></tr>\n"
                  "<tr><th>日期</th><td>　　　　年　　月　　日</td></tr>\n</tbody></table>\n");
}

void ev_record_html(ev_buf *b, const evidence_case *c, const ev_files *data, const ev_files *meta,
                    const char *manifest_sha256, const ev_stamp *stamp)
{
    char made[96];
    ev_time_both(c->made_at, made, sizeof made);
    ev_buf_printf(b,
                  "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
                  "<meta name=\"" EV_META_HASH "\" content=\"%s\">\n"
                  "<title>电子数据提取笔录（草稿）</title>\n<style>%s</style></head><body>\n"
                  "<p class=\"draft\">草稿：由 ",
                  manifest_sha256, STYLE);
    ev_buf_htmls(b, c->tool_name);
    ev_buf_str(b, " ");
    ev_buf_htmls(b, c->tool_version);
    ev_buf_printf(b, " 于 %s 生成，经执法人员核对、补全后打印签名</p>\n"
                     "<h1>电子数据提取笔录</h1>\n<table class=\"facts\"><tbody>\n", made);
    open_row(b, "案由");
    blank(b, 1);
    ev_buf_str(b, "</td></tr>\n");
    open_row(b, "提取对象");
    object_cell(b, c);
    ev_buf_str(b, "</td></tr>\n");
    open_row(b, "提取内容");
    content_cell(b, c);
    ev_buf_str(b, "</td></tr>\n");
    open_row(b, "提取时间");
    time_cell(b, c);
    ev_buf_str(b, "</td></tr>\n");
    open_row(b, "提取地点");
    blank(b, 1);
    ev_buf_str(b, "</td></tr>\n");
    open_row(b, "提取方法和过程");
    method_cell(b, c);
    ev_buf_str(b, "</td></tr>\n");
    open_row(b, "完整性校验");
    integrity_cell(b, manifest_sha256, stamp);
    ev_buf_str(b, "</td></tr>\n</tbody></table>\n");
    ev_buf_str(b, "<h2>电子数据清单</h2>\n<table class=\"files\" id=\"files\"><colgroup><col class=\"n\">"
                  "<col class=\"f\"><col class=\"t\"><col class=\"m\"><col class=\"s\"><col></colgroup>"
                  "<thead><tr><th>序号</th>"
                  "<th>文件</th><th>类别</th><th>格式</th><th>大小（字节）</th>"
                  "<th>校验值（SHA-256）</th></tr></thead><tbody>\n");
    size_t n = 0;
    file_rows(b, data, &n);
    file_rows(b, meta, &n);
    ev_buf_str(b, "</tbody></table>\n");
    if (c->nnotes) {
        ev_buf_str(b, "<h2>备注</h2>\n<ul>");
        for (size_t i = 0; i < c->nnotes; i++) {
            ev_buf_str(b, "<li>");
            ev_buf_htmls(b, c->notes[i]);
            ev_buf_str(b, "</li>");
        }
        ev_buf_str(b, "</ul>\n");
    }
    signatures(b);
    ev_buf_str(b, "</body></html>\n");
}
