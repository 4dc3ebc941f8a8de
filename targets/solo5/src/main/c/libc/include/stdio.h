/* Kiln libc: there are no files; FILE exists only so that TeaVM's headers compile. */
#ifndef KILN_STDIO_H
#define KILN_STDIO_H

#include <stdarg.h>
#include <stddef.h>

typedef struct kiln_file FILE;

#endif
