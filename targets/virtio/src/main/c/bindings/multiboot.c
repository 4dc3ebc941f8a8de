/* Reads the multiboot v1 info: command line (first token skipped) and usable memory. */
#include "virtio.h"

#define MBI_FLAG_MEM (1u << 0)
#define MBI_FLAG_CMDLINE (1u << 2)
#define MBI_FLAG_MMAP (1u << 6)
#define MMAP_RAM 1
#define CMDLINE_SIZE 8192

struct multiboot_info {
    uint32_t flags;
    uint32_t mem_lower, mem_upper; /* KiB below 640 KiB / above 1 MiB */
    uint32_t boot_device;
    uint32_t cmdline;
    uint32_t mods_count, mods_addr;
    uint32_t syms[4];
    uint32_t mmap_length, mmap_addr;
};

/* Memory-map entries are packed; `size` counts the bytes after itself. */
struct mmap_entry {
    uint32_t size;
    uint64_t base, length;
    uint32_t type;
} __attribute__((packed));

/* The loader puts its data just above the image, where the heap will be,
 * so the command line is copied out before anything is allocated. */
static char cmdline_copy[CMDLINE_SIZE];

static void copy_cmdline(const char *s)
{
    size_t n = 0;

    while (*s != '\0' && *s != ' ') /* QEMU and GRUB put the kernel first */
        s++;
    while (*s == ' ')
        s++;
    while (s[n] != '\0' && n < CMDLINE_SIZE - 1) {
        cmdline_copy[n] = s[n];
        n++;
    }
    cmdline_copy[n] = '\0';
}

static uint64_t usable_memory(const struct multiboot_info *mbi)
{
    uint64_t end = 0;

    if (mbi->flags & MBI_FLAG_MMAP) {
        uintptr_t p = mbi->mmap_addr;
        uintptr_t stop = p + mbi->mmap_length;

        while (p + sizeof(struct mmap_entry) <= stop) {
            const struct mmap_entry *e = (const struct mmap_entry *)p;
            if (e->type == MMAP_RAM && e->base == 0x100000) {
                end = e->base + e->length;
                break;
            }
            p += e->size + sizeof e->size;
        }
    } else if (mbi->flags & MBI_FLAG_MEM) {
        end = 0x100000 + (uint64_t)mbi->mem_upper * 1024;
    }
    if (end > VIRTIO_MAX_MEM)
        end = VIRTIO_MAX_MEM;
    return end & ~(uint64_t)(KILN_PAGE_SIZE - 1);
}

uint64_t multiboot_parse(const void *info, const char **cmdline)
{
    const struct multiboot_info *mbi = info;

    cmdline_copy[0] = '\0';
    if (mbi->flags & MBI_FLAG_CMDLINE)
        copy_cmdline((const char *)(uintptr_t)mbi->cmdline);
    *cmdline = cmdline_copy;
    return usable_memory(mbi);
}
