/* Kiln's Xen extension of the guest interface (include/solo5_xen.h), for the Java drivers. */
#include "xen.h"
#include "../include/solo5_xen.h" /* same tree in the sources and the jar */

#define ADDR(a) ((uintptr_t)(a))

int64_t solo5_xen_page_alloc(void)
{
    return (int64_t)ADDR(pages_alloc());
}

int32_t solo5_xen_load8(int64_t a) { return *(volatile uint8_t *)ADDR(a); }
int32_t solo5_xen_load16(int64_t a) { return *(volatile uint16_t *)ADDR(a); }
int32_t solo5_xen_load32(int64_t a) { return (int32_t)*(volatile uint32_t *)ADDR(a); }
int64_t solo5_xen_load64(int64_t a) { return (int64_t)*(volatile uint64_t *)ADDR(a); }
void solo5_xen_store8(int64_t a, int32_t v) { *(volatile uint8_t *)ADDR(a) = (uint8_t)v; }
void solo5_xen_store16(int64_t a, int32_t v) { *(volatile uint16_t *)ADDR(a) = (uint16_t)v; }
void solo5_xen_store32(int64_t a, int32_t v) { *(volatile uint32_t *)ADDR(a) = (uint32_t)v; }
void solo5_xen_store64(int64_t a, int64_t v) { *(volatile uint64_t *)ADDR(a) = (uint64_t)v; }

int32_t solo5_xen_cmpxchg16(int64_t a, int32_t expected, int32_t value)
{
    uint16_t old = (uint16_t)expected;

    __atomic_compare_exchange_n((uint16_t *)ADDR(a), &old, (uint16_t)value, 0,
                                __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return old;
}

void solo5_xen_fence(void)
{
    mb();
}

void solo5_xen_copy_to(int64_t a, const void *data, int32_t offset, int32_t length)
{
    memcpy((void *)ADDR(a), (const uint8_t *)data + offset, (size_t)length);
}

void solo5_xen_copy_from(int64_t a, void *data, int32_t offset, int32_t length)
{
    memcpy((uint8_t *)data + offset, (const void *)ADDR(a), (size_t)length);
}

int32_t solo5_xen_hvm_param(int32_t index, int64_t *out)
{
    uint64_t value = 0;
    long rc = hvm_get_param((uint32_t)index, &value);

    out[0] = (int64_t)value;
    return (int32_t)rc;
}

int64_t solo5_xen_grant_table(int64_t *out)
{
    uint32_t frames = 0;
    void *table = grant_table_map(&frames);

    out[0] = (int64_t)frames * (KILN_PAGE_SIZE / 8);
    return (int64_t)ADDR(table);
}

int32_t solo5_xen_evtchn_alloc_unbound(int32_t remote_domain, int32_t *out_port)
{
    struct evtchn_alloc_unbound a = {.dom = DOMID_SELF, .remote_dom = (uint16_t)remote_domain};
    long rc = hypercall3(HYPERCALL_event_channel_op, EVTCHNOP_alloc_unbound, ADDR(&a), 0);

    out_port[0] = (int32_t)a.port;
    return (int32_t)rc;
}

int32_t solo5_xen_evtchn_send(int32_t port)
{
    return (int32_t)evtchn_send((uint32_t)port);
}

int32_t solo5_xen_evtchn_bind_handle(int32_t port, int64_t handle)
{
    return events_bind_handle((uint32_t)port, (solo5_handle_t)handle);
}

int32_t solo5_xen_evtchn_unmask(int32_t port)
{
    return (int32_t)events_unmask((uint32_t)port);
}

int32_t solo5_xen_evtchn_wait(int32_t port, int64_t deadline)
{
    for (;;) {
        if (events_take_pending((uint32_t)port))
            return 1;
        if ((int64_t)solo5_clock_monotonic() >= deadline)
            return 0;
        hypercall3(HYPERCALL_set_timer_op, (uint64_t)deadline, 0, 0);
        if (!xen_shared_info->vcpu_info[0].evtchn_upcall_pending)
            __asm__ volatile("sti; hlt; cli" : : : "memory");
    }
}

int32_t solo5_xen_device_index(const char *name, int32_t type, int32_t *out_ordinal)
{
    struct mft *mft = kiln_manifest();
    uint32_t i, j;
    int32_t ordinal = 0;

    for (i = 1; mft != NULL && i < mft->entries; i++) {
        for (j = 0; j < MFT_NAME_SIZE && mft->e[i].name[j] == name[j] && name[j] != '\0'; j++)
            ;
        if (j < MFT_NAME_SIZE && mft->e[i].name[j] == '\0' && name[j] == '\0') {
            out_ordinal[0] = ordinal;
            return mft->e[i].type == (uint32_t)type ? (int32_t)i : -1;
        }
        if (mft->e[i].type == (uint32_t)type)
            ordinal++;
    }
    return -1;
}
