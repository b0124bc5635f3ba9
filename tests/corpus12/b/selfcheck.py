#!/usr/bin/env python3
"""Independent re-validation of corpus12/b.  Check arithmetic is written again here (not imported from lib)."""
import os
import re
import sys
import unicodedata
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # only for the declared identities (IDS) and the site keys; no check code is taken from it

CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
ENCS = {"utf-8", "gbk", "gb18030", "big5"}
failures = []


def fail(msg):
    failures.append(msg)


# ---------------------------------------------------------------- validators (own implementation)
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS18 = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def ok_uscc(code):
    if len(code) != 18 or any(c not in CHARS for c in code):
        return False
    total = 0
    for i in range(17):
        total += CHARS.index(code[i]) * WEIGHTS18[i]
    if CHARS[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    vals = []
    for c in org[:8]:
        vals.append(int(c) if c.isdigit() else ord(c) - 55)
    s = sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2)))
    r = 11 - s % 11
    want = {10: "X", 11: "0"}.get(r, str(r))
    return org[8] == want


def ok_regno(code):
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(code[14])) % 10 == 1


def ok_patent(digits, check):
    if len(digits) != 12:
        return False
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    r = sum(int(a) * b for a, b in zip(digits, w)) % 11
    return check == ("X" if r == 10 else str(r))


# ---------------------------------------------------------------- declared identities
for key, (code, intended) in gen.IDS.items():
    got = ok_uscc(code) if len(code) == 18 else ok_regno(code)
    if got != intended:
        fail("identity %s %s: valid=%s, intended %s" % (key, code, got, intended))

