/* Trap and IRQ entry stubs: they run on IST stacks and hand over to cpu.c. */

    .text
    .code64

/* Exceptions: push a zero where the CPU pushes no error code, then the
 * vector, so every frame looks alike; virtio_trap never returns. */
.macro TRAP vec, has_error
    .balign 16
trap_\vec:
    .if \has_error == 0
    pushq $0
    .endif
    pushq $\vec
    jmp trap_common
.endm

.macro IRQ vec
    .balign 16
irq_\vec:
    pushq $\vec
    jmp irq_common
.endm

    TRAP 0, 0
    TRAP 1, 0
    TRAP 2, 0
    TRAP 3, 0
    TRAP 4, 0
    TRAP 5, 0
    TRAP 6, 0
    TRAP 7, 0
    TRAP 8, 1
    TRAP 9, 0
    TRAP 10, 1
    TRAP 11, 1
    TRAP 12, 1
    TRAP 13, 1
    TRAP 14, 1
    TRAP 15, 0
    TRAP 16, 0
    TRAP 17, 1
    TRAP 18, 0
    TRAP 19, 0
    TRAP 20, 0
    TRAP 21, 1
    .irp vec, 22, 23, 24, 25, 26, 27, 28
    TRAP \vec, 0
    .endr
    TRAP 29, 1
    TRAP 30, 1
    TRAP 31, 0
    .irp vec, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47
    IRQ \vec
    .endr

/* Frame for virtio_trap, from low to high: r15..rax (15), vector, error
 * code, then the CPU's rip, cs, rflags, rsp, ss. 176 bytes keep %rsp
 * 16-byte aligned at the call. */
trap_common:
    pushq %rax
    pushq %rbx
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %rbp
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    cld
    movq %rsp, %rdi
    call virtio_trap
1:  cli
    hlt
    jmp 1b

/* IRQs: only the registers C may clobber are saved (plus %rbp for
 * alignment); the application's red zone and SSE state are never touched,
 * as the CPU has switched to IST1 and the handlers use no FPU. */
irq_common:
    pushq %rax
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    pushq %rbp
    cld
    movq 80(%rsp), %rdi
    call virtio_irq
    popq %rbp
    popq %r11
    popq %r10
    popq %r9
    popq %r8
    popq %rdi
    popq %rsi
    popq %rdx
    popq %rcx
    popq %rax
    addq $8, %rsp
    iretq

/* Entry addresses for cpu.c, indexed by vector 0..47. */
    .section .rodata
    .balign 8
    .globl virtio_trap_entries
virtio_trap_entries:
    .irp vec, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    .quad trap_\vec
    .endr
    .irp vec, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
    .quad trap_\vec
    .endr
    .irp vec, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47
    .quad irq_\vec
    .endr

/* No executable stack wanted. */
    .section .note.GNU-stack, "", @progbits
