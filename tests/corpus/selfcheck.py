#!/usr/bin/env python3
"""Self-check of the corpus and the demo sites (stdlib + the iconv binary).

1. Every licence number written after a label (统一社会信用代码, 社会信用代码, 注册号 ...) passes
   its check character unless the page is labelled LICENSE_INVALID, where exactly the failing
   ones make the label true.  (GB 32100-2015 for 18 characters, ISO 7064 MOD 11,10 for 15 digits;
   any other length after the label is malformed and so invalid.)
2. Every page that is not UTF-8 decodes with `iconv -f <declared charset>`; pages without a
   declaration are tried as GBK (as Big5 when notes.tsv says the bytes are Big5).
3. labels.tsv lists every file in pages/ exactly once, with codes from the rulebook.

    python3 tests/corpus/selfcheck.py [--demo seeds/demo]
Exit status 0 when everything holds.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep tests/corpus free of __pycache__
sys.path.insert(0, HERE)
from gen import uscc_ok, regno_ok, CODES  # noqa: E402  (same check functions as the generator)

# a label, then the code: in the next cell or the row below (<th>/<td>, <dt>/<dd>), also printed in
# space-separated groups
LABEL = re.compile(r"(?:统一社会信用代码|社会信用代码|統一社會信用代碼|营业执照注册号|注册号|信用代码)\s*[:：]?\s*"
                   r"(?:</?(?:t[hdr]|d[td])\b[^>]*>\s*)*((?:[0-9A-Za-z] ?){15,18})")
META = re.compile(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', re.I)


def decl_charset(data):
    m = META.search(data[:2048])
    return m.group(1).decode().lower() if m else None


def iconv_ok(data, cs):
    r = subprocess.run(["iconv", "-f", cs, "-t", "UTF-8"], input=data, capture_output=True)
    return r.returncode == 0, r.stdout.decode("utf-8", "replace")


def decode(path, undeclared="gbk"):
    """Return (text, problem or None); bytes without a declaration are tried as undeclared."""
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    cs = decl_charset(data) or undeclared
    cs = {"gb2312": "GB2312", "gbk": "GBK", "big5": "BIG5", "gb18030": "GB18030"}.get(cs, cs)
    ok, text = iconv_ok(data, cs)
    if not ok and cs == "GB2312":  # WHATWG reads a gb2312 label as GBK
        ok, text = iconv_ok(data, "GBK")
    return text, None if ok else f"does not decode as {cs}"


def codes_in(text):
    out = []
    for m in LABEL.finditer(text):
        c = m.group(1).replace(" ", "").upper()
        if len(c) == 18:
            out.append((c, uscc_ok(c)))
        elif len(c) == 15 and c.isdigit():
            out.append((c, regno_ok(c)))
        else:  # 16 or 17 characters after the label: malformed, which is invalid (issue #15)
            out.append((c, False))
    return out


def check_page(name, path, codes, problems, undeclared="gbk"):
    text, err = decode(path, undeclared)
    if err:
        problems.append(f"{name}: {err}")
        return 0
    found = codes_in(text)
    bad = [c for c, ok in found if not ok]
    if "LICENSE_INVALID" in codes and not bad:
        problems.append(f"{name}: labelled LICENSE_INVALID but every labelled number is valid: {found}")
    if "LICENSE_INVALID" not in codes and bad:
        problems.append(f"{name}: invalid number(s) {bad} but not labelled LICENSE_INVALID")
    return len(found)


def main():
    problems, n_codes, n_pages = [], 0, 0
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8")
            if l.strip() and not l.startswith("#")]
    listed = [r[0] for r in rows]
    on_disk = sorted(f for f in os.listdir(os.path.join(HERE, "pages")) if f.endswith(".html"))
    if sorted(listed) != on_disk or len(set(listed)) != len(listed):
        problems.append("labels.tsv and pages/ disagree")
    # notes.tsv states each page's real encoding: an undeclared Big5 page is checked as Big5
    enc = {l.split("\t")[0]: l.split("\t")[1] for l in open(os.path.join(HERE, "notes.tsv"), encoding="utf-8")
           if l.strip() and not l.startswith("#")}
    for fn, url, codes in rows:
        codes = set() if codes == "-" else set(codes.split(","))
        if not codes <= CODES:
            problems.append(f"{fn}: unknown code in {codes}")
        n_codes += check_page(fn, os.path.join(HERE, "pages", fn), codes, problems,
                              "big5" if enc.get(fn) == "big5" else "gbk")
        n_pages += 1
    if "--demo" in sys.argv:
        demo = sys.argv[sys.argv.index("--demo") + 1]
        for line in open(os.path.join(demo, "expected-findings.tsv"), encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            url, codes = line.rstrip("\n").split("\t")
            host, _, path = url.split("://", 1)[1].partition("/")
            path = path if path and not path.endswith("/") else path + "index.html"
            codes = set() if codes == "-" else set(codes.split(","))
            n_codes += check_page(url, os.path.join(demo, "sites", host, path), codes, problems)
            n_pages += 1
    for p in problems:
        print("FAIL", p)
    print(f"{n_pages} pages, {n_codes} labelled licence numbers checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
