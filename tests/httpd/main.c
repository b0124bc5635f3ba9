/*
 * main.c — command line and server lifetime of the loopback test server.
 *
 *   httpd --root DIR [--bind 127.0.0.1] [--port N] [--port-file FILE]
 *         [--max-seconds S] [--log FILE] [--stats FILE]
 *
 * Serves ROOT/HOST/PATH for origin-form and absolute-form (proxy) requests,
 * with fault injection by path prefix (see --help).  Binds loopback only.
 * The chosen port is announced on stdout as PORT=N and in --port-file only
 * after listen() succeeded.  The server stops by itself after --max-seconds
 * or on SIGTERM/SIGINT, closing every handle so uv_loop_close() returns 0.
 *
 * No global mutable state: the signal handles carry the server in their
 * data pointer like every other handle.  SIGPIPE is ignored process-wide so
 * a client that goes away shows up as a write error, not a dead server.
 * Exit status: 0 clean stop, 1 runtime failure, 2 misuse.
 */
#include <arpa/inet.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>

#include "httpd.h"

struct options {
    const char *root, *bind, *port, *port_file, *max_seconds, *log, *stats;
};

static const struct {
    const char *name, *metavar, *help;
    size_t offset;
} option_table[] = {
    {"--root", "DIR", "serve DIR/HOST/PATH (one folder per host name)",
     offsetof(struct options, root)},
    {"--bind", "ADDR", "listen address, 127.0.0.0/8 or ::1 (default 127.0.0.1)",
     offsetof(struct options, bind)},
    {"--port", "N", "listen port, 0 picks a free one (default 0)",
     offsetof(struct options, port)},
    {"--port-file", "FILE", "write the chosen port to FILE once listening",
     offsetof(struct options, port_file)},
    {"--max-seconds", "S", "stop by itself after S seconds, 0 = never (default 60)",
     offsetof(struct options, max_seconds)},
    {"--log", "FILE", "append one JSON line per request to FILE",
     offsetof(struct options, log)},
    {"--stats", "FILE", "write the /__stats JSON to FILE at exit",
     offsetof(struct options, stats)},
};

static const char help_faults[] =
    "\nFault prefixes (combinable at the front of the path; the rest names the file,\n"
    "or a small generated body when empty):\n"
    "  /__delay/MS/rest      wait MS milliseconds before answering\n"
    "  /__drip/BPS/rest      send the body at BPS bytes per second\n"
    "  /__reset/N/rest       send the head and N body bytes, then reset (RST)\n"
    "  /__status/CODE/rest   answer CODE (429 and 503 add Retry-After: 1)\n"
    "  /__redirect/N/rest    302 chain of N hops ending at rest\n"
    "  /__loop/A             302 loop A -> B -> A\n"
    "  /__endless            chunked body that never ends\n"
    "  /__gzip/rest          gzip Content-Encoding\n"
    "  /__gzipbomb/MB        gzip body inflating to MB MiB of zeros\n"
    "  /__badlen/rest        Content-Length larger than the body, then close\n"
    "  /__charset/LABEL/rest Content-Type: text/html; charset=LABEL\n"
    "  /__ctype/TYPE/rest    Content-Type: TYPE (percent-decoded)\n"
    "  /__stats              per-host counters as JSON (not counted itself):\n"
    "    {\"hosts\":{HOST:{\"requests\",\"max_concurrent\",\"in_flight\",\"max_connections\",\n"
    "     \"min_gap_ms\" (null below two requests),\"starts_ms\" (since server start)}}}\n"
    "    a request starts when its first byte reached the kernel (the socket's receive\n"
    "    timestamp), so the server's own scheduling delay cannot shorten a gap\n"
    "\nA file PATH.status beside PATH holding \"CODE [N]\" makes PATH answer CODE\n"
    "(the next N requests only, when N is given): for fixed paths like /robots.txt.\n"
    "\nIdle keep-alive connections are closed after 15 s.  HTTP/1.0 always closes.\n"
    "\nExit status: 0 clean stop, 1 runtime failure, 2 misuse.\n";

