/* What a trap does: print "Solo5: trap: ..." and halt with the trap frame as the HALT cookie. */
#include "hvt.h"
#include "x86_64/trap_report.h"

/* The HALT cookie must point at >= 512 readable bytes (ABI §9.2). */
static union {
    struct x86_trap_frame frame;
    uint8_t bytes[512];
} halt_cookie;

static const char *const exception_names[32] = {
    "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
    "#DF", "#9", "#TS", "#NP", "#SS", "#GP", "#PF", "#15",
    "#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "#22", "#23",
    "#24", "#25", "#26", "#27", "#HV", "#VC", "#SX", "#31",
};

void hvt_trap(struct x86_trap_frame *f) __attribute__((noreturn));

/* Interrupts stay disabled on hvt, so an IRQ vector means a stray "int". */
void hvt_trap(struct x86_trap_frame *f)
{
    const char *type = f->vector < 32 ? exception_names[f->vector] : "IRQ";
    uint64_t fault_address = x86_read_cr2(); /* before anything can fault again */

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
