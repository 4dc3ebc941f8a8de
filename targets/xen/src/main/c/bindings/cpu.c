/* The long-mode GDT and the IDT: exceptions abort with a report, the upcall vector wakes yield. */
#include "xen.h"
#include "x86_64/descriptors.h"
#include "x86_64/trap_report.h"

extern const char xen_trap_stubs[];  /* traps.S, exceptions 0..31 */
extern char xen_upcall_entry[];      /* traps.S */

static uint64_t gdt[3] = {0, GDT_CODE64, GDT_DATA};
static struct idt_gate idt[256];

void cpu_init(void)
{
    uint64_t stubs = (uint64_t)(uintptr_t)xen_trap_stubs;
    unsigned v;

    x86_lgdt(gdt, sizeof gdt);
    for (v = 0; v < 32; v++)
        idt[v] = x86_interrupt_gate(stubs + v * X86_TRAP_STUB_SIZE, 0);
    idt[XEN_UPCALL_VECTOR] =
        x86_interrupt_gate((uint64_t)(uintptr_t)xen_upcall_entry, 0);
    x86_lidt(idt, sizeof idt);
}

void xen_trap(const struct x86_trap_frame *frame)
{
    x86_trap_abort(frame);
}
