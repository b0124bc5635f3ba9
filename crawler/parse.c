/*
 * A fetched page on libuv's thread pool (worker threads): its WARC evidence
 * (the writer is thread-safe), parse and rules (scan_analyse), its links
 * resolved to canonical in-scope URLs, and the body and text packed the way
 * the store keeps them, so the store thread has as little left to do as
 * possible.  A work item belongs to the worker while it runs here; it
 * reads only fixed fields of the crawl.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/evp.h>
#include "crawl_int.h"

/* The response as the WARC record keeps it: the status line and headers as
 * received, describing the body we hold.  libcurl has already decoded the
 * body, so Content-Encoding, Transfer-Encoding and Content-Length are kept
 * under X-Wangjian-Original-* and a true Content-Length is added.  Caller
 * frees; *payload_off is where the body starts. */
static char *warc_response(const crawl_xfer *x, size_t *len, size_t *payload_off)
{
    /* headers (bounded like resp_head) plus the body (bounded by max_bytes) */
    crawl_buf out = {NULL, 0, 0, x->resp_head.max + 128 + x->body.len, 0};
    const char *p = x->resp_head.data ? x->resp_head.data : "";
    const char *end = p + x->resp_head.len;
    int err = 0;
    while (p < end && !err) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t ll = eol ? (size_t)(eol - p) + 1 : (size_t)(end - p);
        if (ll <= 2 && (p[0] == '\r' || p[0] == '\n'))
            break;   /* the blank line: headers end */
        if (!strncasecmp(p, "Content-Encoding:", 17) || !strncasecmp(p, "Transfer-Encoding:", 18) ||
            !strncasecmp(p, "Content-Length:", 15))
            err |= crawl_buf_append(&out, "X-Wangjian-Original-", 20);
        err |= crawl_buf_append(&out, p, ll);
        p += ll;
    }
    char cl[64];
    int k = snprintf(cl, sizeof(cl), "Content-Length: %zu\r\n\r\n", x->body.len);
    err |= crawl_buf_append(&out, cl, (size_t)k);
    *payload_off = out.len;
    if (x->body.len)
        err |= crawl_buf_append(&out, x->body.data, x->body.len);
    if (err) {
        free(out.data);
        return NULL;
    }
    *len = out.len;
    return out.data;
}

/* Write x's WARC pair and extras; *name (the file's base name, caller
 * frees) and *offset on success. */
static warc_result write_pair(const crawl *c, const crawl_xfer *x, const char *ip,
                              const warc_extra *extras, size_t n_extras, char **name,
                              uint64_t *offset)
{
    size_t resp_len = 0, payload_off = 0;
    char *resp = warc_response(x, &resp_len, &payload_off);
    warc_exchange ex = {
        .target_uri = x->url, .ip = ip && ip[0] ? ip : NULL,
        .request = x->req_head.data ? x->req_head.data : "",
        .request_len = x->req_head.len, .response = resp, .response_len = resp_len,
        .payload_offset = payload_off, .truncated = x->body.overflow ? "length" : NULL,
        .extras = extras, .n_extras = n_extras,
    };
    warc_result r = resp ? warc_write_pair(c->warc, &ex, name, offset) : WARC_ENOMEM;
    free(resp);
    return r;
}

/* What a rendering adds to the page's exchange: the rendered DOM and the
 * screenshot, or a note saying why it was not rendered.  Their URIs and
 * the note are new strings in str[0..1] (the caller frees them).  Returns
 * how many extras, or -1 when out of memory. */
static int render_extras(const crawl_work *w, warc_extra *ex, char **str)
{
    int n = 0;
    const char *url = w->x->url;
    if (w->render_html) {
        if (asprintf(&str[0], "urn:rendered:%s", url) < 0 ||
            (w->render_png && asprintf(&str[1], "urn:screenshot:%s", url) < 0))
            return -1;
        ex[n++] = (warc_extra){"resource", str[0], "text/html; charset=utf-8", w->render_html,
                               w->render_html_len};
        if (w->render_png)
            ex[n++] = (warc_extra){"resource", str[1], "image/png", w->render_png,
                                   w->render_png_len};
    } else if (w->render_why) {
        if (asprintf(&str[0], "render-error: %s\r\n", w->render_why) < 0)
            return -1;
        ex[n++] = (warc_extra){"metadata", url, "application/warc-fields", str[0],
                               strlen(str[0])};
    }
    return n;
}

/* Write x's WARC pair (with its rendering, if any).  Sets w->warc_file
 * (owned by w) and w->warc_off; on failure leaves w->warc_err for the
 * loop to report. */
