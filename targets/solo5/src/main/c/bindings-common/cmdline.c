/* Boot command-line preprocessing: leading --solo5:<level> options set the log level. */
#include "bindings.h"

struct level_option {
    const char *name;
    enum kiln_log_level level;
};

static const struct level_option options[] = {
    {"--solo5:quiet", LOG_ERROR}, {"--solo5:error", LOG_ERROR},
    {"--solo5:warn", LOG_WARN},   {"--solo5:info", LOG_INFO},
    {"--solo5:debug", LOG_DEBUG},
};

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* True if the token [start, end) spells exactly `name`. */
static int token_is(const char *start, const char *end, const char *name)
{
    while (start < end && *name != '\0' && *start == *name) {
        start++;
        name++;
    }
    return start == end && *name == '\0';
}

const char *kiln_cmdline_consume(const char *cmdline)
{
    static const char empty[] = "";

    if (cmdline == NULL)
        return empty;
    for (;;) {
        const char *end;
        size_t i;

        while (is_space(*cmdline))
            cmdline++;
        for (end = cmdline; *end != '\0' && !is_space(*end); end++)
            ;
        for (i = 0; i < sizeof options / sizeof options[0]; i++)
            if (token_is(cmdline, end, options[i].name))
                break;
        if (end == cmdline || i == sizeof options / sizeof options[0])
            return cmdline;
        kiln_log_set_level(options[i].level);
        cmdline = end;
    }
}
