/*
 * test_render.c — the render module against Debian's headless Chromium:
 * pages served from memory through the Fetch domain (no server, no
 * network), one browser for all the page cases to keep the test short.
 * Skipped (cmocka's SKIPPED) when chromium is not installed.
 *
 *   - a licence block and a claim written by a script (a subresource the
 *     test answers) are in innerText and the DOM; a block hidden by CSS
 *     is not in innerText; the screenshot is a PNG of the page's size
 *   - every request goes through on_request: the page, its script, and a
 *     fetch() of a loopback address the test refuses
 *   - a page whose image never answers ends with RENDER_ETIMEOUT
 *   - a crashed tab ends with RENDER_ECRASH and the browser goes on
 *   - a page taller than the cap gives a screenshot RENDER_SHOT_MAX_HEIGHT high
 *   - a browser over its memory limit is killed with RENDER_EMEMORY
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "render/render.h"

static const char LICENCE_PAGE[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>脚本店</title>"
    "<script src=\"/app.js\"></script></head><body><div id=\"shell\"></div>"
    "<div style=\"display:none\">隐藏的促销文字</div></body></html>";
static const char LICENCE_JS[] =
    "document.addEventListener('DOMContentLoaded', function () {"
    " var d = document.getElementById('shell');"
    " d.innerHTML = '<p>杭州青禾茶业有限公司 统一社会信用代码：91330106673959654P</p>'"
    "  + '<p>全网最低价，国家级品质</p>';"
    " fetch('http://127.0.0.1:9/internal').catch(function () {});"
    "});";
static const char HANG_PAGE[] =
    "<html><body><p>等待图片</p><img src=\"/never.png\"></body></html>";
static const char CRASH_PAGE[] =
    "<html><body><p>崩溃</p><script src=\"/crash.js\"></script></body></html>";
static const char TALL_PAGE[] =
    "<html><body style=\"margin:0\"><div style=\"height:30000px;background:#eee\">长页面</div>"
    "</body></html>";

typedef struct {
    int done;
    render_result r;
    char why[256];
    render_output out;
    char seen[2048];   /* paths requested, space-separated */
    int navigations;
    int crash_on_script;
} page_state;

typedef struct {
    uv_loop_t loop;
    render_browser *b;
    int closed;
    render_result closed_r;
} fixture;

/* The fixture of the running test, for the teardown: a failed assertion
 * must not leave a browser (and its profile directory) behind. */
static fixture *current;

static const char *path_of(const char *url)
{
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    return p ? p : "/";
}

static void on_request(render_page *p, const render_request *rq, void *arg)
{
    page_state *s = arg;
    const char *path = path_of(rq->url);
    size_t n = strlen(s->seen);
    snprintf(s->seen + n, sizeof(s->seen) - n, "%s%s", n ? " " : "", rq->url);
    s->navigations += rq->is_navigation;
    const char *html = "text/html; charset=utf-8";
    if (strstr(rq->url, "127.0.0.1")) {
        render_page_fail(p, rq->id, "AccessDenied");
    } else if (!strcmp(path, "/licence.html")) {
        render_page_fulfill(p, rq->id, 200, "HTTP/1.1 200 OK\r\nContent-Type: text/html; "
                            "charset=utf-8\r\nContent-Length: 9\r\n\r\n",
                            LICENCE_PAGE, strlen(LICENCE_PAGE));
    } else if (!strcmp(path, "/app.js")) {
        render_page_fulfill(p, rq->id, 200, "Content-Type: application/javascript\r\n",
                            LICENCE_JS, strlen(LICENCE_JS));
    } else if (!strcmp(path, "/hang.html")) {
        (void)html;
        render_page_fulfill(p, rq->id, 200, "Content-Type: text/html; charset=utf-8\r\n",
                            HANG_PAGE, strlen(HANG_PAGE));
    } else if (!strcmp(path, "/never.png")) {
        /* never answered: the load event never comes */
    } else if (!strcmp(path, "/crash.html")) {
        render_page_fulfill(p, rq->id, 200, "Content-Type: text/html; charset=utf-8\r\n",
                            CRASH_PAGE, strlen(CRASH_PAGE));
    } else if (!strcmp(path, "/crash.js")) {
        render_page_crash(p);
    } else if (!strcmp(path, "/tall.html")) {
        render_page_fulfill(p, rq->id, 200, "Content-Type: text/html; charset=utf-8\r\n",
                            TALL_PAGE, strlen(TALL_PAGE));
    } else {
        render_page_fulfill(p, rq->id, 404, "Content-Type: text/plain\r\n", "no", 2);
    }
}

