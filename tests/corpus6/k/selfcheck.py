#!/usr/bin/env python3
"""Independent re-validation of corpus6/k (written apart from gen.py/lib.py; imports neither)."""
import os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FAIL = []
def fail(msg):
    FAIL.append(msg)

# --- check-digit arithmetic, written again from DOMAIN.md
CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
def uscc_ok(code):
    if len(code) != 18 or any(c not in CHARSET for c in code):
        return False
    total = 0
    for i in range(17):
        total += CHARSET.index(code[i]) * WEIGHTS[i]
    if CHARSET[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    vals = [int(c) if c.isdigit() else ord(c) - ord('A') + 10 for c in org[:8]]
    c = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    want = 'X' if c == 10 else ('0' if c == 11 else str(c))
    return org[8] == want

def regno_ok(code):
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10 or 10
        p = (s * 2) % 11
    return (11 - p) % 10 == int(code[14])

# --- intended validity of every licence code a page prints (hand list, kept apart from gen.py)
INTENDED = {
 '91330100MA27WJ011R': True, '9133010652601815X8': True, '91330106MA272HD157': False, '923301069083016635': True,
 '91330102712768421A': True, '92330100603137217B': True, '914403009139099647': True, '92310115190937864L': True,
 '911101055432319483': True, '91110105MAGD5QA42T': True, '91350200MAFNM21P11': True, '9131O1152199351859': False,
 '91320500497465072F': True, '91330100MAAK130J2H': True, '91350100MA33UFEF1E': True, '91440106079244023D': True,
 '924403000308246256': True, '92350200597971140Q': True, '91320500MA4P7CCX4C': True, '92330102684656325L': True,
 '91440300MAH3J9HT4N': True, '91350100281590130A': True, '9133010078666617XF': False, '91310115MAQAEJXE6E': True,
 '320508000123456': False, '91330102MA2547M73U': True, '924401066859952813': True,
 '913101152199351859': True, '91330106MA272HD15': False, '91440106MAYKLMP19T': True,
}
for code, want in INTENDED.items():
    got = uscc_ok(code) if len(code) == 18 else regno_ok(code)
    if got != want:
        fail('code %s validity %s, intended %s' % (code, got, want))

def read_tsv(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if not lines[0].startswith('# '):
        fail('%s: no header' % path)
    for ln in lines[1:]:
        if ln:
            rows.append(ln.split('\t'))
    return rows

registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, 'registry.tsv'))}
ALLCODES = ['LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
            'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
            'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR']

def text_of(doc):
    extra = ' '.join(re.findall(r'alt="([^"]*)"', doc) + re.findall(r'serial=([0-9A-Z]{18})', doc))
    doc = doc + ' ' + extra
    doc = re.sub(r'<!--.*?-->', '', doc, flags=re.S)
    doc = re.sub(r'<(script|style)\b.*?</\1>', '', doc, flags=re.S | re.I)
    doc = re.sub(r'<[^>]+>', '', doc)
    doc = unicodedata.normalize('NFKC', html.unescape(doc))
    return re.sub(r'\s+', '', doc)

