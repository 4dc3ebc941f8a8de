/* Trap and IRQ entry stubs: they run on IST stacks and hand over to cpu.c. */
#include "x86_64/trap_entry.h"

    .text
    .code64

/* cpu.c finds the stub of vector v at virtio_trap_stubs + 16 * v:
 * exceptions 0..31, whose common frame goes to virtio_trap (it never
 * returns), then IRQs 32..47, which push only their vector. */
    .globl virtio_trap_stubs
    .balign 16
virtio_trap_stubs:
    X86_TRAP_STUBS 0, 31, trap_common
    .set irq_vector, 32
    .rept 16
    .balign 16
    pushq $irq_vector
    jmp irq_common
    .set irq_vector, irq_vector + 1
    .endr

trap_common:
    X86_TRAP_FRAME_CALL virtio_trap

/* IRQs: only the registers C may clobber are saved (plus %rbp for
 * alignment); the application's red zone and SSE state are never touched,
 * as the CPU has switched to IST1 and the handlers use no FPU. */
irq_common:
    X86_PUSH_CALLER_SAVED
    pushq %rbp
    cld
    movq 80(%rsp), %rdi
    call virtio_irq
    popq %rbp
    X86_POP_CALLER_SAVED
    addq $8, %rsp
    iretq

/* No executable stack wanted. */
    .section .note.GNU-stack, "", @progbits
