/*
 * Private to cli/: the commands and the helpers they share.  Only cli/
 * parses argv, prints for the user and decides exit codes:
 * 0 success, 1 runtime failure, 2 usage error.
 */
#ifndef WANGJIAN_CLI_H
#define WANGJIAN_CLI_H

#include <getopt.h>
#include <stdio.h>
#include "../crawler/crawler.h"
#include "../scan/scan.h"
#include "../warc/warc.h"

enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    /* The command's getopt_long table: the long options a config file may
     * give it.  NULL: it takes none (its arguments are positional). */
    const struct option *opts;
    const char *summary;
    const char *usage;   /* full --help text of the command */
} cli_command;

/* Option tables of the commands (registered in main.c's commands[]). */
extern const struct option cli_crawl_opts[], cli_store_opts[], cli_leads_opts[], cli_export_opts[],
    cli_parse_opts[], cli_import_opts[], cli_evidence_opts[], cli_migrate_opts[], cli_runs_opts[],
    cli_report_opts[], cli_search_opts[];

/* Diagnostics: "wangjian: message" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Usage error: message plus a one-line hint naming the command's --help. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Print the --help text of cmd to stdout. */
int cli_help(const char *cmd);

/* Default data directories: --flag value, else environment, else the
 * checkout next to the executable, else the installed data directory.
 * Returns a string owned by the caller. */
char *cli_rules_dir(const char *flag);
char *cli_platforms_dir(const char *flag);

/* Load the rulebook, printing every problem as file:line: message. */
rules_book *cli_load_rules(const char *dir);
/* ... without the second reader (reader.model) when no_reader is set. */
rules_book *cli_load_rules_opts(const char *dir, int no_reader);
/* Load platform profiles; NULL with a message on failure.  A missing
 * directory is not an error (*out = NULL). */
int cli_load_profiles(const char *dir, parser_profiles **out);
/* Open the store, printing a clear message on failure (NULL).  The caller
 * owns the handle and closes it with cli_close_store.  Which mode:
 *   cli_open_store                     crawl, import: creates a missing
 *                                      database, upgrades an older one;
 *   cli_open_store_mode(p, STORE_OPEN_WRITE)     rescan, migrate: the
 *                                      database must exist; upgrades it;
 *   cli_open_store_mode(p, STORE_OPEN_READONLY)  leads, search, export,
 *                                      report, evidence, runs: must exist,
 *                                      opened read-only, nothing written
 *                                      or created; an older schema is
 *                                      refused with the migrate hint.
 * A missing database prints "no database at 'PATH'". */
store *cli_open_store(const char *path);
store *cli_open_store_mode(const char *path, store_mode mode);
/* Give st the search index's normaliser (the rules' normalisation): done
 * by the writable opens above; search calls it on its read-only handle.
 * CLI_OK, or CLI_FAIL after a message. */
int cli_search_normaliser(store *st);
/* Take the one-crawl-per-database lock (DB.lock beside the database) for
 * cmd: a descriptor to hand to cli_run_unlock, -2 when db is not a file
 * (nothing to lock), or -1 after a message naming the holder. */
int cli_run_lock(const char *cmd, const char *db);
/* cli_run_lock for a command that needs an existing database (rescan,
 * migrate): a missing one is -1 after "no database at 'PATH'", and no
 * file is created, the lock file included. */
int cli_run_lock_existing(const char *cmd, const char *db);
void cli_run_unlock(int fd);
/* Close the store, reporting a failure. Returns CLI_OK or CLI_FAIL. */
int cli_close_store(store *st);

/* Parse a non-negative integer option value; -1 on error (message printed,
 * naming the config file's FILE:LINE when val came from there). */
long cli_parse_long(const char *cmd, const char *opt, const char *val, long min, long max);
/* Usage error about an option's value val (an optarg): like
 * cli_usage_error, with "FILE:LINE: " first when val came from the config
 * file.  Returns CLI_USAGE. */
