/* solo5_yield: halt until the deadline, a PIT wake-up or a NIC with received frames. */
#include "virtio.h"

#define MAX_SLICE_TICKS 65535u /* ~55 ms, the longest one-shot the PIT does */

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    solo5_handle_set_t ready = net_ready_set();

    for (;;) {
        solo5_time_t now = solo5_clock_monotonic();
        uint64_t ticks;

        if (ready != 0 || now >= deadline)
            break;
        if (deadline - now >= MAX_SLICE_TICKS * 1000000000ull / PIT_HZ)
            ticks = MAX_SLICE_TICKS;
        else
            ticks = (deadline - now) * PIT_HZ / 1000000000ull + 1;
        pit_oneshot((uint16_t)ticks);
        /* sti takes effect after hlt has started, so a wake-up that is
         * already pending cannot be lost between the two. IRQs are only
         * ever taken here; the handlers run on IST1. */
        __asm__ volatile("sti; hlt; cli" : : : "memory");
        ready = net_ready_set();
    }
    if (ready_set != NULL)
        *ready_set = ready;
}
