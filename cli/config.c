/*
 * --config FILE: long options of every command from an INI file (issue #13).
 *
 * Keys before any section are options of every command that has one of that
 * name (db, for example); a section [CMD] holds options of CMD only.  The
 * whole file is checked against every command's option table when it is
 * loaded, whichever command runs, so a mistake in [export] shows on the
 * first crawl, not on the day someone exports.
 *
 * For the command that runs, cli_config_argv builds the argv its getopt_long
 * parser reads: the file's options as "--key=value" first, then the real
 * arguments.  An option the command line gives drops every entry of that
 * option from the file, and a key in the command's section drops the global
 * entries of that key: the command line wins, for a repeatable option too
 * (its list replaces the file's list instead of adding to it).
 *
 * The file is read through ini_parse_stream with a reader that counts lines,
 * because Debian builds inih without INI_HANDLER_LINENO.  Nothing here
 * prints or exits: errors are a result code and a message in the caller's
 * buffer, already shaped "FILE:LINE: message".
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <ini.h>
#include "cli.h"

/* The options whose value is a file or folder: a relative value in a
 * config file is relative to the file's folder, since the working directory
 * of cron or systemd is not the one the file was written in.  The one list;
 * a new FILE or DIR option belongs here. */
static const char *const path_options[] = {
    "db", "seeds", "warc-dir", "log", "rules", "platforms", "ca-file", "out", NULL,
};

typedef struct {
    const char *section;   /* command name (static), NULL before any section */
    char *key, *value;     /* value with a path option already resolved */
    int line, flag;        /* flag: a no_argument option, value "true"/"false" */
    char *arg;             /* "--key=value" or "--key" once in the argv, else NULL */
    char *where;           /* "FILE:LINE" for messages about the value */
} entry;

struct cli_config {
    char *path;            /* as given, for messages */
    char *dir;             /* absolute folder of the file */
    const cli_command *cmds;
    size_t n_cmds;
    entry *e;
    size_t n, cap;
    char **argv;           /* by cli_config_argv: into e[].arg and the caller's argv */
};

typedef struct {
    cli_config *cfg;
    FILE *f;
    int line, next_line;   /* line of the text last read; line of the next read */
    int section_line;      /* line of the last [section] header */
    int err_line;          /* first error found here (0: none), message in err */
    int nomem;             /* out of memory: stop reading */
    int read_errno;        /* why fgets failed, 0 at the end of the file */
    char *err;
    size_t errlen;
} parse_state;

static const cli_command *find_command(const cli_config *cfg, const char *name)
{
    for (size_t i = 0; i < cfg->n_cmds; i++)
        if (strcmp(cfg->cmds[i].name, name) == 0)
            return &cfg->cmds[i];
    return NULL;
}

/* Index of the long option name in opts, or -1. */
static int find_option(const struct option *opts, const char *name)
{
    for (int i = 0; opts && opts[i].name; i++)
        if (strcmp(opts[i].name, name) == 0)
            return i;
    return -1;
}

