/* Console on COM1 (16550 at 0x3f8): 115200 8N1, polled, LF sent as CR LF. */
#include "virtio.h"

#define COM1 0x3f8
#define LSR_THR_EMPTY 0x20

void console_init(void)
{
    outb(COM1 + 1, 0x00); /* no UART interrupts */
    outb(COM1 + 3, 0x80); /* DLAB on: divisor follows */
    outb(COM1 + 0, 0x01); /* 115200 baud */
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03); /* 8 data bits, no parity, 1 stop bit */
    outb(COM1 + 2, 0xc7); /* FIFOs on and cleared */
    outb(COM1 + 4, 0x03); /* DTR and RTS; OUT2 off keeps IRQ 4 quiet */
}

static void put(char c)
{
    while ((inb(COM1 + 5) & LSR_THR_EMPTY) == 0)
        __asm__ volatile("pause");
    outb(COM1, (uint8_t)c);
}

void platform_console_write(const char *buf, size_t size)
{
    size_t i;

    for (i = 0; i < size; i++) {
        if (buf[i] == '\n')
            put('\r');
        put(buf[i]);
    }
}
