/* BLOCK_BASIC devices: one whole block per call, via pread64/pwrite64 on the file fd. */
#include "spt.h"
#include "sys.h"

/* The seccomp filter kills any pread64/pwrite64 outside the device, so
 * kiln_block_check refuses those first as EINVAL. */
static solo5_result_t block_io(long nr, solo5_handle_t handle,
                               solo5_off_t offset, const uint8_t *buf,
                               size_t size)
{
    const struct mft_entry *e = kiln_block_check(handle, offset, size);
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
