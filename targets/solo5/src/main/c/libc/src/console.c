/* Kiln libc: line-buffered console output over solo5_console_write. */
#include <kiln_console.h>
#include <solo5.h>

#define CONSOLE_BUFFER_SIZE 1024

static char pending[CONSOLE_BUFFER_SIZE];
static size_t pending_size;

void kiln_console_flush(void)
{
    if (pending_size > 0) {
        size_t size = pending_size;
        pending_size = 0;
        solo5_console_write(pending, size);
    }
}

void kiln_console_put(const char *bytes, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        if (pending_size == CONSOLE_BUFFER_SIZE) {
            kiln_console_flush();
        }
        pending[pending_size++] = bytes[i];
        if (bytes[i] == '\n') {
            kiln_console_flush();
        }
    }
}
