/* Multiboot v1 header and the 32-bit entry that switches to long mode and calls _start. */
#include "x86_64/long_mode.h"

#define MB_MAGIC 0x1BADB002
#define MB_BOOT_MAGIC 0x2BADB002
/* Page-align modules, want memory info, and use the address fields below
 * (the "a.out kludge"): QEMU's -kernel only loads 64-bit ELF files so. */
#define MB_FLAGS 0x00010003

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
    BOOT_GDT_LOAD
    LONG_MODE_ENTER start64

halt32:
    hlt
    jmp halt32
    .size _start32, . - _start32

    .code64
    .globl _start64
    .type _start64, @function
_start64:
start64:
    LONG_MODE_START boot_info
    .size _start64, . - _start64

    BOOT_TABLES

    .bss
    .balign 8
    .globl virtio_boot_tsc
virtio_boot_tsc:
    .quad 0
boot_info:
    .long 0

/* No executable stack wanted. */
    .section .note.GNU-stack, "", @progbits
