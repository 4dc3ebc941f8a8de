/* BLOCK_BASIC devices: one whole block per call, via pread64/pwrite64 on the file fd. */
#include "spt.h"
#include "sys.h"

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
                                   struct solo5_block_info *info)
{
    const struct mft_entry *e;
    solo5_result_t r;

    if (info == NULL)
        return SOLO5_R_EINVAL;
    r = spt_device_acquire(name, MFT_DEV_BLOCK_BASIC, handle, &e);
    if (r != SOLO5_R_OK)
        return r;
    info->capacity = e->u.block_basic.capacity;
    info->block_size = e->u.block_basic.block_size;
    return SOLO5_R_OK;
}

/* The seccomp filter kills any pread64/pwrite64 outside these bounds, so
 * they are checked here first and reported as EINVAL. */
static const struct mft_entry *checked_block(solo5_handle_t handle,
                                             solo5_off_t offset, size_t size)
{
    const struct mft_entry *e = spt_device_get(handle, MFT_DEV_BLOCK_BASIC);
    uint64_t block_size, capacity;

    if (e == NULL)
        return NULL;
    block_size = e->u.block_basic.block_size;
    capacity = e->u.block_basic.capacity;
    if (block_size == 0 || size != block_size || offset % block_size != 0 ||
        capacity < block_size || offset > capacity - block_size)
        return NULL;
    return e;
}

static solo5_result_t block_io(long nr, solo5_handle_t handle,
                               solo5_off_t offset, const uint8_t *buf,
                               size_t size)
{
    const struct mft_entry *e = checked_block(handle, offset, size);
    long n;

    if (e == NULL || buf == NULL)
        return SOLO5_R_EINVAL;
    do {
        n = sys_call4(nr, e->b.hostfd, (long)buf, (long)size, (long)offset);
    } while (n == -SPT_EINTR);
    return n == (long)size ? SOLO5_R_OK : SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size)
{
    return block_io(SYS_PWRITE64, handle, offset, buf, size);
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
                                uint8_t *buf, size_t size)
{
    return block_io(SYS_PREAD64, handle, offset, buf, size);
}
