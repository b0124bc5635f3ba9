/*
 * wangjian crawl: read options and seeds, load the rulebook and profiles,
 * open the store and hand everything to the crawler; with --keyword, one
 * more run per keyword, seeded from the platforms' search pages.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <jansson.h>
#include "cli.h"
#include "../render/render.h"

#define SEED_LINE_MAX 8192
#define SEEDS_MAX 1000000

typedef struct {
    char **v;
    size_t n, cap;
} strvec;

static int strvec_push(strvec *s, const char *p)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        char **v = realloc(s->v, cap * sizeof(*v));
        if (!v)
            return -1;
        s->v = v;
        s->cap = cap;
    }
    if (!(s->v[s->n] = strdup(p)))
        return -1;
    s->n++;
    return 0;
}

static void strvec_free(strvec *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
}

/* Consume the rest of a line fgets could not hold. */
static void skip_line(FILE *f)
{
    int ch;
    while ((ch = getc(f)) != EOF && ch != '\n')
        ;
}

/* Trim surrounding whitespace (and the newline) of line, in place. */
static char *trim(char *line)
{
    size_t n = strlen(line);
    char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = '\0';
    return p;
}

/* One seed (trimmed, not empty): 1 after a FILE:LINE message when it is
 * not an http(s) URL, else 0 and it is appended to out; -1 when out of
 * memory or past SEEDS_MAX (message printed). */
static int add_seed(const char *path, long lineno, const char *p, strvec *out)
{
    char *u = crawler_url_resolve(NULL, p);
    free(u);
    if (!u) {
        fprintf(stderr, "%s:%ld: not an http(s) URL: '%s'\n", path, lineno, p);
        return 1;
    }
    if (out->n >= SEEDS_MAX || strvec_push(out, p) != 0) {
        cli_error("%s:%ld: too many seeds", path, lineno);
        return -1;
    }
    return 0;
}

/* Append the URLs of a seeds file: one per line, blank lines and lines
 * starting with # ignored, surrounding whitespace trimmed.  Every bad line
 * (not an http(s) URL, too long) is reported as FILE:LINE: message and
 * counted in *bad; the good ones are kept, so one typo does not cancel a
 * night's crawl. */
static int read_seeds(const char *path, strvec *out, long *bad)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_error("cannot read seeds file '%s': %s", path, strerror(errno));
        return CLI_FAIL;
    }
    char line[SEED_LINE_MAX];
    long lineno = 0;
    int rc = CLI_OK;
    while (rc == CLI_OK && fgets(line, sizeof(line), f)) {
        lineno++;
        size_t n = strlen(line);
        if (n == sizeof(line) - 1 && line[n - 1] != '\n') {
            fprintf(stderr, "%s:%ld: line longer than %d bytes\n", path, lineno, SEED_LINE_MAX - 1);
            skip_line(f);
            (*bad)++;
            continue;
        }
        char *p = trim(line);
        if (*p == '\0' || *p == '#')
            continue;
        int e = add_seed(path, lineno, p, out);
        if (e < 0)
            rc = CLI_FAIL;
        else
            *bad += e;
    }
    if (rc == CLI_OK && ferror(f)) {
        cli_error("cannot read seeds file '%s': %s", path, strerror(errno));
        rc = CLI_FAIL;
    }
    fclose(f);
    return rc;
}

enum { O_DB = 256, O_SEEDS, O_PROXY, O_RESOLVE, O_ALLOW, O_MAXP, O_DEPTH, O_SCOPE, O_WARC,
       O_CONC, O_PERHOST, O_DELAY, O_MAXB, O_TIMEOUT, O_UA, O_RULES, O_PLAT, O_LOG, O_QUIET,
       O_ROBOTS_TTL, O_CA_FILE, O_MAX_ERR, O_REPORT, O_NO_WARC, O_KEYWORD, O_PLATFORM,
       O_RENDER, O_RENDER_CONC, O_RENDER_MB, O_RENDER_BUDGET, O_NO_READER };

