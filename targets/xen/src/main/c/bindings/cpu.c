/* The long-mode GDT and the IDT: exceptions abort with a report, the upcall vector wakes yield. */
#include "xen.h"

#define SEL_CODE64 0x08

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

extern const uint64_t xen_trap_entries[32]; /* traps.S */
extern char xen_upcall_entry[];             /* traps.S */

static uint64_t gdt[3] = {0, 0x00af9a000000ffffull, 0x00cf92000000ffffull};
static struct idt_gate idt[256];

static void set_gate(unsigned vector, uint64_t entry)
{
    struct idt_gate *g = &idt[vector];

    g->offset_low = (uint16_t)entry;
    g->selector = SEL_CODE64;
    g->ist = 0;
    g->type = 0x8e; /* present, ring 0, 64-bit interrupt gate (clears IF) */
    g->offset_mid = (uint16_t)(entry >> 16);
    g->offset_high = (uint32_t)(entry >> 32);
    g->reserved = 0;
}

void cpu_init(void)
{
    struct table_pointer g = {sizeof gdt - 1, (uint64_t)(uintptr_t)gdt};
    struct table_pointer i = {sizeof idt - 1, (uint64_t)(uintptr_t)idt};
    unsigned v;

    __asm__ volatile("lgdt %0" : : "m"(g) : "memory");
    for (v = 0; v < 32; v++)
        set_gate(v, xen_trap_entries[v]);
    set_gate(XEN_UPCALL_VECTOR, (uint64_t)(uintptr_t)xen_upcall_entry);
    __asm__ volatile("lidt %0" : : "m"(i) : "memory");
}

static const char *const trap_names[32] = {
    "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
    "#DF", "?9",  "#TS", "#NP", "#SS", "#GP", "#PF", "?15",
    "#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "?22", "?23",
    "?24", "?25", "?26", "?27", "#HV", "#VC", "#SX", "?31"};

/* frame: vector, error code, then the CPU's rip, cs, rflags, rsp. */
void xen_trap(const uint64_t *frame)
{
    uint64_t cr2;

    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    kiln_log(LOG_ERROR, "Solo5: trap: type=%s ec=0x%lx rip=0x%lx rsp=0x%lx rflags=0x%lx\n",
             trap_names[frame[0] & 31], frame[1], frame[2], frame[5], frame[4]);
    if (frame[0] == 14)
        kiln_log(LOG_ERROR, "Solo5: trap: page fault at cr2=0x%lx\n", cr2);
    kiln_log(LOG_ERROR, "Solo5: solo5_abort() called\n");
    platform_exit(SOLO5_EXIT_ABORT);
}
