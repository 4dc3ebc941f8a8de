/* The Solo5 guest interface as Kiln implements it: the one contract between
 * Kiln's runtime (above) and a target's bindings (below). Written for Kiln from
 * the ABI description; types, sizes and values follow the Solo5 ABI so that
 * images interoperate with upstream tenders. */
#ifndef KILN_SOLO5_H
#define KILN_SOLO5_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Result of every fallible call. Callers MUST NOT depend on seeing EINVAL or
 * EUNSPEC: bindings MAY abort instead. */
typedef enum {
    SOLO5_R_OK = 0,
    SOLO5_R_AGAIN = 1,
    SOLO5_R_EINVAL = 2,
    SOLO5_R_EUNSPEC = 3
} solo5_result_t;

typedef uint64_t solo5_time_t;       /* nanoseconds */
typedef uint64_t solo5_handle_t;     /* manifest index of a device, 1..63 */
typedef uint64_t solo5_handle_set_t; /* bit h set means handle h */
typedef uint64_t solo5_off_t;        /* byte offset on a block device */

#define SOLO5_EXIT_SUCCESS 0
#define SOLO5_EXIT_FAILURE 1
#define SOLO5_EXIT_ABORT 255

/* What the bindings hand to the application at boot. */
struct solo5_start_info {
    const char *cmdline;  /* boot arguments, --solo5:* options removed */
    uintptr_t heap_start; /* first free byte, page aligned */
    size_t heap_size;     /* the stack grows down from heap_start + heap_size */
};

/* The application MUST define this; returning from it is solo5_exit(status). */
int solo5_app_main(const struct solo5_start_info *info);

/* Both MUST NOT return. */
void solo5_exit(int status) __attribute__((noreturn));
void solo5_abort(void) __attribute__((noreturn));

/* Monotonic time since an unspecified point, and wall time since the epoch. */
solo5_time_t solo5_clock_monotonic(void);
solo5_time_t solo5_clock_wall(void);

/* Blocks until solo5_clock_monotonic() >= deadline or a network device has
 * input. MAY return early. If ready_set is not NULL it receives the handles of
 * network devices with input pending. */
void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set);

/* Best effort; never fails. */
void solo5_console_write(const char *buf, size_t size);

#define SOLO5_NET_ALEN 6
#define SOLO5_NET_HLEN 14

struct solo5_net_info {
    uint8_t mac_address[SOLO5_NET_ALEN];
    size_t mtu; /* payload bytes, not counting the Ethernet header */
};

solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle,
                                 struct solo5_net_info *info);
/* One whole frame including its Ethernet header; size <= mtu + 14. */
solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
                               size_t size);
/* One whole frame; size MUST be >= mtu + 14. SOLO5_R_AGAIN when none waits. */
solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
                              size_t *read_size);

struct solo5_block_info {
    solo5_off_t capacity;   /* bytes */
    solo5_off_t block_size; /* bytes */
};

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
                                   struct solo5_block_info *info);
/* Exactly one block per call: size == block_size, offset a multiple of it. */
solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size);
solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
                                uint8_t *buf, size_t size);

/* Thread-local storage (x86_64 variant II). */
size_t solo5_tls_size(void);
uintptr_t solo5_tls_tp_offset(uintptr_t tls);
solo5_result_t solo5_tls_init(uintptr_t tls);
solo5_result_t solo5_set_tls_base(uintptr_t base);

#endif
