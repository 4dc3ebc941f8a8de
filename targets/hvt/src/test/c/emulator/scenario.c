/* The guest side of the emulator run: every hypercall-backed call of solo5.h, checked from the outside. */
#include <string.h>

#include "emulator.h"

#define MS 1000000ull

static MFT_NOTE_STRUCT(3) manifest __attribute__((aligned(8))) = {
    MFT_NOTE_PREAMBLE(3),
    .e = {MFT_RESERVED_ENTRY,
          {.name = "disk",
           .type = MFT_DEV_BLOCK_BASIC,
           .u.block_basic = {DISK_SIZE, BLOCK_SIZE},
           .attached = true},
          {.name = "nic",
           .type = MFT_DEV_NET_BASIC,
           .u.net_basic = {{2, 0, 0, 0, 0, 1}, 1500},
           .attached = true}},
};

static void clocks(void)
{
    solo5_time_t m0 = solo5_clock_monotonic(), m1;
    struct timespec ts = {0, 20 * MS};
    int64_t skew;

    nanosleep(&ts, NULL);
    m1 = solo5_clock_monotonic();
    check(m1 - m0 >= 15 * MS && m1 - m0 < 500 * MS, "monotonic follows the TSC");
    skew = (int64_t)(solo5_clock_wall() - now_ns(CLOCK_REALTIME));
    check(skew > -50 * (int64_t)MS && skew < 50 * (int64_t)MS,
          "wall clock within 50 ms of the host");
}

static void block(uint8_t *buf)
{
    struct solo5_block_info info;
    solo5_handle_t h;
    unsigned i;

    check(solo5_block_acquire("disk", &h, &info) == SOLO5_R_OK, "block acquire");
    check(h == BLOCK_HANDLE && info.capacity == DISK_SIZE &&
              info.block_size == BLOCK_SIZE, "block info");
    for (i = 0; i < BLOCK_SIZE; i++)
        buf[i] = (uint8_t)(i * 7 + 1);
    check(solo5_block_write(h, 3 * BLOCK_SIZE, buf, BLOCK_SIZE) == SOLO5_R_OK,
          "block write");
    check(memcmp(disk + 3 * BLOCK_SIZE, buf, BLOCK_SIZE) == 0,
          "block write reached the host at the offset");
    memset(buf, 0, BLOCK_SIZE);
    check(solo5_block_read(h, 3 * BLOCK_SIZE, buf, BLOCK_SIZE) == SOLO5_R_OK &&
              memcmp(disk + 3 * BLOCK_SIZE, buf, BLOCK_SIZE) == 0,
          "block read back");
    check(solo5_block_read(h, DISK_SIZE, buf, BLOCK_SIZE) == SOLO5_R_EINVAL,
          "read at capacity refused");
    check(solo5_block_read(h, 1, buf, BLOCK_SIZE) == SOLO5_R_EINVAL,
          "unaligned read refused");
    check(solo5_block_write(h, 0, buf, 2 * BLOCK_SIZE) == SOLO5_R_EINVAL,
          "two-block write refused");
}

static void net(uint8_t *buf)
{
    struct solo5_net_info info;
    solo5_handle_set_t ready = 99;
    solo5_time_t start;
    solo5_handle_t h;
    size_t len = 0;

    check(solo5_net_acquire("nic", &h, &info) == SOLO5_R_OK && h == NET_HANDLE &&
              info.mtu == 1500 && info.mac_address[5] == 1, "net acquire");
    start = solo5_clock_monotonic();
    solo5_yield(start + 30 * MS, &ready);
    check(ready == 0 && solo5_clock_monotonic() - start >= 25 * MS,
          "yield waits for the deadline when no input is pending");
    check(last_poll_timeout > 20 * MS && last_poll_timeout <= 30 * MS,
          "POLL gets the time left, relative");
    solo5_yield(start, &ready);
    check(last_poll_timeout == 0, "a passed deadline polls with timeout 0");
    memset(buf, 0xab, 60);
    check(solo5_net_write(h, buf, 60) == SOLO5_R_OK, "net write");
    check(solo5_net_write(h, buf, 1500 + 14 + 1) == SOLO5_R_EINVAL,
          "oversized frame refused");
    solo5_yield(solo5_clock_monotonic() + 1000 * MS, &ready);
    check(ready == 1ull << NET_HANDLE, "yield reports the ready net handle");
    check(solo5_net_read(h, buf, 64, &len) == SOLO5_R_EINVAL,
          "small read buffer refused");
    check(solo5_net_read(h, buf, 1514, &len) == SOLO5_R_OK && len == 60 &&
              buf[59] == 0xab, "net read returns the frame");
    check(solo5_net_read(h, buf, 1514, &len) == SOLO5_R_AGAIN,
          "empty queue gives AGAIN");
}

void guest(void)
{
    uint8_t *buf = (uint8_t *)(LOW_BASE + LOW_SIZE / 2);
    /* The body starts 24 bytes into the note, 8-byte aligned here. */
    struct mft *body = (struct mft *)((uint8_t *)&manifest + 24);

    check(kiln_device_init(body) == SOLO5_R_OK, "device init");
    check(hvt_clock_init(tsc_hz()) == SOLO5_R_OK, "clock init");
    hvt_yield_init();
    solo5_console_write("emulator: console via PUTS\n", 27);
    clocks();
    block(buf);
    net(buf);
    solo5_exit(7);
}
