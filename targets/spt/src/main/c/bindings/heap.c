/* Heap placement: from the page after the image up to the top of guest memory. */
#include "spt.h"

static uint64_t page_up(uint64_t value)
{
    return (value + SPT_PAGE_SIZE - 1) & ~(uint64_t)(SPT_PAGE_SIZE - 1);
}

solo5_result_t spt_heap_init(const struct spt_boot_info *bi,
                             struct solo5_start_info *si)
{
    uint64_t start = page_up((uint64_t)(uintptr_t)_end);

    /* kernel_end never passes _end for our layout; trust the larger. */
    if (page_up(bi->kernel_end) > start)
        start = page_up(bi->kernel_end);
    if (bi->mem_size < start || bi->mem_size - start < SPT_MIN_HEAP) {
        spt_log(LOG_ERROR,
                "Solo5: error: not enough memory: guest has %lu KiB, image "
                "ends at 0x%lx, the heap needs at least %u KiB; raise --mem\n",
                bi->mem_size / 1024, start, SPT_MIN_HEAP / 1024);
        return SOLO5_R_EINVAL;
    }
    si->heap_start = (uintptr_t)start;
    si->heap_size = (size_t)(bi->mem_size - start);
    return SOLO5_R_OK;
}
