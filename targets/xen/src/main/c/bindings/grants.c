/* The grant table: Xen's frames placed over reserved pages of the image (v1 entries). */
#include "xen.h"

#define GRANT_FRAMES 8 /* 4096 v1 entries */

static uint8_t frames[GRANT_FRAMES][KILN_PAGE_SIZE] __attribute__((aligned(4096)));
static uint32_t mapped;

void *grant_table_map(uint32_t *count)
{
    struct gnttab_query_size q = {.dom = DOMID_SELF};
    uint32_t want = GRANT_FRAMES, i;

    if (mapped == 0) {
        if (hypercall3(HYPERCALL_grant_table_op, GNTTABOP_query_size, (uintptr_t)&q, 1) == 0 &&
            q.status == 0 && q.max_nr_frames < want)
            want = q.max_nr_frames;
        for (i = 0; i < want; i++) {
            if (xen_add_to_physmap(XENMAPSPACE_grant_table, i,
                                   (uint64_t)(uintptr_t)frames[i] >> 12) != 0)
                break;
        }
        mapped = i;
    }
    *count = mapped;
    return mapped == 0 ? NULL : frames;
}
