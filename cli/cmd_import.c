/*
 * wangjian import registry: load (code, name, status) rows of the business
 * registry from CSV.  Header-driven (English or Chinese column names, any
 * order), UTF-8 or GB18030 (converted when the bytes are not valid UTF-8),
 * RFC 4180 quoting.  Bad rows are reported as file:line and skipped.
 * The CSV reader and the encoding detection here are shared with
 * `import complaints` (cmd_complaints.c) through cli.h.
 */
#include <errno.h>
#include <getopt.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli.h"

#define IMPORT_MAX (512L * 1024 * 1024)
#define CSV_MAX_FIELDS CLI_CSV_MAX_FIELDS

static int valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > n)
            return 0;
        for (size_t k = 1; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
        i += len;
    }
    return 1;
}

/* GB18030 → UTF-8, NUL-terminated (a field that ends the file is
 * terminated in place there); caller frees; NULL on invalid input. */
static char *gb18030_to_utf8(const char *in, size_t n, size_t *outn)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1)
        return NULL;
    size_t cap = n * 2 + 16, left = cap;
    char *out = malloc(cap), *op = out, *ip = (char *)in;
    size_t inleft = n;
    if (out && (iconv(cd, &ip, &inleft, &op, &left) == (size_t)-1 || left == 0)) {
        free(out);
        out = NULL;
    } else if (out) {
        *op = '\0';
    }
    iconv_close(cd);
    *outn = out ? cap - left : 0;
    return out;
}

int cli_csv_record(char *buf, size_t len, size_t *pos, char **fields, int *lines)
{
    size_t i = *pos;
    int nf = 0;
    if (i >= len)
        return 0;
    *lines = 1;
    for (;;) {
        char *out = buf + i, *start = out;
        if (i < len && buf[i] == '"') {
            i++;
            for (;;) {
                if (i >= len)
                    return -1;
                if (buf[i] == '"' && i + 1 < len && buf[i + 1] == '"') {
                    *out++ = '"';
                    i += 2;
                } else if (buf[i] == '"') {
                    i++;
                    break;
                } else {
                    *lines += buf[i] == '\n';
                    *out++ = buf[i++];
                }
            }
        }
        while (i < len && buf[i] != ',' && buf[i] != '\n' && buf[i] != '\r')
            *out++ = buf[i++];
        char sep = i < len ? buf[i] : '\n';
        *out = '\0';
        if (nf < CSV_MAX_FIELDS)
            fields[nf++] = start;
        i++;
        if (sep == '\r' && i < len && buf[i] == '\n')
            i++;
        if (sep != ',')
            break;
    }
    *pos = i;
    return nf;
}

int cli_csv_header(char *buf, size_t len, size_t *pos, char **hdr, int *lines)
{
    *pos = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    return cli_csv_record(buf, len, pos, hdr, lines);
}

int cli_csv_column(char **hdr, int n, const char *const *names)
{
    for (int i = 0; i < n; i++)
        for (const char *const *p = names; *p; p++)
            if (strcasecmp(hdr[i], *p) == 0)
                return i;
    return -1;
}

static int plausible_code(const char *c)
{
    size_t n = strlen(c);
    return (n == 18 && strspn(c, "0123456789ABCDEFGHJKLMNPQRTUWXY") == 18) ||
           (n == 15 && strspn(c, "0123456789") == 15);
}

/* Where the registry's columns are and where its rows start.  Read before the
 * store is opened, so that a file without a usable header leaves no new empty
 * database behind. */
typedef struct {
    int n, code, name, status;
    size_t pos;   /* first byte of the first data row */
    int line;     /* its line number */
} registry_columns;

static int registry_header(const char *path, char *buf, size_t len, registry_columns *c)
{
    static const char *const code_n[] = {"code", "uscc", "统一社会信用代码", "注册号", NULL};
    static const char *const name_n[] = {"name", "company", "企业名称", "名称", NULL};
    static const char *const status_n[] = {"status", "登记状态", "状态", NULL};
    char *hdr[CSV_MAX_FIELDS];
    int lines = 0;
    c->pos = 0;
    c->n = cli_csv_header(buf, len, &c->pos, hdr, &lines);
    c->code = c->n > 0 ? cli_csv_column(hdr, c->n, code_n) : -1;
    c->name = c->n > 0 ? cli_csv_column(hdr, c->n, name_n) : -1;
    c->status = c->n > 0 ? cli_csv_column(hdr, c->n, status_n) : -1;
    c->line = 1 + lines;
    if (c->code < 0) {
        cli_error("%s:1: the header names no 'code' column (expected code,name,status)", path);
        return CLI_FAIL;
    }
    return CLI_OK;
}

