#!/usr/bin/env python3
"""Independent re-validation of corpus13/e. Imports neither gen.py nor lib.py; every rule below is re-derived
from GB 32100-2015, GB/T 17710 (ISO 7064 MOD 11,10) and the brief. Exit 1 on any failure."""
import os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ['ABSOLUTE_TERM', 'COUNTERFEIT_TERM', 'FAKE_ORIGINAL_PRICE', 'FALSE_CLAIM', 'FALSE_HONOUR', 'ICP_INVALID',
         'ICP_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'LICENSE_MISSING', 'MARK_MISSING', 'PROHIBITED_GOODS',
         'RETURN_REFUSED', 'REVIEW_INDUCEMENT', 'WELLKNOWN_MARK_AD']
# minimum positives in all / in the holdout (brief c13-common)
NEED = {c: 4 for c in CODES}
NEED['FAKE_ORIGINAL_PRICE'] = 3
for c in CODES:
    if c.startswith('ICP_') or c.startswith('LICENSE_'):
        NEED[c] = 3
# written by hand: the codes this corpus shows on purpose with a wrong check character
INTENDED_INVALID = {'91430111MA4T2R9K6M', '340104000234561', '91530112MA6K8N3X1N'}
CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
problems = []


def bad(msg):
    problems.append(msg)


