"""Writer: turns the hand-written SITES/PAGES/REG of gen.py into files. No labels are made here."""
import os
from lib import encode, render_any as render


def write_all(out, SITES, PAGES, REG):
    for sub in ("pages", "history", "holdout/pages", "holdout/history"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    rows = {False: ([], [], []), True: ([], [], [])}
    n = 0
    for p in PAGES:
        s = SITES[p["site"]]
        n += 1
        slug = s["host"].split(".")[1 if s["host"].split(".")[0] in ("www", "m") else 0] if s["host"] != "mall.wangjian.test" else "mall-" + p["site"].lower()
        fname = "%03d-%s-%s.html" % (n, slug, (p["path"].strip("/").replace("/", "_").replace(".html", "").replace("?", "_").replace("=", "") or "home"))
        url = "http://%s%s" % (s["host"], p["path"])
        base = os.path.join(out, "holdout" if s["hold"] else "")
        data = encode(render(s, p["title"], p["body"], p["foot"]), s["enc"], s["bom"])
        with open(os.path.join(base, "pages", fname), "wb") as f:
            f.write(data)
        lab, notes, hist = rows[s["hold"]]
        lab.append("%s\t%s\t%s" % (fname, url, p["codes"]))
        notes.append("%s\t%s\t%s\t%s" % (fname, s["enc"], "yes" if s["bom"] else "no", p["note"]))
        for i, (days, hbody) in enumerate(p["hist"]):
            hname = "%s-h%d.html" % (fname[:-5], i + 1)
            with open(os.path.join(base, "history", hname), "wb") as f:
                f.write(encode(render(s, p["title"], hbody, p["foot"]), s["enc"], s["bom"]))
            hist.append("%s\t%s\t%s" % (hname, url, ("%g" % days)))
    for hold, (lab, notes, hist) in rows.items():
        base = os.path.join(out, "holdout" if hold else "")
        for name, head, r in (("labels.tsv", "# file\turl\tcodes", lab), ("notes.tsv", "# file\tencoding\tbom\tnote", notes),
                              ("history.tsv", "# file\turl\tdays_before", hist)):
            with open(os.path.join(base, name), "w", encoding="utf-8") as f:
                f.write(head + "\n" + "".join(x + "\n" for x in r))
    with open(os.path.join(out, "registry.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\tstatus\n" + "".join("%s\t%s\t%s\n" % r for r in REG))
