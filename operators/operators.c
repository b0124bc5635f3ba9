/*
 * Union-find over subjects joined by shared strong signals (operators.h
 * states the rule).  Subjects and signals are interned through one string
 * hash table each; a signal keeps every (subject, url) sighting, so the
 * pages that show it can be listed per operator.  All memory hangs off the
 * graph and goes with ops_free.
 */
#include "operators/operators.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- a string -> index table (open addressing, power-of-two size) ---- */

typedef struct {
    char **keys;      /* borrowed from the owner's arrays */
    size_t *idx;
    size_t cap, n;
} strmap;

static uint64_t hash(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h;
}

typedef struct {
    char *key;        /* owned: NUL-separated parts, klen bytes */
    size_t klen;
} keyrec;

/* Index of key[0..klen) or SIZE_MAX. */
static size_t map_find(const strmap *m, const keyrec *recs, const char *key, size_t klen)
{
    if (!m->cap)
        return SIZE_MAX;
    for (size_t i = hash(key, klen) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->idx[i] == SIZE_MAX)
            return SIZE_MAX;
        const keyrec *r = &recs[m->idx[i]];
        if (r->klen == klen && memcmp(r->key, key, klen) == 0)
            return m->idx[i];
    }
}

static void map_place(strmap *m, const keyrec *recs, size_t v)
{
    size_t i = hash(recs[v].key, recs[v].klen) & (m->cap - 1);
    while (m->idx[i] != SIZE_MAX)
        i = (i + 1) & (m->cap - 1);
    m->idx[i] = v;
}

/* Makes room for one more entry (rehashing recs[0..n)); 0 on ENOMEM. */
static int map_reserve(strmap *m, const keyrec *recs)
{
    if ((m->n + 1) * 2 <= m->cap)
        return 1;
    size_t cap = m->cap ? m->cap * 2 : 64;
    size_t *idx = malloc(cap * sizeof *idx);
    if (!idx)
        return 0;
    for (size_t i = 0; i < cap; i++)
        idx[i] = SIZE_MAX;
    free(m->idx);
    m->idx = idx;
    m->cap = cap;
    for (size_t v = 0; v < m->n; v++)
        map_place(m, recs, v);
    return 1;
}

/* ---- the graph ---- */

typedef struct {
    size_t subject;
    char *url;
} sighting;

typedef struct {
    const char *kind, *value; /* point into the group's key (ops_graph.gkey) */
    int strong, platform;
    sighting *v;
    size_t n, cap;
    size_t distinct;  /* distinct subjects, set by ops_link */
} group;

typedef struct {
    size_t subject;
    char *rule;
} lead;

struct ops_graph {
    keyrec *subj;     /* subject names (klen without the NUL) */
    size_t n_subj, cap_subj;
    size_t *parent;
    strmap subj_map;
    group *grp;
    keyrec *gkey;     /* "kind\0value" of grp[i] */
    size_t n_grp, cap_grp;
    strmap grp_map;
    lead *leads;
    size_t n_leads, cap_leads;
    int linked;
    ops_result link_result;
    ops_operator *ops;
    size_t n_ops;
};

const char *ops_strerror(ops_result r)
{
    switch (r) {
    case OPS_OK: return "success";
    case OPS_ENOMEM: return "out of memory";
    case OPS_EINVAL: return "invalid argument";
    }
    return "unknown operators error";
}

const char *ops_reason_name(ops_reason r)
{
    static const char *const N[] = {"joins", "weak", "platform", "shared"};
    return r <= OPS_TOO_SHARED ? N[r] : "?";
}

ops_graph *ops_new(void)
{
    return calloc(1, sizeof(ops_graph));
}

void ops_free(ops_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n_subj; i++)
        free(g->subj[i].key);
    for (size_t i = 0; i < g->n_grp; i++) {
        for (size_t j = 0; j < g->grp[i].n; j++)
            free(g->grp[i].v[j].url);
        free(g->grp[i].v);
        free(g->gkey[i].key);
    }
    for (size_t i = 0; i < g->n_leads; i++)
        free(g->leads[i].rule);
    for (size_t i = 0; i < g->n_ops; i++) {
        ops_operator *o = &g->ops[i];
        for (size_t j = 0; j < o->n_signals; j++) {
            free(o->signals[j].subjects);
            free(o->signals[j].urls);
        }
        free(o->signals);
        free(o->subjects);
        free(o->leads);
    }
    free(g->ops);
    free(g->subj);
    free(g->parent);
    free(g->subj_map.idx);
    free(g->grp);
    free(g->gkey);
    free(g->grp_map.idx);
    free(g->leads);
    free(g);
}

