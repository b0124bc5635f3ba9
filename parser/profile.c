/*
 * Platform profiles: one INI file per platform in a directory (format in
 * seeds/platforms/README.md).  A profile matches a page by host glob; the
 * page kind (home / item / search) comes from the first kind whose POSIX
 * extended regex matches the URL path (with its ?query).  XPath
 * expressions give the shop name, the licence area, the price and the
 * platform identity mark (亮标); on search pages, which links are results
 * and which lead to the next page of results (keyword crawls).  Regexes
 * are compiled at load time; XPath
 * strings are checked at load time and compiled per use, so a loaded set
 * is read-only and can be shared between threads.
 * page->platform points at the profile's name: it stays valid while the
 * parser_profiles set it came from is alive.
 */
#include "parser/internal.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <ini.h>
#include <libxml/xpath.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { KIND_HOME = 0, KIND_ITEM, KIND_SEARCH, N_KINDS, MAX_HOSTS = 32, MAX_FILES = 256,
       MAX_LINE = 199 };
static const char *const KIND_NAMES[N_KINDS] = {"home", "item", "search"};

typedef struct {
    int has_re;
    regex_t re;
    char *shop_name, *mark, *license, *price;
    int item_group; /* regex group holding the item id, 0 = none */
    char *shop_xpath; /* XPath whose first value is the shop id (item pages) */
    char *results, *next; /* [search] only: result links, next-page link */
    int max_pages;  /* [search] only: result pages a keyword crawl reads, 0 = default */
    int render;     /* render = yes: crawl --render auto renders pages of this kind */
} kind_def;

struct parser_profile {
    char *name;
    char *hosts[MAX_HOSTS];
    size_t n_hosts;
    char *search;
    int has_shop_re;
    regex_t shop_re; /* shop_path: group 1 is the shop id of any page under it */
    kind_def kinds[N_KINDS];
    char **ident_kind, **ident_value; /* [identity]: the platform's own signals, normalised */
    size_t n_ident;
};

struct parser_profiles {
    parser_profile *v;
    size_t n;
};

static void profile_clear(parser_profile *p)
{
    free(p->name);
    for (size_t i = 0; i < p->n_hosts; i++)
        free(p->hosts[i]);
    free(p->search);
    if (p->has_shop_re)
        regfree(&p->shop_re);
    for (size_t i = 0; i < p->n_ident; i++) {
        free(p->ident_kind[i]);
        free(p->ident_value[i]);
    }
    free(p->ident_kind);
    free(p->ident_value);
    for (int k = 0; k < N_KINDS; k++) {
        kind_def *d = &p->kinds[k];
        if (d->has_re)
            regfree(&d->re);
        free(d->shop_name);
        free(d->mark);
        free(d->license);
        free(d->price);
        free(d->results);
        free(d->next);
        free(d->shop_xpath);
    }
}

void parser_profiles_free(parser_profiles *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        profile_clear(&p->v[i]);
    free(p->v);
    free(p);
}

typedef struct {
    parser_profile *p;
    char msg[200];
    int nomem;
} load_ctx;

/* inih goes on after a handler fails and returns the first failing line:
 * keep the first message, so the message is that line's. */
static int fail(load_ctx *c, const char *fmt, const char *arg)
{
    if (!c->msg[0])
        snprintf(c->msg, sizeof c->msg, fmt, arg);
    return 0;
}

static int set_str(load_ctx *c, char **dst, const char *v)
{
    free(*dst);
    *dst = strdup(v);
    c->nomem |= !*dst;
    return *dst != NULL;
}

static int set_hosts(load_ctx *c, const char *v)
{
    while (*v) {
        v += strspn(v, " ,\t");
        size_t len = strcspn(v, " ,\t");
        if (len == 0)
            break;
        if (c->p->n_hosts >= MAX_HOSTS)
            return fail(c, "too many hosts (max 32)%s", "");
        char *h = strndup(v, len);
        c->nomem |= !h;
        if (!h)
            return 0;
        c->p->hosts[c->p->n_hosts++] = h;
        v += len;
    }
    return 1;
}

/* libxml2 would print XPath errors through its global handler; a
 * per-context structured handler keeps the library silent. */
static void xpath_quiet(void *user, xmlErrorPtr error)
{
    (void)user;
    (void)error;
}

