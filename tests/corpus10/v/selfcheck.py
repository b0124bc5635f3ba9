#!/usr/bin/env python3
"""Re-validate the corpus with code written separately from gen.py/lib.py. Exit 1 on any failure."""
import html
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ['LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR']
fails = []


def fail(msg):
    fails.append(msg)


# ---- check characters, written again from DOMAIN.md -----------------------------------------
CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'


def uscc_ok(code):
    if len(code) != 18 or any(c not in CHARSET for c in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]          # 1,3,9,27,19,26,... = 3^i mod 31
    total = 0
    for i in range(17):
        total += CHARSET.index(code[i]) * weights[i]
    if CHARSET[(31 - total % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    vals = []
    for c in org[:8]:
        vals.append(int(c) if c.isdigit() else 10 + ord(c) - ord('A'))
    r = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    expect = 'X' if r == 10 else ('0' if r == 11 else str(r))
    return org[8] == expect


def regno_ok(num):
    if len(num) != 15 or not num.isdigit():
        return False
    p = 10
    for d in num[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(num[14])


assert uscc_ok('91110000600037341L') and uscc_ok('91330106673959654P') and uscc_ok('91350100M000100Y43')
assert not uscc_ok('91110000600037341M')

# ---- intended validity of every identifier gen.py defines ------------------------------------
import gen  # noqa: E402  (data only; labels are literals there)

checked_ids = []
for name in dir(gen):
    if not name.startswith('C_') and not name.startswith('K_REGNO'):
        continue
    val = getattr(gen, name)
    if not isinstance(val, str) or len(val) not in (15, 18) or '<' in val:
        continue
    checked_ids.append(name)
    intended_bad = name.endswith('_BAD')
    ok = regno_ok(val) if name.startswith('K_REGNO') else uscc_ok(val)
    if ok == intended_bad:
        fail('%s=%s: check %s but intended %s' % (name, val, ok, 'invalid' if intended_bad else 'valid'))

# ---- registry ---------------------------------------------------------------------------------
registry = {}
with open(os.path.join(HERE, 'registry.tsv'), encoding='utf-8') as f:
    lines = f.read().split('\n')
if lines[0] != '# code\tname\tstatus':
    fail('registry header')
for ln in lines[1:]:
    if not ln:
        continue
    code, nm, st = ln.split('\t')
    if st not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status ' + st)
    if not uscc_ok(code):
        fail('registry code fails check: ' + code)
    registry[code] = (nm, st)

def _encodable(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


# ---- per side ---------------------------------------------------------------------------------
USCC_RE = re.compile(r'(?<![0-9A-Z])[0-9A-HJ-NP-RTUW-Y]{18}(?![0-9A-Z])')
REGNO_RE = re.compile(r'注册号[：:]\s*(\d{15})')
positives = {c: {'main': 0, 'holdout': 0} for c in CODES}
site_side = {}
enc_count = {}
traps = 0
shown_codes = []
total = 0
nonutf = set()


def site_of(url):
    m = re.match(r'https?://([^/]+)(/.*)?$', url)
    host, path = m.group(1), m.group(2) or '/'
    if host == 'mall.wangjian.test':
        return host + '/shop/' + (re.match(r'/shop/([A-Za-z0-9_-]+)/', path).group(1) if path.startswith('/shop/') else 'ITEM')
    return host


# item pages belong to the shop they link to
def item_shop(text):
    m = re.search(r'href="/shop/([A-Za-z0-9_-]+)/"', text)
    return m.group(1) if m else None


def read_tsv(path, header):
    with open(path, encoding='utf-8') as f:
        rows = f.read().split('\n')
    if rows[0] != header:
        fail('%s: header %r' % (path, rows[0]))
    return [r.split('\t') for r in rows[1:] if r]


for side, root in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    labels = read_tsv(os.path.join(root, 'labels.tsv'), '# file\turl\tcodes')
    notes = read_tsv(os.path.join(root, 'notes.tsv'), '# file\tencoding\tbom\tnote')
    hist = read_tsv(os.path.join(root, 'history.tsv'), '# file\turl\tdays_before')
    files = sorted(os.listdir(os.path.join(root, 'pages')))
    if sorted(r[0] for r in labels) != files or sorted(r[0] for r in notes) != files:
        fail(side + ': labels/notes do not match pages/')
    if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(root, 'history'))):
        fail(side + ': history.tsv does not match history/')
    note_of = {r[0]: r for r in notes}
    item_urls = set()
    for file, url, codes in labels:
        total += 1
        _, enc, bom, note = note_of[file]
        raw = open(os.path.join(root, 'pages', file), 'rb').read()
        has_bom = raw.startswith(b'\xef\xbb\xbf')
        if has_bom != (bom == 'yes'):
            fail(file + ': BOM column wrong')
        if has_bom and enc != 'utf-8':
            fail(file + ': BOM on non-UTF-8')
        try:
            text = raw[3:].decode(enc, 'strict') if has_bom else raw.decode(enc, 'strict')
        except (UnicodeDecodeError, LookupError) as e:
            fail('%s: does not decode as %s: %s' % (file, enc, e))
            continue
        if enc == 'gb18030':
            outside = [ch for ch in set(text) if not _encodable(ch, 'gbk')]
            if not outside:
                fail(file + ': GB18030 page has no character outside GBK')
        key = enc + ('+bom' if has_bom else '')
        enc_count[key] = enc_count.get(key, 0) + 1
        meta = re.search(r'<meta charset="([^"]+)">', text)
        if meta is None or meta.group(1).lower() != enc:
            nonutf.add(file)
            if 'meta' not in note:
                fail(file + ': wrong/missing charset meta not stated in the note')
        # codes column
        if codes != '-':
            cl = codes.split(',')
            if cl != sorted(cl) or len(set(cl)) != len(cl) or any(c not in CODES for c in cl):
                fail(file + ': bad codes ' + codes)
            for c in cl:
                positives[c][side] += 1
                if c not in note:
                    fail(file + ': note does not mention ' + c)
        else:
            cl = []
            if not note.startswith('trap:'):
                fail(file + ': "-" page whose note does not start with trap:')
        if note.startswith('trap:'):
            traps += 1
        # site split
        s = site_of(url)
        if s.endswith('/ITEM'):
            shop = item_shop(text)
            if not shop:
                fail(file + ': platform item page without a shop link')
            s = 'mall.wangjian.test/shop/' + str(shop)
            item_urls.add(url)
        if site_side.setdefault(s, side) != side:
            fail(s + ': site on both sides')
        # displayed identifiers (outside script/style/comments)
        vis = re.sub(r'<(script|style)\b.*?</\1>|<!--.*?-->', ' ', text, flags=re.S)
        vis = unicodedata.normalize('NFKC', html.unescape(vis))   # full-width digits, entities
        for code in set(USCC_RE.findall(vis)):
            if not re.search(r'[A-Z]', code) and not code[:2] in ('91', '92', '93'):
                continue
            shown_codes.append(code)
            if uscc_ok(code):
                if 'LICENSE_MISMATCH' not in cl and (code not in registry or registry[code][1] != '存续'):
                    fail('%s: valid code %s not in registry as 存续' % (file, code))
            elif 'LICENSE_INVALID' not in cl:
                fail('%s: invalid code %s on a page not labelled LICENSE_INVALID' % (file, code))
        for num in REGNO_RE.findall(vis):
            if not regno_ok(num) and 'LICENSE_INVALID' not in cl:
                fail('%s: invalid 注册号 %s not labelled' % (file, num))
    for hf, hu, days in hist:
        float(days)
        open(os.path.join(root, 'history', hf), 'rb').read().decode('utf-8', 'strict')
        if hu not in item_urls:
            fail(hf + ': history for a URL that is not a scored item page of this side')


# ---- totals -------------------------------------------------------------------------------------
for c in CODES:
    m, h = positives[c]['main'], positives[c]['holdout']
    if m < 1 or h < 1 or m + h < 3:
        fail('%s: positives main=%d holdout=%d' % (c, m, h))
need = {'gbk': 10, 'gb18030': 3, 'big5': 4, 'utf-8+bom': 3}
for k, n in need.items():
    if enc_count.get(k, 0) < n:
        fail('encoding %s: %d < %d' % (k, enc_count.get(k, 0), n))
if len(nonutf) < 3:
    fail('fewer than 3 wrong/missing charset metas')
if traps < 30 or total < 60 or len(site_side) < 20:
    fail('size: pages=%d traps=%d sites=%d' % (total, traps, len(site_side)))
mall = sum(1 for s in site_side if s.startswith('mall.'))

print('pages %d, traps %d, sites %d (platform shops %d), wrong/missing meta %d' % (total, traps, len(site_side), mall, len(nonutf)))
print('identifiers checked against intent: %d; licence codes seen on pages: %d (%d distinct)' % (len(checked_ids), len(shown_codes), len(set(shown_codes))))
print('encodings: ' + ', '.join('%s=%d' % kv for kv in sorted(enc_count.items())))
for c in CODES:
    print('  %-20s main %2d  holdout %2d' % (c, positives[c]['main'], positives[c]['holdout']))
if fails:
    print('\nFAIL:')
    for f in fails:
        print('  ' + f)
    sys.exit(1)
print('selfcheck: OK')
