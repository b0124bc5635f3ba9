/*
 * bench_rules.c — rule matching throughput on one core.
 *
 *   bench_rules [RULES_DIR] [MB] [EXTRA_TERMS] [per-rule]
 *
 * Loads RULES_DIR (default rules/default) plus a generated rule file of
 * 2,000 extra keyword terms (what an investigator's keyword list looks like:
 * 2-4 character CJK words, one `pattern` line each, which the loader joins
 * into one JIT-compiled alternation), then runs rules_check_page over
 * synthetic shop pages of 64 KiB until MB megabytes (default 64) of page text
 * have been checked.  Prints MB/s of text per core (thread CPU time, so a
 * busy machine does not distort it); the target is >= 100.
 * Page text is built from shop phrases plus some traditional characters and
 * obfuscations, so normalisation takes its real paths.
 *
 * per-rule (make bench-rules-cost): then each pattern rule's share of the time,
 * measured by loading the book again with that rule disabled (`enabled =
 * no`) and timing the simplified page, best of five runs alternated with the
 * whole book: what a rule costs beyond the normalisation every page pays
 * once.  Still noisy on a busy machine: shares within +-5% are noise.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>
#include "rules/rules.h"

#define PAGE_BYTES (64 * 1024)
#define EXTRA_TERMS_DEFAULT 2000

static const char *const phrases[] = {
    "新款连衣裙，面料柔软亲肤，春秋百搭。", "现价¥129 原价¥299 全场包邮。",
    "支持七天无理由退货，质量问题包退换。", "下单后48小时内发货，顺丰包邮。",
    "精选新疆长绒棉，透气吸汗不起球。", "店铺首页 全部商品 店铺动态 联系客服",
    "买家评价：做工精细，物流很快，好评！", "尺码：S M L XL 颜色：黑色 白色 藏青",
    "營業執照信息已公示，請放心選購。", "高 端 大 气，Ａ级品质，送礼自用。",
    "满199减20，满399减50，会员再享95折。", "Cotton 100% / Made in China / Size M",
    "保质期12个月，请置于阴凉干燥处保存。", "浙ICP备20240001号-1 浙公网安备33010602000001号",
    "拒绝高仿，假一赔十，最佳赏味期6个月。", "满意请给五星好评，好评返现2元。",
};

static const char pool[] =
    "金木水火土山川日月星云风雨雷电花草树林江河湖海春夏秋冬东南西北红黄蓝绿青紫白黑"
    "龙凤虎豹鹤鹰燕雀松竹梅兰菊荷桃李杏梨茶酒诗书琴棋剑刀弓马车船桥楼阁亭台宫殿";

/* UTF-8 character i of pool (all 3 bytes). */
static const char *pool_char(size_t i)
{
    return pool + 3 * (i % (sizeof pool / 3));
}

static int extra_terms = EXTRA_TERMS_DEFAULT;

static int write_extra(const char *dir)
{
    if (extra_terms <= 0) return 0;
    char path[512];
    snprintf(path, sizeof path, "%s/extra.ini", dir);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fprintf(f, "[EXTRA_KEYWORDS]\ntitle = 调查关键词\nseverity = low\ncategory = 关键词\n"
               "basis = 调查员关键词清单\nkind = pattern\n");
    uint32_t x = 2463534242u;
    for (int i = 0; i < extra_terms; i++) {
        fputs("pattern = ", f);
        int n = 2 + i % 3;
        for (int k = 0; k < n; k++) {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            fwrite(pool_char(x), 1, 3, f);
        }
        fputc('\n', f);
    }
    return fclose(f) == 0 ? 0 : -1;
}

/* A page of shop phrases; with_trad keeps the one in traditional script. */
static char *make_page(size_t *len, int with_trad)
{
    char *t = malloc(PAGE_BYTES + 256);
    if (!t) return NULL;
    size_t w = 0, i = 0;
    while (w < PAGE_BYTES) {
        const char *p = phrases[i++ % (sizeof phrases / sizeof phrases[0])];
        if (!with_trad && strstr(p, "營業")) continue;
        size_t n = strlen(p);
        memcpy(t + w, p, n);
        w += n;
        t[w++] = '\n';
    }
    t[w] = '\0';
    *len = w;
    return t;
}

/* CPU time of this thread: "per core" even on a busy machine. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Copy every *.ini of src into dst, so the extra file joins the default
 * book, and its second reader (reader.model) when it has one. */
static int copy_rules(const char *src, const char *dst)
{
    char cmd[2048];
    int n = snprintf(cmd, sizeof cmd, "cp '%s'/*.ini '%s'/ && { [ ! -e '%s'/reader.model ] || cp '%s'/reader.model '%s'/; }",
                     src, dst, src, src, dst);
    return n > 0 && (size_t)n < sizeof cmd && system(cmd) == 0 ? 0 : -1;
}

static int run(const rules_book *book, double mb, int with_trad, int quiet, double *secs);
static int per_rule(const char *dir, const rules_book *book, double mb);

