#!/usr/bin/env python3
"""Train the second reader (reader-spec v1) on candidates.py's output.

  train.py [--C C] [--threshold T] [--mincontext M] [--buckets B]
           CANDIDATES_DIR MODEL_OUT VECTORS_OUT

Logistic regression (scikit-learn, liblinear, L2, fixed random_state) over the
featurizer of features.py; the sparse matrix is built here from
features.indices (no sklearn hashing).  Samples: every candidate (label 1 when
the page's labels list the code), plus for every positive candidate a second
positive made of only its own sentence: the text between the nearest sentence
breaks 。！？!?\\n around the match, inside the snippet (so that the trigger
words alone do not read as a sign of a clean page).

The defaults of C, threshold, mincontext and buckets are the ones cv.py chose
(tests/eval/reader/README.md has the grid).  Output is deterministic: the same
candidates give byte-identical files (weights written with repr(), which reads
back as the same double; indices increasing; no dates).
"""

import argparse
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import features as F  # noqa: E402

# Chosen by cv.py (leave one corpus out over corpus2 ... corpus12); see README.md:
# no true finding lost on the held corpora, the most context-suppressed false
# matches caught.
DEFAULT_C = 100.0
DEFAULT_THRESHOLD = 0.1
DEFAULT_MINCONTEXT = 45   # see README: a short page's navigation is no context
DEFAULT_BUCKETS = 20000
RANDOM_STATE = 0
BREAKS = "。！？!?\n"


class Cand:
    __slots__ = ("corpus", "file", "code", "label", "books", "matched", "snippet")

    def __init__(self, v):
        self.corpus, self.file, self.code = v[0], v[1], v[2]
        self.label = int(v[3])
        self.books = v[4].split(",")
        self.matched = unesc(v[5])
        self.snippet = unesc(v[6])


