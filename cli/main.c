/*
 * wangjian — command dispatch, help and the helpers every command shares.
 * One table drives dispatch and `wangjian --help`.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <curl/curl.h>
#include "cli.h"

/* The --config file of this run, for cli_value_error; NULL without one. */
static cli_config *config;

static const cli_command commands[] = {
    {"crawl", cmd_crawl, cli_crawl_opts, "crawl seed URLs, check pages, store findings and leads",
     "usage: wangjian crawl --db FILE [--seeds FILE] [URL...] [options]\n"
     "       wangjian crawl --db FILE --keyword WORD [--platform NAME] [URL...] [options]\n"
     "\n"
     "Crawl the seed URLs (from --seeds and the command line), following links\n"
     "within each seed's host, check every page against the rulebook and store\n"
     "pages, findings and leads in the database.  Re-running the same command\n"
     "resumes an interrupted crawl.  One crawl or rescan runs on a database at a\n"
     "time (a second exits 1 naming the holder; the lock is FILE.lock).\n"
     "SIGINT or SIGTERM stops the crawl within seconds, keeping what it fetched,\n"
     "and exits 1; the same command resumes it (a second signal stops at once).\n"
     "\n"
     "  --db FILE            database (created if missing)              [required]\n"
     "  --seeds FILE         one URL per line; blank lines and # comments ignored;\n"
     "                       bad lines are named (FILE:LINE), skipped, and exit 1\n"
     "  --proxy URL          send every request through this HTTP proxy\n"
     "  --resolve H:P:ADDR   resolve host H port P to ADDR (repeatable)\n"
     "  --allow-private      allow loopback, private and link-local targets\n"
     "  --max-pages N        stop after N pages (default: no limit)\n"
     "  --depth N            follow links at most N steps from the seeds\n"
     "  --scope REGEX        follow links whose URL matches REGEX (default: seed hosts)\n"
     "  --warc-dir DIR       write WARC/1.1 evidence records into DIR (default: the\n"
     "                       folder FILE.warc beside the database)\n"
     "  --no-warc            keep no WARC evidence (the database keeps the bodies;\n"
     "                       'wangjian evidence' then has no record to give)\n"
     "  --concurrency N      transfers overall (default 64)\n"
     "  --per-host N         transfers per host (default 2)\n"
     "  --delay MS           between request starts to one host (default 1000)\n"
     "  --max-bytes N        cap on a (decompressed) body (default 10485760)\n"
     "  --timeout MS         total time per transfer (default 30000)\n"
     "  --user-agent S       User-Agent header\n"
     "  --ca-file FILE       trust the CAs in this PEM file for HTTPS (default: system)\n"
     "  --robots-ttl S       fetch a host's robots.txt again after S seconds (default 86400)\n"
     "  --rules DIR          rulebook directory (default: the shipped one)\n"
     "  --no-reader          do not load the rulebook's second reader (reader.model)\n"
     "  --platforms DIR      platform profiles (default: the shipped ones)\n"
     "  --log FILE           append one JSON line per fetch and one per run\n"
     "  --max-error-rate PCT exit 1 when more than PCT percent of the URLs ended in a\n"
     "                       network error or 5xx after their retries (default 50)\n"
     "  --keyword WORD       keyword crawl (关键词搜索; repeatable): search each platform\n"
     "                       (or --platform) through its profile's search URL, crawl the\n"
     "                       result pages (up to the profile's max_pages), the results\n"
     "                       and what they link to, to --depth (default 2: the results\n"
     "                       and the shops and items they link to); one run per keyword,\n"
     "                       after the seeds' run when seeds are given too.  A platform\n"
     "                       whose robots.txt disallows its search is named and left\n"
     "                       out; exit 1 when no platform could be searched.  Pages it\n"
     "                       reaches are tagged: 'wangjian leads --keyword WORD'\n"
     "  --platform NAME      with --keyword: search only this platform profile\n"
     "  --render MODE        auto, always or never (default auto): render pages in\n"
     "                       headless Chromium and judge the DOM and text the browser\n"
     "                       shows; auto renders a page that shows fewer than 64\n"
     "                       characters and runs a script (src=, or 256+ bytes inline);\n"
     "                       without chromium, auto warns and crawls unrendered and\n"
     "                       always is an error\n"
     "  --render-concurrency N  pages rendered at once (default 2)\n"
     "  --render-max-mb N    restart the browser above N MiB resident (default 1024)\n"
     "  --render-budget MS   time for one page's rendering (default 15000)\n"
     "  --report new         print the summary and the table of leads this run added\n"
     "                       or re-opened on stdout (for the cron mail)\n"
     "  --quiet              no progress line and no summary\n"
     "\n"
     "On a terminal the crawl shows progress and ends with a summary: pages\n"
     "checked (changed, unchanged, failed) and leads new, re-opened, resolved and\n"
     "open.  Without a terminal (cron) a successful run prints nothing unless\n"
     "--report new.  Exit status 1 when the run could not do its job: no seed\n"
     "host reachable, no page answered 2xx or 304, more than --max-error-rate of\n"
     "the URLs failed with a network error or 5xx, or the database or the WARC\n"
     "folder could not be written; the reason goes to stderr, also with --quiet.\n"
     "A crawl re-checks the known pages of its seeds' hosts and follows their\n"
     "links; other hosts in the database are left alone.  A crawl with --seeds\n"
     "also takes the URLs of imported complaints no crawl has seeded yet (their\n"
     "hosts join its scope); once it finishes they are marked seeded by it and\n"
     "are ordinary known URLs after that.  A crawl of URLs alone takes none.\n"},
    {"rescan", cmd_rescan, cli_store_opts, "re-run the rules over stored pages without fetching",
     "usage: wangjian rescan --db FILE [--rules DIR] [--platforms DIR] [--no-reader]\n"
     "\n"
     "Re-check every stored page with the current rulebook and update findings\n"
     "and leads, so a new keyword reaches last night's crawl at once.  A page\n"
     "the platform profiles (--platforms) now give another subject, such as an\n"
     "item page a new shop_id_xpath names the shop of, moves to it: its old\n"
     "leads say \"moved to lead N\".  It waits for no crawl: while one runs on\n"
     "the database, rescan exits 1 naming it.  --no-reader leaves the rulebook's\n"
     "second reader (reader.model) out: every match the rules keep is a finding.\n"},
    {"migrate", cmd_migrate, cli_migrate_opts, "upgrade a database written by an older wangjian",
     "usage: wangjian migrate --db FILE\n"
     "\n"
     "Bring the database up to this wangjian's schema version and say what was\n"
     "done (from version N to M, or already current).  The commands that only\n"
     "read (leads, search, export, report, evidence) refuse an older database\n"
     "until it is upgraded; a crawl or rescan upgrades it too.  While a crawl runs\n"
     "on the database, migrate exits 1 at once, naming it.\n"
     "\n"
     "  --db FILE            database (must exist)                      [required]\n"},
    {"search", cmd_search, cli_search_opts, "keyword search over stored pages (关键词搜索)",
     "usage: wangjian search --db FILE [--limit N] [--host H] [--since DATE] [--until DATE]\n"
     "                       [--tz ZONE] [--rule CODE] [--format tsv|table|csv|jsonl]\n"
     "                       [--all-captures] QUERY...\n"
     "\n"
     "Print url, title and a snippet (the match in the page's own text) of the\n"
     "stored pages (the latest capture of each URL) that match QUERY.  Pages and\n"
     "query are normalised as the rules normalise text: full-width and\n"
     "half-width, traditional and simplified Chinese, zero-width characters,\n"
     "separators between Chinese characters and ASCII case do not matter.\n"
     "Query: words separated by spaces must all occur; a OR b needs one of them;\n"
     "NOT w excludes pages with w; \"...\" is a phrase (\"OR\" is the word OR).\n"
     "Words of one or two characters work too.  Several arguments are one query.\n"
     "A code is found in any printed form: a word that is a 统一社会信用代码, an ICP\n"
     "filing or licence number or a 公网安备 number (in any case or width, with or\n"
     "without dashes) also finds the pages on which wangjian read that code, even\n"
     "printed in groups or split across tags; an ICP number finds every site of\n"
     "its filing (the -N suffix does not count).  A part of a code is searched as\n"
     "text.  A query that does not parse is a usage error (exit 2).\n"
     "\n"
     "  --db FILE            database (must exist)                      [required]\n"
     "  --limit N            print at most N pages (1-10000)            [50]\n"
     "                       (stderr says \"showing N of M pages\" when more matched)\n"
     "  --host H             pages of host H only\n"
     "  --since DATE         pages captured on or after DATE (YYYY-MM-DD)\n"
     "  --until DATE         pages captured on or before DATE (YYYY-MM-DD)\n"
     "  --tz ZONE            the zone of the dates, e.g. Asia/Shanghai  [local zone]\n"
     "  --rule CODE          pages with a finding of rule CODE (an unknown code is\n"
     "                       a usage error)\n"
     "  --format F           tsv (url, title, snippet), table, csv (formula cells\n"
     "                       neutralised) or jsonl                       [tsv]\n"
     "  --all-captures       also search the earlier versions of each page (their\n"
     "                       bodies read back from the WARC files and parsed again);\n"
     "                       versions without a readable body are counted on stderr\n"},
    {"leads", cmd_leads, cli_leads_opts, "list leads as a table",
     "usage: wangjian leads --db FILE [FILTERS] [--new-since last-run|RUN|DATE]\n"
     "                      [--stale DAYS] [--format table|csv|jsonl]\n"
     "                      [--limit N] [--offset N]\n"
     "       wangjian leads --db FILE --source complaint [--format table|jsonl]\n"
     "       wangjian leads show --db FILE LEAD_ID       (see 'wangjian leads show --help')\n"
     "       wangjian leads set --db FILE --status S LEAD_ID...\n"
     "\n"
     "Filters (the same in 'wangjian export --what leads'; a list option may be\n"
     "repeated or take a comma-separated list):\n"
     "  --status S[,S]       open (default), confirmed, dismissed, referred,\n"
     "                       resolved or all (default all with --new-since)\n"
     "  --rule CODE[,CODE]   only leads of these rules (a code neither the rulebook\n"
     "                       nor any lead has is a usage error)\n"
     "  --severity S[,S]     only leads of severity high, medium or low\n"
     "  --province P         only leads routed to province P (浙江 ...; unknown: none)\n"
     "  --authority A        only leads for market (市场监管) or telecom (通信管理局)\n"
     "  --host H             only leads whose host is H\n"
     "  --subject S          only the leads of subject S (a shop or site)\n"
     "  --since DATE         only leads last seen on or after DATE (YYYY-MM-DD)\n"
     "  --until DATE         only leads last seen on or before DATE (inclusive)\n"
     "  --tz ZONE            the zone of the dates and of the times shown\n"
     "                       (Asia/Shanghai ...; default: the machine's, TZ)\n"
     "  --keyword WORD       only leads with a page a keyword crawl for WORD turned up\n"
     "                       ('wangjian crawl --keyword WORD')\n"
     "  --new-since WHEN     leads added or re-opened by a run: last-run (the newest\n"
     "                       finished run), a run number (that run and later ones;\n"
     "                       see 'wangjian runs') or a date YYYY-MM-DD[THH:MM:SS] (UTC)\n"
     "  --stale DAYS         open leads whose pages no run has re-checked for DAYS\n"
     "                       days (a host dropped from the seeds never resolves\n"
     "                       its leads by itself)\n"
     "  --format F           table (default): id, rule, severity, status, province,\n"
     "                       subject, url, hits and last seen (local date), fitted\n"
     "                       to the terminal width (COLUMNS when standard output\n"
     "                       is not a terminal; no limit without it) by display\n"
     "                       width, long cells cut with …, narrow terminals hide\n"
     "                       columns; csv or jsonl: every column, as export writes\n"
     "  --limit N            show at most N leads (in the order above: severity,\n"
     "                       then id); the count on stderr says how many there are\n"
     "                       and which --offset shows the next page\n"
     "  --offset N           skip the first N leads (with --limit: page through a\n"
     "                       long list: --offset 50 --limit 50 is the second page)\n"
     "  --source S           rules (default): the leads rules found; complaint: every\n"
     "                       subject imported complaints named, with its number of\n"
     "                       complaints, the latest date and each of its leads (id,\n"
     "                       rule, status), or 'no lead' when no rule fired on it;\n"
     "                       in jsonl one object per subject with refs and leads\n"
     "                       lists.  It takes no other filter.\n"},
    {"leads show", cmd_lead_show, cli_lead_show_opts, "one lead: fields, pages, history",
     "usage: wangjian leads show --db FILE [--format text|json] LEAD_ID\n"
     "\n"
     "Every field of the lead, the pages that have shown it (whether each shows\n"
     "it now, when it was fetched, server address, digest, WARC record), its\n"
     "legal basis, the other leads of the same subject, the complaints about\n"
     "that subject ('wangjian import complaints'), the keywords whose crawls\n"
     "turned its pages up ('wangjian crawl --keyword'), the operator that runs it\n"
     "with its other subjects ('wangjian operators') and its history: every\n"
     "status change, by a run (which run) or a person, with time, note and\n"
     "outcome.  --format json gives one object with pages, other_leads,\n"
     "complaints, keywords, operator and a history list.\n"},
    {"leads set", cmd_lead_set, cli_lead_set_opts, "confirm, dismiss or refer leads",
     "usage: wangjian leads set --db FILE --status S [--note TEXT] [--by NAME]\n"
     "                          [--outcome closed|service-stopped] LEAD_ID...\n"
     "\n"
     "Set the status of the leads: open, confirmed (责令整改), dismissed, referred\n"
     "(移送) or resolved.  A run never changes a dismissed or referred lead (new\n"
     "sightings still count); a confirmed lead that is no longer seen gets a\n"
     "rectified (已整改) entry in its history and keeps its status.  Every change\n"
     "is kept in the lead's history with its time, the person (--by, default the\n"
     "login name), --note and --outcome (what the receiving authority did with a\n"
     "referred lead).  An unknown id or status is a usage error (exit 2) naming\n"
     "it, and then nothing changes.\n"
     "\n"
     "  --status S           open, confirmed, dismissed, referred or resolved\n"
     "  --note TEXT          why (kept in the history)\n"
     "  --by NAME            who decided (default: the login name)\n"
     "  --outcome O          closed or service-stopped\n"},
    {"runs", cmd_runs, cli_runs_opts, "list past crawls and rescans with what each changed",
     "usage: wangjian runs --db FILE [--limit N] [--format table|jsonl]\n"
     "\n"
     "Newest first: when each run started, its status (finished, failed, or\n"
     "unfinished: killed, stopped or still running), the page URLs it checked\n"
     "(changed, unchanged, failed; errors are the network errors and 5xx among\n"
     "the failed) and the leads it added, re-opened and resolved, and the open\n"
     "leads when it ended.\n"
     "\n"
     "  --limit N            at most N runs (default 20)\n"
     "  --format F           table (default) or jsonl\n"},
    {"operators", cmd_operators, cli_operators_opts,
     "link shops into operators (同一经营者) by shared identity signals",
     "usage: wangjian operators --db FILE [--format table|jsonl] [--all]\n"
     "                          [--max-shared N] [--with-contacts] [--platforms DIR]\n"
     "\n"
     "Subjects (shops, sites) whose pages share a strong identity signal are one\n"
     "operator, transitively (A-B and B-C: one operator of three).  Strong: USCC,\n"
     "ICP filing number without its -N suffix, 公网安备 number, e-mail, mobile\n"
     "phone, QQ, WeChat, payee, analytics and site-verification IDs (Baidu 统计,\n"
     "CNZZ, Google Analytics/GTM).  Weak signals (company name alone, landline,\n"
     "400/800 hotline, server IP, template: one shop theme's markup skeleton, none\n"
     "on a platform's pages) are shown but never join; nor does a platform's\n"
     "own identity (the [identity] section of its profile) or a signal shown by\n"
     "more than N subjects.  One operator per line, its id being its smallest\n"
     "subject: the subjects, their open leads by rule (subjects with an open\n"
     "lead of it) and each signal shared by two or more subjects, with whether\n"
     "it joins (joins, weak, platform, shared) and the pages that show it.\n"
     "Contact details (phones, e-mail, QQ, WeChat, payee) are personal\n"
     "information: the table shows them, jsonl masks them.\n"
     "\n"
     "  --format F           table (default, tab-separated) or jsonl (a\n"
     "                       \"subjects\" list, \"open_leads\" by rule, \"signals\")\n"
     "  --all                also operators of one subject\n"
     "  --max-shared N       a signal shown by more than N subjects does not\n"
     "                       join (default 20)\n"
     "  --with-contacts      jsonl: contact details unmasked\n"
     "  --platforms DIR      platform profiles (their [identity] sections)\n"},
    {"export", cmd_export, cli_export_opts, "export findings or leads as CSV or JSON lines",
     "usage: wangjian export --db FILE --what findings|leads --format csv|jsonl\n"
     "                       [--out FILE] [--encoding utf-8|gb18030] [--bom]\n"
     "                       [--header en|zh] [--tz ZONE] [--with-contacts] [FILTERS]\n"
     "       wangjian export --db FILE --what referrals --authority telecom|market\n"
     "                       [--province P] [--format csv|jsonl] [--out FILE]\n"
     "       wangjian export --db FILE --what closing [--province P] [--format ...]\n"
     "\n"
     "referrals: for telecom, the sites with ICP problems (domain, server IP, the\n"
     "ICP number shown or none, province, evidence page, capture time); for\n"
     "market, the referred leads and their province.  closing: the referred\n"
     "leads whose latest outcome is closed or service-stopped.\n"
     "\n"
     "  --out FILE           written to a temporary file beside FILE and renamed\n"
     "                       over it: a failed export leaves FILE as it was\n"
     "  --encoding E         utf-8 (default) or gb18030 (older Excel on Chinese\n"
     "                       Windows)\n"
     "  --bom                a UTF-8 byte-order mark for Excel (utf-8 only)\n"
     "  --header H           en (default) or zh: Chinese column names and a last\n"
     "                       column 规则名称 with the rule titles of the rulebook\n"
     "                       (jsonl: a rule_title key)\n"
     "  --tz ZONE            times as ISO 8601 with the offset of ZONE\n"
     "                       (2026-12-06T23:24:33+08:00; default: the machine's\n"
     "                       zone, TZ)\n"
     "  FILTERS              --what leads takes the filters of 'wangjian leads':\n"
     "                       --rule, --severity, --status (default all), --province,\n"
     "                       --authority, --host, --subject, --since, --until,\n"
     "                       --keyword\n"
     "  --with-contacts      leads: add the subject's contact details (phones,\n"
     "                       e-mail, QQ, WeChat, payee: personal information,\n"
     "                       left out by default).  Every lead names its operator\n"
     "                       (operator, operator_shops), as 'wangjian operators'\n"
     "                       links them\n"
     "\n"
     "CSV: header row first, RFC 4180 quoting; cells starting with = + - @ are\n"
     "prefixed with ' so that spreadsheets do not run them as formulas.  JSON\n"
     "lines: counts as numbers, empty values as null.  Rows are streamed: memory\n"
     "does not grow with their number.\n"},
    {"report", cmd_report, cli_report_opts, "the 统计表 of a period: checks and leads per unit",
     "usage: wangjian report --db FILE [--since DATE] [--until DATE]\n"
     "                       [--by province|rule|authority|host] [--format text|csv|html]\n"
     "                       [--out FILE] [--lang zh|en] [--tz ZONE] [--rules DIR]\n"
     "\n"
     "Counts per reporting unit, of events dated in the period: 监测网站网店(个次)\n"
     "(each site or shop checked in each run counts once), 检查页面 (pages checked),\n"
     "发现线索 (leads created or re-opened), 责令整改 (confirmed), 已整改 (rectified:\n"
     "a run no longer saw a confirmed lead), 移送/提请关闭 (referred), 不予立案/排除\n"
     "(dismissed), and 期末未结 (leads open or confirmed at the end of --until).\n"
     "Every rule of the rulebook and every province of the data (and 未知) has a\n"
     "row; each totals row is the sum of its column.  Default layout: by province,\n"
     "by rule, then one block of rules per province.  A run counts in the period\n"
     "it started in.\n"
     "\n"
     "  --since DATE         first day, YYYY-MM-DD (default: 6 days before --until)\n"
     "  --until DATE         last day, included (default: today)\n"
     "  --by UNIT            one table by province, rule, authority or host\n"
     "  --format F           text (default), csv, or html: one self-contained file\n"
     "                       with bar charts and the period's leads, printable on A4\n"
     "  --out FILE           write FILE (replaced only when complete), not stdout\n"
     "  --lang L             zh (default) or en headers\n"
     "  --tz ZONE            the zone the dates are in (default: TZ, the local zone)\n"
     "  --rules DIR          the rulebook whose rules are listed\n"},
    {"parse", cmd_parse, cli_parse_opts, "print the facts and findings of one page as JSON",
     "usage: wangjian parse [--url URL] [--content-type TYPE] [--rules DIR]\n"
     "                      [--platforms DIR] [--no-reader] FILE\n"
     "       wangjian parse [--allow-private] [--proxy URL] [--max-bytes N]\n"
     "                      [--timeout MS] [--user-agent UA] [--rules DIR]\n"
     "                      [--no-reader] URL\n"
     "\n"
     "Parse FILE as the page served at URL (default http://localhost/), or fetch\n"
     "URL (http or https; robots.txt is not consulted for this one page) with the\n"
     "crawl's limits, address guard and User-Agent, and print charset, title,\n"
     "visible text, links, licence, ICP and price facts, identity signals (the\n"
     "facts that link shops to one operator) and the rule findings as one JSON\n"
     "object.  Each finding has \"reader_score\": the second reader's score when\n"
     "the rulebook has one (reader.model) and it judged the finding, else null;\n"
     "\"set_aside\" lists the matches it set aside (rule, matched, snippet,\n"
     "reader_score), which the checker passed over for the rule's next match.\n"
     "\n"
     "  --no-reader          do not load the rulebook's reader.model: every match\n"
     "                       the rules keep is a finding\n"},
    {"rules", cmd_rules, NULL, "check or list a rulebook",
     "usage: wangjian rules check DIR\n"
     "       wangjian rules list [--rules DIR]\n"
     "\n"
     "check reports every error as file:line: message and exits 1 if any; a\n"
     "reader.model in DIR (the second reader) is checked too.\n"},
    {"import", cmd_import, cli_import_opts, "import the business registry or complaints (诉转案)",
     "usage: wangjian import registry --db FILE FILE.csv\n"
     "       wangjian import complaints --db FILE [--platforms DIR] FILE.csv\n"
     "\n"
     "The file may be UTF-8 (with or without a BOM) or GB18030; its header names\n"
     "the columns, in any order, and other columns are ignored.\n"
     "\n"
     "registry: the columns code, name and status.  Bad rows are reported by\n"
     "line and skipped.\n"
     "\n"
     "complaints: consumer complaints (12315 and the like) become a lead source.\n"
     "Columns: id or 投诉编号 (required), url or 网址 or 店铺网址 (the shop or site;\n"
     "required, http or https), date or 投诉日期 (YYYY-MM-DD, YYYY/M/D or\n"
     "YYYY年M月D日), platform or 平台, text or 投诉内容.  Each complaint is recorded\n"
     "against the subject its URL names (a platform shop, through the platform\n"
     "profiles, else the site's host), so 'wangjian leads show' lists it on the\n"
     "subject's leads and 'wangjian leads --source complaint' lists the subject\n"
     "whether or not a rule fired.  Its URL joins the next crawl that reads a\n"
     "--seeds file.  Every bad row (no id or URL, a URL that is not http(s), a\n"
     "bad date, an id given twice in the file) is reported as FILE:LINE, and then\n"
     "nothing is imported: exit status 1.  A complaint id already in the\n"
     "database is skipped and counted, so importing a file again is harmless.\n"
     "\n"
     "  --db FILE            database (created if missing)              [required]\n"
     "  --platforms DIR      platform profiles for the subjects (default: the\n"
     "                       shipped ones; give the crawl's own)\n"},
    {"evidence", cmd_evidence, cli_evidence_opts, "write a lead's evidence bundle (证据包), or verify one",
     "usage: wangjian evidence --db FILE --out DIR [--rules DIR] [--no-reader]\n"
     "                         [--platforms DIR] [--tsa URL [--tsa-ca FILE]] LEAD_ID|URL\n"
     "       wangjian evidence --verify DIR [--tsa-ca FILE]\n"
     "\n"
     "Write the evidence of a lead into DIR (new, or an empty folder; anything\n"
     "else is refused): for every capture that proves it (per page, the first\n"
     "and the latest that showed it, even after the page was fixed) the WARC\n"
     "request and response records, the HTTP body and the visible text with the\n"
     "matched passage marked (the rules run on the body again; when the rule no\n"
     "longer matches or is not in the rulebook, the lead's stored snippet is\n"
     "marked and the summary says so); summary.txt and summary.json (lead, rule,\n"
     "legal basis, URLs, server address, times in UTC and Asia/Shanghai, tool,\n"
     "rulebook and options of the run that fetched each capture, history); the\n"
     "电子数据清单 manifest.txt (every file, its type, format, size and SHA-256);\n"
     "a draft 电子数据提取笔录 extraction-record.html to print; manifest.sha256\n"
     "for sha256sum -c.  The manifest's SHA-256 is printed on stdout.  With a URL\n"
     "instead of a lead: that page's latest capture.  A lead crawled with\n"
     "--no-warc has no WARC record, and no bundle (exit 1).\n"
     "\n"
     "  --db FILE            database (read only)                       [required]\n"
     "  --out DIR            the bundle's folder: absent or empty       [required]\n"
     "  --rules DIR          rulebook that marks the text (default: the shipped one)\n"
     "  --no-reader          the rulebook without its second reader, as a crawl run\n"
     "                       with --no-reader found its leads\n"
     "  --platforms DIR      platform profiles (default: the shipped ones)\n"
     "  --tsa URL            get an RFC 3161 timestamp on the manifest's SHA-256\n"
     "                       from this timestamp authority (http or https; any\n"
     "                       address: the crawl's address guard does not apply);\n"
     "                       a failure is exit 1 and leaves no bundle\n"
     "  --tsa-ca FILE        PEM CA certificates the timestamp must verify against\n"
     "  --verify DIR         check a bundle: every file against the manifest, the\n"
     "                       manifest against its hash in manifest.sha256 and the\n"
     "                       笔录, no unlisted file, and with --tsa-ca the timestamp;\n"
     "                       exit 0 \"verified\", or 1 naming the first file that differs\n"
     "                       (--db, --rules, --platforms and --tsa do not apply)\n"},
    {"config", cmd_config, NULL, "check a configuration file (--config FILE)",
     "usage: wangjian config check [FILE]\n"
     "\n"
     "Read FILE, or the file --config or $WANGJIAN_CONFIG names, as every command\n"
     "would, and report its first mistake as FILE:LINE (exit 2) or that it is\n"
     "valid (exit 0).\n"},
};
#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static void top_help(FILE *out)
{
    fputs("wangjian " WANGJIAN_VERSION " — crawl online shops for trading-rule violations and\n"
          "keep case leads for market-regulation investigators (网剑).\n\n"
          "usage: wangjian COMMAND [options]\n       wangjian COMMAND --help\n\ncommands:\n", out);
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\nEvery command also takes --config FILE: its long options from an INI file\n"
          "(default $WANGJIAN_CONFIG); the command line wins.  See CONFIGURATION in\n"
          "wangjian(1).\n"
          "\nExit status: 0 success, 1 runtime failure, 2 usage error.\n"
          "See wangjian(1) for the rulebook, files and examples.\n", out);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("wangjian: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static void usage_error(const char *cmd, const char *where, const char *fmt, va_list ap)
{
    fputs("wangjian: ", stderr);
    if (where)
        fprintf(stderr, "%s: ", where);
    vfprintf(stderr, fmt, ap);
    if (cmd)
        fprintf(stderr, " (see 'wangjian %s --help')\n", cmd);
    else
        fputs(" (see 'wangjian --help')\n", stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    usage_error(cmd, NULL, fmt, ap);
    va_end(ap);
    return CLI_USAGE;
}

int cli_value_error(const char *cmd, const char *val, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    usage_error(cmd, cli_config_origin(config, val), fmt, ap);
    va_end(ap);
    return CLI_USAGE;
}

int cli_help(const char *cmd)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, cmd) == 0) {
            fputs(commands[i].usage, stdout);
            return CLI_OK;
        }
    return CLI_USAGE;
}

