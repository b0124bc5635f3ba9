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
 * Normalisation (schema 6): the index holds wj_fts(title) and
 * wj_fts(text): the text as the store's normaliser gives it (the rules'
 * normalisation, store_set_normaliser; ASCII case folding without one)
 * and two U+0001 after it, so that every character of the text, the last
 * two too, starts a trigram: a query of one or two characters is then an
 * exact FTS5 prefix query ("ab"*), answered by the prefix indexes of 1 and
 * 2 characters.  search_index names the normaliser the index was built
 * with; the index is only written with that one (else rebuilt first, see
 * fts_sync), because FTS5 must delete exactly the tokens it inserted.
 *
 * The index is a filter: it answers which pages hold every trigram of a
 * query, and search confirms each word on the normalised title and text
 * of those pages, so a stale entry can only cost time, never a wrong
 * result.  Hence:
 *  - no positions (detail=none).  They made the index twice the size (62 vs
 *    26 MB for 2,000 shop pages) and cost 0.4 ms of CPU per page, for phrase
 *    MATCH and bm25 ranking, which a substring search needs neither of;
 *  - no content (content=''): the index gets normalised text (ASCII case
 *    folded already) and a case-sensitive trigram tokenizer.  FTS5's own
 *    folding of every character cost another 30% of the indexing.
 *
 * Most of the indexing was hashing the same trigram again: a shop page's
 * text has ~6,000 trigrams and ~1,300 distinct ones, and the index keeps
 * one entry per distinct trigram and page.  So store_text_pack normalises
 * the text and runs FTS5's trigram tokenizer on a worker thread, keeping
 * each distinct trigram once, and every connection of ours registers a tokenizer
 * named "trigram" in front of FTS5's own (FTS5 looks tokenizers up newest
 * first) that hands such prepared text to the index as it is and passes
 * everything else (queries, deletes, rebuilds) to the built-in one.  The
 * index is the same as the built-in tokenizer makes, so the file stays a
 * plain FTS5 table for any other SQLite program.
 *
 * Codes (store_query_read_codes): a word that reads as a USCC, ICP or
 * 公网安备 code also matches a page whose signals (kind, value) hold it, so
 * a page printing its code in groups, which no trigram of the joined code
 * finds, is found by it.  Such a query reads its candidates as the index's
 * pages for the words as text united with the pages of those signals
 * (ST_SEARCH_CODES, answered from the index signals_value), each with its
 * codes, and confirms every one.  Search asks the signals table rather
 * than indexing the codes in a third FTS column: the signals are already
 * the parser's reading of the code, kept per page and replaced with it,
 * so nothing is stored twice, no schema step or migration is needed, and
 * an old database's pages are found by code at once; a query with no
 * code runs the statements it ran before.
 */
#include "store/sqlite_int.h"

#include <stdio.h>
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
 * UTF-8 never starts with), then for each distinct trigram of the indexed
 * text (wj_fts) its byte length and its bytes. */
#define PACK_MAGIC "\xffWJ3"
#define PACK_HEAD 4

/* The indexed form of text: the normalised text and this (see the top). */
#define FTS_TAIL "\x01\x01"

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

/* The tokens of prepared text, or -1 when it is not well-formed (then it
 * is tokenized as plain text). */
static int emit_packed(void *ctx, const char *text, int n,
                       int (*tok)(void *, int, const char *, int, int, int))
{
    const unsigned char *p = (const unsigned char *)text;
    int rc = SQLITE_OK;

    for (int i = PACK_HEAD; i < n; i += 1 + p[i]) /* check it all before the index sees any */
        if (!p[i] || p[i] >= n - i)
            return -1;
    for (int i = PACK_HEAD; i < n && rc == SQLITE_OK; i += 1 + p[i])
        rc = tok(ctx, 0, text + i + 1, p[i], 0, p[i]);
    return rc;
}