/* Grows *v (elements of elem bytes) to hold n + 1; 0 on ENOMEM. */
static int reserve(void **v, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return 1;
    size_t c = *cap ? *cap * 2 : 16;
    void *p = realloc(*v, c * elem);
    if (!p)
        return 0;
    *v = p;
    *cap = c;
    return 1;
}

/* Index of subject name, added when new; SIZE_MAX on ENOMEM. */
static size_t intern_subject(ops_graph *g, const char *name)
{
    size_t len = strlen(name);
    size_t i = map_find(&g->subj_map, g->subj, name, len);
    if (i != SIZE_MAX)
        return i;
    size_t cap = g->cap_subj;
    if (!reserve((void **)&g->subj, &cap, g->n_subj, sizeof *g->subj))
        return SIZE_MAX;
    size_t pcap = g->cap_subj;
    if (!reserve((void **)&g->parent, &pcap, g->n_subj, sizeof *g->parent))
        return SIZE_MAX;
    g->cap_subj = cap < pcap ? cap : pcap;
    char *copy = strdup(name);
    if (!copy || !map_reserve(&g->subj_map, g->subj)) {
        free(copy);
        return SIZE_MAX;
    }
    g->subj[g->n_subj].key = copy;
    g->subj[g->n_subj].klen = len;
    g->parent[g->n_subj] = g->n_subj;
    map_place(&g->subj_map, g->subj, g->n_subj);
    g->subj_map.n++;
    return g->n_subj++;
}

/* The group of (kind, value), added when new; NULL on ENOMEM. */
static group *intern_group(ops_graph *g, const char *kind, const char *value, int strong)
{
    size_t kl = strlen(kind), vl = strlen(value), klen = kl + 1 + vl;
    char *key = malloc(klen + 1);
    if (!key)
        return NULL;
    memcpy(key, kind, kl + 1);
    memcpy(key + kl + 1, value, vl + 1);
    size_t i = map_find(&g->grp_map, g->gkey, key, klen);
    if (i != SIZE_MAX) {
        free(key);
        return &g->grp[i];
    }
    size_t cap = g->cap_grp, kcap = g->cap_grp;
    int ok = reserve((void **)&g->grp, &cap, g->n_grp, sizeof *g->grp) &&
             reserve((void **)&g->gkey, &kcap, g->n_grp, sizeof *g->gkey);
    if (ok)
        g->cap_grp = cap < kcap ? cap : kcap;
    if (!ok || !map_reserve(&g->grp_map, g->gkey)) {
        free(key);
        return NULL;
    }
    group *gr = &g->grp[g->n_grp];
    memset(gr, 0, sizeof *gr);
    gr->kind = key;
    gr->value = key + kl + 1;
    gr->strong = strong;
    g->gkey[g->n_grp].key = key;
    g->gkey[g->n_grp].klen = klen;
    map_place(&g->grp_map, g->gkey, g->n_grp);
    g->grp_map.n++;
    g->n_grp++;
    return gr;
}

ops_result ops_add(ops_graph *g, const char *subject, const char *kind, const char *value,
                   int strong, int platform, const char *url)
{
    if (!g || !subject || !kind || !value || !url || g->linked)
        return OPS_EINVAL;
    size_t s = intern_subject(g, subject);
    group *gr = s == SIZE_MAX ? NULL : intern_group(g, kind, value, strong);
    if (!gr || !reserve((void **)&gr->v, &gr->cap, gr->n, sizeof *gr->v))
        return OPS_ENOMEM;
    gr->strong |= strong;
    gr->platform |= platform;
    gr->v[gr->n].subject = s;
    gr->v[gr->n].url = strdup(url);
    if (!gr->v[gr->n].url)
        return OPS_ENOMEM;
    gr->n++;
    return OPS_OK;
}

ops_result ops_add_lead(ops_graph *g, const char *subject, const char *rule)
{
    if (!g || !subject || !rule || g->linked)
        return OPS_EINVAL;
    size_t s = intern_subject(g, subject);
    if (s == SIZE_MAX || !reserve((void **)&g->leads, &g->cap_leads, g->n_leads, sizeof *g->leads))
        return OPS_ENOMEM;
    g->leads[g->n_leads].subject = s;
    g->leads[g->n_leads].rule = strdup(rule);
    if (!g->leads[g->n_leads].rule)
        return OPS_ENOMEM;
    g->n_leads++;
    return OPS_OK;
}

/* ---- linking ---- */

static size_t find_root(size_t *parent, size_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]]; /* path halving */
        x = parent[x];
    }
    return x;
}

