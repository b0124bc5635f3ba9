/*
 * schema_age.h — for the unit tests that open databases an older
 * wangjian wrote: the SQL that takes a new file back to schema 2 (what
 * schemas 3, 4, 5 and 6 added, taken away again; 6's indexes first, as
 * one reads a column 4 added).  The caller sets
 * user_version.  One copy, so that the next schema change is undone in
 * one place.
 */
#ifndef WANGJIAN_TEST_SCHEMA_AGE_H
#define WANGJIAN_TEST_SCHEMA_AGE_H

#define SCHEMA_BACK_TO_V2_SQL                                                                      \
    "DROP INDEX IF EXISTS pages_subject_region;"                                                   \
    "DROP INDEX IF EXISTS leads_region; DROP INDEX IF EXISTS leads_unrouted;"                      \
    "DROP TABLE run_subjects; DROP TABLE keyword_hits; DROP TABLE search_index;"                 \
    "DROP TABLE signals; DROP TABLE complaints;"                                                   \
    "ALTER TABLE captures DROP COLUMN final_url;"                                                  \
    "ALTER TABLE pages DROP COLUMN final_url; ALTER TABLE pages DROP COLUMN facts;"                \
    "ALTER TABLE runs DROP COLUMN options; ALTER TABLE runs DROP COLUMN tool;"                     \
    "ALTER TABLE runs DROP COLUMN rulebook_version; ALTER TABLE runs DROP COLUMN rulebook_sha256;" \
    "DROP VIEW IF EXISTS open_leads_by_province; DROP VIEW IF EXISTS lead_changes;"                \
    "DROP VIEW IF EXISTS lead_sightings;"                                                          \
    "DROP TABLE lead_pages; DROP TABLE lead_events;"                                               \
    "ALTER TABLE leads DROP COLUMN authority; ALTER TABLE leads DROP COLUMN region_source;"        \
    "DROP TABLE captures; ALTER TABLE pages DROP COLUMN capture_id;"                               \
    "ALTER TABLE findings DROP COLUMN capture_id;"                                                 \
    "ALTER TABLE runs DROP COLUMN kind; ALTER TABLE runs DROP COLUMN scope;"                       \
    "ALTER TABLE runs DROP COLUMN status; ALTER TABLE runs DROP COLUMN changed;"                   \
    "ALTER TABLE runs DROP COLUMN unchanged; ALTER TABLE runs DROP COLUMN failed;"                 \
    "ALTER TABLE runs DROP COLUMN leads_new; ALTER TABLE runs DROP COLUMN leads_reopened;"         \
    "ALTER TABLE runs DROP COLUMN leads_resolved; ALTER TABLE runs DROP COLUMN leads_open;"        \
    "ALTER TABLE frontier DROP COLUMN run_id; ALTER TABLE frontier DROP COLUMN checked_at;"

#endif