static int set_xpath(load_ctx *c, char **dst, const char *v)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(NULL);
    if (!ctx) {
        c->nomem = 1;
        return 0;
    }
    ctx->error = xpath_quiet;
    xmlXPathCompExprPtr comp = xmlXPathCtxtCompile(ctx, (const xmlChar *)v);
    xmlXPathFreeContext(ctx);
    if (!comp)
        return fail(c, "invalid XPath '%s'", v);
    xmlXPathFreeCompExpr(comp);
    return set_str(c, dst, v);
}

static int kind_key(load_ctx *c, kind_def *d, const char *name, const char *v)
{
    if (strcmp(name, "path") == 0) {
        if (d->has_re)
            regfree(&d->re);
        d->has_re = regcomp(&d->re, v, REG_EXTENDED) == 0;
        return d->has_re ? 1 : fail(c, "invalid regex '%s'", v);
    }
    if (strcmp(name, "shop_name") == 0)
        return set_xpath(c, &d->shop_name, v);
    if (strcmp(name, "mark") == 0)
        return set_xpath(c, &d->mark, v);
    if (strcmp(name, "license") == 0)
        return set_xpath(c, &d->license, v);
    if (strcmp(name, "price") == 0)
        return set_xpath(c, &d->price, v);
    if (strcmp(name, "render") == 0) {
        if (strcmp(v, "yes") && strcmp(v, "no"))
            return fail(c, "render must be yes or no, not '%s'", v);
        d->render = strcmp(v, "yes") == 0;
        return 1;
    }
    if (strcmp(name, "item_id") == 0) {
        char *end;
        long g = strtol(v, &end, 10);
        if (*end || end == v || g < 0 || g > 9)
            return fail(c, "item_id must be a regex group 0-9, not '%s'", v);
        d->item_group = (int)g;
        return 1;
    }
    if (strcmp(name, "shop_id_xpath") == 0)
        return set_xpath(c, &d->shop_xpath, v);
    return fail(c, "unknown key '%s'", name);
}

/* [platform] shop_path: a regex on the path and query whose group 1 is
 * the shop's id, for every page of a shop the URL names. */
static int shop_path_key(load_ctx *c, const char *v)
{
    parser_profile *p = c->p;
    if (p->has_shop_re)
        regfree(&p->shop_re);
    p->has_shop_re = regcomp(&p->shop_re, v, REG_EXTENDED) == 0;
    if (!p->has_shop_re)
        return fail(c, "invalid regex '%s'", v);
    if (p->shop_re.re_nsub < 1)
        return fail(c, "shop_path '%s' has no group for the shop id", v);
    return 1;
}

/* Keys only [search] has; other keys go on to kind_key. */
static int search_key(load_ctx *c, kind_def *d, const char *name, const char *v)
{
    if (strcmp(name, "results") == 0)
        return set_xpath(c, &d->results, v);
    if (strcmp(name, "next") == 0)
        return set_xpath(c, &d->next, v);
    if (strcmp(name, "max_pages") == 0) {
        char *end;
        long n = strtol(v, &end, 10);
        if (*end || end == v || n < 1 || n > PARSER_SEARCH_PAGES_MAX)
            return fail(c, "max_pages must be 1-50, not '%s'", v);
        d->max_pages = (int)n;
        return 1;
    }
    return kind_key(c, d, name, v);
}

/* ---- [identity]: the platform's own identity signals ---- */

/* name: a signal kind (parser_signal); value normalised as the extractor
 * normalises that kind, so a shop's footer showing it compares equal. */
static int identity_key(load_ctx *c, const char *name, const char *value)
{
    static const char *const KINDS[] = {"uscc", "icp", "psb", "company", "mobile", "landline",
                                        "hotline", "email", "qq", "wechat", "payee",
                                        "baidu_tongji", "cnzz", "ga", "gtm", "baidu_verify",
                                        "google_verify"};
    size_t k = 0;
    while (k < sizeof KINDS / sizeof KINDS[0] && strcmp(KINDS[k], name) != 0)
        k++;
    if (k == sizeof KINDS / sizeof KINDS[0])
        return fail(c, "unknown identity kind '%s'", name);
    parser_profile *p = c->p;
    char **kv = realloc(p->ident_kind, (p->n_ident + 1) * sizeof *kv);
    if (kv)
        p->ident_kind = kv;
    char **vv = kv ? realloc(p->ident_value, (p->n_ident + 1) * sizeof *vv) : NULL;
    if (vv)
        p->ident_value = vv;
    char *kind = vv ? strdup(name) : NULL;
    char *norm = kind ? parser_signal_normalise(name, value) : NULL;
    if (!norm) {
        free(kind);
        c->nomem = 1;
        return 0;
    }
    p->ident_kind[p->n_ident] = kind;
    p->ident_value[p->n_ident++] = norm;
    return 1;
}

