/* C-only hello image: the smallest useful guest, also used by the boot benchmarks. */
#include "solo5.h"

int solo5_app_main(const struct solo5_start_info *info)
{
    static const char line[] = "Hello from C\n";

    (void)info;
    solo5_console_write(line, sizeof line - 1);
    return SOLO5_EXIT_SUCCESS;
}
