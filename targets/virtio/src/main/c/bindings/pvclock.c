/* KVM's paravirtual clock (pvclock) through its MSRs, when CPUID advertises it. */
#include "virtio.h"

#define CPUID_KVM_FEATURES 0x40000001
#define KVM_FEATURE_CLOCKSOURCE (1u << 0)  /* MSRs 0x11 / 0x12 */
#define KVM_FEATURE_CLOCKSOURCE2 (1u << 3) /* MSRs 0x4b564d00 / 0x4b564d01 */

/* Filled in by the hypervisor; both must stay at fixed guest addresses. */
struct pvclock_time {
    volatile uint32_t version; /* odd while an update is in progress */
    uint32_t pad0;
    volatile uint64_t tsc_timestamp;
    volatile uint64_t system_time; /* ns at tsc_timestamp */
    volatile uint32_t tsc_to_system_mul;
    volatile int8_t tsc_shift;
    volatile uint8_t flags;
    uint8_t pad[2];
};
_Static_assert(sizeof(struct pvclock_time) == 32, "pvclock_vcpu_time_info");

struct pvclock_wall {
    volatile uint32_t version, sec, nsec;
};

static struct pvclock_time time_info __attribute__((aligned(64)));
static struct pvclock_wall wall_info __attribute__((aligned(16)));
static uint64_t wall_offset;

static int kvm_present(void)
{
    uint32_t r[4];

    cpuid(1, r);
    if (!(r[2] & (1u << 31))) /* no hypervisor at all */
        return 0;
    cpuid(0x40000000, r);
    return r[1] == 0x4b4d564b && r[2] == 0x564b4d56 && r[3] == 0x4d;
}

static uint64_t scale(uint64_t delta, uint32_t mul, int8_t shift)
{
    if (shift < 0)
        delta >>= -shift;
    else
        delta <<= shift;
    return (uint64_t)(((unsigned __int128)delta * mul) >> 32);
}

uint64_t pvclock_tsc_to_ns(uint64_t tsc_delta)
{
    return scale(tsc_delta, time_info.tsc_to_system_mul, time_info.tsc_shift);
}

uint64_t pvclock_monotonic(void)
{
    uint32_t version;
    uint64_t ns;

    do {
        version = time_info.version;
        barrier();
        ns = time_info.system_time +
             scale(kiln_rdtsc() - time_info.tsc_timestamp,
                   time_info.tsc_to_system_mul, time_info.tsc_shift);
        barrier();
    } while ((version & 1) || version != time_info.version);
    return ns;
}

uint64_t pvclock_wall_offset(void)
{
    return wall_offset;
}

int pvclock_init(void)
{
    uint32_t r[4], msr_time, msr_wall, version;

    if (!kvm_present())
        return 0;
    cpuid(CPUID_KVM_FEATURES, r);
    if (r[0] & KVM_FEATURE_CLOCKSOURCE2) {
        msr_wall = 0x4b564d00;
        msr_time = 0x4b564d01;
    } else if (r[0] & KVM_FEATURE_CLOCKSOURCE) {
        msr_wall = 0x11;
        msr_time = 0x12;
    } else {
        return 0;
    }
    wrmsr(msr_time, (uint64_t)(uintptr_t)&time_info | 1); /* bit 0: enable */
    wrmsr(msr_wall, (uint64_t)(uintptr_t)&wall_info);
    do {
        version = wall_info.version;
        barrier();
        /* The wall clock at pvclock time zero. */
        wall_offset = wall_info.sec * 1000000000ull + wall_info.nsec;
        barrier();
    } while ((version & 1) || version != wall_info.version);
    return 1;
}
