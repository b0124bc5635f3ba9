/*
 * conn.c — one client connection: read a request head, answer it following
 * the response's sending plan, then wait for the next request (keep-alive)
 * or close.
 *
 * States, driven by callbacks only (never a sleep):
 *   idle     reading; the timer is the idle timeout
 *   delayed  reading stopped; the timer fires after the /__delay time
 *   sending  one write outstanding; drip waits on the timer between pieces
 * Reading is stopped while a request is answered (no pipelining), so bytes
 * of a next request stay in the buffer and are parsed once the current
 * response is done.  A connection is freed in the close callback of the
 * last of its two handles; the write request cannot outlive it because
 * uv_close cancels it and runs its callback first.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "httpd.h"

struct httpd_conn {
    uv_tcp_t tcp;
    uv_timer_t timer;
    uv_write_t wreq;
    struct httpd_server *srv;
    struct httpd_conn *prev, *next;
    int handles_open;     /* freed when this drops to 0 */
    int closing;
    int busy;             /* a request is being answered */
    char peer[64];
    size_t len;           /* bytes in buf */
    size_t head_len;      /* bytes of buf the current request occupies */
    struct httpd_request req;
    struct httpd_response res;
    int parse_status;
    struct httpd_host *req_host;  /* host whose in-flight count we hold */
    uint64_t arrival_ns;  /* first byte of the request being read reached the
                           * kernel (uv_hrtime() clock); 0 = not known yet */
    struct httpd_host *hosts[HTTPD_CONN_HOSTS];
    size_t nhosts;
    size_t piece;         /* body bytes per write (drip: per tick) */
    uint64_t interval_ms; /* drip: time between pieces */
    size_t pending_body;  /* body bytes in the outstanding write */
    char chunk_head[24];
    char crlf[2];
    char buf[HTTPD_HEADER_MAX];
};

static void send_piece(struct httpd_conn *c);
static void try_request(struct httpd_conn *c);

static void on_close(uv_handle_t *handle)
{
    struct httpd_conn *c = handle->data;
    if (--c->handles_open == 0)
        free(c);
}

/* Log and un-count the current request, and drop its response. */
static void finish_request(struct httpd_conn *c)
{
    if (!c->busy)
        return;
    httpd_log_request(c->srv, c->peer, &c->req, c->res.status, c->res.body_sent);
    if (c->req_host)
        httpd_host_request_end(c->req_host);
    c->req_host = NULL;
    httpd_response_clear(&c->res);
    c->busy = 0;
}

/* Close the connection; with reset, abort it with an RST. */
static void conn_close(struct httpd_conn *c, int reset)
{
    if (c->closing)
        return;
    c->closing = 1;
    finish_request(c);
    for (size_t i = 0; i < c->nhosts; i++)
        httpd_host_conn_close(c->hosts[i]);
    if (c->prev)
        c->prev->next = c->next;
    else
        c->srv->conns = c->next;
    if (c->next)
        c->next->prev = c->prev;
    uv_close((uv_handle_t *)&c->timer, on_close);
    if (!reset || uv_tcp_close_reset(&c->tcp, on_close) != 0)
        uv_close((uv_handle_t *)&c->tcp, on_close);
}

void httpd_conns_close_all(struct httpd_server *srv)
{
    while (srv->conns)
        conn_close(srv->conns, 0);
}

static void on_idle_timeout(uv_timer_t *timer)
{
    conn_close(timer->data, 0);
}

/* When the oldest unread byte on c's socket reached the kernel, on the
 * uv_hrtime() clock, from the receive timestamp (SO_TIMESTAMPNS) of a
 * one-byte peek; 0 when there is no such byte or no timestamp.  The
 * politeness tests measure request gaps from these times: the kernel takes
 * them as the client sends (on loopback, inside the client's send call),
 * so a server that is slow to be scheduled under load reads a request late
 * but cannot make the gap before it look shorter than the client made it. */
