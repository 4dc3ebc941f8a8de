/* Private interfaces of Kiln's hvt bindings: boot info, hypercalls and CPU setup (ABI §6.3, §9). */
#ifndef KILN_HVT_H
#define KILN_HVT_H

#include "bindings.h"

/* What the tender leaves at guest-physical 0x10000 (ABI §6.3). Pointers are
 * guest-physical, which equals guest-virtual under the tender's identity map. */
struct hvt_boot_info {
    uint64_t mem_size;       /* usable RAM; a net ring would start here */
    uint64_t kernel_end;     /* end of the highest loaded segment */
    uint64_t cpu_cycle_freq; /* TSC ticks per second */
    uint64_t cmdline;        /* const char * */
    uint64_t mft;            /* struct mft *, the tender's attached copy */
    uint32_t host_features;  /* bit 0: shared net ring offered (unused) */
    uint32_t guest_features; /* reserved; never written */
    uint64_t net_ring;       /* GPA of the net ring, 0 if none (unused) */
};
_Static_assert(sizeof(struct hvt_boot_info) == 56, "hvt_boot_info is 56 bytes");
_Static_assert(offsetof(struct hvt_boot_info, cpu_cycle_freq) == 16,
               "cpu_cycle_freq at 16");
_Static_assert(offsetof(struct hvt_boot_info, mft) == 32, "mft at 32");
_Static_assert(offsetof(struct hvt_boot_info, host_features) == 40,
               "host_features at 40");
_Static_assert(offsetof(struct hvt_boot_info, net_ring) == 48,
               "net_ring at 48");

/* Hypercall numbers; hypercall n is an outl to port 0x500 + n (ABI §9.2). */
#define HVT_PIO_BASE 0x500u
enum hvt_hypercall_nr {
    HVT_HC_WALLTIME = 1,
    HVT_HC_PUTS = 2,
    HVT_HC_POLL = 3,
    HVT_HC_BLOCK_WRITE = 4,
    HVT_HC_BLOCK_READ = 5,
    HVT_HC_NET_WRITE = 6,
    HVT_HC_NET_READ = 7,
    HVT_HC_HALT = 8
};

struct hvt_hc_walltime {
    uint64_t nsecs; /* out */
};
_Static_assert(sizeof(struct hvt_hc_walltime) == 8, "walltime is 8 bytes");

struct hvt_hc_puts {
    uint64_t data; /* GPA */
    uint64_t len;
};
_Static_assert(sizeof(struct hvt_hc_puts) == 16, "puts is 16 bytes");

struct hvt_hc_poll {
    uint64_t timeout_nsecs; /* in, relative */
    uint64_t ready_set;     /* out */
    int32_t ret;            /* out, number of ready devices */
};
_Static_assert(sizeof(struct hvt_hc_poll) == 24, "poll is 24 bytes");
_Static_assert(offsetof(struct hvt_hc_poll, ret) == 16, "poll ret at 16");

/* BLOCK_WRITE and BLOCK_READ share this layout. */
struct hvt_hc_block {
    uint64_t handle;
    uint64_t offset;
    uint64_t data; /* GPA */
    uint64_t len;
    int32_t ret; /* out, a solo5_result_t */
};
_Static_assert(sizeof(struct hvt_hc_block) == 40, "block is 40 bytes");
_Static_assert(offsetof(struct hvt_hc_block, data) == 16, "block data at 16");
_Static_assert(offsetof(struct hvt_hc_block, ret) == 32, "block ret at 32");

/* NET_WRITE and NET_READ share this layout; on a read, len is the buffer
 * size going in and the frame length coming out. */
struct hvt_hc_net {
    uint64_t handle;
    uint64_t data; /* GPA */
    uint64_t len;
    int32_t ret; /* out, a solo5_result_t */
};
_Static_assert(sizeof(struct hvt_hc_net) == 32, "net is 32 bytes");
_Static_assert(offsetof(struct hvt_hc_net, len) == 16, "net len at 16");
_Static_assert(offsetof(struct hvt_hc_net, ret) == 24, "net ret at 24");

struct hvt_hc_halt {
    uint64_t cookie; /* GPA of >= 512 bytes for a core dump, or 0 */
    int32_t exit_status;
};
_Static_assert(sizeof(struct hvt_hc_halt) == 16, "halt is 16 bytes");
_Static_assert(offsetof(struct hvt_hc_halt, exit_status) == 8,
               "halt exit_status at 8");

/* The tender reads and writes *arg in guest memory while the vCPU is
 * stopped in the outl, so the memory clobber is all the ordering needed.
 * Every argument lives below 4 GiB: guest RAM is at most 4 GiB. */
static inline void hvt_hypercall(enum hvt_hypercall_nr nr, void *arg)
{
    __asm__ volatile("outl %0, %1"
                     :
                     : "a"((uint32_t)(uintptr_t)arg),
                       "d"((uint16_t)(HVT_PIO_BASE + nr))
                     : "memory");
}

/* The HALT hypercall; cookie is 0 or the GPA of >= 512 bytes. */
void hvt_halt(int status, uint64_t cookie) __attribute__((noreturn));

/* cpu.c: loads our GDT, TSS (with the IST stacks) and IDT. */
void hvt_cpu_init(void);
void hvt_wrmsr(uint32_t msr, uint64_t value);
#define HVT_MSR_FS_BASE 0xC0000100u

/* clock.c: checks the TSC frequency and reads the wall clock once. */
solo5_result_t hvt_clock_init(uint64_t cpu_cycle_freq);

/* yield.c: remembers which handles are attached net devices. */
void hvt_yield_init(void);

#endif
