/* Clocks: the host's CLOCK_MONOTONIC and CLOCK_REALTIME, extrapolated with the TSC between reads.
 *
 * A clock_gettime syscall costs about a microsecond from an spt guest (seccomp and, in a VM, the
 * exit), and a busy network stack asks for the time a dozen times per request. Where the CPU has
 * an invariant TSC, a read within RESYNC_NS of the last syscall is extrapolated from it instead:
 * time = last host time + elapsed ticks * measured rate. The rate is measured against the host's
 * clock over the whole run, and every RESYNC_NS (and after every solo5_yield) the host is asked
 * again, so an estimate is never more than a few nanoseconds off and never runs ahead unchecked.
 * Readings never go backwards. Without an invariant TSC every read is a syscall, as before. */
#include "spt.h"
#include "sys.h"

#define RESYNC_NS 1000000ull        /* ask the host at least once a millisecond */
#define CALIBRATE_NS 20000000ull    /* measure the tick rate over at least 20 ms */

static int tsc_invariant = -1;      /* -1: not checked yet */
static uint64_t first_tsc, first_ns; /* the first host reading: the rate's baseline */
static uint64_t sync_tsc, sync_ns;  /* the latest host reading */
static int64_t wall_offset;         /* CLOCK_REALTIME - CLOCK_MONOTONIC at the latest reading */
static uint64_t ns_per_tick_q32;    /* 32.32 fixed point; 0 until calibrated */
static uint64_t last_monotonic;

static solo5_time_t read_host(long clock_id)
{
    struct sys_timespec ts;

    if (sys_call4(SYS_CLOCK_GETTIME, clock_id, (long)&ts, 0, 0) != 0)
        solo5_abort();
    return (solo5_time_t)ts.tv_sec * 1000000000ull + (solo5_time_t)ts.tv_nsec;
}

static uint64_t rdtsc(void)
{
    uint32_t lo, hi;

    __asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
    return ((uint64_t)hi << 32) | lo;
}

/* CPUID 0x80000007 EDX bit 8: the TSC ticks at one rate in every power state. */
static int has_invariant_tsc(void)
{
    uint32_t eax, ebx, ecx, edx;

    __asm__ volatile("cpuid" : "=a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx) : "a"(0x80000000u), "c"(0));
    if (eax < 0x80000007u)
        return 0;
    __asm__ volatile("cpuid" : "=a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx) : "a"(0x80000007u), "c"(0));
    return (edx >> 8) & 1;
}

/* Reads the host's clocks and, once the baseline is long enough, the tick rate. */
static uint64_t resync(void)
{
    uint64_t tsc = rdtsc();
    uint64_t ns = read_host(SPT_CLOCK_MONOTONIC);

    wall_offset = (int64_t)(read_host(SPT_CLOCK_REALTIME) - ns);
    if (first_ns == 0) {
        first_tsc = tsc;
        first_ns = ns;
    } else if (ns - first_ns >= CALIBRATE_NS && tsc > first_tsc) {
        uint64_t ticks = tsc - first_tsc, nanos = ns - first_ns;
        uint64_t whole, rest;
        /* Keep rest << 32 within 64 bits: halving both spans keeps 31 bits of precision. */
        while (ticks >= (1ull << 32)) {
            ticks >>= 1;
            nanos >>= 1;
        }
        whole = nanos / ticks;
        rest = nanos % ticks;
        ns_per_tick_q32 = (whole << 32) + (rest << 32) / ticks;
    }
    sync_tsc = tsc;
    sync_ns = ns;
    return ns;
}

void spt_clock_resync(void)
{
    if (tsc_invariant == 1)
        resync();
}

solo5_time_t solo5_clock_monotonic(void)
{
    uint64_t now;

    if (tsc_invariant < 0)
        tsc_invariant = has_invariant_tsc();
    if (tsc_invariant == 0)
        return read_host(SPT_CLOCK_MONOTONIC);
    now = 0;
    if (ns_per_tick_q32 != 0) {
        uint64_t ticks = rdtsc() - sync_tsc;
        /* 2^32 ticks is seconds at any real TSC rate, far past RESYNC_NS: ask the host. */
        if (ticks < (1ull << 32)) {
            uint64_t elapsed = (uint64_t)(((unsigned __int128)ticks * ns_per_tick_q32) >> 32);
            if (elapsed < RESYNC_NS)
                now = sync_ns + elapsed;
        }
    }
    if (now == 0)
        now = resync();
    if (now < last_monotonic)
        now = last_monotonic;
    last_monotonic = now;
    return now;
}

solo5_time_t solo5_clock_wall(void)
{
    if (tsc_invariant != 1)
        return read_host(SPT_CLOCK_REALTIME);
    /* The monotonic reading resyncs the offset at least once a millisecond. */
    uint64_t monotonic = solo5_clock_monotonic();
    return (solo5_time_t)((int64_t)monotonic + wall_offset);
}
