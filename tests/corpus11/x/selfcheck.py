#!/usr/bin/env python3
"""Independent re-validation of corpus11/x (does not import gen.py or lib.py). Exit 1 on any failure."""
import os
import html as html_mod
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}

# Intended validity of every licence code that occurs anywhere in the pages (written again by hand here).
INTENDED_VALID = {
    "91330100MA27WJ011R", "91320102MA1WQK3N1H", "91440305MA5G2LHD39", "91310106MA1FY4KB6N", "91510107MA6BW8TC7G",
    "91420102MA4K7D2F1P", "91350203MA2Y5QRL3Y", "91460108MA5TG1H78Q", "91410105MA47C3WU3L", "91120103MA07J6NXXK",
    "91610113MA6WA2PL8C", "91330106MA2CH5QDXM", "91532901MA6Q8LRK86", "450300000012684", "91450302799712657E", "91430102MA4T1Q7NX9", "91330108MA2H3JP54M",
    "91430104MA4R6TQW8E", "91320505MA1YL8CA48", "91370102MA3C9NYE6B", "92320106MA1NP3X63N", "91500103MA5U4HLC3E",
    "91130102MA0G7KQBX2", "91350102MA34EWN81D", "91210102MA0Y2R9H9C",
}
INTENDED_INVALID = {"91110105MA01XR7T3K", "91440106MA9UP3QE58", "91340104MA2T8FUM27"}

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(code):
    if len(code) != 18 or any(c not in ALPHA for c in code):
        return False
    wts = [pow(3, i, 31) for i in range(17)]  # 1,3,9,27,19,26,... is 3^i mod 31
    total = sum(ALPHA.index(c) * w for c, w in zip(code, wts))
    if ALPHA[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org[:8]]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    want = "X" if c == 10 else ("0" if c == 11 else str(c))
    return org[8] == want


def regno_ok(code):
    if not re.fullmatch(r"\d{15}", code):
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10 or 10
        p = (s * 2) % 11
    return (11 - p) % 10 == int(code[14])


class Visible(HTMLParser):
    """Collects displayed text: skips script/style, comments, and hidden subtrees."""
    VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.out = []

    def hidden_now(self):
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        st = (a.get("style") or "").replace(" ", "").lower()
        hid = tag in ("script", "style") or "hidden" in a or "display:none" in st or "visibility:hidden" in st
        if tag == "img" and not self.hidden_now() and not hid:
            self.out.append(" " + (a.get("alt") or "") + " ")
        if tag not in self.VOID:
            self.stack.append((tag, hid))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.hidden_now():
            self.out.append(data)


def visible_text(html):
    v = Visible()
    v.feed(html)
    v.close()
    return "".join(v.out)


FAIL = []


def fail(msg):
    FAIL.append(msg)


def read_tsv(path, header):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != header:
        fail("%s: bad header" % path)
    return [l.split("\t") for l in lines[1:] if l]


def site_of(url, text):
    m = re.match(r"https?://([^/]+)/", url)
    host = m.group(1)
    if host != "mall.wangjian.test":
        return host
    m = re.match(r"https?://mall\.wangjian\.test/shop/([A-Za-z0-9_-]+)/$", url)
    if m:
        return "mall:" + m.group(1)
    m = re.search(r'href="http://mall\.wangjian\.test/shop/([A-Za-z0-9_-]+)/">进入店铺', html_mod.unescape(text))
    if not m:
        fail("cannot tell the shop of " + url)
        return "?"
    return "mall:" + m.group(1)


