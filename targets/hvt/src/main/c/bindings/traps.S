/* Trap entry: a 16-byte stub per vector pushes an error code and the vector, then builds the frame for hvt_trap. */
#include "x86_64/trap_entry.h"

    .text

/* cpu.c finds the stub of vector v at hvt_trap_stubs + 16 * v. */
    .globl hvt_trap_stubs
    .balign 16
hvt_trap_stubs:
    X86_TRAP_STUBS 0, 47, hvt_trap_common

/* Every vector has its own IST stack, aligned by the CPU. hvt_trap never
 * returns: every trap halts the VM. */
hvt_trap_common:
    X86_TRAP_FRAME_CALL hvt_trap

    .section .note.GNU-stack, "", @progbits
