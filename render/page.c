/*
 * One tab (loop thread): Target.createTarget, attachToTarget (flatten),
 * Fetch.enable for every request, Page.navigate, the load event, network
 * quiet, Runtime.evaluate for the DOM and innerText, a full-page
 * Page.captureScreenshot, Target.closeTarget.  A page ends exactly once
 * (finish): its timers stop, its pending answers are forgotten, on_done
 * runs, and the struct is freed in its timers' close callbacks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "render_int.h"

enum { PAGE_OPENING = 0, PAGE_LOADING, PAGE_READING, PAGE_DONE };

#define QUIET_MS 500        /* no request unanswered this long after load: quiet */
#define QUIET_MAX_MS 3000   /* stop waiting for quiet this long after load */
#define DEFAULT_BUDGET_MS 15000

/* What the page reads of itself, as one JSON text (returnByValue).  The
 * DOM is a copy in which every element of the body that the browser does
 * not display (computed display:none or visibility:hidden) carries the
 * hidden attribute: a parser that honours it then reads the text CSS
 * shows, as innerText does. */
static const char READ_EXPR[] =
    "(function () {"
    " var d = document.documentElement, b = document.body;"
    " if (!d) return JSON.stringify({html: '', text: '', w: 0, h: 0, url: document.URL});"
    " var c = d.cloneNode(true), cb = c.getElementsByTagName('body')[0];"
    " if (b && cb) {"
    "  var x = b.getElementsByTagName('*'), y = cb.getElementsByTagName('*');"
    "  for (var i = 0; i < x.length && i < y.length; i++) {"
    "   var s = getComputedStyle(x[i]);"
    "   if (s.display === 'none' || s.visibility === 'hidden') y[i].setAttribute('hidden', '');"
    "  }"
    " }"
    " return JSON.stringify({html: c.outerHTML, text: b ? b.innerText : '',"
    "  w: Math.max(d.scrollWidth, b ? b.scrollWidth : 0),"
    "  h: Math.max(d.scrollHeight, b ? b.scrollHeight : 0), url: document.URL});"
    "})()";

void render_output_free(render_output *o)
{
    if (!o)
        return;
    free(o->html);
    free(o->text);
    free(o->png);
    free(o->final_url);
    memset(o, 0, sizeof(*o));
}

void *render_page_arg(const render_page *p)
{
    return p->cb.arg;
}

static void on_timer_closed(uv_handle_t *h)
{
    render_page *p = h->data;
    if (--p->timers_open == 0) {
        free(p->url);
        free(p->target_id);
        free(p->session_id);
        free(p);
    }
}

static void unlink_page(render_browser *b, render_page *p)
{
    for (render_page **pp = &b->pages; *pp; pp = &(*pp)->next)
        if (*pp == p) {
            *pp = p->next;
            b->n_pages--;
            return;
        }
}

/* End p with r (why: one line) exactly once. */
static void finish(render_page *p, render_result r, const char *why)
{
    if (p->state == PAGE_DONE)
        return;
    render_browser *b = p->b;
    p->state = PAGE_DONE;
    uv_timer_stop(&p->budget);
    uv_timer_stop(&p->quiet);
    render_forget_page(b, p);
    unlink_page(b, p);
    if (p->target_id)   /* the answer is not waited for */
        render_send(b, NULL, NULL, "Target.closeTarget",
                    json_pack("{s:s}", "targetId", p->target_id), NULL);
    if (r != RENDER_OK)
        render_output_free(&p->out);
    p->cb.on_done(p, r, why ? why : render_strerror(r), &p->out, p->cb.arg);
    render_output_free(&p->out);
    uv_close((uv_handle_t *)&p->budget, on_timer_closed);
    uv_close((uv_handle_t *)&p->quiet, on_timer_closed);
}

static void fail_proto(render_page *p, const char *what, json_t *error)
{
    char why[256];
    const char *msg = json_string_value(json_object_get(error, "message"));
    snprintf(why, sizeof(why), "%s: %s", what, msg ? msg : "no answer");
    finish(p, RENDER_EPROTO, why);
}

/* Send for p's session; finish p when the browser cannot take it. */
static void send_page(render_page *p, const char *method, json_t *params, render_reply_fn fn)
{
    if (render_send(p->b, p, p->session_id, method, params, fn) != 0)
        finish(p, RENDER_ECRASH, "the browser is gone");
}

/* ---- reading the rendered page ---- */

