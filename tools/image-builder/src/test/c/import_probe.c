/* Test: the C side of ImportMain's @Import. */
#include "import_probe.h"

int32_t import_probe_sum(const int8_t *data, int32_t offset, int32_t length)
{
    int32_t sum = 0;
    for (int32_t i = 0; i < length; i++) {
        sum += data[offset + i];
    }
    return sum;
}