long cli_parse_long(const char *cmd, const char *opt, const char *val, long min, long max)
{
    char *end;
    errno = 0;
    long v = strtol(val, &end, 10);
    if (errno || end == val || *end || v < min || v > max) {
        cli_value_error(cmd, val, "%s needs a number from %ld to %ld, not '%s'", opt, min, max, val);
        return -1;
    }
    return v;
}

/* Directory of the running executable, for finding a checkout's data. */
static char *exe_dir(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = '\0';
    return strdup(buf);
}

static int is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* First existing of: flag, $env, exe/../rel (build dirs), exe/rel, installed. */
static char *data_dir(const char *flag, const char *env, const char *rel, const char *installed)
{
    if (flag)
        return strdup(flag);
    const char *e = getenv(env);
    if (e && *e)
        return strdup(e);
    char *dir = exe_dir();
    const char *ups[] = {"", "/..", "/../.."};
    for (size_t i = 0; dir && i < sizeof(ups) / sizeof(ups[0]); i++) {
        char buf[PATH_MAX];
        snprintf(buf, sizeof(buf), "%s%s/%s", dir, ups[i], rel);
        if (is_dir(buf)) {
            free(dir);
            return strdup(buf);
        }
    }
    free(dir);
    return strdup(installed);
}

char *cli_rules_dir(const char *flag)
{
    return data_dir(flag, "WANGJIAN_RULES_DIR", "rules/default", WANGJIAN_DATADIR "/rules");
}

