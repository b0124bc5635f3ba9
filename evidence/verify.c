/*
 * verify.c — evidence_verify: re-check a bundle written by evidence_write.
 *
 * Order, so the file named is the one that was changed: first the anchor
 * (manifest.txt's SHA-256 against its line in manifest.sha256 and the hash
 * the 笔录 records; when two of the three agree, the odd one out is named),
 * then that the two manifests list the same data files with the same
 * hashes, then every listed file (present, size, SHA-256), then files
 * present but listed nowhere, last the timestamp token.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <openssl/evp.h>
#include "evidence/evidence_int.h"

#define SMALL_MAX (64u << 20) /* manifests, the 笔录 and the token are small */

typedef struct {
    char *name;
    char sha256[65];
    size_t size;     /* manifest.txt entries only */
} entry;

typedef struct {
    entry *v;
    size_t n, cap;
} entries;

static void entries_free(entries *e)
{
    for (size_t i = 0; i < e->n; i++)
        free(e->v[i].name);
    free(e->v);
}

static entry *find(const entries *e, const char *name)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].name, name) == 0)
            return &e->v[i];
    return NULL;
}

/* A name inside the bundle: relative, no "..", no empty part. */
static int safe_name(const char *s, size_t n)
{
    if (n == 0 || s[0] == '/' || memchr(s, '\\', n))
        return 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != '/')
            j++;
        if (j == i || (j - i == 2 && s[i] == '.' && s[i + 1] == '.') || (j - i == 1 && s[i] == '.'))
            return 0;
        i = j + 1;
        if (j + 1 == n)
            return 0;   /* trailing slash */
    }
    return 1;
}

static int is_hex64(const char *s)
{
    return strspn(s, "0123456789abcdef") == 64;
}

static int add(entries *e, const char *name, size_t nlen, const char *sha, size_t size)
{
    if (e->n == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 16;
        entry *v = realloc(e->v, cap * sizeof *v);
        if (!v)
            return -1;
        e->v = v;
        e->cap = cap;
    }
    entry *x = &e->v[e->n];
    if (!(x->name = strndup(name, nlen)))
        return -1;
    memcpy(x->sha256, sha, 64);
    x->sha256[64] = '\0';
    x->size = size;
    e->n++;
    return 0;
}

/* The whole of dir/name (at most SMALL_MAX bytes), NUL-terminated; NULL
 * when missing or unreadable (errno set). */
static char *slurp(const char *dir, const char *name, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ev_buf b = {0};
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0 && b.n < SMALL_MAX)
        ev_buf_add(&b, chunk, k);
    int bad = ferror(f) || b.oom || b.n >= SMALL_MAX;
    fclose(f);
    if (bad) {
        ev_buf_free(&b);
        errno = EIO;
        return NULL;
    }
    ev_buf_add(&b, "", 0);
    *len = b.n;
    return b.p;
}

/* SHA-256 and size of dir/name, streamed.  0, or -1 (errno set). */
static int hash_file(const char *dir, const char *name, char hex[65], size_t *size)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned char buf[65536], md[32];
    unsigned int mdlen = 0;
    size_t k, total = 0;
    int ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    while (ok && (k = fread(buf, 1, sizeof buf, f)) > 0) {
        ok = EVP_DigestUpdate(ctx, buf, k);
        total += k;
    }
    ok = ok && !ferror(f) && EVP_DigestFinal_ex(ctx, md, &mdlen) && mdlen == 32;
    fclose(f);
    EVP_MD_CTX_free(ctx);
    if (!ok) {
        errno = EIO;
        return -1;
    }
    for (unsigned int i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    *size = total;
    return 0;
}

/* manifest.sha256: "HEX  NAME" per line (" *NAME" too). -1 at a bad line. */
static int parse_sums(const char *s, entries *out)
{
    for (const char *p = s; *p;) {
        const char *eol = strchr(p, '\n');
        size_t ll = eol ? (size_t)(eol - p) : strlen(p);
        if (ll < 67 || !is_hex64(p) || p[64] != ' ' || (p[65] != ' ' && p[65] != '*') ||
            !safe_name(p + 66, ll - 66) || add(out, p + 66, ll - 66, p, 0) != 0)
            return -1;
        p += ll + (eol != NULL);
    }
    return 0;
}

/* manifest.txt: "# ..." comments, then NAME\tTYPE\tFORMAT\tBYTES\tSHA256. */
static int parse_manifest(const char *s, entries *out)
{
    for (const char *p = s; *p;) {
        const char *eol = strchr(p, '\n');
        size_t ll = eol ? (size_t)(eol - p) : strlen(p);
        if (*p != '#') {
            const char *tab[4], *q = p;
            for (int i = 0; i < 4; i++) {
                tab[i] = q ? memchr(q, '\t', ll - (size_t)(q - p)) : NULL;
                q = tab[i] ? tab[i] + 1 : NULL;
            }
            if (!q || (size_t)(p + ll - q) != 64 || !is_hex64(q))
                return -1;
            char *end;
            errno = 0;
            unsigned long long size = strtoull(tab[2] + 1, &end, 10);
            if (end != tab[3] || errno || tab[2][1] < '0' || tab[2][1] > '9' ||
                !safe_name(p, (size_t)(tab[0] - p)) ||
                add(out, p, (size_t)(tab[0] - p), q, (size_t)size) != 0)
                return -1;
        }
        p += ll + (eol != NULL);
    }
    return 0;
}