/* Number of UTF-8 characters in s[0..n). */
static size_t utf8_count(const char *s, size_t n)
{
    size_t c = 0;

    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
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

    if (!(flags & FTS5_TOKENIZE_DOCUMENT)) {
        /* a prefix query of 1 or 2 characters ("ab"*) looks up the trigrams
         * that start with it (the trigram tokenizer gives no token for it) */
        if ((flags & FTS5_TOKENIZE_PREFIX) && n > 0 && utf8_count(text, (size_t)n) < 3)
            return xtoken(ctx, 0, text, n, 0, n);
        return t->b->tri.xTokenize(t->inner, ctx, flags, text, n, xtoken); /* as FTS5 would */
    }
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

/* ---- normalisation (store_set_normaliser) ---- */

/* dst[0..n) = SQLite's lower() of src[0..n): ASCII letters only (no ICU). */
static void ascii_lower(unsigned char *dst, const unsigned char *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = src[i] >= 'A' && src[i] <= 'Z' ? (unsigned char)(src[i] + 32) : src[i];
}

/* b's normalisation of in[0..len): *out (caller frees, NUL-terminated),
 * and *map (caller frees) when map is not NULL.  0, or -1 out of memory. */
static int norm_run(const store_impl *b, const char *in, size_t len, char **out, size_t *olen,
                    size_t **map)
{
    size_t *m = NULL;

    *out = NULL;
    if (b->norm) {
        int rc = b->norm(b->norm_ctx, in, len, out, olen, &m);
        if (rc != 0 || !*out) {
            free(*out);
            free(m);
            *out = NULL;
            return -1;
        }
    } else {
        *out = malloc(len + 1);
        m = map ? malloc((len + 1) * sizeof *m) : NULL;
        if (!*out || (map && !m)) {
            free(*out);
            free(m);
            *out = NULL;
            return -1;
        }
        ascii_lower((unsigned char *)*out, (const unsigned char *)in, len);
        (*out)[len] = '\0';
        *olen = len;
        for (size_t i = 0; m && i <= len; i++)
            m[i] = i;
    }
    if (map)
        *map = m;
    else
        free(m);
    return 0;
}

/* The indexed form of in[0..len) (see the top): *out caller frees. */
static int norm_index(const store_impl *b, const char *in, size_t len, char **out, size_t *olen)
{
    if (norm_run(b, in, len, out, olen, NULL) != 0)
        return -1;
    char *v = realloc(*out, *olen + sizeof FTS_TAIL);
    if (!v) {
        free(*out);
        *out = NULL;
        return -1;
    }
    memcpy(v + *olen, FTS_TAIL, sizeof FTS_TAIL);
    *olen += sizeof FTS_TAIL - 1;
    *out = v;
    return 0;
}

/* SQL wj_fts(x): the indexed form of x (NULL for NULL). */
static void wj_fts_fn(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
    const store_impl *b = sqlite3_user_data(cx);
    char *out = NULL;
    size_t n = 0;

    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(cx);
        return;
    }
    const char *in = (const char *)sqlite3_value_text(argv[0]);
    if (!in || norm_index(b, in, (size_t)sqlite3_value_bytes(argv[0]), &out, &n) != 0) {
        sqlite3_result_error_nomem(cx);
        return;
    }
    sqlite3_result_text64(cx, out, n, free, SQLITE_UTF8);
}

/* Find FTS5's trigram tokenizer, and register ours under the same name on
 * b's connection, with the SQL function wj_fts the index's statements and
 * its delete trigger call. */
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
    int rc = sqlite3_create_function(b->db, "wj_fts", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, b,
                                     wj_fts_fn, NULL, NULL);
    return rc == SQLITE_OK ? STORE_OK : sqlite_fail(b, rc);
}

/* Distinct trigrams of the indexed text, collected by pack_token. */
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
    c->out[c->n++] = (unsigned char)n; /* room: see sqlite_text_pack */
    memcpy(c->out + c->n, tok, (size_t)n);
    c->n += (size_t)n;
    return SQLITE_OK;
}

/* The distinct trigrams of wj_fts(text), as the index's tokenizer (with
 * pages_fts's options) finds them: PACK_MAGIC's comment. */
