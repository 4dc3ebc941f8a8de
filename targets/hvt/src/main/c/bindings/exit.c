/* Leaving the VM: the HALT hypercall behind solo5_exit, solo5_abort and traps. */
#include "hvt.h"

void hvt_halt(int status, uint64_t cookie)
{
    struct hvt_hc_halt halt = {.cookie = cookie, .exit_status = status};

    /* The tender does not resume the vCPU after HALT. */
    for (;;)
        hvt_hypercall(HVT_HC_HALT, &halt);
}

void platform_exit(int status)
{
    hvt_halt(status, 0);
}
