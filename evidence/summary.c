/*
 * summary.c — summary.txt (for reading) and summary.json (for tools) of a
 * bundle: the lead, each capture (URLs, server address, status, times in
 * UTC and Asia/Shanghai, the run that fetched it with its options, tool
 * and rulebook), how the passage was marked, the lead's history and notes.
 * Both say the same things; page-derived strings are cleaned to valid
 * UTF-8 for JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include "evidence/evidence_int.h"

/* ---- text ---- */

static void line(ev_buf *b, const char *key, const char *val)
{
    ev_buf_printf(b, "  %-22s %s\n", key, ev_s(val));
}

static void iso_both(ev_buf *b, const char *key, const char *iso)
{
    int64_t t;
    char both[96];
    if (iso && evidence_time_parse(iso, &t) == 0) {
        ev_time_both(t, both, sizeof both);
        line(b, key, both);
    } else {
        line(b, key, iso);
    }
}

static void lead_text(ev_buf *b, const evidence_lead *l)
{
    char v[64];
    ev_buf_printf(b, "lead %lld (线索)\n", (long long)l->id);
    line(b, "status", l->status);
    line(b, "rule", l->rule);
    line(b, "title", l->title);
    line(b, "severity", l->severity);
    line(b, "legal basis", l->basis);
    line(b, "subject", l->subject);
    line(b, "host", l->host);
    line(b, "province", l->province);
    line(b, "province from", l->region_source);
    line(b, "authority", l->authority);
    iso_both(b, "first seen", l->first_seen);
    iso_both(b, "last seen", l->last_seen);
    snprintf(v, sizeof v, "%ld page(s), %ld showing it now", l->hits, l->showing);
    line(b, "hits", v);
    line(b, "stored snippet", l->snippet);
}

/* The stored payload digest and whether the archived body matches it:
 * the database and the WARC file were written apart, so a mismatch means
 * one of them is not what the crawl saw. */
static const char *payload_check(const evidence_capture *x, char *out, size_t n)
{
    char hex[65];
    if (!x->sha256 || !*x->sha256 || !x->body || ev_sha256(x->body, x->body_len, NULL, hex) != 0)
        snprintf(out, n, "%s", x->sha256 && *x->sha256 ? x->sha256 : "(not recorded)");
    else
        snprintf(out, n, "%s (%s)", x->sha256,
                 strcasecmp(hex, x->sha256) == 0 ? "the archived body matches"
                                                 : "DIFFERS from the archived body");
    return out;
}

static void capture_text(ev_buf *b, const evidence_case *c, size_t k)
{
    const evidence_capture *x = &c->captures[k];
    char v[512], dir[32];
    ev_capture_dir(c, k, dir, sizeof dir);
    ev_buf_printf(b, "\ncapture %zu (%s)%s%s\n", k + 1, ev_s(x->role), *dir ? ": folder " : "", dir);
    snprintf(v, sizeof v, "%lld", (long long)x->capture);
    line(b, "capture id", x->capture ? v : "");
    line(b, "requested URL", x->url);
    line(b, "final URL", x->final_url && *x->final_url ? x->final_url : x->url);
    line(b, "server IP", x->ip);
    snprintf(v, sizeof v, "%d", x->http_status);
    line(b, "HTTP status", x->http_status ? v : "");
    v[0] = '\0';
    if (x->fetched_at)
        ev_time_both(x->fetched_at, v, sizeof v);
    line(b, "fetched (UTC, +08:00)", v);
    line(b, "payload SHA-256", payload_check(x, v, sizeof v));
    line(b, "shows it now", x->showing > 0 ? "yes" : x->showing == 0 ? "no" : "unknown");
    snprintf(v, sizeof v, "%lld (%s)", (long long)x->run, ev_s(x->run_kind));
    line(b, "run", x->run ? v : "");
    line(b, "run options", x->run_options && *x->run_options ? x->run_options : "(not recorded)");
    line(b, "tool", x->tool);
    snprintf(v, sizeof v, "%s sha256:%s", ev_s(x->rulebook_version), ev_s(x->rulebook_sha256));
    line(b, "rulebook", x->rulebook_sha256 && *x->rulebook_sha256 ? v : "(not recorded)");
    if (x->warc) {
        snprintf(v, sizeof v, "%s offset %lld", ev_s(x->warc_file), (long long)x->warc_offset);
        line(b, "WARC response", v);
        if (x->request_offset)
            snprintf(v, sizeof v, "%s offset %lld", ev_s(x->warc_file), (long long)x->request_offset);
        line(b, "WARC request", x->request_offset ? v : "(none followed the response)");
        line(b, "WARC-Date", x->warc_date);
    } else {
        line(b, "WARC", "no WARC record (the crawl kept none)");
    }
    line(b, "content type", x->content_type);
    line(b, "marked", x->mark_note);
}