int parser_profiles_identity(const parser_profiles *p, const char *kind, const char *value)
{
    for (size_t i = 0; p && kind && value && i < p->n; i++)
        for (size_t j = 0; j < p->v[i].n_ident; j++)
            if (strcmp(p->v[i].ident_kind[j], kind) == 0 &&
                strcmp(p->v[i].ident_value[j], value) == 0)
                return 1;
    return 0;
}

static int on_entry(void *user, const char *section, const char *name, const char *value)
{
    load_ctx *c = user;
    if (strcmp(section, "identity") == 0)
        return identity_key(c, name, value);
    if (strcmp(section, "platform") == 0) {
        if (strcmp(name, "name") == 0)
            return set_str(c, &c->p->name, value);
        if (strcmp(name, "hosts") == 0)
            return set_hosts(c, value);
        if (strcmp(name, "search") == 0)
            return strstr(value, "{q}") ? set_str(c, &c->p->search, value)
                                        : fail(c, "search template '%s' lacks {q}", value);
        if (strcmp(name, "shop_path") == 0)
            return shop_path_key(c, value);
        return fail(c, "unknown key '%s'", name);
    }
    if (strcmp(section, KIND_NAMES[KIND_SEARCH]) == 0)
        return search_key(c, &c->p->kinds[KIND_SEARCH], name, value);
    for (int k = 0; k < N_KINDS; k++)
        if (strcmp(section, KIND_NAMES[k]) == 0)
            return kind_key(c, &c->p->kinds[k], name, value);
    return fail(c, "unknown section [%s]", section);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted *.ini names in dir (caller frees each and the array). */
static parser_result list_ini(const char *dir, char ***names, size_t *n)
{
    DIR *d = opendir(dir);
    if (!d)
        return PARSER_EIO;
    char **v = calloc(MAX_FILES, sizeof *v);
    parser_result result = v ? PARSER_OK : PARSER_ENOMEM;
    size_t k = 0;
    struct dirent *e;
    while (result == PARSER_OK && k < MAX_FILES && (e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".ini") == 0 && e->d_name[0] != '.') {
            v[k] = strdup(e->d_name);
            result = v[k] ? PARSER_OK : PARSER_ENOMEM;
            k += v[k] != NULL;
        }
    }
    closedir(d);
    if (v)
        qsort(v, k, sizeof *v, by_name);
    *names = v;
    *n = k;
    return result;
}

/* inih silently cuts lines at INI_MAX_LINE (200) bytes, which would turn
 * a long XPath into a different valid one: refuse such files instead.
 * Returns the first offending line number, 0 when none, -1 when unreadable. */
static int long_line(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int line = 1, bad = 0;
    size_t col = 0;
    for (int ch; !bad && (ch = getc(f)) != EOF;) {
        if (ch == '\n') {
            line++;
            col = 0;
        } else if (++col >= MAX_LINE) {
            bad = line;
        }
    }
    fclose(f);
    return bad;
}

static parser_result load_one(const char *dir, const char *file, parser_profile *p, char *err,
                              size_t errlen)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    int too_long = long_line(path);
    if (too_long > 0) {
        snprintf(err, errlen, "%s:%d: line longer than %d bytes", path, too_long, MAX_LINE - 1);
        return PARSER_ESYNTAX;
    }
    load_ctx c = {.p = p};
    int line = ini_parse(path, on_entry, &c);
    if (c.nomem)
        return PARSER_ENOMEM;
    if (line < 0) {
        snprintf(err, errlen, "%s:0: %s", path, strerror(errno));
        return PARSER_EIO;
    }
    if (line > 0) {
        snprintf(err, errlen, "%s:%d: %s", path, line, c.msg[0] ? c.msg : "syntax error");
        return PARSER_ESYNTAX;
    }
    if (!p->name || p->n_hosts == 0) {
        snprintf(err, errlen, "%s:0: [platform] needs name and hosts", path);
        return PARSER_ESYNTAX;
    }
    return PARSER_OK;
}

