/* Trap image: a read of unmapped page 0 must end in "Solo5: trap" and an abort. */
#include "testlib.h"

int solo5_app_main(const struct solo5_start_info *info)
{
    static volatile uintptr_t address = 16; /* page 0 is never mapped */

    (void)info;
    test_puts("trap: reading address 16\n");
    test_put_u64(*(volatile uint64_t *)address);
    test_fail("the read of page 0 did not trap");
}
