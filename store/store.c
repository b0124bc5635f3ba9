/*
 * store.c — the public store interface: picks a backend from the location
 * string, checks arguments, and dispatches through the backend's table.
 * Backends never see a NULL required pointer or an out-of-range state.
 * Findings and leads go through leads.c, which decides lead changes and
 * queues them per transaction: a commit applies them before the backend's
 * COMMIT, a rollback drops them, and a read of leads applies them first.
 * Runs on the thread that owns the store.
 */
#include "store/store.h"
#include "store/leads.h"
#include "store/store_backend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct store {
    const store_backend *be;
    store_impl *impl; /* owned: be->close */
    leads_queue *lq;  /* owned: lead changes of the open transaction */
};

/* Caps that protect the backend from absurd requests. */
enum { TAKE_MAX = 10000, SEARCH_LIMIT_MAX = 10000, FINDINGS_MAX = 100000 };

const char *store_strerror(store_result r)
{
    switch (r) {
    case STORE_OK:
        return "success";
    case STORE_ENOMEM:
        return "out of memory";
    case STORE_EOPEN:
        return "cannot open database";
    case STORE_EIO:
        return "database read or write failed";
    case STORE_ECORRUPT:
        return "not a wangjian database, or damaged";
    case STORE_EBUSY:
        return "database locked by another process";
    case STORE_ENOTFOUND:
        return "not found";
    case STORE_EINVAL:
        return "invalid argument";
    case STORE_ESCHEMA:
        return "database written by a newer wangjian";
    case STORE_ENODB:
        return "no database at this path";
    case STORE_EOLD:
        return "database written by an older wangjian: migrate it first";
    }
    return "unknown store error";
}

static void set_err(char *err, size_t errlen, const char *msg, const char *path)
{
    if (err && errlen > 0)
        snprintf(err, errlen, "%s: '%s'", msg, path);
}

store_result store_open(const char *path, store **out, char *err, size_t errlen)
{
    return store_open_mode(path, STORE_OPEN_CREATE, out, err, errlen);
}

store_result store_open_mode(const char *path, store_mode mode, store **out, char *err,
                             size_t errlen)
{
    static const char sqlite_prefix[] = "sqlite:";
    const store_backend *be = &store_sqlite_backend;
    const char *location = path;
    store_result result;
    store *s;

    if (err && errlen > 0)
        err[0] = '\0';
    if (!out)
        return STORE_EINVAL;
    *out = NULL;
    if (mode != STORE_OPEN_CREATE && mode != STORE_OPEN_WRITE && mode != STORE_OPEN_READONLY)
        return STORE_EINVAL;
    if (!path || !*path) {
        set_err(err, errlen, "empty database path", "");
        return STORE_EINVAL;
    }
    if (strncmp(path, sqlite_prefix, sizeof sqlite_prefix - 1) == 0) {
        location = path + sizeof sqlite_prefix - 1;
    } else if (strncmp(path, "postgres:", 9) == 0 || strncmp(path, "postgresql:", 11) == 0) {
        set_err(err, errlen, "PostgreSQL backend not built into this wangjian", path);
        return STORE_EOPEN;
    }
    if (!*location) {
        set_err(err, errlen, "empty database path", path);
        return STORE_EINVAL;
    }
    s = calloc(1, sizeof *s);
    if (!s) {
        set_err(err, errlen, "out of memory opening", path);
        return STORE_ENOMEM;
    }
    s->be = be;
    result = be->open(location, mode, &s->impl, err, errlen);
    if (result != STORE_OK) {
        free(s);
        return result;
    }
    s->lq = leads_queue_new(be, s->impl);
    if (!s->lq) {
        set_err(err, errlen, "out of memory opening", path);
        be->close(s->impl);
        free(s);
        return STORE_ENOMEM;
    }
    *out = s;
    return STORE_OK;
}

store_result store_close(store *s)
{
    store_result result;

    if (!s)
        return STORE_OK;
    leads_queue_free(s->lq); /* changes of a transaction never committed */
    result = s->be->close(s->impl);
    free(s);
    return result;
}

