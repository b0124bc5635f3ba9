/*
 * sqlite_report.c — the SQLite backend's reads for the 统计表 (wangjian
 * report) and the referral lists (export --what referrals, closing): the
 * SQL of store_report, whose row shapes store.h states.  Read only; runs
 * on the thread that owns the store.
 *
 * These run once per command, so each statement is prepared when asked
 * for and finalized after its rows are handed out, instead of being kept
 * in the handle's statement table.
 */
#include "store/sqlite_int.h"

/* A lead's province: its region, else another page of its subject's, else
 * 未知 (the rule of the open_leads_by_province view).  Expects alias l. */
#define PROVINCE_SQL                                                                               \
    "coalesce(nullif(l.region, ''), (SELECT p.region FROM pages p WHERE p.subject = l.subject"     \
    " AND p.region IS NOT NULL AND p.region != '' ORDER BY p.id LIMIT 1), '未知')"

/* The status of lead l at time ?2: its latest history entry then; a lead
 * without any history (written before schema 3) counts with its status
 * when it was first seen by then. */
#define STATUS_AT_SQL                                                                              \
    "coalesce((SELECT x.new_status FROM lead_events x WHERE x.lead_id = l.lead_id"                 \
    " AND x.at <= ?2 ORDER BY x.at DESC, x.id DESC LIMIT 1), CASE WHEN l.first_seen <= ?2"         \
    " AND NOT EXISTS(SELECT 1 FROM lead_events y WHERE y.lead_id = l.lead_id) THEN l.status END)"

/* found: created or re-opened, except a lead opened by the run that
 * moved its pages from another subject's lead (the same finding, newly
 * attributed); the other status counts are changes into
 * the status (a note that keeps it is no new decision); rectified: the
 * entry a run writes when a confirmed lead is no longer seen. */
static const char leads_sql[] =
    "WITH ev AS (SELECT lead_id,"
    " sum(new_status = 'open' AND (old_status IS NULL OR old_status = 'resolved')"
    " AND NOT EXISTS(SELECT 1 FROM lead_events m WHERE m.lead_id = e.lead_id"
    " AND m.run_id = e.run_id AND m.note LIKE 'moved from lead %')) AS found,"
    " sum(new_status = 'confirmed' AND old_status IS NOT 'confirmed') AS confirmed,"
    " sum(note = 'rectified' AND run_id IS NOT NULL) AS rectified,"
    " sum(new_status = 'referred' AND old_status IS NOT 'referred') AS referred,"
    " sum(new_status = 'dismissed' AND old_status IS NOT 'dismissed') AS dismissed"
    " FROM lead_events e WHERE at BETWEEN ?1 AND ?2 GROUP BY lead_id),"
    " one AS (SELECT " PROVINCE_SQL " AS province, l.rule AS rule,"
    " coalesce(nullif(l.authority, ''), 'market') AS authority, coalesce(l.host, '') AS host,"
    " coalesce(ev.found, 0) AS found, coalesce(ev.confirmed, 0) AS confirmed,"
    " coalesce(ev.rectified, 0) AS rectified, coalesce(ev.referred, 0) AS referred,"
    " coalesce(ev.dismissed, 0) AS dismissed,"
    " coalesce(" STATUS_AT_SQL " IN ('open', 'confirmed'), 0) AS open_end"
    " FROM leads l LEFT JOIN ev ON ev.lead_id = l.lead_id)"
    " SELECT province, rule, authority, host, sum(found) AS found, sum(confirmed) AS confirmed,"
    " sum(rectified) AS rectified, sum(referred) AS referred, sum(dismissed) AS dismissed,"
    " sum(open_end) AS open_end FROM one"
    " WHERE found + confirmed + rectified + referred + dismissed + open_end > 0"
    " GROUP BY province, rule, authority, host ORDER BY province, rule, authority, host";

/* A run counts in the period it started in.  A run that answered pages
 * but has no run_subjects rows ran before schema 6.  A subject's province: the
 * first one a page of it named in the run, else one any page of it names. */
static const char checks_sql[] =
    "SELECT coalesce(rs.region, (SELECT p.region FROM pages p WHERE p.subject = rs.subject"
    " AND p.region IS NOT NULL AND p.region != '' ORDER BY p.id LIMIT 1), '未知') AS province,"
    " rs.host AS host, count(*) AS sites, sum(rs.pages) AS pages, 0 AS old"
    " FROM run_subjects rs JOIN runs r ON r.id = rs.run_id"
    " WHERE r.started_at BETWEEN ?1 AND ?2 GROUP BY 1, 2"
    " UNION ALL"
    " SELECT '未知', '', (SELECT count(DISTINCT p.subject) FROM pages p WHERE p.run_id = r.id),"
    " coalesce(r.pages, 0), 1 FROM runs r WHERE r.started_at BETWEEN ?1 AND ?2"
    " AND coalesce(r.changed, 0) + coalesce(r.unchanged, 0) > 0"
    " AND NOT EXISTS(SELECT 1 FROM run_subjects rs WHERE rs.run_id = r.id)"
    " ORDER BY 1, 2";

