/*
 * search_query.c — the syntax of search queries (store.h, store_query_parse):
 * backend-independent and pure, so a command can reject a bad query before
 * it opens anything and a backend gets clauses, not text.
 *
 * Lexing is shell-like: a word runs to the next unquoted space (ASCII
 * space, tab, newline or the ideographic space U+3000, which users type in
 * Chinese input methods); a '"' anywhere in a word opens a quoted part that
 * runs to the next '"', so "七天 无理由" is one word with its space.  OR and
 * NOT are operators only unquoted and in capitals; "OR" is the word "OR".
 */
#include "store/store_backend.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { QUERY_BYTES_MAX = 4096, QUERY_WORDS_MAX = 64 };

typedef enum { TOK_WORD, TOK_OR, TOK_NOT } tok_kind;

typedef struct {
    tok_kind kind;
    store_query_word w; /* TOK_WORD: owned until moved into a clause */
} token;

typedef struct {
    token *t;
    size_t n;
} tokens;

static void query_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (!err || !errlen)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Length of the space at s (0: none). */
static size_t space_len(const char *s)
{
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        return 1;
    return strncmp(s, "\xe3\x80\x80", 3) == 0 ? 3 : 0;
}

static void tokens_free(tokens *ts)
{
    for (size_t i = 0; i < ts->n; i++)
        free(ts->t[i].w.text);
    free(ts->t);
}

/* Split text into ts (ts->t has room for a token per byte). */
static store_result lex(const char *text, tokens *ts, char *err, size_t errlen)
{
    const char *p = text;

    for (;;) {
        size_t sp;
        while ((sp = space_len(p)) > 0)
            p += sp;
        if (!*p)
            return STORE_OK;
        char *w = malloc(strlen(p) + 1);
        size_t n = 0;
        int quoted = 0, phrase = 0;
        if (!w)
            return STORE_ENOMEM;
        for (; *p && (quoted || !space_len(p)); p++) {
            if (*p == '"') {
                quoted = !quoted;
                phrase = 1;
            } else {
                w[n++] = *p;
            }
        }
        w[n] = '\0';
        if (quoted || (phrase && !n)) {
            free(w);
            query_err(err, errlen, quoted ? "unclosed quote (\") in the query"
                                          : "empty phrase (\"\") in the query");
            return STORE_EINVAL;
        }
        token *t = &ts->t[ts->n++];
        t->kind = phrase ? TOK_WORD : strcmp(w, "OR") == 0 ? TOK_OR
                                  : strcmp(w, "NOT") == 0 ? TOK_NOT : TOK_WORD;
        t->w.text = w;
        t->w.phrase = phrase;
        t->w.codes = NULL;
    }
}

/* Append the word of token t to clause c (ownership moves). */
static store_result clause_add(store_query_clause *c, token *t)
{
    store_query_word *v = realloc(c->w, (c->n + 1) * sizeof *v);
    if (!v)
        return STORE_ENOMEM;
    c->w = v;
    c->w[c->n++] = t->w;
    t->w.text = NULL;
    return STORE_OK;
}

/* One clause from ts->t[*i..]: NOT word, or word (OR word)*. */
static store_result parse_clause(tokens *ts, size_t *i, store_query_clause *c, char *err,
                                 size_t errlen)
{
    token *t = ts->t;
    size_t k = *i;

    if (t[k].kind == TOK_NOT) {
        if (k + 1 >= ts->n || t[k + 1].kind != TOK_WORD) {
            query_err(err, errlen, "NOT must be followed by a word (write \"NOT\" to search it)");
            return STORE_EINVAL;
        }
        if (k + 2 < ts->n && t[k + 2].kind == TOK_OR) {
            query_err(err, errlen, "an excluded word (NOT %s) cannot be joined with OR",
                      t[k + 1].w.text);
            return STORE_EINVAL;
        }
        c->neg = 1;
        *i = k + 2;
        return clause_add(c, &t[k + 1]);
    }
    if (t[k].kind == TOK_OR) {
        query_err(err, errlen, "OR must stand between two words (write \"OR\" to search it)");
        return STORE_EINVAL;
    }
    store_result r = clause_add(c, &t[k++]);
    while (r == STORE_OK && k < ts->n && t[k].kind == TOK_OR) {
        if (k + 1 >= ts->n || t[k + 1].kind != TOK_WORD) {
            query_err(err, errlen, "OR must stand between two words (write \"OR\" to search it)");
            return STORE_EINVAL;
        }
        r = clause_add(c, &t[k + 1]);
        k += 2;
    }
    *i = k;
    return r;
}

