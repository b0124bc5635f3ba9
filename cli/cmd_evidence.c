/*
 * wangjian evidence: copy the WARC response record behind a page (by URL)
 * or a lead (by id, its best-evidence page) into a directory, with the
 * HTTP body alone and a sha256 manifest (sha256sum format) of both, so an
 * investigator can hand over a self-checking bundle.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

typedef struct {
    const char *id;
    char url[4096];
} lead_find;

static int find_lead(void *ud, size_t n, const char *const *names, const char *const *values)
{
    lead_find *l = ud;
    const char *id = NULL, *url = NULL;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(names[i], "lead_id") == 0)
            id = values[i];
        else if (strcmp(names[i], "url") == 0)
            url = values[i];
    }
    if (id && url && strcmp(id, l->id) == 0) {
        snprintf(l->url, sizeof(l->url), "%s", url);
        return 1;
    }
    return 0;
}

static int evidence(store *st, const char *what, const char *dir)
{
    lead_find l = {what, ""};
    const char *url = what;
    if (strspn(what, "0123456789") == strlen(what)) {
        if (store_export(st, "leads", find_lead, &l) != STORE_OK || !l.url[0]) {
            cli_error("no lead with id %s", what);
            return CLI_FAIL;
        }
        url = l.url;
    }
    char file[4096];
    int64_t offset = 0;
    if (store_page_evidence(st, url, file, sizeof(file), &offset) != STORE_OK) {
        cli_error("no evidence for '%s': %s (crawl with --warc-dir to keep it)", url, store_errmsg(st));
        return CLI_FAIL;
    }
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
