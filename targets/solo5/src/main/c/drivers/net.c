/* Network device calls for the Java net driver: one frame per Solo5 call. */
#include "kiln_drivers.h"
#include "solo5.h"

int32_t kiln_net_acquire(const char *name, int64_t *out)
{
    solo5_handle_t handle;
    struct solo5_net_info info;
    solo5_result_t result = solo5_net_acquire(name, &handle, &info);
    int64_t mac = 0;
    int i;

    if (result != SOLO5_R_OK)
        return (int32_t)result;
    for (i = 0; i < SOLO5_NET_ALEN; i++)
        mac = (mac << 8) | info.mac_address[i];
    out[0] = (int64_t)handle;
    out[1] = (int64_t)info.mtu;
    out[2] = mac;
    return SOLO5_R_OK;
}

int32_t kiln_net_read(int64_t handle, void *data, int32_t data_offset, int32_t size,
                      int32_t *out_length)
{
    size_t read_size = 0;
    solo5_result_t result = solo5_net_read((solo5_handle_t)handle,
                                           (uint8_t *)data + data_offset, (size_t)size,
                                           &read_size);
    if (result == SOLO5_R_OK)
        out_length[0] = (int32_t)read_size;
    return (int32_t)result;
}

int32_t kiln_net_write(int64_t handle, const void *data, int32_t data_offset, int32_t length)
{
    return (int32_t)solo5_net_write((solo5_handle_t)handle,
                                    (const uint8_t *)data + data_offset, (size_t)length);
}