def uscc_valid(code):
    """GB 32100-2015: weights 3^i mod 31 over 17 chars; plus the GB 11714 check inside the organisation code."""
    if len(code) != 18 or any(ch not in CHARS for ch in code):
        return False
    acc = 0
    for i, ch in enumerate(code[:17]):
        acc += CHARS.index(ch) * pow(3, i, 31)
    if CHARS[(31 - acc % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    val = [int(ch) if ch.isdigit() else ord(ch) - ord('A') + 10 for ch in org[:8]]
    r = 11 - sum(v * w for v, w in zip(val, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    want = 'X' if r == 10 else '0' if r == 11 else str(r)
    return org[8] == want


def regno_valid(code):
    if not re.fullmatch(r'[0-9]{15}', code):
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10
        p = (2 * (s if s else 10)) % 11
    return (p + int(code[14])) % 10 == 1


def displayed(doc):
    doc = re.sub(r'(?s)<!--.*?-->', ' ', doc)
    doc = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', ' ', doc)
    doc = re.sub(r'(?is)<(\w+)\b[^>]*(?:display:\s*none|visibility:\s*hidden|\shidden(?=[\s>]))[^>]*>.*?</\1\s*>', ' ', doc)
    doc = re.sub(r'(?s)<[^>]*>', ' ', doc)
    return unicodedata.normalize('NFKC', html.unescape(doc))


def rows(path, ncol):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if not lines or not lines[0].startswith('# '):
        bad('%s: header missing' % path)
    out = []
    for ln in lines[1:]:
        if ln == '':
            continue
        cells = ln.split('\t')
        if len(cells) != ncol:
            bad('%s: %d cells in %r' % (path, len(cells), ln[:50]))
            continue
        out.append(cells)
    return out


REG = {}
for code, name, status in rows(os.path.join(HERE, 'registry.tsv'), 3):
    REG[code] = (name, status)
    if status not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        bad('registry: status %s' % status)
    if not (uscc_valid(code) if len(code) == 18 else regno_valid(code)):
        bad('registry: code %s fails its check' % code)
for c in INTENDED_INVALID:
    if c in REG:
        bad('registry holds an intended-invalid code %s' % c)

count = {'main': {}, 'holdout': {}}
site_sets = {'main': set(), 'holdout': set()}
per_enc = {}
traps = {'main': 0, 'holdout': 0}
wrong_meta = 0
seen_invalid = set()
for side in ('main', 'holdout'):
    base = HERE if side == 'main' else os.path.join(HERE, 'holdout')
    lab = rows(os.path.join(base, 'labels.tsv'), 3)
    nts = {r[0]: r for r in rows(os.path.join(base, 'notes.tsv'), 4)}
    files = sorted(os.listdir(os.path.join(base, 'pages')))
    if sorted(r[0] for r in lab) != files:
        bad('%s: labels.tsv and pages/ disagree' % side)
    if sorted(nts) != files:
        bad('%s: notes.tsv and pages/ disagree' % side)
    urls = set()
    for fn, url, codes in lab:
        if url in urls:
            bad('%s: url twice' % url)
        urls.add(url)
        labelled = set() if codes == '-' else set(codes.split(','))
        if codes != '-':
            cl = codes.split(',')
            if cl != sorted(labelled) or not labelled <= set(CODES):
                bad('%s: codes %s' % (fn, codes))
        for c in labelled:
            count[side][c] = count[side].get(c, 0) + 1
        _, enc, bomcol, note = nts.get(fn, (fn, '?', '?', ''))
        if not note:
            bad('%s: empty note' % fn)
        if (codes == '-') != note.startswith('trap:'):
            bad('%s: trap note and label disagree' % fn)
        traps[side] += codes == '-'
        for c in labelled:
            if c + ':' not in note:
                bad('%s: note gives no reason for %s' % (fn, c))
        raw = open(os.path.join(base, 'pages', fn), 'rb').read()
        has_bom = raw[:3] == b'\xef\xbb\xbf'
        if has_bom != (bomcol == 'yes') or (has_bom and enc != 'utf-8'):
            bad('%s: BOM column' % fn)
        body = raw[3:] if has_bom else raw
        try:
            doc = body.decode(enc, 'strict')
        except (UnicodeDecodeError, LookupError) as e:
            bad('%s: not %s: %s' % (fn, enc, e))
            continue
        key = enc + (' + BOM' if has_bom else '')
        per_enc[key] = per_enc.get(key, 0) + 1
        if enc == 'gb18030':
            try:
                body.decode('gbk', 'strict')
                bad('%s: GB18030 page decodes as GBK (no character outside GBK)' % fn)
            except UnicodeDecodeError:
                pass
        if enc == 'big5' and 'zh-TW' not in doc[:200]:
            bad('%s: Big5 page not marked zh-TW' % fn)
        m = re.search(r'''charset\s*=\s*["']?([A-Za-z0-9_-]+)''', doc)
        decl = m.group(1).lower() if m else None
        ok_decl = {'utf-8': {'utf-8'}, 'gbk': {'gbk', 'gb2312', 'gb18030'}, 'gb18030': {'gb18030', 'gbk', 'gb2312'},
                   'big5': {'big5'}}[enc]
        if decl not in ok_decl:
            wrong_meta += 1
            if 'meta' not in note[-120:]:
                bad('%s: wrong or missing charset meta not said in the note' % fn)
        # which site a page belongs to
        host = re.match(r'https?://([^/]+)/', url).group(1)
        if host == 'mall.wangjian.test':
            ds = re.search(r'data-shop="([^"]+)"', doc)
            site = 'mall/' + (ds.group(1) if ds else '?')
            if '/shop/' in url and url.split('/shop/')[1].split('/')[0] != site[5:]:
                bad('%s: url shop differs from data-shop' % fn)
        else:
            site = host
        site_sets[side].add(site)
        # platform-specific checks
        text = displayed(doc)
        if 'MARK_MISSING' in labelled:
            if host != 'mall.wangjian.test' or not re.search(r'/shop/[^/]+/$', url):
                bad('%s: MARK_MISSING off a shop home' % fn)
            if re.search(r'class="[^"]*\bmall-mark\b(?!-)[^"]*"', re.sub(r'(?s)<!--.*?-->', '', doc)):
                bad('%s: labelled MARK_MISSING but shows mall-mark' % fn)
        elif host == 'mall.wangjian.test' and re.search(r'/shop/[^/]+/$', url):
            if not re.search(r'class="[^"]*\bmall-mark\b(?!-)[^"]*"', re.sub(r'(?s)<!--.*?-->', '', doc)):
                bad('%s: shop home without mall-mark but not labelled' % fn)
        if host != 'mall.wangjian.test' and re.match(r'https?://[^/]+/$', url):   # an independent home page
            has_icp = re.search(r'[京津冀晋蒙辽吉黑沪滬苏蘇浙皖闽閩赣贛鲁魯豫鄂湘粤粵桂琼瓊渝川黔滇藏陕陝甘青宁寧新蜀陇隴萌茶]ICP[备備证證]', text)
            if bool(has_icp) == ('ICP_MISSING' in labelled):
                bad('%s: ICP presence vs ICP_MISSING label' % fn)
        # licence codes shown
        found = []
        for mm in re.finditer(r'(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])', text):
            found.append(mm.group(0))
        for mm in re.finditer(r'(?<![0-9])[0-9]{15}(?![0-9])', text):
            if re.search(r'注册号|註冊號', text[max(0, mm.start() - 10):mm.start()]):
                found.append(mm.group(0))
        invalid = False
        for c in found:
            ok = uscc_valid(c) if len(c) == 18 else regno_valid(c)
            if ok == (c in INTENDED_INVALID):
                bad('%s: %s validity is not what was intended' % (fn, c))
            if not ok:
                invalid = True
                seen_invalid.add(c)
            elif c not in REG:
                bad('%s: valid code %s not in registry' % (fn, c))
            elif 'LICENSE_MISMATCH' not in labelled and REG[c][1] != '存续':
                bad('%s: code %s is %s but page not labelled LICENSE_MISMATCH' % (fn, c, REG[c][1]))
        if invalid != ('LICENSE_INVALID' in labelled):
            bad('%s: LICENSE_INVALID label and shown codes disagree' % fn)
        for serial in re.findall(r'serial=([0-9A-Z]{18})-', doc):
            if serial not in found and 'LICENSE_MISMATCH' not in labelled:
                bad('%s: e-licence serial %s not the shown code' % (fn, serial))
    hr = rows(os.path.join(base, 'history.tsv'), 3)
    if sorted(r[0] for r in hr) != sorted(os.listdir(os.path.join(base, 'history'))):
        bad('%s: history.tsv and history/ disagree' % side)
    for hfn, hurl, days in hr:
        if hurl not in urls:
            bad('%s: history for a url not on this side' % hfn)
        if not re.fullmatch(r'[0-9]+(\.[0-9]+)?', days) or float(days) <= 0:
            bad('%s: days_before %r' % (hfn, days))

if seen_invalid != INTENDED_INVALID:
    bad('intended-invalid codes not all shown: %s' % (INTENDED_INVALID - seen_invalid))
if site_sets['main'] & site_sets['holdout']:
    bad('sites on both sides: %s' % (site_sets['main'] & site_sets['holdout']))
for c in CODES:
    a, b = count['main'].get(c, 0), count['holdout'].get(c, 0)
    if a < 1 or b < 1 or a + b < NEED[c]:
        bad('%s: main %d holdout %d (need %d, both sides)' % (c, a, b, NEED[c]))
for e in ('gbk', 'gb18030', 'big5'):
    if per_enc.get(e, 0) < 8:
        bad('fewer than 8 %s pages' % e)
if traps['main'] + traps['holdout'] < 25:
    bad('fewer than 25 traps')

npages = sum(per_enc.values())
print('pages %d (main %d, holdout %d); sites %d + %d; traps %d + %d; wrong/missing charset meta %d' % (
    npages, sum(1 for _ in os.listdir(os.path.join(HERE, 'pages'))), sum(1 for _ in os.listdir(os.path.join(HERE, 'holdout', 'pages'))),
    len(site_sets['main']), len(site_sets['holdout']), traps['main'], traps['holdout'], wrong_meta))
print('encodings: ' + ', '.join('%s %d' % kv for kv in sorted(per_enc.items())))
for c in CODES:
    print('  %-20s main %2d  holdout %2d' % (c, count['main'].get(c, 0), count['holdout'].get(c, 0)))
for p in problems:
    print('FAIL: ' + p)
if problems:
    sys.exit(1)
print('selfcheck: OK')
