/* NET_BASIC devices: frames go straight to and from the tender's tap fd. */
#include "spt.h"
#include "sys.h"

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
                               size_t size)
{
    const struct mft_entry *e = kiln_device_get(handle, MFT_DEV_NET_BASIC);
    long n;

    if (e == NULL || buf == NULL ||
        size > (size_t)e->u.net_basic.mtu + SOLO5_NET_HLEN)
        return SOLO5_R_EINVAL;
    do {
        n = sys_call4(SYS_WRITE, e->b.hostfd, (long)buf, (long)size, 0);
    } while (n == -SPT_EINTR);
    return n == (long)size ? SOLO5_R_OK : SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
                              size_t *read_size)
{
    const struct mft_entry *e = kiln_device_get(handle, MFT_DEV_NET_BASIC);
    long n;

    if (e == NULL || buf == NULL || read_size == NULL ||
        size < (size_t)e->u.net_basic.mtu + SOLO5_NET_HLEN)
        return SOLO5_R_EINVAL;
    do {
        n = sys_call4(SYS_READ, e->b.hostfd, (long)buf, (long)size, 0);
    } while (n == -SPT_EINTR);
    if (n == -SPT_EAGAIN)
        return SOLO5_R_AGAIN;
    if (n < 0)
        return SOLO5_R_EUNSPEC;
    *read_size = (size_t)n;
    return SOLO5_R_OK;
}
