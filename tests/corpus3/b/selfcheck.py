#!/usr/bin/env python3
"""Independent re-validation of corpus3/b. Does not import gen.py or lib.py. Exit 1 on any failure."""
import os
import re
import sys

F = os.path.dirname(os.path.abspath(__file__))
ERR = []
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
HOME_ONLY = {"LICENSE_MISSING", "ICP_MISSING", "MARK_MISSING"}
MALL = "mall.wangjian.test"


def fail(msg):
    ERR.append(msg)


# ---- check digits, written again from GB 32100 / GB 11714 / GB/T 17710 --------------------
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gb11714_ok(s9):
    if not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", s9):
        return False
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = 0
    for i in range(8):
        ch = s9[i]
        total += (ord(ch) - ord("0") if "0" <= ch <= "9" else ord(ch) - ord("A") + 10) * weights[i]
    c = 11 - total % 11
    want = "X" if c == 10 else ("0" if c == 11 else chr(ord("0") + c))
    return s9[8] == want


def uscc_ok(code):
    if len(code) != 18 or any(ch not in CHARSET for ch in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]  # 1,3,9,27,19,... are powers of 3 mod 31
    total = sum(CHARSET.index(code[i]) * weights[i] for i in range(17))
    if CHARSET[(31 - total % 31) % 31] != code[17]:
        return False
    return gb11714_ok(code[8:17])


def regno_ok(code):
    if not re.fullmatch(r"\d{15}", code):
        return False
    p = 10
    for ch in code[:14]:
        s = (p + int(ch)) % 10 or 10
        p = s * 2 % 11
    # the check digit is the one that makes the full run end at remainder 1
    return (p + int(code[14])) % 10 == 1


USCC_RE = re.compile(r"(?<![0-9A-Za-z])([0-9A-Y]{2}\d{6}[0-9A-Y]{10})(?![0-9A-Za-z])")
REG_RE = re.compile(r"(?<![0-9])(\d{15})(?![0-9])")


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


# ---- identifiers ----------------------------------------------------------------------
hdr, idrows = read_tsv(os.path.join(F, "idents.tsv"), 3)
INTENDED = {}
for code, intended, key in idrows:
    ok = uscc_ok(code) if len(code) == 18 else regno_ok(code)
    if ok != (intended == "valid"):
        fail("ident %s (%s) intended %s but check says %s" % (code, key, intended, ok))
    INTENDED[code] = intended == "valid"

hdr, regrows = read_tsv(os.path.join(F, "registry.tsv"), 3)
if hdr != "# code\tname\tstatus":
    fail("registry header")
REG = {}
for code, name, status in regrows:
    if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
        fail("registry status %s" % status)
    if code in REG:
        fail("registry duplicate %s" % code)
    REG[code] = (name, status)
    if not INTENDED.get(code, False):
        fail("registry holds a code not known valid: %s" % code)

# ---- pages ----------------------------------------------------------------------------
ENC_PY = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}
SUBJECT_SIDE = {}
POS = {"main": {}, "holdout": {}}
STATS = {"enc": {}, "bom": 0, "meta": 0, "traps": 0, "pages": 0, "platform": 0, "subjects": set(), "marktraps": 0}


def subject_of(url, text):
    host = re.match(r"http://([^/]+)/", url).group(1)
    if host != MALL:
        return host
    m = re.match(r"http://[^/]+/shop/([A-Za-z0-9_-]+)/$", url)
    if m:
        return "shop:" + m.group(1)
    m = re.search(r'href="/shop/([A-Za-z0-9_-]+)/"', text)
    return "shop:" + m.group(1) if m else "?"


def decode(path, enc, bom):
    data = open(path, "rb").read()
    has_bom = data.startswith(b"\xef\xbb\xbf")
    if has_bom != (bom == "yes"):
        fail("%s: BOM mismatch" % path)
    if has_bom:
        data = data[3:]
    try:
        text = data.decode(ENC_PY[enc], "strict")
    except (UnicodeDecodeError, KeyError) as e:
        fail("%s: does not decode as %s: %s" % (path, enc, e))
        return ""
    if enc == "gb18030":
        try:
            text.encode("gbk")
            fail("%s: gb18030 page has no character outside GBK" % path)
        except UnicodeEncodeError:
            pass
    if enc == "gbk" or enc == "big5":
        try:
            data.decode("utf-8")
            if re.search(r"[^\x00-\x7f]", text):
                fail("%s: %s page also decodes as utf-8" % (path, enc))
        except UnicodeDecodeError:
            pass
    return text


def declared(text):
    m = re.search(r'<meta[^>]*charset=["\']?([A-Za-z0-9_-]+)', text, re.I)
    return m.group(1).lower() if m else None


