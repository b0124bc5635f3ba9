/*
 * wangjian evidence: copy the WARC response record behind a page (by URL)
 * or a lead (by id, its best-evidence page) into a directory, with the
 * HTTP body alone and a sha256 manifest (sha256sum format) of both, so an
 * investigator can hand over a self-checking bundle.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <openssl/evp.h>
#include "cli.h"
#include "../crawler/warc.h"

#define EVIDENCE_MAX (256u * 1024 * 1024)

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

static int write_file(const char *dir, const char *name, const char *data, size_t len, FILE *manifest)
{
    char path[4096], hex[EVP_MAX_MD_SIZE * 2 + 1];
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        cli_error("cannot write '%s': %s", path, strerror(errno));
        return CLI_FAIL;
    }
    if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL))
        return CLI_FAIL;
    for (unsigned int i = 0; i < mdlen; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    fprintf(manifest, "%s  %s\n", hex, name);
    return CLI_OK;
}

static int export_record(const char *dir, const char *path, int64_t offset)
{
    warc_record *rec = NULL;
    warc_result wr = warc_read_record(path, (uint64_t)offset, EVIDENCE_MAX, &rec);
    if (wr != WARC_OK) {
        cli_error("cannot read the WARC record at %s offset %lld: %s", path, (long long)offset,
                  warc_strerror(wr));
        return CLI_FAIL;
    }
    int rc = CLI_OK;
    if (!warc_record_verify(rec)) {
        cli_error("the WARC record at %s offset %lld fails its digest check", path, (long long)offset);
        rc = CLI_FAIL;
    }
    const char *block = rec->data + rec->header_len;
    const char *sep = memmem(block, rec->block_len, "\r\n\r\n", 4);
    size_t body_off = sep ? (size_t)(sep - block) + 4 : rec->block_len;
    char mpath[4096];
    snprintf(mpath, sizeof(mpath), "%s/manifest.sha256", dir);
    FILE *m = rc == CLI_OK ? fopen(mpath, "w") : NULL;
    if (rc == CLI_OK && !m) {
        cli_error("cannot write '%s': %s", mpath, strerror(errno));
        rc = CLI_FAIL;
    }
    if (m) {
        if (write_file(dir, "record.warc", rec->data, rec->header_len + rec->block_len, m) != CLI_OK ||
            write_file(dir, "body", block + body_off, rec->block_len - body_off, m) != CLI_OK)
            rc = CLI_FAIL;
        fprintf(m, "# source: %s offset %lld\n", path, (long long)offset);
        if (fclose(m) != 0)
            rc = CLI_FAIL;
    }
    warc_record_free(rec);
    return rc;
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
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        cli_error("cannot create '%s': %s", dir, strerror(errno));
        return CLI_FAIL;
    }
    int rc = export_record(dir, file, offset);
    if (rc == CLI_OK)
        fprintf(stderr, "wangjian: evidence for %s written to %s/ (record.warc, body, manifest.sha256)\n",
                url, dir);
    return rc;
}

int cmd_evidence(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'd'}, {"out", required_argument, 0, 'o'}, {0, 0, 0, 0}};
    const char *db = NULL, *out = NULL;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'o')
            out = optarg;
        else
            return cli_usage_error("evidence", "unknown or incomplete option '%s'", argv[optind - 1]);
    }
    if (!db || !out || argc - optind != 1)
        return cli_usage_error("evidence", "usage: wangjian evidence --db FILE --out DIR URL|LEAD_ID");
    store *st = cli_open_store(db);
    if (!st)
        return CLI_FAIL;
    int rc = evidence(st, argv[optind], out);
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}