parser_result parser_profiles_load(const char *dir, parser_profiles **out, char *err,
                                   size_t errlen)
{
    char dummy[8];
    if (!err || errlen == 0) {
        err = dummy;
        errlen = sizeof dummy;
    }
    err[0] = '\0';
    if (!dir || !out)
        return PARSER_EINVAL;
    *out = NULL;
    char **names = NULL;
    size_t n = 0;
    parser_result result = list_ini(dir, &names, &n);
    if (result == PARSER_EIO)
        snprintf(err, errlen, "%s:0: %s", dir, strerror(errno));
    parser_profiles *set = result == PARSER_OK ? calloc(1, sizeof *set) : NULL;
    if (result == PARSER_OK && (!set || !(set->v = calloc(n ? n : 1, sizeof *set->v))))
        result = PARSER_ENOMEM;
    for (size_t i = 0; i < n && result == PARSER_OK; i++) {
        result = load_one(dir, names[i], &set->v[i], err, errlen);
        set->n = i + 1; /* the failed one is cleared too */
    }
    for (size_t i = 0; names && i < n; i++)
        free(names[i]);
    free(names);
    if (result != PARSER_OK) {
        parser_profiles_free(set);
        return result;
    }
    *out = set;
    return PARSER_OK;
}

static const parser_profile *by_platform(const parser_profiles *p, const char *platform)
{
    const parser_profile *pr = NULL;
    for (size_t i = 0; p && platform && i < p->n; i++)
        if (strcmp(p->v[i].name, platform) == 0)
            pr = &p->v[i];
    return pr;
}

const char *parser_profiles_name(const parser_profiles *p, size_t i)
{
    return p && i < p->n ? p->v[i].name : NULL;
}

int parser_profiles_search_pages(const parser_profiles *p, const char *platform)
{
    const parser_profile *pr = by_platform(p, platform);
    if (!pr)
        return 0;
    int n = pr->kinds[KIND_SEARCH].max_pages;
    return n > 0 ? n : PARSER_SEARCH_PAGES_DEFAULT;
}

int parser_profiles_render(const parser_profiles *p, const char *platform, const char *page_kind)
{
    const parser_profile *pr = by_platform(p, platform);
    for (int k = 0; pr && page_kind && k < N_KINDS; k++)
        if (strcmp(KIND_NAMES[k], page_kind) == 0)
            return pr->kinds[k].render;
    return 0;
}

