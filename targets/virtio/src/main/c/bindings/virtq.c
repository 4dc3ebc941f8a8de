/* Legacy (virtio 0.9.5) split virtqueues behind an I/O BAR: setup, submit, used ring. */
#include "virtio.h"

#define MAX_QUEUE_SIZE 8192u
#define VRING_ALIGN 4096u /* legacy: the used ring starts on a page */
#define VRING_USED_F_NO_NOTIFY 1

uint32_t virtio_begin(uint16_t iobase)
{
    outb(iobase + VIRTIO_STATUS, 0); /* reset */
    outb(iobase + VIRTIO_STATUS, VIRTIO_S_ACKNOWLEDGE);
    outb(iobase + VIRTIO_STATUS, VIRTIO_S_ACKNOWLEDGE | VIRTIO_S_DRIVER);
    return inl(iobase + VIRTIO_HOST_FEATURES);
}

void virtq_init(struct virtq *q, uint16_t iobase, uint16_t index)
{
    size_t avail_bytes, used_offset, used_bytes;
    uint8_t *ring;
    uint16_t size;

    outw(iobase + VIRTIO_QUEUE_SELECT, index);
    size = inw(iobase + VIRTIO_QUEUE_SIZE);
    if (size == 0 || size > MAX_QUEUE_SIZE) {
        kiln_log(LOG_ERROR, "Solo5: error: virtio queue %u has size %u\n",
                 index, size);
        outb(iobase + VIRTIO_STATUS, VIRTIO_S_FAILED);
        solo5_abort();
    }
    avail_bytes = 2 * (3 + (size_t)size); /* flags, idx, ring, used_event */
    used_offset = (16 * (size_t)size + avail_bytes + VRING_ALIGN - 1) &
                  ~(size_t)(VRING_ALIGN - 1);
    used_bytes = 6 + 8 * (size_t)size;
    ring = alloc_pages(used_offset + used_bytes);
    q->iobase = iobase;
    q->index = index;
    q->size = size;
    q->last_used = 0;
    q->desc = (struct vring_desc *)ring;
    q->avail = (volatile uint16_t *)(ring + 16 * (size_t)size);
    q->used = (volatile uint16_t *)(ring + used_offset);
    outl(iobase + VIRTIO_QUEUE_PFN, (uint32_t)((uintptr_t)ring >> 12));
}

void virtq_submit(struct virtq *q, uint16_t head)
{
    uint16_t idx = q->avail[1];

    q->avail[2 + idx % q->size] = head;
    barrier(); /* the entry before the index (x86 keeps stores in order) */
    q->avail[1] = (uint16_t)(idx + 1);
}

void virtq_notify(struct virtq *q)
{
    __asm__ volatile("mfence" : : : "memory");
    if (!(q->used[0] & VRING_USED_F_NO_NOTIFY))
        outw(q->iobase + VIRTIO_QUEUE_NOTIFY, q->index);
}

int virtq_has_used(const struct virtq *q)
{
    return q->used[1] != q->last_used;
}

int virtq_take_used(struct virtq *q, uint16_t *id, uint32_t *len)
{
    const volatile uint32_t *elem;

    if (!virtq_has_used(q))
        return 0;
    barrier(); /* the entry is read only after the index */
    elem = (const volatile uint32_t *)(q->used + 2) +
           2 * (q->last_used % q->size);
    *id = (uint16_t)elem[0];
    *len = elem[1];
    q->last_used++;
    return 1;
}
