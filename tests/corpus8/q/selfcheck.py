#!/usr/bin/env python3
"""Independent re-validation of the corpus (does not use lib.py's arithmetic).
Exit 1 on any failure."""
import os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # only for the hand-written company table (intended validity) and the site list

FAIL = []
def fail(msg): FAIL.append(msg)

CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}

# ---- check-digit arithmetic, written again from GB 32100-2015 / GB 11714 / GB/T 17710 ----
CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
def uscc_ok(code):
    if len(code) != 18 or any(c not in CHARSET for c in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]          # 3^i mod 31 gives 1,3,9,27,19,26,16,...
    total = sum(CHARSET.index(c) * w for c, w in zip(code, weights))
    if CHARSET[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    vals = [int(c, 36) for c in org[:8]]
    s = sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2)))
    r = 11 - s % 11
    want = {10: 'X', 11: '0'}.get(r, str(r))
    return org[8] == want

def regno_ok(num):
    if len(num) != 15 or not num.isdigit():
        return False
    p = 10
    for d in num[:14]:
        s = (p + int(d)) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return (p + int(num[14])) % 10 == 1   # ISO 7064 MOD 11,10: (p + check) mod 10 == 1

def code_ok(c):
    return regno_ok(c) if len(c) == 15 else uscc_ok(c)

# 1. companies: every code against its intended validity
for key, (name, code, intended) in gen.CO.items():
    if code_ok(code) != intended:
        fail('company %s: code %s validity %s, intended %s' % (key, code, code_ok(code), intended))

# registry
reg = {}
for line in open(os.path.join(HERE, 'registry.tsv'), encoding='utf-8'):
    if line.startswith('#'):
        continue
    code, name, status = line.rstrip('\n').split('\t')
    if status not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status %s' % status)
    if not code_ok(code):
        fail('registry code %s fails its check' % code)
    reg[code] = (name, status)

def read_tsv(path, ncol):
    rows = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[-1] != '':
        fail('%s: no final newline' % path)
    if not lines[0].startswith('# '):
        fail('%s: no header' % path)
    for ln in lines[1:-1]:
        r = ln.split('\t')
        if len(r) != ncol:
            fail('%s: bad row %r' % (path, ln))
        rows.append(r)
    return rows

USCC_RE = re.compile(r'(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])')
REGNO_RE = re.compile(r'(?<![0-9])[0-9]{15}(?![0-9])')
BOM = b'\xef\xbb\xbf'

