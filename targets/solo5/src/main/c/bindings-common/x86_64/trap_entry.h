/* Assembler macros for the trap entry stubs of the x86-64 targets: one 16-byte stub per vector
 * that makes every frame alike, the full register save before a C handler that never returns,
 * and the save and restore of the registers a C call may change, for entries that return. */
#ifndef KILN_X86_64_TRAP_ENTRY_H
#define KILN_X86_64_TRAP_ENTRY_H

/* The CPU pushes an error code for these exception vectors only. */
#define X86_HAS_ERROR_CODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || \
                               (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

/* A stub per vector \first..\last, each at a 16-byte boundary, so the
 * stub of vector v is at the first one's address + 16 * (v - \first).
 * A stub pushes a zero where the CPU pushed no error code, then the
 * vector (imm8 below 128: at most 9 bytes), and jumps to \handler. */
.macro X86_TRAP_STUBS first, last, handler
    .set x86_vector, \first
    .rept \last - \first + 1
    .balign 16
    .if !X86_HAS_ERROR_CODE(x86_vector)
    pushq $0
    .endif
    pushq $x86_vector
    jmp \handler
    .set x86_vector, x86_vector + 1
    .endr
.endm

/* After a stub: pushes %rax..%r15 and calls \handler with a pointer to the
 * frame, from low to high r15..rax (15), vector, error code, then the
 * CPU's rip, cs, rflags, rsp, ss: 22 words, so %rsp, 16-byte aligned by
 * the CPU, is aligned at the call. \handler never returns; if it did,
 * the CPU halts. */
.macro X86_TRAP_FRAME_CALL handler
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
    call \handler
1:  cli
    hlt
    jmp 1b
.endm

/* The nine registers a C call may change, for an entry that returns. */
.macro X86_PUSH_CALLER_SAVED
    pushq %rax
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
.endm

.macro X86_POP_CALLER_SAVED
    popq %r11
    popq %r10
    popq %r9
    popq %r8
    popq %rdi
    popq %rsi
    popq %rdx
    popq %rcx
    popq %rax
.endm

#endif
