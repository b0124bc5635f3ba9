#!/usr/bin/env python3
"""Score the paraphrase sets (tests/corpus/para/*.tsv) with the rulebook.

Each line of a set is one sentence written to test one rule code:
`code<TAB>expect<TAB>source<TAB>sentence`, expect 1 (the code must be
found) or 0 (the sentence must stay clean of that code).  The lines were
written from the deciding sentences of independently written pages, in
other sellers' (or explainers') words, before their authors read the rules;
they measure how the rules hold on wording they were not written for.

Every sentence becomes an item page of the demo platform (UTF-8, a price
element and the sentence in a paragraph) and is scored by build/eval with
only the line's code judged on it (labels.tsv's fourth column), so another
rule's finding on the same sentence is neither right nor wrong.  A
FAKE_ORIGINAL_PRICE line is about reading a compared price from the
sentence next to the price element: a capture of the same item a day before
at 0.01 makes a finding exactly when a compared price is read.

usage: para.py EVAL RULES PROFILES TSV... [-v]
Exit status: build/eval's (0, or 1 on a runtime error).
"""
import os
import subprocess
import sys
import tempfile

URL = "http://mall.wangjian.test/item/p%05d.html"
PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>商品详情</title></head>'
        '<body><div class="goods">%s</div></body></html>\n')
PRICE_LINE = '<div class="price">¥99.00</div><p>%s</p>'
PRICE_ONLY = '<div class="price">%s</div>'
EARLIER = PAGE % (PRICE_ONLY % "¥0.01")


def lines_of(path):
    """(code, expect, source, sentence) of each data line of a set."""
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        sys.exit("%s: cannot read the set: %s" % (path, e.strerror))
    with f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#"):
                continue
            cols = raw.split("\t")
            if len(cols) != 4 or cols[1] not in ("0", "1"):
                sys.exit("%s:%d: expected code<TAB>0|1<TAB>source<TAB>sentence" % (path, n))
            yield cols


def build(sets, out):
    os.makedirs(os.path.join(out, "pages"))
    os.makedirs(os.path.join(out, "history"))
    said = {}
    labels = ["# file\turl\tcodes\tjudged"]
    history = ["# file\turl\tdays_before"]
    i = 0
    for path in sets:
        for code, expect, source, sentence in lines_of(path):
            i += 1
            name = "%05d.html" % i
            url = URL % i
            body = PRICE_LINE % sentence
            if code == "FAKE_ORIGINAL_PRICE":
                with open(os.path.join(out, "history", name), "w", encoding="utf-8") as f:
                    f.write(EARLIER)
                history.append("%s\t%s\t1" % (name, url))
            with open(os.path.join(out, "pages", name), "w", encoding="utf-8") as f:
                f.write(PAGE % body)
            labels.append("%s\t%s\t%s\t%s" % (name, url, code if expect == "1" else "-", code))
            said[name] = "%s (%s)" % (sentence, source)
    for fname, rows in (("labels.tsv", labels), ("history.tsv", history), ("registry.tsv", ["# code\tname\tstatus"])):
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
    return said


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if len(args) < 4:
        sys.exit(__doc__.strip().splitlines()[-2])
    ev, rules, profiles, sets = args[0], args[1], args[2], args[3:]
    with tempfile.TemporaryDirectory(prefix="wj-para.") as out:
        said = build(sets, out)
        print("%d sentences from %s" % (len(said), ", ".join(sets)), flush=True)
        cmd = [ev] + (["-v"] if verbose else []) + ["--corpus", out, "--rules", rules,
                                                    "--profiles", profiles]
        run = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
        for line in run.stdout.splitlines():
            words = line.split()
            if verbose and len(words) > 2 and words[0] in ("FP", "FN") and words[2] in said:
                line = "%s %s %s  %s" % (words[0], words[1], words[2], said[words[2]])
            print(line)
        return run.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
