/* Exit-status image: solo5_exit(7) must reach the host (spt: process status 7; virtio: QEMU exits 15). */
#include "testlib.h"

int solo5_app_main(const struct solo5_start_info *info)
{
    (void)info;
    test_puts("exit_status: SUCCESS, exiting with status 7\n");
    solo5_exit(7);
}
