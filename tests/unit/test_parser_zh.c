/*
 * Real Chinese pages from $SHARED/data/zh-pages (see its INDEX.json):
 * decoding adds no U+FFFD (every page is valid in its real encoding), runs map back to the source byte-exactly, and the ICP / B2 /
 * 公网安备 numbers extracted equal the ones read by eye in each footer
 * (the table below; INDEX.json's regex lists miss several of them, see its
 * collector notes).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

typedef struct {
    const char *file;
    const char *charset;
    const char *numbers[4]; /* as displayed, whitespace collapsed */
    int licence_link; /* a 营业执照 link (toutiao's /license/ page is 网络文化经营许可证) */
} expect;

static const expect EXPECTED[] = {
    {"gne-baijiahao-2.html", "UTF-8", {"京ICP证030173号", "京公网安备11000002000001号"}, 0},
    {"gne-cjddsb-1.html", "UTF-8", {"苏ICP备17065836号"}, 0},
    {"gne-cjn-1.html", "UTF-8", {"鄂ICP证:020001-5", "鄂 B2-20120083", "鄂公网安备 42010202000111号"}, 1},
    {"gne-csdn-1.html", "UTF-8", {"京ICP备19004658号"}, 0},
    {"gne-gsc-1.html", "UTF-8", {"京ICP备18020997号-6"}, 0},
    {"gne-gzggw-1.html", "UTF-8", {"浙ICP备05018911号", "浙公网安备 33010602009328号"}, 0},
    {"gne-list-netease_forum-1.html", "UTF-8", {"粤B2-20090191-2", "粤公网安备44010602006299号"}, 0},
    {"gne-mingridapan-1.html", "UTF-8", {"京ICP备16058363号-1"}, 0},
    {"gne-other-1.html", "UTF-8", {"京ICP备05070218号", "京公网安备11010202000001号"}, 0},
    {"gne-people-1.html", "UTF-8", {NULL}, 0}, /* declares GB2312, bytes are UTF-8 */
    {"gne-readhub-readhub.html", "UTF-8", {"浙 ICP 备 17005035 号 -1", "浙 B2-20181004"}, 0},
    {"gne-shanxi-1.html", "UTF-8", {"晋ICP备12000773号", "晋公网安备 14010502050691号"}, 0},
    {"gne-stcn-1.html", "UTF-8", {"粤ICP备09109218号", "粤B2-20080118"}, 0},
    {"gne-thepaper-2.html", "UTF-8", {"沪ICP备14003370号", "沪B2-20170116", "沪公网安备 31010602000299号"}, 0},
    {"gne-toutiao-2.html", "UTF-8", {"京ICP备12025439号-3", "京ICP证140141号", "京公网安备 11000002002023号"}, 0},
    {"gne-xds-1.html", "UTF-8", {"闽ICP备11019844号-1"}, 0},
    {"gne-zyyfy-1.html", "UTF-8", {"湘ICP备14002927号-5"}, 0},
    {"jsoup-baidu-cn-home.html", "GBK", {"京ICP证030173号"}, 0},
    {"jsoup-baidu-variant.html", "GBK", {NULL}, 0},
    {"readability-youth-source.html", "UTF-8", {"京｜ICP备11020872号－17", "京公网安备110105007246"}, 0},
    {"youzhicode-jd.com.html", "UTF-8", {"京ICP备11041704号", "京公网安备 11000002000088号"}, 1},
};

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, r;
    do {
        if (n + 65536 > cap) {
            cap = cap ? cap * 2 : 131072;
            char *b = realloc(buf, cap);
            assert_non_null(b);
            buf = b;
        }
        r = fread(buf + n, 1, cap - n, f);
        n += r;
    } while (r > 0);
    fclose(f);
    *len = n;
    return buf;
}

static size_t count_fffd(const char *s, size_t n)
{
    size_t c = 0;
    for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), "\xEF\xBF\xBD", 3)) != NULL; p += 3)
        c++;
    return c;
}

