/*
 * robots.c — robots.txt (RFC 9309) parsing and matching; see robots.h for
 * the semantics, which mirror google/robotstxt so that our verdicts agree
 * with its test suite.
 *
 * The file is parsed once into groups (a run of user-agent lines followed
 * by rules; a user-agent line after a rule starts a new group) plus the
 * sitemap list.  A query walks all groups, which is what google's
 * line-by-line matcher does in effect, and keeps the best (longest)
 * matching Allow and Disallow priority separately for groups naming the
 * agent and for "*" groups.
 *
 * Bounds: input is cut at ROBOTS_MAX_BYTES, lines at MAX_LINE bytes (as
 * google does), sitemaps at ROBOTS_MAX_SITEMAPS.  Matching a pattern with
 * "*" costs O(pattern length x path length).
 */
#include "robots.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE (2083 * 8)
#define MAX_DELAY_MS 3600000L

enum { MODE_PARSED, MODE_ALLOW_ALL, MODE_DISALLOW_ALL };
enum { K_UNKNOWN, K_UA, K_ALLOW, K_DISALLOW, K_SITEMAP, K_DELAY };

typedef struct {
    char *pattern; /* percent-normalised */
    size_t len;
    int allow;
    char *alt; /* google: Allow "/d/index.htm*" also allows "/d/$"; else NULL */
    size_t alt_len;
} rule;

typedef struct {
    char **agents;
    size_t n_agents, cap_agents;
    int global; /* has a "*" user-agent line */
    rule *rules;
    size_t n_rules, cap_rules;
    long delay_ms; /* -1 = not set */
} group;

struct robots {
    int mode;
    group *groups;
    size_t n_groups, cap_groups;
    char **sitemaps;
    size_t n_sitemaps, cap_sitemaps;
    int oom;
};

/* Make room for one more element in *arr (elements of size sz). */
static int grow(void *arr, size_t *cap, size_t n, size_t sz)
{
    void **p = arr;
    if (n < *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 4;
    void *np = realloc(*p, ncap * sz);
    if (!np)
        return -1;
    *p = np;
    *cap = ncap;
    return 0;
}

static robots *robots_new(int mode)
{
    robots *r = calloc(1, sizeof *r);
    if (r)
        r->mode = mode;
    return r;
}

robots *robots_allow_all(void)
{
    return robots_new(MODE_ALLOW_ALL);
}

robots *robots_disallow_all(void)
{
    return robots_new(MODE_DISALLOW_ALL);
}

void robots_free(robots *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_groups; i++) {
        group *g = &r->groups[i];
        for (size_t j = 0; j < g->n_agents; j++)
            free(g->agents[j]);
        for (size_t j = 0; j < g->n_rules; j++) {
            free(g->rules[j].pattern);
            free(g->rules[j].alt);
        }
        free(g->agents);
        free(g->rules);
    }
    for (size_t i = 0; i < r->n_sitemaps; i++)
        free(r->sitemaps[i]);
    free(r->groups);
    free(r->sitemaps);
    free(r);
}

