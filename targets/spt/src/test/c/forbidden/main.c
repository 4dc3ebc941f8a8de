/* Forbidden-syscall image: getpid is not in the spt whitelist, so seccomp must kill us (SIGSYS). */
#include "testlib.h"

#define SYS_GETPID 39

int solo5_app_main(const struct solo5_start_info *info)
{
    long ret;

    (void)info;
    test_puts("forbidden: SUCCESS so far, calling getpid; expect SIGSYS\n");
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"((long)SYS_GETPID)
                     : "rcx", "r11", "memory");
    test_puts("forbidden: getpid returned ");
    test_put_u64((uint64_t)ret);
    test_puts("\n");
    test_fail("the sandbox let getpid through");
}
