/* Kiln's TeaVM platform layer: what its files share, not part of any public API. */
#ifndef KILN_PLATFORM_H
#define KILN_PLATFORM_H

#include <solo5.h>
#include <stddef.h>
#include <stdint.h>

/* Splits the Solo5 heap region into stack reserve, malloc arena and Java heap. */
void kiln_memory_init(const struct solo5_start_info *info);

/* The start info the bindings passed to solo5_app_main. */
const struct solo5_start_info *kiln_start_info(void);

/* Network handles that solo5_yield reported ready since the last call; clears them. */
solo5_handle_set_t kiln_take_ready_set(void);

/* Makes abort() name the exception TeaVM last threw (after TeaVM's stack trace). */
void kiln_report_uncaught_on_abort(void);

/* Tells that report that the abort comes from an exhausted heap, not an exception. */
void kiln_note_out_of_memory(void);

#endif
