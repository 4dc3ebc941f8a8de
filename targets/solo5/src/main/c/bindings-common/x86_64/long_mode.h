/* Assembler macros for a 32-bit entry that enters long mode and calls _start: the flat boot GDT,
 * the identity map of the low 4 GiB, the switch itself, the 64-bit set-up and the boot stack.
 * Included by the .S entry of a target that starts in 32-bit protected mode (virtio, xen). */
#ifndef KILN_X86_64_LONG_MODE_H
#define KILN_X86_64_LONG_MODE_H

#define CR0_PE (1 << 0)
#define CR0_MP (1 << 1)
#define CR0_EM (1 << 2)
#define CR0_NE (1 << 5)
#define CR0_PG (1 << 31)
#define CR4_PAE (1 << 5)
#define CR4_OSFXSR (1 << 9)
#define CR4_OSXMMEXCPT (1 << 10)
#define MSR_EFER 0xC0000080
#define EFER_LME (1 << 8)

#define SEL_CODE64 0x08
#define SEL_DATA 0x10

/* 32-bit: loads boot_gdt and its data selector into %ds, %es and %ss
 * (and leaves it in %ax). */
.macro BOOT_GDT_LOAD
    lgdt boot_gdt_pointer
    movw $SEL_DATA, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
.endm

/* 32-bit, paging off: turns on PAE, points %cr3 at boot_pml4, sets
 * EFER.LME, enables paging and jumps to the 64-bit code at \target. */
.macro LONG_MODE_ENTER target
    movl %cr4, %eax
    orl $CR4_PAE, %eax
    movl %eax, %cr4
    movl $boot_pml4, %eax
    movl %eax, %cr3
    movl $MSR_EFER, %ecx
    rdmsr
    orl $EFER_LME, %eax
    wrmsr
    movl %cr0, %eax
    orl $(CR0_PG | CR0_PE), %eax
    movl %eax, %cr0
    ljmp $SEL_CODE64, $\target
.endm

/* 64-bit: data segments, %fs and %gs null, the boot stack, x87 and SSE
 * on for the application (the bindings never use them), then
 * _start(\argument), a 32-bit value in memory; halts if _start returns. */
.macro LONG_MODE_START argument
    movw $SEL_DATA, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    xorw %ax, %ax
    movw %ax, %fs
    movw %ax, %gs
    leaq boot_stack_top(%rip), %rsp
    xorl %ebp, %ebp

    movq %cr0, %rax
    andq $~CR0_EM, %rax
    orq $(CR0_MP | CR0_NE), %rax
    movq %rax, %cr0
    movq %cr4, %rax
    orq $(CR4_OSFXSR | CR4_OSXMMEXCPT), %rax
    movq %rax, %cr4
    fninit
    ldmxcsr mxcsr_default(%rip)

    movl \argument(%rip), %edi
    call _start
1:  cli
    hlt
    jmp 1b
.endm

/* The data LONG_MODE_ENTER and LONG_MODE_START use: the MXCSR reset
 * value, a GDT with a 64-bit ring-0 code (0x08) and a flat data (0x10)
 * descriptor, the page tables and a 16 KiB boot stack.
 *
 * The page tables identity-map the low 4 GiB, present, writable and
 * executable: 2 MiB pages, except the first 2 MiB in 4 KiB pages (boot_pt)
 * with page 0 absent so that NULL pointers fault. */
.macro BOOT_TABLES
    .section .rodata
    .balign 4
mxcsr_default:
    .long 0x1f80

    .data
    .balign 8
boot_gdt:
    .quad 0
    .quad 0x00af9a000000ffff /* 0x08: 64-bit code, ring 0 */
    .quad 0x00cf92000000ffff /* 0x10: flat data */
boot_gdt_end:
boot_gdt_pointer:
    .word boot_gdt_end - boot_gdt - 1
    .long boot_gdt

    .balign 4096
boot_pml4:
    .quad boot_pdpt + 0x3
    .fill 511, 8, 0
boot_pdpt:
    .set boot_n, 0
    .rept 4
    .quad boot_pd + boot_n * 0x1000 + 0x3
    .set boot_n, boot_n + 1
    .endr
    .fill 508, 8, 0
boot_pd:
    .quad boot_pt + 0x3
    .set boot_n, 1
    .rept 2047
    .quad (boot_n << 21) | 0x83 /* present, writable, 2 MiB */
    .set boot_n, boot_n + 1
    .endr
boot_pt:
    .quad 0
    .set boot_n, 1
    .rept 511
    .quad (boot_n << 12) | 0x3
    .set boot_n, boot_n + 1
    .endr

    .bss
    .balign 16
boot_stack:
    .skip 16384
boot_stack_top:
.endm

#endif
