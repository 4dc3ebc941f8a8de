/* The manifest in use and device lookup in it; a handle is a manifest index. */
#include "bindings.h"

static struct mft *manifest;

solo5_result_t kiln_manifest_validate(const struct mft *mft, uint32_t body_size)
{
    uint32_t i;

    if (body_size < 8 || mft->version != MFT_VERSION || mft->entries < 1 ||
        mft->entries > MFT_MAX_ENTRIES ||
        body_size != MFT_BODY_SIZE(mft->entries) ||
        mft->e[0].type != MFT_RESERVED_FIRST || mft->e[0].name[0] != '\0')
        return SOLO5_R_EINVAL;
    for (i = 0; i < mft->entries; i++)
        if (mft->e[i].name[MFT_NAME_SIZE - 1] != '\0' || mft->e[i].attached)
            return SOLO5_R_EINVAL;
    return SOLO5_R_OK;
}

solo5_result_t kiln_device_init(struct mft *mft)
{
    /* Refuse anything that still looks wrong rather than index out of
     * bounds later. */
    if (mft == NULL || mft->version != MFT_VERSION || mft->entries < 1 ||
        mft->entries > MFT_MAX_ENTRIES) {
        kiln_log(LOG_ERROR, "Solo5: error: invalid manifest\n");
        return SOLO5_R_EINVAL;
    }
    manifest = mft;
    return SOLO5_R_OK;
}

struct mft *kiln_manifest(void)
{
    return manifest;
}

static int name_equals(const char *entry_name, const char *name)
{
    size_t i;

    for (i = 0; i < MFT_NAME_SIZE; i++) {
        if (entry_name[i] != name[i])
            return 0;
        if (name[i] == '\0')
            return 1;
    }
    return 0;
}

solo5_result_t kiln_device_acquire(const char *name, uint32_t type,
                                   solo5_handle_t *handle,
                                   const struct mft_entry **entry)
{
    uint32_t i;

    if (name == NULL || handle == NULL || manifest == NULL)
        return SOLO5_R_EINVAL;
    for (i = 1; i < manifest->entries; i++) {
        const struct mft_entry *e = &manifest->e[i];
        if (!name_equals(e->name, name))
            continue;
        if (e->type != type || !e->attached)
            return SOLO5_R_EINVAL;
        *handle = i;
        *entry = e;
        kiln_log(LOG_DEBUG, "Solo5: acquired device %s as handle %u\n", name,
                 i);
        return SOLO5_R_OK;
    }
    return SOLO5_R_EINVAL;
}

const struct mft_entry *kiln_device_get(solo5_handle_t handle, uint32_t type)
{
    const struct mft_entry *e;

    if (manifest == NULL || handle == 0 || handle >= manifest->entries)
        return NULL;
    e = &manifest->e[handle];
    return e->type == type && e->attached ? e : NULL;
}

unsigned kiln_net_count(void)
{
    unsigned n = 0;
    uint32_t i;

    for (i = 1; manifest != NULL && i < manifest->entries; i++)
        if (manifest->e[i].type == MFT_DEV_NET_BASIC && manifest->e[i].attached)
            n++;
    return n;
}
