/*
 * Private to render/: the browser and page structs and the calls between
 * the module's files.  Everything runs on the loop thread.
 *
 *   browser.c  the process, its profile directory, the two pipes, the
 *              framing of CDP messages (JSON + NUL) and their dispatch
 *   page.c     one tab: create, attach, navigate, wait, read, shoot, close
 *   proc.c     the browser's memory from /proc, the profile directory,
 *              base64 and the PNG size
 */
#ifndef WANGJIAN_RENDER_INT_H
#define WANGJIAN_RENDER_INT_H

#include <jansson.h>
#include <sys/types.h>
#include "render.h"

/* Largest CDP message accepted from the browser (a screenshot of a
 * 1280 x 16384 page in base64 is well below). */
#define RENDER_MSG_MAX ((size_t)96 << 20)

/* A command sent, waiting for its answer.  page is NULL once the page it
 * belongs to is gone (the answer is then dropped). */
typedef void (*render_reply_fn)(render_page *p, json_t *result, json_t *error);

typedef struct render_cmd {
    struct render_cmd *next;
    long id;
    render_page *page;
    render_reply_fn fn;
} render_cmd;

struct render_browser {
    uv_loop_t *loop;                /* borrowed */
    uv_process_t proc;
    uv_pipe_t to_browser;           /* our end of its fd 3 (it reads commands) */
    uv_pipe_t from_browser;         /* our end of its fd 4 (it writes answers, events) */
    uv_timer_t mem_timer;           /* memory check while pages run */
    int open_handles;               /* handles not yet closed; freed at 0 */
    int proc_running;
    int closing;
    render_result close_r;          /* why it is going (first reason wins) */
    char close_why[256];
    long max_mb;
    int width, height;
    long rss_kb, peak_kb;
    char *profile;                  /* temporary profile directory, owned */
    char *in; size_t in_len, in_cap; /* bytes read, up to the next NUL */
    long next_id;
    render_cmd *cmds;               /* waiting for answers, owned */
    render_page *pages;             /* open pages (their list), owned until closed */
    int n_pages;
    render_closed_cb on_closed;
    void *arg;
};

struct render_page {
    render_page *next;
    render_browser *b;
    render_callbacks cb;
    char *url;
    char *target_id, *session_id;   /* owned once known */
    uv_timer_t budget;              /* the whole page */
    uv_timer_t quiet;               /* network quiet after load */
    int timers_open;
    int state;                      /* PAGE_* in page.c */
    int settings;                   /* tab settings not yet answered (then navigate) */
    int navigated;                  /* Page.navigate answered */
    int loaded;
    int unanswered;                 /* paused requests not answered yet */
    uint64_t load_at;               /* loop time of the load event */
    long budget_ms;
    render_output out;
    render_result r;
    char why[256];
};

/* browser.c */
/* Send method(params) to the browser, for session (NULL: the browser
 * itself); fn(p, ...) gets the answer.  Takes params (may be NULL).  -1
 * when the browser is gone or out of memory (fn is not called). */
int render_send(render_browser *b, render_page *p, const char *session, const char *method,
                json_t *params, render_reply_fn fn);
/* Forget the answers p waits for (p is going away). */
void render_forget_page(render_browser *b, render_page *p);
/* Kill the browser for r/why (first reason wins). */
void render_browser_kill(render_browser *b, render_result r, const char *why);

/* page.c */
/* An event for session (NULL: browser-level). */
void render_page_event(render_browser *b, const char *session, const char *method,
                       json_t *params);
/* The browser is gone: finish every page with r/why. */
void render_pages_abort(render_browser *b, render_result r, const char *why);

/* proc.c */
/* Memory in KiB of every process in session sid (the browser and its
 * children: it is started as a session leader): the sum of their
 * proportional set sizes (/proc/PID/smaps_rollup), or of their resident
 * sizes where that cannot be read. */
long render_proc_rss_kb(pid_t sid);
/* Make a fresh private directory for the profile, owned by uid/gid
 * (uid < 0: leave the owner).  New string the caller frees, NULL on
 * failure (errno set). */
char *render_profile_new(long uid, long gid);
/* Remove the profile directory and all in it (best effort). */
void render_profile_remove(const char *dir);
/* Base64: encode len bytes (new NUL-terminated string) or decode a
 * string (new buffer, *outlen bytes); NULL on failure. */
char *render_b64_encode(const void *data, size_t len);
unsigned char *render_b64_decode(const char *s, size_t *outlen);
/* Width and height of a PNG from its IHDR; -1 when it is not a PNG. */
int render_png_size(const unsigned char *png, size_t len, int *w, int *h);

#endif
