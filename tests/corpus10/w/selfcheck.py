#!/usr/bin/env python3
"""Re-validate corpus10/w with code written apart from gen.py/lib.py. Exit 1 on any failure."""
import html, os, re, subprocess, sys, unicodedata
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


# ---- check-digit arithmetic, written again from GB 32100 / GB 11714 / GB/T 17710 ----
ALPHA31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W17 = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def org_ok(nine):
    vals = []
    for ch in nine[:8]:
        vals.append(int(ch) if ch.isdigit() else ord(ch) - 55)
    total = sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2)))
    r = 11 - total % 11
    want = {10: "X", 11: "0"}.get(r, str(r))
    return nine[8] == want


def uscc_ok(code):
    if len(code) != 18 or any(c not in ALPHA31 for c in code):
        return False
    total = 0
    for i in range(17):
        total += ALPHA31.index(code[i]) * W17[i]
    if ALPHA31[(31 - total % 31) % 31] != code[17]:
        return False
    return org_ok(code[8:17])


def regno_ok(num):
    if not re.fullmatch(r"\d{15}", num):
        return False
    prod = 10
    for d in num[:14]:
        s = (prod + int(d)) % 10 or 10
        prod = s * 2 % 11
    return (prod + int(num[14])) % 10 == 1   # (p + check) mod 10 == 1 is the MOD 11,10 condition


# ---- what a browser would display ----
def displayed_text(doc):
    t = re.sub(r"<!--.*?-->", " ", doc, flags=re.S)
    t = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", t, flags=re.S | re.I)
    hid = re.compile(r"<(\w+)\b[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|\shidden[\s>=])[^>]*>.*?</\1\s*>",
                     re.S | re.I)
    while True:
        t2 = hid.sub(" ", t)
        if t2 == t:
            break
        t = t2
    t = re.sub(r"<[^>]+>", "", t)
    return unicodedata.normalize("NFKC", html.unescape(t))


USCC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{2}\d{6}[0-9A-Z]{10}(?![0-9A-Z])")
REG_RE = re.compile(r"注册号\D{0,4}(\d{15})(?!\d)")


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("# "):
        fail("%s: no header" % path)
    for ln in lines[1:]:
        if not ln:
            continue
        parts = ln.split("\t")
        if len(parts) != ncols:
            fail("%s: bad row %r" % (path, ln[:60]))
            continue
        rows.append(parts)
    return rows


registry = {}
for code, name, status in read_tsv(os.path.join(HERE, "registry.tsv"), 3):
    if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        fail("registry status %s" % status)
    if not (uscc_ok(code) or regno_ok(code)):
        fail("registry code %s invalid" % code)
    registry[code] = (name, status)

positives = {"main": {}, "holdout": {}}
hosts = {"main": set(), "holdout": set()}
gb18030_extra = 0
for side, base in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    files = set(os.listdir(os.path.join(base, "pages")))
    if {r[0] for r in labels} != files or set(notes) != files:
        fail("%s: labels/notes/pages differ" % side)
    urls = {}
    for fn, url, codes in labels:
        urls[url] = fn
        parts = urlsplit(url)
        if parts.hostname != "mall.wangjian.test":
            hosts[side].add(parts.hostname)
        if codes != "-":
            lst = codes.split(",")
            if lst != sorted(set(lst)) or not set(lst) <= CODES:
                fail("%s: bad codes %s" % (fn, codes))
            for c in lst:
                positives[side][c] = positives[side].get(c, 0) + 1
        else:
            lst = []
        _, enc, bom, note = notes.get(fn, (fn, "", "", ""))
        for c in lst:
            if c not in note:
                fail("%s: note does not speak to %s" % (fn, c))
        raw = open(os.path.join(base, "pages", fn), "rb").read()
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes") or (has_bom and enc != "utf-8"):
            fail("%s: BOM mismatch" % fn)
        try:
            doc = raw[3 if has_bom else 0:].decode(enc, errors="strict")
        except (UnicodeDecodeError, LookupError) as e:
            fail("%s: does not decode as %s: %s" % (fn, enc, e))
            continue
        if enc == "gb18030":
            try:
                doc.encode("gbk")
                fail("%s: gb18030 page has no character outside GBK" % fn)
            except UnicodeEncodeError:
                gb18030_extra += 1
        text = displayed_text(doc)
        found = [(c, uscc_ok(c)) for c in USCC_RE.findall(text)]
        found += [(c, regno_ok(c)) for c in REG_RE.findall(text)]
        if "LICENSE_INVALID" in lst:
            if not any(not ok for _, ok in found):
                fail("%s: labelled LICENSE_INVALID but every displayed code is valid" % fn)
        else:
            for c, ok in found:
                if not ok:
                    fail("%s: invalid code %s shown without LICENSE_INVALID" % (fn, c))
        if "LICENSE_MISMATCH" in lst:
            serials = re.findall(r"serial=([0-9A-Z]{18})", doc)
            shown = {c for c, ok in found if ok}
            bad = [c for c in shown if c not in registry or registry[c][1] != "存续"]
            bad += [s for s in serials if s not in shown]
            if not bad:
                fail("%s: labelled LICENSE_MISMATCH but nothing mismatches" % fn)
        else:
            for c, ok in found:
                if ok and (c not in registry or registry[c][1] != "存续"):
                    fail("%s: valid code %s not 存续 in registry" % (fn, c))
    hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    hfiles = set(os.listdir(os.path.join(base, "history")))
    if {r[0] for r in hist} != hfiles:
        fail("%s: history.tsv and history/ differ" % side)
    for fn, url, days in hist:
        if url not in urls:
            fail("%s: history url %s has no page" % (fn, url))
        if not float(days) > 0:
            fail("%s: days_before" % fn)
        enc = notes[urls[url]][1] if url in urls else "utf-8"
        try:
            open(os.path.join(base, "history", fn), "rb").read().decode(enc)
        except UnicodeDecodeError:
            fail("%s: history does not decode" % fn)

if hosts["main"] & hosts["holdout"]:
    fail("independent host on both sides: %s" % (hosts["main"] & hosts["holdout"]))
for c in sorted(CODES):
    m, h = positives["main"].get(c, 0), positives["holdout"].get(c, 0)
    if m < 1 or h < 1 or m + h < 3:
        fail("code %s: main %d holdout %d" % (c, m, h))
r = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--check"])
if r.returncode != 0:
    fail("gen.py --check differs")
print("selfcheck:", "FAILED (%d)" % len(FAIL) if FAIL else "ok")
sys.exit(1 if FAIL else 0)
