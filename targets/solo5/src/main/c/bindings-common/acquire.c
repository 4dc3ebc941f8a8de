/* solo5_net_acquire, solo5_block_acquire and the block bounds check, over manifest entries. */
#include "bindings.h"

solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle,
                                 struct solo5_net_info *info)
{
    const struct mft_entry *e;
    solo5_result_t r;
    size_t i;

    if (info == NULL)
        return SOLO5_R_EINVAL;
    r = kiln_device_acquire(name, MFT_DEV_NET_BASIC, handle, &e);
    if (r != SOLO5_R_OK)
        return r;
    for (i = 0; i < SOLO5_NET_ALEN; i++)
        info->mac_address[i] = e->u.net_basic.mac[i];
    info->mtu = e->u.net_basic.mtu;
    return SOLO5_R_OK;
}

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
                                   struct solo5_block_info *info)
{
    const struct mft_entry *e;
    solo5_result_t r;

    if (info == NULL)
        return SOLO5_R_EINVAL;
    r = kiln_device_acquire(name, MFT_DEV_BLOCK_BASIC, handle, &e);
    if (r != SOLO5_R_OK)
        return r;
    info->capacity = e->u.block_basic.capacity;
    info->block_size = e->u.block_basic.block_size;
    return SOLO5_R_OK;
}

const struct mft_entry *kiln_block_check(solo5_handle_t handle,
                                         solo5_off_t offset, size_t size)
{
    const struct mft_entry *e = kiln_device_get(handle, MFT_DEV_BLOCK_BASIC);
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
