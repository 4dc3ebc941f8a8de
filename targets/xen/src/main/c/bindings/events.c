/* Event channels (2-level ABI): the timer VIRQ, the upcall vector, and ports tied to handles. */
#include "xen.h"

#define MAX_PORTS 4096 /* 64 words of 64 bits */

uint32_t events_timer_port;
static uint8_t handle_of[MAX_PORTS];   /* 0: no device handle */
static uint64_t fired[MAX_PORTS / 64]; /* unbound ports seen pending */
static uint64_t ready_handles;         /* handles whose ports fired, not yet taken */

static long unmask(uint32_t port)
{
    struct evtchn_port_arg a = {port};

    return hypercall3(HYPERCALL_event_channel_op, EVTCHNOP_unmask, (uintptr_t)&a, 0);
}

void events_init(void)
{
    struct evtchn_bind_virq timer = {.virq = VIRQ_TIMER, .vcpu = 0};

    if (hypercall3(HYPERCALL_event_channel_op, EVTCHNOP_bind_virq, (uintptr_t)&timer, 0) != 0 ||
        timer.port >= MAX_PORTS) {
        kiln_log(LOG_ERROR, "Solo5: error: cannot bind Xen's timer VIRQ\n");
        solo5_abort();
    }
    events_timer_port = timer.port;
    unmask(timer.port);
    if (hvm_set_param(HVM_PARAM_CALLBACK_IRQ, HVM_CALLBACK_VECTOR(XEN_UPCALL_VECTOR)) != 0) {
        kiln_log(LOG_ERROR, "Solo5: error: Xen refused the event callback vector\n");
        solo5_abort();
    }
    xen_shared_info->vcpu_info[0].evtchn_upcall_mask = 0;
}

/* The upcall only has to end the halt; events_collect does the work.
 * Xen re-injects the vector while upcall_pending stays set. */
void xen_upcall(void)
{
    xen_shared_info->vcpu_info[0].evtchn_upcall_pending = 0;
}

uint64_t events_collect(void)
{
    volatile struct vcpu_info *v = &xen_shared_info->vcpu_info[0];
    uint64_t selector;

    v->evtchn_upcall_pending = 0;
    selector = __atomic_exchange_n(&v->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
    while (selector != 0) {
        unsigned word = (unsigned)__builtin_ctzll(selector);
        uint64_t bits = xen_shared_info->evtchn_pending[word] & ~xen_shared_info->evtchn_mask[word];

        selector &= selector - 1;
        __atomic_fetch_and(&xen_shared_info->evtchn_pending[word], ~bits, __ATOMIC_SEQ_CST);
        while (bits != 0) {
            unsigned port = word * 64 + (unsigned)__builtin_ctzll(bits);

            bits &= bits - 1;
            if (handle_of[port] != 0)
                ready_handles |= 1ull << handle_of[port];
            else
                fired[port / 64] |= 1ull << (port % 64);
        }
    }
    return ready_handles;
}

uint64_t events_take_ready(void)
{
    uint64_t ready;

    events_collect();
    ready = ready_handles;
    ready_handles = 0;
    return ready;
}

int events_bind_handle(uint32_t port, solo5_handle_t handle)
{
    if (port >= MAX_PORTS || handle == 0 || handle >= 64)
        return -1;
    handle_of[port] = (uint8_t)handle;
    return unmask(port) == 0 ? 0 : -1;
}

void events_unbind_handle(uint32_t port)
{
    if (port < MAX_PORTS)
        handle_of[port] = 0;
}

int events_take_pending(uint32_t port)
{
    uint64_t bit = 1ull << (port % 64);

    if (port >= MAX_PORTS)
        return 0;
    events_collect();
    if ((fired[port / 64] & bit) == 0)
        return 0;
    fired[port / 64] &= ~bit;
    return 1;
}

long events_unmask(uint32_t port)
{
    return port < MAX_PORTS ? unmask(port) : -1;
}
