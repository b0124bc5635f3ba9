/*
 * search.c — a platform's keyword search, for keyword-crawl tests and the
 * demo: GET /search?q=WORD[&page=N] on a host whose folder holds a file
 * ".search" reading "PER_PAGE DIR..." (e.g. "3 shop item") answers a
 * result page listing, in path order, the *.html files under those DIRs
 * whose bytes contain WORD (a shop folder's index.html is listed as the
 * folder), PER_PAGE per page, with a "next" link while more remain.  The
 * page also carries navigation links that are not results, so a test can
 * tell that a crawl followed only the results.  Runs on the loop thread,
 * reading the (small) fixture tree synchronously like respond.c.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "httpd.h"

enum { MAX_HITS = 4096, MAX_DIRS = 8, MAX_DEPTH = 4 };

struct hits {
    char *v[MAX_HITS];
    size_t n;
    const char *word;
    size_t word_len;
    size_t root_len;   /* strlen of ROOT/HOST: what a link leaves out */
};

/* The whole file at path (caller frees), or NULL. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size <= HTTPD_FILE_MAX &&
        (buf = malloc((size_t)st.st_size + 1)) != NULL) {
        *len = fread(buf, 1, (size_t)st.st_size, f);
        buf[*len] = '\0';
    }
    fclose(f);
    return buf;
}

static void add_hit(struct hits *h, const char *path)
{
    size_t len = 0;
    char *data = h->n < MAX_HITS ? slurp(path, &len) : NULL;
    if (data && memmem(data, len, h->word, h->word_len)) {
        char *link = strdup(path + h->root_len);
        size_t l = link ? strlen(link) : 0;
        if (l >= 11 && strcmp(link + l - 11, "/index.html") == 0)
            link[l - 10] = '\0';   /* a shop's folder */
        if (link)
            h->v[h->n++] = link;
    }
    free(data);
}

static void walk(struct hits *h, const char *dir, int depth)
{
    DIR *d = depth < MAX_DEPTH ? opendir(dir) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        char path[4096];
        if (e->d_name[0] == '.' ||
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        struct stat st;
        size_t l = strlen(e->d_name);
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            walk(h, path, depth + 1);
        else if (l > 5 && strcmp(e->d_name + l - 5, ".html") == 0)
            add_hit(h, path);
    }
    if (d)
        closedir(d);
}

static int by_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Query parameter name (decoded, '+' as space) into out, "" when absent. */
static void param(const struct httpd_request *req, const char *name, char *out, size_t cap)
{
    const char *q = req->query_len ? req->query + 1 : "", *end = req->query + req->query_len;
    size_t nl = strlen(name);
    out[0] = '\0';
    while (req->query_len && q < end) {
        const char *amp = memchr(q, '&', (size_t)(end - q));
        const char *stop = amp ? amp : end;
        if ((size_t)(stop - q) > nl && strncmp(q, name, nl) == 0 && q[nl] == '=') {
            size_t n = (size_t)(stop - q) - nl - 1;
            if (httpd_pct_decode(q + nl + 1, n, out, cap) < 0) {
                out[0] = '\0';
                return;
            }
            for (char *p = out; *p; p++)
                if (*p == '+')
                    *p = ' ';
            return;
        }
        q = stop + 1;
    }
}

static void put_escaped(FILE *m, const char *s)
{
    for (; *s; s++) {
        if (*s == '<')
            fputs("&lt;", m);
        else if (*s == '>')
            fputs("&gt;", m);
        else if (*s == '&')
            fputs("&amp;", m);
        else if (*s == '"')
            fputs("&quot;", m);
        else
            fputc(*s, m);
    }
}

static void put_pct(FILE *m, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~", *p))
            fputc(*p, m);
        else
            fprintf(m, "%%%02X", *p);
    }
}

/* The result page: results [from, from + per) of h, and a next link. */
static void page_html(FILE *m, const struct hits *h, const char *word, long page, long per)
{
    size_t from = (size_t)((page - 1) * per);
    fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>搜索：", m);
    put_escaped(m, word);
    fputs("</title></head><body>\n<nav><a href=\"/\">首页</a> <a href=\"/help.html\">帮助</a>"
          "</nav>\n<p class=\"count\">", m);
    fprintf(m, "共 %zu 个结果，第 %ld 页</p>\n<ul class=\"results\">\n", h->n, page);
    for (size_t i = from; i < h->n && i < from + (size_t)per; i++) {
        fputs("<li><a class=\"result\" href=\"", m);
        put_escaped(m, h->v[i]);
        fputs("\">", m);
        put_escaped(m, h->v[i]);
        fputs("</a></li>\n", m);
    }
    fputs("</ul>\n", m);
    if (from + (size_t)per < h->n) {
        fputs("<p class=\"pager\"><a class=\"next\" href=\"/search?q=", m);
        put_pct(m, word);
        fprintf(m, "&amp;page=%ld\">下一页</a></p>\n", page + 1);
    }
    fputs("</body></html>\n", m);
}

int httpd_search(const char *root, const struct httpd_request *req, char **body, size_t *len)
{
    char base[4096], cfg[4096];
    *body = NULL;
    *len = 0;
    if (snprintf(base, sizeof base, "%s/%s", root, req->host) >= (int)sizeof base ||
        snprintf(cfg, sizeof cfg, "%s/.search", base) >= (int)sizeof cfg)
        return 1;
    size_t clen = 0;
    char *conf = slurp(cfg, &clen);
    if (!conf)
        return 1;
    char word[1024], pg[32], *p = conf;
    long per = strtol(conf, &p, 10), page;
    param(req, "q", word, sizeof word);
    param(req, "page", pg, sizeof pg);
    page = pg[0] ? strtol(pg, NULL, 10) : 1;
    struct hits h = {.word = word, .word_len = strlen(word), .root_len = strlen(base)};
    for (int k = 0; word[0] && k < MAX_DIRS && per > 0; k++) {
        p += strspn(p, " \t\r\n");
        size_t n = strcspn(p, " \t\r\n");
        char dir[4096];
        if (n == 0 || snprintf(dir, sizeof dir, "%s/%.*s", base, (int)n, p) >= (int)sizeof dir)
            break;
        walk(&h, dir, 0);
        p += n;
    }
    qsort(h.v, h.n, sizeof h.v[0], by_path);
    FILE *m = open_memstream(body, len);
    if (m) {
        page_html(m, &h, word, page < 1 ? 1 : page, per > 0 ? per : 10);
        if (fclose(m) != 0) {
            free(*body);
            *body = NULL;
        }
    }
    for (size_t i = 0; i < h.n; i++)
        free(h.v[i]);
    free(conf);
    return *body ? 0 : -1;
}
