/* The hvt entry point: boot sequence from the tender's jump to solo5_app_main. */
#include "hvt.h"

static struct solo5_start_info start_info;

/* The tender enters in long mode with interrupts off, %rsp = mem_size - 8
 * and %rdi = 0x10000 (ABI §9.1). The canary is not set yet, so this
 * function must not be instrumented. */
__attribute__((noreturn, no_stack_protector)) void
_start(struct hvt_boot_info *bi)
{
    kiln_ssp_init();
    hvt_wrmsr(HVT_MSR_FS_BASE, 0);
    hvt_cpu_init();

    start_info.cmdline =
        kiln_cmdline_consume((const char *)(uintptr_t)bi->cmdline);
    if (kiln_heap_init(bi->mem_size, bi->kernel_end, &start_info) != SOLO5_R_OK)
        solo5_abort();
    if (hvt_clock_init(bi->cpu_cycle_freq) != SOLO5_R_OK)
        solo5_abort();
    if (kiln_device_init((struct mft *)(uintptr_t)bi->mft) != SOLO5_R_OK)
        solo5_abort();
    hvt_yield_init();
    kiln_log_layout("hvt", bi->mem_size, &start_info);

    solo5_exit(solo5_app_main(&start_info));
}