static int import_rows(store *st, const char *path, char *buf, size_t len,
                       const registry_columns *c, long *ok, long *bad)
{
    char *f[CSV_MAX_FIELDS];
    size_t pos = c->pos;
    int lines = 0, line = c->line, nh = c->n, ci = c->code, ni = c->name, si = c->status;
    int nf;
    while ((nf = cli_csv_record(buf, len, &pos, f, &lines)) != 0) {
        int this_line = line;
        line += lines;
        if (nf < 0) {
            fprintf(stderr, "%s:%d: unterminated quoted field; rest of file skipped\n", path, this_line);
            (*bad)++;
            break;
        }
        if (nf == 1 && f[0][0] == '\0')
            continue;   /* blank line */
        if (nf != nh || !plausible_code(f[ci])) {
            fprintf(stderr, "%s:%d: %s; row skipped\n", path, this_line,
                    nf != nh ? "wrong number of fields" : "code is not an 18-character USCC or 15-digit 注册号");
            (*bad)++;
            continue;
        }
        if (store_registry_put(st, f[ci], ni >= 0 ? f[ni] : NULL, si >= 0 ? f[si] : NULL) != STORE_OK) {
            cli_error("%s:%d: cannot store the row: %s", path, this_line, store_errmsg(st));
            return CLI_FAIL;
        }
        (*ok)++;
    }
    return CLI_OK;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        cli_error("cannot read '%s': %s", path, strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    if (fseek(fp, 0, SEEK_END) == 0) {
        long n = ftell(fp);
        if (n >= 0 && n <= IMPORT_MAX && fseek(fp, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1))) {
            *len = fread(buf, 1, (size_t)n, fp);
            buf[*len] = '\0';
        } else if (n > IMPORT_MAX) {
            cli_error("'%s' is larger than %ld bytes", path, IMPORT_MAX);
        }
    }
    fclose(fp);
    return buf;
}

char *cli_read_utf8(const char *path, size_t *len)
{
    char *buf = read_all(path, len);
    if (!buf || valid_utf8((unsigned char *)buf, *len))
        return buf;
    size_t n = 0;
    char *u = gb18030_to_utf8(buf, *len, &n);
    free(buf);
    if (!u) {
        cli_error("'%s' is neither UTF-8 nor GB18030", path);
        return NULL;
    }
    *len = n;
    return u;
}

static int import_registry(const char *db, const char *path)
{
    size_t len = 0;
    char *buf = cli_read_utf8(path, &len);
    if (!buf)
        return CLI_FAIL;
    registry_columns cols;
    if (registry_header(path, buf, len, &cols) != CLI_OK) {
        free(buf);
        return CLI_FAIL;
    }
    store *st = cli_open_store(db);
    long ok = 0, bad = 0;
    int rc = st ? CLI_OK : CLI_FAIL;
    if (st && store_begin(st) == STORE_OK) {
        rc = import_rows(st, path, buf, len, &cols, &ok, &bad);
        if (rc == CLI_OK ? store_commit(st) != STORE_OK : store_rollback(st) != STORE_OK)
            rc = CLI_FAIL;
    } else if (st) {
        rc = CLI_FAIL;
    }
    if (rc == CLI_OK)
        fprintf(stderr, "wangjian: imported %ld registry rows, skipped %ld bad rows\n", ok, bad);
    if (st && cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    free(buf);
    return rc;
}

const struct option cli_import_opts[] = {
    {"db", required_argument, 0, 'd'}, {"platforms", required_argument, 0, 'p'}, {0, 0, 0, 0}};

int cmd_import(int argc, char **argv)
{
    const char *db = NULL, *platforms = NULL;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_import_opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'p')
            platforms = optarg;
        else
            return cli_usage_error("import", "unknown or incomplete option '%s'", argv[optind - 1]);
    }
    int registry = argc - optind == 2 && strcmp(argv[optind], "registry") == 0;
    if (!registry && (argc - optind != 2 || strcmp(argv[optind], "complaints") != 0))
        return cli_usage_error("import", "usage: wangjian import registry|complaints --db FILE FILE.csv");
    if (!db)
        return cli_usage_error("import", "--db FILE is required");
    if (registry)   /* --platforms (a global config key, say) does not concern it */
        return import_registry(db, argv[optind + 1]);
    return cli_import_complaints(db, platforms, argv[optind + 1]);
}
