/*
 * sqlite_stmt.c — the SQLite backend's statements: the SQL of every one,
 * preparing (once per handle, on first use, kept in the handle), binding
 * (input only through bound parameters), stepping, mapping SQLite's result
 * codes to store_result, atomic groups (a transaction of their own, or a
 * savepoint inside the caller's), and handing rows to store_row_fn.
 * Runs on the thread that owns the store.
 */
#include "store/sqlite_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EXPORT_COLS_MAX = 24 };

/* ---- the SQL of every statement (enum sqlite_stmt_id) ---- */

#define ISO_TIME(col) "strftime('%Y-%m-%dT%H:%M:%SZ', " col ", 'unixepoch')"
#define NOW_SQL "CAST(strftime('%s', 'now') AS INTEGER)"

/* A lead's province: where its routing sent it, else (no page that
 * showed it named a province) the province another page of its subject
 * shows (its home page), else NULL. */
#define ROUTED "(leads.region_source IS NOT NULL AND leads.region_source != 'unknown')"
#define REGION_EXPR                                                                                \
    "(CASE WHEN " ROUTED " THEN leads.region ELSE COALESCE(NULLIF(leads.region, ''),"              \
    " (SELECT p.region FROM pages p WHERE p.subject = leads.subject AND p.region IS NOT NULL"      \
    " AND p.region != '' ORDER BY p.id LIMIT 1)) END)"
/* The leads a finished run ?1 (?2 non-zero: a rescan) has seen gone: open
 * or confirmed, no page shows them now, and every page that showed them
 * was judged in this run (lead_pages.checked_run), or, in a crawl,
 * answered with what it holds now (its frontier row done under the run:
 * 2xx, a 304 for a page judged before, or 404/410, taken down; an error
 * status or no answer is not enough).  A confirmed lead only until its
 * "rectified" (or "moved to lead N") entry is written. */
#define RUN_UNSEEN_SQL(judged)                                                                     \
    "SELECT l.lead_id, l.status FROM leads l WHERE l.status IN ('open', 'confirmed')" judged        \
    " AND EXISTS(SELECT 1 FROM lead_pages lp WHERE lp.subject = l.subject AND lp.rule = l.rule)"   \
    " AND NOT EXISTS(SELECT 1 FROM lead_pages lp WHERE lp.subject = l.subject"                     \
    " AND lp.rule = l.rule AND lp.showing = 1)"                                                    \
    " AND NOT EXISTS(SELECT 1 FROM lead_pages lp WHERE lp.subject = l.subject"                     \
    " AND lp.rule = l.rule AND lp.checked_run IS NOT ?1 AND (?2 OR NOT EXISTS(SELECT 1"            \
    " FROM frontier f WHERE f.url = lp.url AND f.run_id = ?1 AND f.state = 2)))"                   \
    " AND (l.status = 'open' OR NOT EXISTS(SELECT 1 FROM lead_events e"                            \
    " WHERE e.lead_id = l.lead_id AND (e.note = 'rectified' OR e.note LIKE 'moved to lead %')"      \
    " AND e.at >= l.last_seen))"                                                                   \
    " ORDER BY l.lead_id"

/* The columns of a lead as export and listings show them.  A lead seen
 * only on pages without a region (an item page) takes the region another
 * page of the same subject shows (its home page). */
#define LEAD_COLS                                                                                  \
    "leads.lead_id AS lead_id, rule, severity, status, subject, host, url, evidence, law,"         \
    " COALESCE(" REGION_EXPR ", '') AS region,"                                                    \
    " " ISO_TIME("first_seen") " AS first_seen, " ISO_TIME("last_seen") " AS last_seen, hits,"    \
    " (SELECT count(*) FROM lead_pages lp WHERE lp.subject = leads.subject"                        \
    " AND lp.rule = leads.rule AND lp.showing = 1) AS showing,"                                    \
    " COALESCE(authority, '') AS authority,"                                                       \
    " CASE WHEN " ROUTED " THEN region_source WHEN " REGION_EXPR " IS NOT NULL THEN 'subject'"     \
    " ELSE 'unknown' END AS region_source"
#define LEAD_ORDER                                                                                 \
    "CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END,"          \
    " leads.lead_id"

/* The filters of a search: ?2 host, ?3/?4 fetched_at bounds, ?5 a rule
 * of the page's findings (NULL: none). */
#define SEARCH_FILTERS                                                                             \
    " AND (?2 IS NULL OR p.host = ?2) AND (?3 IS NULL OR p.fetched_at >= ?3)"                      \
    " AND (?4 IS NULL OR p.fetched_at < ?4) AND (?5 IS NULL OR EXISTS(SELECT 1 FROM findings f"    \
    " WHERE f.page_id = p.id AND f.rule = ?5))"
/* Search by code: the identity codes of page p, and the pages with one
 * of the codes in ?6 (sqlite_search.c). */
#define SEARCH_CODE_KINDS "('uscc', 'icp', 'psb')"
#define PAGE_CODES                                                                                 \
    " (SELECT char(10) || group_concat(s.kind || char(9) || s.value, char(10)) || char(10)"        \
    " FROM signals s WHERE s.page_id = p.id AND s.kind IN " SEARCH_CODE_KINDS ")"
#define CODE_PAGES                                                                                 \
    "SELECT s.page_id FROM json_each(?6) j CROSS JOIN signals s"                                   \
    " ON s.kind = substr(j.value, 1, instr(j.value, char(9)) - 1)"                                 \
    " AND s.value = substr(j.value, instr(j.value, char(9)) + 1)"
/* Province ?7 ("unknown": none) as the leads' listing has it, in a form
 * the planner answers from the indexes leads_region and leads_unrouted
 * (schema 6) instead of reading every lead. */
