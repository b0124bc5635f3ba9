/*
 * Business-licence facts: 统一社会信用代码 (18 chars, GB 32100-2015) and
 * 注册号 (15 digits, ISO 7064 MOD 11,10), with the company name, legal
 * representative and address shown near them, and the 电子商务法 第十条
 * exemption statement.
 *
 * A candidate is a maximal run of ASCII letters/digits (so it cannot be
 * part of a longer code) of length 18 or 15.  It counts as a licence number
 * when a label (统一社会信用代码, 信用代码, 营业执照, 注册号, 执照编号,
 * 纳税人识别号 ...) ends within LABEL_WINDOW bytes before it — then it is
 * reported even when its check character is wrong (check_ok=0: that is
 * what LICENSE_INVALID needs) — or, for 18-char codes only, when it has the
 * USCC shape (authority, kind, six-digit division) AND its check passes;
 * a 15-digit number also counts when a label right after it ends its line
 * or closes a bracket (label_follows) and its check digit is right.
 * "Its check passes" includes the GB 11714 check of the organisation code
 * inside a USCC (characters 9-17).
 * An unlabelled order number therefore needs 1-in-31 luck and the right
 * shape to be mistaken for a code; an unlabelled 15-digit number never is.
 * A company name's end (…公司, …个体工商户) right before a USCC-shaped code
 * with a letter in its body or a passing check labels it too (named_code()),
 * so a footer "某某有限公司<br>9137…" is read, valid or not.
 * The visible text is scanned first; codes found only in the raw source
 * (scripts, comments, hidden blocks) are added with visible=0 and no
 * company/representative/address.
 */
#include "parser/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { LABEL_WINDOW = 60, FIELD_WINDOW = 400, NAME_MAX_BYTES = 150, ADDR_MAX_BYTES = 300 };

static const char USCC_CHARS[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const int USCC_WEIGHTS[17] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                     29, 25, 13, 8,  24, 10, 30, 28};

static int uscc_value(char c)
{
    const char *p = c ? strchr(USCC_CHARS, c) : NULL;
    return p ? (int)(p - USCC_CHARS) : -1;
}

/* The organisation code inside a USCC (characters 9-17, GB 11714-1997):
 * eight characters (digits 0-9, letters A-Z as 10-35) weighted 3 7 9 10 5
 * 8 4 2, then a check character 11 - sum mod 11, written X for 10 and 0
 * for 11.  GB 32100 builds the USCC around it, so a code whose outer
 * check passes but whose inner one fails was made up to pass the outer
 * one (LICENSE_INVALID all the same). */
static int orgcode_valid(const char *o)
{
    static const int w[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
        int v = isdigit((unsigned char)o[i]) ? o[i] - '0' : o[i] - 'A' + 10;
        sum += v * w[i]; /* only USCC characters reach here: 0-9, A-Y */
    }
    int c = 11 - sum % 11;
    return o[8] == (c == 10 ? 'X' : c == 11 ? '0' : '0' + c);
}

int parser_uscc_valid(const char *code)
{
    if (!code || strlen(code) != 18)
        return 0;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
        int v = uscc_value(code[i]);
        if (v < 0)
            return 0;
        sum += v * USCC_WEIGHTS[i];
    }
    return uscc_value(code[17]) == (31 - sum % 31) % 31 && orgcode_valid(code + 8);
}

int parser_regno_valid(const char *d)
{
    if (!d || strlen(d) != 15)
        return 0;
    int p = 10;
    for (int i = 0; i < 15; i++)
        if (!isdigit((unsigned char)d[i]))
            return 0;
    for (int i = 0; i < 14; i++) {
        int s = (p + (d[i] - '0')) % 10;
        if (s == 0)
            s = 10;
        p = (2 * s) % 11;
    }
    return d[14] - '0' == (11 - p) % 10;
}

void parser_license_free_fields(parser_license *l)
{
    free(l->company);
    free(l->legal_rep);
    free(l->address);
}

static const char *const LABELS[] = {
    "统一社会信用代码", "社会信用代码", "信用代码", "营业执照", "注册号", "执照编号",
    "纳税人识别号", "税号", "工商注册", "USCC", "Credit Code",
    /* English footers of export shops: "Business Licence No.",
     * "Registration No." (the 注册号) */
    "Licence No", "License No", "Registration No", "Reg. No",
    /* the licence's number in a shop's short label (执照号, 执照号码, 执照代码:
     * a <dl> block "主体 … 执照号 …"), as 执照编号 above */
    "执照号", "执照代码", "执照编码",
    /* traditional forms, as Big5 and HK/TW templates write them */
    "統一社會信用代碼", "社會信用代碼", "信用代碼", "營業執照", "註冊號", "執照編號", "執照號",
    "執照代碼", "執照編碼", NULL};

