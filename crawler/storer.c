/*
 * The store thread.  While a crawl runs, this thread alone uses the store
 * handle: the loop sends it commands (store this parsed page, finish this
 * frontier row, add these URLs, lease rows for a host, commit) and goes on
 * without waiting; the thread runs them in order, inside one batch
 * transaction that it alone begins and commits, and hands each command
 * back with its reply through a uv_async, which may coalesce wake-ups, so
 * the loop drains the whole reply queue each time.
 *
 * Leases run before the other commands waiting with them: a host whose
 * buffer ran dry should not wait for a batch of pages to be stored.  A
 * lease can come back empty, or with an error, and the loop never counts
 * on when it comes back: that is the seam a fleet store (leases from a
 * shared database) will use.
 *
 * Before the thread starts and after it is joined the store belongs to the
 * loop thread again (crawl_store_open_run, crawl_store_end_run): one owner
 * at a time, never a lock around the store.  q_lock guards only the
 * queues.
 *
 * Durability: the WARC files are synced before every commit, so a committed
 * row never points at evidence a crash could lose.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "crawl_int.h"

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- commands and work items (any thread that owns them) ---- */

/* Free what cmd owns; cmd itself stays. */
static void cmd_clear(crawl_cmd *cmd)
{
    for (size_t i = 0; i < cmd->n_urls; i++)
        free(cmd->urls[i]);
    free(cmd->urls);
    free(cmd->depths);
    free(cmd->added);
    store_frontier_items_free(cmd->items, cmd->n);
    crawl_validators_free(cmd->val, 0, cmd->n);
    free(cmd->val);
    free(cmd->err);
}

void crawl_cmd_free(crawl_cmd *cmd)
{
    if (!cmd)
        return;
    cmd_clear(cmd);
    free(cmd);
}

void crawl_work_free(crawl_work *w)
{
    parser_page_free(w->page);
    rules_findings_clear(&w->findings);
    crawl_xfer_free(w->x);
    free(w->warc_file);
    free(w->final_url);
    store_blob_free(&w->body_z);
    store_blob_free(&w->text_z);
    free(w->render_html);
    free(w->render_png);
    free(w->render_why);
    cmd_clear(&w->cmd);
    free(w);
}

/* Free a reply the loop will never see (teardown). */
static void reply_free(crawl_cmd *cmd)
{
    if (cmd->kind == CMD_PAGE)
        crawl_work_free(cmd->work);
    else
        crawl_cmd_free(cmd);
}

crawl_cmd *crawl_cmd_new(crawl *c, int kind)
{
    crawl_cmd *cmd = calloc(1, sizeof(*cmd));
    if (!cmd)
        crawl_fail(c, CRAWLER_ENOMEM, "out of memory");
    else
        cmd->kind = kind;
    return cmd;
}

/* ---- the frontier (store thread) ---- */

/* FNV-1a of url, never 0 (0 marks an empty cache slot). */
static uint64_t url_hash(const char *url)
{
    uint64_t h = crawl_fnv1a(url);
    return h ? h : 1;
}

/* Most links on a shop page point at URLs the frontier already holds (its
 * navigation, and the sitemap queued the rest), and each one cost an
 * INSERT ... ON CONFLICT DO NOTHING.  A URL whose hash sits in the
 * known-URL cache was added or found present earlier in this run, so the
 * INSERT would change nothing and is skipped.  Rows are never deleted
 * during a crawl; a collision of two 64-bit hashes is the only way to skip
 * a new URL. */
static store_result frontier_add(crawl *c, const char *url, int depth, int *added)
{
    uint64_t key = url_hash(url);
    uint64_t *slot = &c->known[key & (CRAWL_KNOWN_SLOTS - 1)];
    *added = 0;
    if (*slot == key)
        return STORE_OK;
    char *h = crawler_url_host(url);
    if (!h)
        return STORE_ENOMEM;
    store_result r = store_frontier_add(c->st, url, h, depth, 0, added);
    free(h);
    if (r == STORE_OK)
        *slot = key;
    return r;
}

/* A keyword run reached url for the first time (the frontier has it now):
 * take the row into the run when another run has it (*added = 1 then),
 * and record that the keyword turned the URL up (again, when an earlier
 * run of the keyword did). */
