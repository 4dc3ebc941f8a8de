/* Console output: the PUTS hypercall; the tender writes the bytes to its stdout. */
#include "hvt.h"

void platform_console_write(const char *buf, size_t size)
{
    struct hvt_hc_puts hc = {.data = (uint64_t)(uintptr_t)buf, .len = size};

    if (size > 0)
        hvt_hypercall(HVT_HC_PUTS, &hc);
}
