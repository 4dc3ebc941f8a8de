/* BLOCK_BASIC devices: one whole block per BLOCK_WRITE / BLOCK_READ hypercall. */
#include "hvt.h"

/* kiln_block_check refuses partial, unaligned and out-of-range requests
 * before the tender sees them; the tender checks the range again. */
static solo5_result_t block_io(enum hvt_hypercall_nr nr, solo5_handle_t handle,
                               solo5_off_t offset, const uint8_t *buf,
                               size_t size)
{
    struct hvt_hc_block io = {.handle = handle,
                              .offset = offset,
                              .data = (uint64_t)(uintptr_t)buf,
                              .len = size,
                              .ret = SOLO5_R_EUNSPEC};

    if (buf == NULL || kiln_block_check(handle, offset, size) == NULL)
        return SOLO5_R_EINVAL;
    hvt_hypercall(nr, &io);
    if (io.ret == SOLO5_R_OK || io.ret == SOLO5_R_EINVAL)
        return (solo5_result_t)io.ret;
    return SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size)
{
    return block_io(HVT_HC_BLOCK_WRITE, handle, offset, buf, size);
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
                                uint8_t *buf, size_t size)
{
    return block_io(HVT_HC_BLOCK_READ, handle, offset, buf, size);
}
