/* Finds Xen through its CPUID leaves and installs the hypercall page. */
#include "xen.h"

int xen_present;

/* Xen fills this page with one 32-byte call stub per hypercall. */
uint8_t xen_hypercall_page[KILN_PAGE_SIZE] __attribute__((aligned(4096)));

static void signature(uint32_t leaf, char out[13])
{
    uint32_t r[4];
    unsigned i;

    cpuid(leaf, r);
    for (i = 0; i < 4; i++) {
        out[i] = (char)(r[1] >> (8 * i));
        out[4 + i] = (char)(r[2] >> (8 * i));
        out[8 + i] = (char)(r[3] >> (8 * i));
    }
    out[12] = '\0';
    for (i = 0; i < 12; i++)
        if (out[i] < 0x20 || out[i] > 0x7e)
            out[i] = '?';
}

int xen_detect(char seen[13])
{
    static const char xen[13] = "XenVMMXenVMM";
    uint32_t leaf, r[4];
    char sig[13];

    signature(XEN_CPUID_FIRST, seen);
    for (leaf = XEN_CPUID_FIRST; leaf < XEN_CPUID_LAST; leaf += XEN_CPUID_STEP) {
        signature(leaf, sig);
        if (memcmp(sig, xen, 12) != 0)
            continue;
        cpuid(leaf, r);
        if (r[0] < leaf + 2)
            return 0;
        /* Leaf + 2: %eax = hypercall pages, %ebx = the MSR that takes the
         * page's physical address. */
        cpuid(leaf + 2, r);
        if (r[0] < 1)
            return 0;
        wrmsr(r[1], (uint64_t)(uintptr_t)xen_hypercall_page);
        xen_present = 1;
        return 1;
    }
    return 0;
}
