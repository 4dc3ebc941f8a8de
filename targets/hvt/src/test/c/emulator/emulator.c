/* Runs the hvt bindings as a Linux process, catching each hypercall's outl and answering it per ABI §9.2. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "emulator.h"

uint8_t disk[DISK_SIZE];
uint64_t last_poll_timeout;
static uint8_t pending[2048]; /* one looped-back frame */
static uint64_t pending_len;
static int failures;

void check(int ok, const char *what)
{
    if (!ok) {
        printf("emulator: FAIL: %s\n", what);
        failures++;
    }
}

uint64_t now_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Field access by the offsets of the ABI table, not by the bindings'
 * structs, so a layout mistake on either side shows. */
#define U64(arg, off) (*(uint64_t *)((uint8_t *)(arg) + (off)))
#define I32(arg, off) (*(int32_t *)((uint8_t *)(arg) + (off)))

static void block(int write, uint8_t *a)
{
    uint64_t off = U64(a, 8), len = U64(a, 24);
    uint8_t *data = (uint8_t *)(uintptr_t)U64(a, 16);

    if (U64(a, 0) != BLOCK_HANDLE || off >= DISK_SIZE || len > DISK_SIZE - off) {
        I32(a, 32) = SOLO5_R_EINVAL;
        return;
    }
    memcpy(write ? disk + off : data, write ? data : disk + off, len);
    I32(a, 32) = SOLO5_R_OK;
}

static void net(int write, uint8_t *a)
{
    uint8_t *data = (uint8_t *)(uintptr_t)U64(a, 8);

    check(U64(a, 0) == NET_HANDLE, "net hypercall handle");
    if (write) {
        memcpy(pending, data, U64(a, 16));
        pending_len = U64(a, 16);
        I32(a, 24) = SOLO5_R_OK;
    } else if (pending_len == 0) {
        I32(a, 24) = SOLO5_R_AGAIN;
    } else {
        memcpy(data, pending, pending_len);
        U64(a, 16) = pending_len;
        pending_len = 0;
        I32(a, 24) = SOLO5_R_OK;
    }
}

static void hypercall(unsigned nr, uint8_t *a)
{
    struct timespec ts;

    switch (nr) {
    case 1: U64(a, 0) = now_ns(CLOCK_REALTIME); break;
    case 2: fwrite((void *)(uintptr_t)U64(a, 0), 1, U64(a, 8), stdout); break;
    case 3:
        last_poll_timeout = U64(a, 0);
        if (pending_len == 0) {
            ts.tv_sec = (time_t)(U64(a, 0) / 1000000000ull);
            ts.tv_nsec = (long)(U64(a, 0) % 1000000000ull);
            nanosleep(&ts, NULL);
        }
        U64(a, 8) = pending_len ? 1ull << NET_HANDLE : 0;
        I32(a, 16) = pending_len ? 1 : 0;
        break;
    case 4: case 5: block(nr == 4, a); break;
    case 6: case 7: net(nr == 6, a); break;
    case 8:
        check(U64(a, 0) == 0, "HALT cookie is 0 on exit");
        check(I32(a, 8) == 7, "HALT carries solo5_exit's status");
        printf(failures ? "emulator: FAILED\n" : "emulator: SUCCESS\n");
        fflush(stdout);
        _exit(failures ? 1 : 0);
    default: check(0, "hypercall number"); break;
    }
}

/* outl %eax, (%dx) is 0xef and faults outside ring 0: emulate and skip it. */
static void on_fault(int sig, siginfo_t *info, void *context)
{
    greg_t *regs = ((ucontext_t *)context)->uc_mcontext.gregs;
    uint8_t *rip = (uint8_t *)regs[REG_RIP];
    unsigned port = (unsigned)regs[REG_RDX] & 0xffff;

    (void)sig;
    (void)info;
    if (*rip != 0xef || port < 0x500 || port >= 0x509) {
        printf("emulator: FAIL: unexpected fault at %p\n", (void *)rip);
        _exit(2);
    }
    hypercall(port - 0x500, (uint8_t *)(uintptr_t)(uint32_t)regs[REG_RAX]);
    regs[REG_RIP] += 1;
}

uint64_t tsc_hz(void)
{
    uint64_t t0 = __builtin_ia32_rdtsc(), n0 = now_ns(CLOCK_MONOTONIC);
    struct timespec ts = {0, 50000000};

    nanosleep(&ts, NULL);
    return (__builtin_ia32_rdtsc() - t0) * 1000000000ull /
           (now_ns(CLOCK_MONOTONIC) - n0);
}

int main(void)
{
    struct sigaction sa = {.sa_sigaction = on_fault, .sa_flags = SA_SIGINFO};
    static ucontext_t main_context, guest_context;
    uint8_t *low = mmap((void *)LOW_BASE, LOW_SIZE, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

    setvbuf(stdout, NULL, _IONBF, 0);
    if (low != (uint8_t *)LOW_BASE) {
        printf("emulator: cannot map guest memory below 4 GiB\n");
        return 2;
    }
    sigaction(SIGSEGV, &sa, NULL);
    /* The bindings keep hypercall arguments on the stack: it must be low. */
    getcontext(&guest_context);
    guest_context.uc_stack.ss_sp = low;
    guest_context.uc_stack.ss_size = LOW_SIZE / 2;
    guest_context.uc_link = &main_context;
    makecontext(&guest_context, guest, 0);
    swapcontext(&main_context, &guest_context);
    printf("emulator: FAIL: the guest returned instead of halting\n");
    return 1;
}
