/* Kiln's TeaVM platform: divides the Solo5 heap region between stack, malloc and Java. */
#include "kiln_platform.h"
#include "kiln_memory.h"
#include <kiln_malloc.h>

#define STACK_RESERVE (1024u * 1024u)
#define MALLOC_MIN (1024u * 1024u)
#define PAGE 4096u

static uintptr_t java_start;
static size_t java_size;

static uintptr_t page_up(uintptr_t x)
{
    return (x + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
}

/* Bottom: malloc arena (an eighth, at least 1 MiB). Middle: the Java heap and
 * its GC tables. Top: the initial stack, which the bindings placed there. */
void kiln_memory_init(const struct solo5_start_info *info)
{
    uintptr_t start = page_up(info->heap_start);
    uintptr_t end = (info->heap_start + info->heap_size - STACK_RESERVE) & ~(uintptr_t)(PAGE - 1);
    if (info->heap_size <= STACK_RESERVE || end <= start) {
        kiln_malloc_init(NULL, 0);
        return;
    }
    size_t usable = end - start;
    size_t arena = usable / 8 < MALLOC_MIN ? MALLOC_MIN : page_up(usable / 8);
    if (arena > usable / 2) {
        arena = page_up(usable / 2);
    }
    kiln_malloc_init((void *)start, arena);
    java_start = start + arena;
    java_size = usable - arena;
}

void kiln_java_area(uintptr_t *start, size_t *size)
{
    *start = java_start;
    *size = java_size;
}