static void on_shot(render_page *p, json_t *result, json_t *error)
{
    const char *data = json_string_value(json_object_get(result, "data"));
    if (data && !error) {
        p->out.png = render_b64_decode(data, &p->out.png_len);
        if (p->out.png &&
            render_png_size(p->out.png, p->out.png_len, &p->out.shot_width, &p->out.shot_height))
            p->out.shot_width = p->out.shot_height = 0;
    }
    finish(p, RENDER_OK, NULL);   /* without a screenshot the DOM still counts */
}

static char *dup_field(json_t *o, const char *key, size_t *len)
{
    json_t *v = json_object_get(o, key);
    const char *s = json_string_value(v);
    size_t n = s ? json_string_length(v) : 0;
    char *copy = malloc(n + 1);
    if (copy) {
        if (n)
            memcpy(copy, s, n);
        copy[n] = '\0';
    }
    if (len)
        *len = n;
    return copy;
}

static void on_read(render_page *p, json_t *result, json_t *error)
{
    json_t *val = json_object_get(json_object_get(result, "result"), "value");
    const char *s = json_string_value(val);
    json_t *o = s ? json_loadb(s, json_string_length(val), 0, NULL) : NULL;
    if (error || !json_is_object(o)) {
        json_decref(o);
        fail_proto(p, "reading the DOM failed", error);
        return;
    }
    p->out.html = dup_field(o, "html", &p->out.html_len);
    p->out.text = dup_field(o, "text", &p->out.text_len);
    p->out.final_url = dup_field(o, "url", NULL);
    p->out.page_width = (int)json_integer_value(json_object_get(o, "w"));
    p->out.page_height = (int)json_integer_value(json_object_get(o, "h"));
    json_decref(o);
    if (!p->out.html || !p->out.text || !p->out.final_url) {
        finish(p, RENDER_ENOMEM, NULL);
        return;
    }
    int w = p->out.page_width > 0 ? p->out.page_width : p->b->width;
    int h = p->out.page_height > 0 ? p->out.page_height : p->b->height;
    if (h > RENDER_SHOT_MAX_HEIGHT)
        h = RENDER_SHOT_MAX_HEIGHT;
    if (w > RENDER_SHOT_MAX_WIDTH)
        w = RENDER_SHOT_MAX_WIDTH;
    send_page(p, "Page.captureScreenshot",
              json_pack("{s:s, s:b, s:{s:i, s:i, s:i, s:i, s:i}}", "format", "png",
                        "captureBeyondViewport", 1, "clip", "x", 0, "y", 0, "width", w, "height",
                        h, "scale", 1),
              on_shot);
}

static void read_page(render_page *p)
{
    p->state = PAGE_READING;
    send_page(p, "Runtime.evaluate",
              json_pack("{s:s, s:b}", "expression", READ_EXPR, "returnByValue", 1), on_read);
}

/* ---- waiting ---- */

static void on_quiet(uv_timer_t *t)
{
    render_page *p = t->data;
    if (p->state != PAGE_LOADING)
        return;
    if (p->unanswered == 0 || uv_now(p->b->loop) - p->load_at >= QUIET_MAX_MS)
        read_page(p);
    else
        uv_timer_start(&p->quiet, on_quiet, QUIET_MS, 0);
}

/* Network activity: wait QUIET_MS more before reading (after load). */
static void rearm_quiet(render_page *p)
{
    if (p->state == PAGE_LOADING && p->loaded)
        uv_timer_start(&p->quiet, on_quiet, QUIET_MS, 0);
}

static void on_budget(uv_timer_t *t)
{
    render_page *p = t->data;
    char why[128];
    snprintf(why, sizeof(why), "%s within %ld ms",
             p->loaded ? "the page was not read" : "the page did not load", p->budget_ms);
    finish(p, RENDER_ETIMEOUT, why);
}

/* ---- opening ---- */

static void on_navigated(render_page *p, json_t *result, json_t *error)
{
    const char *text = json_string_value(json_object_get(result, "errorText"));
    if (error) {
        fail_proto(p, "Page.navigate failed", error);
    } else if (text && *text) {
        char why[256];
        snprintf(why, sizeof(why), "the browser could not load the page: %s", text);
        finish(p, RENDER_ENAVIGATE, why);
    } else {
        p->navigated = 1;   /* load events count from here (not about:blank's) */
    }
}

/* A setting of the tab was taken; the last one navigates.  Answers come
 * in any order (Page.enable may answer after later commands), and a load
 * event before Page.enable has taken effect would never be seen. */
