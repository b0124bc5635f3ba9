/*
 * test_cli_config.c — cli/config.c, the --config FILE reader: which
 * options reach a command's argv and in what order, the command line
 * winning, relative paths, and every mistake named by FILE:LINE.
 *
 * cli/ is not a library the unit tests link, so the file is compiled in
 * here (it prints nothing and calls nothing else of cli/).  The commands
 * are a small table of their own, so the test does not follow every
 * option the real commands gain.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../cli/config.c"

static const struct option crawl_o[] = {
    {"db", required_argument, 0, 1}, {"seeds", required_argument, 0, 2},
    {"resolve", required_argument, 0, 3}, {"quiet", no_argument, 0, 4},
    {"max-pages", required_argument, 0, 5}, {"user-agent", required_argument, 0, 6},
    {0, 0, 0, 0}};
static const struct option leads_o[] = {
    {"db", required_argument, 0, 1}, {"status", required_argument, 0, 2}, {0, 0, 0, 0}};
static const struct option parse_o[] = {{"url", required_argument, 0, 1}, {0, 0, 0, 0}};

static int run_none(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static const cli_command cmds[] = {
    {"crawl", run_none, crawl_o, "", ""},
    {"leads", run_none, leads_o, "", ""},
    {"parse", run_none, parse_o, "", ""},
    {"rules", run_none, NULL, "", ""},
};
#define N_CMDS (sizeof(cmds) / sizeof(cmds[0]))

static char dir[PATH_MAX];   /* realpath of the test's folder */
static char path[PATH_MAX + 16];
static char err[1024];

