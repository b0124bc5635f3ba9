/*
 * Identity signals (同一经营者, DOMAIN.md "Linking shops to one operator"):
 * the facts by which two shops can be shown to be run by one operator.
 *
 * Visible text gives contact details and names: phone numbers, e-mail, QQ,
 * WeChat, company name and payee (where labelled), and reuses what
 * license.c and icp.c found there: valid USCCs, ICP filing / licence
 * numbers without their -N site suffix (one filing entity, several sites)
 * and 公网安备 numbers.  The whole source gives analytics and
 * site-verification IDs, which live in scripts and <meta> tags.  The
 * walk's markup skeleton gives the template fingerprint (skeleton.c),
 * except on a platform's pages.
 *
 * The text is first folded (fold()): full-width ASCII to ASCII, NBSP and
 * the ideographic space to ' ', and the traditional forms of the label
 * characters and of the province abbreviations to simplified, so
 * "電話：１３９…" reads as "电话：139…" and 閩ICP備… is the filing 闽ICP备….
 * Values are normalised so that equal facts compare equal as strings:
 * phones as bare digits (+86 dropped), e-mail, WeChat IDs and hex IDs in
 * lower case, a GA ID as its account ("UA-12345"), an ICP number as
 * province + ICP备/ICP证 + digits.  Malformed values yield nothing.
 *
 * Strength: strong signals may join subjects into one operator; weak ones
 * (company name alone, landline, 400/800 hotline, template) are shown but never
 * join.  At most PARSER_MAX_SIGNALS per page, duplicates dropped.
 */
#include "parser/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { NAME_MAX_BYTES = 90, ID_MAX = 64, MAX_GROUPS = 12, META_WINDOW = 400 };

typedef struct {
    parser_signal *v;
    size_t n, cap;
    int failed;
} sig_list;

static const char *const STRONG_KINDS[] = {"uscc", "icp", "psb", "email", "mobile",
                                           "qq", "wechat", "baidu_tongji", "cnzz", "ga",
                                           "gtm", "baidu_verify", "google_verify", "payee"};

int parser_signal_strong(const char *kind)
{
    for (size_t i = 0; kind && i < sizeof STRONG_KINDS / sizeof STRONG_KINDS[0]; i++)
        if (strcmp(kind, STRONG_KINDS[i]) == 0)
            return 1;
    return 0;
}

int parser_signal_contact(const char *kind)
{
    static const char *const C[] = {"mobile", "landline", "hotline", "email", "qq", "wechat",
                                    "payee"};
    for (size_t i = 0; kind && i < sizeof C / sizeof C[0]; i++)
        if (strcmp(kind, C[i]) == 0)
            return 1;
    return 0;
}

/* Adds (kind, value[0..len)) unless already there; kind is a static string. */
static void add(sig_list *L, const char *kind, const char *value, size_t len)
{
    if (L->failed || len == 0 || L->n >= PARSER_MAX_SIGNALS)
        return;
    for (size_t i = 0; i < L->n; i++)
        if (strcmp(L->v[i].kind, kind) == 0 && strlen(L->v[i].value) == len &&
            memcmp(L->v[i].value, value, len) == 0)
            return;
    if (L->n == L->cap) {
        parser_signal *v = parser_grow(L->v, &L->cap, sizeof *v, 8);
        if (!v) {
            L->failed = 1;
            return;
        }
        L->v = v;
    }
    char *copy = strndup(value, len);
    if (!copy) {
        L->failed = 1;
        return;
    }
    L->v[L->n].kind = kind;
    L->v[L->n].value = copy;
    L->v[L->n].strong = parser_signal_strong(kind);
    L->n++;
}

/* ---- folding ---- */

static uint32_t fold_cp(uint32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return cp - 0xFEE0;
    if (cp == 0x3000 || cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A))
        return ' ';
    if (cp == 0x2014 || cp == 0x2013 || cp == 0x2010 || cp == 0x2212)
        return '-';
    return parser_simplified(cp);
}

