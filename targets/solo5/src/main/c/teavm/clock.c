/* Kiln's TeaVM platform: wall and monotonic time from the Solo5 clocks; the zone is UTC. */
#include "kiln_platform.h"
#include "time.h" /* TeaVM's generated time.h, found through -iquote */

void teavm_initTime(void)
{
}

int64_t teavm_currentTimeMillis(void)
{
    return (int64_t)(solo5_clock_wall() / 1000000u);
}

int64_t teavm_currentTimeNano(void)
{
    return (int64_t)solo5_clock_monotonic();
}

int32_t teavm_timeZoneOffset(void)
{
    return 0;
}
