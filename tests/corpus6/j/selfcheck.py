#!/usr/bin/env python3
"""Independent re-validation of corpus6/j (written separately from gen.py/lib.py; imports neither)."""
import os, re, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
W9 = (3, 7, 9, 10, 5, 8, 4, 2)
CODES = ["LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"]
errors = []


def fail(msg):
    errors.append(msg)


def usc_ok(c):
    if len(c) != 18 or any(x not in ALPHA for x in c):
        return False
    total = 0
    for i in range(17):
        total += ALPHA.index(c[i]) * W18[i]
    if ALPHA[(31 - total % 31) % 31] != c[17]:
        return False
    org = c[8:17]
    t = 0
    for i in range(8):
        ch = org[i]
        v = ord(ch) - 48 if ch.isdigit() else ord(ch) - 55
        t += v * W9[i]
    r = 11 - t % 11
    want = "X" if r == 10 else ("0" if r == 11 else str(r))
    return org[8] == want


def reg15_ok(n):
    p = 10
    for d in n[:14]:
        s = (p + int(d)) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return (11 - p) % 10 == int(n[14])


class Vis(HTMLParser):
    """collects displayed text: drops script/style/comments and display:none / hidden elements"""
    VOID = {"br", "img", "meta", "link", "input", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        st = (a.get("style") or "").replace(" ", "").lower()
        hid = tag in ("script", "style") or "hidden" in a or "display:none" in st or "visibility:hidden" in st
        self.stack.append((tag, hid))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, d):
        if not any(h for _, h in self.stack):
            self.out.append(d)


def visible(text):
    v = Vis()
    v.feed(text)
    return "".join(v.out)


def fw2hw(s):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)


def _gbk(ch):
    try:
        ch.encode("gbk")
        return True
    except UnicodeEncodeError:
        return False


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("# "):
        fail("no header in " + path)
    for ln in lines[1:]:
        if ln == "":
            continue
        parts = ln.split("\t")
        if len(parts) != ncols:
            fail("bad column count in %s: %r" % (path, ln[:60]))
            continue
        rows.append(parts)
    return rows


registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"), 3)}
for code, (name, status) in registry.items():
    if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        fail("registry status " + status)
    if not usc_ok(code):
        fail("registry holds an invalid code " + code)

positives = {"main": {}, "holdout": {}}
hosts = {"main": set(), "holdout": set()}
for side in ("main", "holdout"):
    base = HERE if side == "main" else os.path.join(HERE, "holdout")
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    files = sorted(os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != files:
        fail(side + ": labels.tsv and pages/ differ")
    if sorted(notes) != files:
        fail(side + ": notes.tsv and pages/ differ")
    urls = set()
    for fname, url, codes in labels:
        urls.add(url)
        host = url.split("/")[2]
        hosts[side].add(host if host != "mall.wangjian.test" else fname.split("-")[1] + "-" + fname.split("-")[2])
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(set(cl)) or any(c not in CODES for c in cl):
            fail("%s: bad code list %s" % (fname, codes))
        for c in cl:
            positives[side][c] = positives[side].get(c, 0) + 1
        _, enc, bom, note = notes[fname]
        if cl == [] and not note.startswith("trap:") and "lawful" not in note:
            fail(fname + ": '-' page note neither trap nor lawful")
        for c in cl:
            if c not in note:
                fail("%s: note does not mention %s" % (fname, c))
        raw = open(os.path.join(base, "pages", fname), "rb").read()
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes") or (has_bom and enc != "utf-8"):
            fail(fname + ": BOM flag wrong")
        try:
            text = (raw[3:] if has_bom else raw).decode(enc, errors="strict")
        except UnicodeDecodeError as e:
            fail("%s: does not decode as %s: %s" % (fname, enc, e))
            continue
        if enc == "gb18030":
            outside = [ch for ch in text if not _gbk(ch)]
            if not outside:
                fail(fname + ": gb18030 page has no character outside GBK")
        vis = fw2hw(visible(text))
        usccs = re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", vis)
        regs = re.findall(r"(?<![0-9])[0-9]{15}(?![0-9])", vis)
        bad = [c for c in usccs if not usc_ok(c)] + [n for n in regs if not reg15_ok(n)]
        good = [c for c in usccs if usc_ok(c)]
        if ("LICENSE_INVALID" in cl) != bool(bad):
            fail("%s: invalid-code presence %s disagrees with label" % (fname, bad))
        if "LICENSE_MISMATCH" not in cl:
            for c in good:
                if c not in registry or registry[c][1] != "存续":
                    fail("%s: valid code %s not in registry as 存续" % (fname, c))
    hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    hfiles = sorted(os.listdir(os.path.join(base, "history")))
    if sorted(r[0] for r in hist) != hfiles:
        fail(side + ": history.tsv and history/ differ")
    for hname, url, days in hist:
        if url not in urls:
            fail(hname + ": history URL not among scored pages")
        float(days)
        open(os.path.join(base, "history", hname), "rb").read().decode(
            [n for n in notes.values() if n[0][:3] == hname[:3]][0][1])


if hosts["main"] & hosts["holdout"]:
    fail("sites on both sides: %s" % (hosts["main"] & hosts["holdout"]))
for c in CODES:
    if positives["main"].get(c, 0) < 1 or positives["holdout"].get(c, 0) < 1:
        fail("code %s lacks a positive on one side (%s/%s)" % (c, positives["main"].get(c, 0), positives["holdout"].get(c, 0)))
for e in errors:
    print("FAIL:", e)
print("selfcheck: %d problem(s)" % len(errors))
sys.exit(1 if errors else 0)
