/* The usage text of kiln-spt, including its exit status convention. */
#include <stdio.h>

#include "tender.h"

static const char usage_text[] =
    "usage: kiln-spt [OPTIONS] IMAGE [ARGS...]\n"
    "Runs a Solo5 spt unikernel IMAGE as a sandboxed Linux process.\n"
    "ARGS are joined with single spaces into the guest's command line\n"
    "(at most 8191 characters).\n"
    "\n"
    "options:\n"
    "  --mem=MiB                       guest memory (default 512)\n"
    "  --net:NAME=TAPIF                attach net device NAME to tap TAPIF\n"
    "  --net:NAME=@FD                  ... or to the open descriptor FD (made\n"
    "                                  non-blocking; MTU 1500 if not a tap)\n"
    "  --net-mac:NAME=xx:xx:xx:xx:xx:xx  MAC of NAME (default: random)\n"
    "  --block:NAME=FILE               attach block device NAME to FILE\n"
    "  --block-sector-size:NAME=N      block size of NAME, a power of two\n"
    "                                  from 512 to 32768 (default 512)\n"
    "  --help                          show this text\n"
    "\n"
    "Every device the image's manifest declares must be attached.\n"
    "\n"
    "exit status: the guest's exit status once it runs; a seccomp\n"
    "violation kills the process with SIGSYS (159 in a shell), a memory\n"
    "fault with SIGSEGV (139). Errors of\n"
    "kiln-spt itself, before the guest starts, exit with status 1 and one\n"
    "line on stderr starting \"kiln-spt: \" (1 is also SOLO5_EXIT_FAILURE;\n"
    "that stderr line tells the two apart).\n";

void usage_print(FILE *out)
{
    fputs(usage_text, out);
}
