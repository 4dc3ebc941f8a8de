/* The trap frame X86_TRAP_FRAME_CALL (trap_entry.h) builds, and the report and abort a fatal
 * trap ends in; included by the one file of a target that handles traps. */
#ifndef KILN_X86_64_TRAP_REPORT_H
#define KILN_X86_64_TRAP_REPORT_H

#include "bindings.h"

/* Laid out by trap_entry.h and the CPU, lowest address first. */
struct x86_trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error_code;
    uint64_t rip, cs, rflags, rsp, ss; /* pushed by the CPU */
};
_Static_assert(sizeof(struct x86_trap_frame) == 22 * 8, "trap frame size");
_Static_assert(sizeof(struct x86_trap_frame) % 16 == 0,
               "keeps the stack aligned for the call");

/* The faulting address of the last page fault. */
static inline uint64_t x86_read_cr2(void)
{
    uint64_t cr2;

    __asm__ volatile("movq %%cr2, %0" : "=r"(cr2));
    return cr2;
}

static const char *const x86_exception_names[32] = {
    "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
    "#DF", "?9",  "#TS", "#NP", "#SS", "#GP", "#PF", "?15",
    "#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "?22", "?23",
    "?24", "?25", "?26", "?27", "#HV", "#VC", "#SX", "?31"};

/* Reports an exception the way Solo5 does ("Solo5: trap: ...", then the
 * page-fault address and "solo5_abort() called") and exits with
 * SOLO5_EXIT_ABORT. */
static inline __attribute__((noreturn)) void
x86_trap_abort(const struct x86_trap_frame *f)
{
    uint64_t cr2 = x86_read_cr2(); /* before anything can fault again */

    kiln_log(LOG_ERROR,
             "Solo5: trap: type=%s ec=0x%lx rip=0x%lx rsp=0x%lx rflags=0x%lx\n",
             x86_exception_names[f->vector & 31], f->error_code, f->rip,
             f->rsp, f->rflags);
    if (f->vector == 14)
        kiln_log(LOG_ERROR, "Solo5: trap: page fault at cr2=0x%lx\n", cr2);
    kiln_log(LOG_ERROR, "Solo5: solo5_abort() called\n");
    platform_exit(SOLO5_EXIT_ABORT);
}

#endif