int cli_value_error(const char *cmd, const char *val, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * --config FILE (cli/config.c).  An INI file: keys before any section are
 * long options of every command that has them, [CMD] holds CMD's options;
 * a repeated key repeats the option, a flag is true or false (false: as if
 * absent), a relative FILE or DIR value is relative to the file's folder.
 * Nothing in config.c prints: messages come back in err[errlen] (always
 * set on failure), shaped "FILE:LINE: what" for a mistake in the file.
 */
typedef enum {
    CLI_CONFIG_OK,
    CLI_CONFIG_EREAD,    /* the file cannot be read (usage error for the user) */
    CLI_CONFIG_EINVAL,   /* a mistake in the file or in --config itself */
    CLI_CONFIG_ENOMEM,
} cli_config_result;
typedef struct cli_config cli_config;

/* Remove --config FILE or --config=FILE from argv[1..*argc) (argv[0] is
 * the command; arguments after "--" are left alone), shifting the rest
 * down (argv[*argc] stays NULL).  *path: FILE (pointing into the removed
 * argument, which argv's owner keeps) or NULL.  EINVAL: no FILE, or given
 * twice. */
cli_config_result cli_config_take_arg(int *argc, char **argv, const char **path, char *err,
                                      size_t errlen);
/* Read and check the whole file against every command of cmds[n_cmds]
 * (borrowed; must outlive *out): an unknown section or key, a flag that is
 * not true/false, an empty value are errors naming FILE:LINE.  *out is the
 * caller's, freed with cli_config_free; NULL on failure. */
cli_config_result cli_config_load(const char *path, const cli_command *cmds, size_t n_cmds,
                                  cli_config **out, char *err, size_t errlen);
/* The argv command c (one of the cmds given to load) parses: argv[0], the
 * file's options for c as "--key=value" / "--key", then argv[1..argc).
 * Entries of an option argv gives are dropped (the command line wins), and
 * so are global entries of a key c's section has.  The array and the
 * strings it adds belong to cfg (valid until cli_config_free; a second
 * call replaces the array); the others are argv's.  Uses getopt_long (it
 * resets optind).  Fails only with ENOMEM. */
cli_config_result cli_config_argv(cli_config *cfg, const cli_command *c, int argc, char **argv,
                                  int *out_argc, char ***out_argv);
/* "FILE:LINE" of the entry whose value is the very string value (an optarg
 * pointing into the argv cli_config_argv built), else NULL.  cfg may be
 * NULL. */
const char *cli_config_origin(const cli_config *cfg, const char *value);
/* The path the file was loaded from, as given; NULL for NULL. */
const char *cli_config_path(const cli_config *cfg);
void cli_config_free(cli_config *cfg);

int cmd_crawl(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_leads(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_rescan(int argc, char **argv);
int cmd_migrate(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_evidence(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_config(int argc, char **argv);

/* Print the leads f selects (and whose status is status, "all" or NULL
 * for f's statuses, and rule, NULL for f's rules) on stdout: a table that
 * fits the terminal, JSON lines with CLI_LEADS_JSONL or CSV with
 * CLI_LEADS_CSV (the export writer); the count goes to stderr after a
 * table unless CLI_LEADS_NO_COUNT.  CLI_OK or CLI_FAIL after a message. */
enum { CLI_LEADS_JSONL = 1, CLI_LEADS_NO_COUNT = 2, CLI_LEADS_CSV = 4 };
/* A page of a listing: skip offset rows, then show at most limit (0: all
 * that are left).  The rows skipped and those past the page are still
 * read, so the count can say how many there are. */
typedef struct {
    long offset, limit;
} cli_page;
/* page: NULL for every row. */
int cli_leads_table(store *st, const store_lead_filter *f, const char *status, const char *rule,
                    int flags, const cli_page *page);
int cmd_runs(int argc, char **argv);
/* `wangjian operators` (cmd_operators.c) */
int cmd_operators(int argc, char **argv);
extern const struct option cli_operators_opts[];
/* The operator subject belongs to (linked as `wangjian operators` links,
 * with the default platform profiles), contacts shown, subject itself left
 * out of its "other_subjects"; JSON null when subject shows no signal.
 * NULL after a message when the store or the profiles fail.  Caller owns
 * the result.  (Needs <jansson.h> before this header.) */
#ifdef JANSSON_H
json_t *cli_operator_of(store *st, const char *subject);
#endif
/* The operator of every subject, for the leads export: linked as
 * `wangjian operators` links (default platform profiles; when they cannot
 * be read, a warning and no links), with each subject's contact signals
 * when with_contacts.  NULL after a message; freed with
 * cli_operator_index_free (accepts NULL). */
typedef struct cli_op_index cli_op_index;
cli_op_index *cli_operator_index(store *st, int with_contacts);
void cli_operator_index_free(cli_op_index *x);
/* subject's operator id (its operator's smallest subject; subject itself
 * when it is linked to none) and the operator's number of subjects.
 * Borrowed from x or subject. */
const char *cli_operator_lookup(const cli_op_index *x, const char *subject, size_t *n_subjects);
/* The contact details subject's pages show ("kind=value; …", whole
 * entries only, as many as fit) into buf[len], which it returns; "" when
 * none or when x was made without contacts.  buf is the caller's. */
const char *cli_operator_contacts(const cli_op_index *x, const char *subject, char *buf, size_t len);
/* `wangjian leads show` and `wangjian leads set` (cmd_lead.c) */
int cmd_lead_show(int argc, char **argv);
int cmd_lead_set(int argc, char **argv);
extern const struct option cli_lead_show_opts[], cli_lead_set_opts[];

/* The value of column name in a store_row_fn row, or NULL without one. */
const char *cli_row_col(size_t n, const char *const *names, const char *const *values,
                        const char *name);

/* CSV cell writer: RFC 4180 quoting and formula neutralisation. */
void cli_csv_cell(FILE *out, const char *s);
/* --rule CODE of cmd: a rule the rulebook or a lead of st knows, else a
 * usage error (CLI_USAGE); CLI_FAIL when neither could be read. */
int cli_check_rule(store *st, const char *cmd, const char *code);
/* --tz ZONE of cmd: a zone of the tz database (Asia/Shanghai) or UTC, set
 * as TZ for the dates and times the command reads and prints.  glibc takes
 * an unknown name as UTC without a word, so a name that is not a zone file
 * is a usage error (CLI_USAGE after the message). */
int cli_apply_tz(const char *cmd, const char *zone);

/* --out FILE of export, report and the referral lists: FILE is written
 * beside itself under a temporary name and renamed over it only when the
 * whole output succeeded, so a failed run leaves the file that was there
 * as it was.  A FILE that is a symbolic link is replaced at its target,
 * keeping its mode (and owner, for root); one that is not a regular file
 * (/dev/stdout, a pipe) is written directly; NULL: standard output.
 * cli_out_open returns the stream (NULL with errno set) and *tmp, *target:
 * new strings, or NULL when written directly, owned by the caller until
 * cli_out_close, which takes them.  cli_out_close flushes and closes out
 * (not standard output); with tmp it fsyncs and renames it to its target
 * when ok, else removes it.  CLI_OK, or CLI_FAIL after a message. */
FILE *cli_out_open(const char *outp, char **tmp, char **target);
int cli_out_close(FILE *out, const char *outp, char *tmp, char *target, int ok);

/* ---- lead filters shared by leads and export (cmd_lead.c) ---- */

enum {
    CLI_OPT_RULE = 300, CLI_OPT_SEVERITY, CLI_OPT_STATUS, CLI_OPT_PROVINCE, CLI_OPT_AUTHORITY,
    CLI_OPT_HOST, CLI_OPT_SUBJECT, CLI_OPT_SINCE, CLI_OPT_UNTIL, CLI_OPT_TZ, CLI_OPT_KEYWORD
};
/* The getopt_long entries of the filters, for a command's option table. */
#define CLI_LEAD_FILTER_OPTS                                                                      \
    {"rule", required_argument, 0, CLI_OPT_RULE},                                                 \
        {"severity", required_argument, 0, CLI_OPT_SEVERITY},                                     \
        {"status", required_argument, 0, CLI_OPT_STATUS},                                         \
        {"province", required_argument, 0, CLI_OPT_PROVINCE},                                     \
        {"authority", required_argument, 0, CLI_OPT_AUTHORITY},                                   \
        {"host", required_argument, 0, CLI_OPT_HOST},                                             \
        {"subject", required_argument, 0, CLI_OPT_SUBJECT},                                       \
        {"since", required_argument, 0, CLI_OPT_SINCE},                                           \
        {"until", required_argument, 0, CLI_OPT_UNTIL}, {"tz", required_argument, 0, CLI_OPT_TZ}, \
        {"keyword", required_argument, 0, CLI_OPT_KEYWORD}
enum { CLI_LEAD_LIST_MAX = 64 };
/* The filter options as given; strings borrowed from argv (lists split
 * in place at their commas). */
typedef struct {
    const char *rules[CLI_LEAD_LIST_MAX], *severities[CLI_LEAD_LIST_MAX],
        *statuses[CLI_LEAD_LIST_MAX];
    size_t nrules, nseverities, nstatuses;
    int all_statuses;   /* --status all */
    const char *province, *authority, *host, *subject, *since, *until, *tz;
    const char *keyword;   /* --keyword WORD: leads a keyword crawl for it turned up */
} cli_lead_filter_args;
/* Take option c with its argument arg (modified: comma lists are split).
 * 1: taken; 0: not a filter option; -1: usage error, printed. */
int cli_lead_filter_opt(cli_lead_filter_args *a, const char *cmd, int c, char *arg);
/* Name of the first filter option given, or NULL (for commands or modes
 * the filters do not apply to). */
const char *cli_lead_filter_given(const cli_lead_filter_args *a);
/* Check the values, apply --tz (sets TZ for this process: every local
 * time printed afterwards is in that zone) and fill f's filters, whose
 * lists point into a.  CLI_OK or CLI_USAGE after the message. */
int cli_lead_filter_finish(cli_lead_filter_args *a, const char *cmd, store_lead_filter *f);
/* Every rule code of f is in the rulebook or has a lead in st: a
 * mistyped code is a usage error, not an empty list.  CLI_OK, CLI_USAGE
 * or CLI_FAIL after the message. */
int cli_lead_rules_known(store *st, const char *cmd, const store_lead_filter *f);

/* ---- rows out as CSV or JSON lines (cmd_export.c): export and leads ---- */

/* A writer of store rows: CSV (RFC 4180, header first) or JSON lines
 * (numbers as numbers, empty values as null), in UTF-8 or GB18030, times
 * as ISO 8601 in the local zone (TZ) with offset, Chinese headers and a
 * rule title column (from titles, borrowed) with zh.  Memory does not grow
 * with the rows.  Layout private to cmd_export.c. */
typedef struct cli_rows cli_rows;
typedef struct {
    int jsonl, zh, bom;
    const char *encoding;       /* "utf-8" (NULL too) or "gb18030" */
    const rules_book *titles;   /* with zh: rule titles; may be NULL */
} cli_rows_opts;
/* A writer to out (borrowed) of rows with the columns cols[0..n)
 * (borrowed, static); writes the BOM and the CSV header.  NULL after a
 * message.  The caller ends it with cli_rows_end. */
cli_rows *cli_rows_begin(FILE *out, const cli_rows_opts *o, size_t n, const char *const *cols);
/* A store_row_fn: one row out; non-zero (stop) after a write or
 * conversion error, which cli_rows_end reports. */
int cli_rows_put(void *ud, size_t n, const char *const *names, const char *const *values);
/* A store time (ISO 8601 UTC, ending in Z) as ISO 8601 in the local zone
 * with its offset, in buf[len >= 26]; anything else is returned as is. */
const char *cli_local_time(const char *utc, char *buf, size_t len);
/* Rows written so far. */
long cli_rows_count(const cli_rows *w);
/* Free w; CLI_OK, or CLI_FAIL after a message when a row failed. */
int cli_rows_end(cli_rows *w);

/* ---- CSV input (cmd_import.c), shared by the importers ---- */

/* The file at path as UTF-8: read whole (at most 512 MiB) and converted
 * from GB18030 when its bytes are not valid UTF-8 (a UTF-8 BOM stays).
 * NUL-terminated, *len bytes, owned by the caller; NULL after a message. */
char *cli_read_utf8(const char *path, size_t *len);
enum { CLI_CSV_MAX_FIELDS = 64 };
/* One RFC 4180 record of buf[len] starting at *pos (advanced past it):
 * its fields, at most CLI_CSV_MAX_FIELDS, point into buf, NUL-terminated
 * in place with the quotes removed.  Returns the field count, 0 at the
 * end of input, -1 for an unterminated quote; *lines receives the
 * physical lines the record took. */
int cli_csv_record(char *buf, size_t len, size_t *pos, char **fields, int *lines);
/* cli_csv_record for the header, the first record (after a UTF-8 BOM). */
int cli_csv_header(char *buf, size_t len, size_t *pos, char **hdr, int *lines);
/* Index of the first of hdr[0..n) that is one of names (NULL-terminated;
 * ASCII case ignored), or -1. */
int cli_csv_column(char **hdr, int n, const char *const *names);

/* ---- referral lists (cmd_referrals.c) ---- */

/* Whether an export's argv asks for --what referrals or closing, which
 * cli_export_referrals runs (its own options: --authority, --province). */
int cli_export_wants_referrals(int argc, char **argv);
int cli_export_referrals(int argc, char **argv);

/* ---- complaints (cmd_complaints.c) ---- */

/* wangjian import complaints: the whole file or nothing, into db; the
 * subjects from the platform profiles in platforms_dir (NULL: the
 * default).  CLI_OK, or CLI_FAIL after the messages (every bad row as
 * FILE:LINE). */
int cli_import_complaints(const char *db, const char *platforms_dir, const char *path);
/* leads --source complaint: every subject complaints named with its leads,
 * a table (count on stderr) or JSON lines with CLI_LEADS_JSONL. */
int cli_complaint_subjects(store *st, int flags);

#endif
