#!/bin/sh
# Commands that only read never create or change a database (issue #13,
# point 5): on a missing path they exit 1 naming it and create no file
# (no .lock, -wal or -shm either), rescan and migrate refuse it too; on a
# crawled database they leave its bytes and its folder as they were, also
# when file and folder are read-only; an older schema is refused with the
# migrate hint, migrate upgrades it, and the reads work again.  Last, the
# backup recipe of docs/operations.md, run for real while the database is
# being read, and its restored copy read back.
. "$TOP/tests/itlib.sh"
need python3 sqlite3 flock sha256sum

listing() { ls -A "$1" | tr '\n' ' '; }
read_cmds='leads|search 高仿|export --what leads --format csv|report|evidence --out EV http://ro.test/'
if "$WJ" --help | grep -q '^  runs '; then read_cmds="$read_cmds|runs"; fi

# run_read DB CMD...: one read command on DB, stdout to $T/out, stderr to $T/err
run_read() {
  db=$1; shift
  cmd=$1; shift
  # shellcheck disable=SC2086
  set -- $(printf '%s' "$*" | sed "s|EV|$T/ev-$$|")
  "$WJ" "$cmd" --db "$db" "$@" >"$T/out" 2>"$T/err"
}

# ---- a missing database ----
mkdir "$T/empty"
missing=$T/empty/none.db
IFS='|'
for c in $read_cmds rescan migrate; do
  unset IFS
  run_read "$missing" $c
  rc=$?
  check "$c on a missing database exits 1 (got $rc)" [ $rc -eq 1 ]
  check "$c: the message names the path" grep -q "no database at '$missing'" "$T/err"
  check "$c: one line" one_line_error "$T/err"
  check "$c: no file created ($(listing "$T/empty"))" [ -z "$(listing "$T/empty")" ]
  IFS='|'
done
unset IFS
"$WJ" export --db "$missing" --what leads --format csv --out "$T/empty/x.csv" 2>/dev/null
check "export --out to the same folder: still nothing created" [ -z "$(listing "$T/empty")" ]

# ---- a crawled database: reads change nothing ----
chain_site "$T/sites/ro.test" 3 2
start_httpd "$T/sites"
mkdir "$T/db"
DB=$T/db/ro.db
"$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet \
  --warc-dir "$T/warc" http://ro.test/ 2>"$T/crawl.err"
check "crawl exits 0" [ $? -eq 0 ] || cat "$T/crawl.err"
rm -f "$DB.lock"    # the crawl's lock file: gone, so that any new file shows
sum=$(sha256sum < "$DB")
before=$(listing "$T/db")
IFS='|'
for c in $read_cmds; do
  unset IFS
  run_read "$DB" $c
  rc=$?
  check "$c on the database exits 0 (got $rc)" [ $rc -eq 0 ] || cat "$T/err"
  cp "$T/out" "$T/out-$(printf '%s' "$c" | cut -d' ' -f1)"
  IFS='|'
done
unset IFS
check "the reads found the crawl's leads" grep -q COUNTERFEIT "$T/out-leads"
check "search found the pages" grep -q 'http://ro.test/' "$T/out-search"
check "the database file is byte for byte the same" [ "$(sha256sum < "$DB")" = "$sum" ]
check "no file appeared beside it ($(listing "$T/db"))" [ "$(listing "$T/db")" = "$before" ]

# ---- read-only file in a read-only folder ----
# root ignores permission bits: run the reads as nobody when root.
as=""
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null 2>&1 && id nobody >/dev/null 2>&1; then
    as="setpriv --reuid=$(id -u nobody) --regid=$(id -g nobody) --clear-groups"
    chmod 755 "$T"
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as" ]; then
  mkdir "$T/ro" && cp "$DB" "$T/ro/ro.db" && mkdir -m 777 "$T/ev-ro"
  chmod 444 "$T/ro/ro.db" && chmod 555 "$T/ro"
  for c in leads report "search 高仿" "export --what leads --format csv"; do
    # shellcheck disable=SC2086
    $as "$WJ" $c --db "$T/ro/ro.db" >"$T/out" 2>"$T/err"
    rc=$?
    check "$c on a read-only file and folder exits 0 (got $rc)" [ $rc -eq 0 ] || cat "$T/err"
    check "$c: same output as on the writable one" cmp -s "$T/out" "$T/out-${c%% *}"
  done
  $as "$WJ" evidence --db "$T/ro/ro.db" --out "$T/ev-ro" http://ro.test/ >/dev/null 2>"$T/err"
  check "evidence from a read-only database exits 0 (got $?)" [ $? -eq 0 ] || cat "$T/err"
  check "nothing appeared in the read-only folder ($(listing "$T/ro"))" [ "$(listing "$T/ro")" = "ro.db " ]
  chmod 755 "$T/ro"
else
  skip_part "running as root without setpriv: the read-only file and folder checks did not run"
fi

