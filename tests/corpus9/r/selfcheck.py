#!/usr/bin/env python3
"""Independent re-validation of corpus9/r (does not use lib.py's arithmetic).
Exit 1 on any failure."""
import html
import html.parser
import os
import re
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (only for the hand-written CODES intent table)

RULES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID",
         "MARK_MISSING", "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM",
         "FAKE_ORIGINAL_PRICE", "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
ENCODINGS = {"utf-8", "gbk", "gb18030", "big5"}
FAIL = []


def fail(msg):
    FAIL.append(msg)


# ---- check characters, written again from the standards ------------------------------
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(code):
    if len(code) != 18 or any(c not in ALPHABET for c in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]  # 1,3,9,27,19,26,... = 3^i mod 31
    total = sum(ALPHABET.index(c) * w for c, w in zip(code[:17], weights))
    if ALPHABET[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    t = 0
    for c, w in zip(org[:8], ow):
        if c.isdigit():
            v = int(c)
        elif "A" <= c <= "Z":
            v = ord(c) - ord("A") + 10
        else:
            return False
        t += v * w
    r = (11 - t % 11) % 11
    want = "X" if r == 10 else str(r)
    return org[8] == want


def regno_ok(code):
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(code[14])) % 10 == 1  # ISO 7064: product with the check digit must be 1 mod 10


# ---- visible text ---------------------------------------------------------------------
class Visible(html.parser.HTMLParser):
    VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []   # (tag, hidden)
        self.out = []
        self.alts = []

    def _hidden_now(self):
        return any(h for _t, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        hidden = (tag in ("script", "style", "template") or "hidden" in a
                  or "display:none" in style or "visibility:hidden" in style)
        if tag == "img" and not hidden and not self._hidden_now() and a.get("alt"):
            self.alts.append(a["alt"])
        if tag not in self.VOID:
            self.stack.append((tag, hidden))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self._hidden_now():
            self.out.append(data)


def visible_text(doc):
    v = Visible()
    v.feed(doc)
    return "".join(v.out)


def halfwidth(s):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)


USCC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")
REGNO_RE = re.compile(r"(?<![0-9])[0-9]{15}(?![0-9])")


def licence_tokens(text):
    t = halfwidth(text)
    found = set(m.group(0) for m in USCC_RE.finditer(t) if m.group(0)[:2] in ("91", "92", "93", "11", "12", "51", "52", "53", "Y1"))
    found |= set(m.group(0) for m in REGNO_RE.finditer(t))
    return found


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        fail("%s: no final newline" % path)
    for ln in lines[1:-1]:
        cells = ln.split("\t")
        if len(cells) != ncols:
            fail("%s: bad row %r" % (path, ln))
            continue
        rows.append(cells)
    return lines[0], rows


