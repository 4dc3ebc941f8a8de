/* ELF notes and .interp that mark the image as an spt guest (ABI §3, §4). */
#include "spt.h"

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
        .desc = {SOLO5_ABI_TARGET_SPT, SOLO5_ABI_VERSION_SPT, 0, 0},
};

struct openbsd_note {
    uint32_t namesz, descsz, type;
    char name[8];
    uint32_t desc;
};

/* Lets OpenBSD's execve() refuse the image the way .interp does on Linux. */
static const struct openbsd_note not_openbsd_note
    __attribute__((section(".note.solo5.not_openbsd"), aligned(4), used)) = {
        8, 4, 1, "OpenBSD", 0};

/* An interpreter that cannot exist, so the host kernel will not run us. */
static const char interp[24]
    __attribute__((section(".interp"), used)) = "/nonexistent/solo5/";
