/*
 * Visible text with source offsets, links, title, og:site_name, <base href>,
 * licence-display evidence (images, links, e-licence) and the template
 * skeleton (skeleton.c), from the stream
 * of elements and text nodes of the page: libxml2's SAX parse of the source
 * (no tree is built), or a walk of a tree when a platform profile needs one
 * for its XPath expressions; both give the same result (see ev_start()).
 *
 * Visible text skips script, style, noscript, template, head, iframe
 * content, comments, and any element carrying the `hidden` attribute or an
 * inline style display:none / visibility:hidden (with all descendants).
 * Block elements and <br> separate with '\n', table cells with '\t', other
 * whitespace (including U+00A0 and U+3000) collapses to one ' '.
 * The alt and title of a shown <img> are visible text too, each a block of
 * its own with runs of kind ALT or TITLE (see img_text()).
 *
 * Offsets.  libxml2 reports no byte offsets, so each text node is
 * located in the decoded source by an entity-aware forward search starting
 * at a cursor just past the previous located node.  Candidate positions are
 * restricted to character data: a small lexer steps over tags (with quoted
 * attributes), comments, <!...>/<?...> and the raw content of script/style,
 * so a node's text is never "found" inside an attribute or a script.  The
 * match compares the node's bytes with the source, decoding &name; / &#n;
 * / &#xh; references through libxml2's own entity table, reading CR LF as
 * LF, and stepping over tags the parser dropped inside the run and over
 * characters libxml2 drops from text (C0 controls, U+FFFE/U+FFFF).  A node
 * that is not found within SEARCH_WINDOW bytes keeps the cursor and gets the
 * cursor as its offset (best effort, never wrong order).  The bytes scanned
 * by all searches together are capped at BUDGET_FACTOR x the source size,
 * so pathological pages stay linear; past the cap, nodes get the cursor.
 * Runs are split wherever the text stops being a byte copy of the source: at
 * collapsed whitespace (a single ' ' in the source stays inside the run),
 * at separators and around entities, so for a run without entities
 * source[src_off .. src_off+len) == text[text_off .. text_off+len).
 * A run that starts at an entity points at its '&'.
 * Text of subtrees that are not shown (hidden, noscript, template ...) is
 * located too, without being emitted, so the cursor passes over it and a
 * later visible copy of the same words is not matched inside it.
 * Limits: links inside hidden subtrees are not collected; text the parser
 * moves (e.g. content after </html> or misnested table text that libxml2
 * hoists) may be found later than its first copy or fall back to the
 * cursor; numeric references libxml2 rewrites (e.g. &#0;) start a new run.
 */
#include "parser/internal.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { SEARCH_WINDOW = 4 * 1024 * 1024, BUDGET_FACTOR = 32, ANCHOR_DEPTH = 32 };
enum { SEP_NONE = 0, SEP_SPACE, SEP_CELL, SEP_LINE };
enum { CLASS_CACHE = 64 }; /* classify() hashes to 6 bits */
/* Marks map entries that came from a character reference. */
#define ENT_BIT ((size_t)1 << (sizeof(size_t) * 8 - 1))

typedef struct {
    uint64_t key[2]; /* the name, zero-padded; all zero: empty (names are never "") */
    int cls;
} class_slot;

/* One open element: its class, whether the walk entered it, and its
 * skeleton path (skeleton.c: its own when it is a marked structural
 * element, else its parent's). */
typedef struct {
    int cls;
    int entered;
    uint64_t path;
} frame;

/* An open <a>/<area> whose anchor text is being gathered (see anchor_open()). */
typedef struct {
    size_t depth;     /* depth of the anchor element */
    size_t block;     /* depth of the element whose subtree adds nothing, 0: none */
    size_t link;      /* its index in page->links, or NO_LINK */
    int shown;
    int href_licence; /* shown and the href names a licence page */
    char *fallback;   /* its own alt or title (owned), or NULL */
    pbuf text;
} anchor_col;

#define NO_LINK ((size_t)-1)

typedef struct {
    parser_page *page;
    html_extra *extra;
    const char *src;
    size_t n;
    size_t cursor;
    size_t budget; /* bytes the searches may still scan */
    pbuf text;
    parser_run *runs;
    size_t n_runs, cap_runs;
    size_t cap_links;
    size_t *map;
    size_t map_cap;
    int sep;
    int space_ok;     /* the pending SEP_SPACE is one source ' ' at space_src */
    size_t space_src;
    int run_open;
    parser_run_kind run_kind;        /* of the runs being emitted (img_text()) */
    size_t last_src;
    int head_depth;
    int strike_depth;
    size_t strike_start;
    size_t cap_strikes;
    class_slot classes[CLASS_CACHE]; /* classify() cache */
    pbuf low;                        /* lowered() result */
    /* the element stream (ev_start() ...) */
    frame *frames;                   /* open elements, w->depth of them */
    size_t depth, cap_frames;
    size_t skip_depth;               /* depth of the element not entered we are in, 0: none */
    size_t raw_depth;                /* ... and of the outermost C_RAW element in it, 0: none */
    size_t title_depth;              /* depth of the <title> being gathered, 0: none */
    pbuf title;
    anchor_col *anchors;             /* open anchors, outermost first */
    size_t n_anchors, cap_anchors;
    /* the tree driver */
    xmlChar **scratch;               /* attribute copies, see keep() */
    size_t n_scratch, cap_scratch;
    const xmlChar **atts;            /* tree_atts() result */
    size_t cap_atts;
    /* the SAX driver */
    pbuf pend;                       /* the text node being gathered */
    int pend_kind;                   /* PEND_*: what pend holds */
    int roots;                       /* root elements started */
    int root_entered;                /* the first one was entered */
    int need_tree;                   /* gave up: parse into a tree instead */
    int failed;
} walk;

/* ---- source lexer ---- */

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* End of the raw text of <script>/<style> starting at p ("</name" or EOF). */
static size_t skip_raw(const char *s, size_t n, size_t p, const char *name, size_t nl)
{
    while (p + 2 + nl <= n) {
        const char *lt = memchr(s + p, '<', n - p); /* scripts are long: jump to each '<' */
        if (!lt)
            return n;
        p = (size_t)(lt - s);
        if (p + 2 + nl > n)
            return n;
        if (s[p + 1] == '/' && strncasecmp(s + p + 2, name, nl) == 0)
            return p;
        p++;
    }
    return n;
}

/* If markup starts at s[p] ('<'), the offset just past it; else p.
 * s[n] must be NUL (the decoded source always is). */
static size_t skip_markup(const char *s, size_t n, size_t p)
{
    if (p + 1 >= n || s[p] != '<')
        return p;
    const char *hit;
    if (p + 4 <= n && memcmp(s + p, "<!--", 4) == 0) {
        hit = memmem(s + p + 4, n - p - 4, "-->", 3);
        return hit ? (size_t)(hit - s) + 3 : n;
    }
    char c = s[p + 1];
    if (c == '!' || c == '?' || (c == '/' && p + 2 < n && is_alpha(s[p + 2]))) {
        hit = memchr(s + p, '>', n - p);
        return hit ? (size_t)(hit - s) + 1 : n;
    }
    if (!is_alpha(c))
        return p;
    size_t q = p + 1;
    while (q < n && is_alpha(s[q]))
        q++;
    size_t nl = q - p - 1;
    int raw = (nl == 6 && strncasecmp(s + p + 1, "script", 6) == 0) ||
              (nl == 5 && strncasecmp(s + p + 1, "style", 5) == 0);
    char quote = 0;
    while (q < n) { /* jump from quote to quote: attribute values are long */
        if (quote) {
            const char *e = memchr(s + q, quote, n - q);
            if (!e)
                return n;
            q = (size_t)(e - s) + 1;
            quote = 0;
            continue;
        }
        q += strcspn(s + q, "\"'>"); /* stops at the latest at the NUL at s[n] */
        if (q >= n || s[q] == '>')
            break;
        if (s[q] != '\0' && q > 0 && (s[q - 1] == '=' || s[q - 1] == ' '))
            quote = s[q];
        q++;
    }
    if (q >= n)
        return n;
    q++;
    return raw ? skip_raw(s, n, q, s + p + 1, nl) : q;
}

