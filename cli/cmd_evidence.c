/*
 * wangjian evidence: the evidence bundle of a lead (or of a page, by URL)
 * and the check of a bundle (--verify).  This file gathers the data: the
 * lead, its history and its evidence captures from the store, each
 * capture's request and response records from the crawl's WARC files,
 * and the passage to mark, found by running the parser and the rules on
 * the archived body again.  evidence/ writes and verifies the bundle.
 *
 * A lead whose captures have no WARC record (crawled with --no-warc) gets
 * no bundle: the database keeps only each page's latest body, which need
 * not be the version that showed the lead, and nothing of the exchange
 * (request, headers, server address), so the command says so and exits 1.
 */
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "cli.h"
#include "../evidence/evidence.h"

/* ---- options ---- */

typedef struct {
    const char *db, *out, *rules, *platforms, *tsa, *tsa_ca, *verify;
    int no_reader;   /* --no-reader: mark the text with the rules alone, as a crawl run with it did */
} ev_args;

const struct option cli_evidence_opts[] = {
    {"db", required_argument, 0, 'd'},        {"out", required_argument, 0, 'o'},
    {"rules", required_argument, 0, 'r'},     {"platforms", required_argument, 0, 'p'},
    {"tsa", required_argument, 0, 't'},       {"tsa-ca", required_argument, 0, 'c'},
    {"verify", required_argument, 0, 'v'},    {"no-reader", no_argument, 0, 'n'},
    {0, 0, 0, 0}};

/* ---- store rows as JSON objects (all values strings) ---- */

static int add_row(void *ud, size_t n, const char *const *names, const char *const *values)
{
    json_t *o = json_object();
    for (size_t i = 0; o && i < n; i++)
        if (json_object_set_new(o, names[i], json_string(values[i])) != 0) {
            json_decref(o);
            o = NULL;
        }
    return !o || json_array_append_new(ud, o) != 0;
}

static const char *col(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

static int64_t num(const json_t *o, const char *key)
{
    return strtoll(col(o, key), NULL, 10);
}

/* ---- one capture ---- */

/* What one capture needs until the bundle is written; owned here. */
typedef struct {
    warc_copy *wc;
    parser_page *page;
    rules_findings found;
    evidence_mark *marks;
    size_t nmarks;
    char note[512];
} cap_work;

static void cap_free(cap_work *w)
{
    warc_copy_free(w->wc);
    parser_page_free(w->page);
    rules_findings_clear(&w->found);
    free(w->marks);
}

/* Where needle is in the page text: at the finding's offset, else its
 * first occurrence; -1 when absent. */
static long long find_text(const parser_page *pg, size_t at, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0 || !pg->text)
        return -1;
    if (at <= pg->text_len && n <= pg->text_len - at && memcmp(pg->text + at, needle, n) == 0)
        return (long long)at;
    const char *p = memmem(pg->text, pg->text_len, needle, n);
    return p ? (long long)(p - pg->text) : -1;
}

static int push_mark(cap_work *w, long long off, size_t len, const char *label)
{
    evidence_mark *m = realloc(w->marks, (w->nmarks + 1) * sizeof *m);
    if (!m)
        return -1;
    w->marks = m;
    m[w->nmarks++] = (evidence_mark){(size_t)off, len, label};
    return 0;
}

/* Mark the findings of rule (NULL: every finding, for a page). */
static void mark_findings(cap_work *w, const char *rule)
{
    for (size_t i = 0; i < w->found.n; i++) {
        const rules_finding *f = &w->found.v[i];
        if (rule && strcmp(f->code, rule) != 0)
            continue;
        long long off = f->matched ? find_text(w->page, f->text_off, f->matched) : -1;
        if (off >= 0)
            push_mark(w, off, strlen(f->matched), f->code);
    }
}

typedef struct {
    store *st;
    const rules_book *book;
    const parser_profiles *profiles;
    const char *rules_dir;
} ev_env;

typedef struct {
    const char *code;
    int found;
    const char *title;
} rule_look;

static void look_rule(void *ud, const char *code, const char *severity, const char *category,
                      const char *kind, int enabled, const char *title, const char *basis)
{
    (void)severity, (void)category, (void)kind, (void)basis;
    rule_look *l = ud;
    if (strcmp(code, l->code) == 0 && enabled) {
        l->found = 1;
        l->title = title;
    }
}

/* Parse the capture's body and run the rules on it, as the crawl did;
 * then mark the lead's rule, else the lead's stored snippet (lead may be
 * NULL: a page, every finding marked).  The note says which.  run: the run
 * that fetched the capture, whose own price observations do not count. */
