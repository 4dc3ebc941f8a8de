/* Writes a damaged copy of a good test image: craft GOOD VARIANT OUT. */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiln/manifest_abi.h"

static unsigned char *img;
static long img_size;

static Elf64_Ehdr *eh(void) { return (Elf64_Ehdr *)img; }
static Elf64_Phdr *ph(int i) { return (Elf64_Phdr *)(img + eh()->e_phoff) + i; }

/* The n-th PT_LOAD with file contents (0 = text, 1 = data). */
static Elf64_Phdr *load(int n)
{
    for (int i = 0; i < eh()->e_phnum; i++)
        if (ph(i)->p_type == PT_LOAD && ph(i)->p_filesz > 0 && n-- == 0)
            return ph(i);
    fprintf(stderr, "craft: no such PT_LOAD\n");
    exit(2);
}

/* The PT_NOTE whose first note has the given Solo5 type. */
static Elf64_Phdr *note(uint32_t type)
{
    for (int i = 0; i < eh()->e_phnum; i++) {
        struct solo5_note_header *h = (void *)(img + ph(i)->p_offset);
        if (ph(i)->p_type == PT_NOTE && h->type == type)
            return ph(i);
    }
    fprintf(stderr, "craft: no such note\n");
    exit(2);
}

static struct solo5_note_header *note_header(uint32_t type)
{
    return (void *)(img + note(type)->p_offset);
}

static struct solo5_abi1_desc *abi(void)
{
    return (void *)(note_header(SOLO5_NOTE_TYPE_ABI1) + 1);
}

static struct mft *mft(void)
{
    return (void *)((char *)(note_header(SOLO5_NOTE_TYPE_MFT1) + 1) +
                    MFT_NOTE_PAD);
}

static struct mft_entry *last_entry(void) { return &mft()->e[mft()->entries - 1]; }

static void damage(const char *v)
{
    if (!strcmp(v, "machine")) eh()->e_machine = EM_386;
    else if (!strcmp(v, "dyn")) eh()->e_type = ET_DYN;
    else if (!strcmp(v, "class32")) eh()->e_ident[EI_CLASS] = ELFCLASS32;
    else if (!strcmp(v, "ehsize")) eh()->e_ehsize = 52;
    else if (!strcmp(v, "phnum0")) eh()->e_phnum = 0;
    else if (!strcmp(v, "phoff")) eh()->e_phoff = 0xfffffffffffff000ULL;
    else if (!strcmp(v, "entry")) eh()->e_entry = 0x1000;
    else if (!strcmp(v, "abi-target")) abi()->abi_target = SOLO5_ABI_TARGET_HVT;
    else if (!strcmp(v, "abi-version")) abi()->abi_version = 1;
    else if (!strcmp(v, "abi-missing")) note_header(SOLO5_NOTE_TYPE_ABI1)->name[4] = 'x';
    else if (!strcmp(v, "abi-descsz")) note_header(SOLO5_NOTE_TYPE_ABI1)->descsz = 0xffffffffu;
    else if (!strcmp(v, "wx")) load(0)->p_flags |= PF_W;
    else if (!strcmp(v, "below")) load(0)->p_vaddr = load(0)->p_paddr = 0x80000;
    else if (!strcmp(v, "unaligned")) load(0)->p_align = 16, load(0)->p_vaddr += 16;
    else if (!strcmp(v, "overlap")) load(1)->p_vaddr = load(0)->p_vaddr;
    else if (!strcmp(v, "filesz")) load(0)->p_filesz = load(0)->p_memsz + 1;
    else if (!strcmp(v, "offset")) load(0)->p_offset = 0x7ffffffffffff000ULL;
    else if (!strcmp(v, "memsz")) load(1)->p_memsz = 0xfffffffffff00000ULL;
    else if (!strcmp(v, "note-small")) note(SOLO5_NOTE_TYPE_MFT1)->p_filesz = 8;
    else if (!strcmp(v, "note-offset")) note(SOLO5_NOTE_TYPE_MFT1)->p_offset = 0xfffffffffffffff0ULL;
    else if (!strcmp(v, "mft-missing")) note_header(SOLO5_NOTE_TYPE_MFT1)->type = 0;
    else if (!strcmp(v, "mft-descsz")) note_header(SOLO5_NOTE_TYPE_MFT1)->descsz = 2;
    else if (!strcmp(v, "mft-version")) mft()->version = 2;
    else if (!strcmp(v, "mft-entries")) mft()->entries += 1;
    else if (!strcmp(v, "mft-too-many")) mft()->entries = 65;
    else if (!strcmp(v, "mft-reserved")) mft()->e[0].type = MFT_DEV_NET_BASIC;
    else if (!strcmp(v, "mft-name")) memset(last_entry()->name, 'x', MFT_NAME_SIZE);
    else if (!strcmp(v, "mft-attached")) *(unsigned char *)&last_entry()->attached = 1;
    else {
        fprintf(stderr, "craft: unknown variant %s\n", v);
        exit(2);
    }
}

int main(int argc, char **argv)
{
    FILE *in, *out;

    if (argc != 4) {
        fprintf(stderr, "usage: craft GOOD VARIANT OUT\n");
        return 2;
    }
    in = fopen(argv[1], "rb");
    if (in == NULL || fseek(in, 0, SEEK_END) != 0 || (img_size = ftell(in)) <= 0)
        return perror(argv[1]), 2;
    rewind(in);
    img = malloc((size_t)img_size);
    if (img == NULL || fread(img, 1, (size_t)img_size, in) != (size_t)img_size)
        return perror(argv[1]), 2;
    fclose(in);
    damage(argv[2]);
    out = fopen(argv[3], "wb");
    if (out == NULL || fwrite(img, 1, (size_t)img_size, out) != (size_t)img_size ||
        fclose(out) != 0)
        return perror(argv[3]), 2;
    return 0;
}
