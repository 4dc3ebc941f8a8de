/* CPU tables: a GDT with a 64-bit TSS, and an IDT whose every vector runs on an IST stack (ABI §9.3). */
#include "hvt.h"
#include "x86_64/cpu.h"
#include "x86_64/descriptors.h"

#define IST_STACK_SIZE 4096
#define TRAP_VECTORS 48 /* 32 exceptions, then IRQs 32..47 */

/* IST slots (1-based in the gate): IRQs, exceptions, then NMI and #DF,
 * which may arrive while an exception is on its way in. */
enum { IST_IRQ = 1, IST_TRAP = 2, IST_CRITICAL = 3 };

/* null, code, data, then the TSS descriptor in two slots */
static uint64_t gdt[5] __attribute__((aligned(16)));
static struct idt_gate idt[TRAP_VECTORS] __attribute__((aligned(16)));
static struct tss64 tss __attribute__((aligned(16)));
static uint8_t ist_stacks[3][IST_STACK_SIZE] __attribute__((aligned(16)));

/* traps.S: one X86_TRAP_STUB_SIZE-byte entry stub per vector. */
extern const char hvt_trap_stubs[];

void hvt_wrmsr(uint32_t msr, uint64_t value)
{
    wrmsr(msr, value);
}

static void gdt_init(void)
{
    gdt[1] = GDT_CODE64;
    gdt[2] = GDT_DATA;
    x86_tss_descriptor(&gdt[3], &tss);
}

static void idt_set(unsigned vector, unsigned ist)
{
    idt[vector] = x86_interrupt_gate(
        (uint64_t)(uintptr_t)hvt_trap_stubs + vector * X86_TRAP_STUB_SIZE, ist);
}

static void idt_init(void)
{
    unsigned v;

    for (v = 0; v < 32; v++)
        idt_set(v, v == 2 || v == 8 ? IST_CRITICAL : IST_TRAP);
    for (; v < TRAP_VECTORS; v++)
        idt_set(v, IST_IRQ);
}

/* Loads the tables, reloads CS with a far return and the data segments;
 * FS and GS are left alone so the FS base survives. */
static void tables_load(void)
{
    x86_lgdt(gdt, sizeof gdt);
    __asm__ volatile("pushq %[cs]\n\t"
                     "leaq 1f(%%rip), %%rax\n\t"
                     "pushq %%rax\n\t"
                     "lretq\n"
                     "1:\n\t"
                     "movl %[ds], %%eax\n\t"
                     "movl %%eax, %%ds\n\t"
                     "movl %%eax, %%es\n\t"
                     "movl %%eax, %%ss"
                     :
                     : [cs] "i"(SEL_CODE64), [ds] "i"(SEL_DATA)
                     : "rax", "memory");
    x86_ltr(SEL_TSS);
    x86_lidt(idt, sizeof idt);
}

void hvt_cpu_init(void)
{
    unsigned i;

    for (i = 0; i < 3; i++)
        tss.ist[i] = (uint64_t)(uintptr_t)(ist_stacks[i] + IST_STACK_SIZE);
    tss.iomap_base = sizeof tss; /* no I/O bitmap */
    gdt_init();
    idt_init();
    tables_load();
}
