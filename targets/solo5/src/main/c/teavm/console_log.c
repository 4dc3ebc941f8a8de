/* Kiln's TeaVM platform: the runtime's log and System.out/err, UTF-8 on the Solo5 console. */
#include "kiln_platform.h"
#include "log.h" /* TeaVM's generated log.h, found through -iquote */
#include <kiln_console.h>

static void put_code_point(uint32_t c)
{
    char bytes[4];
    size_t n;
    if (c < 0x80) {
        bytes[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        bytes[0] = (char)(0xC0 | (c >> 6));
        bytes[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        bytes[0] = (char)(0xE0 | (c >> 12));
        bytes[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        bytes[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else if (c < 0x110000) {
        bytes[0] = (char)(0xF0 | (c >> 18));
        bytes[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        bytes[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        bytes[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    } else {
        bytes[0] = '?';
        n = 1;
    }
    kiln_console_put(bytes, n);
}

void teavm_printString(char16_t *s)
{
    while (*s != 0) {
        uint32_t c = *s++;
        if (c >= 0xD800 && c < 0xDC00 && *s >= 0xDC00 && *s < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (*s++ - 0xDC00u);
        }
        put_code_point(c);
    }
}

void teavm_printWString(wchar_t *s)
{
    while (*s != 0) {
        put_code_point((uint32_t)*s++);
    }
}

void teavm_printInt(int32_t value)
{
    char digits[12];
    size_t at = sizeof(digits);
    uint32_t magnitude = value < 0 ? 0u - (uint32_t)value : (uint32_t)value;
    do {
        digits[--at] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) {
        digits[--at] = '-';
    }
    kiln_console_put(digits + at, sizeof(digits) - at);
}

/* System.out and System.err hand over their UTF-8 bytes one at a time. */
void teavm_logchar(int32_t byte)
{
    char b = (char)byte;
    kiln_console_put(&b, 1);
}

void teavm_logCodePoint(int32_t c)
{
    put_code_point((uint32_t)c);
}
