/*
 * scan — one page, from bytes to stored facts: decode and parse it, run the
 * rules, check what needs stored data (registry, price history), and save
 * the page, its findings (rolled into leads by the store) and its prices.
 * Also reads a page's body back from its WARC record when the store keeps
 * no copy.  Used the same way by the crawl, by rescan and by parse, so a
 * rescan treats a stored page exactly as the crawl that fetched it did.
 *
 * Threads: scan_analyse is CPU only and safe on any thread.  The functions
 * that take a store run on the thread that owns that store handle (during
 * a crawl, the crawler's store thread).  Library code: never prints, never
 * exits.
 */
#ifndef WANGJIAN_SCAN_H
#define WANGJIAN_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include "../parser/parser.h"
#include "../rules/rules.h"
#include "../store/store.h"

typedef enum {
    SCAN_OK = 0,
    SCAN_ENOMEM,
    SCAN_EPARSE,   /* the page or the rules could not be evaluated */
    SCAN_ESTORE,   /* the store failed (store_errmsg says why) */
    SCAN_EIO,      /* the WARC record could not be read back */
    SCAN_ENOTFOUND /* the page has no WARC evidence recorded */
} scan_result;

const char *scan_strerror(scan_result r);

/*
 * Parse body and run the rules on it: CPU only, no I/O, safe on any thread.
 * The kinds that need the store (LICENSE_MISMATCH, FAKE_ORIGINAL_PRICE) are
 * left to scan_check_stored.  A platform's search result page (page_kind
 * "search") is parsed but not judged, here nor there: it echoes the query.
 * On SCAN_OK *page is owned by the caller
 * (parser_page_free) and findings (initialised by the caller to {0})
 * receives the findings.
 */
scan_result scan_analyse(const char *body, size_t len, const char *content_type, const char *url,
                         const parser_profiles *profiles, const rules_book *book,
                         parser_page **page, rules_findings *findings);

/*
 * Run the rules that need stored data (registry for LICENSE_MISMATCH, price
 * history for FAKE_ORIGINAL_PRICE) and append their findings.  observed_at:
 * when the page was fetched; prices seen in the 7 days before it count, if
 * an earlier run than run_id saw them (or none: imported history).  run_id
 * is the run that fetched the page (0: any observation counts): prices the
 * same crawl saw on other pages do not, so two crawls of the same pages
 * give the same findings whatever order they fetched them in.  Before
 * scan_save stores the page's own prices.
 */
scan_result scan_check_stored(store *st, const rules_book *book, const char *url,
                              const parser_page *page, int64_t observed_at, int64_t run_id,
                              rules_findings *findings);

/* What the crawler knew about one fetch, for scan_save.  Strings borrowed. */
typedef struct {
    const char *url;
    const char *host;
    int status;
    const char *content_type;
    const char *body; size_t body_len;   /* NULL, 0: the body is kept only in the WARC */
    const store_blob *packed_body;       /* body packed by store_body_pack, or NULL */
    store_blob *packed_text;             /* page text from store_text_pack, or NULL (the
                                            store may take its data) */
    const char *warc_file; int64_t warc_offset;
    const char *ip;
    const char *etag;
    const char *last_modified;
    int64_t fetched_at;
    int64_t run_id;
    int *changed;    /* out, may be NULL: 1 when the page is new or its title,
                        text or extracted facts changed (store_page.changed) */
    const char *final_url;   /* after redirects, or NULL when there were none */
    const char *sha256;      /* hex SHA-256 of the body, or NULL */
    int rendered;            /* the page was judged on a rendered DOM, not on body */
} scan_fetch;

/*
 * Store one analysed page: the page row (text for search, body for rescan),
 * its findings rolled into leads under the page's subject, and its prices;
 * *page_id receives the page's id.  Joins the caller's transaction, if any.
 */
scan_result scan_save(store *st, const scan_fetch *f, const parser_page *page,
                      const rules_findings *findings, int64_t *page_id);

/* A digest of the facts extracted from page (licence numbers and how
 * they are displayed, ICP and 公网安备 numbers, shop and site name, prices)
 * as 16 hex digits in out: when it differs from the stored page's, the
 * page is a new version even if its text is the same (store_page.facts).
 * Not a security hash: it only detects change. */
void scan_facts_digest(const parser_page *page, char out[17]);

/* Tell the store which rules the current run judges: the enabled rules
 * of book.  Findings of other rules (a rescan with an investigator's own
 * rulebook) stay, and their leads are left alone (store_run_rules). */
scan_result scan_judge(store *st, const rules_book *book);

/* Where finding f (of page) quotes from: PARSER_RUN_ALT or PARSER_RUN_TITLE
 * when its match lies in the description of a shown image, else
 * PARSER_RUN_TEXT (page-level findings and matches in the title too). */
parser_run_kind scan_finding_kind(const parser_page *page, const rules_finding *f);

/* A stored snippet says where an image's description gave it: "[图片说明] "
 * (or "[图片标题] ") before it.  The snippet past that label (snippet itself
 * when it has none), to find it in the page's text again. */
const char *scan_snippet_body(const char *snippet);

/* Store findings as the findings of page_id (replacing its old ones), at
 * time now: what rescan does after scan_analyse and scan_check_stored.
 * With page (may be NULL), each finding's lead is routed from the page's
 * facts: a province and where it came from, and the authority (DOMAIN.md,
 * Routing), and a snippet quoted from an image's description says so
 * (scan_snippet_body()); and the page's identity signals replace its
 * stored ones. */
scan_result scan_save_findings(store *st, int64_t page_id, const rules_findings *findings,
                               const parser_page *page, int64_t now);

/* Lead subject of a page on host: "host/shop/ID" for a platform page the
 * profile gives a shop id (parser_page.shop_id: its shop_path or
 * shop_id_xpath), else the host.  Caller frees; NULL when out of memory. */
char *scan_subject(const char *host, const parser_page *page);
/* 1 when the page belongs to a shop on a platform (the profile names its
 * shop, or it is an item page), not to the platform itself: the platform
 * operator's licence in its footer is then not the shop's
 * (rules_context.platform_shop). */
int scan_platform_shop(const parser_page *page);

/* Lead subject of the page at url (canonical) on host, from the URL alone,
 * for a complaint that names a shop or site without a fetched page: the
 * platform profile that matches url decides, as it does for a fetched
 * page (an empty page is parsed with the URL).  profiles may be NULL.
 * Caller frees; NULL when out of memory. */
char *scan_url_subject(const char *url, const char *host, const parser_profiles *profiles);

/*
 * What rescan judges of the page stored under url, from its WARC record:
 * the rendered DOM when the crawl rendered it (*rendered = 1, UTF-8 HTML:
 * warc_read_page), else its body (digests checked): for pages whose body
 * the store does not keep.  On SCAN_OK *body (NUL-terminated, *len bytes)
 * is owned by the caller.  SCAN_ENOTFOUND when the page has no evidence
 * recorded; an unreadable record is SCAN_EIO with err naming the file and
 * offset.
 */
scan_result scan_page_from_warc(store *st, const char *url, char **body, size_t *len,
                                int *rendered, char *err, size_t errlen);

/* A store_code_fn (store_query_read_codes): the identity codes word reads
 * as (search_codes.c), normalised as the parser normalises its signals:
 * *codes NULL (none) or malloc'd "kind\tvalue\n" lines.  ctx unused.
 * 0, or -1 when out of memory. */
int scan_search_codes(void *ctx, const char *word, char **codes);

#endif
