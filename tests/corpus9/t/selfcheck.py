#!/usr/bin/env python3
"""Independent re-validation of corpus9/t (written apart from gen.py/lib.py; shares no code with them).
Exit 1 on any failure."""
import os, re, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
FAIL = []


def fail(msg):
    FAIL.append(msg)


CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
HOME_ONLY = {"LICENSE_MISSING", "ICP_MISSING", "MARK_MISSING"}

# Intended validity of every identifier shown anywhere in the corpus, typed by hand.
INTENDED_INVALID = {"92330782MA2E7K3L7K", "110105009312560", "420106000277195"}

# ---- check-digit arithmetic, written again from GB 32100 / GB 11714 / ISO 7064 text
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS18 = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    total = 0
    for i in range(17):
        total += ALPHA.index(c[i]) * WEIGHTS18[i]
    if ALPHA[(31 - total % 31) % 31] != c[17]:
        return False
    org = c[8:17]
    vals = [int(ch, 36) for ch in org[:8]]
    t = sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2)))
    r = 11 - t % 11
    want = {10: "X", 11: "0"}.get(r, str(r))
    return org[8] == want


def reg_ok(c):
    if not re.fullmatch(r"\d{15}", c):
        return False
    p = 10
    for d in c[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(c[14])) % 10 == 1  # ISO 7064 MOD 11,10 acceptance test


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] != "":
        fail("%s: no final newline" % path)
    for ln in lines[:-1]:
        if ln.startswith("#"):
            continue
        parts = ln.split("\t")
        if len(parts) != ncols:
            fail("%s: bad row %r" % (path, ln[:60]))
            continue
        rows.append(parts)
    return rows


def displayed_text(doc):
    doc = re.sub(r"(?is)<!--.*?-->", " ", doc)
    doc = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", doc)
    # drop elements that are hidden (our pages never nest a same-named tag inside a hidden one)
    doc = re.sub(r'(?is)<(\w+)\b[^>]*(?:\shidden(?:\s|>|=)|display\s*:\s*none|visibility\s*:\s*hidden)[^>]*>.*?</\1>', " ", doc)
    alts = " ".join(re.findall(r'(?i)\balt="([^"]*)"', doc))
    doc = re.sub(r"(?s)<[^>]+>", "", doc)
    return html.unescape(doc + " " + alts)


registry = {}
for code, name, status in read_tsv(os.path.join(HERE, "registry.tsv"), 3):
    registry[code] = (name, status)
    if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        fail("registry: bad status %s" % status)
    ok = uscc_ok(code) if len(code) == 18 else reg_ok(code)
    if not ok:
        fail("registry: %s fails its check" % code)