static void analyse(cap_work *w, const ev_env *env, const evidence_lead *lead, const char *url,
                    int64_t fetched, int64_t run, const char **source)
{
    *source = "none";
    /* a rendered page was judged on the browser's DOM (UTF-8): so is its capture */
    const warc_copy *wc = w->wc;
    scan_result sr = wc->rendered
        ? scan_analyse(wc->rendered, wc->rendered_len, "text/html; charset=utf-8", url,
                       env->profiles, env->book, &w->page, &w->found)
        : scan_analyse(wc->payload, wc->payload_len, wc->content_type, url, env->profiles,
                       env->book, &w->page, &w->found);
    if (sr != SCAN_OK) {
        snprintf(w->note, sizeof w->note, "the body could not be parsed (%s)", scan_strerror(sr));
        return;
    }
    /* the rules that need the registry or the price history; when the store
     * cannot answer, the others still mark, and the note says so */
    int stored = scan_check_stored(env->st, env->book, url, w->page, fetched, run, &w->found) == SCAN_OK;
    mark_findings(w, lead ? lead->rule : NULL);
    if (w->nmarks) {
        *source = "rule";
        snprintf(w->note, sizeof w->note, "the rules in %s matched this capture's text again",
                 env->rules_dir);
        return;
    }
    if (!lead) {
        snprintf(w->note, sizeof w->note, "no rule in %s matches this page", env->rules_dir);
        return;
    }
    for (size_t i = 0; i < w->found.n; i++)
        if (strcmp(w->found.v[i].code, lead->rule) == 0) {   /* an absence: nothing to mark */
            *source = "rule";
            snprintf(w->note, sizeof w->note, "rule %s of %s fired again on this capture: it "
                     "reports what the page lacks, so there is no passage to mark",
                     lead->rule, env->rules_dir);
            return;
        }
    rule_look look = {lead->rule, 0, NULL};
    rules_each(env->book, look_rule, &look);
    const char *body = scan_snippet_body(lead->snippet); /* past "[图片说明] " */
    long long off = body ? find_text(w->page, 0, body) : -1;
    if (off >= 0 && push_mark(w, off, strlen(body), lead->rule) == 0)
        *source = "snippet";
    snprintf(w->note, sizeof w->note, "rule %s %s the rulebook in %s; %s", lead->rule,
             look.found ? "no longer matches this capture with" : "is not in (or is disabled in)",
             env->rules_dir,
             off >= 0 ? "the lead's stored snippet is marked instead"
                      : "the lead's stored snippet is not in this text: it is shown above it");
    if (!stored) {
        size_t n = strlen(w->note);
        snprintf(w->note + n, sizeof w->note - n, " (the rules that need stored data could not "
                 "read the database: %s)", store_errmsg(env->st));
    }
}

/* "2026-11-23T18:14:29.123456Z" (WARC-Date) as unix seconds; 0 if bad. */
static int64_t warc_time(const char *date)
{
    char iso[32];
    int64_t t = 0;
    size_t n = strcspn(date, ".Z");
    if (n != 19 || n + 2 > sizeof iso)
        return 0;
    memcpy(iso, date, n);
    memcpy(iso + n, "Z", 2);
    return evidence_time_parse(iso, &t) == 0 ? t : 0;
}

/* The capture of row (a store_lead_captures row, or for a page the
 * stand-in built from its WARC record) into x and w.  CLI_FAIL after a
 * message when its WARC record cannot be read. */
