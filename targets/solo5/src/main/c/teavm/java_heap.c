/* Kiln's TeaVM platform: the GC's heap and tables, carved once from the Java area.
 * Guest memory is all usable up front, so growing or shrinking only moves limits. */
#include "kiln_platform.h"
#include "kiln_memory.h"
#include "memory.h"    /* TeaVM's generated memory.h, found through -iquote */
#include "heaptrace.h" /* declares teavm_gc_heapResized */
#include "core.h"      /* declares teavm_outOfMemory */
#include <string.h>

#define PAGE 4096u

void *teavm_gc_heapAddress;
void *teavm_gc_gcStorageAddress;
int32_t teavm_gc_gcStorageSize;
void *teavm_gc_regionsAddress;
void *teavm_gc_cardTable;
int32_t teavm_gc_regionMaxCount;
int64_t teavm_gc_availableBytes;
int64_t teavm_gc_minAvailableBytes;
int64_t teavm_gc_maxAvailableBytes;

static size_t page_up(size_t x)
{
    return (x + PAGE - 1) & ~(size_t)(PAGE - 1);
}

/* The GC wants heap/16 bytes of work storage, two bytes per region and one card per region. */
static size_t storage_bytes(int64_t heap) { return (size_t)(heap / 16); }
static size_t region_count(int64_t heap) { return (size_t)(heap / teavm_gc_regionSize) + 1; }

static size_t footprint(int64_t heap)
{
    return page_up((size_t)heap) + page_up(storage_bytes(heap)) + page_up(2 * region_count(heap)) +
           page_up(region_count(heap));
}

/* The largest page-multiple heap, at most max_heap, whose tables fit in size bytes. */
static int64_t fitting_heap(int64_t max_heap, size_t size)
{
    int64_t heap = (int64_t)(size / 2176u * 2048u) & ~(int64_t)(PAGE - 1);
    if (heap > max_heap) {
        heap = max_heap & ~(int64_t)(PAGE - 1);
    }
    while (heap > 0 && footprint(heap) > size) {
        heap -= PAGE;
    }
    return heap;
}

void teavm_initHeap(int64_t min_heap, int64_t max_heap)
{
    uintptr_t start;
    size_t size;
    kiln_java_area(&start, &size);
    int64_t heap = fitting_heap(max_heap, size);
    if (heap <= 0) {
        teavm_outOfMemory();
    }
    teavm_gc_heapAddress = (void *)start;
    start += page_up((size_t)heap);
    teavm_gc_gcStorageAddress = (void *)start;
    start += page_up(storage_bytes(heap));
    teavm_gc_regionsAddress = (void *)start;
    start += page_up(2 * region_count(heap));
    teavm_gc_cardTable = (void *)start;
    memset(teavm_gc_regionsAddress, 0, page_up(2 * region_count(heap)) + page_up(region_count(heap)));

    teavm_gc_maxAvailableBytes = heap;
    teavm_gc_minAvailableBytes = min_heap < heap ? min_heap : heap;
    teavm_gc_availableBytes = 0;
    teavm_gc_resizeHeap(teavm_gc_minAvailableBytes);
}

void teavm_gc_resizeHeap(int64_t new_size)
{
    if (new_size == teavm_gc_availableBytes) {
        return;
    }
    if (new_size > teavm_gc_maxAvailableBytes) {
        teavm_outOfMemory();
    }
    teavm_gc_heapResized(new_size);
    teavm_gc_gcStorageSize = (int32_t)storage_bytes(new_size);
    teavm_gc_regionMaxCount = (int32_t)region_count(new_size);
    teavm_gc_availableBytes = new_size;
}
