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

/* Write x's WARC pair.  Sets w->warc_file (owned by w) and w->warc_off; on
 * failure leaves w->warc_err for the loop to report. */
static void write_evidence(crawl_work *w)
{
    const crawl *c = w->c;
    const crawl_xfer *x = w->x;
    if (!c->warc)
        return;
    size_t resp_len = 0, payload_off = 0;
    uint64_t offset = 0;
    char *resp = warc_response(x, &resp_len, &payload_off);
    warc_exchange ex = {
        .target_uri = x->url, .ip = w->ip[0] ? w->ip : NULL,
        .request = x->req_head.data ? x->req_head.data : "",
        .request_len = x->req_head.len, .response = resp, .response_len = resp_len,
        .payload_offset = payload_off, .truncated = x->body.overflow ? "length" : NULL,
    };
    char *name = NULL;
    w->warc_err = resp ? warc_write_pair(c->warc, &ex, &name, &offset) : WARC_ENOMEM;
    free(resp);
    if (w->warc_err != WARC_OK)
        return;
    /* the store keeps an absolute path so `evidence` works from any directory */
    size_t n = strlen(c->warc_dir_abs) + strlen(name) + 2;
    if ((w->warc_file = malloc(n)))
        snprintf(w->warc_file, n, "%s/%s", c->warc_dir_abs, name);
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

void crawl_parse_run(uv_work_t *req)
{
    crawl_work *w = req->data;
    crawl_xfer *x = w->x;
    write_evidence(w);
    hash_body(w);
    if (scan_analyse(x->body.data ? x->body.data : "", x->body.len, x->content_type, x->url,
                     w->c->opts->profiles, w->c->book, &w->page, &w->findings) != SCAN_OK) {
        w->parse_error = 1;
        return;
    }
    collect_links(w);
    parser_page_trim(w->page);   /* it may wait a while for the store thread */
    pack(w);
}