static store_result parse_tokens(tokens *ts, store_query *q, char *err, size_t errlen)
{
    size_t words = 0, positive = 0;
    store_result r = STORE_OK;

    for (size_t i = 0; i < ts->n; i++)
        words += ts->t[i].kind == TOK_WORD;
    if (!ts->n) {
        query_err(err, errlen, "the query is empty");
        return STORE_EINVAL;
    }
    if (words > QUERY_WORDS_MAX) {
        query_err(err, errlen, "the query has %zu words (at most %d)", words, QUERY_WORDS_MAX);
        return STORE_EINVAL;
    }
    q->c = calloc(ts->n, sizeof *q->c);
    if (!q->c)
        return STORE_ENOMEM;
    for (size_t i = 0; i < ts->n && r == STORE_OK;) {
        r = parse_clause(ts, &i, &q->c[q->n], err, errlen);
        positive += !q->c[q->n].neg;
        q->n++;
    }
    if (r == STORE_OK && !positive) {
        query_err(err, errlen, "the query has only excluded (NOT) words: give a word to find");
        r = STORE_EINVAL;
    }
    return r;
}

store_result store_query_parse(const char *text, store_query **out, char *err, size_t errlen)
{
    tokens ts = {NULL, 0};
    store_query *q;
    store_result r;

    if (err && errlen)
        err[0] = '\0';
    if (!out)
        return STORE_EINVAL;
    *out = NULL;
    if (!text) {
        query_err(err, errlen, "the query is empty");
        return STORE_EINVAL;
    }
    if (strlen(text) > QUERY_BYTES_MAX) {
        query_err(err, errlen, "the query is longer than %d bytes", QUERY_BYTES_MAX);
        return STORE_EINVAL;
    }
    q = calloc(1, sizeof *q);
    ts.t = calloc(strlen(text) + 1, sizeof *ts.t);
    r = q && ts.t ? lex(text, &ts, err, errlen) : STORE_ENOMEM;
    if (r == STORE_OK)
        r = parse_tokens(&ts, q, err, errlen);
    tokens_free(&ts);
    if (r != STORE_OK) {
        if (r == STORE_ENOMEM)
            query_err(err, errlen, "out of memory");
        store_query_free(q);
        return r;
    }
    *out = q;
    return STORE_OK;
}

void store_query_free(store_query *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->n; i++) {
        for (size_t j = 0; j < q->c[i].n; j++) {
            free(q->c[i].w[j].text);
            free(q->c[i].w[j].codes);
        }
        free(q->c[i].w);
    }
    free(q->c);
    free(q);
}

store_result store_query_read_codes(store_query *q, store_code_fn fn, void *ctx)
{
    size_t words = 0, done = 0;
    char **got;

    if (!q || !fn)
        return STORE_EINVAL;
    for (size_t i = 0; i < q->n; i++)
        words += q->c[i].n;
    got = calloc(words + 1, sizeof *got);
    if (!got)
        return STORE_ENOMEM;
    for (size_t i = 0; i < q->n; i++) /* all or nothing: read every word first */
        for (size_t j = 0; j < q->c[i].n; j++)
            if (fn(ctx, q->c[i].w[j].text, &got[done++]) != 0) {
                for (size_t k = 0; k < done; k++)
                    free(got[k]);
                free(got);
                return STORE_ENOMEM;
            }
    done = 0;
    for (size_t i = 0; i < q->n; i++)
        for (size_t j = 0; j < q->c[i].n; j++) {
            free(q->c[i].w[j].codes);
            q->c[i].w[j].codes = got[done] && got[done][0] ? got[done] : NULL;
            if (!q->c[i].w[j].codes)
                free(got[done]);
            done++;
        }
    free(got);
    return STORE_OK;
}

size_t store_query_describe(const store_query *q, char *buf, size_t len)
{
    size_t need = 0;

    if (buf && len)
        buf[0] = '\0';
    for (size_t i = 0; q && i < q->n; i++) {
        for (size_t j = 0; j < q->c[i].n; j++) {
            const char *sep = i && !j ? " AND " : j ? " OR " : "";
            int k = snprintf(buf ? buf + (need < len ? need : len) : NULL,
                             buf && need < len ? len - need : 0, "%s%s[%s]", sep,
                             q->c[i].neg ? "NOT " : "", q->c[i].w[j].text);
            need += k > 0 ? (size_t)k : 0;
        }
    }
    return need;
}
