#!/usr/bin/env python3
"""Independent re-validation of corpus13/f. Imports neither gen.py nor lib.py. Exit 1 on any failure.
Checks: every displayed 统一社会信用代码 / 注册号 against a hand list of intended-invalid codes; LICENSE_INVALID labels;
registry status of valid displayed codes; e-licence serials; strict decoding; GB18030 pages need GB18030; Big5 pages are
traditional script; BOMs; charset metas; TSVs against files; history captures; the by-site split; per-code counts."""
import os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}
# written by hand: the codes this corpus displays on purpose with a wrong check character
INTENDED_INVALID = {'410105000238176', '91510104MA6C7W4N8H', '91440306MA5J8N0U59'}
# minimum positives per code over both sides (brief: 4; FAKE_ORIGINAL_PRICE, ICP_*, LICENSE_* 3)
MIN_TOTAL = {c: (3 if c.startswith(('ICP_', 'LICENSE_')) or c == 'FAKE_ORIGINAL_PRICE' else 4) for c in CODES}
CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
PROVINCES = set('京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新蜀陇遼黑閩贛魯豫湘粵瓊渝陝寧')
PLATFORM_CODE = '91330100MA27WJ011R'   # the operator of mall.wangjian.test, in every platform footer
fails = []


def fail(msg):
    fails.append(msg)