/* Back off to a UTF-8 character boundary. */
static size_t boundary(const char *t, size_t i)
{
    while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static int uscc_shape(const char *c)
{
    if (!strchr("123456789ANY", c[0]) || c[1] < '1' || c[1] > '9')
        return 0;
    for (int i = 2; i < 8; i++)
        if (!isdigit((unsigned char)c[i]))
            return 0;
    return 1;
}

/* Value after "label[：:]" up to a delimiter, or NULL. */
static char *value_after(const char *t, size_t n, size_t from, size_t to, const char *label,
                         int need_colon, size_t max)
{
    size_t l = strlen(label);
    for (size_t p = from; p + l <= to; p++) {
        if (memcmp(t + p, label, l) != 0)
            continue;
        size_t i = p + l, st;
        int colon = 0;
        while (i < n) {
            st = i;
            uint32_t cp = parser_utf8_next(t, n, &i);
            if (cp == ':' || cp == 0xFF1A || cp == '\t') { /* '\t': next table cell */
                colon = 1;
            } else if (!(cp == ' ' || cp == 0xA0 || cp == 0x3000)) {
                i = st;
                break;
            }
        }
        if (need_colon && !colon)
            continue;
        size_t vs = i;
        while (i < n) {
            st = i;
            uint32_t cp = parser_utf8_next(t, n, &i);
            if (cp == '\n' || cp == '\t' || cp == ';' || cp == 0xFF1B || cp == ',' ||
                cp == 0xFF0C || cp == '|' || cp == 0x3000 || cp == 0x3002 ||
                (cp == ' ' && need_colon < 2)) {
                i = st;
                break;
            }
        }
        if (i > vs)
            return parser_str_collapse(t + vs, i - vs, max);
    }
    return NULL;
}

/* CJK of every plane (a name may hold 𠮷, U+20BB7, outside the BMP, which
 * GB18030 pages carry), compatibility ideographs, 〇 and brackets. */
static int name_char(uint32_t cp)
{
    return (cp >= 0x3400 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00) ||
           (cp >= 0x20000 && cp < 0x32000) || cp == 0x3007 || cp == 0xFF08 || cp == 0xFF09 ||
           cp == '(' || cp == ')';
}

/* Length of a closing bracket at t[i] (")" or "）"), else 0. */
static size_t close_bracket(const char *t, size_t n, size_t i)
{
    if (i < n && t[i] == ')')
        return 1;
    return i + 3 <= n && memcmp(t + i, "）", 3) == 0 ? 3 : 0;
}

/* Does cp end a place name (省 市 区 县 镇 乡 州 旗, simplified or
 * traditional)? */
static int division_char(uint32_t cp)
{
    return cp == 0x7701 || cp == 0x5E02 || cp == 0x533A || cp == 0x5340 || cp == 0x53BF ||
           cp == 0x7E23 || cp == 0x9547 || cp == 0x93AE || cp == 0x4E61 || cp == 0x9109 ||
           cp == 0x5DDE || cp == 0x65D7;
}

/* After a company name ending at t[i]: a branch's own suffix, a place and
 * 分公司 / 分店 / 营业部 ... ("佛山宝丽陶瓷有限公司南海分公司" is the branch's
 * registered name, not its parent's): its length, else 0.  The place is at
 * most two characters (南海, 天河), or up to six ending in 省/市/区/县...
 * (浦东新区, 广州天河区), so words that merely follow a name are not taken
 * (…有限公司欢迎光临本店分店, …全国各地分公司). */
static size_t branch_suffix(const char *t, size_t to, size_t i)
{
    static const char *const sfx[] = {"分公司", "分店", "分厂", "分廠", "营业部", "營業部",
                                      "办事处", "辦事處", "经营部", "經營部", NULL};
    size_t p = i, q;
    uint32_t last = 0;
    for (int k = 0; k <= 6 && p < to; k++) {
        for (size_t s = 0; sfx[s] && (k <= 2 || division_char(last)); s++) {
            size_t l = strlen(sfx[s]);
            if (p + l <= to && memcmp(t + p, sfx[s], l) == 0)
                return p + l - i;
        }
        q = p;
        last = parser_utf8_next(t, to, &q);
        if (!name_char(last))
            return 0;
        p = q;
    }
    return 0;
}

/* Words that head a licence block and never end a registered name: when
 * the heading runs into the name with nothing between ("店铺资质乌鲁木齐…
 * 有限公司", two inline spans), the name starts after the last of them. */
static const char *const HEADINGS[] = {
    "资质", "資質", "名称", "名稱", "主体", "主體", "执照", "執照", "店铺", "店鋪", "本店", "公示",
    "简介", "簡介", "经营者", "經營者", "运营方", "運營方",
    /* with 信息 after them (a name may hold 信息 itself: 信息技术有限公司) */
    "资质信息", "資質信息", "主体信息", "主體信息", "执照信息", "執照信息", "店铺信息",
    "店鋪信息", "经营者信息", "經營者信息", "公示信息", "信息公示", NULL};

/* Start of the name in t[st..p) once a heading run into it is cut off. */
static size_t after_heading(const char *t, size_t st, size_t p)
{
    size_t cut = st;
    for (size_t h = 0; HEADINGS[h]; h++) {
        size_t l = strlen(HEADINGS[h]);
        for (size_t q = st; q + l < p; q++) /* a name of at least one character stays */
            if (memcmp(t + q, HEADINGS[h], l) == 0 && q + l > cut)
                cut = q + l;
    }
    return cut;
}

/* A name ending in ends[] closest to pos in t[from..to), walking back over
 * CJK; `whole`: the ending must not run on into more CJK ("…玩具厂" is a
 * name, "…厂家直销" is not). */
static char *company_ending(const char *t, size_t from, size_t to, size_t pos,
                            const char *const *ends, int whole)
{
    char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t e = 0; ends[e]; e++) {
        size_t l = strlen(ends[e]);
        for (size_t p = from; p + l <= to; p++) {
            if (memcmp(t + p, ends[e], l) != 0)
                continue;
            if (whole && p + l < to) {
                size_t q = p + l;
                if (name_char(parser_utf8_next(t, to, &q)))
                    continue;
            }
            size_t st = p, s2;
            for (int k = 0; k < 40 && st > from; k++) {
                uint32_t cp = parser_utf8_prev(t, st, &s2);
                if (!name_char(cp))
                    break;
                st = s2;
            }
            st = after_heading(t, st, p);
            size_t d = p > pos ? p - pos : pos - p;
            if (st < p && d < best_d) {
                size_t stop = p + l; /* "…农场（个体工商户）": keep the bracket's close */
                stop += close_bracket(t, to, stop);
                stop += branch_suffix(t, to, stop);
                free(best);
                best = parser_str_collapse(t + st, stop - st, NAME_MAX_BYTES);
                best_d = d;
            }
        }
    }
    return best;
}