static void on_setting(render_page *p, json_t *result, json_t *error)
{
    (void)result;
    if (error) {
        fail_proto(p, "the tab refused a setting", error);
        return;
    }
    if (--p->settings == 0)
        send_page(p, "Page.navigate", json_pack("{s:s}", "url", p->url), on_navigated);
}

static void on_attached(render_page *p, json_t *result, json_t *error)
{
    const char *sid = json_string_value(json_object_get(result, "sessionId"));
    if (error || !sid) {
        fail_proto(p, "Target.attachToTarget failed", error);
        return;
    }
    if (!(p->session_id = strdup(sid))) {
        finish(p, RENDER_ENOMEM, NULL);
        return;
    }
    p->state = PAGE_LOADING;
    p->settings = 4;
    send_page(p, "Inspector.enable", NULL, on_setting);
    send_page(p, "Page.enable", NULL, on_setting);
    send_page(p, "Fetch.enable", json_pack("{s:[{s:s}]}", "patterns", "urlPattern", "*"),
              on_setting);
    send_page(p, "Emulation.setDeviceMetricsOverride",
              json_pack("{s:i, s:i, s:i, s:b}", "width", p->b->width, "height", p->b->height,
                        "deviceScaleFactor", 1, "mobile", 0),
              on_setting);
}

static void on_created(render_page *p, json_t *result, json_t *error)
{
    const char *tid = json_string_value(json_object_get(result, "targetId"));
    if (error || !tid) {
        fail_proto(p, "Target.createTarget failed", error);
        return;
    }
    if (!(p->target_id = strdup(tid))) {
        finish(p, RENDER_ENOMEM, NULL);
        return;
    }
    if (render_send(p->b, p, NULL, "Target.attachToTarget",
                    json_pack("{s:s, s:b}", "targetId", tid, "flatten", 1), on_attached) != 0)
        finish(p, RENDER_ECRASH, "the browser is gone");
}

render_result render_page_open(render_browser *b, const char *url, long budget_ms,
                               const render_callbacks *cb, render_page **out)
{
    if (!b || !url || !cb || !cb->on_request || !cb->on_done)
        return RENDER_EINVAL;
    if (!render_browser_alive(b))
        return RENDER_ECRASH;
    render_page *p = calloc(1, sizeof(*p));
    if (!p || !(p->url = strdup(url))) {
        free(p);
        return RENDER_ENOMEM;
    }
    p->b = b;
    p->cb = *cb;
    p->budget_ms = budget_ms > 0 ? budget_ms : DEFAULT_BUDGET_MS;
    if (render_send(b, p, NULL, "Target.createTarget", json_pack("{s:s}", "url", "about:blank"),
                    on_created) != 0) {
        free(p->url);
        free(p);
        return RENDER_ECRASH;
    }
    uv_timer_init(b->loop, &p->budget);
    uv_timer_init(b->loop, &p->quiet);
    p->budget.data = p->quiet.data = p;
    p->timers_open = 2;
    uv_timer_start(&p->budget, on_budget, (uint64_t)p->budget_ms, 0);
    p->next = b->pages;
    b->pages = p;
    b->n_pages++;
    if (out)
        *out = p;
    return RENDER_OK;
}

/* ---- events ---- */

static render_page *page_of_session(render_browser *b, const char *session)
{
    for (render_page *p = b->pages; p && session; p = p->next)
        if (p->session_id && !strcmp(p->session_id, session))
            return p;
    return NULL;
}

static void request_paused(render_page *p, json_t *params)
{
    json_t *req = json_object_get(params, "request");
    const char *type = json_string_value(json_object_get(params, "resourceType"));
    const char *frame = json_string_value(json_object_get(params, "frameId"));
    render_request rq = {
        .id = json_string_value(json_object_get(params, "requestId")),
        .url = json_string_value(json_object_get(req, "url")),
        .method = json_string_value(json_object_get(req, "method")),
        .resource_type = type ? type : "Other",
    };
    if (!rq.id || !rq.url || !rq.method)
        return;
    /* the main frame's id is its target's id */
    rq.is_navigation = type && !strcmp(type, "Document") && frame && p->target_id &&
                       !strcmp(frame, p->target_id);
    p->unanswered++;
    rearm_quiet(p);
    p->cb.on_request(p, &rq, p->cb.arg);
}

static int main_frame(const render_page *p, json_t *params)
{
    const char *frame = json_string_value(json_object_get(params, "frameId"));
    return frame && p->target_id && !strcmp(frame, p->target_id);
}