seen_codes = set()
ALLTEXT = []
pos = {side: {c: 0 for c in ALLCODES} for side in ('main', 'holdout')}
stats = {'pages': 0, 'mall': 0, 'traps': 0, 'enc': {}, 'bom': 0}
hosts_side = {}
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    labels = read_tsv(os.path.join(base, 'labels.tsv'))
    notes = {r[0]: r for r in read_tsv(os.path.join(base, 'notes.tsv'))}
    files = set(os.listdir(os.path.join(base, 'pages')))
    if files != {r[0] for r in labels} or files != set(notes):
        fail('%s: pages/labels/notes disagree' % side)
    for fn, url, codes in labels:
        stats['pages'] += 1
        m = re.match(r'http://([^/]+)(/.*)$', url)
        host, path = m.group(1), m.group(2)
        site = host
        if host == 'mall.wangjian.test':
            stats['mall'] += 1
            im = re.match(r'/(?:shop|item)/([A-Za-z0-9]+)', path)
            site = 'shop:' + im.group(1)
        home = path in ('/', '/index.html') or re.match(r'/shop/[A-Za-z0-9_-]+/$', path)
        cl = [] if codes == '-' else codes.split(',')
        if cl != sorted(cl) or any(c not in ALLCODES for c in cl):
            fail('%s: bad code list %s' % (fn, codes))
        for c in cl:
            pos[side][c] += 1
            if c in ('LICENSE_MISSING', 'ICP_MISSING', 'MARK_MISSING') and not home:
                fail('%s: home-only code on non-home page' % fn)
            if c.startswith('ICP_') and host == 'mall.wangjian.test':
                fail('%s: ICP code on platform page' % fn)
        if site.startswith('shop:'):
            hosts_side.setdefault(site, set()).add(side)
        elif host != 'mall.wangjian.test':
            hosts_side.setdefault(host, set()).add(side)
        n = notes[fn]
        enc, bom, note = n[1], n[2], n[3]
        if note.startswith('trap:'):
            stats['traps'] += 1
            if codes != '-':
                fail('%s: trap with codes' % fn)
        stats['enc'][enc] = stats['enc'].get(enc, 0) + 1
        data = open(os.path.join(base, 'pages', fn), 'rb').read()
        if (bom == 'yes') != data.startswith(b'\xef\xbb\xbf'):
            fail('%s: BOM column wrong' % fn)
        if bom == 'yes':
            stats['bom'] += 1
            data = data[3:]
        try:
            doc = data.decode(enc, errors='strict')
        except UnicodeDecodeError as e:
            fail('%s: does not decode as %s: %s' % (fn, enc, e)); continue
        if enc == 'gb18030':
            try:
                doc.encode('gbk')
                fail('%s: gb18030 page has no character outside GBK' % fn)
            except UnicodeEncodeError:
                pass
        for c in cl:
            if c not in note:
                fail('%s: note does not cite %s' % (fn, c))
        txt = text_of(doc)
        ALLTEXT.append(txt)
        found = set(re.findall(r'(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])', txt)) | set(re.findall(r'(?<![0-9])[0-9]{15}(?![0-9])', txt))
        for code in found:
            if code not in INTENDED:
                fail('%s: code-like %s not in intended list' % (fn, code)); continue
            seen_codes.add(code)
            if INTENDED[code] and 'LICENSE_MISMATCH' not in cl:
                if registry.get(code, ('', ''))[1] != '存续':
                    fail('%s: valid code %s not 存续 in registry' % (fn, code))
    # history
    for fn, url, days in read_tsv(os.path.join(base, 'history.tsv')):
        if not os.path.exists(os.path.join(base, 'history', fn)):
            fail('history file missing ' + fn)
        float(days)
        if url not in {r[1] for r in labels}:
            fail('history url not scored: ' + url)
    hfiles = set(os.listdir(os.path.join(base, 'history'))) if os.path.isdir(os.path.join(base, 'history')) else set()
    if hfiles != {r[0] for r in read_tsv(os.path.join(base, 'history.tsv'))}:
        fail('%s: history files and history.tsv disagree' % side)

for code in INTENDED:
    if code not in seen_codes and not any(code in t for t in ALLTEXT):
        fail('intended code %s never printed' % code)
for site, sides in hosts_side.items():
    if len(sides) > 1:
        fail('site %s split across sides' % site)
for c in ALLCODES:
    if pos['main'][c] < 1 or pos['holdout'][c] < 1 or pos['main'][c] + pos['holdout'][c] < 4:
        fail('%s: positives main %d holdout %d' % (c, pos['main'][c], pos['holdout'][c]))

print('pages %d (mall %d), traps %d, bom %d, encodings %s' % (stats['pages'], stats['mall'], stats['traps'], stats['bom'], stats['enc']))
for c in ALLCODES:
    print('%-20s main %2d holdout %2d' % (c, pos['main'][c], pos['holdout'][c]))
for f in FAIL:
    print('FAIL', f)
sys.exit(1 if FAIL else 0)
