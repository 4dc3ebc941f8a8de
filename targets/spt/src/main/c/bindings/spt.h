/* Private interfaces shared between the files of Kiln's spt bindings. */
#ifndef KILN_SPT_H
#define KILN_SPT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "kiln/manifest_abi.h"
#include "solo5.h"

/* What the tender leaves at guest address 0x11000 (ABI §6.2). */
struct spt_boot_info {
    uint64_t mem_size;
    uint64_t kernel_end; /* end of the highest segment with file contents */
    const char *cmdline;
    struct mft *mft; /* the tender's validated, attached copy */
    int32_t epollfd;
    int32_t timerfd; /* CLOCK_MONOTONIC, in the epoll set as data 0xFFFFFFFE */
};
_Static_assert(sizeof(struct spt_boot_info) == 40, "spt_boot_info is 40 bytes");
_Static_assert(offsetof(struct spt_boot_info, epollfd) == 32, "epollfd at 32");

#define SPT_PAGE_SIZE 4096u
#define SPT_MIN_HEAP (512u * 1024u)
#define SPT_TIMERFD_DATA 0xFFFFFFFEu

/* Symbols the linker script defines; only their addresses matter. */
extern char _stext[], _etext[], _erodata[], _edata[], _end[];
extern char _stdata[], _ltdata[], _ltbss[];

enum spt_log_level { LOG_ERROR = 1, LOG_WARN = 2, LOG_INFO = 3, LOG_DEBUG = 4 };

/* log.c: console output filtered by the boot-time level. Understands only
 * %s, %d, %u and %x, the last three optionally with an l modifier. */
void spt_log_set_level(enum spt_log_level level);
void spt_log(enum spt_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* cmdline.c: consumes leading --solo5:* options, returns the rest. */
const char *spt_cmdline_consume(const char *cmdline);

/* heap.c: fills in the heap; returns SOLO5_R_EINVAL if it is too small. */
solo5_result_t spt_heap_init(const struct spt_boot_info *bi,
                             struct solo5_start_info *si);

/* device.c: the manifest copy and handle checks. */
solo5_result_t spt_device_init(struct mft *mft);
solo5_result_t spt_device_acquire(const char *name, uint32_t type,
                                  solo5_handle_t *handle,
                                  const struct mft_entry **entry);
const struct mft_entry *spt_device_get(solo5_handle_t handle, uint32_t type);
unsigned spt_net_count(void);

/* yield.c: remembers the tender's epoll and timer fds. */
void spt_yield_init(int epollfd, int timerfd);

/* ssp.c: seeds __stack_chk_guard; must run before any protected return. */
void spt_ssp_init(void);

/* exit.c: leaves the process without logging. */
void spt_exit_now(int status) __attribute__((noreturn));

#endif