char *cli_platforms_dir(const char *flag)
{
    return data_dir(flag, "WANGJIAN_PLATFORMS_DIR", "seeds/platforms", WANGJIAN_DATADIR "/platforms");
}

static void print_diag(void *ud, const char *file, int line, const char *msg)
{
    int *count = ud;
    (*count)++;
    fprintf(stderr, "%s:%d: %s\n", file, line, msg);
}

/* The search index's normaliser: the rules' normalisation (the store may
 * not include rules/, so it gets a function and this context).  Built once
 * per process, on first use, freed at exit. */
static rules_result search_norm_ready(void);
static rules_normaliser *search_norm;

/* The rulebook copies the t2s table of the process's normaliser (the one
 * search uses), so a command that needs both builds it once. */
rules_book *cli_load_rules(const char *dir)
{
    return cli_load_rules_opts(dir, 0);
}

rules_book *cli_load_rules_opts(const char *dir, int no_reader)
{
    rules_book *book = NULL;
    int count = 0;
    rules_load_options o = { .norm = search_norm_ready() == RULES_OK ? search_norm : NULL,
                             .no_reader = no_reader };
    rules_result r = rules_load_opts(dir, &o, print_diag, &count, &book);
    if (r != RULES_OK) {
        cli_error("cannot load the rulebook in '%s': %s%s", dir, rules_strerror(r),
                  count ? " (problems listed above; check with 'wangjian rules check DIR')" : "");
        return NULL;
    }
    return book;
}