static void usage(FILE *out)
{
    fprintf(out, "usage: httpd --root DIR [options]\n\nLoopback HTTP/1.1 test server "
                 "for wangjian (origin and forward-proxy form).\n\n");
    for (size_t i = 0; i < sizeof option_table / sizeof option_table[0]; i++)
        fprintf(out, "  %-13s %-5s %s\n", option_table[i].name, option_table[i].metavar,
                option_table[i].help);
    fprintf(out, "  %-19s %s\n%s", "--help", "show this help", help_faults);
}

/* Returns 0, or 2 after printing what is wrong. */
static int parse_args(int argc, char **argv, struct options *o)
{
    for (int i = 1; i < argc; i++) {
        size_t k = 0, n = sizeof option_table / sizeof option_table[0];
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            exit(0);
        }
        while (k < n && strcmp(argv[i], option_table[k].name) != 0)
            k++;
        if (k == n) {
            fprintf(stderr, "httpd: unknown option '%s' (see --help)\n", argv[i]);
            return 2;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "httpd: %s needs %s\n", argv[i], option_table[k].metavar);
            return 2;
        }
        *(const char **)((char *)o + option_table[k].offset) = argv[++i];
    }
    if (!o->root) {
        fprintf(stderr, "httpd: --root DIR is required (see --help)\n");
        return 2;
    }
    return 0;
}

static int parse_long(const char *s, long max, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v < 0 || v > max)
        return -1;
    *out = v;
    return 0;
}

/* Resolve --bind/--port into addr; refuse anything but loopback. */
static int loopback_addr(const char *bind, long port, struct sockaddr_storage *addr)
{
    struct sockaddr_in *in4 = (struct sockaddr_in *)addr;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)addr;
    memset(addr, 0, sizeof *addr);
    if (uv_ip4_addr(bind, (int)port, in4) == 0) {
        if ((ntohl(in4->sin_addr.s_addr) >> 24) == 127)
            return 0;
    } else if (uv_ip6_addr(bind, (int)port, in6) == 0) {
        if (IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr))
            return 0;
    } else {
        fprintf(stderr, "httpd: --bind '%s' is not an IP address\n", bind);
        return 2;
    }
    fprintf(stderr, "httpd: refusing to bind '%s': only loopback (127.0.0.0/8, ::1) is allowed\n",
            bind);
    return 2;
}

static void on_server_close(uv_handle_t *handle)
{
    struct httpd_server *srv = handle->data;
    srv->handles_open--;
}

static void server_stop(struct httpd_server *srv)
{
    if (srv->stopping)
        return;
    srv->stopping = 1;
    uv_close((uv_handle_t *)&srv->listener, on_server_close);
    uv_close((uv_handle_t *)&srv->deadline, on_server_close);
    uv_close((uv_handle_t *)&srv->sigterm, on_server_close);
    uv_close((uv_handle_t *)&srv->sigint, on_server_close);
    httpd_conns_close_all(srv);
}

static void on_deadline(uv_timer_t *timer)
{
    fprintf(stderr, "httpd: --max-seconds reached, stopping\n");
    server_stop(timer->data);
}

static void on_signal(uv_signal_t *sig, int signum)
{
    fprintf(stderr, "httpd: signal %d, stopping\n", signum);
    server_stop(sig->data);
}

/* Write "N\n" to path via a temporary name, so a reader never sees it half
 * written. */
static int write_port_file(const char *path, int port)
{
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
        return -1;
    FILE *f = fopen(tmp, "w");
    if (!f)
        return -1;
    int ok = fprintf(f, "%d\n", port) > 0;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}

/* Bind, listen and announce the port. Returns 0 or 1 (message printed). */
static int start_listening(struct httpd_server *srv, const struct sockaddr_storage *addr,
                           const char *port_file)
{
    struct sockaddr_storage got;
    int len = sizeof got, r;
    r = uv_tcp_bind(&srv->listener, (const struct sockaddr *)addr, 0);
    /* Receive timestamps for the politeness counters (conn.c, peek_arrival).
     * Set on the listener so accepted sockets inherit it: a request that
     * arrives before its connection is accepted is stamped too. */
    uv_os_fd_t fd;
    int on = 1;
    if (r == 0 && uv_fileno((uv_handle_t *)&srv->listener, &fd) == 0 &&
        setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) != 0)
        fprintf(stderr, "httpd: no receive timestamps; request gaps are measured on reading\n");
    if (r == 0)
        r = uv_listen((uv_stream_t *)&srv->listener, 128, httpd_on_connection);
    if (r == 0)
        r = uv_tcp_getsockname(&srv->listener, (struct sockaddr *)&got, &len);
    if (r != 0) {
        fprintf(stderr, "httpd: cannot listen: %s\n", uv_strerror(r));
        return 1;
    }
    int port = ntohs(got.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&got)->sin6_port
                                               : ((struct sockaddr_in *)&got)->sin_port);
    printf("PORT=%d\n", port);
    fflush(stdout);
    if (port_file && write_port_file(port_file, port) != 0) {
        fprintf(stderr, "httpd: cannot write port file '%s'\n", port_file);
        return 1;
    }
    return 0;
}

