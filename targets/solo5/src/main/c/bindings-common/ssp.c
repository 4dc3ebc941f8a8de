/* Stack-smashing protection for code built with -mstack-protector-guard=global. */
#include "bindings.h"

uintptr_t __stack_chk_guard;

void kiln_ssp_init(void)
{
    uint64_t first = kiln_rdtsc();
    uint64_t second = kiln_rdtsc();
    uint64_t guard = (first << 32) ^ (first >> 11) ^
                     (second * 0x9e3779b97f4a7c15ull);

    /* A zero byte stops overflows through string functions at the canary. */
    __stack_chk_guard = (uintptr_t)(guard & ~(uint64_t)0xff00);
}

__attribute__((noreturn)) void __stack_chk_fail(void)
{
    static const char msg[] = "Solo5: stack corruption detected, aborting\n";

    platform_console_write(msg, sizeof msg - 1);
    platform_exit(SOLO5_EXIT_ABORT);
}
