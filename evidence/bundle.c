/*
 * bundle.c — evidence_write: make the folder (new or empty), write each
 * file once (O_EXCL, fsync), list the data files in manifest.txt, get the
 * timestamp, write the 笔录 and last manifest.sha256.  Every file and
 * folder made is remembered, so a failure at any step removes them all
 * and leaves the folder as it was: never half a bundle that looks whole.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "evidence/evidence_int.h"

/* The bundle being written; everything owned. */
typedef struct {
    const char *dir;
    int made_dir;        /* we created dir: remove it on failure */
    char **made;         /* paths made, in order (files and folders) */
    size_t nmade;
    ev_files data;       /* listed in manifest.txt */
    ev_files meta;       /* manifest.txt, timestamp files: listed in the 笔录 too */
    ev_files record;     /* the 笔录 */
    char *err;
    size_t errlen;
} writer;

static int remember(writer *w, const char *path)
{
    char **v = realloc(w->made, (w->nmade + 1) * sizeof *v);
    if (!v)
        return -1;
    w->made = v;
    if (!(v[w->nmade] = strdup(path)))
        return -1;
    w->nmade++;
    return 0;
}

/* Remove what w made, newest first. */
static void undo(writer *w)
{
    for (size_t i = w->nmade; i-- > 0;)
        if (unlink(w->made[i]) != 0)
            rmdir(w->made[i]);   /* a capture folder, emptied by the unlinks before */
    if (w->made_dir)
        rmdir(w->dir);
}

static void writer_free(writer *w)
{
    for (size_t i = 0; i < w->nmade; i++)
        free(w->made[i]);
    free(w->made);
    ev_files_clear(&w->data);
    ev_files_clear(&w->meta);
    ev_files_clear(&w->record);
}

/* dir must be absent (made here) or an empty folder. */
static evidence_result prepare_dir(writer *w)
{
    if (mkdir(w->dir, 0755) == 0) {
        w->made_dir = 1;
        return EVIDENCE_OK;
    }
    if (errno != EEXIST) {
        snprintf(w->err, w->errlen, "cannot create '%s': %s", w->dir, strerror(errno));
        return EVIDENCE_EIO;
    }
    DIR *d = opendir(w->dir);
    if (!d) {
        snprintf(w->err, w->errlen, "cannot use '%s' as the output folder: %s", w->dir,
                 strerror(errno));
        return EVIDENCE_EIO;
    }
    struct dirent *e;
    int empty = 1;
    while (empty && (e = readdir(d)) != NULL)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    if (!empty) {
        snprintf(w->err, w->errlen, "'%s' is not empty: evidence writes only into a new or empty "
                 "folder", w->dir);
        return EVIDENCE_ENOTEMPTY;
    }
    return EVIDENCE_OK;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

/* A copy of s with tab, CR and LF made spaces (manifest fields). */
static char *field(const char *s)
{
    char *c = strdup(ev_s(s));
    for (char *p = c; p && *p; p++)
        if (*p == '\t' || *p == '\n' || *p == '\r')
            *p = ' ';
    return c;
}

/* Write data as name (inside dir) and list it in list. */
static evidence_result put_file(writer *w, ev_files *list, const char *name, const char *type,
                                const char *format, const void *data, size_t len)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", w->dir, name) >= sizeof path) {
        snprintf(w->err, w->errlen, "the output folder's path is too long");
        return EVIDENCE_EINVAL;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        snprintf(w->err, w->errlen, "cannot create '%s': %s", path, strerror(errno));
        return EVIDENCE_EIO;
    }
    if (remember(w, path) != 0) {
        close(fd);
        unlink(path);
        return EVIDENCE_ENOMEM;
    }
    int bad = write_all(fd, data, len) != 0 || fsync(fd) != 0;
    if (close(fd) != 0 || bad) {
        snprintf(w->err, w->errlen, "cannot write '%s': %s", path, strerror(errno));
        return EVIDENCE_EIO;
    }
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        ev_file *v = realloc(list->v, cap * sizeof *v);
        if (!v)
            return EVIDENCE_ENOMEM;
        list->v = v;
        list->cap = cap;
    }
    ev_file *f = &list->v[list->n];
    memset(f, 0, sizeof *f);
    f->size = len;
    f->name = strdup(name);
    f->type = field(type);
    f->format = field(format);
    list->n++;
    if (!f->name || !f->type || !f->format || ev_sha256(data, len, NULL, f->sha256) != 0)
        return EVIDENCE_ENOMEM;
    return EVIDENCE_OK;
}

