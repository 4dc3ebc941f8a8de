/* Test shim: solo5.h on raw Linux x86_64 syscalls, so an image runs as a plain process. */
#include <solo5.h>

#define SYS_WRITE 1
#define SYS_MMAP 9
#define SYS_CLOCK_GETTIME 228
#define SYS_CLOCK_NANOSLEEP 230
#define SYS_EXIT_GROUP 231
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define TIMER_ABSTIME 1
#define PROT_RW 3
#define MAP_PRIVATE_ANONYMOUS 0x22
#define HEAP_SIZE (32ul * 1024 * 1024)
#define CMDLINE_SIZE 8192

struct timespec_k {
    long sec;
    long nsec;
};

uintptr_t __stack_chk_guard = 0x595e9fbd94fda700ul;

static long syscall6(long nr, long a, long b, long c, long d, long e, long f)
{
    long result;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return result;
}

void solo5_exit(int status)
{
    for (;;) {
        syscall6(SYS_EXIT_GROUP, status, 0, 0, 0, 0, 0);
    }
}

void solo5_abort(void)
{
    solo5_exit(SOLO5_EXIT_ABORT);
}

void __stack_chk_fail(void)
{
    static const char message[] = "hosted_solo5: stack corruption\n";
    solo5_console_write(message, sizeof(message) - 1);
    solo5_abort();
}

static solo5_time_t read_clock(long clock)
{
    struct timespec_k ts;
    syscall6(SYS_CLOCK_GETTIME, clock, (long)&ts, 0, 0, 0, 0);
    return (solo5_time_t)ts.sec * 1000000000u + (solo5_time_t)ts.nsec;
}

solo5_time_t solo5_clock_monotonic(void) { return read_clock(CLOCK_MONOTONIC); }
solo5_time_t solo5_clock_wall(void) { return read_clock(CLOCK_REALTIME); }

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    if (ready_set != NULL) {
        *ready_set = 0;
    }
    if (deadline <= solo5_clock_monotonic()) {
        return;
    }
    if (deadline > (solo5_time_t)1 << 62) {
        deadline = (solo5_time_t)1 << 62;
    }
    struct timespec_k until = {(long)(deadline / 1000000000u), (long)(deadline % 1000000000u)};
    syscall6(SYS_CLOCK_NANOSLEEP, CLOCK_MONOTONIC, TIMER_ABSTIME, (long)&until, 0, 0, 0);
}

void solo5_console_write(const char *buf, size_t size)
{
    while (size > 0) {
        long written = syscall6(SYS_WRITE, 1, (long)buf, (long)size, 0, 0, 0);
        if (written <= 0) {
            return;
        }
        buf += written;
        size -= (size_t)written;
    }
}

solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle,
                                 struct solo5_net_info *info)
{
    (void)name, (void)handle, (void)info;
    return SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf, size_t size)
{
    (void)handle, (void)buf, (void)size;
    return SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size, size_t *read_size)
{
    (void)handle, (void)buf, (void)size, (void)read_size;
    return SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
                                   struct solo5_block_info *info)
{
    (void)name, (void)handle, (void)info;
    return SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset, const uint8_t *buf,
                                 size_t size)
{
    (void)handle, (void)offset, (void)buf, (void)size;
    return SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset, uint8_t *buf,
                                size_t size)
{
    (void)handle, (void)offset, (void)buf, (void)size;
    return SOLO5_R_EUNSPEC;
}

size_t solo5_tls_size(void) { return 0; }
uintptr_t solo5_tls_tp_offset(uintptr_t tls) { return tls; }
solo5_result_t solo5_tls_init(uintptr_t tls) { (void)tls; return SOLO5_R_EUNSPEC; }
solo5_result_t solo5_set_tls_base(uintptr_t base) { (void)base; return SOLO5_R_EUNSPEC; }

static char cmdline[CMDLINE_SIZE];

/* Joins argv[1..] with single spaces, as the spt tender does. */
static void join_args(int argc, char **argv)
{
    size_t at = 0;
    for (int i = 1; i < argc; i++) {
        for (const char *p = argv[i]; *p != '\0' && at + 2 < CMDLINE_SIZE; p++) {
            cmdline[at++] = *p;
        }
        if (i + 1 < argc && at + 2 < CMDLINE_SIZE) {
            cmdline[at++] = ' ';
        }
    }
    cmdline[at] = '\0';
}

/* Called from _start with the initial stack pointer: argc, then argv. */
__attribute__((used)) static void hosted_start(long *initial_sp)
{
    int argc = (int)initial_sp[0];
    char **argv = (char **)(initial_sp + 1);
    join_args(argc, argv);
    long heap = syscall6(SYS_MMAP, 0, HEAP_SIZE, PROT_RW, MAP_PRIVATE_ANONYMOUS, -1, 0);
    if (heap < 0) {
        solo5_abort();
    }
    static struct solo5_start_info info;
    info.cmdline = cmdline;
    info.heap_start = (uintptr_t)heap;
    info.heap_size = HEAP_SIZE;
    solo5_exit(solo5_app_main(&info));
}

__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "  xorl %ebp, %ebp\n"
        "  movq %rsp, %rdi\n"
        "  andq $-16, %rsp\n"
        "  call hosted_start\n"
        "  hlt\n");
