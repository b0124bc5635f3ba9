/*
 * test_store.c — store/ behaviour on real SQLite files in a temporary
 * directory: schema, frontier, pages, findings → leads, export, prices,
 * registry, keyword search, hostile strings, transactions and locking.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"

/* Every string parameter of every test below gets this at least once. */
#define EVIL "x'); DROP TABLE pages; --\"%_\\ OR 1=1 \xe9\xab\x98\xe4\xbb\xbf"

typedef struct {
    char dir[256];
    char path[300];
    store *s;
} fixture;

static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char p[512];

    if (!d)
        return;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    char err[256];
    const char *tmp = getenv("TMPDIR");

    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "%s/wj-store-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    if (store_open(f->path, &f->s, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "store_open: %s\n", err);
        rm_tree(f->dir);
        free(f);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    store_result r = store_close(f->s);

    rm_tree(f->dir);
    free(f);
    return r == STORE_OK ? 0 : -1;
}

/* ---- row capture for export and search ---- */

enum { MAXROWS = 32, MAXCOLS = 16 };

typedef struct {
    size_t nrows, ncols;
    char *names[MAXCOLS];
    char *v[MAXROWS][MAXCOLS];
    size_t stop_after; /* 0: never stop */
} rows;

static int capture(void *ud, size_t ncols, const char *const *names, const char *const *values)
{
    rows *r = ud;

    assert_true(ncols <= MAXCOLS);
    assert_true(r->nrows < MAXROWS);
    if (r->nrows == 0) {
        r->ncols = ncols;
        for (size_t i = 0; i < ncols; i++)
            r->names[i] = strdup(names[i]);
    }
    for (size_t i = 0; i < ncols; i++)
        r->v[r->nrows][i] = strdup(values[i]);
    r->nrows++;
    return r->stop_after && r->nrows >= r->stop_after;
}

static void rows_free(rows *r)
{
    for (size_t i = 0; i < r->ncols; i++)
        free(r->names[i]);
    for (size_t j = 0; j < r->nrows; j++)
        for (size_t i = 0; i < r->ncols; i++)
            free(r->v[j][i]);
    memset(r, 0, sizeof *r);
}

static const char *cell(const rows *r, size_t row, const char *name)
{
    for (size_t i = 0; i < r->ncols; i++)
        if (strcmp(r->names[i], name) == 0)
            return r->v[row][i];
    fail_msg("no column %s", name);
    return NULL;
}

/* ---- helpers ---- */

static int64_t put_page(store *s, const char *url, const char *subject, const char *title,
                        const char *text, const char *region)
{
    store_page p = {0};
    int64_t id = 0;

    p.url = url;
    p.host = "shop.example.cn";
    p.subject = subject;
    p.status = 200;
    p.content_type = "text/html";
    p.title = title;
    p.text = text;
    p.text_len = text ? strlen(text) : 0;
    p.fetched_at = 1795457100;
    p.region = region;
    assert_int_equal(store_page_put(s, &p, &id), STORE_OK);
    assert_true(id > 0);
    return id;
}

static void findings(store *s, int64_t page, int64_t now, const char *const *rules, size_t n)
{
    store_finding f[8];

    memset(f, 0, sizeof f);
    assert_true(n <= 8);
    for (size_t i = 0; i < n; i++) {
        f[i].rule = rules[i];
        f[i].severity = strcmp(rules[i], "COUNTERFEIT_TERM") == 0 ? "high" : "medium";
        f[i].basis = "商标法 第五十七条";
        f[i].snippet = "高仿包";
        f[i].src_off = (int64_t)(10 * i);
    }
    assert_int_equal(store_page_findings(s, page, f, n, now), STORE_OK);
}

/* Lead row (subject, rule) from the leads export, or -1. */
static long lead_row(const rows *r, const char *subject, const char *rule)
{
    for (size_t i = 0; i < r->nrows; i++)
        if (strcmp(cell(r, i, "subject"), subject) == 0 && strcmp(cell(r, i, "rule"), rule) == 0)
            return (long)i;
    return -1;
}

static void export_leads(store *s, rows *r)
{
    memset(r, 0, sizeof *r);
    assert_int_equal(store_export(s, "leads", capture, r), STORE_OK);
}

/* ---- tests ---- */

