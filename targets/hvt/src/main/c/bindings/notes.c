/* The ABI note that marks the image as an hvt guest, ABI version 2 (ABI §4.1). */
#include "hvt.h"

struct abi1_note {
    struct solo5_note_header header;
    struct solo5_abi1_desc desc;
};

/* Must stay alone in .note.solo5.abi: the tender reads only the first note
 * of each PT_NOTE. */
static const struct abi1_note __solo5_abi1_note
    __attribute__((section(".note.solo5.abi"), aligned(4), used)) = {
        .header = {SOLO5_NOTE_NAMESZ, sizeof(struct solo5_abi1_desc),
                   SOLO5_NOTE_TYPE_ABI1, SOLO5_NOTE_NAME},
        .desc = {SOLO5_ABI_TARGET_HVT, SOLO5_ABI_VERSION_HVT, 0, 0},
};
