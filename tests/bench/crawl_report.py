#!/usr/bin/env python3
"""Table for make bench-crawl: wangjian and its peers, same corpora, same run.

  crawl_report.py [--md FILE] RUNS_DIR

Reads RUNS_DIR/<corpus>/<peer>-<rep>/meta.json (written by ../shared/bench/collect.py
meta for every run, wangjian's included) and prints, per corpus and peer, the
median [min-max] of pages/s, wall s, CPU s and peak RSS, then the ratios the
acceptance asks for and wangjian's 2k -> 20k flatness.  Pages are the verified
ones (verify.py over each crawler's own output), not the crawler's claim.
"""
import glob
import json
import os
import statistics
import sys

ORDER = ["wangjian", "scrapy", "crawlee", "wget2", "wget", "httrack"]
TEN_X = 10.0          # wangjian pages/s >= 10 x Scrapy's
RSS_THIRD = 1 / 3     # wangjian peak RSS <= Scrapy's / 3
FLAT = 0.15           # pages/s and RSS within 15 % from small to full


def med(xs):
    return statistics.median(xs) if xs else 0.0


def rng(xs, fmt):
    if not xs:
        return "-"
    xs = sorted(xs)
    s = fmt % med(xs)
    return s if len(xs) == 1 else "%s [%s-%s]" % (s, fmt % xs[0], fmt % xs[-1])


def text_check(v):
    rc = v.get("regex_check")
    if not rc:
        return "n/a"
    parts = []
    for enc in ("utf-8", "gbk"):
        s = rc.get(enc)
        if s:
            parts.append("%s %d/%d" % (enc, min(s["prices_exact"], s["flags_exact"]), s["pages"]))
    return ", ".join(parts)


def load(root):
    groups = {}
    for p in glob.glob(os.path.join(root, "*", "*", "meta.json")):
        m = json.load(open(p))
        if m.get("sampled"):
            continue
        groups.setdefault((m["corpus"].replace("corpus_", ""), m["peer"]), []).append(m)
    return groups


def stats(ms):
    return {
        "pps": med([m["pages_per_s"] for m in ms]),
        "rss": med([m.get("maxrss_kb", 0) / 1024 for m in ms]),
        "cpu": med([m["cpu_s"] for m in ms]),
        "runs": len(ms),
    }


