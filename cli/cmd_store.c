/*
 * Commands that work on the store without crawling: rules (check, list),
 * rescan, migrate (report: cmd_report.c, search: cmd_search.c).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli.h"

/* Parse "--db FILE" style options shared by the simple commands.  Returns
 * CLI_OK, or a usage exit code after printing the message. */
typedef struct {
    const char *db, *rules, *platforms;
    long limit;
    int no_reader;          /* --no-reader (rescan) */
} store_args;

const struct option cli_store_opts[] = {
    {"db", required_argument, 0, 'd'}, {"rules", required_argument, 0, 'r'},
    {"platforms", required_argument, 0, 'p'}, {"limit", required_argument, 0, 'l'},
    {"no-reader", no_argument, 0, 'n'}, {0, 0, 0, 0}};

static int parse_store_args(const char *cmd, int argc, char **argv, store_args *a, int want_args)
{
    int c;
    opterr = 0;
    optind = 1;
    a->limit = 50;
    while ((c = getopt_long(argc, argv, "", cli_store_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a->db = optarg; break;
        case 'r': a->rules = optarg; break;
        case 'p': a->platforms = optarg; break;
        case 'n': a->no_reader = 1; break;
        case 'l':
            if ((a->limit = cli_parse_long(cmd, "--limit", optarg, 1, 10000)) < 0)
                return CLI_USAGE;
            break;
        default: return cli_usage_error(cmd, "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (!a->db)
        return cli_usage_error(cmd, "--db FILE is required");
    if (argc - optind != want_args)
        return cli_usage_error(cmd, want_args ? "give one KEYWORD" : "unexpected argument '%s'",
                               optind < argc ? argv[optind] : "");
    return CLI_OK;
}

/* ---- rules ---- */

static void list_rule(void *ud, const char *code, const char *severity, const char *category,
                      const char *kind, int enabled, const char *title, const char *basis)
{
    (void)ud;
    printf("%-20s %-6s %-12s %-20s %-3s %s — %s\n", code, severity, category ? category : "-",
           kind, enabled ? "on" : "off", title ? title : "", basis ? basis : "");
}

int cmd_rules(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "check") == 0) {
        if (argc != 3)
            return cli_usage_error("rules", "usage: wangjian rules check DIR");
        rules_book *book = cli_load_rules(argv[2]);
        if (!book)
            return CLI_FAIL;
        fprintf(stderr, "wangjian: rulebook '%s' is valid (version %s, sha256 %s%s)\n", argv[2],
                rules_book_version(book), rules_book_digest(book),
                rules_book_has_reader(book) ? ", with its second reader reader.model" : "");
        rules_free(book);
        return CLI_OK;
    }
    if (argc >= 2 && strcmp(argv[1], "list") == 0) {
        const char *dir = NULL;
        if (argc == 4 && strcmp(argv[2], "--rules") == 0)
            dir = argv[3];
        else if (argc != 2)
            return cli_usage_error("rules", "usage: wangjian rules list [--rules DIR]");
        char *d = cli_rules_dir(dir);
        rules_book *book = d ? cli_load_rules(d) : NULL;
        free(d);
        if (!book)
            return CLI_FAIL;
        rules_each(book, list_rule, NULL);
        rules_free(book);
        return CLI_OK;
    }
    return cli_usage_error("rules", "expected 'check DIR' or 'list'");
}

/* ---- rescan ---- */

typedef struct {
    store *st;
    const rules_book *book;
    const parser_profiles *profiles;
    long pages, findings, failed, limit_hits;
    long moved;             /* pages the profiles give another subject now */
    long unreadable;        /* pages whose WARC record could not be read back */
    char first_err[2048];   /* why the first of them could not */
    int fatal;
} rescan_ctx;

/* The body of a page the store keeps no copy of: a page crawled with
 * --warc-dir has it in its WARC record, and a page the crawl rendered its
 * rendered DOM there too, which is what the crawl judged (*rendered = 1:
 * UTF-8 whatever the page's charset).  NULL when it has no evidence
 * either (an empty body), or when the record cannot be read (counted). */
static char *body_from_warc(rescan_ctx *r, const char *url, size_t *len, int *rendered)
{
    char err[1024];
    char *body = NULL;
    scan_result sr = scan_page_from_warc(r->st, url, &body, len, rendered, err, sizeof(err));
    if (sr == SCAN_OK)
        return body;
    if (sr != SCAN_ENOTFOUND && r->unreadable++ == 0)
        snprintf(r->first_err, sizeof(r->first_err), "%.1000s: %s", url, err);
    return NULL;
}

/* The page's subject as the current profiles name it (a profile that now
 * names an item's shop moves the item to the shop); stored before its
 * findings, so they go to the new subject's leads.  -1 on failure. */
static int resubject(rescan_ctx *r, int64_t page_id, const char *was, const char *host,
                     const parser_page *page)
{
    char *now = scan_subject(host, page);
    int moved = now && was && strcmp(now, was) != 0;
    store_result sr = moved ? store_page_subject(r->st, page_id, now) : STORE_OK;
    if (now && moved && sr == STORE_OK)
        r->moved++;
    free(now);
    return now && sr == STORE_OK ? 0 : -1;
}

static int rescan_page(void *ud, int64_t page_id, const char *url, const char *ctype,
                       const void *body, size_t len, const char *subject, const char *host)
{
    rescan_ctx *r = ud;
    parser_page *page = NULL;
    rules_findings f = {0};
    long unreadable = r->unreadable;
    int rendered = 0;
    char *warc_body = body ? NULL : body_from_warc(r, url, &len, &rendered);
    if (rendered)
        ctype = "text/html; charset=utf-8";
    if (!body && !warc_body) {
        r->failed += r->unreadable == unreadable;   /* else counted as unreadable */
        return 0;
    }
    int64_t fetched_at = 0, run_id = 0;
    scan_result ar = scan_analyse(body ? body : warc_body, len, ctype, url, r->profiles, r->book,
                                  &page, &f);
    free(warc_body);
    if (ar != SCAN_OK) {
        r->failed++;
        return 0;
    }
    if (resubject(r, page_id, subject, host, page) != 0 ||
        store_page_time(r->st, page_id, &fetched_at, &run_id) != STORE_OK ||
        scan_check_stored(r->st, r->book, url, page, fetched_at, run_id, &f) != SCAN_OK) {
        r->fatal = 1;
        rules_findings_clear(&f);
        parser_page_free(page);
        return 1;
    }
    if (scan_save_findings(r->st, page_id, &f, page, (int64_t)time(NULL)) != SCAN_OK)
        r->fatal = 1;
    r->pages++;
    r->findings += (long)f.n;
    r->limit_hits += f.limit_hits;
    rules_findings_clear(&f);
    parser_page_free(page);
    return r->fatal;
}

/* The pass over every page, in one transaction: all of it or nothing. */
static int rescan_pass(rescan_ctx *r)
{
    if (store_begin(r->st) != STORE_OK) {
        cli_error("cannot start a transaction: %s", store_errmsg(r->st));
        return CLI_FAIL;
    }
    store_result sr = store_pages_each(r->st, rescan_page, r);
    if (sr != STORE_OK || r->fatal) {
        cli_error("rescan failed, nothing changed: %s", store_errmsg(r->st));
        store_rollback(r->st);
        return CLI_FAIL;
    }
    if (store_commit(r->st) != STORE_OK) {
        cli_error("cannot commit the rescan: %s", store_errmsg(r->st));
        return CLI_FAIL;
    }
    return CLI_OK;
}

/* A rescan is a run of its own ("rescan" in `wangjian runs`): the lead
 * changes it makes are kept in the leads' history under it. */
static int do_rescan(store *st, const rules_book *book, const parser_profiles *profiles)
{
    rescan_ctx r = {.st = st, .book = book, .profiles = profiles};
    int64_t run = 0;
    store_run_info info = {.tool = "wangjian " WANGJIAN_VERSION,
                           .rulebook_version = rules_book_version(book),
                           .rulebook_sha256 = rules_book_digest(book)};
    if (store_run_begin(st, (int64_t)time(NULL), "rescan", &run) != STORE_OK ||
        store_run_describe(st, run, &info) != STORE_OK || scan_judge(st, book) != SCAN_OK) {
        cli_error("cannot start the rescan: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    int rc = rescan_pass(&r);
    store_run_counts n = {.pages = r.pages + r.failed, .unchanged = r.pages, .failed = r.failed};
    if (store_run_end(st, run, (int64_t)time(NULL), rc == CLI_OK ? "finished" : "failed", &n) !=
        STORE_OK) {
        cli_error("cannot record the end of the rescan: %s", store_errmsg(st));
        rc = CLI_FAIL;
    }
    if (rc != CLI_OK)
        return rc;
    fprintf(stderr, "wangjian: rescanned %ld pages, %ld findings, %ld pages without a stored body; "
            "leads: %ld new, %ld re-opened, %ld resolved, %ld open\n", r.pages, r.findings, r.failed,
            n.leads_new, n.leads_reopened, n.leads_resolved, n.leads_open);
    if (r.moved > 0)
        fprintf(stderr, "wangjian: %ld page%s now belong%s to another subject (the platform "
                "profiles name it); their leads say where they moved\n", r.moved,
                r.moved == 1 ? "" : "s", r.moved == 1 ? "s" : "");
    if (r.limit_hits > 0)
        cli_error("%ld rule match%s stopped at the PCRE2 match limit: a pattern backtracks too "
                  "much; simplify it in the rulebook", r.limit_hits, r.limit_hits == 1 ? "" : "es");
    if (r.unreadable > 0) {
        cli_error("%ld page%s not rescanned: the body is kept only in the WARC evidence, which "
                  "could not be read (first: %s); their findings stand as they were.  Put the "
                  "WARC files back where the crawl wrote them and run rescan again",
                  r.unreadable, r.unreadable == 1 ? " was" : "s were", r.first_err);
        return CLI_FAIL;
    }
    return CLI_OK;
}

int cmd_rescan(int argc, char **argv)
{
    store_args a = {0};
    int rc = parse_store_args("rescan", argc, argv, &a, 0);
    if (rc != CLI_OK)
        return rc;
    char *rd = cli_rules_dir(a.rules), *pd = cli_platforms_dir(a.platforms);
    rules_book *book = rd ? cli_load_rules_opts(rd, a.no_reader) : NULL;
    parser_profiles *profiles = NULL;
    store *st = NULL;
    rc = CLI_FAIL;
    int lock = book && pd ? cli_run_lock_existing("rescan", a.db) : -1;
    if (lock != -1 && cli_load_profiles(pd, &profiles) == CLI_OK &&
        (st = cli_open_store_mode(a.db, STORE_OPEN_WRITE)))
        rc = do_rescan(st, book, profiles);
    if (st && cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    cli_run_unlock(lock);
    parser_profiles_free(profiles);
    rules_free(book);
    free(pd);
    free(rd);
    return rc;
}

/* ---- migrate ---- */

/* Upgrade under the run lock, so no crawl or rescan works on the file
 * meanwhile; the store upgrades when it opens the file for writing. */
const struct option cli_migrate_opts[] = {{"db", required_argument, 0, 'd'}, {0, 0, 0, 0}};

int cmd_migrate(int argc, char **argv)
{
    const char *db = NULL;
    int c, found = 0, current = 0;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_migrate_opts, NULL)) != -1) {
        if (c != 'd')
            return cli_usage_error("migrate", "unknown or incomplete option '%s'", argv[optind - 1]);
        db = optarg;
    }
    if (!db)
        return cli_usage_error("migrate", "--db FILE is required");
    if (optind < argc)
        return cli_usage_error("migrate", "unexpected argument '%s'", argv[optind]);
    int lock = cli_run_lock_existing("migrate", db);
    if (lock == -1)
        return CLI_FAIL;
    store *st = cli_open_store_mode(db, STORE_OPEN_WRITE);
    int rc = st ? CLI_OK : CLI_FAIL;
    if (st && store_schema_version(st, &found, &current) != STORE_OK) {
        cli_error("cannot read the schema version: %s", store_errmsg(st));
        rc = CLI_FAIL;
    }
    if (st && cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    cli_run_unlock(lock);
    if (rc == CLI_OK && found < current)
        fprintf(stderr, "wangjian: upgraded '%s' from schema version %d to %d\n", db, found, current);
    else if (rc == CLI_OK)
        fprintf(stderr, "wangjian: '%s' is already at schema version %d (current)\n", db, current);
    return rc;
}
