/*
 * netguard.c — refuse loopback, private, link-local, multicast and other
 * special-purpose addresses (IANA IPv4/IPv6 special-purpose registries,
 * RFC 6890) so a crawl of hostile pages cannot reach the crawler's own
 * network.  Both tables below are static const; see netguard.h.
 */
#include "netguard.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    uint32_t net;
    unsigned bits;
} v4range;

typedef struct {
    uint8_t net[16];
    unsigned bits;
} v6range;

static const v4range v4_refused[] = {
    {0x00000000u, 8},  /* "this network", incl. 0.0.0.0 */
    {0x0A000000u, 8},  /* 10/8 private */
    {0x64400000u, 10}, /* 100.64/10 CGNAT */
    {0x7F000000u, 8},  /* loopback */
    {0xA9FE0000u, 16}, /* link-local */
    {0xAC100000u, 12}, /* 172.16/12 private */
    {0xC0000000u, 24}, /* IETF protocol assignments */
    {0xC0000200u, 24}, /* TEST-NET-1 */
    {0xC0A80000u, 16}, /* 192.168/16 private */
    {0xC6120000u, 15}, /* benchmarking */
    {0xC6336400u, 24}, /* TEST-NET-2 */
    {0xCB007100u, 24}, /* TEST-NET-3 */
    {0xE0000000u, 4},  /* multicast */
    {0xF0000000u, 4},  /* reserved, incl. 255.255.255.255 broadcast */
};

static const v6range v6_refused[] = {
    {{0}, 128},                                                /* :: */
    {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128},   /* ::1 */
    {{0xfc}, 7},                                               /* ULA */
    {{0xfe, 0x80}, 10},                                        /* link-local */
    {{0xfe, 0xc0}, 10},                                        /* site-local */
    {{0xff}, 8},                                               /* multicast */
    {{0x01, 0x00}, 64},                                        /* discard-only */
    {{0x20, 0x01}, 23},                                        /* IETF special, Teredo */
    {{0x20, 0x01, 0x0d, 0xb8}, 32},                            /* documentation */
    {{0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}, 48},                /* local-use NAT64 */
};

/* Prefixes that carry an IPv4 address: judge that address instead. */
static const struct {
    v6range prefix;
    unsigned v4_offset; /* byte offset of the embedded IPv4 address */
} v6_embedding[] = {
    {{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96}, 12}, /* IPv4-mapped */
    {{{0}, 96}, 12},                                        /* IPv4-compatible */
    {{{0x00, 0x64, 0xff, 0x9b}, 96}, 12},                   /* NAT64 well-known */
    {{{0x20, 0x02}, 16}, 2},                                /* 6to4 */
};

static int v4_private(uint32_t a)
{
    for (size_t i = 0; i < sizeof v4_refused / sizeof v4_refused[0]; i++) {
        uint32_t mask = 0xFFFFFFFFu << (32 - v4_refused[i].bits);
        if ((a & mask) == v4_refused[i].net)
            return 1;
    }
    return 0;
}

static int v6_in(const uint8_t *a, const v6range *r)
{
    unsigned full = r->bits / 8, rest = r->bits % 8;
    if (memcmp(a, r->net, full) != 0)
        return 0;
    if (rest == 0)
        return 1;
    uint8_t mask = (uint8_t)(0xFFu << (8 - rest));
    return (a[full] & mask) == (r->net[full] & mask);
}

static uint32_t v4_at(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int v6_private(const uint8_t *a)
{
    for (size_t i = 0; i < sizeof v6_refused / sizeof v6_refused[0]; i++)
        if (v6_in(a, &v6_refused[i]))
            return 1;
    for (size_t i = 0; i < sizeof v6_embedding / sizeof v6_embedding[0]; i++)
        if (v6_in(a, &v6_embedding[i].prefix))
            return v4_private(v4_at(a + v6_embedding[i].v4_offset));
    return 0;
}

int netguard_is_private(const struct sockaddr *sa)
{
    if (!sa)
        return 1;
    if (sa->sa_family == AF_INET) {
        struct sockaddr_in in;
        memcpy(&in, sa, sizeof in);
        return v4_private(ntohl(in.sin_addr.s_addr));
    }
    if (sa->sa_family == AF_INET6) {
        struct sockaddr_in6 in6;
        memcpy(&in6, sa, sizeof in6);
        return v6_private(in6.sin6_addr.s6_addr);
    }
    return 1;
}

int netguard_is_private_str(const char *ip)
{
    char buf[INET6_ADDRSTRLEN + 2];
    struct in_addr a4;
    struct in6_addr a6;
    size_t n;
    if (!ip || (n = strlen(ip)) == 0 || n >= sizeof buf)
        return -1;
    if (ip[0] == '[' && ip[n - 1] == ']') {
        memcpy(buf, ip + 1, n - 2);
        buf[n - 2] = '\0';
    } else {
        memcpy(buf, ip, n + 1);
    }
    if (inet_pton(AF_INET, buf, &a4) == 1)
        return v4_private(ntohl(a4.s_addr));
    if (inet_pton(AF_INET6, buf, &a6) == 1)
        return v6_private(a6.s6_addr);
    return -1;
}