const char *store_errmsg(const store *s)
{
    if (!s)
        return "no store handle";
    return s->be->errmsg(s->impl);
}

store_result store_schema_version(store *s, int *found, int *current)
{
    if (!s || !found || !current)
        return STORE_EINVAL;
    return s->be->schema_version(s->impl, found, current);
}

store_result store_busy_timeout(store *s, int ms)
{
    if (!s || ms < 0)
        return STORE_EINVAL;
    return s->be->busy_timeout(s->impl, ms);
}

store_result store_begin(store *s)
{
    store_result result;

    if (!s)
        return STORE_EINVAL;
    result = s->be->begin(s->impl);
    if (result == STORE_OK) /* anything queued was a transaction that is gone */
        leads_queue_clear(s->lq);
    return result;
}

/* The queued lead changes go in before the backend's COMMIT; when either
 * fails the transaction stays open for the caller to roll back. */
store_result store_commit(store *s)
{
    store_result result;

    if (!s)
        return STORE_EINVAL;
    result = leads_flush(s->lq);
    return result == STORE_OK ? s->be->commit(s->impl) : result;
}

store_result store_rollback(store *s)
{
    if (!s)
        return STORE_EINVAL;
    leads_queue_clear(s->lq);
    return s->be->rollback(s->impl);
}

store_result store_run_begin(store *s, int64_t now, const char *kind, int64_t *run_id)
{
    if (!s || !kind || !run_id)
        return STORE_EINVAL;
    return s->be->run_begin(s->impl, now, kind, run_id);
}

store_result store_run_end(store *s, int64_t run_id, int64_t now, const char *status,
                           store_run_counts *c)
{
    if (!s || !status || !c)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);   /* counted from the history */
    if (result == STORE_OK)
        result = s->be->run_end(s->impl, run_id, now, status, c);
    if (result == STORE_OK)   /* the next run judges every rule unless it says otherwise */
        result = store_run_rules(s, NULL, 0);
    return result;
}

store_result store_lead_evidence(store *s, int64_t lead_id, char *url, size_t urllen, char *file,
                                 size_t filelen, int64_t *offset)
{
    if (!s || !url || !urllen || !file || !filelen || !offset)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);
    return result == STORE_OK
               ? s->be->lead_evidence(s->impl, lead_id, url, urllen, file, filelen, offset)
               : result;
}

store_result store_page_gone(store *s, const char *url, int64_t now)
{
    int64_t id = 0;
    if (!s || !url)
        return STORE_EINVAL;
    store_result result = s->be->page_id(s->impl, url, &id);
    if (result == STORE_ENOTFOUND)
        return STORE_OK;
    return result == STORE_OK ? leads_page_findings(s->lq, id, NULL, 0, now) : result;
}

store_result store_run_rules(store *s, const char *const *codes, size_t n)
{
    if (!s || (!codes && n))
        return STORE_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!codes[i])
            return STORE_EINVAL;
    store_result result = leads_judge(s->lq, codes, n);
    return result == STORE_OK ? s->be->judge_rules(s->impl, codes, n) : result;
}

int store_lead_status_valid(const char *status)
{
    static const char *const valid[] = {"open", "confirmed", "dismissed", "referred", "resolved"};
    for (size_t i = 0; status && i < sizeof valid / sizeof valid[0]; i++)
        if (strcmp(status, valid[i]) == 0)
            return 1;
    return 0;
}

store_result store_lead_set(store *s, int64_t id, const char *status, const char *actor,
                            const char *note, const char *outcome, int64_t now)
{
    if (!s || !store_lead_status_valid(status) || !actor || !*actor)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);   /* a run's queued changes come first */
    return result == STORE_OK ? s->be->lead_set(s->impl, id, status, actor, note, outcome, now)
                              : result;
}

store_result store_lead_history(store *s, int64_t id, store_row_fn fn, void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);
    return result == STORE_OK ? s->be->lead_rows(s->impl, id, 0, fn, ud) : result;
}

