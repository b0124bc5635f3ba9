/*
 * search_codes.c — which identity codes a search word reads as, for
 * store_query_read_codes: a 统一社会信用代码, an ICP filing or licence
 * number, a 公网安备 number, each normalised exactly as the parser
 * normalises the signal it stores (parser_signal_normalise: full-width to
 * half-width, spaces dropped, case folded; an ICP number cut before its
 * -N site suffix and 号), so that a search for the code finds the pages
 * whose parser read it, however they printed it.  Pure: any thread.
 *
 * A word reads as a code only when it has the code's shape, so an
 * ordinary word costs the search no lookup: 18 letters and digits (USCC,
 * dashes allowed between groups), <province>ICP备|证 and 6 or more digits,
 * or 10 to 20 digits (a 公网安备 number, with or without its label).  A
 * word may read as two codes (18 digits: a USCC or a 公网安备 number).
 */
#include "scan.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { PSB_DIGITS_MIN = 10, PSB_DIGITS_MAX = 20, ICP_DIGITS_MIN = 6 };

/* Append "kind\tvalue\n" to *out (*len bytes). */
static int put_code(char **out, size_t *len, const char *kind, const char *value)
{
    size_t k = strlen(kind), v = strlen(value);
    char *s = realloc(*out, *len + k + v + 3);

    if (!s)
        return -1;
    memcpy(s + *len, kind, k);
    s[*len + k] = '\t';
    memcpy(s + *len + k + 1, value, v);
    s[*len + k + 1 + v] = '\n';
    *len += k + v + 2;
    s[*len] = '\0';
    *out = s;
    return 0;
}

/* Drop '-' and '.' from s in place (separators printed between groups). */
static void drop_separators(char *s)
{
    char *w = s;

    for (const char *r = s; *r; r++)
        if (*r != '-' && *r != '.')
            *w++ = *r;
    *w = '\0';
}

static int all_of(const char *s, int (*is)(int))
{
    for (; *s; s++)
        if (!is((unsigned char)*s))
            return 0;
    return 1;
}

static int is_upper_alnum(int c)
{
    return isdigit(c) || (c >= 'A' && c <= 'Z');
}

/* An ICP value: a province abbreviation (one or two non-ASCII
 * characters), "ICP备" or "ICP证", then ICP_DIGITS_MIN or more digits. */
static int icp_shape(const char *v)
{
    const char *icp = strstr(v, "ICP");
    size_t abbr = icp ? (size_t)(icp - v) : 0;

    if (!icp || abbr < 2 || abbr > 8)
        return 0;
    for (size_t i = 0; i < abbr; i++)
        if (!((unsigned char)v[i] & 0x80))
            return 0;
    const char *d = icp + 3;
    if (strncmp(d, "备", strlen("备")) != 0 && strncmp(d, "证", strlen("证")) != 0)
        return 0;
    d += strlen("备");
    return strlen(d) >= ICP_DIGITS_MIN && all_of(d, isdigit);
}

int scan_search_codes(void *ctx, const char *word, char **codes)
{
    char *out = NULL, *u = NULL, *d = NULL, *icp = NULL;
    size_t len = 0;
    int rc = -1;

    (void)ctx;
    *codes = NULL;
    if (!word || !*word)
        return 0;
    u = parser_signal_normalise("uscc", word); /* folded, spaces dropped, upper case */
    d = parser_signal_normalise("psb", word);  /* the digits */
    icp = parser_signal_normalise("icp", word);
    if (!u || !d || !icp)
        goto done;
    drop_separators(u);
    rc = 0;
    if (strlen(u) == 18 && all_of(u, is_upper_alnum))
        rc = put_code(&out, &len, "uscc", u);
    size_t nd = strlen(d);
    if (rc == 0 && nd >= PSB_DIGITS_MIN && nd <= PSB_DIGITS_MAX &&
        (all_of(u, isdigit) || strstr(u, "公网安备")))
        rc = put_code(&out, &len, "psb", d);
    if (rc == 0 && icp_shape(icp))
        rc = put_code(&out, &len, "icp", icp);
done:
    free(u);
    free(d);
    free(icp);
    if (rc != 0) {
        free(out);
        return -1;
    }
    *codes = out;
    return 0;
}
