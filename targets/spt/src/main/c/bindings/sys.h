/* Raw x86_64 Linux system calls, limited to the ones the spt seccomp filter allows. */
#ifndef KILN_SPT_SYS_H
#define KILN_SPT_SYS_H

#include <stdint.h>

/* The only syscall numbers the bindings may issue (ABI §8.2). */
#define SYS_READ 0
#define SYS_WRITE 1
#define SYS_PREAD64 17
#define SYS_PWRITE64 18
#define SYS_ARCH_PRCTL 158
#define SYS_CLOCK_GETTIME 228
#define SYS_EXIT_GROUP 231
#define SYS_EPOLL_PWAIT 281
#define SYS_TIMERFD_SETTIME 286

#define SPT_ARCH_SET_FS 0x1002
#define SPT_CLOCK_REALTIME 0
#define SPT_CLOCK_MONOTONIC 1
#define SPT_TFD_TIMER_ABSTIME 1
#define SPT_EINTR 4
#define SPT_EAGAIN 11

/* Results are the kernel's: >= 0 on success, -errno on failure. */
static inline long sys_call4(long nr, long a0, long a1, long a2, long a3)
{
    register long r10 __asm__("r10") = a3;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a0), "S"(a1), "d"(a2), "r"(r10)
                     : "rcx", "r11", "memory");
    return ret;
}

static inline long sys_call6(long nr, long a0, long a1, long a2, long a3,
                             long a4, long a5)
{
    register long r10 __asm__("r10") = a3;
    register long r8 __asm__("r8") = a4;
    register long r9 __asm__("r9") = a5;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a0), "S"(a1), "d"(a2), "r"(r10), "r"(r8),
                       "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

struct sys_timespec {
    int64_t tv_sec;
    int64_t tv_nsec;
};

struct sys_itimerspec {
    struct sys_timespec it_interval;
    struct sys_timespec it_value;
};

/* x86_64 Linux packs epoll_event to 12 bytes. */
struct sys_epoll_event {
    uint32_t events;
    uint64_t data;
} __attribute__((packed));
_Static_assert(sizeof(struct sys_epoll_event) == 12, "packed epoll_event");

#endif
