/*
 * test_netguard.c — table-driven checks of the SSRF guard: every refused
 * range at its edges and just outside them, IPv4 embedded in IPv6, and the
 * sockaddr entry point the crawler's open-socket callback uses.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/un.h>

#include "crawler/netguard.h"

static const struct {
    const char *ip;
    int want; /* 1 refused, 0 public, -1 not an address */
} table[] = {
    /* IPv4 special ranges, first/last address and neighbours */
    {"0.0.0.0", 1},          {"0.255.255.255", 1},     {"1.0.0.0", 0},
    {"9.255.255.255", 0},    {"10.0.0.0", 1},          {"10.255.255.255", 1},
    {"11.0.0.0", 0},         {"100.63.255.255", 0},    {"100.64.0.0", 1},
    {"100.127.255.255", 1},  {"100.128.0.0", 0},       {"126.255.255.255", 0},
    {"127.0.0.1", 1},        {"127.255.255.254", 1},   {"128.0.0.0", 0},
    {"169.253.255.255", 0},  {"169.254.169.254", 1},   {"169.255.0.0", 0},
    {"172.15.255.255", 0},   {"172.16.0.0", 1},        {"172.31.255.255", 1},
    {"172.32.0.0", 0},       {"192.0.0.8", 1},         {"192.0.2.1", 1},
    {"192.0.3.0", 0},        {"192.167.255.255", 0},   {"192.168.1.1", 1},
    {"192.169.0.0", 0},      {"198.17.255.255", 0},    {"198.18.0.0", 1},
    {"198.19.255.255", 1},   {"198.20.0.0", 0},        {"198.51.100.7", 1},
    {"203.0.113.9", 1},      {"203.0.114.0", 0},       {"223.255.255.255", 0},
    {"224.0.0.1", 1},        {"239.255.255.255", 1},   {"240.0.0.1", 1},
    {"255.255.255.255", 1},  {"8.8.8.8", 0},           {"114.114.114.114", 0},
    {"47.246.1.1", 0},
    /* IPv6 */
    {"::", 1},               {"::1", 1},               {"[::1]", 1},
    {"::2", 1} /* ::0.0.0.2 */, {"0:0:0:1::", 0}, {"fc00::1", 1},           {"fdff:ffff::1", 1},
    {"fe00::1", 0},          {"fe80::1", 1},           {"febf::1", 1},
    {"fec0::1", 1},          {"ff02::1", 1},           {"100::1", 1},
    {"100:0:0:1::1", 0},     {"2001::1", 1},           {"2001:1ff::1", 1},
    {"2001:200::1", 0},      {"2001:db8::1", 1},       {"2001:db9::1", 0},
    {"2400:3200::1", 0},     {"2a00:1450:4001::1", 0}, {"64:ff9b:1::1", 1},
    /* IPv4 inside IPv6 */
    {"::ffff:127.0.0.1", 1}, {"::ffff:7f00:1", 1},     {"::ffff:10.1.2.3", 1},
    {"::ffff:8.8.8.8", 0},   {"::127.0.0.1", 1},       {"::8.8.8.8", 0},
    {"64:ff9b::10.0.0.1", 1}, {"64:ff9b::8.8.8.8", 0}, {"2002:c0a8:0101::1", 1},
    {"2002:0808:0808::1", 0},
    /* not numeric addresses */
    {"localhost", -1},       {"", -1},                 {"1.2.3", -1},
    {"0x7f.1", -1},          {"[::1", -1},             {NULL, -1},
};

static void test_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        int got = netguard_is_private_str(table[i].ip);
        if (got != table[i].want)
            fail_msg("%s: want %d got %d", table[i].ip ? table[i].ip : "(null)", table[i].want,
                     got);
    }
}

static void test_sockaddr(void **state)
{
    (void)state;
    struct sockaddr_in in = {0};
    in.sin_family = AF_INET;
    inet_pton(AF_INET, "192.168.0.10", &in.sin_addr);
    assert_int_equal(netguard_is_private((struct sockaddr *)&in), 1);
    inet_pton(AF_INET, "93.184.216.34", &in.sin_addr);
    assert_int_equal(netguard_is_private((struct sockaddr *)&in), 0);

    struct sockaddr_in6 in6 = {0};
    in6.sin6_family = AF_INET6;
    inet_pton(AF_INET6, "::ffff:169.254.169.254", &in6.sin6_addr);
    assert_int_equal(netguard_is_private((struct sockaddr *)&in6), 1);
    inet_pton(AF_INET6, "2606:2800:220:1::1", &in6.sin6_addr);
    assert_int_equal(netguard_is_private((struct sockaddr *)&in6), 0);

    struct sockaddr_un un = {0};
    un.sun_family = AF_UNIX;
    assert_int_equal(netguard_is_private((struct sockaddr *)&un), 1);
    assert_int_equal(netguard_is_private(NULL), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_sockaddr),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