const struct option cli_crawl_opts[] = {
    {"db", required_argument, 0, O_DB}, {"seeds", required_argument, 0, O_SEEDS},
    {"proxy", required_argument, 0, O_PROXY}, {"resolve", required_argument, 0, O_RESOLVE},
    {"allow-private", no_argument, 0, O_ALLOW}, {"max-pages", required_argument, 0, O_MAXP},
    {"depth", required_argument, 0, O_DEPTH}, {"scope", required_argument, 0, O_SCOPE},
    {"warc-dir", required_argument, 0, O_WARC}, {"concurrency", required_argument, 0, O_CONC},
    {"per-host", required_argument, 0, O_PERHOST}, {"delay", required_argument, 0, O_DELAY},
    {"max-bytes", required_argument, 0, O_MAXB}, {"timeout", required_argument, 0, O_TIMEOUT},
    {"user-agent", required_argument, 0, O_UA}, {"rules", required_argument, 0, O_RULES},
    {"platforms", required_argument, 0, O_PLAT}, {"log", required_argument, 0, O_LOG},
    {"quiet", no_argument, 0, O_QUIET}, {"robots-ttl", required_argument, 0, O_ROBOTS_TTL},
    {"ca-file", required_argument, 0, O_CA_FILE},
    {"max-error-rate", required_argument, 0, O_MAX_ERR}, {"report", required_argument, 0, O_REPORT},
    {"no-warc", no_argument, 0, O_NO_WARC},
    {"keyword", required_argument, 0, O_KEYWORD}, {"platform", required_argument, 0, O_PLATFORM},
    {"render", required_argument, 0, O_RENDER},
    {"render-concurrency", required_argument, 0, O_RENDER_CONC},
    {"render-max-mb", required_argument, 0, O_RENDER_MB},
    {"render-budget", required_argument, 0, O_RENDER_BUDGET},
    {"no-reader", no_argument, 0, O_NO_READER},
    {0, 0, 0, 0},
};

typedef struct {
    crawler_options o;
    const char *db, *seeds_file, *rules, *platforms;
    strvec seeds, resolve;
    long bad_seeds;   /* bad lines skipped in the seeds file */
    int quiet;
    int report_new;         /* --report new */
    int no_warc;            /* --no-warc */
    int no_reader;          /* --no-reader: the rulebook without its reader.model */
    char *default_warc;     /* DB.warc, owned, when WARC evidence goes to its default folder */
    strvec keywords;        /* --keyword, each a run of its own */
    const char *platform;   /* --platform: the one profile to search */
} crawl_args;

/* Numeric option into *dst; returns 0, or -1 after a usage message. */
static int num_opt(const char *opt, long min, long max, long *dst)
{
    long v = cli_parse_long("crawl", opt, optarg, min, max);
    if (v < 0)
        return -1;
    *dst = v;
    return 0;
}

/* --render and its limits. */
static int parse_render_opt(crawl_args *a, int c)
{
    long v = 0;
    switch (c) {
    case O_RENDER:
        if (!strcmp(optarg, "auto"))
            a->o.render = CRAWLER_RENDER_AUTO;
        else if (!strcmp(optarg, "always"))
            a->o.render = CRAWLER_RENDER_ALWAYS;
        else if (!strcmp(optarg, "never"))
            a->o.render = CRAWLER_RENDER_NEVER;
        else
            return cli_usage_error("crawl", "--render takes auto, always or never, not '%s'",
                                   optarg), -1;
        return 0;
    case O_RENDER_CONC:
        if (num_opt("--render-concurrency", 1, 64, &v)) return -1;
        a->o.render_concurrency = (int)v; return 0;
    case O_RENDER_MB: return num_opt("--render-max-mb", 1, 1L << 20, &a->o.render_max_mb);
    case O_RENDER_BUDGET: return num_opt("--render-budget", 1000, 600000L, &a->o.render_budget_ms);
    }
    return -1;
}