int cli_load_profiles(const char *dir, parser_profiles **out)
{
    char err[512] = "";
    *out = NULL;
    if (!is_dir(dir))
        return CLI_OK;
    parser_result r = parser_profiles_load(dir, out, err, sizeof(err));
    if (r != PARSER_OK) {
        cli_error("cannot load platform profiles: %s", err[0] ? err : parser_strerror(r));
        return CLI_FAIL;
    }
    return CLI_OK;
}

static void free_search_norm(void)
{
    rules_normaliser_free(search_norm);
    search_norm = NULL;
}

static int apply_search_norm(void *ctx, const char *in, size_t len, char **out, size_t *out_len,
                             size_t **map)
{
    rules_result r = rules_normaliser_apply(ctx, in, len, out, out_len, map);
    return r == RULES_OK ? 0 : -1;
}

/* The process's normaliser, built on first use (RULES_OK or why not). */
static rules_result search_norm_ready(void)
{
    if (search_norm)
        return RULES_OK;
    rules_result r = rules_normaliser_new(&search_norm);
    if (r == RULES_OK)
        atexit(free_search_norm);
    return r;
}

int cli_search_normaliser(store *st)
{
    rules_result r = search_norm_ready();
    if (r != RULES_OK) {
        cli_error("cannot build the text normaliser for search: %s", rules_strerror(r));
        return CLI_FAIL;
    }
    if (store_set_normaliser(st, apply_search_norm, search_norm,
                             rules_normaliser_id(search_norm)) != STORE_OK) {
        cli_error("cannot prepare the search index: %s", store_errmsg(st));
        return CLI_FAIL;
    }
    return CLI_OK;
}

