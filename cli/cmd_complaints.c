/*
 * Complaints as a lead source (诉转案): `wangjian import complaints` reads a
 * CSV of consumer complaints (12315 and the like) and records each against
 * the subject its URL names, the key leads use; `leads --source complaint`
 * lists those subjects with their leads, or "no lead".  (The complaint
 * URLs join the next crawl that reads a seeds file: cmd_crawl.c.)
 *
 * The import is all or nothing: every row is checked first, every bad row
 * is named as FILE:LINE with what is wrong, and one bad row means nothing
 * is imported (the database is not even opened).  A complaint whose id is
 * already stored is skipped and counted, so a file imported twice is
 * harmless.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "cli.h"

enum { REF_MAX = 128, PLATFORM_MAX = 256, TEXT_MAX = 65536, WHY_MAX = 512 };

/* One data row of the file.  The field pointers point into the file's
 * buffer; url, host, subject and why are owned by the row. */
typedef struct {
    int line;                 /* physical line the row starts on */
    const char *ref, *platform, *text;
    char received[40];        /* YYYY-MM-DD, "" when the row gives no date */
    char *url, *host, *subject;
    char *why;                /* what is wrong with the row, NULL when nothing */
} complaint_row;

typedef struct {
    complaint_row *v;
    size_t n, cap;
    long bad;
} complaint_rows;

static void rows_free(complaint_rows *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].url);
        free(r->v[i].host);
        free(r->v[i].subject);
        free(r->v[i].why);
    }
    free(r->v);
}

/* A new zeroed row at line; NULL when out of memory. */
static complaint_row *rows_add(complaint_rows *r, int line)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 256;
        complaint_row *v = realloc(r->v, cap * sizeof *v);
        if (!v)
            return NULL;
        r->v = v;
        r->cap = cap;
    }
    complaint_row *row = &r->v[r->n++];
    memset(row, 0, sizeof *row);
    row->line = line;
    return row;
}

/* Add one problem to row->why ("; " between problems); -1 when out of
 * memory. */
