/* Block device calls for the Java block driver, one block per Solo5 call. */
#include "kiln_drivers.h"
#include "solo5.h"

int32_t kiln_block_acquire(const char *name, int64_t *out)
{
    solo5_handle_t handle;
    struct solo5_block_info info;
    solo5_result_t result = solo5_block_acquire(name, &handle, &info);
    if (result != SOLO5_R_OK)
        return (int32_t)result;
    out[0] = (int64_t)handle;
    out[1] = (int64_t)info.capacity;
    out[2] = (int64_t)info.block_size;
    return SOLO5_R_OK;
}

int32_t kiln_block_read(int64_t handle, int64_t offset, void *data, int32_t data_offset,
                        int32_t length)
{
    return (int32_t)solo5_block_read((solo5_handle_t)handle, (solo5_off_t)offset,
                                     (uint8_t *)data + data_offset, (size_t)length);
}

int32_t kiln_block_write(int64_t handle, int64_t offset, const void *data, int32_t data_offset,
                         int32_t length)
{
    return (int32_t)solo5_block_write((solo5_handle_t)handle, (solo5_off_t)offset,
                                      (const uint8_t *)data + data_offset, (size_t)length);
}
