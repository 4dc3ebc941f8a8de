/* Hypercalls through the hypercall page, and the small wrappers the bindings use. */
#include "xen.h"

extern uint8_t xen_hypercall_page[];

/* Arguments in %rdi, %rsi, %rdx; Xen may clobber every argument register
 * (debug builds do), so all are outputs too. */
long hypercall3(unsigned nr, uint64_t a1, uint64_t a2, uint64_t a3)
{
    long result;
    void *stub = xen_hypercall_page + nr * 32;

    __asm__ volatile("call *%[stub]"
                     : "=a"(result), "+D"(a1), "+S"(a2), "+d"(a3)
                     : [stub] "r"(stub)
                     : "memory", "rcx", "r8", "r10", "r11");
    return result;
}

long hvm_get_param(uint32_t index, uint64_t *value)
{
    struct xen_hvm_param p = {.domid = DOMID_SELF, .index = index};
    long rc = hypercall3(HYPERCALL_hvm_op, HVMOP_get_param, (uintptr_t)&p, 0);

    if (rc == 0)
        *value = p.value;
    return rc;
}

long hvm_set_param(uint32_t index, uint64_t value)
{
    struct xen_hvm_param p = {.domid = DOMID_SELF, .index = index, .value = value};

    return hypercall3(HYPERCALL_hvm_op, HVMOP_set_param, (uintptr_t)&p, 0);
}

long xen_add_to_physmap(uint32_t space, uint64_t idx, uint64_t gpfn)
{
    struct xen_add_to_physmap a = {
        .domid = DOMID_SELF, .space = space, .idx = idx, .gpfn = gpfn};

    return hypercall3(HYPERCALL_memory_op, XENMEM_add_to_physmap, (uintptr_t)&a, 0);
}

long evtchn_send(uint32_t port)
{
    struct evtchn_port_arg a = {port};

    return hypercall3(HYPERCALL_event_channel_op, EVTCHNOP_send, (uintptr_t)&a, 0);
}
