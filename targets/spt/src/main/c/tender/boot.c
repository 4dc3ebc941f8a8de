/* Prepares the guest's event set and low memory, then enters the guest. */
#include <string.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <time.h>

#include "tender.h"

/* What the guest finds at BOOT_INFO_ADDR, pointer in %rdi (ABI §6.2). */
struct spt_boot_info {
    uint64_t mem_size;
    uint64_t kernel_end;
    uint64_t cmdline;
    uint64_t mft;
    int32_t epollfd;
    int32_t timerfd;
};
_Static_assert(sizeof(struct spt_boot_info) == 40, "spt boot info is 40 bytes");

static void watch(int epollfd, int fd, uint64_t data)
{
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = data};

    if (epoll_ctl(epollfd, EPOLL_CTL_ADD, fd, &ev) != 0)
        die_errno("cannot add fd %d to the guest's epoll set", fd);
}

void boot_events(const struct mft *m, struct boot_fds *fds)
{
    fds->epollfd = epoll_create1(0);
    if (fds->epollfd < 0)
        die_errno("epoll_create1");
    fds->timerfd = timerfd_create(CLOCK_MONOTONIC, 0);
    if (fds->timerfd < 0)
        die_errno("timerfd_create");
    watch(fds->epollfd, fds->timerfd, TIMERFD_EVENT_DATA);
    for (uint32_t i = 1; i < m->entries; i++)
        if (m->e[i].type == MFT_DEV_NET_BASIC)
            watch(fds->epollfd, m->e[i].b.hostfd, i);
}

void boot_low_memory(uint64_t mem_size, uint64_t kernel_end,
                     const struct mft *m, size_t mft_size,
                     const char *cmdline, const struct boot_fds *fds)
{
    uint64_t mft_addr = BOOT_INFO_ADDR + sizeof(struct spt_boot_info);
    uint64_t cmdline_addr = mft_addr + mft_size;
    struct spt_boot_info bi = {
        .mem_size = mem_size,
        .kernel_end = kernel_end,
        .cmdline = cmdline_addr,
        .mft = mft_addr,
        .epollfd = fds->epollfd,
        .timerfd = fds->timerfd,
    };

    _Static_assert(BOOT_INFO_ADDR + 40 + MFT_BODY_SIZE(MFT_MAX_ENTRIES) +
                           CMDLINE_SIZE <= GUEST_IMAGE_BASE,
                   "low memory data fits below the image");
    memcpy((void *)(uintptr_t)BOOT_INFO_ADDR, &bi, sizeof bi);
    memcpy((void *)(uintptr_t)mft_addr, m, mft_size);
    memcpy((void *)(uintptr_t)cmdline_addr, cmdline, CMDLINE_SIZE);
}

void boot_jump(uint64_t entry, uint64_t mem_size)
{
    /* A jump, not a call: the guest never returns into the tender. The
     * stack pointer is as just after a call, so 8 mod 16. */
    __asm__ volatile("mov %0, %%rsp\n\t"
                     "xor %%ebp, %%ebp\n\t"
                     "jmp *%1"
                     :
                     : "a"(mem_size - 8), "c"(entry), "D"(BOOT_INFO_ADDR)
                     : "memory");
    __builtin_unreachable();
}