/* "...有限公司" closest to pos in t[from..to); failing any, a factory or
 * trading house (…玩具厂, …商行, …门市部: names a 个体工商户 or 个人独资企业
 * registers), which must end its run of CJK. */
static char *company_near(const char *t, size_t from, size_t to, size_t pos)
{
    /* (经营部: a 个体工商户's registered name often ends so, "成都市新都区蜀匠板材
     * 经营部"; without it a platform footer's 有限公司 further off was taken) */
    static const char *const ends[] = {"有限责任公司", "有限責任公司", "股份有限公司", "有限公司",
                                       "个体工商户", "個體工商戶", "合作社", "工作室",
                                       "经营部", "經營部", NULL};
    static const char *const lesser[] = {"厂", "廠", "商行", "门市部", "門市部", NULL};
    char *best = company_ending(t, from, to, pos, ends, 0);
    return best ? best : company_ending(t, from, to, pos, lesser, 1);
}

/* The line (text block) holding t[st..end), at most FIELD_WINDOW bytes to
 * each side: a shop header and a platform footer are separate blocks, so
 * fields read there belong to this code and not to the other one's. */
static void block_of(const char *t, size_t n, size_t st, size_t end, size_t *bs, size_t *be)
{
    size_t from = boundary(t, st > FIELD_WINDOW ? st - FIELD_WINDOW : 0);
    size_t to = end + FIELD_WINDOW < n ? boundary(t, end + FIELD_WINDOW) : n;
    *bs = st;
    while (*bs > from && t[*bs - 1] != '\n')
        (*bs)--;
    *be = end;
    while (*be < to && t[*be] != '\n')
        (*be)++;
}

/* Labels of a licence's own fields: the value after a heading such as
 * 营业执照 may be the next field's label rather than a name ("营业执照：统一
 * 社会信用代码 9137… 淄博某某有限公司"), and a label names nobody. */
static const char *const FIELD_LABELS[] = {
    "统一社会信用代码", "統一社會信用代碼", "统一社會信用代码", "統一社会信用代碼", "社会信用代码",
    "社會信用代碼", "信用代码", "信用代碼", "注册号", "註冊號", "注冊號", "註册号", "执照编号",
    "執照編號", "证照编号", "證照編號", "法定代表人", "法人代表", "登记机关", "登記機關",
    "经营范围", "經營範圍", "住所", "地址", NULL};

/* Does v start with one of FIELD_LABELS? */
static int field_label(const char *v)
{
    for (size_t i = 0; FIELD_LABELS[i]; i++)
        if (strncmp(v, FIELD_LABELS[i], strlen(FIELD_LABELS[i])) == 0)
            return 1;
    return 0;
}

/* A value that names an organisation rather than a person: at least five
 * characters ("经营者：张三" names the owner of a 个体工商户, not the business),
 * not starting with a code character, and not the label of another field. */
