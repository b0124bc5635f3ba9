#!/usr/bin/env python3
"""Independent re-validation of corpus7/m (written separately from gen.py/lib.py). Exit 1 on any failure."""
import os, re, sys, unicodedata, html

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
fails = []


def fail(msg):
    fails.append(msg)


def uscc_ok(c):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if len(c) != 18 or any(ch not in al for ch in c):
        return False
    w = 1
    tot = 0
    for ch in c[:17]:           # weights are 3^i mod 31
        tot += al.index(ch) * w
        w = w * 3 % 31
    if al[-tot % 31] != c[17]:
        return False
    org = c[8:17]
    ws = (3, 7, 9, 10, 5, 8, 4, 2)
    t = sum((int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10) * k for ch, k in zip(org[:8], ws))
    r = (11 - t % 11) % 11
    return org[8] == ("X" if r == 10 else str(r))


def regno_ok(r):
    if not re.fullmatch(r"\d{15}", r):
        return False
    p = 10
    for d in r[:14]:
        s = (p + int(d)) % 10
        if s == 0:
            s = 10
        p = s * 2 % 11
    return (p + int(r[14])) % 10 == 1


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        head = f.readline()
        if not head.startswith("# "):
            fail("%s: header" % path)
        for line in f:
            rows.append(line.rstrip("\n").split("\t"))
    return rows


registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"))}
for code, (name, st) in registry.items():
    if st not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        fail("registry status %s" % st)

hosts = {}
positives = {}
for side in ("main", "holdout"):
    base = HERE if side == "main" else os.path.join(HERE, "holdout")
    labels = read_tsv(os.path.join(base, "labels.tsv"))
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"))}
    files = set(os.listdir(os.path.join(base, "pages")))
    if {r[0] for r in labels} != files or set(notes) != files:
        fail("%s: TSV/file sets differ" % side)
    urls = set()
    for fn, url, codes in labels:
        host = re.match(r"http://([^/]+)/", url).group(1)
        hosts.setdefault(host, set()).add(side)
        urls.add(url)
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(cl) or any(c not in CODES for c in cl):
            fail("%s: bad codes %s" % (fn, codes))
        for c in cl:
            positives.setdefault(c, set()).add(side)
        _, enc, bom, note = notes[fn]
        if not note:
            fail("%s: empty note" % fn)
        if cl == [] and not (note.startswith("trap:") or note.startswith("clean:")):
            fail("%s: negative page note must start trap:/clean:" % fn)
        raw = open(os.path.join(base, "pages", fn), "rb").read()
        if (bom == "yes") != raw.startswith(b"\xef\xbb\xbf"):
            fail("%s: BOM flag" % fn)
        body = raw[3:] if bom == "yes" else raw
        try:
            text = body.decode(enc, errors="strict")
        except (UnicodeDecodeError, LookupError):
            fail("%s: does not decode as %s" % (fn, enc))
            continue
        if enc == "gb18030":
            try:
                body.decode("gbk")
                fail("%s: gb18030 page has nothing outside GBK" % fn)
            except UnicodeDecodeError:
                pass
        m = re.search(r'charset=["\']?([\w-]+)', text)
        declared = m.group(1).lower() if m else None
        if declared != enc and "charset" not in note:
            fail("%s: meta %s vs %s not stated in note" % (fn, declared, enc))
        # licence codes displayed: visible text (tags removed), alt texts, zzlz serials
        vis = re.sub(r"<(script|style)\b.*?</\1>|<!--.*?-->", "", text, flags=re.S)
        alts = " ".join(re.findall(r'alt="([^"]*)"', vis))
        serials = re.findall(r"serial=([0-9A-Z]{18})", vis)
        plain = unicodedata.normalize("NFKC", html.unescape(re.sub(r"<[^>]+>", "", vis) + " " + alts))
        found = re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", plain)
        regs = re.findall(r"(?<!\d)\d{15}(?!\d)", plain)
        bad = [c for c in found if not uscc_ok(c)] + [r for r in regs if not regno_ok(r)]
        good = [c for c in found if uscc_ok(c)] + [r for r in regs if regno_ok(r)]
        if ("LICENSE_INVALID" in cl) != bool(bad):
            fail("%s: invalid codes %s vs label" % (fn, bad))
        if "LICENSE_MISMATCH" not in cl:
            for c in good + serials:
                if registry.get(c, ("", ""))[1] != "存续":
                    fail("%s: valid code %s not 存续 in registry" % (fn, c))
    hist = read_tsv(os.path.join(base, "history.tsv"))
    hfiles = set(os.listdir(os.path.join(base, "history")))
    if {r[0] for r in hist} != hfiles:
        fail("%s: history.tsv vs files" % side)
    for fn, url, days in hist:
        if url not in urls or float(days) <= 0:
            fail("%s: history row %s" % (side, fn))
        enc = notes[[r for r in labels if r[1] == url][0][0]][1]
        open(os.path.join(base, "history", fn), "rb").read().lstrip(b"\xef\xbb\xbf").decode(enc)

for h, sides in hosts.items():
    if len(sides) != 1:
        fail("host %s on both sides" % h)
for c in CODES - {"MARK_MISSING"}:
    if positives.get(c) != {"main", "holdout"}:
        fail("%s positives on %s" % (c, positives.get(c)))

for f in fails:
    print("FAIL", f)
print("selfcheck: %d failures" % len(fails))
sys.exit(1 if fails else 0)
