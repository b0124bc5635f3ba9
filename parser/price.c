/*
 * Prices from the visible text: "¥12.50", "￥1,299", "12元", "RMB 30",
 * "人民币30元", ranges "¥10-20" / "10～20元" (the lowest counts), full-width
 * digits ("￥１２９") and traditional labels (原價, 劃線價, 售價 ...).
 *
 * Amounts right after 减/省/返/满/送/券/赠/费/抵 or followed by 券/优惠券/
 * 红包 are discounts, coupons or fees, not prices, and are skipped; so are
 * amounts after a reward word (返现, 奖励 ...) or a worth (价值 ¥199 的滤芯).
 * Each price token is classed as original when the nearest label in the
 * LABEL_WINDOW bytes before it is 原价/划线价/市场价/吊牌价/日常价/专柜价...
 * or when it lies inside <del>/<s>/<strike> or an inline element struck by
 * styling (html.c: line-through, a class naming a former price); otherwise it is a current
 * price (labelled 现价/促销价/到手价/券后价/售价... or bare).
 * Item pages hold one item: the current price is the first one equal to
 * the first price in the profile's price node when the profile names one,
 * else the first labelled current price (else the first current price);
 * the original is the first original price.  Other pages: every
 * current price starts an item, and an original price within PAIR_WINDOW
 * bytes joins the item before it (or, failing that, the next one).
 * Keys: the base (profile item id "platform:id", else the URL path with
 * its ?query, which often carries the item id: item.htm?id=1) for item
 * pages and pages with a single item, else base + "#n" (n from 1, in
 * document order).
 */
#include "parser/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { LABEL_WINDOW = 30, PAIR_WINDOW = 150, MAX_TOKENS = 4 * PARSER_MAX_PRICES };

typedef struct {
    double value;
    size_t off;
    int original;
    int labelled;
} token;

/* Simplified, then traditional forms (Big5 and HK/TW templates: 原價, 劃線價, 售價). */
static const char *const CURRENT[] = {"现价", "促销价", "到手价", "券后价", "券后", "售价",
                                      "秒杀价", "活动价", "折后价", "优惠价", "会员价", "抢购价",
                                      "价格", "現價", "促銷價", "到手價", "券後價", "券後", "售價",
                                      "秒殺價", "活動價", "折後價", "優惠價", "會員價", "搶購價",
                                      "價格", NULL};
static const char *const ORIGINAL[] = {"原价", "划线价", "市场价", "吊牌价", "日常价", "专柜价",
                                       "参考价", "门市价", "建议零售价", "原價", "劃線價", "市場價",
                                       "吊牌價", "日常價", "專櫃價", "參考價", "門市價",
                                       "建議零售價",
                                       /* the comparison prices of the published 价格欺诈 cases
                                        * (天津 2016 推荐零售价, as reported): a maker's or brand's
                                        * suggested price, not 政府指导价 (a price regime) */
                                       "推荐零售价", "推荐售价", "建议售价", "厂家指导价",
                                       "官方指导价", "品牌指导价", "厂商指导价", "推薦零售價",
                                       "推薦售價", "建議售價", "廠家指導價", "官方指導價",
                                       "品牌指導價", "廠商指導價",
                                       /* "市场价格": the 价格 inside must not make it current */
                                       "市场价格", "吊牌价格", "日常价格", "专柜价格", "参考价格",
                                       "门市价格", "原价格", "市場價格", "吊牌價格", "日常價格",
                                       "專櫃價格", "參考價格", "門市價格", "原價格",
                                       /* the same compared price in other sellers' words (paraphrase
                                        * round, issue #15): the market's, the shop floor's, the usual
                                        * and the former price, said as a price or as what it sold at
                                        * (平时卖 3999, 原来卖 268); 原售价 and 日常售价 end in 售价, a
                                        * current label, and win the tie as original labels do */
                                       "市面价", "原售价", "日常售价", "平日价", "平时价", "平常价",
                                       "实体店价", "门店价", "参考零售价", "吊牌", "平时卖", "原来卖",
                                       "以前卖", "市面價", "原售價", "日常售價", "平日價", "平時價",
                                       "實體店價", "門店價", "參考零售價", "平時賣", "原來賣", NULL};

static int starts(const char *t, size_t n, size_t i, const char *lit)
{
    size_t l = strlen(lit);
    return i + l <= n && memcmp(t + i, lit, l) == 0;
}

