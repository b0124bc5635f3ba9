#!/usr/bin/env python3
"""Independent re-validation of corpus10/u (written separately from gen.py/lib.py; imports neither)."""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}
errors = []

def err(msg):
    errors.append(msg)

# ---- check characters, written from the standards' descriptions ----
CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

def gb11714_ok(nine):
    total = 0
    for ch, w in zip(nine[:8], (3, 7, 9, 10, 5, 8, 4, 2)):
        if ch.isdigit():
            v = int(ch)
        elif 'A' <= ch <= 'Z':
            v = ord(ch) - ord('A') + 10
        else:
            return False
        total += v * w
    r = 11 - total % 11
    want = {10: 'X', 11: '0'}.get(r, str(r))
    return nine[8] == want

def uscc_ok(code):
    if len(code) != 18 or any(c not in CHARSET for c in code):
        return False
    total = 0
    for i in range(17):
        total += CHARSET.index(code[i]) * WEIGHTS[i]
    if CHARSET[(31 - total % 31) % 31] != code[17]:
        return False
    return gb11714_ok(code[8:17])

def regno_ok(code):
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(code[14])

# ---- visible text ----
def visible_text(html):
    t = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', html)
    t = re.sub(r'(?s)<!--.*?-->', ' ', t)
    # drop elements hidden inline or by attribute (innermost-first, simple nesting)
    for _ in range(5):
        t2 = re.sub(r'(?is)<(\w+)\b[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|\shidden(?:\s|>|=))[^>]*>(?:(?!<\1\b).)*?</\1>', ' ', t)
        if t2 == t:
            break
        t = t2
    t = re.sub(r'<[^>]+>', ' ', t)
    t = t.replace('&nbsp;', ' ').replace('&amp;', '&')
    return unicodedata.normalize('NFKC', t)

CODE18 = re.compile(r'(?<![0-9A-Za-z])([0-9A-Z]{18})(?![0-9A-Za-z])')
CODE15 = re.compile(r'(?<![0-9])([0-9]{15})(?![0-9])')

def read_tsv(path, ncols):
    rows = []
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines[-1] != '':
        err('%s: no final newline' % path)
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split('\t')
        if len(cols) != ncols:
            err('%s: bad row %r' % (path, ln))
            continue
        rows.append(cols)
    return lines[0], rows

hdr, reg_rows = read_tsv(os.path.join(HERE, 'registry.tsv'), 3)
if hdr != '# code\tname\tstatus':
    err('registry header')
REG = {}
for code, name, st in reg_rows:
    if st not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        err('registry status %s' % st)
    if not (uscc_ok(code) or regno_ok(code)):
        err('registry code invalid: %s' % code)
    REG[code] = (name, st)