static evidence_result put_buf(writer *w, ev_files *list, const char *name, const char *type,
                               const char *format, const ev_buf *b)
{
    if (b->oom) {
        snprintf(w->err, w->errlen, "out of memory writing %s", name);
        return EVIDENCE_ENOMEM;
    }
    return put_file(w, list, name, type, format, b->p ? b->p : "", b->n);
}

static evidence_result put_capture(writer *w, const evidence_case *c, size_t k)
{
    const evidence_capture *x = &c->captures[k];
    char dir[32], name[64], path[4096];
    ev_capture_dir(c, k, dir, sizeof dir);
    if (!*dir)
        return EVIDENCE_OK;   /* nothing archived: the summary says so */
    snprintf(path, sizeof path, "%s/%s", w->dir, dir);
    if (mkdir(path, 0755) != 0) {
        snprintf(w->err, w->errlen, "cannot create '%s': %s", path, strerror(errno));
        return EVIDENCE_EIO;
    }
    if (remember(w, path) != 0) {
        rmdir(path);
        return EVIDENCE_ENOMEM;
    }
    evidence_result r = EVIDENCE_OK;
    if (x->warc) {
        snprintf(name, sizeof name, "%s/record.warc", dir);
        r = put_file(w, &w->data, name, "网页请求与响应记录 (WARC request+response)",
                     "WARC/1.1 (application/warc)", x->warc, x->warc_len);
    }
    if (r == EVIDENCE_OK && x->body) {
        snprintf(name, sizeof name, "%s/body", dir);
        r = put_file(w, &w->data, name, "网页源代码 (HTTP body)",
                     *ev_s(x->content_type) ? x->content_type : "application/octet-stream", x->body,
                     x->body_len);
    }
    if (r == EVIDENCE_OK && x->rendered) {
        snprintf(name, sizeof name, "%s/rendered", dir);
        r = put_file(w, &w->data, name, "浏览器渲染后的网页 (rendered DOM)",
                     "text/html; charset=utf-8", x->rendered, x->rendered_len);
    }
    if (r == EVIDENCE_OK && x->screenshot) {
        snprintf(name, sizeof name, "%s/screenshot.png", dir);
        r = put_file(w, &w->data, name, "网页截图 (full-page screenshot)", "PNG (image/png)",
                     x->screenshot, x->screenshot_len);
    }
    if (r == EVIDENCE_OK) {
        ev_buf html = {0};
        ev_capture_html(&html, c, k);
        snprintf(name, sizeof name, "%s/text.html", dir);
        r = put_buf(w, &w->data, name, "网页可见文本，标出匹配内容 (visible text, passage marked)",
                    "HTML (UTF-8)", &html);
        ev_buf_free(&html);
    }
    return r;
}

static evidence_result put_summaries(writer *w, const evidence_case *c)
{
    ev_buf txt = {0}, json = {0};
    ev_summary_text(&txt, c);
    evidence_result r = put_buf(w, &w->data, "summary.txt", "摘要 (summary)", "text/plain (UTF-8)", &txt);
    if (r == EVIDENCE_OK && (r = ev_summary_json(&json, c)) != EVIDENCE_OK)
        snprintf(w->err, w->errlen, "out of memory writing summary.json");
    if (r == EVIDENCE_OK)
        r = put_buf(w, &w->data, "summary.json", "摘要 (summary)", "JSON (UTF-8)", &json);
    ev_buf_free(&txt);
    ev_buf_free(&json);
    return r;
}

/* manifest.sha256: every file but itself, in sha256sum's format. */
static evidence_result put_sums(writer *w)
{
    ev_buf b = {0};
    const ev_files *lists[] = {&w->data, &w->meta, &w->record};
    for (size_t l = 0; l < 3; l++)
        for (size_t i = 0; i < lists[l]->n; i++)
            ev_buf_printf(&b, "%s  %s\n", lists[l]->v[i].sha256, lists[l]->v[i].name);
    ev_files sums = {0};
    evidence_result r = put_buf(w, &sums, EV_SUMS, "", "", &b);
    ev_files_clear(&sums);
    ev_buf_free(&b);
    return r;
}

/* The timestamp on md into the bundle; stamp strings filled. */
static evidence_result put_stamp(writer *w, const evidence_tsa *tsa, const unsigned char md[32],
                                 evidence_written *out, char *serial, char *policy)
{
    ev_buf tsq = {0}, tsr = {0};
    evidence_result r = ev_tsa_stamp(tsa, md, &tsq, &tsr, out->ts_time, serial, policy,
                                     &out->ts_checked, w->err, w->errlen);
    if (r == EVIDENCE_OK)
        r = put_buf(w, &w->meta, EV_TSQ, "时间戳请求 (RFC 3161 TimeStampReq)",
                    "DER (application/timestamp-query)", &tsq);
    if (r == EVIDENCE_OK)
        r = put_buf(w, &w->meta, EV_TSR, "时间戳 (RFC 3161 TimeStampResp)",
                    "DER (application/timestamp-reply)", &tsr);
    out->timestamped = r == EVIDENCE_OK;
    ev_buf_free(&tsq);
    ev_buf_free(&tsr);
    return r;
}