/* 1 + the value of a full-width digit (０-９, EF BC 90-99) at t[p], else 0. */
static size_t fullwidth_digit(const char *t, size_t n, size_t p)
{
    const unsigned char *u = (const unsigned char *)t + p;
    return p + 3 <= n && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99
               ? (size_t)(u[2] - 0x90) + 1
               : 0;
}

/* Parse "1,299.50" (also "１２９") at t[*i]; returns 1 and the value.  At most 10 digits
 * are accepted, so the digits form an exact integer m and the value is
 * m / 10^decimals: one correctly rounded division, the same double strtod()
 * gives for the written number, at a fraction of its cost (this runs for
 * every number in the visible text). */
static int number_at(const char *t, size_t n, size_t *i, double *v)
{
    static const double POW10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};
    size_t k = 0, p = *i;
    int digits = 0, dot = 0, decimals = 0;
    uint64_t m = 0;
    while (p < n && k + 1 < 32) { /* 32: the length of the buffer strtod() used to get */
        char c = t[p];
        size_t fw = fullwidth_digit(t, n, p);
        if (fw) { /* "１２９": read as 129 */
            m = digits < 19 ? m * 10 + (uint64_t)(fw - 1) : m;
            k++;
            digits++;
            decimals += dot;
            p += 3;
            continue;
        }
        if (c >= '0' && c <= '9') {
            m = digits < 19 ? m * 10 + (uint64_t)(c - '0') : m;
            k++;
            digits++;
            decimals += dot;
        } else if (c == ',' && digits && !dot && p + 1 < n && t[p + 1] >= '0' && t[p + 1] <= '9') {
            /* thousands separator: skip */
        } else if (c == '.' && !dot && digits && p + 1 < n && t[p + 1] >= '0' && t[p + 1] <= '9') {
            k++;
            dot = 1;
        } else {
            break;
        }
        p++;
    }
    if (!digits || digits > 10)
        return 0;
    *v = (double)m / POW10[decimals];
    *i = p;
    return 1;
}

static size_t skip_spaces(const char *t, size_t n, size_t i)
{
    while (i < n) {
        unsigned char c = (unsigned char)t[i];
        if (c > ' ' && c < 0x80) /* the common case: no space here */
            break;
        size_t j = i;
        if (!parser_utf8_is_space(parser_utf8_next(t, n, &j)))
            break;
        i = j;
    }
    return i;
}

/* Currency sign at t[i] ("¥" C2 A5, "￥" EF BF A5, "人民币", "rmb" in any
 * case): its length, else 0.  Byte compares, because 人 shares its first
 * byte with much of the CJK text this is called on. */
static size_t currency_len(const char *t, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)t + i;
    size_t left = n - i;
    switch (u[0]) {
    case 0xC2: return left >= 2 && u[1] == 0xA5 ? 2 : 0;
    case 0xEF: return left >= 3 && u[1] == 0xBF && u[2] == 0xA5 ? 3 : 0;
    case 0xE4: return left >= 9 && u[1] == 0xBA &&
                      (memcmp(u, "人民币", 9) == 0 || memcmp(u, "人民幣", 9) == 0) ? 9 : 0;
    case 'r':
    case 'R': return left >= 3 && strncasecmp((const char *)u, "rmb", 3) == 0 ? 3 : 0;
    default: return 0;
    }
}

/* Range continuation "-20", "～¥20", "至20": lowers *v when it parses. */
static size_t range_tail(const char *t, size_t n, size_t i, double *v)
{
    size_t j = skip_spaces(t, n, i);
    size_t k = j;
    uint32_t cp = j < n ? parser_utf8_next(t, n, &k) : 0;
    if (!(cp == '-' || cp == '~' || cp == 0xFF5E || cp == 0xFF0D || cp == 0x2014 || cp == 0x2013 ||
          cp == 0x81F3))
        return i;
    k = skip_spaces(t, n, k);
    k += currency_len(t, n, k);
    k = skip_spaces(t, n, k);
    double hi;
    if (!number_at(t, n, &k, &hi))
        return i;
    if (hi < *v)
        *v = hi;
    return k;
}

