/* Kiln's TeaVM platform: collects the static-field GC roots each class registers at startup. */
#include "kiln_platform.h"
#include "memory.h" /* TeaVM's generated memory.h, found through -iquote */
#include <stdlib.h>

struct root_group {
    void ***roots;
    int count;
};

void ***teavm_gc_staticRoots;

static struct root_group *groups;
static size_t group_count;
static size_t group_capacity;
static size_t root_total;

void teavm_registerStaticGcRoots(void ***roots, int count)
{
    if (count <= 0) {
        return;
    }
    if (group_count == group_capacity) {
        size_t capacity = group_capacity == 0 ? 64 : group_capacity * 2;
        struct root_group *grown = realloc(groups, capacity * sizeof(*grown));
        if (grown == NULL) {
            abort();
        }
        groups = grown;
        group_capacity = capacity;
    }
    groups[group_count].roots = roots;
    groups[group_count].count = count;
    group_count++;
    root_total += (size_t)count;
}

/* The GC reads one array: the number of roots, then the roots. */
void teavm_initStaticGcRoots(void)
{
    void ***table = malloc((root_total + 1) * sizeof(*table));
    if (table == NULL) {
        abort();
    }
    table[0] = (void **)(intptr_t)root_total;
    size_t at = 1;
    for (size_t g = 0; g < group_count; g++) {
        for (int i = 0; i < groups[g].count; i++) {
            table[at++] = groups[g].roots[i];
        }
    }
    teavm_gc_staticRoots = table;
    free(groups);
    groups = NULL;
    group_count = group_capacity = 0;
}
