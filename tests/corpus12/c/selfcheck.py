#!/usr/bin/env python3
"""Re-validates corpus12/c with code written separately from gen.py/lib.py.
Exit 1 on any failure."""
import os, re, sys, subprocess, unicodedata, html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
ENCS = {"utf-8", "gbk", "gb18030", "big5"}
fails = []


def fail(msg):
    fails.append(msg)


# --- identifier arithmetic, written afresh (table lookups rather than lib's index arithmetic)
ALPH = {c: i for i, c in enumerate("0123456789ABCDEFGHJKLMNPQRTUWXY")}
WEIGHTS18 = [pow(3, i, 31) for i in range(17)]          # 3^i mod 31 gives the GB 32100 weights


def uscc_ok(code):
    if len(code) != 18 or any(c not in ALPH for c in code):
        return False
    total = sum(ALPH[c] * w for c, w in zip(code[:17], WEIGHTS18))
    if ALPH[code[17]] != (31 - total % 31) % 31:
        return False
    org = code[8:17]
    vals = [int(c, 36) for c in org[:8]]
    r = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    want = {10: "X", 11: "0"}.get(r, str(r))
    return org[8] == want


def regno_ok(code):
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(code[14])) % 10 == 1     # ISO 7064 MOD 11,10 acceptance: final (p + check) mod 10 == 1


assert WEIGHTS18 == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
assert uscc_ok("91110000600037341L") and uscc_ok("91330106673959654P") and uscc_ok("91350100M000100Y43")


def read_tsv(path, ncol):
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines[0].startswith("# "):
        fail("%s: no header" % path)
    for ln in lines[1:]:
        if not ln:
            continue
        parts = ln.split("\t")
        if len(parts) != ncol:
            fail("%s: bad row %r" % (path, ln[:60]))
            continue
        rows.append(parts)
    return rows


def visible_text(doc):
    doc = re.sub(r"(?is)<!--.*?-->", " ", doc)
    doc = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", doc)
    doc = re.sub(r"(?is)<(\w+)[^>]*(display\s*:\s*none|visibility\s*:\s*hidden|\shidden[\s>])[^>]*>.*?</\1>", " ", doc)
    return norm(doc)


def norm(doc):
    doc = doc.replace("<!--", " ").replace("-->", " ")
    doc = re.sub(r"<[^>]+>", "", doc)
    return unicodedata.normalize("NFKC", htmlmod.unescape(doc))


def meta_charset(doc):
    m = re.search(r"(?i)<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", doc)
    return m.group(1).lower() if m else None


registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"), 3)}
for code, (name, st) in registry.items():
    if st not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        fail("registry status %s" % st)
    if not uscc_ok(code):
        fail("registry code invalid %s" % code)

