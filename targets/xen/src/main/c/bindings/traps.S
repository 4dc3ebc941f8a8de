/* Exception entries (abort with a report) and the Xen event upcall entry (returns). */
#include "x86_64/trap_entry.h"

    .text
    .code64

/* cpu.c finds the stub of exception v at xen_trap_stubs + 16 * v; the
 * common frame goes to xen_trap, which never returns. */
    .globl xen_trap_stubs
    .balign 16
xen_trap_stubs:
    X86_TRAP_STUBS 0, 31, trap_common

trap_common:
    X86_TRAP_FRAME_CALL xen_trap

/* The event upcall arrives only while solo5_yield halts with interrupts
 * on; it saves the registers a C call may change and returns. */
    .balign 16
    .globl xen_upcall_entry
xen_upcall_entry:
    X86_PUSH_CALLER_SAVED
    cld
    call xen_upcall
    X86_POP_CALLER_SAVED
    iretq

    .section .note.GNU-stack, "", @progbits
