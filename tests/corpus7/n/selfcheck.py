#!/usr/bin/env python3
"""Independent re-validation of corpus7/n (does not import lib.py or gen.py)."""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# pages whose displayed licence code is meant to fail its check (written by hand)
MEANT_INVALID = {"013-toy-shop-home.html", "021-sm-shop-home.html", "038-rs-shop-home.html", "056-jy-home.html",
                 "057-jy-item-mate.html", "058-jy-item-iphone.html", "059-jy-item-guanhuan.html"}
fails = []


def bad(msg):
    fails.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in CHARS for ch in c):
        return False
    total = 0
    for i in range(17):
        total += CHARS.index(c[i]) * WEIGHTS[i]
    if CHARS[(31 - total % 31) % 31] != c[17]:
        return False
    org = c[8:17]
    vals = [int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10 for ch in org[:8]]
    r = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    want = {10: "X", 11: "0"}.get(r, str(r))
    return org[8] == want


def regno_ok(n):
    p = 10
    for d in n[:14]:
        s = (p + int(d)) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return (11 - p) % 10 == int(n[14])


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for ln in lines[1:]:
        if ln:
            rows.append(ln.split("\t"))
    return lines[0], rows


def displayed(text):
    text = re.sub(r"(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ", text)
    text = re.sub(r'(?is)<(\w+)[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>.*?</\1>', " ", text)
    text = re.sub(r"&nbsp;", " ", text)
    return unicodedata.normalize("NFKC", text)


registry = {}
hdr, rows = read_tsv(os.path.join(HERE, "registry.tsv"))
if hdr != "# code\tname\tstatus":
    bad("registry header")
for code, name, status in rows:
    registry[code] = (name, status)
    if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        bad("registry status " + status)
    if not (uscc_ok(code) if len(code) == 18 else regno_ok(code)):
        bad("registry code invalid " + code)

positives = {False: {}, True: {}}
all_codes = set()
for hold in (False, True):
    base = os.path.join(HERE, "holdout") if hold else HERE
    h1, labels = read_tsv(os.path.join(base, "labels.tsv"))
    h2, notes = read_tsv(os.path.join(base, "notes.tsv"))
    h3, hist = read_tsv(os.path.join(base, "history.tsv"))
    if (h1, h2, h3) != ("# file\turl\tcodes", "# file\tencoding\tbom\tnote", "# file\turl\tdays_before"):
        bad("tsv headers in " + base)
    files = sorted(os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != files or sorted(r[0] for r in notes) != files:
        bad("labels/notes do not match pages/ in " + base)
    if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(base, "history"))):
        bad("history.tsv does not match history/ in " + base)
    note_of = {r[0]: r for r in notes}
    urls = {}
    for fn, url, codes in labels:
        urls[url] = fn
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(cl):
            bad("unsorted codes " + fn)
        for c in cl:
            positives[hold][c] = positives[hold].get(c, 0) + 1
            all_codes.add(c)
        _, enc, bomflag, note = note_of[fn]
        raw = open(os.path.join(base, "pages", fn), "rb").read()
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bomflag == "yes"):
            bad("bom flag " + fn)
        try:
            text = raw[3:].decode(enc, "strict") if has_bom else raw.decode(enc, "strict")
        except UnicodeDecodeError as e:
            bad("decode %s as %s: %s" % (fn, enc, e))
            continue
        if enc == "gb18030":
            try:
                text.encode("gbk")
                bad("gb18030 page has no char outside GBK: " + fn)
            except UnicodeEncodeError:
                pass
        if codes == "-" and not note.startswith("trap:"):
            bad("no-code page without trap note " + fn)
        m = re.search(r'<meta charset="([^"]+)">', text)
        declared = m.group(1).lower() if m else None
        if declared != enc and "meta charset" not in note:
            bad("charset meta disagrees and note is silent: " + fn)
        for c in cl:
            if c not in note:
                bad("note lacks %s for %s" % (c, fn))
        d = displayed(text)
        found18 = re.findall(r"(?<![0-9A-Za-z])([0-9A-Z]{18})(?![0-9A-Za-z])", d)
        found15 = re.findall(r"(?<![0-9])([0-9]{15})(?![0-9])", d)
        invalid = [c for c in found18 if not uscc_ok(c)] + [c for c in found15 if not regno_ok(c)]
        valid = [c for c in found18 if uscc_ok(c)] + [c for c in found15 if regno_ok(c)]
        if (fn in MEANT_INVALID) != bool(invalid):
            bad("validity intent differs on %s: invalid=%s" % (fn, invalid))
        if (fn in MEANT_INVALID) != ("LICENSE_INVALID" in cl):
            bad("LICENSE_INVALID label vs intent " + fn)
        if "LICENSE_MISMATCH" not in cl:
            for c in valid:
                if registry.get(c, (None, None))[1] != "存续":
                    bad("valid code %s on %s not 存续 in registry" % (c, fn))
    for fn, url, days in hist:
        if url not in urls:
            bad("history url not a labelled page " + fn)
        if not 0 < float(days):
            bad("days " + fn)
for c in sorted(all_codes):
    if not positives[False].get(c) or not positives[True].get(c):
        bad("code %s lacks positives on one side" % c)
for f in fails:
    print("FAIL", f)
print("selfcheck:", "FAIL" if fails else "ok", "| main", positives[False], "| holdout", positives[True])
sys.exit(1 if fails else 0)