/* An original label right after 按 or 以 (退货运费按原价格10元, 以原价赔付) names the price a sum is
 * settled at, not a price the page compares the current one with.  Not the 以 that ends another
 * word (所以原价¥299, 可以原价, 难以原价): there the label compares as anywhere else. */
static int settled_at(const char *t, size_t p)
{
    if (p < 3)
        return 0;
    if (memcmp(t + p - 3, "按", 3) == 0)
        return 1;
    if (memcmp(t + p - 3, "以", 3) != 0)
        return 0;
    if (p < 6)
        return 1;
    static const char *const WORD_YI[] = {"所", "可", "难", "足", "得", "予", "加", "難", NULL};
    for (size_t k = 0; WORD_YI[k]; k++)
        if (memcmp(t + p - 6, WORD_YI[k], 3) == 0)
            return 0;
    return 1;
}

/* 1 when the text before t[p], spaces and a colon skipped, ends in an original label: a bare
 * number there is the compared price (原价3999, 门店价：699, 平时卖 3999) though no 元 or
 * currency sign follows, as live-stream and chat copy writes it. */
static int after_original_label(const char *t, size_t p)
{
    size_t q = p, ps;
    for (int k = 0; k < 4 && q > 0; k++) {
        uint32_t cp = parser_utf8_prev(t, q, &ps);
        if (!parser_utf8_is_space(cp) && cp != ':' && cp != 0xFF1A)
            break;
        q = ps;
    }
    for (size_t k = 0; ORIGINAL[k]; k++) {
        size_t l = strlen(ORIGINAL[k]);
        /* bare 吊牌 names a price only with 元 or a currency sign: a bare number after it is
         * a size or a date on the tag (吊牌：165/88A, 吊牌 2024.05) */
        if (l == 6 && memcmp(ORIGINAL[k], "吊牌", 6) == 0)
            continue;
        if (q >= l && memcmp(t + q - l, ORIGINAL[k], l) == 0 && !settled_at(t, q - l))
            return 1;
    }
    return 0;
}

/* 1 for a character counting or measuring what a number before it counts (件 盒 年 …): after
 * "原价 3 " it makes the number a count, not a compared price. */
static int unit_after_space(uint32_t w)
{
    static const char UNITS[] = "件盒个年月天日期只支瓶套码号张包袋斤克粒片箱条双份次周岁米寸台本人位毫升吨";
    size_t i = 0, n = sizeof UNITS - 1;
    while (i < n) {
        uint32_t u = parser_utf8_next(UNITS, n, &i);
        if (u == w)
            return 1;
    }
    return 0;
}

/* 1 when the bare number ending at t[e] ends its clause, as a compared price written without 元
 * does (原价3999，  门店价：699  原价3999 现价¥299): the end of the text, clause punctuation, or
 * spaces then something other than a digit.  Not a number that goes on as a size, a range, a
 * phone number or a date (165/88A, 160-165, 400-820-8820, 2024-05-01, 12:30), nor one counting
 * something (吊牌2个, 123abc, 30%). */
static int bare_number_ends(const char *t, size_t n, size_t e)
{
    if (e >= n)
        return 1;
    size_t nx = e;
    uint32_t cp = parser_utf8_next(t, n, &nx);
    if (parser_utf8_is_space(cp)) {
        size_t s = skip_spaces(t, n, e);
        if (s >= n)
            return 1;
        if ((t[s] >= '0' && t[s] <= '9') || fullwidth_digit(t, n, s))
            return 0;
        /* review s27b (11): a count or a term after the space is no price (原价：2 盒装,
         * 3 件起批, 3 年质保, 500 ml); 元/块/rmb after it still are */
        size_t u = s;
        uint32_t w = parser_utf8_next(t, n, &u);
        if ((w >= 'a' && w <= 'z') || (w >= 'A' && w <= 'Z'))
            return (w == 'r' || w == 'R') && u < n && (t[u] == 'm' || t[u] == 'M');
        return w > 0x7F ? !unit_after_space(w) : 1;
    }
    if (cp == '.')
        return nx >= n || !(t[nx] >= '0' && t[nx] <= '9');
    return cp == ',' || cp == ';' || cp == '!' || cp == '?' || cp == ')' || cp == ']' ||
           cp == '|' || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF01 ||
           cp == 0xFF1F || cp == 0x3001 || cp == 0xFF09 || cp == 0x3011;
}