static uint64_t peek_arrival(struct httpd_conn *c)
{
    uv_os_fd_t fd;
    if (uv_fileno((uv_handle_t *)&c->tcp, &fd) != 0)
        return 0;
    char byte;
    struct iovec iov = {.iov_base = &byte, .iov_len = 1};
    union {
        char buf[CMSG_SPACE(sizeof(struct timespec))];
        struct cmsghdr align;
    } ctl;
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = ctl.buf;
    m.msg_controllen = sizeof ctl.buf;
    if (recvmsg(fd, &m, MSG_PEEK | MSG_DONTWAIT) != 1)
        return 0;
    for (struct cmsghdr *cm = CMSG_FIRSTHDR(&m); cm; cm = CMSG_NXTHDR(&m, cm)) {
        if (cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_TIMESTAMPNS)
            continue;
        struct timespec ts;
        memcpy(&ts, CMSG_DATA(cm), sizeof ts);
        int64_t rt = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
        if (rt == 0)
            return 0;
        return (uint64_t)(rt - c->srv->realtime_offset_ns);
    }
    return 0;
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf)
{
    struct httpd_conn *c = handle->data;
    (void)suggested;
    /* libuv reads right after this: stamp a request when its first bytes
     * are about to be read (bytes left over from the previous read carry
     * no timestamp; such a request is stamped when it is parsed) */
    if (c->len == 0 && c->arrival_ns == 0)
        c->arrival_ns = peek_arrival(c);
    *buf = uv_buf_init(c->buf + c->len, (unsigned)(sizeof c->buf - c->len));
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    struct httpd_conn *c = stream->data;
    (void)buf;
    if (nread < 0) {
        conn_close(c, 0);
        return;
    }
    c->len += (size_t)nread;
    try_request(c);
}

/* The response is fully sent: log it, then close or wait for the next one. */
static void response_done(struct httpd_conn *c)
{
    int reset = c->res.reset, close = c->res.close;
    finish_request(c);
    if (reset || close) {
        conn_close(c, reset);
        return;
    }
    memmove(c->buf, c->buf + c->head_len, c->len - c->head_len);
    c->len -= c->head_len;
    c->head_len = 0;
    if (uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) != 0) {
        conn_close(c, 0);
        return;
    }
    uv_timer_start(&c->timer, on_idle_timeout, HTTPD_IDLE_MS, 0);
    try_request(c);
}

/* HEAD on /__endless announces the endless body but sends none. */
static int endless_body(const struct httpd_conn *c)
{
    return c->res.endless && !c->req.is_head;
}

static void on_drip_tick(uv_timer_t *timer)
{
    send_piece(timer->data);
}

static void on_write(uv_write_t *req, int status)
{
    struct httpd_conn *c = req->data;
    if (c->closing)
        return;
    if (status < 0) {
        conn_close(c, 0);
        return;
    }
    c->res.body_sent += c->pending_body;
    c->pending_body = 0;
    if (!endless_body(c) && c->res.body_sent >= c->res.body_limit) {
        response_done(c);
        return;
    }
    if (c->res.drip_bps)
        uv_timer_start(&c->timer, on_drip_tick, c->interval_ms, 0);
    else
        send_piece(c);
}

/* Append the next body piece to bufs (at most 3 entries). */
static unsigned next_piece(struct httpd_conn *c, uv_buf_t *bufs)
{
    struct httpd_response *r = &c->res;
    if (endless_body(c)) {
        size_t n = c->piece < HTTPD_FILLER ? c->piece : HTTPD_FILLER;
        c->pending_body = n;
        if (!r->chunked) {
            bufs[0] = uv_buf_init(c->srv->filler, (unsigned)n);
            return 1;
        }
        int hl = snprintf(c->chunk_head, sizeof c->chunk_head, "%zx\r\n", n);
        bufs[0] = uv_buf_init(c->chunk_head, (unsigned)hl);
        bufs[1] = uv_buf_init(c->srv->filler, (unsigned)n);
        bufs[2] = uv_buf_init(c->crlf, 2);
        return 3;
    }
    size_t left = r->body_limit - r->body_sent;
    size_t n = left < c->piece ? left : c->piece;
    if (n == 0)
        return 0;
    c->pending_body = n;
    bufs[0] = uv_buf_init(r->body + r->body_sent, (unsigned)n);
    return 1;
}

static void write_bufs(struct httpd_conn *c, uv_buf_t *bufs, unsigned n)
{
    c->wreq.data = c;
    if (uv_write(&c->wreq, (uv_stream_t *)&c->tcp, bufs, n, on_write) != 0)
        conn_close(c, 0);
}

static void send_piece(struct httpd_conn *c)
{
    uv_buf_t bufs[3];
    unsigned n = next_piece(c, bufs);
    if (n == 0) {
        response_done(c);
        return;
    }
    write_bufs(c, bufs, n);
}

/* Work out the drip pace: about ten writes a second, at least one byte. */
static void plan_pieces(struct httpd_conn *c)
{
    uint64_t bps = c->res.drip_bps;
    if (!bps) {
        c->piece = c->res.endless ? HTTPD_FILLER : SIZE_MAX;
        return;
    }
    uint64_t piece = (bps + 9) / 10;
    if (piece > HTTPD_FILLER)
        piece = HTTPD_FILLER;
    c->piece = (size_t)piece;
    c->interval_ms = piece * 1000 / bps;
    if (c->interval_ms == 0)
        c->interval_ms = 1;
}

