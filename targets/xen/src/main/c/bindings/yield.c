/* solo5_yield: halt until Xen's one-shot timer or an event channel tied to a device fires. */
#include "xen.h"

/* Halts unless an upcall is already due; sti takes effect after hlt has
 * started, so a pending upcall cannot be lost between the two. */
static void halt(void)
{
    if (xen_shared_info->vcpu_info[0].evtchn_upcall_pending)
        return;
    __asm__ volatile("sti; hlt; cli" : : : "memory");
}

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    solo5_handle_set_t ready = events_take_ready();

    while (ready == 0 && solo5_clock_monotonic() < deadline) {
        /* The one-shot timer takes an absolute Xen system time, which is
         * what solo5_clock_monotonic reads. */
        hypercall3(HYPERCALL_set_timer_op, deadline, 0, 0);
        halt();
        ready = events_take_ready();
    }
    if (ready_set != NULL)
        *ready_set = ready;
}
