/* Boot-time page allocation for virtqueues and buffers, between the image and the heap. */
#include "virtio.h"

static uint64_t next, limit;

void alloc_init(uint64_t mem_size)
{
    next = ((uint64_t)(uintptr_t)_end + KILN_PAGE_SIZE - 1) &
           ~(uint64_t)(KILN_PAGE_SIZE - 1);
    limit = mem_size;
}

void *alloc_pages(size_t bytes)
{
    uint64_t size =
        (bytes + KILN_PAGE_SIZE - 1) & ~(uint64_t)(KILN_PAGE_SIZE - 1);
    void *p = (void *)(uintptr_t)next;

    if (next + size + KILN_MIN_HEAP > limit) {
        kiln_log(LOG_ERROR, "Solo5: error: out of memory for device buffers\n");
        solo5_abort();
    }
    next += size;
    return memset(p, 0, size);
}

uint64_t alloc_end(void)
{
    return next;
}
