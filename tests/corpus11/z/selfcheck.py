#!/usr/bin/env python3
"""Independent re-validation of the corpus (written separately from gen.py/lib.py).
Exit 1 on any failure."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # only for the intended-validity table CODES (hand-written there)

RULES = ['LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID',
         'MARK_MISSING', 'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM',
         'FAKE_ORIGINAL_PRICE', 'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR']
ENCODINGS = {'utf-8', 'gbk', 'gb18030', 'big5'}
failures = []


def fail(msg):
    failures.append(msg)


# ---- check digits, written again from the standards' descriptions
CS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
WTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def org_ok(org9):
    vals = []
    for ch in org9[:8]:
        if '0' <= ch <= '9':
            vals.append(ord(ch) - 48)
        elif 'A' <= ch <= 'Z':
            vals.append(ord(ch) - 55)
        else:
            return False
    total = 0
    for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2)):
        total += v * w
    r = 11 - total % 11
    want = {10: 'X', 11: '0'}.get(r, str(r))
    return org9[8] == want


def uscc_ok(code):
    if len(code) != 18 or any(c not in CS for c in code):
        return False
    total = 0
    for i in range(17):
        total += CS.find(code[i]) * WTS[i]
    if CS[(31 - total % 31) % 31] != code[17]:
        return False
    return org_ok(code[8:17])


def regno_ok(code):
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for ch in code[:14]:
        s = (p + int(ch)) % 10 or 10
        p = s * 2 % 11
    return (p + int(code[14])) % 10 == 1


for code, want in gen.CODES.items():
    got = uscc_ok(code) if len(code) == 18 else regno_ok(code)
    if got != want:
        fail('code %s: validity %s, intended %s' % (code, got, want))

# ---- registry
registry = {}
with open(os.path.join(HERE, 'registry.tsv'), encoding='utf-8') as f:
    lines = f.read().split('\n')
if lines[0] != '# code\tname\tstatus':
    fail('registry header')
for ln in lines[1:]:
    if not ln:
        continue
    c, n, st = ln.split('\t')
    if st not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status %s' % st)
    if not uscc_ok(c):
        fail('registry holds invalid code %s' % c)
    registry[c] = (n, st)


def read_tsv(path, header):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    rows = text.split('\n')
    if rows[0] != header:
        fail('%s: header' % path)
    if text and not text.endswith('\n'):
        fail('%s: no final newline' % path)
    return [r.split('\t') for r in rows[1:] if r]


HIDDEN = re.compile(r'<(script|style)\b.*?</\1>|<!--.*?-->|<(\w+)[^>]*(display\s*:\s*none|\shidden\b|visibility\s*:\s*hidden)[^>]*>.*?</\2>',
                    re.S | re.I)


def visible(html):
    t = HIDDEN.sub(' ', html)
    return t



def _enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


USCC_RE = re.compile(r'(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])')
REG_RE = re.compile(r'(?<!\d)\d{15}(?!\d)')

positives = {'main': {}, 'holdout': {}}
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    labels = read_tsv(os.path.join(base, 'labels.tsv'), '# file\turl\tcodes')
    notes = read_tsv(os.path.join(base, 'notes.tsv'), '# file\tencoding\tbom\tnote')
    hist = read_tsv(os.path.join(base, 'history.tsv'), '# file\turl\tdays_before')
    pages = sorted(os.listdir(os.path.join(base, 'pages')))
    if sorted(r[0] for r in labels) != pages:
        fail('%s: labels.tsv and pages/ differ' % side)
    if sorted(r[0] for r in notes) != pages:
        fail('%s: notes.tsv and pages/ differ' % side)
    hfiles = sorted(os.listdir(os.path.join(base, 'history')))
    if sorted(r[0] for r in hist) != hfiles:
        fail('%s: history.tsv and history/ differ' % side)
    urls = {r[1] for r in labels}
    for r in hist:
        if r[1] not in urls:
            fail('%s: history url %s has no page' % (side, r[1]))
        try:
            if float(r[2]) <= 0:
                fail('history days %s' % r[2])
        except ValueError:
            fail('history days %s' % r[2])
    note = {r[0]: r for r in notes}
    for fn, url, codes in labels:
        if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.html', fn):
            fail('file name %s' % fn)
        if codes != '-':
            cl = codes.split(',')
            if cl != sorted(cl) or len(set(cl)) != len(cl) or any(c not in RULES for c in cl):
                fail('%s: bad codes %s' % (fn, codes))
            for c in cl:
                positives[side][c] = positives[side].get(c, 0) + 1
        else:
            cl = []
        _, enc, bom, nt = note[fn]
        if enc not in ENCODINGS:
            fail('%s: encoding %s' % (fn, enc))
        if codes == '-' and not nt.startswith('trap:'):
            fail('%s: unlabelled page whose note is not a trap note' % fn)
        for c in cl:
            if c not in nt:
                fail('%s: note does not mention %s' % (fn, c))
        with open(os.path.join(base, 'pages', fn), 'rb') as f:
            raw = f.read()
        has_bom = raw.startswith(b'\xef\xbb\xbf')
        if has_bom != (bom == 'yes'):
            fail('%s: bom mismatch' % fn)
        try:
            text = (raw[3:] if has_bom else raw).decode(enc, errors='strict')
        except UnicodeDecodeError as e:
            fail('%s: does not decode as %s: %s' % (fn, enc, e))
            continue
        if enc == 'gb18030':
            if all(_enc_ok(ch, 'gbk') for ch in text):
                fail('%s: gb18030 page has no character outside GBK' % fn)
        m = re.search(r'<meta charset="([^"]+)"', text)
        declared = m.group(1).lower() if m else None
        if declared != enc and 'charset meta' not in nt:
            fail('%s: meta %s differs from %s and the note does not say so' % (fn, declared, enc))
        vis = visible(text)
        home = re.match(r'^http://[^/]+/(index\.html)?$', url) or re.match(r'^http://mall\.wangjian\.test/shop/[A-Za-z0-9_-]+/$', url)
        for c in ('LICENSE_MISSING', 'ICP_MISSING', 'MARK_MISSING'):
            if c in cl and not home:
                fail('%s: home-only code %s on a non-home page' % (fn, c))
        shown = USCC_RE.findall(vis) + REG_RE.findall(vis)
        serials = re.findall(r'serial=([0-9A-Z]{18})-', vis)
        invalid_seen = False
        for code in shown + serials:
            ok = uscc_ok(code) if len(code) == 18 else regno_ok(code)
            if not ok:
                if code not in gen.CODES:
                    continue  # an 18-char token that is not meant as a code
                invalid_seen = True
                continue
            if 'LICENSE_MISMATCH' not in cl:
                if code not in registry or registry[code][1] != '存续':
                    fail('%s: valid code %s not in registry as 存续' % (fn, code))
        if invalid_seen != ('LICENSE_INVALID' in cl):
            fail('%s: invalid code shown=%s but label says %s' % (fn, invalid_seen, codes))
        if url.startswith('http://mall.wangjian.test/shop/'):
            has_mark = re.search(r'class="[^"]*\bmall-mark\b', vis) is not None
            if has_mark == ('MARK_MISSING' in cl):
                fail('%s: mall-mark present=%s vs label' % (fn, has_mark))
        if url.startswith('http://mall.wangjian.test/') and '91330100MA27WJ011R' not in text:
            fail('%s: platform footer missing' % fn)



for c in RULES:
    for side in ('main', 'holdout'):
        if positives[side].get(c, 0) < 1:
            fail('%s has no positive page in %s' % (c, side))
    if positives['main'].get(c, 0) + positives['holdout'].get(c, 0) < 3:
        fail('%s has fewer than 3 positive pages' % c)

if failures:
    print('\n'.join('FAIL: ' + x for x in failures))
    sys.exit(1)
print('selfcheck ok: %d main positives, %d holdout positives' % (
    sum(positives['main'].values()), sum(positives['holdout'].values())))