/* Decode a character reference at s[p] == '&' into out; returns bytes of
 * source consumed (0 when it is not a reference libxml2 would decode). */
static size_t entity_at(const char *s, size_t n, size_t p, char out[4], size_t *olen)
{
    size_t q = p + 1;
    uint32_t cp = 0;
    if (q < n && s[q] == '#') {
        int hex = q + 1 < n && (s[q + 1] == 'x' || s[q + 1] == 'X');
        q += hex ? 2 : 1;
        size_t st = q;
        while (q < n && q - st < 8) {
            char c = s[q];
            int d = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            cp = cp * (hex ? 16 : 10) + (uint32_t)d;
            q++;
        }
        if (q == st)
            return 0;
        if (q < n && s[q] == ';')
            q++;
    } else {
        char name[16];
        size_t k = 0;
        while (q < n && k + 1 < sizeof name && (is_alpha(s[q]) || (s[q] >= '0' && s[q] <= '9')))
            name[k++] = s[q++];
        name[k] = '\0';
        if (k == 0 || q >= n || s[q] != ';')
            return 0;
        const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
        if (!e)
            return 0;
        cp = e->value;
        q++;
    }
    *olen = parser_utf8_put(cp == 0 ? 0xFFFD : cp, out);
    return q - p;
}

/* Length of a character at s[p] that libxml2 drops from text (C0 controls
 * other than TAB/LF/CR, U+FFFE, U+FFFF: not XML characters), else 0. */
static size_t dropped_at(const char *s, size_t n, size_t p)
{
    unsigned char c = (unsigned char)s[p];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return 1;
    if (c == 0xEF && p + 2 < n && (unsigned char)s[p + 1] == 0xBF &&
        ((unsigned char)s[p + 2] == 0xBE || (unsigned char)s[p + 2] == 0xBF))
        return 3;
    return 0;
}

/* Match node text c[0..cl) at source position p; fills map; returns the
 * end offset in source or (size_t)-1. */
static size_t match_at(const walk *w, size_t p, const char *c, size_t cl)
{
    size_t ci = 0;
    while (ci < cl) {
        /* bytes that are copied as they are: the loop below would map each
         * one to itself, so do that without its special cases */
        while (ci < cl && p < w->n && w->src[p] == c[ci] && c[ci] != '<' && c[ci] != '&' &&
               c[ci] != '\r')
            w->map[ci++] = p++;
        if (ci == cl)
            break;
        if (p >= w->n)
            return (size_t)-1;
        char ch = w->src[p];
        if (ch == '<') {
            size_t q = skip_markup(w->src, w->n, p);
            if (q != p) {
                p = q;
                continue;
            }
        }
        if (ch == '&') {
            char e[4];
            size_t el = 0;
            size_t used = entity_at(w->src, w->n, p, e, &el);
            if (used && ci + el <= cl && memcmp(c + ci, e, el) == 0) {
                for (size_t j = 0; j < el; j++)
                    w->map[ci + j] = (p + j) | ENT_BIT;
                ci += el;
                p += used;
                continue;
            }
        }
        if (ch == '\r' && c[ci] == '\n') {
            w->map[ci++] = p++;
            if (p < w->n && w->src[p] == '\n')
                p++;
            continue;
        }
        if (ch != c[ci]) {
            size_t skip = dropped_at(w->src, w->n, p);
            if (!skip)
                return (size_t)-1;
            p += skip;
            continue;
        }
        w->map[ci++] = p++;
    }
    return p;
}

/* w->map holds at least cl entries; 0 on ENOMEM (w->failed set). */
static int map_reserve(walk *w, size_t cl)
{
    if (cl > w->map_cap) {
        size_t *m = realloc(w->map, cl * sizeof *m);
        if (!m) {
            w->failed = 1;
            return 0;
        }
        w->map = m;
        w->map_cap = cl;
    }
    return 1;
}

/* Locate c in the source from the cursor; fills w->map.  0 when not found. */
static int locate(walk *w, const char *c, size_t cl)
{
    if (!map_reserve(w, cl))
        return 0;
    size_t limit = w->cursor + SEARCH_WINDOW < w->n ? w->cursor + SEARCH_WINDOW : w->n;
    size_t p = w->cursor;
    if (limit - p > w->budget)
        limit = p + w->budget;
    while (p < limit) {
        if (w->src[p] == '<') {
            size_t q = skip_markup(w->src, w->n, p);
            if (q != p) {
                p = q;
                continue;
            }
        }
        char ch = w->src[p];
        if (ch == c[0] || ch == '&' || ch == '\r') {
            size_t end = match_at(w, p, c, cl);
            if (end != (size_t)-1) {
                w->budget -= p - w->cursor < w->budget ? p - w->cursor : w->budget;
                w->cursor = end;
                return 1;
            }
        }
        p++;
    }
    w->budget -= p - w->cursor < w->budget ? p - w->cursor : w->budget;
    for (size_t i = 0; i < cl; i++)
        w->map[i] = w->cursor;
    return 0;
}

/* ---- text emission ---- */

static void want_sep(walk *w, int sep)
{
    if (sep > w->sep)
        w->sep = sep;
    w->space_ok = 0;
}

static void push_run(walk *w, size_t src_off)
{
    if (w->n_runs == w->cap_runs) {
        parser_run *r = parser_grow(w->runs, &w->cap_runs, sizeof *r, 64);
        if (!r) {
            w->failed = 1;
            return;
        }
        w->runs = r;
    }
    w->runs[w->n_runs++] = (parser_run){w->text.len, 0, src_off, w->run_kind};
}

static void emit_char(walk *w, const char *bytes, size_t k, size_t src_off)
{
    if (w->sep && w->text.len > 0) {
        static const char seps[] = {0, ' ', '\t', '\n'};
        parser_pbuf_putc(&w->text, seps[w->sep]);
        if (w->sep == SEP_SPACE && w->space_ok && w->run_open && w->n_runs &&
            src_off == w->space_src + 1) { /* a single source space: the run goes on */
            w->runs[w->n_runs - 1].len++;
            w->last_src = w->space_src;
        } else {
            w->run_open = 0;
        }
    }
    w->sep = SEP_NONE;
    w->space_ok = 0;
    if (!w->run_open || src_off != w->last_src + 1) {
        push_run(w, src_off);
        w->run_open = 1;
    }
    parser_pbuf_append(&w->text, bytes, k);
    if (w->n_runs)
        w->runs[w->n_runs - 1].len += k;
    w->last_src = src_off + k - 1;
}

/* Bytes from c[i] that continue the open run unchanged: no separator
 * pending, characters that are not spaces, each byte right after the
 * previous one in the source and none from a reference.  For them the
 * per-character path below would only append the byte and grow the run,
 * so emit_text() copies them in one go.  0 when c[i] needs that path. */
static size_t byte_run(const walk *w, const char *c, size_t cl, size_t i)
{
    if (w->sep != SEP_NONE || !w->run_open || w->n_runs == 0)
        return 0;
    size_t prev = w->last_src, j = i;
    while (j < cl) {
        unsigned char b = (unsigned char)c[j];
        size_t k = j;
        if (b < 0x80) {
            if (b == ' ' || (b >= '\t' && b <= '\r'))
                break;
            k++;
        } else if (b >= 0xE4 && b <= 0xEC && j + 2 < cl && ((unsigned char)c[j + 1] & 0xC0) == 0x80 &&
                   ((unsigned char)c[j + 2] & 0xC0) == 0x80) {
            k += 3; /* CJK and the like: well-formed, never a space */
        } else if (parser_utf8_is_space(parser_utf8_next(c, cl, &k))) {
            break;
        }
        size_t q = j;
        while (q < k && w->map[q] == prev + 1) /* ENT_BIT set: never equal */
            prev = w->map[q++];
        if (q < k)
            break;
        j = k;
    }
    return j - i;
}

static int has_ink(const char *c, size_t cl)
{
    for (size_t i = 0; i < cl; i++)
        if (!(c[i] == ' ' || c[i] == '\t' || c[i] == '\n' || c[i] == '\r' || c[i] == '\f'))
            return 1;
    return 0;
}

/* Emits c[0..cl) whose source offsets locate() (or img_tag()) put in
 * w->map. */
