/* The TLS base: the FS base MSR (the rest of TLS is in bindings-common). */
#include "xen.h"

#define MSR_FS_BASE 0xc0000100

solo5_result_t solo5_set_tls_base(uintptr_t base)
{
    wrmsr(MSR_FS_BASE, base);
    return SOLO5_R_OK;
}
