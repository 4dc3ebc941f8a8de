/* PCI bus 0 scan (mechanism #1) binding legacy virtio devices to manifest entries in order. */
#include "virtio.h"

#define PCI_ADDRESS 0xcf8
#define PCI_DATA 0xcfc
#define VIRTIO_VENDOR 0x1af4
#define SUBSYS_NET 1
#define SUBSYS_BLOCK 2

struct bound {
    uint16_t iobase;
    uint8_t irq;
};

static struct bound bound[MFT_MAX_DEVICES];
static unsigned nbound;

static uint32_t address(unsigned dev, unsigned offset)
{
    return 0x80000000u | (dev << 11) | (offset & 0xfc); /* bus 0, function 0 */
}

uint32_t pci_config_read(unsigned dev, unsigned offset)
{
    outl(PCI_ADDRESS, address(dev, offset));
    return inl(PCI_DATA);
}

void pci_config_write(unsigned dev, unsigned offset, uint32_t value)
{
    outl(PCI_ADDRESS, address(dev, offset));
    outl(PCI_DATA, value);
}

void pci_ack_irq(unsigned irq)
{
    unsigned i;

    for (i = 0; i < nbound; i++)
        if (bound[i].irq == irq)
            (void)inb(bound[i].iobase + VIRTIO_ISR);
}

/* Binds the virtio device in slot `dev` to manifest entry `index`. */
static void bind(struct mft *mft, unsigned dev, uint32_t type, uint32_t index)
{
    struct mft_entry *e = &mft->e[index];
    uint32_t bar0 = pci_config_read(dev, 0x10);
    uint8_t irq = (uint8_t)pci_config_read(dev, 0x3c);
    uint16_t iobase = (uint16_t)(bar0 & 0xfffc);

    if (e->type != type || !(bar0 & 1)) {
        kiln_log(LOG_ERROR, "Solo5: error: PCI slot %u (virtio %s) does not "
                            "match manifest entry %u '%s'\n",
                 dev, type == MFT_DEV_NET_BASIC ? "net" : "block", index,
                 e->name);
        solo5_abort();
    }
    /* I/O space and bus mastering (the device DMAs into our rings). */
    pci_config_write(dev, 0x04, pci_config_read(dev, 0x04) | 0x5);
    bound[nbound].iobase = iobase;
    bound[nbound].irq = irq;
    nbound++;
    if (type == MFT_DEV_NET_BASIC) {
        net_attach(iobase, e, index);
        pic_unmask(irq);
    } else {
        block_attach(iobase, e, index);
    }
    e->attached = true;
    kiln_log(LOG_INFO, "Solo5: PCI slot %u: virtio %s io 0x%x irq %u -> '%s'\n",
             dev, type == MFT_DEV_NET_BASIC ? "net" : "block", iobase, irq,
             e->name);
}

void pci_init(struct mft *mft)
{
    uint32_t next = 1, i;
    unsigned dev;

    for (dev = 0; dev < 32; dev++) {
        uint32_t id = pci_config_read(dev, 0x00);
        uint32_t subsys, type;

        if ((id & 0xffff) != VIRTIO_VENDOR)
            continue;
        if ((id >> 16) < 0x1000 || (id >> 16) > 0x103f) {
            kiln_log(LOG_WARN, "Solo5: PCI slot %u: modern-only virtio device "
                               "ignored (QEMU: disable-legacy=off)\n", dev);
            continue;
        }
        subsys = pci_config_read(dev, 0x2c) >> 16;
        if (subsys != SUBSYS_NET && subsys != SUBSYS_BLOCK) {
            kiln_log(LOG_WARN, "Solo5: PCI slot %u: virtio type %u ignored\n",
                     dev, subsys);
            continue;
        }
        type = subsys == SUBSYS_NET ? MFT_DEV_NET_BASIC : MFT_DEV_BLOCK_BASIC;
        if (next >= mft->entries) {
            kiln_log(LOG_WARN, "Solo5: PCI slot %u: virtio device not in the "
                               "manifest, ignored\n", dev);
            continue;
        }
        bind(mft, dev, type, next++);
    }
    for (i = 1; i < mft->entries; i++) {
        if (!mft->e[i].attached) {
            kiln_log(LOG_ERROR, "Solo5: error: device '%s' is declared but no "
                                "virtio device is attached for it\n",
                     mft->e[i].name);
            solo5_abort();
        }
    }
}
