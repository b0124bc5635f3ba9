/*
 * Scan one page: analyse (parser + rules, pure CPU, any thread), check what
 * needs stored data and save (page row, findings rolled into leads, prices)
 * on the thread that owns the store, and read a body back from its WARC
 * record.  Shared by crawl, rescan and parse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "scan.h"
#include "../warc/warc.h"

const char *scan_strerror(scan_result r)
{
    switch (r) {
    case SCAN_OK: return "success";
    case SCAN_ENOMEM: return "out of memory";
    case SCAN_EPARSE: return "cannot parse the page or run the rules on it";
    case SCAN_ESTORE: return "store failure";
    case SCAN_EIO: return "cannot read the WARC record";
    case SCAN_ENOTFOUND: return "no WARC evidence recorded";
    }
    return "unknown error";
}

/* Province of a 统一社会信用代码 from its division code (chars 3–4). */
static const char *uscc_province(const char *code)
{
    static const struct { char pfx[3]; const char *name; } t[] = {
        {"11", "北京"}, {"12", "天津"}, {"13", "河北"}, {"14", "山西"}, {"15", "内蒙古"},
        {"21", "辽宁"}, {"22", "吉林"}, {"23", "黑龙江"}, {"31", "上海"}, {"32", "江苏"},
        {"33", "浙江"}, {"34", "安徽"}, {"35", "福建"}, {"36", "江西"}, {"37", "山东"},
        {"41", "河南"}, {"42", "湖北"}, {"43", "湖南"}, {"44", "广东"}, {"45", "广西"},
        {"46", "海南"}, {"50", "重庆"}, {"51", "四川"}, {"52", "贵州"}, {"53", "云南"},
        {"54", "西藏"}, {"61", "陕西"}, {"62", "甘肃"}, {"63", "青海"}, {"64", "宁夏"},
        {"65", "新疆"},
    };
    if (strlen(code) < 4)
        return NULL;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (code[2] == t[i].pfx[0] && code[3] == t[i].pfx[1])
            return t[i].name;
    return NULL;
}

/* Region for routing the lead: the ICP filing's province, else the
 * province of a valid displayed licence number, else NULL. */
static const char *page_region(const parser_page *p)
{
    for (size_t i = 0; i < p->n_icps; i++)
        if (p->icps[i].visible && p->icps[i].province && p->icps[i].kind != PARSER_ICP_PSB)
            return p->icps[i].province;
    for (size_t i = 0; i < p->n_licenses; i++)
        if (p->licenses[i].kind == PARSER_LIC_USCC && p->licenses[i].check_ok)
            return uscc_province(p->licenses[i].code);
    return NULL;
}

char *scan_subject(const char *host, const parser_page *page)
{
    if (page && page->platform && page->shop_id) {
        size_t len = strlen(host) + 6 + strlen(page->shop_id) + 1;
        char *s = malloc(len);
        if (s)
            snprintf(s, len, "%s/shop/%s", host, page->shop_id);
        return s;
    }
    return strdup(host);
}

int scan_platform_shop(const parser_page *page)
{
    if (!page || !page->platform)
        return 0;
    return page->shop_id || (page->page_kind && strcmp(page->page_kind, "item") == 0);
}

char *scan_url_subject(const char *url, const char *host, const parser_profiles *profiles)
{
    parser_page *page = NULL;
    if (parser_parse("", 0, "text/html", url, profiles, &page) != PARSER_OK)
        return NULL;   /* an empty page fails only for want of memory */
    char *s = scan_subject(host, page);
    parser_page_free(page);
    return s;
}

/* A platform's search result page (its profile's [search] path) is not
 * judged: it echoes the query and lists other shops' items, which are
 * judged on their own pages; judging it would flag the platform for the
 * word a keyword crawl typed. */
static int is_search(const parser_page *page)
{
    return page->page_kind && strcmp(page->page_kind, "search") == 0;
}

scan_result scan_analyse(const char *body, size_t len, const char *content_type, const char *url,
                         const parser_profiles *profiles, const rules_book *book,
                         parser_page **page, rules_findings *findings)
{
    *page = NULL;
    parser_result pr = parser_parse(body, len, content_type, url, profiles, page);
    if (pr == PARSER_ENOMEM)
        return SCAN_ENOMEM;
    if (pr != PARSER_OK)
        return SCAN_EPARSE;
    if (is_search(*page))
        return SCAN_OK;
    rules_context ctx = {
        .url = url,
        .is_home = (*page)->page_kind && strcmp((*page)->page_kind, "home") == 0,
        .on_platform = (*page)->platform != NULL,
        .platform_shop = scan_platform_shop(*page),
        .page_only = 1,   /* scan_check_stored runs the rest where the store is */
    };
    rules_result rr = rules_check_page(book, *page, &ctx, findings);
    if (rr != RULES_OK && rr != RULES_ELIMIT) {
        parser_page_free(*page);
        *page = NULL;
        rules_findings_clear(findings);
        return rr == RULES_ENOMEM ? SCAN_ENOMEM : SCAN_EPARSE;
    }
    return SCAN_OK;
}

