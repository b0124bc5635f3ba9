/*
 * Private to cli/: the commands and the helpers they share.  Only cli/
 * parses argv, prints for the user and decides exit codes:
 * 0 success, 1 runtime failure, 2 usage error.
 */
#ifndef WANGJIAN_CLI_H
#define WANGJIAN_CLI_H

#include <stdio.h>
#include "../crawler/crawler.h"
#include "../scan/scan.h"
#include "../warc/warc.h"

enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
    const char *usage;   /* full --help text of the command */
} cli_command;

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

/* Parse a non-negative integer option value; -1 on error (message printed). */
long cli_parse_long(const char *cmd, const char *opt, const char *val, long min, long max);

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

/* Print the leads f selects (and whose status is status, "all" for any,
 * and rule, NULL for any) on stdout: a table, or JSON lines with
 * CLI_LEADS_JSONL; the count goes to stderr after a table unless
 * CLI_LEADS_NO_COUNT.  CLI_OK or CLI_FAIL after a message. */
enum { CLI_LEADS_JSONL = 1, CLI_LEADS_NO_COUNT = 2 };
int cli_leads_table(store *st, const store_lead_filter *f, const char *status, const char *rule,
                    int flags);
int cmd_runs(int argc, char **argv);

/* CSV cell writer: RFC 4180 quoting and formula neutralisation. */
void cli_csv_cell(FILE *out, const char *s);

#endif
