/* Trap entry: a 16-byte stub per vector pushes an error code and the vector, then builds the frame for hvt_trap. */

    .text

/* The CPU pushes an error code for these vectors only. */
#define HAS_ERROR_CODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || \
                           (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

/* cpu.c finds the stub of vector v at hvt_trap_stubs + 16 * v. A stub is
 * at most 9 bytes: two 2-byte pushes (imm8, vectors < 128) and a jmp. */
    .globl hvt_trap_stubs
    .balign 16
hvt_trap_stubs:
    .set vector, 0
    .rept 48
    .balign 16
    .if !HAS_ERROR_CODE(vector)
    pushq $0
    .endif
    pushq $vector
    jmp hvt_trap_common
    .set vector, vector + 1
    .endr

/* Every vector has its own IST stack, aligned by the CPU, so after its
 * 5 words, the stub's 2 and the 15 below %rsp is 16-byte aligned for the
 * call. hvt_trap never returns: every trap halts the VM. */
hvt_trap_common:
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
    call hvt_trap
1:  hlt
    jmp 1b

    .section .note.GNU-stack, "", @progbits
