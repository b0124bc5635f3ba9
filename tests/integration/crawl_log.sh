#!/bin/sh
# The JSON log (--log): every line is JSON; times are ISO 8601 local time
# with milliseconds and the numeric zone (TZ set to UTC+8 here, so the zone
# must read +08:00); durations are integer milliseconds named "ms"; no
# number anywhere is a float; one "run" line per run, last, with the
# counters the summary line shows.
. "$TOP/tests/itlib.sh"
need python3

chain_site "$T/sites/log.test" 5 2
start_httpd "$T/sites"
crawl() {
  TZ=CST-8 "$WJ" crawl --db "$T/l.db" --proxy "http://127.0.0.1:$PORT" --delay 0 \
    --log "$T/log.jsonl" --report new http://log.test/ http://log.test/__redirect/2/p2.html \
    http://log.test/__status/404/gone.html http://log.test/__delay/20/p3.html
}
crawl >"$T/1.err" 2>&1
check "first crawl exits 0" [ $? -eq 0 ]
crawl >"$T/2.err" 2>&1
check "second crawl exits 0" [ $? -eq 0 ]
cat "$T/1.err" "$T/2.err"
python3 - "$T/log.jsonl" "$T/1.err" "$T/2.err" <<'PY'
import json, re, sys
log, errs = sys.argv[1], sys.argv[2:]
fails = 0
def expect(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + what)
    fails += 0 if cond else 1
raw = open(log, encoding="utf-8").read().splitlines()
lines = [json.loads(l) for l in raw]          # each line on its own is JSON
ts_re = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$")
def floats(v):
    if isinstance(v, float):
        return 1
    if isinstance(v, dict):
        return sum(floats(x) for x in v.values())
    if isinstance(v, list):
        return sum(floats(x) for x in v)
    return 0
expect(len(lines) >= 10, "%d lines" % len(lines))
expect(all(ts_re.match(l.get("ts", "")) for l in lines),
       "every ts is ISO 8601 with ms and zone +08:00 (%s)" % lines[0].get("ts"))
expect(all(isinstance(l.get("ms"), int) and not isinstance(l.get("ms"), bool) and l["ms"] >= 0
           for l in lines), "every line has an integer ms")
expect(sum(floats(l) for l in lines) == 0, "no float anywhere")
expect(not any("time" in l or "seconds" in l for l in lines), "no epoch time or seconds fields left")
expect(all(l.get("event") in ("fetch", "run") for l in lines), "every line says its event")
fetches = [l for l in lines if l["event"] == "fetch"]
expect(any(l["status"] == 404 for l in fetches), "the 404 is logged")
expect(any(len(l["redirects"]) == 2 for l in fetches), "the redirect chain is logged")
delayed = [l for l in fetches if "__delay/20/" in l["url"]]
expect(delayed and delayed[0]["ms"] >= 20, "a 20 ms delay shows as ms >= 20 (%s)" % [l["ms"] for l in delayed])
runs = [i for i, l in enumerate(lines) if l["event"] == "run"]
expect(len(runs) == 2, "exactly one run line per run (%d)" % len(runs))
expect(runs and runs[-1] == len(lines) - 1, "the run line comes last")
for i, (k, err) in enumerate(zip(runs, errs)):
    r = lines[k]
    m = re.search(r"wangjian: \d+ pages \((\d+) changed, (\d+) unchanged, (\d+) failed\); "
                  r"leads: (\d+) new, (\d+) re-opened, (\d+) resolved, (\d+) open; "
                  r"(\d+) findings, (\d+) retries, (\d+) refused, (\d+) hosts skipped",
                  open(err).read())
    want = dict(zip(["changed", "unchanged", "failed", "leads_new", "leads_reopened",
                     "leads_resolved", "leads_open", "findings", "retries", "refused",
                     "hosts_skipped"], map(int, m.groups()))) if m else {}
    got = {key: r.get(key) for key in want}
    expect(m and got == want, "run %d: its counters match the summary (%s)" % (i + 1, got))
    expect(r["status"] == "finished" and r["error"] is None and isinstance(r["run_id"], int),
           "run %d: finished, no error, a run_id" % (i + 1))
expect(len(runs) == 2 and lines[runs[0]]["run_id"] != lines[runs[1]]["run_id"],
       "two runs, two run ids")
sys.exit(1 if fails else 0)
PY
check "the log is JSON lines with ISO times, integer ms and one run line per run" [ $? -eq 0 ]
finish
