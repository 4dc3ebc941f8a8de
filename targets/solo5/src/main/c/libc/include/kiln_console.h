/* Kiln libc: buffered console output over solo5_console_write. */
#ifndef KILN_CONSOLE_H
#define KILN_CONSOLE_H

#include <stddef.h>

/* Queues bytes; a full buffer or a newline writes them out. */
void kiln_console_put(const char *bytes, size_t size);

/* Writes out whatever is queued. Safe to call at any time, including from abort. */
void kiln_console_flush(void);

#endif