__attribute__((format(printf, 3, 4)))
static int complain(complaint_rows *r, complaint_row *row, const char *fmt, ...)
{
    char msg[WHY_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t old = row->why ? strlen(row->why) : 0, n = old + strlen(msg) + 3;
    char *why = realloc(row->why, n);
    if (!why)
        return -1;
    if (!row->why)
        r->bad++;
    snprintf(why + old, n - old, "%s%s", old ? "; " : "", msg);
    row->why = why;
    return 0;
}

/* ---- checking one field ---- */

/* Surrounding ASCII whitespace cut off, in place. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    return s;
}

static int has_control(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return 1;
    return 0;
}

/* Up to max digits at *p (advanced past them) as *v; how many there were. */
static int digits(const char **p, int max, int *v)
{
    int n = 0;
    *v = 0;
    while (n < max && **p >= '0' && **p <= '9') {
        *v = *v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    return n;
}

static int skip_lit(const char **p, const char *lit)
{
    size_t n = strlen(lit);
    if (strncmp(*p, lit, n) != 0)
        return 0;
    *p += n;
    return 1;
}

/* " HH:MM[:SS]" or "THH:MM[:SS]" at p, or nothing: 1 when so. */
static int time_ok(const char *p)
{
    int hh, mm, ss;
    if (!*p)
        return 1;
    if (*p != ' ' && *p != 'T')
        return 0;
    p++;
    if (!digits(&p, 2, &hh) || *p++ != ':' || digits(&p, 2, &mm) != 2 || hh > 23 || mm > 59)
        return 0;
    if (*p == ':' && (p++, digits(&p, 2, &ss) != 2 || ss > 60))
        return 0;
    return *p == '\0';
}

/* A date as complaint systems write it: YYYY-MM-DD, YYYY/M/D, YYYY.M.D or
 * YYYY年M月D日, optionally with a time after it (dropped).  out receives
 * YYYY-MM-DD; 0 when s is not a day of the calendar from 1990 to 2100. */
static int parse_date(const char *s, char out[40])
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const char *p = s;
    int y, m, d;
    if (digits(&p, 4, &y) != 4)
        return 0;
    int cjk = skip_lit(&p, "年");
    char sep = cjk ? '\0' : *p;
    if (!cjk && sep != '-' && sep != '/' && sep != '.')
        return 0;
    p += !cjk;
    if (!digits(&p, 2, &m) || (cjk ? !skip_lit(&p, "月") : *p++ != sep) || !digits(&p, 2, &d))
        return 0;
    if (cjk)
        skip_lit(&p, "日");
    if (!time_ok(p) || y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    snprintf(out, 40, "%04d-%02d-%02d", y, m, d);
    return 1;
}

/* The URL as the crawl would fetch it, its host and its lead subject. */
static int check_url(complaint_rows *r, complaint_row *row, const char *url,
                     const parser_profiles *profiles)
{
    if (!*url)
        return complain(r, row, "no URL (the URL column is required)");
    row->url = crawler_url_resolve(NULL, url);
    if (!row->url)
        return complain(r, row, "URL '%.200s' is not an http(s) URL (write it with http:// or "
                        "https://)", url);
    row->host = crawler_url_host(row->url);
    row->subject = row->host ? scan_url_subject(row->url, row->host, profiles) : NULL;
    return row->subject ? 0 : -1;
}

/* ---- reading the file ---- */

typedef struct {
    int ref, date, url, platform, text;   /* column indexes, -1 when absent */
    int n;                                /* fields in the header */
} complaint_columns;

static int find_columns(const char *path, char **hdr, int nh, complaint_columns *c)
{
    static const char *const ref_n[] = {"id", "complaint id", "complaint_id", "ref", "投诉编号", NULL};
    static const char *const date_n[] = {"date", "received", "投诉日期", NULL};
    static const char *const url_n[] = {"url", "shop url", "site url", "shop_url", "site_url",
                                        "网址", "店铺网址", NULL};
    static const char *const platform_n[] = {"platform", "平台", NULL};
    static const char *const text_n[] = {"text", "content", "投诉内容", NULL};
    for (int i = 0; i < nh; i++)
        hdr[i] = trim(hdr[i]);
    c->n = nh;
    c->ref = nh > 0 ? cli_csv_column(hdr, nh, ref_n) : -1;
    c->date = nh > 0 ? cli_csv_column(hdr, nh, date_n) : -1;
    c->url = nh > 0 ? cli_csv_column(hdr, nh, url_n) : -1;
    c->platform = nh > 0 ? cli_csv_column(hdr, nh, platform_n) : -1;
    c->text = nh > 0 ? cli_csv_column(hdr, nh, text_n) : -1;
    if (c->ref >= 0 && c->url >= 0)
        return CLI_OK;
    cli_error("%s:1: the header names no %s column (expected the columns id or 投诉编号, url or "
              "网址, and optionally date, platform, text); nothing imported", path,
              c->ref < 0 ? "complaint id" : "URL");
    return CLI_FAIL;
}

/* Check the fields f[0..c->n) of row: -1 when out of memory. */
static int check_row(complaint_rows *r, complaint_row *row, char **f, const complaint_columns *c,
                     const parser_profiles *profiles)
{
    const char *date = c->date >= 0 ? trim(f[c->date]) : "";
    const char *platform = c->platform >= 0 ? trim(f[c->platform]) : "";
    const char *text = c->text >= 0 ? trim(f[c->text]) : "";
    row->ref = trim(f[c->ref]);
    row->platform = *platform ? platform : NULL;
    row->text = *text ? text : NULL;
    int e = 0;
    if (!*row->ref)
        e |= complain(r, row, "no complaint id (the id column is required)");
    else if (strlen(row->ref) > REF_MAX || has_control(row->ref))
        e |= complain(r, row, "complaint id '%.200s' is longer than %d bytes or holds a line "
                      "break or control character", row->ref, REF_MAX);
    e |= check_url(r, row, trim(f[c->url]), profiles);
    if (*date && !parse_date(date, row->received))
        e |= complain(r, row, "date '%.100s' is not a date (YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)",
                      date);
    if (row->platform && strlen(row->platform) > PLATFORM_MAX)
        e |= complain(r, row, "platform longer than %d bytes", PLATFORM_MAX);
    if (row->text && strlen(row->text) > TEXT_MAX)
        e |= complain(r, row, "text longer than %d bytes", TEXT_MAX);
    return e;
}

/* Every data row of buf into r, each checked on its own (duplicates are
 * found afterwards).  CLI_FAIL after a message for a file that cannot be
 * read as complaints at all (no header, out of memory). */
static int read_rows(const char *path, char *buf, size_t len, const parser_profiles *profiles,
                     complaint_rows *r)
{
    char *f[CLI_CSV_MAX_FIELDS], *hdr[CLI_CSV_MAX_FIELDS];
    complaint_columns c;
    size_t pos = 0;
    int lines = 0, line = 1, nf;
    if (find_columns(path, hdr, cli_csv_header(buf, len, &pos, hdr, &lines), &c) != CLI_OK)
        return CLI_FAIL;
    line += lines;
    while ((nf = cli_csv_record(buf, len, &pos, f, &lines)) != 0) {
        int this_line = line;
        line += lines;
        if (nf == 1 && f[0][0] == '\0')
            continue;   /* blank line */
        complaint_row *row = rows_add(r, this_line);
        int e = !row      ? -1
                : nf < 0  ? complain(r, row, "unterminated quoted field (the rest of the file is "
                                     "part of it)")
                : nf != c.n ? complain(r, row, "wrong number of fields (%d, the header has %d)", nf,
                                       c.n)
                            : check_row(r, row, f, &c, profiles);
        if (e) {
            cli_error("out of memory reading '%s'", path);
            return CLI_FAIL;
        }
        if (nf < 0)
            break;
    }
    return CLI_OK;
}

static int by_ref(const void *a, const void *b)
{
    const complaint_row *x = *(complaint_row *const *)a, *y = *(complaint_row *const *)b;
    int c = strcmp(x->ref, y->ref);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* A complaint id given twice in the file is a mistake in it: the later
 * rows are bad, naming the line of the first. */
static int mark_duplicates(complaint_rows *r)
{
    complaint_row **v = malloc((r->n ? r->n : 1) * sizeof *v);
    size_t n = 0;
    if (!v)
        return -1;
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i].ref && *r->v[i].ref)
            v[n++] = &r->v[i];
    qsort(v, n, sizeof *v, by_ref);
    int e = 0;
    for (size_t i = 1, first = 0; i < n && !e; i++) {
        if (strcmp(v[i]->ref, v[first]->ref) != 0) {
            first = i;
            continue;
        }
        e = complain(r, v[i], "complaint id '%.200s' is also on line %d", v[i]->ref,
                     v[first]->line);
    }
    free(v);
    return e;
}

/* ---- storing ---- */

static int store_rows(const char *db, const char *path, const complaint_rows *r)
{
    store *st = cli_open_store(db);
    if (!st)
        return CLI_FAIL;
    size_t srclen = strlen(path) + 16;
    char *source = malloc(srclen);
    long added = 0, there = 0;
    int64_t now = (int64_t)time(NULL);
    store_result sr = source ? store_begin(st) : STORE_ENOMEM;
    for (size_t i = 0; sr == STORE_OK && i < r->n; i++) {
        const complaint_row *row = &r->v[i];
        int add = 0;
        snprintf(source, srclen, "%s:%d", path, row->line);
        store_complaint c = {row->ref, row->received[0] ? row->received : NULL, row->url,
                             row->platform, row->text, row->subject, row->host, source, now};
        sr = store_complaint_add(st, &c, &add);
        added += add;
        there += !add;
    }
    if (sr == STORE_OK)
        sr = store_commit(st);
    if (sr != STORE_OK) {
        cli_error("cannot import the complaints of '%s', nothing imported: %s", path,
                  source ? store_errmsg(st) : store_strerror(sr));
        store_rollback(st);
    }
    free(source);
    int rc = cli_close_store(st) == CLI_OK && sr == STORE_OK ? CLI_OK : CLI_FAIL;
    if (rc == CLI_OK)
        fprintf(stderr, "wangjian: %ld complaint%s imported, %ld already there\n", added,
                added == 1 ? "" : "s", there);
    return rc;
}

static int import_file(const char *db, const char *path, char *buf, size_t len,
                       const parser_profiles *profiles)
{
    complaint_rows r = {0};
    int rc = read_rows(path, buf, len, profiles, &r);
    if (rc == CLI_OK && mark_duplicates(&r) != 0) {
        cli_error("out of memory reading '%s'", path);
        rc = CLI_FAIL;
    }
    for (size_t i = 0; rc == CLI_OK && i < r.n; i++)
        if (r.v[i].why)
            fprintf(stderr, "%s:%d: %s\n", path, r.v[i].line, r.v[i].why);
    if (rc == CLI_OK && r.bad > 0) {
        cli_error("%ld bad row%s in '%s': nothing imported", r.bad, r.bad == 1 ? "" : "s", path);
        rc = CLI_FAIL;
    }
    if (rc == CLI_OK)
        rc = store_rows(db, path, &r);
    rows_free(&r);
    return rc;
}

int cli_import_complaints(const char *db, const char *platforms_dir, const char *path)
{
    size_t len = 0;
    char *dir = cli_platforms_dir(platforms_dir);
    parser_profiles *profiles = NULL;
    char *buf = dir && cli_load_profiles(dir, &profiles) == CLI_OK ? cli_read_utf8(path, &len)
                                                                    : NULL;
    int rc = buf ? import_file(db, path, buf, len, profiles) : CLI_FAIL;
    free(buf);
    parser_profiles_free(profiles);
    free(dir);
    return rc;
}

/* ---- leads --source complaint ---- */

typedef struct {
    int jsonl;
    json_t *cur;       /* the subject being collected */
    long subjects, without;
} subjects_ctx;

static void print_subject_table(subjects_ctx *c, const json_t *s)
{
    const json_t *leads = json_object_get(s, "leads"), *l;
    char n[32];
    size_t i;
    if (c->subjects == 1)
        printf("%-40s  %-10s  %-10s  %-6s  %-20s  %s\n", "SUBJECT", "COMPLAINTS", "LATEST", "LEAD",
               "RULE", "STATUS");
    snprintf(n, sizeof n, "%lld", (long long)json_integer_value(json_object_get(s, "complaints")));
    printf("%-40s  %-10s  %-10s  ", json_string_value(json_object_get(s, "subject")), n,
           json_string_value(json_object_get(s, "received")));
    if (json_array_size(leads) == 0)
        printf("%-6s  no lead\n", "-");
    for (i = 0; (l = json_array_get(leads, i)) != NULL; i++)
        printf("%*s%-6lld  %-20s  %s\n", i ? 66 : 0, "",
               (long long)json_integer_value(json_object_get(l, "lead_id")),
               json_string_value(json_object_get(l, "rule")),
               json_string_value(json_object_get(l, "status")));
}

/* Print the subject collected and forget it; non-zero when out of memory
 * or stdout fails. */
static int flush_subject(subjects_ctx *c)
{
    int bad = 0;
    if (!c->cur)
        return 0;
    c->subjects++;
    c->without += json_array_size(json_object_get(c->cur, "leads")) == 0;
    if (c->jsonl) {
        bad = json_dumpf(c->cur, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0;
        fputc('\n', stdout);
    } else {
        print_subject_table(c, c->cur);
    }
    json_decref(c->cur);
    c->cur = NULL;
    return bad || ferror(stdout);
}

/* The refs column (one per line) as a JSON array. */
static json_t *refs_array(const char *refs)
{
    json_t *a = json_array();
    while (a && *refs) {
        size_t n = strcspn(refs, "\n");
        json_array_append_new(a, json_stringn(refs, n));
        refs += n + (refs[n] == '\n');
    }
    return a;
}

static int subject_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    subjects_ctx *c = ud;
    const char *subject = cli_row_col(n, names, values, "subject");
    const char *lead = cli_row_col(n, names, values, "lead_id");
    if (!subject || !lead)
        return 1;
    if (!c->cur || strcmp(subject, json_string_value(json_object_get(c->cur, "subject"))) != 0) {
        if (flush_subject(c) != 0)
            return 1;
        const char *count = cli_row_col(n, names, values, "complaints");
        const char *refs = cli_row_col(n, names, values, "refs");
        const char *received = cli_row_col(n, names, values, "received");
        c->cur = json_pack("{s:s, s:I, s:o, s:s, s:[]}", "subject", subject, "complaints",
                           (json_int_t)strtoll(count ? count : "0", NULL, 10), "refs",
                           refs_array(refs ? refs : ""), "received", received ? received : "",
                           "leads");
        if (!c->cur)
            return 1;
    }
    if (!*lead)
        return 0;   /* no rule fired on this subject */
    const char *rule = cli_row_col(n, names, values, "rule");
    const char *severity = cli_row_col(n, names, values, "severity");
    const char *status = cli_row_col(n, names, values, "status");
    json_t *l = json_pack("{s:I, s:s, s:s, s:s}", "lead_id", (json_int_t)strtoll(lead, NULL, 10),
                          "rule", rule ? rule : "", "severity", severity ? severity : "", "status",
                          status ? status : "");
    return !l || json_array_append_new(json_object_get(c->cur, "leads"), l) != 0;
}

int cli_complaint_subjects(store *st, int flags)
{
    subjects_ctx c = {flags & CLI_LEADS_JSONL, NULL, 0, 0};
    store_result r = store_complaint_subjects(st, subject_row, &c);
    int bad = r == STORE_OK ? flush_subject(&c) : 0;
    json_decref(c.cur);
    if (r != STORE_OK || bad) {
        cli_error("cannot list the subjects of complaints: %s",
                  r != STORE_OK ? store_errmsg(st) : "out of memory or output failed");
        return CLI_FAIL;
    }
    fflush(stdout);
    if (!c.jsonl)
        fprintf(stderr, "wangjian: %ld subject%s named by complaints, %ld without a lead\n",
                c.subjects, c.subjects == 1 ? "" : "s", c.without);
    return CLI_OK;
}
