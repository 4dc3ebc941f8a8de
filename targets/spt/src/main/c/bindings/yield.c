/* solo5_yield: arm the tender's timerfd for the deadline, then wait in epoll. */
#include "spt.h"
#include "sys.h"

static int epoll_fd = -1;
static int timer_fd = -1;

void spt_yield_init(int epollfd, int timerfd)
{
    epoll_fd = epollfd;
    timer_fd = timerfd;
}

/* Absolute CLOCK_MONOTONIC expiry; re-arming also clears a stale expiry,
 * which the guest could not read away itself. */
static void arm_timer(solo5_time_t deadline)
{
    struct sys_itimerspec its = {
        .it_interval = {0, 0},
        /* An all-zero value would disarm the timer, so nsec is never 0. */
        .it_value = {(int64_t)(deadline / 1000000000ull),
                     (int64_t)(deadline % 1000000000ull) | 1},
    };

    if (sys_call4(SYS_TIMERFD_SETTIME, timer_fd, SPT_TFD_TIMER_ABSTIME,
                  (long)&its, 0) != 0) {
        kiln_log(LOG_ERROR, "Solo5: error: timerfd_settime failed\n");
        solo5_abort();
    }
}

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    struct sys_epoll_event events[MFT_MAX_ENTRIES];
    solo5_handle_set_t ready = 0;
    long n, i;

    arm_timer(deadline);
    do {
        n = sys_call6(SYS_EPOLL_PWAIT, epoll_fd, (long)events,
                      (long)kiln_net_count() + 1, -1, 0, 0);
    } while (n == -SPT_EINTR);
    if (n < 0) {
        kiln_log(LOG_ERROR, "Solo5: error: epoll_pwait failed (%d)\n", (int)-n);
        solo5_abort();
    }
    /* A wait of unknown length: the next clock reading asks the host, so that after a timer it
     * reads at least the deadline the host's timer fired at. */
    spt_clock_resync();
    for (i = 0; i < n; i++) {
        uint64_t data = events[i].data;
        if (data != SPT_TIMERFD_DATA && data < MFT_MAX_ENTRIES)
            ready |= (solo5_handle_set_t)1 << data;
    }
    if (ready_set != NULL)
        *ready_set = ready;
}