store_result store_lead_pages(store *s, int64_t id, store_row_fn fn, void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);
    return result == STORE_OK ? s->be->lead_rows(s->impl, id, 1, fn, ud) : result;
}

store_result store_lead_captures(store *s, int64_t id, store_row_fn fn, void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);
    return result == STORE_OK ? s->be->lead_rows(s->impl, id, 2, fn, ud) : result;
}

store_result store_run_describe(store *s, int64_t run_id, const store_run_info *info)
{
    if (!s || !info)
        return STORE_EINVAL;
    return s->be->run_describe(s->impl, run_id, info);
}

store_result store_run_pause(store *s, int64_t run_id, const store_run_counts *c)
{
    if (!s || !c)
        return STORE_EINVAL;
    store_run_counts n = *c;
    store_result result = leads_flush(s->lq);
    return result == STORE_OK ? s->be->run_end(s->impl, run_id, 0, NULL, &n) : result;
}

store_result store_run_open(store *s, int64_t now, const char *scope, const char *const *hosts,
                            size_t n, int64_t *run_id, int *resumed)
{
    if (!s || !scope || (!hosts && n) || !run_id || !resumed)
        return STORE_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!hosts[i])
            return STORE_EINVAL;
    return s->be->run_open(s->impl, now, scope, hosts, n, run_id, resumed);
}

store_result store_runs(store *s, long limit, store_row_fn fn, void *ud)
{
    if (!s || !fn || limit < 1 || limit > 100000)
        return STORE_EINVAL;
    return s->be->runs(s->impl, limit, fn, ud);
}

store_result store_run_last(store *s, int64_t *run_id)
{
    if (!s || !run_id)
        return STORE_EINVAL;
    return s->be->run_last(s->impl, run_id);
}

store_result store_leads(store *s, const store_lead_filter *f, store_row_fn fn, void *ud)
{
    if (!s || !f || !fn)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);
    return result == STORE_OK ? s->be->leads(s->impl, f, fn, ud) : result;
}

static int valid_state(int state)
{
    return state >= STORE_URL_QUEUED && state <= STORE_URL_FAILED;
}

store_result store_frontier_add(store *s, const char *url, const char *host, int depth,
                                int64_t not_before, int *added)
{
    int dummy;

    if (!s || !url || !host || depth < 0)
        return STORE_EINVAL;
    return s->be->frontier_add(s->impl, url, host, depth, not_before, added ? added : &dummy);
}

store_result store_frontier_take(store *s, const char *host, size_t max,
                                 store_frontier_item **items, size_t *n)
{
    if (items)
        *items = NULL;
    if (n)
        *n = 0;
    if (!s || !host || !items || !n)
        return STORE_EINVAL;
    if (max == 0)
        return STORE_OK;
    if (max > TAKE_MAX)
        max = TAKE_MAX;
    return s->be->frontier_take(s->impl, host, max, items, n);
}

void store_frontier_items_free(store_frontier_item *items, size_t n)
{
    if (!items)
        return;
    for (size_t i = 0; i < n; i++)
        free(items[i].url);
    free(items);
}

store_result store_frontier_finish(store *s, int64_t id, int state)
{
    if (!s || !valid_state(state))
        return STORE_EINVAL;
    return s->be->frontier_finish(s->impl, id, state);
}

store_result store_frontier_requeue_leased(store *s)
{
    return s ? s->be->frontier_requeue_leased(s->impl) : STORE_EINVAL;
}

store_result store_frontier_hosts(store *s, void (*fn)(void *ud, const char *host, long queued),
                                  void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    return s->be->frontier_hosts(s->impl, fn, ud);
}

store_result store_frontier_count(store *s, int state, long *n)
{
    if (!s || !n || (state != -1 && !valid_state(state)))
        return STORE_EINVAL;
    return s->be->frontier_count(s->impl, state, n);
}

