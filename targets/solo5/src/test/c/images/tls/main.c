/* TLS image: a block set up with solo5_tls_* gives initialised .tdata and zeroed .tbss. */
#include "testlib.h"

/* Sizes chosen so .tbss starts on padding after .tdata and the block end
 * needs rounding up: both must match where the linker expects %fs.
 * volatile keeps GCC from folding the never-written ones away. */
static _Thread_local uint64_t counter = 42;
static _Thread_local volatile uint8_t tag = 7;
static _Thread_local volatile uint64_t zeroed[3];
static _Thread_local uint8_t last;

int solo5_app_main(const struct solo5_start_info *info)
{
    uintptr_t tls = (info->heap_start + 63) & ~(uintptr_t)63;
    uint8_t *p = (uint8_t *)tls;
    size_t size = solo5_tls_size(), i;

    for (i = 0; i < size; i++)
        p[i] = 0xa5; /* the init must overwrite all of it */
    if (solo5_tls_init(0) != SOLO5_R_EINVAL)
        test_fail("solo5_tls_init(0) was accepted");
    if (solo5_tls_init(tls) != SOLO5_R_OK)
        test_fail("solo5_tls_init");
    if (solo5_set_tls_base(solo5_tls_tp_offset(tls)) != SOLO5_R_OK)
        test_fail("solo5_set_tls_base");
    if (counter != 42 || tag != 7)
        test_fail(".tdata was not copied where %fs expects it");
    if (zeroed[0] != 0 || zeroed[1] != 0 || zeroed[2] != 0 || last != 0)
        test_fail(".tbss was not zeroed");
    counter++;
    last = 1;
    if ((uintptr_t)&counter < tls || (uintptr_t)&counter >= tls + size ||
        counter != 43)
        test_fail("a TLS variable lives outside the block");
    test_puts("tls: size ");
    test_put_u64(size);
    test_puts(", tdata and tbss as expected\ntls: SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