def uscc_ok(code):
    if len(code) != 18 or any(ch not in CHARS for ch in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]
    total = sum(CHARS.index(ch) * w for ch, w in zip(code, weights))
    if CHARS[(31 - total % 31) % 31] != code[17]:
        return False
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - ord('A') + 10
    r = 11 - sum(val(ch) * w for ch, w in zip(code[8:16], [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return code[16] == {10: 'X', 11: '0'}.get(r, str(r))


def regno_ok(code):
    if not re.fullmatch(r'\d{15}', code):
        return False
    p = 10
    for d in code[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(code[14])) % 10 == 1


def visible(doc):
    doc = re.sub(r'(?s)<!--.*?-->', ' ', doc)
    doc = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', doc)
    doc = re.sub(r'(?is)<(\w+)\b[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>.*?</\1>', ' ', doc)
    doc = re.sub(r'(?s)<[^>]+>', '', doc)
    return unicodedata.normalize('NFKC', html.unescape(doc))


def tsv(path, ncol):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if not lines or not lines[0].startswith('# '):
        fail('%s: header missing' % path)
    out = []
    for ln in lines[1:]:
        if ln:
            parts = ln.split('\t')
            if len(parts) != ncol:
                fail('%s: %d columns in %r' % (path, len(parts), ln[:50]))
            else:
                out.append(parts)
    return out


registry = {}
for code, name, status in tsv(os.path.join(HERE, 'registry.tsv'), 3):
    if status not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status %s' % status)
    if not (uscc_ok(code) or regno_ok(code)):
        fail('registry holds an invalid code %s' % code)
    registry[code] = (name, status)

# characters that exist only in simplified script: a Big5 page must not need them (it would not encode anyway)
DECL_OK = {'utf-8': {'utf-8', 'utf8'}, 'gbk': {'gbk', 'gb2312', 'gb18030'}, 'gb18030': {'gb18030'}, 'big5': {'big5', 'big5-hkscs'}}
pos = {'main': {}, 'holdout': {}}
sites = {'main': set(), 'holdout': set()}
enc_count, traps, total, badmeta = {}, 0, 0, 0
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    labels = tsv(os.path.join(base, 'labels.tsv'), 3)
    notes = {r[0]: r for r in tsv(os.path.join(base, 'notes.tsv'), 4)}
    files = sorted(os.listdir(os.path.join(base, 'pages')))
    if sorted(r[0] for r in labels) != files or sorted(notes) != files:
        fail('%s: labels.tsv / notes.tsv do not list exactly the files in pages/' % side)
    urls = {}
    for fn, url, codes in labels:
        total += 1
        if url in urls:
            fail('%s: url %s twice' % (fn, url))
        urls[url] = fn
        cl = [] if codes == '-' else codes.split(',')
        if cl != sorted(set(cl)) or not set(cl) <= CODES:
            fail('%s: codes %s' % (fn, codes))
        for c in cl:
            pos[side][c] = pos[side].get(c, 0) + 1
        _, enc, bom, note = notes.get(fn, (fn, '?', '?', ''))
        if (not cl) != note.startswith('trap:'):
            fail('%s: a trap must have a note starting with trap: and no codes' % fn)
        traps += not cl
        raw = open(os.path.join(base, 'pages', fn), 'rb').read()
        has_bom = raw[:3] == b'\xef\xbb\xbf'
        if has_bom != (bom == 'yes') or (has_bom and enc != 'utf-8'):
            fail('%s: BOM' % fn)
        body = raw[3:] if has_bom else raw
        try:
            doc = body.decode(enc)
        except (UnicodeDecodeError, LookupError) as e:
            fail('%s: not %s: %s' % (fn, enc, e))
            continue
        enc_count[enc + ('+bom' if has_bom else '')] = enc_count.get(enc + ('+bom' if has_bom else ''), 0) + 1
        if enc == 'gb18030':
            try:
                body.decode('gbk')
                fail('%s: GB18030 page decodes as GBK (needs a character outside GBK)' % fn)
            except UnicodeDecodeError:
                pass
        if enc == 'big5' and not re.search(r'[們這個體國說話從來為與會時對發無當點進標廠價產號貨質寶業關於]', doc):
            fail('%s: Big5 page without traditional-script characters' % fn)
        m = re.search(r'charset=["\']?([\w-]+)', doc)
        declared = m.group(1).lower() if m else None
        if declared not in DECL_OK[enc]:
            badmeta += 1
            if 'meta' not in note[-90:]:
                fail('%s: wrong or missing charset meta not stated at the end of the note' % fn)
        mh = re.match(r'https?://([^/]+)/', url)
        if not mh:
            fail('%s: url %s' % (fn, url)); continue
        if mh.group(1) == 'mall.wangjian.test':
            ms = re.search(r'data-shop="([^"]+)"', doc)
            site = 'mall:' + (ms.group(1) if ms else '?')
            if '/shop/' in url and site != 'mall:' + url.split('/shop/')[1].strip('/'):
                fail('%s: data-shop disagrees with the url' % fn)
        else:
            site = mh.group(1)
        sites[side].add(site)
        # licence codes displayed (after full-width → half-width) and e-licence serials
        text = visible(doc)
        shown = re.findall(r'(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])', text)
        shown += [mm.group(1) for mm in re.finditer(r'(?:注册号|註冊號)\D{0,3}(\d{15})(?!\d)', text)]
        # a code split by spaces after its label (信用代码 ９１３３０１０５Ｍ ＡＪ…) is read without the spaces
        for mm in re.finditer(r'(?:信用代码|信用代碼)\W{0,3}([0-9A-Z](?:[0-9A-Z ]{16,20})[0-9A-Z])', text):
            joined = mm.group(1).replace(' ', '')
            if ' ' in mm.group(1) and len(joined) == 18:
                shown.append(joined)
        serials = re.findall(r'serial=([0-9A-Z]{18})-', doc)
        if os.environ.get('SC_DEBUG') == fn:
            print(fn, shown, serials)
        invalid_here = False
        for c in shown:
            ok = uscc_ok(c) if len(c) == 18 else regno_ok(c)
            if ok == (c in INTENDED_INVALID):
                fail('%s: %s validity differs from the intention' % (fn, c))
            if not ok:
                invalid_here = True
            elif 'LICENSE_MISMATCH' not in cl and registry.get(c, ('', ''))[1] != '存续':
                fail('%s: valid code %s is not 存续 in registry.tsv but page not labelled LICENSE_MISMATCH' % (fn, c))
        if invalid_here != ('LICENSE_INVALID' in cl):
            fail('%s: LICENSE_INVALID label and displayed codes disagree' % fn)
        for s in serials:
            # a serial must name the code shown; with no code shown it must name a 存续 registry entry
            own = [c for c in shown if c != PLATFORM_CODE]   # the platform footer's code is not the shop's
            bad_serial = (s not in own) if own else registry.get(s, ('', ''))[1] != '存续'
            if bad_serial != ('LICENSE_MISMATCH' in cl):
                fail('%s: e-licence serial %s vs LICENSE_MISMATCH label' % (fn, s))
        # every displayed ICP number is checked: province abbreviation, digits only, 8 or 10 digits (备) / 6 (证), no placeholder
        icp_bad = False
        for mm in re.finditer(r'(\S)\s*ICP\s*([备備证證])\s*([0-9A-Za-z]+)\s*[号號]', text):
            prov, kind, num = mm.groups()
            ok = (prov in PROVINCES and num.isdigit() and num not in ('12345678', '00000000')
                  and (len(num) in (8, 10) if kind in '备備' else len(num) == 6))
            icp_bad |= not ok
        if icp_bad != ('ICP_INVALID' in cl):
            fail('%s: ICP_INVALID label and displayed ICP numbers disagree' % fn)
        home = url.rstrip('/').count('/') == 2 or '/shop/' in url
        for c in cl:
            if c in ('LICENSE_MISSING', 'ICP_MISSING', 'MARK_MISSING', 'ICP_INVALID') and not home:
                fail('%s: %s on a page that is not a home page' % (fn, c))
            if c in ('ICP_MISSING', 'ICP_INVALID') and site.startswith('mall:'):
                fail('%s: ICP code on a platform shop' % fn)
            if c == 'MARK_MISSING' and not site.startswith('mall:'):
                fail('%s: MARK_MISSING on an independent site' % fn)
        if 'MARK_MISSING' in cl and re.search(r'class="[^"]*\bmall-mark\b(?!-)[^"]*"', re.sub(r'(?s)<!--.*?-->|<[^>]*display:\s*none[^>]*>', '', doc)):
            fail('%s: labelled MARK_MISSING but shows a mall-mark element' % fn)
        if home and site.startswith('mall:') and 'MARK_MISSING' not in cl and not re.search(r'class="[^"]*\bmall-mark\b(?!-)', doc):
            fail('%s: shop home without mall-mark not labelled' % fn)
    hist = tsv(os.path.join(base, 'history.tsv'), 3)
    hfiles = sorted(os.listdir(os.path.join(base, 'history')))
    if sorted(r[0] for r in hist) != hfiles:
        fail('%s: history.tsv does not match history/' % side)
    for fn, url, days in hist:
        if url not in urls:
            fail('%s: history url is not a page of this side' % fn)
        if not re.fullmatch(r'\d+(\.\d+)?', days) or float(days) <= 0:
            fail('%s: days_before %r' % (fn, days))

if sites['main'] & sites['holdout']:
    fail('sites on both sides: %s' % sorted(sites['main'] & sites['holdout']))
for c in sorted(CODES):
    a, b = pos['main'].get(c, 0), pos['holdout'].get(c, 0)
    if a < 1 or b < 1 or a + b < MIN_TOTAL[c]:
        fail('code %s: main %d holdout %d' % (c, a, b))
for enc in ('gbk', 'gb18030', 'big5'):
    if enc_count.get(enc, 0) < 8:
        fail('only %d %s pages' % (enc_count.get(enc, 0), enc))

print('pages %d (sites %d main, %d holdout), traps %d, wrong/missing charset meta %d' % (total, len(sites['main']), len(sites['holdout']), traps, badmeta))
print('encodings', dict(sorted(enc_count.items())))
for c in sorted(CODES):
    print('  %-20s main %2d  holdout %2d' % (c, pos['main'].get(c, 0), pos['holdout'].get(c, 0)))
if fails:
    print('\n'.join('FAIL: ' + f for f in fails))
    sys.exit(1)
print('selfcheck: OK')
