/* solo5_exit and solo5_abort: log at INFO, then leave through the target. */
#include "bindings.h"

void solo5_exit(int status)
{
    kiln_log(LOG_INFO, "Solo5: solo5_exit(%d) called\n", status);
    platform_exit(status);
}

void solo5_abort(void)
{
    kiln_log(LOG_INFO, "Solo5: solo5_abort() called\n");
    platform_exit(SOLO5_EXIT_ABORT);
}
