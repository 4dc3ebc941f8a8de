/* The internal interface between Kiln's shared bindings code and each target's bindings.
 * x86_64/ beside it holds what the PC targets (virtio, hvt, xen) share, as headers they include
 * as "x86_64/...": the long-mode entry, trap stubs, descriptor tables; it is not compiled alone. */
#ifndef KILN_BINDINGS_H
#define KILN_BINDINGS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "kiln/manifest_abi.h"
#include "solo5.h"

/*
 * Every bindings object is the .c files of bindings-common plus the .c and
 * .S files of <target>/bindings, linked with -r; afterwards only solo5_*,
 * _start*, __stack_chk_guard and __stack_chk_fail stay global. So no
 * internal name may start with solo5_ or _start, and nothing in the
 * bindings may use SSE/x87 state (ABI §2).
 */

#define KILN_PAGE_SIZE 4096u
#define KILN_MIN_HEAP (512u * 1024u) /* below this the image refuses to run */

/* Symbols the linker script defines; only their addresses matter. */
extern char _stext[], _etext[], _erodata[], _edata[], _end[];
extern char _stdata[], _ltdata[], _ltbss[];

/* ------------------------------------------------------------------------
 * What each target MUST provide.
 * ------------------------------------------------------------------------ */

/* Writes bytes to the console, best effort. MUST NOT log (the logger and
 * solo5_console_write call it) and MUST work from the first instruction of
 * _start on, or silently drop output until it does. */
void platform_console_write(const char *buf, size_t size);

/* Leaves the image with this status, without logging. MUST NOT return. */
void platform_exit(int status) __attribute__((noreturn));

/* A target MUST also define: _start, the ABI note (.note.solo5.abi),
 * solo5_clock_monotonic, solo5_clock_wall, solo5_yield,
 * solo5_net_write, solo5_net_read, solo5_block_write, solo5_block_read and
 * solo5_set_tls_base. Everything else in solo5.h comes from bindings-common.
 * Before calling solo5_app_main, _start MUST call kiln_ssp_init (first),
 * kiln_cmdline_consume, kiln_heap_init and kiln_device_init. */

/* A target MAY print the INFO banner with kiln_log_layout, check block I/O
 * with kiln_block_check, and either hand kiln_device_init a manifest copy
 * that its tender already attached (spt, hvt) or fill in the entries' u and
 * b fields and set attached itself (virtio). It MAY keep its own private
 * state in b (a host fd, an index into its own device table). */

/* ------------------------------------------------------------------------
 * What bindings-common provides.
 * ------------------------------------------------------------------------ */

/* The ABI1 note (ABI §4.1) naming the image's target and ABI version:
 * KILN_ABI1_NOTE(target, version) defines it, in a target's notes.c. It
 * must stay alone in .note.solo5.abi: a tender reads only the first note
 * of each PT_NOTE. */
struct kiln_abi1_note {
    struct solo5_note_header header;
    struct solo5_abi1_desc desc;
};
#define KILN_ABI1_NOTE(target, version)                                   \
    static const struct kiln_abi1_note __solo5_abi1_note                  \
        __attribute__((section(".note.solo5.abi"), aligned(4), used)) = { \
            .header = {SOLO5_NOTE_NAMESZ, sizeof(struct solo5_abi1_desc), \
                       SOLO5_NOTE_TYPE_ABI1, SOLO5_NOTE_NAME},            \
            .desc = {(target), (version), 0, 0},                          \
    }

enum kiln_log_level {
    LOG_ERROR = 1,
    LOG_WARN = 2,
    LOG_INFO = 3,
    LOG_DEBUG = 4
};

/* log.c: console output filtered by the boot-time level (default INFO).
 * Understands only %s, %d, %u and %x, the last three optionally with an l
 * modifier; a line longer than ~230 bytes is cut. */
void kiln_log_set_level(enum kiln_log_level level);
void kiln_log(enum kiln_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* cmdline.c: consumes leading --solo5:<level> options and returns the rest
 * (never NULL). */
const char *kiln_cmdline_consume(const char *cmdline);

/* ssp.c: seeds __stack_chk_guard from the TSC. MUST run before any function
 * built with the stack protector returns; _start itself MUST be marked
 * no_stack_protector. */
void kiln_ssp_init(void);

/* heap.c: the heap runs from the page after max(_end, kernel_end) to
 * mem_size; returns SOLO5_R_EINVAL (after logging) if under KILN_MIN_HEAP.
 * kiln_log_layout prints the INFO banner for this target. */
solo5_result_t kiln_heap_init(uint64_t mem_size, uint64_t kernel_end,
                              struct solo5_start_info *si);
void kiln_log_layout(const char *target, uint64_t mem_size,
                     const struct solo5_start_info *si);

/* device.c: the manifest in use (the tender's copy, or the image's own note
 * on virtio); handles are manifest indices. kiln_device_init checks the
 * header; kiln_manifest_validate does the full check of ABI §4.2 for a
 * manifest straight from the image (body_size = n_descsz - 4). */
solo5_result_t kiln_manifest_validate(const struct mft *mft,
                                      uint32_t body_size);
solo5_result_t kiln_device_init(struct mft *mft);
struct mft *kiln_manifest(void);
/* image_manifest.c: the manifest in the image's own note (the target
 * passes __solo5_mft1_note, which the image's manifest.c defines in the
 * writable data segment), fully checked, for a target with no tender;
 * aborts with a message if it is invalid. */
struct mft *kiln_image_manifest(char *note);
/* Looks up an attached device by name and type: the first entry with that
 * name decides. EINVAL for an unknown name, the wrong type or detached. */
solo5_result_t kiln_device_acquire(const char *name, uint32_t type,
                                   solo5_handle_t *handle,
                                   const struct mft_entry **entry);
/* The attached entry of this type at `handle`, or NULL. */
const struct mft_entry *kiln_device_get(solo5_handle_t handle, uint32_t type);
unsigned kiln_net_count(void);

/* acquire.c: solo5_net_acquire and solo5_block_acquire read the entry's
 * u.net_basic / u.block_basic, which the target MUST have filled in.
 * kiln_block_check returns the entry if [offset, offset + size) is exactly
 * one whole, in-range block of an attached BLOCK_BASIC device, else NULL. */
const struct mft_entry *kiln_block_check(solo5_handle_t handle,
                                         solo5_off_t offset, size_t size);

/* mem.c: memcpy, memmove, memset, memcmp (local to the bindings object). */
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

/* The raw time-stamp counter. */
static inline uint64_t kiln_rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

#endif
