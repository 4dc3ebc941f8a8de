/* kiln-spt: loads a Solo5 spt unikernel into this process and runs it. */
#include <stdlib.h>
#include <sys/personality.h>

#include "tender.h"

int main(int argc, char **argv)
{
    static struct options opt;
    struct image_file file;
    struct elf_info info;
    struct boot_fds fds;
    struct mft *mft;
    size_t mft_size;
    int persona = personality(0xffffffff);

    options_parse(argc, argv, &opt);
    if (persona == -1 || (persona & READ_IMPLIES_EXEC))
        die("refusing to run with the READ_IMPLIES_EXEC personality: guest "
            "memory would be executable");
    image_read(opt.image_path, &file);
    elf_validate(&file, opt.mem_size, &info);
    mft = notes_check(&file, &info, &mft_size);
    devices_attach(&opt, mft);
    memory_map(opt.mem_size);
    memory_load(&file, &info);
    boot_events(mft, &fds);
    boot_low_memory(opt.mem_size, info.kernel_end, mft, mft_size, opt.cmdline,
                    &fds);
    free(info.seg);
    free(info.note);
    free((void *)file.data);
    /* Last: after this only the guest's syscalls are allowed. */
    sandbox_install(mft, &fds);
    boot_jump(info.entry, opt.mem_size);
}