typedef struct {
    store *st;
    int64_t observed_at;
    int64_t run_id;
    int has_registry;
} stored_ctx;

static int registry_cb(void *ud, const char *code, char *name, size_t name_len, char *status,
                       size_t status_len)
{
    stored_ctx *s = ud;
    if (!s->has_registry)
        return -1;   /* nothing imported: the rule stays silent */
    store_result r = store_registry_lookup(s->st, code, name, name_len, status, status_len);
    return r == STORE_OK ? 1 : 0;
}

static int price_cb(void *ud, const char *item_key, double *lowest)
{
    stored_ctx *s = ud;
    const int64_t week = 7 * 24 * 3600;
    /* captures *less than* seven days before this one: the store's window
     * includes its start, so a capture exactly a week old starts it a
     * second later (it is outside) */
    return store_price_floor(s->st, item_key, s->observed_at - week + 1, s->observed_at,
                             s->run_id, lowest) == STORE_OK;
}

scan_result scan_check_stored(store *st, const rules_book *book, const char *url,
                              const parser_page *page, int64_t observed_at, int64_t run_id,
                              rules_findings *findings)
{
    long rows = 0;
    if (is_search(page))
        return SCAN_OK;
    if (store_registry_count(st, &rows) != STORE_OK)
        return SCAN_ESTORE;
    stored_ctx s = {st, observed_at, run_id, rows > 0};
    rules_context ctx = {
        .url = url,
        .is_home = page->page_kind && strcmp(page->page_kind, "home") == 0,
        .on_platform = page->platform != NULL,
        .platform_shop = scan_platform_shop(page),
        .registry_lookup = registry_cb, .price_floor = price_cb, .ud = &s, .stored_only = 1,
    };
    rules_result rr = rules_check_page(book, page, &ctx, findings);
    return rr == RULES_OK ? SCAN_OK : rr == RULES_ENOMEM ? SCAN_ENOMEM : SCAN_EPARSE;
}

/* The provinces a page names: of its operator's USCC (a valid one), of
 * its ICP filing, and of its 公网安备 number; NULL each when it shows none. */
typedef struct {
    const char *uscc, *icp, *psb;
} page_provinces;

static page_provinces provinces_of(const parser_page *p)
{
    page_provinces pp = {0};
    for (size_t i = 0; i < p->n_licenses && !pp.uscc; i++)
        if (p->licenses[i].kind == PARSER_LIC_USCC && p->licenses[i].check_ok)
            pp.uscc = uscc_province(p->licenses[i].code);
    for (size_t i = 0; i < p->n_icps; i++) {
        const parser_icp *c = &p->icps[i];
        if (!c->visible || !c->province)
            continue;
        if (c->kind == PARSER_ICP_PSB && !pp.psb)
            pp.psb = c->province;
        else if (c->kind != PARSER_ICP_PSB && !pp.icp)
            pp.icp = c->province;
    }
    return pp;
}

/* Where a finding's lead goes (DOMAIN.md, Routing).  Market regulation:
 * the province of the operator's USCC, else of the ICP filing, else of
 * the 公网安备 number.  The telecom administration (ICP rules): a filed
 * site to the province of its filing, an unfiled one to its operator's
 * USCC province.  A page that names none of them (an item page) leaves
 * the lead to the other pages of its subject (region_source NULL); the
 * store then says "subject" or "unknown". */
static void route(const page_provinces *pp, const char *authority, store_finding *f)
{
    int telecom = authority && strcmp(authority, "telecom") == 0;
    const char *order[3] = {pp->uscc, pp->icp, pp->psb};
    static const char *const source[3] = {"uscc", "icp", "police_filing"};
    static const int market_order[3] = {0, 1, 2}, telecom_order[2] = {1, 0};
    const int *k = telecom ? telecom_order : market_order;
    f->authority = telecom ? "telecom" : "market";
    f->region = NULL;
    f->region_source = NULL;
    for (int i = 0; i < (telecom ? 2 : 3); i++) {
        if (order[k[i]]) {
            f->region = order[k[i]];
            f->region_source = source[k[i]];
            return;
        }
    }
}

/* The page's identity signals (parser_signal) as the page's, replacing
 * what it showed before. */