static void emit_mapped(walk *w, const char *c, size_t cl)
{
    size_t i = 0;
    while (i < cl) {
        size_t run = byte_run(w, c, cl, i);
        if (run) { /* the common case, in one append */
            parser_pbuf_append(&w->text, c + i, run);
            w->runs[w->n_runs - 1].len += run;
            w->last_src = w->map[i + run - 1];
            i += run;
            continue;
        }
        size_t st = i;
        uint32_t cp = parser_utf8_next(c, cl, &i);
        if (parser_utf8_is_space(cp)) {
            int first = w->sep == SEP_NONE;
            want_sep(w, SEP_SPACE);
            if (first && cp == ' ' && w->run_open && w->map[st] == w->last_src + 1) {
                w->space_ok = 1;
                w->space_src = w->map[st];
            }
            continue;
        }
        int ent = (w->map[st] & ENT_BIT) != 0;
        if (ent)
            w->run_open = 0; /* a reference never continues a byte-exact run */
        size_t k = 1; /* bytes of this character that are contiguous in the source */
        /* map has one entry per byte of c, filled by locate(); the analyzer
         * cannot follow that, hence the NOLINT */
        while (st + k < i && (w->map[st + k] & ~ENT_BIT) == (w->map[st] & ~ENT_BIT) + k) // NOLINT(clang-analyzer-core.UndefinedBinaryOperatorResult)
            k++;
        emit_char(w, c + st, k, w->map[st] & ~ENT_BIT);
        if (w->failed || w->n_runs == 0)
            return;
        for (size_t j = st + k; j < i; j++) { /* only when located best-effort */
            parser_pbuf_putc(&w->text, c[j]);
            w->runs[w->n_runs - 1].len++;
            w->run_open = 0;
            w->last_src = w->map[j] & ~ENT_BIT;
        }
        if (ent)
            w->run_open = 0;
    }
}

static void emit_text(walk *w, const char *c, size_t cl)
{
    if (!has_ink(c, cl)) {
        if (cl)
            want_sep(w, SEP_SPACE);
        return;
    }
    locate(w, c, cl);
    if (w->failed)
        return;
    emit_mapped(w, c, cl);
}

/* ---- element classification ---- */

/* Element classes.  libxml2's HTML parser lower-cases tag names, so one
 * bsearch with strcmp classifies an element.  The F_ bits name the elements
 * element_facts() reads, so that it needs no string compares of its own. */
enum { C_BLOCK = 1, C_SKIP = 2, C_STRIKE = 4, C_CELL = 8, C_BR = 16, C_HEAD = 32, C_RAW = 64 };
enum { F_A = 1 << 8, F_AREA = 1 << 9, F_IFRAME = 1 << 10, F_FRAME = 1 << 11, F_LINK = 1 << 12,
       F_META = 1 << 13, F_BASE = 1 << 14, F_TITLE = 1 << 15, F_IMG = 1 << 16 };

typedef struct {
    const char *name;
    int cls;
} elem_class;

static const elem_class CLASSES[] = { /* sorted by name */
    {"a", F_A},            {"address", C_BLOCK},    {"area", F_AREA},
    {"article", C_BLOCK},  {"aside", C_BLOCK},      {"base", F_BASE},
    {"blockquote", C_BLOCK}, {"body", C_BLOCK},     {"br", C_BR},
    {"caption", C_BLOCK},  {"center", C_BLOCK},     {"dd", C_BLOCK},
    {"del", C_STRIKE},     {"details", C_BLOCK},    {"dialog", C_BLOCK},
    {"dir", C_BLOCK},      {"div", C_BLOCK},        {"dl", C_BLOCK},
    {"dt", C_BLOCK},       {"fieldset", C_BLOCK},   {"figcaption", C_BLOCK},
    {"figure", C_BLOCK},   {"footer", C_BLOCK},     {"form", C_BLOCK},
    {"frame", F_FRAME},    {"h1", C_BLOCK},         {"h2", C_BLOCK},
    {"h3", C_BLOCK},       {"h4", C_BLOCK},         {"h5", C_BLOCK},
    {"h6", C_BLOCK},       {"head", C_HEAD},        {"header", C_BLOCK},
    {"hgroup", C_BLOCK},   {"hr", C_BLOCK},         {"html", C_BLOCK},
    {"iframe", C_SKIP | F_IFRAME}, {"img", F_IMG},  {"legend", C_BLOCK},
    {"li", C_BLOCK},       {"link", F_LINK},        {"main", C_BLOCK},
    {"menu", C_BLOCK},     {"meta", F_META},        {"nav", C_BLOCK},
    {"noscript", C_SKIP},  {"object", C_SKIP},      {"ol", C_BLOCK},
    {"option", C_BLOCK},   {"p", C_BLOCK},          {"pre", C_BLOCK},
    {"s", C_STRIKE},       {"script", C_SKIP | C_RAW}, {"section", C_BLOCK},
    {"select", C_SKIP},    {"strike", C_STRIKE},    {"style", C_SKIP | C_RAW},
    {"summary", C_BLOCK},  {"table", C_BLOCK},      {"tbody", C_BLOCK},
    {"td", C_CELL},        {"template", C_SKIP},    {"textarea", C_SKIP},
    {"tfoot", C_BLOCK},    {"th", C_CELL},          {"thead", C_BLOCK},
    {"title", C_SKIP | F_TITLE}, {"tr", C_BLOCK},   {"ul", C_BLOCK},
};

static int cmp_class(const void *key, const void *elem)
{
    return strcmp(key, ((const elem_class *)elem)->name);
}

static int lookup_class(const xmlChar *name)
{
    const elem_class *c = bsearch(name, CLASSES, sizeof CLASSES / sizeof CLASSES[0],
                                  sizeof CLASSES[0], cmp_class);
    return c ? c->cls : 0;
}

/* libxml2 2.9's HTML parser gives every element its own copy of the name
 * (xmlSplitQName), so names are compared by content.  A name of up to 16
 * bytes, zero-padded, is its own 128-bit key into a small per-walk cache:
 * a page uses a few dozen distinct tags, so nearly every element is
 * classified by two word compares instead of a bsearch. */
static int classify(walk *w, const xmlChar *name)
{
    size_t len = 0;
    while (len <= 16 && name[len])
        len++;
    if (len > 16)
        return lookup_class(name);
    uint64_t key[2] = {0, 0};
    memcpy(key, name, len);
    class_slot *slot = &w->classes[((key[0] ^ key[1]) * 0x9E3779B97F4A7C15ULL) >> 58];
    if (slot->key[0] != key[0] || slot->key[1] != key[1]) {
        slot->key[0] = key[0];
        slot->key[1] = key[1];
        slot->cls = lookup_class(name);
    }
    return slot->cls;
}
/* ---- attributes ---- */

/* Attribute `name` in a SAX attribute list (name, value pairs, NULL-ended;
 * the HTML parser has already dropped repeated names), as libxml2's tree
 * builder would store it: the value; for a valueless attribute the name if
 * it is a boolean one (htmlIsBooleanAttr), else "".  NULL when absent. */
static const char *attr(const xmlChar **atts, const char *name)
{
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *a = (const char *)atts[i];
        if (a[0] != name[0] || strcmp(a, name) != 0)
            continue;
        if (atts[i + 1])
            return (const char *)atts[i + 1];
        return htmlIsBooleanAttr(atts[i]) ? a : "";
    }
    return NULL;
}

static int has_attr(const xmlChar **atts, const char *name)
{
    for (size_t i = 0; atts && atts[i]; i += 2)
        if (strcmp((const char *)atts[i], name) == 0)
            return 1;
    return 0;
}

/* hay with ASCII letters lower-cased, in w->low (reused; valid until the
 * next call); NULL when hay is NULL or on ENOMEM.  strstr() on it finds
 * exactly what strcasestr() finds for a needle written in lower case:
 * in the C locale strcasestr() folds ASCII letters only. */