store_result store_page_put(store *s, const store_page *p, int64_t *page_id)
{
    int64_t dummy;

    if (!s || !p || !p->url || !p->host)
        return STORE_EINVAL;
    int packed = p->packed && p->packed->data;

    if ((p->body_len > 0 && !p->body && !packed) || p->body_len > STORE_BODY_MAX)
        return STORE_EINVAL;
    if (p->text_len > 0 && !p->text)
        return STORE_EINVAL;
    if (packed && p->packed->raw_len != p->body_len)
        return STORE_EINVAL;
    if (p->packed_text && p->packed_text->data &&
        (!p->text || p->packed_text->raw_len != (p->text_len ? p->text_len : strlen(p->text))))
        return STORE_EINVAL;
    return s->be->page_put(s->impl, p, page_id ? page_id : &dummy);
}

store_result store_body_pack(store *s, const void *body, size_t len, store_blob *out)
{
    if (out)
        memset(out, 0, sizeof(*out));
    if (!s || !out || (len > 0 && !body) || len > STORE_BODY_MAX)
        return STORE_EINVAL;
    if (!s->be->body_pack)
        return STORE_OK;
    return s->be->body_pack(body, len, out);
}

store_result store_text_pack(store *s, const char *text, size_t len, store_blob *out)
{
    if (out)
        memset(out, 0, sizeof(*out));
    if (!s || !out || (len > 0 && !text))
        return STORE_EINVAL;
    if (!s->be->text_pack)
        return STORE_OK;
    return s->be->text_pack(s->impl, text, len, out);
}

void store_blob_free(store_blob *b)
{
    if (!b)
        return;
    free(b->data);
    memset(b, 0, sizeof(*b));
}

store_result store_page_findings(store *s, int64_t page_id, const store_finding *f, size_t n,
                                 int64_t now)
{
    if (!s || (n > 0 && !f) || n > FINDINGS_MAX)
        return STORE_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!f[i].rule)
            return STORE_EINVAL;
    return leads_page_findings(s->lq, page_id, f, n, now);
}

const char *const *store_export_columns(const char *what, size_t *n)
{
    static const char *const findings[] = {"url", "rule", "severity", "snippet", "src_off",
                                           "law", "subject", "host", "seen_at"};
    static const char *const leads[] = {"lead_id", "rule", "severity", "status", "subject",
                                        "host", "url", "evidence", "law", "region",
                                        "first_seen", "last_seen", "hits", "showing",
                                        "authority", "region_source"};
    if (what && strcmp(what, "findings") == 0) {
        *n = sizeof(findings) / sizeof(findings[0]);
        return findings;
    }
    if (what && strcmp(what, "leads") == 0) {
        *n = sizeof(leads) / sizeof(leads[0]);
        return leads;
    }
    *n = 0;
    return NULL;
}

store_result store_export(store *s, const char *what, store_row_fn fn, void *ud)
{
    if (!s || !what || !fn)
        return STORE_EINVAL;
    if (strcmp(what, "findings") != 0 && strcmp(what, "leads") != 0)
        return STORE_EINVAL;
    if (strcmp(what, "leads") == 0) { /* see the lead changes queued so far */
        store_result result = leads_flush(s->lq);
        if (result != STORE_OK)
            return result;
    }
    return s->be->export_rows(s->impl, what, fn, ud);
}

store_result store_set_normaliser(store *s, store_norm_fn fn, void *ctx, const char *id)
{
    if (!s || !fn || !id || !*id || strcmp(id, "lower") == 0)
        return STORE_EINVAL;
    return s->be->set_normaliser(s->impl, fn, ctx, id);
}

store_result store_search_pages(store *s, const store_search_opts *o, store_row_fn fn, void *ud,
                                long *total)
{
    long n = 0;

    if (total)
        *total = 0;
    if (!s || !o || !o->query || !fn || o->limit < 1 || o->limit > SEARCH_LIMIT_MAX ||
        (o->since && o->until && o->until < o->since))
        return STORE_EINVAL;
    store_result r = s->be->search(s->impl, o, fn, ud, &n);
    if (total)
        *total = n;
    return r;
}

