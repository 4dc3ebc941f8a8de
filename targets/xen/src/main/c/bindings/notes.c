/* The image's notes: Xen's PVH entry point, and the Solo5 ABI note (target 6, xen, version 1). */
#include "xen.h"

#define XEN_ABI_VERSION 1u

struct abi1_note {
    struct solo5_note_header header;
    struct solo5_abi1_desc desc;
};

static const struct abi1_note __solo5_abi1_note
    __attribute__((section(".note.solo5.abi"), aligned(4), used)) = {
        .header = {SOLO5_NOTE_NAMESZ, sizeof(struct solo5_abi1_desc),
                   SOLO5_NOTE_TYPE_ABI1, SOLO5_NOTE_NAME},
        .desc = {SOLO5_ABI_TARGET_XEN, XEN_ABI_VERSION, 0, 0},
};
