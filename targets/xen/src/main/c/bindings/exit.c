/* Leaving the image: on Xen a console line with the status, then SCHEDOP_shutdown; elsewhere
 * QEMU's isa-debug-exit, else halt. */
#include "xen.h"

#define DEBUG_EXIT_PORT 0x501

struct sched_shutdown {
    uint32_t reason;
};

static void write_status(int status)
{
    char line[40] = "Kiln: exit status ";
    char digits[12];
    size_t n = 18, d = 0;
    unsigned value = status < 0 ? 255u : (unsigned)status;

    do
        digits[d++] = (char)('0' + value % 10);
    while ((value /= 10) != 0);
    while (d > 0)
        line[n++] = digits[--d];
    line[n++] = '\n';
    platform_console_write(line, n);
}

void platform_exit(int status)
{
    __asm__ volatile("cli");
    if (xen_present) {
        /* Xen's shutdown reasons carry no number: the status goes to the
         * console, and the reason tells success from failure. */
        struct sched_shutdown s = {status == 0 ? SHUTDOWN_poweroff : SHUTDOWN_crash};

        write_status(status);
        console_flush();
        hypercall3(HYPERCALL_sched_op, SCHEDOP_shutdown, (uintptr_t)&s, 0);
    } else {
        /* Not on Xen (QEMU's PVH loader): isa-debug-exit makes QEMU exit
         * with (value << 1) | 1. */
        outw(DEBUG_EXIT_PORT, (status >= 0 && status <= 127) ? (uint16_t)status : 255);
    }
    platform_console_write("Solo5: Halted\n", 14);
    for (;;)
        __asm__ volatile("cli; hlt");
}
