/* The parts of Xen's public guest interface Kiln uses: numbers and layouts from Xen's documented
 * ABI (x86_64), written for Kiln. The _Static_asserts pin each layout. */
#ifndef KILN_XEN_ABI_H
#define KILN_XEN_ABI_H

#include <stdint.h>

/* PVH boot (Xen's "HVM direct boot ABI"): the ELF note and the start info in %ebx. */
#define XEN_ELFNOTE_PHYS32_ENTRY 18
#define HVM_START_MAGIC 0x336ec578u
#define HVM_MEMMAP_TYPE_RAM 1

struct hvm_start_info {
    uint32_t magic;
    uint32_t version;
    uint32_t flags;
    uint32_t nr_modules;
    uint64_t modlist_paddr;
    uint64_t cmdline_paddr;
    uint64_t rsdp_paddr;
    uint64_t memmap_paddr; /* version >= 1 */
    uint32_t memmap_entries;
    uint32_t reserved;
};
_Static_assert(sizeof(struct hvm_start_info) == 56, "hvm_start_info v1");

struct hvm_memmap_entry {
    uint64_t addr;
    uint64_t size;
    uint32_t type;
    uint32_t reserved;
};
_Static_assert(sizeof(struct hvm_memmap_entry) == 24, "memmap entry");

/* CPUID: the hypervisor leaves start at 0x40000000 and may be shifted by 0x100 steps. */
#define XEN_CPUID_FIRST 0x40000000u
#define XEN_CPUID_LAST 0x40010000u
#define XEN_CPUID_STEP 0x100u

/* Hypercall numbers (the index of the 32-byte stub in the hypercall page). */
#define HYPERCALL_memory_op 12
#define HYPERCALL_set_timer_op 15
#define HYPERCALL_xen_version 17
#define HYPERCALL_console_io 18
#define HYPERCALL_grant_table_op 20
#define HYPERCALL_vcpu_op 24
#define HYPERCALL_sched_op 29
#define HYPERCALL_event_channel_op 32
#define HYPERCALL_hvm_op 34

#define DOMID_SELF 0x7ff0u

/* sched_op */
#define SCHEDOP_yield 0
#define SCHEDOP_block 1
#define SCHEDOP_shutdown 2
#define SHUTDOWN_poweroff 0
#define SHUTDOWN_crash 3

/* hvm_op and the HVM parameters */
#define HVMOP_set_param 0
#define HVMOP_get_param 1
#define HVM_PARAM_CALLBACK_IRQ 0
#define HVM_PARAM_STORE_PFN 1
#define HVM_PARAM_STORE_EVTCHN 2
#define HVM_PARAM_CONSOLE_PFN 17
#define HVM_PARAM_CONSOLE_EVTCHN 18
/* CALLBACK_IRQ value: delivery type in bits 63:56; type 2 = an IDT vector in bits 7:0. */
#define HVM_CALLBACK_VECTOR(v) ((2ull << 56) | (v))

struct xen_hvm_param {
    uint16_t domid;
    uint16_t pad;
    uint32_t index;
    uint64_t value;
};
_Static_assert(sizeof(struct xen_hvm_param) == 16, "xen_hvm_param");

/* memory_op: place a Xen-owned page (shared info, grant frame) at a guest frame. */
#define XENMEM_add_to_physmap 7
#define XENMAPSPACE_shared_info 0
#define XENMAPSPACE_grant_table 1

struct xen_add_to_physmap {
    uint16_t domid;
    uint16_t size;
    uint32_t space;
    uint64_t idx;
    uint64_t gpfn;
};
_Static_assert(sizeof(struct xen_add_to_physmap) == 24, "xen_add_to_physmap");

/* grant_table_op */
#define GNTTABOP_query_size 6
struct gnttab_query_size {
    uint16_t dom;
    uint16_t pad;
    uint32_t nr_frames;     /* out */
    uint32_t max_nr_frames; /* out */
    int16_t status;         /* out */
    uint16_t pad2;
};
_Static_assert(sizeof(struct gnttab_query_size) == 16, "gnttab_query_size");

/* event_channel_op */
#define EVTCHNOP_bind_virq 1
#define EVTCHNOP_close 3
#define EVTCHNOP_send 4
#define EVTCHNOP_alloc_unbound 6
#define EVTCHNOP_unmask 9
#define VIRQ_TIMER 0

struct evtchn_bind_virq {
    uint32_t virq;
    uint32_t vcpu;
    uint32_t port; /* out */
};
struct evtchn_alloc_unbound {
    uint16_t dom;
    uint16_t remote_dom;
    uint32_t port; /* out */
};
struct evtchn_port_arg { /* send, unmask, close */
    uint32_t port;
};
_Static_assert(sizeof(struct evtchn_alloc_unbound) == 8, "evtchn_alloc_unbound");

/* The shared info page. */
struct vcpu_time_info {
    uint32_t version; /* odd while Xen updates the record */
    uint32_t pad0;
    uint64_t tsc_timestamp;
    uint64_t system_time; /* ns since the domain's boot at tsc_timestamp */
    uint32_t tsc_to_system_mul;
    int8_t tsc_shift;
    uint8_t flags;
    uint8_t pad1[2];
};
_Static_assert(sizeof(struct vcpu_time_info) == 32, "vcpu_time_info");

struct vcpu_info {
    uint8_t evtchn_upcall_pending;
    uint8_t evtchn_upcall_mask;
    uint8_t pad[6];
    uint64_t evtchn_pending_sel;
    uint64_t arch_cr2;
    uint64_t arch_pad;
    struct vcpu_time_info time;
};
_Static_assert(sizeof(struct vcpu_info) == 64, "vcpu_info");

#define XEN_LEGACY_MAX_VCPUS 32
struct shared_info {
    struct vcpu_info vcpu_info[XEN_LEGACY_MAX_VCPUS];
    uint64_t evtchn_pending[64];
    uint64_t evtchn_mask[64];
    uint32_t wc_version;
    uint32_t wc_sec;
    uint32_t wc_nsec;
    uint32_t wc_sec_hi;
    /* arch_shared_info follows; unused */
};
_Static_assert(__builtin_offsetof(struct shared_info, evtchn_pending) == 2048, "pending");
_Static_assert(__builtin_offsetof(struct shared_info, wc_version) == 3072, "wall clock");

/* The PV console ring. */
struct xencons_interface {
    char in[1024];
    char out[2048];
    uint32_t in_cons, in_prod;
    uint32_t out_cons, out_prod;
};
_Static_assert(sizeof(struct xencons_interface) == 3088, "xencons_interface");

#endif
