/* Kiln libc: memory allocation, process exit and pseudo-random numbers. */
#ifndef KILN_STDLIB_H
#define KILN_STDLIB_H

#include <stddef.h>

#define RAND_MAX 0x7fffffff
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);

/* Flushes the console, then ends the guest with SOLO5_EXIT_ABORT. */
void abort(void) __attribute__((noreturn));

int rand(void);
void srand(unsigned int seed);

#endif