static void on_done(render_page *p, render_result r, const char *why, render_output *out,
                    void *arg)
{
    (void)p;
    page_state *s = arg;
    s->done = 1;
    s->r = r;
    snprintf(s->why, sizeof(s->why), "%s", why);
    s->out = *out;
    memset(out, 0, sizeof(*out));   /* taken */
}

static void on_closed(render_browser *b, render_result r, const char *why, void *arg)
{
    (void)b;
    (void)why;
    fixture *f = arg;
    f->closed = 1;
    f->closed_r = r;
}

/* Render url with budget_ms and run the loop until it is done. */
static void render(fixture *f, const char *url, long budget_ms, page_state *s)
{
    memset(s, 0, sizeof(*s));
    render_callbacks cb = {on_request, on_done, s};
    assert_int_equal(render_page_open(f->b, url, budget_ms, &cb, NULL), RENDER_OK);
    while (!s->done)
        uv_run(&f->loop, UV_RUN_ONCE);
}

static int start(fixture *f, long max_mb)
{
    char bin[4096], err[512];
    render_options o = {0};
    if (render_find_chromium(&o, bin, sizeof(bin)) != 0)
        return -1;
    memset(f, 0, sizeof(*f));
    assert_int_equal(uv_loop_init(&f->loop), 0);
    o.max_mb = max_mb;
    o.log_fd = -1;
    o.on_closed = on_closed;
    o.arg = f;
    render_result r = render_browser_start(&f->loop, &o, &f->b, err, sizeof(err));
    if (r != RENDER_OK)
        fail_msg("browser did not start: %s", err);
    current = f;
    return 0;
}

static int close_left(void **state)
{
    (void)state;
    fixture *f = current;
    current = NULL;
    if (!f || f->closed || !f->b)
        return 0;
    render_browser_close(f->b);
    while (!f->closed)
        uv_run(&f->loop, UV_RUN_ONCE);
    uv_run(&f->loop, UV_RUN_DEFAULT);
    uv_loop_close(&f->loop);
    return 0;
}

static void stop(fixture *f)
{
    render_browser_close(f->b);
    while (!f->closed)
        uv_run(&f->loop, UV_RUN_ONCE);
    uv_run(&f->loop, UV_RUN_DEFAULT);
    assert_int_equal(uv_loop_close(&f->loop), 0);
}

static void check_licence_page(fixture *f)
{
    static page_state s;   /* a tab may outlive a failed assertion */
    render(f, "http://shop.test/licence.html", 15000, &s);
    assert_int_equal(s.r, RENDER_OK);
    assert_non_null(strstr(s.out.text, "统一社会信用代码：91330106673959654P"));
    assert_non_null(strstr(s.out.text, "国家级品质"));
    assert_null(strstr(s.out.text, "隐藏的促销文字"));          /* CSS hides it */
    assert_non_null(strstr(s.out.html, "<div style=\"display:none\" hidden=\"\">隐藏的促销文字"));
    assert_non_null(strstr(s.out.html, "91330106673959654P"));
    assert_string_equal(s.out.final_url, "http://shop.test/licence.html");
    /* the page, its script and the refused loopback fetch all came to us */
    assert_non_null(strstr(s.seen, "http://shop.test/licence.html"));
    assert_non_null(strstr(s.seen, "http://shop.test/app.js"));
    assert_non_null(strstr(s.seen, "http://127.0.0.1:9/internal"));
    assert_int_equal(s.navigations, 1);
    assert_non_null(s.out.png);
    assert_true(s.out.page_width >= 1280 && s.out.page_height >= 800);
    assert_int_equal(s.out.shot_width, s.out.page_width);
    assert_int_equal(s.out.shot_height, s.out.page_height);
    render_output_free(&s.out);
}

