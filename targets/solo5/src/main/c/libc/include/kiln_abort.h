/* Kiln libc: lets the layer above say its last words before abort ends the guest. */
#ifndef KILN_ABORT_H
#define KILN_ABORT_H

/* abort() calls handler once, then flushes the console and calls solo5_abort. */
void kiln_on_abort(void (*handler)(void));

#endif
