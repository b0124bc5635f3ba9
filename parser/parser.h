/*
 * parser — bytes of one fetched page in, page facts out.
 *
 * Pure module: no network, no event loop, no database.  It decodes the body
 * to UTF-8 (HTTP charset → BOM → <meta> prescan → content sniff → GB18030),
 * parses it with libxml2 with recovery (no network, no external entities) and
 * extracts what the rules need: visible text with offsets back to the source,
 * links, licence / ICP / 公安备案 facts, prices and shop identity.
 *
 * Ownership: parser_parse() returns a parser_page owned by the caller, freed
 * with parser_page_free().  Every pointer inside it is owned by the page.
 * Offsets ("src_off") are byte offsets into the page decoded to UTF-8
 * (parser_page.source), so a snippet can be quoted exactly as served.
 */
#ifndef WANGJIAN_PARSER_H
#define WANGJIAN_PARSER_H

#include <stddef.h>

typedef enum {
    PARSER_OK = 0,
    PARSER_ENOMEM,   /* allocation failed */
    PARSER_EINVAL,   /* bad argument (NULL body with non-zero length, ...) */
    PARSER_ECHARSET, /* no converter for the detected charset (iconv) */
    PARSER_EHTML,    /* libxml2 could not build any tree at all */
    PARSER_EIO,      /* profile file unreadable */
    PARSER_ESYNTAX   /* profile file malformed (see error text) */
} parser_result;

const char *parser_strerror(parser_result r);

/* How the charset was decided, for `wangjian parse` and debugging. */
typedef enum {
    PARSER_CS_HTTP = 0, PARSER_CS_BOM, PARSER_CS_META, PARSER_CS_SNIFF, PARSER_CS_DEFAULT
} parser_charset_source;

/* Where a run's text is shown: a text node, or the description of a shown
 * image (its alt, its title: a tooltip), each emitted as a block of its own. */
typedef enum { PARSER_RUN_TEXT = 0, PARSER_RUN_ALT, PARSER_RUN_TITLE } parser_run_kind;

/* One run of visible text: text[text_off .. text_off+len) came from
 * source[src_off ..) (for ALT/TITLE: inside the attribute's value).  Runs
 * are in document order. */
typedef struct {
    size_t text_off;
    size_t len;
    size_t src_off;
    parser_run_kind kind;
} parser_run;

typedef struct {
    char *href;     /* as written in the page (attribute value, entity-decoded) */
    char *tag;      /* "a", "area", "iframe", "frame", "link", "meta-refresh" */
    char *anchor;   /* visible anchor text or alt/title, may be "" */
    int nofollow;   /* rel contains nofollow */
    int role;       /* on a search page whose profile marks them: PARSER_LINK_RESULT or
                       PARSER_LINK_NEXT (see parser_page.search_links), else 0 */
} parser_link;

enum { PARSER_LINK_RESULT = 1, PARSER_LINK_NEXT = 2 };

typedef enum { PARSER_LIC_USCC = 0, PARSER_LIC_REGNO } parser_license_kind;

/* A displayed business-licence number (统一社会信用代码 or 注册号). */
typedef struct {
    parser_license_kind kind;
    char code[20];      /* 18 chars (USCC) or 15 digits (注册号), NUL-terminated */
    int check_ok;       /* check character valid (GB 32100-2015 / ISO 7064 MOD 11,10) */
    int visible;        /* found in visible text (not script/hidden/comment) */
    size_t text_off;    /* offset in parser_page.text when visible, else 0 */
    char *company;      /* name near the code, or NULL */
    char *legal_rep;    /* 法定代表人 near the code, or NULL */
    char *address;      /* 住所/地址 near the code, or NULL */
    int platform;       /* on a platform page: the platform operator's own licence (its
                           profile's [identity] uscc, or 平台… before it in its block), which
                           does not satisfy a shop's own display duty */
} parser_license;

typedef enum {
    PARSER_ICP_FILING = 0, /* 京ICP备16017121号-1 */
    PARSER_ICP_LICENSE,    /* 京ICP证030173号 */
    PARSER_ICP_B2,         /* 浙B2-20080101 */
    PARSER_ICP_PSB         /* 京公网安备 11010502032345号 (公安备案) */
} parser_icp_kind;

typedef struct {
    parser_icp_kind kind;
    char *number;          /* as displayed, whitespace collapsed */
    char abbr[8];          /* province abbreviation in UTF-8 ("京"), "" if none */
    const char *province;  /* static string ("北京"), NULL if unknown abbreviation */
    int well_formed;       /* digits/shape valid and not a placeholder */
    int visible;
    size_t text_off;
} parser_icp;

