#!/usr/bin/env python3
"""Independent re-validation of corpus8/p. Written separately from gen.py/lib.py (imports neither).
Exit 1 on any failure."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
# pages on which a displayed code is meant to fail its check (by page name, written by hand)
MEANT_INVALID = {"taipin-home", "zzt-lockcore", "mall-jiading-home", "mall-jingpin-home", "mall-shanye-home"}
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
fails = []


def fail(msg):
    fails.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    w = [pow(3, i, 31) for i in range(17)]          # 1,3,9,27,19,26,... = 3^i mod 31
    tot = sum(ALPHA.index(ch) * wi for ch, wi in zip(c[:17], w))
    if ALPHA[(31 - tot % 31) % 31] != c[17]:
        return False
    org = c[8:17]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
    r = 11 - sum(val(ch) * x for ch, x in zip(org[:8], ow)) % 11
    return org[8] == {10: "X", 11: "0"}.get(r, str(r))


def regno_ok(r):
    if not re.fullmatch(r"\d{15}", r):
        return False
    p = 10
    for d in r[:14]:
        p = ((((p + int(d)) % 10) or 10) * 2) % 11
    return (p + int(r[14])) % 10 == 1


def halfwidth(t):
    return "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in t)


def read_tsv(path, ncol):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("# ") or lines[-1] != "":
        fail("bad header/terminator " + path)
    rows = [l.split("\t") for l in lines[1:-1]]
    for r in rows:
        if len(r) != ncol:
            fail("bad row in %s: %r" % (path, r))
    return rows


reg = {}
for code, name, status in read_tsv(os.path.join(HERE, "registry.tsv"), 3):
    if not (uscc_ok(code) or regno_ok(code)):
        fail("registry code invalid " + code)
    reg[code] = (name, status)

cand18 = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")
cand15 = re.compile(r"(?<![0-9])\d{15}(?![0-9])")
pos = {"main": {}, "holdout": {}}
subjects = {"main": set(), "holdout": set()}
ENCS = {"utf-8", "gbk", "gb18030", "big5"}
enc_count = {}
for side, base in (("main", ""), ("holdout", "holdout")):
    d = os.path.join(HERE, base)
    labels = read_tsv(os.path.join(d, "labels.tsv"), 3)
    notes = read_tsv(os.path.join(d, "notes.tsv"), 4)
    hist = read_tsv(os.path.join(d, "history.tsv"), 3)
    if [r[0] for r in labels] != [r[0] for r in notes]:
        fail(side + ": labels and notes list different files")
    if sorted(r[0] for r in labels) != sorted(os.listdir(os.path.join(d, "pages"))):
        fail(side + ": labels.tsv does not match pages/")
    if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(d, "history"))):
        fail(side + ": history.tsv does not match history/")
    urls = {r[1] for r in labels}
    url_enc = {r[1]: {n[0]: n[1] for n in notes}[r[0]] for r in labels}
    for fn, url, days in hist:
        if url not in urls:
            fail("history url not a labelled page " + url)
        if not (0 < float(days)):
            fail("bad days " + days)
        raw = open(os.path.join(d, "history", fn), "rb").read()
        try:
            raw.decode(url_enc.get(url, "utf-8"), errors="strict")
        except UnicodeDecodeError:
            fail("history decode " + fn)
    note = {r[0]: r for r in notes}
    for fn, url, codes in labels:
        _, enc, bom, nt = note[fn]
        if enc not in ENCS:
            fail("unknown encoding " + fn)
        raw = open(os.path.join(d, "pages", fn), "rb").read()
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes") or (has_bom and enc != "utf-8"):
            fail("BOM mismatch " + fn)
        try:
            text = raw[3 if has_bom else 0:].decode(enc, errors="strict")
        except UnicodeDecodeError as e:
            fail("strict decode %s as %s: %s" % (fn, enc, e))
            continue
        if enc == "gb18030":
            try:
                text.encode("gbk")
                fail("gb18030 page has no character outside GBK " + fn)
            except UnicodeEncodeError:
                pass
        enc_count[enc] = enc_count.get(enc, 0) + 1
        if has_bom:
            enc_count["bom"] = enc_count.get("bom", 0) + 1
        lst = [] if codes == "-" else codes.split(",")
        if lst != sorted(set(lst)) or any(c not in CODES for c in lst):
            fail("bad code list %s %s" % (fn, codes))
        if nt.startswith("trap:") and lst:
            fail("trap note on a positive page " + fn)
        for c in lst:
            pos[side][c] = pos[side].get(c, 0) + 1
        # subject (site, or platform shop) for the split check
        m = re.match(r"http://([^/]+)(/.*)", url)
        host = m.group(1)
        if host == "mall.wangjian.test":
            sm = re.search(r"/shop/([A-Za-z0-9_-]+)/", url) or re.search(r'href="http://mall\.wangjian\.test/shop/([A-Za-z0-9_-]+)/"', text)
            subjects[side].add("shop:" + sm.group(1))
        else:
            subjects[side].add(host)
        # identifiers
        norm = halfwidth(text)
        name = fn[4:-5]
        found_bad = False
        for c in cand18.findall(norm):
            if not re.match(r"[0-9A-Y]{2}\d{6}", c):
                continue
            ok = uscc_ok(c)
            if not ok:
                found_bad = True
                if name not in MEANT_INVALID:
                    fail("unintended invalid USCC %s on %s" % (c, fn))
            elif "LICENSE_MISMATCH" not in lst:
                if c not in reg or reg[c][1] != "存续":
                    fail("valid code %s on %s not in registry as 存续" % (c, fn))
                elif enc != "big5" and reg[c][0] not in norm:
                    fail("registry name %s not on page %s" % (reg[c][0], fn))
        for c in cand15.findall(norm):
            if not regno_ok(c):
                found_bad = True
                if name not in MEANT_INVALID:
                    fail("unintended invalid 注册号 %s on %s" % (c, fn))
            elif "LICENSE_MISMATCH" not in lst and (c not in reg or reg[c][1] != "存续"):
                fail("valid 注册号 %s on %s not in registry" % (c, fn))
        if name in MEANT_INVALID and not found_bad:
            fail("meant-invalid page shows no invalid code " + fn)
        if (name in MEANT_INVALID) != ("LICENSE_INVALID" in lst):
            fail("LICENSE_INVALID label disagrees with meant-invalid list " + fn)

both = subjects["main"] & subjects["holdout"]
if both:
    fail("subjects on both sides: %s" % sorted(both))
for c in sorted(CODES):
    if pos["main"].get(c, 0) < 1 or pos["holdout"].get(c, 0) < 1:
        fail("code %s lacks a positive on one side" % c)
for f in fails:
    print("FAIL:", f)
print("positives main/holdout:", {c: (pos["main"].get(c, 0), pos["holdout"].get(c, 0)) for c in sorted(CODES)})
print("encodings:", enc_count, "subjects:", len(subjects["main"]), len(subjects["holdout"]))
sys.exit(1 if fails else 0)
