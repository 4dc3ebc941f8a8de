/* Console output: write(2) to the tender's stdout. */
#include "spt.h"
#include "sys.h"

void platform_console_write(const char *buf, size_t size)
{
    while (size > 0) {
        long n = sys_call4(SYS_WRITE, 1, (long)buf, (long)size, 0);
        if (n == -SPT_EINTR)
            continue;
        if (n <= 0)
            return;
        buf += n;
        size -= (size_t)n;
    }
}
