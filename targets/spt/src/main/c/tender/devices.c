/* Matches the devices given on the command line with the image's manifest. */
#include <inttypes.h>
#include <string.h>

#include "tender.h"

static const char *kind_option(enum device_kind kind)
{
    return kind == DEVICE_NET ? "--net" : "--block";
}

static const char *type_name(uint32_t type)
{
    return type == MFT_DEV_NET_BASIC     ? "NET_BASIC"
           : type == MFT_DEV_BLOCK_BASIC ? "BLOCK_BASIC"
                                         : "unknown";
}

static uint32_t kind_type(enum device_kind kind)
{
    return kind == DEVICE_NET ? MFT_DEV_NET_BASIC : MFT_DEV_BLOCK_BASIC;
}

/* Index of the first entry named NAME (entry 0 is reserved), or 0. */
static size_t manifest_lookup(const struct mft *m, const char *name)
{
    for (uint32_t i = 1; i < m->entries; i++)
        if (strcmp(m->e[i].name, name) == 0)
            return i;
    return 0;
}

void devices_attach(struct options *opt, struct mft *m)
{
    bool given[MFT_MAX_ENTRIES] = {false};

    /* Resolve every name first, so that no device is opened in vain. */
    for (size_t d = 0; d < opt->ndev; d++) {
        struct attachment *a = &opt->dev[d];
        size_t i = manifest_lookup(m, a->name);

        if (i == 0)
            die("%s:%s: undeclared device '%s': the image's manifest does not "
                "declare it",
                kind_option(a->kind), a->name, a->name);
        if (m->e[i].type != kind_type(a->kind))
            die("%s:%s: device '%s' is declared as %s, not %s",
                kind_option(a->kind), a->name, a->name,
                type_name(m->e[i].type), type_name(kind_type(a->kind)));
        a->manifest_index = i;
        given[i] = true;
    }
    for (uint32_t i = 1; i < m->entries; i++) {
        const struct mft_entry *e = &m->e[i];

        if (e->type != MFT_DEV_NET_BASIC && e->type != MFT_DEV_BLOCK_BASIC)
            die("manifest entry %" PRIu32 " ('%s') has unsupported device "
                "type 0x%" PRIx32,
                i, e->name, e->type);
        if (!given[i])
            die("device '%s' (%s) is declared in the manifest but not "
                "attached; use %s:%s=%s",
                e->name, type_name(e->type),
                e->type == MFT_DEV_NET_BASIC ? "--net" : "--block", e->name,
                e->type == MFT_DEV_NET_BASIC ? "TAPIF" : "FILE");
    }
    for (size_t d = 0; d < opt->ndev; d++) {
        struct attachment *a = &opt->dev[d];

        if (a->kind == DEVICE_NET)
            net_attach(a, &m->e[a->manifest_index]);
        else
            block_attach(a, &m->e[a->manifest_index]);
    }
}