store_result sqlite_text_pack(const store_impl *b, const char *text, size_t len, store_blob *out)
{
    const char *args[] = {"case_sensitive", "1"};
    pack_ctx c = {NULL, NULL, 0, 0, NULL, 0, 0};
    Fts5Tokenizer *tok = NULL;
    char *low = NULL;
    size_t chars, slots = 64, n = 0;
    int rc;

    if (len > (size_t)INT32_MAX / 8)
        return STORE_OK; /* not prepared: indexed from the row */
    if (norm_index(b, text, len, &low, &n) != 0)
        return STORE_ENOMEM;
    if (n > (size_t)INT32_MAX / 8) {
        free(low);
        return STORE_OK;
    }
    chars = utf8_count(low, n);
    while (slots < 2 * chars)
        slots *= 2;
    c.low = low;
    c.slot = calloc(slots, sizeof *c.slot);
    c.mask = slots - 1;
    /* a trigram starts at each character at most: its bytes lie within the
     * next three characters', so the tokens take at most chars + 3n bytes */
    c.out = malloc(PACK_HEAD + chars + 3 * n + 1);
    rc = c.slot && c.out ? b->tri.xCreate(b->tri_ctx, args, 2, &tok) : SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
        memcpy(c.out, PACK_MAGIC, PACK_HEAD);
        c.n = PACK_HEAD;
        rc = b->tri.xTokenize(tok, &c, FTS5_TOKENIZE_DOCUMENT, low, (int)n, pack_token);
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

/* Whether e's prepared text may be given to the index for the row in src:
 * it was made from text of the row's length (the page put in this batch). */
static int packed_usable(const sqlite_fts_entry *e, sqlite3_stmt *src)
{
    return e->packed && e->packed_len >= PACK_HEAD && e->packed_len <= INT32_MAX &&
           sqlite3_column_type(src, 1) == SQLITE_TEXT &&
           (size_t)sqlite3_column_bytes(src, 1) == e->packed_raw;
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
    size_t n = rc == SQLITE_ROW && packed_usable(e, src) ? e->packed_len : 0;
    if (rc == SQLITE_ROW &&
        (result = sqlite_get_stmt(b, n ? ST_FTS_INSERT_PACKED : ST_FTS_INSERT, &ins)) == STORE_OK) {
        rc = sqlite3_bind_int64(ins, 1, e->id);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_value(ins, 2, sqlite3_column_value(src, 0));
        if (rc == SQLITE_OK)
            rc = n ? sqlite3_bind_text64(ins, 3, (const char *)e->packed, n, SQLITE_STATIC,
                                         SQLITE_UTF8)
                   : sqlite3_bind_value(ins, 3, sqlite3_column_value(src, 1));
        result = sqlite_run_stmt(b, ins, rc);
    } else if (rc != SQLITE_DONE && result == STORE_OK) {
        result = sqlite_fail(b, rc);
    }
    sqlite_finish(src);
    return result;
}

/* *same = whether search_index names b's normaliser (0 also when the
 * table is missing: a database that has not been migrated). */
static store_result fts_state(store_impl *b, int *same)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FTS_STATE, &st);
    int rc;

    *same = 0;
    if (result != STORE_OK)
        return result;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        *same = id && strcmp(id, b->norm_id) == 0;
    } else if (rc != SQLITE_DONE) {
        result = sqlite_fail(b, rc);
    }
    sqlite_finish(st);
    return result;
}

/* Inside a transaction: unless the index was built with b's normaliser,
 * build it again from every page as it is now, with it (*rebuilt = 1). */
static store_result fts_sync(store_impl *b, int *rebuilt)
{
    sqlite3_stmt *st;
    int same = 0, rc = SQLITE_OK;
    store_result result = fts_state(b, &same);

    *rebuilt = 0;
    if (result != STORE_OK || same)
        return result;
    if ((result = sqlite_get_stmt(b, ST_FTS_CLEAR, &st)) == STORE_OK)
        result = sqlite_run_stmt(b, st, SQLITE_OK);
    if (result == STORE_OK && (result = sqlite_get_stmt(b, ST_FTS_REBUILD, &st)) == STORE_OK)
        result = sqlite_run_stmt(b, st, SQLITE_OK);
    if (result == STORE_OK && (result = sqlite_get_stmt(b, ST_FTS_STATE_SET, &st)) == STORE_OK) {
        sqlite_bind_text(st, 1, b->norm_id, &rc);
        result = sqlite_run_stmt(b, st, rc);
    }
    *rebuilt = result == STORE_OK;
    return result;
}

store_result sqlite_set_normaliser(store_impl *b, store_norm_fn fn, void *ctx, const char *id)
{
    int rebuilt = 0;
    store_result result;

    if (strlen(id) >= sizeof b->norm_id || b->fq_n)
        return sqlite_fail_msg(b, STORE_EINVAL, "normaliser id too long, or pages queued");
    b->norm = fn;
    b->norm_ctx = ctx;
    snprintf(b->norm_id, sizeof b->norm_id, "%s", id);
    if (sqlite3_db_readonly(b->db, "main") || !sqlite3_get_autocommit(b->db))
        return STORE_OK; /* searches check the index; writes rebuild it first */
    int same = 0; /* read first: no write lock taken (a crawl may hold it) when it matches */
    if ((result = fts_state(b, &same)) != STORE_OK || same)
        return result;
    if ((result = sqlite_exec_id(b, ST_BEGIN)) != STORE_OK)
        return result;
    result = fts_sync(b, &rebuilt);
    if (result == STORE_OK)
        result = sqlite_exec_id(b, ST_COMMIT);
    if (result != STORE_OK)
        sqlite_rollback(b);
    return result;
}

