/* SSP image: overrunning a stack buffer must end in __stack_chk_fail, status 255. */
#include "testlib.h"

/* A length the compiler cannot see through, so no bounds warning fires. */
static volatile size_t overrun_len = 64;

static __attribute__((noinline)) void smash(void)
{
    char buf[16];
    size_t i;

    for (i = 0; i < overrun_len; i++)
        ((volatile char *)buf)[i] = 'x';
}

int solo5_app_main(const struct solo5_start_info *info)
{
    (void)info;
    test_puts("ssp: SUCCESS so far, smashing the stack; expect exit 255\n");
    smash();
    test_fail("the stack protector did not fire");
}
