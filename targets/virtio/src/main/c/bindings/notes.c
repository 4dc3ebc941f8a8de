/* The ABI note that marks the image as a virtio guest (ABI §4.1: target 3, version 1). */
#include "virtio.h"


struct abi1_note {
    struct solo5_note_header header;
    struct solo5_abi1_desc desc;
};

static const struct abi1_note __solo5_abi1_note
    __attribute__((section(".note.solo5.abi"), aligned(4), used)) = {
        .header = {SOLO5_NOTE_NAMESZ, sizeof(struct solo5_abi1_desc),
                   SOLO5_NOTE_TYPE_ABI1, SOLO5_NOTE_NAME},
        .desc = {SOLO5_ABI_TARGET_VIRTIO, SOLO5_ABI_VERSION_VIRTIO, 0, 0},
};
