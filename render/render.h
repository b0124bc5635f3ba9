/*
 * render — pages that need a browser: Debian's headless Chromium driven
 * over the DevTools protocol (CDP) on --remote-debugging-pipe, from the
 * caller's libuv loop.  No Node, Python or WebDriver in between.
 *
 * The browser runs in its own session (process group) with a fresh
 * profile directory in a temporary folder, no extensions, no first-run
 * tasks.  As root it runs as an unprivileged user (render_options.run_as,
 * "nobody" by default) with Chromium's own sandbox on: Debian's chromium
 * has no setuid helper and sandboxes its renderers with user namespaces,
 * which an unprivileged user may create.  --no-sandbox is never passed.
 *
 * Every request a page makes (the page itself and each subresource) is
 * paused by the CDP Fetch domain and handed to the caller's on_request
 * callback, which answers it with render_page_fulfill (the bytes it
 * fetched itself, e.g. with libcurl) or render_page_fail.  The browser
 * itself can reach no network: its proxy is a dead loopback port and its
 * host resolver answers NOTFOUND for every name, so what Fetch cannot
 * pause (WebSockets, WebRTC, prefetches) fails instead of leaving the
 * machine.
 *
 * Threads: everything runs on the loop thread that started the browser;
 * nothing here blocks except reading a few /proc files for the memory
 * check and removing the profile directory when the browser is closed.
 * Handles live inside their owners and are freed in close callbacks: run
 * the loop after render_browser_close until the browser's on_closed says
 * it is gone.  Library code: never prints, never exits.
 */
#ifndef WANGJIAN_RENDER_H
#define WANGJIAN_RENDER_H

#include <stddef.h>
#include <uv.h>

typedef enum {
    RENDER_OK = 0,
    RENDER_ENOMEM,
    RENDER_EINVAL,     /* bad argument */
    RENDER_ENOBROWSER, /* no chromium binary found */
    RENDER_ESTART,     /* the browser could not be started */
    RENDER_EPROTO,     /* the browser answered something unexpected */
    RENDER_ETIMEOUT,   /* the page did not finish within its budget */
    RENDER_ECRASH,     /* the tab or the browser crashed, or was killed */
    RENDER_ENAVIGATE,  /* the browser could not load the page (its error text says why) */
    RENDER_EMEMORY     /* the browser passed its memory limit and was killed */
} render_result;

const char *render_strerror(render_result r);

/* Largest screenshot height in CSS pixels (a longer page is cut there). */
#define RENDER_SHOT_MAX_HEIGHT 16384
/* and at most this wide: a page that claims to be 2,000,000 px wide must
 * not ask the renderer for a picture that size */
#define RENDER_SHOT_MAX_WIDTH 4096

typedef struct render_browser render_browser;
typedef struct render_page render_page;

/* Called once when the browser process has gone (crash, kill, memory limit
 * or render_browser_close) and every handle of b is closed; b is freed
 * right after it returns.  why: a one-line reason (borrowed). */
typedef void (*render_closed_cb)(render_browser *b, render_result r, const char *why, void *arg);

typedef struct {
    const char *chromium;  /* the browser binary; NULL: $WANGJIAN_CHROMIUM when set
                              (then only it), else /usr/lib/chromium/chromium, then
                              chromium on PATH */
    const char *run_as;    /* as root, run the browser as this user (NULL: "nobody") */
    long max_mb;           /* memory of the browser's processes (the sum of their
                              proportional set sizes, from /proc) above which it is
                              killed; 0 = no limit */
    int width;             /* viewport width in CSS pixels (0: 1280) */
    int height;            /* viewport height (0: 800) */
    int log_fd;            /* >= 0: the browser's stderr goes there; else /dev/null */
    render_closed_cb on_closed; /* may be NULL */
    void *arg;             /* passed to on_closed */
} render_options;

/* The binary render_browser_start would run (o->chromium or the search
 * above), copied into out; -1 when there is none (or it does not fit). */
int render_find_chromium(const render_options *o, char *out, size_t outlen);

/*
 * Start a browser on loop.  On RENDER_OK *out is the caller's until its
 * on_closed callback has run (close it with render_browser_close); on
 * failure err receives a one-line reason and nothing is left running.
 */
