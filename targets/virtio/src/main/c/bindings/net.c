/* virtio-net (legacy): RX/TX queues with a 10-byte header descriptor before each frame. */
#include "virtio.h"

#define VIRTIO_NET_F_MAC (1u << 5)
#define NET_HDR_SIZE 10
#define NET_MTU 1500
#define FRAME_MAX (NET_MTU + SOLO5_NET_HLEN)
#define SLOT_SIZE 2048 /* header at 0, frame at 16 */
#define FRAME_OFFSET 16
#define MAX_RX_SLOTS 64
#define MAX_TX_SLOTS 32

struct nic {
    solo5_handle_t handle;
    struct virtq rx, tx;
    uint8_t *rx_buf, *tx_buf;
    uint16_t tx_free[MAX_TX_SLOTS];
    unsigned tx_nfree, tx_slots;
};

static struct nic nics[MFT_MAX_DEVICES];
static unsigned nnics;

/* Chains every slot of a queue as header descriptor + frame descriptor. */
static uint16_t setup_slots(struct virtq *q, uint8_t **buf, unsigned max,
                            uint16_t flags)
{
    uint16_t slots = q->size / 2 < max ? q->size / 2 : (uint16_t)max;
    uint16_t i;

    *buf = alloc_pages((size_t)slots * SLOT_SIZE);
    for (i = 0; i < slots; i++) {
        uint8_t *slot = *buf + (size_t)i * SLOT_SIZE;
        q->desc[2 * i] = (struct vring_desc){(uint64_t)(uintptr_t)slot,
                                             NET_HDR_SIZE,
                                             flags | VRING_DESC_F_NEXT,
                                             (uint16_t)(2 * i + 1)};
        q->desc[2 * i + 1] = (struct vring_desc){
            (uint64_t)(uintptr_t)(slot + FRAME_OFFSET), FRAME_MAX, flags, 0};
    }
    return slots;
}

void net_attach(uint16_t iobase, struct mft_entry *e, solo5_handle_t h)
{
    struct nic *n = &nics[nnics];
    uint32_t features = virtio_begin(iobase);
    uint16_t i, rx_slots;

    if (!(features & VIRTIO_NET_F_MAC)) {
        kiln_log(LOG_ERROR, "Solo5: error: virtio-net without a MAC address\n");
        outb(iobase + VIRTIO_STATUS, VIRTIO_S_FAILED);
        solo5_abort();
    }
    outl(iobase + VIRTIO_GUEST_FEATURES, VIRTIO_NET_F_MAC);
    n->handle = h;
    virtq_init(&n->rx, iobase, 0);
    virtq_init(&n->tx, iobase, 1);
    rx_slots =
        setup_slots(&n->rx, &n->rx_buf, MAX_RX_SLOTS, VRING_DESC_F_WRITE);
    n->tx_slots = setup_slots(&n->tx, &n->tx_buf, MAX_TX_SLOTS, 0);
    n->tx_nfree = n->tx_slots;
    for (i = 0; i < n->tx_nfree; i++)
        n->tx_free[i] = (uint16_t)(2 * i);
    n->tx.avail[0] = VRING_AVAIL_F_NO_INTERRUPT;
    for (i = 0; i < rx_slots; i++)
        virtq_submit(&n->rx, (uint16_t)(2 * i));
    for (i = 0; i < SOLO5_NET_ALEN; i++)
        e->u.net_basic.mac[i] = inb(iobase + VIRTIO_CONFIG + i);
    e->u.net_basic.mtu = NET_MTU;
    e->b.opaque = nnics++;
    outb(iobase + VIRTIO_STATUS,
         VIRTIO_S_ACKNOWLEDGE | VIRTIO_S_DRIVER | VIRTIO_S_DRIVER_OK);
    virtq_notify(&n->rx);
}

static struct nic *nic_of(solo5_handle_t h)
{
    const struct mft_entry *e = kiln_device_get(h, MFT_DEV_NET_BASIC);

    return e == NULL ? NULL : &nics[e->b.opaque];
}

solo5_handle_set_t net_ready_set(void)
{
    solo5_handle_set_t ready = 0;
    unsigned i;

    for (i = 0; i < nnics; i++)
        if (virtq_has_used(&nics[i].rx))
            ready |= (solo5_handle_set_t)1 << nics[i].handle;
    return ready;
}

static void reclaim_tx(struct nic *n)
{
    uint16_t head;
    uint32_t len;

    while (virtq_take_used(&n->tx, &head, &len))
        n->tx_free[n->tx_nfree++] = head;
}

void net_drain(uint64_t max_cycles)
{
    uint64_t start = kiln_rdtsc();
    unsigned i;

    for (i = 0; i < nnics; i++) {
        reclaim_tx(&nics[i]);
        while (nics[i].tx_nfree < nics[i].tx_slots &&
               kiln_rdtsc() - start < max_cycles) {
            __asm__ volatile("pause");
            reclaim_tx(&nics[i]);
        }
    }
}

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
                               size_t size)
{
    struct nic *n = nic_of(handle);
    uint16_t head;

    if (n == NULL || buf == NULL || size == 0 || size > FRAME_MAX)
        return SOLO5_R_EINVAL;
    reclaim_tx(n); /* spin only if every slot is in flight */
    while (n->tx_nfree == 0) {
        __asm__ volatile("pause");
        reclaim_tx(n);
    }
    head = n->tx_free[--n->tx_nfree];
    memcpy((void *)(uintptr_t)n->tx.desc[head + 1].addr, buf, size);
    n->tx.desc[head + 1].len = (uint32_t)size;
    virtq_submit(&n->tx, head);
    virtq_notify(&n->tx);
    return SOLO5_R_OK;
}

solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
                              size_t *read_size)
{
    struct nic *n = nic_of(handle);
    uint16_t head;
    uint32_t len;

    if (n == NULL || buf == NULL || read_size == NULL || size < FRAME_MAX)
        return SOLO5_R_EINVAL;
    if (!virtq_take_used(&n->rx, &head, &len))
        return SOLO5_R_AGAIN;
    len = len > NET_HDR_SIZE ? len - NET_HDR_SIZE : 0;
    if (len > FRAME_MAX)
        len = FRAME_MAX;
    memcpy(buf, (const void *)(uintptr_t)n->rx.desc[head + 1].addr, len);
    *read_size = len;
    virtq_submit(&n->rx, head); /* the slot goes straight back */
    virtq_notify(&n->rx);
    return SOLO5_R_OK;
}