/* The label nearest before the amount at t[st], looked for in the
 * LABEL_WINDOW bytes before it but not before lo (where the previous
 * amount ended: "日常价 ¥599 双12价 ¥299" labels 599 only). */
static int nearest_label(const char *t, size_t lo, size_t st, int *original)
{
    size_t from = st > LABEL_WINDOW ? st - LABEL_WINDOW : 0;
    if (from < lo)
        from = lo;
    size_t best = 0;
    int found = 0;
    for (int o = 0; o < 2; o++) {
        const char *const *list = o ? ORIGINAL : CURRENT;
        for (size_t k = 0; list[k]; k++) {
            size_t l = strlen(list[k]);
            for (size_t p = from; p + l <= st; p++)
                if (t[p] == list[k][0] && t[p + 1] == list[k][1] && /* cheap first */
                    memcmp(t + p, list[k], l) == 0 && !(o && settled_at(t, p)) &&
                    (!found || p + l > best || (p + l == best && o))) {
                    best = p + l;
                    found = 1;
                    *original = o;
                }
        }
    }
    /* an original label with a number of its own right after it (吊牌：160-165, 原价 2024-05-01
     * 起调整, 门店价：400-820-8820) names that number, which was no amount, not a later one */
    if (found && *original) {
        size_t q = skip_spaces(t, st, best);
        if (starts(t, st, q, ":"))
            q++;
        else if (starts(t, st, q, "："))
            q += strlen("：");
        q = skip_spaces(t, st, q);
        if (q < st && ((t[q] >= '0' && t[q] <= '9') || fullwidth_digit(t, st, q))) {
            *original = 0;
            return 0;
        }
    }
    return found;
}

static int struck(const html_extra *x, size_t off)
{
    for (size_t i = 0; x && i < x->n_strikes; i++)
        if (off >= x->strikes[i].start && off < x->strikes[i].end)
            return 1;
    return 0;
}

/* Discounts, coupons, rebates and fees are amounts, not prices:
 * "满300减50元", "立减10元", "省20元", "运费10元", "10元券". */
static int not_a_price(const char *t, size_t n, size_t st, size_t end)
{
    static const uint32_t before[] = {0x51CF /* 减 */, 0x7701 /* 省 */, 0x8FD4 /* 返 */,
                                      0x6EE1 /* 满 */, 0x9001 /* 送 */, 0x5238 /* 券 */,
                                      0x8D60 /* 赠 */, 0x8D39 /* 费 */, 0x62B5 /* 抵 */,
                                      0x6E1B /* 減 */, 0x6EFF /* 滿 */, 0x8D08 /* 贈 */,
                                      0x8CBB /* 費 */, 0};
    size_t p = st, ps;
    uint32_t cp = 0;
    for (int k = 0; k < 4 && p > 0; k++) { /* previous non-space character */
        cp = parser_utf8_prev(t, p, &ps);
        p = ps;
        if (!parser_utf8_is_space(cp) && cp != ':' && cp != 0xFF1A)
            break;
    }
    for (size_t k = 0; before[k]; k++)
        if (cp == before[k])
            return 1;
    /* a reward paid to the buyer, named by a word of two characters whose
     * last one is no discount word alone: "返现 50 元", "奖励10元", "红包 5 元",
     * "补贴 20 元", "佣金 8 元" */
    static const char *const rewards[] = {"返现", "返利", "返还", "奖励", "奖金", "红包", "补贴",
                                          "佣金", "津贴", "返現", "獎勵", "獎金", "紅包", "補貼",
                                          "津貼",
                                          /* (s29) a gift's or a prize's stated worth, not the
                                           * offer's price: 送价值 ¥199 的滤芯, 赠價值 88 元的禮盒 */
                                          "价值", "價值", NULL};
    if (cp >= 0x3400) {
        size_t w = p, e = p; /* the reward word is t[w..e): the character before cp, and cp */
        parser_utf8_prev(t, p, &w);
        parser_utf8_next(t, n, &e);
        for (size_t k = 0; rewards[k]; k++)
            if (w + strlen(rewards[k]) == e && starts(t, n, w, rewards[k]))
                return 1;
    }
    return starts(t, n, end, "券") || starts(t, n, end, "优惠券") || starts(t, n, end, "红包") ||
           starts(t, n, end, "優惠券") || starts(t, n, end, "紅包");
}

