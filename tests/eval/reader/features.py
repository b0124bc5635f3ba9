"""The second reader's featurizer (v1) and scorer, as docs of the contract
(reader/FORMAT.md, "Featurizer (v1)") define it; reader/reader.c is
the C side and must give the same indices and the same score (|diff| < 1e-9,
checked by tests/eval/reader/vectors.tsv).

  mapped(snippet)        step 1: U+FF01..U+FF5E -> ASCII, U+3000 -> space,
                         A-Z -> a-z (after the full-width step, so Ａ -> a),
                         every run of whitespace -> one space
  indices(code, snippet, buckets)
                         steps 2-4: sorted distinct bucket indices of the
                         1..4-grams of the mapped code points and of
                         "\\x01" + code, FNV-1a 32-bit, hash % buckets
  score(model, code, matched, snippet)
                         None when the gate holds (fewer than mincontext code
                         points besides the match), else the probability the
                         finding is real
  load_model(path) / Model
                         reads a reader.model (the trainer's own files; not a
                         validator: reader/reader.c is the strict one)

Pure Python (no numpy), so that scoring needs nothing installed.
"""

import math

FNV_BASIS = 2166136261
FNV_PRIME = 16777619
MASK32 = 0xFFFFFFFF
SPACES = frozenset((0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D))
NGRAM_MIN, NGRAM_MAX = 1, 4


def mapped(snippet):
    """Step 1: the snippet's code points after the mapping, as a list of ints."""
    out = []
    prev_space = False
    for ch in snippet:
        c = ord(ch)
        if 0xFF01 <= c <= 0xFF5E:
            c -= 0xFEE0
        elif c == 0x3000:
            c = 0x20
        if 0x41 <= c <= 0x5A:
            c += 0x20
        if c in SPACES:
            if prev_space:
                continue
            c = 0x20
            prev_space = True
        else:
            prev_space = False
        out.append(c)
    return out


def fnv1a(data, h=FNV_BASIS):
    """32-bit FNV-1a of bytes data, continuing from h."""
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK32
    return h


def _cp_bytes(c):
    # surrogatepass: a lone surrogate from a JSON \ud800 escape is encoded as
    # its three bytes, as the C side's encoder writes any code point < 0x10000
    return chr(c).encode("utf-8", "surrogatepass")


def feature_strings(code, snippet):
    """Steps 2: every feature as bytes (for tests and debugging)."""
    cps = mapped(snippet)
    feats = []
    for i in range(len(cps)):
        for n in range(NGRAM_MIN, NGRAM_MAX + 1):
            if i + n > len(cps):
                break
            feats.append(b"".join(_cp_bytes(c) for c in cps[i:i + n]))
    feats.append(b"\x01" + code.encode("ascii"))
    return feats


def indices(code, snippet, buckets):
    """Steps 2-4: the sorted distinct indices hit (each has x = 1/sqrt(len))."""
    cps = mapped(snippet)
    enc = [_cp_bytes(c) for c in cps]
    hit = set()
    n = len(enc)
    for i in range(n):
        h = FNV_BASIS
        for j in range(i, min(n, i + NGRAM_MAX)):
            h = fnv1a(enc[j], h)
            hit.add(h % buckets)
    hit.add(fnv1a(b"\x01" + code.encode("ascii")) % buckets)
    return sorted(hit)


def context_len(matched, snippet):
    """The gate's ctx: code points of snippet minus code points of matched."""
    return len(snippet) - len(matched)


class Model:
    """buckets, mincontext, threshold, bias and w (dict index -> weight)."""

    def __init__(self, buckets, mincontext, threshold, bias, w, codes=()):
        self.buckets = buckets
        self.mincontext = mincontext
        self.threshold = threshold
        self.bias = bias
        self.w = w
        self.codes = list(codes)   # the rule codes it judges ('code' lines); empty: all


def load_model(path):
    keys = {}
    w = {}
    codes = []
    with open(path, "r", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "wangjian-reader 1":
        raise ValueError("%s:1: not a wangjian-reader 1 model" % path)
    for no, line in enumerate(lines[1:], 2):
        if not line or line.startswith("#"):
            continue
        tok = line.split(" ")
        if tok[0] == "w":
            w[int(tok[1])] = float(tok[2])
        elif tok[0] == "code":
            codes.append(tok[1])
        elif tok[0] == "ngram":
            if tok[1:] != ["1", "4"]:
                raise ValueError("%s:%d: ngram must be 1 4" % (path, no))
        else:
            keys[tok[0]] = tok[1]
    return Model(int(keys["buckets"]), int(keys["mincontext"]), float(keys["threshold"]),
                 float(keys["bias"]), w, codes)


def raw_score(model, code, snippet):
    """Step 5 without the gate: the probability, in double precision, summed
    in increasing index order as reader/reader.c sums it."""
    ix = indices(code, snippet, model.buckets)
    x = 1.0 / math.sqrt(len(ix))
    z = 0.0
    w = model.w
    for i in ix:
        z += w.get(i, 0.0) * x
    t = model.bias + z
    if -t > 709.0:   # exp overflows a double: C's 1 / (1 + inf)
        return 0.0
    return 1.0 / (1.0 + math.exp(-t))


def score(model, code, matched, snippet):
    """None when the gate holds (ctx < mincontext, or a code the model does not
    list: the match stands), else the score (probability the finding is real)."""
    if model.codes and code not in model.codes:   # a rule it was not trained on
        return None
    if context_len(matched, snippet) < model.mincontext:
        return None
    return raw_score(model, code, snippet)


def vetoes(model, code, matched, snippet):
    """True when the reader sets the match aside."""
    s = score(model, code, matched, snippet)
    return s is not None and s < model.threshold
