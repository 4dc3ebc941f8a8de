/* Clocks: host CLOCK_MONOTONIC and CLOCK_REALTIME through the raw syscall, not the vDSO. */
#include "spt.h"
#include "sys.h"

static solo5_time_t read_clock(long clock_id)
{
    struct sys_timespec ts;

    if (sys_call4(SYS_CLOCK_GETTIME, clock_id, (long)&ts, 0, 0) != 0)
        solo5_abort();
    return (solo5_time_t)ts.tv_sec * 1000000000ull + (solo5_time_t)ts.tv_nsec;
}

solo5_time_t solo5_clock_monotonic(void)
{
    return read_clock(SPT_CLOCK_MONOTONIC);
}

solo5_time_t solo5_clock_wall(void)
{
    return read_clock(SPT_CLOCK_REALTIME);
}