/* One priced item on the page.  Prices are in yuan; original < 0 when absent. */
typedef struct {
    char *item_key;     /* stable per item: profile item id, else URL path + index */
    double price;       /* 现价/促销价/到手价 (lowest of a range) */
    double original;    /* 原价/划线价/市场价/<del>, or -1 */
    size_t text_off;    /* where the current price is in parser_page.text */
} parser_price;

typedef enum {
    PARSER_CERT_CCC = 0, /* 中国强制性产品认证 (3C) certificate */
    PARSER_CERT_HNTE,    /* 高新技术企业 certificate (GR…) */
    PARSER_CERT_OTHER,   /* any other certificate or award number */
    PARSER_CERT_PATENT   /* a Chinese patent number after 专利号 (ZL…) */
} parser_cert_kind;

/* A certificate or award number the page displays after 证书编号/证书号/认证编号
 * (parser/cert.c; visible text only). */
typedef struct {
    parser_cert_kind kind;
    char *number;       /* as displayed, whitespace collapsed */
    int well_formed;    /* a number of that kind can look like this (not a placeholder) */
    size_t text_off;    /* where the number starts in parser_page.text */
    size_t text_len;    /* its length there, in bytes */
} parser_cert;

/* Licence display evidence other than a number. */
typedef struct {
    int image;          /* <img> whose alt/title/src names 营业执照 / license */
    int link;           /* link to a licence page (anchor text 营业执照/工商亮照 ...) */
    int ezz_link;       /* link to zzlz.gsxt.gov.cn (electronic licence display) */
    char *ezz_serial;   /* serial= parameter of that link, or NULL */
    char *ezz_company;  /* with a serial: the company named in the visible text around the
                           link's anchor (parser/license.c), or NULL */
    size_t ezz_off, ezz_len; /* that anchor in parser_page.text (0, 0 when not found) */
    int exemption;      /* 电子商务法第十条 exemption statement displayed */
} parser_license_display;

/* An identity signal (parser/signals.c): a fact by which two shops can be
 * shown to be run by one operator (同一经营者). */
typedef struct {
    const char *kind;   /* static: "uscc", "icp", "psb", "company", "mobile", "landline",
                           "hotline", "email", "qq", "wechat", "payee", "baidu_tongji",
                           "cnzz", "ga", "gtm", "baidu_verify", "google_verify",
                           "template" (the theme's markup skeleton, "skel1:" + 16 hex;
                           none on a platform's pages or a page too plain to tell) */
    char *value;        /* normalised: equal facts are equal strings */
    int strong;         /* 1: may join subjects; 0: shown only (company, landline, hotline,
                           template) */
} parser_signal;

typedef struct parser_profile parser_profile;   /* one platform profile */
typedef struct parser_profiles parser_profiles; /* a set loaded from a directory */

typedef struct {
    char *source;        /* body decoded to UTF-8 (NUL-terminated) */
    size_t source_len;
    char charset[32];    /* canonical WHATWG name actually used, e.g. "GBK", "UTF-8" */
    parser_charset_source charset_source;
    char *title;         /* <title>, whitespace collapsed, or NULL */
    char *site_name;     /* og:site_name, or NULL */
    char *shop_name;     /* from the platform profile, or NULL */
    char *shop_id;       /* the shop this platform page belongs to, by the profile's
                            shop_id / shop_id_xpath ([A-Za-z0-9_-]{1,64}), or NULL */
    char *base_href;     /* <base href>, or NULL */
    const char *platform;    /* profile name when a profile matched the URL, else NULL
                                (points into the parser_profiles: valid while they live) */
    const char *page_kind;   /* "home", "item", "search", or NULL when unknown */
    int mark_required;   /* profile defines an identity mark for this page kind */
    int mark_present;    /* ... and the page shows it */
    int search_links;    /* a search page whose profile has [search] results: its links
                            carry their role, and a keyword crawl follows only those */

    char *text;          /* visible text, UTF-8, NUL-terminated; blocks separated by '\n' */
    size_t text_len;
    parser_run *runs;     size_t n_runs;
    parser_link *links;   size_t n_links;
    parser_license *licenses; size_t n_licenses;
    parser_license_display license_display;
    parser_icp *icps;     size_t n_icps;
    parser_price *prices; size_t n_prices;
    parser_signal *signals; size_t n_signals;
    parser_cert *certs;   size_t n_certs;
} parser_page;

