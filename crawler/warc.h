/* PROVISIONAL */
#ifndef WANGJIAN_WARC_H
#define WANGJIAN_WARC_H
#include <stddef.h>
#include <stdint.h>
typedef struct warc warc;
int warc_open(const char *dir, const char *prefix, long max, const char *software, warc **out);
void warc_close(warc *w);
int warc_write_fetch(warc *w, const char *url, const char *ip, const char *req, size_t reqlen,
    const char *head, size_t headlen, const char *body, size_t bodylen, char **file, int64_t *off);
#endif
