/*
 * wangjian parse: the facts and findings of one page as JSON, for people
 * debugging a rule or a parser problem.  Also used by the evaluation.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cli.h"

#define PARSE_FILE_MAX (64L * 1024 * 1024)

/* Read a whole file (at most PARSE_FILE_MAX bytes); caller frees. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error("cannot read '%s': %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
        if (n == cap) {
            if (cap >= (size_t)PARSE_FILE_MAX) {
                cli_error("'%s' is larger than %ld bytes", path, PARSE_FILE_MAX);
                free(buf);
                buf = NULL;
                break;
            }
            char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                buf = NULL;
            }
            buf = b;
            cap *= 2;
        }
    }
    if (buf && ferror(f)) {
        cli_error("cannot read '%s': %s", path, strerror(errno));
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static json_t *jstr(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *licences_json(const parser_page *p)
{
    json_t *a = json_array();
    for (size_t i = 0; i < p->n_licenses; i++) {
        const parser_license *l = &p->licenses[i];
        json_array_append_new(a, json_pack("{s:s, s:s, s:b, s:b, s:o, s:o, s:o, s:b}",
            "kind", l->kind == PARSER_LIC_USCC ? "uscc" : "regno", "code", l->code,
            "check_ok", l->check_ok, "visible", l->visible, "company", jstr(l->company),
            "legal_rep", jstr(l->legal_rep), "address", jstr(l->address),
            "platform", l->platform));
    }
    return a;
}

/* Certificate numbers shown after 证书编号 … (FALSE_HONOUR's built-in half). */
static json_t *certs_json(const parser_page *p)
{
    static const char *kinds[] = {"ccc", "hnte", "other", "patent"};
    json_t *a = json_array();
    for (size_t i = 0; i < p->n_certs; i++)
        json_array_append_new(a, json_pack("{s:s, s:s, s:b}", "kind", kinds[p->certs[i].kind % 4],
                                           "number", p->certs[i].number ? p->certs[i].number : "",
                                           "well_formed", p->certs[i].well_formed));
    return a;
}

static json_t *icps_json(const parser_page *p)
{
    static const char *kinds[] = {"icp_filing", "icp_license", "b2", "psb"};
    json_t *a = json_array();
    for (size_t i = 0; i < p->n_icps; i++) {
        const parser_icp *c = &p->icps[i];
        json_array_append_new(a, json_pack("{s:s, s:s, s:o, s:b, s:b}",
            "kind", kinds[c->kind & 3], "number", c->number ? c->number : "",
            "province", jstr(c->province), "well_formed", c->well_formed, "visible", c->visible));
    }
    return a;
}

static json_t *links_json(const parser_page *p)
{
    json_t *a = json_array();
    static const char *const roles[] = {NULL, "result", "next"};
    for (size_t i = 0; i < p->n_links; i++) {
        json_t *l = json_pack("{s:s, s:s, s:s, s:b}", "href", p->links[i].href,
            "tag", p->links[i].tag, "anchor", p->links[i].anchor ? p->links[i].anchor : "",
            "nofollow", p->links[i].nofollow);
        if (l && p->search_links)   /* a search page's profile says what each link is for */
            json_object_set_new(l, "role", p->links[i].role > 0 && p->links[i].role < 3
                                               ? json_string(roles[p->links[i].role]) : json_null());
        json_array_append_new(a, l);
    }
    return a;
}

static json_t *prices_json(const parser_page *p)
{
    json_t *a = json_array();
    for (size_t i = 0; i < p->n_prices; i++) {
        const parser_price *pr = &p->prices[i];
        json_array_append_new(a, json_pack("{s:s, s:f, s:o}", "item", pr->item_key,
            "price", pr->price, "original", pr->original >= 0 ? json_real(pr->original) : json_null()));
    }
    return a;
}

/* Identity signals (operator linking): contact details are shown, as in
 * `operators`, since parse reads one page for the person debugging it. */
