#!/usr/bin/env python3
"""Independent re-validation of corpus11/y (written separately from gen.py/lib.py; imports neither)."""
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID", "MARK_MISSING",
         "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM", "FAKE_ORIGINAL_PRICE",
         "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
errors = []


def err(msg):
    errors.append(msg)


# ---- check digits, written again from GB 32100 / GB 11714 / ISO 7064
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(code):
    if len(code) != 18 or any(ch not in ALPHA for ch in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]   # 1,3,9,27,19,... = 3^i mod 31
    total = sum(ALPHA.index(code[i]) * weights[i] for i in range(17))
    if ALPHA[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    t = 0
    for i in range(8):
        ch = org[i]
        t += (ord(ch) - 48 if ch.isdigit() else ord(ch) - 55) * ow[i]
    c = (11 - t % 11) % 11
    want = "X" if c == 10 else str(c)
    return org[8] == want


def regno_ok(code):
    if not re.fullmatch(r"\d{15}", code):
        return False
    p = 10
    for ch in code[:14]:
        s = (p + int(ch)) % 10 or 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(code[14])


# ---- visible text
class Vis(HTMLParser):
    VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []   # (tag, hidden)
        self.out = []
        self.hrefs = []

    def hidden_now(self):
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        st = (a.get("style") or "").replace(" ", "").lower()
        hid = tag in ("script", "style", "template") or "hidden" in a or "display:none" in st \
            or "visibility:hidden" in st
        if tag in self.VOID:
            if not (hid or self.hidden_now()):
                if tag == "img" and a.get("alt"):
                    self.out.append(" " + a["alt"] + " ")
            return
        if not (hid or self.hidden_now()) and tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        self.stack.append((tag, hid))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if not self.hidden_now():
            self.out.append(data)


def visible(html):
    v = Vis()
    v.feed(html)
    v.close()
    return " ".join(v.out), v.hrefs


def read_tsv(path, ncol):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        err(path + ": no final newline")
    for ln in lines[1:]:
        if not ln:
            continue
        parts = ln.split("\t")
        if len(parts) != ncol:
            err("%s: bad row %r" % (path, ln[:60]))
            continue
        rows.append(parts)
    return rows


def decode(path, enc, bom):
    data = open(path, "rb").read()
    has = data.startswith(b"\xef\xbb\xbf")
    if has != (bom == "yes"):
        err("%s: BOM mismatch" % path)
    if has:
        data = data[3:]
    try:
        txt = data.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        err("%s: does not decode as %s: %s" % (path, enc, e))
        return ""
    if enc == "gb18030":
        try:
            txt.encode("gbk")
            err("%s: gb18030 page has no character outside GBK" % path)
        except UnicodeEncodeError:
            pass
    if enc in ("gbk", "big5"):
        try:
            data.decode("utf-8")
            if any(ord(c) > 127 for c in txt):
                err("%s: %s page also decodes as utf-8" % (path, enc))
        except UnicodeDecodeError:
            pass
    return txt


registry = {}
for code, name, status in read_tsv(os.path.join(HERE, "registry.tsv"), 3):
    if not uscc_ok(code):
        err("registry code invalid: " + code)
    registry[code] = (name, status)

USCC_RE = re.compile(r"(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])")
REG_RE = re.compile(r"(?<!\d)(\d{15})(?!\d)")
positives = {"main": {}, "hold": {}}
hosts = {"main": set(), "hold": set()}

for side, base in (("main", HERE), ("hold", os.path.join(HERE, "holdout"))):
    labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, "notes.tsv"), 4)}
    hist = read_tsv(os.path.join(base, "history.tsv"), 3)
    on_disk = sorted("pages/" + f for f in os.listdir(os.path.join(base, "pages")))
    if sorted(r[0] for r in labels) != on_disk:
        err(side + ": labels.tsv rows do not match pages/")
    if sorted(notes) != on_disk:
        err(side + ": notes.tsv rows do not match pages/")
    hdisk = sorted("history/" + f for f in os.listdir(os.path.join(base, "history")))
    if sorted(r[0] for r in hist) != hdisk:
        err(side + ": history.tsv rows do not match history/")
    urls = {}
    for fn, url, codes in labels:
        if url in urls:
            err("duplicate url " + url)
        urls[url] = codes
    # price histories
    hist_by_url = {}
    for fn, url, days in hist:
        if url not in urls:
            err("%s: history url has no scored page: %s" % (side, url))
        d = float(days)
        hist_by_url.setdefault(url, []).append((fn, d))
    for fn, url, codes in labels:
        enc, bom, note = notes[fn][1], notes[fn][2], notes[fn][3]
        if enc not in ("utf-8", "gbk", "gb18030", "big5"):
            err(fn + ": unknown encoding " + enc)
        txt = decode(os.path.join(base, fn), enc, bom)
        cl = [] if codes == "-" else codes.split(",")
        if cl != sorted(set(cl)) or any(c not in CODES for c in cl):
            err("%s: bad codes %s" % (fn, codes))
        if codes == "-" and not note.startswith("trap:"):
            err(fn + ": clean page note must start with trap:")
        for c in cl:
            if c not in note:
                err("%s: note does not mention %s" % (fn, c))
            positives[side][c] = positives[side].get(c, 0) + 1
        host = re.match(r"https?://([^/]+)", url).group(1)
        if host != "mall.wangjian.test":
            hosts[side].add(host)
        vis, hrefs = visible(txt)
        vis = vis.replace("\u3000", " ")
        found = USCC_RE.findall(vis)
        found = [f for f in found if re.match(r"^(9[123]|1[12]|5[123]|Y1)", f)]
        regs = REG_RE.findall(vis)
        bad = [f for f in found if not uscc_ok(f)] + [r for r in regs if not regno_ok(r)]
        good = [f for f in found if uscc_ok(f)]
        if "LICENSE_INVALID" in cl and not bad:
            err(fn + ": labelled LICENSE_INVALID but every displayed code is valid")
        if "LICENSE_INVALID" not in cl and bad:
            err("%s: invalid code %s but not labelled LICENSE_INVALID" % (fn, bad))
        serials = [re.search(r"serial=([0-9A-Z]{18})", h).group(1) for h in hrefs if "zzlz.gsxt.gov.cn" in h
                   and re.search(r"serial=([0-9A-Z]{18})", h)]
        if "LICENSE_MISMATCH" in cl:
            why = [g for g in good if g not in registry or registry[g][1] != "存续"]
            why += [s for s in serials if (good and s not in good) or (not good and (
                s not in registry or registry[s][1] != "存续"))]
            if not why:
                err(fn + ": labelled LICENSE_MISMATCH but nothing mismatches")
        else:
            for g in good:
                if g not in registry or registry[g][1] != "存续":
                    err("%s: valid code %s not in registry as 存续" % (fn, g))
            for s in serials:
                if good and s not in good:
                    err("%s: zzlz serial %s names another code" % (fn, s))
                if s not in registry or registry[s][1] != "存续":
                    err("%s: zzlz serial %s not in registry as 存续" % (fn, s))
        if "FAKE_ORIGINAL_PRICE" in cl and url not in hist_by_url:
            err(fn + ": FAKE_ORIGINAL_PRICE without captures")
        # re-derive the price comparison from the bytes (cross-check of the hand label)
        if url in hist_by_url:
            m = re.findall(r"<(?:del|s)\b[^>]*>([^<]*)<", txt)
            comp = [float(x) for t in m for x in re.findall(r"(\d+(?:\.\d+)?)", t)]
            lows = []
            for hfn, d in hist_by_url[url]:
                if d >= 7:
                    continue
                htxt = decode(os.path.join(base, hfn), enc, "no")  # captures are stored without BOM
                hv, _ = visible(htxt)
                nums = [float(x) for x in re.findall(r"[¥￥](\d+(?:\.\d+)?)", hv)]
                if nums:
                    lows.append(min(nums))
            above = bool(comp and lows and max(comp) > min(lows))
            if above != ("FAKE_ORIGINAL_PRICE" in cl):
                err("%s: price history says %s, label says otherwise" % (fn, above))
        if "MARK_MISSING" in cl and not re.match(r"http://mall\.wangjian\.test/shop/[A-Za-z0-9_-]+/$", url):
            err(fn + ": MARK_MISSING on a non-shop-home URL")

inter = hosts["main"] & hosts["hold"]
if inter:
    err("hosts on both sides: %s" % sorted(inter))
for c in sorted(CODES):
    a, b = positives["main"].get(c, 0), positives["hold"].get(c, 0)
    if a < 1 or b < 1 or a + b < 3:
        err("code %s: main %d holdout %d" % (c, a, b))

for e in errors:
    print("FAIL", e)
print("selfcheck: %d problem(s)" % len(errors))
sys.exit(1 if errors else 0)
