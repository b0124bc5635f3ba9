/*
 * crawler_run: set a crawl up, run it, take it down (loop thread, the
 * caller's).  The file map of the crawl and which thread runs what are in
 * crawl_int.h.
 *
 * Durability: the frontier is in the store; the store thread batches
 * writes into one transaction committed every 500 ms or CRAWL_COMMIT_PAGES
 * pages.  A crash loses at most the open batch; rows it had leased are
 * requeued on the next start.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "crawl_int.h"

const char *crawler_strerror(crawler_result r)
{
    switch (r) {
    case CRAWLER_OK: return "success";
    case CRAWLER_ENOMEM: return "out of memory";
    case CRAWLER_EINVAL: return "invalid option";
    case CRAWLER_EINIT: return "cannot initialise libcurl or libuv";
    case CRAWLER_ESTORE: return "store failure";
    case CRAWLER_EIO: return "cannot write evidence or log file";
    case CRAWLER_EURL: return "invalid URL";
    case CRAWLER_ESTOPPED: return "stopped by a signal";
    }
    return "unknown error";
}

void crawler_options_init(crawler_options *o)
{
    memset(o, 0, sizeof(*o));
    o->concurrency = 64;
    o->per_host = 2;
    o->delay_ms = 1000;
    o->depth = -1;
    o->max_bytes = 10u * 1024 * 1024;
    o->timeout_ms = 30000;
    o->progress_fd = -1;
    o->use_sitemaps = 1;
    o->max_error_pct = 50;
    o->robots_ttl_s = 86400;   /* RFC 9309 2.4: a cached copy should not outlive 24 hours */
    o->render = CRAWLER_RENDER_AUTO;
    o->render_concurrency = 2;
    o->render_max_mb = 1024;
    o->render_budget_ms = 15000;
}

static crawler_result setup_scope(crawl *c)
{
    if (!c->opts->scope_regex)
        return CRAWLER_OK;
    int errcode;
    PCRE2_SIZE erroff;
    c->scope_re = pcre2_compile((PCRE2_SPTR)c->opts->scope_regex, PCRE2_ZERO_TERMINATED,
                                PCRE2_UTF, &errcode, &erroff, NULL);
    if (!c->scope_re) {
        PCRE2_UCHAR msg[120];
        pcre2_get_error_message(errcode, msg, sizeof(msg));
        snprintf(c->err, c->errlen, "--scope: %s at offset %zu", (char *)msg, (size_t)erroff);
        return CRAWLER_EINVAL;
    }
    return CRAWLER_OK;
}

static crawler_result setup_curl(crawl *c)
{
    const crawler_options *o = c->opts;
    c->multi = curl_multi_init();
    c->share = curl_share_init();
    if (!c->multi || !c->share)
        return CRAWLER_EINIT;
    curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    crawl_loop_setup_multi(c);
    for (size_t i = 0; i < o->n_resolve; i++) {
        struct curl_slist *n = curl_slist_append(c->resolve, o->resolve[i]);
        if (!n)
            return CRAWLER_ENOMEM;
        c->resolve = n;
    }
    return CRAWLER_OK;
}

/* The WARC writer and the JSON log, when asked for. */
static crawler_result setup_files(crawl *c)
{
    const crawler_options *o = c->opts;
    if (o->warc_dir && mkdir(o->warc_dir, 0755) != 0 && errno != EEXIST) {
        snprintf(c->err, c->errlen, "cannot create '%s': %s", o->warc_dir, strerror(errno));
        return CRAWLER_EIO;
    }
    if (o->warc_dir && warc_open(o->warc_dir, "wangjian", 1024ULL * 1024 * 1024,
                                 "wangjian/" WANGJIAN_VERSION, &c->warc) != WARC_OK) {
        snprintf(c->err, c->errlen, "cannot create WARC files in '%s'", o->warc_dir);
        return CRAWLER_EIO;
    }
    if (o->warc_dir && !(c->warc_dir_abs = realpath(o->warc_dir, NULL))) {
        snprintf(c->err, c->errlen, "cannot resolve '%s': %s", o->warc_dir, strerror(errno));
        return CRAWLER_EIO;
    }
    if (o->log_path && !(c->log = fopen(o->log_path, "a"))) {
        snprintf(c->err, c->errlen, "cannot open log '%s': %s", o->log_path, strerror(errno));
        return CRAWLER_EIO;
    }
    return CRAWLER_OK;
}

