/* Test image: checks Kiln's libc (allocator, memory/string, setjmp, UTF conversions) hosted. */
#include <kiln_console.h>
#include <kiln_malloc.h>
#include <math.h>
#include <setjmp.h>
#include <solo5.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

static int failures;
static int checks;

static void check(int ok, const char *what)
{
    checks++;
    if (!ok) {
        failures++;
        kiln_console_put("FAIL: ", 6);
        kiln_console_put(what, strlen(what));
        kiln_console_put("\n", 1);
    }
}

static void put_number(int n)
{
    char digits[12];
    int at = 12;
    do {
        digits[--at] = (char)('0' + n % 10);
        n /= 10;
    } while (n > 0);
    kiln_console_put(digits + at, (size_t)(12 - at));
}

static void test_allocator(void *arena, size_t size)
{
    kiln_malloc_init(arena, size);
    size_t all = kiln_malloc_free_bytes();
    check(all > size - 64 && all <= size, "arena is free at start");

    void *blocks[64];
    for (int i = 0; i < 64; i++) {
        blocks[i] = malloc((size_t)(i * 37 + 1));
        check(blocks[i] != NULL && ((uintptr_t)blocks[i] & 15) == 0, "malloc returns 16-byte aligned memory");
        memset(blocks[i], i, (size_t)(i * 37 + 1));
    }
    for (int i = 0; i < 64; i++) {
        const unsigned char *p = blocks[i];
        check(p[0] == i && p[i * 37] == i, "blocks do not overlap");
    }
    for (int i = 0; i < 64; i += 2) {
        free(blocks[i]);
    }
    for (int i = 1; i < 64; i += 2) {
        free(blocks[i]);
    }
    check(kiln_malloc_free_bytes() == all, "freeing everything coalesces back to one arena");

    unsigned char *grow = malloc(10);
    memcpy(grow, "0123456789", 10);
    unsigned char *grown = realloc(grow, 5000);
    check(grown != NULL && memcmp(grown, "0123456789", 10) == 0, "realloc keeps the contents");
    free(grown);

    unsigned char *zeros = calloc(100, 3);
    int zero = 1;
    for (int i = 0; i < 300; i++) {
        zero &= zeros[i] == 0;
    }
    check(zeros != NULL && zero, "calloc zeroes");
    free(zeros);

    check(calloc(SIZE_MAX / 2, 4) == NULL, "calloc detects overflow");
    check(malloc(SIZE_MAX - 8) == NULL, "malloc refuses impossible sizes");
    check(malloc(size) == NULL, "malloc reports exhaustion with NULL");
    void *big = malloc(size / 2);
    check(big != NULL, "a large block fits after frees");
    free(big);
    free(NULL);
    check(kiln_malloc_free_bytes() == all, "no leaks after the checks");
}

static void test_memory_functions(void)
{
    char buf[32] = "abcdefghij";
    memmove(buf + 2, buf, 8);
    check(memcmp(buf, "ababcdefgh", 10) == 0, "memmove copies overlapping regions upward");
    memmove(buf, buf + 2, 8);
    check(memcmp(buf, "abcdefghgh", 10) == 0, "memmove copies overlapping regions downward");
    check(strlen("kiln") == 4 && strcmp("a", "b") < 0 && strncmp("abc", "abd", 2) == 0, "string functions");
    check(strchr("kiln", 'l') != NULL && memchr("kiln", 'z', 4) == NULL, "searches");
}

static jmp_buf jump;

static void __attribute__((noinline)) jump_back(int value)
{
    longjmp(jump, value);
}

static void test_setjmp(void)
{
    volatile int passes = 0;
    int got = setjmp(jump);
    passes++;
    if (got == 0) {
        jump_back(42);
    }
    check(got == 42 && passes == 2, "longjmp returns to setjmp with the value");
    if (setjmp(jump) == 0) {
        jump_back(0);
    } else {
        check(1, "longjmp(env, 0) makes setjmp return non-zero");
    }
}

static void test_utf(void)
{
    char out[4];
    mbstate_t state = {0};
    check(c16rtomb(out, 0x20AC, &state) == 3 && (unsigned char)out[0] == 0xE2, "euro sign encodes in 3 bytes");
    char16_t unit = 0;
    check(mbrtoc16(&unit, "\xC3\xA9", 2, &state) == 2 && unit == 0xE9, "e-acute decodes");
    check(mbrtoc16(&unit, "\xE2\x82", 2, &state) == (size_t)-1, "truncated input is malformed");
    check(mbrtoc16(&unit, "\xF0\x9F\x98\x80", 4, &state) == 4 && unit == 0xFFFD, "beyond the BMP becomes U+FFFD");
}

static void test_math(void)
{
    volatile double minus_half = -0.5, big = 1e300, two_and_half = 2.5;
    check(floor(two_and_half) == 2.0 && floor(-two_and_half) == -3.0, "floor rounds down");
    check(ceil(two_and_half) == 3.0 && ceil(-two_and_half) == -2.0, "ceil rounds up");
    check(ceil(minus_half) == 0 && signbit(ceil(minus_half)), "ceil(-0.5) is -0.0");
    check(floor(big) == big && isnan(floor(NAN)) && floor(-0.0) == 0 && signbit(floor(-0.0)), "floor edge cases");
    check(sqrt(6.25) == 2.5 && isnan(sqrt(-1.0)) && fabs(-3.0) == 3.0, "sqrt and fabs");
}

int solo5_app_main(const struct solo5_start_info *info)
{
    test_allocator((void *)info->heap_start, 1024 * 1024);
    test_memory_functions();
    test_setjmp();
    test_utf();
    test_math();
    kiln_console_put("libc: ", 6);
    put_number(checks - failures);
    kiln_console_put(" passed, ", 9);
    put_number(failures);
    kiln_console_put(" failed\n", 8);
    kiln_console_flush();
    return failures == 0 ? SOLO5_EXIT_SUCCESS : SOLO5_EXIT_FAILURE;
}
