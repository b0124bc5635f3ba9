/*
 * sqlite_search.c — the SQLite backend's search index: the trigram
 * tokenizer registered in front of FTS5's, text prepared for it on worker
 * threads (sqlite_text_pack), the FTS queue that indexes a batch's pages
 * at COMMIT, and keyword search.  Runs on the thread that owns the store,
 * except sqlite_text_pack (any thread, reading only what open set up).
 *
 * The FTS5 table pages_fts (trigram tokenizer) indexes pages.title and
 * pages.text, keeping no content of its own.  page_put does not index at
 * once: it queues the page id
 * (with the values the index holds for it, to delete) and the queue is
 * indexed just before COMMIT.  FTS5 writes its pending terms out as a new
 * segment at every savepoint and at every statement that needs a statement
 * journal (a trigger, INSERT ... SELECT); indexed row by row inside a batch,
 * each page became a segment of its own and merging them cost more than the
 * tokenising (small bench corpus: 1.7 vs 1.0 CPU-s per 2,000 pages).
 *
 * The index is a filter: it answers which pages hold every trigram of a
 * query, and search confirms the substring with LIKE on those pages, so a
 * stale entry can only cost time, never a wrong result.  Hence:
 *  - no positions (detail=none).  They made the index twice the size (62 vs
 *    26 MB for 2,000 shop pages) and cost 0.4 ms of CPU per page, for phrase
 *    MATCH and bm25 ranking, which a substring search needs neither of;
 *  - no content (content=''): the index gets lower(title) and lower(text)
 *    and a case-sensitive trigram tokenizer, which is the ASCII-only case
 *    folding of LIKE.  FTS5's own folding of every character cost another
 *    30% of the indexing.
 *
 * Most of the indexing was hashing the same trigram again: a shop page's
 * text has ~6,000 trigrams and ~1,300 distinct ones, and the index keeps
 * one entry per distinct trigram and page.  So store_text_pack runs FTS5's
 * trigram tokenizer on a worker thread and keeps each distinct trigram of
 * lower(text) once, and every connection of ours registers a tokenizer
 * named "trigram" in front of FTS5's own (FTS5 looks tokenizers up newest
 * first) that hands such prepared text to the index as it is and passes
 * everything else (queries, deletes, rebuilds) to the built-in one.  The
 * index is the same as the built-in tokenizer makes, so the file stays a
 * plain FTS5 table for any other SQLite program.
 */
#include "store/sqlite_int.h"

#include <stdlib.h>
#include <string.h>

enum {
    QUERY_MAX = 4096, /* bytes of a search query */
    /* Pages queued for indexing before the queue is indexed early, and the
     * bytes of old title and text it may hold (a batch of re-crawled pages
     * with huge texts must not hold them all until COMMIT). */
    FTS_QUEUE_MAX = 1024,
    FTS_QUEUE_BYTES = 16 << 20,
    FTS_TERMS = 16 /* trigrams of a query looked up in the index */
};

/* ---- the trigram tokenizer in front of FTS5's (see the top of the file) ---- */

/* What the index is given for prepared text: these bytes (which valid
 * UTF-8 never starts with), the byte length T of lower(text) (4 bytes,
 * little-endian), lower(text), then the prepared list: for each distinct
 * trigram, its byte offset in lower(text) (LEB128) and its byte length. */
#define PACK_MAGIC "\xffWJ2"
#define PACK_HEAD 8

typedef struct {
    const store_impl *b;
    Fts5Tokenizer *inner; /* FTS5's trigram tokenizer, with the table's options */
} front_tok;

