/* Kiln libc: setlocale accepts only the one locale there is. */
#include <locale.h>

static char c_locale[] = "C";

char *setlocale(int category, const char *locale)
{
    (void)category;
    if (locale == NULL || locale[0] == '\0' || (locale[0] == 'C' && locale[1] == '\0')) {
        return c_locale;
    }
    return NULL;
}
