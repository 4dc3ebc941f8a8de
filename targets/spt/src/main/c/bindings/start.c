/* The spt entry point: boot sequence from the tender's jump to solo5_app_main. */
#include "spt.h"
#include "sys.h"

static struct solo5_start_info start_info;

static void log_banner(const struct spt_boot_info *bi,
                       const struct solo5_start_info *si)
{
    spt_log(LOG_INFO, "Solo5: Kiln spt bindings, ABI spt v%u\n",
            SOLO5_ABI_VERSION_SPT);
    spt_log(LOG_INFO, "Solo5: memory %lu KiB: text 0x%lx-0x%lx rodata -0x%lx "
                      "data -0x%lx\n",
            bi->mem_size / 1024, (uint64_t)(uintptr_t)_stext,
            (uint64_t)(uintptr_t)_etext, (uint64_t)(uintptr_t)_erodata,
            (uint64_t)(uintptr_t)_edata);
    spt_log(LOG_INFO, "Solo5: heap 0x%lx-0x%lx (%lu KiB, stack at the top)\n",
            (uint64_t)si->heap_start,
            (uint64_t)(si->heap_start + si->heap_size),
            (uint64_t)si->heap_size / 1024);
}

/* The tender jumps here with %rsp = mem_size - 8 and %rdi = 0x11000. The
 * canary is not set yet, so this function must not be instrumented. */
__attribute__((noreturn, no_stack_protector)) void
_start(struct spt_boot_info *bi)
{
    spt_ssp_init();
    if (sys_call4(SYS_ARCH_PRCTL, SPT_ARCH_SET_FS, 0, 0, 0) != 0)
        spt_exit_now(SOLO5_EXIT_ABORT);

    start_info.cmdline = spt_cmdline_consume(bi->cmdline);
    if (spt_heap_init(bi, &start_info) != SOLO5_R_OK)
        solo5_abort();
    if (spt_device_init(bi->mft) != SOLO5_R_OK)
        solo5_abort();
    spt_yield_init(bi->epollfd, bi->timerfd);
    log_banner(bi, &start_info);

    solo5_exit(solo5_app_main(&start_info));
}