store_result store_search_captures(store *s, const store_search_opts *o, store_row_fn fn,
                                   void *ud)
{
    if (!s || !o || !fn || (o->since && o->until && o->until < o->since))
        return STORE_EINVAL;
    return s->be->search_captures(s->impl, o, fn, ud);
}

store_result store_query_match(store *s, const store_query *q, const char *title,
                               const char *text, int *match, char **snippet)
{
    if (match)
        *match = 0;
    if (snippet)
        *snippet = NULL;
    if (!s || !q || !match || !snippet)
        return STORE_EINVAL;
    return s->be->query_match(s->impl, q, title, text, match, snippet);
}

/* store_search's three columns out of store_search_pages's six. */
typedef struct {
    store_row_fn fn;
    void *ud;
} search3_ctx;

static int search3_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    search3_ctx *c = ud;
    return c->fn(c->ud, n < 3 ? n : 3, names, values);
}

store_result store_search(store *s, const char *query, long limit, store_row_fn fn, void *ud)
{
    store_query *q = NULL;
    search3_ctx c = {fn, ud};

    if (!s || !query || !*query || !fn || limit < 1 || limit > SEARCH_LIMIT_MAX)
        return STORE_EINVAL;
    store_result r = store_query_parse(query, &q, NULL, 0);
    if (r == STORE_OK) {
        store_search_opts o = {q, NULL, NULL, 0, 0, limit};
        r = store_search_pages(s, &o, search3_row, &c, NULL);
    }
    store_query_free(q);
    return r;
}

store_result store_page_evidence(store *s, const char *url, char *file, size_t filelen,
                                 int64_t *offset)
{
    if (!s || !url || !file || filelen == 0 || !offset)
        return STORE_EINVAL;
    return s->be->page_evidence(s->impl, url, file, filelen, offset);
}

store_result store_page_validators(store *s, const char *url, const char *rulebook, char *etag,
                                   size_t etaglen, char *last_modified, size_t lmlen)
{
    if (!s || !url || !etag || etaglen == 0 || !last_modified || lmlen == 0)
        return STORE_EINVAL;
    return s->be->page_validators(s->impl, url, rulebook, etag, etaglen, last_modified, lmlen);
}

store_result store_page_subject(store *s, int64_t page_id, const char *subject)
{
    if (!s || !subject || !*subject)
        return STORE_EINVAL;
    return s->be->page_subject(s->impl, page_id, subject);
}

store_result store_page_time(store *s, int64_t page_id, int64_t *fetched_at, int64_t *run_id)
{
    if (!s || !fetched_at)
        return STORE_EINVAL;
    return s->be->page_time(s->impl, page_id, fetched_at, run_id);
}

store_result store_pages_each(store *s, store_page_fn fn, void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    return s->be->pages_each(s->impl, fn, ud);
}

store_result store_page_get(store *s, const char *url, store_page_fn fn, void *ud)
{
    if (!s || !url || !fn)
        return STORE_EINVAL;
    return s->be->page_get(s->impl, url, fn, ud);
}

store_result store_page_count(store *s, long *n)
{
    if (!s || !n)
        return STORE_EINVAL;
    return s->be->page_count(s->impl, n);
}

store_result store_lead_count(store *s, const char *status, long *n)
{
    if (!s || !n)
        return STORE_EINVAL;
    if (status && strcmp(status, "open") != 0 && strcmp(status, "resolved") != 0)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq); /* see the lead changes queued so far */
    return result == STORE_OK ? s->be->lead_count(s->impl, status, n) : result;
}

store_result store_price_put(store *s, const char *item_key, int64_t page_id, double price,
                             double original, int64_t observed_at, int64_t run_id)
{
    if (!s || !item_key || price != price)
        return STORE_EINVAL;
    return s->be->price_put(s->impl, item_key, page_id, price, original, observed_at, run_id);
}

store_result store_price_floor(store *s, const char *item_key, int64_t since, int64_t before,
                               int64_t before_run, double *lowest)
{
    if (!s || !item_key || !lowest)
        return STORE_EINVAL;
    return s->be->price_floor(s->impl, item_key, since, before, before_run, lowest);
}

