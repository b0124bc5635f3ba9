#!/usr/bin/env python3
"""same.py COMMITTED RETRAINED TOL: exit 0 when two reader models (or two
vectors files) agree: the same lines, except that numbers (weights, bias,
scores) may differ by at most TOL.  Training sums in the BLAS that scipy
loads (netlib's, OpenBLAS …), whose summation order differs between
installations by ~1e-7, so a byte-for-byte comparison holds on one machine
only.  What must not differ: the lines' keys, weight indices, codes, matched
texts and snippets, and (vectors) whether each score is set aside."""
import sys


def num(s):
    try:
        return float(s)
    except ValueError:
        return None


def threshold(lines):
    for l in lines:
        if l.startswith("threshold "):
            return float(l.split(" ")[1])
    return None


def main():
    a = open(sys.argv[1], encoding="utf-8").read().split("\n")
    b = open(sys.argv[2], encoding="utf-8").read().split("\n")
    tol = float(sys.argv[3])
    t = float(sys.argv[4]) if len(sys.argv) > 4 else threshold(a)
    if len(a) != len(b):
        print("%d lines against %d" % (len(a), len(b)))
        return 1
    for no, (x, y) in enumerate(zip(a, b), 1):
        if x == y or x.startswith("#"):
            continue
        sep = "\t" if "\t" in x else " "
        fx, fy = x.split(sep), y.split(sep)
        ok = len(fx) == len(fy) and fx[:-1] == fy[:-1]
        vx, vy = num(fx[-1]), num(fy[-1]) if ok else None
        ok = ok and vx is not None and vy is not None and abs(vx - vy) <= tol
        if ok and sep == "\t" and t is not None:
            ok = (vx < t) == (vy < t)          # the same veto
        if not ok:
            print("line %d differs beyond %g:\n< %s\n> %s" % (no, tol, x[:160], y[:160]))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
