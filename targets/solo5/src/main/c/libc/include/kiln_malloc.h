/* Kiln libc: hands the allocator its arena before the first malloc. */
#ifndef KILN_MALLOC_H
#define KILN_MALLOC_H

#include <stddef.h>

/* The arena [base, base + size) belongs to malloc from now on. Call once. */
void kiln_malloc_init(void *base, size_t size);

/* Bytes not currently handed out (free-list total), for tests and diagnostics. */
size_t kiln_malloc_free_bytes(void);

#endif
