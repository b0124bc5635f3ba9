/*
 * operators/: union-find over subjects.  Strong shared signals join
 * (transitively), weak, platform and over-shared ones do not; ids and
 * orders do not depend on the order sightings arrive in; open leads are
 * counted per rule as subjects.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "operators/operators.h"

typedef struct {
    const char *subject, *kind, *value;
    int strong, platform;
    const char *url;
} sight;

static const sight ROWS[] = {
    {"c.test", "email", "x@c.cn", 1, 0, "http://c.test/"},
    {"b.test", "qq", "123456", 1, 0, "http://b.test/a"},
    {"a.test", "qq", "123456", 1, 0, "http://a.test/"},
    {"b.test", "email", "x@c.cn", 1, 0, "http://b.test/b"},
    {"d.test", "hotline", "4008001234", 0, 0, "http://d.test/"},
    {"e.test", "hotline", "4008001234", 0, 0, "http://e.test/"},
    {"d.test", "icp", "浙ICP备2023040506", 1, 1, "http://d.test/"},
    {"e.test", "icp", "浙ICP备2023040506", 1, 1, "http://e.test/"},
    {"f.test", "ga", "UA-1234", 1, 0, "http://f.test/"},
    {"g.test", "ga", "UA-1234", 1, 0, "http://g.test/"},
    {"h.test", "ga", "UA-1234", 1, 0, "http://h.test/"},
    {"a.test", "qq", "123456", 1, 0, "http://a.test/"}, /* a repeat */
};
enum { N_ROWS = sizeof ROWS / sizeof ROWS[0] };

static const ops_operator *link_rows(ops_graph *g, const size_t *order, size_t max_shared,
                                     size_t *n)
{
    for (size_t i = 0; i < N_ROWS; i++) {
        const sight *r = &ROWS[order ? order[i] : i];
        assert_int_equal(ops_add(g, r->subject, r->kind, r->value, r->strong, r->platform, r->url),
                         OPS_OK);
    }
    const ops_operator *ops = NULL;
    assert_int_equal(ops_link(g, max_shared, &ops, n), OPS_OK);
    return ops;
}

static const ops_operator *op_of(const ops_operator *ops, size_t n, const char *subject)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < ops[i].n_subjects; k++)
            if (strcmp(ops[i].subjects[k], subject) == 0)
                return &ops[i];
    return NULL;
}

static void test_joins(void **state)
{
    (void)state;
    ops_graph *g = ops_new();
    size_t n = 0;
    const ops_operator *ops = link_rows(g, NULL, 2, &n);
    /* {a,b,c} by chain; d, e, f, g, h alone (weak, platform, 3 > 2 sharing) */
    assert_int_equal(n, 6);
    const ops_operator *o = op_of(ops, n, "c.test");
    assert_string_equal(o->id, "a.test");
    assert_int_equal(o->n_subjects, 3);
    assert_string_equal(o->subjects[1], "b.test");
    assert_int_equal(o->n_signals, 2);
    assert_string_equal(o->signals[0].kind, "email"); /* joining ones, by kind */
    assert_int_equal(o->signals[0].n_urls, 2);
    assert_string_equal(o->signals[1].urls[0], "http://a.test/");
    assert_int_equal(o->signals[1].n_urls, 2); /* the repeat is one page */
    assert_ptr_not_equal(op_of(ops, n, "d.test"), op_of(ops, n, "e.test"));
    o = op_of(ops, n, "d.test");
    assert_int_equal(o->n_signals, 2);
    assert_int_equal(o->signals[0].reason, OPS_WEAK);
    assert_int_equal(o->signals[1].reason, OPS_PLATFORM);
    o = op_of(ops, n, "f.test");
    assert_int_equal(o->n_subjects, 1);
    assert_int_equal(o->signals[0].reason, OPS_TOO_SHARED);
    assert_int_equal(o->signals[0].n_subjects_all, 3);
    ops_free(g);

    g = ops_new(); /* the same sightings with a higher limit: f, g, h join */
    ops = link_rows(g, NULL, 3, &n);
    assert_int_equal(op_of(ops, n, "h.test")->n_subjects, 3);
    assert_int_equal(ops_add(g, "x", "qq", "1", 1, 0, "u"), OPS_EINVAL); /* linked already */
    ops_free(g);
}

static void test_order_independent(void **state)
{
    (void)state;
    size_t rev[N_ROWS];
    for (size_t i = 0; i < N_ROWS; i++)
        rev[i] = N_ROWS - 1 - i;
    ops_graph *g1 = ops_new(), *g2 = ops_new();
    size_t n1 = 0, n2 = 0;
    const ops_operator *a = link_rows(g1, NULL, 2, &n1), *b = link_rows(g2, rev, 2, &n2);
    assert_int_equal(n1, n2);
    for (size_t i = 0; i < n1; i++) {
        assert_string_equal(a[i].id, b[i].id);
        assert_int_equal(a[i].n_subjects, b[i].n_subjects);
        assert_int_equal(a[i].n_signals, b[i].n_signals);
        for (size_t k = 0; k < a[i].n_signals; k++)
            assert_string_equal(a[i].signals[k].value, b[i].signals[k].value);
    }
    ops_free(g1);
    ops_free(g2);
}

static void test_leads(void **state)
{
    (void)state;
    ops_graph *g = ops_new();
    assert_int_equal(ops_add_lead(g, "b.test", "ICP_MISSING"), OPS_OK);
    assert_int_equal(ops_add_lead(g, "a.test", "ICP_MISSING"), OPS_OK);
    assert_int_equal(ops_add_lead(g, "a.test", "ICP_MISSING"), OPS_OK);
    assert_int_equal(ops_add_lead(g, "c.test", "COUNTERFEIT_TERM"), OPS_OK);
    assert_int_equal(ops_add_lead(g, "z.test", "COUNTERFEIT_TERM"), OPS_OK); /* no signals */
    size_t n = 0;
    const ops_operator *ops = link_rows(g, NULL, 20, &n);
    const ops_operator *o = op_of(ops, n, "a.test");
    assert_int_equal(o->n_leads, 2);
    assert_string_equal(o->leads[0].rule, "COUNTERFEIT_TERM");
    assert_int_equal(o->leads[0].open, 1);
    assert_string_equal(o->leads[1].rule, "ICP_MISSING");
    assert_int_equal(o->leads[1].open, 2);
    o = op_of(ops, n, "z.test");
    assert_int_equal(o->n_subjects, 1);
    assert_int_equal(o->n_leads, 1);
    assert_int_equal(o->n_signals, 0);
    ops_free(g);
    ops_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_joins),
        cmocka_unit_test(test_order_independent),
        cmocka_unit_test(test_leads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
