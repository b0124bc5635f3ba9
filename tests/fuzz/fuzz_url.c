/*
 * fuzz_url.c — libFuzzer harness for crawler_url_resolve and
 * crawler_url_host.  The input is split at its first newline into base and
 * href (no newline: href only, base NULL).  Besides memory errors it
 * checks the canonical form's invariants and aborts when one breaks:
 *   - the result is http:// or https://, has no fragment, no whitespace or
 *     control bytes, and lower-case %XX hex is gone;
 *   - canonicalisation is idempotent: resolving the result again (with or
 *     without the base) gives the same string;
 *   - crawler_url_host finds a host in every result.
 *
 * Build: clang -fsanitize=fuzzer,address,undefined -I. tests/fuzz/fuzz_url.c
 *        crawler/url.c $(pkg-config --cflags --libs libcurl libidn2)
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crawler/crawler.h"

static void check(int ok)
{
    if (!ok)
        abort();
}

static void check_canonical(const char *base, const char *url)
{
    check(strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0);
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        check(*p > 0x20 && *p < 0x7F && *p != '#');
        if (*p == '%' && isxdigit(p[1]) && isxdigit(p[2]))
            check(!islower(p[1]) && !islower(p[2]));
    }
    char *again = crawler_url_resolve(NULL, url);
    check(again && strcmp(again, url) == 0);
    free(again);
    again = crawler_url_resolve(base, url);
    check(again && strcmp(again, url) == 0);
    free(again);
    char *host = crawler_url_host(url);
    check(host && *host);
    free(host);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0;
    char *buf = malloc(size + 1);
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    buf[size] = '\0';
    char *nl = memchr(buf, '\n', size);
    const char *base = NULL, *href = buf;
    if (nl) {
        *nl = '\0';
        base = buf;
        href = nl + 1;
    }
    char *url = crawler_url_resolve(base, href);
    if (url)
        check_canonical(base, url);
    free(url);
    free(buf);
    return 0;
}
