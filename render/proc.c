/*
 * The browser's side jobs (loop thread): its memory read from /proc, its
 * profile directory, base64 for CDP bodies and screenshots, a PNG's size.
 */
#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <openssl/evp.h>
#include "render_int.h"

/* Session id and resident pages of /proc/<name>/stat; -1 when unreadable.
 * The command name (field 2) may hold spaces and parentheses: fields are
 * counted from the last ')'. */
static int read_stat(const char *name, long *sid, long *rss_pages)
{
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/%s/stat", name);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    if (!p)
        return -1;
    /* after ")": state(3) ppid(4) pgrp(5) session(6) ... rss(24) */
    long field[22];
    int k = 0;
    for (char *s = p + 1; k < 22 && *s; k++) {
        while (*s == ' ')
            s++;
        if (k == 0) {   /* the state letter */
            field[k] = 0;
            while (*s && *s != ' ')
                s++;
            continue;
        }
        char *end;
        field[k] = strtol(s, &end, 10);
        if (end == s)
            return -1;
        s = end;
    }
    if (k < 22)
        return -1;
    *sid = field[3];        /* field 6 */
    *rss_pages = field[21]; /* field 24 */
    return 0;
}

/* Proportional set size of process name in KiB (shared pages divided
 * among the processes that map them: summing plain RSS over Chromium's
 * processes counts its 300 MB binary and shared memory once per process),
 * or -1 when smaps_rollup cannot be read. */
static long read_pss(const char *name)
{
    char path[64], line[256];
    snprintf(path, sizeof(path), "/proc/%s/smaps_rollup", name);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    long kb = -1;
    while (kb < 0 && fgets(line, sizeof(line), f))
        if (strncmp(line, "Pss:", 4) == 0)
            kb = strtol(line + 4, NULL, 10);
    fclose(f);
    return kb;
}

long render_proc_rss_kb(pid_t sid)
{
    DIR *d = opendir("/proc");
    if (!d)
        return 0;
    long page_kb = sysconf(_SC_PAGESIZE) / 1024;
    long total = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        long s, rss;
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        if (read_stat(e->d_name, &s, &rss) != 0 || s != (long)sid || rss <= 0)
            continue;
        long pss = read_pss(e->d_name);
        total += pss >= 0 ? pss : rss * page_kb;
    }
    closedir(d);
    return total;
}

char *render_profile_new(long uid, long gid)
{
    const char *tmp = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof(path), "%s/wangjian-chromium.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(path))
        return NULL;
    if (uid >= 0 && chown(path, (uid_t)uid, (gid_t)gid) != 0) {
        int e = errno;
        rmdir(path);
        errno = e;
        return NULL;
    }
    return strdup(path);
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

void render_profile_remove(const char *dir)
{
    if (dir && *dir)
        nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *render_b64_encode(const void *data, size_t len)
{
    if (len > (size_t)1 << 30)
        return NULL;
    char *out = malloc(4 * ((len + 2) / 3) + 1);
    if (!out)
        return NULL;
    EVP_EncodeBlock((unsigned char *)out, data, (int)len);
    return out;
}

unsigned char *render_b64_decode(const char *s, size_t *outlen)
{
    size_t n = strlen(s);
    if (n % 4 != 0 || n > (size_t)1 << 30)
        return NULL;
    unsigned char *out = malloc(n / 4 * 3 + 1);
    if (!out)
        return NULL;
    int k = EVP_DecodeBlock(out, (const unsigned char *)s, (int)n);
    if (k < 0) {
        free(out);
        return NULL;
    }
    /* EVP_DecodeBlock counts the padding as zero bytes */
    size_t len = (size_t)k;
    for (size_t i = n; i > 0 && s[i - 1] == '=' && len > 0; i--)
        len--;
    *outlen = len;
    return out;
}

int render_png_size(const unsigned char *png, size_t len, int *w, int *h)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (len < 24 || memcmp(png, sig, 8) != 0 || memcmp(png + 12, "IHDR", 4) != 0)
        return -1;
    *w = (int)((unsigned)png[16] << 24 | (unsigned)png[17] << 16 | (unsigned)png[18] << 8 | png[19]);
    *h = (int)((unsigned)png[20] << 24 | (unsigned)png[21] << 16 | (unsigned)png[22] << 8 | png[23]);
    return 0;
}