/* Initialise libxml2 once, from the main thread, before parser_parse() is
 * called from several threads (libxml2's lazy initialisation is not
 * thread-safe).  Safe to call more than once. */
void parser_global_init(void);

/*
 * Parse one page.  body/len: the raw bytes (borrowed).  content_type: the
 * HTTP Content-Type header value or NULL.  url: the page URL (borrowed; used
 * for item keys and profile matching).  profiles: may be NULL.
 * On PARSER_OK *out owns a new page; on error *out is NULL.
 * Malformed HTML and invalid byte sequences are not errors: they are
 * recovered (U+FFFD for bad bytes) and still yield a page.
 */
parser_result parser_parse(const char *body, size_t len, const char *content_type,
                           const char *url, const parser_profiles *profiles,
                           parser_page **out);

void parser_page_free(parser_page *page); /* accepts NULL */
/* Free the decoded source and the links, the bulk of a page, when only the
 * text, its runs and the extracted facts are still needed (source_len and
 * n_links become 0).  Accepts NULL. */
void parser_page_trim(parser_page *page);

/* Map an offset in page->text to the source offset (for findings). */
size_t parser_text_to_source(const parser_page *page, size_t text_off);
/* Where the text at page->text[text_off] comes from: PARSER_RUN_ALT or
 * PARSER_RUN_TITLE inside an image's description, else PARSER_RUN_TEXT
 * (separators included). */
parser_run_kind parser_text_kind(const parser_page *page, size_t text_off);
/* A label for kind, to put before a snippet quoted from it: "图片说明" (alt),
 * "图片标题" (title), NULL for PARSER_RUN_TEXT.  Static. */
const char *parser_run_kind_label(parser_run_kind kind);

/* Charset helpers (exposed for `wangjian parse` and the html5lib tests).
 * parser_charset_label: canonical WHATWG encoding name for a label
 * ("gb2312" -> "GBK", "latin1" -> "windows-1252"), or NULL when unknown.
 * parser_charset_prescan: the WHATWG <meta> prescan of the first 1024
 * bytes; canonical name or NULL when nothing is declared there.
 * Both return static strings. */
const char *parser_charset_label(const char *label, size_t len);
const char *parser_charset_prescan(const char *body, size_t len);

/* Check characters (exposed for the rules and for tests). */
int parser_uscc_valid(const char *code18);   /* 1 valid, 0 not */
int parser_regno_valid(const char *digits15);

/* Signal kinds: strong (1) may join subjects into one operator; contact
 * (1) is personal information under PIPL (phones, e-mail, QQ, WeChat,
 * payee), masked in exports unless asked for. */
int parser_signal_strong(const char *kind);
int parser_signal_contact(const char *kind);
/* raw written by a person (a profile's [identity] entry) normalised as the
 * extractor normalises values of kind, so the two compare equal.  Caller
 * frees; NULL on ENOMEM or a NULL argument. */
char *parser_signal_normalise(const char *kind, const char *raw);

/*
 * Load every *.ini platform profile in dir.  On error, err receives
 * "file:line: message".  *out is owned by the caller (parser_profiles_free).
 */
parser_result parser_profiles_load(const char *dir, parser_profiles **out,
                                   char *err, size_t errlen);
void parser_profiles_free(parser_profiles *p); /* accepts NULL */

/* Keyword crawls: the name of profile i (in load order), or NULL past the
 * last one (the string lives as long as p); the [search] max_pages of the
 * profile named platform (PARSER_SEARCH_PAGES_DEFAULT when unset, 0 when
 * there is no such profile). */
#define PARSER_SEARCH_PAGES_MAX 50
#define PARSER_SEARCH_PAGES_DEFAULT 5
const char *parser_profiles_name(const parser_profiles *p, size_t i);
int parser_profiles_search_pages(const parser_profiles *p, const char *platform);
/* 1 when the profile named platform sets render = yes for page_kind
 * ("home", "item", "search"): crawl --render auto renders such pages. */
int parser_profiles_render(const parser_profiles *p, const char *platform, const char *page_kind);
/* 1 when a profile's [identity] section lists (kind, value) as the
 * platform's own signal (value as parser_signal normalises it), else 0. */
int parser_profiles_identity(const parser_profiles *p, const char *kind, const char *value);

/* Build a keyword-search URL from the profile named platform, or NULL.
 * Caller frees the result. */
char *parser_profiles_search_url(const parser_profiles *p, const char *platform,
                                 const char *keyword);

#endif
