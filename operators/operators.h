/*
 * operators — linking subjects (shops, sites) into operators (同一经营者).
 *
 * Pure module: sightings in (subject shows signal kind=value on url), one
 * operator per group of linked subjects out.  No I/O; the caller reads the
 * store and decides which signals are a platform's own identity.
 *
 * The rule (DOMAIN.md, "Linking shops to one operator"): subjects that
 * share a strong signal join, transitively (union-find: A–B and B–C make
 * one operator).  A signal never joins when it is weak (company name alone,
 * landline, hotline, server IP, template: one shop system's theme), when it is a platform's own identity (its
 * licence, ICP number, hotline or analytics ID in every shop's footer), or
 * when more than max_shared subjects show it (a popular analytics ID, a
 * footer the platform profile does not list).  Those are still reported,
 * with the reason they did not join.
 *
 * Deterministic: an operator's id is its smallest subject (strcmp order),
 * operators are in id order, subjects, signals, pages and rules sorted.
 *
 * Ownership: ops_new returns a graph the caller frees with ops_free; every
 * string added is copied; everything ops_link hands out belongs to the
 * graph and lives until ops_free.  Not thread-safe; any thread.
 */
#ifndef WANGJIAN_OPERATORS_H
#define WANGJIAN_OPERATORS_H

#include <stddef.h>

typedef enum {
    OPS_OK = 0,
    OPS_ENOMEM,
    OPS_EINVAL /* NULL argument, or ops_add after ops_link */
} ops_result;

const char *ops_strerror(ops_result r);

/* Why a signal shown by several subjects did or did not join them. */
typedef enum {
    OPS_JOINS = 0,   /* strong, shared: joined its subjects */
    OPS_WEAK,        /* weak: shown only */
    OPS_PLATFORM,    /* a platform's own identity */
    OPS_TOO_SHARED   /* shown by more than max_shared subjects */
} ops_reason;

const char *ops_reason_name(ops_reason r); /* "joins", "weak", "platform", "shared" */

/* A signal as one operator's subjects show it. */
typedef struct {
    const char *kind, *value;
    int strong;
    ops_reason reason;
    size_t n_subjects_all;     /* subjects showing it, in any operator */
    const char **subjects;     /* those of this operator that show it */
    size_t n_subjects;
    const char **urls;         /* their pages that show it */
    size_t n_urls;
} ops_signal;

typedef struct {
    const char *rule;
    size_t open;               /* subjects of the operator with an open lead of rule */
} ops_rule_count;

typedef struct {
    const char *id;            /* its smallest subject */
    const char **subjects;
    size_t n_subjects;
    ops_signal *signals;       /* signals shown by 2+ subjects (anywhere), and joining ones */
    size_t n_signals;
    ops_rule_count *leads;     /* open leads by rule */
    size_t n_leads;
} ops_operator;

typedef struct ops_graph ops_graph;

ops_graph *ops_new(void);      /* NULL on ENOMEM */
void ops_free(ops_graph *g);   /* accepts NULL */

/* Subject shows (kind, value) on url.  platform: the signal is a
 * platform's own identity.  Rows may come in any order and repeat. */
ops_result ops_add(ops_graph *g, const char *subject, const char *kind, const char *value,
                   int strong, int platform, const char *url);
/* Subject has an open lead of rule (a subject without signals is added). */
ops_result ops_add_lead(ops_graph *g, const char *subject, const char *rule);

/* Link (once; later calls return the same result) and hand out the
 * operators in *ops[0..*n), owned by g. */
ops_result ops_link(ops_graph *g, size_t max_shared, const ops_operator **ops, size_t *n);

#endif
