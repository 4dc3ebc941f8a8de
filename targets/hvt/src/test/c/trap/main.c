/* Trap image: an invalid opcode must print "Solo5: trap: type=#UD" and halt with status 255. */
#include "testlib.h"

int solo5_app_main(const struct solo5_start_info *info)
{
    (void)info;
    test_puts("trap: SUCCESS so far, now executing ud2\n");
    __asm__ volatile("ud2");
    test_fail("execution continued after ud2");
}
