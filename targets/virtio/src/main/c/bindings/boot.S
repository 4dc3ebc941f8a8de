/* Multiboot v1 header and the 32-bit entry that switches to long mode and calls _start. */

#define MB_MAGIC 0x1BADB002
#define MB_BOOT_MAGIC 0x2BADB002
/* Page-align modules, want memory info, and use the address fields below
 * (the "a.out kludge"): QEMU's -kernel only loads 64-bit ELF files so. */
#define MB_FLAGS 0x00010003

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

    .section .multiboot, "a"
    .balign 4
multiboot_header:
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS)
    .long multiboot_header /* header_addr */
    .long _stext           /* load_addr: the file is loaded from here... */
    .long _eload           /* load_end_addr: ...to the end of .tdata */
    .long _ebss            /* bss_end_addr: zeroed up to here */
    .long _start32         /* entry_addr */

    .text
    .code32
    .globl _start32
    .type _start32, @function
/* Multiboot: %eax = magic, %ebx = info (physical), flat 32-bit protected
 * mode, paging off, interrupts off, no usable stack. */
_start32:
    cli
    cmpl $MB_BOOT_MAGIC, %eax
    jne halt32
    movl %ebx, %esi
    rdtsc
    movl %eax, virtio_boot_tsc
    movl %edx, virtio_boot_tsc + 4
    movl %esi, boot_info

    lgdt boot_gdt_pointer
    movw $SEL_DATA, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss

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
    ljmp $SEL_CODE64, $start64

halt32:
    hlt
    jmp halt32
    .size _start32, . - _start32

    .code64
    .globl _start64
    .type _start64, @function
_start64:
start64:
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

    movl boot_info(%rip), %edi
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
    .quad 0x00af9a000000ffff /* 0x08: 64-bit code, ring 0 */
    .quad 0x00cf92000000ffff /* 0x10: flat data */
boot_gdt_end:
boot_gdt_pointer:
    .word boot_gdt_end - boot_gdt - 1
    .long boot_gdt

/* Identity map of the first 4 GiB, present, writable and executable:
 * page 0 is left out to catch NULL pointers, the rest of the first 2 MiB
 * uses 4 KiB pages, everything above 2 MiB pages. */
    .balign 4096
boot_pml4:
    .quad boot_pdpt + 0x3
    .fill 511, 8, 0
boot_pdpt:
    .quad boot_pd + 0x3
    .quad boot_pd + 0x1000 + 0x3
    .quad boot_pd + 0x2000 + 0x3
    .quad boot_pd + 0x3000 + 0x3
    .fill 508, 8, 0
boot_pd:
    .quad boot_pt + 0x3
    .set page, 1
    .rept 2047
    .quad (page << 21) | 0x83 /* present, writable, 2 MiB */
    .set page, page + 1
    .endr
boot_pt:
    .quad 0
    .set page, 1
    .rept 511
    .quad (page << 12) | 0x3
    .set page, page + 1
    .endr

    .bss
    .balign 8
    .globl virtio_boot_tsc
virtio_boot_tsc:
    .quad 0
boot_info:
    .long 0
    .balign 16
boot_stack:
    .skip 16384
boot_stack_top:

/* No executable stack wanted. */
    .section .note.GNU-stack, "", @progbits
