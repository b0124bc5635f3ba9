#!/usr/bin/env python3
"""Independent re-validation of corpus7/l (separately written from gen.py/lib.py). Exit 1 on any failure."""
import os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}
bad = []


def fail(msg):
    bad.append(msg)


CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'


def uscc_ok(s):
    if len(s) != 18 or any(c not in CH for c in s):
        return False
    w = [pow(3, i, 31) for i in range(17)]          # 1,3,9,27,19,26,... = 3^i mod 31
    if (31 - sum(CH.index(c) * k for c, k in zip(s, w)) % 31) % 31 != CH.index(s[17]):
        return False
    o = s[8:17]
    val = [int(c) if c.isdigit() else ord(c) - ord('A') + 10 for c in o[:8]]
    r = 11 - sum(v * k for v, k in zip(val, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    want = {10: 'X', 11: '0'}.get(r, str(r))
    return o[8] == want


def reg_ok(s):
    if not re.fullmatch(r'\d{15}', s):
        return False
    p = 10
    for d in s[:14]:
        t = (p + int(d)) % 10
        if t == 0:
            t = 10
        p = t * 2 % 11
    return (p + int(s[14])) % 10 == 1   # ISO 7064 MOD 11,10 verification form


def code_ok(s):
    return reg_ok(s) if len(s) == 15 else uscc_ok(s)


# 1. identifiers against intended validity
spec = importlib.util.spec_from_file_location('g', os.path.join(HERE, 'gen.py'))
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)
for k, (c, want) in g.ID.items():
    if code_ok(c) != want:
        fail('id %s %s: valid=%s intended %s' % (k, c, code_ok(c), want))
if not uscc_ok('91330106673959654P') or not uscc_ok('91110000600037341L') or not uscc_ok('91330100MA27WJ011R'):
    fail('uscc checker rejects known-good codes')

reg = {}
for ln in open(os.path.join(HERE, 'registry.tsv'), encoding='utf-8'):
    if ln.startswith('#'):
        continue
    c, n, st = ln.rstrip('\n').split('\t')
    reg[c] = (n, st)
    if st not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status ' + st)


def tsv(p):
    rows = []
    with open(p, encoding='utf-8') as fp:
        head = fp.readline()
        for ln in fp:
            rows.append(ln.rstrip('\n').split('\t'))
    return head, rows


pos = {'main': set(), 'holdout': set()}
hosts = {'main': set(), 'holdout': set()}
enc_count = {}
nbom = nwrong = ntrap = npages = 0
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    h, lab = tsv(os.path.join(base, 'labels.tsv'))
    if h != '# file\turl\tcodes\n':
        fail('labels header ' + side)
    h2, nts = tsv(os.path.join(base, 'notes.tsv'))
    if h2 != '# file\tencoding\tbom\tnote\n':
        fail('notes header ' + side)
    files = sorted(os.listdir(os.path.join(base, 'pages')))
    if sorted(r[0] for r in lab) != files or sorted(r[0] for r in nts) != files:
        fail('tsv/page mismatch ' + side)
    note = {r[0]: r for r in nts}
    for f, url, codes in lab:
        npages += 1
        cl = codes.split(',')
        if codes != '-' and (cl != sorted(set(cl)) or not set(cl) <= CODES):
            fail('codes ' + f)
        if codes != '-':
            pos[side] |= set(cl)
        m = re.match(r'http://([^/]+)(/shop/[^/]+/)?', url)
        if m.group(1) != 'mall.wangjian.test' or m.group(2):
            hosts[side].add(m.group(0))
        _, enc, bomf, nt = note[f]
        if nt.startswith('trap:'):
            ntrap += 1
            if codes != '-':
                pass
        raw = open(os.path.join(base, 'pages', f), 'rb').read()
        hasbom = raw.startswith(b'\xef\xbb\xbf')
        if hasbom != (bomf == 'yes'):
            fail('bom ' + f)
        nbom += hasbom
        try:
            txt = raw[3 if hasbom else 0:].decode(enc, 'strict')
        except UnicodeDecodeError as e:
            fail('decode %s %s: %s' % (f, enc, e))
            continue
        enc_count[enc] = enc_count.get(enc, 0) + 1
        if enc == 'gb18030':
            try:
                txt.encode('gbk')
                fail('gb18030 page has no char outside GBK ' + f)
            except UnicodeEncodeError:
                pass
        mm = re.search(r'<meta charset="([^"]+)"', txt)
        declared = mm.group(1).lower() if mm else None
        same = declared == enc or (declared in ('gb2312', 'gbk') and enc == 'gbk')
        if not same:
            nwrong += 1
            if 'meta' not in nt:
                fail('wrong/missing meta not stated ' + f)
        for c in set(re.findall(r'(?<![0-9A-Z])([0-9A-HJ-NP-RTUWXY]{18}|\d{15})(?![0-9A-Z])', txt)):
            if not (c[0] == '9' or len(c) == 15):
                continue
            if code_ok(c) and 'LICENSE_MISMATCH' not in cl:
                if reg.get(c, ('', ''))[1] != '存续':
                    fail('valid code %s on %s not 存续 in registry' % (c, f))
    h3, hs = tsv(os.path.join(base, 'history.tsv'))
    hf = sorted(os.listdir(os.path.join(base, 'history')))
    if sorted(r[0] for r in hs) != hf:
        fail('history tsv mismatch ' + side)
    urls = {r[1] for r in lab}
    for f, url, d in hs:
        float(d)
        if url not in urls:
            fail('history url not a scored page ' + url)
if hosts['main'] & hosts['holdout']:
    fail('site on both sides: %s' % (hosts['main'] & hosts['holdout']))
for c in CODES:
    for side in pos:
        if c not in pos[side]:
            fail('%s has no positive in %s' % (c, side))
print('pages', npages, 'traps', ntrap, 'bom', nbom, 'wrong/missing meta', nwrong, 'enc', enc_count)
if bad:
    print('\n'.join('FAIL: ' + b for b in bad))
    sys.exit(1)
print('selfcheck ok')
