/* Reads the whole image file into memory, so that every access can be bounds-checked. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tender.h"

#define MAX_IMAGE_SIZE (1ULL << 32)

void image_read(const char *path, struct image_file *file)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    uint8_t *buf;
    size_t got = 0;

    if (fd < 0)
        die_errno("%s: cannot open image", path);
    if (fstat(fd, &st) != 0)
        die_errno("%s: cannot stat image", path);
    if (!S_ISREG(st.st_mode))
        die("%s: image is not a regular file", path);
    if ((uint64_t)st.st_size > MAX_IMAGE_SIZE)
        die("%s: image is larger than 4 GiB", path);
    buf = malloc(st.st_size > 0 ? (size_t)st.st_size : 1);
    if (buf == NULL)
        die("%s: out of memory reading image", path);
    while (got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            die_errno("%s: cannot read image", path);
        if (n == 0)
            break; /* shrank meanwhile: validate what we have */
        got += (size_t)n;
    }
    close(fd);
    file->path = path;
    file->data = buf;
    file->size = got;
}
