/* Internal interface shared by the source files of the kiln-spt tender. */
#ifndef KILN_SPT_TENDER_H
#define KILN_SPT_TENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdnoreturn.h>

#include "kiln/manifest_abi.h"

#if !defined(__x86_64__) || !defined(__linux__)
#error "kiln-spt supports x86_64 Linux hosts only"
#endif

/* Guest address space, identity mapped into the tender (ABI §6.2, §8.1). */
#define GUEST_LOW_BASE 0x10000ULL    /* lowest mapped guest address */
#define GUEST_IMAGE_BASE 0x100000ULL /* images are linked at or above this */
#define BOOT_INFO_ADDR 0x11000ULL    /* boot info, manifest copy, cmdline */
#define CMDLINE_SIZE 8192
#define HEAP_MINIMUM (512ULL * 1024) /* the bindings refuse to run on less */
#define PAGE_SIZE_4K 0x1000ULL
#define TIMERFD_EVENT_DATA 0xFFFFFFFEULL

#define MAX_DEVICES MFT_MAX_DEVICES
#define DEVICE_NAME_MAX MFT_NAME_MAX
#define DEFAULT_BLOCK_SIZE 512
#define MAX_BLOCK_SIZE 32768 /* block_size is a 16-bit field in the manifest */

/* Exit status of the tender's own failures (the guest's status otherwise). */
#define TENDER_EXIT_FAILURE 1

/* die.c: print "kiln-spt: <message>" as one line on stderr and exit. */
noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
noreturn void die_errno(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* options.c: the command line. */
enum device_kind { DEVICE_NET, DEVICE_BLOCK };

struct attachment {
    enum device_kind kind;
    char name[DEVICE_NAME_MAX + 1];
    const char *target;    /* tap name, "@FD", or block file path */
    bool has_mac;          /* --net-mac given */
    uint8_t mac[6];
    uint64_t block_size;   /* --block-sector-size, or the default */
    size_t manifest_index; /* set by devices.c */
};

struct options {
    uint64_t mem_size;
    const char *image_path;
    char cmdline[CMDLINE_SIZE];
    struct attachment dev[MAX_DEVICES];
    size_t ndev;
};

void options_parse(int argc, char **argv, struct options *opt);

/* usage.c: the --help text. */
void usage_print(FILE *out);

/* image.c, elf.c: the image file, validated against the loader rules. */
struct image_file {
    const char *path;
    const uint8_t *data;
    size_t size;
};

struct segment {
    uint64_t offset, filesz, vaddr;
    uint64_t start, end; /* rounded out to p_align, 4 KiB aligned */
    int prot;
};

struct note_area {
    uint64_t offset, size;
    size_t phdr_index;
};

struct elf_info {
    uint64_t entry;
    uint64_t kernel_end; /* aligned end of the highest loaded segment */
    struct segment *seg;
    size_t nseg;
    struct note_area *note;
    size_t nnote;
};

void image_read(const char *path, struct image_file *file);
void elf_validate(const struct image_file *file, uint64_t mem_size,
                  struct elf_info *info);

/* notes.c: ABI note check and a validated, private copy of the manifest. */
struct mft *notes_check(const struct image_file *file,
                        const struct elf_info *info, size_t *mft_size);

/* memory.c: guest memory and the loaded segments. */
void memory_map(uint64_t mem_size);
void memory_load(const struct image_file *file, const struct elf_info *info);

/* devices.c, net.c, block.c: attach host devices to manifest entries. */
void devices_attach(struct options *opt, struct mft *mft);
void net_attach(const struct attachment *a, struct mft_entry *e);
void block_attach(const struct attachment *a, struct mft_entry *e);

/* boot.c: low memory, event set, and the jump into the guest. */
struct boot_fds {
    int epollfd;
    int timerfd;
};

void boot_events(const struct mft *mft, struct boot_fds *fds);
void boot_low_memory(uint64_t mem_size, uint64_t kernel_end,
                     const struct mft *mft, size_t mft_size,
                     const char *cmdline, const struct boot_fds *fds);
noreturn void boot_jump(uint64_t entry, uint64_t mem_size);

/* sandbox.c: the seccomp filter of ABI §8.3, installed last. */
void sandbox_install(const struct mft *mft, const struct boot_fds *fds);

#endif
