/* Kiln libc: the exact math functions (no rounding error to manage): fabs, sqrt, floor, ceil. */
#include <math.h>

/* Beyond 2^52 every double is already an integer. */
#define ALL_INTEGERS 4503599627370496.0

double fabs(double x)
{
    return __builtin_fabs(x);
}

double sqrt(double x)
{
    double root;
    __asm__("sqrtsd %1, %0" : "=x"(root) : "x"(x));
    return root;
}

double floor(double x)
{
    if (!(fabs(x) < ALL_INTEGERS) || x == 0) {
        return x; /* NaN, infinities, huge values and both zeros stay as they are */
    }
    double truncated = (double)(long long)x;
    return truncated > x ? truncated - 1.0 : truncated;
}

double ceil(double x)
{
    if (!(fabs(x) < ALL_INTEGERS) || x == 0) {
        return x;
    }
    double truncated = (double)(long long)x;
    if (truncated < x) {
        truncated += 1.0;
    }
    return truncated == 0 && x < 0 ? -0.0 : truncated;
}