store *cli_open_store_mode(const char *path, store_mode mode)
{
    store *st = NULL;
    char err[512] = "";
    store_result r = store_open_mode(path, mode, &st, err, sizeof(err));
    if (r == STORE_ENODB)
        cli_error("%s (a crawl or an import creates one)", err);
    else if (r == STORE_EOLD)
        cli_error("%s: run 'wangjian migrate --db %s' (or any crawl) to upgrade it", err, path);
    else if (r != STORE_OK)
        cli_error("cannot open database '%s': %s", path, err[0] ? err : store_strerror(r));
    /* every write to the index uses the normaliser that search uses */
    if (r == STORE_OK && mode != STORE_OPEN_READONLY && cli_search_normaliser(st) != CLI_OK) {
        store_close(st);
        return NULL;
    }
    return r == STORE_OK ? st : NULL;
}

store *cli_open_store(const char *path)
{
    return cli_open_store_mode(path, STORE_OPEN_CREATE);
}

int cli_close_store(store *st)
{
    store_result r = store_close(st);
    if (r != STORE_OK) {
        cli_error("closing the database failed: %s", store_strerror(r));
        return CLI_FAIL;
    }
    return CLI_OK;
}

/* libuv's thread pool (parse workers) defaults to 4 threads whatever the
 * machine.  One per core is enough to keep the cores busy, and on a small
 * machine fewer pages in flight means a smaller peak RSS (2 cores: 33 -> 30
 * MB on the small bench corpus at the same CPU per page).  The pool reads
 * UV_THREADPOOL_SIZE once, when the first work is queued; a value the user
 * set wins. */
