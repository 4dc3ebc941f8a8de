/* Builds and installs the guest's seccomp filter (ABI §8.3). */
#include <asm/prctl.h>
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "tender.h"

static void allow(scmp_filter_ctx ctx, int nr, unsigned count,
                  const struct scmp_arg_cmp *cmp)
{
    int rc = seccomp_rule_add_array(ctx, SCMP_ACT_ALLOW, nr, count, cmp);

    if (rc != 0)
        die("seccomp: cannot add a rule for syscall %d (error %d)", nr, rc);
}

static void allow_fd(scmp_filter_ctx ctx, int nr, int fd)
{
    struct scmp_arg_cmp cmp[] = {SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)fd)};

    allow(ctx, nr, 1, cmp);
}

static void allow_block_io(scmp_filter_ctx ctx, int nr,
                           const struct mft_entry *e)
{
    const uint64_t bs = e->u.block_basic.block_size;
    struct scmp_arg_cmp cmp[] = {
        SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)e->b.hostfd),
        SCMP_A2(SCMP_CMP_EQ, bs),
        SCMP_A3(SCMP_CMP_LE, e->u.block_basic.capacity - bs),
    };

    allow(ctx, nr, 3, cmp);
}

static scmp_filter_ctx build(const struct mft *m, const struct boot_fds *fds)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL);
    struct scmp_arg_cmp clock[] = {SCMP_A0(SCMP_CMP_EQ, CLOCK_MONOTONIC)};
    struct scmp_arg_cmp wall[] = {SCMP_A0(SCMP_CMP_EQ, CLOCK_REALTIME)};
    struct scmp_arg_cmp set_fs[] = {SCMP_A0(SCMP_CMP_EQ, ARCH_SET_FS)};

    if (ctx == NULL)
        die("seccomp: cannot create a filter");
    allow_fd(ctx, SCMP_SYS(write), 1);
    allow(ctx, SCMP_SYS(exit_group), 0, NULL);
    allow_fd(ctx, SCMP_SYS(epoll_pwait), fds->epollfd);
    allow_fd(ctx, SCMP_SYS(timerfd_settime), fds->timerfd);
    allow(ctx, SCMP_SYS(clock_gettime), 1, clock);
    allow(ctx, SCMP_SYS(clock_gettime), 1, wall);
    allow(ctx, SCMP_SYS(arch_prctl), 1, set_fs);
    for (uint32_t i = 1; i < m->entries; i++) {
        const struct mft_entry *e = &m->e[i];

        if (e->type == MFT_DEV_BLOCK_BASIC) {
            allow_block_io(ctx, SCMP_SYS(pread64), e);
            allow_block_io(ctx, SCMP_SYS(pwrite64), e);
        } else if (e->type == MFT_DEV_NET_BASIC) {
            allow_fd(ctx, SCMP_SYS(read), e->b.hostfd);
            allow_fd(ctx, SCMP_SYS(write), e->b.hostfd);
        }
    }
    return ctx;
}

/* The filter as classic BPF, via libseccomp's exporter and a memfd. */
static struct sock_fprog export_bpf(scmp_filter_ctx ctx)
{
    int fd = memfd_create("kiln-spt-seccomp", MFD_CLOEXEC);
    struct stat st;
    struct sock_filter *code;
    int rc;

    if (fd < 0)
        die_errno("seccomp: memfd_create");
    rc = seccomp_export_bpf(ctx, fd);
    if (rc != 0)
        die("seccomp: cannot export the filter (error %d)", rc);
    if (fstat(fd, &st) != 0)
        die_errno("seccomp: fstat");
    if (st.st_size <= 0 || st.st_size % sizeof *code != 0 ||
        (size_t)st.st_size / sizeof *code > BPF_MAXINSNS)
        die("seccomp: exported filter has a bad size (%lld bytes)",
            (long long)st.st_size);
    code = malloc((size_t)st.st_size);
    if (code == NULL)
        die("seccomp: out of memory");
    if (pread(fd, code, (size_t)st.st_size, 0) != st.st_size)
        die_errno("seccomp: cannot read back the filter");
    close(fd);
    return (struct sock_fprog){.len = (unsigned short)(st.st_size / sizeof *code),
                               .filter = code};
}

void sandbox_install(const struct mft *m, const struct boot_fds *fds)
{
    scmp_filter_ctx ctx = build(m, fds);
    struct sock_fprog prog = export_bpf(ctx);

    seccomp_release(ctx);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        die_errno("prctl(PR_SET_NO_NEW_PRIVS)");
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0)
        die_errno("cannot install the seccomp filter");
    /* From here on only the guest's syscalls are allowed: no free(). */
}