static store_result keyword_reached(crawl *c, const char *url, int depth, int *added)
{
    int claimed = 0;
    store_result r = *added ? STORE_OK : store_frontier_claim(c->st, url, depth, &claimed);
    *added |= claimed;
    if (r == STORE_OK)
        r = store_keyword_hit(c->st, c->opts->keyword, url, (int64_t)time(NULL));
    return r;
}

/* cmd's URLs into the frontier at cmd->depth (or their own depths),
 * flagging the new ones. */
static const char *add_urls(crawl *c, crawl_cmd *cmd)
{
    if (cmd->n_urls == 0)
        return NULL;
    if (!(cmd->added = calloc(cmd->n_urls, 1)))
        return "out of memory for";
    for (size_t i = 0; i < cmd->n_urls; i++) {
        int added = 0, depth = cmd->depths ? cmd->depths[i] : cmd->depth;
        uint64_t key = url_hash(cmd->urls[i]);
        int known = c->known[key & (CRAWL_KNOWN_SLOTS - 1)] == key;   /* queued by this run */
        if (frontier_add(c, cmd->urls[i], depth, &added) != STORE_OK ||
            (c->opts->keyword && !known &&
             keyword_reached(c, cmd->urls[i], depth, &added) != STORE_OK))
            return "cannot add to the frontier the links in";
        cmd->added[i] = (unsigned char)added;
    }
    return NULL;
}

/* ---- batches (store thread: the only place a crawl begins or commits) ---- */

static const char *batch_open(crawl *c)
{
    if (c->in_txn)
        return NULL;
    if (store_begin(c->st) != STORE_OK)
        return "cannot begin a transaction for";
    c->in_txn = 1;
    return NULL;
}

static const char *batch_commit(crawl *c)
{
    if (!c->in_txn)
        return NULL;
    if (c->warc && warc_sync(c->warc) != WARC_OK)
        return "cannot sync the WARC evidence before committing";
    store_result r = store_commit(c->st);
    if (r != STORE_OK) {   /* the crawl stops; its leased rows are requeued next start */
        snprintf(c->commit_why, sizeof(c->commit_why), "%s", store_errmsg(c->st));
        store_rollback(c->st);
    }
    c->in_txn = 0;
    c->txn_pages = 0;
    return r == STORE_OK ? NULL : "cannot commit the batch with";
}

/* cmd->err = "what subject: the store's reason". */
static void set_err(crawl *c, crawl_cmd *cmd, const char *what, const char *subject)
{
    const char *why = c->commit_why[0] ? c->commit_why : store_errmsg(c->st);
    size_t n = strlen(what) + strlen(subject) + strlen(why) + 4;
    if ((cmd->err = malloc(n)))
        snprintf(cmd->err, n, "%s %s: %s", what, subject, why);
}

/* ---- the commands (store thread) ---- */

/* The page with its findings; NULL, or what failed. */
static const char *save_page(crawl *c, crawl_work *w)
{
    crawl_xfer *x = w->x;
    scan_fetch f = {
        .url = x->url, .host = x->host->name, .status = (int)w->status,
        .content_type = x->content_type, .body = x->body.data,
        .body_len = x->body.data || w->body_z.data ? x->body.len : 0,   /* 0: in the WARC */
        .packed_body = &w->body_z, .packed_text = &w->text_z,
        .warc_file = w->warc_file, .warc_offset = w->warc_off,
        .ip = w->ip[0] ? w->ip : NULL, .etag = x->etag, .last_modified = x->last_modified,
        .fetched_at = (int64_t)time(NULL), .run_id = c->run_id, .changed = &w->changed,
        .final_url = w->final_url, .sha256 = w->sha256[0] ? w->sha256 : NULL,
        .rendered = w->judged_rendered,
    };
    int64_t page_id = 0;
    const char *why = NULL;
    if (scan_check_stored(c->st, c->book, x->url, w->page, f.fetched_at, c->run_id,
                          &w->findings) != SCAN_OK)
        why = "cannot check against stored data";
    else if (scan_save(c->st, &f, w->page, &w->findings, &page_id) != SCAN_OK)
        why = "cannot store";
    return why;
}

/* A parsed page: the page, its findings, its frontier row and its new
 * links go into the open batch together; the batch is committed when
 * full.  The parse results are freed here, only counts go back. */