static const char *lowered(walk *w, const char *hay)
{
    if (!hay)
        return NULL;
    w->low.len = 0;
    for (const char *p = hay; *p;) {
        size_t k = strcspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        parser_pbuf_append(&w->low, p, k);
        p += k;
        if (*p)
            parser_pbuf_putc(&w->low, (char)(*p++ + 32));
    }
    if (w->low.failed) {
        w->failed = 1;
        return NULL;
    }
    if (!w->low.data)
        return "";
    w->low.data[w->low.len] = '\0'; /* an empty hay appends nothing */
    return w->low.data;
}

/* Some needle of list (lower case) occurs in hay, ignoring ASCII case. */
static int any_in(walk *w, const char *hay, const char *const *list)
{
    const char *low = lowered(w, hay);
    for (size_t i = 0; low && list[i]; i++)
        if (strstr(low, list[i]))
            return 1;
    return 0;
}

static int contains_ci(walk *w, const char *hay, const char *needle)
{
    const char *const list[] = {needle, NULL};
    return any_in(w, hay, list);
}

/* A struck-through price drawn by styling rather than by <del>/<s>: any
 * element (a <td> or <div> too) whose inline style has line-through, or an
 * inline element (no block or cell: a row of prices is often named
 * "price-line" and holds the current price too) whose class names a struck
 * or former price the way shop themes name 划线价 (price-line, line-price,
 * goods-price__line, old-price, price-old, origin-price, price-orig,
 * price-del, strike; or the two tokens "price old" / "price origin" /
 * "price line").  A needle counts only between token edges (see
 * class_has): gold-price, online-price, model-price, price-delivery are not
 * struck.  A class only: "market-price" is left out, a 市场价 needs its
 * label. */
static const char *const STRUCK_CLASS[] = {
    "line-through", "linethrough",    "strike",     "strikethrough", "price-line",
    "line-price",   "price__line",    "price-old",  "old-price",     "price-orig",
    "price-origin", "price-original", "orig-price", "origin-price",  "original-price",
    "price-del",    "del-price",      NULL};
static const char *const STRUCK_WORD[] = {"old", "origin", "orig", "original", "line", "del", NULL};

static int class_token(const char *cls, const char *word)
{
    size_t l = strlen(word);
    for (const char *p = cls; *p;) {
        p += strspn(p, " \t\n\r\f");
        size_t n = strcspn(p, " \t\n\r\f");
        if (n == l && strncasecmp(p, word, l) == 0)
            return 1;
        p += n;
    }
    return 0;
}

/* c ends or starts a part of a class name: a space, '-', '_' or the end. */
static int class_edge(char c)
{
    return c == '\0' || strchr(" \t\n\r\f-_", c) != NULL;
}

/* Some needle of list occurs in low (a lower-cased class attribute) with a
 * token edge on both sides: "old-price" in "goods old-price", not in
 * "gold-price"; "price-del" in "price-del", not in "price-delivery". */
static int class_has(const char *low, const char *const *list)
{
    for (size_t i = 0; low && list[i]; i++) {
        size_t l = strlen(list[i]);
        for (const char *p = low; (p = strstr(p, list[i])) != NULL; p++)
            if ((p == low || class_edge(p[-1])) && class_edge(p[l]))
                return 1;
    }
    return 0;
}

static int struck_class(walk *w, const char *cls)
{
    if (!cls || !*cls)
        return 0;
    if (class_has(lowered(w, cls), STRUCK_CLASS))
        return 1;
    if (!class_token(cls, "price"))
        return 0;
    for (size_t i = 0; STRUCK_WORD[i]; i++)
        if (class_token(cls, STRUCK_WORD[i]))
            return 1;
    return 0;
}

/* The element of class cls with atts is struck by styling (see above). */
static int styled_strike(walk *w, int cls, const xmlChar **atts)
{
    if (!atts || (cls & (C_STRIKE | C_SKIP)))
        return 0;
    if (contains_ci(w, attr(atts, "style"), "line-through"))
        return 1;
    if (cls & (C_BLOCK | C_CELL))
        return 0;
    return struck_class(w, attr(atts, "class"));
}

static int is_hidden(const xmlChar **atts)
{
    if (!atts)
        return 0;
    if (has_attr(atts, "hidden"))
        return 1;
    const char *st = attr(atts, "style");
    return st && parser_style_hidden(st);
}

/* ---- links and page facts ---- */

/* Appends a link.  Its anchor is "", or when anchor_later NULL until
 * anchor_close() sets it.  Returns the index of the new link, or NO_LINK
 * when it was not stored (no href, limit reached, ENOMEM). */
static size_t add_link(walk *w, const char *rel, const char *tag, const char *href,
                       int anchor_later)
{
    parser_page *pg = w->page;
    if (pg->n_links >= PARSER_MAX_LINKS || !href)
        return NO_LINK;
    if (pg->n_links == w->cap_links) {
        parser_link *l = parser_grow(pg->links, &w->cap_links, sizeof *l, 32);
        if (!l) {
            w->failed = 1;
            return NO_LINK;
        }
        pg->links = l;
    }
    parser_link *l = &pg->links[pg->n_links];
    l->href = strndup(href, 4096);
    l->tag = strdup(tag);
    l->anchor = anchor_later ? NULL : strdup("");
    l->nofollow = contains_ci(w, rel, "nofollow");
    l->role = 0;   /* a search profile may set it (profile.c) */
    if (!l->href || !l->tag || (!anchor_later && !l->anchor))
        w->failed = 1;
    return pg->n_links++;
}

static void ezz_check(walk *w, const char *href)
{
    parser_license_display *d = &w->page->license_display;
    if (!contains_ci(w, href, "zzlz.gsxt.gov.cn"))
        return;
    d->ezz_link = 1;
    const char *s = strcasestr(href, "serial=");
    if (s && !d->ezz_serial) {
        s += 7;
        d->ezz_serial = strndup(s, strcspn(s, "&#"));
        if (!d->ezz_serial)
            w->failed = 1;
    }
}

/* Needles in lower case (any_in() relies on it). */
static const char *const LICENSE_ANCHORS[] = {"营业执照", "工商亮照", "亮照", "执照信息",
                                              "证照信息", "资质证照", NULL};
/* Bare "license" is left out on purpose: software and Creative Commons
 * licence links and badges would count as a business-licence display.
 * Legacy provincial badges (sgs.gov.cn/lz ..., see DOMAIN.md) show a past
 * registration, not current compliance, and are not counted either. */
static const char *const LICENSE_HREFS[] = {"yyzz", "zhizhao", "businesslicense",
                                            "business_license", "business-license",
                                            "gsxt.gov.cn", NULL};
static const char *const LICENSE_IMGS[] = {"营业执照", "执照", "yyzz", "zhizhao", "businesslicense",
                                           "business_license", "business-license", NULL};

/* ---- anchor text ---- */

/* The registry's own home page (www.gsxt.gov.cn/): a link there names the
 * registry, as a footer's list of partner sites does, and shows no shop's
 * entry; a link into it (a query, an entry page) still counts. */
static int registry_home(const char *href)
{
    const char *h = strcasestr(href, "gsxt.gov.cn");
    if (!h)
        return 0;
    h += strlen("gsxt.gov.cn");
    return !*h || !strcmp(h, "/") || !strcasecmp(h, "/index.html") || !strcasecmp(h, "/index.htm");
}

/* Labels that, written right before a link ("营业执照：<a>点击查看</a>"),
 * make the link the licence display whatever it says. */
static const char *const LICENSE_LEADS[] = {"营业执照", "營業執照", "执照信息", "執照信息",
                                            "证照信息", "證照信息", "亮照", NULL};

/* The visible text so far ends with a licence label followed by a colon
 * ("营业执照：", "營業執照:"), or with a line that is just that label (a
 * <dt>营业执照</dt><dd><a>…</a></dd> pair): the link about to open is the
 * label's value. */