static int starts_ci(const char *s, const char *prefix)
{
    return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

static int key_kind(const char *k)
{
    static const char *const disallow[] = {"disallow", "dissallow", "dissalow",
                                           "disalow",  "diasllow",  "disallaw"};
    if (starts_ci(k, "user-agent") || starts_ci(k, "useragent") || starts_ci(k, "user agent"))
        return K_UA;
    if (starts_ci(k, "allow"))
        return K_ALLOW;
    for (size_t i = 0; i < sizeof disallow / sizeof disallow[0]; i++)
        if (starts_ci(k, disallow[i]))
            return K_DISALLOW;
    if (starts_ci(k, "sitemap") || starts_ci(k, "site-map"))
        return K_SITEMAP;
    if (strcasecmp(k, "crawl-delay") == 0)
        return K_DELAY;
    return K_UNKNOWN;
}

static char *strip(char *s)
{
    while (*s && isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* Split "key: value" (or google's "key value" with exactly two words). */
static int split_line(char *line, char **key, char **value)
{
    char *sep = strchr(line, ':');
    if (!sep) {
        sep = strpbrk(line, " \t");
        if (!sep || strpbrk(sep + strspn(sep, " \t"), " \t"))
            return 0;
    }
    *sep = '\0';
    *key = strip(line);
    *value = strip(sep + 1);
    return **key != '\0';
}

/* Percent-encode bytes >= 0x80 and upper-case existing %xx (google's
 * MaybeEscapePattern).  Caller frees; NULL on OOM. */
static char *escape_pattern(const char *s, size_t *outlen)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(s), j = 0;
    char *d = malloc(3 * n + 1);
    if (!d)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '%' && isxdigit((unsigned char)s[i + 1]) && isxdigit((unsigned char)s[i + 2])) {
            d[j++] = '%';
            d[j++] = (char)toupper((unsigned char)s[i + 1]);
            d[j++] = (char)toupper((unsigned char)s[i + 2]);
            i += 2;
        } else if (c >= 0x80) {
            d[j++] = '%';
            d[j++] = hex[c >> 4];
            d[j++] = hex[c & 15];
        } else {
            d[j++] = (char)c;
        }
    }
    d[j] = '\0';
    *outlen = j;
    return d;
}

typedef struct {
    group *cur; /* group receiving lines; NULL before the first user-agent */
    int cur_has_rules;
} pstate;

static void add_agent(robots *r, pstate *st, const char *value)
{
    if (!st->cur || st->cur_has_rules) {
        if (grow(&r->groups, &r->cap_groups, r->n_groups, sizeof *r->groups) != 0) {
            r->oom = 1;
            return;
        }
        st->cur = &r->groups[r->n_groups++];
        memset(st->cur, 0, sizeof *st->cur);
        st->cur->delay_ms = -1;
        st->cur_has_rules = 0;
    }
    group *g = st->cur;
    /* google: "*" followed by nothing or whitespace is the global agent. */
    if (value[0] == '*' && (value[1] == '\0' || isspace((unsigned char)value[1]))) {
        g->global = 1;
        return;
    }
    size_t n = 0;
    while (isalpha((unsigned char)value[n]) || value[n] == '_' || value[n] == '-')
        n++;
    if (n == 0)
        return;
    if (grow(&g->agents, &g->cap_agents, g->n_agents, sizeof *g->agents) != 0 ||
        !(g->agents[g->n_agents] = strndup(value, n))) {
        r->oom = 1;
        return;
    }
    g->n_agents++;
}

static void add_rule(robots *r, pstate *st, const char *value, int allow)
{
    if (!st->cur)
        return;
    group *g = st->cur;
    st->cur_has_rules = 1;
    rule ru = {0};
    ru.allow = allow;
    if (grow(&g->rules, &g->cap_rules, g->n_rules, sizeof *g->rules) != 0 ||
        !(ru.pattern = escape_pattern(value, &ru.len))) {
        r->oom = 1;
        return;
    }
    const char *slash = strrchr(ru.pattern, '/');
    if (allow && slash && strncmp(slash, "/index.htm", 10) == 0) {
        ru.alt_len = (size_t)(slash - ru.pattern) + 2;
        if (!(ru.alt = malloc(ru.alt_len + 1))) {
            free(ru.pattern);
            r->oom = 1;
            return;
        }
        memcpy(ru.alt, ru.pattern, ru.alt_len - 1);
        ru.alt[ru.alt_len - 1] = '$';
        ru.alt[ru.alt_len] = '\0';
    }
    g->rules[g->n_rules++] = ru;
}

/* "Crawl-delay: 2.5" -> 2500; garbage is ignored (returns -1). */
static long parse_delay(const char *v)
{
    long ms = 0, scale = 1000;
    int digits = 0;
    for (; isdigit((unsigned char)*v); v++, digits++)
        if (ms < MAX_DELAY_MS)
            ms = ms * 10 + (*v - '0') * 1000;
    if (*v == '.')
        for (v++; isdigit((unsigned char)*v); v++, digits++)
            if ((scale /= 10) > 0)
                ms += (*v - '0') * scale;
    if (!digits || *v)
        return -1;
    return ms > MAX_DELAY_MS ? MAX_DELAY_MS : ms;
}

static void add_sitemap(robots *r, const char *value)
{
    if (!*value || r->n_sitemaps >= ROBOTS_MAX_SITEMAPS)
        return;
    if (grow(&r->sitemaps, &r->cap_sitemaps, r->n_sitemaps, sizeof *r->sitemaps) != 0 ||
        !(r->sitemaps[r->n_sitemaps] = strdup(value))) {
        r->oom = 1;
        return;
    }
    r->n_sitemaps++;
}

static void parse_line(robots *r, pstate *st, char *line)
{
    char *hash = strchr(line, '#'), *key, *value;
    if (hash)
        *hash = '\0';
    if (!split_line(strip(line), &key, &value))
        return;
    switch (key_kind(key)) {
    case K_UA:
        add_agent(r, st, value);
        break;
    case K_ALLOW:
    case K_DISALLOW:
        add_rule(r, st, value, key_kind(key) == K_ALLOW);
        break;
    case K_SITEMAP:
        add_sitemap(r, value);
        break;
    case K_DELAY:
        if (st->cur && parse_delay(value) >= 0)
            st->cur->delay_ms = parse_delay(value);
        break;
    default:
        break;
    }
}

robots *robots_parse(const char *bytes, size_t len)
{
    static const unsigned char bom[] = {0xEF, 0xBB, 0xBF};
    robots *r = robots_new(MODE_PARSED);
    char *line = malloc(MAX_LINE + 1);
    pstate st = {0};
    size_t pos = 0, bom_pos = 0;
    int last_cr = 0;
    if (!r || !line) {
        free(line);
        robots_free(r);
        return NULL;
    }
    if (len > ROBOTS_MAX_BYTES)
        len = ROBOTS_MAX_BYTES;
    for (size_t i = 0; i < len && !r->oom; i++) {
        unsigned char c = (unsigned char)bytes[i];
        /* google: skip a (possibly partial) UTF-8 BOM at the very start. */
        if (bom_pos < sizeof bom && c == bom[bom_pos++])
            continue;
        bom_pos = sizeof bom;
        if (c != '\n' && c != '\r') {
            if (pos < MAX_LINE - 1) /* google keeps MAX_LINE - 1 bytes */
                line[pos++] = (char)c;
            continue;
        }
        line[pos] = '\0';
        if (!(pos == 0 && last_cr && c == '\n'))
            parse_line(r, &st, line);
        pos = 0;
        last_cr = c == '\r';
    }
    line[pos] = '\0';
    if (!r->oom)
        parse_line(r, &st, line);
    free(line);
    if (r->oom) {
        robots_free(r);
        return NULL;
    }
    return r;
}

/* google's RobotsMatchStrategy::Matches: prefix match with "*" and a final
 * "$"; pos is scratch space of path length + 1 entries. */
static int matches(const char *path, size_t pathlen, const char *pat, size_t patlen, size_t *pos)
{
    size_t numpos = 1;
    pos[0] = 0;
    for (size_t k = 0; k < patlen; k++) {
        if (pat[k] == '$' && k + 1 == patlen)
            return pos[numpos - 1] == pathlen;
        if (pat[k] == '*') {
            numpos = pathlen - pos[0] + 1;
            for (size_t i = 1; i < numpos; i++)
                pos[i] = pos[i - 1] + 1;
            continue;
        }
        size_t n = 0;
        for (size_t i = 0; i < numpos; i++)
            if (pos[i] < pathlen && path[pos[i]] == pat[k])
                pos[n++] = pos[i] + 1;
        if ((numpos = n) == 0)
            return 0;
    }
    return 1;
}

/* Priority of rule ru for path: pattern length when it matches, else -1. */
static long rule_priority(const rule *ru, const char *path, size_t pathlen, size_t *pos)
{
    if (matches(path, pathlen, ru->pattern, ru->len, pos))
        return (long)ru->len;
    if (ru->alt && matches(path, pathlen, ru->alt, ru->alt_len, pos))
        return (long)ru->alt_len;
    return -1;
}

/* Does group g name agent ua?  As in google's matcher the whole ua string
 * is compared, so callers pass the bare product token ("wangjian"). */
static int names_agent(const group *g, const char *ua)
{
    for (size_t i = 0; i < g->n_agents; i++)
        if (strcasecmp(g->agents[i], ua) == 0)
            return 1;
    return 0;
}

static int any_group_names(const robots *r, const char *ua)
{
    for (size_t i = 0; i < r->n_groups; i++)
        if (names_agent(&r->groups[i], ua))
            return 1;
    return 0;
}

int robots_allows(const robots *r, const char *ua, const char *path)
{
    if (!r || r->mode == MODE_ALLOW_ALL)
        return 1;
    if (r->mode == MODE_DISALLOW_ALL)
        return 0;
    if (!ua)
        ua = "";
    if (!path)
        path = "/";
    size_t pathlen = strlen(path);
    size_t *pos = malloc((pathlen + 1) * sizeof *pos);
    long spec[2] = {-1, -1}, glob[2] = {-1, -1}; /* [disallow, allow] */
    if (!pos)
        return 0; /* out of memory: err on the side of not fetching */
    for (size_t i = 0; i < r->n_groups; i++) {
        const group *g = &r->groups[i];
        int specific = names_agent(g, ua);
        if (!specific && !g->global)
            continue;
        for (size_t j = 0; j < g->n_rules; j++) {
            long pr = rule_priority(&g->rules[j], path, pathlen, pos);
            int a = g->rules[j].allow;
            if (specific && pr > spec[a])
                spec[a] = pr;
            if (g->global && pr > glob[a])
                glob[a] = pr;
        }
    }
    free(pos);
    if (spec[0] > 0 || spec[1] > 0)
        return spec[0] <= spec[1];
    if (any_group_names(r, ua))
        return 1;
    if (glob[0] > 0 || glob[1] > 0)
        return glob[0] <= glob[1];
    return 1;
}

long robots_crawl_delay(const robots *r, const char *ua)
{
    if (!r || r->mode != MODE_PARSED || !ua)
        return -1;
    int specific = any_group_names(r, ua);
    long best = -1;
    for (size_t i = 0; i < r->n_groups; i++) {
        const group *g = &r->groups[i];
        int applies = specific ? names_agent(g, ua) : g->global;
        if (applies && g->delay_ms > best)
            best = g->delay_ms;
    }
    return best;
}

size_t robots_sitemaps(const robots *r, const char *const **urls)
{
    *urls = r ? (const char *const *)r->sitemaps : NULL;
    return r ? r->n_sitemaps : 0;
}

char *robots_path_of_url(const char *url)
{
    size_t n = strlen(url), start = 0;
    if (n >= 2 && url[0] == '/' && url[1] == '/')
        start = 2;
    size_t early = start + strcspn(url + start, "/?;");
    const char *proto = strstr(url + start, "://");
    size_t pend = proto ? (size_t)(proto - url) : n;
    size_t after = (proto && early >= pend) ? pend + 3 : start;
    size_t pstart = after + strcspn(url + after, "/?;");
    if (pstart >= n)
        return strdup("/");
    const char *hash = strchr(url + start, '#');
    size_t hpos = hash ? (size_t)(hash - url) : n;
    if (hpos < pstart)
        return strdup("/");
    size_t len = hpos - pstart;
    int slash = url[pstart] != '/';
    char *out = malloc(len + slash + 1);
    if (!out)
        return NULL;
    out[0] = '/';
    memcpy(out + slash, url + pstart, len);
    out[len + slash] = '\0';
    return out;
}
