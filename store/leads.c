/*
 * leads.c — the lead decisions, above any backend: what one page's findings
 * do to the leads of its subject, and the queue that holds those changes
 * until the transaction commits.  Runs on the thread that owns the store;
 * reaches the backend only through its lead_page, rules_seen,
 * findings_replace, leads_apply and transaction entries.
 *
 * store_page_findings(page, f[0..n), now) does what the store always did:
 *  - the page's finding rows become f;
 *  - every finding upserts the lead (page subject, rule): created with
 *    first_seen = last_seen = now and hits 1, or else hits + 1 and
 *    last_seen = now; status open; severity, law (basis) and evidence
 *    (snippet) from the finding, host and url from the page, region from
 *    the page unless it has none.  So hits counts findings, and the last
 *    finding of a rule in f supplies the lead's evidence;
 *  - each rule the page had and no longer has resolves the lead (subject,
 *    rule), unless another page of the subject still has a finding of it.
 *
 * Inside a transaction the finding rows are written at once, but the lead
 * changes are queued, merged per lead, and applied by one backend call
 * just before COMMIT; a rollback drops them.  A network database then pays
 * a round trip per batch, not several per finding.  Merging keeps the
 * result of applying the changes one by one: hits add up, first_seen is
 * the first upsert's, the last upsert gives the other fields, the region
 * is the last one given, and the status is the last change's.  Whether a
 * vanished rule resolves is decided when the call is made, from the
 * findings of that moment, as it always was: by COMMIT a page may have
 * moved to another subject.  New leads are created in the order of their
 * first upsert, so lead ids come out as they did.
 *
 * Reads of leads (store_lead_count, store_export "leads") flush the queue
 * first, inside the still-open transaction, so they see every call made so
 * far.  The queue is flushed early when it would hold more than QUEUE_MAX
 * leads, which changes nothing but memory.
 *
 * A call stages its changes in a queue of its own before it writes any
 * finding row, and reserves room in the transaction's queue; after the
 * rows are written, moving the changes over cannot fail, so a failed call
 * leaves both the rows and the queue as they were.
 */
#include "store/leads.h"

#include <stdlib.h>
#include <string.h>

enum {
    QUEUE_MAX = 1024, /* leads held before an early flush */
    NFIELDS = 10      /* strings of a store_lead_change */
};

/* A queued change; order is the sequence number of its first upsert (or,
 * without one, of its first change): leads are created in that order. */
typedef struct {
    store_lead_change c; /* strings owned by the entry */
    uint64_t order;
} lead_entry;

struct leads_queue {
    const store_backend *be; /* borrowed */
    store_impl *b;           /* borrowed */
    lead_entry *v;           /* n entries, room for cap, distinct leads */
    size_t n, cap;
    size_t *slot;           /* index by (subject, rule): entry + 1, 0 free */
    size_t nslot;           /* 2 * cap, a power of two */
    store_lead_change *out; /* room for cap: the list leads_apply gets */
    uint64_t seq;           /* changes queued so far */
    char **judged;          /* the rules the run judges (njudged), or none: all */
    size_t njudged;
};

/* ---- entries ---- */

static void field_ptrs(store_lead_change *c, char **p[NFIELDS])
{
    p[0] = &c->subject;
    p[1] = &c->rule;
    p[2] = &c->severity;
    p[3] = &c->host;
    p[4] = &c->url;
    p[5] = &c->evidence;
    p[6] = &c->law;
    p[7] = &c->region;
    p[8] = &c->region_source;
    p[9] = &c->authority;
}

static void change_free(store_lead_change *c)
{
    char **p[NFIELDS];

    field_ptrs(c, p);
    for (int i = 0; i < NFIELDS; i++)
        free(*p[i]);
    memset(c, 0, sizeof *c);
}

/* Fill c's strings with copies of from[] (NULL stays NULL).  On failure c
 * holds none. */
static store_result copy_fields(store_lead_change *c, const char *const from[NFIELDS])
{
    char **p[NFIELDS];

    field_ptrs(c, p);
    for (int i = 0; i < NFIELDS; i++) {
        if (from[i] && !(*p[i] = strdup(from[i]))) {
            change_free(c);
            return STORE_ENOMEM;
        }
    }
    return STORE_OK;
}