static int load_capture(const ev_env *env, const json_t *row, const evidence_lead *lead,
                        evidence_capture *x, cap_work *w)
{
    const char *file = col(row, "warc_file");
    char err[1024] = "";
    *x = (evidence_capture){.role = col(row, "role"), .capture = num(row, "capture"),
                            .url = col(row, "url"), .final_url = col(row, "final_url"),
                            .ip = col(row, "ip"), .http_status = (int)num(row, "status"),
                            .fetched_at = num(row, "fetched_epoch"), .sha256 = col(row, "sha256"),
                            .showing = *col(row, "showing") ? (int)num(row, "showing") : -1,
                            .run = num(row, "run"), .run_kind = col(row, "run_kind"),
                            .run_options = col(row, "run_options"), .tool = col(row, "tool"),
                            .rulebook_version = col(row, "rulebook_version"),
                            .rulebook_sha256 = col(row, "rulebook_sha256"), .mark_source = "none"};
    if (!*file) {
        snprintf(w->note, sizeof w->note, "no WARC record: the crawl ran with --no-warc");
        x->mark_note = w->note;
        return CLI_OK;
    }
    if (warc_copy_exchange(file, num(row, "warc_offset"), &w->wc, err, sizeof err) != WARC_OK) {
        cli_error("%s", err);
        return CLI_FAIL;
    }
    const warc_copy *c = w->wc;
    x->warc_file = file;
    x->warc_offset = num(row, "warc_offset");
    x->request_offset = (int64_t)c->request_offset;
    x->response_id = c->response_id;
    x->request_id = c->request_id;
    x->warc_date = c->date;
    x->warc = c->warc;
    x->warc_len = c->warc_len;
    x->body = c->payload;
    x->body_len = c->payload_len;
    x->content_type = c->content_type;
    x->rendered = c->rendered;
    x->rendered_len = c->rendered_len;
    x->screenshot = c->screenshot;
    x->screenshot_len = c->screenshot_len;
    if (!*x->ip)   /* the record knows what the store may not */
        x->ip = c->ip;
    if (!x->http_status)
        x->http_status = c->http_status;
    if (!x->fetched_at)
        x->fetched_at = warc_time(c->date);
    if (!*x->url)
        x->url = c->target_uri;
    analyse(w, env, lead, *x->final_url ? x->final_url : x->url, x->fetched_at, x->run,
            &x->mark_source);
    if (w->page) {
        x->text = w->page->text;
        x->text_len = w->page->text_len;
    }
    x->marks = w->marks;
    x->nmarks = w->nmarks;
    x->mark_note = w->note;
    return CLI_OK;
}

/* ---- the whole case ---- */

typedef struct {
    json_t *lead, *captures, *history;  /* store rows */
    evidence_lead l;
    evidence_capture *caps;
    cap_work *work;
    evidence_event *events;
    char **notes;
    size_t ncaps, nnotes;
} ev_data;

static void data_free(ev_data *d)
{
    for (size_t i = 0; i < d->ncaps; i++)
        cap_free(&d->work[i]);
    for (size_t i = 0; i < d->nnotes; i++)
        free(d->notes[i]);
    free(d->notes);
    free(d->caps);
    free(d->work);
    free(d->events);
    json_decref(d->lead);
    json_decref(d->captures);
    json_decref(d->history);
}

static void add_note(ev_data *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_note(ev_data *d, const char *fmt, ...)
{
    char **v = realloc(d->notes, (d->nnotes + 1) * sizeof *v);
    if (!v)
        return;
    d->notes = v;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&v[d->nnotes], fmt, ap) >= 0)
        d->nnotes++;
    va_end(ap);
}

static void fill_lead(ev_data *d, const rules_book *book)
{
    const json_t *o = d->lead;
    d->l = (evidence_lead){.id = num(o, "lead_id"), .status = col(o, "status"),
                           .rule = col(o, "rule"), .severity = col(o, "severity"),
                           .basis = col(o, "law"), .subject = col(o, "subject"),
                           .host = col(o, "host"), .url = col(o, "url"),
                           .province = col(o, "region"), .region_source = col(o, "region_source"),
                           .authority = col(o, "authority"), .first_seen = col(o, "first_seen"),
                           .last_seen = col(o, "last_seen"), .hits = (long)num(o, "hits"),
                           .showing = (long)num(o, "showing"), .snippet = col(o, "evidence")};
    rule_look look = {d->l.rule, 0, NULL};
    rules_each(book, look_rule, &look);
    d->l.title = look.title;
}

static void fill_history(ev_data *d)
{
    size_t n = json_array_size(d->history);
    d->events = calloc(n ? n : 1, sizeof *d->events);
    for (size_t i = 0; d->events && i < n; i++) {
        const json_t *o = json_array_get(d->history, i);
        d->events[i] = (evidence_event){col(o, "at"), num(o, "run"), col(o, "actor"),
                                        col(o, "old_status"), col(o, "new_status"),
                                        col(o, "note"), col(o, "outcome")};
    }
}

