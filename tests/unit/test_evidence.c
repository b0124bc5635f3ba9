/*
 * test_evidence.c — the evidence module from plain data: times in UTC and
 * Asia/Shanghai by arithmetic (whatever TZ says), a bundle written and
 * verified, hostile page text escaped in every HTML file and kept valid in
 * JSON, tampering named by --verify's check, a non-empty folder refused,
 * and a failed timestamp leaving nothing behind.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <curl/curl.h>
#include <jansson.h>

#include "evidence/evidence.h"

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/wj-evidence-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static void rm_tree(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *e;
    char sub[1024];
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            if (unlink(sub) != 0)
                rm_tree(sub);
        }
    if (d)
        closedir(d);
    rmdir(path);
}

static int teardown(void **state)
{
    (void)state;
    rm_tree(tmpdir);
    return 0;
}

static char *slurp(const char *dir, const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = '\0';
    fclose(f);
    return s;
}

static void flip_byte(const char *dir, const char *name, long at)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, at, SEEK_SET);
    int c = fgetc(f);
    fseek(f, at, SEEK_SET);
    fputc(c ^ 1, f);
    fclose(f);
}

static void test_times(void **state)
{
    (void)state;
    char u[40], s[40];
    int64_t t;
    setenv("TZ", "America/New_York", 1);   /* must not matter */
    tzset();
    evidence_time_utc(0, u, sizeof u);
    evidence_time_shanghai(0, s, sizeof s);
    assert_string_equal(u, "1970-01-01T00:00:00Z");
    assert_string_equal(s, "1970-01-01T08:00:00+08:00");
    assert_int_equal(evidence_time_parse("2024-02-29T20:30:00Z", &t), 0);
    evidence_time_shanghai(t, s, sizeof s);
    assert_string_equal(s, "2024-03-01T04:30:00+08:00");   /* leap day rolls over */
    assert_int_equal(evidence_time_parse("2026-12-31T16:00:00Z", &t), 0);
    assert_int_equal(t, 1798732800);
    evidence_time_shanghai(t, s, sizeof s);
    assert_string_equal(s, "2027-01-01T00:00:00+08:00");
    evidence_time_utc(t, u, sizeof u);
    assert_string_equal(u, "2026-12-31T16:00:00Z");
    assert_int_equal(evidence_time_parse("2026-13-01T00:00:00Z", &t), -1);
    assert_int_equal(evidence_time_parse("2026-01-01 00:00:00", &t), -1);
    assert_int_equal(evidence_time_parse("2026-01-01T00:00:00Zjunk", &t), -1);
    assert_int_equal(evidence_time_parse("", &t), -1);
    unsetenv("TZ");
    tzset();
}

/* A case with hostile page text: markup, quotes and a bad UTF-8 byte. */
static const char TEXT[] = "前言<b>高仿</b>&后记 \"x\" \xff end";
static const char BODY[] = "<html><body><script>alert(1)</script>前言&lt;b&gt;高仿</body></html>";
static const char WARC[] = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 0\r\n\r\n\r\n\r\n";

