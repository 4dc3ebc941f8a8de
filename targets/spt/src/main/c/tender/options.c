/* Command-line parsing for kiln-spt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tender.h"

#define DEFAULT_MEM_MIB 512
#define MAX_MEM_MIB (1ULL << 20) /* 1 TiB */

/* Parses an unsigned decimal; false on anything else or overflow. */
static bool parse_u64(const char *s, uint64_t *out)
{
    uint64_t v = 0;

    if (*s == '\0')
        return false;
    for (; *s != '\0'; s++) {
        if (*s < '0' || *s > '9' || v > (UINT64_MAX - 9) / 10)
            return false;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    *out = v;
    return true;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool parse_mac(const char *s, uint8_t mac[6])
{
    for (int i = 0; i < 6; i++) {
        int hi = hex_digit(s[0]), lo = hi < 0 ? -1 : hex_digit(s[1]);

        if (lo < 0 || s[2] != (i == 5 ? '\0' : ':'))
            return false;
        mac[i] = (uint8_t)(hi << 4 | lo);
        s += 3;
    }
    return true;
}

/* Finds or adds the attachment named in "PREFIXNAME=VALUE"; sets *value. */
static struct attachment *attachment_for(struct options *opt, const char *arg,
                                         const char *prefix,
                                         enum device_kind kind,
                                         const char **value)
{
    const char *name = arg + strlen(prefix), *eq = strchr(name, '=');
    size_t len = eq == NULL ? 0 : (size_t)(eq - name);

    if (eq == NULL)
        die("%s: expected %sNAME=VALUE", arg, prefix);
    if (len == 0 || len > DEVICE_NAME_MAX)
        die("%s: device names have 1 to %d letters or digits", arg,
            DEVICE_NAME_MAX);
    for (size_t i = 0; i < len; i++)
        if (!((name[i] >= 'a' && name[i] <= 'z') ||
              (name[i] >= 'A' && name[i] <= 'Z') ||
              (name[i] >= '0' && name[i] <= '9')))
            die("%s: device names have 1 to %d letters or digits", arg,
                DEVICE_NAME_MAX);
    *value = eq + 1;
    for (size_t i = 0; i < opt->ndev; i++) {
        struct attachment *a = &opt->dev[i];

        if (strlen(a->name) != len || memcmp(a->name, name, len) != 0)
            continue;
        if (a->kind != kind)
            die("%s: device '%s' is also given as a %s device", arg, a->name,
                a->kind == DEVICE_NET ? "net" : "block");
        return a;
    }
    if (opt->ndev == MAX_DEVICES)
        die("%s: too many devices (at most %d)", arg, MAX_DEVICES);
    struct attachment *a = &opt->dev[opt->ndev++];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    memcpy(a->name, name, len);
    a->block_size = DEFAULT_BLOCK_SIZE;
    return a;
}

static void parse_device_option(struct options *opt, const char *arg)
{
    const char *v;
    struct attachment *a;
    uint64_t n;

    if (strncmp(arg, "--net:", 6) == 0) {
        a = attachment_for(opt, arg, "--net:", DEVICE_NET, &v);
        if (a->target != NULL)
            die("%s: device '%s' is attached twice", arg, a->name);
        if (*v == '\0')
            die("%s: missing tap interface name or @FD", arg);
        a->target = v;
    } else if (strncmp(arg, "--net-mac:", 10) == 0) {
        a = attachment_for(opt, arg, "--net-mac:", DEVICE_NET, &v);
        if (!parse_mac(v, a->mac))
            die("%s: MAC must be six hex pairs like 02:00:00:00:00:01", arg);
        a->has_mac = true;
    } else if (strncmp(arg, "--block:", 8) == 0) {
        a = attachment_for(opt, arg, "--block:", DEVICE_BLOCK, &v);
        if (a->target != NULL)
            die("%s: device '%s' is attached twice", arg, a->name);
        if (*v == '\0')
            die("%s: missing file name", arg);
        a->target = v;
    } else if (strncmp(arg, "--block-sector-size:", 20) == 0) {
        a = attachment_for(opt, arg, "--block-sector-size:", DEVICE_BLOCK, &v);
        if (!parse_u64(v, &n) || n < DEFAULT_BLOCK_SIZE ||
            n > MAX_BLOCK_SIZE || (n & (n - 1)) != 0)
            die("%s: block size must be a power of two from %d to %d", arg,
                DEFAULT_BLOCK_SIZE, MAX_BLOCK_SIZE);
        a->block_size = n;
    } else {
        die("unknown option '%s' (see --help)", arg);
    }
}

static void join_cmdline(struct options *opt, int argc, char **argv, int first)
{
    size_t used = 0;

    for (int i = first; i < argc; i++) {
        size_t len = strlen(argv[i]), sep = i > first ? 1 : 0;

        if (sep + len > CMDLINE_SIZE - 1 - used)
            die("guest command line too long (at most %d characters)",
                CMDLINE_SIZE - 1);
        if (sep != 0)
            opt->cmdline[used++] = ' ';
        memcpy(opt->cmdline + used, argv[i], len);
        used += len;
    }
    opt->cmdline[used] = '\0';
}

void options_parse(int argc, char **argv, struct options *opt)
{
    int i = 1;
    uint64_t mib;

    memset(opt, 0, sizeof *opt);
    opt->mem_size = (uint64_t)DEFAULT_MEM_MIB << 20;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        const char *arg = argv[i];

        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        } else if (strcmp(arg, "--help") == 0) {
            usage_print(stdout);
            exit(0);
        } else if (strncmp(arg, "--mem=", 6) == 0) {
            if (!parse_u64(arg + 6, &mib) || mib == 0 || mib > MAX_MEM_MIB)
                die("%s: memory size must be 1 to %llu MiB", arg,
                    (unsigned long long)MAX_MEM_MIB);
            opt->mem_size = mib << 20;
        } else {
            parse_device_option(opt, arg);
        }
    }
    if (i >= argc)
        die("no IMAGE given (see --help)");
    opt->image_path = argv[i];
    join_cmdline(opt, argc, argv, i + 1);
    for (size_t d = 0; d < opt->ndev; d++)
        if (opt->dev[d].target == NULL)
            die("device '%s' is configured but not attached: missing %s%s=...",
                opt->dev[d].name,
                opt->dev[d].kind == DEVICE_NET ? "--net:" : "--block:",
                opt->dev[d].name);
}
