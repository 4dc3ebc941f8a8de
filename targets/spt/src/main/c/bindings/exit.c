/* Leaving the image: solo5_exit, solo5_abort and the bare exit_group. */
#include "spt.h"
#include "sys.h"

void spt_exit_now(int status)
{
    for (;;)
        sys_call4(SYS_EXIT_GROUP, status, 0, 0, 0);
}

void solo5_exit(int status)
{
    spt_log(LOG_INFO, "Solo5: solo5_exit(%d) called\n", status);
    spt_exit_now(status);
}

void solo5_abort(void)
{
    spt_log(LOG_INFO, "Solo5: solo5_abort() called\n");
    spt_exit_now(SOLO5_EXIT_ABORT);
}
