/* CPU tables: a GDT with a 64-bit TSS, and an IDT whose every vector runs on an IST stack (ABI §9.3). */
#include "hvt.h"

#define GDT_CODE 0x08 /* the selectors the tender's own GDT uses too */
#define GDT_DATA 0x10
#define GDT_TSS 0x18
#define IST_STACK_SIZE 4096
#define TRAP_VECTORS 48 /* 32 exceptions, then IRQs 32..47 */
#define TRAP_STUB_SIZE 16

/* IST slots (1-based in the gate): IRQs, exceptions, then NMI and #DF,
 * which may arrive while an exception is on its way in. */
enum { IST_IRQ = 1, IST_TRAP = 2, IST_CRITICAL = 3 };

struct tss64 {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
} __attribute__((packed));
_Static_assert(sizeof(struct tss64) == 104, "64-bit TSS is 104 bytes");
_Static_assert(offsetof(struct tss64, ist) == 36, "IST1 at 36");

struct idt_gate {
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;
    uint8_t flags; /* 0x8e: present, DPL 0, 64-bit interrupt gate */
    uint16_t offset_mid;
    uint32_t offset_high;
    uint32_t reserved;
};
_Static_assert(sizeof(struct idt_gate) == 16, "IDT gate is 16 bytes");

struct table_register {
    uint16_t limit;
    uint64_t base;
} __attribute__((packed));

/* null, code, data, then the TSS descriptor in two slots */
static uint64_t gdt[5] __attribute__((aligned(16)));
static struct idt_gate idt[TRAP_VECTORS] __attribute__((aligned(16)));
static struct tss64 tss __attribute__((aligned(16)));
static uint8_t ist_stacks[3][IST_STACK_SIZE] __attribute__((aligned(16)));

/* traps.S: one TRAP_STUB_SIZE-byte entry stub per vector. */
extern const char hvt_trap_stubs[];

void hvt_wrmsr(uint32_t msr, uint64_t value)
{
    __asm__ volatile("wrmsr"
                     :
                     : "c"(msr), "a"((uint32_t)value),
                       "d"((uint32_t)(value >> 32)));
}

static void gdt_init(void)
{
    uint64_t base = (uint64_t)(uintptr_t)&tss;
    uint64_t limit = sizeof tss - 1;

    gdt[1] = 0x00af9a000000ffffull; /* 64-bit code, present, DPL 0 */
    gdt[2] = 0x00cf92000000ffffull; /* data, writable, present, DPL 0 */
    gdt[3] = (limit & 0xffff) | (base & 0xffffff) << 16 |
             0x89ull << 40 /* present, available 64-bit TSS */ |
             (limit >> 16 & 0xf) << 48 | (base >> 24 & 0xff) << 56;
    gdt[4] = base >> 32;
}

static void idt_set(unsigned vector, unsigned ist)
{
    uint64_t entry =
        (uint64_t)(uintptr_t)hvt_trap_stubs + vector * TRAP_STUB_SIZE;

    idt[vector] = (struct idt_gate){
        .offset_low = (uint16_t)entry,
        .selector = GDT_CODE,
        .ist = (uint8_t)ist,
        .flags = 0x8e,
        .offset_mid = (uint16_t)(entry >> 16),
        .offset_high = (uint32_t)(entry >> 32),
    };
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
    struct table_register gdtr = {sizeof gdt - 1, (uint64_t)(uintptr_t)gdt};
    struct table_register idtr = {sizeof idt - 1, (uint64_t)(uintptr_t)idt};

    __asm__ volatile("lgdt %0" : : "m"(gdtr) : "memory");
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
                     : [cs] "i"(GDT_CODE), [ds] "i"(GDT_DATA)
                     : "rax", "memory");
    __asm__ volatile("ltr %w0" : : "r"(GDT_TSS) : "memory");
    __asm__ volatile("lidt %0" : : "m"(idtr) : "memory");
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
