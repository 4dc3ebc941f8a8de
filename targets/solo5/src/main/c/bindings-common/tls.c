/* Thread-local storage, x86_64 variant II: TLS block first, then the thread pointer. */
#include "bindings.h"

static uintptr_t tdata_size(void)
{
    return (uintptr_t)_ltdata;
}

static uintptr_t tbss_size(void)
{
    return (uintptr_t)_ltbss;
}

size_t solo5_tls_size(void)
{
    return tdata_size() + tbss_size() + sizeof(uintptr_t);
}

uintptr_t solo5_tls_tp_offset(uintptr_t tls)
{
    return tls + tdata_size() + tbss_size();
}

solo5_result_t solo5_tls_init(uintptr_t tls)
{
    uint8_t *block = (uint8_t *)tls;
    const uint8_t *image = (const uint8_t *)_stdata;
    uintptr_t tp, i;

    if (tls == 0)
        return SOLO5_R_EINVAL;
    for (i = 0; i < tdata_size(); i++)
        block[i] = image[i];
    for (; i < tdata_size() + tbss_size(); i++)
        block[i] = 0;
    /* %fs:0 must hold the thread pointer itself. */
    tp = solo5_tls_tp_offset(tls);
    *(uintptr_t *)tp = tp;
    return SOLO5_R_OK;
}
