#!/usr/bin/env python3
"""Independent re-validation of corpus6/i (written separately from gen.py/lib.py)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [pow(3, i, 31) for i in range(17)]          # 1,3,9,27,19,26,...
OWTS = [3, 7, 9, 10, 5, 8, 4, 2]
CODES = "LICENSE_MISSING LICENSE_INVALID LICENSE_MISMATCH ICP_MISSING ICP_INVALID MARK_MISSING COUNTERFEIT_TERM WELLKNOWN_MARK_AD ABSOLUTE_TERM FALSE_CLAIM FAKE_ORIGINAL_PRICE RETURN_REFUSED PROHIBITED_GOODS REVIEW_INDUCEMENT FALSE_HONOUR".split()
fails = []
def fail(m): fails.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    s = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], WTS))
    if ALPHA[(31 - s % 31) % 31] != c[17]: return False
    o = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(c[8:16], OWTS))
    v = 11 - o % 11
    return c[16] == {10: "X", 11: "0"}.get(v, str(v))

def regno_ok(c):
    p = 10
    for ch in c[:14]:
        s = (p + int(ch)) % 10
        p = ((s if s else 10) * 2) % 11
    return (11 - p) % 10 == int(c[14])

def visible(text):
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r'<(\w+)[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>.*?</\1>', " ", text, flags=re.S)
    return text

def read_tsv(p):
    rows = []
    with open(p, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("# "): fail(p + ": header")
    for ln in lines[1:]:
        if ln: rows.append(ln.split("\t"))
    return rows

registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"))}
if "91330100MA27WJ011R" not in registry: fail("platform code missing from registry")
pos = {c: [0, 0] for c in CODES}
for side, idx in (("", 0), ("holdout", 1)):
    d = os.path.join(HERE, side)
    labels = read_tsv(os.path.join(d, "labels.tsv")); notes = read_tsv(os.path.join(d, "notes.tsv"))
    files = sorted(os.listdir(os.path.join(d, "pages")))
    if sorted(r[0] for r in labels) != files or sorted(r[0] for r in notes) != files:
        fail(side + ": TSV rows do not match page files")
    enc = {r[0]: (r[1], r[2], r[3]) for r in notes}
    for fn, url, codes in labels:
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(cl) or any(c not in CODES for c in cl): fail(fn + ": bad codes " + codes)
        for c in cl: pos[c][idx] += 1
        e, bom, note = enc[fn]
        raw = open(os.path.join(d, "pages", fn), "rb").read()
        if (bom == "yes") != raw.startswith(b"\xef\xbb\xbf"): fail(fn + ": BOM mismatch")
        try:
            txt = raw[3:].decode(e) if bom == "yes" else raw.decode(e, "strict")
        except UnicodeDecodeError as ex:
            fail(fn + ": does not decode as " + e + " " + str(ex)); continue
        if e == "gb18030":
            try: txt.encode("gbk"); fail(fn + ": gb18030 page has no character outside GBK")
            except UnicodeEncodeError: pass
        if codes == "-" and not note.startswith("trap:") and False: pass
        vis = visible(txt)
        found18 = re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", vis)
        found15 = re.findall(r"(?<!\d)\d{15}(?!\d)", vis)
        invalid = [c for c in found18 if not uscc_ok(c)] + [c for c in found15 if not regno_ok(c)]
        valid = [c for c in found18 if uscc_ok(c)] + [c for c in found15 if regno_ok(c)]
        if bool(invalid) != ("LICENSE_INVALID" in cl): fail(fn + ": invalid codes %s vs label %s" % (invalid, codes))
        if "LICENSE_MISMATCH" not in cl:
            for c in valid:
                if c not in registry or registry[c][1] != "存续":
                    fail(fn + ": valid code %s not 存续 in registry" % c)
        else:
            ok = [c for c in valid if c not in registry or registry[c][1] != "存续" or registry[c][0] not in vis]
            if not ok: fail(fn + ": labelled LICENSE_MISMATCH but every code matches a 存续 row by name")
    hist = read_tsv(os.path.join(d, "history.tsv"))
    if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(d, "history"))): fail(side + ": history TSV vs files")
    lab_urls = {r[1] for r in labels}
    for fn, url, days in hist:
        float(days)
        if url not in lab_urls: fail(fn + ": history URL not a scored page on this side")
for c, (m, h) in pos.items():
    if m < 1 or h < 1: fail("%s: positives main=%d holdout=%d" % (c, m, h))
for f in fails: print("FAIL", f)
print("selfcheck: %d failures" % len(fails)); print(" ".join("%s=%d/%d" % (c, *pos[c]) for c in CODES))
sys.exit(1 if fails else 0)
