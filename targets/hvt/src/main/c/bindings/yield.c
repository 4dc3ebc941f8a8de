/* solo5_yield: the POLL hypercall with the time left to the deadline. */
#include "hvt.h"

static solo5_handle_set_t net_handles; /* attached NET_BASIC devices */

void hvt_yield_init(void)
{
    solo5_handle_t h;

    for (h = 1; h < MFT_MAX_ENTRIES; h++)
        if (kiln_device_get(h, MFT_DEV_NET_BASIC) != NULL)
            net_handles |= (solo5_handle_set_t)1 << h;
}

/* A passed deadline still polls, with timeout 0, to report ready input. */
void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    solo5_time_t now = solo5_clock_monotonic();
    struct hvt_hc_poll poll = {.timeout_nsecs = deadline > now ? deadline - now
                                                                : 0};

    hvt_hypercall(HVT_HC_POLL, &poll);
    if (ready_set != NULL)
        *ready_set = poll.ret > 0 ? poll.ready_set & net_handles : 0;
}
