#!/usr/bin/env python3
"""Independent re-validation of corpus12/a (does not import gen.py or lib.py). Exit 1 on any failure."""
import os, re, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}
# written by hand: the codes this corpus displays on purpose with a wrong check character
INTENDED_INVALID = {'91440104MA5FT3K89W', '91450103MA5L2P7D5T', '91451081MA5N3G1W5Q', '640521000456789'}
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
fails = []


def fail(msg):
    fails.append(msg)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c):
        return False
    w = [pow(3, i, 31) for i in range(17)]            # 1,3,9,27,19,... = 3^i mod 31
    total = sum(ALPHA.index(ch) * wi for ch, wi in zip(c[:17], w))
    if ALPHA[(31 - total % 31) % 31] != c[17]:
        return False
    org = c[8:17]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - ord('A') + 10
    r = 11 - sum(v(ch) * x for ch, x in zip(org[:8], ow)) % 11
    return org[8] == {10: 'X', 11: '0'}.get(r, str(r))


def regno_ok(c):
    if not re.fullmatch(r'\d{15}', c):
        return False
    p = 10
    for d in c[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(c[14])) % 10 == 1


def visible_text(doc):
    doc = re.sub(r'(?is)<!--.*?-->', ' ', doc)
    doc = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', doc)
    doc = re.sub(r'(?is)<(\w+)[^>]*(style="[^"]*(display:\s*none|visibility:\s*hidden)[^"]*"|\shidden[\s>])[^>]*>.*?</\1>', ' ', doc)
    doc = re.sub(r'(?s)<[^>]+>', '', doc)
    return html.unescape(doc)


def read_tsv(path, ncol):
    rows = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if not lines[0].startswith('# '):
        fail('%s: no header' % path)
    for ln in lines[1:]:
        if not ln:
            continue
        parts = ln.split('\t')
        if len(parts) != ncol:
            fail('%s: bad row %r' % (path, ln[:60])); continue
        rows.append(parts)
    return rows


registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, 'registry.tsv'), 3)}
for code, (name, st) in registry.items():
    if st not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status %s' % st)
    if not (uscc_ok(code) or regno_ok(code)):
        fail('registry code invalid %s' % code)

