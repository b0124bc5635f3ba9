/*
 * Replays the libFuzzer harness (tests/fuzz/fuzz_parse.c) in the normal
 * test run: a set of hostile edge-case inputs built here, every fuzz
 * corpus file in $WANGJIAN_FUZZ_CORPUS (when set) and the real pages in
 * $SHARED/data/zh-pages (when present), each under every content-type /
 * URL selector.  The harness aborts on a broken page invariant.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>

#include "tests/fuzz/fuzz_parse.c"

static const struct {
    const char *data;
    size_t len;
} CASES[] = {
#define C(s) {s, sizeof s - 1}
    C(""), C("<"), C("<!--"), C("<!-- -- >"), C("<meta charset="), C("<meta charset=\"gbk"),
    C("<meta http-equiv=content-type content='text/html;charset=big5"), C("\xef\xbb"),
    C("\xff\xfe<\0p"), C("\xfe\xff\0<\0p\0>\xd8"), C("<p>\xe4\xb8"), C("<p>\xd6"),
    C("&#x110000;&#0;&#xD800;&#99999999999;&"), C("<p>&amp</p>&lt&gt;&nbsp;&unknown;"),
    C("<p>统一社会信用代码："), C("统一社会信用代码：91110000600037341"),
    C("<p>京ICP备"), C("京ICP备1601712"), C("公网安备"), C("B2-"), C("B2－２"), C("ＩＣＰ证"),
    C("¥"), C("¥1,"), C("¥.5"), C("1.元"), C("RMB"), C("原价"), C("<del>¥1"),
    C("<a href="), C("<a href='zzlz.gsxt.gov.cn?serial="), C("<meta http-equiv=refresh content='0;url="),
    C("<div hidden><div style='display:none'><p>x"), C("<table><td><td><tr><th>"),
    C("<script>"), C("<style>a</sty"), C("<title>"), C("<base href>"), C("<img alt>"),
    C("\0\0\0<p>\0</p>"), C("<p>\r\n\r\r\n</p>"), C("<![CDATA[x]]><?pi?><!doctype>"),
    C("<p>\xe3\x80\x80\xc2\xa0 \xe3\x80\x80</p>"),
    /* found by libFuzzer: dropped control characters left runs unlocated */
    C("\xe5\xff\xff\x1f\xff\xff\xff\xff<!--*\xd6\n\x1f-->\xff@\xff\xff\xff<!--\xa4\xa4\xa4"
      "\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4\xa4-->\xa4\xa4\xa4" "a"),
#undef C
};

/* nsel selectors: 40 covers every content type x URL, 10 every content type. */
static void run_all(const uint8_t *data, size_t len, unsigned nsel)
{
    uint8_t *in = malloc(len + 1);
    assert_non_null(in);
    memcpy(in + 1, data, len);
    for (unsigned sel = 0; sel < nsel; sel++) {
        in[0] = (uint8_t)sel;
        LLVMFuzzerTestOneInput(in, len + 1);
    }
    free(in);
}

static size_t replay_dir(const char *dir, const char *suffix)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t n = 0;
    struct dirent *e;
    static uint8_t buf[1 << 20];
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' || (suffix && (l < strlen(suffix) ||
                                               strcmp(e->d_name + l - strlen(suffix), suffix))))
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        size_t len = fread(buf, 1, sizeof buf, f);
        fclose(f);
        run_all(buf, len, 10);
        n++;
    }
    closedir(d);
    return n;
}

static void test_replay(void **state)
{
    (void)state;
    int argc = 0;
    char **argv = NULL;
    LLVMFuzzerInitialize(&argc, &argv);
    assert_non_null(profiles); /* seeds/platforms loads from the repo root */
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++)
        run_all((const uint8_t *)CASES[i].data, CASES[i].len, 40);

    /* a long run of nested inline elements and many links */
    size_t n = 0, cap = 400000;
    char *big = malloc(cap);
    assert_non_null(big);
    while (n + 40 < cap)
        n += (size_t)snprintf(big + n, cap - n, "<b><a href=/%zu>¥%zu</a>", n, n);
    run_all((const uint8_t *)big, n, 10);
    free(big);

    const char *corpus = getenv("WANGJIAN_FUZZ_CORPUS");
    size_t nc = corpus ? replay_dir(corpus, NULL) : 0;
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char zh[1024];
    snprintf(zh, sizeof zh, "%s/data/zh-pages", shared);
    size_t nz = replay_dir(zh, ".html");
    printf("fuzz replay: %zu built-in cases, %zu corpus files, %zu real pages%s\n",
           sizeof CASES / sizeof CASES[0], nc, nz,
           nz ? "" : " (zh-pages not found: the external suite was NOT run)");
    parser_profiles_free(profiles);
    profiles = NULL;
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_replay)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
