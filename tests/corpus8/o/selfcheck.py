#!/usr/bin/env python3
"""Independent re-validation of corpus8/o. Shares no code with gen.py/lib.py. Exit 1 on any failure."""
import os, re, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID",
         "MARK_MISSING", "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM",
         "FAKE_ORIGINAL_PRICE", "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
ERR = []


def fail(msg):
    ERR.append(msg)


# --- check characters, written afresh ---
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(code):
    if len(code) != 18 or any(ch not in ALPHA for ch in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]          # 1,3,9,27,19,26,...
    total = sum(ALPHA.index(ch) * w for ch, w in zip(code[:17], weights))
    if ALPHA[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    vals = [int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10 for ch in org[:8]]
    c = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    want = {10: "X", 11: "0"}.get(c, str(c))
    return org[8] == want


def regno_ok(code):
    if not re.fullmatch(r"\d{15}", code):
        return False
    p = 10
    for d in map(int, code[:14]):
        s = (p + d) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return (p + int(code[14])) % 10 == 1


def read_tsv(path, ncol):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        fail("%s: no final newline" % path)
    for ln in lines[1:-1]:
        parts = ln.split("\t")
        if len(parts) != ncol:
            fail("%s: bad row %r" % (path, ln))
            continue
        rows.append(parts)
    return lines[0], rows


def visible(text):
    t = re.sub(r"(?s)<!--.*?-->", " ", text)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r'(?is)<(\w+)[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>.*?</\1>', " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return html.unescape(t)


reg_rows = read_tsv(os.path.join(HERE, "registry.tsv"), 3)[1]
REG = {r[0]: (r[1], r[2]) for r in reg_rows}
for code in REG:
    if not uscc_ok(code):
        fail("registry code %s fails its check" % code)

pos = {"main": {}, "holdout": {}}
hosts = {"main": set(), "holdout": set()}
npages = 0
traps = 0
for side, base in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
    h, labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    if h != "# file\turl\tcodes":
        fail("labels header")
    h, notes = read_tsv(os.path.join(base, "notes.tsv"), 4)
    if h != "# file\tencoding\tbom\tnote":
        fail("notes header")
    h, hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    if [r[0] for r in labels] != [r[0] for r in notes]:
        fail("%s: labels and notes list different files" % side)
    on_disk = sorted("pages/" + n for n in os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != on_disk:
        fail("%s: labels.tsv does not match pages/" % side)
    hd = os.path.join(base, "history")
    hist_disk = sorted("history/" + n for n in os.listdir(hd)) if os.path.isdir(hd) else []
    if sorted(r[0] for r in hist) != hist_disk:
        fail("%s: history.tsv does not match history/" % side)
    note_of = {r[0]: r for r in notes}
    urls = {r[1]: r[0] for r in labels}
    for f, url, codes in labels:
        npages += 1
        enc, bom, note = note_of[f][1], note_of[f][2], note_of[f][3]
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(set(cl)) or not set(cl) <= CODES or codes == "":
            fail("%s: bad codes %r" % (f, codes))
        if codes == "-" and note.startswith("trap:"):
            traps += 1
        for c in cl:
            pos[side][c] = pos[side].get(c, 0) + 1
            if c not in note:
                fail("%s: note does not cite %s" % (f, c))
        m = re.match(r"https?://([^/]+)(/.*)$", url)
        host = m.group(1)
        if host == "mall.wangjian.test":
            sm = re.match(r"/shop/([A-Za-z0-9_-]+)/$", m.group(2))
            if not sm and not re.match(r"/item/[A-Za-z0-9_-]+\.html$", m.group(2)):
                fail("%s: platform URL not in shop/item form" % f)
        else:
            hosts[side].add(host)
        data = open(os.path.join(base, f), "rb").read()
        has_bom = data.startswith(b"\xef\xbb\xbf")
        if has_bom != (bom == "yes") or (has_bom and enc != "utf-8"):
            fail("%s: BOM column wrong" % f)
        try:
            text = data[3:].decode(enc, "strict") if has_bom else data.decode(enc, "strict")
        except UnicodeDecodeError as e:
            fail("%s: not strict %s: %s" % (f, enc, e))
            continue
        if enc == "gb18030":
            try:
                text.encode("gbk")
                fail("%s: gb18030 page has no character outside GBK" % f)
            except UnicodeEncodeError:
                pass
        mm = re.search(r'charset=["\']?([\w-]+)', text[:600], re.I)
        declared = mm.group(1).lower() if mm else None
        if declared != enc and "charset" not in note:
            fail("%s: meta charset %s vs %s not stated in note" % (f, declared, enc))
        vis = visible(text)
        shown = re.findall(r"(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])", vis)
        regs = re.findall(r"(?<!\d)(\d{15})(?!\d)", vis)
        shown = [s for s in shown if s[:2] in ("91", "92", "93")]
        regs = [r for r in regs if re.search(r"(注册号|註冊號)[：:\s]*" + r, vis)]
        bad = [s for s in shown if not uscc_ok(s)] + [r for r in regs if not regno_ok(r)]
        if ("LICENSE_INVALID" in cl) != bool(bad):
            fail("%s: LICENSE_INVALID label vs invalid codes %s" % (f, bad))
        if "LICENSE_MISMATCH" not in cl:
            for s in shown:
                named = REG.get(s, ("", ""))[0] in vis or enc == "big5"   # traditional script of the same name
                if uscc_ok(s) and (s not in REG or REG[s][1] != "存续" or not named):
                    fail("%s: valid code %s not in registry as 存续 under the shown name" % (f, s))
        else:
            hits = [s for s in shown if uscc_ok(s) and s != "91330100MA27WJ011R"]
            if not any(s not in REG or REG[s][1] != "存续" or REG[s][0] not in vis for s in hits):
                fail("%s: labelled LICENSE_MISMATCH but registry agrees" % f)
    for f, url, days in hist:
        if url not in urls:
            fail("%s: history URL not a scored page" % f)
        open(os.path.join(base, f), "rb").read().decode(note_of[urls[url]][1], "strict") if url in urls else None
        float(days)

if hosts["main"] & hosts["holdout"]:
    fail("hosts on both sides: %s" % (hosts["main"] & hosts["holdout"]))
for c in sorted(CODES):
    a, b = pos["main"].get(c, 0), pos["holdout"].get(c, 0)
    if a < 1 or b < 1 or a + b < 4:
        fail("%s: positives main %d holdout %d" % (c, a, b))
if ERR:
    print("\n".join(ERR))
    sys.exit(1)
print("selfcheck ok: %d pages, %d traps" % (npages, traps))
for c in sorted(CODES):
    print("  %-20s main %2d  holdout %2d" % (c, pos["main"].get(c, 0), pos["holdout"].get(c, 0)))