positives = {'main': collections.Counter(), 'holdout': collections.Counter()}
enc_count = collections.Counter()
traps = 0
side_of_site = {}
all_urls = {}
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    labels = read_tsv(os.path.join(base, 'labels.tsv'), 3)
    notes = read_tsv(os.path.join(base, 'notes.tsv'), 4)
    hist = read_tsv(os.path.join(base, 'history.tsv'), 3)
    if [r[0] for r in labels] != [r[0] for r in notes]:
        fail('%s: labels and notes list different files' % side)
    listed = {r[0] for r in labels}
    present = set(os.listdir(os.path.join(base, 'pages')))
    if listed != present:
        fail('%s: pages/ and labels.tsv differ: %s' % (side, sorted(listed ^ present)))
    hlisted = {r[0] for r in hist}
    hpresent = set(os.listdir(os.path.join(base, 'history')))
    if hlisted != hpresent:
        fail('%s: history/ and history.tsv differ: %s' % (side, sorted(hlisted ^ hpresent)))
    urls = {r[1]: r[0] for r in labels}
    for h in hist:
        if h[1] not in urls:
            fail('%s: history %s for an unscored URL' % (side, h[0]))
        if float(h[2]) <= 0:
            fail('%s: history %s days_before not positive' % (side, h[0]))
    note_of = {r[0]: r for r in notes}
    for fname, url, codes in labels:
        if url in all_urls:
            fail('url twice: %s' % url)
        all_urls[url] = side
        cl = [] if codes == '-' else codes.split(',')
        if codes != '-' and (cl != sorted(set(cl)) or not set(cl) <= CODES):
            fail('%s: bad codes %s' % (fname, codes))
        for c in cl:
            positives[side][c] += 1
        _, enc, bom, note = note_of[fname]
        if note.startswith('trap:'):
            traps += 1
        for c in cl:
            if c not in note:
                fail('%s: note does not mention %s' % (fname, c))
        for path in [os.path.join(base, 'pages', fname)] + [os.path.join(base, 'history', h[0]) for h in hist if h[1] == url]:
            raw = open(path, 'rb').read()
            if (bom == 'yes') != raw.startswith(BOM):
                fail('%s: BOM state differs from notes' % path)
            if raw.startswith(BOM):
                raw = raw[3:]
            try:
                text = raw.decode(enc, 'strict')
            except UnicodeDecodeError as e:
                fail('%s: does not decode as %s: %s' % (path, enc, e)); continue
            if enc == 'gb18030':
                try:
                    raw.decode('gbk', 'strict')
                    fail('%s: stated gb18030 but has no character outside GBK' % path)
                except UnicodeDecodeError:
                    pass
            m = re.search(r'<meta charset="([^"]+)">', text)
            declared = m.group(1) if m else None
            if declared != enc and 'meta' not in note:
                fail('%s: meta charset %s differs from %s and the note does not say so' % (path, declared, enc))
        enc_count[(enc, bom)] += 1
        # codes shown on the page
        raw = open(os.path.join(base, 'pages', fname), 'rb').read()
        text = raw[3:].decode(enc) if raw.startswith(BOM) else raw.decode(enc)
        text = unicodedata.normalize('NFKC', text)
        found = USCC_RE.findall(text) + [m for m in REGNO_RE.findall(text)]
        bad = [c for c in found if not code_ok(c)]
        good = [c for c in found if code_ok(c)]
        if bad and 'LICENSE_INVALID' not in cl:
            fail('%s: invalid code %s shown but not labelled LICENSE_INVALID' % (fname, bad))
        if 'LICENSE_INVALID' in cl and not bad:
            fail('%s: labelled LICENSE_INVALID but shows no failing code' % fname)
        if 'LICENSE_MISMATCH' not in cl:
            for c in good:
                if reg.get(c, (None, None))[1] != '存续':
                    fail('%s: valid code %s not in registry as 存续' % (fname, c))

# split by site, from the hand-written site list
for site in gen.SITES:
    key = site['host'] + (('/shop/' + site['shop']) if site.get('shop') else '')
    sides = {all_urls.get('http://%s%s' % (site['host'], p['path'])) for p in site['pages']}
    if len(sides) != 1:
        fail('site %s split across sides' % key)
    if key in side_of_site:
        fail('site %s defined twice' % key)
    side_of_site[key] = sides.pop()
# platform item ids must carry no other shop's page on the other side: checked by the site list above

for c in sorted(CODES):
    m, h = positives['main'][c], positives['holdout'][c]
    if m < 1 or h < 1:
        fail('%s: positives main %d holdout %d (need both sides)' % (c, m, h))
    if m + h < 4:
        fail('%s: only %d positive pages' % (c, m + h))

if FAIL:
    print('\n'.join(FAIL)); sys.exit(1)
n_main = sum(1 for s in side_of_site.values() if s == 'main')
print('ok: %d pages (%d main, %d holdout), %d sites (%d main), %d traps' % (
    len(all_urls), sum(1 for v in all_urls.values() if v == 'main'), sum(1 for v in all_urls.values() if v == 'holdout'),
    len(side_of_site), n_main, traps))
for c in sorted(CODES):
    print('  %-20s main %2d  holdout %2d' % (c, positives['main'][c], positives['holdout'][c]))
print('  encodings:', dict(enc_count))
