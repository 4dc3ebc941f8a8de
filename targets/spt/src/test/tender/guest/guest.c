/* Test guest for kiln-spt: the first word of the command line picks a check. */
#include "sys.h"

#define ARCH_SET_FS 0x1002
#define ARCH_GET_FS 0x1003
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_BOOTTIME 7

struct timespec64 { int64_t sec, nsec; };
struct itimerspec64 { struct timespec64 interval, value; };
struct epoll_event64 { uint32_t events; uint64_t data; } __attribute__((packed));

static const struct boot_info *bi;
static volatile int data_marker = 42; /* gives the image a data segment with contents */
static uint8_t block_buf[32768];

static size_t len(const char *s)
{
    size_t n = 0;
    while (s[n] != '\0')
        n++;
    return n;
}

static void puts1(const char *s) { sys3(NR_WRITE, 1, s, len(s)); }

static void putu(uint64_t v)
{
    char buf[21];
    int i = 20;

    buf[i] = '\0';
    do
        buf[--i] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    puts1(buf + i);
}

static void puthex2(unsigned v)
{
    char b[3] = {"0123456789abcdef"[v >> 4 & 15], "0123456789abcdef"[v & 15]};
    puts1(b);
}

static __attribute__((noreturn)) void quit(long status)
{
    sys3(NR_EXIT_GROUP, status, 0, 0);
    __builtin_unreachable();
}

/* Is the command line's first word W? Sets *rest to what follows. */
static int command(const char *w, const char **rest)
{
    const char *c = bi->cmdline;

    while (*w != '\0' && *c == *w)
        c++, w++;
    if (*w != '\0' || (*c != '\0' && *c != ' '))
        return 0;
    *rest = *c == ' ' ? c + 1 : c;
    return 1;
}

static const struct mft_entry *device(const char *name)
{
    for (uint32_t i = 1; i < bi->mft->entries; i++) {
        const char *a = bi->mft->e[i].name, *b = name;
        while (*a != '\0' && *a == *b)
            a++, b++;
        if (*a == *b)
            return &bi->mft->e[i];
    }
    puts1("guest: no such device\n");
    quit(3);
}

static void info(void)
{
    puts1("mem_size=");
    putu(bi->mem_size);
    puts1(" kernel_end_ok=");
    putu(bi->kernel_end > 0x100000 && bi->kernel_end % 4096 == 0);
    /* ABI §6.2: boot info, then the manifest copy, then the command line. */
    puts1(" layout_ok=");
    putu((uintptr_t)bi == 0x11000 && (uintptr_t)bi->mft == 0x11000 + 40 &&
         (uintptr_t)bi->cmdline ==
             (uintptr_t)bi->mft + 8 + 104 * bi->mft->entries);
    puts1(" data=");
    putu((uint64_t)data_marker);
    puts1(" cmdline=[");
    puts1(bi->cmdline);
    puts1("]\n");
    for (uint32_t i = 1; i < bi->mft->entries; i++) {
        const struct mft_entry *e = &bi->mft->e[i];
        puts1(e->name);
        puts1(e->attached ? " attached" : " detached");
        if (e->type == MFT_DEV_NET_BASIC) {
            puts1(" mtu=");
            putu(e->u.net_basic.mtu);
            puts1(" mac=");
            for (int j = 0; j < 6; j++) {
                puthex2(e->u.net_basic.mac[j]);
                puts1(j < 5 ? ":" : "");
            }
        } else {
            puts1(" capacity=");
            putu(e->u.block_basic.capacity);
            puts1(" block_size=");
            putu(e->u.block_basic.block_size);
        }
        puts1("\n");
    }
}

static void block(const char *how)
{
    const struct mft_entry *d = device("disk");
    uint64_t bs = d->u.block_basic.block_size, cap = d->u.block_basic.capacity;
    long fd = d->b.hostfd;

    if (how[0] == 'o') /* "oob": one block past the end */
        sys6(NR_PREAD64, fd, (long)block_buf, (long)bs, (long)cap, 0, 0);
    if (how[0] == 's') /* "short": less than a block */
        sys6(NR_PREAD64, fd, (long)block_buf, (long)bs / 2, 0, 0, 0);
    if (sys6(NR_PREAD64, fd, (long)block_buf, (long)bs, (long)(cap - bs), 0,
             0) != (long)bs)
        quit(4);
    block_buf[8] = '\0';
    puts1("last block starts with [");
    puts1((const char *)block_buf);
    puts1("]\n");
    for (uint64_t i = 0; i < bs; i++)
        block_buf[i] = (uint8_t)"WRITTEN\n"[i % 8];
    if (sys6(NR_PWRITE64, fd, (long)block_buf, (long)bs, 0, 0, 0) != (long)bs)
        quit(5);
    puts1("block ok\n");
}