static void unite(ops_graph *g, size_t a, size_t b)
{
    a = find_root(g->parent, a);
    b = find_root(g->parent, b);
    if (a != b) /* the smaller name becomes the root: the root is the id */
        g->parent[strcmp(g->subj[a].key, g->subj[b].key) < 0 ? b : a] =
            strcmp(g->subj[a].key, g->subj[b].key) < 0 ? a : b;
}

/* Sort helper: a sighting with the names it is ordered by. */
typedef struct {
    const char *opid, *subject, *url;
    size_t op;
} row;

static int cmp_row(const void *pa, const void *pb)
{
    const row *a = pa, *b = pb;
    int c = strcmp(a->opid, b->opid);
    if (!c)
        c = strcmp(a->subject, b->subject);
    return c ? c : strcmp(a->url ? a->url : "", b->url ? b->url : "");
}

static ops_reason reason_of(const group *gr, size_t max_shared)
{
    if (!gr->strong)
        return OPS_WEAK;
    if (gr->platform)
        return OPS_PLATFORM;
    return gr->distinct > max_shared ? OPS_TOO_SHARED : OPS_JOINS;
}

static int cmp_sighting(const void *pa, const void *pb)
{
    const sighting *a = pa, *b = pb;
    if (a->subject != b->subject)
        return a->subject < b->subject ? -1 : 1;
    return strcmp(a->url, b->url);
}

/* Distinct subjects of each group (its sightings sorted by subject);
 * union of the subjects of those that join. */
static void join_groups(ops_graph *g, size_t max_shared)
{
    for (size_t i = 0; i < g->n_grp; i++) {
        group *gr = &g->grp[i];
        qsort(gr->v, gr->n, sizeof *gr->v, cmp_sighting);
        gr->distinct = gr->n > 0;
        for (size_t j = 1; j < gr->n; j++)
            gr->distinct += gr->v[j].subject != gr->v[j - 1].subject;
        if (reason_of(gr, max_shared) == OPS_JOINS)
            for (size_t j = 1; j < gr->n; j++)
                unite(g, gr->v[0].subject, gr->v[j].subject);
    }
}

static const char *opid_of(ops_graph *g, size_t s)
{
    return g->subj[find_root(g->parent, s)].key;
}