/* Write the head, and the body with it unless it drips. */
static void send_response(struct httpd_conn *c)
{
    uv_buf_t bufs[4];
    unsigned n = 1;
    plan_pieces(c);
    bufs[0] = uv_buf_init(c->res.head, (unsigned)c->res.head_len);
    if (!c->res.drip_bps)
        n += next_piece(c, bufs + 1);
    write_bufs(c, bufs, n);
}

static void on_delay_done(uv_timer_t *timer)
{
    send_response(timer->data);
}

/* Remember that this connection carried a request for h. */
static void conn_add_host(struct httpd_conn *c, struct httpd_host *h)
{
    for (size_t i = 0; i < c->nhosts; i++)
        if (c->hosts[i] == h)
            return;
    if (c->nhosts == HTTPD_CONN_HOSTS)
        return;
    c->hosts[c->nhosts++] = h;
    httpd_host_conn_open(h);
}

static int is_stats(const struct httpd_request *r)
{
    return r->path_len == 8 && memcmp(r->path, "/__stats", 8) == 0;
}

/* A request head is in buf[0..head_len): count it and start answering. */
static void begin_request(struct httpd_conn *c)
{
    c->busy = 1;
    uv_read_stop((uv_stream_t *)&c->tcp);
    uv_timer_stop(&c->timer);
    if (c->parse_status == 0 && !is_stats(&c->req)) {
        struct httpd_host *h = httpd_host_get(c->srv, c->req.host);
        if (h) {
            conn_add_host(c, h);
            httpd_host_request_begin(h, c->arrival_ns ? c->arrival_ns : uv_hrtime());
            c->req_host = h;
        }
    }
    c->arrival_ns = 0;
    if (httpd_respond(c->srv, &c->req, c->parse_status, &c->res) != 0) {
        conn_close(c, 0);
        return;
    }
    /* One extra ms: loop time is whole milliseconds, and a client timing the
     * delay must never measure less than it asked for. */
    if (c->res.delay_ms)
        uv_timer_start(&c->timer, on_delay_done, c->res.delay_ms + 1, 0);
    else
        send_response(c);
}

/* Length of the head (through its blank line) in buf, or 0 if incomplete. */
static size_t head_end(const char *buf, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (buf[i] != '\n')
            continue;
        if (buf[i + 1] == '\n')
            return i + 2;
        if (i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n')
            return i + 3;
    }
    return 0;
}

static void try_request(struct httpd_conn *c)
{
    if (c->busy || c->closing)
        return;
    c->head_len = head_end(c->buf, c->len);
    if (c->head_len) {
        c->parse_status = httpd_request_parse(c->buf, c->head_len, &c->req);
    } else if (c->len == sizeof c->buf) {
        memset(&c->req, 0, sizeof c->req);
        c->req.target = "";
        c->req.minor = 1;
        c->req.close = 1;
        c->head_len = c->len;
        c->parse_status = 431;
    } else {
        return;
    }
    begin_request(c);
}

static void peer_name(struct httpd_conn *c)
{
    struct sockaddr_storage ss;
    int len = sizeof ss;
    char ip[48] = "?";
    int port = 0;
    if (uv_tcp_getpeername(&c->tcp, (struct sockaddr *)&ss, &len) == 0) {
        if (ss.ss_family == AF_INET6) {
            uv_ip6_name((struct sockaddr_in6 *)&ss, ip, sizeof ip);
            port = ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
        } else {
            uv_ip4_name((struct sockaddr_in *)&ss, ip, sizeof ip);
            port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
        }
    }
    snprintf(c->peer, sizeof c->peer, "%s:%d", ip, port);
}

void httpd_on_connection(uv_stream_t *listener, int status)
{
    struct httpd_server *srv = listener->data;
    if (status < 0 || srv->stopping)
        return;
    struct httpd_conn *c = calloc(1, sizeof *c);
    if (!c)
        return;
    if (uv_tcp_init(srv->loop, &c->tcp) != 0) {
        free(c);
        return;
    }
    uv_timer_init(srv->loop, &c->timer);
    c->tcp.data = c;
    c->timer.data = c;
    c->handles_open = 2;
    c->srv = srv;
    c->crlf[0] = '\r';
    c->crlf[1] = '\n';
    c->next = srv->conns;
    if (srv->conns)
        srv->conns->prev = c;
    srv->conns = c;
    if (uv_accept(listener, (uv_stream_t *)&c->tcp) != 0 ||
        uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) != 0) {
        conn_close(c, 0);
        return;
    }
    peer_name(c);
    uv_timer_start(&c->timer, on_idle_timeout, HTTPD_IDLE_MS, 0);
}
