/*
 * libFuzzer harness for parser_parse().  The first input byte picks the
 * Content-Type (none, plain, or one of several charsets), the rest is the
 * body.  Besides not crashing, the harness checks the page invariants the
 * rules rely on: text and source are NUL-terminated at their lengths, runs
 * are in order and inside both buffers, facts point into the text.
 *
 * Built with -DFUZZ_REPLAY_MAIN it becomes a plain program that runs every
 * file named on the command line once (seed-corpus replay in normal tests).
 * The demo platform profiles are loaded once from $WANGJIAN_PLATFORMS
 * (default seeds/platforms) so the XPath path is exercised too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

static parser_profiles *profiles; /* harness state, loaded once */

static const char *const CONTENT_TYPES[] = {
    NULL, "text/html", "text/html; charset=utf-8", "text/html; charset=gbk",
    "text/html; charset=\"big5\"", "text/html; charset=utf-16le", "text/html;charset=shift_jis",
    "text/html; charset=x-user-defined", "text/html; charset=replacement",
    "text/html; charset=iso-2022-jp",
};
static const char *const URLS[] = {
    "http://mall.wangjian.test/shop/s1/", "http://mall.wangjian.test/item/9.html",
    "http://shop.example.test/", "http://shop.example.test/list?page=2",
};

static void check(const parser_page *p)
{
    if (p->source[p->source_len] != '\0' || p->text[p->text_len] != '\0')
        abort();
    size_t last = 0;
    for (size_t i = 0; i < p->n_runs; i++) {
        const parser_run *r = &p->runs[i];
        if (r->text_off < last || r->text_off + r->len > p->text_len || r->src_off > p->source_len)
            abort();
        last = r->text_off + r->len;
    }
    for (size_t i = 0; i < p->n_licenses; i++)
        if (p->licenses[i].visible && p->licenses[i].text_off >= p->text_len)
            abort();
    for (size_t i = 0; i < p->n_icps; i++)
        if (p->icps[i].visible && p->icps[i].text_off >= p->text_len)
            abort();
    for (size_t i = 0; i < p->n_prices; i++)
        if (p->prices[i].text_off >= p->text_len || !p->prices[i].item_key)
            abort();
    for (size_t i = 0; i < p->n_certs; i++)
        if (!p->certs[i].number || p->certs[i].text_off + p->certs[i].text_len > p->text_len)
            abort();
    if (p->n_links > 5000)
        abort();
    for (size_t off = 0; off <= p->text_len; off += 1 + p->text_len / 16)
        if (parser_text_to_source(p, off) > p->source_len)
            abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *dir = getenv("WANGJIAN_PLATFORMS");
    char err[256];
    if (parser_profiles_load(dir ? dir : "seeds/platforms", &profiles, err, sizeof err) !=
        PARSER_OK)
        profiles = NULL;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t nct = sizeof CONTENT_TYPES / sizeof CONTENT_TYPES[0];
    const char *ct = CONTENT_TYPES[data[0] % nct];
    const char *url = URLS[(data[0] / nct) % (sizeof URLS / sizeof URLS[0])];
    parser_page *p = NULL;
    parser_result r = parser_parse((const char *)data + 1, size - 1, ct, url, profiles, &p);
    if (r == PARSER_OK)
        check(p);
    else if (r != PARSER_ENOMEM || p != NULL)
        abort();
    parser_page_free(p);
    return 0;
}

#ifdef FUZZ_REPLAY_MAIN
int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int ran = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f)
            continue;
        static uint8_t buf[1 << 22];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        for (uint8_t sel = 0; sel < 8; sel++) { /* each file under several content types */
            uint8_t *in = malloc(n + 1);
            if (!in)
                return 1;
            in[0] = (uint8_t)(sel * 5);
            memcpy(in + 1, buf, n);
            LLVMFuzzerTestOneInput(in, n + 1);
            free(in);
        }
        ran++;
    }
    parser_profiles_free(profiles);
    printf("fuzz_parse replay: %d files\n", ran);
    return 0;
}
#endif
