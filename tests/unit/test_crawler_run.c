/*
 * test_crawler_run.c — crawler_run refusing to start: a bad seed, a bad
 * --scope, a WARC folder or log file that cannot be created.  Each refusal
 * must leave the store as it was (no run opened, so the next crawl does not
 * "resume" it; no seed inserted) and write one "run" line, status "failed",
 * to the JSON log when the log was opened.  Also the run line of a crawl
 * that runs (no seeds, empty frontier: it ends at once, no network).
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
#include <unistd.h>
#include <jansson.h>

#include "crawler/crawler.h"

typedef struct {
    char dir[256];
    char db[300];
    char log[300];
    store *s;
    rules_book *book;
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
    const char *rules = getenv("WANGJIAN_RULES_DIR");

    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "%s/wj-crawl-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->db, sizeof f->db, "%s/t.db", f->dir);
    snprintf(f->log, sizeof f->log, "%s/log.jsonl", f->dir);
    if (store_open(f->db, &f->s, err, sizeof err) != STORE_OK ||
        rules_load(rules && *rules ? rules : "rules/default", NULL, NULL, &f->book) != RULES_OK) {
        fprintf(stderr, "setup: %s\n", err);
        store_close(f->s);
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

    rules_free(f->book);
    rm_tree(f->dir);
    free(f);
    return r == STORE_OK ? 0 : -1;
}

/* The store holds no open run and no frontier row: the next crawl would
 * start a new run, not resume one.  (The check opens a run and ends it.) */
static int count_run(void *ud, size_t n, const char *const *names, const char *const *values)
{
    (void)n, (void)names, (void)values;
    (*(long *)ud)++;
    return 0;
}

static void assert_untouched(fixture *f)
{
    long queued = -1, runs = 0;

    assert_int_equal(store_frontier_count(f->s, 0, &queued), STORE_OK);
    assert_int_equal(queued, 0);
    assert_int_equal(store_runs(f->s, 100, count_run, &runs), STORE_OK);
    assert_int_equal(runs, 0);   /* no run at all, so none left open */
}

/* ts looks like 2026-12-06T22:05:01.123+08:00 */
static void assert_iso_ms(const char *ts)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:dd.ddd+dd:dd";
    assert_non_null(ts);
    assert_int_equal(strlen(ts), strlen(shape));
    for (size_t i = 0; shape[i]; i++) {
        if (shape[i] == 'd')
            assert_true(ts[i] >= '0' && ts[i] <= '9');
        else if (shape[i] == '+')
            assert_true(ts[i] == '+' || ts[i] == '-');
        else
            assert_int_equal(ts[i], shape[i]);
    }
}

/* The log holds exactly one line, a "run" line with this status; returns
 * its run_id (0 for null). */
static json_int_t assert_one_run_line(fixture *f, const char *status)
{
    FILE *in = fopen(f->log, "r");
    char line[4096];
    int lines = 0;
    json_int_t run_id = -1;

    assert_non_null(in);
    while (fgets(line, sizeof line, in)) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        assert_non_null(o);
        lines++;
        assert_string_equal(json_string_value(json_object_get(o, "event")), "run");
        assert_string_equal(json_string_value(json_object_get(o, "status")), status);
        assert_iso_ms(json_string_value(json_object_get(o, "ts")));
        assert_true(json_is_integer(json_object_get(o, "ms")));
        assert_true(json_is_integer(json_object_get(o, "pages")));
        json_t *id = json_object_get(o, "run_id");
        assert_true(json_is_null(id) || json_is_integer(id));
        run_id = json_is_null(id) ? 0 : json_integer_value(id);
        json_decref(o);
    }
    fclose(in);
    assert_int_equal(lines, 1);
    return run_id;
}

static crawler_result run(fixture *f, crawler_options *o, char *err, size_t errlen)
{
    crawler_stats stats;
    o->allow_private = 1;
    return crawler_run(o, f->s, f->book, &stats, err, errlen);
}

static void test_bad_seed_opens_no_run(void **state)
{
    fixture *f = *state;
    const char *seeds[] = {"http://good.test/", "htp:/bad"};
    crawler_options o;
    char err[256];

    crawler_options_init(&o);
    o.seeds = seeds;
    o.n_seeds = 2;
    o.log_path = f->log;
    assert_int_equal(run(f, &o, err, sizeof err), CRAWLER_EURL);
    assert_non_null(strstr(err, "seed 2"));
    assert_untouched(f);   /* the good seed was not inserted either */
    assert_int_equal(assert_one_run_line(f, "failed"), 0);
}

static void test_bad_scope_opens_no_run(void **state)
{
    fixture *f = *state;
    const char *seeds[] = {"http://good.test/"};
    crawler_options o;
    char err[256];

    crawler_options_init(&o);
    o.seeds = seeds;
    o.n_seeds = 1;
    o.scope_regex = "(unclosed";
    assert_int_equal(run(f, &o, err, sizeof err), CRAWLER_EINVAL);
    assert_non_null(strstr(err, "--scope"));
    assert_untouched(f);
}

static void test_bad_files_open_no_run(void **state)
{
    fixture *f = *state;
    const char *seeds[] = {"http://good.test/"};
    char warc[400], log[400], err[256];
    crawler_options o;

    snprintf(warc, sizeof warc, "%s/warc", f->db);   /* under a file: ENOTDIR */
    snprintf(log, sizeof log, "%s/no/such/dir/log", f->dir);
    crawler_options_init(&o);
    o.seeds = seeds;
    o.n_seeds = 1;
    o.warc_dir = warc;
    assert_int_equal(run(f, &o, err, sizeof err), CRAWLER_EIO);
    assert_untouched(f);
    o.warc_dir = NULL;
    o.log_path = log;
    assert_int_equal(run(f, &o, err, sizeof err), CRAWLER_EIO);
    assert_non_null(strstr(err, "cannot open log"));
    assert_untouched(f);
}

/* No seed and an empty frontier: the crawl opens a run, has nothing to
 * fetch, ends the run and logs it as finished. */
static void test_empty_crawl_logs_its_run(void **state)
{
    fixture *f = *state;
    crawler_options o;
    char err[256];
    int64_t id = 0;
    int resumed = -1;

    crawler_options_init(&o);
    o.log_path = f->log;
    assert_int_equal(run(f, &o, err, sizeof err), CRAWLER_OK);
    json_int_t run_id = assert_one_run_line(f, "finished");
    assert_true(run_id > 0);
    assert_int_equal(store_run_open(f->s, 1, "", NULL, 0, &id, &resumed), STORE_OK);
    assert_int_equal(resumed, 0);   /* the empty crawl ended its run */
    assert_true(id > run_id);
}

static void test_strerror(void **state)
{
    (void)state;
    assert_string_equal(crawler_strerror(CRAWLER_ESTOPPED), "stopped by a signal");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_bad_seed_opens_no_run, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_scope_opens_no_run, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_files_open_no_run, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_crawl_logs_its_run, setup, teardown),
        cmocka_unit_test(test_strerror),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