static int front_create(void *ctx, const char **az, int n, Fts5Tokenizer **out)
{
    const store_impl *b = ctx;
    front_tok *t = sqlite3_malloc(sizeof *t);
    int rc;

    if (!t)
        return SQLITE_NOMEM;
    t->b = b;
    rc = b->tri.xCreate(b->tri_ctx, az, n, &t->inner);
    if (rc != SQLITE_OK) {
        sqlite3_free(t);
        return rc;
    }
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void front_delete(Fts5Tokenizer *tok)
{
    front_tok *t = (front_tok *)tok;

    t->b->tri.xDelete(t->inner);
    sqlite3_free(t);
}

/* Read one LEB128 number of at most 32 bits at p[*i..n); -1 if malformed. */
static int64_t read_leb(const unsigned char *p, int n, int *i)
{
    int64_t v = 0;

    for (int shift = 0; *i < n && shift < 35; shift += 7) {
        unsigned char c = p[(*i)++];
        v |= (int64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    return -1;
}

/* The tokens of prepared text, or -1 when it is not well-formed (then it
 * is tokenized as plain text). */
static int emit_packed(void *ctx, const char *text, int n,
                       int (*tok)(void *, int, const char *, int, int, int))
{
    const unsigned char *p = (const unsigned char *)text;
    int64_t t = (int64_t)p[4] | (int64_t)p[5] << 8 | (int64_t)p[6] << 16 | (int64_t)p[7] << 24;
    const char *low = text + PACK_HEAD;
    int rc = SQLITE_OK;

    if (t > n - PACK_HEAD)
        return -1;
    for (int i = PACK_HEAD + (int)t; i < n;) { /* check it all before the index sees any */
        int64_t at = read_leb(p, n, &i);
        if (at < 0 || i >= n || p[i] == 0 || at + p[i] > t)
            return -1;
        i++;
    }
    for (int i = PACK_HEAD + (int)t; i < n && rc == SQLITE_OK;) {
        int at = (int)read_leb(p, n, &i), len = p[i++];
        rc = tok(ctx, 0, low + at, len, at, at + len);
    }
    return rc;
}

/* Each distinct token of a document once, as prepared text gives them.
 * FTS5 counts the tokens of a contentless row when it is inserted and
 * again, from the values given, when it is deleted, and reports the table
 * corrupt once its totals go below zero: a row inserted as prepared text
 * (distinct trigrams) and deleted as plain text (every trigram) did that
 * after a few hundred changed pages.  So plain documents, inserted or
 * deleted, are counted the same way: each distinct token once. */
typedef struct {
    int (*xtoken)(void *, int, const char *, int, int, int);
    void *ctx;
    unsigned char *arena; /* the distinct tokens so far: length byte, bytes */
    size_t used, cap;
    uint32_t *slot;       /* arena offset + 1 of a token, 0 free */
    size_t mask, count;
} distinct_ctx;

static uint32_t bytes_hash(const char *p, int n);

static int distinct_grow(distinct_ctx *d)
{
    size_t slots = (d->mask + 1) * 2;
    uint32_t *v = calloc(slots, sizeof *v);
    if (!v)
        return SQLITE_NOMEM;
    for (size_t i = 0; i <= d->mask; i++) {
        if (!d->slot[i])
            continue;
        const unsigned char *e = d->arena + d->slot[i] - 1;
        size_t j = bytes_hash((const char *)e + 1, e[0]) & (slots - 1);
        while (v[j])
            j = (j + 1) & (slots - 1);
        v[j] = d->slot[i];
    }
    free(d->slot);
    d->slot = v;
    d->mask = slots - 1;
    return SQLITE_OK;
}

static int distinct_token(void *ud, int tflags, const char *tok, int n, int start, int end)
{
    distinct_ctx *d = ud;
    size_t i;

    if (n <= 0 || n > 255 || d->used + (size_t)n + 1 > UINT32_MAX - 1)
        return d->xtoken(d->ctx, tflags, tok, n, start, end);   /* not kept: passed on */
    for (i = bytes_hash(tok, n) & d->mask; d->slot[i]; i = (i + 1) & d->mask) {
        const unsigned char *e = d->arena + d->slot[i] - 1;
        if (e[0] == n && memcmp(e + 1, tok, (size_t)n) == 0)
            return SQLITE_OK;
    }
    if (d->used + (size_t)n + 1 > d->cap) {
        size_t cap = d->cap * 2 + (size_t)n + 1;
        unsigned char *a = realloc(d->arena, cap);
        if (!a)
            return SQLITE_NOMEM;
        d->arena = a;
        d->cap = cap;
    }
    d->slot[i] = (uint32_t)d->used + 1;
    d->arena[d->used] = (unsigned char)n;
    memcpy(d->arena + d->used + 1, tok, (size_t)n);
    d->used += (size_t)n + 1;
    if (++d->count * 2 > d->mask && distinct_grow(d) != SQLITE_OK)
        return SQLITE_NOMEM;
    return d->xtoken(d->ctx, tflags, tok, n, start, end);
}

static int front_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
                          int (*xtoken)(void *, int, const char *, int, int, int))
{
    front_tok *t = (front_tok *)tok;

    if (!(flags & FTS5_TOKENIZE_DOCUMENT))   /* a query: as FTS5 would */
        return t->b->tri.xTokenize(t->inner, ctx, flags, text, n, xtoken);
    if (n >= PACK_HEAD && memcmp(text, PACK_MAGIC, 4) == 0) {
        int rc = emit_packed(ctx, text, n, xtoken);
        if (rc >= 0)
            return rc;
    }
    distinct_ctx d = {xtoken, ctx, NULL, 0, 0, calloc(256, sizeof(uint32_t)), 255, 0};
    int rc = d.slot ? t->b->tri.xTokenize(t->inner, &d, flags, text, n, distinct_token)
                    : SQLITE_NOMEM;
    free(d.slot);
    free(d.arena);
    return rc;
}

/* Find FTS5's trigram tokenizer, and register ours under the same name on
 * b's connection. */
store_result sqlite_register_tokenizer(store_impl *b)
{
    static const fts5_tokenizer front = {front_create, front_delete, front_tokenize};
    fts5_tokenizer copy = front;
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;

    if (sqlite3_prepare_v2(b->db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL) == SQLITE_OK)
        sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2 ||
        api->xFindTokenizer(api, "trigram", &b->tri_ctx, &b->tri) != SQLITE_OK ||
        api->xCreateTokenizer(api, "trigram", b, &copy, NULL) != SQLITE_OK)
        return sqlite_fail_msg(b, STORE_EIO,
                               "SQLite lacks FTS5 or its trigram tokenizer (3.34 or later needed)");
    return STORE_OK;
}

/* dst[0..n) = SQLite's lower() of src[0..n): ASCII letters only (no ICU). */
static void ascii_lower(unsigned char *dst, const unsigned char *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = src[i] >= 'A' && src[i] <= 'Z' ? (unsigned char)(src[i] + 32) : src[i];
}

/* Distinct trigrams of lower(text), collected by pack_token. */
typedef struct {
    const char *low;
    unsigned char *out; /* the prepared list */
    size_t n, cap;
    int32_t *slot; /* offset in low of a distinct trigram + 1, 0 free */
    size_t mask;
    int unusable; /* a token is not the bytes it came from */
} pack_ctx;

static uint32_t bytes_hash(const char *p, int n)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

static int pack_token(void *ud, int tflags, const char *tok, int n, int start, int end)
{
    pack_ctx *c = ud;
    size_t i;

    (void)tflags;
    /* The tokenizer re-encodes what it reads: the same bytes unless the
     * text is not valid UTF-8, and then the row's text is indexed. */
    if (n <= 0 || n > 255 || end - start != n || memcmp(c->low + start, tok, (size_t)n) != 0) {
        c->unusable = 1;
        return SQLITE_DONE;
    }
    for (i = bytes_hash(tok, n) & c->mask; c->slot[i]; i = (i + 1) & c->mask) {
        const char *seen = c->low + c->slot[i] - 1;
        if (memcmp(seen, tok, (size_t)n) == 0) /* UTF-8: no trigram prefixes another */
            return SQLITE_OK;
    }
    c->slot[i] = start + 1;
    for (uint32_t v = (uint32_t)start;; v >>= 7) { /* room: 6 bytes per token at most */
        c->out[c->n++] = (unsigned char)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
        if (v <= 0x7f)
            break;
    }
    c->out[c->n++] = (unsigned char)n;
    return SQLITE_OK;
}

/* The distinct trigrams of lower(text) (SQLite's lower(): ASCII only), as
 * the index's tokenizer (with pages_fts's options) finds them: the prepared
 * list of PACK_MAGIC's comment, without the text (the row has it). */
store_result sqlite_text_pack(const store_impl *b, const char *text, size_t len, store_blob *out)
{
    const char *args[] = {"case_sensitive", "1"};
    pack_ctx c = {NULL, NULL, 0, 0, NULL, 0, 0};
    Fts5Tokenizer *tok = NULL;
    char *low;
    size_t chars = 0, slots = 64;
    int rc;

    if (len > (size_t)INT32_MAX / 8)
        return STORE_OK; /* not prepared: indexed from the row */
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)text[i] & 0xc0) != 0x80;
    while (slots < 2 * chars)
        slots *= 2;
    c.low = low = malloc(len + 1);
    c.slot = calloc(slots, sizeof *c.slot);
    c.mask = slots - 1;
    c.out = malloc(6 * chars + 1); /* a token per character at most */
    rc = low && c.slot && c.out ? b->tri.xCreate(b->tri_ctx, args, 2, &tok) : SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
        ascii_lower((unsigned char *)low, (const unsigned char *)text, len);
        rc = b->tri.xTokenize(tok, &c, FTS5_TOKENIZE_DOCUMENT, low, (int)len, pack_token);
        b->tri.xDelete(tok);
    }
    free(low);
    free(c.slot);
    if (c.unusable || (rc != SQLITE_OK && rc != SQLITE_DONE)) {
        free(c.out);
        return c.unusable ? STORE_OK : STORE_ENOMEM;
    }
    /* it waits for the store thread and the commit: no slack */
    out->data = realloc(c.out, c.n ? c.n : 1);
    out->data = out->data ? out->data : c.out;
    out->len = c.n;
    out->raw_len = len;
    return STORE_OK;
}

