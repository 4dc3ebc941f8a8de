/* Kiln libc: UTF-16 <-> UTF-8 conversion of single units, as TeaVM's string runtime uses it. */
#ifndef KILN_UCHAR_H
#define KILN_UCHAR_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

typedef uint_least16_t char16_t;
typedef uint_least32_t char32_t;

/* Writes the UTF-8 form of one UTF-16 unit (a lone surrogate is written as
 * its three-byte form) and returns the byte count. */
size_t c16rtomb(char *restrict out, char16_t c16, mbstate_t *restrict state);

/* Decodes one UTF-8 sequence of at most n bytes. Returns the bytes used, or
 * (size_t)-1 for a malformed or truncated sequence; a character beyond the
 * BMP becomes U+FFFD. */
size_t mbrtoc16(char16_t *restrict out, const char *restrict in, size_t n,
                mbstate_t *restrict state);

#endif