void ev_summary_text(ev_buf *b, const evidence_case *c)
{
    char made[96];
    ev_time_both(c->made_at, made, sizeof made);
    ev_buf_printf(b, "wangjian evidence bundle (证据包)\n  %-22s %s %s\n", "tool", ev_s(c->tool_name),
                  ev_s(c->tool_version));
    line(b, "made (UTC, +08:00)", made);
    line(b, "rulebook that marked", c->rulebook);
    line(b, "  its version", c->rulebook_version);
    line(b, "  its SHA-256", c->rulebook_sha256);
    ev_buf_str(b, "\n");
    if (c->lead)
        lead_text(b, c->lead);
    else
        ev_buf_str(b, "a page, not a lead\n");
    for (size_t k = 0; k < c->ncaptures; k++)
        capture_text(b, c, k);
    if (c->nhistory)
        ev_buf_str(b, "\nhistory (处理记录)\n");
    for (size_t i = 0; i < c->nhistory; i++) {
        const evidence_event *e = &c->history[i];
        ev_buf_printf(b, "  %s  %s", ev_s(e->at), ev_s(e->actor));
        if (e->run)
            ev_buf_printf(b, " (run %lld)", (long long)e->run);
        ev_buf_printf(b, "  %s -> %s", e->old_status && *e->old_status ? e->old_status : "(new)",
                      ev_s(e->new_status));
        if (e->note && *e->note)
            ev_buf_printf(b, "  note: %s", e->note);
        if (e->outcome && *e->outcome)
            ev_buf_printf(b, "  outcome: %s", e->outcome);
        ev_buf_str(b, "\n");
    }
    if (c->nnotes)
        ev_buf_str(b, "\nnotes\n");
    for (size_t i = 0; i < c->nnotes; i++)
        ev_buf_printf(b, "  - %s\n", c->notes[i]);
}

/* ---- JSON ---- */

/* A JSON string of s (cleaned to UTF-8; NULL gives ""). */
static json_t *jstr(const char *s)
{
    char *clean = ev_utf8_clean(s, s ? strlen(s) : 0);
    json_t *j = clean ? json_string(clean) : NULL;
    free(clean);
    return j;
}

static json_t *jtime(int64_t t)
{
    char u[40], s[40];
    if (!t)
        return json_null();
    evidence_time_utc(t, u, sizeof u);
    evidence_time_shanghai(t, s, sizeof s);
    return json_pack("{s:s, s:s}", "utc", u, "asia_shanghai", s);
}

static json_t *jiso(const char *iso)
{
    int64_t t;
    return iso && evidence_time_parse(iso, &t) == 0 ? jtime(t) : json_null();
}

/* set key to v; 0 on success (v is stolen either way) */
static int put(json_t *o, const char *key, json_t *v)
{
    return !v || json_object_set_new(o, key, v) != 0;
}

