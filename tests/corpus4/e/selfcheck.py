#!/usr/bin/env python3
"""Independent re-validation of corpus4/e (does not import gen.py or lib.py)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ALL = ["LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
       "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
       "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"]
errors = []
def err(m): errors.append(m)

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPH for ch in c):
        return False
    w = 1; tot = 0
    for ch in c[:17]:
        tot += ALPH.index(ch) * w
        w = (w * 3) % 31
    if ALPH[(31 - tot % 31) % 31] != c[17]:
        return False
    org = c[8:17]
    vals = [int(x) if x.isdigit() else ord(x) - ord('A') + 10 for x in org[:8]]
    r = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    return org[8] == {10: "X", 11: "0"}.get(r, str(r))

def regno_ok(r):
    if not re.fullmatch(r"\d{15}", r):
        return False
    p = 10
    for d in r[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(r[14])) % 10 == 1

def visible(html):
    h = re.sub(r"(?is)<!--.*?-->", " ", html)
    h = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", h)
    h = re.sub(r'(?is)<(\w+)[^>]*(?:display:\s*none|visibility:\s*hidden|\shidden[\s>])[^>]*>.*?</\1>', " ", h)
    alts = " ".join(re.findall(r'(?i)alt="([^"]*)"', h))
    return re.sub(r"<[^>]+>", " ", h) + " " + alts

def read_tsv(path, ncol):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        err(path + ": no final newline")
    for i, l in enumerate(lines[:-1]):
        if i == 0:
            if not l.startswith("# "):
                err(path + ": bad header")
            continue
        p = l.split("\t")
        if len(p) != ncol:
            err("%s:%d: %d columns" % (path, i + 1, len(p)))
        rows.append(p)
    return rows

registry = {}
for c, n, s in read_tsv(os.path.join(HERE, "registry.tsv"), 3):
    registry[c] = (n, s)
    if s not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        err("registry status " + s)
    if not (uscc_ok(c) if len(c) == 18 else regno_ok(c)):
        err("registry code invalid: " + c)

positives = {"main": {}, "hold": {}}
for side, base in (("main", HERE), ("hold", os.path.join(HERE, "holdout"))):
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    files = sorted(os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != files:
        err(side + ": labels.tsv and pages/ differ")
    if sorted(notes) != files:
        err(side + ": notes.tsv and pages/ differ")
    urls = set()
    for fn, url, codes in labels:
        urls.add(url)
        cl = [] if codes == "-" else codes.split(",")
        if cl and cl != sorted(set(cl)):
            err(fn + ": codes not sorted/unique")
        for c in cl:
            if c not in ALL:
                err(fn + ": unknown code " + c)
            positives[side][c] = positives[side].get(c, 0) + 1
        _, enc, bom, note = notes.get(fn, (fn, "utf-8", "no", ""))
        raw = open(os.path.join(base, "pages", fn), "rb").read()
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes") or (has_bom and enc != "utf-8"):
            err(fn + ": BOM column wrong")
        try:
            text = raw[3:].decode(enc) if has_bom else raw.decode(enc, errors="strict")
        except (UnicodeDecodeError, LookupError) as e:
            err(fn + ": does not decode as " + enc + ": " + str(e)); continue
        if enc == "gb18030":
            try:
                text.encode("gbk"); err(fn + ": gb18030 page has no character outside GBK")
            except UnicodeEncodeError:
                pass
        for c in cl:
            if c not in note:
                if not any(w in note for w in (c,)):
                    err(fn + ": note does not mention " + c)
        vis = visible(text)
        found = re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", vis)
        found += re.findall(r"注册号：?\s*(\d{15})", vis)
        invalid = [c for c in found if not (uscc_ok(c) if len(c) == 18 else regno_ok(c))]
        valid = [c for c in found if c not in invalid]
        if ("LICENSE_INVALID" in cl) != bool(invalid):
            err(fn + ": LICENSE_INVALID label vs invalid codes %s" % invalid)
        if "LICENSE_MISMATCH" not in cl:
            for c in valid:
                if registry.get(c, ("", ""))[1] != "存续":
                    err(fn + ": valid code %s not 存续 in registry" % c)
    hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    hfiles = sorted(os.listdir(os.path.join(base, "history")))
    if sorted(r[0] for r in hist) != hfiles:
        err(side + ": history.tsv and history/ differ")
    for fn, url, days in hist:
        float(days)
        if url not in urls:
            err(fn + ": history URL not a scored page on this side")

for c in ALL:
    m, h = positives["main"].get(c, 0), positives["hold"].get(c, 0)
    if m < 1 or h < 1 or m + h < 4:
        err("code %s: main %d, holdout %d" % (c, m, h))
for e in errors:
    print("FAIL", e)
print("selfcheck: %d problem(s)" % len(errors))
sys.exit(1 if errors else 0)