static int licence_lead(const walk *w)
{
    const char *t = w->text.data;
    size_t e = w->text.len;
    int colon = 0;
    for (int k = 0; t && e > 0 && k < 8; k++) {
        if (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n') {
            e--;
        } else if (t[e - 1] == ':') {
            e--;
            colon = 1;
        } else if (e >= 3 && (!memcmp(t + e - 3, "\xEF\xBC\x9A", 3) ||
                              !memcmp(t + e - 3, "\xE3\x80\x80", 3))) {
            colon |= t[e - 3] == '\xEF';
            e -= 3;
        } else {
            break;
        }
    }
    /* every lead ends in 照 (E7 85 A7) or 息 (E6 81 AF): most anchors stop here */
    if (!t || e < 6 || ((unsigned char)t[e - 1] != 0xA7 && (unsigned char)t[e - 1] != 0xAF))
        return 0;
    for (size_t i = 0; LICENSE_LEADS[i]; i++) {
        size_t l = strlen(LICENSE_LEADS[i]);
        if (e < l || memcmp(t + e - l, LICENSE_LEADS[i], l) != 0)
            continue;
        if (colon || e == l || t[e - l - 1] == '\n')
            return 1;
    }
    return 0;
}


/* Anchor text of an <a>/<area>: the text of its descendants in document
 * order, each text node followed by ' ', an <img> contributing its alt (or
 * title) and ' ', not entering elements of class C_SKIP nor elements more
 * than ANCHOR_DEPTH levels down, and taking no further unit once
 * PARSER_MAX_FIELD bytes are gathered.  Hidden descendants count: the anchor text is what
 * the link says, not what is rendered.  With no text at all, the element's
 * own alt or title.  Collected while its subtree streams by; the link is
 * stored when the element starts (document order of links) and gets its
 * anchor when it ends. */
static void anchor_open(walk *w, const xmlChar **atts, const char *href, size_t link, int shown)
{
    if (w->n_anchors == w->cap_anchors) {
        anchor_col *a = parser_grow(w->anchors, &w->cap_anchors, sizeof *a, 4);
        if (!a) {
            w->failed = 1;
            return;
        }
        w->anchors = a;
    }
    const char *alt = attr(atts, "alt");
    if (!alt)
        alt = attr(atts, "title");
    anchor_col *a = &w->anchors[w->n_anchors++];
    *a = (anchor_col){.depth = w->depth, .link = link, .shown = shown,
                      .href_licence = shown && ((any_in(w, href, LICENSE_HREFS) &&
                                                 !registry_home(href)) ||
                                                licence_lead(w)),
                      .fallback = alt ? strdup(alt) : NULL};
    if (alt && !a->fallback)
        w->failed = 1;
}

/* The element at depth w->depth (name, class cls) starts inside open anchors. */
static void anchor_element(walk *w, int cls, const xmlChar **atts)
{
    for (size_t i = 0; i < w->n_anchors; i++) {
        anchor_col *a = &w->anchors[i];
        if (a->block)
            continue;
        if (w->depth - a->depth > ANCHOR_DEPTH || (cls & C_SKIP)) {
            a->block = w->depth;
        } else if (cls & F_IMG) {
            if (a->text.len < PARSER_MAX_FIELD) {
                const char *alt = attr(atts, "alt");
                if (!alt)
                    alt = attr(atts, "title");
                if (alt)
                    parser_pbuf_append(&a->text, alt, strlen(alt));
                parser_pbuf_putc(&a->text, ' ');
            }
            a->block = w->depth; /* collect_text never entered an <img> */
        }
    }
}

static void anchor_text(walk *w, const char *c, size_t cl)
{
    for (size_t i = 0; i < w->n_anchors; i++) {
        anchor_col *a = &w->anchors[i];
        if (!a->block && a->text.len < PARSER_MAX_FIELD) {
            parser_pbuf_append(&a->text, c, cl);
            parser_pbuf_putc(&a->text, ' ');
        }
    }
}

/* The innermost open anchor ends: hand its text to its link. */
static void anchor_close(walk *w)
{
    anchor_col *a = &w->anchors[--w->n_anchors];
    pbuf *b = &a->text;
    if (b->len == 0 && a->fallback)
        parser_pbuf_append(b, a->fallback, strlen(a->fallback));
    char *text = b->failed ? NULL : parser_str_collapse(b->data ? b->data : "", b->len,
                                                         PARSER_MAX_FIELD);
    if (!text)
        w->failed = 1;
    else if (a->shown && (a->href_licence || any_in(w, text, LICENSE_ANCHORS)))
        w->page->license_display.link = 1;
    if (a->link != NO_LINK && text)
        w->page->links[a->link].anchor = text;
    else
        free(text);
    parser_pbuf_free(b);
    free(a->fallback);
}

/* Element-end bookkeeping of the anchors: the innermost one may end here,
 * a blocked subtree may end here. */
static void anchor_end(walk *w)
{
    if (w->n_anchors && w->anchors[w->n_anchors - 1].depth == w->depth)
        anchor_close(w);
    for (size_t i = 0; i < w->n_anchors; i++)
        if (w->anchors[i].block == w->depth)
            w->anchors[i].block = 0;
}

/* ---- element facts ---- */

static void do_anchor(walk *w, const xmlChar **atts, const char *tag, int shown)
{
    const char *href = attr(atts, "href");
    if (!href)
        return;
    if (shown)
        ezz_check(w, href);
    /* the anchor text is filled in when the element ends */
    size_t link = add_link(w, attr(atts, "rel"), tag, href, 1);
    anchor_open(w, atts, href, link, shown);
}

static void do_meta(walk *w, const xmlChar **atts)
{
    const char *prop = attr(atts, "property");
    if (!prop)
        prop = attr(atts, "name");
    const char *content = attr(atts, "content");
    const char *equiv = attr(atts, "http-equiv");
    if (content && prop && strcasecmp(prop, "og:site_name") == 0 && !w->page->site_name)
        w->page->site_name = parser_str_collapse(content, strlen(content), PARSER_MAX_FIELD);
    if (!content || !equiv || strcasecmp(equiv, "refresh") != 0)
        return;
    const char *u = strcasestr(content, "url");
    if (!u)
        return;
    u += 3;
    while (*u == ' ')
        u++;
    if (*u != '=')
        return;
    u++;
    while (*u == ' ')
        u++;
    size_t len = strlen(u);
    if (len && (*u == '\'' || *u == '"')) {
        const char *e = strchr(u + 1, *u);
        len = e ? (size_t)(e - u - 1) : len - 1;
        u++;
    }
    char *h = strndup(u, len);
    if (h)
        add_link(w, NULL, "meta-refresh", h, 0);
    free(h);
}

static void do_img(walk *w, const xmlChar **atts)
{
    static const char *const attrs[] = {"alt", "title", "src", NULL};
    for (size_t i = 0; attrs[i]; i++)
        if (any_in(w, attr(atts, attrs[i]), LICENSE_IMGS))
            w->page->license_display.image = 1;
}

/* ---- the description of a shown image ----
 *
 * The alt and title of a shown <img> are displayed text (DESIGN: a
 * displayed element counts): the alt stands in for the picture and is what
 * a screen reader says, the title shows on hover.  Each is emitted as a
 * block of its own (SEP_LINE before and after), so no negation window or
 * sentence context joins it to the text around the image, with runs of kind
 * PARSER_RUN_ALT / PARSER_RUN_TITLE mapped into the attribute's value in
 * the source.  Nothing is emitted for a hidden image (the rules of
 * is_hidden()), for a value with no ink (empty, spaces), or for a value
 * that repeats the text block right before it or the text right after the
 * tag in the source (a caption written twice, an alt equal to its title).
 * Cost: only shown images with a non-empty alt or title pay; one forward
 * scan from the cursor over tags finds the image's tag.
 */

static int attr_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Any character that is not a space (Unicode spaces too: U+3000, NBSP)? */
static int shows_ink(const char *v, size_t vl)
{
    for (size_t i = 0; i < vl;)
        if (!parser_utf8_is_space(parser_utf8_next(v, vl, &i)))
            return 1;
    return 0;
}

/* The value of attribute name (lower case) in the tag s[p..end) (from its
 * '<' to past its '>'): [*vs, *ve) in the source, quotes excluded.  0 when
 * the tag does not write it.  The first occurrence counts: libxml2 drops a
 * repeated attribute. */
