/* The TLS base: FS through arch_prctl (the rest of TLS is in bindings-common). */
#include "spt.h"
#include "sys.h"

solo5_result_t solo5_set_tls_base(uintptr_t base)
{
    long r = sys_call4(SYS_ARCH_PRCTL, SPT_ARCH_SET_FS, (long)base, 0, 0);
    return r == 0 ? SOLO5_R_OK : SOLO5_R_EINVAL;
}