/* Read every capture's records and mark its text. */
static int load_captures(ev_data *d, const ev_env *env)
{
    size_t n = json_array_size(d->captures);
    d->caps = calloc(n ? n : 1, sizeof *d->caps);
    d->work = calloc(n ? n : 1, sizeof *d->work);
    if (!d->caps || !d->work) {
        cli_error("out of memory");
        return CLI_FAIL;
    }
    size_t archived = 0;
    for (size_t i = 0; i < n; i++) {
        d->ncaps = i + 1;
        if (load_capture(env, json_array_get(d->captures, i), d->lead ? &d->l : NULL, &d->caps[i],
                         &d->work[i]) != CLI_OK)
            return CLI_FAIL;
        archived += d->caps[i].warc != NULL;
        if (strcmp(d->caps[i].mark_source, "rule") != 0)
            add_note(d, "capture %zu: %s", i + 1, d->work[i].note);
    }
    if (archived == 0) {
        if (d->lead)
            cli_error("lead %lld has no WARC record behind it: the pages that showed it were "
                      "crawled with --no-warc, and the database alone cannot show the version "
                      "that showed it; no bundle written", (long long)d->l.id);
        else
            cli_error("no WARC record behind it");
        return CLI_FAIL;
    }
    return CLI_OK;
}

/* The lead's rows from the store.  CLI_FAIL after a message. */
static int read_lead(store *st, int64_t id, ev_data *d)
{
    store_lead_filter f = {.lead_id = id};
    json_t *leads = json_array();
    d->captures = json_array();
    d->history = json_array();
    store_result r = leads && d->captures && d->history ? store_leads(st, &f, add_row, leads)
                                                        : STORE_ENOMEM;
    if (r == STORE_OK && json_array_size(leads) == 1) {
        d->lead = json_incref(json_array_get(leads, 0));
        if ((r = store_lead_history(st, id, add_row, d->history)) == STORE_OK)
            r = store_lead_captures(st, id, add_row, d->captures);
    }
    json_decref(leads);
    if (r != STORE_OK) {
        cli_error("cannot read lead %lld: %s", (long long)id, store_errmsg(st));
        return CLI_FAIL;
    }
    if (!d->lead) {
        cli_error("no lead with id %lld (see 'wangjian leads --status all')", (long long)id);
        return CLI_FAIL;
    }
    if (json_array_size(d->captures) == 0) {
        cli_error("lead %lld has no capture behind it (no page that showed it is stored)",
                  (long long)id);
        return CLI_FAIL;
    }
    return CLI_OK;
}

/* A page by URL: its current capture, facts from its WARC record. */
static int read_page(store *st, const char *url, ev_data *d)
{
    char file[4096];
    int64_t offset = 0;
    if (store_page_evidence(st, url, file, sizeof file, &offset) != STORE_OK) {
        cli_error("no evidence for '%s': the page is not stored, or has no WARC record behind "
                  "it (crawled with --no-warc)", url);
        return CLI_FAIL;
    }
    char off[32];
    snprintf(off, sizeof off, "%lld", (long long)offset);
    d->captures = json_pack("[{s:s, s:s, s:s, s:s}]", "role", "current", "url", url, "warc_file",
                            file, "warc_offset", off);
    if (!d->captures) {
        cli_error("out of memory");
        return CLI_FAIL;
    }
    return CLI_OK;
}

/* ---- writing and printing ---- */

static int write_bundle(const ev_args *a, ev_data *d, const ev_env *env)
{
    evidence_case c = {.tool_name = "wangjian", .tool_version = WANGJIAN_VERSION,
                       .made_at = (int64_t)time(NULL), .lead = d->lead ? &d->l : NULL,
                       .captures = d->caps, .ncaptures = d->ncaps, .history = d->events,
                       .nhistory = d->events ? json_array_size(d->history) : 0,
                       .rulebook = env->rules_dir,
                       .rulebook_version = rules_book_version(env->book),
                       .rulebook_sha256 = rules_book_digest(env->book),
                       .notes = (const char *const *)d->notes,
                       .nnotes = d->nnotes};
    evidence_tsa tsa = {a->tsa, a->tsa_ca, 0};
    evidence_written w;
    char err[1024] = "";
    evidence_result r = evidence_write(a->out, &c, a->tsa ? &tsa : NULL, &w, err, sizeof err);
    if (r != EVIDENCE_OK) {
        cli_error("%s%s", err, r == EVIDENCE_ENOTEMPTY ? "" : "; no bundle written");
        return CLI_FAIL;
    }
    for (size_t i = 0; i < d->nnotes; i++)
        fprintf(stderr, "wangjian: note: %s\n", d->notes[i]);
    fprintf(stderr, "wangjian: evidence written to %s/: %zu capture%s, %zu files in manifest.txt",
            a->out, d->ncaps, d->ncaps == 1 ? "" : "s", w.files);
    if (w.timestamped)
        fprintf(stderr, "; timestamp %s (%s)", w.ts_time,
                w.ts_checked ? "checked against the CA" : "signature not checked: no --tsa-ca");
    fprintf(stderr, "\nwangjian: the manifest's SHA-256 (below) is also in manifest.sha256 and "
                    "extraction-record.html; keep it with the case file\n");
    printf("%s  %s/manifest.txt\n", w.manifest_sha256, a->out);
    return CLI_OK;
}