static int parse_opt(crawl_args *a, int c)
{
    long v = 0;
    switch (c) {
    case O_DB: a->db = optarg; return 0;
    case O_SEEDS: a->seeds_file = optarg; return 0;
    case O_PROXY: a->o.proxy = optarg; return 0;
    case O_RESOLVE: return strvec_push(&a->resolve, optarg);
    case O_ALLOW: a->o.allow_private = 1; return 0;
    case O_SCOPE: a->o.scope_regex = optarg; return 0;
    case O_WARC: a->o.warc_dir = optarg; return 0;
    case O_NO_WARC: a->no_warc = 1; return 0;
    case O_NO_READER: a->no_reader = 1; return 0;
    case O_UA: a->o.user_agent = optarg; return 0;
    case O_RULES: a->rules = optarg; return 0;
    case O_PLAT: a->platforms = optarg; return 0;
    case O_LOG: a->o.log_path = optarg; return 0;
    case O_QUIET: a->quiet = 1; return 0;
    case O_CA_FILE: a->o.ca_file = optarg; return 0;
    case O_KEYWORD:
        if (!*optarg)
            return cli_usage_error("crawl", "--keyword needs a word"), -1;
        return strvec_push(&a->keywords, optarg);
    case O_PLATFORM: a->platform = optarg; return 0;
    case O_ROBOTS_TTL: return num_opt("--robots-ttl", 1, 30L * 86400, &a->o.robots_ttl_s);
    case O_MAX_ERR:
        if (num_opt("--max-error-rate", 0, 100, &v)) return -1;
        a->o.max_error_pct = (int)v; return 0;
    case O_REPORT:
        if (strcmp(optarg, "new") != 0) {
            cli_usage_error("crawl", "--report takes 'new', not '%s'", optarg);
            return -1;
        }
        a->report_new = 1;
        return 0;
    case O_MAXP: return num_opt("--max-pages", 0, 1000000000L, &a->o.max_pages);
    case O_DELAY: return num_opt("--delay", 0, 3600000L, &a->o.delay_ms);
    case O_TIMEOUT: return num_opt("--timeout", 1, 3600000L, &a->o.timeout_ms);
    case O_DEPTH:
        if (num_opt("--depth", 0, 1000, &v)) return -1;
        a->o.depth = (int)v; return 0;
    case O_CONC:
        if (num_opt("--concurrency", 1, 10000, &v)) return -1;
        a->o.concurrency = (int)v; return 0;
    case O_PERHOST:
        if (num_opt("--per-host", 1, 100, &v)) return -1;
        a->o.per_host = (int)v; return 0;
    case O_MAXB:
        if (num_opt("--max-bytes", 1024, 1L << 30, &v)) return -1;
        a->o.max_bytes = (size_t)v; return 0;
    }
    return parse_render_opt(a, c);
}

static int parse_args(crawl_args *a, int argc, char **argv)
{
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_crawl_opts, NULL)) != -1) {
        if (c == '?' || c == ':')
            return cli_usage_error("crawl", "unknown or incomplete option '%s'", argv[optind - 1]);
        if (parse_opt(a, c) != 0)
            return CLI_USAGE;
    }
    if (!a->db)
        return cli_usage_error("crawl", "--db FILE is required");
    for (int i = optind; i < argc; i++) {
        char *u = crawler_url_resolve(NULL, argv[i]);
        free(u);
        if (!u)
            return cli_usage_error("crawl", "not an http(s) URL: '%s'", argv[i]);
        if (strvec_push(&a->seeds, argv[i]) != 0)
            return CLI_FAIL;
    }
    if (a->seeds.n == 0 && !a->seeds_file && a->keywords.n == 0)
        return cli_usage_error("crawl", "no seeds: give --seeds FILE, URLs or --keyword WORD");
    if (a->platform && a->keywords.n == 0)
        return cli_usage_error("crawl", "--platform goes with --keyword");
    if (a->seeds_file && read_seeds(a->seeds_file, &a->seeds, &a->bad_seeds) != CLI_OK)
        return CLI_FAIL;
    if (a->seeds.n == 0 && a->bad_seeds > 0) {   /* nothing good to crawl: no run is opened */
        cli_error("no seed to crawl: %ld bad line%s in %s", a->bad_seeds,
                  a->bad_seeds == 1 ? "" : "s", a->seeds_file);
        return CLI_FAIL;
    }
    if (a->no_warc && a->o.warc_dir)
        return cli_usage_error("crawl", "--no-warc and --warc-dir exclude each other");
    if (!a->no_warc && !a->o.warc_dir && strncmp(a->db, "postgres", 8) != 0) {
        /* WARC evidence by default: a folder beside the database */
        const char *db = strncmp(a->db, "sqlite:", 7) == 0 ? a->db + 7 : a->db;
        size_t n = strlen(db) + sizeof(".warc");
        if (!(a->default_warc = malloc(n)))
            return CLI_FAIL;
        snprintf(a->default_warc, n, "%s.warc", db);
        a->o.warc_dir = a->default_warc;
    }
    return CLI_OK;
}

