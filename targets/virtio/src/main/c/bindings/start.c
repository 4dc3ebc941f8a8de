/* The virtio boot sequence, from boot.S's call to _start up to solo5_app_main. */
#include "virtio.h"

#define MSR_FS_BASE 0xc0000100

/* The image's own manifest note, checked and then attached in place: it
 * lives in the writable data segment (ABI §3, §4.2). */
extern char __solo5_mft1_note[];

static struct solo5_start_info start_info;
static uint64_t mem_size;

static struct mft *image_manifest(void)
{
    const struct solo5_note_header *h =
        (const struct solo5_note_header *)__solo5_mft1_note;
    struct mft *mft =
        (struct mft *)(__solo5_mft1_note + sizeof *h + MFT_NOTE_PAD);

    if (h->namesz != SOLO5_NOTE_NAMESZ || h->type != SOLO5_NOTE_TYPE_MFT1 ||
        h->descsz < MFT_NOTE_PAD || h->descsz > MFT_MAX_NOTE_DESCSZ ||
        kiln_manifest_validate(mft, h->descsz - MFT_NOTE_PAD) != SOLO5_R_OK) {
        kiln_log(LOG_ERROR, "Solo5: error: invalid manifest in the image\n");
        solo5_abort();
    }
    return mft;
}

/* Runs on the stack at the top of RAM. */
static __attribute__((noreturn)) void boot_main(void)
{
    struct mft *mft = image_manifest();
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
