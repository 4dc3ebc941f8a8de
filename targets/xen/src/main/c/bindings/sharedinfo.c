/* The shared info page, and the clocks from it: Xen system time (pvclock) and the wall clock. */
#include "xen.h"

static uint8_t shared_info_page[KILN_PAGE_SIZE] __attribute__((aligned(4096)));
volatile struct shared_info *xen_shared_info;

void shared_info_init(void)
{
    uint64_t pfn = (uint64_t)(uintptr_t)shared_info_page >> 12;

    if (xen_add_to_physmap(XENMAPSPACE_shared_info, 0, pfn) != 0) {
        kiln_log(LOG_ERROR, "Solo5: error: Xen did not map the shared info page\n");
        solo5_abort();
    }
    xen_shared_info = (volatile struct shared_info *)shared_info_page;
}

/* Xen system time of vCPU 0: the record is stable when its version is
 * even and unchanged across the read. */
solo5_time_t solo5_clock_monotonic(void)
{
    volatile struct vcpu_time_info *t = &xen_shared_info->vcpu_info[0].time;
    uint32_t version, mul;
    uint64_t stamp, system, delta;
    int8_t shift;

    do {
        version = t->version;
        barrier();
        stamp = t->tsc_timestamp;
        system = t->system_time;
        mul = t->tsc_to_system_mul;
        shift = t->tsc_shift;
        delta = kiln_rdtsc() - stamp;
        barrier();
    } while ((version & 1) != 0 || version != t->version);
    if (shift < 0)
        delta >>= -shift;
    else
        delta <<= shift;
    return system + (uint64_t)(((unsigned __int128)delta * mul) >> 32);
}

/* The wall clock at system time 0, plus system time. */
solo5_time_t solo5_clock_wall(void)
{
    volatile struct shared_info *s = xen_shared_info;
    uint32_t version, nsec;
    uint64_t sec;

    do {
        version = s->wc_version;
        barrier();
        sec = ((uint64_t)s->wc_sec_hi << 32) | s->wc_sec;
        nsec = s->wc_nsec;
        barrier();
    } while ((version & 1) != 0 || version != s->wc_version);
    return sec * 1000000000ull + nsec + solo5_clock_monotonic();
}
