/* Whole zeroed pages after the image for shared rings and granted buffers. */
#include "xen.h"

#define POOL_MAX (4ull << 20) /* 1024 pages */

static uint64_t next, end;

void pages_init(uint64_t mem_size)
{
    uint64_t start = ((uint64_t)(uintptr_t)_end + KILN_PAGE_SIZE - 1) & ~(uint64_t)(KILN_PAGE_SIZE - 1);
    uint64_t size = mem_size > start ? (mem_size - start) / 8 : 0;

    if (size > POOL_MAX)
        size = POOL_MAX;
    next = start;
    end = start + (size & ~(uint64_t)(KILN_PAGE_SIZE - 1));
}

uint64_t pages_end(void)
{
    return end;
}

void *pages_alloc(void)
{
    void *page;

    if (next >= end)
        return NULL;
    page = (void *)(uintptr_t)next;
    next += KILN_PAGE_SIZE;
    memset(page, 0, KILN_PAGE_SIZE);
    return page;
}
