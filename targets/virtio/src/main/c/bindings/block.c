/* virtio-blk (legacy): synchronous single-sector requests as header, data, status chains. */
#include "virtio.h"

#define SECTOR 512
#define BLK_T_IN 0
#define BLK_T_OUT 1
#define BLK_S_OK 0

struct blk_req_header {
    uint32_t type;
    uint32_t ioprio;
    uint64_t sector;
};

struct disk {
    struct virtq q;
    struct blk_req_header *hdr; /* with the status byte after it */
    volatile uint8_t *status;
};

static struct disk disks[MFT_MAX_DEVICES];
static unsigned ndisks;

void block_attach(uint16_t iobase, struct mft_entry *e, solo5_handle_t h)
{
    struct disk *d = &disks[ndisks];
    uint64_t sectors;

    (void)h;
    (void)virtio_begin(iobase);
    outl(iobase + VIRTIO_GUEST_FEATURES, 0);
    virtq_init(&d->q, iobase, 0);
    if (d->q.size < 3) {
        kiln_log(LOG_ERROR, "Solo5: error: virtio-blk queue too small\n");
        solo5_abort();
    }
    d->hdr = alloc_pages(sizeof *d->hdr + 1);
    d->status = (volatile uint8_t *)(d->hdr + 1);
    d->q.desc[0] = (struct vring_desc){(uint64_t)(uintptr_t)d->hdr,
                                       sizeof *d->hdr, VRING_DESC_F_NEXT, 1};
    d->q.desc[1] = (struct vring_desc){0, SECTOR, VRING_DESC_F_NEXT, 2};
    d->q.desc[2] = (struct vring_desc){(uint64_t)(uintptr_t)d->status, 1,
                                       VRING_DESC_F_WRITE, 0};
    d->q.avail[0] = VRING_AVAIL_F_NO_INTERRUPT; /* we poll */
    sectors = inl(iobase + VIRTIO_CONFIG) |
              (uint64_t)inl(iobase + VIRTIO_CONFIG + 4) << 32;
    e->u.block_basic.capacity = sectors * SECTOR;
    e->u.block_basic.block_size = SECTOR;
    e->b.opaque = ndisks++;
    outb(iobase + VIRTIO_STATUS,
         VIRTIO_S_ACKNOWLEDGE | VIRTIO_S_DRIVER | VIRTIO_S_DRIVER_OK);
}

/* The device reads or writes the caller's buffer directly: guest virtual
 * and physical addresses are the same. */
static solo5_result_t request(solo5_handle_t handle, uint32_t type,
                              solo5_off_t offset, const uint8_t *buf,
                              size_t size)
{
    const struct mft_entry *e = kiln_block_check(handle, offset, size);
    struct disk *d;
    uint16_t id;
    uint32_t len;

    if (e == NULL || buf == NULL)
        return SOLO5_R_EINVAL;
    d = &disks[e->b.opaque];
    d->hdr->type = type;
    d->hdr->ioprio = 0;
    d->hdr->sector = offset / SECTOR;
    *d->status = 0xff;
    d->q.desc[1].addr = (uint64_t)(uintptr_t)buf;
    d->q.desc[1].flags =
        VRING_DESC_F_NEXT | (type == BLK_T_IN ? VRING_DESC_F_WRITE : 0);
    virtq_submit(&d->q, 0);
    virtq_notify(&d->q);
    while (!virtq_take_used(&d->q, &id, &len))
        __asm__ volatile("pause" : : : "memory");
    return *d->status == BLK_S_OK ? SOLO5_R_OK : SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size)
{
    return request(handle, BLK_T_OUT, offset, buf, size);
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
                                uint8_t *buf, size_t size)
{
    return request(handle, BLK_T_IN, offset, buf, size);
}
