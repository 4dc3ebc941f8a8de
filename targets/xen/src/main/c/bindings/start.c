/* The Xen PVH boot sequence, from pvh.S's call to _start up to solo5_app_main. */
#include "xen.h"

extern char __solo5_mft1_note[]; /* the image's manifest.c */

static struct solo5_start_info start_info;
static uint64_t mem_size;

/* Runs on the stack at the top of RAM, on Xen. */
static __attribute__((noreturn)) void boot_main(void)
{
    /* The image's own manifest note; on Xen the Java drivers find devices
     * by manifest index, so no entry is marked attached here. */
    struct mft *mft = kiln_image_manifest(__solo5_mft1_note);

    shared_info_init();
    console_ring_init();
    events_init();
    if (kiln_device_init(mft) != SOLO5_R_OK)
        solo5_abort();
    pages_init(mem_size);
    if (kiln_heap_init(mem_size, pages_end(), &start_info) != SOLO5_R_OK)
        solo5_abort();
    kiln_log_layout("xen", mem_size, &start_info);
    solo5_exit(solo5_app_main(&start_info));
}

/* Called by pvh.S in long mode on the boot stack, interrupts off. The
 * canary is not set yet: no instrumentation. */
__attribute__((noreturn, no_stack_protector)) void _start(uint64_t start_info_paddr)
{
    const struct hvm_start_info *si =
        (const struct hvm_start_info *)(uintptr_t)start_info_paddr;
    const char *cmdline = "";
    uint32_t version = 0;
    char seen[13];

    kiln_ssp_init();
    wrmsr(MSR_FS_BASE, 0);
    cpu_init();
    mem_size = startinfo_parse(si, &version, &cmdline);
    start_info.cmdline = kiln_cmdline_consume(cmdline);
    kiln_log(LOG_INFO, "Solo5: Xen PVH: start info v%u at 0x%lx, %lu MiB of RAM,"
             " command line \"%s\"\n", version, start_info_paddr,
             mem_size >> 20, start_info.cmdline);
    if (mem_size < 0x200000) {
        kiln_log(LOG_ERROR, "Solo5: error: no usable memory at 1 MiB\n");
        solo5_abort();
    }
    if (!xen_detect(seen)) {
        kiln_log(LOG_ERROR, "Solo5: error: not running on Xen (CPUID 0x40000000"
                 " signature \"%s\", not \"XenVMMXenVMM\")\n", seen);
        solo5_abort();
    }
    /* The application's stack grows down from the top of RAM, like spt. */
    __asm__ volatile("mov %0, %%rsp\n\txor %%ebp, %%ebp\n\tcall *%1"
                     :
                     : "r"(mem_size), "r"(boot_main)
                     : "memory");
    __builtin_unreachable();
}