positives = {"main": {}, "holdout": {}}
traps = 0
hosts = {"main": set(), "holdout": set()}
enc_count = {}
for side, base in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    ids = {}
    for f, code, intent in read_tsv(os.path.join(base, "ids.tsv"), 3):
        ids.setdefault(f, []).append((code, intent))
    on_disk = sorted(os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != on_disk:
        fail("%s: labels.tsv and pages/ differ" % side)
    if sorted(notes) != on_disk:
        fail("%s: notes.tsv and pages/ differ" % side)
    urls = {}
    for f, url, codes in labels:
        urls[url] = f
        enc, bom, note = notes[f][1], notes[f][2], notes[f][3]
        raw = open(os.path.join(base, "pages", f), "rb").read()
        if enc not in ENCS:
            fail("%s: encoding %s" % (f, enc))
            continue
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes"):
            fail("%s: BOM column wrong" % f)
        try:
            doc = raw[3:].decode(enc) if has_bom else raw.decode(enc, errors="strict")
        except UnicodeDecodeError as e:
            fail("%s: not strict %s: %s" % (f, enc, e))
            continue
        key = enc + ("+bom" if has_bom else "")
        enc_count[key] = enc_count.get(key, 0) + 1
        if enc == "gb18030":
            try:
                doc.encode("gbk")
                fail("%s: GB18030 page has no character outside GBK" % f)
            except UnicodeEncodeError:
                pass
        mc = meta_charset(doc)
        if mc != enc:
            if "meta" not in note.split(". ")[-1] and "meta" not in note[-80:]:
                fail("%s: meta charset %s vs %s not stated at end of note" % (f, mc, enc))
            enc_count["wrong/missing meta"] = enc_count.get("wrong/missing meta", 0) + 1
        # codes column
        if codes == "-":
            if not note.startswith("trap:"):
                fail("%s: '-' page without trap note" % f)
            traps += 1
            cl = []
        else:
            cl = codes.split(",")
            if cl != sorted(cl) or len(set(cl)) != len(cl) or not set(cl) <= CODES:
                fail("%s: codes column %s" % (f, codes))
            for c in cl:
                if c not in note:
                    fail("%s: note does not explain %s" % (f, c))
                positives[side][c] = positives[side].get(c, 0) + 1
        # host split
        host = re.match(r"https?://([^/]+)", url).group(1)
        unit = host
        if host == "mall.wangjian.test":
            unit = None
            if "/item/" not in url and not re.match(r"^http://mall\.wangjian\.test/shop/[A-Za-z0-9_-]+/$", url):
                fail("%s: platform URL shape" % f)
        if unit:
            hosts[side].add(unit)
        if host == "mall.wangjian.test" and "91330100MA27WJ011R" not in doc:
            fail("%s: platform footer missing" % f)
        # identifiers
        vis = visible_text(doc)
        allt = norm(doc)
        listed = {c for c, _ in ids.get(f, [])}
        for tok in set(re.findall(r"(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Za-z])", allt)) | \
                set(re.findall(r"(?<![0-9])[0-9]{15}(?![0-9])", allt)):
            if re.search(r"[0-9]", tok) and re.search(r"\d{2}", tok[:2]) and tok not in listed:
                fail("%s: code-like token %s not in ids.tsv" % (f, tok))
        mismatch_seen = False
        invalid_seen = False
        for code, intent in ids.get(f, []):
            if code not in allt:
                fail("%s: listed code %s not on page" % (f, code))
            if intent == "hidden":
                if code in vis:
                    fail("%s: 'hidden' code %s is displayed" % (f, code))
                continue
            if code not in vis:
                fail("%s: code %s not displayed" % (f, code))
            ok = uscc_ok(code) if len(code) == 18 else regno_ok(code)
            if ok != (intent == "valid"):
                fail("%s: %s validity %s, intended %s" % (f, code, ok, intent))
            if not ok:
                invalid_seen = True
                continue
            reg = registry.get(code)
            bad = reg is None or reg[1] != "存续" or reg[0] not in vis
            if "LICENSE_MISMATCH" in cl:
                mismatch_seen = mismatch_seen or bad
            elif reg is None or reg[1] != "存续":
                fail("%s: valid code %s not 存续 in registry but page not LICENSE_MISMATCH" % (f, code))
        if "LICENSE_MISMATCH" in cl and not mismatch_seen:
            fail("%s: labelled LICENSE_MISMATCH but no mismatching code" % f)
        if ("LICENSE_INVALID" in cl) != invalid_seen:
            fail("%s: LICENSE_INVALID label vs invalid displayed code disagree" % f)
    # history
    hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(base, "history"))):
        fail("%s: history.tsv and history/ differ" % side)
    for hf, url, days in hist:
        if url not in urls:
            fail("%s: history for unknown url %s" % (hf, url))
        if not float(days) > 0:
            fail("%s: days_before %s" % (hf, days))
        enc = notes[urls[url]][1] if url in urls else "utf-8"
        raw = open(os.path.join(base, "history", hf), "rb").read()
        try:
            (raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw).decode(enc)
        except UnicodeDecodeError:
            fail("%s: history not %s" % (hf, enc))

if hosts["main"] & hosts["holdout"]:
    fail("hosts on both sides: %s" % (hosts["main"] & hosts["holdout"]))
for c in sorted(CODES):
    m, h = positives["main"].get(c, 0), positives["holdout"].get(c, 0)
    if m < 1 or h < 1 or m + h < 3:
        fail("code %s positives main=%d holdout=%d" % (c, m, h))
r = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--check"], capture_output=True, text=True)
if r.returncode != 0:
    fail("gen.py --check: " + r.stdout.strip())

print("code\tmain\tholdout")
for c in sorted(CODES):
    print("%s\t%d\t%d" % (c, positives["main"].get(c, 0), positives["holdout"].get(c, 0)))
print("encodings:", ", ".join("%s=%d" % kv for kv in sorted(enc_count.items())))
print("traps ('-' pages):", traps)
if fails:
    print("\n".join("FAIL " + x for x in fails))
    sys.exit(1)
print("selfcheck ok")