static void make_case(evidence_case *c, evidence_lead *l, evidence_capture *x, evidence_mark *m,
                      evidence_event *e)
{
    *l = (evidence_lead){.id = 7, .status = "open", .rule = "COUNTERFEIT_TERM",
                         .title = "假冒", .severity = "high", .basis = "商标法 第五十七条",
                         .subject = "\"><img src=x onerror=alert(3)>", .host = "shop.test",
                         .first_seen = "2026-12-06T16:00:00Z", .last_seen = "2026-12-06T17:00:00Z",
                         .hits = 1, .showing = 1, .snippet = "<b>高仿</b>"};
    size_t off = (size_t)(strstr(TEXT, "高仿") - TEXT);
    *m = (evidence_mark){off, strlen("高仿"), "COUNTERFEIT_TERM"};
    *x = (evidence_capture){.role = "first+latest", .capture = 3, .url = "http://shop.test/a?<x>",
                            .final_url = "http://shop.test/a?<x>", .ip = "127.0.0.1",
                            .http_status = 200, .fetched_at = 1796573400, .showing = 1,
                            .run = 1, .run_kind = "crawl", .run_options = "{\"delay\":0}",
                            .tool = "wangjian 0.1.0", .warc_file = "/x.warc.gz", .warc_offset = 360,
                            .warc = WARC, .warc_len = sizeof WARC - 1, .body = BODY,
                            .body_len = sizeof BODY - 1, .content_type = "text/html",
                            .text = TEXT, .text_len = sizeof TEXT - 1, .marks = m, .nmarks = 1,
                            .mark_source = "rule", .mark_note = "rules <matched>"};
    *e = (evidence_event){"2026-12-06T16:00:00Z", 1, "crawl", "", "open", "<note>", ""};
    static const char *const notes[] = {"a note with <markup>"};
    *c = (evidence_case){.tool_name = "wangjian", .tool_version = "0.1.0", .made_at = 1796577000,
                         .lead = l, .captures = x, .ncaptures = 1, .history = e, .nhistory = 1,
                         .rulebook = "/rules", .notes = notes, .nnotes = 1};
}

static void test_write_and_verify(void **state)
{
    (void)state;
    evidence_case c;
    evidence_lead l;
    evidence_capture x;
    evidence_mark m;
    evidence_event e;
    evidence_written w;
    evidence_report rep;
    char dir[128], err[512] = "";
    make_case(&c, &l, &x, &m, &e);
    snprintf(dir, sizeof dir, "%s/b", tmpdir);
    assert_int_equal(evidence_write(dir, &c, NULL, &w, err, sizeof err), EVIDENCE_OK);
    assert_int_equal(w.files, 5);
    assert_int_equal(w.timestamped, 0);
    assert_int_equal(strlen(w.manifest_sha256), 64);

    char *text = slurp(dir, "capture-1/text.html"), *rec = slurp(dir, "extraction-record.html");
    assert_non_null(text);
    assert_non_null(rec);
    assert_non_null(strstr(text, "前言&lt;b&gt;<mark data-rule=\"COUNTERFEIT_TERM\">高仿</mark>&lt;/b&gt;&amp;后记"));
    assert_non_null(strstr(text, "\xef\xbf\xbd"));          /* the bad byte, shown as U+FFFD */
    assert_null(strstr(text, "<b>"));
    assert_null(strstr(rec, "<img"));
    assert_null(strstr(rec, "<x>"));
    assert_null(strstr(rec, "<note>"));
    assert_null(strstr(rec, "<markup>"));
    assert_non_null(strstr(rec, w.manifest_sha256));
    assert_non_null(strstr(rec, "2026-12-06T16:10:00Z (2026-12-07T00:10:00+08:00)"));
    assert_non_null(strstr(rec, "data-file=\"capture-1/body\""));
    free(text);
    free(rec);

    json_error_t jerr;
    char path[256];
    snprintf(path, sizeof path, "%s/summary.json", dir);
    json_t *j = json_load_file(path, 0, &jerr);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(json_object_get(j, "lead"), "subject")),
                        l.subject);
    json_t *cap = json_array_get(json_object_get(j, "captures"), 0);
    assert_string_equal(json_string_value(json_object_get(json_object_get(cap, "fetched_at"),
                                                          "asia_shanghai")),
                        "2026-12-07T00:10:00+08:00");
    assert_int_equal(json_integer_value(json_object_get(
                         json_object_get(json_object_get(cap, "run"), "options"), "delay")),
                     0);
    json_decref(j);

    assert_int_equal(evidence_verify(dir, NULL, &rep, err, sizeof err), EVIDENCE_OK);
    assert_string_equal(rep.manifest_sha256, w.manifest_sha256);
    assert_int_equal(rep.files, 5);

    /* a changed byte of the body is named */
    flip_byte(dir, "capture-1/body", 10);
    assert_int_equal(evidence_verify(dir, NULL, &rep, err, sizeof err), EVIDENCE_EDIFFERS);
    assert_memory_equal(err, "capture-1/body:", 15);
    flip_byte(dir, "capture-1/body", 10);
    /* so is a changed manifest, and one byte of manifest.sha256 */
    flip_byte(dir, "manifest.txt", 3);
    assert_int_equal(evidence_verify(dir, NULL, &rep, err, sizeof err), EVIDENCE_EDIFFERS);
    assert_memory_equal(err, "manifest.txt:", 13);
    flip_byte(dir, "manifest.txt", 3);
    flip_byte(dir, "manifest.sha256", 70);    /* a name: the line lists another file */
    assert_int_equal(evidence_verify(dir, NULL, &rep, err, sizeof err), EVIDENCE_EDIFFERS);
    assert_memory_equal(err, "manifest.sha256:", 16);
    flip_byte(dir, "manifest.sha256", 70);
    /* and an unlisted file */
    snprintf(path, sizeof path, "%s/capture-1/extra", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fclose(f);
    assert_int_equal(evidence_verify(dir, NULL, &rep, err, sizeof err), EVIDENCE_EDIFFERS);
    assert_non_null(strstr(err, "capture-1/extra: present but not in the manifest"));
    /* a non-empty folder is refused and left as it is */
    assert_int_equal(evidence_write(dir, &c, NULL, &w, err, sizeof err), EVIDENCE_ENOTEMPTY);
    assert_non_null(strstr(err, "is not empty"));
    assert_int_equal(access(path, F_OK), 0);
    unlink(path);
    assert_int_equal(evidence_verify(dir, NULL, &rep, err, sizeof err), EVIDENCE_OK);
}

