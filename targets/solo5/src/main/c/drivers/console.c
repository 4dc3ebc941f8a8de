/* Console output and exit for the Java drivers. */
#include "kiln_drivers.h"
#include "solo5.h"
#include <kiln_console.h>

void kiln_console_write(const void *data, int32_t offset, int32_t length)
{
    /* Keep order with text the runtime has buffered (System.out, runtime messages). */
    kiln_console_flush();
    if (length > 0)
        solo5_console_write((const char *)data + offset, (size_t)length);
}

void kiln_exit(int32_t status)
{
    kiln_console_flush();
    solo5_exit(status);
}
