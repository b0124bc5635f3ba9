/* PROVISIONAL */
#ifndef WANGJIAN_NETGUARD_H
#define WANGJIAN_NETGUARD_H
#include <sys/socket.h>
int netguard_is_private(const struct sockaddr *sa);
#endif
