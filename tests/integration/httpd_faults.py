#!/usr/bin/env python3
"""Checks for the loopback test server (tests/httpd), driven by httpd_faults.sh.

Usage: httpd_faults.py PORT ROOT LOGFILE

ROOT is the tree the server was started on (made by the shell script).  Every
check sends real HTTP over TCP and asserts something that could fail.  Prints
one line per check and exits 1 if any failed.  Standard library only.
"""
import gzip
import http.client
import json
import random
import socket
import sys
import threading
import time
import zlib

PORT = int(sys.argv[1])
ROOT = sys.argv[2]
LOG = sys.argv[3]
failures = []
checks = 0


def check(name, cond, detail=""):
    global checks
    checks += 1
    if cond:
        print("ok   %s" % name)
    else:
        print("FAIL %s %s" % (name, detail))
        failures.append(name)


def read_file(host, path):
    with open("%s/%s/%s" % (ROOT, host, path), "rb") as f:
        return f.read()


def get(path, host="shop-a.test", method="GET", headers=None, timeout=10):
    """One request on a fresh connection; returns (response, body, seconds)."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    hdrs = {"Host": host}
    hdrs.update(headers or {})
    start = time.monotonic()
    conn.request(method, path, headers=hdrs)
    resp = conn.getresponse()
    body = resp.read()
    elapsed = time.monotonic() - start
    conn.close()
    return resp, body, elapsed


def raw(data, timeout=5, limit=1 << 20):
    """Send bytes on a fresh socket, read until EOF/reset; returns (bytes, error)."""
    s = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    out, err = b"", None
    try:
        s.sendall(data)
        while len(out) < limit:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
    except OSError as e:
        err = e
    finally:
        s.close()
    return out, err


def fuzz(rounds=300):
    """Seeded mutations of valid requests, each sent then half-closed; the
    server must answer or close, and still serve afterwards."""
    rng = random.Random(1234)
    seeds = [b"GET /__delay/1/__gzip/index.html?x=1 HTTP/1.1\r\nHost: shop-a.test:80\r\n"
             b"If-None-Match: \"x\"\r\nIf-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n\r\n",
             b"GET http://shop-b.test/__status/503/__charset/gbk/page.txt HTTP/1.0\r\n\r\n",
             b"HEAD /__redirect/2/__reset/3/sub/ HTTP/1.1\r\nHost: [::1]:8\r\n\r\n"]
    bad = 0
    for _ in range(rounds):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 8)):
            op, pos = rng.randint(0, 3), rng.randrange(len(data))
            if op == 0:
                data[pos] = rng.randrange(256)
            elif op == 1:
                del data[pos:pos + rng.randint(1, 8)]
            elif op == 2:
                data[pos:pos] = rng.choice([b"%", b"/..", b"%2e%2e/", b"\r\n", b"\n", b":", b" ",
                                            b"__drip/", b"\x00", b"%00", b"/__loop/"])
            else:
                data[pos:pos] = bytes(data[pos:pos + 30])
        s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
        try:
            s.sendall(bytes(data))
            s.shutdown(socket.SHUT_WR)
            while s.recv(65536):
                pass
        except socket.timeout:
            bad += 1
        except OSError:
            pass
        finally:
            s.close()
    return bad


def split_head(data):
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    fields = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        fields[k.strip().lower()] = v.strip()
    return status, fields, body


def test_origin_and_proxy():
    a, b = read_file("shop-a.test", "index.html"), read_file("shop-b.test", "index.html")
    r, body, _ = get("/")
    check("origin / by Host shop-a", r.status == 200 and body == a, r.status)
    check("html Content-Type has no charset", r.getheader("Content-Type") == "text/html",
          r.getheader("Content-Type"))
    check("Content-Length matches", r.getheader("Content-Length") == str(len(a)))
    check("Date header", r.getheader("Date", "").endswith("GMT"))
    r, body, _ = get("/index.html", host="shop-b.test")
    check("origin /index.html by Host shop-b", r.status == 200 and body == b)
    r, body, _ = get("/", host="SHOP-B.Test:8080")
    check("Host lower-cased, port ignored", r.status == 200 and body == b)
    r, body, _ = get("/sub/")
    check("dir/ serves its index.html", body == read_file("shop-a.test", "sub/index.html"))
    r, body, _ = get("/page%20one.txt")
    check("percent-decoded path", r.status == 200 and body == read_file("shop-a.test", "page one.txt"))
    check("txt Content-Type", r.getheader("Content-Type") == "text/plain")
    r, body, _ = get("/data.json")
    check("json Content-Type", r.getheader("Content-Type") == "application/json")
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
    conn.request("GET", "http://shop-b.test/page.txt")
    r = conn.getresponse()
    body = r.read()
    conn.close()
    check("proxy absolute-form", r.status == 200 and body == read_file("shop-b.test", "page.txt"))
    data, _ = raw(b"GET http://shop-a.test/ HTTP/1.1\r\nHost: shop-b.test\r\nConnection: close\r\n\r\n")
    status, _, body = split_head(data)
    check("absolute-form host wins over Host", status == 200 and body == a)


def test_errors():
    r, _, _ = get("/", host="nowhere.test")
    check("unknown host 404", r.status == 404, r.status)
    r, _, _ = get("/missing.html")
    check("missing file 404", r.status == 404, r.status)
    for path in ("/../shop-b.test/index.html", "/%2e%2e/shop-b.test/index.html",
                 "/sub/%2E%2E/%2e%2e/etc/passwd", "/sub/..%2f..%2fetc"):
        data, _ = raw(("GET %s HTTP/1.1\r\nHost: shop-a.test\r\nConnection: close\r\n\r\n"
                       % path).encode())
        check("traversal 400: %s" % path, split_head(data)[0] == 400, data[:40])
    data, _ = raw(b"CONNECT shop-a.test:443 HTTP/1.1\r\nHost: shop-a.test\r\n\r\n")
    check("CONNECT 405", split_head(data)[0] == 405, data[:40])
    for bad in (b"GARBAGE\r\n\r\n", b"GET / HTTP/1.1\r\n\r\n", b"GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
                b"GET / HTTP/1.1\r\nHost shop-a.test\r\n\r\n", b"GET noslash HTTP/1.1\r\nHost: a\r\n\r\n",
                b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", b"\x00\xff\xfe\r\n\r\n",
                b"GET /%zz HTTP/1.1\r\nHost: shop-a.test\r\n\r\n",
                b"GET /%00 HTTP/1.1\r\nHost: shop-a.test\r\n\r\n"):
        data, _ = raw(bad)
        check("malformed -> 400: %r" % bad[:30], split_head(data)[0] == 400, data[:40])
    data, _ = raw(b"GET / HTTP/2.0\r\nHost: shop-a.test\r\n\r\n")
    check("HTTP/2.0 request line -> 505", split_head(data)[0] == 505, data[:40])
    data, _ = raw(b"GET / HTTP/1.1\r\nHost: shop-a.test\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
    check("16 KiB header limit -> 431", split_head(data)[0] == 431, data[:40])
    data, _ = raw(b"POST / HTTP/1.1\r\nHost: shop-a.test\r\nContent-Length: 0\r\n\r\n")
    status, fields, _ = split_head(data)
    check("POST 405 with Allow", status == 405 and "GET" in fields.get("allow", ""))
    stuck = fuzz()
    r, body, _ = get("/")
    check("server alive after 300 mutated requests", r.status == 200 and stuck == 0, stuck)


def test_keepalive():
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
    conn.request("GET", "/", headers={"Host": "shop-a.test"})
    r1 = conn.getresponse()
    r1.read()
    sock1 = conn.sock
    port1 = sock1.getsockname()[1] if sock1 else None
    conn.request("GET", "/index.html", headers={"Host": "shop-b.test"})
    r2 = conn.getresponse()
    b2 = r2.read()
    port2 = conn.sock.getsockname()[1] if conn.sock else None
    conn.close()
    check("keep-alive: two requests on one connection",
          sock1 is not None and port1 == port2 and r2.status == 200 and
          b2 == read_file("shop-b.test", "index.html"), (port1, port2))
    data, err = raw(b"GET / HTTP/1.0\r\nHost: shop-a.test\r\n\r\n", timeout=3)
    status, _, body = split_head(data)
    check("HTTP/1.0 closes after the response",
          err is None and status == 200 and body == read_file("shop-a.test", "index.html"), err)
    s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    s.sendall(b"GET / HTTP/1.1\r\nHost: shop-a.test\r\n\r\n"
              b"GET /page.txt HTTP/1.1\r\nHost: shop-b.test\r\nConnection: close\r\n\r\n")
    data = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    check("two requests sent at once both answered", data.count(b"HTTP/1.1 200") == 2)


def test_conditional():
    r, body, _ = get("/")
    etag, lm = r.getheader("ETag"), r.getheader("Last-Modified")
    check("ETag and Last-Modified sent", bool(etag) and bool(lm))
    r, body, _ = get("/", headers={"If-None-Match": etag})
    check("If-None-Match -> 304", r.status == 304 and body == b"", r.status)
    r, body, _ = get("/", headers={"If-None-Match": '"other", W/' + etag})
    check("If-None-Match list with weak tag -> 304", r.status == 304, r.status)
    r, body, _ = get("/", headers={"If-None-Match": '"nope"'})
    check("non-matching ETag -> 200", r.status == 200 and len(body) > 0, r.status)
    r, body, _ = get("/", headers={"If-Modified-Since": lm})
    check("If-Modified-Since -> 304", r.status == 304, r.status)
    r, body, _ = get("/", headers={"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"})
    check("old If-Modified-Since -> 200", r.status == 200, r.status)
    r, body, _ = get("/", method="HEAD")
    check("HEAD: length, no body",
          r.status == 200 and body == b"" and
          r.getheader("Content-Length") == str(len(read_file("shop-a.test", "index.html"))))


def test_delay_drip_reset():
    r, body, t = get("/__delay/300/index.html")
    check("delay >= 300 ms", t >= 0.3 and body == read_file("shop-a.test", "index.html"), t)
    r, body, t = get("/__drip/2000/big.txt")
    check("drip 1000 bytes at 2000 B/s takes >= 0.4 s",
          t >= 0.4 and body == read_file("shop-a.test", "big.txt"), t)
    r, body, t = get("/big.txt")
    check("same file without drip is fast", t < 0.3, t)
    data, err = raw(b"GET /__reset/100/big.txt HTTP/1.1\r\nHost: shop-a.test\r\n\r\n")
    status, fields, body = split_head(data)
    check("reset: head with full Content-Length", status == 200 and fields.get("content-length") == "1000",
          fields)
    check("reset: exactly 100 body bytes then RST",
          body == read_file("shop-a.test", "big.txt")[:100] and isinstance(err, ConnectionResetError),
          (len(body), err))


def test_status_redirect():
    r, body, _ = get("/__status/503/index.html")
    check("status 503 + Retry-After + file body",
          r.status == 503 and r.getheader("Retry-After") == "1" and
          body == read_file("shop-a.test", "index.html"))
    r, body, _ = get("/__status/429")
    check("status 429 + Retry-After, generated body",
          r.status == 429 and r.getheader("Retry-After") == "1" and body.startswith(b"429"))
    r, body, _ = get("/__status/500/nothing-here.html")
    check("status 500 on missing file, no Retry-After",
          r.status == 500 and r.getheader("Retry-After") is None)
    path, hops = "/__redirect/3/index.html", 0
    while hops < 10:
        r, body, _ = get(path)
        if r.status != 302:
            break
        hops += 1
        path = r.getheader("Location")
    check("redirect chain: 3 hops then the file",
          hops == 3 and path == "/__redirect/0/index.html" and r.status == 200 and
          body == read_file("shop-a.test", "index.html"), (hops, path))
    r, _, _ = get("/__delay/10/__redirect/2/page.txt?q=1")
    check("redirect keeps prefixes and query",
          r.status == 302 and r.getheader("Location") == "/__delay/10/__redirect/1/page.txt?q=1",
          r.getheader("Location"))
    r1, _, _ = get("/__loop/A")
    r2, _, _ = get(r1.getheader("Location") or "/")
    check("loop A -> B -> A", r1.status == 302 and r1.getheader("Location") == "/__loop/B" and
          r2.status == 302 and r2.getheader("Location") == "/__loop/A")


def test_endless():
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    conn.request("GET", "/__endless", headers={"Host": "shop-a.test"})
    r = conn.getresponse()
    got = 0
    while got <= (1 << 20) + 65536:
        chunk = r.read(65536)
        if not chunk:
            break
        got += len(chunk)
    conn.close()
    check("endless: chunked body readable beyond 1 MiB",
          r.getheader("Transfer-Encoding") == "chunked" and got > (1 << 20), got)
    r, _, _ = get("/")
    check("server fine after client dropped endless", r.status == 200)
    data, err = raw(b"HEAD /__endless HTTP/1.1\r\nHost: shop-a.test\r\n\r\n", timeout=3)
    status, fields, body = split_head(data)
    check("HEAD on endless: head only, then close",
          err is None and status == 200 and body == b"" and
          fields.get("transfer-encoding") == "chunked", (err, len(body)))


def test_encodings():
    r, body, _ = get("/__gzip/index.html", headers={"Accept-Encoding": "gzip"})
    check("gzip decodes to the file",
          r.getheader("Content-Encoding") == "gzip" and
          gzip.decompress(body) == read_file("shop-a.test", "index.html"))
    r, body, t = get("/__delay/200/__gzip/index.html")
    check("prefixes combine: delay + gzip",
          t >= 0.2 and gzip.decompress(body) == read_file("shop-a.test", "index.html"), t)
    r, body, _ = get("/__gzipbomb/10")
    inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body)
    check("gzipbomb: small on the wire, 10 MiB inflated",
          r.getheader("Content-Encoding") == "gzip" and len(body) < 64 * 1024 and
          len(inflated) == 10 << 20 and inflated.count(0) == len(inflated), (len(body), len(inflated)))
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
    conn.request("GET", "/__badlen/index.html", headers={"Host": "shop-a.test"})
    r = conn.getresponse()
    declared = int(r.getheader("Content-Length"))
    try:
        r.read()
        truncated = False
    except http.client.IncompleteRead as e:
        truncated = e.partial == read_file("shop-a.test", "index.html")
    conn.close()
    check("badlen: declared > sent, body truncated",
          declared > len(read_file("shop-a.test", "index.html")) and truncated, declared)
    r, body, _ = get("/__charset/gbk/index.html")
    check("charset label in Content-Type", r.getheader("Content-Type") == "text/html; charset=gbk",
          r.getheader("Content-Type"))
    r, body, _ = get("/__ctype/application%2Fxhtml%2Bxml/index.html")
    check("ctype override decoded", r.getheader("Content-Type") == "application/xhtml+xml",
          r.getheader("Content-Type"))
    data, _ = raw(b"GET /__ctype/a%0d%0aX-Evil:%201/index.html HTTP/1.1\r\nHost: shop-a.test\r\n\r\n")
    check("ctype with CRLF refused", split_head(data)[0] == 400 and b"X-Evil" not in data)


def stats():
    r, body, _ = get("/__stats", host="anything.test")
    check("stats is JSON", r.status == 200 and r.getheader("Content-Type") == "application/json")
    return json.loads(body)["hosts"]


def test_stats():
    errs = []

    def slow():
        try:
            r, _, _ = get("/__delay/600/index.html", host="slow.test")
            if r.status != 200:
                errs.append(r.status)
        except OSError as e:
            errs.append(e)

    threads = [threading.Thread(target=slow) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
    for _ in range(2):
        conn.request("GET", "/", headers={"Host": "seq.test"})
        conn.getresponse().read()
        time.sleep(0.25)
    conn.close()
    hosts = stats()
    s, q = hosts.get("slow.test", {}), hosts.get("seq.test", {})
    check("stats: 3 concurrent slow requests -> max_concurrent 3",
          not errs and s.get("max_concurrent") == 3 and s.get("requests") == 3, (errs, s))
    check("stats: 3 connections -> max_connections 3", s.get("max_connections") == 3, s)
    check("stats: sequential keep-alive -> 1 connection, gap >= 200 ms",
          q.get("max_concurrent") == 1 and q.get("max_connections") == 1 and
          q.get("requests") == 2 and q.get("min_gap_ms", 0) >= 200, q)
    check("stats: /__stats itself not counted", "anything.test" not in hosts)


def test_log():
    with open(LOG) as f:
        lines = [json.loads(line) for line in f]
    want = {"time", "peer", "host", "method", "target", "status", "bytes"}
    check("log: one JSON object per request with all fields",
          len(lines) >= 40 and all(want <= set(x) for x in lines), len(lines))
    bomb = [x for x in lines if x["target"] == "/__gzipbomb/10"]
    check("log: records status and bytes", bomb and bomb[0]["status"] == 200 and 0 < bomb[0]["bytes"] < 65536)


def main():
    for test in (test_origin_and_proxy, test_errors, test_keepalive, test_conditional,
                 test_delay_drip_reset, test_status_redirect, test_endless, test_encodings,
                 test_stats, test_log):
        start = time.monotonic()
        try:
            test()
            print("     (%s: %.1f s)" % (test.__name__, time.monotonic() - start))
        except Exception as e:  # a crash in one group must not hide the others
            check(test.__name__, False, "raised %r" % e)
    print("%d checks, %d failed" % (checks, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
