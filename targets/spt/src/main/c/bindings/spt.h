/* Private interfaces of Kiln's spt bindings, on top of bindings-common/bindings.h. */
#ifndef KILN_SPT_H
#define KILN_SPT_H

#include "bindings.h"

/* What the tender leaves at guest address 0x11000 (ABI §6.2). */
struct spt_boot_info {
    uint64_t mem_size;
    uint64_t kernel_end; /* end of the highest segment with file contents */
    const char *cmdline;
    struct mft *mft; /* the tender's validated, attached copy */
    int32_t epollfd;
    int32_t timerfd; /* CLOCK_MONOTONIC, in the epoll set as data 0xFFFFFFFE */
};
_Static_assert(sizeof(struct spt_boot_info) == 40, "spt_boot_info is 40 bytes");
_Static_assert(offsetof(struct spt_boot_info, epollfd) == 32, "epollfd at 32");

#define SPT_TIMERFD_DATA 0xFFFFFFFEu

/* yield.c: remembers the tender's epoll and timer fds. */
void spt_yield_init(int epollfd, int timerfd);

/* clock.c: reads the host's clocks now, so that a reading after a wait is not an estimate. */
void spt_clock_resync(void);

#endif
