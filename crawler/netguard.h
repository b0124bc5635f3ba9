/*
 * netguard.h — SSRF guard: is an address one the crawler must not
 * connect to (loopback, private, link-local, multicast, reserved...)?
 * Private to the crawler module.
 *
 * The crawler checks the address it is about to connect to (libcurl's
 * CURLOPT_OPENSOCKETFUNCTION), not the host name, so DNS answers that
 * point inside the network and redirects to internal hosts are both
 * caught.  Pure functions; no allocation; thread-safe.
 */
#ifndef WANGJIAN_CRAWLER_NETGUARD_H
#define WANGJIAN_CRAWLER_NETGUARD_H

#include <sys/socket.h>

/*
 * 1 if sa must not be connected to, 0 if it is a public unicast address.
 * Refused (IPv4): 0.0.0.0/8, 10/8, 100.64/10 (CGNAT), 127/8, 169.254/16,
 * 172.16/12, 192.0.0/24, 192.0.2/24, 192.168/16, 198.18/15, 198.51.100/24,
 * 203.0.113/24, 224/4 (multicast), 240/4 and 255.255.255.255.
 * Refused (IPv6): ::, ::1, fc00::/7 (ULA), fe80::/10, fec0::/10, ff00::/8,
 * 100::/64, 2001::/23 (IETF special purpose, incl. Teredo), 2001:db8::/32,
 * 64:ff9b:1::/48; and the IPv4 address embedded in ::ffff:0:0/96
 * (mapped), ::/96 (compatible), 64:ff9b::/96 (NAT64) and 2002::/16 (6to4)
 * is judged by the IPv4 rules.  Any other family (or NULL) is refused.
 */
int netguard_is_private(const struct sockaddr *sa);

/*
 * Same for a numeric address string ("10.0.0.1", "::ffff:127.0.0.1",
 * "[::1]" with or without brackets).  Returns 1 or 0 as above, or -1 when
 * ip is not a numeric IPv4/IPv6 address (a host name must be resolved
 * first).
 */
int netguard_is_private_str(const char *ip);

#endif