/* The change one finding f on page pg makes at now. */
static store_result upsert_of(lead_entry *e, const store_lead_page *pg, const store_finding *f,
                              int64_t now, uint64_t seq)
{
    /* the finding's routing when scan decided one, else the page's region */
    const char *from[NFIELDS] = {pg->subject, f->rule,     f->severity,
                                 pg->host,    pg->url,     f->snippet,
                                 f->basis,    f->region_source ? f->region : pg->region,
                                 f->region_source, f->authority};

    memset(e, 0, sizeof *e);
    e->c.hits = 1;
    e->c.first_seen = e->c.last_seen = e->c.at = now;
    e->order = seq;
    return copy_fields(&e->c, from);
}

static store_result resolve_of(lead_entry *e, const char *subject, const char *rule, int64_t now,
                               uint64_t seq)
{
    const char *from[NFIELDS] = {subject, rule, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};

    memset(e, 0, sizeof *e);
    e->c.resolve = 1;
    e->c.at = now;
    e->order = seq;
    return copy_fields(&e->c, from);
}

static void swap_str(char **a, char **b)
{
    char *t = *a;

    *a = *b;
    *b = t;
}

/* Make d (earlier) the change of d followed by s (later), taking s's
 * strings; s is left with what d gave up, for the caller to free. */
static void merge(lead_entry *d, lead_entry *s)
{
    d->c.at = s->c.at;
    if (s->c.hits == 0) { /* a resolve */
        d->c.resolve = 1;
        return;
    }
    if (d->c.hits == 0) {
        d->c.first_seen = s->c.first_seen;
        d->order = s->order;
    }
    d->c.hits += s->c.hits;
    d->c.last_seen = s->c.last_seen;
    d->c.resolve = s->c.resolve;
    swap_str(&d->c.severity, &s->c.severity);
    swap_str(&d->c.host, &s->c.host);
    swap_str(&d->c.url, &s->c.url);
    swap_str(&d->c.evidence, &s->c.evidence);
    swap_str(&d->c.law, &s->c.law);
    if (s->c.region || s->c.region_source) {   /* the routing goes together */
        swap_str(&d->c.region, &s->c.region);
        swap_str(&d->c.region_source, &s->c.region_source);
    }
    if (s->c.authority)
        swap_str(&d->c.authority, &s->c.authority);
}

/* ---- the queue ---- */

