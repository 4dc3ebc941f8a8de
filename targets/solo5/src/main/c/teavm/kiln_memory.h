/* Kiln's TeaVM platform: the part of guest memory set aside for the Java heap. */
#ifndef KILN_MEMORY_H
#define KILN_MEMORY_H

#include <stddef.h>
#include <stdint.h>

/* Page-aligned start and size of the Java area; size 0 before kiln_memory_init. */
void kiln_java_area(uintptr_t *start, size_t *size);

#endif