char *parser_profiles_search_url(const parser_profiles *p, const char *platform,
                                 const char *keyword)
{
    const parser_profile *pr = by_platform(p, platform);
    if (!pr || !pr->search || !keyword)
        return NULL;
    const char *q = strstr(pr->search, "{q}");
    pbuf b = {0};
    parser_pbuf_append(&b, pr->search, (size_t)(q - pr->search));
    for (const unsigned char *k = (const unsigned char *)keyword; *k; k++) {
        if ((*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') || (*k >= '0' && *k <= '9') ||
            strchr("-._~", *k)) {
            parser_pbuf_putc(&b, (char)*k);
        } else {
            char hex[4];
            snprintf(hex, sizeof hex, "%%%02X", *k);
            parser_pbuf_append(&b, hex, 3);
        }
    }
    parser_pbuf_append(&b, q + 3, strlen(q + 3));
    return parser_pbuf_take(&b, NULL);
}

/* ---- applying a profile to a page ---- */

static const parser_profile *match_host(const parser_profiles *set, const char *url)
{
    char host[256];
    parser_url_host(url, host, sizeof host);
    for (size_t i = 0; set && host[0] && i < set->n; i++)
        for (size_t h = 0; h < set->v[i].n_hosts; h++)
            if (fnmatch(set->v[i].hosts[h], host, FNM_CASEFOLD) == 0)
                return &set->v[i];
    return NULL;
}

/* expr evaluated on doc, errors silenced: the result (the caller frees it
 * with xmlXPathFreeObject; its nodes belong to doc), or NULL. */
static xmlXPathObjectPtr run_xpath(htmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    if (!ctx)
        return NULL;
    ctx->error = xpath_quiet;
    xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
    xmlXPathFreeContext(ctx);
    return r;
}

/* Evaluate xpath; *first gets the collapsed string of the first node (or
 * of a string/number result) when first != NULL.  Returns 1 when the
 * result is a non-empty node set or true. */
static int eval_xpath(htmlDocPtr doc, const char *expr, char **first)
{
    xmlXPathObjectPtr r = run_xpath(doc, expr);
    int hit = 0;
    if (r && r->type == XPATH_NODESET && r->nodesetval && r->nodesetval->nodeNr > 0) {
        hit = 1;
        if (first) {
            xmlChar *s = xmlNodeGetContent(r->nodesetval->nodeTab[0]);
            if (s)
                *first = parser_str_collapse((const char *)s, strlen((const char *)s),
                                             PARSER_MAX_FIELD);
            xmlFree(s);
        }
    } else if (r && r->type == XPATH_BOOLEAN) {
        hit = r->boolval;
    } else if (r && r->type == XPATH_STRING && r->stringval && r->stringval[0]) {
        hit = 1;
        if (first)
            *first = parser_str_collapse((const char *)r->stringval,
                                         strlen((const char *)r->stringval), PARSER_MAX_FIELD);
    }
    xmlXPathFreeObject(r);
    return hit;
}

/* Is node shown: neither it nor an ancestor is hidden (the hidden
 * attribute, an inline display:none / visibility:hidden) or an element
 * whose content is never displayed (head, script, style, template,
 * noscript, and the form and embedding elements whose content html.c
 * also skips: select, textarea, object, iframe) -- html.c's test for the
 * visible text. */
static int node_shown(xmlNodePtr node)
{
    static const char *const never[] = {"head",   "title",    "script", "style",  "template",
                                        "noscript", "select", "textarea", "object", "iframe", NULL};
    for (xmlNodePtr n = node; n && n->type != XML_DOCUMENT_NODE &&
                              n->type != XML_HTML_DOCUMENT_NODE; n = n->parent) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        for (size_t i = 0; never[i]; i++)
            if (xmlStrcasecmp(n->name, (const xmlChar *)never[i]) == 0)
                return 0;
        if (xmlHasProp(n, (const xmlChar *)"hidden"))
            return 0;
        xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
        int hidden = style && parser_style_hidden((const char *)style);
        xmlFree(style);
        if (hidden)
            return 0;
    }
    return 1;
}

/* Does expr select an element that is shown (node_shown)?  The mark must
 * be displayed: a mark in a hidden block is no mark (issue #15, corpus3).
 * A profile whose mark expression is a test (boolean()) selects no element
 * to judge, so its answer is taken as it is. */
static int eval_xpath_shown(htmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr r = run_xpath(doc, expr);
    int hit = 0;
    if (r && r->type == XPATH_NODESET && r->nodesetval) {
        for (int i = 0; !hit && i < r->nodesetval->nodeNr; i++)
            hit = node_shown(r->nodesetval->nodeTab[i]);
    } else if (r && r->type == XPATH_BOOLEAN) {
        hit = r->boolval;
    }
    xmlXPathFreeObject(r);
    return hit;
}

int parser_profile_matches(const parser_profiles *profiles, const char *url)
{
    return profiles && url && match_host(profiles, url) != NULL;
}

void parser_profile_hits_free(profile_hits *h)
{
    free(h->item_id);
    free(h->price_text);
    h->item_id = h->price_text = NULL;
}

/* The href of a node an XPath selected: an href attribute itself, or the
 * element's href (owned by the caller, xmlFree), NULL when none. */
static xmlChar *node_href(xmlNodePtr n)
{
    if (n->type == XML_ATTRIBUTE_NODE)
        return xmlNodeGetContent(n);
    return n->type == XML_ELEMENT_NODE ? xmlGetProp(n, (const xmlChar *)"href") : NULL;
}

/* Give role to the page's links whose href is one the nodes of expr
 * have (a link is a page fact; the profile only says what it is for). */