positives = {"m": {}, "h": {}}
subjects = {"m": set(), "h": set()}
npages = {"m": 0, "h": 0}
for side, base in (("m", HERE), ("h", os.path.join(HERE, "holdout"))):
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    files = set(os.listdir(os.path.join(base, "pages")))
    if set(r[0] for r in labels) != files:
        fail("%s: labels.tsv and pages/ differ" % side)
    if set(notes) != files:
        fail("%s: notes.tsv and pages/ differ" % side)
    if set(r[0] for r in hist) != set(os.listdir(os.path.join(base, "history"))):
        fail("%s: history.tsv and history/ differ" % side)
    histurl = {}
    for f, url, days in hist:
        histurl.setdefault(url, []).append(float(days))
    urls = set()
    for f, url, codes in labels:
        npages[side] += 1
        if url in urls:
            fail("duplicate url %s" % url)
        urls.add(url)
        _, enc, bom, note = notes[f]
        raw = open(os.path.join(base, "pages", f), "rb").read()
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes"):
            fail("%s: BOM column wrong" % f)
        try:
            doc = raw[3 if has_bom else 0:].decode(enc, errors="strict")
        except UnicodeDecodeError as e:
            fail("%s: does not decode as %s: %s" % (f, enc, e))
            continue
        if enc == "gb18030":
            try:
                doc.encode("gbk")
                fail("%s: gb18030 page has no character outside GBK" % f)
            except UnicodeEncodeError:
                pass
        if enc == "gbk":
            try:
                doc.encode("gb2312")
            except UnicodeEncodeError:
                pass  # fine: GBK-only characters are welcome
        meta = re.search(r'(?i)charset=["\']?([\w-]+)', doc)
        declared = meta.group(1).lower() if meta else None
        if declared != enc and "charset" not in note.split(".")[-1].lower() and "meta" not in note[-120:].lower():
            fail("%s: charset meta %s differs from %s but the note does not say so" % (f, declared, enc))
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(cl) or any(c not in CODES for c in cl):
            fail("%s: bad codes %s" % (f, codes))
        if codes == "-" and not note.startswith("trap:"):
            pass  # a '-' page need not be a trap, but ours all are
        for c in cl:
            if c not in note:
                fail("%s: note does not cite %s" % (f, c))
            positives[side][c] = positives[side].get(c, 0) + 1
        home = bool(re.fullmatch(r"http://[^/]+/(index\.html)?", url)) or bool(
            re.fullmatch(r"http://mall\.wangjian\.test/shop/[A-Za-z0-9_-]+/", url))
        if any(c in HOME_ONLY for c in cl) and not home:
            fail("%s: home-only code on a non-home page" % f)
        if "MARK_MISSING" in cl and "/shop/" not in url:
            fail("%s: MARK_MISSING off a shop home" % f)
        if "FAKE_ORIGINAL_PRICE" in cl and not any(d < 7 for d in histurl.get(url, [])):
            fail("%s: FAKE_ORIGINAL_PRICE without a capture < 7 days old" % f)
        # subject for the split
        m = re.match(r"http://mall\.wangjian\.test/shop/([^/]+)/", url)
        if m:
            subj = "shop:" + m.group(1)
        elif url.startswith("http://mall.wangjian.test/item/"):
            m2 = re.search(r'href="/shop/([^/"]+)/"', doc)
            subj = "shop:" + m2.group(1) if m2 else "mall"
        elif url.startswith("http://mall.wangjian.test/"):
            subj = "mall"
        else:
            subj = "host:" + url.split("/")[2]
        subjects[side].add(subj)
        # identifiers
        text = displayed_text(doc)
        shown = set(re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
        shown |= set(re.findall(r"注册号[：:\s]*(\d{15})(?!\d)", text))
        for code in re.findall(r"serial=([0-9A-Z]{18})-", doc):
            if not uscc_ok(code):
                fail("%s: zzlz serial %s invalid" % (f, code))
        for code in shown:
            ok = uscc_ok(code) if len(code) == 18 else reg_ok(code)
            if ok == (code in INTENDED_INVALID):
                fail("%s: %s validity %s is not the intended one" % (f, code, ok))
            if ok and "LICENSE_MISMATCH" not in cl:
                if registry.get(code, (None, None))[1] != "存续":
                    fail("%s: valid code %s not 存续 in registry" % (f, code))
            if not ok and "LICENSE_INVALID" not in cl:
                fail("%s: shows invalid %s but is not labelled LICENSE_INVALID" % (f, code))
        if "LICENSE_INVALID" in cl and not any(
                not (uscc_ok(c) if len(c) == 18 else reg_ok(c)) for c in shown):
            fail("%s: LICENSE_INVALID but no invalid code displayed" % f)
    for f, url, days in hist:
        if url not in urls:
            fail("history %s: url not among the pages" % f)
        raw = open(os.path.join(base, "history", f), "rb").read()
        enc = "gbk" if b"charset=\"gbk\"" in raw else "utf-8"
        try:
            raw.decode(enc)
        except UnicodeDecodeError:
            fail("history %s: bad bytes" % f)

both = subjects["m"] & subjects["h"]
if both:
    fail("subjects on both sides: %s" % ", ".join(sorted(both)))
for c in sorted(CODES):
    a, b = positives["m"].get(c, 0), positives["h"].get(c, 0)
    if a < 1 or b < 1 or a + b < 3:
        fail("code %s: %d main, %d holdout positives" % (c, a, b))

if FAIL:
    print("\n".join("FAIL " + x for x in FAIL))
    sys.exit(1)
print("ok: %d main + %d holdout pages, %d+%d subjects, all checks pass" % (
    npages["m"], npages["h"], len(subjects["m"]), len(subjects["h"])))