static size_t key_hash(const char *subject, const char *rule)
{
    uint32_t h = 2166136261u;

    for (const char *p = subject; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    h = (h ^ 0xff) * 16777619u; /* a byte no UTF-8 text holds */
    for (const char *p = rule; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    return h;
}

/* The entry for (subject, rule) + 1, or 0 with *at the free slot for it. */
static size_t find(const leads_queue *q, const char *subject, const char *rule, size_t *at)
{
    size_t mask = q->nslot - 1, i = key_hash(subject, rule) & mask;

    for (; q->slot[i]; i = (i + 1) & mask) {
        const store_lead_change *c = &q->v[q->slot[i] - 1].c;

        if (strcmp(c->subject, subject) == 0 && strcmp(c->rule, rule) == 0)
            break;
    }
    *at = i;
    return q->slot[i];
}

static void rehash(leads_queue *q)
{
    memset(q->slot, 0, q->nslot * sizeof *q->slot);
    for (size_t k = 0; k < q->n; k++) {
        size_t at;

        find(q, q->v[k].c.subject, q->v[k].c.rule, &at);
        q->slot[at] = k + 1;
    }
}

/* Room for more entries, so that put cannot fail. */
static store_result reserve(leads_queue *q, size_t more)
{
    size_t cap = q->cap ? q->cap : 16;
    lead_entry *v;
    store_lead_change *out;
    size_t *slot;

    if (q->n + more <= q->cap)
        return STORE_OK;
    while (cap < q->n + more)
        cap *= 2;
    if (!(v = realloc(q->v, cap * sizeof *v)))
        return STORE_ENOMEM;
    q->v = v;
    if (!(out = realloc(q->out, cap * sizeof *out)))
        return STORE_ENOMEM;
    q->out = out;
    if (!(slot = calloc(2 * cap, sizeof *slot)))
        return STORE_ENOMEM;
    free(q->slot);
    q->slot = slot;
    q->nslot = 2 * cap;
    q->cap = cap;
    rehash(q);
    return STORE_OK;
}

/* Queue e after what is queued, taking its strings (e is left empty).
 * Room must be reserved. */
static void put(leads_queue *q, lead_entry *e)
{
    size_t at, i = find(q, e->c.subject, e->c.rule, &at);

    if (i) {
        merge(&q->v[i - 1], e);
        change_free(&e->c);
        return;
    }
    q->v[q->n++] = *e;
    q->slot[at] = q->n;
    memset(e, 0, sizeof *e);
}

void leads_queue_clear(leads_queue *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->n; i++)
        change_free(&q->v[i].c);
    q->n = 0;
    if (q->slot)
        memset(q->slot, 0, q->nslot * sizeof *q->slot);
}

/* Free what q holds (q itself may be on the stack). */
static void queue_release(leads_queue *q)
{
    leads_queue_clear(q);
    free(q->v);
    free(q->slot);
    free(q->out);
}

leads_queue *leads_queue_new(const store_backend *be, store_impl *b)
{
    leads_queue *q = calloc(1, sizeof *q);

    if (q) {
        q->be = be;
        q->b = b;
    }
    return q;
}

static void free_judged(leads_queue *q);

void leads_queue_free(leads_queue *q)
{
    if (!q)
        return;
    free_judged(q);
    queue_release(q);
    free(q);
}

static int by_order(const void *a, const void *b)
{
    const lead_entry *x = a, *y = b;

    return (x->order > y->order) - (x->order < y->order);
}

store_result leads_flush(leads_queue *q)
{
    store_result result;

    if (!q->be->in_transaction(q->b)) {
        leads_queue_clear(q);
        return STORE_OK;
    }
    if (q->n == 0)
        return STORE_OK;
    qsort(q->v, q->n, sizeof *q->v, by_order);
    for (size_t i = 0; i < q->n; i++)
        q->out[i] = q->v[i].c;
    result = q->be->leads_apply(q->b, q->out, q->n);
    if (result == STORE_OK)
        leads_queue_clear(q);
    else
        rehash(q); /* the entries moved */
    return result;
}

/* ---- one page's findings ---- */

void leads_page_free(store_lead_page *p)
{
    if (!p)
        return;
    free(p->subject);
    free(p->host);
    free(p->url);
    free(p->region);
    for (size_t i = 0; i < p->nrules; i++)
        free(p->rules[i]);
    free(p->rules);
    memset(p, 0, sizeof *p);
}

static int rule_in(const char *rule, const store_finding *f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(f[i].rule, rule) == 0)
            return 1;
    return 0;
}

static int judged(const leads_queue *q, const char *rule)
{
    for (size_t i = 0; i < q->njudged; i++)
        if (strcmp(q->judged[i], rule) == 0)
            return 1;
    return q->njudged == 0;
}

/* Move the rules pg had and f lacks to the front of pg->rules; their
 * count.  A rule the run does not judge has not vanished: its findings
 * stay. */
static size_t vanished_first(const leads_queue *q, store_lead_page *pg, const store_finding *f,
                             size_t n)
{
    size_t gone = 0;

    for (size_t i = 0; i < pg->nrules; i++)
        if (!rule_in(pg->rules[i], f, n) && judged(q, pg->rules[i]))
            swap_str(&pg->rules[gone++], &pg->rules[i]);
    return gone;
}

static void free_judged(leads_queue *q)
{
    for (size_t i = 0; i < q->njudged; i++)
        free(q->judged[i]);
    free(q->judged);
    q->judged = NULL;
    q->njudged = 0;
}