/* Everything before the loop runs.  What may refuse the crawl (scope,
 * files, libcurl, libuv) comes before the run is opened, so a refused
 * crawl leaves no open run for the next one to resume; only starting the
 * store thread comes after.  The store is the loop thread's until that
 * thread starts, so the run is opened and the seeds inserted first. */
static crawler_result setup(crawl *c)
{
    crawler_result r;
    /* enough fetched pages to keep every pool thread busy, and no more:
     * each holds its body (8 instead of 32: 4 MB less peak RSS, same speed) */
    c->parse_cap = 4 * (int)uv_available_parallelism();
    if (c->parse_cap < 8)
        c->parse_cap = 8;
    if (crawl_hosts_init(&c->hosts) != 0)
        return CRAWLER_ENOMEM;
    if ((r = setup_scope(c)) != CRAWLER_OK || (r = crawl_render_init(c)) != CRAWLER_OK ||
        (r = setup_files(c)) != CRAWLER_OK || (r = setup_curl(c)) != CRAWLER_OK)
        return r;
    if (crawl_loop_init(c) != 0)
        return CRAWLER_EINIT;
    if ((r = crawl_store_open_run(c)) != CRAWLER_OK)
        return r;
    return crawl_loop_start_store(c) == 0 ? CRAWLER_OK : CRAWLER_EINIT;
}

/* The store thread is stopped before the loop's handles are closed (it
 * sends on one of them). */
static void teardown(crawl *c)
{
    crawl_store_mute(c);
    crawl_store_stop(c);
    crawl_loop_close(c);
    crawl_render_free(c);
    curl_share_cleanup(c->share);
    curl_slist_free_all(c->resolve);
    crawl_hosts_free(&c->hosts);
    crawl_nameset_free(&c->seed_hosts);
    crawl_nameset_free(&c->key_hosts);
    free(c->store_err);
    pcre2_code_free(c->scope_re);
    warc_close(c->warc);
    free(c->warc_dir_abs);
    if (c->log)
        fclose(c->log);
}

/* Run the loop, then stop the store thread (its last commit) and mark the
 * run finished when all went well. */
static crawler_result run(crawl *c)
{
    crawl_loop_run(c);
    c->stats->run_id = c->run_id;
    for (size_t i = 0; i < c->hosts.n; i++)
        if (c->hosts.all[i]->answered && crawl_nameset_has(&c->seed_hosts, c->hosts.all[i]->name))
            c->stats->seed_hosts_answered++;
    crawl_store_stop(c);
    crawler_result r = (crawler_result)c->fatal;
    if (r == CRAWLER_OK)
        r = crawl_store_end_run(c, 1);
    else if (r == CRAWLER_ESTOPPED)
        crawl_store_end_run(c, 0);   /* its counts kept; the stop is what is reported */
    return r;
}

crawler_result crawler_run(const crawler_options *opts, store *st, const rules_book *book,
                           crawler_stats *stats, char *err, size_t errlen)
{
    if (!opts || !st || !book || !stats || !err || errlen == 0)
        return CRAWLER_EINVAL;
    crawl *c = calloc(1, sizeof(*c));
    if (!c)
        return CRAWLER_ENOMEM;
    crawler_options o = *opts;
    if (!o.user_agent)
        o.user_agent = CRAWLER_UA_DEFAULT;
    memset(stats, 0, sizeof(*stats));
    err[0] = '\0';
    c->opts = &o;
    c->st = st;
    c->book = book;
    c->stats = stats;
    c->err = err;
    c->errlen = errlen;
    c->rng = (uint64_t)time(NULL) * 2654435761u + (uint64_t)getpid() + 1;
    uint64_t t0 = uv_hrtime();
    crawler_result r = setup(c);
    if (r == CRAWLER_OK)
        r = run(c);
    if (r != CRAWLER_OK && !err[0])
        snprintf(err, errlen, "%s", crawler_strerror(r));
    crawl_log_run(c, r == CRAWLER_OK ? "finished" : r == CRAWLER_ESTOPPED ? "stopped" : "failed",
                  (long long)((uv_hrtime() - t0) / 1000000), stats, err);
    teardown(c);
    free(c);
    return r;
}