static void run_page(crawl *c, crawl_cmd *cmd)
{
    crawl_work *w = cmd->work;
    const char *what = batch_open(c);
    if (!what && !w->parse_error && !(what = save_page(c, w))) {
        w->stored = 1;
        c->txn_pages++;
    }
    if (!what && store_frontier_finish(c->st, w->x->frontier_id,
                                       w->stored ? STORE_URL_DONE : STORE_URL_FAILED) != STORE_OK)
        what = "cannot update the frontier for";
    if (!what && w->stored)
        what = add_urls(c, cmd);
    if (!what && c->txn_pages >= CRAWL_COMMIT_PAGES)
        what = batch_commit(c);
    if (what)
        set_err(c, cmd, what, w->x->url);
    w->n_findings = w->findings.n;
    w->limit_hits = w->findings.limit_hits;
    parser_page_free(w->page);
    w->page = NULL;
    rules_findings_clear(&w->findings);
    store_blob_free(&w->body_z);
    store_blob_free(&w->text_z);
}

/* The stored ETag and Last-Modified of each leased row, for a conditional
 * GET; none for a page last fetched under another rulebook, so that the
 * run's rules judge it.  -1 when out of memory. */
static int read_validators(crawl *c, crawl_cmd *cmd)
{
    if (cmd->n && !(cmd->val = calloc(cmd->n, sizeof(*cmd->val))))
        return -1;
    for (size_t i = 0; i < cmd->n; i++) {
        char etag[128] = "", lm[64] = "";
        if (store_page_validators(c->st, cmd->items[i].url, rules_book_digest(c->book), etag,
                                  sizeof(etag), lm, sizeof(lm)) != STORE_OK)
            etag[0] = lm[0] = '\0';
        if ((etag[0] && !(cmd->val[i].etag = strdup(etag))) ||
            (lm[0] && !(cmd->val[i].last_modified = strdup(lm))))
            return -1;
    }
    return 0;
}

static void run_lease(crawl *c, crawl_cmd *cmd)
{
    const char *what = batch_open(c);
    if (!what && store_frontier_take(c->st, cmd->host->name, cmd->want, &cmd->items,
                                     &cmd->n) != STORE_OK)
        what = "cannot lease frontier rows of";
    if (!what && read_validators(c, cmd) != 0)
        what = "out of memory for the validators of";
    if (what)
        set_err(c, cmd, what, cmd->host->name);
}

static void run_one(crawl *c, crawl_cmd *cmd)
{
    const char *what = NULL;
    char id[48];
    switch (cmd->kind) {
    case CMD_PAGE:
        run_page(c, cmd);
        return;
    case CMD_LEASE:
        run_lease(c, cmd);
        return;
    case CMD_FINISH:
        if (!(what = batch_open(c)) &&
            store_frontier_finish(c->st, cmd->id, cmd->state) != STORE_OK)
            what = "cannot update";
        if (!what && cmd->n_urls == 1 && store_page_gone(c->st, cmd->urls[0], (int64_t)time(NULL)) !=
                                             STORE_OK)
            what = "cannot record the page gone at";
        snprintf(id, sizeof(id), "frontier row %lld", (long long)cmd->id);
        break;
    case CMD_ADD:
        if (!(what = batch_open(c)))
            what = add_urls(c, cmd);
        snprintf(id, sizeof(id), "a sitemap's %zu URLs", cmd->n_urls);
        break;
    default:
        what = batch_commit(c);
        snprintf(id, sizeof(id), "the latest pages");
    }
    if (what)
        set_err(c, cmd, what, id);
}

/* Append first..last to a queue (q_lock held). */
static void q_append(crawl_cmd **head, crawl_cmd **tail, crawl_cmd *first, crawl_cmd *last)
{
    if (!first)
        return;
    if (*tail)
        (*tail)->next = first;
    else
        *head = first;
    *tail = last;
}

/* Run a list of commands in order; *last receives its tail. */
static crawl_cmd *run_list(crawl *c, crawl_cmd *list, crawl_cmd **last)
{
    for (crawl_cmd *cmd = list; cmd; cmd = cmd->next) {
        run_one(c, cmd);
        *last = cmd;
    }
    return list;
}