static int setup(void **state)
{
    (void)state;
    char tmpl[] = "/tmp/wangjian-cfg.XXXXXX";
    if (!mkdtemp(tmpl) || !realpath(tmpl, dir))
        return -1;
    snprintf(path, sizeof(path), "%s/w.conf", dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    rmdir(dir);
    return 0;
}

static void write_conf(const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static cli_config *load_ok(const char *text)
{
    cli_config *cfg = NULL;
    write_conf(text);
    cli_config_result r = cli_config_load(path, cmds, N_CMDS, &cfg, err, sizeof(err));
    if (r != CLI_CONFIG_OK)
        fail_msg("load failed: %s", err);
    return cfg;
}

/* The load fails with EINVAL and a message "PATH:LINE: want". */
static void load_fails(const char *text, int line, const char *want)
{
    cli_config *cfg = (cli_config *)1;
    write_conf(text);
    assert_int_equal(cli_config_load(path, cmds, N_CMDS, &cfg, err, sizeof(err)), CLI_CONFIG_EINVAL);
    assert_null(cfg);
    char expect[sizeof(path) + 1100];
    snprintf(expect, sizeof(expect), "%s:%d: %s", path, line, want);
    assert_string_equal(err, expect);
}

/* cmd's argv built from cfg and args (NULL-terminated, args[0] the
 * command), joined by spaces with the folder shown as DIR. */
static const char *built(cli_config *cfg, const char *cmd, const char **args)
{
    static char out[4096];
    char *argv[32];
    int argc = 0;
    while (args[argc]) {
        argv[argc] = (char *)args[argc];
        argc++;
    }
    argv[argc] = NULL;
    const cli_command *c = find_command(cfg, cmd);
    assert_non_null(c);
    int n = 0;
    char **av = NULL;
    assert_int_equal(cli_config_argv(cfg, c, argc, argv, &n, &av), CLI_CONFIG_OK);
    assert_null(av[n]);
    out[0] = '\0';
    size_t dl = strlen(dir);
    for (int i = 0; i < n; i++) {
        const char *a = av[i];
        char buf[1024];
        const char *hit = strstr(a, dir);
        if (hit) {
            snprintf(buf, sizeof(buf), "%.*sDIR%s", (int)(hit - a), a, hit + dl);
            a = buf;
        }
        snprintf(out + strlen(out), sizeof(out) - strlen(out), "%s%s", i ? " " : "", a);
    }
    return out;
}

static void globals_and_sections(void **state)
{
    (void)state;
    cli_config *cfg = load_ok("; global\n"
                              "db = data/w.db\n"
                              "[crawl]\n"
                              "seeds = /abs/seeds.txt\n"
                              "resolve = a:80:127.0.0.1\n"
                              "resolve = b:80:127.0.0.1\n"
                              "quiet = true\n"
                              "user-agent = Mozilla/5.0 (X11; Linux x86_64)\n"
                              "[leads]\n"
                              "status = all\n");
    const char *crawl[] = {"crawl", "http://a/", NULL};
    assert_string_equal(built(cfg, "crawl", crawl),
                        "crawl --db=DIR/data/w.db --seeds=/abs/seeds.txt --resolve=a:80:127.0.0.1 "
                        "--resolve=b:80:127.0.0.1 --quiet --user-agent=Mozilla/5.0 (X11; Linux x86_64) "
                        "http://a/");
    const char *leads[] = {"leads", NULL};
    assert_string_equal(built(cfg, "leads", leads), "leads --db=DIR/data/w.db --status=all");
    /* parse has no --db: the global key does not reach it */
    const char *parse[] = {"parse", "page.html", NULL};
    assert_string_equal(built(cfg, "parse", parse), "parse page.html");
    const char *rules[] = {"rules", "list", NULL};
    assert_string_equal(built(cfg, "rules", rules), "rules list");
    cli_config_free(cfg);
}

static void command_line_wins(void **state)
{
    (void)state;
    cli_config *cfg = load_ok("db = a.db\n[crawl]\nresolve = a:80:1.2.3.4\nresolve = b:80:1.2.3.4\n"
                              "max-pages = 5\nseeds = s.txt\n");
    /* a scalar, an abbreviation getopt accepts, a repeatable: all replace */
    const char *args[] = {"crawl", "--db", "b.db", "--max-p=7", "--resolve", "c:80:1.2.3.4", "u", NULL};
    assert_string_equal(built(cfg, "crawl", args),
                        "crawl --seeds=DIR/s.txt --db b.db --max-p=7 --resolve c:80:1.2.3.4 u");
    /* after "--" nothing is an option */
    const char *dashes[] = {"crawl", "--", "--db=x", NULL};
    assert_string_equal(built(cfg, "crawl", dashes),
                        "crawl --db=DIR/a.db --resolve=a:80:1.2.3.4 --resolve=b:80:1.2.3.4 "
                        "--max-pages=5 --seeds=DIR/s.txt -- --db=x");
    cli_config_free(cfg);
}

static void section_beats_global_and_flags(void **state)
{
    (void)state;
    cli_config *cfg = load_ok("db = global.db\nquiet = true\n[crawl]\ndb = crawl.db\nquiet = false\n"
                              "[leads]\n");
    const char *crawl[] = {"crawl", NULL};
    assert_string_equal(built(cfg, "crawl", crawl), "crawl --db=DIR/crawl.db");
    const char *leads[] = {"leads", NULL};
    assert_string_equal(built(cfg, "leads", leads), "leads --db=DIR/global.db");
    cli_config_free(cfg);
    cfg = load_ok("[crawl]\nquiet = false\nquiet = true\n");
    assert_string_equal(built(cfg, "crawl", crawl), "crawl --quiet");
    cli_config_free(cfg);
}

static void paths(void **state)
{
    (void)state;
    cli_config *cfg = load_ok("[crawl]\ndb = sqlite:rel.db\nseeds = ../up.txt\n");
    const char *crawl[] = {"crawl", NULL};
    assert_string_equal(built(cfg, "crawl", crawl), "crawl --db=sqlite:DIR/rel.db --seeds=DIR/../up.txt");
    cli_config_free(cfg);
    cfg = load_ok("[crawl]\ndb = postgres://h/db\nuser-agent = rel/1.0\n");
    assert_string_equal(built(cfg, "crawl", crawl), "crawl --db=postgres://h/db --user-agent=rel/1.0");
    cli_config_free(cfg);
}

/* An optarg the command gets from the built argv is traced to its line. */
static void origin_of_a_value(void **state)
{
    (void)state;
    cli_config *cfg = load_ok("db = a.db\n\n[crawl]\nmax-pages = abc\n");
    char *argv[] = {"crawl", "--max-pages", "9", NULL};
    char **av = NULL;
    int n = 0;
    assert_int_equal(cli_config_argv(cfg, &cmds[0], 1, argv, &n, &av), CLI_CONFIG_OK);
    assert_int_equal(n, 3);
    const char *val = strchr(av[2], '=') + 1;
    char want[PATH_MAX + 32];
    snprintf(want, sizeof(want), "%s:4", path);
    assert_string_equal(cli_config_origin(cfg, val), want);
    assert_null(cli_config_origin(cfg, av[2]));
    char copy[] = "abc";
    assert_null(cli_config_origin(cfg, copy));
    assert_null(cli_config_origin(NULL, val));
    /* given on the command line: the file's entry is gone, its value too */
    assert_int_equal(cli_config_argv(cfg, &cmds[0], 3, argv, &n, &av), CLI_CONFIG_OK);
    assert_null(cli_config_origin(cfg, av[3]));
    cli_config_free(cfg);
}

static void mistakes_name_their_line(void **state)
{
    (void)state;
    load_fails("db = x\n[crawl]\n\nseedz = s.txt\n", 4, "unknown option 'seedz' in [crawl]");
    load_fails("db = x\n\n[crawll]\n", 3, "unknown section [crawll]");
    load_fails("[crawl]\nquiet = yes\n", 2, "'quiet' takes true or false, not 'yes'");
    load_fails("[leads]\nstatus =\n", 2, "'status' needs a value");
    load_fails("# c\nfrob = 1\n", 2, "unknown option 'frob' (no command has it)");
    load_fails("[rules]\n", 1, "unknown section [rules]: 'rules' takes no options from a config file");
    load_fails("db = x\nnot a pair\n[crawl]\nseedz = 1\n", 2, "expected 'key = value' or '[section]'");
    load_fails("[crawl]\nseeds = s\nseedz = 1\nbogus\n", 3, "unknown option 'seedz' in [crawl]");
    /* a key of [leads] only is not one of crawl's */
    load_fails("[crawl]\nstatus = all\n", 2, "unknown option 'status' in [crawl]");
    char longline[400];
    snprintf(longline, sizeof(longline), "db = x\n[crawl]\nuser-agent = %0300d\n", 7);
    load_fails(longline, 3, "line longer than 197 bytes");
    snprintf(longline, sizeof(longline), "[crawl]\nuser-agent = %0187d", 7);   /* 200 bytes, no newline */
    load_fails(longline, 2, "line longer than 197 bytes");
}

/* The longest line inih's 200-byte buffer holds, with or without a newline. */
static void longest_line(void **state)
{
    (void)state;
    char text[400];
    snprintf(text, sizeof(text), "[crawl]\nuser-agent = %0186d\nquiet = true\n", 7);
    cli_config *cfg = load_ok(text);
    const char *crawl[] = {"crawl", NULL};
    assert_int_equal(strlen(built(cfg, "crawl", crawl)), strlen("crawl --user-agent=") + 186 + strlen(" --quiet"));
    cli_config_free(cfg);
    snprintf(text, sizeof(text), "[crawl]\nuser-agent = %0186d", 7);
    cfg = load_ok(text);
    cli_config_free(cfg);
}

static void unreadable_file(void **state)
{
    (void)state;
    cli_config *cfg = NULL;
    assert_int_equal(cli_config_load("/nonexistent/w.conf", cmds, N_CMDS, &cfg, err, sizeof(err)),
                     CLI_CONFIG_EREAD);
    assert_string_equal(err, "cannot read config '/nonexistent/w.conf': No such file or directory");
    assert_int_equal(cli_config_load(dir, cmds, N_CMDS, &cfg, err, sizeof(err)), CLI_CONFIG_EREAD);
    assert_non_null(strstr(err, "Is a directory"));
}

static void take_arg(void **state)
{
    (void)state;
    const char *p = NULL;
    char *a1[] = {"crawl", "--db", "x", "--config", "c.conf", "u", NULL};
    int n = 6;
    assert_int_equal(cli_config_take_arg(&n, a1, &p, err, sizeof(err)), CLI_CONFIG_OK);
    assert_string_equal(p, "c.conf");
    assert_int_equal(n, 4);
    assert_string_equal(a1[3], "u");
    assert_null(a1[4]);
    char *a2[] = {"leads", "--config=d.conf", NULL};
    n = 2;
    assert_int_equal(cli_config_take_arg(&n, a2, &p, err, sizeof(err)), CLI_CONFIG_OK);
    assert_string_equal(p, "d.conf");
    assert_int_equal(n, 1);
    char *a3[] = {"leads", "--", "--config", "e", NULL};
    n = 4;
    assert_int_equal(cli_config_take_arg(&n, a3, &p, err, sizeof(err)), CLI_CONFIG_OK);
    assert_null(p);
    assert_int_equal(n, 4);
    char *a4[] = {"leads", "--config", NULL};
    n = 2;
    assert_int_equal(cli_config_take_arg(&n, a4, &p, err, sizeof(err)), CLI_CONFIG_EINVAL);
    assert_string_equal(err, "--config needs a FILE");
    char *a5[] = {"leads", "--config=a", "--config", "b", NULL};
    n = 4;
    assert_int_equal(cli_config_take_arg(&n, a5, &p, err, sizeof(err)), CLI_CONFIG_EINVAL);
    assert_string_equal(err, "--config given twice ('a' and 'b')");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(globals_and_sections),
        cmocka_unit_test(command_line_wins),
        cmocka_unit_test(section_beats_global_and_flags),
        cmocka_unit_test(paths),
        cmocka_unit_test(origin_of_a_value),
        cmocka_unit_test(mistakes_name_their_line),
        cmocka_unit_test(longest_line),
        cmocka_unit_test(unreadable_file),
        cmocka_unit_test(take_arg),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