/* The hash the 笔录 records (its meta tag) into hash; -1 without one. */
static int record_hash(const char *html, char hash[65])
{
    static const char key[] = "name=\"" EV_META_HASH "\" content=\"";
    const char *p = strstr(html, key);
    if (!p || !is_hex64(p + sizeof key - 1) || p[sizeof key - 1 + 64] != '"')
        return -1;
    memcpy(hash, p + sizeof key - 1, 64);
    hash[64] = '\0';
    return 0;
}

typedef struct {
    const char *dir;
    entries sums, man;
    char *err;
    size_t errlen;
} bundle;

/* manifest.txt against manifest.sha256 and the 笔录. */
static evidence_result check_anchor(bundle *b, const char *manifest, size_t mlen,
                                    unsigned char md[32], char hash[65])
{
    entry *line = find(&b->sums, EV_MANIFEST), *rec = find(&b->sums, EV_RECORD);
    char recorded[65], rec_hash[65];
    size_t len = 0;
    if (ev_sha256(manifest, mlen, md, hash) != 0)
        return EVIDENCE_ENOMEM;
    char *html = slurp(b->dir, EV_RECORD, &len);
    int have_rec = html && record_hash(html, recorded) == 0;
    int rec_ok = html && rec && ev_sha256(html, len, NULL, rec_hash) == 0 &&
                 strcmp(rec_hash, rec->sha256) == 0;
    free(html);
    if (!line) {
        snprintf(b->err, b->errlen, EV_SUMS ": it does not list " EV_MANIFEST);
        return EVIDENCE_EDIFFERS;
    }
    if (strcmp(hash, line->sha256) != 0) {
        if (have_rec && strcmp(hash, recorded) == 0)
            snprintf(b->err, b->errlen, EV_SUMS ": its line for " EV_MANIFEST " (%.16s...) is not "
                     "the manifest's SHA-256 (%.16s...), which " EV_RECORD " records", line->sha256,
                     hash);
        else
            snprintf(b->err, b->errlen, EV_MANIFEST ": its SHA-256 is %s, not %s as " EV_SUMS
                     " records", hash, line->sha256);
        return EVIDENCE_EDIFFERS;
    }
    if (!have_rec || !rec_ok) {
        snprintf(b->err, b->errlen, EV_RECORD ": %s", !rec ? "not listed in " EV_SUMS
                 : !have_rec ? "missing, or it names no manifest hash"
                             : "its SHA-256 is not the one " EV_SUMS " records");
        return EVIDENCE_EDIFFERS;
    }
    if (strcmp(recorded, hash) != 0) {
        snprintf(b->err, b->errlen, EV_MANIFEST ": its SHA-256 is %s, but " EV_RECORD " records %s",
                 hash, recorded);
        return EVIDENCE_EDIFFERS;
    }
    return EVIDENCE_OK;
}

/* The two manifests list the same data files with the same hashes; the
 * rest of manifest.sha256 is the 笔录 and the timestamp files. */
static evidence_result check_lists(bundle *b)
{
    for (size_t i = 0; i < b->man.n; i++) {
        const entry *s = find(&b->sums, b->man.v[i].name);
        if (!s || strcmp(s->sha256, b->man.v[i].sha256) != 0) {
            snprintf(b->err, b->errlen, EV_SUMS ": %s %s", s ? "its hash differs from " EV_MANIFEST
                                                           " for" : "it does not list",
                     b->man.v[i].name);
            return EVIDENCE_EDIFFERS;
        }
    }
    for (size_t i = 0; i < b->sums.n; i++) {
        const char *n = b->sums.v[i].name;
        if (!find(&b->man, n) && strcmp(n, EV_MANIFEST) != 0 && strcmp(n, EV_RECORD) != 0 &&
            strcmp(n, EV_TSQ) != 0 && strcmp(n, EV_TSR) != 0) {
            snprintf(b->err, b->errlen, EV_SUMS ": it lists %s, which " EV_MANIFEST " does not", n);
            return EVIDENCE_EDIFFERS;
        }
    }
    return EVIDENCE_OK;
}

/* Every file manifest.sha256 lists, in its order (manifest.txt's sizes too). */
static evidence_result check_files(bundle *b)
{
    for (size_t i = 0; i < b->sums.n; i++) {
        const entry *e = &b->sums.v[i], *m = find(&b->man, e->name);
        char hex[65];
        size_t size = 0;
        if (hash_file(b->dir, e->name, hex, &size) != 0) {
            snprintf(b->err, b->errlen, "%s: %s", e->name,
                     errno == ENOENT ? "missing" : strerror(errno));
            return EVIDENCE_EDIFFERS;
        }
        if (strcmp(hex, e->sha256) != 0 || (m && m->size != size)) {
            snprintf(b->err, b->errlen, "%s: differs from the manifest (SHA-256 %s, %zu bytes; "
                     "listed %s%s)", e->name, hex, size, e->sha256,
                     m && m->size != size ? ", another size" : "");
            return EVIDENCE_EDIFFERS;
        }
    }
    return EVIDENCE_OK;
}

