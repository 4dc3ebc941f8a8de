/* ACPI S5 soft-off: RSDP -> RSDT/XSDT -> FADT -> DSDT's \_S5_ package -> PM1 control. */
#include "virtio.h"

#define SLP_EN (1u << 13)

static int sum_ok(const uint8_t *p, size_t n)
{
    uint8_t s = 0;

    while (n-- > 0)
        s = (uint8_t)(s + *p++);
    return s == 0;
}

static const uint8_t *find_rsdp(void)
{
    uintptr_t p;

    for (p = 0xe0000; p < 0x100000; p += 16)
        if (memcmp((const void *)p, "RSD PTR ", 8) == 0 &&
            sum_ok((const uint8_t *)p, 20))
            return (const uint8_t *)p;
    return NULL;
}

static uint32_t read32(const uint8_t *p)
{
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

/* The FADT through the RSDT (32-bit entries; enough below 4 GiB). */
static const uint8_t *find_fadt(const uint8_t *rsdp)
{
    const uint8_t *rsdt = (const uint8_t *)(uintptr_t)read32(rsdp + 16);
    uint32_t len, i;

    if (rsdt == NULL || memcmp(rsdt, "RSDT", 4) != 0)
        return NULL;
    len = read32(rsdt + 4);
    for (i = 36; i + 4 <= len; i += 4) {
        const uint8_t *t = (const uint8_t *)(uintptr_t)read32(rsdt + i);
        if (t != NULL && memcmp(t, "FACP", 4) == 0)
            return t;
    }
    return NULL;
}

/* Reads one integer element of the \_S5_ package; advances *p. */
static unsigned aml_small_int(const uint8_t **p)
{
    uint8_t op = *(*p)++;

    if (op == 0x0a) /* BytePrefix */
        return *(*p)++;
    return op == 0x01 ? 1 : op == 0xff ? 0xff : op < 0x0a ? op : 0;
}

static void wait_cycles(uint64_t cycles)
{
    uint64_t start = kiln_rdtsc();

    while (kiln_rdtsc() - start < cycles)
        __asm__ volatile("pause");
}

void acpi_poweroff(void)
{
    const uint8_t *rsdp = find_rsdp(), *fadt, *dsdt, *p, *end;
    uint32_t pm1a, pm1b;
    unsigned typ_a, typ_b;

    if (rsdp == NULL || (fadt = find_fadt(rsdp)) == NULL)
        return;
    dsdt = (const uint8_t *)(uintptr_t)read32(fadt + 40);
    pm1a = read32(fadt + 64);
    pm1b = read32(fadt + 68);
    if (dsdt == NULL || pm1a == 0 || memcmp(dsdt, "DSDT", 4) != 0)
        return;
    end = dsdt + read32(dsdt + 4);
    for (p = dsdt + 36; p + 8 < end; p++) {
        if (memcmp(p, "_S5_", 4) != 0 || p[4] != 0x12) /* PackageOp */
            continue;
        p += 5;
        p += 1 + (*p >> 6); /* PkgLength */
        p++;                /* NumElements */
        typ_a = aml_small_int(&p);
        typ_b = aml_small_int(&p);
        outw((uint16_t)pm1a, (uint16_t)((typ_a & 7) << 10 | SLP_EN));
        if (pm1b != 0)
            outw((uint16_t)pm1b, (uint16_t)((typ_b & 7) << 10 | SLP_EN));
        wait_cycles(200000000); /* the power-off may take effect a bit later */
        return;
    }
}