static void store_main(void *arg)
{
    crawl *c = arg;
    for (;;) {
        uv_mutex_lock(&c->q_lock);
        while (!c->q_lease && !c->q_in && !c->q_quit)
            uv_cond_wait(&c->q_cond, &c->q_lock);
        crawl_cmd *lease = c->q_lease, *in = c->q_in;
        c->q_lease = c->q_lease_tail = c->q_in = c->q_in_tail = NULL;
        uv_mutex_unlock(&c->q_lock);
        if (!lease && !in)
            break;   /* quit, with nothing left */
        crawl_cmd *lease_last = NULL, *in_last = NULL;
        run_list(c, lease, &lease_last);
        run_list(c, in, &in_last);
        uv_mutex_lock(&c->q_lock);
        q_append(&c->q_done, &c->q_done_tail, lease, lease_last);
        q_append(&c->q_done, &c->q_done_tail, in, in_last);
        if (!c->q_muted)
            uv_async_send(&c->q_async);
        uv_mutex_unlock(&c->q_lock);
    }
    const char *what = batch_commit(c);
    if (what) {
        crawl_cmd tmp = {0};
        set_err(c, &tmp, what, "the last pages");
        c->store_err = tmp.err;
    }
}

/* ---- the loop's side ---- */

int crawl_store_start(crawl *c, uv_async_cb on_replies)
{
    if (!(c->known = calloc(CRAWL_KNOWN_SLOTS, sizeof(*c->known))))
        return -1;
    if (uv_mutex_init(&c->q_lock) != 0)
        return -1;
    if (uv_cond_init(&c->q_cond) != 0) {
        uv_mutex_destroy(&c->q_lock);
        return -1;
    }
    c->q_ready = 1;
    if (uv_async_init(&c->loop, &c->q_async, on_replies) != 0)
        return -1;
    c->q_async.data = c;
    if (uv_thread_create(&c->store_thread, store_main, c) != 0)
        return -1;
    c->store_started = 1;
    return 0;
}

void crawl_store_send(crawl *c, crawl_cmd *cmd)
{
    cmd->next = NULL;
    if (cmd->kind == CMD_PAGE)
        c->storing++;
    else
        c->commands++;
    uv_mutex_lock(&c->q_lock);
    if (cmd->kind == CMD_LEASE)
        q_append(&c->q_lease, &c->q_lease_tail, cmd, cmd);
    else
        q_append(&c->q_in, &c->q_in_tail, cmd, cmd);
    uv_cond_signal(&c->q_cond);
    uv_mutex_unlock(&c->q_lock);
}

void crawl_store_commit(crawl *c)
{
    crawl_cmd *cmd = crawl_cmd_new(c, CMD_COMMIT);
    if (cmd)
        crawl_store_send(c, cmd);
}

crawl_cmd *crawl_store_replies(crawl *c)
{
    uv_mutex_lock(&c->q_lock);
    crawl_cmd *list = c->q_done;
    c->q_done = c->q_done_tail = NULL;
    uv_mutex_unlock(&c->q_lock);
    return list;
}

void crawl_store_mute(crawl *c)
{
    if (!c->q_ready)
        return;
    uv_mutex_lock(&c->q_lock);
    c->q_muted = 1;
    uv_mutex_unlock(&c->q_lock);
}

crawler_result crawl_store_stop(crawl *c)
{
    if (c->store_started) {
        uv_mutex_lock(&c->q_lock);
        c->q_quit = 1;
        uv_cond_signal(&c->q_cond);
        uv_mutex_unlock(&c->q_lock);
        uv_thread_join(&c->store_thread);
        c->store_started = 0;
    }
    if (c->q_ready) {
        for (crawl_cmd *cmd = c->q_done, *next; cmd; cmd = next) {
            next = cmd->next;
            reply_free(cmd);
        }
        c->q_done = c->q_done_tail = NULL;
        uv_cond_destroy(&c->q_cond);
        uv_mutex_destroy(&c->q_lock);
        c->q_ready = 0;
    }
    if (c->in_txn) {   /* the thread never ran, or its last commit failed */
        store_rollback(c->st);
        c->in_txn = 0;
    }
    free(c->known);   /* the thread's cache: nobody else reads it */
    c->known = NULL;
    if (!c->store_err)
        return CRAWLER_OK;
    crawl_fail(c, CRAWLER_ESTORE, "%s", c->store_err);
    return CRAWLER_ESTORE;
}

/* ---- before the thread starts and after it is joined (loop thread) ---- */

/* CRAWLER_ESTORE, with the store's reason in the caller's buffer unless a
 * reason is there already. */
static crawler_result store_failed(crawl *c, const char *what)
{
    if (!c->err[0])
        snprintf(c->err, c->errlen, "%s: %s", what, store_errmsg(c->st));
    return CRAWLER_ESTORE;
}

static void on_host_row(void *ud, const char *name, long queued)
{
    crawl *c = ud;
    crawl_host *h = crawl_host_for(c, name);
    if (h)
        h->queued = queued;
}