static void size_thread_pool(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    char v[16];
    if (getenv("UV_THREADPOOL_SIZE"))
        return;
    n = n < 2 ? 2 : n > 32 ? 32 : n;
    snprintf(v, sizeof(v), "%ld", n);
    setenv("UV_THREADPOOL_SIZE", v, 0);
}

/* Load the config file (--config, else $WANGJIAN_CONFIG) into config and
 * build c's argv from it: before anything else happens, so a mistake in the
 * file opens no database and takes no lock.  CLI_OK, or an exit code after
 * the message. */
static int apply_config(const cli_command *c, int *argc, char ***argv)
{
    const char *path = NULL;
    char err[1024];
    cli_config_result r = cli_config_take_arg(argc, *argv, &path, err, sizeof(err));
    if (r != CLI_CONFIG_OK)
        return cli_usage_error(c->name, "%s", err);
    const char *env = getenv("WANGJIAN_CONFIG");
    if (!path && env && *env)
        path = env;
    if (!path)
        return CLI_OK;
    r = cli_config_load(path, commands, N_COMMANDS, &config, err, sizeof(err));
    if (r != CLI_CONFIG_OK) {
        cli_error("%s", err);
        return r == CLI_CONFIG_ENOMEM ? CLI_FAIL : CLI_USAGE;
    }
    if (cli_config_argv(config, c, *argc, *argv, argc, argv) != CLI_CONFIG_OK) {
        cli_error("out of memory reading config '%s'", path);
        return CLI_FAIL;
    }
    return CLI_OK;
}

