#!/usr/bin/env python3
"""Independent re-validation of corpus13/d. Imports neither gen.py nor lib.py; exit 1 on any failure.
Checks: check characters of every displayed licence code against a hand list of intended-invalid codes; strict
decoding in the stated encoding (GB18030 pages must need GB18030); BOMs; TSVs against files; the by-site split;
per-code counts on both sides; and, re-derived from the page bytes, the labels that follow mechanically from
facts (LICENSE_INVALID, MARK_MISSING, ICP_*, LICENSE_MISSING on home pages, FAKE_ORIGINAL_PRICE from history)."""
import os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH', 'ICP_MISSING', 'ICP_INVALID', 'MARK_MISSING',
         'COUNTERFEIT_TERM', 'WELLKNOWN_MARK_AD', 'ABSOLUTE_TERM', 'FALSE_CLAIM', 'FAKE_ORIGINAL_PRICE',
         'RETURN_REFUSED', 'PROHIBITED_GOODS', 'REVIEW_INDUCEMENT', 'FALSE_HONOUR'}
MIN3 = {'FAKE_ORIGINAL_PRICE', 'ICP_MISSING', 'ICP_INVALID', 'LICENSE_MISSING', 'LICENSE_INVALID', 'LICENSE_MISMATCH'}
# written by hand: the codes this corpus displays on purpose with a wrong check character
INTENDED_INVALID = {'91442000MA4WQ8R33Y', '330381000524717', '91440605MA55F3T800'}
CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
PROV = set('京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新蜀陇')
fails = []


def fail(msg):
    fails.append(msg)


