/* Kiln libc: time() from the Solo5 wall clock. */
#include <solo5.h>
#include <time.h>

time_t time(time_t *out)
{
    time_t now = (time_t)(solo5_clock_wall() / 1000000000u);
    if (out != NULL) {
        *out = now;
    }
    return now;
}
