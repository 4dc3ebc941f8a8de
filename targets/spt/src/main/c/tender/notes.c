/* Finds the Solo5 ABI and manifest notes, checks them, copies the manifest. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tender.h"

#define ABI_DESC_MAX 32

/* A Solo5 note at the start of a PT_NOTE, with its descriptor in bounds. */
struct found_note {
    const uint8_t *desc;
    uint32_t descsz;
    size_t phdr_index;
};

static bool solo5_note_at(const struct image_file *f,
                          const struct note_area *a, uint32_t type,
                          struct found_note *out)
{
    struct solo5_note_header h;

    if (a->size < sizeof h)
        return false;
    memcpy(&h, f->data + a->offset, sizeof h);
    if (h.namesz != SOLO5_NOTE_NAMESZ || h.type != type ||
        memcmp(h.name, SOLO5_NOTE_NAME, SOLO5_NOTE_NAMESZ) != 0)
        return false;
    if (h.descsz > a->size - sizeof h)
        die("%s: phdr[%zu] Solo5 note descriptor extends beyond its segment",
            f->path, a->phdr_index);
    out->desc = f->data + a->offset + sizeof h;
    out->descsz = h.descsz;
    out->phdr_index = a->phdr_index;
    return true;
}

static bool find_note(const struct image_file *f, const struct elf_info *info,
                      uint32_t type, struct found_note *out)
{
    for (size_t i = 0; i < info->nnote; i++)
        if (solo5_note_at(f, &info->note[i], type, out))
            return true;
    return false;
}

static const char *target_name(uint32_t target)
{
    static const char *const names[] = {"?",     "hvt",    "spt", "virtio",
                                        "muen",  "genode", "xen"};

    return target < sizeof names / sizeof names[0] ? names[target] : "?";
}

static void check_abi(const struct image_file *f, const struct elf_info *info)
{
    struct found_note n;
    struct solo5_abi1_desc abi = {0};

    if (!find_note(f, info, SOLO5_NOTE_TYPE_ABI1, &n))
        die("%s: no Solo5 ABI note found (not a Solo5 image?)", f->path);
    if (n.descsz < 1 || n.descsz > ABI_DESC_MAX)
        die("%s: phdr[%zu] Solo5 ABI note has a bad size (%" PRIu32 ")",
            f->path, n.phdr_index, n.descsz);
    memcpy(&abi, n.desc, n.descsz < sizeof abi ? n.descsz : sizeof abi);
    if (abi.abi_target != SOLO5_ABI_TARGET_SPT)
        die("%s: image is for the solo5-%s target (ABI target %" PRIu32
            "), not solo5-spt",
            f->path, target_name(abi.abi_target), abi.abi_target);
    if (abi.abi_version != SOLO5_ABI_VERSION_SPT)
        die("%s: unsupported spt ABI version %" PRIu32 " (kiln-spt runs "
            "version %u)",
            f->path, abi.abi_version, SOLO5_ABI_VERSION_SPT);
}

static void check_manifest(const char *path, const struct mft *m, size_t size)
{
    if (size < MFT_BODY_SIZE(0))
        die("%s: manifest is too short", path);
    if (m->version != MFT_VERSION)
        die("%s: unsupported manifest version %" PRIu32 " (need %u)", path,
            m->version, MFT_VERSION);
    if (m->entries > MFT_MAX_ENTRIES)
        die("%s: manifest has %" PRIu32 " entries, at most %u are allowed",
            path, m->entries, MFT_MAX_ENTRIES);
    if (size != MFT_BODY_SIZE(m->entries))
        die("%s: manifest size does not match its %" PRIu32 " entries", path,
            m->entries);
    if (m->entries < 1)
        die("%s: manifest lacks the reserved entry 0", path);
    if (m->e[0].type != MFT_RESERVED_FIRST || m->e[0].name[0] != '\0')
        die("%s: manifest entry 0 is not the reserved entry", path);
    for (uint32_t i = 0; i < m->entries; i++) {
        if (m->e[i].name[MFT_NAME_MAX] != '\0')
            die("%s: manifest entry %" PRIu32 " has a name that is not "
                "NUL-terminated",
                path, i);
        /* Read as a byte: the image may hold any value there. */
        if (*(const uint8_t *)&m->e[i].attached != 0)
            die("%s: manifest entry %" PRIu32 " ('%s') is already marked "
                "attached in the image",
                path, i, m->e[i].name);
    }
}

struct mft *notes_check(const struct image_file *f,
                        const struct elf_info *info, size_t *mft_size)
{
    struct found_note n;
    struct mft *m;
    size_t size;

    check_abi(f, info);
    if (!find_note(f, info, SOLO5_NOTE_TYPE_MFT1, &n))
        die("%s: no Solo5 manifest note found", f->path);
    if (n.descsz < MFT_NOTE_PAD || n.descsz > MFT_MAX_NOTE_DESCSZ)
        die("%s: phdr[%zu] Solo5 manifest note has a bad size (%" PRIu32 ")",
            f->path, n.phdr_index, n.descsz);
    size = n.descsz - MFT_NOTE_PAD;
    /* A private, aligned copy: the image's bytes may be unaligned. */
    m = calloc(1, size < sizeof *m ? sizeof *m : size);
    if (m == NULL)
        die("%s: out of memory", f->path);
    memcpy(m, n.desc + MFT_NOTE_PAD, size);
    check_manifest(f->path, m, size);
    *mft_size = size;
    return m;
}
