/* Test: a C function a Java test program imports, to check @Import/@Include wiring. */
#ifndef IMPORT_PROBE_H
#define IMPORT_PROBE_H

#include <stdint.h>

/* Sums length bytes of data starting at offset. */
int32_t import_probe_sum(const int8_t *data, int32_t offset, int32_t length);

#endif
