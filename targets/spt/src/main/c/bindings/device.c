/* Device lookup in the tender's manifest copy; a handle is a manifest index. */
#include "spt.h"

static struct mft *manifest;

solo5_result_t spt_device_init(struct mft *mft)
{
    /* The tender validated its copy; refuse anything that still looks wrong
     * rather than index out of bounds later. */
    if (mft == NULL || mft->version != MFT_VERSION || mft->entries < 1 ||
        mft->entries > MFT_MAX_ENTRIES) {
        spt_log(LOG_ERROR, "Solo5: error: invalid manifest from tender\n");
        return SOLO5_R_EINVAL;
    }
    manifest = mft;
    return SOLO5_R_OK;
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

/* The first entry with this name decides, as in upstream lookups. */
solo5_result_t spt_device_acquire(const char *name, uint32_t type,
                                  solo5_handle_t *handle,
                                  const struct mft_entry **entry)
{
    uint32_t i;

    if (name == NULL || handle == NULL)
        return SOLO5_R_EINVAL;
    for (i = 1; i < manifest->entries; i++) {
        const struct mft_entry *e = &manifest->e[i];
        if (!name_equals(e->name, name))
            continue;
        if (e->type != type || !e->attached)
            return SOLO5_R_EINVAL;
        *handle = i;
        *entry = e;
        spt_log(LOG_DEBUG, "Solo5: acquired device %s as handle %u\n", name, i);
        return SOLO5_R_OK;
    }
    return SOLO5_R_EINVAL;
}

const struct mft_entry *spt_device_get(solo5_handle_t handle, uint32_t type)
{
    const struct mft_entry *e;

    if (handle == 0 || handle >= manifest->entries)
        return NULL;
    e = &manifest->e[handle];
    return e->type == type && e->attached ? e : NULL;
}

unsigned spt_net_count(void)
{
    unsigned n = 0;
    uint32_t i;

    for (i = 1; i < manifest->entries; i++)
        if (manifest->e[i].type == MFT_DEV_NET_BASIC && manifest->e[i].attached)
            n++;
    return n;
}
