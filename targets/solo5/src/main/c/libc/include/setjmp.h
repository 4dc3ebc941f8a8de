/* Kiln libc: non-local jumps, which TeaVM's exception handling is built on. */
#ifndef KILN_SETJMP_H
#define KILN_SETJMP_H

/* rbx, rbp, r12, r13, r14, r15, rsp, return address. */
typedef unsigned long jmp_buf[8];

int setjmp(jmp_buf env) __attribute__((returns_twice));
void longjmp(jmp_buf env, int value) __attribute__((noreturn));

#endif