render_result render_browser_start(uv_loop_t *loop, const render_options *o,
                                   render_browser **out, char *err, size_t errlen);

/* Kill the browser (its whole process group); its pages finish with
 * RENDER_ECRASH "browser closed", then on_closed runs from the loop.
 * Safe to call more than once. */
void render_browser_close(render_browser *b);

/* 1 while the browser process runs and accepts pages. */
int render_browser_alive(const render_browser *b);
/* Pages open in b now. */
int render_browser_pages(const render_browser *b);
/* Memory of the browser's processes (PSS) at the last check, and the
 * highest seen, in KiB (checked about once a second). */
long render_browser_rss_kb(const render_browser *b);
long render_browser_peak_kb(const render_browser *b);

/* A request of the page, paused in the browser.  Strings borrowed for the
 * on_request call; copy what is needed later. */
typedef struct {
    const char *id;            /* pass to render_page_fulfill / render_page_fail */
    const char *url;
    const char *method;        /* "GET", "POST", ... */
    const char *resource_type; /* CDP ResourceType: "Document", "Script", "Image", ... */
    int is_navigation;         /* the top-level document (the page itself or a redirect of it) */
} render_request;

/* What a rendered page gave.  on_done may take any buffer by moving it
 * out (setting the pointer to NULL); the rest are freed after it returns. */
typedef struct {
    char *html;  size_t html_len;    /* the rendered DOM (outerHTML), UTF-8; elements of
                                        the body the browser does not display carry the
                                        hidden attribute */
    char *text;  size_t text_len;    /* document.body.innerText (what CSS shows), UTF-8 */
    unsigned char *png; size_t png_len; /* full-page screenshot, at most
                                           RENDER_SHOT_MAX_HEIGHT high; NULL when
                                           the capture failed */
    int page_width, page_height;     /* the document's scroll size, CSS pixels */
    int shot_width, shot_height;     /* the PNG's size (from its IHDR) */
    char *final_url;                 /* document.URL */
} render_output;

void render_output_free(render_output *o);   /* frees the buffers; accepts NULL */

typedef struct {
    /* A request to answer exactly once, with fulfill or fail, now or
     * later but before on_done (after it p is gone); answers while on_done
     * runs are ignored. */
    void (*on_request)(render_page *p, const render_request *rq, void *arg);
    /* The page is finished: r is RENDER_OK with out filled, or why it was
     * not rendered (why: one line, borrowed; out then empty).  p is freed
     * after this returns: cancel what still refers to it. */
    void (*on_done)(render_page *p, render_result r, const char *why, render_output *out,
                    void *arg);
    void *arg;
} render_callbacks;

/*
 * Open url in a new tab of b and render it within budget_ms (0: 15000):
 * navigate, wait for the load event and then for the network to be quiet
 * (no request unanswered for 500 ms; at most 3 s), read the DOM and
 * innerText, take the screenshot, close the tab.  A budget that runs out,
 * a tab that crashes or a browser that dies ends the page with its reason.
 * On RENDER_OK *out (may be NULL) names the page until on_done; on_done is
 * never called from inside this function.  On failure nothing was started.
 */
render_result render_page_open(render_browser *b, const char *url, long budget_ms,
                               const render_callbacks *cb, render_page **out);

/*
 * Answer request id with an HTTP response.  head: the response's status
 * line and header lines as received ("HTTP/1.1 200 OK\r\nName: value\r\n..."),
 * or NULL; status overrides its status code.  Content-Encoding,
 * Transfer-Encoding and Content-Length are dropped (body is the decoded
 * body).  Borrowed for the call.
 */
void render_page_fulfill(render_page *p, const char *id, int status, const char *head,
                         const void *body, size_t len);

/* Refuse request id; reason is a CDP network ErrorReason ("AccessDenied",
 * "BlockedByClient", "Failed", "TimedOut", "ConnectionRefused"...). */
void render_page_fail(render_page *p, const char *id, const char *reason);

/* The caller's argument of p (render_callbacks.arg). */
void *render_page_arg(const render_page *p);

/* Test hook: crash the tab's renderer (CDP Page.crash), as a renderer that
 * dies on its own would. */
void render_page_crash(render_page *p);

#endif
