/*
 * test_complaints.c — complaints as a lead source, below the CLI: the
 * store's complaint functions on a real SQLite file (recorded once per ref,
 * seeded by a run, listed per subject and with the subject's leads, inside
 * a transaction that rolls back), and the subject a complaint URL gets from
 * the platform profiles alone (scan_url_subject).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scan/scan.h"
#include "store/store.h"

/* Every string parameter gets this at least once. */
#define EVIL "x'); DROP TABLE complaints; --\"%_\\ OR 1=1 \xe9\xab\x98\xe4\xbb\xbf"

typedef struct {
    char dir[256], path[300];
    store *s;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    const char *tmp = getenv("TMPDIR");
    char err[256];

    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "%s/wj-complaints-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    if (store_open(f->path, &f->s, err, sizeof err) != STORE_OK) {
        fprintf(stderr, "store_open: %s\n", err);
        rmdir(f->dir);
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
    char p[400];

    for (const char *const *sfx = (const char *const[]){"", "-wal", "-shm", NULL}; *sfx; sfx++) {
        snprintf(p, sizeof p, "%s%s", f->path, *sfx);
        unlink(p);
    }
    rmdir(f->dir);
    free(f);
    return r == STORE_OK ? 0 : -1;
}

/* ---- collecting rows: "name=value|name=value" per row, joined by "\n" ---- */

typedef struct {
    char buf[4096];
    size_t n;
    int rows;
} rows;

static int collect(void *ud, size_t ncols, const char *const *names, const char *const *values)
{
    rows *r = ud;
    for (size_t i = 0; i < ncols; i++)
        r->n += (size_t)snprintf(r->buf + r->n, sizeof r->buf - r->n, "%s%s=%s", i ? "|" : "",
                                 names[i], values[i]);
    r->n += (size_t)snprintf(r->buf + r->n, sizeof r->buf - r->n, "\n");
    assert_true(r->n < sizeof r->buf);
    r->rows++;
    return 0;
}

static void add(store *s, const char *ref, const char *received, const char *url,
                const char *subject, int want_added)
{
    store_complaint c = {ref, received, url, "demomall", "不给退货", subject, "h.test", "f.csv:2",
                         1795457100};
    int added = -1;
    assert_int_equal(store_complaint_add(s, &c, &added), STORE_OK);
    assert_int_equal(added, want_added);
}

/* ---- store ---- */

static void test_add_once(void **state)
{
    store *s = ((fixture *)*state)->s;
    rows r = {0};

    add(s, EVIL, "2024-03-05", "http://h.test/" EVIL, EVIL, 1);
    /* the same ref again, with other data: skipped, the first stays */
    add(s, EVIL, "2024-03-06", "http://h.test/other", EVIL, 0);
    assert_int_equal(store_complaints_of(s, EVIL, collect, &r), STORE_OK);
    assert_int_equal(r.rows, 1);
    assert_non_null(strstr(r.buf, "ref=" EVIL "|received=2024-03-05|url=http://h.test/" EVIL
                                  "|platform=demomall|text=不给退货|source=f.csv:2|"
                                  "imported=2026-11-23T18:05:00Z|seeded_run=\n"));
}

static void test_of_subject_order(void **state)
{
    store *s = ((fixture *)*state)->s;
    rows r = {0};

    add(s, "late", "2024-05-01", "http://h.test/1", "shop", 1);
    add(s, "undated", NULL, "http://h.test/2", "shop", 1);
    add(s, "early", "2024-01-01", "http://h.test/3", "shop", 1);
    add(s, "elsewhere", "2024-01-01", "http://h.test/4", "other", 1);
    assert_int_equal(store_complaints_of(s, "shop", collect, &r), STORE_OK);
    assert_int_equal(r.rows, 3);
    const char *e = strstr(r.buf, "ref=early"), *l = strstr(r.buf, "ref=late"),
               *u = strstr(r.buf, "ref=undated");
    assert_true(e && l && u && e < l && l < u);   /* oldest first, undated last */
    memset(&r, 0, sizeof r);
    assert_int_equal(store_complaints_of(s, "nobody", collect, &r), STORE_OK);
    assert_int_equal(r.rows, 0);
}