/* One operator per component, in id order; op_of[s] its index. */
static ops_result make_operators(ops_graph *g, size_t *op_of)
{
    row *r = malloc((g->n_subj ? g->n_subj : 1) * sizeof *r);
    if (!r)
        return OPS_ENOMEM;
    for (size_t s = 0; s < g->n_subj; s++)
        r[s] = (row){opid_of(g, s), g->subj[s].key, NULL, s};
    qsort(r, g->n_subj, sizeof *r, cmp_row);
    g->ops = calloc(g->n_subj ? g->n_subj : 1, sizeof *g->ops);
    ops_result result = g->ops ? OPS_OK : OPS_ENOMEM;
    for (size_t i = 0; result == OPS_OK && i < g->n_subj;) {
        size_t j = i;
        while (j < g->n_subj && strcmp(r[j].opid, r[i].opid) == 0)
            j++;
        ops_operator *o = &g->ops[g->n_ops++];
        o->id = r[i].opid;
        o->subjects = malloc((j - i) * sizeof *o->subjects);
        if (!o->subjects)
            result = OPS_ENOMEM;
        for (size_t k = i; o->subjects && k < j; k++) {
            o->subjects[o->n_subjects++] = r[k].subject;
            op_of[r[k].op] = g->n_ops - 1;
        }
        i = j;
    }
    free(r);
    return result;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* rows[0..n) of one operator (sorted by subject, url) as one of its signals. */
static ops_result add_signal(ops_operator *o, size_t *cap, const group *gr, ops_reason why,
                             const row *rows, size_t n)
{
    if (!reserve((void **)&o->signals, cap, o->n_signals, sizeof *o->signals))
        return OPS_ENOMEM;
    ops_signal *sg = &o->signals[o->n_signals];
    memset(sg, 0, sizeof *sg);
    sg->subjects = malloc(n * sizeof *sg->subjects);
    sg->urls = malloc(n * sizeof *sg->urls);
    o->n_signals++; /* counted now so that ops_free frees the arrays */
    if (!sg->subjects || !sg->urls)
        return OPS_ENOMEM;
    *sg = (ops_signal){gr->kind, gr->value, gr->strong, why, gr->distinct, sg->subjects, 0,
                       sg->urls, 0};
    for (size_t k = 0; k < n; k++) {
        if (k == 0 || strcmp(rows[k].subject, rows[k - 1].subject) != 0)
            sg->subjects[sg->n_subjects++] = rows[k].subject;
        sg->urls[sg->n_urls++] = rows[k].url;
    }
    qsort(sg->urls, sg->n_urls, sizeof *sg->urls, cmp_str);
    size_t u = 0;
    for (size_t k = 0; k < sg->n_urls; k++)
        if (u == 0 || strcmp(sg->urls[k], sg->urls[u - 1]) != 0)
            sg->urls[u++] = sg->urls[k];
    sg->n_urls = u;
    return OPS_OK;
}

/* Every signal shown by two or more subjects, under each operator whose
 * subjects show it. */
static ops_result spread_signals(ops_graph *g, const size_t *op_of, size_t max_shared)
{
    size_t *caps = calloc(g->n_ops ? g->n_ops : 1, sizeof *caps);
    ops_result result = caps ? OPS_OK : OPS_ENOMEM;
    for (size_t i = 0; result == OPS_OK && i < g->n_grp; i++) {
        const group *gr = &g->grp[i];
        if (gr->distinct < 2)
            continue;
        row *r = malloc(gr->n * sizeof *r);
        if (!r) {
            result = OPS_ENOMEM;
            break;
        }
        for (size_t j = 0; j < gr->n; j++) {
            size_t s = gr->v[j].subject;
            r[j] = (row){g->ops[op_of[s]].id, g->subj[s].key, gr->v[j].url, op_of[s]};
        }
        qsort(r, gr->n, sizeof *r, cmp_row);
        for (size_t j = 0; result == OPS_OK && j < gr->n;) {
            size_t k = j;
            while (k < gr->n && r[k].op == r[j].op)
                k++;
            result = add_signal(&g->ops[r[j].op], &caps[r[j].op], gr, reason_of(gr, max_shared),
                                r + j, k - j);
            j = k;
        }
        free(r);
    }
    free(caps);
    return result;
}

static int cmp_signal(const void *pa, const void *pb)
{
    const ops_signal *a = pa, *b = pb;
    if (a->reason != b->reason)
        return a->reason < b->reason ? -1 : 1;
    int c = strcmp(a->kind, b->kind);
    return c ? c : strcmp(a->value, b->value);
}

/* Open leads by rule: subjects of the operator with an open lead of it. */
static ops_result count_leads(ops_graph *g, const size_t *op_of)
{
    row *r = malloc((g->n_leads ? g->n_leads : 1) * sizeof *r);
    if (!r)
        return OPS_ENOMEM;
    for (size_t i = 0; i < g->n_leads; i++) {
        size_t s = g->leads[i].subject;
        r[i] = (row){g->ops[op_of[s]].id, g->leads[i].rule, g->subj[s].key, op_of[s]};
    }
    qsort(r, g->n_leads, sizeof *r, cmp_row); /* by operator, rule, subject */
    ops_result result = OPS_OK;
    for (size_t i = 0; result == OPS_OK && i < g->n_leads;) {
        ops_operator *o = &g->ops[r[i].op];
        size_t j = i, n = 0;
        while (j < g->n_leads && r[j].op == r[i].op && strcmp(r[j].subject, r[i].subject) == 0) {
            n += j == i || strcmp(r[j].url, r[j - 1].url) != 0;
            j++;
        }
        ops_rule_count *v = realloc(o->leads, (o->n_leads + 1) * sizeof *v);
        if (!v) {
            result = OPS_ENOMEM;
            break;
        }
        o->leads = v;
        o->leads[o->n_leads++] = (ops_rule_count){r[i].subject, n};
        i = j;
    }
    free(r);
    return result;
}

ops_result ops_link(ops_graph *g, size_t max_shared, const ops_operator **ops, size_t *n)
{
    if (!g || !ops || !n)
        return OPS_EINVAL;
    if (!g->linked) {
        g->linked = 1;
        join_groups(g, max_shared);
        size_t *op_of = malloc((g->n_subj ? g->n_subj : 1) * sizeof *op_of);
        ops_result result = op_of ? make_operators(g, op_of) : OPS_ENOMEM;
        if (result == OPS_OK)
            result = spread_signals(g, op_of, max_shared);
        if (result == OPS_OK)
            result = count_leads(g, op_of);
        for (size_t i = 0; result == OPS_OK && i < g->n_ops; i++)
            if (g->ops[i].n_signals > 1) /* a subject with leads only has none (NULL) */
                qsort(g->ops[i].signals, g->ops[i].n_signals, sizeof(ops_signal), cmp_signal);
        free(op_of);
        g->link_result = result;
    }
    *ops = g->link_result == OPS_OK ? g->ops : NULL;
    *n = g->link_result == OPS_OK ? g->n_ops : 0;
    return g->link_result;
}
