/*
 * The browser process (loop thread): started headless as a session leader
 * with --remote-debugging-pipe, its fd 3 (commands in) and fd 4 (answers
 * and events out) connected to two libuv pipes; CDP messages are JSON
 * texts each ended by a NUL byte.  Every handle lives inside the browser
 * struct, which is freed in the close callback of the last of them.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "render_int.h"

#define MEM_CHECK_MS 1000
#define READ_CHUNK 65536

const char *render_strerror(render_result r)
{
    switch (r) {
    case RENDER_OK: return "ok";
    case RENDER_ENOMEM: return "out of memory";
    case RENDER_EINVAL: return "invalid argument";
    case RENDER_ENOBROWSER: return "chromium not found";
    case RENDER_ESTART: return "the browser could not be started";
    case RENDER_EPROTO: return "unexpected answer from the browser";
    case RENDER_ETIMEOUT: return "the page did not finish within its time budget";
    case RENDER_ECRASH: return "the browser or its tab crashed";
    case RENDER_ENAVIGATE: return "the browser could not load the page";
    case RENDER_EMEMORY: return "the browser passed its memory limit";
    }
    return "unknown render error";
}

static int executable(const char *path)
{
    struct stat st;
    return path && *path && stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

int render_find_chromium(const render_options *o, char *out, size_t outlen)
{
    const char *env = getenv("WANGJIAN_CHROMIUM");
    /* a binary named explicitly is the only one tried */
    const char *named = o && o->chromium ? o->chromium : env && *env ? env : NULL;
    if (named)
        return executable(named) && (size_t)snprintf(out, outlen, "%s", named) < outlen ? 0 : -1;
    if (executable("/usr/lib/chromium/chromium"))
        return (size_t)snprintf(out, outlen, "%s", "/usr/lib/chromium/chromium") < outlen ? 0 : -1;
    const char *path = getenv("PATH");
    for (const char *p = path ? path : "/usr/bin:/bin"; p && *p;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        char full[4096];
        if (n > 0 && (size_t)snprintf(full, sizeof(full), "%.*s/chromium", (int)n, p) < sizeof(full) &&
            executable(full))
            return (size_t)snprintf(out, outlen, "%s", full) < outlen ? 0 : -1;
        p = colon ? colon + 1 : NULL;
    }
    return -1;
}

/* ---- closing ---- */