static void check_hang_and_crash(fixture *f)
{
    static page_state s;   /* a tab may outlive a failed assertion */
    uint64_t t0 = uv_now(&f->loop);
    render(f, "http://shop.test/hang.html", 2000, &s);
    assert_int_equal(s.r, RENDER_ETIMEOUT);
    assert_non_null(strstr(s.why, "did not load within 2000 ms"));
    assert_true(uv_now(&f->loop) - t0 < 5000);
    assert_null(s.out.html);

    render(f, "http://shop.test/crash.html", 10000, &s);
    assert_int_equal(s.r, RENDER_ECRASH);
    assert_non_null(strstr(s.why, "crash"));
    assert_true(render_browser_alive(f->b));
}

static void check_tall_page(fixture *f)
{
    static page_state s;   /* a tab may outlive a failed assertion */
    render(f, "http://shop.test/tall.html", 15000, &s);
    if (s.r != RENDER_OK)
        fail_msg("tall page: %s", s.why);
    assert_true(s.out.page_height >= 30000);
    assert_int_equal(s.out.shot_height, RENDER_SHOT_MAX_HEIGHT);
    assert_int_equal(s.out.shot_width, s.out.page_width);
    render_output_free(&s.out);
}

static void test_pages(void **state)
{
    (void)state;
    static fixture f;   /* outlives a failed assertion: close_left reads it */
    if (start(&f, 0) != 0) {
        skip();   /* chromium not installed: make deps installs it */
        return;
    }
    check_licence_page(&f);
    check_hang_and_crash(&f);
    check_tall_page(&f);   /* the browser survived the crashed tab */
    assert_int_equal(render_browser_pages(f.b), 0);
    assert_true(render_browser_peak_kb(f.b) > 0);
    stop(&f);
    assert_int_equal(f.closed_r, RENDER_ECRASH);   /* "browser closed" */
}

static void test_memory_limit(void **state)
{
    (void)state;
    static fixture f;   /* outlives a failed assertion: close_left reads it */
    if (start(&f, 1) != 0) {   /* 1 MiB: the first check kills it */
        skip();
        return;
    }
    static page_state s;   /* a tab may outlive a failed assertion */
    render(&f, "http://shop.test/hang.html", 10000, &s);
    assert_int_equal(s.r, RENDER_EMEMORY);
    assert_non_null(strstr(s.why, "passed the limit of 1 MiB"));
    while (!f.closed)
        uv_run(&f.loop, UV_RUN_ONCE);
    assert_int_equal(f.closed_r, RENDER_EMEMORY);
    uv_run(&f.loop, UV_RUN_DEFAULT);
    assert_int_equal(uv_loop_close(&f.loop), 0);
}

static void test_missing_browser(void **state)
{
    (void)state;
    char bin[64], err[256];
    render_options o = {0};
    o.chromium = "/nonexistent/chromium";
    assert_int_equal(render_find_chromium(&o, bin, sizeof(bin)), -1);
    uv_loop_t loop;
    uv_loop_init(&loop);
    render_browser *b = (render_browser *)&loop;   /* must be reset */
    assert_int_equal(render_browser_start(&loop, &o, &b, err, sizeof(err)), RENDER_ENOBROWSER);
    assert_null(b);
    assert_non_null(strstr(err, "chromium not found"));
    assert_int_equal(uv_loop_close(&loop), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_missing_browser),
        cmocka_unit_test_teardown(test_pages, close_left),
        cmocka_unit_test_teardown(test_memory_limit, close_left),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
