/*
 * sitemap.c — sitemap parsing with libxml2's streaming reader (constant
 * memory per document, whatever its size) and zlib for gzip; see
 * sitemap.h for the contract.
 *
 * Safety: XML_PARSE_NONET forbids fetching anything; entities are not
 * substituted (no XML_PARSE_NOENT) and no DTD is loaded (no
 * XML_PARSE_DTDLOAD), so external entities are never read; libxml2's own
 * limits apply (XML_PARSE_HUGE is not set).  Errors are routed to a silent
 * handler because library code never prints.
 */
#include "sitemap.h"

#include <ctype.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

const char *sitemap_strerror(sitemap_result r)
{
    switch (r) {
    case SITEMAP_OK: return "ok";
    case SITEMAP_ENOMEM: return "out of memory";
    case SITEMAP_EGZIP: return "corrupt gzip data";
    case SITEMAP_ETOOBIG: return "sitemap too large";
    case SITEMAP_EPARSE: return "not a sitemap";
    }
    return "unknown error";
}

void sitemap_free(sitemap *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n_urls; i++)
        free(s->urls[i]);
    free(s->urls);
    free(s);
}

/* Gunzip (all members) into a new buffer of at most SITEMAP_MAX_BYTES. */
static sitemap_result gunzip(const char *in, size_t len, char **out, size_t *outlen)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    sitemap_result result = SITEMAP_OK;
    if (!buf || inflateInit2(&z, 15 + 32) != Z_OK) {
        free(buf);
        return SITEMAP_ENOMEM;
    }
    z.next_in = (Bytef *)(uintptr_t)in;
    z.avail_in = (uInt)(len > UINT32_MAX ? UINT32_MAX : len);
    for (;;) {
        if (n == cap) {
            char *nb = cap >= SITEMAP_MAX_BYTES ? NULL : realloc(buf, cap * 2);
            if (!nb) {
                result = cap >= SITEMAP_MAX_BYTES ? SITEMAP_ETOOBIG : SITEMAP_ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        z.next_out = (Bytef *)buf + n;
        z.avail_out = (uInt)(cap - n);
        int rc = inflate(&z, Z_NO_FLUSH);
        n = cap - z.avail_out;
        if (rc == Z_STREAM_END && z.avail_in > 0 && inflateReset(&z) == Z_OK)
            continue; /* another gzip member follows */
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK && !(rc == Z_BUF_ERROR && z.avail_out == 0)) {
            result = SITEMAP_EGZIP;
            break;
        }
    }
    inflateEnd(&z);
    if (result != SITEMAP_OK) {
        free(buf);
        return result;
    }
    *out = buf;
    *outlen = n;
    return SITEMAP_OK;
}

/* Trim s[0..n) and append it (when it is a plausible URL) to sm. */
static sitemap_result add_url(sitemap *sm, size_t max, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n == 0 || n > SITEMAP_MAX_URL_LEN || memchr(s, '\0', n))
        return SITEMAP_OK;
    if (sm->n_urls >= max) {
        sm->truncated = 1;
        return SITEMAP_OK;
    }
    if (sm->n_urls % 64 == 0) {
        char **nu = realloc(sm->urls, (sm->n_urls + 64) * sizeof *nu);
        if (!nu)
            return SITEMAP_ENOMEM;
        sm->urls = nu;
    }
    if (!(sm->urls[sm->n_urls] = strndup(s, n)))
        return SITEMAP_ENOMEM;
    sm->n_urls++;
    return SITEMAP_OK;
}

static void silent(void *arg, xmlErrorPtr err)
{
    (void)arg;
    (void)err;
}

/* Text of the current <loc>, accumulated across text and CDATA nodes. */
typedef struct {
    char *p;
    size_t len;
    int in_loc, overflow;
} loctext;

static void loc_append(loctext *t, const char *s)
{
    size_t n = strlen(s);
    if (t->overflow || t->len + n > SITEMAP_MAX_URL_LEN + 256) {
        t->overflow = 1;
        return;
    }
    char *np = realloc(t->p, t->len + n + 1);
    if (!np) {
        t->overflow = 1;
        return;
    }
    memcpy(np + t->len, s, n + 1);
    t->p = np;
    t->len += n;
}

