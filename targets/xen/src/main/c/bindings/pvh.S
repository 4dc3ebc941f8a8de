/* The PVH entry: Xen's PHYS32_ENTRY note, and the 32-bit entry that builds page tables, enters
 * long mode and calls _start with the hvm_start_info pointer. */
#include "x86_64/long_mode.h"

#define XEN_ELFNOTE_PHYS32_ENTRY 18

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
    BOOT_GDT_LOAD
    movw %ax, %fs
    movw %ax, %gs
    LONG_MODE_ENTER long_mode
    .size _start32, . - _start32

    .code64
    .globl _start64
    .type _start64, @function
_start64:
long_mode:
    LONG_MODE_START xen_start_info_paddr
    .size _start64, . - _start64

    .data
    .globl xen_start_info_paddr
    .balign 4
xen_start_info_paddr:
    .long 0

    BOOT_TABLES

/* startinfo.c maps page 0 for a moment through the 4 KiB table of the
 * first 2 MiB: a loader may put the start info there. */
    .globl xen_boot_pt
    .set xen_boot_pt, boot_pt

    .section .note.GNU-stack, "", @progbits
