/* Maps guest memory at its identity address and loads the image into it. */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "tender.h"

void memory_map(uint64_t mem_size)
{
    void *want = (void *)(uintptr_t)GUEST_LOW_BASE;
    size_t len = (size_t)(mem_size - GUEST_LOW_BASE);
    void *got = mmap(want, len, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

    if (got == MAP_FAILED && errno == EEXIST)
        die("guest memory 0x%llx-0x%llx overlaps the tender's own mappings; "
            "try a smaller --mem",
            (unsigned long long)GUEST_LOW_BASE, (unsigned long long)mem_size);
    if (got == MAP_FAILED)
        die_errno("cannot map %llu MiB of guest memory",
                  (unsigned long long)(mem_size >> 20));
    if (got != want) /* a kernel older than 4.17 treats the flag as a hint */
        die("cannot map guest memory at 0x%llx",
            (unsigned long long)GUEST_LOW_BASE);
}

void memory_load(const struct image_file *file, const struct elf_info *info)
{
    for (size_t i = 0; i < info->nseg; i++) {
        const struct segment *s = &info->seg[i];

        memcpy((void *)(uintptr_t)s->vaddr, file->data + s->offset,
               (size_t)s->filesz);
        if (mprotect((void *)(uintptr_t)s->start, (size_t)(s->end - s->start),
                     s->prot) != 0)
            die_errno("%s: cannot protect segment at 0x%llx", file->path,
                      (unsigned long long)s->start);
    }
}