/* Index every queued page and empty the queue (after rebuilding the index,
 * which covers them, when it was built with another normaliser). */
store_result sqlite_fts_queue_index(store_impl *b)
{
    store_result result = STORE_OK;
    int rebuilt = 0;

    if (b->fq_n)
        result = fts_sync(b, &rebuilt);
    for (size_t i = 0; i < b->fq_n && result == STORE_OK && !rebuilt; i++)
        result = fts_index_one(b, &b->fq[i]);
    sqlite_fts_queue_clear(b);
    return result;
}

/* 1 when the stored payload digest (column col of st) is p's and p was
 * judged on those bytes alone: the server sent the same bytes again, so a
 * different text or facts can only come from a newer parser. */
static int same_body(sqlite3_stmt *st, int col, const store_page *p)
{
    const char *old = (const char *)sqlite3_column_text(st, col);
    return !p->rendered && old && *old && p->sha256 && strcmp(old, p->sha256) == 0;
}

/* Queue the page p is about to become, unless it is queued already or its
 * title and text are what the index holds.  *changed = 0 when title, text
 * and facts are as stored, or when the body is byte for byte the stored
 * one (a re-parse after an upgrade: re-indexed, but not a new version of
 * the page, so no capture and no "changed" wave); else 1. */
store_result sqlite_fts_queue_page(store_impl *b, const store_page *p, int *changed)
{
    sqlite3_stmt *st;
    sqlite_fts_entry e = {0};
    store_result result = sqlite_get_stmt(b, ST_FTS_OLD, &st);
    int rc = SQLITE_OK, same_facts = 1, reparsed = 0;

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
        reparsed = same_body(st, 4, p);
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
    if (reparsed)
        *changed = 0;
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

/* ---- search ---- */

enum { SNIP_BEFORE = 16, SNIP_AFTER = 32 }; /* characters of context around a match */

/* A query's words normalised, clause by clause (w[i][j] for word j of
 * clause i), and the FTS5 expression that finds the candidate pages. */
typedef struct {
    const store_query *q;
    char ***w;
    size_t **wlen;
    unsigned char **raw_ok; /* w[i][j] in a page's own text proves it is in its normalised text */
    char *match; /* NULL: no word the index can look up: scan */
    size_t mlen, mcap;
    int exact;   /* the index alone decides: every word of 1 to 3 characters */
    int codes;   /* a word reads as a code: the page's codes are read and compared */
    char *code_json; /* the positive words' codes, a JSON array of "kind\tvalue" (?6) */
} search_plan;

static void plan_free(search_plan *p)
{
    for (size_t i = 0; p->q && i < p->q->n; i++) {
        for (size_t j = 0; p->w && p->w[i] && j < p->q->c[i].n; j++)
            free(p->w[i][j]);
        if (p->w)
            free(p->w[i]);
        if (p->wlen)
            free(p->wlen[i]);
        if (p->raw_ok)
            free(p->raw_ok[i]);
    }
    free(p->w);
    free(p->wlen);
    free(p->raw_ok);
    free(p->match);
    free(p->code_json);
}

static int plan_put(search_plan *p, const char *s, size_t n)
{
    if (p->mlen + n + 1 > p->mcap) {
        size_t cap = (p->mlen + n + 1) * 2;
        char *v = realloc(p->match, cap);
        if (!v)
            return -1;
        p->match = v;
        p->mcap = cap;
    }
    memcpy(p->match + p->mlen, s, n);
    p->mlen += n;
    p->match[p->mlen] = '\0';
    return 0;
}

/* s[0..n) as an FTS5 string ("..." with " doubled). */
static int plan_quoted(search_plan *p, const char *s, size_t n)
{
    int rc = plan_put(p, "\"", 1);
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = s[i] == '"' ? plan_put(p, "\"\"", 2) : plan_put(p, s + i, 1);
    return rc ? rc : plan_put(p, "\"", 1);
}

/* The FTS5 expression of one normalised word w[0..n) of c characters:
 * "ab"* for 1 or 2 (exact thanks to FTS_TAIL), else an AND of at most
 * FTS_TERMS of its trigrams, spread over it (the page is confirmed). */
static int plan_word(search_plan *p, const char *w, size_t n, size_t c)
{
    if (c < 3)
        return plan_quoted(p, w, n) || plan_put(p, "*", 1);
    size_t tri = c - 2, terms = tri < FTS_TERMS ? tri : FTS_TERMS, k = 0, ch = 0;
    int rc = plan_put(p, "(", 1);
    for (size_t i = 0; i < n && k < terms && rc == 0; i++) {
        if (((unsigned char)w[i] & 0xC0) == 0x80)
            continue;
        size_t want = terms > 1 ? k * (tri - 1) / (terms - 1) : 0;
        if (ch++ != want)
            continue;
        size_t e = i, seen = 0; /* the end of the three characters at i */
        while (e < n && (seen < 3 || ((unsigned char)w[e] & 0xC0) == 0x80))
            seen += ((unsigned char)w[e++] & 0xC0) != 0x80;
        rc = (k ? plan_put(p, " AND ", 5) : 0) || plan_quoted(p, w + i, e - i);
        k++;
    }
    return rc ? rc : plan_put(p, ")", 1);
}

/* Clause i's alternatives as (a OR b); *skip when a word is empty after
 * normalisation (it is in every page, so the clause cannot narrow). */
static int plan_clause(search_plan *p, size_t i, int *skip)
{
    const store_query_clause *c = &p->q->c[i];
    int rc = 0;

    *skip = 0;
    for (size_t j = 0; j < c->n; j++)
        if (!p->wlen[i][j])
            *skip = 1;
    if (*skip)
        return 0;
    rc = plan_put(p, "(", 1);
    for (size_t j = 0; j < c->n && rc == 0; j++) {
        size_t chars = utf8_count(p->w[i][j], p->wlen[i][j]);
        p->exact &= chars <= 3;
        rc = (j ? plan_put(p, " OR ", 4) : 0) || plan_word(p, p->w[i][j], p->wlen[i][j], chars);
    }
    return rc ? rc : plan_put(p, ")", 1);
}

/* Whether the character at s (n bytes left) is CJK or an ASCII letter or
 * digit: never a separator the normalisation removes next to it. */
static int solid_char(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9');
    if ((s[0] & 0xF0) == 0xE0 && n >= 3) {
        unsigned c = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
               (c >= 0xF900 && c <= 0xFAFF);
    }
    return (s[0] & 0xF8) == 0xF0; /* the supplementary planes: CJK extensions */
}

/* Whether finding normalised word w[0..n) in a page's text as stored
 * proves it is in the normalised text (so a page past the limit is counted
 * without normalising it): w is its own normalisation (each character maps
 * to itself) and starts and ends with a character no separator rule
 * removes around.  1, 0, or -1 out of memory. */
static int raw_proves(const store_impl *b, const char *w, size_t n)
{
    char *again = NULL;
    size_t alen = 0, last = n;

    if (!n)
        return 0;
    while (last > 0 && ((unsigned char)w[last - 1] & 0xC0) == 0x80)
        last--;
    last = last ? last - 1 : 0;
    if (!solid_char((const unsigned char *)w, n) ||
        !solid_char((const unsigned char *)w + last, n - last))
        return 0;
    if (norm_run(b, w, n, &again, &alen, NULL) != 0)
        return -1;
    int same = alen == n && memcmp(again, w, n) == 0;
    free(again);
    return same;
}

/* The codes of q's words (store_query_read_codes): p->codes when any word
 * has some (excluded ones too: a page is confirmed against its codes),
 * and the positive words' codes as the JSON array bound to ?6, which
 * adds the pages with such a signal to the index's candidates.  Any code
 * makes the plan inexact: such a page may hold no trigram of the code. */
static int plan_codes(search_plan *p)
{
    size_t n = 0, cap = 0;
    char **v = NULL;
    int rc = 0;

    for (size_t i = 0; i < p->q->n && rc == 0; i++)
        for (size_t k = 0; k < p->q->c[i].n && rc == 0; k++) {
            const char *c = p->q->c[i].w[k].codes;
            if (!c)
                continue;
            p->codes = 1;
            p->exact = 0;
            for (const char *e; rc == 0 && !p->q->c[i].neg && (e = strchr(c, '\n')) != NULL;
                 c = e + 1) {
                char **nv = n < cap ? v : realloc(v, (cap = cap * 2 + 4) * sizeof *v);
                char *line = nv ? strndup(c, (size_t)(e - c)) : NULL;
                if (nv)
                    v = nv;
                if (line)
                    v[n++] = line;
                else
                    rc = -1;
            }
        }
    int ok = 1;
    if (rc == 0)
        p->code_json = sqlite_json_list((const char *const *)v, n, &ok);
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
    return rc == 0 && ok ? 0 : -1;
}

/* Normalise q's words and build the expression: the positive clauses
 * ANDed, then NOT the excluded words the index decides exactly. */
static store_result plan_make(store_impl *b, const store_query *q, search_plan *p)
{
    int rc = 0, skip = 0;

    memset(p, 0, sizeof *p);
    p->q = q;
    p->exact = 1;
    p->w = calloc(q->n, sizeof *p->w);
    p->wlen = calloc(q->n, sizeof *p->wlen);
    p->raw_ok = calloc(q->n, sizeof *p->raw_ok);
    if (!p->w || !p->wlen || !p->raw_ok)
        return STORE_ENOMEM;
    for (size_t i = 0; i < q->n; i++) {
        p->w[i] = calloc(q->c[i].n, sizeof **p->w);
        p->wlen[i] = calloc(q->c[i].n, sizeof **p->wlen);
        p->raw_ok[i] = calloc(q->c[i].n, 1);
        if (!p->w[i] || !p->wlen[i] || !p->raw_ok[i])
            return STORE_ENOMEM;
        for (size_t j = 0; j < q->c[i].n; j++) {
            if (norm_run(b, q->c[i].w[j].text, strlen(q->c[i].w[j].text), &p->w[i][j],
                         &p->wlen[i][j], NULL) != 0)
                return STORE_ENOMEM;
            int ok = raw_proves(b, p->w[i][j], p->wlen[i][j]);
            if (ok < 0)
                return STORE_ENOMEM;
            p->raw_ok[i][j] = (unsigned char)ok;
        }
    }
    for (size_t i = 0; i < q->n && rc == 0; i++) {
        if (q->c[i].neg)
            continue;
        size_t before = p->mlen;
        rc = (p->mlen ? plan_put(p, " AND ", 5) : 0) || plan_clause(p, i, &skip);
        if (skip) {
            p->mlen = before;
            if (p->match)
                p->match[before] = '\0';
            p->exact = 0;
        }
    }
    for (size_t i = 0; i < q->n && rc == 0 && p->mlen; i++) {
        if (!q->c[i].neg)
            continue;
        size_t c = utf8_count(p->w[i][0], p->wlen[i][0]);
        if (c < 1 || c > 3) {
            p->exact = 0; /* confirmed on each page */
            continue;
        }
        rc = plan_put(p, " NOT ", 5) || plan_word(p, p->w[i][0], p->wlen[i][0], c);
    }
    if (rc || plan_codes(p) != 0)
        return STORE_ENOMEM;
    if (!p->mlen) {
        free(p->match);
        p->match = NULL;
        p->exact = 0;
    }
    return STORE_OK;
}

/* A page's title or text, as stored and normalised. */
typedef struct {
    const char *raw;
    size_t raw_len;
    char *norm;
    size_t len, *map;
} search_field;

static void field_free(search_field *f)
{
    free(f->norm);
    free(f->map);
}

static int field_has(const search_field *f, const char *w, size_t n)
{
    if (!n)
        return 1;
    if (!f->norm || n > f->len)
        return 0;
    return memmem(f->norm, f->len, w, n) != NULL;
}

/* The snippet: the match at normalised offset at (n bytes) of f, with
 * context, from the original text.  Caller frees. */
static char *snippet_make(const search_field *f, size_t at, size_t n)
{
    size_t start = f->map[at], end = f->map[at + n];
    const char *s = f->raw;

    if (end < start)
        end = start;
    for (int k = 0; k < SNIP_BEFORE && start > 0; k++) {
        start--;
        while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80)
            start--;
    }
    for (int k = 0; k < SNIP_AFTER && end < f->raw_len; k++) {
        end++;
        while (end < f->raw_len && ((unsigned char)s[end] & 0xC0) == 0x80)
            end++;
    }
    char *out = malloc(end - start + 1);
    if (out) {
        memcpy(out, s + start, end - start);
        out[end - start] = '\0';
    }
    return out;
}