/* s[0..n) folded (see the file comment); caller frees; NULL on ENOMEM. */
static char *fold(const char *s, size_t n, size_t *out_len)
{
    pbuf b = {0};
    size_t i = 0, run = 0;   /* s[run .. i) is kept as it is */
    while (i < n) {
        size_t st = i;
        uint32_t cp = parser_utf8_next(s, n, &i);
        uint32_t f = fold_cp(cp);
        if (f != cp) {
            char u[4];
            parser_pbuf_append(&b, s + run, st - run);
            parser_pbuf_append(&b, u, parser_utf8_put(f, u));
            run = i;
        }
    }
    parser_pbuf_append(&b, s + run, n - run);
    return parser_pbuf_take(&b, out_len);
}

/* ---- phone numbers ---- */

static int is_alnum_at(const char *t, size_t n, size_t i)
{
    return i < n && isalnum((unsigned char)t[i]);
}

/* Kind of the phone number d (all digits, +86 already dropped), or NULL. */
static const char *phone_kind(const char *d, size_t k)
{
    if (k == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9')
        return "mobile";
    if (k == 10 && (strncmp(d, "400", 3) == 0 || strncmp(d, "800", 3) == 0))
        return "hotline";
    if (k >= 10 && k <= 12 && d[0] == '0' && d[1] != '0')
        return "landline";
    return NULL;
}

/* Digits of groups g..h joined into d (at most 20); their count. */
static size_t join_groups(const char *t, const size_t (*grp)[2], size_t g, size_t h, char *d)
{
    size_t k = 0;
    for (size_t x = g; x <= h; x++)
        for (size_t y = grp[x][0]; y < grp[x][1] && k < 20; y++)
            d[k++] = t[y];
    d[k] = '\0';
    return k;
}

/* The longest run of groups from g that is a phone number; its last group
 * in *last, the kind returned (NULL: none). */
static const char *phone_from(const char *t, const size_t (*grp)[2], size_t ng, size_t g,
                              size_t *last, char *d, size_t *dlen)
{
    const char *best = NULL;
    char tmp[24];
    for (size_t h = g; h < ng; h++) {
        size_t k = join_groups(t, grp, g, h, tmp);
        const char *p = tmp;
        if (k == 13 && strncmp(tmp, "861", 3) == 0) { /* +86 / 86 before a mobile */
            p += 2;
            k -= 2;
        }
        const char *kind = phone_kind(p, k);
        if (kind) {
            best = kind;
            *last = h;
            memcpy(d, p, k + 1);
            *dlen = k;
        }
    }
    return best;
}

/* At t[i], a digit not preceded by a letter or digit: groups of digits
 * separated by one ' ', '-', '(' or ')'.  Returns the end of the run. */
static size_t scan_phone(sig_list *L, const char *t, size_t n, size_t i)
{
    size_t grp[MAX_GROUPS][2], ng = 0, j = i;
    while (j < n && ng < MAX_GROUPS && isdigit((unsigned char)t[j])) {
        size_t st = j;
        while (j < n && isdigit((unsigned char)t[j]))
            j++;
        grp[ng][0] = st;
        grp[ng][1] = j;
        ng++;
        if (j + 1 < n && strchr(" -()", t[j]) && t[j] != '\0' &&
            (isdigit((unsigned char)t[j + 1]) || (t[j] == ')' && t[j + 1] == ' ')))
            j += t[j] == ')' && t[j + 1] == ' ' ? 2 : 1;
        else
            break;
    }
    size_t end = ng ? grp[ng - 1][1] : i + 1;
    if (is_alnum_at(t, n, end) || (end < n && t[end] == '@'))
        return end; /* part of a longer code or an e-mail address */
    for (size_t g = 0; g < ng;) {
        size_t last = g, dlen = 0;
        char d[24];
        const char *kind = phone_from(t, (const size_t(*)[2])grp, ng, g, &last, d, &dlen);
        if (kind)
            add(L, kind, d, dlen);
        g = kind ? last + 1 : g + 1;
    }
    return end;
}

/* ---- e-mail ---- */

static int local_char(char c)
{
    return isalnum((unsigned char)c) || (c && strchr("._%+-", c));
}

static int domain_char(char c)
{
    return isalnum((unsigned char)c) || c == '.' || c == '-';
}

static void scan_email(sig_list *L, const char *t, size_t n, size_t at)
{
    size_t a = at, b = at + 1;
    while (a > 0 && local_char(t[a - 1]) && at - a < ID_MAX)
        a--;
    while (b < n && domain_char(t[b]) && b - at < ID_MAX)
        b++;
    while (b > at + 1 && (t[b - 1] == '.' || t[b - 1] == '-'))
        b--;
    const char *dot = memrchr(t + at, '.', b - at);
    if (a == at || !dot || dot == t + at + 1)
        return;
    size_t tld = (size_t)(t + b - dot - 1);
    for (size_t k = 1; k <= tld; k++)
        if (!isalpha((unsigned char)dot[k]))
            return;
    static const char *const FILES[] = {"png", "jpg", "jpeg", "gif", "webp", "svg", "css", "js"};
    for (size_t k = 0; k < sizeof FILES / sizeof FILES[0]; k++)
        if (tld == strlen(FILES[k]) && strncasecmp(dot + 1, FILES[k], tld) == 0)
            return; /* "logo@2x.png" */
    if (tld < 2)
        return;
    char v[2 * ID_MAX + 2];
    size_t k = 0;
    for (size_t x = a; x < b && k + 1 < sizeof v; x++)
        v[k++] = (char)tolower((unsigned char)t[x]);
    add(L, "email", v, k);
}

/* ---- labelled values ---- */

static int starts(const char *t, size_t n, size_t i, const char *lit)
{
    size_t l = strlen(lit);
    return i + l <= n && memcmp(t + i, lit, l) == 0;
}

/* After a label: "号"/"码"/"号码"/"名称", spaces and one ':'.  Returns where
 * the value starts; *colon says whether a colon was seen. */
static size_t after_label(const char *t, size_t n, size_t i, int *colon)
{
    static const char *const TAILS[] = {"号码", "名称", "号", "码", "账号", "ID", "id"};
    for (size_t k = 0; k < sizeof TAILS / sizeof TAILS[0]; k++)
        if (starts(t, n, i, TAILS[k])) {
            i += strlen(TAILS[k]);
            break;
        }
    while (i < n && t[i] == ' ')
        i++;
    *colon = 0;
    if (i < n && t[i] == ':') {
        *colon = 1;
        i++;
    } else if (starts(t, n, i, "：")) {
        *colon = 1;
        i += strlen("：");
    }
    while (i < n && t[i] == ' ')
        i++;
    return i;
}

static void scan_qq(sig_list *L, const char *t, size_t n, size_t v)
{
    size_t e = v;
    while (e < n && isdigit((unsigned char)t[e]) && e - v < 12)
        e++;
    if (e - v >= 5 && e - v <= 11 && t[v] != '0' && !is_alnum_at(t, n, e))
        add(L, "qq", t + v, e - v);
}

/* WeChat ID: a letter then 5-19 of [A-Za-z0-9_-], or a mobile number. */
static void scan_wechat(sig_list *L, const char *t, size_t n, size_t v)
{
    size_t e = v;
    while (e < n && (isalnum((unsigned char)t[e]) || t[e] == '_' || t[e] == '-') && e - v <= 20)
        e++;
    size_t len = e - v;
    char id[24];
    if (len < 6 || len > 20 || (e < n && (t[e] == '@' || t[e] == '.')))
        return;
    for (size_t k = 0; k < len; k++)
        id[k] = (char)tolower((unsigned char)t[v + k]);
    id[len] = '\0';
    int digits = strspn(id, "0123456789") == len;
    if (isalpha((unsigned char)id[0]) || (digits && phone_kind(id, len)))
        add(L, "wechat", id, len);
}

/* A name after a label: up to whitespace or punctuation, 2+ characters. */
static void scan_name(sig_list *L, const char *kind, const char *t, size_t n, size_t v)
{
    static const char *const STOPS[] = {"，", "。", "；", "、", "|", "地址",
                                        "电话", "统一社会", "法定代表人", "联系"};
    size_t e = v, chars = 0;
    while (e < n && e - v < NAME_MAX_BYTES) {
        unsigned char c = (unsigned char)t[e];
        if (c == '\n' || c == ' ' || c == ',' || c == ';' || c == ':' || c == '<')
            break;
        int stop = 0;
        for (size_t k = 0; k < sizeof STOPS / sizeof STOPS[0] && !stop; k++)
            stop = starts(t, n, e, STOPS[k]);
        if (stop)
            break;
        size_t j = e;
        parser_utf8_next(t, n, &j);
        e = j;
        chars++;
    }
    if (chars >= 2 && e - v < NAME_MAX_BYTES)
        add(L, kind, t + v, e - v);
}

typedef enum { LBL_QQ, LBL_WECHAT, LBL_COMPANY, LBL_PAYEE } label_kind;

static const struct {
    const char *text;
    label_kind kind;
    int ascii; /* must not follow a letter or digit */
} LABELS[] = {
    {"QQ", LBL_QQ, 1},          {"qq", LBL_QQ, 1},           {"Qq", LBL_QQ, 1},
    {"扣扣", LBL_QQ, 0},        {"微信", LBL_WECHAT, 0},     {"VX", LBL_WECHAT, 1},
    {"vx", LBL_WECHAT, 1},      {"Vx", LBL_WECHAT, 1},       {"V信", LBL_WECHAT, 0},
    {"wx", LBL_WECHAT, 1},      {"WX", LBL_WECHAT, 1},       {"weixin", LBL_WECHAT, 1},
    {"WeChat", LBL_WECHAT, 1},  {"公司名称", LBL_COMPANY, 0}, {"企业名称", LBL_COMPANY, 0},
    {"经营者", LBL_COMPANY, 0}, {"经营主体", LBL_COMPANY, 0}, {"运营主体", LBL_COMPANY, 0},
    {"主体", LBL_COMPANY, 0},   {"收款人", LBL_PAYEE, 0},    {"收款方", LBL_PAYEE, 0},
    {"收款账户名", LBL_PAYEE, 0}, {"户名", LBL_PAYEE, 0},
};

/* Tries the labels at t[i], in LABELS order, through labels (LABELS as a
 * set, which compares only the labels whose first two bytes are there:
 * scan_text asks at every byte of the text); returns the end of a match
 * or i. */
static size_t scan_label(sig_list *L, const parser_labelset *labels, const char *t, size_t n,
                         size_t i)
{
    for (uint32_t m = parser_labelset_at(labels, t, n, i); m; m &= m - 1) {
        size_t k = (size_t)__builtin_ctz(m);
        if (LABELS[k].ascii && i > 0 && isalnum((unsigned char)t[i - 1]))
            continue;
        size_t end = i + labels->len[k];
        int colon;
        size_t v = after_label(t, n, end, &colon);
        switch (LABELS[k].kind) {
        case LBL_QQ: scan_qq(L, t, n, v); break;
        case LBL_WECHAT:
            if (colon || v > end)
                scan_wechat(L, t, n, v);
            break;
        case LBL_COMPANY:
            if (colon)
                scan_name(L, "company", t, n, v);
            break;
        case LBL_PAYEE:
            if (colon)
                scan_name(L, "payee", t, n, v);
            break;
        }
        return end;
    }
    return i;
}

static void scan_text(sig_list *L, const char *t, size_t n)
{
    parser_labelset labels;
    parser_labelset_init(&labels);
    for (size_t k = 0; k < sizeof LABELS / sizeof LABELS[0]; k++)
        parser_labelset_add(&labels, LABELS[k].text);
    for (size_t i = 0; i < n && !L->failed;) {
        unsigned char c = (unsigned char)t[i];
        if (isdigit(c) && (i == 0 || !isalnum((unsigned char)t[i - 1]))) {
            i = scan_phone(L, t, n, i);
            continue;
        }
        if (c == '@')
            scan_email(L, t, n, i);
        size_t j = scan_label(L, &labels, t, n, i);
        i = j > i ? j : i + 1;
    }
}

/* ---- analytics and verification IDs (whole source) ---- */

/* Copies up to max chars of t[v..) that satisfy ok() (upper-cased when
 * upper, else lower-cased) into out; their count. */
static size_t take_id(const char *t, size_t n, size_t v, int (*ok)(int), int upper, char *out,
                      size_t max)
{
    size_t k = 0;
    while (v + k < n && k < max && ok((unsigned char)t[v + k])) {
        int c = (unsigned char)t[v + k];
        out[k++] = (char)(upper ? toupper(c) : tolower(c));
    }
    out[k] = '\0';
    return k;
}

static int id_char(int c)
{
    return isalnum(c) || c == '-' || c == '_';
}

static int quote_or_eq(int c)
{
    return c == '\'' || c == '"' || c == '=';
}

/* "UA-12345-1" (kept as its account "UA-12345"), "G-XXXXXXXX", "GTM-XXXX",
 * only inside quotes or after '=' (a script or URL, not prose). */
static void scan_google(sig_list *L, const char *t, size_t n, size_t i)
{
    char id[ID_MAX + 1];
    if (i == 0 || !quote_or_eq((unsigned char)t[i - 1]))
        return;
    size_t k = take_id(t, n, i, id_char, 1, id, ID_MAX);
    if (i + k < n && isalnum((unsigned char)t[i + k]))
        return;
    if (strncmp(id, "UA-", 3) == 0) {
        size_t d = strspn(id + 3, "0123456789");
        if (d >= 4 && d <= 10 && id[3 + d] == '-' && isdigit((unsigned char)id[4 + d]))
            add(L, "ga", id, 3 + d);
    } else if (strncmp(id, "GTM-", 4) == 0 && k >= 8 && k <= 12 && !strchr(id + 4, '-')) {
        add(L, "gtm", id, k);
    } else if (strncmp(id, "G-", 2) == 0 && k >= 8 && k <= 14 && !strchr(id + 2, '-')) {
        add(L, "ga", id, k);
    }
}

static int hex_char(int c)
{
    return isxdigit(c);
}

static int digit_char(int c)
{
    return isdigit(c);
}

/* The content="..." of the <meta> tag around t[i] (a site-verification
 * name), whichever order its attributes come in. */
static void scan_meta(sig_list *L, const char *kind, const char *t, size_t n, size_t i)
{
    size_t a = i, b = i;
    while (a > 0 && t[a] != '<' && i - a < META_WINDOW)
        a--;
    while (b < n && t[b] != '>' && b - i < META_WINDOW)
        b++;
    if (t[a] != '<' || b >= n || strncasecmp(t + a, "<meta", 5) != 0)
        return;
    for (size_t x = a; x + 9 < b; x++) {
        if (strncasecmp(t + x, "content=", 8) != 0)
            continue;
        char q = t[x + 8], id[ID_MAX + 1];
        size_t v = x + 9;
        if (q != '"' && q != '\'')
            return;
        size_t k = take_id(t, n, v, id_char, 0, id, ID_MAX);
        if (k >= 6 && v + k < n && t[v + k] == q)
            add(L, kind, t + v, k); /* case kept: these tokens are case-sensitive */
        return;
    }
}

/* What scan_source looks for, by number in SOURCE_LABELS. */
enum { SRC_HM, SRC_ID, SRC_WEB_ID, SRC_UA, SRC_G, SRC_GTM, SRC_BAIDU, SRC_GOOGLE };
static const char *const SOURCE_LABELS[] = {"hm.js?",
                                            "id=",
                                            "web_id=",
                                            "UA-",
                                            "G-",
                                            "GTM-",
                                            "baidu-site-verification",
                                            "google-site-verification",
                                            NULL};

/* The whole source, byte by byte: only where one of SOURCE_LABELS starts
 * (the label set compares only the labels whose first two bytes are there)
 * is an ID read. */
static void scan_source(sig_list *L, const char *t, size_t n)
{
    parser_labelset labels;
    parser_labelset_init(&labels);
    for (size_t k = 0; SOURCE_LABELS[k]; k++)
        parser_labelset_add(&labels, SOURCE_LABELS[k]);
    char id[ID_MAX + 1];
    for (size_t i = 0; i < n && !L->failed; i++) {
        uint32_t m = parser_labelset_at(&labels, t, n, i);
        if (!m)
            continue;
        if (m & 1u << SRC_HM) {
            if (take_id(t, n, i + 6, hex_char, 0, id, 40) == 32)
                add(L, "baidu_tongji", id, 32);
        } else if ((m & (1u << SRC_ID | 1u << SRC_WEB_ID)) && i >= 1 &&
                   (t[i - 1] == '?' || t[i - 1] == '&')) {
            size_t v = i + (m & 1u << SRC_ID ? 3 : 7);
            size_t back = i > 120 ? i - 120 : 0;
            size_t k = take_id(t, n, v, digit_char, 0, id, 12);
            if (k >= 4 && k <= 11 && memmem(t + back, i - back, "cnzz.com", 8))
                add(L, "cnzz", id, k);
        } else if (m & (1u << SRC_UA | 1u << SRC_G | 1u << SRC_GTM)) {
            scan_google(L, t, n, i);
        } else if (m & 1u << SRC_BAIDU) {
            scan_meta(L, "baidu_verify", t, n, i);
        } else if (m & 1u << SRC_GOOGLE) {
            scan_meta(L, "google_verify", t, n, i);
        }
    }
}

/* ---- facts the other extractors found ---- */

/* "浙ICP备2023040506号-1" -> "浙ICP备2023040506": abbreviation, kind and
 * the main digits; the -N site suffix dropped. */
static void add_icp(sig_list *L, const parser_icp *c)
{
    size_t n = strlen(c->number), flen = 0;
    char *f = fold(c->number, n, &flen);
    if (!f) {
        L->failed = 1;
        return;
    }
    const char *mark = strstr(f, "备") ? "备" : "证";
    const char *p = strstr(f, mark);
    char v[64], d[24];
    size_t k = 0;
    for (p = p ? p + strlen(mark) : f; *p && k + 1 < sizeof d; p++) {
        if (isdigit((unsigned char)*p))
            d[k++] = *p;
        else if (k > 0 || (*p != ' ' && *p != ':' && *p != '|'))
            break;
    }
    d[k] = '\0';
    free(f);
    size_t alen = 0;
    char *abbr = fold(c->abbr, strlen(c->abbr), &alen); /* 閩 -> 闽 */
    if (!abbr) {
        L->failed = 1;
        return;
    }
    int len = snprintf(v, sizeof v, "%sICP%s%s", abbr, mark, d);
    free(abbr);
    if (k >= 6 && len > 0 && (size_t)len < sizeof v)
        add(L, "icp", v, (size_t)len);
}

static void add_icps(sig_list *L, const parser_page *page)
{
    for (size_t i = 0; i < page->n_icps; i++) {
        const parser_icp *c = &page->icps[i];
        if (!c->visible || !c->well_formed)
            continue;
        if (c->kind == PARSER_ICP_FILING || c->kind == PARSER_ICP_LICENSE) {
            add_icp(L, c);
        } else if (c->kind == PARSER_ICP_PSB) {
            size_t fn = 0, k = 0;
            char d[24], *f = fold(c->number, strlen(c->number), &fn); /* full-width digits */
            if (!f) {
                L->failed = 1;
                return;
            }
            for (const char *p = f; *p && k + 1 < sizeof d; p++)
                if (isdigit((unsigned char)*p))
                    d[k++] = *p;
            free(f);
            add(L, "psb", d, k);
        }
    }
}

static void add_licenses(sig_list *L, const parser_page *page)
{
    for (size_t i = 0; i < page->n_licenses; i++) {
        const parser_license *l = &page->licenses[i];
        if (!l->visible || l->platform) /* the platform operator's is no shop's signal */
            continue;
        if (l->kind == PARSER_LIC_USCC && l->check_ok)
            add(L, "uscc", l->code, strlen(l->code));
        size_t n = 0;
        char *name = l->company && l->company[0] ? fold(l->company, strlen(l->company), &n) : NULL;
        if (name)
            add(L, "company", name, n); /* folded as the labelled names are */
        else if (l->company && l->company[0])
            L->failed = 1;
        free(name);
    }
}

/* The theme's skeleton (skeleton.c) as a weak "template" signal, except on
 * a platform's pages: there the skeleton is the platform's page frame, the
 * same for every shop, and says nothing about who runs the shop. */
static void add_template(sig_list *L, const parser_page *page, const html_extra *extra)
{
    char v[32];
    if (extra && !page->platform && parser_skel_value(&extra->skel, v, sizeof v))
        add(L, "template", v, strlen(v));
}

parser_result parser_signals_extract(parser_page *page, const html_extra *extra)
{
    sig_list L = {0};
    add_template(&L, page, extra);
    add_licenses(&L, page);
    add_icps(&L, page);
    if (page->text) {
        size_t n = 0;
        char *t = fold(page->text, page->text_len, &n);
        if (t)
            scan_text(&L, t, n);
        else
            L.failed = 1;
        free(t);
    }
    if (page->source)
        scan_source(&L, page->source, page->source_len);
    page->signals = L.v;
    page->n_signals = L.n;
    return L.failed ? PARSER_ENOMEM : PARSER_OK;
}

void parser_signals_free(parser_page *page)
{
    for (size_t i = 0; i < page->n_signals; i++)
        free(page->signals[i].value);
    free(page->signals);
    page->signals = NULL;
    page->n_signals = 0;
}

char *parser_signal_normalise(const char *kind, const char *raw)
{
    if (!kind || !raw)
        return NULL;
    size_t n = 0;
    char *f = fold(raw, strlen(raw), &n);
    if (!f)
        return NULL;
    pbuf b = {0};
    int phone = strcmp(kind, "mobile") == 0 || strcmp(kind, "landline") == 0 ||
                strcmp(kind, "hotline") == 0;
    int digits = phone || strcmp(kind, "psb") == 0 || strcmp(kind, "qq") == 0 ||
                 strcmp(kind, "cnzz") == 0;
    int lower = strcmp(kind, "email") == 0 || strcmp(kind, "wechat") == 0 ||
                strcmp(kind, "baidu_tongji") == 0;
    int upper = strcmp(kind, "icp") == 0 || strcmp(kind, "uscc") == 0 ||
                strcmp(kind, "ga") == 0 || strcmp(kind, "gtm") == 0;
    for (size_t i = 0; i < n; i++) {
        char c = f[i];
        if (c == ' ' || (digits && !isdigit((unsigned char)c)))
            continue;
        if (strcmp(kind, "icp") == 0 && (c == '-' || starts(f, n, i, "号")))
            break; /* the -N site suffix and 号 are not part of the filing */
        parser_pbuf_putc(&b, lower   ? (char)tolower((unsigned char)c)
                             : upper ? (char)toupper((unsigned char)c)
                                     : c);
    }
    free(f);
    char *v = parser_pbuf_take(&b, NULL);
    if (v && phone && strncmp(v, "861", 3) == 0 && strlen(v) == 13)
        memmove(v, v + 2, strlen(v + 2) + 1);
    return v;
}
