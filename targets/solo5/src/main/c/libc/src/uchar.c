/* Kiln libc: stateless UTF-16 unit <-> UTF-8 conversion. */
#include <uchar.h>

#define MALFORMED ((size_t)-1)
#define REPLACEMENT 0xFFFDu

size_t c16rtomb(char *restrict out, char16_t c16, mbstate_t *restrict state)
{
    (void)state;
    if (out == NULL) {
        return 1;
    }
    unsigned int c = c16;
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
}

size_t mbrtoc16(char16_t *restrict out, const char *restrict in, size_t n,
                mbstate_t *restrict state)
{
    (void)state;
    if (in == NULL || n == 0) {
        return MALFORMED;
    }
    const unsigned char *s = (const unsigned char *)in;
    size_t length;
    unsigned int c;
    if (s[0] < 0x80) {
        length = 1;
        c = s[0];
    } else if ((s[0] & 0xE0) == 0xC0) {
        length = 2;
        c = s[0] & 0x1F;
    } else if ((s[0] & 0xF0) == 0xE0) {
        length = 3;
        c = s[0] & 0x0F;
    } else if ((s[0] & 0xF8) == 0xF0) {
        length = 4;
        c = s[0] & 0x07;
    } else {
        return MALFORMED;
    }
    if (length > n) {
        return MALFORMED;
    }
    for (size_t i = 1; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return MALFORMED;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (out != NULL) {
        *out = (char16_t)(c > 0xFFFF ? REPLACEMENT : c);
    }
    return length;
}