#define PROVINCE_IN                                                                                \
    "leads.lead_id IN (SELECT lead_id FROM leads WHERE " ROUTED                                    \
    " AND (region = ?7 OR (region IS NULL AND ?7 = 'unknown'))"                                    \
    " UNION ALL SELECT lead_id FROM leads WHERE (region_source IS NULL OR region_source = 'unknown')" \
    " AND COALESCE(" REGION_EXPR ", 'unknown') = ?7)"
/* The filters of store_lead_filter, ?5 to ?15 (NULL or 0: no filter);
 * a list is bound as one JSON array, read with json_each.  prov: the
 * province term ("?7 IS NULL", or PROVINCE_IN when one is given). */
#define LEAD_FILTER(prov)                                                                          \
    "(?5 <= 0 OR leads.lead_id = ?5) AND (?6 IS NULL OR subject = ?6)"                            \
    " AND (" prov ")"                                                                              \
    " AND (?8 IS NULL OR leads.authority = ?8)"                                                    \
    " AND (?9 IS NULL OR rule IN (SELECT value FROM json_each(?9)))"                               \
    " AND (?10 IS NULL OR severity IN (SELECT value FROM json_each(?10)))"                         \
    " AND (?11 IS NULL OR status IN (SELECT value FROM json_each(?11)))"                           \
    " AND (?12 IS NULL OR host = ?12)"                                                             \
    " AND (?13 <= 0 OR last_seen >= ?13) AND (?14 <= 0 OR last_seen < ?14)"                       \
    " AND (?15 IS NULL OR EXISTS (SELECT 1 FROM lead_pages kp JOIN keyword_hits kh"              \
    "  ON kh.url = kp.url WHERE kp.subject = leads.subject AND kp.rule = leads.rule"              \
    "  AND kh.keyword = ?15))"

/* ?1 run, ?2 time: the latest "new" or "re-opened" entry in that
 * window (?3 non-zero: only leads with one); ?4: only open leads last
 * checked before it; then LEAD_FILTER(prov).  checked: the latest fetch
 * or 304 check (frontier.checked_at; else when the page last showed the
 * lead) of a page that shows the lead, found through lead_pages: a few
 * rows per lead.  Not through the findings of the rule, which a common
 * rule has on thousands of pages (a 1,270-lead listing took 8 s), nor
 * through pages.fetched_at, which sits behind the page's text.  change:
 * the lead's own latest entry, through lead_events_lead, not a pass over
 * every lead's history. */
#define LEADS_FILTER_SQL(prov) \
    "SELECT " LEAD_COLS ", " ISO_TIME("chk.checked") " AS checked," \
    " CASE WHEN ch.lead_id IS NULL THEN '' WHEN ch.old_status IS NULL THEN 'new'" \
    " ELSE 're-opened' END AS change, COALESCE(ch.run_id, '') AS change_run" \
    " FROM leads" \
    " LEFT JOIN lead_events ch ON ch.id = (SELECT max(x.id) FROM lead_events x" \
    "  WHERE x.lead_id = leads.lead_id AND x.new_status = 'open'" \
    "  AND (x.old_status IS NULL OR x.old_status = 'resolved')" \
    "  AND (?1 <= 0 OR x.run_id >= ?1) AND x.at >= ?2)" \
    " JOIN (SELECT l.lead_id, COALESCE((SELECT max(COALESCE(fr.checked_at, lp.last_seen))" \
    "  FROM lead_pages lp LEFT JOIN frontier fr ON fr.url = lp.url" \
    "  WHERE lp.subject = l.subject AND lp.rule = l.rule AND lp.showing = 1)," \
    "  l.last_seen) AS checked FROM leads l) chk ON chk.lead_id = leads.lead_id" \
    " WHERE (?3 = 0 OR ch.lead_id IS NOT NULL) AND " LEAD_FILTER(prov) \
    " AND (?4 <= 0 OR (status = 'open' AND chk.checked < ?4))" \
    " ORDER BY " LEAD_ORDER

