/* The x86-64 descriptor tables as the CPU reads them (64-bit TSS, IDT gates, GDT descriptors),
 * with helpers to fill and load them; for a target's cpu.c. */
#ifndef KILN_X86_64_DESCRIPTORS_H
#define KILN_X86_64_DESCRIPTORS_H

#include <stdint.h>

/* The GDT layout every PC target uses (and hvt's tender too): null,
 * 64-bit ring-0 code, flat data, then a 64-bit TSS in two slots. */
#define SEL_CODE64 0x08
#define SEL_DATA 0x10
#define SEL_TSS 0x18
#define GDT_CODE64 0x00af9a000000ffffull /* 64-bit code, present, DPL 0 */
#define GDT_DATA 0x00cf92000000ffffull   /* data, writable, present, DPL 0 */

/* traps.S: X86_TRAP_STUBS places the stub of vector v this many bytes
 * times v after the first. */
#define X86_TRAP_STUB_SIZE 16

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
_Static_assert(__builtin_offsetof(struct tss64, ist) == 36, "IST1 at 36");

struct idt_gate {
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;
    uint8_t type;
    uint16_t offset_mid;
    uint32_t offset_high;
    uint32_t reserved;
};
_Static_assert(sizeof(struct idt_gate) == 16, "IDT gate is 16 bytes");

struct table_pointer {
    uint16_t limit;
    uint64_t base;
} __attribute__((packed));

/* A present, ring-0, 64-bit interrupt gate (it clears IF) to entry, on
 * IST stack ist (1..7), or on the current stack if ist is 0. */
static inline struct idt_gate x86_interrupt_gate(uint64_t entry, unsigned ist)
{
    return (struct idt_gate){
        .offset_low = (uint16_t)entry,
        .selector = SEL_CODE64,
        .ist = (uint8_t)ist,
        .type = 0x8e,
        .offset_mid = (uint16_t)(entry >> 16),
        .offset_high = (uint32_t)(entry >> 32),
    };
}

/* Writes the two GDT slots of an available 64-bit TSS descriptor. */
static inline void x86_tss_descriptor(uint64_t slot[2], const struct tss64 *tss)
{
    uint64_t base = (uint64_t)(uintptr_t)tss;
    uint64_t limit = sizeof *tss - 1;

    slot[0] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
              (0x89ull << 40) | (((limit >> 16) & 0xf) << 48) |
              (((base >> 24) & 0xff) << 56);
    slot[1] = base >> 32;
}

static inline void x86_lgdt(const void *gdt, uint16_t size)
{
    struct table_pointer p = {(uint16_t)(size - 1), (uint64_t)(uintptr_t)gdt};

    __asm__ volatile("lgdt %0" : : "m"(p) : "memory");
}

static inline void x86_lidt(const void *idt, uint16_t size)
{
    struct table_pointer p = {(uint16_t)(size - 1), (uint64_t)(uintptr_t)idt};

    __asm__ volatile("lidt %0" : : "m"(p) : "memory");
}

static inline void x86_ltr(uint16_t selector)
{
    __asm__ volatile("ltr %w0" : : "r"(selector) : "memory");
}

#endif