static void print_summary(FILE *out, const crawler_stats *s)
{
    fprintf(out, "wangjian: %ld pages (%ld changed, %ld unchanged, %ld failed); leads: %ld new, "
            "%ld re-opened, %ld resolved, %ld open; %ld findings, %ld retries, %ld refused, "
            "%ld hosts skipped, %.1f s%s\n", s->changed + s->unchanged + s->failed, s->changed,
            s->unchanged, s->failed, s->leads_new, s->leads_reopened, s->leads_resolved,
            s->leads_open, s->findings, s->retries, s->refused, s->hosts_skipped, s->seconds,
            s->resumed ? " (resumed an interrupted crawl)" : "");
    if (s->rendered || s->render_failed)
        fprintf(out, "wangjian: browser: %ld rendered, %ld not rendered (the log says why); "
                "peak %ld MiB, %ld restarts\n", s->rendered, s->render_failed,
                s->render_peak_kb / 1024, s->render_restarts);
}

/* What the run said: the summary on a terminal, the table of new and
 * re-opened leads with --report new, and why a failed run failed (also
 * under --quiet, so that cron mails it).  A successful run without a
 * terminal says nothing else. */
static int report_run(crawl_args *a, store *st, const crawler_stats *s, int rc)
{
    int tty = isatty(STDERR_FILENO);
    if (s->failed_why[0])
        rc = CLI_FAIL;
    if (!a->quiet && (tty || rc != CLI_OK))
        print_summary(stderr, s);
    if (a->report_new && s->run_id > 0) {
        store_lead_filter f = {.changed_run = s->run_id};
        if (!tty || a->quiet)
            print_summary(stdout, s);
        if (cli_leads_table(st, &f, "all", NULL, CLI_LEADS_NO_COUNT, NULL) != CLI_OK)
            rc = CLI_FAIL;
    }
    fflush(stdout);
    if (s->failed_why[0])
        cli_error("crawl failed: %s", s->failed_why);
    return rc;
}

/* The crawl's effective options as a JSON object (a new string the
 * caller frees, NULL when out of memory): kept with the run, quoted in
 * evidence bundles, so that an extraction can be repeated as it was made.
 * A proxy's user:password is not recorded. */
static char *options_json(const crawl_args *a, const char *rules_dir, const char *plat_dir,
                          long complaint_seeds)
{
    const crawler_options *o = &a->o;
    json_t *seeds = json_array();
    for (size_t i = 0; seeds && i < a->seeds.n && i < 100; i++)
        json_array_append_new(seeds, json_string(a->seeds.v[i]));
    char proxy[512] = "";   /* scheme://host:port, without user:password */
    if (o->proxy) {
        const char *at = strrchr(o->proxy, '@'), *sch = strstr(o->proxy, "://");
        if (at && sch && sch < at)
            snprintf(proxy, sizeof proxy, "%.*s%s", (int)(sch + 3 - o->proxy), o->proxy, at + 1);
        else
            snprintf(proxy, sizeof proxy, "%s", at ? at + 1 : o->proxy);
    }
    json_t *j = json_pack(
        "{s:s?, s:o, s:I, s:s?, s:s?, s:s?, s:s?, s:b, s:I, s:s?, s:i, s:i, s:I, s:i, s:s?,"
        " s:s?, s:I, s:I, s:b, s:I, s:s?, s:i, s:I}",
        "db", a->db, "seeds", seeds ? seeds : json_null(), "seed_count", (json_int_t)a->seeds.n,
        "seeds_file", a->seeds_file, "rules", rules_dir, "platforms", plat_dir,
        "proxy", o->proxy ? proxy : NULL, "allow_private", o->allow_private,
        "max_pages", (json_int_t)o->max_pages, "warc_dir", o->warc_dir,
        "concurrency", o->concurrency, "per_host", o->per_host, "delay_ms", (json_int_t)o->delay_ms,
        "depth", o->depth, "scope", o->scope_regex, "user_agent", o->user_agent,
        "max_bytes", (json_int_t)o->max_bytes, "timeout_ms", (json_int_t)o->timeout_ms,
        "sitemaps", o->use_sitemaps, "robots_ttl_s", (json_int_t)o->robots_ttl_s,
        "ca_file", o->ca_file, "max_error_rate", o->max_error_pct,
        "complaint_seeds", (json_int_t)complaint_seeds);
    if (j && o->keyword)
        json_object_set_new(j, "keyword", json_string(o->keyword));
    if (j && a->no_reader)   /* only when given: runs without it quote what they always did */
        json_object_set_new(j, "no_reader", json_true());
    if (j) {
        static const char *const modes[] = {"never", "auto", "always"};
        json_object_set_new(j, "render", json_string(modes[o->render]));
        json_object_set_new(j, "render_concurrency", json_integer(o->render_concurrency));
        json_object_set_new(j, "render_max_mb", json_integer(o->render_max_mb));
        json_object_set_new(j, "render_budget_ms", json_integer(o->render_budget_ms));
    }
    char *out = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(j);
    return out;
}

