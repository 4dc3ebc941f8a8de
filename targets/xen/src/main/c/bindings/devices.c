/* Solo5's C device calls on Xen: Kiln's Java netfront and blkfront drive Xen's devices, so no
 * manifest entry is ever attached here and these calls refuse every handle. */
#include "xen.h"

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf, size_t size)
{
    (void)handle, (void)buf, (void)size;
    return SOLO5_R_EINVAL;
}

solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
                              size_t *read_size)
{
    (void)handle, (void)buf, (void)size, (void)read_size;
    return SOLO5_R_EINVAL;
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size)
{
    (void)handle, (void)offset, (void)buf, (void)size;
    return SOLO5_R_EINVAL;
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset, uint8_t *buf,
                                size_t size)
{
    (void)handle, (void)offset, (void)buf, (void)size;
    return SOLO5_R_EINVAL;
}
