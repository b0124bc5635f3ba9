/* PROVISIONAL: replaced by the real robots.h */
#ifndef WANGJIAN_ROBOTS_H
#define WANGJIAN_ROBOTS_H
#include <stddef.h>
typedef struct robots robots;
robots *robots_parse(const char *data, size_t len);
robots *robots_allow_all(void);
void robots_free(robots *r);
int robots_allows(const robots *r, const char *ua, const char *path);
long robots_crawl_delay(const robots *r, const char *ua);
#endif
