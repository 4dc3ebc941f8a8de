/* Net smoke image: acquire NET_BASIC "service", report MAC and MTU, send one frame. */
#include "testlib.h"

#define ETHERTYPE_LOCAL_EXPERIMENTAL 0x88b5

static void check_lookups(void)
{
    struct solo5_net_info net;
    struct solo5_block_info block;
    solo5_handle_t other;

    if (solo5_block_acquire("service", &other, &block) != SOLO5_R_EINVAL)
        test_fail("a net device was acquired as block");
    if (solo5_net_acquire("nosuch", &other, &net) != SOLO5_R_EINVAL)
        test_fail("an undeclared device was acquired");
}

/* A minimum-size broadcast frame with a local experimental ethertype. */
static size_t build_frame(uint8_t *frame, const uint8_t *mac)
{
    size_t i;

    for (i = 0; i < 60; i++)
        frame[i] = 0;
    for (i = 0; i < SOLO5_NET_ALEN; i++) {
        frame[i] = 0xff;
        frame[SOLO5_NET_ALEN + i] = mac[i];
    }
    frame[12] = ETHERTYPE_LOCAL_EXPERIMENTAL >> 8;
    frame[13] = ETHERTYPE_LOCAL_EXPERIMENTAL & 0xff;
    return 60;
}

static void exchange(solo5_handle_t h, const struct solo5_net_info *net,
                     uint8_t *buf)
{
    solo5_handle_set_t ready = 0;
    size_t len = build_frame(buf, net->mac_address);
    solo5_result_t r;

    if (solo5_net_write(h, buf, len) != SOLO5_R_OK)
        test_fail("solo5_net_write of a 60-byte frame");
    if (solo5_net_write(h, buf, net->mtu + SOLO5_NET_HLEN + 1) !=
        SOLO5_R_EINVAL)
        test_fail("an oversized frame was not refused");
    if (solo5_net_read(h, buf, 64, &len) != SOLO5_R_EINVAL)
        test_fail("a read buffer smaller than mtu + 14 was not refused");
    solo5_yield(solo5_clock_monotonic() + 10000000ull, &ready);
    if ((ready & ~((solo5_handle_set_t)1 << h)) != 0)
        test_fail("ready set names a handle that is not ours");
    r = solo5_net_read(h, buf, net->mtu + SOLO5_NET_HLEN, &len);
    if (r != SOLO5_R_OK && r != SOLO5_R_AGAIN)
        test_fail("solo5_net_read");
}

int solo5_app_main(const struct solo5_start_info *info)
{
    struct solo5_net_info net;
    solo5_handle_t handle;
    unsigned i;

    if (solo5_net_acquire("service", &handle, &net) != SOLO5_R_OK)
        test_fail("solo5_net_acquire(\"service\")");
    check_lookups();
    exchange(handle, &net, (uint8_t *)info->heap_start);
    test_puts("net: service handle ");
    test_put_u64(handle);
    test_puts(" mac ");
    for (i = 0; i < SOLO5_NET_ALEN; i++) {
        test_put_hex(net.mac_address[i], 2);
        test_puts(i + 1 < SOLO5_NET_ALEN ? ":" : "");
    }
    test_puts(" mtu ");
    test_put_u64(net.mtu);
    test_puts("\nnet: SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