const char *const sqlite_stmt_sql[ST_COUNT] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_SAVEPOINT] = "SAVEPOINT wj_atomic",
    [ST_RELEASE] = "RELEASE wj_atomic",
    [ST_ROLLBACK_TO] = "ROLLBACK TO wj_atomic",
    [ST_RUN_BEGIN] = "INSERT INTO runs(started_at, kind, scope) VALUES(?1, ?2, ?3) RETURNING id",
    [ST_RUN_LAST] = "SELECT id FROM runs WHERE ended_at IS NULL AND kind = 'crawl'"
                    " AND scope = ?1 ORDER BY id DESC LIMIT 1",
    /* a new crawl of these hosts: their rows, not leased ones, again */
    [ST_FR_RECRAWL] =
        "UPDATE frontier SET state = 0, run_id = ?1 WHERE host = ?2 AND state IN (0, 2, 3)",
    /* and the rows earlier crawls of the same scope reached elsewhere */
    [ST_FR_RECRAWL_SCOPE] = "UPDATE frontier SET state = 0, run_id = ?1 WHERE state IN (0, 2, 3)"
                            " AND run_id IN (SELECT id FROM runs WHERE scope = ?2 AND id != ?1)",
    [ST_RUN_END] =
        /* ?3 NULL: a stopped run, left open; the counts of its parts add up */
        "UPDATE runs SET ended_at = CASE WHEN ?3 IS NULL THEN NULL ELSE ?2 END, status = ?3,"
        " pages = COALESCE(pages, 0) + ?4, errors = COALESCE(errors, 0) + ?5,"
        " changed = COALESCE(changed, 0) + ?6, unchanged = COALESCE(unchanged, 0) + ?7,"
        " failed = COALESCE(failed, 0) + ?8,"
        /* a lead moved to another subject is neither new nor resolved */
        " leads_new = (SELECT count(*) FROM lead_events e WHERE run_id = ?1"
        "  AND old_status IS NULL AND new_status = 'open' AND NOT EXISTS(SELECT 1"
        "  FROM lead_events m WHERE m.lead_id = e.lead_id AND m.run_id = ?1"
        "  AND m.note LIKE 'moved from lead %')),"
        " leads_reopened = (SELECT count(*) FROM lead_events WHERE run_id = ?1"
        "  AND old_status = 'resolved' AND new_status = 'open'),"
        " leads_resolved = (SELECT count(*) FROM lead_events WHERE run_id = ?1"
        "  AND new_status = 'resolved' AND (note IS NULL OR note NOT LIKE 'moved to lead %')),"
        " leads_open = (SELECT count(*) FROM leads WHERE status = 'open')"
        " WHERE id = ?1 RETURNING leads_new, leads_reopened, leads_resolved, leads_open",
    [ST_RUNS] =
        "SELECT id AS run, kind, " ISO_TIME("started_at") " AS started,"
        " COALESCE(" ISO_TIME("ended_at") ", '') AS ended,"
        " COALESCE(status, 'unfinished') AS status, pages, changed, unchanged, failed, errors,"
        " leads_new AS new, leads_reopened AS reopened, leads_resolved AS resolved,"
        " leads_open AS open, COALESCE(scope, '') AS scope"
        " FROM runs ORDER BY id DESC LIMIT ?1",
    [ST_RUN_FINISHED] =
        "SELECT id FROM runs WHERE ended_at IS NOT NULL ORDER BY id DESC LIMIT 1",
    [ST_FR_ADD] = "INSERT INTO frontier(url, host, depth, state, not_before, added_at, run_id)"
                  " VALUES(?1, ?2, ?3, 0, ?4, " NOW_SQL ", ?5) ON CONFLICT(url) DO NOTHING",
    [ST_FR_TAKE] = "UPDATE frontier SET state = 1 WHERE id IN (SELECT id FROM frontier"
                   " WHERE host = ?1 AND state = 0 AND not_before <= " NOW_SQL
                   " AND (?3 IS NULL OR run_id = ?3)"
                   " ORDER BY id LIMIT ?2) RETURNING id, url, depth",
    /* an answered URL (state 2) was checked now */
    [ST_FR_FINISH] = "UPDATE frontier SET state = ?2,"
                     " checked_at = CASE WHEN ?2 = 2 THEN " NOW_SQL " ELSE checked_at END"
                     " WHERE id = ?1",
    [ST_FR_REQUEUE] = "UPDATE frontier SET state = 0 WHERE state = 1",
    [ST_FR_HOSTS] = "SELECT host, count(*) FROM frontier WHERE state = 0"
                    " AND (?1 IS NULL OR run_id = ?1) GROUP BY host ORDER BY host",
    [ST_FR_COUNT] = "SELECT count(*) FROM frontier WHERE ?1 < 0 OR state = ?1",
    [ST_PAGE_PUT] =
        "INSERT INTO pages(url, host, subject, status, content_type, charset, title, text,"
        " body, body_len, warc_file, warc_offset, sha256, ip, etag, last_modified,"
        " fetched_at, run_id, region, final_url, facts)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
        " ?17, ?18, ?19, ?20, ?21)"
        " ON CONFLICT(url) DO UPDATE SET host = excluded.host, subject = excluded.subject,"
        " status = excluded.status, content_type = excluded.content_type,"
        " charset = excluded.charset, title = excluded.title, text = excluded.text,"
        " body = excluded.body, body_len = excluded.body_len,"
        " warc_file = excluded.warc_file, warc_offset = excluded.warc_offset,"
        " sha256 = excluded.sha256, ip = excluded.ip, etag = excluded.etag,"
        " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at,"
        " run_id = excluded.run_id, region = excluded.region,"
        " final_url = excluded.final_url, facts = excluded.facts"
        " RETURNING id",
    [ST_FTS_OLD] = "SELECT id, title, text, facts, sha256 FROM pages WHERE url = ?1",
    [ST_FTS_DELETE] = "INSERT INTO pages_fts(pages_fts, rowid, title, text)"
                      " VALUES('delete', ?1, wj_fts(?2), wj_fts(?3))",
    [ST_FTS_SOURCE] = "SELECT title, text FROM pages WHERE id = ?1",
    /* VALUES, not INSERT ... SELECT: see the FTS queue at the top */
    [ST_FTS_INSERT] = "INSERT INTO pages_fts(rowid, title, text) VALUES(?1, wj_fts(?2), wj_fts(?3))",
    [ST_FTS_INSERT_PACKED] = "INSERT INTO pages_fts(rowid, title, text) VALUES(?1, wj_fts(?2), ?3)",
    /* the index rebuilt with the connection's normaliser (sqlite_search.c) */
    [ST_FTS_CLEAR] = "INSERT INTO pages_fts(pages_fts) VALUES('delete-all')",
    [ST_FTS_REBUILD] = "INSERT INTO pages_fts(rowid, title, text)"
                       " SELECT id, wj_fts(title), wj_fts(text) FROM pages",
    [ST_FTS_STATE] = "SELECT normaliser FROM search_index WHERE id = 1",
    [ST_FTS_STATE_SET] = "UPDATE search_index SET normaliser = ?1 WHERE id = 1",
    [ST_FTS_COUNT] = "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ?1",
    /* the page's columns with each rule of its findings, or NULL */
    [ST_LEAD_PAGE] = "SELECT p.subject, p.host, p.url, p.region, f.rule FROM pages p"
                     " LEFT JOIN (SELECT DISTINCT rule FROM findings WHERE page_id = ?1) f"
                     " ON 1 WHERE p.id = ?1",
    [ST_FIND_DELETE] = "DELETE FROM findings WHERE page_id = ?1",
    [ST_FIND_DELETE_JUDGED] = "DELETE FROM findings WHERE page_id = ?1"
                              " AND rule IN (SELECT rule FROM temp.judged_rules)",
    [ST_FIND_INSERT] = "INSERT INTO findings(page_id, rule, severity, basis, snippet, src_off,"
                       " seen_at, capture_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                       " (SELECT capture_id FROM pages WHERE id = ?1))",
    /* a new version of page ?1: a capture of it as it is now */
    [ST_CAPTURE_NEW] = "INSERT INTO captures(url, fetched_at, status, ip, sha256, warc_file,"
                       " warc_offset, run_id, final_url) SELECT url, fetched_at, status, ip,"
                       " sha256, warc_file, warc_offset, run_id, final_url FROM pages WHERE id = ?1",
    [ST_CAPTURE_LINK] = "UPDATE pages SET capture_id = last_insert_rowid() WHERE id = ?1",
    /* the latest capture that showed lead ?1, with a WARC record */
    [ST_LEAD_EVIDENCE] =
        "SELECT c.url, c.warc_file, c.warc_offset FROM leads l JOIN lead_pages lp"
        " ON lp.subject = l.subject AND lp.rule = l.rule JOIN captures c ON c.id = lp.last_capture"
        " WHERE l.lead_id = ?1 ORDER BY c.warc_file IS NULL, lp.last_seen DESC, c.id DESC LIMIT 1",
    [ST_LEAD_UPSERT] =
        /* a run re-opens a resolved lead; what a person decided stays;
         * hits: the pages that have shown it (lead_pages) */
        "INSERT INTO leads(subject, rule, severity, status, host, url, evidence, law, region,"
        " first_seen, last_seen, hits, region_source, authority)"
        " VALUES(?1, ?2, ?3, 'open', ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
        " max(1, (SELECT count(*) FROM lead_pages WHERE subject = ?1 AND rule = ?2)), ?11, ?12)"
        " ON CONFLICT(subject, rule) DO UPDATE SET severity = excluded.severity,"
        " status = CASE WHEN leads.status = 'resolved' THEN 'open' ELSE leads.status END,"
        " host = excluded.host, url = excluded.url,"
        " evidence = excluded.evidence, law = excluded.law,"
        /* a routed finding says its province (or unknown); else the page's, if any */
        " region = CASE WHEN excluded.region_source IS NOT NULL THEN excluded.region"
        " ELSE coalesce(excluded.region, leads.region) END,"
        " region_source = coalesce(excluded.region_source, leads.region_source),"
        " authority = coalesce(excluded.authority, leads.authority),"
        " last_seen = excluded.last_seen, hits = excluded.hits",
    [ST_RULE_SEEN] = "SELECT 1 FROM findings f JOIN pages p ON p.id = f.page_id"
                     " WHERE p.subject = ?1 AND f.rule = ?2 AND f.page_id != ?3 LIMIT 1",
    [ST_LEAD_RESOLVE] = "UPDATE leads SET status = 'resolved' WHERE subject = ?1 AND rule = ?2"
                        " AND status = 'open'",
    /* the pages of page ?1's url no longer show what they showed (of the
     * rules judged, ?2 non-zero: temp.judged_rules) ... */
    [ST_LP_HIDE] = "UPDATE lead_pages SET showing = 0, checked_run = ?2 WHERE url = (SELECT url"
                   " FROM pages WHERE id = ?1)",
    [ST_LP_HIDE_JUDGED] = "UPDATE lead_pages SET showing = 0, checked_run = ?2 WHERE url ="
                          " (SELECT url FROM pages WHERE id = ?1)"
                          " AND rule IN (SELECT rule FROM temp.judged_rules)",
    /* ... and it shows rule ?2 at ?3 */
    [ST_LP_SHOW] = "INSERT INTO lead_pages SELECT subject, ?2, url, ?3, ?3, 1, capture_id,"
                   " capture_id, ?4 FROM pages WHERE id = ?1 ON CONFLICT(subject, rule, url)"
                   " DO UPDATE SET showing = 1, last_seen = excluded.last_seen,"
                   " checked_run = excluded.checked_run,"
                   " last_capture = excluded.last_capture,"
                   " first_capture = coalesce(lead_pages.first_capture, excluded.first_capture)",
    [ST_LEAD_STATE] = "SELECT lead_id, status FROM leads WHERE subject = ?1 AND rule = ?2",
    [ST_LEAD_STATUS_OF] = "SELECT status FROM leads WHERE lead_id = ?1",
    [ST_PAGE_ID] = "SELECT id FROM pages WHERE url = ?1",
    [ST_LEAD_SET] = "UPDATE leads SET status = ?2 WHERE lead_id = ?1",
    [ST_LEAD_HISTORY] =
        "SELECT " ISO_TIME("at") " AS at, COALESCE(run_id, '') AS run, COALESCE(actor, '') AS actor,"
        " COALESCE(old_status, '') AS old_status, new_status, COALESCE(note, '') AS note,"
        " COALESCE(outcome, '') AS outcome FROM lead_events WHERE lead_id = ?1 ORDER BY id",
    [ST_LEAD_PAGES] =
        /* each page with the latest capture that showed the lead */
        "SELECT lp.url AS url, " ISO_TIME("lp.first_seen") " AS first_seen,"
        " " ISO_TIME("lp.last_seen") " AS last_seen, lp.showing AS showing,"
        " COALESCE(lp.first_capture, '') AS first_capture,"
        " COALESCE(lp.last_capture, '') AS last_capture,"
        " COALESCE(" ISO_TIME("c.fetched_at") ", '') AS fetched_at,"
        " COALESCE(c.status, '') AS status, COALESCE(c.ip, '') AS ip,"
        " COALESCE(c.sha256, '') AS sha256, COALESCE(c.warc_file, '') AS warc_file,"
        " COALESCE(c.warc_offset, '') AS warc_offset,"
        /* the subject that shows it now, when a profile moved the page */
        " COALESCE((SELECT lp2.subject FROM lead_pages lp2 WHERE lp.showing = 0"
        " AND lp2.url = lp.url AND lp2.rule = lp.rule AND lp2.subject != lp.subject"
        " AND lp2.showing = 1 ORDER BY lp2.subject LIMIT 1), '') AS moved_to"
        " FROM leads l JOIN lead_pages lp ON lp.subject = l.subject AND lp.rule = l.rule"
        " LEFT JOIN captures c ON c.id = lp.last_capture WHERE l.lead_id = ?1"
        " ORDER BY lp.first_seen, lp.url",
    [ST_LEAD_EVENT] = "INSERT INTO lead_events(lead_id, at, run_id, old_status, new_status, actor,"
                      " note, outcome) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_EXPORT_FINDINGS] =
        "SELECT p.url AS url, f.rule AS rule, f.severity AS severity, f.snippet AS snippet,"
        " f.src_off AS src_off, f.basis AS law, p.subject AS subject, p.host AS host,"
        " " ISO_TIME("f.seen_at") " AS seen_at"
                                  " FROM findings f JOIN pages p ON p.id = f.page_id"
                                  " ORDER BY p.url, f.rule, f.src_off, f.id",
    [ST_EXPORT_LEADS] = "SELECT " LEAD_COLS " FROM leads ORDER BY " LEAD_ORDER,
    [ST_LEADS_FILTER] = LEADS_FILTER_SQL("?7 IS NULL"),
    [ST_LEADS_FILTER_PROV] = LEADS_FILTER_SQL(PROVINCE_IN),
    /* the same filters (?1 to ?4 unused), the export columns only */
    [ST_LEADS_PLAIN] = "SELECT " LEAD_COLS " FROM leads WHERE " LEAD_FILTER("?7 IS NULL")
                       " ORDER BY " LEAD_ORDER,
    [ST_LEADS_PLAIN_PROV] = "SELECT " LEAD_COLS " FROM leads WHERE " LEAD_FILTER(PROVINCE_IN)
                            " ORDER BY " LEAD_ORDER,
    /* ?1: the query's words for the index (sqlite_search.c confirms each
     * page); columns in the order of sqlite_search's row reader */
    /* driven by the index, in its rowid order: the first pages come at
     * once, with no set of every match built first */
    [ST_SEARCH_FTS] = "SELECT p.id, p.url, p.title, p.host, p.fetched_at, p.text"
                      " FROM pages_fts f CROSS JOIN pages p ON p.id = f.rowid"
                      " WHERE pages_fts MATCH ?1" SEARCH_FILTERS " ORDER BY f.rowid",
    /* earlier captures of stored pages (not the one the page row holds);
     * the filters as above, the dates the capture's */
    [ST_SEARCH_CAPTURES] =
        "SELECT c.id AS capture_id, c.url, p.host, c.fetched_at, COALESCE(c.warc_file, '')"
        " AS warc_file, c.warc_offset FROM captures c JOIN pages p ON p.url = c.url"
        " WHERE c.id IS NOT p.capture_id AND (?1 IS NULL OR 1)"
        " AND (?2 IS NULL OR p.host = ?2) AND (?3 IS NULL OR c.fetched_at >= ?3)"
        " AND (?4 IS NULL OR c.fetched_at < ?4) AND (?5 IS NULL OR EXISTS(SELECT 1 FROM findings f"
        " WHERE f.page_id = p.id AND f.rule = ?5)) ORDER BY c.id",
    [ST_SEARCH_SCAN] = "SELECT p.id, p.url, p.title, p.host, p.fetched_at, p.text FROM pages p"
                       " WHERE ?1 IS NULL" SEARCH_FILTERS " ORDER BY p.id",
    /* a query with a word that reads as a code (store_query_read_codes):
     * the pages the index finds for the words as text, and the pages with
     * a signal equal to one of the codes, ?6 a JSON array of "kind\tvalue"
     * (answered from signals_value); column 6 the page's codes as
     * "\nkind\tvalue\n..." for sqlite_search to confirm each page */
    [ST_SEARCH_CODES] = "SELECT p.id, p.url, p.title, p.host, p.fetched_at, p.text," PAGE_CODES
                        " FROM pages p WHERE (p.id IN (SELECT rowid FROM pages_fts"
                        " WHERE pages_fts MATCH ?1) OR p.id IN (" CODE_PAGES "))"
                        SEARCH_FILTERS " ORDER BY p.id",
    [ST_SEARCH_SCAN_CODES] = "SELECT p.id, p.url, p.title, p.host, p.fetched_at, p.text,"
                             PAGE_CODES " FROM pages p WHERE ?1 IS NULL AND (?6 IS NULL OR 1)"
                             SEARCH_FILTERS " ORDER BY p.id",
    [ST_PAGE_NEXT] = "SELECT id, url, content_type, body, body_len, subject, host FROM pages"
                     " WHERE id > ?1 ORDER BY id LIMIT 1",
    [ST_PAGE_TIME] = "SELECT fetched_at, coalesce(run_id, 0) FROM pages WHERE id = ?1",
    [ST_PAGE_SUBJECT] = "UPDATE pages SET subject = ?2 WHERE id = ?1 AND subject IS NOT ?2",
    [ST_PAGE_VALIDATORS] = "SELECT p.etag, p.last_modified, r.rulebook_sha256 FROM pages p"
                           " LEFT JOIN runs r ON r.id = p.run_id WHERE p.url = ?1",
    [ST_PAGE_EVIDENCE] = "SELECT warc_file, warc_offset FROM pages WHERE url = ?1",
    [ST_PAGE_BY_URL] = "SELECT id, url, content_type, body, body_len, subject, host FROM pages"
                       " WHERE url = ?1",
    [ST_PAGE_COUNT] = "SELECT count(*) FROM pages",
    [ST_LEAD_COUNT] = "SELECT count(*) FROM leads WHERE ?1 IS NULL OR status = ?1",
    [ST_PRICE_PUT] = "INSERT INTO prices(item_key, page_id, price, original, observed_at, run_id)"
                     " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
    [ST_PRICE_FLOOR] = "SELECT min(price) FROM prices WHERE item_key = ?1"
                       " AND observed_at >= ?2 AND observed_at < ?3"
                       " AND (?4 <= 0 OR run_id IS NULL OR run_id < ?4)",
    [ST_REG_PUT] = "INSERT INTO registry(code, name, status) VALUES(?1, ?2, ?3)"
                   " ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
                   " status = excluded.status",
    [ST_REG_LOOKUP] = "SELECT name, status FROM registry WHERE code = ?1",
    [ST_REG_COUNT] = "SELECT count(*) FROM registry",
    /* a resumed run keeps what the part that started it recorded: the
     * captures made before the stop were made with that */
    [ST_RUN_DESCRIBE] = "UPDATE runs SET options = COALESCE(options, ?2), tool = COALESCE(tool, ?3),"
                        " rulebook_version = COALESCE(rulebook_version, ?4),"
                        " rulebook_sha256 = COALESCE(rulebook_sha256, ?5) WHERE id = ?1",
    [ST_LEAD_CAPTURES] =
        "SELECT CASE WHEN lp.first_capture = lp.last_capture THEN 'first+latest'"
        " WHEN c.id = lp.first_capture THEN 'first' ELSE 'latest' END AS role, c.id AS capture,"
        " c.url AS url, COALESCE(c.final_url, c.url) AS final_url,"
        " COALESCE(" ISO_TIME("c.fetched_at") ", '') AS fetched_at,"
        " COALESCE(c.fetched_at, '') AS fetched_epoch, COALESCE(c.status, '') AS status,"
        " COALESCE(c.ip, '') AS ip, COALESCE(c.sha256, '') AS sha256,"
        " COALESCE(c.warc_file, '') AS warc_file, COALESCE(c.warc_offset, '') AS warc_offset,"
        " COALESCE(c.run_id, '') AS run, COALESCE(r.kind, '') AS run_kind,"
        " COALESCE(r.options, '') AS run_options, COALESCE(r.tool, '') AS tool,"
        " COALESCE(r.rulebook_version, '') AS rulebook_version,"
        " COALESCE(r.rulebook_sha256, '') AS rulebook_sha256, lp.showing AS showing"
        " FROM leads l JOIN lead_pages lp ON lp.subject = l.subject AND lp.rule = l.rule"
        " JOIN captures c ON c.id IN (lp.first_capture, lp.last_capture)"
        " LEFT JOIN runs r ON r.id = c.run_id WHERE l.lead_id = ?1 ORDER BY c.fetched_at, c.id",
    [ST_RUN_UNSEEN] = RUN_UNSEEN_SQL(""),
    [ST_RUN_UNSEEN_JUDGED] = RUN_UNSEEN_SQL(" AND l.rule IN (SELECT rule FROM temp.judged_rules)"),
    [ST_LEAD_RESOLVE_ID] = "UPDATE leads SET status = 'resolved' WHERE lead_id = ?1 AND status = 'open'",
    /* lead ?1, which no page shows any more: the lead of another subject
     * that one of its pages shows now under the same rule (the profile
     * moved the page to another subject, e.g. an item page to its shop);
     * returns that lead's id and status */
    [ST_LEAD_MOVED_TO] =
        "SELECT l2.lead_id, l2.status FROM leads l JOIN lead_pages lp ON lp.subject = l.subject"
        " AND lp.rule = l.rule JOIN lead_pages lp2 ON lp2.url = lp.url AND lp2.rule = l.rule"
        " AND lp2.subject != l.subject AND lp2.showing = 1 JOIN leads l2"
        " ON l2.subject = lp2.subject AND l2.rule = lp2.rule WHERE l.lead_id = ?1"
        " ORDER BY l2.lead_id LIMIT 1",
    /* a ref already stored changes nothing: importing a file twice is harmless */
    [ST_COMPLAINT_ADD] =
        "INSERT INTO complaints(ref, received, url, platform, text, subject, host, imported_at,"
        " source) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(ref) DO NOTHING",
    [ST_COMPLAINTS_UNSEEDED] =
        "SELECT id, url, host FROM complaints WHERE seeded_run IS NULL ORDER BY id",
    [ST_COMPLAINTS_SEEDED] =
        "UPDATE complaints SET seeded_run = ?2 WHERE seeded_run IS NULL AND id <= ?1",
    [ST_COMPLAINTS_OF] =
        "SELECT ref, received, url, platform, text, source, " ISO_TIME("imported_at") " AS imported,"
        " seeded_run FROM complaints WHERE subject = ?1"
        " ORDER BY received IS NULL, received, id",
    /* the refs in date order: group_concat follows the order of its input */
    [ST_COMPLAINT_SUBJECTS] =
        "SELECT c.subject AS subject, c.n AS complaints, c.refs AS refs, c.latest AS received,"
        " l.lead_id AS lead_id, l.rule AS rule, l.severity AS severity, l.status AS status"
        " FROM (SELECT subject, count(*) AS n, group_concat(ref, char(10)) AS refs,"
        " max(received) AS latest FROM (SELECT subject, ref, received FROM complaints"
        " ORDER BY subject, received IS NULL, received, id) GROUP BY subject) c"
        " LEFT JOIN leads l ON l.subject = c.subject ORDER BY c.subject, l.lead_id",
    /* the run ?2 checked page ?1: its subject's row counts one more page */
    [ST_RUN_SUBJECT] =
        "INSERT INTO run_subjects(run_id, subject, host, region, pages)"
        " SELECT ?2, subject, host, NULLIF(region, ''), 1 FROM pages WHERE id = ?1"
        " ON CONFLICT(run_id, subject) DO UPDATE SET pages = pages + 1,"
        " region = coalesce(region, excluded.region)",
    /* the same for the page of frontier row ?1 (a crawl's answered URL) */
    [ST_RUN_SUBJECT_URL] =
        "INSERT INTO run_subjects(run_id, subject, host, region, pages)"
        " SELECT ?2, p.subject, p.host, NULLIF(p.region, ''), 1 FROM frontier f"
        " JOIN pages p ON p.url = f.url WHERE f.id = ?1"
        " ON CONFLICT(run_id, subject) DO UPDATE SET pages = pages + 1,"
        " region = coalesce(region, excluded.region)",
    /* keyword crawls: the first run and time a keyword's search led to a
     * URL are kept, the last ones follow */
    [ST_KW_HIT] = "INSERT INTO keyword_hits(keyword, url, run_id, first_seen, last_run, last_seen)"
                  " VALUES(?1, ?2, ?3, ?4, ?3, ?4) ON CONFLICT(keyword, url) DO UPDATE SET"
                  " last_run = excluded.last_run, last_seen = excluded.last_seen",
    /* a row another run queued, answered or gave up: this run fetches it */
    [ST_FR_CLAIM] = "UPDATE frontier SET state = 0, run_id = ?2, depth = ?3 WHERE url = ?1"
                    " AND state IN (0, 2, 3) AND run_id IS NOT ?2",
    [ST_KW_OF_LEAD] =
        "SELECT k.keyword AS keyword, count(*) AS pages, " ISO_TIME("min(k.first_seen)")
        " AS first_seen FROM leads l JOIN lead_pages lp ON lp.subject = l.subject"
        " AND lp.rule = l.rule JOIN keyword_hits k ON k.url = lp.url WHERE l.lead_id = ?1"
        " GROUP BY k.keyword ORDER BY k.keyword",
    [ST_SIG_DELETE] = "DELETE FROM signals WHERE page_id = ?1",
    [ST_SIG_INSERT] = "INSERT INTO signals(page_id, subject, kind, value, strength, url, seen_at)"
                      " SELECT id, subject, ?2, ?3, ?4, url, ?5 FROM pages WHERE id = ?1",
    [ST_SIG_ROWS] =
        "SELECT subject, kind, value, strength, url, " ISO_TIME("seen_at") " AS seen_at FROM"
        " (SELECT subject, kind, value, strength, url, seen_at FROM signals UNION ALL"
        " SELECT subject, 'ip', ip, 'weak', url, fetched_at FROM pages"
        " WHERE ip IS NOT NULL AND ip <> '' AND fetched_at IS NOT NULL)"
        " ORDER BY kind, value, subject, url",
};