# ---- an older schema ----
mkdir "$T/old" && cp "$DB" "$T/old/o.db"
OLD=$T/old/o.db
# made to look like a wangjian 0.1 database (schema 2): schema 3's additions taken away
sqlite3 "$OLD" "DROP INDEX IF EXISTS pages_subject_region; DROP INDEX IF EXISTS leads_region; DROP INDEX IF EXISTS leads_unrouted; DROP TABLE run_subjects; DROP TABLE signals; DROP TABLE keyword_hits; DROP TABLE search_index; DROP TABLE complaints; ALTER TABLE captures DROP COLUMN final_url; ALTER TABLE pages DROP COLUMN final_url; ALTER TABLE pages DROP COLUMN facts; ALTER TABLE runs DROP COLUMN options; ALTER TABLE runs DROP COLUMN tool; ALTER TABLE runs DROP COLUMN rulebook_version; ALTER TABLE runs DROP COLUMN rulebook_sha256; DROP VIEW IF EXISTS open_leads_by_province; DROP VIEW IF EXISTS lead_changes; DROP VIEW IF EXISTS lead_sightings; DROP TABLE lead_pages; DROP TABLE lead_events; ALTER TABLE leads DROP COLUMN authority; ALTER TABLE leads DROP COLUMN region_source; DROP TABLE captures; ALTER TABLE pages DROP COLUMN capture_id; ALTER TABLE findings DROP COLUMN capture_id;ALTER TABLE runs DROP COLUMN kind; ALTER TABLE runs DROP COLUMN scope;ALTER TABLE runs DROP COLUMN status; ALTER TABLE runs DROP COLUMN changed;ALTER TABLE runs DROP COLUMN unchanged; ALTER TABLE runs DROP COLUMN failed;ALTER TABLE runs DROP COLUMN leads_new; ALTER TABLE runs DROP COLUMN leads_reopened;ALTER TABLE runs DROP COLUMN leads_resolved; ALTER TABLE runs DROP COLUMN leads_open;ALTER TABLE frontier DROP COLUMN run_id; ALTER TABLE frontier DROP COLUMN checked_at;PRAGMA user_version = 2"
sum=$(sha256sum < "$OLD")
"$WJ" leads --db "$OLD" >/dev/null 2>"$T/err"
rc=$?
cat "$T/err"
check "leads on an older schema exits 1 (got $rc)" [ $rc -eq 1 ]
check "the message says to run migrate on that file" grep -qF "wangjian migrate --db $OLD" "$T/err"
check "the older database is untouched" [ "$(sha256sum < "$OLD")" = "$sum" ]
"$WJ" migrate --db "$OLD" 2>"$T/err"
rc=$?
cat "$T/err"
check "migrate exits 0 (got $rc)" [ $rc -eq 0 ]
check "migrate says from which version to which" grep -q "from schema version 2 to [0-9]" "$T/err"
"$WJ" leads --db "$OLD" >"$T/out" 2>"$T/err"
check "leads works after migrate (exit $?)" [ $? -eq 0 ]
check "with the same leads" cmp -s "$T/out" "$T/out-leads"
"$WJ" migrate --db "$OLD" 2>"$T/err"
check "migrate again: exit 0, already current" grep -q "already at schema version" "$T/err"
flock "$OLD.lock" sleep 8 &   # the crawl builds its text normalisers first (slow under ASan)
holder=$!
sleep 0.3
"$WJ" migrate --db "$OLD" 2>"$T/err"
check "migrate exits 1 while another holds the run lock (got $?)" [ $? -eq 1 ]
"$WJ" crawl --db "$OLD" --proxy "http://127.0.0.1:$PORT" --delay 0 --quiet http://ro.test/ \
  2>"$T/err"
check "so does a crawl: the backup's flock keeps crawls out (got $?)" [ $? -eq 1 ]
wait $holder

# ---- the backup recipe of docs/operations.md, while readers read ----
mkdir "$T/backup"
( i=0; while [ $i -lt 15 ]; do "$WJ" export --db "$DB" --what findings --format jsonl \
    >/dev/null 2>>"$T/readers.err" || echo "reader failed" >>"$T/readers.err"; i=$((i + 1)); done ) &
readers=$!
sleep 0.2
flock "$DB.lock" sh -c "
  sqlite3 '$DB' '.backup $T/backup/ro.db.new' &&
  mv '$T/backup/ro.db.new' '$T/backup/ro.db' &&
  cp -R '$T/warc' '$T/backup/warc'" &
backup=$!
wait $backup
check "the backup under the run lock exits 0 (got $?)" [ $? -eq 0 ]
wait $readers
check "no reader failed during the backup" sh -c "! grep -q 'reader failed' '$T/readers.err'"
mkdir "$T/restore" && cp "$T/backup/ro.db" "$T/restore/ro.db"
check "the restored copy passes integrity_check" \
  [ "$(sqlite3 "$T/restore/ro.db" 'PRAGMA integrity_check')" = ok ]
"$WJ" leads --db "$T/restore/ro.db" >"$T/out" 2>"$T/err"
check "the restored copy opens with wangjian leads (exit $?)" [ $? -eq 0 ] || cat "$T/err"
check "with the same leads" cmp -s "$T/out" "$T/out-leads"
check "the WARC folder came along" [ -n "$(ls "$T/backup/warc")" ]
finish