ENC = {'utf-8': 'utf-8', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5'}
positives = {'main': {}, 'hold': {}}
enc_count = {}
meta_off = 0
traps = 0
for side, base in (('main', HERE), ('hold', os.path.join(HERE, 'holdout'))):
    h, labels = read_tsv(os.path.join(base, 'labels.tsv'), 3)
    if h != '# file\turl\tcodes':
        err('labels header ' + base)
    h, notes = read_tsv(os.path.join(base, 'notes.tsv'), 4)
    if h != '# file\tencoding\tbom\tnote':
        err('notes header ' + base)
    files = sorted(os.listdir(os.path.join(base, 'pages')))
    if sorted(r[0] for r in labels) != files or sorted(r[0] for r in notes) != files:
        err('%s: labels/notes do not list exactly the page files' % base)
    note_of = {r[0]: r for r in notes}
    for f, url, codes in labels:
        if not re.match(r'^\d{3}-[a-z0-9-]+\.html$', f):
            err('file name %s' % f)
        if not url.startswith('http://') or '.test' not in url:
            err('url %s' % url)
        cl = [] if codes == '-' else codes.split(',')
        if cl != sorted(set(cl)) or any(c not in CODES for c in cl):
            err('%s: codes %s' % (f, codes))
        for c in cl:
            positives[side][c] = positives[side].get(c, 0) + 1
        _, enc, bom, note = note_of.get(f, (f, '?', '?', ''))
        if enc not in ENC:
            err('%s: encoding %s' % (f, enc)); continue
        enc_count[enc] = enc_count.get(enc, 0) + 1
        raw = open(os.path.join(base, 'pages', f), 'rb').read()
        has_bom = raw.startswith(b'\xef\xbb\xbf')
        if has_bom != (bom == 'yes'):
            err('%s: bom flag' % f)
        if has_bom:
            enc_count['bom'] = enc_count.get('bom', 0) + 1
            raw = raw[3:]
        try:
            text = raw.decode(ENC[enc], errors='strict')
        except UnicodeDecodeError as e:
            err('%s: does not decode as %s: %s' % (f, enc, e)); continue
        if enc == 'gb18030':
            try:
                text.encode('gbk')
                err('%s: gb18030 page has no character outside GBK' % f)
            except UnicodeEncodeError:
                pass
        m = re.search(r'<meta[^>]*charset\s*=\s*"?([A-Za-z0-9_-]+)', text, re.I)
        meta = m.group(1).lower() if m else None
        if meta != enc:
            meta_off += 1
            if 'meta' not in note.split('.')[-2] + note[-120:]:
                err('%s: charset meta %s differs from %s but the note does not say so at its end' % (f, meta, enc))
        if codes == '-' and note.startswith('trap:'):
            traps += 1
        if cl and not all(c in note for c in cl):
            err('%s: note does not name every code' % f)
        vis = visible_text(text)
        found18 = CODE18.findall(vis)
        found15 = CODE15.findall(vis)
        bad = [c for c in found18 if not uscc_ok(c)] + [c for c in found15 if not regno_ok(c)]
        good = [c for c in found18 if uscc_ok(c)] + [c for c in found15 if regno_ok(c)]
        if ('LICENSE_INVALID' in cl) != bool(bad):
            err('%s: invalid codes %s vs label %s' % (f, bad, codes))
        if 'LICENSE_MISMATCH' not in cl:
            for c in good:
                if REG.get(c, ('', ''))[1] != '存续':
                    err('%s: valid code %s not 存续 in registry' % (f, c))
        else:
            if all(REG.get(c, ('', ''))[1] == '存续' for c in good) and 'zzlz.gsxt.gov.cn' not in text:
                err('%s: MISMATCH page without a registry reason' % f)
    h, hist = read_tsv(os.path.join(base, 'history.tsv'), 3)
    hfiles = sorted(os.listdir(os.path.join(base, 'history')))
    if sorted(r[0] for r in hist) != hfiles:
        err('%s: history.tsv does not list exactly history/' % base)
    urls = {u for _, u, _ in labels}
    for f, u, d in hist:
        float(d)
        if u not in urls:
            err('history %s: url not a page url' % f)

for c in sorted(CODES):
    m, h = positives['main'].get(c, 0), positives['hold'].get(c, 0)
    if m < 1 or h < 1 or m + h < 3:
        err('code %s: main %d holdout %d' % (c, m, h))

# hosts/sites must not straddle the split
def site(u):
    mm = re.match(r'http://mall\.wangjian\.test/(shop|item)/([A-Za-z0-9_]+)', u)
    if mm:
        return 'mall:' + mm.group(2).split('-')[0]
    return u.split('/')[2]
sides = {}
for side, base in (('main', HERE), ('hold', os.path.join(HERE, 'holdout'))):
    for f, u, _ in read_tsv(os.path.join(base, 'labels.tsv'), 3)[1]:
        sides.setdefault(site(u), set()).add(side)
for s, v in sides.items():
    if len(v) > 1:
        err('site %s on both sides' % s)

print('positives main:', dict(sorted(positives['main'].items())))
print('positives hold:', dict(sorted(positives['hold'].items())))
print('encodings:', enc_count, 'meta wrong/missing:', meta_off, 'traps:', traps, 'sites:', len(sides))
for e in errors:
    print('FAIL', e)
sys.exit(1 if errors else 0)
