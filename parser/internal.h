/*
 * Module-private declarations shared by the parser's source files.
 * Nothing here is part of the public contract (parser/parser.h).
 */
#ifndef WANGJIAN_PARSER_INTERNAL_H
#define WANGJIAN_PARSER_INTERNAL_H

#include "parser/parser.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <stddef.h>
#include <stdint.h>

/* Hard limits on what a hostile page can make us store. */
enum {
    PARSER_MAX_LINKS = 5000,
    PARSER_MAX_LICENSES = 64,
    PARSER_MAX_ICPS = 64,
    PARSER_MAX_PRICES = 1000,
    PARSER_MAX_SIGNALS = 200,
    PARSER_MAX_STRIKES = 4096,
    PARSER_MAX_CERTS = 64,
    PARSER_MAX_FIELD = 512 /* bytes kept of a company name, address, anchor ... */
};

/* Growable byte buffer; on allocation failure `failed` is set and further
 * appends are ignored, so callers check once at the end. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
    int failed;
} pbuf;

void parser_pbuf_append(pbuf *b, const char *s, size_t n);
/* v (an array of *cap elements of elem bytes) reallocated to twice *cap, or
 * to first when empty; *cap is updated.  NULL on failure, v untouched. */
void *parser_grow(void *v, size_t *cap, size_t elem, size_t first);
void parser_pbuf_putc(pbuf *b, char c);
/* NUL-terminates and hands data to the caller (caller frees); NULL on failure. */
char *parser_pbuf_take(pbuf *b, size_t *len);
void parser_pbuf_free(pbuf *b);

/* UTF-8 helpers.  parser_utf8_next decodes the code point at s[*i] (i < n), advances
 * *i, and returns U+FFFD for a malformed byte (advancing by one). */
uint32_t parser_utf8_next(const char *s, size_t n, size_t *i);
size_t parser_utf8_put(uint32_t cp, char out[4]);
/* Code point that ends just before s[i], its start in *start; 0 when i == 0. */
uint32_t parser_utf8_prev(const char *s, size_t i, size_t *start);
int parser_utf8_is_space(uint32_t cp); /* ASCII space, NBSP, U+3000, other Zs */
/* An inline style that hides its element (display:none, visibility:hidden;
 * case and white space ignored). */
int parser_style_hidden(const char *style);
/* Duplicate s[0..n) collapsing whitespace runs to one ' ', trimmed; at most
 * max bytes (cut on a character boundary).  Caller frees; NULL on ENOMEM. */
char *parser_str_collapse(const char *s, size_t n, size_t max);

/* ---- label sets (util.c): every label of a list found in one pass ----
 * The extractors look for lists of labels (营业执照, 證書編號, 微信 ...).
 * A label set indexes them by first byte and, per first byte, by the
 * second byte, so a scan reads each byte of the text once and compares
 * whole labels only where both bytes fit, instead of one memmem pass or
 * one memcmp per label and position.  Labels are 2 to 255 bytes, at most
 * PARSER_LABELSET_MAX per set; a set borrows its strings (static lists). */
enum { PARSER_LABELSET_MAX = 32 };
typedef struct {
    const char *label[PARSER_LABELSET_MAX];
    uint8_t len[PARSER_LABELSET_MAX];
    size_t n;
    uint8_t lead[256]; /* 1 + row of a first byte, 0: no label starts so */
    uint8_t rows;
    uint64_t second[PARSER_LABELSET_MAX][4]; /* per row: the second bytes that follow it */
    uint32_t labels[PARSER_LABELSET_MAX];    /* per row: the labels (bit k: label k) */
    int fold; /* parser_labelset_fold() */
} parser_labelset;

/* An empty set. */
void parser_labelset_init(parser_labelset *s);
/* Adds label (borrowed, 2..255 bytes) as label number s->n. */
void parser_labelset_add(parser_labelset *s, const char *label);
/* Call before the first parser_labelset_add().  A label then also matches
 * text that writes any of its characters after the first in the other
 * script (parser_simplified() of both sides equal): templates mix scripts
 * ("注冊號", "統一社会信用代码").  The first character still picks the row, so
 * list a label's traditional form too when its first character has one
 * (註冊號 beside 注册号).  ASCII letters match in either case ("uscc",
 * "Registration no"): add indexes both cases of a label's first two bytes. */