static evidence_result sync_dir(writer *w)
{
    int fd = open(w->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int bad = fd < 0 || fsync(fd) != 0;
    if (fd >= 0)
        close(fd);
    if (bad) {
        snprintf(w->err, w->errlen, "cannot sync '%s': %s", w->dir, strerror(errno));
        return EVIDENCE_EIO;
    }
    return EVIDENCE_OK;
}

/* Every step after the folder is ready. */
static evidence_result write_all_files(writer *w, const evidence_case *c, const evidence_tsa *tsa,
                                       evidence_written *out)
{
    evidence_result r = EVIDENCE_OK;
    for (size_t k = 0; k < c->ncaptures && r == EVIDENCE_OK; k++)
        r = put_capture(w, c, k);
    if (r == EVIDENCE_OK)
        r = put_summaries(w, c);
    ev_buf m = {0};
    unsigned char md[32];
    if (r == EVIDENCE_OK) {
        ev_manifest_text(&m, c, &w->data);
        r = put_buf(w, &w->meta, EV_MANIFEST, "电子数据清单 (manifest)", "text/tab-separated-values (UTF-8)", &m);
    }
    if (r == EVIDENCE_OK && ev_sha256(m.p, m.n, md, out->manifest_sha256) != 0)
        r = EVIDENCE_ENOMEM;
    ev_buf_free(&m);
    char serial[64] = "", policy[64] = "";
    if (r == EVIDENCE_OK && tsa && tsa->url)
        r = put_stamp(w, tsa, md, out, serial, policy);
    if (r == EVIDENCE_OK) {
        ev_stamp st = {tsa ? tsa->url : NULL, out->ts_time, serial, policy, out->ts_checked};
        ev_buf html = {0};
        ev_record_html(&html, c, &w->data, &w->meta, out->manifest_sha256, &st);
        r = put_buf(w, &w->record, EV_RECORD, "电子数据提取笔录（草稿）", "HTML (UTF-8)", &html);
        ev_buf_free(&html);
    }
    if (r == EVIDENCE_OK)
        r = put_sums(w);
    if (r == EVIDENCE_OK)
        r = sync_dir(w);
    out->files = w->data.n;
    return r;
}

evidence_result evidence_write(const char *dir, const evidence_case *c, const evidence_tsa *tsa,
                               evidence_written *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (!dir || !c || !c->captures || c->ncaptures == 0 || (tsa && !tsa->url)) {
        snprintf(err, errlen, "nothing to write: no capture");
        return EVIDENCE_EINVAL;
    }
    writer w = {.dir = dir, .err = err, .errlen = errlen};
    evidence_result r = prepare_dir(&w);
    if (r == EVIDENCE_OK)
        r = write_all_files(&w, c, tsa, out);
    if (r == EVIDENCE_ENOMEM && !*err)
        snprintf(err, errlen, "out of memory writing the bundle in '%s'", dir);
    if (r != EVIDENCE_OK && r != EVIDENCE_ENOTEMPTY)
        undo(&w);
    writer_free(&w);
    return r;
}

/* ---- manifest.txt ---- */

void ev_manifest_text(ev_buf *b, const evidence_case *c, const ev_files *files)
{
    char made[40];
    evidence_time_utc(c->made_at, made, sizeof made);
    ev_buf_printf(b, "# 电子数据清单 (evidence manifest): %s %s, ", ev_s(c->tool_name),
                  ev_s(c->tool_version));
    if (c->lead)
        ev_buf_printf(b, "lead %lld, ", (long long)c->lead->id);
    ev_buf_printf(b, "made %s\n"
                     "# Every data file of this bundle.  The SHA-256 of this file is the manifest\n"
                     "# hash: it is in " EV_SUMS ", in " EV_RECORD " and, with a timestamp,\n"
                     "# in " EV_TSR ".  Check with: wangjian evidence --verify DIR\n"
                     "# file\ttype\tformat\tbytes\tsha256\n",
                  made);
    for (size_t i = 0; i < files->n; i++) {
        const ev_file *f = &files->v[i];
        ev_buf_printf(b, "%s\t%s\t%s\t%zu\t%s\n", f->name, f->type, f->format, f->size, f->sha256);
    }
}