/* A price written at t[p] ("¥12", "RMB 3-5", "12元"): its end, or 0. */
static size_t amount_at(const char *t, size_t n, size_t p, double *v)
{
    size_t c = currency_len(t, n, p), q;
    if (c) {
        q = skip_spaces(t, n, p + c);
        if (!number_at(t, n, &q, v))
            return 0;
        q = range_tail(t, n, q, v);
        return starts(t, n, q, "元") ? q + strlen("元") : q;
    }
    int fw = fullwidth_digit(t, n, p) != 0;
    if ((!fw && (t[p] < '0' || t[p] > '9')) ||
        (p > 0 && ((t[p - 1] >= '0' && t[p - 1] <= '9') || t[p - 1] == '.')) ||
        (fw && p >= 3 && fullwidth_digit(t, n, p - 3)))
        return 0;
    q = p; /* a bare number is a price only with 元 after it, or right after an original label */
    if (!number_at(t, n, &q, v))
        return 0;
    double one = *v;
    size_t e = range_tail(t, n, q, v);
    size_t y = skip_spaces(t, n, e);
    if (starts(t, n, y, "元"))
        return y + strlen("元");
    /* a bare number after a label: the number alone, no range (without 元 a range is a size or
     * a phone number as often as a price), and it must end its clause */
    *v = one;
    return bare_number_ends(t, n, q) && after_original_label(t, p) ? q : 0;
}

/* Bytes that can start an amount: a digit, or the first byte of a
 * currency sign (see currency_len), as a bitmap (bit c of the 256).
 * Checked before amount_at() so the scan costs one table load per byte
 * of text. */
static const uint64_t STARTS[4] = {0x03FF000000000000ULL, /* '0'..'9' */
                                   (1ULL << ('R' - 64)) | (1ULL << ('r' - 64)),
                                   0,
                                   (1ULL << (0xC2 - 192)) | (1ULL << (0xE4 - 192)) |
                                       (1ULL << (0xEF - 192))};

static int may_start(unsigned char c)
{
    return (int)((STARTS[c >> 6] >> (c & 63)) & 1);
}

/* Sixteen bytes as one value: GCC and Clang compile this generic vector
 * type to SSE2 on x86-64 (NEON on arm64, plain code elsewhere). */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* 0 only when no amount can start in u[0..16): amount_at() needs "¥"
 * (C2 A5), "￥" (EF BF A5), "人民币" (E4 BA BA ...), "rmb" in any case, a
 * full-width digit (EF BC 90-99), or a digit that does not follow a digit
 * or '.'; here those bytes are
 * compared for sixteen positions at once (u[-1..18) must be readable). */
static int maybe_amount(const unsigned char *u)
{
    bytes16 z, a, b, c;
    memcpy(&z, u - 1, sizeof z);
    memcpy(&a, u, sizeof a);
    memcpy(&b, u + 1, sizeof b);
    memcpy(&c, u + 2, sizeof c);
    bytes16 digit = (bytes16)(a - '0') < 10;
    bytes16 after_number = ((bytes16)(z - '0') < 10) | (z == '.');
    bytes16 m = (digit & ~after_number) | ((a == 0xC2) & (b == 0xA5)) |
                ((a == 0xEF) & (b == 0xBF) & (c == 0xA5)) |
                ((a == 0xEF) & (b == 0xBC) & ((bytes16)(c - 0x90) < 10)) | /* "１" */
                ((a == 0xE4) & (b == 0xBA) & (c == 0xBA)) |
                (((a | 0x20) == 'r') & ((b | 0x20) == 'm') & ((c | 0x20) == 'b'));
    uint64_t half[2];
    memcpy(half, &m, sizeof half);
    return (half[0] | half[1]) != 0;
}

/* Next token at or after *i; 0 when none.  Windows of sixteen positions
 * that maybe_amount() clears are skipped whole; the others are tried one
 * position at a time. */
