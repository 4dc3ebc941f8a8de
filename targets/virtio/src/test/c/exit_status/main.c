/* Exit-status image: solo5_exit(7) must reach the host (QEMU exits with 2 * 7 + 1 = 15). */
#include "testlib.h"

int solo5_app_main(const struct solo5_start_info *info)
{
    (void)info;
    test_puts("exit_status: SUCCESS, exiting with status 7\n");
    solo5_exit(7);
}
