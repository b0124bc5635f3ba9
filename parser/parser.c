/*
 * parser_parse(): the pipeline — decode (charset.c), parse the UTF-8 text
 * with libxml2 and take text and links from it (html.c: a SAX parse, or a
 * recovering tree when the URL's platform profile needs XPath), apply the
 * profile (profile.c), then extract licence / ICP / price facts from the
 * visible text and the source (license.c, icp.c, price.c).
 *
 * libxml2 is called (PARSER_HTML_OPTS) with RECOVER|NONET|NOERROR|NOWARNING|IGNORE_ENC: the
 * input is already UTF-8 (IGNORE_ENC stops a <meta charset> from switching
 * the decoder again), no network and no external entities (the HTML parser
 * never loads them; NONET makes that explicit).  NOBLANKS is deliberately
 * not used: whitespace-only nodes between inline elements separate words.
 * The encoding argument is NULL, not "UTF-8": naming it makes libxml2 push
 * the whole input through its UTF-8 "converter" in chunks, which costs about
 * a third of the parse.  Without a name libxml2 reads the buffer in place as
 * UTF-8 (its default); the source never holds NUL or malformed bytes, so the
 * 4-byte sniff cannot pick UTF-16/UCS-4/EBCDIC, and a leading BOM is skipped
 * either way.
 */
#include "parser/internal.h"

#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

const char *parser_strerror(parser_result r)
{
    switch (r) {
    case PARSER_OK: return "success";
    case PARSER_ENOMEM: return "out of memory";
    case PARSER_EINVAL: return "invalid argument";
    case PARSER_ECHARSET: return "no converter for the page charset";
    case PARSER_EHTML: return "HTML could not be parsed";
    case PARSER_EIO: return "profile file unreadable";
    case PARSER_ESYNTAX: return "profile file malformed";
    }
    return "unknown parser error";
}

void parser_global_init(void)
{
    xmlInitParser();
}

static void free_links(parser_page *p)
{
    for (size_t i = 0; i < p->n_links; i++) {
        free(p->links[i].href);
        free(p->links[i].tag);
        free(p->links[i].anchor);
    }
    free(p->links);
    p->links = NULL;
    p->n_links = 0;
}

void parser_page_trim(parser_page *p)
{
    if (!p)
        return;
    free(p->source);
    p->source = NULL;
    p->source_len = 0;
    free_links(p);
}

void parser_page_free(parser_page *p)
{
    if (!p)
        return;
    free(p->source);
    free(p->title);
    free(p->site_name);
    free(p->shop_name);
    free(p->shop_id);
    free(p->base_href);
    free(p->text);
    free(p->runs);
    free_links(p);
    for (size_t i = 0; i < p->n_licenses; i++)
        parser_license_free_fields(&p->licenses[i]);
    free(p->licenses);
    free(p->license_display.ezz_serial);
    free(p->license_display.ezz_company);
    for (size_t i = 0; i < p->n_icps; i++)
        free(p->icps[i].number);
    free(p->icps);
    for (size_t i = 0; i < p->n_prices; i++)
        free(p->prices[i].item_key);
    free(p->prices);
    parser_signals_free(p);
    parser_certs_free(p);
    free(p);
}