registry = {}
with open(os.path.join(HERE, "registry.tsv"), encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines[0] != "# code\tname\tstatus":
    fail("registry header")
for ln in lines[1:]:
    if not ln:
        continue
    code, name, status = ln.split("\t")
    if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        fail("registry status " + status)
    if not (ok_uscc(code) if len(code) == 18 else ok_regno(code)):
        fail("registry holds an invalid code " + code)
    registry[code] = (name, status)


def read_tsv(path, header):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.endswith("\n"):
        fail(path + ": no final newline")
    rows = text.split("\n")[:-1]
    if rows[0] != header:
        fail(path + ": header " + rows[0])
    return [r.split("\t") for r in rows[1:]]


USCC_RE = re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")
REGNO_RE = re.compile(r"注册号[：:\s]*([0-9]{15})(?![0-9])")
PATENT_RE = re.compile(r"ZL\s*([0-9][0-9\s]*[0-9])\.([0-9X])")
declared = {c for c, _ in gen.IDS.values()}

positives = {"M": {}, "H": {}}
traps = 0
pages_total = 0
enc_count = {}
bom_count = 0
meta_note = 0
site_side = {}
platform_pages = 0
all_sites = set()

for side, base in (("M", ""), ("H", "holdout")):
    d = os.path.join(HERE, base)
    labels = read_tsv(os.path.join(d, "labels.tsv"), "# file\turl\tcodes")
    notes = read_tsv(os.path.join(d, "notes.tsv"), "# file\tencoding\tbom\tnote")
    hist = read_tsv(os.path.join(d, "history.tsv"), "# file\turl\tdays_before")
    if [r[0] for r in labels] != [r[0] for r in notes]:
        fail(base + ": labels and notes list different files")
    on_disk = sorted(os.listdir(os.path.join(d, "pages")))
    if sorted(r[0] for r in labels) != on_disk:
        fail(base + ": pages/ does not match labels.tsv")
    hist_disk = sorted(os.listdir(os.path.join(d, "history"))) if os.path.isdir(os.path.join(d, "history")) else []
    if sorted(r[0] for r in hist) != hist_disk:
        fail(base + ": history/ does not match history.tsv")
    urls = {}
    note_by = {r[0]: r for r in notes}
    for fname, url, codes in labels:
        pages_total += 1
        urls[url] = fname
        enc, bom, note = note_by[fname][1], note_by[fname][2], note_by[fname][3]
        if enc not in ENCS:
            fail(fname + ": encoding " + enc)
        data = open(os.path.join(d, "pages", fname), "rb").read()
        has_bom = data.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes"):
            fail(fname + ": BOM column wrong")
        if has_bom:
            bom_count += 1
            data = data[3:]
        try:
            text = data.decode(enc, errors="strict")
        except UnicodeDecodeError as e:
            fail("%s: does not decode as %s: %s" % (fname, enc, e))
            continue
        if enc == "gb18030":
            try:
                data.decode("gbk", errors="strict")
                fail(fname + ": gb18030 page has no character outside GBK")
            except UnicodeDecodeError:
                pass
        enc_count[enc] = enc_count.get(enc, 0) + 1
        text = unicodedata.normalize("NFKC", text)  # full-width codes count as displayed codes
        if "meta charset" in note or "<meta>" in note:
            meta_note += 1
        # codes column
        cl = [] if codes == "-" else codes.split(",")
        if codes != "-" and (cl != sorted(set(cl)) or not set(cl) <= CODES):
            fail(fname + ": bad codes " + codes)
        if note.startswith("trap:"):
            traps += 1
            if codes != "-":
                fail(fname + ": trap with codes")
        for c in cl:
            positives[side][c] = positives[side].get(c, 0) + 1
            if c + ":" not in note:
                fail(fname + ": note does not explain " + c)
        # displayed licence codes
        found = USCC_RE.findall(text) + REGNO_RE.findall(text)
        for code in found:
            if code not in declared:
                fail("%s: code %s not declared in gen.IDS" % (fname, code))
            valid = ok_uscc(code) if len(code) == 18 else ok_regno(code)
            if valid and "LICENSE_MISMATCH" not in cl:
                if registry.get(code, (None, None))[1] != "存续":
                    fail("%s: valid code %s not 存续 in registry" % (fname, code))
            if not valid and "LICENSE_INVALID" not in cl:
                fail("%s: invalid code %s on a page not labelled LICENSE_INVALID" % (fname, code))
        for digits, ck in PATENT_RE.findall(text):
            if not ok_patent(digits.replace(" ", ""), ck) and "FALSE_HONOUR" not in cl:
                fail("%s: malformed patent number on a page not labelled FALSE_HONOUR" % fname)
        # site split
        host = urlsplit(url).hostname
        if host == "mall.wangjian.test":
            platform_pages += 1
        all_sites.add(host)
    for fname, url, days in hist:
        if url not in urls:
            fail("history %s: url %s is not a page on this side" % (fname, url))
        if not float(days) > 0:
            fail("history %s: days_before %s" % (fname, days))
        hd = open(os.path.join(d, "history", fname), "rb").read()
        try:
            hd.decode("utf-8")
        except UnicodeDecodeError:
            fail("history %s does not decode" % fname)

# site split: every independent host and every platform shop key on one side only
for p in gen.PAGES:
    key = p["site"]
    if site_side.setdefault(key, p["side"]) != p["side"]:
        fail("site %s on both sides" % key)
    host = urlsplit(p["url"]).hostname
    if host != "mall.wangjian.test":
        if site_side.setdefault(host, p["side"]) != p["side"]:
            fail("host %s on both sides" % host)

for c in sorted(CODES):
    m, h = positives["M"].get(c, 0), positives["H"].get(c, 0)
    if m < 1 or h < 1 or m + h < 3:
        fail("code %s: main %d holdout %d" % (c, m, h))

print("pages %d (platform %d), sites/shops %d, traps %d, encodings %s, BOM %d, charset-meta notes %d"
      % (pages_total, platform_pages, len(set(p["site"] for p in gen.PAGES)), traps, enc_count, bom_count, meta_note))
for c in sorted(CODES):
    print("  %-20s main %2d  holdout %2d" % (c, positives["M"].get(c, 0), positives["H"].get(c, 0)))
if failures:
    print("FAILURES:")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print("selfcheck ok")
