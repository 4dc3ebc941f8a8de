/* Kiln libc: the math TeaVM's C calls. fabs, sqrt, floor and ceil are here; the
 * transcendental functions are declared but not yet provided (a link error names them). */
#ifndef KILN_MATH_H
#define KILN_MATH_H

#define NAN (__builtin_nanf(""))
#define INFINITY (__builtin_inff())
#define HUGE_VAL (__builtin_huge_val())

#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define signbit(x) __builtin_signbit(x)

double fabs(double x);
double sqrt(double x);
double floor(double x);
double ceil(double x);

double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double exp(double x);
double log(double x);
double pow(double x, double y);

#endif
