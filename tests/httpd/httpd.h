/*
 * httpd — private header of the loopback HTTP/1.1 test server (test
 * infrastructure, not part of wangjian).
 *
 * One libuv loop; one struct httpd_server owns the listener, the deadline
 * timer, the signal handles, every open connection and the per-host
 * counters.  A connection owns two handles (its TCP stream and one timer used
 * for idle timeout, delay and drip) and is freed in the close callback of the
 * last of them.  At most one write is outstanding per connection, so the
 * write request lives inside the connection.
 *
 * Files are read synchronously on the loop thread.  That breaks the "no
 * blocking work on the loop" habit on purpose: the served trees are small
 * local test fixtures, and keeping the server single-threaded keeps its
 * timing (which the politeness tests measure) easy to reason about.
 */
#ifndef WANGJIAN_TESTS_HTTPD_H
#define WANGJIAN_TESTS_HTTPD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <uv.h>

enum {
    HTTPD_HEADER_MAX = 16384,          /* request head limit, else 431 */
    HTTPD_HOST_MAX = 253,              /* longest host name accepted */
    HTTPD_MAX_HOSTS = 1024,            /* hosts tracked in the counters */
    HTTPD_MAX_STARTS = 4096,           /* request start times kept per host */
    HTTPD_CONN_HOSTS = 8,              /* hosts counted per connection */
    HTTPD_IDLE_MS = 15000,             /* idle keep-alive connection timeout */
    HTTPD_FILLER = 65536,              /* size of one endless-body chunk */
    HTTPD_LABEL_MAX = 128              /* charset / content-type override */
};

#define HTTPD_FILE_MAX ((size_t)64 << 20) /* largest file served */
#define HTTPD_BOMB_MB_MAX 1024            /* largest gzip bomb, MiB inflated */
#define HTTPD_DELAY_MAX 600000u           /* ms */

/* Counters for one Host, for the politeness tests (see /__stats). */
struct httpd_host {
    struct httpd_host *next;
    char name[HTTPD_HOST_MAX + 1];
    uint64_t requests;
    unsigned in_flight, max_concurrent;
    unsigned open_conns, max_connections;
    uint64_t *starts_ns;  /* owned; arrival times (uv_hrtime() clock) in the
                           * order the requests were read, at most MAX_STARTS */
    size_t nstarts, starts_cap;
};

struct httpd_conn;

struct httpd_server {
    uv_loop_t *loop;      /* borrowed */
    uv_tcp_t listener;
    uv_timer_t deadline;
    uv_signal_t sigterm, sigint;
    int handles_open;     /* server handles not yet closed */
    const char *root;     /* borrowed from argv */
    FILE *log;            /* owned by main; NULL when not logging */
    uint64_t start_ns;
    int64_t realtime_offset_ns; /* CLOCK_REALTIME minus uv_hrtime(), taken once */
    char *filler;         /* owned; HTTPD_FILLER bytes for endless bodies */
    struct httpd_conn *conns;
    struct httpd_host *hosts;
    size_t nhosts;
    int stopping;
};

/* A parsed request head.  The pointers point into the connection's buffer,
 * which stays untouched until the response is finished. */
struct httpd_request {
    char method[16];
    int is_head;
    int minor;                       /* HTTP/1.minor */
    int close;                       /* close after the response */
    char host[HTTPD_HOST_MAX + 1];   /* lower-cased, port removed; may be "" */
    const char *target;              /* as sent on the request line */
    size_t target_len;
    const char *path;                /* raw path (origin form), no query */
    size_t path_len;
    const char *query;               /* "?..." or empty */
    size_t query_len;
    const char *inm;                 /* If-None-Match value or NULL */
    size_t inm_len;
    const char *ims;                 /* If-Modified-Since value or NULL */
    size_t ims_len;
};