void render_page_event(render_browser *b, const char *session, const char *method,
                       json_t *params)
{
    if (!session && !strcmp(method, "Target.detachedFromTarget"))
        session = json_string_value(json_object_get(params, "sessionId"));
    render_page *p = page_of_session(b, session);
    if (!p || p->state == PAGE_DONE)
        return;
    if (!strcmp(method, "Fetch.requestPaused")) {
        request_paused(p, params);
    } else if (!strcmp(method, "Page.loadEventFired") ||
               (!strcmp(method, "Page.frameStoppedLoading") && main_frame(p, params))) {
        if (p->navigated && !p->loaded) {
            p->loaded = 1;
            p->load_at = uv_now(b->loop);
            uv_timer_start(&p->quiet, on_quiet, QUIET_MS, 0);
        }
    } else if (!strcmp(method, "Page.javascriptDialogOpening")) {
        /* alert(), confirm(), prompt() would stop the page until answered */
        send_page(p, "Page.handleJavaScriptDialog", json_pack("{s:b}", "accept", 1), NULL);
    } else if (!strcmp(method, "Inspector.targetCrashed")) {
        finish(p, RENDER_ECRASH, "the tab crashed");
    } else if (!strcmp(method, "Target.detachedFromTarget")) {
        finish(p, RENDER_ECRASH, "the tab went away");
    }
}

void render_pages_abort(render_browser *b, render_result r, const char *why)
{
    while (b->pages)
        finish(b->pages, r, why);
}

/* ---- answers to paused requests ---- */

/* An answer the browser refuses (the tab dropped the request meanwhile,
 * e.g. a script that went on to another page) changes nothing. */
static void on_answer_ack(render_page *p, json_t *result, json_t *error)
{
    (void)p;
    (void)result;
    (void)error;
}

static void answered(render_page *p)
{
    if (p->unanswered > 0)
        p->unanswered--;
    rearm_quiet(p);
}

/* The header lines of head as CDP HeaderEntry objects, without the ones
 * that describe the transfer rather than the decoded body. */
static json_t *header_entries(const char *head)
{
    json_t *arr = json_array();
    for (const char *line = head; arr && line && *line;) {
        const char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        const char *colon = memchr(line, ':', n);
        if (colon && strncmp(line, "HTTP/", 5) != 0) {
            size_t kn = (size_t)(colon - line);
            const char *v = colon + 1, *end = line + n;
            while (v < end && (*v == ' ' || *v == '\t'))
                v++;
            while (end > v && (end[-1] == '\r' || end[-1] == ' '))
                end--;
            static const char *const drop[] = {"content-encoding", "transfer-encoding",
                                               "content-length", NULL};
            int skip = 0;
            for (int i = 0; drop[i]; i++)
                skip |= kn == strlen(drop[i]) && !strncasecmp(line, drop[i], kn);
            if (!skip)
                json_array_append_new(arr, json_pack("{s:s%, s:s%}", "name", line, kn, "value",
                                                     v, (size_t)(end - v)));
        }
        line = eol ? eol + 1 : NULL;
    }
    return arr;
}

void render_page_fulfill(render_page *p, const char *id, int status, const char *head,
                         const void *body, size_t len)
{
    if (!p || p->state == PAGE_DONE || !id)
        return;
    char *b64 = render_b64_encode(body ? body : "", body ? len : 0);
    json_t *hdrs = b64 ? header_entries(head) : NULL;
    /* "o" hands hdrs to the new object, also when packing fails */
    json_t *params = hdrs ? json_pack("{s:s, s:i, s:o, s:s}", "requestId", id, "responseCode",
                                      status, "responseHeaders", hdrs, "body", b64)
                          : NULL;
    free(b64);
    if (!params) {
        render_page_fail(p, id, "Failed");
        return;
    }
    answered(p);
    send_page(p, "Fetch.fulfillRequest", params, on_answer_ack);
}

void render_page_fail(render_page *p, const char *id, const char *reason)
{
    if (!p || p->state == PAGE_DONE || !id)
        return;
    answered(p);
    send_page(p, "Fetch.failRequest",
              json_pack("{s:s, s:s}", "requestId", id, "errorReason", reason ? reason : "Failed"),
              on_answer_ack);
}

void render_page_crash(render_page *p)
{
    if (p && p->state != PAGE_DONE && p->session_id)
        send_page(p, "Page.crash", NULL, NULL);
}