/* Record "FILE:LINE: message" unless an earlier error is recorded. */
__attribute__((format(printf, 3, 4)))
static void fail_at(parse_state *p, int line, const char *fmt, ...)
{
    if (p->err_line)
        return;
    p->err_line = line;
    int n = snprintf(p->err, p->errlen, "%s:%d: ", p->cfg->path, line);
    if (n >= 0 && (size_t)n < p->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
}

/* A section header names a command with options; checked when the header is
 * read, so that a misspelt section with no keys is reported as well. */
static void check_section(parse_state *p, const char *name, size_t len)
{
    char sec[64];
    if (len >= sizeof(sec)) {
        fail_at(p, p->line, "unknown section [%.60s...]", name);
        return;
    }
    memcpy(sec, name, len);
    sec[len] = '\0';
    const cli_command *c = find_command(p->cfg, sec);
    if (!c)
        fail_at(p, p->line, "unknown section [%s]", sec);
    else if (!c->opts)
        fail_at(p, p->line, "unknown section [%s]: '%s' takes no options from a config file",
                sec, sec);
}

/* fgets for inih that keeps the line number, stops at a line longer than
 * inih's buffer (inih would read its rest as a line of its own) and checks
 * section headers. */
static char *read_line(char *str, int num, void *stream)
{
    parse_state *p = stream;
    if (p->nomem)
        return NULL;
    errno = 0;
    char *s = fgets(str, num, p->f);
    if (!s) {
        p->read_errno = ferror(p->f) ? (errno ? errno : EIO) : 0;
        return NULL;
    }
    p->line = p->next_line;
    size_t len = strlen(s);
    int next = len > 0 && s[len - 1] == '\n' ? '\n' : getc(p->f);
    if (next == '\n') {
        p->next_line++;
    } else if (next != EOF) {
        fail_at(p, p->line, "line longer than %d bytes", num > 3 ? num - 3 : 0);
        return NULL;
    }
    const char *t = s;
    if (p->line == 1 && strncmp(t, "\xEF\xBB\xBF", 3) == 0)
        t += 3;
    const char *end = t[0] == '[' ? strchr(t, ']') : NULL;
    if (end)   /* an indented "[x]" may be a value's continuation: inih decides */
        check_section(p, t + 1, (size_t)(end - t - 1));
    t += strspn(t, " \t");
    if (*t == '[')
        p->section_line = p->line;
    return s;
}

/* "/dir/value" for a relative path option, keeping a "sqlite:" prefix and
 * leaving PostgreSQL URLs alone; a copy of value otherwise.  NULL: no memory. */
static char *resolve_path(const cli_config *cfg, const char *key, const char *value)
{
    const char *prefix = "", *rest = value;
    int is_path = 0;
    for (size_t i = 0; path_options[i]; i++)
        is_path |= strcmp(path_options[i], key) == 0;
    if (is_path && strcmp(key, "db") == 0) {
        if (strncmp(value, "postgres", 8) == 0)
            is_path = 0;
        else if (strncmp(value, "sqlite:", 7) == 0) {
            prefix = "sqlite:";
            rest = value + 7;
        }
    }
    if (!is_path || rest[0] == '/' || rest[0] == '\0')
        return strdup(value);
    size_t n = strlen(prefix) + strlen(cfg->dir) + strlen(rest) + 2;
    char *out = malloc(n);
    if (out)
        snprintf(out, n, "%s%s/%s", prefix, cfg->dir, rest);
    return out;
}

/* The value suits option o: true or false for a flag, text otherwise. */
static int check_value(parse_state *p, const struct option *o, const char *value)
{
    if (o->has_arg == no_argument) {
        if (strcmp(value, "true") == 0 || strcmp(value, "false") == 0)
            return 0;
        fail_at(p, p->line, "'%s' takes true or false, not '%s'", o->name, value);
        return -1;
    }
    if (o->has_arg == required_argument && !*value) {
        fail_at(p, p->line, "'%s' needs a value", o->name);
        return -1;
    }
    return 0;
}

/* Check one key against the option tables; 0 and the option's has_arg in
 * *has_arg, or -1 after recording the error. */
static int check_key(parse_state *p, const cli_command *c, const char *name, const char *value,
                     int *has_arg)
{
    if (c) {
        int i = find_option(c->opts, name);
        if (i < 0) {
            fail_at(p, p->line, "unknown option '%s' in [%s]", name, c->name);
            return -1;
        }
        *has_arg = c->opts[i].has_arg;
        return check_value(p, &c->opts[i], value);
    }
    int found = 0;
    for (size_t k = 0; k < p->cfg->n_cmds; k++) {
        int i = find_option(p->cfg->cmds[k].opts, name);
        if (i < 0)
            continue;
        if (check_value(p, &p->cfg->cmds[k].opts[i], value) != 0)
            return -1;
        *has_arg = p->cfg->cmds[k].opts[i].has_arg;
        found = 1;
    }
    if (!found)
        fail_at(p, p->line, "unknown option '%s' (no command has it)", name);
    return found ? 0 : -1;
}

static int add_entry(parse_state *p, const char *section, const char *key, const char *value,
                     int flag)
{
    cli_config *cfg = p->cfg;
    if (cfg->n == cfg->cap) {
        size_t cap = cfg->cap ? cfg->cap * 2 : 16;
        entry *e = realloc(cfg->e, cap * sizeof(*e));
        if (!e)
            return -1;
        cfg->e = e;
        cfg->cap = cap;
    }
    entry *e = &cfg->e[cfg->n];
    memset(e, 0, sizeof(*e));
    e->section = section;
    e->line = p->line;
    e->flag = flag;
    e->key = strdup(key);
    e->value = flag ? strdup(value) : resolve_path(cfg, key, value);
    size_t n = strlen(cfg->path) + 16;
    e->where = malloc(n);
    if (e->where)
        snprintf(e->where, n, "%s:%d", cfg->path, p->line);
    cfg->n++;   /* counted before the check: free releases what was allocated */
    return e->key && e->value && e->where ? 0 : -1;
}

static int on_entry(void *user, const char *section, const char *name, const char *value)
{
    parse_state *p = user;
    if (p->err_line)
        return 1;   /* only the first error is reported */
    const cli_command *c = NULL;
    if (*section) {
        c = find_command(p->cfg, section);
        if (!c || !c->opts) {
            fail_at(p, p->section_line, "unknown section [%s]", section);
            return 0;
        }
    }
    int has_arg = 0;
    if (check_key(p, c, name, value, &has_arg) != 0)
        return 0;
    if (add_entry(p, c ? c->name : NULL, name, value, has_arg == no_argument) != 0)
        p->nomem = 1;
    return 1;
}

/* Folder of path, absolute and without symbolic links; NULL with errno. */
static char *file_dir(const char *path)
{
    char *copy = strdup(path);
    if (!copy)
        return NULL;
    char *slash = strrchr(copy, '/');
    const char *dir = ".";
    if (slash == copy)
        dir = "/";
    else if (slash) {
        *slash = '\0';
        dir = copy;
    }
    char *abs = realpath(dir, NULL);
    int saved = errno;
    free(copy);
    errno = saved;
    return abs;
}

static cli_config_result read_file(cli_config *cfg, char *err, size_t errlen)
{
    FILE *f = fopen(cfg->path, "r");
    struct stat sb;
    if (f && fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
        fclose(f);
        f = NULL;
        errno = EISDIR;
    }
    if (!f) {
        snprintf(err, errlen, "cannot read config '%s': %s", cfg->path, strerror(errno));
        return CLI_CONFIG_EREAD;
    }
    parse_state p = {.cfg = cfg, .f = f, .next_line = 1, .err = err, .errlen = errlen};
    int r = ini_parse_stream(read_line, &p, on_entry, &p);
    int read_errno = p.read_errno;
    fclose(f);
    if (p.nomem || r == -2) {
        snprintf(err, errlen, "out of memory reading config '%s'", cfg->path);
        return CLI_CONFIG_ENOMEM;
    }
    if (read_errno) {
        snprintf(err, errlen, "cannot read config '%s': %s", cfg->path, strerror(read_errno));
        return CLI_CONFIG_EREAD;
    }
    if (r > 0 && (p.err_line == 0 || r < p.err_line)) {
        snprintf(err, errlen, "%s:%d: expected 'key = value' or '[section]'", cfg->path, r);
        return CLI_CONFIG_EINVAL;
    }
    return p.err_line ? CLI_CONFIG_EINVAL : CLI_CONFIG_OK;
}

cli_config_result cli_config_load(const char *path, const cli_command *cmds, size_t n_cmds,
                                  cli_config **out, char *err, size_t errlen)
{
    *out = NULL;
    err[0] = '\0';
    cli_config *cfg = calloc(1, sizeof(*cfg));
    if (!cfg || !(cfg->path = strdup(path))) {
        free(cfg);
        snprintf(err, errlen, "out of memory reading config '%s'", path);
        return CLI_CONFIG_ENOMEM;
    }
    cfg->cmds = cmds;
    cfg->n_cmds = n_cmds;
    cli_config_result r;
    if (!(cfg->dir = file_dir(path))) {
        snprintf(err, errlen, "cannot read config '%s': %s", path, strerror(errno));
        r = errno == ENOMEM ? CLI_CONFIG_ENOMEM : CLI_CONFIG_EREAD;
    } else {
        r = read_file(cfg, err, errlen);
    }
    if (r != CLI_CONFIG_OK) {
        cli_config_free(cfg);
        return r;
    }
    *out = cfg;
    return CLI_CONFIG_OK;
}

/* Mark in given[] every option of opts the arguments use.  getopt_long
 * itself decides, on a copy of the pointers (it permutes), so abbreviations
 * and "--" count exactly as they will when the command parses. */
static int scan_given(const struct option *opts, int argc, char **argv, unsigned char *given)
{
    char **copy = malloc(((size_t)argc + 1) * sizeof(*copy));
    if (!copy)
        return -1;
    memcpy(copy, argv, (size_t)argc * sizeof(*copy));
    copy[argc] = NULL;
    opterr = 0;
    optind = 0;   /* glibc: start afresh */
    for (;;) {
        int idx = -1, c = getopt_long(argc, copy, "", opts, &idx);
        if (c == -1)
            break;
        if (c != '?' && c != ':' && idx >= 0)
            given[idx] = 1;
    }
    optind = 0;
    free(copy);
    return 0;
}

/* Whether entry i should appear in the argv of command c. */
static int wanted(const cli_config *cfg, size_t i, int opt, const unsigned char *given,
                  const unsigned char *in_section)
{
    const entry *e = &cfg->e[i];
    if (opt < 0 || given[opt] || (!e->section && in_section[opt]))
        return 0;
    if (!e->flag)
        return 1;
    for (size_t j = i + 1; j < cfg->n; j++)   /* the last true/false of a scope counts */
        if (cfg->e[j].section == e->section && strcmp(cfg->e[j].key, e->key) == 0)
            return 0;
    return strcmp(e->value, "true") == 0;
}

static char *make_arg(const entry *e)
{
    size_t n = strlen(e->key) + strlen(e->value) + 4;
    char *a = malloc(n);
    if (!a)
        return NULL;
    if (e->flag || !*e->value)   /* an optional_argument option without one */
        snprintf(a, n, "--%s", e->key);
    else
        snprintf(a, n, "--%s=%s", e->key, e->value);
    return a;
}

cli_config_result cli_config_argv(cli_config *cfg, const cli_command *c, int argc, char **argv,
                                  int *out_argc, char ***out_argv)
{
    size_t n_opts = 0;
    while (c->opts && c->opts[n_opts].name)
        n_opts++;
    unsigned char *given = calloc(n_opts + 1, 2);
    char **av = malloc((cfg->n + (size_t)argc + 1) * sizeof(*av));
    if (!given || !av || (c->opts && scan_given(c->opts, argc, argv, given) != 0)) {
        free(given);
        free(av);
        return CLI_CONFIG_ENOMEM;
    }
    unsigned char *in_section = given + n_opts + 1;
    for (size_t i = 0; i < cfg->n; i++) {
        int opt = find_option(c->opts, cfg->e[i].key);
        if (opt >= 0 && cfg->e[i].section && strcmp(cfg->e[i].section, c->name) == 0)
            in_section[opt] = 1;
    }
    int n = 0;
    av[n++] = argv[0];
    for (size_t i = 0; i < cfg->n; i++) {
        entry *e = &cfg->e[i];
        if (e->section && strcmp(e->section, c->name) != 0)
            continue;
        if (!wanted(cfg, i, find_option(c->opts, e->key), given, in_section))
            continue;
        if (!e->arg && !(e->arg = make_arg(e))) {
            free(given);
            free(av);
            return CLI_CONFIG_ENOMEM;
        }
        av[n++] = e->arg;
    }
    for (int i = 1; i < argc; i++)
        av[n++] = argv[i];
    av[n] = NULL;
    free(given);
    free(cfg->argv);
    cfg->argv = av;
    *out_argc = n;
    *out_argv = av;
    return CLI_CONFIG_OK;
}

const char *cli_config_origin(const cli_config *cfg, const char *value)
{
    for (size_t i = 0; cfg && value && i < cfg->n; i++) {
        const entry *e = &cfg->e[i];
        if (e->arg && !e->flag && *e->value && value == e->arg + 3 + strlen(e->key))
            return e->where;
    }
    return NULL;
}

const char *cli_config_path(const cli_config *cfg)
{
    return cfg ? cfg->path : NULL;
}

void cli_config_free(cli_config *cfg)
{
    if (!cfg)
        return;
    for (size_t i = 0; i < cfg->n; i++) {
        free(cfg->e[i].key);
        free(cfg->e[i].value);
        free(cfg->e[i].arg);
        free(cfg->e[i].where);
    }
    free(cfg->e);
    free(cfg->argv);
    free(cfg->dir);
    free(cfg->path);
    free(cfg);
}

cli_config_result cli_config_take_arg(int *argc, char **argv, const char **path, char *err,
                                      size_t errlen)
{
    *path = NULL;
    for (int a = 1; a < *argc && strcmp(argv[a], "--") != 0;) {
        int take = 0;
        const char *p = NULL;
        if (strcmp(argv[a], "--config") == 0) {
            take = 2;
            p = a + 1 < *argc ? argv[a + 1] : NULL;
        } else if (strncmp(argv[a], "--config=", 9) == 0) {
            take = 1;
            p = argv[a] + 9;
        }
        if (!take) {
            a++;
            continue;
        }
        if (!p || !*p) {
            snprintf(err, errlen, "--config needs a FILE");
            return CLI_CONFIG_EINVAL;
        }
        if (*path) {
            snprintf(err, errlen, "--config given twice ('%s' and '%s')", *path, p);
            return CLI_CONFIG_EINVAL;
        }
        *path = p;
        memmove(&argv[a], &argv[a + take], (size_t)(*argc - a - take + 1) * sizeof(*argv));
        *argc -= take;
    }
    return CLI_CONFIG_OK;
}
