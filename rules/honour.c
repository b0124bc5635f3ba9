/*
 * honour.c — the built-in half of kind = honour (FALSE_HONOUR): a
 * certificate or award number the page displays that no certificate of its
 * kind can carry.  The parser (parser/cert.c) reads the numbers and judges
 * their form; this file only chooses which one a finding quotes, so the
 * rule stays a pure function of the page's facts.  The pattern half
 * (abolished schemes: 免检, 中国名牌, 著名商标) is ordinary rule data, see
 * rules/default/honour.ini.  Runs on whichever thread checks the page;
 * reads the page only.
 */
#include "rules_int.h"

const parser_cert *rules_honour_bad_cert(const parser_page *page)
{
    for (size_t i = 0; page && i < page->n_certs; i++)
        if (!page->certs[i].well_formed && page->certs[i].number) return &page->certs[i];
    return NULL;
}
