/* Block round-trip image: write, read back and verify blocks on device "storage". */
#include "testlib.h"

static uint8_t pattern_byte(uint64_t seed, uint64_t block, uint64_t i)
{
    return (uint8_t)((seed >> (i % 8 * 8)) ^ (block * 131) ^ (i * 7));
}

static void fill(uint8_t *buf, size_t size, uint64_t seed, uint64_t block)
{
    size_t i;

    for (i = 0; i < size; i++)
        buf[i] = pattern_byte(seed, block, i);
}

static int matches(const uint8_t *buf, size_t size, uint64_t seed,
                   uint64_t block)
{
    size_t i;

    for (i = 0; i < size; i++)
        if (buf[i] != pattern_byte(seed, block, i))
            return 0;
    return 1;
}

int solo5_app_main(const struct solo5_start_info *info)
{
    struct solo5_block_info dev;
    solo5_handle_t h;
    uint8_t *buf = (uint8_t *)info->heap_start; /* the heap is ours alone */
    uint64_t seed = solo5_clock_wall() | 1;
    uint64_t blocks, picks[4];
    unsigned i;

    if (solo5_block_acquire("storage", &h, &dev) != SOLO5_R_OK)
        test_fail("solo5_block_acquire(\"storage\")");
    blocks = dev.capacity / dev.block_size;
    picks[0] = 0;
    picks[1] = blocks > 1 ? 1 : 0;
    picks[2] = blocks / 2;
    picks[3] = blocks - 1;
    for (i = 0; i < 4; i++) {
        fill(buf, dev.block_size, seed, picks[i]);
        if (solo5_block_write(h, picks[i] * dev.block_size, buf,
                              dev.block_size) != SOLO5_R_OK)
            test_fail("solo5_block_write");
    }
    for (i = 0; i < 4; i++) {
        if (solo5_block_read(h, picks[i] * dev.block_size, buf,
                             dev.block_size) != SOLO5_R_OK)
            test_fail("solo5_block_read");
        /* Later picks may repeat earlier ones on tiny devices. */
        if (!matches(buf, dev.block_size, seed, picks[i]))
            test_fail("data read back differs from data written");
    }
    if (solo5_block_read(h, dev.capacity, buf, dev.block_size) !=
        SOLO5_R_EINVAL)
        test_fail("read past the end was not refused");
    if (solo5_block_read(h, 1, buf, dev.block_size) != SOLO5_R_EINVAL)
        test_fail("unaligned read was not refused");
    if (solo5_block_write(h, 0, buf, dev.block_size * 2) != SOLO5_R_EINVAL)
        test_fail("two-block write was not refused");
    test_puts("block: storage capacity ");
    test_put_u64(dev.capacity);
    test_puts(" block_size ");
    test_put_u64(dev.block_size);
    test_puts(", 4 blocks round trip\nblock: SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
