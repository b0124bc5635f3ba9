/*
 * wangjian evidence: copy the WARC response record behind a page (by URL)
 * or a lead (by id: the latest capture that showed it) into a directory, with the
 * HTTP body alone and a sha256 manifest (sha256sum format) of both, so an
 * investigator can hand over a self-checking bundle.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static int count_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    (void)n, (void)names, (void)values;
    (*(long *)ud)++;
    return 0;
}

/* Where the evidence of what (a lead id or a page URL) is: for a lead,
 * the latest capture that showed its violation, even when the page has
 * changed since; for a URL, the page's current record.  CLI_OK, or
 * CLI_FAIL after a message. */
static int locate(store *st, const char *what, char *url, size_t urllen, char *file,
                  size_t filelen, int64_t *offset)
{
    if (strspn(what, "0123456789") == strlen(what)) {
        store_lead_filter f = {.lead_id = strtoll(what, NULL, 10)};
        long n = 0;
        if (store_leads(st, &f, count_row, &n) != STORE_OK || n == 0) {
            cli_error("no lead with id %s", what);
            return CLI_FAIL;
        }
        if (store_lead_evidence(st, f.lead_id, url, urllen, file, filelen, offset) != STORE_OK) {
            cli_error("lead %s has no WARC record behind it: the pages that showed it were "
                      "crawled without WARC evidence (--warc-dir)", what);
            return CLI_FAIL;
        }
        return CLI_OK;
    }
    snprintf(url, urllen, "%s", what);
    if (store_page_evidence(st, what, file, filelen, offset) != STORE_OK) {
        cli_error("no evidence for '%s': %s (crawl with --warc-dir to keep it)", what,
                  store_errmsg(st));
        return CLI_FAIL;
    }
    return CLI_OK;
}

static int evidence(store *st, const char *what, const char *dir)
{
    char url[4096], file[4096];
    int64_t offset = 0;
    if (locate(st, what, url, sizeof url, file, sizeof file, &offset) != CLI_OK)
        return CLI_FAIL;
    char err[1024] = "";
    int rc = warc_bundle_export(file, offset, dir, err, sizeof(err)) == WARC_OK ? CLI_OK : CLI_FAIL;
    if (rc != CLI_OK)
        cli_error("%s", err);
    else
        fprintf(stderr, "wangjian: evidence for %s written to %s/ (record.warc, body, manifest.sha256)\n",
                url, dir);
    return rc;
}

const struct option cli_evidence_opts[] = {
    {"db", required_argument, 0, 'd'}, {"out", required_argument, 0, 'o'}, {0, 0, 0, 0}};

int cmd_evidence(int argc, char **argv)
{
    const char *db = NULL, *out = NULL;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_evidence_opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'o')
            out = optarg;
        else
            return cli_usage_error("evidence", "unknown or incomplete option '%s'", argv[optind - 1]);
    }
    if (!db || !out || argc - optind != 1)
        return cli_usage_error("evidence", "usage: wangjian evidence --db FILE --out DIR URL|LEAD_ID");
    store *st = cli_open_store_mode(db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    int rc = evidence(st, argv[optind], out);
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}