static void mark_links(htmlDocPtr doc, const char *expr, int role, parser_page *page)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    if (!ctx)
        return;
    ctx->error = xpath_quiet;
    xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
    int nn = r && r->type == XPATH_NODESET && r->nodesetval ? r->nodesetval->nodeNr : 0;
    for (int i = 0; i < nn; i++) {
        xmlChar *href = node_href(r->nodesetval->nodeTab[i]);
        for (size_t k = 0; href && k < page->n_links; k++)
            if (strcmp(page->links[k].href, (const char *)href) == 0)
                page->links[k].role = role;
        xmlFree(href);
    }
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
}

/* "platform:id" from regex group g of path, or NULL on ENOMEM. */
static char *item_key(const parser_profile *pr, const char *path, const regmatch_t *m)
{
    int idlen = (int)(m->rm_eo - m->rm_so);
    size_t len = strlen(pr->name) + 2 + (size_t)idlen;
    char *k = malloc(len);
    if (k)
        snprintf(k, len, "%s:%.*s", pr->name, idlen, path + m->rm_so);
    return k;
}

/* *dst = v[0..n) when it is a shop id as a subject key takes: letters,
 * digits, '_' and '-', 1-64 of them (anything else, e.g. a whole URL an
 * XPath gave, is no id and leaves *dst NULL).  0, or -1 when out of memory. */
static int shop_id_set(char **dst, const char *v, size_t n)
{
    if (n == 0 || n > 64 || strspn(v, "0123456789abcdefghijklmnopqrstuvwxyz"
                                      "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") < n)
        return 0;
    *dst = strndup(v, n);
    return *dst ? 0 : -1;
}

/* The shop a page belongs to: group 1 of the profile's shop_path when
 * the path matches it, else the first value of the page kind's
 * shop_id_xpath (d may be NULL: no kind matched); page->shop_id stays NULL
 * when neither gives an id.  PARSER_ENOMEM only when out of memory. */
static parser_result find_shop(const parser_profile *pr, const kind_def *d, htmlDocPtr doc,
                               const char *path, parser_page *page)
{
    int r = 0;
    regmatch_t m[2];
    if (pr->has_shop_re && regexec(&pr->shop_re, path, 2, m, 0) == 0 && m[1].rm_so >= 0)
        r = shop_id_set(&page->shop_id, path + m[1].rm_so, (size_t)(m[1].rm_eo - m[1].rm_so));
    char *x = NULL;
    if (r == 0 && !page->shop_id && d && d->shop_xpath && eval_xpath(doc, d->shop_xpath, &x) && x)
        r = shop_id_set(&page->shop_id, x, strlen(x));
    free(x);
    return r < 0 ? PARSER_ENOMEM : PARSER_OK;
}

parser_result parser_profile_apply(const parser_profiles *profiles, const char *url, htmlDocPtr doc,
                            parser_page *page, profile_hits *hits)
{
    const parser_profile *pr = match_host(profiles, url);
    if (!pr)
        return PARSER_OK;
    page->platform = pr->name;
    char *path = parser_url_path(url, 1);
    if (!path)
        return PARSER_ENOMEM;
    parser_result result = PARSER_OK;
    const kind_def *kind = NULL;
    for (int k = 0; k < N_KINDS && !kind; k++) {
        const kind_def *d = &pr->kinds[k];
        regmatch_t m[10];
        if (!d->has_re || regexec(&d->re, path, 10, m, 0) != 0)
            continue;
        kind = d;
        page->page_kind = KIND_NAMES[k];
        if (d->shop_name)
            eval_xpath(doc, d->shop_name, &page->shop_name);
        if (d->mark) {
            page->mark_required = 1;
            page->mark_present = eval_xpath_shown(doc, d->mark);
        }
        if (d->price)
            eval_xpath(doc, d->price, &hits->price_text);
        if (d->results) {
            page->search_links = 1;
            mark_links(doc, d->results, PARSER_LINK_RESULT, page);
            if (d->next)
                mark_links(doc, d->next, PARSER_LINK_NEXT, page);
        }
        if (d->item_group > 0 && m[d->item_group].rm_so >= 0) {
            hits->item_id = item_key(pr, path, &m[d->item_group]);
            if (!hits->item_id)
                result = PARSER_ENOMEM;
        }
    }
    if (result == PARSER_OK)
        result = find_shop(pr, kind, doc, path, page);
    free(path);
    return result;
}