store_result store_registry_put(store *s, const char *code, const char *name, const char *status)
{
    if (!s || !code)
        return STORE_EINVAL;
    return s->be->registry_put(s->impl, code, name, status);
}

store_result store_registry_lookup(store *s, const char *code, char *name, size_t namelen,
                                   char *status, size_t statuslen)
{
    if (!s || !code || (!name && namelen > 0) || (!status && statuslen > 0))
        return STORE_EINVAL;
    return s->be->registry_lookup(s->impl, code, name, namelen, status, statuslen);
}

store_result store_registry_count(store *s, long *n)
{
    if (!s || !n)
        return STORE_EINVAL;
    return s->be->registry_count(s->impl, n);
}

/* ---- complaints ---- */

store_result store_complaint_add(store *s, const store_complaint *c, int *added)
{
    if (!s || !c || !added || !c->ref || !c->url || !c->subject || !c->host)
        return STORE_EINVAL;
    return s->be->complaint_add(s->impl, c, added);
}

store_result store_complaints_unseeded(store *s, store_row_fn fn, void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    return s->be->complaint_rows(s->impl, STORE_COMPLAINT_ROWS_UNSEEDED, NULL, fn, ud);
}

store_result store_complaints_seeded(store *s, int64_t upto, int64_t run_id, long *n)
{
    long dummy;

    if (!s || run_id <= 0)
        return STORE_EINVAL;
    return s->be->complaints_seeded(s->impl, upto, run_id, n ? n : &dummy);
}

store_result store_complaints_of(store *s, const char *subject, store_row_fn fn, void *ud)
{
    if (!s || !subject || !fn)
        return STORE_EINVAL;
    return s->be->complaint_rows(s->impl, STORE_COMPLAINT_ROWS_OF, subject, fn, ud);
}

store_result store_complaint_subjects(store *s, store_row_fn fn, void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);   /* the leads as the transaction has them */
    return result == STORE_OK
               ? s->be->complaint_rows(s->impl, STORE_COMPLAINT_ROWS_SUBJECTS, NULL, fn, ud)
               : result;
}

/* ---- the report and the referral lists ---- */

store_result store_report(store *s, int what, const store_report_query *q, store_row_fn fn,
                          void *ud)
{
    if (!s || !q || !fn || what < STORE_REPORT_LEADS || what > STORE_REPORT_CLOSING)
        return STORE_EINVAL;
    if (what <= STORE_REPORT_LEAD_LIST && q->since > q->until)
        return STORE_EINVAL;
    store_result result = leads_flush(s->lq);   /* the leads as the transaction has them */
    return result == STORE_OK ? s->be->report_rows(s->impl, what, q, fn, ud) : result;
}

store_result store_keyword_hit(store *s, const char *keyword, const char *url, int64_t now)
{
    if (!s || !keyword || !url || !*keyword)
        return STORE_EINVAL;
    return s->be->keyword_hit(s->impl, keyword, url, now);
}

store_result store_frontier_claim(store *s, const char *url, int depth, int *claimed)
{
    int dummy;

    if (!s || !url || depth < 0)
        return STORE_EINVAL;
    return s->be->frontier_claim(s->impl, url, depth, claimed ? claimed : &dummy);
}

store_result store_lead_keywords(store *s, int64_t lead_id, store_row_fn fn, void *ud)
{
    if (!s || lead_id <= 0 || !fn)
        return STORE_EINVAL;
    return s->be->lead_keywords(s->impl, lead_id, fn, ud);
}

/* ---- identity signals ---- */

store_result store_page_signals(store *s, int64_t page_id, const store_signal *v, size_t n,
                                int64_t now)
{
    if (!s || (n > 0 && !v) || n > 100000)
        return STORE_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!v[i].kind || !v[i].value)
            return STORE_EINVAL;
    return s->be->page_signals(s->impl, page_id, v, n, now);
}

store_result store_signals(store *s, store_row_fn fn, void *ud)
{
    if (!s || !fn)
        return STORE_EINVAL;
    return s->be->signal_rows(s->impl, fn, ud);
}