/* ---- errors ---- */

static store_result map_rc(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return STORE_OK;
    case SQLITE_NOMEM:
        return STORE_ENOMEM;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return STORE_EBUSY;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return STORE_ECORRUPT;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_MISUSE:
        return STORE_EINVAL;
    default: /* IOERR, FULL, READONLY, CANTOPEN, PROTOCOL, ... */
        return STORE_EIO;
    }
}

/* Record the connection's error text for rc and return its store code. */
store_result sqlite_fail(store_impl *b, int rc)
{
    snprintf(b->errmsg, sizeof b->errmsg, "%s", sqlite3_errmsg(b->db));
    return map_rc(rc);
}

store_result sqlite_fail_msg(store_impl *b, store_result r, const char *msg)
{
    snprintf(b->errmsg, sizeof b->errmsg, "%s", msg);
    return r;
}

/* ---- statements ---- */

/* Fetch statement id, preparing it on first use.  A statement still running
 * (a callback re-entering the iterator that owns it) is STORE_EINVAL. */
store_result sqlite_get_stmt(store_impl *b, enum sqlite_stmt_id id, sqlite3_stmt **out)
{
    *out = NULL;
    if (!b->st[id]) {
        int rc = sqlite3_prepare_v3(b->db, sqlite_stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                    &b->st[id], NULL);
        if (rc != SQLITE_OK)
            return sqlite_fail(b, rc);
    } else if (sqlite3_stmt_busy(b->st[id])) {
        return sqlite_fail_msg(b, STORE_EINVAL, "re-entrant call from a store callback");
    }
    *out = b->st[id];
    return STORE_OK;
}

