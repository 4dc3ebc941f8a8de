/* Clocks and the idle wait for the Java drivers. */
#include "kiln_drivers.h"
#include "solo5.h"

int64_t kiln_clock_monotonic(void)
{
    return (int64_t)solo5_clock_monotonic();
}

int64_t kiln_clock_wall(void)
{
    return (int64_t)solo5_clock_wall();
}

int64_t kiln_yield(int64_t deadline)
{
    solo5_handle_set_t ready = 0;
    /* A negative deadline is in the past: return at once. */
    solo5_yield(deadline < 0 ? 0 : (solo5_time_t)deadline, &ready);
    return (int64_t)ready;
}
