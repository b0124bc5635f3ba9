#!/bin/sh
# The evidence bundle of a lead (issue #12, point 4).  A crawl finds a
# violating page; its bundle holds the request and response records (an
# independent WARC reader accepts them), the body, the visible text with the
# violation in <mark>, summary.json with UTC and Asia/Shanghai times and the
# rulebook digest, the 清单 and the 笔录.  The shop fixes the page, a crawl
# resolves the lead, and the resolved lead's bundle still shows the
# violation; when it comes back, the bundle holds the first and the latest
# capture.  --verify passes, and names the file when one byte of a body, of
# the manifest or of manifest.sha256 changes or a file is added.  A non-empty
# --out is refused.  A rulebook without the rule marks the stored snippet.
# A local RFC 3161 TSA (openssl ts -reply behind python3's http.server, a
# throwaway CA): a timestamped bundle verifies with --tsa-ca and fails with
# another CA; an unreachable TSA, an HTTP error and a reply that is no token
# are exit 1 with a clear message and no bundle.  Headless chromium renders
# the 笔录 and its file list has a row per file.
. "$TOP/tests/itlib.sh"
need python3 sha256sum openssl
# The TSA runs on loopback: no proxy from the environment may get in the way.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

mkdir -p "$T/sites/shop.test"
page() { printf '<html><head><title>店</title></head><body><p>%s</p>%s</body></html>\n' "$2" "$3" > "$1"; }
BAD='本店另售高仿名牌手表，欢迎咨询。'
page "$T/sites/shop.test/index.html" "首页 正品" '<a href="/a.html">a</a>'
page "$T/sites/shop.test/a.html" "运动鞋 $BAD" ''
start_httpd "$T/sites"
DB=$T/e.db
crawl() { "$WJ" crawl --db "$DB" --proxy "http://127.0.0.1:$PORT" --delay 0 http://shop.test/ \
  </dev/null 2>>"$T/crawl.err"; }
