/* Attaches a host file as a BLOCK_BASIC device. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tender.h"

void block_attach(const struct attachment *a, struct mft_entry *e)
{
    int fd = open(a->target, O_RDWR);
    struct stat st;
    off_t end;

    if (fd < 0)
        die_errno("--block:%s: cannot open '%s'", a->name, a->target);
    if (fstat(fd, &st) != 0)
        die_errno("--block:%s: cannot stat '%s'", a->name, a->target);
    if (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode))
        die("--block:%s: '%s' is not a file or block device", a->name,
            a->target);
    end = lseek(fd, 0, SEEK_END);
    if (end < 0)
        die_errno("--block:%s: cannot find the size of '%s'", a->name,
                  a->target);
    if (end == 0 || (uint64_t)end % a->block_size != 0)
        die("--block:%s: size of '%s' (%lld bytes) is not a non-zero "
            "multiple of the block size %llu",
            a->name, a->target, (long long)end,
            (unsigned long long)a->block_size);
    e->u.block_basic.capacity = (uint64_t)end;
    e->u.block_basic.block_size = (uint16_t)a->block_size;
    e->b.hostfd = fd;
    e->attached = true;
}
