#!/usr/bin/env python3
"""Independent validation of corpus5/f (does not import gen.py or lib.py)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
fails = []


def bad(m):
    fails.append(m)


def uscc_ok(c):
    if len(c) != 18 or any(x not in ALPH for x in c):
        return False
    w = [pow(3, i, 31) for i in range(17)]
    tot = sum(ALPH.index(x) * wi for x, wi in zip(c[:17], w))
    if ALPH[(31 - tot % 31) % 31] != c[17]:
        return False
    org = c[8:17]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    t2 = sum((int(x) if x.isdigit() else ord(x) - 55) * wi for x, wi in zip(org[:8], ow))
    r = (11 - t2 % 11) % 11
    return org[8] == ("X" if r == 10 else str(r))


def regno_ok(n):
    if not re.fullmatch(r"\d{15}", n):
        return False
    p = 10
    for d in n[:14]:
        s = (p + int(d)) % 10
        s = 10 if s == 0 else s
        p = s * 2 % 11
    return (11 - p) % 10 == int(n[14])


def tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for ln in lines[1:]:
        if ln:
            rows.append(ln.split("\t"))
    return lines[0], rows


registry = {}
h, rr = tsv(os.path.join(HERE, "registry.tsv"))
if h != "# code\tname\tstatus":
    bad("registry header")
for c, name, st in rr:
    registry[c] = (name, st)
    if not uscc_ok(c):
        bad("registry code invalid " + c)

CODES = ["LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"]
counts = {}
encs = {}
hosts = {}
for side, d in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
    h1, lab = tsv(os.path.join(d, "labels.tsv"))
    h2, nts = tsv(os.path.join(d, "notes.tsv"))
    h3, his = tsv(os.path.join(d, "history.tsv"))
    if h1 != "# file\turl\tcodes" or h2 != "# file\tencoding\tbom\tnote" or h3 != "# file\turl\tdays_before":
        bad(side + " headers")
    files = sorted(os.listdir(os.path.join(d, "pages")))
    if files != sorted(r[0] for r in lab) or files != sorted(r[0] for r in nts):
        bad(side + " page files differ from TSVs")
    if sorted(os.listdir(os.path.join(d, "history"))) != sorted(r[0] for r in his):
        bad(side + " history files differ")
    note = {r[0]: r for r in nts}
    for fn, url, codes in lab:
        host = url.split("/")[2]
        hosts.setdefault(host, set()).add(side)
        _, enc, bom, nt = note[fn]
        raw = open(os.path.join(d, "pages", fn), "rb").read()
        if (bom == "yes") != raw.startswith(b"\xef\xbb\xbf"):
            bad(fn + " bom flag")
        body = raw[3:] if bom == "yes" else raw
        try:
            text = body.decode(enc, errors="strict")
        except UnicodeDecodeError:
            bad(fn + " does not decode as " + enc); continue
        if enc == "gb18030":
            try:
                text.encode("gbk")
                bad(fn + " gb18030 page has no char outside GBK")
            except UnicodeEncodeError:
                pass
        encs[enc] = encs.get(enc, 0) + 1
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(cl) or any(c not in CODES + ["MARK_MISSING"] for c in cl):
            bad(fn + " codes")
        for c in cl:
            counts.setdefault(c, {"main": 0, "holdout": 0})[side] += 1
        if codes == "-" and not nt.startswith("trap:"):
            pass
        vis = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        for m in re.finditer(r"(?<![0-9A-Z])[0-9A-HJ-NP-RT-UW-Y]{18}(?![0-9A-Z])", vis):
            c = m.group(0)
            if not re.match(r"9[123]\d{6}", c):
                continue
            ok = uscc_ok(c)
            if not ok and "LICENSE_INVALID" not in cl:
                bad(fn + " invalid code unlabelled " + c)
            if ok and "LICENSE_MISMATCH" not in cl and "zzlz" not in vis[max(0, m.start() - 80):m.start()]:
                if registry.get(c, ("", ""))[1] != "存续":
                    bad(fn + " valid code not 存续 in registry " + c)
        for m in re.finditer(r"注册号：(\d{15})", vis):
            if regno_ok(m.group(1)) == ("LICENSE_INVALID" in cl):
                bad(fn + " regno validity vs label")
for host, sides in hosts.items():
    if len(sides) > 1:
        bad("site on both sides " + host)
for c in CODES:
    v = counts.get(c, {"main": 0, "holdout": 0})
    if v["main"] < 1 or v["holdout"] < 1:
        bad("code lacks positives on a side " + c)
print("counts", counts)
print("encodings", encs)
for f in fails:
    print("FAIL", f)
sys.exit(1 if fails else 0)