def check_uscc(c):
    if len(c) != 18 or any(ch not in CHARS for ch in c):
        return False
    total = 0
    for i, ch in enumerate(c[:17]):
        total += CHARS.index(ch) * pow(3, i, 31)
    if CHARS[-total % 31] != c[17]:
        return False
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    r = 11 - sum(val(ch) * w for ch, w in zip(c[8:16], (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    return c[16] == ('X' if r == 10 else '0' if r == 11 else str(r))


def check_regno(c):
    if not re.fullmatch(r'\d{15}', c):
        return False
    p = 10
    for d in c[:14]:
        s = (p + int(d)) % 10 or 10
        p = s * 2 % 11
    return (p + int(c[14])) % 10 == 1


HIDDEN = r'(?:style="[^"]*(?:display:\s*none|visibility:\s*hidden)[^"]*"|\shidden(?=[\s>]))'


def strip_hidden(doc):
    doc = re.sub(r'(?is)<!--.*?-->', ' ', doc)
    doc = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', doc)
    prev = None
    while prev != doc:
        prev = doc
        doc = re.sub(r'(?is)<(\w+)\b[^>]*%s[^>]*>(?:(?!<\1\b).)*?</\1>' % HIDDEN, ' ', doc)
    return doc


def visible_text(doc):
    t = re.sub(r'(?s)<[^>]+>', '', strip_hidden(doc))
    return unicodedata.normalize('NFKC', html.unescape(t))


T2S = str.maketrans('備號證粵營業執照註冊統會當', '备号证粤营业执照注册统会当')


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
            fail('%s: bad row %r' % (path, ln[:60]))
            continue
        rows.append(parts)
    return rows


def first_price(text, after=None):
    pat = (r'(?:%s)\s*[¥￥]\s*([\d.]+)' % after) if after else r'[¥￥]\s*([\d.]+)'
    m = re.search(pat, text)
    return float(m.group(1)) if m else None


registry = {r[0]: (r[1], r[2]) for r in read_tsv(os.path.join(HERE, 'registry.tsv'), 3)}
for code, (name, st) in registry.items():
    if st not in ('存续', '吊销', '注销', '经营异常', '严重违法失信'):
        fail('registry status %s' % st)
    if not (check_uscc(code) or check_regno(code)):
        fail('registry code invalid %s' % code)

pos = {'main': {}, 'holdout': {}}
sites = {'main': set(), 'holdout': set()}
enc_count, traps, total, meta_bad = {}, 0, 0, 0
for side, base in (('main', HERE), ('holdout', os.path.join(HERE, 'holdout'))):
    labels = read_tsv(os.path.join(base, 'labels.tsv'), 3)
    notes = {r[0]: r for r in read_tsv(os.path.join(base, 'notes.tsv'), 4)}
    files = sorted(os.listdir(os.path.join(base, 'pages')))
    if sorted(r[0] for r in labels) != files:
        fail('%s: labels.tsv does not match pages/' % side)
    if sorted(notes) != files:
        fail('%s: notes.tsv does not match pages/' % side)
    hist = read_tsv(os.path.join(base, 'history.tsv'), 3)
    if sorted(r[0] for r in hist) != sorted(os.listdir(os.path.join(base, 'history'))):
        fail('%s: history.tsv does not match history/' % side)
    by_url = {}
    for hfn, url, days in hist:
        by_url.setdefault(url, []).append((hfn, float(days)))
    urls = set()
    for fn, url, codes in labels:
        total += 1
        urls.add(url)
        labelled = set() if codes == '-' else set(codes.split(','))
        if codes != '-' and (codes.split(',') != sorted(labelled) or not labelled <= CODES):
            fail('%s: bad codes %s' % (fn, codes))
        for c in labelled:
            pos[side][c] = pos[side].get(c, 0) + 1
        _, enc, bom, note = notes.get(fn, (fn, '?', '?', ''))
        if (codes == '-') != note.startswith('trap'):
            fail('%s: trap note / label disagree' % fn)
        traps += codes == '-'
        raw = open(os.path.join(base, 'pages', fn), 'rb').read()
        has_bom = raw.startswith(b'\xef\xbb\xbf')
        if has_bom != (bom == 'yes') or (has_bom and enc != 'utf-8'):
            fail('%s: BOM column wrong' % fn)
        body = raw[3:] if has_bom else raw
        try:
            doc = body.decode(enc, errors='strict')
        except (UnicodeDecodeError, LookupError) as e:
            fail('%s: does not decode as %s: %s' % (fn, enc, e))
            continue
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
        same = {'gbk': {'gbk', 'gb2312', 'gb18030'}, 'gb18030': {'gb18030'}, 'utf-8': {'utf-8'}, 'big5': {'big5'}}[enc]
        if declared not in same:
            meta_bad += 1
            if 'meta' not in note[-120:].lower():
                fail('%s: wrong/missing charset meta not stated at the end of the note' % fn)
        # ---- site identity and page kind
        host, path = re.match(r'https?://([^/]+)(/.*)', url).groups()
        mall = host == 'mall.wangjian.test'
        if mall:
            ms = re.search(r'data-shop="([^"]+)"', doc)
            site = 'mall:' + (ms.group(1) if ms else '?')
            home = re.fullmatch(r'/shop/[^/]+/', path) is not None
            if '/shop/' in path and site != 'mall:' + path.split('/')[2]:
                fail('%s: shop id disagrees with url' % fn)
        else:
            site, home = host, path == '/'
        sites[side].add(site)
        shown_doc = strip_hidden(doc)
        if mall:
            shown_doc = re.sub(r'(?s)<div class="mall-footer">.*?</div>', ' ', shown_doc)
        text = unicodedata.normalize('NFKC', html.unescape(re.sub(r'(?s)<[^>]+>', '', shown_doc)))
        # ---- licence codes shown (inline tags between parts are joined by the tag strip)
        found = [mm.group(0) for mm in re.finditer(r'(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])', text)]
        found += [mm.group(0) for mm in re.finditer(r'(?<!\d)\d{15}(?!\d)', text)
                  if re.search(r'注册号|註冊號', text[max(0, mm.start() - 12):mm.start()])]
        invalid_here = False
        for c in found:
            ok = check_uscc(c) if len(c) == 18 else check_regno(c)
            if ok == (c in INTENDED_INVALID):
                fail('%s: code %s validity differs from intention' % (fn, c))
            if not ok:
                invalid_here = True
            elif 'LICENSE_MISMATCH' not in labelled:
                name, st = registry.get(c, ('', ''))
                if st != '存续':
                    fail('%s: valid code %s not 存续 in registry' % (fn, c))
                if enc != 'big5' and name and name not in text:
                    fail('%s: registry name %s not on the page' % (fn, name))
        if invalid_here != ('LICENSE_INVALID' in labelled):
            fail('%s: LICENSE_INVALID label vs displayed codes disagree' % fn)
        for sc in re.findall(r'serial=([0-9A-Z]{18})-', shown_doc):
            if 'LICENSE_MISMATCH' not in labelled and sc not in found:
                fail('%s: e-licence serial %s names a code not shown' % (fn, sc))
        # ---- home-page facts
        tt = text.translate(T2S)
        if home:
            licence_shown = bool(found) or 'zzlz.gsxt.gov.cn' in shown_doc or \
                re.search(r'alt="[^"]*营业执照', shown_doc.translate(T2S)) is not None or '第十条' in tt
            if (not licence_shown) != ('LICENSE_MISSING' in labelled):
                fail('%s: LICENSE_MISSING label vs page disagree' % fn)
        elif 'LICENSE_MISSING' in labelled or 'ICP_MISSING' in labelled or 'MARK_MISSING' in labelled:
            fail('%s: *_MISSING label on a page that is not a home page' % fn)
        if home and mall:
            mark = any('mall-mark' in cls.split() for cls in re.findall(r'class="([^"]*)"', shown_doc))
            if (not mark) != ('MARK_MISSING' in labelled):
                fail('%s: MARK_MISSING label vs page disagree' % fn)
        if home and not mall:
            icps = re.findall(r'(\S{1,2}ICP[备证]\S*?号(?:-\d+)?)', tt)
            good = [i for i in icps if re.fullmatch(r'[%s]ICP[备证]\d{8}(?:\d{2})?号(?:-\d+)?' % ''.join(PROV), i)]
            if (not icps) != ('ICP_MISSING' in labelled):
                fail('%s: ICP_MISSING label vs page disagree (%s)' % (fn, icps))
            if (bool(icps) and not good) != ('ICP_INVALID' in labelled):
                fail('%s: ICP_INVALID label vs page disagree (%s)' % (fn, icps))
        # ---- compared price against captures < 7 days old
        orig = first_price(text, '原价|划线价|日常价')
        caps = [(h, d) for h, d in by_url.get(url, [])]
        if caps and orig is None:
            fail('%s: history but no compared price' % fn)
        if orig is not None:
            low = []
            for h, d in caps:
                hraw = open(os.path.join(base, 'history', h), 'rb').read()
                hdoc = (hraw[3:] if has_bom else hraw).decode(enc)
                hm = re.search(r'charset=["\']?([\w-]+)', hdoc)
                if (hm.group(1).lower() if hm else None) not in same:
                    fail('%s: history capture declares another charset than its page\'s bytes' % h)
                htext = visible_text(hdoc)
                if d < 7:
                    low.append(first_price(htext))
            fake = bool(low) and orig > min(low)
            if fake != ('FAKE_ORIGINAL_PRICE' in labelled):
                fail('%s: FAKE_ORIGINAL_PRICE label vs history disagree (orig %s, lows %s)' % (fn, orig, low))
    for hfn, url, days in hist:
        if url not in urls:
            fail('%s: history url %s not a page on this side' % (hfn, url))
        if float(days) <= 0:
            fail('%s: days_before must be > 0' % hfn)

if sites['main'] & sites['holdout']:
    fail('site on both sides: %s' % (sites['main'] & sites['holdout']))
for c in sorted(CODES):
    a, b = pos['main'].get(c, 0), pos['holdout'].get(c, 0)
    if a < 1 or b < 1 or a + b < (3 if c in MIN3 else 4):
        fail('code %s: main %d holdout %d' % (c, a, b))
if traps < 25:
    fail('only %d traps' % traps)
for e in ('gbk', 'gb18030', 'big5'):
    if enc_count.get(e, 0) < 8:
        fail('only %d %s pages' % (enc_count.get(e, 0), e))

print('pages %d, sites %d+%d, traps %d, wrong/missing meta %d' % (total, len(sites['main']), len(sites['holdout']), traps, meta_bad))
print('encodings', dict(sorted(enc_count.items())))
for c in sorted(CODES):
    print('  %-20s main %d  holdout %d' % (c, pos['main'].get(c, 0), pos['holdout'].get(c, 0)))
if fails:
    print('\n'.join('FAIL: ' + f for f in fails))
    sys.exit(1)
print('selfcheck: OK')
