#!/usr/bin/env python3
"""Independent re-validation of corpus5/g (written apart from gen.py/lib.py). Exit 1 on any failure."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID',
         'MARK_MISSING', 'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM',
         'FAKE_ORIGINAL_PRICE', 'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
fails = []

def fail(m):
    fails.append(m)

def uscc_ok(c):
    wts = [pow(3, i, 31) for i in range(17)]  # 1,3,9,27,19,... = 3^i mod 31
    if any(ch not in ALPHA for ch in c):
        return False
    t = sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], wts))
    if ALPHA[(31 - t % 31) % 31] != c[17]:
        return False
    o = c[8:17]
    def val(ch):
        return ALPHA.index(ch) if ch.isdigit() else ord(ch) - ord('A') + 10
    try:
        t2 = sum(val(ch) * w for ch, w in zip(o[:8], (3, 7, 9, 10, 5, 8, 4, 2)))
    except ValueError:
        return False
    r = 11 - t2 % 11
    exp = {10: 'X', 11: '0'}.get(r, str(r))
    return o[8] == exp

def reg_ok(c):
    p = 10
    for d in c[:14]:
        s = (p + int(d)) % 10
        if s == 0:
            s = 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(c[14])

def read_tsv(p):
    rows = []
    with open(p, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[-1] == '':
        lines.pop()
    return lines[0], [l.split('\t') for l in lines[1:]]

reg = {}
h, rows = read_tsv(os.path.join(HERE, 'registry.tsv'))
if h != '# code\tname\tstatus':
    fail('registry header')
for r in rows:
    reg[r[0]] = (r[1], r[2])
    if r[2] not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status ' + r[2])

USCC_RE = re.compile(r'(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])')
REG_RE = re.compile(r'(?<![0-9])[0-9]{15}(?![0-9])')
pos = {'main': {}, 'holdout': {}}
npages = 0
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    h, labs = read_tsv(os.path.join(base, 'labels.tsv'))
    if h != '# file\turl\tcodes':
        fail(side + ' labels header')
    h2, notes = read_tsv(os.path.join(base, 'notes.tsv'))
    if h2 != '# file\tencoding\tbom\tnote':
        fail(side + ' notes header')
    nmap = {r[0]: r for r in notes}
    listed = set()
    for fn, url, codes in labs:
        npages += 1
        listed.add(fn)
        if fn not in nmap:
            fail('no note ' + fn); continue
        _, enc, bom, note = nmap[fn]
        raw = open(os.path.join(base, fn), 'rb').read()
        if (bom == 'yes') != raw.startswith(b'\xef\xbb\xbf'):
            fail('bom ' + fn)
        if bom == 'yes':
            raw = raw[3:]
        try:
            text = raw.decode(enc, errors='strict')
        except UnicodeDecodeError as e:
            fail('decode %s %s' % (fn, e)); continue
        cl = [] if codes == '-' else codes.split(',')
        if cl != sorted(cl) or not set(cl) <= CODES or len(set(cl)) != len(cl):
            fail('codes ' + fn)
        if codes == '-' and not note.startswith('trap:') and 'clean' not in note:
            pass
        for c in cl:
            pos[side][c] = pos[side].get(c, 0) + 1
            if c not in note:
                fail('note lacks %s: %s' % (c, fn))
        found = [(c, uscc_ok(c)) for c in USCC_RE.findall(text) if c[:2] in ('91', '92', '93')]
        found += [(c, reg_ok(c)) for c in REG_RE.findall(text)]
        anybad = any(not ok for _, ok in found)
        if anybad != ('LICENSE_INVALID' in cl):
            fail('validity vs label %s %s' % (fn, found))
        if 'LICENSE_MISMATCH' not in cl:
            for c, ok in found:
                if ok and (c not in reg or reg[c][1] != '存续'):
                    fail('valid code %s on %s not 存续 in registry' % (c, fn))
    on_disk = set('pages/' + f for f in os.listdir(os.path.join(base, 'pages')))
    if on_disk != listed or set(nmap) != listed:
        fail(side + ' pages/labels/notes differ')
    h, hist = read_tsv(os.path.join(base, 'history.tsv'))
    hfiles = set('history/' + f for f in os.listdir(os.path.join(base, 'history')))
    if set(r[0] for r in hist) != hfiles:
        fail(side + ' history files differ')
    urls = set(r[1] for r in labs)
    for r in hist:
        float(r[2])
        if r[1] not in urls:
            fail('history url not scored ' + r[1])
for c in sorted(CODES):
    m, ho = pos['main'].get(c, 0), pos['holdout'].get(c, 0)
    if m < 1 or ho < 1 or m + ho < 4:
        fail('positives %s main=%d holdout=%d' % (c, m, ho))
if fails:
    print('\n'.join(fails))
    sys.exit(1)
print('selfcheck ok: %d pages' % npages)