/* Fault-injection prefixes found at the front of a path. */
struct httpd_fault {
    uint64_t delay_ms;
    uint64_t drip_bps;     /* 0: no drip */
    int64_t reset_after;   /* -1: no reset */
    int status;            /* 0: no override */
    int gzip, badlen, endless;
    int64_t bomb_mb;       /* -1: no bomb */
    int64_t redirect;      /* >0: answer 302 to the next hop */
    char loop;             /* 'A' or 'B' for /__loop, else 0 */
    size_t hop_at;         /* raw offset of the /__redirect or /__loop segment */
    char charset[HTTPD_LABEL_MAX];
    char ctype[HTTPD_LABEL_MAX];
    const char *rest;      /* raw remainder, "" or starting with '/' */
    size_t rest_len;
};

/* What a connection sends for one request.  head and body are owned. */
struct httpd_response {
    int status;
    char *head;
    size_t head_len;
    char *body;
    size_t body_len;
    size_t body_limit;     /* body bytes to send (reset/HEAD cut this) */
    size_t body_sent;
    uint64_t delay_ms;
    uint64_t drip_bps;
    int reset, badlen, endless;
    int chunked;           /* endless body framed as chunks (HTTP/1.1) */
    int close;             /* close the connection afterwards */
};

/* ---- request.c ---- */

/* Parse the request head buf[0..len) (terminated by an empty line).
 * Returns 0, or the HTTP status to answer with (400, 405, 505). On error the
 * fields needed to answer (minor, close, method) are still filled. */
int httpd_request_parse(const char *buf, size_t len, struct httpd_request *r);

/* Percent-decode in[0..len) into out (capacity cap, NUL-terminated).
 * Returns the decoded length, or -1 on a bad escape, an encoded NUL or
 * overflow. */
long httpd_pct_decode(const char *in, size_t len, char *out, size_t cap);

/* ---- fault.c ---- */

/* Parse fault prefixes at the front of path[0..len). Returns 0 or 400. */
int httpd_fault_parse(const char *path, size_t len, struct httpd_fault *f);

/* gzip-compress in[0..len). On success *out is malloc'd, owned by the
 * caller. Returns 0 or -1 (out of memory, zlib failure). */
int httpd_gzip(const char *in, size_t len, char **out, size_t *out_len);

/* A gzip stream inflating to mb MiB of zero bytes; same ownership. */
int httpd_gzip_zeros(uint64_t mb, char **out, size_t *out_len);

/* ---- search.c ---- */

/* /search?q=WORD[&page=N] on a host whose folder has a ".search" file
 * (see search.c): 0 with *body (owned by the caller, *len bytes) the
 * result page, 1 when the host has no search (serve the path as usual),
 * -1 when out of memory. */
int httpd_search(const char *root, const struct httpd_request *req, char **body, size_t *len);

/* ---- respond.c ---- */

/* Build the response for a parsed request (or for parse_status != 0, the
 * error response).  Returns 0 with res owning its head and body, or -1 when
 * out of memory (res is then empty). */
int httpd_respond(struct httpd_server *srv, const struct httpd_request *req,
                  int parse_status, struct httpd_response *res);

/* Free what a response owns and reset it; accepts a zeroed response. */
void httpd_response_clear(struct httpd_response *res);

/* ---- stats.c ---- */

/* Counters for host, created on first use. NULL for "" or when the table is
 * full; the server owns the result. */
struct httpd_host *httpd_host_get(struct httpd_server *srv, const char *host);
/* A request for h begins; at_ns (uv_hrtime() clock) is when its first byte
 * reached the server's kernel, the time its gap to the previous one is
 * measured from. */
void httpd_host_request_begin(struct httpd_host *h, uint64_t at_ns);
void httpd_host_request_end(struct httpd_host *h);
void httpd_host_conn_open(struct httpd_host *h);
void httpd_host_conn_close(struct httpd_host *h);

/* The /__stats JSON, malloc'd and owned by the caller; NULL when out of
 * memory. */
char *httpd_stats_json(const struct httpd_server *srv);

/* Append one JSON line for a finished request to srv->log (if any). */
void httpd_log_request(struct httpd_server *srv, const char *peer,
                       const struct httpd_request *req, int status,
                       size_t bytes);

void httpd_hosts_free(struct httpd_server *srv);

/* ---- conn.c ---- */

/* Listener callback: accept and serve one connection. */
void httpd_on_connection(uv_stream_t *listener, int status);

/* Close every open connection (server shutdown). */
void httpd_conns_close_all(struct httpd_server *srv);

#endif
