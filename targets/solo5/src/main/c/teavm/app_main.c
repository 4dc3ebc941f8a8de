/* Kiln's TeaVM platform: the Solo5 entry point, which runs TeaVM's generated main. */
#include "kiln_platform.h"
#include <kiln_console.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 64

/* Defined by TeaVM in the generated main.c. */
int main(int argc, char **argv);

static const struct solo5_start_info *start_info;
static char program_name[] = "kiln";
static char *args[MAX_ARGS + 2];

const struct solo5_start_info *kiln_start_info(void)
{
    return start_info;
}

/* Splits a private copy of the command line at spaces into args[1..]. */
static int split_cmdline(const char *cmdline)
{
    int argc = 0;
    args[argc++] = program_name;
    size_t length = cmdline == NULL ? 0 : strlen(cmdline);
    char *copy = malloc(length + 1);
    if (copy == NULL) {
        args[argc] = NULL;
        return argc;
    }
    memcpy(copy, cmdline == NULL ? "" : cmdline, length + 1);
    for (char *p = copy; *p != '\0' && argc <= MAX_ARGS;) {
        while (*p == ' ') {
            *p++ = '\0';
        }
        if (*p == '\0') {
            break;
        }
        args[argc++] = p;
        while (*p != '\0' && *p != ' ') {
            p++;
        }
    }
    args[argc] = NULL;
    return argc;
}

int solo5_app_main(const struct solo5_start_info *info)
{
    start_info = info;
    kiln_memory_init(info);
    kiln_report_uncaught_on_abort();
    int argc = split_cmdline(info->cmdline);
    int status = main(argc, args);
    kiln_console_flush();
    return status;
}