/* The seeds as canonical URLs (*urls, n_seeds of them) and their hosts
 * (*hosts, sorted, distinct, *nh of them): all checked before the store
 * is touched, so a bad seed opens no run.  The caller frees both arrays
 * and their strings (also on failure). */
static crawler_result resolve_seeds(crawl *c, char ***urls, char ***hosts, size_t *nh)
{
    const crawler_options *o = c->opts;
    *urls = calloc(o->n_seeds + 1, sizeof **urls);
    *hosts = calloc(o->n_seeds + 1, sizeof **hosts);
    *nh = 0;
    if (!*urls || !*hosts)
        return CRAWLER_ENOMEM;
    for (size_t i = 0; i < o->n_seeds; i++) {
        char *u = crawler_url_resolve(NULL, o->seeds[i]);
        char *h = u ? crawler_url_host(u) : NULL;
        (*urls)[i] = u;
        if (!h) {
            snprintf(c->err, c->errlen, "seed %zu is not an http(s) URL: '%s'", i + 1, o->seeds[i]);
            return CRAWLER_EURL;
        }
        size_t nscope = o->n_scope_seeds ? o->n_scope_seeds : o->n_seeds;
        if (i < nscope && !crawl_nameset_has(&c->key_hosts, h) &&
            crawl_nameset_add(&c->key_hosts, h) != 0) {
            free(h);
            return CRAWLER_ENOMEM;
        }
        if (crawl_nameset_has(&c->seed_hosts, h)) {
            free(h);
            continue;
        }
        (*hosts)[(*nh)++] = h;
        if (crawl_nameset_add(&c->seed_hosts, h) != 0)
            return CRAWLER_ENOMEM;
    }
    qsort(*hosts, *nh, sizeof **hosts, cmp_str);
    return CRAWLER_OK;
}

/* What the run covers, as the store matches runs to resume: the seed
 * hosts, and the --scope pattern when there is one.  Caller frees. */
static char *scope_key(const crawl *c, char *const *hosts, size_t nh)
{
    const char *re = c->opts->scope_regex;
    size_t len = (re ? strlen(re) + 3 : 1) + (c->opts->keyword ? strlen(c->opts->keyword) + 2 : 0);
    for (size_t i = 0; i < nh; i++)
        len += strlen(hosts[i]) + 1;
    char *k = malloc(len);
    size_t at = 0;
    if (!k)
        return NULL;
    k[0] = '\0';
    for (size_t i = 0; i < nh; i++)   /* hosts is sorted: the key is too */
        if (crawl_nameset_has(&c->key_hosts, hosts[i]))
            at += (size_t)snprintf(k + at, len - at, "%s%s", at ? " " : "", hosts[i]);
    if (re)
        at += (size_t)snprintf(k + at, len - at, " ~%s", re);
    if (c->opts->keyword)   /* a keyword's runs are its own */
        snprintf(k + at, len - at, " ?%s", c->opts->keyword);
    return k;
}

/* Insert the seeds (in the caller's transaction: a million seeds in one go,
 * not a million commits). */
static crawler_result insert_seeds(crawl *c, char *const *urls)
{
    for (size_t i = 0; i < c->opts->n_seeds; i++) {
        char *h = crawler_url_host(urls[i]);
        int added = 0;
        store_result r = h ? store_frontier_add(c->st, urls[i], h, 0, 0, &added) : STORE_ENOMEM;
        free(h);
        if (r == STORE_OK && c->opts->keyword)
            r = keyword_reached(c, urls[i], 0, &added);
        if (r != STORE_OK)
            return store_failed(c, "cannot add a seed to the frontier");
    }
    return CRAWLER_OK;
}

