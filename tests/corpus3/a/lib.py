"""Helpers for gen.py: document shell, encoding, file writing.

Holds no labels and no page text decisions: gen.py passes every label, code and
note in by hand.  Check-digit arithmetic is NOT here on purpose: the codes in
gen.py were typed as literals, and selfcheck.py re-validates them.
"""
import os

META_LABEL = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}


def shell(enc, title, body, meta="std", lang="zh-CN", head=""):
    """Wrap a body fragment into a full document.

    meta: "std" -> <meta charset> naming the real encoding;
          "httpequiv" -> old-style http-equiv meta naming the real encoding;
          "none" -> no charset declaration at all;
          any other string -> that label is declared (used for a wrong label).
    """
    if meta == "std":
        m = '<meta charset="%s">\n' % META_LABEL[enc]
    elif meta == "httpequiv":
        m = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
             % META_LABEL[enc])
    elif meta == "none":
        m = ""
    else:
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % meta
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n%s<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "%s</head>\n<body>\n%s\n</body>\n</html>\n") % (lang, m, title, head, body.strip("\n"))


def encode(text, enc, bom):
    b = text.encode(enc, errors="strict")
    if bom:
        assert enc == "utf-8"
        b = b"\xef\xbb\xbf" + b
    return b


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_tsv(path, header, rows):
    lines = ["# " + "\t".join(header)]
    for r in rows:
        for c in r:
            assert "\t" not in str(c) and "\n" not in str(c), r
        lines.append("\t".join(str(c) for c in r))
    write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
