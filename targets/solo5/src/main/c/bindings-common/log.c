/* Console output and the leveled, minimal formatter used for boot messages. */
#include "bindings.h"

static enum kiln_log_level current_level = LOG_INFO;

void solo5_console_write(const char *buf, size_t size)
{
    if (buf != NULL)
        platform_console_write(buf, size);
}

void kiln_log_set_level(enum kiln_log_level level)
{
    current_level = level;
}

static size_t put_number(char *out, uint64_t value, unsigned base)
{
    char digits[20];
    size_t n = 0, i;

    do {
        digits[n++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value != 0);
    for (i = 0; i < n; i++)
        out[i] = digits[n - 1 - i];
    return n;
}

/* Formats into a fixed buffer and writes it once; long output is cut. */
void kiln_log(enum kiln_log_level level, const char *fmt, ...)
{
    char buf[256];
    size_t len = 0;
    va_list ap;
    int long_arg;

    if (level > current_level)
        return;
    va_start(ap, fmt);
    for (; *fmt != '\0' && len < sizeof buf - 24; fmt++) {
        if (*fmt != '%' || fmt[1] == '\0') {
            buf[len++] = *fmt;
            continue;
        }
        fmt++;
        long_arg = *fmt == 'l';
        if (long_arg && fmt[1] != '\0')
            fmt++;
        if (*fmt == 's') {
            const char *s = va_arg(ap, const char *);
            while (*s != '\0' && len < sizeof buf - 24)
                buf[len++] = *s++;
        } else if (*fmt == 'd') {
            long v = long_arg ? va_arg(ap, long) : va_arg(ap, int);
            uint64_t magnitude = v < 0 ? -(uint64_t)v : (uint64_t)v;
            if (v < 0)
                buf[len++] = '-';
            len += put_number(buf + len, magnitude, 10);
        } else if (*fmt == 'u' || *fmt == 'x') {
            uint64_t v = long_arg ? va_arg(ap, unsigned long)
                                  : va_arg(ap, unsigned int);
            len += put_number(buf + len, v, *fmt == 'u' ? 10 : 16);
        } else {
            buf[len++] = *fmt;
        }
    }
    va_end(ap);
    platform_console_write(buf, len);
}
