#!/usr/bin/env python3
"""Re-validate corpus3/a with code written separately from gen.py/lib.py.  Exit 1 on any failure."""
import html as htmlmod
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
HOME_ONLY = {"LICENSE_MISSING", "ICP_MISSING", "MARK_MISSING"}
fails = []


def fail(msg):
    fails.append(msg)


# ---- identifiers ---------------------------------------------------------------------------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_ok(o):
    if len(o) != 9:
        return False
    vals = []
    for c in o[:8]:
        if c.isdigit():
            vals.append(int(c))
        elif "A" <= c <= "Z":
            vals.append(ord(c) - ord("A") + 10)
        else:
            return False
    r = 11 - sum(a * b for a, b in zip(vals, ORG_W)) % 11
    want = {10: "X", 11: "0"}.get(r, str(r))
    return o[8] == want


def uscc_ok(c):
    if len(c) != 18 or any(ch not in USCC_CHARS for ch in c):
        return False
    total = 0
    for i in range(17):
        total += USCC_CHARS.index(c[i]) * USCC_W[i]
    chk = (31 - total % 31) % 31
    return USCC_CHARS[chk] == c[17] and org_ok(c[8:17])


def regno_ok(c):
    if len(c) != 15 or not c.isdigit():
        return False
    p = 10
    for d in c[:14]:
        s = (p + int(d)) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return (11 - p) % 10 == int(c[14])


def id_ok(c):
    return uscc_ok(c) if len(c) == 18 else regno_ok(c)


# ---- displayed text ------------------------------------------------------------------------
def displayed(text):
    t = re.sub(r"(?is)<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->", " ", text)
    t = re.sub(r'(?is)<(\w+)[^>]*style="[^"]*display\s*:\s*none[^"]*"[^>]*>.*?</\1>', " ", t)
    t = re.sub(r'(?is)<(\w+)[^>]*\shidden[\s>][^>]*>?.*?</\1>', " ", t)
    alts = " ".join(re.findall(r'(?i)\balt="([^"]*)"', t))
    t = re.sub(r"(?s)<[^>]*>", "", t) + " " + alts
    t = unicodedata.normalize("NFKC", htmlmod.unescape(t))
    return re.sub(r"\s+", "", t)


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        fail(path + ": no final newline")
    for i, ln in enumerate(lines[:-1]):
        if i == 0:
            if not ln.startswith("# "):
                fail(path + ": header missing")
            continue
        parts = ln.split("\t")
        if len(parts) != ncols:
            fail("%s:%d: %d columns" % (path, i + 1, len(parts)))
            continue
        rows.append(parts)
    return rows


META_RE = re.compile(r'(?i)<meta[^>]+charset=["\']?([\w-]+)')