static json_t *lead_json(const evidence_lead *l)
{
    json_t *o = json_object();
    int bad = !o;
    bad |= put(o, "id", json_integer(l->id)) || put(o, "status", jstr(l->status)) ||
           put(o, "rule", jstr(l->rule)) || put(o, "title", jstr(l->title)) ||
           put(o, "severity", jstr(l->severity)) || put(o, "legal_basis", jstr(l->basis)) ||
           put(o, "subject", jstr(l->subject)) || put(o, "host", jstr(l->host)) ||
           put(o, "url", jstr(l->url)) || put(o, "province", jstr(l->province)) ||
           put(o, "province_source", jstr(l->region_source)) ||
           put(o, "authority", jstr(l->authority)) || put(o, "first_seen", jiso(l->first_seen)) ||
           put(o, "last_seen", jiso(l->last_seen)) || put(o, "hits", json_integer(l->hits)) ||
           put(o, "showing", json_integer(l->showing)) || put(o, "snippet", jstr(l->snippet));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *run_json(const evidence_capture *x)
{
    json_t *opts = x->run_options && *x->run_options ? json_loads(x->run_options, 0, NULL) : NULL;
    if (!opts && x->run_options && *x->run_options)
        opts = jstr(x->run_options);   /* not JSON: kept as the text it was */
    return json_pack("{s:I, s:o, s:o, s:o, s:{s:o, s:o}}", "id", (json_int_t)x->run, "kind",
                     jstr(x->run_kind), "options", opts ? opts : json_null(), "tool", jstr(x->tool),
                     "rulebook", "version", jstr(x->rulebook_version), "sha256",
                     jstr(x->rulebook_sha256));
}

static json_t *warc_json(const evidence_capture *x)
{
    if (!x->warc)
        return json_null();
    return json_pack("{s:o, s:I, s:o, s:o, s:o, s:o}", "file", jstr(x->warc_file),
                     "response_offset", (json_int_t)x->warc_offset, "request_offset",
                     x->request_offset ? json_integer(x->request_offset) : json_null(),
                     "response_record_id", jstr(x->response_id), "request_record_id",
                     jstr(x->request_id), "warc_date", jstr(x->warc_date));
}

static json_t *files_json(const evidence_case *c, size_t k)
{
    const evidence_capture *x = &c->captures[k];
    char dir[32], p[64];
    ev_capture_dir(c, k, dir, sizeof dir);
    json_t *o = json_object();
    if (!*dir)
        return o;
    if (x->warc) {
        snprintf(p, sizeof p, "%s/record.warc", dir);
        put(o, "warc", json_string(p));
    }
    snprintf(p, sizeof p, "%s/body", dir);
    put(o, "body", x->body ? json_string(p) : json_null());
    snprintf(p, sizeof p, "%s/text.html", dir);
    put(o, "text", json_string(p));
    return o;
}

static json_t *mark_json(const evidence_capture *x)
{
    json_t *passages = json_array();
    for (size_t i = 0; passages && x->text && i < x->nmarks; i++) {
        const evidence_mark *m = &x->marks[i];
        if (m->len <= x->text_len && m->off <= x->text_len - m->len) {
            char *s = ev_utf8_clean(x->text + m->off, m->len);
            json_array_append_new(passages, s ? json_string(s) : json_null());
            free(s);
        }
    }
    return json_pack("{s:o, s:o, s:o}", "source", jstr(x->mark_source ? x->mark_source : "none"),
                     "passages", passages ? passages : json_null(), "note", jstr(x->mark_note));
}

/* true / false: the archived body has the stored digest; null: no digest
 * or no body to compare. */
static json_t *payload_matches(const evidence_capture *x)
{
    char hex[65];
    if (!x->sha256 || !*x->sha256 || !x->body || ev_sha256(x->body, x->body_len, NULL, hex) != 0)
        return json_null();
    return json_boolean(strcasecmp(hex, x->sha256) == 0);
}

static json_t *capture_json(const evidence_case *c, size_t k)
{
    const evidence_capture *x = &c->captures[k];
    json_t *o = json_object();
    int bad = !o;
    bad |= put(o, "n", json_integer((json_int_t)k + 1)) || put(o, "role", jstr(x->role)) ||
           put(o, "capture", x->capture ? json_integer(x->capture) : json_null()) ||
           put(o, "requested_url", jstr(x->url)) ||
           put(o, "final_url", jstr(x->final_url && *x->final_url ? x->final_url : x->url)) ||
           put(o, "server_ip", jstr(x->ip)) || put(o, "http_status", json_integer(x->http_status)) ||
           put(o, "fetched_at", jtime(x->fetched_at)) || put(o, "payload_sha256", jstr(x->sha256)) ||
           put(o, "payload_sha256_matches", payload_matches(x)) ||
           put(o, "showing", x->showing < 0 ? json_null() : json_boolean(x->showing)) ||
           put(o, "run", run_json(x)) || put(o, "warc", warc_json(x)) ||
           put(o, "content_type", jstr(x->content_type)) || put(o, "files", files_json(c, k)) ||
           put(o, "mark", mark_json(x));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *history_json(const evidence_case *c)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < c->nhistory; i++) {
        const evidence_event *e = &c->history[i];
        json_t *o = json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}", "at", jstr(e->at),
                              "at_time", jiso(e->at), "run",
                              e->run ? json_integer(e->run) : json_null(), "actor", jstr(e->actor),
                              "old_status", jstr(e->old_status), "new_status", jstr(e->new_status),
                              "note", jstr(e->note), "outcome", jstr(e->outcome));
        if (!o || json_array_append_new(a, o) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *case_json(const evidence_case *c)
{
    json_t *caps = json_array(), *notes = json_array();
    for (size_t k = 0; caps && k < c->ncaptures; k++)
        if (json_array_append_new(caps, capture_json(c, k)) != 0) {
            json_decref(caps);
            caps = NULL;
        }
    for (size_t i = 0; notes && i < c->nnotes; i++)
        json_array_append_new(notes, jstr(c->notes[i]));
    return json_pack("{s:{s:o, s:o, s:o, s:{s:o, s:o, s:o}}, s:o, s:o, s:o, s:o}", "bundle",
                     "tool", jstr(c->tool_name), "version", jstr(c->tool_version), "made_at",
                     jtime(c->made_at), "rulebook", "dir", jstr(c->rulebook), "version",
                     jstr(c->rulebook_version), "sha256", jstr(c->rulebook_sha256), "lead",
                     c->lead ? lead_json(c->lead) : json_null(), "captures", caps, "history",
                     history_json(c), "notes", notes);
}

evidence_result ev_summary_json(ev_buf *out, const evidence_case *c)
{
    json_t *j = case_json(c);
    char *s = j ? json_dumps(j, JSON_INDENT(2)) : NULL;
    json_decref(j);
    if (!s)
        return EVIDENCE_ENOMEM;
    ev_buf_str(out, s);
    ev_buf_str(out, "\n");
    free(s);
    return out->oom ? EVIDENCE_ENOMEM : EVIDENCE_OK;
}
