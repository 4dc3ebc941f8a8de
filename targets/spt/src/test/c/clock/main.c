/* Clock image: both clocks advance, solo5_yield honours deadlines, --solo5: options are consumed;
 * readings between host reads (the TSC extrapolation) never go backwards and agree with waits. */
#include "testlib.h"

#define MS 1000000ull

int solo5_app_main(const struct solo5_start_info *info)
{
    solo5_time_t t0 = solo5_clock_monotonic();
    solo5_time_t wall = solo5_clock_wall();
    solo5_handle_set_t ready = ~0ull;
    solo5_time_t t1, t2, start, prev, now, wall2, jumped;
    unsigned long reads = 0;
    int i;

    if (info->cmdline[0] == '-' && info->cmdline[1] == '-')
        test_fail("a --solo5: option reached the application");
    if (wall < 1577836800ull * 1000000000ull) /* 2020-01-01 */
        test_fail("wall clock is before 2020");
    solo5_yield(t0 + 20 * MS, &ready);
    t1 = solo5_clock_monotonic();
    if (t1 < t0 + 20 * MS)
        test_fail("solo5_yield returned before its deadline");
    if (ready != 0)
        test_fail("ready set not empty without network devices");
    solo5_yield(t0, NULL); /* already passed: must not block */
    t2 = solo5_clock_monotonic();
    if (t2 - t1 > 10 * MS)
        test_fail("solo5_yield blocked on a past deadline");
    /* Busy reads across the tick-rate calibration and many resyncs. */
    start = prev = solo5_clock_monotonic();
    do {
        now = solo5_clock_monotonic();
        if (now < prev)
            test_fail("monotonic clock went backwards");
        prev = now;
        reads++;
    } while (now - start < 50 * MS);
    for (i = 0; i < 5; i++) {
        solo5_time_t deadline = solo5_clock_monotonic() + 3 * MS;
        solo5_yield(deadline, NULL);
        if (solo5_clock_monotonic() < deadline)
            test_fail("a reading after solo5_yield was before its deadline");
    }
    /* After 4.5 s the rate is measured over more than 2^32 ticks and 2^32 ns. Extrapolated readings
     * must still advance at the host's pace: with a wrong rate they drift from the host and jump
     * back to it at every host read, so most of the elapsed time would come in jumps. */
    solo5_yield(solo5_clock_monotonic() + 4500 * MS, NULL);
    start = prev = solo5_clock_monotonic();
    jumped = 0;
    do {
        now = solo5_clock_monotonic();
        if (now < prev)
            test_fail("monotonic clock went backwards after a long wait");
        if (now - prev > MS / 10)
            jumped += now - prev;
        prev = now;
    } while (now - start < 50 * MS);
    if (jumped > 25 * MS)
        test_fail("after a long wait the clock advanced mostly in jumps: wrong tick rate");
    wall2 = solo5_clock_wall();
    now = solo5_clock_monotonic();
    if ((wall2 - wall) + 5 * MS < now - t0 || (wall2 - wall) > now - t0 + 5 * MS)
        test_fail("wall clock and monotonic clock disagree by more than 5 ms");
    test_puts("clock: cmdline [");
    test_puts(info->cmdline);
    test_puts("] yield 20 ms took ");
    test_put_u64((t1 - t0) / 1000);
    test_puts(" us, ");
    test_put_u64(reads);
    test_puts(" reads in 50 ms");
    test_puts("\nclock: SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