static int run_command(const cli_command *c, int argc, char **argv)
{
    int rc = apply_config(c, &argc, &argv);
    if (rc == CLI_OK && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        cli_error("cannot initialise libcurl");
        rc = CLI_FAIL;
    } else if (rc == CLI_OK) {
        rc = c->run(argc, argv);
        curl_global_cleanup();
    }
    cli_config_free(config);
    config = NULL;
    return rc;
}

/* wangjian config check [FILE]: main has already loaded and checked the
 * file --config or $WANGJIAN_CONFIG names; FILE is checked here. */
int cmd_config(int argc, char **argv)
{
    if (argc < 2 || argc > 3 || strcmp(argv[1], "check") != 0)
        return cli_usage_error("config", "expected 'check [FILE]'");
    cli_config *cfg = NULL;
    const char *path = argc == 3 ? argv[2] : cli_config_path(config);
    if (!path)
        return cli_usage_error("config", "no config file: give FILE or --config FILE, "
                               "or set WANGJIAN_CONFIG");
    if (argc == 3) {
        char err[1024];
        cli_config_result r = cli_config_load(path, commands, N_COMMANDS, &cfg, err, sizeof(err));
        if (r != CLI_CONFIG_OK) {
            cli_error("%s", err);
            return r == CLI_CONFIG_ENOMEM ? CLI_FAIL : CLI_USAGE;
        }
        cli_config_free(cfg);
    }
    fprintf(stderr, "wangjian: config '%s' is valid\n", path);
    return CLI_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        top_help(stderr);
        return CLI_USAGE;
    }
    parser_global_init();   /* before any thread pool worker parses */
    size_thread_pool();
    const char *cmd = argv[1];
    char sub[32];
    if (strcmp(cmd, "leads") == 0 && argc > 2 &&
        (strcmp(argv[2], "show") == 0 || strcmp(argv[2], "set") == 0)) {
        snprintf(sub, sizeof sub, "leads %s", argv[2]);   /* a command of its own */
        cmd = sub;
        argv++;
        argc--;
        argv[1] = sub;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        if (argc > 2 && strcmp(cmd, "help") == 0)
            return cli_help(argv[2]) == CLI_OK ? CLI_OK : cli_usage_error(NULL, "no command '%s'", argv[2]);
        top_help(stdout);
        return CLI_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("wangjian %s (%s)\n", WANGJIAN_VERSION, curl_version());
        return CLI_OK;
    }
    for (size_t i = 0; i < N_COMMANDS; i++) {
        if (strcmp(commands[i].name, cmd) != 0)
            continue;
        for (int a = 2; a < argc; a++) {
            if (strcmp(argv[a], "--") == 0)
                break;
            if (strcmp(argv[a], "--help") == 0 || strcmp(argv[a], "-h") == 0)
                return cli_help(cmd);
        }
        return run_command(&commands[i], argc - 1, argv + 1);
    }
    return cli_usage_error(NULL, "unknown command '%s'", cmd);
}