def main():
    intent = {c: v for c, v, _w in gen.CODES}
    for code, valid, where in gen.CODES:
        ok = uscc_ok(code) if len(code) == 18 else regno_ok(code)
        if ok != valid:
            fail("code %s (%s): intended %s, arithmetic says %s" % (code, where, valid, ok))

    hdr, reg = read_tsv(os.path.join(HERE, "registry.tsv"), 3)
    if hdr != "# code\tname\tstatus":
        fail("registry header")
    registry = {}
    for code, name, status in reg:
        if status not in ("存续", "吊销", "注销", "经营异常", "严重违法失信"):
            fail("registry status %s" % status)
        if not (uscc_ok(code) if len(code) == 18 else regno_ok(code)):
            fail("registry code %s invalid" % code)
        registry[code] = (name, status)

    positives = {"main": {}, "holdout": {}}
    units = {}
    page_urls = {"main": set(), "holdout": set()}
    url_enc = {"main": {}, "holdout": {}}
    total = 0
    for side, base in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
        h1, labels = read_tsv(os.path.join(base, "labels.tsv"), 3)
        h2, notes = read_tsv(os.path.join(base, "notes.tsv"), 4)
        h3, hist = read_tsv(os.path.join(base, "history.tsv"), 3)
        if h1 != "# file\turl\tcodes" or h2 != "# file\tencoding\tbom\tnote" or h3 != "# file\turl\tdays_before":
            fail("%s: TSV headers" % side)
        files = sorted(os.listdir(os.path.join(base, "pages")))
        if sorted(r[0] for r in labels) != files or sorted(r[0] for r in notes) != files:
            fail("%s: labels/notes do not match pages/" % side)
        if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(base, "history"))):
            fail("%s: history.tsv does not match history/" % side)
        note_of = {r[0]: r for r in notes}
        for file, url, codes in labels:
            total += 1
            page_urls[side].add(url)
            if not re.match(r"^\d{3}-[a-z0-9-]+\.html$", file):
                fail("bad file name %s" % file)
            if codes != "-":
                cl = codes.split(",")
                if cl != sorted(cl) or len(set(cl)) != len(cl) or not set(cl) <= RULES:
                    fail("%s: codes %r not a sorted list of known codes" % (file, codes))
                for c in cl:
                    positives[side].setdefault(c, []).append(file)
            _f, enc, bom, note = note_of[file]
            url_enc[side][url] = enc
            if enc not in ENCODINGS or bom not in ("yes", "no"):
                fail("%s: encoding/bom cell" % file)
                continue
            if codes == "-" and not note.startswith("trap:"):
                fail("%s: '-' page whose note is not a trap: note" % file)
            for c in (codes.split(",") if codes != "-" else []):
                if c not in note:
                    fail("%s: note does not discuss %s" % (file, c))
            raw = open(os.path.join(base, "pages", file), "rb").read()
            if (bom == "yes") != raw.startswith(b"\xef\xbb\xbf"):
                fail("%s: BOM state differs from notes" % file)
            if bom == "yes" and enc != "utf-8":
                fail("%s: BOM on non-UTF-8" % file)
            body = raw[3:] if bom == "yes" else raw
            try:
                doc = body.decode(enc, errors="strict")
            except UnicodeDecodeError as e:
                fail("%s: does not decode as %s: %s" % (file, enc, e))
                continue
            if enc == "gbk":
                try:
                    body.decode("utf-8")
                    if any(ord(ch) > 127 for ch in doc):
                        fail("%s: GBK bytes also decode as UTF-8" % file)
                except UnicodeDecodeError:
                    pass
            if enc == "gb18030":
                try:
                    doc.encode("gbk")
                    fail("%s: GB18030 page has no character outside GBK" % file)
                except UnicodeEncodeError:
                    pass
            m = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_-]+)", doc[:600], re.I)
            declared = m.group(1).lower() if m else None
            if declared is None:
                if "(missing)" not in note or not note.rstrip().endswith("(missing)."):
                    fail("%s: no meta charset but note does not end by saying so" % file)
            elif declared.replace("gb2312", "gbk") != enc:
                if not note.rstrip().endswith("(wrong)."):
                    fail("%s: meta says %s, bytes are %s, note does not end by saying so" % (file, declared, enc))
            # licence codes: every code anywhere in the file has a declared intent
            for tok in licence_tokens(html.unescape(doc)):
                if tok not in intent:
                    fail("%s: code-like token %s has no intent in gen.CODES" % (file, tok))
            vis = html.unescape(visible_text(doc))
            for tok in licence_tokens(vis):
                if intent.get(tok) and "LICENSE_MISMATCH" not in codes:
                    if registry.get(tok, (None, None))[1] != "存续":
                        fail("%s: valid displayed code %s not 存续 in registry" % (file, tok))
                if intent.get(tok) is False and "LICENSE_INVALID" not in codes:
                    fail("%s: displays invalid code %s but is not labelled LICENSE_INVALID" % (file, tok))
            # unit for the split: platform shop id, or host
            u = urlsplit(url)
            if u.hostname == "mall.wangjian.test":
                mm = re.match(r"^/shop/([A-Za-z0-9_-]+)/$", u.path)
                if mm:
                    unit = "shop:" + mm.group(1)
                else:
                    if not re.match(r"^/item/[A-Za-z0-9_-]+\.html$", u.path):
                        fail("%s: platform URL neither shop home nor item" % file)
                    sm = re.search(r'href="http://mall\.wangjian\.test/shop/([A-Za-z0-9_-]+)/"', doc)
                    unit = "shop:" + (sm.group(1) if sm else "?")
            else:
                if not u.hostname.endswith(".test"):
                    fail("%s: host not .test" % file)
                unit = "host:" + u.hostname
            units.setdefault(unit, set()).add(side)
        for hfile, hurl, days in hist:
            if hurl not in page_urls[side]:
                fail("%s: history URL %s not a scored page on this side" % (hfile, hurl))
            try:
                float(days)
            except ValueError:
                fail("%s: days_before %r" % (hfile, days))
            enc = url_enc[side].get(hurl)
            if enc:
                try:
                    open(os.path.join(base, "history", hfile), "rb").read().decode(enc, errors="strict")
                except UnicodeDecodeError as e:
                    fail("%s: history capture does not decode as %s: %s" % (hfile, enc, e))
    for unit, sides in units.items():
        if len(sides) > 1:
            fail("unit %s is on both sides" % unit)
    for c in sorted(RULES):
        m, h = len(positives["main"].get(c, [])), len(positives["holdout"].get(c, []))
        if m < 1 or h < 1 or m + h < 3:
            fail("code %s: main %d holdout %d" % (c, m, h))
    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("selfcheck ok: %d pages, %d units, every code on both sides" % (total, len(units)))


if __name__ == "__main__":
    main()