void sqlite_finish(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

/* Binders record the first failure in *rc and do nothing after one. */
void sqlite_bind_text(sqlite3_stmt *st, int i, const char *s, int *rc)
{
    if (*rc == SQLITE_OK)
        *rc = s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

void sqlite_bind_int(sqlite3_stmt *st, int i, int64_t v, int *rc)
{
    if (*rc == SQLITE_OK)
        *rc = sqlite3_bind_int64(st, i, v);
}

/* Bind v, or NULL when v <= 0 (optional references). */
void sqlite_bind_ref(sqlite3_stmt *st, int i, int64_t v, int *rc)
{
    if (*rc == SQLITE_OK)
        *rc = v > 0 ? sqlite3_bind_int64(st, i, v) : sqlite3_bind_null(st, i);
}

/* Run st (already bound; bind_rc is the binders' result) to completion. */
store_result sqlite_run_stmt(store_impl *b, sqlite3_stmt *st, int bind_rc)
{
    store_result result = STORE_OK;
    int rc = bind_rc;

    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            ;
    }
    if (rc != SQLITE_DONE)
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    return result;
}

store_result sqlite_exec_id(store_impl *b, enum sqlite_stmt_id id)
{
    sqlite3_stmt *st;
    store_result result = sqlite_get_stmt(b, id, &st);

    return result == STORE_OK ? sqlite_run_stmt(b, st, SQLITE_OK) : result;
}

/* Run a bound statement that yields one integer (count, id) into *v.  It is
 * stepped to the end: an INSERT ... RETURNING in autocommit mode commits
 * only then, and a failed commit (disk full) must not pass for success. */
store_result sqlite_one_int(store_impl *b, sqlite3_stmt *st, int bind_rc, int64_t *v)
{
    int rc = bind_rc, found = 0;

    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *v = sqlite3_column_int64(st, 0);
        found = 1;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            ;
    }
    if (rc != SQLITE_DONE) {
        store_result result = sqlite_fail(b, rc);

        sqlite_finish(st);
        return result;
    }
    sqlite_finish(st);
    return found ? STORE_OK : sqlite_fail_msg(b, STORE_ENOTFOUND, "no such row");
}