static int next_token(const char *t, size_t n, size_t *i, token *tok, const html_extra *x)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t p = *i, window_end = p, prev_end = *i;
    while (p < n) {
        if (p >= window_end) {
            if (p > 0 && p + 18 <= n && !maybe_amount(u + p)) {
                p += 16;
                window_end = p;
                continue;
            }
            window_end = p + 16;
        }
        double v;
        size_t end = may_start(u[p]) ? amount_at(t, n, p, &v) : 0;
        if (!end) {
            p++;
            continue;
        }
        if (not_a_price(t, n, p, end)) {
            p = end; /* resume after the whole amount */
            continue;
        }
        *i = end;
        tok->value = v;
        tok->off = p;
        tok->original = 0;
        tok->labelled = nearest_label(t, prev_end, p, &tok->original);
        if (struck(x, p))
            tok->original = tok->labelled = 1;
        return 1;
    }
    *i = n;
    return 0;
}

typedef struct {
    parser_price *v;
    size_t n;
    int failed;
} price_list;

static parser_price *new_item(price_list *L, const token *t)
{
    if (L->n >= PARSER_MAX_PRICES)
        return NULL;
    parser_price *p = &L->v[L->n++];
    p->item_key = NULL;
    p->price = t->value;
    p->original = -1;
    p->text_off = t->off;
    return p;
}

/* First current price in the profile's price text, or -1. */
static double hint_price(const char *hint)
{
    size_t i = 0;
    token t;
    while (hint && next_token(hint, strlen(hint), &i, &t, NULL))
        if (!t.original)
            return t.value;
    return -1;
}

/* The current-price token of an item page (see the file comment). */
static const token *item_current(const token *tk, size_t nt, double hint)
{
    const token *cur = NULL;
    for (size_t i = 0; i < nt && hint >= 0; i++)
        if (!tk[i].original && tk[i].value == hint)
            return &tk[i];
    for (size_t i = 0; i < nt; i++)
        if (!tk[i].original && (!cur || (tk[i].labelled && !cur->labelled)))
            cur = &tk[i];
    return cur;
}

static void group_items(price_list *L, const token *tk, size_t nt, int item_page, double hint)
{
    if (item_page) {
        const token *orig = NULL;
        for (size_t i = 0; i < nt && !orig; i++)
            if (tk[i].original)
                orig = &tk[i];
        const token *cur = item_current(tk, nt, hint);
        parser_price *p = cur ? new_item(L, cur) : NULL;
        if (p && orig)
            p->original = orig->value;
        return;
    }
    const token *pending = NULL;
    for (size_t i = 0; i < nt; i++) {
        parser_price *last = L->n ? &L->v[L->n - 1] : NULL;
        if (tk[i].original) {
            if (last && last->original < 0 && tk[i].off - last->text_off < PAIR_WINDOW)
                last->original = tk[i].value;
            else
                pending = &tk[i];
            continue;
        }
        parser_price *p = new_item(L, &tk[i]);
        if (p && pending && tk[i].off - pending->off < PAIR_WINDOW)
            p->original = pending->value;
        pending = NULL;
    }
}

static int set_keys(price_list *L, const char *base, int item_page)
{
    for (size_t i = 0; i < L->n; i++) {
        size_t len = strlen(base) + 24;
        char *k = malloc(len);
        if (!k)
            return 0;
        if (item_page || L->n == 1)
            snprintf(k, len, "%s", base);
        else
            snprintf(k, len, "%s#%zu", base, i + 1);
        L->v[i].item_key = k;
    }
    return 1;
}

parser_result parser_price_extract(parser_page *page, const html_extra *extra,
                                   const char *item_base, int item_page, const char *price_hint)
{
    size_t cap = 64, nt = 0;
    token *tk = malloc(cap * sizeof *tk);
    if (!tk)
        return PARSER_ENOMEM;
    size_t i = 0;
    token t;
    while (nt < MAX_TOKENS && next_token(page->text, page->text_len, &i, &t, extra)) {
        if (nt == cap) {
            token *g = realloc(tk, 2 * cap * sizeof *g);
            if (!g) {
                free(tk);
                return PARSER_ENOMEM;
            }
            tk = g;
            cap *= 2;
        }
        tk[nt++] = t;
    }
    price_list L = {calloc(nt ? nt : 1, sizeof(parser_price)), 0, 0};
    if (!L.v) {
        free(tk);
        return PARSER_ENOMEM;
    }
    group_items(&L, tk, nt, item_page, hint_price(price_hint));
    free(tk);
    int ok = set_keys(&L, item_base, item_page);
    page->prices = L.v;
    page->n_prices = L.n;
    return ok ? PARSER_OK : PARSER_ENOMEM;
}