def unesc(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(s[i + 1], "\\" + s[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def load_candidates(d):
    out = []
    with open(os.path.join(d, "candidates.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            v = line.rstrip("\n").split("\t")
            if len(v) != 7:
                sys.exit("train: %s: bad row %r" % (d, line[:80]))
            out.append(Cand(v))
    return out


def own_sentence(matched, snippet):
    """The sentence of the match inside the snippet (see the module doc), or
    None when the match is not found in the snippet.  Of several occurrences
    the one starting nearest code point 30 (where add() centres it)."""
    if not matched:
        return None
    best = None
    i = snippet.find(matched)
    while i >= 0:
        if best is None or abs(i - 30) < abs(best - 30):
            best = i
        i = snippet.find(matched, i + 1)
    if best is None:
        return None
    s = best
    while s > 0 and snippet[s - 1] not in BREAKS:
        s -= 1
    e = best + len(matched)
    while e < len(snippet) and snippet[e] not in BREAKS:
        e += 1
    return snippet[s:e]


def samples(cands):
    """[(code, text, label)]: the candidates, then their sentence positives."""
    out = [(c.code, c.snippet, c.label) for c in cands]
    for c in cands:
        if c.label == 1:
            s = own_sentence(c.matched, c.snippet)
            if s is not None:
                out.append((c.code, s, 1))
    return out


def matrix(smp, buckets):
    import numpy as np
    import scipy.sparse as sp
    rows, cols, vals = [], [], []
    for r, (code, text, _) in enumerate(smp):
        ix = F.indices(code, text, buckets)
        x = 1.0 / math.sqrt(len(ix))
        rows.extend([r] * len(ix))
        cols.extend(ix)
        vals.extend([x] * len(ix))
    X = sp.csr_matrix((np.array(vals, dtype=np.float64), (np.array(rows), np.array(cols))),
                      shape=(len(smp), buckets))
    y = np.array([lab for _, _, lab in smp], dtype=np.int64)
    return X, y


def fit(smp, C, buckets):
    """A features.Model (threshold and mincontext left to the caller)."""
    from sklearn.linear_model import LogisticRegression
    X, y = matrix(smp, buckets)
    lr = LogisticRegression(penalty="l2", C=C, solver="liblinear", random_state=RANDOM_STATE,
                            max_iter=1000, tol=1e-6)
    lr.fit(X, y)
    coef = lr.coef_[0]
    w = {int(i): float(coef[i]) for i in range(buckets) if coef[i] != 0.0}
    codes = sorted({code for code, _, _ in smp})
    return F.Model(buckets, DEFAULT_MINCONTEXT, DEFAULT_THRESHOLD, float(lr.intercept_[0]), w, codes)


def write_model(m, path, C, n_cands, n_samples):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("wangjian-reader 1\n")
        f.write("# The second reader (tests/eval/reader/README.md): logistic regression over\n")
        f.write("# the 1..4-grams of a text-rule finding's snippet.  Generated by\n")
        f.write("# `make reader-model` (tests/eval/reader/train.py): do not edit; retrain\n")
        f.write("# whenever rules/default/*.ini or the training corpora change.\n")
        f.write("# liblinear, L2, C = %r; %d candidates, %d samples\n" % (C, n_cands, n_samples))
        f.write("buckets %d\n" % m.buckets)
        f.write("ngram 1 4\n")
        f.write("mincontext %d\n" % m.mincontext)
        f.write("threshold %r\n" % m.threshold)
        f.write("bias %r\n" % m.bias)
        for c in m.codes:   # the rules it judges; a rule added later is not judged
            f.write("code %s\n" % c)
        for i in sorted(m.w):
            f.write("w %d %r\n" % (i, m.w[i]))


# Hand-written snippets for the agreement file: bare offences (must not be
# vetoed), warnings and refusals, odd characters for the featurizer.
HAND = [
    ("COUNTERFEIT_TERM", "高仿", "本店另售高仿名牌手表，欢迎咨询。"),
    ("COUNTERFEIT_TERM", "高仿", "本店另售高仿名牌手表，做工精细，与专柜几乎无异，支持验货，欢迎各位新老顾客咨询选购。"),
    ("COUNTERFEIT_TERM", "a货", "精品A货包包，顶级复刻版本，细节一比一还原，支持专柜验货，假一赔十，欢迎新老顾客选购。"),
    ("COUNTERFEIT_TERM", "1:1", "名表1:1复刻，机芯进口，外观与正品无差别，送礼自用都有面子，微信下单立减五十元。"),
    ("ABSOLUTE_TERM", "最佳", "本店茶叶品质全网最佳，口感醇厚回甘持久，买到就是赚到，欢迎新老顾客下单选购。"),
    ("ABSOLUTE_TERM", "最佳", "醒酒三十分钟后饮用风味最佳，开瓶后请冷藏保存并在三日内饮用完毕，谢谢惠顾。"),
    ("COUNTERFEIT_TERM", "高仿", "温馨提示：市面上高仿产品较多，请认准官方防伪码，谨防上当受骗，购买请到正规渠道。"),
    ("FALSE_CLAIM", "根治", "本品采用祖传秘方，七天根治糖尿病高血压，无效全额退款，已帮助上万名患者恢复健康。"),
    ("PROHIBITED_GOODS", "窃听器", "我们拒绝销售任何窃听器及隐藏摄像设备，只卖普通家用监控，请勿咨询违法用途商品。"),
    ("RETURN_REFUSED", "不支持7天无理由", "本店所有商品一经售出，不支持7天无理由退换货，请各位顾客下单前仔细确认尺码颜色。"),
    ("REVIEW_INDUCEMENT", "好评返现", "收到货后晒图五星好评返现十元，联系在线客服领取，每个订单限领一次，谢谢支持。"),
    ("WELLKNOWN_MARK_AD", "驰名商标", "中国驰名商标企业出品，三十年老字号品质保证，全国联保，欢迎各地经销商加盟合作。"),
    ("FALSE_CLAIM", "ＡＢＣ", "ＡＢＣ全角字母　与全角空格\t\t以及\r\n换行\f\v混排的片段，用来检查映射与空白合并是否一致。"),
    ("COUNTERFEIT_TERM", "高仿", "emoji 😀 与补充平面字符 𠀀𠀁 夹在高仿二字旁边，检查四字节编码的哈希是否一致。"),
]

# A rule the model was not trained on (a user's own): not judged, whatever its
# snippet says (its row's score is '-').
UNTRAINED = [
    ("TEA_TEST", "明前采摘", "本店茶园明前采摘，手工炒制，每一片叶子都经过挑选，欢迎各位茶友品鉴选购，支持七天无理由退货。"),
]


def pick_vectors(cands, per_code=22, short=4):
    """A fixed selection: per code, evenly spaced positives, negatives and
    snippets under the gate; deterministic (order of candidates.tsv)."""
    by = {}
    for c in cands:
        by.setdefault(c.code, []).append(c)
    out = []
    for code in sorted(by):
        cs = by[code]
        for lab in (1, 0):
            pool = [c for c in cs if c.label == lab and
                    F.context_len(c.matched, c.snippet) >= DEFAULT_MINCONTEXT]
            step = max(1, len(pool) // (per_code // 2))
            out.extend(pool[::step][:per_code // 2])
        gated = [c for c in cs if F.context_len(c.matched, c.snippet) < DEFAULT_MINCONTEXT]
        out.extend(gated[:short])
    return [(c.code, c.matched, c.snippet) for c in out]


def write_vectors(m, rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tmatched\tsnippet\tscore (%.17g, by tests/eval/reader/features.py with "
                "rules/default/reader.model; '-' = under the gate: not scored, never set aside; "
                "set aside when score < threshold)\n")
        for code, matched, snippet in rows:
            s = F.score(m, code, matched, snippet)
            f.write("%s\t%s\t%s\t%s\n" % (code, esc(matched), esc(snippet),
                                          "-" if s is None else "%.17g" % s))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=DEFAULT_C)
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--mincontext", type=int, default=DEFAULT_MINCONTEXT)
    ap.add_argument("--buckets", type=int, default=DEFAULT_BUCKETS)
    ap.add_argument("cands")
    ap.add_argument("model")
    ap.add_argument("vectors")
    a = ap.parse_args()
    cands = load_candidates(a.cands)
    smp = samples(cands)
    m = fit(smp, a.C, a.buckets)
    m.threshold = a.threshold
    m.mincontext = a.mincontext
    write_model(m, a.model, a.C, len(cands), len(smp))
    m2 = F.load_model(a.model)   # the vectors are scored with the model as written
    write_vectors(m2, pick_vectors(cands) + HAND + UNTRAINED, a.vectors)
    print("train: %d candidates (%d positive), %d samples, %d weights -> %s" %
          (len(cands), sum(c.label for c in cands), len(smp), len(m.w), a.model), file=sys.stderr)


if __name__ == "__main__":
    main()