static const char lead_list_sql[] =
    "SELECT l.lead_id AS lead_id, l.rule AS rule, l.severity AS severity, l.status AS status,"
    " l.subject AS subject, l.host AS host, l.url AS url, " PROVINCE_SQL " AS province,"
    " coalesce(nullif(l.authority, ''), 'market') AS authority, l.first_seen AS first_seen,"
    " l.last_seen AS last_seen FROM leads l WHERE EXISTS(SELECT 1 FROM lead_events e"
    " WHERE e.lead_id = l.lead_id AND e.at BETWEEN ?1 AND ?2)"
    " ORDER BY province, l.rule, l.lead_id";

/* The evidence page is the lead's url; its capture the latest that showed
 * the lead there (else the page as stored now). */
static const char telecom_sql[] =
    "SELECT * FROM (SELECT l.lead_id AS lead_id, l.rule AS rule, l.status AS status,"
    " l.host AS domain, coalesce(c.ip, p.ip) AS ip, " PROVINCE_SQL " AS province,"
    " l.url AS url, coalesce(c.fetched_at, p.fetched_at) AS captured, l.evidence AS evidence,"
    " p.text AS text FROM leads l"
    " LEFT JOIN lead_pages lp ON lp.subject = l.subject AND lp.rule = l.rule AND lp.url = l.url"
    " LEFT JOIN captures c ON c.id = lp.last_capture LEFT JOIN pages p ON p.url = l.url"
    " WHERE l.authority = 'telecom' AND l.status IN ('open', 'confirmed', 'referred'))"
    " WHERE ?3 IS NULL OR province = ?3 ORDER BY province, domain, lead_id";

static const char market_sql[] =
    "SELECT * FROM (SELECT l.lead_id AS lead_id, l.rule AS rule, l.severity AS severity,"
    " l.subject AS subject, l.host AS host, l.url AS url, " PROVINCE_SQL " AS province,"
    " e.at AS referred_at, e.actor AS referred_by, e.note AS note, l.evidence AS evidence"
    " FROM leads l LEFT JOIN lead_events e ON e.id = (SELECT x.id FROM lead_events x"
    " WHERE x.lead_id = l.lead_id AND x.new_status = 'referred' ORDER BY x.at DESC, x.id DESC"
    " LIMIT 1) WHERE l.status = 'referred' AND coalesce(nullif(l.authority, ''), 'market')"
    " = 'market') WHERE ?3 IS NULL OR province = ?3 ORDER BY province, lead_id";

static const char closing_sql[] =
    "SELECT * FROM (SELECT l.lead_id AS lead_id, l.rule AS rule, l.subject AS subject,"
    " l.host AS host, l.url AS url, " PROVINCE_SQL " AS province,"
    " coalesce(nullif(l.authority, ''), 'market') AS authority, e.outcome AS outcome,"
    " e.at AS outcome_at FROM leads l JOIN lead_events e ON e.id = (SELECT x.id FROM"
    " lead_events x WHERE x.lead_id = l.lead_id AND x.outcome IS NOT NULL"
    " ORDER BY x.at DESC, x.id DESC LIMIT 1) WHERE l.status = 'referred'"
    " AND e.outcome IN ('closed', 'service-stopped'))"
    " WHERE ?3 IS NULL OR province = ?3 ORDER BY outcome, province, lead_id";

store_result sqlite_report_rows(store_impl *b, int what, const store_report_query *q,
                                store_row_fn fn, void *ud)
{
    static const char *const sql[] = {
        [STORE_REPORT_LEADS] = leads_sql,       [STORE_REPORT_CHECKS] = checks_sql,
        [STORE_REPORT_LEAD_LIST] = lead_list_sql, [STORE_REPORT_TELECOM] = telecom_sql,
        [STORE_REPORT_MARKET] = market_sql,     [STORE_REPORT_CLOSING] = closing_sql,
    };
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(b->db, sql[what], -1, &st, NULL);

    if (rc != SQLITE_OK)
        return sqlite_fail(b, rc);
    rc = SQLITE_OK;
    if (what <= STORE_REPORT_LEAD_LIST) {
        sqlite_bind_int(st, 1, q->since, &rc);
        sqlite_bind_int(st, 2, q->until, &rc);
    } else {
        sqlite_bind_text(st, 3, q->province, &rc);
    }
    store_result result = sqlite_emit_rows(b, st, rc, fn, ud);
    sqlite3_finalize(st);
    return result;
}
