/* Raw x86_64 Linux syscalls and boot info for the tender's test guests. */
#ifndef GUEST_SYS_H
#define GUEST_SYS_H

#include <stddef.h>
#include <stdint.h>

#include "kiln/manifest_abi.h"

enum {
    NR_READ = 0, NR_WRITE = 1, NR_PREAD64 = 17, NR_PWRITE64 = 18,
    NR_GETPID = 39, NR_ARCH_PRCTL = 158, NR_CLOCK_GETTIME = 228,
    NR_EXIT_GROUP = 231, NR_EPOLL_PWAIT = 281, NR_TIMERFD_SETTIME = 286
};

/* ABI §6.2, as the guest sees it. */
struct boot_info {
    uint64_t mem_size;
    uint64_t kernel_end;
    const char *cmdline;
    struct mft *mft;
    int32_t epollfd;
    int32_t timerfd;
};

static inline long sys6(long nr, long a, long b, long c, long d, long e,
                        long f)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;

    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8),
                       "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

#define sys3(nr, a, b, c) sys6((nr), (long)(a), (long)(b), (long)(c), 0, 0, 0)

#endif
