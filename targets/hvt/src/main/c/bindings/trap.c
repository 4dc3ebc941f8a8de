/* What a trap does: print "Solo5: trap: ..." and halt with the trap frame as the HALT cookie. */
#include "hvt.h"

/* Laid out by traps.S and the CPU, lowest address first. */
struct hvt_trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error_code;
    uint64_t rip, cs, rflags, rsp, ss; /* pushed by the CPU */
};
_Static_assert(sizeof(struct hvt_trap_frame) == 22 * 8, "trap frame size");
_Static_assert(sizeof(struct hvt_trap_frame) % 16 == 0,
               "keeps the stack aligned for the call");

/* The HALT cookie must point at >= 512 readable bytes (ABI §9.2). */
static union {
    struct hvt_trap_frame frame;
    uint8_t bytes[512];
} halt_cookie;

static const char *const exception_names[32] = {
    "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
    "#DF", "#9", "#TS", "#NP", "#SS", "#GP", "#PF", "#15",
    "#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "#22", "#23",
    "#24", "#25", "#26", "#27", "#HV", "#VC", "#SX", "#31",
};

static uint64_t read_cr2(void)
{
    uint64_t cr2;
    __asm__ volatile("movq %%cr2, %0" : "=r"(cr2));
    return cr2;
}

void hvt_trap(struct hvt_trap_frame *f) __attribute__((noreturn));

/* Interrupts stay disabled on hvt, so an IRQ vector means a stray "int". */
void hvt_trap(struct hvt_trap_frame *f)
{
    const char *type = f->vector < 32 ? exception_names[f->vector] : "IRQ";
    uint64_t fault_address = read_cr2(); /* before anything can fault again */

    kiln_log(LOG_ERROR,
             "Solo5: trap: type=%s vector=%lu ec=0x%lx rip=0x%lx rsp=0x%lx "
             "rflags=0x%lx\n",
             type, f->vector, f->error_code, f->rip, f->rsp, f->rflags);
    if (f->vector == 14)
        kiln_log(LOG_ERROR, "Solo5: trap: page fault at 0x%lx\n",
                 fault_address);
    halt_cookie.frame = *f;
    hvt_halt(SOLO5_EXIT_ABORT, (uint64_t)(uintptr_t)&halt_cookie);
}