static void write_evidence(crawl_work *w)
{
    const crawl *c = w->c;
    if (!c->warc)
        return;
    warc_extra extras[2];
    char *str[2] = {NULL, NULL};
    int n = render_extras(w, extras, str);
    char *name = NULL;
    uint64_t offset = 0;
    w->warc_err = n >= 0 ? write_pair(c, w->x, w->ip, extras, (size_t)n, &name, &offset)
                         : WARC_ENOMEM;
    free(str[0]);
    free(str[1]);
    if (w->warc_err != WARC_OK)
        return;
    /* the store keeps an absolute path so `evidence` works from any directory */
    size_t len = strlen(c->warc_dir_abs) + strlen(name) + 2;
    if ((w->warc_file = malloc(len)))
        snprintf(w->warc_file, len, "%s/%s", c->warc_dir_abs, name);
    free(name);
    w->warc_off = (int64_t)offset;
}

/* In a keyword run the frontier depth of the search pages is 0, 1, ...
 * (result page k at k - 1); what their results link to starts at
 * KW_BASE, so that a result is at link distance 1 from the search
 * whatever page listed it, and --depth counts from there. */
#define KW_BASE PARSER_SEARCH_PAGES_MAX

/* The frontier depth of link l of w's page in a keyword run, or -1 when
 * the run does not follow it. */
static int keyword_depth(const crawl_work *w, const parser_link *l)
{
    const crawl *c = w->c;
    const parser_page *pg = w->page;
    int d = w->x->depth, limit = c->opts->depth;
    if (d >= KW_BASE)   /* a result, or beyond */
        return limit < 0 || d - KW_BASE + 1 < limit ? d + 1 : -1;
    if (pg->search_links && l->role == 0)   /* navigation, filters, ads */
        return -1;
    if (l->role == PARSER_LINK_NEXT)
        return d + 1 < parser_profiles_search_pages(c->opts->profiles, pg->platform) ? d + 1 : -1;
    return limit != 0 ? KW_BASE : -1;
}

/* The page's links as canonical in-scope URLs, into the work's command. */
static void collect_links(crawl_work *w)
{
    const crawl *c = w->c;
    const parser_page *pg = w->page;
    crawl_cmd *cmd = &w->cmd;
    const char *kw = c->opts->keyword;
    if (!kw && c->opts->depth >= 0 && w->x->depth >= c->opts->depth)
        return;
    char *base = pg->base_href ? crawler_url_resolve(w->x->url, pg->base_href) : NULL;
    cmd->urls = calloc(pg->n_links ? pg->n_links : 1, sizeof(char *));
    if (kw && cmd->urls && !(cmd->depths = calloc(pg->n_links ? pg->n_links : 1, sizeof(int)))) {
        free(cmd->urls);
        cmd->urls = NULL;
    }
    for (size_t i = 0; cmd->urls && i < pg->n_links; i++) {
        int depth = kw ? keyword_depth(w, &pg->links[i]) : w->x->depth + 1;
        char *u = depth < 0 ? NULL : crawler_url_resolve(base ? base : w->x->url, pg->links[i].href);
        char *h = u ? crawler_url_host(u) : NULL;
        if (h && crawl_in_scope(c, u, h)) {
            if (cmd->depths)
                cmd->depths[cmd->n_urls] = depth;
            cmd->urls[cmd->n_urls++] = u;
        } else {
            free(u);
        }
        free(h);
    }
    cmd->depth = w->x->depth + 1;
    free(base);
}

/* Pack the body and the text for the store.  With evidence written, the
 * WARC record is where the body is kept (rescan reads it back from there):
 * a second, compressed copy in the store cost a compression per page and a
 * quarter of the database.  Without it, on failure body_z stays empty and
 * the store packs the body itself. */
static void pack(crawl_work *w)
{
    crawl_xfer *x = w->x;
    if (!w->warc_file &&
        store_body_pack(w->c->st, x->body.data, x->body.len, &w->body_z) != STORE_OK)
        store_blob_free(&w->body_z);
    if (w->warc_file || w->body_z.data) {
        free(x->body.data);
        x->body.data = NULL;
        x->body.cap = 0;
    }
    /* indexing the text is the store thread's longest step; most of it can
     * be done here (on failure the store indexes the text itself) */
    if (w->page->text &&
        store_text_pack(w->c->st, w->page->text, w->page->text_len, &w->text_z) != STORE_OK)
        store_blob_free(&w->text_z);
}

/* Hex SHA-256 of the body into w->sha256 (what the capture records and an
 * evidence bundle's body hashes to); left empty if OpenSSL fails. */