/* Whether the page's stored title and text prove that it matches: every
 * clause positive, each with a word raw_proves allows found as stored. */
static int raw_matches(const search_plan *p, const search_field *ft)
{
    for (size_t i = 0; i < p->q->n; i++) {
        int found = 0;
        if (p->q->c[i].neg)
            return 0;
        for (size_t j = 0; j < p->q->c[i].n && !found; j++) {
            if (!p->raw_ok[i][j])
                continue;
            for (int k = 0; k < 2 && !found; k++)
                found = ft[k].raw && p->wlen[i][j] <= ft[k].raw_len &&
                        memmem(ft[k].raw, ft[k].raw_len, p->w[i][j], p->wlen[i][j]) != NULL;
        }
        if (!found)
            return 0;
    }
    return 1;
}

/* The first of the word's codes (its "kind\tvalue\n" lines) that the
 * page's codes (column 6: "\nkind\tvalue\n...", NULL: none) hold, or
 * NULL. */
static const char *code_found(const char *page, const char *codes)
{
    for (const char *e; page && codes && (e = strchr(codes, '\n')) != NULL; codes = e + 1) {
        size_t n = (size_t)(e - codes) + 1;
        for (const char *at = strstr(page, "\n"); at; at = strchr(at + 1, '\n'))
            if (strncmp(at + 1, codes, n) == 0)
                return codes;
    }
    return NULL;
}

