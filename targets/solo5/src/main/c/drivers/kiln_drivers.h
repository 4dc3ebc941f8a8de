/* The C functions Kiln's Java drivers import: thin adapters from Java's calling shapes (array
 * plus offset, 64-bit integers, output arrays) onto the Solo5 guest interface. No policy here. */
#ifndef KILN_DRIVERS_H
#define KILN_DRIVERS_H

#include <stdint.h>

void kiln_console_write(const void *data, int32_t offset, int32_t length);
/* Flushes buffered console output, then solo5_exit(status). */
void kiln_exit(int32_t status);
int64_t kiln_clock_monotonic(void);
int64_t kiln_clock_wall(void);
int64_t kiln_yield(int64_t deadline);
/* out[0] = handle, out[1] = capacity, out[2] = block size. Returns a solo5_result_t. */
int32_t kiln_block_acquire(const char *name, int64_t *out);
int32_t kiln_block_read(int64_t handle, int64_t offset, void *data, int32_t data_offset,
                        int32_t length);
int32_t kiln_block_write(int64_t handle, int64_t offset, const void *data, int32_t data_offset,
                         int32_t length);
/* out[0] = handle, out[1] = MTU, out[2] = MAC address (first byte most significant).
 * Returns a solo5_result_t. */
int32_t kiln_net_acquire(const char *name, int64_t *out);
/* Reads one frame to data + data_offset; on SOLO5_R_OK, out_length[0] = its length.
 * SOLO5_R_AGAIN when no frame waits. */
int32_t kiln_net_read(int64_t handle, void *data, int32_t data_offset, int32_t size,
                      int32_t *out_length);
int32_t kiln_net_write(int64_t handle, const void *data, int32_t data_offset, int32_t length);

#endif
