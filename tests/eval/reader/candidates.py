#!/usr/bin/env python3
"""Collect the second reader's training candidates.

  candidates.py [-j JOBS] [--via eval|parse] [--eval PATH] [--wangjian PATH]
                [--rules DIR] [--only-every N] OUT_DIR

Checks every page of the TRAINING corpora below (pages/ only, never a holdout
folder) with two rulebooks, both temporary copies of rules/default's *.ini
(never its reader.model, so the reader never judges its own training data):

  shipped   the .ini files as they are
  stripped  the same with every context line removed (allow, allow_near,
            allow_sentence, negate and their parameters near, negate_window),
            so that the matches the contexts suppress appear too

and writes, in OUT_DIR:

  candidates.tsv  corpus, file, code, label, books, from, matched, snippet:
                  one row per distinct (corpus, file, code, matched, snippet)
                  of a text-pattern rule (kind = pattern or honour: built-in
                  kinds never reach the reader); books = shipped,stripped or
                  stripped (a match the contexts suppress) or shipped;
                  label 1 when the page's labels.tsv lists the code
  pages.tsv       corpus, file, labelled codes, codes the shipped book found
                  (all kinds): the page-level facts cv.py counts with
  digest.txt      what the candidates were made from (rulebook, corpus list,
                  labels, pages), for tests/integration/reader_model.sh

--via eval (the default) runs build/eval -v once per book on a
scratch corpus whose labels list no code (so every finding is printed as an
"FP" line with its matched text and snippet): the page facts are exactly
make eval's (is_home from the page kind, on_platform and platform_shop from
the matched profile), and the 7,400 checks take seconds.  --via parse runs
`wangjian parse --url URL --rules BOOK --platforms seeds/platforms FILE` per
page and book (~0.2 s of start-up each: 10-25 minutes on two cores); it sees
the same pattern findings with two differences: parse (like a crawl) skips
search pages (page kind "search"), which eval checks, and it runs no stored-
data rules (built-in kinds, not collected).  The integration test runs both
on a sample of pages and requires identical candidates.

Fields are escaped as in vectors.tsv (\\t \\n \\\\).  The order of rows is fixed
(corpus list order, labels.tsv order, shipped findings first), so the output
is byte-identical for the same inputs.  --only-every N parses only every Nth
page of each corpus (the integration test's spot check).
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# The training corpora, written out: a new corpus joins only by being added
# here (and the model retrained).  Never a holdout folder; never
# tests/corpus13 (the unseen test).
TRAINING_CORPORA = [
    "tests/corpus",
    "tests/corpus2",
    "tests/corpus3/a", "tests/corpus3/b",
    "tests/corpus4/c", "tests/corpus4/d", "tests/corpus4/e",
    "tests/corpus5/f", "tests/corpus5/g", "tests/corpus5/h",
    "tests/corpus6/i", "tests/corpus6/j", "tests/corpus6/k",
    "tests/corpus7/l", "tests/corpus7/m", "tests/corpus7/n",
    "tests/corpus8/o", "tests/corpus8/p", "tests/corpus8/q",
    "tests/corpus9/r", "tests/corpus9/s", "tests/corpus9/t",
    "tests/corpus10/u", "tests/corpus10/v", "tests/corpus10/w",
    "tests/corpus11/x", "tests/corpus11/y", "tests/corpus11/z",
    "tests/corpus12/a", "tests/corpus12/b", "tests/corpus12/c",
]

# The CV folds: tests/corpus2 ... tests/corpus12 (tests/corpus is always
# trained on).
def fold_of(corpus):
    m = re.match(r"tests/(corpus\d*)(?:/|$)", corpus)
    return m.group(1) if m else None


# Context keys of rules/README.md ("Keys"): the lines that drop a match.
CONTEXT_KEYS = ("allow", "allow_near", "allow_sentence", "negate", "negate_window", "near")
READER_KINDS = ("pattern", "honour")


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def ini_files(rules):
    return sorted(f for f in os.listdir(rules) if f.endswith(".ini"))


def reader_codes(rules):
    """Codes of the rules whose findings pass the reader."""
    codes = set()
    for name in ini_files(rules):
        sec = None
        with open(os.path.join(rules, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\[([A-Z0-9_]+)\]", line)
                if m:
                    sec = m.group(1)
                    continue
                m = re.match(r"kind\s*=\s*(\S+)", line)
                if m and sec and m.group(1) in READER_KINDS:
                    codes.add(sec)
    return codes


def copy_book(rules, dest, strip):
    os.makedirs(dest)
    ctx = re.compile(r"\s*(?:%s)\s*=" % "|".join(CONTEXT_KEYS))
    for name in ini_files(rules):
        with open(os.path.join(rules, name), encoding="utf-8") as f:
            lines = f.readlines()
        if strip:
            lines = [l for l in lines if not ctx.match(l)]
        with open(os.path.join(dest, name), "w", encoding="utf-8") as f:
            f.writelines(lines)
    if os.path.exists(os.path.join(rules, "VERSION")):
        shutil.copy(os.path.join(rules, "VERSION"), dest)


def page_path(corpus, file):
    """Where tests/eval/eval.c reads the page (corpus/file, else
    corpus/pages/file), or None when that is not inside corpus/pages/."""
    for p in (os.path.join(corpus, file), os.path.join(corpus, "pages", file)):
        if os.path.isfile(p):
            rel = os.path.relpath(os.path.realpath(p), os.path.realpath(corpus))
            return p if rel.startswith("pages" + os.sep) else None
    return None


def labelled_pages(corpus):
    """(file, url, codes) of corpus/labels.tsv whose page is in corpus/pages."""
    out = []
    with open(os.path.join(corpus, "labels.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            v = line.split("\t")
            if len(v) < 3 or v[0] == "file":
                continue
            if len(v) > 3 and v[3]:
                sys.exit("candidates: %s: judged column (%s) not supported" % (corpus, v[0]))
            if page_path(corpus, v[0]) is None:
                sys.exit("candidates: %s: %s not in pages/" % (corpus, v[0]))
            out.append((v[0], v[1], [c for c in v[2].split(",") if c and c != "-"]))
    return out


def parse(wangjian, book, url, path):
    r = subprocess.run([wangjian, "parse", "--url", url, "--rules", book, "--platforms",
                        "seeds/platforms", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError("parse %s failed (%d): %s" % (path, r.returncode,
                                                         r.stderr.decode("utf-8", "replace")))
    return json.loads(r.stdout.decode("utf-8"))["findings"]


FP_START = re.compile(r"^FP ([A-Z0-9_]+) +(\S+)  \[", re.M)
REPORT = re.compile(r"^code +TP +FP +FN +precision +recall$", re.M)


def eval_findings(evalbin, book, items, tmp, tag):
    """Every finding build/eval reports for the pages items [(corpus, file,
    url)], as a list (one per item) of [(code, matched, snippet)].  eval -v
    prints each finding of a code the page's labels lack as
    "FP CODE FILE  [MATCHED] \u2026SNIPPET\u2026"; a scratch corpus whose labels.tsv
    lists no code for any page (its pages/cN links to the Nth corpus's
    pages/) makes it print them all, with the page facts make eval uses, in
    one run (one rulebook load) for every page."""
    d = os.path.join(tmp, tag)
    os.makedirs(os.path.join(d, "pages"))
    links = {}
    names = []
    with open(os.path.join(d, "labels.tsv"), "w", encoding="utf-8") as f:
        for corpus, file, url in items:
            if corpus not in links:
                links[corpus] = "c%d" % len(links)
                os.symlink(os.path.realpath(os.path.join(corpus, "pages")),
                           os.path.join(d, "pages", links[corpus]))
            rel = links[corpus] + "/" + os.path.relpath(page_path(corpus, file), os.path.join(corpus, "pages"))
            names.append(rel)
            f.write("%s\t%s\t-\n" % (rel, url))
    r = subprocess.run([evalbin, "-v", "--corpus", d, "--rules", book, "--profiles", "seeds/platforms"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError("eval failed (%d): %s" % (r.returncode, r.stderr.decode("utf-8", "replace")))
    out = r.stdout.decode("utf-8")
    end = REPORT.search(out)
    if not end:
        raise RuntimeError("eval: no report")
    known = set(names)
    starts = [m for m in FP_START.finditer(out, 0, end.start()) if m.group(2) in known]
    found = {n: [] for n in names}
    for k, m in enumerate(starts):
        stop = (starts[k + 1].start() if k + 1 < len(starts) else end.start()) - 1
        body = out[m.end():stop]
        mm = re.match(r"(.*?)\] \u2026(.*)\u2026\Z", body, re.S)
        if not mm:
            raise RuntimeError("eval: cannot read finding %r" % body[:80])
        found[m.group(2)].append((m.group(1), mm.group(1), mm.group(2)))
    if out[:starts[0].start() if starts else end.start()].strip():
        raise RuntimeError("eval: unexpected output before the findings")
    return [found[n] for n in names]


def digest(rules, pages):
    h = hashlib.sha256()
    for name in ini_files(rules):
        with open(os.path.join(rules, name), "rb") as f:
            h.update(name.encode() + b"\0" + f.read() + b"\0")
    rd = h.hexdigest()
    h = hashlib.sha256()
    for corpus, (file, url, codes) in pages:
        h.update(("%s\t%s\t%s\t%s\n" % (corpus, file, url, ",".join(codes))).encode("utf-8"))
        with open(page_path(corpus, file), "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return "rules %s\ncorpora %s\npages %d %s\n" % (rd, " ".join(TRAINING_CORPORA), len(pages),
                                                     h.hexdigest())


def collect(a, pages):
    """{(page index, book): [(code, matched, snippet)]} over both books."""
    tmp = tempfile.mkdtemp(prefix="reader-books.")
    res = {}
    try:
        books = {"shipped": os.path.join(tmp, "shipped"), "stripped": os.path.join(tmp, "stripped")}
        copy_book(a.rules, books["shipped"], False)
        copy_book(a.rules, books["stripped"], True)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.j)) as ex:
            futs = {}
            if a.via == "parse":
                for i, (corpus, (file, url, _)) in enumerate(pages):
                    for b in books:
                        futs[ex.submit(parse, a.wangjian, books[b], url, page_path(corpus, file))] = (i, b)
            else:
                items = [(corpus, file, url) for corpus, (file, url, _) in pages]
                for b in books:
                    fu = ex.submit(eval_findings, a.eval, books[b], items, tmp, "eval-" + b)
                    futs[fu] = (tuple(range(len(pages))), b)
            for fu in concurrent.futures.as_completed(futs):
                key, b = futs[fu]
                if a.via == "parse":
                    res[(key, b)] = [(fd["rule"], fd["matched"], fd["snippet"]) for fd in fu.result()]
                else:
                    for i, found in zip(key, fu.result()):
                        res[(i, b)] = found
    finally:
        shutil.rmtree(tmp)
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--via", choices=("eval", "parse"), default="eval")
    ap.add_argument("--wangjian", default="./wangjian")
    ap.add_argument("--eval", default="build/eval")
    ap.add_argument("--rules", default="rules/default")
    ap.add_argument("--only-every", type=int, default=1)
    ap.add_argument("out")
    a = ap.parse_args()
    if not os.path.isfile("tests/eval/reader/features.py"):
        sys.exit("candidates: run from the top of the checkout")
    pages = [(c, p) for c in TRAINING_CORPORA for p in labelled_pages(c)]
    codes_ok = reader_codes(a.rules)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "digest.txt"), "w", encoding="utf-8") as f:
        f.write(digest(a.rules, pages))
    if a.only_every > 1:
        pages = [x for i, x in enumerate(pages) if i % a.only_every == 0]
    res = collect(a, pages)
    rows = []
    prow = []
    for i, (corpus, (file, url, labels)) in enumerate(pages):
        seen = {}
        order = []
        for b in ("shipped", "stripped"):
            for key in res[(i, b)]:
                if key[0] not in codes_ok:
                    continue
                if key not in seen:
                    seen[key] = set()
                    order.append(key)
                seen[key].add(b)
        for key in order:
            code, matched, snippet = key
            rows.append("\t".join([corpus, file, code, "1" if code in labels else "0",
                                   ",".join(x for x in ("shipped", "stripped") if x in seen[key]),
                                   esc(matched), esc(snippet)]))
        found = sorted(set(k[0] for k in res[(i, "shipped")]))
        prow.append("\t".join([corpus, file, ",".join(labels) or "-", ",".join(found) or "-"]))
    with open(os.path.join(a.out, "candidates.tsv"), "w", encoding="utf-8") as f:
        f.write("# corpus\tfile\tcode\tlabel\tbooks\tmatched\tsnippet\n")
        f.write("".join(r + "\n" for r in rows))
    with open(os.path.join(a.out, "pages.tsv"), "w", encoding="utf-8") as f:
        f.write("# corpus\tfile\tlabelled\tfound_shipped\n")
        f.write("".join(r + "\n" for r in prow))
    print("candidates: %d pages, %d candidates (%d positive) via %s in %s" %
          (len(pages), len(rows), sum(1 for r in rows if r.split("\t")[3] == "1"), a.via, a.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()
