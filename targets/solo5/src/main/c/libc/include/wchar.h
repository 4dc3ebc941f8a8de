/* Kiln libc: wide-character types; the conversion state is unused (conversions are stateless). */
#ifndef KILN_WCHAR_H
#define KILN_WCHAR_H

#include <stddef.h>

typedef struct {
    unsigned int unused;
} mbstate_t;

size_t wcslen(const wchar_t *s);

#endif