store_result sqlite_count_of(store_impl *b, sqlite3_stmt *st, int bind_rc, long *n)
{
    int64_t v = 0;
    store_result result = sqlite_one_int(b, st, bind_rc, &v);

    *n = (long)v;
    return result;
}

/* Copy text column i of st into *out (NULL for SQL NULL), its length into
 * *len when len is not NULL.  Caller frees *out. */
store_result sqlite_dup_col_len(sqlite3_stmt *st, int i, char **out, size_t *len)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    size_t n;

    *out = NULL;
    if (len)
        *len = 0;
    if (!t)
        return sqlite3_column_type(st, i) == SQLITE_NULL ? STORE_OK : STORE_ENOMEM;
    n = (size_t)sqlite3_column_bytes(st, i);
    *out = malloc(n + 1);
    if (!*out)
        return STORE_ENOMEM;
    memcpy(*out, t, n + 1);
    if (len)
        *len = n;
    return STORE_OK;
}

store_result sqlite_dup_col(sqlite3_stmt *st, int i, char **out)
{
    return sqlite_dup_col_len(st, i, out, NULL);
}

/* ---- atomic groups ---- */

/* Start an atomic group: a transaction of its own, or a savepoint inside the
 * caller's.  *own tells atomic_end which one it was. */
store_result sqlite_atomic_begin(store_impl *b, int *own)
{
    *own = sqlite3_get_autocommit(b->db);
    return sqlite_exec_id(b, *own ? ST_BEGIN : ST_SAVEPOINT);
}