static json_t *signals_json(const parser_page *p)
{
    json_t *a = json_array();
    for (size_t i = 0; i < p->n_signals; i++)
        json_array_append_new(a, json_pack("{s:s, s:s, s:b}", "kind", p->signals[i].kind,
                                           "value", p->signals[i].value, "strong",
                                           p->signals[i].strong));
    return a;
}

static const char *const RUN_KINDS[] = {"text", "alt", "title"};

/* The second reader's score, or null when it did not judge (no model,
 * --no-reader, gated, or not a text-pattern finding). */
static json_t *reader_json(const rules_finding *x)
{
    return x->reader_scored ? json_real(x->reader_score) : json_null();
}

static json_t *findings_json(const parser_page *p, const rules_findings *f)
{
    json_t *a = json_array();
    for (size_t i = 0; i < f->n; i++)
        json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:s, s:I, s:s, s:s, s:o}", "rule", f->v[i].code,
            "severity", f->v[i].severity, "snippet", f->v[i].snippet ? f->v[i].snippet : "",
            "basis", f->v[i].basis ? f->v[i].basis : "", "offset", (json_int_t)f->v[i].src_off,
            "matched", f->v[i].matched ? f->v[i].matched : "",
            "from", RUN_KINDS[scan_finding_kind(p, &f->v[i]) % 3], "reader_score", reader_json(&f->v[i])));
    return a;
}

/* Matches the second reader set aside: what an investigator needs to see
 * what was dropped. */
static json_t *set_aside_json(const rules_findings *f)
{
    json_t *a = json_array();
    for (size_t i = 0; i < f->n_aside; i++) {
        const rules_finding *x = &f->aside[i];
        json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:I, s:o}", "rule", x->code,
            "matched", x->matched ? x->matched : "", "snippet", x->snippet ? x->snippet : "",
            "offset", (json_int_t)x->src_off, "reader_score", reader_json(x)));
    }
    return a;
}

/* The descriptions of shown images the text holds (alt, title), each with
 * its offset in the source: runs of one kind joined while only a space lies
 * between them. */
static json_t *image_text_json(const parser_page *p)
{
    json_t *a = json_array();
    for (size_t i = 0; i < p->n_runs;) {
        const parser_run *r = &p->runs[i++];
        if (r->kind == PARSER_RUN_TEXT)
            continue;
        size_t end = r->text_off + r->len;
        while (i < p->n_runs && p->runs[i].kind == r->kind && p->runs[i].text_off <= end + 1 &&
               (p->runs[i].text_off == end || p->text[end] == ' '))
        {
            end = p->runs[i].text_off + p->runs[i].len;
            i++;
        }
        json_array_append_new(a, json_pack("{s:s, s:s%, s:I}", "kind", RUN_KINDS[r->kind % 3],
                                           "text", p->text + r->text_off, end - r->text_off,
                                           "offset", (json_int_t)r->src_off));
    }
    return a;
}

static json_t *page_json(const char *url, const parser_page *p, const rules_findings *f)
{
    const parser_license_display *d = &p->license_display;
    json_t *o = json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:b, s:b, s:s%}",
        "url", url, "charset", p->charset, "title", jstr(p->title), "site_name", jstr(p->site_name),
        "shop_name", jstr(p->shop_name), "shop_id", jstr(p->shop_id), "platform", jstr(p->platform), "page_kind", jstr(p->page_kind),
        "mark_required", p->mark_required, "mark_present", p->mark_present,
        "text", p->text ? p->text : "", p->text ? p->text_len : 0);
    json_object_set_new(o, "license_display", json_pack("{s:b, s:b, s:b, s:o, s:b}",
        "image", d->image, "link", d->link, "ezz_link", d->ezz_link,
        "ezz_serial", jstr(d->ezz_serial), "exemption", d->exemption));
    json_object_set_new(o, "licenses", licences_json(p));
    json_object_set_new(o, "icps", icps_json(p));
    json_object_set_new(o, "certificates", certs_json(p));
    json_object_set_new(o, "prices", prices_json(p));
    json_object_set_new(o, "links", links_json(p));
    json_object_set_new(o, "signals", signals_json(p));
    json_object_set_new(o, "image_text", image_text_json(p));
    json_object_set_new(o, "findings", findings_json(p, f));
    json_object_set_new(o, "set_aside", set_aside_json(f));
    if (f->aside_more > 0)
        json_object_set_new(o, "set_aside_more", json_integer(f->aside_more));
    return o;
}

