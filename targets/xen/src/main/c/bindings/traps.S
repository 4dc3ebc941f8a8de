/* Exception entries (abort with a report) and the Xen event upcall entry (returns). */

#define XEN_UPCALL_VECTOR 0xf3

    .text
    .code64

/* Exceptions: push a zero where the CPU pushes no error code, then the
 * vector; xen_trap gets a pointer to {vector, error, rip, cs, rflags, rsp}. */
.macro TRAP vector, has_error
    .balign 16
trap_\vector:
    .if \has_error == 0
    pushq $0
    .endif
    pushq $\vector
    jmp trap_common
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
    TRAP 22, 0
    TRAP 23, 0
    TRAP 24, 0
    TRAP 25, 0
    TRAP 26, 0
    TRAP 27, 0
    TRAP 28, 0
    TRAP 29, 1
    TRAP 30, 1
    TRAP 31, 0

trap_common:
    movq %rsp, %rdi
    andq $-16, %rsp
    call xen_trap
1:  cli
    hlt
    jmp 1b

/* The event upcall arrives only while solo5_yield halts with interrupts
 * on; it saves the registers a C call may change and returns. */
    .balign 16
    .globl xen_upcall_entry
xen_upcall_entry:
    pushq %rax
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    cld
    call xen_upcall
    popq %r11
    popq %r10
    popq %r9
    popq %r8
    popq %rdi
    popq %rsi
    popq %rdx
    popq %rcx
    popq %rax
    iretq

    .section .rodata
    .balign 8
    .globl xen_trap_entries
xen_trap_entries:
    .set v, 0
    .rept 32
    .quad trap_0 + v * 16
    .set v, v + 1
    .endr

    .section .note.GNU-stack, "", @progbits