static int org_like(const char *v)
{
    size_t chars = 0;
    for (const char *p = v; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    return chars >= 5 && !isalnum((unsigned char)v[0]) && !field_label(v);
}

/* The first code point of the NUL-terminated s. */
static uint32_t first_cp(const char *s)
{
    size_t i = 0;
    return parser_utf8_next(s, strlen(s), &i);
}

/* v (malloc'd or NULL) when it names an organisation by its own name (not
 * a person, not a label, not starting with punctuation), else NULL with v
 * freed.  A closing bracket first means the form before it was the end of
 * the name before ("东宁市山货铺（个体工商户）统一社会信用代码 9223…"), and
 * what follows is no name (corpus12 a/holdout 064). */
static char *org_name(char *v)
{
    uint32_t c0 = v ? first_cp(v) : 0;
    if (v && (!org_like(v) || !name_char(c0) || c0 == ')' || c0 == 0xFF09)) {
        free(v);
        v = NULL;
    }
    return v;
}

static char *company_in(const char *t, size_t n, size_t from, size_t to, size_t pos, int block)
{
    static const char *const labels[] = {"企业名称", "公司名称", "经营者名称", "主体名称", "名称",
                                         "企業名稱", "公司名稱", "經營者名稱", "主體名稱", "名稱",
                                         NULL};
    /* only inside the code's own block: there they label its holder */
    static const char *const block_labels[] = {"营业执照", "營業執照", "经营者", "經營者", NULL};
    char *v = NULL;
    for (size_t i = 0; labels[i] && !v; i++)
        v = value_after(t, n, from, to, labels[i], 1, NAME_MAX_BYTES);
    for (size_t i = 0; block && block_labels[i] && !v; i++) {
        v = value_after(t, n, from, to, block_labels[i], 1, NAME_MAX_BYTES);
        if (v && !org_like(v)) {
            free(v);
            v = NULL;
        }
    }
    /* the form written before the name ("个体工商户 广州市越秀区号卡通讯店
     * 统一社会信用代码 9244…"): the name after it is the holder's */
    static const char *const forms[] = {"个体工商户", "個體工商戶", "个人独资企业", "個人獨資企業",
                                        NULL};
    for (size_t i = 0; block && forms[i] && !v; i++)
        v = org_name(value_after(t, n, from, to, forms[i], 0, NAME_MAX_BYTES));
    return v ? v : company_near(t, from, to, pos);
}

/* Labels that name the holder of the code written on the next line. */
static const char *const HOLDER_LABELS[] = {"企业名称", "公司名称", "经营者名称", "主体名称",
                                            "名称", "营业执照", "经营者", "运营方", "主办单位",
                                            "企業名稱", "公司名稱", "經營者名稱", "主體名稱",
                                            "名稱", "營業執照", "經營者", "運營方", "主辦單位",
                                            NULL};

/* The organisation a label names on the line t[ls..le) ("经营者：某某手作店",
 * "平台经营者：杭州网剑网络科技有限公司"), or NULL; the caller frees it. */
static char *line_holder(const char *t, size_t n, size_t ls, size_t le)
{
    for (size_t i = 0; HOLDER_LABELS[i]; i++) {
        char *v = value_after(t, n, ls, le, HOLDER_LABELS[i], 1, NAME_MAX_BYTES);
        if (v && org_like(v))
            return v;
        free(v);
    }
    return NULL;
}

/* Does the line t[ls..le) name an organisation after a label? */
static int labelled_holder(const char *t, size_t n, size_t ls, size_t le)
{
    char *v = line_holder(t, n, ls, le);
    free(v);
    return v != NULL;
}

/* The start of the line ending at t[le] == '\n' (le > from), or from. */
static size_t line_start(const char *t, size_t from, size_t le)
{
    size_t ls = le;
    while (ls > from && t[ls - 1] != '\n')
        ls--;
    return ls;
}

/* A licence box written one field a line ("经营者：某某手作店<br>统一社会
 *信用代码：9233…"): the holder named by a label on the line right above
 * the code's line (bs: the start of that line, from: the window's start).
 * Only a labelled value that names an organisation: a company name that
 * merely stands above the code (another block's, a platform's footer) is
 * left to the wider search. */
static char *holder_above(const char *t, size_t n, size_t from, size_t bs)
{
    if (bs <= from || t[bs - 1] != '\n')
        return NULL;
    return line_holder(t, n, line_start(t, from, bs - 1), bs - 1);
}

/* The line t[ls..le) collapsed, without a colon at its end: is it exactly
 * one of labels[]? */
static int line_is_label(const char *t, size_t ls, size_t le, const char *const *labels)
{
    char *v = parser_str_collapse(t + ls, le - ls, 64);
    if (!v)
        return 0;
    size_t l = strlen(v);
    if (l >= 1 && v[l - 1] == ':')
        v[l - 1] = '\0';
    else if (l >= 3 && memcmp(v + l - 3, "\xEF\xBC\x9A", 3) == 0) /* U+FF1A */
        v[l - 3] = '\0';
    int hit = 0;
    for (size_t i = 0; labels[i] && !hit; i++)
        hit = strcmp(v, labels[i]) == 0;
    free(v);
    return hit;
}

/* A licence box written one label or value a line ("经营者" / "义乌市某某
 * 商行" / "统一社会信用代码" / "9233…"): when the line right above the code's
 * line (bs: its start) is the code's own label alone, the holder is the value
 * on the line above that, if a holder label stands alone on the line above
 * it, or that line's own labelled value ("经营者：某某商行").  NULL otherwise;
 * the caller frees it. */
static char *holder_stacked(const char *t, size_t n, size_t from, size_t bs)
{
    if (bs <= from || t[bs - 1] != '\n')
        return NULL;
    size_t l1e = bs - 1, l1s = line_start(t, from, l1e);
    if (l1s <= from || !line_is_label(t, l1s, l1e, FIELD_LABELS))
        return NULL;
    size_t l2e = l1s - 1, l2s = line_start(t, from, l2e);
    char *v = line_holder(t, n, l2s, l2e);
    if (v || l2s <= from)
        return v;
    size_t l3e = l2s - 1, l3s = line_start(t, from, l3e);
    if (!line_is_label(t, l3s, l3e, HOLDER_LABELS))
        return NULL;
    return org_name(parser_str_collapse(t + l2s, l2e - l2s, NAME_MAX_BYTES));
}

/* Does the line t[ls..le) hold a code of its own: a run of 15 or 18 ASCII
 * letters and digits (the shape scan() reads as a licence number)? */
static int line_has_code(const char *t, size_t ls, size_t le)
{
    size_t run = 0;
    for (size_t i = ls; i <= le; i++) {
        if (i < le && isalnum((unsigned char)t[i])) {
            run++;
            continue;
        }
        if (run == 15 || run == 18)
            return 1;
        run = 0;
    }
    return 0;
}

/* The field window [*from, *to) around the code's block t[bs..be), cut at
 * the nearest line on each side that holds another code: a company name in
 * that line (or past it) is that code's holder — a platform's footer under
 * a shop's licence box ("深圳市福田区小梁数码店 9244…" above "杭州网剑网络
 * 科技有限公司 统一社会信用代码 9133…"), a second shop in a list — and is
 * never the name this code is judged against. */
static void window_own(const char *t, size_t n, size_t bs, size_t be, size_t *from, size_t *to)
{
    size_t le = bs;
    while (le > *from) { /* the line ending at t[le - 1] == '\n' */
        size_t ls = le - 1;
        while (ls > *from && t[ls - 1] != '\n')
            ls--;
        if (line_has_code(t, ls, le - 1)) {
            *from = le;
            break;
        }
        le = ls;
    }
    size_t ls = be, prev = 0; /* prev: start of the line before ls, 0 for none */
    while (ls < *to) {
        ls++; /* past the '\n' ending the line before */
        size_t e = ls;
        while (e < *to && t[e] != '\n')
            e++;
        if (line_has_code(t, ls, e)) {
            /* its holder labelled on the line right above ("平台经营者：杭州
             * 网剑网络科技有限公司" over "统一社会信用代码 9133…") is that
             * code's, not this one's */
            *to = prev && labelled_holder(t, n, prev, ls - 1) ? prev : ls;
            break;
        }
        prev = ls;
        ls = e;
    }
}

static void fill_fields(parser_license *L, const char *t, size_t n, size_t st, size_t end)
{
    size_t from = boundary(t, st > FIELD_WINDOW ? st - FIELD_WINDOW : 0);
    size_t to = end + FIELD_WINDOW < n ? boundary(t, end + FIELD_WINDOW) : n;
    size_t bs, be;
    block_of(t, n, st, end, &bs, &be);
    window_own(t, n, bs, be, &from, &to);
    L->company = company_in(t, n, bs, be, st, 1);
    if (!L->company)
        L->company = holder_above(t, n, from, bs);
    if (!L->company)
        L->company = holder_stacked(t, n, from, bs);
    if (!L->company)
        L->company = company_in(t, n, from, to, st, 0);
    static const char *const rep_labels[] = {"法定代表人", "负责人", "经营者", "法人代表",
                                             "負責人", "經營者", NULL};
    for (size_t i = 0; rep_labels[i] && !L->legal_rep; i++)
        L->legal_rep = value_after(t, n, from, to, rep_labels[i], 1, 64);
    static const char *const addr_labels[] = {"住所", "经营场所", "经营地址", "注册地址", "地址",
                                              "經營場所", "經營地址", "註冊地址", NULL};
    for (size_t i = 0; addr_labels[i] && !L->address; i++)
        L->address = value_after(t, n, from, to, addr_labels[i], 2, ADDR_MAX_BYTES);
}

typedef struct {
    parser_license *v;
    size_t n, cap;
    int failed;
    const parser_page *page;         /* for the platform-ownership test */
    const parser_profiles *profiles; /* may be NULL */
    parser_labelset labels;          /* LABELS, for scan_labelled() and labelled(), then NAME_ENDS */
    size_t n_labels;                 /* how many of them are LABELS */
} lic_list;

/* The short labels that begin with 执照 (执照号, 执照编号, 執照代碼 ...) name
 * other licences too (驾驶执照号, 医师执照号, 飞行执照号, 会员执照号 and a
 * person's ID after them): they count only where a label starts, at a line
 * or a cell, after white space or punctuation, or after 营业 (营业执照号),
 * not after another word (review s28 item 15). */
static int label_starts(const char *label, const char *t, size_t p)
{
    if (strncmp(label, "执照", 6) != 0 && strncmp(label, "執照", 6) != 0)
        return 1;
    if (p >= 6 && (memcmp(t + p - 6, "营业", 6) == 0 || memcmp(t + p - 6, "營業", 6) == 0))
        return 1;
    size_t q = boundary(t, p ? p - 1 : 0);
    if (q >= p)
        return 1;
    size_t j = q;
    uint32_t cp = parser_utf8_next(t, p, &j);
    return !((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
             (cp < 0x80 && isalnum((int)cp)));
}

/* Does t[a .. b) hold a code of its own: 6 or more code characters in a row,
 * ASCII letters and digits or their full-width forms (U+FF10-FF19,
 * U+FF21-FF3A, U+FF41-FF5A, three bytes each in UTF-8)? */
static int code_run(const char *t, size_t a, size_t b)
{
    int run = 0;
    for (size_t c = a; c < b; c++) {
        unsigned char u = (unsigned char)t[c];
        int code = isalnum(u) != 0;
        if (!code && u == 0xEF && c + 2 < b) {
            unsigned char v = (unsigned char)t[c + 1], w = (unsigned char)t[c + 2];
            code = (v == 0xBC && ((w >= 0x90 && w <= 0x99) || (w >= 0xA1 && w <= 0xBA))) ||
                   (v == 0xBD && w >= 0x81 && w <= 0x9A);
            if (code)
                c += 2;
        }
        run = code ? run + 1 : 0;
        if (run >= 6)
            return 1;
    }
    return 0;
}

/* t[e .. to) holds a whole cell of text of its own between a label ending
 * at e and a code at to -- a line of the visible text, or the text between
 * two tags of the raw source: the label has a value of its own ("执照号\n见
 * 执照图片\n订单号\n2023…"), and the code after it belongs to another label.
 * So does the label's own cell or line when a code follows the label in it
 * ("<td>执照号：9133…</td><td>订单号：2023…</td>"; review s29 item G12): the
 * label's value is that code, not a number in a later cell. */
static int own_value_between(const char *t, size_t e, size_t to)
{
    size_t cs = 0;
    int in_cell = 0, first = 1;
    for (size_t c = e; c < to; c++) {
        char ch = t[c];
        if (ch != '\n' && ch != '<' && ch != '>')
            continue;
        if (first && code_run(t, e, c))
            return 1;
        first = 0;
        if (in_cell && ch != '>')
            for (size_t d = cs; d < c; d++)
                if (!isspace((unsigned char)t[d]))
                    return 1;
        in_cell = ch != '<';
        cs = c + 1;
    }
    return first && code_run(t, e, to);
}

/* A label lies wholly in t[from .. to): one pass over the window, not one
 * per label; a short 执照 label must start a label (label_starts), and a
 * label with a value of its own in between does not label the code at to. */
static int labelled(const lic_list *L, const char *t, size_t from, size_t to)
{
    uint32_t found, mask = (uint32_t)((1ULL << L->n_labels) - 1); /* NAME_ENDS do not count here */
    for (size_t p = from; (p = parser_labelset_next(&L->labels, t, p, to, &found)) < to; p++)
        for (uint32_t f = found & mask; f; f &= f - 1) {
            const char *label = LABELS[__builtin_ctz(f)];
            if (label_starts(label, t, p) && !own_value_between(t, p + strlen(label), to))
                return 1;
        }
    return 0;
}

/* Words that, in the code's block before it, say the licence is the
 * platform operator's ("平台经营者营业执照：…", "平台运营方：…"); a bare 平台
 * is not enough ("本店已在平台公示营业执照" is the shop's own). */
static const char *const PLATFORM_WORDS[] = {"平台经营者", "平台运营", "平台方", "平台营业执照",
                                             "平台主体", "本平台由", "商城经营者", "商城运营",
                                             "平台經營者", "平台運營", "平台營業執照", NULL};

/* The licence at t[st..] is the platform's own, not the shop's: on a page of
 * a platform, the profile's [identity] lists the code, or a platform word
 * precedes it in its block. */
static int platform_own(const lic_list *L, const char *code, const char *t, size_t n, size_t st)
{
    if (!L->page->platform)
        return 0;
    if (parser_profiles_identity(L->profiles, "uscc", code))
        return 1;
    size_t bs, be;
    block_of(t, n, st, st, &bs, &be);
    for (size_t i = 0; PLATFORM_WORDS[i]; i++) {
        size_t l = strlen(PLATFORM_WORDS[i]);
        for (size_t p = bs; p + l <= st; p++)
            if (memcmp(t + p, PLATFORM_WORDS[i], l) == 0)
                return 1;
    }
    return 0;
}

static void add(lic_list *L, parser_license_kind kind, const char *code, int vis, size_t off,
                const char *t, size_t n, size_t end)
{
    for (size_t i = 0; i < L->n; i++)
        if (strcmp(L->v[i].code, code) == 0)
            return;
    if (L->n >= PARSER_MAX_LICENSES)
        return;
    if (L->n == L->cap) {
        parser_license *v = parser_grow(L->v, &L->cap, sizeof *v, 4);
        if (!v) {
            L->failed = 1;
            return;
        }
        L->v = v;
    }
    parser_license *e = &L->v[L->n++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    snprintf(e->code, sizeof e->code, "%s", code);
    e->check_ok = kind == PARSER_LIC_USCC ? parser_uscc_valid(code) : parser_regno_valid(code);
    e->visible = vis;
    e->text_off = vis ? off : 0;
    e->platform = platform_own(L, code, t, n, off);
    if (vis)
        fill_fields(e, t, n, off, end);
}

/* Between a value and a label written after it ("440301102301550
 * （注册号）", or a definition list whose <dt> and <dd> were swapped): white
 * space, an opening bracket, a bar or slash. */
static int after_sep(uint32_t cp)
{
    return parser_utf8_is_space(cp) || cp == '(' || cp == 0xFF08 || cp == '[' ||
           cp == 0x3010 || cp == '|' || cp == 0xFF5C || cp == '/';
}

/* A licence label written right after the code at t[end] (only after_sep
 * characters between) that ends its line or closes a bracket (after spaces
 * or a colon at most): then it labels this code.  A label with a value of
 * its own ("营业执照：见页脚", "注册号：…") labels that value, and a label
 * later in the line is not taken. */
static int label_follows(const lic_list *L, const char *t, size_t n, size_t end)
{
    size_t i = end, j;
    for (int k = 0; k < 8 && i < n; k++) {
        j = i;
        if (!after_sep(parser_utf8_next(t, n, &j)))
            break;
        i = j;
    }
    uint32_t found = parser_labelset_at(&L->labels, t, n, i);
    if (!found)
        return 0;
    while (found) { /* labels run together: 营业执照注册号 */
        size_t l = 0;
        for (size_t k = 0; LABELS[k]; k++)
            if ((found >> k & 1) && strlen(LABELS[k]) > l)
                l = strlen(LABELS[k]);
        i += l;
        found = parser_labelset_at(&L->labels, t, n, i);
    }
    for (int k = 0; k < 8 && i < n; k++) {
        j = i;
        uint32_t cp = parser_utf8_next(t, n, &j);
        if (cp == '\n' || cp == ')' || cp == 0xFF09 || cp == ']' || cp == 0x3011)
            return 1;
        if (!(cp == ' ' || cp == 0xA0 || cp == 0x3000 || cp == ':' || cp == 0xFF1A))
            return 0;
        i = j;
    }
    return i >= n;
}

static void candidate(lic_list *L, const char *t, size_t n, size_t st, size_t end, int vis)
{
    size_t len = end - st;
    char code[20];
    int digits = 1, upper = 1;
    for (size_t i = 0; i < len && len <= 18; i++) {
        char c = t[st + i];
        digits &= isdigit((unsigned char)c) != 0;
        upper &= !islower((unsigned char)c);
        code[i] = (char)toupper((unsigned char)c);
    }
    if (len != 18 && !(len == 15 && digits))
        return;
    code[len] = '\0';
    size_t lf = boundary(t, st > LABEL_WINDOW ? st - LABEL_WINDOW : 0);
    int lab = labelled(L, t, lf, st);
    if (len == 15) {
        /* a label after the number counts only with a right check digit */
        if (lab || (parser_regno_valid(code) && label_follows(L, t, n, end)))
            add(L, PARSER_LIC_REGNO, code, vis, st, t, n, end);
        return;
    }
    if (lab || (upper && uscc_shape(code) && parser_uscc_valid(code)))
        add(L, PARSER_LIC_USCC, code, vis, st, t, n, end);
}

/* isalnum() in the C locale as a bitmap (bit c of the 256): scan() asks
 * it for every byte of the text and of the source. */
static const uint64_t ALNUM[4] = {0x03FF000000000000ULL, 0x07FFFFFE07FFFFFEULL, 0, 0};

static int alnum(unsigned char c)
{
    return (int)((ALNUM[c >> 6] >> (c & 63)) & 1);
}

/* Every maximal alphanumeric run of 15 or 18 characters, in order, goes to
 * candidate().  Only runs of 15 or more matter, and such a run starting at
 * or after i (where no run crosses i from the left) must cover i + 14: so
 * when t[i + 14] is not alphanumeric the scan jumps 15 bytes, and when it
 * is, only the run around it is read.  CJK text and most markup are then
 * read at a fraction of a byte per byte. */
static void scan(lic_list *L, const char *t, size_t n, int vis)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t i = 0;
    while (i + 14 < n && !L->failed) {
        size_t p = i + 14;
        if (!alnum(u[p])) {
            i = p + 1;
            continue;
        }
        size_t st = p, end = p + 1;
        while (st > i && alnum(u[st - 1]))
            st--;
        while (end < n && alnum(u[end]))
            end++;
        if (end - st == 18 || end - st == 15)
            candidate(L, t, n, st, end, vis);
        i = end;
    }
}

/* ASCII form (upper case) of a code character: ASCII or full-width digit
 * or letter (０-９ Ａ-Ｚ ａ-ｚ), else 0. */
static char code_char(uint32_t cp)
{
    cp = parser_fold_width(cp);
    return cp < 0x80 && isalnum((int)cp) ? (char)toupper((int)cp) : 0;
}

/* Inside a code: a space of any width or a hyphen between digit groups
 * ("913702 028428 47304Y"). */
static int group_sep(uint32_t cp)
{
    return cp == ' ' || cp == 0xA0 || cp == 0x3000 || cp == '-' || cp == 0xFF0D;
}

/* Between a licence label and its code: a colon, spaces, a tab to the
 * next cell. */
static int code_lead(uint32_t cp)
{
    return cp == ':' || cp == 0xFF1A || cp == '\t' || group_sep(cp);
}

/* The code written right after a label: separators (at most six, one
 * of them may be a line break: a label above its value), then
 * groups of code characters joined by single spaces or hyphens while the
 * code stays within 18 characters.  Unlike a certificate number (cert.c),
 * a licence code is letters and digits only and has a known length, so a
 * group joins only when the whole still fits a USCC, and the characters
 * past the copy are still counted (a 20-digit tax number is not a
 * truncated 18-character code). */
static const parser_code_rules CODE_RULES = {.ch = code_char,
                                             .skip = code_lead,
                                             .max_skip = 6,
                                             .max_lines = 1,
                                             .join = group_sep,
                                             .fit = 18,
                                             .stop_at_cap = 0};

/* Labels that name the code itself (not 营业执照 or 税号, which other
 * numbers also follow: SC food licences, tax numbers of 20 digits). */
static int code_label(const char *label)
{
    return strstr(label, "代码") || strstr(label, "代碼") || strstr(label, "注册号") ||
           strstr(label, "註冊號") || strstr(label, "编号") || strstr(label, "編號") ||
           !strcmp(label, "USCC") || !strcmp(label, "Credit Code");
}

/* Between a company name and the code written after it without a label
 * ("青岛某某有限公司 9137…", "某某有限公司｜９１１…"): what code_lead
 * allows, and a bar, comma or slash a footer sets between fields. */
static int name_lead(uint32_t cp)
{
    return code_lead(cp) || cp == '|' || cp == 0xFF5C || cp == ',' || cp == 0xFF0C ||
           cp == '/' || cp == 0x3001 || cp == 0xB7;
}

static const parser_code_rules NAME_CODE_RULES = {.ch = code_char,
                                                  .skip = name_lead,
                                                  .max_skip = 6,
                                                  .max_lines = 1,
                                                  .join = group_sep,
                                                  .fit = 18,
                                                  .stop_at_cap = 0};

/* A letter among the code's organisation part (characters 9 to 17): no
 * identity-card, order or phone number has one there. */
static int letter_body(const char *c)
{
    for (int i = 8; i < 17; i++)
        if (isalpha((unsigned char)c[i]))
            return 1;
    return 0;
}

/* Ends of a company name ("…有限公司", "…（个体工商户）", "…工作室"),
 * looked for in the same pass as LABELS: a code written right after the
 * name with no label is labelled by the name (a shop footer
 * "青岛海滨渔具有限公司<br>9137…", a licence box "京华礼品有限公司｜９１１…").
 * Not 合作社: 合 shares its first two bytes with 同 名 后 向 ..., and the
 * label pass would compare at every one of them (bench-parse). */
static const char *const NAME_ENDS[] = {"公司", "工商户", "工商戶", "工作室", NULL};

/* LABELS and NAME_ENDS share one label set (and its 32-bit masks): a label
 * added past PARSER_LABELSET_MAX fails the build, not an assert at run time. */
_Static_assert(sizeof LABELS / sizeof *LABELS - 1 + sizeof NAME_ENDS / sizeof *NAME_ENDS - 1 <=
                   PARSER_LABELSET_MAX,
               "license.c: LABELS plus NAME_ENDS exceed PARSER_LABELSET_MAX");

/* The code after a company name ending at t[i], if any.  Only the USCC's
 * 18 characters in its shape count, with either a passing check or a
 * letter in its body, so that a number that merely follows a name (a
 * phone, an order, an identity card) is not taken; one failing its check
 * is recorded with check_ok 0, which is what LICENSE_INVALID reports.
 * Full-width forms are read too. */
static void named_code(lic_list *L, const char *t, size_t n, size_t i)
{
    i += close_bracket(t, n, i);
    char code[24];
    size_t st, end;
    size_t k = parser_read_code(t, n, i, &NAME_CODE_RULES, code, sizeof code, &st, &end);
    if (k == 18 && uscc_shape(code) && (parser_uscc_valid(code) || letter_body(code)))
        add(L, PARSER_LIC_USCC, code, 1, st, t, n, end);
}

/* Codes written right after a licence label in the visible text, also
 * full-width or in digit groups.  After a label naming the code, a value of
 * 14 to 19 code characters starting with a digit that is not a valid 18/15
 * shape is still recorded (check_ok 0): the page displays a malformed
 * licence number, which is LICENSE_INVALID, not a missing licence. */
static void scan_labelled(lic_list *L, const char *t, size_t n)
{
    /* One pass finds every label; they are read in the order the former
     * memmem pass per label gave (label by label, each left to right):
     * add() keeps a code's first sighting, so the order is part of the
     * result. */
    parser_label_hit *hits;
    size_t nh = parser_labelset_all(&L->labels, t, n, &hits);
    if (nh == (size_t)-1) {
        L->failed = 1;
        return;
    }
    for (size_t h = 0; h < nh && !L->failed; h++) {
        if (hits[h].label >= L->n_labels) {
            named_code(L, t, n, hits[h].pos + strlen(NAME_ENDS[hits[h].label - L->n_labels]));
            continue;
        }
        const char *label = LABELS[hits[h].label];
        if (!label_starts(label, t, hits[h].pos))
            continue;
        char code[24];
        size_t st, end;
        size_t k = parser_read_code(t, n, hits[h].pos + strlen(label), &CODE_RULES, code,
                                    sizeof code, &st, &end);
        if (k < 14 || k > 19 || !strpbrk(code, "0123456789"))
            continue;
        if (k != 18 && !(k == 15 && strspn(code, "0123456789") == 15) &&
            !(code_label(label) && isdigit((unsigned char)code[0])))
            continue;
        int digits = strspn(code, "0123456789") == k;
        parser_license_kind kind =
            digits && k >= 14 && k <= 16 ? PARSER_LIC_REGNO : PARSER_LIC_USCC;
        add(L, kind, code, 1, st, t, n, end);
    }
    free(hits);
}

static int exemption(const char *t)
{
    static const char *const phrases[] = {"不需要办理市场主体登记", "无需办理市场主体登记",
                                          "无需办理营业执照", "不需要办理营业执照",
                                          "不需办理营业执照", "免于办理市场主体登记", NULL};
    for (size_t i = 0; phrases[i]; i++)
        if (strstr(t, phrases[i]))
            return 1;
    for (const char *p = strstr(t, "电子商务法"); p; p = strstr(p + 1, "电子商务法")) {
        const char *q = strstr(p, "第十条");
        if (q && q - p <= 24)
            return 1;
    }
    return 0;
}

/* The holder a link into the electronic licence display stands for
 * (<a href="https://zzlz.gsxt.gov.cn/...serial=9111…">电子营业执照</a>): the
 * serial names a code the page never writes out, so the company named
 * around the link's anchor is what the registry's name for that code must
 * match (LICENSE_MISMATCH).  The anchor is looked up in the visible text;
 * the company is read in the anchor's own block or a labelled holder on the
 * line above, not in the wider window a written code gets: a link alone in
 * a shop's box must not take the name of the platform's footer. */
static void ezz_holder(parser_page *page)
{
    parser_license_display *d = &page->license_display;
    if (!d->ezz_serial || !page->text)
        return;
    for (size_t i = 0; i < page->n_links; i++) {
        const parser_link *k = &page->links[i];
        if (!k->href || !k->anchor || !k->anchor[0] || !strcasestr(k->href, "zzlz.gsxt.gov.cn") ||
            !strstr(k->href, d->ezz_serial))
            continue;
        const char *at = strstr(page->text, k->anchor);
        if (!at)
            continue;
        size_t off = (size_t)(at - page->text), len = strlen(k->anchor);
        const char *t = page->text;
        size_t n = page->text_len, bs, be;
        size_t from = boundary(t, off > FIELD_WINDOW ? off - FIELD_WINDOW : 0);
        block_of(t, n, off, off + len, &bs, &be);
        d->ezz_company = company_in(t, n, bs, be, off, 1);
        if (!d->ezz_company)
            d->ezz_company = holder_above(t, n, from, bs);
        d->ezz_off = off;
        d->ezz_len = len;
        return;
    }
}

parser_result parser_license_extract(parser_page *page, const parser_profiles *profiles)
{
    lic_list L = {.page = page, .profiles = profiles};
    parser_labelset_init(&L.labels);
    parser_labelset_fold(&L.labels); /* 注冊號, 统一社會信用代碼: scripts mixed; uscc: any case */
    for (size_t i = 0; LABELS[i]; i++)
        parser_labelset_add(&L.labels, LABELS[i]);
    L.n_labels = L.labels.n;
    for (size_t i = 0; NAME_ENDS[i]; i++)
        parser_labelset_add(&L.labels, NAME_ENDS[i]);
    if (page->text) {
        scan_labelled(&L, page->text, page->text_len);
        scan(&L, page->text, page->text_len, 1);
        page->license_display.exemption = exemption(page->text);
        ezz_holder(page);
    }
    scan(&L, page->source, page->source_len, 0);
    page->licenses = L.v;
    page->n_licenses = L.n;
    return L.failed ? PARSER_ENOMEM : PARSER_OK;
}
