/*
 * The template fingerprint (signal kind "template"): a digest of the markup
 * skeleton a shop system's theme produces and a shop's content does not
 * change, so that two shops on one theme (same classes, different text,
 * products and prices) give one value and two themes give two.
 *
 * The walk of html.c calls parser_skel_element() for every structural
 * element it enters (class C_BLOCK outside <head>: div, ul, li, section,
 * header, footer, nav, table ...).  An element that carries a class or an
 * id is a "marked" element; its path is the chain of marked structural
 * elements from the root down to it, each as name + class + id with digits
 * dropped ("goods-1234" and "goods-77" are one token) and whitespace
 * collapsed.  Unmarked elements (a shop's own description markup, wrappers)
 * add nothing and do not break the chain.  The skeleton is the SET of
 * distinct paths: a list of 3 or 300 products of one theme is one path, and
 * the order of blocks on a page does not matter as long as the nesting is
 * the theme's.  Text, digits, attributes other than class and id, and
 * inline elements never enter it.
 *
 * Bounded: at most SKEL_MAX distinct paths (the first ones in document
 * order) are kept, in a fixed open-addressing table, so a hostile page costs
 * one FNV-1a pass over each element's class and id and nothing more.  A page
 * with fewer than SKEL_MIN distinct marked paths has no template (a plain
 * page: too little to tell one theme from another).
 */
#include "parser/internal.h"

#include <inttypes.h>
#include <stdio.h>

#define FNV_PRIME 0x100000001b3ULL

static uint64_t fnv_byte(uint64_t h, unsigned char c)
{
    return (h ^ c) * FNV_PRIME;
}

/* s with digits dropped and whitespace runs collapsed to one ' ' (trimmed)
 * into h after the separator sep; *any set when s had a kept character. */
static uint64_t fnv_token(uint64_t h, char sep, const char *s, int *any)
{
    if (!s)
        return h;
    h = fnv_byte(h, (unsigned char)sep);
    int space = 0, kept = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= '0' && c <= '9')
            continue;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = kept;
            continue;
        }
        if (space)
            h = fnv_byte(h, ' ');
        space = 0;
        kept = 1;
        h = fnv_byte(h, c);
    }
    *any |= kept;
    return h;
}

/* splitmix64's finaliser: spreads a path hash over all 64 bits, so that the
 * sum in parser_skel_value() does not cancel nearby values. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static void skel_add(parser_skel *s, uint64_t path)
{
    if (s->n >= PARSER_SKEL_MAX)
        return;
    uint64_t key = path ? path : 1; /* 0 marks an empty slot */
    size_t i = (size_t)(mix(key) & (PARSER_SKEL_SLOTS - 1));
    while (s->slot[i]) {
        if (s->slot[i] == key)
            return;
        i = (i + 1) & (PARSER_SKEL_SLOTS - 1);
    }
    s->slot[i] = key;
    s->n++;
}

uint64_t parser_skel_element(parser_skel *s, uint64_t parent, const char *name, const char *cls,
                             const char *id)
{
    int any = 0;
    uint64_t h = fnv_byte(parent, '/');
    for (const char *p = name; p && *p; p++)
        h = fnv_byte(h, (unsigned char)*p);
    h = fnv_token(h, '.', cls, &any);
    h = fnv_token(h, '#', id, &any);
    if (!any)
        return parent; /* unmarked: not part of the theme's skeleton */
    skel_add(s, h);
    return h;
}

int parser_skel_value(const parser_skel *s, char *out, size_t outlen)
{
    if (s->n < PARSER_SKEL_MIN)
        return 0;
    uint64_t sum = 0;
    for (size_t i = 0; i < PARSER_SKEL_SLOTS; i++)
        if (s->slot[i])
            sum += mix(s->slot[i]);
    int n = snprintf(out, outlen, "skel1:%016" PRIx64, mix(sum ^ (uint64_t)s->n));
    return n > 0 && (size_t)n < outlen;
}
