/* One-line fatal error reporting for the tender. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tender.h"

static noreturn void report(const char *fmt, va_list ap, const char *suffix)
{
    char msg[1024];

    vsnprintf(msg, sizeof msg, fmt, ap);
    /* Paths and values come from the user: keep the message on one line. */
    for (char *p = msg; *p != '\0'; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = '?';
    if (suffix != NULL)
        fprintf(stderr, "kiln-spt: %s: %s\n", msg, suffix);
    else
        fprintf(stderr, "kiln-spt: %s\n", msg);
    exit(TENDER_EXIT_FAILURE);
}

void die(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    report(fmt, ap, NULL);
}

void die_errno(const char *fmt, ...)
{
    const char *reason = strerror(errno);
    va_list ap;

    va_start(ap, fmt);
    report(fmt, ap, reason);
}
