/* Output helpers shared by the test images of every Solo5 target (they have no libc). */
#ifndef KILN_TESTLIB_H
#define KILN_TESTLIB_H

#include <stddef.h>
#include <stdint.h>

#include "solo5.h"

void test_puts(const char *s);
void test_put_u64(uint64_t value);
void test_put_hex(uint64_t value, unsigned digits);
/* Prints "FAIL: <what>" and exits with SOLO5_EXIT_FAILURE. */
void test_fail(const char *what) __attribute__((noreturn));

#endif