void parser_labelset_fold(parser_labelset *s);
/* parser_labelset_at past its first-byte test (it repeats the test, so it
 * is safe on its own). */
uint32_t parser_labelset_match(const parser_labelset *s, const char *t, size_t n, size_t i);
/* The labels that start at t[i] and end within t[0..n): bit k for label k,
 * 0 when none (or i >= n).  Inline, as callers ask at every byte: most
 * bytes start no label and cost one table look-up. */
static inline uint32_t parser_labelset_at(const parser_labelset *s, const char *t, size_t n,
                                          size_t i)
{
    if (i + 1 >= n || !s->lead[(unsigned char)t[i]])
        return 0;
    return parser_labelset_match(s, t, n, i);
}
/* The first offset p >= from where a label lies wholly inside t[from..to),
 * with its labels (as parser_labelset_at) in *found; to when there is none. */
size_t parser_labelset_next(const parser_labelset *s, const char *t, size_t from, size_t to,
                            uint32_t *found);

typedef struct {
    size_t pos;   /* offset of the label in the text */
    size_t label; /* its number in the set */
} parser_label_hit;

/* Every occurrence in t[0..n) that one memmem pass per label finds — each
 * label's search resumes after its previous occurrence, so occurrences of
 * one label do not overlap — ordered as those passes would give them: by
 * label number, then offset.  *hits: caller frees (NULL when none).
 * Returns the count, or (size_t)-1 when memory ran out (*hits NULL). */
size_t parser_labelset_all(const parser_labelset *s, const char *t, size_t n,
                           parser_label_hit **hits);

/* ---- codes after a label (util.c): licence numbers, certificate numbers ----
 * A label, separators, then a value read as ASCII with full-width forms
 * folded: the shape every "证书编号：ＧＲ２０２３…" or "信用代码 913702 028428"
 * on a page takes.  What counts as a value character, which separators may
 * sit between label and value and between groups, and how far groups join
 * differ per kind of code; the rules say so. */

/* U+FF01..U+FF5E (full-width ASCII) as ASCII; any other cp unchanged. */
uint32_t parser_fold_width(uint32_t cp);
/* A traditional character of the labels' vocabulary (號 網 備 統 證 碼 註 冊
 * ...) as its simplified form; any other cp unchanged. */
uint32_t parser_simplified(uint32_t cp);

typedef struct {
    char (*ch)(uint32_t cp);  /* ASCII form of a value character (after folding), or 0 */
    int (*skip)(uint32_t cp); /* a separator between label and value */
    int max_skip;             /* at most this many of them are skipped */
    int max_lines;            /* line breaks that may also sit there (a label above its
                                 value: <dt>/<dd>, stacked cells); they count in max_skip */
    int (*join)(uint32_t cp); /* one of these may join two groups (not copied) */
    size_t fit;               /* > 0: a join only while the value, the next group included,
                                 stays within fit characters; 0: a join only before an ASCII
                                 value character */
    int stop_at_cap;          /* stop at cap - 1 characters (else count on, copying no more) */
} parser_code_rules;

/* The value after a label ending at t[i], by rules r: its ASCII copy in
 * out (at most cap - 1 characters, NUL-terminated; cap >= 1), its extent in
 * t in *st and *end (*st == *end when there is none).  Returns how many
 * value characters were read (may exceed cap - 1 unless r->stop_at_cap). */
size_t parser_read_code(const char *t, size_t n, size_t i, const parser_code_rules *r, char *out,
                        size_t cap, size_t *st, size_t *end);

/* ---- charset.c ---- */
/* Decide the charset and decode body to UTF-8 (NUL and invalid bytes become
 * U+FFFD).  Sets page->source, source_len, charset, charset_source. */
parser_result parser_charset_decode(const char *body, size_t len, const char *content_type,
                             parser_page *page);

/* ---- skeleton.c: the template fingerprint (see there) ---- */
/* SKEL_SLOTS: a power of two, twice SKEL_MAX so that probes stay short. */
enum { PARSER_SKEL_SLOTS = 512, PARSER_SKEL_MAX = 256, PARSER_SKEL_MIN = 8 };
#define PARSER_SKEL_ROOT 0xcbf29ce484222325ULL /* FNV-1a offset basis: the path of the root */

