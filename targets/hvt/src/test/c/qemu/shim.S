/* A multiboot stub that puts a QEMU vCPU in the state solo5-hvt leaves (ABI §9.1) and jumps to the hvt image. */

/* The firmware clears low memory, so run.sh has QEMU's loader device
 * stage the boot info and the entry address at 24 MiB; the shim copies the
 * boot info down to where the tender would put it. */
#define STAGED_INFO 0x1800000  /* boot info, manifest, cmdline: 4 KiB */
#define STAGED_ENTRY 0x1801000 /* u64: the image's e_entry */
#define BOOT_INFO 0x10000      /* struct hvt_boot_info */
#define PML4 0x2000            /* PML4, PDPT, one PD: 1 GiB in 2 MiB pages */

    .text
    .code32
    .balign 4
multiboot_header:
    .long 0x1BADB002
    .long 0
    .long -0x1BADB002

    .globl shim32
shim32:
    cld
    movl $PML4, %edi
    movl $(3 * 4096 / 4), %ecx
    xorl %eax, %eax
    rep stosl
    movl $(PML4 + 0x1000 + 3), PML4
    movl $(PML4 + 0x2000 + 3), PML4 + 0x1000
    xorl %ecx, %ecx
1:  movl %ecx, %eax
    shll $21, %eax
    orl $0x83, %eax                 /* present, writable, 2 MiB */
    movl %eax, PML4 + 0x2000(, %ecx, 8)
    incl %ecx
    cmpl $512, %ecx
    jne 1b
    movl $PML4, %eax
    movl %eax, %cr3
    movl $0x620, %eax               /* PAE | OSFXSR | OSXMMEXCPT */
    movl %eax, %cr4
    movl $0xC0000080, %ecx          /* EFER.LME */
    rdmsr
    orl $0x100, %eax
    wrmsr
    movl $0x80010021, %eax          /* PG | WP | NE | PE */
    movl %eax, %cr0
    lgdt gdt_register
    ljmp $0x08, $shim64

    .code64
shim64:
    movl $0x10, %eax
    movl %eax, %ds
    movl %eax, %es
    movl %eax, %ss
    movl $STAGED_INFO, %esi
    movl $BOOT_INFO, %edi
    movl $4096, %ecx
    rep movsb
    movq BOOT_INFO, %rsp            /* mem_size */
    subq $8, %rsp
    movq $BOOT_INFO, %rdi
    pushq $0x2
    popfq
    jmpq *STAGED_ENTRY

    .balign 8
gdt:
    .quad 0
    .quad 0x00af9a000000ffff        /* 0x08: 64-bit code */
    .quad 0x00cf92000000ffff        /* 0x10: data */
gdt_register:
    .word gdt_register - gdt - 1
    .long gdt

    .section .note.GNU-stack, "", @progbits