/* Whether the page (title, text; codes as code_found reads them, NULL
 * when not asked for) matches: every clause holds, a word by its text or
 * by a code it reads as.  *snip (caller frees) the first positive word's
 * match, in the text or else the title; when only codes matched, the
 * first such code's value.  -1 when out of memory. */
static int page_matches(const store_impl *b, const search_plan *p, search_field *ft,
                        const char *codes, char **snip, int want_snip)
{
    search_field *hit = NULL;
    size_t hit_at = 0, hit_n = 0;
    const char *code_hit = NULL;

    *snip = NULL;
    if (!want_snip && raw_matches(p, ft))
        return 1;
    for (int k = 0; k < 2; k++)
        if (ft[k].raw && norm_run(b, ft[k].raw, ft[k].raw_len, &ft[k].norm, &ft[k].len,
                                  &ft[k].map) != 0)
            return -1;
    for (size_t i = 0; i < p->q->n; i++) {
        int found = 0;
        for (size_t j = 0; j < p->q->c[i].n && !found; j++) {
            const char *w = p->w[i][j];
            size_t n = p->wlen[i][j];
            for (int k = 1; k >= 0 && !found; k--) { /* text first */
                found = field_has(&ft[k], w, n);
                if (found && !hit && !p->q->c[i].neg && n) {
                    hit = &ft[k];
                    hit_at = (size_t)((const char *)memmem(ft[k].norm, ft[k].len, w, n) -
                                      ft[k].norm);
                    hit_n = n;
                }
            }
            const char *code = found ? NULL : code_found(codes, p->q->c[i].w[j].codes);
            found = found || code;
            if (code && !code_hit && !p->q->c[i].neg)
                code_hit = code;
        }
        if (found == p->q->c[i].neg)
            return 0;
    }
    if (!want_snip)
        return 1;
    if (hit) {
        *snip = snippet_make(hit, hit_at, hit_n);
    } else if (code_hit) {
        const char *v = strchr(code_hit, '\t') + 1; /* code_found: a whole line */
        *snip = strndup(v, (size_t)(strchr(v, '\n') - v));
    } else {
        *snip = strdup("");
    }
    return *snip ? 1 : -1;
}

