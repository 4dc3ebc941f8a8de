/* Attaches a tap interface (or an inherited tap fd) as a NET_BASIC device. */
#include <fcntl.h>
#include <linux/ethtool.h>
#include <linux/if_tun.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tender.h"

#define FALLBACK_MTU 1500 /* for an inherited fd that is not a tap */

static int open_tap(const struct attachment *a, struct ifreq *ifr)
{
    int fd;

    if (strlen(a->target) >= IFNAMSIZ)
        die("--net:%s: interface name '%s' is too long", a->name, a->target);
    if (if_nametoindex(a->target) == 0)
        die("--net:%s: tap interface '%s' does not exist", a->name,
            a->target);
    fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK);
    if (fd < 0)
        die_errno("--net:%s: cannot open /dev/net/tun", a->name);
    memset(ifr, 0, sizeof *ifr);
    ifr->ifr_flags = IFF_TAP | IFF_NO_PI;
    strcpy(ifr->ifr_name, a->target);
    if (ioctl(fd, TUNSETIFF, ifr) != 0)
        die_errno("--net:%s: cannot attach to tap interface '%s'", a->name,
                  a->target);
    return fd;
}

/* "@FD": an open descriptor; ifr is filled only if it is a tun/tap fd. */
static int adopt_fd(const struct attachment *a, struct ifreq *ifr,
                    bool *is_tap)
{
    char *end;
    long fd = strtol(a->target + 1, &end, 10);
    int flags;

    if (a->target[1] < '0' || a->target[1] > '9' || *end != '\0' ||
        fd > 65535)
        die("--net:%s: '%s' is not @ followed by a file descriptor number",
            a->name, a->target);
    flags = fcntl((int)fd, F_GETFL);
    if (flags < 0)
        die_errno("--net:%s: file descriptor %ld", a->name, fd);
    if ((flags & O_ACCMODE) != O_RDWR)
        die("--net:%s: file descriptor %ld is not open for reading and "
            "writing",
            a->name, fd);
    if (fcntl((int)fd, F_SETFL, flags | O_NONBLOCK) != 0)
        die_errno("--net:%s: cannot make fd %ld non-blocking", a->name, fd);
    memset(ifr, 0, sizeof *ifr);
    *is_tap = ioctl((int)fd, TUNGETIFF, ifr) == 0;
    return (int)fd;
}

/* Best effort: with GRO and GSO off the guest never sees frames > MTU. */
static void offloads_off(int s, const struct ifreq *ifr)
{
    static const uint32_t cmds[] = {ETHTOOL_SGRO, ETHTOOL_SGSO};

    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        struct ethtool_value ev = {.cmd = cmds[i], .data = 0};
        struct ifreq req = *ifr;

        req.ifr_data = (void *)&ev;
        (void)ioctl(s, SIOCETHTOOL, &req);
    }
}

static uint16_t interface_setup(const struct attachment *a, struct ifreq *ifr)
{
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

    if (s < 0)
        die_errno("--net:%s: socket", a->name);
    offloads_off(s, ifr);
    if (ioctl(s, SIOCGIFMTU, ifr) != 0)
        die_errno("--net:%s: cannot get the MTU of '%s'", a->name,
                  ifr->ifr_name);
    close(s);
    if (ifr->ifr_mtu <= 0 || ifr->ifr_mtu > UINT16_MAX)
        die("--net:%s: unusable MTU %d", a->name, ifr->ifr_mtu);
    return (uint16_t)ifr->ifr_mtu;
}

void net_attach(const struct attachment *a, struct mft_entry *e)
{
    struct ifreq ifr;
    bool is_tap = true;
    int fd = a->target[0] == '@' ? adopt_fd(a, &ifr, &is_tap)
                                 : open_tap(a, &ifr);

    e->u.net_basic.mtu = is_tap ? interface_setup(a, &ifr) : FALLBACK_MTU;
    if (a->has_mac) {
        memcpy(e->u.net_basic.mac, a->mac, sizeof a->mac);
    } else {
        if (getrandom(e->u.net_basic.mac, 6, 0) != 6)
            die_errno("--net:%s: cannot get random bytes for a MAC", a->name);
        /* Locally administered, unicast. */
        e->u.net_basic.mac[0] = (uint8_t)((e->u.net_basic.mac[0] & 0xfe) | 0x02);
    }
    e->b.hostfd = fd;
    e->attached = true;
}