/* Files under dir/sub listed nowhere (manifest.sha256 itself aside). */
static evidence_result check_extra(bundle *b, const char *sub, int depth)
{
    char path[4096];
    snprintf(path, sizeof path, "%s%s%s", b->dir, *sub ? "/" : "", sub);
    DIR *d = opendir(path);
    if (!d) {
        snprintf(b->err, b->errlen, "cannot read '%s': %s", path, strerror(errno));
        return EVIDENCE_EIO;
    }
    evidence_result r = EVIDENCE_OK;
    struct dirent *e;
    while (r == EVIDENCE_OK && (e = readdir(d)) != NULL) {
        char name[4096], full[8192];
        struct stat st;
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(name, sizeof name, "%s%s%s", sub, *sub ? "/" : "", e->d_name);
        snprintf(full, sizeof full, "%s/%s", b->dir, name);
        if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode) && depth < 8) {
            r = check_extra(b, name, depth + 1);
        } else if (!find(&b->sums, name) && strcmp(name, EV_SUMS) != 0) {
            snprintf(b->err, b->errlen, "%s: present but not in the manifest", name);
            r = EVIDENCE_EDIFFERS;
        }
    }
    closedir(d);
    return r;
}

/* Read and parse both manifests. */
static evidence_result load(bundle *b, char **manifest, size_t *mlen)
{
    size_t slen = 0;
    char *sums = slurp(b->dir, EV_SUMS, &slen);
    if (!sums) {
        snprintf(b->err, b->errlen, EV_SUMS ": %s (not a complete bundle)",
                 errno == ENOENT ? "missing" : strerror(errno));
        return EVIDENCE_EDIFFERS;
    }
    int bad = strlen(sums) != slen || parse_sums(sums, &b->sums) != 0;
    free(sums);
    if (bad) {
        snprintf(b->err, b->errlen, EV_SUMS ": not in sha256sum's format");
        return EVIDENCE_EDIFFERS;
    }
    *manifest = slurp(b->dir, EV_MANIFEST, mlen);
    if (!*manifest) {
        snprintf(b->err, b->errlen, EV_MANIFEST ": %s", errno == ENOENT ? "missing" : strerror(errno));
        return EVIDENCE_EDIFFERS;
    }
    if (strlen(*manifest) != *mlen || parse_manifest(*manifest, &b->man) != 0) {
        snprintf(b->err, b->errlen, EV_MANIFEST ": a line is not file, type, format, bytes, "
                 "sha256 separated by tabs");
        return EVIDENCE_EDIFFERS;
    }
    return EVIDENCE_OK;
}

static evidence_result check_stamp(bundle *b, const char *ca_file, const unsigned char md[32],
                                   evidence_report *rep)
{
    if (!find(&b->sums, EV_TSR)) {
        if (!ca_file)
            return EVIDENCE_OK;
        snprintf(b->err, b->errlen, "--tsa-ca given, but the bundle has no timestamp (" EV_TSR ")");
        return EVIDENCE_ETSA;
    }
    size_t len = 0;
    char *tsr = slurp(b->dir, EV_TSR, &len);
    if (!tsr) {
        snprintf(b->err, b->errlen, EV_TSR ": %s", strerror(errno));
        return EVIDENCE_EIO;
    }
    char why[512] = "";
    evidence_result r = ev_tsa_check(tsr, len, md, ca_file, rep->ts_time, why, sizeof why);
    free(tsr);
    if (r != EVIDENCE_OK) {
        snprintf(b->err, b->errlen, EV_TSR ": %s", why);
        return r;
    }
    rep->timestamped = 1;
    rep->ts_checked = ca_file != NULL;
    return EVIDENCE_OK;
}

evidence_result evidence_verify(const char *dir, const char *ca_file, evidence_report *rep,
                                char *err, size_t errlen)
{
    memset(rep, 0, sizeof *rep);
    bundle b = {.dir = dir, .err = err, .errlen = errlen};
    char *manifest = NULL;
    size_t mlen = 0;
    unsigned char md[32];
    evidence_result r = load(&b, &manifest, &mlen);
    if (r == EVIDENCE_OK)
        r = check_anchor(&b, manifest, mlen, md, rep->manifest_sha256);
    if (r == EVIDENCE_OK)
        r = check_lists(&b);
    if (r == EVIDENCE_OK)
        r = check_files(&b);
    if (r == EVIDENCE_OK)
        r = check_extra(&b, "", 0);
    if (r == EVIDENCE_OK)
        r = check_stamp(&b, ca_file, md, rep);
    if (r == EVIDENCE_ENOMEM && !*err)
        snprintf(err, errlen, "out of memory");
    rep->files = b.man.n;
    free(manifest);
    entries_free(&b.sums);
    entries_free(&b.man);
    return r;
}