static void free_browser(render_browser *b)
{
    render_result r = b->close_r;
    char why[sizeof(b->close_why)];
    memcpy(why, b->close_why, sizeof(why));
    for (render_cmd *c = b->cmds, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    render_profile_remove(b->profile);
    free(b->profile);
    free(b->in);
    render_closed_cb cb = b->on_closed;
    void *arg = b->arg;
    if (cb)
        cb(b, r, why, arg);
    free(b);
}

static void on_handle_closed(uv_handle_t *h)
{
    render_browser *b = h->data;
    if (--b->open_handles == 0)
        free_browser(b);
}

static void close_handle(render_browser *b, uv_handle_t *h)
{
    if (!uv_is_closing(h)) {
        h->data = b;
        uv_close(h, on_handle_closed);
    }
}

/* The process is gone (or never started): finish its pages, close the
 * pipes and the timer. */
static void shut(render_browser *b)
{
    b->closing = 1;
    render_pages_abort(b, b->close_r, b->close_why);
    close_handle(b, (uv_handle_t *)&b->to_browser);
    close_handle(b, (uv_handle_t *)&b->from_browser);
    close_handle(b, (uv_handle_t *)&b->mem_timer);
}

void render_browser_kill(render_browser *b, render_result r, const char *why)
{
    if (!b->close_why[0]) {
        b->close_r = r;
        snprintf(b->close_why, sizeof(b->close_why), "%s", why);
    }
    if (b->proc_running)
        kill(-b->proc.pid, SIGKILL);   /* the session it leads: every child too */
    b->closing = 1;
}

void render_browser_close(render_browser *b)
{
    if (b)
        render_browser_kill(b, RENDER_ECRASH, "browser closed");
}

static void on_exit_cb(uv_process_t *proc, int64_t status, int sig)
{
    render_browser *b = proc->data;
    b->proc_running = 0;
    kill(-proc->pid, SIGKILL);   /* children the leader left behind */
    if (!b->close_why[0]) {
        b->close_r = RENDER_ECRASH;
        snprintf(b->close_why, sizeof(b->close_why), "browser exited (status %lld, signal %d)",
                 (long long)status, sig);
    }
    shut(b);
    close_handle(b, (uv_handle_t *)proc);
}

int render_browser_alive(const render_browser *b)
{
    return b && b->proc_running && !b->closing;
}

int render_browser_pages(const render_browser *b)
{
    return b ? b->n_pages : 0;
}

long render_browser_rss_kb(const render_browser *b)
{
    return b ? b->rss_kb : 0;
}

long render_browser_peak_kb(const render_browser *b)
{
    return b ? b->peak_kb : 0;
}

static void on_mem_timer(uv_timer_t *t)
{
    render_browser *b = t->data;
    if (!b->proc_running || b->closing)
        return;
    b->rss_kb = render_proc_rss_kb(b->proc.pid);
    if (b->rss_kb > b->peak_kb)
        b->peak_kb = b->rss_kb;
    if (b->max_mb > 0 && b->rss_kb > b->max_mb * 1024) {
        char why[128];
        snprintf(why, sizeof(why), "browser memory %ld MiB passed the limit of %ld MiB",
                 b->rss_kb / 1024, b->max_mb);
        render_browser_kill(b, RENDER_EMEMORY, why);
    }
}

/* ---- messages ---- */

typedef struct {
    uv_write_t req;
    char *text;
} out_msg;

static void on_written(uv_write_t *req, int status)
{
    (void)status;   /* a failed write means the browser is gone: on_exit_cb says so */
    out_msg *m = req->data;
    free(m->text);
    free(m);
}

int render_send(render_browser *b, render_page *p, const char *session, const char *method,
                json_t *params, render_reply_fn fn)
{
    if (!b->proc_running || b->closing) {
        json_decref(params);
        return -1;
    }
    long id = ++b->next_id;
    json_t *msg = json_pack("{s:I, s:s, s:o}", "id", (json_int_t)id, "method", method, "params",
                            params ? params : json_object());
    if (msg && session)
        json_object_set_new(msg, "sessionId", json_string(session));
    char *text = msg ? json_dumps(msg, JSON_COMPACT) : NULL;
    json_decref(msg);
    out_msg *m = text ? calloc(1, sizeof(*m)) : NULL;
    render_cmd *c = m ? calloc(1, sizeof(*c)) : NULL;
    if (!c) {
        free(m);
        free(text);
        return -1;
    }
    m->text = text;
    m->req.data = m;
    uv_buf_t buf = uv_buf_init(text, (unsigned)strlen(text) + 1);   /* the NUL ends it */
    if (uv_write(&m->req, (uv_stream_t *)&b->to_browser, &buf, 1, on_written) != 0) {
        free(c);
        free(m);
        free(text);
        return -1;
    }
    c->id = id;
    c->page = p;
    c->fn = fn;
    c->next = b->cmds;
    b->cmds = c;
    return 0;
}

void render_forget_page(render_browser *b, render_page *p)
{
    for (render_cmd *c = b->cmds; c; c = c->next)
        if (c->page == p)
            c->page = NULL;
}

static void dispatch(render_browser *b, const char *text, size_t len)
{
    json_t *msg = json_loadb(text, len, 0, NULL);
    if (!json_is_object(msg)) {
        json_decref(msg);
        render_browser_kill(b, RENDER_EPROTO, "the browser sent a message that is not JSON");
        return;
    }
    json_t *id = json_object_get(msg, "id");
    if (json_is_integer(id)) {
        render_cmd **pp = &b->cmds;
        while (*pp && (*pp)->id != (long)json_integer_value(id))
            pp = &(*pp)->next;
        render_cmd *c = *pp;
        if (c) {
            *pp = c->next;
            if (c->page && c->fn)
                c->fn(c->page, json_object_get(msg, "result"), json_object_get(msg, "error"));
            free(c);
        }
    } else {
        const char *method = json_string_value(json_object_get(msg, "method"));
        if (method)
            render_page_event(b, json_string_value(json_object_get(msg, "sessionId")), method,
                              json_object_get(msg, "params"));
    }
    json_decref(msg);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    (void)suggested;
    render_browser *b = h->data;
    if (b->in_cap - b->in_len < READ_CHUNK) {
        size_t cap = b->in_cap ? b->in_cap * 2 : 4 * READ_CHUNK;
        char *in = realloc(b->in, cap);
        if (!in) {
            *buf = uv_buf_init(NULL, 0);   /* libuv reports UV_ENOBUFS */
            return;
        }
        b->in = in;
        b->in_cap = cap;
    }
    *buf = uv_buf_init(b->in + b->in_len, (unsigned)(b->in_cap - b->in_len));
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf)
{
    (void)buf;
    render_browser *b = s->data;
    if (n < 0) {
        uv_read_stop(s);
        render_browser_kill(b, n == UV_ENOBUFS ? RENDER_ENOMEM : RENDER_ECRASH,
                            n == UV_EOF ? "the browser closed its pipe" : uv_strerror((int)n));
        return;
    }
    size_t scan = b->in_len;
    b->in_len += (size_t)n;
    size_t start = 0;
    char *nul;
    while (!b->closing && (nul = memchr(b->in + scan, '\0', b->in_len - scan))) {
        size_t end = (size_t)(nul - b->in);
        dispatch(b, b->in + start, end - start);
        start = scan = end + 1;
    }
    if (b->closing)
        return;
    memmove(b->in, b->in + start, b->in_len - start);
    b->in_len -= start;
    if (b->in_len > RENDER_MSG_MAX) {
        uv_read_stop(s);
        render_browser_kill(b, RENDER_EPROTO, "the browser sent a message over the size limit");
    }
}

/* ---- starting ---- */

/* uid/gid of the user to run as when we are root (else -1). */
static int lookup_user(const char *name, long *uid, long *gid, char *err, size_t errlen)
{
    *uid = *gid = -1;
    if (geteuid() != 0)
        return 0;
    char buf[4096];
    struct passwd pw, *res = NULL;
    if (getpwnam_r(name, &pw, buf, sizeof(buf), &res) != 0 || !res) {
        snprintf(err, errlen, "running as root and there is no user '%s' to run the browser as",
                 name);
        return -1;
    }
    if (pw.pw_uid == 0) {
        snprintf(err, errlen, "user '%s' is root: the browser must not run as root", name);
        return -1;
    }
    *uid = (long)pw.pw_uid;
    *gid = (long)pw.pw_gid;
    return 0;
}

#define MAX_ARGS 32

/* The command line: headless, the pipe, a fresh profile, no extensions,
 * no network of its own (dead proxy, every name NOTFOUND), no WebRTC
 * outside the proxy, iframes in the page's process (so Fetch sees their
 * requests too), a bounded script heap per tab. */
static void build_args(const char *bin, const char *profile, int w, int h, char *dirarg,
                       size_t dirlen, char *winarg, size_t winlen, char **argv)
{
    snprintf(dirarg, dirlen, "--user-data-dir=%s", profile);
    snprintf(winarg, winlen, "--window-size=%d,%d", w, h);
    const char *fixed[] = {
        bin, "--headless", "--remote-debugging-pipe", dirarg, winarg, "--no-first-run",
        "--no-default-browser-check", "--disable-extensions",
        "--disable-component-extensions-with-background-pages", "--disable-background-networking",
        "--disable-sync", "--disable-default-apps", "--disable-breakpad", "--mute-audio",
        "--hide-scrollbars", "--disable-gpu", "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--force-webrtc-ip-handling-policy", "--disable-site-isolation-trials",
        "--disable-features=IsolateOrigins,site-per-process,MediaRouter,OptimizationHints",
        "--password-store=basic", "--use-mock-keychain",
        /* shared memory in the profile's file system, not /dev/shm, which
         * containers and chroots make small or root's alone */
        "--disable-dev-shm-usage",
        /* a page that allocates without bound kills its own tab (512 MiB of
         * script heap), not the machine */
        "--js-flags=--max-old-space-size=512", "about:blank", NULL};
    _Static_assert(sizeof(fixed) / sizeof(fixed[0]) <= MAX_ARGS, "argv too small");
    for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
        argv[i] = (char *)fixed[i];   /* the last is the NULL that ends argv */
}

static int spawn(render_browser *b, const char *bin, long uid, long gid, int log_fd, char *err,
                 size_t errlen)
{
    char dirarg[4200], winarg[64], home[4200];
    char *argv[MAX_ARGS];
    build_args(bin, b->profile, b->width, b->height, dirarg, sizeof(dirarg), winarg,
               sizeof(winarg), argv);
    snprintf(home, sizeof(home), "HOME=%s", b->profile);
    char *env[] = {home, "PATH=/usr/bin:/bin", "LANG=C.UTF-8", NULL};
    uv_stdio_container_t io[5];
    io[0].flags = UV_IGNORE;
    io[1].flags = UV_IGNORE;
    io[2].flags = log_fd >= 0 ? UV_INHERIT_FD : UV_IGNORE;
    io[2].data.fd = log_fd;
    io[3].flags = UV_CREATE_PIPE | UV_READABLE_PIPE;   /* the child's view */
    io[3].data.stream = (uv_stream_t *)&b->to_browser;
    io[4].flags = UV_CREATE_PIPE | UV_WRITABLE_PIPE;
    io[4].data.stream = (uv_stream_t *)&b->from_browser;
    uv_process_options_t po = {0};
    po.exit_cb = on_exit_cb;
    po.file = bin;
    po.args = argv;
    po.env = env;
    po.cwd = b->profile;
    po.stdio = io;
    po.stdio_count = 5;
    po.flags = UV_PROCESS_DETACHED;   /* setsid: its own session and process group */
    if (uid >= 0) {
        po.flags |= UV_PROCESS_SETUID | UV_PROCESS_SETGID;   /* libuv also drops groups */
        po.uid = (uv_uid_t)uid;
        po.gid = (uv_gid_t)gid;
    }
    b->proc.data = b;
    int e = uv_spawn(b->loop, &b->proc, &po);
    b->open_handles++;   /* a failed uv_spawn leaves the handle to be closed too */
    if (e != 0) {
        snprintf(err, errlen, "cannot start %s: %s", bin, uv_strerror(e));
        close_handle(b, (uv_handle_t *)&b->proc);
        return -1;
    }
    b->proc_running = 1;
    return 0;
}

/* Initialise the pipes and the timer (counted in open_handles). */
static void init_handles(render_browser *b)
{
    uv_pipe_init(b->loop, &b->to_browser, 0);
    uv_pipe_init(b->loop, &b->from_browser, 0);
    uv_timer_init(b->loop, &b->mem_timer);
    b->to_browser.data = b->from_browser.data = b->mem_timer.data = b;
    b->open_handles = 3;
}

render_result render_browser_start(uv_loop_t *loop, const render_options *o,
                                   render_browser **out, char *err, size_t errlen)
{
    char bin[4096];
    long uid, gid;
    *out = NULL;
    if (render_find_chromium(o, bin, sizeof(bin)) != 0) {
        snprintf(err, errlen, "chromium not found (make deps installs it; or set WANGJIAN_CHROMIUM)");
        return RENDER_ENOBROWSER;
    }
    if (lookup_user(o->run_as ? o->run_as : "nobody", &uid, &gid, err, errlen) != 0)
        return RENDER_ESTART;
    render_browser *b = calloc(1, sizeof(*b));
    if (!b || !(b->profile = render_profile_new(uid, gid))) {
        render_result r = b ? RENDER_ESTART : RENDER_ENOMEM;
        snprintf(err, errlen, "cannot make a browser profile directory: %s", strerror(errno));
        free(b);
        return r;
    }
    b->loop = loop;
    b->max_mb = o->max_mb;
    b->width = o->width > 0 ? o->width : 1280;
    b->height = o->height > 0 ? o->height : 800;
    init_handles(b);
    if (spawn(b, bin, uid, gid, o->log_fd, err, errlen) != 0) {
        shut(b);   /* frees b once the handles are closed; on_closed is not set yet */
        return RENDER_ESTART;
    }
    b->on_closed = o->on_closed;
    b->arg = o->arg;
    uv_read_start((uv_stream_t *)&b->from_browser, on_alloc, on_read);
    uv_timer_start(&b->mem_timer, on_mem_timer, 200, MEM_CHECK_MS);
    *out = b;
    return RENDER_OK;
}