static void yield(void)
{
    struct timespec64 now, later;
    struct itimerspec64 its = {{0, 0}, {0, 0}};
    struct epoll_event64 ev[4];
    long n;

    sys3(NR_CLOCK_GETTIME, CLOCK_MONOTONIC, &now, 0);
    its.value.sec = now.sec + (now.nsec + 20000000) / 1000000000;
    its.value.nsec = ((now.nsec + 20000000) % 1000000000) | 1;
    if (sys6(NR_TIMERFD_SETTIME, bi->timerfd, 1, (long)&its, 0, 0, 0) != 0)
        quit(6);
    n = sys6(NR_EPOLL_PWAIT, bi->epollfd, (long)ev, 4, -1, 0, 0);
    sys3(NR_CLOCK_GETTIME, CLOCK_MONOTONIC, &later, 0);
    if (n != 1 || ev[0].data != 0xFFFFFFFEu)
        quit(7);
    puts1((later.sec - now.sec) * 1000000000 + later.nsec - now.nsec >=
                  20000000
              ? "yield ok\n"
              : "yield early\n");
}

/* Waits for input on net0 (index 1 in the epoll set), then reads it. */
static void netread(void)
{
    const struct mft_entry *n = device("net0");
    struct epoll_event64 ev[4];
    long got;

    if (sys6(NR_EPOLL_PWAIT, bi->epollfd, (long)ev, 4, -1, 0, 0) != 1)
        quit(9);
    got = sys3(NR_READ, n->b.hostfd, block_buf, sizeof block_buf);
    puts1("netread index=");
    putu(ev[0].data);
    puts1(" bytes=");
    putu((uint64_t)got);
    puts1("\n");
}

void _start(const struct boot_info *boot)
{
    const char *rest;
    struct timespec64 ts;

    bi = boot;
    data_marker++;
    if (command("exit", &rest)) {
        long s = 0;
        while (*rest >= '0' && *rest <= '9')
            s = s * 10 + (*rest++ - '0');
        quit(s);
    } else if (command("info", &rest)) {
        info();
    } else if (command("getpid", &rest)) {
        sys3(NR_GETPID, 0, 0, 0);
    } else if (command("stderr", &rest)) {
        sys3(NR_WRITE, 2, "stderr\n", 7);
    } else if (command("clocks", &rest)) {
        sys3(NR_CLOCK_GETTIME, CLOCK_REALTIME, &ts, 0);
        sys3(NR_CLOCK_GETTIME, CLOCK_MONOTONIC, &ts, 0);
        puts1("clocks ok\n");
        sys3(NR_CLOCK_GETTIME, CLOCK_BOOTTIME, &ts, 0);
    } else if (command("tls", &rest)) {
        sys3(NR_ARCH_PRCTL, ARCH_SET_FS, 0, 0);
        puts1("set_fs ok\n");
        sys3(NR_ARCH_PRCTL, ARCH_GET_FS, &ts, 0);
    } else if (command("wx", &rest)) {
        *(volatile uint8_t *)(uintptr_t)_start = 0xc3; /* text is read-only */
    } else if (command("net", &rest)) {
        const struct mft_entry *n = device("net0");
        /* Broadcast, from our MAC, local experimental EtherType 0x88b5. */
        uint8_t frame[60] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
        for (int i = 0; i < 6; i++)
            frame[6 + i] = n->u.net_basic.mac[i];
        frame[12] = 0x88, frame[13] = 0xb5;
        for (int i = 0; i < 11; i++)
            frame[14 + i] = (uint8_t)"kiln-frame\n"[i];
        if (sys3(NR_WRITE, n->b.hostfd, frame, sizeof frame) != sizeof frame)
            quit(8);
        puts1("net ok\n");
    } else if (command("nx", &rest)) {
        block_buf[0] = 0xc3; /* ret, in the heap-like bss: not executable */
        ((void (*)(void))(uintptr_t)block_buf)();
    } else if (command("netread", &rest)) {
        netread();
    } else if (command("yield", &rest)) {
        yield();
    } else if (command("block", &rest)) {
        block(rest);
    } else {
        puts1("hello from the test guest\n");
    }
    quit(0);
}
