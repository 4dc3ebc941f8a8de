/* Console output for the Java console driver. */
#include "kiln_drivers.h"
#include "solo5.h"

void kiln_console_write(const void *data, int32_t offset, int32_t length)
{
    if (length > 0)
        solo5_console_write((const char *)data + offset, (size_t)length);
}
