/* Console: the debug port 0xe9 until the PV console ring is up, then the ring and its event. */
#include "xen.h"

#define DEBUG_PORT 0xe9
#define SPIN_LIMIT 10000000u /* give up on a backend that stopped reading */

static volatile struct xencons_interface *ring;
static uint32_t ring_port;

void console_ring_init(void)
{
    uint64_t pfn = 0, port = 0;

    if (hvm_get_param(HVM_PARAM_CONSOLE_PFN, &pfn) != 0 ||
        hvm_get_param(HVM_PARAM_CONSOLE_EVTCHN, &port) != 0 || pfn == 0 ||
        pfn >= (1ull << 20)) {
        kiln_log(LOG_WARN, "Solo5: Xen: no PV console; staying on port 0xe9\n");
        return;
    }
    ring_port = (uint32_t)port;
    ring = (volatile struct xencons_interface *)(uintptr_t)(pfn << 12);
}

static void ring_write(const char *buf, size_t size)
{
    size_t i = 0;
    unsigned spins = 0;

    while (i < size) {
        uint32_t cons = ring->out_cons, prod = ring->out_prod;

        barrier();
        if (prod - cons >= sizeof ring->out) {
            evtchn_send(ring_port);
            if (++spins > SPIN_LIMIT)
                return;
            __asm__ volatile("pause");
            continue;
        }
        while (i < size && prod - cons < sizeof ring->out)
            ring->out[prod++ & (sizeof ring->out - 1)] = buf[i++];
        mb(); /* the bytes before the index */
        ring->out_prod = prod;
        evtchn_send(ring_port);
    }
}

void platform_console_write(const char *buf, size_t size)
{
    size_t i;

    if (ring != NULL) {
        ring_write(buf, size);
        return;
    }
    for (i = 0; i < size; i++)
        outb(DEBUG_PORT, (uint8_t)buf[i]);
}

/* Waits (bounded) until the console backend has read everything. */
void console_flush(void)
{
    unsigned spins = 0;

    while (ring != NULL && ring->out_cons != ring->out_prod && ++spins < SPIN_LIMIT) {
        evtchn_send(ring_port);
        __asm__ volatile("pause");
    }
}
