/* Kiln's Xen extension of the guest interface: what the Java netfront, blkfront and XenStore
 * client need from the bindings. Exported from the bindings object (only solo5_* names stay
 * global there); shapes fit TeaVM's @Import (64-bit integers, arrays as pointers). Results are
 * 0 or Xen's negative errno unless said otherwise. */
#ifndef KILN_SOLO5_XEN_H
#define KILN_SOLO5_XEN_H

#include <stdint.h>

/* A zeroed, page-aligned page for a shared ring or buffer (its guest frame
 * number is address >> 12); 0 when the pool is used up. Never freed. */
int64_t solo5_xen_page_alloc(void);

/* Memory access at an address, for pages shared with backends. Every
 * store is a single access of its width. */
int32_t solo5_xen_load8(int64_t address);
int32_t solo5_xen_load16(int64_t address);
int32_t solo5_xen_load32(int64_t address);
int64_t solo5_xen_load64(int64_t address);
void solo5_xen_store8(int64_t address, int32_t value);
void solo5_xen_store16(int64_t address, int32_t value);
void solo5_xen_store32(int64_t address, int32_t value);
void solo5_xen_store64(int64_t address, int64_t value);
/* Atomically: if the 16 bits at address equal expected, store value. Returns the old bits. */
int32_t solo5_xen_cmpxchg16(int64_t address, int32_t expected, int32_t value);
/* A full memory barrier. */
void solo5_xen_fence(void);
void solo5_xen_copy_to(int64_t address, const void *data, int32_t offset, int32_t length);
void solo5_xen_copy_from(int64_t address, void *data, int32_t offset, int32_t length);

/* HVM parameter `index` of this domain into out[0]. */
int32_t solo5_xen_hvm_param(int32_t index, int64_t *out);
/* The grant table's address; out[0] = its number of v1 entries. 0 if unmapped. */
int64_t solo5_xen_grant_table(int64_t *out);

/* Event channels. alloc_unbound: a new port a remote domain may bind. */
int32_t solo5_xen_evtchn_alloc_unbound(int32_t remote_domain, int32_t *out_port);
int32_t solo5_xen_evtchn_send(int32_t port);
/* Ties a port to a device handle: solo5_yield reports the handle ready
 * when the port fires. Also unmasks the port. */
int32_t solo5_xen_evtchn_bind_handle(int32_t port, int64_t handle);
/* Unmasks a port not tied to a handle; its firings are then remembered
 * until solo5_xen_evtchn_wait takes them. */
int32_t solo5_xen_evtchn_unmask(int32_t port);
/* Blocks until the port fired (returns 1, and forgets that firing) or
 * the monotonic clock reaches deadline (returns 0). */
int32_t solo5_xen_evtchn_wait(int32_t port, int64_t deadline);

/* The manifest index of the device with that name and Solo5 type
 * (1 block, 2 net), or -1; out_ordinal[0] = how many devices of that type
 * come before it in the manifest. */
int32_t solo5_xen_device_index(const char *name, int32_t type, int32_t *out_ordinal);

#endif
