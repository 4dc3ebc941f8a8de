/* Stack-smashing protection for code built with -mstack-protector-guard=global. */
#include "spt.h"

uintptr_t __stack_chk_guard;

static uint64_t read_tsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

void spt_ssp_init(void)
{
    uint64_t first = read_tsc();
    uint64_t second = read_tsc();
    uint64_t guard = (first << 32) ^ (first >> 11) ^
                     (second * 0x9e3779b97f4a7c15ull);

    /* A zero byte stops overflows through string functions at the canary. */
    __stack_chk_guard = (uintptr_t)(guard & ~(uint64_t)0xff00);
}

__attribute__((noreturn)) void __stack_chk_fail(void)
{
    static const char msg[] = "Solo5: stack corruption detected, aborting\n";

    solo5_console_write(msg, sizeof msg - 1);
    spt_exit_now(SOLO5_EXIT_ABORT);
}