/* ---- the FTS queue (see the top of the file) ---- */

void sqlite_fts_queue_clear(store_impl *b)
{
    for (size_t i = 0; i < b->fq_n; i++) {
        free(b->fq[i].title);
        free(b->fq[i].text);
        free(b->fq[i].packed);
    }
    b->fq_n = 0;
    b->fq_bytes = 0;
}

static sqlite_fts_entry *fts_queued(store_impl *b, int64_t id)
{
    for (size_t i = 0; i < b->fq_n; i++)
        if (b->fq[i].id == id)
            return &b->fq[i];
    return NULL;
}

/* Take p's prepared text for the queue (NULL when it has none: the row's
 * text is indexed instead). */
static unsigned char *packed_take(const store_page *p, size_t *len, size_t *raw)
{
    unsigned char *c = p->packed_text ? p->packed_text->data : NULL;
    *len = c ? p->packed_text->len : 0;
    *raw = c ? p->packed_text->raw_len : 0;
    if (c)
        memset(p->packed_text, 0, sizeof *p->packed_text);
    return c;
}

static int same_text(const char *a, size_t alen, const char *b, size_t blen)
{
    if (!a || !b)
        return !a && !b;
    return alen == blen && memcmp(a, b, alen) == 0;
}

/* What the index is given for e's prepared text (PACK_MAGIC's comment),
 * built in b->ibuf from the row's text in src; its length, or 0 when the
 * row's text must be indexed instead (out of memory, or the text is not
 * what was prepared). */
