#!/usr/bin/env python3
"""Turn a wangjian crawl database into the JSON lines that ../shared/bench/verify.py reads.

  crawl_export.py DB OUT.jsonl

One record per stored page: url, n_prices, n_flags, charset.  The two counts are
the corpus generator's own regexes run over the visible text wangjian stored, so
verify.py's ground-truth check tests wangjian's charset decoding and text
extraction (GBK pages included), not only that the URL was fetched.  Runs after
the timed crawl; its time is not part of wangjian's figures.
"""
import json
import re
import sqlite3
import sys

# Same patterns as gen_corpus.py and the Scrapy/Crawlee peers.
PRICE_RE = re.compile(r"[¥￥]\s*(\d{1,7}(?:\.\d{1,2})?)")
FLAG_RE = re.compile(r"高仿|A货|最佳|国家级")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    n = 0
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for url, text, charset in db.execute("SELECT url, text, charset FROM pages ORDER BY id"):
            text = text or ""
            rec = {"url": url, "n_prices": len(PRICE_RE.findall(text)),
                   "n_flags": len(FLAG_RE.findall(text)), "charset": charset}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    db.close()
    print(n)


if __name__ == "__main__":
    main()