def main():
    registry = {}
    for code, name, status in read_tsv(os.path.join(HERE, "registry.tsv"), 3):
        registry[code] = (name, status)
        if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
            fail("registry: bad status " + status)
        if not id_ok(code):
            fail("registry: invalid code " + code)

    sides = {}
    for side, base in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
        labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
        notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
        hist = read_tsv(os.path.join(base, "history.tsv"), 3)
        ids = read_tsv(os.path.join(base, "ids.tsv"), 3)
        files = set(os.listdir(os.path.join(base, "pages")))
        if files != {r[0] for r in labels}:
            fail(side + ": labels.tsv and pages/ differ")
        if files != set(notes):
            fail(side + ": notes.tsv and pages/ differ")
        hfiles = set(os.listdir(os.path.join(base, "history"))) if os.path.isdir(os.path.join(base, "history")) else set()
        if hfiles != {r[0] for r in hist}:
            fail(side + ": history.tsv and history/ differ")
        urls = {}
        byfile_ids = {}
        for fn, code, intended in ids:
            byfile_ids.setdefault(fn, []).append((code, intended))
            if (intended == "valid") != id_ok(code):
                fail("%s: %s intended %s but check says %s" % (fn, code, intended, id_ok(code)))
        pages = []
        for fn, url, codes in labels:
            urls[url] = fn
            enc, bom, note = notes[fn][1], notes[fn][2], notes[fn][3]
            raw = open(os.path.join(base, "pages", fn), "rb").read()
            has_bom = raw.startswith(b"\xef\xbb\xbf")
            if has_bom != (bom == "yes"):
                fail(fn + ": BOM column disagrees with bytes")
            if has_bom and enc != "utf-8":
                fail(fn + ": BOM on non-utf-8")
            body = raw[3:] if has_bom else raw
            try:
                text = body.decode(enc, errors="strict")
            except UnicodeDecodeError as e:
                fail("%s: does not decode as %s: %s" % (fn, enc, e))
                continue
            if enc != "utf-8":
                try:
                    body.decode("utf-8", errors="strict")
                    if re.search(r"[^\x00-\x7f]", text):
                        fail(fn + ": non-ASCII page also decodes as utf-8 (mislabelled?)")
                except UnicodeDecodeError:
                    pass
            if enc == "gb18030":
                if not any(ord(ch) > 0x7f and not _enc_ok(ch, "gbk") for ch in text):
                    fail(fn + ": gb18030 page has no character outside GBK")
            m = META_RE.search(text)
            declared = m.group(1).lower() if m else None
            wrong = "meta charset" in note.lower() or "no charset meta" in note.lower()
            if declared is None and "no charset meta" not in note.lower():
                fail(fn + ": no meta but note does not say so")
            if declared is not None and declared != enc and "meta charset wrong" not in note.lower():
                fail(fn + ": meta %s != %s but note does not say so" % (declared, enc))
            if declared == enc and wrong:
                fail(fn + ": note claims wrong/missing meta but meta is right")
            if declared == "gb2312":
                try:
                    text.encode("gb2312")
                    fail(fn + ": declared gb2312 is not actually wrong")
                except UnicodeEncodeError:
                    pass
            cl = codes.split(",")
            if codes != "-":
                if cl != sorted(cl) or len(set(cl)) != len(cl) or not set(cl) <= CODES:
                    fail(fn + ": bad code list " + codes)
            elif not note.startswith("trap:"):
                fail(fn + ": '-' page note does not start with trap:")
            path = re.sub(r"^http://[^/]+", "", url)
            home = path in ("/", "/index.html")
            if set(cl) & HOME_ONLY and not home:
                fail(fn + ": home-only code on non-home page")
            if "MARK_MISSING" in cl or "mall.wangjian.test" in url:
                fail(fn + ": platform page or MARK_MISSING in an independent-sites share")
            for c in cl:
                if c != "-" and c not in note:
                    fail("%s: note does not mention %s" % (fn, c))
            disp = displayed(text)
            myids = byfile_ids.get(fn, [])
            for code, intended in myids:
                if code not in disp:
                    fail("%s: listed id %s not displayed" % (fn, code))
                if intended == "valid" and "LICENSE_MISMATCH" not in cl:
                    if registry.get(code, ("", ""))[1] != "存续":
                        fail("%s: valid displayed %s not 存续 in registry" % (fn, code))
            has_invalid = any(i == "invalid" for _, i in myids)
            if has_invalid != ("LICENSE_INVALID" in cl):
                fail(fn + ": LICENSE_INVALID label disagrees with ids.tsv")
            # every 15/18-char code-looking run in displayed text must be in ids.tsv
            for run in re.findall(r"(?<![0-9A-Z])(9[1-3][0-9]{6}[0-9A-Z]{10}|[1-6][0-9]{14})(?![0-9A-Z])", disp):
                if run not in [c for c, _ in myids]:
                    fail("%s: displayed code %s missing from ids.tsv" % (fn, run))
            if "LICENSE_MISSING" in cl and myids:
                fail(fn + ": LICENSE_MISSING page displays a code")
            pages.append((fn, url, cl, enc, has_bom, declared, note))
        for fn, url, days in hist:
            if url not in urls:
                fail(fn + ": history URL has no scored page")
            if float(days) <= 0:
                fail(fn + ": days_before must be positive")
            raw = open(os.path.join(base, "history", fn), "rb").read()
            enc = notes[urls[url]][1] if url in urls else "utf-8"
            try:
                (raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw).decode(enc, errors="strict")
            except UnicodeDecodeError:
                fail(fn + ": history does not decode as " + enc)
        for fn, url, cl, *_ in pages:
            if "FAKE_ORIGINAL_PRICE" in cl and not any(u == url and float(d) < 7 for _, u, d in hist):
                fail(fn + ": FAKE_ORIGINAL_PRICE without a capture <7 days before")
        sides[side] = pages

    hosts = {s: {re.match(r"http://([^/]+)", p[1]).group(1) for p in sides[s]} for s in sides}
    if hosts["main"] & hosts["holdout"]:
        fail("site on both sides: %s" % (hosts["main"] & hosts["holdout"]))
    allp = sides["main"] + sides["holdout"]
    count = lambda pred: sum(1 for p in allp if pred(p))
    need = [("pages", len(allp), 75), ("sites", len(hosts["main"] | hosts["holdout"]), 25),
            ("traps", count(lambda p: p[2] == ["-"]), 25),
            ("gbk", count(lambda p: p[3] == "gbk"), 12), ("gb18030", count(lambda p: p[3] == "gb18030"), 5),
            ("big5", count(lambda p: p[3] == "big5"), 8), ("utf-8 bom", count(lambda p: p[4]), 3),
            ("wrong/missing meta", count(lambda p: p[5] != p[3]), 3)]
    for c in sorted(CODES - {"MARK_MISSING"}):
        m = sum(1 for p in sides["main"] if c in p[2])
        h = sum(1 for p in sides["holdout"] if c in p[2])
        need.append((c, m + h, 5))
        if m < 1 or h < 1:
            fail("%s: main %d holdout %d (need >=1 each side)" % (c, m, h))
    for name, have, want in need:
        if have < want:
            fail("%s: %d < %d" % (name, have, want))
    frac = len(sides["holdout"]) / len(allp)
    if not 0.25 <= frac <= 0.42:
        fail("holdout fraction %.2f" % frac)
    for f in fails:
        print("FAIL:", f)
    print("%d pages (%d holdout), %d failures" % (len(allp), len(sides["holdout"]), len(fails)))
    sys.exit(1 if fails else 0)


def _enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


if __name__ == "__main__":
    main()