pos = {'main': {}, 'holdout': {}}
sites = {'main': set(), 'holdout': set()}
enc_count, traps, total = {}, 0, 0
meta_bad = 0
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    labels = read_tsv(os.path.join(base, 'labels.tsv'), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, 'notes.tsv'), 4)}
    files = sorted(os.listdir(os.path.join(base, 'pages')))
    if sorted(r[0] for r in labels) != files:
        fail('%s: labels.tsv does not match pages/' % side)
    if sorted(notes) != files:
        fail('%s: notes.tsv does not match pages/' % side)
    urls = {}
    for fn, url, codes in labels:
        total += 1
        urls[url] = fn
        if codes != '-':
            cl = codes.split(',')
            if cl != sorted(set(cl)) or not set(cl) <= CODES:
                fail('%s: bad codes %s' % (fn, codes))
            for c in cl:
                pos[side][c] = pos[side].get(c, 0) + 1
        _, enc, bom, note = notes.get(fn, (fn, '?', '?', ''))
        if (codes == '-') != note.startswith('trap:'):
            fail('%s: trap note / label disagree' % fn)
        traps += codes == '-'
        raw = open(os.path.join(base, 'pages', fn), 'rb').read()
        has_bom = raw.startswith(b'\xef\xbb\xbf')
        if has_bom != (bom == 'yes'):
            fail('%s: BOM column wrong' % fn)
        body = raw[3:] if has_bom else raw
        try:
            doc = body.decode(enc, errors='strict')
        except (UnicodeDecodeError, LookupError) as e:
            fail('%s: does not decode as %s: %s' % (fn, enc, e)); continue
        key = enc + ('+bom' if has_bom else '')
        enc_count[key] = enc_count.get(key, 0) + 1
        if enc == 'gb18030':
            try:
                body.decode('gbk')
                fail('%s: gb18030 page has no character outside GBK' % fn)
            except UnicodeDecodeError:
                pass
        m = re.search(r'charset=["\']?([\w-]+)', doc)
        declared = m.group(1).lower() if m else None
        same = {'gbk': {'gbk', 'gb2312', 'gb18030'}, 'gb18030': {'gb18030', 'gbk', 'gb2312'},
                'utf-8': {'utf-8'}, 'big5': {'big5'}}[enc]
        if declared not in same:
            meta_bad += 1
            if 'meta' not in note[-100:].lower():
                fail('%s: wrong/missing charset meta not stated at end of note' % fn)
        # site identity
        host = re.match(r'https?://([^/]+)/', url).group(1)
        if host == 'mall.wangjian.test':
            ms = re.search(r'data-shop="([^"]+)"', doc)
            site = 'mall:' + (ms.group(1) if ms else '?')
            if '/shop/' in url and site != 'mall:' + url.split('/shop/')[1].strip('/'):
                fail('%s: shop id disagrees' % fn)
        else:
            site = host
        sites[side].add(site)
        # licence codes in displayed text and in e-licence serials
        text = visible_text(doc)
        found = []
        for mm in re.finditer(r'(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])', text):
            if '报关单号' in text[max(0, mm.start() - 12):mm.start()]:
                continue
            found.append(mm.group(0))
        for mm in re.finditer(r'(?<!\d)\d{15}(?!\d)', text):
            if re.search(r'注册号|註冊號', text[max(0, mm.start() - 12):mm.start()]):
                found.append(mm.group(0))
        serials = re.findall(r'serial=([0-9A-Z]{18})-', doc)
        labelled = set(codes.split(','))
        if os.environ.get('SC_DEBUG'):
            print(fn, found, serials)
        invalid_here = False
        for c in found:
            ok = uscc_ok(c) if len(c) == 18 else regno_ok(c)
            if ok == (c in INTENDED_INVALID):
                fail('%s: code %s validity differs from intention' % (fn, c))
            if not ok:
                invalid_here = True
            elif 'LICENSE_MISMATCH' not in labelled and registry.get(c, ('', ''))[1] != '存续':
                fail('%s: valid code %s not 存续 in registry' % (fn, c))
        if invalid_here != ('LICENSE_INVALID' in labelled):
            fail('%s: LICENSE_INVALID label vs displayed codes disagree' % fn)
        for sc in serials:
            if 'LICENSE_MISMATCH' not in labelled and sc not in found:
                fail('%s: e-licence serial %s names a code not shown' % (fn, sc))
    # history
    hist = read_tsv(os.path.join(base, 'history.tsv'), 3)
    hfiles = sorted(os.listdir(os.path.join(base, 'history')))
    if sorted(r[0] for r in hist) != hfiles:
        fail('%s: history.tsv does not match history/' % side)
    for fn, url, days in hist:
        if url not in urls:
            fail('%s: history url %s not a page on this side' % (fn, url))
        try:
            if float(days) <= 0:
                fail('%s: days_before must be > 0' % fn)
        except ValueError:
            fail('%s: days_before %r' % (fn, days))

if sites['main'] & sites['holdout']:
    fail('site on both sides: %s' % (sites['main'] & sites['holdout']))
for c in sorted(CODES):
    a, b = pos['main'].get(c, 0), pos['holdout'].get(c, 0)
    if a < 1 or b < 1 or a + b < 3:
        fail('code %s: main %d holdout %d' % (c, a, b))

print('pages %d, sites %d+%d, traps %d, wrong/missing meta %d' % (total, len(sites['main']), len(sites['holdout']), traps, meta_bad))
print('encodings', enc_count)
for c in sorted(CODES):
    print('  %-20s main %d  holdout %d' % (c, pos['main'].get(c, 0), pos['holdout'].get(c, 0)))
if fails:
    print('\n'.join('FAIL: ' + f for f in fails))
    sys.exit(1)
print('selfcheck: OK')
