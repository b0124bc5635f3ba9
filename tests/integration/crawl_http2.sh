#!/bin/sh
# HTTP/2 where offered: nghttpd (Debian's nghttp2-server) serves a small shop
# over TLS with ALPN h2 on loopback, with a throw-away CA made by openssl.
# The crawl must negotiate HTTP/2 (the --log line of every fetch says which
# version it used), store every page with its findings, and write WARC
# evidence an independent reader accepts; without --ca-file the same crawl
# must refuse the unknown certificate rather than skip verification.
. "$TOP/tests/itlib.sh"

need nghttpd openssl python3

mkdir -p "$T/site"
cat > "$T/site/index.html" <<'EOF'
<html><head><meta charset="utf-8"><title>双子星数码</title></head><body>
<p>双子星数码 官方店</p><a href="/p1.html">p1</a> <a href="/p2.html">p2</a> <a href="/p3.html">p3</a>
<p>浙ICP备20230001号-1</p></body></html>
EOF
for i in 1 2 3; do
  printf '<html><head><meta charset="utf-8"><title>p%s</title></head><body><p>高仿耳机 %s 号</p>' "$i" "$i" > "$T/site/p$i.html"
  printf '<a href="/">home</a></body></html>\n' >> "$T/site/p$i.html"
done
printf 'User-agent: *\nAllow: /\n' > "$T/site/robots.txt"

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=h2.test" \
  -addext "subjectAltName=DNS:h2.test" -keyout "$T/key.pem" -out "$T/cert.pem" 2>"$T/openssl.err" ||
  { cat "$T/openssl.err"; echo "FAIL: openssl could not make a certificate"; exit 1; }

# a free port: bind 0 and read it back (nghttpd itself has no port file)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
nghttpd -a 127.0.0.1 -d "$T/site" "$port" "$T/key.pem" "$T/cert.pem" >"$T/nghttpd.log" 2>&1 &
SRV_PID=$!
i=0
until python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$port),1)" 2>/dev/null; do
  i=$((i + 1)); [ $i -gt 100 ] && { cat "$T/nghttpd.log"; echo "FAIL: nghttpd did not start"; exit 1; }
  sleep 0.05
done

"$WJ" crawl --db "$T/a.db" --allow-private --resolve "h2.test:$port:127.0.0.1" --ca-file "$T/cert.pem" \
  --delay 0 --log "$T/fetch.jsonl" --warc-dir "$T/warc" --quiet "https://h2.test:$port/" 2>"$T/a.err"
check "crawl over TLS exits 0" [ $? -eq 0 ]
cat "$T/a.err"
python3 - "$T/fetch.jsonl" <<'PY'
import json, sys
rows = [r for r in map(json.loads, open(sys.argv[1])) if r["event"] == "fetch"]
pages = [r for r in rows if r["kind"] == "page"]
for r in rows:
    print("%-7s %-4s %s %s" % (r["kind"], r.get("http"), r["status"], r["url"]))
sys.exit(0 if len(pages) == 4 and all(r.get("http") == "2" and r["status"] == 200 for r in rows) else 1)
PY
check "every fetch (robots.txt and 4 pages) used HTTP/2 and got 200" [ $? -eq 0 ]
n=$("$WJ" export --db "$T/a.db" --what findings --format csv | grep -c COUNTERFEIT_TERM)
check "the 3 counterfeit pages fetched over HTTP/2 gave 3 findings" [ "$n" -eq 3 ]

ready=$(sh "$TOP/tests/warcio.sh" --ready)
case $? in
0)
  bad=0; n=0
  for f in "$T"/warc/*.warc.gz; do
    sh "$TOP/tests/warcio.sh" "$f" > "$T/warc.out" 2>&1 || bad=$((bad + 1))
    n=$((n + $(grep '"type":"response"' "$T/warc.out" | grep '"block digest pass"' | grep -c '"payload digest pass')))
  done
  echo "warcio.js: $n HTTP/2 responses with both digests passing, $bad files rejected"
  check "warcio.js reads the HTTP/2 evidence of all 4 pages" [ "$bad.$n" = 0.4 ];;
77) echo "$ready"
   skip_part "$(echo "$ready" | tail -1 | sed 's/^NOTE: //') (for the HTTP/2 evidence)";;
*) echo "$ready"; fail "the WARC reader must run here";;
esac

"$WJ" crawl --db "$T/b.db" --allow-private --resolve "h2.test:$port:127.0.0.1" \
  --delay 0 --log "$T/b.jsonl" --quiet "https://h2.test:$port/" 2>"$T/b.err"
n=$("$WJ" export --db "$T/b.db" --what findings --format csv | grep -c COUNTERFEIT_TERM)
check "without --ca-file the self-signed server is not trusted: nothing stored" [ "$n" -eq 0 ]
check "  and the log says why (certificate)" grep -qi "certificate" "$T/b.jsonl"
finish