static int write_stats_file(const struct httpd_server *srv, const char *path)
{
    char *json = httpd_stats_json(srv);
    FILE *f = json ? fopen(path, "w") : NULL;
    int ok = f && fprintf(f, "%s\n", json) > 0;
    if (f)
        ok = (fclose(f) == 0) && ok;
    free(json);
    if (!ok)
        fprintf(stderr, "httpd: cannot write stats file '%s'\n", path);
    return ok ? 0 : 1;
}

/* Initialise handles, serve until stopped, close everything. */
static int serve(struct httpd_server *srv, const struct sockaddr_storage *addr,
                 const struct options *o, long max_seconds)
{
    uv_tcp_init(srv->loop, &srv->listener);
    uv_timer_init(srv->loop, &srv->deadline);
    uv_signal_init(srv->loop, &srv->sigterm);
    uv_signal_init(srv->loop, &srv->sigint);
    srv->listener.data = srv->deadline.data = srv->sigterm.data = srv->sigint.data = srv;
    srv->handles_open = 4;
    int result = start_listening(srv, addr, o->port_file);
    if (result == 0) {
        uv_signal_start(&srv->sigterm, on_signal, SIGTERM);
        uv_signal_start(&srv->sigint, on_signal, SIGINT);
        if (max_seconds > 0)
            uv_timer_start(&srv->deadline, on_deadline, (uint64_t)max_seconds * 1000, 0);
    } else {
        server_stop(srv);
    }
    uv_run(srv->loop, UV_RUN_DEFAULT);
    if (srv->handles_open != 0 || uv_loop_close(srv->loop) != 0) {
        fprintf(stderr, "httpd: event loop did not close cleanly\n");
        result = 1;
    }
    return result;
}

int main(int argc, char **argv)
{
    struct options o = {.bind = "127.0.0.1", .port = "0", .max_seconds = "60"};
    long port, max_seconds;
    struct sockaddr_storage addr;
    struct stat st;
    int result = parse_args(argc, argv, &o);
    if (result != 0)
        return result;
    if (parse_long(o.port, 65535, &port) != 0 || parse_long(o.max_seconds, 86400, &max_seconds) != 0) {
        fprintf(stderr, "httpd: --port must be 0..65535 and --max-seconds 0..86400\n");
        return 2;
    }
    if (loopback_addr(o.bind, port, &addr) != 0)
        return 2;
    if (stat(o.root, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "httpd: --root '%s' is not a directory\n", o.root);
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    struct httpd_server srv;
    uv_loop_t loop;
    memset(&srv, 0, sizeof srv);
    srv.root = o.root;
    srv.start_ns = uv_hrtime();
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    srv.realtime_offset_ns = (int64_t)rt.tv_sec * 1000000000 + rt.tv_nsec - (int64_t)uv_hrtime();
    srv.loop = &loop;
    srv.filler = malloc(HTTPD_FILLER);
    if (o.log && !(srv.log = fopen(o.log, "a")))
        fprintf(stderr, "httpd: cannot open log '%s'\n", o.log);
    if (!srv.filler || (o.log && !srv.log) || uv_loop_init(&loop) != 0) {
        free(srv.filler);
        if (srv.log)
            fclose(srv.log);
        return 1;
    }
    for (size_t i = 0; i < HTTPD_FILLER; i++)
        srv.filler[i] = "wangjian endless body\n"[i % 22];
    result = serve(&srv, &addr, &o, max_seconds);
    if (o.stats && result == 0)
        result = write_stats_file(&srv, o.stats);
    httpd_hosts_free(&srv);
    free(srv.filler);
    if (srv.log)
        fclose(srv.log);
    return result;
}
