/* The virtio boot sequence, from boot.S's call to _start up to solo5_app_main. */
#include "virtio.h"

extern char __solo5_mft1_note[]; /* the image's manifest.c */

static struct solo5_start_info start_info;
static uint64_t mem_size;

/* Runs on the stack at the top of RAM. */
static __attribute__((noreturn)) void boot_main(void)
{
    /* The image's own manifest note; pci_init attaches its entries in place. */
    struct mft *mft = kiln_image_manifest(__solo5_mft1_note);
    uint64_t boot_ns;

    clock_init();
    if (kiln_device_init(mft) != SOLO5_R_OK)
        solo5_abort();
    alloc_init(mem_size);
    pci_init(mft);
    pic_unmask(0); /* the PIT wakes solo5_yield */
    if (kiln_heap_init(mem_size, alloc_end(), &start_info) != SOLO5_R_OK)
        solo5_abort();
    kiln_log_layout("virtio", mem_size, &start_info);
    boot_ns = clock_tsc_to_ns(kiln_rdtsc() - virtio_boot_tsc);
    kiln_log(LOG_DEBUG, "Solo5: boot: %lu us from _start32 to solo5_app_main\n",
             boot_ns / 1000);
    solo5_exit(solo5_app_main(&start_info));
}

/* Called by boot.S in long mode on the boot stack, interrupts off, with
 * the multiboot info. The canary is not set yet: no instrumentation. */
__attribute__((noreturn, no_stack_protector)) void _start(const void *mbi)
{
    const char *cmdline;

    kiln_ssp_init();
    wrmsr(MSR_FS_BASE, 0);
    console_init();
    cpu_init();
    pic_init();
    mem_size = multiboot_parse(mbi, &cmdline);
    start_info.cmdline = kiln_cmdline_consume(cmdline);
    if (mem_size < 0x200000) {
        kiln_log(LOG_ERROR, "Solo5: error: no usable memory at 1 MiB\n");
        solo5_abort();
    }
    /* The application's stack grows down from the top of RAM, like spt. */
    __asm__ volatile("mov %0, %%rsp\n\txor %%ebp, %%ebp\n\tcall *%1"
                     :
                     : "r"(mem_size), "r"(boot_main)
                     : "memory");
    __builtin_unreachable();
}
