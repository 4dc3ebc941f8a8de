/* The 8259 interrupt controllers (remapped to 32..47) and 8254 timer channel 0. */
#include "virtio.h"

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xa0
#define PIC2_DATA 0xa1
#define PIT_CH0 0x40
#define PIT_CMD 0x43

static uint16_t mask = 0xffff;

static void write_mask(void)
{
    outb(PIC1_DATA, (uint8_t)mask);
    outb(PIC2_DATA, (uint8_t)(mask >> 8));
}

void pic_init(void)
{
    outb(PIC1_CMD, 0x11); /* ICW1: cascade, ICW4 follows */
    outb(PIC2_CMD, 0x11);
    outb(PIC1_DATA, 32); /* ICW2: vector base */
    outb(PIC2_DATA, 40);
    outb(PIC1_DATA, 1 << 2); /* ICW3: slave on IRQ 2 */
    outb(PIC2_DATA, 2);
    outb(PIC1_DATA, 0x01); /* ICW4: 8086 mode */
    outb(PIC2_DATA, 0x01);
    mask = 0xffff & ~(1u << 2);
    write_mask();
}

void pic_unmask(unsigned irq)
{
    if (irq < 16) {
        mask &= (uint16_t)~(1u << irq);
        write_mask();
    }
}

void pic_eoi(unsigned irq)
{
    if (irq >= 8)
        outb(PIC2_CMD, 0x20);
    outb(PIC1_CMD, 0x20);
}

void pit_oneshot(uint16_t ticks)
{
    outb(PIT_CMD, 0x30); /* channel 0, low then high byte, mode 0 */
    outb(PIT_CH0, (uint8_t)ticks);
    outb(PIT_CH0, (uint8_t)(ticks >> 8));
}

uint16_t pit_count(void)
{
    uint8_t low;

    outb(PIT_CMD, 0x00); /* latch channel 0's counter */
    low = inb(PIT_CH0);
    return (uint16_t)(low | inb(PIT_CH0) << 8);
}
