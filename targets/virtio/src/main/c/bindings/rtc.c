/* Wall-clock time from the CMOS real-time clock (1 s resolution). */
#include "virtio.h"

#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71

static uint8_t cmos(uint8_t reg)
{
    outb(CMOS_INDEX, reg); /* bit 7 clear: NMI stays enabled */
    return inb(CMOS_DATA);
}

static unsigned from_bcd(uint8_t v, int binary)
{
    return binary ? v : (unsigned)(v >> 4) * 10 + (v & 0x0f);
}

/* Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
static uint64_t days_since_epoch(unsigned y, unsigned m, unsigned d)
{
    static const unsigned before_month[12] = {0,   31,  59,  90,  120, 151,
                                              181, 212, 243, 273, 304, 334};
    uint64_t days = (uint64_t)(y - 1970) * 365 + before_month[m - 1] + d - 1;
    unsigned leap_y = m > 2 ? y : y - 1; /* this year's Feb 29 is past */

    days += (leap_y / 4 - 1969 / 4) - (leap_y / 100 - 1969 / 100) +
            (leap_y / 400 - 1969 / 400);
    return days;
}

static void read_raw(uint8_t r[7])
{
    while (cmos(0x0a) & 0x80) /* update in progress */
        ;
    r[0] = cmos(0x00); /* seconds */
    r[1] = cmos(0x02); /* minutes */
    r[2] = cmos(0x04); /* hours */
    r[3] = cmos(0x07); /* day of month */
    r[4] = cmos(0x08); /* month */
    r[5] = cmos(0x09); /* year in century */
    r[6] = cmos(0x32); /* century */
}

uint64_t rtc_read_epoch_seconds(void)
{
    uint8_t a[7], b[7];
    uint8_t status_b = cmos(0x0b);
    int binary = (status_b & 0x04) != 0;
    unsigned hour, year, i;

    /* Read until two passes agree, so no update slipped in between. */
    read_raw(b);
    do {
        for (i = 0; i < 7; i++)
            a[i] = b[i];
        read_raw(b);
    } while (a[0] != b[0] || a[1] != b[1] || a[2] != b[2] || a[3] != b[3] ||
             a[4] != b[4] || a[5] != b[5] || a[6] != b[6]);
    hour = from_bcd(b[2] & 0x7f, binary);
    if (!(status_b & 0x02) && (b[2] & 0x80)) /* 12-hour clock, PM */
        hour = (hour % 12) + 12;
    else if (!(status_b & 0x02) && hour == 12)
        hour = 0;
    year = from_bcd(b[5], binary) + 100 * from_bcd(b[6], binary);
    if (year < 1970)
        year = 2000 + from_bcd(b[5], binary);
    return days_since_epoch(year, from_bcd(b[4], binary),
                            from_bcd(b[3], binary)) * 86400 +
           hour * 3600 + from_bcd(b[1], binary) * 60 + from_bcd(b[0], binary);
}