static void test_schema_reopen(void **state)
{
    fixture *f = *state;
    char err[256], prefixed[320];
    int added = 0;
    long n = -1;

    assert_int_equal(store_frontier_add(f->s, "http://a.cn/", "a.cn", 0, 0, &added), STORE_OK);
    assert_int_equal(added, 1);
    assert_int_equal(store_close(f->s), STORE_OK);
    f->s = NULL;
    snprintf(prefixed, sizeof prefixed, "sqlite:%s", f->path);
    assert_int_equal(store_open(prefixed, &f->s, err, sizeof err), STORE_OK);
    assert_int_equal(store_frontier_count(f->s, -1, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(store_page_count(f->s, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_lead_count(f->s, NULL, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_registry_count(f->s, &n), STORE_OK);
    assert_int_equal(n, 0);
}

static void test_frontier(void **state)
{
    store *s = ((fixture *)*state)->s;
    store_frontier_item *it = NULL;
    size_t n = 0;
    int added = -1;
    long cnt = 0;
    int64_t future = (int64_t)time(NULL) + 3600;

    assert_int_equal(store_frontier_add(s, "http://a.cn/1", "a.cn", 0, 0, &added), STORE_OK);
    assert_int_equal(added, 1);
    assert_int_equal(store_frontier_add(s, "http://a.cn/1", "a.cn", 3, 0, &added), STORE_OK);
    assert_int_equal(added, 0);
    assert_int_equal(store_frontier_add(s, "http://a.cn/2", "a.cn", 1, 0, &added), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://a.cn/later", "a.cn", 1, future, NULL), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://a.cn/3", "a.cn", 2, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://b.cn/1", "b.cn", 0, 0, NULL), STORE_OK);

    assert_int_equal(store_frontier_take(s, "a.cn", 2, &it, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[0].url, "http://a.cn/1");
    assert_int_equal(it[0].depth, 0); /* the duplicate add did not change it */
    assert_string_equal(it[1].url, "http://a.cn/2");
    assert_true(it[0].id < it[1].id);
    int64_t first = it[0].id;
    store_frontier_items_free(it, n);

    /* The not-yet-due URL is skipped; only /3 remains. */
    assert_int_equal(store_frontier_take(s, "a.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(it[0].url, "http://a.cn/3");
    store_frontier_items_free(it, n);
    assert_int_equal(store_frontier_take(s, "a.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_null(it);

    assert_int_equal(store_frontier_count(s, STORE_URL_LEASED, &cnt), STORE_OK);
    assert_int_equal(cnt, 3);
    assert_int_equal(store_frontier_finish(s, first, STORE_URL_DONE), STORE_OK);
    assert_int_equal(store_frontier_finish(s, 999999, STORE_URL_DONE), STORE_ENOTFOUND);
    assert_int_equal(store_frontier_finish(s, first, 42), STORE_EINVAL);
    assert_int_equal(store_frontier_count(s, STORE_URL_DONE, &cnt), STORE_OK);
    assert_int_equal(cnt, 1);

    /* Resume after a crash: the two still leased go back to the queue. */
    assert_int_equal(store_frontier_requeue_leased(s), STORE_OK);
    assert_int_equal(store_frontier_count(s, STORE_URL_LEASED, &cnt), STORE_OK);
    assert_int_equal(cnt, 0);
    assert_int_equal(store_frontier_count(s, STORE_URL_QUEUED, &cnt), STORE_OK);
    assert_int_equal(cnt, 4); /* /2, /3, /later, b.cn/1 */
    assert_int_equal(store_frontier_take(s, "a.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(it[0].url, "http://a.cn/2");
    store_frontier_items_free(it, n);
}

static void count_hosts(void *ud, const char *host, long queued)
{
    rows *r = ud;
    char num[32];

    snprintf(num, sizeof num, "%ld", queued);
    const char *names[2] = {"host", "queued"};
    const char *values[2] = {host, num};
    capture(r, 2, names, values);
}

static void test_frontier_hosts(void **state)
{
    store *s = ((fixture *)*state)->s;
    rows r = {0};
    store_frontier_item *it;
    size_t n;

    assert_int_equal(store_frontier_add(s, "http://b.cn/1", "b.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://a.cn/1", "a.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://a.cn/2", "a.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://c.cn/1", "c.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_take(s, "c.cn", 5, &it, &n), STORE_OK);
    store_frontier_items_free(it, n);
    assert_int_equal(store_frontier_hosts(s, count_hosts, &r), STORE_OK);
    assert_int_equal(r.nrows, 2); /* c.cn has nothing queued */
    assert_string_equal(r.v[0][0], "a.cn");
    assert_string_equal(r.v[0][1], "2");
    assert_string_equal(r.v[1][0], "b.cn");
    assert_string_equal(r.v[1][1], "1");
    rows_free(&r);
}

typedef struct {
    int calls;
    int64_t id;
    unsigned char *body;
    size_t body_len;
    char *url, *ctype, *subject, *host;
} seen_page;

static int grab_page(void *ud, int64_t page_id, const char *url, const char *content_type,
                     const void *body, size_t body_len, const char *subject, const char *host)
{
    seen_page *sp = ud;

    sp->calls++;
    sp->id = page_id;
    free(sp->body);
    sp->body = NULL;
    if (body) {
        sp->body = malloc(body_len);
        memcpy(sp->body, body, body_len);
    }
    sp->body_len = body_len;
    free(sp->url);
    free(sp->ctype);
    free(sp->subject);
    free(sp->host);
    sp->url = strdup(url);
    sp->ctype = content_type ? strdup(content_type) : NULL;
    sp->subject = subject ? strdup(subject) : NULL;
    sp->host = host ? strdup(host) : NULL;
    return 0;
}

static void seen_free(seen_page *sp)
{
    free(sp->body);
    free(sp->url);
    free(sp->ctype);
    free(sp->subject);
    free(sp->host);
}

static void test_page_upsert_and_body(void **state)
{
    store *s = ((fixture *)*state)->s;
    enum { BODY = 200000 };
    unsigned char *body = malloc(BODY);
    store_page p = {0};
    seen_page sp = {0};
    int64_t id1 = 0, id2 = 0;
    long n = 0;

    assert_non_null(body);
    for (size_t i = 0; i < BODY; i++) /* compressible, with NULs */
        body[i] = (unsigned char)((i % 97) == 0 ? 0 : 'a' + (i % 7));
    p.url = "http://shop.example.cn/item/1";
    p.host = "shop.example.cn";
    p.title = "旧标题";
    p.body = body;
    p.body_len = BODY;
    p.content_type = "text/html; charset=gbk";
    assert_int_equal(store_page_put(s, &p, &id1), STORE_OK);
    p.title = "新标题";
    p.subject = "店铺甲";
    assert_int_equal(store_page_put(s, &p, &id2), STORE_OK);
    assert_int_equal(id1, id2);
    assert_int_equal(store_page_count(s, &n), STORE_OK);
    assert_int_equal(n, 1);

    assert_int_equal(store_pages_each(s, grab_page, &sp), STORE_OK);
    assert_int_equal(sp.calls, 1);
    assert_int_equal(sp.id, id1);
    assert_int_equal(sp.body_len, BODY);
    assert_memory_equal(sp.body, body, BODY);
    assert_string_equal(sp.subject, "店铺甲");
    assert_string_equal(sp.host, "shop.example.cn");
    assert_string_equal(sp.ctype, "text/html; charset=gbk");

    /* Evidence by URL: the same decompressed body. */
    free(sp.body);
    sp.body = NULL;
    sp.calls = 0;
    assert_int_equal(store_page_get(s, "http://shop.example.cn/item/1", grab_page, &sp), STORE_OK);
    assert_int_equal(sp.calls, 1);
    assert_int_equal(sp.body_len, BODY);
    assert_memory_equal(sp.body, body, BODY);
    assert_int_equal(store_page_get(s, "http://shop.example.cn/none", grab_page, &sp),
                     STORE_ENOTFOUND);
    assert_int_equal(sp.calls, 1);

    /* A page without a subject is its host's; without a body hands out NULL. */
    p.url = "http://shop.example.cn/item/2";
    p.subject = NULL;
    p.body = NULL;
    p.body_len = 0;
    assert_int_equal(store_page_put(s, &p, &id2), STORE_OK);
    sp.calls = 0;
    assert_int_equal(store_pages_each(s, grab_page, &sp), STORE_OK);
    assert_int_equal(sp.calls, 2);
    assert_int_equal(sp.id, id2);
    assert_null(sp.body);
    assert_int_equal(sp.body_len, 0);
    assert_string_equal(sp.subject, "shop.example.cn");

    /* A body packed beforehand needs no raw copy (a crawl frees it early). */
    store_blob packed = {0};
    assert_int_equal(store_body_pack(s, body, BODY, &packed), STORE_OK);
    p.url = "http://shop.example.cn/item/3";
    p.packed = &packed;
    p.body_len = BODY;
    assert_int_equal(store_page_put(s, &p, &id2), STORE_OK);
    free(sp.body);
    sp.body = NULL;
    sp.calls = 0;
    assert_int_equal(store_page_get(s, "http://shop.example.cn/item/3", grab_page, &sp), STORE_OK);
    assert_int_equal(sp.body_len, BODY);
    assert_memory_equal(sp.body, body, BODY);
    p.body_len = BODY - 1; /* not what was packed */
    assert_int_equal(store_page_put(s, &p, &id2), STORE_EINVAL);
    store_blob_free(&packed);
    p.packed = NULL;

    /* Bad arguments. */
    p.body_len = 5;
    assert_int_equal(store_page_put(s, &p, &id2), STORE_EINVAL);
    p.body_len = 0;
    p.run_id = 777;
    assert_int_equal(store_page_put(s, &p, &id2), STORE_EINVAL); /* no such run */
    seen_free(&sp);
    free(body);
}

/* Page callbacks may write: rescan replaces findings while iterating. */
static int rescan_cb(void *ud, int64_t page_id, const char *url, const char *content_type,
                     const void *body, size_t body_len, const char *subject, const char *host)
{
    store *s = ud;
    store_finding f = {"ABSOLUTE_TERM", "low", "广告法 第九条", "最佳", 0, NULL, NULL, NULL};

    (void)url, (void)content_type, (void)body, (void)body_len, (void)subject, (void)host;
    assert_int_equal(store_page_findings(s, page_id, &f, 1, 1795457100), STORE_OK);
    return 0;
}

static void test_pages_each_writes(void **state)
{
    store *s = ((fixture *)*state)->s;
    long n = 0;

    put_page(s, "http://a.cn/1", "甲", "t", "x", NULL);
    put_page(s, "http://a.cn/2", "乙", "t", "x", NULL);
    put_page(s, "http://a.cn/3", "丙", "t", "x", NULL);
    assert_int_equal(store_pages_each(s, rescan_cb, s), STORE_OK);
    assert_int_equal(store_lead_count(s, "open", &n), STORE_OK);
    assert_int_equal(n, 3);
}

static void test_leads_rollup(void **state)
{
    store *s = ((fixture *)*state)->s;
    static const char *const two[] = {"COUNTERFEIT_TERM", "COUNTERFEIT_TERM", "ICP_MISSING"};
    static const char *const cf[] = {"COUNTERFEIT_TERM"};
    static const char *const icp[] = {"ICP_MISSING"};
    const int64_t t1 = 1795457100, t2 = t1 + 86400, t3 = t2 + 86400;
    int64_t p1 = put_page(s, "http://shop.example.cn/1", "店铺甲", "t", "x", "浙江");
    rows r;
    long i, n;

    findings(s, p1, t1, two, 3);
    export_leads(s, &r);
    assert_int_equal(r.nrows, 2);
    i = lead_row(&r, "店铺甲", "COUNTERFEIT_TERM");
    assert_true(i >= 0);
    assert_string_equal(cell(&r, (size_t)i, "hits"), "1");   /* one page, twice */
    assert_string_equal(cell(&r, (size_t)i, "showing"), "1");
    assert_string_equal(cell(&r, (size_t)i, "status"), "open");
    assert_string_equal(cell(&r, (size_t)i, "region"), "浙江");
    assert_string_equal(cell(&r, (size_t)i, "first_seen"), "2026-11-23T18:05:00Z");
    rows_free(&r);

    /* Re-crawl without ICP_MISSING: that lead resolves, the other goes on. */
    findings(s, p1, t2, cf, 1);
    export_leads(s, &r);
    i = lead_row(&r, "店铺甲", "ICP_MISSING");
    assert_string_equal(cell(&r, (size_t)i, "status"), "resolved");
    assert_string_equal(cell(&r, (size_t)i, "hits"), "1");
    i = lead_row(&r, "店铺甲", "COUNTERFEIT_TERM");
    assert_string_equal(cell(&r, (size_t)i, "status"), "open");
    assert_string_equal(cell(&r, (size_t)i, "hits"), "1");   /* the same page again */
    assert_string_equal(cell(&r, (size_t)i, "first_seen"), "2026-11-23T18:05:00Z");
    assert_string_equal(cell(&r, (size_t)i, "last_seen"), "2026-11-24T18:05:00Z");
    rows_free(&r);
    assert_int_equal(store_lead_count(s, "resolved", &n), STORE_OK);
    assert_int_equal(n, 1);

    /* It comes back: re-opened; still the one page. */
    findings(s, p1, t3, icp, 1);
    export_leads(s, &r);
    i = lead_row(&r, "店铺甲", "ICP_MISSING");
    assert_string_equal(cell(&r, (size_t)i, "status"), "open");
    assert_string_equal(cell(&r, (size_t)i, "hits"), "1");
    assert_string_equal(cell(&r, (size_t)i, "first_seen"), "2026-11-23T18:05:00Z");
    assert_string_equal(cell(&r, (size_t)i, "last_seen"), "2026-11-25T18:05:00Z");
    i = lead_row(&r, "店铺甲", "COUNTERFEIT_TERM");
    assert_string_equal(cell(&r, (size_t)i, "status"), "resolved");
    rows_free(&r);
    assert_int_equal(store_page_findings(s, 99999, NULL, 0, t3), STORE_ENOTFOUND);
}

static void test_leads_other_page(void **state)
{
    store *s = ((fixture *)*state)->s;
    static const char *const abs_[] = {"ABSOLUTE_TERM"};
    const int64_t t1 = 1795457100;
    int64_t p1 = put_page(s, "http://shop.example.cn/1", "店铺甲", "t", "x", NULL);
    int64_t p2 = put_page(s, "http://shop.example.cn/2", "店铺甲", "t", "x", NULL);
    int64_t q1 = put_page(s, "http://other.example.cn/1", "店铺乙", "t", "x", NULL);
    rows r;
    long i;

    findings(s, p1, t1, abs_, 1);
    findings(s, p2, t1, abs_, 1);
    findings(s, q1, t1, abs_, 1);
    /* p1 clean, p2 still has it: open. */
    findings(s, p1, t1 + 10, NULL, 0);
    export_leads(s, &r);
    assert_int_equal(r.nrows, 2);
    i = lead_row(&r, "店铺甲", "ABSOLUTE_TERM");
    assert_string_equal(cell(&r, (size_t)i, "status"), "open");
    rows_free(&r);
    /* p2 clean too: resolved; the other subject's lead is untouched. */
    findings(s, p2, t1 + 20, NULL, 0);
    export_leads(s, &r);
    i = lead_row(&r, "店铺甲", "ABSOLUTE_TERM");
    assert_string_equal(cell(&r, (size_t)i, "status"), "resolved");
    i = lead_row(&r, "店铺乙", "ABSOLUTE_TERM");
    assert_string_equal(cell(&r, (size_t)i, "status"), "open");
    rows_free(&r);
}

/* ---- batches: the same calls in one transaction or in one each ---- */

/* Every row of an export as "name=value|...\n" lines, for comparing two
 * stores whole. */
typedef struct {
    char *buf;
    size_t len, cap;
    long rows;
} dump;

static int dump_row(void *ud, size_t ncols, const char *const *names, const char *const *values)
{
    dump *d = ud;

    for (size_t i = 0; i < ncols; i++) {
        size_t need = strlen(names[i]) + strlen(values[i]) + 3;

        if (d->len + need >= d->cap) {
            d->cap = 2 * (d->len + need);
            d->buf = realloc(d->buf, d->cap);
            assert_non_null(d->buf);
        }
        d->len += (size_t)snprintf(d->buf + d->len, d->cap - d->len, "%s=%s%c", names[i], values[i],
                                   i + 1 < ncols ? '|' : '\n');
    }
    d->rows++;
    return 0;
}

/* The export of what (owned by the caller), "" when it has no rows. */
static char *export_dump(store *s, const char *what)
{
    dump d = {NULL, 0, 0, 0};

    assert_int_equal(store_export(s, what, dump_row, &d), STORE_OK);
    return d.buf ? d.buf : strdup("");
}

/* One call of a scenario.  'P': put page (subject, region); 'F': replace
 * the findings of page with rules (space-separated codes, "" for none);
 * 'X': findings for a page that does not exist (STORE_ENOTFOUND). */
typedef struct {
    char op;
    int page;
    const char *subject;
    const char *region;
    const char *rules;
} step;

enum { SCENARIO_PAGES = 1300, STEP_RULES = 8 };

/* What a run saw after each step: the leads export and lead counts. */
typedef struct {
    char **leads;
    long (*counts)[3];
} trace;

static void do_findings(store *s, int64_t page_id, int k, const char *rules, int64_t now,
                        store_result want)
{
    char buf[128], snip[STEP_RULES][160], law[32];
    store_finding f[STEP_RULES];
    size_t n = 0;

    snprintf(buf, sizeof buf, "%s", rules);
    snprintf(law, sizeof law, "law-%d", k);
    for (char *p = buf; *p;) {
        char *end = strchr(p, ' ');

        if (end)
            *end = '\0';
        assert_true(n < STEP_RULES);
        snprintf(snip[n], sizeof snip[n], "%d.%zu-%s", k, n, p);
        f[n] = (store_finding){p, n % 2 ? "medium" : "high", law, snip[n], (int64_t)n, NULL, NULL, NULL};
        n++;
        p = end ? end + 1 : p + strlen(p);
    }
    assert_int_equal(store_page_findings(s, page_id, f, n, now), want);
}

static void do_step(store *s, const step *st, int k, int64_t *ids)
{
    char url[64];
    const int64_t now = 1795457100 + 60 * (int64_t)k;

    snprintf(url, sizeof url, "http://shop.example.cn/p%d", st->page);
    if (st->op == 'P')
        ids[st->page] = put_page(s, url, st->subject, "t", "x", st->region);
    else if (st->op == 'X')
        do_findings(s, 999999, k, st->rules, now, STORE_ENOTFOUND);
    else
        do_findings(s, ids[st->page], k, st->rules, now, STORE_OK);
}

static void lead_counts(store *s, long c[3])
{
    assert_int_equal(store_lead_count(s, NULL, &c[0]), STORE_OK);
    assert_int_equal(store_lead_count(s, "open", &c[1]), STORE_OK);
    assert_int_equal(store_lead_count(s, "resolved", &c[2]), STORE_OK);
}

/* Run v[0..n) on s.  batch 0: each call in a transaction of its own,
 * recording the leads after each step into t (when t is not NULL);
 * batch 1: all calls in one transaction, checking after each step that
 * reads inside it see what the recorded run saw (when t is not NULL). */
static void run_steps(store *s, const step *v, size_t n, int batch, trace *t)
{
    int64_t ids[SCENARIO_PAGES + 1] = {0};

    if (batch)
        assert_int_equal(store_begin(s), STORE_OK);
    for (size_t k = 0; k < n; k++) {
        assert_true(v[k].page >= 0 && v[k].page <= SCENARIO_PAGES);
        if (!batch)
            assert_int_equal(store_begin(s), STORE_OK);
        do_step(s, &v[k], (int)k, ids);
        if (!batch)
            assert_int_equal(store_commit(s), STORE_OK);
        if (t && !batch) {
            t->leads[k] = export_dump(s, "leads");
            lead_counts(s, t->counts[k]);
        } else if (t) {
            long c[3];
            lead_counts(s, c);
            assert_memory_equal(c, t->counts[k], sizeof c);
            char *d = export_dump(s, "leads");
            assert_string_equal(d, t->leads[k]);
            free(d);
        }
    }
    if (batch)
        assert_int_equal(store_commit(s), STORE_OK);
}

static store *open_named(const fixture *f, const char *name)
{
    char path[400], err[256];
    store *s = NULL;

    snprintf(path, sizeof path, "%s/%s", f->dir, name);
    assert_int_equal(store_open(path, &s, err, sizeof err), STORE_OK);
    return s;
}

/* Run v on three stores — a transaction per call, one transaction read
 * after every step (when traced), one transaction read only at the end —
 * and require the same leads and findings from all three.  The leads of
 * the first run are left in f->s for the caller to check. */
static void compare_runs(fixture *f, const step *v, size_t n, int traced)
{
    trace t = {calloc(n, sizeof(char *)), calloc(n, sizeof(long[3]))};
    store *read = open_named(f, "read.db"), *quiet = open_named(f, "quiet.db");
    const char *what[2] = {"leads", "findings"};

    assert_non_null(t.leads);
    assert_non_null(t.counts);
    run_steps(f->s, v, n, 0, traced ? &t : NULL);
    run_steps(read, v, n, 1, traced ? &t : NULL);
    run_steps(quiet, v, n, 1, NULL);
    for (int w = 0; w < 2; w++) {
        char *a = export_dump(f->s, what[w]), *b = export_dump(read, what[w]),
             *c = export_dump(quiet, what[w]);
        assert_string_equal(b, a);
        assert_string_equal(c, a);
        free(a);
        free(b);
        free(c);
    }
    for (size_t k = 0; k < n; k++)
        free(t.leads[k]);
    free(t.leads);
    free(t.counts);
    assert_int_equal(store_close(read), STORE_OK);
    assert_int_equal(store_close(quiet), STORE_OK);
}

/* Require the lead (subject, rule) to have status and hits, and evidence
 * and region unless they are NULL. */
static void lead_is(store *s, const char *subject, const char *rule, const char *status,
                    const char *hits, const char *evidence, const char *region)
{
    char *d = export_dump(s, "leads"), want[256];
    char *line = NULL;

    for (char *p = d; *p && !line;) {
        char *end = strchr(p, '\n');

        *end = '\0';
        snprintf(want, sizeof want, "|rule=%s|", rule);
        if (strstr(p, want)) {
            snprintf(want, sizeof want, "|subject=%s|", subject);
            line = strstr(p, want) ? p : NULL;
        }
        p = end + 1;
    }
    assert_non_null(line);
    snprintf(want, sizeof want, "|status=%s|", status);
    assert_non_null(strstr(line, want));
    snprintf(want, sizeof want, "|hits=%s|", hits);
    assert_non_null(strstr(line, want));
    snprintf(want, sizeof want, "|evidence=%s|", evidence ? evidence : "");
    assert_true(!evidence || strstr(line, want));
    snprintf(want, sizeof want, "|region=%s|", region ? region : "");
    assert_true(!region || strstr(line, want));
    free(d);
}

static void test_batch_same_leads(void **state)
{
    fixture *f = *state;
    static const step v[] = {
        {'P', 1, "甲", "浙江", NULL},
        {'P', 2, "甲", NULL, NULL},
        {'P', 3, "乙", "", NULL},
        /* two findings of a rule: hits 2, evidence from the second */
        {'F', 1, NULL, NULL, "COUNTERFEIT_TERM COUNTERFEIT_TERM ICP_MISSING"},
        {'F', 2, NULL, NULL, "COUNTERFEIT_TERM ABSOLUTE_TERM"},
        {'F', 1, NULL, NULL, "COUNTERFEIT_TERM"}, /* ICP_MISSING resolves */
        {'X', 0, NULL, NULL, "ICP_MISSING"},      /* fails, changes nothing */
        {'F', 1, NULL, NULL, ""},                 /* page 2 still has COUNTERFEIT_TERM */
        {'F', 3, NULL, NULL, "ICP_MISSING"},
        {'F', 1, NULL, NULL, "ICP_MISSING"},                       /* re-opens */
        {'F', 2, NULL, NULL, "ABSOLUTE_TERM"},                     /* COUNTERFEIT_TERM resolves */
        {'F', 2, NULL, NULL, "COUNTERFEIT_TERM COUNTERFEIT_TERM"}, /* and re-opens */
        {'P', 4, "甲", "江苏", NULL},
        {'F', 4, NULL, NULL, "FALSE_CLAIM"},
        {'F', 1, NULL, NULL, "ICP_MISSING FALSE_CLAIM"},
        {'F', 2, NULL, NULL, "COUNTERFEIT_TERM FALSE_CLAIM"}, /* no region: 浙江 stays */
        /* a page changes subject: the old subject's lead stays as it was */
        {'P', 5, "丙", NULL, NULL},
        {'P', 6, "丙", NULL, NULL},
        {'F', 5, NULL, NULL, "MARK_MISSING"},
        {'F', 6, NULL, NULL, "MARK_MISSING"},
        {'F', 5, NULL, NULL, ""}, /* page 6 still has it: open */
        {'P', 6, "丁", NULL, NULL},
        {'F', 6, NULL, NULL, ""}, /* resolves (丁, MARK_MISSING), which does not exist */
        {'F', 3, NULL, NULL, "RETURN_REFUSED"},
        {'F', 6, NULL, NULL, "MARK_MISSING"}, /* created after RETURN_REFUSED's lead */
        {'F', 3, NULL, NULL, "PROHIBITED_GOODS RETURN_REFUSED"},
        {'F', 6, NULL, NULL, "MARK_MISSING MARK_MISSING"},
        /* the last region given stays when a later page has none */
        {'F', 4, NULL, NULL, "FALSE_CLAIM WELLKNOWN_MARK_AD"},
        {'F', 2, NULL, NULL, "COUNTERFEIT_TERM FALSE_CLAIM WELLKNOWN_MARK_AD"},
    };
    const size_t n = sizeof v / sizeof v[0];

    compare_runs(f, v, n, 1);
    /* hits: the distinct pages that have shown the lead, however often */
    lead_is(f->s, "甲", "COUNTERFEIT_TERM", "open", "2", "28.0-COUNTERFEIT_TERM", "浙江");
    lead_is(f->s, "甲", "ICP_MISSING", "open", "1", "14.0-ICP_MISSING", NULL);
    lead_is(f->s, "甲", "ABSOLUTE_TERM", "resolved", "1", "10.0-ABSOLUTE_TERM", NULL);
    lead_is(f->s, "甲", "FALSE_CLAIM", "open", "3", "28.1-FALSE_CLAIM", "江苏");
    lead_is(f->s, "甲", "WELLKNOWN_MARK_AD", "open", "2", "28.2-WELLKNOWN_MARK_AD", "江苏");
    lead_is(f->s, "乙", "ICP_MISSING", "resolved", "1", NULL, "");
    lead_is(f->s, "丙", "MARK_MISSING", "open", "2", NULL, NULL);
    lead_is(f->s, "丁", "MARK_MISSING", "open", "1", "26.1-MARK_MISSING", NULL);
}

/* More leads than a batch keeps in memory: the early flushes change
 * nothing either. */
static void test_batch_many_leads(void **state)
{
    fixture *f = *state;
    enum { SUBJECTS = SCENARIO_PAGES };
    static char names[SUBJECTS][16];
    size_t n = 0;
    step *v = calloc(4 * SUBJECTS, sizeof *v);

    assert_non_null(v);
    for (int i = 0; i < SUBJECTS; i++) {
        snprintf(names[i], sizeof names[i], "s%d", i);
        v[n++] = (step){'P', i + 1, names[i], i % 3 ? "广东" : NULL, NULL};
        v[n++] = (step){'F', i + 1, NULL, NULL, "ICP_MISSING ABSOLUTE_TERM"};
    }
    for (int i = 0; i < SUBJECTS / 2; i++)
        v[n++] = (step){'F', i + 1, NULL, NULL, i % 2 ? "" : "ABSOLUTE_TERM"};
    for (int i = 0; i < SUBJECTS / 4; i++)
        v[n++] = (step){'F', i + 1, NULL, NULL, "ICP_MISSING"};
    compare_runs(f, v, n, 0);
    free(v);
    lead_is(f->s, "s0", "ICP_MISSING", "open", "1", NULL, NULL);
    lead_is(f->s, "s0", "ABSOLUTE_TERM", "resolved", "1", NULL, NULL);
    lead_is(f->s, "s1", "ABSOLUTE_TERM", "resolved", "1", NULL, NULL);
    lead_is(f->s, "s700", "ICP_MISSING", "open", "1", NULL, "广东");
}

static void test_batch_rollback(void **state)
{
    store *s = ((fixture *)*state)->s;
    int64_t p1 = put_page(s, "http://a.cn/1", "甲", "t", "x", NULL);
    int64_t p2 = put_page(s, "http://a.cn/2", "乙", "t", "x", NULL);
    long n = -1;
    char *before, *after;

    findings(s, p1, 1795457100, (const char *const[]){"ICP_MISSING"}, 1);
    before = export_dump(s, "leads");
    assert_int_equal(store_begin(s), STORE_OK);
    findings(s, p1, 1795457160, (const char *const[]){"COUNTERFEIT_TERM"}, 1);
    findings(s, p2, 1795457160, (const char *const[]){"ABSOLUTE_TERM"}, 1);
    assert_int_equal(store_lead_count(s, "open", &n), STORE_OK); /* sees the batch */
    assert_int_equal(n, 2);
    assert_int_equal(store_lead_count(s, "resolved", &n), STORE_OK);
    assert_int_equal(n, 1);
    findings(s, p2, 1795457220, (const char *const[]){"FALSE_CLAIM"}, 1);
    assert_int_equal(store_rollback(s), STORE_OK);
    after = export_dump(s, "leads");
    assert_string_equal(after, before);
    free(after);

    /* Nothing of the dropped batch comes back with the next one. */
    assert_int_equal(store_begin(s), STORE_OK);
    findings(s, p2, 1795457280, (const char *const[]){"MARK_MISSING"}, 1);
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(store_lead_count(s, NULL, &n), STORE_OK);
    assert_int_equal(n, 2);
    lead_is(s, "甲", "ICP_MISSING", "open", "1", NULL, NULL);
    lead_is(s, "乙", "MARK_MISSING", "open", "1", NULL, NULL);
    free(before);
}

static void test_export(void **state)
{
    store *s = ((fixture *)*state)->s;
    static const char *const lead_cols[] = {
        "lead_id",  "rule", "severity", "status",     "subject",   "host", "url",
        "evidence", "law",  "region",   "first_seen", "last_seen", "hits", "showing",
        "authority", "region_source"};
    static const char *const find_cols[] = {"url", "rule",    "severity", "snippet", "src_off",
                                            "law", "subject", "host",     "seen_at"};
    int64_t pb = put_page(s, "http://shop.example.cn/b", "店铺甲", "t", "x", "广东");
    int64_t pa = put_page(s, "http://shop.example.cn/a", "店铺甲", "t", "x", "广东");
    store_finding fb[2] = {{"ICP_MISSING", "low", "备案办法", "无备案", 5, NULL, NULL, NULL},
                           {"ABSOLUTE_TERM", "medium", "广告法 第九条", "最佳", 7, NULL, NULL, NULL}};
    store_finding fa[1] = {{"COUNTERFEIT_TERM", "high", "商标法 第五十七条", "高仿", 42, "浙江", "uscc", "market"}};
    rows r = {0};

    assert_int_equal(store_page_findings(s, pb, fb, 2, 1795457100), STORE_OK);
    assert_int_equal(store_page_findings(s, pa, fa, 1, 1795457100), STORE_OK);

    assert_int_equal(store_export(s, "leads", capture, &r), STORE_OK);
    assert_int_equal(r.ncols, 16);
    for (size_t i = 0; i < 16; i++)
        assert_string_equal(r.names[i], lead_cols[i]);
    assert_int_equal(r.nrows, 3);
    assert_string_equal(r.v[0][1], "COUNTERFEIT_TERM"); /* high first */
    assert_string_equal(r.v[1][1], "ABSOLUTE_TERM");
    assert_string_equal(r.v[2][1], "ICP_MISSING");
    const char *want[16] = {NULL,
                            "COUNTERFEIT_TERM",
                            "high",
                            "open",
                            "店铺甲",
                            "shop.example.cn",
                            "http://shop.example.cn/a",
                            "高仿",
                            "商标法 第五十七条",
                            "浙江", /* routed by its finding, not the page's 广东 */
                            "2026-11-23T18:05:00Z",
                            "2026-11-23T18:05:00Z",
                            "1",
                            "1",
                            "market",
                            "uscc"};
    for (size_t i = 1; i < 16; i++)
        assert_string_equal(r.v[0][i], want[i]);
    assert_true(strtol(r.v[0][0], NULL, 10) > 0);
    rows_free(&r);

    assert_int_equal(store_export(s, "findings", capture, &r), STORE_OK);
    assert_int_equal(r.ncols, 9);
    for (size_t i = 0; i < 9; i++)
        assert_string_equal(r.names[i], find_cols[i]);
    assert_int_equal(r.nrows, 3);
    assert_string_equal(r.v[0][0], "http://shop.example.cn/a");
    assert_string_equal(r.v[1][0], "http://shop.example.cn/b");
    assert_string_equal(r.v[1][1], "ABSOLUTE_TERM"); /* by url, then rule */
    assert_string_equal(r.v[2][1], "ICP_MISSING");
    const char *wantf[9] = {"http://shop.example.cn/a",
                            "COUNTERFEIT_TERM",
                            "high",
                            "高仿",
                            "42",
                            "商标法 第五十七条",
                            "店铺甲",
                            "shop.example.cn",
                            "2026-11-23T18:05:00Z"};
    for (size_t i = 0; i < 9; i++)
        assert_string_equal(r.v[0][i], wantf[i]);
    rows_free(&r);

    r.stop_after = 1;
    assert_int_equal(store_export(s, "findings", capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    rows_free(&r);
    assert_int_equal(store_export(s, "pages", capture, &r), STORE_EINVAL);
    assert_int_equal(store_export(s, "leads; DROP TABLE leads", capture, &r), STORE_EINVAL);
}

static void test_price_floor(void **state)
{
    store *s = ((fixture *)*state)->s;
    const int64_t day = 86400, t0 = 1795457100;
    double low = 0;
    int64_t run = 0;

    assert_int_equal(store_run_begin(s, t0, "crawl", &run), STORE_OK);
    assert_int_equal(store_price_put(s, "sku1", 0, 99.0, 199.0, t0 - 8 * day, run), STORE_OK);
    assert_int_equal(store_price_put(s, "sku1", 0, 129.0, -1, t0 - 7 * day, run), STORE_OK);
    assert_int_equal(store_price_put(s, "sku1", 0, 149.5, 199.0, t0 - 1, 0), STORE_OK);
    assert_int_equal(store_price_put(s, "sku1", 0, 59.0, 199.0, t0, 0), STORE_OK);
    assert_int_equal(store_price_put(s, "sku2", 0, 1.0, 2.0, t0 - day, 0), STORE_OK);
    store_run_counts rc = {.pages = 5};
    assert_int_equal(store_run_end(s, run, t0, "finished", &rc), STORE_OK);
    assert_int_equal(store_run_end(s, run + 100, t0, "finished", &rc), STORE_ENOTFOUND);

    /* [t0-7d, t0): 129 at the start counts, 59 at t0 does not, 99 is older. */
    assert_int_equal(store_price_floor(s, "sku1", t0 - 7 * day, t0, 0, &low), STORE_OK);
    assert_true(low == 129.0);
    assert_int_equal(store_price_floor(s, "sku1", t0 - 7 * day + 1, t0, 0, &low), STORE_OK);
    assert_true(low == 149.5);
    assert_int_equal(store_price_floor(s, "sku1", t0 - 9 * day, t0 + 1, 0, &low), STORE_OK);
    assert_true(low == 59.0);
    assert_int_equal(store_price_floor(s, "sku1", t0 + 1, t0 + day, 0, &low), STORE_ENOTFOUND);
    assert_int_equal(store_price_floor(s, "nosuch", 0, t0 + day, 0, &low), STORE_ENOTFOUND);
    /* before_run: the run's own observations (99 and 129) do not count,
     * imported ones (no run) and an earlier run's do */
    assert_int_equal(store_price_floor(s, "sku1", t0 - 9 * day, t0 + 1, run, &low), STORE_OK);
    assert_true(low == 59.0);
    assert_int_equal(store_price_floor(s, "sku1", t0 - 9 * day, t0, run, &low), STORE_OK);
    assert_true(low == 149.5);
    assert_int_equal(store_price_floor(s, "sku1", t0 - 9 * day, t0, run + 1, &low), STORE_OK);
    assert_true(low == 99.0);
    assert_int_equal(store_price_put(s, "sku1", 4242, 1.0, 2.0, t0, 0), STORE_EINVAL);
}

/* ---- runs: scope, resume, lead history ---- */

static void count_host(void *ud, const char *host, long queued)
{
    char *seen = ud;
    (void)queued;
    strcat(seen, host);
    strcat(seen, ";");
}

static int count_rows(void *ud, size_t n, const char *const *names, const char *const *values)
{
    (void)n, (void)names, (void)values;
    (*(long *)ud)++;
    return 0;
}

typedef struct {
    char change[16], run[16], status[16];
    long rows;
} lead_seen;

static int grab_lead(void *ud, size_t n, const char *const *names, const char *const *values)
{
    lead_seen *l = ud;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(names[i], "change") == 0)
            snprintf(l->change, sizeof l->change, "%s", values[i]);
        else if (strcmp(names[i], "change_run") == 0)
            snprintf(l->run, sizeof l->run, "%s", values[i]);
        else if (strcmp(names[i], "status") == 0)
            snprintf(l->status, sizeof l->status, "%s", values[i]);
    }
    l->rows++;
    return 0;
}

/* "run:changed;" of every run, oldest first */
static int run_changed(void *ud, size_t n, const char *const *names, const char *const *values)
{
    char *out = ud, item[64], run[16] = "", changed[16] = "";
    for (size_t i = 0; i < n; i++) {
        if (strcmp(names[i], "run") == 0)
            snprintf(run, sizeof run, "%s", values[i]);
        else if (strcmp(names[i], "changed") == 0)
            snprintf(changed, sizeof changed, "%s", values[i]);
    }
    snprintf(item, sizeof item, "%s:%s;", run, changed);
    memmove(out + strlen(item), out, strlen(out) + 1);   /* newest come first */
    memcpy(out, item, strlen(item));
    return 0;
}

/* A crawl sees only its own frontier rows; a crawl of other hosts runs on
 * its own and leaves an interrupted one to resume with its own seeds. */
static void test_run_scope(void **state)
{
    store *s = ((fixture *)*state)->s;
    const char *a[] = {"a.cn"}, *b[] = {"b.cn"};
    const int64_t t0 = 1795457100;
    int64_t r1 = 0, r2 = 0, r3 = 0, r4 = 0;
    int resumed = -1;
    char hosts[128] = "";
    store_run_counts c = {0};
    store_frontier_item *it = NULL;
    size_t n = 0;

    assert_int_equal(store_run_open(s, t0, "a.cn", a, 1, &r1, &resumed), STORE_OK);
    assert_int_equal(resumed, 0);
    assert_int_equal(store_frontier_add(s, "http://a.cn/", "a.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://a.cn/2", "a.cn", 1, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_add(s, "http://b.cn/x", "b.cn", 1, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_take(s, "a.cn", 1, &it, &n), STORE_OK);
    assert_int_equal(store_frontier_finish(s, it[0].id, STORE_URL_DONE), STORE_OK);
    store_frontier_items_free(it, n);
    /* stopped here: run 1 keeps its counts and stays open; a crawl of b.cn
     * is a run of its own */
    store_run_counts part = {.pages = 1, .changed = 1};
    assert_int_equal(store_run_pause(s, r1, &part), STORE_OK);
    assert_int_equal(store_frontier_requeue_leased(s), STORE_OK);
    assert_int_equal(store_run_open(s, t0 + 1, "b.cn", b, 1, &r2, &resumed), STORE_OK);
    assert_int_equal(resumed, 0);
    assert_true(r2 != r1);
    assert_int_equal(store_frontier_hosts(s, count_host, hosts), STORE_OK);
    assert_string_equal(hosts, "b.cn;");   /* a.cn's rows wait for their own run */
    assert_int_equal(store_frontier_take(s, "a.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_run_end(s, r2, t0 + 2, "finished", &c), STORE_OK);
    /* the a.cn crawl again: the interrupted run resumes with its one queued row */
    assert_int_equal(store_run_open(s, t0 + 3, "a.cn", a, 1, &r3, &resumed), STORE_OK);
    assert_int_equal(resumed, 1);
    assert_int_equal(r3, r1);
    assert_int_equal(store_frontier_take(s, "a.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(it[0].url, "http://a.cn/2");
    assert_int_equal(store_frontier_finish(s, it[0].id, STORE_URL_DONE), STORE_OK);
    store_frontier_items_free(it, n);
    c = (store_run_counts){.pages = 1, .changed = 1};
    assert_int_equal(store_run_end(s, r1, t0 + 4, "finished", &c), STORE_OK);
    char changed[32] = "";
    assert_int_equal(store_runs(s, 100, run_changed, changed), STORE_OK);
    assert_string_equal(changed, "1:2;2:0;");   /* both parts of run 1 counted */
    /* a new a.cn crawl queues both a.cn pages again, not b.cn's */
    assert_int_equal(store_run_open(s, t0 + 5, "a.cn", a, 1, &r4, &resumed), STORE_OK);
    assert_int_equal(resumed, 0);
    assert_int_equal(store_frontier_take(s, "a.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 2);
    store_frontier_items_free(it, n);
    assert_int_equal(store_frontier_take(s, "b.cn", 10, &it, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_run_end(s, r4, t0 + 6, "failed", &c), STORE_OK);
    long runs = 0;
    assert_int_equal(store_runs(s, 100, count_rows, &runs), STORE_OK);
    assert_int_equal(runs, 3);
    assert_int_equal(store_run_last(s, &r3), STORE_OK);
    assert_int_equal(r3, r4);   /* a failed run ended too */
}

/* url answered in the current run: its frontier row queued, leased and done. */
static void answer_in_run(store *s, const char *url)
{
    store_frontier_item *it = NULL;
    size_t n = 0;
    assert_int_equal(store_frontier_add(s, url, "shop.example.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_take(s, "shop.example.cn", 10, &it, &n), STORE_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(store_frontier_finish(s, it[i].id, STORE_URL_DONE), STORE_OK);
    store_frontier_items_free(it, n);
}

/* Every status change is kept with its run; a run's end counts them, and
 * only a finished run that answered every page of a lead resolves it. */
static void test_run_lead_history(void **state)
{
    store *s = ((fixture *)*state)->s;
    static const char *const cf[] = {"COUNTERFEIT_TERM"};
    const int64_t t0 = 1795457100;
    int64_t r1 = 0, r2 = 0, r3 = 0;
    int64_t p1 = put_page(s, "http://shop.example.cn/1", "店铺甲", "t", "x", NULL);
    store_run_counts c = {0};
    store_lead_filter f = {0};
    lead_seen l = {0};

    assert_int_equal(store_run_begin(s, t0, "crawl", &r1), STORE_OK);
    findings(s, p1, t0, cf, 1);
    findings(s, p1, t0 + 1, cf, 1);   /* seen again: no change of status */
    assert_int_equal(store_run_end(s, r1, t0 + 2, "finished", &c), STORE_OK);
    assert_int_equal(c.leads_new, 1);
    assert_int_equal(c.leads_reopened + c.leads_resolved, 0);
    assert_int_equal(c.leads_open, 1);

    /* fixed, but the run fails: nothing is resolved */
    static const char *const host[] = {"shop.example.cn"};
    int64_t rf = 0;
    int resumed = 0;
    assert_int_equal(store_run_open(s, t0 + 5, host[0], host, 1, &rf, &resumed), STORE_OK);
    answer_in_run(s, "http://shop.example.cn/1");
    findings(s, p1, t0 + 5, NULL, 0);
    assert_int_equal(store_run_end(s, rf, t0 + 6, "failed", &c), STORE_OK);
    assert_int_equal(c.leads_resolved, 0);
    assert_int_equal(c.leads_open, 1);
    /* a finished run that did not fetch the page resolves nothing either */
    assert_int_equal(store_run_open(s, t0 + 7, host[0], host, 1, &rf, &resumed), STORE_OK);
    assert_int_equal(store_run_end(s, rf, t0 + 8, "finished", &c), STORE_OK);
    assert_int_equal(c.leads_resolved, 0);
    assert_int_equal(c.leads_open, 1);

    assert_int_equal(store_run_open(s, t0 + 10, host[0], host, 1, &r2, &resumed), STORE_OK);
    answer_in_run(s, "http://shop.example.cn/1");
    findings(s, p1, t0 + 10, NULL, 0);   /* fixed, and the run finishes */
    assert_int_equal(store_run_end(s, r2, t0 + 11, "finished", &c), STORE_OK);
    assert_int_equal(c.leads_new + c.leads_reopened, 0);
    assert_int_equal(c.leads_resolved, 1);
    assert_int_equal(c.leads_open, 0);

    /* inside one batch: back, fixed again and back: one re-open counted */
    assert_int_equal(store_run_begin(s, t0 + 20, "rescan", &r3), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK);
    findings(s, p1, t0 + 20, cf, 1);
    findings(s, p1, t0 + 21, NULL, 0);
    findings(s, p1, t0 + 22, cf, 1);
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(store_run_end(s, r3, t0 + 23, "finished", &c), STORE_OK);
    assert_int_equal(c.leads_reopened, 1);
    assert_int_equal(c.leads_new, 0);
    assert_int_equal(c.leads_open, 1);

    f.changed_run = r3;
    assert_int_equal(store_leads(s, &f, grab_lead, &l), STORE_OK);
    assert_int_equal(l.rows, 1);
    assert_string_equal(l.change, "re-opened");
    memset(&l, 0, sizeof l);
    f.changed_run = r1;   /* r1 and later: the latest change is still the re-open */
    assert_int_equal(store_leads(s, &f, grab_lead, &l), STORE_OK);
    assert_int_equal(l.rows, 1);
    assert_string_equal(l.change, "re-opened");
    memset(&l, 0, sizeof l);
    f.changed_run = r2;   /* r2 added nothing, but r3 (later) re-opened it */
    assert_int_equal(store_leads(s, &f, grab_lead, &l), STORE_OK);
    assert_int_equal(l.rows, 1);
    memset(&l, 0, sizeof l);
    f.changed_run = r3 + 1;
    assert_int_equal(store_leads(s, &f, grab_lead, &l), STORE_OK);
    assert_int_equal(l.rows, 0);
    /* stale: its page was last answered now (answer_in_run), after t0 */
    memset(&f, 0, sizeof f);
    f.stale_before = (int64_t)time(NULL) + 60;
    assert_int_equal(store_leads(s, &f, grab_lead, &l), STORE_OK);
    assert_int_equal(l.rows, 1);
    memset(&l, 0, sizeof l);
    f.stale_before = t0;
    assert_int_equal(store_leads(s, &f, grab_lead, &l), STORE_OK);
    assert_int_equal(l.rows, 0);
}

static void test_registry(void **state)
{
    store *s = ((fixture *)*state)->s;
    char name[64], status[32], tiny[4];
    long n = 0;

    assert_int_equal(store_registry_put(s, "91330106MA2XXXXX0X", "杭州某某有限公司", "存续"),
                     STORE_OK);
    assert_int_equal(store_registry_put(s, "91330106MA2XXXXX0X", "杭州某某有限公司", "吊销"),
                     STORE_OK);
    assert_int_equal(store_registry_put(s, "110000000000000", NULL, NULL), STORE_OK);
    assert_int_equal(store_registry_count(s, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(
        store_registry_lookup(s, "91330106MA2XXXXX0X", name, sizeof name, status, sizeof status),
        STORE_OK);
    assert_string_equal(name, "杭州某某有限公司");
    assert_string_equal(status, "吊销");
    assert_int_equal(
        store_registry_lookup(s, "110000000000000", name, sizeof name, status, sizeof status),
        STORE_OK);
    assert_string_equal(name, "");
    assert_int_equal(store_registry_lookup(s, "nope", name, sizeof name, NULL, 0), STORE_ENOTFOUND);
    assert_int_equal(store_registry_lookup(s, "91330106MA2XXXXX0X", tiny, sizeof tiny, NULL, 0),
                     STORE_EINVAL);
    assert_string_equal(tiny, "");
    assert_int_equal(store_registry_lookup(s, "91330106MA2XXXXX0X", NULL, 0, NULL, 0), STORE_OK);
}

static int has_url(const rows *r, const char *url)
{
    for (size_t i = 0; i < r->nrows; i++)
        if (strcmp(r->v[i][0], url) == 0)
            return 1;
    return 0;
}

static void test_search(void **state)
{
    store *s = ((fixture *)*state)->s;
    rows r = {0};

    put_page(s, "http://a.cn/1", "甲", "名牌包包", "本店出售高仿名牌包，支持验货", NULL);
    put_page(s, "http://a.cn/2", "乙", "运动鞋", "正品运动鞋，高端品质", NULL);
    put_page(s, "http://a.cn/3", "丙", "高仿手表", "Swiss watches 100% off", NULL);
    put_page(s, "http://a.cn/4", "丁", "普通", "完全无关的内容 50_off", NULL);

    /* 3+ characters: FTS5 trigram, title and text, with a snippet. */
    assert_int_equal(store_search(s, "高仿名", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.names[0], "url");
    assert_string_equal(r.names[1], "title");
    assert_string_equal(r.names[2], "snippet");
    assert_string_equal(r.v[0][0], "http://a.cn/1");
    assert_non_null(strstr(r.v[0][2], "高仿名"));
    rows_free(&r);
    assert_int_equal(store_search(s, "SWISS", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][0], "http://a.cn/3");
    rows_free(&r);
    /* ASCII letters match in any case, other characters as they are;
     * a long query looks up some of its trigrams and LIKE checks the rest */
    assert_int_equal(store_search(s, "sWiSs WATCHES 100% OFF", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    rows_free(&r);
    assert_int_equal(store_search(s, "Swiss watches 100% of", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    rows_free(&r);
    assert_int_equal(store_search(s, "Swiss watches 100% offx", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 0);
    assert_int_equal(store_search(s, "本店出售高仿名牌包，支持验货", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    rows_free(&r);
    assert_int_equal(store_search(s, "本店出售高仿名牌包，支持验货!", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 0);

    /* 2 characters: LIKE fallback, finds text and title hits. */
    assert_int_equal(store_search(s, "高仿", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 2);
    assert_true(has_url(&r, "http://a.cn/1"));
    assert_true(has_url(&r, "http://a.cn/3"));
    rows_free(&r);
    assert_int_equal(store_search(s, "高端", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][0], "http://a.cn/2");
    assert_non_null(strstr(r.v[0][2], "高端"));
    rows_free(&r);

    /* LIKE metacharacters are literal: "%" matches only the page with "%". */
    assert_int_equal(store_search(s, "0%", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][0], "http://a.cn/3");
    rows_free(&r);
    assert_int_equal(store_search(s, "0_", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][0], "http://a.cn/4");
    rows_free(&r);
    /* ...also in queries long enough for the index */
    assert_int_equal(store_search(s, "100%", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][0], "http://a.cn/3");
    rows_free(&r);
    assert_int_equal(store_search(s, "100_", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 0);
    /* FTS syntax is literal too. */
    assert_int_equal(store_search(s, "\"高仿 OR 正品*\"", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 0);
    assert_int_equal(store_search(s, "高仿", 1, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    rows_free(&r);
    assert_int_equal(store_search(s, "", 10, capture, &r), STORE_EINVAL);
    assert_int_equal(store_search(s, "高仿", 0, capture, &r), STORE_EINVAL);

    /* text_len 0 means a NUL-terminated text. */
    store_page p = {0};
    p.url = "http://a.cn/5";
    p.host = "a.cn";
    p.text = "零长度测试文本";
    assert_int_equal(store_page_put(s, &p, NULL), STORE_OK);
    assert_int_equal(store_search(s, "测试文本", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][0], "http://a.cn/5");
    rows_free(&r);

    /* Updating a page re-indexes it. */
    put_page(s, "http://a.cn/1", "甲", "名牌包包", "现已下架", NULL);
    assert_int_equal(store_search(s, "高仿名", 10, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 0);
}

static int grab_evil(void *ud, int64_t page_id, const char *url, const char *content_type,
                     const void *body, size_t body_len, const char *subject, const char *host)
{
    int *ok = ud;

    (void)page_id;
    *ok = strcmp(url, EVIL) == 0 && strcmp(content_type, EVIL) == 0 && strcmp(subject, EVIL) == 0 &&
          strcmp(host, EVIL) == 0 && body_len == sizeof EVIL - 1 &&
          memcmp(body, EVIL, body_len) == 0;
    return 0;
}

static void test_injection_verbatim(void **state)
{
    store *s = ((fixture *)*state)->s;
    store_page p = {0};
    store_finding f = {EVIL, EVIL, EVIL, EVIL, 3, EVIL, EVIL, EVIL};
    store_frontier_item *it;
    char name[128], status[128];
    size_t n;
    int64_t id = 0;
    double low;
    long cnt = 0;
    int ok = 0;
    rows r = {0};

    assert_int_equal(store_frontier_add(s, EVIL, EVIL, 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_take(s, EVIL, 5, &it, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(it[0].url, EVIL);
    store_frontier_items_free(it, n);
    assert_int_equal(store_frontier_add(s, EVIL "/2", EVIL, 0, 0, NULL), STORE_OK);
    assert_int_equal(store_frontier_hosts(s, count_hosts, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][0], EVIL);
    rows_free(&r);

    p.url = p.host = p.subject = p.content_type = p.charset = p.title = EVIL;
    p.warc_file = p.sha256 = p.ip = p.etag = p.last_modified = p.region = EVIL;
    p.text = EVIL;
    p.text_len = strlen(EVIL);
    p.body = EVIL;
    p.body_len = strlen(EVIL);
    assert_int_equal(store_page_put(s, &p, &id), STORE_OK);
    assert_int_equal(store_page_findings(s, id, &f, 1, 1795457100), STORE_OK);
    assert_int_equal(store_pages_each(s, grab_evil, &ok), STORE_OK);
    assert_true(ok);

    assert_int_equal(store_export(s, "leads", capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    for (size_t i = 1; i <= 9; i++) /* rule .. region */
        assert_string_equal(r.v[0][i], i == 3 ? "open" : EVIL);
    rows_free(&r);
    assert_int_equal(store_export(s, "findings", capture, &r), STORE_OK);
    assert_string_equal(cell(&r, 0, "snippet"), EVIL);
    assert_string_equal(cell(&r, 0, "law"), EVIL);
    rows_free(&r);

    /* EVIL's words (its lone " would be an unclosed phrase) */
    assert_int_equal(store_search(s, EVIL, 5, capture, &r), STORE_EINVAL);
    assert_int_equal(store_search(s, "x'); DROP TABLE pages; %_\\ OR 1=1 \xe9\xab\x98", 5,
                                  capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1);
    assert_string_equal(r.v[0][1], EVIL);
    rows_free(&r);
    assert_int_equal(store_search(s, "%_", 5, capture, &r), STORE_OK);
    assert_int_equal(r.nrows, 1); /* literal "%_" occurs in EVIL */
    rows_free(&r);

    assert_int_equal(store_registry_put(s, EVIL, EVIL, EVIL), STORE_OK);
    assert_int_equal(store_registry_lookup(s, EVIL, name, sizeof name, status, sizeof status),
                     STORE_OK);
    assert_string_equal(name, EVIL);
    assert_string_equal(status, EVIL);
    assert_int_equal(store_price_put(s, EVIL, id, 1.5, 3.0, 100, 0), STORE_OK);
    assert_int_equal(store_price_floor(s, EVIL, 0, 200, 0, &low), STORE_OK);
    assert_true(low == 1.5);
    assert_int_equal(store_lead_count(s, EVIL, &cnt), STORE_EINVAL);
    assert_int_equal(store_page_count(s, &cnt), STORE_OK);
    assert_int_equal(cnt, 1);
}

static void test_transactions(void **state)
{
    store *s = ((fixture *)*state)->s;
    long n = 0;

    assert_int_equal(store_commit(s), STORE_EINVAL);
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_begin(s), STORE_EINVAL);
    assert_int_equal(store_frontier_add(s, "http://a.cn/1", "a.cn", 0, 0, NULL), STORE_OK);
    put_page(s, "http://a.cn/p", "甲", "t", "x", NULL);
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_int_equal(store_frontier_count(s, -1, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_page_count(s, &n), STORE_OK);
    assert_int_equal(n, 0);

    /* store_page_findings joins the caller's transaction and rolls back with it. */
    int64_t p = put_page(s, "http://a.cn/p", "甲", "t", "x", NULL);
    assert_int_equal(store_begin(s), STORE_OK);
    findings(s, p, 1795457100, (const char *const[]){"ICP_MISSING"}, 1);
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_int_equal(store_lead_count(s, NULL, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_begin(s), STORE_OK);
    findings(s, p, 1795457100, (const char *const[]){"ICP_MISSING"}, 1);
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(store_lead_count(s, "open", &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(store_rollback(s), STORE_OK); /* none open: no-op */
}

static void test_busy(void **state)
{
    fixture *f = *state;
    store *other = NULL;
    char err[256];
    struct timespec a, b;

    assert_int_equal(store_open(f->path, &other, err, sizeof err), STORE_OK);
    assert_int_equal(store_busy_timeout(other, 200), STORE_OK);
    assert_int_equal(store_begin(f->s), STORE_OK);
    assert_int_equal(store_frontier_add(f->s, "http://a.cn/1", "a.cn", 0, 0, NULL), STORE_OK);
    clock_gettime(CLOCK_MONOTONIC, &a);
    assert_int_equal(store_frontier_add(other, "http://a.cn/2", "a.cn", 0, 0, NULL), STORE_EBUSY);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double waited = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    assert_true(waited >= 0.15);
    assert_true(strlen(store_errmsg(other)) > 0);
    assert_int_equal(store_commit(f->s), STORE_OK);
    assert_int_equal(store_frontier_add(other, "http://a.cn/2", "a.cn", 0, 0, NULL), STORE_OK);
    assert_int_equal(store_close(other), STORE_OK);
}

static void test_null_args(void **state)
{
    store *s = ((fixture *)*state)->s;
    store_frontier_item *it = (store_frontier_item *)1;
    size_t n = 7;
    long cnt;

    assert_int_equal(store_close(NULL), STORE_OK);
    assert_int_equal(store_begin(NULL), STORE_EINVAL);
    assert_int_equal(store_frontier_add(s, NULL, "h", 0, 0, NULL), STORE_EINVAL);
    assert_int_equal(store_frontier_take(s, "h", 3, &it, &n), STORE_OK);
    assert_null(it);
    assert_int_equal(n, 0);
    assert_int_equal(store_frontier_count(s, 9, &cnt), STORE_EINVAL);
    assert_int_equal(store_page_put(s, NULL, NULL), STORE_EINVAL);
    store_finding bad = {NULL, "high", NULL, NULL, 0, NULL, NULL, NULL};
    assert_int_equal(store_page_findings(s, 1, &bad, 1, 0), STORE_EINVAL);
    assert_string_equal(store_strerror(STORE_ESCHEMA), "database written by a newer wangjian");
    assert_non_null(store_errmsg(NULL));
    store_frontier_items_free(NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_schema_reopen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_frontier, setup, teardown),
        cmocka_unit_test_setup_teardown(test_frontier_hosts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_page_upsert_and_body, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pages_each_writes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_leads_rollup, setup, teardown),
        cmocka_unit_test_setup_teardown(test_leads_other_page, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_same_leads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_many_leads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_rollback, setup, teardown),
        cmocka_unit_test_setup_teardown(test_export, setup, teardown),
        cmocka_unit_test_setup_teardown(test_price_floor, setup, teardown),
        cmocka_unit_test_setup_teardown(test_run_scope, setup, teardown),
        cmocka_unit_test_setup_teardown(test_run_lead_history, setup, teardown),
        cmocka_unit_test_setup_teardown(test_registry, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_injection_verbatim, setup, teardown),
        cmocka_unit_test_setup_teardown(test_transactions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_busy, setup, teardown),
        cmocka_unit_test_setup_teardown(test_null_args, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