static scan_result save_signals(store *st, int64_t page_id, const parser_page *page,
                                int64_t now)
{
    store_signal *v = calloc(page->n_signals ? page->n_signals : 1, sizeof *v);
    if (!v)
        return SCAN_ENOMEM;
    for (size_t i = 0; i < page->n_signals; i++)
        v[i] = (store_signal){.kind = page->signals[i].kind, .value = page->signals[i].value,
                              .strong = page->signals[i].strong};
    store_result r = store_page_signals(st, page_id, v, page->n_signals, now);
    free(v);
    return r == STORE_OK ? SCAN_OK : SCAN_ESTORE;
}

parser_run_kind scan_finding_kind(const parser_page *page, const rules_finding *f)
{
    size_t ml = f->matched ? strlen(f->matched) : 0;
    if (!page || !page->text || ml == 0 || f->text_off > page->text_len ||
        page->text_len - f->text_off < ml || memcmp(page->text + f->text_off, f->matched, ml) != 0)
        return PARSER_RUN_TEXT;
    return parser_text_kind(page, f->text_off);
}

const char *scan_snippet_body(const char *snippet)
{
    static const parser_run_kind kinds[] = {PARSER_RUN_ALT, PARSER_RUN_TITLE};
    for (size_t i = 0; snippet && snippet[0] == '[' && i < 2; i++) {
        const char *label = parser_run_kind_label(kinds[i]); /* as scan_save_findings writes it */
        size_t n = strlen(label);
        if (!strncmp(snippet + 1, label, n) && !strncmp(snippet + 1 + n, "] ", 2))
            return snippet + n + 3;
    }
    return snippet;
}

scan_result scan_save_findings(store *st, int64_t page_id, const rules_findings *fs,
                               const parser_page *page, int64_t now)
{
    store_finding *sf = calloc(fs->n ? fs->n : 1, sizeof(*sf));
    char **own = calloc(fs->n ? fs->n : 1, sizeof(*own)); /* labelled snippets */
    page_provinces pp = page ? provinces_of(page) : (page_provinces){0};
    if (!sf || !own) {
        free(sf);
        free(own);
        return SCAN_ENOMEM;
    }
    for (size_t i = 0; i < fs->n; i++) {
        sf[i].rule = fs->v[i].code;
        sf[i].severity = fs->v[i].severity;
        sf[i].basis = fs->v[i].basis;
        sf[i].snippet = fs->v[i].snippet;
        sf[i].src_off = (int64_t)fs->v[i].src_off;
        const char *label = parser_run_kind_label(scan_finding_kind(page, &fs->v[i]));
        if (label && fs->v[i].snippet) {
            size_t n = strlen(label) + strlen(fs->v[i].snippet) + 4;
            own[i] = malloc(n);
            if (!own[i])
                continue; /* the snippet goes unlabelled */
            snprintf(own[i], n, "[%s] %s", label, fs->v[i].snippet);
            sf[i].snippet = own[i];
        }
        if (page)
            route(&pp, fs->v[i].authority, &sf[i]);
    }
    store_result r = store_page_findings(st, page_id, sf, fs->n, now);
    for (size_t i = 0; i < fs->n; i++)
        free(own[i]);
    free(own);
    free(sf);
    /* a search page lists other shops' items and contacts: not its own */
    if (r == STORE_OK && page && !is_search(page))
        return save_signals(st, page_id, page, now);
    return r == STORE_OK ? SCAN_OK : SCAN_ESTORE;
}

/* FNV-1a, 64 bits, over s[0..n) and a separator, so that fields cannot
 * run into each other. */
static uint64_t fnv(uint64_t h, const void *s, size_t n)
{
    const unsigned char *p = s;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3ULL;
    return (h ^ 0x1f) * 0x100000001b3ULL;
}

static uint64_t fnv_str(uint64_t h, const char *s)
{
    return fnv(h, s ? s : "", s ? strlen(s) : 0);
}

static uint64_t fnv_num(uint64_t h, double v)
{
    char buf[48];
    int n = snprintf(buf, sizeof buf, "%.2f", v);
    return fnv(h, buf, n > 0 ? (size_t)n : 0);
}