static void check_page(const char *dir, const expect *e)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, e->file);
    size_t len;
    char *body = slurp(path, &len);
    assert_non_null(body);
    parser_page *p = NULL;
    assert_int_equal(parser_parse(body, len, NULL, NULL, NULL, &p), PARSER_OK);
    if (strcmp(p->charset, e->charset) != 0)
        fail_msg("%s: charset %s, want %s", e->file, p->charset, e->charset);
    /* Decoding adds no U+FFFD: the only ones are those saved in the file
     * itself (gne-thepaper-2.html carries six). */
    if (count_fffd(p->source, p->source_len) !=
        (strcmp(e->charset, "UTF-8") == 0 ? count_fffd(body, len) : 0))
        fail_msg("%s: decoding produced U+FFFD", e->file);
    size_t exact = 0;
    for (size_t i = 0; i < p->n_runs; i++) {
        const parser_run *r = &p->runs[i];
        if (p->source[r->src_off] == '&')
            continue;
        if (memcmp(p->source + r->src_off, p->text + r->text_off, r->len) != 0)
            fail_msg("%s: run %zu does not match its source", e->file, i);
        exact++;
    }
    size_t want = 0;
    for (; want < 4 && e->numbers[want]; want++) {
        int found = 0;
        for (size_t i = 0; i < p->n_icps; i++)
            if (strcmp(p->icps[i].number, e->numbers[want]) == 0) {
                found = 1;
                if (!p->icps[i].visible || !p->icps[i].well_formed || !p->icps[i].province)
                    fail_msg("%s: %s visible=%d well_formed=%d", e->file, e->numbers[want],
                             p->icps[i].visible, p->icps[i].well_formed);
            }
        if (!found)
            fail_msg("%s: %s not extracted", e->file, e->numbers[want]);
    }
    if (p->n_icps != want)
        fail_msg("%s: %zu numbers extracted, want %zu", e->file, p->n_icps, want);
    /* none of these pages shows a 统一社会信用代码 or 注册号: their many
     * long numbers (article ids, phone numbers, hashes) must not pass */
    if (p->n_licenses != 0)
        fail_msg("%s: %zu licence numbers found, e.g. %s", e->file, p->n_licenses,
                 p->licenses[0].code);
    if (e->licence_link != p->license_display.link)
        fail_msg("%s: licence link %d, want %d", e->file, p->license_display.link,
                 e->licence_link);
    printf("%-32s %-5s text %6zu B, %4zu runs (%4zu byte-exact), %zu numbers\n", e->file,
           p->charset, p->text_len, p->n_runs, exact, p->n_icps);
    parser_page_free(p);
    free(body);
}

static void test_zh_pages(void **state)
{
    (void)state;
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char dir[1024], index[1100];
    snprintf(dir, sizeof dir, "%s/data/zh-pages", shared);
    snprintf(index, sizeof index, "%s/INDEX.json", dir);
    json_error_t jerr;
    json_t *root = json_load_file(index, 0, &jerr);
    if (!root) {
        printf("NOTE: %s not found: the real-page suite was NOT run\n", index);
        return;
    }
    size_t i, checked = 0;
    json_t *ent;
    json_array_foreach(root, i, ent) {
        const char *file = json_string_value(json_object_get(ent, "file"));
        assert_non_null(file);
        const expect *e = NULL;
        for (size_t k = 0; k < sizeof EXPECTED / sizeof EXPECTED[0]; k++)
            if (strcmp(EXPECTED[k].file, file) == 0)
                e = &EXPECTED[k];
        if (!e)
            fail_msg("%s is in INDEX.json but has no expectation here", file);
        check_page(dir, e);
        checked++;
    }
    json_decref(root);
    printf("zh-pages: %zu pages checked\n", checked);
    assert_int_equal(checked, sizeof EXPECTED / sizeof EXPECTED[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_zh_pages)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
