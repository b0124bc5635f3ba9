#!/usr/bin/env python3
"""Independent re-validation of corpus4/d (written apart from gen.py/lib.py; imports neither)."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}
HOME_ONLY = {'LICENSE_MISSING', 'ICP_MISSING', 'MARK_MISSING'}
errors = []


def err(msg):
    errors.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    weights = [pow(3, i, 31) for i in range(17)]          # 1,3,9,27,19,... = 3^i mod 31
    total = 0
    for ch, w in zip(c, weights):
        total += ALPHA.index(ch) * w
    if ALPHA[-total % 31] != c[17]:
        return False
    org = c[8:17]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    t = sum(((ord(ch) - 48) if ch.isdigit() else (ord(ch) - 55)) * w for ch, w in zip(org[:8], ow))
    r = (11 - t % 11) % 11
    return org[8] == ('X' if r == 10 else str(r))


def _regno_ok2(n):
    p = 10
    for d in n[:14]:
        s = (p + int(d)) % 10 or 10
        p = 2 * s % 11
    return int(n[14]) == (11 - p) % 10


def valid(code):
    return uscc_ok(code) if len(code) == 18 else _regno_ok2(code)


def tsv(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[-1] != '':
        err(path + ': no final newline')
    for ln in lines[1:]:
        if ln:
            rows.append(ln.split('\t'))
    return lines[0], rows


def is_home(url):
    m = re.match(r'https?://([^/]+)(/[^?#]*)?', url)
    host, path = m.group(1), m.group(2) or '/'
    if host == 'mall.wangjian.test':
        return re.fullmatch(r'/shop/[A-Za-z0-9_-]+/', path) is not None
    return path in ('/', '/index.html')


def strip(text):
    text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    return re.sub(r'<[^>]+>', '', text)


reg = {}
_, rrows = tsv(os.path.join(HERE, 'registry.tsv'))
for code, name, status in rrows:
    if status not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        err('registry status ' + status)
    if not valid(code):
        err('registry code invalid ' + code)
    reg[code] = (name, status)

_, idrows = tsv(os.path.join(HERE, 'ids.tsv'))
positives = {'main': {}, 'holdout': {}}
sites = {}
for side in ('main', 'holdout'):
    base = HERE if side == 'main' else os.path.join(HERE, 'holdout')
    h1, labels = tsv(os.path.join(base, 'labels.tsv'))
    h2, notes = tsv(os.path.join(base, 'notes.tsv'))
    h3, hist = tsv(os.path.join(base, 'history.tsv'))
    if h1 != '# file\turl\tcodes' or h2 != '# file\tencoding\tbom\tnote' or h3 != '# file\turl\tdays_before':
        err(side + ': bad header')
    files = set(os.listdir(os.path.join(base, 'pages')))
    if files != {r[0] for r in labels} or files != {r[0] for r in notes}:
        err(side + ': pages/ labels.tsv notes.tsv disagree')
    hfiles = set(os.listdir(os.path.join(base, 'history')))
    if hfiles != {r[0] for r in hist}:
        err(side + ': history/ and history.tsv disagree')
    enc = {r[0]: (r[1], r[2], r[3]) for r in notes}
    url_of = {}
    for fn, url, codes in labels:
        url_of[url] = fn
        host = re.match(r'https?://([^/]+)', url).group(1)
        site = host + (url.split('/')[4] if host == 'mall.wangjian.test' and '/shop/' in url else '')
        cl = [] if codes == '-' else codes.split(',')
        if cl != sorted(cl) or not set(cl) <= CODES:
            err(fn + ': codes not sorted/known')
        for c in cl:
            positives[side][c] = positives[side].get(c, 0) + 1
        if set(cl) & HOME_ONLY and not is_home(url):
            err(fn + ': home-only code on a non-home page')
        if host == 'mall.wangjian.test' and set(cl) & {'ICP_MISSING', 'ICP_INVALID'}:
            err(fn + ': ICP code on a platform page')
        if host != 'mall.wangjian.test' and 'MARK_MISSING' in cl:
            err(fn + ': MARK_MISSING off the platform')
        e, bom, note = enc[fn]
        raw = open(os.path.join(base, 'pages', fn), 'rb').read()
        if (bom == 'yes') != raw.startswith(b'\xef\xbb\xbf'):
            err(fn + ': BOM disagrees with notes')
        if bom == 'yes':
            raw = raw[3:]
        try:
            text = raw.decode(e, errors='strict')
        except UnicodeDecodeError as x:
            err(fn + ': does not decode as ' + e + ': ' + str(x))
            continue
        if e == 'gb18030':
            try:
                text.encode('gbk')
                err(fn + ': gb18030 page has no character outside GBK')
            except UnicodeEncodeError:
                pass
        if codes != '-' and note.startswith('trap:'):
            err(fn + ': positive page with a trap note')
        if codes == '-' and not note.startswith('trap:'):
            err(fn + ': clean page without trap note')
        # the platform footer must be on every platform page
        if host == 'mall.wangjian.test' and '91330100MA27WJ011R' not in text:
            err(fn + ': platform footer missing')
        if host == 'mall.wangjian.test' and (not uscc_ok('91330100MA27WJ011R') or reg.get('91330100MA27WJ011R', ('', ''))[1] != '存续'):
            err('platform code invalid or not 存续 in registry')
        visible = strip(text)
        for s2, f2, code, intended in idrows:
            if s2 != side or f2 != fn:
                continue
            if valid(code) != (intended == 'valid'):
                err('%s: %s validity is not as intended (%s)' % (fn, code, intended))
            if code not in text and code not in visible:
                err('%s: %s not in the page' % (fn, code))
            if intended == 'invalid' and code in visible and 'LICENSE_INVALID' not in cl:
                err('%s: invalid code displayed but no LICENSE_INVALID' % fn)
            if intended == 'valid' and 'LICENSE_MISMATCH' not in cl:
                if reg.get(code, ('', ''))[1] != '存续':
                    err('%s: valid code %s on a non-mismatch page is not 存续 in registry' % (fn, code))
        if 'LICENSE_MISMATCH' in cl:
            mine = [r[2] for r in idrows if r[0] == side and r[1] == fn and r[3] == 'valid']
            why = [c for c in mine if c not in reg or reg[c][1] != '存续' or reg[c][0] not in visible]
            if not why and len(mine) < 2:
                err(fn + ': LICENSE_MISMATCH but every code is 存续 under the name shown')
        if 'LICENSE_INVALID' in cl and not any(r[1] == fn and r[3] == 'invalid' for r in idrows):
            err(fn + ': LICENSE_INVALID without an intended-invalid code')
    for hf, url, days in hist:
        if url not in url_of:
            err(hf + ': history URL not a scored page')
        if not 0 < float(days):
            err(hf + ': days_before')
    for fn, url, codes in labels:
        if 'FAKE_ORIGINAL_PRICE' in codes and not any(u == url and float(d) < 7 for _, u, d in hist):
            err(fn + ': FAKE_ORIGINAL_PRICE without a capture in the 7 days before')

for c in sorted(CODES):
    if not positives['main'].get(c) or not positives['holdout'].get(c):
        err('code %s lacks positives on a side: %s/%s' % (c, positives['main'].get(c, 0), positives['holdout'].get(c, 0)))

for e in errors:
    print('FAIL', e)
print('selfcheck: %d problem(s)' % len(errors))
for c in sorted(CODES):
    print('%-20s main %2d  holdout %2d' % (c, positives['main'].get(c, 0), positives['holdout'].get(c, 0)))
sys.exit(1 if errors else 0)
