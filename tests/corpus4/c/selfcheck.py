#!/usr/bin/env python3
"""Independent re-validation of corpus4/c (does not import gen.py or lib.py)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(m): ERR.append(m)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc_ok(c):
    if len(c) != 18 or any(x not in ALPHA for x in c):
        return False
    wts = [pow(3, i, 31) for i in range(17)]          # 1,3,9,27,19,... = 3^i mod 31
    tot = sum(ALPHA.index(x) * w for x, w in zip(c, wts))
    if ALPHA[(31 - tot % 31) % 31] != c[17]:
        return False
    o = c[8:17]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
    t = sum(val(a) * w for a, w in zip(o[:8], (3, 7, 9, 10, 5, 8, 4, 2)))
    r = 11 - t % 11
    return o[8] == ("X" if r == 10 else "0" if r == 11 else str(r))

def regno_ok(n):
    if not re.fullmatch(r"\d{15}", n):
        return False
    p = 10
    for ch in n[:14]:
        p = (2 * (((p + int(ch)) % 10) or 10)) % 11
    return (p + int(n[14])) % 10 == 1

def read_tsv(p, ncol):
    rows = []
    with open(p, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] == "":
        lines.pop()
    for i, l in enumerate(lines):
        if i == 0:
            if not l.startswith("# "):
                err("%s: no header" % p)
            continue
        c = l.split("\t")
        if len(c) != ncol:
            err("%s:%d: %d columns" % (p, i + 1, len(c)))
        rows.append(c)
    return rows

def visible(html):
    html = re.sub(r"<!--.*?-->", " ", html, flags=re.S)
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<div[^>]*(style="display:none"|\shidden)[^>]*>.*?</div>', " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html)

registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"), 3)}
pos = {"main": {}, "holdout": {}}
hosts = {}
ALLCODES = set()
for side, base in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    files = sorted(os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != files:
        err("%s: labels.tsv and pages/ differ" % side)
    if sorted(notes) != files:
        err("%s: notes.tsv and pages/ differ" % side)
    for fn, url, codes in labels:
        cs = [] if codes == "-" else codes.split(",")
        if cs != sorted(set(cs)):
            err("%s: codes not sorted/unique" % fn)
        for c in cs:
            pos[side][c] = pos[side].get(c, 0) + 1
            ALLCODES.add(c)
        n = notes.get(fn)
        if not n:
            continue
        enc, bom, note = n[1], n[2], n[3]
        if codes == "-" and not note.startswith(("trap:", "clean")):
            err("%s: unlabelled page note should start trap: or clean" % fn)
        for c in cs:
            if c not in note:
                err("%s: note lacks basis for %s" % (fn, c))
        raw = open(os.path.join(base, "pages", fn), "rb").read()
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes"):
            err("%s: BOM column wrong" % fn)
        if has_bom:
            raw = raw[3:]
            if enc != "utf-8":
                err("%s: BOM on non-utf-8" % fn)
        try:
            text = raw.decode(enc, errors="strict")
        except (UnicodeDecodeError, LookupError) as e:
            err("%s: does not decode as %s: %s" % (fn, enc, e)); continue
        if enc == "gb18030":
            try:
                text.encode("gbk")
                err("%s: gb18030 page has no character outside GBK" % fn)
            except UnicodeEncodeError:
                pass
        m = re.search(r'charset=["\']?([\w-]+)', text)
        if m and m.group(1).lower() != enc and "charset meta" not in note:
            err("%s: meta %s vs %s not stated in note" % (fn, m.group(1), enc))
        if not m and "charset meta" not in note:
            err("%s: missing meta not stated in note" % fn)
        host = url.split("/")[2]
        key = host if host != "mall.wangjian.test" else None
        if key:
            hosts.setdefault(key, set()).add(side)
        vis = re.sub(r"</?span>", "", visible(text))
        found_bad = False
        for c in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", vis):
            if not re.match(r"^[0-9]{2}\d{6}", c):
                continue
            if not uscc_ok(c):
                found_bad = True
            elif "LICENSE_MISMATCH" not in cs:
                if registry.get(c, ("", ""))[1] != "存续":
                    err("%s: valid code %s not in registry as 存续" % (fn, c))
        for c in re.findall(r"注册号：?\s*(\d{15})", vis):
            if not regno_ok(c):
                found_bad = True
            elif "LICENSE_MISMATCH" not in cs and registry.get(c, ("", ""))[1] != "存续":
                err("%s: valid 注册号 %s not in registry" % (fn, c))
        if found_bad != ("LICENSE_INVALID" in cs):
            err("%s: invalid-code presence (%s) disagrees with label" % (fn, found_bad))
    hs = read_tsv(os.path.join(base, "history.tsv"), 3)
    hfiles = sorted(os.listdir(os.path.join(base, "history")))
    if sorted(r[0] for r in hs) != hfiles:
        err("%s: history.tsv and history/ differ" % side)
    urls = {r[1] for r in labels}
    for fn, url, d in hs:
        float(d)
        if url not in urls:
            err("%s: history url %s has no scored page" % (fn, url))
for h, sides in hosts.items():
    if len(sides) > 1:
        err("host %s on both sides" % h)
for c in sorted(ALLCODES):
    if not pos["main"].get(c) or not pos["holdout"].get(c):
        err("code %s lacks a positive on one side: %s/%s" % (c, pos["main"].get(c, 0), pos["holdout"].get(c, 0)))
for e in ERR:
    print("FAIL", e)
print("checked; %d problems; positives main=%s holdout=%s" % (len(ERR), dict(sorted(pos["main"].items())), dict(sorted(pos["holdout"].items()))))
sys.exit(1 if ERR else 0)