static size_t packed_input(store_impl *b, const sqlite_fts_entry *e, sqlite3_stmt *src)
{
    const unsigned char *text = sqlite3_column_text(src, 1);
    size_t t = (size_t)sqlite3_column_bytes(src, 1), n = PACK_HEAD + t + e->packed_len;

    if (!text || t != e->packed_raw || t > INT32_MAX - PACK_HEAD - e->packed_len)
        return 0;
    if (n > b->ibuf_cap) {
        unsigned char *p = realloc(b->ibuf, n);
        if (!p)
            return 0;
        b->ibuf = p;
        b->ibuf_cap = n;
    }
    memcpy(b->ibuf, PACK_MAGIC, 4);
    for (int i = 0; i < 4; i++)
        b->ibuf[4 + i] = (unsigned char)(t >> (8 * i));
    ascii_lower(b->ibuf + PACK_HEAD, text, t);
    memcpy(b->ibuf + PACK_HEAD + t, e->packed, e->packed_len);
    return n;
}

/* Index one queued page: delete what the index holds for it, then add the
 * row as it is now (gone rows are only deleted). */
static store_result fts_index_one(store_impl *b, const sqlite_fts_entry *e)
{
    sqlite3_stmt *src, *ins;
    store_result result = STORE_OK;
    int rc = SQLITE_OK;

    if (e->indexed && (result = sqlite_get_stmt(b, ST_FTS_DELETE, &ins)) == STORE_OK) {
        sqlite_bind_int(ins, 1, e->id, &rc);
        if (rc == SQLITE_OK)
            rc = e->title ? sqlite3_bind_text64(ins, 2, e->title, e->title_len, SQLITE_STATIC,
                                                SQLITE_UTF8)
                          : sqlite3_bind_null(ins, 2);
        if (rc == SQLITE_OK)
            rc = e->text
                     ? sqlite3_bind_text64(ins, 3, e->text, e->text_len, SQLITE_STATIC, SQLITE_UTF8)
                     : sqlite3_bind_null(ins, 3);
        result = sqlite_run_stmt(b, ins, rc);
    }
    if (result != STORE_OK || (result = sqlite_get_stmt(b, ST_FTS_SOURCE, &src)) != STORE_OK)
        return result;
    rc = sqlite3_bind_int64(src, 1, e->id);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(src);
    size_t n = rc == SQLITE_ROW && e->packed ? packed_input(b, e, src) : 0;
    if (rc == SQLITE_ROW &&
        (result = sqlite_get_stmt(b, n ? ST_FTS_INSERT_PACKED : ST_FTS_INSERT, &ins)) == STORE_OK) {
        rc = sqlite3_bind_int64(ins, 1, e->id);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_value(ins, 2, sqlite3_column_value(src, 0));
        if (rc == SQLITE_OK)
            rc = n ? sqlite3_bind_text64(ins, 3, (const char *)b->ibuf, n, SQLITE_STATIC,
                                         SQLITE_UTF8)
                   : sqlite3_bind_value(ins, 3, sqlite3_column_value(src, 1));
        result = sqlite_run_stmt(b, ins, rc);
    } else if (rc != SQLITE_DONE && result == STORE_OK) {
        result = sqlite_fail(b, rc);
    }
    sqlite_finish(src);
    return result;
}