/* Hand one page (columns of ST_SEARCH_*) to fn, if it matches; *matched
 * says whether it did.  Returns fn's stop, or -1 when out of memory. */
static int search_row(const store_impl *b, const search_plan *p, sqlite3_stmt *st,
                      store_row_fn fn, void *ud, int emit, int *matched)
{
    static const char *const names[] = {"url", "title", "snippet", "host", "fetched_at",
                                        "page_id"};
    search_field f[2] = {{(const char *)sqlite3_column_text(st, 2),
                          (size_t)sqlite3_column_bytes(st, 2), NULL, 0, NULL},
                         {(const char *)sqlite3_column_text(st, 5),
                          (size_t)sqlite3_column_bytes(st, 5), NULL, 0, NULL}};
    char *snip = NULL;
    const char *codes = p->codes ? (const char *)sqlite3_column_text(st, 6) : NULL;
    int rc = page_matches(b, p, f, codes, &snip, emit);

    *matched = rc == 1;
    if (rc == 1 && emit) {
        const char *url = (const char *)sqlite3_column_text(st, 1);
        const char *host = (const char *)sqlite3_column_text(st, 3);
        const char *at = (const char *)sqlite3_column_text(st, 4);
        const char *id = (const char *)sqlite3_column_text(st, 0);
        const char *v[] = {url ? url : "", f[0].raw ? f[0].raw : "", snip,
                           host ? host : "", at ? at : "", id ? id : ""};
        rc = fn(ud, 6, names, v) ? 1 : 0;
    } else {
        rc = rc < 0 ? -1 : 0;
    }
    free(snip);
    field_free(&f[0]);
    field_free(&f[1]);
    return rc;
}