static int make_bundle(const ev_args *a, store *st, const char *what)
{
    ev_data d = {0};
    ev_env env = {st, NULL, NULL, NULL};
    char *rd = cli_rules_dir(a->rules), *pd = cli_platforms_dir(a->platforms);
    parser_profiles *profiles = NULL;
    rules_book *book = rd ? cli_load_rules_opts(rd, a->no_reader) : NULL;
    int rc = book && cli_load_profiles(pd, &profiles) == CLI_OK ? CLI_OK : CLI_FAIL;
    char *shown = rd ? realpath(rd, NULL) : NULL;   /* the summary names it: no "../.." */
    env.book = book;
    env.profiles = profiles;
    env.rules_dir = shown ? shown : rd;
    if (rc == CLI_OK) {
        if (strspn(what, "0123456789") == strlen(what))
            rc = read_lead(st, strtoll(what, NULL, 10), &d);
        else
            rc = read_page(st, what, &d);
    }
    if (rc == CLI_OK && d.lead)
        fill_lead(&d, book);
    if (rc == CLI_OK)
        fill_history(&d);
    if (rc == CLI_OK)
        rc = load_captures(&d, &env);
    if (rc == CLI_OK)
        rc = write_bundle(a, &d, &env);
    data_free(&d);
    parser_profiles_free(profiles);
    rules_free(book);
    free(shown);
    free(rd);
    free(pd);
    return rc;
}

static int verify(const ev_args *a)
{
    evidence_report rep;
    char err[1024] = "";
    evidence_result r = evidence_verify(a->verify, a->tsa_ca, &rep, err, sizeof err);
    if (r != EVIDENCE_OK) {
        cli_error("%s: %s", a->verify, err);
        return CLI_FAIL;
    }
    printf("verified: %s: %zu files, manifest SHA-256 %s", a->verify, rep.files,
           rep.manifest_sha256);
    if (rep.timestamped)
        printf(", timestamp %s %s", rep.ts_time,
               rep.ts_checked ? "checked against the CA" : "(its signature not checked: give --tsa-ca)");
    printf("\n");
    return CLI_OK;
}

int cmd_evidence(int argc, char **argv)
{
    ev_args a = {0};
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", cli_evidence_opts, NULL)) != -1) {
        switch (c) {
        case 'd': a.db = optarg; break;
        case 'o': a.out = optarg; break;
        case 'r': a.rules = optarg; break;
        case 'p': a.platforms = optarg; break;
        case 't': a.tsa = optarg; break;
        case 'c': a.tsa_ca = optarg; break;
        case 'v': a.verify = optarg; break;
        case 'n': a.no_reader = 1; break;
        default:
            return cli_usage_error("evidence", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    /* --verify reads only the bundle: --db, --rules, --platforms and --tsa,
     * which a config file shared with the other commands may give, do not
     * matter to it; --out or a lead would mean the user mixed two things */
    if (a.verify) {
        if (a.out || argc != optind)
            return cli_usage_error("evidence", "usage: wangjian evidence --verify DIR [--tsa-ca FILE]");
        return verify(&a);
    }
    if (!a.db || !a.out || argc - optind != 1)
        return cli_usage_error("evidence", "usage: wangjian evidence --db FILE --out DIR "
                                           "[--tsa URL [--tsa-ca FILE]] LEAD_ID|URL");
    if (a.tsa_ca && !a.tsa)
        return cli_usage_error("evidence", "--tsa-ca needs --tsa URL (or use it with --verify)");
    if (a.tsa && strncmp(a.tsa, "http://", 7) != 0 && strncmp(a.tsa, "https://", 8) != 0)
        return cli_value_error("evidence", a.tsa, "--tsa: '%s' is not an http or https URL", a.tsa);
    store *st = cli_open_store_mode(a.db, STORE_OPEN_READONLY);
    if (!st)
        return CLI_FAIL;
    int rc = make_bundle(&a, st, argv[optind]);
    if (cli_close_store(st) != CLI_OK)
        rc = CLI_FAIL;
    return rc;
}
