/* Clock image: clocks advance, solo5_yield keeps deadlines (no early or very late wake-up). */
#include "testlib.h"

#define MS 1000000ull

int solo5_app_main(const struct solo5_start_info *info)
{
    solo5_time_t t0 = solo5_clock_monotonic();
    solo5_time_t wall = solo5_clock_wall();
    solo5_handle_set_t ready = ~0ull;
    solo5_time_t t1, t2, t3;

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
    /* Longer than one PIT slice (~55 ms), so it needs several wake-ups. */
    solo5_yield(t2 + 150 * MS, NULL);
    t3 = solo5_clock_monotonic();
    if (t3 < t2 + 150 * MS)
        test_fail("a 150 ms yield returned early");
    if (t3 > t2 + 1000 * MS)
        test_fail("a 150 ms yield took over a second");
    if (solo5_clock_wall() < wall + 150 * MS)
        test_fail("the wall clock did not advance with the monotonic one");
    test_puts("clock: cmdline [");
    test_puts(info->cmdline);
    test_puts("] yield 20 ms took ");
    test_put_u64((t1 - t0) / 1000);
    test_puts(" us, 150 ms took ");
    test_put_u64((t3 - t2) / 1000);
    test_puts(" us\nclock: SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
