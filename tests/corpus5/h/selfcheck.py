#!/usr/bin/env python3
"""Independent re-validation of corpus5/h (written separately from gen.py/lib.py)."""
import os, re, sys, html as H
HERE = os.path.dirname(os.path.abspath(__file__))
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
PLATFORM = "91330100MA27WJ011R"
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
fails = []
def fail(m): fails.append(m)

def usc_ok(c):
    if len(c) != 18 or any(x not in ALPHA for x in c): return False
    tot = 0
    for i in range(17): tot += ALPHA.index(c[i]) * WTS[i]
    if ALPHA[(31 - tot % 31) % 31] != c[17]: return False
    org = c[8:17]; w = [3, 7, 9, 10, 5, 8, 4, 2]
    t = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w[i] for i, ch in enumerate(org[:8]))
    r = 11 - t % 11
    exp = "X" if r == 10 else "0" if r == 11 else str(r)
    return org[8] == exp

def reg_ok(c):
    if not re.fullmatch(r"\d{15}", c): return False
    p = 10
    for d in c[:14]:
        s = (p + int(d)) % 10
        if s == 0: s = 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(c[14])

def read_tsv(path, n):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("# "): fail(f"{path}: header")
    for ln in lines[1:]:
        if not ln: continue
        parts = ln.split("\t")
        if len(parts) != n: fail(f"{path}: bad row {ln!r}")
        rows.append(parts)
    return rows

registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"), 3)}
for code, (name, st) in registry.items():
    if st not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"): fail(f"registry status {st}")
    if not (usc_ok(code) or reg_ok(code)): fail(f"registry holds invalid code {code}")

def visible(text):
    text = re.sub(r"(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ", text)
    text = re.sub(r'(?is)<(\w+)[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>.*?</\1>', " ", text)
    text = re.sub(r'(?is)<img[^>]*alt="([^"]*)"[^>]*>', r" \1 ", text)
    return H.unescape(re.sub(r"<[^>]+>", " ", text))

positives = {"main": set(), "holdout": set()}
hosts = {"main": set(), "holdout": set()}
for side, base in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    files = sorted(os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != files: fail(f"{side}: labels.tsv vs pages/ differ")
    if sorted(notes) != files: fail(f"{side}: notes.tsv vs pages/ differ")
    for fn, url, codes in labels:
        cs = [] if codes == "-" else codes.split(",")
        if cs != sorted(cs) or not set(cs) <= CODES: fail(f"{fn}: codes {codes}")
        positives[side] |= set(cs)
        host = re.match(r"http://([^/]+)/", url).group(1)
        key = host + (re.match(r"http://mall\.wangjian\.test/(?:shop|item)/([a-z]+)", url).group(1)[:2] if host == "mall.wangjian.test" else "")
        hosts[side].add(key)
        raw = open(os.path.join(base, "pages", fn), "rb").read()
        _, enc, bom, note = notes[fn]
        if (bom == "yes") != raw.startswith(b"\xef\xbb\xbf"): fail(f"{fn}: bom flag")
        if bom == "yes" and enc != "utf-8": fail(f"{fn}: bom on non-utf-8")
        body = raw[3:] if bom == "yes" else raw
        try:
            text = body.decode(enc, errors="strict")
        except UnicodeDecodeError as e:
            fail(f"{fn}: does not decode as {enc}: {e}"); continue
        if enc == "gb18030" and all(ch.encode("gbk", "ignore") or ord(ch) < 128 for ch in text):
            fail(f"{fn}: gb18030 page with no character outside GBK")
        m = re.search(r'<meta charset="([^"]+)"', text)
        if (m is None or m.group(1) != enc) and "meta charset" not in note: fail(f"{fn}: charset meta issue not stated")
        if not note: fail(f"{fn}: empty note")
        for c in cs:
            if c not in note: fail(f"{fn}: note lacks {c}")
        vis = visible(text)
        uscs = set(re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])", vis)) - {PLATFORM}
        regs = set(re.findall(r"(?<!\d)\d{15}(?!\d)", vis))
        allc = uscs | regs
        invalid = [c for c in uscs if not usc_ok(c)] + [c for c in regs if not reg_ok(c)]
        if ("LICENSE_INVALID" in cs) != bool(invalid): fail(f"{fn}: LICENSE_INVALID label vs codes {sorted(allc)}")
        valid = [c for c in allc if c not in invalid]
        if "LICENSE_MISMATCH" not in cs:
            for c in valid:
                if registry.get(c, ("", ""))[1] != "存续": fail(f"{fn}: valid code {c} not 存续 in registry")
        else:
            if not any(registry.get(c, ("", "吊销"))[1] != "存续" for c in valid): fail(f"{fn}: MISMATCH without a bad registry entry")
    hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(base, "history"))): fail(f"{side}: history.tsv vs history/")
    for fn, url, days in hist:
        float(days)
        open(os.path.join(base, "history", fn), "rb").read().decode("utf-8", "strict")
for c in CODES:
    for side in positives:
        if c not in positives[side]: fail(f"{c}: no positive in {side}")
if hosts["main"] & hosts["holdout"]: fail(f"site on both sides: {hosts['main'] & hosts['holdout']}")
print(f"platform code valid: {usc_ok(PLATFORM)}")
if fails:
    print("\n".join(fails)); sys.exit(1)
print("selfcheck ok"); sys.exit(0)
