/* Net image: "service" MAC/MTU, an ARP probe of 10.0.2.2, then ARP and ping answers as 10.0.2.15. */
#include "testlib.h"

#define SEC 1000000000ull
#define ETH_ARP 0x0806
#define ETH_IP 0x0800

static const uint8_t my_ip[4] = {10, 0, 2, 15};
static const uint8_t gateway_ip[4] = {10, 0, 2, 2};
static uint8_t my_mac[6];
static solo5_handle_t nic;
static uint8_t out[1514];

static uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

static void put16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static int same(const uint8_t *a, const uint8_t *b, size_t n)
{
    while (n-- > 0)
        if (*a++ != *b++)
            return 0;
    return 1;
}

static void copy(uint8_t *d, const uint8_t *s, size_t n)
{
    while (n-- > 0)
        *d++ = *s++;
}

/* The Internet checksum (RFC 1071) over n bytes. */
static uint16_t checksum(const uint8_t *p, size_t n)
{
    uint32_t sum = 0;

    for (; n > 1; p += 2, n -= 2)
        sum += get16(p);
    if (n == 1)
        sum += (uint32_t)p[0] << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

static void send(size_t len)
{
    if (len < 60) { /* pad to the Ethernet minimum */
        size_t i;
        for (i = len; i < 60; i++)
            out[i] = 0;
        len = 60;
    }
    if (solo5_net_write(nic, out, len) != SOLO5_R_OK)
        test_fail("solo5_net_write");
}

static void send_arp(uint16_t op, const uint8_t *dst_mac,
                     const uint8_t *target_mac, const uint8_t *target_ip)
{
    static const uint8_t arp_eth_ip[6] = {0, 1, 8, 0, 6, 4};

    copy(out, dst_mac, 6);
    copy(out + 6, my_mac, 6);
    put16(out + 12, ETH_ARP);
    copy(out + 14, arp_eth_ip, 6);
    put16(out + 20, op);
    copy(out + 22, my_mac, 6);
    copy(out + 28, my_ip, 4);
    copy(out + 32, target_mac, 6);
    copy(out + 38, target_ip, 4);
    send(42);
}

/* Returns 1 for an ARP reply from the gateway, 2 for an echo answered. */
static int handle(const uint8_t *f, size_t len)
{
    if (len >= 42 && get16(f + 12) == ETH_ARP && same(f + 38, my_ip, 4)) {
        if (get16(f + 20) == 1)
            send_arp(2, f + 6, f + 22, f + 28);
        else if (get16(f + 20) == 2 && same(f + 28, gateway_ip, 4))
            return 1;
    } else if (len >= 34 && get16(f + 12) == ETH_IP && same(f + 30, my_ip, 4) &&
               f[23] == 1 /* ICMP */) {
        size_t ihl = (size_t)(f[14] & 0x0f) * 4, total = get16(f + 16);
        uint8_t *icmp = out + 14 + ihl;
        if (total < ihl + 8 || 14 + total > len || f[14 + ihl] != 8)
            return 0;
        copy(out, f + 6, 6);
        copy(out + 6, my_mac, 6);
        copy(out + 12, f + 12, 14 + total - 12);
        copy(out + 26, f + 30, 4); /* swap source and destination */
        copy(out + 30, f + 26, 4);
        out[22] = 64; /* TTL */
        put16(out + 24, 0);
        put16(out + 24, checksum(out + 14, ihl));
        icmp[0] = 0; /* echo reply */
        put16(icmp + 2, 0);
        put16(icmp + 2, checksum(icmp, total - ihl));
        send(14 + total);
        return 2;
    }
    return 0;
}

static unsigned parse_count(const char *s)
{
    unsigned n = 0;

    while (*s >= '0' && *s <= '9')
        n = n * 10 + (unsigned)(*s++ - '0');
    return n;
}

int solo5_app_main(const struct solo5_start_info *info)
{
    static const uint8_t broadcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    struct solo5_net_info net;
    uint8_t *in = (uint8_t *)info->heap_start;
    unsigned pings = parse_count(info->cmdline), answered = 0, i;
    solo5_time_t deadline = solo5_clock_monotonic() + 30 * SEC;
    int got_gateway = 0;

    if (solo5_net_acquire("service", &nic, &net) != SOLO5_R_OK)
        test_fail("solo5_net_acquire(\"service\")");
    copy(my_mac, net.mac_address, 6);
    test_puts("net: service mac ");
    for (i = 0; i < 6; i++) {
        test_put_hex(my_mac[i], 2);
        test_puts(i < 5 ? ":" : "");
    }
    test_puts(" mtu ");
    test_put_u64(net.mtu);
    test_puts("\n");
    send_arp(1, broadcast, (const uint8_t *)"\0\0\0\0\0\0", gateway_ip);
    while (!got_gateway || answered < pings) {
        solo5_handle_set_t ready = 0;
        size_t len;
        int r;
        if (solo5_clock_monotonic() > deadline)
            test_fail(got_gateway ? "timed out waiting for pings"
                                  : "no ARP reply from 10.0.2.2");
        solo5_yield(deadline, &ready);
        if (ready != 0 && ready != (1ull << nic))
            test_fail("ready set names a handle that is not ours");
        while (solo5_net_read(nic, in, net.mtu + SOLO5_NET_HLEN, &len) ==
               SOLO5_R_OK) {
            r = handle(in, len);
            if (r == 1 && !got_gateway) {
                got_gateway = 1;
                test_puts("net: 10.0.2.2 is at ");
                for (i = 0; i < 6; i++) {
                    test_put_hex(in[22 + i], 2);
                    test_puts(i < 5 ? ":" : "");
                }
                test_puts("\n");
            } else if (r == 2) {
                answered++;
                test_puts("net: answered ping ");
                test_put_u64(answered);
                test_puts("\n");
            }
        }
    }
    test_puts("net: SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
