/* Kiln's TeaVM platform: the event loop's idle wait, which blocks in solo5_yield. */
#include "kiln_platform.h"
#include "fiber.h" /* TeaVM's generated fiber.h, found through -iquote */
#include <stdbool.h>

#define NANOS_PER_MILLI 1000000u

static bool wake_requested;
static solo5_handle_set_t ready_set;

void teavm_initFiber(void)
{
}

/* Waits at most timeout_ms, less if a device has input or teavm_interrupt ran. */
void teavm_waitFor(int64_t timeout_ms)
{
    if (wake_requested) {
        wake_requested = false;
        return;
    }
    solo5_time_t now = solo5_clock_monotonic();
    solo5_time_t deadline = now;
    if (timeout_ms > 0) {
        uint64_t delta = (uint64_t)timeout_ms;
        deadline = delta > (UINT64_MAX - now) / NANOS_PER_MILLI ? UINT64_MAX
                                                                : now + delta * NANOS_PER_MILLI;
    }
    solo5_handle_set_t ready = 0;
    solo5_yield(deadline, &ready);
    ready_set |= ready;
}

/* There is one thread and no signals, so an interrupt can only come before the
 * next wait: remember it and let that wait return at once. */
void teavm_interrupt(void)
{
    wake_requested = true;
}

solo5_handle_set_t kiln_take_ready_set(void)
{
    solo5_handle_set_t ready = ready_set;
    ready_set = 0;
    return ready;
}
