/* NET_BASIC devices: one frame per NET_WRITE / NET_READ hypercall (the shared ring is not used). */
#include "hvt.h"

/* What the tender put in ret, as a result the caller may see. */
static solo5_result_t net_result(int32_t ret)
{
    if (ret == SOLO5_R_OK || ret == SOLO5_R_AGAIN || ret == SOLO5_R_EINVAL)
        return (solo5_result_t)ret;
    return SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
                               size_t size)
{
    const struct mft_entry *e = kiln_device_get(handle, MFT_DEV_NET_BASIC);
    struct hvt_hc_net wr = {.handle = handle,
                            .data = (uint64_t)(uintptr_t)buf,
                            .len = size,
                            .ret = SOLO5_R_EUNSPEC};

    if (e == NULL || buf == NULL ||
        size > (size_t)e->u.net_basic.mtu + SOLO5_NET_HLEN)
        return SOLO5_R_EINVAL;
    hvt_hypercall(HVT_HC_NET_WRITE, &wr);
    /* Writes never wait, so AGAIN would be a host error too. */
    return wr.ret == SOLO5_R_AGAIN ? SOLO5_R_EUNSPEC : net_result(wr.ret);
}

solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
                              size_t *read_size)
{
    const struct mft_entry *e = kiln_device_get(handle, MFT_DEV_NET_BASIC);
    struct hvt_hc_net rd = {.handle = handle,
                            .data = (uint64_t)(uintptr_t)buf,
                            .len = size,
                            .ret = SOLO5_R_EUNSPEC};
    solo5_result_t r;

    if (e == NULL || buf == NULL || read_size == NULL ||
        size < (size_t)e->u.net_basic.mtu + SOLO5_NET_HLEN)
        return SOLO5_R_EINVAL;
    hvt_hypercall(HVT_HC_NET_READ, &rd);
    r = net_result(rd.ret);
    if (r != SOLO5_R_OK)
        return r;
    /* Never report more than the buffer holds, whatever the host says. */
    if (rd.len > size)
        return SOLO5_R_EUNSPEC;
    *read_size = (size_t)rd.len;
    return SOLO5_R_OK;
}