static void free_strs(char **v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

/* Keep with the run what makes its captures: options, tool, rulebook
 * (a resumed run records those of the part that resumes it). */
static store_result describe_run(crawl *c)
{
    store_run_info info = {
        .options = c->opts->run_options, .tool = "wangjian " WANGJIAN_VERSION,
        .rulebook_version = rules_book_version(c->book),
        .rulebook_sha256 = rules_book_digest(c->book),
    };
    return store_run_describe(c->st, c->run_id, &info);
}

/* Open or resume the run, requeue and insert the seeds (already checked),
 * in one transaction: a crawl refused here (a store error) leaves no open
 * run behind for the next crawl to "resume", and no half-done requeue.
 * Then learn the hosts with queued rows. */
static crawler_result open_run(crawl *c, char **urls, char **hosts, size_t nh)
{
    char *key = scope_key(c, hosts, nh);
    if (!key)
        return CRAWLER_ENOMEM;
    crawler_result r = CRAWLER_OK;
    if (store_begin(c->st) != STORE_OK)
        r = store_failed(c, "cannot start the run");
    else if (store_frontier_requeue_leased(c->st) != STORE_OK)
        r = store_failed(c, "cannot requeue the frontier");
    else if (store_run_open(c->st, (int64_t)time(NULL), key, (const char *const *)hosts,
                            c->opts->keyword ? 0 : nh,   /* not the hosts' whole frontier */
                            &c->run_id, &c->stats->resumed) != STORE_OK)
        r = store_failed(c, "cannot start the run");
    else if (scan_judge(c->st, c->book) != SCAN_OK)   /* only its rulebook's rules */
        r = store_failed(c, "cannot start the run");
    else if (describe_run(c) != STORE_OK)
        r = store_failed(c, "cannot start the run");
    else
        r = insert_seeds(c, urls);
    free(key);
    if (r == CRAWLER_OK && store_commit(c->st) != STORE_OK)
        r = store_failed(c, "cannot commit the start of the run");
    if (r != CRAWLER_OK) {
        store_rollback(c->st);
        c->run_id = 0;
        c->stats->resumed = 0;
        return r;
    }
    if (store_frontier_hosts(c->st, on_host_row, c) != STORE_OK)
        return store_failed(c, "cannot read the frontier");
    return c->fatal == CRAWLER_OK ? CRAWLER_OK : (crawler_result)c->fatal;
}

crawler_result crawl_store_open_run(crawl *c)
{
    char **urls = NULL, **hosts = NULL;
    size_t nh = 0;
    crawler_result r = resolve_seeds(c, &urls, &hosts, &nh);
    c->stats->seed_hosts = (long)nh;
    if (r == CRAWLER_OK)
        r = open_run(c, urls, hosts, nh);
    free_strs(urls, c->opts->n_seeds);
    free_strs(hosts, nh);
    return r;
}

/* Whether the run did its job; when not, why into s->failed_why.  It did
 * not when no seed host answered, when no page it tried answered 2xx or
 * 304 (a resumed run with nothing left to fetch tried none), or
 * when more than max_error_pct percent of the URLs it checked ended in a
 * network error or 5xx after their retries (a 4xx is an answer). */
static void judge_run(crawler_stats *s, long max_pct)
{
    long checked = s->changed + s->unchanged + s->failed;
    const char *sep = s->first_error[0] ? "; first error: " : "";
    char *why = s->failed_why;
    size_t n = sizeof s->failed_why;
    if (s->seed_hosts > 0 && s->seed_hosts_answered == 0)
        snprintf(why, n, "no seed host could be reached%s%s", sep, s->first_error);
    else if (s->answered == 0 && checked + s->refused > 0)   /* nothing to do is no failure */
        snprintf(why, n, "no page answered 2xx or 304 (%ld failed, %ld refused)", s->failed,
                 s->refused);
    else if (checked > 0 && s->errors * 100 > max_pct * checked)
        snprintf(why, n, "%ld of %ld URLs (%ld%%) ended in a network error or 5xx, more than "
                 "the %ld%% allowed (--max-error-rate)%s%s", s->errors, checked,
                 s->errors * 100 / checked, max_pct, sep, s->first_error);
}

crawler_result crawl_store_end_run(crawl *c, int finished)
{
    crawler_stats *s = c->stats;
    store_run_counts n = {.changed = s->changed, .unchanged = s->unchanged, .failed = s->failed,
                          .errors = s->errors};
    n.pages = n.changed + n.unchanged + n.failed;
    if (!finished)
        return store_run_pause(c->st, c->run_id, &n) == STORE_OK
                   ? CRAWLER_OK : store_failed(c, "cannot record the stopped run");
    judge_run(s, c->opts->max_error_pct);
    if (store_run_end(c->st, c->run_id, (int64_t)time(NULL), s->failed_why[0] ? "failed" : "finished",
                      &n) != STORE_OK)
        return store_failed(c, "cannot mark the run finished");
    s->leads_new = n.leads_new;
    s->leads_reopened = n.leads_reopened;
    s->leads_resolved = n.leads_resolved;
    s->leads_open = n.leads_open;
    return CRAWLER_OK;
}