def main():
    args = sys.argv[1:]
    md = None
    if len(args) >= 2 and args[0] == "--md":
        md, args = args[1], args[2:]
    if len(args) != 1:
        sys.exit(__doc__)
    root = args[0]
    groups = load(root)
    if not groups:
        sys.exit("crawl_report: no runs under %s" % root)
    hdr = ("corpus", "peer", "runs", "pages verified", "pages/s", "wall s", "CPU s", "peak RSS MB",
           "text counts exact", "/private/", "HTTP reqs", "rc")
    rows = []
    corpora = sorted({c for c, _ in groups}, key=lambda c: (c != "small", c))
    for c in corpora:
        peers = sorted({p for cc, p in groups if cc == c},
                       key=lambda p: ORDER.index(p) if p in ORDER else 99)
        for p in peers:
            ms = sorted(groups[(c, p)], key=lambda m: m.get("rep", 0))
            v = [m.get("verify", {}) for m in ms]
            rows.append((c, p, str(len(ms)),
                         "%d/%d" % (min(x.get("pages_ok", 0) for x in v), v[0].get("pages_total", 0)),
                         rng([m["pages_per_s"] for m in ms], "%.0f"),
                         rng([m.get("wall_s") or 0 for m in ms], "%.1f"),
                         rng([m["cpu_s"] for m in ms], "%.1f"),
                         rng([m.get("maxrss_kb", 0) / 1024 for m in ms], "%.0f"),
                         text_check(v[-1]),
                         str(max(x.get("private_fetched", 0) for x in v)),
                         "/".join(str(r) for r in sorted({m.get("nginx_requests", -1) for m in ms})),
                         ",".join(sorted({str(m.get("rc")) for m in ms}))))
    widths = [max(len(hdr[i]), *(len(r[i]) for r in rows)) for i in range(len(hdr))]
    out = ["  ".join(h.ljust(w) for h, w in zip(hdr, widths)),
           "  ".join("-" * w for w in widths)]
    out += ["  ".join(x.ljust(w) for x, w in zip(r, widths)) for r in rows]
    out.append("(medians [min-max] over runs; pages/s = verified pages / wall s; CPU = user+sys of the "
               "crawler's process tree; RSS = GNU time maximum resident set size)")
    versions = {}
    vp = os.path.join(os.environ.get("BENCH", os.path.dirname(os.path.abspath(root))), "versions.json")
    if os.path.exists(vp):
        versions = json.load(open(vp))
    wv = os.path.join(root, "wangjian.version")
    if os.path.exists(wv):
        versions["wangjian"] = open(wv).read().strip().split(" (")[0]
    seen = sorted({p for _, p in groups}, key=lambda p: ORDER.index(p) if p in ORDER else 99)
    out.append("versions: " + "; ".join("%s: %s" % (p, versions.get(p, "?")) for p in seen))

    # ratios within each corpus, medians of the same run
    notes = []
    for c in corpora:
        if (c, "wangjian") not in groups:
            continue
        w = stats(groups[(c, "wangjian")])
        for peer in ("scrapy", "crawlee", "wget2", "wget", "httrack"):
            if (c, peer) not in groups:
                continue
            p = stats(groups[(c, peer)])
            r_pps = w["pps"] / p["pps"] if p["pps"] else float("inf")
            r_rss = w["rss"] / p["rss"] if p["rss"] else float("inf")
            verdict = ""
            if peer == "scrapy":
                verdict = "  [pages/s target >= %.0fx: %s; RSS target <= 1/3: %s]" % (
                    TEN_X, "met" if r_pps >= TEN_X else "NOT met",
                    "met" if r_rss <= RSS_THIRD else "NOT met")
            notes.append("%-5s wangjian/%-7s pages/s %6.2fx (%.0f vs %.0f)   RSS %5.2fx (%.0f vs %.0f MB)%s" % (
                c, peer, r_pps, w["pps"], p["pps"], r_rss, w["rss"], p["rss"], verdict))
    if ("small", "wangjian") in groups and ("full", "wangjian") in groups:
        s, f = stats(groups[("small", "wangjian")]), stats(groups[("full", "wangjian")])
        d_pps = f["pps"] / s["pps"] - 1 if s["pps"] else float("inf")
        d_rss = f["rss"] / s["rss"] - 1 if s["rss"] else float("inf")
        notes.append("flatness 2k -> 20k, wangjian: pages/s %.0f -> %.0f (%+.0f%%), RSS %.0f -> %.0f MB (%+.0f%%)"
                     "  [target within 15%%: pages/s %s, RSS %s]" % (
                         s["pps"], f["pps"], 100 * d_pps, s["rss"], f["rss"], 100 * d_rss,
                         "met" if abs(d_pps) <= FLAT else "NOT met", "met" if abs(d_rss) <= FLAT else "NOT met"))
    for c in corpora:
        for m in sorted(groups.get((c, "wangjian"), []), key=lambda m: m.get("rep", 0)):
            notes.append("%-5s wangjian rep %s: %s (rc %s, other log lines %s, db %.0f MB, WARC %.0f MB,"
                         " machine %s%% busy before the run)" % (
                c, m.get("rep"), m.get("summary", "?"), m.get("rc"), m.get("other_log_lines", "?"),
                float(m.get("db_kb", 0)) / 1024, float(m.get("warc_kb", 0)) / 1024, m.get("cpu_busy_before", "?")))
    out.append("")
    out += notes
    print("\n".join(out))
    if md:
        with open(md, "w") as f:
            f.write("| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n")
            for r in rows:
                f.write("| " + " | ".join(r) + " |\n")
            f.write("\n" + "\n".join("- " + n for n in notes) + "\n")


if __name__ == "__main__":
    main()
