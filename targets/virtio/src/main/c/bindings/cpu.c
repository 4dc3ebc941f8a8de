/* GDT with a 64-bit TSS and IST stacks, and the IDT for traps (abort) and IRQs 32..47. */
#include "virtio.h"
#include "x86_64/descriptors.h"
#include "x86_64/trap_report.h"

#define IST_IRQ 1  /* IRQs */
#define IST_TRAP 2 /* exceptions */
#define IST_NMI 3  /* NMI and double fault */
#define IST_SIZE 8192

extern const char virtio_trap_stubs[]; /* traps.S, vectors 0..47 */

static uint64_t gdt[5];
static struct tss64 tss;
static struct idt_gate idt[48];
static uint8_t ist_stacks[3][IST_SIZE] __attribute__((aligned(16)));

static void load_gdt(void)
{
    gdt[0] = 0;
    gdt[1] = GDT_CODE64; /* 0x08, as in boot.S */
    gdt[2] = GDT_DATA;   /* 0x10 */
    x86_tss_descriptor(&gdt[3], &tss);
    x86_lgdt(gdt, sizeof gdt);
    x86_ltr(SEL_TSS);
}

void cpu_init(void)
{
    uint64_t stubs = (uint64_t)(uintptr_t)virtio_trap_stubs;
    unsigned v;

    tss.ist[IST_IRQ - 1] = (uint64_t)(uintptr_t)(ist_stacks[0] + IST_SIZE);
    tss.ist[IST_TRAP - 1] = (uint64_t)(uintptr_t)(ist_stacks[1] + IST_SIZE);
    tss.ist[IST_NMI - 1] = (uint64_t)(uintptr_t)(ist_stacks[2] + IST_SIZE);
    tss.iomap_base = sizeof tss; /* no I/O bitmap */
    load_gdt();
    for (v = 0; v < 48; v++)
        idt[v] = x86_interrupt_gate(stubs + v * X86_TRAP_STUB_SIZE,
                                    v >= 32                ? IST_IRQ
                                    : v == 2 || v == 8 ? IST_NMI
                                                       : IST_TRAP);
    x86_lidt(idt, sizeof idt);
}

void virtio_trap(const struct x86_trap_frame *frame)
{
    x86_trap_abort(frame);
}

void virtio_irq(uint64_t vector)
{
    unsigned irq = (unsigned)vector - 32;

    if (irq != 0)
        pci_ack_irq(irq); /* reading ISR lowers a level-triggered line */
    pic_eoi(irq);
}