/* Index every queued page and empty the queue. */
store_result sqlite_fts_queue_index(store_impl *b)
{
    store_result result = STORE_OK;

    for (size_t i = 0; i < b->fq_n && result == STORE_OK; i++)
        result = fts_index_one(b, &b->fq[i]);
    sqlite_fts_queue_clear(b);
    return result;
}

/* Queue the page p is about to become, unless it is queued already or its
 * title and text are what the index holds (*changed = 0 then, else 1). */
store_result sqlite_fts_queue_page(store_impl *b, const store_page *p, int *changed)
{
    sqlite3_stmt *st;
    sqlite_fts_entry e = {0};
    store_result result = sqlite_get_stmt(b, ST_FTS_OLD, &st);
    int rc = SQLITE_OK, same_facts = 1;

    *changed = 1;
    if (result != STORE_OK)
        return result;
    sqlite_bind_text(st, 1, p->url, &rc);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        e.id = sqlite3_column_int64(st, 0);
        e.indexed = 1;
        result = sqlite_dup_col_len(st, 1, &e.title, &e.title_len);
        if (result == STORE_OK)
            result = sqlite_dup_col_len(st, 2, &e.text, &e.text_len);
        /* facts a build before schema 5 stored as NULL: unknown, not changed */
        const char *old_facts = (const char *)sqlite3_column_text(st, 3);
        same_facts = !old_facts || !p->facts || strcmp(old_facts, p->facts) == 0;
    } else if (rc != SQLITE_DONE) {
        result = sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    sqlite_fts_entry *queued = result == STORE_OK && e.indexed ? fts_queued(b, e.id) : NULL;
    if (queued) { /* put again in this batch: index the row as it will be */
        free(queued->packed);
        queued->packed = NULL;
        b->fq_bytes -= queued->packed_len;
        queued->packed_len = 0;
        e.indexed = -1;
    } else if (result == STORE_OK && e.indexed && same_facts &&
               same_text(e.title, e.title_len, p->title, p->title ? strlen(p->title) : 0) &&
               same_text(e.text, e.text_len, p->text, p->text ? sqlite_text_len(p) : 0)) {
        e.indexed = -1; /* nothing to queue */
        *changed = 0;
    }
    if (result == STORE_OK && e.indexed >= 0 && b->fq_n == b->fq_cap) {
        size_t cap = b->fq_cap ? 2 * b->fq_cap : 64;
        sqlite_fts_entry *v = realloc(b->fq, cap * sizeof *v);
        if (v) {
            b->fq = v;
            b->fq_cap = cap;
        } else {
            result = STORE_ENOMEM;
        }
    }
    if (result != STORE_OK || e.indexed < 0) {
        free(e.title);
        free(e.text);
        return result == STORE_ENOMEM ? sqlite_fail_msg(b, result, "out of memory") : result;
    }
    e.packed = packed_take(p, &e.packed_len, &e.packed_raw);
    b->fq[b->fq_n++] = e; /* e.id is 0 for a new row: set after the insert */
    b->fq_bytes += e.title_len + e.text_len + e.packed_len;
    return STORE_OK;
}