/* A timestamp authority that cannot be reached: exit with the reason and
 * nothing left, whether the folder was new or existed empty. */
static void test_tsa_failure(void **state)
{
    (void)state;
    evidence_case c;
    evidence_lead l;
    evidence_capture x;
    evidence_mark m;
    evidence_event e;
    evidence_written w;
    char dir[128], err[512] = "";
    evidence_tsa tsa = {"http://127.0.0.1:1/", NULL, 5000};
    make_case(&c, &l, &x, &m, &e);
    snprintf(dir, sizeof dir, "%s/t", tmpdir);
    assert_int_equal(evidence_write(dir, &c, &tsa, &w, err, sizeof err), EVIDENCE_ETSA);
    assert_non_null(strstr(err, "cannot get a timestamp from http://127.0.0.1:1/"));
    assert_int_not_equal(access(dir, F_OK), 0);
    assert_int_equal(mkdir(dir, 0755), 0);
    assert_int_equal(evidence_write(dir, &c, &tsa, &w, err, sizeof err), EVIDENCE_ETSA);
    DIR *d = opendir(dir);
    int entries = 0;
    struct dirent *ent;
    while (d && (ent = readdir(d)))
        entries += ent->d_name[0] != '.';
    closedir(d);
    assert_int_equal(entries, 0);
    /* no capture: nothing to write */
    c.ncaptures = 0;
    assert_int_equal(evidence_write(dir, &c, NULL, &w, err, sizeof err), EVIDENCE_EINVAL);
    /* a bundle that never was */
    evidence_report rep;
    assert_int_equal(evidence_verify(dir, NULL, &rep, err, sizeof err), EVIDENCE_EDIFFERS);
    assert_non_null(strstr(err, "manifest.sha256: missing"));
    assert_string_equal(evidence_strerror(EVIDENCE_ENOTEMPTY), "the output folder is not empty");
}

int main(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_times),
        cmocka_unit_test_setup_teardown(test_write_and_verify, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tsa_failure, setup, teardown),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    curl_global_cleanup();
    return rc;
}
