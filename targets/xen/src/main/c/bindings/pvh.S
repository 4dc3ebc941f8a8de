/* The PVH entry: Xen's PHYS32_ENTRY note, and the 32-bit entry that builds page tables, enters
 * long mode and calls _start with the hvm_start_info pointer. */

#define XEN_ELFNOTE_PHYS32_ENTRY 18

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

/* Name "Xen" (4 bytes with its NUL), an 8-byte descriptor holding the
 * 32-bit physical entry address, type 18. Its own section and PT_NOTE. */
    .section .note.xen.pvh, "a", @note
    .balign 4
    .long 4
    .long 8
    .long XEN_ELFNOTE_PHYS32_ENTRY
    .asciz "Xen"
    .balign 4
    .quad pvh_start32

    .text
    .code32
    .globl _start32
    .type _start32, @function
/* PVH: flat 32-bit protected mode, paging off, interrupts off, %ebx = the
 * physical address of struct hvm_start_info, no stack. */
_start32:
pvh_start32:
    cli
    cld
    movl %ebx, xen_start_info_paddr
    lgdt boot_gdt_pointer
    movw $SEL_DATA, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    movw %ax, %fs
    movw %ax, %gs

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
    ljmp $SEL_CODE64, $long_mode
    .size _start32, . - _start32

    .code64
    .globl _start64
    .type _start64, @function
_start64:
long_mode:
    movw $SEL_DATA, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    xorw %ax, %ax
    movw %ax, %fs
    movw %ax, %gs
    leaq boot_stack_top(%rip), %rsp
    xorl %ebp, %ebp

    /* x87 and SSE for the application; the bindings never use them. */
    movq %cr0, %rax
    andq $~CR0_EM, %rax
    orq $(CR0_MP | CR0_NE), %rax
    movq %rax, %cr0
    movq %cr4, %rax
    orq $(CR4_OSFXSR | CR4_OSXMMEXCPT), %rax
    movq %rax, %cr4
    fninit
    ldmxcsr mxcsr_default(%rip)

    movl xen_start_info_paddr(%rip), %edi
    call _start
1:  cli
    hlt
    jmp 1b
    .size _start64, . - _start64

    .section .rodata
    .balign 4
mxcsr_default:
    .long 0x1f80

    .data
    .balign 8
boot_gdt:
    .quad 0
    .quad 0x00af9a000000ffff /* 0x08: 64-bit code */
    .quad 0x00cf92000000ffff /* 0x10: flat data */
boot_gdt_end:
boot_gdt_pointer:
    .word boot_gdt_end - boot_gdt - 1
    .long boot_gdt

    .globl xen_start_info_paddr
    .balign 4
xen_start_info_paddr:
    .long 0

/* Identity map of the low 4 GiB (RAM, the console and XenStore pages, the
 * grant frames): 2 MiB pages, except the first 2 MiB in 4 KiB pages with
 * page 0 absent so that NULL faults (startinfo.c maps it for a moment: a
 * loader may put the start info there). */
    .balign 4096
boot_pml4:
    .quad boot_pdpt + 0x3
    .fill 511, 8, 0
boot_pdpt:
    .set n, 0
    .rept 4
    .quad boot_pd + n * 0x1000 + 0x3
    .set n, n + 1
    .endr
    .fill 508, 8, 0
boot_pd:
    .quad boot_pt + 0x3
    .set n, 1
    .rept 2047
    .quad (n << 21) | 0x83
    .set n, n + 1
    .endr
    .globl xen_boot_pt
xen_boot_pt:
boot_pt:
    .quad 0
    .set n, 1
    .rept 511
    .quad (n << 12) | 0x3
    .set n, n + 1
    .endr

    .bss
    .balign 16
boot_stack:
    .skip 16384
boot_stack_top:

    .section .note.GNU-stack, "", @progbits
