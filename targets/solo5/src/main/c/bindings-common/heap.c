/* Heap placement: from the page after the image up to the top of guest memory. */
#include "bindings.h"

static uint64_t page_up(uint64_t value)
{
    return (value + KILN_PAGE_SIZE - 1) & ~(uint64_t)(KILN_PAGE_SIZE - 1);
}

solo5_result_t kiln_heap_init(uint64_t mem_size, uint64_t kernel_end,
                              struct solo5_start_info *si)
{
    uint64_t start = page_up((uint64_t)(uintptr_t)_end);

    if (page_up(kernel_end) > start)
        start = page_up(kernel_end);
    if (mem_size < start || mem_size - start < KILN_MIN_HEAP) {
        kiln_log(LOG_ERROR,
                 "Solo5: error: not enough memory: guest has %lu KiB, image "
                 "ends at 0x%lx, the heap needs at least %u KiB\n",
                 mem_size / 1024, start, KILN_MIN_HEAP / 1024);
        return SOLO5_R_EINVAL;
    }
    si->heap_start = (uintptr_t)start;
    si->heap_size = (size_t)(mem_size - start);
    return SOLO5_R_OK;
}

void kiln_log_layout(const char *target, uint64_t mem_size,
                     const struct solo5_start_info *si)
{
    kiln_log(LOG_INFO, "Solo5: Kiln %s bindings\n", target);
    kiln_log(LOG_INFO, "Solo5: memory %lu KiB: text 0x%lx-0x%lx rodata -0x%lx "
                       "data -0x%lx\n",
             mem_size / 1024, (uint64_t)(uintptr_t)_stext,
             (uint64_t)(uintptr_t)_etext, (uint64_t)(uintptr_t)_erodata,
             (uint64_t)(uintptr_t)_edata);
    kiln_log(LOG_INFO, "Solo5: heap 0x%lx-0x%lx (%lu KiB, stack at the top)\n",
             (uint64_t)si->heap_start,
             (uint64_t)(si->heap_start + si->heap_size),
             (uint64_t)si->heap_size / 1024);
}
