/* The ABI note of the test guests (spt, version 2), or another one via -D. */
#include "kiln/manifest_abi.h"

#ifndef GUEST_ABI_TARGET
#define GUEST_ABI_TARGET SOLO5_ABI_TARGET_SPT
#endif

static const struct {
    struct solo5_note_header header;
    struct solo5_abi1_desc desc;
} abi_note __attribute__((section(".note.solo5.abi"), aligned(4), used)) = {
    .header = {SOLO5_NOTE_NAMESZ, sizeof(struct solo5_abi1_desc),
               SOLO5_NOTE_TYPE_ABI1, SOLO5_NOTE_NAME},
    .desc = {GUEST_ABI_TARGET, SOLO5_ABI_VERSION_SPT, 0, 0},
};
