/* Clocks: monotonic from the TSC and the tender's frequency; wall from one WALLTIME at boot. */
#include "hvt.h"

#define NSEC_PER_SEC 1000000000ull
/* Above this frequency ticks % freq * 10^9 could overflow 64 bits. */
#define MAX_TSC_FREQ (UINT64_MAX / NSEC_PER_SEC)

static uint64_t tsc_freq;
static uint64_t tsc_at_boot;
static solo5_time_t wall_at_zero; /* wall time when monotonic time was 0 */

/* Exact ticks to nanoseconds without a 128-bit product: whole seconds,
 * then the remainder, which is below tsc_freq. */
static solo5_time_t ticks_to_ns(uint64_t ticks)
{
    return ticks / tsc_freq * NSEC_PER_SEC +
           ticks % tsc_freq * NSEC_PER_SEC / tsc_freq;
}

/* Counts from boot so the value stays far from 2^64 (584 years). The
 * tender guarantees an invariant, unemulated TSC (ABI §9.3). */
solo5_time_t solo5_clock_monotonic(void)
{
    return ticks_to_ns(kiln_rdtsc() - tsc_at_boot);
}

/* Host time steps after boot are not seen: this saves a VM exit per call. */
solo5_time_t solo5_clock_wall(void)
{
    return wall_at_zero + solo5_clock_monotonic();
}

solo5_result_t hvt_clock_init(uint64_t cpu_cycle_freq)
{
    struct hvt_hc_walltime walltime = {0};

    if (cpu_cycle_freq == 0 || cpu_cycle_freq > MAX_TSC_FREQ) {
        kiln_log(LOG_ERROR, "Solo5: error: unusable TSC frequency %lu Hz\n",
                 cpu_cycle_freq);
        return SOLO5_R_EINVAL;
    }
    tsc_freq = cpu_cycle_freq;
    tsc_at_boot = kiln_rdtsc();
    hvt_hypercall(HVT_HC_WALLTIME, &walltime);
    wall_at_zero = walltime.nsecs - solo5_clock_monotonic();
    return SOLO5_R_OK;
}
