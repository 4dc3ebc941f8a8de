/* Private interfaces of Kiln's virtio bindings, on top of bindings-common/bindings.h. */
#ifndef KILN_VIRTIO_H
#define KILN_VIRTIO_H

#include "bindings.h"
#include "x86_64/cpu.h"

#define VIRTIO_MAX_MEM (1ull << 30) /* usable RAM is capped at 1 GiB */

#define barrier() __asm__ volatile("" : : : "memory")

/* boot.S: TSC value read as the first thing in _start32. */
extern uint64_t virtio_boot_tsc;

/* multiboot.c: copies the command line (first token skipped) into a static
 * buffer and returns it; returns the usable memory size, 0 if unknown. */
uint64_t multiboot_parse(const void *mbi, const char **cmdline);

/* console.c: COM1 at 115200 8N1, polled. */
void console_init(void);

/* cpu.c: GDT with TSS and IST stacks, IDT for traps and IRQs 32..47. */
void cpu_init(void);
/* Called from traps.S on IST stacks. */
struct x86_trap_frame;
void virtio_trap(const struct x86_trap_frame *frame) __attribute__((noreturn));
void virtio_irq(uint64_t vector);

/* pic.c: 8259 pair at vectors 32..47, all masked; 8254 channel 0. */
void pic_init(void);
void pic_unmask(unsigned irq);
void pic_eoi(unsigned irq);
#define PIT_HZ 1193182ull
void pit_oneshot(uint16_t ticks); /* mode 0: IRQ 0 once ticks elapse */
uint16_t pit_count(void);         /* channel 0's current count */

/* clock.c / pvclock.c / rtc.c */
void clock_init(void);
uint64_t clock_tsc_to_ns(uint64_t tsc_delta);
int pvclock_init(void); /* 0 if KVM's clock is not available */
uint64_t pvclock_monotonic(void);
uint64_t pvclock_wall_offset(void);
uint64_t pvclock_tsc_to_ns(uint64_t tsc_delta);
uint64_t rtc_read_epoch_seconds(void);

/* alloc.c: whole pages above the image, before the heap is handed out. */
void alloc_init(uint64_t mem_size);
void *alloc_pages(size_t bytes); /* zeroed, page aligned; aborts if out */
uint64_t alloc_end(void);

/* pci.c: scans bus 0 and binds virtio devices to the manifest (ABI §10). */
void pci_init(struct mft *mft);
uint32_t pci_config_read(unsigned dev, unsigned offset);
void pci_config_write(unsigned dev, unsigned offset, uint32_t value);
void pci_ack_irq(unsigned irq);

/* virtq.c: a legacy split virtqueue. */
struct vring_desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
};
#define VRING_DESC_F_NEXT 1
#define VRING_DESC_F_WRITE 2
#define VRING_AVAIL_F_NO_INTERRUPT 1

struct virtq {
    uint16_t iobase, index, size;
    uint16_t last_used; /* next used-ring entry the driver will consume */
    struct vring_desc *desc;
    volatile uint16_t *avail; /* flags, idx, ring[size] */
    volatile uint16_t *used;  /* flags, idx, then {u32 id, u32 len}[size] */
};
/* Legacy I/O BAR registers (virtio 0.9.5). */
#define VIRTIO_HOST_FEATURES 0
#define VIRTIO_GUEST_FEATURES 4
#define VIRTIO_QUEUE_PFN 8
#define VIRTIO_QUEUE_SIZE 12
#define VIRTIO_QUEUE_SELECT 14
#define VIRTIO_QUEUE_NOTIFY 16
#define VIRTIO_STATUS 18
#define VIRTIO_ISR 19
#define VIRTIO_CONFIG 20
#define VIRTIO_S_ACKNOWLEDGE 1
#define VIRTIO_S_DRIVER 2
#define VIRTIO_S_DRIVER_OK 4
#define VIRTIO_S_FAILED 128

/* Resets the device and says hello; returns the host features. */
uint32_t virtio_begin(uint16_t iobase);
void virtq_init(struct virtq *q, uint16_t iobase, uint16_t index);
void virtq_submit(struct virtq *q, uint16_t head); /* no notify */
void virtq_notify(struct virtq *q);
/* Takes one used entry; returns 0 if there is none. */
int virtq_take_used(struct virtq *q, uint16_t *id, uint32_t *len);
int virtq_has_used(const struct virtq *q);

/* net.c / block.c: device setup; the handle is the manifest index. */
void net_attach(uint16_t iobase, struct mft_entry *e, solo5_handle_t h);
void block_attach(uint16_t iobase, struct mft_entry *e, solo5_handle_t h);
solo5_handle_set_t net_ready_set(void);
void net_drain(uint64_t max_cycles); /* waits for sent frames, bounded */

/* acpi.c: tries an ACPI S5 soft-off; returns if that is impossible. */
void acpi_poweroff(void);

#endif