lead_id() {
  "$WJ" leads --db "$DB" --status all --format jsonl | python3 -c "
import json, sys
print([l['lead_id'] for l in map(json.loads, sys.stdin) if l['rule'] == 'COUNTERFEIT_TERM'][0])"
}
status() { "$WJ" leads show --db "$DB" --format json "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'; }
json() { # FILE EXPR: print EXPR evaluated on the JSON in FILE (as d)
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}
verify() { "$WJ" evidence --verify "$@" >"$T/vout" 2>"$T/verr"; }

crawl || fail "first crawl"
CF=$(lead_id)
check "a counterfeit lead ($CF)" [ -n "$CF" ]

# ---- a rule that reports an absence (no licence shown): said, not "no longer matches" ----
LM=$("$WJ" leads --db "$DB" --status all --format jsonl | python3 -c "
import json, sys
print(([l['lead_id'] for l in map(json.loads, sys.stdin) if l['rule'] == 'LICENSE_MISSING'] + [''])[0])")
if [ -n "$LM" ]; then
  "$WJ" evidence --db "$DB" --out "$T/blm" "$LM" >/dev/null 2>&1
  check "LICENSE_MISSING's bundle says the rule fired again, with nothing to mark" \
    python3 -c "
import json, sys
m = json.load(open(sys.argv[1]))['captures'][0]['mark']
print(m); sys.exit(0 if m['source'] == 'rule' and not m['passages'] and 'fired again' in m['note'] else 1)" \
    "$T/blm/summary.json"
else
  fail "the shop without a licence has a LICENSE_MISSING lead"
fi

# ---- the bundle of an open lead ----
"$WJ" evidence --db "$DB" --out "$T/b1" "$CF" >"$T/out" 2>"$T/err"
rc=$?
cat "$T/err"
check "evidence exits 0 (got $rc)" [ $rc -eq 0 ]
B=$T/b1
t() { [ -f "$B/capture-1/record.warc" ] && [ -f "$B/capture-1/body" ] && [ -f "$B/capture-1/text.html" ]; }
check "one capture folder with record.warc, body and text.html" t
t() { [ -f "$B/summary.txt" ] && [ -f "$B/summary.json" ] && [ -f "$B/manifest.txt" ] &&
      [ -f "$B/manifest.sha256" ] && [ -f "$B/extraction-record.html" ]; }
check "summary.txt, summary.json, manifest.txt, manifest.sha256 and the 笔录" t
check "stdout is the manifest's hash, in sha256sum format" \
  sh -c "cd / && sha256sum -c --status '$T/out'"
check "the manifest hash is in the 笔录" grep -q "$(cut -c1-64 "$T/out")" "$B/extraction-record.html"
check "sha256sum -c manifest.sha256 passes" sh -c "cd '$B' && sha256sum -c --quiet manifest.sha256"
check "the request record follows the response record" python3 -c "
import sys
w = open(sys.argv[1], 'rb').read()
types = [l.split(b': ')[1].strip() for l in w.split(b'\r\n') if l.startswith(b'WARC-Type: ')]
print(types); sys.exit(0 if types == [b'warcinfo', b'response', b'request'] else 1)" "$B/capture-1/record.warc"
check "the body is the violating page" grep -q '高仿名牌手表' "$B/capture-1/body"
check "the marked text has the violation inside <mark>" \
  grep -q '<mark data-rule="COUNTERFEIT_TERM">[^<]*高仿[^<]*</mark>' "$B/capture-1/text.html"
ready=$(sh "$TOP/tests/warcio.sh" --ready)
case $? in
0) sh "$TOP/tests/warcio.sh" "$B/capture-1/record.warc" >"$T/warcio.out"; rc=$?
   cat "$T/warcio.out"
   t() { [ $rc -eq 0 ] && [ "$(grep '"type":"re' "$T/warcio.out" | grep -c 'payload digest pass')" -eq 2 ]; }
   check "warc_check.mjs accepts record.warc (exit $rc), both halves with digests passing" t;;
77) skip_part "$(echo "$ready" | tail -1 | sed 's/^NOTE: //') (for record.warc)";;
*) echo "$ready"; fail "the WARC reader could not be set up";;
esac
check "summary.json: the lead, its rule and legal basis" \
  [ "$(json "$B/summary.json" "d['lead']['id'], d['lead']['rule'], bool(d['lead']['legal_basis'])")" = "$CF COUNTERFEIT_TERM True" ]
check "summary.json: capture time in UTC and Asia/Shanghai, 8 hours apart" python3 -c "
import json, sys
from datetime import datetime, timedelta
c = json.load(open(sys.argv[1]))['captures'][0]
u, s = c['fetched_at']['utc'], c['fetched_at']['asia_shanghai']
print(u, s)
du = datetime.strptime(u, '%Y-%m-%dT%H:%M:%SZ')
ds = datetime.strptime(s, '%Y-%m-%dT%H:%M:%S+08:00')
sys.exit(0 if ds - du == timedelta(hours=8) and c['server_ip'] == '127.0.0.1' and
         c['http_status'] == 200 and c['requested_url'] == 'http://shop.test/a.html' else 1)" "$B/summary.json"
# (the second reader's model joins the digest when the rulebook has one)
want=$(cd "$TOP/rules/default" && { if [ -e reader.model ]; then LC_ALL=C sha256sum *.ini reader.model;
       else LC_ALL=C sha256sum *.ini; fi; } | sha256sum | cut -c1-64)
check "summary.json: the rulebook digest of the run that fetched it, and of the one that marked it" \
  [ "$(json "$B/summary.json" "d['captures'][0]['run']['rulebook']['sha256'], d['bundle']['rulebook']['sha256']")" = "$want $want" ]
check "summary.json: the run's options and tool" \
  [ "$(json "$B/summary.json" "type(d['captures'][0]['run']['options']).__name__, d['captures'][0]['run']['tool']")" = "dict wangjian 0.1.0" ]
check "summary.json: the archived body has the payload digest the store recorded" \
  [ "$(json "$B/summary.json" "d['captures'][0]['payload_sha256_matches']")" = True ]
check "summary.txt names the tool and both times" \
  sh -c "grep -q 'wangjian 0.1.0' '$B/summary.txt' && grep -q '+08:00' '$B/summary.txt'"
verify "$B"
check "--verify passes (exit $?): $(cat "$T/vout")" grep -q '^verified: ' "$T/vout"

# ---- --no-reader: the rulebook without its second reader marks the text ----
if [ -e "$TOP/rules/default/reader.model" ]; then
  "$WJ" evidence --no-reader --db "$DB" --out "$T/b1n" "$CF" >/dev/null 2>"$T/err"
  rc=$?
  without=$(cd "$TOP/rules/default" && LC_ALL=C sha256sum *.ini | sha256sum | cut -c1-64)
  t() { [ $rc -eq 0 ] && [ "$(json "$T/b1n/summary.json" "d['bundle']['rulebook']['sha256']")" = "$without" ] &&
        grep -q '<mark data-rule="COUNTERFEIT_TERM">' "$T/b1n/capture-1/text.html"; }
  check "--no-reader: exit 0 (got $rc), the bundle's rulebook digest leaves the model out, the text still marked" t
fi

# ---- a non-empty --out is refused, and left as it was ----
before=$(ls -A "$B" | sha256sum)
"$WJ" evidence --db "$DB" --out "$B" "$CF" >/dev/null 2>"$T/err"
rc=$?
t() { [ $rc -eq 1 ] && grep -q "'$B' is not empty" "$T/err" && one_line_error "$T/err"; }
check "a non-empty --out: exit 1 (got $rc) naming it" t
t() { [ "$(ls -A "$B" | sha256sum)" = "$before" ] && verify "$B"; }
check "and nothing in it changed" t
mkdir "$T/empty"
"$WJ" evidence --db "$DB" --out "$T/empty" "$CF" >/dev/null 2>&1
check "an empty existing --out is fine (exit $?)" verify "$T/empty"

# ---- tampering ----
tamper() { # NAME FILE PYTHON-EXPR-ON-b: copy the bundle, change FILE, expect --verify to name it
  rm -rf "$T/t" && cp -r "$B" "$T/t"
  python3 -c "
import sys
p = sys.argv[1]; b = bytearray(open(p, 'rb').read()); $3
open(p, 'wb').write(b)" "$T/t/$2"
  verify "$T/t"
  rc=$?
  cat "$T/verr"
  name=$2
  t() { [ $rc -eq 1 ] && grep -q "^wangjian: $T/t: $name" "$T/verr"; }
  check "$1: --verify exits 1 (got $rc) naming $2" t
}
tamper "one byte of the body" capture-1/body 'b[len(b) // 2] ^= 1'
tamper "one byte of manifest.txt" manifest.txt 'i = b.rindex(b"\t") + 1; b[i] = ord("0") if b[i] != ord("0") else ord("1")'
tamper "one hex digit in manifest.sha256" manifest.sha256 'b[0] = ord("0") if b[0] != ord("0") else ord("1")'
rm -rf "$T/t" && cp -r "$B" "$T/t" && echo extra > "$T/t/capture-1/notes.txt"
verify "$T/t"
check "a file added: --verify exits 1 (got $?) naming it" grep -q 'capture-1/notes.txt' "$T/verr"
rm -rf "$T/t" && cp -r "$B" "$T/t" && rm "$T/t/summary.json"
verify "$T/t"
check "a file removed: --verify exits 1 (got $?) naming it" grep -q 'summary.json: missing' "$T/verr"

# ---- a rulebook without the rule: the stored snippet is marked ----
mkdir "$T/rb" && cp "$TOP/rules/default/license.ini" "$T/rb/"
"$WJ" evidence --db "$DB" --out "$T/b-rules" --rules "$T/rb" "$CF" >/dev/null 2>"$T/err"
rc=$?
cat "$T/err"
t() { [ $rc -eq 0 ] && grep -q 'COUNTERFEIT_TERM is not in' "$T/err"; }
check "evidence with a rulebook that lacks the rule exits 0 (got $rc) and says so" t
check "summary.json: the mark is the lead's stored snippet" \
  [ "$(json "$T/b-rules/summary.json" "d['captures'][0]['mark']['source']")" = snippet ]
check "and the snippet is marked in the text" grep -q '<mark data-rule="COUNTERFEIT_TERM">[^<]*高仿' "$T/b-rules/capture-1/text.html"

# ---- the shop fixes the page: the resolved lead's bundle still shows it ----
page "$T/sites/shop.test/a.html" "运动鞋 正品行货" ''
crawl
check "the fixed page resolves the lead" [ "$(status "$CF")" = resolved ]
"$WJ" evidence --db "$DB" --out "$T/b2" "$CF" >/dev/null 2>"$T/err"
check "evidence for the resolved lead exits 0 (got $?)" [ -f "$T/b2/capture-1/body" ]
check "its body is the violating version, not the fixed page" \
  sh -c "grep -q '高仿名牌手表' '$T/b2/capture-1/body' && ! grep -q '正品行货' '$T/b2/capture-1/body'"
check "its text still has the violation marked" grep -q '<mark data-rule="COUNTERFEIT_TERM">' "$T/b2/capture-1/text.html"
check "summary.json: the lead is resolved, the page no longer shows it" \
  [ "$(json "$T/b2/summary.json" "d['lead']['status'], d['captures'][0]['showing']")" = "resolved False" ]
check "summary.json: the history has the resolution" \
  [ "$(json "$T/b2/summary.json" "[h['new_status'] for h in d['history']]")" = "['open', 'resolved']" ]
verify "$T/b2"
check "--verify passes on it (exit $?)" grep -q '^verified: ' "$T/vout"

# ---- the violation returns: first and latest capture ----
page "$T/sites/shop.test/a.html" "运动鞋 $BAD 新款" ''
crawl
"$WJ" evidence --db "$DB" --out "$T/b3" "$CF" >/dev/null 2>"$T/err"
check "evidence after the violation returned exits 0 (got $?)" [ -f "$T/b3/manifest.sha256" ]
check "two captures of the page: the first and the latest that showed it" \
  [ "$(json "$T/b3/summary.json" "[c['role'] for c in d['captures']]")" = "['first', 'latest']" ]
check "each with its own record, body and marked text" \
  sh -c "grep -q '高仿' '$T/b3/capture-1/text.html' && grep -q '新款' '$T/b3/capture-2/body' &&
         ! grep -q '新款' '$T/b3/capture-1/body' && grep -q '<mark' '$T/b3/capture-2/text.html'"
verify "$T/b3"
check "--verify passes on it (exit $?)" grep -q '^verified: ' "$T/vout"

# ---- the 笔录 rendered by a browser ----
if command -v chromium >/dev/null 2>&1; then
  timeout 120 chromium --headless --no-sandbox --disable-gpu --dump-dom \
    "file://$T/b3/extraction-record.html" >"$T/dom.html" 2>"$T/chromium.err"
  rc=$?
  t() { [ $rc -eq 0 ] && [ -s "$T/dom.html" ]; }
  check "chromium renders the 笔录 (exit $rc)" t
  check "its file list has one row per file of the manifest, with size and SHA-256" python3 -c "
import re, sys
dom = open(sys.argv[1], encoding='utf-8').read()
rows = {m.group(1): m.group(2) for m in re.finditer(r'<tr class=\"file\" data-file=\"([^\"]+)\">(.*?)</tr>', dom, re.S)}
want = [l.split('\t') for l in open(sys.argv[2], encoding='utf-8') if not l.startswith('#')]
bad = [w[0] for w in want if w[0] not in rows or w[4].strip() not in rows[w[0]] or '>%s<' % w[3] not in rows[w[0]]]
print(len(rows), 'rows; missing or wrong:', bad)
sys.exit(0 if not bad and len(want) >= 8 and 'manifest.txt' in rows else 1)" "$T/dom.html" "$T/b3/manifest.txt"
  check "it names 案由, 提取时间 in both zones, and blanks for officers and witness" \
    sh -c "grep -q '案由' '$T/dom.html' && grep -q '+08:00' '$T/dom.html' && grep -q '执法人员' '$T/dom.html' &&
           grep -q '见证人' '$T/dom.html' && grep -q '网络在线提取' '$T/dom.html'"
else
  skip_part "chromium not installed (make deps installs it): the 笔录 was not rendered"
fi

# ---- page-derived text is escaped everywhere ----
page "$T/sites/shop.test/x.html" '<script>alert(1)</script>&lt;img src=x onerror=alert(2)&gt; 高仿表' ''
page "$T/sites/shop.test/index.html" "首页 正品" '<a href="/a.html">a</a> <a href="/x.html?q=%22%3E%3Cscript%3E">x</a>'
crawl
"$WJ" evidence --db "$DB" --out "$T/bx" "$CF" >/dev/null 2>&1
check "the shop's new page is a capture of its counterfeit lead" grep -q 'http://shop.test/x.html' "$T/bx/summary.json"
t() { ! grep -rl '<img src=x' "$T/bx" --include=*.html && ! grep -rl '<script>alert' "$T/bx" --include=*.html &&
      grep -rq '&lt;img src=x onerror=alert(2)&gt;' "$T/bx" --include=text.html; }
check "page text reaches the HTML files escaped, never as markup" t

# ---- RFC 3161 timestamps from a local TSA ----
mkdir "$T/tsa"
cat > "$T/tsa/ca.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = wangjian test TSA CA
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[tsa_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,nonRepudiation
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
(
  cd "$T/tsa" &&
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 2 -config ca.cnf -extensions ca_ext &&
  openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.crt -days 2 -config ca.cnf -extensions ca_ext &&
  openssl req -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr -subj "/CN=wangjian test TSA" &&
  openssl x509 -req -in tsa.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out tsa.crt -days 2 \
    -extfile ca.cnf -extensions tsa_ext
) >"$T/tsa/openssl.log" 2>&1 || { cat "$T/tsa/openssl.log"; fail "making the throwaway CA and TSA certificate"; }
echo 01 > "$T/tsa/serial"
cat > "$T/tsa/ts.cnf" <<EOF
[tsa]
default_tsa = tsa1
[tsa1]
serial = $T/tsa/serial
crypto_device = builtin
signer_cert = $T/tsa/tsa.crt
certs = $T/tsa/ca.crt
signer_key = $T/tsa/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.2
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
EOF
cat > "$T/tsa/tsa.py" <<'EOF'
# A loopback RFC 3161 TSA: each POST body goes through `openssl ts -reply`.
# /fail answers 500, /garbage a 200 that is no token.  Logs each request's
# path and Content-Type.  Stops by itself after 120 s.
import http.server, os, subprocess, sys, tempfile, threading
cnf, portfile, log = sys.argv[1:4]
class TSA(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        q = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        with open(log, 'a') as f:
            f.write('%s %s\n' % (self.path, self.headers.get('Content-Type')))
        code, body = 200, b'this is not a timestamp token'
        if self.path == '/fail':
            code, body = 500, b'down'
        elif self.path != '/garbage':
            with tempfile.TemporaryDirectory() as d:
                open(d + '/q.tsq', 'wb').write(q)
                r = subprocess.run(['openssl', 'ts', '-reply', '-config', cnf, '-queryfile',
                                    d + '/q.tsq', '-out', d + '/r.tsr'], capture_output=True)
                code = 200 if r.returncode == 0 else 500
                body = open(d + '/r.tsr', 'rb').read() if r.returncode == 0 else r.stderr
        self.send_response(code)
        self.send_header('Content-Type', 'application/timestamp-reply')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
srv = http.server.HTTPServer(('127.0.0.1', 0), TSA)
threading.Timer(120, srv.shutdown).start()
open(portfile + '.tmp', 'w').write(str(srv.server_port))
os.rename(portfile + '.tmp', portfile)
srv.serve_forever()
EOF
python3 "$T/tsa/tsa.py" "$T/tsa/ts.cnf" "$T/tsa/port" "$T/tsa/requests.log" 2>"$T/tsa/py.err" &
TSA_PID=$!
i=0; while [ ! -s "$T/tsa/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
TSA=http://127.0.0.1:$(cat "$T/tsa/port")

"$WJ" evidence --db "$DB" --out "$T/bt" --tsa "$TSA/" --tsa-ca "$T/tsa/ca.crt" "$CF" >"$T/out" 2>"$T/err"
rc=$?
cat "$T/err"
t() { [ $rc -eq 0 ] && [ -f "$T/bt/timestamp.tsr" ] && [ -f "$T/bt/timestamp.tsq" ]; }
check "a bundle with --tsa exits 0 (got $rc)" t
check "the TSA got application/timestamp-query" grep -q '^/ application/timestamp-query$' "$T/tsa/requests.log"
check "openssl ts -verify: the token covers manifest.txt" \
  openssl ts -verify -in "$T/bt/timestamp.tsr" -data "$T/bt/manifest.txt" -CAfile "$T/tsa/ca.crt" >/dev/null 2>&1
check "the 笔录 names the timestamp" grep -q '可信时间戳（RFC 3161）' "$T/bt/extraction-record.html"
verify "$T/bt" --tsa-ca "$T/tsa/ca.crt"
rc=$?
t() { [ $rc -eq 0 ] && grep -q 'timestamp .* checked against the CA' "$T/vout"; }
check "--verify --tsa-ca with its CA passes (exit $rc): $(cat "$T/vout")" t
verify "$T/bt" --tsa-ca "$T/tsa/other.crt"
rc=$?
cat "$T/verr"
t() { [ $rc -eq 1 ] && grep -q 'timestamp.tsr' "$T/verr"; }
check "--verify --tsa-ca with another CA fails (exit $rc) naming the token" t
verify "$T/bt"
check "--verify without a CA passes and says the signature was not checked" grep -q 'not checked' "$T/vout"
verify "$T/b1" --tsa-ca "$T/tsa/ca.crt"
check "--verify --tsa-ca on a bundle without a timestamp fails (exit $?)" grep -q 'no timestamp' "$T/verr"
rm -rf "$T/t" && cp -r "$T/bt" "$T/t"
python3 - "$T/t/timestamp.tsr" "$T/bt/timestamp.tsr" <<'EOF'
import sys
b = bytearray(open(sys.argv[2], 'rb').read()); b[-10] ^= 1
open(sys.argv[1], 'wb').write(b)
EOF
verify "$T/t" --tsa-ca "$T/tsa/ca.crt"
check "a changed token fails --verify (exit $?) naming it" grep -q 'timestamp.tsr' "$T/verr"

tsa_fails() { # DESCRIPTION EXPECTED-TEXT URL [CA]
  d=$1; want=$2; url=$3; shift 3
  rm -rf "$T/bf"
  "$WJ" evidence --db "$DB" --out "$T/bf" --tsa "$url" ${1:+--tsa-ca "$1"} "$CF" >"$T/out" 2>"$T/err"
  rc=$?
  cat "$T/err"
  t() { [ $rc -eq 1 ] && grep -q "$want" "$T/err" && one_line_error "$T/err"; }
  check "$d: exit 1 (got $rc) with a clear message" t
  t() { [ ! -e "$T/bf" ] && [ ! -s "$T/out" ]; }
  check "$d: no bundle left behind" t
}
tsa_fails "the TSA's certificate is not from --tsa-ca" "does not verify against the CA" "$TSA/" "$T/tsa/other.crt"
tsa_fails "an unreachable TSA" "cannot get a timestamp from http://127.0.0.1:1/" "http://127.0.0.1:1/"
tsa_fails "a TSA answering HTTP 500" "answered HTTP 500" "$TSA/fail"
tsa_fails "a reply that is not a token" "not an RFC 3161" "$TSA/garbage"
mkdir "$T/bf2"
"$WJ" evidence --db "$DB" --out "$T/bf2" --tsa "http://127.0.0.1:1/" "$CF" >/dev/null 2>&1
check "a failed TSA leaves an existing empty --out empty" [ -z "$(ls -A "$T/bf2")" ]
"$WJ" evidence --db "$DB" --out "$T/bf3" --tsa "ftp://127.0.0.1/" "$CF" >/dev/null 2>"$T/err"
check "--tsa that is not http(s) is a usage error (exit $?)" grep -q 'not an http or https URL' "$T/err"
kill "$TSA_PID" 2>/dev/null; wait "$TSA_PID" 2>/dev/null

# ---- usage ----
"$WJ" evidence --verify "$T/b1" --out "$T/b9" >/dev/null 2>"$T/err"
check "--verify with --out is a usage error (exit $?)" grep -q 'usage: wangjian evidence --verify' "$T/err"
"$WJ" evidence --verify "$T/b1" "$CF" >/dev/null 2>"$T/err"
check "--verify with a lead id is a usage error (exit $?)" grep -q 'usage: wangjian evidence --verify' "$T/err"
printf '[evidence]\ndb = %s\nrules = %s\n' "$DB" "$TOP/rules/default" > "$T/w.conf"
"$WJ" evidence --config "$T/w.conf" --verify "$T/b1" >"$T/vout" 2>"$T/err"
check "--verify with db and rules from a config file works (exit $?)" grep -q '^verified: ' "$T/vout"
"$WJ" evidence --verify "$T/nowhere" >/dev/null 2>"$T/err"
check "--verify of a folder that is no bundle: exit $? naming manifest.sha256" grep -q 'manifest.sha256: missing' "$T/err"
finish