/* Finish the group: commit on STORE_OK, undo otherwise.  Returns result, or
 * the commit's failure. */
store_result sqlite_atomic_end(store_impl *b, int own, store_result result)
{
    if (result == STORE_OK) {
        store_result r = sqlite_exec_id(b, own ? ST_COMMIT : ST_RELEASE);
        if (r == STORE_OK)
            return STORE_OK;
        result = r;
    }
    if (own) {
        if (!sqlite3_get_autocommit(b->db))
            sqlite_exec_id(b, ST_ROLLBACK);
    } else if (sqlite_exec_id(b, ST_ROLLBACK_TO) == STORE_OK) {
        sqlite_exec_id(b, ST_RELEASE);
    }
    return result;
}

/* STORE_ENOTFOUND when st changed no row. */
store_result sqlite_run_changes(store_impl *b, sqlite3_stmt *st, int rc)
{
    store_result result = sqlite_run_stmt(b, st, rc);

    if (result == STORE_OK && sqlite3_changes(b->db) == 0)
        result = sqlite_fail_msg(b, STORE_ENOTFOUND, "no such row");
    return result;
}

/* Hand every row of the bound statement st to fn (NULL columns as ""). */
store_result sqlite_emit_rows(store_impl *b, sqlite3_stmt *st, int rc, store_row_fn fn, void *ud)
{
    const char *names[EXPORT_COLS_MAX];
    const char *values[EXPORT_COLS_MAX];
    size_t ncols = (size_t)sqlite3_column_count(st);
    store_result result = STORE_OK;

    if (ncols > EXPORT_COLS_MAX)
        ncols = EXPORT_COLS_MAX;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW)
            break;
        /* Names are fetched after the step: a step may re-prepare the
         * statement, which frees the earlier name strings. */
        for (size_t i = 0; i < ncols; i++) {
            const char *v = (const char *)sqlite3_column_text(st, (int)i);

            names[i] = sqlite3_column_name(st, (int)i);
            if (!names[i] || (!v && sqlite3_column_type(st, (int)i) != SQLITE_NULL)) {
                rc = SQLITE_NOMEM;
                break;
            }
            values[i] = v ? v : "";
        }
        if (rc == SQLITE_ROW && fn(ud, ncols, names, values) != 0) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE)
        result = sqlite_fail(b, rc);
    sqlite_finish(st);
    return result;
}