static void hash_body(crawl_work *w)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    const crawl_xfer *x = w->x;
    if (!EVP_Digest(x->body.data ? x->body.data : "", x->body.len, md, &len, EVP_sha256(), NULL) ||
        len != 32)
        return;
    for (unsigned int i = 0; i < len; i++)
        snprintf(w->sha256 + 2 * i, 3, "%02x", md[i]);
}

/* Non-space characters of the visible text (UTF-8 code points). */
static size_t visible_chars(const parser_page *pg)
{
    size_t n = 0;
    for (size_t i = 0; pg->text && i < pg->text_len; i++) {
        unsigned char ch = (unsigned char)pg->text[i];
        n += (ch & 0xC0) != 0x80 && ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r';
    }
    return n;
}

/* Does the page run a program: a <script src=...>, or inline scripts of
 * at least CRAWLER_RENDER_AUTO_SCRIPT bytes in all?  (A stray alert() or
 * analytics snippet does not make a page a script-built shell.) */
/* "src=" (any case) inside the tag [p, gt): searched within the tag, so
 * that a page of many scripts is read once, not once per script. */
static int tag_has_src(const char *p, const char *gt)
{
    for (; p + 4 <= gt; p++)
        if (strncasecmp(p, "src=", 4) == 0)
            return 1;
    return 0;
}

static int runs_program(const char *body)
{
    size_t inline_bytes = 0;
    for (const char *p = body; (p = strcasestr(p, "<script"));) {
        const char *gt = strchr(p, '>');
        if (!gt)
            return 0;
        if (tag_has_src(p, gt))
            return 1;
        const char *end = strcasestr(gt, "</script");
        inline_bytes += (size_t)((end ? end : gt + strlen(gt)) - gt - 1);
        if (inline_bytes >= CRAWLER_RENDER_AUTO_SCRIPT)
            return 1;
        p = end ? end : gt;
    }
    return 0;
}

/* Does the page go to the browser?  --render always: every page; auto: a
 * page whose platform profile says its kind is rendered (render = yes),
 * or that runs a program and shows almost no text (a shell its scripts
 * fill in), so ordinary pages are judged as before. */
static int wants_render(const crawl_work *w)
{
    int mode = w->c->opts->render;
    const crawl_xfer *x = w->x;
    const parser_page *pg = w->page;
    if (mode == CRAWLER_RENDER_NEVER || !pg)
        return 0;
    if (mode == CRAWLER_RENDER_ALWAYS ||
        parser_profiles_render(w->c->opts->profiles, pg->platform, pg->page_kind))
        return 1;
    return x->body.data && visible_chars(w->page) < CRAWLER_RENDER_AUTO_CHARS &&
           runs_program(x->body.data);
}

/* Links, trimming and packing: what every parsed page ends with. */
static void finish_page(crawl_work *w)
{
    collect_links(w);
    parser_page_trim(w->page);   /* it may wait a while for the store thread */
    pack(w);
}

void crawl_parse_run(uv_work_t *req)
{
    crawl_work *w = req->data;
    crawl_xfer *x = w->x;
    hash_body(w);
    if (scan_analyse(x->body.data ? x->body.data : "", x->body.len, x->content_type, x->url,
                     w->c->opts->profiles, w->c->book, &w->page, &w->findings) != SCAN_OK) {
        w->parse_error = 1;
        write_evidence(w);
        return;
    }
    if (wants_render(w)) {   /* its evidence is written with the rendering */
        w->render_wanted = 1;
        return;
    }
    write_evidence(w);
    finish_page(w);
}

void crawl_parse_rendered(uv_work_t *req)
{
    crawl_work *w = req->data;
    write_evidence(w);
    if (w->render_html) {
        /* the rendered DOM is UTF-8 whatever the page's own charset was */
        parser_page *pg = NULL;
        rules_findings f = {0};
        if (scan_analyse(w->render_html, w->render_html_len, "text/html; charset=utf-8",
                         w->x->url, w->c->opts->profiles, w->c->book, &pg, &f) == SCAN_OK) {
            parser_page_free(w->page);
            rules_findings_clear(&w->findings);
            w->page = pg;
            w->findings = f;
            w->judged_rendered = 1;
        } else {   /* judged on the response as fetched, as without a browser */
            free(w->render_why);
            w->render_why = strdup("the rendered DOM could not be parsed");
        }
    }
    free(w->render_png);   /* in the WARC now */
    w->render_png = NULL;
    finish_page(w);
}

/* A subresource of a rendered page: its exchange into the WARC (pool). */
void crawl_parse_subres(uv_work_t *req)
{
    crawl_subres_work *s = req->data;
    char *name = NULL;
    if (s->c->warc)
        s->warc_err = write_pair(s->c, s->x, s->ip, NULL, 0, &name, NULL);
    free(name);
}
