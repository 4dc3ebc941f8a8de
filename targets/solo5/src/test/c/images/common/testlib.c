/* Output helpers shared by the test images of every Solo5 target. */
#include "testlib.h"

void test_puts(const char *s)
{
    size_t n = 0;

    while (s[n] != '\0')
        n++;
    solo5_console_write(s, n);
}

void test_put_u64(uint64_t value)
{
    char buf[20];
    size_t n = sizeof buf;

    do {
        buf[--n] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    solo5_console_write(buf + n, sizeof buf - n);
}

void test_put_hex(uint64_t value, unsigned digits)
{
    char buf[16];
    unsigned i;

    if (digits > sizeof buf)
        digits = sizeof buf;
    for (i = 0; i < digits; i++)
        buf[digits - 1 - i] = "0123456789abcdef"[(value >> (4 * i)) & 0xf];
    solo5_console_write(buf, digits);
}

void test_fail(const char *what)
{
    test_puts("FAIL: ");
    test_puts(what);
    test_puts("\n");
    solo5_exit(SOLO5_EXIT_FAILURE);
}
