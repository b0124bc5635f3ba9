#!/usr/bin/env python3
"""Check tests/corpus2 for internal consistency.

- every identifier gen.py made (USCC, 注册号, ICP, 公网安备) is valid or invalid
  exactly as its author intended, by validators written here independently of
  corpus2lib.py (GB 32100, GB 11714, ISO 7064 MOD 11,10, ICP/公安 formats);
- every identifier occurs in at least one page;
- every page decodes strictly in its stated encoding (gbk, gb18030, big5,
  utf-8 with or without BOM) and non-UTF-8 pages are not valid UTF-8 by accident;
- labels.tsv / notes.tsv / history.tsv of both parts agree with the files;
- registry.tsv holds every valid displayed code of pages not labelled
  LICENSE_MISMATCH, with status 存续;
- each rule code has positives in the main part and in holdout/, and the
  totals meet the brief (>= 150 pages, >= 8 positives per code, >= 60 traps).

Exit 0 when all holds; prints one line per problem otherwise.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PROVINCES = set("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新蜀陇")
PROV_CODE = {"京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22",
             "黑": "23", "沪": "31", "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36",
             "鲁": "37", "豫": "41", "鄂": "42", "湘": "43", "粤": "44", "桂": "45", "琼": "46",
             "渝": "50", "川": "51", "蜀": "51", "黔": "52", "滇": "53", "藏": "54", "陕": "61",
             "甘": "62", "陇": "62", "青": "63", "宁": "64", "新": "65"}
# traditional forms that occur in the corpus's traditional-script pages
T2S = str.maketrans({"閩": "闽", "粵": "粤", "蘇": "苏", "備": "备", "號": "号", "證": "证",
                     "滬": "沪", "遼": "辽", "黔": "黔", "陝": "陕", "寧": "宁", "贛": "赣"})
CODES = ["LICENSE_MISSING", "LICENSE_INVALID", "LICENSE_MISMATCH", "ICP_MISSING", "ICP_INVALID",
         "MARK_MISSING", "COUNTERFEIT_TERM", "WELLKNOWN_MARK_AD", "ABSOLUTE_TERM", "FALSE_CLAIM",
         "FAKE_ORIGINAL_PRICE", "RETURN_REFUSED", "PROHIBITED_GOODS", "REVIEW_INDUCEMENT",
         "FALSE_HONOUR"]


def halfwidth(s):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)


def norm(s):
    return halfwidth(s).translate(T2S).replace(" ", "").replace("\u3000", "")


def uscc_ok(s):
    s = norm(s)
    if len(s) != 18 or any(c not in ALPHA for c in s):
        return False
    w = [pow(3, i, 31) for i in range(17)]
    chk = (31 - sum(ALPHA.index(c) * wi for c, wi in zip(s, w)) % 31) % 31
    if ALPHA[chk] != s[17]:
        return False
    org = s[8:17]
    tot = 0
    for c, wi in zip(org[:8], [3, 7, 9, 10, 5, 8, 4, 2]):
        tot += (int(c) if c.isdigit() else ord(c) - 55) * wi
    c9 = 11 - tot % 11
    return org[8] == {10: "X", 11: "0"}.get(c9, str(c9))


def regno_ok(s):
    s = norm(s)
    if not re.fullmatch(r"\d{15}", s):
        return False
    p = 10
    for ch in s[:14]:
        t = (p + int(ch)) % 10 or 10
        p = (t * 2) % 11
    return (11 - p) % 10 == int(s[14])


def icp_ok(s):
    s = norm(s)
    m = re.fullmatch(r"(.)ICP备(\d+)号(-\d+)?", s)
    if m:
        return m.group(1) in PROVINCES and len(m.group(2)) in (8, 10) and \
            m.group(2) not in ("12345678", "00000000")
    m = re.fullmatch(r"(.)ICP证(\d{6})号", s)
    return bool(m) and m.group(1) in PROVINCES


def gongan_ok(s):
    m = re.fullmatch(r"(.)公网安备(\d{14})号", norm(s))
    return bool(m) and PROV_CODE.get(m.group(1)) == m.group(2)[:2]


VALID = {"uscc": uscc_ok, "regno": regno_ok, "icp": icp_ok, "gongan": gongan_ok}


def read_tsv(path, ncol):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != ncol:
                raise SystemExit("%s:%d: %d columns, want %d" % (path, n, len(cols), ncol))
            rows.append(cols)
    return rows


def main():
    import gen  # page definitions and FACTS; importing does not write anything
    C = gen.C
    bad = []
    texts = {}
    parts = {}
    traps = 0
    for part in ("", "holdout"):
        root = os.path.join(HERE, part)
        labels = read_tsv(os.path.join(root, "labels.tsv"), 3)
        notes = {r[0]: r for r in read_tsv(os.path.join(root, "notes.tsv"), 4)}
        files = sorted(os.listdir(os.path.join(root, "pages")))
        if sorted(r[0] for r in labels) != files or sorted(notes) != files:
            bad.append("%s: labels/notes/pages disagree" % (part or "main"))
        urls = {}
        for f, url, codes in labels:
            cl = [] if codes == "-" else codes.split(",")
            if cl != sorted(cl) or any(c not in CODES for c in cl):
                bad.append("%s: bad codes %r" % (f, codes))
            parts[f] = (part or "main", cl)
            urls[url] = f
            enc, bom, note = notes[f][1], notes[f][2], notes[f][3]
            if note.startswith("trap:"):
                traps += 1
            data = open(os.path.join(root, "pages", f), "rb").read()
            if (bom == "yes") != data.startswith(b"\xef\xbb\xbf"):
                bad.append("%s: BOM column wrong" % f)
            try:
                texts[f] = data.decode("utf-8-sig" if enc == "utf-8" else enc)
            except (UnicodeDecodeError, LookupError) as e:
                bad.append("%s: does not decode as %s: %s" % (f, enc, e))
                continue
            if enc != "utf-8":
                try:
                    data.decode("utf-8")
                    bad.append("%s: %s page is also valid UTF-8" % (f, enc))
                except UnicodeDecodeError:
                    pass
        for hf, url, days in read_tsv(os.path.join(root, "history.tsv"), 3):
            if url not in urls:
                bad.append("%s: history URL %s has no page in this part" % (hf, url))
            if not os.path.isfile(os.path.join(root, "history", hf)):
                bad.append("%s: history file missing" % hf)
            if not 0 < float(days) < 30:
                bad.append("%s: days_before %s" % (hf, days))
    # identifiers
    alltext = norm("\n".join(texts.values()))
    for ident, (kind, want) in sorted(C.FACTS.items()):
        got = VALID[kind](ident)
        if got != want:
            bad.append("%s %s: valid=%s, intended %s" % (kind, ident, got, want))
        if norm(ident) not in alltext and ident not in gen.UNSHOWN:
            bad.append("%s %s: in no page" % (kind, ident))
    # registry
    reg = {norm(r[0]): (r[1], r[2]) for r in read_tsv(os.path.join(HERE, "registry.tsv"), 3)}
    for f, t in texts.items():
        if "LICENSE_MISMATCH" in parts[f][1]:
            continue
        for ident, (kind, want) in C.FACTS.items():
            if kind in ("uscc", "regno") and want and ident in t:
                r = reg.get(norm(ident))
                if r is None or r[1] != "存续":
                    bad.append("%s: shows valid %s but registry has %r" % (f, ident, r))
    # counts
    for c in CODES:
        n = {p: sum(1 for f, (q, cl) in parts.items() if q == p and c in cl) for p in ("main", "holdout")}
        if n["main"] == 0 or n["holdout"] == 0 or n["main"] + n["holdout"] < 8:
            bad.append("%s: positives main=%d holdout=%d" % (c, n["main"], n["holdout"]))
    if len(parts) < 150:
        bad.append("only %d pages" % len(parts))
    if traps < 60:
        bad.append("only %d traps" % traps)
    for b in bad:
        print("selfcheck:", b)
    if not bad:
        print("selfcheck: ok — %d pages (%d holdout), %d traps, %d identifiers, %d registry rows"
              % (len(parts), sum(1 for p in parts.values() if p[0] == "holdout"), traps,
                 len(C.FACTS), len(reg)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
