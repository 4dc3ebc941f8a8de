/* Monotonic and wall clocks: KVM pvclock if offered, else the TSC calibrated on the PIT. */
#include "virtio.h"

#define WINDOW_TICKS 2386u /* 2 ms of the 8254's 1.193182 MHz */
#define WINDOWS 3

static int use_pvclock;
static uint64_t tsc_base;
static uint64_t ns_per_tsc_q32; /* ns = delta * ns_per_tsc_q32 >> 32 */
static uint64_t wall_base_ns;

/* Reads the PIT count together with the TSC value of that moment. */
static uint16_t count_at(uint64_t *tsc)
{
    uint64_t before = kiln_rdtsc();
    uint16_t count = pit_count();

    *tsc = before + (kiln_rdtsc() - before) / 2;
    return count;
}

/* TSC Hz over one window. Both ends are (TSC, count) pairs, so a host
 * preempting the vCPU between them does not skew the result. */
static uint64_t measure_window(void)
{
    uint64_t t0, t1;
    uint16_t c0, c1;

    pit_oneshot(0xffff);
    c0 = count_at(&t0);
    do
        c1 = count_at(&t1);
    while ((uint16_t)(c0 - c1) < WINDOW_TICKS);
    return (t1 - t0) * PIT_HZ / (uint16_t)(c0 - c1);
}

static void calibrate_tsc(void)
{
    uint64_t hz[WINDOWS], t;
    unsigned i, j;

    for (i = 0; i < WINDOWS; i++)
        hz[i] = measure_window();
    for (i = 1; i < WINDOWS; i++) /* sort; the median drops an outlier */
        for (j = i; j > 0 && hz[j - 1] > hz[j]; j--) {
            t = hz[j];
            hz[j] = hz[j - 1];
            hz[j - 1] = t;
        }
    t = hz[WINDOWS / 2] != 0 ? hz[WINDOWS / 2] : 1;
    ns_per_tsc_q32 = (1000000000ull << 32) / t;
    kiln_log(LOG_DEBUG, "Solo5: clock: TSC at %lu kHz\n", t / 1000);
}

uint64_t clock_tsc_to_ns(uint64_t tsc_delta)
{
    if (use_pvclock)
        return pvclock_tsc_to_ns(tsc_delta);
    return (uint64_t)(((unsigned __int128)tsc_delta * ns_per_tsc_q32) >> 32);
}

void clock_init(void)
{
    use_pvclock = pvclock_init();
    if (use_pvclock) {
        kiln_log(LOG_DEBUG, "Solo5: clock: KVM pvclock\n");
        return;
    }
    calibrate_tsc();
    tsc_base = kiln_rdtsc();
    wall_base_ns = rtc_read_epoch_seconds() * 1000000000ull;
}

solo5_time_t solo5_clock_monotonic(void)
{
    if (use_pvclock)
        return pvclock_monotonic();
    return clock_tsc_to_ns(kiln_rdtsc() - tsc_base);
}

solo5_time_t solo5_clock_wall(void)
{
    if (use_pvclock)
        return pvclock_wall_offset() + pvclock_monotonic();
    return wall_base_ns + solo5_clock_monotonic();
}