/* Bind the query's expression and o's filters to st (ST_SEARCH_*). */
static int search_bind(sqlite3_stmt *st, const search_plan *p, const store_search_opts *o)
{
    int rc = p->match ? sqlite3_bind_text(st, 1, p->match, -1, SQLITE_STATIC) : SQLITE_OK;

    if (rc == SQLITE_OK && o->host)
        rc = sqlite3_bind_text(st, 2, o->host, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK && o->since)
        rc = sqlite3_bind_int64(st, 3, o->since);
    if (rc == SQLITE_OK && o->until)
        rc = sqlite3_bind_int64(st, 4, o->until);
    if (rc == SQLITE_OK && o->rule)
        rc = sqlite3_bind_text(st, 5, o->rule, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK && p->codes && p->code_json)
        rc = sqlite3_bind_text(st, 6, p->code_json, -1, SQLITE_STATIC);
    return rc;
}

/* How many pages the index says match p (p->exact, no filters). */
static store_result search_count(store_impl *b, const search_plan *p, long *total)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, ST_FTS_COUNT, &st);
    int rc;

    if (result != STORE_OK)
        return result;
    rc = sqlite3_bind_text(st, 1, p->match, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        *total = (long)sqlite3_column_int64(st, 0);
    else
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    return result;
}

/* Walk the candidates: confirm each (unless the index decided and the
 * page is past the limit), hand out the first o->limit, count them all
 * (stop at the limit when *total is known already). */
static store_result search_walk(store_impl *b, const search_plan *p, const store_search_opts *o,
                                sqlite3_stmt *st, int counted, store_row_fn fn, void *ud,
                                long *total)
{
    long shown = 0, n = 0;
    int rc = SQLITE_ROW, stop = 0;

    while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        int matched = 1;
        if (shown < o->limit) {
            stop = search_row(b, p, st, fn, ud, 1, &matched);
            shown += matched;
        } else if (counted) {
            break;
        } else if (!p->exact || !p->match) {
            stop = search_row(b, p, st, fn, ud, 0, &matched);
        }
        n += matched;
    }
    if (stop < 0)
        return sqlite_fail_msg(b, STORE_ENOMEM, "out of memory");
    if (!counted)
        *total = n;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : sqlite_fail(b, rc);
}

store_result sqlite_search(store_impl *b, const store_search_opts *o, store_row_fn fn, void *ud,
                           long *total)
{
    search_plan p;
    sqlite3_stmt *st = NULL;
    int same = 0, counted = 0;
    store_result result = plan_make(b, o->query, &p);

    *total = 0;
    if (result == STORE_OK)
        result = fts_state(b, &same);
    if (result == STORE_OK && !same) { /* built with another normaliser: scan */
        free(p.match);
        p.match = NULL;
        p.exact = 0;
    }
    if (result == STORE_OK && p.exact && !o->host && !o->rule && !o->since && !o->until) {
        result = search_count(b, &p, total);
        counted = 1;
    }
    if (result == STORE_OK)
        result = sqlite_get_stmt(b, p.codes ? (p.match ? ST_SEARCH_CODES : ST_SEARCH_SCAN_CODES)
                                            : p.match ? ST_SEARCH_FTS : ST_SEARCH_SCAN, &st);
    if (result == STORE_OK) {
        int rc = search_bind(st, &p, o);
        result = rc == SQLITE_OK ? search_walk(b, &p, o, st, counted, fn, ud, total)
                                 : sqlite_fail(b, rc);
        sqlite_finish(st);
    }
    plan_free(&p);
    return result == STORE_ENOMEM ? sqlite_fail_msg(b, result, "out of memory") : result;
}

store_result sqlite_search_captures(store_impl *b, const store_search_opts *o, store_row_fn fn,
                                    void *ud)
{
    sqlite3_stmt *st;
    search_plan none;
    store_result result = sqlite_get_stmt(b, ST_SEARCH_CAPTURES, &st);

    if (result != STORE_OK)
        return result;
    memset(&none, 0, sizeof none); /* no expression: ?1 stays NULL */
    return sqlite_emit_rows(b, st, search_bind(st, &none, o), fn, ud);
}

store_result sqlite_query_match(store_impl *b, const store_query *q, const char *title,
                                const char *text, int *match, char **snippet)
{
    search_plan p;
    search_field f[2] = {{title, title ? strlen(title) : 0, NULL, 0, NULL},
                         {text, text ? strlen(text) : 0, NULL, 0, NULL}};
    store_result result = plan_make(b, q, &p);
    int rc = result == STORE_OK ? page_matches(b, &p, f, NULL, snippet, 1) : -1;

    field_free(&f[0]);
    field_free(&f[1]);
    plan_free(&p);
    *match = rc == 1;
    if (rc < 0)
        return sqlite_fail_msg(b, STORE_ENOMEM, "out of memory");
    return STORE_OK;
}