/* The URLs of imported complaints no crawl has seeded join a crawl that
 * reads a seeds file (the nightly run), so the shop or site a consumer
 * named is checked; upto: the newest complaint id they took, for the run
 * to mark seeded when it finishes.  A crawl of URLs on the command line
 * checks just those. */
typedef struct {
    strvec *seeds;
    int64_t upto;
    long n;
    int failed;
} complaint_seeds;

static int add_complaint_seed(void *ud, size_t n, const char *const *names,
                              const char *const *values)
{
    complaint_seeds *c = ud;
    const char *id = cli_row_col(n, names, values, "id"), *url = cli_row_col(n, names, values, "url");
    if (c->seeds->n >= SEEDS_MAX)
        return 1;   /* the rest join the next crawl */
    if (!id || !url || strvec_push(c->seeds, url) != 0) {
        c->failed = 1;
        return 1;
    }
    c->upto = strtoll(id, NULL, 10);
    c->n++;
    return 0;
}

/* After the crawl: a run that finished has seeded the complaints. */
static int mark_complaints(crawl_args *a, store *st, const complaint_seeds *cs,
                           const crawler_stats *s)
{
    if (cs->upto <= 0 || s->run_id <= 0 || s->failed_why[0])
        return CLI_OK;   /* not done: they join the next crawl again */
    if (store_complaints_seeded(st, cs->upto, s->run_id, NULL) != STORE_OK) {
        cli_error("cannot record that the crawl seeded the complaints: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    if (!a->quiet && isatty(STDERR_FILENO))
        fprintf(stderr, "wangjian: the URLs of %ld complaint%s joined this crawl\n", cs->n,
                cs->n == 1 ? "" : "s");
    return CLI_OK;
}

/* Before the crawl: the complaint URLs that join it (a crawl of a seeds
 * file) and the options kept with the run (*run_options: a new string the
 * caller frees).  CLI_OK, or CLI_FAIL after a message. */
static int prepare_run(crawl_args *a, store *st, const char *rules_dir, const char *plat_dir,
                       complaint_seeds *cs, char **run_options)
{
    a->o.n_scope_seeds = a->seeds.n;   /* the complaint URLs do not change which run this is */
    if (a->seeds_file && (store_complaints_unseeded(st, add_complaint_seed, cs) != STORE_OK ||
                          cs->failed)) {
        cli_error("cannot read the complaints to seed: %s",
                  cs->failed ? "out of memory" : store_errmsg(st));
        return CLI_FAIL;
    }
    if (!(*run_options = options_json(a, rules_dir, plat_dir, cs->n))) {
        cli_error("out of memory");
        return CLI_FAIL;
    }
    a->o.run_options = *run_options;
    a->o.seeds = (const char *const *)a->seeds.v;
    a->o.n_seeds = a->seeds.n;
    a->o.resolve = (const char *const *)a->resolve.v;
    a->o.n_resolve = a->resolve.n;
    a->o.progress_fd = (!a->quiet && isatty(STDERR_FILENO)) ? STDERR_FILENO : -1;
    return CLI_OK;
}

/* After the crawl: what went wrong, the complaints it seeded, the summary;
 * the exit status. */
static int finish_run(crawl_args *a, store *st, crawler_result r, const crawler_stats *stats,
                      const char *err, const complaint_seeds *cs)
{
    int rc = r == CRAWLER_OK ? CLI_OK : (r == CRAWLER_EINVAL || r == CRAWLER_EURL ? CLI_USAGE : CLI_FAIL);
    if (r != CRAWLER_OK && r != CRAWLER_ESTOPPED)
        cli_error("crawl stopped: %s", err);
    if (stats->limit_hits > 0)   /* said even with --quiet: a rule did not finish on some page */
        cli_error("%ld rule match%s stopped at the PCRE2 match limit: a pattern backtracks "
                  "too much; simplify it in the rulebook", stats->limit_hits,
                  stats->limit_hits == 1 ? "" : "es");
    if (r == CRAWLER_OK && mark_complaints(a, st, cs, stats) != CLI_OK)
        rc = CLI_FAIL;
    if (r == CRAWLER_OK)
        rc = report_run(a, st, stats, rc);
    if (r == CRAWLER_ESTOPPED && !a->quiet && isatty(STDERR_FILENO))
        print_summary(stderr, stats);
    if (r == CRAWLER_ESTOPPED)   /* after the summary, even with --quiet: the crawl did not finish */
        cli_error("crawl %s after %ld page%s; run the same crawl again to resume", err,
                  stats->pages, stats->pages == 1 ? "" : "s");
    if (a->bad_seeds > 0) {   /* after the summary, even with --quiet: the exit status is 1 */
        cli_error("%ld bad line%s in %s %s skipped", a->bad_seeds, a->bad_seeds == 1 ? "" : "s",
                  a->seeds_file, a->bad_seeds == 1 ? "was" : "were");
        if (rc == CLI_OK)
            rc = CLI_FAIL;
    }
    return rc;
}

/* One crawler run of a->seeds; *stopped = 1 when a signal stopped it. */
static int crawl_once(crawl_args *a, store *st, rules_book *book, const char *rules_dir,
                      const char *plat_dir, int *stopped)
{
    complaint_seeds cs = {&a->seeds, 0, 0, 0};
    char *run_options = NULL, err[1024] = "";
    int rc = prepare_run(a, st, rules_dir, plat_dir, &cs, &run_options);
    if (rc == CLI_OK) {
        crawler_stats stats;
        crawler_result r = crawler_run(&a->o, st, book, &stats, err, sizeof(err));
        *stopped = r == CRAWLER_ESTOPPED;
        rc = finish_run(a, st, r, &stats, err, &cs);
    }
    free(run_options);
    return rc;
}

/* ---- keyword crawls (--keyword) ---- */

/* Append to urls the search URL for kw of each platform (or --platform)
 * whose robots.txt lets us fetch it; say which do not.  *searched counts
 * them.  CLI_OK, or CLI_FAIL when out of memory. */
static int keyword_seeds(const crawl_args *a, const char *kw, strvec *urls, long *searched)
{
    const char *name;
    for (size_t i = 0; (name = parser_profiles_name(a->o.profiles, i)) != NULL; i++) {
        if (a->platform && strcmp(a->platform, name) != 0)
            continue;
        char *u = parser_profiles_search_url(a->o.profiles, name, kw), err[512] = "";
        char *host = u ? crawler_url_host(u) : NULL;
        int allowed = 0;
        crawler_result r = host ? crawler_robots_check(u, &a->o, &allowed, err, sizeof err)
                                : CRAWLER_EURL;
        /* the search path, for the message: after scheme://authority, before ? */
        const char *p = u && strstr(u, "://") ? strstr(u, "://") + 3 : "";
        p += strcspn(p, "/?#");
        int plen = (int)strcspn(p, "?#");
        if (r == CRAWLER_OK && !allowed)
            cli_error("%s disallows %.*s in robots.txt: '%s' not searched there", host, plen, p, kw);
        else if (r != CRAWLER_OK && u)
            cli_error("%s: '%s' not searched there", err[0] ? err : crawler_strerror(r), kw);
        int bad = r == CRAWLER_OK && allowed && strvec_push(urls, u) != 0;
        *searched += r == CRAWLER_OK && allowed;
        free(u);
        free(host);
        if (bad)
            return CLI_FAIL;
    }
    return CLI_OK;
}

/* --platform names a profile with a search URL template.  CLI_OK or
 * CLI_USAGE after the message. */
static int check_platform(const crawl_args *a)
{
    char *u = a->platform ? parser_profiles_search_url(a->o.profiles, a->platform, "x") : NULL;
    free(u);
    if (!a->platform || u)
        return CLI_OK;
    return cli_usage_error("crawl", "--platform '%s' is not a loaded platform profile with a "
                           "search URL (seeds/platforms/README.md)", a->platform);
}

/* A run per keyword, after the seeds' run if any: seeded from the search
 * pages, to --depth (default 2).  Exit 1 when no platform could be
 * searched for any keyword. */
static int keyword_crawls(crawl_args *a, store *st, rules_book *book, const char *rules_dir,
                          const char *plat_dir, int rc)
{
    strvec seeds = a->seeds;
    const char *seeds_file = a->seeds_file;
    long searched = 0, bad = a->bad_seeds;
    int stopped = 0;
    a->seeds_file = NULL;   /* complaint URLs join the seeds' run, not these */
    a->bad_seeds = 0;
    if (a->o.depth < 0)
        a->o.depth = 2;
    a->o.resolve = (const char *const *)a->resolve.v;   /* for the robots.txt checks */
    a->o.n_resolve = a->resolve.n;
    for (size_t i = 0; i < a->keywords.n && !stopped && rc != CLI_USAGE; i++) {
        strvec urls = {0};
        a->o.keyword = a->keywords.v[i];
        int k = keyword_seeds(a, a->o.keyword, &urls, &searched);
        a->seeds = urls;
        if (k == CLI_OK && urls.n > 0)
            k = crawl_once(a, st, book, rules_dir, plat_dir, &stopped);
        strvec_free(&a->seeds);
        if (k != CLI_OK && rc == CLI_OK)
            rc = k;
    }
    a->seeds = seeds;
    a->seeds_file = seeds_file;
    a->bad_seeds = bad;
    a->o.keyword = NULL;
    if (searched == 0 && !stopped && rc == CLI_OK) {
        cli_error("no platform could be searched for the keyword%s", a->keywords.n == 1 ? "" : "s");
        rc = CLI_FAIL;
    }
    return rc;
}

static int run_crawl(crawl_args *a, rules_book *book, parser_profiles *profiles,
                     const char *rules_dir, const char *plat_dir)
{
    a->o.profiles = profiles;
    if (check_platform(a) != CLI_OK)
        return CLI_USAGE;
    int lock = cli_run_lock("crawl", a->db);
    if (lock == -1)
        return CLI_FAIL;
    store *st = cli_open_store(a->db);
    if (!st) {
        cli_run_unlock(lock);
        return CLI_FAIL;
    }
    int rc = CLI_OK, stopped = 0;
    if (a->seeds.n > 0 || a->keywords.n == 0)
        rc = crawl_once(a, st, book, rules_dir, plat_dir, &stopped);
    if (a->keywords.n > 0 && !stopped)
        rc = keyword_crawls(a, st, book, rules_dir, plat_dir, rc);
    if (cli_close_store(st) != CLI_OK && rc == CLI_OK)   /* reports its own failure */
        rc = CLI_FAIL;
    cli_run_unlock(lock);
    return rc;
}

/* --render auto without a browser: say so once; pages that need one are
 * judged as fetched (--render always refuses to start instead). */
static void warn_no_browser(const crawl_args *a)
{
    char bin[4096];
    render_options ro = {0};
    if (a->o.render == CRAWLER_RENDER_AUTO && !a->quiet &&
        render_find_chromium(&ro, bin, sizeof(bin)) != 0)
        fprintf(stderr, "wangjian: warning: chromium not found (make deps installs it): pages "
                        "that need a browser are judged without rendering\n");
}

int cmd_crawl(int argc, char **argv)
{
    crawl_args a;
    memset(&a, 0, sizeof(a));
    crawler_options_init(&a.o);
    int rc = parse_args(&a, argc, argv);
    char *rules_dir = NULL, *plat_dir = NULL;
    rules_book *book = NULL;
    parser_profiles *profiles = NULL;
    if (rc == CLI_OK) {
        rules_dir = cli_rules_dir(a.rules);
        plat_dir = cli_platforms_dir(a.platforms);
        book = rules_dir ? cli_load_rules_opts(rules_dir, a.no_reader) : NULL;
        if (!book || !plat_dir || cli_load_profiles(plat_dir, &profiles) != CLI_OK)
            rc = CLI_FAIL;
    }
    if (rc == CLI_OK)
        warn_no_browser(&a);
    if (rc == CLI_OK)
        rc = run_crawl(&a, book, profiles, rules_dir, plat_dir);
    parser_profiles_free(profiles);
    rules_free(book);
    free(plat_dir);
    free(rules_dir);
    strvec_free(&a.seeds);
    strvec_free(&a.resolve);
    strvec_free(&a.keywords);
    free(a.default_warc);
    return rc;
}
