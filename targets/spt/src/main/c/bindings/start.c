/* The spt entry point: boot sequence from the tender's jump to solo5_app_main. */
#include "spt.h"
#include "sys.h"

static struct solo5_start_info start_info;

/* The tender jumps here with %rsp = mem_size - 8 and %rdi = 0x11000. The
 * canary is not set yet, so this function must not be instrumented. */
__attribute__((noreturn, no_stack_protector)) void
_start(struct spt_boot_info *bi)
{
    kiln_ssp_init();
    if (sys_call4(SYS_ARCH_PRCTL, SPT_ARCH_SET_FS, 0, 0, 0) != 0)
        platform_exit(SOLO5_EXIT_ABORT);

    start_info.cmdline = kiln_cmdline_consume(bi->cmdline);
    if (kiln_heap_init(bi->mem_size, bi->kernel_end, &start_info) != SOLO5_R_OK)
        solo5_abort();
    if (kiln_device_init(bi->mft) != SOLO5_R_OK)
        solo5_abort();
    spt_yield_init(bi->epollfd, bi->timerfd);
    kiln_log_layout("spt", bi->mem_size, &start_info);

    solo5_exit(solo5_app_main(&start_info));
}