void scan_facts_digest(const parser_page *page, char out[17])
{
    uint64_t h = 0xcbf29ce484222325ULL;
    const parser_license_display *d = &page->license_display;
    h = fnv_str(fnv_str(h, page->shop_name), page->site_name);
    for (size_t i = 0; i < page->n_licenses; i++) {
        const parser_license *l = &page->licenses[i];
        h = fnv_num(fnv_str(h, l->code), l->visible);
        h = fnv_str(fnv_str(h, l->company), l->address);
    }
    h = fnv_num(fnv_num(fnv_num(h, d->image), d->link), d->ezz_link);
    h = fnv_num(fnv_str(h, d->ezz_serial), d->exemption);
    for (size_t i = 0; i < page->n_icps; i++)
        h = fnv_num(fnv_str(fnv_num(h, page->icps[i].kind), page->icps[i].number),
                    page->icps[i].visible);
    for (size_t i = 0; i < page->n_prices; i++)
        h = fnv_num(fnv_num(fnv_str(h, page->prices[i].item_key), page->prices[i].price),
                    page->prices[i].original);
    h = fnv_num(h, page->mark_present);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

scan_result scan_save(store *st, const scan_fetch *f, const parser_page *page,
                      const rules_findings *findings, int64_t *page_id)
{
    char facts[17];
    scan_facts_digest(page, facts);
    char *subject = scan_subject(f->host, page);
    if (!subject)
        return SCAN_ENOMEM;
    store_page sp = {
        .url = f->url, .host = f->host, .subject = subject, .status = f->status,
        .content_type = f->content_type, .charset = page->charset, .title = page->title,
        .text = page->text, .text_len = page->text_len,
        .body = f->body, .body_len = f->body_len, .packed = f->packed_body,
        .packed_text = f->packed_text,
        .warc_file = f->warc_file, .warc_offset = f->warc_offset, .ip = f->ip,
        .etag = f->etag, .last_modified = f->last_modified,
        .fetched_at = f->fetched_at, .run_id = f->run_id, .region = page_region(page),
        .changed = f->changed, .final_url = f->final_url, .facts = facts,
        .sha256 = f->sha256, .rendered = f->rendered,
    };
    scan_result r = store_page_put(st, &sp, page_id) == STORE_OK ? SCAN_OK : SCAN_ESTORE;
    free(subject);
    if (r == SCAN_OK)
        r = scan_save_findings(st, *page_id, findings, page, (int64_t)time(NULL));
    for (size_t i = 0; r == SCAN_OK && i < page->n_prices; i++)
        if (store_price_put(st, page->prices[i].item_key, *page_id, page->prices[i].price,
                            page->prices[i].original, f->fetched_at, f->run_id) != STORE_OK)
            r = SCAN_ESTORE;
    return r;
}

/* Where the page's evidence is: file and offset; else the result. */
static scan_result evidence_of(store *st, const char *url, char *file, size_t filelen,
                               int64_t *offset, char *err, size_t errlen)
{
    store_result sr = store_page_evidence(st, url, file, filelen, offset);
    if (sr == STORE_ENOTFOUND) {
        snprintf(err, errlen, "%s: %s", url, scan_strerror(SCAN_ENOTFOUND));
        return SCAN_ENOTFOUND;
    }
    if (sr != STORE_OK) {
        snprintf(err, errlen, "%s: %s", url, store_errmsg(st));
        return SCAN_ESTORE;
    }
    return SCAN_OK;
}

static scan_result from_warc(warc_result wr)
{
    return wr == WARC_OK ? SCAN_OK : wr == WARC_ENOMEM ? SCAN_ENOMEM : SCAN_EIO;
}

scan_result scan_page_from_warc(store *st, const char *url, char **body, size_t *len,
                                int *rendered, char *err, size_t errlen)
{
    char file[4096];
    int64_t offset = 0;
    *body = NULL;
    *len = 0;
    *rendered = 0;
    scan_result r = evidence_of(st, url, file, sizeof(file), &offset, err, errlen);
    return r != SCAN_OK ? r
                        : from_warc(warc_read_page(file, offset, body, len, rendered, err, errlen));
}

/* ---- the rules a run judges ---- */

typedef struct {
    char **codes;
    size_t n, cap;
    int failed;
} code_list;

static void add_code(void *ud, const char *code, const char *severity, const char *category,
                     const char *kind, int enabled, const char *title, const char *basis)
{
    code_list *l = ud;
    (void)severity, (void)category, (void)kind, (void)title, (void)basis;
    if (!enabled || l->failed)
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        char **v = realloc(l->codes, cap * sizeof *v);
        if (!v) {
            l->failed = 1;
            return;
        }
        l->codes = v;
        l->cap = cap;
    }
    if (!(l->codes[l->n] = strdup(code)))
        l->failed = 1;
    else
        l->n++;
}

scan_result scan_judge(store *st, const rules_book *book)
{
    code_list l = {0};
    rules_each(book, add_code, &l);
    /* no rule enabled: the run judges none (n 0 would mean every rule); "-"
     * is no rule's code (codes are A-Z, 0-9 and _) */
    static const char *const none[] = {"-"};
    const char *const *codes = l.n ? (const char *const *)l.codes : none;
    scan_result r = l.failed ? SCAN_ENOMEM
                  : store_run_rules(st, codes, l.n ? l.n : 1) == STORE_OK ? SCAN_OK : SCAN_ESTORE;
    for (size_t i = 0; i < l.n; i++)
        free(l.codes[i]);
    free(l.codes);
    return r;
}