void sqlite_fts_queue_settle(store_impl *b, size_t before, store_result result, int64_t id)
{
    sqlite_fts_entry *e;

    if (b->fq_n <= before)
        return;
    e = &b->fq[b->fq_n - 1];
    if (result == STORE_OK) {
        e->id = id;
        return;
    }
    b->fq_bytes -= e->title_len + e->text_len + e->packed_len;
    free(e->title);
    free(e->text);
    free(e->packed);
    b->fq_n--;
}

int sqlite_fts_queue_full(const store_impl *b)
{
    return b->fq_n >= FTS_QUEUE_MAX || b->fq_bytes >= FTS_QUEUE_BYTES;
}

/* Number of UTF-8 characters in s. */
static size_t utf8_chars(const char *s)
{
    size_t n = 0;

    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

/* The FTS5 query for q: an AND of quoted trigrams of lower(q), at most
 * FTS_TERMS of them spread over q (LIKE confirms the rest).  q has at
 * least 3 characters and at most QUERY_MAX bytes.  Caller frees *out. */
static store_result fts_trigrams(const char *q, char **out)
{
    size_t len = strlen(q), n = 0, j = 0;
    size_t *starts = malloc((len + 1) * sizeof(*starts));
    char *p = malloc(FTS_TERMS * (2 * 12 + 7) + 1);

    *out = p;
    if (!p || !starts) {
        free(starts);
        return STORE_ENOMEM;
    }
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)q[i] & 0xC0) != 0x80)
            starts[n++] = i;
    starts[n] = len;
    size_t tri = n >= 3 ? n - 2 : 0, terms = tri < FTS_TERMS ? tri : FTS_TERMS;
    for (size_t k = 0; k < terms; k++) {
        size_t t = terms > 1 ? k * (tri - 1) / (terms - 1) : 0;
        if (k) {
            memcpy(p + j, " AND ", 5);
            j += 5;
        }
        p[j++] = '"';
        for (size_t i = starts[t], end = starts[t + 3]; i < end; i++) {
            char ch = q[i] >= 'A' && q[i] <= 'Z' ? (char)(q[i] - 'A' + 'a') : q[i];
            if (ch == '"')
                p[j++] = '"';
            p[j++] = ch;
        }
        p[j++] = '"';
    }
    p[j] = '\0';
    free(starts);
    return STORE_OK;
}

/* "%q%"; with escape set, LIKE's % _ and the escape \ are escaped.  Caller
 * frees *out. */
static store_result like_pattern(const char *q, int escape, char **out)
{
    size_t len = strlen(q), j = 0;
    char *p = malloc(2 * len + 3);

    *out = p;
    if (!p)
        return STORE_ENOMEM;
    p[j++] = '%';
    for (size_t i = 0; i < len; i++) {
        if (escape && (q[i] == '%' || q[i] == '_' || q[i] == '\\'))
            p[j++] = '\\';
        p[j++] = q[i];
    }
    p[j++] = '%';
    p[j] = '\0';
    return STORE_OK;
}

store_result sqlite_search(store_impl *b, const char *query, long limit, store_row_fn fn, void *ud)
{
    int fts = utf8_chars(query) >= 3; /* the index holds trigrams */
    sqlite3_stmt *st;
    char *pattern = NULL, *match = NULL;
    store_result result;
    int rc = SQLITE_OK;

    if (strlen(query) > QUERY_MAX)
        return sqlite_fail_msg(b, STORE_EINVAL, "search query too long");
    result = sqlite_get_stmt(b, fts ? ST_SEARCH_FTS : ST_SEARCH_LIKE, &st);
    if (result == STORE_OK)
        result = like_pattern(query, 1, &pattern);
    if (result == STORE_OK && fts)
        result = fts_trigrams(query, &match);
    if (result != STORE_OK) {
        free(pattern);
        free(match);
        return result == STORE_ENOMEM ? sqlite_fail_msg(b, result, "out of memory") : result;
    }
    sqlite_bind_text(st, 1, pattern, &rc);
    sqlite_bind_text(st, 2, query, &rc);
    sqlite_bind_int(st, 3, limit, &rc);
    if (fts)
        sqlite_bind_text(st, 4, match, &rc);
    result = sqlite_emit_rows(b, st, rc, fn, ud);
    free(pattern);
    free(match);
    return result;
}
