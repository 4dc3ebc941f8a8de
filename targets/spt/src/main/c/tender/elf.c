/* Validates the image's ELF headers against the loader rules (ABI §3). */
#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "tender.h"

static void check_header(const struct image_file *f, Elf64_Ehdr *eh)
{
    const char *p = f->path;

    if (f->size < SELFMAG || memcmp(f->data, ELFMAG, SELFMAG) != 0)
        die("%s: not an ELF file", p);
    if (f->size < sizeof *eh)
        die("%s: truncated ELF header", p);
    memcpy(eh, f->data, sizeof *eh);
    if (eh->e_ident[EI_CLASS] != ELFCLASS64)
        die("%s: not a 64-bit ELF file", p);
    if (eh->e_ident[EI_DATA] != ELFDATA2LSB)
        die("%s: not a little-endian ELF file", p);
    if (eh->e_ident[EI_VERSION] != EV_CURRENT || eh->e_version != EV_CURRENT)
        die("%s: unsupported ELF version", p);
    if (eh->e_type != ET_EXEC)
        die("%s: not a static executable (e_type %u, need ET_EXEC)", p,
            eh->e_type);
    if (eh->e_machine != EM_X86_64)
        die("%s: built for machine %u, not x86_64", p, eh->e_machine);
    if (eh->e_ehsize != sizeof(Elf64_Ehdr))
        die("%s: bad ELF header size %u", p, eh->e_ehsize);
    if (eh->e_phentsize != sizeof(Elf64_Phdr))
        die("%s: bad program header size %u", p, eh->e_phentsize);
    if (eh->e_phnum == 0)
        die("%s: no program headers", p);
    if (eh->e_phoff > f->size ||
        (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > f->size - eh->e_phoff)
        die("%s: program headers extend beyond the end of the file", p);
}

/* Checks one PT_LOAD with file contents and rounds it out to its alignment. */
static void check_load(const struct image_file *f, size_t i,
                       const Elf64_Phdr *ph, struct segment *s)
{
    const char *p = f->path;
    uint64_t align = ph->p_align == 0 ? 1 : ph->p_align;

    if (ph->p_offset > f->size || ph->p_filesz > f->size - ph->p_offset)
        die("%s: phdr[%zu] segment data extends beyond the end of the file",
            p, i);
    if (ph->p_filesz > ph->p_memsz)
        die("%s: phdr[%zu] p_filesz is larger than p_memsz", p, i);
    if ((align & (align - 1)) != 0)
        die("%s: phdr[%zu] p_align is not a power of two", p, i);
    if (ph->p_vaddr < GUEST_IMAGE_BASE)
        die("%s: phdr[%zu] segment is below 0x%llx", p, i,
            (unsigned long long)GUEST_IMAGE_BASE);
    if (align > UINT64_MAX - ph->p_vaddr ||
        ph->p_memsz > UINT64_MAX - ph->p_vaddr - align)
        die("%s: phdr[%zu] segment size overflows", p, i);
    s->offset = ph->p_offset;
    s->filesz = ph->p_filesz;
    s->vaddr = ph->p_vaddr;
    s->start = ph->p_vaddr & ~(align - 1);
    s->end = (ph->p_vaddr + ph->p_memsz + align - 1) & ~(align - 1);
    if (s->start % PAGE_SIZE_4K != 0 || s->end % PAGE_SIZE_4K != 0)
        die("%s: phdr[%zu] segment is not aligned to 4 KiB pages", p, i);
    if (s->start < GUEST_IMAGE_BASE)
        die("%s: phdr[%zu] segment rounded to p_align 0x%llx starts below "
            "0x%llx",
            p, i, (unsigned long long)align,
            (unsigned long long)GUEST_IMAGE_BASE);
    if ((ph->p_flags & PF_W) && (ph->p_flags & PF_X))
        die("%s: phdr[%zu] segment is both writable and executable", p, i);
    s->prot = ((ph->p_flags & PF_R) ? PROT_READ : 0) |
              ((ph->p_flags & PF_W) ? PROT_WRITE : 0) |
              ((ph->p_flags & PF_X) ? PROT_EXEC : 0);
}

void elf_validate(const struct image_file *f, uint64_t mem_size,
                  struct elf_info *info)
{
    Elf64_Ehdr eh;
    uint64_t image_end = GUEST_IMAGE_BASE;

    check_header(f, &eh);
    memset(info, 0, sizeof *info);
    info->seg = calloc(eh.e_phnum, sizeof *info->seg);
    info->note = calloc(eh.e_phnum, sizeof *info->note);
    if (info->seg == NULL || info->note == NULL)
        die("%s: out of memory", f->path);
    for (size_t i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;

        memcpy(&ph, f->data + eh.e_phoff + i * sizeof ph, sizeof ph);
        if (ph.p_type == PT_NOTE) {
            if (ph.p_filesz < 12)
                die("%s: phdr[%zu] PT_NOTE is too small to hold a note",
                    f->path, i);
            if (ph.p_offset > f->size || ph.p_filesz > f->size - ph.p_offset)
                die("%s: phdr[%zu] note extends beyond the end of the file",
                    f->path, i);
            info->note[info->nnote++] = (struct note_area){
                .offset = ph.p_offset, .size = ph.p_filesz, .phdr_index = i};
            continue;
        }
        if (ph.p_type != PT_LOAD)
            continue;
        if (ph.p_filesz == 0) {
            /* Not loaded (guest memory is zero), but it must fit. */
            if (ph.p_memsz > UINT64_MAX - ph.p_vaddr)
                die("%s: phdr[%zu] segment size overflows", f->path, i);
            if (ph.p_vaddr + ph.p_memsz > image_end)
                image_end = ph.p_vaddr + ph.p_memsz;
            continue;
        }
        struct segment *s = &info->seg[info->nseg];
        check_load(f, i, &ph, s);
        if (info->nseg > 0 && s->start < info->seg[info->nseg - 1].end)
            die("%s: phdr[%zu] segment overlaps or precedes the one before it",
                f->path, i);
        info->nseg++;
        info->kernel_end = s->end;
        if (s->end > image_end)
            image_end = s->end;
    }
    if (info->nseg == 0)
        die("%s: no loadable segments", f->path);
    if (image_end > mem_size || mem_size - image_end < HEAP_MINIMUM)
        die("%s: not enough guest memory: the image ends at 0x%llx and needs "
            "512 KiB of heap above it; use --mem=%llu or more", f->path,
            (unsigned long long)image_end,
            (unsigned long long)((image_end >> 20) +
                                 ((image_end & 0xfffff) + HEAP_MINIMUM +
                                  0xfffff) / 0x100000));
    if (eh.e_entry < GUEST_IMAGE_BASE || eh.e_entry >= mem_size)
        die("%s: entry point 0x%llx is outside guest memory", f->path,
            (unsigned long long)eh.e_entry);
    info->entry = eh.e_entry;
}
