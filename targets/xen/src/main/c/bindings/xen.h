/* Private interfaces of Kiln's Xen PVH bindings, on top of bindings-common/bindings.h. */
#ifndef KILN_XEN_H
#define KILN_XEN_H

#include "bindings.h"
#include "x86_64/cpu.h"
#include "xen_abi.h"

#define XEN_MAX_MEM (1ull << 30) /* usable RAM is capped at 1 GiB */
#define XEN_UPCALL_VECTOR 0xf3   /* the IDT vector Xen's event callback arrives on */

#define barrier() __asm__ volatile("" : : : "memory")
#define mb() __asm__ volatile("mfence" : : : "memory")

/* pvh.S: the start info's physical address, saved by the 32-bit entry. */
extern uint32_t xen_start_info_paddr;

/* startinfo.c: checks the PVH start info, copies the command line into a
 * static buffer and returns the end of the RAM region holding the image
 * (capped at XEN_MAX_MEM); 0 if the start info is unusable. */
uint64_t startinfo_parse(const struct hvm_start_info *si, uint32_t *version,
                         const char **cmdline);

/* detect.c: looks for Xen's CPUID leaves; on success installs the
 * hypercall page and returns 1, else writes the signature seen (12 bytes
 * and a NUL) to `seen` and returns 0. */
int xen_detect(char seen[13]);
extern int xen_present;

/* hypercall.c */
long hypercall3(unsigned nr, uint64_t a1, uint64_t a2, uint64_t a3);
long hvm_get_param(uint32_t index, uint64_t *value);
long hvm_set_param(uint32_t index, uint64_t value);
long xen_add_to_physmap(uint32_t space, uint64_t idx, uint64_t gpfn);
long evtchn_send(uint32_t port);

/* console.c: port 0xe9 until the PV console ring is up, then the ring. */
void console_ring_init(void);
void console_flush(void);

/* cpu.c, traps.S: GDT, IDT for exceptions and the Xen upcall vector. */
void cpu_init(void);
struct x86_trap_frame;
void xen_trap(const struct x86_trap_frame *frame) __attribute__((noreturn));
void xen_upcall(void);

/* sharedinfo.c: the shared info page, and the clocks read from it. */
extern volatile struct shared_info *xen_shared_info;
void shared_info_init(void);

/* events.c: event channels; a port may be tied to a device handle, which
 * solo5_yield then reports ready when the port fires. */
void events_init(void);
/* events_collect moves pending ports into the ready handles and the fired
 * set; it returns the ready handles, which events_take_ready hands out once. */
uint64_t events_collect(void);
uint64_t events_take_ready(void);
int events_bind_handle(uint32_t port, solo5_handle_t handle);
void events_unbind_handle(uint32_t port);
int events_take_pending(uint32_t port); /* 1 once per firing of an unbound port */
long events_unmask(uint32_t port);
extern uint32_t events_timer_port;

/* pages.c: a pool of zeroed pages after the image for shared rings and
 * buffers, handed out to the Java drivers and never returned. */
void pages_init(uint64_t mem_size);
uint64_t pages_end(void);
void *pages_alloc(void); /* NULL when the pool is empty */

/* grants.c: maps the grant table's frames into reserved pages. */
void *grant_table_map(uint32_t *frames);

#endif