/* Index of the last run starting at or before text_off (page has runs). */
static size_t run_index(const parser_page *page, size_t text_off)
{
    size_t lo = 0, hi = page->n_runs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (page->runs[mid].text_off <= text_off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

size_t parser_text_to_source(const parser_page *page, size_t text_off)
{
    if (!page || page->n_runs == 0)
        return 0;
    size_t lo = run_index(page, text_off);
    const parser_run *r = &page->runs[lo];
    size_t so;
    if (text_off < r->text_off)
        so = r->src_off;
    else if (text_off < r->text_off + r->len)
        so = r->src_off + (text_off - r->text_off);
    else if (lo + 1 < page->n_runs) /* in a separator: point at the next run */
        so = page->runs[lo + 1].src_off;
    else
        so = r->src_off + r->len;
    /* runs that could not be located are cursor-based and may overshoot */
    return so < page->source_len ? so : page->source_len;
}

parser_run_kind parser_text_kind(const parser_page *page, size_t text_off)
{
    if (!page || page->n_runs == 0)
        return PARSER_RUN_TEXT;
    const parser_run *r = &page->runs[run_index(page, text_off)];
    return text_off >= r->text_off && text_off < r->text_off + r->len ? r->kind : PARSER_RUN_TEXT;
}

const char *parser_run_kind_label(parser_run_kind kind)
{
    switch (kind) {
    case PARSER_RUN_ALT: return "图片说明";
    case PARSER_RUN_TITLE: return "图片标题";
    case PARSER_RUN_TEXT: break;
    }
    return NULL;
}

/* Is seg (len bytes, ASCII lower case) one of the words shops put before
 * or into a product's address? */
static int product_word(const char *seg, size_t len)
{
    static const char *const words[] = {"goods", "product", "products", "item", "items", "offer",
                                        "detail", "details", "sku", "spu", "p", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == len && memcmp(seg, words[i], len) == 0)
            return 1;
    return 0;
}

/* Does s[0..n) name a list rather than one product (list_2, page-3)? */
static int list_word(const char *s, size_t n)
{
    static const char *const words[] = {"list", "page", "search", "category", "cat", "index", NULL};
    for (size_t i = 0; words[i]; i++)
        if (memmem(s, n, words[i], strlen(words[i])))
            return 1;
    return 0;
}

/* How many digits end s[0..n), and whether all of s is those digits. */
static size_t tail_digits(const char *s, size_t n, int *all)
{
    size_t d = 0;
    while (d < n && isdigit((unsigned char)s[n - 1 - d]))
        d++;
    *all = d == n;
    return d;
}

/* A product detail address on an independent shop: a product word as a
 * directory before an id (/goods/33.html, /offer/6001.html, /p/8812, /products/tea-2024),
 * a product word with an id as the file name (goods-33.html, item_5.htm),
 * or a product script with an id parameter (goods.php?id=12,
 * item.htm?id=640012).  An id is digits, or a slug ending in three digits;
 * list and page names (list_2, page-3, p2) are no id.  Such a page shows
 * one item, so its prices are one item's (price.c). */
static int product_path(const char *path)
{
    const char *q = strchr(path, '?');
    size_t plen = q ? (size_t)(q - path) : strlen(path);
    const char *last = path, *prev = NULL;
    size_t prev_len = 0;
    for (const char *c = path; c < path + plen; c++)
        if (*c == '/') {
            prev = last;
            prev_len = (size_t)(c - last);
            last = c + 1;
        }
    size_t llen = plen - (size_t)(last - path);
    size_t stem = strcspn(last, ".?");   /* the file name without its extension */
    if (stem > llen)
        stem = llen;
    int all;
    size_t d = tail_digits(last, stem, &all);
    if (prev && product_word(prev, prev_len) && d > 0 && !list_word(last, stem)) {
        size_t need = prev_len == 1 ? 3 : 1;   /* /p/2 is a page number */
        if ((all && d >= need) || (d >= 3 && strchr("-_", last[stem - d - 1])))
            return 1;   /* /goods/33.html, /products/tea-2024 */
    }
    size_t word = strcspn(last, "-_0123456789.?");
    if (word > stem)
        word = stem;
    size_t sep = word < stem && strchr("-_", last[word]) ? 1 : 0;
    if (word > 1 && product_word(last, word) && d > 0 && word + sep + d == stem)
        return 1;   /* goods-33.html (not p2.html) */
    if (!q || !product_word(last, word) || word != stem)
        return 0;
    static const char *const keys[] = {"id=", "goods_id=", "item_id=", "product_id=", "pid=", "gid=",
                                       NULL};
    for (const char *a = q + 1; *a; a += strcspn(a, "&"), a += *a == '&')
        for (size_t i = 0; keys[i]; i++)
            if (strncmp(a, keys[i], strlen(keys[i])) == 0 &&
                isdigit((unsigned char)a[strlen(keys[i])]))
                return 1;   /* goods.php?id=12 */
    return 0;
}

/* Is k[0..kl) (a query key, a path word) one of words (NULL-terminated), ignoring case? */
static int key_in(const char *const *words, const char *k, size_t kl)
{
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == kl && strncasecmp(k, words[i], kl) == 0)
            return 1;
    return 0;
}

/* Is v[0..n) a router value that still names the home page: empty, or
 * made only of the words front controllers use for it, split on '/'
 * (index, common/home, site/index, Index/index)? */
static int home_value(const char *v, size_t n)
{
    static const char *const words[] = {"home", "index", "default", "main", "common", "site",
                                        "portal", NULL};
    for (size_t i = 0; i < n;) {
        size_t l = 0;
        while (i + l < n && v[i + l] != '/')
            l++;
        if (l > 0 && !key_in(words, v + i, l))
            return 0;
        i += l + 1;
    }
    return 1;
}

/* Does the query q (after '?') of a front controller (index.php, /)
 * route to another page than the home: a router parameter naming a
 * route (route=product/product, main_page=product_info, act=goods,
 * m=article&a=show, option=com_content, r=site/about, s=/home/goods) or
 * a parameter carrying an id (product_id=52, products_id=21, id=7,
 * cPath=3_10, p=12)?  Tracking, visitor and language parameters
 * (utm_source, from, spm, gclid, uid, lang) keep the home page. */
static int routes_elsewhere(const char *q)
{
    static const char *const routers[] = {"route", "main_page", "act", "action", "mod", "module",
                                          "m", "c", "a", "ctl", "controller", "app", "do", "op",
                                          "option", "view", "task", "page", "page_id", "p", "q",
                                          "r", "s", "cpath", "cat", "category", "tag", "keyword",
                                          "keywords", "search", "article", "news", NULL};
    /* ids that name a visitor, a session or an ad click, not a page */
    static const char *const trackers[] = {"uid", "sid", "sessionid", "phpsessid", "gclid", "fbclid",
                                           "msclkid", "yclid", "clickid", "shareid", "inviteid",
                                           "spm", "from", NULL};
    for (const char *a = q; *a; a += strcspn(a, "&"), a += *a == '&') {
        size_t klen = strcspn(a, "=&");
        if (a[klen] != '=')
            continue;
        const char *v = a + klen + 1;
        size_t vlen = strcspn(v, "&#");
        if (vlen == 0 || strncasecmp(a, "utm_", 4) == 0)
            continue;
        if (key_in(trackers, a, klen))
            continue;
        if (key_in(routers, a, klen) && !home_value(v, vlen))
            return 1;
        /* id, pid, product_id, productsId, goods_id ... with a value */
        if (klen >= 2 && strncasecmp(a + klen - 2, "id", 2) == 0 &&
            isalnum((unsigned char)v[0]))
            return 1;
    }
    return 0;
}

/* The kind of page an address names when no profile said: path is the
 * address's path with its query (parser_url_path(url, 1), built once by
 * facts() and shared with the price keys).  Home pages are compared on
 * the path before the query, ignoring case, unless the query routes the
 * front controller to another page (index.php?route=product/product&
 * product_id=52 is an item, not the home); product addresses are read
 * from one lower-cased copy. */
static const char *default_kind(const char *path)
{
    static const char *const homes[] = {"/", "/index.html", "/index.htm", "/index.php",
                                        "/default.html", "/default.htm", NULL};
    size_t plen = strcspn(path, "?");
    for (size_t i = 0; homes[i]; i++)
        if (strlen(homes[i]) == plen && strncasecmp(path, homes[i], plen) == 0)
            return path[plen] == '?' && routes_elsewhere(path + plen + 1) ? NULL : "home";
    char *low = strdup(path);
    if (!low)
        return NULL;
    for (char *c = low; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    const char *kind = product_path(low) ? "item" : NULL;
    free(low);
    return kind;
}

/* The libxml2 tree of page->source (owned by the caller, xmlFreeDoc), an
 * empty document for an empty source; NULL on ENOMEM. */
static htmlDocPtr parse_tree(const parser_page *page, const char *url)
{
    int n = page->source_len > (size_t)0x7fffffff ? 0x7fffffff : (int)page->source_len;
    htmlDocPtr doc = htmlReadMemory(page->source, n, url, NULL, PARSER_HTML_OPTS);
    return doc ? doc : htmlNewDocNoDtD(NULL, NULL);
}

/* Text, links ... of page->source (html.c).  Only a platform profile needs
 * the tree (its XPath expressions), so only then is one built (into *doc,
 * owned by the caller); otherwise the SAX parse feeds the extraction
 * directly, unless it hands the page back to the tree. */
static parser_result html_facts(parser_page *page, html_extra *extra, const char *url,
                                const parser_profiles *profiles, htmlDocPtr *doc)
{
    *doc = NULL;
    if (!parser_profile_matches(profiles, url)) {
        int need_tree = 0;
        parser_result r = parser_html_stream(page, extra, &need_tree);
        if (r != PARSER_OK || !need_tree)
            return r;
    }
    *doc = parse_tree(page, url);
    if (!*doc)
        return PARSER_EHTML;
    return parser_html_extract(*doc, page, extra);
}

static parser_result facts(parser_page *page, const char *url, const parser_profiles *profiles)
{
    html_extra extra = {0};
    profile_hits hits = {0};
    htmlDocPtr doc = NULL;
    char *path = parser_url_path(url, 1); /* with its query: the kind and the price keys */
    parser_result result = path ? html_facts(page, &extra, url, profiles, &doc) : PARSER_ENOMEM;
    if (result == PARSER_OK && url)
        result = parser_profile_apply(profiles, url, doc, page, &hits);
    xmlFreeDoc(doc);
    if (result == PARSER_OK && !page->page_kind)
        page->page_kind = default_kind(path);
    if (result == PARSER_OK)
        result = parser_license_extract(page, profiles);
    if (result == PARSER_OK)
        result = parser_icp_extract(page);
    if (result == PARSER_OK)
        result = parser_signals_extract(page, &extra);
    if (result == PARSER_OK)
        result = parser_cert_extract(page);
    if (result == PARSER_OK) {
        const char *base = hits.item_id ? hits.item_id : path;
        int item_page = page->page_kind && strcmp(page->page_kind, "item") == 0;
        result = parser_price_extract(page, &extra, base, item_page, hits.price_text);
    }
    free(path);
    parser_profile_hits_free(&hits);
    free(extra.strikes);
    return result;
}

parser_result parser_parse(const char *body, size_t len, const char *content_type,
                           const char *url, const parser_profiles *profiles,
                           parser_page **out)
{
    if (out)
        *out = NULL;
    if (!out || (!body && len > 0))
        return PARSER_EINVAL;
    parser_page *page = calloc(1, sizeof *page);
    if (!page)
        return PARSER_ENOMEM;
    parser_result result = parser_charset_decode(body ? body : "", len, content_type, page);
    if (result == PARSER_OK)
        result = facts(page, url, profiles);
    if (result != PARSER_OK) {
        parser_page_free(page);
        return result;
    }
    *out = page;
    return PARSER_OK;
}
