/*
 * leads.h — private to store/: what a page's findings do to leads, decided
 * above the backend, and the per-transaction queue of lead changes
 * (leads.c).  Used by store.c only, on the thread that owns the store.
 */
#ifndef WANGJIAN_STORE_LEADS_H
#define WANGJIAN_STORE_LEADS_H

#include "store/store_backend.h"

typedef struct leads_queue leads_queue;

/* A queue of lead changes for backend be with handle b (both borrowed:
 * they must outlive the queue).  NULL when out of memory.  The caller
 * frees it with leads_queue_free (NULL-safe). */
leads_queue *leads_queue_new(const store_backend *be, store_impl *b);
void leads_queue_free(leads_queue *q);

/* store_page_findings with its arguments checked (store.h has the
 * contract).  Inside a transaction the finding rows are written at once
 * and the lead changes queued; outside one, all of it is applied in a
 * transaction of its own.  Either way a failed call changes nothing. */
store_result leads_page_findings(leads_queue *q, int64_t page_id, const store_finding *f, size_t n,
                                 int64_t now);

/* Apply the queued changes inside the open transaction and empty the
 * queue; called before COMMIT and before any read of leads.  When the
 * backend has no transaction open, the queue belonged to one that is gone
 * and is dropped.  On failure nothing is applied and the queue is kept. */
store_result leads_flush(leads_queue *q);

/* The rules the run judges (copied; n 0: all): a rule the page had and
 * f lacks is gone only when it is judged (store_run_rules). */
store_result leads_judge(leads_queue *q, const char *const *codes, size_t n);

/* Drop the queued changes (rollback, or a new transaction). */
void leads_queue_clear(leads_queue *q);

/* Free what *p holds and zero it (NULL-safe). */
void leads_page_free(store_lead_page *p);

#endif
