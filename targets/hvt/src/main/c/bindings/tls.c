/* The TLS base: IA32_FS_BASE (the rest of TLS is in bindings-common). */
#include "hvt.h"

/* wrmsr faults on a non-canonical address, so refuse those here. */
static int is_canonical(uint64_t address)
{
    uint64_t top = address >> 47;
    return top == 0 || top == 0x1ffff;
}

solo5_result_t solo5_set_tls_base(uintptr_t base)
{
    if (!is_canonical(base))
        return SOLO5_R_EINVAL;
    hvt_wrmsr(HVT_MSR_FS_BASE, base);
    return SOLO5_R_OK;
}
