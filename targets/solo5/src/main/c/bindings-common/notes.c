/* The .interp and OpenBSD note that keep a host kernel from executing the image (ABI §3, §4.4). */
#include "bindings.h"

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
