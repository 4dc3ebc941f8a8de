/* Kiln libc: malloc family, first fit over an address-ordered free list with coalescing. */
#include <kiln_malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Every chunk starts with this header; the caller's bytes follow it. */
struct chunk {
    size_t size;        /* whole chunk, header included, a multiple of ALIGN */
    struct chunk *next; /* next free chunk by address, or IN_USE */
};

#define ALIGN 16u
#define HEADER sizeof(struct chunk)
#define MIN_CHUNK (2 * ALIGN)
#define IN_USE ((struct chunk *)(uintptr_t)0x6b696c6e75736564u)

_Static_assert(sizeof(struct chunk) == ALIGN, "header keeps payloads aligned");

static struct chunk *free_list;

void kiln_malloc_init(void *base, size_t size)
{
    uintptr_t start = ((uintptr_t)base + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
    uintptr_t end = ((uintptr_t)base + size) & ~(uintptr_t)(ALIGN - 1);
    if (end <= start || end - start < MIN_CHUNK) {
        free_list = NULL;
        return;
    }
    free_list = (struct chunk *)start;
    free_list->size = end - start;
    free_list->next = NULL;
}

size_t kiln_malloc_free_bytes(void)
{
    size_t total = 0;
    for (struct chunk *c = free_list; c != NULL; c = c->next) {
        total += c->size;
    }
    return total;
}

static size_t chunk_size_for(size_t request)
{
    if (request > SIZE_MAX - HEADER - ALIGN) {
        return 0;
    }
    size_t size = (request + HEADER + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    return size < MIN_CHUNK ? MIN_CHUNK : size;
}

void *malloc(size_t request)
{
    size_t need = chunk_size_for(request);
    if (need == 0) {
        return NULL;
    }
    for (struct chunk **link = &free_list; *link != NULL; link = &(*link)->next) {
        struct chunk *c = *link;
        if (c->size < need) {
            continue;
        }
        if (c->size - need >= MIN_CHUNK) {
            struct chunk *rest = (struct chunk *)((char *)c + need);
            rest->size = c->size - need;
            rest->next = c->next;
            *link = rest;
            c->size = need;
        } else {
            *link = c->next;
        }
        c->next = IN_USE;
        return (char *)c + HEADER;
    }
    return NULL;
}

void free(void *ptr)
{
    if (ptr == NULL) {
        return;
    }
    struct chunk *c = (struct chunk *)((char *)ptr - HEADER);
    if (c->next != IN_USE) {
        abort(); /* double free or a pointer malloc never returned */
    }
    struct chunk *prev = NULL;
    struct chunk *next = free_list;
    while (next != NULL && next < c) {
        prev = next;
        next = next->next;
    }
    c->next = next;
    if (next != NULL && (char *)c + c->size == (char *)next) {
        c->size += next->size;
        c->next = next->next;
    }
    if (prev == NULL) {
        free_list = c;
    } else if ((char *)prev + prev->size == (char *)c) {
        prev->size += c->size;
        prev->next = c->next;
    } else {
        prev->next = c;
    }
}

void *calloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size) {
        return NULL;
    }
    void *p = malloc(count * size);
    if (p != NULL) {
        memset(p, 0, count * size);
    }
    return p;
}

void *realloc(void *ptr, size_t request)
{
    if (ptr == NULL) {
        return malloc(request);
    }
    struct chunk *c = (struct chunk *)((char *)ptr - HEADER);
    size_t need = chunk_size_for(request);
    if (need != 0 && need <= c->size) {
        return ptr;
    }
    void *moved = malloc(request);
    if (moved != NULL) {
        memcpy(moved, ptr, c->size - HEADER);
        free(ptr);
    }
    return moved;
}