static int tag_attr(const char *s, size_t p, size_t end, const char *name, size_t *vs, size_t *ve)
{
    size_t nl = strlen(name), q = p + 1;
    while (q < end && !attr_space(s[q]) && s[q] != '/' && s[q] != '>')
        q++; /* the tag name */
    while (q < end) {
        while (q < end && (attr_space(s[q]) || s[q] == '/'))
            q++;
        if (q >= end || s[q] == '>')
            return 0;
        size_t ns = q;
        while (q < end && !attr_space(s[q]) && s[q] != '=' && s[q] != '>' && s[q] != '/')
            q++;
        size_t ne = q, a = ne, b = ne;
        while (q < end && attr_space(s[q]))
            q++;
        if (q < end && s[q] == '=') {
            q++;
            while (q < end && attr_space(s[q]))
                q++;
            if (q < end && (s[q] == '"' || s[q] == '\'')) {
                const char *e = memchr(s + q + 1, s[q], end - q - 1);
                a = q + 1;
                b = e ? (size_t)(e - s) : end;
                q = e ? b + 1 : end;
            } else {
                a = q;
                while (q < end && !attr_space(s[q]) && s[q] != '>')
                    q++;
                b = q;
            }
        }
        if (ne - ns == nl && strncasecmp(s + ns, name, nl) == 0) {
            *vs = a;
            *ve = b;
            return 1;
        }
    }
    return 0;
}

/* Maps the value v[0..vl) as the parser gave it onto the source s[a..b)
 * into w->map (w->map holds vl entries): 1 when the source writes exactly
 * it, character references decoded as match_at() decodes them (their bytes
 * marked ENT_BIT, so they start runs of their own) and CR LF read as LF. */
static int attr_match(walk *w, size_t a, size_t b, const char *v, size_t vl)
{
    size_t p = a, i = 0;
    while (i < vl && p < b) {
        char ch = w->src[p];
        if (ch == '&') {
            char e[4];
            size_t el = 0, used = entity_at(w->src, b, p, e, &el);
            if (used && i + el <= vl && memcmp(v + i, e, el) == 0) {
                for (size_t j = 0; j < el; j++)
                    w->map[i + j] = (p + j) | ENT_BIT;
                i += el;
                p += used;
                continue;
            }
        }
        if (ch == '\r' && v[i] == '\n') {
            w->map[i++] = p++;
            if (p < b && w->src[p] == '\n')
                p++;
            continue;
        }
        if (ch != v[i])
            return 0;
        w->map[i++] = p++;
    }
    return i == vl && p == b;
}

/* The next <img> tag from the cursor that writes attribute name with the
 * value v[0..vl), within the search window and budget locate() has: its
 * start, its end (past '>') in *end, and w->map filled from it; the cursor
 * moves to the tag's end unless text with ink lay between (the image was
 * then not where the cursor is, and the next text node must still be found
 * after the cursor).  Not found: (size_t)-1, w->map all the cursor (best
 * effort, as locate()). */
static size_t img_tag(walk *w, const char *name, const char *v, size_t vl, size_t *end)
{
    size_t limit = w->cursor + SEARCH_WINDOW < w->n ? w->cursor + SEARCH_WINDOW : w->n;
    size_t p = w->cursor, found = (size_t)-1;
    int ink = 0;
    if (limit - p > w->budget)
        limit = p + w->budget;
    while (p < limit) {
        const char *lt = memchr(w->src + p, '<', limit - p);
        size_t at = lt ? (size_t)(lt - w->src) : limit;
        ink = ink || has_ink(w->src + p, at - p);
        if (!lt)
            break;
        p = at;
        size_t q = skip_markup(w->src, w->n, p), vs, ve;
        if (q == p) {
            p++;
            continue;
        }
        if (q - p > 5 && strncasecmp(w->src + p + 1, "img", 3) == 0 &&
            (attr_space(w->src[p + 4]) || w->src[p + 4] == '/') &&
            tag_attr(w->src, p, q, name, &vs, &ve) && attr_match(w, vs, ve, v, vl)) {
            found = p;
            *end = q;
            break;
        }
        p = q;
    }
    w->budget -= p - w->cursor < w->budget ? p - w->cursor : w->budget;
    if (found == (size_t)-1) {
        for (size_t i = 0; i < vl; i++)
            w->map[i] = w->cursor;
    } else if (!ink) {
        w->cursor = *end;
    }
    return found;
}

/* Does c[0..cl) repeat the text block emitted right before (preceded by a
 * separator or the start of the text)? */
static int repeats_before(const walk *w, const char *c, size_t cl)
{
    const pbuf *t = &w->text;
    if (t->len < cl || memcmp(t->data + t->len - cl, c, cl) != 0)
        return 0;
    if (t->len == cl)
        return 1;
    char b = t->data[t->len - cl - 1];
    return b == '\n' || b == '\t' || b == ' ';
}

/* Does c[0..cl) stand as the text right after the tag ending at q: past
 * spaces and a few tags (<figcaption>, <p>, <span> ...), then c, then a
 * tag, a space or the end? */
static int repeats_after(const walk *w, size_t q, const char *c, size_t cl)
{
    for (int k = 0; k < 8 && q < w->n; k++) {
        while (q < w->n && attr_space(w->src[q]))
            q++;
        size_t r = skip_markup(w->src, w->n, q);
        if (r == q)
            break;
        q = r;
    }
    if (q + cl > w->n || memcmp(w->src + q, c, cl) != 0)
        return 0;
    q += cl;
    return q >= w->n || w->src[q] == '<' || attr_space(w->src[q]);
}

/* Emits attribute name of the shown image (value v) as a block of kind
 * kind.  *tag and *tag_end: the image's tag in the source once found
 * ((size_t)-1: not yet looked for, or not found); the second attribute is
 * read from the same tag. */
static void img_attr_text(walk *w, const char *name, const char *v, parser_run_kind kind,
                          size_t *tag, size_t *tag_end)
{
    size_t vl = v ? strlen(v) : 0;
    if (!vl || !shows_ink(v, vl))
        return;
    char *flat = parser_str_collapse(v, vl, vl);
    if (!flat) {
        w->failed = 1;
        return;
    }
    size_t fl = strlen(flat);
    int dup = repeats_before(w, flat, fl);
    if (!dup && map_reserve(w, vl)) {
        size_t vs, ve;
        if (*tag == (size_t)-1)
            *tag = img_tag(w, name, v, vl, tag_end);
        else if (!tag_attr(w->src, *tag, *tag_end, name, &vs, &ve) || !attr_match(w, vs, ve, v, vl))
            for (size_t i = 0; i < vl; i++)
                w->map[i] = *tag + 1;
        dup = *tag != (size_t)-1 && repeats_after(w, *tag_end, flat, fl);
        if (!dup && !w->failed) {
            want_sep(w, SEP_LINE);
            w->run_open = 0;
            w->run_kind = kind;
            emit_mapped(w, v, vl);
            w->run_open = 0;
            w->run_kind = PARSER_RUN_TEXT;
            want_sep(w, SEP_LINE);
        }
    }
    free(flat);
}

static void img_text(walk *w, const xmlChar **atts)
{
    size_t tag = (size_t)-1, tag_end = 0;
    img_attr_text(w, "alt", attr(atts, "alt"), PARSER_RUN_ALT, &tag, &tag_end);
    img_attr_text(w, "title", attr(atts, "title"), PARSER_RUN_TITLE, &tag, &tag_end);
}

/* Facts carried by the element itself; cls from classify().  Licence-display
 * evidence counts only when shown (not hidden, not in <head>).  The title
 * is the text content of the first <title> reached, gathered until it ends. */
static void element_facts(walk *w, const xmlChar **atts, int cls, int shown)
{
    if (cls & (F_A | F_AREA)) {
        do_anchor(w, atts, cls & F_A ? "a" : "area", shown);
    } else if (cls & (F_IFRAME | F_FRAME)) {
        const char *src = attr(atts, "src");
        if (src && shown)
            ezz_check(w, src);
        add_link(w, attr(atts, "rel"), cls & F_IFRAME ? "iframe" : "frame", src, 0);
    } else if (cls & F_LINK) {
        const char *rel = attr(atts, "rel");
        if ((contains_ci(w, rel, "alternate") && !contains_ci(w, rel, "stylesheet")) ||
            contains_ci(w, rel, "next"))
            add_link(w, rel, "link", attr(atts, "href"), 0);
    } else if (cls & F_META) {
        do_meta(w, atts);
    } else if ((cls & F_BASE) && !w->page->base_href) {
        const char *h = attr(atts, "href");
        if (h)
            w->page->base_href = strndup(h, 4096);
    } else if ((cls & F_TITLE) && !w->page->title && !w->title_depth) {
        w->title_depth = w->depth;
        w->title.len = 0;
    } else if ((cls & F_IMG) && shown) {
        do_img(w, atts);
        img_text(w, atts);
    }
}