int main(int argc, char **argv)
{
    const char *src = argc > 1 ? argv[1] : "rules/default";
    double mb = argc > 2 ? strtod(argv[2], NULL) : 64.0;
    if (argc > 3) extra_terms = (int)strtol(argv[3], NULL, 10);
    char dir[] = "/tmp/bench_rules.XXXXXX";
    if (!mkdtemp(dir) || copy_rules(src, dir) != 0 || write_extra(dir) != 0) {
        fprintf(stderr, "bench_rules: cannot prepare rules in %s\n", dir);
        return 1;
    }
    rules_book *book = NULL;
    double t0 = now();
    rules_result r = rules_load(dir, NULL, NULL, &book);
    double load_s = now() - t0;
    int status = 0;
    if (r != RULES_OK) {
        fprintf(stderr, "bench_rules: load failed: %s\n", rules_strerror(r));
        status = 1;
    }
    /* a warm-up round first: the first pages pay for page faults and caches */
    if (!status && run(book, mb / 8, 0, 1, NULL) != 0) status = 1;
    for (int with_trad = 0; with_trad < 2 && !status; with_trad++)
        if (run(book, mb, with_trad, 0, NULL) != 0) status = 1;
    if (!status)
        printf("bench_rules: rulebook with %d extra keyword terms loaded in %.0f ms\n", extra_terms, load_s * 1e3);
    if (!status && argc > 4 && !strcmp(argv[4], "per-rule") && per_rule(dir, book, mb) != 0) status = 1;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "bench_rules: could not remove %s\n", dir);
    rules_free(book);
    return status;
}

/* Copy every *.ini of dir into a new directory, with `enabled = no` after
 * the [code] header; 0 and the directory in out (caller removes it), or -1. */
static int copy_without(const char *dir, const char *code, char *out, size_t cap)
{
    snprintf(out, cap, "/tmp/bench_rules_off.XXXXXX");
    if (!mkdtemp(out)) return -1;
    DIR *d = opendir(dir);
    if (!d) return -1;
    char head[80];
    snprintf(head, sizeof head, "[%.60s]", code);
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".ini")) continue;
        char a[512], b[512], line[8192];
        snprintf(a, sizeof a, "%s/%s", dir, e->d_name);
        snprintf(b, sizeof b, "%s/%s", out, e->d_name);
        FILE *in = fopen(a, "r"), *o = fopen(b, "w");
        if (!in || !o) rc = -1;
        while (rc == 0 && fgets(line, sizeof line, in)) {
            fputs(line, o);
            if (!strncmp(line, head, strlen(head))) fputs("enabled = no\n", o);
        }
        if (in) fclose(in);
        if (o && fclose(o) != 0) rc = -1;
    }
    closedir(d);
    return rc;
}

/* Each pattern rule's share of the time on the simplified page. */
static int per_rule(const char *dir, const rules_book *book, double mb)
{
    static char codes[64][32]; /* the pattern rules of the copied files */
    size_t n = 0;
    DIR *d = opendir(dir);
    if (!d) return -1;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".ini")) continue;
        char path[512], line[8192];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "r");
        int open = 0; /* the last header was a rule's, counted in n */
        while (f && fgets(line, sizeof line, f) && n < 64) {
            if (line[0] == '[') {
                open = line[1] != '@' && strchr(line, ']');
                if (open) snprintf(codes[n++], sizeof codes[0], "%.*s", (int)(strchr(line, ']') - line - 1), line + 1);
            } else if (open && !strncmp(line, "kind", 4) && !strstr(line, "pattern") && !strstr(line, "honour")) {
                n--; /* built-in kinds read page facts: nothing to measure */
                open = 0;
            }
        }
        if (f) fclose(f);
    }
    closedir(d);
    printf("bench_rules: per rule: time saved with the rule disabled (simplified page, %.0f MB,\n"
           "             best of 5 alternated runs each; within +-5%% is noise)\n", mb);
    for (size_t i = 0; i < n; i++) {
        char off[64];
        rules_book *b = NULL;
        if (copy_without(dir, codes[i], off, sizeof off) != 0 || rules_load(off, NULL, NULL, &b) != RULES_OK) {
            fprintf(stderr, "bench_rules: cannot load the book without %s\n", codes[i]);
            rules_free(b);
            return -1;
        }
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", off);
        if (system(cmd) != 0) fprintf(stderr, "bench_rules: could not remove %s\n", off);
        double best_all = 1e9, best_off = 1e9, t;
        int rc = 0;
        for (int k = 0; k < 5 && rc == 0; k++) {
            rc = run(book, mb, 0, 1, &t);
            if (t < best_all) best_all = t;
            if (rc == 0) rc = run(b, mb, 0, 1, &t);
            if (t < best_off) best_off = t;
        }
        rules_free(b);
        if (rc != 0) return -1;
        printf("  %-24s %5.1f%%\n", codes[i], 100.0 * (best_all - best_off) / best_all);
    }
    return 0;
}

/* Check pages until mb megabytes of text are done; print MB/s. */
static int run(const rules_book *book, double mb, int with_trad, int quiet, double *secs)
{
    size_t len;
    char *text = make_page(&len, with_trad);
    if (!text) return 1;
    parser_page page;
    memset(&page, 0, sizeof page);
    page.text = text;
    page.text_len = len;
    page.title = (char *)"新款连衣裙 - 云朵服饰";
    size_t total = 0, findings = 0, pages = 0;
    double t0 = now();
    while ((double)total < mb * 1e6) {
        rules_findings f = { 0 };
        if (rules_check_page(book, &page, NULL, &f) != RULES_OK) { free(text); return 1; }
        findings += f.n;
        rules_findings_clear(&f);
        total += len;
        pages++;
    }
    double s = now() - t0;
    if (secs) *secs = s;
    if (!quiet)
        printf("bench_rules: %s: %zu pages of %zu bytes, %.1f MB in %.3f s: %.1f MB/s per core (%zu findings/page)\n",
           with_trad ? "with 1 line in 14 traditional" : "simplified only", pages, len, total / 1e6, s,
           total / 1e6 / s, findings / pages);
    free(text);
    return 0;
}
