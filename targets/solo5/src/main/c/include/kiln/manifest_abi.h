/* Solo5 note and manifest (MFT1) layouts shared by bindings, tender and generated manifests. */
#ifndef KILN_MANIFEST_ABI_H
#define KILN_MANIFEST_ABI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Every Solo5-owned ELF note is named "Solo5\0" (namesz 6, padded to 8). */
#define SOLO5_NOTE_NAME "Solo5"
#define SOLO5_NOTE_NAMESZ 6u
#define SOLO5_NOTE_TYPE_ABI1 0x31494241u /* "ABI1" as little-endian bytes */
#define SOLO5_NOTE_TYPE_MFT1 0x3154464du /* "MFT1" as little-endian bytes */

/* Values of the ABI note's abi_target field, and each target's ABI version. */
#define SOLO5_ABI_TARGET_HVT 1u
#define SOLO5_ABI_TARGET_SPT 2u
#define SOLO5_ABI_TARGET_VIRTIO 3u
#define SOLO5_ABI_TARGET_XEN 6u
#define SOLO5_ABI_VERSION_HVT 2u
#define SOLO5_ABI_VERSION_SPT 2u
#define SOLO5_ABI_VERSION_VIRTIO 1u

/* The 20-byte header in front of every Solo5 note's descriptor. */
struct solo5_note_header {
    uint32_t namesz; /* MUST be SOLO5_NOTE_NAMESZ */
    uint32_t descsz;
    uint32_t type;
    char name[8]; /* "Solo5" followed by NUL padding */
};
_Static_assert(sizeof(struct solo5_note_header) == 20, "note header size");

/* Descriptor of the ABI note (section .note.solo5.abi). */
struct solo5_abi1_desc {
    uint32_t abi_target;
    uint32_t abi_version;
    uint32_t reserved0; /* MUST be 0 */
    uint32_t reserved1; /* MUST be 0 */
};
_Static_assert(sizeof(struct solo5_abi1_desc) == 16, "ABI descriptor size");

#define MFT_VERSION 1u
#define MFT_MAX_ENTRIES 64u /* including the reserved entry 0 */
#define MFT_MAX_DEVICES (MFT_MAX_ENTRIES - 1u)
#define MFT_NAME_SIZE 68u /* name bytes including the terminating NUL */
#define MFT_NAME_MAX (MFT_NAME_SIZE - 1u)
#define MFT_NOTE_PAD 4u /* zero bytes between note header and body */

/* Device types; values >= MFT_RESERVED_FIRST are reserved. */
#define MFT_DEV_BLOCK_BASIC 1u
#define MFT_DEV_NET_BASIC 2u
#define MFT_RESERVED_FIRST 0x40000000u

/* One declared device. In the image everything after `type` MUST be zero;
 * the tender fills in u, b and attached in its run-time copy. */
struct mft_entry {
    char name[MFT_NAME_SIZE]; /* NUL-terminated, 1..67 alphanumerics */
    uint32_t type;            /* MFT_DEV_* or MFT_RESERVED_FIRST */
    union {
        struct {
            uint64_t capacity;   /* bytes */
            uint16_t block_size; /* bytes */
        } block_basic;
        struct {
            uint8_t mac[6];
            uint16_t mtu;
        } net_basic;
    } u;
    union {
        int32_t hostfd; /* spt and hvt: host file descriptor */
        uint64_t opaque;
    } b;
    bool attached;
    uint8_t reserved[7];
};

/* The manifest body; it follows the note header and MFT_NOTE_PAD bytes. */
struct mft {
    uint32_t version; /* MFT_VERSION */
    uint32_t entries; /* 1..MFT_MAX_ENTRIES, counting entry 0 */
    struct mft_entry e[];
};

_Static_assert(sizeof(struct mft_entry) == 104, "mft_entry is 104 bytes");
_Static_assert(_Alignof(struct mft_entry) == 8, "mft_entry is 8-byte aligned");
_Static_assert(offsetof(struct mft_entry, type) == 68, "type at 68");
_Static_assert(offsetof(struct mft_entry, u.block_basic.capacity) == 72,
               "capacity at 72");
_Static_assert(offsetof(struct mft_entry, u.block_basic.block_size) == 80,
               "block_size at 80");
_Static_assert(offsetof(struct mft_entry, u.net_basic.mac) == 72, "mac at 72");
_Static_assert(offsetof(struct mft_entry, u.net_basic.mtu) == 78, "mtu at 78");
_Static_assert(offsetof(struct mft_entry, b) == 88, "b at 88");
_Static_assert(offsetof(struct mft_entry, attached) == 96, "attached at 96");
_Static_assert(offsetof(struct mft, e) == 8, "entries start at body offset 8");

/* Size of a manifest body with n entries, and the n_descsz of its note. */
#define MFT_BODY_SIZE(n) (8u + 104u * (uint32_t)(n))
#define MFT_NOTE_DESCSZ(n) (MFT_NOTE_PAD + MFT_BODY_SIZE(n))
#define MFT_MAX_NOTE_DESCSZ MFT_NOTE_DESCSZ(MFT_MAX_ENTRIES) /* 6668 */

/* A complete manifest note with n entries, for generated manifest objects.
 * Its fields line up with struct solo5_note_header + pad + struct mft.
 * Packed so the note section is 4-byte aligned like every other ELF note
 * (readers then find the descriptor at offset 20); nothing in the image
 * accesses the fields in place on spt. */
#define MFT_NOTE_STRUCT(n)                                                     \
    struct __attribute__((packed, aligned(4))) {                               \
        struct solo5_note_header header;                                       \
        uint32_t pad;                                                          \
        uint32_t version;                                                      \
        uint32_t entries;                                                      \
        struct mft_entry e[(n)];                                               \
    }

/* Initialiser for the header, pad and counts of an MFT_NOTE_STRUCT(n). */
#define MFT_NOTE_PREAMBLE(n)                                                   \
    .header = {SOLO5_NOTE_NAMESZ, MFT_NOTE_DESCSZ(n), SOLO5_NOTE_TYPE_MFT1,    \
               SOLO5_NOTE_NAME},                                               \
    .pad = 0, .version = MFT_VERSION, .entries = (n)

/* Initialiser for the reserved entry 0 and for a user device. */
#define MFT_RESERVED_ENTRY {.name = "", .type = MFT_RESERVED_FIRST}
#define MFT_DEVICE_ENTRY(devname, devtype) {.name = devname, .type = (devtype)}

/* Attributes a generated manifest object MUST carry: the linker script
 * places this section in its own PT_NOTE. The symbol is __solo5_mft1_note. */
#define MFT_NOTE_ATTRIBUTES                                                    \
    __attribute__((section(".note.solo5.manifest"), aligned(4), used))

#endif