static void title_end(walk *w)
{
    pbuf *b = &w->title;
    w->title_depth = 0;
    if (b->failed) {
        w->failed = 1;
        return;
    }
    w->page->title = parser_str_collapse(b->data ? b->data : "", b->len, 1024);
    if (!w->page->title)
        w->failed = 1;
}

/* ---- the element stream ---- */

static void add_strike(walk *w)
{
    html_extra *x = w->extra;
    if (x->n_strikes >= PARSER_MAX_STRIKES || w->text.len == w->strike_start)
        return;
    if (x->n_strikes == w->cap_strikes) {
        text_range *r = parser_grow(x->strikes, &w->cap_strikes, sizeof *r, 16);
        if (!r) {
            w->failed = 1;
            return;
        }
        x->strikes = r;
    }
    x->strikes[x->n_strikes++] = (text_range){w->strike_start, w->text.len};
}

/*
 * The extraction consumes a stream of events: element start (local name as
 * the tree stores it, attributes), element end, and whole text nodes (what
 * the tree builder would coalesce into one node).  The libxml2 SAX parse
 * and a walk of an existing tree both produce it, and both give the same
 * result.
 *
 * Contract (what the former tree walk did): an element is "reached" when
 * no ancestor is hidden or of class C_SKIP; its facts are taken then.  A
 * reached element that is hidden or C_SKIP is not entered: the text below
 * it is only located (to move the cursor past it, so a later visible copy
 * of the same words is not matched inside it), except below elements of
 * class C_RAW, which is not even located.  The text of an entered element
 * is shown unless inside <head>.  Block and cell separators are requested
 * at the end of every reached element, entered or not.  Every entered
 * block element outside <head> goes into the template skeleton
 * (skeleton.c), hidden ones not: what a theme shows.
 */
static void ev_start(walk *w, const char *name, const xmlChar **atts)
{
    if (w->depth == w->cap_frames) {
        frame *f = parser_grow(w->frames, &w->cap_frames, sizeof *f, 64);
        if (!f) {
            w->failed = 1;
            return;
        }
        w->frames = f;
    }
    int cls = classify(w, (const xmlChar *)name);
    if (styled_strike(w, cls, atts))
        cls |= C_STRIKE;
    uint64_t parent = w->depth ? w->frames[w->depth - 1].path : PARSER_SKEL_ROOT;
    frame *f = &w->frames[w->depth++];
    *f = (frame){.cls = cls, .entered = 0, .path = parent};
    if (w->n_anchors)
        anchor_element(w, cls, atts);
    if (w->skip_depth) { /* inside an element that was not entered */
        if ((cls & C_RAW) && !w->raw_depth)
            w->raw_depth = w->depth;
        return;
    }
    int hidden = is_hidden(atts);
    element_facts(w, atts, cls, !hidden && w->head_depth == 0);
    if ((cls & C_SKIP) || hidden) {
        w->skip_depth = w->depth;
        w->raw_depth = (cls & C_RAW) ? w->depth : 0;
        return;
    }
    f->entered = 1;
    if ((cls & C_BLOCK) && w->head_depth == 0) /* the template fingerprint */
        f->path = parser_skel_element(&w->extra->skel, parent, name, attr(atts, "class"),
                                      attr(atts, "id"));
    if (cls & C_HEAD)
        w->head_depth++;
    if (cls & (C_BR | C_BLOCK))
        want_sep(w, SEP_LINE);
    if ((cls & C_STRIKE) && w->strike_depth++ == 0)
        w->strike_start = w->text.len;
}

static void ev_end(walk *w)
{
    if (w->depth == 0)
        return;
    if (w->n_anchors)
        anchor_end(w);
    if (w->title_depth == w->depth)
        title_end(w);
    frame f = w->frames[w->depth - 1];
    int reached = !w->skip_depth || w->skip_depth == w->depth;
    if (w->raw_depth == w->depth)
        w->raw_depth = 0;
    if (w->skip_depth == w->depth)
        w->skip_depth = 0;
    w->depth--;
    if (!reached)
        return;
    if (f.cls & C_BLOCK)
        want_sep(w, SEP_LINE);
    else if (f.cls & C_CELL)
        want_sep(w, SEP_CELL);
    if (!f.entered)
        return;
    if (f.cls & C_HEAD)
        w->head_depth--;
    if ((f.cls & C_STRIKE) && --w->strike_depth == 0)
        add_strike(w);
}

/* One whole text (or CDATA) node c[0..cl) of the element at w->depth. */
static void ev_text(walk *w, const char *c, size_t cl)
{
    if (w->depth == 0) /* the tree builder drops text outside any element */
        return;
    if (w->n_anchors)
        anchor_text(w, c, cl);
    if (w->title_depth)
        parser_pbuf_append(&w->title, c, cl);
    if (w->skip_depth) {
        if (!w->raw_depth && has_ink(c, cl))
            locate(w, c, cl);
    } else if (w->head_depth == 0) {
        emit_text(w, c, cl);
    }
}

/* ---- walk set-up and results ---- */

static walk walk_init(parser_page *page, html_extra *extra)
{
    return (walk){.page = page, .extra = extra, .src = page->source, .n = page->source_len,
                  .budget = BUDGET_FACTOR * page->source_len + SEARCH_WINDOW};
}

/* Frees what the walk owns; hands text and runs to the page. */
static parser_result walk_finish(walk *w)
{
    while (w->n_anchors) /* only after a failure: ended elements close them */
        anchor_close(w);
    free(w->anchors);
    free(w->frames);
    free(w->map);
    for (size_t i = 0; i < w->n_scratch; i++)
        xmlFree(w->scratch[i]);
    free(w->scratch);
    free(w->atts);
    parser_pbuf_free(&w->low);
    parser_pbuf_free(&w->title);
    parser_pbuf_free(&w->pend);
    w->page->text = parser_pbuf_take(&w->text, &w->page->text_len);
    w->page->runs = w->runs;
    w->page->n_runs = w->n_runs;
    if (w->failed || !w->page->text)
        return PARSER_ENOMEM;
    return PARSER_OK;
}

/* Undoes what a walk put into the page and extra (before a second try). */
static void walk_discard(walk *w)
{
    parser_page *pg = w->page;
    walk_finish(w);
    free(pg->text);
    free(pg->runs);
    for (size_t i = 0; i < pg->n_links; i++) {
        free(pg->links[i].href);
        free(pg->links[i].tag);
        free(pg->links[i].anchor);
    }
    free(pg->links);
    free(pg->title);
    free(pg->site_name);
    free(pg->base_href);
    free(pg->license_display.ezz_serial);
    free(pg->license_display.ezz_company);
    pg->text = NULL;
    pg->text_len = 0;
    pg->runs = NULL;
    pg->n_runs = 0;
    pg->links = NULL;
    pg->n_links = 0;
    pg->title = pg->site_name = pg->base_href = NULL;
    pg->license_display = (parser_license_display){0};
    free(w->extra->strikes);
    *w->extra = (html_extra){0};
}

/* ---- driver 1: a tree (pages a platform profile will query with XPath) ---- */

/* Keeps a value xmlGetProp() built until the walk ends (owner: w->scratch). */
static const xmlChar *keep(walk *w, xmlChar *v)
{
    if (!v)
        return NULL;
    if (w->n_scratch == w->cap_scratch) {
        xmlChar **s = parser_grow(w->scratch, &w->cap_scratch, sizeof *s, 8);
        if (!s) {
            xmlFree(v);
            w->failed = 1;
            return NULL;
        }
        w->scratch = s;
    }
    w->scratch[w->n_scratch++] = v;
    return v;
}

/* n's attributes as a SAX list in w->atts (valid until the next call), the
 * values borrowed from the tree: the HTML parser stores a value as one text
 * node, or none for a valueless non-boolean attribute (see libxml2's
 * xmlSAX2AttributeInternal); other shapes fall back to a kept copy.  NULL
 * when n has none (or on ENOMEM). */
