#!/usr/bin/env python3
"""Independent re-validation of corpus9/s (does not import gen.py or lib.py).
Exit 1 on any failure."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID",
         "MARK_MISSING", "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM",
         "FAKE_ORIGINAL_PRICE", "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT", "FALSE_HONOUR"}
STATUSES = {"存续", "吊销", "注销", "经营异常", "严重违法失信"}
ENCODINGS = {"utf-8", "gbk", "gb18030", "big5"}
FAILS = []


def fail(msg):
    FAILS.append(msg)


# --- GB 32100 / GB 11714 / ISO 7064 written again, independently of lib.py --------------------
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def valid_uscc(code):
    if len(code) != 18 or any(c not in ALPHABET for c in code):
        return False
    w = 1
    total = 0
    for c in code[:17]:
        total += ALPHABET.index(c) * w
        w = (w * 3) % 31
    if ALPHABET[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    ow = (3, 7, 9, 10, 5, 8, 4, 2)
    t = 0
    for c, k in zip(org[:8], ow):
        t += (int(c) if c.isdigit() else 10 + ord(c) - 65) * k
    r = 11 - t % 11
    want = {10: "X", 11: "0"}.get(r, str(r))
    return org[8] == want


def valid_regno(num):
    if len(num) != 15 or not num.isdigit():
        return False
    p = 10
    for d in num[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(num[14])


def read_tsv(path, header):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        fail("%s: no final newline" % path)
    lines = [l for l in lines if l != ""]
    if not lines or lines[0] != header:
        fail("%s: bad header %r" % (path, lines[0] if lines else None))
        return []
    return [l.split("\t") for l in lines[1:]]


INLINE = r"span|b|i|em|strong|a|s|del|small|label|u|font"


def visible_text(html):
    t = re.sub(r"<!--.*?-->", " ", html, flags=re.S)
    t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S | re.I)
    t = re.sub(r"</?(%s)\b[^>]*>" % INLINE, "", t, flags=re.I)
    t = re.sub(r"<[^>]+>", " ", t)
    t = t.replace("&nbsp;", " ").replace("&amp;", "&")
    t = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), t)
    return unicodedata.normalize("NFKC", t)


def host_key(url):
    m = re.match(r"https?://([^/]+)(/.*)?$", url)
    return m.group(1) if m else url


def is_home(url):
    return bool(re.match(r"^https?://[^/]+/(index\.html)?$", url)) or \
        bool(re.match(r"^http://mall\.wangjian\.test/shop/[A-Za-z0-9_-]+/$", url))


def main():
    registry = {}
    for row in read_tsv(os.path.join(HERE, "registry.tsv"), "# code\tname\tstatus"):
        if len(row) != 3:
            fail("registry row %r" % row)
            continue
        code, name, status = row
        if not valid_uscc(code):
            fail("registry code %s invalid" % code)
        if status not in STATUSES:
            fail("registry status %s" % status)
        if code in registry:
            fail("registry duplicate %s" % code)
        registry[code] = (name, status)

    positives = {"main": {}, "holdout": {}}
    hosts = {"main": set(), "holdout": set()}
    total_pages = 0
    for side, d in (("main", HERE), ("holdout", os.path.join(HERE, "holdout"))):
        labels = read_tsv(os.path.join(d, "labels.tsv"), "# file\turl\tcodes")
        notes = read_tsv(os.path.join(d, "notes.tsv"), "# file\tencoding\tbom\tnote")
        files = sorted(os.listdir(os.path.join(d, "pages")))
        lab_files = [r[0] for r in labels]
        if sorted(lab_files) != files:
            fail("%s: labels.tsv files differ from pages/" % side)
        if [r[0] for r in notes] != lab_files:
            fail("%s: notes.tsv files differ from labels.tsv" % side)
        note_by = {r[0]: r for r in notes}
        urls = {}
        for row in labels:
            if len(row) != 3:
                fail("%s: label row %r" % (side, row))
                continue
            fn, url, codes = row
            total_pages += 1
            if url in urls:
                fail("%s: duplicate url %s" % (side, url))
            urls[url] = fn
            if codes == "-":
                cl = []
            else:
                cl = codes.split(",")
                if cl != sorted(cl) or len(set(cl)) != len(cl) or not set(cl) <= CODES:
                    fail("%s: bad codes %s" % (fn, codes))
            for c in cl:
                positives[side][c] = positives[side].get(c, 0) + 1
            if not url.startswith("http://mall.wangjian.test/"):
                hosts[side].add(host_key(url))
            home = is_home(url)
            for c in ("LICENSE_MISSING", "ICP_MISSING", "MARK_MISSING"):
                if c in cl and not home:
                    fail("%s: %s on a non-home page" % (fn, c))
            if "MARK_MISSING" in cl and "/shop/" not in url:
                fail("%s: MARK_MISSING off a platform shop home" % fn)
            if "ICP_MISSING" in cl and "mall.wangjian.test" in url:
                fail("%s: ICP_MISSING on a platform page" % fn)
            nrow = note_by.get(fn)
            if not nrow or len(nrow) != 4:
                fail("%s: notes row missing/bad" % fn)
                continue
            _, enc, bom, note = nrow
            if enc not in ENCODINGS or bom not in ("yes", "no"):
                fail("%s: encoding/bom field %s %s" % (fn, enc, bom))
                continue
            if codes == "-" and not note.startswith("trap:"):
                fail("%s: clean page note must start with trap:" % fn)
            for c in cl:
                if c not in note:
                    fail("%s: note does not mention %s" % (fn, c))
            raw = open(os.path.join(d, "pages", fn), "rb").read()
            has_bom = raw.startswith(b"\xef\xbb\xbf")
            if has_bom != (bom == "yes"):
                fail("%s: BOM presence differs from notes" % fn)
            if has_bom:
                raw = raw[3:]
            try:
                html = raw.decode(enc, errors="strict")
            except UnicodeDecodeError as e:
                fail("%s: does not decode as %s: %s" % (fn, enc, e))
                continue
            if enc == "gb18030":
                try:
                    html.encode("gbk")
                    fail("%s: gb18030 page has nothing outside GBK" % fn)
                except UnicodeEncodeError:
                    pass
            if enc == "gbk" and raw != html.encode("gbk"):
                fail("%s: gbk round trip" % fn)
            meta = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", html[:1500], re.I)
            declared = meta.group(1).lower() if meta else None
            compatible = {"utf-8": {"utf-8", "utf8"}, "gbk": {"gbk", "gb2312", "gb18030"},
                          "gb18030": {"gb18030"}, "big5": {"big5"}}[enc]
            if declared is None or declared not in compatible:
                if "charset meta" not in note.lower():
                    fail("%s: wrong/missing charset meta (%s) not stated in note" % (fn, declared))
            # platform footer / marks
            if url.startswith("http://mall.wangjian.test/"):
                if "91330100MA27WJ011R" not in html or "浙ICP备2023040506号-1" not in html:
                    fail("%s: platform footer missing" % fn)
                if "/shop/" in url:
                    if 'class="shop-name"' not in html:
                        fail("%s: shop home without shop-name" % fn)
                    shown = [m for m in re.finditer(r'<[^>]*class="([^"]*)"([^>]*)>', html)
                             if "mall-mark" in m.group(1).split() and "display:none" not in m.group(2).replace(" ", "")]
                    if bool(shown) == ("MARK_MISSING" in cl):
                        fail("%s: mall-mark presence disagrees with label" % fn)
            # licence codes on the page
            text = visible_text(html)
            usccs = re.findall(r"(?<![0-9A-Za-z])([0-9][0-9A-Z]{17})(?![0-9A-Za-z])", text)
            regnos = re.findall(r"(?<![0-9])([0-9]{15})(?![0-9])", text)
            if os.environ.get("C9S_DEBUG"):
                print(fn, usccs, regnos)
            bad = [c for c in usccs if not valid_uscc(c)] + [r for r in regnos if not valid_regno(r)]
            good = [c for c in usccs if valid_uscc(c)]
            if ("LICENSE_INVALID" in cl) != bool(bad):
                fail("%s: invalid codes %r disagree with LICENSE_INVALID label" % (fn, bad))
            if "LICENSE_MISMATCH" not in cl:
                for c in good:
                    if registry.get(c, (None, None))[1] != "存续":
                        fail("%s: valid code %s not in registry as 存续" % (fn, c))
        # history
        hrows = read_tsv(os.path.join(d, "history.tsv"), "# file\turl\tdays_before")
        hfiles = sorted(os.listdir(os.path.join(d, "history")))
        if sorted(r[0] for r in hrows) != hfiles:
            fail("%s: history.tsv differs from history/" % side)
        for row in hrows:
            fn, url, days = row
            if url not in urls:
                fail("%s: history url %s has no labelled page" % (side, url))
            if float(days) <= 0:
                fail("%s: days_before %s" % (fn, days))
            try:
                open(os.path.join(d, "history", fn), "rb").read().decode("utf-8")
            except UnicodeDecodeError:
                fail("%s: history capture not utf-8" % fn)

    if hosts["main"] & hosts["holdout"]:
        fail("sites on both sides: %r" % (hosts["main"] & hosts["holdout"]))
    for c in sorted(CODES):
        m, h = positives["main"].get(c, 0), positives["holdout"].get(c, 0)
        if m < 1 or h < 1 or m + h < 3:
            fail("code %s: main %d holdout %d" % (c, m, h))
    for msg in FAILS:
        print("FAIL:", msg)
    print("selfcheck: %d pages, %d failures" % (total_pages, len(FAILS)))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
