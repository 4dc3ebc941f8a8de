/* Reads the PVH start info: its magic, the command line and the memory map. */
#include "xen.h"

#define CMDLINE_MAX 8192
#define IMAGE_BASE 0x100000ull

static char cmdline_copy[CMDLINE_MAX];
extern uint64_t xen_boot_pt[512]; /* pvh.S: the first 2 MiB, 4 KiB pages */

/* Page 0 is absent to catch NULL, but a loader may put the start info,
 * the memory map or the command line there: readable while they are read. */
static void page0_readable(int on)
{
    xen_boot_pt[0] = on ? 0x1 : 0;
    __asm__ volatile("invlpg (%0)" : : "r"(0ul) : "memory");
}

static void copy_cmdline(uint64_t paddr)
{
    const char *src = (const char *)(uintptr_t)paddr;
    size_t i;

    if (paddr == 0 || paddr >= (1ull << 32))
        return;
    for (i = 0; i + 1 < CMDLINE_MAX && src[i] != '\0'; i++)
        cmdline_copy[i] = src[i];
    cmdline_copy[i] = '\0';
    if (src[i] != '\0')
        kiln_log(LOG_WARN, "Solo5: Xen PVH: command line cut to %u bytes\n",
                 CMDLINE_MAX - 1);
}

/* The end of the RAM entry that holds the image's load address. */
static uint64_t ram_end(const struct hvm_start_info *si)
{
    const struct hvm_memmap_entry *map =
        (const struct hvm_memmap_entry *)(uintptr_t)si->memmap_paddr;
    uint32_t i;

    if (si->version < 1 || si->memmap_paddr == 0 ||
        si->memmap_paddr >= (1ull << 32))
        return 0;
    for (i = 0; i < si->memmap_entries; i++) {
        if (map[i].type != HVM_MEMMAP_TYPE_RAM || map[i].addr > IMAGE_BASE ||
            map[i].addr + map[i].size <= IMAGE_BASE)
            continue;
        return map[i].addr + map[i].size;
    }
    return 0;
}

uint64_t startinfo_parse(const struct hvm_start_info *si, uint32_t *version,
                         const char **cmdline)
{
    uint64_t end = 0;
    int valid;

    *cmdline = cmdline_copy;
    page0_readable(1);
    valid = si->magic == HVM_START_MAGIC;
    if (valid) {
        *version = si->version;
        copy_cmdline(si->cmdline_paddr);
        end = ram_end(si) & ~(uint64_t)(KILN_PAGE_SIZE - 1);
    }
    page0_readable(0);
    if (!valid)
        kiln_log(LOG_ERROR, "Solo5: error: no PVH start info (bad magic)\n");
    return end > XEN_MAX_MEM ? XEN_MAX_MEM : end;
}