store_result leads_judge(leads_queue *q, const char *const *codes, size_t n)
{
    char **v = n ? calloc(n, sizeof *v) : NULL;

    if (n && !v)
        return STORE_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        if (!(v[i] = strdup(codes[i]))) {
            while (i--)
                free(v[i]);
            free(v);
            return STORE_ENOMEM;
        }
    }
    free_judged(q);
    q->judged = v;
    q->njudged = n;
    return STORE_OK;
}

/* Stage one change (from upsert_of or resolve_of, e owned) in st. */
static store_result stage(leads_queue *st, lead_entry *e, store_result made)
{
    store_result result = made == STORE_OK ? reserve(st, 1) : made;

    if (result == STORE_OK)
        put(st, e);
    else
        change_free(&e->c);
    return result;
}

/* The changes of one call, in the order they happen: each finding's
 * upsert, then a resolve for each vanished rule (the first gone of
 * pg->rules) no other page of the subject has (seen[i] 0). */
static store_result stage_page(leads_queue *st, const store_lead_page *pg, const store_finding *f,
                               size_t n, int64_t now, const unsigned char *seen, size_t gone)
{
    store_result result = STORE_OK;
    lead_entry e;

    for (size_t i = 0; i < n && result == STORE_OK; i++)
        result = stage(st, &e, upsert_of(&e, pg, &f[i], now, st->seq++));
    for (size_t i = 0; i < gone && result == STORE_OK; i++)
        if (!seen[i])
            result = stage(st, &e, resolve_of(&e, pg->subject, pg->rules[i], now, st->seq++));
    return result;
}

/* Which of the first gone rules of pg another page of its subject has. */
static store_result rules_seen(leads_queue *q, const store_lead_page *pg, int64_t page_id,
                               size_t gone, unsigned char **seen)
{
    *seen = NULL;
    if (gone == 0)
        return STORE_OK;
    *seen = calloc(gone, 1);
    if (!*seen)
        return STORE_ENOMEM;
    return q->be->rules_seen(q->b, pg->subject, page_id, pg->rules, gone, *seen);
}

/* One call inside the transaction: read, stage, make room, write the
 * rows, queue.  Nothing is written unless all of it can be queued. */
static store_result page_changes(leads_queue *q, int64_t page_id, const store_finding *f, size_t n,
                                 int64_t now)
{
    store_lead_page pg = {0};
    leads_queue st = {0};
    unsigned char *seen = NULL;
    size_t gone = 0;
    store_result result = q->be->lead_page(q->b, page_id, &pg);

    if (result == STORE_OK && !pg.subject)
        result = STORE_ECORRUPT;
    if (result == STORE_OK) {
        gone = vanished_first(q, &pg, f, n);
        result = rules_seen(q, &pg, page_id, gone, &seen);
    }
    st.seq = q->seq;
    if (result == STORE_OK)
        result = stage_page(&st, &pg, f, n, now, seen, gone);
    if (result == STORE_OK && q->n + st.n > QUEUE_MAX)
        result = leads_flush(q);
    if (result == STORE_OK)
        result = reserve(q, st.n);
    if (result == STORE_OK)
        result = q->be->findings_replace(q->b, page_id, f, n, now);
    for (size_t i = 0; i < st.n && result == STORE_OK; i++)
        put(q, &st.v[i]);
    if (result == STORE_OK)
        q->seq = st.seq;
    queue_release(&st);
    free(seen);
    leads_page_free(&pg);
    return result;
}

store_result leads_page_findings(leads_queue *q, int64_t page_id, const store_finding *f, size_t n,
                                 int64_t now)
{
    store_result result;

    if (q->be->in_transaction(q->b))
        return page_changes(q, page_id, f, n, now);
    leads_queue_clear(q); /* left from a transaction the backend ended */
    result = q->be->begin(q->b);
    if (result != STORE_OK)
        return result;
    result = page_changes(q, page_id, f, n, now);
    if (result == STORE_OK)
        result = leads_flush(q);
    if (result == STORE_OK)
        result = q->be->commit(q->b);
    if (result != STORE_OK) {
        leads_queue_clear(q);
        q->be->rollback(q->b);
    }
    return result;
}