def main():
    registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"), "# code\tname\tstatus")}
    for code in registry:
        if not (uscc_ok(code) or regno_ok(code)):
            fail("registry code invalid: " + code)
    for c in INTENDED_VALID:
        if not (uscc_ok(c) if len(c) == 18 else regno_ok(c)):
            fail("intended valid but fails: " + c)
    for c in INTENDED_INVALID:
        if uscc_ok(c):
            fail("intended invalid but passes: " + c)
    sides = {}
    pos = {"main": {}, "holdout": {}}
    counts = {"enc": {}, "traps": 0, "pages": 0}
    for side, pre in (("main", ""), ("holdout", "holdout/")):
        labels = read_tsv(os.path.join(HERE, pre + "labels.tsv"), "# file\turl\tcodes")
        notes = read_tsv(os.path.join(HERE, pre + "notes.tsv"), "# file\tencoding\tbom\tnote")
        hist = read_tsv(os.path.join(HERE, pre + "history.tsv"), "# file\turl\tdays_before")
        files = sorted(os.listdir(os.path.join(HERE, pre + "pages")))
        if sorted(r[0] for r in labels) != files or sorted(r[0] for r in notes) != files:
            fail(side + ": labels/notes do not match pages/")
        hfiles = sorted(os.listdir(os.path.join(HERE, pre + "history")))
        if sorted(r[0] for r in hist) != hfiles:
            fail(side + ": history.tsv does not match history/")
        urls = {r[1] for r in labels}
        for fn, url, days in hist:
            if url not in urls:
                fail("history for unknown url " + url)
            float(days)
            raw = open(os.path.join(HERE, pre + "history", fn), "rb").read()
            try:
                raw.decode("gbk" if b'charset="gbk"' in raw or b"charset=gbk" in raw else "utf-8")
            except UnicodeDecodeError:
                fail("history decode " + fn)
        note = {r[0]: r for r in notes}
        for fn, url, codes in labels:
            counts["pages"] += 1
            _, enc, bom, nt = note[fn]
            raw = open(os.path.join(HERE, pre + "pages", fn), "rb").read()
            has_bom = raw.startswith(b"\xef\xbb\xbf")
            if has_bom != (bom == "yes"):
                fail(fn + ": BOM mismatch")
            try:
                text = raw[3:].decode(enc, "strict") if has_bom else raw.decode(enc, "strict")
            except UnicodeDecodeError as e:
                fail(fn + ": does not decode as " + enc + ": " + str(e))
                continue
            if enc == "gb18030":
                try:
                    text.encode("gbk")
                    fail(fn + ": gb18030 page has no character outside GBK")
                except UnicodeEncodeError:
                    pass
            if enc == "gbk":
                try:
                    raw.decode("utf-8")
                    if re.search(r"[\u4e00-\u9fff]", text):
                        fail(fn + ": gbk page also decodes as utf-8")
                except UnicodeDecodeError:
                    pass
            counts["enc"][enc + ("+bom" if has_bom else "")] = counts["enc"].get(enc + ("+bom" if has_bom else ""), 0) + 1
            m = re.search(r'charset="?([\w-]+)', text)
            declared = m.group(1).lower() if m else None
            if declared is None and "NO charset meta" not in nt:
                fail(fn + ": no meta but note does not say so")
            if declared is not None and declared != enc and "WRONG charset meta" not in nt:
                fail(fn + ": meta %s vs %s not stated in note" % (declared, enc))
            cl = codes.split(",")
            if codes == "-":
                counts["traps"] += 1
                if not nt.startswith("trap:"):
                    fail(fn + ": '-' page note does not start with trap:")
            else:
                if cl != sorted(cl) or any(c not in CODES for c in cl) or len(set(cl)) != len(cl):
                    fail(fn + ": bad code list " + codes)
                for c in cl:
                    if c not in nt:
                        fail(fn + ": note does not cite " + c)
                    pos[side][c] = pos[side].get(c, 0) + 1
            s = site_of(url, text)
            if sides.setdefault(s, side) != side:
                fail("site on both sides: " + s)
            # licence codes: every code anywhere must have a stated intended validity
            for c in set(re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", text)) | set(re.findall(r"(?<!\d)\d{15}(?!\d)", text)):
                if not re.match(r"^(9[123]|\d{15}$)", c):
                    continue
                if c not in INTENDED_VALID and c not in INTENDED_INVALID:
                    fail(fn + ": code with no intended validity " + c)
            vis = visible_text(text)
            for c in set(re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", vis)) | set(re.findall(r"(?<!\d)\d{15}(?!\d)", vis)):
                ok = uscc_ok(c) if len(c) == 18 else regno_ok(c)
                if ok and "LICENSE_MISMATCH" not in cl:
                    if registry.get(c, ("", ""))[1] != "存续":
                        fail(fn + ": valid displayed code not 存续 in registry: " + c)
                if not ok and "LICENSE_INVALID" not in cl:
                    fail(fn + ": invalid code displayed but not labelled LICENSE_INVALID: " + c)
    for c in sorted(CODES):
        m, h = pos["main"].get(c, 0), pos["holdout"].get(c, 0)
        if m < 1 or h < 1 or m + h < 3:
            fail("code %s positives main=%d holdout=%d" % (c, m, h))
    if "-v" in sys.argv:
        for c in sorted(CODES):
            print("%-20s %d %d" % (c, pos["main"].get(c, 0), pos["holdout"].get(c, 0)))
        print(counts, "sites", len(sides), "holdout sites", sum(1 for v in sides.values() if v == "holdout"))
    for f in FAIL:
        print("FAIL:", f)
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