static sitemap_result parse_xml(const char *buf, size_t len, size_t max, sitemap *sm)
{
    xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)len, NULL, NULL,
                                            XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    sitemap_result result = SITEMAP_OK;
    loctext t = {0};
    int rc, seen_root = 0;
    if (!r)
        return SITEMAP_ENOMEM;
    xmlTextReaderSetStructuredErrorHandler(r, silent, NULL);
    while (result == SITEMAP_OK && (rc = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r);
        const char *name = (const char *)xmlTextReaderConstLocalName(r);
        if (type == XML_READER_TYPE_ELEMENT && !seen_root) {
            seen_root = 1;
            if (name && !strcmp(name, "sitemapindex"))
                sm->is_index = 1;
            else if (!name || strcmp(name, "urlset"))
                result = SITEMAP_EPARSE;
        } else if (type == XML_READER_TYPE_ELEMENT && name && !strcmp(name, "loc") &&
                   !xmlTextReaderIsEmptyElement(r)) {
            t.in_loc = 1;
            t.len = 0;
            t.overflow = 0;
        } else if (t.in_loc && (type == XML_READER_TYPE_TEXT ||
                                type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            if (v)
                loc_append(&t, v);
        } else if (t.in_loc && type == XML_READER_TYPE_END_ELEMENT && name &&
                   !strcmp(name, "loc")) {
            t.in_loc = 0;
            if (!t.overflow && t.p)
                result = add_url(sm, max, t.p, t.len);
        }
    }
    if (result == SITEMAP_OK && !seen_root)
        result = SITEMAP_EPARSE;
    if (result == SITEMAP_OK && rc < 0)
        sm->malformed = 1;
    free(t.p);
    xmlFreeTextReader(r);
    return result;
}

/* One URL per line (sitemaps.org "text file" format). */
static sitemap_result parse_text(const char *buf, size_t len, size_t max, sitemap *sm)
{
    const char *p = buf, *end = buf + len;
    sitemap_result result = SITEMAP_OK;
    while (p < end && result == SITEMAP_OK) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        const char *s = p;
        while (s < eol && isspace((unsigned char)*s))
            s++;
        size_t n = (size_t)(eol - s);
        if ((n > 7 && !strncasecmp(s, "http://", 7)) || (n > 8 && !strncasecmp(s, "https://", 8)))
            result = add_url(sm, max, s, n);
        p = eol + 1;
    }
    return (result == SITEMAP_OK && sm->n_urls == 0 && !sm->truncated) ? SITEMAP_EPARSE : result;
}

sitemap_result sitemap_parse(const char *bytes, size_t len, size_t max_urls, sitemap **out)
{
    char *plain = NULL;
    *out = NULL;
    if (!bytes)
        return SITEMAP_EPARSE;
    if (len >= 2 && (unsigned char)bytes[0] == 0x1f && (unsigned char)bytes[1] == 0x8b) {
        sitemap_result rc = gunzip(bytes, len, &plain, &len);
        if (rc != SITEMAP_OK)
            return rc;
        bytes = plain;
    }
    if (len > SITEMAP_MAX_BYTES) {
        free(plain);
        return SITEMAP_ETOOBIG;
    }
    if (max_urls == 0 || max_urls > SITEMAP_MAX_URLS)
        max_urls = SITEMAP_MAX_URLS;
    sitemap *sm = calloc(1, sizeof *sm);
    size_t skip = (len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3)) ? 3 : 0;
    while (skip < len && isspace((unsigned char)bytes[skip]))
        skip++;
    sitemap_result result = SITEMAP_ENOMEM;
    if (sm)
        result = (skip < len && bytes[skip] == '<')
                     ? parse_xml(bytes, len, max_urls, sm)
                     : parse_text(bytes + skip, len - skip, max_urls, sm);
    free(plain);
    if (result != SITEMAP_OK) {
        sitemap_free(sm);
        return result;
    }
    *out = sm;
    return SITEMAP_OK;
}
