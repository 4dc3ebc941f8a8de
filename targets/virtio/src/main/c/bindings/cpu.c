/* GDT with a 64-bit TSS and IST stacks, and the IDT for traps (abort) and IRQs 32..47. */
#include "virtio.h"

#define SEL_CODE64 0x08
#define SEL_TSS 0x18
#define IST_IRQ 1  /* IRQs */
#define IST_TRAP 2 /* exceptions */
#define IST_NMI 3  /* NMI and double fault */
#define IST_SIZE 8192

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

struct idt_gate {
    uint16_t offset_low, selector;
    uint8_t ist, type;
    uint16_t offset_mid;
    uint32_t offset_high, reserved;
};
_Static_assert(sizeof(struct idt_gate) == 16, "IDT gate is 16 bytes");

struct table_pointer {
    uint16_t limit;
    uint64_t base;
} __attribute__((packed));

extern const uint64_t virtio_trap_entries[48]; /* traps.S */

static uint64_t gdt[5];
static struct tss64 tss;
static struct idt_gate idt[48];
static uint8_t ist_stacks[3][IST_SIZE] __attribute__((aligned(16)));

static void set_gate(unsigned vector, unsigned ist)
{
    uint64_t entry = virtio_trap_entries[vector];
    struct idt_gate *g = &idt[vector];

    g->offset_low = (uint16_t)entry;
    g->selector = SEL_CODE64;
    g->ist = (uint8_t)ist;
    g->type = 0x8e; /* present, ring 0, 64-bit interrupt gate (clears IF) */
    g->offset_mid = (uint16_t)(entry >> 16);
    g->offset_high = (uint32_t)(entry >> 32);
    g->reserved = 0;
}

static void load_gdt(void)
{
    uint64_t base = (uint64_t)(uintptr_t)&tss;
    uint64_t limit = sizeof tss - 1;
    struct table_pointer p = {sizeof gdt - 1, (uint64_t)(uintptr_t)gdt};

    gdt[0] = 0;
    gdt[1] = 0x00af9a000000ffffull; /* 0x08: 64-bit code, as in boot.S */
    gdt[2] = 0x00cf92000000ffffull; /* 0x10: data */
    /* 0x18: available 64-bit TSS, two slots. */
    gdt[3] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
             (0x89ull << 40) | (((limit >> 16) & 0xf) << 48) |
             (((base >> 24) & 0xff) << 56);
    gdt[4] = base >> 32;
    __asm__ volatile("lgdt %0" : : "m"(p) : "memory");
    __asm__ volatile("ltr %w0" : : "r"(SEL_TSS));
}

void cpu_init(void)
{
    struct table_pointer p = {sizeof idt - 1, (uint64_t)(uintptr_t)idt};
    unsigned v;

    tss.ist[IST_IRQ - 1] = (uint64_t)(uintptr_t)(ist_stacks[0] + IST_SIZE);
    tss.ist[IST_TRAP - 1] = (uint64_t)(uintptr_t)(ist_stacks[1] + IST_SIZE);
    tss.ist[IST_NMI - 1] = (uint64_t)(uintptr_t)(ist_stacks[2] + IST_SIZE);
    tss.iomap_base = sizeof tss; /* no I/O bitmap */
    load_gdt();
    for (v = 0; v < 48; v++)
        set_gate(v, v >= 32                ? IST_IRQ
                    : v == 2 || v == 8 ? IST_NMI
                                       : IST_TRAP);
    __asm__ volatile("lidt %0" : : "m"(p) : "memory");
}

static const char *const trap_names[32] = {
    "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
    "#DF", "?9",  "#TS", "#NP", "#SS", "#GP", "#PF", "?15",
    "#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "?22", "?23",
    "?24", "?25", "?26", "?27", "#HV", "#VC", "#SX", "?31"};

/* Frame layout: see trap_common in traps.S. */
enum { F_R15, F_RAX = 14, F_VECTOR, F_ERROR, F_RIP, F_CS, F_RFLAGS, F_RSP };

void virtio_trap(const uint64_t *frame)
{
    uint64_t cr2;

    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    kiln_log(LOG_ERROR,
             "Solo5: trap: type=%s ec=0x%lx rip=0x%lx rsp=0x%lx rflags=0x%lx\n",
             trap_names[frame[F_VECTOR] & 31], frame[F_ERROR], frame[F_RIP],
             frame[F_RSP], frame[F_RFLAGS]);
    if (frame[F_VECTOR] == 14)
        kiln_log(LOG_ERROR, "Solo5: trap: page fault at cr2=0x%lx\n", cr2);
    kiln_log(LOG_ERROR, "Solo5: solo5_abort() called\n");
    platform_exit(SOLO5_EXIT_ABORT);
}

void virtio_irq(uint64_t vector)
{
    unsigned irq = (unsigned)vector - 32;

    if (irq != 0)
        pci_ack_irq(irq); /* reading ISR lowers a level-triggered line */
    pic_eoi(irq);
}