def check_side(side):
    root = F if side == "main" else os.path.join(F, "holdout")
    hdr, labels = read_tsv(os.path.join(root, "labels.tsv"), 3)
    if hdr != "# file\turl\tcodes":
        fail("%s labels header" % side)
    hdr, notes = read_tsv(os.path.join(root, "notes.tsv"), 4)
    if hdr != "# file\tencoding\tbom\tnote":
        fail("%s notes header" % side)
    hdr, hist = read_tsv(os.path.join(root, "history.tsv"), 3)
    if hdr != "# file\turl\tdays_before":
        fail("%s history header" % side)
    files = sorted("pages/" + f for f in os.listdir(os.path.join(root, "pages")))
    if sorted(r[0] for r in labels) != files:
        fail("%s: labels.tsv and pages/ differ" % side)
    if sorted(r[0] for r in notes) != files:
        fail("%s: notes.tsv and pages/ differ" % side)
    note = {r[0]: r for r in notes}
    urls = {}
    for fn, url, codes in labels:
        STATS["pages"] += 1
        if url in urls:
            fail("duplicate url %s" % url)
        urls[url] = fn
        enc, bom, text_note = note[fn][1], note[fn][2], note[fn][3]
        text = decode(os.path.join(root, fn), enc, bom)
        STATS["enc"][enc] = STATS["enc"].get(enc, 0) + 1
        STATS["bom"] += bom == "yes"
        dec = declared(text)
        if dec != enc:
            STATS["meta"] += 1
            if "[charset meta" not in text_note:
                fail("%s: charset meta %s vs %s not stated in note" % (fn, dec, enc))
        cl = [] if codes == "-" else codes.split(",")
        if codes != "-" and (cl != sorted(set(cl)) or not set(cl) <= CODES):
            fail("%s: bad codes %s" % (fn, codes))
        if codes == "-":
            STATS["traps"] += 1
            if not text_note.startswith("trap:"):
                fail("%s: trap note must start with trap:" % fn)
        host = re.match(r"http://([^/]+)/", url).group(1)
        path = url[len("http://" + host):]
        platform = host == MALL
        shop_home = platform and re.fullmatch(r"/shop/[A-Za-z0-9_-]+/", path) is not None
        home = shop_home or (not platform and path in ("/", "/index.html"))
        if platform:
            STATS["platform"] += 1
            if "91330100MA27WJ011R" not in text or "浙ICP备2023040506号-1" not in text:
                fail("%s: platform footer missing" % fn)
            if not shop_home and not re.fullmatch(r"/item/[A-Za-z0-9_-]+\.html", path):
                fail("%s: platform url neither shop home nor item" % fn)
        for c in cl:
            if c in HOME_ONLY and not home:
                fail("%s: %s on a non-home page" % (fn, c))
            if c.startswith("ICP_") and platform:
                fail("%s: ICP code on a platform page" % fn)
            if c == "MARK_MISSING" and not shop_home:
                fail("%s: MARK_MISSING off a shop home" % fn)
            POS[side][c] = POS[side].get(c, 0) + 1
        if shop_home and "MARK_MISSING" not in cl and re.search(r'class="[^"]*(?<![\w-])mall-mark(?![\w-])', text) and codes == "-":
            STATS["marktraps"] += 1
        if shop_home and ('class="shop-name"' not in text):
            fail("%s: no shop-name" % fn)
        # identifiers
        stripped = re.sub(r"<[^>]*>", "", text)  # catches codes split across inline tags
        found = sorted(set(USCC_RE.findall(text) + REG_RE.findall(text) + USCC_RE.findall(stripped) + REG_RE.findall(stripped)))
        seen_invalid = False
        for code in found:
            if code not in INTENDED:
                fail("%s: identifier %s not in idents.tsv" % (fn, code))
                continue
            valid = uscc_ok(code) if len(code) == 18 else regno_ok(code)
            if not valid:
                seen_invalid = True
            elif "LICENSE_MISMATCH" not in cl:
                if code not in REG or REG[code][1] != "存续":
                    fail("%s: valid code %s not registered 存续" % (fn, code))
                elif enc != "big5" and REG[code][0] not in text:
                    fail("%s: registry name %s not on page" % (fn, REG[code][0]))
        if seen_invalid != ("LICENSE_INVALID" in cl):
            fail("%s: invalid identifier present=%s but label says %s" % (fn, seen_invalid, codes))
        subj = subject_of(url, text)
        STATS["subjects"].add(subj)
        if SUBJECT_SIDE.setdefault(subj, side) != side:
            fail("%s: subject %s on both sides" % (fn, subj))
    hfiles = sorted("history/" + f for f in os.listdir(os.path.join(root, "history"))) \
        if os.path.isdir(os.path.join(root, "history")) else []
    if sorted(r[0] for r in hist) != hfiles:
        fail("%s: history.tsv and history/ differ" % side)
    for hfn, url, days in hist:
        if url not in urls:
            fail("%s: history url %s not scored on this side" % (hfn, url))
            continue
        d = float(days)
        if not 0 < d < 60:
            fail("%s: odd days %s" % (hfn, days))
        enc, bom = note[urls[url]][1], "no"
        decode(os.path.join(root, hfn), enc, bom)


check_side("main")
check_side("holdout")
for c in sorted(CODES):
    m, h = POS["main"].get(c, 0), POS["holdout"].get(c, 0)
    if m < 1 or h < 1:
        fail("code %s lacks positives on a side (main %d, holdout %d)" % (c, m, h))
    if m + h < 3:
        fail("code %s has fewer than 3 positives" % c)
    print("%-20s main %2d  holdout %2d" % (c, m, h))
print("pages %d (platform %d), subjects %d, traps %d, mark traps %d, bom %d, meta wrong/missing %d, enc %s" % (
    STATS["pages"], STATS["platform"], len(STATS["subjects"]), STATS["traps"], STATS["marktraps"], STATS["bom"],
    STATS["meta"], sorted(STATS["enc"].items())))
for e in ERR:
    print("FAIL:", e, file=sys.stderr)
sys.exit(1 if ERR else 0)
