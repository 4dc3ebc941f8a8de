/* Kiln libc: the only locale is "C" (UTF-8 conversions are fixed). */
#ifndef KILN_LOCALE_H
#define KILN_LOCALE_H

#include <stddef.h>

#define LC_ALL 6

char *setlocale(int category, const char *locale);

#endif
