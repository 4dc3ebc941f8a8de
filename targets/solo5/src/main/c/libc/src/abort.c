/* Kiln libc: abort keeps what was printed, then ends the guest. */
#include <kiln_abort.h>
#include <kiln_console.h>
#include <solo5.h>
#include <stddef.h>
#include <stdlib.h>

static void (*last_words)(void);

void kiln_on_abort(void (*handler)(void))
{
    last_words = handler;
}

void abort(void)
{
    void (*handler)(void) = last_words;
    last_words = NULL; /* an abort inside the handler must not loop */
    if (handler != NULL) {
        handler();
    }
    kiln_console_flush();
    solo5_abort();
}