/* Copy column i into buf[len]; STORE_EINVAL (buf "") when it does not fit. */
store_result sqlite_copy_col(sqlite3_stmt *st, int i, char *buf, size_t len)
{
    const unsigned char *t;
    size_t n;

    if (!buf || len == 0)
        return STORE_OK;
    buf[0] = '\0';
    t = sqlite3_column_text(st, i);
    if (!t)
        return sqlite3_column_type(st, i) == SQLITE_NULL ? STORE_OK : STORE_ENOMEM;
    n = (size_t)sqlite3_column_bytes(st, i);
    if (n >= len)
        return STORE_EINVAL;
    memcpy(buf, t, n + 1);
    return STORE_OK;
}

/* v[0..n) as a JSON array of strings (a new string the caller frees), or
 * NULL for n 0 (*ok 1) or out of memory (*ok 0). */
char *sqlite_json_list(const char *const *v, size_t n, int *ok)
{
    size_t len = 3;
    char *out, *o;

    *ok = 1;
    if (n == 0)
        return NULL;
    for (size_t i = 0; i < n; i++)
        len += strlen(v[i]) * 6 + 3;   /* a control character as six, quotes, comma */
    if (!(o = out = malloc(len))) {
        *ok = 0;
        return NULL;
    }
    *o++ = '[';
    for (size_t i = 0; i < n; i++) {
        if (i)
            *o++ = ',';
        *o++ = '"';
        for (const unsigned char *c = (const unsigned char *)v[i]; *c; c++) {
            if (*c < 0x20)
                o += snprintf(o, 7, "\\u%04x", *c);
            else if (*c == '"' || *c == '\\')
                o += snprintf(o, 3, "\\%c", *c);
            else
                *o++ = (char)*c;
        }
        *o++ = '"';
    }
    *o++ = ']';
    *o = '\0';
    return out;
}