/* The distinct marked paths of a page's structural elements; all zero when
 * empty (so a zeroed html_extra starts one). */
typedef struct {
    uint64_t slot[PARSER_SKEL_SLOTS];
    size_t n;
} parser_skel;

/* A structural element name (class and id attributes, each may be NULL)
 * below the element whose path is parent: its own path, recorded in s, or
 * parent when it carries no class or id token (digits do not count). */
uint64_t parser_skel_element(parser_skel *s, uint64_t parent, const char *name, const char *cls,
                             const char *id);
/* "skel1:" and 16 hex digits into out: 1, or 0 when the page has fewer
 * than PARSER_SKEL_MIN distinct paths (or out is too short). */
int parser_skel_value(const parser_skel *s, char *out, size_t outlen);

/* ---- html.c ---- */
/* Text ranges that were struck through (<del>, <s>, <strike>). */
typedef struct {
    size_t start, end;
} text_range;

/* What the walk hands to the later extractors. */
typedef struct {
    text_range *strikes;
    size_t n_strikes;
    parser_skel skel; /* filled by the walk (structural elements it entered) */
} html_extra;

/* libxml2 options of every HTML parse of page->source (see parser.c). */
enum { PARSER_HTML_OPTS = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                          HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT };

/* Visible text + runs, links, title, site name, base href, licence display
 * evidence (except the exemption statement), into page and extra.
 * parser_html_stream() parses page->source with libxml2's SAX interface and
 * builds no tree; when the page needs the tree builder's own handling (see
 * html.c) it sets *need_tree and leaves page and extra as they were, and the
 * caller parses into a tree and uses parser_html_extract().  Both give the
 * same result for the same source. */
parser_result parser_html_stream(parser_page *page, html_extra *extra, int *need_tree);
parser_result parser_html_extract(htmlDocPtr doc, parser_page *page, html_extra *extra);

/* ---- license.c / icp.c / price.c ---- */
/* profiles: may be NULL; its [identity] uscc marks the platform's own licence. */
parser_result parser_license_extract(parser_page *page, const parser_profiles *profiles);
parser_result parser_icp_extract(parser_page *page);
/* item_base: the key prefix (profile item id or URL path); item_page: the
 * whole page is one item; price_hint: text of the profile's price node or
 * NULL (its first price picks the current price on item pages). */
parser_result parser_price_extract(parser_page *page, const html_extra *extra,
                                   const char *item_base, int item_page, const char *price_hint);
void parser_license_free_fields(parser_license *l);

/* ---- cert.c ---- */
/* Certificate numbers of the visible text into page->certs;
 * parser_certs_free empties them (accepts a page without any). */
parser_result parser_cert_extract(parser_page *page);
void parser_certs_free(parser_page *page);

/* ---- signals.c ---- */
/* Identity signals of page (after the licence and ICP extraction, whose
 * results it reuses, and the profile, which sets page->platform) into
 * page->signals; extra: the walk's skeleton, for the "template" signal.
 * parser_signals_free empties them. */
parser_result parser_signals_extract(parser_page *page, const html_extra *extra);
void parser_signals_free(parser_page *page);

/* ---- profile.c ---- */
/* What a profile found besides the page fields; both owned by the caller
 * (parser_profile_hits_free), NULL when absent. */
typedef struct {
    char *item_id;    /* "platform:id" from the item URL */
    char *price_text; /* text of the first node of the price XPath */
} profile_hits;

/* Apply the profile matching url (if any) to page: platform, page_kind,
 * shop_name, mark_*, and fill *hits. */
parser_result parser_profile_apply(const parser_profiles *profiles, const char *url, htmlDocPtr doc,
                            parser_page *page, profile_hits *hits);
void parser_profile_hits_free(profile_hits *h);
/* A profile of profiles (may be NULL) applies to url (may be NULL). */
int parser_profile_matches(const parser_profiles *profiles, const char *url);

/* URL helpers (no normalisation beyond splitting). */
/* Host of url, lower-cased, into out (empty when none). */
void parser_url_host(const char *url, char *out, size_t outlen);
/* Path (plus "?query" when with_query) of url, "/" when empty; caller frees. */
char *parser_url_path(const char *url, int with_query);

#endif