const struct option cli_parse_opts[] = {
    {"url", required_argument, 0, 'u'}, {"content-type", required_argument, 0, 'c'},
    {"rules", required_argument, 0, 'r'}, {"platforms", required_argument, 0, 'p'},
    {"allow-private", no_argument, 0, 'a'}, {"proxy", required_argument, 0, 'x'},
    {"max-bytes", required_argument, 0, 'm'}, {"timeout", required_argument, 0, 't'},
    {"user-agent", required_argument, 0, 'U'}, {"no-reader", no_argument, 0, 'n'}, {0, 0, 0, 0}};

int cmd_parse(int argc, char **argv)
{
    long v;
    int no_reader = 0;
    const char *url = "http://localhost/", *ctype = NULL, *rules = NULL, *plat = NULL;
    crawler_options fo;
    crawler_options_init(&fo);
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_parse_opts, NULL)) != -1) {
        switch (c) {
        case 'u': url = optarg; break;
        case 'c': ctype = optarg; break;
        case 'r': rules = optarg; break;
        case 'p': plat = optarg; break;
        case 'a': fo.allow_private = 1; break;
        case 'x': fo.proxy = optarg; break;
        case 'U': fo.user_agent = optarg; break;
        case 'n': no_reader = 1; break;
        case 'm':
            if ((v = cli_parse_long("parse", "--max-bytes", optarg, 1024, 1L << 30)) < 0)
                return CLI_USAGE;
            fo.max_bytes = (size_t)v;
            break;
        case 't':
            if ((v = cli_parse_long("parse", "--timeout", optarg, 1, 3600000L)) < 0)
                return CLI_USAGE;
            fo.timeout_ms = v;
            break;
        default: return cli_usage_error("parse", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("parse", "give exactly one FILE or URL");
    const char *src = argv[optind];
    int is_url = strncmp(src, "http://", 7) == 0 || strncmp(src, "https://", 8) == 0;
    if (is_url)
        url = src;
    char *rules_dir = cli_rules_dir(rules), *plat_dir = cli_platforms_dir(plat);
    rules_book *book = rules_dir ? cli_load_rules_opts(rules_dir, no_reader) : NULL;
    parser_profiles *profiles = NULL;
    size_t len = 0;
    char *body = NULL, *fetched_type = NULL, err[1024] = "";
    int rc = CLI_FAIL;
    if (book && plat_dir && cli_load_profiles(plat_dir, &profiles) == CLI_OK) {
        if (!is_url)
            body = slurp(src, &len);
        else if (crawler_fetch_one(src, &fo, &body, &len, &fetched_type, err, sizeof(err)) != CRAWLER_OK)
            cli_error("%s", err);
        if (fetched_type && !ctype)
            ctype = fetched_type;
    }
    if (body) {
        parser_page *page = NULL;
        rules_findings f = {0};
        scan_result r = scan_analyse(body, len, ctype, url, profiles, book, &page, &f);
        if (r == SCAN_OK) {
            json_t *o = page_json(url, page, &f);
            rc = o && json_dumpf(o, stdout, JSON_INDENT(2)) == 0 ? CLI_OK : CLI_FAIL;
            fputc('\n', stdout);
            json_decref(o);
        } else {
            cli_error("cannot parse '%s': %s", src, scan_strerror(r));
        }
        rules_findings_clear(&f);
        parser_page_free(page);
    }
    free(body);
    free(fetched_type);
    parser_profiles_free(profiles);
    rules_free(book);
    free(plat_dir);
    free(rules_dir);
    return rc;
}
