/* Shared between the hypercall emulator (host side) and its scenario (guest side). */
#ifndef KILN_HVT_EMULATOR_H
#define KILN_HVT_EMULATOR_H

#include <stdint.h>
#include <time.h>

#include "kiln/manifest_abi.h"
#include "solo5.h"

#define LOW_BASE 0x10000000ul /* guest memory must sit below 4 GiB */
#define LOW_SIZE (4ul << 20)
#define DISK_SIZE (64u * 1024u)
#define BLOCK_SIZE 512u
#define BLOCK_HANDLE 1u
#define NET_HANDLE 2u

/* The bindings' own internals the scenario calls instead of _start, which
 * needs ring 0. */
solo5_result_t kiln_device_init(struct mft *mft);
solo5_result_t hvt_clock_init(uint64_t cpu_cycle_freq);
void hvt_yield_init(void);

/* emulator.c */
extern uint8_t disk[DISK_SIZE];
extern uint64_t last_poll_timeout; /* of the latest POLL */
void check(int ok, const char *what);
uint64_t now_ns(clockid_t clock);
uint64_t tsc_hz(void);

/* scenario.c: runs on a stack below 4 GiB, ends in solo5_exit(7). */
void guest(void);

#endif