static const xmlChar **tree_atts(walk *w, xmlNodePtr n)
{
    size_t k = 0;
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        k += 2;
    if (k == 0)
        return NULL;
    if (k + 1 > w->cap_atts) {
        const xmlChar **t = realloc(w->atts, (k + 1) * sizeof *t);
        if (!t) {
            w->failed = 1;
            return NULL;
        }
        w->atts = t;
        w->cap_atts = k + 1;
    }
    k = 0;
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        xmlNodePtr v = a->children;
        const xmlChar *val = (const xmlChar *)"";
        if (v && !v->next && (v->type == XML_TEXT_NODE || v->type == XML_CDATA_SECTION_NODE))
            val = v->content;
        else if (v)
            val = keep(w, xmlNodeListGetString(n->doc, v, 1));
        w->atts[k++] = a->name;
        w->atts[k++] = val ? val : (const xmlChar *)"";
    }
    w->atts[k] = NULL;
    return w->atts;
}

/* Replays the tree below doc as the event stream, in document order. */
static void replay(walk *w, xmlNodePtr doc)
{
    xmlNodePtr n = doc->children;
    while (n && !w->failed) {
        if (n->type == XML_ELEMENT_NODE) {
            ev_start(w, (const char *)n->name, tree_atts(w, n));
            if (n->children) {
                n = n->children;
                continue;
            }
            ev_end(w);
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            ev_text(w, (const char *)n->content, strlen((const char *)n->content));
        }
        while (n != doc && !n->next) {
            n = n->parent;
            if (n != doc)
                ev_end(w);
        }
        n = n == doc ? NULL : n->next;
    }
}

parser_result parser_html_extract(htmlDocPtr doc, parser_page *page, html_extra *extra)
{
    walk w = walk_init(page, extra);
    replay(&w, (xmlNodePtr)doc);
    return walk_finish(&w);
}

/* ---- driver 2: libxml2's SAX interface, no tree ---- */

/*
 * The HTML parser builds its tree only through the SAX callbacks, so with
 * our own callbacks it reports the same elements, attributes and character
 * data.  What the tree builder (libxml2 2.9's SAX2.c) adds is reproduced
 * here: a text node is the concatenation of consecutive characters (or
 * cdataBlock) callbacks of one kind, ended by any other event; text outside
 * any element is dropped; an element is named by its local part
 * (xmlSplitQName: "o:p" is a "p").  The parse gives up, and the caller
 * parses again into a tree, where the tree builder does something else:
 * past MAX_DEPTH open elements (nodePush halts the parser at 256), on a
 * text node of MAX_TEXT bytes or more (it stops at XML_MAX_TEXT_LENGTH), and
 * on a second root element when the first was not entered (the tree hangs it
 * below the first root; when the first root was entered this changes only
 * the order of equal line separators, which has no effect).
 */
enum { MAX_DEPTH = 250, MAX_TEXT = 1 << 20 };
enum { PEND_NONE = 0, PEND_TEXT, PEND_CDATA };

static void give_up(walk *w, xmlParserCtxtPtr ctxt)
{
    w->need_tree = 1;
    xmlStopParser(ctxt);
}

static void flush_text(walk *w)
{
    if (w->pend_kind != PEND_NONE)
        ev_text(w, w->pend.data ? w->pend.data : "", w->pend.len);
    w->pend.len = 0;
    w->pend_kind = PEND_NONE;
}

static void sax_data(void *ctx, const xmlChar *ch, int len, int kind)
{
    xmlParserCtxtPtr ctxt = ctx;
    walk *w = ctxt->_private;
    if (w->need_tree || w->depth == 0)
        return;
    /* script and style bodies: ev_text would drop them (they are skipped,
     * never located, and block open anchors), so neither copy them nor let
     * a big inline script send the page to a second, tree parse */
    if (w->raw_depth && !w->title_depth)
        return;
    if (w->pend_kind != kind)
        flush_text(w);
    w->pend_kind = kind;
    parser_pbuf_append(&w->pend, (const char *)ch, (size_t)len);
    if (w->pend.len >= MAX_TEXT)
        give_up(w, ctxt);
}

static void sax_characters(void *ctx, const xmlChar *ch, int len)
{
    sax_data(ctx, ch, len, PEND_TEXT);
}

static void sax_cdata(void *ctx, const xmlChar *ch, int len)
{
    sax_data(ctx, ch, len, PEND_CDATA);
}

/* Comments and processing instructions only end a text node. */
static void sax_comment(void *ctx, const xmlChar *value)
{
    (void)value;
    flush_text(((xmlParserCtxtPtr)ctx)->_private);
}

static void sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    (void)target;
    (void)data;
    flush_text(((xmlParserCtxtPtr)ctx)->_private);
}

static void sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    xmlParserCtxtPtr ctxt = ctx;
    walk *w = ctxt->_private;
    if (w->need_tree)
        return;
    flush_text(w);
    if ((w->depth == 0 && w->roots && !w->root_entered) || w->depth >= MAX_DEPTH) {
        give_up(w, ctxt);
        return;
    }
    if (w->depth == 0)
        w->roots++;
    xmlChar *local = NULL, *prefix = NULL;
    if (strchr((const char *)name, ':')) {
        local = xmlSplitQName(ctxt, name, &prefix);
        if (!local) {
            xmlFree(prefix);
            w->failed = 1;
            xmlStopParser(ctxt);
            return;
        }
    }
    ev_start(w, (const char *)(local ? local : name), atts);
    xmlFree(local);
    xmlFree(prefix);
    if (w->depth == 1)
        w->root_entered = w->frames[0].entered;
    if (w->failed)
        xmlStopParser(ctxt);
}

static void sax_end(void *ctx, const xmlChar *name)
{
    (void)name; /* the tree builder ends its current element whatever the name */
    walk *w = ((xmlParserCtxtPtr)ctx)->_private;
    if (w->need_tree)
        return;
    flush_text(w);
    ev_end(w);
}

/* Parses w's source with ctxt (made by xmlCreateMemoryParserCtxt), set up as
 * htmlReadMemory() does, with our handler in place of the tree builder. */
static void sax_parse(walk *w, xmlParserCtxtPtr ctxt)
{
    xmlSAXHandlerPtr sax = ctxt->sax;
    xmlSAX2InitHtmlDefaultSAXHandler(sax);
    sax->internalSubset = NULL; /* build nothing */
    sax->externalSubset = NULL;
    sax->startDocument = NULL;
    sax->endDocument = NULL;
    sax->reference = NULL;
    sax->ignorableWhitespace = NULL; /* the tree builder ignores it too */
    sax->startElement = sax_start;
    sax->endElement = sax_end;
    sax->characters = sax_characters;
    sax->cdataBlock = sax_cdata;
    sax->comment = sax_comment;
    sax->processingInstruction = sax_pi;
    htmlCtxtUseOptions(ctxt, PARSER_HTML_OPTS); /* after: it turns error reports off */
    ctxt->html = 1;
    ctxt->_private = w;
    htmlParseDocument(ctxt);
}

parser_result parser_html_stream(parser_page *page, html_extra *extra, int *need_tree)
{
    *need_tree = 0;
    walk w = walk_init(page, extra);
    int n = page->source_len > (size_t)0x7fffffff ? 0x7fffffff : (int)page->source_len;
    xmlParserCtxtPtr ctxt = n > 0 ? xmlCreateMemoryParserCtxt(page->source, n) : NULL;
    if (ctxt && ctxt->sax)
        sax_parse(&w, ctxt);
    else if (n > 0)
        w.failed = 1; /* n == 0: no document, as htmlReadMemory() */
    if (ctxt) {
        xmlFreeDoc(ctxt->myDoc); /* none without startDocument; accepts NULL */
        ctxt->myDoc = NULL;
        xmlFreeParserCtxt(ctxt);
    }
    if (w.need_tree) {
        walk_discard(&w);
        *need_tree = 1;
        return PARSER_OK;
    }
    flush_text(&w);
    while (w.depth && !w.failed) /* the tree would hold unclosed elements as they are */
        ev_end(&w);
    return walk_finish(&w);
}