static void test_seeded(void **state)
{
    store *s = ((fixture *)*state)->s;
    rows r = {0};
    int64_t run = 0;
    long n = -1;

    add(s, "a", NULL, "http://a.test/", "a.test", 1);
    add(s, "b", NULL, "http://b.test/", "b.test", 1);
    add(s, "c", NULL, "http://c.test/", "c.test", 1);
    assert_int_equal(store_complaints_unseeded(s, collect, &r), STORE_OK);
    assert_string_equal(r.buf, "id=1|url=http://a.test/|host=h.test\nid=2|url=http://b.test/|"
                               "host=h.test\nid=3|url=http://c.test/|host=h.test\n");
    assert_int_equal(store_run_begin(s, 1795457100, "crawl", &run), STORE_OK);
    /* a run that does not exist is refused, and nothing is marked */
    assert_int_equal(store_complaints_seeded(s, 2, run + 1, &n), STORE_EINVAL);
    assert_int_equal(store_complaints_seeded(s, 2, 0, &n), STORE_EINVAL);
    /* up to id 2: a complaint imported during the crawl (3) waits */
    assert_int_equal(store_complaints_seeded(s, 2, run, &n), STORE_OK);
    assert_int_equal(n, 2);
    memset(&r, 0, sizeof r);
    assert_int_equal(store_complaints_unseeded(s, collect, &r), STORE_OK);
    assert_string_equal(r.buf, "id=3|url=http://c.test/|host=h.test\n");
    /* marking again changes nothing already marked */
    assert_int_equal(store_complaints_seeded(s, 3, run, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(store_complaints_seeded(s, 3, run, NULL), STORE_OK);
    memset(&r, 0, sizeof r);
    assert_int_equal(store_complaints_of(s, "a.test", collect, &r), STORE_OK);
    assert_non_null(strstr(r.buf, "|seeded_run=1\n"));
}

static int64_t page_with(store *s, const char *url, const char *subject, const char *rule)
{
    store_page p = {.url = url, .host = "h.test", .subject = subject, .status = 200,
                    .title = "t", .text = "x", .fetched_at = 1795457100};
    store_finding f = {.rule = rule, .severity = "medium", .snippet = "不支持七天无理由退货"};
    int64_t id = 0;
    assert_int_equal(store_page_put(s, &p, &id), STORE_OK);
    assert_int_equal(store_page_findings(s, id, &f, rule ? 1 : 0, 1795457100), STORE_OK);
    return id;
}

static void test_subjects(void **state)
{
    store *s = ((fixture *)*state)->s;
    rows r = {0};

    page_with(s, "http://h.test/shop/s1/", "h.test/shop/s1", "RETURN_REFUSED");
    page_with(s, "http://h.test/shop/s1/a", "h.test/shop/s1", "ABSOLUTE_TERM");
    page_with(s, "http://clean.test/", "clean.test", NULL);
    page_with(s, "http://nocomplaint.test/", "nocomplaint.test", "ABSOLUTE_TERM");
    add(s, "k2", "2024-03-06", "http://h.test/shop/s1/", "h.test/shop/s1", 1);
    add(s, "k1", "2024-03-05", "http://h.test/shop/s1/a", "h.test/shop/s1", 1);
    add(s, "k3", NULL, "http://clean.test/", "clean.test", 1);
    assert_int_equal(store_complaint_subjects(s, collect, &r), STORE_OK);
    /* by subject; one row per lead, by lead id; "no lead" as empty lead
     * columns; a subject no complaint named is not there */
    assert_string_equal(r.buf,
                        "subject=clean.test|complaints=1|refs=k3|received=|lead_id=|rule=|"
                        "severity=|status=\n"
                        "subject=h.test/shop/s1|complaints=2|refs=k1\nk2|received=2024-03-06|"
                        "lead_id=1|rule=RETURN_REFUSED|severity=medium|status=open\n"
                        "subject=h.test/shop/s1|complaints=2|refs=k1\nk2|received=2024-03-06|"
                        "lead_id=2|rule=ABSOLUTE_TERM|severity=medium|status=open\n");
}

static void test_rollback(void **state)
{
    store *s = ((fixture *)*state)->s;
    rows r = {0};

    assert_int_equal(store_begin(s), STORE_OK);
    add(s, "t1", NULL, "http://t.test/", "t.test", 1);
    add(s, "t1", NULL, "http://t.test/", "t.test", 0);   /* within the transaction too */
    assert_int_equal(store_rollback(s), STORE_OK);
    assert_int_equal(store_complaints_unseeded(s, collect, &r), STORE_OK);
    assert_int_equal(r.rows, 0);
    add(s, "t1", NULL, "http://t.test/", "t.test", 1);
}

static void test_null_args(void **state)
{
    store *s = ((fixture *)*state)->s;
    store_complaint c = {"r", NULL, "http://x.test/", NULL, NULL, "x.test", "x.test", NULL, 0};
    int added;

    assert_int_equal(store_complaint_add(NULL, &c, &added), STORE_EINVAL);
    assert_int_equal(store_complaint_add(s, NULL, &added), STORE_EINVAL);
    assert_int_equal(store_complaint_add(s, &c, NULL), STORE_EINVAL);
    c.ref = NULL;
    assert_int_equal(store_complaint_add(s, &c, &added), STORE_EINVAL);
    c.ref = "r";
    c.subject = NULL;
    assert_int_equal(store_complaint_add(s, &c, &added), STORE_EINVAL);
    assert_int_equal(store_complaints_unseeded(s, NULL, NULL), STORE_EINVAL);
    assert_int_equal(store_complaints_of(s, NULL, collect, NULL), STORE_EINVAL);
    assert_int_equal(store_complaint_subjects(NULL, collect, NULL), STORE_EINVAL);
    assert_int_equal(store_complaints_seeded(NULL, 1, 1, NULL), STORE_EINVAL);
}

/* ---- the subject of a URL ---- */

static void test_url_subject(void **state)
{
    (void)state;
    const char *top = getenv("TOP");
    char dir[1024], err[256];
    parser_profiles *pr = NULL;
    static const struct { const char *url, *host, *subject; } cases[] = {
        /* a shop on the demo platform (its profile's host): the shop */
        {"http://mall.wangjian.test/shop/s1/", "mall.wangjian.test", "mall.wangjian.test/shop/s1"},
        {"http://mall.wangjian.test/shop/A_b-9/index.html?x=1", "mall.wangjian.test",
         "mall.wangjian.test/shop/A_b-9"},
        /* an item page names no shop in its URL: the platform host, as for
         * the item page a crawl stores */
        {"http://mall.wangjian.test/item/7.html", "mall.wangjian.test", "mall.wangjian.test"},
        /* a plain site, even with /shop/ in its path: the host */
        {"http://plain.test/about.html", "plain.test", "plain.test"},
        {"http://plain.test/shop/s1/", "plain.test", "plain.test"},
    };

    snprintf(dir, sizeof dir, "%s/seeds/platforms", top ? top : ".");
    assert_int_equal(parser_profiles_load(dir, &pr, err, sizeof err), PARSER_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = scan_url_subject(cases[i].url, cases[i].host, pr);
        assert_non_null(s);
        assert_string_equal(s, cases[i].subject);
        free(s);
    }
    /* without profiles every URL is its host's */
    char *s = scan_url_subject("http://mall.wangjian.test/shop/s1/", "mall.wangjian.test", NULL);
    assert_string_equal(s, "mall.wangjian.test");
    free(s);
    parser_profiles_free(pr);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_add_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_of_subject_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_seeded, setup, teardown),
        cmocka_unit_test_setup_teardown(test_subjects, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rollback, setup, teardown),
        cmocka_unit_test_setup_teardown(test_null_args, setup, teardown),
        cmocka_unit_test(test_url_subject),
    };
    parser_global_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
